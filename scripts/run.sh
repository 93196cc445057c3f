#!/usr/bin/env bash
# Installs what is missing, builds, and starts Relief Journal (the desktop app).
# Pass a journal file to open it, or --read-only FILE for a caregiver's view; with no
# display (a server, CI), it shows the command line instead with a demo journal.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
scripts/build.sh
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec build/qml/relief-journal "$@"
fi

echo "No display found: showing the command line with a scratch demo journal instead."
echo "(On a desktop, scripts/run.sh opens the app.)"
relief=build/cli/relief
scratch=$(mktemp -d "${TMPDIR:-/tmp}/relief-demo.XXXXXX")
journal="$scratch/demo.db"
"$relief" --journal "$journal" demo
echo
"$relief" --journal "$journal" alerts --all | head -40
echo
echo "Try: $relief --journal $journal day, ... alerts, ... report -o $scratch/visit.pdf"
