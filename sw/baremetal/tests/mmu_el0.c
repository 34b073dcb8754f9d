// EL0 under the MMU with 48-bit VAs (4 levels) and ASIDs. Page permissions:
// EL0 code on read-only pages (AP=11), EL0 data and stack read-write for both
// ELs (AP=01, hence privileged-execute-never), everything else EL1-only and
// UXN. Checked: EL0 data access works; EL0 reads of EL1 memory, EL0 writes to
// its code, EL0 execution of UXN pages and EL1 execution of EL0-writable pages
// fault with the right EC/ISS/FAR; EL1 may run EL0's code. Then two address
// spaces (ASIDs) map one VA to different pages with nG entries and are
// switched through TTBR0 without TLB maintenance, plus TLBI ASIDE1.
#include "bm.h"

#define EL0_TEXT __attribute__((section(".el0.text"), noinline, used))
#define EL0_DATA __attribute__((section(".el0.data")))

extern char __el0_text_start[], __el0_text_end[], __el0_data_start[], __el0_data_end[];
extern char __el0_stack_bottom[], __el0_stack_top[];

EL0_DATA volatile uint64_t el0_value = 0x1234;
EL0_DATA volatile uint64_t el0_arg;
EL0_DATA uint32_t el0_code[4];        // "mov x0, #7; ret" copied here at run time
static volatile uint64_t s_kernel_secret = 0x5ec7e7;

static volatile uint64_t s_esr, s_far_off, s_elr_off, s_faults;
static volatile uint64_t s_base;  // FAR (and ELR of instruction aborts) are reported against
static volatile uint64_t s_code;  // ELR of data aborts is reported against this

static int on_sync(struct bm_frame* f, int vector)
{
    s_esr = f->esr;
    s_far_off = f->far - s_base;
    uint32_t ec = esr_ec(f->esr);
    s_elr_off = f->elr - ((ec == 0x20 || ec == 0x21) ? s_base : s_code);
    s_faults++;
    if (vector == BM_LOWER64_SYNC) {  // abandon the EL0 program
        extern char bm_el0_return[];
        f->elr = (uint64_t)bm_el0_return;
        f->spsr = 0x3c5;
        f->x[0] = 0xdead;
        return 1;
    }
    if (vector == BM_CUR_SPX_SYNC && ec == 0x21) {  // return from the bad call
        f->elr = f->x[30];
        return 1;
    }
    return 0;
}

static inline void __attribute__((noreturn, always_inline)) el0_exit(uint64_t v)
{
    register uint64_t x0 __asm__("x0") = v;
    __asm__ volatile("svc %1" ::"r"(x0), "i"(BM_SVC_EXIT_EL0) : "memory");
    __builtin_unreachable();
}

EL0_TEXT void el0_data_rw(void)
{
    uint64_t v = el0_value;
    el0_value = v + 1;
    el0_exit(v * 2);
}
EL0_TEXT void el0_read_arg_address(void) { el0_exit(*(volatile uint64_t*)el0_arg); }
EL0_TEXT void el0_write_arg_address(void)
{
    *(volatile uint64_t*)el0_arg = 1;
    el0_exit(1);
}
EL0_TEXT void el0_call_arg_address(void) { el0_exit(((uint64_t(*)(void))el0_arg)()); }
EL0_TEXT uint64_t el0_helper(void) { return 0x77; }

static void run(const char* what, void (*fn)(void), uint64_t arg, uint64_t base)
{
    el0_arg = arg;
    s_base = base;
    s_code = (uint64_t)fn;
    uint64_t n = s_faults;
    uint64_t r = bm_run_el0(fn);
    bm_printf("%s: result=0x%lx faulted=%lu", what, r, s_faults - n);
    if (s_faults != n)
        bm_printf(" esr=0x%lx far-target=0x%lx elr-(insn abort ? target : el0 fn)=0x%lx", s_esr,
                  s_far_off, s_elr_off);
    bm_putc('\n');
}

static uint64_t* table(void) { return bm_alloc_table(); }

