// SP alignment checking (SCTLR_EL1.SA=1): a load or store using a
// misaligned SP as its base takes an SP alignment fault (EC 0x26); SP may be
// misaligned as long as it is not used as a base. QEMU 7.2 does not check SP
// alignment, so this program is compared with its hand-checked expectation.
#include "bm.h"

static volatile uint64_t s_esr, s_count;

static int on_sync(struct bm_frame* f, int vector)
{
    if (vector != BM_CUR_SP0_SYNC)  // taken from EL1t (SPSel=0)
        return 0;
    s_esr = f->esr;
    s_count++;
    f->elr += 4;
    return 1;
}

int main(void)
{
    bm_set_sync_handler(on_sync);
    uint64_t value = 0x42, scratch;
    // The handler runs on SP_EL1 too, so switch to SP_EL0 for the misaligned SP.
    static uint64_t stack[64] __attribute__((aligned(16)));
    write_sysreg(sp_el0, (uint64_t)&stack[32] + 4);
    __asm__ volatile("msr spsel, #0\n"
                     "add %1, sp, #8\n"       // arithmetic on a misaligned SP is fine
                     "ldr %0, [sp]\n"         // faults
                     "str %0, [sp, #-4]\n"    // faults too
                     "msr spsel, #1"
                     : "+r"(value), "=&r"(scratch)::"memory");
    bm_printf("sp alignment: faults=%lu esr=0x%lx value=0x%lx add-ok=%d\n", s_count, s_esr, value,
              scratch == (uint64_t)&stack[32] + 12);
    return 0;
}
