#include "virtio/mmio_transport.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <stdexcept>

#include "virtio/conformance.h"
#include "virtio/packed_ring.h"
#include "virtio/split_ring.h"
#include "virtio/trace.h"
#include "virtio/virtio.h"

namespace vp::virtio {

namespace {

bool is_pow2(uint64_t v) { return v != 0 && (v & (v - 1)) == 0; }

std::string hex(uint64_t v)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
    return buf;
}

constexpr unsigned kMaxQueueSize = 32768;  // §2.7 / §2.8: largest queue size
constexpr unsigned kConfigOffset = 0x100;
// Requests one queue may hand out at one simulated time stamp, per queue
// entry (and at least kMinRequestBudget), and how much later the rest is
// served. Without a bound a device with zero service time whose DMA writes
// re-arm its own ring (a guest can set that up) never lets time advance.
constexpr uint64_t kRequestBudgetPerEntry = 4;
constexpr uint64_t kMinRequestBudget = 64;
const sc_core::sc_time kRequestBackoff(1, sc_core::SC_US);

}  // namespace

using T = MmioTransport;

// The register map (virtio 1.2 §4.2.2 for v2, §4.2.4 for legacy v1). All
// registers are 32 bits wide; config space at 0x100 is handled separately.
const T::Register T::kRegisters[] = {
    // name                 offset access versions read                       write
    {"MagicValue",          0x000, kR,  kBoth, &T::read_magic,             nullptr},
    {"Version",             0x004, kR,  kBoth, &T::read_version,           nullptr},
    {"DeviceID",            0x008, kR,  kBoth, &T::read_device_id,         nullptr},
    {"VendorID",            0x00c, kR,  kBoth, &T::read_vendor_id,         nullptr},
    {"DeviceFeatures",      0x010, kR,  kBoth, &T::read_device_features,   nullptr},
    {"DeviceFeaturesSel",   0x014, kW,  kBoth, nullptr,                    &T::write_device_features_sel},
    {"DriverFeatures",      0x020, kW,  kBoth, nullptr,                    &T::write_driver_features},
    {"DriverFeaturesSel",   0x024, kW,  kBoth, nullptr,                    &T::write_driver_features_sel},
    {"GuestPageSize",       0x028, kW,  kV1,   nullptr,                    &T::write_guest_page_size},
    {"QueueSel",            0x030, kW,  kBoth, nullptr,                    &T::write_queue_sel},
    {"QueueNumMax",         0x034, kR,  kBoth, &T::read_queue_num_max,     nullptr},
    {"QueueNum",            0x038, kW,  kBoth, nullptr,                    &T::write_queue_num},
    {"QueueAlign",          0x03c, kW,  kV1,   nullptr,                    &T::write_queue_align},
    {"QueuePFN",            0x040, kRW, kV1,   &T::read_queue_pfn,         &T::write_queue_pfn},
    {"QueueReady",          0x044, kRW, kV2,   &T::read_queue_ready,       &T::write_queue_ready},
    {"QueueNotify",         0x050, kW,  kBoth, nullptr,                    &T::write_queue_notify},
    {"InterruptStatus",     0x060, kR,  kBoth, &T::read_interrupt_status,  nullptr},
    {"InterruptACK",        0x064, kW,  kBoth, nullptr,                    &T::write_interrupt_ack},
    {"Status",              0x070, kRW, kBoth, &T::read_status,            &T::write_status},
    {"QueueDescLow",        0x080, kW,  kV2,   nullptr,                    &T::write_desc_low},
    {"QueueDescHigh",       0x084, kW,  kV2,   nullptr,                    &T::write_desc_high},
    {"QueueDriverLow",      0x090, kW,  kV2,   nullptr,                    &T::write_driver_low},
    {"QueueDriverHigh",     0x094, kW,  kV2,   nullptr,                    &T::write_driver_high},
    {"QueueDeviceLow",      0x0a0, kW,  kV2,   nullptr,                    &T::write_device_low},
    {"QueueDeviceHigh",     0x0a4, kW,  kV2,   nullptr,                    &T::write_device_high},
    {"SHMSel",              0x0ac, kW,  kV2,   nullptr,                    &T::write_shm_sel},
    {"SHMLenLow",           0x0b0, kR,  kV2,   &T::read_shm_none,          nullptr},
    {"SHMLenHigh",          0x0b4, kR,  kV2,   &T::read_shm_none,          nullptr},
    {"SHMBaseLow",          0x0b8, kR,  kV2,   &T::read_shm_none,          nullptr},
    {"SHMBaseHigh",         0x0bc, kR,  kV2,   &T::read_shm_none,          nullptr},
    {"QueueReset",          0x0c0, kRW, kV2,   &T::read_queue_reset,       &T::write_queue_reset},
    {"ConfigGeneration",    0x0fc, kR,  kV2,   &T::read_config_generation, nullptr},
};

