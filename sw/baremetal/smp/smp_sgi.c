// SGIs between 4 cores through the GICv2 (GICD_SGIR): a token passed around
// a ring (core c sends SGI 1 to core c+1, three laps), then the "all but
// self" and "self" target filters. Every handler logs who it is, the SGI ID
// and the source CPU from GICC_IAR[12:10]; core 0 prints the log in order.
// Also each core's view of GICD_ITARGETSR0 (its own CPU mask). Run with -smp 4.
#include "smp.h"

#define GICD_ISENABLER0 (GICD_BASE + 0x100)
#define GICD_IPRIORITYR (GICD_BASE + 0x400)
#define GICD_ITARGETSR0 (GICD_BASE + 0x800)
#define GICD_SGIR (GICD_BASE + 0xf00)
#define GICC_CTLR (GICC_BASE + 0x000)
#define GICC_PMR (GICC_BASE + 0x004)
#define kHops 12u

struct entry {
    uint32_t core, id, source;
};
static volatile struct entry s_log[64];
static volatile uint32_t s_hops;
static volatile uint32_t s_ring_done;
static volatile uint32_t s_filter_seen;  // bit 4*id + core
static volatile uint32_t s_ready;
static volatile uint32_t s_stop;
static volatile uint32_t s_targets[SMP_MAX_CORES];

static void send_sgi(unsigned filter, unsigned targets, unsigned id)
{
    __asm__ volatile("dsb ish" ::: "memory");
    mmio_write32(GICD_SGIR, (filter << 24) | (targets << 16) | id);
}

// This core's CPU interface and banked SGI state.
static void gic_cpu_setup(void)
{
    for (unsigned i = 0; i < 16; i += 4)
        mmio_write32(GICD_IPRIORITYR + i, 0x80808080u);
    mmio_write32(GICD_ISENABLER0, 0x0000ffffu);
    mmio_write32(GICC_PMR, 0xf0);
    mmio_write32(GICC_CTLR, 1);
}

static int irq_handler(struct bm_frame* frame, int vector)
{
    (void)frame;
    (void)vector;
    const uint32_t iar = gic_ack();
    const uint32_t id = iar & 0x3ff, source = (iar >> 10) & 7;
    const unsigned core = smp_core_id();
    if (id == 1) {
        const uint32_t hop = smp_fetch_add(&s_hops, 1);
        s_log[hop].core = core;
        s_log[hop].id = id;
        s_log[hop].source = source;
        if (hop + 1 < kHops)
            send_sgi(0, 1u << ((core + 1) % SMP_MAX_CORES), 1);
        else
            smp_store(&s_ring_done, 1);
    } else if (id < 16) {
        if (id >= 2 && id <= 4)
            smp_fetch_or(&s_filter_seen, 1u << (4 * (id - 2) + core));
        (void)source;
        __asm__ volatile("dsb ish\n sev" ::: "memory");
    }
    gic_eoi(iar);
    return 1;
}

static void secondary(unsigned core)
{
    gic_cpu_setup();
    s_targets[core] = mmio_read32(GICD_ITARGETSR0);
    irq_enable();
    smp_fetch_add(&s_ready, 1);
    __asm__ volatile("sev" ::: "memory");
    while (!smp_load(&s_stop))
        __asm__ volatile("wfi" ::: "memory");
    irq_disable();
}

static void wait_seen(uint32_t mask)
{
    while ((smp_load(&s_filter_seen) & mask) != mask)
        __asm__ volatile("wfe" ::: "memory");
}

int main(void)
{
    bm_set_irq_handler(irq_handler);
    gic_init();
    gic_cpu_setup();
    s_targets[0] = mmio_read32(GICD_ITARGETSR0);
    irq_enable();
    for (unsigned c = 1; c < SMP_MAX_CORES; c++)
        smp_start_core(c, secondary);
    smp_wait_for(&s_ready, SMP_MAX_CORES - 1);
    for (unsigned c = 0; c < SMP_MAX_CORES; c++)
        bm_printf("core %u: GICD_ITARGETSR0 0x%08x\n", c, (unsigned)s_targets[c]);
    bm_printf("GICD_TYPER.CPUNumber %u\n", (unsigned)((mmio_read32(GICD_BASE + 4) >> 5) & 7));

    send_sgi(0, 1u << 1, 1);  // core 0 -> core 1 starts the ring
    smp_wait_for(&s_ring_done, 1);
    for (unsigned h = 0; h < kHops; h++)
        bm_printf("hop %u: core %u took SGI %u from core %u\n", h, (unsigned)s_log[h].core,
                  (unsigned)s_log[h].id, (unsigned)s_log[h].source);

    send_sgi(1, 0, 2);  // all but self: cores 1..3
    wait_seen(0xeu);
    send_sgi(2, 0, 3);  // self only
    wait_seen(0x10u);
    send_sgi(0, 0xc, 4);  // list: cores 2 and 3
    wait_seen(0xc00u);
    bm_printf("SGI 2 (others) reached 0x%x, SGI 3 (self) 0x%x, SGI 4 (list 0xc) 0x%x\n",
              (unsigned)(s_filter_seen & 0xf), (unsigned)((s_filter_seen >> 4) & 0xf),
              (unsigned)((s_filter_seen >> 8) & 0xf));

    smp_store(&s_stop, 1);
    send_sgi(1, 0, 15);  // wake them from WFI
    for (unsigned c = 1; c < SMP_MAX_CORES; c++)
        smp_wait_state(c, 1);
    irq_disable();
    return 0;
}
