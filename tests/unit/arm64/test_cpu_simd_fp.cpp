// AdvSIMD floating point (models/arm64/exec_simd_fp.cpp): three same, two-register misc,
// across lanes, by element, fixed-point conversions and scalar pairwise, vector and scalar forms.
// Hand-written cases pin down the semantics that are easy to get wrong (FMLS negating a NaN
// operand, the reduction tree of FMAXV/FMAXNMV, pairwise lane order, FZ/DN, rounding modes,
// saturating conversions, FCVTN/FCVTL with AHP, Q = 0 and scalar forms clearing the upper
// bits, reserved encodings). The vectors at the end are differential: every case of
// data/insn_simd_fp.txt was run under qemu-aarch64 7.2 (tools/README.md), and its V0 and FPSR
// are QEMU's output.
#include <catch2/catch.hpp>

#include <initializer_list>
#include <utility>

#include "cpu_bench.h"
#include "insn_vectors.h"

using namespace vp::arm64;
using namespace vp::arm64::test;

namespace {

constexpr uint32_t kFz = 1u << 24, kDn = 1u << 25, kAhp = 1u << 26;
constexpr uint32_t kRp = 1u << 22, kRm = 2u << 22, kRz = 3u << 22;
constexpr uint32_t kIoc = 0x01, kUfc = 0x08, kIxc = 0x10, kIdc = 0x80;

// The shared runner with the two checks the hand-written cases use.
struct FpBench : InsnRunner {
    // Runs one instruction from FPSR = 0 and checks it completed (no exception).
    void run1(uint32_t word)
    {
        s().fpsr = 0;
        const uint64_t end = exec({word});
        INFO("instruction " << std::hex << word << " ended at offset " << end << ", esr "
                            << s().sys.esr);
        REQUIRE(end == 4);
    }
    // True when the instruction took an Undefined exception (EC 0).
    bool undefined(uint32_t word)
    {
        s().fpsr = 0;
        exec({word});
        return undefined_taken();
    }
};

// Checks groups of data/insn_simd_fp.txt (name, number of cases) on one runner.
void check_groups(std::initializer_list<std::pair<const char*, size_t>> groups)
{
    InsnRunner r;
    for (const auto& [group, count] : groups)
        check_insn_group(r, "insn_simd_fp.txt", group, count);
}

// Two 32-bit lanes as one 64-bit half: lane0 in the low word.
constexpr uint64_t s2(uint32_t lane0, uint32_t lane1) { return uint64_t(lane1) << 32 | lane0; }
// Four 16-bit lanes.
constexpr uint64_t h4(uint16_t l0, uint16_t l1, uint16_t l2, uint16_t l3)
{
    return uint64_t(l3) << 48 | uint64_t(l2) << 32 | uint64_t(l1) << 16 | l0;
}

}  // namespace

TEST_CASE("three same: lanes; Q = 0 and scalar forms clear the upper bits; Rd may alias",
          "[arm64][simd][fp]")
{
    FpBench f;
    f.set(0, ~0ull, ~0ull);
    f.set(1, s2(0x3f800000, 0x40000000), s2(0x40400000, 0xbf800000));  // 1, 2, 3, -1
    f.set(2, s2(0x3f000000, 0x40800000), s2(0xc0400000, 0x3f800000));  // 0.5, 4, -3, 1
    f.run1(0x4e22d420);  // fadd v0.4s, v1.4s, v2.4s
    CHECK(f.lo(0) == s2(0x3fc00000, 0x40c00000));  // 1.5, 6
    CHECK(f.hi(0) == s2(0x00000000, 0x00000000));  // 3 + -3 = +0, -1 + 1 = +0
    CHECK(f.fpsr() == 0);
    f.set(3, ~0ull, ~0ull);
    f.run1(0x0e22d423);  // fadd v3.2s, v1.2s, v2.2s
    CHECK(f.lo(3) == s2(0x3fc00000, 0x40c00000));
    CHECK(f.hi(3) == 0);
    f.set(5, ~0ull, ~0ull);
    f.run1(0x7ea2d425);  // fabd s5, s1, s2
    CHECK(f.lo(5) == 0x3f000000);  // |1 - 0.5|, bits 127:32 cleared
    CHECK(f.hi(5) == 0);
    f.run1(0x4e21d421);  // fadd v1.4s, v1.4s, v1.4s
    CHECK(f.lo(1) == s2(0x40000000, 0x40800000));
    CHECK(f.hi(1) == s2(0x40c00000, 0xc0000000));
}

