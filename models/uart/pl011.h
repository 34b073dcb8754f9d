// Pl011: the ARM PrimeCell UART (PL011, ID revision 1 like QEMU's), as found at 0x09000000 on QEMU
// `-M virt` and driven by Linux's amba-pl011 driver and pl011 earlycon.
// Follows the PL011 TRM (DDI0183G) chapter 3 (register descriptions) and the
// interrupt rules of section 3.4 (RX trigger/timeout, TX level).
// Not modelled: modem control lines and hardware flow control, break and
// framing/parity errors (RSR always reads 0), IrDA, DMA requests (DMACR is
// stored only), receive overrun (input waits in the host backend while the
// RX FIFO is full).
#pragma once

#include <cstdint>
#include <deque>

#include <systemc>
#include <tlm>
#include <tlm_utils/simple_target_socket.h>

#include "host/char_backend.h"

namespace vp::uart {

class Pl011 : public sc_core::sc_module {
public:
    static constexpr uint64_t kSize = 0x1000;
    static constexpr unsigned kFifoDepth = 16;

    struct Config {
        // How often host input is polled (simulated time).
        sc_core::sc_time poll_period = sc_core::sc_time(100, sc_core::SC_US);
        // When true, each transmitted character occupies the TX FIFO for the
        // time one frame takes at the programmed baud rate (IBRD/FBRD,
        // LCR_H word length, parity, stop bits); when false (the default)
        // transmission is instantaneous and the TX FIFO is always empty.
        bool timed_tx = false;
        // UARTCLK, used for the baud rate (QEMU virt's apb-pclk: 24 MHz).
        uint64_t clock_hz = 24000000;
    };

    tlm_utils::simple_target_socket<Pl011> socket;  // 4 KiB register window
    sc_core::sc_out<bool> irq;                          // UARTINTR, active high

    // backend: host side of the serial line; must outlive the model.
    Pl011(sc_core::sc_module_name name, host::CharBackend& backend, const Config& config);
    Pl011(sc_core::sc_module_name name, host::CharBackend& backend)
        : Pl011(name, backend, Config{})
    {
    }
    Pl011(const Pl011&) = delete;
    Pl011& operator=(const Pl011&) = delete;

    // Time one character frame takes at the current line settings; zero when
    // the baud rate divisor is not programmed.
    sc_core::sc_time frame_time() const;

private:
    void b_transport(tlm::tlm_generic_payload& tx, sc_core::sc_time& delay);
    uint32_t read_register(uint32_t offset);
    void write_register(uint32_t offset, uint32_t value);

    void transmit(uint8_t byte);
    void receive(const uint8_t* data, size_t len);  // into the RX FIFO, as far as it fits
    uint32_t read_data();
    unsigned fifo_depth() const;
    unsigned rx_trigger() const;
    unsigned tx_trigger() const;
    uint32_t raw_status() const;  // UARTRIS
    bool enabled(uint32_t cr_bit) const;

    void poll_thread();
    void tx_thread();
    void drive_irq();
    void changed() { m_changed.notify(sc_core::SC_ZERO_TIME); }

    host::CharBackend& m_backend;
    const Config m_config;

    std::deque<uint8_t> m_rx_fifo;
    std::deque<uint8_t> m_tx_fifo;  // only used with timed_tx
    bool m_tx_busy = false;         // a character is being shifted out (timed_tx)
    bool m_rx_raw = false;          // RXRIS: FIFO level reached the trigger
    bool m_rx_timeout = false;      // RTRIS
    bool m_tx_raw = false;          // TXRIS: TX FIFO level fell to the trigger
    bool m_rx_new_data = false;     // loopback data arrived since the last poll

    uint32_t m_ilpr = 0;
    uint32_t m_ibrd = 0;
    uint32_t m_fbrd = 0;
    uint32_t m_lcr_h = 0;
    uint32_t m_cr = 0x300;  // TXE | RXE
    uint32_t m_ifls = 0x12; // 1/2 full for both FIFOs
    uint32_t m_imsc = 0;
    uint32_t m_other_ris = 0;  // modem/error raw bits: never set
    uint32_t m_dmacr = 0;

    sc_core::sc_event m_changed;
    sc_core::sc_event m_tx_kick;
};

}  // namespace vp::uart
