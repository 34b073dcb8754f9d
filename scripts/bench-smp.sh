#!/bin/bash
# Busy-core benchmark (docs/benchmarks.md "Several cores", issue 7):
# sw/baremetal/smp/busybench.elf with -smp 1, 2 and 4 on virt64 and on
# qemu-system-aarch64, alternately, RUNS times each. Prints user+sys CPU time,
# wall time and MIPS (instructions / CPU time; the count is virt64's per-core
# report, QEMU runs the same program) and checks both print the same checksums.
# Usage: scripts/bench-smp.sh [RUNS]   Environment: BUILD_DIR (default ./build).
set -eu
RUNS=${1:-3}
BUILD_DIR=${BUILD_DIR:-build}
ELF=$BUILD_DIR/sw/baremetal/smp/busybench.elf
VIRT64=$BUILD_DIR/platforms/virt64/virt64
QEMU=${QEMU_SYSTEM:-qemu-system-aarch64}
export SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
for n in 1 2 4; do
    for run in $(seq "$RUNS"); do
        for e in virt64 qemu; do
            bin=$VIRT64
            [ $e = qemu ] && bin=$QEMU
            /usr/bin/time -f "%U %S %e" -o "$TMP/time" "$bin" -M virt -cpu cortex-a53 -nographic \
                -nic none -semihosting -smp "$n" -kernel "$ELF" > "$TMP/$e.out" 2>&1
            read -r user sys wall < "$TMP/time"
            if [ $e = virt64 ]; then
                insns=$(grep -o 'cpu[0-9]*: [0-9]* instructions' "$TMP/virt64.out" | awk '{ s += $2 } END { printf "%d", s }')
            fi
            echo "$e -smp $n run $run: cpu $(echo "$user + $sys" | bc) s, wall $wall s," \
                "$(echo "scale=0; $insns / ($user + $sys) / 1000000" | bc) MIPS (cpu)"
        done
        diff <(grep checksum "$TMP/virt64.out") <(grep checksum "$TMP/qemu.out") > /dev/null ||
            { echo "checksums differ between virt64 and qemu"; exit 1; }
    done
done