MmioTransport::MmioTransport(sc_core::sc_module_name name, VirtioDevice& device,
                             const MmioTransportConfig& config)
    : sc_core::sc_module(name),
      socket("socket"),
      memory("memory"),
      irq("irq"),
      m_device(device),
      m_config(config)
{
    const std::string me = this->name();
    if (config.version != 1 && config.version != 2)
        throw std::invalid_argument(me + ": version must be 1 (legacy) or 2, not " +
                                    std::to_string(config.version));
    if (!is_pow2(config.queue_size_max) || config.queue_size_max > kMaxQueueSize)
        throw std::invalid_argument(me + ": queue_size_max must be a power of two from 1 to " +
                                    std::to_string(kMaxQueueSize) + ", not " +
                                    std::to_string(config.queue_size_max));

    socket.register_b_transport(this, &MmioTransport::b_transport);
    socket.register_transport_dbg(this, &MmioTransport::transport_dbg);
    socket.register_get_direct_mem_ptr(this, &MmioTransport::get_direct_mem_ptr);
    irq.initialize(false);

    // Trace and statistics name: the transport and the device behind it.
    m_trace_name = me + "/" + m_device.basename();
    m_device.bind_transport(*this);
    m_queues.resize(m_device.num_queues());
    m_pending_notify.assign(m_queues.size(), false);
    m_deferred_notify.assign(m_queues.size(), false);
    for (unsigned q = 0; q < m_queues.size(); ++q)
        m_queues[q].num = queue_max(q);
    m_guest_page_size = 4096;
    if (config.strict) {  // strict spec-conformance mode (conformance.h)
        ConformanceChecker::Device d{m_trace_name, config.version, offered_features(), {}};
        for (unsigned q = 0; q < m_queues.size(); ++q)
            d.queue_max.push_back(queue_max(q));
        m_strict = std::make_unique<ConformanceChecker>(std::move(d), memory);
    }

    SC_HAS_PROCESS(MmioTransport);
    SC_THREAD(worker);
    SC_METHOD(irq_method);
    sensitive << m_irq_event;
    dont_initialize();
}

MmioTransport::~MmioTransport() = default;

// ---- Features ---------------------------------------------------------------

uint64_t MmioTransport::offered_features() const
{
    uint64_t f = m_device.device_features() | bit(kFeatureIndirectDesc) | bit(kFeatureEventIdx);
    if (m_config.version == 2)
        f |= bit(kFeatureVersion1) | (m_config.ring_packed ? bit(kFeatureRingPacked) : 0) |
             bit(kFeatureRingReset);
    else
        f &= ~(bit(kFeatureVersion1) | bit(kFeatureRingPacked) | bit(kFeatureRingReset));
    return f;
}

uint32_t MmioTransport::read_device_features()
{
    const uint64_t f = offered_features();
    if (m_device_features_sel == 0)
        return static_cast<uint32_t>(f);
    if (m_device_features_sel == 1)
        return static_cast<uint32_t>(f >> 32);
    return 0;
}

void MmioTransport::write_driver_features(uint32_t v)
{
    if (m_status & kStatusFeaturesOk) {
        SC_REPORT_WARNING(kBadSequence, (std::string(name()) +
                                         ": DriverFeatures written after FEATURES_OK; expected "
                                         "feature negotiation to be finished, write ignored")
                                            .c_str());
        return;
    }
    if (m_driver_features_sel > 1) {
        if (v != 0)
            SC_REPORT_WARNING(kBadValue, (std::string(name()) + ": DriverFeatures " + hex(v) +
                                          " with DriverFeaturesSel " +
                                          std::to_string(m_driver_features_sel) +
                                          "; expected 0 (no features above bit 63)")
                                             .c_str());
        return;
    }
    const unsigned shift = 32 * m_driver_features_sel;
    m_driver_features_written &= ~(uint64_t{0xffffffff} << shift);
    m_driver_features_written |= uint64_t{v} << shift;
}

// ---- Queue registers ----------------------------------------------------------

unsigned MmioTransport::queue_max(unsigned q) const
{
    if (q >= m_device.num_queues())
        return 0;
    unsigned m = std::min(m_config.queue_size_max, m_device.queue_size_max(q));
    m = std::min(m, kMaxQueueSize);
    while (m & (m - 1))  // round down to a power of two (split rings need one)
        m &= m - 1;
    return m;
}

