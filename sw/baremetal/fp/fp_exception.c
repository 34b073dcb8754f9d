// FP used inside exception handlers, with the interrupted SIMD&FP state
// preserved: the handlers save V0-V31/FPCR/FPSR (fp_save), run FP code of
// their own with a different FPCR, and restore them (fp_restore), as an OS
// kernel does.
//  1. SVC from code holding known values in all 32 V registers, a non-default
//     FPCR (RP, FZ, DN) and sticky FPSR flags: all of it must be unchanged
//     after the SVC, the handler's own results must be those of ITS FPCR, and
//     FP instructions after the return must again round up, flush to zero and
//     produce the default NaN (a simulator must not keep the handler's mode).
//  2. Virtual-timer IRQs (PPI 27) interrupting a FP loop whose every iteration
//     must give the same bits: no iteration may see the handler's state.
#include "fp_util.h"

#define GRO __attribute__((target("general-regs-only"), noinline))

static struct fp_state s_saved;
static volatile unsigned s_svcs, s_irqs, s_loop_active;
static volatile uint64_t s_handler_result[4];
static volatile double s_in[] = {2.0, 10.0, 3.0, 0x1p-1060};

// The handler's FP work, in round-to-nearest without FZ: sqrt(2), 10/3 and a
// denormal result (flushed to zero if the caller's FZ leaked in).
__attribute__((noinline)) static void handler_fp_work(unsigned slot)
{
    fp_set_fpcr(0);
    fp_set_fpsr(0);
    double a = __builtin_sqrt(s_in[0]);
    double b = s_in[1] / s_in[2];
    double c = s_in[3] * 0.75;
    s_handler_result[slot & 3] = fp_bits64(a) ^ fp_bits64(b) ^ fp_bits64(c) ^ fp_fpsr();
}

GRO static int on_sync(struct bm_frame* f, int vector)
{
    (void)vector;
    if (esr_ec(f->esr) != 0x15)
        return 0;
    fp_save(&s_saved);
    handler_fp_work(0);
    s_svcs++;
    fp_restore(&s_saved);
    return 1;  // ELR already points after the SVC
}

GRO static int on_irq(struct bm_frame* f, int vector)
{
    (void)f;
    if (vector != BM_CUR_SPX_IRQ)
        return 0;
    uint32_t iar = gic_ack();
    if ((iar & 0x3ff) == PPI_VIRT_TIMER) {
        fp_save(&s_saved);
        handler_fp_work(1);
        fp_restore(&s_saved);
        // Only interrupts that hit the FP loop count (on a loaded host,
        // QEMU's host-time timer may fire before the loop starts).
        if (s_loop_active)
            s_irqs++;
        if (s_irqs < 3)
            write_sysreg(cntv_tval_el0, 2000);
        else
            write_sysreg(cntv_ctl_el0, 0);
        isb();
    }
    gic_eoi(iar);
    return 1;
}

// Loaded and stored with LDP/STP Q with the MMU off (Device memory): 16-byte
// aligned, or the accesses would take Alignment faults.
static uint64_t s_pattern[64] __attribute__((aligned(16)));
static uint64_t s_after[64] __attribute__((aligned(16)));

GRO static void svc_test(void)
{
    for (unsigned i = 0; i < 64; i++)
        s_pattern[i] = 0x0123456789abcdefull * (i + 1) ^ ((uint64_t)i << 56);
    const uint64_t fpcr_in = (1u << 22) | (1u << 24) | (1u << 25);  // RP, FZ, DN
    const uint64_t fpsr_in = 0x9f;                                   // IOC..IXC, IDC
    uint64_t fpcr_out, fpsr_out;
    __asm__ volatile("msr fpcr, %2\n msr fpsr, %3\n"
                     FP_LDP_ALL("%4")
                     "svc #5\n"
                     FP_STP_ALL("%5")
                     "mrs %0, fpcr\n mrs %1, fpsr\n"
                     : "=&r"(fpcr_out), "=&r"(fpsr_out)
                     : "r"(fpcr_in), "r"(fpsr_in), "r"(s_pattern), "r"(s_after)
                     : "memory", FP_CLOBBER_ALL);
    unsigned bad = 0;
    for (unsigned i = 0; i < 64; i++)
        if (s_after[i] != s_pattern[i]) {
            if (bad < 4)
                bm_printf("  v%u.d[%u] changed: %016lx -> %016lx\n", i / 2, i % 2, s_pattern[i],
                          s_after[i]);
            bad++;
        }
    bm_printf("svc: handler ran %u time(s); V0-V31 words changed: %u; FPCR 0x%lx -> 0x%lx; "
              "FPSR 0x%lx -> 0x%lx\n",
              s_svcs, bad, fpcr_in, fpcr_out, fpsr_in, fpsr_out);
    bm_printf("svc: handler result 0x%lx\n", s_handler_result[0]);
}

