#include "virtio_slots.h"

#include <stdexcept>

#include "bus/router.h"
#include "gic/gic400.h"
#include "host/char_backend.h"
#include "host/net_backend.h"
#include "memory_map.h"
#include "virtio/blk.h"
#include "virtio/console.h"
#include "virtio/mmio_transport.h"
#include "virtio/net.h"
#include "virtio/null_device.h"
#include "virtio/rng.h"

namespace vp::virt64 {

namespace {

// latency=/bandwidth= given on the command line; the rest keeps the model's default.
virtio::ServiceTime service_time(virtio::ServiceTime model_default, const ServiceTimeOptions& given)
{
    if (given.latency)
        model_default.latency = *given.latency;
    if (given.bandwidth)
        model_default.bytes_per_second = *given.bandwidth;
    return model_default;
}

std::unique_ptr<virtio::VirtioDevice> make_device(const VirtioDeviceRequest& req,
                                                  const std::string& name,
                                                  host::CharBackend* backend,
                                                  host::NetBackend* net_backend)
{
    using Kind = VirtioDeviceRequest::Kind;
    switch (req.kind) {
    case Kind::block: {
        virtio::BlockDevice::Config c;
        c.image = req.image;
        c.read_only = req.read_only;
        c.serial = req.serial;
        c.service = service_time(c.service, req.service);
        c.num_queues = req.num_queues;
        return std::make_unique<virtio::BlockDevice>(name.c_str(), c);
    }
    case Kind::entropy: {
        virtio::EntropyDevice::Config c;
        c.seed = req.seed;
        c.service = service_time(c.service, req.service);
        return std::make_unique<virtio::EntropyDevice>(name.c_str(), c);
    }
    case Kind::console: {
        virtio::ConsoleDevice::Config c;
        c.service = service_time(c.service, req.service);
        return std::make_unique<virtio::ConsoleDevice>(name.c_str(), *backend, c);
    }
    case Kind::net: {
        virtio::NetDevice::Config c;
        c.mac = req.mac;
        c.service = service_time(c.service, req.service);
        return std::make_unique<virtio::NetDevice>(name.c_str(), *net_backend, c);
    }
    }
    throw std::logic_error("unknown virtio device kind");
}

const char* kind_name(VirtioDeviceRequest::Kind kind)
{
    switch (kind) {
    case VirtioDeviceRequest::Kind::block: return "blk";
    case VirtioDeviceRequest::Kind::entropy: return "rng";
    case VirtioDeviceRequest::Kind::console: return "console";
    case VirtioDeviceRequest::Kind::net: return "net";
    }
    return "?";
}

}  // namespace

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
        const std::string base = std::string(kind_name(req.kind)) + std::to_string(slot);
        if (req.kind == VirtioDeviceRequest::Kind::console)
            s.backend = host::make_char_backend(req.backend);
        if (req.kind == VirtioDeviceRequest::Kind::net)
            s.net_backend = host::make_net_backend(req.backend);
        s.device = make_device(req, base, s.backend.get(), s.net_backend.get());
        s.transport = std::make_unique<virtio::MmioTransport>(("virtio" + std::to_string(slot)).c_str(),
                                                              *s.device, transport_config);
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
