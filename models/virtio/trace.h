// Tracer: the trace points of the virtio models and what they feed. The
// transport calls one method per point (register access, status, features,
// queue set-up, notify, chain popped, end of service, used-ring update,
// interrupt raise/ack, config change, NEEDS_RESET); a platform may add the
// CPU's WFI idle spans. Consumers, each enabled on its own:
//   - a text log, one line per enabled event, with the simulated time stamp
//     (events chosen with QEMU's -trace patterns: "virtio_*", "-virtio_mmio_*");
//   - a Chrome/Perfetto trace-event JSON timeline: one track per virtqueue
//     with each request a span from the device taking it off the available
//     ring to its used-ring update, interrupts as instants, WFI idle as spans;
//   - statistics per device and queue (requests, bytes, notifications,
//     interrupts, service-time distribution), see QueueTraceStats.
// There is one tracer per process, as there is one SystemC kernel. Hot path:
// with nothing enabled a trace point is `if (Tracer::on(event))`, one load
// and one never-taken branch (docs/benchmarks.md has the measurement).
// Not done: a per-device selection (every transport feeds the same tracer).
#pragma once

#include <cstdint>
#include <cstdio>
#include <iosfwd>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <systemc>

namespace vp::virtio {

// Every trace point. The names (event_name()) are what -trace patterns match.
enum class TraceEvent : uint8_t {
    mmio_read,      // virtio_mmio_read: register or config read (name, offset, value)
    mmio_write,     // virtio_mmio_write: register or config write
    set_status,     // virtio_set_status: Status changed (old, new)
    features,       // virtio_features: negotiation finished (offered, driver, accepted)
    queue_setup,    // virtio_queue_setup: a ring started (size, addresses, layout)
    notify,         // virtio_notify: QueueNotify for a live device
    pop,            // virtio_queue_pop: chain taken, the request starts (head, descs, bytes)
    done,           // virtio_request_done: the device finished serving it (used len)
    push,           // virtio_queue_push: used-ring update, and whether an interrupt follows
    irq_raise,      // virtio_irq_raise: InterruptStatus bits set
    irq_ack,        // virtio_irq_ack: InterruptACK written
    config_change,  // virtio_config_change: device config changed (generation)
    needs_reset,    // virtio_needs_reset: a queue stopped, DEVICE_NEEDS_RESET set
    cpu_idle,       // cpu_wfi_idle: the CPU waits for an interrupt (begin/end)
    count
};
constexpr unsigned kTraceEventCount = static_cast<unsigned>(TraceEvent::count);

// Statistics of one virtqueue (simulated times in picoseconds).
struct QueueTraceStats {
    uint64_t requests = 0;        // chains completed (used-ring updates)
    uint64_t bytes_in = 0;        // device-readable bytes of those chains (driver -> device)
    uint64_t bytes_out = 0;       // used len written (device -> driver)
    uint64_t notifications = 0;   // QueueNotify writes
    // Requests taken with VIRTIO_F_EVENT_IDX negotiated that no QueueNotify
    // accounts for: each notification received since the queue was last
    // found empty covers one request; a request beyond those reached the
    // device without a kick of its own (the driver suppressed it because the
    // device had not caught up, §2.7.10, or kicked once for a batch).
    uint64_t notifications_suppressed = 0;
    uint64_t interrupts = 0;             // used-ring updates that asked for an interrupt
    uint64_t interrupts_suppressed = 0;  // ... that did not (used_event / NO_INTERRUPT)
    std::vector<uint64_t> service_ps;    // per request: taken -> done
};

// Statistics of one transport (device).
struct DeviceTraceStats {
    std::string name;                   // transport name, e.g. "virt64.virtio.virtio-mmio@..."
    uint64_t interrupts_raised = 0;     // InterruptStatus raises (used buffer and config)
    uint64_t config_changes = 0;
    std::vector<QueueTraceStats> queues;
};

// mean/p50/p99/max of a set of service times (ps); all zero when empty.
struct ServiceSummary {
    uint64_t count = 0;
    double mean_ps = 0;
    uint64_t p50_ps = 0, p99_ps = 0, max_ps = 0;
};
ServiceSummary summarize(std::vector<uint64_t> samples_ps);

class Tracer {
public:
    static Tracer& instance();
    Tracer(const Tracer&) = delete;
    Tracer& operator=(const Tracer&) = delete;
    ~Tracer();

