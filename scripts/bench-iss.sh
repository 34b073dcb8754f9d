#!/bin/bash
# CPU benchmark of the AArch64 ISS (docs/benchmarks.md, section "AArch64
# ISS"). Runs sw/bench/intbench (integer) or, with --workload fpbench,
# sw/bench/fpbench (FP and AdvSIMD), or --workload excbench (SVC round trips
# and data aborts, bare metal only: no qemu-aarch64 row) on
#   - virt64 -semihosting -kernel intbench.elf          (our ISS, bare metal)
#   - qemu-aarch64 intbench-linux                       (qemu-user, Linux user program)
#   - qemu-system-aarch64 -M virt ... -kernel intbench.elf  (second reference)
# several times each, checks that all three print the same checksums, and
# prints instructions, seconds and MIPS of each plus the virt64/qemu ratios.
#
# With --workload linux it boots Debian's stock arm64 kernel to the Debian 12
# userland of tests/system/debian (the test init, then power-off) on virt64
# and on qemu-system-aarch64, alternately, and prints the wall and CPU time of
# each boot and the ratio (the guest report must pass on both).
#
# Usage: scripts/bench-iss.sh [--workload intbench|fpbench|excbench|linux]
#                              [--runs N] [--mmu] [--no-build] [--qemu-only]
#                              [--virt64-arg ARG]...
#   --workload   intbench (default), fpbench or excbench (their bare-metal
#                builds turn the MMU on), linux
#   --virt64-arg an extra virt64 option, e.g. --accel=interp
#   --mmu        bare-metal runs use intbench_mmu.elf (MMU on, identity map)
#   --qemu-only  without virt64 (the count then comes from -icount)
# Environment: BUILD_DIR (default ./build), VIRT64 (path of the platform
# binary), JOBS (build parallelism, default 2), QEMU_USER, QEMU_SYSTEM.
#
# MIPS = instructions / seconds of the whole process (start-up included), once
# with wall-clock time and once with CPU time (user+sys). The instruction count
# is virt64's own exit report; qemu-system-aarch64 -icount shift=0 counts the
# measured loop independently (guest timer ticks x 16) as a cross-check.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
JOBS=${JOBS:-2}
QEMU_USER=${QEMU_USER:-qemu-aarch64}
QEMU_SYSTEM=${QEMU_SYSTEM:-qemu-system-aarch64}
QEMU_MACHINE=(-M virt -cpu cortex-a53 -nographic -nic none -semihosting)
RUNS=3
BUILD=1
USE_VIRT64=1
WORKLOAD=intbench
MMU=0
VIRT64_ARGS=()

while [ $# -gt 0 ]; do
    case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --qemu-only) USE_VIRT64=0; shift ;;
    --mmu) MMU=1; shift ;;
    --workload) WORKLOAD=$2; shift 2 ;;
    --virt64-arg) VIRT64_ARGS+=("$2"); shift 2 ;;
    -h|--help) sed -n '2,31p' "$0"; exit 0 ;;
    *) echo "bench-iss: unknown option $1" >&2; exit 2 ;;
    esac
done

die() { echo "bench-iss: $*" >&2; exit 1; }
note() { echo "bench-iss: $*" >&2; }

HAS_USER=1
case "$WORKLOAD" in
intbench) ELF_NAME=intbench.elf; [ "$MMU" = 1 ] && ELF_NAME=intbench_mmu.elf ;;
fpbench) ELF_NAME=fpbench.elf ;;
excbench) ELF_NAME=excbench.elf; HAS_USER=0 ;;
linux) ;;
*) die "unknown workload '$WORKLOAD' (intbench, fpbench, excbench or linux)" ;;
esac

