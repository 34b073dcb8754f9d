// Exception-heavy workload (docs/benchmarks.md, scripts/bench-iss.sh
// --workload excbench): system-call round trips (SVC taken to EL1 and back
// with ERET, as a guest kernel's syscall path without the work) and data
// aborts on an unmapped page (a translation fault per access, the handler
// steps over the load), through the sw/baremetal exception dispatcher which
// saves and restores the whole register frame, as a kernel entry does.
// Bare metal only, MMU on with the identity map; there is no user-mode
// equivalent for qemu-aarch64.
#include "bench.h"

#ifndef EXCBENCH_ITERATIONS
#define EXCBENCH_ITERATIONS 100000
#endif

#define UNMAPPED_BASE 0x80000000ull  // 2 GiB: outside the identity map

static volatile uint32_t s_iterations = EXCBENCH_ITERATIONS;
static uint64_t s_svcs, s_aborts;

static int handler(struct bm_frame* frame, int vector)
{
    (void)vector;
    switch (esr_ec(frame->esr)) {
    case 0x15:  // SVC: the "system call" returns x0 * 3 + its immediate
        s_svcs++;
        frame->x[0] = frame->x[0] * 3 + (frame->esr & 0xFFFF);
        return 1;
    case 0x25:  // data abort at EL1: skip the load, return the fault address
        s_aborts++;
        frame->x[0] = frame->far ^ 0x5A5Au;
        frame->elr += 4;
        return 1;
    default:
        return 0;
    }
}

BENCH_NOINLINE static uint64_t svc_loop(uint32_t n)
{
    uint64_t sum = 0;
    for (uint32_t i = 0; i < n; i++) {
        register uint64_t x0 __asm__("x0") = i;
        __asm__ volatile("svc #0x42" : "+r"(x0) : : "memory");
        sum += x0;
    }
    return sum;
}

BENCH_NOINLINE static uint64_t abort_loop(uint32_t n)
{
    uint64_t sum = 0;
    for (uint32_t i = 0; i < n; i++) {
        register uint64_t x0 __asm__("x0") = UNMAPPED_BASE + (i & 0x3FF) * 8;
        __asm__ volatile("ldr x0, [x0]" : "+r"(x0) : : "memory");
        sum += x0;
    }
    return sum;
}

int main(void)
{
    uint32_t iterations = s_iterations;
    bm_mmu_identity();
    bm_mmu_on();
    bm_set_sync_handler(handler);
    uint64_t start = bench_ticks();
    const uint64_t svc_sum = svc_loop(iterations);
    const uint64_t abort_sum = abort_loop(iterations);
    uint64_t ticks = bench_ticks() - start;
    const uint32_t total = (uint32_t)(svc_sum ^ (svc_sum >> 32) ^ abort_sum ^ (abort_sum >> 32));
    bench_printf("excbench: svcs=%lu aborts=%lu\n", (unsigned long)s_svcs, (unsigned long)s_aborts);
    bench_printf("excbench: iterations=%u checksum=0x%08x\n", iterations, total);
    bench_printf("excbench-info: cntvct_ticks=%lu cntfrq=%lu\n", (unsigned long)ticks,
                 (unsigned long)bench_tick_frequency());
    return s_svcs == iterations && s_aborts == iterations ? 0 : 1;
}
