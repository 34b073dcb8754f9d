#!/bin/sh
# Sets up a fresh Debian 12 machine, builds everything and runs the whole
# test suite (unit tests, bare-metal and differential tests against QEMU,
# Linux boots, fuzz smoke runs), then the sanitizer pass
# (scripts/test-sanitize.sh: ASan + UBSan build, findings fatal; skip it with
# VP_SANITIZE_PASS=0). Extra arguments go to the first ctest.
set -eu
export SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
"$ROOT/scripts/setup.sh"
BUILD_DIR="$BUILD_DIR" "$ROOT/scripts/build.sh"
ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$(nproc)" "$@"
if [ "${VP_SANITIZE_PASS:-1}" != 0 ]; then
    "$ROOT/scripts/test-sanitize.sh"
fi
