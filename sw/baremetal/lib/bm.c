// Support library of the bare-metal tests (see bm.h).
#include "bm.h"
#include "format.h"

uint64_t bm_boot_x0;

// ---------------------------------------------------------------- output

uint64_t bm_semihost(uint64_t op, const void* arg)
{
    register uint64_t x0 __asm__("x0") = op;
    register const void* x1 __asm__("x1") = arg;
    __asm__ volatile("hlt #0xf000" : "+r"(x0) : "r"(x1) : "memory");
    return x0;
}

static char s_line[256];
static unsigned s_len;

void bm_flush(void)
{
    if (s_len == 0)
        return;
    s_line[s_len] = 0;
    bm_semihost(SYS_WRITE0, s_line);
    s_len = 0;
}

void bm_putc(char c)
{
    s_line[s_len++] = c;
    if (c == '\n' || s_len == sizeof(s_line) - 1)
        bm_flush();
}

void bm_puts(const char* s)
{
    while (*s)
        bm_putc(*s++);
}

void bm_printf(const char* fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vp_vformat(bm_putc, fmt, ap);
    va_end(ap);
}

void bm_exit(int status)
{
    bm_flush();
    uint64_t block[2] = {ADP_STOPPED_APPLICATION_EXIT, (uint64_t)(int64_t)status};
    bm_semihost(SYS_EXIT, block);
    for (;;)
        __asm__ volatile("wfi");
}

// ---------------------------------------------------------------- exceptions

static bm_handler s_sync_handler;
static bm_handler s_irq_handler;

void bm_set_sync_handler(bm_handler handler) { s_sync_handler = handler; }
void bm_set_irq_handler(bm_handler handler) { s_irq_handler = handler; }

extern char bm_el0_return[];
extern uint64_t bm_enter_el0(void (*fn)(void), uint64_t sp_el0);
extern char __el0_stack_top[];

void bm_exception(struct bm_frame* frame, int vector)
{
    int sync = (vector & 3) == 0;
    if (vector == BM_LOWER64_SYNC && esr_ec(frame->esr) == 0x15 &&
        (frame->esr & 0xffff) == BM_SVC_EXIT_EL0) {
        frame->elr = (uint64_t)bm_el0_return;
        frame->spsr = 0x3c5;  // EL1h, DAIF masked
        return;
    }
    bm_handler handler = sync ? s_sync_handler : ((vector & 3) == 1 ? s_irq_handler : 0);
    if (handler && handler(frame, vector))
        return;
    bm_printf("UNEXPECTED EXCEPTION vector=%d esr=0x%lx elr=0x%lx far=0x%lx spsr=0x%lx\n",
              vector, frame->esr, frame->elr, frame->far, frame->spsr);
    bm_exit(99);
}

uint64_t bm_run_el0(void (*fn)(void))
{
    return bm_enter_el0(fn, (uint64_t)__el0_stack_top);
}

void bm_el0_exit(uint64_t value)
{
    register uint64_t x0 __asm__("x0") = value;
    __asm__ volatile("svc %1" ::"r"(x0), "i"(BM_SVC_EXIT_EL0) : "memory");
    for (;;) {
    }
}

// ---------------------------------------------------------------- GICv2

#define GICD_CTLR 0x000
#define GICD_ISENABLER 0x100
#define GICD_ICENABLER 0x180
#define GICD_ICPENDR 0x280
#define GICD_IPRIORITYR 0x400
#define GICC_CTLR 0x000
#define GICC_PMR 0x004
#define GICC_BPR 0x008
#define GICC_IAR 0x00c
#define GICC_EOIR 0x010

void gic_init(void)
{
    mmio_write32(GICD_BASE + GICD_CTLR, 0);
    for (unsigned i = 0; i < 32; i += 32) {
        mmio_write32(GICD_BASE + GICD_ICENABLER + i / 8, 0xffffffffu);
        mmio_write32(GICD_BASE + GICD_ICPENDR + i / 8, 0xffffffffu);
    }
    mmio_write32(GICD_BASE + GICD_CTLR, 1);
    mmio_write32(GICC_BASE + GICC_PMR, 0xf0);
    mmio_write32(GICC_BASE + GICC_BPR, 0);
    mmio_write32(GICC_BASE + GICC_CTLR, 1);
}

