#include "virtio/transport_core.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "virtio/conformance.h"
#include "virtio/guest_error.h"
#include "virtio/packed_ring.h"
#include "virtio/split_ring.h"
#include "virtio/trace.h"
#include "virtio/virtio.h"

namespace vp::virtio {

namespace {

bool is_pow2(uint64_t v) { return v != 0 && (v & (v - 1)) == 0; }

unsigned long long ull(uint64_t v) { return static_cast<unsigned long long>(v); }

// Requests one queue may hand out at one simulated time stamp, per queue
// entry (and at least kMinRequestBudget), and how much later the rest is
// served. Without a bound a device with zero service time whose DMA writes
// re-arm its own ring (a guest can set that up) never lets time advance.
constexpr uint64_t kRequestBudgetPerEntry = 4;
constexpr uint64_t kMinRequestBudget = 64;
const sc_core::sc_time kRequestBackoff(1, sc_core::SC_US);

}  // namespace

VirtioTransportCore::VirtioTransportCore(sc_core::sc_module_name name, VirtioDevice& device,
                                         const TransportCoreConfig& config)
    : sc_core::sc_module(name), memory("memory"), irq("irq"), m_device(device), m_core_config(config)
{
    if (!is_pow2(config.queue_size_max) || config.queue_size_max > kMaxQueueSize)
        throw std::invalid_argument(std::string(this->name()) +
                                    ": queue_size_max must be a power of two from 1 to " +
                                    std::to_string(kMaxQueueSize) + ", not " +
                                    std::to_string(config.queue_size_max));
    irq.initialize(false);

    // Trace and statistics name: the transport and the device behind it.
    m_trace_name = std::string(this->name()) + "/" + m_device.basename();
    m_device.bind_transport(*this);
    m_queues.resize(m_device.num_queues());
    m_pending_notify.assign(m_queues.size(), false);
    m_deferred_notify.assign(m_queues.size(), false);
    for (unsigned q = 0; q < m_queues.size(); ++q)
        m_queues[q].num = queue_max(q);
    if (config.strict) {  // strict spec-conformance mode (conformance.h)
        ConformanceChecker::Device d{m_trace_name, legacy() ? 1u : 2u, offered_features(), {}};
        for (unsigned q = 0; q < m_queues.size(); ++q)
            d.queue_max.push_back(queue_max(q));
        m_strict = std::make_unique<ConformanceChecker>(std::move(d), memory);
    }

    SC_HAS_PROCESS(VirtioTransportCore);
    SC_THREAD(worker);
    SC_METHOD(irq_method);
    sensitive << m_irq_event;
    dont_initialize();
    if (config.faults.any()) {
        for (const auto& d : config.faults.drop_irq)
            if (d.queue != TransportFaults::kAnyQueue && d.queue >= m_queues.size())
                throw std::invalid_argument(std::string(this->name()) + ": irq-drop fault on queue " +
                                            std::to_string(d.queue) + ", the device has " +
                                            std::to_string(m_queues.size()) + " queues");
        m_faults = std::make_unique<FaultPlan>(config.faults, static_cast<unsigned>(m_queues.size()));
        SC_METHOD(delayed_irq_method);
        sensitive << m_delayed_event;
        dont_initialize();
        if (!config.faults.config_irq_at.empty() || config.faults.needs_reset_timed)
            SC_THREAD(fault_thread);
    }
}

VirtioTransportCore::~VirtioTransportCore() = default;

// ---- Features and status ------------------------------------------------------

uint64_t VirtioTransportCore::offered_features() const
{
    uint64_t f = m_device.device_features() | bit(kFeatureIndirectDesc) | bit(kFeatureEventIdx);
    if (!legacy())
        f |= bit(kFeatureVersion1) | (m_core_config.ring_packed ? bit(kFeatureRingPacked) : 0) |
             bit(kFeatureRingReset);
    else
        f &= ~(bit(kFeatureVersion1) | bit(kFeatureRingPacked) | bit(kFeatureRingReset));
    return f;
}

void VirtioTransportCore::set_status(uint32_t v)
{
    if (v == 0) {
        if (Tracer::on(TraceEvent::set_status))
            Tracer::instance().set_status(this, m_trace_name.c_str(), m_status, 0);
        reset_device();
        return;
    }
    const uint32_t old = m_status;
    v &= 0xff;
    if (old & ~v & ~kStatusDeviceNeedsReset)
        report_guest_error(name(), kBadSequence,
                           "Status 0x%x clears bits 0x%x of 0x%x; expected bits to be cleared only "
                           "by writing 0",
                           v, old & ~v, old);
    uint32_t now = v | (old & kStatusDeviceNeedsReset);
    const uint32_t set = now & ~old;

    if (!legacy() && (set & kStatusFeaturesOk)) {
        const uint64_t f = m_driver_features_written;
        const uint64_t offered = offered_features();
        char why[160] = "";
        if (f & ~offered)
            std::snprintf(why, sizeof why,
                          "driver features 0x%llx include 0x%llx that were not offered (0x%llx)",
                          ull(f), ull(f & ~offered), ull(offered));
        else if (!(f & bit(kFeatureVersion1)))
            std::snprintf(why, sizeof why, "driver features 0x%llx lack VIRTIO_F_VERSION_1", ull(f));
        else if (!m_device.accept_features(f))
            std::snprintf(why, sizeof why, "the device does not accept features 0x%llx", ull(f));
        if (Tracer::on(TraceEvent::features))
            Tracer::instance().features(this, m_trace_name.c_str(), offered, f, why[0] == 0);
        if (why[0] == 0) {
            m_driver_features = f;
        } else {
            report_guest_error(name(), kFeaturesRefused, "FEATURES_OK refused: %s", why);
            now &= ~uint32_t{kStatusFeaturesOk};
        }
    }
    if (set & kStatusDriverOk) {
        if (!legacy() && !(now & kStatusFeaturesOk)) {
            report_guest_error(name(), kBadSequence,
                               "DRIVER_OK set without FEATURES_OK; expected feature negotiation "
                               "first, DRIVER_OK ignored");
            now &= ~uint32_t{kStatusDriverOk};
        } else if (legacy()) {
            // Legacy has no FEATURES_OK: the features are final now.
            const uint64_t offered = offered_features();
            if (m_driver_features_written & ~offered)
                report_guest_error(name(), kFeaturesRefused,
                                   "driver features 0x%llx include 0x%llx that were not offered; "
                                   "ignoring them",
                                   ull(m_driver_features_written),
                                   ull(m_driver_features_written & ~offered));
            m_driver_features = m_driver_features_written & offered;
            if (Tracer::on(TraceEvent::features))
                Tracer::instance().features(this, m_trace_name.c_str(), offered,
                                            m_driver_features_written, true);
            if (!m_device.accept_features(m_driver_features))
                report_guest_error(name(), kFeaturesRefused,
                                   "the device does not accept features 0x%llx (legacy: cannot "
                                   "refuse)",
                                   ull(m_driver_features));
        }
    }
    m_status = now;
    if (Tracer::on(TraceEvent::set_status) && now != old)
        Tracer::instance().set_status(this, m_trace_name.c_str(), old, now);
    if (now & ~old & kStatusDriverOk) {
        // The queues enabled so far go live now: start their rings.
        for (unsigned q = 0; q < m_queues.size(); ++q)
            if (m_queues[q].enabled && !m_queues[q].broken)
                start_ring(q);
        m_device.driver_ok();
        // Buffers may have been made available before DRIVER_OK: look once.
        for (unsigned q = 0; q < m_queues.size(); ++q)
            m_pending_notify[q] = true;
        m_notify_event.notify(sc_core::SC_ZERO_TIME);
    }
}

void VirtioTransportCore::reset_device()
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
    m_delayed.clear();  // interrupts held back by a delay fault die with the reset
    m_driver_features_written = 0;
    m_driver_features = 0;
    reset_registers();
    update_irq();
}

