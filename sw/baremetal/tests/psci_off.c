// PSCI over HVC, the conduit of QEMU virt without EL2/EL3: an unknown
// function returns NOT_SUPPORTED (-1), then SYSTEM_OFF ends the run with exit
// status 0 even though the program never calls SYS_EXIT.
#include "bm.h"

static int64_t psci(uint64_t fn)
{
    register uint64_t x0 __asm__("x0") = fn;
    __asm__ volatile("hvc #0" : "+r"(x0)::"x1", "x2", "x3", "memory");
    return (int64_t)x0;
}

int main(void)
{
    bm_printf("psci unknown 0x8400001f -> %ld\n", psci(0x8400001full));
    bm_puts("calling SYSTEM_OFF\n");
    bm_flush();
    psci(0x84000008ull);
    bm_puts("still running after SYSTEM_OFF\n");
    return 3;
}
