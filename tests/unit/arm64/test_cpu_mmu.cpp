// MMU on: identity map through TTBR0 (1 GiB device block, 2 MiB normal block,
// 4 KiB pages), a high alias through TTBR1, and the faults Linux relies on:
// permission, translation and access flag at level 3, Device alignment; AT
// S1E1R/W into PAR_EL1; TLBI VMALLE1 and TLBI VAE1 after a remap; LDTR permissions.
#include <catch2/catch.hpp>

#include "cpu_bench.h"

using namespace vp::arm64;
using namespace vp::arm64::test;

namespace {
constexpr uint64_t kL1Low = 0x40400000, kL2 = 0x40401000, kL3 = 0x40402000, kL1High = 0x40403000;
constexpr uint64_t kParams = 0x40180000;
constexpr uint64_t kLog = 0x40100800;
constexpr uint64_t kAf = 1u << 10, kShInner = 3u << 8, kAttrNormal = 1u << 2, kApRo = 2u << 6,
                   kApUserRw = 1u << 6;
}  // namespace

TEST_CASE("MMU translation, TTBR1 alias, level-3 faults and AT", "[arm64][cpu][mmu]")
{
    CpuBench b;
    b.load({
        0x10004000,  //   0: adr x0, 800
        0xd518c000,  //   4: msr vbar_el1, x0
        0xd2a8021c,  //   8: mov x28, #0x40100000
        0x9120039c,  //   c: add x28, x28, #0x800
        0xf9400121,  //  10: ldr x1, [x9]
        0xd518a201,  //  14: msr mair_el1, x1
        0xf9400521,  //  18: ldr x1, [x9, #8]
        0xd5182041,  //  1c: msr tcr_el1, x1
        0xf9400921,  //  20: ldr x1, [x9, #16]
        0xd5182001,  //  24: msr ttbr0_el1, x1
        0xf9400d21,  //  28: ldr x1, [x9, #24]
        0xd5182021,  //  2c: msr ttbr1_el1, x1
        0xd5033fdf,  //  30: isb
        0xd5381001,  //  34: mrs x1, sctlr_el1
        0xb2400021,  //  38: orr x1, x1, #0x1
        0xd5181001,  //  3c: msr sctlr_el1, x1
        0xd5033fdf,  //  40: isb
        0xd2a8020a,  //  44: mov x10, #0x40100000
        0xd2800ee2,  //  48: mov x2, #0x77
        0xf9000142,  //  4c: str x2, [x10]
        0xf9401123,  //  50: ldr x3, [x9, #32]
        0xf9400064,  //  54: ldr x4, [x3]
        0xf8401145,  //  58: ldur x5, [x10, #1]
        0xd2a8040b,  //  5c: mov x11, #0x40200000
        0xf9400166,  //  60: ldr x6, [x11]
        0xf9000166,  //  64: str x6, [x11]
        0xf9480167,  //  68: ldr x7, [x11, #4096]
        0xf9500167,  //  6c: ldr x7, [x11, #8192]
        0xd508780b,  //  70: at s1e1r, x11
        0xd538740c,  //  74: mrs x12, par_el1
        0xd508782b,  //  78: at s1e1w, x11
        0xd538740d,  //  7c: mrs x13, par_el1
        0xd2a1200e,  //  80: mov x14, #0x9000000
        0x5280156f,  //  84: mov w15, #0xab
        0xb90009cf,  //  88: str w15, [x14, #8]
        0xb84091d0,  //  8c: ldur w16, [x14, #9]
        0xd508871f,  //  90: tlbi vmalle1
        0xd5033f9f,  //  94: dsb sy
        0xf9400471,  //  98: ldr x17, [x3, #8]
        0xf9400172,  //  9c: ldr x18, [x11]
        0xf9401533,  //  a0: ldr x19, [x9, #40]
        0xf9401934,  //  a4: ldr x20, [x9, #48]
        0xf9000274,  //  a8: str x20, [x19]
        0xf940017b,  //  ac: ldr x27, [x11]
        0xd34cfd76,  //  b0: lsr x22, x11, #12
        0xd5088736,  //  b4: tlbi vae1, x22
        0xd5033f9f,  //  b8: dsb sy
        0xf940017d,  //  bc: ldr x29, [x11]
        0xf8400978,  //  c0: ldtr x24, [x11]
        0x91400d7a,  //  c4: add x26, x11, #0x3, lsl #12
        0xf8400b59,  //  c8: ldtr x25, [x26]
        0x14000000,  //  cc: b cc
    });
    b.load_fault_logger(kRamBase + 0x800 + 0x200);
    // Page tables.
    b.poke64(kL1Low + 0, 0x00000000 | kAf | 1);                                // device 1 GiB
    b.poke64(kL1Low + 8, kL2 | 3);                                            // -> L2
    b.poke64(kL2 + 0, 0x40000000 | kAf | kShInner | kAttrNormal | 1);          // 2 MiB RAM
    b.poke64(kL2 + 8, kL3 | 3);                                               // -> L3
    b.poke64(kL3 + 0, 0x40200000 | kAf | kShInner | kAttrNormal | kApRo | 3);  // read-only page
    b.poke64(kL3 + 8, 0);                                                     // invalid
    b.poke64(kL3 + 16, 0x40202000 | kShInner | kAttrNormal | 3);               // AF = 0
    b.poke64(kL3 + 24, 0x40203000 | kAf | kShInner | kAttrNormal | kApUserRw | 3);  // EL0 RW
    b.poke64(kL1High + 8, 0x40000000 | kAf | kShInner | kAttrNormal | 1);      // high 1 GiB alias
    const uint64_t tcr = 25 | (1u << 8) | (1u << 10) | (3u << 12) | (25u << 16) | (1u << 24) |
                         (1u << 26) | (3u << 28) | (2ull << 30) | (2ull << 32);
    b.poke64(kParams + 0, 0xFF00);  // MAIR: Attr0 Device-nGnRnE, Attr1 Normal WB
    b.poke64(kParams + 8, tcr);
    b.poke64(kParams + 16, kL1Low);
    b.poke64(kParams + 24, kL1High);
    b.poke64(kParams + 32, 0xFFFFFF8040100000ull);  // high VA of 0x40100000
    b.poke64(kParams + 40, 0xFFFFFF8000000000ull + kL3);  // high VA of L3[0]
    b.poke64(kParams + 48, 0x40205000 | kAf | kShInner | kAttrNormal | kApRo | 3);
    b.poke64(0x40205000, 0x5678);
    b.poke64(0x40100008, 0xabcdef);
    b.poke64(0x40200000, 0x1234);
    b.poke64(0x40203000, 0x3333);
    b.s().x[9] = kParams;
    b.run();

    CHECK(b.x(4) == 0x77);                  // through TTBR1
    CHECK(b.x(5) == 0xef00000000000000ull);  // unaligned access to Normal memory is fine
    CHECK(b.x(6) == 0x1234);                // read-only page is readable
    CHECK((b.x(12) & 1) == 0);              // AT S1E1R succeeded
    CHECK((b.x(12) & 0xFFFFFFFFF000ull) == 0x40200000);
    CHECK((b.x(13) & 1) == 1);              // AT S1E1W: permission fault
    CHECK(((b.x(13) >> 1) & 0x3F) == 0x0F);
    CHECK(b.mmio.regs[8] == 0xab);           // device block reaches MMIO
    CHECK(b.x(17) == 0xabcdef);             // after TLBI VMALLE1
    // Remapping the read-only page: the TLB keeps the old translation (as the
    // architecture allows) until TLBI VAE1 for that VA.
    CHECK(b.x(18) == 0x1234);
    CHECK(b.x(27) == 0x1234);
    CHECK(b.x(29) == 0x5678);

    struct Entry {
        uint64_t esr, far, elr;
    } expected[] = {
        {0x9600004F, 0x40200000, kRamBase + 0x64},  // permission fault, level 3, write
        {0x96000007, 0x40201000, kRamBase + 0x68},  // translation fault, level 3
        {0x9600000B, 0x40202000, kRamBase + 0x6c},  // access flag fault, level 3
        {0x96000021, 0x09000009, kRamBase + 0x8c},  // unaligned Device access
        {0x9600000F, 0x40200000, kRamBase + 0xc0},  // LDTR: EL0 has no access to the page
    };
    for (unsigned i = 0; i < 5; ++i) {
        INFO("fault " << i);
        CHECK(b.peek64(kLog + 24 * i) == expected[i].esr);
        CHECK(b.peek64(kLog + 24 * i + 8) == expected[i].far);
        CHECK(b.peek64(kLog + 24 * i + 16) == expected[i].elr);
    }
    CHECK(b.peek64(kLog + 24 * 5) == 0);
    CHECK(b.x(25) == 0x3333);  // LDTR from a page EL0 may read
    CHECK(b.s().pc == kRamBase + 0xcc);
}
