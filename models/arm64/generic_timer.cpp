// GenericTimer: ARMv8 Generic Timer registers and outputs. See generic_timer.h.
#include "arm64/generic_timer.h"

#include <limits>

namespace vp::arm64 {

using sc_core::sc_time;

namespace {

// CNTKCTL_EL1 bits.
constexpr uint64_t kctl_el0pcten = 1 << 0;
constexpr uint64_t kctl_el0vcten = 1 << 1;
constexpr uint64_t kctl_el0vten = 1 << 8;
constexpr uint64_t kctl_el0pten = 1 << 9;
constexpr uint64_t kctl_mask = 0x3FF;

}  // namespace

GenericTimer::GenericTimer(sc_core::sc_module_name name, uint64_t frequency_hz)
    : sc_module(name),
      irq_phys("irq_phys"),
      irq_virt("irq_virt"),
      m_frequency(frequency_hz ? frequency_hz : 1),
      m_units_per_sec(sc_time(1, sc_core::SC_SEC).value()),
      m_cntfrq(frequency_hz & 0xFFFF'FFFF)
{
    if (frequency_hz == 0) {
        SC_REPORT_WARNING("vp/arm64/timer/config", "frequency 0 Hz is invalid; using 1 Hz");
    }
    SC_HAS_PROCESS(GenericTimer);
    SC_METHOD(update);
    sensitive << m_update_event;
}

uint64_t GenericTimer::count(const sc_time& t) const
{
    const unsigned __int128 ticks =
        static_cast<unsigned __int128>(t.value()) * m_frequency / m_units_per_sec;
    return static_cast<uint64_t>(ticks);
}

sc_time GenericTimer::time_of_count(uint64_t value) const
{
    // Smallest time t (in resolution units) with floor(t * f / U) >= value.
    const unsigned __int128 units =
        (static_cast<unsigned __int128>(value) * m_units_per_sec + m_frequency - 1) / m_frequency;
    if (units > std::numeric_limits<uint64_t>::max()) {
        return sc_core::sc_max_time();
    }
    return sc_time::from_value(static_cast<uint64_t>(units));
}

bool GenericTimer::condition(const Timer& timer, uint64_t count) const
{
    return (timer.ctl & ctl_enable) && count >= timer.cval;
}

uint64_t GenericTimer::ctl_value(const Timer& timer, uint64_t count) const
{
    // ISTATUS reads as 0 while the timer is disabled.
    return timer.ctl | (condition(timer, count) ? ctl_istatus : 0);
}

uint64_t GenericTimer::read(TimerReg reg, const sc_time& now) const
{
    const uint64_t c = count(now);
    switch (reg) {
    case TimerReg::cntfrq: return m_cntfrq;
    case TimerReg::cntpct:
    case TimerReg::cntvct: return c;
    case TimerReg::cntp_ctl: return ctl_value(m_phys, c);
    case TimerReg::cntv_ctl: return ctl_value(m_virt, c);
    case TimerReg::cntp_cval: return m_phys.cval;
    case TimerReg::cntv_cval: return m_virt.cval;
    // TVAL: the low 32 bits of CVAL - count, as a signed value; MRS gives it
    // zero-extended (bits [63:32] are RES0).
    case TimerReg::cntp_tval: return static_cast<uint32_t>(m_phys.cval - c);
    case TimerReg::cntv_tval: return static_cast<uint32_t>(m_virt.cval - c);
    case TimerReg::cntkctl: return m_cntkctl;
    }
    return 0;
}

void GenericTimer::write(TimerReg reg, uint64_t value, const sc_time& now)
{
    const auto tval_to_cval = [&](uint64_t tval) {
        const int64_t delta = static_cast<int32_t>(static_cast<uint32_t>(tval));
        return count(now) + static_cast<uint64_t>(delta);
    };
    switch (reg) {
    case TimerReg::cntfrq: m_cntfrq = value & 0xFFFF'FFFF; return;
    case TimerReg::cntpct:
    case TimerReg::cntvct:
        SC_REPORT_WARNING("vp/arm64/timer/read-only",
                          "write to CNTPCT_EL0/CNTVCT_EL0 ignored: the counters are read-only");
        return;
    case TimerReg::cntp_ctl: m_phys.ctl = value & (ctl_enable | ctl_imask); break;
    case TimerReg::cntv_ctl: m_virt.ctl = value & (ctl_enable | ctl_imask); break;
    case TimerReg::cntp_cval: m_phys.cval = value; break;
    case TimerReg::cntv_cval: m_virt.cval = value; break;
    case TimerReg::cntp_tval: m_phys.cval = tval_to_cval(value); break;
    case TimerReg::cntv_tval: m_virt.cval = tval_to_cval(value); break;
    case TimerReg::cntkctl: m_cntkctl = value & kctl_mask; return;
    }
    m_update_event.notify(sc_core::SC_ZERO_TIME);
}

bool GenericTimer::el0_accessible(TimerReg reg) const
{
    switch (reg) {
    case TimerReg::cntfrq: return m_cntkctl & (kctl_el0pcten | kctl_el0vcten);
    case TimerReg::cntpct: return m_cntkctl & kctl_el0pcten;
    case TimerReg::cntvct: return m_cntkctl & kctl_el0vcten;
    case TimerReg::cntp_ctl:
    case TimerReg::cntp_cval:
    case TimerReg::cntp_tval: return m_cntkctl & kctl_el0pten;
    case TimerReg::cntv_ctl:
    case TimerReg::cntv_cval:
    case TimerReg::cntv_tval: return m_cntkctl & kctl_el0vten;
    case TimerReg::cntkctl: return false;
    }
    return false;
}

void GenericTimer::update()
{
    const sc_time now = sc_core::sc_time_stamp();
    const uint64_t c = count(now);
    bool rose = false;
    const auto drive = [&](sc_core::sc_out<bool>& out, const Timer& timer) {
        const bool level = condition(timer, c) && !(timer.ctl & ctl_imask);
        if (level != out.read()) {
            out.write(level);
            rose |= level;
        }
        // Wake up exactly when the compare condition becomes true.
        if ((timer.ctl & ctl_enable) && !(timer.ctl & ctl_imask) && c < timer.cval) {
            const sc_time at = time_of_count(timer.cval);
            if (at != sc_core::sc_max_time()) {
                m_update_event.notify(at - now);
            }
        }
    };
    drive(irq_phys, m_phys);
    drive(irq_virt, m_virt);
    if (rose) {
        m_irq_event.notify(sc_core::SC_ZERO_TIME);
    }
}

}  // namespace vp::arm64
