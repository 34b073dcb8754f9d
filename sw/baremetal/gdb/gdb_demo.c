// A program for the GDB stub's system test (tests/system/gdb): a function to
// break in whose result the debugger changes through a register, a global
// and a stack variable to watch, an SVC to step into, and a loop that spins
// until the debugger releases it (Ctrl-C test). Run without a debugger it
// prints the undisturbed values and does not spin (spin_enabled is 0 unless
// the debugger sets it).
#include "bm.h"

// Read by gdb with x/4wx (memory through the stub).
const uint32_t table[4] = {0x11223344, 0x55667788, 0x99aabbcc, 0xddeeff00};

volatile uint64_t watched;        // a global written once: a write watchpoint
volatile uint64_t spin_release;   // the Ctrl-C test sets it from the debugger
volatile uint64_t spin_enabled;   // ditto: 0 = do not spin (a run without gdb)

__attribute__((noinline)) uint64_t compute(uint64_t a, uint64_t b)
{
    return a * b + 7;
}

__attribute__((noinline)) uint64_t stack_work(uint64_t seed)
{
    volatile uint64_t local = seed;  // a stack variable to watch
    for (int i = 0; i < 4; i++)
        local = local * 3 + (uint64_t)i;
    return local;
}

static int svc_count;

static int on_sync(struct bm_frame* frame, int vector)
{
    (void)vector;
    if (esr_ec(frame->esr) == 0x15) {  // SVC: the return address is already past it
        svc_count++;
        return 1;
    }
    return 0;
}

__attribute__((noinline)) void raise_svc(void)
{
    __asm__ volatile("svc #0x42" ::: "memory");
}

__attribute__((noinline)) void spin_until_released(void)
{
    while (!spin_release)
        ;
}

int main(void)
{
    bm_set_sync_handler(on_sync);
    bm_printf("gdb_demo: table[1]=0x%x\n", table[1]);
    const uint64_t r = compute(6, 7);
    bm_printf("gdb_demo: compute(6, 7) = %lu\n", r);
    watched = 42;
    bm_printf("gdb_demo: watched = %lu\n", watched);
    bm_printf("gdb_demo: stack_work(1) = %lu\n", stack_work(1));
    raise_svc();
    bm_printf("gdb_demo: svc taken %d time(s)\n", svc_count);
    if (spin_enabled) {
        spin_until_released();
        bm_puts("gdb_demo: released\n");
    }
    bm_puts("gdb_demo: done\n");
    return 0;
}
