// WFI woken by the timer: (1) with IRQs unmasked the handler runs right after
// WFI; (2) with PSTATE.I set, WFI still wakes on the pending interrupt, which
// is taken once unmasked. Checks that simulated time advanced to the deadline.
#include "bm.h"

static volatile uint32_t s_irqs, s_iar;

static int on_irq(struct bm_frame* f, int vector)
{
    (void)f;
    (void)vector;
    uint32_t iar = gic_ack();
    if ((iar & 0x3ff) == 1023)
        return 1;
    s_iar = iar;
    s_irqs++;
    write_sysreg(cntp_ctl_el0, 0);
    isb();
    gic_eoi(iar);
    return 1;
}

int main(void)
{
    bm_set_irq_handler(on_irq);
    gic_init();
    gic_enable_irq(PPI_PHYS_TIMER, 0x80);

    const uint64_t ticks = 625000;  // 10 ms at 62.5 MHz
    uint64_t t0 = read_sysreg(cntpct_el0);
    write_sysreg(cntp_cval_el0, t0 + ticks);
    write_sysreg(cntp_ctl_el0, 1);
    isb();
    irq_enable();
    int wakeups = 0;
    while (s_irqs == 0 && wakeups < 1000) {
        __asm__ volatile("wfi");
        wakeups++;
    }
    irq_disable();
    uint64_t t1 = read_sysreg(cntpct_el0);
    bm_printf("wfi unmasked: irqs=%u iar=%u deadline_reached=%d\n", s_irqs, s_iar,
              t1 >= t0 + ticks);

    // Masked: WFI wakes up, the interrupt stays pending until unmasked.
    s_irqs = 0;
    t0 = read_sysreg(cntpct_el0);
    write_sysreg(cntp_cval_el0, t0 + ticks);
    write_sysreg(cntp_ctl_el0, 1);
    isb();
    // WFI may also return early; wait until the IRQ is pending (ISR_EL1.I).
    wakeups = 0;
    while (!(read_sysreg(isr_el1) & (1 << 7)) && wakeups < 100000) {
        __asm__ volatile("wfi");
        wakeups++;
    }
    t1 = read_sysreg(cntpct_el0);
    uint64_t isr = read_sysreg(isr_el1);
    bm_printf("wfi masked: istatus=%lu isr_el1.I=%lu irqs_before_unmask=%u deadline_reached=%d\n",
              (read_sysreg(cntp_ctl_el0) >> 2) & 1, (isr >> 7) & 1, s_irqs, t1 >= t0 + ticks);
    irq_enable();
    __asm__ volatile("isb");
    irq_disable();
    bm_printf("wfi masked: irqs_after_unmask=%u iar=%u\n", s_irqs, s_iar);
    return s_irqs == 1 ? 0 : 1;
}
