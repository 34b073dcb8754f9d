// CpuCluster: the cores' shared state and broadcasts. See cpu_cluster.h.
#include "arm64/cpu_cluster.h"

#include "arm64/cpu.h"

namespace vp::arm64 {

CpuCluster::CpuCluster(unsigned num_cpus)
    : m_size(num_cpus ? num_cpus : 1), m_psci(m_size), m_monitor(m_size)
{
    // A write that clears a core's reservation is a WFE wake-up event for it.
    m_monitor.on_event([this](unsigned cpu) {
        if (cpu < m_cpus.size())
            m_cpus[cpu]->signal_event();
    });
}

void CpuCluster::add(Cpu& cpu)
{
    const unsigned index = static_cast<unsigned>(m_cpus.size());
    m_cpus.push_back(&cpu);
    if (index != 0)
        m_psci.attach(index, cpu);
}

void CpuCluster::code_page_added(uint64_t pa_page)
{
    // The first core to decode the page: no core may keep a fast write
    // mapping to it (later decoders find it already out of every write TLB).
    if (m_code_pages[pa_page]++ != 0)
        return;
    for (Cpu* c : m_cpus)
        c->forget_write_page(nullptr);
}

void CpuCluster::code_page_removed(uint64_t pa_page)
{
    auto it = m_code_pages.find(pa_page);
    if (it != m_code_pages.end() && --it->second == 0)
        m_code_pages.erase(it);
}

void CpuCluster::code_written(uint64_t pa, unsigned size)
{
    for (Cpu* c : m_cpus)
        c->code_written_here(pa, size);
}

void CpuCluster::invalidate_code_all()
{
    for (Cpu* c : m_cpus)
        c->invalidate_code_all();
}

void CpuCluster::invalidate_code_pa_page(uint64_t pa)
{
    for (Cpu* c : m_cpus)
        c->invalidate_code_pa_page(pa);
}

void CpuCluster::send_event(unsigned from)
{
    for (unsigned i = 0; i < m_cpus.size(); ++i)
        if (i != from)
            m_cpus[i]->signal_event();
}

void CpuCluster::expose_reservation(unsigned owner, const uint8_t* host_page)
{
    for (unsigned i = 0; i < m_cpus.size(); ++i)
        if (i != owner)
            m_cpus[i]->forget_write_page(host_page);
}

}  // namespace vp::arm64
