// AdvSIMD floating point (models/arm64/exec_simd_fp.cpp): three same, two-register misc,
// across lanes, by element, fixed-point conversions and scalar pairwise, vector and scalar forms.
// Hand-written cases pin down the semantics that are easy to get wrong (FMLS negating a NaN
// operand, the reduction tree of FMAXV/FMAXNMV, pairwise lane order, FZ/DN, rounding modes,
// saturating conversions, FCVTN/FCVTL with AHP, Q = 0 and scalar forms clearing the upper
// bits, reserved encodings). The tables at the end are differential: every row was run
// under qemu-aarch64 7.2 (a freestanding harness that loads V0-V2 and FPCR, executes the
// word and stores V0 and FPSR), and its V0 and FPSR are QEMU's output.
#include <catch2/catch.hpp>

#include <cstring>
#include <iterator>
#include <sstream>
#include <vector>

#include "cpu_bench.h"

using namespace vp::arm64;
using namespace vp::arm64::test;

namespace {

constexpr uint32_t kFz = 1u << 24, kDn = 1u << 25, kAhp = 1u << 26;
constexpr uint32_t kRp = 1u << 22, kRm = 2u << 22, kRz = 3u << 22;
constexpr uint32_t kIoc = 0x01, kUfc = 0x08, kIxc = 0x10, kIdc = 0x80;

// A 10 ns quantum, so that every 200 ns run executes the program (as in test_cpu_diff.cpp).
CpuConfig fine_quantum()
{
    CpuConfig c = CpuBench::default_config();
    c.quantum = sc_core::sc_time(10, sc_core::SC_NS);
    return c;
}

// A CpuBench with SIMD&FP enabled (CPACR_EL1.FPEN = 0b11) that executes short programs, each
// on a fresh page so that no decoded record is reused. Synchronous exceptions park at
// VBAR + 0x200 (current EL, SP_ELx).
struct FpBench {
    CpuBench b{fine_quantum()};
    uint64_t next = kRamBase + 0x10000;
    static constexpr uint64_t kVector = kRamBase + 0x200;

    FpBench()
    {
        b.s().sys.cpacr = 3u << 20;
        b.s().sys.vbar = kRamBase;
        b.load({0x14000000}, kVector);  // b .
    }
    // Runs the words followed by "b ."; returns the pc it ended at.
    uint64_t exec(std::vector<uint32_t> words)
    {
        const uint64_t at = next;
        next += 0x1000;  // a page of its own: records of a decoded page are not refetched
        words.push_back(0x14000000);  // b .
        b.load(words, at);
        b.s().pc = at;
        b.s().fpsr = 0;
        b.run(sc_core::sc_time(200, sc_core::SC_NS));
        return b.s().pc - at;
    }
    // Runs one instruction and checks it completed (no exception).
    void run1(uint32_t word)
    {
        const uint64_t end = exec({word});
        INFO("instruction " << std::hex << word << " ended at offset " << end << ", esr "
                            << b.s().sys.esr);
        REQUIRE(end == 4);
    }
    // True when the instruction took an Undefined exception (EC 0).
    bool undefined(uint32_t word)
    {
        exec({word});
        return b.s().pc == kVector && (b.s().sys.esr >> 26) == 0;
    }
    VReg& v(unsigned n) { return b.s().v[n]; }
    void set(unsigned n, uint64_t lo, uint64_t hi = 0) { b.s().v[n] = VReg{{lo, hi}}; }
    uint64_t lo(unsigned n) { return b.s().v[n].d[0]; }
    uint64_t hi(unsigned n) { return b.s().v[n].d[1]; }
    uint32_t fpsr() { return b.s().fpsr; }
};

// Two 32-bit lanes as one 64-bit half: lane0 in the low word.
constexpr uint64_t s2(uint32_t lane0, uint32_t lane1) { return uint64_t(lane1) << 32 | lane0; }
// Four 16-bit lanes.
constexpr uint64_t h4(uint16_t l0, uint16_t l1, uint16_t l2, uint16_t l3)
{
    return uint64_t(l3) << 48 | uint64_t(l2) << 32 | uint64_t(l1) << 16 | l0;
}

struct QemuVector {
    uint32_t word;
    const char* text;
    uint32_t fpcr;
    uint64_t v0[2], v1[2], v2[2];  // inputs (V0 is the old destination)
    uint64_t expect[2];            // V0 after the instruction
    uint32_t fpsr;                 // FPSR after it (starting from 0)
};

void check_vectors(FpBench& f, const QemuVector* rows, size_t count)
{
    REQUIRE(count > 0);
    unsigned mismatches = 0;
    for (size_t i = 0; i < count && mismatches < 20; ++i) {
        const QemuVector& r = rows[i];
        f.set(0, r.v0[0], r.v0[1]);
        f.set(1, r.v1[0], r.v1[1]);
        f.set(2, r.v2[0], r.v2[1]);
        f.b.s().fpcr = r.fpcr;
        const uint64_t end = f.exec({r.word});
        if (end != 4 || f.lo(0) != r.expect[0] || f.hi(0) != r.expect[1] || f.fpsr() != r.fpsr) {
            ++mismatches;
            std::ostringstream msg;
            msg << std::hex << r.text << " (" << r.word << ") fpcr " << r.fpcr << "\n  v1 "
                << r.v1[1] << "_" << r.v1[0] << " v2 " << r.v2[1] << "_" << r.v2[0] << " v0 "
                << r.v0[1] << "_" << r.v0[0] << "\n  got " << f.hi(0) << "_" << f.lo(0)
                << " fpsr " << f.fpsr() << " (end offset " << end << ")\n  QEMU "
                << r.expect[1] << "_" << r.expect[0] << " fpsr " << r.fpsr;
            FAIL_CHECK(msg.str());
        }
    }
    CHECK(mismatches == 0);
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
    f.b.s().fpcr = 0;
    f.run1(0x4e22d420);  // fadd v0.4s, v1.4s, v2.4s
    CHECK(f.lo(0) == s2(0x00000001, 0x00400000));
    CHECK(f.hi(0) == s2(0x7fc00000, 0x7fc12345));
    CHECK(f.fpsr() == kIoc);
    f.b.s().fpcr = kFz;
    f.run1(0x4e22d420);
    CHECK(f.lo(0) == 0);  // input flushed (IDC), output flushed (UFC, no IXC)
    CHECK(f.hi(0) == s2(0x7fc00000, 0x7fc12345));
    CHECK(f.fpsr() == (kIoc | kUfc | kIdc));
    f.b.s().fpcr = kDn;
    f.run1(0x4e22d420);
    CHECK(f.lo(0) == s2(0x00000001, 0x00400000));
    CHECK(f.hi(0) == s2(0x7fc00000, 0x7fc00000));  // the payload is dropped
    CHECK(f.fpsr() == kIoc);
    // FABS/FNEG are sign-bit operations: no flush under FZ, a signalling NaN stays as it is.
    f.b.s().fpcr = kFz | kDn;
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
        f.b.s().fpcr = m.fpcr;
        f.run1(0x4e22d420);  // fadd v0.4s, v1.4s, v2.4s
        CHECK(f.lo(0) == m.lo);
        CHECK(f.hi(0) == m.hi);
        CHECK(f.fpsr() == kIxc);
    }
    // 0.5, 2^24 + 2, 1.5, -2.5 under RP: FRINTX and FRINTI follow FPCR (1, 2^24+2, 2, -2),
    // FRINTX alone raises Inexact; FRINTA rounds ties away (1, ..., 2, -3), FRINTN to even.
    f.b.s().fpcr = kRp;
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
    f.b.s().fpcr = 0;  // IEEE half: 65536 overflows to inf (OFC, IXC); the NaN stays a NaN
    f.run1(0x0e216820);  // fcvtn v0.4h, v1.4s
    CHECK(f.lo(0) == h4(0x7c00, 0x7c00, 0x7e00, 0x3c00));
    CHECK(f.hi(0) == 0);
    CHECK(f.fpsr() == (0x04 | kIxc));
    f.b.s().fpcr = kAhp;  // alternative half: 65536 fits, inf saturates and NaN is 0 (IOC)
    f.set(0, ~0ull, ~0ull);
    f.run1(0x4e216820);  // fcvtn2 v0.8h, v1.4s
    CHECK(f.lo(0) == ~0ull);  // the lower half is kept
    CHECK(f.hi(0) == h4(0x7c00, 0x7fff, 0x0000, 0x3c00));
    CHECK(f.fpsr() == kIoc);
    // 0x8001 (negative denormal), 0x7c00, 0x7fff, 0x3c00 to single.
    f.set(1, h4(0x8001, 0x7c00, 0x7fff, 0x3c00), 0);
    f.b.s().fpcr = kFz;  // FZ does not flush half-precision inputs
    f.run1(0x0e217820);  // fcvtl v0.4s, v1.4h
    CHECK(f.lo(0) == s2(0xb3800000, 0x7f800000));
    CHECK(f.hi(0) == s2(0x7fffe000, 0x3f800000));
    CHECK(f.fpsr() == 0);
    f.b.s().fpcr = kAhp;
    f.run1(0x0e217820);
    CHECK(f.lo(0) == s2(0xb3800000, 0x47800000));  // 65536
    CHECK(f.hi(0) == s2(0x47ffe000, 0x3f800000));  // 131008
    // FCVTL2 widens the upper half.
    f.b.s().fpcr = 0;
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
    f.b.s().sys.cpacr = 0;
    f.exec({0x4e22d420});  // fadd v0.4s, v1.4s, v2.4s
    CHECK(f.b.s().pc == FpBench::kVector);
    CHECK((f.b.s().sys.esr >> 26) == 0x07);
}

// ---- Differential vectors -------------------------------------------------------------------
// Generated at test-writing time: random operands drawn from signed zeros, denormals, the
// limits, infinities, quiet and signalling NaNs with payloads, integers at the conversion
// limits and random bit patterns, under FPCR = 0, FZ, DN, FZ|DN, each RMode (and AHP for the
// half-precision conversions). Each row: the word, its assembler text, FPCR, V0/V1/V2 before
// (low, high), and QEMU's V0 and FPSR after.

