// PL011 model tests: a CPU-side initiator drives the UART registers the way
// Linux's amba-pl011 driver and earlycon do; an in-memory host backend
// collects output and supplies input.
#include "uart_bench.h"

using namespace uarttest;

TEST_CASE("PrimeCell identification registers match the amba bus probe")
{
    UartBench b;
    const uint8_t expected[8] = {0x11, 0x10, 0x14, 0x00, 0x0D, 0xF0, 0x05, 0xB1};
    uint32_t periphid = 0, cellid = 0;
    for (unsigned i = 0; i < 4; ++i) {
        CHECK(b.read(0xFE0 + 4 * i) == expected[i]);
        CHECK(b.read(0xFF0 + 4 * i) == expected[4 + i]);
        periphid |= (b.read(0xFE0 + 4 * i) & 0xFF) << (8 * i);
        cellid |= (b.read(0xFF0 + 4 * i) & 0xFF) << (8 * i);
    }
    CHECK(periphid == 0x00141011);
    CHECK(cellid == 0xB105F00D);
    // Reset values (TRM table 3-1).
    CHECK(b.read(FR) == (FR_TXFE | FR_RXFE));
    CHECK(b.read(CR) == (CR_TXE | CR_RXE));
    CHECK(b.read(IFLS) == 0x12);
    CHECK(!b.irq.read());
}

TEST_CASE("bytes written to DR reach the host backend at once")
{
    UartBench b;
    // earlycon does not enable the UART; output still appears (as on QEMU).
    b.puts("boot ");
    b.linux_like_setup();
    b.puts("Hello, world\n");
    CHECK(b.backend.output == "boot Hello, world\n");
    CHECK(b.read(FR) == (FR_TXFE | FR_RXFE));  // never busy, never full
    b.write(DR, 'x', 1);                        // 8-bit access
    b.write(DR, 'y', 2);                        // 16-bit access (readw/writew driver)
    CHECK(b.backend.output == "boot Hello, world\nxy");
}

TEST_CASE("host input is received into the FIFO and read through DR")
{
    UartBench b;
    b.backend.type("ls\n");
    b.run_us(250);
    CHECK((b.read(FR) & FR_RXFE) != 0);        // UART not enabled: input waits
    CHECK(b.backend.input.size() == 3);

    b.linux_like_setup();
    b.run_us(150);                             // at least one poll
    CHECK((b.read(FR) & FR_RXFE) == 0);
    CHECK(b.read(DR) == 'l');
    CHECK(b.read(DR, 2) == 's');
    CHECK(b.read(DR) == '\n');
    CHECK((b.read(FR) & FR_RXFE) != 0);
    CHECK(b.read(RSR) == 0);
}

TEST_CASE("the RX FIFO holds 16 characters and the rest waits in the backend")
{
    UartBench b;
    b.linux_like_setup();
    b.backend.type("0123456789abcdefXYZ");
    b.run_us(150);
    CHECK((b.read(FR) & FR_RXFF) != 0);
    CHECK(b.backend.input.size() == 3);
    std::string got;
    while (!(b.read(FR) & FR_RXFE))
        got += static_cast<char>(b.read(DR));
    CHECK(got == "0123456789abcdef");
    b.run_us(100);
    while (!(b.read(FR) & FR_RXFE))
        got += static_cast<char>(b.read(DR));
    CHECK(got == "0123456789abcdefXYZ");
}

TEST_CASE("without FIFOs the RX interrupt rises per character and clears on read")
{
    UartBench b;
    b.linux_like_setup(/*fifo=*/false);
    b.write(IMSC, INT_RX | INT_RT);
    CHECK(!b.irq.read());
    b.backend.type("a");
    b.run_us(150);
    CHECK(b.irq.read());
    CHECK((b.read(MIS) & INT_RX) != 0);
    CHECK(b.read(DR) == 'a');
    CHECK(!b.irq.read());
    CHECK((b.read(RIS) & (INT_RX | INT_RT)) == 0);
}

