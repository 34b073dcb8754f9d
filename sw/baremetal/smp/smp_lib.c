// See smp.h.
#include "smp.h"

extern void smp_secondary_entry(void);

uint8_t smp_stacks[SMP_MAX_CORES][16384] __attribute__((aligned(16)));
static smp_secondary_fn volatile s_fn[SMP_MAX_CORES];

void smp_secondary_main(unsigned core)
{
    __asm__ volatile("dmb ish" ::: "memory");
    if (core < SMP_MAX_CORES && s_fn[core])
        s_fn[core](core);
}

int64_t smp_start_core(unsigned core, smp_secondary_fn fn)
{
    if (core < SMP_MAX_CORES)
        s_fn[core] = fn;
    __asm__ volatile("dsb ish" ::: "memory");
    return psci_call(PSCI_CPU_ON_64, core, (uint64_t)smp_secondary_entry, core);
}

void smp_wait_state(unsigned core, int64_t state)
{
    while (psci_call(PSCI_AFFINITY_INFO_64, core, 0, 0) != state) {
    }
}
