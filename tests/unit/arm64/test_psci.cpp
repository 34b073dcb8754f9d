// Unit tests of models/arm64/psci.h: return values as qemu-system-aarch64 7.2
// (-M virt -cpu cortex-a53, PSCI over HVC) answers them, and the CPU_ON /
// AFFINITY_INFO / CPU_OFF state machine prepared for SMP.
#include "arm64/psci.h"

#include <catch2/catch.hpp>
#include <systemc>

#include <vector>

using namespace vp::arm64;

namespace {

uint64_t ret(int32_t v)
{
    return static_cast<uint64_t>(static_cast<int64_t>(v));
}

}  // namespace

TEST_CASE("PSCI_VERSION is 1.1 and PSCI_FEATURES lists what QEMU 7.2 lists", "[psci]")
{
    Psci psci;
    CHECK(psci.call(Psci::psci_version, 0, 0, 0).x0 == 0x10001);
    const uint32_t supported[] = {0x84000000, 0x84000001, 0x84000002, 0x84000003, 0xC4000003,
                                  0x84000004, 0xC4000004, 0x84000006, 0x84000008, 0x84000009,
                                  0x8400000A};
    for (uint32_t id : supported) {
        INFO("function " << std::hex << id);
        CHECK(psci.call(Psci::psci_features, id, 0, 0).x0 == 0);
    }
    const uint32_t unsupported[] = {0x84000005, 0x84000007, 0x8400000C, 0x8400000D, 0x8400000E,
                                    0xC400000E, 0x84000012, 0xC4000012, 0x84000015, 0xC4000001,
                                    0xC4000000, 0xC4000006, 0x12345};
    for (uint32_t id : unsupported) {
        INFO("function " << std::hex << id);
        CHECK(psci.call(Psci::psci_features, id, 0, 0).x0 == ret(Psci::not_supported));
    }
}

