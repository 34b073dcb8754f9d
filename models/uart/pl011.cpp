#include "uart/pl011.h"

#include <algorithm>
#include <cstring>
#include <sstream>
#include <string>

namespace vp::uart {

namespace {

// Register offsets (DDI0183 table 3-1).
constexpr uint32_t UARTDR = 0x00;
constexpr uint32_t UARTRSR = 0x04;  // UARTECR on write
constexpr uint32_t UARTFR = 0x18;
constexpr uint32_t UARTILPR = 0x20;
constexpr uint32_t UARTIBRD = 0x24;
constexpr uint32_t UARTFBRD = 0x28;
constexpr uint32_t UARTLCR_H = 0x2C;
constexpr uint32_t UARTCR = 0x30;
constexpr uint32_t UARTIFLS = 0x34;
constexpr uint32_t UARTIMSC = 0x38;
constexpr uint32_t UARTRIS = 0x3C;
constexpr uint32_t UARTMIS = 0x40;
constexpr uint32_t UARTICR = 0x44;
constexpr uint32_t UARTDMACR = 0x48;
constexpr uint32_t UARTPERIPHID0 = 0xFE0;
constexpr uint32_t UARTPCELLID3 = 0xFFC;

// UARTFR
constexpr uint32_t FR_BUSY = 1u << 3;
constexpr uint32_t FR_RXFE = 1u << 4;
constexpr uint32_t FR_TXFF = 1u << 5;
constexpr uint32_t FR_RXFF = 1u << 6;
constexpr uint32_t FR_TXFE = 1u << 7;

// UARTLCR_H
constexpr uint32_t LCR_H_PEN = 1u << 1;
constexpr uint32_t LCR_H_STP2 = 1u << 3;
constexpr uint32_t LCR_H_FEN = 1u << 4;

// UARTCR
constexpr uint32_t CR_UARTEN = 1u << 0;
constexpr uint32_t CR_LBE = 1u << 7;
constexpr uint32_t CR_RXE = 1u << 9;

// Interrupt bits (IMSC/RIS/MIS/ICR)
constexpr uint32_t INT_RX = 1u << 4;
constexpr uint32_t INT_TX = 1u << 5;
constexpr uint32_t INT_RT = 1u << 6;
constexpr uint32_t INT_ALL = 0x7FF;

// PeriphID0..3 (part 0x011, designer ARM, revision 1) and PrimeCell CellID0..3.
constexpr uint8_t kIdRegs[8] = {0x11, 0x10, 0x14, 0x00, 0x0D, 0xF0, 0x05, 0xB1};

// IFLS trigger selections: 1/8, 1/4, 1/2, 3/4, 7/8 of 16 entries.
constexpr unsigned kRxTrigger[5] = {2, 4, 8, 12, 14};
constexpr unsigned kTxTrigger[5] = {2, 4, 8, 12, 14};

std::string hex(uint64_t v)
{
    std::ostringstream s;
    s << "0x" << std::hex << v;
    return s.str();
}

}  // namespace

Pl011::Pl011(sc_core::sc_module_name name, host::CharBackend& backend, const Config& config)
    : sc_core::sc_module(name),
      socket("socket"),
      irq("irq"),
      m_backend(backend),
      m_config(config)
{
    socket.register_b_transport(this, &Pl011::b_transport);

    SC_HAS_PROCESS(Pl011);
    SC_METHOD(drive_irq);
    sensitive << m_changed;
    if (m_config.poll_period > sc_core::SC_ZERO_TIME)
        SC_THREAD(poll_thread);
    if (m_config.timed_tx)
        SC_THREAD(tx_thread);
}

// ---------------------------------------------------------------------------
// Configuration-derived values

unsigned Pl011::fifo_depth() const
{
    return (m_lcr_h & LCR_H_FEN) ? kFifoDepth : 1;
}

unsigned Pl011::rx_trigger() const
{
    if (!(m_lcr_h & LCR_H_FEN))
        return 1;
    return kRxTrigger[std::min<uint32_t>((m_ifls >> 3) & 7, 4)];
}

unsigned Pl011::tx_trigger() const
{
    if (!(m_lcr_h & LCR_H_FEN))
        return 0;
    return kTxTrigger[std::min<uint32_t>(m_ifls & 7, 4)];
}

bool Pl011::enabled(uint32_t cr_bit) const
{
    return (m_cr & CR_UARTEN) && (m_cr & cr_bit);
}

sc_core::sc_time Pl011::frame_time() const
{
    // Baud divisor = IBRD + FBRD/64; baud = UARTCLK / (16 * divisor).
    const uint64_t divisor64 = uint64_t(m_ibrd) * 64 + m_fbrd;
    if (m_ibrd == 0 || m_config.clock_hz == 0)
        return sc_core::SC_ZERO_TIME;
    const unsigned bits = 1 + (5 + ((m_lcr_h >> 5) & 3)) + ((m_lcr_h & LCR_H_PEN) ? 1 : 0) +
                          ((m_lcr_h & LCR_H_STP2) ? 2 : 1);
    // seconds = bits * 16 * divisor64 / 64 / clock
    const double seconds = double(bits) * 16.0 * double(divisor64) / 64.0 /
                           double(m_config.clock_hz);
    return sc_core::sc_time(seconds, sc_core::SC_SEC);
}

uint32_t Pl011::raw_status() const
{
    uint32_t ris = m_other_ris;
    if (m_rx_raw)
        ris |= INT_RX;
    if (m_rx_timeout)
        ris |= INT_RT;
    if (m_tx_raw)
        ris |= INT_TX;
    return ris;
}

void Pl011::drive_irq()
{
    irq.write((raw_status() & m_imsc) != 0);
}

// ---------------------------------------------------------------------------
// Data path

void Pl011::transmit(uint8_t byte)
{
    if (m_cr & CR_LBE) {
        // Loopback: the transmitted frame arrives at the receiver.
        receive(&byte, 1);
        m_rx_new_data = true;
    } else {
        m_backend.write(&byte, 1);
    }
}

void Pl011::receive(const uint8_t* data, size_t len)
{
    len = std::min(len, fifo_depth() - std::min<size_t>(m_rx_fifo.size(), fifo_depth()));
    m_rx_fifo.insert(m_rx_fifo.end(), data, data + len);
    if (len > 0 && m_rx_fifo.size() >= rx_trigger())
        m_rx_raw = true;
}

uint32_t Pl011::read_data()
{
    if (m_rx_fifo.empty())
        return 0;
    uint32_t v = m_rx_fifo.front();
    m_rx_fifo.pop_front();
    if (m_rx_fifo.size() < rx_trigger())
        m_rx_raw = false;
    if (m_rx_fifo.empty())
        m_rx_timeout = false;
    changed();
    return v;
}

void Pl011::poll_thread()
{
    for (;;) {
        wait(m_config.poll_period);
        bool got = false;
        if (enabled(CR_RXE) && !(m_cr & CR_LBE)) {
            uint8_t buf[kFifoDepth];
            const size_t space = fifo_depth() - std::min<size_t>(m_rx_fifo.size(), fifo_depth());
            if (space > 0) {
                size_t n = m_backend.read(buf, space);
                receive(buf, n);
                got = n > 0;
            }
        }
        // Receive timeout: data sits in the FIFO and nothing arrived for a
        // whole poll period (standing in for the TRM's 32 bit periods).
        if (!got && !m_rx_new_data && !m_rx_fifo.empty())
            m_rx_timeout = true;
        m_rx_new_data = false;
        changed();
    }
}

void Pl011::tx_thread()
{
    for (;;) {
        while (m_tx_fifo.empty())
            wait(m_tx_kick);
        sc_core::sc_time t = frame_time();
        if (t > sc_core::SC_ZERO_TIME)
            wait(t);
        if (m_tx_fifo.empty())
            continue;  // flushed by disabling the FIFO
        transmit(m_tx_fifo.front());
        m_tx_fifo.pop_front();
        if (m_tx_fifo.size() <= tx_trigger())
            m_tx_raw = true;
        changed();
    }
}

// ---------------------------------------------------------------------------
// Registers

void Pl011::b_transport(tlm::tlm_generic_payload& tx, sc_core::sc_time&)
{
    const uint64_t addr = tx.get_address();
    const unsigned len = tx.get_data_length();
    uint8_t* data = tx.get_data_ptr();
    tx.set_response_status(tlm::TLM_OK_RESPONSE);
    if (!tx.is_read() && !tx.is_write())
        return;
    const bool ok_shape = (len == 1 || len == 2 || len == 4) && (addr & 3) == 0 &&
                          addr + len <= kSize && tx.get_byte_enable_ptr() == nullptr &&
                          tx.get_streaming_width() >= len;
    if (!ok_shape) {
        SC_REPORT_WARNING("vp/uart/bad_access",
                          ("PL011: unsupported " + std::to_string(len) + "-byte " +
                           (tx.is_read() ? "read" : "write") + " at offset " + hex(addr) +
                           "; expected an 8/16/32-bit access at a register's word offset; "
                           "read as 0/ignored")
                              .c_str());
        if (tx.is_read())
            std::memset(data, 0, len);
        return;
    }
    const uint32_t offset = static_cast<uint32_t>(addr);
    if (tx.is_read()) {
        uint32_t v = read_register(offset);
        std::memcpy(data, &v, len);  // little-endian host: low bytes first
    } else {
        uint32_t v = 0;
        std::memcpy(&v, data, len);
        write_register(offset, v);
    }
}

uint32_t Pl011::read_register(uint32_t offset)
{
    switch (offset) {
    case UARTDR: return read_data();
    case UARTRSR: return 0;
    case UARTFR: {
        uint32_t fr = 0;
        if (m_rx_fifo.empty())
            fr |= FR_RXFE;
        if (m_rx_fifo.size() >= fifo_depth())
            fr |= FR_RXFF;
        if (m_tx_fifo.empty())
            fr |= FR_TXFE;
        else
            fr |= FR_BUSY;
        if (m_tx_fifo.size() >= fifo_depth())
            fr |= FR_TXFF;
        return fr;
    }
    case UARTILPR: return m_ilpr;
    case UARTIBRD: return m_ibrd;
    case UARTFBRD: return m_fbrd;
    case UARTLCR_H: return m_lcr_h;
    case UARTCR: return m_cr;
    case UARTIFLS: return m_ifls;
    case UARTIMSC: return m_imsc;
    case UARTRIS: return raw_status();
    case UARTMIS: return raw_status() & m_imsc;
    case UARTDMACR: return m_dmacr;
    default:
        if (offset >= UARTPERIPHID0 && offset <= UARTPCELLID3)
            return kIdRegs[(offset - UARTPERIPHID0) / 4];
        if (offset == UARTICR) {
            SC_REPORT_WARNING("vp/uart/bad_offset",
                              "PL011: read of write-only register UARTICR (0x044); read as 0");
            return 0;
        }
        SC_REPORT_WARNING("vp/uart/bad_offset",
                          ("PL011: read from unimplemented offset " + hex(offset) +
                           "; read as 0")
                              .c_str());
        return 0;
    }
}

void Pl011::write_register(uint32_t offset, uint32_t value)
{
    switch (offset) {
    case UARTDR: {
        const uint8_t byte = static_cast<uint8_t>(value);
        if (!m_config.timed_tx || frame_time() == sc_core::SC_ZERO_TIME) {
            transmit(byte);
            m_tx_raw = true;  // the FIFO is empty again at once
        } else if (m_tx_fifo.size() >= fifo_depth()) {
            SC_REPORT_WARNING("vp/uart/tx_overflow",
                              "PL011: UARTDR written while the TX FIFO is full "
                              "(UARTFR.TXFF set); character dropped");
        } else {
            m_tx_fifo.push_back(byte);
            if (m_tx_fifo.size() > tx_trigger())
                m_tx_raw = false;
            m_tx_kick.notify(sc_core::SC_ZERO_TIME);
        }
        break;
    }
    case UARTRSR: break;  // UARTECR: clears errors, none are modelled
    case UARTILPR: m_ilpr = value & 0xFF; break;
    case UARTIBRD: m_ibrd = value & 0xFFFF; break;
    case UARTFBRD: m_fbrd = value & 0x3F; break;
    case UARTLCR_H:
        if ((value ^ m_lcr_h) & LCR_H_FEN) {
            // Changing the FIFO mode keeps at most what fits the new depth.
            m_lcr_h = value & 0xFF;
            while (m_rx_fifo.size() > fifo_depth())
                m_rx_fifo.pop_back();
            while (m_tx_fifo.size() > fifo_depth())
                m_tx_fifo.pop_back();
        }
        m_lcr_h = value & 0xFF;
        break;
    case UARTCR: m_cr = value & 0xFF87; break;
    case UARTIFLS: m_ifls = value & 0x3F; break;
    case UARTIMSC: m_imsc = value & INT_ALL; break;
    case UARTICR:
        if (value & INT_RT)
            m_rx_timeout = false;
        if (value & INT_TX)
            m_tx_raw = false;
        if (value & INT_RX)
            m_rx_raw = false;
        m_other_ris &= ~value;
        break;
    case UARTDMACR: m_dmacr = value & 0x7; break;
    default:
        SC_REPORT_WARNING("vp/uart/bad_offset",
                          ("PL011: write to read-only or unimplemented offset " + hex(offset) +
                           " ignored")
                              .c_str());
        return;
    }
    changed();
}

}  // namespace vp::uart
