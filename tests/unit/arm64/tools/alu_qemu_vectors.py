#!/usr/bin/env python3
"""Derives the qemu-checked constants of tests/unit/arm64/test_alu.cpp (run at test-writing time;
the unit tests never need qemu).

Every instruction group below is executed instruction by instruction under qemu-aarch64 through
a64_exec_server.c, and the outcomes are folded into one FNV-1a hash per group. test_alu.cpp walks
the SAME enumeration (same loops, same input values, same order) through models/arm64/alu.h and
must reach the same hash. Keep the two in sync when changing either.

Per executed instruction the hash mixes x0 afterwards (a W result zero-extended, as the register
reads) and then NZCV afterwards (bits [3:0]); an instruction that raised SIGILL mixes 0xDEAD once.

usage: alu_qemu_vectors.py            prints the C++ constants
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = "/tmp/a64_exec_server"
M64 = (1 << 64) - 1

# Operand values shared with test_alu.cpp (kQemuValues): sign/carry boundaries of both widths,
# and shift amounts just below/at/above 32 and 64 to show they are taken modulo the width.
VALUES = [0x0, 0x1, 0x2, 0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF,
          0x100000000, 0x7FFFFFFFFFFFFFFF, 0x8000000000000000, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFE,
          0xFFFFFFFFFFFFFFFE, 0x123456789ABCDEF0, 0xFEDCBA9876543210, 0x1F, 0x20, 0x21, 0x3F,
          0x40, 0x41]
# Operand pairs for the conditional groups (kQemuPairs).
PAIRS = [(0x0, 0x0), (0x1, 0x2), (0x7FFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF),
         (0x80000000, 0x1), (0xFFFFFFFF, 0x1F)]
# (dst, src) pairs for bitfield moves (kQemuBitfieldPairs).
BF_PAIRS = [(0x5555AAAA3333CCCC, 0x8421FEDC0F1E7B3A), (0x0F0F0F0F0F0F0F0F, 0x7BDE00FF12345678)]


def build_server():
    src = os.path.join(HERE, "a64_exec_server.c")
    subprocess.check_call(["aarch64-linux-gnu-gcc", "-O1", "-static", "-nostdlib", "-ffreestanding",
                           "-o", SERVER, src, "-lgcc"])


def run(cases):
    """cases: list of (encoding, x0, x1, nzcv4). Returns list of None (SIGILL) or (x0, nzcv4)."""
    text = "".join("%x %x %x %x\n" % (e, a & M64, b & M64, (n & 15) << 28) for e, a, b, n in cases)
    out = subprocess.run(["qemu-aarch64", SERVER], input=text.encode(), stdout=subprocess.PIPE,
                         check=True).stdout.decode().split("\n")
    res = []
    for line in out[: len(cases)]:
        if line == "ILL":
            res.append(None)
        else:
            a, b = line.split()
            res.append((int(a, 16), int(b, 16) >> 28))
    assert len(res) == len(cases)
    return res


class Fnv:
    def __init__(self):
        self.h = 0xCBF29CE484222325

    def mix(self, v):
        self.h = ((self.h ^ (v & M64)) * 0x100000001B3) & M64


def group_hash(cases):
    f = Fnv()
    for r in run(cases):
        if r is None:
            f.mix(0xDEAD)
        else:
            f.mix(r[0])
            f.mix(r[1])
    return f.h


RD0_RN0_RM1 = (1 << 16)


def addsub_cases():
    # op order: ADDS, SUBS, ADCS, SBCS; C flag in 0, 1
    bases = [0x2B000000, 0x6B000000, 0x3A000000, 0x7A000000]
    return [(b | (sf << 31) | RD0_RN0_RM1, a, m, c << 1)
            for b in bases for sf in (0, 1) for a in VALUES for m in VALUES for c in (0, 1)]


def logic_flags_cases():
    # ANDS, BICS (shifted register, LSL #0) with all flags set beforehand
    bases = [0x6A000000, 0x6A200000]
    return [(b | (sf << 31) | RD0_RN0_RM1, a, m, 0xF)
            for b in bases for sf in (0, 1) for a in VALUES for m in VALUES]


def shiftv_cases():
    # LSLV, LSRV, ASRV, RORV: x0 = x0 <op> x1
    return [(0x1AC02000 | (sf << 31) | (op << 10) | RD0_RN0_RM1, a, m, 0)
            for op in range(4) for sf in (0, 1) for a in VALUES for m in VALUES]


def divmul_cases():
    # UDIV, SDIV, MADD (Ra = Rn = x0), MSUB, then 64-bit only: SMULH, UMULH, SMADDL, SMSUBL,
    # UMADDL, UMSUBL (Ra = Rn = x0).
    both = [0x1AC00800, 0x1AC00C00, 0x1B000000, 0x1B008000]
    x_only = [0x9B407C00, 0x9BC07C00, 0x9B200000, 0x9B208000, 0x9BA00000, 0x9BA08000]
    cases = [(b | (sf << 31) | RD0_RN0_RM1, a, m, 0)
             for b in both for sf in (0, 1) for a in VALUES for m in VALUES]
    cases += [(b | RD0_RN0_RM1, a, m, 0) for b in x_only for a in VALUES for m in VALUES]
    return cases


def onesrc_cases():
    # opcode 0..5: RBIT, REV16, REV32 (W: REV), REV (W: unallocated), CLZ, CLS
    return [(0x5AC00000 | (sf << 31) | (opc << 10), a, 0, 0)
            for opc in range(6) for sf in (0, 1) for a in VALUES]


def ext_cases():
    # ADDS (extended register) x0 = x0 + ext(x1) << imm3; imm3 5..7 reserved
    return [(0x2B200000 | (sf << 31) | (opt << 13) | (imm3 << 10) | RD0_RN0_RM1, a, m, 0)
            for sf in (0, 1) for opt in range(8) for imm3 in range(8) for a in VALUES
            for m in VALUES]


def ccmp_cases():
    # CCMN (op 0) / CCMP (op 1), register then immediate (imm5 = m & 31) form;
    # #nzcv = (cond * 7 + 3) & 15
    cases = []
    for sf in (0, 1):
        for op in (0, 1):
            for imm in (0, 1):
                for cond in range(16):
                    for nz in range(16):
                        for a, m in PAIRS:
                            rm = (m & 31) if imm else 1
                            enc = (0x3A400000 | (sf << 31) | (op << 30) | (rm << 16) | (cond << 12)
                                   | (imm << 11) | ((cond * 7 + 3) & 15))
                            cases.append((enc, a, m, nz))
    return cases


def csel_cases():
    # CSEL, CSINC, CSINV, CSNEG (op:o2) x0 = cond ? x0 : f(x1)
    return [(0x1A800000 | (sf << 31) | ((op >> 1) << 30) | ((op & 1) << 10) | (cond << 12)
             | RD0_RN0_RM1, a, m, nz)
            for op in range(4) for sf in (0, 1) for cond in range(16) for nz in range(16)
            for a, m in PAIRS]


def logimm_cases():
    # ORR x0, xzr, #imm for every (sf, N, immr, imms)
    return [(0x32000000 | (sf << 31) | (n << 22) | (immr << 16) | (imms << 10) | (31 << 5), 0, 0, 0)
            for sf in (0, 1) for n in (0, 1) for immr in range(64) for imms in range(64)]


def bitfield_cases():
    # SBFM, BFM, UBFM (opc 0..2) x0 = f(x0 (old Rd), x1) for every (sf, N, immr, imms)
    return [(0x13000000 | (sf << 31) | (opc << 29) | (n << 22) | (immr << 16) | (imms << 10)
             | (1 << 5), d, s, 0)
            for d, s in BF_PAIRS for sf in (0, 1) for opc in range(3) for n in (0, 1)
            for immr in range(64) for imms in range(64)]


def extr_cases():
    # EXTR x0, x0, x1, #imms for every (sf, N, imms)
    return [(0x13800000 | (sf << 31) | (n << 22) | RD0_RN0_RM1 | (imms << 10), a, m, 0)
            for sf in (0, 1) for n in (0, 1) for imms in range(64) for a, m in BF_PAIRS]


# Operands of the shifted-register group (kQemuShiftedA / kQemuShiftedM).
SR_A = [0x0, 0x1, 0x7FFFFFFF, 0x8000000000000000, 0x123456789ABCDEF0]
SR_M = [0x1, 0x80000000, 0xFFFFFFFFFFFFFFFF, 0x8000000000000001, 0xFEDCBA9876543210, 0x7FFFFFFF]
# ADDS, SUBS, AND, BIC, ORR, ORN, EOR, EON, ANDS, BICS (shifted register)
SR_OPS = [0x2B000000, 0x6B000000, 0x0A000000, 0x0A200000, 0x2A000000, 0x2A200000, 0x4A000000,
          0x4A200000, 0x6A000000, 0x6A200000]


def shifted_cases():
    # x0 = x0 <op> (x1 <shift> #imm6) for every shift type and amount; NZCV preset to C and V
    return [(b | (sf << 31) | (shift << 22) | (imm6 << 10) | RD0_RN0_RM1, a, m, 0x3)
            for b in SR_OPS for sf in (0, 1) for shift in range(4) for imm6 in range(64)
            for a in SR_A for m in SR_M]


class SplitMix64:
    """The generator of the random group (same as SplitMix64 in test_alu.cpp)."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & M64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
        return z ^ (z >> 31)

    def operand(self):
        r = self.next()
        kind = self.next() % 4
        if kind == 0:
            return r
        if kind == 1:
            return r >> (self.next() % 64)  # small positive
        if kind == 2:
            return ~(r >> (self.next() % 64)) & M64  # small negative
        return r & 0x80000000800000FF  # sign bits of both widths, low byte


