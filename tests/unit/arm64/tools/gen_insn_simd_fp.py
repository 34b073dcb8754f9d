#!/usr/bin/env python3
"""Generator of tests/unit/arm64/data/insn_simd_fp.txt (AdvSIMD floating point: three same,
two-register misc, FCVTN/FCVTXN/FCVTL, across lanes, scalar pairwise, by element, fixed-point
conversions, destination aliasing a source; exec_simd_fp.cpp).

Each case sets FPCR and V0/V1/V2 (V0 is the old destination) and records V0 and FPSR. Lanes are
drawn from per-format pools (signed zeros, denormals, the limits, infinities, quiet and
signalling NaNs with payloads, integers at the conversion limits), with some random bit
patterns; FPCR cycles through 0, FZ, DN, FZ|DN and each RMode (AHP for the conversions).
Seed 1 reproduces the committed file.

usage: gen_insn_simd_fp.py [OUT] [--seed N]
"""
import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import insn_vectors as iv  # noqa: E402

POOLS = {
    'f32': [0x00000000, 0x80000000, 0x3f800000, 0xbf800000, 0x3fc00000, 0x40200000, 0xc0200000,
            0x3f000000, 0xbf400000, 0x40400000, 0x00000001, 0x807fffff, 0x00800000, 0x7f7fffff,
            0xff7fffff, 0x7f800000, 0xff800000, 0x7fc12345, 0xffc00001, 0x7f812345, 0xff800001,
            0x4f000000, 0xcf000000, 0x4f800000, 0x5f000000, 0x3eaaaaab, 0x41200000, 0x4b800001,
            0xc1a80000, 0x7e800000, 0x01000000, 0x3f7fffff, 0x40490fdb, 0xc0c90fdb, 0x3effffff,
            0x00400000, 0x80000010, 0x4effffff, 0xcf000001, 0x3f000001],
    'f64': [0x0, 0x8000000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x3ff8000000000000,
            0x4004000000000000, 0xc004000000000000, 0x3fe0000000000000, 0xbfe8000000000000,
            0x4008000000000000, 0x1, 0x800fffffffffffff, 0x0010000000000000, 0x7fefffffffffffff,
            0xffefffffffffffff, 0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000012345,
            0xfff8000000000001, 0x7ff0000000012345, 0xfff0000000000001, 0x41e0000000000000,
            0xc1e0000000000000, 0x41f0000000000000, 0x43e0000000000000, 0xc3e0000000000000,
            0x3fd5555555555555, 0x4024000000000000, 0x4340000000000001, 0xc035000000000000,
            0x7fd0000000000000, 0x0020000000000000, 0x3fefffffffffffff, 0x400921fb54442d18,
            0x36a0000000000000, 0x3810000000000000, 0x47efffffe0000000, 0x380fffffffffffff,
            0x41dfffffffc00000, 0x3ff0000010000000, 0x3ff0000030000001, 0xc7efffffffffffff],
    'f16': [0x0000, 0x8000, 0x3c00, 0xbc00, 0x0001, 0x83ff, 0x0400, 0x7bff, 0xfbff, 0x7c00, 0xfc00,
            0x7e01, 0xfe00, 0x7d00, 0xfd55, 0x3555, 0x4248, 0x5bff, 0x7fff],
    'i32': [0, 1, 0xffffffff, 0x80000000, 0x7fffffff, 0x12345678, 0xfffffffe, 0x01000001,
            0xc0000000, 0x3fffffff, 0x00ffffff, 0x40000000, 0x8000000f, 0x55555555],
    'i64': [0, 1, 0xffffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff, 0x0020000000000001,
            0xfffffffffffffffe, 0x123456789abcdef0, 0x00000000ffffffff, 0xc000000000000001,
            0x8000000000000400, 0x001fffffffffffff],
}
BITS = {'f16': 16, 'f32': 32, 'f64': 64, 'i32': 32, 'i64': 64}
RANDOM_SHARE = {'f16': 0.15, 'f32': 0.12, 'f64': 0.12, 'i32': 0.3, 'i64': 0.3}
INT_OF = {'f32': 'i32', 'f64': 'i64'}

