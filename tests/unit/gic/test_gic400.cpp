// GIC-400 model tests: a CPU-side initiator programs the distributor and CPU
// interface the way Linux's irq-gic.c does, drives the interrupt lines, and
// checks the irq/fiq outputs and the IAR/EOIR handshake.
#include "gic_bench.h"

using namespace gictest;

TEST_CASE("identification registers are what Linux and QEMU virt expect")
{
    GicBench b(224, /*bind_spis=*/false);  // unbound SPI inputs are tied low
    CHECK(b.dread(GICD_TYPER) == 7);       // (256 / 32) - 1, one CPU, no security
    CHECK(b.dread(GICD_IIDR) == 0x0200143B);
    CHECK(b.cread(GICC_IIDR) == 0x0202043B);
    CHECK(b.dread(0xFE8) == 0x2B);  // PIDR2: ArchRev 2 (GICv2)
    CHECK(b.dread(0xFF0) == 0x0D);
    CHECK(b.dread(0xFFC) == 0xB1);
    // gic_get_cpumask(): SGI/PPI target registers read back this CPU's bit.
    for (uint32_t off = 0; off < 32; off += 4)
        CHECK(b.dread(GICD_ITARGETSR + off) == 0x01010101);
    CHECK(b.dread(GICD_ICFGR) == 0xAAAAAAAA);  // SGIs are edge-triggered
    CHECK(b.cread(GICC_BPR) == 2);
    CHECK(b.cread(GICC_IAR) == 1023);
    CHECK(!b.irq.read());
}

TEST_CASE("a level-sensitive SPI is delivered, acknowledged and completed")
{
    GicBench b;
    b.linux_like_init();
    const unsigned id = 32 + 5;
    b.set_priority(id, 0x80);
    b.enable(id);
    CHECK(b.dread(GICD_IPRIORITYR + 36) == 0xa0a080a0);  // byte write landed in byte 1
    CHECK(b.dread(GICD_ITARGETSR + 36) == 0x01010101);

    CHECK(!b.irq.read());
    b.set_spi(5, true);
    CHECK(b.irq.read());
    CHECK(b.gic.irq_pending());
    CHECK(b.cread(GICC_HPPIR) == id);

    CHECK(b.cread(GICC_IAR) == id);
    CHECK(!b.irq.read());                 // active: not signalled again
    CHECK(b.active(id));
    CHECK(b.pending(id));                 // line still high: active and pending
    CHECK(b.cread(GICC_RPR) == 0x80);
    CHECK(b.cread(GICC_APR0) == (1u << (0x80 >> 3)));
    CHECK(b.cread(GICC_IAR) == 1023);     // nothing else to take

    b.set_spi(5, false);                  // device deasserts
    CHECK(!b.pending(id));
    b.cwrite(GICC_EOIR, id);
    CHECK(!b.active(id));
    CHECK(b.cread(GICC_RPR) == 0xFF);
    CHECK(!b.irq.read());
    CHECK(b.cread(GICC_IAR) == 1023);
}

TEST_CASE("a level interrupt still asserted at EOI is signalled again")
{
    GicBench b;
    b.linux_like_init();
    b.enable(40);
    b.set_spi(8, true);
    REQUIRE(b.cread(GICC_IAR) == 40);
    b.cwrite(GICC_EOIR, 40);
    CHECK(b.irq.read());
    CHECK(b.cread(GICC_IAR) == 40);
}

TEST_CASE("an SPI is not delivered without enable, target or distributor enable")
{
    GicBench b;
    b.linux_like_init();
    b.set_spi(2, true);
    CHECK(b.pending(34));
    CHECK(!b.irq.read());                 // not enabled
    b.dwrite(GICD_ITARGETSR + 34, 0, 1);
    b.enable(34);
    CHECK(!b.irq.read());                 // targets no CPU
    b.dwrite(GICD_ITARGETSR + 34, 0xFF, 1);
    CHECK(b.dread(GICD_ITARGETSR + 34, 1) == 0x01);  // only CPU 0 exists
    CHECK(b.irq.read());
    b.dwrite(GICD_CTLR, 0);
    CHECK(!b.irq.read());                 // distributor disabled
    b.dwrite(GICD_CTLR, 1);
    b.dwrite(GICD_ICENABLER + 4, 1u << 2);
    CHECK(!b.irq.read());
}

