// VirtioDriver: a testbench virtio-mmio driver that drives a real transport
// over TLM the way Linux 6.1 drivers/virtio/virtio_mmio.c + virtio_ring.c do:
// probe (magic/version/id, v1 GuestPageSize), status sequence, feature
// negotiation with Sel handling, v1 (PFN) and v2 (Desc/Driver/Device, Ready)
// queue setup, split and packed rings built in guest memory (indirect tables,
// event idx), notify, and interrupt handling with InterruptStatus/ACK.
// It is test code: it trusts nothing it reads back and checks nothing for the
// test beyond what Linux itself checks (tests assert on the results).
//
// HOW TO USE (VirtioBench below is a ready-made Memory + Router + driver):
//
//   BenchOptions opt;                  // opt.dmi = false: RAM denies DMI (b_transport only)
//   VirtioBench bench(opt);            // construct before your modules, in the test body
//   MyDevice dev("dev");
//   vp::virtio::MmioTransportConfig cfg;   // cfg.version = 1 for legacy
//   vp::virtio::MmioTransport t("virtio", dev, cfg);
//   bench.attach(t);                   // maps t at kMmioBase, binds t.memory and t.irq
//   REQUIRE(bench.run([&](VirtioDriver& drv) {       // body runs in an SC_THREAD
//       REQUIRE(drv.init(wanted_features, dev.num_queues()));  // probe .. DRIVER_OK
//       VirtioDriver::Request req;
//       req.out = {{1, 2, 3}};         // device-readable segments (copied to guest RAM)
//       req.in = {16};                 // device-writable segment sizes
//       auto done = drv.transact(0, req);   // submit, kick, wait irq, ACK, collect
//       REQUIRE(done);
//       CHECK(done->len == 3);         // used len
//       CHECK(done->data[0] == 1);     // the writable bytes, concatenated
//   }));                               // run() returns false if the body did not finish
//
// - Ask for RING_PACKED in wanted_features to get packed rings (v2 only), and for
//   INDIRECT_DESC / EVENT_IDX to use them (Request::indirect for indirect tables).
// - Everything is also available step by step (submit / kick / wait_irq /
//   handle_irq / collect), at register level (read32 / write32 / read_reg with
//   any width), and at raw descriptor level for bad-driver tests.
// - Every call that touches the bus must run inside bench.run(). wait_irq(),
//   sleep() and transact() consume simulated time, and sc_time_stamp() is
//   meaningful in the body. run() may be called more than once per test (it
//   pauses the simulation when the body returns).
// - irq_level() lets the line settle (two delta cycles) before reading it; use
//   it to check that the line fell after an ACK.
// - ReportCounter counts SC_REPORT_WARNINGs by message type (see
//   docs/models/virtio-mmio.md for the types the transport reports).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <systemc>
#include <tlm>

#include "bus/initiator_port.h"

namespace vp::memory {
class Memory;
}
namespace vp::bus {
class Router;
}
namespace vp::virtio {
class MmioTransport;
}

namespace vp::virtio::test {

// Register offsets of virtio-mmio (virtio 1.2 §4.2.2 / §4.2.4 legacy).
namespace reg {
constexpr uint32_t kMagic = 0x000, kVersion = 0x004, kDeviceId = 0x008, kVendorId = 0x00c;
constexpr uint32_t kDeviceFeatures = 0x010, kDeviceFeaturesSel = 0x014;
constexpr uint32_t kDriverFeatures = 0x020, kDriverFeaturesSel = 0x024;
constexpr uint32_t kGuestPageSize = 0x028, kQueueSel = 0x030, kQueueNumMax = 0x034;
constexpr uint32_t kQueueNum = 0x038, kQueueAlign = 0x03c, kQueuePfn = 0x040;
constexpr uint32_t kQueueReady = 0x044, kQueueNotify = 0x050;
constexpr uint32_t kInterruptStatus = 0x060, kInterruptAck = 0x064, kStatus = 0x070;
constexpr uint32_t kQueueDescLow = 0x080, kQueueDescHigh = 0x084;
constexpr uint32_t kQueueDriverLow = 0x090, kQueueDriverHigh = 0x094;
constexpr uint32_t kQueueDeviceLow = 0x0a0, kQueueDeviceHigh = 0x0a4;
constexpr uint32_t kShmSel = 0x0ac, kShmLenLow = 0x0b0, kShmLenHigh = 0x0b4;
constexpr uint32_t kShmBaseLow = 0x0b8, kShmBaseHigh = 0x0bc, kQueueReset = 0x0c0;
constexpr uint32_t kConfigGeneration = 0x0fc, kConfig = 0x100;
}  // namespace reg

// Descriptor flags (split: NEXT/WRITE/INDIRECT; packed adds AVAIL/USED).
constexpr uint16_t kDescNext = 1, kDescWrite = 2, kDescIndirect = 4;
constexpr uint16_t kDescAvail = 1 << 7, kDescUsed = 1 << 15;

struct DriverOptions {
    uint64_t mmio_base = 0;  // base of the transport's 0x200 window on the bus
    uint64_t ram_base = 0;   // guest RAM the driver allocates rings and buffers in
    uint64_t ram_size = 0;
};

class VirtioDriver : public sc_core::sc_module {
public:
    bus::InitiatorPort bus;      // bind to the router (reaches MMIO and RAM)
    sc_core::sc_in<bool> irq;    // bind to the transport's interrupt signal

