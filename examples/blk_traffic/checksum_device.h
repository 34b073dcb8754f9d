// ChecksumDevice: a virtio device type of this example's own, written only
// against the installed virtio-vp headers, to show what a device author
// writes: an identity, a config space, and a request handler. One request
// queue; each request is a device-readable message followed by a 4-byte
// device-writable buffer, into which the device writes the message's 32-bit
// FNV-1a hash (little-endian). Config space: le32 algorithm (1 = FNV-1a),
// le32 max_bytes (longest message accepted).
// Not a registered virtio device ID: kDeviceId is this example's own.
#pragma once

#include <cstdint>
#include <vector>

#include "virtio/device.h"
#include "virtio/request_server.h"

class ChecksumDevice : public vp::virtio::VirtioDevice {
public:
    static constexpr uint32_t kDeviceId = 0xffe;  // private to this example
    static constexpr uint32_t kCfgAlgorithm = 0;  // config space offsets
    static constexpr uint32_t kCfgMaxBytes = 4;
    static constexpr uint32_t kCfgSize = 8;
    static constexpr uint32_t kMaxBytes = 4096;

    ChecksumDevice(sc_core::sc_module_name name, const vp::virtio::ServiceTime& service)
        : VirtioDevice(name),
          m_server(*this, 0, service, [this](vp::virtio::VirtioMessage& m) { return hash(m); })
    {
        config_space() = vp::virtio::ConfigSpace(kCfgSize);
        config_space().set_u32(kCfgAlgorithm, 1);
        config_space().set_u32(kCfgMaxBytes, kMaxBytes);
    }

    static uint32_t fnv1a(const uint8_t* p, size_t n)
    {
        uint32_t h = 2166136261u;
        for (size_t i = 0; i < n; ++i)
            h = (h ^ p[i]) * 16777619u;
        return h;
    }

    // VirtioDevice: identity, queues, lifecycle. Config reads come from
    // config_space(); the transport adds the ring and VERSION_1 features.
    uint32_t device_id() const override { return kDeviceId; }
    uint64_t device_features() const override { return 0; }
    unsigned num_queues() const override { return 1; }
    void reset() override {}
    void notify(unsigned queue) override
    {
        if (queue == 0)
            m_server.serve_available();  // get, hash, wait the service time, put
    }

private:
    // Returns the bytes that count against the modelled throughput.
    uint64_t hash(vp::virtio::VirtioMessage& msg)
    {
        const size_t n = msg.readable_size();
        if (n > kMaxBytes || msg.writable_size() < 4) {
            guest_error("example/checksum/bad-request",
                        "request %u has %zu readable and %zu writable bytes; expected at most %u "
                        "and 4; completed with used len 0",
                        unsigned{msg.id}, n, msg.writable_size(), kMaxBytes);
            return 0;
        }
        m_bytes.resize(n);
        if (msg.from_guest(0, m_bytes.data(), n) != n)
            return 0;  // bus error: the transport reports it
        const uint32_t h = fnv1a(m_bytes.data(), n);
        const uint8_t le[4] = {uint8_t(h), uint8_t(h >> 8), uint8_t(h >> 16), uint8_t(h >> 24)};
        msg.to_guest(0, le, 4);  // sets msg.used_len to 4
        return n;
    }

    vp::virtio::RequestServer m_server;
    std::vector<uint8_t> m_bytes;
};
