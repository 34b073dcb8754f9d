// Scalar floating point in the ISS (exec_fp_scalar.cpp, DDI 0487 C4.1.6 and C7.2): a program
// that chains the instruction classes with values a reader can check by hand; the CPACR_EL1
// trap and the ARMv8.0 Undefined encodings (half precision outside FCVT, later extensions,
// reserved fields); then tables of single instructions whose expected results were produced
// by running each instruction word under qemu-aarch64 7.2 (bit-exact Arm soft-float) with the
// same inputs (data/insn_fp_scalar.txt, run by insn_vectors.h). Each row checks V0 (both
// halves), X0, NZCV and FPSR afterwards, and that no other register changed, so a scalar write
// that fails to clear the upper bits, a wrong NaN, a missing flag or a W result that is not
// zero-extended all show up.
#include <catch2/catch.hpp>

#include "cpu_bench.h"
#include "insn_vectors.h"

using namespace vp::arm64;
using namespace vp::arm64::test;

namespace {

constexpr uint64_t kCpacrFpen = 3u << 20;  // CPACR_EL1.FPEN = 0b11: no trap at EL0/EL1

// Checks one group of data/insn_fp_scalar.txt.
void check_group(const char* group, size_t count)
{
    check_insn_group("insn_fp_scalar.txt", group, count);
}

}  // namespace

TEST_CASE("scalar FP program: Pythagoras in double, conversions, selects and FPSR",
          "[arm64][cpu][fp]")
{
    CpuBench b;
    b.s().sys.cpacr = kCpacrFpen;
    b.load({
        0x1e611000,  //  0: fmov d0, #3.0
        0x1e621001,  //  4: fmov d1, #4.0
        0x1e600802,  //  8: fmul d2, d0, d0
        0x1f410822,  //  c: fmadd d2, d1, d1, d2
        0x1e61c043,  // 10: fsqrt d3, d2
        0x9e780060,  // 14: fcvtzs x0, d3
        0x9e220004,  // 18: scvtf s4, x0
        0x1e22c085,  // 1c: fcvt d5, s4
        0x1e6320a0,  // 20: fcmp d5, d3
        0x9a9f17e1,  // 24: cset x1, eq
        0x9e660062,  // 28: fmov x2, d3
        0x1e611806,  // 2c: fdiv d6, d0, d1
        0x1e6400c3,  // 30: fcvtas w3, d6
        0x1e248887,  // 34: fnmul s7, s4, s4
        0x1e20c0e8,  // 38: fabs s8, s7
        0x1e612000,  // 3c: fcmp d0, d1
        0x1e61bc09,  // 40: fcsel d9, d0, d1, lt
        0x9eaf0049,  // 44: fmov v9.d[1], x2
        0x9eae0124,  // 48: fmov x4, v9.d[1]
        0xd53b4425,  // 4c: mrs x5, fpsr
        0x1e27006a,  // 50: fmov s10, w3
        0x1e43f86b,  // 54: ucvtf d11, w3, #2
        0x1e59f566,  // 58: fcvtzu w6, d11, #3
        0x1e27a504,  // 5c: fccmp s8, s7, #0x4, ge
        0xd53b4207,  // 60: mrs x7, nzcv
        0x14000000,  // 64: b .
    });
    b.s().v[10].d[1] = ~0ull;  // FMOV Sd, Wn clears the whole register above bit 31
    b.run();
    CpuState& s = b.s();
    CHECK(s.pc == kRamBase + 0x64);
    CHECK(s.v[2].d[0] == 0x4039000000000000ull);  // 25.0 = 4*4 + 3*3
    CHECK(s.v[3].d[0] == 0x4014000000000000ull);  // sqrt: 5.0
    CHECK(b.x(0) == 5);
    CHECK(s.v[4].d[0] == 0x40a00000);             // 5.0f, upper bits cleared
    CHECK(s.v[5].d[0] == 0x4014000000000000ull);  // FCVT widened it back
    CHECK(b.x(1) == 1);                           // FCMP found them equal
    CHECK(b.x(2) == 0x4014000000000000ull);
    CHECK(s.v[6].d[0] == 0x3fe8000000000000ull);  // 0.75
    CHECK(b.x(3) == 1);                           // FCVTAS rounds 0.75 away from zero...
    CHECK(b.x(5) == fpsr::kIxc);                  // ...and it is the only inexact step
    CHECK(s.v[7].d[0] == 0xc1c80000);             // FNMUL: -25.0f
    CHECK(s.v[8].d[0] == 0x41c80000);             // FABS: 25.0f
    CHECK(s.v[9].d[0] == 0x4008000000000000ull);  // 3 < 4: LT held, FCSEL took d0
    CHECK(s.v[9].d[1] == 0x4014000000000000ull);  // FMOV to the top half kept D[0]
    CHECK(b.x(4) == 0x4014000000000000ull);
    CHECK(s.v[10].d[0] == 1);
    CHECK(s.v[10].d[1] == 0);
    CHECK(s.v[11].d[0] == 0x3fd0000000000000ull);  // 1 / 2^2 = 0.25
    CHECK(b.x(6) == 2);                            // 0.25 * 2^3
    CHECK(b.x(7) == 0x40000000);  // GE failed after FCMP d0 < d1: FCCMP took #0b0100
}

