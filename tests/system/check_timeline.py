#!/usr/bin/env python3
"""Checks a virt64 virtio timeline (--trace-timeline) against the --stats
table and the text log (-trace ...,file=) of the same run.

- The timeline parses as Chrome trace-event JSON ({"traceEvents": [...]}).
- Every device is a process named "<transport>/<device>", every queue a
  thread named "queue N" (extra lanes "queue N (overlap K)").
- Per device and queue, the number of "request" spans equals the requests
  of the statistics, their bytes add up to bytes_in/bytes_out, and the
  number of "irq raise" instants equals interrupts_raised.
- Spans have a non-negative duration; WFI idle spans of the CPU do not overlap.
- The text log has one virtio_queue_push line per request.

Usage: check_timeline.py TIMELINE.json STATS(stderr of virt64) LOG [--min-requests N]
Prints a summary per queue; exit status 1 with a FAIL line on any mismatch.
"""
import argparse
import collections
import json
import re
import sys


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def parse_stats(path):
    device_re = re.compile(r"^virtio-stats: (\S+): interrupts_raised=(\d+) config_changes=(\d+)$")
    queue_re = re.compile(r"^virtio-stats: (\S+) queue (\d+): (.*)$")
    devices, queues = {}, {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            m = device_re.match(line)
            if m:
                devices[m.group(1)] = int(m.group(2))
                continue
            m = queue_re.match(line)
            if m:
                fields = dict(kv.split("=", 1) for kv in m.group(3).split())
                queues[(m.group(1), int(m.group(2)))] = fields
    return devices, queues


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("timeline")
    ap.add_argument("stats")
    ap.add_argument("log")
    ap.add_argument("--min-requests", type=int, default=1,
                    help="the run must have at least this many requests in total")
    args = ap.parse_args()

    with open(args.timeline, encoding="utf-8") as f:
        try:
            doc = json.load(f)
        except json.JSONDecodeError as e:
            fail(f"{args.timeline} is not valid JSON: {e}")
    events = doc.get("traceEvents")
    if not isinstance(events, list) or not events:
        fail("no traceEvents list")

    process, thread = {}, {}
    for e in events:
        if e.get("ph") == "M" and e.get("name") == "process_name":
            process[e["pid"]] = e["args"]["name"]
        if e.get("ph") == "M" and e.get("name") == "thread_name":
            thread[(e["pid"], e["tid"])] = e["args"]["name"]

    spans = collections.Counter()
    bytes_in = collections.Counter()
    bytes_out = collections.Counter()
    raises = collections.Counter()
    idle = []
    for e in events:
        ph = e.get("ph")
        if ph in ("X", "i", "C"):
            if not isinstance(e.get("ts"), (int, float)) or e["ts"] < 0:
                fail(f"event without a valid time stamp: {e}")
        if ph == "X" and e["name"] == "request":
            if e["dur"] < 0:
                fail(f"negative duration: {e}")
            track = thread.get((e["pid"], e["tid"]), "")
            m = re.match(r"queue (\d+)", track)
            if not m or e["pid"] not in process:
                fail(f"request span on an unnamed track: {e}")
            key = (process[e["pid"]], int(m.group(1)))
            spans[key] += 1
            bytes_in[key] += e["args"]["bytes_in"]
            bytes_out[key] += e["args"]["bytes_out"]
        elif ph == "X" and e["name"] == "WFI idle":
            idle.append((e["ts"], e["ts"] + e["dur"]))
        elif ph == "i" and e["name"] == "irq raise":
            raises[process[e["pid"]]] += 1

    devices, queues = parse_stats(args.stats)
    if not queues:
        fail(f"no virtio-stats lines in {args.stats}")
    pushes = collections.Counter()
    push_re = re.compile(r"^\[\d+\.\d{9}\] virtio_queue_push (\S+) queue=(\d+) ")
    with open(args.log, encoding="utf-8") as f:
        for line in f:
            m = push_re.match(line)
            if m:
                pushes[(m.group(1), int(m.group(2)))] += 1

    total = 0
    for key, fields in sorted(queues.items()):
        requests = int(fields["requests"])
        total += requests
        print(f"{key[0]} queue {key[1]}: {requests} requests, {spans[key]} spans, "
              f"{pushes[key]} log lines, service mean {fields['service_mean']} "
              f"p99 {fields['service_p99']}")
        if spans[key] != requests:
            fail(f"{key}: {spans[key]} spans in the timeline, {requests} requests in the statistics")
        if pushes[key] != requests:
            fail(f"{key}: {pushes[key]} virtio_queue_push lines, {requests} requests")
        if bytes_in[key] != int(fields["bytes_in"]) or bytes_out[key] != int(fields["bytes_out"]):
            fail(f"{key}: span bytes {bytes_in[key]}/{bytes_out[key]}, statistics "
                 f"{fields['bytes_in']}/{fields['bytes_out']}")
    for key in spans:
        if key not in queues:
            fail(f"{key}: spans in the timeline but no statistics line")
    for name, raised in devices.items():
        if raises[name] != raised:
            fail(f"{name}: {raises[name]} irq raise instants, statistics say {raised}")
    idle.sort()
    for (a0, a1), (b0, _) in zip(idle, idle[1:]):
        if b0 < a1 - 1e-6:
            fail(f"WFI idle spans overlap: {a0}..{a1} and {b0}")
    print(f"{total} requests on {len(queues)} queues, {len(idle)} WFI idle spans, "
          f"{sum(raises.values())} interrupts, {len(events)} events")
    if total < args.min_requests:
        fail(f"only {total} requests (expected at least {args.min_requests})")
    if not idle:
        fail("no WFI idle span")
    print("PASS")


if __name__ == "__main__":
    main()
