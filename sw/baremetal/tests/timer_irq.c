// EL1 physical timer interrupt through the GICv2 (PPI 30), programmed as on
// QEMU virt: distributor + CPU interface enabled, priority mask 0xf0. The
// handler acknowledges (IAR), checks the timer status, reprograms the timer
// and EOIs; three interrupts are counted. Then the virtual timer (PPI 27).
#include "bm.h"

static volatile uint32_t s_count, s_last_iar, s_last_ctl, s_spurious;

static int on_irq(struct bm_frame* f, int vector)
{
    (void)f;
    if (vector != BM_CUR_SPX_IRQ)
        return 0;
    uint32_t iar = gic_ack();
    uint32_t id = iar & 0x3ff;
    if (id == 1023) {
        s_spurious++;
        return 1;
    }
    s_last_iar = iar;
    if (id == PPI_PHYS_TIMER) {
        s_last_ctl = (uint32_t)read_sysreg(cntp_ctl_el0);
        s_count++;
        if (s_count < 3)
            write_sysreg(cntp_tval_el0, 1000);
        else
            write_sysreg(cntp_ctl_el0, 3);  // enabled but masked -> line drops
    } else if (id == PPI_VIRT_TIMER) {
        s_last_ctl = (uint32_t)read_sysreg(cntv_ctl_el0);
        s_count++;
        write_sysreg(cntv_ctl_el0, 0);
    }
    isb();
    gic_eoi(iar);
    return 1;
}

int main(void)
{
    bm_set_irq_handler(on_irq);
    gic_init();
    gic_enable_irq(PPI_PHYS_TIMER, 0xa0);
    gic_enable_irq(PPI_VIRT_TIMER, 0xa0);

    uint64_t start = read_sysreg(cntpct_el0);
    write_sysreg(cntp_tval_el0, 625000);  // 10 ms: QEMU's counter follows host time
    write_sysreg(cntp_ctl_el0, 1);
    isb();
    uint32_t ctl_before = (uint32_t)read_sysreg(cntp_ctl_el0);
    irq_enable();
    uint64_t spins = 0;
    while (s_count < 3 && spins < 100000000)
        spins++;
    irq_disable();
    uint64_t elapsed = read_sysreg(cntpct_el0) - start;
    bm_printf("phys timer: ctl_before=%u count=%u iar=%u ctl_in_handler=%u spurious=%u\n",
              ctl_before, s_count, s_last_iar, s_last_ctl, s_spurious);
    bm_printf("phys timer: elapsed>=627000 ticks: %d, ctl_after=%lu\n", elapsed >= 627000,
              read_sysreg(cntp_ctl_el0));
    // A timer whose condition is met while IMASK is set does not interrupt.
    write_sysreg(cntp_ctl_el0, 0);

    s_count = 0;
    uint64_t vstart = read_sysreg(cntvct_el0);
    write_sysreg(cntv_cval_el0, vstart + 500);
    write_sysreg(cntv_ctl_el0, 1);
    isb();
    irq_enable();
    spins = 0;
    while (s_count < 1 && spins < 100000000)
        spins++;
    irq_disable();
    bm_printf("virt timer: count=%u iar=%u ctl_in_handler=%u cval_reached=%d\n", s_count,
              s_last_iar, s_last_ctl, read_sysreg(cntvct_el0) >= vstart + 500);
    // TVAL reads as CVAL - CNTVCT (signed): negative once the deadline passed.
    write_sysreg(cntv_cval_el0, vstart);
    bm_printf("virt timer: tval after deadline negative: %d\n",
              (int32_t)read_sysreg(cntv_tval_el0) < 0);
    return s_count == 1 ? 0 : 1;
}
