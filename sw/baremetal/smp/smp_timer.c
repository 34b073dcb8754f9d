// Per-core generic timers: each of 4 cores enables its own physical timer
// PPI (ID 30, banked in the GIC) and takes kTicks interrupts at its own
// period; the handler checks it runs on the core whose timer fired
// (CNTP_CTL_EL0.ISTATUS on this core). Core 0 prints every core's count.
// Run with -smp 4.
#include "smp.h"

#define GICD_ISENABLER0 (GICD_BASE + 0x100)
#define GICD_IPRIORITYR (GICD_BASE + 0x400)
#define GICC_CTLR (GICC_BASE + 0x000)
#define GICC_PMR (GICC_BASE + 0x004)
#define kTicks 5u

static volatile uint32_t s_ticks[SMP_MAX_CORES];
static volatile uint32_t s_bad[SMP_MAX_CORES];
static volatile uint32_t s_done[SMP_MAX_CORES];

static int irq_handler(struct bm_frame* frame, int vector)
{
    (void)frame;
    (void)vector;
    const uint32_t iar = gic_ack();
    const unsigned core = smp_core_id();
    if ((iar & 0x3ff) == PPI_PHYS_TIMER) {
        const uint64_t ctl = read_sysreg(cntp_ctl_el0);
        if (!(ctl & 4))
            s_bad[core]++;  // ISTATUS clear: not this core's timer
        s_ticks[core]++;
        if (s_ticks[core] < kTicks) {
            write_sysreg(cntp_tval_el0, 20000 * (core + 1));
        } else {
            write_sysreg(cntp_ctl_el0, 0);
            smp_store(&s_done[core], 1);
        }
    } else if ((iar & 0x3ff) < 1020) {
        s_bad[core] += 100;
    }
    gic_eoi(iar);
    return 1;
}

static void run_timer(unsigned core)
{
    mmio_write32(GICD_IPRIORITYR + 28, 0x80808080u);
    mmio_write32(GICD_ISENABLER0, 1u << PPI_PHYS_TIMER);
    mmio_write32(GICC_PMR, 0xf0);
    mmio_write32(GICC_CTLR, 1);
    write_sysreg(cntp_tval_el0, 20000 * (core + 1));
    write_sysreg(cntp_ctl_el0, 1);
    irq_enable();
    while (!smp_load(&s_done[core]))
        __asm__ volatile("wfi" ::: "memory");
    irq_disable();
}

int main(void)
{
    bm_set_irq_handler(irq_handler);
    gic_init();
    for (unsigned c = 1; c < SMP_MAX_CORES; c++)
        smp_start_core(c, run_timer);
    run_timer(0);
    for (unsigned c = 1; c < SMP_MAX_CORES; c++) {
        smp_wait_for(&s_done[c], 1);
        smp_wait_state(c, 1);
    }
    for (unsigned c = 0; c < SMP_MAX_CORES; c++)
        bm_printf("core %u: %u timer interrupts, %u on the wrong core\n", c, (unsigned)s_ticks[c],
                  (unsigned)s_bad[c]);
    return 0;
}
