#include "virtio/conformance.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "bus/initiator_port.h"
#include "virtio/message.h"
#include "virtio/ring_flags.h"
#include "virtio/virtio.h"
#include "virtio/virtqueue.h"

namespace vp::virtio {

namespace {

// The rules: one row per Rule, in enum order. The clause is virtio 1.2's; the
// text says the obligation in our own words.
const RuleInfo kRules[] = {
    {Rule::status_clear, "status-clear", "2.1.1",
     "the driver must not clear a device status bit; only writing 0 (reset) does"},
    {Rule::failed_reinit, "failed-reinit", "2.1.1",
     "after setting FAILED the driver must reset the device before initializing it again"},
    {Rule::init_order, "init-order", "3.1.1",
     "status bits are set in order: ACKNOWLEDGE, DRIVER, FEATURES_OK (not in legacy), DRIVER_OK"},
    {Rule::features_unoffered, "features-unoffered", "2.2.1",
     "the driver must not accept a feature the device did not offer"},
    {Rule::features_after_ok, "features-after-ok", "3.1.1",
     "the driver must not accept new feature bits after setting FEATURES_OK"},
    {Rule::features_ok_unread, "features-ok-unread", "3.1.1",
     "after setting FEATURES_OK the driver re-reads the device status to see that it stayed set, "
     "before setting up queues or DRIVER_OK"},
    {Rule::features_refused_continue, "features-refused-continue", "3.1.1",
     "when FEATURES_OK does not stay set the device is unusable: the driver must not go on "
     "initializing it"},
    {Rule::version_1, "version-1", "6.1",
     "the driver must accept VIRTIO_F_VERSION_1 when the device offers it"},
    {Rule::config_write_early, "config-write-early", "3.1.1",
     "the driver must not write device configuration before FEATURES_OK is set"},
    {Rule::notify_before_driver_ok, "notify-before-driver-ok", "3.1.1",
     "the driver must not send available-buffer notifications before DRIVER_OK"},
    {Rule::mmio_access, "mmio-access", "4.2.2.2",
     "only the registers of the table: no undefined offsets, no writes to read-only and no "
     "reads of write-only registers"},
    {Rule::mmio_width, "mmio-width", "4.2.2.2",
     "control registers take aligned 32-bit accesses only; configuration fields accesses of "
     "their width, aligned"},
    {Rule::probe_order, "probe-order", "4.2.3.1",
     "initialization starts by reading MagicValue, Version and DeviceID"},
    {Rule::device_id_zero, "device-id-zero", "4.2.3.1",
     "after reading DeviceID 0 the driver must not access any other register"},
    {Rule::features_sel, "features-sel", "4.2.2.2",
     "DeviceFeaturesSel is written before DeviceFeatures is read, DriverFeaturesSel before "
     "DriverFeatures is written"},
    {Rule::queue_num_max, "queue-num-max", "4.2.2.2", "QueueNum must not exceed QueueNumMax"},
    {Rule::queue_live_config, "queue-live-config", "4.2.2.2",
     "while QueueReady is set the driver must not access QueueNum or the queue address "
     "registers"},
    {Rule::queue_stop_readback, "queue-stop-readback", "4.2.2.2",
     "to stop a queue the driver writes 0 to QueueReady and must read it back"},
    {Rule::queue_setup_order, "queue-setup-order", "4.2.3.2",
     "QueueNum and the descriptor, driver and device area addresses are written before "
     "QueueReady is set to 1"},
    {Rule::queue_reset_readback, "queue-reset-readback", "4.2.2.2",
     "after writing 1 to QueueReset the driver reads it back as 0 before setting the queue up "
     "again"},
    {Rule::interrupt_ack, "interrupt-ack", "4.2.2.2",
     "InterruptACK carries the events the driver handled: no undefined bits, none that were "
     "not pending"},
    {Rule::ack_without_status, "ack-without-status", "4.2.3.4",
     "after an interrupt the driver reads InterruptStatus before acknowledging it"},
    {Rule::legacy_page_size, "legacy-page-size", "4.2.4",
     "legacy: GuestPageSize is written before a queue is configured with QueuePFN"},
    {Rule::legacy_queue_order, "legacy-queue-order", "4.2.4",
     "legacy: QueueNum is written before QueuePFN"},
    {Rule::legacy_num_max_live, "legacy-num-max-live", "4.2.4",
     "legacy: QueueNumMax is read only while the queue's QueuePFN is 0"},
    {Rule::split_alignment, "split-alignment", "2.7.1",
     "split ring parts are aligned: descriptor table 16, available ring 2, used ring 4 bytes"},
    {Rule::used_flags_init, "used-flags-init", "2.7.10.1",
     "the driver initializes the used ring's flags to 0"},
    {Rule::avail_flags, "avail-flags", "2.7.7.1",
     "available ring flags are 0 or 1 without VIRTIO_F_EVENT_IDX, 0 with it"},
    {Rule::avail_idx, "avail-idx", "2.7.6.1",
     "the driver never decrements the available idx (nor moves it more than the queue size "
     "ahead)"},
    {Rule::chain_index, "chain-index", "2.7.5",
     "available heads and next fields name descriptors inside their table"},
    {Rule::chain_loop, "chain-loop", "2.7.5.2",
     "a descriptor chain holds at most 2^32 bytes in total, so it has no loops"},
    {Rule::split_chain_length, "split-chain-length", "2.7.5.3.1",
     "a descriptor chain is not longer than the queue size"},
    {Rule::split_order, "split-order", "2.7.4.2",
     "device-writable descriptors come after all device-readable ones"},
    {Rule::split_indirect, "split-indirect", "2.7.5.3.1",
     "INDIRECT only with VIRTIO_F_INDIRECT_DESC, never with NEXT, never inside an indirect "
     "table (whose length is a non-zero multiple of 16)"},
    {Rule::packed_alignment, "packed-alignment", "2.8.11",
     "packed ring parts are aligned: descriptor ring 16, event suppression areas 4 bytes"},
    {Rule::packed_event_flags, "packed-event-flags", "2.8.10",
     "driver event suppression flags are 0, 1 or 2 (2 only with VIRTIO_F_EVENT_IDX); 3 is "
     "reserved"},
    {Rule::packed_chain_length, "packed-chain-length", "2.8.17",
     "a descriptor list is not longer than the queue size"},
    {Rule::packed_order, "packed-order", "2.8.17",
     "device-writable descriptors come after all device-readable ones"},
    {Rule::packed_indirect, "packed-indirect", "2.8.19",
     "INDIRECT only with VIRTIO_F_INDIRECT_DESC and not in a NEXT-linked list; indirect table "
     "entries carry no flag but WRITE (table length a non-zero multiple of 16)"},
};
static_assert(sizeof kRules / sizeof kRules[0] == static_cast<size_t>(Rule::count),
              "one row per Rule");

// Register offsets the checker follows (§4.2.2, §4.2.4).
namespace off {
constexpr uint32_t kMagic = 0x000, kVersion = 0x004, kDeviceId = 0x008;
constexpr uint32_t kQueueNumMax = 0x034;
constexpr uint32_t kDeviceFeatures = 0x010, kDeviceFeaturesSel = 0x014;
constexpr uint32_t kDriverFeatures = 0x020, kDriverFeaturesSel = 0x024;
constexpr uint32_t kGuestPageSize = 0x028, kQueueSel = 0x030, kQueueNum = 0x038;
constexpr uint32_t kQueuePfn = 0x040, kQueueReady = 0x044, kQueueNotify = 0x050;
constexpr uint32_t kInterruptStatus = 0x060, kInterruptAck = 0x064, kStatus = 0x070;
constexpr uint32_t kQueueDescLow = 0x080, kQueueDescHigh = 0x084;
constexpr uint32_t kQueueDriverLow = 0x090, kQueueDriverHigh = 0x094;
constexpr uint32_t kQueueDeviceLow = 0x0a0, kQueueDeviceHigh = 0x0a4, kQueueReset = 0x0c0;
}  // namespace off

std::string hex(uint64_t v)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
    return buf;
}

std::vector<ConformanceChecker*>& registry()
{
    static std::vector<ConformanceChecker*> all;
    return all;
}

}  // namespace

