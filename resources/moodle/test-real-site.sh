#!/usr/bin/env bash
# The Moodle tests (tst_moodlesite) on a real site: Moodle's installer makes a throwaway site,
# its generator fills it (admin/tool/generator, size XS: 100 users, 3 courses) and live-site.php
# adds logins, sessions, a forum reply and messages through Moodle's API. The test then runs on a
# copy of that site instead of the seeder's, and afterwards Moodle reads the erased user
# (read-erased-user.php) and runs its cron on the erased site.
#   resources/moodle/test-real-site.sh MOODLE_SOURCE_DIR [BUILD_DIR]
# Needs what throwaway-site.sh names, and a build of this project (default: build).
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: resources/moodle/test-real-site.sh MOODLE_SOURCE_DIR [BUILD_DIR]" >&2; exit 2; }
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "${2:-$here/../../build}" && pwd)"
. "$here/throwaway-site.sh"

site_install "$1" 55438
echo "installed Moodle $site_release"
# The generator gives its users this password; without it they have none that works.
sed -i "s|^require_once(__DIR__ . '/lib/setup.php');|\$CFG->tool_generator_users_password = 'Test#2026-unused';\n&|" \
    "$site_src/config.php"
php "$site_src/admin/tool/generator/cli/maketestsite.php" --size=XS --fixeddataset --bypasscheck --quiet \
    >"$site_work/generator.log"
php "$here/live-site.php" "$site_src/config.php"
site_psql -d moodle -qc ANALYZE
pg_dump -h localhost -p "$site_port" -U postgres -d moodle --no-owner --no-privileges -f "$site_work/site.sql"
site_psql -d moodle -Atc "SELECT 'site: ' || (SELECT count(*) FROM mdl_user) || ' users, ' ||
    (SELECT count(*) FROM pg_stat_user_tables WHERE n_live_tup > 0) || ' tables with rows'"

(cd "$build" && FX_MOODLE_SITE_DUMP="$site_work/site.sql" FX_MOODLE_SITE_ERASED="$site_work/erased.sql" \
    ctest -R '^tst_moodlesite$' -V) | grep -E 'uncovered on this site|PASS|FAIL|SKIP|Loc:|Totals|tests passed' |
    sed 's/^[0-9]*: //'

# Moodle runs on the erased site from now on. Only Moodle's schema is copied; the indexes the
# console asked for on its own functions (privacy.inet_or_null) stay behind.
site_psql -qc "CREATE DATABASE erased"
grep -v -e '^\\restrict' -e '^\\unrestrict' "$site_work/erased.sql" |
    psql -h localhost -p "$site_port" -U postgres -d erased -q >/dev/null 2>"$site_work/restore.log" || true
grep 'ERROR' "$site_work/restore.log" | grep -v 'schema "public" already exists' >"$site_work/refused.log" || true
if grep -v 'schema "privacy" does not exist' "$site_work/refused.log" >&2; then exit 1; fi
echo "erased site copied for Moodle, without $(wc -l <"$site_work/refused.log") indexes on the console's functions"
sed -i "s|^\$CFG->dbname *=.*|\$CFG->dbname    = 'erased';|" "$site_src/config.php"
php "$here/read-erased-user.php" "$site_src/config.php" "$(cat "$site_work/erased.sql.id")"
php "$site_src/admin/cli/cron.php" --keep-alive=0 >"$site_work/cron.log" 2>&1
grep -q "Cron run completed correctly" "$site_work/cron.log" || { tail -40 "$site_work/cron.log"; exit 1; }
failed="$(grep -c "Scheduled task failed" "$site_work/cron.log" || true)"
echo "cron on the erased site: completed, $failed failed tasks"
[ "$failed" = 0 ]
