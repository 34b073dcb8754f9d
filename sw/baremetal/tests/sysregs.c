// System instructions a kernel relies on: thread-ID registers, SP_EL0 through
// SPSel, ELR/SPSR/VBAR read-back, DAIF set/clear, NZCV, DC ZVA zeroing exactly
// one DCZID_EL0 block, cache/TLB maintenance and barriers as no-ops, the
// counter moving forward, and a PSCI call with an unknown function ID (HVC,
// the conduit QEMU virt uses without EL2/EL3), which answers NOT_SUPPORTED.
#include "bm.h"

static uint8_t s_block[512] __attribute__((aligned(256)));

int main(void)
{
    write_sysreg(tpidr_el0, 0x1122334455667788ull);
    write_sysreg(tpidrro_el0, 0xa5a5a5a5a5a5a5a5ull);
    write_sysreg(tpidr_el1, 0x0123456789abcdefull);
    bm_printf("tpidr_el0=0x%lx tpidrro_el0=0x%lx tpidr_el1=0x%lx\n", read_sysreg(tpidr_el0),
              read_sysreg(tpidrro_el0), read_sysreg(tpidr_el1));

    write_sysreg(sp_el0, 0x4000f000ull);
    uint64_t via_spsel;
    __asm__ volatile("msr spsel, #0\n mov %0, sp\n msr spsel, #1" : "=r"(via_spsel)::"memory");
    bm_printf("sp_el0 via SPSel=0: 0x%lx, SPSel now %lu\n", via_spsel, read_sysreg(SPSel));

    write_sysreg(elr_el1, 0xffff000012345678ull);
    write_sysreg(spsr_el1, 0xf00003c5ull);
    write_sysreg(sp_el0, 0);
    bm_printf("elr_el1=0x%lx spsr_el1=0x%lx vbar_el1=0x%lx\n", read_sysreg(elr_el1),
              read_sysreg(spsr_el1), read_sysreg(vbar_el1));

    __asm__ volatile("msr daifclr, #0xf" ::: "memory");
    uint64_t d0 = read_sysreg(daif);
    __asm__ volatile("msr daifset, #0x5" ::: "memory");
    uint64_t d1 = read_sysreg(daif);
    write_sysreg(daif, 0x3c0);
    bm_printf("daif: after clr #0xf=0x%lx after set #5 (A,F)=0x%lx restored=0x%lx\n", d0, d1,
              read_sysreg(daif));

    write_sysreg(nzcv, 0x90000000ull);
    uint64_t n1 = read_sysreg(nzcv);
    __asm__ volatile("mov x9, #0\n cmp x9, #1" ::: "x9", "cc");
    bm_printf("nzcv: written 0x90000000 read 0x%lx, after cmp 0-1: 0x%lx\n", n1,
              read_sysreg(nzcv));

    uint64_t dczid = read_sysreg(dczid_el0);
    unsigned block = 4u << (dczid & 0xf);
    for (unsigned i = 0; i < sizeof(s_block); i++)
        s_block[i] = 0xee;
    uint64_t target = (uint64_t)s_block + 256 + 8;  // not block aligned
    __asm__ volatile("dc zva, %0" ::"r"(target) : "memory");
    unsigned zeroed = 0, first = 0xffff;
    for (unsigned i = 0; i < sizeof(s_block); i++)
        if (s_block[i] == 0) {
            zeroed++;
            if (first == 0xffff)
                first = i;
        }
    uint64_t aligned = (target & ~(uint64_t)(block - 1)) - (uint64_t)s_block;
    bm_printf("dc zva: prohibited=%lu zeroed==block:%d starts at aligned-down address:%d\n",
              (dczid >> 4) & 1, zeroed == block, first == aligned);

    __asm__ volatile("ic iallu\n dc civac, %0\n dc cvau, %0\n ic ivau, %0\n tlbi vmalle1\n"
                     "tlbi vae1, %1\n dsb sy\n dmb ish\n isb\n nop\n yield\n sev\n sevl\n"
                     "prfm pldl1keep, [%0]" ::"r"(s_block), "r"((uint64_t)s_block >> 12)
                     : "memory");
    bm_puts("maintenance, barriers and hints executed\n");

    uint64_t c0 = read_sysreg(cntvct_el0);
    for (volatile int i = 0; i < 10000; i++) {
    }
    uint64_t c1 = read_sysreg(cntvct_el0);
    bm_printf("cntvct advances: %d, cntpct >= cntvct: %d\n", c1 > c0,
              read_sysreg(cntpct_el0) >= c1);

    register uint64_t x0 __asm__("x0") = 0x8400ff00ull;  // unknown PSCI function
    __asm__ volatile("hvc #0" : "+r"(x0)::"x1", "x2", "x3", "memory");
    bm_printf("psci unknown function: x0=%ld\n", (int64_t)x0);
    return 0;
}
