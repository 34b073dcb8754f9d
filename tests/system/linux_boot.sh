#!/bin/sh
# Linux system test: the guest kernel and initramfs (sw/linux, sw/guest; built
# once and cached) boot on virt64 with virtio-blk, -rng and -console, and the
# guest's init checks every device. A virtio-net card on a UDP netdev talks to
# net_peer.py: the guest sends one raw Ethernet frame and must get the peer's
# answer back. With a QEMU binary given, the same boot
# runs on qemu-system-aarch64 -M virt too, and the guest's report, the disk
# image and the console output must be identical on both.
# Usage: linux_boot.sh VIRT64 QEMU|- LEGACY(on|off) WORKDIR [VIRT64 OPTION...]
# (further options go to virt64 only, e.g. -global virtio-mmio.strict=on)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
virt64=$1 qemu=$2 legacy=$3 work=$4
shift 4
virt64_extra="$*"  # words without spaces
. "$here/lib.sh"

# net_boot NAME BINARY [extra options]: boot (lib.sh) with the test's devices
# and a virtio-net card talking to its own net_peer.py.
net_boot() {
    name=$1 bin=$2
    shift 2
    # The network peer picks its own port and a free one for the emulator, so
    # parallel runs (legacy on/off, other build trees) never share a port.
    rm -f "$work/$name.ports" "$work/$name.peer"
    python3 "$here/net_peer.py" --ports-file "$work/$name.ports" --timeout 300 \
        > "$work/$name.peer" 2>&1 < /dev/null &
    peer=$!
    i=0
    while [ ! -s "$work/$name.ports" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
    read -r peer_port guest_port < "$work/$name.ports" ||
        { echo "FAIL: net_peer.py did not start"; kill "$peer" 2>/dev/null; cat "$work/$name.peer"; exit 1; }
    disk=$(blk_opts "$name" ,serial=virt64-test)
    printf 'VIRT64-DISK-S0\r\n' | dd of="$work/$name.img" conv=notrunc status=none
    # shellcheck disable=SC2046,SC2086 # the options are words without spaces
    boot "$name" "$bin" -m 256M "$@" -append "console=ttyAMA0" \
        -global virtio-mmio.force-legacy="$legacy" $disk -device virtio-rng-device \
        $(console_opts "$name") \
        -netdev socket,id=n0,udp=127.0.0.1:"$peer_port",localaddr=127.0.0.1:"$guest_port" \
        -device virtio-net-device,netdev=n0,mac=52:54:00:12:34:56
    # The peer exits by itself once it has answered; if it has not by now, it
    # never saw the guest's frame.
    i=0
    while kill -0 "$peer" 2>/dev/null && [ $i -lt 20 ]; do sleep 0.1; i=$((i + 1)); done
    kill "$peer" 2>/dev/null || true
    peer_status=0
    wait "$peer" || peer_status=$?
    echo "$peer_status" > "$work/$name.peerstatus"
}

# shellcheck disable=SC2086
net_boot virt64 "$virt64" --max-time 30s $virt64_extra
echo "--- virt64 console: $work/virt64.out, stderr: $work/virt64.err"
check 'no_sanitizer_report "$work/virt64.err"' "virt64 printed a sanitizer report"
cat "$work/virt64.report"
check '[ "$(cat "$work/virt64.status")" = 0 ]' "virt64 exit status $(cat "$work/virt64.status") (expected 0 after PSCI SYSTEM_OFF)"
check 'grep -q "virt64-guest: all checks done" "$work/virt64.report"' "the guest did not finish its checks"
check '! grep -q "FAIL" "$work/virt64.report"' "the guest reported a failed check"
check 'grep -q "reboot: Power down" "$work/virt64.out"' "the kernel did not power down"
check 'grep -q "device id 0x0002 (blk), driver virtio_blk" "$work/virt64.report"' "virtio_blk did not bind"
check 'grep -q "device id 0x0004 (rng), driver virtio_rng" "$work/virt64.report"' "virtio_rng did not bind"
check 'grep -q "device id 0x0003 (console), driver virtio_console" "$work/virt64.report"' "virtio_console did not bind"
check 'grep -q "hello from /dev/hvc0" "$work/virt64.hvc0"' "the virtio console output is not in the host file"
check 'grep -q "device id 0x0001 (net), driver virtio_net" "$work/virt64.report"' "virtio_net did not bind"
cat "$work/virt64.peer"
check '[ "$(cat "$work/virt64.peerstatus")" = 0 ]' "net_peer.py exit status $(cat "$work/virt64.peerstatus") (expected 0: it got the guest's frame and answered)"
check 'grep -q "^virt64-guest: ok: net tx" "$work/virt64.report"' "the guest did not send its frame"
check 'grep -q "^virt64-guest: ok: net rx \"hello from the host\"" "$work/virt64.report"' "the guest did not receive the peer's frame"
# The init wrote "VIRT64-SECTOR-1!" x 32 to sector 1 and fsync'ed it.
check '[ "$(sector "$work/virt64.img" 1 | tr -d "\0")" = "$(repeated VIRT64-SECTOR-1! 32)" ]' \
    "sector 1 of the image does not hold what the guest wrote"

if [ "$qemu" != "-" ]; then
    net_boot qemu "$qemu" -nic none
    check '[ "$(cat "$work/qemu.status")" = 0 ]' "qemu exit status $(cat "$work/qemu.status")"
    check '[ "$(cat "$work/qemu.peerstatus")" = 0 ]' "net_peer.py exit status $(cat "$work/qemu.peerstatus") on qemu"
    check 'diff -u "$work/qemu.report" "$work/virt64.report"' "guest report differs between qemu and virt64"
    check 'cmp "$work/qemu.img" "$work/virt64.img"' "disk images differ between qemu and virt64"
    check 'cmp "$work/qemu.hvc0" "$work/virt64.hvc0"' "console output differs between qemu and virt64"
fi
finish "Linux booted with every virtio device checked by the guest"
