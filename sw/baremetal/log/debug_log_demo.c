// The debug log's test program (tests/system/log/debug_log_test.py): each
// step causes one thing a `-d` item logs, at an address the program prints
// so that the test can check the log's values.
//   int           SVC #0x42, BRK #7 (ESR, ELR), and every exception below
//   unimp         MRS of S3_0_C11_C0_0 (no such register), encoding 0x9ac01000
//   mmu           with the MMU on, a load from VA 0x4000000000 (level-1 entry
//                 not valid: translation fault, level 1)
//   guest_errors  a write to virtio-mmio slot 0's MagicValue (read-only) and to
//                 PL011 offset 0x050 (no register there)
// It prints the same on QEMU (the test also compares -d int logs with QEMU's).
#include "bm.h"

#define VIRTIO_SLOT0 0x0a000000ull
#define UART_BASE 0x09000000ull
#define UNMAPPED_VA 0x4000000000ull  // level-1 index 256 of a 39-bit VA space

static volatile uint64_t s_esr, s_elr, s_far, s_count;

static int record(struct bm_frame* f, int vector)
{
    if (vector != BM_CUR_SPX_SYNC)
        return 0;
    s_esr = f->esr;
    s_elr = f->elr;
    s_far = f->far;
    s_count++;
    if (esr_ec(f->esr) != 0x15)  // SVC: ELR already points after it
        f->elr += 4;
    return 1;
}

extern char svc_insn[], brk_insn[], mrs_insn[], unalloc_insn[], load_insn[];

int main(void)
{
    bm_set_sync_handler(record);

    __asm__ volatile("svc_insn: svc #0x42" ::: "memory");
    bm_printf("svc at 0x%lx: esr=0x%lx elr=0x%lx\n", (uint64_t)svc_insn, s_esr, s_elr);
    __asm__ volatile("brk_insn: brk #7" ::: "memory");
    bm_printf("brk at 0x%lx: esr=0x%lx elr=0x%lx\n", (uint64_t)brk_insn, s_esr, s_elr);

    uint64_t v = 0x1234;
    __asm__ volatile("mrs_insn: mrs %0, s3_0_c11_c0_0" : "+r"(v)::"memory");
    bm_printf("mrs at 0x%lx: esr=0x%lx value=0x%lx\n", (uint64_t)mrs_insn, s_esr, v);
    __asm__ volatile("unalloc_insn: .word 0x9ac01000" ::: "x0", "memory");
    bm_printf("unallocated at 0x%lx: esr=0x%lx\n", (uint64_t)unalloc_insn, s_esr);

    mmio_write32(VIRTIO_SLOT0 + 0x000, 0x12345678);  // MagicValue is read-only
    bm_printf("virtio magic after the write: 0x%x\n", mmio_read32(VIRTIO_SLOT0));
    mmio_write32(UART_BASE + 0x050, 0xab);           // no PL011 register at 0x050
    bm_printf("wrote PL011 offset 0x050\n");

    bm_mmu_identity();
    bm_mmu_on();
    uint64_t value = 0x5555;
    __asm__ volatile("load_insn: ldr %0, [%1]" : "+r"(value) : "r"(UNMAPPED_VA) : "memory");
    bm_mmu_off();
    bm_printf("load at 0x%lx: esr=0x%lx far=0x%lx value=0x%lx\n", (uint64_t)load_insn, s_esr,
              s_far, value);
    bm_printf("exceptions: %lu\n", s_count);
    return 0;
}
