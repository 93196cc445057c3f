#!/usr/bin/env bash
# Measures Relief Journal on synthetic journals and compares each measurement with the plain
# SQLite floor (the sqlite3 shell doing the same reads or writes), timed in the same run.
# Prints the table recorded in docs/performance.md. Build first (cmake --build build); on a
# shared machine run it under the build lock so that no build runs alongside:
#   flock /tmp/relief-build.lock bench/run.sh [--quick]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${RELIEF_BUILD_DIR:-build}
quick=false
[ "${1:-}" = "--quick" ] && quick=true
for tool in "$build/bench/relief-synth" "$build/bench/relief-bench" "$build/qml/relief-journal"; do
  [ -x "$tool" ] || { echo "run.sh: $tool is missing; build first" >&2; exit 1; }
done
command -v sqlite3 >/dev/null || { echo "run.sh: needs the sqlite3 shell (scripts/bootstrap.sh)" >&2; exit 1; }

umask 077
work=$(mktemp -d /tmp/relief-run-XXXXXX)
trap 'rm -rf "$work"' EXIT
last_day=2026-06-30
runs=15
$quick && runs=5

now_ns() { date +%s%N; }
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
# Median wall time in ms of a command run $runs times, minus the same for a bare sqlite3
# start, so that what remains is SQLite's work.
time_ms() {
  for _ in $(seq "$runs"); do
    local t0; t0=$(now_ns); "$@" >/dev/null; echo $(( $(now_ns) - t0 ))
  done | median | awk '{printf "%.3f", $1 / 1e6}'
}
startup_ms=$(time_ms sqlite3 :memory: "SELECT 1;")
floor_ms() { awk -v a="$(time_ms "$@")" -v b="$startup_ms" 'BEGIN {d = a - b; printf "%.3f", (d > 0 ? d : 0)}'; }

echo "Writing the synthetic journals ..." >&2
declare -A days=([month]=30 [year]=365 [decade]=3650)
for size in month year decade; do
  "$build/bench/relief-synth" --days "${days[$size]}" --seed 1 --last-day "$last_day" "$work/$size.relief" >&2
done
j=$work/decade.relief
columns="id, kind, at_utc, zone, local_day, medication_id, amount_ug, status, scheduled_utc, score, severity, minutes, quantity, name, locations, qualities, text, created_utc, deleted_utc, replaced_by"
current="deleted_utc IS NULL AND replaced_by IS NULL"

echo "Running relief-bench ..." >&2
min_time=1
$quick && min_time=0.1
RELIEF_BENCH_DIR=$work "$build/bench/relief-bench" --sizes=decade --benchmark_min_time=$min_time \
  --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
  --benchmark_out="$work/bench.csv" --benchmark_out_format=csv >&2 2>"$work/bench.err" || { cat "$work/bench.err" >&2; exit 1; }
bench_peak=$(sed -n 's/.*peak RSS of the benchmark process: \([0-9]*\) MB.*/\1/p' "$work/bench.err")
ms() { awk -F, -v n="\"$1/decade_median\"" '$1 == n {u = $5; gsub(/"/, "", u); t = $3; if (u == "ns") t /= 1e6; else if (u == "us") t /= 1e3; else if (u == "s") t *= 1e3; printf "%.3f", t}' "$work/bench.csv"; }

echo "Timing the sqlite3 floors ..." >&2
# Opening: the same pragmas Journal::open reads and sets.
floor_open=$(floor_ms sqlite3 "$j" "PRAGMA application_id; PRAGMA user_version; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;")
# The analysis reads every current entry, every column, in time order.
floor_read=$(floor_ms sqlite3 "$j" "SELECT $columns FROM entries WHERE $current ORDER BY at_utc, id;")
# A 90-day and a 1-year report read the period's entries.
floor_90=$(floor_ms sqlite3 "$j" "SELECT $columns FROM entries WHERE local_day BETWEEN date('$last_day', '-89 days') AND '$last_day' AND $current ORDER BY at_utc, id;")
floor_365=$(floor_ms sqlite3 "$j" "SELECT $columns FROM entries WHERE local_day BETWEEN date('$last_day', '-364 days') AND '$last_day' AND $current ORDER BY at_utc, id;")
# One insert with the journal's durability (WAL, synchronous=FULL), each its own transaction.
cp "$j" "$work/insert.relief"
inserts=200
$quick && inserts=40
{
  echo "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
  for i in $(seq "$inserts"); do
    echo "INSERT INTO entries (kind, at_utc, zone, local_day, medication_id, amount_ug, status, created_utc) VALUES ('dose', $((1782820800 + i)), 'Europe/Berlin', '$last_day', 1, 10000, 'taken', 1782864000);"
  done
} >"$work/inserts.sql"
echo "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;" >"$work/pragmas.sql"
t_inserts=$(runs=3 time_ms sh -c "sqlite3 '$work/insert.relief' < '$work/inserts.sql'")
t_pragmas=$(runs=3 time_ms sh -c "sqlite3 '$work/insert.relief' < '$work/pragmas.sql'")
floor_insert=$(awk -v a="$t_inserts" -v b="$t_pragmas" -v n="$inserts" 'BEGIN {printf "%.3f", (a - b) / n}')
# CSV: every table out; the entries back into a new file of the same schema, in one transaction.
floor_export=$(floor_ms sqlite3 -csv -header "$j" "SELECT * FROM settings; SELECT * FROM medications; SELECT * FROM entries ORDER BY id;")
sqlite3 -csv -header "$j" "SELECT * FROM entries ORDER BY id;" >"$work/entries.csv"
sqlite3 "$j" .schema | grep -v sqlite_sequence >"$work/schema.sql"
import_once() {
  rm -f "$work/import.relief"*
  sqlite3 "$work/import.relief" <"$work/schema.sql"
  local t0; t0=$(now_ns)
  sqlite3 "$work/import.relief" "PRAGMA journal_mode=WAL;" "PRAGMA synchronous=FULL;" "BEGIN;" ".import --csv --skip 1 $work/entries.csv entries" "COMMIT;" >/dev/null
  echo $(( $(now_ns) - t0 ))
}
floor_import=$(for _ in 1 2 3; do import_once; done | median | awk -v b="$startup_ms" '{printf "%.3f", $1 / 1e6 - b}')

