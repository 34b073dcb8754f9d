// Scalar floating point in the ISS (exec_fp_scalar.cpp, DDI 0487 C4.1.6 and C7.2): a program
// that chains the instruction classes with values a reader can check by hand; the CPACR_EL1
// trap and the ARMv8.0 Undefined encodings (half precision outside FCVT, later extensions,
// reserved fields); then tables of single instructions whose expected results were produced
// by running each instruction word under qemu-aarch64 7.2 (bit-exact Arm soft-float) with the
// same inputs: V0 and X0 start as 0x5555..., V1-V3 hold the operands in their low 64 bits and
// fixed patterns above, X1 an integer operand, FPSR starts at 0. Each row checks V0 (both
// halves), X0, NZCV and FPSR afterwards, so a scalar write that fails to clear the upper bits,
// a wrong NaN, a missing flag or a W result that is not zero-extended all show up.
#include <catch2/catch.hpp>

#include <iterator>
#include <sstream>

#include "cpu_bench.h"

using namespace vp::arm64;
using namespace vp::arm64::test;
using sc_core::sc_time;

namespace {

constexpr uint64_t kCpacrFpen = 3u << 20;  // CPACR_EL1.FPEN = 0b11: no trap at EL0/EL1
constexpr uint64_t kFill = 0x5555555555555555ull;
constexpr uint32_t kBranchSelf = 0x14000000;  // b .

// One instruction and the state QEMU produced for it. nzcv fields are the 4-bit N,Z,C,V.
struct FpVector {
    uint32_t word;
    uint32_t fpcr, nzcv;
    uint64_t v1, v2, v3, x1;      // inputs
    uint64_t v0_lo, v0_hi, x0;   // results
    uint32_t nzcv_out, fpsr_out;
};

// A 10 ns quantum: the core stops every 10 instructions, so that each 200 ns run below
// starts at the pc the test has just set.
CpuConfig fine_quantum()
{
    CpuConfig c = CpuBench::default_config();
    c.quantum = sc_time(10, sc_core::SC_NS);
    return c;
}

// Runs each vector's word (followed by "b .") from its own slot and returns a description
// of the first mismatches (empty when all match).
template <size_t N> std::string run_vectors(const FpVector (&vec)[N])
{
    CpuBench b(fine_quantum());
    const uint64_t code = kRamBase + 0x10000;
    for (size_t i = 0; i < N; ++i)
        b.load({vec[i].word, kBranchSelf}, code + 8 * i);
    b.load({kBranchSelf}, kRamBase + 0x200);  // a synchronous exception parks here
    b.s().sys.vbar = kRamBase;
    b.s().sys.cpacr = kCpacrFpen;
    std::ostringstream msg;
    unsigned mismatches = 0;
    for (size_t i = 0; i < N && mismatches < 10; ++i) {
        const FpVector& t = vec[i];
        CpuState& s = b.s();
        s.v[0] = {{kFill, kFill}};
        s.v[1] = {{t.v1, 0x0123456789abcdefull}};
        s.v[2] = {{t.v2, 0x1111111111111111ull}};
        s.v[3] = {{t.v3, 0x2222222222222222ull}};
        s.x[0] = kFill;
        s.x[1] = t.x1;
        s.fpcr = t.fpcr;
        s.fpsr = 0;
        s.nzcv = t.nzcv;
        s.pc = code + 8 * i;
        b.run(sc_time(200, sc_core::SC_NS));
        if (s.pc == code + 8 * i + 4 && s.v[0].d[0] == t.v0_lo && s.v[0].d[1] == t.v0_hi &&
            s.x[0] == t.x0 && s.nzcv == t.nzcv_out && s.fpsr == t.fpsr_out)
            continue;
        ++mismatches;
        msg << std::hex << "row " << std::dec << i << std::hex << " word " << t.word << " fpcr "
            << t.fpcr << " in v1 " << t.v1 << " v2 " << t.v2 << " v3 " << t.v3 << " x1 " << t.x1
            << "\n  got      pc+" << (s.pc - code - 8 * i) << " v0 " << s.v[0].d[1] << ":"
            << s.v[0].d[0] << " x0 " << s.x[0] << " nzcv " << s.nzcv << " fpsr " << s.fpsr
            << "\n  expected pc+4 v0 " << t.v0_hi << ":" << t.v0_lo << " x0 " << t.x0 << " nzcv "
            << t.nzcv_out << " fpsr " << t.fpsr_out << "\n";
    }
    return msg.str();
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
    CpuBench b(fine_quantum());
    const uint64_t code = kRamBase + 0x10000;
    for (size_t i = 0; i < std::size(words); ++i)
        b.load({words[i], kBranchSelf}, code + 8 * i);
    b.load({kBranchSelf}, kRamBase + 0x200);
    b.s().sys.vbar = kRamBase;
    for (size_t i = 0; i < std::size(words); ++i) {
        INFO("word " << std::hex << words[i]);
        CpuState& s = b.s();
        s.v[0] = {{0x1234, 0x5678}};
        s.v[1].d[0] = 0x3f800000;
        s.x[0] = 0x9abc;
        s.x[1] = 7;
        s.nzcv = 0x8;  // N: GE fails, LT holds
        s.fpsr = 0;
        s.pc = code + 8 * i;
        s.sys.esr = 0;
        b.run(sc_time(200, sc_core::SC_NS));
        CHECK(s.pc == kRamBase + 0x200);
        CHECK(s.sys.esr >> 26 == 0x07);
        CHECK(s.sys.elr == code + 8 * i);
        CHECK(s.v[0].d[0] == 0x1234);
        CHECK(s.v[0].d[1] == 0x5678);
        CHECK(s.x[0] == 0x9abc);
        CHECK(s.nzcv == 0x8);
        CHECK(s.fpsr == 0);
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
    CpuBench b(fine_quantum());
    const uint64_t code = kRamBase + 0x10000;
    for (size_t i = 0; i < std::size(words); ++i)
        b.load({words[i], kBranchSelf}, code + 8 * i);
    b.load({kBranchSelf}, kRamBase + 0x200);
    b.s().sys.vbar = kRamBase;
    b.s().sys.cpacr = kCpacrFpen;
    for (size_t i = 0; i < std::size(words); ++i) {
        INFO("word " << std::hex << words[i]);
        b.s().pc = code + 8 * i;
        b.s().sys.esr = 0;
        b.run(sc_time(200, sc_core::SC_NS));
        CHECK(b.s().pc == kRamBase + 0x200);
        CHECK(b.s().sys.esr >> 26 == 0x00);  // EC 0: Unknown reason
        CHECK(b.s().sys.elr == code + 8 * i);
    }
}

// ---------------------------------------------------------------------------------------------
// Tables from qemu-aarch64. fpcr: 0x400000 RP, 0x800000 RM, 0xc00000 RZ, 0x1000000 FZ,
// 0x2000000 DN, 0x4000000 AHP. Columns: word, fpcr, nzcv, v1, v2, v3, x1 -> v0 low, v0 high,
// x0, nzcv, fpsr.
// ---------------------------------------------------------------------------------------------

namespace {

const FpVector kDp2[] = {
    {0x1e222820, 0, 0, 0x3fc00000, 0x40200000, 0, 0, 0x40800000, 0, 0x5555555555555555, 0, 0},  // fadd s0, s1, s2
    {0x1e222820, 0, 0, 0x3dcccccd, 0x40400000, 0, 0, 0x40466666, 0, 0x5555555555555555, 0, 0x10},  // fadd s0, s1, s2
    {0x1e222820, 0, 0, 0x7f800000, 0xff800000, 0, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0x1},  // fadd s0, s1, s2
    {0x1e222820, 0, 0, 0, 0x80000000, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fadd s0, s1, s2
    {0x1e222820, 0, 0, 0x7fc00001, 0x3f800000, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0},  // fadd s0, s1, s2
    {0x1e222820, 0, 0, 0x3f800000, 0x7f800001, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fadd s0, s1, s2
    {0x1e222820, 0, 0, 0x7fc00001, 0x7f800001, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fadd s0, s1, s2
    {0x1e222820, 0, 0, 0xffc00002, 0x40000000, 0, 0, 0xffc00002, 0, 0x5555555555555555, 0, 0},  // fadd s0, s1, s2
    {0x1e222820, 0, 0, 0x1, 0x3f800000, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0x10},  // fadd s0, s1, s2
    {0x1e222820, 0, 0, 0x7f7fffff, 0x7f7fffff, 0, 0, 0x7f800000, 0, 0x5555555555555555, 0, 0x14},  // fadd s0, s1, s2
    {0x1e222820, 0, 0, 0x800000, 0x3f000000, 0, 0, 0x3f000000, 0, 0x5555555555555555, 0, 0x10},  // fadd s0, s1, s2
    {0x1e222820, 0, 0, 0x3f800000, 0, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // fadd s0, s1, s2
    {0x1e222820, 0, 0, 0x7f800000, 0, 0, 0, 0x7f800000, 0, 0x5555555555555555, 0, 0},  // fadd s0, s1, s2
    {0x1e222820, 0x3000000, 0, 0x7fc00001, 0x3f800000, 0, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0},  // fadd s0, s1, s2
    {0x1e222820, 0x3000000, 0, 0x1, 0x3f800000, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0x80},  // fadd s0, s1, s2
    {0x1e222820, 0x3000000, 0, 0x800000, 0x3f000000, 0, 0, 0x3f000000, 0, 0x5555555555555555, 0, 0x10},  // fadd s0, s1, s2
    {0x1e222820, 0x400000, 0, 0x3dcccccd, 0x40400000, 0, 0, 0x40466667, 0, 0x5555555555555555, 0, 0x10},  // fadd s0, s1, s2
    {0x1e222820, 0x800000, 0, 0x3dcccccd, 0x40400000, 0, 0, 0x40466666, 0, 0x5555555555555555, 0, 0x10},  // fadd s0, s1, s2
    {0x1e222820, 0xc00000, 0, 0x3dcccccd, 0x40400000, 0, 0, 0x40466666, 0, 0x5555555555555555, 0, 0x10},  // fadd s0, s1, s2
    {0x1e222820, 0x400000, 0, 0x7f7fffff, 0x7f7fffff, 0, 0, 0x7f800000, 0, 0x5555555555555555, 0, 0x14},  // fadd s0, s1, s2
    {0x1e222820, 0x800000, 0, 0x7f7fffff, 0x7f7fffff, 0, 0, 0x7f7fffff, 0, 0x5555555555555555, 0, 0x14},  // fadd s0, s1, s2
    {0x1e222820, 0xc00000, 0, 0x7f7fffff, 0x7f7fffff, 0, 0, 0x7f7fffff, 0, 0x5555555555555555, 0, 0x14},  // fadd s0, s1, s2
    {0x1e223820, 0, 0, 0x3fc00000, 0x40200000, 0, 0, 0xbf800000, 0, 0x5555555555555555, 0, 0},  // fsub s0, s1, s2
    {0x1e223820, 0, 0, 0x3dcccccd, 0x40400000, 0, 0, 0xc039999a, 0, 0x5555555555555555, 0, 0x10},  // fsub s0, s1, s2
    {0x1e223820, 0, 0, 0x7f800000, 0xff800000, 0, 0, 0x7f800000, 0, 0x5555555555555555, 0, 0},  // fsub s0, s1, s2
    {0x1e223820, 0, 0, 0, 0x80000000, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fsub s0, s1, s2
    {0x1e223820, 0, 0, 0x7fc00001, 0x3f800000, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0},  // fsub s0, s1, s2
    {0x1e223820, 0, 0, 0x3f800000, 0x7f800001, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fsub s0, s1, s2
    {0x1e223820, 0, 0, 0x7fc00001, 0x7f800001, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fsub s0, s1, s2
    {0x1e223820, 0, 0, 0xffc00002, 0x40000000, 0, 0, 0xffc00002, 0, 0x5555555555555555, 0, 0},  // fsub s0, s1, s2
    {0x1e223820, 0, 0, 0x1, 0x3f800000, 0, 0, 0xbf800000, 0, 0x5555555555555555, 0, 0x10},  // fsub s0, s1, s2
    {0x1e223820, 0, 0, 0x7f7fffff, 0x7f7fffff, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fsub s0, s1, s2
    {0x1e223820, 0, 0, 0x800000, 0x3f000000, 0, 0, 0xbf000000, 0, 0x5555555555555555, 0, 0x10},  // fsub s0, s1, s2
    {0x1e223820, 0, 0, 0x3f800000, 0, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // fsub s0, s1, s2
    {0x1e223820, 0, 0, 0x7f800000, 0, 0, 0, 0x7f800000, 0, 0x5555555555555555, 0, 0},  // fsub s0, s1, s2
    {0x1e223820, 0x3000000, 0, 0x7fc00001, 0x3f800000, 0, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0},  // fsub s0, s1, s2
    {0x1e223820, 0x3000000, 0, 0x1, 0x3f800000, 0, 0, 0xbf800000, 0, 0x5555555555555555, 0, 0x80},  // fsub s0, s1, s2
    {0x1e223820, 0x3000000, 0, 0x800000, 0x3f000000, 0, 0, 0xbf000000, 0, 0x5555555555555555, 0, 0x10},  // fsub s0, s1, s2
    {0x1e223820, 0x400000, 0, 0x3dcccccd, 0x40400000, 0, 0, 0xc0399999, 0, 0x5555555555555555, 0, 0x10},  // fsub s0, s1, s2
    {0x1e223820, 0x800000, 0, 0x3dcccccd, 0x40400000, 0, 0, 0xc039999a, 0, 0x5555555555555555, 0, 0x10},  // fsub s0, s1, s2
    {0x1e223820, 0xc00000, 0, 0x3dcccccd, 0x40400000, 0, 0, 0xc0399999, 0, 0x5555555555555555, 0, 0x10},  // fsub s0, s1, s2
    {0x1e223820, 0x400000, 0, 0x7f7fffff, 0x7f7fffff, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fsub s0, s1, s2
    {0x1e223820, 0x800000, 0, 0x7f7fffff, 0x7f7fffff, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // fsub s0, s1, s2
    {0x1e223820, 0xc00000, 0, 0x7f7fffff, 0x7f7fffff, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fsub s0, s1, s2
    {0x1e220820, 0, 0, 0x3fc00000, 0x40200000, 0, 0, 0x40700000, 0, 0x5555555555555555, 0, 0},  // fmul s0, s1, s2
    {0x1e220820, 0, 0, 0x3dcccccd, 0x40400000, 0, 0, 0x3e99999a, 0, 0x5555555555555555, 0, 0x10},  // fmul s0, s1, s2
    {0x1e220820, 0, 0, 0x7f800000, 0xff800000, 0, 0, 0xff800000, 0, 0x5555555555555555, 0, 0},  // fmul s0, s1, s2
    {0x1e220820, 0, 0, 0, 0x80000000, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // fmul s0, s1, s2
    {0x1e220820, 0, 0, 0x7fc00001, 0x3f800000, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0},  // fmul s0, s1, s2
    {0x1e220820, 0, 0, 0x3f800000, 0x7f800001, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fmul s0, s1, s2
    {0x1e220820, 0, 0, 0x7fc00001, 0x7f800001, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fmul s0, s1, s2
    {0x1e220820, 0, 0, 0xffc00002, 0x40000000, 0, 0, 0xffc00002, 0, 0x5555555555555555, 0, 0},  // fmul s0, s1, s2
    {0x1e220820, 0, 0, 0x1, 0x3f800000, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fmul s0, s1, s2
    {0x1e220820, 0, 0, 0x7f7fffff, 0x7f7fffff, 0, 0, 0x7f800000, 0, 0x5555555555555555, 0, 0x14},  // fmul s0, s1, s2
    {0x1e220820, 0, 0, 0x800000, 0x3f000000, 0, 0, 0x400000, 0, 0x5555555555555555, 0, 0},  // fmul s0, s1, s2
    {0x1e220820, 0, 0, 0x3f800000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fmul s0, s1, s2
    {0x1e220820, 0, 0, 0x7f800000, 0, 0, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0x1},  // fmul s0, s1, s2
    {0x1e220820, 0x3000000, 0, 0x7fc00001, 0x3f800000, 0, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0},  // fmul s0, s1, s2
    {0x1e220820, 0x3000000, 0, 0x1, 0x3f800000, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fmul s0, s1, s2
    {0x1e220820, 0x3000000, 0, 0x800000, 0x3f000000, 0, 0, 0, 0, 0x5555555555555555, 0, 0x8},  // fmul s0, s1, s2
    {0x1e220820, 0x400000, 0, 0x3dcccccd, 0x40400000, 0, 0, 0x3e99999a, 0, 0x5555555555555555, 0, 0x10},  // fmul s0, s1, s2
    {0x1e220820, 0x800000, 0, 0x3dcccccd, 0x40400000, 0, 0, 0x3e999999, 0, 0x5555555555555555, 0, 0x10},  // fmul s0, s1, s2
    {0x1e220820, 0xc00000, 0, 0x3dcccccd, 0x40400000, 0, 0, 0x3e999999, 0, 0x5555555555555555, 0, 0x10},  // fmul s0, s1, s2
    {0x1e220820, 0x400000, 0, 0x7f7fffff, 0x7f7fffff, 0, 0, 0x7f800000, 0, 0x5555555555555555, 0, 0x14},  // fmul s0, s1, s2
    {0x1e220820, 0x800000, 0, 0x7f7fffff, 0x7f7fffff, 0, 0, 0x7f7fffff, 0, 0x5555555555555555, 0, 0x14},  // fmul s0, s1, s2
    {0x1e220820, 0xc00000, 0, 0x7f7fffff, 0x7f7fffff, 0, 0, 0x7f7fffff, 0, 0x5555555555555555, 0, 0x14},  // fmul s0, s1, s2
    {0x1e221820, 0, 0, 0x3fc00000, 0x40200000, 0, 0, 0x3f19999a, 0, 0x5555555555555555, 0, 0x10},  // fdiv s0, s1, s2
    {0x1e221820, 0, 0, 0x3dcccccd, 0x40400000, 0, 0, 0x3d088889, 0, 0x5555555555555555, 0, 0x10},  // fdiv s0, s1, s2
    {0x1e221820, 0, 0, 0x7f800000, 0xff800000, 0, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0x1},  // fdiv s0, s1, s2
    {0x1e221820, 0, 0, 0, 0x80000000, 0, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0x1},  // fdiv s0, s1, s2
    {0x1e221820, 0, 0, 0x7fc00001, 0x3f800000, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0},  // fdiv s0, s1, s2
    {0x1e221820, 0, 0, 0x3f800000, 0x7f800001, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fdiv s0, s1, s2
    {0x1e221820, 0, 0, 0x7fc00001, 0x7f800001, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fdiv s0, s1, s2
    {0x1e221820, 0, 0, 0xffc00002, 0x40000000, 0, 0, 0xffc00002, 0, 0x5555555555555555, 0, 0},  // fdiv s0, s1, s2
    {0x1e221820, 0, 0, 0x1, 0x3f800000, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fdiv s0, s1, s2
    {0x1e221820, 0, 0, 0x7f7fffff, 0x7f7fffff, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // fdiv s0, s1, s2
    {0x1e221820, 0, 0, 0x800000, 0x3f000000, 0, 0, 0x1000000, 0, 0x5555555555555555, 0, 0},  // fdiv s0, s1, s2
    {0x1e221820, 0, 0, 0x3f800000, 0, 0, 0, 0x7f800000, 0, 0x5555555555555555, 0, 0x2},  // fdiv s0, s1, s2
    {0x1e221820, 0, 0, 0x7f800000, 0, 0, 0, 0x7f800000, 0, 0x5555555555555555, 0, 0},  // fdiv s0, s1, s2
    {0x1e221820, 0x3000000, 0, 0x7fc00001, 0x3f800000, 0, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0},  // fdiv s0, s1, s2
    {0x1e221820, 0x3000000, 0, 0x1, 0x3f800000, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fdiv s0, s1, s2
    {0x1e221820, 0x3000000, 0, 0x800000, 0x3f000000, 0, 0, 0x1000000, 0, 0x5555555555555555, 0, 0},  // fdiv s0, s1, s2
    {0x1e221820, 0x400000, 0, 0x3dcccccd, 0x40400000, 0, 0, 0x3d088889, 0, 0x5555555555555555, 0, 0x10},  // fdiv s0, s1, s2
    {0x1e221820, 0x800000, 0, 0x3dcccccd, 0x40400000, 0, 0, 0x3d088888, 0, 0x5555555555555555, 0, 0x10},  // fdiv s0, s1, s2
    {0x1e221820, 0xc00000, 0, 0x3dcccccd, 0x40400000, 0, 0, 0x3d088888, 0, 0x5555555555555555, 0, 0x10},  // fdiv s0, s1, s2
    {0x1e221820, 0x400000, 0, 0x7f7fffff, 0x7f7fffff, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // fdiv s0, s1, s2
    {0x1e221820, 0x800000, 0, 0x7f7fffff, 0x7f7fffff, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // fdiv s0, s1, s2
    {0x1e221820, 0xc00000, 0, 0x7f7fffff, 0x7f7fffff, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // fdiv s0, s1, s2
    {0x1e228820, 0, 0, 0x3fc00000, 0x40200000, 0, 0, 0xc0700000, 0, 0x5555555555555555, 0, 0},  // fnmul s0, s1, s2
    {0x1e228820, 0, 0, 0x3dcccccd, 0x40400000, 0, 0, 0xbe99999a, 0, 0x5555555555555555, 0, 0x10},  // fnmul s0, s1, s2
    {0x1e228820, 0, 0, 0x7f800000, 0xff800000, 0, 0, 0x7f800000, 0, 0x5555555555555555, 0, 0},  // fnmul s0, s1, s2
    {0x1e228820, 0, 0, 0, 0x80000000, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fnmul s0, s1, s2
    {0x1e228820, 0, 0, 0x7fc00001, 0x3f800000, 0, 0, 0xffc00001, 0, 0x5555555555555555, 0, 0},  // fnmul s0, s1, s2
    {0x1e228820, 0, 0, 0x3f800000, 0x7f800001, 0, 0, 0xffc00001, 0, 0x5555555555555555, 0, 0x1},  // fnmul s0, s1, s2
    {0x1e228820, 0, 0, 0x7fc00001, 0x7f800001, 0, 0, 0xffc00001, 0, 0x5555555555555555, 0, 0x1},  // fnmul s0, s1, s2
    {0x1e228820, 0, 0, 0xffc00002, 0x40000000, 0, 0, 0x7fc00002, 0, 0x5555555555555555, 0, 0},  // fnmul s0, s1, s2
    {0x1e228820, 0, 0, 0x1, 0x3f800000, 0, 0, 0x80000001, 0, 0x5555555555555555, 0, 0},  // fnmul s0, s1, s2
    {0x1e228820, 0, 0, 0x7f7fffff, 0x7f7fffff, 0, 0, 0xff800000, 0, 0x5555555555555555, 0, 0x14},  // fnmul s0, s1, s2
    {0x1e228820, 0, 0, 0x800000, 0x3f000000, 0, 0, 0x80400000, 0, 0x5555555555555555, 0, 0},  // fnmul s0, s1, s2
    {0x1e228820, 0, 0, 0x3f800000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // fnmul s0, s1, s2
    {0x1e228820, 0, 0, 0x7f800000, 0, 0, 0, 0xffc00000, 0, 0x5555555555555555, 0, 0x1},  // fnmul s0, s1, s2
    {0x1e228820, 0x3000000, 0, 0x7fc00001, 0x3f800000, 0, 0, 0xffc00000, 0, 0x5555555555555555, 0, 0},  // fnmul s0, s1, s2
    {0x1e228820, 0x3000000, 0, 0x1, 0x3f800000, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0x80},  // fnmul s0, s1, s2
    {0x1e228820, 0x3000000, 0, 0x800000, 0x3f000000, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0x8},  // fnmul s0, s1, s2
    {0x1e228820, 0x400000, 0, 0x3dcccccd, 0x40400000, 0, 0, 0xbe99999a, 0, 0x5555555555555555, 0, 0x10},  // fnmul s0, s1, s2
    {0x1e228820, 0x800000, 0, 0x3dcccccd, 0x40400000, 0, 0, 0xbe999999, 0, 0x5555555555555555, 0, 0x10},  // fnmul s0, s1, s2
    {0x1e228820, 0xc00000, 0, 0x3dcccccd, 0x40400000, 0, 0, 0xbe999999, 0, 0x5555555555555555, 0, 0x10},  // fnmul s0, s1, s2
    {0x1e228820, 0x400000, 0, 0x7f7fffff, 0x7f7fffff, 0, 0, 0xff800000, 0, 0x5555555555555555, 0, 0x14},  // fnmul s0, s1, s2
    {0x1e228820, 0x800000, 0, 0x7f7fffff, 0x7f7fffff, 0, 0, 0xff7fffff, 0, 0x5555555555555555, 0, 0x14},  // fnmul s0, s1, s2
    {0x1e228820, 0xc00000, 0, 0x7f7fffff, 0x7f7fffff, 0, 0, 0xff7fffff, 0, 0x5555555555555555, 0, 0x14},  // fnmul s0, s1, s2
    {0x1e224820, 0, 0, 0x3fc00000, 0xc0200000, 0, 0, 0x3fc00000, 0, 0x5555555555555555, 0, 0},  // fmax s0, s1, s2
    {0x1e224820, 0, 0, 0, 0x80000000, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fmax s0, s1, s2
    {0x1e224820, 0, 0, 0x80000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fmax s0, s1, s2
    {0x1e224820, 0, 0, 0x7fc00001, 0x3f800000, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0},  // fmax s0, s1, s2
    {0x1e224820, 0, 0, 0x3f800000, 0xffc00002, 0, 0, 0xffc00002, 0, 0x5555555555555555, 0, 0},  // fmax s0, s1, s2
    {0x1e224820, 0, 0, 0x7f800001, 0x3f800000, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fmax s0, s1, s2
    {0x1e224820, 0, 0, 0x7fc00001, 0x7f800001, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fmax s0, s1, s2
    {0x1e224820, 0, 0, 0x1, 0, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fmax s0, s1, s2
    {0x1e224820, 0x3000000, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fmax s0, s1, s2
    {0x1e224820, 0x3000000, 0, 0x7fc00001, 0x3f800000, 0, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0},  // fmax s0, s1, s2
    {0x1e225820, 0, 0, 0x3fc00000, 0xc0200000, 0, 0, 0xc0200000, 0, 0x5555555555555555, 0, 0},  // fmin s0, s1, s2
    {0x1e225820, 0, 0, 0, 0x80000000, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // fmin s0, s1, s2
    {0x1e225820, 0, 0, 0x80000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // fmin s0, s1, s2
    {0x1e225820, 0, 0, 0x7fc00001, 0x3f800000, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0},  // fmin s0, s1, s2
    {0x1e225820, 0, 0, 0x3f800000, 0xffc00002, 0, 0, 0xffc00002, 0, 0x5555555555555555, 0, 0},  // fmin s0, s1, s2
    {0x1e225820, 0, 0, 0x7f800001, 0x3f800000, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fmin s0, s1, s2
    {0x1e225820, 0, 0, 0x7fc00001, 0x7f800001, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fmin s0, s1, s2
    {0x1e225820, 0, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fmin s0, s1, s2
    {0x1e225820, 0x3000000, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fmin s0, s1, s2
    {0x1e225820, 0x3000000, 0, 0x7fc00001, 0x3f800000, 0, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0},  // fmin s0, s1, s2
    {0x1e226820, 0, 0, 0x3fc00000, 0xc0200000, 0, 0, 0x3fc00000, 0, 0x5555555555555555, 0, 0},  // fmaxnm s0, s1, s2
    {0x1e226820, 0, 0, 0, 0x80000000, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fmaxnm s0, s1, s2
    {0x1e226820, 0, 0, 0x80000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fmaxnm s0, s1, s2
    {0x1e226820, 0, 0, 0x7fc00001, 0x3f800000, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // fmaxnm s0, s1, s2
    {0x1e226820, 0, 0, 0x3f800000, 0xffc00002, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // fmaxnm s0, s1, s2
    {0x1e226820, 0, 0, 0x7f800001, 0x3f800000, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fmaxnm s0, s1, s2
    {0x1e226820, 0, 0, 0x7fc00001, 0x7f800001, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fmaxnm s0, s1, s2
    {0x1e226820, 0, 0, 0x1, 0, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fmaxnm s0, s1, s2
    {0x1e226820, 0x3000000, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fmaxnm s0, s1, s2
    {0x1e226820, 0x3000000, 0, 0x7fc00001, 0x3f800000, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // fmaxnm s0, s1, s2
    {0x1e227820, 0, 0, 0x3fc00000, 0xc0200000, 0, 0, 0xc0200000, 0, 0x5555555555555555, 0, 0},  // fminnm s0, s1, s2
    {0x1e227820, 0, 0, 0, 0x80000000, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // fminnm s0, s1, s2
    {0x1e227820, 0, 0, 0x80000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // fminnm s0, s1, s2
    {0x1e227820, 0, 0, 0x7fc00001, 0x3f800000, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // fminnm s0, s1, s2
    {0x1e227820, 0, 0, 0x3f800000, 0xffc00002, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // fminnm s0, s1, s2
    {0x1e227820, 0, 0, 0x7f800001, 0x3f800000, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fminnm s0, s1, s2
    {0x1e227820, 0, 0, 0x7fc00001, 0x7f800001, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fminnm s0, s1, s2
    {0x1e227820, 0, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fminnm s0, s1, s2
    {0x1e227820, 0x3000000, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fminnm s0, s1, s2
    {0x1e227820, 0x3000000, 0, 0x7fc00001, 0x3f800000, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // fminnm s0, s1, s2
    {0x1e622820, 0, 0, 0x3ff8000000000000, 0x4004000000000000, 0, 0, 0x4010000000000000, 0, 0x5555555555555555, 0, 0},  // fadd d0, d1, d2
    {0x1e622820, 0, 0, 0x3fb999999999999a, 0x4008000000000000, 0, 0, 0x4008cccccccccccd, 0, 0x5555555555555555, 0, 0x10},  // fadd d0, d1, d2
    {0x1e622820, 0, 0, 0x7ff0000000000000, 0xfff0000000000000, 0, 0, 0x7ff8000000000000, 0, 0x5555555555555555, 0, 0x1},  // fadd d0, d1, d2
    {0x1e622820, 0, 0, 0, 0x8000000000000000, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fadd d0, d1, d2
    {0x1e622820, 0, 0, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0},  // fadd d0, d1, d2
    {0x1e622820, 0, 0, 0x3ff0000000000000, 0x7ff0000000000001, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fadd d0, d1, d2
    {0x1e622820, 0, 0, 0x7ff8000000000001, 0x7ff0000000000001, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fadd d0, d1, d2
    {0x1e622820, 0, 0, 0xfff8000000000002, 0x4000000000000000, 0, 0, 0xfff8000000000002, 0, 0x5555555555555555, 0, 0},  // fadd d0, d1, d2
    {0x1e622820, 0, 0, 0x1, 0x3ff0000000000000, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0x10},  // fadd d0, d1, d2
    {0x1e622820, 0, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0, 0x7ff0000000000000, 0, 0x5555555555555555, 0, 0x14},  // fadd d0, d1, d2
    {0x1e622820, 0, 0, 0x10000000000000, 0x3fe0000000000000, 0, 0, 0x3fe0000000000000, 0, 0x5555555555555555, 0, 0x10},  // fadd d0, d1, d2
    {0x1e622820, 0, 0, 0x3ff0000000000000, 0, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fadd d0, d1, d2
    {0x1e622820, 0, 0, 0x7ff0000000000000, 0, 0, 0, 0x7ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fadd d0, d1, d2
    {0x1e622820, 0x3000000, 0, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x7ff8000000000000, 0, 0x5555555555555555, 0, 0},  // fadd d0, d1, d2
    {0x1e622820, 0x3000000, 0, 0x1, 0x3ff0000000000000, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0x80},  // fadd d0, d1, d2
    {0x1e622820, 0x3000000, 0, 0x10000000000000, 0x3fe0000000000000, 0, 0, 0x3fe0000000000000, 0, 0x5555555555555555, 0, 0x10},  // fadd d0, d1, d2
    {0x1e622820, 0x400000, 0, 0x3fb999999999999a, 0x4008000000000000, 0, 0, 0x4008cccccccccccd, 0, 0x5555555555555555, 0, 0x10},  // fadd d0, d1, d2
    {0x1e622820, 0x800000, 0, 0x3fb999999999999a, 0x4008000000000000, 0, 0, 0x4008cccccccccccc, 0, 0x5555555555555555, 0, 0x10},  // fadd d0, d1, d2
    {0x1e622820, 0xc00000, 0, 0x3fb999999999999a, 0x4008000000000000, 0, 0, 0x4008cccccccccccc, 0, 0x5555555555555555, 0, 0x10},  // fadd d0, d1, d2
    {0x1e622820, 0x400000, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0, 0x7ff0000000000000, 0, 0x5555555555555555, 0, 0x14},  // fadd d0, d1, d2
    {0x1e622820, 0x800000, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0, 0x7fefffffffffffff, 0, 0x5555555555555555, 0, 0x14},  // fadd d0, d1, d2
    {0x1e622820, 0xc00000, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0, 0x7fefffffffffffff, 0, 0x5555555555555555, 0, 0x14},  // fadd d0, d1, d2
    {0x1e623820, 0, 0, 0x3ff8000000000000, 0x4004000000000000, 0, 0, 0xbff0000000000000, 0, 0x5555555555555555, 0, 0},  // fsub d0, d1, d2
    {0x1e623820, 0, 0, 0x3fb999999999999a, 0x4008000000000000, 0, 0, 0xc007333333333333, 0, 0x5555555555555555, 0, 0x10},  // fsub d0, d1, d2
    {0x1e623820, 0, 0, 0x7ff0000000000000, 0xfff0000000000000, 0, 0, 0x7ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fsub d0, d1, d2
    {0x1e623820, 0, 0, 0, 0x8000000000000000, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fsub d0, d1, d2
    {0x1e623820, 0, 0, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0},  // fsub d0, d1, d2
    {0x1e623820, 0, 0, 0x3ff0000000000000, 0x7ff0000000000001, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fsub d0, d1, d2
    {0x1e623820, 0, 0, 0x7ff8000000000001, 0x7ff0000000000001, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fsub d0, d1, d2
    {0x1e623820, 0, 0, 0xfff8000000000002, 0x4000000000000000, 0, 0, 0xfff8000000000002, 0, 0x5555555555555555, 0, 0},  // fsub d0, d1, d2
    {0x1e623820, 0, 0, 0x1, 0x3ff0000000000000, 0, 0, 0xbff0000000000000, 0, 0x5555555555555555, 0, 0x10},  // fsub d0, d1, d2
    {0x1e623820, 0, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fsub d0, d1, d2
    {0x1e623820, 0, 0, 0x10000000000000, 0x3fe0000000000000, 0, 0, 0xbfe0000000000000, 0, 0x5555555555555555, 0, 0x10},  // fsub d0, d1, d2
    {0x1e623820, 0, 0, 0x3ff0000000000000, 0, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fsub d0, d1, d2
    {0x1e623820, 0, 0, 0x7ff0000000000000, 0, 0, 0, 0x7ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fsub d0, d1, d2
    {0x1e623820, 0x3000000, 0, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x7ff8000000000000, 0, 0x5555555555555555, 0, 0},  // fsub d0, d1, d2
    {0x1e623820, 0x3000000, 0, 0x1, 0x3ff0000000000000, 0, 0, 0xbff0000000000000, 0, 0x5555555555555555, 0, 0x80},  // fsub d0, d1, d2
    {0x1e623820, 0x3000000, 0, 0x10000000000000, 0x3fe0000000000000, 0, 0, 0xbfe0000000000000, 0, 0x5555555555555555, 0, 0x10},  // fsub d0, d1, d2
    {0x1e623820, 0x400000, 0, 0x3fb999999999999a, 0x4008000000000000, 0, 0, 0xc007333333333333, 0, 0x5555555555555555, 0, 0x10},  // fsub d0, d1, d2
    {0x1e623820, 0x800000, 0, 0x3fb999999999999a, 0x4008000000000000, 0, 0, 0xc007333333333334, 0, 0x5555555555555555, 0, 0x10},  // fsub d0, d1, d2
    {0x1e623820, 0xc00000, 0, 0x3fb999999999999a, 0x4008000000000000, 0, 0, 0xc007333333333333, 0, 0x5555555555555555, 0, 0x10},  // fsub d0, d1, d2
    {0x1e623820, 0x400000, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fsub d0, d1, d2
    {0x1e623820, 0x800000, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // fsub d0, d1, d2
    {0x1e623820, 0xc00000, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fsub d0, d1, d2
    {0x1e620820, 0, 0, 0x3ff8000000000000, 0x4004000000000000, 0, 0, 0x400e000000000000, 0, 0x5555555555555555, 0, 0},  // fmul d0, d1, d2
    {0x1e620820, 0, 0, 0x3fb999999999999a, 0x4008000000000000, 0, 0, 0x3fd3333333333334, 0, 0x5555555555555555, 0, 0x10},  // fmul d0, d1, d2
    {0x1e620820, 0, 0, 0x7ff0000000000000, 0xfff0000000000000, 0, 0, 0xfff0000000000000, 0, 0x5555555555555555, 0, 0},  // fmul d0, d1, d2
    {0x1e620820, 0, 0, 0, 0x8000000000000000, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // fmul d0, d1, d2
    {0x1e620820, 0, 0, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0},  // fmul d0, d1, d2
    {0x1e620820, 0, 0, 0x3ff0000000000000, 0x7ff0000000000001, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fmul d0, d1, d2
    {0x1e620820, 0, 0, 0x7ff8000000000001, 0x7ff0000000000001, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fmul d0, d1, d2
    {0x1e620820, 0, 0, 0xfff8000000000002, 0x4000000000000000, 0, 0, 0xfff8000000000002, 0, 0x5555555555555555, 0, 0},  // fmul d0, d1, d2
    {0x1e620820, 0, 0, 0x1, 0x3ff0000000000000, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fmul d0, d1, d2
    {0x1e620820, 0, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0, 0x7ff0000000000000, 0, 0x5555555555555555, 0, 0x14},  // fmul d0, d1, d2
    {0x1e620820, 0, 0, 0x10000000000000, 0x3fe0000000000000, 0, 0, 0x8000000000000, 0, 0x5555555555555555, 0, 0},  // fmul d0, d1, d2
    {0x1e620820, 0, 0, 0x3ff0000000000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fmul d0, d1, d2
    {0x1e620820, 0, 0, 0x7ff0000000000000, 0, 0, 0, 0x7ff8000000000000, 0, 0x5555555555555555, 0, 0x1},  // fmul d0, d1, d2
    {0x1e620820, 0x3000000, 0, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x7ff8000000000000, 0, 0x5555555555555555, 0, 0},  // fmul d0, d1, d2
    {0x1e620820, 0x3000000, 0, 0x1, 0x3ff0000000000000, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fmul d0, d1, d2
    {0x1e620820, 0x3000000, 0, 0x10000000000000, 0x3fe0000000000000, 0, 0, 0, 0, 0x5555555555555555, 0, 0x8},  // fmul d0, d1, d2
    {0x1e620820, 0x400000, 0, 0x3fb999999999999a, 0x4008000000000000, 0, 0, 0x3fd3333333333334, 0, 0x5555555555555555, 0, 0x10},  // fmul d0, d1, d2
    {0x1e620820, 0x800000, 0, 0x3fb999999999999a, 0x4008000000000000, 0, 0, 0x3fd3333333333333, 0, 0x5555555555555555, 0, 0x10},  // fmul d0, d1, d2
    {0x1e620820, 0xc00000, 0, 0x3fb999999999999a, 0x4008000000000000, 0, 0, 0x3fd3333333333333, 0, 0x5555555555555555, 0, 0x10},  // fmul d0, d1, d2
    {0x1e620820, 0x400000, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0, 0x7ff0000000000000, 0, 0x5555555555555555, 0, 0x14},  // fmul d0, d1, d2
    {0x1e620820, 0x800000, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0, 0x7fefffffffffffff, 0, 0x5555555555555555, 0, 0x14},  // fmul d0, d1, d2
    {0x1e620820, 0xc00000, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0, 0x7fefffffffffffff, 0, 0x5555555555555555, 0, 0x14},  // fmul d0, d1, d2
    {0x1e621820, 0, 0, 0x3ff8000000000000, 0x4004000000000000, 0, 0, 0x3fe3333333333333, 0, 0x5555555555555555, 0, 0x10},  // fdiv d0, d1, d2
    {0x1e621820, 0, 0, 0x3fb999999999999a, 0x4008000000000000, 0, 0, 0x3fa1111111111111, 0, 0x5555555555555555, 0, 0x10},  // fdiv d0, d1, d2
    {0x1e621820, 0, 0, 0x7ff0000000000000, 0xfff0000000000000, 0, 0, 0x7ff8000000000000, 0, 0x5555555555555555, 0, 0x1},  // fdiv d0, d1, d2
    {0x1e621820, 0, 0, 0, 0x8000000000000000, 0, 0, 0x7ff8000000000000, 0, 0x5555555555555555, 0, 0x1},  // fdiv d0, d1, d2
    {0x1e621820, 0, 0, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0},  // fdiv d0, d1, d2
    {0x1e621820, 0, 0, 0x3ff0000000000000, 0x7ff0000000000001, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fdiv d0, d1, d2
    {0x1e621820, 0, 0, 0x7ff8000000000001, 0x7ff0000000000001, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fdiv d0, d1, d2
    {0x1e621820, 0, 0, 0xfff8000000000002, 0x4000000000000000, 0, 0, 0xfff8000000000002, 0, 0x5555555555555555, 0, 0},  // fdiv d0, d1, d2
    {0x1e621820, 0, 0, 0x1, 0x3ff0000000000000, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fdiv d0, d1, d2
    {0x1e621820, 0, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fdiv d0, d1, d2
    {0x1e621820, 0, 0, 0x10000000000000, 0x3fe0000000000000, 0, 0, 0x20000000000000, 0, 0x5555555555555555, 0, 0},  // fdiv d0, d1, d2
    {0x1e621820, 0, 0, 0x3ff0000000000000, 0, 0, 0, 0x7ff0000000000000, 0, 0x5555555555555555, 0, 0x2},  // fdiv d0, d1, d2
    {0x1e621820, 0, 0, 0x7ff0000000000000, 0, 0, 0, 0x7ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fdiv d0, d1, d2
    {0x1e621820, 0x3000000, 0, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x7ff8000000000000, 0, 0x5555555555555555, 0, 0},  // fdiv d0, d1, d2
    {0x1e621820, 0x3000000, 0, 0x1, 0x3ff0000000000000, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fdiv d0, d1, d2
    {0x1e621820, 0x3000000, 0, 0x10000000000000, 0x3fe0000000000000, 0, 0, 0x20000000000000, 0, 0x5555555555555555, 0, 0},  // fdiv d0, d1, d2
    {0x1e621820, 0x400000, 0, 0x3fb999999999999a, 0x4008000000000000, 0, 0, 0x3fa1111111111112, 0, 0x5555555555555555, 0, 0x10},  // fdiv d0, d1, d2
    {0x1e621820, 0x800000, 0, 0x3fb999999999999a, 0x4008000000000000, 0, 0, 0x3fa1111111111111, 0, 0x5555555555555555, 0, 0x10},  // fdiv d0, d1, d2
    {0x1e621820, 0xc00000, 0, 0x3fb999999999999a, 0x4008000000000000, 0, 0, 0x3fa1111111111111, 0, 0x5555555555555555, 0, 0x10},  // fdiv d0, d1, d2
    {0x1e621820, 0x400000, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fdiv d0, d1, d2
    {0x1e621820, 0x800000, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fdiv d0, d1, d2
    {0x1e621820, 0xc00000, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fdiv d0, d1, d2
    {0x1e628820, 0, 0, 0x3ff8000000000000, 0x4004000000000000, 0, 0, 0xc00e000000000000, 0, 0x5555555555555555, 0, 0},  // fnmul d0, d1, d2
    {0x1e628820, 0, 0, 0x3fb999999999999a, 0x4008000000000000, 0, 0, 0xbfd3333333333334, 0, 0x5555555555555555, 0, 0x10},  // fnmul d0, d1, d2
    {0x1e628820, 0, 0, 0x7ff0000000000000, 0xfff0000000000000, 0, 0, 0x7ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fnmul d0, d1, d2
    {0x1e628820, 0, 0, 0, 0x8000000000000000, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fnmul d0, d1, d2
    {0x1e628820, 0, 0, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0xfff8000000000001, 0, 0x5555555555555555, 0, 0},  // fnmul d0, d1, d2
    {0x1e628820, 0, 0, 0x3ff0000000000000, 0x7ff0000000000001, 0, 0, 0xfff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fnmul d0, d1, d2
    {0x1e628820, 0, 0, 0x7ff8000000000001, 0x7ff0000000000001, 0, 0, 0xfff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fnmul d0, d1, d2
    {0x1e628820, 0, 0, 0xfff8000000000002, 0x4000000000000000, 0, 0, 0x7ff8000000000002, 0, 0x5555555555555555, 0, 0},  // fnmul d0, d1, d2
    {0x1e628820, 0, 0, 0x1, 0x3ff0000000000000, 0, 0, 0x8000000000000001, 0, 0x5555555555555555, 0, 0},  // fnmul d0, d1, d2
    {0x1e628820, 0, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0, 0xfff0000000000000, 0, 0x5555555555555555, 0, 0x14},  // fnmul d0, d1, d2
    {0x1e628820, 0, 0, 0x10000000000000, 0x3fe0000000000000, 0, 0, 0x8008000000000000, 0, 0x5555555555555555, 0, 0},  // fnmul d0, d1, d2
    {0x1e628820, 0, 0, 0x3ff0000000000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // fnmul d0, d1, d2
    {0x1e628820, 0, 0, 0x7ff0000000000000, 0, 0, 0, 0xfff8000000000000, 0, 0x5555555555555555, 0, 0x1},  // fnmul d0, d1, d2
    {0x1e628820, 0x3000000, 0, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0xfff8000000000000, 0, 0x5555555555555555, 0, 0},  // fnmul d0, d1, d2
    {0x1e628820, 0x3000000, 0, 0x1, 0x3ff0000000000000, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0x80},  // fnmul d0, d1, d2
    {0x1e628820, 0x3000000, 0, 0x10000000000000, 0x3fe0000000000000, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0x8},  // fnmul d0, d1, d2
    {0x1e628820, 0x400000, 0, 0x3fb999999999999a, 0x4008000000000000, 0, 0, 0xbfd3333333333334, 0, 0x5555555555555555, 0, 0x10},  // fnmul d0, d1, d2
    {0x1e628820, 0x800000, 0, 0x3fb999999999999a, 0x4008000000000000, 0, 0, 0xbfd3333333333333, 0, 0x5555555555555555, 0, 0x10},  // fnmul d0, d1, d2
    {0x1e628820, 0xc00000, 0, 0x3fb999999999999a, 0x4008000000000000, 0, 0, 0xbfd3333333333333, 0, 0x5555555555555555, 0, 0x10},  // fnmul d0, d1, d2
    {0x1e628820, 0x400000, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0, 0xfff0000000000000, 0, 0x5555555555555555, 0, 0x14},  // fnmul d0, d1, d2
    {0x1e628820, 0x800000, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0, 0xffefffffffffffff, 0, 0x5555555555555555, 0, 0x14},  // fnmul d0, d1, d2
    {0x1e628820, 0xc00000, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0, 0xffefffffffffffff, 0, 0x5555555555555555, 0, 0x14},  // fnmul d0, d1, d2
    {0x1e624820, 0, 0, 0x3ff8000000000000, 0xc004000000000000, 0, 0, 0x3ff8000000000000, 0, 0x5555555555555555, 0, 0},  // fmax d0, d1, d2
    {0x1e624820, 0, 0, 0, 0x8000000000000000, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fmax d0, d1, d2
    {0x1e624820, 0, 0, 0x8000000000000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fmax d0, d1, d2
    {0x1e624820, 0, 0, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0},  // fmax d0, d1, d2
    {0x1e624820, 0, 0, 0x3ff0000000000000, 0xfff8000000000002, 0, 0, 0xfff8000000000002, 0, 0x5555555555555555, 0, 0},  // fmax d0, d1, d2
    {0x1e624820, 0, 0, 0x7ff0000000000001, 0x3ff0000000000000, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fmax d0, d1, d2
    {0x1e624820, 0, 0, 0x7ff8000000000001, 0x7ff0000000000001, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fmax d0, d1, d2
    {0x1e624820, 0, 0, 0x1, 0, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fmax d0, d1, d2
    {0x1e624820, 0x3000000, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fmax d0, d1, d2
    {0x1e624820, 0x3000000, 0, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x7ff8000000000000, 0, 0x5555555555555555, 0, 0},  // fmax d0, d1, d2
    {0x1e625820, 0, 0, 0x3ff8000000000000, 0xc004000000000000, 0, 0, 0xc004000000000000, 0, 0x5555555555555555, 0, 0},  // fmin d0, d1, d2
    {0x1e625820, 0, 0, 0, 0x8000000000000000, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // fmin d0, d1, d2
    {0x1e625820, 0, 0, 0x8000000000000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // fmin d0, d1, d2
    {0x1e625820, 0, 0, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0},  // fmin d0, d1, d2
    {0x1e625820, 0, 0, 0x3ff0000000000000, 0xfff8000000000002, 0, 0, 0xfff8000000000002, 0, 0x5555555555555555, 0, 0},  // fmin d0, d1, d2
    {0x1e625820, 0, 0, 0x7ff0000000000001, 0x3ff0000000000000, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fmin d0, d1, d2
    {0x1e625820, 0, 0, 0x7ff8000000000001, 0x7ff0000000000001, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fmin d0, d1, d2
    {0x1e625820, 0, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fmin d0, d1, d2
    {0x1e625820, 0x3000000, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fmin d0, d1, d2
    {0x1e625820, 0x3000000, 0, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x7ff8000000000000, 0, 0x5555555555555555, 0, 0},  // fmin d0, d1, d2
    {0x1e626820, 0, 0, 0x3ff8000000000000, 0xc004000000000000, 0, 0, 0x3ff8000000000000, 0, 0x5555555555555555, 0, 0},  // fmaxnm d0, d1, d2
    {0x1e626820, 0, 0, 0, 0x8000000000000000, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fmaxnm d0, d1, d2
    {0x1e626820, 0, 0, 0x8000000000000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fmaxnm d0, d1, d2
    {0x1e626820, 0, 0, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fmaxnm d0, d1, d2
    {0x1e626820, 0, 0, 0x3ff0000000000000, 0xfff8000000000002, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fmaxnm d0, d1, d2
    {0x1e626820, 0, 0, 0x7ff0000000000001, 0x3ff0000000000000, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fmaxnm d0, d1, d2
    {0x1e626820, 0, 0, 0x7ff8000000000001, 0x7ff0000000000001, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fmaxnm d0, d1, d2
    {0x1e626820, 0, 0, 0x1, 0, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fmaxnm d0, d1, d2
    {0x1e626820, 0x3000000, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fmaxnm d0, d1, d2
    {0x1e626820, 0x3000000, 0, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fmaxnm d0, d1, d2
    {0x1e627820, 0, 0, 0x3ff8000000000000, 0xc004000000000000, 0, 0, 0xc004000000000000, 0, 0x5555555555555555, 0, 0},  // fminnm d0, d1, d2
    {0x1e627820, 0, 0, 0, 0x8000000000000000, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // fminnm d0, d1, d2
    {0x1e627820, 0, 0, 0x8000000000000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // fminnm d0, d1, d2
    {0x1e627820, 0, 0, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fminnm d0, d1, d2
    {0x1e627820, 0, 0, 0x3ff0000000000000, 0xfff8000000000002, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fminnm d0, d1, d2
    {0x1e627820, 0, 0, 0x7ff0000000000001, 0x3ff0000000000000, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fminnm d0, d1, d2
    {0x1e627820, 0, 0, 0x7ff8000000000001, 0x7ff0000000000001, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fminnm d0, d1, d2
    {0x1e627820, 0, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fminnm d0, d1, d2
    {0x1e627820, 0x3000000, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fminnm d0, d1, d2
    {0x1e627820, 0x3000000, 0, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fminnm d0, d1, d2
};

const FpVector kDp1[] = {
    {0x1e204020, 0, 0, 0xc0200000, 0, 0, 0, 0xc0200000, 0, 0x5555555555555555, 0, 0},  // fmov s0, s1
    {0x1e204020, 0, 0, 0x80000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // fmov s0, s1
    {0x1e204020, 0, 0, 0x7f800001, 0, 0, 0, 0x7f800001, 0, 0x5555555555555555, 0, 0},  // fmov s0, s1
    {0x1e204020, 0, 0, 0xffc00002, 0, 0, 0, 0xffc00002, 0, 0x5555555555555555, 0, 0},  // fmov s0, s1
    {0x1e204020, 0, 0, 0x1, 0, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fmov s0, s1
    {0x1e204020, 0x3000000, 0, 0x1, 0, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fmov s0, s1
    {0x1e204020, 0x3000000, 0, 0x7f800001, 0, 0, 0, 0x7f800001, 0, 0x5555555555555555, 0, 0},  // fmov s0, s1
    {0x1e20c020, 0, 0, 0xc0200000, 0, 0, 0, 0x40200000, 0, 0x5555555555555555, 0, 0},  // fabs s0, s1
    {0x1e20c020, 0, 0, 0x80000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fabs s0, s1
    {0x1e20c020, 0, 0, 0x7f800001, 0, 0, 0, 0x7f800001, 0, 0x5555555555555555, 0, 0},  // fabs s0, s1
    {0x1e20c020, 0, 0, 0xffc00002, 0, 0, 0, 0x7fc00002, 0, 0x5555555555555555, 0, 0},  // fabs s0, s1
    {0x1e20c020, 0, 0, 0x1, 0, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fabs s0, s1
    {0x1e20c020, 0x3000000, 0, 0x1, 0, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fabs s0, s1
    {0x1e20c020, 0x3000000, 0, 0x7f800001, 0, 0, 0, 0x7f800001, 0, 0x5555555555555555, 0, 0},  // fabs s0, s1
    {0x1e214020, 0, 0, 0xc0200000, 0, 0, 0, 0x40200000, 0, 0x5555555555555555, 0, 0},  // fneg s0, s1
    {0x1e214020, 0, 0, 0x80000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fneg s0, s1
    {0x1e214020, 0, 0, 0x7f800001, 0, 0, 0, 0xff800001, 0, 0x5555555555555555, 0, 0},  // fneg s0, s1
    {0x1e214020, 0, 0, 0xffc00002, 0, 0, 0, 0x7fc00002, 0, 0x5555555555555555, 0, 0},  // fneg s0, s1
    {0x1e214020, 0, 0, 0x1, 0, 0, 0, 0x80000001, 0, 0x5555555555555555, 0, 0},  // fneg s0, s1
    {0x1e214020, 0x3000000, 0, 0x1, 0, 0, 0, 0x80000001, 0, 0x5555555555555555, 0, 0},  // fneg s0, s1
    {0x1e214020, 0x3000000, 0, 0x7f800001, 0, 0, 0, 0xff800001, 0, 0x5555555555555555, 0, 0},  // fneg s0, s1
    {0x1e21c020, 0, 0, 0x40800000, 0, 0, 0, 0x40000000, 0, 0x5555555555555555, 0, 0},  // fsqrt s0, s1
    {0x1e21c020, 0, 0, 0x40000000, 0, 0, 0, 0x3fb504f3, 0, 0x5555555555555555, 0, 0x10},  // fsqrt s0, s1
    {0x1e21c020, 0, 0, 0xbf800000, 0, 0, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0x1},  // fsqrt s0, s1
    {0x1e21c020, 0, 0, 0x80000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // fsqrt s0, s1
    {0x1e21c020, 0, 0, 0x7f800001, 0, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fsqrt s0, s1
    {0x1e21c020, 0, 0, 0x1, 0, 0, 0, 0x1a3504f3, 0, 0x5555555555555555, 0, 0x10},  // fsqrt s0, s1
    {0x1e21c020, 0, 0, 0x7f800000, 0, 0, 0, 0x7f800000, 0, 0x5555555555555555, 0, 0},  // fsqrt s0, s1
    {0x1e21c020, 0, 0, 0x3dcccccd, 0, 0, 0, 0x3ea1e89b, 0, 0x5555555555555555, 0, 0x10},  // fsqrt s0, s1
    {0x1e21c020, 0x400000, 0, 0x40000000, 0, 0, 0, 0x3fb504f4, 0, 0x5555555555555555, 0, 0x10},  // fsqrt s0, s1
    {0x1e21c020, 0x800000, 0, 0x40000000, 0, 0, 0, 0x3fb504f3, 0, 0x5555555555555555, 0, 0x10},  // fsqrt s0, s1
    {0x1e21c020, 0x3000000, 0, 0x40000000, 0, 0, 0, 0x3fb504f3, 0, 0x5555555555555555, 0, 0x10},  // fsqrt s0, s1
    {0x1e21c020, 0x1000000, 0, 0x400000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fsqrt s0, s1
    {0x1e244020, 0, 0, 0x40200000, 0, 0, 0, 0x40000000, 0, 0x5555555555555555, 0, 0},  // frintn s0, s1
    {0x1e244020, 0, 0, 0xc0200000, 0, 0, 0, 0xc0000000, 0, 0x5555555555555555, 0, 0},  // frintn s0, s1
    {0x1e244020, 0, 0, 0x3f000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frintn s0, s1
    {0x1e244020, 0, 0, 0xbf000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // frintn s0, s1
    {0x1e244020, 0, 0, 0x3fc00000, 0, 0, 0, 0x40000000, 0, 0x5555555555555555, 0, 0},  // frintn s0, s1
    {0x1e244020, 0, 0, 0x80000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // frintn s0, s1
    {0x1e244020, 0, 0, 0x7fc00001, 0, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0},  // frintn s0, s1
    {0x1e244020, 0, 0, 0x7f800001, 0, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // frintn s0, s1
    {0x1e244020, 0, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frintn s0, s1
    {0x1e244020, 0, 0, 0x3dcccccd, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frintn s0, s1
    {0x1e244020, 0, 0, 0x7f7fffff, 0, 0, 0, 0x7f7fffff, 0, 0x5555555555555555, 0, 0},  // frintn s0, s1
    {0x1e244020, 0x3000000, 0, 0xbf000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // frintn s0, s1
    {0x1e244020, 0x1000000, 0, 0x400000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // frintn s0, s1
    {0x1e24c020, 0, 0, 0x40200000, 0, 0, 0, 0x40400000, 0, 0x5555555555555555, 0, 0},  // frintp s0, s1
    {0x1e24c020, 0, 0, 0xc0200000, 0, 0, 0, 0xc0000000, 0, 0x5555555555555555, 0, 0},  // frintp s0, s1
    {0x1e24c020, 0, 0, 0x3f000000, 0, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // frintp s0, s1
    {0x1e24c020, 0, 0, 0xbf000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // frintp s0, s1
    {0x1e24c020, 0, 0, 0x3fc00000, 0, 0, 0, 0x40000000, 0, 0x5555555555555555, 0, 0},  // frintp s0, s1
    {0x1e24c020, 0, 0, 0x80000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // frintp s0, s1
    {0x1e24c020, 0, 0, 0x7fc00001, 0, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0},  // frintp s0, s1
    {0x1e24c020, 0, 0, 0x7f800001, 0, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // frintp s0, s1
    {0x1e24c020, 0, 0, 0x1, 0, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // frintp s0, s1
    {0x1e24c020, 0, 0, 0x3dcccccd, 0, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // frintp s0, s1
    {0x1e24c020, 0, 0, 0x7f7fffff, 0, 0, 0, 0x7f7fffff, 0, 0x5555555555555555, 0, 0},  // frintp s0, s1
    {0x1e24c020, 0x3000000, 0, 0xbf000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // frintp s0, s1
    {0x1e24c020, 0x1000000, 0, 0x400000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // frintp s0, s1
    {0x1e254020, 0, 0, 0x40200000, 0, 0, 0, 0x40000000, 0, 0x5555555555555555, 0, 0},  // frintm s0, s1
    {0x1e254020, 0, 0, 0xc0200000, 0, 0, 0, 0xc0400000, 0, 0x5555555555555555, 0, 0},  // frintm s0, s1
    {0x1e254020, 0, 0, 0x3f000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frintm s0, s1
    {0x1e254020, 0, 0, 0xbf000000, 0, 0, 0, 0xbf800000, 0, 0x5555555555555555, 0, 0},  // frintm s0, s1
    {0x1e254020, 0, 0, 0x3fc00000, 0, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // frintm s0, s1
    {0x1e254020, 0, 0, 0x80000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // frintm s0, s1
    {0x1e254020, 0, 0, 0x7fc00001, 0, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0},  // frintm s0, s1
    {0x1e254020, 0, 0, 0x7f800001, 0, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // frintm s0, s1
    {0x1e254020, 0, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frintm s0, s1
    {0x1e254020, 0, 0, 0x3dcccccd, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frintm s0, s1
    {0x1e254020, 0, 0, 0x7f7fffff, 0, 0, 0, 0x7f7fffff, 0, 0x5555555555555555, 0, 0},  // frintm s0, s1
    {0x1e254020, 0x3000000, 0, 0xbf000000, 0, 0, 0, 0xbf800000, 0, 0x5555555555555555, 0, 0},  // frintm s0, s1
    {0x1e254020, 0x1000000, 0, 0x400000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // frintm s0, s1
    {0x1e25c020, 0, 0, 0x40200000, 0, 0, 0, 0x40000000, 0, 0x5555555555555555, 0, 0},  // frintz s0, s1
    {0x1e25c020, 0, 0, 0xc0200000, 0, 0, 0, 0xc0000000, 0, 0x5555555555555555, 0, 0},  // frintz s0, s1
    {0x1e25c020, 0, 0, 0x3f000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frintz s0, s1
    {0x1e25c020, 0, 0, 0xbf000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // frintz s0, s1
    {0x1e25c020, 0, 0, 0x3fc00000, 0, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // frintz s0, s1
    {0x1e25c020, 0, 0, 0x80000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // frintz s0, s1
    {0x1e25c020, 0, 0, 0x7fc00001, 0, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0},  // frintz s0, s1
    {0x1e25c020, 0, 0, 0x7f800001, 0, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // frintz s0, s1
    {0x1e25c020, 0, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frintz s0, s1
    {0x1e25c020, 0, 0, 0x3dcccccd, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frintz s0, s1
    {0x1e25c020, 0, 0, 0x7f7fffff, 0, 0, 0, 0x7f7fffff, 0, 0x5555555555555555, 0, 0},  // frintz s0, s1
    {0x1e25c020, 0x3000000, 0, 0xbf000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // frintz s0, s1
    {0x1e25c020, 0x1000000, 0, 0x400000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // frintz s0, s1
    {0x1e264020, 0, 0, 0x40200000, 0, 0, 0, 0x40400000, 0, 0x5555555555555555, 0, 0},  // frinta s0, s1
    {0x1e264020, 0, 0, 0xc0200000, 0, 0, 0, 0xc0400000, 0, 0x5555555555555555, 0, 0},  // frinta s0, s1
    {0x1e264020, 0, 0, 0x3f000000, 0, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // frinta s0, s1
    {0x1e264020, 0, 0, 0xbf000000, 0, 0, 0, 0xbf800000, 0, 0x5555555555555555, 0, 0},  // frinta s0, s1
    {0x1e264020, 0, 0, 0x3fc00000, 0, 0, 0, 0x40000000, 0, 0x5555555555555555, 0, 0},  // frinta s0, s1
    {0x1e264020, 0, 0, 0x80000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // frinta s0, s1
    {0x1e264020, 0, 0, 0x7fc00001, 0, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0},  // frinta s0, s1
    {0x1e264020, 0, 0, 0x7f800001, 0, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // frinta s0, s1
    {0x1e264020, 0, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frinta s0, s1
    {0x1e264020, 0, 0, 0x3dcccccd, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frinta s0, s1
    {0x1e264020, 0, 0, 0x7f7fffff, 0, 0, 0, 0x7f7fffff, 0, 0x5555555555555555, 0, 0},  // frinta s0, s1
    {0x1e264020, 0x3000000, 0, 0xbf000000, 0, 0, 0, 0xbf800000, 0, 0x5555555555555555, 0, 0},  // frinta s0, s1
    {0x1e264020, 0x1000000, 0, 0x400000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // frinta s0, s1
    {0x1e274020, 0, 0, 0x40200000, 0, 0, 0, 0x40000000, 0, 0x5555555555555555, 0, 0x10},  // frintx s0, s1
    {0x1e274020, 0, 0, 0xc0200000, 0, 0, 0, 0xc0000000, 0, 0x5555555555555555, 0, 0x10},  // frintx s0, s1
    {0x1e274020, 0, 0, 0x3f000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x10},  // frintx s0, s1
    {0x1e274020, 0, 0, 0xbf000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0x10},  // frintx s0, s1
    {0x1e274020, 0, 0, 0x3fc00000, 0, 0, 0, 0x40000000, 0, 0x5555555555555555, 0, 0x10},  // frintx s0, s1
    {0x1e274020, 0, 0, 0x80000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // frintx s0, s1
    {0x1e274020, 0, 0, 0x7fc00001, 0, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0},  // frintx s0, s1
    {0x1e274020, 0, 0, 0x7f800001, 0, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // frintx s0, s1
    {0x1e274020, 0, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x10},  // frintx s0, s1
    {0x1e274020, 0, 0, 0x3dcccccd, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x10},  // frintx s0, s1
    {0x1e274020, 0, 0, 0x7f7fffff, 0, 0, 0, 0x7f7fffff, 0, 0x5555555555555555, 0, 0},  // frintx s0, s1
    {0x1e274020, 0x3000000, 0, 0xbf000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0x10},  // frintx s0, s1
    {0x1e274020, 0x1000000, 0, 0x400000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // frintx s0, s1
    {0x1e27c020, 0, 0, 0x40200000, 0, 0, 0, 0x40000000, 0, 0x5555555555555555, 0, 0},  // frinti s0, s1
    {0x1e27c020, 0, 0, 0xc0200000, 0, 0, 0, 0xc0000000, 0, 0x5555555555555555, 0, 0},  // frinti s0, s1
    {0x1e27c020, 0, 0, 0x3f000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frinti s0, s1
    {0x1e27c020, 0, 0, 0xbf000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // frinti s0, s1
    {0x1e27c020, 0, 0, 0x3fc00000, 0, 0, 0, 0x40000000, 0, 0x5555555555555555, 0, 0},  // frinti s0, s1
    {0x1e27c020, 0, 0, 0x80000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // frinti s0, s1
    {0x1e27c020, 0, 0, 0x7fc00001, 0, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0},  // frinti s0, s1
    {0x1e27c020, 0, 0, 0x7f800001, 0, 0, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // frinti s0, s1
    {0x1e27c020, 0, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frinti s0, s1
    {0x1e27c020, 0, 0, 0x3dcccccd, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frinti s0, s1
    {0x1e27c020, 0, 0, 0x7f7fffff, 0, 0, 0, 0x7f7fffff, 0, 0x5555555555555555, 0, 0},  // frinti s0, s1
    {0x1e27c020, 0x3000000, 0, 0xbf000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // frinti s0, s1
    {0x1e27c020, 0x1000000, 0, 0x400000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // frinti s0, s1
    {0x1e274020, 0x400000, 0, 0x40200000, 0, 0, 0, 0x40400000, 0, 0x5555555555555555, 0, 0x10},  // frintx s0, s1
    {0x1e274020, 0x800000, 0, 0x40200000, 0, 0, 0, 0x40000000, 0, 0x5555555555555555, 0, 0x10},  // frintx s0, s1
    {0x1e274020, 0xc00000, 0, 0x40200000, 0, 0, 0, 0x40000000, 0, 0x5555555555555555, 0, 0x10},  // frintx s0, s1
    {0x1e274020, 0x400000, 0, 0xc0200000, 0, 0, 0, 0xc0000000, 0, 0x5555555555555555, 0, 0x10},  // frintx s0, s1
    {0x1e274020, 0x800000, 0, 0xc0200000, 0, 0, 0, 0xc0400000, 0, 0x5555555555555555, 0, 0x10},  // frintx s0, s1
    {0x1e274020, 0xc00000, 0, 0xc0200000, 0, 0, 0, 0xc0000000, 0, 0x5555555555555555, 0, 0x10},  // frintx s0, s1
    {0x1e274020, 0x400000, 0, 0x3dcccccd, 0, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0x10},  // frintx s0, s1
    {0x1e274020, 0x800000, 0, 0x3dcccccd, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x10},  // frintx s0, s1
    {0x1e274020, 0xc00000, 0, 0x3dcccccd, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x10},  // frintx s0, s1
    {0x1e27c020, 0x400000, 0, 0x40200000, 0, 0, 0, 0x40400000, 0, 0x5555555555555555, 0, 0},  // frinti s0, s1
    {0x1e27c020, 0x800000, 0, 0x40200000, 0, 0, 0, 0x40000000, 0, 0x5555555555555555, 0, 0},  // frinti s0, s1
    {0x1e27c020, 0xc00000, 0, 0x40200000, 0, 0, 0, 0x40000000, 0, 0x5555555555555555, 0, 0},  // frinti s0, s1
    {0x1e27c020, 0x400000, 0, 0xc0200000, 0, 0, 0, 0xc0000000, 0, 0x5555555555555555, 0, 0},  // frinti s0, s1
    {0x1e27c020, 0x800000, 0, 0xc0200000, 0, 0, 0, 0xc0400000, 0, 0x5555555555555555, 0, 0},  // frinti s0, s1
    {0x1e27c020, 0xc00000, 0, 0xc0200000, 0, 0, 0, 0xc0000000, 0, 0x5555555555555555, 0, 0},  // frinti s0, s1
    {0x1e27c020, 0x400000, 0, 0x3dcccccd, 0, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // frinti s0, s1
    {0x1e27c020, 0x800000, 0, 0x3dcccccd, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frinti s0, s1
    {0x1e27c020, 0xc00000, 0, 0x3dcccccd, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frinti s0, s1
    {0x1e604020, 0, 0, 0xc004000000000000, 0, 0, 0, 0xc004000000000000, 0, 0x5555555555555555, 0, 0},  // fmov d0, d1
    {0x1e604020, 0, 0, 0x8000000000000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // fmov d0, d1
    {0x1e604020, 0, 0, 0x7ff0000000000001, 0, 0, 0, 0x7ff0000000000001, 0, 0x5555555555555555, 0, 0},  // fmov d0, d1
    {0x1e604020, 0, 0, 0xfff8000000000002, 0, 0, 0, 0xfff8000000000002, 0, 0x5555555555555555, 0, 0},  // fmov d0, d1
    {0x1e604020, 0, 0, 0x1, 0, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fmov d0, d1
    {0x1e604020, 0x3000000, 0, 0x1, 0, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fmov d0, d1
    {0x1e604020, 0x3000000, 0, 0x7ff0000000000001, 0, 0, 0, 0x7ff0000000000001, 0, 0x5555555555555555, 0, 0},  // fmov d0, d1
    {0x1e60c020, 0, 0, 0xc004000000000000, 0, 0, 0, 0x4004000000000000, 0, 0x5555555555555555, 0, 0},  // fabs d0, d1
    {0x1e60c020, 0, 0, 0x8000000000000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fabs d0, d1
    {0x1e60c020, 0, 0, 0x7ff0000000000001, 0, 0, 0, 0x7ff0000000000001, 0, 0x5555555555555555, 0, 0},  // fabs d0, d1
    {0x1e60c020, 0, 0, 0xfff8000000000002, 0, 0, 0, 0x7ff8000000000002, 0, 0x5555555555555555, 0, 0},  // fabs d0, d1
    {0x1e60c020, 0, 0, 0x1, 0, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fabs d0, d1
    {0x1e60c020, 0x3000000, 0, 0x1, 0, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fabs d0, d1
    {0x1e60c020, 0x3000000, 0, 0x7ff0000000000001, 0, 0, 0, 0x7ff0000000000001, 0, 0x5555555555555555, 0, 0},  // fabs d0, d1
    {0x1e614020, 0, 0, 0xc004000000000000, 0, 0, 0, 0x4004000000000000, 0, 0x5555555555555555, 0, 0},  // fneg d0, d1
    {0x1e614020, 0, 0, 0x8000000000000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // fneg d0, d1
    {0x1e614020, 0, 0, 0x7ff0000000000001, 0, 0, 0, 0xfff0000000000001, 0, 0x5555555555555555, 0, 0},  // fneg d0, d1
    {0x1e614020, 0, 0, 0xfff8000000000002, 0, 0, 0, 0x7ff8000000000002, 0, 0x5555555555555555, 0, 0},  // fneg d0, d1
    {0x1e614020, 0, 0, 0x1, 0, 0, 0, 0x8000000000000001, 0, 0x5555555555555555, 0, 0},  // fneg d0, d1
    {0x1e614020, 0x3000000, 0, 0x1, 0, 0, 0, 0x8000000000000001, 0, 0x5555555555555555, 0, 0},  // fneg d0, d1
    {0x1e614020, 0x3000000, 0, 0x7ff0000000000001, 0, 0, 0, 0xfff0000000000001, 0, 0x5555555555555555, 0, 0},  // fneg d0, d1
    {0x1e61c020, 0, 0, 0x4010000000000000, 0, 0, 0, 0x4000000000000000, 0, 0x5555555555555555, 0, 0},  // fsqrt d0, d1
    {0x1e61c020, 0, 0, 0x4000000000000000, 0, 0, 0, 0x3ff6a09e667f3bcd, 0, 0x5555555555555555, 0, 0x10},  // fsqrt d0, d1
    {0x1e61c020, 0, 0, 0xbff0000000000000, 0, 0, 0, 0x7ff8000000000000, 0, 0x5555555555555555, 0, 0x1},  // fsqrt d0, d1
    {0x1e61c020, 0, 0, 0x8000000000000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // fsqrt d0, d1
    {0x1e61c020, 0, 0, 0x7ff0000000000001, 0, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fsqrt d0, d1
    {0x1e61c020, 0, 0, 0x1, 0, 0, 0, 0x1e60000000000000, 0, 0x5555555555555555, 0, 0},  // fsqrt d0, d1
    {0x1e61c020, 0, 0, 0x7ff0000000000000, 0, 0, 0, 0x7ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fsqrt d0, d1
    {0x1e61c020, 0, 0, 0x3fb999999999999a, 0, 0, 0, 0x3fd43d136248490f, 0, 0x5555555555555555, 0, 0x10},  // fsqrt d0, d1
    {0x1e61c020, 0x400000, 0, 0x4000000000000000, 0, 0, 0, 0x3ff6a09e667f3bcd, 0, 0x5555555555555555, 0, 0x10},  // fsqrt d0, d1
    {0x1e61c020, 0x800000, 0, 0x4000000000000000, 0, 0, 0, 0x3ff6a09e667f3bcc, 0, 0x5555555555555555, 0, 0x10},  // fsqrt d0, d1
    {0x1e61c020, 0x3000000, 0, 0x4000000000000000, 0, 0, 0, 0x3ff6a09e667f3bcd, 0, 0x5555555555555555, 0, 0x10},  // fsqrt d0, d1
    {0x1e61c020, 0x1000000, 0, 0x8000000000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fsqrt d0, d1
    {0x1e644020, 0, 0, 0x4004000000000000, 0, 0, 0, 0x4000000000000000, 0, 0x5555555555555555, 0, 0},  // frintn d0, d1
    {0x1e644020, 0, 0, 0xc004000000000000, 0, 0, 0, 0xc000000000000000, 0, 0x5555555555555555, 0, 0},  // frintn d0, d1
    {0x1e644020, 0, 0, 0x3fe0000000000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frintn d0, d1
    {0x1e644020, 0, 0, 0xbfe0000000000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // frintn d0, d1
    {0x1e644020, 0, 0, 0x3ff8000000000000, 0, 0, 0, 0x4000000000000000, 0, 0x5555555555555555, 0, 0},  // frintn d0, d1
    {0x1e644020, 0, 0, 0x8000000000000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // frintn d0, d1
    {0x1e644020, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0},  // frintn d0, d1
    {0x1e644020, 0, 0, 0x7ff0000000000001, 0, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // frintn d0, d1
    {0x1e644020, 0, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frintn d0, d1
    {0x1e644020, 0, 0, 0x3fb999999999999a, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frintn d0, d1
    {0x1e644020, 0, 0, 0x7fefffffffffffff, 0, 0, 0, 0x7fefffffffffffff, 0, 0x5555555555555555, 0, 0},  // frintn d0, d1
    {0x1e644020, 0x3000000, 0, 0xbfe0000000000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // frintn d0, d1
    {0x1e644020, 0x1000000, 0, 0x8000000000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // frintn d0, d1
    {0x1e64c020, 0, 0, 0x4004000000000000, 0, 0, 0, 0x4008000000000000, 0, 0x5555555555555555, 0, 0},  // frintp d0, d1
    {0x1e64c020, 0, 0, 0xc004000000000000, 0, 0, 0, 0xc000000000000000, 0, 0x5555555555555555, 0, 0},  // frintp d0, d1
    {0x1e64c020, 0, 0, 0x3fe0000000000000, 0, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // frintp d0, d1
    {0x1e64c020, 0, 0, 0xbfe0000000000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // frintp d0, d1
    {0x1e64c020, 0, 0, 0x3ff8000000000000, 0, 0, 0, 0x4000000000000000, 0, 0x5555555555555555, 0, 0},  // frintp d0, d1
    {0x1e64c020, 0, 0, 0x8000000000000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // frintp d0, d1
    {0x1e64c020, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0},  // frintp d0, d1
    {0x1e64c020, 0, 0, 0x7ff0000000000001, 0, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // frintp d0, d1
    {0x1e64c020, 0, 0, 0x1, 0, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // frintp d0, d1
    {0x1e64c020, 0, 0, 0x3fb999999999999a, 0, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // frintp d0, d1
    {0x1e64c020, 0, 0, 0x7fefffffffffffff, 0, 0, 0, 0x7fefffffffffffff, 0, 0x5555555555555555, 0, 0},  // frintp d0, d1
    {0x1e64c020, 0x3000000, 0, 0xbfe0000000000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // frintp d0, d1
    {0x1e64c020, 0x1000000, 0, 0x8000000000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // frintp d0, d1
    {0x1e654020, 0, 0, 0x4004000000000000, 0, 0, 0, 0x4000000000000000, 0, 0x5555555555555555, 0, 0},  // frintm d0, d1
    {0x1e654020, 0, 0, 0xc004000000000000, 0, 0, 0, 0xc008000000000000, 0, 0x5555555555555555, 0, 0},  // frintm d0, d1
    {0x1e654020, 0, 0, 0x3fe0000000000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frintm d0, d1
    {0x1e654020, 0, 0, 0xbfe0000000000000, 0, 0, 0, 0xbff0000000000000, 0, 0x5555555555555555, 0, 0},  // frintm d0, d1
    {0x1e654020, 0, 0, 0x3ff8000000000000, 0, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // frintm d0, d1
    {0x1e654020, 0, 0, 0x8000000000000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // frintm d0, d1
    {0x1e654020, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0},  // frintm d0, d1
    {0x1e654020, 0, 0, 0x7ff0000000000001, 0, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // frintm d0, d1
    {0x1e654020, 0, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frintm d0, d1
    {0x1e654020, 0, 0, 0x3fb999999999999a, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frintm d0, d1
    {0x1e654020, 0, 0, 0x7fefffffffffffff, 0, 0, 0, 0x7fefffffffffffff, 0, 0x5555555555555555, 0, 0},  // frintm d0, d1
    {0x1e654020, 0x3000000, 0, 0xbfe0000000000000, 0, 0, 0, 0xbff0000000000000, 0, 0x5555555555555555, 0, 0},  // frintm d0, d1
    {0x1e654020, 0x1000000, 0, 0x8000000000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // frintm d0, d1
    {0x1e65c020, 0, 0, 0x4004000000000000, 0, 0, 0, 0x4000000000000000, 0, 0x5555555555555555, 0, 0},  // frintz d0, d1
    {0x1e65c020, 0, 0, 0xc004000000000000, 0, 0, 0, 0xc000000000000000, 0, 0x5555555555555555, 0, 0},  // frintz d0, d1
    {0x1e65c020, 0, 0, 0x3fe0000000000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frintz d0, d1
    {0x1e65c020, 0, 0, 0xbfe0000000000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // frintz d0, d1
    {0x1e65c020, 0, 0, 0x3ff8000000000000, 0, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // frintz d0, d1
    {0x1e65c020, 0, 0, 0x8000000000000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // frintz d0, d1
    {0x1e65c020, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0},  // frintz d0, d1
    {0x1e65c020, 0, 0, 0x7ff0000000000001, 0, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // frintz d0, d1
    {0x1e65c020, 0, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frintz d0, d1
    {0x1e65c020, 0, 0, 0x3fb999999999999a, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frintz d0, d1
    {0x1e65c020, 0, 0, 0x7fefffffffffffff, 0, 0, 0, 0x7fefffffffffffff, 0, 0x5555555555555555, 0, 0},  // frintz d0, d1
    {0x1e65c020, 0x3000000, 0, 0xbfe0000000000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // frintz d0, d1
    {0x1e65c020, 0x1000000, 0, 0x8000000000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // frintz d0, d1
    {0x1e664020, 0, 0, 0x4004000000000000, 0, 0, 0, 0x4008000000000000, 0, 0x5555555555555555, 0, 0},  // frinta d0, d1
    {0x1e664020, 0, 0, 0xc004000000000000, 0, 0, 0, 0xc008000000000000, 0, 0x5555555555555555, 0, 0},  // frinta d0, d1
    {0x1e664020, 0, 0, 0x3fe0000000000000, 0, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // frinta d0, d1
    {0x1e664020, 0, 0, 0xbfe0000000000000, 0, 0, 0, 0xbff0000000000000, 0, 0x5555555555555555, 0, 0},  // frinta d0, d1
    {0x1e664020, 0, 0, 0x3ff8000000000000, 0, 0, 0, 0x4000000000000000, 0, 0x5555555555555555, 0, 0},  // frinta d0, d1
    {0x1e664020, 0, 0, 0x8000000000000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // frinta d0, d1
    {0x1e664020, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0},  // frinta d0, d1
    {0x1e664020, 0, 0, 0x7ff0000000000001, 0, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // frinta d0, d1
    {0x1e664020, 0, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frinta d0, d1
    {0x1e664020, 0, 0, 0x3fb999999999999a, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frinta d0, d1
    {0x1e664020, 0, 0, 0x7fefffffffffffff, 0, 0, 0, 0x7fefffffffffffff, 0, 0x5555555555555555, 0, 0},  // frinta d0, d1
    {0x1e664020, 0x3000000, 0, 0xbfe0000000000000, 0, 0, 0, 0xbff0000000000000, 0, 0x5555555555555555, 0, 0},  // frinta d0, d1
    {0x1e664020, 0x1000000, 0, 0x8000000000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // frinta d0, d1
    {0x1e674020, 0, 0, 0x4004000000000000, 0, 0, 0, 0x4000000000000000, 0, 0x5555555555555555, 0, 0x10},  // frintx d0, d1
    {0x1e674020, 0, 0, 0xc004000000000000, 0, 0, 0, 0xc000000000000000, 0, 0x5555555555555555, 0, 0x10},  // frintx d0, d1
    {0x1e674020, 0, 0, 0x3fe0000000000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x10},  // frintx d0, d1
    {0x1e674020, 0, 0, 0xbfe0000000000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0x10},  // frintx d0, d1
    {0x1e674020, 0, 0, 0x3ff8000000000000, 0, 0, 0, 0x4000000000000000, 0, 0x5555555555555555, 0, 0x10},  // frintx d0, d1
    {0x1e674020, 0, 0, 0x8000000000000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // frintx d0, d1
    {0x1e674020, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0},  // frintx d0, d1
    {0x1e674020, 0, 0, 0x7ff0000000000001, 0, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // frintx d0, d1
    {0x1e674020, 0, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x10},  // frintx d0, d1
    {0x1e674020, 0, 0, 0x3fb999999999999a, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x10},  // frintx d0, d1
    {0x1e674020, 0, 0, 0x7fefffffffffffff, 0, 0, 0, 0x7fefffffffffffff, 0, 0x5555555555555555, 0, 0},  // frintx d0, d1
    {0x1e674020, 0x3000000, 0, 0xbfe0000000000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0x10},  // frintx d0, d1
    {0x1e674020, 0x1000000, 0, 0x8000000000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // frintx d0, d1
    {0x1e67c020, 0, 0, 0x4004000000000000, 0, 0, 0, 0x4000000000000000, 0, 0x5555555555555555, 0, 0},  // frinti d0, d1
    {0x1e67c020, 0, 0, 0xc004000000000000, 0, 0, 0, 0xc000000000000000, 0, 0x5555555555555555, 0, 0},  // frinti d0, d1
    {0x1e67c020, 0, 0, 0x3fe0000000000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frinti d0, d1
    {0x1e67c020, 0, 0, 0xbfe0000000000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // frinti d0, d1
    {0x1e67c020, 0, 0, 0x3ff8000000000000, 0, 0, 0, 0x4000000000000000, 0, 0x5555555555555555, 0, 0},  // frinti d0, d1
    {0x1e67c020, 0, 0, 0x8000000000000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // frinti d0, d1
    {0x1e67c020, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0},  // frinti d0, d1
    {0x1e67c020, 0, 0, 0x7ff0000000000001, 0, 0, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // frinti d0, d1
    {0x1e67c020, 0, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frinti d0, d1
    {0x1e67c020, 0, 0, 0x3fb999999999999a, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frinti d0, d1
    {0x1e67c020, 0, 0, 0x7fefffffffffffff, 0, 0, 0, 0x7fefffffffffffff, 0, 0x5555555555555555, 0, 0},  // frinti d0, d1
    {0x1e67c020, 0x3000000, 0, 0xbfe0000000000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // frinti d0, d1
    {0x1e67c020, 0x1000000, 0, 0x8000000000000, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // frinti d0, d1
    {0x1e674020, 0x400000, 0, 0x4004000000000000, 0, 0, 0, 0x4008000000000000, 0, 0x5555555555555555, 0, 0x10},  // frintx d0, d1
    {0x1e674020, 0x800000, 0, 0x4004000000000000, 0, 0, 0, 0x4000000000000000, 0, 0x5555555555555555, 0, 0x10},  // frintx d0, d1
    {0x1e674020, 0xc00000, 0, 0x4004000000000000, 0, 0, 0, 0x4000000000000000, 0, 0x5555555555555555, 0, 0x10},  // frintx d0, d1
    {0x1e674020, 0x400000, 0, 0xc004000000000000, 0, 0, 0, 0xc000000000000000, 0, 0x5555555555555555, 0, 0x10},  // frintx d0, d1
    {0x1e674020, 0x800000, 0, 0xc004000000000000, 0, 0, 0, 0xc008000000000000, 0, 0x5555555555555555, 0, 0x10},  // frintx d0, d1
    {0x1e674020, 0xc00000, 0, 0xc004000000000000, 0, 0, 0, 0xc000000000000000, 0, 0x5555555555555555, 0, 0x10},  // frintx d0, d1
    {0x1e674020, 0x400000, 0, 0x3fb999999999999a, 0, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0x10},  // frintx d0, d1
    {0x1e674020, 0x800000, 0, 0x3fb999999999999a, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x10},  // frintx d0, d1
    {0x1e674020, 0xc00000, 0, 0x3fb999999999999a, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x10},  // frintx d0, d1
    {0x1e67c020, 0x400000, 0, 0x4004000000000000, 0, 0, 0, 0x4008000000000000, 0, 0x5555555555555555, 0, 0},  // frinti d0, d1
    {0x1e67c020, 0x800000, 0, 0x4004000000000000, 0, 0, 0, 0x4000000000000000, 0, 0x5555555555555555, 0, 0},  // frinti d0, d1
    {0x1e67c020, 0xc00000, 0, 0x4004000000000000, 0, 0, 0, 0x4000000000000000, 0, 0x5555555555555555, 0, 0},  // frinti d0, d1
    {0x1e67c020, 0x400000, 0, 0xc004000000000000, 0, 0, 0, 0xc000000000000000, 0, 0x5555555555555555, 0, 0},  // frinti d0, d1
    {0x1e67c020, 0x800000, 0, 0xc004000000000000, 0, 0, 0, 0xc008000000000000, 0, 0x5555555555555555, 0, 0},  // frinti d0, d1
    {0x1e67c020, 0xc00000, 0, 0xc004000000000000, 0, 0, 0, 0xc000000000000000, 0, 0x5555555555555555, 0, 0},  // frinti d0, d1
    {0x1e67c020, 0x400000, 0, 0x3fb999999999999a, 0, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // frinti d0, d1
    {0x1e67c020, 0x800000, 0, 0x3fb999999999999a, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frinti d0, d1
    {0x1e67c020, 0xc00000, 0, 0x3fb999999999999a, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // frinti d0, d1
};

const FpVector kFcvt[] = {
    {0x1e22c020, 0, 0, 0x3dcccccd, 0, 0, 0, 0x3fb99999a0000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, s1
    {0x1e22c020, 0x6000000, 0, 0x3dcccccd, 0, 0, 0, 0x3fb99999a0000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, s1
    {0x1e22c020, 0x1c00000, 0, 0x3dcccccd, 0, 0, 0, 0x3fb99999a0000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, s1
    {0x1e22c020, 0, 0, 0x7fc00001, 0, 0, 0, 0x7ff8000020000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, s1
    {0x1e22c020, 0x6000000, 0, 0x7fc00001, 0, 0, 0, 0x7ff8000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, s1
    {0x1e22c020, 0x1c00000, 0, 0x7fc00001, 0, 0, 0, 0x7ff8000020000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, s1
    {0x1e22c020, 0, 0, 0x7f800001, 0, 0, 0, 0x7ff8000020000000, 0, 0x5555555555555555, 0, 0x1},  // fcvt d0, s1
    {0x1e22c020, 0x6000000, 0, 0x7f800001, 0, 0, 0, 0x7ff8000000000000, 0, 0x5555555555555555, 0, 0x1},  // fcvt d0, s1
    {0x1e22c020, 0x1c00000, 0, 0x7f800001, 0, 0, 0, 0x7ff8000020000000, 0, 0x5555555555555555, 0, 0x1},  // fcvt d0, s1
    {0x1e22c020, 0, 0, 0x1, 0, 0, 0, 0x36a0000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, s1
    {0x1e22c020, 0x6000000, 0, 0x1, 0, 0, 0, 0x36a0000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, s1
    {0x1e22c020, 0x1c00000, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fcvt d0, s1
    {0x1e22c020, 0, 0, 0x7f7fffff, 0, 0, 0, 0x47efffffe0000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, s1
    {0x1e22c020, 0x6000000, 0, 0x7f7fffff, 0, 0, 0, 0x47efffffe0000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, s1
    {0x1e22c020, 0x1c00000, 0, 0x7f7fffff, 0, 0, 0, 0x47efffffe0000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, s1
    {0x1e22c020, 0, 0, 0xff800000, 0, 0, 0, 0xfff0000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, s1
    {0x1e22c020, 0x6000000, 0, 0xff800000, 0, 0, 0, 0xfff0000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, s1
    {0x1e22c020, 0x1c00000, 0, 0xff800000, 0, 0, 0, 0xfff0000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, s1
    {0x1e22c020, 0, 0, 0x80000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, s1
    {0x1e22c020, 0x6000000, 0, 0x80000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, s1
    {0x1e22c020, 0x1c00000, 0, 0x80000000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, s1
    {0x1e624020, 0, 0, 0x3fb999999999999a, 0, 0, 0, 0x3dcccccd, 0, 0x5555555555555555, 0, 0x10},  // fcvt s0, d1
    {0x1e624020, 0x6000000, 0, 0x3fb999999999999a, 0, 0, 0, 0x3dcccccd, 0, 0x5555555555555555, 0, 0x10},  // fcvt s0, d1
    {0x1e624020, 0x1c00000, 0, 0x3fb999999999999a, 0, 0, 0, 0x3dcccccc, 0, 0x5555555555555555, 0, 0x10},  // fcvt s0, d1
    {0x1e624020, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, d1
    {0x1e624020, 0x6000000, 0, 0x7ff8000000000001, 0, 0, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, d1
    {0x1e624020, 0x1c00000, 0, 0x7ff8000000000001, 0, 0, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, d1
    {0x1e624020, 0, 0, 0x7ff0000000000001, 0, 0, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0x1},  // fcvt s0, d1
    {0x1e624020, 0x6000000, 0, 0x7ff0000000000001, 0, 0, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0x1},  // fcvt s0, d1
    {0x1e624020, 0x1c00000, 0, 0x7ff0000000000001, 0, 0, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0x1},  // fcvt s0, d1
    {0x1e624020, 0, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x18},  // fcvt s0, d1
    {0x1e624020, 0x6000000, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x18},  // fcvt s0, d1
    {0x1e624020, 0x1c00000, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fcvt s0, d1
    {0x1e624020, 0, 0, 0x7fefffffffffffff, 0, 0, 0, 0x7f800000, 0, 0x5555555555555555, 0, 0x14},  // fcvt s0, d1
    {0x1e624020, 0x6000000, 0, 0x7fefffffffffffff, 0, 0, 0, 0x7f800000, 0, 0x5555555555555555, 0, 0x14},  // fcvt s0, d1
    {0x1e624020, 0x1c00000, 0, 0x7fefffffffffffff, 0, 0, 0, 0x7f7fffff, 0, 0x5555555555555555, 0, 0x14},  // fcvt s0, d1
    {0x1e624020, 0, 0, 0xfff0000000000000, 0, 0, 0, 0xff800000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, d1
    {0x1e624020, 0x6000000, 0, 0xfff0000000000000, 0, 0, 0, 0xff800000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, d1
    {0x1e624020, 0x1c00000, 0, 0xfff0000000000000, 0, 0, 0, 0xff800000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, d1
    {0x1e624020, 0, 0, 0x8000000000000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, d1
    {0x1e624020, 0x6000000, 0, 0x8000000000000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, d1
    {0x1e624020, 0x1c00000, 0, 0x8000000000000000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, d1
    {0x1e624020, 0, 0, 0x7e37e43c8800759c, 0, 0, 0, 0x7f800000, 0, 0x5555555555555555, 0, 0x14},  // fcvt s0, d1
    {0x1e624020, 0x6000000, 0, 0x7e37e43c8800759c, 0, 0, 0, 0x7f800000, 0, 0x5555555555555555, 0, 0x14},  // fcvt s0, d1
    {0x1e624020, 0x1c00000, 0, 0x7e37e43c8800759c, 0, 0, 0, 0x7f7fffff, 0, 0x5555555555555555, 0, 0x14},  // fcvt s0, d1
    {0x1e624020, 0, 0, 0x1a56e1fc2f8f359, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x18},  // fcvt s0, d1
    {0x1e624020, 0x6000000, 0, 0x1a56e1fc2f8f359, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x18},  // fcvt s0, d1
    {0x1e624020, 0x1c00000, 0, 0x1a56e1fc2f8f359, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x8},  // fcvt s0, d1
    {0x1e624020, 0, 0, 0x3ff0000010000000, 0, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0x10},  // fcvt s0, d1
    {0x1e624020, 0x6000000, 0, 0x3ff0000010000000, 0, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0x10},  // fcvt s0, d1
    {0x1e624020, 0x1c00000, 0, 0x3ff0000010000000, 0, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0x10},  // fcvt s0, d1
    {0x1e624020, 0x400000, 0, 0x3fb999999999999a, 0, 0, 0, 0x3dcccccd, 0, 0x5555555555555555, 0, 0x10},  // fcvt s0, d1
    {0x1e624020, 0x800000, 0, 0x3fb999999999999a, 0, 0, 0, 0x3dcccccc, 0, 0x5555555555555555, 0, 0x10},  // fcvt s0, d1
    {0x1e624020, 0x400000, 0, 0x7fefffffffffffff, 0, 0, 0, 0x7f800000, 0, 0x5555555555555555, 0, 0x14},  // fcvt s0, d1
    {0x1e624020, 0x800000, 0, 0x7fefffffffffffff, 0, 0, 0, 0x7f7fffff, 0, 0x5555555555555555, 0, 0x14},  // fcvt s0, d1
    {0x1e624020, 0x400000, 0, 0x7e37e43c8800759c, 0, 0, 0, 0x7f800000, 0, 0x5555555555555555, 0, 0x14},  // fcvt s0, d1
    {0x1e624020, 0x800000, 0, 0x7e37e43c8800759c, 0, 0, 0, 0x7f7fffff, 0, 0x5555555555555555, 0, 0x14},  // fcvt s0, d1
    {0x1e624020, 0x400000, 0, 0x1a56e1fc2f8f359, 0, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0x18},  // fcvt s0, d1
    {0x1e624020, 0x800000, 0, 0x1a56e1fc2f8f359, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x18},  // fcvt s0, d1
    {0x1e624020, 0x400000, 0, 0x3ff0000010000000, 0, 0, 0, 0x3f800001, 0, 0x5555555555555555, 0, 0x10},  // fcvt s0, d1
    {0x1e624020, 0x800000, 0, 0x3ff0000010000000, 0, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0x10},  // fcvt s0, d1
    {0x1e23c020, 0, 0, 0x3dcccccd, 0, 0, 0, 0x2e66, 0, 0x5555555555555555, 0, 0x10},  // fcvt h0, s1
    {0x1e23c020, 0x6000000, 0, 0x3dcccccd, 0, 0, 0, 0x2e66, 0, 0x5555555555555555, 0, 0x10},  // fcvt h0, s1
    {0x1e23c020, 0x1c00000, 0, 0x3dcccccd, 0, 0, 0, 0x2e66, 0, 0x5555555555555555, 0, 0x10},  // fcvt h0, s1
    {0x1e23c020, 0, 0, 0x7fc00001, 0, 0, 0, 0x7e00, 0, 0x5555555555555555, 0, 0},  // fcvt h0, s1
    {0x1e23c020, 0x6000000, 0, 0x7fc00001, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x1},  // fcvt h0, s1
    {0x1e23c020, 0x1c00000, 0, 0x7fc00001, 0, 0, 0, 0x7e00, 0, 0x5555555555555555, 0, 0},  // fcvt h0, s1
    {0x1e23c020, 0, 0, 0x7f800001, 0, 0, 0, 0x7e00, 0, 0x5555555555555555, 0, 0x1},  // fcvt h0, s1
    {0x1e23c020, 0x6000000, 0, 0x7f800001, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x1},  // fcvt h0, s1
    {0x1e23c020, 0x1c00000, 0, 0x7f800001, 0, 0, 0, 0x7e00, 0, 0x5555555555555555, 0, 0x1},  // fcvt h0, s1
    {0x1e23c020, 0, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x18},  // fcvt h0, s1
    {0x1e23c020, 0x6000000, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x18},  // fcvt h0, s1
    {0x1e23c020, 0x1c00000, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fcvt h0, s1
    {0x1e23c020, 0, 0, 0x7f7fffff, 0, 0, 0, 0x7c00, 0, 0x5555555555555555, 0, 0x14},  // fcvt h0, s1
    {0x1e23c020, 0x6000000, 0, 0x7f7fffff, 0, 0, 0, 0x7fff, 0, 0x5555555555555555, 0, 0x1},  // fcvt h0, s1
    {0x1e23c020, 0x1c00000, 0, 0x7f7fffff, 0, 0, 0, 0x7bff, 0, 0x5555555555555555, 0, 0x14},  // fcvt h0, s1
    {0x1e23c020, 0, 0, 0xff800000, 0, 0, 0, 0xfc00, 0, 0x5555555555555555, 0, 0},  // fcvt h0, s1
    {0x1e23c020, 0x6000000, 0, 0xff800000, 0, 0, 0, 0xffff, 0, 0x5555555555555555, 0, 0x1},  // fcvt h0, s1
    {0x1e23c020, 0x1c00000, 0, 0xff800000, 0, 0, 0, 0xfc00, 0, 0x5555555555555555, 0, 0},  // fcvt h0, s1
    {0x1e23c020, 0, 0, 0x3f800000, 0, 0, 0, 0x3c00, 0, 0x5555555555555555, 0, 0},  // fcvt h0, s1
    {0x1e23c020, 0x6000000, 0, 0x3f800000, 0, 0, 0, 0x3c00, 0, 0x5555555555555555, 0, 0},  // fcvt h0, s1
    {0x1e23c020, 0x1c00000, 0, 0x3f800000, 0, 0, 0, 0x3c00, 0, 0x5555555555555555, 0, 0},  // fcvt h0, s1
    {0x1e23c020, 0, 0, 0x477ff000, 0, 0, 0, 0x7c00, 0, 0x5555555555555555, 0, 0x14},  // fcvt h0, s1
    {0x1e23c020, 0x6000000, 0, 0x477ff000, 0, 0, 0, 0x7c00, 0, 0x5555555555555555, 0, 0x10},  // fcvt h0, s1
    {0x1e23c020, 0x1c00000, 0, 0x477ff000, 0, 0, 0, 0x7bff, 0, 0x5555555555555555, 0, 0x10},  // fcvt h0, s1
    {0x1e23c020, 0, 0, 0x33d6bf95, 0, 0, 0, 0x2, 0, 0x5555555555555555, 0, 0x18},  // fcvt h0, s1
    {0x1e23c020, 0x6000000, 0, 0x33d6bf95, 0, 0, 0, 0x2, 0, 0x5555555555555555, 0, 0x18},  // fcvt h0, s1
    {0x1e23c020, 0x1c00000, 0, 0x33d6bf95, 0, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0x18},  // fcvt h0, s1
    {0x1e23c020, 0, 0, 0x4788b800, 0, 0, 0, 0x7c00, 0, 0x5555555555555555, 0, 0x14},  // fcvt h0, s1
    {0x1e23c020, 0x6000000, 0, 0x4788b800, 0, 0, 0, 0x7c46, 0, 0x5555555555555555, 0, 0x10},  // fcvt h0, s1
    {0x1e23c020, 0x1c00000, 0, 0x4788b800, 0, 0, 0, 0x7bff, 0, 0x5555555555555555, 0, 0x14},  // fcvt h0, s1
    {0x1e23c020, 0x400000, 0, 0x3dcccccd, 0, 0, 0, 0x2e67, 0, 0x5555555555555555, 0, 0x10},  // fcvt h0, s1
    {0x1e23c020, 0x800000, 0, 0x3dcccccd, 0, 0, 0, 0x2e66, 0, 0x5555555555555555, 0, 0x10},  // fcvt h0, s1
    {0x1e23c020, 0x400000, 0, 0x7f7fffff, 0, 0, 0, 0x7c00, 0, 0x5555555555555555, 0, 0x14},  // fcvt h0, s1
    {0x1e23c020, 0x800000, 0, 0x7f7fffff, 0, 0, 0, 0x7bff, 0, 0x5555555555555555, 0, 0x14},  // fcvt h0, s1
    {0x1e23c020, 0x400000, 0, 0x477ff000, 0, 0, 0, 0x7c00, 0, 0x5555555555555555, 0, 0x14},  // fcvt h0, s1
    {0x1e23c020, 0x800000, 0, 0x477ff000, 0, 0, 0, 0x7bff, 0, 0x5555555555555555, 0, 0x10},  // fcvt h0, s1
    {0x1e23c020, 0x400000, 0, 0x33d6bf95, 0, 0, 0, 0x2, 0, 0x5555555555555555, 0, 0x18},  // fcvt h0, s1
    {0x1e23c020, 0x800000, 0, 0x33d6bf95, 0, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0x18},  // fcvt h0, s1
    {0x1e23c020, 0x400000, 0, 0x4788b800, 0, 0, 0, 0x7c00, 0, 0x5555555555555555, 0, 0x14},  // fcvt h0, s1
    {0x1e23c020, 0x800000, 0, 0x4788b800, 0, 0, 0, 0x7bff, 0, 0x5555555555555555, 0, 0x14},  // fcvt h0, s1
    {0x1e63c020, 0, 0, 0x3fb999999999999a, 0, 0, 0, 0x2e66, 0, 0x5555555555555555, 0, 0x10},  // fcvt h0, d1
    {0x1e63c020, 0x6000000, 0, 0x3fb999999999999a, 0, 0, 0, 0x2e66, 0, 0x5555555555555555, 0, 0x10},  // fcvt h0, d1
    {0x1e63c020, 0x1c00000, 0, 0x3fb999999999999a, 0, 0, 0, 0x2e66, 0, 0x5555555555555555, 0, 0x10},  // fcvt h0, d1
    {0x1e63c020, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x7e00, 0, 0x5555555555555555, 0, 0},  // fcvt h0, d1
    {0x1e63c020, 0x6000000, 0, 0x7ff8000000000001, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x1},  // fcvt h0, d1
    {0x1e63c020, 0x1c00000, 0, 0x7ff8000000000001, 0, 0, 0, 0x7e00, 0, 0x5555555555555555, 0, 0},  // fcvt h0, d1
    {0x1e63c020, 0, 0, 0x7ff0000000000001, 0, 0, 0, 0x7e00, 0, 0x5555555555555555, 0, 0x1},  // fcvt h0, d1
    {0x1e63c020, 0x6000000, 0, 0x7ff0000000000001, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x1},  // fcvt h0, d1
    {0x1e63c020, 0x1c00000, 0, 0x7ff0000000000001, 0, 0, 0, 0x7e00, 0, 0x5555555555555555, 0, 0x1},  // fcvt h0, d1
    {0x1e63c020, 0, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x18},  // fcvt h0, d1
    {0x1e63c020, 0x6000000, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x18},  // fcvt h0, d1
    {0x1e63c020, 0x1c00000, 0, 0x1, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fcvt h0, d1
    {0x1e63c020, 0, 0, 0x7fefffffffffffff, 0, 0, 0, 0x7c00, 0, 0x5555555555555555, 0, 0x14},  // fcvt h0, d1
    {0x1e63c020, 0x6000000, 0, 0x7fefffffffffffff, 0, 0, 0, 0x7fff, 0, 0x5555555555555555, 0, 0x1},  // fcvt h0, d1
    {0x1e63c020, 0x1c00000, 0, 0x7fefffffffffffff, 0, 0, 0, 0x7bff, 0, 0x5555555555555555, 0, 0x14},  // fcvt h0, d1
    {0x1e63c020, 0, 0, 0xfff0000000000000, 0, 0, 0, 0xfc00, 0, 0x5555555555555555, 0, 0},  // fcvt h0, d1
    {0x1e63c020, 0x6000000, 0, 0xfff0000000000000, 0, 0, 0, 0xffff, 0, 0x5555555555555555, 0, 0x1},  // fcvt h0, d1
    {0x1e63c020, 0x1c00000, 0, 0xfff0000000000000, 0, 0, 0, 0xfc00, 0, 0x5555555555555555, 0, 0},  // fcvt h0, d1
    {0x1e63c020, 0, 0, 0x3ff0000000000000, 0, 0, 0, 0x3c00, 0, 0x5555555555555555, 0, 0},  // fcvt h0, d1
    {0x1e63c020, 0x6000000, 0, 0x3ff0000000000000, 0, 0, 0, 0x3c00, 0, 0x5555555555555555, 0, 0},  // fcvt h0, d1
    {0x1e63c020, 0x1c00000, 0, 0x3ff0000000000000, 0, 0, 0, 0x3c00, 0, 0x5555555555555555, 0, 0},  // fcvt h0, d1
    {0x1e63c020, 0, 0, 0x40effe0000000000, 0, 0, 0, 0x7c00, 0, 0x5555555555555555, 0, 0x14},  // fcvt h0, d1
    {0x1e63c020, 0x6000000, 0, 0x40effe0000000000, 0, 0, 0, 0x7c00, 0, 0x5555555555555555, 0, 0x10},  // fcvt h0, d1
    {0x1e63c020, 0x1c00000, 0, 0x40effe0000000000, 0, 0, 0, 0x7bff, 0, 0x5555555555555555, 0, 0x10},  // fcvt h0, d1
    {0x1e63c020, 0, 0, 0x3e7ad7f29abcaf48, 0, 0, 0, 0x2, 0, 0x5555555555555555, 0, 0x18},  // fcvt h0, d1
    {0x1e63c020, 0x6000000, 0, 0x3e7ad7f29abcaf48, 0, 0, 0, 0x2, 0, 0x5555555555555555, 0, 0x18},  // fcvt h0, d1
    {0x1e63c020, 0x1c00000, 0, 0x3e7ad7f29abcaf48, 0, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0x18},  // fcvt h0, d1
    {0x1e63c020, 0, 0, 0x40f1170000000000, 0, 0, 0, 0x7c00, 0, 0x5555555555555555, 0, 0x14},  // fcvt h0, d1
    {0x1e63c020, 0x6000000, 0, 0x40f1170000000000, 0, 0, 0, 0x7c46, 0, 0x5555555555555555, 0, 0x10},  // fcvt h0, d1
    {0x1e63c020, 0x1c00000, 0, 0x40f1170000000000, 0, 0, 0, 0x7bff, 0, 0x5555555555555555, 0, 0x14},  // fcvt h0, d1
    {0x1e63c020, 0x400000, 0, 0x3fb999999999999a, 0, 0, 0, 0x2e67, 0, 0x5555555555555555, 0, 0x10},  // fcvt h0, d1
    {0x1e63c020, 0x800000, 0, 0x3fb999999999999a, 0, 0, 0, 0x2e66, 0, 0x5555555555555555, 0, 0x10},  // fcvt h0, d1
    {0x1e63c020, 0x400000, 0, 0x7fefffffffffffff, 0, 0, 0, 0x7c00, 0, 0x5555555555555555, 0, 0x14},  // fcvt h0, d1
    {0x1e63c020, 0x800000, 0, 0x7fefffffffffffff, 0, 0, 0, 0x7bff, 0, 0x5555555555555555, 0, 0x14},  // fcvt h0, d1
    {0x1e63c020, 0x400000, 0, 0x40effe0000000000, 0, 0, 0, 0x7c00, 0, 0x5555555555555555, 0, 0x14},  // fcvt h0, d1
    {0x1e63c020, 0x800000, 0, 0x40effe0000000000, 0, 0, 0, 0x7bff, 0, 0x5555555555555555, 0, 0x10},  // fcvt h0, d1
    {0x1e63c020, 0x400000, 0, 0x3e7ad7f29abcaf48, 0, 0, 0, 0x2, 0, 0x5555555555555555, 0, 0x18},  // fcvt h0, d1
    {0x1e63c020, 0x800000, 0, 0x3e7ad7f29abcaf48, 0, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0x18},  // fcvt h0, d1
    {0x1e63c020, 0x400000, 0, 0x40f1170000000000, 0, 0, 0, 0x7c00, 0, 0x5555555555555555, 0, 0x14},  // fcvt h0, d1
    {0x1e63c020, 0x800000, 0, 0x40f1170000000000, 0, 0, 0, 0x7bff, 0, 0x5555555555555555, 0, 0x14},  // fcvt h0, d1
    {0x1ee24020, 0, 0, 0x3c00, 0, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0x6000000, 0, 0x3c00, 0, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0x1c00000, 0, 0x3c00, 0, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0, 0, 0x7bff, 0, 0, 0, 0x477fe000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0x6000000, 0, 0x7bff, 0, 0, 0, 0x477fe000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0x1c00000, 0, 0x7bff, 0, 0, 0, 0x477fe000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0, 0, 0x7c00, 0, 0, 0, 0x7f800000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0x6000000, 0, 0x7c00, 0, 0, 0, 0x47800000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0x1c00000, 0, 0x7c00, 0, 0, 0, 0x7f800000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0, 0, 0x7e01, 0, 0, 0, 0x7fc02000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0x6000000, 0, 0x7e01, 0, 0, 0, 0x47c02000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0x1c00000, 0, 0x7e01, 0, 0, 0, 0x7fc02000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0, 0, 0x7c01, 0, 0, 0, 0x7fc02000, 0, 0x5555555555555555, 0, 0x1},  // fcvt s0, h1
    {0x1ee24020, 0x6000000, 0, 0x7c01, 0, 0, 0, 0x47802000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0x1c00000, 0, 0x7c01, 0, 0, 0, 0x7fc02000, 0, 0x5555555555555555, 0, 0x1},  // fcvt s0, h1
    {0x1ee24020, 0, 0, 0x1, 0, 0, 0, 0x33800000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0x6000000, 0, 0x1, 0, 0, 0, 0x33800000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0x1c00000, 0, 0x1, 0, 0, 0, 0x33800000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0, 0, 0xfc00, 0, 0, 0, 0xff800000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0x6000000, 0, 0xfc00, 0, 0, 0, 0xc7800000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0x1c00000, 0, 0xfc00, 0, 0, 0, 0xff800000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0, 0, 0x3555, 0, 0, 0, 0x3eaaa000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0x6000000, 0, 0x3555, 0, 0, 0, 0x3eaaa000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0x1c00000, 0, 0x3555, 0, 0, 0, 0x3eaaa000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0, 0, 0x8000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0x6000000, 0, 0x8000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee24020, 0x1c00000, 0, 0x8000, 0, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // fcvt s0, h1
    {0x1ee2c020, 0, 0, 0x3c00, 0, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0x6000000, 0, 0x3c00, 0, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0x1c00000, 0, 0x3c00, 0, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0, 0, 0x7bff, 0, 0, 0, 0x40effc0000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0x6000000, 0, 0x7bff, 0, 0, 0, 0x40effc0000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0x1c00000, 0, 0x7bff, 0, 0, 0, 0x40effc0000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0, 0, 0x7c00, 0, 0, 0, 0x7ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0x6000000, 0, 0x7c00, 0, 0, 0, 0x40f0000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0x1c00000, 0, 0x7c00, 0, 0, 0, 0x7ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0, 0, 0x7e01, 0, 0, 0, 0x7ff8040000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0x6000000, 0, 0x7e01, 0, 0, 0, 0x40f8040000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0x1c00000, 0, 0x7e01, 0, 0, 0, 0x7ff8040000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0, 0, 0x7c01, 0, 0, 0, 0x7ff8040000000000, 0, 0x5555555555555555, 0, 0x1},  // fcvt d0, h1
    {0x1ee2c020, 0x6000000, 0, 0x7c01, 0, 0, 0, 0x40f0040000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0x1c00000, 0, 0x7c01, 0, 0, 0, 0x7ff8040000000000, 0, 0x5555555555555555, 0, 0x1},  // fcvt d0, h1
    {0x1ee2c020, 0, 0, 0x1, 0, 0, 0, 0x3e70000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0x6000000, 0, 0x1, 0, 0, 0, 0x3e70000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0x1c00000, 0, 0x1, 0, 0, 0, 0x3e70000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0, 0, 0xfc00, 0, 0, 0, 0xfff0000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0x6000000, 0, 0xfc00, 0, 0, 0, 0xc0f0000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0x1c00000, 0, 0xfc00, 0, 0, 0, 0xfff0000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0, 0, 0x3555, 0, 0, 0, 0x3fd5540000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0x6000000, 0, 0x3555, 0, 0, 0, 0x3fd5540000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0x1c00000, 0, 0x3555, 0, 0, 0, 0x3fd5540000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0, 0, 0x8000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0x6000000, 0, 0x8000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
    {0x1ee2c020, 0x1c00000, 0, 0x8000, 0, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // fcvt d0, h1
};

const FpVector kDp3[] = {
    {0x1f020c20, 0, 0, 0x3fc00000, 0x40200000, 0x3f000000, 0, 0x40880000, 0, 0x5555555555555555, 0, 0},  // fmadd s0, s1, s2, s3
    {0x1f020c20, 0, 0, 0x3dcccccd, 0x40400000, 0xbf800000, 0, 0xbf333333, 0, 0x5555555555555555, 0, 0x10},  // fmadd s0, s1, s2, s3
    {0x1f020c20, 0, 0, 0x7f800000, 0, 0x7fc00001, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0x1},  // fmadd s0, s1, s2, s3
    {0x1f020c20, 0, 0, 0x7f800001, 0x3f800000, 0x7fc00001, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fmadd s0, s1, s2, s3
    {0x1f020c20, 0, 0, 0x7fc00001, 0x7f800001, 0x3f800000, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fmadd s0, s1, s2, s3
    {0x1f020c20, 0, 0, 0x3f800000, 0xffc00002, 0x7f800001, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fmadd s0, s1, s2, s3
    {0x1f020c20, 0, 0, 0x3f800000, 0x3f800000, 0xbf800000, 0, 0, 0, 0x5555555555555555, 0, 0},  // fmadd s0, s1, s2, s3
    {0x1f020c20, 0, 0, 0x7f7fffff, 0x40000000, 0x7f7fffff, 0, 0x7f800000, 0, 0x5555555555555555, 0, 0x14},  // fmadd s0, s1, s2, s3
    {0x1f020c20, 0, 0, 0x1, 0x3f800000, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fmadd s0, s1, s2, s3
    {0x1f020c20, 0, 0, 0x3f800000, 0x7f800000, 0xff800000, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0x1},  // fmadd s0, s1, s2, s3
    {0x1f020c20, 0x800000, 0, 0x3f800000, 0x3f800000, 0xbf800000, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // fmadd s0, s1, s2, s3
    {0x1f020c20, 0x3000000, 0, 0x3f800000, 0x3f800000, 0xbf800000, 0, 0, 0, 0x5555555555555555, 0, 0},  // fmadd s0, s1, s2, s3
    {0x1f020c20, 0x800000, 0, 0x3dcccccd, 0x40400000, 0xbf800000, 0, 0xbf333334, 0, 0x5555555555555555, 0, 0x10},  // fmadd s0, s1, s2, s3
    {0x1f020c20, 0x3000000, 0, 0x3dcccccd, 0x40400000, 0xbf800000, 0, 0xbf333333, 0, 0x5555555555555555, 0, 0x10},  // fmadd s0, s1, s2, s3
    {0x1f020c20, 0x800000, 0, 0x7fc00001, 0x7f800001, 0x3f800000, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fmadd s0, s1, s2, s3
    {0x1f020c20, 0x3000000, 0, 0x7fc00001, 0x7f800001, 0x3f800000, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0x1},  // fmadd s0, s1, s2, s3
    {0x1f020c20, 0x800000, 0, 0x1, 0x3f800000, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fmadd s0, s1, s2, s3
    {0x1f020c20, 0x3000000, 0, 0x1, 0x3f800000, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fmadd s0, s1, s2, s3
    {0x1f020c20, 0x400000, 0, 0x3dcccccd, 0x40400000, 0xbf800000, 0, 0xbf333333, 0, 0x5555555555555555, 0, 0x10},  // fmadd s0, s1, s2, s3
    {0x1f020c20, 0x400000, 0, 0x7f7fffff, 0x40000000, 0x7f7fffff, 0, 0x7f800000, 0, 0x5555555555555555, 0, 0x14},  // fmadd s0, s1, s2, s3
    {0x1f020c20, 0xc00000, 0, 0x3dcccccd, 0x40400000, 0xbf800000, 0, 0xbf333333, 0, 0x5555555555555555, 0, 0x10},  // fmadd s0, s1, s2, s3
    {0x1f020c20, 0xc00000, 0, 0x7f7fffff, 0x40000000, 0x7f7fffff, 0, 0x7f7fffff, 0, 0x5555555555555555, 0, 0x14},  // fmadd s0, s1, s2, s3
    {0x1f028c20, 0, 0, 0x3fc00000, 0x40200000, 0x3f000000, 0, 0xc0500000, 0, 0x5555555555555555, 0, 0},  // fmsub s0, s1, s2, s3
    {0x1f028c20, 0, 0, 0x3dcccccd, 0x40400000, 0xbf800000, 0, 0xbfa66666, 0, 0x5555555555555555, 0, 0x10},  // fmsub s0, s1, s2, s3
    {0x1f028c20, 0, 0, 0x7f800000, 0, 0x7fc00001, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0x1},  // fmsub s0, s1, s2, s3
    {0x1f028c20, 0, 0, 0x7f800001, 0x3f800000, 0x7fc00001, 0, 0xffc00001, 0, 0x5555555555555555, 0, 0x1},  // fmsub s0, s1, s2, s3
    {0x1f028c20, 0, 0, 0x7fc00001, 0x7f800001, 0x3f800000, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fmsub s0, s1, s2, s3
    {0x1f028c20, 0, 0, 0x3f800000, 0xffc00002, 0x7f800001, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fmsub s0, s1, s2, s3
    {0x1f028c20, 0, 0, 0x3f800000, 0x3f800000, 0xbf800000, 0, 0xc0000000, 0, 0x5555555555555555, 0, 0},  // fmsub s0, s1, s2, s3
    {0x1f028c20, 0, 0, 0x7f7fffff, 0x40000000, 0x7f7fffff, 0, 0xff7fffff, 0, 0x5555555555555555, 0, 0},  // fmsub s0, s1, s2, s3
    {0x1f028c20, 0, 0, 0x1, 0x3f800000, 0, 0, 0x80000001, 0, 0x5555555555555555, 0, 0},  // fmsub s0, s1, s2, s3
    {0x1f028c20, 0, 0, 0x3f800000, 0x7f800000, 0xff800000, 0, 0xff800000, 0, 0x5555555555555555, 0, 0},  // fmsub s0, s1, s2, s3
    {0x1f028c20, 0x800000, 0, 0x3f800000, 0x3f800000, 0xbf800000, 0, 0xc0000000, 0, 0x5555555555555555, 0, 0},  // fmsub s0, s1, s2, s3
    {0x1f028c20, 0x3000000, 0, 0x3f800000, 0x3f800000, 0xbf800000, 0, 0xc0000000, 0, 0x5555555555555555, 0, 0},  // fmsub s0, s1, s2, s3
    {0x1f028c20, 0x800000, 0, 0x3dcccccd, 0x40400000, 0xbf800000, 0, 0xbfa66667, 0, 0x5555555555555555, 0, 0x10},  // fmsub s0, s1, s2, s3
    {0x1f028c20, 0x3000000, 0, 0x3dcccccd, 0x40400000, 0xbf800000, 0, 0xbfa66666, 0, 0x5555555555555555, 0, 0x10},  // fmsub s0, s1, s2, s3
    {0x1f028c20, 0x800000, 0, 0x7fc00001, 0x7f800001, 0x3f800000, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fmsub s0, s1, s2, s3
    {0x1f028c20, 0x3000000, 0, 0x7fc00001, 0x7f800001, 0x3f800000, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0x1},  // fmsub s0, s1, s2, s3
    {0x1f028c20, 0x800000, 0, 0x1, 0x3f800000, 0, 0, 0x80000001, 0, 0x5555555555555555, 0, 0},  // fmsub s0, s1, s2, s3
    {0x1f028c20, 0x3000000, 0, 0x1, 0x3f800000, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fmsub s0, s1, s2, s3
    {0x1f028c20, 0x400000, 0, 0x3dcccccd, 0x40400000, 0xbf800000, 0, 0xbfa66666, 0, 0x5555555555555555, 0, 0x10},  // fmsub s0, s1, s2, s3
    {0x1f028c20, 0x400000, 0, 0x7f7fffff, 0x40000000, 0x7f7fffff, 0, 0xff7fffff, 0, 0x5555555555555555, 0, 0},  // fmsub s0, s1, s2, s3
    {0x1f028c20, 0xc00000, 0, 0x3dcccccd, 0x40400000, 0xbf800000, 0, 0xbfa66666, 0, 0x5555555555555555, 0, 0x10},  // fmsub s0, s1, s2, s3
    {0x1f028c20, 0xc00000, 0, 0x7f7fffff, 0x40000000, 0x7f7fffff, 0, 0xff7fffff, 0, 0x5555555555555555, 0, 0},  // fmsub s0, s1, s2, s3
    {0x1f220c20, 0, 0, 0x3fc00000, 0x40200000, 0x3f000000, 0, 0xc0880000, 0, 0x5555555555555555, 0, 0},  // fnmadd s0, s1, s2, s3
    {0x1f220c20, 0, 0, 0x3dcccccd, 0x40400000, 0xbf800000, 0, 0x3f333333, 0, 0x5555555555555555, 0, 0x10},  // fnmadd s0, s1, s2, s3
    {0x1f220c20, 0, 0, 0x7f800000, 0, 0x7fc00001, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0x1},  // fnmadd s0, s1, s2, s3
    {0x1f220c20, 0, 0, 0x7f800001, 0x3f800000, 0x7fc00001, 0, 0xffc00001, 0, 0x5555555555555555, 0, 0x1},  // fnmadd s0, s1, s2, s3
    {0x1f220c20, 0, 0, 0x7fc00001, 0x7f800001, 0x3f800000, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fnmadd s0, s1, s2, s3
    {0x1f220c20, 0, 0, 0x3f800000, 0xffc00002, 0x7f800001, 0, 0xffc00001, 0, 0x5555555555555555, 0, 0x1},  // fnmadd s0, s1, s2, s3
    {0x1f220c20, 0, 0, 0x3f800000, 0x3f800000, 0xbf800000, 0, 0, 0, 0x5555555555555555, 0, 0},  // fnmadd s0, s1, s2, s3
    {0x1f220c20, 0, 0, 0x7f7fffff, 0x40000000, 0x7f7fffff, 0, 0xff800000, 0, 0x5555555555555555, 0, 0x14},  // fnmadd s0, s1, s2, s3
    {0x1f220c20, 0, 0, 0x1, 0x3f800000, 0, 0, 0x80000001, 0, 0x5555555555555555, 0, 0},  // fnmadd s0, s1, s2, s3
    {0x1f220c20, 0, 0, 0x3f800000, 0x7f800000, 0xff800000, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0x1},  // fnmadd s0, s1, s2, s3
    {0x1f220c20, 0x800000, 0, 0x3f800000, 0x3f800000, 0xbf800000, 0, 0x80000000, 0, 0x5555555555555555, 0, 0},  // fnmadd s0, s1, s2, s3
    {0x1f220c20, 0x3000000, 0, 0x3f800000, 0x3f800000, 0xbf800000, 0, 0, 0, 0x5555555555555555, 0, 0},  // fnmadd s0, s1, s2, s3
    {0x1f220c20, 0x800000, 0, 0x3dcccccd, 0x40400000, 0xbf800000, 0, 0x3f333333, 0, 0x5555555555555555, 0, 0x10},  // fnmadd s0, s1, s2, s3
    {0x1f220c20, 0x3000000, 0, 0x3dcccccd, 0x40400000, 0xbf800000, 0, 0x3f333333, 0, 0x5555555555555555, 0, 0x10},  // fnmadd s0, s1, s2, s3
    {0x1f220c20, 0x800000, 0, 0x7fc00001, 0x7f800001, 0x3f800000, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fnmadd s0, s1, s2, s3
    {0x1f220c20, 0x3000000, 0, 0x7fc00001, 0x7f800001, 0x3f800000, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0x1},  // fnmadd s0, s1, s2, s3
    {0x1f220c20, 0x800000, 0, 0x1, 0x3f800000, 0, 0, 0x80000001, 0, 0x5555555555555555, 0, 0},  // fnmadd s0, s1, s2, s3
    {0x1f220c20, 0x3000000, 0, 0x1, 0x3f800000, 0, 0, 0x80000000, 0, 0x5555555555555555, 0, 0x80},  // fnmadd s0, s1, s2, s3
    {0x1f220c20, 0x400000, 0, 0x3dcccccd, 0x40400000, 0xbf800000, 0, 0x3f333334, 0, 0x5555555555555555, 0, 0x10},  // fnmadd s0, s1, s2, s3
    {0x1f220c20, 0x400000, 0, 0x7f7fffff, 0x40000000, 0x7f7fffff, 0, 0xff7fffff, 0, 0x5555555555555555, 0, 0x14},  // fnmadd s0, s1, s2, s3
    {0x1f220c20, 0xc00000, 0, 0x3dcccccd, 0x40400000, 0xbf800000, 0, 0x3f333333, 0, 0x5555555555555555, 0, 0x10},  // fnmadd s0, s1, s2, s3
    {0x1f220c20, 0xc00000, 0, 0x7f7fffff, 0x40000000, 0x7f7fffff, 0, 0xff7fffff, 0, 0x5555555555555555, 0, 0x14},  // fnmadd s0, s1, s2, s3
    {0x1f228c20, 0, 0, 0x3fc00000, 0x40200000, 0x3f000000, 0, 0x40500000, 0, 0x5555555555555555, 0, 0},  // fnmsub s0, s1, s2, s3
    {0x1f228c20, 0, 0, 0x3dcccccd, 0x40400000, 0xbf800000, 0, 0x3fa66666, 0, 0x5555555555555555, 0, 0x10},  // fnmsub s0, s1, s2, s3
    {0x1f228c20, 0, 0, 0x7f800000, 0, 0x7fc00001, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0x1},  // fnmsub s0, s1, s2, s3
    {0x1f228c20, 0, 0, 0x7f800001, 0x3f800000, 0x7fc00001, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fnmsub s0, s1, s2, s3
    {0x1f228c20, 0, 0, 0x7fc00001, 0x7f800001, 0x3f800000, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fnmsub s0, s1, s2, s3
    {0x1f228c20, 0, 0, 0x3f800000, 0xffc00002, 0x7f800001, 0, 0xffc00001, 0, 0x5555555555555555, 0, 0x1},  // fnmsub s0, s1, s2, s3
    {0x1f228c20, 0, 0, 0x3f800000, 0x3f800000, 0xbf800000, 0, 0x40000000, 0, 0x5555555555555555, 0, 0},  // fnmsub s0, s1, s2, s3
    {0x1f228c20, 0, 0, 0x7f7fffff, 0x40000000, 0x7f7fffff, 0, 0x7f7fffff, 0, 0x5555555555555555, 0, 0},  // fnmsub s0, s1, s2, s3
    {0x1f228c20, 0, 0, 0x1, 0x3f800000, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fnmsub s0, s1, s2, s3
    {0x1f228c20, 0, 0, 0x3f800000, 0x7f800000, 0xff800000, 0, 0x7f800000, 0, 0x5555555555555555, 0, 0},  // fnmsub s0, s1, s2, s3
    {0x1f228c20, 0x800000, 0, 0x3f800000, 0x3f800000, 0xbf800000, 0, 0x40000000, 0, 0x5555555555555555, 0, 0},  // fnmsub s0, s1, s2, s3
    {0x1f228c20, 0x3000000, 0, 0x3f800000, 0x3f800000, 0xbf800000, 0, 0x40000000, 0, 0x5555555555555555, 0, 0},  // fnmsub s0, s1, s2, s3
    {0x1f228c20, 0x800000, 0, 0x3dcccccd, 0x40400000, 0xbf800000, 0, 0x3fa66666, 0, 0x5555555555555555, 0, 0x10},  // fnmsub s0, s1, s2, s3
    {0x1f228c20, 0x3000000, 0, 0x3dcccccd, 0x40400000, 0xbf800000, 0, 0x3fa66666, 0, 0x5555555555555555, 0, 0x10},  // fnmsub s0, s1, s2, s3
    {0x1f228c20, 0x800000, 0, 0x7fc00001, 0x7f800001, 0x3f800000, 0, 0x7fc00001, 0, 0x5555555555555555, 0, 0x1},  // fnmsub s0, s1, s2, s3
    {0x1f228c20, 0x3000000, 0, 0x7fc00001, 0x7f800001, 0x3f800000, 0, 0x7fc00000, 0, 0x5555555555555555, 0, 0x1},  // fnmsub s0, s1, s2, s3
    {0x1f228c20, 0x800000, 0, 0x1, 0x3f800000, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fnmsub s0, s1, s2, s3
    {0x1f228c20, 0x3000000, 0, 0x1, 0x3f800000, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fnmsub s0, s1, s2, s3
    {0x1f228c20, 0x400000, 0, 0x3dcccccd, 0x40400000, 0xbf800000, 0, 0x3fa66667, 0, 0x5555555555555555, 0, 0x10},  // fnmsub s0, s1, s2, s3
    {0x1f228c20, 0x400000, 0, 0x7f7fffff, 0x40000000, 0x7f7fffff, 0, 0x7f7fffff, 0, 0x5555555555555555, 0, 0},  // fnmsub s0, s1, s2, s3
    {0x1f228c20, 0xc00000, 0, 0x3dcccccd, 0x40400000, 0xbf800000, 0, 0x3fa66666, 0, 0x5555555555555555, 0, 0x10},  // fnmsub s0, s1, s2, s3
    {0x1f228c20, 0xc00000, 0, 0x7f7fffff, 0x40000000, 0x7f7fffff, 0, 0x7f7fffff, 0, 0x5555555555555555, 0, 0},  // fnmsub s0, s1, s2, s3
    {0x1f420c20, 0, 0, 0x3ff8000000000000, 0x4004000000000000, 0x3fe0000000000000, 0, 0x4011000000000000, 0, 0x5555555555555555, 0, 0},  // fmadd d0, d1, d2, d3
    {0x1f420c20, 0, 0, 0x3fb999999999999a, 0x4008000000000000, 0xbff0000000000000, 0, 0xbfe6666666666666, 0, 0x5555555555555555, 0, 0x10},  // fmadd d0, d1, d2, d3
    {0x1f420c20, 0, 0, 0x7ff0000000000000, 0, 0x7ff8000000000001, 0, 0x7ff8000000000000, 0, 0x5555555555555555, 0, 0x1},  // fmadd d0, d1, d2, d3
    {0x1f420c20, 0, 0, 0x7ff0000000000001, 0x3ff0000000000000, 0x7ff8000000000001, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fmadd d0, d1, d2, d3
    {0x1f420c20, 0, 0, 0x7ff8000000000001, 0x7ff0000000000001, 0x3ff0000000000000, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fmadd d0, d1, d2, d3
    {0x1f420c20, 0, 0, 0x3ff0000000000000, 0xfff8000000000002, 0x7ff0000000000001, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fmadd d0, d1, d2, d3
    {0x1f420c20, 0, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0, 0, 0, 0x5555555555555555, 0, 0},  // fmadd d0, d1, d2, d3
    {0x1f420c20, 0, 0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0, 0x7ff0000000000000, 0, 0x5555555555555555, 0, 0x14},  // fmadd d0, d1, d2, d3
    {0x1f420c20, 0, 0, 0x1, 0x3ff0000000000000, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fmadd d0, d1, d2, d3
    {0x1f420c20, 0, 0, 0x3ff0000000000000, 0x7ff0000000000000, 0xfff0000000000000, 0, 0x7ff8000000000000, 0, 0x5555555555555555, 0, 0x1},  // fmadd d0, d1, d2, d3
    {0x1f420c20, 0x800000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // fmadd d0, d1, d2, d3
    {0x1f420c20, 0x3000000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0, 0, 0, 0x5555555555555555, 0, 0},  // fmadd d0, d1, d2, d3
    {0x1f420c20, 0x800000, 0, 0x3fb999999999999a, 0x4008000000000000, 0xbff0000000000000, 0, 0xbfe6666666666667, 0, 0x5555555555555555, 0, 0x10},  // fmadd d0, d1, d2, d3
    {0x1f420c20, 0x3000000, 0, 0x3fb999999999999a, 0x4008000000000000, 0xbff0000000000000, 0, 0xbfe6666666666666, 0, 0x5555555555555555, 0, 0x10},  // fmadd d0, d1, d2, d3
    {0x1f420c20, 0x800000, 0, 0x7ff8000000000001, 0x7ff0000000000001, 0x3ff0000000000000, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fmadd d0, d1, d2, d3
    {0x1f420c20, 0x3000000, 0, 0x7ff8000000000001, 0x7ff0000000000001, 0x3ff0000000000000, 0, 0x7ff8000000000000, 0, 0x5555555555555555, 0, 0x1},  // fmadd d0, d1, d2, d3
    {0x1f420c20, 0x800000, 0, 0x1, 0x3ff0000000000000, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fmadd d0, d1, d2, d3
    {0x1f420c20, 0x3000000, 0, 0x1, 0x3ff0000000000000, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fmadd d0, d1, d2, d3
    {0x1f420c20, 0x400000, 0, 0x3fb999999999999a, 0x4008000000000000, 0xbff0000000000000, 0, 0xbfe6666666666666, 0, 0x5555555555555555, 0, 0x10},  // fmadd d0, d1, d2, d3
    {0x1f420c20, 0x400000, 0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0, 0x7ff0000000000000, 0, 0x5555555555555555, 0, 0x14},  // fmadd d0, d1, d2, d3
    {0x1f420c20, 0xc00000, 0, 0x3fb999999999999a, 0x4008000000000000, 0xbff0000000000000, 0, 0xbfe6666666666666, 0, 0x5555555555555555, 0, 0x10},  // fmadd d0, d1, d2, d3
    {0x1f420c20, 0xc00000, 0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0, 0x7fefffffffffffff, 0, 0x5555555555555555, 0, 0x14},  // fmadd d0, d1, d2, d3
    {0x1f428c20, 0, 0, 0x3ff8000000000000, 0x4004000000000000, 0x3fe0000000000000, 0, 0xc00a000000000000, 0, 0x5555555555555555, 0, 0},  // fmsub d0, d1, d2, d3
    {0x1f428c20, 0, 0, 0x3fb999999999999a, 0x4008000000000000, 0xbff0000000000000, 0, 0xbff4cccccccccccd, 0, 0x5555555555555555, 0, 0x10},  // fmsub d0, d1, d2, d3
    {0x1f428c20, 0, 0, 0x7ff0000000000000, 0, 0x7ff8000000000001, 0, 0x7ff8000000000000, 0, 0x5555555555555555, 0, 0x1},  // fmsub d0, d1, d2, d3
    {0x1f428c20, 0, 0, 0x7ff0000000000001, 0x3ff0000000000000, 0x7ff8000000000001, 0, 0xfff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fmsub d0, d1, d2, d3
    {0x1f428c20, 0, 0, 0x7ff8000000000001, 0x7ff0000000000001, 0x3ff0000000000000, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fmsub d0, d1, d2, d3
    {0x1f428c20, 0, 0, 0x3ff0000000000000, 0xfff8000000000002, 0x7ff0000000000001, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fmsub d0, d1, d2, d3
    {0x1f428c20, 0, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0, 0xc000000000000000, 0, 0x5555555555555555, 0, 0},  // fmsub d0, d1, d2, d3
    {0x1f428c20, 0, 0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0, 0xffefffffffffffff, 0, 0x5555555555555555, 0, 0},  // fmsub d0, d1, d2, d3
    {0x1f428c20, 0, 0, 0x1, 0x3ff0000000000000, 0, 0, 0x8000000000000001, 0, 0x5555555555555555, 0, 0},  // fmsub d0, d1, d2, d3
    {0x1f428c20, 0, 0, 0x3ff0000000000000, 0x7ff0000000000000, 0xfff0000000000000, 0, 0xfff0000000000000, 0, 0x5555555555555555, 0, 0},  // fmsub d0, d1, d2, d3
    {0x1f428c20, 0x800000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0, 0xc000000000000000, 0, 0x5555555555555555, 0, 0},  // fmsub d0, d1, d2, d3
    {0x1f428c20, 0x3000000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0, 0xc000000000000000, 0, 0x5555555555555555, 0, 0},  // fmsub d0, d1, d2, d3
    {0x1f428c20, 0x800000, 0, 0x3fb999999999999a, 0x4008000000000000, 0xbff0000000000000, 0, 0xbff4cccccccccccd, 0, 0x5555555555555555, 0, 0x10},  // fmsub d0, d1, d2, d3
    {0x1f428c20, 0x3000000, 0, 0x3fb999999999999a, 0x4008000000000000, 0xbff0000000000000, 0, 0xbff4cccccccccccd, 0, 0x5555555555555555, 0, 0x10},  // fmsub d0, d1, d2, d3
    {0x1f428c20, 0x800000, 0, 0x7ff8000000000001, 0x7ff0000000000001, 0x3ff0000000000000, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fmsub d0, d1, d2, d3
    {0x1f428c20, 0x3000000, 0, 0x7ff8000000000001, 0x7ff0000000000001, 0x3ff0000000000000, 0, 0x7ff8000000000000, 0, 0x5555555555555555, 0, 0x1},  // fmsub d0, d1, d2, d3
    {0x1f428c20, 0x800000, 0, 0x1, 0x3ff0000000000000, 0, 0, 0x8000000000000001, 0, 0x5555555555555555, 0, 0},  // fmsub d0, d1, d2, d3
    {0x1f428c20, 0x3000000, 0, 0x1, 0x3ff0000000000000, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fmsub d0, d1, d2, d3
    {0x1f428c20, 0x400000, 0, 0x3fb999999999999a, 0x4008000000000000, 0xbff0000000000000, 0, 0xbff4cccccccccccc, 0, 0x5555555555555555, 0, 0x10},  // fmsub d0, d1, d2, d3
    {0x1f428c20, 0x400000, 0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0, 0xffefffffffffffff, 0, 0x5555555555555555, 0, 0},  // fmsub d0, d1, d2, d3
    {0x1f428c20, 0xc00000, 0, 0x3fb999999999999a, 0x4008000000000000, 0xbff0000000000000, 0, 0xbff4cccccccccccc, 0, 0x5555555555555555, 0, 0x10},  // fmsub d0, d1, d2, d3
    {0x1f428c20, 0xc00000, 0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0, 0xffefffffffffffff, 0, 0x5555555555555555, 0, 0},  // fmsub d0, d1, d2, d3
    {0x1f620c20, 0, 0, 0x3ff8000000000000, 0x4004000000000000, 0x3fe0000000000000, 0, 0xc011000000000000, 0, 0x5555555555555555, 0, 0},  // fnmadd d0, d1, d2, d3
    {0x1f620c20, 0, 0, 0x3fb999999999999a, 0x4008000000000000, 0xbff0000000000000, 0, 0x3fe6666666666666, 0, 0x5555555555555555, 0, 0x10},  // fnmadd d0, d1, d2, d3
    {0x1f620c20, 0, 0, 0x7ff0000000000000, 0, 0x7ff8000000000001, 0, 0x7ff8000000000000, 0, 0x5555555555555555, 0, 0x1},  // fnmadd d0, d1, d2, d3
    {0x1f620c20, 0, 0, 0x7ff0000000000001, 0x3ff0000000000000, 0x7ff8000000000001, 0, 0xfff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fnmadd d0, d1, d2, d3
    {0x1f620c20, 0, 0, 0x7ff8000000000001, 0x7ff0000000000001, 0x3ff0000000000000, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fnmadd d0, d1, d2, d3
    {0x1f620c20, 0, 0, 0x3ff0000000000000, 0xfff8000000000002, 0x7ff0000000000001, 0, 0xfff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fnmadd d0, d1, d2, d3
    {0x1f620c20, 0, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0, 0, 0, 0x5555555555555555, 0, 0},  // fnmadd d0, d1, d2, d3
    {0x1f620c20, 0, 0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0, 0xfff0000000000000, 0, 0x5555555555555555, 0, 0x14},  // fnmadd d0, d1, d2, d3
    {0x1f620c20, 0, 0, 0x1, 0x3ff0000000000000, 0, 0, 0x8000000000000001, 0, 0x5555555555555555, 0, 0},  // fnmadd d0, d1, d2, d3
    {0x1f620c20, 0, 0, 0x3ff0000000000000, 0x7ff0000000000000, 0xfff0000000000000, 0, 0x7ff8000000000000, 0, 0x5555555555555555, 0, 0x1},  // fnmadd d0, d1, d2, d3
    {0x1f620c20, 0x800000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0},  // fnmadd d0, d1, d2, d3
    {0x1f620c20, 0x3000000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0, 0, 0, 0x5555555555555555, 0, 0},  // fnmadd d0, d1, d2, d3
    {0x1f620c20, 0x800000, 0, 0x3fb999999999999a, 0x4008000000000000, 0xbff0000000000000, 0, 0x3fe6666666666666, 0, 0x5555555555555555, 0, 0x10},  // fnmadd d0, d1, d2, d3
    {0x1f620c20, 0x3000000, 0, 0x3fb999999999999a, 0x4008000000000000, 0xbff0000000000000, 0, 0x3fe6666666666666, 0, 0x5555555555555555, 0, 0x10},  // fnmadd d0, d1, d2, d3
    {0x1f620c20, 0x800000, 0, 0x7ff8000000000001, 0x7ff0000000000001, 0x3ff0000000000000, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fnmadd d0, d1, d2, d3
    {0x1f620c20, 0x3000000, 0, 0x7ff8000000000001, 0x7ff0000000000001, 0x3ff0000000000000, 0, 0x7ff8000000000000, 0, 0x5555555555555555, 0, 0x1},  // fnmadd d0, d1, d2, d3
    {0x1f620c20, 0x800000, 0, 0x1, 0x3ff0000000000000, 0, 0, 0x8000000000000001, 0, 0x5555555555555555, 0, 0},  // fnmadd d0, d1, d2, d3
    {0x1f620c20, 0x3000000, 0, 0x1, 0x3ff0000000000000, 0, 0, 0x8000000000000000, 0, 0x5555555555555555, 0, 0x80},  // fnmadd d0, d1, d2, d3
    {0x1f620c20, 0x400000, 0, 0x3fb999999999999a, 0x4008000000000000, 0xbff0000000000000, 0, 0x3fe6666666666667, 0, 0x5555555555555555, 0, 0x10},  // fnmadd d0, d1, d2, d3
    {0x1f620c20, 0x400000, 0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0, 0xffefffffffffffff, 0, 0x5555555555555555, 0, 0x14},  // fnmadd d0, d1, d2, d3
    {0x1f620c20, 0xc00000, 0, 0x3fb999999999999a, 0x4008000000000000, 0xbff0000000000000, 0, 0x3fe6666666666666, 0, 0x5555555555555555, 0, 0x10},  // fnmadd d0, d1, d2, d3
    {0x1f620c20, 0xc00000, 0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0, 0xffefffffffffffff, 0, 0x5555555555555555, 0, 0x14},  // fnmadd d0, d1, d2, d3
    {0x1f628c20, 0, 0, 0x3ff8000000000000, 0x4004000000000000, 0x3fe0000000000000, 0, 0x400a000000000000, 0, 0x5555555555555555, 0, 0},  // fnmsub d0, d1, d2, d3
    {0x1f628c20, 0, 0, 0x3fb999999999999a, 0x4008000000000000, 0xbff0000000000000, 0, 0x3ff4cccccccccccd, 0, 0x5555555555555555, 0, 0x10},  // fnmsub d0, d1, d2, d3
    {0x1f628c20, 0, 0, 0x7ff0000000000000, 0, 0x7ff8000000000001, 0, 0x7ff8000000000000, 0, 0x5555555555555555, 0, 0x1},  // fnmsub d0, d1, d2, d3
    {0x1f628c20, 0, 0, 0x7ff0000000000001, 0x3ff0000000000000, 0x7ff8000000000001, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fnmsub d0, d1, d2, d3
    {0x1f628c20, 0, 0, 0x7ff8000000000001, 0x7ff0000000000001, 0x3ff0000000000000, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fnmsub d0, d1, d2, d3
    {0x1f628c20, 0, 0, 0x3ff0000000000000, 0xfff8000000000002, 0x7ff0000000000001, 0, 0xfff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fnmsub d0, d1, d2, d3
    {0x1f628c20, 0, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0, 0x4000000000000000, 0, 0x5555555555555555, 0, 0},  // fnmsub d0, d1, d2, d3
    {0x1f628c20, 0, 0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0, 0x7fefffffffffffff, 0, 0x5555555555555555, 0, 0},  // fnmsub d0, d1, d2, d3
    {0x1f628c20, 0, 0, 0x1, 0x3ff0000000000000, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fnmsub d0, d1, d2, d3
    {0x1f628c20, 0, 0, 0x3ff0000000000000, 0x7ff0000000000000, 0xfff0000000000000, 0, 0x7ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fnmsub d0, d1, d2, d3
    {0x1f628c20, 0x800000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0, 0x4000000000000000, 0, 0x5555555555555555, 0, 0},  // fnmsub d0, d1, d2, d3
    {0x1f628c20, 0x3000000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0, 0x4000000000000000, 0, 0x5555555555555555, 0, 0},  // fnmsub d0, d1, d2, d3
    {0x1f628c20, 0x800000, 0, 0x3fb999999999999a, 0x4008000000000000, 0xbff0000000000000, 0, 0x3ff4cccccccccccc, 0, 0x5555555555555555, 0, 0x10},  // fnmsub d0, d1, d2, d3
    {0x1f628c20, 0x3000000, 0, 0x3fb999999999999a, 0x4008000000000000, 0xbff0000000000000, 0, 0x3ff4cccccccccccd, 0, 0x5555555555555555, 0, 0x10},  // fnmsub d0, d1, d2, d3
    {0x1f628c20, 0x800000, 0, 0x7ff8000000000001, 0x7ff0000000000001, 0x3ff0000000000000, 0, 0x7ff8000000000001, 0, 0x5555555555555555, 0, 0x1},  // fnmsub d0, d1, d2, d3
    {0x1f628c20, 0x3000000, 0, 0x7ff8000000000001, 0x7ff0000000000001, 0x3ff0000000000000, 0, 0x7ff8000000000000, 0, 0x5555555555555555, 0, 0x1},  // fnmsub d0, d1, d2, d3
    {0x1f628c20, 0x800000, 0, 0x1, 0x3ff0000000000000, 0, 0, 0x1, 0, 0x5555555555555555, 0, 0},  // fnmsub d0, d1, d2, d3
    {0x1f628c20, 0x3000000, 0, 0x1, 0x3ff0000000000000, 0, 0, 0, 0, 0x5555555555555555, 0, 0x80},  // fnmsub d0, d1, d2, d3
    {0x1f628c20, 0x400000, 0, 0x3fb999999999999a, 0x4008000000000000, 0xbff0000000000000, 0, 0x3ff4cccccccccccd, 0, 0x5555555555555555, 0, 0x10},  // fnmsub d0, d1, d2, d3
    {0x1f628c20, 0x400000, 0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0, 0x7fefffffffffffff, 0, 0x5555555555555555, 0, 0},  // fnmsub d0, d1, d2, d3
    {0x1f628c20, 0xc00000, 0, 0x3fb999999999999a, 0x4008000000000000, 0xbff0000000000000, 0, 0x3ff4cccccccccccc, 0, 0x5555555555555555, 0, 0x10},  // fnmsub d0, d1, d2, d3
    {0x1f628c20, 0xc00000, 0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0, 0x7fefffffffffffff, 0, 0x5555555555555555, 0, 0},  // fnmsub d0, d1, d2, d3
};

const FpVector kCmp[] = {
    {0x1e222020, 0, 0xf, 0x3f800000, 0x40000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fcmp s1, s2
    {0x1e202028, 0, 0x9, 0x3f800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmp s1, #0.0
    {0x1e222020, 0, 0xf, 0x40000000, 0x3f800000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmp s1, s2
    {0x1e202028, 0, 0x9, 0x40000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmp s1, #0.0
    {0x1e222020, 0, 0xf, 0, 0x80000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0},  // fcmp s1, s2
    {0x1e202028, 0, 0x9, 0, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0},  // fcmp s1, #0.0
    {0x1e222020, 0, 0xf, 0x7fc00001, 0x3f800000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0},  // fcmp s1, s2
    {0x1e202028, 0, 0x9, 0x7fc00001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0},  // fcmp s1, #0.0
    {0x1e222020, 0, 0xf, 0x3f800000, 0x7f800001, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0x1},  // fcmp s1, s2
    {0x1e202028, 0, 0x9, 0x3f800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmp s1, #0.0
    {0x1e222020, 0, 0xf, 0x7f800000, 0x7f800000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0},  // fcmp s1, s2
    {0x1e202028, 0, 0x9, 0x7f800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmp s1, #0.0
    {0x1e222020, 0, 0xf, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmp s1, s2
    {0x1e202028, 0, 0x9, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmp s1, #0.0
    {0x1e222020, 0, 0xf, 0xff800000, 0x7f7fffff, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fcmp s1, s2
    {0x1e202028, 0, 0x9, 0xff800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fcmp s1, #0.0
    {0x1e222020, 0x1000000, 0, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0x80},  // fcmp s1, s2
    {0x1e202028, 0x1000000, 0, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0x80},  // fcmp s1, #0.0
    {0x1e222030, 0, 0xf, 0x3f800000, 0x40000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fcmpe s1, s2
    {0x1e202038, 0, 0x9, 0x3f800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmpe s1, #0.0
    {0x1e222030, 0, 0xf, 0x40000000, 0x3f800000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmpe s1, s2
    {0x1e202038, 0, 0x9, 0x40000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmpe s1, #0.0
    {0x1e222030, 0, 0xf, 0, 0x80000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0},  // fcmpe s1, s2
    {0x1e202038, 0, 0x9, 0, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0},  // fcmpe s1, #0.0
    {0x1e222030, 0, 0xf, 0x7fc00001, 0x3f800000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0x1},  // fcmpe s1, s2
    {0x1e202038, 0, 0x9, 0x7fc00001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0x1},  // fcmpe s1, #0.0
    {0x1e222030, 0, 0xf, 0x3f800000, 0x7f800001, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0x1},  // fcmpe s1, s2
    {0x1e202038, 0, 0x9, 0x3f800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmpe s1, #0.0
    {0x1e222030, 0, 0xf, 0x7f800000, 0x7f800000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0},  // fcmpe s1, s2
    {0x1e202038, 0, 0x9, 0x7f800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmpe s1, #0.0
    {0x1e222030, 0, 0xf, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmpe s1, s2
    {0x1e202038, 0, 0x9, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmpe s1, #0.0
    {0x1e222030, 0, 0xf, 0xff800000, 0x7f7fffff, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fcmpe s1, s2
    {0x1e202038, 0, 0x9, 0xff800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fcmpe s1, #0.0
    {0x1e222030, 0x1000000, 0, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0x80},  // fcmpe s1, s2
    {0x1e202038, 0x1000000, 0, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0x80},  // fcmpe s1, #0.0
    {0x1e220425, 0, 0x4, 0x3f800000, 0x40000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fccmp s1, s2, #0x5, eq
    {0x1e220425, 0, 0x8, 0x3f800000, 0x40000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmp s1, s2, #0x5, eq
    {0x1e220425, 0, 0x4, 0x40000000, 0x3f800000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fccmp s1, s2, #0x5, eq
    {0x1e220425, 0, 0x8, 0x40000000, 0x3f800000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmp s1, s2, #0x5, eq
    {0x1e220425, 0, 0x4, 0, 0x80000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0},  // fccmp s1, s2, #0x5, eq
    {0x1e220425, 0, 0x8, 0, 0x80000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmp s1, s2, #0x5, eq
    {0x1e220425, 0, 0x4, 0x7fc00001, 0x3f800000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0},  // fccmp s1, s2, #0x5, eq
    {0x1e220425, 0, 0x8, 0x7fc00001, 0x3f800000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmp s1, s2, #0x5, eq
    {0x1e220425, 0, 0x4, 0x3f800000, 0x7f800001, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0x1},  // fccmp s1, s2, #0x5, eq
    {0x1e220425, 0, 0x8, 0x3f800000, 0x7f800001, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmp s1, s2, #0x5, eq
    {0x1e220425, 0, 0x4, 0x7f800000, 0x7f800000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0},  // fccmp s1, s2, #0x5, eq
    {0x1e220425, 0, 0x8, 0x7f800000, 0x7f800000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmp s1, s2, #0x5, eq
    {0x1e220425, 0, 0x4, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fccmp s1, s2, #0x5, eq
    {0x1e220425, 0, 0x8, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmp s1, s2, #0x5, eq
    {0x1e220425, 0, 0x4, 0xff800000, 0x7f7fffff, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fccmp s1, s2, #0x5, eq
    {0x1e220425, 0, 0x8, 0xff800000, 0x7f7fffff, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmp s1, s2, #0x5, eq
    {0x1e22a42a, 0, 0x9, 0x7fc00001, 0x3f800000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0},  // fccmp s1, s2, #0xa, ge
    {0x1e22a42a, 0, 0x8, 0x7f800001, 0x3f800000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0xa, 0},  // fccmp s1, s2, #0xa, ge
    {0x1e22f423, 0, 0, 0x3f800000, 0x40000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fccmp s1, s2, #0x3, nv
    {0x1e220435, 0, 0x4, 0x3f800000, 0x40000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fccmpe s1, s2, #0x5, eq
    {0x1e220435, 0, 0x8, 0x3f800000, 0x40000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmpe s1, s2, #0x5, eq
    {0x1e220435, 0, 0x4, 0x40000000, 0x3f800000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fccmpe s1, s2, #0x5, eq
    {0x1e220435, 0, 0x8, 0x40000000, 0x3f800000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmpe s1, s2, #0x5, eq
    {0x1e220435, 0, 0x4, 0, 0x80000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0},  // fccmpe s1, s2, #0x5, eq
    {0x1e220435, 0, 0x8, 0, 0x80000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmpe s1, s2, #0x5, eq
    {0x1e220435, 0, 0x4, 0x7fc00001, 0x3f800000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0x1},  // fccmpe s1, s2, #0x5, eq
    {0x1e220435, 0, 0x8, 0x7fc00001, 0x3f800000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmpe s1, s2, #0x5, eq
    {0x1e220435, 0, 0x4, 0x3f800000, 0x7f800001, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0x1},  // fccmpe s1, s2, #0x5, eq
    {0x1e220435, 0, 0x8, 0x3f800000, 0x7f800001, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmpe s1, s2, #0x5, eq
    {0x1e220435, 0, 0x4, 0x7f800000, 0x7f800000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0},  // fccmpe s1, s2, #0x5, eq
    {0x1e220435, 0, 0x8, 0x7f800000, 0x7f800000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmpe s1, s2, #0x5, eq
    {0x1e220435, 0, 0x4, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fccmpe s1, s2, #0x5, eq
    {0x1e220435, 0, 0x8, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmpe s1, s2, #0x5, eq
    {0x1e220435, 0, 0x4, 0xff800000, 0x7f7fffff, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fccmpe s1, s2, #0x5, eq
    {0x1e220435, 0, 0x8, 0xff800000, 0x7f7fffff, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmpe s1, s2, #0x5, eq
    {0x1e22a43a, 0, 0x9, 0x7fc00001, 0x3f800000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0x1},  // fccmpe s1, s2, #0xa, ge
    {0x1e22a43a, 0, 0x8, 0x7f800001, 0x3f800000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0xa, 0},  // fccmpe s1, s2, #0xa, ge
    {0x1e22f433, 0, 0, 0x3f800000, 0x40000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fccmpe s1, s2, #0x3, nv
    {0x1e622020, 0, 0xf, 0x3ff0000000000000, 0x4000000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fcmp d1, d2
    {0x1e602028, 0, 0x9, 0x3ff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmp d1, #0.0
    {0x1e622020, 0, 0xf, 0x4000000000000000, 0x3ff0000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmp d1, d2
    {0x1e602028, 0, 0x9, 0x4000000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmp d1, #0.0
    {0x1e622020, 0, 0xf, 0, 0x8000000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0},  // fcmp d1, d2
    {0x1e602028, 0, 0x9, 0, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0},  // fcmp d1, #0.0
    {0x1e622020, 0, 0xf, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0},  // fcmp d1, d2
    {0x1e602028, 0, 0x9, 0x7ff8000000000001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0},  // fcmp d1, #0.0
    {0x1e622020, 0, 0xf, 0x3ff0000000000000, 0x7ff0000000000001, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0x1},  // fcmp d1, d2
    {0x1e602028, 0, 0x9, 0x3ff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmp d1, #0.0
    {0x1e622020, 0, 0xf, 0x7ff0000000000000, 0x7ff0000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0},  // fcmp d1, d2
    {0x1e602028, 0, 0x9, 0x7ff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmp d1, #0.0
    {0x1e622020, 0, 0xf, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmp d1, d2
    {0x1e602028, 0, 0x9, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmp d1, #0.0
    {0x1e622020, 0, 0xf, 0xfff0000000000000, 0x7fefffffffffffff, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fcmp d1, d2
    {0x1e602028, 0, 0x9, 0xfff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fcmp d1, #0.0
    {0x1e622020, 0x1000000, 0, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0x80},  // fcmp d1, d2
    {0x1e602028, 0x1000000, 0, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0x80},  // fcmp d1, #0.0
    {0x1e622030, 0, 0xf, 0x3ff0000000000000, 0x4000000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fcmpe d1, d2
    {0x1e602038, 0, 0x9, 0x3ff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmpe d1, #0.0
    {0x1e622030, 0, 0xf, 0x4000000000000000, 0x3ff0000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmpe d1, d2
    {0x1e602038, 0, 0x9, 0x4000000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmpe d1, #0.0
    {0x1e622030, 0, 0xf, 0, 0x8000000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0},  // fcmpe d1, d2
    {0x1e602038, 0, 0x9, 0, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0},  // fcmpe d1, #0.0
    {0x1e622030, 0, 0xf, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0x1},  // fcmpe d1, d2
    {0x1e602038, 0, 0x9, 0x7ff8000000000001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0x1},  // fcmpe d1, #0.0
    {0x1e622030, 0, 0xf, 0x3ff0000000000000, 0x7ff0000000000001, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0x1},  // fcmpe d1, d2
    {0x1e602038, 0, 0x9, 0x3ff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmpe d1, #0.0
    {0x1e622030, 0, 0xf, 0x7ff0000000000000, 0x7ff0000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0},  // fcmpe d1, d2
    {0x1e602038, 0, 0x9, 0x7ff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmpe d1, #0.0
    {0x1e622030, 0, 0xf, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmpe d1, d2
    {0x1e602038, 0, 0x9, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fcmpe d1, #0.0
    {0x1e622030, 0, 0xf, 0xfff0000000000000, 0x7fefffffffffffff, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fcmpe d1, d2
    {0x1e602038, 0, 0x9, 0xfff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fcmpe d1, #0.0
    {0x1e622030, 0x1000000, 0, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0x80},  // fcmpe d1, d2
    {0x1e602038, 0x1000000, 0, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0x80},  // fcmpe d1, #0.0
    {0x1e620425, 0, 0x4, 0x3ff0000000000000, 0x4000000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fccmp d1, d2, #0x5, eq
    {0x1e620425, 0, 0x8, 0x3ff0000000000000, 0x4000000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmp d1, d2, #0x5, eq
    {0x1e620425, 0, 0x4, 0x4000000000000000, 0x3ff0000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fccmp d1, d2, #0x5, eq
    {0x1e620425, 0, 0x8, 0x4000000000000000, 0x3ff0000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmp d1, d2, #0x5, eq
    {0x1e620425, 0, 0x4, 0, 0x8000000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0},  // fccmp d1, d2, #0x5, eq
    {0x1e620425, 0, 0x8, 0, 0x8000000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmp d1, d2, #0x5, eq
    {0x1e620425, 0, 0x4, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0},  // fccmp d1, d2, #0x5, eq
    {0x1e620425, 0, 0x8, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmp d1, d2, #0x5, eq
    {0x1e620425, 0, 0x4, 0x3ff0000000000000, 0x7ff0000000000001, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0x1},  // fccmp d1, d2, #0x5, eq
    {0x1e620425, 0, 0x8, 0x3ff0000000000000, 0x7ff0000000000001, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmp d1, d2, #0x5, eq
    {0x1e620425, 0, 0x4, 0x7ff0000000000000, 0x7ff0000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0},  // fccmp d1, d2, #0x5, eq
    {0x1e620425, 0, 0x8, 0x7ff0000000000000, 0x7ff0000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmp d1, d2, #0x5, eq
    {0x1e620425, 0, 0x4, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fccmp d1, d2, #0x5, eq
    {0x1e620425, 0, 0x8, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmp d1, d2, #0x5, eq
    {0x1e620425, 0, 0x4, 0xfff0000000000000, 0x7fefffffffffffff, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fccmp d1, d2, #0x5, eq
    {0x1e620425, 0, 0x8, 0xfff0000000000000, 0x7fefffffffffffff, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmp d1, d2, #0x5, eq
    {0x1e62a42a, 0, 0x9, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0},  // fccmp d1, d2, #0xa, ge
    {0x1e62a42a, 0, 0x8, 0x7ff0000000000001, 0x3ff0000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0xa, 0},  // fccmp d1, d2, #0xa, ge
    {0x1e62f423, 0, 0, 0x3ff0000000000000, 0x4000000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fccmp d1, d2, #0x3, nv
    {0x1e620435, 0, 0x4, 0x3ff0000000000000, 0x4000000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fccmpe d1, d2, #0x5, eq
    {0x1e620435, 0, 0x8, 0x3ff0000000000000, 0x4000000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmpe d1, d2, #0x5, eq
    {0x1e620435, 0, 0x4, 0x4000000000000000, 0x3ff0000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fccmpe d1, d2, #0x5, eq
    {0x1e620435, 0, 0x8, 0x4000000000000000, 0x3ff0000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmpe d1, d2, #0x5, eq
    {0x1e620435, 0, 0x4, 0, 0x8000000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0},  // fccmpe d1, d2, #0x5, eq
    {0x1e620435, 0, 0x8, 0, 0x8000000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmpe d1, d2, #0x5, eq
    {0x1e620435, 0, 0x4, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0x1},  // fccmpe d1, d2, #0x5, eq
    {0x1e620435, 0, 0x8, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmpe d1, d2, #0x5, eq
    {0x1e620435, 0, 0x4, 0x3ff0000000000000, 0x7ff0000000000001, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0x1},  // fccmpe d1, d2, #0x5, eq
    {0x1e620435, 0, 0x8, 0x3ff0000000000000, 0x7ff0000000000001, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmpe d1, d2, #0x5, eq
    {0x1e620435, 0, 0x4, 0x7ff0000000000000, 0x7ff0000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x6, 0},  // fccmpe d1, d2, #0x5, eq
    {0x1e620435, 0, 0x8, 0x7ff0000000000000, 0x7ff0000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmpe d1, d2, #0x5, eq
    {0x1e620435, 0, 0x4, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x2, 0},  // fccmpe d1, d2, #0x5, eq
    {0x1e620435, 0, 0x8, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmpe d1, d2, #0x5, eq
    {0x1e620435, 0, 0x4, 0xfff0000000000000, 0x7fefffffffffffff, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fccmpe d1, d2, #0x5, eq
    {0x1e620435, 0, 0x8, 0xfff0000000000000, 0x7fefffffffffffff, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x5, 0},  // fccmpe d1, d2, #0x5, eq
    {0x1e62a43a, 0, 0x9, 0x7ff8000000000001, 0x3ff0000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x3, 0x1},  // fccmpe d1, d2, #0xa, ge
    {0x1e62a43a, 0, 0x8, 0x7ff0000000000001, 0x3ff0000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0xa, 0},  // fccmpe d1, d2, #0xa, ge
    {0x1e62f433, 0, 0, 0x3ff0000000000000, 0x4000000000000000, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5555555555555555, 0x8, 0},  // fccmpe d1, d2, #0x3, nv
};

const FpVector kSel[] = {
    {0x1e221c20, 0, 0, 0x7f800001, 0xc0200000, 0, 0, 0x7f800001, 0, 0x5555555555555555, 0, 0},  // fcsel s0, s1, s2, ne
    {0x1e221c20, 0, 0x4, 0x7f800001, 0xc0200000, 0, 0, 0xc0200000, 0, 0x5555555555555555, 0x4, 0},  // fcsel s0, s1, s2, ne
    {0x1e22cc20, 0, 0, 0x7f800001, 0xc0200000, 0, 0, 0x7f800001, 0, 0x5555555555555555, 0, 0},  // fcsel s0, s1, s2, gt
    {0x1e22cc20, 0, 0x8, 0x7f800001, 0xc0200000, 0, 0, 0xc0200000, 0, 0x5555555555555555, 0x8, 0},  // fcsel s0, s1, s2, gt
    {0x1e22cc20, 0, 0x4, 0x7f800001, 0xc0200000, 0, 0, 0xc0200000, 0, 0x5555555555555555, 0x4, 0},  // fcsel s0, s1, s2, gt
    {0x1e22ec20, 0, 0, 0x7f800001, 0xc0200000, 0, 0, 0x7f800001, 0, 0x5555555555555555, 0, 0},  // fcsel s0, s1, s2, al
    {0x1e621c20, 0, 0, 0x7ff0000000000001, 0xc004000000000000, 0, 0, 0x7ff0000000000001, 0, 0x5555555555555555, 0, 0},  // fcsel d0, d1, d2, ne
    {0x1e621c20, 0, 0x4, 0x7ff0000000000001, 0xc004000000000000, 0, 0, 0xc004000000000000, 0, 0x5555555555555555, 0x4, 0},  // fcsel d0, d1, d2, ne
    {0x1e62cc20, 0, 0, 0x7ff0000000000001, 0xc004000000000000, 0, 0, 0x7ff0000000000001, 0, 0x5555555555555555, 0, 0},  // fcsel d0, d1, d2, gt
    {0x1e62cc20, 0, 0x8, 0x7ff0000000000001, 0xc004000000000000, 0, 0, 0xc004000000000000, 0, 0x5555555555555555, 0x8, 0},  // fcsel d0, d1, d2, gt
    {0x1e62cc20, 0, 0x4, 0x7ff0000000000001, 0xc004000000000000, 0, 0, 0xc004000000000000, 0, 0x5555555555555555, 0x4, 0},  // fcsel d0, d1, d2, gt
    {0x1e62ec20, 0, 0, 0x7ff0000000000001, 0xc004000000000000, 0, 0, 0x7ff0000000000001, 0, 0x5555555555555555, 0, 0},  // fcsel d0, d1, d2, al
};

const FpVector kImm[] = {
    {0x1e2e1000, 0, 0, 0, 0, 0, 0, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // fmov s0, #1.0
    {0x1e3e1000, 0, 0, 0, 0, 0, 0, 0xbf800000, 0, 0x5555555555555555, 0, 0},  // fmov s0, #-1.0
    {0x1e201000, 0, 0, 0, 0, 0, 0, 0x40000000, 0, 0x5555555555555555, 0, 0},  // fmov s0, #2.0
    {0x1e281000, 0, 0, 0, 0, 0, 0, 0x3e000000, 0, 0x5555555555555555, 0, 0},  // fmov s0, #0.125
    {0x1e383000, 0, 0, 0, 0, 0, 0, 0xbe080000, 0, 0x5555555555555555, 0, 0},  // fmov s0, #-0.1328125
    {0x1e27f000, 0, 0, 0, 0, 0, 0, 0x41f80000, 0, 0x5555555555555555, 0, 0},  // fmov s0, #31.0
    {0x1e2c1000, 0, 0, 0, 0, 0, 0, 0x3f000000, 0, 0x5555555555555555, 0, 0},  // fmov s0, #0.5
    {0x1e3ff000, 0, 0, 0, 0, 0, 0, 0xbff80000, 0, 0x5555555555555555, 0, 0},  // fmov s0, #-1.9375
    {0x1e211000, 0, 0, 0, 0, 0, 0, 0x40400000, 0, 0x5555555555555555, 0, 0},  // fmov s0, #3.0
    {0x1e261000, 0, 0, 0, 0, 0, 0, 0x41800000, 0, 0x5555555555555555, 0, 0},  // fmov s0, #16.0
    {0x1e6e1000, 0, 0, 0, 0, 0, 0, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // fmov d0, #1.0
    {0x1e7e1000, 0, 0, 0, 0, 0, 0, 0xbff0000000000000, 0, 0x5555555555555555, 0, 0},  // fmov d0, #-1.0
    {0x1e601000, 0, 0, 0, 0, 0, 0, 0x4000000000000000, 0, 0x5555555555555555, 0, 0},  // fmov d0, #2.0
    {0x1e681000, 0, 0, 0, 0, 0, 0, 0x3fc0000000000000, 0, 0x5555555555555555, 0, 0},  // fmov d0, #0.125
    {0x1e783000, 0, 0, 0, 0, 0, 0, 0xbfc1000000000000, 0, 0x5555555555555555, 0, 0},  // fmov d0, #-0.1328125
    {0x1e67f000, 0, 0, 0, 0, 0, 0, 0x403f000000000000, 0, 0x5555555555555555, 0, 0},  // fmov d0, #31.0
    {0x1e6c1000, 0, 0, 0, 0, 0, 0, 0x3fe0000000000000, 0, 0x5555555555555555, 0, 0},  // fmov d0, #0.5
    {0x1e7ff000, 0, 0, 0, 0, 0, 0, 0xbfff000000000000, 0, 0x5555555555555555, 0, 0},  // fmov d0, #-1.9375
    {0x1e611000, 0, 0, 0, 0, 0, 0, 0x4008000000000000, 0, 0x5555555555555555, 0, 0},  // fmov d0, #3.0
    {0x1e661000, 0, 0, 0, 0, 0, 0, 0x4030000000000000, 0, 0x5555555555555555, 0, 0},  // fmov d0, #16.0
    {0x1e260020, 0, 0, 0xfedcba9876543210, 0, 0, 0xfedcba9876543210, 0x5555555555555555, 0x5555555555555555, 0x76543210, 0, 0},  // fmov w0, s1
    {0x9e660020, 0, 0, 0xfedcba9876543210, 0, 0, 0xfedcba9876543210, 0x5555555555555555, 0x5555555555555555, 0xfedcba9876543210, 0, 0},  // fmov x0, d1
    {0x9eae0020, 0, 0, 0xfedcba9876543210, 0, 0, 0xfedcba9876543210, 0x5555555555555555, 0x5555555555555555, 0x123456789abcdef, 0, 0},  // fmov x0, v1.d[1]
    {0x1e270020, 0, 0, 0xfedcba9876543210, 0, 0, 0xfedcba9876543210, 0x76543210, 0, 0x5555555555555555, 0, 0},  // fmov s0, w1
    {0x9e670020, 0, 0, 0xfedcba9876543210, 0, 0, 0xfedcba9876543210, 0xfedcba9876543210, 0, 0x5555555555555555, 0, 0},  // fmov d0, x1
    {0x9eaf0020, 0, 0, 0xfedcba9876543210, 0, 0, 0xfedcba9876543210, 0x5555555555555555, 0xfedcba9876543210, 0x5555555555555555, 0, 0},  // fmov v0.d[1], x1
    {0x1e2703e0, 0, 0, 0xfedcba9876543210, 0, 0, 0xfedcba9876543210, 0, 0, 0x5555555555555555, 0, 0},  // fmov s0, wzr
    {0x9e6703e0, 0, 0, 0xfedcba9876543210, 0, 0, 0xfedcba9876543210, 0, 0, 0x5555555555555555, 0, 0},  // fmov d0, xzr
    {0x9eaf03e0, 0, 0, 0xfedcba9876543210, 0, 0, 0xfedcba9876543210, 0x5555555555555555, 0, 0x5555555555555555, 0, 0},  // fmov v0.d[1], xzr
};

const FpVector kToint[] = {
    {0x1e200020, 0, 0, 0x40200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtns w0, s1
    {0x1e200020, 0, 0, 0xc0200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffffe, 0, 0x10},  // fcvtns w0, s1
    {0x1e200020, 0, 0, 0x3fc00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtns w0, s1
    {0x1e200020, 0, 0, 0xbf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtns w0, s1
    {0x1e200020, 0, 0, 0x7fc00001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtns w0, s1
    {0x1e200020, 0, 0, 0x4f32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtns w0, s1
    {0x1e200020, 0, 0, 0xcf32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0x1},  // fcvtns w0, s1
    {0x1e200020, 0, 0, 0x4f000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtns w0, s1
    {0x1e200020, 0, 0, 0x4f7fffff, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtns w0, s1
    {0x9e600020, 0, 0, 0x4004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtns x0, d1
    {0x9e600020, 0, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffffffffffffe, 0, 0x10},  // fcvtns x0, d1
    {0x9e600020, 0, 0, 0x3ff8000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtns x0, d1
    {0x9e600020, 0, 0, 0xbfe0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtns x0, d1
    {0x9e600020, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtns x0, d1
    {0x9e600020, 0, 0, 0x41e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xb2d05e00, 0, 0},  // fcvtns x0, d1
    {0x9e600020, 0, 0, 0xc1e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff4d2fa200, 0, 0},  // fcvtns x0, d1
    {0x9e600020, 0, 0, 0x41e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0},  // fcvtns x0, d1
    {0x9e600020, 0, 0, 0x41effffffff00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x100000000, 0, 0x10},  // fcvtns x0, d1
    {0x1e200020, 0x1000000, 0, 0x400000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x80},  // fcvtns w0, s1
    {0x9e600020, 0x800000, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffffffffffffe, 0, 0x10},  // fcvtns x0, d1
    {0x1e210020, 0, 0, 0x40200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtnu w0, s1
    {0x1e210020, 0, 0, 0xc0200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtnu w0, s1
    {0x1e210020, 0, 0, 0x3fc00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtnu w0, s1
    {0x1e210020, 0, 0, 0xbf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtnu w0, s1
    {0x1e210020, 0, 0, 0x7fc00001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtnu w0, s1
    {0x1e210020, 0, 0, 0x4f32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xb2d05e00, 0, 0},  // fcvtnu w0, s1
    {0x1e210020, 0, 0, 0xcf32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtnu w0, s1
    {0x1e210020, 0, 0, 0x4f000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0},  // fcvtnu w0, s1
    {0x1e210020, 0, 0, 0x4f7fffff, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffff00, 0, 0},  // fcvtnu w0, s1
    {0x9e610020, 0, 0, 0x4004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtnu x0, d1
    {0x9e610020, 0, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtnu x0, d1
    {0x9e610020, 0, 0, 0x3ff8000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtnu x0, d1
    {0x9e610020, 0, 0, 0xbfe0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtnu x0, d1
    {0x9e610020, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtnu x0, d1
    {0x9e610020, 0, 0, 0x41e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xb2d05e00, 0, 0},  // fcvtnu x0, d1
    {0x9e610020, 0, 0, 0xc1e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtnu x0, d1
    {0x9e610020, 0, 0, 0x41e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0},  // fcvtnu x0, d1
    {0x9e610020, 0, 0, 0x41effffffff00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x100000000, 0, 0x10},  // fcvtnu x0, d1
    {0x1e210020, 0x1000000, 0, 0x400000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x80},  // fcvtnu w0, s1
    {0x9e610020, 0x800000, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtnu x0, d1
    {0x1e280020, 0, 0, 0x40200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x3, 0, 0x10},  // fcvtps w0, s1
    {0x1e280020, 0, 0, 0xc0200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffffe, 0, 0x10},  // fcvtps w0, s1
    {0x1e280020, 0, 0, 0x3fc00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtps w0, s1
    {0x1e280020, 0, 0, 0xbf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtps w0, s1
    {0x1e280020, 0, 0, 0x7fc00001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtps w0, s1
    {0x1e280020, 0, 0, 0x4f32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtps w0, s1
    {0x1e280020, 0, 0, 0xcf32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0x1},  // fcvtps w0, s1
    {0x1e280020, 0, 0, 0x4f000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtps w0, s1
    {0x1e280020, 0, 0, 0x4f7fffff, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtps w0, s1
    {0x9e680020, 0, 0, 0x4004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x3, 0, 0x10},  // fcvtps x0, d1
    {0x9e680020, 0, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffffffffffffe, 0, 0x10},  // fcvtps x0, d1
    {0x9e680020, 0, 0, 0x3ff8000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtps x0, d1
    {0x9e680020, 0, 0, 0xbfe0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtps x0, d1
    {0x9e680020, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtps x0, d1
    {0x9e680020, 0, 0, 0x41e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xb2d05e00, 0, 0},  // fcvtps x0, d1
    {0x9e680020, 0, 0, 0xc1e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff4d2fa200, 0, 0},  // fcvtps x0, d1
    {0x9e680020, 0, 0, 0x41e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0},  // fcvtps x0, d1
    {0x9e680020, 0, 0, 0x41effffffff00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x100000000, 0, 0x10},  // fcvtps x0, d1
    {0x1e280020, 0x1000000, 0, 0x400000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x80},  // fcvtps w0, s1
    {0x9e680020, 0x800000, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffffffffffffe, 0, 0x10},  // fcvtps x0, d1
    {0x1e290020, 0, 0, 0x40200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x3, 0, 0x10},  // fcvtpu w0, s1
    {0x1e290020, 0, 0, 0xc0200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtpu w0, s1
    {0x1e290020, 0, 0, 0x3fc00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtpu w0, s1
    {0x1e290020, 0, 0, 0xbf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtpu w0, s1
    {0x1e290020, 0, 0, 0x7fc00001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtpu w0, s1
    {0x1e290020, 0, 0, 0x4f32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xb2d05e00, 0, 0},  // fcvtpu w0, s1
    {0x1e290020, 0, 0, 0xcf32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtpu w0, s1
    {0x1e290020, 0, 0, 0x4f000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0},  // fcvtpu w0, s1
    {0x1e290020, 0, 0, 0x4f7fffff, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffff00, 0, 0},  // fcvtpu w0, s1
    {0x9e690020, 0, 0, 0x4004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x3, 0, 0x10},  // fcvtpu x0, d1
    {0x9e690020, 0, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtpu x0, d1
    {0x9e690020, 0, 0, 0x3ff8000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtpu x0, d1
    {0x9e690020, 0, 0, 0xbfe0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtpu x0, d1
    {0x9e690020, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtpu x0, d1
    {0x9e690020, 0, 0, 0x41e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xb2d05e00, 0, 0},  // fcvtpu x0, d1
    {0x9e690020, 0, 0, 0xc1e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtpu x0, d1
    {0x9e690020, 0, 0, 0x41e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0},  // fcvtpu x0, d1
    {0x9e690020, 0, 0, 0x41effffffff00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x100000000, 0, 0x10},  // fcvtpu x0, d1
    {0x1e290020, 0x1000000, 0, 0x400000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x80},  // fcvtpu w0, s1
    {0x9e690020, 0x800000, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtpu x0, d1
    {0x1e300020, 0, 0, 0x40200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtms w0, s1
    {0x1e300020, 0, 0, 0xc0200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffffd, 0, 0x10},  // fcvtms w0, s1
    {0x1e300020, 0, 0, 0x3fc00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x1, 0, 0x10},  // fcvtms w0, s1
    {0x1e300020, 0, 0, 0xbf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x10},  // fcvtms w0, s1
    {0x1e300020, 0, 0, 0x7fc00001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtms w0, s1
    {0x1e300020, 0, 0, 0x4f32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtms w0, s1
    {0x1e300020, 0, 0, 0xcf32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0x1},  // fcvtms w0, s1
    {0x1e300020, 0, 0, 0x4f000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtms w0, s1
    {0x1e300020, 0, 0, 0x4f7fffff, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtms w0, s1
    {0x9e700020, 0, 0, 0x4004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtms x0, d1
    {0x9e700020, 0, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffffffffffffd, 0, 0x10},  // fcvtms x0, d1
    {0x9e700020, 0, 0, 0x3ff8000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x1, 0, 0x10},  // fcvtms x0, d1
    {0x9e700020, 0, 0, 0xbfe0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffffffffffff, 0, 0x10},  // fcvtms x0, d1
    {0x9e700020, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtms x0, d1
    {0x9e700020, 0, 0, 0x41e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xb2d05e00, 0, 0},  // fcvtms x0, d1
    {0x9e700020, 0, 0, 0xc1e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff4d2fa200, 0, 0},  // fcvtms x0, d1
    {0x9e700020, 0, 0, 0x41e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0},  // fcvtms x0, d1
    {0x9e700020, 0, 0, 0x41effffffff00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x10},  // fcvtms x0, d1
    {0x1e300020, 0x1000000, 0, 0x400000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x80},  // fcvtms w0, s1
    {0x9e700020, 0x800000, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffffffffffffd, 0, 0x10},  // fcvtms x0, d1
    {0x1e310020, 0, 0, 0x40200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtmu w0, s1
    {0x1e310020, 0, 0, 0xc0200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtmu w0, s1
    {0x1e310020, 0, 0, 0x3fc00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x1, 0, 0x10},  // fcvtmu w0, s1
    {0x1e310020, 0, 0, 0xbf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtmu w0, s1
    {0x1e310020, 0, 0, 0x7fc00001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtmu w0, s1
    {0x1e310020, 0, 0, 0x4f32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xb2d05e00, 0, 0},  // fcvtmu w0, s1
    {0x1e310020, 0, 0, 0xcf32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtmu w0, s1
    {0x1e310020, 0, 0, 0x4f000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0},  // fcvtmu w0, s1
    {0x1e310020, 0, 0, 0x4f7fffff, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffff00, 0, 0},  // fcvtmu w0, s1
    {0x9e710020, 0, 0, 0x4004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtmu x0, d1
    {0x9e710020, 0, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtmu x0, d1
    {0x9e710020, 0, 0, 0x3ff8000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x1, 0, 0x10},  // fcvtmu x0, d1
    {0x9e710020, 0, 0, 0xbfe0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtmu x0, d1
    {0x9e710020, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtmu x0, d1
    {0x9e710020, 0, 0, 0x41e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xb2d05e00, 0, 0},  // fcvtmu x0, d1
    {0x9e710020, 0, 0, 0xc1e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtmu x0, d1
    {0x9e710020, 0, 0, 0x41e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0},  // fcvtmu x0, d1
    {0x9e710020, 0, 0, 0x41effffffff00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x10},  // fcvtmu x0, d1
    {0x1e310020, 0x1000000, 0, 0x400000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x80},  // fcvtmu w0, s1
    {0x9e710020, 0x800000, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtmu x0, d1
    {0x1e380020, 0, 0, 0x40200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtzs w0, s1
    {0x9e380020, 0, 0, 0x40200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtzs x0, s1
    {0x1e380020, 0, 0, 0xc0200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffffe, 0, 0x10},  // fcvtzs w0, s1
    {0x9e380020, 0, 0, 0xc0200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffffffffffffe, 0, 0x10},  // fcvtzs x0, s1
    {0x1e380020, 0, 0, 0x3fc00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x1, 0, 0x10},  // fcvtzs w0, s1
    {0x9e380020, 0, 0, 0x3fc00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x1, 0, 0x10},  // fcvtzs x0, s1
    {0x1e380020, 0, 0, 0xbf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzs w0, s1
    {0x9e380020, 0, 0, 0xbf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzs x0, s1
    {0x1e380020, 0, 0, 0xbf800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0},  // fcvtzs w0, s1
    {0x9e380020, 0, 0, 0xbf800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffffffffffff, 0, 0},  // fcvtzs x0, s1
    {0x1e380020, 0, 0, 0x7fc00001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzs w0, s1
    {0x9e380020, 0, 0, 0x7fc00001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzs x0, s1
    {0x1e380020, 0, 0, 0x7f800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, s1
    {0x9e380020, 0, 0, 0x7f800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffffffffffff, 0, 0x1},  // fcvtzs x0, s1
    {0x1e380020, 0, 0, 0xff800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0x1},  // fcvtzs w0, s1
    {0x9e380020, 0, 0, 0xff800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x8000000000000000, 0, 0x1},  // fcvtzs x0, s1
    {0x1e380020, 0, 0, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzs w0, s1
    {0x9e380020, 0, 0, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzs x0, s1
    {0x1e380020, 0, 0, 0x4f32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, s1
    {0x9e380020, 0, 0, 0x4f32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xb2d05e00, 0, 0},  // fcvtzs x0, s1
    {0x1e380020, 0, 0, 0xcf32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0x1},  // fcvtzs w0, s1
    {0x9e380020, 0, 0, 0xcf32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff4d2fa200, 0, 0},  // fcvtzs x0, s1
    {0x1e380020, 0, 0, 0x4f000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, s1
    {0x9e380020, 0, 0, 0x4f000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0},  // fcvtzs x0, s1
    {0x1e380020, 0, 0, 0xcf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0},  // fcvtzs w0, s1
    {0x9e380020, 0, 0, 0xcf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff80000000, 0, 0},  // fcvtzs x0, s1
    {0x1e380020, 0, 0, 0x4f800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, s1
    {0x9e380020, 0, 0, 0x4f800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x100000000, 0, 0},  // fcvtzs x0, s1
    {0x1e380020, 0, 0, 0x60ad78ec, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, s1
    {0x9e380020, 0, 0, 0x60ad78ec, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffffffffffff, 0, 0x1},  // fcvtzs x0, s1
    {0x1e380020, 0, 0, 0x3effffff, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzs w0, s1
    {0x9e380020, 0, 0, 0x3effffff, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzs x0, s1
    {0x1e380020, 0, 0, 0x4f7fffff, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, s1
    {0x9e380020, 0, 0, 0x4f7fffff, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffff00, 0, 0},  // fcvtzs x0, s1
    {0x1e380020, 0, 0, 0xdf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0x1},  // fcvtzs w0, s1
    {0x9e380020, 0, 0, 0xdf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x8000000000000000, 0, 0},  // fcvtzs x0, s1
    {0x1e380020, 0, 0, 0x5f000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, s1
    {0x9e380020, 0, 0, 0x5f000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffffffffffff, 0, 0x1},  // fcvtzs x0, s1
    {0x1e380020, 0, 0, 0xda24260, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzs w0, s1
    {0x9e380020, 0, 0, 0xda24260, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzs x0, s1
    {0x9e780020, 0, 0, 0x4004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtzs x0, d1
    {0x1e780020, 0, 0, 0x4004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtzs w0, d1
    {0x9e780020, 0, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffffffffffffe, 0, 0x10},  // fcvtzs x0, d1
    {0x1e780020, 0, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffffe, 0, 0x10},  // fcvtzs w0, d1
    {0x9e780020, 0, 0, 0x3ff8000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x1, 0, 0x10},  // fcvtzs x0, d1
    {0x1e780020, 0, 0, 0x3ff8000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x1, 0, 0x10},  // fcvtzs w0, d1
    {0x9e780020, 0, 0, 0xbfe0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzs x0, d1
    {0x1e780020, 0, 0, 0xbfe0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzs w0, d1
    {0x9e780020, 0, 0, 0xbff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffffffffffff, 0, 0},  // fcvtzs x0, d1
    {0x1e780020, 0, 0, 0xbff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0},  // fcvtzs w0, d1
    {0x9e780020, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzs x0, d1
    {0x1e780020, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzs w0, d1
    {0x9e780020, 0, 0, 0x7ff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffffffffffff, 0, 0x1},  // fcvtzs x0, d1
    {0x1e780020, 0, 0, 0x7ff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, d1
    {0x9e780020, 0, 0, 0xfff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x8000000000000000, 0, 0x1},  // fcvtzs x0, d1
    {0x1e780020, 0, 0, 0xfff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0x1},  // fcvtzs w0, d1
    {0x9e780020, 0, 0, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzs x0, d1
    {0x1e780020, 0, 0, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzs w0, d1
    {0x9e780020, 0, 0, 0x41e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xb2d05e00, 0, 0},  // fcvtzs x0, d1
    {0x1e780020, 0, 0, 0x41e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, d1
    {0x9e780020, 0, 0, 0xc1e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff4d2fa200, 0, 0},  // fcvtzs x0, d1
    {0x1e780020, 0, 0, 0xc1e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0x1},  // fcvtzs w0, d1
    {0x9e780020, 0, 0, 0x41e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0},  // fcvtzs x0, d1
    {0x1e780020, 0, 0, 0x41e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, d1
    {0x9e780020, 0, 0, 0xc1e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff80000000, 0, 0},  // fcvtzs x0, d1
    {0x1e780020, 0, 0, 0xc1e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0},  // fcvtzs w0, d1
    {0x9e780020, 0, 0, 0x41f0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x100000000, 0, 0},  // fcvtzs x0, d1
    {0x1e780020, 0, 0, 0x41f0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, d1
    {0x9e780020, 0, 0, 0x4415af1d78b58c40, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffffffffffff, 0, 0x1},  // fcvtzs x0, d1
    {0x1e780020, 0, 0, 0x4415af1d78b58c40, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, d1
    {0x9e780020, 0, 0, 0x3fdfffffffffffff, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzs x0, d1
    {0x1e780020, 0, 0, 0x3fdfffffffffffff, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzs w0, d1
    {0x9e780020, 0, 0, 0x41effffffff00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x10},  // fcvtzs x0, d1
    {0x1e780020, 0, 0, 0x41effffffff00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, d1
    {0x9e780020, 0, 0, 0xc1e0000000100000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff80000000, 0, 0x10},  // fcvtzs x0, d1
    {0x1e780020, 0, 0, 0xc1e0000000100000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0x10},  // fcvtzs w0, d1
    {0x9e780020, 0, 0, 0x41dfffffffe00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x10},  // fcvtzs x0, d1
    {0x1e780020, 0, 0, 0x41dfffffffe00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x10},  // fcvtzs w0, d1
    {0x9e780020, 0, 0, 0xc3e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x8000000000000000, 0, 0},  // fcvtzs x0, d1
    {0x1e780020, 0, 0, 0xc3e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0x1},  // fcvtzs w0, d1
    {0x9e780020, 0, 0, 0x43e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffffffffffff, 0, 0x1},  // fcvtzs x0, d1
    {0x1e780020, 0, 0, 0x43e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, d1
    {0x9e780020, 0, 0, 0x4340000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x20000000000000, 0, 0},  // fcvtzs x0, d1
    {0x1e780020, 0, 0, 0x4340000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, d1
    {0x1e380020, 0x1000000, 0, 0x400000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x80},  // fcvtzs w0, s1
    {0x9e780020, 0x800000, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffffffffffffe, 0, 0x10},  // fcvtzs x0, d1
    {0x1e390020, 0, 0, 0x40200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtzu w0, s1
    {0x9e390020, 0, 0, 0x40200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtzu x0, s1
    {0x1e390020, 0, 0, 0xc0200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, s1
    {0x9e390020, 0, 0, 0xc0200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, s1
    {0x1e390020, 0, 0, 0x3fc00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x1, 0, 0x10},  // fcvtzu w0, s1
    {0x9e390020, 0, 0, 0x3fc00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x1, 0, 0x10},  // fcvtzu x0, s1
    {0x1e390020, 0, 0, 0xbf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzu w0, s1
    {0x9e390020, 0, 0, 0xbf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzu x0, s1
    {0x1e390020, 0, 0, 0xbf800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, s1
    {0x9e390020, 0, 0, 0xbf800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, s1
    {0x1e390020, 0, 0, 0x7fc00001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, s1
    {0x9e390020, 0, 0, 0x7fc00001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, s1
    {0x1e390020, 0, 0, 0x7f800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x1},  // fcvtzu w0, s1
    {0x9e390020, 0, 0, 0x7f800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffffffffffff, 0, 0x1},  // fcvtzu x0, s1
    {0x1e390020, 0, 0, 0xff800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, s1
    {0x9e390020, 0, 0, 0xff800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, s1
    {0x1e390020, 0, 0, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzu w0, s1
    {0x9e390020, 0, 0, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzu x0, s1
    {0x1e390020, 0, 0, 0x4f32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xb2d05e00, 0, 0},  // fcvtzu w0, s1
    {0x9e390020, 0, 0, 0x4f32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xb2d05e00, 0, 0},  // fcvtzu x0, s1
    {0x1e390020, 0, 0, 0xcf32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, s1
    {0x9e390020, 0, 0, 0xcf32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, s1
    {0x1e390020, 0, 0, 0x4f000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0},  // fcvtzu w0, s1
    {0x9e390020, 0, 0, 0x4f000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0},  // fcvtzu x0, s1
    {0x1e390020, 0, 0, 0xcf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, s1
    {0x9e390020, 0, 0, 0xcf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, s1
    {0x1e390020, 0, 0, 0x4f800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x1},  // fcvtzu w0, s1
    {0x9e390020, 0, 0, 0x4f800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x100000000, 0, 0},  // fcvtzu x0, s1
    {0x1e390020, 0, 0, 0x60ad78ec, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x1},  // fcvtzu w0, s1
    {0x9e390020, 0, 0, 0x60ad78ec, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffffffffffff, 0, 0x1},  // fcvtzu x0, s1
    {0x1e390020, 0, 0, 0x3effffff, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzu w0, s1
    {0x9e390020, 0, 0, 0x3effffff, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzu x0, s1
    {0x1e390020, 0, 0, 0x4f7fffff, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffff00, 0, 0},  // fcvtzu w0, s1
    {0x9e390020, 0, 0, 0x4f7fffff, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffff00, 0, 0},  // fcvtzu x0, s1
    {0x1e390020, 0, 0, 0xdf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, s1
    {0x9e390020, 0, 0, 0xdf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, s1
    {0x1e390020, 0, 0, 0x5f000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x1},  // fcvtzu w0, s1
    {0x9e390020, 0, 0, 0x5f000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x8000000000000000, 0, 0},  // fcvtzu x0, s1
    {0x1e390020, 0, 0, 0xda24260, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzu w0, s1
    {0x9e390020, 0, 0, 0xda24260, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzu x0, s1
    {0x9e790020, 0, 0, 0x4004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtzu x0, d1
    {0x1e790020, 0, 0, 0x4004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtzu w0, d1
    {0x9e790020, 0, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, d1
    {0x1e790020, 0, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, d1
    {0x9e790020, 0, 0, 0x3ff8000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x1, 0, 0x10},  // fcvtzu x0, d1
    {0x1e790020, 0, 0, 0x3ff8000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x1, 0, 0x10},  // fcvtzu w0, d1
    {0x9e790020, 0, 0, 0xbfe0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzu x0, d1
    {0x1e790020, 0, 0, 0xbfe0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzu w0, d1
    {0x9e790020, 0, 0, 0xbff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, d1
    {0x1e790020, 0, 0, 0xbff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, d1
    {0x9e790020, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, d1
    {0x1e790020, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, d1
    {0x9e790020, 0, 0, 0x7ff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffffffffffff, 0, 0x1},  // fcvtzu x0, d1
    {0x1e790020, 0, 0, 0x7ff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x1},  // fcvtzu w0, d1
    {0x9e790020, 0, 0, 0xfff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, d1
    {0x1e790020, 0, 0, 0xfff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, d1
    {0x9e790020, 0, 0, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzu x0, d1
    {0x1e790020, 0, 0, 0x1, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzu w0, d1
    {0x9e790020, 0, 0, 0x41e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xb2d05e00, 0, 0},  // fcvtzu x0, d1
    {0x1e790020, 0, 0, 0x41e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xb2d05e00, 0, 0},  // fcvtzu w0, d1
    {0x9e790020, 0, 0, 0xc1e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, d1
    {0x1e790020, 0, 0, 0xc1e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, d1
    {0x9e790020, 0, 0, 0x41e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0},  // fcvtzu x0, d1
    {0x1e790020, 0, 0, 0x41e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0},  // fcvtzu w0, d1
    {0x9e790020, 0, 0, 0xc1e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, d1
    {0x1e790020, 0, 0, 0xc1e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, d1
    {0x9e790020, 0, 0, 0x41f0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x100000000, 0, 0},  // fcvtzu x0, d1
    {0x1e790020, 0, 0, 0x41f0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x1},  // fcvtzu w0, d1
    {0x9e790020, 0, 0, 0x4415af1d78b58c40, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffffffffffff, 0, 0x1},  // fcvtzu x0, d1
    {0x1e790020, 0, 0, 0x4415af1d78b58c40, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x1},  // fcvtzu w0, d1
    {0x9e790020, 0, 0, 0x3fdfffffffffffff, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzu x0, d1
    {0x1e790020, 0, 0, 0x3fdfffffffffffff, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzu w0, d1
    {0x9e790020, 0, 0, 0x41effffffff00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x10},  // fcvtzu x0, d1
    {0x1e790020, 0, 0, 0x41effffffff00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x10},  // fcvtzu w0, d1
    {0x9e790020, 0, 0, 0xc1e0000000100000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, d1
    {0x1e790020, 0, 0, 0xc1e0000000100000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, d1
    {0x9e790020, 0, 0, 0x41dfffffffe00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x10},  // fcvtzu x0, d1
    {0x1e790020, 0, 0, 0x41dfffffffe00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x10},  // fcvtzu w0, d1
    {0x9e790020, 0, 0, 0xc3e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, d1
    {0x1e790020, 0, 0, 0xc3e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, d1
    {0x9e790020, 0, 0, 0x43e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x8000000000000000, 0, 0},  // fcvtzu x0, d1
    {0x1e790020, 0, 0, 0x43e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x1},  // fcvtzu w0, d1
    {0x9e790020, 0, 0, 0x4340000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x20000000000000, 0, 0},  // fcvtzu x0, d1
    {0x1e790020, 0, 0, 0x4340000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x1},  // fcvtzu w0, d1
    {0x1e390020, 0x1000000, 0, 0x400000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x80},  // fcvtzu w0, s1
    {0x9e790020, 0x800000, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, d1
    {0x1e240020, 0, 0, 0x40200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x3, 0, 0x10},  // fcvtas w0, s1
    {0x1e240020, 0, 0, 0xc0200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffffd, 0, 0x10},  // fcvtas w0, s1
    {0x1e240020, 0, 0, 0x3fc00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtas w0, s1
    {0x1e240020, 0, 0, 0xbf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x10},  // fcvtas w0, s1
    {0x1e240020, 0, 0, 0x7fc00001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtas w0, s1
    {0x1e240020, 0, 0, 0x4f32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtas w0, s1
    {0x1e240020, 0, 0, 0xcf32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0x1},  // fcvtas w0, s1
    {0x1e240020, 0, 0, 0x4f000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtas w0, s1
    {0x1e240020, 0, 0, 0x4f7fffff, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtas w0, s1
    {0x9e640020, 0, 0, 0x4004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x3, 0, 0x10},  // fcvtas x0, d1
    {0x9e640020, 0, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffffffffffffd, 0, 0x10},  // fcvtas x0, d1
    {0x9e640020, 0, 0, 0x3ff8000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtas x0, d1
    {0x9e640020, 0, 0, 0xbfe0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffffffffffff, 0, 0x10},  // fcvtas x0, d1
    {0x9e640020, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtas x0, d1
    {0x9e640020, 0, 0, 0x41e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xb2d05e00, 0, 0},  // fcvtas x0, d1
    {0x9e640020, 0, 0, 0xc1e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff4d2fa200, 0, 0},  // fcvtas x0, d1
    {0x9e640020, 0, 0, 0x41e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0},  // fcvtas x0, d1
    {0x9e640020, 0, 0, 0x41effffffff00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x100000000, 0, 0x10},  // fcvtas x0, d1
    {0x1e240020, 0x1000000, 0, 0x400000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x80},  // fcvtas w0, s1
    {0x9e640020, 0x800000, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffffffffffffd, 0, 0x10},  // fcvtas x0, d1
    {0x1e250020, 0, 0, 0x40200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x3, 0, 0x10},  // fcvtau w0, s1
    {0x1e250020, 0, 0, 0xc0200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtau w0, s1
    {0x1e250020, 0, 0, 0x3fc00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtau w0, s1
    {0x1e250020, 0, 0, 0xbf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtau w0, s1
    {0x1e250020, 0, 0, 0x7fc00001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtau w0, s1
    {0x1e250020, 0, 0, 0x4f32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xb2d05e00, 0, 0},  // fcvtau w0, s1
    {0x1e250020, 0, 0, 0xcf32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtau w0, s1
    {0x1e250020, 0, 0, 0x4f000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0},  // fcvtau w0, s1
    {0x1e250020, 0, 0, 0x4f7fffff, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffff00, 0, 0},  // fcvtau w0, s1
    {0x9e650020, 0, 0, 0x4004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x3, 0, 0x10},  // fcvtau x0, d1
    {0x9e650020, 0, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtau x0, d1
    {0x9e650020, 0, 0, 0x3ff8000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2, 0, 0x10},  // fcvtau x0, d1
    {0x9e650020, 0, 0, 0xbfe0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtau x0, d1
    {0x9e650020, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtau x0, d1
    {0x9e650020, 0, 0, 0x41e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xb2d05e00, 0, 0},  // fcvtau x0, d1
    {0x9e650020, 0, 0, 0xc1e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtau x0, d1
    {0x9e650020, 0, 0, 0x41e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0},  // fcvtau x0, d1
    {0x9e650020, 0, 0, 0x41effffffff00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x100000000, 0, 0x10},  // fcvtau x0, d1
    {0x1e250020, 0x1000000, 0, 0x400000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x80},  // fcvtau w0, s1
    {0x9e650020, 0x800000, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtau x0, d1
};

const FpVector kFromint[] = {
    {0x1e220020, 0, 0, 0, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1
    {0x1e220020, 0, 0, 0, 0, 0, 0x1, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1
    {0x1e220020, 0, 0, 0, 0, 0, 0xffffffff, 0xbf800000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1
    {0x1e220020, 0, 0, 0, 0, 0, 0x7fffffff, 0x4f000000, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, w1
    {0x1e220020, 0, 0, 0, 0, 0, 0x80000000, 0xcf000000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1
    {0x1e220020, 0, 0, 0, 0, 0, 0x1000001, 0x4b800000, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, w1
    {0x1e220020, 0, 0, 0, 0, 0, 0xffffffffffffffff, 0xbf800000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1
    {0x1e220020, 0, 0, 0, 0, 0, 0x8000000000000001, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1
    {0x1e220020, 0, 0, 0, 0, 0, 0x7fffffffffffffff, 0xbf800000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1
    {0x1e220020, 0, 0, 0, 0, 0, 0x20000000000001, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1
    {0x1e220020, 0, 0, 0, 0, 0, 0xffffffff00000001, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1
    {0x1e220020, 0x400000, 0, 0, 0, 0, 0x1000001, 0x4b800001, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, w1
    {0x1e220020, 0x800000, 0, 0, 0, 0, 0x1000001, 0x4b800000, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, w1
    {0x1e220020, 0xc00000, 0, 0, 0, 0, 0x1000001, 0x4b800000, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, w1
    {0x1e220020, 0x400000, 0, 0, 0, 0, 0xffffffff, 0xbf800000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1
    {0x1e220020, 0x800000, 0, 0, 0, 0, 0xffffffff, 0xbf800000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1
    {0x1e220020, 0xc00000, 0, 0, 0, 0, 0xffffffff, 0xbf800000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1
    {0x1e220020, 0x400000, 0, 0, 0, 0, 0x8000000000000001, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1
    {0x1e220020, 0x800000, 0, 0, 0, 0, 0x8000000000000001, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1
    {0x1e220020, 0xc00000, 0, 0, 0, 0, 0x8000000000000001, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1
    {0x1e220020, 0x400000, 0, 0, 0, 0, 0xfffffffffeffffff, 0xcb800000, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, w1
    {0x1e220020, 0x800000, 0, 0, 0, 0, 0xfffffffffeffffff, 0xcb800001, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, w1
    {0x1e220020, 0xc00000, 0, 0, 0, 0, 0xfffffffffeffffff, 0xcb800000, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, w1
    {0x1e230020, 0, 0, 0, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // ucvtf s0, w1
    {0x1e230020, 0, 0, 0, 0, 0, 0x1, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // ucvtf s0, w1
    {0x1e230020, 0, 0, 0, 0, 0, 0xffffffff, 0x4f800000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, w1
    {0x1e230020, 0, 0, 0, 0, 0, 0x7fffffff, 0x4f000000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, w1
    {0x1e230020, 0, 0, 0, 0, 0, 0x80000000, 0x4f000000, 0, 0x5555555555555555, 0, 0},  // ucvtf s0, w1
    {0x1e230020, 0, 0, 0, 0, 0, 0x1000001, 0x4b800000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, w1
    {0x1e230020, 0, 0, 0, 0, 0, 0xffffffffffffffff, 0x4f800000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, w1
    {0x1e230020, 0, 0, 0, 0, 0, 0x8000000000000001, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // ucvtf s0, w1
    {0x1e230020, 0, 0, 0, 0, 0, 0x7fffffffffffffff, 0x4f800000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, w1
    {0x1e230020, 0, 0, 0, 0, 0, 0x20000000000001, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // ucvtf s0, w1
    {0x1e230020, 0, 0, 0, 0, 0, 0xffffffff00000001, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // ucvtf s0, w1
    {0x1e230020, 0x400000, 0, 0, 0, 0, 0x1000001, 0x4b800001, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, w1
    {0x1e230020, 0x800000, 0, 0, 0, 0, 0x1000001, 0x4b800000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, w1
    {0x1e230020, 0xc00000, 0, 0, 0, 0, 0x1000001, 0x4b800000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, w1
    {0x1e230020, 0x400000, 0, 0, 0, 0, 0xffffffff, 0x4f800000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, w1
    {0x1e230020, 0x800000, 0, 0, 0, 0, 0xffffffff, 0x4f7fffff, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, w1
    {0x1e230020, 0xc00000, 0, 0, 0, 0, 0xffffffff, 0x4f7fffff, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, w1
    {0x1e230020, 0x400000, 0, 0, 0, 0, 0x8000000000000001, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // ucvtf s0, w1
    {0x1e230020, 0x800000, 0, 0, 0, 0, 0x8000000000000001, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // ucvtf s0, w1
    {0x1e230020, 0xc00000, 0, 0, 0, 0, 0x8000000000000001, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // ucvtf s0, w1
    {0x1e230020, 0x400000, 0, 0, 0, 0, 0xfffffffffeffffff, 0x4f7f0000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, w1
    {0x1e230020, 0x800000, 0, 0, 0, 0, 0xfffffffffeffffff, 0x4f7effff, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, w1
    {0x1e230020, 0xc00000, 0, 0, 0, 0, 0xfffffffffeffffff, 0x4f7effff, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, w1
    {0x9e220020, 0, 0, 0, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // scvtf s0, x1
    {0x9e220020, 0, 0, 0, 0, 0, 0x1, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, x1
    {0x9e220020, 0, 0, 0, 0, 0, 0xffffffff, 0x4f800000, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, x1
    {0x9e220020, 0, 0, 0, 0, 0, 0x7fffffff, 0x4f000000, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, x1
    {0x9e220020, 0, 0, 0, 0, 0, 0x80000000, 0x4f000000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, x1
    {0x9e220020, 0, 0, 0, 0, 0, 0x1000001, 0x4b800000, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, x1
    {0x9e220020, 0, 0, 0, 0, 0, 0xffffffffffffffff, 0xbf800000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, x1
    {0x9e220020, 0, 0, 0, 0, 0, 0x8000000000000001, 0xdf000000, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, x1
    {0x9e220020, 0, 0, 0, 0, 0, 0x7fffffffffffffff, 0x5f000000, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, x1
    {0x9e220020, 0, 0, 0, 0, 0, 0x20000000000001, 0x5a000000, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, x1
    {0x9e220020, 0, 0, 0, 0, 0, 0xffffffff00000001, 0xcf800000, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, x1
    {0x9e220020, 0x400000, 0, 0, 0, 0, 0x1000001, 0x4b800001, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, x1
    {0x9e220020, 0x800000, 0, 0, 0, 0, 0x1000001, 0x4b800000, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, x1
    {0x9e220020, 0xc00000, 0, 0, 0, 0, 0x1000001, 0x4b800000, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, x1
    {0x9e220020, 0x400000, 0, 0, 0, 0, 0xffffffff, 0x4f800000, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, x1
    {0x9e220020, 0x800000, 0, 0, 0, 0, 0xffffffff, 0x4f7fffff, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, x1
    {0x9e220020, 0xc00000, 0, 0, 0, 0, 0xffffffff, 0x4f7fffff, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, x1
    {0x9e220020, 0x400000, 0, 0, 0, 0, 0x8000000000000001, 0xdeffffff, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, x1
    {0x9e220020, 0x800000, 0, 0, 0, 0, 0x8000000000000001, 0xdf000000, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, x1
    {0x9e220020, 0xc00000, 0, 0, 0, 0, 0x8000000000000001, 0xdeffffff, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, x1
    {0x9e220020, 0x400000, 0, 0, 0, 0, 0xfffffffffeffffff, 0xcb800000, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, x1
    {0x9e220020, 0x800000, 0, 0, 0, 0, 0xfffffffffeffffff, 0xcb800001, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, x1
    {0x9e220020, 0xc00000, 0, 0, 0, 0, 0xfffffffffeffffff, 0xcb800000, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, x1
    {0x9e230020, 0, 0, 0, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // ucvtf s0, x1
    {0x9e230020, 0, 0, 0, 0, 0, 0x1, 0x3f800000, 0, 0x5555555555555555, 0, 0},  // ucvtf s0, x1
    {0x9e230020, 0, 0, 0, 0, 0, 0xffffffff, 0x4f800000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, x1
    {0x9e230020, 0, 0, 0, 0, 0, 0x7fffffff, 0x4f000000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, x1
    {0x9e230020, 0, 0, 0, 0, 0, 0x80000000, 0x4f000000, 0, 0x5555555555555555, 0, 0},  // ucvtf s0, x1
    {0x9e230020, 0, 0, 0, 0, 0, 0x1000001, 0x4b800000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, x1
    {0x9e230020, 0, 0, 0, 0, 0, 0xffffffffffffffff, 0x5f800000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, x1
    {0x9e230020, 0, 0, 0, 0, 0, 0x8000000000000001, 0x5f000000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, x1
    {0x9e230020, 0, 0, 0, 0, 0, 0x7fffffffffffffff, 0x5f000000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, x1
    {0x9e230020, 0, 0, 0, 0, 0, 0x20000000000001, 0x5a000000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, x1
    {0x9e230020, 0, 0, 0, 0, 0, 0xffffffff00000001, 0x5f800000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, x1
    {0x9e230020, 0x400000, 0, 0, 0, 0, 0x1000001, 0x4b800001, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, x1
    {0x9e230020, 0x800000, 0, 0, 0, 0, 0x1000001, 0x4b800000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, x1
    {0x9e230020, 0xc00000, 0, 0, 0, 0, 0x1000001, 0x4b800000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, x1
    {0x9e230020, 0x400000, 0, 0, 0, 0, 0xffffffff, 0x4f800000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, x1
    {0x9e230020, 0x800000, 0, 0, 0, 0, 0xffffffff, 0x4f7fffff, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, x1
    {0x9e230020, 0xc00000, 0, 0, 0, 0, 0xffffffff, 0x4f7fffff, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, x1
    {0x9e230020, 0x400000, 0, 0, 0, 0, 0x8000000000000001, 0x5f000001, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, x1
    {0x9e230020, 0x800000, 0, 0, 0, 0, 0x8000000000000001, 0x5f000000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, x1
    {0x9e230020, 0xc00000, 0, 0, 0, 0, 0x8000000000000001, 0x5f000000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, x1
    {0x9e230020, 0x400000, 0, 0, 0, 0, 0xfffffffffeffffff, 0x5f800000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, x1
    {0x9e230020, 0x800000, 0, 0, 0, 0, 0xfffffffffeffffff, 0x5f7fffff, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, x1
    {0x9e230020, 0xc00000, 0, 0, 0, 0, 0xfffffffffeffffff, 0x5f7fffff, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, x1
    {0x1e620020, 0, 0, 0, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // scvtf d0, w1
    {0x1e620020, 0, 0, 0, 0, 0, 0x1, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, w1
    {0x1e620020, 0, 0, 0, 0, 0, 0xffffffff, 0xbff0000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, w1
    {0x1e620020, 0, 0, 0, 0, 0, 0x7fffffff, 0x41dfffffffc00000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, w1
    {0x1e620020, 0, 0, 0, 0, 0, 0x80000000, 0xc1e0000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, w1
    {0x1e620020, 0, 0, 0, 0, 0, 0x1000001, 0x4170000010000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, w1
    {0x1e620020, 0, 0, 0, 0, 0, 0xffffffffffffffff, 0xbff0000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, w1
    {0x1e620020, 0, 0, 0, 0, 0, 0x8000000000000001, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, w1
    {0x1e620020, 0, 0, 0, 0, 0, 0x7fffffffffffffff, 0xbff0000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, w1
    {0x1e620020, 0, 0, 0, 0, 0, 0x20000000000001, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, w1
    {0x1e620020, 0, 0, 0, 0, 0, 0xffffffff00000001, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, w1
    {0x1e620020, 0x400000, 0, 0, 0, 0, 0x1000001, 0x4170000010000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, w1
    {0x1e620020, 0x800000, 0, 0, 0, 0, 0x1000001, 0x4170000010000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, w1
    {0x1e620020, 0xc00000, 0, 0, 0, 0, 0x1000001, 0x4170000010000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, w1
    {0x1e620020, 0x400000, 0, 0, 0, 0, 0xffffffff, 0xbff0000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, w1
    {0x1e620020, 0x800000, 0, 0, 0, 0, 0xffffffff, 0xbff0000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, w1
    {0x1e620020, 0xc00000, 0, 0, 0, 0, 0xffffffff, 0xbff0000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, w1
    {0x1e620020, 0x400000, 0, 0, 0, 0, 0x8000000000000001, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, w1
    {0x1e620020, 0x800000, 0, 0, 0, 0, 0x8000000000000001, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, w1
    {0x1e620020, 0xc00000, 0, 0, 0, 0, 0x8000000000000001, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, w1
    {0x1e620020, 0x400000, 0, 0, 0, 0, 0xfffffffffeffffff, 0xc170000010000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, w1
    {0x1e620020, 0x800000, 0, 0, 0, 0, 0xfffffffffeffffff, 0xc170000010000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, w1
    {0x1e620020, 0xc00000, 0, 0, 0, 0, 0xfffffffffeffffff, 0xc170000010000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, w1
    {0x1e630020, 0, 0, 0, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1
    {0x1e630020, 0, 0, 0, 0, 0, 0x1, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1
    {0x1e630020, 0, 0, 0, 0, 0, 0xffffffff, 0x41efffffffe00000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1
    {0x1e630020, 0, 0, 0, 0, 0, 0x7fffffff, 0x41dfffffffc00000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1
    {0x1e630020, 0, 0, 0, 0, 0, 0x80000000, 0x41e0000000000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1
    {0x1e630020, 0, 0, 0, 0, 0, 0x1000001, 0x4170000010000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1
    {0x1e630020, 0, 0, 0, 0, 0, 0xffffffffffffffff, 0x41efffffffe00000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1
    {0x1e630020, 0, 0, 0, 0, 0, 0x8000000000000001, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1
    {0x1e630020, 0, 0, 0, 0, 0, 0x7fffffffffffffff, 0x41efffffffe00000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1
    {0x1e630020, 0, 0, 0, 0, 0, 0x20000000000001, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1
    {0x1e630020, 0, 0, 0, 0, 0, 0xffffffff00000001, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1
    {0x1e630020, 0x400000, 0, 0, 0, 0, 0x1000001, 0x4170000010000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1
    {0x1e630020, 0x800000, 0, 0, 0, 0, 0x1000001, 0x4170000010000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1
    {0x1e630020, 0xc00000, 0, 0, 0, 0, 0x1000001, 0x4170000010000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1
    {0x1e630020, 0x400000, 0, 0, 0, 0, 0xffffffff, 0x41efffffffe00000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1
    {0x1e630020, 0x800000, 0, 0, 0, 0, 0xffffffff, 0x41efffffffe00000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1
    {0x1e630020, 0xc00000, 0, 0, 0, 0, 0xffffffff, 0x41efffffffe00000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1
    {0x1e630020, 0x400000, 0, 0, 0, 0, 0x8000000000000001, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1
    {0x1e630020, 0x800000, 0, 0, 0, 0, 0x8000000000000001, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1
    {0x1e630020, 0xc00000, 0, 0, 0, 0, 0x8000000000000001, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1
    {0x1e630020, 0x400000, 0, 0, 0, 0, 0xfffffffffeffffff, 0x41efdfffffe00000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1
    {0x1e630020, 0x800000, 0, 0, 0, 0, 0xfffffffffeffffff, 0x41efdfffffe00000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1
    {0x1e630020, 0xc00000, 0, 0, 0, 0, 0xfffffffffeffffff, 0x41efdfffffe00000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1
    {0x9e620020, 0, 0, 0, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1
    {0x9e620020, 0, 0, 0, 0, 0, 0x1, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1
    {0x9e620020, 0, 0, 0, 0, 0, 0xffffffff, 0x41efffffffe00000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1
    {0x9e620020, 0, 0, 0, 0, 0, 0x7fffffff, 0x41dfffffffc00000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1
    {0x9e620020, 0, 0, 0, 0, 0, 0x80000000, 0x41e0000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1
    {0x9e620020, 0, 0, 0, 0, 0, 0x1000001, 0x4170000010000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1
    {0x9e620020, 0, 0, 0, 0, 0, 0xffffffffffffffff, 0xbff0000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1
    {0x9e620020, 0, 0, 0, 0, 0, 0x8000000000000001, 0xc3e0000000000000, 0, 0x5555555555555555, 0, 0x10},  // scvtf d0, x1
    {0x9e620020, 0, 0, 0, 0, 0, 0x7fffffffffffffff, 0x43e0000000000000, 0, 0x5555555555555555, 0, 0x10},  // scvtf d0, x1
    {0x9e620020, 0, 0, 0, 0, 0, 0x20000000000001, 0x4340000000000000, 0, 0x5555555555555555, 0, 0x10},  // scvtf d0, x1
    {0x9e620020, 0, 0, 0, 0, 0, 0xffffffff00000001, 0xc1efffffffe00000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1
    {0x9e620020, 0x400000, 0, 0, 0, 0, 0x1000001, 0x4170000010000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1
    {0x9e620020, 0x800000, 0, 0, 0, 0, 0x1000001, 0x4170000010000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1
    {0x9e620020, 0xc00000, 0, 0, 0, 0, 0x1000001, 0x4170000010000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1
    {0x9e620020, 0x400000, 0, 0, 0, 0, 0xffffffff, 0x41efffffffe00000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1
    {0x9e620020, 0x800000, 0, 0, 0, 0, 0xffffffff, 0x41efffffffe00000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1
    {0x9e620020, 0xc00000, 0, 0, 0, 0, 0xffffffff, 0x41efffffffe00000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1
    {0x9e620020, 0x400000, 0, 0, 0, 0, 0x8000000000000001, 0xc3dfffffffffffff, 0, 0x5555555555555555, 0, 0x10},  // scvtf d0, x1
    {0x9e620020, 0x800000, 0, 0, 0, 0, 0x8000000000000001, 0xc3e0000000000000, 0, 0x5555555555555555, 0, 0x10},  // scvtf d0, x1
    {0x9e620020, 0xc00000, 0, 0, 0, 0, 0x8000000000000001, 0xc3dfffffffffffff, 0, 0x5555555555555555, 0, 0x10},  // scvtf d0, x1
    {0x9e620020, 0x400000, 0, 0, 0, 0, 0xfffffffffeffffff, 0xc170000010000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1
    {0x9e620020, 0x800000, 0, 0, 0, 0, 0xfffffffffeffffff, 0xc170000010000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1
    {0x9e620020, 0xc00000, 0, 0, 0, 0, 0xfffffffffeffffff, 0xc170000010000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1
    {0x9e630020, 0, 0, 0, 0, 0, 0, 0, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, x1
    {0x9e630020, 0, 0, 0, 0, 0, 0x1, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, x1
    {0x9e630020, 0, 0, 0, 0, 0, 0xffffffff, 0x41efffffffe00000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, x1
    {0x9e630020, 0, 0, 0, 0, 0, 0x7fffffff, 0x41dfffffffc00000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, x1
    {0x9e630020, 0, 0, 0, 0, 0, 0x80000000, 0x41e0000000000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, x1
    {0x9e630020, 0, 0, 0, 0, 0, 0x1000001, 0x4170000010000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, x1
    {0x9e630020, 0, 0, 0, 0, 0, 0xffffffffffffffff, 0x43f0000000000000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf d0, x1
    {0x9e630020, 0, 0, 0, 0, 0, 0x8000000000000001, 0x43e0000000000000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf d0, x1
    {0x9e630020, 0, 0, 0, 0, 0, 0x7fffffffffffffff, 0x43e0000000000000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf d0, x1
    {0x9e630020, 0, 0, 0, 0, 0, 0x20000000000001, 0x4340000000000000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf d0, x1
    {0x9e630020, 0, 0, 0, 0, 0, 0xffffffff00000001, 0x43efffffffe00000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf d0, x1
    {0x9e630020, 0x400000, 0, 0, 0, 0, 0x1000001, 0x4170000010000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, x1
    {0x9e630020, 0x800000, 0, 0, 0, 0, 0x1000001, 0x4170000010000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, x1
    {0x9e630020, 0xc00000, 0, 0, 0, 0, 0x1000001, 0x4170000010000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, x1
    {0x9e630020, 0x400000, 0, 0, 0, 0, 0xffffffff, 0x41efffffffe00000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, x1
    {0x9e630020, 0x800000, 0, 0, 0, 0, 0xffffffff, 0x41efffffffe00000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, x1
    {0x9e630020, 0xc00000, 0, 0, 0, 0, 0xffffffff, 0x41efffffffe00000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, x1
    {0x9e630020, 0x400000, 0, 0, 0, 0, 0x8000000000000001, 0x43e0000000000001, 0, 0x5555555555555555, 0, 0x10},  // ucvtf d0, x1
    {0x9e630020, 0x800000, 0, 0, 0, 0, 0x8000000000000001, 0x43e0000000000000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf d0, x1
    {0x9e630020, 0xc00000, 0, 0, 0, 0, 0x8000000000000001, 0x43e0000000000000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf d0, x1
    {0x9e630020, 0x400000, 0, 0, 0, 0, 0xfffffffffeffffff, 0x43efffffffffe000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf d0, x1
    {0x9e630020, 0x800000, 0, 0, 0, 0, 0xfffffffffeffffff, 0x43efffffffffdfff, 0, 0x5555555555555555, 0, 0x10},  // ucvtf d0, x1
    {0x9e630020, 0xc00000, 0, 0, 0, 0, 0xfffffffffeffffff, 0x43efffffffffdfff, 0, 0x5555555555555555, 0, 0x10},  // ucvtf d0, x1
    {0x1e2203e0, 0, 0, 0, 0, 0, 0x5, 0, 0, 0x5555555555555555, 0, 0},  // scvtf s0, wzr
    {0x9e6303e0, 0, 0, 0, 0, 0, 0x5, 0, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, xzr
};

const FpVector kFixed[] = {
    {0x1e02fc20, 0, 0, 0, 0, 0, 0x1, 0x3f000000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1, #1
    {0x1e02fc20, 0, 0, 0, 0, 0, 0x3, 0x3fc00000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1, #1
    {0x1e02fc20, 0, 0, 0, 0, 0, 0xffffffff, 0xbf000000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1, #1
    {0x1e02fc20, 0, 0, 0, 0, 0, 0x80000000, 0xce800000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1, #1
    {0x1e02fc20, 0, 0, 0, 0, 0, 0xffffffffffffffff, 0xbf000000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1, #1
    {0x1e02fc20, 0, 0, 0, 0, 0, 0x123456789, 0x4d8d159e, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, w1, #1
    {0x1e02fc20, 0x400000, 0, 0, 0, 0, 0x7fffffff, 0x4e800000, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, w1, #1
    {0x1e03c020, 0, 0, 0, 0, 0, 0x1, 0x37800000, 0, 0x5555555555555555, 0, 0},  // ucvtf s0, w1, #16
    {0x1e03c020, 0, 0, 0, 0, 0, 0x3, 0x38400000, 0, 0x5555555555555555, 0, 0},  // ucvtf s0, w1, #16
    {0x1e03c020, 0, 0, 0, 0, 0, 0xffffffff, 0x47800000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, w1, #16
    {0x1e03c020, 0, 0, 0, 0, 0, 0x80000000, 0x47000000, 0, 0x5555555555555555, 0, 0},  // ucvtf s0, w1, #16
    {0x1e03c020, 0, 0, 0, 0, 0, 0xffffffffffffffff, 0x47800000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, w1, #16
    {0x1e03c020, 0, 0, 0, 0, 0, 0x123456789, 0x460d159e, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, w1, #16
    {0x1e03c020, 0x400000, 0, 0, 0, 0, 0x7fffffff, 0x47000000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf s0, w1, #16
    {0x1e028020, 0, 0, 0, 0, 0, 0x1, 0x2f800000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1, #32
    {0x1e028020, 0, 0, 0, 0, 0, 0x3, 0x30400000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1, #32
    {0x1e028020, 0, 0, 0, 0, 0, 0xffffffff, 0xaf800000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1, #32
    {0x1e028020, 0, 0, 0, 0, 0, 0x80000000, 0xbf000000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1, #32
    {0x1e028020, 0, 0, 0, 0, 0, 0xffffffffffffffff, 0xaf800000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, w1, #32
    {0x1e028020, 0, 0, 0, 0, 0, 0x123456789, 0x3e0d159e, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, w1, #32
    {0x1e028020, 0x400000, 0, 0, 0, 0, 0x7fffffff, 0x3f000000, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, w1, #32
    {0x1e438020, 0, 0, 0, 0, 0, 0x1, 0x3df0000000000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1, #32
    {0x1e438020, 0, 0, 0, 0, 0, 0x3, 0x3e08000000000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1, #32
    {0x1e438020, 0, 0, 0, 0, 0, 0xffffffff, 0x3fefffffffe00000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1, #32
    {0x1e438020, 0, 0, 0, 0, 0, 0x80000000, 0x3fe0000000000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1, #32
    {0x1e438020, 0, 0, 0, 0, 0, 0xffffffffffffffff, 0x3fefffffffe00000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1, #32
    {0x1e438020, 0, 0, 0, 0, 0, 0x123456789, 0x3fc1a2b3c4800000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1, #32
    {0x1e438020, 0x400000, 0, 0, 0, 0, 0x7fffffff, 0x3fdfffffffc00000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, w1, #32
    {0x9e42fc20, 0, 0, 0, 0, 0, 0x1, 0x3fe0000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1, #1
    {0x9e42fc20, 0, 0, 0, 0, 0, 0x3, 0x3ff8000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1, #1
    {0x9e42fc20, 0, 0, 0, 0, 0, 0xffffffff, 0x41dfffffffe00000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1, #1
    {0x9e42fc20, 0, 0, 0, 0, 0, 0x80000000, 0x41d0000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1, #1
    {0x9e42fc20, 0, 0, 0, 0, 0, 0xffffffffffffffff, 0xbfe0000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1, #1
    {0x9e42fc20, 0, 0, 0, 0, 0, 0x123456789, 0x41e2345678900000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1, #1
    {0x9e42fc20, 0x400000, 0, 0, 0, 0, 0x7fffffff, 0x41cfffffffc00000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1, #1
    {0x9e430020, 0, 0, 0, 0, 0, 0x1, 0x3bf0000000000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, x1, #64
    {0x9e430020, 0, 0, 0, 0, 0, 0x3, 0x3c08000000000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, x1, #64
    {0x9e430020, 0, 0, 0, 0, 0, 0xffffffff, 0x3defffffffe00000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, x1, #64
    {0x9e430020, 0, 0, 0, 0, 0, 0x80000000, 0x3de0000000000000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, x1, #64
    {0x9e430020, 0, 0, 0, 0, 0, 0xffffffffffffffff, 0x3ff0000000000000, 0, 0x5555555555555555, 0, 0x10},  // ucvtf d0, x1, #64
    {0x9e430020, 0, 0, 0, 0, 0, 0x123456789, 0x3df2345678900000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, x1, #64
    {0x9e430020, 0x400000, 0, 0, 0, 0, 0x7fffffff, 0x3ddfffffffc00000, 0, 0x5555555555555555, 0, 0},  // ucvtf d0, x1, #64
    {0x9e020020, 0, 0, 0, 0, 0, 0x1, 0x1f800000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, x1, #64
    {0x9e020020, 0, 0, 0, 0, 0, 0x3, 0x20400000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, x1, #64
    {0x9e020020, 0, 0, 0, 0, 0, 0xffffffff, 0x2f800000, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, x1, #64
    {0x9e020020, 0, 0, 0, 0, 0, 0x80000000, 0x2f000000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, x1, #64
    {0x9e020020, 0, 0, 0, 0, 0, 0xffffffffffffffff, 0x9f800000, 0, 0x5555555555555555, 0, 0},  // scvtf s0, x1, #64
    {0x9e020020, 0, 0, 0, 0, 0, 0x123456789, 0x2f91a2b4, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, x1, #64
    {0x9e020020, 0x400000, 0, 0, 0, 0, 0x7fffffff, 0x2f000000, 0, 0x5555555555555555, 0, 0x10},  // scvtf s0, x1, #64
    {0x9e42d820, 0, 0, 0, 0, 0, 0x1, 0x3f50000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1, #10
    {0x9e42d820, 0, 0, 0, 0, 0, 0x3, 0x3f68000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1, #10
    {0x9e42d820, 0, 0, 0, 0, 0, 0xffffffff, 0x414fffffffe00000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1, #10
    {0x9e42d820, 0, 0, 0, 0, 0, 0x80000000, 0x4140000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1, #10
    {0x9e42d820, 0, 0, 0, 0, 0, 0xffffffffffffffff, 0xbf50000000000000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1, #10
    {0x9e42d820, 0, 0, 0, 0, 0, 0x123456789, 0x4152345678900000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1, #10
    {0x9e42d820, 0x400000, 0, 0, 0, 0, 0x7fffffff, 0x413fffffffc00000, 0, 0x5555555555555555, 0, 0},  // scvtf d0, x1, #10
    {0x1e18fc20, 0, 0, 0x40200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5, 0, 0},  // fcvtzs w0, s1, #1
    {0x1e18fc20, 0, 0, 0xc0200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffffb, 0, 0},  // fcvtzs w0, s1, #1
    {0x1e18fc20, 0, 0, 0x3fc00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x3, 0, 0},  // fcvtzs w0, s1, #1
    {0x1e18fc20, 0, 0, 0xbf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0},  // fcvtzs w0, s1, #1
    {0x1e18fc20, 0, 0, 0xbf800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffffe, 0, 0},  // fcvtzs w0, s1, #1
    {0x1e18fc20, 0, 0, 0x7fc00001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzs w0, s1, #1
    {0x1e18fc20, 0, 0, 0x7f800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, s1, #1
    {0x1e18fc20, 0, 0, 0xff800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0x1},  // fcvtzs w0, s1, #1
    {0x1e18fc20, 0, 0, 0x4f32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, s1, #1
    {0x1e18fc20, 0, 0, 0xcf32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0x1},  // fcvtzs w0, s1, #1
    {0x1e18fc20, 0, 0, 0x4f000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, s1, #1
    {0x1e18fc20, 0, 0, 0xcf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0x1},  // fcvtzs w0, s1, #1
    {0x1e18fc20, 0, 0, 0x4f800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, s1, #1
    {0x1e18fc20, 0, 0, 0x60ad78ec, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, s1, #1
    {0x1e18fc20, 0, 0, 0x3dcccccd, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzs w0, s1, #1
    {0x1e18fc20, 0, 0, 0x40400000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x6, 0, 0},  // fcvtzs w0, s1, #1
    {0x1e19c020, 0, 0, 0x40200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x28000, 0, 0},  // fcvtzu w0, s1, #16
    {0x1e19c020, 0, 0, 0xc0200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, s1, #16
    {0x1e19c020, 0, 0, 0x3fc00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x18000, 0, 0},  // fcvtzu w0, s1, #16
    {0x1e19c020, 0, 0, 0xbf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, s1, #16
    {0x1e19c020, 0, 0, 0xbf800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, s1, #16
    {0x1e19c020, 0, 0, 0x7fc00001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, s1, #16
    {0x1e19c020, 0, 0, 0x7f800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x1},  // fcvtzu w0, s1, #16
    {0x1e19c020, 0, 0, 0xff800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, s1, #16
    {0x1e19c020, 0, 0, 0x4f32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x1},  // fcvtzu w0, s1, #16
    {0x1e19c020, 0, 0, 0xcf32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, s1, #16
    {0x1e19c020, 0, 0, 0x4f000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x1},  // fcvtzu w0, s1, #16
    {0x1e19c020, 0, 0, 0xcf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, s1, #16
    {0x1e19c020, 0, 0, 0x4f800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x1},  // fcvtzu w0, s1, #16
    {0x1e19c020, 0, 0, 0x60ad78ec, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x1},  // fcvtzu w0, s1, #16
    {0x1e19c020, 0, 0, 0x3dcccccd, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x1999, 0, 0x10},  // fcvtzu w0, s1, #16
    {0x1e19c020, 0, 0, 0x40400000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x30000, 0, 0},  // fcvtzu w0, s1, #16
    {0x1e188020, 0, 0, 0x40200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, s1, #32
    {0x1e188020, 0, 0, 0xc0200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0x1},  // fcvtzs w0, s1, #32
    {0x1e188020, 0, 0, 0x3fc00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, s1, #32
    {0x1e188020, 0, 0, 0xbf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0},  // fcvtzs w0, s1, #32
    {0x1e188020, 0, 0, 0xbf800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0x1},  // fcvtzs w0, s1, #32
    {0x1e188020, 0, 0, 0x7fc00001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzs w0, s1, #32
    {0x1e188020, 0, 0, 0x7f800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, s1, #32
    {0x1e188020, 0, 0, 0xff800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0x1},  // fcvtzs w0, s1, #32
    {0x1e188020, 0, 0, 0x4f32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, s1, #32
    {0x1e188020, 0, 0, 0xcf32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0x1},  // fcvtzs w0, s1, #32
    {0x1e188020, 0, 0, 0x4f000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, s1, #32
    {0x1e188020, 0, 0, 0xcf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x80000000, 0, 0x1},  // fcvtzs w0, s1, #32
    {0x1e188020, 0, 0, 0x4f800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, s1, #32
    {0x1e188020, 0, 0, 0x60ad78ec, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, s1, #32
    {0x1e188020, 0, 0, 0x3dcccccd, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x199999a0, 0, 0},  // fcvtzs w0, s1, #32
    {0x1e188020, 0, 0, 0x40400000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffff, 0, 0x1},  // fcvtzs w0, s1, #32
    {0x9e190020, 0, 0, 0x40200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffffffffffff, 0, 0x1},  // fcvtzu x0, s1, #64
    {0x9e190020, 0, 0, 0xc0200000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, s1, #64
    {0x9e190020, 0, 0, 0x3fc00000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffffffffffff, 0, 0x1},  // fcvtzu x0, s1, #64
    {0x9e190020, 0, 0, 0xbf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, s1, #64
    {0x9e190020, 0, 0, 0xbf800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, s1, #64
    {0x9e190020, 0, 0, 0x7fc00001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, s1, #64
    {0x9e190020, 0, 0, 0x7f800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffffffffffff, 0, 0x1},  // fcvtzu x0, s1, #64
    {0x9e190020, 0, 0, 0xff800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, s1, #64
    {0x9e190020, 0, 0, 0x4f32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffffffffffff, 0, 0x1},  // fcvtzu x0, s1, #64
    {0x9e190020, 0, 0, 0xcf32d05e, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, s1, #64
    {0x9e190020, 0, 0, 0x4f000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffffffffffff, 0, 0x1},  // fcvtzu x0, s1, #64
    {0x9e190020, 0, 0, 0xcf000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, s1, #64
    {0x9e190020, 0, 0, 0x4f800000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffffffffffff, 0, 0x1},  // fcvtzu x0, s1, #64
    {0x9e190020, 0, 0, 0x60ad78ec, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffffffffffff, 0, 0x1},  // fcvtzu x0, s1, #64
    {0x9e190020, 0, 0, 0x3dcccccd, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x199999a000000000, 0, 0},  // fcvtzu x0, s1, #64
    {0x9e190020, 0, 0, 0x40400000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffffffffffff, 0, 0x1},  // fcvtzu x0, s1, #64
    {0x9e58d820, 0, 0, 0x4004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xa00, 0, 0},  // fcvtzs x0, d1, #10
    {0x9e58d820, 0, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffffffffff600, 0, 0},  // fcvtzs x0, d1, #10
    {0x9e58d820, 0, 0, 0x3ff8000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x600, 0, 0},  // fcvtzs x0, d1, #10
    {0x9e58d820, 0, 0, 0xbfe0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffffffffffe00, 0, 0},  // fcvtzs x0, d1, #10
    {0x9e58d820, 0, 0, 0xbff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffffffffffc00, 0, 0},  // fcvtzs x0, d1, #10
    {0x9e58d820, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzs x0, d1, #10
    {0x9e58d820, 0, 0, 0x7ff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffffffffffff, 0, 0x1},  // fcvtzs x0, d1, #10
    {0x9e58d820, 0, 0, 0xfff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x8000000000000000, 0, 0x1},  // fcvtzs x0, d1, #10
    {0x9e58d820, 0, 0, 0x41e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x2cb41780000, 0, 0},  // fcvtzs x0, d1, #10
    {0x9e58d820, 0, 0, 0xc1e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffd34be880000, 0, 0},  // fcvtzs x0, d1, #10
    {0x9e58d820, 0, 0, 0x41e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x20000000000, 0, 0},  // fcvtzs x0, d1, #10
    {0x9e58d820, 0, 0, 0xc1e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xfffffe0000000000, 0, 0},  // fcvtzs x0, d1, #10
    {0x9e58d820, 0, 0, 0x41f0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x40000000000, 0, 0},  // fcvtzs x0, d1, #10
    {0x9e58d820, 0, 0, 0x4415af1d78b58c40, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffffffffffff, 0, 0x1},  // fcvtzs x0, d1, #10
    {0x9e58d820, 0, 0, 0x3fb999999999999a, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x66, 0, 0x10},  // fcvtzs x0, d1, #10
    {0x9e58d820, 0, 0, 0x4008000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xc00, 0, 0},  // fcvtzs x0, d1, #10
    {0x1e598020, 0, 0, 0x4004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x1},  // fcvtzu w0, d1, #32
    {0x1e598020, 0, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, d1, #32
    {0x1e598020, 0, 0, 0x3ff8000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x1},  // fcvtzu w0, d1, #32
    {0x1e598020, 0, 0, 0xbfe0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, d1, #32
    {0x1e598020, 0, 0, 0xbff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, d1, #32
    {0x1e598020, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, d1, #32
    {0x1e598020, 0, 0, 0x7ff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x1},  // fcvtzu w0, d1, #32
    {0x1e598020, 0, 0, 0xfff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, d1, #32
    {0x1e598020, 0, 0, 0x41e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x1},  // fcvtzu w0, d1, #32
    {0x1e598020, 0, 0, 0xc1e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, d1, #32
    {0x1e598020, 0, 0, 0x41e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x1},  // fcvtzu w0, d1, #32
    {0x1e598020, 0, 0, 0xc1e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu w0, d1, #32
    {0x1e598020, 0, 0, 0x41f0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x1},  // fcvtzu w0, d1, #32
    {0x1e598020, 0, 0, 0x4415af1d78b58c40, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x1},  // fcvtzu w0, d1, #32
    {0x1e598020, 0, 0, 0x3fb999999999999a, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x19999999, 0, 0x10},  // fcvtzu w0, d1, #32
    {0x1e598020, 0, 0, 0x4008000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffff, 0, 0x1},  // fcvtzu w0, d1, #32
    {0x9e580020, 0, 0, 0x4004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffffffffffff, 0, 0x1},  // fcvtzs x0, d1, #64
    {0x9e580020, 0, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x8000000000000000, 0, 0x1},  // fcvtzs x0, d1, #64
    {0x9e580020, 0, 0, 0x3ff8000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffffffffffff, 0, 0x1},  // fcvtzs x0, d1, #64
    {0x9e580020, 0, 0, 0xbfe0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x8000000000000000, 0, 0},  // fcvtzs x0, d1, #64
    {0x9e580020, 0, 0, 0xbff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x8000000000000000, 0, 0x1},  // fcvtzs x0, d1, #64
    {0x9e580020, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzs x0, d1, #64
    {0x9e580020, 0, 0, 0x7ff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffffffffffff, 0, 0x1},  // fcvtzs x0, d1, #64
    {0x9e580020, 0, 0, 0xfff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x8000000000000000, 0, 0x1},  // fcvtzs x0, d1, #64
    {0x9e580020, 0, 0, 0x41e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffffffffffff, 0, 0x1},  // fcvtzs x0, d1, #64
    {0x9e580020, 0, 0, 0xc1e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x8000000000000000, 0, 0x1},  // fcvtzs x0, d1, #64
    {0x9e580020, 0, 0, 0x41e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffffffffffff, 0, 0x1},  // fcvtzs x0, d1, #64
    {0x9e580020, 0, 0, 0xc1e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x8000000000000000, 0, 0x1},  // fcvtzs x0, d1, #64
    {0x9e580020, 0, 0, 0x41f0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffffffffffff, 0, 0x1},  // fcvtzs x0, d1, #64
    {0x9e580020, 0, 0, 0x4415af1d78b58c40, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffffffffffff, 0, 0x1},  // fcvtzs x0, d1, #64
    {0x9e580020, 0, 0, 0x3fb999999999999a, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x1999999999999a00, 0, 0},  // fcvtzs x0, d1, #64
    {0x9e580020, 0, 0, 0x4008000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x7fffffffffffffff, 0, 0x1},  // fcvtzs x0, d1, #64
    {0x9e59fc20, 0, 0, 0x4004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x5, 0, 0},  // fcvtzu x0, d1, #1
    {0x9e59fc20, 0, 0, 0xc004000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, d1, #1
    {0x9e59fc20, 0, 0, 0x3ff8000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x3, 0, 0},  // fcvtzu x0, d1, #1
    {0x9e59fc20, 0, 0, 0xbfe0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, d1, #1
    {0x9e59fc20, 0, 0, 0xbff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, d1, #1
    {0x9e59fc20, 0, 0, 0x7ff8000000000001, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, d1, #1
    {0x9e59fc20, 0, 0, 0x7ff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffffffffffff, 0, 0x1},  // fcvtzu x0, d1, #1
    {0x9e59fc20, 0, 0, 0xfff0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, d1, #1
    {0x9e59fc20, 0, 0, 0x41e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x165a0bc00, 0, 0},  // fcvtzu x0, d1, #1
    {0x9e59fc20, 0, 0, 0xc1e65a0bc0000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, d1, #1
    {0x9e59fc20, 0, 0, 0x41e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x100000000, 0, 0},  // fcvtzu x0, d1, #1
    {0x9e59fc20, 0, 0, 0xc1e0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x1},  // fcvtzu x0, d1, #1
    {0x9e59fc20, 0, 0, 0x41f0000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x200000000, 0, 0},  // fcvtzu x0, d1, #1
    {0x9e59fc20, 0, 0, 0x4415af1d78b58c40, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0xffffffffffffffff, 0, 0x1},  // fcvtzu x0, d1, #1
    {0x9e59fc20, 0, 0, 0x3fb999999999999a, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0, 0, 0x10},  // fcvtzu x0, d1, #1
    {0x9e59fc20, 0, 0, 0x4008000000000000, 0, 0, 0, 0x5555555555555555, 0x5555555555555555, 0x6, 0, 0},  // fcvtzu x0, d1, #1
};

}  // namespace

TEST_CASE("FMUL/FDIV/FADD/FSUB/FNMUL/FMAX/FMIN/FMAXNM/FMINNM match QEMU: NaNs, FZ, DN, rounding", "[arm64][cpu][fp]")
{
    const std::string mismatches = run_vectors(kDp2);
    INFO(mismatches);
    CHECK(mismatches.empty());
}

TEST_CASE("FMOV/FABS/FNEG/FSQRT/FRINT* match QEMU: NaNs kept or quieted, ties, FPCR rounding", "[arm64][cpu][fp]")
{
    const std::string mismatches = run_vectors(kDp1);
    INFO(mismatches);
    CHECK(mismatches.empty());
}

TEST_CASE("FCVT between half, single and double matches QEMU: AHP, DN, FZ, overflow", "[arm64][cpu][fp]")
{
    const std::string mismatches = run_vectors(kFcvt);
    INFO(mismatches);
    CHECK(mismatches.empty());
}

TEST_CASE("FMADD/FMSUB/FNMADD/FNMSUB match QEMU: fused rounding, NaN order, inf * 0", "[arm64][cpu][fp]")
{
    const std::string mismatches = run_vectors(kDp3);
    INFO(mismatches);
    CHECK(mismatches.empty());
}

TEST_CASE("FCMP/FCMPE/FCCMP/FCCMPE set NZCV as QEMU does, signalling only where required", "[arm64][cpu][fp]")
{
    const std::string mismatches = run_vectors(kCmp);
    INFO(mismatches);
    CHECK(mismatches.empty());
}

TEST_CASE("FCSEL picks by condition and clears the register above the element", "[arm64][cpu][fp]")
{
    const std::string mismatches = run_vectors(kSel);
    INFO(mismatches);
    CHECK(mismatches.empty());
}

TEST_CASE("FMOV immediate and FMOV general (W/X, top half, ZR) match QEMU", "[arm64][cpu][fp]")
{
    const std::string mismatches = run_vectors(kImm);
    INFO(mismatches);
    CHECK(mismatches.empty());
}

TEST_CASE("FCVT[NPMZA][SU] to W/X match QEMU: ties, saturation, NaN, W zero-extension", "[arm64][cpu][fp]")
{
    const std::string mismatches = run_vectors(kToint);
    INFO(mismatches);
    CHECK(mismatches.empty());
}

TEST_CASE("SCVTF/UCVTF from W/X match QEMU in every rounding mode", "[arm64][cpu][fp]")
{
    const std::string mismatches = run_vectors(kFromint);
    INFO(mismatches);
    CHECK(mismatches.empty());
}

TEST_CASE("Fixed-point SCVTF/UCVTF/FCVTZS/FCVTZU match QEMU, fbits 1 to 64", "[arm64][cpu][fp]")
{
    const std::string mismatches = run_vectors(kFixed);
    INFO(mismatches);
    CHECK(mismatches.empty());
}
