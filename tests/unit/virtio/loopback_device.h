// LoopbackDevice: a small virtio device for transport tests (not a real
// device type). Every request is echoed: the readable part is copied into the
// writable part (used len = bytes copied). Service time is modelled with a
// ServiceTime plus the memory latency of the request. It has a 16-byte config
// space (u8 @0, u16 @2, u32 @4, u64 @8) that the driver may write, two
// device feature bits, and can refuse a feature combination.
#pragma once

#include <cstdint>
#include <vector>

#include "virtio/device.h"

namespace vp::virtio::test {

struct LoopbackOptions {
    uint32_t device_id = 0x2a;
    unsigned queues = 2;
    unsigned queue_size_max = 32768;
    uint64_t features = (1ull << 0) | (1ull << 1);  // two device-specific bits
    uint64_t refuse = 1ull << 1;                    // accept_features fails if any is set
    ServiceTime service;                            // per request
};

class LoopbackDevice : public VirtioDevice {
public:
    static constexpr uint32_t kConfigSize = 16;

    LoopbackDevice(sc_core::sc_module_name name, const LoopbackOptions& options = {});

    uint32_t device_id() const override { return m_options.device_id; }
    uint64_t device_features() const override { return m_options.features; }
    bool accept_features(uint64_t features) override;
    unsigned num_queues() const override { return m_options.queues; }
    unsigned queue_size_max(unsigned) const override { return m_options.queue_size_max; }
    uint32_t config_size() const override { return kConfigSize; }
    void read_config(uint32_t offset, uint8_t* data, uint32_t len) override;
    void write_config(uint32_t offset, const uint8_t* data, uint32_t len) override;
    void reset() override;
    void driver_ok() override { ++m_driver_oks; }
    void notify(unsigned queue) override;

    // Device-side config change (e.g. "capacity changed").
    void change_config(uint32_t offset, uint8_t value);

    unsigned requests() const { return m_requests; }
    unsigned resets() const { return m_resets; }
    unsigned notifies() const { return m_notifies; }
    unsigned driver_oks() const { return m_driver_oks; }
    uint64_t accepted_features() const { return m_accepted; }
    const uint8_t* config() const { return m_config; }

private:
    LoopbackOptions m_options;
    uint8_t m_config[kConfigSize] = {};
    uint64_t m_accepted = 0;
    unsigned m_requests = 0, m_resets = 0, m_notifies = 0, m_driver_oks = 0;
    VirtioMessage m_msg;
    std::vector<uint8_t> m_buffer;
};

}  // namespace vp::virtio::test
