// Support library of the bare-metal tests: semihosting output and exit,
// exception dispatch, system-register access, GICv2 and generic-timer helpers,
// and a small stage-1 MMU builder. Runs on QEMU virt and on virt64 alike;
// prints only values that are deterministic on both (no timestamps).
#pragma once

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

// ---- semihosting (ARM semihosting spec, HLT #0xF000 in A64) ----
#define SYS_WRITEC 0x03
#define SYS_WRITE0 0x04
#define SYS_EXIT 0x18
#define ADP_STOPPED_APPLICATION_EXIT 0x20026

uint64_t bm_semihost(uint64_t op, const void* arg);
void bm_putc(char c);
void bm_puts(const char* s);
// printf subset: %d %i %u %x %lx %ld %lu %llx %s %c %p, with 0-padding and width.
void bm_printf(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
void bm_flush(void);
void bm_exit(int status) __attribute__((noreturn));

// Value of x0 at entry (saved by start.S).
extern uint64_t bm_boot_x0;

// ---- system registers ----
#define read_sysreg(r) ({ uint64_t v_; __asm__ volatile("mrs %0, " #r : "=r"(v_)); v_; })
#define write_sysreg(r, v) __asm__ volatile("msr " #r ", %0" ::"r"((uint64_t)(v)) : "memory")
#define isb() __asm__ volatile("isb" ::: "memory")
#define dsb(opt) __asm__ volatile("dsb " #opt ::: "memory")

static inline void mmio_write32(uint64_t addr, uint32_t v) { *(volatile uint32_t*)addr = v; }
static inline uint32_t mmio_read32(uint64_t addr) { return *(volatile uint32_t*)addr; }
static inline void mmio_write8(uint64_t addr, uint8_t v) { *(volatile uint8_t*)addr = v; }

// ---- exceptions ----
struct bm_frame {
    uint64_t x[31];
    uint64_t sp_el0;
    uint64_t elr;
    uint64_t spsr;
    uint64_t esr;
    uint64_t far;
};

enum bm_vector {
    BM_CUR_SP0_SYNC = 0, BM_CUR_SP0_IRQ, BM_CUR_SP0_FIQ, BM_CUR_SP0_SERROR,
    BM_CUR_SPX_SYNC, BM_CUR_SPX_IRQ, BM_CUR_SPX_FIQ, BM_CUR_SPX_SERROR,
    BM_LOWER64_SYNC, BM_LOWER64_IRQ, BM_LOWER64_FIQ, BM_LOWER64_SERROR,
    BM_LOWER32_SYNC, BM_LOWER32_IRQ, BM_LOWER32_FIQ, BM_LOWER32_SERROR,
};

// A handler returns nonzero when it handled the exception; otherwise the
// dispatcher prints the frame and exits with status 99.
typedef int (*bm_handler)(struct bm_frame* frame, int vector);
void bm_set_sync_handler(bm_handler handler);
void bm_set_irq_handler(bm_handler handler);
void bm_exception(struct bm_frame* frame, int vector);

static inline uint32_t esr_ec(uint64_t esr) { return (uint32_t)(esr >> 26) & 0x3f; }

// EL0: runs fn at EL0t on the given stack until it calls bm_el0_exit(value);
// returns that value. Needs bm_el0_svc_handler installed (bm_enter_el0 does).
#define BM_SVC_EXIT_EL0 0xE0
uint64_t bm_run_el0(void (*fn)(void));
void bm_el0_exit(uint64_t value) __attribute__((noreturn));

static inline void irq_enable(void) { __asm__ volatile("msr daifclr, #2" ::: "memory"); }
static inline void irq_disable(void) { __asm__ volatile("msr daifset, #2" ::: "memory"); }

// ---- QEMU virt platform ----
#define GICD_BASE 0x08000000ull
#define GICC_BASE 0x08010000ull
#define RAM_BASE 0x40000000ull
#define PPI_VIRT_TIMER 27
#define PPI_PHYS_TIMER 30

void gic_init(void);                 // distributor + cpu interface on, all masked
void gic_enable_irq(unsigned id, unsigned priority);
uint32_t gic_ack(void);              // GICC_IAR
void gic_eoi(uint32_t iar);

// ---- MMU (4 KiB granule, 39-bit VA, MAIR: 0 = Device-nGnRnE, 1 = Normal WB) ----
#define PTE_VALID (1ull << 0)
#define PTE_TABLE (1ull << 1)
#define PTE_PAGE (1ull << 1)
#define PTE_ATTR_DEVICE (0ull << 2)
#define PTE_ATTR_NORMAL (1ull << 2)
#define PTE_AP_EL0 (1ull << 6)       // AP[1]: EL0 access
#define PTE_AP_RO (1ull << 7)        // AP[2]: read-only
#define PTE_SH_INNER (3ull << 8)
#define PTE_AF (1ull << 10)
#define PTE_NG (1ull << 11)
#define PTE_PXN (1ull << 53)
#define PTE_UXN (1ull << 54)
#define PTE_NORMAL_BLOCK (PTE_VALID | PTE_ATTR_NORMAL | PTE_SH_INNER | PTE_AF)
#define PTE_DEVICE_BLOCK (PTE_VALID | PTE_ATTR_DEVICE | PTE_AF | PTE_PXN | PTE_UXN)

// Level-1 tables for TTBR0 and TTBR1 (512 entries, 1 GiB each).
extern uint64_t bm_ttbr0_l1[512];
extern uint64_t bm_ttbr1_l1[512];
// Returns a zeroed 4 KiB table from a static pool.
uint64_t* bm_alloc_table(void);
// Identity-maps 0..1 GiB as Device and RAM (1 GiB at 0x40000000) as Normal
// memory through 2 MiB blocks of a level-2 table, which is returned.
uint64_t* bm_mmu_identity(void);
// Programs MAIR/TCR/TTBRs and turns the MMU (and caches) on or off.
void bm_mmu_on(void);
void bm_mmu_off(void);
void bm_tlbi_all(void);

// ---- misc ----
void* memset(void* d, int c, size_t n);
void* memcpy(void* d, const void* s, size_t n);
int memcmp(const void* a, const void* b, size_t n);
