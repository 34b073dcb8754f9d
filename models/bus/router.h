// Router: a TLM-2.0 interconnect with an address map. Each mapped target
// sees addresses relative to its base. DMI requests are forwarded and their
// ranges translated back to the initiator's view; invalidations from targets
// are translated and broadcast to all initiators. An unmapped address answers
// TLM_ADDRESS_ERROR_RESPONSE. A transaction crossing the end of a mapping is
// also an address error (initiators split at region boundaries).
// Not modelled: contention, arbitration, per-initiator maps.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <systemc>
#include <tlm>
#include <tlm_utils/multi_passthrough_initiator_socket.h>
#include <tlm_utils/multi_passthrough_target_socket.h>

namespace vp::bus {

class Router : public sc_core::sc_module {
public:
    tlm_utils::multi_passthrough_target_socket<Router> target;        // from initiators
    tlm_utils::multi_passthrough_initiator_socket<Router> initiator;  // to targets

    // latency: added to every transaction routed (models the interconnect hop).
    explicit Router(sc_core::sc_module_name name,
                    sc_core::sc_time latency = sc_core::SC_ZERO_TIME);
    Router(const Router&) = delete;
    Router& operator=(const Router&) = delete;

    // Maps [base, base+size) to `socket`, binding the router's initiator to it.
    // Call before elaboration ends; overlapping mappings are rejected.
    void map(tlm::tlm_target_socket<>& socket, uint64_t base, uint64_t size,
             const std::string& name);

    struct Mapping {
        uint64_t base;
        uint64_t size;
        unsigned port;
        std::string name;
    };
    const std::vector<Mapping>& mappings() const { return m_map; }

    uint64_t decode_errors() const { return m_decode_errors; }

private:
    const Mapping* decode(uint64_t addr) const;

    void b_transport(int id, tlm::tlm_generic_payload& tx, sc_core::sc_time& delay);
    bool get_direct_mem_ptr(int id, tlm::tlm_generic_payload& tx, tlm::tlm_dmi& dmi);
    unsigned transport_dbg(int id, tlm::tlm_generic_payload& tx);
    void invalidate_direct_mem_ptr(int port, sc_dt::uint64 start, sc_dt::uint64 end);

    sc_core::sc_time m_latency;
    std::vector<Mapping> m_map;  // sorted by base
    uint64_t m_decode_errors = 0;
};

}  // namespace vp::bus
