// Entry of the FP bare-metal programs (built with -mgeneral-regs-only like the
// support library): enables SIMD&FP at EL1 and EL0 (CPACR_EL1.FPEN = 0b11,
// DDI 0487 D13.2.30; it resets to 0 on QEMU, where the first FP instruction
// would trap with EC 0x07) and calls the program's fp_main().
#include "bm.h"

int fp_main(void);

int main(void)
{
    write_sysreg(cpacr_el1, 3ull << 20);
    isb();
    return fp_main();
}
