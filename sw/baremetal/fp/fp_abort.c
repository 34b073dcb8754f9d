// Data aborts of SIMD&FP loads and stores (DDI 0487 D17.2.40 ESR_ELx, ISS for
// data aborts): translation faults on an unmapped page and permission faults
// on a read-only page for LDR/STR Q, LDP/STP Q with writeback, LD1/ST1
// (multiple and single structure) and LD4R, printing ESR (ISV must be 0 for
// SIMD&FP accesses; WnR; DFSC), FAR relative to the unmapped page, that the
// base register was not written back and that memory was not modified by a
// faulting store. Accesses that start in a mapped page and run into the
// unmapped one must report a FAR in the unmapped page (an OS pages in FAR's
// page and retries: a FAR in the present page would retry forever).
// Last, with the MMU off (all data accesses Device-nGnRnE): structure
// loads/stores aligned to their element size, not to 16, must not fault
// (the alignment check of LD1-4/ST1-4 is per element, DDI 0487 B2.5.2).
#include "fp_util.h"

#define GRO __attribute__((target("general-regs-only"), noinline))

#define VA_BASE 0x80000000ull   // L1 index 2: our own L2/L3 tables
#define VA_RW (VA_BASE)          // mapped, read/write
#define VA_HOLE (VA_BASE + 4096) // not mapped
#define VA_RO (VA_BASE + 8192)   // mapped read-only

static uint8_t s_pages[2][4096] __attribute__((aligned(4096)));
static volatile uint64_t s_esr, s_far, s_count;

GRO static int on_sync(struct bm_frame* f, int vector)
{
    (void)vector;
    if (esr_ec(f->esr) != 0x25)
        return 0;
    s_esr = f->esr;
    s_far = f->far;
    s_count++;
    f->elr += 4;  // skip the faulting instruction
    return 1;
}

GRO static void map_pages(void)
{
    bm_mmu_identity();
    uint64_t* l2 = bm_alloc_table();
    uint64_t* l3 = bm_alloc_table();
    bm_ttbr0_l1[2] = (uint64_t)l2 | PTE_VALID | PTE_TABLE;
    l2[0] = (uint64_t)l3 | PTE_VALID | PTE_TABLE;
    const uint64_t page = PTE_VALID | PTE_PAGE | PTE_ATTR_NORMAL | PTE_SH_INNER | PTE_AF;
    l3[0] = (uint64_t)s_pages[0] | page;
    l3[1] = 0;  // the hole
    l3[2] = (uint64_t)s_pages[1] | page | PTE_AP_RO;
    bm_mmu_on();
}

// One case: prints the fault (or its absence) and how far the base moved.
GRO static void report(const char* what, uint64_t base_before, uint64_t base_after)
{
    if (s_count)
        bm_printf("%s: esr=0x%lx (ISV %lu WnR %lu DFSC 0x%lx) far-hole=%ld base moved %ld\n",
                  what, s_esr, (s_esr >> 24) & 1, (s_esr >> 6) & 1, s_esr & 0x3f,
                  (long)(s_far - VA_HOLE), (long)(base_after - base_before));
    else
        bm_printf("%s: no fault, base moved %ld\n", what, (long)(base_after - base_before));
    s_count = 0;
}

GRO static uint64_t ro_hash(void)
{
    uint64_t h = 0;
    for (unsigned i = 0; i < 4096; i++)
        h = h * 31 + s_pages[1][i];
    return h;
}

GRO int fp_main(void)
{
    bm_set_sync_handler(on_sync);
    for (unsigned i = 0; i < 4096; i++) {
        s_pages[0][i] = (uint8_t)(i * 13);
        s_pages[1][i] = (uint8_t)(i * 7 + 3);
    }
    map_pages();
    uint64_t p, q;

#define CASE(what, insn, start)                                                                \
    p = q = (start);                                                                           \
    __asm__ volatile(insn : "+r"(p) : : "v0", "v1", "v2", "v3", "memory");                     \
    report(what, q, p)

    CASE("ldr q0, [hole]", "ldr q0, [%0]", VA_HOLE);
    CASE("ldr q0, [hole], #16", "ldr q0, [%0], #16", VA_HOLE);
    CASE("ldr d0, [rw + 4088]! -> no fault", "ldr d0, [%0, #8]!", VA_RW + 4080);
    CASE("ldr q0, [rw + 4088] (straddles)", "ldr q0, [%0]", VA_RW + 4088);
    CASE("ldp q0, q1, [rw + 4080]! (2nd in hole)", "ldp q0, q1, [%0, #-16]!", VA_RW + 4096);
    CASE("stp q0, q1, [hole - 16], #32", "stp q0, q1, [%0], #32", VA_HOLE - 16);
    CASE("ld1 {v0-v3.16b}, [rw + 4064], #64", "ld1 {v0.16b-v3.16b}, [%0], #64", VA_RW + 4064);
    CASE("ld1 {v0-v1.2d}, [rw + 4088]", "ld1 {v0.2d, v1.2d}, [%0]", VA_RW + 4088);
    CASE("ld1 {v0.s}[3], [hole + 8]", "ld1 {v0.s}[3], [%0]", VA_HOLE + 8);
    CASE("ld4r {v0-v3.4s}, [rw + 4088], #16", "ld4r {v0.4s-v3.4s}, [%0], #16", VA_RW + 4088);
    CASE("ld1 {v0.16b}, [rw] -> no fault", "ld1 {v0.16b}, [%0], #16", VA_RW);

    const uint64_t before = ro_hash();
    CASE("str q0, [ro]", "str q0, [%0]", VA_RO);
    CASE("st1 {v0-v1.4s}, [ro + 16]", "st1 {v0.4s, v1.4s}, [%0]", VA_RO + 16);
    CASE("st2 {v0-v1.h}[5], [ro + 100], #4", "st2 {v0.h, v1.h}[5], [%0], #4", VA_RO + 100);
    CASE("stur s0, [ro + 3]", "stur s0, [%0, #3]", VA_RO);
    bm_printf("read-only page unchanged: %d\n", ro_hash() == before);
    CASE("ldr q1, [ro + 32] -> no fault", "ldr q1, [%0, #32]", VA_RO);

    bm_mmu_off();
    const uint64_t dev = (uint64_t)s_pages[0];
    CASE("mmu off: ld1 {v0.16b}, [x + 1]", "ld1 {v0.16b}, [%0]", dev + 1);
    CASE("mmu off: ld1 {v0-v1.8h}, [x + 2]", "ld1 {v0.8h, v1.8h}, [%0]", dev + 2);
    CASE("mmu off: ld2 {v0-v1.4s}, [x + 4], #32", "ld2 {v0.4s, v1.4s}, [%0], #32", dev + 4);
    CASE("mmu off: st1 {v0.2d}, [x + 8]", "st1 {v0.2d}, [%0]", dev + 8);
    CASE("mmu off: ld1r {v0.4s}, [x + 4]", "ld1r {v0.4s}, [%0]", dev + 4);
    CASE("mmu off: ld3 {v0-v2.b}[7], [x + 3]", "ld3 {v0.b, v1.b, v2.b}[7], [%0]", dev + 3);
    CASE("mmu off: ldr q0, [x + 16]", "ldr q0, [%0, #16]", dev);
    bm_puts("fp abort done\n");
    return 0;
}
