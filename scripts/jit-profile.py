#!/usr/bin/env python3
"""Where the block compiler's host code spends its time.

Maps `perf record` samples that fall into compiled code onto the blocks that
virt64 wrote with VP_JIT_DUMP=FILE, and prints the hottest blocks: their
share of the samples, the guest instructions (objdump of the guest ELF) and
the host instructions with a sample count per instruction.

    VP_JIT_DUMP=/tmp/jit.bin perf record -e cpu-clock -o /tmp/perf.data \\
        build/platforms/virt64/virt64 -semihosting -kernel build/sw/bench/intbench.elf
    scripts/jit-profile.py /tmp/jit.bin /tmp/perf.data --elf build/sw/bench/intbench.elf

Blocks are matched by host address; the dump must come from the same run
as the samples (the code buffer's address changes between runs).
"""
import argparse
import bisect
import collections
import os
import re
import struct
import subprocess
import sys
import tempfile


def read_blocks(path):
    """[(host, size, guest_va, code)] in dump order (later blocks win)."""
    blocks = []
    with open(path, "rb") as f:
        data = f.read()
    pos = 0
    while pos + 24 <= len(data):
        va, size, host = struct.unpack_from("<QQQ", data, pos)
        pos += 24
        blocks.append((host, size, va, data[pos:pos + size]))
        pos += size
    return blocks


def read_samples(perf_data):
    out = subprocess.run(["perf", "script", "-i", perf_data, "-F", "ip"],
                         check=True, capture_output=True, text=True).stdout
    return [int(line.strip(), 16) for line in out.split() if line.strip()]


def host_disassembly(code, base):
    with tempfile.NamedTemporaryFile(suffix=".bin") as f:
        f.write(code)
        f.flush()
        out = subprocess.run(["objdump", "-D", "-b", "binary", "-mi386:x86-64",
                              "--adjust-vma=%#x" % base, f.name],
                             check=True, capture_output=True, text=True).stdout
    lines = []
    for line in out.splitlines():
        m = re.match(r"\s*([0-9a-f]+):\s+(?:[0-9a-f]{2} )+\s*(.*)", line)
        if m:
            lines.append((int(m.group(1), 16), m.group(2).strip()))
    return lines


def guest_disassembly(elf, va, count):
    if not elf:
        return []
    out = subprocess.run(["aarch64-linux-gnu-objdump", "-d", "--start-address=%#x" % va,
                          "--stop-address=%#x" % (va + 4 * count), elf],
                         capture_output=True, text=True).stdout
    return [l for l in out.splitlines() if re.match(r"\s+[0-9a-f]+:\t", l)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dump", help="the VP_JIT_DUMP file")
    ap.add_argument("perf_data", help="perf record output of the same run")
    ap.add_argument("--elf", help="guest ELF, for the guest disassembly")
    ap.add_argument("--top", type=int, default=8, help="blocks to print (default 8)")
    args = ap.parse_args()

    blocks = read_blocks(args.dump)
    latest = {}
    for b in blocks:
        latest[b[0]] = b  # a flushed buffer reuses addresses: the last block wins
    starts = sorted(latest)
    samples = read_samples(args.perf_data)
    per_block = collections.Counter()
    per_ip = collections.Counter()
    in_jit = 0
    for ip in samples:
        i = bisect.bisect_right(starts, ip) - 1
        if i < 0:
            continue
        host, size, _, _ = latest[starts[i]]
        if ip < host + size:
            per_block[host] += 1
            per_ip[ip] += 1
            in_jit += 1
    total = len(samples)
    print("%d samples, %d (%.1f%%) in %d compiled blocks" %
          (total, in_jit, 100.0 * in_jit / max(total, 1), len(per_block)))
    for host, n in per_block.most_common(args.top):
        _, size, va, code = latest[host]
        print("\n==== block guest %#x, host %#x, %d bytes: %d samples (%.1f%%)" %
              (va, host, size, n, 100.0 * n / max(total, 1)))
        host_lines = host_disassembly(code, host)
        guest = guest_disassembly(args.elf, va, 256)
        for line in guest[:64]:
            print("  g " + line.strip())
        for addr, text in host_lines:
            hits = per_ip.get(addr, 0)
            print("  %5s %x  %s" % (hits if hits else "", addr, text))
    return 0


if __name__ == "__main__":
    sys.exit(main())