RANDOM_COUNT = 40000


def random_cases():
    """Random operands for the register-register ops; every draw is made in a fixed order."""
    def x_only(b):
        return lambda sf, cond, nzimm: b

    def both(b):
        return lambda sf, cond, nzimm: b | (sf << 31)
    ops = [both(0x2B000000 | RD0_RN0_RM1),  # 0 ADDS
           both(0x6B000000 | RD0_RN0_RM1),  # 1 SUBS
           both(0x3A000000 | RD0_RN0_RM1),  # 2 ADCS
           both(0x7A000000 | RD0_RN0_RM1),  # 3 SBCS
           both(0x1AC00800 | RD0_RN0_RM1),  # 4 UDIV
           both(0x1AC00C00 | RD0_RN0_RM1),  # 5 SDIV
           both(0x1AC02000 | RD0_RN0_RM1),  # 6 LSLV
           both(0x1AC02400 | RD0_RN0_RM1),  # 7 LSRV
           both(0x1AC02800 | RD0_RN0_RM1),  # 8 ASRV
           both(0x1AC02C00 | RD0_RN0_RM1),  # 9 RORV
           both(0x1B000000 | RD0_RN0_RM1),  # 10 MADD x0 = x0 + x0 * x1
           both(0x1B008000 | RD0_RN0_RM1),  # 11 MSUB
           x_only(0x9B407C00 | RD0_RN0_RM1),  # 12 SMULH
           x_only(0x9BC07C00 | RD0_RN0_RM1),  # 13 UMULH
           x_only(0x9B200000 | RD0_RN0_RM1),  # 14 SMADDL x0 = x0 + w0 * w1
           x_only(0x9BA08000 | RD0_RN0_RM1),  # 15 UMSUBL
           both(0x5AC01000),  # 16 CLZ
           both(0x5AC01400),  # 17 CLS
           both(0x5AC00000),  # 18 RBIT
           lambda sf, cond, nzimm: 0xDAC00C00 if sf else 0x5AC00800,  # 19 REV
           both(0x5AC00400),  # 20 REV16
           lambda sf, cond, nzimm: (0x7A400000 | (sf << 31) | (1 << 16) | (cond << 12)
                                    | nzimm),  # 21 CCMP x0, x1, #nzimm, cond
           lambda sf, cond, nzimm: (0x5A800400 | (sf << 31) | (cond << 12)
                                    | RD0_RN0_RM1)]  # 22 CSNEG x0, x0, x1, cond
    rng = SplitMix64(0xA64A1)
    cases = []
    for _ in range(RANDOM_COUNT):
        op = rng.next() % len(ops)
        sf = rng.next() & 1
        a = rng.operand()
        m = rng.operand()
        nz = rng.next() & 15
        cond = rng.next() % 16
        nzimm = rng.next() % 16
        cases.append((ops[op](sf, cond, nzimm), a, m, nz))
    return cases


