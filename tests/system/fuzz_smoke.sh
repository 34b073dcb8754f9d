#!/bin/sh
# Fuzzing smoke tests (docs/fuzzing.md): the libFuzzer harnesses of
# tests/fuzz (clang + ASan/UBSan) in a build directory of their own, each run
# for a short time from its checked-in seeds. Any crash, hang (> 5 s per
# input), sanitizer report, broken invariant or SystemC error fails the test.
# Usage:
#   fuzz_smoke.sh build SOURCE_DIR WORK_DIR          configure + build all harnesses
#   fuzz_smoke.sh run WORK_DIR HARNESS SECONDS SEEDS  run one harness (fuzz_<HARNESS>)
# Both exit 77 (skipped) without clang.
set -eu
export SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1
mode=$1
shift
if ! command -v clang++ >/dev/null 2>&1; then
    echo "clang++ not installed (scripts/setup.sh installs it): skipped"
    exit 77
fi
case $mode in
build)
    src=$1 work=$2
    mkdir -p "$work"
    if [ ! -f "$work/build/CMakeCache.txt" ]; then
        CC=clang CXX=clang++ cmake -S "$src" -B "$work/build" -G Ninja -DVP_FUZZ=ON \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo > "$work/configure.log" 2>&1 ||
            { cat "$work/configure.log"; exit 1; }
    fi
    cmake --build "$work/build" --target fuzz_all -j"$(nproc)" > "$work/build.log" 2>&1 ||
        { tail -50 "$work/build.log"; exit 1; }
    echo "PASS: fuzz harnesses built in $work/build"
    ;;
run)
    work=$1 harness=$2 seconds=$3 seeds=$4
    bin=$work/build/tests/fuzz/fuzz_$harness
    [ -x "$bin" ] || { echo "$bin not built (the build fixture failed or was skipped)"; exit 77; }
    out=$work/$harness
    rm -rf "$out/artifacts"
    mkdir -p "$out/corpus" "$out/artifacts"
    status=0
    "$bin" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
        -artifact_prefix="$out/artifacts/" -print_final_stats=1 \
        "$out/corpus" "$seeds" > "$out/fuzz.log" 2>&1 || status=$?
    grep -v '^"' "$out/fuzz.log" | grep -v -e '^warning virtio/' | tail -40
    if [ "$status" != 0 ]; then
        echo "FAIL: fuzz_$harness stopped with status $status (reproducer in $out/artifacts/)"
        exit 1
    fi
    echo "PASS: fuzz_$harness: no crash, hang, sanitizer report or broken invariant"
    ;;
*)
    echo "usage: fuzz_smoke.sh build SRC WORK | run WORK HARNESS SECONDS SEEDS" >&2
    exit 2
    ;;
esac
