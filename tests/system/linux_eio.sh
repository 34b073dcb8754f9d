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
. "$here/lib.sh"

# shellcheck disable=SC2034 # used in the checks
disk=$work/disk.img
launcher="prlimit --fsize=8388608"
# shellcheck disable=SC2046 # the options are words without spaces
boot run "$virt64" -m 256M --max-time 30s -append "console=ttyAMA0 virt64.test=eio" $(blk_opts disk)
launcher=

cat "$work/run.report"
echo "--- virt64 stderr ($work/run.err):"
cat "$work/run.err"
check 'no_sanitizer_report "$work/run.err"' "virt64 printed a sanitizer report"
check '[ "$status" = 0 ]' "virt64 exit status $status (expected 0: it keeps running and the guest powers off)"
check 'grep -q "^virt64-guest: write at 12 MiB (past the host limit): -1, errno 5$" "$work/run.report"' \
    "the guest did not get EIO (errno 5) for the write past the host limit"
check 'grep -q "^virt64-guest: all checks done" "$work/run.report"' "the guest's checks did not all pass"
check 'grep -q "reboot: Power down" "$work/run.out"' "the kernel did not power down"
check 'grep -q "virtio/blk/host-io-error.*write .*disk.img.*File too large" "$work/run.err"' \
    "no virtio/blk/host-io-error warning naming the image and EFBIG"
check '[ "$(wc -c < "$disk")" = 16777216 ]' "the image size changed"
check '[ "$(sector "$disk" 1)" = "$(repeated FLUSHED-BEFORE!! 32)" ]' "sector 1 (flushed before the error) is not in the file"
check '[ "$(sector "$disk" 2)" = "$(repeated WRITTEN-AFTER!!! 32)" ]' "sector 2 (flushed after the error) is not in the file"
check '[ "$(sector "$disk" 24576 | tr -d "\0" | wc -c)" = 0 ]' "something was written at 12 MiB, past the limit"
finish "the guest saw EIO, the simulator went on, flushed data is in the file"
