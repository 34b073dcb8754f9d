// GlobalMonitor: the shared exclusive-access monitor. See global_monitor.h.
#include "arm64/global_monitor.h"

namespace vp::arm64 {

GlobalMonitor::GlobalMonitor(unsigned num_cpus, unsigned erg_bytes)
    : m_erg(erg_bytes && !(erg_bytes & (erg_bytes - 1)) ? erg_bytes : 64),
      m_cores(num_cpus ? num_cpus : 1)
{
}

void GlobalMonitor::drop(Reservation& r)
{
    if (r.valid) {
        r.valid = false;
        --m_reserved_count;
    }
}

void GlobalMonitor::mark(unsigned cpu, uint64_t pa, unsigned size)
{
    if (cpu >= m_cores.size())
        return;
    Reservation& r = m_cores[cpu];
    drop(r);
    const uint64_t mask = ~uint64_t(m_erg - 1);
    r.first = pa & mask;
    r.last = ((pa + (size ? size : 1) - 1) & mask) + m_erg - 1;
    r.valid = true;
    ++m_reserved_count;
}

bool GlobalMonitor::store_exclusive(unsigned cpu, uint64_t pa, unsigned size)
{
    if (cpu >= m_cores.size())
        return false;
    Reservation& r = m_cores[cpu];
    const uint64_t last = pa + (size ? size : 1) - 1;
    const bool pass = r.valid && pa >= r.first && last <= r.last;
    drop(r);
    return pass;
}

void GlobalMonitor::clear(unsigned cpu)
{
    if (cpu < m_cores.size())
        drop(m_cores[cpu]);
}

bool GlobalMonitor::overlaps_any(uint64_t pa, uint64_t len) const
{
    const uint64_t last = pa + (len ? len : 1) - 1;
    for (const Reservation& r : m_cores)
        if (r.valid && pa <= r.last && last >= r.first)
            return true;
    return false;
}

void GlobalMonitor::observe_write(uint64_t pa, uint64_t len, unsigned writer)
{
    if (m_reserved_count == 0)
        return;
    const uint64_t last = pa + (len ? len : 1) - 1;
    for (unsigned c = 0; c < m_cores.size(); ++c) {
        Reservation& r = m_cores[c];
        if (c == writer || !r.valid || pa > r.last || last < r.first)
            continue;
        drop(r);
        if (m_on_event)
            m_on_event(c);
    }
}

}  // namespace vp::arm64
