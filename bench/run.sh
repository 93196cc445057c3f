#!/usr/bin/env bash
# Measures Relief Journal on synthetic journals of 1 month, 1 year, 10 and 30 years: each
# measurement timed in turns with SQLite's own work for it (its C API, same file, same
# process: relief-bench --table), then the app's first frame, memory, page switches and logs
# (relief-journal --first-frame, --profile-tour). Prints the tables of docs/performance.md.
# Build first (cmake --build build); on a shared machine run it under the build lock so that
# no build runs alongside:
#   flock /tmp/relief-build.lock bench/run.sh [--quick]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${RELIEF_BUILD_DIR:-build}
quick=false
[ "${1:-}" = "--quick" ] && quick=true
for tool in "$build/bench/relief-synth" "$build/bench/relief-bench" "$build/qml/relief-journal"; do
  [ -x "$tool" ] || { echo "run.sh: $tool is missing; build first" >&2; exit 1; }
done

umask 077
work=$(mktemp -d /tmp/relief-run-XXXXXX)
trap 'rm -rf "$work"' EXIT
last_day=2026-06-30

echo "Writing the synthetic journals ..." >&2
declare -A days=([month]=30 [year]=365 [decade]=3650 [thirty]=10950)
sizes="month year decade thirty"
reps=9
if $quick; then sizes="month year decade"; reps=3; fi
for size in $sizes; do
  "$build/bench/relief-synth" --days "${days[$size]}" --seed 1 --last-day "$last_day" "$work/$size.relief" >&2
done
j=$work/decade.relief

echo "Running relief-bench --table (each measurement against its floor, $reps repetitions) ..." >&2
RELIEF_BENCH_DIR=$work "$build/bench/relief-bench" --table --sizes="${sizes// /,}" --reps=$reps >"$work/table.md" 2>"$work/bench.err" \
  || { cat "$work/bench.err" >&2; exit 1; }
bench_peak=$(sed -n 's/.*peak RSS of the benchmark process: \([0-9]*\) MB.*/\1/p' "$work/bench.err")

now_ns() { date +%s%N; }
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
app_env() {
  env XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" \
    QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software "$@"
}
fresh_copy() {
  cp "$1" "$work/app.relief"
  rm -f "$work/app.relief-wal" "$work/app.relief-shm"
}

echo "Starting the app ..." >&2
app_once() {
  fresh_copy "$1"
  local t0; t0=$(now_ns)
  app_env /usr/bin/time -f "%M" -o "$work/app.rss" "$build/qml/relief-journal" --today "$last_day" --first-frame "$work/app.relief" \
    >"$work/app.out" 2>"$work/app.err" || { cat "$work/app.err" >&2; exit 1; }
  local at; at=$(sed -n 's/first frame at \([0-9]*\) ns/\1/p' "$work/app.out")
  echo "$(( at - t0 )) $(cat "$work/app.rss")"
}
app_runs=7
$quick && app_runs=3
for size in $sizes; do
  for _ in $(seq "$app_runs"); do app_once "$work/$size.relief"; done >"$work/app.$size"
done
first_frame() { awk '{print $1}' "$work/app.$1" | median | awk '{printf "%.0f", $1 / 1e6}'; }
peak_mb() { awk '{print $2}' "$work/app.$1" | median | awk '{printf "%.0f", $1 / 1024}'; }

echo "Touring the app (--profile-tour) ..." >&2
tour() {
  fresh_copy "$1"
  app_env "$build/qml/relief-journal" --today "$last_day" --profile-tour "$work/app.relief" >"$work/tour.out" 2>"$work/tour.err" \
    || { cat "$work/tour.err" "$work/tour.out" >&2; exit 1; }
  # The slowest first showing of a page (built then), the slowest later switch, the slowest log.
  awk '/^profile: page / {n[$3]++; ms = $4; if (n[$3] == 1) { if (ms > first) first = ms } else if (ms > again) again = ms}
       /^profile: log / {if ($3 > slowest_log) slowest_log = $3}
       END {printf "%.0f %.0f %.0f\n", first, again, slowest_log}' "$work/tour.out"
}
for size in $sizes; do
  for _ in 1 2 3; do tour "$work/$size.relief"; done >"$work/tour.$size"
done
tour_ms() { awk -v c="$2" '{print $c}' "$work/tour.$1" | median; }

entries=$(sqlite3 "$j" "SELECT count(*) FROM entries WHERE deleted_utc IS NULL AND replaced_by IS NULL;" 2>/dev/null || echo "?")
echo
echo "10-year synthetic journal: $entries current entries; $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
echo
sed -n '1,/^$/p' "$work/table.md" | sed '/^$/d'
check() { awk -v v="$1" -v t="$2" 'BEGIN {print (v < t) ? "yes" : "NO"}'; }
printf '| app start to first frame | %s | - | - | - | < 300 ms | %s |\n' "$(first_frame decade)" "$(check "$(first_frame decade)" 300)"
printf '| app peak memory at first frame (MB) | %s | - | - | - | < 80 MB | %s |\n' "$(peak_mb decade)" "$(check "$(peak_mb decade)" 80)"
printf '| page switch, first showing (built) | %s | - | - | - | < 50 ms | %s |\n' "$(tour_ms decade 1)" "$(check "$(tour_ms decade 1)" 50)"
printf '| page switch, shown again | %s | - | - | - | < 50 ms | %s |\n' "$(tour_ms decade 2)" "$(check "$(tour_ms decade 2)" 50)"
printf '| log one entry in the window | %s | - | - | - | < 50 ms | %s |\n' "$(tour_ms decade 3)" "$(check "$(tour_ms decade 3)" 50)"
echo
sed -n '/^$/,$p' "$work/table.md" | sed '/^$/d'
row() { printf '| %s |' "$1"; for size in $sizes; do printf ' %s |' "$($2 "$size" ${3:-})"; done; echo " - |"; }
row "app start to first frame" first_frame
row "app peak memory (MB)" peak_mb
row "page switch, first showing" tour_ms 1
row "page switch, shown again" tour_ms 2
row "log one entry in the window" tour_ms 3
echo
echo "relief-bench peak memory: ${bench_peak:-?} MB (every journal size in one process)."
