#!/bin/sh
# Linux boots with a user -dtb (issue 10): virt64 dumps its device tree
# (-M virt,dumpdtb=FILE) for a 128 MiB machine with other bootargs, then the
# same guest boots twice with 256 MiB: once on the generated tree and once with
# -dtb FILE, which virt64 validates and patches as QEMU does (memory node from
# -m, /chosen bootargs from -append, initrd range from -initrd). The guest must
# reach its init and pass its checks on both, and the kernel console, the
# virtio console and the disk must be byte-identical: the patched tree
# describes the same machine.
# Usage: linux_user_dtb.sh VIRT64 WORKDIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
virt64=$1 work=$2
mkdir -p "$work"
export SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1
. "$here/no_sanitizer_report.sh"

image=$("$here/../../sw/linux/build-kernel.sh")
initrd=$("$here/../../sw/guest/build-initramfs.sh")

run() {  # run NAME [options]: one virt64 run with the test's devices
    name=$1
    shift
    rm -f "$work/$name.hvc0"
    head -c 16777216 /dev/zero > "$work/$name.img"
    status=0
    timeout 300 "$virt64" -cpu cortex-a53 -nographic --max-time 30s "$@" \
        -kernel "$image" -initrd "$initrd" \
        -drive file="$work/$name.img",if=none,format=raw,id=hd0 \
        -device virtio-blk-device,drive=hd0,serial=virt64-test \
        -device virtio-rng-device,seed=7 \
        -device virtio-serial-device -device virtconsole,chardev=c0 \
        -chardev file,id=c0,path="$work/$name.hvc0" \
        > "$work/$name.log" 2> "$work/$name.err" < /dev/null || status=$?
    echo "$status" > "$work/$name.status"
}

fail=0
check() { if ! eval "$1"; then echo "FAIL: $2"; fail=1; fi; }

rm -f "$work/user.dtb"
run dump -M virt,dumpdtb="$work/user.dtb" -m 128M -append "console=ttyAMA0 from-the-dump"
check '[ "$(cat "$work/dump.status")" = 0 ] && [ -s "$work/user.dtb" ]' "-M virt,dumpdtb did not write the tree"
check 'dtc -q -I dtb -O dts "$work/user.dtb" > "$work/user.dts"' "dtc does not read the dumped tree"
check 'grep -q "from-the-dump" "$work/user.dts"' "the dumped tree does not hold the dump's bootargs"

run generated -M virt -m 256M -append "console=ttyAMA0"
run user -M virt -m 256M -append "console=ttyAMA0" -dtb "$work/user.dtb"
for name in generated user; do
    check 'no_sanitizer_report "$work/$name.err"' "$name: virt64 printed a sanitizer report"
    check '[ "$(cat "$work/$name.status")" = 0 ]' "$name: exit status $(cat "$work/$name.status") (expected 0 after power-off)"
    check 'grep -q "^virt64-guest: all checks done" "$work/$name.log"' "$name: the guest's init did not pass its checks"
    check 'grep -q "Kernel command line: console=ttyAMA0.\?$" "$work/$name.log"' "$name: the kernel did not get -append's command line"
done
grep '^virt64-guest:' "$work/user.log" || true
check 'grep -q "^Memory: .*/262144K available" "$work/user.log"' "user: the kernel does not see -m 256M (memory node not patched)"
check 'diff -u "$work/generated.log" "$work/user.log"' "the kernel console differs between the generated tree and the user -dtb"
check 'cmp "$work/generated.hvc0" "$work/user.hvc0"' "the virtio console output differs"
check 'cmp "$work/generated.img" "$work/user.img"' "the disk images differ"
[ $fail = 0 ] && echo "PASS: the guest booted identically with the dumped tree given back as -dtb"
exit $fail
