// GIC-400 with several CPU interfaces (IHI0048B): every CPU has its own bus
// port tagged with its index, programs the GIC the way Linux's irq-gic.c
// does on each CPU, and the tests check which CPU's irq/fiq line rises, what
// each CPU reads back from the banked registers, and the SGI handshake with
// source CPUs.
#include "gic_bench.h"

using namespace gictest;

TEST_CASE("GICD_TYPER.CPUNumber is N-1 and the SGI/PPI target bytes read each CPU's own bit")
{
    SmpGicBench b(4, 224);
    CHECK(b.dread(0, GICD_TYPER) == (7u | (3u << 5)));  // 256 IDs, 4 CPU interfaces
    CHECK(b.dread(3, GICD_TYPER) == (7u | (3u << 5)));
    // gic_get_cpumask(): ITARGETSR0..7 return the reader's mask in every byte.
    for (unsigned c = 0; c < 4; ++c) {
        const uint32_t own = 0x01010101u << c;
        for (uint32_t off = 0; off < 32; off += 4)
            CHECK(b.dread(c, GICD_ITARGETSR + off) == own);
        CHECK(b.dread(c, GICD_ITARGETSR + 29, 1) == (1u << c));  // byte access too
    }
    // Read-only: a write does not change them.
    b.dwrite(2, GICD_ITARGETSR + 28, 0x0F0F0F0F);
    CHECK(b.dread(2, GICD_ITARGETSR + 28) == 0x04040404);
    // SPI targets keep only the bits of CPUs that exist.
    b.dwrite(1, GICD_ITARGETSR + 40, 0xFF, 1);
    CHECK(b.dread(0, GICD_ITARGETSR + 40, 1) == 0x0F);
    CHECK(b.dread(3, GICD_ITARGETSR + 40, 1) == 0x0F);  // SPI targets are not banked
}

TEST_CASE("GICD_TYPER with 2 CPU interfaces")
{
    SmpGicBench b(2, 224);
    CHECK(b.dread(1, GICD_TYPER) == 0x27);
}

TEST_CASE("GICD_TYPER with 8 CPU interfaces, and CPU 7 reads 0x80 as its SGI target byte")
{
    SmpGicBench b(8, 224);
    CHECK(b.dread(7, GICD_TYPER) == 0xE7);
    CHECK(b.dread(7, GICD_ITARGETSR) == 0x80808080);
}

TEST_CASE("A PPI is per CPU: enable, priority, pending and active are banked, and only its CPU's irq rises")
{
    SmpGicBench b(2);
    b.linux_like_init();
    // Only CPU 1 enables its physical timer PPI (ID 30) and gives it priority 0x40.
    b.enable(1, 30);
    b.dwrite(1, GICD_IPRIORITYR + 30, 0x40, 1);
    CHECK(b.dread(1, GICD_ISENABLER) == 0x4000ffff);
    CHECK(b.dread(0, GICD_ISENABLER) == 0x0000ffff);
    CHECK(b.dread(1, GICD_IPRIORITYR + 28) == 0xa040a0a0);
    CHECK(b.dread(0, GICD_IPRIORITYR + 28) == 0xa0a0a0a0);

    // CPU 0's timer line asserts: pending for CPU 0 only, but not enabled there.
    b.set_ppi(0, 30, true);
    CHECK(b.pending(0, 30));
    CHECK(!b.pending(1, 30));
    CHECK(b.irq_lines() == 0);

    // CPU 1's timer line asserts: CPU 1's irq only.
    b.set_ppi(1, 30, true);
    CHECK(b.irq_lines() == 0b10);
    CHECK(b.gic.irq_pending(1));
    CHECK(!b.gic.irq_pending(0));
    CHECK(b.cread(0, GICC_IAR) == 1023);  // nothing for CPU 0
    CHECK(b.cread(1, GICC_HPPIR) == 30);
    CHECK(b.cread(1, GICC_IAR) == 30);
    CHECK(b.active(1, 30));
    CHECK(!b.active(0, 30));
    CHECK(b.cread(1, GICC_RPR) == 0x40);
    CHECK(b.cread(0, GICC_RPR) == 0xFF);  // running priority is per interface
    CHECK(b.irq_lines() == 0);

    b.set_ppi(1, 30, false);
    b.cwrite(1, GICC_EOIR, 30);
    CHECK(!b.active(1, 30));
    // CPU 0 enabling its own PPI 30 now takes CPU 0's still-high line.
    b.enable(0, 30);
    CHECK(b.irq_lines() == 0b01);
    CHECK(b.cread(0, GICC_IAR) == 30);
}