FZ, DN, AHP = 1 << 24, 1 << 25, 1 << 26
RP, RM, RZ = 1 << 22, 2 << 22, 3 << 22
FPCRS = [0, 0, FZ, DN, FZ | DN, RP, RM, RZ, FZ | RM]
VEC = [('4s', 'f32'), ('2d', 'f64'), ('2s', 'f32')]
SCA = [('s', 'f32'), ('d', 'f64')]


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.rows = []  # (group, assembler, fpcr, v0, v1, v2) with 128-bit integers

    def lane(self, kind):
        if self.rng.random() < RANDOM_SHARE[kind]:
            return self.rng.getrandbits(BITS[kind])
        return self.rng.choice(POOLS[kind])

    def reg(self, kind):
        v = 0
        for i in range(128 // BITS[kind]):
            v |= self.lane(kind) << (i * BITS[kind])
        return v

    def add(self, group, asm, kinds, fpcr):
        """kinds: the lane formats of the values of V0, V1, V2."""
        self.rows.append((group, asm, fpcr) + tuple(self.reg(k) for k in kinds))

    def vector3(self, group, op, n=6):
        for i in range(n):
            a, k = VEC[i % 3]
            self.add(group, '%s v0.%s, v1.%s, v2.%s' % (op, a, a, a), (k, k, k),
                     FPCRS[i % len(FPCRS)])

    def scalar3(self, group, op, n=4):
        for i in range(n):
            r, k = SCA[i % 2]
            self.add(group, '%s %s0, %s1, %s2' % (op, r, r, r), (k, k, k),
                     FPCRS[(i * 3) % len(FPCRS)])

    def vector1(self, group, op, suffix='', n=6, to_int=False, shapes=VEC):
        for i in range(n):
            a, k = shapes[i % len(shapes)]
            src = INT_OF[k] if to_int else k
            self.add(group, '%s v0.%s, v1.%s%s' % (op, a, a, suffix), (k, src, k),
                     FPCRS[i % len(FPCRS)])

    def scalar1(self, group, op, suffix='', n=4, to_int=False):
        for i in range(n):
            r, k = SCA[i % 2]
            src = INT_OF[k] if to_int else k
            self.add(group, '%s %s0, %s1%s' % (op, r, r, suffix), (k, src, k),
                     FPCRS[(i * 3) % len(FPCRS)])


def build(g):
    for op in ['fmaxnm', 'fmla', 'fadd', 'fmulx', 'fcmeq', 'fmax', 'frecps', 'fminnm', 'fmls',
               'fsub', 'fmin', 'frsqrts', 'fmaxnmp', 'faddp', 'fmul', 'fcmge', 'facge', 'fmaxp',
               'fdiv', 'fminnmp', 'fabd', 'fcmgt', 'facgt', 'fminp']:
        g.vector3('three_same', op)
    for op in ['fmulx', 'fcmeq', 'frecps', 'frsqrts', 'fcmge', 'facge', 'fabd', 'fcmgt', 'facgt']:
        g.scalar3('three_same_scalar', op)

    for op in ['fcmgt', 'fcmge', 'fcmeq', 'fcmle', 'fcmlt']:
        g.vector1('two_misc', op, ', #0.0')
        g.scalar1('two_misc_scalar', op, ', #0.0')
    for op in ['fabs', 'fneg', 'frintn', 'frintm', 'frintp', 'frintz', 'frinta', 'frintx',
               'frinti', 'frecpe', 'frsqrte', 'fsqrt']:
        g.vector1('two_misc', op, n=8 if op.startswith('frint') else 6)
    for op in ['fcvtns', 'fcvtnu', 'fcvtms', 'fcvtmu', 'fcvtps', 'fcvtpu', 'fcvtzs', 'fcvtzu',
               'fcvtas', 'fcvtau']:
        g.vector1('two_misc', op, n=8)
        g.scalar1('two_misc_scalar', op)
    for op in ['scvtf', 'ucvtf']:
        g.vector1('two_misc', op, n=8, to_int=True)
        g.scalar1('two_misc_scalar', op, to_int=True)
    for op in ['frecpe', 'frsqrte', 'frecpx']:
        g.scalar1('two_misc_scalar', op)
    for op in ['urecpe', 'ursqrte']:
        g.vector1('two_misc', op, to_int=True, shapes=[('4s', 'f32'), ('2s', 'f32')])

    for fpcr in [0, AHP, FZ, DN, RP, RM, RZ, AHP | DN]:
        for asm, kinds in [('fcvtn v0.4h, v1.4s', 'f32 f32'), ('fcvtn2 v0.8h, v1.4s', 'f32 f32'),
                           ('fcvtn v0.2s, v1.2d', 'f64 f64'), ('fcvtn2 v0.4s, v1.2d', 'f64 f64'),
                           ('fcvtxn v0.2s, v1.2d', 'f64 f64'), ('fcvtxn2 v0.4s, v1.2d', 'f64 f64'),
                           ('fcvtxn s0, d1', 'f64 f64'), ('fcvtl v0.4s, v1.4h', 'f32 f16'),
                           ('fcvtl2 v0.4s, v1.8h', 'f32 f16'), ('fcvtl v0.2d, v1.2s', 'f64 f32'),
                           ('fcvtl2 v0.2d, v1.4s', 'f64 f32')]:
            dst, src = kinds.split()
            g.add('convert', asm, (dst, src, dst), fpcr)

    for op in ['fmaxnmv', 'fmaxv', 'fminnmv', 'fminv']:
        for i in range(8):
            g.add('across', '%s s0, v1.4s' % op, ('f32',) * 3, FPCRS[i])
    for op in ['faddp', 'fmaxp', 'fminp', 'fmaxnmp', 'fminnmp']:
        for i in range(6):
            r, k, a = [('s', 'f32', '2s'), ('d', 'f64', '2d')][i % 2]
            g.add('pairwise_scalar', '%s %s0, v1.%s' % (op, r, a), (k, k, k), FPCRS[i])

    for op in ['fmla', 'fmls', 'fmul', 'fmulx']:
        for i in range(8):
            a, k = VEC[i % 3]
            index = g.rng.randrange(4 if k == 'f32' else 2)
            e = 's' if k == 'f32' else 'd'
            g.add('by_element', '%s v0.%s, v1.%s, v2.%s[%d]' % (op, a, a, e, index), (k, k, k),
                  FPCRS[i])
        for i in range(4):
            r, k = SCA[i % 2]
            index = g.rng.randrange(4 if k == 'f32' else 2)
            g.add('by_element', '%s %s0, %s1, v2.%s[%d]' % (op, r, r, r, index), (k, k, k),
                  FPCRS[i * 2])

    for op, to_int in [('scvtf', True), ('ucvtf', True), ('fcvtzs', False), ('fcvtzu', False)]:
        for i in range(8):
            a, k = VEC[i % 3]
            fbits = g.rng.choice([1, 2, 16, 31, 32] if k == 'f32' else [1, 3, 32, 52, 63, 64])
            g.add('fixed_point', '%s v0.%s, v1.%s, #%d' % (op, a, a, fbits),
                  (k, INT_OF[k] if to_int else k, k), FPCRS[i])
        for i in range(4):
            r, k = SCA[i % 2]
            fbits = g.rng.choice([1, 8, 32] if k == 'f32' else [1, 20, 64])
            g.add('fixed_point', '%s %s0, %s1, #%d' % (op, r, r, fbits),
                  (k, INT_OF[k] if to_int else k, k), FPCRS[i * 2])

    # The destination aliasing a source: every input is read before Vd is written.
    for asm, kind in [('fcvtn2 v0.8h, v0.4s', 'f32'), ('fcvtxn2 v0.4s, v0.2d', 'f64'),
                      ('fcvtl2 v0.2d, v0.4s', 'f32'), ('fcvtl2 v0.4s, v0.8h', 'f16'),
                      ('fmla v0.4s, v0.4s, v0.s[2]', 'f32'), ('fmls v0.2d, v1.2d, v0.d[1]', 'f64'),
                      ('faddp v0.4s, v2.4s, v0.4s', 'f32'), ('fmaxnmp v0.2d, v0.2d, v1.2d', 'f64'),
                      ('fmaxnmv s0, v0.4s', 'f32'), ('faddp d0, v0.2d', 'f64'),
                      ('scvtf v0.4s, v0.4s, #3', 'i32'), ('frecpe v0.2d, v0.2d', 'f64'),
                      ('fmls v0.4s, v0.4s, v0.4s', 'f32'), ('fcmge v0.2d, v0.2d, v1.2d', 'f64')]:
        for i in range(3):
            g.add('alias', asm, (kind,) * 3, FPCRS[i * 2])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('out', nargs='?', default=os.path.join(iv.DATA, 'insn_simd_fp.txt'))
    ap.add_argument('--seed', type=int, default=1)
    args = ap.parse_args()
    g = Gen(args.seed)
    build(g)
    groups = list(dict.fromkeys(r[0] for r in g.rows))
    g.rows.sort(key=lambda r: groups.index(r[0]))  # stable: by group, then as generated
    texts = list(dict.fromkeys(r[1] for r in g.rows))
    word = dict(zip(texts, iv.assemble(texts)))
    cases = []
    for group, asm, fpcr, v0, v1, v2 in g.rows:
        halves = [(v >> 64, v & iv.M64) for v in (v0, v1, v2)]
        inputs = [('fpcr', fpcr)] + [('v%d' % r, h) for r, h in enumerate(halves)]
        cases.append(iv.new_case(group, word[asm], None, None, inputs, ['v0', 'fpsr'], asm))
    iv.record(cases)
    iv.write_file(args.out, 'AdvSIMD floating point (exec_simd_fp.cpp)', [], cases)
    print('%d cases' % len(cases))


if __name__ == '__main__':
    main()