TEST_CASE("FMLA/FMLS are fused and FMLS negates the Vn element (NaN included)", "[arm64][simd][fp]")
{
    FpBench f;
    // Lanes: 0: 1 - 2*2 = -3; 1: sNaN in Vn, negated then quieted; 2: -qNaN in Vn becomes
    // +qNaN; 3: qNaN in Vn becomes -qNaN. QEMU: ffc00001_7fc00002_ffc00003_c0400000, IOC.
    f.set(0, s2(0x3f800000, 0x3f800000), s2(0x3f800000, 0));
    f.set(1, s2(0x40000000, 0x7f800003), s2(0xffc00002, 0x7fc00001));
    f.set(2, s2(0x40000000, 0x3f800000), s2(0x3f800000, 0x3f800000));
    f.run1(0x4ea2cc20);  // fmls v0.4s, v1.4s, v2.4s
    CHECK(f.lo(0) == s2(0xc0400000, 0xffc00003));
    CHECK(f.hi(0) == s2(0x7fc00002, 0xffc00001));
    CHECK(f.fpsr() == kIoc);
    f.set(0, s2(0x3f800000, 0x3f800000), s2(0x3f800000, 0));
    f.run1(0x4e22cc20);  // fmla v0.4s, v1.4s, v2.4s
    CHECK(f.lo(0) == s2(0x40a00000, 0x7fc00003));  // 1 + 2*2 = 5; the sNaN quieted
    CHECK(f.hi(0) == s2(0xffc00002, 0x7fc00001));
    // One rounding: -(1 + 2^-11) + (1 + 2^-12)^2 = 2^-24 exactly; rounding the product first
    // (to 1 + 2^-11) would give 0.
    f.set(0, 0xbf801000, 0);
    f.set(1, 0x3f800800, 0);
    f.set(2, 0x3f800800, 0);
    f.run1(0x4e22cc20);  // fmla v0.4s, v1.4s, v2.4s
    CHECK(f.lo(0) == 0x33800000);
    CHECK(f.hi(0) == 0);
    CHECK(f.fpsr() == 0);
}

