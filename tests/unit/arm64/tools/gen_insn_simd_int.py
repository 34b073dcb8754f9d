#!/usr/bin/env python3
"""Generator of tests/unit/arm64/data/insn_simd_int.txt (AdvSIMD integer: three same, shifts by
register, scalar three same, three different, two-register misc, across lanes, by element;
exec_simd_int.cpp).

Fixed groups: every listed instruction runs once from the state "init" (FPSR = 0); Vd and FPSR
are recorded. "init" puts signed/unsigned extremes in V0/V1/V16/V17/V18 (saturation, QC,
MIN * MIN), an ordinary pattern in V2, register-shift counts in V3-V7 (the low byte of each
lane: below, at and above the element size, negative) and pseudo-random values in the rest.
The destinations cycle through V8-V31 and the sources through a fixed list of pairs, so the
lists below fully determine the file (they reproduce the committed fixed groups exactly).

Random group: random words of the same encoding spaces (FP opcodes excluded) from the state
"random" (lanes biased to the edges); QEMU decides which are Undefined. Seed 21 reproduces the
committed file.

usage: gen_insn_simd_int.py [OUT] [--seed N] [--random N] [--keep-random]
       (default: the data file, seed 21, 800 random words: reproduces the committed file;
       --keep-random re-records the random group of the existing file instead)
"""
import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import insn_vectors as iv  # noqa: E402

M64 = iv.M64


def lcg(seed):
    x = seed
    while True:
        x = (x * 6364136223846793005 + 1442695040888963407) & M64
        yield x


def init_state():
    low = [(0x7fff8000ff017f80, 0x800000007fffffff), (0x8000000180017fff, 0xffffffff00000001),
           (0x0123456789abcdef, 0xfedcba9876543210), (0x5555aaaa0000803f, 0x80000000000000bf),
           (0xc3c3c3c3deadbe40, 0x00000001000000c0), (0xf8f9ff0908070100, 0x40f010fd03807ff7),
           (0x00110010ff0f0000, 0x00ef00f000f100ff), (0x000000200000001f, 0x000000e0ffffffe1)]
    g = lcg(12345)
    regs = low + [(next(g), next(g)) for _ in range(8, 32)]
    regs[16] = (0x7fffffffffffffff, 0x8000000000000000)
    regs[17] = (0x7fffffff80000000, 0x7fff80007fff8000)
    regs[18] = (0xffffffffffffffff, 0x0000000000000000)
    st = iv.zero_state()
    st['v'] = [(hi, lo) for lo, hi in regs]
    return st


class Operands:
    """Destinations cycle through V8-V31, source pairs through a fixed list."""
    PAIRS = [(0, 1), (1, 0), (0, 0), (2, 0), (1, 2), (3, 4), (0, 17), (17, 1), (16, 17), (2, 16)]

    def __init__(self):
        self.d_next, self.p_next = 0, 0

    def d(self):
        r = 8 + self.d_next % 24
        self.d_next += 1
        return r

    def pair(self):
        p = self.PAIRS[self.p_next % len(self.PAIRS)]
        self.p_next += 1
        return p


ARR = {'b': ['8b', '16b'], 'h': ['4h', '8h'], 's': ['2s', '4s'], 'd': ['2d']}
WIDE = [('8h', '8b', '16b'), ('4s', '4h', '8h'), ('2d', '2s', '4s')]


def arrs(sizes):
    return [a for s in sizes for a in ARR[s]]


