// PL011 at 0x09000000 as the guest sees it on QEMU virt: identification
// registers, flags with the transmitter idle, and characters written to
// UARTDR showing up on the host console (stdout), mixed with semihosting
// output (stderr).
#include "bm.h"

#define UART_BASE 0x09000000ull

int main(void)
{
    bm_printf("UARTPeriphID0-3=%02x %02x %02x %02x CellID0-3=%02x %02x %02x %02x\n",
              mmio_read32(UART_BASE + 0xfe0) & 0xff, mmio_read32(UART_BASE + 0xfe4) & 0xff,
              mmio_read32(UART_BASE + 0xfe8) & 0xff, mmio_read32(UART_BASE + 0xfec) & 0xff,
              mmio_read32(UART_BASE + 0xff0) & 0xff, mmio_read32(UART_BASE + 0xff4) & 0xff,
              mmio_read32(UART_BASE + 0xff8) & 0xff, mmio_read32(UART_BASE + 0xffc) & 0xff);
    uint32_t fr = mmio_read32(UART_BASE + 0x018);
    bm_printf("UARTFR: TXFE=%u BUSY=%u TXFF=%u RXFE=%u\n", (fr >> 7) & 1, (fr >> 3) & 1,
              (fr >> 5) & 1, (fr >> 4) & 1);
    mmio_write32(UART_BASE + 0x030, 0x301);  // UARTCR: UARTEN, TXE, RXE
    const char* msg = "hello from the pl011\r\n";
    for (const char* p = msg; *p; p++) {
        while (mmio_read32(UART_BASE + 0x018) & (1 << 5))
            ;
        mmio_write32(UART_BASE + 0x000, (uint8_t)*p);
    }
    while (mmio_read32(UART_BASE + 0x018) & (1 << 3))  // BUSY
        ;
    bm_printf("uart: %u characters sent\n", 22);
    return 0;
}
