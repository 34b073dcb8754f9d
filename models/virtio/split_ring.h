// SplitRing: the device side of a split virtqueue (virtio 1.2 §2.7):
// descriptor table, available ring and used ring, with indirect descriptor
// tables (§2.7.5.3) and VIRTIO_F_EVENT_IDX (used_event/avail_event, §2.7.10).
// Chain rules enforced: head/next < table size, no loops, at most N
// descriptors (indirect: at most the table size), no nested indirect tables,
// indirect len a non-zero multiple of 16 and never with NEXT, writable after
// readable, avail idx never more than N ahead. Never sets used.flags
// NO_NOTIFY: the device always wants notifications.
#pragma once

#include <vector>

#include "virtio/virtqueue.h"

namespace vp::virtio {

class SplitRing : public Virtqueue {
public:
    using Virtqueue::Virtqueue;

    void start(const VirtqueueLayout& layout) override;
    Pop pop(VirtioMessage& msg) override;
    bool push(const VirtioMessage& msg, bool& need_interrupt, sc_core::sc_time& delay) override;

    // Legacy (v1) layout: avail follows the table, used is aligned (§2.7.2 /
    // §4.2.4): returns {driver, device} for a table at desc.
    static VirtqueueLayout legacy_layout(uint64_t desc, unsigned num, uint64_t align);

    uint16_t last_avail() const { return m_last_avail; }
    uint16_t used_idx() const { return m_used_idx; }

private:
    struct Desc {
        uint64_t addr;
        uint32_t len;
        uint16_t flags;
        uint16_t next;
    };
    bool add_buffer(VirtioMessage& msg, const Desc& d);

    uint16_t m_last_avail = 0;
    uint16_t m_used_idx = 0;
    std::vector<uint32_t> m_seen;  // loop detection: stamp per descriptor index
    uint32_t m_stamp = 0;
};

}  // namespace vp::virtio