TEST_CASE("Single core: CPU_ON of core 0 is ALREADY_ON and bad targets are INVALID_PARAMETERS", "[psci]")
{
    Psci psci;
    PsciResult r = psci.call(Psci::cpu_on_64, 0, 0x4000'0000, 0);
    CHECK(r.x0 == ret(Psci::already_on));
    CHECK(r.action == PsciAction::none);
    CHECK(psci.call(Psci::cpu_on_64, 5, 0x4000'0000, 0).x0 == ret(Psci::invalid_parameters));
    CHECK(psci.call(Psci::affinity_info_64, 0, 0, 0).x0 == 0);
    CHECK(psci.call(Psci::affinity_info_64, 1, 0, 0).x0 == ret(Psci::invalid_parameters));
    CHECK(psci.call(Psci::affinity_info_64, 0x100, 0, 0).x0 == ret(Psci::invalid_parameters));
    CHECK(psci.call(Psci::affinity_info_64, 7, 1, 0).x0 == 0);  // level 1: always on
    CHECK(psci.call(Psci::migrate_info_type, 0, 0, 0).x0 == 2);
    CHECK(psci.call(0x84000007, 0, 0, 0).x0 == ret(Psci::not_supported));  // MIGRATE_INFO_UP_CPU
    CHECK(psci.call(Psci::migrate_64, 0, 0, 0).x0 == ret(Psci::not_supported));
    CHECK(psci.call(0x12345678, 0, 0, 0).x0 == ~uint64_t{0});
}

namespace {

// A core's power-on hook that records what the controller asked for.
struct FakeCore : CpuPowerControl {
    struct On {
        uint64_t entry;
        uint64_t context_id;
    };
    std::vector<On> calls;
    void power_on(uint64_t entry, uint64_t context_id) override { calls.push_back({entry, context_id}); }
};

}  // namespace

TEST_CASE("SMP: CPU_ON powers the target on through its hook and AFFINITY_INFO follows its state", "[psci]")
{
    Psci psci(10);
    FakeCore core9;
    psci.attach(9, core9);
    CHECK(Psci::mpidr_affinity(9) == 0x101);
    CHECK(psci.call(Psci::affinity_info_64, 0x101, 0, 0).x0 == 1);  // secondaries start OFF
    PsciResult r = psci.call(Psci::cpu_on_64, 0x101, 0x4008'0000, 0xC0FFEE);
    CHECK(r.x0 == 0);
    CHECK(r.action == PsciAction::none);  // nothing for the caller to do
    REQUIRE(core9.calls.size() == 1);
    CHECK(core9.calls[0].entry == 0x4008'0000);
    CHECK(core9.calls[0].context_id == 0xC0FFEE);
    CHECK(psci.call(Psci::affinity_info_64, 0x101, 0, 0).x0 == 2);  // ON_PENDING
    CHECK(psci.call(Psci::cpu_on_64, 0x101, 0x4008'0000, 0).x0 == ret(Psci::on_pending));

    psci.core_started(9);  // the core executes its first instruction
    CHECK(psci.power_state(9) == Psci::PowerState::on);
    CHECK(psci.call(Psci::affinity_info_32, 0x101, 0, 0).x0 == 0);
    CHECK(psci.call(Psci::cpu_on_32, 0x101, 0, 0).x0 == ret(Psci::already_on));
    CHECK(core9.calls.size() == 1);  // refused calls do not touch the core

    r = psci.call(Psci::cpu_off, 0, 0, 0, 9);  // core 9 turns itself off
    CHECK(r.x0 == 0);
    CHECK(r.action == PsciAction::cpu_off);
    CHECK(psci.call(Psci::affinity_info_64, 0x101, 0, 0).x0 == 1);  // OFF

    // An OFF core can be started again (CPU hotplug), here by SMC32 CPU_ON,
    // whose arguments are 32 bits: the upper halves are ignored.
    r = psci.call(Psci::cpu_on_32, 0xFFFF'FFFF'0000'0101, 0xFFFF'FFFF'4000'0000,
                  0xAAAA'AAAA'0000'0001, 3);
    CHECK(r.x0 == 0);
    REQUIRE(core9.calls.size() == 2);
    CHECK(core9.calls[1].entry == 0x4000'0000);
    CHECK(core9.calls[1].context_id == 1);
    // core_started is only a transition out of ON_PENDING.
    psci.core_started(9);
    psci.call(Psci::cpu_off, 0, 0, 0, 9);
    psci.core_started(9);
    CHECK(psci.power_state(9) == Psci::PowerState::off);
}

TEST_CASE("SMP: CPU_ON return codes in the spec's order: target, entry point, state", "[psci]")
{
    Psci psci(4);
    FakeCore cores[4];
    for (unsigned i = 1; i < 4; ++i)
        psci.attach(i, cores[i]);
    psci.set_valid_entry_ranges({{0x4000'0000, 0x4FFF'FFFF}});

    // No such core: INVALID_PARAMETERS, whatever the entry point.
    CHECK(psci.call(Psci::cpu_on_64, 4, 0x10, 0).x0 == ret(Psci::invalid_parameters));
    CHECK(psci.call(Psci::cpu_on_64, 0x100, 0x4000'0000, 0).x0 == ret(Psci::invalid_parameters));
    CHECK(psci.call(Psci::cpu_on_64, 1ull << 32, 0x4000'0000, 0).x0 ==
          ret(Psci::invalid_parameters));  // Aff3 = 1
    // Entry point outside RAM: INVALID_ADDRESS (before ALREADY_ON, as TF-A).
    CHECK(psci.call(Psci::cpu_on_64, 2, 0x3FFF'FFFC, 0).x0 == ret(Psci::invalid_address));
    CHECK(psci.call(Psci::cpu_on_64, 2, 0x5000'0000, 0).x0 == ret(Psci::invalid_address));
    CHECK(psci.call(Psci::cpu_on_64, 0, 0x5000'0000, 0).x0 == ret(Psci::invalid_address));
    CHECK(psci.power_state(2) == Psci::PowerState::off);
    CHECK(cores[2].calls.empty());
    // Valid: the boot core is ALREADY_ON; the others start.
    CHECK(psci.call(Psci::cpu_on_64, 0, 0x4FFF'FFFF, 0).x0 == ret(Psci::already_on));
    for (unsigned i = 1; i < 4; ++i) {
        CHECK(psci.call(Psci::cpu_on_64, i, 0x4000'0000 + i * 0x100, 0x10 + i, 0).x0 == 0);
        REQUIRE(cores[i].calls.size() == 1);
        CHECK(cores[i].calls[0].entry == 0x4000'0000 + i * 0x100);
        CHECK(cores[i].calls[0].context_id == 0x10 + i);
    }
    // A second CPU_ON before the core runs: ON_PENDING, from any caller.
    CHECK(psci.call(Psci::cpu_on_64, 3, 0x4000'0000, 0, 1).x0 == ret(Psci::on_pending));
}

TEST_CASE("SMP: a core the platform did not attach cannot be started", "[psci]")
{
    Psci psci(2);
    const auto before = sc_core::sc_report_handler::get_count("vp/arm64/psci/no-core");
    CHECK(psci.call(Psci::cpu_on_64, 1, 0x4000'0000, 0).x0 == ret(Psci::internal_failure));
    CHECK(sc_core::sc_report_handler::get_count("vp/arm64/psci/no-core") == before + 1);
    CHECK(psci.power_state(1) == Psci::PowerState::off);
}

TEST_CASE("SMP: SYSTEM_OFF, SYSTEM_RESET, MIGRATE_INFO_TYPE and AFFINITY_INFO answer any core", "[psci]")
{
    Psci psci(4);
    FakeCore core2;
    psci.attach(2, core2);
    REQUIRE(psci.call(Psci::cpu_on_64, 2, 0x4000'0000, 0).x0 == 0);
    psci.core_started(2);
    for (unsigned caller : {0u, 2u}) {
        INFO("caller " << caller);
        CHECK(psci.call(Psci::migrate_info_type, 0, 0, 0, caller).x0 == 2);
        CHECK(psci.call(Psci::affinity_info_64, 0, 0, 0, caller).x0 == 0);
        CHECK(psci.call(Psci::affinity_info_64, 1, 0, 0, caller).x0 == 1);
        CHECK(psci.call(Psci::affinity_info_64, 2, 0, 0, caller).x0 == 0);
        CHECK(psci.call(Psci::system_off, 0, 0, 0, caller).action == PsciAction::system_off);
        CHECK(psci.call(Psci::system_reset, 0, 0, 0, caller).action == PsciAction::system_reset);
    }
    // The boot core may turn itself off while another runs.
    CHECK(psci.call(Psci::cpu_off, 0, 0, 0, 0).action == PsciAction::cpu_off);
    CHECK(psci.call(Psci::affinity_info_64, 0, 0, 0, 2).x0 == 1);
    CHECK(psci.call(Psci::cpu_on_64, 0, 0x4000'0000, 0, 2).x0 == ret(Psci::internal_failure));
}

TEST_CASE("SYSTEM_OFF SYSTEM_RESET and CPU_SUSPEND ask the platform to act", "[psci]")
{
    Psci psci;
    CHECK(psci.call(Psci::system_off, 0, 0, 0).action == PsciAction::system_off);
    CHECK(psci.call(Psci::system_reset, 0, 0, 0).action == PsciAction::system_reset);
    PsciResult r = psci.call(Psci::cpu_suspend_64, 0, 0x4000'0000, 0);
    CHECK(r.action == PsciAction::cpu_suspend);
    CHECK(r.x0 == 0);
    r = psci.call(Psci::cpu_suspend_32, 0x1'0000'0000 | 0x20000, 0, 0);
    CHECK(r.x0 == ret(Psci::invalid_parameters));
    CHECK(r.action == PsciAction::none);
    // The function ID is w0: upper bits of x0 are ignored (SMCCC).
    CHECK(psci.call(0xFFFF'FFFF'0000'0000 | Psci::psci_version, 0, 0, 0).x0 == 0x10001);
}
