#!/usr/bin/env bash
# The installed MIME type and desktop entry, as a desktop sees them (shared-mime-info and
# GIO through xdg-mime, in a private XDG_DATA_HOME): a journal made by `relief` is
# application/x-relief-journal and opens in Relief Journal; a plain SQLite file, or one of
# another program (another application_id), stays application/vnd.sqlite3.
# Usage: mime_type_test.sh PREFIX APP_ID RELIEF
set -euo pipefail
prefix=$1 app_id=$2 relief=$3
fail() { echo "mime type: $*" >&2; exit 1; }
for tool in update-mime-database update-desktop-database xdg-mime gio sqlite3; do
  command -v $tool >/dev/null || fail "$tool is missing (scripts/bootstrap.sh installs it)"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_DATA_DIRS=/usr/share
# GNOME's way through xdg-mime: GIO reads the shared-mime-info database, content included.
export XDG_CURRENT_DESKTOP=GNOME
unset DBUS_SESSION_BUS_ADDRESS
mkdir -p "$XDG_DATA_HOME/mime/packages" "$XDG_DATA_HOME/applications" "$XDG_CONFIG_HOME" "$work/files"
filetype() { xdg-mime query filetype "$1"; }

"$relief" --journal "$work/files/journal.db" init --zone Europe/Berlin >/dev/null
"$relief" --journal "$work/files/journal.db" log pain 4 >/dev/null
"$relief" --journal "$work/files/journal.db" backup -o "$work/files/copy.db" >/dev/null
sqlite3 "$work/files/plain.db" "CREATE TABLE t(x); INSERT INTO t VALUES (1);"
sqlite3 "$work/files/other.db" "PRAGMA application_id = 1380273223; CREATE TABLE t(x);"  # 'RELG'

[ "$(filetype "$work/files/journal.db")" = application/vnd.sqlite3 ] ||
  fail "before the install a journal should be plain SQLite, found $(filetype "$work/files/journal.db")"

cp "$prefix/share/mime/packages/$app_id.xml" "$XDG_DATA_HOME/mime/packages/"
update-mime-database "$XDG_DATA_HOME/mime"
cp "$prefix/share/applications/$app_id.desktop" "$XDG_DATA_HOME/applications/"
update-desktop-database "$XDG_DATA_HOME/applications" 2>/dev/null

for journal in journal.db copy.db; do
  found=$(filetype "$work/files/$journal")
  [ "$found" = application/x-relief-journal ] || fail "$journal is $found, not application/x-relief-journal"
done
for other in plain.db other.db; do
  found=$(filetype "$work/files/$other")
  [ "$found" = application/vnd.sqlite3 ] || fail "$other is $found, not application/vnd.sqlite3"
done
app=$(xdg-mime query default application/x-relief-journal)
[ "$app" = "$app_id.desktop" ] || fail "a journal opens with '$app', not $app_id.desktop"
echo "mime type: journals are application/x-relief-journal and open with $app; other SQLite files are not"
