// InitiatorCpu: a port tagged with set_cpu_index delivers its index with
// every b_transport (through a router, as on virt64), an untagged port
// delivers none, a payload that already names a CPU keeps it, and the
// borrowed extension never stays attached to the caller's payload.
#include <catch2/catch.hpp>

#include <vector>

#include <tlm_utils/simple_target_socket.h>

#include "bus/initiator_cpu.h"
#include "bus/initiator_port.h"
#include "bus/router.h"

using namespace vp;

namespace {

// Records, per access, the InitiatorCpu index it saw (-1: none).
struct Recorder : sc_core::sc_module {
    tlm_utils::simple_target_socket<Recorder> socket{"socket"};
    std::vector<int> seen;
    explicit Recorder(sc_core::sc_module_name n) : sc_core::sc_module(n)
    {
        socket.register_b_transport(this, &Recorder::b_transport);
    }
    void b_transport(tlm::tlm_generic_payload& tx, sc_core::sc_time&)
    {
        const auto* ext = tx.get_extension<bus::InitiatorCpu>();
        seen.push_back(ext ? static_cast<int>(ext->index) : -1);
        CHECK(bus::initiator_cpu(tx) == (ext ? ext->index : 0u));
        tx.set_response_status(tlm::TLM_OK_RESPONSE);
    }
};

struct Bench : sc_core::sc_module {
    bus::InitiatorPort cpu2{"cpu2"};
    bus::InitiatorPort plain{"plain"};
    bus::Router router{"router"};
    Recorder target{"target"};
    Bench() : sc_core::sc_module("bench")
    {
        cpu2.set_cpu_index(2);
        cpu2.bind(router.target);
        plain.bind(router.target);
        router.map(target.socket, 0x1000, 0x1000, "target");
        sc_core::sc_start(sc_core::SC_ZERO_TIME);
    }
};

}  // namespace

TEST_CASE("A tagged port names its CPU in every transaction, an untagged one names none")
{
    Bench b;
    uint32_t v = 0;
    sc_core::sc_time delay = sc_core::SC_ZERO_TIME;
    REQUIRE(b.cpu2.read(0x1000, &v, 4, delay) == bus::MemStatus::ok);
    REQUIRE(b.cpu2.write(0x1ffc, &v, 4, delay) == bus::MemStatus::ok);
    REQUIRE(b.plain.read(0x1004, &v, 4, delay) == bus::MemStatus::ok);
    CHECK(b.target.seen == std::vector<int>{2, 2, -1});
}

TEST_CASE("A raw transport keeps a payload's own InitiatorCpu and leaves no borrowed one behind")
{
    Bench b;
    uint32_t data = 0;
    sc_core::sc_time delay = sc_core::SC_ZERO_TIME;
    tlm::tlm_generic_payload tx;
    tx.set_command(tlm::TLM_READ_COMMAND);
    tx.set_address(0x1008);
    tx.set_data_ptr(reinterpret_cast<unsigned char*>(&data));
    tx.set_data_length(4);
    tx.set_streaming_width(4);

    b.cpu2.transport(tx, delay);
    CHECK(tx.get_extension<bus::InitiatorCpu>() == nullptr);  // removed after the call

    bus::InitiatorCpu own(5);
    tx.set_extension(&own);
    b.cpu2.transport(tx, delay);
    CHECK(tx.get_extension<bus::InitiatorCpu>() == &own);     // untouched
    tx.clear_extension(&own);
    CHECK(b.target.seen == std::vector<int>{2, 5});
}