# ---- Linux boot to the Debian userland: its own measurement ----
if [ "$WORKLOAD" = linux ]; then
    VIRT64=${VIRT64:-$BUILD_DIR/platforms/virt64/virt64}
    if [ "$BUILD" = 1 ] && [ "$VIRT64" = "$BUILD_DIR/platforms/virt64/virt64" ]; then
        cmake --build "$BUILD_DIR" -j"$JOBS" --target virt64 >/dev/null || die "building virt64 failed"
    fi
    TMP=$(mktemp -d)
    trap 'rm -rf "$TMP"' EXIT
    # debian_boot.sh takes NAME=EMULATOR; extra virt64 options go through a wrapper.
    printf '#!/bin/sh\nexec %s %s "$@"\n' "$VIRT64" "${VIRT64_ARGS[*]}" >"$TMP/virt64"
    chmod +x "$TMP/virt64"
    load_before=$(cut -d' ' -f1-3 /proc/loadavg)
    TIMEFORMAT='%R %U %S'
    for run in $(seq 1 "$RUNS"); do
        for e in qemu="$QEMU_SYSTEM" virt64="$TMP/virt64"; do
            name=${e%%=*}
            [ "$USE_VIRT64" = 0 ] && [ "$name" = virt64 ] && continue
            { time "$ROOT/tests/system/debian/debian_boot.sh" debian off "$TMP/w-$name" "$e" \
                >"$TMP/$name$run.out" 2>&1; } 2>"$TMP/$name$run.time" ||
                { cat "$TMP/$name$run.out" >&2; die "$name: the Debian boot failed"; }
        done
    done
    load_after=$(cut -d' ' -f1-3 /proc/loadavg)
    insns=$(grep -ho 'cpu: [0-9]* instructions' "$TMP/w-virt64/virt64.log" 2>/dev/null | awk '{ print $2 }' | tail -n1)
    echo "linux: Debian's stock kernel + Debian 12 userland test init (tests/system/debian), power-off"
    echo "virt64 guest instructions: ${insns:-?}; virt64 options: ${VIRT64_ARGS[*]:-(none)}"
    echo "host: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) CPUs;" \
         "load average before: $load_before, after: $load_after"
    echo "$RUNS boots each (whole debian_boot.sh: boot, init, host checks); best and median wall, best CPU"
    printf '%-22s %8s %8s %8s\n' "" "wall s" "med s" "cpu s"
    for name in virt64 qemu; do
        [ -f "$TMP/${name}1.time" ] || continue
        all=$(for run in $(seq 1 "$RUNS"); do cat "$TMP/$name$run.time"; done)
        wall=$(echo "$all" | awk '{ print $1 }' | sort -g | head -n1)
        med=$(echo "$all" | awk '{ print $1 }' | sort -g | sed -n "$(((RUNS + 1) / 2))p")
        cpu=$(echo "$all" | awk '{ printf "%.2f\n", $2 + $3 }' | sort -g | head -n1)
        printf '%-22s %8.2f %8.2f %8.2f\n' "$name" "$wall" "$med" "$cpu"
        eval "${name}_wall=$wall"
    done
    if [ "$USE_VIRT64" = 1 ]; then
        # shellcheck disable=SC2154 # set by the eval above
        awk -v a="$virt64_wall" -v b="$qemu_wall" 'BEGIN { printf "wall time virt64 / qemu-system-aarch64: %.3f (best of each; < 1: virt64 faster)\n", a / b }'
    fi
    exit 0
fi

for tool in "$QEMU_USER" "$QEMU_SYSTEM" aarch64-linux-gnu-objdump aarch64-linux-gnu-nm awk; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool not found (scripts/setup.sh installs it)"
done

# ---- build ----
WORKLOAD_DIR=$BUILD_DIR/sw/bench
VIRT64=${VIRT64:-$BUILD_DIR/platforms/virt64/virt64}
if [ "$BUILD" = 1 ]; then
    if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
        generator=""
        if command -v ninja >/dev/null 2>&1; then generator="-G Ninja"; fi
        # shellcheck disable=SC2086
        cmake -S "$ROOT" -B "$BUILD_DIR" $generator -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    fi
    if cmake --build "$BUILD_DIR" --target help 2>/dev/null | grep -Eq '^(\.\.\. )?bench(:| |$)'; then
        cmake --build "$BUILD_DIR" -j"$JOBS" --target bench >/dev/null
    else
        # sw/CMakeLists.txt does not include sw/bench (yet): build the
        # workloads on their own with the same CMake code.
        WORKLOAD_DIR=$BUILD_DIR/bench-standalone/bench
        mkdir -p "$BUILD_DIR/bench-standalone/src"
        cat >"$BUILD_DIR/bench-standalone/src/CMakeLists.txt" <<EOF
cmake_minimum_required(VERSION 3.16)
project(vp_bench_workloads LANGUAGES C)
add_subdirectory($ROOT/sw/baremetal baremetal)
add_subdirectory($ROOT/sw/bench bench)
EOF
        cmake -S "$BUILD_DIR/bench-standalone/src" -B "$BUILD_DIR/bench-standalone" >/dev/null
        cmake --build "$BUILD_DIR/bench-standalone" --target bench >/dev/null
    fi
    if [ "$USE_VIRT64" = 1 ] && [ "$VIRT64" = "$BUILD_DIR/platforms/virt64/virt64" ]; then
        cmake --build "$BUILD_DIR" -j"$JOBS" --target virt64 >/dev/null ||
            note "building virt64 failed"
    fi