namespace {

const QemuVector k_three_same[] = {
    {0x4e22c420, "fmaxnm v0.4s, v1.4s, v2.4s", 0x0, {0x3f7fffff3fc00000, 0x7f7fffff01000000}, {0x5f0000000741c7a8, 0x7fc1234500000000}, {0xc0200000ff7fffff, 0xa648a7dd80000000}, {0x5f0000000741c7a8, 0xa648a7dd00000000}, 0x0},
    {0x4e62c420, "fmaxnm v0.2d, v1.2d, v2.2d", 0x0, {0x43e0000000000000, 0x4024000000000000}, {0x400921fb54442d18, 0x4340000000000001}, {0x3810000000000000, 0xffefffffffffffff}, {0x400921fb54442d18, 0x4340000000000001}, 0x0},
    {0xe22c420, "fmaxnm v0.2s, v1.2s, v2.2s", 0x1000000, {0x800000007e800000, 0xc020000000400000}, {0x4f000000ffc00001, 0x4b80000140490fdb}, {0x4effffff00800000, 0x40490fdb3f7fffff}, {0x4f00000000800000, 0x0}, 0x0},
    {0x4e22c420, "fmaxnm v0.4s, v1.4s, v2.4s", 0x2000000, {0x3eaaaaab3f800000, 0x4f800000807fffff}, {0x1a9ec0806, 0x800000003eaaaaab}, {0x3f0000017f812345, 0x13eaaaaab}, {0x3f0000017fc00000, 0x13eaaaaab}, 0x1},
    {0x4e62c420, "fmaxnm v0.2d, v1.2d, v2.2d", 0x3000000, {0x0, 0x36a0000000000000}, {0x3810000000000000, 0x3fefffffffffffff}, {0x47efffffe0000000, 0x7ff8000000012345}, {0x47efffffe0000000, 0x3fefffffffffffff}, 0x0},
    {0xe22c420, "fmaxnm v0.2s, v1.2s, v2.2s", 0x400000, {0xcf000001, 0xc0c90fdb40490fdb}, {0xbf8000007f7fffff, 0x8000004f800000}, {0xcf00000041200000, 0x3f00000100000000}, {0xbf8000007f7fffff, 0x0}, 0x0},
    {0x4e22cc20, "fmla v0.4s, v1.4s, v2.4s", 0x0, {0x800000004f000000, 0x807fffff807fffff}, {0xff80000000400000, 0x40200000f18dd1ee}, {0xc16e2284c1a80000, 0x9ff3078f7fc12345}, {0x7f8000004f000000, 0xa097e4b97fc12345}, 0x10},
    {0x4e62cc20, "fmla v0.2d, v1.2d, v2.2d", 0x0, {0xfff8000000000001, 0x4155d7ef28dd37eb}, {0x1, 0xc7efffffffffffff}, {0xc035000000000000, 0x20000000000000}, {0xfff8000000000001, 0x4155d7ef28dd37eb}, 0x10},
    {0xe22cc20, "fmla v0.2s, v1.2s, v2.2s", 0x1000000, {0x4f00000080000000, 0xff80000000800000}, {0xcf00000140490fdb, 0x3eaaaaab80000000}, {0x40490fdb00000001, 0xc0c90fdb3effffff}, {0xcf890fdd00000000, 0x0}, 0x90},
    {0x4e22cc20, "fmla v0.4s, v1.4s, v2.4s", 0x2000000, {0x3eaaaaabc0c90fdb, 0x4b800001ff800001}, {0x7f7fffff4c717095, 0x1391f9b97f812345}, {0x412000007f812345, 0xe0f3a7efbf400000}, {0x7f8000007fc00000, 0x4b8000017fc00000}, 0x15},
    {0x4e62cc20, "fmla v0.2d, v1.2d, v2.2d", 0x3000000, {0x380fffffffffffff, 0x47efffffe0000000}, {0x3ff0000010000000, 0x43e0000000000000}, {0xc004000000000000, 0x4024000000000000}, {0xc004000014000000, 0x47efffffe0000000}, 0x10},
    {0xe22cc20, "fmla v0.2s, v1.2s, v2.2s", 0x400000, {0xaa7c314b3f7fffff, 0xff80000140490fdb}, {0x800000003eaaaaab, 0x80000010ff800001}, {0x7fc123454f000000, 0xcf0000005f000000}, {0x7fc123454e2aaaac, 0x0}, 0x10},
    {0x4e22d420, "fadd v0.4s, v1.4s, v2.4s", 0x0, {0x3effffff3effffff, 0x2b7113433f800000}, {0x4f0000003effffff, 0x4f000000ff800000}, {0xcf0000013c35612e, 0x4000003f7fffff}, {0xc38000003f02d584, 0x4f000000ff800000}, 0x10},
    {0x4e62d420, "fadd v0.2d, v1.2d, v2.2d", 0x0, {0xfff0000000000001, 0x6156c4df12bccdcb}, {0x4008000000000000, 0x41e0000000000000}, {0xc82ad58996605d95, 0x3ff8000000000000}, {0xc82ad58996605d95, 0x41e0000000300000}, 0x10},
    {0xe22d420, "fadd v0.2s, v1.2s, v2.2s", 0x1000000, {0x7fc12345ff7fffff, 0x3f000000ffc00001}, {0xbb662a87fc12345, 0x0}, {0x3f8000001d775b7c, 0x3f0000004effffff}, {0x3f8000007fc12345, 0x0}, 0x10},
    {0x4e22d420, "fadd v0.4s, v1.4s, v2.4s", 0x2000000, {0xc02000007f800000, 0x3effffff5f000000}, {0x1000000ffc00001, 0x3f8000007f7fffff}, {0xffc00001c96fa758, 0xff800001ff800001}, {0x7fc000007fc00000, 0x7fc000007fc00000}, 0x1},
    {0x4e62d420, "fadd v0.2d, v1.2d, v2.2d", 0x3000000, {0x3ff8000000000000, 0x41dfffffffc00000}, {0x3fe0000000000000, 0x3ff0000010000000}, {0x36a0000000000000, 0x7fd0000000000000}, {0x3fe0000000000000, 0x7fd0000000000000}, 0x10},
    {0xe22d420, "fadd v0.2s, v1.2s, v2.2s", 0x400000, {0x7f7fffffff800000, 0x7fc123457f800000}, {0x80000010c0d76560, 0x7f812345ff7fffff}, {0x4effffff2fd2f792, 0xc02000007f812345}, {0x4effffffc0d7655f, 0x0}, 0x10},
    {0x4e22dc20, "fmulx v0.4s, v1.4s, v2.4s", 0x0, {0x402000004effffff, 0x3eaaaaab80000000}, {0x3fc000008d1bc13a, 0xcf0000000289eb06}, {0xc71a5b1140400000, 0x807fffff3fc00000}, {0xc767889a8de9a1d7, 0xffffffe02cee089}, 0x10},
    {0x4e62dc20, "fmulx v0.2d, v1.2d, v2.2d", 0x0, {0x4008000000000000, 0xfff0000000000001}, {0x3fefffffffffffff, 0x41dfffffffc00000}, {0x7fefffffffffffff, 0x3ff0000000000000}, {0x7feffffffffffffe, 0x41dfffffffc00000}, 0x10},
    {0xe22dc20, "fmulx v0.2s, v1.2s, v2.2s", 0x1000000, {0x4000003f000001, 0x4b8000017f7fffff}, {0x7f800000bf800000, 0xc1a800003fc00000}, {0xc1a8000000400000, 0xd6172adf7e800000}, {0xff80000080000000, 0x0}, 0x80},
    {0x4e22dc20, "fmulx v0.4s, v1.4s, v2.4s", 0x2000000, {0x41200000ff800000, 0x5add92d180000000}, {0xff8000004effffff, 0x3eaaaaab7fc12345}, {0x40200000, 0xc1a80000ff800001}, {0xc00000004f9fffff, 0xc0e000007fc00000}, 0x11},
    {0x4e62dc20, "fmulx v0.2d, v1.2d, v2.2d", 0x3000000, {0x3ff0000030000001, 0x7ff0000000000000}, {0x7fd0000000000000, 0x3fd5555555555555}, {0x3ff0000010000000, 0xc7efffffffffffff}, {0x7fd0000010000000, 0xc7d5555555555554}, 0x10},
    {0xe22dc20, "fmulx v0.2s, v1.2s, v2.2s", 0x400000, {0x1251310bff7fffff, 0x7f7fffff4f800000}, {0x4f8000007f812345, 0x3f0000007e800000}, {0x807fffff40490fdb, 0x800000104b800001}, {0x907ffffe7fc12345, 0x0}, 0x1},
    {0x4e22e420, "fcmeq v0.4s, v1.4s, v2.4s", 0x0, {0x3eaaaaabbf800000, 0x1cf000000}, {0x402000003f800000, 0x40200000c0200000}, {0x3f000001bf400000, 0x7f80000040200000}, {0x0, 0x0}, 0x0},
    {0x4e62e420, "fcmeq v0.2d, v1.2d, v2.2d", 0x0, {0x43e0000000000000, 0x4024000000000000}, {0xfff0000000000001, 0x3ff0000010000000}, {0x7fefffffffffffff, 0x88b7cc6b99c61aa8}, {0x0, 0x0}, 0x1},
    {0xe22e420, "fcmeq v0.2s, v1.2s, v2.2s", 0x1000000, {0x7fc123453f000000, 0x309944e200400000}, {0xa0a595184effffff, 0x7f7fffff7f800000}, {0x7fc1234540400000, 0xc1a80000ff800000}, {0x0, 0x0}, 0x0},
    {0x4e22e420, "fcmeq v0.4s, v1.4s, v2.4s", 0x2000000, {0x3f7fffff00000001, 0x800000103f000000}, {0xc02000007f7fffff, 0xbf4cc64580000000}, {0xbf4000004be1b248, 0x7f8123455fac971a}, {0x0, 0x0}, 0x1},
    {0x4e62e420, "fcmeq v0.2d, v1.2d, v2.2d", 0x3000000, {0xc1e0000000000000, 0xfff0000000000001}, {0xb7ccba58713b831b, 0x7ff0000000012345}, {0x41e0000000000000, 0x47efffffe0000000}, {0x0, 0x0}, 0x1},
    {0xe22e420, "fcmeq v0.2s, v1.2s, v2.2s", 0x400000, {0x4000005f000000, 0x40490fdb47122faa}, {0xc0c90fdb7e800000, 0xc1a800007f812345}, {0xc0c90fdbc0c90fdb, 0x3eaaaaab63a029a5}, {0xffffffff00000000, 0x0}, 0x0},
    {0x4e22f420, "fmax v0.4s, v1.4s, v2.4s", 0x0, {0x3fc000003f000001, 0xffc000017f800000}, {0x4040000041200000, 0x807fffff3eaaaaab}, {0xe9a413cacf000001, 0x3effffff41200000}, {0x4040000041200000, 0x3effffff41200000}, 0x0},
    {0x4e62f420, "fmax v0.2d, v1.2d, v2.2d", 0x0, {0xc035000000000000, 0x20000000000000}, {0x3fefffffffffffff, 0x193fd24d82a1c54c}, {0x4024000000000000, 0xa826e5f11126d71a}, {0x4024000000000000, 0x193fd24d82a1c54c}, 0x0},
    {0xe22f420, "fmax v0.2s, v1.2s, v2.2s", 0x1000000, {0x100000001, 0x7fc123453eaaaaab}, {0x7f8000007f7fffff, 0xb2fe72057fc12345}, {0x7e800000c0c90fdb, 0x400000bf800000}, {0x7f8000007f7fffff, 0x0}, 0x0},
    {0x4e22f420, "fmax v0.4s, v1.4s, v2.4s", 0x2000000, {0x3eaaaaab3f000001, 0xff800000807fffff}, {0xff8000004f000000, 0x800000007f800000}, {0x4b8000013f000001, 0x8000007f800000}, {0x4b8000014f000000, 0x8000007f800000}, 0x0},
    {0x4e62f420, "fmax v0.2d, v1.2d, v2.2d", 0x3000000, {0x2a66b259bb798e9b, 0x380fffffffffffff}, {0x4008000000000000, 0xfff0000000000000}, {0x1, 0xbfe8000000000000}, {0x4008000000000000, 0xbfe8000000000000}, 0x80},
    {0xe22f420, "fmax v0.2s, v1.2s, v2.2s", 0x400000, {0x3eaaaaabc1a80000, 0x7f8123457f7fffff}, {0x3f7fffff3a4548f2, 0xcf39efd7807fffff}, {0x3f7fffff7f7fffff, 0x7fc123453f000001}, {0x3f7fffff7f7fffff, 0x0}, 0x0},
    {0x4e22fc20, "frecps v0.4s, v1.4s, v2.4s", 0x0, {0xff7fffffb150a78d, 0x13f7fffff}, {0x7e8000007f800000, 0xff8000005f000000}, {0x36beb9034effffff, 0x15695703f800000}, {0xf5beb903ff800000, 0x7f800000df000000}, 0x10},
    {0x4e62fc20, "frecps v0.2d, v1.2d, v2.2d", 0x0, {0xfff0000000000001, 0x380fffffffffffff}, {0x10000000000000, 0xc7efffffffffffff}, {0x8000000000000000, 0xe055af1c252a66d8}, {0x4000000000000000, 0xe855af1c252a66d7}, 0x10},
    {0xe22fc20, "frecps v0.2s, v1.2s, v2.2s", 0x1000000, {0xff800000bf800000, 0x7f8123457e800000}, {0xc0c90fdb3f800000, 0x3f0000003f800000}, {0xa3340d9600800000, 0x8000007fc12345}, {0x4000000040000000, 0x0}, 0x10},
    {0x4e22fc20, "frecps v0.4s, v1.4s, v2.4s", 0x2000000, {0x7fc123455f000000, 0x4effffff7f800000}, {0x4b8000014effffff, 0xbf80000000400000}, {0x80000000400000, 0x3fc000003effffff}, {0x4000000040000000, 0x4060000040000000}, 0x10},
    {0x4e62fc20, "frecps v0.2d, v1.2d, v2.2d", 0x3000000, {0x3ff0000010000000, 0x3ff8000000000000}, {0xc004000000000000, 0x7fefffffffffffff}, {0x3ff0000000000000, 0xe9901243175a1163}, {0x4012000000000000, 0x7ff0000000000000}, 0x14},
    {0xe22fc20, "frecps v0.2s, v1.2s, v2.2s", 0x400000, {0xc020000001000000, 0x3f8000003f800000}, {0xc1a80000bf400000, 0xff8000008646422c}, {0x5f00000040200000, 0xbf40000042d15cd3}, {0x6128000140780000, 0x0}, 0x10},
    {0x4ea2c420, "fminnm v0.4s, v1.4s, v2.4s", 0x0, {0x7f8123455f000000, 0x400000d765194f}, {0x3eaaaaab4f000000, 0xbf4000004effffff}, {0x400000c1a80000, 0x3effffff4effffff}, {0x400000c1a80000, 0xbf4000004effffff}, 0x0},
    {0x4ee2c420, "fminnm v0.2d, v1.2d, v2.2d", 0x0, {0xd4e4db03fad32caf, 0x1}, {0x43e0000000000000, 0xc004000000000000}, {0xbfe8000000000000, 0x3ff0000000000000}, {0xbfe8000000000000, 0xc004000000000000}, 0x0},
    {0xea2c420, "fminnm v0.2s, v1.2s, v2.2s", 0x1000000, {0x7f8123453effffff, 0xc0c90fdb7fc12345}, {0xff800001c0c90fdb, 0x80000010ff800001}, {0x7e800000fabab7b5, 0x402000005f000000}, {0xffc00001fabab7b5, 0x0}, 0x1},
    {0x4ea2c420, "fminnm v0.4s, v1.4s, v2.4s", 0x2000000, {0xc0c90fdbbf800000, 0x80000010ff800000}, {0x4f8000004f800000, 0x4f0000007e800000}, {0x400839a900000001, 0x3f00000080000010}, {0x400839a900000001, 0x3f00000080000010}, 0x0},
    {0x4ee2c420, "fminnm v0.2d, v1.2d, v2.2d", 0x3000000, {0x3fd5555555555555, 0x3ff0000010000000}, {0xfa85459d1966a3bb, 0x7ff8000000012345}, {0x7fefffffffffffff, 0x3ff0000030000001}, {0xfa85459d1966a3bb, 0x3ff0000030000001}, 0x0},
    {0xea2c420, "fminnm v0.2s, v1.2s, v2.2s", 0x400000, {0x7f7fffff40200000, 0x4b800001807fffff}, {0x3f7fffff5e3c1d96, 0x800000ffc00001}, {0x4f8000007f800000, 0x3fc0000000800000}, {0x3f7fffff5e3c1d96, 0x0}, 0x0},
    {0x4ea2cc20, "fmls v0.4s, v1.4s, v2.4s", 0x0, {0xff800000, 0x3f7fffff5f000000}, {0x4effffff9da7fdf2, 0x7e8000003f800000}, {0xf5e4c4bb, 0xff8000017f812345}, {0xff800000, 0xffc000017fc12345}, 0x1},
    {0x4ee2cc20, "fmls v0.2d, v1.2d, v2.2d", 0x0, {0x36a0000000000000, 0x3810000000000000}, {0x3fd5555555555555, 0x400921fb54442d18}, {0x3ff0000030000001, 0x4340000000000001}, {0xbfd5555595555556, 0xc35921fb54442d1a}, 0x10},
    {0xea2cc20, "fmls v0.2s, v1.2s, v2.2s", 0x1000000, {0xbf40000040490fdb, 0x1}, {0x6bbe026b80000010, 0x4020000080000000}, {0x7fc123455f000000, 0x10000004f800000}, {0x7fc1234540490fdb, 0x0}, 0x80},
    {0x4ea2cc20, "fmls v0.4s, v1.4s, v2.4s", 0x2000000, {0x3f0000005f000000, 0x8000000040400000}, {0xbf400000ff800000, 0x41200000ffc00001}, {0x4120000040490fdb, 0x3f7fffff4b800001}, {0x410000007f800000, 0xc11fffff7fc00000}, 0x10},
    {0x4ee2cc20, "fmls v0.2d, v1.2d, v2.2d", 0x3000000, {0x20000000000000, 0xc3e0000000000000}, {0x4004000000000000, 0xf76d838134c590e7}, {0x8000000000000000, 0x7ad3530527dccbb0}, {0x20000000000000, 0x7ff0000000000000}, 0x14},
    {0xea2cc20, "fmls v0.2s, v1.2s, v2.2s", 0x400000, {0x807fffffc0200000, 0xbf80000040200000}, {0xbf8000003effffff, 0x41200000c0200000}, {0x7fc123453f000000, 0x40200000bf800000}, {0x7fc12345c02fffff, 0x0}, 0x10},
    {0x4ea2d420, "fsub v0.4s, v1.4s, v2.4s", 0x0, {0xffc000013f000000, 0x3f0000003f7fffff}, {0x62e8c79c01000000, 0xff80000000800000}, {0x3f7fffff3effffff, 0x3f0000013effffff}, {0x62e8c79cbeffffff, 0xff800000beffffff}, 0x10},
    {0x4ee2d420, "fsub v0.2d, v1.2d, v2.2d", 0x0, {0x20000000000000, 0xfd2cf1a3c1fd9e00}, {0xc1e0000000000000, 0x7ff8000000012345}, {0x70b44e18a01d9d30, 0xc004000000000000}, {0xf0b44e18a01d9d30, 0x7ff8000000012345}, 0x10},
    {0xea2d420, "fsub v0.2s, v1.2s, v2.2s", 0x1000000, {0x7f8000007fc12345, 0x41200000bf400000}, {0xbf800000cf000001, 0x41200000cf000001}, {0x7fc1234501000000, 0x10000003f7fffff}, {0x7fc12345cf000001, 0x0}, 0x10},
    {0x4ea2d420, "fsub v0.4s, v1.4s, v2.4s", 0x2000000, {0x807fffff807fffff, 0x3effffff4effffff}, {0xbf40000040490fdb, 0x3f7fffff7f7fffff}, {0xbf4000003f000000, 0x89f07848ff7fffff}, {0x40290fdb, 0x3f7fffff7f800000}, 0x14},
    {0x4ee2d420, "fsub v0.2d, v1.2d, v2.2d", 0x3000000, {0xbff0000000000000, 0x3fe0000000000000}, {0x10000000000000, 0x7ff0000000012345}, {0x0, 0x7ff0000000012345}, {0x10000000000000, 0x7ff8000000000000}, 0x1},
    {0xea2d420, "fsub v0.2s, v1.2s, v2.2s", 0x400000, {0x39798287ff7fffff, 0xc0c90fdb4f000000}, {0xbf4000003f000000, 0x80000010e60b483d}, {0xffaff11613cedb3b, 0xc0c90fdb512838d7}, {0xffeff1163f000000, 0x0}, 0x11},
    {0x4ea2f420, "fmin v0.4s, v1.4s, v2.4s", 0x0, {0xecfeba2607fac177, 0x542da6d07f800000}, {0x3f00000040490fdb, 0x7fc12345bf400000}, {0xc0c90fdb80000010, 0x3eaaaaab41200000}, {0xc0c90fdb80000010, 0x7fc12345bf400000}, 0x0},
    {0x4ee2f420, "fmin v0.2d, v1.2d, v2.2d", 0x0, {0xffefffffffffffff, 0x3810000000000000}, {0x41dfffffffc00000, 0x800fffffffffffff}, {0x4024000000000000, 0x8000000000000000}, {0x4024000000000000, 0x800fffffffffffff}, 0x0},
    {0xea2f420, "fmin v0.2s, v1.2s, v2.2s", 0x1000000, {0xff8000007fc12345, 0x4f8000003eaaaaab}, {0x3efffffffa3ba057, 0x8000000040490fdb}, {0x40400000c1a80000, 0x7f7fffff944be91a}, {0x3efffffffa3ba057, 0x0}, 0x0},
    {0x4ea2f420, "fmin v0.4s, v1.4s, v2.4s", 0x2000000, {0xffc000014f000000, 0x3eaaaaab5f000000}, {0xffc0000199db7b23, 0x3effffffcf000001}, {0x400000bf400000, 0x4b800001c0200000}, {0x7fc00000bf400000, 0x3effffffcf000001}, 0x0},
    {0x4ee2f420, "fmin v0.2d, v1.2d, v2.2d", 0x3000000, {0x4024000000000000, 0x41f0000000000000}, {0x41dfffffffc00000, 0xc004000000000000}, {0x3ff0000000000000, 0x0}, {0x3ff0000000000000, 0xc004000000000000}, 0x0},
    {0xea2f420, "fmin v0.2s, v1.2s, v2.2s", 0x400000, {0xc0c90fdb3f000000, 0x80000010cf000000}, {0x7f800000cf000000, 0x4000003f000001}, {0xa635aa200000001, 0xcf000000ff800001}, {0xa635aa2cf000000, 0x0}, 0x0},
    {0x4ea2fc20, "frsqrts v0.4s, v1.4s, v2.4s", 0x0, {0x41200000bf800000, 0x4f000000ffc00001}, {0xc0c90fdb7f800000, 0x40490fdb4f000000}, {0x3f0000003f7fffff, 0x7f7fffff80000000}, {0x404487eeff800000, 0xff8000003fc00000}, 0x14},
    {0x4ee2fc20, "frsqrts v0.2d, v1.2d, v2.2d", 0x0, {0x800fffffffffffff, 0xffefffffffffffff}, {0xf991639555ea8c2b, 0x7ff0000000000000}, {0xc035000000000000, 0x41f0000000000000}, {0xf9c6d2b400c3d7f8, 0xfff0000000000000}, 0x10},
    {0xea2fc20, "frsqrts v0.2s, v1.2s, v2.2s", 0x1000000, {0x3eaaaaab00800000, 0x7fc1234580000010}, {0x6a24578240400000, 0x807fffff06b69ab4}, {0xffc000015f000000, 0xc020000040400000}, {0xffc00001df400000, 0x0}, 0x10},
    {0x4ea2fc20, "frsqrts v0.4s, v1.4s, v2.4s", 0x2000000, {0xff7fffff80000000, 0x3effffff3eaaaaab}, {0x807fffff4b800001, 0x894ecb0d7f800000}, {0x4effffff00000001, 0x3f80000037845506}, {0x3fc000003fc00000, 0x3fc00000ff800000}, 0x10},
    {0x4ee2fc20, "frsqrts v0.2d, v1.2d, v2.2d", 0x3000000, {0x10000000000000, 0x3ff0000010000000}, {0x36a0000000000000, 0xc78bce5b65ee0465}, {0x47efffffe0000000, 0x43e0000000000000}, {0x3ff7ffffc0000040, 0x4b6bce5b65ee0465}, 0x10},
    {0xea2fc20, "frsqrts v0.2s, v1.2s, v2.2s", 0x400000, {0x100000018371c67, 0x84baed6f}, {0x7fc12345dbf9fb74, 0x40000000000001}, {0xc1a80000ff800001, 0x3eaaaaab41200000}, {0xffc12345ffc00001, 0x0}, 0x1},
    {0x6e22c420, "fmaxnmp v0.4s, v1.4s, v2.4s", 0x0, {0x7fc1234500800000, 0x7fc1234540400000}, {0x5c4b46493f000001, 0xff80000040400000}, {0x7fc12345, 0xff7fffffbf400000}, {0x404000005c4b4649, 0xbf40000000000000}, 0x0},
    {0x6e62c420, "fmaxnmp v0.2d, v1.2d, v2.2d", 0x0, {0x380fffffffffffff, 0x10000000000000}, {0x7ff0000000000000, 0x3810000000000000}, {0x10000000000000, 0x13c01044ef4b73d7}, {0x7ff0000000000000, 0x13c01044ef4b73d7}, 0x0},
    {0x2e22c420, "fmaxnmp v0.2s, v1.2s, v2.2s", 0x1000000, {0x67c779bbbf800000, 0xbf400000bf400000}, {0x3dc07bbb3effffff, 0x3eaaaaabbf400000}, {0x40400000807fffff, 0x40490fdb3effffff}, {0x404000003effffff, 0x0}, 0x80},
    {0x6e22c420, "fmaxnmp v0.4s, v1.4s, v2.4s", 0x2000000, {0x800000007f7fffff, 0x3f0000013f000001}, {0xbf800000c1a80000, 0xbf400000c80035e4}, {0x6f6f545bc0200000, 0x40490fdb7f800000}, {0xbf400000bf800000, 0x7f8000006f6f545b}, 0x0},
    {0x6e62c420, "fmaxnmp v0.2d, v1.2d, v2.2d", 0x3000000, {0x3fe0000000000000, 0x7fefffffffffffff}, {0x43e0000000000000, 0x400921fb54442d18}, {0x380fffffffffffff, 0x0}, {0x43e0000000000000, 0x380fffffffffffff}, 0x0},
    {0x2e22c420, "fmaxnmp v0.2s, v1.2s, v2.2s", 0x400000, {0x8000001000800000, 0xff7fffff01000000}, {0x40000000000001, 0x4120000041200000}, {0xd4be2c523f7fffff, 0x7e800000807fffff}, {0x3f7fffff00400000, 0x0}, 0x0},
    {0x6e22d420, "faddp v0.4s, v1.4s, v2.4s", 0x0, {0x3effffff3f7fffff, 0xc02000004f000000}, {0x6c33e05dbf001e3e, 0xcf00000100800000}, {0x4f80000040490fdb, 0x4effffff4f800000}, {0xcf0000016c33e05d, 0x4fc000004f800000}, 0x10},
    {0x6e62d420, "faddp v0.2d, v1.2d, v2.2d", 0x0, {0x3ff8000000000000, 0xbff0000000000000}, {0x3ff0000010000000, 0x4008000000000000}, {0xfff8000000000001, 0x380fffffffffffff}, {0x4010000004000000, 0xfff8000000000001}, 0x0},
    {0x2e22d420, "faddp v0.2s, v1.2s, v2.2s", 0x1000000, {0x3eaaaaab80000010, 0x3eaaaaab80000010}, {0xbf800000cf000000, 0x4dfaa79701000000}, {0xcf000001ff800001, 0x9b6e48237fc12345}, {0xffc00001cf000000, 0x0}, 0x11},
    {0x6e22d420, "faddp v0.4s, v1.4s, v2.4s", 0x2000000, {0xc0c90fdb4f800000, 0x3f80000080000010}, {0x5500e97300000000, 0x3f8000004f800000}, {0xe56efd234effffff, 0x40490fdb3effffff}, {0x4f8000005500e973, 0x40690fdbe56efd23}, 0x10},
    {0x6e62d420, "faddp v0.2d, v1.2d, v2.2d", 0x3000000, {0x36a0000000000000, 0xe8ec6597292452b2}, {0x7fefffffffffffff, 0x380fffffffffffff}, {0xc004000000000000, 0x3fefffffffffffff}, {0x7fefffffffffffff, 0xbff8000000000000}, 0x10},
    {0x2e22d420, "faddp v0.2s, v1.2s, v2.2s", 0x400000, {0xff8000004f800000, 0x7f8000003f800000}, {0x3eaaaaabff800000, 0x4020000080000010}, {0x7fc123452b9e8e92, 0xff800000bf400000}, {0x7fc12345ff800000, 0x0}, 0x0},
    {0x6e22dc20, "fmul v0.4s, v1.4s, v2.4s", 0x0, {0x1000000c0200000, 0x7f7fffff831c27ce}, {0x4f0000003fc00000, 0xc1a80000c0c90fdb}, {0x50c3192c3f800000, 0x3f80000000000001}, {0x6043192c3fc00000, 0xc1a8000080000006}, 0x18},
    {0x6e62dc20, "fmul v0.2d, v1.2d, v2.2d", 0x0, {0x3ff0000030000001, 0x4024000000000000}, {0x10000000000000, 0x380fffffffffffff}, {0x380fffffffffffff, 0x7ff8000000012345}, {0x0, 0x7ff8000000012345}, 0x18},
    {0x2e22dc20, "fmul v0.2s, v1.2s, v2.2s", 0x1000000, {0x7e800000bf800000, 0xff7fffff3f000001}, {0x7d1e2aff00000000, 0x3f80000040d924ad}, {0xc0c90fdbc3c42754, 0x8000003f800000}, {0xfe78731c80000000, 0x0}, 0x10},
    {0x6e22dc20, "fmul v0.4s, v1.4s, v2.4s", 0x2000000, {0x40490fdbffc00001, 0x3fc000003eaaaaab}, {0x3f000001807fffff, 0x10000004effffff}, {0x1ad210963f7fffff, 0x4b80000180000010}, {0x1a521098807fffff, 0xd000001867fffff}, 0x18},
    {0x6e62dc20, "fmul v0.2d, v1.2d, v2.2d", 0x3000000, {0x380fffffffffffff, 0x3ff8000000000000}, {0x10000000000000, 0x20000000000000}, {0x41dfffffffc00000, 0x3810000000000000}, {0x1ffffffffc00000, 0x0}, 0x8},
    {0x2e22dc20, "fmul v0.2s, v1.2s, v2.2s", 0x400000, {0x8000001001000000, 0x1c1a80000}, {0x3eaaaaabc0c90fdb, 0xff800000}, {0x7e8000003f800000, 0x7f7fffffff7fffff}, {0x7daaaaabc0c90fdb, 0x0}, 0x0},
    {0x6e22e420, "fcmge v0.4s, v1.4s, v2.4s", 0x0, {0x404000004f000000, 0x1c790ecf4b800001}, {0x3effffff00000000, 0xff8000017f812345}, {0xbf8000004effffff, 0x3fc0000040200000}, {0xffffffff00000000, 0x0}, 0x1},
    {0x6e62e420, "fcmge v0.2d, v1.2d, v2.2d", 0x0, {0xfff8000000000001, 0x41dfffffffc00000}, {0x8000000000000000, 0x800fffffffffffff}, {0x3fefffffffffffff, 0xc7efffffffffffff}, {0x0, 0xffffffffffffffff}, 0x0},
    {0x2e22e420, "fcmge v0.2s, v1.2s, v2.2s", 0x1000000, {0xc0c90fdbffc00001, 0x412000003fc00000}, {0x3da256decf000001, 0x5f0000007f800000}, {0x7f81234540400000, 0xb45835db4f800000}, {0x0, 0x0}, 0x1},
    {0x6e22e420, "fcmge v0.4s, v1.4s, v2.4s", 0x2000000, {0x40400000c1a80000, 0x4f0000005eea1539}, {0xcf00000140490fdb, 0x400000a55483e3}, {0x4f8bb47f4b800001, 0x3877202b3f7fffff}, {0x0, 0x0}, 0x0},
    {0x6e62e420, "fcmge v0.2d, v1.2d, v2.2d", 0x3000000, {0xc7efffffffffffff, 0xfff0000000000000}, {0xffefffffffffffff, 0x83e60e7598cfbb44}, {0x1, 0xbff0000000000000}, {0x0, 0xffffffffffffffff}, 0x80},
    {0x2e22e420, "fcmge v0.2s, v1.2s, v2.2s", 0x400000, {0xbf8000003fc00000, 0x24b5a5980000000}, {0x8000000056d13721, 0x80000000400000}, {0xff8000004effffff, 0xbf800000807fffff}, {0xffffffffffffffff, 0x0}, 0x0},
    {0x6e22ec20, "facge v0.4s, v1.4s, v2.4s", 0x0, {0x3f80000000400000, 0x90030aec41200000}, {0x7f7fffff40200000, 0xc02000007f812345}, {0x4040000050591164, 0x3f8000007173ed44}, {0xffffffff00000000, 0xffffffff00000000}, 0x1},
    {0x6e62ec20, "facge v0.2d, v1.2d, v2.2d", 0x0, {0xc1e0000000000000, 0x71491b2816da2a3a}, {0xffefffffffffffff, 0x3fe0000000000000}, {0xbf04888b0dd5e1a6, 0x4004000000000000}, {0xffffffffffffffff, 0x0}, 0x0},
    {0x2e22ec20, "facge v0.2s, v1.2s, v2.2s", 0x1000000, {0xff800000ff7fffff, 0xff8000007f800000}, {0x7e800000ff800001, 0x5f0000003f000001}, {0x3f7fffffee862ab4, 0x3f000000807fffff}, {0xffffffff00000000, 0x0}, 0x1},
    {0x6e22ec20, "facge v0.4s, v1.4s, v2.4s", 0x2000000, {0x3effffff4b800001, 0x4f8000004f000000}, {0x3eaaaaab4f800000, 0x2099a8a640490fdb}, {0x4000007f812345, 0x4040000040400000}, {0xffffffff00000000, 0xffffffff}, 0x1},
    {0x6e62ec20, "facge v0.2d, v1.2d, v2.2d", 0x3000000, {0x4004000000000000, 0xfff0000000000000}, {0xc7efffffffffffff, 0x7ff8000000012345}, {0x7ff0000000012345, 0x8cca96b3276dcee0}, {0x0, 0x0}, 0x1},
    {0x2e22ec20, "facge v0.2s, v1.2s, v2.2s", 0x400000, {0x40400000c1a80000, 0x10000003fc00000}, {0x8000003f800000, 0xcf0000004f800000}, {0x4f80000040490fdb, 0x5f0000003f000000}, {0x0, 0x0}, 0x0},
    {0x6e22f420, "fmaxp v0.4s, v1.4s, v2.4s", 0x0, {0x7f7fffff4558b77d, 0xff800001d67645dc}, {0xbf8000007f800000, 0xffc00001}, {0x40490fdbbf400000, 0x3fc0000040400000}, {0xffc000017f800000, 0x4040000040490fdb}, 0x0},
    {0x6e62f420, "fmaxp v0.2d, v1.2d, v2.2d", 0x0, {0x3fefffffffffffff, 0x36a0000000000000}, {0x36a0000000000000, 0x4340000000000001}, {0x7fd0000000000000, 0xc1e0000000000000}, {0x4340000000000001, 0x7fd0000000000000}, 0x0},
    {0x2e22f420, "fmaxp v0.2s, v1.2s, v2.2s", 0x1000000, {0xff7fffff3fc00000, 0x80000000bf400000}, {0x4f8000004f800000, 0x7f7fffff3cc1342c}, {0xcf000001a4d19314, 0x8000000080000010}, {0xa4d193144f800000, 0x0}, 0x0},
    {0x6e22f420, "fmaxp v0.4s, v1.4s, v2.4s", 0x2000000, {0xbf80000001000000, 0xbf4000003f7fffff}, {0x8000001040490fdb, 0x800000107f812345}, {0x3fc000005686e719, 0x2e23561aff800001}, {0x7fc0000040490fdb, 0x7fc000005686e719}, 0x1},
    {0x6e62f420, "fmaxp v0.2d, v1.2d, v2.2d", 0x3000000, {0xffefffffffffffff, 0xfff0000000000000}, {0x20000000000000, 0x0}, {0x3ff0000030000001, 0x3fe0000000000000}, {0x20000000000000, 0x3ff0000030000001}, 0x0},
    {0x2e22f420, "fmaxp v0.2s, v1.2s, v2.2s", 0x400000, {0xcf0000003f000001, 0xffc0000180000010}, {0xcf000000807fffff, 0x800000105b5b3414}, {0xc1a8000000800000, 0x7f80000001000000}, {0x800000807fffff, 0x0}, 0x0},
    {0x6e22fc20, "fdiv v0.4s, v1.4s, v2.4s", 0x0, {0x3fc00000a3c48af4, 0x100000081d32bd9}, {0x80000010c0c90fdb, 0x8d7b7f573eaaaaab}, {0x4effffffc1a80000, 0xc1a800004f800000}, {0x800000003e9930a7, 0xb3f9df92eaaaaab}, 0x18},
    {0x6e62fc20, "fdiv v0.2d, v1.2d, v2.2d", 0x0, {0xc7efffffffffffff, 0x7ff0000000012345}, {0x4340000000000001, 0xc1e0000000000000}, {0xbfe8000000000000, 0x3ff0000000000000}, {0xc345555555555557, 0xc1e0000000000000}, 0x10},
    {0x2e22fc20, "fdiv v0.2s, v1.2s, v2.2s", 0x1000000, {0x807fffff80000010, 0x3be53adb01000000}, {0xa788bce43f000001, 0x7e8000007f7fffff}, {0x1ff800000, 0x3f000001807fffff}, {0xff80000080000000, 0x0}, 0x82},
    {0x6e22fc20, "fdiv v0.4s, v1.4s, v2.4s", 0x2000000, {0x4b800001ff7fffff, 0x140490fdb}, {0x4effffff40490fdb, 0x404000007f7fffff}, {0x6148a7334f000000, 0x3f00000140490fdb}, {0x2d234e8430c90fdb, 0x40bfffff7ea2f982}, 0x10},
    {0x6e62fc20, "fdiv v0.2d, v1.2d, v2.2d", 0x3000000, {0x4340000000000001, 0x4340000000000001}, {0x7fefffffffffffff, 0x1b791e3fb8d5ad41}, {0x2326a64763372b56, 0x800fffffffffffff}, {0x7ff0000000000000, 0xfff0000000000000}, 0x96},
    {0x2e22fc20, "fdiv v0.2s, v1.2s, v2.2s", 0x400000, {0x3f800000c0c90fdb, 0x5f0000004effffff}, {0x807fffffcf000000, 0x800000007fc12345}, {0x4000003fc00000, 0xc0200000ff800001}, {0xbffffffeceaaaaaa, 0x0}, 0x10},
    {0x6ea2c420, "fminnmp v0.4s, v1.4s, v2.4s", 0x0, {0x412000007e800000, 0x66b87a8c40490fdb}, {0x3f0000014b800001, 0xff80000101000000}, {0xff7fffffbf400000, 0x404000007f7fffff}, {0xffc000013f000001, 0x40400000ff7fffff}, 0x1},
    {0x6ee2c420, "fminnmp v0.2d, v1.2d, v2.2d", 0x0, {0x6cda28e81a5b09d8, 0xfd469de526d60a8d}, {0xfff0000000000001, 0xc3e0000000000000}, {0xb77c2bb57cb3c3fe, 0x7ff0000000012345}, {0xfff8000000000001, 0x7ff8000000012345}, 0x1},
    {0x2ea2c420, "fminnmp v0.2s, v1.2s, v2.2s", 0x1000000, {0xffc000015f000000, 0x404000003f7fffff}, {0xff8000013effffff, 0x4000003f7fffff}, {0xff8000014f000000, 0x3eaaaaab7e800000}, {0xffc00001ffc00001, 0x0}, 0x1},
    {0x6ea2c420, "fminnmp v0.4s, v1.4s, v2.4s", 0x2000000, {0x3effffff7f7fffff, 0xbf800000cf000001}, {0x4f0000003f000001, 0x4f80000080000000}, {0xffc0000141200000, 0x5f000000ff800001}, {0x800000003f000001, 0x7fc0000041200000}, 0x1},
    {0x6ee2c420, "fminnmp v0.2d, v1.2d, v2.2d", 0x3000000, {0x800fffffffffffff, 0xe6e03aaca6bd2070}, {0xc1e0000000000000, 0x3ff0000010000000}, {0xffefffffffffffff, 0x3ff0000010000000}, {0xc1e0000000000000, 0xffefffffffffffff}, 0x0},
    {0x2ea2c420, "fminnmp v0.2s, v1.2s, v2.2s", 0x400000, {0xffc000017f7fffff, 0x402000000103376f}, {0xca75495e40400000, 0x40400000807fffff}, {0xc0c90fdbff800001, 0x17f7fffff}, {0xffc00001ca75495e, 0x0}, 0x1},
    {0x6ea2d420, "fabd v0.4s, v1.4s, v2.4s", 0x0, {0x4040000000000001, 0x4b80000195bf5094}, {0xff8000014f000000, 0x807fffff80000000}, {0x3f8000003f7fffff, 0x100000040200000}, {0x7fc000014f000000, 0x140000040200000}, 0x11},
    {0x6ee2d420, "fabd v0.2d, v1.2d, v2.2d", 0x0, {0x4008000000000000, 0xbfe8000000000000}, {0xc1e0000000000000, 0x43e0000000000000}, {0x400921fb54442d18, 0x10000000000000}, {0x41e00000006487ed, 0x43e0000000000000}, 0x10},
    {0x2ea2d420, "fabd v0.2s, v1.2s, v2.2s", 0x1000000, {0x7f7fffff, 0xd1d6e3497f812345}, {0x3f0000003fc00000, 0xb7f821714f000000}, {0x100000080000010, 0xcf00000040400000}, {0x3f0000003fc00000, 0x0}, 0x90},
    {0x6ea2d420, "fabd v0.4s, v1.4s, v2.4s", 0x2000000, {0x4f8000005f000000, 0x404000007f7fffff}, {0x3eaaaaab80000000, 0xc02000003f000001}, {0xc0c90fdbd0a8cded, 0x7fc123456e209fd6}, {0x40d3ba8650a8cded, 0x7fc000006e209fd6}, 0x10},
    {0x6ee2d420, "fabd v0.2d, v1.2d, v2.2d", 0x3000000, {0x7ff0000000000000, 0x41f0000000000000}, {0x41e0000000000000, 0xbff0000000000000}, {0xbfe8000000000000, 0x400921fb54442d18}, {0x41e0000000180000, 0x401090fdaa22168c}, 0x0},
    {0x2ea2d420, "fabd v0.2s, v1.2s, v2.2s", 0x400000, {0x7f800000bf800000, 0x404000003f000000}, {0xffc000014f800000, 0x112fe0d6a34c146b}, {0x10000004effffff, 0x89e730f640490fdb}, {0x7fc000014f000001, 0x0}, 0x10},
    {0x6ea2e420, "fcmgt v0.4s, v1.4s, v2.4s", 0x0, {0x3effffff3eaaaaab, 0xc0c90fdb7f800000}, {0x3fc00000ff800001, 0x4f8000003f000001}, {0xe80564c25adbb712, 0x832aa5674effffff}, {0xffffffff00000000, 0xffffffff00000000}, 0x1},
    {0x6ee2e420, "fcmgt v0.2d, v1.2d, v2.2d", 0x0, {0x7ff0000000000000, 0x9c8210927cd1686b}, {0x8f7bc2dc6dd41db6, 0x3ff0000030000001}, {0x76b44ad98615083, 0x3ff0000010000000}, {0x0, 0xffffffffffffffff}, 0x0},
    {0x2ea2e420, "fcmgt v0.2s, v1.2s, v2.2s", 0x1000000, {0xff800001ff7fffff, 0xbf80000001000000}, {0xc1a80000807fffff, 0xff8000014effffff}, {0x412000003eaaaaab, 0x100000000400000}, {0x0, 0x0}, 0x80},
    {0x6ea2e420, "fcmgt v0.4s, v1.4s, v2.4s", 0x2000000, {0x3fc00000ff7fffff, 0x3f0000003f7fffff}, {0x7f812345ff800000, 0xbf4000003effffff}, {0x7e800000ff6f041c, 0x80000010c1a80000}, {0x0, 0xffffffff}, 0x1},
    {0x6ee2e420, "fcmgt v0.2d, v1.2d, v2.2d", 0x3000000, {0x36a0000000000000, 0x0}, {0x7ff8000000012345, 0x3ff8000000000000}, {0xfff8000000000001, 0xb99106c244120630}, {0x0, 0xffffffffffffffff}, 0x1},
    {0x2ea2e420, "fcmgt v0.2s, v1.2s, v2.2s", 0x400000, {0x3f00000080000000, 0x80000010527e850e}, {0x7f943543c1a80000, 0x3f8000004effffff}, {0x3f800000bf800000, 0x800000879fe889}, {0x0, 0x0}, 0x1},
    {0x6ea2ec20, "facgt v0.4s, v1.4s, v2.4s", 0x0, {0x7f7fffff40400000, 0x800000105a569c28}, {0x800000103f000001, 0xff8000003fc00000}, {0x9c652873fddd762a, 0x3fc0000001000000}, {0x0, 0xffffffffffffffff}, 0x0},
    {0x6ee2ec20, "facgt v0.2d, v1.2d, v2.2d", 0x0, {0x3ff0000000000000, 0x4024000000000000}, {0x3fd5555555555555, 0xc1e0000000000000}, {0x4008000000000000, 0xffefffffffffffff}, {0x0, 0x0}, 0x0},
    {0x2ea2ec20, "facgt v0.2s, v1.2s, v2.2s", 0x1000000, {0xc1a80000bf800000, 0x404000007f7fffff}, {0x1000000c0c90fdb, 0x4feb6a7b3f000001}, {0x7f7fffffffc00001, 0x5f0000005f000000}, {0x0, 0x0}, 0x1},
    {0x6ea2ec20, "facgt v0.4s, v1.4s, v2.4s", 0x2000000, {0x3f7fffff80000000, 0x4b800001ffc00001}, {0x3e138af64f000000, 0xcf0000003f000000}, {0x3f000001cf000001, 0x8000000000400000}, {0x0, 0xffffffffffffffff}, 0x0},
    {0x6ee2ec20, "facgt v0.2d, v1.2d, v2.2d", 0x3000000, {0x4008000000000000, 0xbff0000000000000}, {0x3ff0000010000000, 0xc004000000000000}, {0x7ff8000000012345, 0x4024000000000000}, {0x0, 0x0}, 0x1},
    {0x2ea2ec20, "facgt v0.2s, v1.2s, v2.2s", 0x400000, {0x40400000c0200000, 0x800000003effffff}, {0x7e800000c0200000, 0x40200000c0200000}, {0x952ca86a5f000000, 0x3f7fffff00400000}, {0xffffffff00000000, 0x0}, 0x0},
    {0x6ea2f420, "fminp v0.4s, v1.4s, v2.4s", 0x0, {0x5f000000ff7fffff, 0x7f80000041200000}, {0x9c5cda727e800000, 0x12be961cc4f83b9a}, {0x7f8123454effffff, 0xff8000017878ac25}, {0xc4f83b9a9c5cda72, 0xffc000017fc12345}, 0x1},
    {0x6ee2f420, "fminp v0.2d, v1.2d, v2.2d", 0x0, {0x1, 0xc1e0000000000000}, {0x7ff0000000000000, 0xffefffffffffffff}, {0x3ff0000030000001, 0x7fefffffffffffff}, {0xffefffffffffffff, 0x3ff0000030000001}, 0x0},
    {0x2ea2f420, "fminp v0.2s, v1.2s, v2.2s", 0x1000000, {0xff8000017f812345, 0x7b2cc0134effffff}, {0x7f800000ff7fffff, 0x80000040200000}, {0x3f00000100400000, 0x7f7fffff62d5bceb}, {0xff7fffff, 0x0}, 0x80},
    {0x6ea2f420, "fminp v0.4s, v1.4s, v2.4s", 0x2000000, {0x3f000000c1a80000, 0xffc000017f812345}, {0x3fc00000c1a80000, 0x76ac74533b1c75bd}, {0xcf00000100400000, 0x3f0000007e800000}, {0x3b1c75bdc1a80000, 0x3f000000cf000001}, 0x0},
    {0x6ee2f420, "fminp v0.2d, v1.2d, v2.2d", 0x3000000, {0x7ff0000000000000, 0x400921fb54442d18}, {0x7ff0000000012345, 0xc1e0000000000000}, {0xbff0000000000000, 0xa07a8f0602b0420e}, {0x7ff8000000000000, 0xbff0000000000000}, 0x1},
    {0x2ea2f420, "fminp v0.2s, v1.2s, v2.2s", 0x400000, {0x13b08589c1a80000, 0xac4961de7f812345}, {0xa2ee736500800000, 0x800000003f000001}, {0x100000080000000, 0x3effffff}, {0x80000000a2ee7365, 0x0}, 0x0},
};
const QemuVector k_three_same_scalar[] = {
    {0x5e22dc20, "fmulx s0, s1, s2", 0x0, {0x231a8f663fc00000, 0x8a068a2c80000010}, {0x479b2ad23eaaaaab, 0x3eaaaaab3effffff}, {0x402000003effffff, 0xbf40000001000000}, {0x3e2aaaaa, 0x0}, 0x10},
    {0x5e62dc20, "fmulx d0, d1, d2", 0x2000000, {0x7fefffffffffffff, 0x400921fb54442d18}, {0x250eecb551311cea, 0xc3e0000000000000}, {0xba6948ad688eb6ad, 0x7fd0000000000000}, {0x9f886f29d424843f, 0x0}, 0x10},
    {0x5e22dc20, "fmulx s0, s1, s2", 0x800000, {0x3f8000003fc00000, 0x3effffff41200000}, {0x7f8123453f800000, 0x800000007f812345}, {0xc0c90fdb7fc12345, 0x7f7fffff00000001}, {0x7fc12345, 0x0}, 0x0},
    {0x5e62dc20, "fmulx d0, d1, d2", 0x0, {0xbff0000000000000, 0xc3e0000000000000}, {0x0, 0xc004000000000000}, {0x3ff0000000000000, 0x4024000000000000}, {0x0, 0x0}, 0x0},
    {0x5e22e420, "fcmeq s0, s1, s2", 0x0, {0x7f7fffff807fffff, 0x3eaaaaabc0200000}, {0x40490fdb3fc00000, 0x4b80000140490fdb}, {0xc1a800004effffff, 0x800000103eaaaaab}, {0x0, 0x0}, 0x0},
    {0x5e62e420, "fcmeq d0, d1, d2", 0x2000000, {0x3ff0000010000000, 0x800fffffffffffff}, {0x41dfffffffc00000, 0xc1e0000000000000}, {0xe013e1be6b636419, 0xbff0000000000000}, {0x0, 0x0}, 0x0},
    {0x5e22e420, "fcmeq s0, s1, s2", 0x800000, {0xff7fffff7e800000, 0x55cfe33c40490fdb}, {0xc0c90fdb7fc12345, 0x14f000000}, {0x7f8000007f812345, 0x80525de65f000000}, {0x0, 0x0}, 0x1},
    {0x5e62e420, "fcmeq d0, d1, d2", 0x0, {0xfff8000000000001, 0x47efffffe0000000}, {0x83b535f3a0116ea6, 0xffefffffffffffff}, {0x4004000000000000, 0x41f0000000000000}, {0x0, 0x0}, 0x0},
    {0x5e22fc20, "frecps s0, s1, s2", 0x0, {0x1000000c1a80000, 0x80000010c0200000}, {0x4cc4edcab9fbea4, 0x3effffff7fc12345}, {0xdfb6e02b4f000000, 0xbf800000ff7fffff}, {0x400027f0, 0x0}, 0x10},
    {0x5e62fc20, "frecps d0, d1, d2", 0x2000000, {0x32bbc51d8316918b, 0x800fffffffffffff}, {0xc3e0000000000000, 0x133405151fd3af9}, {0x3ff0000010000000, 0x3ff0000000000000}, {0x43e0000010000000, 0x0}, 0x10},
    {0x5e22fc20, "frecps s0, s1, s2", 0x800000, {0xff800000ff7fffff, 0x3f800000c1a80000}, {0x40490fdb5f000000, 0x80000000c1a80000}, {0x41200000d508bae5, 0x3effffff4b800001}, {0x7488bae5, 0x0}, 0x10},
    {0x5e62fc20, "frecps d0, d1, d2", 0x0, {0x3fefffffffffffff, 0x3ff0000010000000}, {0x3fd5555555555555, 0xfff8000000000001}, {0xc035000000000000, 0x3810000000000000}, {0x4022000000000000, 0x0}, 0x10},
    {0x5ea2fc20, "frsqrts s0, s1, s2", 0x0, {0x3effffff7f800000, 0x80000000c0c90fdb}, {0x5f0000003fc00000, 0x800000004effffff}, {0x26eda22e01000000, 0xc02000000e897dfb}, {0x3fc00000, 0x0}, 0x10},
    {0x5ee2fc20, "frsqrts d0, d1, d2", 0x2000000, {0xc7efffffffffffff, 0x8000000000000000}, {0x877f47040d2191f5, 0xc7efffffffffffff}, {0x41dfffffffc00000, 0x41e0000000000000}, {0x3ff8000000000000, 0x0}, 0x10},
    {0x5ea2fc20, "frsqrts s0, s1, s2", 0x800000, {0x5f0000005f000000, 0xc1a80000ff7fffff}, {0x4b8000014b800001, 0xbf800000807fffff}, {0x3fc00000cf000000, 0x807fffffff800001}, {0x5a800001, 0x0}, 0x10},
    {0x5ee2fc20, "frsqrts d0, d1, d2", 0x0, {0x3ff0000030000001, 0x7a2db032344f67df}, {0xffefffffffffffff, 0x400921fb54442d18}, {0x1, 0x7ff0000000012345}, {0x3ff8000000000002, 0x0}, 0x10},
    {0x7e22e420, "fcmge s0, s1, s2", 0x0, {0x4b800001bf400000, 0x800000003f800000}, {0x3eaaaaab40400000, 0xcf0000014effffff}, {0x4020000001000000, 0x400000bf800000}, {0xffffffff, 0x0}, 0x0},
    {0x7e62e420, "fcmge d0, d1, d2", 0x2000000, {0x800fffffffffffff, 0x62a069810ad2061}, {0x10000000000000, 0xc3e0000000000000}, {0x3fefffffffffffff, 0xfff0000000000000}, {0x0, 0x0}, 0x0},
    {0x7e22e420, "fcmge s0, s1, s2", 0x800000, {0x7e800000c0200000, 0xcf000001ff800001}, {0xbf800000b4eee231, 0xc1a8000080000000}, {0xff80000100000000, 0xbf8000003eaaaaab}, {0x0, 0x0}, 0x0},
    {0x7e62e420, "fcmge d0, d1, d2", 0x0, {0x4340000000000001, 0xc7efffffffffffff}, {0xbc5a67a367fb8ac0, 0x47efffffe0000000}, {0x8000000000000000, 0xc66ab30def2eafb4}, {0x0, 0x0}, 0x0},
    {0x7e22ec20, "facge s0, s1, s2", 0x0, {0xcf00000041200000, 0xffc000013f800000}, {0x13f000001, 0x4effffff01000000}, {0x3f800000cf000001, 0x4effffff3eaaaaab}, {0x0, 0x0}, 0x0},
    {0x7e62ec20, "facge d0, d1, d2", 0x2000000, {0x4008000000000000, 0xc035000000000000}, {0x3810000000000000, 0xbfe8000000000000}, {0xc7efffffffffffff, 0xf4691051969bcb6f}, {0x0, 0x0}, 0x0},
    {0x7e22ec20, "facge s0, s1, s2", 0x800000, {0x3f800000ff800000, 0x7fc12345ffc00001}, {0x3f000000, 0x40400000c0200000}, {0x14766d317f800000, 0x995e99fee831864}, {0x0, 0x0}, 0x0},
    {0x7e62ec20, "facge d0, d1, d2", 0x0, {0x3fe0000000000000, 0x2583c9ac6a39a4d5}, {0x3fe0000000000000, 0xe8fdb6b5cc412b51}, {0x3ff0000010000000, 0xffefffffffffffff}, {0x0, 0x0}, 0x0},
    {0x7ea2d420, "fabd s0, s1, s2", 0x0, {0x180000010, 0x40490fdbcf000001}, {0xff80000180000010, 0xbf8000003fc00000}, {0xc1a8000080000010, 0x7fc12345df07a303}, {0x0, 0x0}, 0x0},
    {0x7ee2d420, "fabd d0, d1, d2", 0x2000000, {0x380fffffffffffff, 0xfff0000000000000}, {0x3fe0000000000000, 0xc7efffffffffffff}, {0xc7efffffffffffff, 0xbfe8000000000000}, {0x47efffffffffffff, 0x0}, 0x10},
    {0x7ea2d420, "fabd s0, s1, s2", 0x800000, {0xc1a8000080000000, 0x404000006e50a982}, {0x7f7fffff4f800000, 0xff7fffff3f000001}, {0x100000000000000, 0x4f000000bf400000}, {0x4f800000, 0x0}, 0x0},
    {0x7ee2d420, "fabd d0, d1, d2", 0x0, {0x3ff0000010000000, 0xfff0000000000000}, {0xb7ad74d74b9b0805, 0x10000000000000}, {0xffefffffffffffff, 0x7ff0000000000000}, {0x7fefffffffffffff, 0x0}, 0x10},
    {0x7ea2e420, "fcmgt s0, s1, s2", 0x0, {0x3f7fffffff800000, 0x1000000bf400000}, {0xc0200000ccad3a3c, 0x3f0000004b800001}, {0x7f7fffffc0c90fdb, 0xff8000017fc12345}, {0x0, 0x0}, 0x0},
    {0x7ee2e420, "fcmgt d0, d1, d2", 0x2000000, {0xfff0000000000000, 0x4008000000000000}, {0xec5bef7741dbbd33, 0x41dfffffffc00000}, {0x41e0000000000000, 0xd66d5537f00f9fbc}, {0x0, 0x0}, 0x0},
    {0x7ea2e420, "fcmgt s0, s1, s2", 0x800000, {0xff7fffff00800000, 0x4f800000b022cec6}, {0x12ab29d00800000, 0x412000004f000000}, {0xff8000004effffff, 0xcf0000003f000001}, {0x0, 0x0}, 0x0},
    {0x7ee2e420, "fcmgt d0, d1, d2", 0x0, {0x4024000000000000, 0x7fd0000000000000}, {0xfff8000000000001, 0xc004000000000000}, {0xbff0000000000000, 0xffefffffffffffff}, {0x0, 0x0}, 0x1},
    {0x7ea2ec20, "facgt s0, s1, s2", 0x0, {0xffc000013effffff, 0x6598d4303f000001}, {0x10000004effffff, 0x412000003eaaaaab}, {0x3f7fffff00000001, 0x3f8000007f812345}, {0xffffffff, 0x0}, 0x0},
    {0x7ee2ec20, "facgt d0, d1, d2", 0x2000000, {0xfff8000000000001, 0xfff0000000000000}, {0x3fefffffffffffff, 0xbfe8000000000000}, {0x400921fb54442d18, 0x7ff8000000012345}, {0x0, 0x0}, 0x0},
    {0x7ea2ec20, "facgt s0, s1, s2", 0x800000, {0x80000010809f46bd, 0xffc000017f812345}, {0xff8000004f000000, 0x3f7fffffc1a80000}, {0x9534e4ce5f000000, 0xbee123f5ff800001}, {0x0, 0x0}, 0x0},
    {0x7ee2ec20, "facgt d0, d1, d2", 0x0, {0x3fd5555555555555, 0x3ff0000010000000}, {0xfff0000000000001, 0x0}, {0x3ff0000010000000, 0x4024000000000000}, {0x0, 0x0}, 0x1},
};
const QemuVector k_two_misc[] = {
    {0x4ea0c820, "fcmgt v0.4s, v1.4s, #0.0", 0x0, {0x3f8000007f800000, 0xe47ea420c1a80000}, {0x3f0000017fc12345, 0x14b800001}, {0x3effffff7f499766, 0x4b8000013f000000}, {0xffffffff00000000, 0xffffffffffffffff}, 0x1},
    {0x4ee0c820, "fcmgt v0.2d, v1.2d, #0.0", 0x0, {0xbff0000000000000, 0x41e0000000000000}, {0x47efffffe0000000, 0x7fefffffffffffff}, {0x4004000000000000, 0x3ff0000030000001}, {0xffffffffffffffff, 0xffffffffffffffff}, 0x0},
    {0xea0c820, "fcmgt v0.2s, v1.2s, #0.0", 0x1000000, {0x7f800000807fffff, 0x412000003f7fffff}, {0x7f7fffff, 0x807fffffff800000}, {0x7f812345c1a80000, 0x2cf06c9fc9fe389e}, {0xffffffff, 0x0}, 0x0},
    {0x4ea0c820, "fcmgt v0.4s, v1.4s, #0.0", 0x2000000, {0x3f80000000400000, 0x80d6b81200400000}, {0xff8000005f000000, 0xc7ca1fbf00800000}, {0xc0c90fdb80000010, 0x3eaaaaab80000000}, {0xffffffff, 0xffffffff}, 0x0},
    {0x4ee0c820, "fcmgt v0.2d, v1.2d, #0.0", 0x3000000, {0x0, 0x3ff0000010000000}, {0x800fffffffffffff, 0xc797fbe3ead97a3a}, {0x3fd5555555555555, 0xffefffffffffffff}, {0x0, 0x0}, 0x80},
    {0xea0c820, "fcmgt v0.2s, v1.2s, #0.0", 0x400000, {0x4f00000073b1f534, 0xcf000001ff800000}, {0xffc000015f000000, 0x7fc1234540400000}, {0xff7fffff7fc12345, 0x8000000000800000}, {0xffffffff, 0x0}, 0x1},
    {0x6ea0c820, "fcmge v0.4s, v1.4s, #0.0", 0x0, {0xff800001c0200000, 0x100000000000001}, {0x32cc65ff807fffff, 0xf8f7b2a1bf400000}, {0x4914165300000000, 0x4fd2a6fa7f7fffff}, {0xffffffff00000000, 0x0}, 0x0},
    {0x6ee0c820, "fcmge v0.2d, v1.2d, #0.0", 0x0, {0x4008000000000000, 0x1}, {0x7ff8000000012345, 0xbfe8000000000000}, {0xec17dec7317e8e9b, 0x41dfffffffc00000}, {0x0, 0x0}, 0x1},
    {0x2ea0c820, "fcmge v0.2s, v1.2s, #0.0", 0x1000000, {0x3f7fffff3eaaaaab, 0x7f8000003fc00000}, {0x80000040400000, 0x3fc0000040400000}, {0x4020000080000010, 0x800000107fc12345}, {0xffffffffffffffff, 0x0}, 0x0},
    {0x6ea0c820, "fcmge v0.4s, v1.4s, #0.0", 0x2000000, {0x40000000400000, 0x3f000000bf400000}, {0x4f8000004b800001, 0x4f00000000400000}, {0xeae2e67a807fffff, 0x7e8000005e0697bf}, {0xffffffffffffffff, 0xffffffffffffffff}, 0x0},
    {0x6ee0c820, "fcmge v0.2d, v1.2d, #0.0", 0x3000000, {0xc035000000000000, 0xc1e0000000000000}, {0x10000000000000, 0x36a0000000000000}, {0x7fefffffffffffff, 0xffefffffffffffff}, {0xffffffffffffffff, 0xffffffffffffffff}, 0x0},
    {0x2ea0c820, "fcmge v0.2s, v1.2s, #0.0", 0x400000, {0x4b80000140200000, 0xbf8000007f812345}, {0x7f812345bf800000, 0xc21f81854b800001}, {0xc020000041200000, 0x1bf800000}, {0x0, 0x0}, 0x1},
    {0x4ea0d820, "fcmeq v0.4s, v1.4s, #0.0", 0x0, {0x800000cf000000, 0x402000007e800000}, {0x36299ded4f800000, 0x4f800000}, {0x3eaaaaabcbe8f7f7, 0xff7fffff807fffff}, {0x0, 0xffffffff00000000}, 0x0},
    {0x4ee0d820, "fcmeq v0.2d, v1.2d, #0.0", 0x0, {0x41e0000000000000, 0x3ff0000000000000}, {0xb50e7a1804c271de, 0xc035000000000000}, {0x3ff0000000000000, 0x380fffffffffffff}, {0x0, 0x0}, 0x0},
    {0xea0d820, "fcmeq v0.2s, v1.2s, #0.0", 0x1000000, {0x7f8000007fc12345, 0x4120000000000000}, {0x1c5ee8063f7fffff, 0xff7fffff41200000}, {0x4b800001, 0x100000026cb8ca9}, {0x0, 0x0}, 0x0},
    {0x4ea0d820, "fcmeq v0.4s, v1.4s, #0.0", 0x2000000, {0xcf00000040400000, 0x7f8000009913c1e9}, {0xbf40000000400000, 0x4f0000003f000001}, {0x3f000000bf400000, 0x7fc123453f800000}, {0x0, 0x0}, 0x0},
    {0x4ee0d820, "fcmeq v0.2d, v1.2d, #0.0", 0x3000000, {0x4008000000000000, 0x0}, {0xf12bda9674c90e0d, 0xc3e0000000000000}, {0xbfe8000000000000, 0x41f0000000000000}, {0x0, 0x0}, 0x0},
    {0xea0d820, "fcmeq v0.2s, v1.2s, #0.0", 0x400000, {0x1000000cf000000, 0x3add13107fc12345}, {0xbf800000, 0x7f800000fd6a2a20}, {0x3f0000013eaaaaab, 0x3f000001ff7fffff}, {0xffffffff00000000, 0x0}, 0x0},
    {0x6ea0d820, "fcmle v0.4s, v1.4s, #0.0", 0x0, {0x800000105f000000, 0x3f7fffff40490fdb}, {0x4f800000b925c0b3, 0x343aed61807fffff}, {0xc0c90fdbcf000000, 0x141200000}, {0xffffffff, 0xffffffff}, 0x0},
    {0x6ee0d820, "fcmle v0.2d, v1.2d, #0.0", 0x0, {0x0, 0x3fefffffffffffff}, {0xbff0000000000000, 0x3810000000000000}, {0x246ca05f065340fd, 0xffefffffffffffff}, {0xffffffffffffffff, 0x0}, 0x0},
    {0x2ea0d820, "fcmle v0.2s, v1.2s, #0.0", 0x1000000, {0xe0e16f45bf400000, 0x3f800000cf000000}, {0xa2fd9c657e800000, 0x5f0000007f812345}, {0x3f0000005f000000, 0x4b80000100000000}, {0xffffffff00000000, 0x0}, 0x0},
    {0x6ea0d820, "fcmle v0.4s, v1.4s, #0.0", 0x2000000, {0x7f8000001f81272b, 0x4f0000003fc00000}, {0x7e800000ffc00001, 0x40490fdb00400000}, {0x800000007e800000, 0x3f0000014d05b455}, {0x0, 0x0}, 0x1},
    {0x6ee0d820, "fcmle v0.2d, v1.2d, #0.0", 0x3000000, {0xfff8000000000001, 0x3fd5555555555555}, {0xc7efffffffffffff, 0xc3e0000000000000}, {0xc035000000000000, 0x20000000000000}, {0xffffffffffffffff, 0xffffffffffffffff}, 0x0},
    {0x2ea0d820, "fcmle v0.2s, v1.2s, #0.0", 0x400000, {0xcf00000044b3bda9, 0x3f0000004effffff}, {0x41200000c1a80000, 0x5f000000ba9346c8}, {0x3fc00000c0c90fdb, 0xc6ac85c900000001}, {0xffffffff, 0x0}, 0x0},
    {0x4ea0e820, "fcmlt v0.4s, v1.4s, #0.0", 0x0, {0xc1a80000fe4ea3c6, 0x7f7fffff48d01641}, {0xffc000017fc12345, 0x402000004f000000}, {0xbf4000003f800000, 0x10000004f000000}, {0x0, 0x0}, 0x1},
    {0x4ee0e820, "fcmlt v0.2d, v1.2d, #0.0", 0x0, {0x8000000000000000, 0xfff0000000000000}, {0x9cdbad0fa34b7ffa, 0x3fd5555555555555}, {0xc035000000000000, 0x8000000000000000}, {0xffffffffffffffff, 0x0}, 0x0},
    {0xea0e820, "fcmlt v0.2s, v1.2s, #0.0", 0x1000000, {0x5f00000040490fdb, 0x80000000df9df22f}, {0x7f7fffff40200000, 0x10000003f800000}, {0xff800001, 0x40490fdb01000000}, {0x0, 0x0}, 0x0},
    {0x4ea0e820, "fcmlt v0.4s, v1.4s, #0.0", 0x2000000, {0xffc0000173d8e195, 0x4b800001bf800000}, {0x800000cf000000, 0x9b2162c55c9c3580}, {0x7f7fffffc0200000, 0x4f00000000000001}, {0xffffffff, 0xffffffff00000000}, 0x0},
    {0x4ee0e820, "fcmlt v0.2d, v1.2d, #0.0", 0x3000000, {0x7fefffffffffffff, 0xfff8000000000001}, {0x3ff8000000000000, 0xc035000000000000}, {0x4340000000000001, 0x400921fb54442d18}, {0x0, 0xffffffffffffffff}, 0x0},
    {0xea0e820, "fcmlt v0.2s, v1.2s, #0.0", 0x400000, {0x807fffffc0c90fdb, 0x4ef89d8040400000}, {0xbf40000040400000, 0x402000007e800000}, {0x3eaaaaab40490fdb, 0x40490fdb4b800001}, {0xffffffff00000000, 0x0}, 0x0},
    {0x4ea0f820, "fabs v0.4s, v1.4s", 0x0, {0x3f80000040400000, 0x8000000080000000}, {0x41aac35eff800000, 0x80000080000010}, {0x80000000bf400000, 0x807fffff7f800000}, {0x41aac35e7f800000, 0x80000000000010}, 0x0},
    {0x4ee0f820, "fabs v0.2d, v1.2d", 0x0, {0x3ff0000010000000, 0xc004000000000000}, {0x32123c71d0d1c871, 0xc7efffffffffffff}, {0x7ff8000000012345, 0x4004000000000000}, {0x32123c71d0d1c871, 0x47efffffffffffff}, 0x0},
    {0xea0f820, "fabs v0.2s, v1.2s", 0x1000000, {0x7f8123455f000000, 0x3effffff7f812345}, {0x7f7fffff7f812345, 0xcfe0b724c0200000}, {0x100000000000000, 0x400000807fffff}, {0x7f7fffff7f812345, 0x0}, 0x0},
    {0x4ea0f820, "fabs v0.4s, v1.4s", 0x2000000, {0x3effffff00800000, 0x800000bf400000}, {0x7f8000003f7fffff, 0xae8b0b04f800000}, {0xc1a800004f000000, 0xcf0000017e800000}, {0x7f8000003f7fffff, 0xae8b0b04f800000}, 0x0},
    {0x4ee0f820, "fabs v0.2d, v1.2d", 0x3000000, {0xc7efffffffffffff, 0x41f0000000000000}, {0xe90b8ea5fc56be9d, 0xbfe8000000000000}, {0x400921fb54442d18, 0xc004000000000000}, {0x690b8ea5fc56be9d, 0x3fe8000000000000}, 0x0},
    {0xea0f820, "fabs v0.2s, v1.2s", 0x400000, {0xff80000141200000, 0xff7fffff0156de5d}, {0x7f8123455f000000, 0xff7fffff4f800000}, {0x7f8123457f800000, 0xcf0000003f000000}, {0x7f8123455f000000, 0x0}, 0x0},
    {0x6ea0f820, "fneg v0.4s, v1.4s", 0x0, {0x5f00000040400000, 0x3f0000007e800000}, {0x40200000cf000001, 0x5f00000000800000}, {0x40200000cf000000, 0x80000010da574258}, {0xc02000004f000001, 0xdf00000080800000}, 0x0},
    {0x6ee0f820, "fneg v0.2d, v1.2d", 0x0, {0x41f0000000000000, 0x41e0000000000000}, {0x41f0000000000000, 0x0}, {0x3fe0000000000000, 0x7ff8000000012345}, {0xc1f0000000000000, 0x8000000000000000}, 0x0},
    {0x2ea0f820, "fneg v0.2s, v1.2s", 0x1000000, {0x1000000d7c3b27c, 0x4b8000013f7fffff}, {0x40490fdb4effffff, 0x41aa8ea040490fdb}, {0x3f00000100800000, 0xcf00000141200000}, {0xc0490fdbceffffff, 0x0}, 0x0},
    {0x6ea0f820, "fneg v0.4s, v1.4s", 0x2000000, {0x7fc1234540200000, 0x4b800001807fffff}, {0x404000004e27e6bf, 0x3f7fffff7e800000}, {0x3f800000c0c90fdb, 0xc0200000ffc00001}, {0xc0400000ce27e6bf, 0xbf7ffffffe800000}, 0x0},
    {0x6ee0f820, "fneg v0.2d, v1.2d", 0x3000000, {0x4024000000000000, 0x3fd5555555555555}, {0x99cd17e14332db51, 0x534773b042662627}, {0x8000000000000000, 0xbff0000000000000}, {0x19cd17e14332db51, 0xd34773b042662627}, 0x0},
    {0x2ea0f820, "fneg v0.2s, v1.2s", 0x400000, {0x41200000c0200000, 0x8604feb840400000}, {0x5d93d2e7c0c90fdb, 0x3eaaaaab40400000}, {0x400000ffc00001, 0x1683ba43229679d6}, {0xdd93d2e740c90fdb, 0x0}, 0x0},
    {0x4e218820, "frintn v0.4s, v1.4s", 0x0, {0x4f8000007f7fffff, 0x807fffff40400000}, {0x3f800000bf400000, 0x7f812345a370a05a}, {0x7f8123454f800000, 0xff80000101000000}, {0x3f800000bf800000, 0x7fc1234580000000}, 0x1},
    {0x4e618820, "frintn v0.2d, v1.2d", 0x0, {0x3ff0000010000000, 0x4008000000000000}, {0x7fd0000000000000, 0xfff0000000000000}, {0x47efffffe0000000, 0xbff0000000000000}, {0x7fd0000000000000, 0xfff0000000000000}, 0x0},
    {0xe218820, "frintn v0.2s, v1.2s", 0x1000000, {0xbf4000003f7fffff, 0x4040000001000000}, {0x3fc00000ff7fffff, 0x4f80000080000010}, {0x7f81234541200000, 0xa7ce05a03f000001}, {0x40000000ff7fffff, 0x0}, 0x0},
    {0x4e218820, "frintn v0.4s, v1.4s", 0x2000000, {0x3f7fffff40200000, 0x4b8000017e800000}, {0x40400000c0c90fdb, 0xff8000015f000000}, {0xc0c90fdbc0c90fdb, 0xbf8000003f7fffff}, {0x40400000c0c00000, 0x7fc000005f000000}, 0x1},
    {0x4e618820, "frintn v0.2d, v1.2d", 0x3000000, {0xc3e0000000000000, 0xfff0000000000000}, {0x3ff0000000000000, 0x7fefffffffffffff}, {0x51ecf3759355471b, 0xfff8000000000001}, {0x3ff0000000000000, 0x7fefffffffffffff}, 0x0},
    {0xe218820, "frintn v0.2s, v1.2s", 0x400000, {0xc1a800004b800001, 0x4f8000007fc12345}, {0x4effffff49eb6b45, 0x80000000d09d3bd9}, {0xe65756fb4f000000, 0x404000003effffff}, {0x4effffff49eb6b48, 0x0}, 0x0},
    {0x4e218820, "frintn v0.4s, v1.4s", 0x800000, {0xc1a80000c0200000, 0x7e80000000000000}, {0x7f7fffffbf400000, 0xcf00000000000001}, {0xbf8000007f7fffff, 0x7e8000007fc12345}, {0x7f7fffffbf800000, 0xcf00000000000000}, 0x0},
    {0x4e618820, "frintn v0.2d, v1.2d", 0xc00000, {0x41f0000000000000, 0x3ff8000000000000}, {0xffefffffffffffff, 0xbff0000000000000}, {0x43e0000000000000, 0x20000000000000}, {0xffefffffffffffff, 0xbff0000000000000}, 0x0},
    {0x4e219820, "frintm v0.4s, v1.4s", 0x0, {0x3fc0000040400000, 0x7e8000003f7fffff}, {0x98d1300b3effffff, 0x3f0000003effffff}, {0x40200000bf400000, 0xeb515c585f000000}, {0xbf80000000000000, 0x0}, 0x0},
    {0x4e619820, "frintm v0.2d, v1.2d", 0x0, {0x7fefffffffffffff, 0x0}, {0x3ff0000010000000, 0x19f6f0ead4411459}, {0x1fd5c8445491020c, 0x3810000000000000}, {0x3ff0000000000000, 0x0}, 0x0},
    {0xe219820, "frintm v0.2s, v1.2s", 0x1000000, {0x3fc0000041200000, 0x4b800001c1a80000}, {0xcf0000013eaaaaab, 0xc0200000cf000001}, {0x3f80000040400000, 0x3f800000f4722d95}, {0xcf00000100000000, 0x0}, 0x0},
    {0x4e219820, "frintm v0.4s, v1.4s", 0x2000000, {0x153b0c498, 0x4b8000013f000001}, {0x3eaaaaab3eaaaaab, 0x40490fdb22ea81ac}, {0xbf4000005f000000, 0xbf400000bf400000}, {0x0, 0x4040000000000000}, 0x0},
    {0x4e619820, "frintm v0.2d, v1.2d", 0x3000000, {0x4008000000000000, 0x10000000000000}, {0x7fefffffffffffff, 0xc035000000000000}, {0x7fd0000000000000, 0x400921fb54442d18}, {0x7fefffffffffffff, 0xc035000000000000}, 0x0},
    {0xe219820, "frintm v0.2s, v1.2s", 0x400000, {0x5f0000006b87e1d8, 0x800000007fc12345}, {0x836438a6ff800001, 0xbf4000007f800000}, {0x4000007e800000, 0x402000003f000000}, {0xbf800000ffc00001, 0x0}, 0x1},
    {0x4e219820, "frintm v0.4s, v1.4s", 0x800000, {0x412000003eaaaaab, 0x5f00000040490fdb}, {0xff800001bf800000, 0x13baab86c0200000}, {0x4040000001000000, 0x7fc123453fc00000}, {0xffc00001bf800000, 0xc0400000}, 0x1},
    {0x4e619820, "frintm v0.2d, v1.2d", 0xc00000, {0x41f0000000000000, 0x3ff0000000000000}, {0x4340000000000001, 0xc035000000000000}, {0x7ff0000000000000, 0x2616eac7785b23bd}, {0x4340000000000001, 0xc035000000000000}, 0x0},
    {0x4ea18820, "frintp v0.4s, v1.4s", 0x0, {0xff800000807fffff, 0x4effffff3eaaaaab}, {0x807fffff7f812345, 0xcf0000003eaaaaab}, {0xd52b123bff7fffff, 0xbf40000000000001}, {0x800000007fc12345, 0xcf0000003f800000}, 0x1},
    {0x4ee18820, "frintp v0.2d, v1.2d", 0x0, {0x43e0000000000000, 0x41e0000000000000}, {0x0, 0x10000000000000}, {0x3ff0000030000001, 0xbff0000000000000}, {0x0, 0x3ff0000000000000}, 0x0},
    {0xea18820, "frintp v0.2s, v1.2s", 0x1000000, {0xffc000013f800000, 0xcf0000013f000000}, {0x8000000000800000, 0xff80000100000001}, {0xffc000019e64c16c, 0x3f0000013effffff}, {0x800000003f800000, 0x0}, 0x0},
    {0x4ea18820, "frintp v0.4s, v1.4s", 0x2000000, {0xeecfe2947f800000, 0x3f00000040490fdb}, {0x4120000040400000, 0x4f80000080000000}, {0x3f800000bf800000, 0xffc0000142ec4ed5}, {0x4120000040400000, 0x4f80000080000000}, 0x0},
    {0x4ee18820, "frintp v0.2d, v1.2d", 0x3000000, {0x41dfffffffc00000, 0x20000000000000}, {0x4004000000000000, 0xc1e0000000000000}, {0x4004000000000000, 0x4008000000000000}, {0x4008000000000000, 0xc1e0000000000000}, 0x0},
    {0xea18820, "frintp v0.2s, v1.2s", 0x400000, {0xcf0000007e800000, 0xc020000040200000}, {0x402000007f812345, 0x7f800000cf000001}, {0x3f0000007f812345, 0xbf40000041200000}, {0x404000007fc12345, 0x0}, 0x1},
    {0x4ea18820, "frintp v0.4s, v1.4s", 0x800000, {0x5f00000040200000, 0xff8000007f800000}, {0x5f00000080000010, 0x7e800000e3d92cc1}, {0x4effffff3eaaaaab, 0xff80000140400000}, {0x5f00000080000000, 0x7e800000e3d92cc1}, 0x0},
    {0x4ee18820, "frintp v0.2d, v1.2d", 0xc00000, {0x10000000000000, 0x3ff0000000000000}, {0xc3e0000000000000, 0xc004000000000000}, {0x7fefffffffffffff, 0x7fd0000000000000}, {0xc3e0000000000000, 0xc000000000000000}, 0x0},
    {0x4ea19820, "frintz v0.4s, v1.4s", 0x0, {0xb599f91780000010, 0x7f7fffff7e800000}, {0x404000007fc12345, 0xff800001ff800001}, {0x7f7fffff3f000000, 0x3effffffbf400000}, {0x404000007fc12345, 0xffc00001ffc00001}, 0x1},
    {0x4ee19820, "frintz v0.2d, v1.2d", 0x0, {0x77b5349637c6b24, 0xc3e0000000000000}, {0x400921fb54442d18, 0x4008000000000000}, {0x4004000000000000, 0x400921fb54442d18}, {0x4008000000000000, 0x4008000000000000}, 0x0},
    {0xea19820, "frintz v0.2s, v1.2s", 0x1000000, {0x5f00000000800000, 0xff800001}, {0xff800000c0c90fdb, 0x3eaaaaab6196f5dd}, {0x412000003f000001, 0xbf8000007a410a68}, {0xff800000c0c00000, 0x0}, 0x0},
    {0x4ea19820, "frintz v0.4s, v1.4s", 0x2000000, {0xe71f404c80000010, 0x4f0000005f000000}, {0x41200000ff800000, 0x3eaaaaabff7fffff}, {0x800000103f800000, 0xc02000004f000000}, {0x41200000ff800000, 0xff7fffff}, 0x0},
    {0x4ee19820, "frintz v0.2d, v1.2d", 0x3000000, {0x7fefffffffffffff, 0x3fefffffffffffff}, {0x36a0000000000000, 0x41f0000000000000}, {0x4024000000000000, 0xc1e0000000000000}, {0x0, 0x41f0000000000000}, 0x0},
    {0xea19820, "frintz v0.2s, v1.2s", 0x400000, {0xe85275cf5f000000, 0x4f800000bf400000}, {0x4120000083f41f55, 0x7786a78aff800000}, {0xff800000, 0x7f800000c0c90fdb}, {0x4120000080000000, 0x0}, 0x0},
    {0x4ea19820, "frintz v0.4s, v1.4s", 0x800000, {0xc1a800007e800000, 0x7f80000000000000}, {0x4f800000c0200000, 0xc1a8000080000010}, {0x807fffff3f800000, 0x400000cf000000}, {0x4f800000c0000000, 0xc1a8000080000000}, 0x0},
    {0x4ee19820, "frintz v0.2d, v1.2d", 0xc00000, {0x3fd5555555555555, 0xfff0000000000000}, {0xbff0000000000000, 0xbe19901944fc4861}, {0x7fefffffffffffff, 0x380fffffffffffff}, {0xbff0000000000000, 0x8000000000000000}, 0x0},
    {0x6e218820, "frinta v0.4s, v1.4s", 0x0, {0x4020000000800000, 0xffc0000140490fdb}, {0x402000003f7fffff, 0x40490fdb00800000}, {0x3effffff80000010, 0xc1a8000014ebac24}, {0x404000003f800000, 0x4040000000000000}, 0x0},
    {0x6e618820, "frinta v0.2d, v1.2d", 0x0, {0x8759efee269b30e, 0x4004000000000000}, {0x3ff8000000000000, 0xbff0000000000000}, {0xbfe8000000000000, 0x4024000000000000}, {0x4000000000000000, 0xbff0000000000000}, 0x0},
    {0x2e218820, "frinta v0.2s, v1.2s", 0x1000000, {0x3effffff00000000, 0x3effffffcf000001}, {0xff7fffff3f000001, 0x8000000000400000}, {0x555f14c65f000000, 0x3fc0000000400000}, {0xff7fffff3f800000, 0x0}, 0x0},
    {0x6e218820, "frinta v0.4s, v1.4s", 0x2000000, {0x7f7fffffc1a80000, 0xfdceb97001000000}, {0xff800000, 0xff7fffffc0200000}, {0x643608985f000000, 0x3e56737096721feb}, {0xff800000, 0xff7fffffc0400000}, 0x0},
    {0x6e618820, "frinta v0.2d, v1.2d", 0x3000000, {0xd9b9ce55dc19a8b1, 0x3810000000000000}, {0x3fefffffffffffff, 0x4008000000000000}, {0x3ff0000010000000, 0x3810000000000000}, {0x3ff0000000000000, 0x4008000000000000}, 0x0},
    {0x2e218820, "frinta v0.2s, v1.2s", 0x400000, {0x448ff2a7, 0x404000004effffff}, {0xcf000001c1a80000, 0x4f8000004effffff}, {0x3f0000013eaaaaab, 0xff7fffff80000000}, {0xcf000001c1a80000, 0x0}, 0x0},
    {0x6e218820, "frinta v0.4s, v1.4s", 0x800000, {0x400000cf000000, 0xc71c08edc0200000}, {0x8000004f000000, 0x2953c16e00400000}, {0x4f000000a31fe3a3, 0x7f7fffffcf000000}, {0x4f000000, 0x0}, 0x0},
    {0x6e618820, "frinta v0.2d, v1.2d", 0xc00000, {0x7fc6e28194cab8ce, 0x800fffffffffffff}, {0x800fffffffffffff, 0xe97295385daa7f27}, {0x7fefffffffffffff, 0x10000000000000}, {0x8000000000000000, 0xe97295385daa7f27}, 0x0},
    {0x6e219820, "frintx v0.4s, v1.4s", 0x0, {0x4effffff7f800000, 0x180000010}, {0x7f7fffff00000000, 0x3eaaaaab4a89504b}, {0x1807fffff, 0x4040000040490fdb}, {0x7f7fffff00000000, 0x4a89504c}, 0x10},
    {0x6e619820, "frintx v0.2d, v1.2d", 0x0, {0xc7efffffffffffff, 0x2ec8e637728ded5a}, {0xfff8000000000001, 0x4340000000000001}, {0x3ff0000000000000, 0xffefffffffffffff}, {0xfff8000000000001, 0x4340000000000001}, 0x0},
    {0x2e219820, "frintx v0.2s, v1.2s", 0x1000000, {0x4b8000017fc12345, 0x7f8000007fc12345}, {0x8000003f7fffff, 0x3f800000c0c90fdb}, {0x3f0000003effffff, 0x40490fdb41200000}, {0x3f800000, 0x0}, 0x10},
    {0x6e219820, "frintx v0.4s, v1.4s", 0x2000000, {0x33dfa7e77e800000, 0x7f7fffff3569f755}, {0x40490fdb40490fdb, 0xc02000004f800000}, {0x4f800000ffc00001, 0x41200000807fffff}, {0x4040000040400000, 0xc00000004f800000}, 0x10},
    {0x6e619820, "frintx v0.2d, v1.2d", 0x3000000, {0x36a0000000000000, 0x10000000000000}, {0x15e11acd3a1b6aee, 0x3fd5555555555555}, {0x20000000000000, 0x3ff0000000000000}, {0x0, 0x0}, 0x10},
    {0x2e219820, "frintx v0.2s, v1.2s", 0x400000, {0x7e800000cf000000, 0xff7fffffbf800000}, {0x3effffff4f000000, 0x4effffffffc00001}, {0x4f8000004b800001, 0x3eaaaaabff800000}, {0x3f8000004f000000, 0x0}, 0x10},
    {0x6e219820, "frintx v0.4s, v1.4s", 0x800000, {0xc72df0bc4f000000, 0xbf400000c0200000}, {0xc1a8000040400000, 0x41200000ff800000}, {0x7f7fffff40400000, 0x40490fdb7f7fffff}, {0xc1a8000040400000, 0x41200000ff800000}, 0x0},
    {0x6e619820, "frintx v0.2d, v1.2d", 0xc00000, {0x3ff0000030000001, 0x7fefffffffffffff}, {0xeda5ccd5cfed7df4, 0x3fe0000000000000}, {0x400921fb54442d18, 0x7ff0000000000000}, {0xeda5ccd5cfed7df4, 0x0}, 0x10},
    {0x6ea19820, "frinti v0.4s, v1.4s", 0x0, {0x101000000, 0x80000010cf000000}, {0x8000003f7fffff, 0x7fc123454f000000}, {0xc0c90fdb00400000, 0xbf800000}, {0x3f800000, 0x7fc123454f000000}, 0x0},
    {0x6ee19820, "frinti v0.2d, v1.2d", 0x0, {0x3fd5555555555555, 0x800fffffffffffff}, {0x43e0000000000000, 0x4008000000000000}, {0x1, 0x3fefffffffffffff}, {0x43e0000000000000, 0x4008000000000000}, 0x0},
    {0x2ea19820, "frinti v0.2s, v1.2s", 0x1000000, {0xc1a800007f812345, 0xbf80000040490fdb}, {0xcf0000005f000000, 0x402000003f800000}, {0x7f81234540400000, 0xcf00000001000000}, {0xcf0000005f000000, 0x0}, 0x0},
    {0x6ea19820, "frinti v0.4s, v1.4s", 0x2000000, {0x3effffff3f000001, 0x412000003effffff}, {0xff8000003fc00000, 0x4f0000003effffff}, {0x3f7fffffc1a80000, 0x632785f1bf400000}, {0xff80000040000000, 0x4f00000000000000}, 0x0},
    {0x6ee19820, "frinti v0.2d, v1.2d", 0x3000000, {0x3810000000000000, 0x10000000000000}, {0xc3e0000000000000, 0x8000000000000000}, {0x7fd0000000000000, 0x41f0000000000000}, {0xc3e0000000000000, 0x8000000000000000}, 0x0},
    {0x2ea19820, "frinti v0.2s, v1.2s", 0x400000, {0xbf80000040200000, 0xbf800000ff800001}, {0x3f0000017f800000, 0x3f800000}, {0x7e80000001000000, 0xc02000007f800000}, {0x3f8000007f800000, 0x0}, 0x0},
    {0x6ea19820, "frinti v0.4s, v1.4s", 0x800000, {0xc02000007f812345, 0x7fc12345ffc00001}, {0x776155ea7f812345, 0x4effffffff800001}, {0x3258d3a24f000000, 0xc0c90fdb40490fdb}, {0x776155ea7fc12345, 0x4effffffffc00001}, 0x1},
    {0x6ee19820, "frinti v0.2d, v1.2d", 0xc00000, {0x0, 0xc035000000000000}, {0x5a6eacd56d2de523, 0xbfe8000000000000}, {0xc7efffffffffffff, 0x41f0000000000000}, {0x5a6eacd56d2de523, 0x8000000000000000}, 0x0},
    {0x4ea1d820, "frecpe v0.4s, v1.4s", 0x0, {0xbf8000003eaaaaab, 0xff7fffffff800001}, {0x3effffff00000001, 0x402000007f812345}, {0x4b80000100000001, 0x80000000bf400000}, {0x400000007f800000, 0x3ecc80007fc12345}, 0x15},
    {0x4ee1d820, "frecpe v0.2d, v1.2d", 0x0, {0x36a0000000000000, 0x41dfffffffc00000}, {0x7ff0000000000000, 0xcb77fb1f89bc3254}, {0x47efffffe0000000, 0xc035000000000000}, {0x0, 0xb465600000000000}, 0x0},
    {0xea1d820, "frecpe v0.2s, v1.2s", 0x1000000, {0xc0c90fdbcf000000, 0xff7fffff3f800000}, {0x7f8000004f800000, 0x40490fdb4275f819}, {0x1000000ffc00001, 0x4effffff00000001}, {0x2f7f8000, 0x0}, 0x0},
    {0x4ea1d820, "frecpe v0.4s, v1.4s", 0x2000000, {0x8000001000400000, 0x4000004f000000}, {0x404000004effffff, 0xff8000014b800001}, {0x7e80000000800000, 0x800000807fffff}, {0x3eaa800030000000, 0x7fc00000337f8000}, 0x1},
    {0x4ee1d820, "frecpe v0.2d, v1.2d", 0x3000000, {0x63071f851393c7f7, 0x4024000000000000}, {0x1, 0x8197b076d071dd5}, {0xc3e0000000000000, 0x8d77e3475fd1cd88}, {0x7ff0000000000000, 0x77c4200000000000}, 0x82},
    {0xea1d820, "frecpe v0.2s, v1.2s", 0x400000, {0x5f000000cf000001, 0x3f7fffffc0200000}, {0x3eaaaaab7e800000, 0x4effffff4b800001}, {0xff7fffffcf000000, 0xbf8000003eaaaaab}, {0x40400000007fc000, 0x0}, 0x0},
    {0x6ea1d820, "frsqrte v0.4s, v1.4s", 0x0, {0x14b800001, 0x3f7fffff4f000000}, {0xff800001, 0x402000004f800000}, {0x3f8000005f000000, 0xff800000bf800000}, {0x7f800000ffc00001, 0x3f218000377f8000}, 0x3},
    {0x6ee1d820, "frsqrte v0.2d, v1.2d", 0x0, {0x4004000000000000, 0x7ff0000000000000}, {0x7fefffffffffffff, 0x4340000000000001}, {0x41f0000000000000, 0x380fffffffffffff}, {0x1ff0000000000000, 0x3e46900000000000}, 0x0},
    {0x2ea1d820, "frsqrte v0.2s, v1.2s", 0x1000000, {0x3f00000080000000, 0xffc000012410f95a}, {0x1222f7ef7f7fffff, 0x3effffffc0c90fdb}, {0x10000004b800001, 0x3f0000017e800000}, {0x562080001f800000, 0x0}, 0x0},
    {0x6ea1d820, "frsqrte v0.4s, v1.4s", 0x2000000, {0x7f81234580000010, 0x7f7fffff3f800000}, {0x3eaaaaab3eaaaaab, 0x7f7fffff80000010}, {0x404000004effffff, 0xcf0000003f000000}, {0x3fde00003fde0000, 0x1f8000007fc00000}, 0x1},
    {0x6ee1d820, "frsqrte v0.2d, v1.2d", 0x3000000, {0x41dfffffffc00000, 0x3ff0000030000001}, {0xbff0000000000000, 0xfff8000000000001}, {0x41dfffffffc00000, 0xfff0000000000001}, {0x7ff8000000000000, 0x7ff8000000000000}, 0x1},
    {0x2ea1d820, "frsqrte v0.2s, v1.2s", 0x400000, {0xc0c90fdbd4e989db, 0xbf800000bf400000}, {0xbf40000040400000, 0x80000000}, {0x1000000c1495309, 0x3effffffddb4acd3}, {0x7fc000003f138000, 0x0}, 0x1},
    {0x6ea1f820, "fsqrt v0.4s, v1.4s", 0x0, {0x800000007456430a, 0x107ac335c1a80000}, {0x6508c98b80000010, 0x3f7fffffff7fffff}, {0x3f7fffffc0c90fdb, 0x807fffff3f000001}, {0x523b21377fc00000, 0x3f7fffff7fc00000}, 0x11},
    {0x6ee1f820, "fsqrt v0.2d, v1.2d", 0x0, {0x7ff0000000012345, 0x169db4124cca46cb}, {0x3ff0000010000000, 0x89959a41527f893b}, {0x380fffffffffffff, 0xfff8000000000001}, {0x3ff0000007fffffe, 0x7ff8000000000000}, 0x11},
    {0x2ea1f820, "fsqrt v0.2s, v1.2s", 0x1000000, {0x3effffffc1a80000, 0x7fc1234540400000}, {0xffc000013fc00000, 0xbf400000de80e563}, {0x3f000000ff800001, 0x5f0000004b800001}, {0xffc000013f9cc471, 0x0}, 0x10},
    {0x6ea1f820, "fsqrt v0.4s, v1.4s", 0x2000000, {0xbf4000003fc00000, 0x4f000000ff800000}, {0xbf400000422a039a, 0x412000003f7fffff}, {0x3f80000040490fdb, 0xff8000003eaaaaab}, {0x7fc0000040d09f84, 0x404a62c23f7fffff}, 0x11},
    {0x6ee1f820, "fsqrt v0.2d, v1.2d", 0x3000000, {0xbfe8000000000000, 0x43e0000000000000}, {0x8000000000000000, 0xbff0000000000000}, {0x0, 0x4340000000000001}, {0x8000000000000000, 0x7ff8000000000000}, 0x1},
    {0x2ea1f820, "fsqrt v0.2s, v1.2s", 0x400000, {0x7f7fffff807fffff, 0x8000003f000001}, {0xc1a800004f000000, 0x4020000000000001}, {0xc0c90fdbcf000001, 0x7f80000080000010}, {0x7fc00000473504f4, 0x0}, 0x11},
    {0x4e21a820, "fcvtns v0.4s, v1.4s", 0x0, {0x3effffff1ebb0e67, 0x5f000000ff800001}, {0x73632df5c0c90fdb, 0xff80000040200000}, {0x4f0000007f812345, 0x404000005f000000}, {0x7ffffffffffffffa, 0x8000000000000002}, 0x11},
    {0x4e61a820, "fcvtns v0.2d, v1.2d", 0x0, {0x4340000000000001, 0x41ab0b02e2628953}, {0x36a0000000000000, 0x3ff8000000000000}, {0x43e0000000000000, 0x7ff8000000012345}, {0x0, 0x2}, 0x10},
    {0xe21a820, "fcvtns v0.2s, v1.2s", 0x1000000, {0x581ce44a3f800000, 0x1000000f9efe0d8}, {0xff80000000000001, 0x3eaaaaab}, {0x3fc000007f800000, 0xc58a11ef7f7fffff}, {0x8000000000000000, 0x0}, 0x81},
    {0x4e21a820, "fcvtns v0.4s, v1.4s", 0x2000000, {0x3eaaaaab7e800000, 0xb2894147fc12345}, {0xcf00000141200000, 0xffc0000100800000}, {0x4120000040200000, 0x7f8123457e800000}, {0x800000000000000a, 0x0}, 0x11},
    {0x4e61a820, "fcvtns v0.2d, v1.2d", 0x3000000, {0x95cd14864cfb1453, 0x3ff0000010000000}, {0xfff8000000000001, 0xefeabcf916386ba9}, {0x3ff0000030000001, 0x41dfffffffc00000}, {0x0, 0x8000000000000000}, 0x1},
    {0xe21a820, "fcvtns v0.2s, v1.2s", 0x400000, {0xc1a800003f7fffff, 0xc5e4466441200000}, {0x807fffffcf000000, 0xc020000040200000}, {0x4effffff7f812345, 0x5f000000cf000001}, {0x80000000, 0x0}, 0x10},
    {0x4e21a820, "fcvtns v0.4s, v1.4s", 0x800000, {0xc0c90fdb5f000000, 0x5f000000c0200000}, {0xdadebebd00400000, 0x4120000000400000}, {0x7f7fffff00400000, 0x1cd5b994807fffff}, {0x8000000000000000, 0xa00000000}, 0x11},
    {0x4e61a820, "fcvtns v0.2d, v1.2d", 0xc00000, {0x7ff0000000012345, 0xc1e0000000000000}, {0x400921fb54442d18, 0x380fffffffffffff}, {0x3ff0000030000001, 0xfff0000000000000}, {0x3, 0x0}, 0x10},
    {0x6e21a820, "fcvtnu v0.4s, v1.4s", 0x0, {0xff7fffff3eaaaaab, 0x9a3d2198c0200000}, {0xcf000001, 0x3f000001c1a80000}, {0x4f80000040400000, 0x3f000001c0200000}, {0x0, 0x100000000}, 0x11},
    {0x6e61a820, "fcvtnu v0.2d, v1.2d", 0x0, {0x41e0000000000000, 0xb8db590c72435262}, {0x8000000000000000, 0xc035000000000000}, {0x4004000000000000, 0x99c1a7e0ee36aa70}, {0x0, 0x0}, 0x1},
    {0x2e21a820, "fcvtnu v0.2s, v1.2s", 0x1000000, {0x3effffff7f800000, 0x8368fb03c0c90fdb}, {0x807fffff3f800000, 0xff7fffff3f7fffff}, {0x4000004f800000, 0x7f8000004b800001}, {0x1, 0x0}, 0x80},
    {0x6e21a820, "fcvtnu v0.4s, v1.4s", 0x2000000, {0xffc00001cf000001, 0x4f000000c0200000}, {0x41200000807fffff, 0x80000000ffc00001}, {0xff8000013effffff, 0xc1a800007f7fffff}, {0xa00000000, 0x0}, 0x11},
    {0x6e61a820, "fcvtnu v0.2d, v1.2d", 0x3000000, {0xc3e0000000000000, 0x3810000000000000}, {0x4340000000000001, 0x3149a1dda36e88a4}, {0xc7efffffffffffff, 0xfff0000000000000}, {0x20000000000002, 0x0}, 0x10},
    {0x2e21a820, "fcvtnu v0.2s, v1.2s", 0x400000, {0xcfeb4d03ff800000, 0x30fd14e85f000000}, {0x7f7fffff7fc12345, 0x3f80000000400000}, {0xbf8000003eaaaaab, 0x7e800000ff7fffff}, {0xffffffff00000000, 0x0}, 0x1},
    {0x6e21a820, "fcvtnu v0.4s, v1.4s", 0x800000, {0xf95b758c01000000, 0x7f8123453f000000}, {0x7f8000004b800001, 0x7fc1234500000001}, {0x4f80000000400000, 0x4b8000014f800000}, {0xffffffff01000002, 0x0}, 0x11},
    {0x6e61a820, "fcvtnu v0.2d, v1.2d", 0xc00000, {0x7fd0000000000000, 0x800fffffffffffff}, {0x4340000000000001, 0xc035000000000000}, {0x66af415d159d93cf, 0xc3e0000000000000}, {0x20000000000002, 0x0}, 0x1},
    {0x4e21b820, "fcvtms v0.4s, v1.4s", 0x0, {0xff8000003f000000, 0x7f81234541200000}, {0xcf000001bf400000, 0xc02000003effffff}, {0x3effffff4b800001, 0x800000107f800000}, {0x80000000ffffffff, 0xfffffffd00000000}, 0x11},
    {0x4e61b820, "fcvtms v0.2d, v1.2d", 0x0, {0x41e0000000000000, 0x7226acfcc219d2a6}, {0x3ff0000030000001, 0xbff0000000000000}, {0xbff0000000000000, 0x7ff0000000000000}, {0x1, 0xffffffffffffffff}, 0x10},
    {0xe21b820, "fcvtms v0.2s, v1.2s", 0x1000000, {0x402000005aad4045, 0x3f000001807fffff}, {0xc0c90fdb9cbbb817, 0xbf80000041200000}, {0x7f8000007f800000, 0x3f800000ff800001}, {0xfffffff9ffffffff, 0x0}, 0x10},
    {0x4e21b820, "fcvtms v0.4s, v1.4s", 0x2000000, {0x7f81234540490fdb, 0xc1a800007e800000}, {0x1cf000000, 0x80000010c0c90fdb}, {0x8000006250ccc7, 0x7e8000003effffff}, {0x80000000, 0xfffffffffffffff9}, 0x10},
    {0x4e61b820, "fcvtms v0.2d, v1.2d", 0x3000000, {0x3fefffffffffffff, 0xd8917f3e9d68aa17}, {0xc035000000000000, 0xc7efffffffffffff}, {0x0, 0x47efffffe0000000}, {0xffffffffffffffeb, 0x8000000000000000}, 0x1},
    {0xe21b820, "fcvtms v0.2s, v1.2s", 0x400000, {0xc0c90fdb3fc00000, 0x3eaaaaab40400000}, {0xff800001c0200000, 0xcf000000139f24c9}, {0x7f8123454b800001, 0x140490fdb}, {0xfffffffd, 0x0}, 0x11},
    {0x4e21b820, "fcvtms v0.4s, v1.4s", 0x800000, {0x40490fdb, 0xff7fffff4b800001}, {0x28c8f884c0200000, 0x807fffffc0c90fdb}, {0xffc0000180000010, 0x10000003f000000}, {0xfffffffd, 0xfffffffffffffff9}, 0x10},
    {0x4e61b820, "fcvtms v0.2d, v1.2d", 0xc00000, {0x62502a4d8e341e20, 0xbff0000000000000}, {0x4465c32de5161446, 0xb9371dd053e5b832}, {0x7ff0000000012345, 0xbfe8000000000000}, {0x7fffffffffffffff, 0xffffffffffffffff}, 0x11},
    {0x6e21b820, "fcvtmu v0.4s, v1.4s", 0x0, {0x3eaaaaab40400000, 0x40000080000010}, {0xffc000013f000000, 0xbf800000a202582f}, {0x3f00000040200000, 0x3f800000c1a80000}, {0x0, 0x0}, 0x11},
    {0x6e61b820, "fcvtmu v0.2d, v1.2d", 0x0, {0x45e89964fb6991a2, 0xc1e0000000000000}, {0x7ff8000000012345, 0x20000000000000}, {0x3ff8000000000000, 0x43e0000000000000}, {0x0, 0x0}, 0x11},
    {0x2e21b820, "fcvtmu v0.2s, v1.2s", 0x1000000, {0x4b8000013f000001, 0x40490fdb40490fdb}, {0x3f00000100800000, 0xcf00000040400000}, {0x7f800000c0200000, 0xac6984727f812345}, {0x0, 0x0}, 0x10},
    {0x6e21b820, "fcvtmu v0.4s, v1.4s", 0x2000000, {0x4f0000007e800000, 0x40200000}, {0x404000004b800001, 0x4f800000cf000001}, {0x7f8000005f000000, 0x3f000000807fffff}, {0x301000002, 0xffffffff00000000}, 0x1},
    {0x6e61b820, "fcvtmu v0.2d, v1.2d", 0x3000000, {0x10000000000000, 0x10000000000000}, {0xffefffffffffffff, 0xbb5fe27ee19b5cd5}, {0x0, 0x41dfffffffc00000}, {0x0, 0x0}, 0x1},
    {0x2e21b820, "fcvtmu v0.2s, v1.2s", 0x400000, {0x3f800000bf800000, 0x5a7eb082c0200000}, {0xff800001924e5b94, 0xffc00001ffc00001}, {0xff7fffff4effffff, 0xffc000015f000000}, {0x0, 0x0}, 0x1},
    {0x6e21b820, "fcvtmu v0.4s, v1.4s", 0x800000, {0xcf000000cf000001, 0xdbe3ef75c0c90fdb}, {0xcf0000004f000000, 0xffc000017f812345}, {0x404000003effffff, 0xff7fffff3f000001}, {0x80000000, 0x0}, 0x1},
    {0x6e61b820, "fcvtmu v0.2d, v1.2d", 0xc00000, {0x4024000000000000, 0xfff0000000000000}, {0x3ff0000010000000, 0xc7efffffffffffff}, {0x7ff0000000012345, 0xbff0000000000000}, {0x1, 0x0}, 0x11},
    {0x4ea1a820, "fcvtps v0.4s, v1.4s", 0x0, {0xff7fffffbf400000, 0x80000010c1a80000}, {0x3fc0000000000000, 0x807fffff80000010}, {0x4f8000008beeea54, 0x1ffc00001}, {0x200000000, 0x0}, 0x10},
    {0x4ee1a820, "fcvtps v0.2d, v1.2d", 0x0, {0x20000000000000, 0x41f0000000000000}, {0x3fefffffffffffff, 0x41f0000000000000}, {0x3810000000000000, 0x7fd0000000000000}, {0x1, 0x100000000}, 0x10},
    {0xea1a820, "fcvtps v0.2s, v1.2s", 0x1000000, {0x135d615141200000, 0xff800001d25e6b71}, {0xbf800000cf000001, 0x3f000001cf000000}, {0xbf8000005f000000, 0x7fc123454effffff}, {0xffffffff80000000, 0x0}, 0x1},
    {0x4ea1a820, "fcvtps v0.4s, v1.4s", 0x2000000, {0x3fc000004effffff, 0x5f000000d9f4a36c}, {0x1000000807fffff, 0xbfcbc3b000800000}, {0x807fffff00000001, 0x3f000001cf000001}, {0x100000000, 0xffffffff00000001}, 0x10},
    {0x4ee1a820, "fcvtps v0.2d, v1.2d", 0x3000000, {0x4004000000000000, 0xfff0000000000000}, {0xef0c8d3a66042535, 0x3fd5555555555555}, {0x7ff0000000000000, 0x3ff8000000000000}, {0x8000000000000000, 0x1}, 0x11},
    {0xea1a820, "fcvtps v0.2s, v1.2s", 0x400000, {0x696fbd607f7fffff, 0x807fffff3f7fffff}, {0xb1dc7ed041200000, 0x7e80000040200000}, {0x80000000400000, 0x800000cf000000}, {0xa, 0x0}, 0x10},
    {0x4ea1a820, "fcvtps v0.4s, v1.4s", 0x800000, {0xcf0000014b800001, 0x3f0000007e800000}, {0x7f7fffff00400000, 0x7f8000003fc00000}, {0x8000001018158ead, 0x402000004b800001}, {0x7fffffff00000001, 0x7fffffff00000002}, 0x11},
    {0x4ee1a820, "fcvtps v0.2d, v1.2d", 0xc00000, {0x3ff8000000000000, 0x1}, {0x0, 0x10000000000000}, {0x7fefffffffffffff, 0x41dfffffffc00000}, {0x0, 0x1}, 0x10},
    {0x6ea1a820, "fcvtpu v0.4s, v1.4s", 0x0, {0x17f7fffff, 0xa0e1ed99bf400000}, {0x4f800000c0026028, 0x3effffff40400000}, {0x7e800000bf800000, 0x3d133dd00000001}, {0xffffffff00000000, 0x100000003}, 0x11},
    {0x6ee1a820, "fcvtpu v0.2d, v1.2d", 0x0, {0x20000000000000, 0xc004000000000000}, {0x3ff0000010000000, 0x41dfffffffc00000}, {0x6fb0b199843d6fa7, 0x758787d5c03ff6ff}, {0x2, 0x7fffffff}, 0x10},
    {0x2ea1a820, "fcvtpu v0.2s, v1.2s", 0x1000000, {0xba9457de00400000, 0x5865c23e41200000}, {0xcf0000014effffff, 0x7f7fffff7fc12345}, {0x3f000001724cf94d, 0x40000041200000}, {0x7fffff80, 0x0}, 0x1},
    {0x6ea1a820, "fcvtpu v0.4s, v1.4s", 0x2000000, {0x7e800000c0c90fdb, 0x40400000da278b16}, {0xfc42e3c23effffff, 0x7f8000004effffff}, {0x3f7fffff4b800001, 0x7f7fffff00000001}, {0x1, 0xffffffff7fffff80}, 0x11},
    {0x6ee1a820, "fcvtpu v0.2d, v1.2d", 0x3000000, {0x4004000000000000, 0x7fefffffffffffff}, {0x7ff0000000012345, 0x35540ca1b1ca67cf}, {0x3ff8000000000000, 0xfff0000000000000}, {0x0, 0x1}, 0x11},
    {0x2ea1a820, "fcvtpu v0.2s, v1.2s", 0x400000, {0x4effffff7f800000, 0x8752fc184b800001}, {0x3f800000bf800000, 0x4effffff00000000}, {0x3f00000041200000, 0x40490fdb4f000000}, {0x100000000, 0x0}, 0x1},
    {0x6ea1a820, "fcvtpu v0.4s, v1.4s", 0x800000, {0xff800000cf000001, 0xffc000014effffff}, {0x3f000001ff800001, 0xe733f034bf800000}, {0x5f0000009d65b924, 0x2596037780000010}, {0x100000000, 0x0}, 0x11},
    {0x6ee1a820, "fcvtpu v0.2d, v1.2d", 0xc00000, {0x3810000000000000, 0x4340000000000001}, {0xffefffffffffffff, 0xfff0000000000000}, {0x41e0000000000000, 0x800fffffffffffff}, {0x0, 0x0}, 0x1},
    {0x4ea1b820, "fcvtzs v0.4s, v1.4s", 0x0, {0xc1a80000bf800000, 0x14b800001}, {0x3fc00000cf000000, 0xc0c90fdb4f800000}, {0xcf00000140400000, 0x7e800000bf800000}, {0x180000000, 0xfffffffa7fffffff}, 0x11},
    {0x4ee1b820, "fcvtzs v0.2d, v1.2d", 0x0, {0x3fd5555555555555, 0x4004000000000000}, {0xc497937cf926773d, 0xc5ff0102076fa872}, {0x7fefffffffffffff, 0x3ff0000000000000}, {0x8000000000000000, 0x8000000000000000}, 0x1},
    {0xea1b820, "fcvtzs v0.2s, v1.2s", 0x1000000, {0x800000ff7fffff, 0x80000010807fffff}, {0xbf4000004f800000, 0x3effffffc0200000}, {0x3f7fffff7e800000, 0x7448aae67a7a2c9e}, {0x7fffffff, 0x0}, 0x11},
    {0x4ea1b820, "fcvtzs v0.4s, v1.4s", 0x2000000, {0x40400000cf000000, 0xff800001c0200000}, {0x5f00000000000001, 0xcf0000018107173d}, {0x10000007fc12345, 0x80000010}, {0x7fffffff00000000, 0x8000000000000000}, 0x11},
    {0x4ee1b820, "fcvtzs v0.2d, v1.2d", 0x3000000, {0x3fd5555555555555, 0xbac6b2561dd313e6}, {0x36a0000000000000, 0x380fffffffffffff}, {0x0, 0x7ff0000000000000}, {0x0, 0x0}, 0x10},
    {0xea1b820, "fcvtzs v0.2s, v1.2s", 0x400000, {0x4f8000005f000000, 0x4b80000100000000}, {0xbf800000c1a80000, 0x3f8000003effffff}, {0xbf800000c0200000, 0x3f000000cf000001}, {0xffffffffffffffeb, 0x0}, 0x0},
    {0x4ea1b820, "fcvtzs v0.4s, v1.4s", 0x800000, {0xc0200000ff800000, 0x4f0000003fc00000}, {0x3f7fffff3effffff, 0x7f812345ff800000}, {0x7f81234501000000, 0x5f000000807fffff}, {0x0, 0x80000000}, 0x11},
    {0x4ee1b820, "fcvtzs v0.2d, v1.2d", 0xc00000, {0xcae197474b9b6662, 0xc004000000000000}, {0xffefffffffffffff, 0x41f0000000000000}, {0x52abbd4d197f5b3f, 0x3ff8000000000000}, {0x8000000000000000, 0x100000000}, 0x1},
    {0x6ea1b820, "fcvtzu v0.4s, v1.4s", 0x0, {0x3f0000017f7fffff, 0xff800000c0200000}, {0xbf4000003f800000, 0x7e8000004effffff}, {0x3effffff00400000, 0x412000007f800000}, {0x1, 0xffffffff7fffff80}, 0x11},
    {0x6ee1b820, "fcvtzu v0.2d, v1.2d", 0x0, {0x1, 0xcc2510a0b0d1e2a5}, {0xc1525ddd521e7a90, 0x4008000000000000}, {0x7ff0000000000000, 0x380fffffffffffff}, {0x0, 0x3}, 0x1},
    {0x2ea1b820, "fcvtzu v0.2s, v1.2s", 0x1000000, {0x141200000, 0x10000007f7fffff}, {0x40490fdb4effffff, 0xff7fffff40490fdb}, {0x8000001000000001, 0x80000000bf400000}, {0x37fffff80, 0x0}, 0x10},
    {0x6ea1b820, "fcvtzu v0.4s, v1.4s", 0x2000000, {0x3f800000c0200000, 0x3f00000100400000}, {0x3f7fffff7e800000, 0x10000007fc12345}, {0x5f0000001678d960, 0x4040000000800000}, {0xffffffff, 0x0}, 0x11},
    {0x6ee1b820, "fcvtzu v0.2d, v1.2d", 0x3000000, {0xdab88ee8f7ab067e, 0xfff8000000000001}, {0xc004000000000000, 0x7ff8000000012345}, {0xc1e0000000000000, 0xc004000000000000}, {0x0, 0x0}, 0x1},
    {0x2ea1b820, "fcvtzu v0.2s, v1.2s", 0x400000, {0x7f812345ff513b47, 0x5516ed333fc00000}, {0x3f0000015f000000, 0x7e8000003fc00000}, {0xc0c90fdbffc00001, 0x2a5d3b3e82a12783}, {0xffffffff, 0x0}, 0x11},
    {0x6ea1b820, "fcvtzu v0.4s, v1.4s", 0x800000, {0x344d8983d4bbfceb, 0x807fffff4b800001}, {0xc0c90fdb5f000000, 0x7f7fffff3f000001}, {0xff8000017f7fffff, 0xff800001ff800000}, {0xffffffff, 0xffffffff00000000}, 0x11},
    {0x6ee1b820, "fcvtzu v0.2d, v1.2d", 0xc00000, {0x3334395d7488c4f2, 0x3fe0000000000000}, {0x4008000000000000, 0x7fefffffffffffff}, {0x7ff0000000000000, 0xc3e0000000000000}, {0x3, 0xffffffffffffffff}, 0x1},
    {0x4e21c820, "fcvtas v0.4s, v1.4s", 0x0, {0xc0c90fdb00800000, 0x404000002dfa3b9c}, {0x7f7fffffbf800000, 0x807fffffff800001}, {0x4effffff, 0x800000004f000000}, {0x7fffffffffffffff, 0x0}, 0x11},
    {0x4e61c820, "fcvtas v0.2d, v1.2d", 0x0, {0x4004000000000000, 0x7fd0000000000000}, {0x1, 0x400921fb54442d18}, {0x8000000000000000, 0xfff8000000000001}, {0x0, 0x3}, 0x10},
    {0xe21c820, "fcvtas v0.2s, v1.2s", 0x1000000, {0xff8000014effffff, 0x7f8123459304182c}, {0x47ca7864c0c90fdb, 0x3effffff7f7fffff}, {0xcf0000013f7fffff, 0x7e800000c0200000}, {0x194f1fffffffa, 0x0}, 0x10},
    {0x4e21c820, "fcvtas v0.4s, v1.4s", 0x2000000, {0x7a7e0bbabf800000, 0xbf8000007f800000}, {0x9dbb8dbfff7fffff, 0x40400000c0200000}, {0xbf800000cf000001, 0xa01e8b8980000000}, {0x80000000, 0x3fffffffd}, 0x11},
    {0x4e61c820, "fcvtas v0.2d, v1.2d", 0x3000000, {0x20000000000000, 0x517d59be70f48d18}, {0x8000000000000000, 0x41f0000000000000}, {0x4008000000000000, 0xfff0000000000001}, {0x0, 0x100000000}, 0x0},
    {0xe21c820, "fcvtas v0.2s, v1.2s", 0x400000, {0x7f8123453effffff, 0x3f7fffffff800001}, {0xc02000007f7fffff, 0x8000000000000001}, {0x3fc0000087340d65, 0x807fffffc0c90fdb}, {0xfffffffd7fffffff, 0x0}, 0x11},
    {0x4e21c820, "fcvtas v0.4s, v1.4s", 0x800000, {0x1bcd26ad41200000, 0x4f80000001000000}, {0xbf40000040400000, 0xc0c90fdb5f000000}, {0x4f0367173effffff, 0x7e8000004effffff}, {0xffffffff00000003, 0xfffffffa7fffffff}, 0x11},
    {0x4e61c820, "fcvtas v0.2d, v1.2d", 0xc00000, {0xbff0000000000000, 0x1}, {0x20000000000000, 0x36a0000000000000}, {0xc3e0000000000000, 0x7fd0000000000000}, {0x0, 0x0}, 0x10},
    {0x6e21c820, "fcvtau v0.4s, v1.4s", 0x0, {0x7fc12345c1a80000, 0x3f80000032d2c980}, {0x8000001000000000, 0x7f9001387f800000}, {0x3f0000007f7fffff, 0x7fc12345c31f5e73}, {0x0, 0xffffffff}, 0x11},
    {0x6e61c820, "fcvtau v0.2d, v1.2d", 0x0, {0xbfe8000000000000, 0x4024000000000000}, {0x41e0000000000000, 0xbff0000000000000}, {0x4004000000000000, 0x1}, {0x80000000, 0x0}, 0x1},
    {0x2e21c820, "fcvtau v0.2s, v1.2s", 0x1000000, {0xffc000014effffff, 0x7fc1234580000010}, {0x1a6afb35d, 0x4b800001cf000001}, {0x3eaaaaab7f812345, 0x40000000000001}, {0x0, 0x0}, 0x90},
    {0x6e21c820, "fcvtau v0.4s, v1.4s", 0x2000000, {0x7f7fffff3effffff, 0x3fc00000ffc00001}, {0x3f0000003fc00000, 0x3eaaaaab00000000}, {0xbf800000bf800000, 0xffc000013eaaaaab}, {0x100000002, 0x0}, 0x10},
    {0x6e61c820, "fcvtau v0.2d, v1.2d", 0x3000000, {0x7fd0000000000000, 0x380fffffffffffff}, {0xfff0000000000000, 0x3fd5555555555555}, {0x380fffffffffffff, 0xfff8000000000001}, {0x0, 0x0}, 0x11},
    {0x2e21c820, "fcvtau v0.2s, v1.2s", 0x400000, {0xbf40000040490fdb, 0x40400000bf400000}, {0x400000c0c90fdb, 0x10000003f800000}, {0xff7fffff3f000001, 0x807fffff807fffff}, {0x0, 0x0}, 0x11},
    {0x6e21c820, "fcvtau v0.4s, v1.4s", 0x800000, {0x7f80000080000010, 0x7f8000003f800000}, {0x807fffffff800000, 0x7f8557e51642b200}, {0xcf000001a14b627d, 0xff800000cf000000}, {0x0, 0x0}, 0x11},
    {0x6e61c820, "fcvtau v0.2d, v1.2d", 0xc00000, {0x1, 0xfff0000000000001}, {0x3ff0000000000000, 0x2c626d0cd85b4af8}, {0xc035000000000000, 0x0}, {0x1, 0x0}, 0x10},
    {0x4e21d820, "scvtf v0.4s, v1.4s", 0x0, {0xcf2751acff7fffff, 0x40490fdb7fc12345}, {0x1234567812345678, 0x800000007fffffff}, {0x400000cf000000, 0x402000007fc12345}, {0x4d91a2b44d91a2b4, 0xcf0000004f000000}, 0x10},
    {0x4e61d820, "scvtf v0.2d, v1.2d", 0x0, {0x4340000000000001, 0x10000000000000}, {0x707175fd7aa2f6b4, 0x4cbf57fa0c5f1c3b}, {0x43e0000000000000, 0x94edf6d78dcfd896}, {0x43dc1c5d7f5ea8be, 0x43d32fd5fe8317c7}, 0x10},
    {0xe21d820, "scvtf v0.2s, v1.2s", 0x1000000, {0x1000000ff800001, 0xff80000080000010}, {0x1234567860849ad7, 0x7fffffffc0000000}, {0xcf000000, 0x800000003f7fffff}, {0x4d91a2b44ec10936, 0x0}, 0x10},
    {0x4e21d820, "scvtf v0.4s, v1.4s", 0x2000000, {0x4b80000164185172, 0x4b800001c0200000}, {0xfffffffe12345678, 0xaffa2d2c01000001}, {0x6cb7a063807fffff, 0x4effffffff7fffff}, {0xc00000004d91a2b4, 0xcea00ba64b800000}, 0x10},
    {0x4e61d820, "scvtf v0.2d, v1.2d", 0x3000000, {0x41dfffffffc00000, 0x36a0000000000000}, {0x8000000000000000, 0xa6482b623f534f12}, {0x3ff8000000000000, 0x4004000000000000}, {0xc3e0000000000000, 0xc3d66df527702b2c}, 0x10},
    {0xe21d820, "scvtf v0.2s, v1.2s", 0x400000, {0x3f8000004b800001, 0x402000003fc00000}, {0x800000008000000f, 0x3fffffff40000000}, {0x100800000, 0x800000003f000000}, {0xcf000000ceffffff, 0x0}, 0x10},
    {0x4e21d820, "scvtf v0.4s, v1.4s", 0x800000, {0xc020000088a27d9c, 0x7e800000ffc00001}, {0xc76b3b0140000000, 0x100000157008b95}, {0x5f000000ff7fffff, 0x3eaaaaab40200000}, {0xce6253144e800000, 0x4b8000004eae0117}, 0x10},
    {0x4e61d820, "scvtf v0.2d, v1.2d", 0xc00000, {0xc3e0000000000000, 0xd84380d45d5efe90}, {0x20000000000001, 0x123456789abcdef0}, {0x7fefffffffffffff, 0x4008000000000000}, {0x4340000000000000, 0x43b23456789abcde}, 0x10},
    {0x6e21d820, "ucvtf v0.4s, v1.4s", 0x0, {0x3f7fffff7f812345, 0x800000007e800000}, {0xfffffffe01000001, 0x5db8fb0e3fffffff}, {0x8000001000000001, 0xc0c90fdb00400000}, {0x4f8000004b800000, 0x4ebb71f64e800000}, 0x10},
    {0x6e61d820, "ucvtf v0.2d, v1.2d", 0x0, {0xfbb49c723714dee7, 0x41f0000000000000}, {0x8000000000000400, 0x1}, {0xc004000000000000, 0x5d8a1d26ec504ee4}, {0x43e0000000000000, 0x3ff0000000000000}, 0x10},
    {0x2e21d820, "ucvtf v0.2s, v1.2s", 0x1000000, {0x7f80000040200000, 0x3eaaaaab7fc12345}, {0xb9a7fdc600000000, 0xfffffffe1dc6c69b}, {0x3f7fffffbf800000, 0x4b800001cf000001}, {0x4f39a7fe00000000, 0x0}, 0x10},
    {0x6e21d820, "ucvtf v0.4s, v1.4s", 0x2000000, {0x4f80000000000001, 0x1000000d6ad3539}, {0x627cc48112345678, 0x100000155555555}, {0xff7fffff3effffff, 0x1}, {0x4ec4f9894d91a2b4, 0x4b8000004eaaaaab}, 0x10},
    {0x6e61d820, "ucvtf v0.2d, v1.2d", 0x3000000, {0x10000000000000, 0x3fefffffffffffff}, {0x23f1e0cac1f2368d, 0x76f5299e78f0b51d}, {0x2575847e638ec3b0, 0x41dfffffffc00000}, {0x43c1f8f06560f91b, 0x43ddbd4a679e3c2d}, 0x10},
    {0x2e21d820, "ucvtf v0.2s, v1.2s", 0x400000, {0xffc0000140200000, 0xc02000004f000000}, {0xffffff00000001, 0xc5865804f24ed00b}, {0x3050341ec1a80000, 0xaf23723ecfb7bf75}, {0x4b7fffff3f800000, 0x0}, 0x0},
    {0x6e21d820, "ucvtf v0.4s, v1.4s", 0x800000, {0x80000000c0200000, 0x3effffff00400000}, {0xffffffff7fffffff, 0x8000000000000000}, {0xbf8000003f000000, 0x2adb8b077f812345}, {0x4f7fffff4effffff, 0x4f00000000000000}, 0x10},
    {0x6e61d820, "ucvtf v0.2d, v1.2d", 0xc00000, {0xbff0000000000000, 0x1}, {0x8000000000000000, 0x0}, {0x20000000000000, 0x25c4994dd2469743}, {0x43e0000000000000, 0x0}, 0x0},
    {0x4ea1c820, "urecpe v0.4s, v1.4s", 0x0, {0x10000001e7cad8a, 0x3f000001ff7fffff}, {0xa45602fe3fffffff, 0xa28667353fffffff}, {0xff80000040400000, 0x4f8000003eaaaaab}, {0xc7800000ffffffff, 0xc9800000ffffffff}, 0x0},
    {0xea1c820, "urecpe v0.2s, v1.2s", 0x0, {0x7fc12345c1a80000, 0xc1a8000000000001}, {0x80000000650f0c69, 0x10000018000000f}, {0x404000000c7932d7, 0x80000040400000}, {0xff800000ffffffff, 0x0}, 0x0},
    {0x4ea1c820, "urecpe v0.4s, v1.4s", 0x1000000, {0x6fb59771c0c90fdb, 0x8000004effffff}, {0x7fffffff00000000, 0xd25709217fffffff}, {0x4020000080000010, 0x4b800001d21ef7c7}, {0xffffffffffffffff, 0x9c000000ffffffff}, 0x0},
    {0xea1c820, "urecpe v0.2s, v1.2s", 0x2000000, {0x3f7fffffc1a80000, 0xff7fffff5f000000}, {0x4000000012345678, 0xfffffffe7855105e}, {0x43f83b70ff7fffff, 0x7f7fffff80000010}, {0xffffffffffffffff, 0x0}, 0x0},
    {0x4ea1c820, "urecpe v0.4s, v1.4s", 0x3000000, {0x3fc0000000800000, 0xc0c90fdb3fc00000}, {0xad420a9d8000000f, 0xa3a69ee601000001}, {0x4000007f800000, 0x404000003e5ca8c6}, {0xbd000000ff800000, 0xc8000000ffffffff}, 0x0},
    {0xea1c820, "urecpe v0.2s, v1.2s", 0x400000, {0x4b800001c0c90fdb, 0xff7fffffcf000000}, {0x40000000fffffffe, 0x12345678ffffffff}, {0x952e0feac0200000, 0x3eaaaaab3eaaaaab}, {0xffffffff80000000, 0x0}, 0x0},
    {0x6ea1c820, "ursqrte v0.4s, v1.4s", 0x0, {0x3f0000004effffff, 0x4f80000000000001}, {0x6263f687cde22bdc, 0x100ffffff}, {0xbf800000bf800000, 0x807fffffbf400000}, {0xce8000008f000000, 0xffffffffffffffff}, 0x0},
    {0x2ea1c820, "ursqrte v0.2s, v1.2s", 0x0, {0x807fffff40400000, 0x7f800000ff800001}, {0xffd629ef12345678, 0xe46d809c1ea3937c}, {0x241c74db7f800000, 0x3f800000807fffff}, {0x80000000ffffffff, 0x0}, 0x0},
    {0x6ea1c820, "ursqrte v0.4s, v1.4s", 0x1000000, {0x3f8000003f000000, 0xcf0000014f000000}, {0xc00000007fffffff, 0xc0000000c0000000}, {0x4000007f800000, 0x8000001080000000}, {0x93800000b5000000, 0x9380000093800000}, 0x0},
    {0x2ea1c820, "ursqrte v0.2s, v1.2s", 0x2000000, {0x3eaaaaabc1a80000, 0x3fc00000807fffff}, {0x80000000, 0x8000000fbd7b48fc}, {0x3f000001eb2d5b67, 0xc0c90fdbbf400000}, {0xffffffffb4800000, 0x0}, 0x0},
    {0x6ea1c820, "ursqrte v0.4s, v1.4s", 0x3000000, {0x412000004f000000, 0x4f80000000000001}, {0xe8ceb8727fffffff, 0x9d0468e712345678}, {0x4040000000000001, 0xc0c90fdb807fffff}, {0x86800000b5000000, 0xa3000000ffffffff}, 0x0},
    {0x2ea1c820, "ursqrte v0.2s, v1.2s", 0x400000, {0x7e8000007f800000, 0x3f7fffffff800000}, {0x7fffffffffffffff, 0xfffffffe032fb7a8}, {0xcf000000ffc00001, 0x3f000000bf400000}, {0xb500000080000000, 0x0}, 0x0},
};
const QemuVector k_two_misc_scalar[] = {
    {0x5ea0c820, "fcmgt s0, s1, #0.0", 0x0, {0xff800001469263d7, 0x5f0000003f800000}, {0x5f0000007f7fffff, 0x3f7fffff08736a4c}, {0x4f8000007f812345, 0xffc00001cf000000}, {0xffffffff, 0x0}, 0x0},
    {0x5ee0c820, "fcmgt d0, d1, #0.0", 0x2000000, {0xfff0000000000000, 0x4008000000000000}, {0xc1e0000000000000, 0xbff0000000000000}, {0xc6683852134a26a4, 0xc035000000000000}, {0x0, 0x0}, 0x0},
    {0x5ea0c820, "fcmgt s0, s1, #0.0", 0x800000, {0x3f800000, 0x4b8000013f000001}, {0x4f8000004b800001, 0x4b8000013f7fffff}, {0x40200000ffc00001, 0x4f80000000000001}, {0xffffffff, 0x0}, 0x0},
    {0x5ee0c820, "fcmgt d0, d1, #0.0", 0x0, {0x43e0000000000000, 0x43e0000000000000}, {0x33795d7c9ba81a06, 0xdbe933e93aac4314}, {0x43e0000000000000, 0xbfe8000000000000}, {0xffffffffffffffff, 0x0}, 0x0},
    {0x7ea0c820, "fcmge s0, s1, #0.0", 0x0, {0x3f7fffff80000000, 0xa53a1c264b800001}, {0x7f8000004b800001, 0x3f80000000000000}, {0xff80000100800000, 0xc1a80000d8d95c1d}, {0xffffffff, 0x0}, 0x0},
    {0x7ee0c820, "fcmge d0, d1, #0.0", 0x2000000, {0x800fffffffffffff, 0x4008000000000000}, {0x3fefffffffffffff, 0x4004000000000000}, {0x3ff8000000000000, 0x43e0000000000000}, {0xffffffffffffffff, 0x0}, 0x0},
    {0x7ea0c820, "fcmge s0, s1, #0.0", 0x800000, {0xc0c90fdb4f800000, 0x101000000}, {0x4f000000c0c90fdb, 0x3f0000017f812345}, {0x7f7fffff40490fdb, 0x3f80000080000010}, {0x0, 0x0}, 0x0},
    {0x7ee0c820, "fcmge d0, d1, #0.0", 0x0, {0x4004000000000000, 0xc7efffffffffffff}, {0x36a0000000000000, 0x23e92315b89ed8b9}, {0x3ff0000000000000, 0xbfe8000000000000}, {0xffffffffffffffff, 0x0}, 0x0},
    {0x5ea0d820, "fcmeq s0, s1, #0.0", 0x0, {0x4f0000007f7fffff, 0x40000040200000}, {0x3effffff4f000000, 0xcf00000040200000}, {0xc020000000000001, 0x3f7fffff807fffff}, {0x0, 0x0}, 0x0},
    {0x5ee0d820, "fcmeq d0, d1, #0.0", 0x2000000, {0xc035000000000000, 0x3ff8000000000000}, {0x406f1487a2474cdb, 0x41f0000000000000}, {0x4024000000000000, 0x41dfffffffc00000}, {0x0, 0x0}, 0x0},
    {0x5ea0d820, "fcmeq s0, s1, #0.0", 0x800000, {0xcf00000000800000, 0x3f0000003f7fffff}, {0x7f81234500000000, 0x40490fdbbf400000}, {0x7f81234500000001, 0xa358ff66a91df94e}, {0xffffffff, 0x0}, 0x0},
    {0x5ee0d820, "fcmeq d0, d1, #0.0", 0x0, {0x800fffffffffffff, 0x3810000000000000}, {0x7ff0000000000000, 0x4024000000000000}, {0xce1d430c7e2b70a1, 0x3fefffffffffffff}, {0x0, 0x0}, 0x0},
    {0x7ea0d820, "fcmle s0, s1, #0.0", 0x0, {0x7e80000040490fdb, 0xbf4000007f812345}, {0x4effffff7380a40f, 0x7fc123454f800000}, {0x10000007e800000, 0x7fc123453f000001}, {0x0, 0x0}, 0x0},
    {0x7ee0d820, "fcmle d0, d1, #0.0", 0x2000000, {0x3ff8000000000000, 0x729e34ca5342b3d1}, {0xfff8000000000001, 0xffefffffffffffff}, {0xfff0000000000001, 0x1}, {0x0, 0x0}, 0x1},
    {0x7ea0d820, "fcmle s0, s1, #0.0", 0x800000, {0x800000007f800000, 0x3fc000003eaaaaab}, {0x5f00000077fe4662, 0x3eaaaaabff7fffff}, {0x3f000000ffc00001, 0x7f812345ffc00001}, {0x0, 0x0}, 0x0},
    {0x7ee0d820, "fcmle d0, d1, #0.0", 0x0, {0x3810000000000000, 0xae90bddcbec32130}, {0x1, 0x4024000000000000}, {0x5bd283c60eb97376, 0x7ff0000000012345}, {0x0, 0x0}, 0x0},
    {0x5ea0e820, "fcmlt s0, s1, #0.0", 0x0, {0x10000004b800001, 0x7fc1234500800000}, {0x40400000bf400000, 0xbf800000c1a80000}, {0xffc00001ff7fffff, 0x3f7fffff80000010}, {0xffffffff, 0x0}, 0x0},
    {0x5ee0e820, "fcmlt d0, d1, #0.0", 0x2000000, {0x4008000000000000, 0x3ff0000030000001}, {0x3ff8000000000000, 0x3ff0000010000000}, {0x3ff8000000000000, 0x7b15a46db29c7a6}, {0x0, 0x0}, 0x0},
    {0x5ea0e820, "fcmlt s0, s1, #0.0", 0x800000, {0xbf40000040200000, 0x4b800001bf800000}, {0xcf0000007fc12345, 0xcf00000000000001}, {0x40490fdb7362b95c, 0xbf80000000000000}, {0x0, 0x0}, 0x1},
    {0x5ee0e820, "fcmlt d0, d1, #0.0", 0x0, {0x41dfffffffc00000, 0x10000000000000}, {0xe70355dbab70da4e, 0x3fefffffffffffff}, {0xcddd2b28b32aa1f4, 0xfff8000000000001}, {0xffffffffffffffff, 0x0}, 0x0},
    {0x5e21a820, "fcvtns s0, s1", 0x0, {0x7f800000db47e6f1, 0xff8000003f000001}, {0xbf40000000000001, 0x3f0000015b4af494}, {0x3f7fffff3f800000, 0x400000bf800000}, {0x0, 0x0}, 0x10},
    {0x5e61a820, "fcvtns d0, d1", 0x2000000, {0x20000000000000, 0xfff0000000000001}, {0x1, 0x400921fb54442d18}, {0x41f0000000000000, 0x4024000000000000}, {0x0, 0x0}, 0x10},
    {0x5e21a820, "fcvtns s0, s1", 0x800000, {0xe74dc2564f800000, 0x3effffff3fc00000}, {0x91d248327f812345, 0xa8d32784c0c90fdb}, {0x8000001000924e7e, 0x3fc00000c0200000}, {0x0, 0x0}, 0x1},
    {0x5e61a820, "fcvtns d0, d1", 0x0, {0xc3e0000000000000, 0x41dfffffffc00000}, {0x45bbdaf8ea65410e, 0x800fffffffffffff}, {0x4008000000000000, 0xc7efffffffffffff}, {0x7fffffffffffffff, 0x0}, 0x1},
    {0x7e21a820, "fcvtnu s0, s1", 0x0, {0x3f7fffff00800000, 0x5f000000cf000000}, {0x7f8000003f000000, 0x7fc12345ff800000}, {0xbf80000064db7e1c, 0x807fffffcf000000}, {0x0, 0x0}, 0x10},
    {0x7e61a820, "fcvtnu d0, d1", 0x2000000, {0xfff8000000000001, 0xffefffffffffffff}, {0xc7efffffffffffff, 0x3fd5555555555555}, {0x4008000000000000, 0xbfe8000000000000}, {0x0, 0x0}, 0x1},
    {0x7e21a820, "fcvtnu s0, s1", 0x800000, {0x4f00000000400000, 0x3f80000000800000}, {0x4f000000cf000001, 0x4b80000100800000}, {0x7fc123459514849b, 0x3effffff40490fdb}, {0x0, 0x0}, 0x1},
    {0x7e61a820, "fcvtnu d0, d1", 0x0, {0x3ff8000000000000, 0xbfe8000000000000}, {0x7ff8000000012345, 0x1}, {0x10000000000000, 0x4004000000000000}, {0x0, 0x0}, 0x1},
    {0x5e21b820, "fcvtms s0, s1", 0x0, {0x3f0000003f000000, 0x4b80000140200000}, {0x40000040200000, 0x3f7fffff00000001}, {0x41200000cf000001, 0x7f7fffff7e800000}, {0x2, 0x0}, 0x10},
    {0x5e61b820, "fcvtms d0, d1", 0x2000000, {0x36a0000000000000, 0xbff0000000000000}, {0x0, 0x4340000000000001}, {0x800fffffffffffff, 0x36a0000000000000}, {0x0, 0x0}, 0x0},
    {0x5e21b820, "fcvtms s0, s1", 0x800000, {0x807fffff40200000, 0x100000001}, {0x4f00000041200000, 0xff7fffff40400000}, {0x4f000000, 0xffc00001ff7fffff}, {0xa, 0x0}, 0x0},
    {0x5e61b820, "fcvtms d0, d1", 0x0, {0x9ffdc36639c9cf53, 0x4024000000000000}, {0x400921fb54442d18, 0xcab550a3af8aac56}, {0x36a0000000000000, 0x4024000000000000}, {0x3, 0x0}, 0x10},
    {0x7e21b820, "fcvtmu s0, s1", 0x0, {0xf13794b641200000, 0x3fc000003f000001}, {0xffc000015ce45bf9, 0x3f7fffffc0200000}, {0xcf0000004f000000, 0x7f388ee0fc14864e}, {0xffffffff, 0x0}, 0x1},
    {0x7e61b820, "fcvtmu d0, d1", 0x2000000, {0x3fefffffffffffff, 0x92cc45a60fa64c74}, {0x3ff8000000000000, 0x3ff0000030000001}, {0x7ff0000000000000, 0xffefffffffffffff}, {0x1, 0x0}, 0x10},
    {0x7e21b820, "fcvtmu s0, s1", 0x800000, {0x3eaaaaabbf400000, 0xbf80000040400000}, {0x3f8000003f7fffff, 0x5f000000c1a80000}, {0x3f8000007fc12345, 0x3f0000013f800000}, {0x0, 0x0}, 0x10},
    {0x7e61b820, "fcvtmu d0, d1", 0x0, {0x400921fb54442d18, 0x4e0f7e70937e0958}, {0x380fffffffffffff, 0xc2cd1e9d260a00ed}, {0x3fe0000000000000, 0x4004000000000000}, {0x0, 0x0}, 0x10},
    {0x5ea1a820, "fcvtps s0, s1", 0x0, {0x5f00000063c5cbaa, 0xffc000014f000000}, {0x3effffff00800000, 0xc02000003effffff}, {0x807fffffcf000000, 0xbf80000040200000}, {0x1, 0x0}, 0x10},
    {0x5ee1a820, "fcvtps d0, d1", 0x2000000, {0x380fffffffffffff, 0xbfe8000000000000}, {0x3ff8000000000000, 0x3810000000000000}, {0xc3e0000000000000, 0x380fffffffffffff}, {0x2, 0x0}, 0x10},
    {0x5ea1a820, "fcvtps s0, s1", 0x800000, {0x7fc1234541200000, 0x3f0000014effffff}, {0x7fc12345ffc00001, 0x7e80000040400000}, {0x40200000c5577b28, 0x22a04e2aa663ee15}, {0x0, 0x0}, 0x1},
    {0x5ee1a820, "fcvtps d0, d1", 0x0, {0x3ff0000010000000, 0xbff0000000000000}, {0xbff0000000000000, 0xfff8000000000001}, {0x3ff0000000000000, 0xc7efffffffffffff}, {0xffffffffffffffff, 0x0}, 0x0},
    {0x7ea1a820, "fcvtpu s0, s1", 0x0, {0xc1a80000edbf9d0a, 0xcf00000001000000}, {0x3f000000ff800001, 0x40490fdb3effffff}, {0x3f0000003f7fffff, 0x400000c0200000}, {0x0, 0x0}, 0x1},
    {0x7ee1a820, "fcvtpu d0, d1", 0x2000000, {0x7ff0000000000000, 0x41e0000000000000}, {0xdcd37f85d6a1a3b5, 0x6db393d2fc5f280e}, {0x7ff0000000012345, 0x7ff0000000000000}, {0x0, 0x0}, 0x1},
    {0x7ea1a820, "fcvtpu s0, s1", 0x800000, {0x3fc0000040400000, 0x807fffff00800000}, {0xff800000cf000000, 0xc0c90fdb7f7fffff}, {0x404000007f800000, 0x800000103f000001}, {0x0, 0x0}, 0x1},
    {0x7ee1a820, "fcvtpu d0, d1", 0x0, {0xfff0000000000001, 0x47efffffe0000000}, {0x7ff0000000000000, 0x10000000000000}, {0xfff8000000000001, 0x69467102151af7d}, {0xffffffffffffffff, 0x0}, 0x1},
    {0x5ea1b820, "fcvtzs s0, s1", 0x0, {0x99fa628c4b800001, 0x5f00000099507654}, {0x5f0000005f000000, 0xd10caad600000000}, {0x402000004b800001, 0x3f80000040490fdb}, {0x7fffffff, 0x0}, 0x1},
    {0x5ee1b820, "fcvtzs d0, d1", 0x2000000, {0x8000000000000000, 0x0}, {0x400921fb54442d18, 0x7ff0000000012345}, {0x3ff8000000000000, 0x3ff0000010000000}, {0x3, 0x0}, 0x10},
    {0x5ea1b820, "fcvtzs s0, s1", 0x800000, {0x4b8000014b800001, 0xc0c90fdb80000000}, {0x3eaaaaabc0200000, 0xff80000040400000}, {0x400000bf400000, 0x3f7fffffc0200000}, {0xfffffffe, 0x0}, 0x10},
    {0x5ee1b820, "fcvtzs d0, d1", 0x0, {0x9a91ab34fa9f800, 0x36a0000000000000}, {0xb8567b157e2f6bfb, 0xfff0000000000000}, {0xfff0000000000001, 0x400921fb54442d18}, {0x0, 0x0}, 0x10},
    {0x7ea1b820, "fcvtzu s0, s1", 0x0, {0xcf00000000000000, 0xc1a8000001000000}, {0x1000000cf000001, 0x766eb2abffc00001}, {0x17f812345, 0x7f8123457fc12345}, {0x0, 0x0}, 0x1},
    {0x7ee1b820, "fcvtzu d0, d1", 0x2000000, {0x0, 0x41dfffffffc00000}, {0xfff8000000000001, 0xfff0000000000000}, {0xfff0000000000000, 0xc10ffb50e77fc2ca}, {0x0, 0x0}, 0x1},
    {0x7ea1b820, "fcvtzu s0, s1", 0x800000, {0x3f80000080000010, 0x7f7fffff01000000}, {0x40490fdb7f812345, 0x3eaaaaabff800000}, {0x4120000000400000, 0x5f0000003fc00000}, {0x0, 0x0}, 0x1},
    {0x7ee1b820, "fcvtzu d0, d1", 0x0, {0x309d96aeb0bab062, 0x10000000000000}, {0xe0c7635209a23012, 0x10000000000000}, {0x50d3f2882db999ca, 0x8161017cd5abaaab}, {0x0, 0x0}, 0x1},
    {0x5e21c820, "fcvtas s0, s1", 0x0, {0x80000041200000, 0x27d882e740200000}, {0x3f7fffffcf000001, 0x3fc000003eaaaaab}, {0x4b8000012b2fbc06, 0x7f800000ff800000}, {0x80000000, 0x0}, 0x1},
    {0x5e61c820, "fcvtas d0, d1", 0x2000000, {0x3ff0000000000000, 0x3143c572b98c8e22}, {0xfff0000000000001, 0x7ff8000000012345}, {0xc3e0000000000000, 0x4024000000000000}, {0x0, 0x0}, 0x1},
    {0x5e21c820, "fcvtas s0, s1", 0x800000, {0x4effffff4f800000, 0x4f80000040490fdb}, {0x367920164f000000, 0x4effffffcf000000}, {0x807fffffffc00001, 0x800000004f800000}, {0x7fffffff, 0x0}, 0x1},
    {0x5e61c820, "fcvtas d0, d1", 0x0, {0x800fffffffffffff, 0x7fd0000000000000}, {0x4340000000000001, 0x10000000000000}, {0xc7efffffffffffff, 0x8000000000000000}, {0x20000000000002, 0x0}, 0x0},
    {0x7e21c820, "fcvtau s0, s1", 0x0, {0x4f8000005f000000, 0xff800000cf000001}, {0x41200000bf800000, 0x8000003eaaaaab}, {0x8000000040200000, 0x33f2ee687e800000}, {0x0, 0x0}, 0x1},
    {0x7e61c820, "fcvtau d0, d1", 0x2000000, {0x7fd0000000000000, 0x8000000000000000}, {0x7fefffffffffffff, 0xc7efffffffffffff}, {0x41dfffffffc00000, 0x7ff0000000000000}, {0xffffffffffffffff, 0x0}, 0x1},
    {0x7e21c820, "fcvtau s0, s1", 0x800000, {0x4a3a2ce34f000000, 0x6cd7987177cb65a9}, {0x7f800000d58fc225, 0xcf000001eb41cbb8}, {0x412000003fc00000, 0x4f80000080000010}, {0x0, 0x0}, 0x1},
    {0x7e61c820, "fcvtau d0, d1", 0x0, {0x3863b1b0c8ba9ad2, 0xbfe8000000000000}, {0x7ff8000000012345, 0xc1e0000000000000}, {0xfff0000000000001, 0x3fd5555555555555}, {0x0, 0x0}, 0x1},
    {0x5e21d820, "scvtf s0, s1", 0x0, {0x3f000000, 0x4f000000807fffff}, {0x35c782204f97ef44, 0xffffffff3fffffff}, {0x7f800000ff800000, 0xc0c90fdbc7c477ee}, {0x4e9f2fdf, 0x0}, 0x10},
    {0x5e61d820, "scvtf d0, d1", 0x2000000, {0x380fffffffffffff, 0x4008000000000000}, {0xffffffff, 0x351e0fc7501444a3}, {0x41e0000000000000, 0x36a0000000000000}, {0x41efffffffe00000, 0x0}, 0x0},
    {0x5e21d820, "scvtf s0, s1", 0x800000, {0xb6273043ffc00001, 0x4f80000041200000}, {0x40000000c0000000, 0xc000000000ffffff}, {0x402000004f000000, 0xff800001f97ddbb9}, {0xce800000, 0x0}, 0x0},
    {0x5e61d820, "scvtf d0, d1", 0x0, {0xdff80f85c249526, 0x526d7b24622c8d8b}, {0xffffffffffffffff, 0x8000000000000000}, {0x41e0000000000000, 0x43d9bdfb36763f92}, {0xbff0000000000000, 0x0}, 0x0},
    {0x7e21d820, "ucvtf s0, s1", 0x0, {0xcf000000ff800000, 0x7e800000cf000001}, {0x5555555555555555, 0x100000112345678}, {0x4f000000551a35e9, 0x400000807fffff}, {0x4eaaaaab, 0x0}, 0x10},
    {0x7e61d820, "ucvtf d0, d1", 0x2000000, {0x4024000000000000, 0x800fffffffffffff}, {0x0, 0x20000000000001}, {0x7ff0000000012345, 0x7ff8000000012345}, {0x0, 0x0}, 0x0},
    {0x7e21d820, "ucvtf s0, s1", 0x800000, {0xc0c90fdb5f000000, 0x7fc123454f000000}, {0x800000003fffffff, 0xffffffff00000001}, {0x800000104f800000, 0x711c5555cf000001}, {0x4e7fffff, 0x0}, 0x10},
    {0x7e61d820, "ucvtf d0, d1", 0x0, {0x41f0000000000000, 0x36a0000000000000}, {0x8000000000000000, 0x1fffffffffffff}, {0xc1e0000000000000, 0x400921fb54442d18}, {0x43e0000000000000, 0x0}, 0x0},
    {0x5ea1d820, "frecpe s0, s1", 0x0, {0x100000001, 0x7f7fffff00800000}, {0x80000080000010, 0x8000000041200000}, {0x41200000807fffff, 0x3f000000807fffff}, {0xff800000, 0x0}, 0x14},
    {0x5ee1d820, "frecpe d0, d1", 0x2000000, {0xc004000000000000, 0x2da622ba774dae8b}, {0x36a0000000000000, 0x34cf2b1b2f0b802}, {0x7ff8000000012345, 0xc7efffffffffffff}, {0x493ff00000000000, 0x0}, 0x0},
    {0x5ea1d820, "frecpe s0, s1", 0x800000, {0xcf0000013f7fffff, 0x4f00000080000010}, {0x5f0000007e800000, 0x230e34444f000000}, {0x807fffff80000000, 0x3eaaaaab3f000000}, {0x7fc000, 0x0}, 0x0},
    {0x5ee1d820, "frecpe d0, d1", 0x0, {0xfff8000000000001, 0x400921fb54442d18}, {0x3fe0000000000000, 0x43e0000000000000}, {0x0, 0xc1d9fb2ab013fb4d}, {0x3ffff00000000000, 0x0}, 0x0},
    {0x7ea1d820, "frsqrte s0, s1", 0x0, {0xcf00000080000000, 0x1bf400000}, {0xc0c90fdb7e800000, 0x3eaaaaabff800000}, {0x807fffff00000000, 0xc0200000ffbc82e7}, {0x1fff8000, 0x0}, 0x0},
    {0x7ee1d820, "frsqrte d0, d1", 0x2000000, {0xbfe8000000000000, 0x3ff0000000000000}, {0xc1e0000000000000, 0x36a0000000000000}, {0xbfe8000000000000, 0xfff8000000000001}, {0x7ff8000000000000, 0x0}, 0x1},
    {0x7ea1d820, "frsqrte s0, s1", 0x800000, {0x800000004f800000, 0xff7fffffcf000001}, {0xffc0000100400000, 0x3fc000003f7fffff}, {0x807fffff, 0x4040000040490fdb}, {0x5f348000, 0x0}, 0x0},
    {0x7ee1d820, "frsqrte d0, d1", 0x0, {0x10000000000000, 0xffefffffffffffff}, {0xffefffffffffffff, 0x7ff0000000000000}, {0x47efffffe0000000, 0x400921fb54442d18}, {0x7ff8000000000000, 0x0}, 0x1},
    {0x5ea1f820, "frecpx s0, s1", 0x0, {0x800000104b800001, 0x4effffff4effffff}, {0x40490fdb807fffff, 0xbf4000003f000000}, {0x100000000000001, 0x3f7fffff52df70fc}, {0xff000000, 0x0}, 0x0},
    {0x5ee1f820, "frecpx d0, d1", 0x2000000, {0x4008000000000000, 0x36a0000000000000}, {0xc3e0000000000000, 0xfe4463a5cbb8f084}, {0x8000000000000000, 0x10000000000000}, {0xbc10000000000000, 0x0}, 0x0},
    {0x5ea1f820, "frecpx s0, s1", 0x800000, {0x5f0000007f800000, 0x402000003f800000}, {0x4b8000014b800001, 0x44be3a583f000001}, {0x7f7fffff7f800000, 0x180000010}, {0x34000000, 0x0}, 0x0},
    {0x5ee1f820, "frecpx d0, d1", 0x0, {0x10000000000000, 0x43e0000000000000}, {0x8000000000000000, 0x43e0000000000000}, {0x36a0000000000000, 0xfff8000000000001}, {0xffe0000000000000, 0x0}, 0x0},
};
const QemuVector k_convert[] = {
    {0xe216820, "fcvtn v0.4h, v1.4s", 0x0, {0xc0200000933c74c4, 0xbf800000ff7fffff}, {0x4000004f800000, 0x5f000000}, {0xcf0000003effffff, 0x5f0000007e800000}, {0x7c0000007c00, 0x0}, 0x1c},
    {0x4e216820, "fcvtn2 v0.8h, v1.4s", 0x0, {0xc020000094bce426, 0xc6c2db80ffc00001}, {0x4040000001000000, 0x8000004f800000}, {0x1c0c90fdb, 0x7f7fffff3fc00000}, {0xc020000094bce426, 0x7c0042000000}, 0x1c},
    {0xe616820, "fcvtn v0.2s, v1.2d", 0x0, {0xc9adc9637c2cbda6, 0x3fd5555555555555}, {0x41e0000000000000, 0x3ff0000000000000}, {0x4004000000000000, 0x1522b4ffd694c47}, {0x3f8000004f000000, 0x0}, 0x0},
    {0x4e616820, "fcvtn2 v0.4s, v1.2d", 0x0, {0x4340000000000001, 0xfff0000000000001}, {0xfff0000000000001, 0xce5c05a049cb5a24}, {0x3ff0000030000001, 0x3810000000000000}, {0x4340000000000001, 0xff800000ffc00000}, 0x15},
    {0x2e616820, "fcvtxn v0.2s, v1.2d", 0x0, {0xde3eb8b866d26474, 0x7fd0000000000000}, {0x800fffffffffffff, 0x7ff0000000012345}, {0x6c422a30cdc36f02, 0x993d9b148de52a00}, {0x7fc0000080000001, 0x0}, 0x19},
    {0x6e616820, "fcvtxn2 v0.4s, v1.2d", 0x0, {0xbfe8000000000000, 0xc004000000000000}, {0x36a0000000000000, 0xfff0000000000000}, {0xc004000000000000, 0xba929a7e6b8b998c}, {0xbfe8000000000000, 0xff80000000000001}, 0x0},
    {0x7e616820, "fcvtxn s0, d1", 0x0, {0x4024000000000000, 0x3ff0000010000000}, {0x36a0000000000000, 0x3fe0000000000000}, {0x7ff0000000000000, 0xfff8000000000001}, {0x1, 0x0}, 0x0},
    {0xe217820, "fcvtl v0.4s, v1.4h", 0x0, {0x7e8000004f800000, 0xffc0000140200000}, {0x4248f998ac673555, 0x4248eed083ff83ff}, {0x4b800001ff7fffff, 0x7e800000c0c90fdb}, {0xbd8ce0003eaaa000, 0x40490000c7330000}, 0x0},
    {0x4e217820, "fcvtl2 v0.4s, v1.8h", 0x0, {0x3f000000dbf8235d, 0x100000000}, {0x80007ffffbff7c00, 0x7e017e01fd553c00}, {0x40400000eaf2ba2f, 0x4120000013b55ae7}, {0xffeaa0003f800000, 0x7fc020007fc02000}, 0x1},
    {0xe617820, "fcvtl v0.2d, v1.2s", 0x0, {0xfff0000000000000, 0x400921fb54442d18}, {0x402000003f000000, 0x40490fdbbf400000}, {0x7ff0000000000000, 0x1}, {0x3fe0000000000000, 0x4004000000000000}, 0x0},
    {0x4e617820, "fcvtl2 v0.2d, v1.4s", 0x0, {0x4340000000000001, 0xbff0000000000000}, {0x807fffff00000000, 0xffc00001cf000001}, {0xc1e0000000000000, 0x20000000000000}, {0xc1e0000020000000, 0xfff8000020000000}, 0x0},
    {0xe216820, "fcvtn v0.4h, v1.4s", 0x4000000, {0x7f7fffffff800000, 0x3f8000007f7fffff}, {0x4f80000000400000, 0x3f800000ff7fffff}, {0x4f800000c0c90fdb, 0x3effffffff800001}, {0x3c00ffff7fff0000, 0x0}, 0x19},
    {0x4e216820, "fcvtn2 v0.8h, v1.4s", 0x4000000, {0x5f0000007fc12345, 0x4000005f000000}, {0xc0c90fdb7fc12345, 0xbf8000007f800000}, {0x7e8000007f7fffff, 0x3effffff5f000000}, {0x5f0000007fc12345, 0xbc007fffc6480000}, 0x11},
    {0xe616820, "fcvtn v0.2s, v1.2d", 0x4000000, {0x400921fb54442d18, 0x10000000000000}, {0x400921fb54442d18, 0x8000000000000000}, {0x3810000000000000, 0x29b17884f751ea81}, {0x8000000040490fdb, 0x0}, 0x10},
    {0x4e616820, "fcvtn2 v0.4s, v1.2d", 0x4000000, {0x10000000000000, 0x3fd5555555555555}, {0x7fd0000000000000, 0xc7efffffffffffff}, {0xb6b8f7a45973d2db, 0x380fffffffffffff}, {0x10000000000000, 0xff8000007f800000}, 0x14},
    {0x2e616820, "fcvtxn v0.2s, v1.2d", 0x4000000, {0xc1e0000000000000, 0x54882a15fcff5009}, {0x1f06efed0cee6d52, 0x7fefffffffffffff}, {0x3ff0000010000000, 0xc035000000000000}, {0x7f7fffff00000001, 0x0}, 0x1c},
    {0x6e616820, "fcvtxn2 v0.4s, v1.2d", 0x4000000, {0x0, 0xc035000000000000}, {0x7fd0000000000000, 0x3ff0000030000001}, {0x4340000000000001, 0xc3e0000000000000}, {0x0, 0x3f8000017f7fffff}, 0x14},
    {0x7e616820, "fcvtxn s0, d1", 0x4000000, {0x4004000000000000, 0x5ab081978c8b9335}, {0xfff0000000000001, 0x3fd5555555555555}, {0xf8cb6591f675f92, 0x7ff0000000000000}, {0xffc00000, 0x0}, 0x1},
    {0xe217820, "fcvtl v0.4s, v1.4h", 0x4000000, {0x5f000000bf800000, 0x3f800000c0c90fdb}, {0xfe007bff0400fdc2, 0xbc008000fd55fc00}, {0x3fc00000bea618e2, 0x80000000}, {0x38800000c7b84000, 0xc7c00000477fe000}, 0x0},
    {0x4e217820, "fcvtl2 v0.4s, v1.8h", 0x4000000, {0xff80000141200000, 0x7f8000007f800000}, {0x7c008000fd55fd55, 0x7e017ffffc007bff}, {0x4120000089cba087, 0x800000104b800001}, {0xc7800000477fe000, 0x47c0200047ffe000}, 0x0},
    {0xe617820, "fcvtl v0.2d, v1.2s", 0x4000000, {0x0, 0x3ff8000000000000}, {0x7f35abe14effffff, 0x807fffff3fc00000}, {0xfff0000000000000, 0xc1e0000000000000}, {0x41dfffffe0000000, 0x47e6b57c20000000}, 0x0},
    {0x4e617820, "fcvtl2 v0.2d, v1.4s", 0x4000000, {0xffefffffffffffff, 0x41dfffffffc00000}, {0xff8000003f000000, 0x7fc123453effffff}, {0x7fefffffffffffff, 0x800fffffffffffff}, {0x3fdfffffe0000000, 0x7ff82468a0000000}, 0x0},
    {0xe216820, "fcvtn v0.4h, v1.4s", 0x1000000, {0x3fc0000000800000, 0x4effffffff800000}, {0x5f00000040400000, 0x404000003fc00000}, {0x4f00000001000000, 0xabdfd1bdbf800000}, {0x42003e007c004200, 0x0}, 0x14},
    {0x4e216820, "fcvtn2 v0.8h, v1.4s", 0x1000000, {0x4effffff40400000, 0x7e800000bf400000}, {0x7e8000003f800000, 0x4020000040200000}, {0xff80000184f95127, 0x7e80000001000000}, {0x4effffff40400000, 0x410041007c003c00}, 0x14},
    {0xe616820, "fcvtn v0.2s, v1.2d", 0x1000000, {0x7ff0000000012345, 0x7fefffffffffffff}, {0xfff8000000000001, 0x3fd5555555555555}, {0x3fe0000000000000, 0x47efffffe0000000}, {0x3eaaaaabffc00000, 0x0}, 0x10},
    {0x4e616820, "fcvtn2 v0.4s, v1.2d", 0x1000000, {0x4024000000000000, 0x0}, {0x51b0eb347a1c9649, 0x41f0000000000000}, {0x3810000000000000, 0xc004000000000000}, {0x4024000000000000, 0x4f8000007f800000}, 0x14},
    {0x2e616820, "fcvtxn v0.2s, v1.2d", 0x1000000, {0xe832eb7369878d4f, 0x7ff0000000012345}, {0x917dcd66d62e6aa2, 0xbff0000000000000}, {0x800fffffffffffff, 0x4340000000000001}, {0xbf80000080000000, 0x0}, 0x8},
    {0x6e616820, "fcvtxn2 v0.4s, v1.2d", 0x1000000, {0xc7efffffffffffff, 0x400921fb54442d18}, {0xc7efffffffffffff, 0xbff0000000000000}, {0x4024000000000000, 0x3fefffffffffffff}, {0xc7efffffffffffff, 0xbf800000ff7fffff}, 0x10},
    {0x7e616820, "fcvtxn s0, d1", 0x1000000, {0xc004000000000000, 0xc1e0000000000000}, {0xc004000000000000, 0x43e0000000000000}, {0x43e0000000000000, 0xc7efffffffffffff}, {0xc0200000, 0x0}, 0x0},
    {0xe217820, "fcvtl v0.4s, v1.4h", 0x1000000, {0x5f0000004effffff, 0x101000000}, {0x7bff7a597bffbe07, 0x7e017d007fff3555}, {0x7fc1234580000010, 0xff7fffff7f7fffff}, {0x477fe000bfc0e000, 0x477fe000474b2000}, 0x0},
    {0x4e217820, "fcvtl2 v0.4s, v1.8h", 0x1000000, {0x807fffff7f7fffff, 0xcfc4640b807fffff}, {0xfe00fe0004007d00, 0xfd55bc005bff5f48}, {0x4b800001b63c869d, 0xbf8000000f2d0143}, {0x437fe00043e90000, 0xffeaa000bf800000}, 0x1},
    {0xe617820, "fcvtl v0.2d, v1.2s", 0x1000000, {0x4340000000000001, 0xbff0000000000000}, {0x4b800001c1a80000, 0x13f7fffff}, {0x380fffffffffffff, 0x52147bcbebdd4e67}, {0xc035000000000000, 0x4170000020000000}, 0x0},
    {0x4e617820, "fcvtl2 v0.2d, v1.4s", 0x1000000, {0x4004000000000000, 0x7ff0000000000000}, {0x7f8123457f800000, 0x8000004f800000}, {0x3fe0000000000000, 0xa06d6e3d6c1fcca9}, {0x41f0000000000000, 0x3810000000000000}, 0x0},
    {0xe216820, "fcvtn v0.4h, v1.4s", 0x2000000, {0x7f8000007f812345, 0x7f8000007fc12345}, {0xcdd070c900000000, 0x4f000000e8ddfe8f}, {0x7e800000c0200000, 0xcf0000014effffff}, {0x7c00fc00fc000000, 0x0}, 0x14},
    {0x4e216820, "fcvtn2 v0.8h, v1.4s", 0x2000000, {0x7f8123457f812345, 0xffc00001807fffff}, {0x7e80000040400000, 0x1000000}, {0xbe98418e3eaaaaab, 0x5ca2469c01000000}, {0x7f8123457f812345, 0x7c004200}, 0x1c},
    {0xe616820, "fcvtn v0.2s, v1.2d", 0x2000000, {0x3ff8000000000000, 0x4008000000000000}, {0x4340000000000001, 0x41f0000000000000}, {0xfff0000000000000, 0xfff0000000000000}, {0x4f8000005a000000, 0x0}, 0x10},
    {0x4e616820, "fcvtn2 v0.4s, v1.2d", 0x2000000, {0xc7efffffffffffff, 0x20000000000000}, {0x800fffffffffffff, 0x41e0000000000000}, {0x3fd5555555555555, 0x380fffffffffffff}, {0xc7efffffffffffff, 0x4f00000080000000}, 0x18},
    {0x2e616820, "fcvtxn v0.2s, v1.2d", 0x2000000, {0x3810000000000000, 0x0}, {0x41f0000000000000, 0x3ff0000000000000}, {0x20000000000000, 0x43e0000000000000}, {0x3f8000004f800000, 0x0}, 0x0},
    {0x6e616820, "fcvtxn2 v0.4s, v1.2d", 0x2000000, {0x4024000000000000, 0x4340000000000001}, {0x400921fb54442d18, 0xc7efffffffffffff}, {0xc035000000000000, 0xffefffffffffffff}, {0x4024000000000000, 0xff7fffff40490fdb}, 0x10},
    {0x7e616820, "fcvtxn s0, d1", 0x2000000, {0xbff0000000000000, 0x400921fb54442d18}, {0x51ff186a36642238, 0x380fffffffffffff}, {0x4008000000000000, 0x3ff8000000000000}, {0x7f7fffff, 0x0}, 0x14},
    {0xe217820, "fcvtl v0.4s, v1.4h", 0x2000000, {0xff800000c1a80000, 0x40000001000000}, {0xfc0000017e018000, 0xfc007e017bff4248}, {0xbf400000ff800001, 0x7fc1234540400000}, {0x7fc0000080000000, 0xff80000033800000}, 0x0},
    {0x4e217820, "fcvtl2 v0.4s, v1.8h", 0x2000000, {0x40490fdb3f800000, 0x4f8000003f000001}, {0xfbff040080007bff, 0x30b55bff7fffbc00}, {0x7f8000003eaaaaab, 0x7e800000807fffff}, {0x7fc00000bf800000, 0x3e16a000437fe000}, 0x0},
    {0xe617820, "fcvtl v0.2d, v1.2s", 0x2000000, {0x380fffffffffffff, 0xc1e0000000000000}, {0x10000000a718d18, 0xff8000003effffff}, {0x8000000000000000, 0xffefffffffffffff}, {0x394e31a300000000, 0x3820000000000000}, 0x0},
    {0x4e617820, "fcvtl2 v0.2d, v1.4s", 0x2000000, {0x1, 0xbfe8000000000000}, {0x3f7fffffcf000000, 0xf29ab2043f000001}, {0x9376949ec51e3ede, 0xbff0000000000000}, {0x3fe0000020000000, 0xc653564080000000}, 0x0},
    {0xe216820, "fcvtn v0.4h, v1.4s", 0x400000, {0x412000007f7fffff, 0x4effffff00800000}, {0xbf800000ff7fffff, 0x7f8123454f000000}, {0x8000003f800000, 0xbf80000000000000}, {0x7e097c00bc00fbff, 0x0}, 0x15},
    {0x4e216820, "fcvtn2 v0.8h, v1.4s", 0x400000, {0x400000bf800000, 0x4b800001ffc00001}, {0xa029ce647fc12345, 0xc02000003f800000}, {0x7f7fffff094b1f64, 0xbf80000041200000}, {0x400000bf800000, 0xc1003c0080007e09}, 0x18},
    {0xe616820, "fcvtn v0.2s, v1.2d", 0x400000, {0x41e0000000000000, 0x3ff8000000000000}, {0x380fffffffffffff, 0x0}, {0x41f0000000000000, 0x3ff0000000000000}, {0x800000, 0x0}, 0x18},
    {0x4e616820, "fcvtn2 v0.4s, v1.2d", 0x400000, {0x800fffffffffffff, 0x7ff8000000012345}, {0x3fd5555555555555, 0x10000000000000}, {0x3fd5555555555555, 0x41e0000000000000}, {0x800fffffffffffff, 0x13eaaaaab}, 0x18},
    {0x2e616820, "fcvtxn v0.2s, v1.2d", 0x400000, {0x36a0000000000000, 0x3ff0000010000000}, {0xbff0000000000000, 0xb20d3294105e0b5f}, {0x3810000000000000, 0xfff0000000000000}, {0x80000001bf800000, 0x0}, 0x18},
    {0x6e616820, "fcvtxn2 v0.4s, v1.2d", 0x400000, {0x3810000000000000, 0x7ff0000000000000}, {0x0, 0x36a0000000000000}, {0xbff0000000000000, 0x800fffffffffffff}, {0x3810000000000000, 0x100000000}, 0x0},
    {0x7e616820, "fcvtxn s0, d1", 0x400000, {0xc1e0000000000000, 0x36a0000000000000}, {0x9612c6959ff626e2, 0x0}, {0x400921fb54442d18, 0x8000000000000000}, {0x80000001, 0x0}, 0x18},
    {0xe217820, "fcvtl v0.4s, v1.4h", 0x400000, {0x7e80000000000001, 0x4020000069295b03}, {0x7bff7c00fc00d2a3, 0x7fff424804000384}, {0x7f7fffff40200000, 0x3f7fffff1988240e}, {0xff800000c2546000, 0x477fe0007f800000}, 0x0},
    {0x4e217820, "fcvtl2 v0.4s, v1.8h", 0x400000, {0x3f800000, 0x807fffff4b800001}, {0x4e29fe00bc005bff, 0x3555fe00528283ff}, {0x7e800000ffc00001, 0xcf7c6a547f812345}, {0x42504000b87fc000, 0x3eaaa000ffc00000}, 0x0},
    {0xe617820, "fcvtl v0.2d, v1.2s", 0x400000, {0x7ff8000000012345, 0x1}, {0x40490fdb41200000, 0x7f800000c9851cea}, {0xbff0000000000000, 0xc035000000000000}, {0x4024000000000000, 0x400921fb60000000}, 0x0},
    {0x4e617820, "fcvtl2 v0.2d, v1.4s", 0x400000, {0x3fd5555555555555, 0xc7efffffffffffff}, {0xcf0000007fc12345, 0x3eaaaaab4f000000}, {0xc61ef247f09638c, 0xc7efffffffffffff}, {0x41e0000000000000, 0x3fd5555560000000}, 0x0},
    {0xe216820, "fcvtn v0.4h, v1.4s", 0x800000, {0xf29d5f7f7f812345, 0xc0c90fdb40200000}, {0x4f0000003fc00000, 0x3f8000000c88a463}, {0xdd7c27a0ff800001, 0x40200000ff800000}, {0x3c0000007bff3e00, 0x0}, 0x1c},
    {0x4e216820, "fcvtn2 v0.8h, v1.4s", 0x800000, {0x40000000000000, 0xc0c90fdb3f800000}, {0x800000108ffcfd3a, 0x41200000ff800000}, {0x7f7fffff3eaaaaab, 0x8000003f7fffff}, {0x40000000000000, 0x4900fc0080018001}, 0x18},
    {0xe616820, "fcvtn v0.2s, v1.2d", 0x800000, {0xffefffffffffffff, 0xc7efffffffffffff}, {0x7fefffffffffffff, 0x4340000000000001}, {0x380fffffffffffff, 0x1}, {0x5a0000007f7fffff, 0x0}, 0x14},
    {0x4e616820, "fcvtn2 v0.4s, v1.2d", 0x800000, {0xffefffffffffffff, 0xc035000000000000}, {0x5c133c762cbd96ed, 0xc035000000000000}, {0x380fffffffffffff, 0x3ff0000000000000}, {0xffefffffffffffff, 0xc1a800007f7fffff}, 0x14},
    {0x2e616820, "fcvtxn v0.2s, v1.2d", 0x800000, {0x41dfffffffc00000, 0x5e14ea239282c4ff}, {0x54bed6092225016c, 0x1}, {0x4004000000000000, 0x4004000000000000}, {0x17f7fffff, 0x0}, 0x1c},
    {0x6e616820, "fcvtxn2 v0.4s, v1.2d", 0x800000, {0x41f0000000000000, 0xc7efffffffffffff}, {0x7ff0000000000000, 0xc035000000000000}, {0x1, 0x3ff0000030000001}, {0x41f0000000000000, 0xc1a800007f800000}, 0x0},
    {0x7e616820, "fcvtxn s0, d1", 0x800000, {0x1affcf867880371f, 0xc1e0000000000000}, {0x3fd5555555555555, 0xc1e0000000000000}, {0x54e822c9820b56a1, 0x1}, {0x3eaaaaab, 0x0}, 0x10},
    {0xe217820, "fcvtl v0.4s, v1.4h", 0x800000, {0xcf000000c0200000, 0xcf000000ff7fffff}, {0x918f3c007fff54af, 0x3c007e0135554248}, {0x5f00000041200000, 0xff80000100400000}, {0x7fffe0004295e000, 0xba31e0003f800000}, 0x0},
    {0x4e217820, "fcvtl2 v0.4s, v1.8h", 0x800000, {0x800000003eaaaaab, 0xc1a800003f7fffff}, {0xdb1dcfedfbfffe00, 0x83ff00017c00fc00}, {0x40490fdb33f8c490, 0xff800000cf9878d2}, {0x7f800000ff800000, 0xb87fc00033800000}, 0x0},
    {0xe617820, "fcvtl v0.2d, v1.2s", 0x800000, {0x7ff8000000012345, 0xffefffffffffffff}, {0x3f0000013effffff, 0x7fc123453effffff}, {0x3810000000000000, 0x41e0000000000000}, {0x3fdfffffe0000000, 0x3fe0000020000000}, 0x0},
    {0x4e617820, "fcvtl2 v0.2d, v1.4s", 0x800000, {0x3fe0000000000000, 0x4008000000000000}, {0x8000001040400000, 0x1a58a4716}, {0x10000000000000, 0xbfe8000000000000}, {0xbcb148e2c0000000, 0x36a0000000000000}, 0x0},
    {0xe216820, "fcvtn v0.4h, v1.4s", 0xc00000, {0x7f812345807fffff, 0xcd8a00665f000000}, {0x7f81234501000000, 0x1807fffff}, {0x4f800000019b31af, 0x404000003effffff}, {0x80007e090000, 0x0}, 0x19},
    {0x4e216820, "fcvtn2 v0.8h, v1.4s", 0xc00000, {0xc1a80000c231a732, 0x7f7fffff7f7fffff}, {0x4020000000800000, 0x4000004b800001}, {0x3f7fffff7e800000, 0x33a5a7c3ff800000}, {0xc1a80000c231a732, 0x7bff41000000}, 0x1c},
    {0xe616820, "fcvtn v0.2s, v1.2d", 0xc00000, {0x3ff0000030000001, 0x7ff0000000012345}, {0x0, 0xc004000000000000}, {0x4340000000000001, 0x43e0000000000000}, {0xc020000000000000, 0x0}, 0x0},
    {0x4e616820, "fcvtn2 v0.4s, v1.2d", 0xc00000, {0x10000000000000, 0x4024000000000000}, {0xc1e0000000000000, 0x41f0000000000000}, {0x3ff0000000000000, 0xc7efffffffffffff}, {0x10000000000000, 0x4f800000cf000000}, 0x0},
    {0x2e616820, "fcvtxn v0.2s, v1.2d", 0xc00000, {0x41f0000000000000, 0x800fffffffffffff}, {0x41dfffffffc00000, 0x7ff0000000012345}, {0x36a0000000000000, 0x380fffffffffffff}, {0x7fc000004effffff, 0x0}, 0x11},
    {0x6e616820, "fcvtxn2 v0.4s, v1.2d", 0xc00000, {0x3ff0000010000000, 0xc3e0000000000000}, {0xbfe8000000000000, 0x10000000000000}, {0x58a47ae628d8ead6, 0x7ff0000000012345}, {0x3ff0000010000000, 0x1bf400000}, 0x18},
    {0x7e616820, "fcvtxn s0, d1", 0xc00000, {0x4004000000000000, 0xbff0000000000000}, {0x81fa2bb2427d3a0b, 0x36a0000000000000}, {0x7ff0000000000000, 0x3fefffffffffffff}, {0x80000001, 0x0}, 0x18},
    {0xe217820, "fcvtl v0.4s, v1.4h", 0xc00000, {0x402000005f000000, 0xddf460557f7fffff}, {0xfbff00017fff7e01, 0x3c000000fc00a90f}, {0xe5d004f44effffff, 0x7f8000007f812345}, {0x7fffe0007fc02000, 0xc77fe00033800000}, 0x0},
    {0x4e217820, "fcvtl2 v0.4s, v1.8h", 0xc00000, {0x807fffff80000000, 0x3effffffc1a80000}, {0xfd555bff35552174, 0xe8c00017d003c00}, {0xc565e4ff800001, 0xcf000000c0200000}, {0x7fe000003f800000, 0x39d1800033800000}, 0x1},
    {0xe617820, "fcvtl v0.2d, v1.2s", 0xc00000, {0x10000000000000, 0x800fffffffffffff}, {0x3effffff7e800000, 0x7f7fffff3eaaaaab}, {0x41dfffffffc00000, 0xfff0000000000000}, {0x47d0000000000000, 0x3fdfffffe0000000}, 0x0},
    {0x4e617820, "fcvtl2 v0.2d, v1.4s", 0xc00000, {0xbfe8000000000000, 0x800fffffffffffff}, {0x141200000, 0x3effffffbf400000}, {0xc7efffffffffffff, 0xcc7bc43167554501}, {0xbfe8000000000000, 0x3fdfffffe0000000}, 0x0},
    {0xe216820, "fcvtn v0.4h, v1.4s", 0x6000000, {0xc0200000807fffff, 0x4b8000013f800000}, {0x8000000010a4b03f, 0x4b80000100000000}, {0xbf80000040400000, 0x40200000b99ade01}, {0x7fff000080000000, 0x0}, 0x19},
    {0x4e216820, "fcvtn2 v0.8h, v1.4s", 0x6000000, {0x800000003f000000, 0x80000080000010}, {0xcf0000003fc00000, 0x8000003f7fffff}, {0x4120000000400000, 0xff8000015f000000}, {0x800000003f000000, 0x3c00ffff3e00}, 0x19},
    {0xe616820, "fcvtn v0.2s, v1.2d", 0x6000000, {0x7ff0000000000000, 0x41f0000000000000}, {0x3ff0000000000000, 0xfff0000000000001}, {0xc035000000000000, 0xd40b81d72fe082db}, {0x7fc000003f800000, 0x0}, 0x1},
    {0x4e616820, "fcvtn2 v0.4s, v1.2d", 0x6000000, {0x36a0000000000000, 0x1}, {0x1, 0x8f53731560773380}, {0x7fefffffffffffff, 0x7ffd24d3daca451e}, {0x36a0000000000000, 0x8000000000000000}, 0x18},
    {0x2e616820, "fcvtxn v0.2s, v1.2d", 0x6000000, {0xffefffffffffffff, 0x3ff0000010000000}, {0xfff0000000000000, 0x47efffffe0000000}, {0x4008000000000000, 0x41e0000000000000}, {0x7f7fffffff800000, 0x0}, 0x0},
    {0x6e616820, "fcvtxn2 v0.4s, v1.2d", 0x6000000, {0x41e0000000000000, 0x400921fb54442d18}, {0x2040f5be7487ca5f, 0x0}, {0x1, 0x3810000000000000}, {0x41e0000000000000, 0x1}, 0x18},
    {0x7e616820, "fcvtxn s0, d1", 0x6000000, {0x3ff0000030000001, 0xbff0000000000000}, {0x20000000000000, 0xc3e0000000000000}, {0xfff8000000000001, 0x5e440f79395757bc}, {0x1, 0x0}, 0x18},
    {0xe217820, "fcvtl v0.4s, v1.4h", 0x6000000, {0xffc00001c0200000, 0x3f7fffff807fffff}, {0x3c000400fe00fe00, 0xbc000000fe00fd55}, {0x7f8000007f800000, 0xcf0000014f000000}, {0xc7c00000c7c00000, 0x3f80000038800000}, 0x0},
    {0x4e217820, "fcvtl2 v0.4s, v1.8h", 0x6000000, {0x13f800000, 0x3eaaaaabc0c90fdb}, {0xfc00fc007bff8000, 0x95bb0000699e8000}, {0xcf0000013f800000, 0x800000bf800000}, {0x4533c00080000000, 0xbab7600000000000}, 0x0},
    {0xe617820, "fcvtl v0.2d, v1.2s", 0x6000000, {0xbff0000000000000, 0x7ff8000000012345}, {0xff8000014f800000, 0xbf4000003f800000}, {0x10000000000000, 0xbff0000000000000}, {0x41f0000000000000, 0x7ff8000000000000}, 0x1},
    {0x4e617820, "fcvtl2 v0.2d, v1.4s", 0x6000000, {0x3ff0000000000000, 0x5bd7e26dc122ae50}, {0x7f7fffff00000001, 0x412000007f800000}, {0x3810000000000000, 0xbfe8000000000000}, {0x7ff0000000000000, 0x4024000000000000}, 0x0},
};
const QemuVector k_across[] = {
    {0x6e30c820, "fmaxnmv s0, v1.4s", 0x0, {0xc0200000bf400000, 0x3eaaaaabffc00001}, {0xd0630b0ccf000001, 0x4effffffff800001}, {0x7e8000003eaaaaab, 0x3f7fffff3fc00000}, {0xcf000001, 0x0}, 0x1},
    {0x6e30c820, "fmaxnmv s0, v1.4s", 0x0, {0x807fffff3f000000, 0x40400000ff800001}, {0xcf000001807fffff, 0x7f7fffff40200000}, {0x3f000001cf000001, 0x7fc123453f7fffff}, {0x7f7fffff, 0x0}, 0x0},
    {0x6e30c820, "fmaxnmv s0, v1.4s", 0x1000000, {0x5f0000007f812345, 0x3f0000017e800000}, {0x4b800001cf000000, 0xff80000100000000}, {0x7f7fffff3f7fffff, 0x80000000fbd6b90c}, {0x4b800001, 0x0}, 0x1},
    {0x6e30c820, "fmaxnmv s0, v1.4s", 0x2000000, {0x7f7fffff3effffff, 0x807fffffcf000001}, {0x2cde61b6f0aef4f, 0x91a880c53f800000}, {0xbf80000000800000, 0x4020000001000000}, {0x6f0aef4f, 0x0}, 0x0},
    {0x6e30c820, "fmaxnmv s0, v1.4s", 0x3000000, {0x402000005f000000, 0x8000001000400000}, {0xff7fffff40490fdb, 0x7f7fffff7f7fffff}, {0xff8000013f7fffff, 0x3eaaaaab3f000000}, {0x7f7fffff, 0x0}, 0x0},
    {0x6e30c820, "fmaxnmv s0, v1.4s", 0x400000, {0x7e8000004b800001, 0xbf4000003eaaaaab}, {0x126f73f7ff800001, 0x4b80000140200000}, {0xc0c90fdbbf800000, 0x7f800000a5798c58}, {0x4b800001, 0x0}, 0x1},
    {0x6e30c820, "fmaxnmv s0, v1.4s", 0x800000, {0xffc000013f000001, 0x3effffffcf000000}, {0x3effffff7f7fffff, 0x3efffffff72a5f60}, {0x3effffffc0200000, 0x807fffff3f800000}, {0x7f7fffff, 0x0}, 0x0},
    {0x6e30c820, "fmaxnmv s0, v1.4s", 0xc00000, {0xbf80000041200000, 0x40400000e0a1aed5}, {0x7f7fffff00000000, 0x1}, {0x3f00000180000000, 0x412000003f000000}, {0x7f7fffff, 0x0}, 0x0},
    {0x6e30f820, "fmaxv s0, v1.4s", 0x0, {0xfe670f7fcf000000, 0x7f7fffffffc00001}, {0xbc5998680000000, 0x3f0000003f7fffff}, {0x68270867e3ee4703, 0x42ad9f2c1a80000}, {0x3f7fffff, 0x0}, 0x0},
    {0x6e30f820, "fmaxv s0, v1.4s", 0x0, {0xc0200000cf000001, 0x4f8000007f812345}, {0x40400000898849e3, 0x47722e1b41200000}, {0xc020000040200000, 0x126056edb16e62a7}, {0x47722e1b, 0x0}, 0x0},
    {0x6e30f820, "fmaxv s0, v1.4s", 0x1000000, {0x4120000040400000, 0xff7fffff3effffff}, {0x3f00000140200000, 0x3f7fffff7f812345}, {0x7f8000004b800001, 0x2b98fd934f800000}, {0x7fc12345, 0x0}, 0x1},
    {0x6e30f820, "fmaxv s0, v1.4s", 0x2000000, {0x404000003f000001, 0x3f00000140400000}, {0xff80000103350acb, 0x8000001001000000}, {0xbaca010000000000, 0x8000007f800000}, {0x7fc00000, 0x0}, 0x1},
    {0x6e30f820, "fmaxv s0, v1.4s", 0x3000000, {0x800000d84975dc, 0xbf400000bf400000}, {0xc02000003effffff, 0xff7fffff3eaaaaab}, {0x400000f1d566d5, 0x8000001040490fdb}, {0x3effffff, 0x0}, 0x0},
    {0x6e30f820, "fmaxv s0, v1.4s", 0x400000, {0x4f8000007f812345, 0x100000080000000}, {0x3eaaaaab00000001, 0x7fc123457fc12345}, {0x8000000000000001, 0x412000004b800001}, {0x7fc12345, 0x0}, 0x0},
    {0x6e30f820, "fmaxv s0, v1.4s", 0x800000, {0x3effffff5f000000, 0x3fc000005f000000}, {0xff7fffffc0c90fdb, 0xffc000015f000000}, {0x35ae83e76374eb4f, 0xff80000000400000}, {0xffc00001, 0x0}, 0x0},
    {0x6e30f820, "fmaxv s0, v1.4s", 0xc00000, {0x40490fdb7f800000, 0x4b800001ffc00001}, {0xff7fffff7f800000, 0x40490fdb80000000}, {0xff8000013f000000, 0x8aa0808cbf800000}, {0x7f800000, 0x0}, 0x0},
    {0x6eb0c820, "fminnmv s0, v1.4s", 0x0, {0x40200000807fffff, 0xd9896883ff800000}, {0x5f000000ff7fffff, 0x7fc1234540490fdb}, {0xcf00000040490fdb, 0xff8000013eaaaaab}, {0xff7fffff, 0x0}, 0x0},
    {0x6eb0c820, "fminnmv s0, v1.4s", 0x0, {0xc1a800003f000000, 0x234db7d0c0c90fdb}, {0x3fc00000c1a80000, 0xbf80000080000000}, {0x3f7fffff11a64bee, 0x800000005f000000}, {0xc1a80000, 0x0}, 0x0},
    {0x6eb0c820, "fminnmv s0, v1.4s", 0x1000000, {0xc3a3929b00000001, 0x80000040200000}, {0x4effffff01000000, 0x3f7fffff5f000000}, {0xc0c90fdb3eaaaaab, 0x1ffc00001}, {0x1000000, 0x0}, 0x0},
    {0x6eb0c820, "fminnmv s0, v1.4s", 0x2000000, {0x4f80000080000000, 0x807fffff58b39f00}, {0x12ab075141200000, 0x3f800000ff7fffff}, {0x3f000001bf400000, 0xcf0000013f800000}, {0xff7fffff, 0x0}, 0x0},
    {0x6eb0c820, "fminnmv s0, v1.4s", 0x3000000, {0x800000007f800000, 0xe217f7d57fc12345}, {0x3f00000040490fdb, 0x4effffff4b800001}, {0xff80000101000000, 0x400000ff800000}, {0x3f000000, 0x0}, 0x0},
    {0x6eb0c820, "fminnmv s0, v1.4s", 0x400000, {0x3fc000003f000000, 0x412000003eaaaaab}, {0xc1a80000ffc00001, 0x4effffff2e3e84f0}, {0xcf0000017fc12345, 0x404000003effffff}, {0xc1a80000, 0x0}, 0x0},
    {0x6eb0c820, "fminnmv s0, v1.4s", 0x800000, {0x7f7fffff4f000000, 0x10000005f000000}, {0x80000010ffc00001, 0xbf8000004f000000}, {0x8000001012f54f7d, 0x400000807fffff}, {0xbf800000, 0x0}, 0x0},
    {0x6eb0c820, "fminnmv s0, v1.4s", 0xc00000, {0x7f800000df25630f, 0xff80000140490fdb}, {0x8f97792ca4850822, 0x4f000000c1a80000}, {0xff7fffff, 0x4b8000013f800000}, {0xc1a80000, 0x0}, 0x0},
    {0x6eb0f820, "fminv s0, v1.4s", 0x0, {0xbf4000002533214a, 0x3f00000100000000}, {0x3f00000040400000, 0x3fc000003f7fffff}, {0x3fc000007f7fffff, 0x3f00000041200000}, {0x3f000000, 0x0}, 0x0},
    {0x6eb0f820, "fminv s0, v1.4s", 0x0, {0x40000080000010, 0x7e8000005f000000}, {0x4b8000013f000001, 0x3fc000007f800000}, {0x412000005918de88, 0x80000000000001}, {0x3f000001, 0x0}, 0x0},
    {0x6eb0f820, "fminv s0, v1.4s", 0x1000000, {0x1bf400000, 0x3f800000ff7fffff}, {0x4000004f800000, 0x7e800000ff7fffff}, {0x40400000c0c90fdb, 0xbf400000cf000001}, {0xff7fffff, 0x0}, 0x80},
    {0x6eb0f820, "fminv s0, v1.4s", 0x2000000, {0x7e8000007e800000, 0xc544e716302a0a5b}, {0xc1a8000000800000, 0x7f81234580000010}, {0xffc00001c0965ddd, 0x7f812345807fffff}, {0x7fc00000, 0x0}, 0x1},
    {0x6eb0f820, "fminv s0, v1.4s", 0x3000000, {0xffc0000180000000, 0x4020000001000000}, {0x4b80000100400000, 0xbf4000004f000000}, {0x3f0000015f000000, 0xc1a800008a372b47}, {0xbf400000, 0x0}, 0x80},
    {0x6eb0f820, "fminv s0, v1.4s", 0x400000, {0x5f0000003f7fffff, 0x8000000000000000}, {0x3f80000080000000, 0xff8000014b800001}, {0x4effffff7f7fffff, 0x4f00000080000000}, {0xffc00001, 0x0}, 0x1},
    {0x6eb0f820, "fminv s0, v1.4s", 0x800000, {0xbf400000ff7fffff, 0x807fffff80000010}, {0x4b800001f4aa9eac, 0x3f0000013f800000}, {0x8000000000800000, 0x4effffffcf000001}, {0xf4aa9eac, 0x0}, 0x0},
    {0x6eb0f820, "fminv s0, v1.4s", 0xc00000, {0xcf0000017f812345, 0xc0200000ff7fffff}, {0x4120000000000000, 0x17e800000}, {0xcf0000003effffff, 0xffc000017f800000}, {0x0, 0x0}, 0x0},
};
const QemuVector k_pairwise_scalar[] = {
    {0x7e30d820, "faddp s0, v1.2s", 0x0, {0x4b800001, 0xff80000040400000}, {0x4b8000014f800000, 0xc0200000cf000001}, {0x7f812345c0200000, 0x807fffffc0c90fdb}, {0x4f808000, 0x0}, 0x10},
    {0x7e70d820, "faddp d0, v1.2d", 0x0, {0x7323349bc23130c8, 0x41dfffffffc00000}, {0xc004000000000000, 0x3ff0000030000001}, {0x43e0000000000000, 0x41f0000000000000}, {0xbff7ffffcfffffff, 0x0}, 0x0},
    {0x7e30d820, "faddp s0, v1.2s", 0x1000000, {0x7e800000c1a80000, 0x4f00000001000000}, {0x4b800001c0c90fdb, 0x4f0000003f000000}, {0x12bf44d301000000, 0x5f0000007e800000}, {0x4b7ffffc, 0x0}, 0x10},
    {0x7e70d820, "faddp d0, v1.2d", 0x2000000, {0x7d94a2f533f08fe0, 0x4004000000000000}, {0x41e0000000000000, 0x3fe0000000000000}, {0x43e0000000000000, 0x7fefffffffffffff}, {0x41e0000000100000, 0x0}, 0x0},
    {0x7e30d820, "faddp s0, v1.2s", 0x3000000, {0x10000007e800000, 0x7f800000ffc00001}, {0x3f80000027e04fa0, 0x3f0000011855d657}, {0xec1c741be2512b2e, 0x40490fdb80000000}, {0x3f800000, 0x0}, 0x10},
    {0x7e70d820, "faddp d0, v1.2d", 0x400000, {0x3fefffffffffffff, 0xe9ad61389d20b6f6}, {0xc035000000000000, 0x41dfffffffc00000}, {0x10000000000000, 0xc3e0000000000000}, {0x41dffffffa800000, 0x0}, 0x0},
    {0x7e30f820, "fmaxp s0, v1.2s", 0x0, {0x3fc000003f000001, 0xff80000001000000}, {0xc0c90fdb308e4e9f, 0x7e80000000400000}, {0x404000004b800001, 0x91801fbf7f800000}, {0x308e4e9f, 0x0}, 0x0},
    {0x7e70f820, "fmaxp d0, v1.2d", 0x0, {0x41dfffffffc00000, 0x71d0409466fcac60}, {0x400921fb54442d18, 0x3810000000000000}, {0x10000000000000, 0xe032c0a28c31fe5b}, {0x400921fb54442d18, 0x0}, 0x0},
    {0x7e30f820, "fmaxp s0, v1.2s", 0x1000000, {0x8000000041e0023f, 0xff8000014effffff}, {0xc0c90fdbffc00001, 0x62b7e96fff800001}, {0x7f7fffff3f000001, 0x4040000000800000}, {0xffc00001, 0x0}, 0x0},
    {0x7e70f820, "fmaxp d0, v1.2d", 0x2000000, {0xc7efffffffffffff, 0x692d188863eb16c4}, {0x7fd0000000000000, 0x1}, {0x3ff0000010000000, 0x800fffffffffffff}, {0x7fd0000000000000, 0x0}, 0x0},
    {0x7e30f820, "fmaxp s0, v1.2s", 0x3000000, {0x7f7fffff3f000000, 0xfd78b57a4231fc61}, {0xcf00000040200000, 0xff8000004b800001}, {0x1000000c45031c1, 0xcf00000140490fdb}, {0x40200000, 0x0}, 0x0},
    {0x7e70f820, "fmaxp d0, v1.2d", 0x400000, {0xc7efffffffffffff, 0xffefffffffffffff}, {0x7ff0000000012345, 0x3ff0000030000001}, {0xbff0000000000000, 0x3e2ebd2b7fde2e3e}, {0x7ff8000000012345, 0x0}, 0x1},
    {0x7eb0f820, "fminp s0, v1.2s", 0x0, {0x807fffff80000000, 0x7f800000ff800001}, {0x8000001080000010, 0x41200000ff800000}, {0x4000003f000001, 0x3eaaaaab00000001}, {0x80000010, 0x0}, 0x0},
    {0x7ef0f820, "fminp d0, v1.2d", 0x0, {0x7fefffffffffffff, 0x7ff0000000000000}, {0x8d66fc6f32f2ccc9, 0x41dfffffffc00000}, {0xc7efffffffffffff, 0x3fd5555555555555}, {0x8d66fc6f32f2ccc9, 0x0}, 0x0},
    {0x7eb0f820, "fminp s0, v1.2s", 0x1000000, {0xc02000004f800000, 0x7e8000004b800001}, {0x5df43f21ff800000, 0x40400000e78d47b8}, {0x402000003effffff, 0xbf800000c0c90fdb}, {0xff800000, 0x0}, 0x0},
    {0x7ef0f820, "fminp d0, v1.2d", 0x2000000, {0x0, 0xc035000000000000}, {0x4008000000000000, 0x380fffffffffffff}, {0xc004000000000000, 0x3fe0000000000000}, {0x380fffffffffffff, 0x0}, 0x0},
    {0x7eb0f820, "fminp s0, v1.2s", 0x3000000, {0xff7fffffbf400000, 0x404000007fc12345}, {0xffc0000168d667ac, 0xb8bf7a4b41200000}, {0x4b70ebd9466e25e5, 0x7fc12345bfe9a8f7}, {0x7fc00000, 0x0}, 0x0},
    {0x7ef0f820, "fminp d0, v1.2d", 0x400000, {0x3ff0000000000000, 0x3f5d90d3231fb5d}, {0xffefffffffffffff, 0x76c6a3dff8bc38b9}, {0x47efffffe0000000, 0x4008000000000000}, {0xffefffffffffffff, 0x0}, 0x0},
    {0x7e30c820, "fmaxnmp s0, v1.2s", 0x0, {0x5848a0abc0c90fdb, 0x7fc1234540400000}, {0x402000004effffff, 0x1bf800000}, {0x140400000, 0xbf8000003f000001}, {0x4effffff, 0x0}, 0x0},
    {0x7e70c820, "fmaxnmp d0, v1.2d", 0x0, {0x7ff0000000012345, 0x36a0000000000000}, {0x7ff0000000012345, 0x3ff8000000000000}, {0xc7efffffffffffff, 0x0}, {0x7ff8000000012345, 0x0}, 0x1},
    {0x7e30c820, "fmaxnmp s0, v1.2s", 0x1000000, {0x4f80000080000010, 0x80000040490fdb}, {0x3effffff3f800000, 0xff80000040490fdb}, {0xffc000013effffff, 0xff800000c0200000}, {0x3f800000, 0x0}, 0x0},
    {0x7e70c820, "fmaxnmp d0, v1.2d", 0x2000000, {0x656620236b6faf05, 0x36a0000000000000}, {0xc035000000000000, 0x7ff8000000012345}, {0x400921fb54442d18, 0x3ff0000010000000}, {0xc035000000000000, 0x0}, 0x0},
    {0x7e30c820, "fmaxnmp s0, v1.2s", 0x3000000, {0x40400000807fffff, 0x40200000318b9147}, {0x1000000efb5970d, 0x40490fdb5f000000}, {0x4f800000ff800000, 0x3f000000ff7fffff}, {0x1000000, 0x0}, 0x0},
    {0x7e70c820, "fmaxnmp d0, v1.2d", 0x400000, {0x4024000000000000, 0x3ff8000000000000}, {0x4008000000000000, 0x3ff8000000000000}, {0x4340000000000001, 0x315398f7fb896cc4}, {0x4008000000000000, 0x0}, 0x0},
    {0x7eb0c820, "fminnmp s0, v1.2s", 0x0, {0x404000007fc12345, 0x3f0000013effffff}, {0x3f00000040400000, 0xff800000ff7fffff}, {0x7f7fffff, 0x3f800000c1a80000}, {0x3f000000, 0x0}, 0x0},
    {0x7ef0c820, "fminnmp d0, v1.2d", 0x0, {0xfff8000000000001, 0x10000000000000}, {0x400921fb54442d18, 0x20000000000000}, {0x7fefffffffffffff, 0xc7efffffffffffff}, {0x20000000000000, 0x0}, 0x0},
    {0x7eb0c820, "fminnmp s0, v1.2s", 0x1000000, {0xc0c90fdb3a570622, 0x828604bdff800000}, {0x3f7fffffc0200000, 0xbf800000ffc00001}, {0xc0c90fdb3eaaaaab, 0x4f8000003effffff}, {0xc0200000, 0x0}, 0x0},
    {0x7ef0c820, "fminnmp d0, v1.2d", 0x2000000, {0xe73a7a154a005349, 0x4340000000000001}, {0x10000000000000, 0x47efffffe0000000}, {0x800fffffffffffff, 0x380fffffffffffff}, {0x10000000000000, 0x0}, 0x0},
    {0x7eb0c820, "fminnmp s0, v1.2s", 0x3000000, {0x4f800000cf000001, 0x4effffff7f812345}, {0xc0c90fdbc1a80000, 0x7f81234540400000}, {0xff7fffffbf400000, 0x807fffff7f812345}, {0xc1a80000, 0x0}, 0x0},
    {0x7ef0c820, "fminnmp d0, v1.2d", 0x400000, {0x4004000000000000, 0xc0eb2776dc2fe1c0}, {0x47efffffe0000000, 0x1}, {0x7fefffffffffffff, 0x7fefffffffffffff}, {0x1, 0x0}, 0x0},
};
const QemuVector k_by_element[] = {
    {0x4f821820, "fmla v0.4s, v1.4s, v2.s[2]", 0x0, {0x44e22dc97e800000, 0x541be11900000001}, {0x4f000000ff800001, 0x7f7fffff80000010}, {0x800000104effffff, 0x40490fdb4f800000}, {0x5f000000ffc00001, 0x7f80000087000000}, 0x15},
    {0x4fc21020, "fmla v0.2d, v1.2d, v2.d[0]", 0x0, {0x43e0000000000000, 0xfff8000000000001}, {0x3ff0000030000001, 0xfff8000000000001}, {0x4008000000000000, 0x20000000000000}, {0x43e0000000000000, 0xfff8000000000001}, 0x10},
    {0xf821820, "fmla v0.2s, v1.2s, v2.s[2]", 0x1000000, {0x7e8000003f800000, 0x3f80000041200000}, {0xff7fffff3f000001, 0xff7fffffc0200000}, {0xd801a621cf000000, 0xbf4000007e800000}, {0xff8000007e000001, 0x0}, 0x14},
    {0x4fa21820, "fmla v0.4s, v1.4s, v2.s[3]", 0x2000000, {0x48128c9c807fffff, 0xbf80000000000000}, {0xa253b1bcffc00001, 0xbf400000807fffff}, {0x1b313e545, 0xff8000006bc3e2eb}, {0x7f8000007fc00000, 0x7f8000007f800000}, 0x0},
    {0x4fc21020, "fmla v0.2d, v1.2d, v2.d[0]", 0x3000000, {0x3810000000000000, 0x4004000000000000}, {0x22352cd8373ed54e, 0x3810000000000000}, {0xffefffffffffffff, 0xfff8000000000001}, {0xe2352cd8373ed54d, 0xf80fffffffffffff}, 0x10},
    {0xf821820, "fmla v0.2s, v1.2s, v2.s[2]", 0x400000, {0xffc00001c0200000, 0xcab77f0c3f7fffff}, {0xff80000101000000, 0x3fc000004f000000}, {0xc02000003f7fffff, 0xc1a800003f800000}, {0xffc00001c01fffff, 0x0}, 0x11},
    {0x4fa21020, "fmla v0.4s, v1.4s, v2.s[1]", 0x800000, {0xbf80000080000010, 0xbf8000004effffff}, {0x400000cf000000, 0x7f812345bf400000}, {0x40490fdbbf800000, 0x7f8000003f000000}, {0xbf800000cfc90fdc, 0x7fc123454efffffe}, 0x11},
    {0x4fc21020, "fmla v0.2d, v1.2d, v2.d[0]", 0xc00000, {0x4008000000000000, 0x3fefffffffffffff}, {0x400921fb54442d18, 0x41dfffffffc00000}, {0xfff8000000000001, 0xcc623c4421304de1}, {0xfff8000000000001, 0xfff8000000000001}, 0x0},
    {0x5f821820, "fmla s0, s1, v2.s[2]", 0x0, {0x4f00000041200000, 0x4f80000040400000}, {0x180000010, 0xc1a800004f800000}, {0x40490fdb3f000001, 0xc020000000000000}, {0x41200000, 0x0}, 0x0},
    {0x5fc21020, "fmla d0, d1, v2.d[0]", 0x1000000, {0x3ff0000000000000, 0xa4b1b27704193437}, {0x7fd0000000000000, 0x8000000000000000}, {0x36a0000000000000, 0xc7efffffffffffff}, {0x7680000000000000, 0x0}, 0x10},
    {0x5fa21020, "fmla s0, s1, v2.s[1]", 0x3000000, {0xc8286bdc0200000, 0x40490fdb00400000}, {0x404000007e800000, 0x3f000000bf800000}, {0xbf400000c0200000, 0xf0e0f0e601000000}, {0xfe400000, 0x0}, 0x10},
    {0x5fc21020, "fmla d0, d1, v2.d[0]", 0x800000, {0xc004000000000000, 0x3ff8000000000000}, {0x400921fb54442d18, 0x1172b6a15876827b}, {0x3810000000000000, 0xc035000000000000}, {0xc004000000000000, 0x0}, 0x10},
    {0x4fa25020, "fmls v0.4s, v1.4s, v2.s[1]", 0x0, {0xd83fa7fb3fc00000, 0x40200000a2c86ae3}, {0x80000010c1a80000, 0x4effffff7fc12345}, {0x402000007fc12345, 0x3eaaaaabff800001}, {0xd83fa7fb42580000, 0xcf9fffffffc12345}, 0x10},
    {0x4fc25020, "fmls v0.2d, v1.2d, v2.d[0]", 0x0, {0x800fffffffffffff, 0x6471d4f1221ecfe1}, {0x41e0000000000000, 0xc004000000000000}, {0xffefffffffffffff, 0x3ff0000030000001}, {0x7ff0000000000000, 0xfff0000000000000}, 0x14},
    {0xf825020, "fmls v0.2s, v1.2s, v2.s[0]", 0x1000000, {0x3eaaaaabff7fffff, 0xf26eb1525216fc66}, {0x3eaaaaab00800000, 0x141200000}, {0xc0c90fdb7fc12345, 0x807fffff3fc00000}, {0x7fc123457fc12345, 0x0}, 0x0},
    {0x4fa25820, "fmls v0.4s, v1.4s, v2.s[3]", 0x2000000, {0xff800001ff800000, 0x402000007e800000}, {0xcf0000014f800000, 0xc020000000000000}, {0x3fc000004effffff, 0x80000010c1a80000}, {0x7fc00000ff800000, 0x402000007e800000}, 0x11},
    {0x4fc25820, "fmls v0.2d, v1.2d, v2.d[1]", 0x3000000, {0x10000000000000, 0x7ff8000000012345}, {0x3fefffffffffffff, 0xfff0000000000000}, {0x4004000000000000, 0x3810000000000000}, {0xb80fffffffffffff, 0x7ff8000000000000}, 0x10},
    {0xfa25020, "fmls v0.2s, v1.2s, v2.s[1]", 0x400000, {0x3fc000007fc12345, 0x40400000bf400000}, {0xbf40000041200000, 0x7f7fffff00000000}, {0x10000004f000000, 0x7f800000b8ecb872}, {0x3fc000017fc12345, 0x0}, 0x10},
    {0x4fa25020, "fmls v0.4s, v1.4s, v2.s[1]", 0x800000, {0xcf000001cf000001, 0xbf800000ff7fffff}, {0xfa09dce25f000000, 0xcf00000100000000}, {0xbf80000080000000, 0x5f0000005f000000}, {0xfa09dce35effffff, 0xcf000002ff7fffff}, 0x10},
    {0x4fc25820, "fmls v0.2d, v1.2d, v2.d[1]", 0xc00000, {0xffefffffffffffff, 0x505ab02e1874d286}, {0x41dfffffffc00000, 0x4340000000000001}, {0x400921fb54442d18, 0x4024000000000000}, {0xffefffffffffffff, 0x505ab02e1874d285}, 0x10},
    {0x5f825020, "fmls s0, s1, v2.s[0]", 0x0, {0xbf8000003effffff, 0x10000009814c61e}, {0xbf80000080000000, 0xc0c90fdbff800001}, {0x40000001000000, 0xbf4000003f000000}, {0x3effffff, 0x0}, 0x0},
    {0x5fc25020, "fmls d0, d1, v2.d[0]", 0x1000000, {0x800fffffffffffff, 0xc48606ab638950e6}, {0x3ff0000030000001, 0xfff0000000000001}, {0x3ff0000030000001, 0xc035000000000000}, {0xbff0000060000092, 0x0}, 0x90},
    {0x5fa25020, "fmls s0, s1, v2.s[1]", 0x3000000, {0xff80000000800000, 0x3effffffff800001}, {0x7f80000040200000, 0x5f0000000dccc3a0}, {0x3f7fffff3f800000, 0x1000000ff800001}, {0xc01fffff, 0x0}, 0x10},
    {0x5fc25820, "fmls d0, d1, v2.d[1]", 0x800000, {0x20000000000000, 0x3ff8000000000000}, {0x41f0000000000000, 0xbfe8000000000000}, {0x3ff8000000000000, 0xc3e0000000000000}, {0x45e0000000000000, 0x0}, 0x10},
    {0x4fa29820, "fmul v0.4s, v1.4s, v2.s[3]", 0x0, {0x4effffff3f7fffff, 0xff8000014f800000}, {0xff800001807fffff, 0x7f8123455464bf24}, {0x853ad8425f000000, 0x3f7fffffff800001}, {0xffc00001807fffff, 0x7fc123455464bf23}, 0x19},
    {0x4fc29820, "fmul v0.2d, v1.2d, v2.d[1]", 0x0, {0xc7efffffffffffff, 0x3fe0000000000000}, {0x3fefffffffffffff, 0x32d3f4bba68e47b5}, {0x400921fb54442d18, 0x3ff8000000000000}, {0x3ff7ffffffffffff, 0x32ddef1979d56b90}, 0x10},
    {0xf829020, "fmul v0.2s, v1.2s, v2.s[0]", 0x1000000, {0x3f0000017f812345, 0xff80000040400000}, {0x493306457f800000, 0x7f8123459ba32e9b}, {0xc1a80000ff7fffff, 0x3fc00000c0200000}, {0xff800000ff800000, 0x0}, 0x14},
    {0x4f829020, "fmul v0.4s, v1.4s, v2.s[0]", 0x2000000, {0x9e1827ca4cf12303, 0x3f0000004effffff}, {0xff8000017fc12345, 0xf85f75d23fc00000}, {0x10000007f7fffff, 0x3effffff40490fdb}, {0x7fc000007fc00000, 0xff8000007f800000}, 0x15},
    {0x4fc29020, "fmul v0.2d, v1.2d, v2.d[0]", 0x3000000, {0x380fffffffffffff, 0x3ff0000010000000}, {0x3fefffffffffffff, 0x3ff0000010000000}, {0x3b8f151b47dc991c, 0x3fe0000000000000}, {0x3b8f151b47dc991b, 0x3b8f151b66f1b464}, 0x10},
    {0xfa29820, "fmul v0.2s, v1.2s, v2.s[3]", 0x400000, {0xc1a800007f800000, 0x3f00000140400000}, {0x7e800000, 0x6f68c7c340490fdb}, {0x4effffff80000000, 0x3effffffbf400000}, {0x7dffffff, 0x0}, 0x0},
    {0x4f829020, "fmul v0.4s, v1.4s, v2.s[0]", 0x800000, {0xcf0000013effffff, 0x5f000000933959e4}, {0x5f0000003effffff, 0x402000003f000001}, {0x562ed9514f000000, 0x3effffff7fc12345}, {0x6e8000004e7fffff, 0x4fa000004e800001}, 0x0},
    {0x4fc29020, "fmul v0.2d, v1.2d, v2.d[0]", 0xc00000, {0x380fffffffffffff, 0xc7efffffffffffff}, {0xffefffffffffffff, 0xbfe8000000000000}, {0x4024000000000000, 0x0}, {0xffefffffffffffff, 0xc01e000000000000}, 0x14},
    {0x5f829820, "fmul s0, s1, v2.s[2]", 0x0, {0xff8000013effffff, 0x100000000000001}, {0x412000004b800001, 0x7f8000003f000000}, {0x1000000bf800000, 0x8000004effffff}, {0x5b000000, 0x0}, 0x10},
    {0x5fc29020, "fmul d0, d1, v2.d[0]", 0x1000000, {0x3ff0000030000001, 0x3fefffffffffffff}, {0x1, 0x4d3c8ac86508f830}, {0x3fe0000000000000, 0xc035000000000000}, {0x0, 0x0}, 0x80},
    {0x5f829020, "fmul s0, s1, v2.s[0]", 0x3000000, {0xff7fffff3f000001, 0x1000000bf400000}, {0x4f000000bf800000, 0x807fffff4b800001}, {0xbf8000004f800000, 0x14a40b69b}, {0xcf800000, 0x0}, 0x0},
    {0x5fc29020, "fmul d0, d1, v2.d[0]", 0x800000, {0x3810000000000000, 0xc3e0000000000000}, {0x400921fb54442d18, 0x380fffffffffffff}, {0xc7efffffffffffff, 0xc1e0000000000000}, {0xc80921fb54442d18, 0x0}, 0x10},
    {0x6fa29020, "fmulx v0.4s, v1.4s, v2.s[1]", 0x0, {0xff8000013f000000, 0xff7fffffc0c90fdb}, {0xffc00001807fffff, 0x101000000}, {0xcf0000014effffff, 0x4555630740400000}, {0xffc0000110000000, 0x8480000190800001}, 0x10},
    {0x6fc29820, "fmulx v0.2d, v1.2d, v2.d[1]", 0x0, {0xffefffffffffffff, 0x5579750b9197896b}, {0x4008000000000000, 0xde6cb089c3b67f46}, {0xfff8000000000001, 0xfff8000000000001}, {0xfff8000000000001, 0xfff8000000000001}, 0x0},
    {0x2f829820, "fmulx v0.2s, v1.2s, v2.s[2]", 0x1000000, {0x412000003f7fffff, 0x7f8123453f800000}, {0xc0c90fdba4395e45, 0x10000003f000000}, {0x3fc000003f000000, 0x7f800000c1a80000}, {0x4303f26826734bbb, 0x0}, 0x10},
    {0x6f829820, "fmulx v0.4s, v1.4s, v2.s[2]", 0x2000000, {0xffc000017fc12345, 0xffc000017e800000}, {0x7f812345c1a80000, 0x17fc12345}, {0x800000003f000000, 0x7f81234540400000}, {0x7fc00000c27c0000, 0x37fc00000}, 0x1},
    {0x6fc29020, "fmulx v0.2d, v1.2d, v2.d[0]", 0x3000000, {0x1, 0x4340000000000001}, {0x36a0000000000000, 0xfff8000000000001}, {0x3fd5555555555555, 0x3810000000000000}, {0x3685555555555555, 0x7ff8000000000000}, 0x0},
    {0x2fa29820, "fmulx v0.2s, v1.2s, v2.s[3]", 0x400000, {0x4f8000004f000000, 0x3f00000040490fdb}, {0x5f000000, 0xcf0000017f812345}, {0x10000004f000000, 0x800000c1a80000}, {0x20000000, 0x0}, 0x0},
    {0x6fa29820, "fmulx v0.4s, v1.4s, v2.s[3]", 0x800000, {0x10000001644e1f6, 0x4b800001ff800001}, {0x3fc000007f7fffff, 0x3effffff3f7fffff}, {0x4120000000000000, 0xbf400000cf000000}, {0xbf900000ff400000, 0xbec00000bf400000}, 0x10},
    {0x6fc29020, "fmulx v0.2d, v1.2d, v2.d[0]", 0xc00000, {0x7fefffffffffffff, 0x3810000000000000}, {0xfff0000000000001, 0x400921fb54442d18}, {0xbfe8000000000000, 0x7fefffffffffffff}, {0xfff8000000000001, 0xc002d97c7f3321d2}, 0x1},
    {0x7f829820, "fmulx s0, s1, v2.s[2]", 0x0, {0xc020000001000000, 0xf680bdd03f000001}, {0x3f7fffffff800000, 0x5f0000004effffff}, {0x3f0000003effffff, 0x7664337fbf800000}, {0x7f800000, 0x0}, 0x0},
    {0x7fc29020, "fmulx d0, d1, v2.d[0]", 0x1000000, {0x1, 0x409a75504f1e5286}, {0x4340000000000001, 0x20000000000000}, {0x3ff0000010000000, 0xfff0000000000001}, {0x4340000010000001, 0x0}, 0x10},
    {0x7fa29020, "fmulx s0, s1, v2.s[1]", 0x3000000, {0xcf000000ff800000, 0xc0c90fdb64d0929d}, {0xff7fffff4f000000, 0xff7fffffff800000}, {0x807fffff80000010, 0xffc00001bf400000}, {0x80000000, 0x0}, 0x80},
    {0x7fc29020, "fmulx d0, d1, v2.d[0]", 0x800000, {0x400921fb54442d18, 0xfff8000000000001}, {0x3ff0000030000001, 0x3fd5555555555555}, {0x570f922df2f13856, 0x4340000000000001}, {0x570f922e51a7c230, 0x0}, 0x10},
};
const QemuVector k_fixed_point[] = {
    {0x4f30e420, "scvtf v0.4s, v1.4s, #16", 0x0, {0x40490fdb7fc12345, 0xd9fb2bdf3fc00000}, {0x100000100ffffff, 0xffffffffb4fdda4e}, {0xc0c90fdb4effffff, 0xbf4000003fc00000}, {0x43800000437fffff, 0xb7800000c696044b}, 0x10},
    {0x4f41e420, "scvtf v0.2d, v1.2d, #63", 0x0, {0xbfe8000000000000, 0x800fffffffffffff}, {0x0, 0x9b57dd56c91d575a}, {0x3810000000000000, 0x1}, {0x0, 0xbfe92a08aa4db8aa}, 0x10},
    {0xf3ee420, "scvtf v0.2s, v1.2s, #2", 0x1000000, {0x7fc1234500400000, 0x4b80000140400000}, {0x5555555540000000, 0x8000000001000001}, {0x80000010529f2ba3, 0x5050a8bacf000001}, {0x4daaaaab4d800000, 0x0}, 0x10},
    {0x4f30e420, "scvtf v0.4s, v1.4s, #16", 0x2000000, {0xbf4000003fc00000, 0x807fffff3fc00000}, {0x55555555d7d9ae8c, 0xafd3e811fffffffe}, {0x100000001000000, 0x3f0000003eaaaaab}, {0x46aaaaabc6209946, 0xc6a05830b8000000}, 0x10},
    {0x4f7de420, "scvtf v0.2d, v1.2d, #3", 0x3000000, {0x36a0000000000000, 0x0}, {0x8000000000000400, 0x2164acc44cf79584}, {0xc7efffffffffffff, 0x3fefffffffffffff}, {0xc3afffffffffffff, 0x4390b25662267bcb}, 0x10},
    {0xf20e420, "scvtf v0.2s, v1.2s, #32", 0x400000, {0x3f800000c1a80000, 0x3eaaaaabc0c90fdb}, {0x8000000fc0000000, 0xffffff7fffffff}, {0x3eaaaaabbf800000, 0x3f7fffffbf800000}, {0xbeffffffbe800000, 0x0}, 0x10},
    {0x4f3fe420, "scvtf v0.4s, v1.4s, #1", 0x800000, {0x807fffff7f7fffff, 0x92bb554a}, {0xd873ee840000000, 0xc00000003fffffff}, {0x807fffff80000000, 0x17fc12345}, {0x4cd873ee4e000000, 0xce0000004dffffff}, 0x10},
    {0x4f40e420, "scvtf v0.2d, v1.2d, #64", 0xc00000, {0x7ff0000000000000, 0xffefffffffffffff}, {0x123456789abcdef0, 0x7fffffffffffffff}, {0x20000000000000, 0x7fefffffffffffff}, {0x3fb23456789abcde, 0x3fdfffffffffffff}, 0x10},
    {0x5f38e420, "scvtf s0, s1, #8", 0x0, {0x80000000ff800001, 0x4b80000100400000}, {0xffffffff80000000, 0xa427ea5c7fffffff}, {0x402000007f7fffff, 0xff7fffff00000001}, {0xcb000000, 0x0}, 0x0},
    {0x5f40e420, "scvtf d0, d1, #64", 0x1000000, {0x4340000000000001, 0x47efffffe0000000}, {0x7fffffffffffffff, 0xffffffff}, {0x4008000000000000, 0xffefffffffffffff}, {0x3fe0000000000000, 0x0}, 0x10},
    {0x5f20e420, "scvtf s0, s1, #32", 0x3000000, {0x4120000000000001, 0x8000000080000010}, {0x5010a1dd7fffffff, 0x7fffffff55555555}, {0x4040000080000010, 0xff800001807fffff}, {0x3f000000, 0x0}, 0x10},
    {0x5f7fe420, "scvtf d0, d1, #1", 0x800000, {0x7fd0000000000000, 0x7fd0000000000000}, {0xfffffffffffffffe, 0xffffffffffffffff}, {0x7ff8000000012345, 0x43e0000000000000}, {0xbff0000000000000, 0x0}, 0x0},
    {0x6f30e420, "ucvtf v0.4s, v1.4s, #16", 0x0, {0xcf00000140400000, 0xff7fffffc0200000}, {0xd33e933cf9a0beda, 0x287785f40000000}, {0xc1a80000c1a80000, 0x13effffff}, {0x47533e934779a0bf, 0x4421de1846800000}, 0x10},
    {0x6f40e420, "ucvtf v0.2d, v1.2d, #64", 0x0, {0x3ff8000000000000, 0xc7efffffffffffff}, {0x1fffffffffffff, 0xe50c75a826f022bd}, {0x0, 0x47efffffe0000000}, {0x3f3fffffffffffff, 0x3feca18eb504de04}, 0x10},
    {0x2f3fe420, "ucvtf v0.2s, v1.2s, #1", 0x1000000, {0x80000000cf000000, 0x4effffffff800001}, {0x1280f7e1f, 0xfe259e5f8000000f}, {0xc0200000cf000000, 0xff8000007a7f4ea0}, {0x3f0000004da03df8, 0x0}, 0x10},
    {0x6f3fe420, "ucvtf v0.4s, v1.4s, #1", 0x2000000, {0x961dfdc13effffff, 0x4f000000ff800001}, {0xffffffff7fffffff, 0x55555555ff6f38d0}, {0x8000005f000000, 0x3fc00000cf000000}, {0x4f0000004e800000, 0x4e2aaaab4eff6f39}, 0x10},
    {0x6f40e420, "ucvtf v0.2d, v1.2d, #64", 0x3000000, {0x8000000000000000, 0x7ff0000000012345}, {0x460549f86754d86f, 0x7fffffffffffffff}, {0x4340000000000001, 0x4340000000000001}, {0x3fd181527e19d536, 0x3fe0000000000000}, 0x10},
    {0x2f3fe420, "ucvtf v0.2s, v1.2s, #1", 0x400000, {0x7fc12345ffc00001, 0x7fc123453f800000}, {0x1000001f4d4c743, 0xc000000055555555}, {0x7fc12345, 0x100000040400000}, {0x4b0000014ef4d4c8, 0x0}, 0x10},
    {0x6f20e420, "ucvtf v0.4s, v1.4s, #32", 0x800000, {0x3f0000017f812345, 0xa313ae2d3f000000}, {0x1f3f938af, 0x3fffffff8c6cace3}, {0xcf0000013f000001, 0xff7fffff3f800000}, {0x2f8000003f73f938, 0x3e7fffff3f0c6cac}, 0x10},
    {0x6f60e420, "ucvtf v0.2d, v1.2d, #32", 0xc00000, {0x3ff8000000000000, 0x3fe0000000000000}, {0x7a06aa043288ffb1, 0x5b63e6f7d8c2cdd6}, {0x400921fb54442d18, 0x9040f86cb7b5f2c4}, {0x41de81aa810ca23f, 0x41d6d8f9bdf630b3}, 0x10},
    {0x7f3fe420, "ucvtf s0, s1, #1", 0x0, {0x807fffff00800000, 0x1000000f7d71138}, {0x6778b6d2b3c699aa, 0x7fffffff7fffffff}, {0x3be0b2a4bf800000, 0xff800001cf000001}, {0x4eb3c69a, 0x0}, 0x10},
    {0x7f7fe420, "ucvtf d0, d1, #1", 0x1000000, {0x1, 0xc7efffffffffffff}, {0xffffffffffffffff, 0x123456789abcdef0}, {0xbfe8000000000000, 0x3ff0000000000000}, {0x43e0000000000000, 0x0}, 0x10},
    {0x7f20e420, "ucvtf s0, s1, #32", 0x3000000, {0x40400000bf800000, 0x551ff7ac5f000000}, {0x155555555, 0x7c95a4fcdfb2989a}, {0x404000003effffff, 0x4b800001ff7fffff}, {0x3eaaaaab, 0x0}, 0x10},
    {0x7f40e420, "ucvtf d0, d1, #64", 0x800000, {0x36a0000000000000, 0x78ed78d54100878b}, {0xffffffff, 0x1fffffffffffff}, {0x8000000000000000, 0x380fffffffffffff}, {0x3defffffffe00000, 0x0}, 0x0},
    {0x4f21fc20, "fcvtzs v0.4s, v1.4s, #31", 0x0, {0x94a7c23f800000, 0x412000003f000000}, {0x10000003fc00000, 0x8000003f000001}, {0xa02b8a88bf800000, 0xc02000003effffff}, {0x7fffffff, 0x40000080}, 0x11},
    {0x4f4cfc20, "fcvtzs v0.2d, v1.2d, #52", 0x0, {0x41e0000000000000, 0x8000000000000000}, {0x4340000000000001, 0xff96029007d1cec}, {0x3810000000000000, 0x36a0000000000000}, {0x7fffffffffffffff, 0x0}, 0x11},
    {0xf20fc20, "fcvtzs v0.2s, v1.2s, #32", 0x1000000, {0x4effffff7f800000, 0x3f800000bf800000}, {0x800000ff800001, 0xc020000063c99b3e}, {0xcdc70f26c0c90fdb, 0x4b800001cf000001}, {0x0, 0x0}, 0x11},
    {0x4f30fc20, "fcvtzs v0.4s, v1.4s, #16", 0x2000000, {0x800000, 0x3f7fffff5f000000}, {0xe517943bff800001, 0x264a06c47f812345}, {0x7e800000d4039ef2, 0x3effffff40200000}, {0x8000000000000000, 0x0}, 0x11},
    {0x4f4cfc20, "fcvtzs v0.2d, v1.2d, #52", 0x3000000, {0xfff8000000000001, 0x1}, {0xc7efffffffffffff, 0x7ff0000000000000}, {0x41e0000000000000, 0x791e0362c025f9e8}, {0x8000000000000000, 0x7fffffffffffffff}, 0x1},
    {0xf30fc20, "fcvtzs v0.2s, v1.2s, #16", 0x400000, {0x7f8000006ff7973f, 0x5f0000007e800000}, {0x800000cf000001, 0x3effffffbf400000}, {0xbf800000807fffff, 0xff7fffffacf87cf2}, {0x80000000, 0x0}, 0x11},
    {0x4f3ffc20, "fcvtzs v0.4s, v1.4s, #1", 0x800000, {0xffc000014f000000, 0x8000001080000000}, {0xcf0000003f7fffff, 0x6b5abf260dff4079}, {0x4020000000800000, 0x7f7fffff7e800000}, {0x8000000000000001, 0x7fffffff00000000}, 0x11},
    {0x4f40fc20, "fcvtzs v0.2d, v1.2d, #64", 0xc00000, {0xab1000c7180f1772, 0x800fffffffffffff}, {0x388654c5b6833468, 0xc004000000000000}, {0x3810000000000000, 0xfff8000000000001}, {0x0, 0x8000000000000000}, 0x11},
    {0x5f20fc20, "fcvtzs s0, s1, #32", 0x0, {0x4b800001ffc00001, 0x3eaaaaabff800000}, {0x3f8000004f800000, 0x7fc12345807fffff}, {0x4f800000bf400000, 0xcf0000007e800000}, {0x7fffffff, 0x0}, 0x1},
    {0x5f6cfc20, "fcvtzs d0, d1, #20", 0x1000000, {0xffefffffffffffff, 0xfff0000000000000}, {0xfff0000000000001, 0x3ff0000010000000}, {0x4008000000000000, 0x3ff0000030000001}, {0x0, 0x0}, 0x1},
    {0x5f38fc20, "fcvtzs s0, s1, #8", 0x3000000, {0xd5730a5b00000001, 0x7f7fffff40490fdb}, {0xbf400000f24e9e05, 0x3f0000012fef1c4b}, {0xb9f71506ff800000, 0x4f800000807fffff}, {0x80000000, 0x0}, 0x1},
    {0x5f6cfc20, "fcvtzs d0, d1, #20", 0x800000, {0x1, 0x41e0000000000000}, {0xbff0000000000000, 0x41f0000000000000}, {0x7fd0000000000000, 0x7fefffffffffffff}, {0xfffffffffff00000, 0x0}, 0x0},
    {0x6f3ffc20, "fcvtzu v0.4s, v1.4s, #1", 0x0, {0x1000000cf000001, 0x4effffffffc00001}, {0x807fffff3f800000, 0x40400000}, {0xcf00000080000010, 0x800000bf400000}, {0x2, 0x6}, 0x10},
    {0x6f4cfc20, "fcvtzu v0.2d, v1.2d, #52", 0x0, {0x43ed99b848e62cd4, 0x47efffffe0000000}, {0x43e0000000000000, 0x36a0000000000000}, {0xfff0000000000000, 0x3810000000000000}, {0xffffffffffffffff, 0x0}, 0x11},
    {0x2f30fc20, "fcvtzu v0.2s, v1.2s, #16", 0x1000000, {0x3f00000000000000, 0x7fc123453f800000}, {0xc0c90fdb7f812345, 0x7f7fffff9ebaa6bd}, {0x3f0000003eaaaaab, 0x7f7fffff4b800001}, {0x0, 0x0}, 0x1},
    {0x6f3ffc20, "fcvtzu v0.4s, v1.4s, #1", 0x2000000, {0xc1a80000cf000001, 0xd025dd1ac0c90fdb}, {0x1b71859c0200000, 0x3f00000101000000}, {0xcf0000017f812345, 0x4f80000080000000}, {0x0, 0x100000000}, 0x11},
    {0x6f4cfc20, "fcvtzu v0.2d, v1.2d, #52", 0x3000000, {0x3fefffffffffffff, 0xc1e0000000000000}, {0x8000000000000000, 0x5cdcc77161d2f801}, {0x43e0000000000000, 0xfff0000000000001}, {0x0, 0xffffffffffffffff}, 0x1},
    {0x2f3efc20, "fcvtzu v0.2s, v1.2s, #2", 0x400000, {0x14b800001, 0x80000000c1a80000}, {0x4c16690700800000, 0x807fffff8ff35f1d}, {0x4f000000ff800000, 0x3fc0000001000000}, {0x966907000000000, 0x0}, 0x10},
    {0x6f20fc20, "fcvtzu v0.4s, v1.4s, #32", 0x800000, {0x800000104f800000, 0x3fc000003f800000}, {0x3f7fffffc0200000, 0xff7fffff80000010}, {0x7f7fffff807fffff, 0x800000954337d9}, {0xffffff0000000000, 0x0}, 0x11},
    {0x6f40fc20, "fcvtzu v0.2d, v1.2d, #64", 0xc00000, {0x7ff0000000000000, 0x3fefffffffffffff}, {0x47efffffe0000000, 0x8000000000000000}, {0x8000000000000000, 0x41dfffffffc00000}, {0xffffffffffffffff, 0x0}, 0x1},
    {0x7f20fc20, "fcvtzu s0, s1, #32", 0x0, {0x0, 0xc02000007fc12345}, {0x40490fdbffc00001, 0xecd4ee7fcf000001}, {0xcf000001807fffff, 0xff800000bf400000}, {0x0, 0x0}, 0x1},
    {0x7f7ffc20, "fcvtzu d0, d1, #1", 0x1000000, {0xc035000000000000, 0xc3e0000000000000}, {0x10000000000000, 0x41e0000000000000}, {0x916e5d682ffc5e48, 0xb38a3bcc1e7056c8}, {0x0, 0x0}, 0x10},
    {0x7f38fc20, "fcvtzu s0, s1, #8", 0x3000000, {0x8000000040200000, 0x5f000000cf000000}, {0x3f8000007fc12345, 0x1000000}, {0x7fc123453f000000, 0x3f000000807fffff}, {0x0, 0x0}, 0x1},
    {0x7f40fc20, "fcvtzu d0, d1, #64", 0x800000, {0x3ff0000030000001, 0x41e0000000000000}, {0x4024000000000000, 0x3fd5555555555555}, {0x36a0000000000000, 0x7ff0000000000000}, {0xffffffffffffffff, 0x0}, 0x1},
};
const QemuVector k_alias[] = {
    {0x4e216800, "fcvtn2 v0.8h, v0.4s", 0x0, {0x800000005f000000, 0xc1a8000000000001}, {0xffc00001c0c90fdb, 0x807fffff00400000}, {0x17fc12345, 0x84ef1b943fc00000}, {0x800000005f000000, 0xcd40000080007c00}, 0x1c},
    {0x4e216800, "fcvtn2 v0.8h, v0.4s", 0x1000000, {0x807fffffff800000, 0x800000107fc12345}, {0xd20514c2cf000000, 0xc1a800004f800000}, {0x412000007e800000, 0x800000103f800000}, {0x807fffffff800000, 0x80007e098000fc00}, 0x80},
    {0x4e216800, "fcvtn2 v0.8h, v0.4s", 0x3000000, {0xbf400000ffc00001, 0x3f00000140490fdb}, {0x7f7fffff80000000, 0x19abc75e3f7fffff}, {0x7e8000005f000000, 0xffc00001617396d9}, {0xbf400000ffc00001, 0x38004248ba007e00}, 0x10},
    {0x6e616800, "fcvtxn2 v0.4s, v0.2d", 0x0, {0xc035000000000000, 0x47efffffe0000000}, {0x36a0000000000000, 0xc7efffffffffffff}, {0x3ff0000000000000, 0x7ff0000000000000}, {0xc035000000000000, 0x7f7fffffc1a80000}, 0x0},
    {0x6e616800, "fcvtxn2 v0.4s, v0.2d", 0x1000000, {0x3fe0000000000000, 0x3ff0000010000000}, {0x681bd382d4d83ae2, 0x800fffffffffffff}, {0xd3bd268bbf2e702f, 0x41f0000000000000}, {0x3fe0000000000000, 0x3f8000013f000000}, 0x10},
    {0x6e616800, "fcvtxn2 v0.4s, v0.2d", 0x3000000, {0x4004000000000000, 0x3ff0000030000001}, {0xbfe8000000000000, 0x4008000000000000}, {0xc035000000000000, 0xc035000000000000}, {0x4004000000000000, 0x3f80000140200000}, 0x10},
    {0x4e617800, "fcvtl2 v0.2d, v0.4s", 0x0, {0xbf8000004f800000, 0x40490fdb5f000000}, {0xffc000013fc00000, 0x7fc12345b4bee5cf}, {0xd9adaf9c807fffff, 0x7f7fffff3f800000}, {0x43e0000000000000, 0x400921fb60000000}, 0x0},
    {0x4e617800, "fcvtl2 v0.2d, v0.4s", 0x1000000, {0x3f7fffff80000000, 0x7e8000004f000000}, {0xff80000100000001, 0x3f8000003eaaaaab}, {0x40490fdbffc00001, 0x4f0000007f7fffff}, {0x41e0000000000000, 0x47d0000000000000}, 0x0},
    {0x4e617800, "fcvtl2 v0.2d, v0.4s", 0x3000000, {0x3effffff00400000, 0x4020000040400000}, {0x4b8000014effffff, 0x400000c1a80000}, {0x8000001040200000, 0x3f00000039b5f082}, {0x4008000000000000, 0x4004000000000000}, 0x0},
    {0x4e217800, "fcvtl2 v0.4s, v0.8h", 0x0, {0x7e017c0042485bff, 0x40042483c004248}, {0xfd55e01f7bff, 0x4007d003c00fe00}, {0x20e97d00fe007fff, 0x1419fd55fbff7fff}, {0x3f80000040490000, 0x3880000040490000}, 0x0},
    {0x4e217800, "fcvtl2 v0.4s, v0.8h", 0x1000000, {0x7bff7c00fc005bff, 0x18af17c000001}, {0x3555040083ac8000, 0x7e01fe00000005e8}, {0x7e01fe0083ff4248, 0x7bff8510fbfffe00}, {0x7f80000033800000, 0x33800000b95e2000}, 0x0},
    {0x4e217800, "fcvtl2 v0.4s, v0.8h", 0x3000000, {0x7e017e01fbff4248, 0x20bdfe000400f0e4}, {0xfbffbc007c008000, 0x7d005bff7e017fff}, {0x7bff04000400, 0xfbff0001000083ff}, {0x38800000c61c8000, 0x3c17a0007fc00000}, 0x0},
    {0x4f801800, "fmla v0.4s, v0.4s, v0.s[2]", 0x0, {0x7fc1234540400000, 0x4120000000400000}, {0xff7fffff7f800000, 0x270147fd40200000}, {0xc02000003880514c, 0xffc000013f7fffff}, {0x7fc1234540400000, 0x4120000000400000}, 0x18},
    {0x4f801800, "fmla v0.4s, v0.4s, v0.s[2]", 0x1000000, {0x3effffff3effffff, 0x4f000000c1a80000}, {0x2073fb50bf400000, 0xff7fffffffc00001}, {0xcf0000015f000000, 0xbf80000041200000}, {0xc11fffffc11fffff, 0xd120000043d20000}, 0x10},
    {0x4f801800, "fmla v0.4s, v0.4s, v0.s[2]", 0x3000000, {0xffc000014b800001, 0xbf800000adf6e49e}, {0x2c9e0fc64effffff, 0x40490fdbff800001}, {0x4effffff7e800000, 0x400000807fffff}, {0x7fc000004b800001, 0xbf800000adf6e49e}, 0x10},
    {0x4fc05820, "fmls v0.2d, v1.2d, v0.d[1]", 0x0, {0x52c6bc6af4a3876a, 0x7991e75f1b70c1ea}, {0x43e0000000000000, 0xc3e0000000000000}, {0x7a29c6467ebf45c5, 0x380fffffffffffff}, {0xfd81e75f1b70c1ea, 0x7d81e75f1b70c1ea}, 0x10},
    {0x4fc05820, "fmls v0.2d, v1.2d, v0.d[1]", 0x1000000, {0x10000000000000, 0x7ff0000000012345}, {0x3fe0000000000000, 0xfff0000000000000}, {0xe4dbf623612c25ab, 0x4004000000000000}, {0x7ff8000000012345, 0x7ff8000000012345}, 0x1},
    {0x4fc05820, "fmls v0.2d, v1.2d, v0.d[1]", 0x3000000, {0x3810000000000000, 0x3810000000000000}, {0x1a25033532ab0aff, 0xc035000000000000}, {0xc004000000000000, 0x3fefffffffffffff}, {0x3810000000000000, 0x3856000000000000}, 0x10},
    {0x6e20d440, "faddp v0.4s, v2.4s, v0.4s", 0x0, {0x800000107f7fffff, 0x1807fffff}, {0xa8895a547e800000, 0xc1a8000000800000}, {0xff7fffff40490fdb, 0xbf800000cf000000}, {0xcf000000ff7fffff, 0x807ffffe7f7fffff}, 0x10},
    {0x6e20d440, "faddp v0.4s, v2.4s, v0.4s", 0x1000000, {0x40200000807fffff, 0x3eaaaaabffc00001}, {0x4effffffc0c90fdb, 0x7f81234580000000}, {0x953ddb2cffc00001, 0x11c2249700000000}, {0x11c22497ffc00001, 0xffc0000140200000}, 0x80},
    {0x6e20d440, "faddp v0.4s, v2.4s, v0.4s", 0x3000000, {0x3f000000ff7fffff, 0xff8000004f800000}, {0x7fc1234500000001, 0xd5868f1187a18139}, {0x77a5e708a27cbe81, 0xbf8000003f7fffff}, {0xb380000077a5e708, 0xff800000ff7fffff}, 0x10},
    {0x6e61c400, "fmaxnmp v0.2d, v0.2d, v1.2d", 0x0, {0x4008000000000000, 0xc004000000000000}, {0xc3e0000000000000, 0x4004000000000000}, {0x43e0000000000000, 0x4340000000000001}, {0x4008000000000000, 0x4004000000000000}, 0x0},
    {0x6e61c400, "fmaxnmp v0.2d, v0.2d, v1.2d", 0x1000000, {0x3ff0000030000001, 0x3ff0000030000001}, {0xfff8000000000001, 0x4008000000000000}, {0x64547b66be0a2521, 0x7ff0000000000000}, {0x3ff0000030000001, 0x4008000000000000}, 0x0},
    {0x6e61c400, "fmaxnmp v0.2d, v0.2d, v1.2d", 0x3000000, {0x800fffffffffffff, 0x3810000000000000}, {0xc004000000000000, 0xc1e0000000000000}, {0x41f0000000000000, 0xc1e0000000000000}, {0x3810000000000000, 0xc004000000000000}, 0x80},
    {0x6e30c800, "fmaxnmv s0, v0.4s", 0x0, {0x13fc00000, 0xc1a80000}, {0x7fc123453f7fffff, 0x4020000000800000}, {0x192992ad5, 0x4b8000013f7fffff}, {0x3fc00000, 0x0}, 0x0},
    {0x6e30c800, "fmaxnmv s0, v0.4s", 0x1000000, {0x7f7fffffff800001, 0x412000003f800000}, {0xff80000188f721b2, 0x28f1032ee701b04a}, {0x412000003f800000, 0x4f80000000400000}, {0x41200000, 0x0}, 0x1},
    {0x6e30c800, "fmaxnmv s0, v0.4s", 0x3000000, {0x807fffff7f812345, 0x4f800000bf800000}, {0xff8000010f04bda9, 0x807fffff3f000000}, {0x8000000001000000, 0x90b8682acf000001}, {0x4f800000, 0x0}, 0x81},
    {0x7e70d800, "faddp d0, v0.2d", 0x0, {0x41e0000000000000, 0xbff0000000000000}, {0x20000000000000, 0x4008000000000000}, {0x3ff0000010000000, 0xbd8c9d34584fca58}, {0x41dfffffffc00000, 0x0}, 0x0},
    {0x7e70d800, "faddp d0, v0.2d", 0x1000000, {0x41e0000000000000, 0xc06a07c91a1d29c8}, {0x3fd5555555555555, 0xc035000000000000}, {0x3ff0000030000001, 0x10000000000000}, {0x41dfffffcbf06dcc, 0x0}, 0x10},
    {0x7e70d800, "faddp d0, v0.2d", 0x3000000, {0xe119d38882c6cfd, 0xfff0000000000000}, {0x400921fb54442d18, 0x4004000000000000}, {0x3fefffffffffffff, 0xc004000000000000}, {0xfff0000000000000, 0x0}, 0x0},
    {0x4f3de400, "scvtf v0.4s, v0.4s, #3", 0x0, {0x9cba61b9fffffffe, 0xffffff12345678}, {0x123456787fffffff, 0x1907ea7a12345678}, {0x8000000f3fffffff, 0x7a98fc278000000f}, {0xcd468b3dbe800000, 0x49ffffff4c11a2b4}, 0x10},
    {0x4f3de400, "scvtf v0.4s, v0.4s, #3", 0x1000000, {0x3574ff477fffffff, 0xa0ae481b00ffffff}, {0x100000100000001, 0xec746002e106746}, {0x1234567800000000, 0x8aacf7c536598d1e}, {0x4cd5d3fd4d800000, 0xcd3ea37049ffffff}, 0x10},
    {0x4f3de400, "scvtf v0.4s, v0.4s, #3", 0x3000000, {0x800000007fffffff, 0x1a0ffdc6c0000000}, {0xfffffffe736549b4, 0xcd5096f800000000}, {0xf0e980b3ffffffff, 0xffffff7fffffff}, {0xcd8000004d800000, 0x4c507feecd000000}, 0x10},
    {0x4ee1d800, "frecpe v0.2d, v0.2d", 0x0, {0x4008000000000000, 0xfff0000000000001}, {0xc1e0000000000000, 0xd590f6802f99abca}, {0xe153675ea8c16a6c, 0x6a83143326220a1c}, {0x3fd5500000000000, 0xfff8000000000001}, 0x1},
    {0x4ee1d800, "frecpe v0.2d, v0.2d", 0x1000000, {0xfff8000000000001, 0x1}, {0x4024000000000000, 0xde4896dea32756fc}, {0xc1e0000000000000, 0x3fe0000000000000}, {0xfff8000000000001, 0x7ff0000000000000}, 0x82},
    {0x4ee1d800, "frecpe v0.2d, v0.2d", 0x3000000, {0xfff8000000000001, 0x800fffffffffffff}, {0x7fd0000000000000, 0xffefffffffffffff}, {0x7ff0000000000000, 0x3ff8000000000000}, {0x7ff8000000000000, 0xfff0000000000000}, 0x82},
    {0x4ea0cc00, "fmls v0.4s, v0.4s, v0.4s", 0x0, {0x3f7fffff3f000001, 0x8000001000400000}, {0xcf000000ff7fffff, 0x108aa3cef}, {0xc02000003f7fffff, 0x400000ff7fffff}, {0x337fffff3e800000, 0x8000001000400000}, 0x18},
    {0x4ea0cc00, "fmls v0.4s, v0.4s, v0.4s", 0x1000000, {0xc0c90fdb3effffff, 0x3f7fffff3f000000}, {0x7f800000, 0x8000007f812345}, {0xc1a80000cf000000, 0x4b80000141200000}, {0xc2370be23e800000, 0x337fffff3e800000}, 0x10},
    {0x4ea0cc00, "fmls v0.4s, v0.4s, v0.4s", 0x3000000, {0x800000103fc00000, 0x3f000000bf400000}, {0xffc000014f800000, 0x404000003f7fffff}, {0x3eaaaaab3f000001, 0x12570a59d}, {0x80000000bf400000, 0x3e800000bfa80000}, 0x80},
    {0x6e61e400, "fcmge v0.2d, v0.2d, v1.2d", 0x0, {0x617fff7ba960bf44, 0x4004000000000000}, {0x380fffffffffffff, 0x800fffffffffffff}, {0xbff0000000000000, 0x4340000000000001}, {0xffffffffffffffff, 0xffffffffffffffff}, 0x0},
    {0x6e61e400, "fcmge v0.2d, v0.2d, v1.2d", 0x1000000, {0x400921fb54442d18, 0x7ff0000000012345}, {0x3fe0000000000000, 0x3ff0000030000001}, {0x4004000000000000, 0xffefffffffffffff}, {0xffffffffffffffff, 0x0}, 0x1},
    {0x6e61e400, "fcmge v0.2d, v0.2d, v1.2d", 0x3000000, {0x4004000000000000, 0x43e0000000000000}, {0x3fefffffffffffff, 0xd9e0c91bbeef934}, {0x3ff8000000000000, 0x3ff0000000000000}, {0xffffffffffffffff, 0xffffffffffffffff}, 0x0},
};

}  // namespace