TEST_CASE("general-register operand 31 of FP conversions and FMOV is XZR/WZR, never SP",
          "[arm64][cpu][fp]")
{
    CpuBench b;
    b.s().sys.cpacr = kCpacrFpen;
    b.load({
        0x9e78001f,  //  0: fcvtzs xzr, d0
        0x9e66001f,  //  4: fmov xzr, d0
        0x1e26001f,  //  8: fmov wzr, s0
        0x1e19f01f,  //  c: fcvtzu wzr, s0, #4
        0x9e6203e1,  // 10: scvtf d1, xzr
        0x9e6703e2,  // 14: fmov d2, xzr
        0x1e03f7e3,  // 18: ucvtf s3, wzr, #3
        0x910003e0,  // 1c: mov x0, sp
        0x14000000,  // 20: b .
    });
    b.s().x[kRegSp] = 0x40200000;
    b.s().v[0].d[0] = 0x4045000000000000ull;  // 42.0
    for (unsigned n = 1; n <= 3; ++n)
        b.s().v[n] = {{~0ull, ~0ull}};
    b.run();
    CHECK(b.s().pc == kRamBase + 0x20);
    CHECK(b.x(0) == 0x40200000);  // SP survived the writes to register 31
    for (unsigned n = 1; n <= 3; ++n) {
        CHECK(b.s().v[n].d[0] == 0);  // +0.0 from a zero register, upper bits cleared
        CHECK(b.s().v[n].d[1] == 0);
    }
}

TEST_CASE("scalar FP instructions trap to EL1 with EC 0x07 while CPACR_EL1.FPEN = 0, before "
          "any side effect",
          "[arm64][cpu][fp]")
{
    const uint32_t words[] = {
        0x1e222820,  // fadd s0, s1, s2
        0x1f410800,  // fmadd d0, d0, d1, d2
        0x1e611000,  // fmov d0, #3.0
        0x9e660020,  // fmov x0, d1
        0x9eaf0020,  // fmov v0.d[1], x1
        0x9e780020,  // fcvtzs x0, d1
        0x9e220020,  // scvtf s0, x1
        0x1e2120a0,  // fcmp s5, s1: would change NZCV
        0x1e21a4a4,  // fccmp s5, s1, #0x4, ge: GE fails, would still write #nzcv
        0x1e21bca0,  // fcsel s0, s5, s1, lt
    };
    InsnRunner r;
    r.s().sys.cpacr = 0;
    InsnState in;
    in.v[0] = {{0x1234, 0x5678}};
    in.v[1].d[0] = 0x3f800000;
    in.x[0] = 0x9abc;
    in.x[1] = 7;
    in.nzcv = 0x8;  // N: GE fails, LT holds
    for (uint32_t word : words) {
        INFO("word " << std::hex << word);
        const InsnResult res = r.run(word, in);
        CHECK(res.exception);
        CHECK(res.esr >> 26 == 0x07);
        CHECK(res.elr == res.addr);
        CHECK(res.state.v[0].d[0] == 0x1234);
        CHECK(res.state.v[0].d[1] == 0x5678);
        CHECK(res.state.x[0] == 0x9abc);
        CHECK(res.state.nzcv == 0x8);
        CHECK(res.state.fpsr == 0);
    }
}

