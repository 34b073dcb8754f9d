// Broadcast TLB maintenance: cores 0 and 1 share page tables (MMU on). Core
// 1 reads through an alias mapping, so its TLB holds it; core 0 then points
// the alias at another page and runs TLBI VAAE1IS (inner shareable) and, for
// a second alias, TLBI VMALLE1IS. Core 1, without any TLBI of its own, must
// see the new pages. Run with -smp 2 or more.
#include "smp.h"

#define kAliasA (RAM_BASE + (100ull << 21))  // VAs beyond the RAM QEMU gives (-m 128M)
#define kAliasB (RAM_BASE + (101ull << 21))
#define kPageOld (RAM_BASE + (32ull << 21))   // physical 2 MiB blocks in RAM
#define kPageNew (RAM_BASE + (33ull << 21))

static uint64_t* s_l2;
static volatile uint32_t s_step;
static volatile uint64_t s_seen[4];

static uint64_t read_va(uint64_t va) { return *(volatile uint64_t*)va; }

static void secondary(unsigned core)
{
    (void)core;
    bm_mmu_on();
    s_seen[0] = read_va(kAliasA);  // fills core 1's TLB
    s_seen[1] = read_va(kAliasB);
    smp_store(&s_step, 1);
    smp_wait_for(&s_step, 2);
    __asm__ volatile("isb" ::: "memory");
    s_seen[2] = read_va(kAliasA);  // no TLBI here: core 0's broadcast must do
    s_seen[3] = read_va(kAliasB);
    bm_mmu_off();
    smp_store(&s_step, 3);
}

int main(void)
{
    s_l2 = bm_mmu_identity();
    *(volatile uint64_t*)kPageOld = 0x01d01d01d01d01d0ull;
    *(volatile uint64_t*)kPageNew = 0x0e50e50e50e50e50ull;
    s_l2[100] = kPageOld | PTE_NORMAL_BLOCK;
    s_l2[101] = kPageOld | PTE_NORMAL_BLOCK;
    bm_mmu_on();
    smp_start_core(1, secondary);
    smp_wait_for(&s_step, 1);

    s_l2[100] = kPageNew | PTE_NORMAL_BLOCK;
    s_l2[101] = kPageNew | PTE_NORMAL_BLOCK;
    __asm__ volatile("dsb ishst\n"
                     "tlbi vaae1is, %0\n"
                     "tlbi vmalle1is\n"
                     "dsb ish\n"
                     "isb" ::"r"(kAliasA >> 12)
                     : "memory");
    smp_store(&s_step, 2);
    smp_wait_for(&s_step, 3);
    bm_printf("core 1 before: alias A 0x%lx, alias B 0x%lx\n", (unsigned long)s_seen[0],
              (unsigned long)s_seen[1]);
    bm_printf("core 1 after core 0's TLBI VAAE1IS / VMALLE1IS: alias A 0x%lx, alias B 0x%lx\n",
              (unsigned long)s_seen[2], (unsigned long)s_seen[3]);
    smp_wait_state(1, 1);
    bm_mmu_off();
    return s_seen[2] == 0x0e50e50e50e50e50ull && s_seen[3] == 0x0e50e50e50e50e50ull ? 0 : 1;
}
