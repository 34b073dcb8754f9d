// Start code of the bare-metal tests: stack, vector table, .bss clearing, a
// known SCTLR_EL1, then main(); its return value becomes the SYS_EXIT status.
// Every exception saves a struct bm_frame (see bm.h) and calls the C
// dispatcher bm_exception(frame, vector_index); the (possibly modified) frame
// is restored before ERET. Assumes entry at EL1 with SP_EL1 selected.

#define FRAME_SIZE 0x120   // sizeof(struct bm_frame)

    .section .text.boot, "ax"
    .global _start
_start:
    mov     x19, x0                 // boot argument, reported by the boot test
    ldr     x1, =__stack_top
    mov     sp, x1
    adr     x1, bm_vectors
    msr     vbar_el1, x1
    // RES1 bits | SA0 | SA | I; MMU and alignment checking off.
    ldr     x1, =0x30d01818
    msr     sctlr_el1, x1
    isb
    ldr     x1, =__bss_start
    ldr     x2, =__bss_end
1:  cmp     x1, x2
    b.hs    2f
    str     xzr, [x1], #8
    b       1b
2:  ldr     x1, =bm_boot_x0
    str     x19, [x1]
    bl      main
    bl      bm_exit
    b       .

// One vector entry: make room for the frame, save x0/x1, pass the index.
.macro VECTOR index
    .balign 0x80
    sub     sp, sp, #FRAME_SIZE
    stp     x0, x1, [sp, #0]
    mov     x0, #\index
    b       bm_vector_common
.endm

    .section .text.vectors, "ax"
    .balign 2048
    .global bm_vectors
bm_vectors:
    VECTOR 0    // current EL, SP0: sync
    VECTOR 1    //                  irq
    VECTOR 2    //                  fiq
    VECTOR 3    //                  serror
    VECTOR 4    // current EL, SPx: sync
    VECTOR 5
    VECTOR 6
    VECTOR 7
    VECTOR 8    // lower EL, AArch64: sync
    VECTOR 9
    VECTOR 10
    VECTOR 11
    VECTOR 12   // lower EL, AArch32
    VECTOR 13
    VECTOR 14
    VECTOR 15

bm_vector_common:
    stp     x2, x3, [sp, #0x10]
    stp     x4, x5, [sp, #0x20]
    stp     x6, x7, [sp, #0x30]
    stp     x8, x9, [sp, #0x40]
    stp     x10, x11, [sp, #0x50]
    stp     x12, x13, [sp, #0x60]
    stp     x14, x15, [sp, #0x70]
    stp     x16, x17, [sp, #0x80]
    stp     x18, x19, [sp, #0x90]
    stp     x20, x21, [sp, #0xa0]
    stp     x22, x23, [sp, #0xb0]
    stp     x24, x25, [sp, #0xc0]
    stp     x26, x27, [sp, #0xd0]
    stp     x28, x29, [sp, #0xe0]
    mrs     x2, sp_el0
    stp     x30, x2, [sp, #0xf0]
    mrs     x2, elr_el1
    mrs     x3, spsr_el1
    stp     x2, x3, [sp, #0x100]
    mrs     x2, esr_el1
    mrs     x3, far_el1
    stp     x2, x3, [sp, #0x110]
    mov     x1, x0
    mov     x0, sp
    bl      bm_exception
    ldp     x2, x3, [sp, #0x100]
    msr     elr_el1, x2
    msr     spsr_el1, x3
    ldp     x30, x2, [sp, #0xf0]
    msr     sp_el0, x2
    ldp     x0, x1, [sp, #0x00]
    ldp     x2, x3, [sp, #0x10]
    ldp     x4, x5, [sp, #0x20]
    ldp     x6, x7, [sp, #0x30]
    ldp     x8, x9, [sp, #0x40]
    ldp     x10, x11, [sp, #0x50]
    ldp     x12, x13, [sp, #0x60]
    ldp     x14, x15, [sp, #0x70]
    ldp     x16, x17, [sp, #0x80]
    ldp     x18, x19, [sp, #0x90]
    ldp     x20, x21, [sp, #0xa0]
    ldp     x22, x23, [sp, #0xb0]
    ldp     x24, x25, [sp, #0xc0]
    ldp     x26, x27, [sp, #0xd0]
    ldp     x28, x29, [sp, #0xe0]
    add     sp, sp, #FRAME_SIZE
    eret

// uint64_t bm_enter_el0(void (*fn)(void), uint64_t sp_el0)
// Runs fn at EL0t with IRQs masked until it issues SVC #BM_SVC_EXIT_EL0; the
// SVC handler then resumes bm_el0_return, which returns the EL0 x0 here.
    .text
    .global bm_enter_el0
bm_enter_el0:
    ldr     x2, =bm_el0_context
    stp     x19, x20, [x2, #0x00]
    stp     x21, x22, [x2, #0x10]
    stp     x23, x24, [x2, #0x20]
    stp     x25, x26, [x2, #0x30]
    stp     x27, x28, [x2, #0x40]
    stp     x29, x30, [x2, #0x50]
    mov     x3, sp
    str     x3, [x2, #0x60]
    msr     sp_el0, x1
    msr     elr_el1, x0
    mov     x3, #0x80               // EL0t, IRQ masked
    msr     spsr_el1, x3
    isb
    eret

// Entered by ERET from the SVC handler at EL1h with x0 = EL0's result.
    .global bm_el0_return
bm_el0_return:
    ldr     x2, =bm_el0_context
    ldp     x19, x20, [x2, #0x00]
    ldp     x21, x22, [x2, #0x10]
    ldp     x23, x24, [x2, #0x20]
    ldp     x25, x26, [x2, #0x30]
    ldp     x27, x28, [x2, #0x40]
    ldp     x29, x30, [x2, #0x50]
    ldr     x3, [x2, #0x60]
    mov     sp, x3
    ret

    .bss
    .balign 16
bm_el0_context:
    .space  0x70
