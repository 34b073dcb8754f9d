// Unit tests of models/arm64/psci.h: return values as qemu-system-aarch64 7.2
// (-M virt -cpu cortex-a53, PSCI over HVC) answers them, and the CPU_ON /
// AFFINITY_INFO / CPU_OFF state machine prepared for SMP.
#include "arm64/psci.h"

#include <catch2/catch.hpp>

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

TEST_CASE("SMP: CPU_ON starts a core through the platform and AFFINITY_INFO follows its state", "[psci]")
{
    Psci psci(10);
    CHECK(Psci::mpidr_affinity(9) == 0x101);
    PsciResult r = psci.call(Psci::cpu_on_64, 0x101, 0x4008'0000, 0xC0FFEE);
    CHECK(r.x0 == 0);
    CHECK(r.action == PsciAction::cpu_on);
    CHECK(r.target == 9);
    CHECK(r.entry == 0x4008'0000);
    CHECK(r.context_id == 0xC0FFEE);
    CHECK(psci.call(Psci::affinity_info_64, 0x101, 0, 0).x0 == 2);  // ON_PENDING
    CHECK(psci.call(Psci::cpu_on_64, 0x101, 0x4008'0000, 0).x0 == ret(Psci::on_pending));

    psci.set_power_state(9, Psci::PowerState::on);
    CHECK(psci.call(Psci::affinity_info_32, 0x101, 0, 0).x0 == 0);
    CHECK(psci.call(Psci::cpu_on_32, 0x101, 0, 0).x0 == ret(Psci::already_on));

    r = psci.call(Psci::cpu_off, 0, 0, 0, 9);
    CHECK(r.action == PsciAction::cpu_off);
    CHECK(psci.call(Psci::affinity_info_64, 0x101, 0, 0).x0 == 1);  // OFF

    // SMC32 CPU_ON uses 32-bit arguments.
    r = psci.call(Psci::cpu_on_32, 1, 0xFFFF'FFFF'4000'0000, 0xAAAA'AAAA'0000'0001);
    CHECK(r.action == PsciAction::cpu_on);
    CHECK(r.entry == 0x4000'0000);
    CHECK(r.context_id == 1);
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