TEST_CASE("FZ flushes denormal inputs and outputs; DN gives the default NaN", "[arm64][simd][fp]")
{
    FpBench f;
    // Lanes: 0: min denormal + 0; 1: 0x00c00000 - 0x00800000 = denormal; 2: inf - inf;
    // 3: qNaN with payload + 1.
    f.set(1, s2(0x00000001, 0x00c00000), s2(0x7f800000, 0x7fc12345));
    f.set(2, s2(0x00000000, 0x80800000), s2(0xff800000, 0x3f800000));
    f.s().fpcr = 0;
    f.run1(0x4e22d420);  // fadd v0.4s, v1.4s, v2.4s
    CHECK(f.lo(0) == s2(0x00000001, 0x00400000));
    CHECK(f.hi(0) == s2(0x7fc00000, 0x7fc12345));
    CHECK(f.fpsr() == kIoc);
    f.s().fpcr = kFz;
    f.run1(0x4e22d420);
    CHECK(f.lo(0) == 0);  // input flushed (IDC), output flushed (UFC, no IXC)
    CHECK(f.hi(0) == s2(0x7fc00000, 0x7fc12345));
    CHECK(f.fpsr() == (kIoc | kUfc | kIdc));
    f.s().fpcr = kDn;
    f.run1(0x4e22d420);
    CHECK(f.lo(0) == s2(0x00000001, 0x00400000));
    CHECK(f.hi(0) == s2(0x7fc00000, 0x7fc00000));  // the payload is dropped
    CHECK(f.fpsr() == kIoc);
    // FABS/FNEG are sign-bit operations: no flush under FZ, a signalling NaN stays as it is.
    f.s().fpcr = kFz | kDn;
    f.set(1, s2(0x80000001, 0x7f800001), s2(0xff800001, 0x00000000));
    f.run1(0x6ea0f820);  // fneg v0.4s, v1.4s
    CHECK(f.lo(0) == s2(0x00000001, 0xff800001));
    CHECK(f.hi(0) == s2(0x7f800001, 0x80000000));
    CHECK(f.fpsr() == 0);
    f.set(1, 0x800fffffffffffff, 0xfff0000000000001);
    f.run1(0x4ee0f820);  // fabs v0.2d, v1.2d
    CHECK(f.lo(0) == 0x000fffffffffffff);
    CHECK(f.hi(0) == 0x7ff0000000000001);
    CHECK(f.fpsr() == 0);
}

TEST_CASE("FPCR.RMode rounds vector arithmetic; FRINT* use their own or FPCR's mode",
          "[arm64][simd][fp]")
{
    FpBench f;
    // 1 + 2^-24 (a tie), 1 + (2^-24 + 2^-47), -1 - 2^-24, -1 - (2^-24 + 2^-47).
    f.set(1, s2(0x3f800000, 0x3f800000), s2(0xbf800000, 0xbf800000));
    f.set(2, s2(0x33800000, 0x33800001), s2(0xb3800000, 0xb3800001));
    const struct {
        uint32_t fpcr;
        uint64_t lo, hi;
    } modes[] = {
        // QEMU: RN 1, 1+ulp, -1, -1-ulp; RP 1+ulp, 1+ulp, -1, -1; RM 1, 1, -1-ulp, -1-ulp; RZ
        {0, s2(0x3f800000, 0x3f800001), s2(0xbf800000, 0xbf800001)},
        {kRp, s2(0x3f800001, 0x3f800001), s2(0xbf800000, 0xbf800000)},
        {kRm, s2(0x3f800000, 0x3f800000), s2(0xbf800001, 0xbf800001)},
        {kRz, s2(0x3f800000, 0x3f800000), s2(0xbf800000, 0xbf800000)},
    };
    for (const auto& m : modes) {
        f.s().fpcr = m.fpcr;
        f.run1(0x4e22d420);  // fadd v0.4s, v1.4s, v2.4s
        CHECK(f.lo(0) == m.lo);
        CHECK(f.hi(0) == m.hi);
        CHECK(f.fpsr() == kIxc);
    }
    // 0.5, 2^24 + 2, 1.5, -2.5 under RP: FRINTX and FRINTI follow FPCR (1, 2^24+2, 2, -2),
    // FRINTX alone raises Inexact; FRINTA rounds ties away (1, ..., 2, -3), FRINTN to even.
    f.s().fpcr = kRp;
    f.set(1, s2(0x3f000000, 0x4b800001), s2(0x3fc00000, 0xc0200000));
    f.run1(0x6e219820);  // frintx v0.4s, v1.4s
    CHECK(f.lo(0) == s2(0x3f800000, 0x4b800001));
    CHECK(f.hi(0) == s2(0x40000000, 0xc0000000));
    CHECK(f.fpsr() == kIxc);
    f.run1(0x6ea19820);  // frinti v0.4s, v1.4s
    CHECK(f.lo(0) == s2(0x3f800000, 0x4b800001));
    CHECK(f.hi(0) == s2(0x40000000, 0xc0000000));
    CHECK(f.fpsr() == 0);
    f.run1(0x6e218820);  // frinta v0.4s, v1.4s
    CHECK(f.lo(0) == s2(0x3f800000, 0x4b800001));
    CHECK(f.hi(0) == s2(0x40000000, 0xc0400000));
    f.run1(0x4e218820);  // frintn v0.4s, v1.4s
    CHECK(f.lo(0) == s2(0x00000000, 0x4b800001));
    CHECK(f.hi(0) == s2(0x40000000, 0xc0000000));
}

