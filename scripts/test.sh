#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test. Exit code: 0 only if all pass.
#   scripts/test.sh              the normal build (build/)
#   scripts/test.sh --sanitize   the same tests under AddressSanitizer + UBSan (build-asan/)
# The normal run then fuzzes every parser for 10 s each (scripts/fuzz.sh, docs/fuzzing.md),
# unless arguments for ctest were given.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=default
if [ "${1:-}" = "--sanitize" ]; then
  preset=asan
  shift
fi
scripts/bootstrap.sh
binary_dir=build
[ "$preset" = asan ] && binary_dir=build-asan
if [ ! -f "$binary_dir/CMakeCache.txt" ]; then
  cmake --preset "$preset"
fi
cmake --build --preset "$preset" -j "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --preset "$preset" --timeout 300 -j "$(nproc)" "$@"
if [ "$preset" = default ] && [ $# -eq 0 ]; then
  scripts/fuzz.sh 10
fi
