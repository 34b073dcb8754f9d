#!/usr/bin/env python3
"""Generator of tests/unit/arm64/data/insn_fp_scalar.txt (scalar floating point:
exec_fp_scalar.cpp).

Hand-picked operands (signed zeros, denormals, the limits, infinities, quiet and signalling NaNs
with payloads, ties, integers at the conversion limits) for every instruction class, under
FPCR = 0, each RMode, FZ, DN and AHP where they matter. Every case starts from the state "fp"
(V0 and X0 = 0x5555..., V1-V3 with fixed upper halves) with the operands in the low 64 bits of
V1-V3 and in X1; V0, X0, NZCV and FPSR afterwards are recorded. Deterministic: regenerating
reproduces the committed file.

usage: gen_insn_fp_scalar.py [OUT]
"""
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import insn_vectors as iv  # noqa: E402

RN, RP, RM, RZ = 0, 0x400000, 0x800000, 0xC00000
FZ, DN, AHP = 0x1000000, 0x2000000, 0x4000000
FILL = 0x5555555555555555


def f32(x):
    return struct.unpack('<I', struct.pack('<f', x))[0]


def f64(x):
    return struct.unpack('<Q', struct.pack('<d', x))[0]


# Named operands in single and double precision.
NAMES = {
    # name: (single, double)
    'one': (0x3f800000, f64(1.0)), 'two': (0x40000000, f64(2.0)), 'h15': (0x3fc00000, f64(1.5)),
    'm25': (0xc0200000, f64(-2.5)), 'p25': (0x40200000, f64(2.5)),
    'three': (0x40400000, f64(3.0)), 'tenth': (0x3dcccccd, f64(0.1)), 'pz': (0, 0),
    'nz': (0x80000000, 1 << 63), 'inf': (0x7f800000, 0x7ff0000000000000),
    'ninf': (0xff800000, 0xfff0000000000000), 'qnan': (0x7fc00001, 0x7ff8000000000001),
    'snan': (0x7f800001, 0x7ff0000000000001), 'nqnan': (0xffc00002, 0xfff8000000000002),
    'den': (0x00000001, 1), 'den2': (0x00400000, 0x0008000000000000),
    'max': (0x7f7fffff, 0x7fefffffffffffff), 'minn': (0x00800000, 0x0010000000000000),
    'half': (0x3f000000, f64(0.5)), 'nhalf': (0xbf000000, f64(-0.5)),
    'm15': (0xbfc00000, f64(-1.5)), 'm1': (0xbf800000, f64(-1.0)), 'four': (0x40800000, f64(4.0)),
}
S = {k: v[0] for k, v in NAMES.items()}
D = {k: v[1] for k, v in NAMES.items()}
PRECISIONS = (('s', S), ('d', D))
H = [0x3c00, 0x7bff, 0x7c00, 0x7e01, 0x7c01, 0x0001, 0xfc00, 0x3555, 0x8000]  # half precision


class Cases:
    def __init__(self):
        self.rows = []  # (group, assembler, fpcr, nzcv, v1, v2, v3, x1)

    def add(self, group, asm, fpcr=RN, nzcv=0, v1=0, v2=0, v3=0, x1=0):
        self.rows.append((group, asm, fpcr, nzcv, v1, v2, v3, x1))


def arithmetic(c):
    pairs = [('h15', 'p25'), ('tenth', 'three'), ('inf', 'ninf'), ('pz', 'nz'), ('qnan', 'one'),
             ('one', 'snan'), ('qnan', 'snan'), ('nqnan', 'two'), ('den', 'one'), ('max', 'max'),
             ('minn', 'half'), ('one', 'pz'), ('inf', 'pz')]
    minmax_pairs = [('h15', 'm25'), ('pz', 'nz'), ('nz', 'pz'), ('qnan', 'one'), ('one', 'nqnan'),
                    ('snan', 'one'), ('qnan', 'snan'), ('den', 'pz')]
    for r, V in PRECISIONS:
        for op in ('fadd', 'fsub', 'fmul', 'fdiv', 'fnmul'):
            asm = '%s %s0, %s1, %s2' % (op, r, r, r)
            for a, b in pairs:
                c.add('dp2', asm, RN, 0, V[a], V[b])
            for a, b in (('qnan', 'one'), ('den', 'one'), ('minn', 'half')):
                c.add('dp2', asm, FZ | DN, 0, V[a], V[b])
            for a, b in (('tenth', 'three'), ('max', 'max')):
                for mode in (RP, RM, RZ):
                    c.add('dp2', asm, mode, 0, V[a], V[b])
        for op in ('fmax', 'fmin', 'fmaxnm', 'fminnm'):
            asm = '%s %s0, %s1, %s2' % (op, r, r, r)
            for a, b in minmax_pairs:
                c.add('dp2', asm, RN, 0, V[a], V[b])
            c.add('dp2', asm, FZ | DN, 0, V['den'], V['pz'])
            c.add('dp2', asm, FZ | DN, 0, V['qnan'], V['one'])


