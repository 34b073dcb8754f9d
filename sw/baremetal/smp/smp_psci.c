// PSCI on 4 cores: AFFINITY_INFO before and after CPU_ON and CPU_OFF, the
// CPU_ON return codes (ALREADY_ON, INVALID_PARAMETERS), each secondary's
// MPIDR_EL1, EL and DAIF at entry and its context id, and a core turned off
// and on again (hotplug). Run with -smp 4.
#include "smp.h"

static volatile uint32_t s_arrived[SMP_MAX_CORES];
static volatile uint32_t s_go_off[SMP_MAX_CORES];
static volatile uint64_t s_mpidr[SMP_MAX_CORES];
static volatile uint64_t s_el[SMP_MAX_CORES];
static volatile uint64_t s_daif[SMP_MAX_CORES];
static volatile uint64_t s_sp_ok[SMP_MAX_CORES];

extern uint8_t smp_stacks[SMP_MAX_CORES][16384];

static void secondary(unsigned core)
{
    uint64_t el, daif, sp;
    __asm__ volatile("mrs %0, CurrentEL\n mrs %1, daif\n mov %2, sp" : "=r"(el), "=r"(daif), "=r"(sp));
    s_mpidr[core] = smp_mpidr();
    s_el[core] = el >> 2;
    s_daif[core] = daif;
    s_sp_ok[core] = sp > (uint64_t)smp_stacks[core] && sp <= (uint64_t)smp_stacks[core] + 16384;
    smp_store(&s_arrived[core], s_arrived[core] + 1);
    smp_wait_for(&s_go_off[core], 1);
}

static void print_states(const char* when)
{
    bm_printf("AFFINITY_INFO %s:", when);
    for (unsigned c = 0; c < SMP_MAX_CORES; c++)
        bm_printf(" %d", (int)psci_call(PSCI_AFFINITY_INFO_64, c, 0, 0));
    bm_printf("\n");
}

int main(void)
{
    bm_printf("PSCI_VERSION 0x%x, MIGRATE_INFO_TYPE %d\n", (unsigned)psci_call(PSCI_VERSION, 0, 0, 0),
              (int)psci_call(PSCI_MIGRATE_INFO_TYPE, 0, 0, 0));
    bm_printf("boot core MPIDR_EL1 0x%lx\n", (unsigned long)smp_mpidr());
    print_states("at boot");
    bm_printf("AFFINITY_INFO of MPIDR 4: %d, level 1: %d\n",
              (int)psci_call(PSCI_AFFINITY_INFO_64, 4, 0, 0),
              (int)psci_call(PSCI_AFFINITY_INFO_64, 0, 1, 0));
    bm_printf("CPU_ON boot core: %d, MPIDR 4: %d, MPIDR 0x100: %d\n",
              (int)psci_call(PSCI_CPU_ON_64, 0, RAM_BASE, 0),
              (int)psci_call(PSCI_CPU_ON_64, 4, RAM_BASE, 0),
              (int)psci_call(PSCI_CPU_ON_64, 0x100, RAM_BASE, 0));

    for (unsigned c = 1; c < SMP_MAX_CORES; c++) {
        const int64_t r = smp_start_core(c, secondary);
        smp_wait_for(&s_arrived[c], 1);
        bm_printf("CPU_ON core %u: %d; it runs with MPIDR_EL1 0x%lx at EL%lu, DAIF 0x%lx, own stack %lu\n",
                  c, (int)r, (unsigned long)s_mpidr[c], (unsigned long)s_el[c],
                  (unsigned long)s_daif[c], (unsigned long)s_sp_ok[c]);
    }
    print_states("with all cores on");
    bm_printf("CPU_ON core 1 again: %d\n", (int)psci_call(PSCI_CPU_ON_64, 1, RAM_BASE, 0));

    smp_store(&s_go_off[2], 1);
    smp_wait_state(2, 1);
    print_states("after core 2 CPU_OFF");

    s_go_off[2] = 0;
    const int64_t again = smp_start_core(2, secondary);
    smp_wait_for(&s_arrived[2], 2);
    bm_printf("CPU_ON core 2 after CPU_OFF: %d; it ran again (%u entries)\n", (int)again,
              (unsigned)s_arrived[2]);

    for (unsigned c = 1; c < SMP_MAX_CORES; c++) {
        smp_store(&s_go_off[c], 1);
        smp_wait_state(c, 1);
    }
    print_states("after every secondary CPU_OFF");
    return 0;
}