void VirtioTransportCore::config_changed()
{
    ++m_config_generation;
    if (Tracer::on(TraceEvent::config_change))
        Tracer::instance().config_change(this, m_trace_name.c_str(), m_config_generation);
    if (m_status & kStatusDriverOk)
        raise(kInterruptConfigChange);
}

// ---- Interrupts -----------------------------------------------------------------

void VirtioTransportCore::ack_interrupt(uint32_t v)
{
    const uint32_t cleared = m_interrupt_status & v;
    m_interrupt_status &= ~v;
    if (Tracer::on(TraceEvent::irq_ack) && cleared)  // trace point (hot)
        Tracer::instance().irq_ack(this, m_trace_name.c_str(), cleared, m_interrupt_status);
    update_irq();
}

void VirtioTransportCore::raise(uint32_t bits)
{
    if (m_faults) {  // irq-delay fault: set the bits later (delayed_irq_method)
        const sc_core::sc_time now = sc_core::sc_time_stamp();
        const sc_core::sc_time delay = m_faults->delay_for(now);
        if (delay != sc_core::SC_ZERO_TIME) {
            m_faults->count_injected();
            if (m_delayed.empty())
                m_delayed_event.notify(delay);
            m_delayed.emplace_back(now + delay, bits);
            SC_REPORT_INFO_VERB(kFaultInjected,
                                (std::string(name()) + ": interrupt bits " + std::to_string(bits) +
                                 " at " + now.to_string() + " delayed by " + delay.to_string())
                                    .c_str(),
                                sc_core::SC_HIGH);
            return;
        }
    }
    raise_now(bits);
}

