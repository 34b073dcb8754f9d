// Boot state as the loader leaves it: x0, exception level, stack selection,
// interrupt masks and the generic-timer frequency, then a semihosting exit
// status that is not zero.
#include "bm.h"

int main(void)
{
    bm_printf("boot: x0=0x%lx\n", bm_boot_x0);
    bm_printf("boot: CurrentEL=%lu SPSel=%lu\n", read_sysreg(CurrentEL) >> 2, read_sysreg(SPSel));
    bm_printf("boot: DAIF=0x%lx\n", read_sysreg(DAIF));
    bm_printf("boot: CNTFRQ_EL0=%lu\n", read_sysreg(cntfrq_el0));
    bm_printf("boot: entry=%p vbar=0x%lx\n", (void*)0x40000000, read_sysreg(vbar_el1));
    for (int c = 0; c < 3; c++)
        bm_putc("abc"[c]);
    bm_putc('\n');
    bm_puts("boot: exiting with status 7\n");
    return 7;
}
