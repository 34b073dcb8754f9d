#!/bin/sh
# The main demo: unmodified Debian 12 arm64 userland boots on virt64 (our
# AArch64 ISS in SystemC, QEMU `-M virt` layout) from a virtio-blk disk. Its
# /sbin/init (sw/rootfs/init.sh, a busybox sh script) runs Debian's mawk,
# coreutils, python3 and openssl (FP, AdvSIMD, libm, AES/SHA/PMULL, CRC32),
# formats a second virtio disk with Debian's mkfs.ext4, reads the virtio-rng,
# writes to the virtio console, exchanges an Ethernet frame with a small host
# peer over virtio-net, and powers the machine off through PSCI.
#
#   scripts/demo.sh                  the checks, then what the guest left on the host
#   scripts/demo.sh --shell          an interactive busybox shell on the console
#                                    (Debian's programs in $PATH; Ctrl-A x quits,
#                                    as in QEMU; 'poweroff -f' powers off)
#   scripts/demo.sh --debian-kernel  the same with Debian's stock kernel
#                                    (linux-image-6.1.0-*-arm64 + its own modules)
#   scripts/demo.sh --minimal        the small nolibc init instead (no FP/SIMD)
# Further arguments go to virt64 (e.g. -global virtio-mmio.force-legacy=on).
#
# Sets up a fresh Debian 12 machine (packages), builds the simulator, builds
# the kernel and the root filesystem image (cached under ~/.cache/virtio-vp,
# keyed by their inputs: the first run compiles Linux and downloads the
# packages, later runs start at once), then boots.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}

mode="test"
kernel=ours
while [ $# -gt 0 ]; do
    case "$1" in
        --shell) mode=shell ;;
        --debian-kernel) kernel=debian ;;
        --minimal) mode=minimal ;;
        *) break ;;
    esac
    shift
done

"$ROOT/scripts/setup.sh"
BUILD_DIR="$BUILD_DIR" "$ROOT/scripts/build.sh"
VIRT64="$BUILD_DIR/platforms/virt64/virt64"
export SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1

work="$BUILD_DIR/demo"
mkdir -p "$work"
rm -f "$work/hvc0.txt" "$work/ports"

if [ "$mode" = minimal ]; then
    IMAGE=$("$ROOT/sw/linux/build-kernel.sh")
    INITRD=$("$ROOT/sw/guest/build-initramfs.sh")
    # A 16 MiB disk whose first sector starts with a marker the guest prints.
    head -c 16777216 /dev/zero >"$work/disk.img"
    printf 'VIRT64-DISK-S0\r\n' | dd of="$work/disk.img" conv=notrunc status=none
fi
if [ "$mode" != minimal ]; then
    ROOTFS=$("$ROOT/sw/rootfs/build-rootfs.sh")
    if [ "$kernel" = debian ]; then
        KDIR=$("$ROOT/sw/linux/debian-kernel.sh")
        IMAGE="$KDIR/Image"
        INITRD="$KDIR/initramfs.cpio"
        APPEND="console=ttyAMA0 panic=-1"
    else
        IMAGE=$("$ROOT/sw/linux/build-kernel.sh")
        INITRD=""
        APPEND="console=ttyAMA0 root=/dev/vda rootfstype=ext4 ro rootwait panic=-1"
    fi
    [ "$mode" = shell ] && APPEND="$APPEND vp=shell"
    # The scratch disk the guest formats (serial vp-scratch; /dev/vdb).
    rm -f "$work/scratch.img"
    truncate -s 64M "$work/scratch.img"
fi

# The host end of the guest's network: one Ethernet frame per UDP datagram.
python3 "$ROOT/tests/system/net_peer.py" --ports-file "$work/ports" --timeout 600 \
    >"$work/net_peer.log" 2>&1 &
peer=$!
i=0
while [ ! -s "$work/ports" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
read -r peer_port guest_port <"$work/ports"
net="-netdev socket,id=n0,udp=127.0.0.1:$peer_port,localaddr=127.0.0.1:$guest_port -device virtio-net-device,netdev=n0"
console="-device virtio-serial-device -device virtconsole,chardev=c0 -chardev file,id=c0,path=$work/hvc0.txt"

if [ "$mode" = minimal ]; then
    echo "=== Booting Linux on virt64 (nolibc init) ==="
    set -x
    # shellcheck disable=SC2086 # option lists are meant to split
    "$VIRT64" -M virt -cpu cortex-a53 -m 256M -nographic \
        -kernel "$IMAGE" -initrd "$INITRD" -append "console=ttyAMA0" \
        -drive file="$work/disk.img",if=none,format=raw,id=hd0 \
        -device virtio-blk-device,drive=hd0,serial=virt64-demo \
        -device virtio-rng-device $console $net --max-time 60s "$@"
    { set +x; } 2>/dev/null
else
    limit="--max-time 900s"
    if [ "$mode" = shell ]; then
        limit=""
        echo "=== Debian 12 on virt64: busybox shell on the console. Ctrl-A x quits. ==="
    else
        echo "=== Booting Debian 12 arm64 userland on virt64 ($kernel kernel) ==="
    fi
    initrd_opt=""
    [ -n "$INITRD" ] && initrd_opt="-initrd $INITRD"
    set -x
    # shellcheck disable=SC2086 # option lists are meant to split
    "$VIRT64" -M virt -cpu cortex-a53 -m 512M -nographic \
        -kernel "$IMAGE" $initrd_opt -append "$APPEND" \
        -drive file="$work/scratch.img",if=none,format=raw,id=scratch \
        -device virtio-blk-device,drive=scratch,serial=vp-scratch \
        -drive file="$ROOTFS",if=none,format=raw,id=rootfs,readonly=on \
        -device virtio-blk-device,drive=rootfs,serial=vp-rootfs \
        -device virtio-rng-device $console $net $limit "$@"
    { set +x; } 2>/dev/null
fi
kill "$peer" 2>/dev/null || true
wait "$peer" 2>/dev/null || true

echo "=== What the host network peer saw (UDP 127.0.0.1:$peer_port) ==="
cat "$work/net_peer.log"
echo "=== What the guest wrote to the virtio console (/dev/hvc0, host file $work/hvc0.txt) ==="
cat "$work/hvc0.txt" 2>/dev/null || true
if [ "$mode" = minimal ]; then
    echo "=== Sector 1 of the disk image after the guest wrote and flushed it ==="
    dd if="$work/disk.img" bs=512 skip=1 count=1 status=none | od -A d -c | head -3
else
    echo "=== The scratch disk after the guest formatted it ($work/scratch.img, read with the host's debugfs) ==="
    if e2fsck -f -n "$work/scratch.img" >/dev/null 2>&1; then
        echo "host e2fsck: clean"
        debugfs -R "ls -l /" "$work/scratch.img" 2>/dev/null | sed 's/^/  /'
        echo "hello.txt: $(debugfs -R 'cat /hello.txt' "$work/scratch.img" 2>/dev/null)"
    else
        echo "(no consistent ext4 on it: the guest did not format it)"
    fi
fi
