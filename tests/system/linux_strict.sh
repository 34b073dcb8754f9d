#!/bin/sh
# Strict spec-conformance mode (-global virtio-mmio.strict=on) with Linux 6.1:
# the guest boot of linux_boot.sh (virtio-blk, -rng, -console, -net, all
# checked by the guest's init) must pass and report zero violations of the
# virtio 1.2 driver rules (docs/models/virtio-mmio.md, "Strict mode").
# Usage: linux_strict.sh VIRT64 MODE WORKDIR
#   MODE: legacy-split (Version 1), modern-split (Version 2, RING_PACKED not
#   offered) or modern-packed (Version 2; Linux negotiates packed rings)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
virt64=$1 mode=$2 work=$3
case $mode in
    legacy-split) legacy=on extra= layout=split ;;
    modern-split) legacy=off extra="-global virtio-mmio.packed=off" layout=split ;;
    modern-packed) legacy=off extra= layout=packed ;;
    *) echo "unknown mode $mode"; exit 2 ;;
esac
fail=0
# shellcheck disable=SC2086
"$here/linux_boot.sh" "$virt64" - "$legacy" "$work" -global virtio-mmio.strict=on $extra \
    -trace virtio_queue_setup || fail=1
log="$work/virt64.all"  # console and stderr of linux_boot.sh's boot
cat "$work/virt64.out" "$work/virt64.err" > "$log"
grep -a '^virtio-strict:' "$log" || true
if ! grep -aq '^virtio-strict: total 0 violations; 32 of 32 devices without any' "$log"; then
    echo "FAIL: strict mode reported violations (or no summary)"; fail=1
fi
if grep -aq 'virtio/strict' "$log"; then
    echo "FAIL: virtio/strict warnings:"; grep -a -A2 'virtio/strict' "$log"; fail=1
fi
# The boot really used the intended ring layout on all four devices.
n=$(grep -ac "virtio_queue_setup .* layout=$layout " "$log" || true)
other=$(grep -a "virtio_queue_setup" "$log" | grep -vc "layout=$layout " || true)
if [ "$n" -lt 4 ] || [ "$other" != 0 ]; then
    echo "FAIL: expected only $layout rings ($n $layout, $other other queue set-ups)"; fail=1
fi
[ $fail = 0 ] && echo "PASS"
exit $fail
