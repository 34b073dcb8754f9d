#!/bin/sh
# Linux 6.1's virtio_net under injected faults (issue 9 section 4), with the
# test init (sw/guest/init.c) exchanging raw frames with tests/system/net_peer.py:
#   flap: -device virtio-net-device,...,link-down-at=12s,link-up-at=13s
#         (VIRTIO_NET_F_STATUS): the guest's first exchange works, it sees
#         /sys/class/net/eth0/carrier go to 0 and back to 1, and a second
#         exchange works (virt64.test=netflap).
#   irq:  -device virtio-net-device,...,irq-drop-request=2,irq-drop-queue=0:
#         the interrupt of the second received frame is dropped; the guest's
#         receive reports a timeout (no hang), the third exchange brings the
#         late frame and its own (virt64.test=netirq).
# In both, virt64 must exit normally (the guest powers off) with no sanitizer
# report, and report the injected faults on stderr.
# Usage: linux_fault_net.sh VIRT64 WORKDIR flap|irq
set -eu
here=$(cd "$(dirname "$0")" && pwd)
virt64=$1 work=$2 mode=$3
mkdir -p "$work"
export SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1
. "$here/no_sanitizer_report.sh"

case $mode in
flap) test=netflap replies=2 faults=link-down-at=12s,link-up-at=13s ;;
irq) test=netirq replies=3 faults=irq-drop-request=2,irq-drop-queue=0 ;;
*) echo "usage: $0 VIRT64 WORKDIR flap|irq" >&2; exit 2 ;;
esac

image=$("$here/../../sw/linux/build-kernel.sh")
initrd=$("$here/../../sw/guest/build-initramfs.sh")

rm -f "$work/$mode.ports" "$work/$mode.peer"
python3 "$here/net_peer.py" --ports-file "$work/$mode.ports" --timeout 300 --replies "$replies" \
    > "$work/$mode.peer" 2>&1 < /dev/null &
peer=$!
i=0
while [ ! -s "$work/$mode.ports" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
read -r peer_port guest_port < "$work/$mode.ports" ||
    { echo "FAIL: net_peer.py did not start"; kill "$peer" 2>/dev/null; cat "$work/$mode.peer"; exit 1; }

status=0
timeout 300 "$virt64" -M virt -cpu cortex-a53 -m 256M -nographic \
    --max-time 60s -kernel "$image" -initrd "$initrd" \
    -append "console=ttyAMA0 virt64.test=$test" \
    -netdev socket,id=n0,udp=127.0.0.1:"$peer_port",localaddr=127.0.0.1:"$guest_port" \
    -device virtio-net-device,netdev=n0,mac=52:54:00:12:34:56,"$faults" \
    > "$work/$mode.log" 2> "$work/$mode.stderr" < /dev/null || status=$?
i=0
while kill -0 "$peer" 2>/dev/null && [ $i -lt 20 ]; do sleep 0.1; i=$((i + 1)); done
kill "$peer" 2>/dev/null || true
peer_status=0
wait "$peer" || peer_status=$?

fail=0
check() { if ! eval "$1"; then echo "FAIL: $2"; fail=1; fi; }
guest() { grep -q "^virt64-guest: $1" "$work/$mode.log"; }
grep '^virt64-guest:' "$work/$mode.log" || true
echo "--- net_peer ($work/$mode.peer):"
cat "$work/$mode.peer"
echo "--- virt64 stderr ($work/$mode.stderr):"
cat "$work/$mode.stderr"
check 'no_sanitizer_report "$work/$mode.stderr"' "virt64 printed a sanitizer report"
check '[ "$status" = 0 ]' "virt64 exit status $status (expected 0: the guest powers off)"
check '[ "$peer_status" = 0 ]' "net_peer.py exit status $peer_status (expected 0: $replies frames answered)"
case $mode in
flap)
    check 'guest "ok: net rx \"hello from the host #1\""' "the first exchange failed"
    check 'guest "ok: netflap: carrier 1 after the first exchange"' "carrier was not 1 before the flap"
    check 'guest "ok: netflap: carrier down"' "the guest did not see the carrier go down"
    check 'guest "ok: netflap: carrier up again"' "the guest did not see the carrier come back"
    check 'guest "ok: net rx \"hello from the host #2\""' "the exchange after the flap failed"
    check 'grep -q "link down at 12 s" "$work/$mode.stderr"' "virt64 did not report the link going down at 12 s"
    check 'grep -q "link up at 13 s" "$work/$mode.stderr"' "virt64 did not report the link coming up at 13 s"
    ;;
irq)
    check 'guest "ok: net rx \"hello from the host #1\""' "the first exchange failed"
    check 'guest "ok: netirq: receive timed out after 2000 ms"' "the guest did not report the receive timeout"
    check 'grep -q "dropped the interrupt of completion 2 of queue 0" "$work/$mode.stderr"' \
        "virt64 did not report the dropped interrupt"
    check 'guest "ok: netirq: net rx \"hello from the host #2\""' "the late frame did not arrive after the next exchange"
    check 'guest "ok: netirq: net rx \"hello from the host #3\""' "the third exchange failed"
    ;;
esac
check 'guest "all checks done"' "the guest's checks did not all pass"
check 'grep -q "reboot: Power down" "$work/$mode.log"' "the kernel did not power down"
[ $fail = 0 ] && echo "PASS: Linux virtio_net under the $mode fault"
exit $fail
