#include "loopback_device.h"

#include <cstring>

namespace vp::virtio::test {

LoopbackDevice::LoopbackDevice(sc_core::sc_module_name name, const LoopbackOptions& options)
    : VirtioDevice(name), m_options(options)
{
    reset();
    m_resets = 0;
}

bool LoopbackDevice::accept_features(uint64_t features)
{
    if (features & m_options.refuse)
        return false;
    m_accepted = features;
    return true;
}

void LoopbackDevice::read_config(uint32_t offset, uint8_t* data, uint32_t len)
{
    std::memcpy(data, m_config + offset, len);
}

void LoopbackDevice::write_config(uint32_t offset, const uint8_t* data, uint32_t len)
{
    std::memcpy(m_config + offset, data, len);
}

void LoopbackDevice::reset()
{
    ++m_resets;
    m_accepted = 0;
    // Power-on config: u8 0x11, u16 0x2233, u32 0x44556677, u64 0x8899aabbccddeeff.
    const uint8_t init[kConfigSize] = {0x11, 0,    0x33, 0x22, 0x77, 0x66, 0x55, 0x44,
                                       0xff, 0xee, 0xdd, 0xcc, 0xbb, 0xaa, 0x99, 0x88};
    std::memcpy(m_config, init, kConfigSize);
}

void LoopbackDevice::change_config(uint32_t offset, uint8_t value)
{
    m_config[offset] = value;
    transport().config_changed();
}

void LoopbackDevice::notify(unsigned queue)
{
    ++m_notifies;
    while (transport().get(queue, m_msg)) {
        m_buffer.resize(m_msg.readable_size());
        const size_t got = m_msg.from_guest(0, m_buffer.data(), m_buffer.size());
        wait(m_options.service.for_bytes(got) + m_msg.delay);
        m_msg.to_guest(0, m_buffer.data(), std::min(got, m_msg.writable_size()));
        ++m_requests;
        transport().put(queue, m_msg);
    }
}

}  // namespace vp::virtio::test
