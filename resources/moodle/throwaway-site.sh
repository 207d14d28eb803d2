# Sourced by the Moodle scripts beside it: a throwaway PostgreSQL cluster and a Moodle site
# installed into it by Moodle's own installer. Run as root (the cluster runs as postgres); needs
# php8.2-cli php8.2-pgsql php8.2-xml php8.2-mbstring php8.2-intl php8.2-zip php8.2-gd php8.2-curl
# php8.2-soap and PostgreSQL 15. Sets site_work, site_port and site_src; removes all on exit.
pg_bin=/usr/lib/postgresql/15/bin

site_cleanup() {
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$site_work/data" -m immediate stop >/dev/null 2>&1 || true
    rm -f "$site_src/config.php"
    rm -rf "$site_work"
}

site_psql() {
    psql -h localhost -p "$site_port" -U postgres -v ON_ERROR_STOP=1 "$@"
}

# site_install MOODLE_SOURCE_DIR PORT: a site database "moodle" with the prefix mdl_.
site_install() {
    site_src="$(cd "$1" && pwd)"
    site_port="$2"
    [ ! -e "$site_src/config.php" ] || { echo "$site_src/config.php exists: use a clean source tree" >&2; exit 1; }
    site_release="$(sed -n "s/^\$release *= *'\([^']*\)'.*/\1/p" "$site_src/version.php")"
    [ -n "$site_release" ] || { echo "$site_src is not a Moodle source tree (no \$release in version.php)" >&2; exit 1; }
    site_work="$(mktemp -d /var/tmp/fx-moodle-site.XXXXXX)"
    trap site_cleanup EXIT
    chmod 755 "$site_work"
    chown postgres "$site_work"
    runuser -u postgres -- "$pg_bin/initdb" -D "$site_work/data" --locale=C.UTF-8 -A trust >/dev/null
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$site_work/data" -l "$site_work/server.log" -w \
        -o "-p $site_port -k $site_work -c listen_addresses=localhost" start >/dev/null
    site_psql -qc "CREATE DATABASE moodle"
    mkdir -p "$site_work/moodledata"
    php -d max_input_vars=5000 "$site_src/admin/cli/install.php" --non-interactive --agree-license --lang=en \
        --wwwroot=http://localhost/moodle --dataroot="$site_work/moodledata" --dbtype=pgsql --dbhost=localhost \
        --dbport="$site_port" --dbname=moodle --dbuser=postgres --dbpass=unused --prefix=mdl_ \
        --fullname="Test site" --shortname=test --adminuser=admin --adminpass='Test#2026-unused' \
        --adminemail=admin@example.invalid >"$site_work/install.log"
}
