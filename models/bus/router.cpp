#include "bus/router.h"
#include "log/debug_log.h"

#include <algorithm>
#include <cinttypes>
#include <stdexcept>

namespace vp::bus {

Router::Router(sc_core::sc_module_name name, sc_core::sc_time latency)
    : sc_core::sc_module(name), target("target"), initiator("initiator"), m_latency(latency)
{
    target.register_b_transport(this, &Router::b_transport);
    target.register_get_direct_mem_ptr(this, &Router::get_direct_mem_ptr);
    target.register_transport_dbg(this, &Router::transport_dbg);
    initiator.register_invalidate_direct_mem_ptr(this, &Router::invalidate_direct_mem_ptr);
}

void Router::map(tlm::tlm_target_socket<>& socket, uint64_t base, uint64_t size,
                 const std::string& name)
{
    if (size == 0 || base + (size - 1) < base)
        throw std::invalid_argument(std::string(this->name()) + ": bad mapping for " + name);
    for (const auto& m : m_map) {
        if (base <= m.base + (m.size - 1) && m.base <= base + (size - 1))
            throw std::invalid_argument(std::string(this->name()) + ": mapping of " + name +
                                        " overlaps " + m.name);
    }
    const unsigned port = static_cast<unsigned>(initiator.size());
    initiator.bind(socket);
    m_map.push_back({base, size, port, name});
    std::sort(m_map.begin(), m_map.end(),
              [](const Mapping& a, const Mapping& b) { return a.base < b.base; });
}

const Router::Mapping* Router::decode(uint64_t addr) const
{
    // Few mappings: binary search on the sorted bases.
    auto it = std::upper_bound(m_map.begin(), m_map.end(), addr,
                               [](uint64_t a, const Mapping& m) { return a < m.base; });
    if (it == m_map.begin())
        return nullptr;
    --it;
    return addr - it->base < it->size ? &*it : nullptr;
}

void Router::b_transport(int, tlm::tlm_generic_payload& tx, sc_core::sc_time& delay)
{
    const uint64_t addr = tx.get_address();
    const Mapping* m = decode(addr);
    const uint64_t len = tx.get_data_length();
    if (!m || (len > 0 && addr - m->base + (len - 1) >= m->size)) {
        ++m_decode_errors;
        // -d guest_errors (models/log): QEMU's line for an unassigned access.
        if (log::DebugLog::on(log::kGuestErrors))
            log::DebugLog::printf("Invalid %s at addr 0x%" PRIX64 ", size %u, region '(null)', "
                                  "reason: rejected\n",
                                  tx.is_write() ? "write" : "read", addr, unsigned(len));
        tx.set_response_status(tlm::TLM_ADDRESS_ERROR_RESPONSE);
        return;
    }
    delay += m_latency;
    tx.set_address(addr - m->base);
    initiator[m->port]->b_transport(tx, delay);
    tx.set_address(addr);
}

bool Router::get_direct_mem_ptr(int, tlm::tlm_generic_payload& tx, tlm::tlm_dmi& dmi)
{
    const uint64_t addr = tx.get_address();
    const Mapping* m = decode(addr);
    if (!m) {
        // Deny for the whole hole around addr.
        uint64_t lo = 0, hi = ~uint64_t{0};
        for (const auto& e : m_map) {
            if (e.base + (e.size - 1) < addr)
                lo = std::max(lo, e.base + e.size);
            else if (e.base > addr)
                hi = std::min(hi, e.base - 1);
        }
        dmi.set_start_address(lo);
        dmi.set_end_address(hi);
        return false;
    }
    tx.set_address(addr - m->base);
    const bool ok = initiator[m->port]->get_direct_mem_ptr(tx, dmi);
    tx.set_address(addr);
    // Translate back and clip to the mapping, for grants and denials alike.
    uint64_t start = dmi.get_start_address();
    uint64_t end = dmi.get_end_address();
    end = std::min<uint64_t>(end, m->size - 1);
    if (start > end)
        start = 0;
    dmi.set_start_address(start + m->base);
    dmi.set_end_address(end + m->base);
    dmi.set_read_latency(dmi.get_read_latency() + m_latency);
    dmi.set_write_latency(dmi.get_write_latency() + m_latency);
    return ok;
}

unsigned Router::transport_dbg(int, tlm::tlm_generic_payload& tx)
{
    const uint64_t addr = tx.get_address();
    const Mapping* m = decode(addr);
    if (!m)
        return 0;
    tx.set_address(addr - m->base);
    const unsigned n = initiator[m->port]->transport_dbg(tx);
    tx.set_address(addr);
    return n;
}

void Router::invalidate_direct_mem_ptr(int port, sc_dt::uint64 start, sc_dt::uint64 end)
{
    for (const auto& m : m_map) {
        if (m.port != static_cast<unsigned>(port))
            continue;
        const uint64_t lo = m.base + start;
        const uint64_t hi = end >= m.size - 1 ? m.base + m.size - 1 : m.base + end;
        for (unsigned i = 0; i < target.size(); ++i)
            target[i]->invalidate_direct_mem_ptr(lo, hi);
    }
}

}  // namespace vp::bus