TEST_CASE("Group, configuration and active bits of SGIs and PPIs are banked too")
{
    SmpGicBench b(2);
    b.dwrite(1, GICD_IGROUPR, 0x80000001);       // CPU 1: SGI 0 and PPI 31 group 1
    CHECK(b.dread(1, GICD_IGROUPR) == 0x80000001);
    CHECK(b.dread(0, GICD_IGROUPR) == 0);
    b.dwrite(1, GICD_ICFGR + 4, 2u << (2 * 11));  // CPU 1: PPI 27 edge
    CHECK(b.dread(1, GICD_ICFGR + 4) == (2u << 22));
    CHECK(b.dread(0, GICD_ICFGR + 4) == 0);
    CHECK(b.dread(0, GICD_ICFGR) == 0xAAAAAAAA);  // SGIs edge on every CPU
    b.dwrite(0, GICD_ISACTIVER, 1u << 27);
    CHECK(b.dread(0, GICD_ISACTIVER) == (1u << 27));
    CHECK(b.dread(1, GICD_ISACTIVER) == 0);
    b.dwrite(1, GICD_ICENABLER, 0xffffffff);      // SGIs stay enabled on CPU 1 as well
    CHECK(b.dread(1, GICD_ISENABLER) == 0x0000ffff);
    // An SPI's state is shared: any CPU sees the same bits.
    b.dwrite(1, GICD_IGROUPR + 4, 1u << 3);
    CHECK(b.dread(0, GICD_IGROUPR + 4) == (1u << 3));
    b.dwrite(0, GICD_IPRIORITYR + 40, 0x58, 1);
    CHECK(b.dread(1, GICD_IPRIORITYR + 40, 1) == 0x58);
}

TEST_CASE("GICD_SGIR filter 0 sends to the CPUs in the list with the writer as source")
{
    SmpGicBench b(4);
    b.linux_like_init();
    b.dwrite(2, GICD_SGIR, (0u << 24) | (0b1001u << 16) | 5);  // CPU 2 -> CPUs 0 and 3, SGI 5
    CHECK(b.irq_lines() == 0b1001);
    CHECK(b.pending(0, 5));
    CHECK(b.pending(3, 5));
    CHECK(!b.pending(1, 5));
    CHECK(!b.pending(2, 5));
    // GICD_SPENDSGIR1 byte 1 (SGI 5) of each target: source mask = CPU 2.
    CHECK(b.dread(0, GICD_SPENDSGIR + 4) == (0x04u << 8));
    CHECK(b.dread(3, GICD_SPENDSGIR + 5, 1) == 0x04);
    CHECK(b.dread(1, GICD_SPENDSGIR + 5, 1) == 0);
    CHECK(b.cread(0, GICC_HPPIR) == (5u | (2u << 10)));
    CHECK(b.cread(0, GICC_IAR) == (5u | (2u << 10)));  // CPUID field = source CPU 2
    CHECK(b.cread(3, GICC_IAR) == (5u | (2u << 10)));
    CHECK(b.irq_lines() == 0);
    CHECK(b.active(0, 5));
    CHECK(b.active(3, 5));
    CHECK(!b.active(1, 5));
    b.cwrite(0, GICC_EOIR, 5u | (2u << 10));
    CHECK(!b.active(0, 5));
    CHECK(b.active(3, 5));

    // An empty list sends nothing; a list naming CPUs that do not exist
    // reaches only those that do.
    b.dwrite(1, GICD_SGIR, 7);
    CHECK(b.irq_lines() == 0);
    b.dwrite(1, GICD_SGIR, (0xF4u << 16) | 7);  // CPUs 2, 4..7: only 2 exists
    CHECK(b.irq_lines() == 0b0100);
    CHECK(b.cread(2, GICC_IAR) == (7u | (1u << 10)));
}