MmioTransport::Queue* MmioTransport::selected(const char* reg)
{
    if (m_queue_sel < m_queues.size())
        return &m_queues[m_queue_sel];
    if (m_debug_access)
        return nullptr;
    SC_REPORT_WARNING(kBadValue, (std::string(name()) + ": " + reg + " accessed with QueueSel " +
                                  std::to_string(m_queue_sel) + "; expected a queue below " +
                                  std::to_string(m_queues.size()) + " (QueueNumMax reads 0)")
                                     .c_str());
    return nullptr;
}

bool MmioTransport::queue_setup_allowed(const char* reg)
{
    Queue* q = selected(reg);
    if (!q)
        return false;
    if (q->ready || q->pfn) {
        SC_REPORT_WARNING(kBadSequence,
                          (std::string(name()) + ": " + reg + " written for queue " +
                           std::to_string(m_queue_sel) + " while it is enabled; expected " +
                           (m_config.version == 1 ? "QueuePFN 0" : "QueueReady 0") +
                           " first, write ignored")
                              .c_str());
        return false;
    }
    return true;
}

uint32_t MmioTransport::read_queue_num_max()
{
    return queue_max(m_queue_sel);  // 0 for a queue that does not exist
}

void MmioTransport::write_queue_num(uint32_t v)
{
    if (!queue_setup_allowed("QueueNum"))
        return;
    const unsigned max = queue_max(m_queue_sel);
    const bool packed = m_config.version == 2 && (m_driver_features_written & bit(kFeatureRingPacked));
    if (v == 0 || v > max || (!packed && !is_pow2(v))) {
        SC_REPORT_WARNING(kBadValue,
                          (std::string(name()) + ": QueueNum " + std::to_string(v) +
                           " for queue " + std::to_string(m_queue_sel) + "; expected 1.." +
                           std::to_string(max) + (packed ? "" : " and a power of two (split ring)") +
                           ", keeping " + std::to_string(m_queues[m_queue_sel].num))
                              .c_str());
        return;
    }
    m_queues[m_queue_sel].num = v;
}

void MmioTransport::write_guest_page_size(uint32_t v)
{
    if (!is_pow2(v)) {
        SC_REPORT_WARNING(kBadValue, (std::string(name()) + ": GuestPageSize " + std::to_string(v) +
                                      "; expected a power of two, keeping " +
                                      std::to_string(m_guest_page_size))
                                         .c_str());
        return;
    }
    m_guest_page_size = v;
}

void MmioTransport::write_queue_align(uint32_t v)
{
    if (!queue_setup_allowed("QueueAlign"))
        return;
    if (!is_pow2(v)) {
        SC_REPORT_WARNING(kBadValue, (std::string(name()) + ": QueueAlign " + std::to_string(v) +
                                      " for queue " + std::to_string(m_queue_sel) +
                                      "; expected a power of two, write ignored")
                                         .c_str());
        return;
    }
    m_queues[m_queue_sel].align = v;
}

uint32_t MmioTransport::read_queue_pfn()
{
    Queue* q = selected("QueuePFN");
    return q ? q->pfn : 0;
}

void MmioTransport::write_queue_pfn(uint32_t v)
{
    Queue* q = selected("QueuePFN");
    if (!q)
        return;
    if (v == 0) {  // stop using this queue (and only this one)
        stop_queue(*q);
        return;
    }
    if (q->pfn && q->pfn != v)
        stop_queue(*q);
    q->pfn = v;
    q->desc = uint64_t{v} * m_guest_page_size;  // latched now, like the hardware would
    q->started = false;
}

uint32_t MmioTransport::read_queue_ready()
{
    Queue* q = selected("QueueReady");
    return q && q->ready ? 1 : 0;
}

void MmioTransport::write_queue_ready(uint32_t v)
{
    Queue* q = selected("QueueReady");
    if (!q)
        return;
    if (v == 0) {
        stop_queue(*q);  // no ring access from now on
        return;
    }
    if (v != 1)
        SC_REPORT_WARNING(kBadValue, (std::string(name()) + ": QueueReady " + std::to_string(v) +
                                      " for queue " + std::to_string(m_queue_sel) +
                                      "; expected 0 or 1, taken as 1")
                                         .c_str());
    if (!q->ready) {
        q->ready = true;
        q->started = false;
    }
}

void MmioTransport::set_queue_addr(uint64_t Queue::*field, uint32_t v, bool high, const char* reg)
{
    if (!queue_setup_allowed(reg))
        return;
    uint64_t& a = m_queues[m_queue_sel].*field;
    a = high ? (a & 0xffffffffull) | (uint64_t{v} << 32) : (a & ~0xffffffffull) | v;
}

uint32_t MmioTransport::read_queue_reset()
{
    selected("QueueReset");
    return 0;  // a queue reset completes immediately
}

