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
. "$here/lib.sh"

# shellcheck disable=SC2034 # used in the checks
disk=$work/disk.img
# shellcheck disable=SC2046 # the options are words without spaces
boot run "$virt64" -m 256M --max-time 30s -append "console=ttyAMA0 virt64.test=eio" \
    $(blk_opts disk ,fault=ioerr,fault-lba=24576,fault-lba-count=8)

cat "$work/run.report"
echo "--- virt64 stderr ($work/run.err):"
cat "$work/run.err"
check 'no_sanitizer_report "$work/run.err"' "virt64 printed a sanitizer report"
check '[ "$status" = 0 ]' "virt64 exit status $status (expected 0: the guest powers off)"
check 'grep -q "^virt64-guest: write at 12 MiB (past the host limit): -1, errno 5$" "$work/run.report"' \
    "the guest did not get EIO (errno 5) for the write into the failing sectors"
check 'grep -q "^virt64-guest: all checks done" "$work/run.report"' "the guest's checks did not all pass"
check 'grep -q "reboot: Power down" "$work/run.out"' "the kernel did not power down"
check '! grep -q "host-io-error" "$work/run.err"' "a host I/O error was reported (expected only the injected one)"
check '[ "$(sector "$disk" 1)" = "$(repeated FLUSHED-BEFORE!! 32)" ]' "sector 1 (flushed before the error) is not in the file"
check '[ "$(sector "$disk" 2)" = "$(repeated WRITTEN-AFTER!!! 32)" ]' "sector 2 (flushed after the error) is not in the file"
check '[ "$(dd if="$disk" bs=512 skip=24576 count=8 status=none | tr -d "\0" | wc -c)" = 0 ]' \
    "something was written into the failing sectors at 12 MiB"
finish "the guest saw EIO for the injected fault, the other writes are in the file"
