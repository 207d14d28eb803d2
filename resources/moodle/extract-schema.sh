#!/usr/bin/env bash
# Writes resources/moodle/schema.sql: the tables of a Moodle site database exactly as Moodle's own
# installer creates them on PostgreSQL. Installs a throwaway site from a Moodle source tree into a
# throwaway cluster, dumps its schema and makes it loadable into any schema (search_path).
#   resources/moodle/extract-schema.sh MOODLE_SOURCE_DIR
# Needs php8.2-cli php8.2-pgsql php8.2-xml php8.2-mbstring php8.2-intl php8.2-zip php8.2-gd
# php8.2-curl php8.2-soap and PostgreSQL 15; run as root (the cluster runs as postgres).
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: resources/moodle/extract-schema.sh MOODLE_SOURCE_DIR" >&2; exit 2; }
src="$(cd "$1" && pwd)"
out="$(cd "$(dirname "$0")" && pwd)/schema.sql"
bin=/usr/lib/postgresql/15/bin
work="$(mktemp -d /var/tmp/fx-moodle-schema.XXXXXX)"
chmod 755 "$work"
port=55439
cleanup() {
    runuser -u postgres -- "$bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
    rm -f "$src/config.php"
    rm -rf "$work"
}
trap cleanup EXIT
[ ! -e "$src/config.php" ] || { echo "$src/config.php exists: use a clean source tree" >&2; exit 1; }

release="$(sed -n "s/^\$release *= *'\([^']*\)'.*/\1/p" "$src/version.php")"
[ -n "$release" ] || { echo "$src is not a Moodle source tree (no \$release in version.php)" >&2; exit 1; }

chown postgres "$work"
runuser -u postgres -- "$bin/initdb" -D "$work/data" --locale=C.UTF-8 -A trust >/dev/null
runuser -u postgres -- "$bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
    -o "-p $port -k $work -c listen_addresses=localhost" start >/dev/null
psql -h localhost -p "$port" -U postgres -qc "CREATE DATABASE moodle"
mkdir -p "$work/moodledata"
php -d max_input_vars=5000 "$src/admin/cli/install.php" --non-interactive --agree-license --lang=en \
    --wwwroot=http://localhost/moodle --dataroot="$work/moodledata" --dbtype=pgsql --dbhost=localhost \
    --dbport="$port" --dbname=moodle --dbuser=postgres --dbpass=unused --prefix=mdl_ \
    --fullname="Schema site" --shortname=schema --adminuser=admin --adminpass='Schema#2026-unused' \
    --adminemail=admin@example.invalid >"$work/install.log"

{
    echo "-- SPDX-License-Identifier: GPL-3.0-or-later"
    echo "-- The tables of a Moodle $release site database on PostgreSQL, as Moodle's installer"
    echo "-- (admin/cli/install.php) creates them: dumped with pg_dump --schema-only from a fresh site,"
    echo "-- unqualified so that it loads into the schema of the search_path. Moodle is free software"
    echo "-- under the GNU GPL v3 or later (https://moodle.org); this schema is derived from it."
    echo "-- Written by resources/moodle/extract-schema.sh; do not edit by hand."
    pg_dump -h localhost -p "$port" -U postgres -d moodle --schema-only --no-owner --no-privileges --no-comments |
        grep -v -e '^\\restrict' -e '^\\unrestrict' -e "^SELECT pg_catalog.set_config('search_path'" \
            -e '^--' -e '^SET ' |
        sed -e 's/public\.mdl_/mdl_/g' | cat -s
} >"$out"
echo "wrote $out ($(grep -c '^CREATE TABLE' "$out") tables)"
