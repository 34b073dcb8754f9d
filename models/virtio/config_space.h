// ConfigSpace: a device's configuration space (virtio 1.2 §2.5, §4.2.2 from
// offset 0x100) as bytes with little-endian field setters. The device fills
// it once (and again when a field changes); reads are one bounds check and a
// copy, bytes past the end read as zero. Little-endian also for legacy
// drivers: the guests we model are little-endian.
// Not done here: the generation counter and the config-change interrupt
// (the transport's, through VirtioTransportIf::config_changed()).
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

namespace vp::virtio {

class ConfigSpace {
public:
    explicit ConfigSpace(uint32_t size = 0) : m_bytes(size, 0) {}

    uint32_t size() const { return static_cast<uint32_t>(m_bytes.size()); }
    const uint8_t* data() const { return m_bytes.data(); }

    // Little-endian field setters; a field that does not fit is ignored
    // (a device bug, caught by the device's unit tests).
    void set_u8(uint32_t offset, uint8_t v) { set_le(offset, v, 1); }
    void set_u16(uint32_t offset, uint16_t v) { set_le(offset, v, 2); }
    void set_u32(uint32_t offset, uint32_t v) { set_le(offset, v, 4); }
    void set_u64(uint32_t offset, uint64_t v) { set_le(offset, v, 8); }
    void set_bytes(uint32_t offset, const void* src, uint32_t len)
    {
        if (fits(offset, len))
            std::memcpy(m_bytes.data() + offset, src, len);
    }

    // Copies len bytes from offset into data; bytes outside the space read 0.
    void read(uint32_t offset, uint8_t* data, uint32_t len) const
    {
        std::memset(data, 0, len);
        if (offset < size())
            std::memcpy(data, m_bytes.data() + offset, std::min(len, size() - offset));
    }

    bool fits(uint32_t offset, uint32_t len) const
    {
        return offset <= size() && len <= size() - offset;
    }

private:
    void set_le(uint32_t offset, uint64_t v, unsigned bytes)
    {
        if (!fits(offset, bytes))
            return;
        for (unsigned i = 0; i < bytes; ++i)
            m_bytes[offset + i] = static_cast<uint8_t>(v >> (8 * i));
    }

    std::vector<uint8_t> m_bytes;
};

}  // namespace vp::virtio
