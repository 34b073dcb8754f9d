// PackedRing: the device side of a packed virtqueue (virtio 1.2 §2.8): one
// descriptor ring with AVAIL/USED flags and wrap counters (both start at 1),
// driver and device event suppression areas (§2.8.10, enable/disable/desc
// modes, desc mode only with VIRTIO_F_EVENT_IDX) and indirect tables
// (§2.8.19). Chain rules enforced: at most N descriptors, no nested indirect,
// indirect len a non-zero multiple of 16 and never with NEXT, writable after
// readable. The device event area is left at "enable": the device always
// wants notifications. Not done: VIRTIO_F_IN_ORDER batching.
#pragma once

#include "virtio/virtqueue.h"

namespace vp::virtio {

class PackedRing : public Virtqueue {
public:
    using Virtqueue::Virtqueue;

    void start(const VirtqueueLayout& layout) override;
    Pop pop(VirtioMessage& msg) override;
    bool push(const VirtioMessage& msg, bool& need_interrupt, sc_core::sc_time& delay) override;

    uint16_t next_avail() const { return m_next_avail; }
    bool avail_wrap() const { return m_avail_wrap; }
    uint16_t next_used() const { return m_next_used; }
    bool used_wrap() const { return m_used_wrap; }

private:
    struct Desc {
        uint64_t addr;
        uint32_t len;
        uint16_t id;
        uint16_t flags;
    };
    bool add_buffer(VirtioMessage& msg, const Desc& d, unsigned position);

    uint16_t m_next_avail = 0;
    bool m_avail_wrap = true;
    uint16_t m_next_used = 0;
    bool m_used_wrap = true;
};

}  // namespace vp::virtio
