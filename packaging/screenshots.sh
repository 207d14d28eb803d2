#!/usr/bin/env bash
# Regenerates packaging/screenshots/*.png with the console's own --grab option from the demo
# database (started if needed), in English and German. Usage: packaging/screenshots.sh [BUILD_DIR]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="${1:-$ROOT/build}/bin"
OUT="$ROOT/packaging/screenshots"
mkdir -p "$OUT"
export QT_QPA_PLATFORM=offscreen
"$BIN/fxctl" demo up >/dev/null
# An incident to show on its page.
if ! "$BIN/fxctl" incident list --demo dpo | grep -q .; then
    "$BIN/fxctl" incident open --demo dpo --title "Course export left readable" \
        --aware-at "$(date -u -d '-30 hours' +%Y-%m-%dT%H:%M:%SZ)" >/dev/null
fi
for lang in en de; do
    "$BIN/fxconsole" --demo support --lang "$lang" --page overview --grab "$OUT/overview_$lang.png"
    "$BIN/fxconsole" --demo dpo --lang "$lang" --page overview --grab "$OUT/overview_dpo_$lang.png"
    "$BIN/fxconsole" --demo support --lang "$lang" --ticket SUP-1 --search mueller --grab "$OUT/users_$lang.png"
    "$BIN/fxconsole" --demo dpo --lang "$lang" --page requests --grab "$OUT/requests_$lang.png"
    "$BIN/fxconsole" --demo dpo --lang "$lang" --page audit --grab "$OUT/audit_$lang.png"
    "$BIN/fxconsole" --demo dpo --lang "$lang" --page incidents --grab "$OUT/incidents_$lang.png"
    "$BIN/fxconsole" --demo admin --lang "$lang" --page admin --grab "$OUT/admin_$lang.png"
done
echo "screenshots in $OUT"
