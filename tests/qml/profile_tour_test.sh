#!/usr/bin/env bash
# relief-journal --profile-tour on a synthetic journal: every page shown twice, five entries
# logged through the window, every page shown again, each timed. Checks that it keeps working (no time is
# checked here: bench/run.sh records them).
set -euo pipefail
app=$1 synth=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$synth" --days 60 --seed 3 --last-day 2026-06-30 "$work/j.relief" >/dev/null
fluids() { sqlite3 "$work/j.relief" "SELECT count(*) FROM entries WHERE kind = 'fluids' AND deleted_utc IS NULL"; }
before=$(fluids)
out=$(XDG_CONFIG_HOME=$work XDG_DATA_HOME=$work XDG_CACHE_HOME=$work QT_QPA_PLATFORM=offscreen \
      "$app" --today 2026-06-30 --profile-tour "$work/j.relief")
echo "$out"
[ "$(grep -c '^profile: page ' <<<"$out")" = 18 ] || { echo "expected 18 page switches" >&2; exit 1; }
[ "$(grep -c '^profile: log ' <<<"$out")" = 5 ] || { echo "expected 5 logs" >&2; exit 1; }
grep -q '^profile: slowest page switch ' <<<"$out"
# The five glasses were written to the journal.
after=$(fluids)
[ $((after - before)) = 5 ] || { echo "expected 5 more fluids entries, found $((after - before))" >&2; exit 1; }
