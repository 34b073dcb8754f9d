// Instruction-class wiring of the executor (the ALU functions themselves are
// tested in test_alu.cpp): register 31 as SP or XZR, W forms, extended and
// shifted operands, variable shifts modulo the width, divide edge cases,
// conditional compare/select, carry; branches of every kind; self-modifying
// code with IC IVAU; semihosting SYS_EXIT_EXTENDED ending the simulation.
#include <catch2/catch.hpp>

#include "cpu_bench.h"

using namespace vp::arm64;
using namespace vp::arm64::test;

TEST_CASE("data processing operands: SP/XZR, W forms, extends, shifts, divides, conditionals",
          "[arm64][cpu][dp]")
{
    CpuBench b;
    b.load({
        0xd2a80400,  //   0: mov x0, #0x40200000
        0x9100001f,  //   4: mov sp, x0
        0x92800001,  //   8: mov x1, #0xffffffffffffffff
        0x11000422,  //   c: add w2, w1, #0x1
        0x910043e3,  //  10: add x3, sp, #0x10
        0x910083ff,  //  14: add sp, sp, #0x20
        0x910003e4,  //  18: mov x4, sp
        0xb100043f,  //  1c: cmn x1, #0x1
        0x9a9f17e5,  //  20: cset x5, eq
        0x8b2147e6,  //  24: add x6, sp, w1, uxtw #1
        0xcb21c3e7,  //  28: sub x7, sp, w1, sxtw
        0xd2800068,  //  2c: mov x8, #0x3
        0x9ac82029,  //  30: lsl x9, x1, x8
        0xd280086a,  //  34: mov x10, #0x43
        0x9aca210b,  //  38: lsl x11, x8, x10
        0x1aca210c,  //  3c: lsl w12, w8, w10
        0x937ffc2d,  //  40: asr x13, x1, #63
        0x1388050e,  //  44: ror w14, w8, #1
        0xd280000f,  //  48: mov x15, #0x0
        0x9acf0830,  //  4c: udiv x16, x1, x15
        0xd2f00011,  //  50: mov x17, #0x8000000000000000
        0x92800012,  //  54: mov x18, #0xffffffffffffffff
        0x9ad20e33,  //  58: sdiv x19, x17, x18
        0x1ad20e34,  //  5c: sdiv w20, w17, w18
        0xfa430900,  //  60: ccmp x8, #0x3, #0x0, eq
        0x9a9f17f5,  //  64: cset x21, eq
        0xf100111f,  //  68: cmp x8, #0x4
        0xfa430902,  //  6c: ccmp x8, #0x3, #0x2, eq
        0xd53b4216,  //  70: mrs x22, nzcv
        0x9a881517,  //  74: cinc x23, x8, eq
        0xda881518,  //  78: cneg x24, x8, eq
        0xda880119,  //  7c: cinv x25, x8, ne
        0xb100043a,  //  80: adds x26, x1, #0x1
        0x9a1f03fb,  //  84: adc x27, xzr, xzr
        0xda1f03fc,  //  88: ngc x28, xzr
        0xdac0111d,  //  8c: clz x29, x8
        0x5ac0091e,  //  90: rev w30, w8
        0x14000000,  //  94: b 94
    });
    b.run();
    CHECK(b.x(2) == 0);  // W form wraps and clears bits 63:32
    CHECK(b.x(3) == 0x40200010);
    CHECK(b.x(4) == 0x40200020);  // ADD SP, SP, #imm
    CHECK(b.x(5) == 1);           // CMN: Rd = 31 is XZR, flags set
    CHECK(b.x(6) == 0x40200020 + (0xffffffffull << 1));  // SP base, UXTW #1
    CHECK(b.x(7) == 0x40200021);                          // SXTW of -1
    CHECK(b.x(9) == 0xfffffffffffffff8ull);
    CHECK(b.x(11) == 24);  // LSLV amount 67 mod 64
    CHECK(b.x(12) == 24);  // LSLV W: 67 mod 32
    CHECK(b.x(13) == ~0ull);
    CHECK(b.x(14) == 0x80000001);
    CHECK(b.x(16) == 0);                       // UDIV by zero
    CHECK(b.x(19) == 0x8000000000000000ull);  // INT64_MIN / -1 wraps
    CHECK(b.x(20) == 0);
    CHECK(b.x(21) == 1);           // CCMP compared (EQ held)
    CHECK(b.x(22) == 0x20000000);  // CCMP took #nzcv (EQ failed)
    CHECK(b.x(23) == 3);
    CHECK(b.x(24) == 3);
    CHECK(b.x(25) == 0xfffffffffffffffcull);
    CHECK(b.x(26) == 0);
    CHECK(b.x(27) == 1);  // ADC picked up C
    CHECK(b.x(28) == 0);  // NGC with C set
    CHECK(b.x(29) == 62);
    CHECK(b.x(30) == 0x03000000);
}

