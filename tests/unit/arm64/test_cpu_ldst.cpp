// Loads and stores: every size and sign extension, unsigned/unscaled/pre/post/
// register-offset/literal addressing, pairs (LDPSW, non-temporal), SP as base,
// and the exclusive monitor (success, failure, CLREX, clearing by exceptions).
#include <catch2/catch.hpp>

#include "cpu_bench.h"

using namespace vp::arm64;
using namespace vp::arm64::test;

namespace {
constexpr uint64_t kData = kRamBase + 0x100000;
}

TEST_CASE("loads and stores of every size and addressing mode", "[arm64][cpu][ldst]")
{
    CpuBench b;
    b.load({
        0xd2a8020a,  //   0: mov x10, #0x40100000
        0x58000420,  //   4: ldr x0, 88 <lit>
        0xf9000140,  //   8: str x0, [x10]
        0x39400141,  //   c: ldrb w1, [x10]
        0x39800142,  //  10: ldrsb x2, [x10]
        0x39c00143,  //  14: ldrsb w3, [x10]
        0x79400544,  //  18: ldrh w4, [x10, #2]
        0x79800545,  //  1c: ldrsh x5, [x10, #2]
        0xb9400546,  //  20: ldr w6, [x10, #4]
        0xb9800547,  //  24: ldrsw x7, [x10, #4]
        0xf85f8148,  //  28: ldur x8, [x10, #-8]
        0xaa0a03eb,  //  2c: mov x11, x10
        0xf8010d60,  //  30: str x0, [x11, #16]!
        0xf840856c,  //  34: ldr x12, [x11], #8
        0xd280004d,  //  38: mov x13, #0x2
        0xf86d794e,  //  3c: ldr x14, [x10, x13, lsl #3]
        0x1280002f,  //  40: mov w15, #0xfffffffe
        0xf900054d,  //  44: str x13, [x10, #8]
        0xf86fd970,  //  48: ldr x16, [x11, w15, sxtw #3]
        0x39008140,  //  4c: strb w0, [x10, #32]
        0x79004540,  //  50: strh w0, [x10, #34]
        0xb9002540,  //  54: str w0, [x10, #36]
        0xa9033140,  //  58: stp x0, x12, [x10, #48]
        0x29464d52,  //  5c: ldp w18, w19, [x10, #48]
        0x69465554,  //  60: ldpsw x20, x21, [x10, #48]
        0x9140055f,  //  64: add sp, x10, #0x1, lsl #12
        0xa9bf0be1,  //  68: stp x1, x2, [sp, #-16]!
        0xa8c15ff6,  //  6c: ldp x22, x23, [sp], #16
        0x910003f8,  //  70: mov x24, sp
        0xf9800140,  //  74: prfm pldl1keep, [x10]
        0x980000d9,  //  78: ldrsw x25, 90 <wlit>
        0xa804354d,  //  7c: stnp x13, x13, [x10, #64]
        0xa8446d5a,  //  80: ldnp x26, x27, [x10, #64]
        0x14000000,  //  84: b 84
        0x85868788,  //  88: .word 0x85868788
        0x81828384,  //  8c: .word 0x81828384
        0x80000001,  //  90: .word 0x80000001
    });
    b.poke64(kData - 8, 0xdeadbeefcafef00dull);
    b.run();
    const uint64_t v = 0x8182838485868788ull;
    CHECK(b.x(0) == v);
    CHECK(b.peek64(kData) == v);
    CHECK(b.x(1) == 0x88);
    CHECK(b.x(2) == 0xffffffffffffff88ull);
    CHECK(b.x(3) == 0xffffff88ull);  // W destination: upper half zero
    CHECK(b.x(4) == 0x8586);
    CHECK(b.x(5) == 0xffffffffffff8586ull);
    CHECK(b.x(6) == 0x81828384);
    CHECK(b.x(7) == 0xffffffff81828384ull);
    CHECK(b.x(8) == 0xdeadbeefcafef00dull);
    CHECK(b.x(11) == kData + 24);  // pre-index then post-index writeback
    CHECK(b.x(12) == v);
    CHECK(b.x(14) == v);
    CHECK(b.x(16) == 2);  // [x11 + sxtw(-2) << 3]
    CHECK(b.peek64(kData + 32) == 0x8586878887880088ull);
    CHECK(b.x(18) == 0x85868788);
    CHECK(b.x(19) == 0x81828384);
    CHECK(b.x(20) == 0xffffffff85868788ull);
    CHECK(b.x(21) == 0xffffffff81828384ull);
    CHECK(b.x(22) == 0x88);
    CHECK(b.x(23) == 0xffffffffffffff88ull);
    CHECK(b.x(24) == kData + 0x1000);  // SP back after pre/post-index pair
    CHECK(b.peek64(kData + 0x1000 - 16) == 0x88);
    CHECK(b.x(25) == 0xffffffff80000001ull);
    CHECK(b.x(26) == 2);
    CHECK(b.x(27) == 2);
}

