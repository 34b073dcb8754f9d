// Common glue of the benchmark workloads in sw/bench: one source builds both as
// a bare-metal program (BENCH_BAREMETAL, output through semihosting via the
// sw/baremetal support library) and as a static Linux user program (linux_rt.c:
// raw system calls, no C library). Both use the same freestanding compiler
// flags, so the measured code is the same machine code on both sides.
#pragma once

#include <stddef.h>
#include <stdint.h>

#if defined(BENCH_BAREMETAL)
#include "bm.h"
#define bench_printf bm_printf
#else
// linux_rt.c: the bm_printf subset (%d %u %x %s %c, l modifiers, 0-padding
// and width) on standard output.
void bench_printf(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
void* memset(void* d, int c, size_t n);
void* memcpy(void* d, const void* s, size_t n);

// The Linux build's optional first argument: an explicit decimal iteration
// count, only for measuring (the checksum then differs from the default run's).
static inline uint32_t bench_iterations_arg(int argc, char** argv, uint32_t fallback)
{
    if (argc < 2)
        return fallback;
    uint32_t count = 0;
    for (const char* p = argv[1]; *p >= '0' && *p <= '9'; p++)
        count = count * 10 + (uint32_t)(*p - '0');
    return count;
}
#endif

// Keeps every kernel a real call in both builds, so that the code measured on
// each side is the same function, not something inlined differently.
#define BENCH_NOINLINE __attribute__((noinline))

// Generic-timer virtual count. Under qemu-system-aarch64 -icount shift=0 one
// tick at 62.5 MHz is 16 instructions, which gives an independent estimate of
// the instruction count; elsewhere it is only informative.
static inline uint64_t bench_ticks(void)
{
    uint64_t v;
    __asm__ volatile("isb; mrs %0, cntvct_el0" : "=r"(v)::"memory");
    return v;
}

static inline uint64_t bench_tick_frequency(void)
{
    uint64_t v;
    __asm__ volatile("mrs %0, cntfrq_el0" : "=r"(v));
    return v;
}