    VirtioDriver(sc_core::sc_module_name name, const DriverOptions& options);
    VirtioDriver(const VirtioDriver&) = delete;
    VirtioDriver& operator=(const VirtioDriver&) = delete;

    // ---- Register level (one TLM b_transport each; width 1, 2, 4 or 8) ------
    uint32_t read32(uint32_t offset) { return static_cast<uint32_t>(read_reg(offset, 4)); }
    void write32(uint32_t offset, uint32_t value) { write_reg(offset, value, 4); }
    uint64_t read_reg(uint32_t offset, unsigned width);
    void write_reg(uint32_t offset, uint64_t value, unsigned width);
    tlm::tlm_response_status last_response() const { return m_last_response; }

    // Config space the way Linux vm_get/vm_set does it for this version
    // (v1: byte by byte; v2: one access of 1/2/4 bytes, 8 as two 32-bit).
    uint64_t config_read(uint32_t offset, unsigned len);
    void config_write(uint32_t offset, uint64_t value, unsigned len);

    // ---- Guest memory (through the bus, DMI when the memory grants it) -------
    uint64_t alloc(size_t len, size_t align = 16);  // bump allocator in RAM
    void mem_write(uint64_t addr, const void* src, size_t len);
    void mem_read(uint64_t addr, void* dst, size_t len);
    std::vector<uint8_t> mem_read(uint64_t addr, size_t len);
    uint16_t mem_read16(uint64_t addr);
    uint32_t mem_read32(uint64_t addr);
    void mem_write16(uint64_t addr, uint16_t v);

    // ---- Linux-like bring-up ------------------------------------------------
    // vm_probe: checks magic and version 1/2, reads DeviceID (0 = no device)
    // and VendorID; v1 writes GuestPageSize = 4096. False on any failure.
    bool probe();
    unsigned version() const { return m_version; }
    uint32_t device_id() const { return m_device_id; }

    // Reads DeviceFeatures the Linux way (Sel = 1 high word, Sel = 0 low word).
    uint64_t device_features();

    // virtio_dev_probe: Status 0, ACK, DRIVER; features = offered & wanted
    // (v2 always keeps VERSION_1); writes DriverFeatures (Sel 1 then 0); v2
    // sets FEATURES_OK and reads it back. Returns false if the device refused
    // (FEATURES_OK clear on read-back); the driver then sets FAILED like Linux.
    bool negotiate(uint64_t wanted);
    uint64_t features() const { return m_features; }
    bool packed() const;  // RING_PACKED negotiated

    // vm_setup_vq: QueueSel, PFN/Ready must read 0, NumMax (0 = no queue),
    // num = min(requested or NumMax); allocates the ring (split or packed per
    // the negotiated features) and programs v1 Num/Align/PFN or v2
    // Num/Desc/Driver/Device/Ready. False if Linux would fail.
    bool setup_queue(unsigned queue, unsigned num = 0);
    // vm_del_vq: v1 PFN = 0; v2 Ready = 0 and read back (returns that value == 0).
    bool del_queue(unsigned queue);
    void driver_ok();  // Status |= DRIVER_OK

    // probe + negotiate + setup_queue(0..queues-1) + driver_ok.
    bool init(uint64_t wanted_features, unsigned queues, unsigned num = 0);

