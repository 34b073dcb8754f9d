#!/bin/bash
# Cost of the GDB stub's hooks on the bench-iss workload (docs/models/gdb.md,
# section "Cost"): runs sw/bench/intbench.elf on virt64 without the stub, with
# the stub and no debugger, and with gdb-multiarch attached (-S) and nothing
# set, one breakpoint in a page never executed, one breakpoint in the page of
# the hot loop (never hit) and one write watchpoint on a page never accessed.
# Prints the user CPU seconds of virt64 per run (the whole process), and checks
# that every run retires the same number of instructions.
# Usage: scripts/bench-gdb.sh [RUNS]   Environment: BUILD_DIR (default ./build).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
RUNS=${1:-3}
VIRT64=$BUILD_DIR/platforms/virt64/virt64
ELF=$BUILD_DIR/sw/bench/intbench.elf
[ -x "$VIRT64" ] && [ -f "$ELF" ] || { echo "bench-gdb: build virt64 and the bench target first" >&2; exit 1; }
command -v gdb-multiarch >/dev/null || { echo "bench-gdb: gdb-multiarch not found" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1
hot_page_fn=bm_mmu_off   # in the same 4 KiB page as the workload's hot functions

measure() {  # measure NAME [gdb command|-] [virt64 options...]
    local name=$1 gdbcmd=$2
    shift 2
    local line="$name:"
    for _ in $(seq 1 "$RUNS"); do
        if [ "$gdbcmd" = "-" ]; then
            /usr/bin/time -f "%U" -o "$TMP/time" "$VIRT64" -semihosting "$@" -kernel "$ELF" \
                >/dev/null 2>"$TMP/err"
        else
            /usr/bin/time -f "%U" -o "$TMP/time" "$VIRT64" -semihosting -S -gdb tcp::0 \
                -kernel "$ELF" >/dev/null 2>"$TMP/err" &
            local pid=$! port=""
            for _ in $(seq 1 100); do
                port=$(sed -n 's/.*listening on tcp:[0-9.]*:\([0-9]*\).*/\1/p' "$TMP/err")
                [ -n "$port" ] && break
                sleep 0.05
            done
            gdb-multiarch -nx -batch -ex "target remote :$port" -ex "$gdbcmd" -ex continue "$ELF" \
                >"$TMP/gdb" 2>&1
            wait "$pid"
        fi
        grep -o 'cpu: [0-9]* instructions' "$TMP/err" >>"$TMP/counts"
        line="$line $(cat "$TMP/time")"
    done
    echo "$line"
}

echo "intbench on virt64, user seconds per run ($RUNS runs each):"
measure "no -gdb                          " -
measure "-gdb tcp::0, no debugger         " - -gdb tcp::0
measure "gdb attached, nothing set        " "echo"
measure "breakpoint in a page never run   " "break *0x40003800"
measure "breakpoint in the hot page       " "break $hot_page_fn"
measure "write watchpoint, untouched page " "watch *(int *)0x40020000"
[ "$(sort -u "$TMP/counts" | wc -l)" = 1 ] || { echo "bench-gdb: instruction counts differ" >&2; exit 1; }
echo "every run: $(head -n1 "$TMP/counts")"
