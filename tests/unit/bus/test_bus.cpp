// Memory, Router and InitiatorPort working together: an initiator reads and
// writes two RAMs behind a router, through DMI and through b_transport.
#include <catch2/catch.hpp>

#include <cstring>
#include <fstream>
#include <vector>

#include "bus/initiator_port.h"
#include "bus/router.h"
#include "memory/memory.h"

using namespace vp;
using sc_core::SC_NS;
using sc_core::sc_time;

namespace {

// An initiator module owning an InitiatorPort, as every real initiator does.
struct Initiator : sc_core::sc_module {
    bus::InitiatorPort port{"port"};
    explicit Initiator(sc_core::sc_module_name n) : sc_core::sc_module(n) {}
};

// Two 64 KiB RAMs back to back at 0x1000_0000 and 0x1001_0000, a hole, then
// a third at 0x2000_0000.
struct Bench {
    Initiator cpu{"cpu"};
    bus::Router router{"router", sc_time(2, SC_NS)};
    memory::Memory ram0;
    memory::Memory ram1;

    explicit Bench(bool dmi)
        : ram0("ram0", {0x10000, sc_time(10, SC_NS), sc_time(20, SC_NS), dmi, false}),
          ram1("ram1", {0x10000, sc_time(10, SC_NS), sc_time(20, SC_NS), dmi, false})
    {
        cpu.port.bind(router.target);
        router.map(ram0.socket, 0x10000000, 0x10000, "ram0");
        router.map(ram1.socket, 0x10010000, 0x10000, "ram1");
    }

    // Ends elaboration (multi-sockets complete their binding there) so the
    // test can call the port directly.
    Bench& started()
    {
        sc_core::sc_start(sc_core::SC_ZERO_TIME);
        return *this;
    }
};

}  // namespace

TEST_CASE("A buffer spanning two memories is written and read through DMI")
{
    Bench b(true);
    b.started();
    std::vector<uint8_t> out(256), in(256);
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = static_cast<uint8_t>(i * 7 + 1);
    sc_time delay = sc_core::SC_ZERO_TIME;
    const uint64_t addr = 0x10010000 - 100;  // 100 bytes in ram0, 156 in ram1

    REQUIRE(b.cpu.port.write(addr, out.data(), out.size(), delay) == bus::MemStatus::ok);
    REQUIRE(b.cpu.port.read(addr, in.data(), in.size(), delay) == bus::MemStatus::ok);
    CHECK(in == out);
    CHECK(std::memcmp(b.ram0.data() + 0x10000 - 100, out.data(), 100) == 0);
    CHECK(std::memcmp(b.ram1.data(), out.data() + 100, 156) == 0);
    CHECK(b.cpu.port.transport_accesses() == 0);
    CHECK(b.cpu.port.dmi_accesses() == 4);
    // DMI latency = memory latency + router hop, per access: 2 writes, 2 reads.
    CHECK(delay == sc_time(2 * 22 + 2 * 12, SC_NS));
}

TEST_CASE("Memory that denies DMI is reached through b_transport, split per 4 KiB")
{
    Bench b(false);
    b.started();
    std::vector<uint8_t> out(8192 + 64, 0x5a), in(out.size());
    sc_time delay = sc_core::SC_ZERO_TIME;
    const uint64_t addr = 0x10010000 - 4096 - 32;

    REQUIRE(b.cpu.port.write(addr, out.data(), out.size(), delay) == bus::MemStatus::ok);
    REQUIRE(b.cpu.port.read(addr, in.data(), in.size(), delay) == bus::MemStatus::ok);
    CHECK(in == out);
    CHECK(b.ram1.data()[0] == 0x5a);
    CHECK(b.cpu.port.dmi_accesses() == 0);
    CHECK(b.cpu.port.transport_accesses() == 8);  // 4 chunks each way
    CHECK(b.ram0.accesses() + b.ram1.accesses() == 8);
}

TEST_CASE("An unmapped address is a decode error, not a crash")
{
    Bench b(true);
    b.started();
    uint32_t v = 0;
    sc_time delay = sc_core::SC_ZERO_TIME;
    CHECK(b.cpu.port.read(0x30000000, &v, 4, delay) == bus::MemStatus::address_error);
    CHECK(b.cpu.port.write(0x0, &v, 4, delay) == bus::MemStatus::address_error);
    // The tail of a buffer running off the end of ram1.
    std::vector<uint8_t> buf(64);
    CHECK(b.cpu.port.read(0x10020000 - 32, buf.data(), buf.size(), delay) ==
          bus::MemStatus::address_error);
    CHECK(b.router.decode_errors() >= 2);
    CHECK(b.cpu.port.dmi(0x30000000, false) == nullptr);
}

TEST_CASE("The router translates DMI windows into the initiator's address space")
{
    Bench b(true);
    b.started();
    const tlm::tlm_dmi* w = b.cpu.port.dmi(0x10010010, true);
    REQUIRE(w != nullptr);
    CHECK(w->get_start_address() == 0x10010000);
    CHECK(w->get_end_address() == 0x1001ffff);
    CHECK(w->get_dmi_ptr() == b.ram1.data());
    CHECK(w->get_read_latency() == sc_time(12, SC_NS));
}

TEST_CASE("Invalidation drops the cached DMI window and notifies listeners")
{
    Bench b(true);
    b.started();
    uint64_t seen_start = 0, seen_end = 0;
    b.cpu.port.on_invalidate([&](uint64_t s, uint64_t e) { seen_start = s; seen_end = e; });
    uint32_t v = 0x12345678;
    sc_time delay = sc_core::SC_ZERO_TIME;
    REQUIRE(b.cpu.port.write(0x10010000, &v, 4, delay) == bus::MemStatus::ok);
    REQUIRE(b.cpu.port.dmi_accesses() == 1);

    // The memory withdraws its DMI grant for bytes 0x100..0x1ff.
    b.ram1.socket->invalidate_direct_mem_ptr(0x100, 0x1ff);
    CHECK(seen_start == 0x10010100);
    CHECK(seen_end == 0x100101ff);
    // The next access asks for DMI again (and gets it again).
    REQUIRE(b.cpu.port.read(0x10010000, &v, 4, delay) == bus::MemStatus::ok);
    CHECK(v == 0x12345678);
    CHECK(b.cpu.port.dmi_accesses() == 2);
}

TEST_CASE("Memory loads a file at an offset and rejects one that does not fit")
{
    memory::Memory ram("ram", {4096, sc_core::SC_ZERO_TIME, sc_core::SC_ZERO_TIME, true, false});
    const std::string path = "test_bus_load.bin";
    {
        std::ofstream f(path, std::ios::binary);
        f << "hello world";
    }
    CHECK(ram.load_file(path, 100) == 11);
    CHECK(std::memcmp(ram.data() + 100, "hello world", 11) == 0);
    CHECK_THROWS_WITH(ram.load_file(path, 4090), Catch::Contains("does not fit"));
    CHECK_THROWS_WITH(ram.load_file("no-such-file.bin", 0), Catch::Contains("cannot open"));
}

TEST_CASE("Overlapping router mappings are rejected at construction")
{
    Bench b(true);
    memory::Memory extra("extra", {0x1000, sc_core::SC_ZERO_TIME, sc_core::SC_ZERO_TIME, true, false});
    CHECK_THROWS_WITH(b.router.map(extra.socket, 0x1000f000, 0x2000, "extra"),
                      Catch::Contains("overlaps"));
}
