#!/usr/bin/env bash
# The memory an import of a million rows needs (issue 13: well under 500 MB for a file of
# about 110-140 MB). Builds the file from the synthetic ten years, imports it into a new
# journal under /usr/bin/time, and fails above the limit. Build first (cmake --build build).
#   bench/import_memory.sh [LIMIT_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${RELIEF_BUILD_DIR:-build}
limit_mb=${1:-400}
umask 077
work=$(mktemp -d /tmp/relief-import-XXXXXX)
trap 'rm -rf "$work"' EXIT
"$build/bench/relief-synth" --years 10 "$work/source.db" >/dev/null
"$build/cli/relief" --journal "$work/source.db" export -o "$work/source.csv" >/dev/null
python3 bench/million_rows.py "$work/source.csv" "$work/million.csv"
size_mb=$(( $(stat -c %s "$work/million.csv") / 1000000 ))
/usr/bin/time -v "$build/cli/relief" --journal "$work/new.db" import "$work/million.csv" >"$work/out" 2>"$work/time"
peak_mb=$(( $(awk -F': ' '/Maximum resident/ {print $2}' "$work/time") / 1000 ))
wall=$(awk -F': ' '/Elapsed/ {print $2}' "$work/time")
echo "import of $(grep -o '[0-9]* entry rows' "$work/out") (${size_mb} MB): peak ${peak_mb} MB, ${wall} wall"
[ "$peak_mb" -le "$limit_mb" ] || { echo "import_memory: ${peak_mb} MB is above ${limit_mb} MB" >&2; exit 1; }
