#include "virtio/console.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace vp::virtio {

ConsoleDevice::ConsoleDevice(sc_core::sc_module_name name, host::CharBackend& backend,
                             const Config& config)
    : VirtioDevice(name),
      m_backend(backend),
      m_config(config),
      m_receiver(*this, kConsoleRx, *this, config.poll_period),
      m_transmitter(*this, kConsoleTx, config.service, [this](VirtioMessage& m) { return transmit(m); }),
      m_chunk(4096)
{
    ConfigSpace& c = config_space();
    c = ConfigSpace(kConsoleCfgSize);
    c.set_u16(kConsoleCfgCols, config.cols);
    c.set_u16(kConsoleCfgRows, config.rows);
    c.set_u32(kConsoleCfgMaxNrPorts, 1);  // emerg_wr reads as 0
    m_receiver.spawn_thread("rx_thread");
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

void ConsoleDevice::write_config(uint32_t offset, const uint8_t* data, uint32_t len)
{
    if (offset == kConsoleCfgEmergWr && len >= 1 && m_config.offer_emerg_write) {
        m_backend.write(data, 1);  // the character is the low byte of le32 emerg_wr
        ++m_tx_bytes;
        return;
    }
    guest_error("virtio/console/config-write",
                "config write of %u bytes at offset %u ignored: only emerg_wr (offset 8, with "
                "EMERG_WRITE) is writable",
                len, offset);
}

void ConsoleDevice::reset()
{
    m_receiver.reset();  // host input not yet delivered stays queued for the next driver
}

void ConsoleDevice::driver_ok()
{
    m_receiver.driver_ok();
}

void ConsoleDevice::notify(unsigned queue)
{
    if (queue == kConsoleRx)
        m_receiver.buffers_posted();  // the rx thread delivers
    else if (queue == kConsoleTx)
        m_transmitter.serve_available();
}

uint64_t ConsoleDevice::transmit(VirtioMessage& msg)
{
    const size_t len = msg.readable_size();
    size_t done = 0;
    while (done < len) {
        const size_t n = msg.from_guest(done, m_chunk.data(), std::min(m_chunk.size(), len - done));
        if (n == 0)
            break;  // bus error: the transport reports it on put()
        m_backend.write(m_chunk.data(), n);
        done += n;
    }
    m_tx_bytes += done;
    msg.used_len = 0;  // the device writes nothing into transmit buffers
    return done;
}

void ConsoleDevice::poll_host()
{
    uint8_t buf[4096];
    for (;;) {
        const size_t n = m_backend.read(buf, sizeof(buf));
        if (n == 0)
            break;
        m_input.insert(m_input.end(), buf, buf + n);
    }
}

sc_core::sc_time ConsoleDevice::fill(VirtioMessage& msg, uint64_t& consume)
{
    const size_t room = msg.writable_size();
    if (room == 0) {
        guest_error("virtio/console/bad-request",
                    "receiveq0 buffer %u has no device-writable space; completed with used len 0",
                    unsigned{msg.id});
        return sc_core::SC_ZERO_TIME;
    }
    const size_t n = std::min(room, m_input.size());
    m_chunk.assign(m_input.begin(), m_input.begin() + static_cast<ptrdiff_t>(n));
    consume = msg.to_guest(0, m_chunk.data(), n);
    m_chunk.resize(4096);
    return msg.delay;  // input is instantaneous: only the memory latency
}

void ConsoleDevice::commit(uint64_t consume)
{
    m_input.erase(m_input.begin(), m_input.begin() + static_cast<ptrdiff_t>(consume));
    m_rx_bytes += consume;
}

}  // namespace vp::virtio