TEST_CASE("conversions to integer saturate at the limits; fixed point scales by 2^fbits",
          "[arm64][simd][fp]")
{
    FpBench f;
    // 2^31, -(2^31 + 256), NaN, 1.5 -> INT32_MAX, INT32_MIN, 0 (all Invalid), 1 (Inexact).
    f.set(1, s2(0x4f000000, 0xcf000001), s2(0x7fc00000, 0x3fc00000));
    f.run1(0x4ea1b820);  // fcvtzs v0.4s, v1.4s
    CHECK(f.lo(0) == s2(0x7fffffff, 0x80000000));
    CHECK(f.hi(0) == s2(0x00000000, 0x00000001));
    CHECK(f.fpsr() == (kIoc | kIxc));
    // #16: 1.5 -> 0x18000, 32768.0 -> 2^31 saturates, -0.5 -> -0x8000, 1e-10 -> 0 (Inexact).
    f.set(1, s2(0x3fc00000, 0x47000000), s2(0xbf000000, 0x2edbe6ff));
    f.run1(0x4f30fc20);  // fcvtzs v0.4s, v1.4s, #16
    CHECK(f.lo(0) == s2(0x00018000, 0x7fffffff));
    CHECK(f.hi(0) == s2(0xffff8000, 0x00000000));
    CHECK(f.fpsr() == (kIoc | kIxc));
    // 2^64 -> UINT64_MAX, -1 -> 0, both Invalid.
    f.set(1, 0x43f0000000000000, 0xbff0000000000000);
    f.run1(0x6ee1b820);  // fcvtzu v0.2d, v1.2d
    CHECK(f.lo(0) == ~0ull);
    CHECK(f.hi(0) == 0);
    CHECK(f.fpsr() == kIoc);
    // SCVTF #64: INT64_MIN / 2^64 = -0.5 exactly, -1 / 2^64 = -2^-64.
    f.set(1, 0x8000000000000000, ~0ull);
    f.run1(0x4f40e420);  // scvtf v0.2d, v1.2d, #64
    CHECK(f.lo(0) == 0xbfe0000000000000);
    CHECK(f.hi(0) == 0xbbf0000000000000);
    CHECK(f.fpsr() == 0);
    // UCVTF S: 0xffffffff is 2^32 - 1, rounded to 2^32 (Inexact); upper bits cleared.
    f.set(1, 0xdeadbeefffffffff, ~0ull);
    f.run1(0x7e21d820);  // ucvtf s0, s1
    CHECK(f.lo(0) == 0x4f800000);
    CHECK(f.hi(0) == 0);
    CHECK(f.fpsr() == kIxc);
}

