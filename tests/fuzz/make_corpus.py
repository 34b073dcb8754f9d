#!/usr/bin/env python3
"""Writes the seed inputs of fuzz_virtio_mmio into tests/fuzz/corpus/.

Each seed is a well-formed session in the harness's input format (see
docs/fuzzing.md and the Op enum in fuzz_virtio_mmio.cpp): initialise the
device, set up queue 0, build one request in guest RAM, notify, run.
Usage: tests/fuzz/make_corpus.py [output-dir]
"""
import os
import struct
import sys

OP_REG_WRITE, OP_REG_READ, OP_MEM, OP_NOTIFY, OP_RUN, OP_INIT, OP_QUEUE, OP_MEM16 = range(8)
NEXT, WRITE, INDIRECT = 1, 2, 4
AVAIL, USED = 1 << 7, 1 << 15
F_INDIRECT, F_EVENT_IDX, F_VERSION_1, F_PACKED = 1 << 28, 1 << 29, 1 << 32, 1 << 34
BLK_IN, BLK_OUT, BLK_GET_ID = 0, 1, 8


def init(features):
    return bytes([OP_INIT]) + struct.pack("<Q", features)


RAM2 = 0x10000  # the RAM without DMI (op bit 3)


def ram2(addr):
    return 8 if addr >= RAM2 else 0


def queue(num, desc, driver, device, q=0):
    return bytes([OP_QUEUE | ram2(desc), q]) + struct.pack(
        "<HHHH", num, desc & 0xffff, driver & 0xffff, device & 0xffff)


def mem(addr, data):
    out = b""
    while data:  # at most 255 bytes per op
        chunk, data = data[:255], data[255:]
        out += bytes([OP_MEM | ram2(addr)]) + struct.pack("<HB", addr & 0xffff, len(chunk)) + chunk
        addr += len(chunk)
    return out


def mem16(addr, value):
    return bytes([OP_MEM16 | ram2(addr)]) + struct.pack("<HH", addr & 0xffff, value)


def split_desc(addr, length, flags, nxt):
    return struct.pack("<QIHH", addr, length, flags, nxt)


def packed_desc(addr, length, buf_id, flags):
    return struct.pack("<QIHH", addr, length, buf_id, flags)


def blk_header(req_type, sector):
    return struct.pack("<IIQ", req_type, 0, sector)


def tail():
    return bytes([OP_NOTIFY, 0, OP_RUN, 50, OP_REG_READ]) + struct.pack("<HB", 0x60, 0)


def split_session(target, features, req, descs, desc=0x1000, driver=0x2000, device=0x3000,
                  num=8, v1=False):
    s = bytes([target]) + init(features)
    if v1:
        # Legacy: desc = PFN * 4096 (PFN = desc >> 12), align = 1 << (driver & 15).
        s += queue(num, desc, 12, 0)
        driver = desc + 16 * num
    else:
        s += queue(num, desc, driver, device)
    table = b"".join(split_desc(*d) for d in descs)
    s += mem(desc, table) + req
    s += mem16(driver + 4, 0) + mem16(driver + 2, 1)
    return s + tail()


