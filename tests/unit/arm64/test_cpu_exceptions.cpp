// Exceptions: synchronous syndromes (bus errors, alignment, undefined, FP/SIMD,
// BRK, unknown sysreg, SP/PC alignment), the EL0 SVC round trip with SPSR/ELR/
// SP_EL0/SP_EL1, IRQ masking by DAIF, WFI idling until an interrupt or the
// generic timer, PSCI over HVC, MMIO through b_transport, system registers.
#include <catch2/catch.hpp>

#include "arm64/sysregs.h"
#include "cpu_bench.h"

using namespace vp::arm64;
using namespace vp::arm64::test;
using sc_core::sc_time;
using sc_core::SC_US;

namespace {
constexpr uint64_t kLog = kRamBase + 0x100000;
constexpr uint64_t kVectors = kRamBase + 0x800;

struct LogEntry {
    uint64_t esr, far, elr;
};
LogEntry log_entry(CpuBench& b, unsigned i)
{
    return {b.peek64(kLog + 24 * i), b.peek64(kLog + 24 * i + 8), b.peek64(kLog + 24 * i + 16)};
}
}  // namespace

TEST_CASE("synchronous exceptions report ESR, FAR and ELR", "[arm64][cpu][exceptions]")
{
    CpuBench b;
    b.load({
        0x10004000,  //   0: adr x0, 800 <start+0x800>
        0xd518c000,  //   4: msr vbar_el1, x0
        0xd2a8021c,  //   8: mov x28, #0x40100000
        0xd2a12001,  //   c: mov x1, #0x9000000
        0xb94f0022,  //  10: ldr w2, [x1, #3840]
        0xb90f0022,  //  14: str w2, [x1, #3840]
        0xf8401383,  //  18: ldur x3, [x28, #1]
        0x00000000,  //  1c: .word 0x00000000
        0x9e670020,  //  20: fmov d0, x1
        0xd4200ee0,  //  24: brk #0x77
        0xd538f000,  //  28: mrs x0, s3_0_c15_c0_0
        0x52800b45,  //  2c: mov w5, #0x5a
        0xb9000825,  //  30: str w5, [x1, #8]
        0xb9400826,  //  34: ldr w6, [x1, #8]
        0xd2b08000,  //  38: mov x0, #0x84000000
        0xd4000002,  //  3c: hvc #0x0
        0xaa0003e7,  //  40: mov x7, x0
        0xd5384248,  //  44: mrs x8, currentel
        0xd5380009,  //  48: mrs x9, midr_el1
        0xd538040a,  //  4c: mrs x10, id_aa64pfr0_el1
        0xd53b002b,  //  50: mrs x11, ctr_el0
        0xd2800eec,  //  54: mov x12, #0x77
        0xd51bd04c,  //  58: msr tpidr_el0, x12
        0xd53bd04d,  //  5c: mrs x13, tpidr_el0
        0xd538100e,  //  60: mrs x14, sctlr_el1
        0xd2a8024f,  //  64: mov x15, #0x40120000
        0x92800010,  //  68: mov x16, #0xffffffffffffffff
        0xf90001f0,  //  6c: str x16, [x15]
        0xf9001df0,  //  70: str x16, [x15, #56]
        0xf90021f0,  //  74: str x16, [x15, #64]
        0x910021e0,  //  78: add x0, x15, #0x8
        0xd50b7420,  //  7c: dc zva, x0
        0xf94001f1,  //  80: ldr x17, [x15]
        0xf9401df2,  //  84: ldr x18, [x15, #56]
        0xf94021f3,  //  88: ldr x19, [x15, #64]
        0xd53b00f8,  //  8c: mrs x24, dczid_el0
        0xd2800100,  //  90: mov x0, #0x8
        0xd5181000,  //  94: msr sctlr_el1, x0
        0x91001394,  //  98: add x20, x28, #0x4
        0x9100029f,  //  9c: mov sp, x20
        0xf94003f5,  //  a0: ldr x21, [sp]
        0x14000000,  //  a4: b a4 <start+0xa4>
    });
    // Current EL with SPx, synchronous: log ESR, FAR, ELR at x28 and skip the instruction.
    b.load_fault_logger(kVectors + 0x200);
    b.run();

    const uint64_t pc0 = kRamBase;
    const LogEntry expected[] = {
        {0x96000010, kMmioBase + 0xF00, pc0 + 0x10},  // bus error on a load: external abort
        {0x96000050, kMmioBase + 0xF00, pc0 + 0x14},  // ... on a store: WnR
        {0x96000021, kLog + 48 + 1, pc0 + 0x18},      // unaligned access, MMU off (Device)
        {0x02000000, kLog + 48 + 1, pc0 + 0x1c},      // UDF (all zeros): EC 0, IL 1
        {0x1FE00000, kLog + 48 + 1, pc0 + 0x20},      // FMOV, CPACR_EL1.FPEN = 0: EC 0x07, CV, COND 0xE
        {0xF2000077, kLog + 48 + 1, pc0 + 0x24},      // BRK #0x77
        {0x02000000, kLog + 48 + 1, pc0 + 0x28},      // MRS of an unknown register
        {0x9A000000, kLog + 48 + 1, pc0 + 0xa0},      // SP alignment (SCTLR.SA)
    };
    for (unsigned i = 0; i < 8; ++i) {
        INFO("exception " << i);
        LogEntry e = log_entry(b, i);
        CHECK(e.esr == expected[i].esr);
        CHECK(e.far == expected[i].far);
        CHECK(e.elr == expected[i].elr);
    }
    CHECK(b.peek64(kLog + 24 * 8) == 0);  // nothing else was taken
    CHECK(b.s().pc == pc0 + 0xa4);

    // MMIO through b_transport, after the two faulting accesses.
    REQUIRE(b.mmio.log.size() == 4);
    CHECK(b.mmio.log[2].write);
    CHECK(b.mmio.log[2].offset == 8);
    CHECK(b.mmio.regs[8] == 0x5a);
    CHECK(b.x(6) == 0x5a);
    // Simulated time was synchronised before the access: the CPU had executed
    // about 20 instructions (plus 3 exception round trips) at 1 ns each.
    CHECK(b.mmio.log[2].time > sc_time(20, sc_core::SC_NS));
    CHECK(b.mmio.log[2].time < sc_time(200, sc_core::SC_NS));

    CHECK(b.x(7) == 0x10001);  // PSCI_VERSION over HVC
    CHECK(b.x(8) == 4);        // CurrentEL = EL1
    CHECK(b.x(9) == idreg::kMidr);
    CHECK(b.x(10) == idreg::kAa64Pfr0);
    CHECK(((b.x(10) >> 16) & 0xF) == 0);  // FP implemented
    CHECK(((b.x(10) >> 20) & 0xF) == 0);  // AdvSIMD implemented
    CHECK(b.x(11) == idreg::kCtr);
    CHECK(b.x(13) == 0x77);
    CHECK(b.x(14) == 0x30D00800);  // SCTLR_EL1 reset value: RES1 bits, MMU off
    CHECK(b.x(17) == 0);           // DC ZVA zeroed the 64-byte block
    CHECK(b.x(18) == 0);
    CHECK(b.x(19) == ~0ull);       // ... and not the next one
    CHECK(b.x(24) == 4);           // DCZID: 64-byte blocks
}

