#!/usr/bin/python3
"""Plots a virt64 virtio timeline (virt64 --trace-timeline FILE, Chrome
trace-event JSON) with Debian's python3-matplotlib:

- top: the occupancy of each virtqueue over simulated time (requests the
  device has taken and not yet returned), one strip per queue that served
  requests, and the CPU's WFI idle time as a strip below them;
- bottom: a histogram of the request latency (taken from the available ring
  until the used-ring update) per queue, with its p50 and p99.

Usage: scripts/virtio-plot.py TIMELINE.json -o OUT.png|OUT.svg [--title TEXT]
The output format follows the file name's extension.
"""
import argparse
import collections
import json
import math
import sys


def percentile(sorted_values, p):
    """Nearest rank, as virt64 --stats computes it."""
    rank = max(1, math.ceil(p / 100.0 * len(sorted_values)))
    return sorted_values[rank - 1]


def load(path):
    with open(path, encoding="utf-8") as f:
        events = json.load(f)["traceEvents"]
    process, thread = {}, {}
    for e in events:
        if e.get("ph") == "M" and e.get("name") == "process_name":
            process[e["pid"]] = e["args"]["name"]
        elif e.get("ph") == "M" and e.get("name") == "thread_name":
            thread[(e["pid"], e["tid"])] = e["args"]["name"]
    # (device, queue) -> [(start, duration)] in integer picoseconds: the file
    # has microseconds with 6 decimals, and exact integers keep a request that
    # starts when the previous one ends from looking like an overlap.
    spans = collections.defaultdict(list)
    idle = []
    for e in events:
        if e.get("ph") != "X":
            continue
        if e["name"] == "request":
            queue = int(thread[(e["pid"], e["tid"])].split()[1])
            spans[(process[e["pid"]], queue)].append((round(e["ts"] * 1e6), round(e["dur"] * 1e6)))
        elif e["name"] == "WFI idle":
            idle.append((round(e["ts"] * 1e6), round(e["dur"] * 1e6)))
    return spans, idle


def occupancy(spans):
    """Step function of requests in flight: (times in ms, counts)."""
    edges = []
    for start, dur in spans:
        edges.append((start, 1))
        edges.append((start + dur, -1))
    edges.sort(key=lambda x: (x[0], x[1]))  # ends before starts at the same instant
    times, counts, level = [0.0], [0], 0
    for t, d in edges:
        level += d
        times.append(t / 1e9)
        counts.append(level)
    return times, counts


def short(device):
    """"virt64.virtio.virtio31/blk31" -> "blk31"."""
    return device.split("/")[-1] if "/" in device else device.split(".")[-1]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("timeline")
    ap.add_argument("-o", "--output", required=True, help="PNG or SVG file to write")
    ap.add_argument("--title", default=None)
    args = ap.parse_args()

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    spans, idle = load(args.timeline)
    queues = sorted(k for k, v in spans.items() if v)
    if not queues:
        sys.exit("virtio-plot: no request spans in " + args.timeline)
    end_ms = max(max((s + d) / 1e9 for s, d in spans[q]) for q in queues)
    if idle:
        end_ms = max(end_ms, max((s + d) / 1e9 for s, d in idle))

    n = len(queues)
    strips = n + (1 if idle else 0)
    cols = min(n, 3)
    hist_rows = math.ceil(n / cols)
    fig = plt.figure(figsize=(12, 0.6 * strips + 2.6 * hist_rows + 1.0), layout="constrained")
    grid = fig.add_gridspec(strips + hist_rows, cols,
                            height_ratios=[0.6] * strips + [2.6] * hist_rows)
    fig.suptitle(args.title or "virtio queues: " + args.timeline.split("/")[-1])

    first = None
    for i, q in enumerate(queues):
        ax = fig.add_subplot(grid[i, :], sharex=first)
        first = first or ax
        t, c = occupancy(spans[q])
        t.append(end_ms)
        c.append(c[-1])
        ax.fill_between(t, c, step="post", alpha=0.5)
        ax.step(t, c, where="post", linewidth=0.6)
        # A tick per request where it was taken: zero-time requests show too.
        ax.plot([s / 1e9 for s, _ in spans[q]], [0.12] * len(spans[q]), "|", color="C1",
                markersize=6)
        ax.set_ylim(0, max(c) + 0.5)
        ax.set_ylabel(f"{short(q[0])} q{q[1]}", rotation=0, ha="right", va="center")
        ax.tick_params(labelbottom=False)
        ax.set_yticks(sorted({0, max(c)}))
    if idle:
        ax = fig.add_subplot(grid[n, :], sharex=first)
        ax.broken_barh([(s / 1e9, d / 1e9) for s, d in idle], (0, 1), color="grey")
        ax.set_yticks([])
        ax.set_ylabel("CPU WFI", rotation=0, ha="right", va="center")
    ax.set_xlabel("simulated time (ms); strips: requests in flight per queue, ticks: requests taken",
                  fontsize=9)
    ax.set_xlim(0, end_ms)

    for j, q in enumerate(queues):
        ax = fig.add_subplot(grid[strips + j // cols, j % cols])
        durations = sorted(d / 1e6 for _, d in spans[q])  # us
        lo, hi = durations[0], durations[-1]
        bins = 30 if hi > lo else 1
        ax.hist(durations, bins=bins, range=(lo, hi) if hi > lo else (lo - 0.5, lo + 0.5))
        p50, p99 = percentile(durations, 50), percentile(durations, 99)
        ax.axvline(p50, color="black", linestyle="--", linewidth=0.8)
        ax.axvline(p99, color="red", linestyle=":", linewidth=0.8)
        ax.set_title(f"{short(q[0])} queue {q[1]}: {len(durations)} requests\n"
                     f"p50 {p50:.1f} us (dashed), p99 {p99:.1f} us (dotted)", fontsize=8)
        ax.set_xlabel("latency (us)", fontsize=8)
        ax.tick_params(labelsize=8)
    fig.savefig(args.output, dpi=110, bbox_inches="tight")
    print(f"virtio-plot: {sum(len(spans[q]) for q in queues)} requests on {n} queues, "
          f"{len(idle)} WFI idle spans -> {args.output}")


if __name__ == "__main__":
    main()