TEST_CASE("FCVTN/FCVTL with and without AHP; FCVTXN rounds to odd", "[arm64][simd][fp]")
{
    FpBench f;
    // 65536.0, +inf, qNaN, 1.0 to half precision.
    f.set(1, s2(0x47800000, 0x7f800000), s2(0x7fc00001, 0x3f800000));
    f.set(0, ~0ull, ~0ull);
    f.s().fpcr = 0;  // IEEE half: 65536 overflows to inf (OFC, IXC); the NaN stays a NaN
    f.run1(0x0e216820);  // fcvtn v0.4h, v1.4s
    CHECK(f.lo(0) == h4(0x7c00, 0x7c00, 0x7e00, 0x3c00));
    CHECK(f.hi(0) == 0);
    CHECK(f.fpsr() == (0x04 | kIxc));
    f.s().fpcr = kAhp;  // alternative half: 65536 fits, inf saturates and NaN is 0 (IOC)
    f.set(0, ~0ull, ~0ull);
    f.run1(0x4e216820);  // fcvtn2 v0.8h, v1.4s
    CHECK(f.lo(0) == ~0ull);  // the lower half is kept
    CHECK(f.hi(0) == h4(0x7c00, 0x7fff, 0x0000, 0x3c00));
    CHECK(f.fpsr() == kIoc);
    // 0x8001 (negative denormal), 0x7c00, 0x7fff, 0x3c00 to single.
    f.set(1, h4(0x8001, 0x7c00, 0x7fff, 0x3c00), 0);
    f.s().fpcr = kFz;  // FZ does not flush half-precision inputs
    f.run1(0x0e217820);  // fcvtl v0.4s, v1.4h
    CHECK(f.lo(0) == s2(0xb3800000, 0x7f800000));
    CHECK(f.hi(0) == s2(0x7fffe000, 0x3f800000));
    CHECK(f.fpsr() == 0);
    f.s().fpcr = kAhp;
    f.run1(0x0e217820);
    CHECK(f.lo(0) == s2(0xb3800000, 0x47800000));  // 65536
    CHECK(f.hi(0) == s2(0x47ffe000, 0x3f800000));  // 131008
    // FCVTL2 widens the upper half.
    f.s().fpcr = 0;
    f.set(1, 0, s2(0x3fc00000, 0xc0200000));
    f.run1(0x4e617820);  // fcvtl2 v0.2d, v1.4s
    CHECK(f.lo(0) == 0x3ff8000000000000);
    CHECK(f.hi(0) == 0xc004000000000000);
    // 1 + 2^-28 and 1 + 3 * 2^-28: round to nearest gives 1 and 1 + 2^-22; round to odd gives
    // 1 + 2^-23 (odd ulp) for both.
    f.set(1, 0x3ff0000010000000, 0x3ff0000030000000);
    f.set(0, ~0ull, ~0ull);
    f.run1(0x0e616820);  // fcvtn v0.2s, v1.2d
    CHECK(f.lo(0) == s2(0x3f800000, 0x3f800002));
    CHECK(f.hi(0) == 0);
    f.run1(0x2e616820);  // fcvtxn v0.2s, v1.2d
    CHECK(f.lo(0) == s2(0x3f800001, 0x3f800001));
    CHECK(f.fpsr() == kIxc);
    f.set(0, ~0ull, ~0ull);
    f.run1(0x7e616820);  // fcvtxn s0, d1
    CHECK(f.lo(0) == 0x3f800001);
    CHECK(f.hi(0) == 0);
}

