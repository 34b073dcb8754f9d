// Unaligned accesses. MMU on, Normal memory, SCTLR_EL1.A=0: single and pair
// loads/stores at odd addresses, also across a page boundary, just work.
// Faults (ESR/FAR printed): LDAR/STLR at an unaligned address, any unaligned
// access with SCTLR_EL1.A=1 (byte accesses still fine). Unaligned accesses
// to Device memory are in unaligned_device.c (QEMU 7.2 does not fault them).
#include "bm.h"

static uint8_t s_buf[2 * 4096] __attribute__((aligned(4096)));
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
    for (unsigned i = 0; i < sizeof(s_buf); i++)
        s_buf[i] = (uint8_t)(i * 7 + 1);
    bm_mmu_identity();
    bm_mmu_on();

    uint64_t base = (uint64_t)s_buf;
    uint64_t x = 0, y = 0;
    uint32_t w = 0;
    uint16_t h = 0;
    __asm__ volatile("ldr %0, [%1, #1]" : "=r"(x) : "r"(base) : "memory");
    __asm__ volatile("ldr %w0, [%1, #3]" : "=r"(w) : "r"(base) : "memory");
    __asm__ volatile("ldrh %w0, [%1, #5]" : "=r"(h) : "r"(base) : "memory");
    bm_printf("normal: ldr+1=0x%lx ldr w+3=0x%x ldrh+5=0x%x\n", x, w, h);
    int64_t sx;
    __asm__ volatile("ldrsw %0, [%1, #0x7d]" : "=r"(sx) : "r"(base) : "memory");
    bm_printf("normal: ldrsw+0x7d=0x%lx\n", (uint64_t)sx);
    __asm__ volatile("ldp %0, %1, [%2]" : "=&r"(x), "=&r"(y) : "r"(base + 0xfff) : "memory");
    bm_printf("normal: ldp across page=0x%lx,0x%lx\n", x, y);
    __asm__ volatile("str %0, [%1]" ::"r"(0x1122334455667788ull), "r"(base + 0xffd) : "memory");
    __asm__ volatile("stp %0, %0, [%1]" ::"r"(0xa5a5a5a5f0f0f0f0ull), "r"(base + 0x21)
                     : "memory");
    uint64_t sum = 0;
    for (unsigned i = 0; i < sizeof(s_buf); i++)
        sum = sum * 33 + s_buf[i];
    bm_printf("normal: after unaligned stores hash=0x%lx bytes ffd..1004=", sum);
    for (unsigned i = 0xffd; i < 0x1005; i++)
        bm_printf("%02x", s_buf[i]);
    bm_putc('\n');

    uint64_t n = s_faults;
    x = 0x77;
    __asm__ volatile("ldar %0, [%1]" : "+r"(x) : "r"(base + 4) : "memory");
    report("ldar unaligned", n, base + 4);
    n = s_faults;
    __asm__ volatile("stlr %w0, [%1]" ::"r"(1), "r"(base + 2) : "memory");
    report("stlr unaligned", n, base + 2);
    n = s_faults;
    __asm__ volatile("ldar %0, [%1]" : "+r"(x) : "r"(base + 8) : "memory");
    bm_printf("ldar aligned: faulted=%lu value=0x%lx\n", s_faults - n, x);

    write_sysreg(sctlr_el1, read_sysreg(sctlr_el1) | 2);  // A: alignment checking
    isb();
    n = s_faults;
    __asm__ volatile("ldr %w0, [%1]" : "+r"(w) : "r"(base + 2) : "memory");
    report("A=1 ldr w unaligned", n, base + 2);
    n = s_faults;
    __asm__ volatile("strh %w0, [%1]" ::"r"(1), "r"(base + 9) : "memory");
    report("A=1 strh unaligned", n, base + 9);
    n = s_faults;
    __asm__ volatile("ldrb %w0, [%1]" : "=r"(w) : "r"(base + 9) : "memory");
    __asm__ volatile("ldrh %w0, [%1]" : "=r"(h) : "r"(base + 10) : "memory");
    bm_printf("A=1 ldrb/aligned ldrh: faulted=%lu values=0x%x,0x%x\n", s_faults - n, w, h);
    write_sysreg(sctlr_el1, read_sysreg(sctlr_el1) & ~2ull);
    isb();

    bm_mmu_off();
    return 0;
}
