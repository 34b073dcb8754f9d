// ConformanceChecker: the strict spec-conformance mode of a virtio-mmio
// transport (MmioTransportConfig::strict, virt64 `-global virtio-mmio.strict=on`).
// It checks the driver obligations of virtio 1.2 that a device can observe:
// §2 (status, feature negotiation, ring layout and alignment, descriptor and
// index rules, event suppression), §3.1 (initialization order), §4.2 (MMIO
// register rules, queue set-up, QueueReady, legacy GuestPageSize/QueuePFN)
// and §6.1 (VERSION_1). The rules are declared once, in kRules (conformance.cpp).
// Each rule is reported once per device as an SC_REPORT_WARNING of type
// "virtio/strict" naming the clause; every occurrence is counted with the
// simulated time of the first (summary()/write_summary()).
// It only observes: the transport behaves the same with or without it. It is
// fed by one-line hook calls from the transport; it reads guest memory itself
// (through the transport's memory port) for the ring checks that need it.
// Not checked: timing rules (memory barriers, notification suppression races),
// device-specific configuration field widths, feature dependencies.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include <systemc>

namespace vp::bus {
class InitiatorPort;
}

namespace vp::virtio {

class VirtioMessage;
struct VirtqueueLayout;

// One id per normative rule; kRules in conformance.cpp has their clauses and texts.
enum class Rule : uint8_t {
    // §2.1, §2.2, §3.1, §6.1: status and feature negotiation
    status_clear,
    failed_reinit,
    init_order,
    features_unoffered,
    features_after_ok,
    features_ok_unread,
    features_refused_continue,
    version_1,
    config_write_early,
    notify_before_driver_ok,
    // §4.2: MMIO register rules and queue set-up
    mmio_access,
    mmio_width,
    probe_order,
    device_id_zero,
    features_sel,
    queue_num_max,
    queue_live_config,
    queue_stop_readback,
    queue_setup_order,
    queue_reset_readback,
    interrupt_ack,
    ack_without_status,
    legacy_page_size,
    legacy_queue_order,
    legacy_num_max_live,
    // §2.7: split virtqueues
    split_alignment,
    used_flags_init,
    avail_flags,
    avail_idx,
    chain_index,
    chain_loop,
    split_chain_length,
    split_order,
    split_indirect,
    // §2.8: packed virtqueues
    packed_alignment,
    packed_event_flags,
    packed_chain_length,
    packed_order,
    packed_indirect,
    count
};

struct RuleInfo {
    Rule rule;
    const char* id;      // stable short name, e.g. "queue-setup-order"
    const char* clause;  // virtio 1.2 clause, e.g. "4.2.3.2"
    const char* text;    // the obligation, in our words
};

// The rule table (one row per Rule, in enum order).
const RuleInfo& rule_info(Rule rule);

class ConformanceChecker {
public:
    static constexpr const char* kReportType = "virtio/strict";

    // What the checker knows of the device up front.
    struct Device {
        std::string name;                 // in reports and the summary
        unsigned version = 2;             // register map: 2 modern, 1 legacy
        uint64_t offered_features = 0;    // DeviceFeatures, all 64 bits
        std::vector<unsigned> queue_max;  // QueueNumMax per queue
    };
    // memory: the transport's DMA port (ring checks read guest memory).
    ConformanceChecker(Device device, bus::InitiatorPort& memory);
    ~ConformanceChecker();
    ConformanceChecker(const ConformanceChecker&) = delete;
    ConformanceChecker& operator=(const ConformanceChecker&) = delete;