const RuleInfo& rule_info(Rule rule) { return kRules[static_cast<size_t>(rule)]; }

ConformanceChecker::ConformanceChecker(Device device, bus::InitiatorPort& memory)
    : m_device(std::move(device)), m_memory(memory)
{
    m_entries.resize(static_cast<size_t>(Rule::count));
    for (size_t i = 0; i < m_entries.size(); ++i)
        m_entries[i].rule = static_cast<Rule>(i);
    m_queues.resize(m_device.queue_max.size());
    registry().push_back(this);
}

ConformanceChecker::~ConformanceChecker()
{
    auto& all = registry();
    all.erase(std::remove(all.begin(), all.end(), this), all.end());
}

void ConformanceChecker::violation(Rule rule, const std::string& detail)
{
    Entry& e = m_entries[static_cast<size_t>(rule)];
    if (e.count++ != 0)
        return;  // reported once per device; counted always
    e.first = sc_core::sc_time_stamp();
    e.first_detail = detail;
    const RuleInfo& r = rule_info(rule);
    SC_REPORT_WARNING(kReportType, (m_device.name + ": §" + r.clause + " [" + r.id + "] " +
                                    r.text + "; seen: " + detail)
                                       .c_str());
}

void ConformanceChecker::reset_state()
{
    m_queue_sel = 0;
    m_status_written = 0;
    m_driver_features = 0;
    m_driver_features_sel = 0;
    m_device_sel_written = false;
    m_driver_sel_written = false;
    m_features_ok_refused = false;
    m_features_ok_unread = false;
    m_failed = false;
    m_status_read_since_ack = false;
    for (QueueState& q : m_queues)
        q = QueueState{};
}