TEST_CASE("the priority mask hides interrupts at or below its priority")
{
    GicBench b;
    b.linux_like_init();
    b.set_priority(33, 0x80);
    b.enable(33);
    b.cwrite(GICC_PMR, 0x80);
    b.set_spi(1, true);
    CHECK(!b.irq.read());
    CHECK(b.cread(GICC_IAR) == 1023);
    CHECK(b.cread(GICC_HPPIR) == 1023);
    b.cwrite(GICC_PMR, 0x88);
    CHECK(b.irq.read());
    CHECK(b.cread(GICC_IAR) == 33);
    CHECK(b.cread(GICC_PMR) == 0x88);
    b.cwrite(GICC_PMR, 0xFF);
    CHECK(b.cread(GICC_PMR) == 0xF8);     // 5 implemented priority bits
}

TEST_CASE("a higher-priority interrupt preempts an active one but an equal one does not")
{
    GicBench b;
    b.linux_like_init();
    b.set_priority(33, 0xa0);
    b.set_priority(34, 0x40);
    b.set_priority(35, 0xa0);
    for (unsigned id : {33u, 34u, 35u})
        b.enable(id);

    b.set_spi(1, true);
    REQUIRE(b.cread(GICC_IAR) == 33);
    b.set_spi(3, true);                   // same priority: must wait
    CHECK(!b.irq.read());
    CHECK(b.cread(GICC_IAR) == 1023);
    b.set_spi(2, true);                   // higher priority: preempts
    CHECK(b.irq.read());
    REQUIRE(b.cread(GICC_IAR) == 34);
    CHECK(b.cread(GICC_RPR) == 0x40);
    CHECK(b.cread(GICC_APR0) == ((1u << (0x40 >> 3)) | (1u << (0xa0 >> 3))));
    b.set_spi(2, false);
    b.cwrite(GICC_EOIR, 34);
    CHECK(b.cread(GICC_RPR) == 0xa0);
    CHECK(!b.irq.read());
    b.set_spi(1, false);
    b.cwrite(GICC_EOIR, 33);
    CHECK(b.irq.read());                  // now 35 can be taken
    CHECK(b.cread(GICC_IAR) == 35);
}

TEST_CASE("edge-triggered interrupts latch a pulse, level ones follow the line")
{
    GicBench b;
    b.linux_like_init();
    b.enable(36);
    b.enable(37);
    b.dwrite(GICD_ICFGR + 8, 2u << (2 * 4));  // ID 36 edge, ID 37 level
    CHECK(b.dread(GICD_ICFGR + 8) == (2u << (2 * 4)));

    b.set_spi(4, true);                       // pulse on the edge input
    b.set_spi(4, false);
    b.set_spi(5, true);                       // pulse on the level input
    b.set_spi(5, false);
    CHECK(b.pending(36));
    CHECK(!b.pending(37));
    CHECK(b.irq.read());
    CHECK(b.cread(GICC_IAR) == 36);
    CHECK(!b.pending(36));
    b.cwrite(GICC_EOIR, 36);
    CHECK(!b.irq.read());

    b.set_spi(4, true);                       // a second edge while active re-pends
    REQUIRE(b.cread(GICC_IAR) == 36);
    b.set_spi(4, false);
    b.set_spi(4, true);
    CHECK(b.pending(36));
    CHECK(b.active(36));
    b.cwrite(GICC_EOIR, 36);
    CHECK(b.irq.read());

    REQUIRE(b.cread(GICC_IAR) == 36);        // a line held high is a single edge
    b.cwrite(GICC_EOIR, 36);
    CHECK(!b.pending(36));
    CHECK(!b.irq.read());
}

TEST_CASE("software pending via ISPENDR and ICPENDR")
{
    GicBench b;
    b.linux_like_init();
    b.enable(50);
    b.dwrite(GICD_ISPENDR + 4, 1u << 18);
    CHECK(b.pending(50));
    CHECK(b.irq.read());
    b.dwrite(GICD_ICPENDR + 4, 1u << 18);
    CHECK(!b.pending(50));
    CHECK(!b.irq.read());
}

TEST_CASE("an SGI sent through GICD_SGIR is taken with its source CPU")
{
    GicBench b;
    b.linux_like_init();                      // SGIs 0-15 enabled
    b.dwrite(GICD_SGIR, (2u << 24) | 3);      // to self
    CHECK(b.pending(3));
    CHECK(b.dread(GICD_SPENDSGIR) == 0x01000000);  // SGI 3, source CPU 0
    CHECK(b.irq.read());
    CHECK(b.cread(GICC_IAR) == 3);            // CPUID field (bits 12:10) 0
    b.cwrite(GICC_EOIR, 3);
    CHECK(!b.irq.read());

    b.dwrite(GICD_SGIR, (0u << 24) | (0x01u << 16) | 5);  // list containing CPU 0
    CHECK(b.pending(5));
    b.dwrite(GICD_CPENDSGIR + 5, 0x01, 1);                // byte for SGI 5
    CHECK(!b.pending(5));
    b.dwrite(GICD_SGIR, (0u << 24) | (0x02u << 16) | 6);  // CPU 1 does not exist
    b.dwrite(GICD_SGIR, (1u << 24) | 7);                  // all but self: nobody
    CHECK(b.dread(GICD_ISPENDR) == 0);
    CHECK(!b.irq.read());

    b.dwrite(GICD_SPENDSGIR + 8, 0x01, 1);                // SGI 8 pending by byte write
    CHECK(b.cread(GICC_IAR) == 8);
    b.dwrite(GICD_ISPENDR, 1u << 9);                      // ignored for SGIs
    CHECK(!b.pending(9));
}

