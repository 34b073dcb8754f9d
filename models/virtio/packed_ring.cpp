#include "virtio/packed_ring.h"

#include "virtio/ring_flags.h"

namespace vp::virtio {

void PackedRing::start(const VirtqueueLayout& layout)
{
    m_layout = layout;
    m_next_avail = 0;
    m_avail_wrap = true;
    m_next_used = 0;
    m_used_wrap = true;
}

bool PackedRing::add_buffer(VirtioMessage& msg, const Desc& d, unsigned position)
{
    if (d.flags & kRingDescWrite) {
        msg.writable.push_back({d.addr, d.len});
        return true;
    }
    if (!msg.writable.empty()) {
        report(ring_error::kOrder, "descriptor " + std::to_string(position) +
                                       " is device-readable after a writable one; expected all "
                                       "readable descriptors first");
        return false;
    }
    msg.readable.push_back({d.addr, d.len});
    return true;
}

Virtqueue::Pop PackedRing::pop(VirtioMessage& msg)
{
    const unsigned num = m_layout.num;
    uint16_t flags;
    if (!read(m_layout.desc + 16ull * m_next_avail + 14, &flags, 2, msg.delay,
              "descriptor flags"))
        return Pop::error;
    const bool avail = flags & kRingDescAvail;
    const bool used = flags & kRingDescUsed;
    if (avail != m_avail_wrap || used == m_avail_wrap)
        return Pop::empty;

    const sc_core::sc_time delay = msg.delay;
    msg.clear();
    msg.delay = delay;

    uint16_t pos = m_next_avail;
    bool wrap = m_avail_wrap;
    unsigned count = 0;  // ring slots of this chain
    unsigned total = 0;  // descriptors including indirect ones
    // Built only for a report: a std::string per request would allocate.
    const uint16_t first_slot = m_next_avail;
    auto where = [first_slot] { return " (chain starting at slot " + std::to_string(first_slot) + ")"; };
    for (;;) {
        if (++count > num) {
            report(ring_error::kChainTooLong, "chain has more than " + std::to_string(num) +
                                                  " descriptors" + where() +
                                                  "; expected at most the queue size");
            return Pop::error;
        }
        Desc d;
        if (!read(m_layout.desc + 16ull * pos, &d, sizeof d, msg.delay, "descriptor"))
            return Pop::error;
        const unsigned slot = pos;
        if (++pos == num) {
            pos = 0;
            wrap = !wrap;
        }
        if (d.flags & kRingDescIndirect) {
            if (count > 1)
                m_notes |= kNoteIndirectInChain;  // tolerated; strict mode reports it (§2.8.19)
            if (!m_layout.indirect || (d.flags & kRingDescNext) || d.len == 0 || d.len % 16) {
                report(ring_error::kBadIndirect,
                       "indirect descriptor in slot " + std::to_string(slot) + " with len " +
                           std::to_string(d.len) + (d.flags & kRingDescNext ? " and NEXT" : "") +
                           where() +
                           (m_layout.indirect
                                ? "; expected a non-zero multiple of 16 and no NEXT flag"
                                : "; VIRTIO_F_INDIRECT_DESC was not negotiated"));
                return Pop::error;
            }
            const unsigned entries = d.len / 16;
            if (total + entries > num) {
                report(ring_error::kChainTooLong,
                       "indirect table in slot " + std::to_string(slot) + " has " +
                           std::to_string(entries) + " descriptors" + where() +
                           "; expected at most the queue size " + std::to_string(num));
                return Pop::error;
            }
            for (unsigned i = 0; i < entries; ++i) {
                Desc e;
                if (!read(d.addr + 16ull * i, &e, sizeof e, msg.delay, "indirect descriptor"))
                    return Pop::error;
                if (e.flags & kRingDescIndirect) {
                    report(ring_error::kNestedIndirect,
                           "entry " + std::to_string(i) + " of the indirect table in slot " +
                               std::to_string(slot) + " is itself indirect" + where() +
                               "; expected indirect tables not to nest");
                    return Pop::error;
                }
                if (e.flags & ~kRingDescWrite)
                    m_notes |= kNoteIndirectEntryFlags;  // tolerated; strict mode reports it (§2.8.19)
                if (!add_buffer(msg, e, slot))
                    return Pop::error;
            }
            msg.id = d.id;  // the buffer id lives in the ring descriptor
            break;
        }
        ++total;
        if (!add_buffer(msg, d, slot))
            return Pop::error;
        if (!(d.flags & kRingDescNext)) {
            msg.id = d.id;  // the last descriptor of a chain carries the id
            break;
        }
    }
    msg.descriptors = static_cast<uint16_t>(count);
    m_next_avail = pos;
    m_avail_wrap = wrap;
    return Pop::ok;
}

bool PackedRing::push(const VirtioMessage& msg, bool& need_interrupt, sc_core::sc_time& delay)
{
    const unsigned num = m_layout.num;
    need_interrupt = false;
    const uint64_t at = m_layout.desc + 16ull * m_next_used;
    const uint32_t len = msg.used_len;
    const uint16_t id = msg.id;
    if (!write(at + 8, &len, 4, delay, "used descriptor len") ||
        !write(at + 12, &id, 2, delay, "used descriptor id"))
        return false;
    // Flags last: this makes the element visible to the driver.
    const uint16_t flags = m_used_wrap ? (kRingDescAvail | kRingDescUsed) : 0;
    if (!write(at + 14, &flags, 2, delay, "used descriptor flags"))
        return false;

    const uint16_t old_pos = m_next_used;
    const bool old_wrap = m_used_wrap;
    unsigned next = m_next_used + (msg.descriptors ? msg.descriptors : 1);
    if (next >= num) {
        next -= num;
        m_used_wrap = !m_used_wrap;
    }
    m_next_used = static_cast<uint16_t>(next);

    uint16_t event[2];  // off_wrap, flags
    if (!read(m_layout.driver, event, sizeof event, delay, "driver event suppression"))
        return false;
    const uint16_t mode = event[1] & 3;
    if (mode == kRingEventDisable) {
        need_interrupt = false;
    } else if (mode == kRingEventDesc && m_layout.event_idx) {
        // Linearise positions relative to the current lap: slots of the
        // current lap count from num, those of the previous lap from 0.
        const uint16_t off = event[0] & 0x7fff;
        const bool ev_wrap = event[0] >> 15;
        const unsigned ev = off + (ev_wrap == m_used_wrap ? num : 0);
        const unsigned from = old_pos + (old_wrap == m_used_wrap ? num : 0);
        const unsigned to = m_next_used + num;
        need_interrupt = ev >= from && ev < to;
    } else {
        need_interrupt = true;  // enable (or desc mode without EVENT_IDX)
    }
    return true;
}

}  // namespace vp::virtio
