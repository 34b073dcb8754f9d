#!/bin/sh
# Debian userland system test: the Debian 12 arm64 test image
# (sw/rootfs/build-rootfs.sh, /sbin/init = sw/rootfs/init.sh) boots from
# virtio-blk on each given emulator, with either our kernel (sw/linux,
# root=/dev/vda) or Debian's stock kernel with an initramfs that insmods its
# own virtio/ext4 modules (sw/linux/debian-kernel.sh). The init's report
# (everything between "vp-test: begin" and "vp-test: end", plus the
# initramfs's module lines) must be identical on all emulators, and the host
# checks what the guest left behind: the scratch disk's ext4 (host e2fsck, file
# contents read back with debugfs and compared with data the host computes
# itself, including the AES-128-CTR keystream from the host's openssl), the
# virtio console's line and the network peer's exchange.
#
# Usage: debian_boot.sh KERNEL(ours|debian) LEGACY(on|off) WORKDIR NAME=EMULATOR...
#   NAME is virt64 or qemu (it selects the options), e.g.
#   debian_boot.sh ours off /tmp/w virt64=build/platforms/virt64/virt64 qemu=qemu-system-aarch64
# Environment: VIRT64_MAX_TIME (simulated-time limit, default 600s),
#   VP_BOOT_TIMEOUT (wall-clock limit per boot in seconds, default 900).
# shellcheck disable=SC2016 # check() evaluates single-quoted conditions
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
kernel_kind=$1 legacy=$2 work=$3
shift 3
[ $# -ge 1 ] || { echo "usage: $0 ours|debian on|off WORKDIR NAME=EMULATOR..." >&2; exit 2; }
mkdir -p "$work"
export SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1

rootfs=$("$root/sw/rootfs/build-rootfs.sh")
case "$kernel_kind" in
    ours)
        # Gzip-compressed, as distributions ship arm64 kernels: QEMU and virt64
        # both inflate an Image.gz given to -kernel.
        gzip -6 -n -c "$("$root/sw/linux/build-kernel.sh")" >"$work/Image.gz"
        kernel="$work/Image.gz"
        initrd_opt=""
        append="console=ttyAMA0 root=/dev/vda rootfstype=ext4 ro rootwait panic=-1"
        ;;
    debian)
        kdir=$("$root/sw/linux/debian-kernel.sh")
        kernel="$kdir/Image"
        initrd_opt="-initrd $kdir/initramfs.cpio"
        append="console=ttyAMA0 panic=-1"
        ;;
    *) echo "unknown kernel '$kernel_kind' (ours or debian)" >&2; exit 2 ;;
esac

boot() {  # boot NAME BINARY
    name=$1 bin=$2
    extra=""
    case "$name" in
        virt64*) extra="--max-time ${VIRT64_MAX_TIME:-600s}" ;;
        qemu*) extra="-nic none -no-reboot" ;;
    esac
    # The network peer picks its own port and a free one for the emulator.
    rm -f "$work/$name.ports" "$work/$name.peer" "$work/$name.hvc0"
    python3 "$root/tests/system/net_peer.py" --ports-file "$work/$name.ports" --timeout 900 \
        >"$work/$name.peer" 2>&1 </dev/null &
    peer=$!
    i=0
    while [ ! -s "$work/$name.ports" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
    read -r peer_port guest_port <"$work/$name.ports" ||
        { echo "FAIL: net_peer.py did not start"; kill "$peer" 2>/dev/null; exit 1; }
    # The scratch disk the init formats (serial vp-scratch); the root image is
    # shared read-only. The scratch disk comes first: QEMU's virt (and virt64)
    # give the first -device the highest virtio-mmio slot, which Linux probes
    # last, so the root image becomes /dev/vda and the scratch disk /dev/vdb.
    rm -f "$work/$name.scratch.img"
    truncate -s 64M "$work/$name.scratch.img"
    status=0
    start=$(date +%s%N)
    # shellcheck disable=SC2086 # option lists are meant to split
    timeout "${VP_BOOT_TIMEOUT:-900}" "$bin" -M virt -cpu cortex-a53 -m 512M -nographic $extra \
        -kernel "$kernel" $initrd_opt -append "$append" \
        -global virtio-mmio.force-legacy="$legacy" \
        -drive file="$work/$name.scratch.img",if=none,format=raw,id=scratch \
        -device virtio-blk-device,drive=scratch,serial=vp-scratch \
        -drive file="$rootfs",if=none,format=raw,id=rootfs,readonly=on \
        -device virtio-blk-device,drive=rootfs,serial=vp-rootfs \
        -device virtio-rng-device \
        -device virtio-serial-device -device virtconsole,chardev=c0 \
        -chardev file,id=c0,path="$work/$name.hvc0" \
        -netdev socket,id=n0,udp=127.0.0.1:"$peer_port",localaddr=127.0.0.1:"$guest_port" \
        -device virtio-net-device,netdev=n0,mac=52:54:00:12:34:56 \
        >"$work/$name.log" 2>&1 </dev/null || status=$?
    end=$(date +%s%N)
    echo "$name: exit status $status, $(( (end - start) / 1000000 )) ms wall"
    i=0
    while kill -0 "$peer" 2>/dev/null && [ $i -lt 20 ]; do sleep 0.1; i=$((i + 1)); done
    kill "$peer" 2>/dev/null || true
    peer_status=0
    wait "$peer" || peer_status=$?
    echo "$peer_status" >"$work/$name.peerstatus"
    echo "$status" >"$work/$name.status"
    tr -d '\r' <"$work/$name.log" >"$work/$name.console"
    { grep '^vp-initramfs:' "$work/$name.console" || true
      sed -n '/^vp-test: begin$/,/^vp-test: end/p' "$work/$name.console"; } >"$work/$name.report"
}