def fixed_groups():
    o = Operands()
    d, pair = o.d, o.pair
    groups = {}

    g = groups['three_same'] = []
    for op, sizes in [('shadd', 'bhs'), ('uhadd', 'bhs'), ('srhadd', 'bhs'), ('urhadd', 'bhs'),
                      ('shsub', 'bhs'), ('uhsub', 'bhs'), ('sqadd', 'bhsd'), ('uqadd', 'bhsd'),
                      ('sqsub', 'bhsd'), ('uqsub', 'bhsd'), ('cmgt', 'bhsd'), ('cmhi', 'bhsd'),
                      ('cmge', 'bhsd'), ('cmhs', 'bhsd'), ('cmtst', 'bhsd'), ('cmeq', 'bhsd'),
                      ('smax', 'bhs'), ('umax', 'bhs'), ('smin', 'bhs'), ('umin', 'bhs'),
                      ('sabd', 'bhs'), ('uabd', 'bhs'), ('saba', 'bhs'), ('uaba', 'bhs'),
                      ('add', 'bhsd'), ('sub', 'bhsd'), ('mla', 'bhs'), ('mls', 'bhs'),
                      ('mul', 'bhs'), ('pmul', 'b'), ('smaxp', 'bhs'), ('umaxp', 'bhs'),
                      ('sminp', 'bhs'), ('uminp', 'bhs'), ('addp', 'bhsd'), ('sqdmulh', 'hs'),
                      ('sqrdmulh', 'hs')] + [(op, 'b') for op in
                                             ('and', 'bic', 'orr', 'orn', 'eor', 'bsl', 'bit', 'bif')]:
        for a in arrs(sizes):
            n, m = pair()
            g.append('%s v%d.%s, v%d.%s, v%d.%s' % (op, d(), a, n, a, m, a))
    g += ['add v1.16b, v1.16b, v1.16b', 'bsl v2.16b, v2.16b, v0.16b', 'sqdmulh v0.8h, v0.8h, v0.8h',
          'sqrdmulh v3.4s, v0.4s, v0.4s', 'sqrdmulh v9.4h, v17.4h, v17.4h', 'mul v10.8h, v0.8h, v1.8h']

    g = groups['shift_reg'] = []
    counts = {'b': [5], 'h': [6], 's': [7, 3], 'd': [3, 4]}  # registers holding shift counts
    for op in ['sshl', 'ushl', 'srshl', 'urshl', 'sqshl', 'uqshl', 'sqrshl', 'uqrshl']:
        for s in 'bhsd':
            for a in ARR[s]:
                for m in counts[s]:
                    for n in (0, 1, 2):
                        g.append('%s v%d.%s, v%d.%s, v%d.%s' % (op, d(), a, n, a, m, a))
    for op in ['sqshl', 'uqshl', 'sqrshl', 'uqrshl']:
        for r, m in [('b', 5), ('h', 6), ('s', 7), ('d', 3), ('d', 4)]:
            for n in (0, 1):
                g.append('%s %s%d, %s%d, %s%d' % (op, r, d(), r, n, r, m))
    for op in ['sshl', 'ushl', 'srshl', 'urshl']:
        for n, m in [(0, 3), (1, 4), (2, 4), (16, 3)]:
            g.append('%s d%d, d%d, d%d' % (op, d(), n, m))

    g = groups['scalar_same'] = []
    for op in ['sqadd', 'uqadd', 'sqsub', 'uqsub']:
        for r in 'bhsd':
            for n, m in [(0, 1), (16, 17), (1, 0)]:
                g.append('%s %s%d, %s%d, %s%d' % (op, r, d(), r, n, r, m))
    for op in ['cmgt', 'cmhi', 'cmge', 'cmhs', 'cmtst', 'cmeq', 'add', 'sub']:
        for n, m in [(0, 1), (16, 17), (2, 2)]:
            g.append('%s d%d, d%d, d%d' % (op, d(), n, m))
    for op in ['sqdmulh', 'sqrdmulh']:
        for r in 'hs':
            for n, m in [(0, 1), (17, 17), (2, 3)]:
                g.append('%s %s%d, %s%d, %s%d' % (op, r, d(), r, n, r, m))

    g = groups['three_diff'] = []
    # (Vd arrangement, Vn arrangement, Vm arrangement) for the plain and the "2" form
    forms = {
        'long': lambda w, nn: (w, nn, nn),
        'wide': lambda w, nn: (w, w, nn),
        'narrow': lambda w, nn: (nn, w, w),
    }
    for kind, ops in [('long', ['saddl', 'uaddl', 'ssubl', 'usubl', 'sabal', 'uabal', 'sabdl',
                                'uabdl', 'smlal', 'umlal', 'smlsl', 'umlsl', 'smull', 'umull']),
                      ('wide', ['saddw', 'uaddw', 'ssubw', 'usubw']),
                      ('narrow', ['addhn', 'raddhn', 'subhn', 'rsubhn'])]:
        for op in ops:
            for w, nn, nn2 in WIDE:
                for suffix, half in (('', nn), ('2', nn2)):
                    ad, an, am = forms[kind](w, half)
                    n, m = pair()
                    g.append('%s%s v%d.%s, v%d.%s, v%d.%s' % (op, suffix, d(), ad, n, an, m, am))
    for op in ['sqdmlal', 'sqdmlsl', 'sqdmull']:
        for w, nn, nn2 in WIDE[1:]:
            for n, m in [(0, 1), (17, 17), (0, 0)]:
                g.append('%s v%d.%s, v%d.%s, v%d.%s' % (op, d(), w, n, nn, m, nn))
                g.append('%s2 v%d.%s, v%d.%s, v%d.%s' % (op, d(), w, n, nn2, m, nn2))
        for w, nn in [('s', 'h'), ('d', 's')]:
            for n, m in [(0, 1), (17, 17), (1, 1), (2, 3)]:
                g.append('%s %s%d, %s%d, %s%d' % (op, w, d(), nn, n, nn, m))
    g += ['sqdmlal v16.2d, v17.2s, v17.2s', 'sqdmlsl v16.2d, v17.2s, v17.2s',
          'sqdmlal2 v17.4s, v17.8h, v17.8h', 'pmull v8.8h, v0.8b, v1.8b',
          'pmull2 v9.8h, v2.16b, v1.16b', 'pmull v10.1q, v2.1d, v4.1d',
          'pmull2 v11.1q, v2.2d, v4.2d', 'pmull v12.1q, v18.1d, v18.1d',
          'pmull2 v2.1q, v2.2d, v2.2d', 'umlal2 v1.2d, v1.4s, v1.4s', 'addhn2 v0.16b, v0.8h, v1.8h']

    g = groups['two_misc'] = []
    for op, sizes in [('rev64', ['8b', '16b', '4h', '8h', '2s', '4s']),
                      ('rev32', ['8b', '16b', '4h', '8h']), ('rev16', ['8b', '16b']),
                      ('cls', arrs('bhs')), ('clz', arrs('bhs')), ('cnt', ['8b', '16b']),
                      ('not', ['8b', '16b']), ('rbit', ['8b', '16b']), ('sqabs', arrs('bhsd')),
                      ('sqneg', arrs('bhsd')), ('abs', arrs('bhsd')), ('neg', arrs('bhsd')),
                      ('suqadd', arrs('bhsd')), ('usqadd', arrs('bhsd'))]:
        for a in sizes:
            for n in (0, 1, 2, 17):
                g.append('%s v%d.%s, v%d.%s' % (op, d(), a, n, a))
    for op in ['cmgt', 'cmge', 'cmeq', 'cmle', 'cmlt']:
        for a in arrs('bhsd'):
            for n in (0, 1):
                g.append('%s v%d.%s, v%d.%s, #0' % (op, d(), a, n, a))
        for n in (0, 1, 18, 16):
            g.append('%s d%d, d%d, #0' % (op, d(), n))
    for op in ['sqabs', 'sqneg', 'suqadd', 'usqadd']:
        for r in 'bhsd':
            for n in (0, 1, 16, 17):
                g.append('%s %s%d, %s%d' % (op, r, d(), r, n))
    for op in ['abs', 'neg']:
        for n in (0, 1, 16):
            g.append('%s d%d, d%d' % (op, d(), n))
    for op in ['saddlp', 'uaddlp', 'sadalp', 'uadalp']:
        for w, nn in [('4h', '8b'), ('8h', '16b'), ('2s', '4h'), ('4s', '8h'), ('1d', '2s'),
                      ('2d', '4s')]:
            for n in (0, 1, 2):
                g.append('%s v%d.%s, v%d.%s' % (op, d(), w, n, nn))
    for op in ['xtn', 'sqxtun', 'sqxtn', 'uqxtn']:
        for w, nn, nn2 in WIDE:
            for n in (0, 1, 2, 17):
                g.append('%s v%d.%s, v%d.%s' % (op, d(), nn, n, w))
                g.append('%s2 v%d.%s, v%d.%s' % (op, d(), nn2, n, w))
    for op in ['sqxtun', 'sqxtn', 'uqxtn']:
        for r, w in [('b', 'h'), ('h', 's'), ('s', 'd')]:
            for n in (0, 1, 2, 16, 17):
                g.append('%s %s%d, %s%d' % (op, r, d(), w, n))
    for (w, nn, nn2), sh in zip(WIDE, (8, 16, 32)):
        for n in (0, 2):
            g.append('shll v%d.%s, v%d.%s, #%d' % (d(), w, n, nn, sh))
            g.append('shll2 v%d.%s, v%d.%s, #%d' % (d(), w, n, nn2, sh))
    g += ['rev64 v0.16b, v0.16b', 'xtn2 v1.16b, v1.8h', 'sqxtn2 v2.8h, v2.4s',
          'uadalp v3.2d, v3.4s']

    g = groups['across'] = []
    for op in ['saddlv', 'uaddlv']:
        for r, a in [('h', '8b'), ('h', '16b'), ('s', '4h'), ('s', '8h'), ('d', '4s')]:
            for n in (0, 1, 2, 18):
                g.append('%s %s%d, v%d.%s' % (op, r, d(), n, a))
    for op in ['smaxv', 'umaxv', 'sminv', 'uminv', 'addv']:
        for r, a in [('b', '8b'), ('b', '16b'), ('h', '4h'), ('h', '8h'), ('s', '4s')]:
            for n in (0, 1, 2, 17):
                g.append('%s %s%d, v%d.%s' % (op, r, d(), n, a))

    g = groups['by_elem'] = []
    h_elems = [(0, 0), (1, 3), (1, 7), (2, 5), (15, 2)]   # (Vm, index): Vm 0-15 for H
    s_elems = [(0, 0), (1, 3), (17, 1), (31, 2), (16, 1)]  # Vm 0-31 for S
    sources = (0, 1, 2, 17, 0)
    for op in ['mla', 'mls', 'mul', 'sqdmulh', 'sqrdmulh']:
        for a, elems, t in [('4h', h_elems, 'h'), ('8h', h_elems, 'h'), ('2s', s_elems, 's'),
                            ('4s', s_elems, 's')]:
            for (m, i), n in zip(elems, sources):
                g.append('%s v%d.%s, v%d.%s, v%d.%s[%d]' % (op, d(), a, n, a, m, t, i))
    for op in ['smlal', 'umlal', 'smlsl', 'umlsl', 'smull', 'umull', 'sqdmlal', 'sqdmlsl',
               'sqdmull']:
        for w, nn, nn2, elems, t in [('4s', '4h', '8h', h_elems, 'h'),
                                     ('2d', '2s', '4s', s_elems, 's')]:
            for (m, i), n in zip(elems, sources):
                g.append('%s v%d.%s, v%d.%s, v%d.%s[%d]' % (op, d(), w, n, nn, m, t, i))
                g.append('%s2 v%d.%s, v%d.%s, v%d.%s[%d]' % (op, d(), w, n, nn2, m, t, i))
    for ops, shapes in [(['sqdmlal', 'sqdmlsl', 'sqdmull'], [('s', 'h', h_elems, 'h'),
                                                              ('d', 's', s_elems, 's')]),
                        (['sqdmulh', 'sqrdmulh'], [('h', 'h', h_elems, 'h'),
                                                   ('s', 's', s_elems, 's')])]:
        for op in ops:
            for rd, rn, elems, t in shapes:
                for (m, i), n in zip(elems, sources):
                    g.append('%s %s%d, %s%d, v%d.%s[%d]' % (op, rd, d(), rn, n, m, t, i))
    g += ['mla v0.8h, v0.8h, v0.h[7]', 'sqdmlal2 v17.2d, v17.4s, v17.s[0]',
          'sqdmulh h0, h0, v0.h[2]', 'sqdmlal d16, s17, v17.s[0]', 'sqdmlsl d16, s17, v17.s[0]']
    return groups


