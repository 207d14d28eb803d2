#!/usr/bin/env bash
# packaging/debian-root.sh DIR: a minimal Debian 12 root in DIR (debootstrap --variant=minbase),
# with apt reaching the same archives the same way as this machine (packaging/debian-mirror.sh and
# its Acquire settings), and services kept from starting. Downloads are cached in FX_CI_CACHE.
set -euo pipefail
root="$1"
here="$(cd "$(dirname "$0")" && pwd)"
cache="${FX_CI_CACHE:-/var/cache/fxconsole-ci}"
mapfile -t archives < <("$here/debian-mirror.sh")
mirror="${archives[0]}" security="${archives[1]:-}"

if ! command -v debootstrap >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
fi
mkdir -p "$cache/debootstrap"
echo "debian-root: debootstrap bookworm from $mirror into $root"
log="$(mktemp)"
debootstrap --variant=minbase --cache-dir="$cache/debootstrap" bookworm "$root" "$mirror" >"$log" 2>&1 ||
    { tail -n 30 "$log" >&2; rm -f "$log"; exit 1; }
rm -f "$log"

{
    printf 'Types: deb\nURIs: %s\nSuites: bookworm bookworm-updates\nComponents: main\n' "$mirror"
    [ -z "$security" ] || printf '\nTypes: deb\nURIs: %s\nSuites: bookworm-security\nComponents: main\n' "$security"
} >"$root/etc/apt/sources.list.d/debian.sources"
rm -f "$root/etc/apt/sources.list"
for conf in /etc/apt/apt.conf.d/*; do
    if [ -f "$conf" ] && grep -q '^[[:space:]]*Acquire' "$conf"; then cp "$conf" "$root/etc/apt/apt.conf.d/"; fi
done
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
# Packages install in the root; their services do not start there.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"