def one_source(c):
    for r, V in PRECISIONS:
        for op in ('fmov', 'fabs', 'fneg'):
            asm = '%s %s0, %s1' % (op, r, r)
            for v in ('m25', 'nz', 'snan', 'nqnan', 'den'):
                c.add('dp1', asm, RN, 0, V[v])
            c.add('dp1', asm, FZ | DN, 0, V['den'])
            c.add('dp1', asm, FZ | DN, 0, V['snan'])
        asm = 'fsqrt %s0, %s1' % (r, r)
        for v in ('four', 'two', 'm1', 'nz', 'snan', 'den', 'inf', 'tenth'):
            c.add('dp1', asm, RN, 0, V[v])
        for mode in (RP, RM, FZ | DN):
            c.add('dp1', asm, mode, 0, V['two'])
        c.add('dp1', asm, FZ, 0, V['den2'])
        for op in ('frintn', 'frintp', 'frintm', 'frintz', 'frinta', 'frintx', 'frinti'):
            asm = '%s %s0, %s1' % (op, r, r)
            for v in ('p25', 'm25', 'half', 'nhalf', 'h15', 'nz', 'qnan', 'snan', 'den', 'tenth',
                      'max'):
                c.add('dp1', asm, RN, 0, V[v])
            c.add('dp1', asm, FZ | DN, 0, V['nhalf'])
            c.add('dp1', asm, FZ, 0, V['den2'])
        for op in ('frintx', 'frinti'):  # the two that round by FPCR.RMode
            for v in ('p25', 'm25', 'tenth'):
                for mode in (RP, RM, RZ):
                    c.add('dp1', '%s %s0, %s1' % (op, r, r), mode, 0, V[v])


def conversions(c):
    special = ('tenth', 'qnan', 'snan', 'den', 'max', 'ninf')
    forms = [
        ('fcvt d0, s1', [S[k] for k in special + ('nz',)], False),
        ('fcvt s0, d1', [D[k] for k in special + ('nz',)] +
         [f64(1e300), f64(1e-300), f64(1.0000000596046448)], True),
        ('fcvt h0, s1', [S[k] for k in special + ('one',)] +
         [f32(65520.0), f32(1e-7), f32(70000.0)], True),
        ('fcvt h0, d1', [D[k] for k in special + ('one',)] +
         [f64(65520.0), f64(1e-7), f64(70000.0)], True),
        ('fcvt s0, h1', H, False),
        ('fcvt d0, h1', H, False),
    ]
    for asm, values, narrowing in forms:
        for v in values:
            for mode in (RN, AHP | DN, FZ | RZ):
                c.add('fcvt', asm, mode, 0, v)
        if narrowing:  # the rounding modes, where the result can round
            for v in values[:1] + values[4:5] + values[-3:]:
                for mode in (RP, RM):
                    c.add('fcvt', asm, mode, 0, v)


def fused(c):
    triples = [('h15', 'p25', 'half'), ('tenth', 'three', 'm1'), ('inf', 'pz', 'qnan'),
               ('snan', 'one', 'qnan'), ('qnan', 'snan', 'one'), ('one', 'nqnan', 'snan'),
               ('one', 'one', 'm1'), ('max', 'two', 'max'), ('den', 'one', 'pz'),
               ('one', 'inf', 'ninf')]
    for r, V in PRECISIONS:
        for op in ('fmadd', 'fmsub', 'fnmadd', 'fnmsub'):
            asm = '%s %s0, %s1, %s2, %s3' % (op, r, r, r, r)
            for a, b, d in triples:
                c.add('dp3', asm, RN, 0, V[a], V[b], V[d])
            for a, b, d in (('one', 'one', 'm1'), ('tenth', 'three', 'm1'), ('qnan', 'snan', 'one'),
                            ('den', 'one', 'pz')):
                c.add('dp3', asm, RM, 0, V[a], V[b], V[d])
                c.add('dp3', asm, DN | FZ, 0, V[a], V[b], V[d])
            for mode in (RP, RZ):
                c.add('dp3', asm, mode, 0, V['tenth'], V['three'], V['m1'])
                c.add('dp3', asm, mode, 0, V['max'], V['two'], V['max'])


