#!/usr/bin/env bash
# Makes packaging/macos/fluxariont-console.icns from the SVG icon. Runs on macOS (sips and
# iconutil come with it; rsvg-convert from Homebrew's librsvg).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
svg="$here/../../resources/icons/fluxariont-console.svg"
set_dir="$(mktemp -d)/fluxariont-console.iconset"
mkdir -p "$set_dir"
for size in 16 32 128 256 512; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$set_dir/icon_${size}x${size}.png"
    rsvg-convert -w $((size * 2)) -h $((size * 2)) "$svg" -o "$set_dir/icon_${size}x${size}@2x.png"
done
iconutil -c icns "$set_dir" -o "$here/fluxariont-console.icns"
echo "wrote $here/fluxariont-console.icns"
