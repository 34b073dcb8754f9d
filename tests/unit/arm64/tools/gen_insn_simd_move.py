#!/usr/bin/env python3
"""Generator of tests/unit/arm64/data/insn_simd_move.txt (AdvSIMD copy, modified immediate,
shift by immediate, permute, EXT, TBL/TBX, scalar ADDP; exec_simd_move.cpp).

Every case runs one word from one of three start states (set0: random, set1: saturation and
rounding edge values, set2: bytes that are mostly valid table indices) under the oracle and
records the destination register (V, or X for UMOV/SMOV) and FPSR. The test checks that every
other register is unchanged.

Groups: the listed instructions (every form of each class, edge shift amounts, tables wrapping
past V31), "reserved" (hand-picked reserved encodings, then the random words QEMU rejects) and
"random" (random words of the same encoding spaces that QEMU executes). Seed 6 with 1000
random words reproduces the committed file.

usage: gen_insn_simd_move.py [OUT] [--seed N] [--random N]
"""
import argparse
import random
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import insn_vectors as iv  # noqa: E402

# The test groups and the mnemonics each one holds.
GROUPS = {
    'copy': ['dup', 'mov', 'ins', 'umov', 'smov'],
    'immediate': ['movi', 'mvni', 'orr', 'bic', 'fmov'],
    'shift_right': ['sshr', 'ushr', 'ssra', 'usra', 'srshr', 'urshr', 'srsra', 'ursra', 'sri'],
    'shift_left': ['shl', 'sli', 'sqshl', 'uqshl', 'sqshlu'],
    'narrow_long': ['shrn', 'rshrn', 'sqshrn', 'uqshrn', 'sqrshrn', 'uqrshrn', 'sqshrun',
                    'sqrshrun', 'shrn2', 'rshrn2', 'sqshrn2', 'uqshrn2', 'sqrshrn2', 'uqrshrn2',
                    'sqshrun2', 'sqrshrun2', 'sshll', 'ushll', 'sshll2', 'ushll2', 'sxtl',
                    'sxtl2', 'uxtl', 'uxtl2'],
    'permute': ['uzp1', 'uzp2', 'trn1', 'trn2', 'zip1', 'zip2', 'ext', 'tbl', 'tbx', 'addp'],
}


def group_of(text):
    mnemonic = text.split()[0]
    for g, names in GROUPS.items():
        if mnemonic in names:
            return g
    return None


def is_x_dest(word):
    """UMOV/SMOV (Advanced SIMD copy, op = 0, imm4 = 0101 or 0111) write a general register."""
    return (word & 0xBFE08400) == 0x0E000400 and ((word >> 11) & 0xF) in (5, 7)


def splitmix(seed):
    x = seed
    while True:
        x = (x + 0x9E3779B97F4A7C15) & iv.M64
        z = x
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & iv.M64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & iv.M64
        yield z ^ (z >> 31)


SPECIAL = [
    0x0000000000000000, 0xFFFFFFFFFFFFFFFF, 0x7FFFFFFFFFFFFFFF, 0x8000000000000000,
    0x7F7F7F7F7F7F7F7F, 0x8080808080808080, 0x7FFF80007FFF8000, 0x0001FFFF80008001,
    0x00000000FFFFFFFF, 0x7FFFFFFF80000000, 0x0123456789ABCDEF, 0xFEDCBA9876543210,
    0x00FF00FF00FF00FF, 0x807F0180FF7F0081, 0x8000000000000001, 0x40003FFFC0004001,
]


def small_bytes(v):
    """Bytes mostly below 80 (table indices in and past 1-4 register tables), a few >= 0xF0."""
    out = 0
    for i in range(8):
        b = (v >> (8 * i)) & 0xFF
        out |= (b % 80 if b < 0xF0 else b) << (8 * i)
    return out