void VirtioTransportCore::raise_now(uint32_t bits)
{
    m_interrupt_status |= bits;
    if (Tracer::on(TraceEvent::irq_raise))  // trace point (hot)
        Tracer::instance().irq_raise(this, m_trace_name.c_str(), bits, m_interrupt_status);
    update_irq();
}

void VirtioTransportCore::update_irq()
{
    // The level is driven from one process (irq_method) so that callers from
    // any process (register accesses, the worker, a device thread) are fine
    // with a plain single-writer sc_signal.
    m_irq_event.notify(sc_core::SC_ZERO_TIME);
}

void VirtioTransportCore::irq_method()
{
    m_irq_level = m_interrupt_status != 0;
    irq.write(m_irq_level);
}

void VirtioTransportCore::trace_signals(sc_core::sc_trace_file* file) const
{
    const std::string me = name();
    sc_core::sc_trace(file, m_irq_level, me + ".irq");
    sc_core::sc_trace(file, m_interrupt_status, me + ".InterruptStatus");
    for (unsigned q = 0; q < m_queues.size(); ++q)
        sc_core::sc_trace(file, m_queues[q].in_flight, me + ".queue" + std::to_string(q) + "_in_flight");
}

// ---- Queue life cycle -------------------------------------------------------------

unsigned VirtioTransportCore::queue_max(unsigned q) const
{
    if (q >= m_device.num_queues())
        return 0;
    unsigned m = std::min(m_core_config.queue_size_max, m_device.queue_size_max(q));
    m = std::min(m, kMaxQueueSize);
    while (m & (m - 1))  // round down to a power of two (split rings need one)
        m &= m - 1;
    return m;
}

std::string VirtioTransportCore::queue_name(unsigned queue) const
{
    return std::string(name()) + " queue " + std::to_string(queue);
}

void VirtioTransportCore::enable_queue(unsigned q)
{
    Queue& s = m_queues[q];
    s.enabled = true;
    s.started = false;
    if ((m_status & kStatusDriverOk) && !s.broken)
        start_ring(q);
}

void VirtioTransportCore::disable_queue(unsigned q)
{
    stop_queue(m_queues[q]);
}

void VirtioTransportCore::reset_queue(unsigned q)
{
    Queue& s = m_queues[q];
    stop_queue(s);
    s.num = queue_max(q);
    s.desc = s.driver = s.device = 0;
    s.broken = false;
    m_pending_notify[q] = false;
    m_deferred_notify[q] = false;
}

void VirtioTransportCore::stop_queue(Queue& q)
{
    q.enabled = false;
    q.started = false;
    ++q.generation;  // messages taken so far are stale
    q.in_flight = 0;
    if (Tracer::any())
        Tracer::instance().queue_stopped(this, static_cast<unsigned>(&q - m_queues.data()));
}

