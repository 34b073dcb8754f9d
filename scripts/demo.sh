#!/bin/sh
# The main demo: Linux 6.1 boots on virt64 (our AArch64 ISS in SystemC, QEMU
# `-M virt` layout), and its virtio_mmio driver drives the modelled
# virtio-blk, virtio-rng, virtio-console and virtio-net devices. The guest's
# init checks each device (it exchanges an Ethernet frame with a small host
# peer on loopback UDP) and powers the machine off through PSCI.
#
# Sets up a fresh Debian 12 machine (packages), builds the simulator, builds
# the kernel and initramfs (cached under ~/.cache/virtio-vp, keyed by their
# inputs: the first run compiles Linux, later runs are instant), then boots.
# Extra arguments are passed to virt64 (e.g. -global virtio-mmio.force-legacy=on).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}

"$ROOT/scripts/setup.sh"
BUILD_DIR="$BUILD_DIR" "$ROOT/scripts/build.sh"
IMAGE=$("$ROOT/sw/linux/build-kernel.sh")
INITRD=$("$ROOT/sw/guest/build-initramfs.sh")

work="$BUILD_DIR/demo"
mkdir -p "$work"
rm -f "$work/hvc0.txt" "$work/ports"
# A 16 MiB disk whose first sector starts with a marker the guest prints.
head -c 16777216 /dev/zero > "$work/disk.img"
printf 'VIRT64-DISK-S0\r\n' | dd of="$work/disk.img" conv=notrunc status=none

# The host end of the guest's network: one Ethernet frame per UDP datagram.
python3 "$ROOT/tests/system/net_peer.py" --ports-file "$work/ports" --timeout 120 \
    > "$work/net_peer.log" 2>&1 &
peer=$!
i=0
while [ ! -s "$work/ports" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
read -r peer_port guest_port < "$work/ports"

echo "=== Booting Linux on virt64 ==="
set -x
SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1 "$BUILD_DIR/platforms/virt64/virt64" \
    -M virt -cpu cortex-a53 -m 256M -nographic \
    -kernel "$IMAGE" -initrd "$INITRD" -append "console=ttyAMA0" \
    -drive file="$work/disk.img",if=none,format=raw,id=hd0 \
    -device virtio-blk-device,drive=hd0,serial=virt64-demo \
    -device virtio-rng-device \
    -device virtio-serial-device -device virtconsole,chardev=c0 \
    -chardev file,id=c0,path="$work/hvc0.txt" \
    -netdev socket,id=n0,udp=127.0.0.1:"$peer_port",localaddr=127.0.0.1:"$guest_port" \
    -device virtio-net-device,netdev=n0 \
    --max-time 60s "$@"
{ set +x; } 2>/dev/null
wait "$peer" || true

echo "=== What the host network peer saw (UDP 127.0.0.1:$peer_port) ==="
cat "$work/net_peer.log"
echo "=== What the guest wrote to the virtio console (/dev/hvc0, host file $work/hvc0.txt) ==="
cat "$work/hvc0.txt"
echo "=== Sector 1 of the disk image after the guest wrote and flushed it ==="
dd if="$work/disk.img" bs=512 skip=1 count=1 status=none | od -A d -c | head -3