ConformanceChecker::QueueState* ConformanceChecker::selected()
{
    return m_queue_sel < m_queues.size() ? &m_queues[m_queue_sel] : nullptr;
}

bool ConformanceChecker::read_guest(uint64_t addr, void* dst, size_t len)
{
    sc_core::sc_time delay = sc_core::SC_ZERO_TIME;  // an observer: no latency charged
    return m_memory.read(addr, dst, len, delay) == bus::MemStatus::ok;
}

// ---- Registers ----------------------------------------------------------------

void ConformanceChecker::check_access(uint32_t offset)
{
    if (m_device_id_zero && offset != off::kMagic && offset != off::kVersion &&
        offset != off::kDeviceId)
        violation(Rule::device_id_zero, "register " + hex(offset) + " accessed after DeviceID read 0");
}

void ConformanceChecker::check_queue_config(QueueState& q, const char* reg)
{
    if (q.reset_unread)
        violation(Rule::queue_reset_readback, std::string(reg) + " written for queue " +
                                                  std::to_string(m_queue_sel) +
                                                  " before QueueReset was read back");
}

void ConformanceChecker::on_read(uint32_t offset, uint32_t value)
{
    check_access(offset);
    switch (offset) {
    case off::kMagic: m_read_magic = true; break;
    case off::kVersion: m_read_version = true; break;
    case off::kDeviceId:
        m_read_device_id = true;
        m_device_id_zero = value == 0;
        break;
    case off::kQueueNumMax:
        if (m_device.version == 1 && selected() && selected()->enabled)
            violation(Rule::legacy_num_max_live, "QueueNumMax read for queue " +
                                                     std::to_string(m_queue_sel) +
                                                     " while its QueuePFN is set");
        break;
    case off::kQueueReset:
        if (QueueState* q = selected())
            q->reset_unread = false;
        break;
    case off::kDeviceFeatures:
        if (!m_device_sel_written)
            violation(Rule::features_sel, "DeviceFeatures read before any DeviceFeaturesSel write");
        break;
    case off::kInterruptStatus: m_status_read_since_ack = true; break;
    case off::kQueueReady:
        if (QueueState* q = selected())
            q->stop_unread = false;
        break;
    case off::kStatus:
        // Step 6 of §3.1.1: the driver re-reads FEATURES_OK.
        if ((m_status_written & kStatusFeaturesOk) && !(value & kStatusFeaturesOk))
            m_features_ok_refused = true;
        m_features_ok_unread = false;
        break;
    default: break;
    }
}

