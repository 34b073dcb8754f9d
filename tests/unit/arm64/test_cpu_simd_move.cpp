// AdvSIMD data movement (exec_simd_move.cpp): copy (DUP/INS/UMOV/SMOV), modified immediate
// (every cmode of MOVI/MVNI/ORR/BIC, FMOV vector immediate), integer shifts by immediate
// (vector and scalar, edge shift amounts, rounding, saturation and FPSR.QC), UZP/TRN/ZIP, EXT,
// TBL/TBX (out-of-range indices, tables wrapping past V31) and scalar ADDP.
// The hand-written cases state their values. The vectors (data/insn_simd_move.txt) were recorded
// at test-writing time by running each instruction under `qemu-aarch64 -cpu cortex-a53` from
// three start states and reading back the destination register and FPSR: a list of assembled
// instructions covering every form, 1000 random encodings of the same groups (fixed seed; the
// ones QEMU accepts are replayed, the rest join the reserved group), and hand-picked reserved
// encodings, for which QEMU raised SIGILL.

#include <catch2/catch.hpp>

#include "cpu_bench.h"
#include "insn_vectors.h"

using namespace vp::arm64;
using namespace vp::arm64::test;

namespace {

// The shared runner (insn_vectors.h); run1() runs one word on a fresh page from the current
// state, FPSR included (QC is sticky), and tells whether it completed.
struct SimdBench : InsnRunner {
    bool run1(uint32_t word) { return exec({word}) == 4; }
    bool qc() { return s().fpsr & fpsr::kQc; }
};

// The recorded vectors (data/insn_simd_move.txt): each word ran from the start states set0
// (random), set1 (saturation and rounding edge values) and set2 (bytes that are mostly valid
// table indices); the destination register (V, or X for UMOV/SMOV) and FPSR must match QEMU,
// every other register must be unchanged.
void check_group(const char* group, size_t count)
{
    check_insn_group("insn_simd_move.txt", group, count);
}

}  // namespace

TEST_CASE("copy: DUP (element, general, scalar), INS, UMOV, SMOV match QEMU", "[arm64][simd][move]")
{
    check_group("copy", 198);
}

TEST_CASE("modified immediate: every cmode of MOVI/MVNI/ORR/BIC and FMOV match QEMU",
          "[arm64][simd][move]")
{
    check_group("immediate", 774);
}

TEST_CASE("right shifts by immediate (vector and scalar, shift by the element width) match QEMU",
          "[arm64][simd][move]")
{
    check_group("shift_right", 696);
}

TEST_CASE("left shifts by immediate and saturating shifts with QC match QEMU", "[arm64][simd][move]")
{
    check_group("shift_left", 588);
}

TEST_CASE("narrowing and lengthening shifts (and their 2 forms) match QEMU", "[arm64][simd][move]")
{
    check_group("narrow_long", 792);
}

TEST_CASE("UZP/TRN/ZIP, EXT, TBL/TBX and scalar ADDP match QEMU", "[arm64][simd][move]")
{
    check_group("permute", 291);
}

TEST_CASE("random encodings of the copy/immediate/shift/permute/table groups match QEMU",
          "[arm64][simd][move]")
{
    check_group("random", 1881);  // 627 words, three start states each
}

TEST_CASE("reserved copy/immediate/shift/permute/table encodings are Undefined", "[arm64][simd][move]")
{
    check_group("reserved", 449);
}

TEST_CASE("SIMD move instructions trap with EC 0x07 while CPACR_EL1.FPEN is 0", "[arm64][simd][move]")
{
    SimdBench sb;
    sb.s().sys.cpacr = 0;
    sb.set(0, 0x1111, 0x2222);
    sb.s().x[1] = 0xAB;
    CHECK(!sb.run1(0x4e010c20));  // dup v0.16b, w1
    CHECK((sb.s().sys.esr >> 26) == 0x07);
    CHECK(sb.lo(0) == 0x1111);  // no side effect before the trap
    CHECK(sb.hi(0) == 0x2222);
    sb.s().x[2] = 0x55;
    CHECK(!sb.run1(0x0e0f3c22));  // umov w2, v1.b[7]
    CHECK((sb.s().sys.esr >> 26) == 0x07);
    CHECK(sb.s().x[2] == 0x55);
}

