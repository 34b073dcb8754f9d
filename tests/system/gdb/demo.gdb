# gdb-multiarch script of system/gdb/baremetal-session (gdb_test.py replaces
# @PORT@). Each step prints something gdb_test.py checks.
set pagination off
set confirm off
target remote :@PORT@
# -S: halted at the ELF entry.
p $pc == _start
# A breakpoint, its arguments in registers, and a register write that changes
# the program's result (6 * 8 + 7 = 55 instead of 49).
break compute
continue
p $x0
p $x1
set $x1 = 8
stepi
p $pc == compute + 4
p $x0
# Memory (virtual), system registers, the FP/SIMD file.
x/4wx &table
p/x $sctlr_el1
p $currentel
info registers fpcr
# A write watchpoint on a global.
delete
watch watched
continue
delete
# A read watchpoint: the printf reads `watched` back.
rwatch watched
continue
delete
# A watchpoint on a stack variable: its second store (1 * 3 + 0).
break stack_work
continue
next
watch local
continue
delete
# stepi over an exception: the SVC stops at the vector (VBAR_EL1 + 0x200,
# current EL with SP_ELx, synchronous), with ESR_EL1 = EC 0x15, imm16 0x42.
break raise_svc
continue
stepi
p $pc == $vbar_el1 + 0x200
p/x $esr_el1
delete
# An access watchpoint on the SVC counter: the handler reads, then writes it.
awatch svc_count
continue
continue
delete
# A debug read of a virtio-mmio register window (physical, through TLM debug
# transport): the magic value "virt" and the version.
monitor phys on
x/2wx 0x0a000000
monitor phys off
monitor info registers
# QEMU's single-step flags (docs/models/gdb.md): the bits, the default, a change.
maint packet qqemu.sstepbits
maint packet qqemu.sstep
maint packet Qqemu.sstep=0x1
maint packet qqemu.sstep
detach
