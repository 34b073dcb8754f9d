#include "virtio/split_ring.h"

#include "virtio/ring_flags.h"

namespace vp::virtio {

// Guest structures are little-endian; the simulator host is assumed to be too.
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "little-endian host required");

namespace {
constexpr unsigned kMaxIndirect = 32768;  // largest table accepted (the spec's maximum queue size)
}

VirtqueueLayout SplitRing::legacy_layout(uint64_t desc, unsigned num, uint64_t align)
{
    VirtqueueLayout l;
    l.num = num;
    l.desc = desc;
    l.driver = desc + 16ull * num;
    const uint64_t used = l.driver + 2ull * (3 + num);
    l.device = align ? (used + align - 1) / align * align : used;
    return l;
}

void SplitRing::start(const VirtqueueLayout& layout)
{
    m_layout = layout;
    m_last_avail = 0;
    m_used_idx = 0;
    m_seen.assign(layout.num, 0);
    m_stamp = 0;
}

bool SplitRing::add_buffer(VirtioMessage& msg, const Desc& d)
{
    if (d.flags & kRingDescWrite) {
        msg.writable.push_back({d.addr, d.len});
        return true;
    }
    if (!msg.writable.empty()) {
        report(ring_error::kOrder, "chain at head " + std::to_string(msg.id) +
                                       " has a device-readable descriptor after a writable one; "
                                       "expected all readable descriptors first");
        return false;
    }
    msg.readable.push_back({d.addr, d.len});
    return true;
}

Virtqueue::Pop SplitRing::pop(VirtioMessage& msg)
{
    const unsigned num = m_layout.num;
    uint16_t avail_idx;
    if (!read(m_layout.driver + 2, &avail_idx, 2, msg.delay, "avail.idx"))
        return Pop::error;
    const uint16_t pending = static_cast<uint16_t>(avail_idx - m_last_avail);
    if (pending == 0)
        return Pop::empty;
    if (pending > num) {
        report(ring_error::kAvailIdx, "avail.idx is " + std::to_string(avail_idx) +
                                          " but the device consumed up to " +
                                          std::to_string(m_last_avail) + "; expected at most " +
                                          std::to_string(num) + " (the queue size) ahead");
        return Pop::error;
    }
    uint16_t head;
    if (!read(m_layout.driver + 4 + 2ull * (m_last_avail % num), &head, 2, msg.delay,
              "avail.ring"))
        return Pop::error;

    const sc_core::sc_time delay = msg.delay;
    msg.clear();
    msg.delay = delay;
    msg.id = head;

    // Walk the chain: first in the descriptor table, then possibly in one
    // indirect table (whose indices are local to the table).
    uint64_t table = m_layout.desc;
    unsigned table_size = num;
    bool indirect = false;
    unsigned count = 0;  // descriptors in the chain, direct and indirect (at most N, §2.7.5.3.1)
    uint16_t index = head;
    if (++m_stamp == 0) {
        m_seen.assign(m_seen.size(), 0);
        m_stamp = 1;
    }
    // Built only for a report: a std::string per request would allocate.
    auto where = [head] { return " (chain at head " + std::to_string(head) + ")"; };
    if (head >= num) {
        report(ring_error::kBadIndex, "avail.ring names descriptor " + std::to_string(head) +
                                          "; expected an index below the queue size " +
                                          std::to_string(num));
        return Pop::error;
    }
    for (;;) {
        if (m_seen[index] == m_stamp) {
            report(ring_error::kLoop, std::string(indirect ? "indirect " : "") + "descriptor " +
                                          std::to_string(index) + " appears twice" + where() +
                                          "; expected a chain without loops");
            return Pop::error;
        }
        m_seen[index] = m_stamp;
        if (++count > num) {
            report(ring_error::kChainTooLong, "chain has more than " + std::to_string(num) +
                                                  " descriptors" + where() +
                                                  "; expected at most the queue size");
            return Pop::error;
        }
        Desc d;
        if (!read(table + 16ull * index, &d, sizeof d, msg.delay,
                  indirect ? "indirect descriptor" : "descriptor"))
            return Pop::error;
        ++msg.descriptors;
        if (d.flags & kRingDescIndirect) {
            if (indirect) {
                report(ring_error::kNestedIndirect,
                       "indirect descriptor " + std::to_string(index) +
                           " inside an indirect table" + where() +
                           "; expected indirect tables not to nest");
                return Pop::error;
            }
            if (!m_layout.indirect || (d.flags & kRingDescNext) || d.len == 0 || d.len % 16 ||
                d.len / 16 > kMaxIndirect) {
                report(ring_error::kBadIndirect,
                       "indirect descriptor " + std::to_string(index) + " with len " +
                           std::to_string(d.len) + (d.flags & kRingDescNext ? " and NEXT" : "") +
                           where() +
                           (m_layout.indirect
                                ? "; expected a non-zero multiple of 16 and no NEXT flag"
                                : "; VIRTIO_F_INDIRECT_DESC was not negotiated"));
                return Pop::error;
            }
            indirect = true;
            table = d.addr;
            table_size = d.len / 16;
            if (m_seen.size() < table_size)
                m_seen.resize(table_size, 0);
            if (++m_stamp == 0) {
                m_seen.assign(m_seen.size(), 0);
                m_stamp = 1;
            }
            --count;  // the indirect descriptor itself does not count
            index = 0;
            continue;
        }
        if (!add_buffer(msg, d))
            return Pop::error;
        if (!(d.flags & kRingDescNext))
            break;
        if (d.next >= table_size) {
            report(ring_error::kBadIndex,
                   std::string(indirect ? "indirect " : "") + "descriptor " +
                       std::to_string(index) + " has next " + std::to_string(d.next) + where() +
                       "; expected an index below " + std::to_string(table_size));
            return Pop::error;
        }
        index = d.next;
    }

    ++m_last_avail;
    if (m_layout.event_idx) {
        // avail_event: ask to be notified as soon as the driver adds anything
        // beyond what we consumed.
        if (!write(m_layout.device + 4 + 8ull * num, &m_last_avail, 2, msg.delay,
                   "used.avail_event"))
            return Pop::error;
    }
    return Pop::ok;
}

bool SplitRing::push(const VirtioMessage& msg, bool& need_interrupt, sc_core::sc_time& delay)
{
    const unsigned num = m_layout.num;
    need_interrupt = false;
    const uint32_t elem[2] = {msg.id, msg.used_len};
    if (!write(m_layout.device + 4 + 8ull * (m_used_idx % num), elem, sizeof elem, delay,
               "used.ring"))
        return false;
    const uint16_t old_idx = m_used_idx;
    ++m_used_idx;
    if (!write(m_layout.device + 2, &m_used_idx, 2, delay, "used.idx"))
        return false;
    if (m_layout.event_idx) {
        uint16_t used_event;
        if (!read(m_layout.driver + 4 + 2ull * num, &used_event, 2, delay, "avail.used_event"))
            return false;
        need_interrupt = need_event(used_event, m_used_idx, old_idx);
    } else {
        uint16_t flags;
        if (!read(m_layout.driver, &flags, 2, delay, "avail.flags"))
            return false;
        need_interrupt = !(flags & kRingAvailNoInterrupt);
    }
    return true;
}

}  // namespace vp::virtio
