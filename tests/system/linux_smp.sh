#!/bin/sh
# Multi-core Linux on virt64 (issue 7).
#   online: our kernel (sw/linux, NR_CPUS=2) with -smp 2 and the full test
#     init (virtio-blk with num-queues=4, -rng, -console; virt64.test=mq: one
#     writer pinned to each CPU writes, flushes and reads back interleaved
#     sectors, and the guest reports how many queues blk-mq uses; the host
#     checks the sectors in the image and that two queues carried requests),
#     and Debian's stock kernel (NR_CPUS=256,
#     sw/linux/debian-kernel.sh) with -smp 4 and the init's CPU-only mode
#     (virt64.test=cpus): the guest must bring every CPU online
#     (/sys/devices/system/cpu/online "0-1" / "0-3") and pass its checks. With
#     a QEMU binary the same boots run on qemu-system-aarch64 -smp N and the
#     guest's reports must be identical.
#   deterministic: the -smp 4 boot twice, then once on the interpreter: the
#     console output, every core's instruction count and the simulated end
#     time must be identical.
# Usage: linux_smp.sh online|deterministic VIRT64 QEMU|- WORKDIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
mode=$1 virt64=$2 qemu=$3 work=$4
mkdir -p "$work"
export SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1
ours=$("$here/../../sw/linux/build-kernel.sh")
debian=$("$here/../../sw/linux/debian-kernel.sh")/Image
initrd=$("$here/../../sw/guest/build-initramfs.sh")
. "$here/no_sanitizer_report.sh"
fail=0

# boot NAME BINARY SMP KERNEL APPEND [options...]: console on NAME.out,
# stderr on NAME.err, the guest's report (minus uptime) on NAME.report.
boot() {
    name=$1 bin=$2 smp=$3 kernel=$4 append=$5
    shift 5
    status=0
    timeout 600 "$bin" -M virt -cpu cortex-a53 -m 512M -nographic -nic none -smp "$smp" \
        -kernel "$kernel" -initrd "$initrd" -append "console=ttyAMA0 $append" "$@" \
        > "$work/$name.out" 2> "$work/$name.err" < /dev/null || status=$?
    tr -d '\r' < "$work/$name.out" | grep '^virt64-guest:' | grep -v '^virt64-guest: uptime' \
        > "$work/$name.report" || true
    [ $status = 0 ] || { echo "FAIL: $name exited with status $status"; tail -n 20 "$work/$name.err"; fail=1; }
}

expect_line() {  # expect_line NAME LINE
    grep -qx "$2" "$work/$1.report" || { echo "FAIL: $1: no line '$2' in the guest's report"; fail=1; }
}

case "$mode" in
online)
    disk_opts() {
        head -c 16777216 /dev/zero > "$work/$1.img"
        echo -drive file="$work/$1.img",if=none,format=raw,id=hd0 \
            -device virtio-blk-device,drive=hd0,serial=virt64-test,num-queues=4 \
            -device virtio-rng-device \
            -device virtio-serial-device -device virtconsole,chardev=c0 \
            -chardev file,id=c0,path="$work/$1.hvc0"
    }
    # shellcheck disable=SC2046 # the options are words without spaces
    boot virt64-smp2 "$virt64" 2 "$ours" "virt64.test=mq" $(disk_opts virt64-smp2) --stats
    boot virt64-smp4 "$virt64" 4 "$debian" "virt64.test=cpus"
    expect_line virt64-smp2 "virt64-guest: cpus online 0-1"
    expect_line virt64-smp2 "virt64-guest: blk-mq: 2 hardware queues for 2 cpus"
    expect_line virt64-smp2 "virt64-guest: ok: 2 writers (one per cpu) wrote, flushed and read back 64 sectors each"
    expect_line virt64-smp2 "virt64-guest: all checks done"
    for q in 0 1; do
        grep -q "blk[0-9]* queue $q: requests=[1-9]" "$work/virt64-smp2.err" ||
            { echo "FAIL: virtio-blk queue $q served no request"; fail=1; }
    done
    # Writer c's sector i is at 1 MiB + (2i + c) * 512, 32 times "MQc-iiii-virt64!".
    python3 - "$work/virt64-smp2.img" <<'PY' || fail=1
