#!/usr/bin/env bash
# What `cmake --install` puts in a prefix: exactly the programs and the desktop's files
# (nothing from the tests or the benchmarks), with the right modes; the installed programs
# run, and the command line (in bin/ like the app) finds the installed reminder service.
# Usage: installed_files_test.sh PREFIX APP_ID VERSION
set -euo pipefail
prefix=$1 app_id=$2 version=$3
fail() { echo "installed files: $*" >&2; exit 1; }
[ -d "$prefix" ] || fail "$prefix is missing (the install_tree test makes it)"

expected=(
  bin/relief
  bin/relief-journal
  libexec/relief-journal/relief-reminders
  share/applications/$app_id.desktop
  share/doc/relief-journal/copyright
  share/man/man1/relief-journal.1.gz
  share/man/man1/relief.1.gz
  share/metainfo/$app_id.metainfo.xml
  share/mime/packages/$app_id.xml
  share/icons/hicolor/scalable/apps/$app_id.svg
)
for size in 16 22 24 32 48 64 128 256 512; do
  expected+=("share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
actual=$(cd "$prefix" && find . \( -type f -o -type l \) | sed 's|^\./||' | LC_ALL=C sort)
wanted=$(printf '%s\n' "${expected[@]}" | LC_ALL=C sort)
if [ "$actual" != "$wanted" ]; then
  diff <(echo "$wanted") <(echo "$actual") >&2 || true
  fail "the installed files differ from the list above (< expected, > installed)"
fi

# Programs 0755, everything else 0644, folders 0755: readable by all, written by root.
while read -r mode path; do
  case $path in
    bin/* | libexec/*/*) want=755 ;;
    *) want=644 ;;
  esac
  [ "$mode" = "$want" ] || fail "$path has mode $mode, not $want"
done < <(cd "$prefix" && find . -type f -printf '%m %P\n')
bad_dirs=$(cd "$prefix" && find . -type d ! -perm 755 -printf '%m %P\n')
[ -z "$bad_dirs" ] || fail "folders not 0755: $bad_dirs"

for size in 16 22 24 32 48 64 128 256 512; do
  png=$prefix/share/icons/hicolor/${size}x${size}/apps/$app_id.png
  file "$png" | grep -q "PNG image data, $size x $size," || fail "$png is not a $size x $size PNG: $(file -b "$png")"
done
for page in relief relief-journal; do
  gzip -t "$prefix/share/man/man1/$page.1.gz" || fail "$page.1.gz is not gzip"
  out=$(MANWIDTH=80 man -l "$prefix/share/man/man1/$page.1.gz" 2>&1) || fail "man cannot read $page.1.gz"
  grep -q "^NAME" <<<"$out" || fail "$page.1.gz has no NAME section"
done

# AppStream's view of the whole tree: the metainfo, and the desktop entry it launches.
tree=$(appstreamcli validate-tree --pedantic --no-net --no-color "$prefix" 2>&1) || fail "appstreamcli validate-tree:"$'\n'"$tree"
if grep -E '^ *[EW]: ' <<<"$tree"; then fail "appstreamcli validate-tree reports the above"; fi

# The installed programs run from the prefix; PATH names no build folder.
export PATH=/usr/bin:/bin
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=$("$prefix/bin/relief" --version) || fail "relief --version failed"
[ "$out" = "relief $version" ] || fail "relief --version says '$out', not 'relief $version'"
QT_QPA_PLATFORM=offscreen "$prefix/bin/relief-journal" --help | grep -q -- "--read-only" || fail "relief-journal --help failed"
"$prefix/libexec/relief-journal/relief-reminders" --help | grep -q -- "--journal" || fail "relief-reminders --help failed"
"$prefix/bin/relief" --journal "$work/journal.db" init --zone Europe/Berlin >/dev/null
status=$(env -u DBUS_SESSION_BUS_ADDRESS "$prefix/bin/relief" --journal "$work/journal.db" reminders status)
grep -qxF "Program:   $prefix/libexec/relief-journal/relief-reminders" <<<"$status" ||
  fail "the installed relief does not find the installed service:"$'\n'"$status"
echo "installed files: $(wc -l <<<"$actual") files, modes right, programs run, the service is found"
