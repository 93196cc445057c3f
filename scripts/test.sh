#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test. Exit code: 0 only if all pass.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --preset default --timeout 300 "$@"
