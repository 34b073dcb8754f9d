#!/usr/bin/env python3
"""Test-writing-time generator of tests/unit/arm64/data/cpu_dp_diff.txt.

Random sequences of A64 data-processing instructions (immediate and register classes,
excluding PC-relative ADR/ADRP, forms reading or writing SP, and CRC32, which the model does not
implement) with random initial registers and NZCV are executed under
`qemu-aarch64 -cpu cortex-a53` by cpu_dp_diff_server.c; the final registers and NZCV become
the expected values that test_cpu_diff.cpp replays on the model. Random encodings qemu rejects
are listed as UNDEFINED, and random load/store encodings are classified as valid or UNDEFINED.

usage: cpu_dp_diff.py SERVER_BINARY OUT_FILE [COUNT] [SEED]
"""
import random
import struct
import subprocess
import sys

SPECIAL = [0, 1, 2, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0x100000000, 0x7FFFFFFFFFFFFFFF,
           0x8000000000000000, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFF80000000, 63, 64, 31, 32]


def bits(w, hi, lo):
    return (w >> lo) & ((1 << (hi - lo + 1)) - 1)


def acceptable(w):
    rd, rn = bits(w, 4, 0), bits(w, 9, 5)
    if bits(w, 28, 26) == 0b100:  # data processing (immediate)
        op = bits(w, 25, 23)
        if op in (0, 1):
            return False  # ADR/ADRP depend on the code address
        if op == 2 and ((not bits(w, 29, 29) and rd == 31) or rn == 31):
            return False  # ADD/SUB immediate to or from SP (the stacks differ)
        if op == 4 and bits(w, 30, 29) != 3 and rd == 31:
            return False  # logical immediate to SP
        return True
    if bits(w, 27, 25) == 0b101:  # data processing (register)
        if not bits(w, 28, 28) and bits(w, 24, 24) and bits(w, 21, 21):
            if (not bits(w, 29, 29) and rd == 31) or rn == 31:
                return False  # ADD/SUB extended to or from SP
        if bits(w, 28, 28) and bits(w, 24, 21) == 0b0110 and not bits(w, 30, 30):
            if bits(w, 15, 13) == 0b010:
                return False  # CRC32/CRC32C (not implemented: ID_AA64ISAR0.CRC32 = 0)
        return True
    return False


def random_ldst(rng):
    """A random load/store encoding (general registers, base register not SP: the server's stack
    must survive), excluding LDAPR, which the model has (ID_AA64ISAR1.LRCPC) and the A53 lacks."""
    while True:
        w = rng.getrandbits(32)
        w = (w & ~((1 << 27) | (1 << 26) | (1 << 25))) | (1 << 27)  # op0 = x1x0, V = 0
        if bits(w, 9, 5) == 31:
            continue
        if (w & 0x3FFFFC00) == 0x38BFC000:
            continue
        return w


def unpredictable_ldst(w):
    """CONSTRAINED UNPREDICTABLE register overlaps, where QEMU's choice need not be ours."""
    rt, rn, rt2 = bits(w, 4, 0), bits(w, 9, 5), bits(w, 14, 10)
    if bits(w, 29, 28) == 0b10:  # pairs
        writeback = bits(w, 23, 23) == 1
        if bits(w, 22, 22) and rt == rt2:
            return True
        return writeback and rn in (rt, rt2)
    if bits(w, 29, 28) == 0b11 and not bits(w, 24, 24) and not bits(w, 21, 21):
        return bits(w, 10, 10) == 1 and rn == rt  # pre/post-index
    return False


def pointer_or_index(rng):
    r = rng.random()
    if r < 0.5:
        return 0x10008000 + rng.randrange(-0x800, 0x800, 8 if rng.random() < 0.8 else 1)
    if r < 0.8:
        return rng.randrange(0, 64)
    return rng.choice(SPECIAL)


def random_insn(rng):
    while True:
        w = rng.getrandbits(32)
        if rng.random() < 0.5:
            w = (w & ~(0b111 << 26)) | (0b100 << 26)
        else:
            w = (w & ~(0b111 << 25)) | (0b101 << 25)
        if acceptable(w):
            return w


def random_value(rng):
    r = rng.random()
    if r < 0.3:
        return rng.choice(SPECIAL)
    if r < 0.5:
        return rng.getrandbits(8)
    if r < 0.6:
        return (1 << 64) - rng.getrandbits(8) - 1
    return rng.getrandbits(64)