TEST_CASE("across lanes reduce as a tree: op(op(e0 e1) op(e2 e3))", "[arm64][simd][fp]")
{
    FpBench f;
    // e0 = 1, e1 = qNaN, e2 = sNaN, e3 = 3. Tree: maxnm(1, qNaN) = 1, maxnm(sNaN, 3) = quiet
    // NaN (IOC), maxnm(1, NaN) = 1. A left-to-right fold would give 3.
    f.set(1, s2(0x3f800000, 0x7fc00001), s2(0x7f800005, 0x40400000));
    f.set(0, ~0ull, ~0ull);
    f.run1(0x6e30c820);  // fmaxnmv s0, v1.4s
    CHECK(f.lo(0) == 0x3f800000);
    CHECK(f.hi(0) == 0);
    CHECK(f.fpsr() == kIoc);
    f.run1(0x6eb0c820);  // fminnmv s0, v1.4s
    CHECK(f.lo(0) == 0x3f800000);
    // e0 = qNaN A, e1 = 1, e2 = sNaN S, e3 = 2. Tree: max(A, 1) = A, max(S, 2) = quiet S,
    // max(A, quiet S) = A. A left-to-right fold would give quiet S.
    f.set(1, s2(0x7fc00001, 0x3f800000), s2(0x7f800005, 0x40000000));
    f.run1(0x6e30f820);  // fmaxv s0, v1.4s
    CHECK(f.lo(0) == 0x7fc00001);
    CHECK(f.fpsr() == kIoc);
    f.run1(0x6eb0f820);  // fminv s0, v1.4s
    CHECK(f.lo(0) == 0x7fc00001);
    // Operand order inside the tree: with two quiet NaNs the first operand's wins. QEMU:
    // [A, B, 1, 2] -> A; [1, 2, C, D] -> C.
    f.set(1, s2(0x7fc00001, 0x7fc00002), s2(0x3f800000, 0x40000000));
    f.run1(0x6e30f820);  // fmaxv s0, v1.4s
    CHECK(f.lo(0) == 0x7fc00001);
    f.set(1, s2(0x3f800000, 0x40000000), s2(0x7fc00003, 0x7fc00004));
    f.run1(0x6e30f820);  // fmaxv s0, v1.4s
    CHECK(f.lo(0) == 0x7fc00003);
    CHECK(f.fpsr() == 0);
    f.set(1, s2(0x40000000, 0xc0000000), s2(0x3f800000, 0x40400000));  // 2, -2, 1, 3
    f.run1(0x6e30f820);  // fmaxv s0, v1.4s
    CHECK(f.lo(0) == 0x40400000);
    f.run1(0x6eb0f820);  // fminv s0, v1.4s
    CHECK(f.lo(0) == 0xc0000000);
    CHECK(f.fpsr() == 0);
}

TEST_CASE("pairwise: Vn's pairs then Vm's; scalar pairwise reduces one pair",
          "[arm64][simd][fp]")
{
    FpBench f;
    f.set(1, s2(0x3f800000, 0x40000000), s2(0x40400000, 0x40800000));  // 1, 2, 3, 4
    f.set(2, s2(0x41000000, 0x41200000), s2(0x7fc00001, 0x7fc00002));  // 8, 10, qNaN A, B
    f.run1(0x6e22d420);  // faddp v0.4s, v1.4s, v2.4s
    CHECK(f.lo(0) == s2(0x40400000, 0x40e00000));  // 3, 7
    CHECK(f.hi(0) == s2(0x41900000, 0x7fc00001));  // 18, the first NaN
    f.set(0, ~0ull, ~0ull);
    f.run1(0x2e22d420);  // faddp v0.2s, v1.2s, v2.2s
    CHECK(f.lo(0) == s2(0x40400000, 0x41900000));
    CHECK(f.hi(0) == 0);
    // max(1, 2), max(-0.0, +0.0) = +0.0
    f.set(1, 0x3ff0000000000000, 0x4000000000000000);
    f.set(2, 0x8000000000000000, 0x0000000000000000);
    f.run1(0x6e62f420);  // fmaxp v0.2d, v1.2d, v2.2d
    CHECK(f.lo(0) == 0x4000000000000000);
    CHECK(f.hi(0) == 0);
    f.set(0, ~0ull, ~0ull);
    f.run1(0x7e70d820);  // faddp d0, v1.2d
    CHECK(f.lo(0) == 0x4008000000000000);
    CHECK(f.hi(0) == 0);
    f.set(1, s2(0x7fc00003, 0xbf800000), ~0ull);  // qNaN, -1 (upper half ignored)
    f.run1(0x7e30c820);  // fmaxnmp s0, v1.2s
    CHECK(f.lo(0) == 0xbf800000);
    f.run1(0x7e30f820);  // fmaxp s0, v1.2s
    CHECK(f.lo(0) == 0x7fc00003);
    CHECK(f.fpsr() == 0);
}

