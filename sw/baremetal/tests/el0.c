// EL0 entry by ERET (SPSR=EL0t) and return by SVC: the EL0 code computes a
// value, makes an SVC the EL1 handler answers (ESR, SPSR, ELR printed), then
// traps: a privileged MRS (undefined from EL0), a CNTVCT_EL0 read with
// CNTKCTL_EL1.EL0VCTEN=0 (EC 0x18), and CNTFRQ_EL0, which traps too while
// both EL0PCTEN and EL0VCTEN are 0; then again with EL0VCTEN=1.
#include "bm.h"

static volatile uint64_t s_esr[8], s_spsr[8], s_elr[8];
static volatile unsigned s_n;

static int on_sync(struct bm_frame* f, int vector)
{
    if (vector != BM_LOWER64_SYNC) {
        bm_printf("unexpected vector %d esr=0x%lx\n", vector, f->esr);
        return 0;
    }
    unsigned i = s_n++ & 7;
    s_esr[i] = f->esr;
    s_spsr[i] = f->spsr;
    uint32_t ec = esr_ec(f->esr);
    s_elr[i] = f->elr;
    if (ec == 0x15) {  // SVC #1: return x0 * 3 in x0
        f->x[0] *= 3;
    } else {  // trapped MRS: the destination gets 0x77
        f->x[0] = 0x77;
        f->elr += 4;
    }
    return 1;
}

static void el0_main(void)
{
    uint64_t sum = 0;
    for (uint64_t i = 1; i <= 100; i++)
        sum += i * i;
    register uint64_t x0 __asm__("x0") = sum;
    __asm__ volatile("cmp xzr, xzr\n svc #1" : "+r"(x0)::"cc", "memory");
    uint64_t answered = x0;
    uint64_t v;
    __asm__ volatile("mov x0, #0\n mrs x0, sctlr_el1\n mov %0, x0" : "=r"(v)::"x0");
    uint64_t w;
    __asm__ volatile("mov x0, #0\n mrs x0, cntvct_el0\n mov %0, x0" : "=r"(w)::"x0");
    uint64_t frq = read_sysreg(cntfrq_el0);
    uint64_t el = read_sysreg(nzcv);
    bm_el0_exit((answered << 32) ^ (v << 16) ^ (w << 8) ^ (frq == 62500000 ? 1 : 0) ^ (el << 4));
}

int main(void)
{
    bm_set_sync_handler(on_sync);
    write_sysreg(cntkctl_el1, 0);  // no EL0 counter access
    isb();
    uint64_t result = bm_run_el0(el0_main);
    bm_printf("el0 returned: 0x%lx\n", result);
    bm_printf("back at EL%lu, SPSel=%lu\n", read_sysreg(CurrentEL) >> 2, read_sysreg(SPSel));
    for (unsigned i = 0; i < s_n && i < 8; i++)
        bm_printf("trap %u: esr=0x%lx spsr=0x%lx elr-el0_main=0x%lx\n", i, s_esr[i], s_spsr[i],
                  s_elr[i] - (uint64_t)el0_main);
    write_sysreg(cntkctl_el1, 2);  // EL0VCTEN
    isb();
    s_n = 0;
    result = bm_run_el0(el0_main);
    bm_printf("with EL0VCTEN: traps=%u (svc + mrs sctlr), cntfrq ok=%lu\n", s_n,
              result & 0x1);
    return 0;
}
