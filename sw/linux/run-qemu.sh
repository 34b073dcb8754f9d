#!/bin/sh
# Boots the virt64 guest (kernel + test initramfs) on QEMU `-M virt` with the
# same virtio-mmio devices the virt64 platform has, and checks the outcome:
# the init reports "all checks done", QEMU exits by PSCI SYSTEM_OFF, sector 1
# of the disk holds the pattern the init wrote, and the virtio console got its
# line. The reference run our own platform is compared against.
#   sw/linux/run-qemu.sh [--count] [--keep] [--modern] [--packed-dtb]
#     --count       also count executed guest instructions (TCG plugin)
#     --keep        keep the work directory (console log, disk, hvc0 output)
#     --modern      virtio-mmio Version 2 registers (QEMU defaults to legacy)
#     --packed-dtb  boot with QEMU's DTB packed (7.5 KB instead of 1 MiB), as
#                   virt64 will: the kernel CRC32s the whole blob at boot
#   QEMU_EXTRA="..." adds QEMU options (e.g. a virtio-net-device).
# Exit status 0 when every check passes.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=SCRIPTDIR/linux-source.sh
. "$here/linux-source.sh"

count=0
keep=0
packed_dtb=0
machine_opts=""
for arg in "$@"; do
    case "$arg" in
        --count) count=1 ;;
        --keep) keep=1 ;;
        --modern) machine_opts="$machine_opts -global virtio-mmio.force-legacy=false" ;;
        --packed-dtb) packed_dtb=1 ;;
        *) vp_die "unknown option $arg (use --count, --keep, --modern, --packed-dtb)" ;;
    esac
done

vp_need_tools qemu-system-aarch64:qemu-system-arm
image=$("$here/build-kernel.sh")
initrd=$("$here/../guest/build-initramfs.sh")

work=$(mktemp -d "${TMPDIR:-/tmp}/virt64-qemu.XXXXXX")
if [ "$keep" = 0 ]; then
    trap 'rm -rf "$work"' EXIT
fi

# 1 MiB disk; sector 0 starts with a known 16-byte marker the init prints.
head -c 1048576 /dev/zero >"$work/disk.img"
printf 'VIRT64-DISK-S0\r\n' | dd of="$work/disk.img" conv=notrunc status=none

plugin=""
if [ "$count" = 1 ]; then
    cc -shared -fPIC -O2 -o "$work/qemu-insn-count.so" "$here/qemu-insn-count.c"
    plugin="-plugin $work/qemu-insn-count.so -d plugin"
fi

qemu() {
    # shellcheck disable=SC2086 # the option lists are meant to split
    timeout 300 qemu-system-aarch64 -M virt -cpu cortex-a53 -m 256M -nographic -no-reboot \
        -nic none -append "console=ttyAMA0" \
        -drive file="$work/disk.img",if=none,format=raw,id=hd -device virtio-blk-device,drive=hd \
        -device virtio-rng-device \
        -device virtio-serial-device -device virtconsole,chardev=c0 \
        -chardev file,id=c0,path="$work/hvc0.txt" \
        $machine_opts ${QEMU_EXTRA:-} "$@" </dev/null
}

if [ "$packed_dtb" = 1 ]; then
    vp_need_tools dtc:device-tree-compiler
    qemu -kernel "$image" -machine dumpdtb="$work/virt.dtb" >/dev/null 2>&1 || true
    [ -f "$work/virt.dtb" ] || vp_die "QEMU did not dump its device tree"
    dtc -q -I dtb -O dtb -o "$work/virt-packed.dtb" "$work/virt.dtb"
    machine_opts="$machine_opts -dtb $work/virt-packed.dtb"
fi

start=$(date +%s%N)
set +e
# shellcheck disable=SC2086 # $plugin is empty or a list of options
qemu -kernel "$image" -initrd "$initrd" $plugin >"$work/console.log" 2>&1
status=$?
set -e
end=$(date +%s%N)
tr -d '\r' <"$work/console.log"

failed=0
check() {
    what=$1
    shift
    if "$@"; then
        echo "run-qemu: PASS: $what"
    else
        echo "run-qemu: FAIL: $what"
        failed=1
    fi
}
expected=$(i=0; while [ $i -lt 32 ]; do printf 'VIRT64-SECTOR-1!'; i=$((i + 1)); done)
sector1=$(dd if="$work/disk.img" bs=512 skip=1 count=1 status=none)
check "QEMU exited by itself (status $status)" [ "$status" = 0 ]
check "init reported all checks done" grep -q "virt64-guest: all checks done" "$work/console.log"
check "kernel powered off" grep -q "reboot: Power down" "$work/console.log"
check "sector 1 holds the pattern" [ "$sector1" = "$expected" ]
check "virtio console received its line" grep -q "hello from /dev/hvc0" "$work/hvc0.txt"
echo "run-qemu: wall time $(( (end - start) / 1000000 )) ms (QEMU start to exit)"
echo "run-qemu: kernel $image ($(stat -c %s "$image") bytes)"
echo "run-qemu: initramfs $initrd ($(stat -c %s "$initrd") bytes)"
[ "$keep" = 0 ] || echo "run-qemu: outputs kept in $work"
exit "$failed"
