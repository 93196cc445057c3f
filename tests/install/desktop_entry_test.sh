#!/usr/bin/env bash
# The desktop entry as desktop-file-validate reads it (no error, no warning), and the keys
# that make the launcher, the notifications and a double-clicked journal work.
# Usage: desktop_entry_test.sh FILE.desktop APP_ID
set -euo pipefail
file=$1 app_id=$2
fail() { echo "desktop entry: $*" >&2; exit 1; }

command -v desktop-file-validate >/dev/null || fail "desktop-file-validate is missing (Debian package desktop-file-utils)"
[ "$(basename "$file")" = "$app_id.desktop" ] || fail "the file is named $(basename "$file"), not $app_id.desktop"
report=$(desktop-file-validate "$file" 2>&1) || fail "desktop-file-validate failed:"$'\n'"$report"
echo "$report"
if grep -E ': (error|warning):' <<<"$report"; then fail "desktop-file-validate reports the above"; fi

value() { sed -n "s/^$1=//p" "$file"; }
[ "$(value Exec)" = "relief-journal %f" ] || fail "Exec is '$(value Exec)': a double-clicked journal reaches the app as %f"
[ "$(value Icon)" = "$app_id" ] || fail "Icon is '$(value Icon)', not $app_id"
[ "$(value MimeType)" = "application/x-relief-journal;" ] || fail "MimeType is '$(value MimeType)'"
# X11 desktops match the window to its launcher by WM_CLASS, which Qt sets to the program's name.
[ "$(value StartupWMClass)" = "relief-journal" ] || fail "StartupWMClass is '$(value StartupWMClass)', not relief-journal"
[ "$(value X-GNOME-UsesNotifications)" = "true" ] || fail "X-GNOME-UsesNotifications is not true"
[ -n "$(value Keywords)" ] || fail "no Keywords"
echo "desktop entry: valid"
