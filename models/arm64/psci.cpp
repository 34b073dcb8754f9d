// Psci: PSCI firmware calls answered by the model. See psci.h.
#include "arm64/psci.h"

#include <string>

#include <systemc>

namespace vp::arm64 {

namespace {

uint64_t ret(int32_t value)
{
    return static_cast<uint64_t>(static_cast<int64_t>(value));
}

}  // namespace

Psci::Psci(unsigned num_cpus)
    : m_cores(num_cpus ? num_cpus : 1)
{
    m_cores[0].state = PowerState::on;
}

void Psci::attach(unsigned cpu, CpuPowerControl& core)
{
    if (cpu < m_cores.size())
        m_cores[cpu].control = &core;
}

bool Psci::valid_entry(uint64_t entry) const
{
    if (m_entry_ranges.empty())
        return true;
    for (const auto& [first, last] : m_entry_ranges)
        if (entry >= first && entry <= last)
            return true;
    return false;
}

// CPU_ON (DEN 0022 5.1.4), checks in the order TF-A makes them: the target,
// the entry point, then the target's state.
int32_t Psci::cpu_on(uint64_t mpidr, uint64_t entry, uint64_t context_id)
{
    unsigned target;
    if (!cpu_of(mpidr, target))
        return invalid_parameters;
    if (!valid_entry(entry))
        return invalid_address;
    Core& core = m_cores[target];
    if (core.state == PowerState::on)
        return already_on;
    if (core.state == PowerState::on_pending)
        return on_pending;
    if (core.control == nullptr) {
        SC_REPORT_WARNING("vp/arm64/psci/no-core",
                          ("CPU_ON: core " + std::to_string(target) +
                           " exists in the MPIDR map but the platform attached no power-on "
                           "hook for it; INTERNAL_FAILURE")
                              .c_str());
        return internal_failure;
    }
    core.state = PowerState::on_pending;
    core.control->power_on(entry, context_id);
    return success;
}

void Psci::core_started(unsigned cpu)
{
    if (cpu < m_cores.size() && m_cores[cpu].state == PowerState::on_pending)
        m_cores[cpu].state = PowerState::on;
}

bool Psci::cpu_of(uint64_t mpidr, unsigned& cpu) const
{
    // Only the affinity fields Aff3 (39:32) and Aff2..Aff0 (23:0) are meaningful.
    if (mpidr & ~0xFF'00FF'FFFFULL) {
        return false;
    }
    const uint64_t aff0 = mpidr & 0xFF, aff1 = (mpidr >> 8) & 0xFF;
    if (aff0 >= 8 || (mpidr >> 16) != 0) {
        return false;
    }
    const uint64_t index = aff1 * 8 + aff0;
    if (index >= m_cores.size()) {
        return false;
    }
    cpu = static_cast<unsigned>(index);
    return true;
}

void Psci::set_power_state(unsigned cpu, PowerState state)
{
    if (cpu < m_cores.size()) {
        m_cores[cpu].state = state;
    }
}

PsciResult Psci::call(uint64_t x0, uint64_t x1, uint64_t x2, uint64_t x3, unsigned caller)
{
    PsciResult r;
    const uint32_t function = static_cast<uint32_t>(x0);
    switch (function) {
    case psci_version: r.x0 = version; break;

    case psci_features:
        // The calls QEMU 7.2 reports as implemented; everything else, including
        // the SMC64 CPU_SUSPEND, is NOT_SUPPORTED there too.
        switch (static_cast<uint32_t>(x1)) {
        case psci_version: case cpu_suspend_32: case cpu_off: case cpu_on_32: case cpu_on_64:
        case affinity_info_32: case affinity_info_64: case migrate_info_type:
        case system_off: case system_reset: case psci_features:
            r.x0 = ret(success);
            break;
        default: r.x0 = ret(not_supported); break;
        }
        break;

    case cpu_suspend_32:
    case cpu_suspend_64:
        // Only standby in the power state (no power-down, no affinity levels).
        if (x1 & 0xFFFE'0000) {
            r.x0 = ret(invalid_parameters);
        } else {
            r.x0 = ret(success);
            r.action = PsciAction::cpu_suspend;
        }
        break;

    case cpu_off:
        if (caller >= m_cores.size()) {
            r.x0 = ret(denied);
            break;
        }
        m_cores[caller].state = PowerState::off;
        r.x0 = ret(success);
        r.action = PsciAction::cpu_off;
        break;

    case cpu_on_32:
    case cpu_on_64: {
        // The SMC32 form takes 32-bit arguments (SMCCC: upper halves ignored).
        const bool is32 = function == cpu_on_32;
        r.x0 = ret(cpu_on(is32 ? static_cast<uint32_t>(x1) : x1,
                          is32 ? static_cast<uint32_t>(x2) : x2,
                          is32 ? static_cast<uint32_t>(x3) : x3));
        break;
    }

    case affinity_info_32:
    case affinity_info_64: {
        // Levels above 0 are always on (QEMU's answer).
        if (x2 != 0) {
            r.x0 = ret(0);
            break;
        }
        unsigned target;
        r.x0 = cpu_of(x1, target) ? static_cast<uint64_t>(m_cores[target].state)
                                  : ret(invalid_parameters);
        break;
    }

    case migrate_info_type: r.x0 = 2; break;  // no Trusted OS: migration not required

    case system_off:
        r.x0 = ret(success);
        r.action = PsciAction::system_off;
        break;
    case system_reset:
        r.x0 = ret(success);
        r.action = PsciAction::system_reset;
        break;

    default: r.x0 = ret(not_supported); break;  // includes MIGRATE, MIGRATE_INFO_UP_CPU
    }
    return r;
}

}  // namespace vp::arm64