// Values below were checked under qemu-aarch64 -cpu cortex-a53.
TEST_CASE("shift edge cases: full-width shifts, rounding carries, insert masks", "[arm64][simd][move]")
{
    SimdBench sb;
    sb.set(1, 0x8000000000000000, 0x7FFFFFFFFFFFFFFF);
    REQUIRE(sb.run1(0x4f400420));  // sshr v0.2d, v1.2d, #64
    CHECK(sb.lo(0) == ~0ull);      // sign fill
    CHECK(sb.hi(0) == 0);
    REQUIRE(sb.run1(0x6f400420));  // ushr v0.2d, v1.2d, #64
    CHECK(sb.lo(0) == 0);
    CHECK(sb.hi(0) == 0);
    REQUIRE(sb.run1(0x6f402420));  // urshr v0.2d, v1.2d, #64
    CHECK(sb.lo(0) == 1);          // the rounding bit survives a 64-bit shift
    CHECK(sb.hi(0) == 0);
    REQUIRE(sb.run1(0x4f402420));  // srshr v0.2d, v1.2d, #64
    CHECK(sb.lo(0) == 0);
    CHECK(sb.hi(0) == 0);
    sb.set(1, ~0ull, 5);
    REQUIRE(sb.run1(0x7f7f2420));  // urshr d0, d1, #1
    CHECK(sb.lo(0) == 0x8000000000000000);  // carry out of bit 63 of the sum
    CHECK(sb.hi(0) == 0);                    // scalar: upper half cleared
    sb.set(1, 0xfafdfeff06030201, 7);  // bytes 1, 2, 3, 6, -1, -2, -3, -6
    REQUIRE(sb.run1(0x0f0e2420));       // srshr v0.8b, v1.8b, #2
    CHECK(sb.lo(0) == 0xffff000002010100);
    CHECK(sb.hi(0) == 0);

    sb.set(0, 0x1111111122222222, 0x3333333344444444);
    sb.set(1, ~0ull, ~0ull);
    REQUIRE(sb.run1(0x6f204420));  // sri v0.4s, v1.4s, #32: nothing inserted
    CHECK(sb.lo(0) == 0x1111111122222222);
    CHECK(sb.hi(0) == 0x3333333344444444);
    sb.set(1, 0xFFFFFFFF80000000, 0x0123456789ABCDEF);
    REQUIRE(sb.run1(0x6f3c4420));  // sri v0.4s, v1.4s, #4
    CHECK(sb.lo(0) == 0x1fffffff28000000);
    CHECK(sb.hi(0) == 0x30123456489abcde);
    sb.set(0, 0x1111111122222222, 0x3333333344444444);
    REQUIRE(sb.run1(0x6f3c5420));  // sli v0.4s, v1.4s, #28
    CHECK(sb.lo(0) == 0xf111111102222222);
    CHECK(sb.hi(0) == 0x73333333f4444444);
    REQUIRE(sb.run1(0x6f205420));  // sli v0.4s, v1.4s, #0: a plain copy
    CHECK(sb.lo(0) == 0xFFFFFFFF80000000);
    CHECK(sb.hi(0) == 0x0123456789ABCDEF);

    sb.set(1, 0xFFFFFFFF80000000, 0x000000017FFFFFFF);
    REQUIRE(sb.run1(0x0f208c20));  // rshrn v0.2s, v1.2d, #32
    CHECK(sb.lo(0) == 0x0000000100000000);  // 0xFFFFFFFF.8 rounds up and wraps to 0
    CHECK(sb.hi(0) == 0);
    CHECK(!sb.qc());
}

TEST_CASE("saturating shifts set FPSR.QC, which is sticky", "[arm64][simd][move]")
{
    SimdBench sb;
    sb.set(1, 0x0001BFFFC0004000, 0x7FFF8000FFFF3FFF);
    REQUIRE(sb.run1(0x4f117420));  // sqshl v0.8h, v1.8h, #1
    CHECK(sb.lo(0) == 0x0002800080007fff);  // 0xC000 * 2 = -0x8000 fits, 0xBFFF saturates
    CHECK(sb.hi(0) == 0x7fff8000fffe7ffe);
    CHECK(sb.qc());
    sb.set(1, 0x0000000000000001, 0);
    REQUIRE(sb.run1(0x4f115420));  // shl v0.8h, v1.8h, #1: does not clear QC
    CHECK(sb.lo(0) == 2);
    CHECK(sb.qc());

    sb.s().fpsr = 0;
    sb.set(1, 0x80, 0);
    REQUIRE(sb.run1(0x7f086420));  // sqshlu b0, b1, #0: -128 -> 0
    CHECK(sb.lo(0) == 0);
    CHECK(sb.qc());
    sb.s().fpsr = 0;
    sb.set(1, 0x00000002FFFFFFFF, 0x0000000100000000);
    REQUIRE(sb.run1(0x6f3f6420));  // sqshlu v0.4s, v1.4s, #31
    CHECK(sb.lo(0) == 0xffffffff00000000);
    CHECK(sb.hi(0) == 0x8000000000000000);
    CHECK(sb.qc());

    sb.s().fpsr = 0;
    sb.set(0, 5, 6);
    sb.set(1, 0x0200000101FF0000, 0xFFFF8000FFFE0003);
    REQUIRE(sb.run1(0x6f0f9420));  // uqshrn2 v0.16b, v1.8h, #1: lower half kept
    CHECK(sb.lo(0) == 5);
    CHECK(sb.hi(0) == 0xffffff01ff00ff00);
    CHECK(sb.qc());
    REQUIRE(sb.run1(0x2f0f9420));  // uqshrn v0.8b, v1.8h, #1: upper half cleared
    CHECK(sb.lo(0) == 0xffffff01ff00ff00);
    CHECK(sb.hi(0) == 0);

    sb.s().fpsr = 0;
    sb.set(1, 0xFFFFFFFF80000000, 9);
    REQUIRE(sb.run1(0x7f208c20));  // sqrshrun s0, d1, #32: -0.5 rounds to 0, no saturation
    CHECK(sb.lo(0) == 0);
    CHECK(!sb.qc());
    sb.set(1, 0x7FFF8000, 0);
    REQUIRE(sb.run1(0x5f109c20));  // sqrshrn h0, s1, #16: 0x7FFF.8 rounds to 0x8000
    CHECK(sb.lo(0) == 0x7fff);
    CHECK(sb.qc());
}