TEST_CASE("branches: CBZ/CBNZ W and X, TBZ/TBNZ, BL/BLR/RET, BR, B.cond loop",
          "[arm64][cpu][branch]")
{
    CpuBench b;
    b.load({
        0xd2c00020,  //   0: mov x0, #0x100000000
        0x34000040,  //   4: cbz w0, c <func-0x58>
        0xd2800021,  //   8: mov x1, #0x1
        0xb5000040,  //   c: cbnz x0, 14 <func-0x50>
        0xd2800041,  //  10: mov x1, #0x2
        0x92800002,  //  14: mov x2, #0xffffffffffffffff
        0xb6f80042,  //  18: tbz x2, #63, 20 <func-0x44>
        0xb7f80042,  //  1c: tbnz x2, #63, 24 <func-0x40>
        0xd2800063,  //  20: mov x3, #0x3
        0x94000010,  //  24: bl 64 <func>
        0x10000225,  //  28: adr x5, 6c <func2>
        0xd63f00a0,  //  2c: blr x5
        0x10000067,  //  30: adr x7, 3c <func-0x28>
        0xd61f00e0,  //  34: br x7
        0xd2800108,  //  38: mov x8, #0x8
        0xd2800009,  //  3c: mov x9, #0x0
        0xd280000a,  //  40: mov x10, #0x0
        0xf100053f,  //  44: cmp x9, #0x1
        0x9100054a,  //  48: add x10, x10, #0x1
        0x5400004b,  //  4c: b.lt 54 <func-0x10>
        0x14000004,  //  50: b 60 <func-0x4>
        0x91000929,  //  54: add x9, x9, #0x2
        0xf1001d3f,  //  58: cmp x9, #0x7
        0x17fffffb,  //  5c: b 48 <func-0x1c>
        0x14000000,  //  60: b 60 <func-0x4>
        0xaa1e03e4,  //  64: mov x4, x30
        0xd65f03c0,  //  68: ret
        0xaa1e03e6,  //  6c: mov x6, x30
        0xd65f03c0,  //  70: ret
    });
    b.run();
    CHECK(b.x(1) == 0);  // CBZ W0 saw only the low half
    CHECK(b.x(3) == 0);  // TBNZ #63 taken
    CHECK(b.x(4) == kRamBase + 0x28);
    CHECK(b.x(6) == kRamBase + 0x30);
    CHECK(b.x(8) == 0);  // BR skipped it
    CHECK(b.x(9) == 8);
    CHECK(b.x(10) == 5);
    CHECK(b.s().pc == kRamBase + 0x60);
}

TEST_CASE("self-modifying code is re-decoded after a store and IC IVAU", "[arm64][cpu][smc]")
{
    CpuBench b;
    b.load({
        0x100001c0,  //   0: adr x0, 38 <patch>
        0x180001e1,  //   4: ldr w1, 40 <newinsn>
        0xd2800002,  //   8: mov x2, #0x0
        0x9400000b,  //   c: bl 38 <patch>
        0xaa0203e3,  //  10: mov x3, x2
        0xb9000001,  //  14: str w1, [x0]
        0xd50b7b20,  //  18: dc cvau, x0
        0xd5033b9f,  //  1c: dsb ish
        0xd50b7520,  //  20: ic ivau, x0
        0xd5033b9f,  //  24: dsb ish
        0xd5033fdf,  //  28: isb
        0x94000003,  //  2c: bl 38 <patch>
        0xaa0203e4,  //  30: mov x4, x2
        0x14000000,  //  34: b 34 <patch-0x4>
        0xd2800222,  //  38: mov x2, #0x11
        0xd65f03c0,  //  3c: ret
        0xd2800442,  //  40: mov x2, #0x22
    });
    b.run();
    CHECK(b.x(3) == 0x11);
    CHECK(b.x(4) == 0x22);
}