def seeds():
    hdr_in = mem(0x4000, blk_header(BLK_IN, 1))
    hdr_out = mem(0x4000, blk_header(BLK_OUT, 2)) + mem(0x4100, bytes(range(256)) * 2)
    in_chain = [(0x4000, 16, NEXT, 1), (0x5000, 512, WRITE | NEXT, 2), (0x6000, 1, WRITE, 0)]
    out_chain = [(0x4000, 16, NEXT, 1), (0x4100, 512, NEXT, 2), (0x6000, 1, WRITE, 0)]
    yield "blk_v2_split_in", split_session(1, F_VERSION_1, hdr_in, in_chain)
    yield "blk_v2_split_out_event_idx", split_session(
        1, F_VERSION_1 | F_EVENT_IDX | F_INDIRECT, hdr_out, out_chain)
    yield "blk_v1_split_in", split_session(0, 0, hdr_in, in_chain, v1=True)
    yield "blk_v1_split_get_id", split_session(
        0, F_INDIRECT, mem(0x4000, blk_header(BLK_GET_ID, 0)),
        [(0x4000, 16, NEXT, 1), (0x5000, 20, WRITE | NEXT, 2), (0x6000, 1, WRITE, 0)], v1=True)
    # The same IN request with rings and buffers in the RAM without DMI.
    yield "blk_v2_split_in_no_dmi", split_session(
        1, F_VERSION_1, mem(RAM2 + 0x4000, blk_header(BLK_IN, 1)),
        [(RAM2 + 0x4000, 16, NEXT, 1), (RAM2 + 0x5000, 512, WRITE | NEXT, 2),
         (RAM2 + 0x6000, 1, WRITE, 0)],
        desc=RAM2 + 0x1000, driver=RAM2 + 0x2000, device=RAM2 + 0x3000)
    # Indirect table at 0x7000 holding the IN chain.
    indirect = b"".join(split_desc(*d) for d in in_chain)
    yield "blk_v2_split_indirect", split_session(
        1, F_VERSION_1 | F_INDIRECT, hdr_in + mem(0x7000, indirect),
        [(0x7000, len(indirect), INDIRECT, 0)])
    # Packed ring: three descriptors, buffer id 5 in the last one.
    s = bytes([1]) + init(F_VERSION_1 | F_PACKED | F_EVENT_IDX) + queue(8, 0x1000, 0x2000, 0x3000)
    s += hdr_in + mem(0x1000, packed_desc(0x4000, 16, 0, AVAIL | NEXT) +
                      packed_desc(0x5000, 512, 0, AVAIL | WRITE | NEXT) +
                      packed_desc(0x6000, 1, 5, AVAIL | WRITE))
    yield "blk_v2_packed_in", s + tail()
    # Entropy device: one 64-byte writable buffer.
    yield "rng_v2_split", split_session(2, F_VERSION_1, b"", [(0x5000, 64, WRITE, 0)])
    s = bytes([2]) + init(F_VERSION_1 | F_PACKED) + queue(6, 0x1000, 0x2000, 0x3000)
    s += mem(0x1000, packed_desc(0x5000, 64, 1, AVAIL | WRITE))
    yield "rng_v2_packed", s + tail()
    yield "blk_v2_packed_self_rearming", self_rearming_packed(1)


def self_rearming_packed(target):
    """Packed ring of 2 slots whose blk IN requests read image sectors onto
    the descriptor ring, re-arming the other slot for the next lap: with a
    zero-service-time device this once kept simulated time from advancing
    (see test_fuzz_regressions.cpp). Sectors 1-4 are written first by one OUT
    request on a split ring."""
    ta, tb, ta2, tb2 = 0x4000, 0x4040, 0x4080, 0x40c0
    w1, w0 = AVAIL | INDIRECT, USED | INDIRECT  # available in lap 1 / lap 0

    def slot(table, buf_id, flags):
        return packed_desc(table, 32, buf_id, flags)

    sectors = [slot(ta, 0, w1) + slot(tb, 1, w1), slot(ta2, 0, w0) + slot(tb, 1, w1),
               slot(ta2, 0, w0) + slot(tb2, 1, w0), slot(ta, 0, w1) + slot(tb2, 1, w0)]
    s = bytes([target]) + init(F_VERSION_1) + queue(8, 0x1000, 0x2000, 0x3000)
    for k, sec in enumerate(sectors):
        s += mem(0x8000 + 512 * k, sec)
    s += mem(0x7000, blk_header(BLK_OUT, 1))
    s += mem(0x1000, split_desc(0x7000, 16, NEXT, 1) + split_desc(0x8000, 2048, NEXT, 2) +
             split_desc(0x6000, 1, WRITE, 0))
    s += mem16(0x2004, 0) + mem16(0x2002, 1) + bytes([OP_NOTIFY, 0, OP_RUN, 10])
    s += init(F_VERSION_1 | F_PACKED | F_INDIRECT)
    for k, t in enumerate([ta, tb, ta2, tb2]):
        s += mem(0x5000 + 16 * k, blk_header(BLK_IN, 1 + k))
        s += mem(t, packed_desc(0x5000 + 16 * k, 16, 0, 0) + packed_desc(0x1000, 513, 0, WRITE))
    s += mem(0x1000, slot(ta, 0, w1) + bytes(16))
    s += mem(0x2000, bytes(4)) + queue(2, 0x1000, 0x2000, 0x3000)
    return s + bytes([OP_NOTIFY, 0, OP_RUN, 10])


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "corpus")
    os.makedirs(out, exist_ok=True)
    for name, data in seeds():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        if data[0] == 1:  # the same session on the zero-service-time blk v2
            with open(os.path.join(out, name + "_zero_time"), "wb") as f:
                f.write(bytes([3]) + data[1:])


if __name__ == "__main__":
    main()