bool VirtioTransportCore::start_ring(unsigned queue)
{
    Queue& q = m_queues[queue];
    const bool packed = m_driver_features & bit(kFeatureRingPacked);
    const bool is_packed = dynamic_cast<PackedRing*>(q.ring.get()) != nullptr;
    if (!q.ring || packed != is_packed) {
        if (packed)
            q.ring = std::make_unique<PackedRing>(queue_name(queue), memory);
        else
            q.ring = std::make_unique<SplitRing>(queue_name(queue), memory);
    }
    VirtqueueLayout layout;
    if (legacy()) {
        layout = SplitRing::legacy_layout(q.desc, q.num, q.align);
    } else {
        layout.num = q.num;
        layout.desc = q.desc;
        layout.driver = q.driver;
        layout.device = q.device;
    }
    if (!packed && !is_pow2(layout.num)) {
        // The queue size is checked when written, against the features
        // written so far: a driver that wrote RING_PACKED, a size that only
        // suits a packed ring, then negotiated a split ring ends up here. A
        // split ring of another size desynchronises at the 16-bit index
        // wrap (§2.7: its size is a power of two), so refuse it.
        report_guest_error(queue_name(queue).c_str(), kBadValue,
                           "QueueNum %u for a split ring; expected a power of two, queue stopped",
                           layout.num);
        mark_broken(queue, "split ring size not a power of two");
        return false;
    }
    layout.indirect = m_driver_features & bit(kFeatureIndirectDesc);
    layout.event_idx = m_driver_features & bit(kFeatureEventIdx);
    q.ring->start(layout);
    q.started = true;
    if (m_strict)
        m_strict->on_queue_start(queue, layout, packed);
    if (Tracer::on(TraceEvent::queue_setup))
        Tracer::instance().queue_setup(this, m_trace_name.c_str(), queue, layout.num, layout.desc,
                                       layout.driver, layout.device, packed, layout.event_idx,
                                       layout.indirect);
    return true;
}

bool VirtioTransportCore::queue_live(unsigned queue) const
{
    if (queue >= m_queues.size() || !(m_status & kStatusDriverOk))
        return false;
    const Queue& q = m_queues[queue];
    return q.enabled && !q.broken;
}

bool VirtioTransportCore::queue_broken(unsigned queue) const
{
    return queue < m_queues.size() && m_queues[queue].broken;
}

unsigned VirtioTransportCore::queue_size(unsigned queue) const
{
    return queue < m_queues.size() ? m_queues[queue].num : 0;
}

VirtioTransportCore::QueueAddresses VirtioTransportCore::queue_addresses(unsigned queue) const
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
    } else if (!legacy()) {
        a.desc = q.desc;
        a.driver = q.driver;
        a.device = q.device;
    }
    return a;
}

Virtqueue* VirtioTransportCore::live_ring(unsigned queue)
{
    // A live queue (enabled, DRIVER_OK, not broken) has a started ring:
    // enable_queue and set_status start it at the step that makes it live.
    if (!queue_live(queue))
        return nullptr;
    Queue& q = m_queues[queue];
    return q.started ? q.ring.get() : nullptr;
}

void VirtioTransportCore::mark_broken(unsigned queue, const std::string& why)
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
    if (!legacy())
        raise(kInterruptConfigChange);
}

// ---- Requests -----------------------------------------------------------------------

void VirtioTransportCore::notify_queue(unsigned q)
{
    if (Tracer::on(TraceEvent::notify))  // trace point (hot: one branch when off)
        Tracer::instance().notify(this, m_trace_name.c_str(), q);
    if (m_device.notify_never_waits()) {  // hot: the device only wakes its own thread
        if (queue_live(q))
            m_device.notify(q);
        return;
    }
    m_pending_notify[q] = true;
    m_notify_event.notify(sc_core::SC_ZERO_TIME);  // processed by worker(); return at once
}

bool VirtioTransportCore::get(unsigned queue, VirtioMessage& msg)  // hot: once per request
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
    if (m_faults && m_faults->take_request()) {  // needs-reset fault: request never completed
        enter_needs_reset("request " + std::to_string(m_faults->faults().needs_reset_request) +
                          " taken from queue " + std::to_string(queue));
        return false;
    }
    ++q.budget_used;
    ++q.in_flight;
    msg.queue = queue;
    msg.epoch = q.generation;
    msg.memory = &memory;
    if (Tracer::on(TraceEvent::pop))  // trace point (hot: one branch when off)
        Tracer::instance().pop(this, m_trace_name.c_str(), queue, msg.id, msg.descriptors,
                               msg.readable_size(), msg.writable_size(),
                               m_driver_features & bit(kFeatureEventIdx));
    return true;
}

