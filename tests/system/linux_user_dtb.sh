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
. "$here/lib.sh"

run() {  # run NAME [options]: one virt64 boot with the test's devices
    name=$1
    shift
    # shellcheck disable=SC2046 # the options are words without spaces
    boot "$name" "$virt64" --max-time 30s "$@" $(blk_opts "$name" ,serial=virt64-test) \
        -device virtio-rng-device,seed=7 $(console_opts "$name")
}

rm -f "$work/user.dtb"
machine=virt,dumpdtb="$work/user.dtb"
run dump -m 128M -append "console=ttyAMA0 from-the-dump"
machine=virt
check '[ "$(cat "$work/dump.status")" = 0 ] && [ -s "$work/user.dtb" ]' "-M virt,dumpdtb did not write the tree"
check 'dtc -q -I dtb -O dts "$work/user.dtb" > "$work/user.dts"' "dtc does not read the dumped tree"
check 'grep -q "from-the-dump" "$work/user.dts"' "the dumped tree does not hold the dump's bootargs"

run generated -m 256M -append "console=ttyAMA0"
run user -m 256M -append "console=ttyAMA0" -dtb "$work/user.dtb"
for name in generated user; do
    check 'no_sanitizer_report "$work/$name.err"' "$name: virt64 printed a sanitizer report"
    check '[ "$(cat "$work/$name.status")" = 0 ]' "$name: exit status $(cat "$work/$name.status") (expected 0 after power-off)"
    check 'grep -q "^virt64-guest: all checks done" "$work/$name.report"' "$name: the guest's init did not pass its checks"
    check 'grep -q "Kernel command line: console=ttyAMA0.\?$" "$work/$name.out"' "$name: the kernel did not get -append's command line"
done
cat "$work/user.report"
check 'grep -q "^Memory: .*/262144K available" "$work/user.out"' "user: the kernel does not see -m 256M (memory node not patched)"
check 'diff -u "$work/generated.out" "$work/user.out"' "the kernel console differs between the generated tree and the user -dtb"
check 'cmp "$work/generated.hvc0" "$work/user.hvc0"' "the virtio console output differs"
check 'cmp "$work/generated.img" "$work/user.img"' "the disk images differ"
finish "the guest booted identically with the dumped tree given back as -dtb"
