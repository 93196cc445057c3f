#!/usr/bin/env bash
# Collects the strings marked for translation into translations/<area>_<code>.ts (one file
# per part of the program and language; docs/translating.md).
#   scripts/update_translations.sh             updates the files in translations/
#   scripts/update_translations.sh --into DIR  writes updated copies into DIR, leaving the
#                                              committed files as they are (the i18n tests)
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
[ -x "$lupdate" ] || lupdate=$(command -v lupdate)
out=translations
if [ "${1:-}" = "--into" ]; then
  out=$2
  mkdir -p "$out"
  cp translations/*.ts "$out"/ 2>/dev/null || true
fi
languages=(es de)
# Each part of the program has its own files, so that each is translated on its own:
# area and the sources that hold its words.
declare -A areas=(
  [app]="qml"
  [cli]="cli"
  [alerts]="core/rules"
  [core]="$(ls core/*.h core/*.cpp core/metrics/* storage/*.h storage/*.cpp sharing/*.h sharing/*.cpp i18n/*.h i18n/*.cpp | tr '\n' ' ')"
  [reports]="reports"
  [reminders]="reminders"
)
for area in "${!areas[@]}"; do
  read -r -a sources <<<"${areas[$area]}"
  ts=()
  for code in "${languages[@]}"; do ts+=("$out/${area}_${code}.ts"); done
  # No line numbers in the files: they would change with every edit of the code. The alias
  # lets lupdate see core's RELIEF_TRANSLATE_NOOP (strings kept in tables) as Qt's own.
  "$lupdate" -silent -locations none -no-obsolete -extensions cpp,h,qml \
    -tr-function-alias QT_TRANSLATE_NOOP+=RELIEF_TRANSLATE_NOOP "${sources[@]}" -ts "${ts[@]}"
done