TEST_CASE("by element: index H:L; Rm up to 31; scalar forms", "[arm64][simd][fp]")
{
    FpBench f;
    f.set(1, s2(0xbf800000, 0x3f800000), s2(0x40000000, 0x40400000));  // -1, 1, 2, 3
    f.set(17, 0, s2(0, 0x41200000));                                     // lane 3 = 10
    f.run1(0x4fb19820);  // fmul v0.4s, v1.4s, v17.s[3]
    CHECK(f.lo(0) == s2(0xc1200000, 0x41200000));
    CHECK(f.hi(0) == s2(0x41a00000, 0x41f00000));
    f.set(0, 0x3ff0000000000000, ~0ull);  // 1
    f.set(1, 0x4000000000000000, ~0ull);  // 2
    f.set(31, 0, 0x4008000000000000);     // lane 1 = 3
    f.run1(0x5fdf1820);  // fmla d0, d1, v31.d[1]
    CHECK(f.lo(0) == 0x401c000000000000);  // 1 + 2 * 3 = 7
    CHECK(f.hi(0) == 0);
    // FMULX: inf * 0 = 2.0 with the sign of the product, no Invalid.
    f.set(1, s2(0x7f800000, 0xff800000), ~0ull);
    f.set(2, s2(0x3f800000, 0x00000000), 0);
    f.run1(0x2fa29020);  // fmulx v0.2s, v1.2s, v2.s[1]
    CHECK(f.lo(0) == s2(0x40000000, 0xc0000000));
    CHECK(f.hi(0) == 0);
    CHECK(f.fpsr() == 0);
}

TEST_CASE("compares give all-ones lanes; FCMEQ is quiet; FCMGE signals on any NaN",
          "[arm64][simd][fp]")
{
    FpBench f;
    f.set(1, s2(0x80000000, 0x3f800000), s2(0x3f800000, 0x7fc00000));  // -0, 1, 1, qNaN
    f.set(2, s2(0x00000000, 0x40000000), s2(0x7fc00000, 0x3f800000));  // +0, 2, qNaN, 1
    f.run1(0x4e22e420);  // fcmeq v0.4s, v1.4s, v2.4s
    CHECK(f.lo(0) == s2(0xffffffff, 0));
    CHECK(f.hi(0) == 0);
    CHECK(f.fpsr() == 0);
    f.run1(0x6e22e420);  // fcmge v0.4s, v1.4s, v2.4s
    CHECK(f.lo(0) == s2(0xffffffff, 0));
    CHECK(f.hi(0) == 0);
    CHECK(f.fpsr() == kIoc);
    f.set(1, 0x8000000000000000, 0xbff0000000000000);  // -0, -1
    f.run1(0x4ee0e820);  // fcmlt v0.2d, v1.2d, #0.0
    CHECK(f.lo(0) == 0);
    CHECK(f.hi(0) == ~0ull);
}

TEST_CASE("estimates; square root and FRECPX", "[arm64][simd][fp]")
{
    FpBench f;
    // URECPE: operands below 0.5 (bit 31 clear) give all ones. QEMU: ffffffff, ff800000,
    // 80000000, aa800000.
    f.set(1, s2(0x7fffffff, 0x80000000), s2(0xffffffff, 0xc0000000));
    f.run1(0x4ea1c820);  // urecpe v0.4s, v1.4s
    CHECK(f.lo(0) == s2(0xffffffff, 0xff800000));
    CHECK(f.hi(0) == s2(0x80000000, 0xaa800000));
    f.set(1, 0x4010000000000000, 0xbff0000000000000);  // 4, -1
    f.run1(0x6ee1f820);  // fsqrt v0.2d, v1.2d
    CHECK(f.lo(0) == 0x4000000000000000);
    CHECK(f.hi(0) == 0x7ff8000000000000);  // default NaN, Invalid
    CHECK(f.fpsr() == kIoc);
    f.set(1, 0x4059000000000000, ~0ull);  // 100.0
    f.run1(0x5ee1f820);  // frecpx d0, d1
    CHECK(f.lo(0) == 0x3fa0000000000000);  // exponent 0x405 inverted, fraction zero
    CHECK(f.hi(0) == 0);
}