fail=0
# shellcheck disable=SC2016 # the checks are eval'ed strings
check() { if ! eval "$1"; then echo "FAIL: $2"; fail=1; fi; }
. "$here/../no_sanitizer_report.sh"

# What the host computes itself for the scratch-disk checks.
seq 1 50000 >"$work/expect.numbers"
head -c 1048576 /dev/zero | openssl enc -aes-128-ctr -K 000102030405060708090a0b0c0d0e0f \
    -iv f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff >"$work/expect.aes"

first=""
for spec in "$@"; do
    name=${spec%%=*} bin=${spec#*=}
    boot "$name" "$bin"
    echo "--- $name: console $work/$name.console, report $work/$name.report"
    r="$work/$name.report"
    check '[ "$(cat "$work/$name.status")" = 0 ]' "$name exit status $(cat "$work/$name.status") (expected 0 after poweroff)"
    check 'no_sanitizer_report "$work/$name.log"' "$name printed a sanitizer report"
    check 'grep -q "^vp-test: end, 0 failed" "$r"' "$name: the test init did not finish, or reported failures"
    check '! grep -q "FAIL" "$r"' "$name: the report has FAIL lines"
    grep "FAIL" "$r" | head -n 20 || true
    check 'grep -q "vp-test: hello from /dev/hvc0" "$work/$name.hvc0"' "$name: the virtio console line is not in the host file"
    check '[ "$(cat "$work/$name.peerstatus")" = 0 ]' "$name: net_peer.py did not get the guest's frame and answer"
    check 'grep -q "^net rx: \"hello from the host\"" "$r"' "$name: the guest did not receive the peer's frame"
    # The scratch disk: a consistent ext4 (metadata checksums computed by the
    # guest kernel's crc32c) holding exactly what the guest wrote.
    img="$work/$name.scratch.img"
    check 'e2fsck -f -n "$img" >"$work/$name.fsck" 2>&1' "$name: host e2fsck finds the scratch ext4 inconsistent ($work/$name.fsck)"
    check '[ "$(debugfs -R "cat /hello.txt" "$img" 2>/dev/null)" = "hello from the Debian guest" ]' "$name: /hello.txt on the scratch disk"
    rm -f "$work/$name.numbers" "$work/$name.aes"
    debugfs -R "dump /numbers.txt $work/$name.numbers" "$img" >/dev/null 2>&1 || true
    debugfs -R "dump /aes-ctr.bin $work/$name.aes" "$img" >/dev/null 2>&1 || true
    check 'cmp -s "$work/expect.numbers" "$work/$name.numbers"' "$name: /numbers.txt is not seq 1 50000"
    check 'cmp -s "$work/expect.aes" "$work/$name.aes"' "$name: /aes-ctr.bin differs from the host openssl's AES-128-CTR keystream"
    check '[ "$(debugfs -R "ls -p /many" "$img" 2>/dev/null | grep -c "/f[0-9]*/")" = 200 ]' "$name: /many does not hold 200 files"
    if [ -z "$first" ]; then
        first=$name
        cat "$r"
    else
        check 'diff -u "$work/$first.report" "$r"' "the report differs between $first and $name"
        check 'cmp -s "$work/$first.hvc0" "$work/$name.hvc0"' "console output differs between $first and $name"
    fi
done
[ $fail = 0 ] && echo "PASS"
exit $fail