TEST_CASE("SVC round trip from EL0 with SPSR, ELR and banked SPs", "[arm64][cpu][exceptions]")
{
    CpuBench b;
    b.load({
        0x10004000,  //   0: adr x0, 800 <user+0x7d0>
        0xd518c000,  //   4: msr vbar_el1, x0
        0xd2a80401,  //   8: mov x1, #0x40200000
        0x9100003f,  //   c: mov sp, x1
        0xd2a80602,  //  10: mov x2, #0x40300000
        0xd5184102,  //  14: msr sp_el0, x2
        0x100000c3,  //  18: adr x3, 30 <user>
        0xd5184023,  //  1c: msr elr_el1, x3
        0xd2807804,  //  20: mov x4, #0x3c0
        0xf2a40004,  //  24: movk x4, #0x2000, lsl #16
        0xd5184004,  //  28: msr spsr_el1, x4
        0xd69f03e0,  //  2c: eret
        0xd2800aa5,  //  30: mov x5, #0x55
        0xd53b4206,  //  34: mrs x6, nzcv
        0x910003e7,  //  38: mov x7, sp
        0xd4024681,  //  3c: svc #0x1234
        0xaa0003e8,  //  40: mov x8, x0
        0xd53b4209,  //  44: mrs x9, nzcv
        0xd538100a,  //  48: mrs x10, sctlr_el1
        0x14000000,  //  4c: b 4c <user+0x1c>
    });
    b.load({
        0x9100075a,  //   0: add x26, x26, #0x1
        0xf100075f,  //   4: cmp x26, #0x1
        0xd538521b,  //   8: mrs x27, esr_el1
        0x9a940374,  //   c: csel x20, x27, x20, eq
        0xd5384035,  //  10: mrs x21, elr_el1
        0xd5384016,  //  14: mrs x22, spsr_el1
        0xd5384257,  //  18: mrs x23, currentel
        0x910003f8,  //  1c: mov x24, sp
        0xd5384119,  //  20: mrs x25, sp_el0
        0xd2801320,  //  24: mov x0, #0x99
        0x54000060,  //  28: b.eq 34
        0x910012b5,  //  2c: add x21, x21, #0x4
        0xd5184035,  //  30: msr elr_el1, x21
        0xd69f03e0,  //  34: eret
    }, kVectors + 0x400);  // lower EL, AArch64, synchronous
    b.run();
    CHECK(b.x(20) == 0x56001234);   // SVC: EC 0x15, IL, imm16
    CHECK(b.x(27) == 0x02000000);   // then MRS SCTLR_EL1 at EL0: Undefined
    CHECK(b.x(21) == kRamBase + 0x4c);
    CHECK(b.x(22) == 0x200003c0);   // SPSR: C flag, DAIF masked, EL0t
    CHECK(b.x(23) == 4);            // handler ran at EL1
    CHECK(b.x(24) == 0x40200000);   // SP_EL1 in the handler
    CHECK(b.x(25) == 0x40300000);   // SP_EL0 seen from EL1
    CHECK(b.x(5) == 0x55);
    CHECK(b.x(6) == 0x20000000);    // ERET restored NZCV
    CHECK(b.x(7) == 0x40300000);    // EL0 uses SP_EL0
    CHECK(b.x(8) == 0x99);          // handler's x0 came back
    CHECK(b.x(10) == 0);            // the undefined MRS did not write
    CHECK(b.s().el == 0);
    CHECK(b.s().pc == kRamBase + 0x4c);
    CHECK(b.s().sys.elr == kRamBase + 0x4c);
}