TEST_CASE("the physical timer PPI (ID 30) reaches the CPU")
{
    GicBench b;
    b.linux_like_init();
    b.enable(30);
    b.set_ppi(30, true);
    CHECK(b.irq.read());
    CHECK(b.cread(GICC_IAR) == 30);
    b.set_ppi(30, false);                     // the timer handler reprograms CVAL
    b.cwrite(GICC_EOIR, 30);
    CHECK(!b.irq.read());
    b.dwrite(GICD_ITARGETSR + 28, 0);         // PPI targets are read-only
    CHECK(b.dread(GICD_ITARGETSR + 28) == 0x01010101);
}

TEST_CASE("EOImode 1 splits priority drop (EOIR) and deactivation (DIR)")
{
    GicBench b;
    b.linux_like_init();
    b.cwrite(GICC_CTLR, 1u | (1u << 9));
    b.enable(33);
    b.dwrite(GICD_ICFGR + 8, 2u << 2);        // ID 33 edge
    b.set_spi(1, true);
    REQUIRE(b.cread(GICC_IAR) == 33);
    b.cwrite(GICC_EOIR, 33);
    CHECK(b.cread(GICC_RPR) == 0xFF);         // priority dropped
    CHECK(b.active(33));                      // still active
    b.set_spi(1, false);
    b.set_spi(1, true);                       // new edge: pending, but active
    CHECK(!b.irq.read());
    b.cwrite(GICC_DIR, 33);
    CHECK(!b.active(33));
    CHECK(b.irq.read());
}

TEST_CASE("group 0 goes to FIQ with FIQEn and group 1 needs AckCtl or the alias IAR")
{
    GicBench b;
    b.linux_like_init();
    b.cwrite(GICC_CTLR, 0x3 | (1u << 3));     // both groups, FIQEn
    b.dwrite(GICD_CTLR, 3);
    b.enable(33);
    b.set_spi(1, true);
    CHECK(b.fiq.read());
    CHECK(!b.irq.read());

    b.dwrite(GICD_IGROUPR + 4, 1u << 1);      // ID 33 is group 1 now
    CHECK(b.irq.read());
    CHECK(!b.fiq.read());
    CHECK(b.cread(GICC_IAR) == 1022);         // AckCtl = 0
    CHECK(b.cread(GICC_AIAR) == 33);
    b.cwrite(0x24, 33);                       // GICC_AEOIR
    b.set_spi(1, false);
    CHECK(!b.active(33));
}

TEST_CASE("bad offsets and widths are reported and harmless")
{
    GicBench b;
    b.linux_like_init();
    const unsigned before = warnings("vp/gic/bad_access");
    CHECK(b.dread(GICD_CTLR, 2) == 0);                    // 16-bit access
    b.dwrite(GICD_CTLR, 0, 1);                            // byte write to CTLR
    CHECK(b.dread(GICD_CTLR) == 1);                       // unchanged
    CHECK(b.read(b.cpu, GICC_IAR, 1) == 0);               // byte read of IAR
    CHECK(warnings("vp/gic/bad_access") == before + 3);

    const unsigned before_offset = warnings("vp/gic/bad_offset");
    CHECK(b.dread(0xE00) == 0);
    b.cwrite(GICC_RPR, 5);                                // read-only
    CHECK(warnings("vp/gic/bad_offset") == before_offset + 2);

    const unsigned before_eoi = warnings("vp/gic/bad_eoi");
    b.cwrite(GICC_EOIR, 40);                              // never acknowledged
    CHECK(warnings("vp/gic/bad_eoi") == before_eoi + 1);
    b.cwrite(GICC_EOIR, 1023);                            // spurious: silently ignored
    CHECK(warnings("vp/gic/bad_eoi") == before_eoi + 1);
}

TEST_CASE("SGIs are permanently enabled: their enable bits read as one and ignore clears")
{
    GicBench b;
    CHECK((b.dread(GICD_ISENABLER) & 0xffff) == 0xffff);
    b.dwrite(GICD_ICENABLER, 0xffffffff);  // clears PPIs, cannot clear SGIs
    CHECK(b.dread(GICD_ISENABLER) == 0x0000ffff);
}
