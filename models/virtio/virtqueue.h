// Virtqueue: the device side of one virtqueue in guest memory, independent of
// the transport. SplitRing (virtio 1.2 §2.7) and PackedRing (§2.8) implement
// it: pop() turns the next available chain into a VirtioMessage (checking the
// chain rules of §2.7.5/§2.7.7/§2.8.19), push() publishes a used element and
// says whether the driver wants an interrupt (§2.7.10, §2.8.21).
// Ring errors are reported here with SC_REPORT_WARNING (types "virtio/ring/*",
// naming the queue); the caller marks the queue broken. Not done here: any
// decision about whether the queue is live (that is the transport's job).
#pragma once

#include <cstdint>
#include <string>

#include <systemc>

#include "virtio/message.h"

namespace vp::bus {
class InitiatorPort;
}

namespace vp::virtio {

// Stable message types of ring errors (documented in docs/models/virtio-mmio.md).
namespace ring_error {
constexpr const char* kAvailIdx = "virtio/ring/avail-idx";           // idx moved by more than N
constexpr const char* kBadIndex = "virtio/ring/bad-index";           // head/next >= N
constexpr const char* kLoop = "virtio/ring/loop";                    // a descriptor seen twice
constexpr const char* kChainTooLong = "virtio/ring/chain-too-long";  // more than N descriptors
constexpr const char* kNestedIndirect = "virtio/ring/nested-indirect";
constexpr const char* kBadIndirect = "virtio/ring/bad-indirect";  // len 0, len%16, with NEXT
constexpr const char* kOrder = "virtio/ring/order";               // writable before readable
constexpr const char* kBadAddress = "virtio/ring/bad-address";    // ring or buffer not in memory
}  // namespace ring_error

struct VirtqueueLayout {
    unsigned num = 0;     // queue size (descriptors)
    uint64_t desc = 0;    // descriptor table / packed descriptor ring
    uint64_t driver = 0;  // split: available ring; packed: driver event suppression
    uint64_t device = 0;  // split: used ring; packed: device event suppression
    bool indirect = false;   // VIRTIO_F_INDIRECT_DESC negotiated
    bool event_idx = false;  // VIRTIO_F_EVENT_IDX negotiated
};

class Virtqueue {
public:
    enum class Pop { empty, ok, error };

    // name: used in reports, e.g. "sys.virtio0 queue 1".
    Virtqueue(std::string name, bus::InitiatorPort& memory) : m_name(std::move(name)), m_memory(memory) {}
    virtual ~Virtqueue() = default;
    Virtqueue(const Virtqueue&) = delete;
    Virtqueue& operator=(const Virtqueue&) = delete;

    // Starts using the ring at `layout`, with all indices at their initial
    // values (split: 0; packed: 0 with both wrap counters 1).
    virtual void start(const VirtqueueLayout& layout) = 0;

    // Takes the next available chain into msg (cleared first). Memory latency
    // of the ring accesses is added to msg.delay. On error the chain is not
    // consumed and a "virtio/ring/*" warning has been reported.
    virtual Pop pop(VirtioMessage& msg) = 0;

    // Publishes msg (id, used_len, descriptors) as used. Returns false on a
    // memory error (reported). need_interrupt tells whether the driver's
    // suppression settings ask for an interrupt for this element.
    virtual bool push(const VirtioMessage& msg, bool& need_interrupt, sc_core::sc_time& delay) = 0;

    const VirtqueueLayout& layout() const { return m_layout; }
    const std::string& name() const { return m_name; }

    // For the strict-conformance checker (conformance.h): the type of the
    // last ring error reported, and the spec violations that the ring
    // tolerates, found since the last take_notes() (kNote* bits).
    const char* last_error() const { return m_last_error; }
    uint32_t take_notes()
    {
        const uint32_t n = m_notes;
        m_notes = 0;
        return n;
    }
    static constexpr uint32_t kNoteIndirectEntryFlags = 1;  // packed: entry flags other than WRITE
    static constexpr uint32_t kNoteIndirectInChain = 2;     // packed: INDIRECT after NEXT

protected:
    // Guest memory helpers: false (and a kBadAddress report) on error.
    bool read(uint64_t addr, void* dst, size_t len, sc_core::sc_time& delay, const char* what);
    bool write(uint64_t addr, const void* src, size_t len, sc_core::sc_time& delay, const char* what);
    void report(const char* type, const std::string& text) const;

    std::string m_name;
    bus::InitiatorPort& m_memory;
    VirtqueueLayout m_layout;
    mutable const char* m_last_error = nullptr;  // set by report()
    uint32_t m_notes = 0;                        // kNote* bits
};

// vring_need_event (§2.7.10): true if event_idx lies in [old_idx, new_idx).
inline bool need_event(uint16_t event_idx, uint16_t new_idx, uint16_t old_idx)
{
    return static_cast<uint16_t>(new_idx - event_idx - 1) < static_cast<uint16_t>(new_idx - old_idx);
}

}  // namespace vp::virtio
