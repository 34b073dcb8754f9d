// Support for the SMP bare-metal tests (run with -smp 4): PSCI calls over
// HVC, starting secondaries at smp_secondary_entry (smp_start.S) with their
// own stack, and a few synchronisation helpers. Only core 0 prints:
// semihosting output from several cores would interleave.
#pragma once

#include "bm.h"

#define SMP_MAX_CORES 4

// PSCI 1.1 function IDs and return codes (DEN 0022).
#define PSCI_VERSION 0x84000000u
#define PSCI_CPU_OFF 0x84000002u
#define PSCI_CPU_ON_64 0xC4000003u
#define PSCI_AFFINITY_INFO_64 0xC4000004u
#define PSCI_MIGRATE_INFO_TYPE 0x84000006u
#define PSCI_SYSTEM_OFF 0x84000008u

static inline int64_t psci_call(uint64_t fn, uint64_t a1, uint64_t a2, uint64_t a3)
{
    register uint64_t x0 __asm__("x0") = fn;
    register uint64_t x1 __asm__("x1") = a1;
    register uint64_t x2 __asm__("x2") = a2;
    register uint64_t x3 __asm__("x3") = a3;
    __asm__ volatile("hvc #0" : "+r"(x0), "+r"(x1), "+r"(x2), "+r"(x3) : : "memory");
    return (int64_t)x0;
}

static inline unsigned smp_core_id(void)
{
    uint64_t mpidr;
    __asm__ volatile("mrs %0, mpidr_el1" : "=r"(mpidr));
    return (unsigned)(mpidr & 0xff);
}

static inline uint64_t smp_mpidr(void)
{
    uint64_t mpidr;
    __asm__ volatile("mrs %0, mpidr_el1" : "=r"(mpidr));
    return mpidr;
}

// The work of a secondary core: called on it with its index (the CPU_ON
// context id). When it returns, the core calls PSCI CPU_OFF.
typedef void (*smp_secondary_fn)(unsigned core);

// Starts `core` (MPIDR Aff0) running fn; returns the PSCI result.
int64_t smp_start_core(unsigned core, smp_secondary_fn fn);

// Polls AFFINITY_INFO until `core` reads `state` (0 on, 1 off).
void smp_wait_state(unsigned core, int64_t state);

// Plain shared flags and counters; accessed with volatile loads/stores and
// barriers around them.
static inline void smp_store(volatile uint32_t* p, uint32_t v)
{
    __asm__ volatile("dmb ish" ::: "memory");
    *p = v;
    __asm__ volatile("dsb ish\n sev" ::: "memory");
}
static inline uint32_t smp_load(volatile uint32_t* p)
{
    uint32_t v = *p;
    __asm__ volatile("dmb ish" ::: "memory");
    return v;
}
// Waits (WFE between polls) until *p == v.
static inline void smp_wait_for(volatile uint32_t* p, uint32_t v)
{
    while (smp_load(p) != v)
        __asm__ volatile("wfe" ::: "memory");
}

// Atomic read-modify-write *p = *p OP v with an LDAXR/STLXR loop (OP an A64
// data-processing mnemonic taking "Wd, Wn, Wm": "add", "orr"); the value is
// the old *p. The SEV wakes cores waiting in smp_wait_for: they hold no
// reservation on the word, so nothing else would (WFE may sleep until an
// event; QEMU treats it as a NOP). A macro because OP is instruction text.
#define SMP_FETCH_OP(op, p, v)                                    \
    __extension__({                                               \
        uint32_t old_, tmp_, fail_;                               \
        __asm__ volatile("1: ldaxr %w0, [%3]\n"                   \
                         "   " op " %w1, %w0, %w4\n"              \
                         "   stlxr %w2, %w1, [%3]\n"              \
                         "   cbnz %w2, 1b\n"                      \
                         "   sev\n"                               \
                         : "=&r"(old_), "=&r"(tmp_), "=&r"(fail_) \
                         : "r"(p), "r"(v)                         \
                         : "memory");                             \
        old_;                                                     \
    })

// Atomic add / OR; return the old value.
static inline uint32_t smp_fetch_add(volatile uint32_t* p, uint32_t v)
{
    return SMP_FETCH_OP("add", p, v);
}
static inline uint32_t smp_fetch_or(volatile uint32_t* p, uint32_t v)
{
    return SMP_FETCH_OP("orr", p, v);
}
