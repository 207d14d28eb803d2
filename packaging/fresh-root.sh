#!/usr/bin/env bash
# Runs a command of this checkout inside a fresh, minimal Debian 12 root, as on a newcomer's
# machine (packaging/debian-root.sh): the checkout copied in without build trees; proc, dev,
# dev/pts and a private /dev/shm mounted in a mount namespace of its own, so nothing leaks to the
# host and everything is gone afterwards. Only downloads and the compiler cache are kept between
# runs (FX_CI_CACHE); what gets installed comes from packaging/dev.sh every time, so a package
# missing there fails.   packaging/fresh-root.sh packaging/dev.sh test
set -euo pipefail
[ "$(id -u)" -eq 0 ] || exec sudo -E "$0" "$@"
[ $# -gt 0 ] || { echo "usage: packaging/fresh-root.sh COMMAND [ARGS...]" >&2; exit 2; }

src="$(cd "$(dirname "$0")/.." && pwd)"
cache="${FX_CI_CACHE:-/var/cache/fxconsole-ci}"
mkdir -p "$cache/ccache" "$cache/apt"
root="$(mktemp -d /var/tmp/fxroot.XXXXXX)"
chmod 755 "$root" # it becomes /, which every account must be able to enter
trap 'rm -rf --one-file-system "$root"' EXIT

"$src/packaging/debian-root.sh" "$root"
# Keep downloaded packages for the next run: a download cache, not an installation.
rm -f "$root/etc/apt/apt.conf.d/docker-clean"
echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' >"$root/etc/apt/apt.conf.d/10keep-packages"
mkdir -p "$root/src"
tar -C "$src" --exclude=./build --exclude='./build-*' -cf - . | tar -C "$root/src" -xf -

echo "fresh-root: running $* in the fresh root"
unshare --mount --propagation private -- bash -euo pipefail -c '
    root="$1" cache="$2"; shift 2
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount -t tmpfs -o mode=1777,nosuid,nodev shm "$root/dev/shm"
    mkdir -p "$root/ccache"
    mount --bind "$cache/ccache" "$root/ccache"
    mount --bind "$cache/apt" "$root/var/cache/apt/archives"
    exec chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb CI="${CI:-}" CCACHE_DIR=/ccache \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin ${FX_JOBS:+FX_JOBS=$FX_JOBS} \
        bash -c "cd /src && exec \"\$@\"" fresh-root "$@"
' fresh-root "$root" "$cache" "$@"