echo "Starting the app ..." >&2
app_once() {
  cp "$1" "$work/app.relief"
  rm -f "$work/app.relief-wal" "$work/app.relief-shm"
  local t0; t0=$(now_ns)
  XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache \
    QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software \
    /usr/bin/time -f "%M" -o "$work/app.rss" "$build/qml/relief-journal" --today "$last_day" --first-frame "$work/app.relief" >"$work/app.out" 2>"$work/app.err" || { cat "$work/app.err" >&2; exit 1; }
  local at; at=$(sed -n 's/first frame at \([0-9]*\) ns/\1/p' "$work/app.out")
  echo "$(( at - t0 )) $(cat "$work/app.rss")"
}
app_runs=5
$quick && app_runs=2
for _ in $(seq "$app_runs"); do app_once "$j"; done >"$work/app.decade"
for _ in $(seq "$app_runs"); do app_once "$work/month.relief"; done >"$work/app.month"
app_ms=$(awk '{print $1}' "$work/app.decade" | median | awk '{printf "%.1f", $1 / 1e6}')
app_rss=$(awk '{print $2}' "$work/app.decade" | median | awk '{printf "%.0f", $1 / 1024}')
app_month_ms=$(awk '{print $1}' "$work/app.month" | median | awk '{printf "%.1f", $1 / 1e6}')
app_month_rss=$(awk '{print $2}' "$work/app.month" | median | awk '{printf "%.0f", $1 / 1024}')

entries=$(sqlite3 "$j" "SELECT count(*) FROM entries WHERE $current;")
rows=$(sqlite3 "$j" "SELECT count(*) FROM entries;")
echo
echo "10-year synthetic journal: $entries current entries ($rows rows with history); $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
echo
row() {  # name relief_ms floor_ms target_text target_check(awk expr over r and f)
  awk -v name="$1" -v r="$2" -v f="$3" -v target="$4" -v check="$5" 'BEGIN {
    ratio = (f > 0) ? sprintf("%.2fx", r / f) : "-"
    ok = "";
    if (check == "ratio2") ok = (r <= 2 * f) ? "yes" : "NO";
    else if (check == "ratio1.5") ok = (r <= 1.5 * f) ? "yes" : "NO";
    else if (check ~ /^under/) { split(check, c, " "); ok = (r < c[2]) ? "yes" : "NO" }
    fs = (f == "") ? "-" : sprintf("%.2f", f)
    printf "| %-34s | %10.2f | %10s | %7s | %-28s | %-3s |\n", name, r, fs, ratio, target, ok
  }'
}
echo "| measurement (10 years)             | relief ms  | sqlite3 ms | ratio   | target                       | met |"
echo "|------------------------------------|-----------:|-----------:|--------:|------------------------------|-----|"
row "open the journal" "$(ms open)" "$floor_open" "" ""
row "log one entry (WAL, FULL)" "$(ms log_entry)" "$floor_insert" "<= 1.5x a bare insert" ratio1.5
row "read every entry (load)" "$(ms load)" "$floor_read" "" ""
row "full analysis (read + analyse)" "$(ms full_analysis)" "$floor_read" "<= 2x reading the rows" ratio2
row "incremental analysis (1 new entry)" "$(ms incremental_analysis)" "$floor_read" "" ""
row "90-day PDF report" "$(ms pdf_90_days)" "$floor_90" "< 300 ms" "under 300"
row "1-year PDF report" "$(ms pdf_1_year)" "$floor_365" "" ""
row "CSV export" "$(ms csv_export)" "$floor_export" "" ""
row "CSV import (new journal)" "$(ms csv_import)" "$floor_import" "" ""
row "app start to first frame" "$app_ms" "$floor_open" "< 500 ms" "under 500"
echo
echo "Peak memory: the app with the 10-year journal $app_rss MB (target < 150 MB; with the 1-month journal $app_month_rss MB, first frame $app_month_ms ms); relief-bench ${bench_peak:-?} MB."
