#!/usr/bin/env bash
# A real notification on a real (virtual) screen: Xvfb, a private session bus, the dunst
# notification daemon, and relief-reminders with two doses due. Passes when dunst shows
# exactly one notification (the two doses grouped) and leaves the screen in OUT.png for a
# person to look at.
#   notification_on_screen.sh RELIEF RELIEF_REMINDERS OUT.png
set -euo pipefail
umask 077  # the screen shows (made-up) health data: private like any screenshot
relief=$1
reminders=$2
out=$3
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# Xvfb picks a free display itself and writes its number once it accepts clients.
exec 4> >(cat >"$work/display")
Xvfb -displayfd 4 -screen 0 1024x600x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
exec 4>&-
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -n1 "$work/display")"
[ "$DISPLAY" != ":" ] || { echo "FAIL: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }
DBUS_SESSION_BUS_ADDRESS=$(dbus-daemon --config-file "$(dirname "$0")/../support/private_bus.conf" --fork --print-address=1 --print-pid=3 3>"$work/bus.pid")
export DBUS_SESSION_BUS_ADDRESS
pids+=("$(cat "$work/bus.pid")")
dunst >"$work/dunst.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do dunstctl is-paused >/dev/null 2>&1 && break; sleep 0.1; done

journal="$work/journal.db"
"$relief" --journal "$journal" --today 2026-12-01 init --zone Europe/Berlin >/dev/null
"$relief" --journal "$journal" --today 2026-12-01 med add Flexeril --dose 5mg --times 08:00,20:00 >/dev/null
"$relief" --journal "$journal" --today 2026-12-01 med add Lioresal --dose 10mg --times 08:00 >/dev/null
"$relief" --journal "$journal" settings set reminders.enabled yes >/dev/null
echo "2026-12-03T07:02:00Z" >"$work/clock"  # 08:02 in Berlin
"$reminders" --once --journal "$journal" --zone Europe/Berlin --clock-file "$work/clock"

shown=0
for _ in $(seq 50); do
  shown=$(dunstctl count displayed)
  [ "$shown" -ge 1 ] && break
  sleep 0.1
done
if [ "$shown" != 1 ]; then
  echo "FAIL: dunst shows $shown notifications, expected 1" >&2
  cat "$work/dunst.log" >&2
  exit 1
fi
sleep 0.5  # drawn
xwd -root -silent -out "$work/screen.xwd"
python3 "$here/xwd_to_png.py" "$work/screen.xwd" "$out"
echo "notification on screen: $out"
