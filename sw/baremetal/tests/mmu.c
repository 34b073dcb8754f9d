// Stage-1 MMU, 4 KiB granule, 39-bit VAs: identity map (Device low GiB,
// Normal RAM through a level-2 table and one level-3 table), a TTBR1 high
// mapping of RAM aliased with the identity one, then the faults: permission
// (write to a read-only page, level 3), translation (level 1 and level 3),
// access flag (level 2), with ESR/FAR, plus AT S1E1R/W results in PAR_EL1.
#include "bm.h"

#define HIGH_BASE 0xffffff8000000000ull  // first VA of TTBR1 with T1SZ=25

static volatile uint64_t s_esr, s_far, s_faults;

static int on_fault(struct bm_frame* f, int vector)
{
    if (vector != BM_CUR_SPX_SYNC)
        return 0;
    s_esr = f->esr;
    s_far = f->far;
    s_faults++;
    f->elr += 4;
    return 1;
}

static uint64_t s_area[3 * 512] __attribute__((aligned(4096)));  // 3 pages

static uint64_t load(uint64_t va)
{
    uint64_t v = 0xdead;
    __asm__ volatile("ldr %0, [%1]" : "+r"(v) : "r"(va) : "memory");
    return v;
}
static void store(uint64_t va, uint64_t v)
{
    __asm__ volatile("str %0, [%1]" ::"r"(v), "r"(va) : "memory");
}
static uint64_t at_s1e1r(uint64_t va)
{
    __asm__ volatile("at s1e1r, %0\n isb" ::"r"(va) : "memory");
    return read_sysreg(par_el1);
}
static uint64_t at_s1e1w(uint64_t va)
{
    __asm__ volatile("at s1e1w, %0\n isb" ::"r"(va) : "memory");
    return read_sysreg(par_el1);
}
// Addresses inside s_area are printed relative to it (its placement depends
// on the image layout).
static void report(const char* what, uint64_t before)
{
    uint64_t area = (uint64_t)s_area;
    if (s_far - area < sizeof(s_area))
        bm_printf("%s: faulted=%lu esr=0x%lx far=area+0x%lx\n", what, s_faults - before, s_esr,
                  s_far - area);
    else
        bm_printf("%s: faulted=%lu esr=0x%lx far=0x%lx\n", what, s_faults - before, s_esr, s_far);
}

int main(void)
{
    bm_set_sync_handler(on_fault);
    uint64_t* l2 = bm_mmu_identity();

    // s_area's 2 MiB block is split into pages: page 0 RW, page 1 read-only,
    // page 2 not mapped, the rest identity.
    uint64_t area = (uint64_t)s_area;
    uint64_t block = area & ~0x1fffffull;
    unsigned l2_index = (unsigned)((block - RAM_BASE) >> 21);
    uint64_t* l3 = bm_alloc_table();
    for (unsigned i = 0; i < 512; i++)
        l3[i] = (block + ((uint64_t)i << 12)) | PTE_NORMAL_BLOCK | PTE_PAGE;
    unsigned first = (unsigned)((area - block) >> 12);
    l3[first + 1] |= PTE_AP_RO;
    l3[first + 2] = 0;
    l2[l2_index] = (uint64_t)l3 | PTE_VALID | PTE_TABLE;
    // One RAM block without the access flag: 2 MiB above the image.
    uint64_t noaf_block = RAM_BASE + (64ull << 20);
    l2[32] = noaf_block | (PTE_NORMAL_BLOCK & ~PTE_AF);
    // TTBR1: 1 GiB block at HIGH_BASE + 1 GiB -> RAM.
    bm_ttbr1_l1[1] = RAM_BASE | PTE_NORMAL_BLOCK;

    s_area[0] = 0x1111;
    s_area[512] = 0x2222;
    bm_mmu_on();
    bm_printf("mmu: on, sctlr.M=%lu\n", read_sysreg(sctlr_el1) & 1);

    uint64_t high = HIGH_BASE + (1ull << 30) + (area - RAM_BASE);
    bm_printf("high alias: read=0x%lx (identity wrote 0x1111)\n", load(high));
    store(high + 8, 0xabcdef0123456789ull);
    bm_printf("high alias: identity reads 0x%lx\n", s_area[1]);
    bm_printf("read-only page: read=0x%lx\n", load(area + 4096));

    uint64_t n = s_faults;
    store(area + 4096 + 0x18, 0x3333);
    report("permission fault (write RO page)", n);
    bm_printf("read-only page after failed write: 0x%lx\n", s_area[512 + 3]);

    n = s_faults;
    uint64_t v = load(area + 2 * 4096 + 0x10);
    report("translation fault level 3", n);
    bm_printf("load result unchanged: 0x%lx\n", v);

    n = s_faults;
    load(0x80000000ull + 0x40);
    report("translation fault level 1", n);

    n = s_faults;
    store(noaf_block + 0x100, 1);
    report("access flag fault level 2", n);

    n = s_faults;
    load(HIGH_BASE + 0x1000);
    report("ttbr1 translation fault level 1", n);

    // PAR_EL1 on success: PA[47:12] and SH[8:7] (ATTR and NS are not compared:
    // implementation-defined / UNKNOWN for a Non-secure regime).
    uint64_t par = at_s1e1r(area);
    bm_printf("at s1e1r rw page: pa=area+0x%lx sh=%lu f=%lu\n",
              (uint64_t)(par & 0xfffffffff000ull) - area, (par >> 7) & 3, par & 1);
    bm_printf("at s1e1w ro page: par=0x%lx\n", at_s1e1w(area + 4096 + 0x18));
    bm_printf("at s1e1r unmapped page: par=0x%lx\n", at_s1e1r(area + 2 * 4096));
    par = at_s1e1r(high);
    bm_printf("at s1e1r high: pa=area+0x%lx sh=%lu f=%lu\n",
              (uint64_t)(par & 0xfffffffff000ull) - area, (par >> 7) & 3, par & 1);

    // Remap: make the RO page writable, invalidate that VA, write again.
    l3[first + 1] &= ~PTE_AP_RO;
    dsb(ishst);
    __asm__ volatile("tlbi vaae1, %0\n dsb ish\n isb" ::"r"((area + 4096) >> 12) : "memory");
    n = s_faults;
    store(area + 4096 + 0x18, 0x4444);
    bm_printf("after remap + tlbi: faulted=%lu value=0x%lx\n", s_faults - n, s_area[512 + 3]);

    bm_mmu_off();
    bm_printf("mmu: off, total faults=%lu\n", s_faults);
    return 0;
}
