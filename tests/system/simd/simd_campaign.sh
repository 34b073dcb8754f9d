#!/bin/sh
# A longer random SIMD&FP campaign than ctest's fixed seeds: for every seed and
# group, generate COUNT sequences, build, run on QEMU and virt64 and triage the
# first differing instruction of up to 4 bad sequences (simd_diff.py). The
# first-difference lines of all runs are appended to OUT/findings.txt.
#
# usage: simd_campaign.sh BUILD_DIR OUT_DIR "SEEDS" ["GROUPS"]
#   e.g. simd_campaign.sh build /tmp/camp "100 101 102" "all fpscalar simdfp"
# Environment: COUNT (sequences per run, default 1500), LENGTH (default 24),
# HARNESS (default simd_harness.c; simd_harness_irq.c / simd_harness_align.c).
set -eu
build=$1
out=$2
seeds=$3
groups=${4:-"all fpscalar simdint simdmove simdfp ldst crypto raw rawldst"}
count=${COUNT:-1500}
length=${LENGTH:-24}
here=$(cd "$(dirname "$0")" && pwd)
lib=$here/../../../sw/baremetal/lib
harness=${HARNESS:-$here/simd_harness.c}
cc=aarch64-linux-gnu-gcc
# The bare-metal flags of sw/baremetal/CMakeLists.txt, '|'-separated.
cflags="-ffreestanding|-nostdlib|-nostartfiles|-static|-mgeneral-regs-only|-O2|-mstrict-align"
cflags="$cflags|-fno-tree-loop-distribute-patterns|-fno-pie|-no-pie|-g|-Wall|-Wextra"
cflags="$cflags|-Wl,--no-warn-rwx-segments|-Wl,--build-id=none|-I$lib|-T|$lib/link.ld"
# Snapshots, so that rebuilding the tree during the campaign does not mix
# generator versions between a run and its triage.
mkdir -p "$out/bin"
cp "$build/tests/system/simd/rand_simd_gen" "$build/platforms/virt64/virt64" "$out/bin/"
export SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1
for seed in $seeds; do
    for g in $groups; do
        d=$out/$g-$seed
        mkdir -p "$d"
        "$out/bin/rand_simd_gen" "$seed" "$count" "$length" "$g" "$d/r.S" "$d/r.lst"
        $cc $(echo "$cflags" | tr '|' ' ') -o "$d/r.elf" "$lib/start.S" "$lib/bm.c" "$harness" \
            "$d/r.S"
        if python3 "$here/simd_diff.py" --qemu qemu-system-aarch64 --virt64 "$out/bin/virt64" \
            --elf "$d/r.elf" --listing "$d/r.lst" --gen "$out/bin/rand_simd_gen" --seed "$seed" \
            --count "$count" --length "$length" --groups "$g" --cc $cc "--cflags=$cflags" \
            "--lib-srcs=$lib/start.S|$lib/bm.c" --harness "$harness" --workdir "$d/triage" \
            --max-triage 4 --findings "$out/findings.txt" > "$d/log.txt" 2>&1; then
            echo "$g seed $seed: agree ($count sequences)"
        else
            echo "$g seed $seed: MISMATCH, see $d/log.txt"
        fi
    done
done