TEST_CASE("with FIFOs the trigger level raises RX and an idle line raises RX timeout")
{
    UartBench b;
    b.linux_like_setup();
    b.write(IFLS, 0);                          // RX trigger at 1/8 (2 characters)
    b.write(IMSC, INT_RX | INT_RT);

    b.backend.type("q");
    b.run_us(110);                             // one character, below the trigger
    CHECK((b.read(RIS) & INT_RX) == 0);
    b.run_us(100);                             // a poll period with no new data
    CHECK((b.read(RIS) & INT_RT) != 0);
    CHECK(b.irq.read());
    b.write(ICR, INT_RT);                      // the driver may clear it ...
    CHECK(!b.irq.read());
    CHECK(b.read(DR) == 'q');

    b.backend.type("wx");
    b.run_us(100);
    CHECK((b.read(MIS) & INT_RX) != 0);        // two characters reach the trigger
    CHECK(b.irq.read());
    b.write(ICR, INT_RX);
    CHECK(!b.irq.read());
    b.backend.type("yz");
    b.run_us(100);
    CHECK(b.irq.read());
    CHECK(b.read(DR) == 'w');                  // ... or drain below the trigger
    CHECK(b.read(DR) == 'x');
    CHECK(b.irq.read());                       // 2 left: still at the trigger
    CHECK(b.read(DR) == 'y');
    CHECK(!b.irq.read());
    CHECK(b.read(DR) == 'z');
    b.run_us(300);
    CHECK(!b.irq.read());                      // empty FIFO: no timeout
}

TEST_CASE("the TX interrupt is raised when the FIFO empties and cleared by ICR")
{
    UartBench b;
    b.linux_like_setup();
    CHECK((b.read(RIS) & INT_TX) == 0);
    b.write(IMSC, INT_TX);
    CHECK(!b.irq.read());
    b.puts("z");
    CHECK(b.irq.read());
    b.write(ICR, INT_TX);
    CHECK(!b.irq.read());
    b.puts("z");
    CHECK(b.irq.read());
    b.write(IMSC, 0);                          // pl011_stop_tx masks it
    CHECK(!b.irq.read());
}

TEST_CASE("timed transmission takes one frame time per character at the baud rate")
{
    vp::uart::Pl011::Config config;
    config.timed_tx = true;
    UartBench b(config);
    b.linux_like_setup();                      // 115200 baud, 8N1: 10 bits per frame
    const double frame_us = 10.0 * 16.0 * (13.0 + 1.0 / 64.0) / 24.0;  // 86.77 us
    CHECK(b.uart.frame_time().to_seconds() * 1e6 == Approx(frame_us));

    b.write(IFLS, 0);                          // TX trigger at 1/8 (2 characters)
    b.write(IMSC, INT_TX);
    b.puts("abcd");
    CHECK(b.backend.output.empty());
    CHECK((b.read(FR) & (FR_BUSY | FR_TXFE)) == FR_BUSY);
    CHECK(!b.irq.read());
    b.run_us(frame_us + 1);
    CHECK(b.backend.output == "a");
    CHECK(!b.irq.read());                      // 3 left: above the trigger
    b.run_us(frame_us);
    CHECK(b.backend.output == "ab");
    CHECK(b.irq.read());                       // 2 left: at the trigger
    b.run_us(2 * frame_us);
    CHECK(b.backend.output == "abcd");
    CHECK((b.read(FR) & (FR_BUSY | FR_TXFE)) == FR_TXFE);

    // Filling the FIFO sets TXFF; a write to a full FIFO is dropped and reported.
    const unsigned before = warnings("vp/uart/tx_overflow");
    b.puts("0123456789abcdef");
    CHECK((b.read(FR) & FR_TXFF) != 0);
    b.puts("!");
    CHECK(warnings("vp/uart/tx_overflow") == before + 1);
    b.run_us(16 * frame_us + 1);
    CHECK(b.backend.output == "abcd0123456789abcdef");
}

TEST_CASE("loopback mode feeds transmitted characters to the receiver")
{
    UartBench b;
    b.linux_like_setup();
    b.write(CR, CR_UARTEN | CR_TXE | CR_RXE | CR_LBE);
    b.puts("ok");
    CHECK(b.backend.output.empty());
    CHECK(b.read(DR) == 'o');
    CHECK(b.read(DR) == 'k');
}

TEST_CASE("bad offsets and access widths are reported and harmless")
{
    UartBench b;
    const unsigned before = warnings("vp/uart/bad_access");
    CHECK(b.read(DR + 1, 1) == 0);             // not at a register's word offset
    uint64_t wide = 0;
    sc_core::sc_time delay = sc_core::SC_ZERO_TIME;
    CHECK(b.port.read(IBRD, &wide, 8, delay) == vp::bus::MemStatus::ok);  // 64-bit
    CHECK(wide == 0);
    CHECK(warnings("vp/uart/bad_access") == before + 2);

    const unsigned before_offset = warnings("vp/uart/bad_offset");
    CHECK(b.read(0x800) == 0);
    b.write(FR, 0xFF);                         // read-only
    CHECK(b.read(ICR) == 0);                   // write-only
    CHECK(warnings("vp/uart/bad_offset") == before_offset + 3);
    CHECK(b.read(FR) == (FR_TXFE | FR_RXFE));
}
