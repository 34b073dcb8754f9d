# shellcheck shell=sh disable=SC2154 # here and work are set by the caller
# Sourced by the Linux system tests (linux_*.sh, blk_fidelity.sh,
# virtio_trace.sh): the pieces they share. The caller sets `here` (this
# directory) and `work` (its work directory) first. Sourcing creates $work,
# finds (building on a cache miss) our guest kernel and the test initramfs
# (sw/linux/build-kernel.sh, sw/guest/build-initramfs.sh) and sets:
#   image   our kernel's Image; kernel (what boot uses) starts as the same
#   initrd  the test initramfs (its /init is sw/guest/init.c)
#   fail    0; check and expect_line set it to 1 on a failed check
# and no_sanitizer_report (no_sanitizer_report.sh).
mkdir -p "$work"
export SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1
image=$("$here/../../sw/linux/build-kernel.sh")
initrd=$("$here/../../sw/guest/build-initramfs.sh")
kernel=$image
fail=0
# shellcheck source=SCRIPTDIR/no_sanitizer_report.sh
. "$here/no_sanitizer_report.sh"

# boot NAME BINARY [option...]: one boot of $kernel and $initrd on BINARY
# (virt64 or qemu-system-aarch64) as -M $machine (default virt), Cortex-A53,
# no graphics, with the options (-m, -append, devices, ...). Stdin is
# /dev/null; the console goes to $work/NAME.out, stderr to NAME.err, the exit
# status to NAME.status and $status, the guest's report (its "virt64-guest:"
# lines less the clock-dependent uptime one, CRs dropped) to NAME.report.
# $boot_timeout (seconds, default 300) bounds the run; $launcher (words, e.g.
# "prlimit --fsize=N") goes in front of the binary.
boot() {
    name=$1 bin=$2
    shift 2
    status=0
    # shellcheck disable=SC2086 # $launcher is words
    ${launcher:-} timeout "${boot_timeout:-300}" "$bin" -M "${machine:-virt}" -cpu cortex-a53 \
        -nographic -kernel "$kernel" -initrd "$initrd" "$@" \
        > "$work/$name.out" 2> "$work/$name.err" < /dev/null || status=$?
    echo "$status" > "$work/$name.status"
    tr -d '\r' < "$work/$name.out" | grep '^virt64-guest:' | grep -v '^virt64-guest: uptime' \
        > "$work/$name.report" || true
}

# blank_disk FILE: a 16 MiB image of zeros.
blank_disk() {
    rm -f "$1"
    head -c 16777216 /dev/zero > "$1"
}

# blk_opts NAME [KEYS]: a blank $work/NAME.img, and on stdout the options that
# attach it as a virtio-blk-device (id hd0) with the extra -device KEYS
# (",key=value..."). The words hold no spaces: use them unquoted.
blk_opts() {
    blank_disk "$work/$1.img"
    echo -drive file="$work/$1.img",if=none,format=raw,id=hd0 \
        -device virtio-blk-device,drive=hd0${2:-}
}

# console_opts NAME: the options of a virtio console whose output goes to the
# host file $work/NAME.hvc0 (removed first).
console_opts() {
    rm -f "$work/$1.hvc0"
    echo -device virtio-serial-device -device virtconsole,chardev=c0 \
        -chardev file,id=c0,path="$work/$1.hvc0"
}

# run_stats NAME: from virt64's --stats in NAME.err, the instruction counts
# ("virt64: N instructions", then "virt64: cpuI: N instructions, idle P%" per
# core with -smp > 1) to NAME.count and the simulated end time to NAME.time.
run_stats() {
    grep -o 'virt64: [0-9]* instructions' "$work/$1.err" > "$work/$1.count" || true
    grep -o 'virt64: cpu[0-9]: [0-9]* instructions, idle [0-9.]*%' "$work/$1.err" \
        >> "$work/$1.count" || true
    grep -o 'simulated .*' "$work/$1.err" > "$work/$1.time" || true
}

# check CONDITION MESSAGE: evaluates CONDITION; if it fails, prints
# "FAIL: MESSAGE" and sets fail=1.
check() {
    if ! eval "$1"; then
        echo "FAIL: $2"
        fail=1
    fi
}

# expect_line NAME LINE: the guest's report NAME.report holds LINE.
expect_line() {
    grep -qx "$2" "$work/$1.report" || { echo "FAIL: $1: no line '$2' in the guest's report"; fail=1; }
}

# sector FILE N: the 512 bytes of sector N of image FILE.
sector() {
    dd if="$1" bs=512 skip="$2" count=1 status=none
}

# repeated TEXT N: TEXT N times (the guest's sector patterns).
repeated() {
    i=0
    while [ $i -lt "$2" ]; do printf '%s' "$1"; i=$((i + 1)); done
}

# finish MESSAGE: prints "PASS: MESSAGE" if nothing failed; exits with $fail.
finish() {
    [ "$fail" = 0 ] && echo "PASS: $1"
    exit "$fail"
}