def random_lane(rng, bits):
    """A lane value biased to the edges: extremes, small magnitudes (shift counts), random."""
    m = (1 << bits) - 1
    if rng.random() < 0.5:
        return rng.getrandbits(bits)
    return rng.choice([0, 1, 2, m, m - 1, 1 << (bits - 1), (1 << (bits - 1)) - 1,
                       (1 << (bits - 1)) + 1, rng.randrange(0, 70), (-rng.randrange(1, 70)) & m])


def random_state(rng):
    st = iv.zero_state()
    for r in range(32):
        bits = rng.choice([8, 16, 32, 64])
        v = 0
        for i in range(128 // bits):
            v |= random_lane(rng, bits) << (i * bits)
        st['v'][r] = (v >> 64, v & M64)
    return st


# Encoding spaces of random_word(), "same" (three same, the largest) drawn twice as often.
SPACES = ['same', 'same', 'same_scalar', 'diff', 'diff_scalar', 'misc', 'misc_scalar', 'across',
          'elem', 'elem_scalar']


def random_word(rng):
    """A random word of one of the integer encoding spaces (vector or scalar)."""
    space = rng.choice(SPACES)
    q, u, size = rng.getrandbits(1), rng.getrandbits(1), rng.getrandbits(2)
    rd, rn, rm = rng.getrandbits(5), rng.getrandbits(5), rng.getrandbits(5)
    vec = q << 30
    if space.startswith('same'):
        base = 0x5E200400 if space.endswith('scalar') else 0x0E200400 | vec
        return base | u << 29 | size << 22 | rm << 16 | rng.randrange(0x18) << 11 | rn << 5 | rd
    if space.startswith('diff'):
        base = 0x5E200000 if space.endswith('scalar') else 0x0E200000 | vec
        return base | u << 29 | size << 22 | rm << 16 | rng.randrange(16) << 12 | rn << 5 | rd
    if space.startswith('misc'):
        op = rng.choice([o for o in range(0x16) if not 0x0C <= o <= 0x0F])  # no FP opcodes
        base = 0x5E200800 if space.endswith('scalar') else 0x0E200800 | vec
        return base | u << 29 | size << 22 | op << 12 | rn << 5 | rd
    if space == 'across':
        op = rng.choice([o for o in range(0x20) if o not in (0x0C, 0x0F)])
        return 0x0E300800 | vec | u << 29 | size << 22 | op << 12 | rn << 5 | rd
    op = rng.choice([o for o in range(16) if o not in (1, 5, 9)])  # no FP by element
    base = 0x5F000000 if space.endswith('scalar') else 0x0F000000 | vec
    m_rm = rng.getrandbits(5)  # by element draws its own M:Rm, L and H
    el, h = rng.getrandbits(1), rng.getrandbits(1)
    return base | u << 29 | size << 22 | el << 21 | m_rm << 16 | op << 12 | h << 11 | rn << 5 | rd


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('out', nargs='?', default=os.path.join(iv.DATA, 'insn_simd_int.txt'))
    ap.add_argument('--seed', type=int, default=21)
    ap.add_argument('--random', type=int, default=800)
    ap.add_argument('--keep-random', action='store_true')
    args = ap.parse_args()
    init = init_state()
    cases = []
    for group, lines in fixed_groups().items():
        for text, word in zip(lines, iv.assemble(lines)):
            cases.append(iv.new_case(group, word, 'init', init, [], ['v%d' % (word & 31), 'fpsr'],
                                     text))
    iv.record(cases)
    if args.keep_random:
        old = list(iv.parse_file(os.path.join(iv.DATA, 'insn_simd_int.txt')))
        rstate = next(c for k, c in old if k == 'case' and c['group'] == 'random')['in']
        rand = [c for k, c in old if k == 'case' and c['group'] == 'random']
        iv.record(rand)  # re-run on the oracle all the same
    else:
        rng = random.Random(args.seed)
        rstate = random_state(rng)
        words = [random_word(rng) for _ in range(args.random)]
        rand = [iv.new_case('random', w, 'random', rstate, [], ['v%d' % (w & 31), 'fpsr'], t)
                for w, t in zip(words, iv.disassemble(words))]
        iv.record(rand)
    iv.write_file(args.out, 'AdvSIMD integer (exec_simd_int.cpp)',
                  [('init', init), ('random', rstate)], cases + rand)
    print('%d fixed cases, %d random (%d Undefined)' %
          (len(cases), len(rand), sum(c['undefined'] for c in rand)))


if __name__ == '__main__':
    main()
