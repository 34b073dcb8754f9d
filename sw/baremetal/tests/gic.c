// GICv2 as QEMU virt configures it (no security extensions): distributor
// identification, SGIs raised through GICD_SGIR, a software-pending SPI,
// acknowledge order by priority, preemption by a higher priority, running
// priority and priority drop, the priority mask, pending/active state bits, and spurious 1023 when nothing is
// left. Interrupts stay masked at the CPU (PSTATE.I): everything is polled.
#include "bm.h"

#define GICD(off) (GICD_BASE + (off))
#define GICC(off) (GICC_BASE + (off))

static uint32_t rd(uint64_t a) { return mmio_read32(a); }

int main(void)
{
    gic_init();
    uint32_t typer = rd(GICD(0x004));
    bm_printf("GICD_TYPER.ITLinesNumber=%u CPUNumber=%u SecurityExtn=%u\n", typer & 0x1f,
              (typer >> 5) & 7, (typer >> 10) & 1);
    bm_printf("GICD_ISENABLER0 (SGIs always enabled)=0x%x GICC_IIDR.arch=%u\n",
              rd(GICD(0x100)) & 0xffff, (rd(GICC(0x0fc)) >> 16) & 0xf);

    // Two SGIs and one SPI (ID 72 = SPI 40), priorities 0x80, 0x40, 0x60.
    gic_enable_irq(3, 0x80);
    gic_enable_irq(5, 0x40);
    mmio_write8(GICD(0x800 + 72), 1);  // ITARGETSR: CPU 0
    gic_enable_irq(72, 0x60);
    mmio_write32(GICD(0xf00), (2u << 24) | 3);  // SGIR: to self, ID 3
    mmio_write32(GICD(0xf00), (2u << 24) | 5);
    mmio_write32(GICD(0x200 + 72 / 32 * 4), 1u << (72 % 32));  // ISPENDR
    dsb(sy);
    bm_printf("pending: ISPENDR0=0x%x ISPENDR2=0x%x HPPIR=%u ISR_EL1.I=%lu\n",
              rd(GICD(0x200)) & 0xffff, rd(GICD(0x208)), rd(GICC(0x018)) & 0x3ff,
              (read_sysreg(isr_el1) >> 7) & 1);

    // Highest priority first; a lower priority one cannot preempt it.
    uint32_t a1 = gic_ack();
    uint32_t rpr1 = rd(GICC(0x014));
    uint32_t hppir = rd(GICC(0x018)) & 0x3ff;
    uint32_t blocked = gic_ack();
    bm_printf("ack=%u rpr=0x%x hppir=%u, second ack (0x60 vs running 0x40)=%u active0=0x%x\n",
              a1 & 0x3ff, rpr1, hppir, blocked & 0x3ff, rd(GICD(0x300)) & 0xffff);
    gic_eoi(a1);
    bm_printf("after EOI: rpr=0x%x active0=0x%x\n", rd(GICC(0x014)), rd(GICD(0x300)) & 0xffff);

    // SPI 72 (0x60) active, SGI 5 (0x40) raised again preempts it.
    uint32_t a2 = gic_ack();
    mmio_write32(GICD(0xf00), (2u << 24) | 5);
    dsb(sy);
    uint32_t a3 = gic_ack();
    bm_printf("ack=%u then preempting ack=%u rpr=0x%x active2=0x%x\n", a2 & 0x3ff, a3 & 0x3ff,
              rd(GICC(0x014)), rd(GICD(0x308)));
    gic_eoi(a3);
    uint32_t rpr_mid = rd(GICC(0x014));
    gic_eoi(a2);
    bm_printf("EOI nested: rpr 0x%x then 0x%x\n", rpr_mid, rd(GICC(0x014)));

    // Priority mask: 0x80 is not higher than PMR 0x80, so SGI 3 is not signalled.
    mmio_write32(GICC(0x004), 0x80);
    dsb(sy);
    bm_printf("pmr=0x80: ISR_EL1.I=%lu ack=%u\n", (read_sysreg(isr_el1) >> 7) & 1,
              gic_ack() & 0x3ff);
    mmio_write32(GICC(0x004), 0xf0);
    dsb(sy);
    uint64_t isr = read_sysreg(isr_el1);
    uint32_t a4 = gic_ack();
    bm_printf("pmr=0xf0: ISR_EL1.I=%lu ack=%u (source cpu %u)\n", (isr >> 7) & 1, a4 & 0x3ff,
              (a4 >> 10) & 7);
    gic_eoi(a4);
    bm_printf("nothing left: ack=%u ISPENDR0=0x%x ISACTIVER0=0x%x\n", gic_ack() & 0x3ff,
              rd(GICD(0x200)) & 0xffff, rd(GICD(0x300)) & 0xffff);

    // Pending but disabled is not signalled; clear-pending removes it.
    mmio_write32(GICD(0x180), 1u << 5);  // ICENABLER: SGIs are always enabled in GICv2
    mmio_write32(GICD(0x200 + 8), 1u << 8);  // ISPENDR2: ID 72 again
    mmio_write32(GICD(0x180 + 8), 1u << 8);  // ICENABLER2: disable it
    dsb(sy);
    bm_printf("disabled SPI pending: ispendr2=0x%x ack=%u\n", rd(GICD(0x208)), gic_ack() & 0x3ff);
    mmio_write32(GICD(0x280 + 8), 1u << 8);  // ICPENDR2
    bm_printf("after ICPENDR: ispendr2=0x%x\n", rd(GICD(0x208)));
    return 0;
}