    // ---- Hot path: is anything consuming this event? (marked hot) -----------
    static bool on(TraceEvent e) { return s_mask & (1u << static_cast<unsigned>(e)); }
    static bool any() { return s_mask != 0; }

    // ---- Configuration (before or during the simulation) --------------------
    static const char* event_name(TraceEvent e);
    // QEMU -trace pattern: a glob over the event names ('*', '?'); a leading
    // '-' disables. Returns how many events matched (0: the caller may warn).
    unsigned enable_pattern(const std::string& pattern);
    // QEMU -trace events=FILE: one pattern per line, '#' comments. Throws
    // std::runtime_error if the file cannot be read.
    void enable_events_file(const std::string& path);
    // Text log destination: a file (truncated), or stderr when never called.
    // Throws std::runtime_error if it cannot be opened.
    void open_log(const std::string& path);
    // Chrome trace-event JSON timeline, written while the simulation runs and
    // completed by finish(). Throws std::runtime_error on open failure.
    void open_timeline(const std::string& path);
    void enable_stats();
    // Completes and closes the outputs (the timeline's closing bracket).
    // Idempotent; the destructor calls it too.
    void finish();
    // Back to nothing enabled, no devices known (for tests).
    void reset();

    // ---- Results ------------------------------------------------------------
    // Per-device statistics in registration order (empty unless enabled).
    std::vector<const DeviceTraceStats*> stats() const;
    // The --stats table: one line per queue with the figures above.
    void write_stats(std::ostream& out) const;

    // ---- Trace points (call only when on(event)) ----------------------------
    // `source` identifies a transport; `name` is its SystemC name.
    void mmio_access(const void* source, const char* name, bool write, const char* reg,
                     uint64_t offset, uint64_t value);
    void set_status(const void* source, const char* name, uint32_t old_status, uint32_t status);
    void features(const void* source, const char* name, uint64_t offered, uint64_t driver,
                  bool accepted);
    void queue_setup(const void* source, const char* name, unsigned queue, unsigned num,
                     uint64_t desc, uint64_t driver, uint64_t device, bool packed,
                     bool event_idx, bool indirect);
    void notify(const void* source, const char* name, unsigned queue);
    void pop(const void* source, const char* name, unsigned queue, uint16_t id,
             unsigned descriptors, uint64_t readable, uint64_t writable, bool event_idx);
    void done(const void* source, const char* name, unsigned queue, uint16_t id,
              uint32_t used_len);
    void push(const void* source, const char* name, unsigned queue, uint16_t id,
              uint32_t used_len, bool interrupt);
    void irq_raise(const void* source, const char* name, uint32_t bits, uint32_t status);
    void irq_ack(const void* source, const char* name, uint32_t bits, uint32_t status);
    void config_change(const void* source, const char* name, uint32_t generation);
    void needs_reset(const void* source, const char* name, unsigned queue, const std::string& why);
    // The device found `queue` empty (for the notification accounting).
    void queue_empty(const void* source, unsigned queue);
    // Requests in flight on `queue` were dropped (queue stopped, device reset).
    void queue_stopped(const void* source, unsigned queue);
    // WFI idle of a CPU, begin (true) or end (false), at sc_time_stamp().
    void cpu_idle(const char* cpu, bool idle);
    // Events that the timeline and statistics need (the platform connects the
    // CPU hook only when cpu_idle is on).

private:
    Tracer();
    struct Impl;
    void update_mask();

    static uint32_t s_mask;
    std::unique_ptr<Impl> m;
};

}  // namespace vp::virtio
