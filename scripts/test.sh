#!/bin/sh
# Sets up a fresh Debian 12 machine, builds everything and runs the whole
# test suite (unit tests, bare-metal and differential tests against QEMU).
set -eu
export SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
"$ROOT/scripts/setup.sh"
BUILD_DIR="$BUILD_DIR" "$ROOT/scripts/build.sh"
ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$(nproc)" "$@"