def run(server, records):
    out = b''
    for start in range(0, len(records), 4000):
        chunk = records[start:start + 4000]
        blob = b''.join(struct.pack('<I16I4x31QQ', len(rec[0]) | (0x100 if len(rec) > 3 else 0),
                                    *(rec[0] + [0] * (16 - len(rec[0]))), *rec[1], rec[2])
                        for rec in chunk)
        out += subprocess.run(['qemu-aarch64', '-cpu', 'cortex-a53', server], input=blob,
                              capture_output=True, check=True).stdout
    return out


def main():
    server, out_path = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
    mem_count = 3 * count
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    # Pass 1: which candidate encodings does qemu execute (the rest are UNDEFINED)?
    pool = [random_insn(rng) for _ in range(4 * count)]
    single = [([w], [0] * 31, 0) for w in pool]
    res = run(server, single)
    valid = [w for i, w in enumerate(pool) if not struct.unpack_from('<31QQQQ', res, i * 272)[32]]
    undefined = [w for w in pool if w not in set(valid)]
    # Pass 2: sequences of valid encodings on random register values.
    records = []
    for _ in range(count):
        words = [rng.choice(valid) for _ in range(6)]
        regs = [random_value(rng) for _ in range(31)]
        nzcv = rng.getrandbits(4) << 28
        records.append((words, regs, nzcv))
    res = run(server, records)
    kept = 0
    with open(out_path, 'w') as f:
        f.write('# generated by tests/unit/arm64/tools/cpu_dp_diff.py (qemu-aarch64 -cpu cortex-a53)\n')
        f.write('# "U word": UNDEFINED encoding (SIGILL on qemu); "V word": a valid load/store\n')
        f.write('# [M] words ; x0..x30 nzcv before ; x0..x30 nzcv after [; buffer hash]\n')
        for w in undefined[:400]:
            f.write('U %08x\n' % w)
        # Loads/stores: only whether the encoding is UNDEFINED is compared ("V": valid).
        ldst = [random_ldst(rng) for _ in range(800)]
        res_ls = run(server, [([w], [0] * 31, 0) for w in ldst])
        for i, w in enumerate(ldst):
            trapped = struct.unpack_from('<31QQQQ', res_ls, i * 272)[32]
            f.write('%s %08x\n' % ('U' if trapped == 1 else 'V', w))
        # Memory mode: loads/stores mixed with data processing on pointers into a 128 KiB
        # buffer at 0x10000000 (filled with a fixed pattern); registers, NZCV and the
        # buffer's FNV-1a hash after the sequence are compared ("M" lines).
        mem_pool = [w for i, w in enumerate(ldst)
                    if struct.unpack_from('<31QQQQ', res_ls, i * 272)[32] != 1
                    and bits(w, 29, 24) != 0b001000  # no exclusives
                    and bits(w, 29, 28) != 0b01      # no PC-relative literal loads
                    and not unpredictable_ldst(w)]
        mem_records = []
        for _ in range(mem_count):
            words = [rng.choice(mem_pool) if rng.random() < 0.7 else rng.choice(valid)
                     for _ in range(6)]
            regs = [pointer_or_index(rng) for _ in range(31)]
            mem_records.append((words, regs, rng.getrandbits(4) << 28, True))
        res_mem = run(server, mem_records)
        mem_kept = 0
        for i, (words, regs, nzcv, _) in enumerate(mem_records):
            out = struct.unpack_from('<31QQQQ', res_mem, i * 272)
            if out[32]:
                continue
            mem_kept += 1
            f.write('M ' + ' '.join('%08x' % w for w in words) + ' ; ' +
                    ' '.join('%x' % v for v in regs + [nzcv]) + ' ; ' +
                    ' '.join('%x' % v for v in out[:32]) + ' ; %x\n' % out[33])
        for i, (words, regs, nzcv) in enumerate(records):
            out = struct.unpack_from('<31QQQQ', res, i * 272)
            if out[32]:
                continue  # some instruction trapped on qemu too
            kept += 1
            f.write(' '.join('%08x' % w for w in words) + ' ; ' +
                    ' '.join('%x' % v for v in regs + [nzcv]) + ' ; ' +
                    ' '.join('%x' % v for v in out[:32]) + '\n')
    print('kept %d of %d sequences, %d of %d memory sequences; %d of %d encodings undefined' %
          (kept, count, mem_kept, mem_count, len(undefined), len(pool)))


if __name__ == '__main__':
    main()