void MmioTransport::write_queue_reset(uint32_t v)
{
    Queue* q = selected("QueueReset");
    if (!q || v == 0)
        return;
    if (!(m_driver_features & bit(kFeatureRingReset))) {
        SC_REPORT_WARNING(kBadSequence, (std::string(name()) + ": QueueReset written for queue " +
                                         std::to_string(m_queue_sel) +
                                         " but VIRTIO_F_RING_RESET was not negotiated; ignored")
                                            .c_str());
        return;
    }
    stop_queue(*q);
    q->num = queue_max(m_queue_sel);
    q->desc = q->driver = q->device = 0;
    q->broken = false;
    m_pending_notify[m_queue_sel] = false;
    m_deferred_notify[m_queue_sel] = false;
}

void MmioTransport::write_queue_notify(uint32_t v)
{
    if (v >= m_queues.size()) {
        SC_REPORT_WARNING(kBadValue, (std::string(name()) + ": QueueNotify " + std::to_string(v) +
                                      "; expected a queue below " +
                                      std::to_string(m_queues.size()))
                                         .c_str());
        return;
    }
    if (!(m_status & kStatusDriverOk)) {
        SC_REPORT_WARNING(kBadSequence, (std::string(name()) + ": QueueNotify " +
                                         std::to_string(v) +
                                         " before DRIVER_OK; expected the device to be live, "
                                         "ignored")
                                            .c_str());
        return;
    }
    if (Tracer::on(TraceEvent::notify))  // trace point (hot: one branch when off)
        Tracer::instance().notify(this, m_trace_name.c_str(), v);
    m_pending_notify[v] = true;
    m_notify_event.notify(sc_core::SC_ZERO_TIME);  // processed by worker(); return at once
}

// ---- Interrupts and status ----------------------------------------------------

void MmioTransport::write_interrupt_ack(uint32_t v)
{
    const uint32_t cleared = m_interrupt_status & v;
    m_interrupt_status &= ~v;
    if (Tracer::on(TraceEvent::irq_ack) && cleared)  // trace point (hot)
        Tracer::instance().irq_ack(this, m_trace_name.c_str(), cleared, m_interrupt_status);
    update_irq();
}

void MmioTransport::raise(uint32_t bits)
{
    m_interrupt_status |= bits;
    if (Tracer::on(TraceEvent::irq_raise))  // trace point (hot)
        Tracer::instance().irq_raise(this, m_trace_name.c_str(), bits, m_interrupt_status);
    update_irq();
}

void MmioTransport::update_irq()
{
    // The level is driven from one process (irq_method) so that callers from
    // any process (register accesses, the worker, a device thread) are fine
    // with a plain single-writer sc_signal.
    m_irq_event.notify(sc_core::SC_ZERO_TIME);
}

void MmioTransport::irq_method()
{
    m_irq_level = m_interrupt_status != 0;
    irq.write(m_irq_level);
}

void MmioTransport::trace_signals(sc_core::sc_trace_file* file) const
{
    const std::string me = name();
    sc_core::sc_trace(file, m_irq_level, me + ".irq");
    sc_core::sc_trace(file, m_interrupt_status, me + ".InterruptStatus");
    for (unsigned q = 0; q < m_queues.size(); ++q)
        sc_core::sc_trace(file, m_queues[q].in_flight, me + ".queue" + std::to_string(q) + "_in_flight");
}

