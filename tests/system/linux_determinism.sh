#!/bin/sh
# Determinism: the same Linux boot twice on virt64 (seeded entropy device,
# identical disk images) must give byte-identical console output, the same
# retired instruction count and the same simulated end time; and a third time
# on the interpreter (--accel interp) instead of the block compiler, which
# must give the very same run.
# Usage: linux_determinism.sh VIRT64 WORKDIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
virt64=$1 work=$2
mkdir -p "$work"
export SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1
image=$("$here/../../sw/linux/build-kernel.sh")
initrd=$("$here/../../sw/guest/build-initramfs.sh")

for run in 1 2 3; do
    accel=""
    [ $run = 3 ] && accel="--accel interp"
    head -c 16777216 /dev/zero > "$work/disk$run.img"
    # shellcheck disable=SC2086 # $accel is empty or two words
    timeout 300 "$virt64" $accel -M virt -cpu cortex-a53 -m 256M -nographic --stats \
        -kernel "$image" -initrd "$initrd" -append "console=ttyAMA0" \
        -drive file="$work/disk$run.img",if=none,format=raw,id=hd0 \
        -device virtio-blk-device,drive=hd0 -device virtio-rng-device,seed=42 \
        > "$work/run$run.out" 2> "$work/run$run.err" < /dev/null || true
    # The statistics line: "virt64: N instructions, T s host, M MIPS, simulated S".
    grep -o 'virt64: [0-9]* instructions' "$work/run$run.err" > "$work/run$run.count" || true
    grep -o 'simulated .*' "$work/run$run.err" > "$work/run$run.time" || true
done

fail=0
. "$here/no_sanitizer_report.sh"
no_sanitizer_report "$work/run1.err" "$work/run2.err" || fail=1
[ -s "$work/run1.count" ] || { echo "FAIL: no instruction count in the statistics"; fail=1; }
[ -s "$work/run1.time" ] || { echo "FAIL: no simulated time in the statistics"; fail=1; }
grep -q "reboot: Power down" "$work/run1.out" || { echo "FAIL: the guest did not power down"; fail=1; }
cmp "$work/run1.out" "$work/run2.out" || { echo "FAIL: console output differs between runs"; fail=1; }
cmp "$work/run1.count" "$work/run2.count" || { echo "FAIL: instruction counts differ"; fail=1; }
cmp "$work/run1.time" "$work/run2.time" || { echo "FAIL: simulated end times differ"; fail=1; }
cmp "$work/disk1.img" "$work/disk2.img" || { echo "FAIL: disk images differ"; fail=1; }
cmp "$work/run1.out" "$work/run3.out" || { echo "FAIL: console output differs on the interpreter"; fail=1; }
cmp "$work/run1.count" "$work/run3.count" || { echo "FAIL: instruction counts differ on the interpreter"; fail=1; }
cmp "$work/run1.time" "$work/run3.time" || { echo "FAIL: simulated end times differ on the interpreter"; fail=1; }
cmp "$work/disk1.img" "$work/disk3.img" || { echo "FAIL: disk images differ on the interpreter"; fail=1; }
cat "$work/run1.count" "$work/run1.time"
[ $fail = 0 ] && echo "PASS: two runs and the interpreter's run are identical"
exit $fail