int main(void)
{
    bm_set_sync_handler(on_sync);
    const uint64_t mmfr0 = read_sysreg(id_aa64mmfr0_el1);
    const int asid16 = ((mmfr0 >> 4) & 0xf) == 2;

    // Identity map: L0 -> L1; L1[0] Device, L1[1] -> L2 RAM (2 MiB blocks,
    // EL1-only, UXN); the image's 2 MiB block -> L3 with per-page permissions.
    uint64_t* l1 = table();
    l1[0] = 0 | PTE_DEVICE_BLOCK;
    uint64_t* l2 = table();
    for (unsigned i = 0; i < 512; i++)
        l2[i] = (RAM_BASE + ((uint64_t)i << 21)) | PTE_NORMAL_BLOCK | PTE_UXN;
    l1[1] = (uint64_t)l2 | PTE_VALID | PTE_TABLE;
    uint64_t* l3 = table();
    for (unsigned i = 0; i < 512; i++) {
        uint64_t pa = RAM_BASE + ((uint64_t)i << 12);
        uint64_t attrs = PTE_NORMAL_BLOCK | PTE_PAGE | PTE_UXN;
        if (pa >= (uint64_t)__el0_text_start && pa < (uint64_t)__el0_text_end)
            attrs = PTE_NORMAL_BLOCK | PTE_PAGE | PTE_AP_EL0 | PTE_AP_RO;
        if ((pa >= (uint64_t)__el0_data_start && pa < (uint64_t)__el0_data_end) ||
            (pa >= (uint64_t)__el0_stack_bottom && pa < (uint64_t)__el0_stack_top))
            attrs = PTE_NORMAL_BLOCK | PTE_PAGE | PTE_AP_EL0 | PTE_UXN;
        l3[i] = pa | attrs;
    }
    l2[0] = (uint64_t)l3 | PTE_VALID | PTE_TABLE;

    // Two address spaces that differ at VA 64 GiB: L1[64] -> L2 whose first
    // block is a non-global 2 MiB page at RAM+64 MiB (A) or RAM+66 MiB (B).
    const uint64_t va = 64ull << 30, pa_a = RAM_BASE + (64ull << 20), pa_b = RAM_BASE + (66ull << 20);
    uint64_t* l0a = table();
    uint64_t* l0b = table();
    uint64_t* l1b = table();
    for (unsigned i = 0; i < 512; i++)
        l1b[i] = l1[i];
    uint64_t* l2a = table();
    uint64_t* l2b = table();
    l2a[0] = pa_a | PTE_NORMAL_BLOCK | PTE_NG | PTE_UXN;
    l2b[0] = pa_b | PTE_NORMAL_BLOCK | PTE_NG | PTE_UXN;
    l1[64] = (uint64_t)l2a | PTE_VALID | PTE_TABLE;
    l1b[64] = (uint64_t)l2b | PTE_VALID | PTE_TABLE;
    l0a[0] = (uint64_t)l1 | PTE_VALID | PTE_TABLE;
    l0b[0] = (uint64_t)l1b | PTE_VALID | PTE_TABLE;
    *(volatile uint64_t*)pa_a = 0xaaaa;
    *(volatile uint64_t*)pa_b = 0xbbbb;

    write_sysreg(mair_el1, 0xff00ull);
    uint64_t tcr = 16ull                                        // T0SZ: 48-bit VAs
                   | (1ull << 8) | (1ull << 10) | (3ull << 12)  // WB, inner shareable
                   | (1ull << 23)                               // EPD1: no TTBR1 walks
                   | (2ull << 32)                               // IPS: 40 bits
                   | ((uint64_t)asid16 << 36);                  // AS: 16-bit ASIDs
    write_sysreg(tcr_el1, tcr);
    const uint64_t asid_a = asid16 ? 0x0101 : 0x01, asid_b = asid16 ? 0x0201 : 0x02;
    write_sysreg(ttbr0_el1, (uint64_t)l0a | (asid_a << 48));
    bm_tlbi_all();
    write_sysreg(sctlr_el1, read_sysreg(sctlr_el1) | 1 | (1 << 2) | (1 << 12));
    isb();
    bm_printf("mmu on: 48-bit VA, asid16=%d\n", asid16);

    run("el0 data read/write", el0_data_rw, 0, 0);
    bm_printf("el0_value now 0x%lx\n", el0_value);
    run("el0 reads el1 data", el0_read_arg_address, (uint64_t)&s_kernel_secret,
        (uint64_t)&s_kernel_secret);
    run("el0 writes its code", el0_write_arg_address, (uint64_t)el0_helper, (uint64_t)el0_helper);
    run("el0 calls el1 code (UXN)", el0_call_arg_address, (uint64_t)main, (uint64_t)main);
    el0_code[0] = 0xd28000e0;  // mov x0, #7
    el0_code[1] = 0xd65f03c0;  // ret
    __asm__ volatile("dc cvau, %0\n dsb ish\n ic ivau, %0\n dsb ish\n isb" ::"r"(el0_code)
                     : "memory");
    run("el0 calls its data page (UXN)", el0_call_arg_address, (uint64_t)el0_code,
        (uint64_t)el0_code);
    run("el0 calls el0 helper", el0_call_arg_address, (uint64_t)el0_helper, 0);

    s_base = (uint64_t)el0_code;
    uint64_t n = s_faults, r = 0x55;
    r = ((uint64_t(*)(void))el0_code)();
    bm_printf("el1 calls el0-writable page (implicit PXN): faulted=%lu esr=0x%lx far-target=0x%lx\n",
              s_faults - n, s_esr, s_far_off);
    n = s_faults;
    r = el0_helper();
    bm_printf("el1 calls el0 code page: result=0x%lx faulted=%lu\n", r, s_faults - n);

    // ASIDs: no TLB maintenance between the switches.
    uint64_t seen[4];
    seen[0] = *(volatile uint64_t*)va;
    write_sysreg(ttbr0_el1, (uint64_t)l0b | (asid_b << 48));
    isb();
    seen[1] = *(volatile uint64_t*)va;
    write_sysreg(ttbr0_el1, (uint64_t)l0a | (asid_a << 48));
    isb();
    seen[2] = *(volatile uint64_t*)va;
    // Retarget ASID A's page to B's frame, invalidate ASID A only.
    l2a[0] = pa_b | PTE_NORMAL_BLOCK | PTE_NG | PTE_UXN;
    __asm__ volatile("dsb ishst\n tlbi aside1, %0\n dsb ish\n isb" ::"r"(asid_a << 48) : "memory");
    seen[3] = *(volatile uint64_t*)va;
    bm_printf("asid A=0x%lx B=0x%lx: A sees 0x%lx, B sees 0x%lx, A again 0x%lx, A after remap+tlbi aside1 0x%lx\n",
              asid_a, asid_b, seen[0], seen[1], seen[2], seen[3]);

    bm_mmu_off();
    bm_printf("faults total=%lu\n", s_faults);
    return 0;
}
