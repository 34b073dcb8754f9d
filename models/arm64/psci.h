// Psci: PSCI 1.1 (Arm DEN 0022) firmware services answered by the model, as
// QEMU's built-in PSCI does for -M virt without EL2/EL3 firmware: the guest
// calls them with HVC (the conduit the device tree announces).
// The core is told what to do through an action; the platform starts and
// stops cores. Not provided: MIGRATE, SYSTEM_SUSPEND, CPU_FREEZE, SYSTEM_RESET2,
// MEM_PROTECT and the other optional calls (NOT_SUPPORTED, like QEMU 7.2).
#pragma once

#include <cstdint>
#include <vector>

namespace vp::arm64 {

enum class PsciAction : uint8_t {
    none,          // write x0 and continue
    cpu_on,        // start core `target` at `entry` with x0 = `context_id` (EL1h, MMU off)
    cpu_off,       // the calling core stops executing (never returns)
    cpu_suspend,   // write x0 (0), then behave as WFI
    system_off,    // end the simulation: power off (exit status 0)
    system_reset,  // end (or restart) the simulation: reset requested
};

struct PsciResult {
    uint64_t x0 = 0;
    PsciAction action = PsciAction::none;
    unsigned target = 0;      // cpu_on: core index
    uint64_t entry = 0;       // cpu_on: entry point
    uint64_t context_id = 0;  // cpu_on: x0 of the new core
};

class Psci {
public:
    // Function IDs (SMC32 = 0x84..., SMC64 = 0xC4...).
    static constexpr uint32_t psci_version = 0x8400'0000;
    static constexpr uint32_t cpu_suspend_32 = 0x8400'0001;
    static constexpr uint32_t cpu_suspend_64 = 0xC400'0001;
    static constexpr uint32_t cpu_off = 0x8400'0002;
    static constexpr uint32_t cpu_on_32 = 0x8400'0003;
    static constexpr uint32_t cpu_on_64 = 0xC400'0003;
    static constexpr uint32_t affinity_info_32 = 0x8400'0004;
    static constexpr uint32_t affinity_info_64 = 0xC400'0004;
    static constexpr uint32_t migrate_32 = 0x8400'0005;
    static constexpr uint32_t migrate_64 = 0xC400'0005;
    static constexpr uint32_t migrate_info_type = 0x8400'0006;
    static constexpr uint32_t system_off = 0x8400'0008;
    static constexpr uint32_t system_reset = 0x8400'0009;
    static constexpr uint32_t psci_features = 0x8400'000A;

    // Return codes.
    static constexpr int32_t success = 0;
    static constexpr int32_t not_supported = -1;
    static constexpr int32_t invalid_parameters = -2;
    static constexpr int32_t denied = -3;
    static constexpr int32_t already_on = -4;
    static constexpr int32_t on_pending = -5;

    static constexpr uint32_t version = 0x0001'0001;  // 1.1, as QEMU 7.2 virt reports

    enum class PowerState : uint8_t { on = 0, off = 1, on_pending = 2 };  // AFFINITY_INFO values

    // num_cpus cores; core 0 starts on, the others off.
    explicit Psci(unsigned num_cpus = 1);

    // One call from core `caller` with its x0..x3. The function ID is w0.
    PsciResult call(uint64_t x0, uint64_t x1, uint64_t x2, uint64_t x3, unsigned caller = 0);

    // The platform reports that a core it started is now running, or stopped.
    void set_power_state(unsigned cpu, PowerState state);
    PowerState power_state(unsigned cpu) const { return m_state.at(cpu); }

    // MPIDR affinity of core i (Aff0 = i % 8, Aff1 = i / 8, like QEMU virt's
    // clusters of 8); MPIDR_EL1 = (1 << 31) | mpidr_affinity(i). Returns
    // false from cpu_of when the value names no core.
    static uint64_t mpidr_affinity(unsigned cpu) { return ((cpu / 8) << 8) | (cpu % 8); }
    bool cpu_of(uint64_t mpidr, unsigned& cpu) const;

private:
    std::vector<PowerState> m_state;
};

}  // namespace vp::arm64
