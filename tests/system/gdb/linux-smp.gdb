# gdb-multiarch script of system/gdb/linux-smp (gdb_test.py replaces @PORT@):
# our kernel (NR_CPUS=8, vmlinux symbols without DWARF) boots on virt64
# -smp 2 -S. A breakpoint in code only a secondary runs stops thread 2, while
# core 0 is elsewhere in the kernel; then detach: the boot goes on.
set pagination off
set confirm off
target remote :@PORT@
info threads
break secondary_start_kernel
continue
info threads
p $_thread
# The secondary's kernel stack pointer is a linear-map address; core 0's too.
p/x $sp
thread 1
p ((unsigned long) $sp >> 39) == 0x1ffffff
bt 1
delete
detach
