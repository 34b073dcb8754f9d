#!/bin/sh
# Timing fidelity of virtio-blk as the guest sees it: the test initramfs's init
# in "vp.fidelity" mode times 64 O_DIRECT reads and 64 writes of 4 KiB and of
# 64 KiB on /dev/vda with clock_gettime (sw/guest/init.c). It runs with a
# zero-time disk (latency=0,bandwidth=0) and with two configured service times;
# the guest-measured time per request minus the zero-time one must be the
# configured model, latency + bytes / bandwidth, within 5 % for every size and
# direction. Prints the table recorded in docs/benchmarks.md.
# Usage: blk_fidelity.sh VIRT64 WORKDIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
virt64=$1 work=$2
. "$here/lib.sh"

run() {  # run NAME BLK-KEYS
    # shellcheck disable=SC2046 # the options are words without spaces
    boot "$1" "$virt64" -m 256M -append "console=ttyAMA0 vp.fidelity" $(blk_opts "$1" "$2")
    grep '^virt64-guest: fidelity ' "$work/$1.report" > "$work/$1.times" || true
}

run zero ",latency=0,bandwidth=0"
run ssd ",latency=80us,bandwidth=1200M"
run slow ",latency=10us,bandwidth=100M"

python3 - "$work" <<'PY'
import re, sys
work = sys.argv[1]
settings = [("ssd", "latency=80us,bandwidth=1200M", 80e-6, 1200 * 2**20),
            ("slow", "latency=10us,bandwidth=100M", 10e-6, 100 * 2**20)]

def times(name):
    out = {}
    for line in open(f"{work}/{name}.times"):
        m = re.match(r"virt64-guest: fidelity (read|write) (\d+): \d+ requests, (\d+) ns each", line)
        if m:
            out[(m.group(1), int(m.group(2)))] = int(m.group(3))
    return out

zero = times("zero")
if len(zero) != 4:
    sys.exit(f"FAIL: the zero-time run printed {len(zero)} of 4 fidelity lines (see {work}/zero.out)")
print("| setting | request | zero-time guest ns | configured guest ns | difference ns | model ns | error |")
print("| --- | --- | --- | --- | --- | --- | --- |")
fail = False
for name, keys, latency, bandwidth in settings:
    measured = times(name)
    for key in sorted(zero):
        if key not in measured:
            print(f"FAIL: {name}: no line for {key}")
            fail = True
            continue
        op, size = key
        model = (latency + size / bandwidth) * 1e9
        delta = measured[key] - zero[key]
        error = (delta - model) / model
        print(f"| {keys} | {op} {size // 1024} KiB | {zero[key]} | {measured[key]} | {delta} | "
              f"{model:.0f} | {error * 100:+.2f} % |")
        if abs(error) > 0.05:
            print(f"FAIL: {keys} {op} {size}: {delta} ns over the zero-time disk, model {model:.0f} ns")
            fail = True
if fail:
    sys.exit(1)
print("PASS: the guest sees the configured service time within 5 %")
PY
