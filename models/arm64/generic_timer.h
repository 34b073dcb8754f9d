// GenericTimer: the ARMv8 Generic Timer as seen from one core's EL0/EL1
// (ARM ARM D11 "The Generic Timer in AArch64 state": CNTFRQ, CNTPCT, CNTVCT,
// the EL1 physical and virtual timers, CNTKCTL_EL1).
// The counter is derived from SystemC time: count = floor(t * frequency).
// Not modelled: CNTVOFF (always 0), event stream generation (EVNTEN is
// stored only), EL2/EL3 timers, the memory-mapped CNTCTLBase frame.
#pragma once

#include <cstdint>

#include <systemc>

namespace vp::arm64 {

enum class TimerReg : uint8_t {
    cntfrq,     // CNTFRQ_EL0
    cntpct,     // CNTPCT_EL0 (read-only)
    cntvct,     // CNTVCT_EL0 (read-only)
    cntp_ctl,   // CNTP_CTL_EL0
    cntp_cval,  // CNTP_CVAL_EL0
    cntp_tval,  // CNTP_TVAL_EL0
    cntv_ctl,   // CNTV_CTL_EL0
    cntv_cval,  // CNTV_CVAL_EL0
    cntv_tval,  // CNTV_TVAL_EL0
    cntkctl,    // CNTKCTL_EL1
};

class GenericTimer : public sc_core::sc_module {
public:
    sc_core::sc_out<bool> irq_phys;  // ENABLE && ISTATUS && !IMASK of CNTP -> PPI 30
    sc_core::sc_out<bool> irq_virt;  // the same for CNTV -> PPI 27

    // CNTCTL bits.
    static constexpr uint64_t ctl_enable = 1 << 0;
    static constexpr uint64_t ctl_imask = 1 << 1;
    static constexpr uint64_t ctl_istatus = 1 << 2;

    explicit GenericTimer(sc_core::sc_module_name name, uint64_t frequency_hz = 62'500'000);
    GenericTimer(const GenericTimer&) = delete;
    GenericTimer& operator=(const GenericTimer&) = delete;

    // Register access at the caller's local time `now` (which may be ahead of
    // sc_time_stamp() under temporal decoupling). Writes to read-only
    // registers are ignored with a warning. Outputs follow a write within the
    // same simulated time (next delta cycle).
    uint64_t read(TimerReg reg, const sc_core::sc_time& now) const;
    void write(TimerReg reg, uint64_t value, const sc_core::sc_time& now);

    // True if EL0 may access reg under the current CNTKCTL_EL1; false means
    // the access traps to EL1 (ESR EC 0x18).
    bool el0_accessible(TimerReg reg) const;

    // Counter value at time t (CNTPCT_EL0; CNTVCT_EL0 is the same, CNTVOFF=0).
    uint64_t count(const sc_core::sc_time& t) const;
    // Earliest time at which the counter is >= value.
    sc_core::sc_time time_of_count(uint64_t value) const;
    uint64_t frequency() const { return m_frequency; }

    // Notified whenever an output rises. The CPU may wait on it in WFI.
    const sc_core::sc_event& irq_event() const { return m_irq_event; }

private:
    struct Timer {
        uint64_t ctl = 0;   // ENABLE and IMASK only; ISTATUS is computed
        uint64_t cval = 0;
    };

    void update();  // SC_METHOD: drives the outputs, schedules the next change
    bool condition(const Timer& timer, uint64_t count) const;
    uint64_t ctl_value(const Timer& timer, uint64_t count) const;

    const uint64_t m_frequency;       // counter rate
    const uint64_t m_units_per_sec;   // sc_time resolution units per second
    uint64_t m_cntfrq;                // CNTFRQ_EL0 (informational, writable)
    uint64_t m_cntkctl = 0;
    Timer m_phys;
    Timer m_virt;
    sc_core::sc_event m_update_event;
    sc_core::sc_event m_irq_event;
};

}  // namespace vp::arm64
