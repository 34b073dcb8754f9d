#include "virtio/transport_faults.h"

namespace vp::virtio {

FaultPlan::FaultPlan(const TransportFaults& faults, unsigned num_queues)
    : m_faults(faults),
      m_completed(num_queues, 0),
      m_interrupts(num_queues, 0),
      m_drop_armed(faults.drop_irq.size(), false),
      m_drop_done(faults.drop_irq.size(), false)
{
}

bool FaultPlan::take_request()
{
    ++m_taken;
    return m_taken == m_faults.needs_reset_request;
}

bool FaultPlan::complete(unsigned queue, bool interrupt, std::string& why)
{
    if (queue >= m_completed.size())
        return false;
    ++m_completed_all;
    ++m_completed[queue];
    if (interrupt) {
        ++m_interrupts_all;
        ++m_interrupts[queue];
    }
    bool drop = false;
    for (size_t i = 0; i < m_faults.drop_irq.size(); ++i) {
        const TransportFaults::DropIrq& d = m_faults.drop_irq[i];
        if (m_drop_done[i] || !matches_queue(d, queue))
            continue;
        const bool any = d.queue == TransportFaults::kAnyQueue;
        switch (d.by) {
        case TransportFaults::DropIrq::By::request:
            if ((any ? m_completed_all : m_completed[queue]) == d.number)
                m_drop_armed[i] = true;
            break;
        case TransportFaults::DropIrq::By::interrupt:
            if (interrupt && (any ? m_interrupts_all : m_interrupts[queue]) == d.number)
                m_drop_armed[i] = true;
            break;
        case TransportFaults::DropIrq::By::time:
            if (sc_core::sc_time_stamp() >= d.at)
                m_drop_armed[i] = true;
            break;
        }
        if (m_drop_armed[i] && interrupt && !drop) {
            m_drop_done[i] = true;
            drop = true;
            why = d.by == TransportFaults::DropIrq::By::request
                      ? "the interrupt of completion " + std::to_string(d.number)
                  : d.by == TransportFaults::DropIrq::By::interrupt
                      ? "used-buffer interrupt " + std::to_string(d.number)
                      : "the first used-buffer interrupt from " + d.at.to_string();
            why += any ? "" : " of queue " + std::to_string(d.queue);
        }
    }
    if (drop)
        ++m_injected;
    return drop;
}

sc_core::sc_time FaultPlan::delay_for(const sc_core::sc_time& now) const
{
    if (m_faults.irq_delay == sc_core::SC_ZERO_TIME || now < m_faults.irq_delay_from ||
        now >= m_faults.irq_delay_until)
        return sc_core::SC_ZERO_TIME;
    return m_faults.irq_delay;
}

}  // namespace vp::virtio
