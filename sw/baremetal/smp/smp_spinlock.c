// A ticket spinlock as Linux arm64's (LDAXR/STXR to take a ticket, SEVL +
// WFE + LDAXRH to wait for the owner, STLRH to release, whose store clears
// the waiters' exclusive monitors and so wakes them) shared by 4 cores with
// the MMU on (Normal memory). Each core adds 1 to a plain counter under the
// lock kIterations times; the total must be exact. Run with -smp 4.
#include "smp.h"

#define kIterations 2000u

static volatile uint32_t s_lock;  // [15:0] owner, [31:16] next ticket
static volatile uint32_t s_counter;
static volatile uint32_t s_per_core[SMP_MAX_CORES];
static volatile uint32_t s_done[SMP_MAX_CORES];
static volatile uint32_t s_ready;

static void lock(volatile uint32_t* l)
{
    uint32_t old, next, tmp, fail;
    __asm__ volatile("1: ldaxr   %w0, [%4]\n"
                     "   add     %w1, %w0, #0x10000\n"
                     "   stxr    %w2, %w1, [%4]\n"
                     "   cbnz    %w2, 1b\n"
                     "   eor     %w3, %w0, %w0, ror #16\n"
                     "   cbz     %w3, 3f\n"
                     "   sevl\n"
                     "2: wfe\n"
                     "   ldaxrh  %w2, [%4]\n"
                     "   eor     %w3, %w2, %w0, lsr #16\n"
                     "   cbnz    %w3, 2b\n"
                     "3:\n"
                     : "=&r"(old), "=&r"(next), "=&r"(fail), "=&r"(tmp)
                     : "r"(l)
                     : "memory");
}

static void unlock(volatile uint32_t* l)
{
    uint32_t owner;
    __asm__ volatile("ldrh  %w0, [%1]\n"
                     "add   %w0, %w0, #1\n"
                     "stlrh %w0, [%1]\n"
                     : "=&r"(owner)
                     : "r"(l)
                     : "memory");
}

static void work(unsigned core)
{
    for (unsigned i = 0; i < kIterations; i++) {
        lock(&s_lock);
        s_counter = s_counter + 1;  // not atomic: only the lock makes it exact
        s_per_core[core] = s_per_core[core] + 1;
        unlock(&s_lock);
    }
}

static void secondary(unsigned core)
{
    bm_mmu_on();
    smp_fetch_add(&s_ready, 1);
    smp_wait_for(&s_ready, 0x100 + SMP_MAX_CORES - 1);  // core 0 says go
    work(core);
    smp_store(&s_done[core], 1);
}

int main(void)
{
    bm_mmu_identity();
    bm_mmu_on();
    for (unsigned c = 1; c < SMP_MAX_CORES; c++)
        smp_start_core(c, secondary);
    smp_wait_for(&s_ready, SMP_MAX_CORES - 1);
    smp_fetch_add(&s_ready, 0x100);
    __asm__ volatile("sev" ::: "memory");
    work(0);
    for (unsigned c = 1; c < SMP_MAX_CORES; c++)
        smp_wait_for(&s_done[c], 1);
    bm_printf("counter %u (expected %u)\n", (unsigned)s_counter, SMP_MAX_CORES * kIterations);
    for (unsigned c = 0; c < SMP_MAX_CORES; c++)
        bm_printf("core %u took the lock %u times\n", c, (unsigned)s_per_core[c]);
    bm_printf("lock word 0x%x (owner == next == %u)\n", (unsigned)s_lock,
              (SMP_MAX_CORES * kIterations) & 0xffff);
    for (unsigned c = 1; c < SMP_MAX_CORES; c++)
        smp_wait_state(c, 1);
    bm_mmu_off();
    return s_counter == SMP_MAX_CORES * kIterations ? 0 : 1;
}
