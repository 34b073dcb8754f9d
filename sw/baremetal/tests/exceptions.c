// Synchronous exceptions taken at EL1 and returned from: SVC (ESR/ELR after
// the SVC), BRK and an undefined encoding (ELR at the instruction), data
// aborts on unmapped physical memory (external abort, FAR/ESR/WnR), a PC
// alignment fault, and the register state preserved across the round trip.
#include "bm.h"

static volatile uint64_t s_esr, s_elr, s_far, s_count;

static int record(struct bm_frame* f, int vector)
{
    s_esr = f->esr;
    s_elr = f->elr;
    s_far = f->far;
    s_count++;
    uint32_t ec = esr_ec(f->esr);
    if (vector != BM_CUR_SPX_SYNC)
        return 0;
    if (ec == 0x15)  // SVC: ELR already points after the instruction
        f->x[0] = f->x[0] * 2 + 1;
    else if (ec == 0x22)  // PC alignment: return to the caller of the bad BLR
        f->elr = f->x[30];
    else
        f->elr += 4;
    return 1;
}

extern char svc_insn[], brk_insn[], udf_insn[], load_insn[], store_insn[];

static void test_svc(void)
{
    register uint64_t x0 __asm__("x0") = 20;
    register uint64_t x19 __asm__("x19") = 0x1919191919191919ull;
    __asm__ volatile("svc_insn: svc #0x123" : "+r"(x0), "+r"(x19)::"memory");
    bm_printf("svc: esr=0x%lx elr-svc=%ld x0=%lu x19=0x%lx count=%lu\n", s_esr,
              (int64_t)(s_elr - (uint64_t)svc_insn), x0, x19, s_count);
    __asm__ volatile("svc #0xffff" ::: "x0", "memory");
    bm_printf("svc: #0xffff esr=0x%lx\n", s_esr);
}

static void test_brk_udf(void)
{
    __asm__ volatile("brk_insn: brk #0x42" ::: "memory");
    bm_printf("brk: esr=0x%lx elr-brk=%ld\n", s_esr, (int64_t)(s_elr - (uint64_t)brk_insn));
    __asm__ volatile("udf_insn: .word 0x00000000" ::: "memory");
    bm_printf("udf: esr=0x%lx elr-udf=%ld\n", s_esr, (int64_t)(s_elr - (uint64_t)udf_insn));
    s_esr = 0;
    __asm__ volatile(".word 0x9ac01000" ::: "x0", "memory");  // unallocated DP-2source
    bm_printf("reserved dp: esr=0x%lx\n", s_esr);
}

static void test_abort(void)
{
    uint64_t value = 0x5555;
    // Nothing is mapped right above 128 MiB of RAM.
    __asm__ volatile("mov x1, #0x50000000\n load_insn: ldr %0, [x1, #8]"
                     : "+r"(value)::"x1", "memory");
    bm_printf("load abort: esr=0x%lx far=0x%lx elr-insn=%ld value=0x%lx\n", s_esr, s_far,
              (int64_t)(s_elr - (uint64_t)load_insn), value);
    __asm__ volatile("mov x1, #0x50000000\n store_insn: str wzr, [x1, #0x24]" ::: "x1",
                     "memory");
    bm_printf("store abort: esr=0x%lx far=0x%lx elr-insn=%ld\n", s_esr, s_far,
              (int64_t)(s_elr - (uint64_t)store_insn));
}

static void test_pc_alignment(void)
{
    uint64_t target = (uint64_t)test_svc + 2;
    s_esr = 0;
    __asm__ volatile("blr %0" ::"r"(target)
                     : "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "x11",
                       "x12", "x13", "x14", "x15", "x16", "x17", "x30", "memory");
    bm_printf("pc alignment: esr=0x%lx far-target=%ld elr-target=%ld\n", s_esr,
              (int64_t)(s_far - target), (int64_t)(s_elr - target));
}

int main(void)
{
    bm_set_sync_handler(record);
    test_svc();
    test_brk_udf();
    test_abort();
    test_pc_alignment();
    bm_printf("exceptions: total=%lu\n", s_count);
    return 0;
}
