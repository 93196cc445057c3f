#!/usr/bin/env bash
# Installs what is missing, builds, and starts Relief Journal.
# Until the desktop app exists this shows the command line: its help, then a demo story
# in a scratch journal (your own journal is never touched).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
scripts/build.sh
relief=build/cli/relief
"$relief" --help
scratch=$(mktemp -d "${TMPDIR:-/tmp}/relief-demo.XXXXXX")
journal="$scratch/demo.db"
echo
echo "== A demo journal at $journal =="
"$relief" --journal "$journal" demo
echo
"$relief" --journal "$journal" med list
echo
"$relief" --journal "$journal" day "$(date -d '-40 days' +%F)"
echo
echo "Try more with: $relief --journal $journal day YYYY-MM-DD"