void ConformanceChecker::on_write(uint32_t offset, uint32_t value, uint32_t status,
                                  uint32_t interrupt_status)
{
    check_access(offset);
    if (!(m_read_magic && m_read_version && m_read_device_id))
        violation(Rule::probe_order, "register " + hex(offset) + " written before MagicValue, "
                                     "Version and DeviceID were read");
    const std::string queue = "queue " + std::to_string(m_queue_sel);
    // The device refused FEATURES_OK and the driver sets up a queue anyway.
    const bool refused = m_device.version == 2 && (m_status_written & kStatusFeaturesOk) &&
                         !(status & kStatusFeaturesOk);
    QueueState* q = selected();
    switch (offset) {
    case off::kDeviceFeaturesSel: m_device_sel_written = true; break;
    case off::kDriverFeaturesSel:
        m_driver_sel_written = true;
        m_driver_features_sel = value;
        break;
    case off::kDriverFeatures: {
        if (m_driver_features_sel == 0 || m_driver_features_sel == 1) {
            const unsigned shift = 32 * m_driver_features_sel;
            m_driver_features &= ~(uint64_t{0xffffffff} << shift);
            m_driver_features |= uint64_t{value} << shift;
        } else if (value) {
            violation(Rule::features_unoffered, "DriverFeatures " + hex(value) + " with DriverFeaturesSel " +
                                                    std::to_string(m_driver_features_sel) +
                                                    " (no features above bit 63 are offered)");
        }
        if (!m_driver_sel_written)
            violation(Rule::features_sel, "DriverFeatures written before any DriverFeaturesSel write");
        if (m_status_written & kStatusFeaturesOk)
            violation(Rule::features_after_ok, "DriverFeatures " + hex(value) +
                                                   " written after FEATURES_OK was set");
        break;
    }
    case off::kGuestPageSize: m_guest_page_size_written = true; break;
    case off::kQueueSel: m_queue_sel = value; break;
    case off::kQueueNum:
        if (!q)
            break;
        if (m_device.version == 2 && q->enabled)
            violation(Rule::queue_live_config, "QueueNum written for " + queue + " while QueueReady is 1");
        if (value > m_device.queue_max[m_queue_sel])
            violation(Rule::queue_num_max, "QueueNum " + std::to_string(value) + " for " + queue +
                                               ", QueueNumMax is " +
                                               std::to_string(m_device.queue_max[m_queue_sel]));
        check_queue_config(*q, "QueueNum");
        q->num_written = true;
        break;
    case off::kQueueDescLow:
    case off::kQueueDescHigh:
    case off::kQueueDriverLow:
    case off::kQueueDriverHigh:
    case off::kQueueDeviceLow:
    case off::kQueueDeviceHigh:
        if (!q)
            break;
        if (q->enabled)
            violation(Rule::queue_live_config, "queue address register " + hex(offset) +
                                                   " written for " + queue + " while QueueReady is 1");
        check_queue_config(*q, "a queue address register");
        if (offset == off::kQueueDescLow)
            q->desc_written = true;
        else if (offset == off::kQueueDriverLow)
            q->driver_written = true;
        else if (offset == off::kQueueDeviceLow)
            q->device_written = true;
        break;
    case off::kQueueReady:
        if (!q)
            break;
        if (value == 0) {
            q->enabled = false;
            q->stop_unread = true;
            break;
        }
        check_queue_config(*q, "QueueReady");
        if (m_features_ok_unread)
            violation(Rule::features_ok_unread,
                      queue + " enabled without reading Status after FEATURES_OK was set");
        if (q->stop_unread)
            violation(Rule::queue_stop_readback, queue + " enabled again without reading QueueReady "
                                                         "back after writing 0");
        if (!(q->num_written && q->desc_written && q->driver_written && q->device_written))
            violation(Rule::queue_setup_order,
                      queue + " enabled before " +
                          (!q->num_written ? "QueueNum" : !q->desc_written ? "QueueDescLow"
                                                         : !q->driver_written ? "QueueDriverLow"
                                                                              : "QueueDeviceLow") +
                          " was written");
        if (refused)
            violation(Rule::features_refused_continue,
                      queue + " enabled after the device refused FEATURES_OK");
        q->enabled = true;
        q->stop_unread = false;
        break;
    case off::kQueuePfn:
        if (!q)
            break;
        if (value == 0) {
            q->enabled = false;
            break;
        }
        if (!m_guest_page_size_written)
            violation(Rule::legacy_page_size, "QueuePFN " + hex(value) + " for " + queue +
                                                  " before any GuestPageSize write");
        if (!q->num_written)
            violation(Rule::legacy_queue_order,
                      "QueuePFN " + hex(value) + " for " + queue + " before QueueNum");
        q->enabled = true;
        break;
    case off::kQueueReset:
        if (q && value == 1 && (m_driver_features & bit(kFeatureRingReset))) {
            *q = QueueState{};
            q->reset_unread = true;
        }
        break;
    case off::kQueueNotify:
        if (!(status & kStatusDriverOk))
            violation(Rule::notify_before_driver_ok,
                      "QueueNotify " + std::to_string(value) + " with status " + hex(status));
        break;
    case off::kInterruptAck:
        if ((value & ~uint32_t{kInterruptUsedBuffer | kInterruptConfigChange}) ||
            (value & ~interrupt_status))
            violation(Rule::interrupt_ack, "InterruptACK " + hex(value) +
                                               " with InterruptStatus " + hex(interrupt_status));
        if (!m_status_read_since_ack && value)
            violation(Rule::ack_without_status,
                      "InterruptACK " + hex(value) + " without reading InterruptStatus first");
        m_status_read_since_ack = false;
        break;
    case off::kStatus: on_status_write(value, status); break;
    default: break;
    }
}

