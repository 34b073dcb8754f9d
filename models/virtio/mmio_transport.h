// MmioTransport: the virtio-mmio transport (virtio 1.2 §4.2): register map
// for Version 2 (§4.2.2) and legacy Version 1 (§4.2.4, GuestPageSize/QueuePFN),
// feature negotiation and status (§2.1, §3.1), split and packed virtqueues
// (§2.7, §2.8), a level interrupt, and guest-memory access through an
// InitiatorPort (DMI with b_transport fallback). Requests are processed in an
// SC_THREAD, so a QueueNotify write returns at once; the device models its
// service time. Not done: VIRTIO_F_NOTIFICATION_DATA, shared memory regions
// (SHMLen reads -1), VIRTIO_F_IN_ORDER.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <systemc>
#include <tlm>
#include <tlm_utils/simple_target_socket.h>

#include "bus/initiator_port.h"
#include "virtio/device.h"
#include "virtio/virtqueue.h"

namespace vp::virtio {

struct MmioTransportConfig {
    // Register map: 2 = virtio 1.x (§4.2.2), 1 = legacy (§4.2.4).
    unsigned version = 2;
    // VendorID register value. Default "VPVP" (little-endian ASCII).
    uint32_t vendor_id = 0x50565056;
    // Largest queue size offered in QueueNumMax (further capped per queue by
    // the device). A power of two between 1 and 32768; Linux refuses split
    // rings of any other size.
    unsigned queue_size_max = 256;
    // Latency annotated on every register access (b_transport delay).
    sc_core::sc_time register_latency = sc_core::SC_ZERO_TIME;
    // Version 2: offer VIRTIO_F_RING_PACKED (false: split rings only).
    bool ring_packed = true;
    // Strict spec-conformance mode: check the driver's obligations and
    // report each broken rule once ("virtio/strict"; see conformance.h).
    bool strict = false;
};

class ConformanceChecker;

class MmioTransport : public sc_core::sc_module, public VirtioTransportIf {
public:
    static constexpr uint32_t kWindowSize = 0x200;
    static constexpr uint32_t kMagic = 0x74726976;  // "virt"

    tlm_utils::simple_target_socket<MmioTransport> socket;  // register window (0x200)
    bus::InitiatorPort memory;                             // guest memory (DMA)
    sc_core::sc_out<bool> irq;                             // high while InterruptStatus != 0

    // Throws std::invalid_argument naming the parameter for a bad config.
    MmioTransport(sc_core::sc_module_name name, VirtioDevice& device,
                  const MmioTransportConfig& config = {});
    ~MmioTransport() override;
    MmioTransport(const MmioTransport&) = delete;
    MmioTransport& operator=(const MmioTransport&) = delete;

    // VirtioTransportIf (called by the device).
    bool get(unsigned queue, VirtioMessage& msg) override;
    void put(unsigned queue, VirtioMessage& msg) override;
    void config_changed() override;
    uint64_t negotiated_features() const override { return m_driver_features; }

    // Introspection for tests and tools.
    const MmioTransportConfig& config() const { return m_config; }
    uint64_t offered_features() const;
    uint32_t status() const { return m_status; }
    uint32_t interrupt_status() const { return m_interrupt_status; }
    bool queue_live(unsigned queue) const;
    bool queue_broken(unsigned queue) const;
    unsigned queue_size(unsigned queue) const;  // QueueNum in use
    // The ring addresses the driver programmed for a queue (v1: from
    // QueuePFN/QueueAlign), for debuggers (gdb `monitor info virtio`).
    struct QueueAddresses {
        uint64_t desc = 0, driver = 0, device = 0;
    };
    QueueAddresses queue_addresses(unsigned queue) const;
    // Requests the device has taken from `queue` and not yet returned.
    unsigned queue_in_flight(unsigned queue) const
    {
        return queue < m_queues.size() ? m_queues[queue].in_flight : 0;
    }

    // Adds this transport's irq level, InterruptStatus and the in-flight
    // count of each queue to a VCD (or other) trace file, named
    // "<name>.irq", "<name>.InterruptStatus", "<name>.queue<N>_in_flight".
    // Call before the simulation starts. Tracing events: see virtio/trace.h.
    void trace_signals(sc_core::sc_trace_file* file) const;

    // The strict-mode checker (its summary), or nullptr when strict is off.
    const ConformanceChecker* conformance() const { return m_strict.get(); }

    // Stable warning message types (see docs/models/virtio-mmio.md).
    static constexpr const char* kBadWidth = "virtio/mmio/bad-width";
    static constexpr const char* kMisaligned = "virtio/mmio/misaligned";
    static constexpr const char* kBadOffset = "virtio/mmio/bad-offset";
    static constexpr const char* kWriteOnly = "virtio/mmio/write-only";
    static constexpr const char* kReadOnly = "virtio/mmio/read-only";
    static constexpr const char* kBadValue = "virtio/mmio/bad-value";
    static constexpr const char* kBadSequence = "virtio/mmio/bad-sequence";
    static constexpr const char* kFeaturesRefused = "virtio/mmio/features-refused";
    static constexpr const char* kBrokenQueue = "virtio/mmio/queue-broken";
    // Info (not a warning): a queue handed out more requests at one simulated
    // time stamp than its budget (4 x QueueNum, at least 64), typically a
    // zero-service-time device whose DMA re-arms its own ring; the rest is
    // served kRequestBackoff later so that simulated time can advance.
    static constexpr const char* kThrottled = "virtio/mmio/throttled";

private:
    enum Access : uint8_t { kR = 1, kW = 2, kRW = 3 };
    enum Versions : uint8_t { kV1 = 1, kV2 = 2, kBoth = 3 };
    struct Register {
        const char* name;
        uint32_t offset;
        Access access;
        Versions versions;
        uint32_t (MmioTransport::*read)();
        void (MmioTransport::*write)(uint32_t);
    };
    static const Register kRegisters[];