TEST_CASE("semihosting SYS_EXIT_EXTENDED stops the simulation with the exit code",
          "[arm64][cpu][semihosting]")
{
    CpuConfig config = CpuBench::default_config();
    config.semihosting = true;
    CpuBench b(config);
    b.load({
        0x100000e1,  //   0: adr x1, 1c <msg>
        0xd2800080,  //   4: mov x0, #0x4
        0xd45e0000,  //   8: hlt #0xf000
        0x10000121,  //   c: adr x1, 30 <block>
        0xd2800400,  //  10: mov x0, #0x20
        0xd45e0000,  //  14: hlt #0xf000
        0x14000000,  //  18: b 18 <msg-0x4>
        0x6c6c6568,  //  1c: .word 0x6c6c6568
        0x7266206f,  //  20: .word 0x7266206f
        0x74206d6f,  //  24: .word 0x74206d6f
        0x63206568,  //  28: .word 0x63206568
        0x000a7570,  //  2c: .word 0x000a7570
        0x00020026,  //  30: .word 0x00020026
        0x00000000,  //  34: .word 0x00000000
        0x00000003,  //  38: .word 0x00000003
        0x00000000,  //  3c: .word 0x00000000
    });
    b.run(sc_core::sc_time(1, sc_core::SC_MS));
    CHECK(b.cpu.exited());
    CHECK(b.cpu.exit_code() == 3);
    CHECK(b.s().pc == kRamBase + 0x18);
    CHECK(b.cpu.instructions() == 6);
    CHECK(sc_core::sc_time_stamp() < sc_core::sc_time(1, sc_core::SC_US));
}

TEST_CASE("HLT is undefined without semihosting", "[arm64][cpu][semihosting]")
{
    CpuBench b;
    b.load({
        0xd45e0000,  //   0: hlt #0xf000
        0x14000000,  //   4: b 4
    });
    b.load({0x14000000}, kRamBase + 0x200);  // current-EL sync vector: b .
    b.s().sys.vbar = kRamBase;
    b.run();
    CHECK(b.s().sys.esr == 0x02000000);
    CHECK(b.s().pc == kRamBase + 0x200);
    CHECK(!b.cpu.exited());
}

TEST_CASE("a code page that keeps receiving stores stays coherent", "[arm64][cpu][smc]")
{
    // 300 stores into the page the loop runs from (more than the CPU tolerates
    // before dropping the decoded page), then a patch of a called function.
    CpuBench b;
    b.load({
        0x10000200,  //   0: adr x0, 40 <data>
        0xd2802581,  //   4: mov x1, #0x12c
        0xf9000001,  //   8: str x1, [x0]
        0xf1000421,  //   c: subs x1, x1, #0x1
        0x54ffffc1,  //  10: b.ne 8 <patch-0x2c>
        0x10000102,  //  14: adr x2, 34 <patch>
        0x18000123,  //  18: ldr w3, 3c <newinsn>
        0x94000006,  //  1c: bl 34 <patch>
        0xaa0503e6,  //  20: mov x6, x5
        0xb9000043,  //  24: str w3, [x2]
        0x94000003,  //  28: bl 34 <patch>
        0xaa0503e4,  //  2c: mov x4, x5
        0x14000000,  //  30: b 30 <patch-0x4>
        0xd2800025,  //  34: mov x5, #0x1
        0xd65f03c0,  //  38: ret
        0xd2800045,  //  3c: mov x5, #0x2
    });
    b.run();
    CHECK(b.peek64(kRamBase + 0x40) == 1);  // the last store of the loop
    CHECK(b.x(6) == 1);
    CHECK(b.x(4) == 2);
    CHECK(b.s().pc == kRamBase + 0x30);
}
