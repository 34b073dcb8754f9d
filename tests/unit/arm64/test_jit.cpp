// The block compiler (models/arm64/jit_x86.*) against situations the
// instruction-level tests do not build: runs longer than a block that are
// reached by chaining from another page, and code that rewrites a later
// instruction of the run it is executing. Like every test of this family it
// runs on the block compiler (every run compiled at once) and again on the
// interpreter (arm64-interp/*), which must agree.
#include <catch2/catch.hpp>

#include "cpu_bench.h"

using namespace vp::arm64;
using namespace vp::arm64::test;

namespace {

uint32_t enc_b(uint64_t from, uint64_t to)
{
    return 0x14000000u | (uint32_t((int64_t(to) - int64_t(from)) >> 2) & 0x3FFFFFFu);
}

uint32_t enc_cbnz_x(unsigned rt, uint64_t from, uint64_t to)
{
    return 0xB5000000u | ((uint32_t((int64_t(to) - int64_t(from)) >> 2) & 0x7FFFFu) << 5) | rt;
}

constexpr uint32_t kAddX0X0_1 = 0x91000400;  // add x0, x0, #1

}  // namespace

TEST_CASE("A run longer than a block, entered by chaining from another page, completes")
{
    // Page A: x1 = 2; loop: b page B. Page B: 300 x (add x0, x0, #1) -- one
    // straight-line run longer than a compiled block -- then sub x1, x1, #1;
    // cbnz x1, loop; b . The second time round page B's block is entered
    // from page A's block without returning to C++, so the run continues on
    // the page the stopped block belongs to.
    CpuBench b;
    const uint64_t a = kRamBase, pb = kRamBase + 0x1000;
    b.load({0xD2800041u /* movz x1, #2 */, enc_b(a + 4, pb)}, a);
    std::vector<uint32_t> page_b(300, kAddX0X0_1);
    const uint64_t sub_at = pb + 4 * page_b.size();
    page_b.push_back(0xD1000421u);  // sub x1, x1, #1
    page_b.push_back(enc_cbnz_x(1, sub_at + 4, a + 4));
    page_b.push_back(enc_b(sub_at + 8, sub_at + 8));  // b .
    b.load(page_b, pb);
    b.run(sc_core::sc_time(5, sc_core::SC_US));
    CHECK(b.x(0) == 600);
    CHECK(b.x(1) == 0);
    CHECK(b.s().pc == sub_at + 8);
    CHECK(b.s().el == 1);
}

TEST_CASE("A store that rewrites a later instruction of the running run takes effect in that run")
{
    // w2 = the word of "add x0, x0, #5"; str w2 over the next instruction
    // ("add x0, x0, #1"), which then executes as the new instruction, as on
    // the interpreter (the decoded record is refreshed by the store).
    CpuBench b;
    b.load({0x52828002u,   // movz w2, #0x1400
            0x72B22002u,   // movk w2, #0x9100, lsl #16  -> 0x91001400 = add x0, x0, #5
            0x10000043u,   // adr x3, .+8 (the add below)
            0xB9000062u,   // str w2, [x3]
            kAddX0X0_1,    // replaced before it executes
            0x14000000u}); // b .
    b.run(sc_core::sc_time(2, sc_core::SC_US));
    CHECK(b.x(2) == 0x91001400u);
    CHECK(b.peek32(kRamBase + 16) == 0x91001400u);
    CHECK(b.x(0) == 5);
    CHECK(b.s().pc == kRamBase + 20);
}

TEST_CASE("A loop runs the same instruction count on the block compiler as on the interpreter")
{
    // 1000 iterations of a 4-instruction loop, then b .: the retired count
    // at a fixed simulated time is the same on both accelerators, and so
    // are the results. Each instruction costs 1 ns; a run that starts before
    // the end of the last quantum completes, so the count is 10 us of
    // instructions plus the rest of that run: 10002 on both.
    CpuBench b;
    b.load({0xD2807D01u,   // movz x1, #1000
            0x91000400u,   // loop: add x0, x0, #1
            0xD1000421u,   //       sub x1, x1, #1
            0xF100003Fu,   //       cmp x1, #0
            0x54FFFFA1u,   //       b.ne loop
            0x14000000u}); // b .
    b.run(sc_core::sc_time(10, sc_core::SC_US));
    CHECK(b.x(0) == 1000);
    CHECK(b.x(1) == 0);
    CHECK(b.s().nzcv == 0x6);  // Z and C from the last cmp
    CHECK(b.cpu.instructions() == 10002);
}

