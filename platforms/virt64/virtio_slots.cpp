#include "virtio_slots.h"

#include <stdexcept>

#include "bus/router.h"
#include "device_kinds.h"
#include "gic/gic400.h"
#include "host/char_backend.h"
#include "host/net_backend.h"
#include "memory_map.h"
#include "virtio/mmio_transport.h"
#include "virtio/null_device.h"

namespace vp::virt64 {

VirtioSlots::VirtioSlots(sc_core::sc_module_name name, const DeviceOptions& options)
    : sc_core::sc_module(name)
{
    if (options.devices.size() > map::kVirtioSlots)
        throw std::runtime_error("at most " + std::to_string(map::kVirtioSlots) +
                                 " virtio devices fit in the virtio-mmio slots");
    virtio::MmioTransportConfig transport_config;
    transport_config.version = options.force_legacy ? 1 : 2;
    if (options.register_latency)
        transport_config.register_latency = *options.register_latency;
    transport_config.strict = options.strict;            // -global virtio-mmio.strict
    transport_config.ring_packed = options.ring_packed;  // -global virtio-mmio.packed

    unsigned slot = map::kVirtioSlots;
    for (const auto& req : options.devices) {
        --slot;
        Slot s;
        s.index = slot;
        const DeviceKind& kind = device_kind(req);
        const std::string base = std::string(kind.slot_name) + std::to_string(slot);
        if (kind.backend == DeviceKind::Backend::chardev)
            s.backend = host::make_char_backend(req.backend);
        if (kind.backend == DeviceKind::Backend::netdev)
            s.net_backend = host::make_net_backend(req.backend);
        s.device = kind.create(base, req, DeviceBackends{s.backend.get(), s.net_backend.get()});
        virtio::MmioTransportConfig config = transport_config;
        config.faults = req.transport_faults;  // irq-drop=, irq-delay=, ... (fault_options.h)
        s.transport = std::make_unique<virtio::MmioTransport>(("virtio" + std::to_string(slot)).c_str(),
                                                              *s.device, config);
        s.irq = std::make_unique<sc_core::sc_signal<bool>>(("irq" + std::to_string(slot)).c_str());
        m_slots.push_back(std::move(s));
    }
    // The remaining slots answer like QEMU's empty ones: magic, version and
    // DeviceID 0, so a driver probing every slot in the device tree sees
    // "no device" rather than a bus error.
    while (slot > 0) {
        --slot;
        Slot s;
        s.index = slot;
        s.device = std::make_unique<virtio::NullDevice>(("empty" + std::to_string(slot)).c_str());
        s.transport = std::make_unique<virtio::MmioTransport>(("virtio" + std::to_string(slot)).c_str(),
                                                              *s.device, transport_config);
        s.irq = std::make_unique<sc_core::sc_signal<bool>>(("irq" + std::to_string(slot)).c_str());
        m_slots.push_back(std::move(s));
    }
}

VirtioSlots::~VirtioSlots() = default;

void VirtioSlots::connect(bus::Router& router, gic::Gic400& gic)
{
    for (auto& s : m_slots) {
        router.map(s.transport->socket, map::virtio_slot_base(s.index), map::kVirtioSlotSize,
                   s.transport->name());
        s.transport->memory.bind(router.target);
        s.transport->irq.bind(*s.irq);
        gic.spi[map::kVirtioFirstSpi + s.index].bind(*s.irq);
    }
}

}  // namespace vp::virt64
