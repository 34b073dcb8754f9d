// The virtio-mmio devices of virt64: one MmioTransport per device given on
// the command line, placed in QEMU virt's slot order (the first -device takes
// the highest of the 32 slots), with its register window and DMA port on the
// router and its interrupt on the slot's GIC SPI.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <systemc>

#include "device_options.h"

namespace vp::bus {
class Router;
}
namespace vp::gic {
class Gic400;
}
namespace vp::host {
class CharBackend;
class NetBackend;
}  // namespace vp::host
namespace vp::virtio {
class VirtioDevice;
class MmioTransport;
}  // namespace vp::virtio

namespace vp::virt64 {

class VirtioSlots : public sc_core::sc_module {
public:
    // Creates devices and transports. Throws std::runtime_error naming the
    // device when one cannot be created (e.g. a missing disk image).
    VirtioSlots(sc_core::sc_module_name name, const DeviceOptions& options);
    ~VirtioSlots() override;
    VirtioSlots(const VirtioSlots&) = delete;
    VirtioSlots& operator=(const VirtioSlots&) = delete;

    // Maps every transport into the router at its slot and binds its
    // interrupt to the GIC.
    void connect(bus::Router& router, gic::Gic400& gic);

    struct Slot {
        unsigned index;  // 0..31
        std::unique_ptr<host::CharBackend> backend;  // console only
        std::unique_ptr<host::NetBackend> net_backend;  // net only
        std::unique_ptr<virtio::VirtioDevice> device;
        std::unique_ptr<virtio::MmioTransport> transport;
        std::unique_ptr<sc_core::sc_signal<bool>> irq;
    };
    const std::vector<Slot>& slots() const { return m_slots; }

private:
    std::vector<Slot> m_slots;
};

}  // namespace vp::virt64
