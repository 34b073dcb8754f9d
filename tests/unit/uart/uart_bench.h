// Test bench for the PL011 model: an in-memory CharBackend (output collected
// in a string, input queued by the test), an initiator port on the register
// window and the irq line. Accesses run from sc_main between sc_start calls.
#pragma once

#include <cstdint>
#include <deque>
#include <string>

#include <catch2/catch.hpp>
#include <systemc>

#include "bus/initiator_port.h"
#include "host/char_backend.h"
#include "uart/pl011.h"

namespace uarttest {

// Register offsets (DDI0183 table 3-1) and bits used by the tests.
constexpr uint32_t DR = 0x00, RSR = 0x04, FR = 0x18, IBRD = 0x24, FBRD = 0x28, LCR_H = 0x2C,
                   CR = 0x30, IFLS = 0x34, IMSC = 0x38, RIS = 0x3C, MIS = 0x40, ICR = 0x44;
constexpr uint32_t FR_BUSY = 1u << 3, FR_RXFE = 1u << 4, FR_TXFF = 1u << 5, FR_RXFF = 1u << 6,
                   FR_TXFE = 1u << 7;
constexpr uint32_t CR_UARTEN = 1u << 0, CR_LBE = 1u << 7, CR_TXE = 1u << 8, CR_RXE = 1u << 9;
constexpr uint32_t LCR_H_FEN = 1u << 4, LCR_H_WLEN8 = 3u << 5;
constexpr uint32_t INT_RX = 1u << 4, INT_TX = 1u << 5, INT_RT = 1u << 6;

class MemoryCharBackend : public vp::host::CharBackend {
public:
    void write(const uint8_t* data, size_t len) override { output.append(data, data + len); }
    size_t read(uint8_t* data, size_t len) override
    {
        size_t n = 0;
        while (n < len && !input.empty()) {
            data[n++] = input.front();
            input.pop_front();
        }
        ++reads;
        return n;
    }
    std::string describe() const override { return "memory"; }

    void type(const std::string& text) { input.insert(input.end(), text.begin(), text.end()); }

    std::string output;
    std::deque<uint8_t> input;
    unsigned reads = 0;
};

struct UartBench : sc_core::sc_module {
    explicit UartBench(vp::uart::Pl011::Config config = {},
                       sc_core::sc_module_name name = "bench")
        : sc_core::sc_module(name), uart("uart", backend, config)
    {
        port.bind(uart.socket);
        uart.irq.bind(irq);
        sc_core::sc_start(sc_core::SC_ZERO_TIME);  // elaborate
    }

    uint32_t read(uint32_t offset, size_t len = 4)
    {
        uint32_t v = 0;
        sc_core::sc_time delay = sc_core::SC_ZERO_TIME;
        REQUIRE(port.read(offset, &v, len, delay) == vp::bus::MemStatus::ok);
        settle();
        return v;
    }
    void write(uint32_t offset, uint32_t value, size_t len = 4)
    {
        sc_core::sc_time delay = sc_core::SC_ZERO_TIME;
        REQUIRE(port.write(offset, &value, len, delay) == vp::bus::MemStatus::ok);
        settle();
    }
    void puts(const std::string& s)
    {
        for (char c : s)
            write(DR, static_cast<uint8_t>(c));
    }
    static void settle() { sc_core::sc_start(1, sc_core::SC_NS); }
    static void run_us(double us) { sc_core::sc_start(us, sc_core::SC_US); }

    // Enables the UART the way pl011_startup does: 115200 8N1 at 24 MHz
    // (IBRD 13, FBRD 1), FIFOs on, RX/TX enabled.
    void linux_like_setup(bool fifo = true)
    {
        write(CR, 0);
        write(IBRD, 13);
        write(FBRD, 1);
        write(LCR_H, LCR_H_WLEN8 | (fifo ? LCR_H_FEN : 0));
        write(CR, CR_UARTEN | CR_TXE | CR_RXE);
    }

    MemoryCharBackend backend;
    sc_core::sc_signal<bool> irq{"irq_line"};
    vp::bus::InitiatorPort port{"port"};
    vp::uart::Pl011 uart;
};

inline unsigned warnings(const char* type)
{
    return static_cast<unsigned>(sc_core::sc_report_handler::get_count(type));
}

}  // namespace uarttest
