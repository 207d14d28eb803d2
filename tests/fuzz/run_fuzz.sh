#!/usr/bin/env bash
# run_fuzz.sh TARGET SECONDS CORPUS WORKDIR: one time-boxed libFuzzer run. Reads the committed
# corpus, writes new inputs and any crash into WORKDIR, fails on any finding or sanitizer report.
set -euo pipefail
target="$1" seconds="$2" corpus="$3" work="$4"
mkdir -p "$work/new"
exec "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$work/" "$work/new" "$corpus"