def cond_table():
    # CSINC x0, xzr, xzr, cond == CSET inverse: x0 = 0 when cond holds, 1 otherwise
    cases = [(0x9A9F07E0 | (cond << 12), 5, 5, nz) for cond in range(16) for nz in range(16)]
    res = run(cases)
    table = []
    for cond in range(16):
        mask = 0
        for nz in range(16):
            if res[cond * 16 + nz][0] == 0:
                mask |= 1 << nz
        table.append(mask)
    return table


def main():
    build_server()
    groups = [("AddSub", addsub_cases), ("LogicFlags", logic_flags_cases),
              ("ShiftVariable", shiftv_cases), ("DivMul", divmul_cases),
              ("OneSource", onesrc_cases), ("ExtendedAdd", ext_cases),
              ("CondCompare", ccmp_cases), ("CondSelect", csel_cases),
              ("LogicalImm", logimm_cases), ("Bitfield", bitfield_cases), ("Extr", extr_cases),
              ("ShiftedRegister", shifted_cases), ("Random", random_cases)]
    print("// Generated by tests/unit/arm64/tools/alu_qemu_vectors.py under qemu-aarch64.")
    for name, fn in groups:
        cases = fn()
        print("constexpr uint64_t kQemuHash%s = 0x%016xull; // %d instructions" %
              (name, group_hash(cases), len(cases)))
    print("constexpr uint16_t kQemuConditionTable[16] = {%s};" %
          ", ".join("0x%04x" % m for m in cond_table()))
    traps = run(logimm_cases())
    for sf in (0, 1):
        valid = sum(1 for i, r in enumerate(traps) if r is not None and (i >> 13) == sf)
        values = len(set(r[0] for i, r in enumerate(traps) if r is not None and (i >> 13) == sf))
        print("// logical immediates sf=%d: %d valid encodings, %d distinct values" %
              (sf, valid, values))


if __name__ == "__main__":
    sys.exit(main())
