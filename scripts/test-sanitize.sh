#!/bin/sh
# The sanitizer pass of CI (issue 10; scripts/test.sh runs it after the main
# suite): builds the project with AddressSanitizer + UBSan (-DVP_SANITIZE=ON,
# every finding fatal: -fno-sanitize-recover=all, ASan aborts) in
# ${SAN_BUILD_DIR:-build-san} and runs a bounded subset of ctest under it:
#   - every unit test;
#   - the bare-metal differential suite against QEMU (system/baremetal/*/qemu-vs-virt64,
#     system/virtio/blk-demo/*) and virt64's command-line tests;
#   - Linux: one boot with every virtio device (system/linux/boot-legacy-off), the
#     EIO and user -dtb boots.
# Left out (run in the normal build only, too slow under ASan for the CI budget):
# random-instruction and SIMD campaigns, softfloat, the Debian userland boots,
# the determinism and legacy-on boots, the package tests and the fuzz smoke runs
# (those are sanitized builds already).
# System tests also fail when virt64's stderr holds a sanitizer report
# (tests/system/no_sanitizer_report.sh, guest_compare.py).
# Extra arguments go to ctest.
set -eu
export SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${SAN_BUILD_DIR:-$ROOT/build-san}
GENERATOR=""
if command -v ninja >/dev/null 2>&1; then GENERATOR="-G Ninja"; fi
# halt_on_error is also compiled in (-fno-sanitize-recover=all); the
# environment adds stack traces, and keeps both settings for any program the
# tests start.
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=0:strict_string_checks=1:detect_stack_use_after_return=0
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    cmake -S "$ROOT" -B "$BUILD_DIR" $GENERATOR -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DVP_SANITIZE=ON -DVP_FUZZ_SMOKE_SECONDS=0
fi
start=$(date +%s)
cmake --build "$BUILD_DIR" -j"$(nproc)"
built=$(date +%s)
status=0
ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$(nproc)" \
    -E '^system/(random|simd|softfloat|debian|package|trace|fuzz)/|^system/linux/(deterministic|boot-legacy-on)$|^system/baremetal/.*/(expected|qemu-expected)$' \
    "$@" || status=$?
end=$(date +%s)
echo "sanitizer pass: build $((built - start)) s, tests $((end - built)) s"
exit $status