def input_set(k):
    """The start state set<k>: V0-V31 and X1-X7."""
    st = iv.zero_state()
    if k == 1:
        st['v'] = [(SPECIAL[(5 * r + 7) % 16], SPECIAL[(3 * r) % 16]) for r in range(32)]
        for r in range(1, 8):
            st['x'][r] = SPECIAL[(3 * r + 1) % 16]
        return st
    g = splitmix(1 if k == 0 else 2)
    for r in range(32):
        lo, hi = next(g), next(g)
        st['v'][r] = (hi, lo) if k == 0 else (small_bytes(hi), small_bytes(lo))
    for r in range(1, 8):
        st['x'][r] = next(g)
    return st


# ---- The listed instructions ----------------------------------------------------------------

ARRANGEMENTS = [('8b', 'b', 0), ('16b', 'b', 1), ('4h', 'h', 0), ('8h', 'h', 1), ('2s', 's', 0),
                ('4s', 's', 1), ('2d', 'd', 1)]
ESIZE = {'b': 8, 'h': 16, 's': 32, 'd': 64}


def gpr(e):
    return 'x' if e == 'd' else 'w'


def copies():
    c = []
    for t, e, _ in ARRANGEMENTS:
        last = 128 // ESIZE[e] - 1
        c += ['dup v1.%s, v17.%s[%d]' % (t, e, last), 'dup v20.%s, v20.%s[1]' % (t, e),
              'dup v31.%s, %s3' % (t, gpr(e)), 'dup v0.%s, %szr' % (t, gpr(e))]
    for e in 'bhsd':
        last = 128 // ESIZE[e] - 1
        c += ['dup %s3, v20.%s[%d]' % (e, e, last), 'mov %s7, v7.%s[0]' % (e, e),
              'ins v9.%s[%d], %s5' % (e, last, gpr(e)), 'ins v9.%s[0], %szr' % (e, gpr(e)),
              'ins v10.%s[1], v11.%s[%d]' % (e, e, last), 'ins v12.%s[%d], v12.%s[0]' % (e, last, e)]
    c += ['umov w1, v3.b[15]', 'umov w2, v4.h[7]', 'umov w3, v5.s[3]', 'umov x4, v6.d[1]',
          'umov w5, v6.b[0]', 'umov x6, v7.d[0]', 'umov wzr, v6.b[1]',
          'smov w1, v3.b[15]', 'smov w2, v4.h[3]', 'smov x3, v5.b[7]', 'smov x4, v6.h[7]',
          'smov x5, v7.s[3]', 'smov x6, v13.s[1]', 'smov w7, v14.b[9]']
    return c


