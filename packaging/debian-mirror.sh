#!/usr/bin/env bash
# Prints the Debian archive this machine's apt uses for bookworm (first line) and its security
# archive (second line, if any), read from /etc/apt/sources.list and sources.list.d (both the
# one-line and the deb822 format). Fresh roots are built from the same archive, so no host name
# is written into the project.
set -euo pipefail
apt_dir="${FX_APT_DIR:-/etc/apt}"

# "URI SUITE" for every deb source, one per line.
sources() {
    local f
    for f in "$apt_dir"/sources.list "$apt_dir"/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        sed -E 's/#.*//; s/\[[^]]*\]//' "$f" | awk '$1 == "deb" { print $2, $3 }'
    done
    for f in "$apt_dir"/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        awk '
            function flush() { if (deb && uris != "") { n = split(uris, u, " "); m = split(suites, s, " ");
                               for (i = 1; i <= n; i++) for (j = 1; j <= m; j++) print u[i], s[j] }
                               deb = 0; uris = ""; suites = "" }
            /^[[:space:]]*#/ { next }
            /^[[:space:]]*$/ { flush(); next }
            tolower($1) == "types:" { deb = ($0 ~ /[[:space:]]deb([[:space:]]|$)/) }
            tolower($1) == "uris:" { $1 = ""; uris = $0 }
            tolower($1) == "suites:" { $1 = ""; suites = $0 }
            tolower($1) == "enabled:" && tolower($2) == "no" { deb = 0 }
            END { flush() }' "$f"
    done
}

list="$(sources)"
main="$(awk '$2 == "bookworm" { print $1; exit }' <<<"$list")"
security="$(awk '$2 == "bookworm-security" { print $1; exit }' <<<"$list")"
[ -n "$main" ] || { echo "debian-mirror: no bookworm source in $apt_dir" >&2; exit 1; }
echo "${main%/}"
[ -z "$security" ] || echo "${security%/}"
