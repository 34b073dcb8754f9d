// Cpu's multi-core side (issue 7): joining a CpuCluster, PSCI power-on and
// power-off, the WFE event register with SEV/SEVL and the generic timer's
// event stream, exposing a reservation before the core gives up the host
// thread, and the receivers of the cluster's broadcasts (TLBI, write TLB).
// DDI 0487 D1.16 (WFE/SEV), D11.2.3 (event stream), PSCI 1.1 6.4 (CPU_ON
// state). A core outside a cluster never reaches most of this.
#include "arm64/cpu.h"

#include "arm64/cpu_cluster.h"
#include "arm64/generic_timer.h"
#include "arm64/sysregs.h"

namespace vp::arm64 {

void Cpu::join_cluster(CpuCluster& cluster)
{
    m_cluster = &cluster;
    m_index = cluster.joined();
    m_mpidr = (uint64_t(1) << 31) | Psci::mpidr_affinity(m_index);
    m_psci = &cluster.psci();
    m_own_psci.reset();
    bus.set_cpu_index(m_index);
    m_powered_off = m_index != 0;
    cluster.add(*this);
}

bool Cpu::multi_core() const
{
    return m_cluster != nullptr && m_cluster->size() > 1;
}

void Cpu::power_on(uint64_t entry, uint64_t context_id)
{
    m_power_entry = entry;
    m_power_context = context_id;
    m_power_on_pending = true;
    m_power_event.notify(sc_core::SC_ZERO_TIME);
}

// Powered off (CPU_OFF, or a secondary before its first CPU_ON): no host
// time until power_on; then the state PSCI 1.1 6.4 gives a core that CPU_ON
// started, and Psci::core_started (ON_PENDING -> ON).
void Cpu::wait_powered_off()
{
    m_wfi = m_wfe = false;
    m_state.monitor.clear();
    if (m_cluster)
        m_cluster->monitor().clear(m_index);
    sync_time();
    idle_begin();
    while (!m_power_on_pending)
        sc_core::wait(m_power_event);
    idle_end();
    m_power_on_pending = false;
    m_powered_off = false;
    m_retired_at_sync = m_retired;
    m_extra_delay = sc_core::SC_ZERO_TIME;

    CpuState& s = m_state;
    for (unsigned i = 0; i < 31; ++i)
        s.x[i] = 0;
    s.x[0] = m_power_context;
    s.pc = m_power_entry;
    s.nzcv = 0;
    s.switch_mode(1, 1);  // EL1h
    s.daif = spsr::kD | spsr::kA | spsr::kI | spsr::kF;
    s.il = s.ss = false;
    s.sys.sctlr &= ~uint64_t(sctlr::kM | (1u << 2) | (1u << 12));  // M, C, I
    m_event = false;
    select_tlb();
    m_mmu.tlbi_vmalle1();
    flush_tlb();
    invalidate_code_all();
    m_last_vector = ~uint64_t(0);
    m_vector_loop = 0;
    if (m_timer)
        m_stream_count = m_timer->count(sc_core::sc_time_stamp());
    m_psci->core_started(m_index);
}

void Cpu::before_yield()
{
    if (m_cluster && m_resv_host && m_cluster->monitor().reserved(m_index))
        m_cluster->expose_reservation(m_index, m_resv_host);
}

void Cpu::signal_event()
{
    m_event = true;
    m_wake_event.notify(sc_core::SC_ZERO_TIME);
}

void Cpu::send_event()
{
    if (multi_core())
        m_cluster->send_event(m_index);
}

void Cpu::clear_exclusive()
{
    m_state.monitor.clear();
    if (m_cluster)
        m_cluster->monitor().clear(m_index);
}

void Cpu::send_event_local()
{
    m_event = true;
}

// The event stream (D11.2.3): an event each time bit EVNTI of the virtual
// count changes in the EVNTDIR direction (0: 0 -> 1, 1: 1 -> 0). Returns the
// first count after `count` at which that happens.
uint64_t Cpu::next_stream_count(uint64_t count) const
{
    const uint64_t kctl = m_timer->read(TimerReg::cntkctl, sc_core::SC_ZERO_TIME);
    const unsigned bit = (kctl >> 4) & 0xF;
    const uint64_t period = uint64_t(2) << bit;
    const uint64_t phase = (kctl & (1u << 3)) ? 0 : (uint64_t(1) << bit);
    uint64_t next = count / period * period + phase;
    if (next <= count)
        next += period;
    return next;
}

bool Cpu::event_stream_fired()
{
    const uint64_t kctl = m_timer->read(TimerReg::cntkctl, sc_core::SC_ZERO_TIME);
    if (!(kctl & (1u << 2)))  // EVNTEN
        return false;
    const uint64_t now = m_timer->count(local_time());
    const bool fired = next_stream_count(m_stream_count) <= now;
    m_stream_count = now;
    return fired;
}

// WFE (D1.16.2): the event register set is consumed, otherwise the core
// sleeps until an event (SEV by another core, a reservation cleared by
// another agent's write, the event stream) or an interrupt. A single core
// keeps the behaviour of before: WFE ends the batch and returns.
void Cpu::wait_for_event()
{
    end_batch();
    if (!multi_core())
        return;
    if (m_event) {
        m_event = false;
        return;
    }
    if (event_stream_fired())
        return;
    m_wfe = true;
}

void Cpu::idle_until_event()
{
    m_wfe = false;
    before_yield();
    sync_time();
    if (m_event || (irq.read() && !(m_state.daif & spsr::kI)) ||
        (fiq.read() && !(m_state.daif & spsr::kF)) || debug_stepping()) {
        m_event = false;
        return;
    }
    const sc_core::sc_time start = sc_core::sc_time_stamp();
    if (m_config.idle_observer) m_config.idle_observer(true);
    const uint64_t kctl = m_timer->read(TimerReg::cntkctl, sc_core::SC_ZERO_TIME);
    auto events = m_wake_event | irq.value_changed_event() | fiq.value_changed_event() |
                  m_timer->irq_event() | m_debug_wake;
    m_in_idle = true;
    idle_begin();
    if (kctl & (1u << 2)) {
        const uint64_t now = m_timer->count(start);
        const sc_core::sc_time at = m_timer->time_of_count(next_stream_count(now));
        sc_core::wait(at > start ? at - start : sc_core::SC_ZERO_TIME, events);
    } else {
        sc_core::wait(events);
    }
    m_in_idle = false;
    if (m_config.idle_observer) m_config.idle_observer(false);
    idle_end();
    m_event = false;  // the wake-up event is what this WFE consumed
    m_stream_count = m_timer->count(sc_core::sc_time_stamp());
    m_retired_at_sync = m_retired;
}

void Cpu::tlbi(unsigned op2, uint64_t v)
{
    // The soft TLB only holds entries of the current ASID and global ones
    // (it is flushed on every TTBR/TCR write).
    switch (op2) {
    case 0: m_mmu.tlbi_vmalle1(); flush_tlb(); break;
    case 1: m_mmu.tlbi_vae1(v); flush_tlb_va(v << 12); break;
    case 2:
        m_mmu.tlbi_aside1(v);
        if (((m_state.sys.tcr & (1ull << 36)) ? uint16_t(v >> 48) : uint16_t((v >> 48) & 0xFF)) ==
            current_asid())
            flush_tlb();
        break;
    case 3: m_mmu.tlbi_vaae1(v); flush_tlb_va(v << 12); break;
    case 5: m_mmu.tlbi_vale1(v); flush_tlb_va(v << 12); break;
    case 7: m_mmu.tlbi_vaale1(v); flush_tlb_va(v << 12); break;
    default: break;
    }
}

void Cpu::forget_write_page(const uint8_t* host_page)
{
    if (!host_page) {
        flush_write_tlb();
        return;
    }
    for (auto& set : m_tlb)
        for (auto& e : set.write)
            if (e.tag != kInvalidTag && reinterpret_cast<const uint8_t*>(e.tag + e.addend) == host_page)
                e = {kInvalidTag, 0};
}

}  // namespace vp::arm64
