#!/usr/bin/env bash
# Installs the Debian 12 packages Relief Journal needs, and only those that are missing.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config libicu-dev
  libsqlitecpp-dev libsqlite3-dev sqlite3
  libhowardhinnant-date-dev tzdata nlohmann-json3-dev libsodium-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  qt6-base-dev qt6-qpa-plugins fonts-dejavu-core poppler-utils strace
  qt6-l10n-tools qt6-tools-dev qt6-translations-l10n
  qt6-declarative-dev qt6-declarative-dev-tools qml6-module-qtquick qml6-module-qtquick-controls
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtquick-templates
  qml6-module-qtqml-workerscript qml6-module-qttest
  xvfb dbus at-spi2-core python3-pyatspi python3-dbus dunst x11-apps
  clang libclang-rt-14-dev llvm
  librsvg2-bin man-db
  desktop-file-utils appstream libxml2-utils shared-mime-info xdg-utils libglib2.0-bin
  dpkg-dev lintian file
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

command -v npm >/dev/null || missing+=(nodejs npm)

if [ ${#missing[@]} -ne 0 ]; then
echo "bootstrap: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "bootstrap: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The outside FHIR R4 validator (tools/fhir-validator, docs/fhir-mapping.md), from the npm
# registry at the versions package-lock.json pins; the tests never fetch anything.
validator=tools/fhir-validator
cd "$(dirname "$0")/.."
stamp="$validator/node_modules/.installed-lock.json"
if ! cmp -s "$validator/package-lock.json" "$stamp" 2>/dev/null; then
  echo "bootstrap: installing the FHIR validator into $validator/node_modules"
  npm ci --prefix "$validator" --no-audit --no-fund --legacy-peer-deps --loglevel=error
  cp "$validator/package-lock.json" "$stamp"
fi