TEST_CASE("Flags of a logical operation feed CSEL and B.cond across instructions that clobber host flags")
{
    // The block compiler defers the NZCV store of ANDS/TST and recreates
    // the flags from the kept result where a consumer needs them after
    // shifts and XORs (which change the host flags). A CRC-like loop, its
    // result computed here the same way, plus 64- and 32-bit TST widths.
    CpuBench b;
    b.load({0x52959C21u,   // movz w1, #0xace1
            0x52800282u,   // movz w2, #20
            0x52800005u,   // movz w5, #0
            0x72000023u,   // loop: ands w3, w1, #1
            0x53017C21u,   //       lsr w1, w1, #1
            0x4A020024u,   //       eor w4, w1, w2
            0x1A811081u,   //       csel w1, w4, w1, ne
            0x721E003Fu,   //       tst w1, #4
            0x110004A5u,   //       add w5, w5, #1
            0x1A8504A5u,   //       cinc w5, w5, ne
            0x71000442u,   //       subs w2, w2, #1
            0x54FFFF01u,   //       b.ne loop
            0xD2F00008u,   // movz x8, #0x8000, lsl #48
            0xEA080107u,   // ands x7, x8, x8        (N)
            0xD344FD09u,   // lsr x9, x8, #4
            0x9A89410Au,   // csel x10, x8, x9, mi
            0x6A08010Bu,   // ands w11, w8, w8       (Z: the low word is 0)
            0xD348FD0Cu,   // lsr x12, x8, #8
            0x9A8C010Du,   // csel x13, x8, x12, eq
            0x52B0000Eu,   // movz w14, #0x8000, lsl #16
            0x6A0E01CBu,   // ands w11, w14, w14     (N from bit 31)
            0xD348FD0Cu,   // lsr x12, x8, #8
            0x9A8C410Fu,   // csel x15, x8, x12, mi
            0x14000000u}); // b .
    uint32_t w1 = 0xACE1, w2 = 20, w5 = 0;
    do {
        const bool ne = (w1 & 1) != 0;
        w1 >>= 1;
        if (ne)
            w1 ^= w2;
        w5 += 1;
        if (w1 & 4)
            w5 += 1;
    } while (--w2 != 0);
    b.run(sc_core::sc_time(5, sc_core::SC_US));
    CHECK(b.x(1) == w1);
    CHECK(b.x(5) == w5);
    CHECK(b.x(10) == 0x8000000000000000ull);  // MI held after ANDS x
    CHECK(b.x(13) == 0x8000000000000000ull);  // EQ held after ANDS w
    CHECK(b.x(15) == 0x8000000000000000ull);  // MI held after ANDS w (bit 31)
    CHECK(b.s().nzcv == 0x8);                 // N of the last ANDS, stored at the block's end
    CHECK(b.s().pc == kRamBase + 23 * 4);
}

TEST_CASE("Divides and variable shifts: W and X edge cases")
{
    // The block compiler emits these inline (x86 DIV/IDIV fault on a zero
    // divisor and on INT_MIN / -1, A64 does not); the expected values follow
    // the A64 definitions, computed here.
    CpuBench b;
    b.load({0x52B00001u,   // movz w1, #0x8000, lsl #16   (INT32_MIN)
            0x12800002u,   // movn w2, #0                 (-1)
            0x1AC20C23u,   // sdiv w3, w1, w2
            0x1AC20824u,   // udiv w4, w1, w2
            0xD28000E5u,   // movz x5, #7
            0x9ADF0CA6u,   // sdiv x6, x5, xzr
            0x928000C7u,   // movn x7, #6                 (-7)
            0x9AC50CE8u,   // sdiv x8, x7, x5
            0x9AC508E9u,   // udiv x9, x7, x5
            0x5280046Au,   // movz w10, #35
            0x1ACA20ABu,   // lslv w11, w5, w10
            0x9ACA28ECu,   // asrv x12, x7, x10
            0x1ACA2CADu,   // rorv w13, w5, w10
            0x9ACA24EEu,   // lsrv x14, x7, x10
            0x14000000u}); // b .
    b.run(sc_core::sc_time(2, sc_core::SC_US));
    const uint64_t minus7 = ~uint64_t(6);
    CHECK(b.x(3) == 0x80000000u);                 // INT32_MIN / -1 = INT32_MIN
    CHECK(b.x(4) == 0);                           // 0x80000000 / 0xFFFFFFFF
    CHECK(b.x(6) == 0);                           // x / 0 = 0
    CHECK(b.x(8) == ~uint64_t(0));                // -7 / 7 = -1
    CHECK(b.x(9) == minus7 / 7);
    CHECK(b.x(11) == (7u << (35 % 32)));          // the count is taken modulo 32
    CHECK(b.x(12) == uint64_t(int64_t(minus7) >> 35));
    CHECK(b.x(13) == ((7u >> 3) | (7u << 29)));   // ROR W by 35 % 32 = 3
    CHECK(b.x(14) == (minus7 >> 35));
}