void gic_enable_irq(unsigned id, unsigned priority)
{
    mmio_write8(GICD_BASE + GICD_IPRIORITYR + id, (uint8_t)priority);
    mmio_write32(GICD_BASE + GICD_ISENABLER + (id / 32) * 4, 1u << (id % 32));
}

uint32_t gic_ack(void) { return mmio_read32(GICC_BASE + GICC_IAR); }
void gic_eoi(uint32_t iar) { mmio_write32(GICC_BASE + GICC_EOIR, iar); }

// ---------------------------------------------------------------- MMU

uint64_t bm_ttbr0_l1[512] __attribute__((aligned(4096), section(".noinit.tables")));
uint64_t bm_ttbr1_l1[512] __attribute__((aligned(4096), section(".noinit.tables")));
static uint64_t s_pool[8][512] __attribute__((aligned(4096), section(".noinit.tables")));
static unsigned s_pool_used;

uint64_t* bm_alloc_table(void)
{
    uint64_t* t = s_pool[s_pool_used++];
    memset(t, 0, 4096);
    return t;
}

uint64_t* bm_mmu_identity(void)
{
    memset(bm_ttbr0_l1, 0, sizeof(bm_ttbr0_l1));
    memset(bm_ttbr1_l1, 0, sizeof(bm_ttbr1_l1));
    s_pool_used = 0;
    bm_ttbr0_l1[0] = 0x0 | PTE_DEVICE_BLOCK;
    uint64_t* l2 = bm_alloc_table();
    for (unsigned i = 0; i < 512; i++)
        l2[i] = (RAM_BASE + ((uint64_t)i << 21)) | PTE_NORMAL_BLOCK;
    bm_ttbr0_l1[1] = (uint64_t)l2 | PTE_VALID | PTE_TABLE;
    return l2;
}

void bm_tlbi_all(void)
{
    __asm__ volatile("dsb ishst\n tlbi vmalle1\n dsb ish\n isb" ::: "memory");
}

void bm_mmu_on(void)
{
    write_sysreg(mair_el1, 0xff00ull);  // attr0 Device-nGnRnE, attr1 Normal WB
    uint64_t tcr = 25ull                // T0SZ: 39-bit
                   | (1ull << 8) | (1ull << 10) | (3ull << 12)   // IRGN0/ORGN0 WB, ISH
                   | (25ull << 16)                                // T1SZ
                   | (1ull << 24) | (1ull << 26) | (3ull << 28)  // IRGN1/ORGN1, ISH
                   | (2ull << 30)                                 // TG1 4K
                   | (1ull << 32);                                // IPS 36-bit
    write_sysreg(tcr_el1, tcr);
    write_sysreg(ttbr0_el1, (uint64_t)bm_ttbr0_l1);
    write_sysreg(ttbr1_el1, (uint64_t)bm_ttbr1_l1);
    bm_tlbi_all();
    uint64_t sctlr = read_sysreg(sctlr_el1);
    write_sysreg(sctlr_el1, sctlr | 1 | (1 << 2) | (1 << 12));
    isb();
}

void bm_mmu_off(void)
{
    uint64_t sctlr = read_sysreg(sctlr_el1);
    write_sysreg(sctlr_el1, sctlr & ~1ull);
    isb();
    bm_tlbi_all();
}

// ---------------------------------------------------------------- libc bits

void* memset(void* d, int c, size_t n)
{
    volatile unsigned char* p = d;
    while (n--)
        *p++ = (unsigned char)c;
    return d;
}

void* memcpy(void* d, const void* s, size_t n)
{
    unsigned char* p = d;
    const unsigned char* q = s;
    while (n--)
        *p++ = *q++;
    return d;
}

int memcmp(const void* a, const void* b, size_t n)
{
    const unsigned char* p = a;
    const unsigned char* q = b;
    for (; n; n--, p++, q++)
        if (*p != *q)
            return *p - *q;
    return 0;
}