void MmioTransport::write_status(uint32_t v)
{
    if (v == 0) {
        if (Tracer::on(TraceEvent::set_status))
            Tracer::instance().set_status(this, m_trace_name.c_str(), m_status, 0);
        reset_device();
        return;
    }
    const uint32_t old = m_status;
    v &= 0xff;
    if (old & ~v & ~kStatusDeviceNeedsReset) {
        SC_REPORT_WARNING(kBadSequence, (std::string(name()) + ": Status " + hex(v) +
                                         " clears bits " + hex(old & ~v) + " of " + hex(old) +
                                         "; expected bits to be cleared only by writing 0")
                                            .c_str());
    }
    uint32_t now = v | (old & kStatusDeviceNeedsReset);
    const uint32_t set = now & ~old;

    if (m_config.version == 2 && (set & kStatusFeaturesOk)) {
        const uint64_t f = m_driver_features_written;
        const uint64_t offered = offered_features();
        std::string why;
        if (f & ~offered)
            why = "driver features " + hex(f) + " include " + hex(f & ~offered) +
                  " that were not offered (" + hex(offered) + ")";
        else if (!(f & bit(kFeatureVersion1)))
            why = "driver features " + hex(f) + " lack VIRTIO_F_VERSION_1";
        else if (!m_device.accept_features(f))
            why = "the device does not accept features " + hex(f);
        if (Tracer::on(TraceEvent::features))
            Tracer::instance().features(this, m_trace_name.c_str(), offered, f, why.empty());
        if (why.empty()) {
            m_driver_features = f;
        } else {
            SC_REPORT_WARNING(kFeaturesRefused,
                              (std::string(name()) + ": FEATURES_OK refused: " + why).c_str());
            now &= ~uint32_t{kStatusFeaturesOk};
        }
    }
    if (set & kStatusDriverOk) {
        if (m_config.version == 2 && !(now & kStatusFeaturesOk)) {
            SC_REPORT_WARNING(kBadSequence, (std::string(name()) +
                                             ": DRIVER_OK set without FEATURES_OK; expected "
                                             "feature negotiation first, DRIVER_OK ignored")
                                                .c_str());
            now &= ~uint32_t{kStatusDriverOk};
        } else if (m_config.version == 1) {
            // Legacy has no FEATURES_OK: the features are final now.
            const uint64_t offered = offered_features();
            if (m_driver_features_written & ~offered)
                SC_REPORT_WARNING(kFeaturesRefused,
                                  (std::string(name()) + ": driver features " +
                                   hex(m_driver_features_written) + " include " +
                                   hex(m_driver_features_written & ~offered) +
                                   " that were not offered; ignoring them")
                                      .c_str());
            m_driver_features = m_driver_features_written & offered;
            if (Tracer::on(TraceEvent::features))
                Tracer::instance().features(this, m_trace_name.c_str(), offered, m_driver_features_written,
                                            true);
            if (!m_device.accept_features(m_driver_features))
                SC_REPORT_WARNING(kFeaturesRefused,
                                  (std::string(name()) + ": the device does not accept features " +
                                   hex(m_driver_features) + " (legacy: cannot refuse)")
                                      .c_str());
        }
    }
    m_status = now;
    if (Tracer::on(TraceEvent::set_status) && now != old)
        Tracer::instance().set_status(this, m_trace_name.c_str(), old, now);
    if (now & ~old & kStatusDriverOk) {
        m_device.driver_ok();
        // Buffers may have been made available before DRIVER_OK: look once.
        for (unsigned q = 0; q < m_queues.size(); ++q)
            m_pending_notify[q] = true;
        m_notify_event.notify(sc_core::SC_ZERO_TIME);
    }
}

void MmioTransport::stop_queue(Queue& q)
{
    q.ready = false;
    q.pfn = 0;
    q.started = false;
    ++q.generation;  // messages taken so far are stale
    q.in_flight = 0;
    if (Tracer::any())
        Tracer::instance().queue_stopped(this, static_cast<unsigned>(&q - m_queues.data()));
}

void MmioTransport::reset_device()
{
    m_device.reset();
    for (unsigned i = 0; i < m_queues.size(); ++i) {
        Queue& q = m_queues[i];
        stop_queue(q);
        q.num = queue_max(i);
        q.align = 4096;
        q.desc = q.driver = q.device = 0;
        q.broken = false;
    }
    m_pending_notify.assign(m_queues.size(), false);
    m_deferred_notify.assign(m_queues.size(), false);
    m_status = 0;
    m_interrupt_status = 0;
    m_device_features_sel = 0;
    m_driver_features_sel = 0;
    m_driver_features_written = 0;
    m_driver_features = 0;
    m_queue_sel = 0;
    m_shm_sel = 0;
    // GuestPageSize survives: Linux writes it once at probe, before the reset.
    update_irq();
}

void MmioTransport::config_changed()
{
    ++m_config_generation;
    if (Tracer::on(TraceEvent::config_change))
        Tracer::instance().config_change(this, m_trace_name.c_str(), m_config_generation);
    if (m_status & kStatusDriverOk)
        raise(kInterruptConfigChange);
}

// ---- Queues as the device sees them -----------------------------------------

std::string MmioTransport::queue_name(unsigned queue) const
{
    return std::string(name()) + " queue " + std::to_string(queue);
}

bool MmioTransport::queue_live(unsigned queue) const
{
    if (queue >= m_queues.size() || !(m_status & kStatusDriverOk))
        return false;
    const Queue& q = m_queues[queue];
    return !q.broken && (m_config.version == 1 ? q.pfn != 0 : q.ready);
}

bool MmioTransport::queue_broken(unsigned queue) const
{
    return queue < m_queues.size() && m_queues[queue].broken;
}

unsigned MmioTransport::queue_size(unsigned queue) const
{
    return queue < m_queues.size() ? m_queues[queue].num : 0;
}

