#!/usr/bin/env bash
# Builds the libFuzzer targets (preset "fuzz": clang, ASan + UBSan, build-fuzz/) and runs each
# for SECONDS over a copy of its corpus (fuzz/corpus/TARGET), so that new inputs never land
# in the committed corpus. Exit code 0 only if no target finds anything. docs/fuzzing.md.
#   scripts/fuzz.sh                   10 seconds per target (scripts/test.sh runs this)
#   scripts/fuzz.sh 600               a longer run
#   scripts/fuzz.sh 300 fuzz_csv_import fuzz_when   only these targets
# FUZZ_JOBS: how many targets run at once (default: the number of cores).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
[ $# -gt 0 ] && shift
# 0 would be no limit at all to libFuzzer.
case "$seconds" in
  '' | *[!0-9]* | 0) echo "fuzz: SECONDS must be a whole number from 1, not '$seconds'" >&2; exit 2 ;;
esac

scripts/bootstrap.sh
if [ ! -f build-fuzz/CMakeCache.txt ]; then
  cmake --preset fuzz
fi
cmake --build --preset fuzz -j "$(nproc)"

if [ $# -gt 0 ]; then
  targets=("$@")
else
  mapfile -t targets < build-fuzz/fuzz-targets.txt
fi
jobs=${FUZZ_JOBS:-$(nproc)}
artifacts=build-fuzz/fuzz-artifacts
work=$(mktemp -d "${TMPDIR:-/tmp}/relief-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Leaks count as findings; the runtime errors stop the run with a stack trace.
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

run_one() {
  local target=$1
  local binary=build-fuzz/fuzz/$target
  [ -x "$binary" ] || { echo "no such fuzz target: $target" > "$work/$target.log"; echo 2 > "$work/$target.rc"; return; }
  mkdir -p "$work/$target" "$artifacts/$target"
  if [ -d "fuzz/corpus/$target" ]; then cp -R "fuzz/corpus/$target/." "$work/$target/"; fi
  local options=(-max_total_time="$seconds" -timeout=25 -print_final_stats=1
                 -artifact_prefix="$artifacts/$target/")
  [ -f "fuzz/$target.dict" ] && options+=(-dict="fuzz/$target.dict")
  local rc=0
  "$binary" "${options[@]}" "$work/$target" > "$work/$target.log" 2>&1 || rc=$?
  echo "$rc" > "$work/$target.rc"
}

echo "fuzz: ${#targets[@]} targets, ${seconds}s each, $jobs at a time"
for target in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  run_one "$target" &
done
wait

failed=0
for target in "${targets[@]}"; do
  rc=$(cat "$work/$target.rc")
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$target.log" | grep -o '[0-9]*$' || true)
  if [ "$rc" = 0 ]; then
    printf 'fuzz: %-18s ok (%s inputs)\n' "$target" "${runs:-?}"
    continue
  fi
  failed=1
  printf 'fuzz: %-18s FAILED (exit code %s)\n' "$target" "$rc"
  sed -n '/fuzz property broken\|ERROR: \|runtime error\|terminate called/,$p' "$work/$target.log" | head -60
  crash=$(grep -o "Test unit written to .*" "$work/$target.log" | sed 's/Test unit written to //' | tail -1 || true)
  if [ -n "$crash" ]; then
    echo "fuzz: the input is $crash"
    echo "fuzz: reproduce with: build-fuzz/fuzz/$target $crash"
  else
    tail -20 "$work/$target.log"
  fi
done
exit "$failed"
