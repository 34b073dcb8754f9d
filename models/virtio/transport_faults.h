// Interrupt and status faults any virtio device can be given (issue 9
// section 4, docs/fault-injection.md): TransportFaults is the configuration
// (TransportCoreConfig::faults, MmioTransportConfig::faults); FaultPlan keeps
// the counters and answers VirtioTransportCore's questions ("drop this
// interrupt?", "delay it?", "NEEDS_RESET at this request?"). The core applies
// the answers. Everything is keyed by request or interrupt number or by
// simulated time, so the same configuration gives the same run.
// Not here: device-specific faults (BlkFault in blk.h, NetDevice's rx faults
// and link schedule in net.h).
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include <systemc>

namespace vp::virtio {

struct TransportFaults {
    static constexpr unsigned kAnyQueue = std::numeric_limits<unsigned>::max();
    static constexpr uint64_t kNever = 0;  // a request/interrupt number of 0 never matches

    // Drop one used-buffer interrupt: InterruptStatus bit 0 is not set and
    // the line is not raised for it; the used ring is updated as usual. A
    // driver notices only through a later interrupt, a timeout or polling.
    struct DropIrq {
        enum class By {
            interrupt,  // the number-th used-buffer interrupt (from 1)
            request,    // the interrupt due to completion number `number` (from 1);
                        // if that completion raises none (suppressed), the next one
            time,       // the first used-buffer interrupt at or after `at`
        };
        By by = By::interrupt;
        uint64_t number = 1;
        sc_core::sc_time at = sc_core::SC_ZERO_TIME;
        // Count completions and interrupts of this queue only (kAnyQueue: of
        // all queues; an interrupt counts for the queue whose completion
        // raised it).
        unsigned queue = kAnyQueue;
    };
    std::vector<DropIrq> drop_irq;

    // Every interrupt (used buffer, config change) raised in
    // [irq_delay_from, irq_delay_until) sets its InterruptStatus bit and the
    // line irq_delay later. Zero: no delay.
    sc_core::sc_time irq_delay = sc_core::SC_ZERO_TIME;
    sc_core::sc_time irq_delay_from = sc_core::SC_ZERO_TIME;
    sc_core::sc_time irq_delay_until = sc_core::sc_max_time();

    // Spurious configuration-change interrupts at these simulated times
    // (InterruptStatus bit 1; the config generation is not changed, as
    // nothing changed). Ignored while DRIVER_OK is not set.
    std::vector<sc_core::sc_time> config_irq_at;

    // Set DEVICE_NEEDS_RESET: at a simulated time (needs_reset_timed), or
    // when the device takes request number needs_reset_request (from 1,
    // counted over all queues; that request is never completed). The device
    // stops serving all queues until the driver resets it, and raises a
    // config-change interrupt (virtio 1.2 §2.1.2) if DRIVER_OK is set.
    bool needs_reset_timed = false;
    sc_core::sc_time needs_reset_at = sc_core::SC_ZERO_TIME;
    uint64_t needs_reset_request = kNever;

    bool any() const
    {
        return !drop_irq.empty() || irq_delay != sc_core::SC_ZERO_TIME || !config_irq_at.empty() ||
               needs_reset_timed || needs_reset_request != kNever;
    }
};

// The counters and decisions of one transport's TransportFaults. Not a
// process: the core calls it from its own get/put/raise.
class FaultPlan {
public:
    FaultPlan(const TransportFaults& faults, unsigned num_queues);

    const TransportFaults& faults() const { return m_faults; }

    // The device took a request (any queue). True: this request number is
    // the NEEDS_RESET one.
    bool take_request();
    // A used buffer of `queue` was returned to the driver; `interrupt` is
    // whether it asks for a used-buffer interrupt. True: drop that interrupt
    // (sets `why` to a short description for the report).
    bool complete(unsigned queue, bool interrupt, std::string& why);
    // The delay for an interrupt raised now (zero: none).
    sc_core::sc_time delay_for(const sc_core::sc_time& now) const;

    // Faults applied so far (all kinds).
    uint64_t injected() const { return m_injected; }
    void count_injected() { ++m_injected; }

private:
    bool matches_queue(const TransportFaults::DropIrq& d, unsigned queue) const
    {
        return d.queue == TransportFaults::kAnyQueue || d.queue == queue;
    }

    TransportFaults m_faults;
    uint64_t m_taken = 0;                     // requests taken, all queues
    uint64_t m_completed_all = 0;             // completions, all queues
    uint64_t m_interrupts_all = 0;            // used-buffer interrupts asked for, all queues
    std::vector<uint64_t> m_completed;        // per queue
    std::vector<uint64_t> m_interrupts;       // per queue
    std::vector<bool> m_drop_armed;           // per DropIrq (By::request: completion seen)
    std::vector<bool> m_drop_done;            // per DropIrq: applied once
    uint64_t m_injected = 0;
};

}  // namespace vp::virtio