elif [ ! -f "$WORKLOAD_DIR/$ELF_NAME" ]; then
    WORKLOAD_DIR=$BUILD_DIR/bench-standalone/bench
fi

ELF=$WORKLOAD_DIR/$ELF_NAME
LINUX=$WORKLOAD_DIR/$WORKLOAD-linux
if [ ! -f "$ELF" ] || { [ "$HAS_USER" = 1 ] && [ ! -f "$LINUX" ]; }; then
    die "workloads not found in $WORKLOAD_DIR"
fi
if [ "$USE_VIRT64" = 1 ] && [ ! -x "$VIRT64" ]; then
    die "virt64 not found at $VIRT64 (set VIRT64=..., or --qemu-only)"
fi

# ---- the measured code must be the same machine code in both builds ----
# Compares every function of the workload (all functions of the Linux build but
# main and the run-time of linux_rt.c and sw/baremetal/lib/format.h, including
# compiler clones such as fmt_number.constprop.0), addresses, hex
# immediates and in-page data offsets masked.
RUNTIME_FUNCS=" _start bench_linux_start bench_printf memcpy memset put_char fmt_number vp_vformat flush_output syscall3 main "
function_listing() {
    aarch64-linux-gnu-objdump -d --no-show-raw-insn "$1" | awk -v fn="$2" '
        /^[0-9a-f]+ <.*>:$/ { inside = ($2 == "<" fn ">:"); next }
        inside && NF == 0 { inside = 0 }
        inside { sub(/^ *[0-9a-f]+:\t/, ""); gsub(/[0-9a-f]+ </, "<");
                 gsub(/#0x[0-9a-f]+/, "#X")
                 # Offsets of data inside its page (the low 12 bits of an adrp
                 # address) depend on the layout, not on the code.
                 gsub(/, #[0-9]+\]/, ", #N]")
                 if ($0 ~ /^add\t/) sub(/, #[0-9]+$/, ", #N")
                 if ($0 ~ /^adrp\t/) sub(/, .*/, ", <page>"); print }'
}
kernels=""
[ "$HAS_USER" = 1 ] && kernels=$(aarch64-linux-gnu-nm "$LINUX" | awk '$2 ~ /^[tT]$/ { print $3 }')
checked=0
for fn in $kernels; do
    case "$RUNTIME_FUNCS" in *" ${fn%%.*} "*) continue ;; esac
    a=$(function_listing "$ELF" "$fn")
    b=$(function_listing "$LINUX" "$fn")
    if [ -z "$a" ] || [ "$a" != "$b" ]; then
        die "function $fn differs between $ELF_NAME and $WORKLOAD-linux"
    fi
    checked=$((checked + 1))
done
[ "$HAS_USER" = 0 ] || [ "$checked" -ge 5 ] || die "found only $checked workload functions to compare"

# ---- running ----
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
TIMEFORMAT='%R %U %S'

# run_timed <tag> <command...>: output in $TMP/<tag>.out, "wall user sys" in
# $TMP/<tag>.time; fails the script if the command fails.
run_timed() {
    local tag=$1
    shift
    local status=0
    { time "$@" >"$TMP/$tag.out" 2>&1 </dev/null; } 2>"$TMP/$tag.time" || status=$?
    if [ "$status" != 0 ]; then
        cat "$TMP/$tag.out" >&2
        die "$tag: '$*' exited with status $status"
    fi
}

REFERENCE=""
# check_output <tag>: the workload's result lines must equal the first run's.
check_output() {
    local result
    result=$(grep "^$WORKLOAD:" "$TMP/$1.out" || true)
    case "$result" in *checksum=*) ;; *) cat "$TMP/$1.out" >&2; die "$1: no checksum printed" ;; esac
    if [ -z "$REFERENCE" ]; then
        REFERENCE=$result
    elif [ "$result" != "$REFERENCE" ]; then
        printf 'expected:\n%s\ngot:\n%s\n' "$REFERENCE" "$result" >&2
        die "$1: checksum differs"
    fi
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for run in $(seq 1 "$RUNS"); do
    if [ "$HAS_USER" = 1 ]; then
        run_timed "user$run" "$QEMU_USER" "$LINUX"
        check_output "user$run"
    fi
    run_timed "system$run" "$QEMU_SYSTEM" "${QEMU_MACHINE[@]}" -kernel "$ELF"
    check_output "system$run"
    if [ "$USE_VIRT64" = 1 ]; then
        run_timed "virt64$run" "$VIRT64" "${VIRT64_ARGS[@]}" -semihosting -kernel "$ELF"
        check_output "virt64$run"
    fi
done
# Independent count of the measured loop: one instruction per ns.
run_timed icount "$QEMU_SYSTEM" "${QEMU_MACHINE[@]}" -icount shift=0 -kernel "$ELF"
check_output icount
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

icount_insns=$(awk -v tag="$WORKLOAD-info:" '$1 == tag {
        for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        printf "%.0f", v["cntvct_ticks"] * 1e9 / v["cntfrq"] }' "$TMP/icount.out")
insns=$icount_insns
insns_source="qemu-system -icount (measured loop only, +-16)"
if [ "$USE_VIRT64" = 1 ]; then
    insns=$(sed -n 's/^cpu: \([0-9]*\) instructions.*/\1/p' "$TMP/virt64${RUNS}.out" | tail -n1)
    [ -n "$insns" ] || die "virt64 printed no 'cpu: N instructions' report"
    insns_source="virt64 exit report (whole program)"
    for run in $(seq 1 "$RUNS"); do
        n=$(sed -n 's/^cpu: \([0-9]*\) instructions.*/\1/p' "$TMP/virt64$run.out" | tail -n1)
        [ "$n" = "$insns" ] || die "virt64 instruction count differs between runs ($n, $insns)"
    done
    awk -v a="$insns" -v b="$icount_insns" 'BEGIN { d = (a - b) / b; if (d < 0) d = -d;
        exit !(d > 0.01) }' && note "warning: virt64 counts $insns instructions, qemu -icount $icount_insns"