TEST_CASE("ARMv8.0 scalar FP: half precision outside FCVT, later extensions and reserved "
          "fields are Undefined",
          "[arm64][cpu][fp]")
{
    // Words from aarch64-linux-gnu-as -march=armv8.6-a+fp16+bf16, or (marked) a valid
    // encoding with one field changed.
    const uint32_t words[] = {
        0x1ee22820,  // fadd h0, h1, h2 (FEAT_FP16)
        0x1fc20c20,  // fmadd h0, h1, h2, h3
        0x1eee1000,  // fmov h0, #1.0
        0x1ef80020,  // fcvtzs w0, h1
        0x1ee20020,  // scvtf h0, w1
        0x1ee60020,  // fmov w0, h1
        0x1ee22020,  // fcmp h1, h2
        0x1ee20c20,  // fcsel h0, h1, h2, eq
        0x1ee20420,  // fccmp h1, h2, #0x0, eq
        0x1ee1c020,  // fsqrt h0, h1
        0x1e7e0020,  // fjcvtzs w0, d1 (ARMv8.3)
        0x1e284020,  // frint32z s0, s1 (ARMv8.5)
        0x1e634020,  // bfcvt h0, s1 (BF16)
        0x1e187c20,  // fcvtzs w0, s1, #33: fbits > 32 for a W register (scale < 32)
        0x1e660020,  // fmov w0, d1: "fmov x0, d1" with sf = 0
        0x1eae0020,  // "fmov x0, v1.d[1]" with sf = 0
        0x1e224020,  // fcvt s0, s1: source and destination formats equal
        0x1ea22820,  // fadd with ptype = 10
        0x9e222820,  // fadd s0, s1, s2 with M = 1
        0x3e222820,  // fadd s0, s1, s2 with S = 1
        0x1e229820,  // 2-source opcode 1001
        0x1e226020,  // fcmp s1, s2 with op<15:14> = 01
        0x1e222021,  // fcmp s1, s2 with opcode2<2:0> = 001
        0x1e2e1020,  // fmov s0, #1.0 with imm5 = 00001
        0x1e26c020,  // 1-source opcode 001101 (between FRINTA and FRINTX)
        0x1e09fc20,  // fixed-point rmode:opcode = 01 001, scale 63 (no instruction)
        0x1e2a0020,  // integer conversion rmode:opcode = 01 010 (SCVTF needs rmode 00)
        0x1e228000,  // op3<5:0> = 100000: between the FCSEL and FP-immediate patterns
    };
    InsnRunner r;
    for (uint32_t word : words) {
        INFO("word " << std::hex << word);
        const InsnResult res = r.run(word, InsnState{});
        CHECK(res.exception);
        CHECK(res.esr >> 26 == 0x00);  // EC 0: Unknown reason
        CHECK(res.elr == res.addr);
    }
}

// ---------------------------------------------------------------------------------------------
// Vectors recorded from qemu-aarch64 (data/insn_fp_scalar.txt): V0 and X0 start as 0x5555...,
// V1-V3 hold the operands in their low 64 bits and fixed patterns above, X1 an integer operand,
// FPSR starts at 0. Each case checks every register afterwards (V0 both halves, X0, NZCV and
// FPSR as QEMU left them, all others unchanged).
// ---------------------------------------------------------------------------------------------

TEST_CASE("FMUL/FDIV/FADD/FSUB/FNMUL/FMAX/FMIN/FMAXNM/FMINNM match QEMU: NaNs, FZ, DN, rounding",
          "[arm64][cpu][fp]")
{
    check_group("dp2", 300);
}

TEST_CASE("FMOV/FABS/FNEG/FSQRT/FRINT* match QEMU: NaNs kept or quieted, ties, FPCR rounding",
          "[arm64][cpu][fp]")
{
    check_group("dp1", 284);
}

TEST_CASE("FCVT between half, single and double matches QEMU: AHP, DN, FZ, overflow",
          "[arm64][cpu][fp]")
{
    check_group("fcvt", 195);
}

TEST_CASE("FMADD/FMSUB/FNMADD/FNMSUB match QEMU: fused rounding, NaN order, inf * 0",
          "[arm64][cpu][fp]")
{
    check_group("dp3", 176);
}

TEST_CASE("FCMP/FCMPE/FCCMP/FCCMPE set NZCV as QEMU does, signalling only where required",
          "[arm64][cpu][fp]")
{
    check_group("cmp", 148);
}

TEST_CASE("FCSEL picks by condition and clears the register above the element", "[arm64][cpu][fp]")
{
    check_group("sel", 12);
}

TEST_CASE("FMOV immediate and FMOV general (W/X, top half, ZR) match QEMU", "[arm64][cpu][fp]")
{
    check_group("imm", 29);
}

TEST_CASE("FCVT[NPMZA][SU] to W/X match QEMU: ties, saturation, NaN, W zero-extension",
          "[arm64][cpu][fp]")
{
    check_group("toint", 332);
}

TEST_CASE("SCVTF/UCVTF from W/X match QEMU in every rounding mode", "[arm64][cpu][fp]")
{
    check_group("fromint", 186);
}

TEST_CASE("Fixed-point SCVTF/UCVTF/FCVTZS/FCVTZU match QEMU, fbits 1 to 64", "[arm64][cpu][fp]")
{
    check_group("fixed", 184);
}