    struct Queue {
        unsigned num = 0;           // QueueNum
        bool ready = false;         // v2 QueueReady
        uint32_t pfn = 0;           // v1 QueuePFN
        uint32_t align = 4096;      // v1 QueueAlign
        uint64_t desc = 0, driver = 0, device = 0;
        bool broken = false;        // ring corruption seen: stopped until reset
        bool started = false;       // ring object started with the current layout
        uint64_t generation = 0;    // bumped on every stop; stale messages are dropped
        sc_core::sc_time budget_stamp;  // time stamp of the requests counted in budget_used
        uint64_t budget_used = 0;       // requests handed out at budget_stamp
        unsigned in_flight = 0;         // taken by the device, not yet put back
        std::unique_ptr<Virtqueue> ring;
    };

    // TLM
    void b_transport(tlm::tlm_generic_payload& tx, sc_core::sc_time& delay);
    unsigned transport_dbg(tlm::tlm_generic_payload& tx);
    bool get_direct_mem_ptr(tlm::tlm_generic_payload& tx, tlm::tlm_dmi& dmi);
    bool access(tlm::tlm_generic_payload& tx, bool debug);
    bool access_config(bool is_write, uint32_t offset, uint8_t* data, unsigned len, bool debug);
    const Register* find(uint32_t offset) const;

    // Register handlers (one per table row).
    uint32_t read_magic() { return kMagic; }
    uint32_t read_version() { return m_config.version; }
    uint32_t read_device_id() { return m_device.device_id(); }
    uint32_t read_vendor_id() { return m_config.vendor_id; }
    uint32_t read_device_features();
    void write_device_features_sel(uint32_t v) { m_device_features_sel = v; }
    void write_driver_features(uint32_t v);
    void write_driver_features_sel(uint32_t v) { m_driver_features_sel = v; }
    void write_guest_page_size(uint32_t v);
    void write_queue_sel(uint32_t v) { m_queue_sel = v; }
    uint32_t read_queue_num_max();
    void write_queue_num(uint32_t v);
    void write_queue_align(uint32_t v);
    uint32_t read_queue_pfn();
    void write_queue_pfn(uint32_t v);
    uint32_t read_queue_ready();
    void write_queue_ready(uint32_t v);
    void write_queue_notify(uint32_t v);
    uint32_t read_interrupt_status() { return m_interrupt_status; }
    void write_interrupt_ack(uint32_t v);
    uint32_t read_status() { return m_status; }
    void write_status(uint32_t v);
    void write_desc_low(uint32_t v) { set_queue_addr(&Queue::desc, v, false, "QueueDescLow"); }
    void write_desc_high(uint32_t v) { set_queue_addr(&Queue::desc, v, true, "QueueDescHigh"); }
    void write_driver_low(uint32_t v) { set_queue_addr(&Queue::driver, v, false, "QueueDriverLow"); }
    void write_driver_high(uint32_t v) { set_queue_addr(&Queue::driver, v, true, "QueueDriverHigh"); }
    void write_device_low(uint32_t v) { set_queue_addr(&Queue::device, v, false, "QueueDeviceLow"); }
    void write_device_high(uint32_t v) { set_queue_addr(&Queue::device, v, true, "QueueDeviceHigh"); }
    void write_shm_sel(uint32_t v) { m_shm_sel = v; }
    uint32_t read_shm_none() { return 0xffffffffu; }  // no shared memory regions
    uint32_t read_queue_reset();
    void write_queue_reset(uint32_t v);
    uint32_t read_config_generation() { return m_config_generation; }

    // Helpers
    Queue* selected(const char* reg);  // nullptr (and a report) if QueueSel is invalid
    bool queue_setup_allowed(const char* reg);
    void set_queue_addr(uint64_t Queue::*field, uint32_t v, bool high, const char* reg);
    unsigned queue_max(unsigned q) const;
    void stop_queue(Queue& q);
    Virtqueue* live_ring(unsigned queue);
    void mark_broken(unsigned queue, const std::string& why);
    void reset_device();
    void raise(uint32_t bits);
    void update_irq();
    void irq_method();
    void worker();
    std::string queue_name(unsigned queue) const;

    VirtioDevice& m_device;
    MmioTransportConfig m_config;
    std::vector<Queue> m_queues;
    uint32_t m_status = 0;
    uint32_t m_interrupt_status = 0;
    uint32_t m_device_features_sel = 0;
    uint32_t m_driver_features_sel = 0;
    uint64_t m_driver_features_written = 0;  // as written, latched at FEATURES_OK
    uint64_t m_driver_features = 0;          // negotiated
    uint32_t m_guest_page_size = 0;          // v1
    uint32_t m_queue_sel = 0;
    uint32_t m_shm_sel = 0;
    uint32_t m_config_generation = 0;
    bool m_debug_access = false;  // inside transport_dbg: no reports
    bool m_irq_level = false;     // what irq_method last drove (for trace_signals)
    std::string m_trace_name;     // "<transport>/<device basename>" in traces and statistics
    std::vector<bool> m_pending_notify;
    std::vector<bool> m_deferred_notify;  // over the per-time-stamp budget: retried later
    sc_core::sc_event m_notify_event;
    sc_core::sc_event m_irq_event;
    std::unique_ptr<ConformanceChecker> m_strict;  // strict mode only; hooks test it (one branch)
};

}  // namespace vp::virtio