TEST_CASE("GICD_SGIR filter 1 sends to every other CPU and filter 2 to the writer only")
{
    SmpGicBench b(4);
    b.linux_like_init();
    b.dwrite(1, GICD_SGIR, (1u << 24) | (0x02u << 16) | 3);  // list ignored
    CHECK(b.irq_lines() == 0b1101);
    for (unsigned c : {0u, 2u, 3u}) {
        CHECK(b.cread(c, GICC_IAR) == (3u | (1u << 10)));
        b.cwrite(c, GICC_EOIR, 3u | (1u << 10));
    }
    CHECK(b.cread(1, GICC_IAR) == 1023);

    b.dwrite(3, GICD_SGIR, (2u << 24) | (0x01u << 16) | 9);  // list ignored
    CHECK(b.irq_lines() == 0b1000);
    CHECK(b.cread(3, GICC_IAR) == (9u | (3u << 10)));

    const unsigned before = warnings("vp/gic/bad_sgi");
    b.dwrite(0, GICD_SGIR, (3u << 24) | (0x0Fu << 16) | 1);  // reserved filter
    CHECK(warnings("vp/gic/bad_sgi") == before + 1);
    for (unsigned c = 0; c < 4; ++c)
        CHECK(!b.pending(c, 1));
}

TEST_CASE("An SGI pending from two sources is taken once per source, lowest CPU first")
{
    SmpGicBench b(4);
    b.linux_like_init();
    b.dwrite(3, GICD_SGIR, (0x01u << 16) | 7);
    b.dwrite(1, GICD_SGIR, (0x01u << 16) | 7);
    CHECK(b.dread(0, GICD_SPENDSGIR + 7, 1) == 0b1010);
    CHECK(b.cread(0, GICC_HPPIR) == (7u | (1u << 10)));
    CHECK(b.cread(0, GICC_IAR) == (7u | (1u << 10)));
    // CPU 3's request is still pending; the SGI is active and pending.
    CHECK(b.dread(0, GICD_SPENDSGIR + 7, 1) == 0b1000);
    CHECK(b.pending(0, 7));
    CHECK(b.active(0, 7));
    CHECK(b.cread(0, GICC_IAR) == 1023);  // active: not signalled again yet
    b.cwrite(0, GICC_EOIR, 7u | (1u << 10));
    CHECK(b.irq_lines() == 0b0001);
    CHECK(b.cread(0, GICC_IAR) == (7u | (3u << 10)));
    b.cwrite(0, GICC_EOIR, 7u | (3u << 10));
    CHECK(!b.pending(0, 7));
    CHECK(b.irq_lines() == 0);

    // GICD_CPENDSGIR clears one source on the accessing CPU only.
    b.dwrite(2, GICD_SGIR, (0x03u << 16) | 4);  // CPU 2 -> CPUs 0 and 1
    b.dwrite(1, GICD_CPENDSGIR + 4, 0x04, 1);
    CHECK(!b.pending(1, 4));
    CHECK(b.pending(0, 4));
    // GICD_SPENDSGIR sets a source on the accessing CPU only.
    b.dwrite(3, GICD_SPENDSGIR + 2, 0x01, 1);  // SGI 2 on CPU 3, "from CPU 0"
    CHECK(b.pending(3, 2));
    CHECK(!b.pending(0, 2));
    CHECK(b.cread(3, GICC_IAR) == 2u);
}

TEST_CASE("An SPI routed to several CPUs goes to the first that acknowledges it")
{
    SmpGicBench b(2);
    b.linux_like_init();
    b.enable(0, 40);
    b.dwrite(0, GICD_ITARGETSR + 40, 0x03, 1);  // both CPUs
    b.set_spi(8, true);
    CHECK(b.irq_lines() == 0b11);
    CHECK(b.cread(1, GICC_IAR) == 40);
    CHECK(b.irq_lines() == 0);            // active: neither is signalled
    CHECK(b.cread(0, GICC_IAR) == 1023);  // CPU 0 lost the race
    CHECK(b.active(0, 40));               // the active state is shared

    // Only the CPU that acknowledged it can complete it.
    const unsigned before = warnings("vp/gic/bad_eoi");
    b.cwrite(0, GICC_EOIR, 40);
    CHECK(warnings("vp/gic/bad_eoi") == before + 1);
    CHECK(b.active(1, 40));
    b.set_spi(8, false);
    b.cwrite(1, GICC_EOIR, 40);
    CHECK(!b.active(0, 40));
    CHECK(b.irq_lines() == 0);
}

