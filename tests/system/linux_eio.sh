#!/bin/sh
# Host I/O errors reach a Linux guest as EIO (issue 10): virt64 runs under a
# file-size limit (prlimit --fsize, RLIMIT_FSIZE) of 8 MiB with a 16 MiB
# virtio-blk image. The guest init (sw/guest/init.c, virt64.test=eio) writes
# and flushes sector 1, then writes at 12 MiB with O_DIRECT: the host pwrite
# fails with EFBIG (virt64 ignores SIGXFSZ), the request completes with
# VIRTIO_BLK_S_IOERR and the guest's write(2) must fail with EIO. It then
# writes and flushes sector 2 and reads sector 1 back. The simulator keeps
# running and exits normally at the guest's power-off; the data flushed before
# and after the error is in the file, and nothing was written at 12 MiB.
# Usage: linux_eio.sh VIRT64 WORKDIR
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
prlimit --fsize=8388608 timeout 300 "$virt64" -M virt -cpu cortex-a53 -m 256M -nographic \
    --max-time 30s -kernel "$image" -initrd "$initrd" \
    -append "console=ttyAMA0 virt64.test=eio" \
    -drive file="$disk",if=none,format=raw,id=hd0 -device virtio-blk-device,drive=hd0 \
    > "$work/console.log" 2> "$work/stderr.log" < /dev/null || status=$?

fail=0
check() { if ! eval "$1"; then echo "FAIL: $2"; fail=1; fi; }
grep '^virt64-guest:' "$work/console.log" || true
echo "--- virt64 stderr ($work/stderr.log):"
cat "$work/stderr.log"
check 'no_sanitizer_report "$work/stderr.log"' "virt64 printed a sanitizer report"
check '[ "$status" = 0 ]' "virt64 exit status $status (expected 0: it keeps running and the guest powers off)"
check 'grep -q "^virt64-guest: write at 12 MiB (past the host limit): -1, errno 5.\?$" "$work/console.log"' \
    "the guest did not get EIO (errno 5) for the write past the host limit"
check 'grep -q "^virt64-guest: all checks done" "$work/console.log"' "the guest's checks did not all pass"
check 'grep -q "reboot: Power down" "$work/console.log"' "the kernel did not power down"
check 'grep -q "virtio/blk/host-io-error.*write .*disk.img.*File too large" "$work/stderr.log"' \
    "no virtio/blk/host-io-error warning naming the image and EFBIG"
check '[ "$(wc -c < "$disk")" = 16777216 ]' "the image size changed"
s1=$(dd if="$disk" bs=512 skip=1 count=1 status=none)
s2=$(dd if="$disk" bs=512 skip=2 count=1 status=none)
check '[ "$s1" = "$(printf "FLUSHED-BEFORE!!%.0s" $(seq 32))" ]' "sector 1 (flushed before the error) is not in the file"
check '[ "$s2" = "$(printf "WRITTEN-AFTER!!!%.0s" $(seq 32))" ]' "sector 2 (flushed after the error) is not in the file"
check '[ "$(dd if="$disk" bs=512 skip=24576 count=1 status=none | tr -d "\0" | wc -c)" = 0 ]' \
    "something was written at 12 MiB, past the limit"
[ $fail = 0 ] && echo "PASS: the guest saw EIO, the simulator went on, flushed data is in the file"
exit $fail
