#!/bin/sh
# Differential test of the virtio-blk model: the bare-metal driver
# sw/baremetal/virtio/virtio_blk_demo.c runs on qemu-system-aarch64 -M virt
# and on virt64, each with its own copy of the same disk image. The guest
# output and exit status must be identical, and so must the disk images
# afterwards (the guest wrote sectors 1-8 and flushed).
# Usage: virtio_blk_diff.sh QEMU VIRT64 ELF LEGACY(on|off) WORKDIR
set -eu
qemu=$1 virt64=$2 elf=$3 legacy=$4 work=$5
mkdir -p "$work"
export SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1

make_image() {
    # 1 MiB: "VIRTIO-VP DISK0" in sector 0, zeroes elsewhere.
    head -c 1048576 /dev/zero > "$1"
    printf 'VIRTIO-VP DISK0' | dd of="$1" conv=notrunc status=none
}

run() {  # run BINARY IMAGE OUT [extra args]
    bin=$1 img=$2 out=$3
    shift 3
    status=0
    timeout 120 "$bin" -M virt -cpu cortex-a53 -nographic -semihosting "$@" \
        -global virtio-mmio.force-legacy="$legacy" \
        -drive file="$img",if=none,format=raw,id=hd \
        -device virtio-blk-device,drive=hd,serial=VPDEMO-SERIAL \
        -kernel "$elf" > "$out.raw" 2>&1 < /dev/null || status=$?
    # Drop the simulator's own statistics lines; keep the guest's output.
    grep -v -E '^(virt64: |cpu: [0-9]+ instructions)' "$out.raw" > "$out" || true
    echo "[exit status $status]" >> "$out"
}

make_image "$work/qemu.img"
make_image "$work/virt64.img"
run "$qemu" "$work/qemu.img" "$work/qemu.out" -nic none
run "$virt64" "$work/virt64.img" "$work/virt64.out"

fail=0
. "$(dirname "$0")/no_sanitizer_report.sh"
no_sanitizer_report "$work/virt64.out.raw" || fail=1
if ! diff -u "$work/qemu.out" "$work/virt64.out"; then
    echo "FAIL: guest output differs (qemu vs virt64)"
    fail=1
fi
if ! cmp "$work/qemu.img" "$work/virt64.img"; then
    echo "FAIL: disk images differ after the run"
    fail=1
fi
# The written pattern must be in the file: byte i of sectors 1-8 is i*13+7.
expected=$(python3 -c "import sys; sys.stdout.write(bytes((i*13+7)&255 for i in range(4096)).hex())")
actual=$(dd if="$work/virt64.img" bs=512 skip=1 count=8 status=none | od -An -v -tx1 | tr -d ' \n')
if [ "$expected" != "$actual" ]; then
    echo "FAIL: sectors 1-8 of the virt64 image do not hold the pattern the guest wrote"
    fail=1
fi
grep -q "mismatching bytes: 0" "$work/virt64.out" || { echo "FAIL: guest read-back mismatch"; fail=1; }
[ $fail -eq 0 ] && echo "PASS: identical output and disk contents (force-legacy=$legacy)"
exit $fail