// FP behaviour under the current FPCR, right after an SVC returned to code
// running with RP, FZ and DN: 1/3 rounded up (...556), DBL_MIN * 0.5 flushed
// to +0, sNaN + 1 = default NaN.
GRO static void svc_then_fp(void)
{
    uint64_t q, fz, dn;
    const uint64_t fpcr_in = (1u << 22) | (1u << 24) | (1u << 25);
    __asm__ volatile("msr fpcr, %3\n"
                     "svc #6\n"
                     "fmov d0, %4\n fmov d1, %5\n fdiv d2, d0, d1\n fmov %0, d2\n"
                     "fmov d0, %6\n fmov d1, %7\n fmul d2, d0, d1\n fmov %1, d2\n"
                     "fmov d0, %8\n fadd d2, d0, d1\n fmov %2, d2\n"
                     "msr fpcr, xzr\n"
                     : "=&r"(q), "=&r"(fz), "=&r"(dn)
                     : "r"(fpcr_in), "r"(0x3ff0000000000000ull), "r"(0x4008000000000000ull),
                       "r"(0x0010000000000000ull), "r"(0x3fe0000000000000ull),
                       "r"(0x7ff0000000000456ull)
                     : "v0", "v1", "v2", "memory");
    bm_printf("after svc: 1/3 = 0x%lx (RP), DBL_MIN*0.5 = 0x%lx (FZ), sNaN+0.5 = 0x%lx (DN)\n", q,
              fz, dn);
}

// Newton iterations for sqrt(n) and a float dot product; the same bits every time.
__attribute__((noinline)) static uint64_t fp_kernel(unsigned n)
{
    double x = n, r = n;
    for (int i = 0; i < 30; i++)
        r = 0.5 * (r + x / r);
    float acc = 0;
    for (unsigned i = 1; i <= 64; i++)
        acc += (float)i * 0.1f;
    return fp_bits64(r) ^ ((uint64_t)fp_bits32(acc) << 12);
}

int fp_main(void)
{
    bm_set_sync_handler(on_sync);
    bm_set_irq_handler(on_irq);
    svc_test();
    svc_then_fp();
    fp_set_fpcr(0);
    fp_set_fpsr(0);

    gic_init();
    gic_enable_irq(PPI_VIRT_TIMER, 0xa0);
    const uint64_t expect = fp_kernel(12345);
    unsigned wrong = 0;
    // Bounded by time, not iterations: on a loaded host QEMU's timer (host
    // time) can take long in guest instructions.
    const uint64_t start = read_sysreg(cntvct_el0);
    s_loop_active = 1;
    write_sysreg(cntv_tval_el0, 2000);
    write_sysreg(cntv_ctl_el0, 1);
    isb();
    irq_enable();
    while (s_irqs < 3 && read_sysreg(cntvct_el0) - start < 20 * 62500000ull) {
        if (fp_kernel(12345) != expect)
            wrong++;
    }
    irq_disable();
    bm_printf("irq: %u timer interrupts taken during the FP loop, %u wrong iteration(s)\n",
              s_irqs, wrong);
    bm_printf("irq: handler result 0x%lx\n", s_handler_result[1]);
    bm_printf("kernel: 0x%lx\n", expect);
    bm_puts("fp exception done\n");
    return 0;
}