fi

# best <prefix>: lowest wall time, lowest CPU time and median wall time over
# all runs.
best() {
    local all
    all=$(for run in $(seq 1 "$RUNS"); do cat "$TMP/$1$run.time"; done)
    local wall cpu median
    wall=$(echo "$all" | awk '{ print $1 }' | sort -g | head -n1)
    cpu=$(echo "$all" | awk '{ printf "%.3f\n", $2 + $3 }' | sort -g | head -n1)
    median=$(echo "$all" | awk '{ print $1 }' | sort -g | sed -n "$(((RUNS + 1) / 2))p")
    echo "$wall $cpu $median"
}

iterations=$(echo "$REFERENCE" | sed -n 's/.*iterations=\([0-9]*\).*/\1/p')
checksum=$(echo "$REFERENCE" | sed -n 's/.*checksum=\(0x[0-9a-f]*\).*/\1/p')
echo "$WORKLOAD: iterations=$iterations checksum=$checksum, identical on all simulators" \
     "(bare metal: $ELF_NAME)"
echo "instructions: $insns ($insns_source); qemu -icount: $icount_insns"
echo "host: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) CPUs;" \
     "load average before: $load_before, after: $load_after"
echo "$RUNS runs each; best wall time, best CPU time (user+sys), median wall time"
printf '%-34s %8s %8s %8s %10s %10s\n' "" "wall s" "cpu s" "med s" "MIPS wall" "MIPS cpu"
row() {
    local name=$1 times=$2
    echo "$times" | awk -v n="$insns" -v name="$name" '{
        printf "%-34s %8.3f %8.3f %8.3f %10.1f %10.1f\n", name, $1, $2, $3, n / $1 / 1e6,
               ($2 > 0 ? n / $2 / 1e6 : 0) }'
}
user_times="0 0 0"
[ "$HAS_USER" = 1 ] && user_times=$(best user)
system_times=$(best system)
if [ "$USE_VIRT64" = 1 ]; then
    virt64_times=$(best virt64)
    row "virt64 (ISS)" "$virt64_times"
fi
[ "$HAS_USER" = 1 ] && row "qemu-aarch64 (user, equivalent)" "$user_times"
row "qemu-system-aarch64 (equivalent)" "$system_times"
if [ "$USE_VIRT64" = 1 ]; then
    self=$(sed -n 's/^cpu: .*instructions, \([0-9.]*\) MIPS.*/\1/p' "$TMP/virt64${RUNS}.out" | tail -n1)
    echo "virt64's own report (last run): $self MIPS"
    echo "$virt64_times $user_times $system_times" | awk '{
        if ($4 > 0) printf "ratio virt64 / qemu-aarch64:        %.3f (wall)  %.3f (cpu)\n", $4 / $1, $5 / $2
        printf "ratio virt64 / qemu-system-aarch64: %.3f (wall)  %.3f (cpu)\n", $7 / $1, $8 / $2
        printf "(MIPS ratios: > 1 means virt64 is faster; wall time virt64 / qemu = 1 / ratio)\n" }'
fi