    // Status = 0; forgets all driver-side queue state (re-init afterwards).
    void reset();
    uint32_t status() { return read32(reg::kStatus); }
    void set_status(uint32_t bits) { write32(reg::kStatus, bits); }

    // ---- Requests -----------------------------------------------------------
    struct Request {
        std::vector<std::vector<uint8_t>> out;  // device-readable segments (copied to RAM)
        std::vector<uint32_t> in;               // device-writable segment sizes
        bool indirect = false;                  // put the chain in an indirect table
    };
    struct Segment {  // raw buffer anywhere on the bus (bad-driver tests)
        uint64_t addr;
        uint32_t len;
        bool writable;
    };
    struct Completion {
        uint16_t token;             // the value submit() returned
        uint32_t len;               // used len written by the device
        std::vector<uint8_t> data;  // the writable segments, concatenated
    };

    // Adds a chain (readable segments first) and publishes it in the avail
    // ring / marks it available. Does not notify. Returns a token (split: head
    // index; packed: buffer id) or -1 when the ring has no room.
    int submit(unsigned queue, const Request& req);
    int submit_segments(unsigned queue, const std::vector<Segment>& segs, bool indirect);

    // virtqueue_kick: notifies only if the device asked for it (split:
    // avail_event with EVENT_IDX, else used.flags NO_NOTIFY; packed: device
    // event area). Returns whether QueueNotify was written.
    bool kick(unsigned queue);
    void notify(unsigned queue) { write32(reg::kQueueNotify, queue); }

    // Reads new used entries (no register access) and frees their descriptors.
    // Re-arms used_event/off_wrap like virtqueue_enable_cb when callbacks are on.
    std::vector<Completion> collect(unsigned queue);
    // The same without copying the writable data out, as Linux's
    // virtqueue_get_buf: token and used len of each new used entry, into
    // `out` (cleared first; reuse it to avoid allocation). The data stays in
    // the guest buffers (mem_read them). Does not return entries stashed by
    // transact(). For benchmarks: the cheapest complete driver step.
    struct Used {
        uint16_t token;
        uint32_t len;
    };
    void collect_used(unsigned queue, std::vector<Used>& out);
    unsigned in_flight(unsigned queue) const;

    // Waits until irq is high (returns false after timeout of simulated time).
    bool wait_irq(sc_core::sc_time timeout);
    // The interrupt line after letting pending signal updates settle (two
    // delta cycles): use this to check the level right after an ACK.
    bool irq_level();
    // vm_interrupt: reads InterruptStatus, writes it to InterruptACK, returns
    // it. Counts config-change interrupts.
    uint32_t handle_irq();
    unsigned config_interrupts() const { return m_config_interrupts; }

    // submit + kick + (wait_irq + handle_irq + collect) until this token
    // completes or timeout passes.
    std::optional<Completion> transact(unsigned queue, const Request& req,
                                       sc_core::sc_time timeout = sc_core::sc_time(1, sc_core::SC_MS));

    void sleep(sc_core::sc_time t) { wait(t); }

    // ---- Interrupt suppression, driver side ---------------------------------
    // Callbacks on/off like virtqueue_enable_cb/disable_cb: split without
    // EVENT_IDX uses avail.flags NO_INTERRUPT; with EVENT_IDX used_event
    // (off: far behind); packed uses driver event flags (enable/disable/desc).
    void enable_cb(unsigned queue);
    void disable_cb(unsigned queue);
    // Explicit used_event (split, EVENT_IDX) / off_wrap in desc mode (packed).
    void set_used_event(unsigned queue, uint16_t value);

