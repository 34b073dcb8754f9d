// Exclusive monitor with the MMU on (Normal memory): an LDXR/STXR increment
// loop, LDAXR/STLXR, LDXP/STXP, STXR failing after CLREX, without a prior
// LDXR, after an exception return (SVC) and to a different address, and
// the alignment fault of an unaligned LDXR.
#include "bm.h"

static uint64_t s_counter __attribute__((aligned(64)));
static uint64_t s_pair[2] __attribute__((aligned(16)));
static uint32_t s_word __attribute__((aligned(64)));
static uint64_t s_other __attribute__((aligned(64)));
static volatile uint64_t s_esr, s_far, s_faults;

static int on_sync(struct bm_frame* f, int vector)
{
    if (vector != BM_CUR_SPX_SYNC)
        return 0;
    s_esr = f->esr;
    if (esr_ec(f->esr) != 0x15) {  // aborts: skip the instruction
        s_far = f->far;
        s_faults++;
        f->elr += 4;
    }
    return 1;
}

static uint64_t atomic_add(uint64_t* p, uint64_t v, uint64_t* retries)
{
    uint64_t old, tmp;
    uint32_t status;
    __asm__ volatile("1: ldxr %0, [%4]\n"
                     "   add %1, %0, %5\n"
                     "   stxr %w2, %1, [%4]\n"
                     "   cbz %w2, 2f\n"
                     "   add %3, %3, #1\n"
                     "   b 1b\n"
                     "2:"
                     : "=&r"(old), "=&r"(tmp), "=&r"(status), "+r"(*retries)
                     : "r"(p), "r"(v)
                     : "memory");
    return old;
}

int main(void)
{
    bm_set_sync_handler(on_sync);
    bm_mmu_identity();
    bm_mmu_on();

    uint64_t retries = 0;
    for (uint64_t i = 1; i <= 1000; i++)
        atomic_add(&s_counter, i, &retries);
    bm_printf("ldxr/stxr loop: counter=%lu retries=%lu\n", s_counter, retries);

    uint32_t status, old32;
    __asm__ volatile("ldaxr %w0, [%2]\n add %w0, %w0, #5\n stlxr %w1, %w0, [%2]"
                     : "=&r"(old32), "=&r"(status)
                     : "r"(&s_word)
                     : "memory");
    bm_printf("ldaxr/stlxr: status=%u word=%u\n", status, s_word);

    uint64_t lo, hi;
    s_pair[0] = 0x1111;
    s_pair[1] = 0x2222;
    __asm__ volatile("ldxp %0, %1, [%3]\n add %0, %0, #1\n add %1, %1, #2\n"
                     "stxp %w2, %1, %0, [%3]"
                     : "=&r"(lo), "=&r"(hi), "=&r"(status)
                     : "r"(s_pair)
                     : "memory");
    bm_printf("ldxp/stxp (swapped): status=%u pair=0x%lx,0x%lx\n", status, s_pair[0],
              s_pair[1]);

    uint64_t value;
    s_counter = 7;
    __asm__ volatile("ldxr %0, [%2]\n clrex\n stxr %w1, %0, [%2]"
                     : "=&r"(value), "=&r"(status)
                     : "r"(&s_counter)
                     : "memory");
    bm_printf("stxr after clrex: status=%u\n", status);

    __asm__ volatile("clrex\n mov %0, #42\n stxr %w1, %0, [%2]"
                     : "=&r"(value), "=&r"(status)
                     : "r"(&s_counter)
                     : "memory");
    bm_printf("stxr without ldxr: status=%u counter=%lu\n", status, s_counter);

    __asm__ volatile("ldxr %0, [%2]\n svc #0\n stxr %w1, %0, [%2]"
                     : "=&r"(value), "=&r"(status)
                     : "r"(&s_counter)
                     : "x0", "memory");
    bm_printf("stxr after svc+eret: status=%u esr=0x%lx\n", status, s_esr);

    __asm__ volatile("ldxr %0, [%2]\n stxr %w1, %0, [%2]"
                     : "=&r"(value), "=&r"(status)
                     : "r"(&s_counter)
                     : "memory");
    bm_printf("ldxr then stxr: status=%u counter=%lu\n", status, s_counter);

    uint64_t n = s_faults;
    char* unaligned = (char*)&s_other + 4;
    __asm__ volatile("ldxr %0, [%1]" : "=&r"(value) : "r"(unaligned) : "memory");
    bm_printf("unaligned ldxr: faulted=%lu esr=0x%lx far-addr=%ld\n", s_faults - n, s_esr,
              (int64_t)(s_far - (uint64_t)unaligned));
    __asm__ volatile("clrex" ::: "memory");
    bm_mmu_off();
    return 0;
}
