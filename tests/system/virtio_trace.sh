#!/bin/sh
# Virtio tracing on a Linux boot (docs/virt64.md "Tracing the virtio devices"):
# the guest kernel and initramfs boot twice on virt64 with virtio-blk, -rng
# and -console, once plain and once with every output on (-trace 'virtio_*'
# to a file, --trace-timeline, --trace-vcd, --stats). Tracing must not change
# the run (same console output, instruction count and simulated end time), the
# timeline must parse as trace-event JSON with one span per request on its
# queue's track and as many spans, bytes and interrupts as the statistics say
# (check_timeline.py), and the VCD must hold the blk transport's signals.
# Two more boots set the blk service time with latency=/bandwidth= (-device,
# then -global): its statistics must follow the configured model; one more
# sets the transports' register latency, which the guest's reads must take.
# Usage: virtio_trace.sh VIRT64 WORKDIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
virt64=$1 work=$2
. "$here/lib.sh"

trace_boot() {  # trace_boot NAME BLK-KEYS [options]
    name=$1 blk_keys=$2
    shift 2
    # shellcheck disable=SC2046 # the options are words without spaces
    boot "$name" "$virt64" -m 256M --stats "$@" -append "console=ttyAMA0" \
        $(blk_opts "$name" "$blk_keys") -device virtio-rng-device,seed=42 $(console_opts "$name")
    run_stats "$name"
}

trace_boot plain ""
trace_boot traced "" -trace "virtio_*,file=$work/traced.log" \
    --trace-timeline "$work/timeline.json" --trace-vcd "$work/traced.vcd"
# The blk service time set on the command line (-device keys, then the same
# through -global): the statistics must follow the configured model.
trace_boot timed ",latency=80us,bandwidth=1200M"
trace_boot timed-global "" -global virtio-blk-device.latency=80us -global virtio-blk-device.bandwidth=1200M
trace_boot reglat "" -global virtio-mmio.register-latency=1us -trace "virtio_mmio_read,file=$work/reglat.log"

check '[ "$(cat "$work/traced.status")" = "$(cat "$work/plain.status")" ]' "exit status differs"
check 'grep -q "reboot: Power down" "$work/traced.out"' "the traced guest did not power down"
check 'cmp -s "$work/plain.out" "$work/traced.out"' "console output differs with tracing"
check '[ -s "$work/plain.count" ] && cmp -s "$work/plain.count" "$work/traced.count"' \
    "instruction counts differ with tracing"
check '[ -s "$work/plain.time" ] && cmp -s "$work/plain.time" "$work/traced.time"' \
    "simulated end times differ with tracing"
check 'cmp -s "$work/plain.img" "$work/traced.img"' "disk images differ with tracing"
# --stats alone (no other tracing) gives the same statistics as the traced run.
grep '^virtio-stats' "$work/plain.err" > "$work/plain.stats" || true
grep '^virtio-stats' "$work/traced.err" > "$work/traced.stats" || true
check 'grep -q "virtio-stats: .*/blk31 queue 0: requests=[1-9]" "$work/plain.stats"' \
    "--stats has no blk statistics"
check 'cmp -s "$work/plain.stats" "$work/traced.stats"' "the statistics differ with tracing on"
check 'grep -q "^\[0\.[0-9]\{9\}\] virtio_set_status virt64.virtio.virtio31/blk31 old=0x0 new=0x1$" "$work/traced.log"' \
    "the text log has no status change of the blk device"
check 'grep -q "virtio_mmio_read virt64.virtio.virtio31/blk31 reg=MagicValue offset=0x000 value=0x74726976" "$work/traced.log"' \
    "the text log has no register read"
check 'python3 "$here/check_timeline.py" "$work/timeline.json" "$work/traced.err" "$work/traced.log" --min-requests 10' \
    "the timeline does not match the statistics"
check 'grep -q "scope module virtio31" "$work/traced.vcd" && grep -q " queue0_in_flight " "$work/traced.vcd" && grep -q " InterruptStatus " "$work/traced.vcd"' \
    "the VCD lacks the blk transport's signals"
check '! grep -q "scope module virtio0 " "$work/traced.vcd"' "the VCD has the empty slots"
# Default blk model: 20 us + bytes / 500e6 B/s; configured: 80 us + bytes / (1200 MiB/s).
# The same requests give p50 and max of 80 us + (t - 20 us) * 500e6 / (1200 * 2^20).
check 'python3 - "$work/plain.err" "$work/timed.err" <<"PY"
import re, sys
def blk(path):
    line = [l for l in open(path) if re.search(r"/blk31 queue 0: ", l)][0]
    return {k: float(v[:-2]) for k, v in re.findall(r"service_(p50|max)=([0-9.]+us)", line)}
default, timed = blk(sys.argv[1]), blk(sys.argv[2])
for k in ("p50", "max"):
    want = 80 + (default[k] - 20) * 500e6 / (1200 * 2**20)
    print(f"blk service {k}: default {default[k]:.3f} us, configured {timed[k]:.3f} us, model {want:.3f} us")
    if abs(timed[k] - want) > 0.002:
        sys.exit(1)
PY' "the blk service time does not follow latency=80us,bandwidth=1200M"
grep '^virtio-stats' "$work/timed-global.err" > "$work/timed-global.stats" || true
grep '^virtio-stats' "$work/timed.err" > "$work/timed.stats" || true
check '[ -s "$work/timed.stats" ] && cmp -s "$work/timed.stats" "$work/timed-global.stats"' \
    "-global virtio-blk-device.latency/bandwidth differ from the -device keys"
# -global virtio-mmio.register-latency=1us: the guest's second probe read
# (Version after MagicValue) comes exactly 1 us later than without it.
gap() {  # ns between the first MagicValue and the first Version read in log $1
    awk '/reg=MagicValue/ && !m { m = substr($1, 2) } /reg=Version/ && !v { v = substr($1, 2) }
         END { printf "%.0f\n", (v - m) * 1e9 }' "$1"
}
echo "probe read gap: $(gap "$work/traced.log") ns plain, $(gap "$work/reglat.log") ns with register-latency=1us"
check '[ $(( $(gap "$work/reglat.log") - $(gap "$work/traced.log") )) = 1000 ]' \
    "-global virtio-mmio.register-latency=1us does not delay the register read by 1 us"
cat "$work/traced.stats"
finish "the traced boot matches the plain one; timeline, statistics and log agree"
