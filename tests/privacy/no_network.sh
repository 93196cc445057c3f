#!/usr/bin/env bash
# Health data stays on this computer: runs the CLI through every kind of command and the
# app through every page under strace, and fails on any socket that is not a local
# (AF_UNIX) one, or any connect() to an internet address. strace sees the system calls
# themselves, so a library that reaches the network behind our back is caught too.
#   no_network.sh RELIEF RELIEF_JOURNAL RELIEF_REMINDERS
set -euo pipefail
relief=$1
app=$2
reminders=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"
export QT_QPA_PLATFORM=offscreen
journal="$work/journal.relief"
traced=0

trace() {
  local log="$work/trace.$traced"
  traced=$((traced + 1))
  if ! strace -f -qq -e trace=socket,connect,sendto,sendmsg -o "$log" "$@" >"$work/out" 2>&1; then
    echo "FAIL: command failed: $*" >&2
    cat "$work/out" >&2
    exit 1
  fi
  # Sockets other than AF_UNIX, and connects to anything but a local socket.
  if grep -E 'socket\((AF_INET|AF_INET6|AF_PACKET|AF_NETLINK|AF_BLUETOOTH|PF_INET|PF_INET6)' "$log" ||
     grep -E 'connect\(.*sa_family=AF_INET' "$log"; then
    echo "FAIL: network use by: $*" >&2
    exit 1
  fi
  grep -c . "$log" >/dev/null || true
}

trace "$relief" --today 2026-11-20T12:00 --journal "$journal" init --zone Europe/Berlin
trace "$relief" --today 2026-11-20T12:00 --journal "$journal" demo --weeks 6
trace "$relief" --today 2026-11-20T12:00 --journal "$journal" med list
trace "$relief" --today 2026-11-20T12:00 --journal "$journal" log pain 6 --at 2026-11-20T08:00
trace "$relief" --today 2026-11-20T12:00 --journal "$journal" day 2026-11-20
trace "$relief" --today 2026-11-20T12:00 --journal "$journal" alerts --json
trace "$relief" --today 2026-11-20T12:00 --journal "$journal" report --from 2026-10-01 --to 2026-11-20 -o "$work/report.pdf"
trace "$relief" --today 2026-11-20T12:00 --journal "$journal" report --from 2026-10-01 --to 2026-11-20 --format fhir -o "$work/report.json"
trace "$relief" --today 2026-11-20T12:00 --journal "$journal" export -o "$work/export.csv"
trace "$relief" --today 2026-11-20T12:00 --journal "$work/copy.relief" import "$work/export.csv"
trace "$relief" --today 2026-11-20T12:00 --journal "$journal" backup -o "$work/backup.relief"
# The reminder service, on a private session bus (D-Bus is a local socket).
trace "$relief" --today 2026-11-20T12:00 --journal "$journal" settings set reminders.enabled yes
bus_address=$(dbus-daemon --config-file "$(dirname "$0")/../support/private_bus.conf" --fork --print-address=1 --print-pid=3 3>"$work/bus.pid")
trap 'kill "$(cat "$work/bus.pid")" 2>/dev/null || true; rm -rf "$work"' EXIT
DBUS_SESSION_BUS_ADDRESS=$bus_address trace "$reminders" --once --journal "$journal"
DBUS_SESSION_BUS_ADDRESS=$bus_address trace "$relief" --today 2026-11-20T12:00 --journal "$journal" reminders status
trace "$app" --self-test
# Screenshots show health data: private whatever the umask, folder and files.
(umask 000 && trace "$app" --screenshots "$work/shots/new" --size 800x600)
for file in "$journal" "$work/report.pdf" "$work/report.json" "$work/export.csv" "$work/backup.relief" \
            "$work"/shots/new/*.png; do
  mode=$(stat -c %a "$file")
  if [ "$mode" != 600 ]; then
    echo "FAIL: $file has mode $mode, not 600" >&2
    exit 1
  fi
done
for folder in "$work/shots" "$work/shots/new"; do
  mode=$(stat -c %a "$folder")
  if [ "$mode" != 700 ]; then
    echo "FAIL: folder $folder has mode $mode, not 700" >&2
    exit 1
  fi
done
echo "no network: $traced commands traced, no socket but local ones"
