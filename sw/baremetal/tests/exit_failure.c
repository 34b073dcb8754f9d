// SYS_EXIT with a reason other than ADP_Stopped_ApplicationExit (here
// RunTimeErrorUnknown, 0x20023): QEMU exits with status 1 whatever the subcode.
#include "bm.h"

int main(void)
{
    bm_puts("exiting with reason RunTimeErrorUnknown\n");
    bm_flush();
    uint64_t block[2] = {0x20023, 5};
    bm_semihost(SYS_EXIT, block);
    return 0;
}
