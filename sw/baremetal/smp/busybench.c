// Busy-core benchmark (docs/benchmarks.md "Several cores", issue 7): every
// core PSCI CPU_ON can start (up to SMP_MAX_CORES; run with -smp 1, 2 or 4)
// runs the same integer loop (xorshift64, no memory traffic) on its own; core
// 0 waits for the others and prints every core's checksum, so the output is
// the same on every emulator. Not a ctest case: scripts/bench-smp.sh runs it.
#include "smp.h"

#define kIterations 100000000u

static volatile uint64_t s_sum[SMP_MAX_CORES];
static volatile uint32_t s_done[SMP_MAX_CORES];

static uint64_t work(unsigned core)
{
    uint64_t x = 0x9E3779B97F4A7C15ull * (core + 1), acc = 0;
    for (uint32_t i = 0; i < kIterations; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        acc += x;
    }
    return acc;
}

static void secondary(unsigned core)
{
    s_sum[core] = work(core);
    smp_store(&s_done[core], 1);
}

int main(void)
{
    unsigned cores = 1;
    while (cores < SMP_MAX_CORES && smp_start_core(cores, secondary) == 0)
        cores++;
    s_sum[0] = work(0);
    for (unsigned c = 1; c < cores; c++)
        smp_wait_for(&s_done[c], 1);
    bm_printf("%u busy cores\n", cores);
    for (unsigned c = 0; c < cores; c++)
        bm_printf("core %u: checksum %llx\n", c, (unsigned long long)s_sum[c]);
    return 0;
}