void ConformanceChecker::on_status_write(uint32_t value, uint32_t status)
{
    if (value == 0) {
        reset_state();
        return;
    }
    value &= 0xff;
    const uint32_t cleared = status & ~value & ~uint32_t{kStatusDeviceNeedsReset};
    if (cleared)
        violation(Rule::status_clear, "Status " + hex(value) + " clears " + hex(cleared) +
                                          " of " + hex(status));
    const uint32_t set = value & ~status & ~uint32_t{kStatusDeviceNeedsReset};
    if (m_failed && (set & ~uint32_t{kStatusFailed}))
        violation(Rule::failed_reinit, "Status " + hex(value) + " after FAILED without a reset");
    const std::string what = "Status " + hex(value) + " (was " + hex(status) + ")";
    if ((set & kStatusDriver) && !(value & kStatusAcknowledge))
        violation(Rule::init_order, what + ": DRIVER without ACKNOWLEDGE");
    if (m_device.version == 2 && (set & kStatusFeaturesOk) && !(value & kStatusDriver))
        violation(Rule::init_order, what + ": FEATURES_OK without DRIVER");
    if (set & kStatusDriverOk) {
        if (m_device.version == 2 && !(value & kStatusFeaturesOk))
            violation(Rule::init_order, what + ": DRIVER_OK without FEATURES_OK");
        else if (!(value & kStatusDriver))
            violation(Rule::init_order, what + ": DRIVER_OK without DRIVER");
        if (m_device.version == 2 && (value & ~m_status_written & kStatusFeaturesOk))
            violation(Rule::features_ok_unread, what + ": FEATURES_OK and DRIVER_OK in one write");
        else if (m_device.version == 2 && m_features_ok_unread)
            violation(Rule::features_ok_unread, what + ": DRIVER_OK without reading Status after "
                                                       "FEATURES_OK was set");
        else if (m_device.version == 2 && (value & kStatusFeaturesOk) &&
                 (m_features_ok_refused || !(status & kStatusFeaturesOk)))
            violation(Rule::features_refused_continue,
                      "DRIVER_OK set after the device refused FEATURES_OK");
    }
    // The features are final at FEATURES_OK (v2) or DRIVER_OK (legacy).
    const bool final_now = m_device.version == 2 ? (set & kStatusFeaturesOk) != 0
                                                 : (set & kStatusDriverOk) != 0;
    if (final_now) {
        const uint64_t extra = m_driver_features & ~m_device.offered_features;
        if (extra)
            violation(Rule::features_unoffered, "driver features " + hex(m_driver_features) +
                                                    " include " + hex(extra) +
                                                    ", offered " + hex(m_device.offered_features));
        if ((m_device.offered_features & bit(kFeatureVersion1)) &&
            !(m_driver_features & bit(kFeatureVersion1)))
            violation(Rule::version_1, "driver features " + hex(m_driver_features) +
                                           " without VERSION_1 (bit 32)");
    }
    if (m_device.version == 2 && (value & ~m_status_written & kStatusFeaturesOk))
        m_features_ok_unread = true;  // first written now: the driver has to read it back
    if (value & kStatusFailed)
        m_failed = true;
    m_status_written |= value;
}

