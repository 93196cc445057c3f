#!/usr/bin/env bash
# The Debian package end to end: CPack makes it from this build (into WORK, a folder of
# the test's own), lintian finds no error and no warning beyond the documented ones
# (docs/packaging.md), dpkg installs it on this machine, the programs run from /usr/bin,
# a journal is known to the desktop by its MIME type, and dpkg removes it again, on
# failure too, leaving the machine as it was.
# Usage: package_test.sh BUILD_DIR WORK_DIR VERSION APP_ID RELEASE
set -euo pipefail
build=$1 work=$2 version=$3 app_id=$4 release=$5
package=relief-journal
# Interrupted runs (a killed ctest) are recognised by this mark, left while installed.
mark=/var/tmp/relief-journal-package-test.installed
fail() { echo "package: $*" >&2; exit 1; }

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  sudo -n true 2>/dev/null || fail "installing the package needs root or password-less sudo"
  as_root=(sudo -n)
fi
for tool in cpack dpkg-deb dpkg-shlibdeps lintian file flock gio; do
  command -v $tool >/dev/null || fail "$tool is missing (scripts/bootstrap.sh installs it)"
done

status() { dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || echo not-installed; }

# dpkg takes one caller at a time (apt, another build's package test): wait for its lock.
# It runs ldconfig and friends from the sbin folders, whatever PATH the test was given.
dpkg_locked() {
  local output tries=0
  while :; do
    if output=$("${as_root[@]}" env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin dpkg "$@" 2>&1); then
      echo "$output"; return 0
    fi
    if grep -q "lock" <<<"$output" && [ $tries -lt 60 ]; then
      tries=$((tries + 1)); sleep 5; continue
    fi
    echo "$output" >&2
    return 1
  done
}

remove_package() {
  [ "$(status)" = not-installed ] && return 0
  dpkg_locked -r "$package" >/dev/null || return 1
  # A package without conffiles is gone after -r; were it not, purge what dpkg kept.
  [ "$(status)" = not-installed ] || dpkg_locked --purge "$package" >/dev/null || return 1
  "${as_root[@]}" rm -f "$mark"
}

rm -rf "$work"
mkdir -p "$work"
home=$work/home
mkdir -p "$home"

# 1. The package, from the build the other tests ran on.
(cd "$work" && cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/out/${package}_*.deb)
echo "package: $deb"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = "$package" ] || fail "Package is $(field Package)"
[ "$(field Version)" = "$version-$release" ] || fail "Version is $(field Version), not $version-$release"
depends=$(field Depends)
for needed in libqt6quick6 libqt6dbus6 libsqlite3-0 qml6-module-qtquick-controls qml6-module-qtquick-layouts tzdata; do
  grep -qE "(^|, )$needed( |,|$)" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
listing=$(dpkg-deb -c "$deb")
for file in ./usr/bin/relief ./usr/bin/relief-journal ./usr/libexec/relief-journal/relief-reminders \
            ./usr/share/doc/$package/copyright ./usr/share/doc/$package/changelog.Debian.gz \
            ./usr/share/applications/$app_id.desktop ./usr/share/metainfo/$app_id.metainfo.xml \
            ./usr/share/mime/packages/$app_id.xml ./usr/share/icons/hicolor/48x48/apps/$app_id.png; do
  grep -qE " $file\$" <<<"$listing" || fail "the package lacks $file"
done
not_root=$(awk '$2 != "root/root"' <<<"$listing")
[ -z "$not_root" ] || fail "files not owned by root:"$'\n'"$not_root"
dpkg-deb -x "$deb" "$work/tree"
for program in usr/bin/relief usr/bin/relief-journal usr/libexec/relief-journal/relief-reminders; do
  file -b "$work/tree/$program" | grep -q ", stripped" || fail "$program is not stripped: $(file -b "$work/tree/$program")"
done

# 2. lintian: no error and no warning (the package's own overrides say why for the one
# that does not apply, packaging/debian/lintian-overrides); infos are shown.
lintian --no-cfg --display-info --pedantic --fail-on error,warning "$deb" >"$work/lintian.log" 2>&1 &&
  lintian_status=0 || lintian_status=$?
grep -v "running with root privileges" "$work/lintian.log" || true
[ "$lintian_status" -eq 0 ] || fail "lintian reports errors or warnings, or could not run ($lintian_status)"

# 3. Installed on this machine, one package test at a time, and removed again whatever happens.
lock=/run/lock/relief-journal-package-test.lock
[ -w /run/lock ] || lock=$work/../package-test.lock
exec 9>"$lock"
flock -w 600 9 || fail "another package test holds $lock"
if [ "$(status)" != not-installed ]; then
  [ -e "$mark" ] || fail "$package is already installed on this machine; the test will not replace it"
  echo "package: removing the package an interrupted run left installed"
  remove_package || fail "could not remove the package an interrupted run left"
fi
cleanup() {
  remove_package || echo "package: could not remove $package: run dpkg -r $package" >&2
}
trap cleanup EXIT
"${as_root[@]}" touch "$mark"
dpkg_locked -i "$deb" || fail "dpkg -i failed"
[ "$(status)" = installed ] || fail "after dpkg -i the package is '$(status)'"

# The installed programs as a person runs them: a home of the test's own, no build folder
# on PATH, no session bus (the self-test starts no reminder service anyway).
installed() {
  env -u DBUS_SESSION_BUS_ADDRESS -u XDG_DATA_HOME -u XDG_DATA_DIRS -u XDG_CONFIG_HOME \
    HOME="$home" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen "$@"
}
content_type() { installed gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'; }
out=$(installed /usr/bin/relief --version) || fail "/usr/bin/relief --version failed"
[ "$out" = "relief $version" ] || fail "/usr/bin/relief --version says '$out'"
installed timeout 300 /usr/bin/relief-journal --self-test || fail "/usr/bin/relief-journal --self-test failed"
installed /usr/bin/relief --journal "$home/journal.db" init --zone Europe/Berlin >/dev/null
installed /usr/bin/relief --journal "$home/journal.db" reminders status |
  grep -qxF "Program:   /usr/libexec/relief-journal/relief-reminders" || fail "/usr/bin/relief does not find the service"
# dpkg's triggers updated the system's MIME database: a journal is known by its content.
found=$(content_type "$home/journal.db")
[ "$found" = application/x-relief-journal ] || fail "installed, a journal is '$found'"

# 4. Removed: nothing of it is left, and the system's MIME database forgot the type.
remove_package || fail "dpkg -r failed"
trap - EXIT
for path in /usr/bin/relief /usr/bin/relief-journal /usr/libexec/relief-journal \
            /usr/share/applications/$app_id.desktop /usr/share/mime/packages/$app_id.xml \
            /usr/share/doc/$package; do
  [ ! -e "$path" ] || fail "$path is left after dpkg -r"
done
found=$(content_type "$home/journal.db")
[ "$found" = application/vnd.sqlite3 ] || fail "after removal, a journal is still '$found'"
echo "package: lintian clean, installed, ran, and removed"