TEST_CASE("exclusive monitor: pass, fail, CLREX, pairs, cleared by an exception",
          "[arm64][cpu][exclusive]")
{
    CpuBench b;
    b.load({
        0xd2a8020a,  //   0: mov x10, #0x40100000
        0xd28000e1,  //   4: mov x1, #0x7
        0xc85f7d40,  //   8: ldxr x0, [x10]
        0x91000400,  //   c: add x0, x0, #0x1
        0xc8027d40,  //  10: stxr w2, x0, [x10]
        0xc8037d40,  //  14: stxr w3, x0, [x10]
        0x885ffd44,  //  18: ldaxr w4, [x10]
        0xd5033f5f,  //  1c: clrex
        0x8805fd41,  //  20: stlxr w5, w1, [x10]
        0xc87f1d46,  //  24: ldxp x6, x7, [x10]
        0xc8280541,  //  28: stxp w8, x1, x1, [x10]
        0x085f7d49,  //  2c: ldxrb w9, [x10]
        0x080b7d49,  //  30: stxrb w11, w9, [x10]
        0xc8dffd4c,  //  34: ldar x12, [x10]
        0x91000421,  //  38: add x1, x1, #0x1
        0xc89ffd41,  //  3c: stlr x1, [x10]
        0xf8bfc14d,  //  40: ldapr x13, [x10]
        0x485ffd4e,  //  44: ldaxrh w14, [x10]
        0xd4000001,  //  48: svc #0x0
        0x480ffd4e,  //  4c: stlxrh w15, w14, [x10]
        0x14000000,  //  50: b 50
    });
    b.load({0xd69f03e0}, kRamBase + 0x800 + 0x200);  // eret at the current-EL sync vector
    b.s().sys.vbar = kRamBase + 0x800;
    b.poke64(kData, 0x100);
    b.poke64(kData + 8, 0x5555);
    b.run();
    CHECK(b.x(0) == 0x101);
    CHECK(b.x(2) == 0);  // monitor held
    CHECK(b.x(3) == 1);  // monitor consumed by the first STXR
    CHECK(b.x(4) == 0x101);
    CHECK(b.x(5) == 1);  // CLREX
    CHECK(b.x(6) == 0x101);
    CHECK(b.x(7) == 0x5555);
    CHECK(b.x(8) == 0);
    CHECK(b.x(9) == 7);
    CHECK(b.x(11) == 0);
    CHECK(b.x(12) == 7);
    CHECK(b.x(13) == 8);
    CHECK(b.x(14) == 8);
    CHECK(b.x(15) == 1);  // the SVC round trip cleared the monitor
    CHECK(b.peek64(kData) == 8);
    CHECK(b.peek64(kData + 8) == 7);
    CHECK(b.s().pc == kRamBase + 0x50);
}
