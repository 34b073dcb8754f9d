// NullDevice: what answers behind an unused virtio-mmio slot. It reports
// DeviceID 0 (virtio 1.2 §4.2.3.1.1: a placeholder with no device), which
// drivers skip without a message, as they do QEMU virt's empty slots. No
// features, no queues, no config space.
#pragma once

#include "virtio/device.h"
#include "virtio/virtio.h"

namespace vp::virtio {

class NullDevice : public VirtioDevice {
public:
    using VirtioDevice::VirtioDevice;

    uint32_t device_id() const override { return kDeviceNone; }
    uint64_t device_features() const override { return 0; }
    unsigned num_queues() const override { return 0; }
    uint32_t config_size() const override { return 0; }
    void read_config(uint32_t, uint8_t*, uint32_t) override {}
    void reset() override {}
    void notify(unsigned) override {}
};

}  // namespace vp::virtio