void ConformanceChecker::on_access_error(const char* type)
{
    const bool width = !std::strcmp(type, "virtio/mmio/bad-width") ||
                       !std::strcmp(type, "virtio/mmio/misaligned");
    violation(width ? Rule::mmio_width : Rule::mmio_access,
              std::string("see the ") + type + " warning");
}

void ConformanceChecker::on_config_write(uint32_t status)
{
    if (m_device.version == 2 && !(status & kStatusFeaturesOk))
        violation(Rule::config_write_early, "config space written with status " + hex(status));
}

// ---- Rings --------------------------------------------------------------------

void ConformanceChecker::on_queue_start(unsigned queue, const VirtqueueLayout& l, bool packed)
{
    if (queue < m_queues.size())
        m_queues[queue].packed = packed;
    const std::string where = "queue " + std::to_string(queue) + ": desc " + hex(l.desc) +
                              ", driver " + hex(l.driver) + ", device " + hex(l.device);
    if (packed) {
        if (l.desc % 16 || l.driver % 4 || l.device % 4)
            violation(Rule::packed_alignment, where);
        return;
    }
    if (l.desc % 16 || l.driver % 2 || l.device % 4)
        violation(Rule::split_alignment, where);
    uint16_t used_flags = 0;
    if (read_guest(l.device, &used_flags, 2) && used_flags != 0)
        violation(Rule::used_flags_init, "queue " + std::to_string(queue) + ": used.flags " +
                                             hex(used_flags) + " when the ring started");
}

void ConformanceChecker::on_pop(unsigned queue, const VirtioMessage& msg, uint32_t notes)
{
    const uint64_t bytes = uint64_t{msg.readable_size()} + msg.writable_size();
    const std::string where = "queue " + std::to_string(queue) + ", buffer " + std::to_string(msg.id);
    if (bytes > (uint64_t{1} << 32))
        violation(Rule::chain_loop, where + ": " + std::to_string(bytes) + " bytes");
    if (notes & Virtqueue::kNoteIndirectEntryFlags)
        violation(Rule::packed_indirect, where + ": an indirect table entry has flags other than WRITE");
    if (notes & Virtqueue::kNoteIndirectInChain)
        violation(Rule::packed_indirect, where + ": an INDIRECT descriptor in a NEXT-linked list");
}

