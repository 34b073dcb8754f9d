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
. "$here/lib.sh"

for run in 1 2 3; do
    accel=""
    [ $run = 3 ] && accel="--accel interp"
    # shellcheck disable=SC2046,SC2086 # $accel is empty or two words; options without spaces
    boot run$run "$virt64" $accel -m 256M --stats -append "console=ttyAMA0" \
        $(blk_opts disk$run) -device virtio-rng-device,seed=42
    run_stats run$run
done

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
finish "two runs and the interpreter's run are identical"
