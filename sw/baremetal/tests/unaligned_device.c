// Unaligned accesses to Device memory take an Alignment fault whatever
// SCTLR_EL1.A says (Arm ARM B2.5.2): a Device-nGnRnE mapping of the GIC
// distributor with the MMU on, and RAM with the MMU off (all data accesses
// are then Device-nGnRnE, D5.2.9). QEMU 7.2 does not check this, so this
// program is compared with its hand-checked expectation only.
#include "bm.h"

static uint8_t s_buf[64] __attribute__((aligned(64)));
static volatile uint64_t s_esr, s_far, s_faults;

static int on_sync(struct bm_frame* f, int vector)
{
    if (vector != BM_CUR_SPX_SYNC)
        return 0;
    s_esr = f->esr;
    s_far = f->far;
    s_faults++;
    f->elr += 4;
    return 1;
}

static void report(const char* what, uint64_t before, uint64_t addr)
{
    bm_printf("%s: faulted=%lu esr=0x%lx far-addr=%ld\n", what, s_faults - before, s_esr,
              (int64_t)(s_far - addr));
}

int main(void)
{
    bm_set_sync_handler(on_sync);
    bm_mmu_identity();
    bm_mmu_on();
    uint32_t w = 0x77;
    uint64_t n = s_faults;
    __asm__ volatile("ldr %w0, [%1]" : "+r"(w) : "r"(GICD_BASE + 5) : "memory");
    report("device ldr w unaligned", n, GICD_BASE + 5);
    n = s_faults;
    __asm__ volatile("ldr %w0, [%1]" : "+r"(w) : "r"(GICD_BASE + 4) : "memory");
    bm_printf("device ldr w aligned (GICD_TYPER): faulted=%lu nonzero=%d\n", s_faults - n, w != 0);
    bm_mmu_off();

    uint64_t base = (uint64_t)s_buf;
    uint64_t x = 0x55;
    n = s_faults;
    __asm__ volatile("ldr %0, [%1]" : "+r"(x) : "r"(base + 3) : "memory");
    report("mmu off ldr unaligned", n, base + 3);
    n = s_faults;
    __asm__ volatile("strh %w0, [%1]" ::"r"(1), "r"(base + 1) : "memory");
    report("mmu off strh unaligned", n, base + 1);
    n = s_faults;
    __asm__ volatile("ldr %0, [%1]" : "+r"(x) : "r"(base + 8) : "memory");
    bm_printf("mmu off ldr aligned: faulted=%lu value=0x%lx\n", s_faults - n, x);
    return 0;
}
