#!/bin/sh
# Fuzzing smoke test: builds the libFuzzer harness of the virtio-mmio
# transport (tests/fuzz, clang + ASan/UBSan) in a build directory of its own
# and runs it for a short time from the checked-in seeds. Any crash, hang
# (> 5 s per input), sanitizer report or SystemC error fails the test.
# Usage: fuzz_smoke.sh SOURCE_DIR WORK_DIR SECONDS
set -eu
src=$1 work=$2 seconds=$3
if ! command -v clang++ >/dev/null 2>&1; then
    echo "clang++ not installed (scripts/setup.sh installs it): skipped"
    exit 77
fi
mkdir -p "$work/corpus" "$work/artifacts"
export SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1
if [ ! -f "$work/build/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S "$src" -B "$work/build" -G Ninja -DVP_FUZZ=ON \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo > "$work/configure.log" 2>&1 ||
        { cat "$work/configure.log"; exit 1; }
fi
cmake --build "$work/build" --target fuzz_virtio_mmio -j"$(nproc)" > "$work/build.log" 2>&1 ||
    { tail -50 "$work/build.log"; exit 1; }
status=0
"$work/build/tests/fuzz/fuzz_virtio_mmio" -max_total_time="$seconds" -timeout=5 \
    -rss_limit_mb=2048 -artifact_prefix="$work/artifacts/" -print_final_stats=1 \
    "$work/corpus" "$src/tests/fuzz/corpus" > "$work/fuzz.log" 2>&1 || status=$?
grep -v '^"' "$work/fuzz.log" | tail -40
if [ "$status" != 0 ]; then
    echo "FAIL: the fuzzer stopped with status $status (reproducer in $work/artifacts/)"
    exit 1
fi
echo "PASS: no crash, hang or sanitizer report"
