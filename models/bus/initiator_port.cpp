#include "bus/initiator_port.h"

#include <algorithm>
#include <cstring>

namespace vp::bus {

namespace {
constexpr uint64_t kChunk = 4096;  // b_transport split granule
}

const char* to_string(MemStatus status)
{
    switch (status) {
    case MemStatus::ok: return "ok";
    case MemStatus::address_error: return "address error";
    case MemStatus::generic_error: return "bus error";
    }
    return "?";
}

InitiatorPort::InitiatorPort(const char* name) : tlm::tlm_initiator_socket<>(name)
{
    m_export.bind(*static_cast<tlm::tlm_bw_transport_if<>*>(this));
}

MemStatus InitiatorPort::read(uint64_t addr, void* dst, size_t len, sc_core::sc_time& delay)
{
    return access(tlm::TLM_READ_COMMAND, addr, static_cast<uint8_t*>(dst), len, delay);
}

MemStatus InitiatorPort::write(uint64_t addr, const void* src, size_t len,
                               sc_core::sc_time& delay)
{
    const MemStatus status = access(tlm::TLM_WRITE_COMMAND, addr,
                                    const_cast<uint8_t*>(static_cast<const uint8_t*>(src)), len, delay);
    if (m_write_observer)
        m_write_observer(addr, len);  // also after an error: earlier chunks may have landed
    return status;
}

void InitiatorPort::transport(tlm::tlm_generic_payload& tx, sc_core::sc_time& delay)
{
    ++m_transport_accesses;
    if (m_tag_cpu && tx.get_extension<InitiatorCpu>() == nullptr) {
        // Borrowed, not owned: removed again (even if the target throws)
        // before the payload, which may live on the caller's stack and has
        // no memory manager, frees its extensions.
        struct Untag {
            tlm::tlm_generic_payload& tx;
            InitiatorCpu* ext;
            ~Untag() { tx.clear_extension(ext); }
        } untag{tx, &m_cpu};
        tx.set_extension(&m_cpu);
        (*this)->b_transport(tx, delay);
        return;
    }
    (*this)->b_transport(tx, delay);
}

void InitiatorPort::on_invalidate(std::function<void(uint64_t, uint64_t)> callback)
{
    m_invalidate_callbacks.push_back(std::move(callback));
}

const tlm::tlm_dmi* InitiatorPort::lookup(uint64_t addr, bool for_write) const
{
    for (const auto& w : m_windows) {
        if (addr >= w.get_start_address() && addr <= w.get_end_address()) {
            if (for_write ? w.is_write_allowed() : w.is_read_allowed())
                return &w;
        }
    }
    return nullptr;
}

bool InitiatorPort::denied(uint64_t addr, bool for_write) const
{
    for (const auto& d : m_denied)
        if (addr >= d.start && addr <= d.end && (d.any || d.write == for_write))
            return true;
    return false;
}

const tlm::tlm_dmi* InitiatorPort::dmi(uint64_t addr, bool for_write)
{
    if (!m_dmi_enabled)
        return nullptr;
    if (const tlm::tlm_dmi* hit = lookup(addr, for_write))
        return hit;
    if (denied(addr, for_write))
        return nullptr;

    tlm::tlm_generic_payload tx;
    tx.set_command(for_write ? tlm::TLM_WRITE_COMMAND : tlm::TLM_READ_COMMAND);
    tx.set_address(addr);
    tx.set_data_length(0);
    tlm::tlm_dmi window;
    if ((*this)->get_direct_mem_ptr(tx, window) && window.get_dmi_ptr() != nullptr) {
        const bool covers = addr >= window.get_start_address() && addr <= window.get_end_address();
        const bool allows = for_write ? window.is_write_allowed() : window.is_read_allowed();
        if (covers && allows) {
            m_windows.push_back(window);
            return lookup(addr, for_write);
        }
        // A grant that does not serve this access (a read-only window asked
        // for a write, e.g. ROM): keep it if it is new, and remember that
        // this access type is denied there, so that repeated accesses do not
        // ask again and append the same window every time.
        if (covers) {
            auto same = [&](const tlm::tlm_dmi& w) {
                return w.get_start_address() == window.get_start_address() &&
                       w.get_end_address() == window.get_end_address() &&
                       w.get_granted_access() == window.get_granted_access();
            };
            const bool known = std::any_of(m_windows.begin(), m_windows.end(), same);
            if (!known)
                m_windows.push_back(window);
            m_denied.push_back({window.get_start_address(), window.get_end_address(), for_write});
        } else {
            const uint64_t page = addr & ~(kChunk - 1);
            m_denied.push_back({page, page + kChunk - 1, for_write});
        }
        return nullptr;
    }
    // The target reports the range the denial applies to; cache it so we do
    // not ask again for every access. A target that leaves the default range
    // (0..max) is cached for this address only.
    DeniedRange range{window.get_start_address(), window.get_end_address(), for_write, true};
    if (range.start > addr || range.end < addr || (range.start == 0 && range.end == ~0ull))
        range = {addr & ~(kChunk - 1), (addr & ~(kChunk - 1)) + kChunk - 1, for_write, true};
    m_denied.push_back(range);
    return nullptr;
}

MemStatus InitiatorPort::access(tlm::tlm_command cmd, uint64_t addr, uint8_t* data, size_t len,
                                sc_core::sc_time& delay)
{
    const bool is_write = cmd == tlm::TLM_WRITE_COMMAND;
    while (len > 0) {
        if (const tlm::tlm_dmi* w = dmi(addr, is_write)) {
            // Bytes left in the window; a window reaching the top of the
            // address space has 2^64 - addr of them (the +1 would wrap to 0
            // and this loop would never advance).
            const uint64_t left = w->get_end_address() - addr;
            size_t n = left >= len - 1 ? len : static_cast<size_t>(left + 1);
            uint8_t* host = w->get_dmi_ptr() + (addr - w->get_start_address());
            if (is_write)
                std::memcpy(host, data, n);
            else
                std::memcpy(data, host, n);
            delay += is_write ? w->get_write_latency() : w->get_read_latency();
            ++m_dmi_accesses;
            addr += n;
            data += n;
            len -= n;
            continue;
        }
        size_t n = std::min<uint64_t>(len, kChunk - (addr & (kChunk - 1)));
        tlm::tlm_generic_payload tx;
        tx.set_command(cmd);
        tx.set_address(addr);
        tx.set_data_ptr(data);
        tx.set_data_length(static_cast<unsigned>(n));
        tx.set_streaming_width(static_cast<unsigned>(n));
        tx.set_byte_enable_ptr(nullptr);
        tx.set_dmi_allowed(false);
        tx.set_response_status(tlm::TLM_INCOMPLETE_RESPONSE);
        transport(tx, delay);
        if (tx.get_response_status() == tlm::TLM_ADDRESS_ERROR_RESPONSE)
            return MemStatus::address_error;
        if (!tx.is_response_ok())
            return MemStatus::generic_error;
        addr += n;
        data += n;
        len -= n;
    }
    return MemStatus::ok;
}

tlm::tlm_sync_enum InitiatorPort::nb_transport_bw(tlm::tlm_generic_payload&, tlm::tlm_phase&,
                                                  sc_core::sc_time&)
{
    // Only the blocking interface is used.
    return tlm::TLM_COMPLETED;
}

void InitiatorPort::invalidate_direct_mem_ptr(sc_dt::uint64 start, sc_dt::uint64 end)
{
    auto overlaps = [&](const tlm::tlm_dmi& w) {
        return w.get_start_address() <= end && w.get_end_address() >= start;
    };
    m_windows.erase(std::remove_if(m_windows.begin(), m_windows.end(), overlaps),
                    m_windows.end());
    // A target that denied DMI may grant it now.
    m_denied.erase(std::remove_if(m_denied.begin(), m_denied.end(),
                                  [&](const DeniedRange& d) {
                                      return d.start <= end && d.end >= start;
                                  }),
                   m_denied.end());
    for (auto& cb : m_invalidate_callbacks)
        cb(start, end);
}

}  // namespace vp::bus
