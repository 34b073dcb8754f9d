// FakeTransport: a stand-in for the virtio transport in device unit tests.
// The test places request buffers in a RAM model, queues them as prepared
// VirtioMessages, and kicks a queue; a worker SC_THREAD calls the device's
// notify() as the real transport does, and put() records each completion with
// its used len and simulated time. No rings and no registers are involved, so
// device behaviour is tested on its own. Also: temporary files for backends.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <vector>

#include <systemc>

#include "bus/initiator_port.h"
#include "memory/memory.h"
#include "virtio/device.h"

namespace vp::virtio::test {

class FakeTransport : public sc_core::sc_module, public VirtioTransportIf {
public:
    static constexpr uint64_t kRamSize = 4 << 20;

    memory::Memory ram;
    bus::InitiatorPort port;

    FakeTransport(sc_core::sc_module_name name, VirtioDevice& device);
    FakeTransport(const FakeTransport&) = delete;
    FakeTransport& operator=(const FakeTransport&) = delete;

    // ---- guest memory (addresses are RAM offsets) ----
    uint64_t alloc(size_t len);                       // 16-byte aligned, zeroed
    uint64_t place(const std::vector<uint8_t>& bytes);  // alloc + copy
    std::vector<uint8_t> peek(uint64_t addr, size_t len) const;
    void poke(uint64_t addr, const std::vector<uint8_t>& bytes);

    // ---- requests ----
    // Queues a request on `queue` and returns its id. Does not notify.
    uint16_t submit(unsigned queue, std::vector<GuestBuffer> readable,
                    std::vector<GuestBuffer> writable);
    // Schedules device.notify(queue) in the worker thread (like QueueNotify).
    void kick(unsigned queue);
    size_t waiting(unsigned queue) const;  // submitted, not yet taken

    struct Completion {
        unsigned queue;
        uint16_t id;
        uint32_t used_len;
        sc_core::sc_time when;
    };
    std::vector<Completion> completed;
    const Completion* find(unsigned queue, uint16_t id) const;

    // get() hands out requests only while live (like DRIVER_OK).
    bool live = true;
    uint64_t features = 0;  // what negotiated_features() answers
    unsigned config_changes = 0;

    // VirtioTransportIf
    bool get(unsigned queue, VirtioMessage& msg) override;
    void put(unsigned queue, VirtioMessage& msg) override;
    void config_changed() override { ++config_changes; }
    uint64_t negotiated_features() const override { return features; }

private:
    void worker();

    VirtioDevice& m_device;
    uint64_t m_next = 0x1000;
    uint16_t m_next_id = 0;
    std::map<unsigned, std::deque<VirtioMessage>> m_queues;
    std::vector<unsigned> m_kicks;
    sc_core::sc_event m_kick_event;
};

// Counts SC_REPORT_WARNINGs per message type while it exists (they are not
// printed). Only one may exist at a time.
class WarningLog {
public:
    WarningLog();
    ~WarningLog();
    unsigned count(const std::string& type) const;
    std::string last(const std::string& type) const;
};

// A temporary file removed at destruction; created with `size` zero bytes.
class TempFile {
public:
    explicit TempFile(uint64_t size = 0, const std::string& dir = "/tmp");
    ~TempFile();
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    const std::string& path() const { return m_path; }
    std::vector<uint8_t> read(uint64_t offset, size_t len) const;   // via a separate fd
    void write(uint64_t offset, const std::vector<uint8_t>& bytes) const;
    uint64_t size() const;
    uint64_t allocated_bytes() const;  // st_blocks * 512

private:
    std::string m_path;
};

// A byte pattern that differs per offset and seed (for data checks).
std::vector<uint8_t> pattern(size_t len, uint8_t seed);

// Little-endian encodings of virtio-blk request structures (virtio 1.2 §5.2.6).
std::vector<uint8_t> le_bytes(uint64_t value, unsigned bytes);
// The 16-byte request header {le32 type, le32 reserved, le64 sector}.
std::vector<uint8_t> blk_header(uint32_t type, uint64_t sector);
// A discard / write-zeroes segment {le64 sector, le32 num_sectors, le32 flags}.
std::vector<uint8_t> blk_segment(uint64_t sector, uint32_t sectors, uint32_t flags);

}  // namespace vp::virtio::test
