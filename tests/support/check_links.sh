#!/usr/bin/env bash
# check_links.sh SOURCE_DIR FILE.md...: every relative link of each Markdown file resolves.
set -euo pipefail
cd "$1"
shift
broken=0
for md in "$@"; do
    dir="$(dirname "$md")"
    while IFS= read -r target; do
        target="${target%%#*}"
        case "$target" in "" | http://* | https://* | mailto:*) continue ;; esac
        [ -e "$dir/$target" ] || { echo "$md: broken link $target" >&2; broken=$((broken + 1)); }
    done < <(grep -o '\](\([^)]*\))' "$md" | sed 's/^](//; s/)$//')
done
echo "links: $# files, $broken broken"
[ "$broken" -eq 0 ]
