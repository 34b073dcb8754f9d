// CPU smoke tests: a program runs from the reset pc, integer results land in
// registers, W forms zero the upper half, flags are visible through MRS NZCV,
// and the retired instruction count advances simulated time at clock/CPI.
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include <catch2/catch.hpp>

#include "cpu_bench.h"

using namespace vp::arm64;
using namespace vp::arm64::test;
using sc_core::sc_time;
using sc_core::SC_NS;
using sc_core::SC_US;

TEST_CASE("cpu runs a counted loop and sets flags", "[arm64][cpu]")
{
    CpuBench b;
    b.load({
        0xd28000a0,  //   0: mov x0, #0x5
        0xd2800001,  //   4: mov x1, #0x0
        0x8b000021,  //   8: add x1, x1, x0
        0xf1000400,  //   c: subs x0, x0, #0x1
        0x54ffffc1,  //  10: b.ne 8 <loop>
        0xd2a24682,  //  14: mov x2, #0x12340000
        0xf28acf02,  //  18: movk x2, #0x5678
        0x12800003,  //  1c: mov w3, #0xffffffff
        0x31000464,  //  20: adds w4, w3, #0x1
        0x9a9f37e5,  //  24: cset x5, cs
        0xd53b4206,  //  28: mrs x6, nzcv
        0x14000000,  //  2c: b 2c
    });
    b.s().x[4] = ~0ull;  // the W-form result must clear the upper half
    b.run(sc_time(5, SC_US));
    CHECK(b.x(0) == 0);
    CHECK(b.x(1) == 15);
    CHECK(b.x(2) == 0x12345678);
    CHECK(b.x(3) == 0xffffffff);
    CHECK(b.x(4) == 0);
    CHECK(b.x(5) == 1);
    CHECK(b.x(6) == 0x60000000);  // Z and C
    CHECK(b.s().pc == kRamBase + 0x2c);
    // 1 GHz, CPI 1: 5 us of simulated time is about 5000 instructions.
    CHECK(b.cpu.instructions() >= 4000);
    CHECK(b.cpu.instructions() <= 6100);
}

// Not a ctest test (hidden tag): prints the host speed of a load/store/ALU loop.
TEST_CASE("cpu speed on an integer loop", "[.][bench]")
{
    CpuConfig config = CpuBench::default_config();
    if (const char* q = std::getenv("QUANTUM_US"))
        config.quantum = sc_time(std::atof(q), SC_US);
    CpuBench b(config);
    b.load({
        0xd2a8020a,  //   0: mov x10, #0x40100000
        0xd2800009,  //   4: mov x9, #0x0
        0xd2800000,  //   8: mov x0, #0x0
        0xaa0a03e1,  //   c: mov x1, x10
        0xf9400022,  //  10: ldr x2, [x1]
        0x8b000042,  //  14: add x2, x2, x0
        0xca000c43,  //  18: eor x3, x2, x0, lsl #3
        0xf8008423,  //  1c: str x3, [x1], #8
        0x91000400,  //  20: add x0, x0, #0x1
        0xf110001f,  //  24: cmp x0, #0x400
        0x54ffff41,  //  28: b.ne 10 <inner>
        0x91000529,  //  2c: add x9, x9, #0x1
        0x94000002,  //  30: bl 38 <func>
        0x17fffff5,  //  34: b 8 <outer>
        0x9b097d24,  //  38: mul x4, x9, x9
        0x9ac00885,  //  3c: udiv x5, x4, x0
        0xd65f03c0,  //  40: ret
    });
    auto t0 = std::chrono::steady_clock::now();
    b.run(sc_time(1, sc_core::SC_SEC));
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("%llu instructions in %.3f s: %.1f MIPS\n",
                (unsigned long long)b.cpu.instructions(), secs, b.cpu.instructions() / secs / 1e6);
    CHECK(b.x(9) > 0);
}

TEST_CASE("cpu runs from RAM without DMI (b_transport for fetches and data)", "[arm64][cpu]")
{
    CpuBench b(CpuBench::default_config(), false);
    b.load({
        0xd28000a0,  //   0: mov x0, #0x5
        0xd2800001,  //   4: mov x1, #0x0
        0x8b000021,  //   8: add x1, x1, x0
        0xf1000400,  //   c: subs x0, x0, #0x1
        0x54ffffc1,  //  10: b.ne 8 <loop>
        0xd2a24682,  //  14: mov x2, #0x12340000
        0xf28acf02,  //  18: movk x2, #0x5678
        0x12800003,  //  1c: mov w3, #0xffffffff
        0x31000464,  //  20: adds w4, w3, #0x1
        0x9a9f37e5,  //  24: cset x5, cs
        0xd53b4206,  //  28: mrs x6, nzcv
        0x14000000,  //  2c: b 2c
    });
    b.run(sc_time(2, SC_US));
    CHECK(b.x(1) == 15);
    CHECK(b.x(2) == 0x12345678);
    CHECK(b.x(6) == 0x60000000);
    CHECK(b.s().pc == kRamBase + 0x2c);
    CHECK(b.cpu.bus.dmi_accesses() == 0);
    CHECK(b.cpu.bus.transport_accesses() > 20);
}