TEST_CASE("QEMU vectors: three same (vector and scalar)", "[arm64][simd][fp][diff]")
{
    FpBench f;
    check_vectors(f, k_three_same, std::size(k_three_same));
    check_vectors(f, k_three_same_scalar, std::size(k_three_same_scalar));
}

TEST_CASE("QEMU vectors: two-register misc (vector and scalar)", "[arm64][simd][fp][diff]")
{
    FpBench f;
    check_vectors(f, k_two_misc, std::size(k_two_misc));
    check_vectors(f, k_two_misc_scalar, std::size(k_two_misc_scalar));
}

TEST_CASE("QEMU vectors: FCVTN/FCVTXN/FCVTL", "[arm64][simd][fp][diff]")
{
    FpBench f;
    check_vectors(f, k_convert, std::size(k_convert));
}

TEST_CASE("QEMU vectors: across lanes and scalar pairwise", "[arm64][simd][fp][diff]")
{
    FpBench f;
    check_vectors(f, k_across, std::size(k_across));
    check_vectors(f, k_pairwise_scalar, std::size(k_pairwise_scalar));
}

TEST_CASE("QEMU vectors: by element", "[arm64][simd][fp][diff]")
{
    FpBench f;
    check_vectors(f, k_by_element, std::size(k_by_element));
}

TEST_CASE("QEMU vectors: fixed-point conversions", "[arm64][simd][fp][diff]")
{
    FpBench f;
    check_vectors(f, k_fixed_point, std::size(k_fixed_point));
}

TEST_CASE("QEMU vectors: the destination aliasing a source", "[arm64][simd][fp][diff]")
{
    FpBench f;
    check_vectors(f, k_alias, std::size(k_alias));
}