def compares(c):
    pairs = [('one', 'two'), ('two', 'one'), ('pz', 'nz'), ('qnan', 'one'), ('one', 'snan'),
             ('inf', 'inf'), ('den', 'pz'), ('ninf', 'max')]
    for r, V in PRECISIONS:
        for op in ('fcmp', 'fcmpe'):
            for a, b in pairs:
                c.add('cmp', '%s %s1, %s2' % (op, r, r), RN, 0xf, V[a], V[b])
                c.add('cmp', '%s %s1, #0.0' % (op, r), RN, 0x9, V[a])
            c.add('cmp', '%s %s1, %s2' % (op, r, r), FZ, 0, V['den'], V['pz'])
            c.add('cmp', '%s %s1, #0.0' % (op, r), FZ, 0, V['den'])
        for op in ('fccmp', 'fccmpe'):
            asm = '%s %s1, %s2, #0x5, eq' % (op, r, r)
            for a, b in pairs:
                c.add('cmp', asm, RN, 0x4, V[a], V[b])  # EQ holds: the operands are compared
                c.add('cmp', asm, RN, 0x8, V[a], V[b])  # EQ fails: NZCV = #nzcv
            c.add('cmp', '%s %s1, %s2, #0xa, ge' % (op, r, r), RN, 0x9, V['qnan'], V['one'])
            c.add('cmp', '%s %s1, %s2, #0xa, ge' % (op, r, r), RN, 0x8, V['snan'], V['one'])
            c.add('cmp', '%s %s1, %s2, #0x3, nv' % (op, r, r), RN, 0, V['one'], V['two'])
        for cond, flags in (('ne', (0, 0x4)), ('gt', (0, 0x8, 0x4)), ('al', (0,))):
            for n in flags:
                c.add('sel', 'fcsel %s0, %s1, %s2, %s' % (r, r, r, cond), RN, n, V['snan'],
                      V['m25'])


def moves(c):
    for r in ('s', 'd'):
        for imm in ('1.0', '-1.0', '2.0', '0.125', '-0.1328125', '31.0', '0.5', '-1.9375', '3.0',
                    '16.0'):
            c.add('imm', 'fmov %s0, #%s' % (r, imm))
    pattern = 0xfedcba9876543210
    for asm in ('fmov w0, s1', 'fmov x0, d1', 'fmov x0, v1.d[1]', 'fmov s0, w1', 'fmov d0, x1',
                'fmov v0.d[1], x1', 'fmov s0, wzr', 'fmov d0, xzr', 'fmov v0.d[1], xzr'):
        c.add('imm', asm, RN, 0, pattern, 0, 0, pattern)


def to_integer_values():
    common = ('p25', 'm25', 'h15', 'nhalf', 'm1', 'qnan', 'inf', 'ninf', 'den')
    single = [S[k] for k in common] + [f32(x) for x in (
        3e9, -3e9, 2.0**31, -2.0**31, 2.0**32, 1e20, 0.49999997, 4294967040.0, -2.0**63, 2.0**63,
        1.0e-30)]
    double = [D[k] for k in common] + [f64(x) for x in (
        3e9, -3e9, 2.0**31, -2.0**31, 2.0**32, 1e20, 0.49999999999999994, 4294967295.5,
        -2147483648.5, 2147483647.5, -2.0**63, 2.0**63, 9007199254740993.0)]
    return single, double


