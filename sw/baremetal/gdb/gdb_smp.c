// The GDB stub's multi-core target (tests/system/gdb, smp mode): run with
// -smp 4. Core 0 starts cores 1 and 2 one after the other, each running
// core_work() (code only secondaries run) with its index and MPIDR_EL1, then
// core 3, which spins with core 0 until the debugger releases them or
// spin_limit polls have passed. The output does not depend on the debugger:
// the test compares it with a run without one, and with QEMU.
#include "../smp/smp.h"

static volatile uint32_t s_done[SMP_MAX_CORES];
static volatile uint64_t s_result[SMP_MAX_CORES];
static volatile uint64_t s_mpidr[SMP_MAX_CORES];
static volatile uint32_t s_spinning;

// The debugger sets spin_limit to ~0 (spin until released) and later
// spin_release to 1; without one, the spin ends after spin_limit polls.
volatile uint64_t spin_limit = 1000;
volatile uint32_t spin_release;

// Only secondaries run this: a breakpoint here stops on one of them, with
// x0 = its index and x1 = its MPIDR_EL1.
__attribute__((noinline)) uint64_t core_work(uint64_t core, uint64_t mpidr)
{
    uint64_t acc = mpidr & 0xff;
    for (unsigned i = 0; i < 20; i++)
        acc = acc * 3 + core;
    return acc;
}

static void worker(unsigned core)
{
    s_mpidr[core] = smp_mpidr();
    s_result[core] = core_work(core, s_mpidr[core]);
    smp_store(&s_done[core], 1);
}

// Both spinners poll the same flag: after Ctrl-C, gdb finds two running cores.
__attribute__((noinline)) unsigned spin(void)
{
    uint64_t n = 0;
    while (!spin_release && n < spin_limit)
        n++;
    return 1;
}

static void spinner(unsigned core)
{
    smp_store(&s_spinning, 1);
    s_result[core] = spin();
    smp_store(&s_done[core], 1);
}

int main(void)
{
    bm_printf("gdb_smp: boot core MPIDR_EL1 0x%lx\n", (unsigned long)smp_mpidr());
    for (unsigned c = 1; c <= 2; c++) {
        smp_start_core(c, worker);
        smp_wait_for(&s_done[c], 1);
        smp_wait_state(c, 1);  // it turned itself off
        bm_printf("core %u: MPIDR_EL1 0x%lx, work %lu\n", c, (unsigned long)s_mpidr[c],
                  (unsigned long)s_result[c]);
    }
    smp_start_core(3, spinner);
    smp_wait_for(&s_spinning, 1);
    const unsigned mine = spin();
    smp_wait_for(&s_done[3], 1);
    smp_wait_state(3, 1);
    bm_printf("spin ended on core 0 (%u) and core 3 (%lu)\n", mine, (unsigned long)s_result[3]);
    return 0;
}
