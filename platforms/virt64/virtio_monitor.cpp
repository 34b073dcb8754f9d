// `monitor info virtio`. See virtio_monitor.h.
#include "virtio_monitor.h"

#include <cstdio>

#include "memory_map.h"
#include "virtio/device.h"
#include "virtio/mmio_transport.h"
#include "virtio_slots.h"

namespace vp::virt64 {

namespace {

const char* device_name(uint32_t id)
{
    switch (id) {
    case 1: return "net";
    case 2: return "blk";
    case 3: return "console";
    case 4: return "rng";
    default: return "?";
    }
}

// Device status bits (virtio 1.2 §2.1), in the order a driver sets them.
std::string status_text(uint32_t s)
{
    static const struct {
        uint32_t bit;
        const char* name;
    } kBits[] = {{1, "ACKNOWLEDGE"}, {2, "DRIVER"},      {8, "FEATURES_OK"},
                 {4, "DRIVER_OK"},   {64, "NEEDS_RESET"}, {128, "FAILED"}};
    std::string t;
    for (const auto& b : kBits)
        if (s & b.bit)
            t += (t.empty() ? "" : "|") + std::string(b.name);
    return t.empty() ? "reset" : t;
}

constexpr unsigned kFeatureRingPacked = 34;  // VIRTIO_F_RING_PACKED

}  // namespace

std::string describe_virtio(const VirtioSlots& slots, const PhysReader& read_phys)
{
    std::string out;
    char line[256];
    unsigned empty = 0;
    for (const VirtioSlots::Slot& slot : slots.slots()) {
        const virtio::MmioTransport& t = *slot.transport;
        const uint32_t id = slot.device->device_id();
        if (id == 0) {  // a slot without a -device (device ID 0, as on QEMU)
            ++empty;
            continue;
        }
        std::snprintf(line, sizeof line,
                      "virtio-mmio slot %u @ 0x%llx: device %u (%s), version %u, status 0x%x (%s)\n",
                      slot.index, static_cast<unsigned long long>(map::virtio_slot_base(slot.index)),
                      id, device_name(id), t.config().version, t.status(),
                      status_text(t.status()).c_str());
        out += line;
        std::snprintf(line, sizeof line, "  features: offered 0x%016llx negotiated 0x%016llx\n",
                      static_cast<unsigned long long>(t.offered_features()),
                      static_cast<unsigned long long>(t.negotiated_features()));
        out += line;
        const bool packed = (t.negotiated_features() >> kFeatureRingPacked) & 1;
        for (unsigned q = 0; q < slot.device->num_queues(); ++q) {
            const virtio::MmioTransport::QueueAddresses a = t.queue_addresses(q);
            const char* state = t.queue_broken(q) ? "broken" : t.queue_live(q) ? "live" : "idle";
            std::snprintf(line, sizeof line,
                          "  queue %u: size %u, %s, desc 0x%llx driver 0x%llx device 0x%llx", q,
                          t.queue_size(q), state, static_cast<unsigned long long>(a.desc),
                          static_cast<unsigned long long>(a.driver),
                          static_cast<unsigned long long>(a.device));
            out += line;
            out += packed ? ", packed ring" : ", split ring";
            uint16_t avail = 0, used = 0;
            if (!packed && t.queue_size(q) && a.driver && a.device &&
                read_phys(a.driver + 2, &avail, 2) && read_phys(a.device + 2, &used, 2)) {
                std::snprintf(line, sizeof line, ", avail.idx %u used.idx %u (%u in flight)",
                              avail, used, unsigned(uint16_t(avail - used)));
                out += line;
            }
            out += "\n";
        }
    }
    std::snprintf(line, sizeof line, "%u empty virtio-mmio slots (device ID 0)\n", empty);
    return out + line;
}

}  // namespace vp::virt64