MmioTransport::QueueAddresses MmioTransport::queue_addresses(unsigned queue) const
{
    QueueAddresses a;
    if (queue >= m_queues.size())
        return a;
    const Queue& q = m_queues[queue];
    if (q.ring && q.started) {
        const VirtqueueLayout& l = q.ring->layout();
        a.desc = l.desc;
        a.driver = l.driver;
        a.device = l.device;
    } else if (m_config.version != 1) {
        a.desc = q.desc;
        a.driver = q.driver;
        a.device = q.device;
    }
    return a;
}

Virtqueue* MmioTransport::live_ring(unsigned queue)
{
    if (!queue_live(queue))
        return nullptr;
    Queue& q = m_queues[queue];
    if (!q.started) {
        const bool packed = m_driver_features & bit(kFeatureRingPacked);
        const bool is_packed = dynamic_cast<PackedRing*>(q.ring.get()) != nullptr;
        if (!q.ring || packed != is_packed) {
            if (packed)
                q.ring = std::make_unique<PackedRing>(queue_name(queue), memory);
            else
                q.ring = std::make_unique<SplitRing>(queue_name(queue), memory);
        }
        VirtqueueLayout layout;
        if (m_config.version == 1) {
            layout = SplitRing::legacy_layout(q.desc, q.num, q.align);
        } else {
            layout.num = q.num;
            layout.desc = q.desc;
            layout.driver = q.driver;
            layout.device = q.device;
        }
        if (!packed && !is_pow2(layout.num)) {
            // QueueNum is checked when written, against the features written
            // so far: a driver that wrote RING_PACKED, a size that only suits
            // a packed ring, then negotiated a split ring ends up here. A
            // split ring of another size desynchronises at the 16-bit index
            // wrap (§2.7: its size is a power of two), so refuse it.
            SC_REPORT_WARNING(kBadValue,
                              (queue_name(queue) + ": QueueNum " + std::to_string(layout.num) +
                               " for a split ring; expected a power of two, queue stopped")
                                  .c_str());
            mark_broken(queue, "split ring size not a power of two");
            return nullptr;
        }
        layout.indirect = m_driver_features & bit(kFeatureIndirectDesc);
        layout.event_idx = m_driver_features & bit(kFeatureEventIdx);
        q.ring->start(layout);
        q.started = true;
        if (m_strict)
            m_strict->on_queue_start(queue, layout, packed);
        if (Tracer::on(TraceEvent::queue_setup))
            Tracer::instance().queue_setup(this, m_trace_name.c_str(), queue, layout.num, layout.desc,
                                           layout.driver, layout.device, packed,
                                           layout.event_idx, layout.indirect);
    }
    return q.ring.get();
}

void MmioTransport::mark_broken(unsigned queue, const std::string& why)
{
    Queue& q = m_queues[queue];
    q.broken = true;
    ++q.generation;
    q.in_flight = 0;
    m_pending_notify[queue] = false;
    m_status |= kStatusDeviceNeedsReset;
    if (Tracer::on(TraceEvent::needs_reset))
        Tracer::instance().needs_reset(this, m_trace_name.c_str(), queue, why);
    if (Tracer::any())
        Tracer::instance().queue_stopped(this, queue);
    SC_REPORT_INFO_VERB("virtio/mmio/queue-stopped",
                        (queue_name(queue) + " stopped until reset: " + why).c_str(),
                        sc_core::SC_MEDIUM);
    if (m_config.version == 2)
        raise(kInterruptConfigChange);
}

bool MmioTransport::get(unsigned queue, VirtioMessage& msg)
{
    Virtqueue* ring = live_ring(queue);
    if (!ring)
        return false;
    Queue& q = m_queues[queue];
    const sc_core::sc_time now = sc_core::sc_time_stamp();
    if (q.budget_stamp != now) {
        q.budget_stamp = now;
        q.budget_used = 0;
    }
    const uint64_t budget = std::max<uint64_t>(kRequestBudgetPerEntry * q.num, kMinRequestBudget);
    if (q.budget_used >= budget) {
        if (!m_deferred_notify[queue])
            SC_REPORT_INFO_VERB(kThrottled,
                                (queue_name(queue) + ": " + std::to_string(budget) +
                                 " requests at " + now.to_string() +
                                 "; serving the rest " + kRequestBackoff.to_string() + " later")
                                    .c_str(),
                                sc_core::SC_MEDIUM);
        m_deferred_notify[queue] = true;
        m_notify_event.notify(kRequestBackoff);
        return false;
    }
    switch (ring->pop(msg)) {
    case Virtqueue::Pop::empty:
        if (Tracer::on(TraceEvent::pop))
            Tracer::instance().queue_empty(this, queue);
        return false;
    case Virtqueue::Pop::error:
        if (m_strict)
            m_strict->on_ring_error(queue, ring->last_error(), ring->take_notes());
        mark_broken(queue, "ring corrupt");
        return false;
    case Virtqueue::Pop::ok:
        break;
    }
    if (m_strict)
        m_strict->on_pop(queue, msg, ring->take_notes());
    ++q.budget_used;
    ++q.in_flight;
    msg.queue = queue;
    msg.epoch = m_queues[queue].generation;
    msg.memory = &memory;
    if (Tracer::on(TraceEvent::pop))  // trace point (hot: one branch when off)
        Tracer::instance().pop(this, m_trace_name.c_str(), queue, msg.id, msg.descriptors, msg.readable_size(),
                               msg.writable_size(), m_driver_features & bit(kFeatureEventIdx));
    return true;
}

