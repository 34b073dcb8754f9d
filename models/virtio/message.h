// VirtioMessage: one request as a device sees it, a scatter-gather list of
// device-readable buffers followed by device-writable buffers, with copy
// helpers. Devices never see descriptors; the rings build messages and the
// transport hands them out and takes them back.
#pragma once

#include <cstdint>
#include <vector>

#include <systemc>

namespace vp::bus {
class InitiatorPort;
}

namespace vp::virtio {

struct GuestBuffer {
    uint64_t addr;
    uint32_t len;
};

class VirtioMessage {
public:
    // Filled in by the ring that produced the message.
    unsigned queue = 0;        // virtqueue index
    uint16_t id = 0;           // split: head descriptor index; packed: buffer id
    uint16_t descriptors = 0;  // descriptors consumed (packed ring bookkeeping)
    uint64_t epoch = 0;        // transport reset generation that produced it
    std::vector<GuestBuffer> readable;  // device-readable, in chain order
    std::vector<GuestBuffer> writable;  // device-writable, in chain order

    // Memory the buffers live in (set by the transport).
    bus::InitiatorPort* memory = nullptr;

    // Latency of the memory accesses done through this message.
    sc_core::sc_time delay = sc_core::SC_ZERO_TIME;

    // Clears the lists but keeps their capacity, so a message object can be
    // reused without heap allocation.
    void clear();

    size_t readable_size() const;
    size_t writable_size() const;

    // Copies len bytes starting at byte `offset` of the readable part into
    // dst. Returns the number of bytes copied: fewer than len if the readable
    // part ends or guest memory answers with an error (then fault() is set).
    size_t from_guest(size_t offset, void* dst, size_t len);

    // Copies len bytes from src to byte `offset` of the writable part.
    // Returns the bytes copied (fewer if the writable part ends or memory
    // fails) and raises used_len to cover what was written.
    size_t to_guest(size_t offset, const void* src, size_t len);

    // Bulk-copy fast path (hot paths of devices that move payload): the host
    // address of byte `offset` of the writable (readable) part, with len cut
    // to the bytes contiguous from there (the end of that guest buffer or
    // DMI window); nullptr when that memory grants no DMI or offset is past
    // the end (then use to_guest()/from_guest()). Adds the access latency
    // to `delay` as the copy helpers do. After writing through a writable
    // pointer, call written_direct() (raises used_len, tells the memory
    // port's write observer).
    uint8_t* writable_direct(size_t offset, size_t& len);
    const uint8_t* readable_direct(size_t offset, size_t& len);
    void written_direct(size_t offset, size_t len);

    // Total bytes written into the writable part: the used ring `len`.
    uint32_t used_len = 0;

    // Set when a buffer address hit a bus or decode error. The transport
    // reports it and treats the queue as broken when the message comes back.
    bool fault() const { return m_fault; }
    uint64_t fault_address() const { return m_fault_addr; }

private:
    bool m_fault = false;
    uint64_t m_fault_addr = 0;
};

}  // namespace vp::virtio