void ConformanceChecker::on_ring_error(unsigned queue, const char* type, uint32_t /*notes*/)
{
    if (!type)
        return;
    const bool packed = queue < m_queues.size() && m_queues[queue].packed;
    const std::string detail = "queue " + std::to_string(queue) + ": see the " + type + " warning";
    auto is = [&](const char* t) { return !std::strcmp(type, t); };
    if (is(ring_error::kAvailIdx))
        violation(Rule::avail_idx, detail);
    else if (is(ring_error::kBadIndex))
        violation(Rule::chain_index, detail);
    else if (is(ring_error::kLoop))
        violation(Rule::chain_loop, detail);
    else if (is(ring_error::kChainTooLong))
        violation(packed ? Rule::packed_chain_length : Rule::split_chain_length, detail);
    else if (is(ring_error::kNestedIndirect) || is(ring_error::kBadIndirect))
        violation(packed ? Rule::packed_indirect : Rule::split_indirect, detail);
    else if (is(ring_error::kOrder))
        violation(packed ? Rule::packed_order : Rule::split_order, detail);
    // kBadAddress: a buffer outside memory is the transport's own warning,
    // not a rule of the spec's driver requirements.
}

void ConformanceChecker::on_push(unsigned queue, const VirtqueueLayout& l, bool packed)
{
    uint16_t flags = 0;
    const std::string where = "queue " + std::to_string(queue);
    if (packed) {
        if (!read_guest(l.driver + 2, &flags, 2))
            return;
        const unsigned mode = flags & 3;
        if (mode == 3 || (mode == kRingEventDesc && !l.event_idx))
            violation(Rule::packed_event_flags,
                      where + ": driver event flags " + hex(flags) +
                          (l.event_idx ? "" : " (VIRTIO_F_EVENT_IDX not negotiated)"));
        return;
    }
    if (!read_guest(l.driver, &flags, 2))
        return;
    if (l.event_idx ? flags != 0 : flags > 1)
        violation(Rule::avail_flags, where + ": avail.flags " + hex(flags) +
                                         (l.event_idx ? " with" : " without") +
                                         " VIRTIO_F_EVENT_IDX");
}

// ---- Results ------------------------------------------------------------------

std::vector<ConformanceChecker::Entry> ConformanceChecker::summary() const
{
    std::vector<Entry> out;
    for (const Entry& e : m_entries)
        if (e.count)
            out.push_back(e);
    return out;
}

uint64_t ConformanceChecker::total() const
{
    uint64_t n = 0;
    for (const Entry& e : m_entries)
        n += e.count;
    return n;
}

void ConformanceChecker::write_summary(std::ostream& out) const
{
    const std::string prefix = "virtio-strict: " + m_device.name + ": ";
    const auto entries = summary();
    if (entries.empty()) {
        out << prefix << "no violations\n";
        return;
    }
    out << prefix << total() << " violations of " << entries.size() << " rules\n";
    char line[160];
    std::snprintf(line, sizeof line, "  %-26s %-10s %8s  %-14s  %s", "rule", "clause", "count",
                  "first (s)", "first seen");
    out << prefix << line << "\n";
    for (const Entry& e : entries) {
        const RuleInfo& r = rule_info(e.rule);
        std::snprintf(line, sizeof line, "  %-26s §%-9s %8llu  %14.9f  ", r.id, r.clause,
                      static_cast<unsigned long long>(e.count), e.first.to_seconds());
        out << prefix << line << e.first_detail << "\n";
    }
}

void ConformanceChecker::write_all_summaries(std::ostream& out)
{
    const auto& all = registry();
    if (all.empty())
        return;
    unsigned clean = 0;
    for (const ConformanceChecker* c : all) {
        if (c->total())
            c->write_summary(out);
        else
            ++clean;
    }
    out << "virtio-strict: total " << total_all() << " violations; " << clean << " of "
        << all.size() << " devices without any\n";
}

uint64_t ConformanceChecker::total_all()
{
    uint64_t n = 0;
    for (const ConformanceChecker* c : registry())
        n += c->total();
    return n;
}

}  // namespace vp::virtio
