// Psci: PSCI 1.1 (Arm DEN 0022) firmware services answered by the model, as
// QEMU's built-in PSCI does for -M virt without EL2/EL3 firmware: the guest
// calls them with HVC (the conduit the device tree announces).
// One Psci is the platform's power controller, shared by all cores: it keeps
// every core's power state, and each core's firmware_call (HVC/SMC) calls
// call() with its own index. What concerns the calling core (stop, suspend,
// end the simulation) comes back as an action; CPU_ON starts the target core
// through the CpuPowerControl the platform attached for it.
// Not provided: MIGRATE, SYSTEM_SUSPEND, CPU_FREEZE, SYSTEM_RESET2,
// MEM_PROTECT and the other optional calls (NOT_SUPPORTED, like QEMU 7.2).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace vp::arm64 {

// What the calling core must do after its PSCI call.
enum class PsciAction : uint8_t {
    none,          // write x0 and continue
    cpu_off,       // the calling core stops executing until a CPU_ON restarts it
    cpu_suspend,   // write x0 (0), then behave as WFI
    system_off,    // end the simulation: power off (exit status 0)
    system_reset,  // end (or restart) the simulation: reset requested
};

struct PsciResult {
    uint64_t x0 = 0;
    PsciAction action = PsciAction::none;
};

// The power-on hook a core offers the power controller (implemented by Cpu;
// tests use a recording fake). PSCI 1.1 section 6.4 gives the state a core
// powered on by CPU_ON starts in, which power_on must establish:
// - pc = entry, x0 = context_id, the other general registers UNKNOWN (zero);
// - EL1h (the highest EL the model has; AArch64, as the caller), PSTATE.DAIF
//   all masked;
// - SCTLR_EL1.M/C/I = 0 (MMU and caches off), a clean TLB and decoded-code
//   cache, the exclusive monitor clear, the event register clear.
// power_on is called from the CPU_ON caller's thread, at the caller's local
// (temporally decoupled) time, while the target is powered off. It must not
// run the target inline: it records the entry and wakes the target's thread,
// which calls Psci::core_started(index) once it executes its first
// instruction (AFFINITY_INFO reads ON_PENDING until then).
class CpuPowerControl {
public:
    virtual void power_on(uint64_t entry, uint64_t context_id) = 0;

protected:
    ~CpuPowerControl() = default;
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
    static constexpr int32_t internal_failure = -6;
    static constexpr int32_t not_present = -7;
    static constexpr int32_t disabled = -8;
    static constexpr int32_t invalid_address = -9;

    static constexpr uint32_t version = 0x0001'0001;  // 1.1, as QEMU 7.2 virt reports

    enum class PowerState : uint8_t { on = 0, off = 1, on_pending = 2 };  // AFFINITY_INFO values

    // num_cpus cores; core 0 starts on, the others off.
    explicit Psci(unsigned num_cpus = 1);
    Psci(const Psci&) = delete;
    Psci& operator=(const Psci&) = delete;

    unsigned num_cpus() const { return static_cast<unsigned>(m_cores.size()); }

    // The platform gives each secondary core's power-on hook (before the
    // simulation starts). CPU_ON of a core without one answers
    // INTERNAL_FAILURE with a vp/arm64/psci/no-core warning.
    void attach(unsigned cpu, CpuPowerControl& core);

    // Entry points CPU_ON accepts: [first, last] ranges (e.g. RAM). Empty
    // (the default, as QEMU) accepts any address; otherwise an entry outside
    // every range is INVALID_ADDRESS (DEN 0022 5.1.4).
    void set_valid_entry_ranges(std::vector<std::pair<uint64_t, uint64_t>> ranges)
    {
        m_entry_ranges = std::move(ranges);
    }

    // One call from core `caller` with its x0..x3. The function ID is w0.
    PsciResult call(uint64_t x0, uint64_t x1, uint64_t x2, uint64_t x3, unsigned caller = 0);

    // A core started by CPU_ON reports that it executes (ON_PENDING -> ON).
    void core_started(unsigned cpu);
    // The platform forces a core's state (reset, tests).
    void set_power_state(unsigned cpu, PowerState state);
    PowerState power_state(unsigned cpu) const { return m_cores.at(cpu).state; }

    // MPIDR affinity of core i (Aff0 = i % 8, Aff1 = i / 8, like QEMU virt's
    // clusters of 8); MPIDR_EL1 = (1 << 31) | mpidr_affinity(i). Returns
    // false from cpu_of when the value names no core.
    static uint64_t mpidr_affinity(unsigned cpu) { return ((cpu / 8) << 8) | (cpu % 8); }
    bool cpu_of(uint64_t mpidr, unsigned& cpu) const;

private:
    struct Core {
        PowerState state = PowerState::off;
        CpuPowerControl* control = nullptr;
    };

    int32_t cpu_on(uint64_t mpidr, uint64_t entry, uint64_t context_id);
    bool valid_entry(uint64_t entry) const;

    std::vector<Core> m_cores;
    std::vector<std::pair<uint64_t, uint64_t>> m_entry_ranges;
};

}  // namespace vp::arm64