void VirtioTransportCore::put(unsigned queue, VirtioMessage& msg)  // hot: once per request
{
    if (queue >= m_queues.size() || msg.epoch != m_queues[queue].generation)
        return;  // taken before a reset or queue stop: dropped silently
    Virtqueue* ring = live_ring(queue);
    if (!ring)
        return;
    if (Tracer::on(TraceEvent::done))  // trace point (hot)
        Tracer::instance().done(this, m_trace_name.c_str(), queue, msg.id, msg.used_len);
    if (msg.fault()) {
        report_guest_error(queue_name(queue).c_str(), ring_error::kBadAddress,
                           "buffer of request %u at 0x%llx is not in guest memory (bus error); "
                           "expected guest RAM",
                           unsigned{msg.id}, ull(msg.fault_address()));
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
        Tracer::instance().push(this, m_trace_name.c_str(), queue, msg.id, msg.used_len,
                                need_interrupt);
    if (m_faults) {  // drop-irq fault
        std::string why;
        if (m_faults->complete(queue, need_interrupt, why)) {
            report_fault("dropped " + why + " (buffer " + std::to_string(msg.id) + " of queue " +
                         std::to_string(queue) + " is in the used ring, unannounced)");
            return;
        }
    }
    if (need_interrupt)
        raise(kInterruptUsedBuffer);
}

void VirtioTransportCore::worker()
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

// ---- Fault injection (config.faults) -------------------------------------------------

void VirtioTransportCore::report_fault(const std::string& what)
{
    SC_REPORT_INFO_VERB(kFaultInjected, (std::string(name()) + ": " + what).c_str(),
                        sc_core::SC_MEDIUM);
}

void VirtioTransportCore::delayed_irq_method()
{
    const sc_core::sc_time now = sc_core::sc_time_stamp();
    while (!m_delayed.empty() && m_delayed.front().first <= now) {
        raise_now(m_delayed.front().second);
        m_delayed.pop_front();
    }
    if (!m_delayed.empty())
        m_delayed_event.notify(m_delayed.front().first - now);
}

void VirtioTransportCore::enter_needs_reset(const std::string& why)
{
    for (unsigned i = 0; i < m_queues.size(); ++i) {
        Queue& q = m_queues[i];
        q.broken = true;  // not live until reset: the device is told nothing more
        ++q.generation;   // requests in flight are dropped when they come back
        q.in_flight = 0;
        m_pending_notify[i] = false;
        m_deferred_notify[i] = false;
        if (Tracer::on(TraceEvent::needs_reset))
            Tracer::instance().needs_reset(this, m_trace_name.c_str(), i, "injected fault: " + why);
        if (Tracer::any())
            Tracer::instance().queue_stopped(this, i);
    }
    m_status |= kStatusDeviceNeedsReset;
    m_faults->count_injected();
    report_fault("DEVICE_NEEDS_RESET set (" + why + "); all queues stopped until reset");
    if (m_status & kStatusDriverOk)
        raise(kInterruptConfigChange);
}

void VirtioTransportCore::fault_thread()
{
    // The timed faults in time order (a stable sort: equal times keep the
    // config-change interrupts before NEEDS_RESET).
    const TransportFaults& f = m_faults->faults();
    std::vector<std::pair<sc_core::sc_time, bool>> events;  // (when, true: NEEDS_RESET)
    for (const sc_core::sc_time& t : f.config_irq_at)
        events.emplace_back(t, false);
    if (f.needs_reset_timed)
        events.emplace_back(f.needs_reset_at, true);
    std::stable_sort(events.begin(), events.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [when, needs_reset] : events) {
        const sc_core::sc_time now = sc_core::sc_time_stamp();
        if (when > now)
            sc_core::wait(when - now);
        if (needs_reset) {
            enter_needs_reset("at " + when.to_string());
        } else if (m_status & kStatusDriverOk) {
            m_faults->count_injected();
            report_fault("spurious config-change interrupt at " + when.to_string());
            raise(kInterruptConfigChange);
        } else {
            report_fault("spurious config-change interrupt at " + when.to_string() +
                         " not raised: DRIVER_OK is not set");
        }
    }
}

}  // namespace vp::virtio