TEST_CASE("IRQ is masked by DAIF, taken after unmasking, WFI idles", "[arm64][cpu][irq]")
{
    CpuBench b;
    b.load({
        0x10004000,  //   0: adr x0, 800 <loop+0x7f4>
        0xd518c000,  //   4: msr vbar_el1, x0
        0xd50342ff,  //   8: msr daifclr, #0x2
        0xd503207f,  //   c: wfi
        0x91000421,  //  10: add x1, x1, #0x1
        0x17fffffe,  //  14: b c <loop>
    });
    b.load({
        0x91000673,  //   0: add x19, x19, #0x1
        0xd5384034,  //   4: mrs x20, elr_el1
        0xd5384015,  //   8: mrs x21, spsr_el1
        0xb27902b5,  //   c: orr x21, x21, #0x80
        0xd5184015,  //  10: msr spsr_el1, x21
        0xd69f03e0,  //  14: eret
    }, kVectors + 0x280);  // current EL with SPx, IRQ
    b.run(sc_time(10, SC_US));
    // WFI idles in simulated time: a handful of instructions in 10 us.
    CHECK(b.cpu.instructions() < 10);
    CHECK(b.x(19) == 0);
    CHECK(b.s().pc == kRamBase + 0x10);

    b.irq.write(true);
    b.run(sc_time(1, SC_US));
    CHECK(b.x(19) == 1);  // taken once: the handler returns with I masked
    CHECK(b.x(20) == kRamBase + 0x10);
    CHECK(b.x(21) == 0x3c5);          // SPSR (EL1h, I was clear) with I set by the handler
    CHECK(b.s().daif == 0x3c0);
    CHECK(b.x(1) > 0);  // WFI with a pending (masked) interrupt completes
}

