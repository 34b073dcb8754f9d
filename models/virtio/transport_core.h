// VirtioTransportCore: the transport-independent half of a virtio transport
// (virtio 1.2 §2.1 status, §2.2 feature negotiation, §2.7/§2.8 virtqueue
// lifecycle, interrupts): what QEMU keeps in virtio.c. A register decoder
// (MmioTransport for §4.2; a PCI transport would be another) derives from it,
// turns register accesses into the calls below, and adds its bus sockets.
// It owns the device's queues and their rings, serves VirtioTransportIf to the
// device (get/put run here), notifies the device from one worker thread, and
// drives the level interrupt from one method process.
// Not done here: anything about registers, widths or offsets.
//
// Queue life cycle, each step an explicit call:
//   set-up (num, addresses: queue(q) fields) -> enable_queue(q) -> the ring
//   starts (start_ring) when the queue is enabled and DRIVER_OK is set ->
//   get/put -> disable_queue(q) / reset_queue(q) / reset (status 0), or
//   mark_broken(q) on ring corruption (until reset).
// Hooks for a checker (e.g. a strict conformance mode) belong in these
// calls: set_status, write_driver_features, enable_queue, notify_queue,
// ack_interrupt, get/put; ring-level rules in Virtqueue::pop/push. The strict
// mode's ConformanceChecker (config.strict) is owned here: its ring hooks are
// in start_ring/get/put, its register hooks in the decoder (strict_checker()).
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include <systemc>

#include "bus/initiator_port.h"
#include "virtio/device.h"
#include "virtio/transport_faults.h"
#include "virtio/virtqueue.h"

namespace vp::virtio {

struct TransportCoreConfig {
    // Legacy device (virtio 0.9.5, virtio-mmio Version 1): no VERSION_1,
    // FEATURES_OK or packed rings; features are final at DRIVER_OK.
    bool legacy = false;
    // Largest queue size (a power of two from 1 to 32768), capped per queue
    // by the device.
    unsigned queue_size_max = 256;
    // Modern devices: offer VIRTIO_F_RING_PACKED (false: split rings only).
    bool ring_packed = true;
    // Strict spec-conformance mode: check the driver's obligations and
    // report each broken rule once ("virtio/strict"; see conformance.h).
    bool strict = false;
    // Injected interrupt and status faults (docs/fault-injection.md); none
    // by default. Applied by a FaultPlan; costs one branch per request when
    // empty.
    TransportFaults faults;
};

class ConformanceChecker;

class VirtioTransportCore : public sc_core::sc_module, public VirtioTransportIf {
public:
    bus::InitiatorPort memory;  // guest memory (DMA)
    sc_core::sc_out<bool> irq;  // high while InterruptStatus != 0

    static constexpr unsigned kMaxQueueSize = 32768;  // §2.7 / §2.8: largest queue size

    // Stable warning message types of the core (docs/models/virtio-mmio.md).
    static constexpr const char* kBadSequence = "virtio/mmio/bad-sequence";
    static constexpr const char* kBadValue = "virtio/mmio/bad-value";
    static constexpr const char* kFeaturesRefused = "virtio/mmio/features-refused";
    static constexpr const char* kBrokenQueue = "virtio/mmio/queue-broken";
    // Info (not a warning): a queue handed out more requests at one simulated
    // time stamp than its budget (4 x QueueNum, at least 64), typically a
    // zero-service-time device whose DMA re-arms its own ring; the rest is
    // served kRequestBackoff later so that simulated time can advance.
    static constexpr const char* kThrottled = "virtio/mmio/throttled";
    // Info: an injected fault was applied (config.faults).
    static constexpr const char* kFaultInjected = "virtio/mmio/fault-injected";

    VirtioTransportCore(sc_core::sc_module_name name, VirtioDevice& device,
                        const TransportCoreConfig& config);
    ~VirtioTransportCore() override;
    VirtioTransportCore(const VirtioTransportCore&) = delete;
    VirtioTransportCore& operator=(const VirtioTransportCore&) = delete;

    // VirtioTransportIf (called by the device).
    bool get(unsigned queue, VirtioMessage& msg) override;
    void put(unsigned queue, VirtioMessage& msg) override;
    void config_changed() override;
    uint64_t negotiated_features() const override { return m_driver_features; }

    // Introspection for tests and tools.
    uint64_t offered_features() const;
    uint32_t status() const { return m_status; }
    uint32_t interrupt_status() const { return m_interrupt_status; }
    bool queue_live(unsigned queue) const;
    bool queue_broken(unsigned queue) const;
    unsigned queue_size(unsigned queue) const;  // QueueNum in use
    // The ring addresses the driver programmed for a queue (legacy: once the
    // ring started), for debuggers (gdb `monitor info virtio`).
    struct QueueAddresses {
        uint64_t desc = 0, driver = 0, device = 0;
    };
    QueueAddresses queue_addresses(unsigned queue) const;
    // Requests the device has taken from `queue` and not yet returned.
    unsigned queue_in_flight(unsigned queue) const
    {
        return queue < m_queues.size() ? m_queues[queue].in_flight : 0;
    }
    unsigned num_queues() const { return static_cast<unsigned>(m_queues.size()); }

