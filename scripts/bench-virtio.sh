#!/bin/sh
# virtio-blk benchmark: 4 KiB reads from a RAM-backed image (/dev/shm) through
# the virtio-mmio transport, router and memory, driven by the testbench driver
# with zero device latency. Prints requests/s, host ns per request and payload
# MB/s next to a plain memcpy of the same bytes (the physical limit), for each
# transport version and ring layout; first with every image page read for the
# first time (the host kernel's page fault on BlockFile's mapping included),
# then with the image already read once (the model's own cost; the memcpy
# reference also reads a source already in its page tables).
#   scripts/bench-virtio.sh [requests]
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
REQUESTS=${1:-20000}
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    BUILD_DIR="$BUILD_DIR" "$ROOT/scripts/build.sh"
fi
cmake --build "$BUILD_DIR" --target bench_virtio_blk >/dev/null
bench="$BUILD_DIR/tests/bench_virtio_blk"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for warm in 0 1; do
    for cfg in "2 0 v2-split" "2 1 v2-packed" "1 0 v1-split"; do
        set -- $cfg
        for depth in 1 32; do
            echo "== $3, queue depth $depth, image $([ $warm = 1 ] && echo "read once before" || echo "first read")"
            SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1 "$bench" "$REQUESTS" "$depth" "$1" "$2" "$warm"
        done
    done
done
