#!/usr/bin/env bash
# Builds the Debian package from this build tree and checks it: contents, the run-time
# dependencies dpkg-shlibdeps cannot see, no lintian errors, a valid desktop entry and AppStream
# metadata. Usage: check_deb.sh BUILD_DIR
set -euo pipefail
build="$1"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb="$(ls "$out"/fluxariont-console_*_*.deb)"
contents="$(dpkg-deb -c "$deb")"
for f in usr/bin/fxconsole usr/bin/fxctl usr/share/applications/de.fluxariont.PrivacyConsole.desktop \
         usr/share/metainfo/de.fluxariont.PrivacyConsole.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/de.fluxariont.PrivacyConsole.svg \
         usr/share/man/man1/fxconsole.1.gz usr/share/man/man1/fxctl.1.gz \
         usr/share/doc/fluxariont-console/copyright; do
    grep -q "./$f\$" <<<"$contents" || { echo "missing from the package: $f"; exit 1; }
done
depends="$(dpkg-deb -f "$deb" Depends)"
for d in libqt6sql6-psql qt6-qpa-plugins libqt6core6 libqt6keychain1 libzip4 libssl3; do
    grep -q "$d" <<<"$depends" || { echo "missing dependency: $d ($depends)"; exit 1; }
done
lintian --fail-on error --tag-display-limit 0 "$deb" 2>&1 | grep -v 'root privileges' || true
lintian --fail-on error "$deb" >/dev/null 2>&1 || { echo "lintian reports errors"; exit 1; }
mkdir "$out/x" && dpkg-deb -x "$deb" "$out/x"
desktop-file-validate "$out/x/usr/share/applications/de.fluxariont.PrivacyConsole.desktop"
appstreamcli validate --no-net "$out/x/usr/share/metainfo/de.fluxariont.PrivacyConsole.metainfo.xml"
# The installed programs start and say who they are.
"$out/x/usr/bin/fxctl" --version | grep -q "fxctl"
echo "package ok: $(basename "$deb")"