    // ---- Hooks (called by the transport) ------------------------------------
    // A register read of the control area that succeeded, with the value read.
    void on_read(uint32_t offset, uint32_t value);
    // A register write of the control area that passed the access checks,
    // before its effect. status / interrupt_status: the device's values now.
    void on_write(uint32_t offset, uint32_t value, uint32_t status, uint32_t interrupt_status);
    // An access the transport refused; type is its warning type
    // (virtio/mmio/bad-width, misaligned, bad-offset, read-only, write-only).
    void on_access_error(const char* type);
    // A config-space write that the device took.
    void on_config_write(uint32_t status);
    // A ring starts with its final layout (VirtioTransportCore::start_ring: at
    // DRIVER_OK, or when the queue is enabled after DRIVER_OK).
    void on_queue_start(unsigned queue, const VirtqueueLayout& layout, bool packed);
    // A chain was taken from the ring; notes: the ring's non-fatal findings
    // (Virtqueue::take_notes()).
    void on_pop(unsigned queue, const VirtioMessage& msg, uint32_t notes);
    // The ring refused a chain; type is the ring error reported (virtio/ring/*).
    // notes (Virtqueue::take_notes()) are dropped: the chain is not served.
    void on_ring_error(unsigned queue, const char* type, uint32_t notes);
    // A used element was published on a ring with this layout.
    void on_push(unsigned queue, const VirtqueueLayout& layout, bool packed);

    // ---- Results ------------------------------------------------------------
    struct Entry {
        Rule rule;
        uint64_t count = 0;
        sc_core::sc_time first;   // simulated time of the first violation
        std::string first_detail;  // what the first one was
    };
    // Violated rules, in table order.
    std::vector<Entry> summary() const;
    uint64_t total() const;
    uint64_t count(Rule rule) const { return m_entries[static_cast<size_t>(rule)].count; }
    const std::string& name() const { return m_device.name; }
    // "virtio-strict: <device>: ..." lines: the rule table (id, clause,
    // count, first time) or "no violations".
    void write_summary(std::ostream& out) const;
    // The summaries of every checker alive in this process that saw a
    // violation, then "virtio-strict: total N violations; K of M devices
    // without any" (virt64 prints this at exit). Nothing without checkers.
    static void write_all_summaries(std::ostream& out);
    static uint64_t total_all();

private:
    struct QueueState {
        bool num_written = false;  // QueueNum since the queue was last reset
        bool desc_written = false, driver_written = false, device_written = false;
        bool stop_unread = false;  // QueueReady 0 written, not read back yet
        bool reset_unread = false;  // QueueReset 1 written, not read back yet
        bool enabled = false;      // the driver's view: Ready 1 / PFN != 0
        bool packed = false;
    };

    void violation(Rule rule, const std::string& detail);
    void reset_state();
    void on_status_write(uint32_t value, uint32_t status);
    QueueState* selected();
    void check_access(uint32_t offset);
    void check_queue_config(QueueState& q, const char* reg);
    bool read_guest(uint64_t addr, void* dst, size_t len);

    Device m_device;
    bus::InitiatorPort& m_memory;
    std::vector<Entry> m_entries;  // indexed by Rule
    std::vector<QueueState> m_queues;
    // Driver-side shadow state since the last reset.
    uint32_t m_queue_sel = 0;
    uint32_t m_status_written = 0;       // bits the driver has set
    uint64_t m_driver_features = 0;      // as written
    uint32_t m_driver_features_sel = 0;
    bool m_device_sel_written = false;   // DeviceFeaturesSel
    bool m_driver_sel_written = false;   // DriverFeaturesSel
    bool m_features_ok_refused = false;  // FEATURES_OK written and not kept by the device
    bool m_features_ok_unread = false;   // FEATURES_OK written, Status not read since
    bool m_failed = false;               // FAILED set
    bool m_status_read_since_ack = false;  // InterruptStatus read since the last ACK
    // Since construction (survive resets, like the transport's registers).
    bool m_read_magic = false, m_read_version = false, m_read_device_id = false;
    bool m_device_id_zero = false;  // the driver read DeviceID 0 (an empty slot)
    bool m_guest_page_size_written = false;
};

}  // namespace vp::virtio