    // Adds the irq level, InterruptStatus and the in-flight count of each
    // queue to a VCD (or other) trace file, named "<name>.irq",
    // "<name>.InterruptStatus", "<name>.queue<N>_in_flight". Call before
    // the simulation starts. Tracing events: see virtio/trace.h.
    void trace_signals(sc_core::sc_trace_file* file) const;

    // The strict-mode checker (its summary), or nullptr when strict is off.
    const ConformanceChecker* conformance() const { return m_strict.get(); }
    // Injected faults applied so far (config.faults; 0 without any).
    uint64_t faults_injected() const { return m_faults ? m_faults->injected() : 0; }

protected:
    // One virtqueue as the driver programmed it.
    struct Queue {
        unsigned num = 0;           // queue size
        bool enabled = false;       // v2 QueueReady / legacy QueuePFN != 0
        uint32_t align = 4096;      // legacy ring alignment
        uint64_t desc = 0, driver = 0, device = 0;
        bool broken = false;        // ring corruption seen: stopped until reset
        bool started = false;       // ring object started with the current layout
        uint64_t generation = 0;    // bumped on every stop; stale messages are dropped
        sc_core::sc_time budget_stamp;  // time stamp of the requests counted in budget_used
        uint64_t budget_used = 0;       // requests handed out at budget_stamp
        unsigned in_flight = 0;         // taken by the device, not yet put back
        std::unique_ptr<Virtqueue> ring;
    };

    // ---- Calls for the register decoder ----
    bool legacy() const { return m_core_config.legacy; }
    VirtioDevice& device() { return m_device; }
    Queue& queue(unsigned q) { return m_queues[q]; }
    const Queue& queue(unsigned q) const { return m_queues[q]; }
    unsigned queue_max(unsigned q) const;  // largest size of queue q (0: no such queue)

    // The driver's feature bits as written so far (latched at FEATURES_OK).
    uint64_t driver_features_written() const { return m_driver_features_written; }
    void write_driver_features(uint64_t features) { m_driver_features_written = features; }

    // Device status (§2.1): 0 resets the device; otherwise checks the
    // sequence, negotiates features at FEATURES_OK (legacy: at DRIVER_OK)
    // and starts the enabled rings at DRIVER_OK.
    void set_status(uint32_t v);
    uint32_t config_generation() const { return m_config_generation; }

    // The driver enabled queue q after setting it up (v2 QueueReady=1,
    // legacy QueuePFN). Its ring starts now if DRIVER_OK is set, else at
    // DRIVER_OK.
    void enable_queue(unsigned q);
    // Stops using queue q: no ring access from now on; messages taken from
    // it are dropped when they come back.
    void disable_queue(unsigned q);
    // VIRTIO_F_RING_RESET: disable and forget the set-up.
    void reset_queue(unsigned q);
    // The driver notified queue q (checked by the caller): the device is
    // told from the worker thread, so the notifying access returns at once.
    void notify_queue(unsigned q);
    // InterruptACK: clears these InterruptStatus bits.
    void ack_interrupt(uint32_t bits);

    const std::string& trace_name() const { return m_trace_name; }
    // The strict-mode checker for the decoder's register hooks (on_read,
    // on_write, on_access_error, on_config_write), or nullptr when strict is
    // off. The ring hooks are called here, in start_ring, get and put.
    ConformanceChecker* strict_checker() { return m_strict.get(); }
    std::string queue_name(unsigned queue) const;

    // Called at the end of a device reset (status 0): the decoder returns
    // its own registers (selectors and the like) to their reset values.
    virtual void reset_registers() {}

private:
    bool start_ring(unsigned queue);  // the explicit ring start; false if refused
    Virtqueue* live_ring(unsigned queue);
    void mark_broken(unsigned queue, const std::string& why);
    void stop_queue(Queue& q);
    void reset_device();
    void raise(uint32_t bits);      // now, or later under an irq-delay fault
    void raise_now(uint32_t bits);
    void update_irq();
    void irq_method();
    void worker();
    // Fault injection (config.faults): interrupts held back by a delay fault,
    // the timed faults, DEVICE_NEEDS_RESET on request.
    void delayed_irq_method();
    void fault_thread();
    void enter_needs_reset(const std::string& why);
    void report_fault(const std::string& what);

    VirtioDevice& m_device;
    TransportCoreConfig m_core_config;
    std::vector<Queue> m_queues;
    uint32_t m_status = 0;
    uint32_t m_interrupt_status = 0;
    uint64_t m_driver_features_written = 0;  // as written, latched at FEATURES_OK
    uint64_t m_driver_features = 0;          // negotiated
    uint32_t m_config_generation = 0;
    bool m_irq_level = false;     // what irq_method last drove (for trace_signals)
    std::string m_trace_name;     // "<transport>/<device basename>" in traces and statistics
    std::vector<bool> m_pending_notify;
    std::vector<bool> m_deferred_notify;  // over the per-time-stamp budget: retried later
    sc_core::sc_event m_notify_event;
    sc_core::sc_event m_irq_event;
    std::unique_ptr<ConformanceChecker> m_strict;  // strict mode only; hooks test it (one branch)
    std::unique_ptr<FaultPlan> m_faults;           // with config.faults only; one branch each
    std::deque<std::pair<sc_core::sc_time, uint32_t>> m_delayed;  // (when, bits), in time order
    sc_core::sc_event m_delayed_event;
};

}  // namespace vp::virtio