    // ---- Raw ring access (bad-driver tests) ----------------------------------
    struct Ring {
        unsigned index = 0;  // queue number
        bool packed = false;
        unsigned num = 0;
        uint64_t desc = 0, driver = 0, device = 0;  // desc table, avail/driver event, used/device event
        // split driver state
        uint16_t avail_idx = 0, last_used = 0;
        std::vector<uint16_t> free;  // free descriptor indices / buffer ids
        // packed driver state
        uint16_t next_avail = 0, next_used = 0;
        bool avail_wrap = true, used_wrap = true;
        bool cb_enabled = true;
        struct Pending {
            std::vector<Segment> writable;
            std::vector<uint16_t> descs;  // split: table indices of the chain
            unsigned slots = 0;           // packed: ring slots of the chain
        };
        std::map<uint16_t, Pending> pending;  // by token
        uint16_t kicked_idx = 0;              // split: avail idx at the last kick
        std::vector<Completion> stash;        // completed but not yet returned
        std::vector<Pending> spare;           // released entries, cleared: their vectors keep capacity
    };
    Ring& ring(unsigned queue) { return m_rings.at(queue); }
    // Split: writes descriptor `index` of the queue's table.
    void write_split_desc(unsigned queue, uint16_t index, uint64_t addr, uint32_t len,
                          uint16_t flags, uint16_t next);
    // Split: puts head in avail.ring[avail_idx % num], then avail.idx += 1.
    void publish_split(unsigned queue, uint16_t head);
    // Split: writes avail.idx directly.
    void set_avail_idx(unsigned queue, uint16_t idx);
    // Packed: writes a descriptor at slot `index` with the given flags
    // (callers add AVAIL/USED bits themselves).
    void write_packed_desc(unsigned queue, uint16_t index, uint64_t addr, uint32_t len,
                           uint16_t id, uint16_t flags);

private:
    void transport_reg(tlm::tlm_command cmd, uint32_t offset, uint8_t* data, unsigned width);
    int submit_split(Ring& r, const std::vector<Segment>& segs, bool indirect);
    int submit_packed(Ring& r, const std::vector<Segment>& segs, bool indirect);
    // Walk the new used entries, calling sink(token, len) for each (which
    // must release the token), then re-arm the used event.
    template <class Sink> void collect_split(Ring& r, Sink&& sink);
    template <class Sink> void collect_packed(Ring& r, Sink&& sink);
    Completion complete(Ring& r, uint16_t token, uint32_t len);
    void release(Ring& r, std::map<uint16_t, Ring::Pending>::iterator it);
    static Ring::Pending take_spare(Ring& r);  // an empty entry, reused when possible

    DriverOptions m_options;
    uint64_t m_next_alloc;
    unsigned m_version = 0;
    uint32_t m_device_id = 0;
    uint64_t m_features = 0;
    unsigned m_config_interrupts = 0;
    tlm::tlm_response_status m_last_response = tlm::TLM_OK_RESPONSE;
    std::map<unsigned, Ring> m_rings;
    tlm::tlm_generic_payload m_reg_tx;  // register accesses, one at a time
};

// A ready testbench: RAM + router + driver. Attach one transport, then run a
// test body inside an SC_THREAD.
struct BenchOptions {
    unsigned version = 2;  // informative: the transport decides; kept for naming tests
    bool dmi = true;       // false: RAM denies DMI, every access is b_transport
    uint64_t ram_base = 0x40000000;
    uint64_t ram_size = 16 << 20;
    sc_core::sc_time ram_latency = sc_core::SC_ZERO_TIME;  // per access
};

class VirtioBench {
public:
    static constexpr uint64_t kMmioBase = 0x0a000000;
    static constexpr uint64_t kMmioSize = 0x200;

    explicit VirtioBench(const BenchOptions& options = {});
    ~VirtioBench();

    // Maps the transport at kMmioBase, binds its memory port to the router
    // and its irq to the driver. Call once, before run().
    void attach(MmioTransport& transport);

    // Spawns body as an SC_THREAD and runs the simulation until it returns
    // (then stops). Returns false if body did not finish within `limit`.
    bool run(std::function<void(VirtioDriver&)> body,
             sc_core::sc_time limit = sc_core::sc_time(1, sc_core::SC_SEC));

    VirtioDriver& driver() { return *m_driver; }
    memory::Memory& ram() { return *m_ram; }
    bus::Router& router() { return *m_router; }
    sc_core::sc_signal<bool>& irq() { return m_irq; }
    const BenchOptions& options() const { return m_options; }

private:
    BenchOptions m_options;
    std::unique_ptr<memory::Memory> m_ram;
    std::unique_ptr<bus::Router> m_router;
    std::unique_ptr<VirtioDriver> m_driver;
    sc_core::sc_signal<bool> m_irq{"irq"};
};

// Counts SC_REPORT_WARNINGs by message type for the lifetime of the object
// (and still prints them). Use: ReportCounter reports; ...; reports.count("virtio/ring/loop").
class ReportCounter {
public:
    ReportCounter();
    ~ReportCounter();
    unsigned count(const std::string& type) const;
    unsigned total() const;
    std::string last_message(const std::string& type) const;
    void clear();
};

}  // namespace vp::virtio::test
