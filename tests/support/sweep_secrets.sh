#!/usr/bin/env bash
# sweep_secrets.sh SOURCE_DIR HOMES CLUSTER_DIR: run by CTest after every other suite.
# Looks through what the suites left behind in their own homes (HOMES/NAME: logs, settings, data,
# caches and the temp folder each suite's TMPDIR points at) for seeded learners' full names and
# email addresses, the staff and superuser passwords and export passphrases. PostgreSQL data
# directories hold personal data by design and are skipped, as is the demo's 0600 secrets file.
# Any hit fails.
set -euo pipefail
source_dir="$1" homes="$2" cluster="$3"
seed="$source_dir/resources/sql/seed/setup.sql"
[ -d "$homes" ] || { echo "sweep: no suite homes in $homes (run the whole suite through ctest)" >&2; exit 1; }

# The seeder's own name lists, as alternatives for a regular expression.
names() {
    sed -n "/FUNCTION fxseed.$1/,/^\\\$\\\$;/p" "$seed" | grep -o "pick('{[^}]*}'" |
        sed "s/^pick('{//; s/}'\$//; s/''/'/g" | tr ',' '|' | paste -sd'|'
}
first="$(names first_name)" last="$(names last_name)"
[ -n "$first" ] && [ -n "$last" ] || { echo "sweep: cannot read the seeded names from $seed" >&2; exit 1; }

patterns=(
    "($first) ($last)"
    '[A-Za-z0-9._%+-]+@(example\.org|example\.com|example\.net|mail\.example|post\.example|uni\.example)'
    '[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}'
    'Correct horse battery staple 7'
)
[ -f "$cluster/superuser.password" ] && patterns+=("$(cat "$cluster/superuser.password")")

list="$(mktemp)"
trap 'rm -f "$list"' EXIT
clusters=$(find "$homes" -name PG_VERSION -printf '%h\n' 2>/dev/null | sort -u)
find "$homes" -type f ! -name demo.json -print 2>/dev/null | while IFS= read -r file; do
    for c in $clusters; do [[ "$file" == "$c"/* ]] && continue 2; done
    printf '%s\0' "$file"
done >"$list"

hits=0
for pattern in "${patterns[@]}"; do
    while IFS= read -r file; do
        [ -n "$file" ] || continue
        echo "sweep: $file contains a seeded name, email, password or passphrase (${pattern:0:30}...)" >&2
        hits=$((hits + 1))
    done < <(xargs -0 -r grep -laE -e "$pattern" <"$list" 2>/dev/null || true)
done
echo "sweep: $(tr -cd '\0' <"$list" | wc -c) files in the suite homes, ${#patterns[@]} patterns: $hits hits"
[ "$hits" -eq 0 ]
