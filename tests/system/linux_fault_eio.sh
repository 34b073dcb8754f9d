#!/bin/sh
# Injected virtio-blk errors reach a Linux guest as EIO (issue 9 section 4):
# the guest of linux_eio.sh (sw/guest/init.c, virt64.test=eio) on a disk
# whose sectors at 12 MiB are made to fail with
# -device virtio-blk-device,...,fault=ioerr,fault-lba=24576,fault-lba-count=8
# instead of a host file-size limit. Its O_DIRECT write there must fail with
# EIO while the writes and flushes around it succeed; nothing reaches the
# image at 12 MiB, the simulator reports no host error and exits normally.
# Usage: linux_fault_eio.sh VIRT64 WORKDIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
virt64=$1 work=$2
mkdir -p "$work"
export SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1
. "$here/no_sanitizer_report.sh"

image=$("$here/../../sw/linux/build-kernel.sh")
initrd=$("$here/../../sw/guest/build-initramfs.sh")

disk=$work/disk.img
rm -f "$disk"
head -c 16777216 /dev/zero > "$disk"
status=0
timeout 300 "$virt64" -M virt -cpu cortex-a53 -m 256M -nographic \
    --max-time 30s -kernel "$image" -initrd "$initrd" \
    -append "console=ttyAMA0 virt64.test=eio" \
    -drive file="$disk",if=none,format=raw,id=hd0 \
    -device virtio-blk-device,drive=hd0,fault=ioerr,fault-lba=24576,fault-lba-count=8 \
    > "$work/console.log" 2> "$work/stderr.log" < /dev/null || status=$?

fail=0
check() { if ! eval "$1"; then echo "FAIL: $2"; fail=1; fi; }
grep '^virt64-guest:' "$work/console.log" || true
echo "--- virt64 stderr ($work/stderr.log):"
cat "$work/stderr.log"
check 'no_sanitizer_report "$work/stderr.log"' "virt64 printed a sanitizer report"
check '[ "$status" = 0 ]' "virt64 exit status $status (expected 0: the guest powers off)"
check 'grep -q "^virt64-guest: write at 12 MiB (past the host limit): -1, errno 5.\?$" "$work/console.log"' \
    "the guest did not get EIO (errno 5) for the write into the failing sectors"
check 'grep -q "^virt64-guest: all checks done" "$work/console.log"' "the guest's checks did not all pass"
check 'grep -q "reboot: Power down" "$work/console.log"' "the kernel did not power down"
check '! grep -q "host-io-error" "$work/stderr.log"' "a host I/O error was reported (expected only the injected one)"
s1=$(dd if="$disk" bs=512 skip=1 count=1 status=none)
s2=$(dd if="$disk" bs=512 skip=2 count=1 status=none)
check '[ "$s1" = "$(printf "FLUSHED-BEFORE!!%.0s" $(seq 32))" ]' "sector 1 (flushed before the error) is not in the file"
check '[ "$s2" = "$(printf "WRITTEN-AFTER!!!%.0s" $(seq 32))" ]' "sector 2 (flushed after the error) is not in the file"
check '[ "$(dd if="$disk" bs=512 skip=24576 count=8 status=none | tr -d "\0" | wc -c)" = 0 ]' \
    "something was written into the failing sectors at 12 MiB"
[ $fail = 0 ] && echo "PASS: the guest saw EIO for the injected fault, the other writes are in the file"
exit $fail