TEST_CASE("reserved and FP16 encodings are Undefined; FPEN = 0 traps with EC 0x07",
          "[arm64][simd][fp]")
{
    FpBench f;
    CHECK(f.undefined(0x0e62d420));  // fadd v0.1d (Q = 0, sz = 1): reserved
    CHECK(f.undefined(0x6ee1c820));  // urecpe with sz = 1
    CHECK(f.undefined(0x2e30f820));  // fmaxv s0, v1.2s (Q = 0)
    CHECK(f.undefined(0x6e70f820));  // fmaxv with sz = 1
    CHECK(f.undefined(0x0e30f820));  // fmaxv h0, v1.4h (FP16)
    CHECK(f.undefined(0x4e421420));  // fadd v0.8h (FP16 three same)
    CHECK(f.undefined(0x4f121020));  // fmla v0.8h, v1.8h, v2.h[1] (FP16 by element)
    CHECK(f.undefined(0x5fe21820));  // fmla d0, d1, v2.d[?] with L = 1: reserved
    CHECK(f.undefined(0x5e22d420));  // fadd s0, s1, s2 as AdvSIMD scalar: unallocated
    CHECK(f.undefined(0x5e30d820));  // faddp h0, v1.2h (FP16 scalar pairwise)
    CHECK(f.undefined(0x4f11fc20));  // fcvtzs v0.8h, v1.8h, #15 (FP16 fixed point)
    CHECK(f.undefined(0x4ee1f820));  // FRECPX's opcode in the vector group: unallocated
    f.s().sys.cpacr = 0;
    f.exec({0x4e22d420});  // fadd v0.4s, v1.4s, v2.4s
    CHECK(f.s().pc == InsnRunner::kVector);
    CHECK((f.s().sys.esr >> 26) == 0x07);
}

// ---- Differential vectors (data/insn_simd_fp.txt) -------------------------------------------
// Generated at test-writing time (tools/gen_insn_simd_fp.py): random operands drawn from signed
// zeros, denormals, the limits, infinities, quiet and signalling NaNs with payloads, integers at
// the conversion limits and random bit patterns, under FPCR = 0, FZ, DN, FZ|DN, each RMode (and
// AHP for the half-precision conversions). Each case sets FPCR and V0/V1/V2 (V0 is the old
// destination) and checks QEMU's V0 and FPSR afterwards, and every other register unchanged.

TEST_CASE("QEMU vectors: three same (vector and scalar)", "[arm64][simd][fp][diff]")
{
    check_groups({{"three_same", 144}, {"three_same_scalar", 36}});
}

TEST_CASE("QEMU vectors: two-register misc (vector and scalar)", "[arm64][simd][fp][diff]")
{
    check_groups({{"two_misc", 224}, {"two_misc_scalar", 80}});
}

TEST_CASE("QEMU vectors: FCVTN/FCVTXN/FCVTL", "[arm64][simd][fp][diff]")
{
    check_groups({{"convert", 88}});
}

TEST_CASE("QEMU vectors: across lanes and scalar pairwise", "[arm64][simd][fp][diff]")
{
    check_groups({{"across", 32}, {"pairwise_scalar", 30}});
}

TEST_CASE("QEMU vectors: by element", "[arm64][simd][fp][diff]")
{
    check_groups({{"by_element", 48}});
}

TEST_CASE("QEMU vectors: fixed-point conversions", "[arm64][simd][fp][diff]")
{
    check_groups({{"fixed_point", 48}});
}

TEST_CASE("QEMU vectors: the destination aliasing a source", "[arm64][simd][fp][diff]")
{
    check_groups({{"alias", 42}});
}