def integer_conversions(c):
    single, double = to_integer_values()
    for op in ('fcvtns', 'fcvtnu', 'fcvtps', 'fcvtpu', 'fcvtms', 'fcvtmu', 'fcvtzs', 'fcvtzu',
               'fcvtas', 'fcvtau'):
        every = op in ('fcvtzs', 'fcvtzu')  # all values and both widths; others a subset

        def pick(values):
            return values if every else [values[i] for i in (0, 1, 2, 3, 5, 9, 10, 11, 16)]
        for v in pick(single):
            c.add('toint', '%s w0, s1' % op, RN, 0, v)
            if every:
                c.add('toint', '%s x0, s1' % op, RN, 0, v)
        for v in pick(double):
            c.add('toint', '%s x0, d1' % op, RN, 0, v)
            if every:
                c.add('toint', '%s w0, d1' % op, RN, 0, v)
        c.add('toint', '%s w0, s1' % op, FZ, 0, S['den2'])
        c.add('toint', '%s x0, d1' % op, RM, 0, D['m25'])  # FPCR.RMode does not matter
    ints = [0, 1, 0xffffffff, 0x7fffffff, 0x80000000, 16777217, 0xffffffffffffffff,
            0x8000000000000001, 0x7fffffffffffffff, 0x0020000000000001, 0xffffffff00000001]
    for asm in ('scvtf s0, w1', 'ucvtf s0, w1', 'scvtf s0, x1', 'ucvtf s0, x1', 'scvtf d0, w1',
                'ucvtf d0, w1', 'scvtf d0, x1', 'ucvtf d0, x1'):
        for v in ints:
            c.add('fromint', asm, RN, x1=v)
        for v in (16777217, 0xffffffff, 0x8000000000000001, 0xfffffffffeffffff):
            for mode in (RP, RM, RZ):
                c.add('fromint', asm, mode, x1=v)
    c.add('fromint', 'scvtf s0, wzr', RN, x1=5)
    c.add('fromint', 'ucvtf d0, xzr', RN, x1=5)


def fixed_point(c):
    single, double = to_integer_values()
    for asm in ('scvtf s0, w1, #1', 'ucvtf s0, w1, #16', 'scvtf s0, w1, #32', 'ucvtf d0, w1, #32',
                'scvtf d0, x1, #1', 'ucvtf d0, x1, #64', 'scvtf s0, x1, #64', 'scvtf d0, x1, #10'):
        for v in (1, 3, 0xffffffff, 0x80000000, 0xffffffffffffffff, 0x123456789):
            c.add('fixed', asm, RN, x1=v)
        c.add('fixed', asm, RP, x1=0x7fffffff)
    for asm, values in (('fcvtzs w0, s1, #1', single), ('fcvtzu w0, s1, #16', single),
                        ('fcvtzs w0, s1, #32', single), ('fcvtzu x0, s1, #64', single),
                        ('fcvtzs x0, d1, #10', double), ('fcvtzu w0, d1, #32', double),
                        ('fcvtzs x0, d1, #64', double), ('fcvtzu x0, d1, #1', double)):
        V = S if 's1' in asm else D
        for v in values[:8] + values[9:15] + [V['tenth'], V['three']]:
            c.add('fixed', asm, RN, 0, v)


def start_state():
    st = iv.zero_state()
    st['v'][0] = (FILL, FILL)
    st['v'][1] = (0x0123456789abcdef, 0)
    st['v'][2] = (0x1111111111111111, 0)
    st['v'][3] = (0x2222222222222222, 0)
    st['x'][0] = FILL
    return st


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(iv.DATA, 'insn_fp_scalar.txt')
    c = Cases()
    for part in (arithmetic, one_source, conversions, fused, compares, moves,
                 integer_conversions, fixed_point):
        part(c)
    order = ['dp2', 'dp1', 'fcvt', 'dp3', 'cmp', 'sel', 'imm', 'toint', 'fromint', 'fixed']
    rows = sorted(c.rows, key=lambda r: order.index(r[0]))  # stable: by group, then as added
    texts = list(dict.fromkeys(r[1] for r in rows))
    word = dict(zip(texts, iv.assemble(texts)))
    st = start_state()
    cases = []
    for group, asm, fpcr, nzcv, v1, v2, v3, x1 in rows:
        inputs = [('fpcr', fpcr)] + ([('nzcv', nzcv)] if nzcv else [])
        inputs += [(k, v) for k, v in (('v1.d0', v1), ('v2.d0', v2), ('v3.d0', v3), ('x1', x1))
                   if v]
        cases.append(iv.new_case(group, word[asm], 'fp', st, inputs, ['v0', 'x0', 'nzcv', 'fpsr'],
                                 asm))
    iv.record(cases)
    iv.write_file(out, 'FP scalar (exec_fp_scalar.cpp)', [('fp', st)], cases)
    print('%d cases' % len(cases))


if __name__ == '__main__':
    main()