import sys
data = open(sys.argv[1], "rb").read()
bad = 0
for c in range(2):
    for i in range(64):
        at = (1 << 20) + (i * 2 + c) * 512
        unit = b"MQ%d-%04d-virt64!" % (c, i)
        if data[at:at + 512] != unit * 32:
            bad += 1
if bad:
    print("FAIL: %d of the writers' sectors do not hold what the guest wrote" % bad)
    sys.exit(1)
print("host: the 128 sectors of the two writers hold what they wrote")
PY
    expect_line virt64-smp4 "virt64-guest: cpus online 0-3"
    expect_line virt64-smp4 "virt64-guest: all checks done"
    no_sanitizer_report "$work/virt64-smp2.err" "$work/virt64-smp4.err" || fail=1
    if [ "$qemu" != - ]; then
        # shellcheck disable=SC2046
        boot qemu-smp2 "$qemu" 2 "$ours" "virt64.test=mq" $(disk_opts qemu-smp2)
        boot qemu-smp4 "$qemu" 4 "$debian" "virt64.test=cpus"
        for n in 2 4; do
            diff -u "$work/qemu-smp$n.report" "$work/virt64-smp$n.report" ||
                { echo "FAIL: -smp $n: the guest's report differs from QEMU's"; fail=1; }
        done
        cmp "$work/qemu-smp2.img" "$work/virt64-smp2.img" ||
            { echo "FAIL: -smp 2: the disk differs from QEMU's"; fail=1; }
    fi
    cat "$work/virt64-smp2.report" "$work/virt64-smp4.report"
    [ $fail = 0 ] && echo "PASS: Linux brought every CPU online (-smp 2 and -smp 4)"
    ;;
deterministic)
    for run in 1 2 3; do
        accel=""
        [ $run = 3 ] && accel="--accel=interp"
        # shellcheck disable=SC2086 # $accel is empty or one word
        boot run$run "$virt64" 4 "$debian" "virt64.test=cpus" --stats $accel
        # "virt64: N instructions, ... simulated S" and "virt64: cpuI: N instructions, idle P%"
        grep -o 'virt64: [0-9]* instructions' "$work/run$run.err" > "$work/run$run.count" || true
        grep -o 'virt64: cpu[0-9]: [0-9]* instructions, idle [0-9.]*%' "$work/run$run.err" \
            >> "$work/run$run.count" || true
        grep -o 'simulated .*' "$work/run$run.err" > "$work/run$run.time" || true
    done
    no_sanitizer_report "$work/run1.err" "$work/run2.err" "$work/run3.err" || fail=1
    [ "$(grep -c 'cpu[0-9]:' "$work/run1.count")" = 4 ] ||
        { echo "FAIL: no per-core instruction counts in the statistics"; fail=1; }
    [ -s "$work/run1.time" ] || { echo "FAIL: no simulated time in the statistics"; fail=1; }
    expect_line run1 "virt64-guest: cpus online 0-3"
    for run in 2 3; do
        what="run $run"
        [ $run = 3 ] && what="the interpreter's run"
        cmp "$work/run1.out" "$work/run$run.out" || { echo "FAIL: console output differs in $what"; fail=1; }
        cmp "$work/run1.count" "$work/run$run.count" || { echo "FAIL: instruction counts differ in $what"; fail=1; }
        cmp "$work/run1.time" "$work/run$run.time" || { echo "FAIL: simulated end time differs in $what"; fail=1; }
    done
    cat "$work/run1.count" "$work/run1.time"
    [ $fail = 0 ] && echo "PASS: three -smp 4 boots (block compiler twice, interpreter) are identical"
    ;;
*)
    echo "usage: $0 online|deterministic VIRT64 QEMU|- WORKDIR" >&2
    exit 2
    ;;
esac
exit $fail
