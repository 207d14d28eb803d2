#!/usr/bin/env bash
# Installs the Debian package into a fresh Debian 12 root (debootstrap, no container) and checks
# that it installs with its dependencies, that both programs start, that the menu entry and man
# pages are in place, and that it uninstalls without leaving files. Needs root and the Debian
# archive this machine's apt uses (packaging/debian-root.sh); takes several minutes, so CI runs
# the package checks of tests/packaging/check_deb.sh instead. Usage: packaging/install-test.sh build/packages/fluxariont-console_*.deb
set -euo pipefail
deb="$(realpath "$1")"
root="$(mktemp -d /var/tmp/fxroot.XXXXXX)"
chmod 755 "$root" # it becomes /, which every account must be able to enter
cleanup() { umount "$root/proc" 2>/dev/null || true; rm -rf "$root"; }
trap cleanup EXIT
"$(dirname "$0")/debian-root.sh" "$root"
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/"
chroot "$root" apt-get update -qq
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "/tmp/$(basename "$deb")"
chroot "$root" fxctl --version
chroot "$root" env QT_QPA_PLATFORM=offscreen fxconsole --help >/dev/null
test -f "$root/usr/share/applications/de.fluxariont.PrivacyConsole.desktop"
test -f "$root/usr/share/man/man1/fxctl.1.gz"
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq fluxariont-console
leftovers="$(chroot "$root" dpkg -L fluxariont-console 2>/dev/null || true)"
test -z "$leftovers"
! test -e "$root/usr/bin/fxctl"
echo "install test ok"
