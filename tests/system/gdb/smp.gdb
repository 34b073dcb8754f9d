# gdb-multiarch script of system/gdb/smp (gdb_test.py replaces @PORT@): one
# thread per core of gdb_smp.elf under -smp 4, run the same way on virt64 and
# on QEMU. Each `p` prints a value gdb_test.py checks (and compares between
# the two); `echo @...@` lines mark where the harness acts.
set pagination off
set confirm off
target remote :@PORT@
# -S: every core halted; core 0 at the entry, the others powered off.
info threads
p $_thread
# The spin in the program's end runs until the debugger releases it.
set var spin_limit = -1
# Code only secondaries run: the stop names core 1 (thread 2), whose x0 is
# its index and x1 its MPIDR_EL1.
break core_work
continue
p $_thread
p $x0
p/x $x1
info threads
# Another core's registers and backtrace: core 0 waits in main for core 1.
thread 1
bt
set $t1pc = $pc
# Per-thread steps with scheduler-locking on (vCont;s:N alone): the stepped
# core moves by one instruction, the others stay where they are.
set scheduler-locking on
stepi
p $pc != $t1pc
set $t1pc = $pc
thread 2
p $pc == core_work
stepi
stepi
p $pc == core_work + 8
thread 1
p $pc == $t1pc
set scheduler-locking replay
# Core 1 finishes, core 2 runs core_work next: its index in x0.
continue
p $_thread
p $x0
p/x $x1
delete
# Cores 0 and 3 spin until released: Ctrl-C (SIGINT to gdb one second into
# the continue, as from a terminal) stops both; the stop names one of them.
python
import os, signal, threading
threading.Timer(1.0, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
end
continue
p $_thread == 1 || $_thread == 4
thread 4
bt 1
thread 1
bt 1
set var spin_release = 1
continue