void MmioTransport::put(unsigned queue, VirtioMessage& msg)
{
    if (queue >= m_queues.size() || msg.epoch != m_queues[queue].generation)
        return;  // taken before a reset or queue stop: dropped silently
    Virtqueue* ring = live_ring(queue);
    if (!ring)
        return;
    if (Tracer::on(TraceEvent::done))  // trace point (hot)
        Tracer::instance().done(this, m_trace_name.c_str(), queue, msg.id, msg.used_len);
    if (msg.fault()) {
        SC_REPORT_WARNING(ring_error::kBadAddress,
                          (queue_name(queue) + ": buffer of request " + std::to_string(msg.id) +
                           " at " + hex(msg.fault_address()) +
                           " is not in guest memory (bus error); expected guest RAM")
                              .c_str());
        mark_broken(queue, "buffer outside memory");
        return;
    }
    bool need_interrupt = false;
    sc_core::sc_time delay = sc_core::SC_ZERO_TIME;  // ring write latency: not modelled further
    if (!ring->push(msg, need_interrupt, delay)) {
        mark_broken(queue, "used ring not writable");
        return;
    }
    --m_queues[queue].in_flight;
    if (m_strict)
        m_strict->on_push(queue, ring->layout(), m_driver_features & bit(kFeatureRingPacked));
    if (Tracer::on(TraceEvent::push))  // trace point (hot)
        Tracer::instance().push(this, m_trace_name.c_str(), queue, msg.id, msg.used_len, need_interrupt);
    if (need_interrupt)
        raise(kInterruptUsedBuffer);
}

void MmioTransport::worker()
{
    for (;;) {
        sc_core::wait(m_notify_event);
        for (unsigned q = 0; q < m_deferred_notify.size(); ++q) {
            if (m_deferred_notify[q]) {
                m_deferred_notify[q] = false;
                m_pending_notify[q] = true;
            }
        }
        bool any = true;
        while (any) {
            any = false;
            for (unsigned q = 0; q < m_pending_notify.size(); ++q) {
                if (!m_pending_notify[q])
                    continue;
                m_pending_notify[q] = false;
                any = true;
                if (queue_live(q))
                    m_device.notify(q);
            }
        }
    }
}

// ---- TLM --------------------------------------------------------------------------

const MmioTransport::Register* MmioTransport::find(uint32_t offset) const
{
    for (const Register& r : kRegisters)
        if (r.offset == offset)
            return &r;
    return nullptr;
}

bool MmioTransport::access_config(bool is_write, uint32_t offset, uint8_t* data, unsigned len,
                                  bool debug)
{
    auto warn = [&](const char* type, const std::string& text) {
        if (!debug)
            SC_REPORT_WARNING(type, (std::string(name()) + ": " + text).c_str());
        if (!debug && m_strict)
            m_strict->on_access_error(type);
    };
    const std::string what = std::string(is_write ? "write" : "read") + " of " +
                             std::to_string(len) + " bytes at config offset " + hex(offset);
    if (len != 1 && len != 2 && len != 4) {
        warn(kBadWidth, what + "; expected an 8, 16 or 32-bit access (64-bit fields as two "
                               "32-bit accesses)");
        return false;
    }
    if (offset % len) {
        warn(kMisaligned, what + "; expected an access aligned to its width");
        return false;
    }
    if (offset + len > m_device.config_size()) {
        warn(kBadOffset, what + "; expected an offset below the config size " +
                             std::to_string(m_device.config_size()));
        return false;
    }
    uint64_t value = 0;
    if (is_write) {
        if (!debug && m_strict)
            m_strict->on_config_write(m_status);
        if (!debug)
            m_device.write_config(offset, data, len);
    } else {
        m_device.read_config(offset, data, len);
    }
    if (!debug && Tracer::on(is_write ? TraceEvent::mmio_write : TraceEvent::mmio_read)) {
        for (unsigned i = len; i-- > 0;)  // little-endian value of the access
            value = (value << 8) | data[i];
        Tracer::instance().mmio_access(this, m_trace_name.c_str(), is_write, "Config", kConfigOffset + offset,
                                       value);
    }
    return true;
}