def immediates():
    c = []
    for imm in (0x00, 0x5a, 0xff, 0x81):
        for t in ('2s', '4s'):
            for sh in (0, 8, 16, 24):  # each op has its own destinations, one per shift
                for op, base in (('movi', 2), ('mvni', 6), ('orr', 10), ('bic', 14)):
                    c.append('%s v%d.%s, #0x%x, lsl #%d' % (op, sh // 8 + base, t, imm, sh))
            for sh in (8, 16):
                for op, base in (('movi', 18), ('mvni', 21)):
                    c.append('%s v%d.%s, #0x%x, msl #%d' % (op, sh // 8 + base, t, imm, sh))
        for t in ('4h', '8h'):
            for sh in (0, 8):
                for op, base in (('movi', 24), ('mvni', 26), ('orr', 28), ('bic', 30)):
                    c.append('%s v%d.%s, #0x%x, lsl #%d' % (op, sh // 8 + base, t, imm, sh))
        c += ['movi v1.8b, #0x%x' % imm, 'movi v2.16b, #0x%x' % imm]
    for mask in ('0xff00ff0000ff00ff', '0x00000000000000ff', '0xff00000000000000',
                 '0xffffffffffffffff'):
        c += ['movi d5, #%s' % mask, 'movi v6.2d, #%s' % mask]
    for f in ('1.0', '-2.5', '0.125', '31.0', '-0.1328125', '2.0'):
        c += ['fmov v7.2s, #%s' % f, 'fmov v8.4s, #%s' % f, 'fmov v9.2d, #%s' % f]
    return c


def vector_shifts():
    c = []
    for t, e, _ in ARRANGEMENTS:
        es = ESIZE[e]
        for op in ('sshr', 'ushr', 'ssra', 'usra', 'srshr', 'urshr', 'srsra', 'ursra', 'sri'):
            for sh in sorted({1, es // 2 - 1, es}):
                c.append('%s v4.%s, v21.%s, #%d' % (op, t, t, sh))
        c.append('sshr v22.%s, v22.%s, #%d' % (t, t, es - 1))
        for op in ('shl', 'sli', 'sqshl', 'uqshl', 'sqshlu'):
            for sh in sorted({0, 1, es // 2 + 1, es - 1}):
                c.append('%s v5.%s, v13.%s, #%d' % (op, t, t, sh))
    for narrow, wide, wide2, e in (('8b', '8h', '16b', 'b'), ('4h', '4s', '8h', 'h'),
                                   ('2s', '2d', '4s', 's')):
        es = ESIZE[e]
        for op in ('shrn', 'rshrn', 'sqshrn', 'uqshrn', 'sqrshrn', 'uqrshrn', 'sqshrun',
                   'sqrshrun'):
            for sh in sorted({1, es // 2, es}):
                c.append('%s v6.%s, v25.%s, #%d' % (op, narrow, wide, sh))
                c.append('%s2 v7.%s, v26.%s, #%d' % (op, wide2, wide, sh))
            c.append('%s v27.%s, v27.%s, #3' % (op, narrow, wide))
        for op in ('sshll', 'ushll'):
            for sh in sorted({0, 1, es - 1}):
                c.append('%s v8.%s, v29.%s, #%d' % (op, wide, narrow, sh))
                c.append('%s2 v9.%s, v30.%s, #%d' % (op, wide, wide2, sh))
        c += ['sxtl v10.%s, v10.%s' % (wide, narrow), 'uxtl2 v11.%s, v11.%s' % (wide, wide2)]
    return c


def scalar_shifts():
    c = []
    for op in ('sshr', 'ushr', 'ssra', 'usra', 'srshr', 'urshr', 'srsra', 'ursra', 'sri'):
        c += ['%s d12, d19, #%d' % (op, sh) for sh in (1, 31, 63, 64)]
    for op in ('shl', 'sli'):
        c += ['%s d13, d18, #%d' % (op, sh) for sh in (0, 1, 33, 63)]
    for op in ('sqshl', 'uqshl', 'sqshlu'):
        for e in 'bhsd':
            es = ESIZE[e]
            c += ['%s %s14, %s15, #%d' % (op, e, e, sh) for sh in sorted({0, 1, es // 2, es - 1})]
    for op in ('sqshrn', 'uqshrn', 'sqrshrn', 'uqrshrn', 'sqshrun', 'sqrshrun'):
        for n, w in (('b', 'h'), ('h', 's'), ('s', 'd')):
            es = ESIZE[n]
            c += ['%s %s16, %s17, #%d' % (op, n, w, sh) for sh in sorted({1, es // 2, es})]
    return c


def permutes():
    c = []
    for op in ('uzp1', 'uzp2', 'trn1', 'trn2', 'zip1', 'zip2'):
        c += ['%s v18.%s, v19.%s, v20.%s' % (op, t, t, t) for t, _, _ in ARRANGEMENTS]
        c.append('%s v21.16b, v22.16b, v21.16b' % op)
    c += ['ext v23.8b, v24.8b, v25.8b, #%d' % i for i in range(8)]
    c += ['ext v26.16b, v27.16b, v28.16b, #%d' % i for i in (0, 1, 7, 8, 9, 15)]
    c.append('ext v29.16b, v29.16b, v29.16b, #12')
    # TBL/TBX (set2 has small indices); tables wrapping past V31
    for op in ('tbl', 'tbx'):
        for t in ('8b', '16b'):
            for rd, table, rm in ((0, 'v1.16b', 2), (3, 'v4.16b, v5.16b', 6),
                                  (7, 'v8.16b, v9.16b, v10.16b', 11),
                                  (12, 'v13.16b, v14.16b, v15.16b, v16.16b', 17),
                                  (18, 'v30.16b, v31.16b, v0.16b, v1.16b', 2),
                                  (19, 'v31.16b, v0.16b', 3),
                                  (20, 'v29.16b, v30.16b, v31.16b', 20),
                                  (21, 'v21.16b, v22.16b', 4)):
                c.append('%s v%d.%s, {%s}, v%d.%s' % (op, rd, t, table, rm, t))
    c += ['addp d24, v25.2d', 'addp d26, v26.2d']
    return c


# ---- Reserved encodings ---------------------------------------------------------------------

def enc_copy(q, op, imm5, imm4, scalar=False, rn=1, rd=2):
    return (q << 30 | op << 29 | (0x1e if scalar else 0x0e) << 24 | imm5 << 16 | imm4 << 11 |
            1 << 10 | rn << 5 | rd)


def enc_shift(q, u, immh, immb, opcode, scalar=False, rn=1, rd=2):
    return ((1 if scalar else q) << 30 | u << 29 | (0x1f if scalar else 0x0f) << 24 | immh << 19 |
            immb << 16 | opcode << 11 | 1 << 10 | rn << 5 | rd)


def reserved():
    """(word, why) of hand-picked reserved encodings of these groups."""
    u = [(enc_copy(1, 0, 0x10, 0), 'DUP (element) imm5 = x0000'),
         (enc_copy(0, 0, 0x08, 0), 'DUP (element) 1D'),
         (enc_copy(0, 0, 0x08, 1), 'DUP (general) 1D'),
         (enc_copy(0, 0, 0x01, 3), 'INS (general) Q = 0'),
         (enc_copy(0, 0, 0x04, 5), 'SMOV W from S'),
         (enc_copy(1, 0, 0x08, 5), 'SMOV X from D'),
         (enc_copy(0, 0, 0x08, 7), 'UMOV W from D'),
         (enc_copy(1, 0, 0x04, 7), 'UMOV X from S')]
    u += [(enc_copy(1, 0, 0x01, imm4), 'copy imm4 = {:04b}'.format(imm4)) for imm4 in (2, 4, 6, 8)]
    u += [(enc_copy(0, 1, 0x01, 0), 'INS (element) Q = 0'),
          (enc_copy(1, 1, 0x00, 0), 'INS (element) imm5 = 00000'),
          (enc_copy(1, 0, 0x01, 1, scalar=True), 'scalar copy imm4 = 0001'),
          (enc_copy(1, 0, 0x10, 0, scalar=True), 'scalar DUP imm5 = x0000'),
          (enc_copy(1, 1, 0x01, 0, scalar=True), 'scalar copy op = 1'),
          (0x2f00f402, 'FMOV (vector, immediate) 1D: op = 1, cmode = 1111, Q = 0'),
          (0x0f00fc02, 'FMOV (vector, immediate) half precision (o2 = 1, FP16)'),
          (0x4f00fc02, 'FMOV 8H immediate (o2 = 1, FP16)'),
          (0x2f000c02, 'o2 = 1 with op = 1')]
    u += [(enc_shift(0, 0, 8, 0, opc), 'vector shift opcode %x 1D' % opc)
          for opc in (0, 2, 4, 6, 0xA, 0xE)]
    u += [(enc_shift(0, 1, 8, 0, 8), 'SRI 1D'), (enc_shift(0, 1, 8, 0, 0xC), 'SQSHLU 1D'),
          (enc_shift(1, 0, 8, 0, 0x10), 'SHRN from Q'), (enc_shift(1, 1, 9, 0, 0x12), 'UQSHRN from Q'),
          (enc_shift(1, 0, 8, 0, 0x14), 'SSHLL to Q'),
          (enc_shift(1, 0, 1, 0, 0x08), 'vector opcode 01000 U = 0'),
          (enc_shift(1, 0, 1, 0, 0x0C), 'vector opcode 01100 U = 0')]
    u += [(enc_shift(1, 0, 2, 0, opc), 'vector shift opcode %02x' % opc)
          for opc in (0x01, 0x03, 0x05, 0x07, 0x09, 0x0B, 0x0D, 0x0F, 0x15, 0x16, 0x17, 0x18, 0x19,
                      0x1A, 0x1B, 0x1D, 0x1E)]
    u += [(enc_shift(1, 0, 4, 0, opc, scalar=True), 'scalar shift opcode %x on S' % opc)
          for opc in (0, 2, 4, 6, 0xA)]
    u += [(enc_shift(1, 1, 2, 0, 8, scalar=True), 'scalar SRI on H'),
          (enc_shift(1, 0, 2, 0, 0x10, scalar=True), 'scalar SHRN'),
          (enc_shift(1, 0, 2, 0, 0x11, scalar=True), 'scalar RSHRN'),
          (enc_shift(1, 0, 8, 0, 0x12, scalar=True), 'scalar SQSHRN from Q'),
          (enc_shift(1, 1, 4, 0, 0x14, scalar=True), 'scalar USHLL'),
          (enc_shift(1, 0, 0, 3, 0x00, scalar=True), 'scalar shift immh = 0000'),
          (enc_shift(1, 0, 0, 3, 0x0E, scalar=True), 'scalar SQSHL immh = 0000'),
          (0x4e020820, 'permute opcode 000'), (0x4e024820, 'permute opcode 100'),
          (0x0ec21820, 'UZP1 1D'), (0x0ec23820, 'ZIP1 1D'),
          (0x2e024020, 'EXT 8B #8 (imm4<3> = 1, Q = 0)'), (0x2e027820, 'EXT 8B #15'),
          (0x6e420020, 'EXT op2 = 10'), (0x6e820020, 'EXT op2 = 01'),
          (0x4e420020, 'TBL op2 = 01'), (0x4e820020, 'TBL op2 = 10'),
          (0x5e31b820, 'ADDP scalar size 00'), (0x5eb1b820, 'ADDP scalar size 10'),
          (0x7ef1b820, 'ADDP scalar U = 1')]
    return u


# ---- Random words of the same encoding spaces (C4.1.6) ---------------------------------------
# Each function draws its fields in a fixed order, so that a seed always gives the same words.

COPY_GPRS = [1, 2, 3, 4, 5, 6, 7, 31]  # X registers the start states define, and XZR


def rnd_copy(g):
    scalar = g.random() < 0.2
    q = g.randrange(2)
    op = g.randrange(2) if g.random() < 0.4 else 0
    imm5 = g.randrange(32)
    imm4 = g.choice([0, 1, 3, 5, 7, g.randrange(16)])
    rn, rd = g.choice(COPY_GPRS), g.choice(COPY_GPRS)
    return enc_copy(1 if scalar else q, op, imm5, imm4, scalar, rn, rd)


def rnd_modimm(g):
    q, op, cmode = g.randrange(2), g.randrange(2), g.randrange(16)
    o2 = 1 if g.random() < 0.05 else 0
    imm8 = g.randrange(256)
    rd = g.randrange(32)
    return (q << 30 | op << 29 | 0x0f << 24 | (imm8 >> 5) << 16 | cmode << 12 | o2 << 11 |
            1 << 10 | (imm8 & 31) << 5 | rd)


def rnd_shift(g):
    scalar = g.random() < 0.35
    q, u = g.randrange(2), g.randrange(2)
    immh = g.randrange(1, 16) if g.random() < 0.97 else 0
    opcode = g.choice([0, 2, 4, 6, 8, 10, 12, 14, 16, 17, 18, 19, 20] * 3 + [g.randrange(32)])
    if opcode in (0x1c, 0x1f):  # the FP conversions belong to exec_simd_fp.cpp
        opcode = 0
    immb = g.randrange(8)
    if not scalar and immh == 0:
        immh = 1  # immh = 0000 is the modified-immediate space
    rn = g.randrange(32)
    rd = g.randrange(32)
    return enc_shift(q, u, immh, immb, opcode, scalar, rn, rd)


def rnd_permute(g):
    q, size, opc = g.randrange(2), g.randrange(4), g.randrange(8)
    rm, rn, rd = g.randrange(32), g.randrange(32), g.randrange(32)
    return q << 30 | 0x0e << 24 | size << 22 | rm << 16 | opc << 12 | 2 << 10 | rn << 5 | rd


def rnd_ext(g):
    q = g.randrange(2)
    op2 = 0 if g.random() < 0.9 else g.randrange(4)
    rm = g.randrange(32)
    imm4 = g.randrange(16)
    rn, rd = g.randrange(32), g.randrange(32)
    return q << 30 | 0x2e << 24 | op2 << 22 | rm << 16 | imm4 << 11 | rn << 5 | rd


def rnd_tbl(g):
    q = g.randrange(2)
    op2 = 0 if g.random() < 0.9 else g.randrange(4)
    rm, length, op = g.randrange(32), g.randrange(4), g.randrange(2)
    rn, rd = g.randrange(32), g.randrange(32)
    return q << 30 | 0x0e << 24 | op2 << 22 | rm << 16 | length << 13 | op << 12 | rn << 5 | rd


def rnd_addp(g):
    u = 1 if g.random() < 0.1 else 0
    size = 3 if g.random() < 0.7 else g.randrange(4)
    rn, rd = g.randrange(32), g.randrange(32)
    return 1 << 30 | u << 29 | 0x1e << 24 | size << 22 | 0x31 << 17 | 0x1b << 12 | 2 << 10 | rn << 5 | rd


def random_words(count, seed):
    g = random.Random(seed)
    kinds = ([rnd_copy] * 4 + [rnd_modimm] * 3 + [rnd_shift] * 6 + [rnd_permute] * 2 +
             [rnd_ext, rnd_tbl, rnd_tbl, rnd_addp])
    return [g.choice(kinds)(g) for _ in range(count)]


# ---- Recording --------------------------------------------------------------------------------

def cases_of(group_of_word, words, texts, sets):
    """Three cases a word (one per start state), recording Vd (or Xd) and FPSR."""
    out = []
    for w, t in zip(words, texts):
        rd = w & 31
        if is_x_dest(w):
            keys = (['x%d' % rd] if rd != 31 else []) + ['fpsr']
        else:
            keys = ['v%d' % rd, 'fpsr']
        for k, st in enumerate(sets):
            out.append(iv.new_case(group_of_word(t), w, 'set%d' % k, st, [], keys, t))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('out', nargs='?', default=os.path.join(iv.DATA, 'insn_simd_move.txt'))
    ap.add_argument('--seed', type=int, default=6)
    ap.add_argument('--random', type=int, default=1000)
    args = ap.parse_args()
    sets = [input_set(k) for k in range(3)]
    listed = copies() + immediates() + vector_shifts() + scalar_shifts() + permutes()
    listed_cases = cases_of(group_of, iv.assemble(listed), listed, sets)
    words = random_words(args.random, args.seed)
    random_cases = cases_of(lambda t: 'random', words, iv.disassemble(words), sets)
    bad = reserved()
    reserved_cases = [iv.new_case('reserved', w, None, None, [], [], why) for w, why in bad]
    iv.record(listed_cases + random_cases + reserved_cases)
    for c in listed_cases + reserved_cases:
        assert c['undefined'] == (c['group'] == 'reserved'), ('%08x' % c['word'], c['text'])
    kept = []
    for i in range(0, len(random_cases), 3):  # a word QEMU rejects joins the reserved group
        three = random_cases[i:i + 3]
        assert len({c['undefined'] for c in three}) == 1, three[0]['text']
        if three[0]['undefined']:
            reserved_cases.append(iv.new_case('reserved', three[0]['word'], None, None, [], [],
                                              'random: ' + three[0]['text']))
            reserved_cases[-1].update(undefined=True, outputs=[])
        else:
            kept += three
    iv.write_file(args.out, 'AdvSIMD copy, immediate, shift, permute, table (exec_simd_move.cpp)',
                  [('set%d' % k, st) for k, st in enumerate(sets)],
                  listed_cases + reserved_cases + kept)
    print('%d listed words, %d reserved, %d random words executed' %
          (len(listed), len(reserved_cases), len(kept) // 3))


if __name__ == '__main__':
    main()
