#!/usr/bin/env bash
# Builds the Debian package relief-journal and prints its path (docs/packaging.md):
# a release build of its own in build-package/ (or $1), for /usr, with Debian's
# hardening flags and without the tests, then CPack. JOBS=N sets the build's parallelism.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-package}
scripts/bootstrap.sh >&2

# What a Debian package build uses: -O2 -g, fortify, stack protector, relro and bind-now.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
ldflags=$(dpkg-buildflags --get LDFLAGS)
cmake -S . -B "$build" -G Ninja \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_INSTALL_PREFIX=/usr \
  -DRELIEF_BUILD_TESTS=OFF \
  -DCMAKE_CXX_FLAGS="$cxxflags" \
  -DCMAKE_EXE_LINKER_FLAGS="$ldflags" >&2
cmake --build "$build" -j "${JOBS:-$(nproc)}" >&2
(cd "$build" && cpack -G DEB >&2)
deb=$(ls -t "$build"/relief-journal_*.deb | head -n 1)
echo "$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