bool MmioTransport::access(tlm::tlm_generic_payload& tx, bool debug)
{
    const bool is_write = tx.is_write();
    const uint64_t addr = tx.get_address();
    const unsigned len = tx.get_data_length();
    uint8_t* data = tx.get_data_ptr();
    auto warn = [&](const char* type, const std::string& text) {
        if (!debug)
            SC_REPORT_WARNING(type, (std::string(name()) + ": " + text).c_str());
        if (!debug && m_strict)
            m_strict->on_access_error(type);
    };
    if (!is_write)
        std::memset(data, 0, len);  // reads that fail return zeros
    const std::string what = std::string(is_write ? "write" : "read") + " of " +
                             std::to_string(len) + " bytes at " + hex(addr);
    if (tx.get_byte_enable_ptr() || tx.get_streaming_width() < len) {
        warn(kBadWidth, what + " with byte enables or streaming; expected a plain access");
        return false;
    }
    if (addr >= kWindowSize || len > kWindowSize - addr) {
        warn(kBadOffset, what + "; expected an offset inside the 0x200 register window");
        return false;
    }
    if (addr >= kConfigOffset)
        return access_config(is_write, static_cast<uint32_t>(addr - kConfigOffset), data, len,
                             debug);

    if (len != 4) {
        const Register* r = find(static_cast<uint32_t>(addr & ~3ull));
        warn(kBadWidth, what + (r ? std::string(" (") + r->name + ")" : std::string()) +
                            "; expected a 32-bit access");
        return false;
    }
    if (addr % 4) {
        warn(kMisaligned, what + "; expected a 32-bit aligned register offset");
        return false;
    }
    const Register* r = find(static_cast<uint32_t>(addr));
    const uint8_t version_bit = m_config.version == 1 ? kV1 : kV2;
    if (!r || !(r->versions & version_bit)) {
        warn(kBadOffset, what + (r ? std::string(" (") + r->name + ", a Version " +
                                         (r->versions == kV1 ? "1" : "2") + " register)"
                                   : std::string()) +
                             "; expected a register of Version " +
                             std::to_string(m_config.version));
        return false;
    }
    if (is_write) {
        if (!(r->access & kW)) {
            warn(kReadOnly, what + ": " + r->name + " is read-only; write ignored");
            return false;
        }
        if (debug)
            return false;
        uint32_t v;
        std::memcpy(&v, data, 4);
        if (Tracer::on(TraceEvent::mmio_write))  // trace point (hot), before the effects
            Tracer::instance().mmio_access(this, m_trace_name.c_str(), true, r->name, addr, v);
        if (m_strict)
            m_strict->on_write(r->offset, v, m_status, m_interrupt_status);
        (this->*(r->write))(v);
    } else {
        if (!(r->access & kR)) {
            warn(kWriteOnly, what + ": " + r->name + " is write-only; expected no reads, read 0");
            return false;
        }
        const uint32_t v = (this->*(r->read))();
        std::memcpy(data, &v, 4);
        if (m_strict && !debug)
            m_strict->on_read(r->offset, v);
        if (Tracer::on(TraceEvent::mmio_read) && !debug)  // trace point (hot)
            Tracer::instance().mmio_access(this, m_trace_name.c_str(), false, r->name, addr, v);
    }
    return true;
}

void MmioTransport::b_transport(tlm::tlm_generic_payload& tx, sc_core::sc_time& delay)
{
    delay += m_config.register_latency;
    // Guest errors are reported and the access ignored, like a real device
    // that ignores bad accesses: the bus transaction itself completes.
    access(tx, false);
    tx.set_response_status(tlm::TLM_OK_RESPONSE);
}

unsigned MmioTransport::transport_dbg(tlm::tlm_generic_payload& tx)
{
    // Debug reads have no side effects (no register read here has any);
    // debug writes are not supported.
    if (tx.is_write())
        return 0;
    m_debug_access = true;
    const bool ok = access(tx, true);
    m_debug_access = false;
    return ok ? tx.get_data_length() : 0;
}

bool MmioTransport::get_direct_mem_ptr(tlm::tlm_generic_payload&, tlm::tlm_dmi& dmi)
{
    dmi.set_start_address(0);
    dmi.set_end_address(kWindowSize - 1);
    return false;  // registers: never DMI
}

}  // namespace vp::virtio