TEST_CASE("WFI wakes on the virtual timer", "[arm64][cpu][timer]")
{
    CpuBench b;
    b.load({
        0xd2804e20,  //   0: mov x0, #0x271
        0xd51be300,  //   4: msr cntv_tval_el0, x0
        0xd2800020,  //   8: mov x0, #0x1
        0xd51be320,  //   c: msr cntv_ctl_el0, x0
        0xd53be041,  //  10: mrs x1, cntvct_el0
        0xd503207f,  //  14: wfi
        0xd53be042,  //  18: mrs x2, cntvct_el0
        0xd53be323,  //  1c: mrs x3, cntv_ctl_el0
        0xd53be004,  //  20: mrs x4, cntfrq_el0
        0x14000000,  //  24: b 24
    });
    b.run(sc_time(8, SC_US));
    CHECK(b.cpu.instructions() < 10);  // still waiting (625 ticks = 10 us)
    CHECK(b.s().pc == kRamBase + 0x18);
    b.run(sc_time(4, SC_US));
    CHECK(b.x(4) == 62500000);
    CHECK(b.x(2) >= b.x(1) + 625);
    CHECK(b.x(2) <= b.x(1) + 640);  // woken promptly
    CHECK(b.x(3) == 5);             // ENABLE | ISTATUS
    CHECK(b.timer_virt.read());
}

TEST_CASE("misaligned branch target takes a PC alignment fault", "[arm64][cpu][exceptions]")
{
    CpuBench b;
    b.load({
        0x10004000,  //   0: adr x0, 800 <target+0x7f0>
        0xd518c000,  //   4: msr vbar_el1, x0
        0x50000041,  //   8: adr x1, 12 <target+0x2>
        0xd61f0020,  //   c: br x1
        0xd503201f,  //  10: nop
        0xd503201f,  //  14: nop
    });
    b.load({
        0xd5385214,  //   0: mrs x20, esr_el1
        0xd5386015,  //   4: mrs x21, far_el1
        0xd5384036,  //   8: mrs x22, elr_el1
        0x14000000,  //   c: b c
    }, kVectors + 0x200);
    b.run();
    CHECK(b.x(20) == 0x8A000000);
    CHECK(b.x(21) == kRamBase + 0x12);
    CHECK(b.x(22) == kRamBase + 0x12);
}

TEST_CASE("FIQ interrupts a busy loop within one quantum", "[arm64][cpu][irq]")
{
    CpuBench b;
    b.load({
        0x10004000,  //   0: adr x0, 800
        0xd518c000,  //   4: msr vbar_el1, x0
        0xd50343ff,  //   8: msr daifclr, #0x3
        0x91000421,  //   c: add x1, x1, #0x1
        0x17ffffff,  //  10: b c <loop>
    });
    b.load({
        0xaa0103f3,  //   0: mov x19, x1
        0xd5384034,  //   4: mrs x20, elr_el1
        0xd5384015,  //   8: mrs x21, spsr_el1
        0xb27a06b5,  //   c: orr x21, x21, #0xc0
        0xd5184015,  //  10: msr spsr_el1, x21
        0x910006d6,  //  14: add x22, x22, #0x1
        0xd69f03e0,  //  18: eret
    }, kVectors + 0x300);  // current EL with SPx, FIQ
    b.run(sc_time(5, SC_US));
    CHECK(b.x(22) == 0);
    b.fiq.write(true);
    b.run(sc_time(5, SC_US));
    CHECK(b.x(22) == 1);
    // About 5000 instructions (2 per iteration) ran before the FIQ; it is seen
    // at the next batch boundary, at most one quantum (1000 instructions) later.
    CHECK(b.x(19) >= 2400);
    CHECK(b.x(19) <= 3100);
    CHECK((b.x(20) == kRamBase + 0xc || b.x(20) == kRamBase + 0x10));
    CHECK(b.x(1) > b.x(19));  // the loop resumed after the handler
}
