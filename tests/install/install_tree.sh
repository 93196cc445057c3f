#!/usr/bin/env bash
# `cmake --install` of this build into a fresh prefix, which the installed_* tests read.
# Usage: install_tree.sh BUILD_DIR PREFIX
set -euo pipefail
build=$1 prefix=$2
rm -rf "$prefix"
cmake --install "$build" --prefix "$prefix"