TEST_CASE("Retargeting an SPI moves it between CPUs' irq lines")
{
    SmpGicBench b(4);
    b.linux_like_init();
    b.enable(0, 33);
    b.set_spi(1, true);
    CHECK(b.irq_lines() == 0b0001);
    b.dwrite(0, GICD_ITARGETSR + 33, 0x04, 1);
    CHECK(b.irq_lines() == 0b0100);
    CHECK(b.cread(0, GICC_IAR) == 1023);
    b.dwrite(0, GICD_ITARGETSR + 32, 0x00080000);  // ID 34: CPU 3; ID 33: none
    CHECK(b.irq_lines() == 0);
    CHECK(b.dread(2, GICD_ITARGETSR + 32) == 0x00080000);
    b.dwrite(0, GICD_ITARGETSR + 33, 0x08, 1);
    CHECK(b.irq_lines() == 0b1000);
    CHECK(b.cread(3, GICC_IAR) == 33);
}

TEST_CASE("Each CPU interface has its own CTLR, PMR, BPR and FIQ routing")
{
    SmpGicBench b(2);
    b.linux_like_init();
    b.enable(0, 35);
    b.dwrite(0, GICD_ITARGETSR + 35, 0x03, 1);
    b.set_spi(3, true);
    CHECK(b.irq_lines() == 0b11);
    b.cwrite(0, GICC_CTLR, 0);                  // CPU 0's interface off
    CHECK(b.irq_lines() == 0b10);
    CHECK(b.cread(1, GICC_CTLR) == 1);
    b.cwrite(1, GICC_PMR, 0xa0);                // CPU 1 masks priority 0xa0
    CHECK(b.irq_lines() == 0);
    CHECK(b.cread(0, GICC_PMR) == 0xf0);
    b.cwrite(1, GICC_PMR, 0xf0);
    b.cwrite(1, GICC_CTLR, 1u | (1u << 3));     // CPU 1: FIQEn, group 0 -> FIQ
    CHECK(b.fiq_lines() == 0b10);
    CHECK(b.irq_lines() == 0);
    b.cwrite(0, GICC_CTLR, 1);
    CHECK(b.irq_lines() == 0b01);
    CHECK(b.fiq_lines() == 0b10);
    b.cwrite(1, GICC_BPR, 5);
    CHECK(b.cread(1, GICC_BPR) == 5);
    CHECK(b.cread(0, GICC_BPR) == 2);
}

TEST_CASE("An untagged access is CPU 0's, and one from a CPU the GIC lacks is reported and ignored")
{
    SmpGicBench b(2);
    b.linux_like_init();
    CHECK(b.read(b.untagged, GICD_ITARGETSR) == 0x01010101);
    b.dwrite(1, GICD_SGIR, (0x01u << 16) | 6);
    CHECK(b.read(b.untagged, SmpGicBench::kCpuBase + GICC_IAR) == (6u | (1u << 10)));

    const unsigned before = warnings("vp/gic/bad_cpu");
    CHECK(b.read(b.stranger, GICD_TYPER) == 0);
    CHECK(b.read(b.stranger, SmpGicBench::kCpuBase + GICC_CTLR) == 0);
    b.write(b.stranger, GICD_CTLR, 0);
    b.write(b.stranger, GICD_SGIR, (0x03u << 16) | 1);
    CHECK(warnings("vp/gic/bad_cpu") == before + 4);
    CHECK(b.dread(0, GICD_CTLR) == 1);    // unchanged
    CHECK(!b.pending(0, 1));
    CHECK(!b.pending(1, 1));
}

TEST_CASE("Four CPUs ping-pong SGIs around a ring as Linux IPIs")
{
    SmpGicBench b(4);
    b.linux_like_init();
    // CPU c sends SGI 1 to CPU c+1; each receiver sees the sender as source,
    // completes it and passes it on. Three laps.
    unsigned cpu = 0;
    b.dwrite(cpu, GICD_SGIR, (1u << (16 + 1)) | 1);
    for (unsigned hop = 0; hop < 12; ++hop) {
        const unsigned next = (cpu + 1) % 4;
        INFO("hop " << hop);
        REQUIRE(b.irq_lines() == (1u << next));
        const uint32_t iar = b.cread(next, GICC_IAR);
        CHECK(iar == (1u | (cpu << 10)));
        b.cwrite(next, GICC_EOIR, iar);
        cpu = next;
        b.dwrite(cpu, GICD_SGIR, (1u << (16 + (cpu + 1) % 4)) | 1);
    }
    CHECK(b.irq_lines() == 0b0010);  // the 13th SGI, CPU 0 -> CPU 1, waits
}
