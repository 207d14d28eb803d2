#!/usr/bin/env bash
# Writes resources/moodle/schema.sql: the tables of a Moodle site database exactly as Moodle's own
# installer creates them on PostgreSQL. Installs a throwaway site from a Moodle source tree into a
# throwaway cluster, dumps its schema and makes it loadable into any schema (search_path).
#   resources/moodle/extract-schema.sh MOODLE_SOURCE_DIR
# Needs php8.2-cli php8.2-pgsql php8.2-xml php8.2-mbstring php8.2-intl php8.2-zip php8.2-gd
# php8.2-curl php8.2-soap and PostgreSQL 15; run as root (the cluster runs as postgres).
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: resources/moodle/extract-schema.sh MOODLE_SOURCE_DIR" >&2; exit 2; }
out="$(cd "$(dirname "$0")" && pwd)/schema.sql"
. "$(dirname "$0")/throwaway-site.sh"
site_install "$1" 55439
{
    echo "-- SPDX-License-Identifier: GPL-3.0-or-later"
    echo "-- The tables of a Moodle $site_release site database on PostgreSQL, as Moodle's installer"
    echo "-- (admin/cli/install.php) creates them: dumped with pg_dump --schema-only from a fresh site,"
    echo "-- unqualified so that it loads into the schema of the search_path. Moodle is free software"
    echo "-- under the GNU GPL v3 or later (https://moodle.org); this schema is derived from it."
    echo "-- Written by resources/moodle/extract-schema.sh; do not edit by hand."
    pg_dump -h localhost -p "$site_port" -U postgres -d moodle --schema-only --no-owner --no-privileges --no-comments |
        grep -v -e '^\\restrict' -e '^\\unrestrict' -e "^SELECT pg_catalog.set_config('search_path'" \
            -e '^--' -e '^SET ' |
        sed -e 's/public\.mdl_/mdl_/g' | cat -s
} >"$out"
echo "wrote $out ($(grep -c '^CREATE TABLE' "$out") tables)"
