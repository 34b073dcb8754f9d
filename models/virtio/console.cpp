#include "virtio/console.h"

#include <algorithm>
#include <cstring>
#include <sstream>
#include <vector>

namespace vp::virtio {

ConsoleDevice::ConsoleDevice(sc_core::sc_module_name name, host::CharBackend& backend,
                             const Config& config)
    : VirtioDevice(name), m_backend(backend), m_config(config)
{
    SC_HAS_PROCESS(ConsoleDevice);
    SC_THREAD(rx_thread);
}

uint64_t ConsoleDevice::device_features() const
{
    uint64_t f = 0;
    if (m_config.offer_size)
        f |= bit(kConsoleFeatureSize);
    if (m_config.offer_emerg_write)
        f |= bit(kConsoleFeatureEmergWrite);
    return f;
}

void ConsoleDevice::read_config(uint32_t offset, uint8_t* data, uint32_t len)
{
    uint8_t c[kConsoleCfgSize] = {};
    c[kConsoleCfgCols] = static_cast<uint8_t>(m_config.cols);
    c[kConsoleCfgCols + 1] = static_cast<uint8_t>(m_config.cols >> 8);
    c[kConsoleCfgRows] = static_cast<uint8_t>(m_config.rows);
    c[kConsoleCfgRows + 1] = static_cast<uint8_t>(m_config.rows >> 8);
    c[kConsoleCfgMaxNrPorts] = 1;  // emerg_wr reads as 0
    std::memset(data, 0, len);
    if (offset < kConsoleCfgSize)
        std::memcpy(data, c + offset, std::min<uint32_t>(len, kConsoleCfgSize - offset));
}

void ConsoleDevice::write_config(uint32_t offset, const uint8_t* data, uint32_t len)
{
    if (offset == kConsoleCfgEmergWr && len >= 1 && m_config.offer_emerg_write) {
        m_backend.write(data, 1);  // the character is the low byte of le32 emerg_wr
        ++m_tx_bytes;
        return;
    }
    std::ostringstream os;
    os << name() << ": config write of " << len << " bytes at offset " << offset
       << " ignored: only emerg_wr (offset 8, with EMERG_WRITE) is writable";
    SC_REPORT_WARNING("virtio/console/config-write", os.str().c_str());
}

void ConsoleDevice::reset()
{
    // Host input not yet delivered stays queued for the next driver.
    m_live = false;
    ++m_resets;
}

void ConsoleDevice::driver_ok()
{
    m_live = true;
    m_live_event.notify(sc_core::SC_ZERO_TIME);
}

void ConsoleDevice::notify(unsigned queue)
{
    if (queue == kConsoleRx) {
        m_rx_posted.notify(sc_core::SC_ZERO_TIME);  // the rx thread delivers
        return;
    }
    if (queue != kConsoleTx)
        return;
    VirtioMessage msg;
    std::vector<uint8_t> chunk(4096);
    for (;;) {
        msg.clear();
        if (!transport().get(kConsoleTx, msg))
            break;
        const size_t len = msg.readable_size();
        size_t done = 0;
        while (done < len) {
            const size_t n = msg.from_guest(done, chunk.data(), std::min(chunk.size(), len - done));
            if (n == 0)
                break;  // bus error: the transport reports it on put()
            m_backend.write(chunk.data(), n);
            done += n;
        }
        m_tx_bytes += done;
        msg.used_len = 0;  // the device writes nothing into transmit buffers
        const sc_core::sc_time t = m_config.service.for_bytes(done) + msg.delay;
        if (t > sc_core::SC_ZERO_TIME)
            wait(t);
        transport().put(kConsoleTx, msg);
    }
}

void ConsoleDevice::rx_thread()
{
    for (;;) {
        while (!m_live)
            wait(m_live_event);
        poll_backend();
        deliver();
        if (m_live)
            wait(m_config.poll_period, m_rx_posted);
    }
}

void ConsoleDevice::poll_backend()
{
    uint8_t buf[4096];
    for (;;) {
        const size_t n = m_backend.read(buf, sizeof(buf));
        if (n == 0)
            break;
        m_input.insert(m_input.end(), buf, buf + n);
    }
}

void ConsoleDevice::deliver()
{
    VirtioMessage msg;
    std::vector<uint8_t> bytes;
    while (m_live && !m_input.empty()) {
        msg.clear();
        if (!transport().get(kConsoleRx, msg))
            return;  // no buffer posted: keep the input queued
        const size_t room = msg.writable_size();
        if (room == 0) {
            std::ostringstream os;
            os << name() << ": receiveq0 buffer " << msg.id
               << " has no device-writable space; completed with used len 0";
            SC_REPORT_WARNING("virtio/console/bad-request", os.str().c_str());
            transport().put(kConsoleRx, msg);
            continue;
        }
        const size_t n = std::min(room, m_input.size());
        bytes.assign(m_input.begin(), m_input.begin() + static_cast<ptrdiff_t>(n));
        const size_t done = msg.to_guest(0, bytes.data(), n);
        if (msg.delay > sc_core::SC_ZERO_TIME) {
            const uint64_t resets = m_resets;
            wait(msg.delay);
            if (m_resets != resets) {
                transport().put(kConsoleRx, msg);  // dropped by the transport
                return;  // reset meanwhile: the bytes stay queued
            }
        }
        m_input.erase(m_input.begin(), m_input.begin() + static_cast<ptrdiff_t>(done));
        m_rx_bytes += done;
        transport().put(kConsoleRx, msg);
    }
}

}  // namespace vp::virtio
