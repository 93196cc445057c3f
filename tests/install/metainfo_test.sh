#!/usr/bin/env bash
# The AppStream metainfo as appstreamcli reads it, pedantic and offline: no error and no
# warning. Infos are shown; the one Debian 12's AppStream 0.16 gives is expected (its
# <developer> tag is from AppStream 1.0, docs/packaging.md). Its latest release is this
# version, and every screenshot URL names a picture in data/screenshots/ of this version.
# Usage: metainfo_test.sh FILE.metainfo.xml APP_ID VERSION SCREENSHOT_DIR
set -euo pipefail
file=$1 app_id=$2 version=$3 screenshots=$4
fail() { echo "metainfo: $*" >&2; exit 1; }

command -v appstreamcli >/dev/null || fail "appstreamcli is missing (Debian package appstream)"
[ "$(basename "$file")" = "$app_id.metainfo.xml" ] || fail "the file is named $(basename "$file")"
report=$(appstreamcli validate --pedantic --no-net --no-color "$file" 2>&1) && status=0 || status=$?
echo "$report"
[ "$status" -eq 0 ] || fail "appstreamcli validate failed ($status)"
if grep -E '^[EW]: ' <<<"$report"; then fail "appstreamcli reports the errors or warnings above"; fi
unexpected=$(grep -E '^I: ' <<<"$report" | grep -v 'unknown-tag developer$' || true)
[ -z "$unexpected" ] || fail "infos other than the known one:"$'\n'"$unexpected"

xml() { xmllint --xpath "$1" "$file"; }
[ "$(xml 'string(/component/id)')" = "$app_id" ] || fail "the id is not $app_id"
[ "$(xml 'string(/component/launchable)')" = "$app_id.desktop" ] || fail "the launchable is not $app_id.desktop"
[ "$(xml 'string(/component/releases/release[1]/@version)')" = "$version" ] ||
  fail "the latest release is $(xml 'string(/component/releases/release[1]/@version)'), the project $version"
[ "$(xml 'string(/component/content_rating/@type)')" = "oars-1.1" ] || fail "no OARS 1.1 content rating"

count=$(xml 'count(/component/screenshots/screenshot/image)')
[ "$count" -gt 0 ] || fail "no screenshots"
for i in $(seq "$count"); do
  image="/component/screenshots/screenshot[$i]/image"
  url=$(xml "string($image)")
  [[ $url == "https://reliefjournal.org/screenshots/$version/"* ]] ||
    fail "$url: screenshots are https://reliefjournal.org/screenshots/$version/NAME.png (docs/decisions.md)"
  name=${url##*/}
  [ -f "$screenshots/$name" ] || fail "$url: data/screenshots/$name is not in the repository"
  size="$(xml "string($image/@width)") x $(xml "string($image/@height)")"
  file "$screenshots/$name" | grep -q "PNG image data, $size," ||
    fail "$name is not $size as the metainfo says: $(file -b "$screenshots/$name")"
done
echo "metainfo: valid, $count screenshots"
