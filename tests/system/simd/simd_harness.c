// Runs the random SIMD&FP sequences of rand_simd_gen one after another and
// prints, per sequence, one line with FPSR, FPCR, NZCV, a hash of the 8 KiB
// scratch buffer, x0-x15, x26, x27 and V0-V31 (as 128-bit values, high half
// first). SIMD&FP is enabled first (CPACR_EL1.FPEN = 0b11, DDI 0487 D13.2.30),
// and the MMU is on (Normal memory, so unaligned vector accesses are defined).
// This file is built with -mgeneral-regs-only, so nothing here touches the V
// registers between a sequence and its dump. An exception in a sequence (none
// is expected) is printed and the instruction skipped, so one bad instruction
// shows up as one differing sequence.
//
// With SIMD_IRQ defined (simd_harness_irq.c), the virtual timer interrupts
// every ~1.6 us (also in the middle of sequences); the handler runs an FP
// instruction under a different FPCR and restores FPCR, FPSR and the V
// register it used, as a kernel does around its own FP use. Results must not
// depend on where the interrupts land.
//
// With SIMD_ALIGN defined (simd_harness_align.c), SCTLR_EL1.A = 1: every
// misaligned access takes an Alignment fault (DDI 0487 B2.5.2), so the
// alignment each SIMD&FP load/store form requires is compared with QEMU.
#include "bm.h"

extern void (*const simd_sequences[])(void);
extern const uint32_t simd_sequence_count;
// V0-V31 (64 words), x0-x15, x26, x27, FPSR, FPCR, NZCV.
uint64_t simd_dump[64 + 16 + 2 + 3] __attribute__((aligned(16)));
// Two pages: sequences address it from its middle (x28 = simd_scratch + 2048)
// and some accesses straddle the page boundary at simd_scratch + 4096.
uint8_t simd_scratch[8192] __attribute__((aligned(4096)));
static unsigned s_current, s_exceptions;

static int on_sync(struct bm_frame* f, int vector)
{
    uint32_t ec = esr_ec(f->esr);
    // FAR is only meaningful (not UNKNOWN) for aborts and PC alignment faults.
    int far_valid = ec == 0x20 || ec == 0x21 || ec == 0x22 || ec == 0x24 || ec == 0x25;
    // Only the first few per sequence are printed (an unimplemented load in
    // the prologue would otherwise print dozens); the count comes after.
    if (++s_exceptions <= 4)
        bm_printf("s%u: exception vector=%d esr=0x%lx far=0x%lx insn=0x%08x\n", s_current,
                  vector, f->esr, far_valid ? f->far : 0, *(const uint32_t*)f->elr);
    f->elr += 4;
    return vector == BM_CUR_SPX_SYNC;
}

#ifdef SIMD_IRQ
#define SIMD_IRQ_PERIOD 100  // ticks of the 62.5 MHz counter
static unsigned s_irqs;

static int on_irq(struct bm_frame* f, int vector)
{
    (void)f;
    if (vector != BM_CUR_SPX_IRQ)
        return 0;
    uint32_t iar = gic_ack();
    if ((iar & 0x3ff) == PPI_VIRT_TIMER) {
        // FPCR with RMode, FZ and DN flipped, one FP instruction under it,
        // then the interrupted FPCR, FPSR and V31 back.
        __asm__ volatile("mrs x2, fpcr\n mrs x3, fpsr\n"
                         "str q31, [sp, #-16]!\n"
                         "mov x4, #0x3c00000\n eor x4, x2, x4\n msr fpcr, x4\n"
                         "fdiv d31, d31, d31\n"
                         "ldr q31, [sp], #16\n"
                         "msr fpcr, x2\n msr fpsr, x3\n" ::: "x2", "x3", "x4", "memory");
        write_sysreg(cntv_tval_el0, SIMD_IRQ_PERIOD);
        isb();
        s_irqs++;
    }
    gic_eoi(iar);
    return 1;
}
#endif

int main(void)
{
    bm_set_sync_handler(on_sync);
    write_sysreg(cpacr_el1, 3ull << 20);  // FPEN = 0b11: no SIMD&FP traps at EL0/EL1
    isb();
    bm_mmu_identity();
    bm_mmu_on();
#ifdef SIMD_ALIGN
    write_sysreg(sctlr_el1, read_sysreg(sctlr_el1) | 2);  // A: alignment checking
    isb();
#endif
#ifdef SIMD_IRQ
    bm_set_irq_handler(on_irq);
    gic_init();
    gic_enable_irq(PPI_VIRT_TIMER, 0xa0);
    write_sysreg(cntv_tval_el0, SIMD_IRQ_PERIOD);
    write_sysreg(cntv_ctl_el0, 1);
    isb();
    irq_enable();
#endif
    for (unsigned n = 0; n < simd_sequence_count; n++) {
        s_current = n;
        s_exceptions = 0;
        uint32_t seed = n * 2654435761u + 1;
        for (unsigned i = 0; i < sizeof(simd_scratch); i++) {
            seed = seed * 1103515245u + 12345u;
            simd_scratch[i] = (uint8_t)(seed >> 16);
        }
        simd_sequences[n]();
        if (s_exceptions > 4)
            bm_printf("s%u: %u exceptions in all\n", n, s_exceptions);
        uint64_t hash = 0xcbf29ce484222325ull;
        for (unsigned i = 0; i < sizeof(simd_scratch); i++)
            hash = (hash ^ simd_scratch[i]) * 0x100000001b3ull;
        const uint64_t* x = simd_dump + 64;
        bm_printf("s%u fpsr=%lx fpcr=%lx nzcv=%lx mem=%lx", n, x[18], x[19], x[20] >> 28, hash);
        for (unsigned r = 0; r < 16; r++)
            bm_printf(" x%u=%lx", r, x[r]);
        bm_printf(" x26=%lx x27=%lx", x[16], x[17]);
        for (unsigned r = 0; r < 32; r++)
            bm_printf(" v%u=%016lx%016lx", r, simd_dump[2 * r + 1], simd_dump[2 * r]);
        bm_putc('\n');
    }
#ifdef SIMD_IRQ
    irq_disable();
    write_sysreg(cntv_ctl_el0, 0);
    // The count depends on timing (host time on QEMU): only whether there
    // were plenty is printed.
    bm_printf("simd: at least 100 timer interrupts taken: %d\n", s_irqs >= 100);
#endif
    bm_printf("simd: %u sequences\n", simd_sequence_count);
    return 0;
}