TEST_CASE("TBL/TBX: out-of-range indices and a table wrapping from V30 to V0", "[arm64][simd][move]")
{
    SimdBench sb;
    sb.set(30, 0x0706050403020100, 0x0f0e0d0c0b0a0908);
    sb.set(31, 0x1716151413121110, 0x1f1e1d1c1b1a1918);
    sb.set(0, 0x2726252423222120, 0x2f2e2d2c2b2a2928);
    sb.set(2, 0xAAAAAAAAAAAAAAAA, 0xBBBBBBBBBBBBBBBB);
    sb.set(3, 0x1F0FFF302F201000, 0x3f3e);  // indices 0x30, 0xFF and 0x3E/0x3F are past 48 bytes
    REQUIRE(sb.run1(0x0e0343c2));  // tbl v2.8b, {v30.16b, v31.16b, v0.16b}, v3.8b
    CHECK(sb.lo(2) == 0x1f0f00002f201000);
    CHECK(sb.hi(2) == 0);
    sb.set(2, 0xAAAAAAAAAAAAAAAA, 0xBBBBBBBBBBBBBBBB);
    REQUIRE(sb.run1(0x4e0353c2));  // tbx v2.16b, {v30.16b, v31.16b, v0.16b}, v3.16b
    CHECK(sb.lo(2) == 0x1f0faaaa2f201000);
    CHECK(sb.hi(2) == 0x000000000000bbbb);  // indices 0 select table byte 0x00
}

TEST_CASE("immediates, permutes and EXT: worked examples", "[arm64][simd][move]")
{
    SimdBench sb;
    sb.set(0, 1, 2);
    REQUIRE(sb.run1(0x6f05e540));  // movi v0.2d, #0xff00ff00ff00ff00
    CHECK(sb.lo(0) == 0xff00ff00ff00ff00);
    CHECK(sb.hi(0) == 0xff00ff00ff00ff00);
    REQUIRE(sb.run1(0x6f00d640));  // mvni v0.4s, #0x12, msl #16
    CHECK(sb.lo(0) == 0xffed0000ffed0000);
    CHECK(sb.hi(0) == 0xffed0000ffed0000);
    sb.set(0, ~0ull, 0x8000800080008000);
    REQUIRE(sb.run1(0x6f04b400));  // bic v0.8h, #0x80, lsl #8
    CHECK(sb.lo(0) == 0x7fff7fff7fff7fff);
    CHECK(sb.hi(0) == 0);
    REQUIRE(sb.run1(0x6f07f700));  // fmov v0.2d, #-1.5
    CHECK(sb.lo(0) == 0xbff8000000000000);
    CHECK(sb.hi(0) == 0xbff8000000000000);

    sb.set(1, 0x0706050403020100, 0x0f0e0d0c0b0a0908);
    sb.set(2, 0x1716151413121110, 0x1f1e1d1c1b1a1918);
    REQUIRE(sb.run1(0x6e021820));  // ext v0.16b, v1.16b, v2.16b, #3
    CHECK(sb.lo(0) == 0x0a09080706050403);
    CHECK(sb.hi(0) == 0x1211100f0e0d0c0b);
    REQUIRE(sb.run1(0x4e025820));  // uzp2 v0.16b, v1.16b, v2.16b
    CHECK(sb.lo(0) == 0x0f0d0b0907050301);
    CHECK(sb.hi(0) == 0x1f1d1b1917151311);
    sb.set(1, 0x0003000200010000, 0x0007000600050004);
    sb.set(2, 0x0013001200110010, 0x0017001600150014);
    REQUIRE(sb.run1(0x4e422820));  // trn1 v0.8h, v1.8h, v2.8h
    CHECK(sb.lo(0) == 0x0012000200100000);
    CHECK(sb.hi(0) == 0x0016000600140004);
    sb.set(1, 0x1111111100000000, 0x3333333322222222);
    sb.set(2, 0x5555555544444444, 0x7777777766666666);
    REQUIRE(sb.run1(0x4e827820));  // zip2 v0.4s, v1.4s, v2.4s
    CHECK(sb.lo(0) == 0x6666666622222222);
    CHECK(sb.hi(0) == 0x7777777733333333);
}
