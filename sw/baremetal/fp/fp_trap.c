// CPACR_EL1.FPEN traps (DDI 0487 D13.2.30, ESR EC 0x07): with FPEN = 0b00 or
// 0b10 every SIMD&FP instruction at EL1 traps (FMOV, an AdvSIMD instruction, a
// SIMD&FP load with writeback, MRS FPCR); the handler prints ESR and ELR,
// enables FPEN = 0b11 and returns to the same instruction, which then runs
// once (the writeback happens exactly once). With FPEN = 0b01, EL1 does not
// trap but EL0 does (taken from the lower EL). The test functions are
// general-regs-only C with the FP instructions in inline assembly, so nothing
// else touches SIMD&FP while it is disabled.
#include "fp_util.h"

#define GRO __attribute__((target("general-regs-only"), noinline))

static volatile unsigned s_traps;
static volatile uint64_t s_esr, s_elr, s_vector;

GRO static void set_fpen(unsigned fpen)
{
    write_sysreg(cpacr_el1, (uint64_t)fpen << 20);
    isb();
}

GRO static int on_sync(struct bm_frame* f, int vector)
{
    if (esr_ec(f->esr) != 0x07)
        return 0;
    s_traps++;
    s_esr = f->esr;
    s_elr = f->elr;
    s_vector = (uint64_t)vector;
    set_fpen(3);  // and retry the same instruction (ELR unchanged)
    return 1;
}

GRO static void report(const char* what, uint64_t start)
{
    bm_printf("%s: traps=%u", what, s_traps);
    if (s_traps)
        bm_printf(" vector=%lu esr=0x%lx (EC 0x%x IL %lu ISS 0x%lx) elr=start+%lu", s_vector,
                  s_esr, esr_ec(s_esr), (s_esr >> 25) & 1, s_esr & 0x1ffffff, s_elr - start);
    bm_printf(" cpacr.fpen=%lu\n", (read_sysreg(cpacr_el1) >> 20) & 3);
    s_traps = 0;
}

GRO static void trap_fmov(unsigned fpen)
{
    set_fpen(fpen);
    uint64_t out, start;
    __asm__ volatile("adr %1, 1f\n"
                     "1: fmov d0, %2\n"
                     "fadd d0, d0, d0\n"
                     "fmov %0, d0\n"
                     : "=r"(out), "=&r"(start)
                     : "r"(0x3ff8000000000000ull)  // 1.5
                     : "v0");
    bm_printf("fmov/fadd with FPEN=%u: 1.5 + 1.5 = 0x%lx\n", fpen, out);
    report("  fmov", start);
}

GRO static void trap_advsimd(void)
{
    set_fpen(0);
    uint64_t out, start;
    __asm__ volatile("adr %1, 1f\n"
                     "1: dup v1.8b, %w2\n"
                     "cnt v1.8b, v1.8b\n"
                     "addv b1, v1.8b\n"
                     "umov %w0, v1.b[0]\n"
                     : "=r"(out), "=&r"(start)
                     : "r"(0xf3)
                     : "v1");
    bm_printf("dup/cnt/addv: popcount(0xf3) * 8 = %lu\n", out);
    report("  dup", start);
}

static uint8_t s_buf[64] __attribute__((aligned(16)));

GRO static void trap_load_writeback(void)
{
    for (unsigned i = 0; i < sizeof s_buf; i++)
        s_buf[i] = (uint8_t)(i * 7 + 1);
    set_fpen(0);
    uint64_t p = (uint64_t)s_buf, lo, hi, start;
    __asm__ volatile("adr %3, 1f\n"
                     "1: ldr q2, [%0], #16\n"
                     "mov %1, v2.d[0]\n"
                     "mov %2, v2.d[1]\n"
                     : "+r"(p), "=r"(lo), "=r"(hi), "=&r"(start)
                     :
                     : "v2", "memory");
    bm_printf("ldr q2, [x], #16: base advanced by %lu, q2 = %016lx%016lx\n", p - (uint64_t)s_buf,
              hi, lo);
    report("  ldr", start);
}

GRO static void trap_mrs_fpcr(unsigned fpen)
{
    set_fpen(fpen);
    uint64_t out, start;
    __asm__ volatile("adr %1, 1f\n"
                     "1: mrs %0, fpcr\n"
                     : "=r"(out), "=&r"(start));
    bm_printf("mrs fpcr with FPEN=%u: 0x%lx\n", fpen, out);
    report("  mrs", start);
}

// EL0: FP with FPEN = 0b01 traps from EL0 (lower EL, AArch64).
GRO static void el0_fp(void)
{
    uint64_t out;
    __asm__ volatile("fmov d3, %1\n"
                     "fmul d3, d3, d3\n"
                     "fmov %0, d3\n"
                     : "=r"(out)
                     : "r"(0x4008000000000000ull)  // 3.0
                     : "v3");
    bm_el0_exit(out);
}

GRO int fp_main(void)
{
    bm_set_sync_handler(on_sync);
    trap_fmov(0);
    trap_fmov(2);
    trap_fmov(1);  // EL1 is not trapped by 0b01
    trap_fmov(3);
    trap_advsimd();
    trap_load_writeback();
    trap_mrs_fpcr(0);
    trap_mrs_fpcr(3);
    set_fpen(1);
    uint64_t r = bm_run_el0(el0_fp);
    bm_printf("EL0 fmul with FPEN=1: 3.0 * 3.0 = 0x%lx\n", r);
    report("  el0", (uint64_t)el0_fp);
    set_fpen(3);
    r = bm_run_el0(el0_fp);
    bm_printf("EL0 fmul with FPEN=3: 0x%lx\n", r);
    report("  el0", (uint64_t)el0_fp);
    bm_puts("fp trap done\n");
    return 0;
}
