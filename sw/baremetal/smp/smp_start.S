// Entry of a secondary core started by PSCI CPU_ON with x0 = context id =
// the core's index: its own 16 KiB stack, the shared vector table, the same
// SCTLR_EL1 as the boot core (MMU off), then smp_secondary_main(index); when
// that returns the core turns itself off (CPU_OFF).
    .section .text, "ax"
    .global smp_secondary_entry
smp_secondary_entry:
    ldr     x1, =smp_stacks
    add     x2, x0, #1
    lsl     x2, x2, #14
    add     x1, x1, x2
    mov     sp, x1
    adr     x1, bm_vectors
    msr     vbar_el1, x1
    ldr     x1, =0x30d01818
    msr     sctlr_el1, x1
    isb
    bl      smp_secondary_main
    ldr     x0, =0x84000002         // PSCI CPU_OFF
    hvc     #0
    b       .
