// InitiatorPort: a TLM-2.0 initiator socket with a DMI cache, used by every
// model that reads or writes memory through the bus (virtio transport, CPU).
//
// - Fast path: the first access to a region requests DMI once and caches the
//   granted window; later accesses inside it are a memcpy plus the annotated
//   DMI latency. invalidate_direct_mem_ptr drops the overlapping windows.
// - Fallback: when a target denies DMI, the denied range is remembered and the
//   access goes through b_transport, split at 4 KiB boundaries so that a buffer
//   spanning two targets behind a router still works.
// Not modelled: byte enables on the read/write helpers (use transport() for
// anything special), streaming width.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include <systemc>
#include <tlm>

#include "bus/initiator_cpu.h"

namespace vp::bus {

enum class MemStatus {
    ok,
    address_error,  // decode error: nothing mapped there
    generic_error,  // the target answered with another error response
};

const char* to_string(MemStatus status);

class InitiatorPort : public tlm::tlm_initiator_socket<>,
                      private tlm::tlm_bw_transport_if<> {
public:
    explicit InitiatorPort(const char* name);
    InitiatorPort(const InitiatorPort&) = delete;
    InitiatorPort& operator=(const InitiatorPort&) = delete;

    // Reads/writes len bytes at addr. Latency of the access is added to delay.
    // On error, the bytes before the failing chunk may have been transferred.
    MemStatus read(uint64_t addr, void* dst, size_t len, sc_core::sc_time& delay);
    MemStatus write(uint64_t addr, const void* src, size_t len, sc_core::sc_time& delay);

    // A raw b_transport, for initiators that need full control (e.g. the CPU
    // for MMIO with byte enables).
    void transport(tlm::tlm_generic_payload& tx, sc_core::sc_time& delay);

    // Bulk-copy fast path for device DMA: the host address of guest address
    // addr when DMI grants the access there, with len cut to the bytes that
    // are contiguous in that window; nullptr otherwise (use read()/write()).
    // Counts as one access: the window's latency is added to delay, as
    // read()/write() of the same bytes would. After writing through the
    // pointer, call written() so that the write observer sees it.
    uint8_t* direct(uint64_t addr, size_t& len, bool for_write, sc_core::sc_time& delay)
    {
        const tlm::tlm_dmi* w = dmi(addr, for_write);
        if (!w)
            return nullptr;
        const uint64_t left = w->get_end_address() - addr;  // bytes in the window - 1
        if (left < len - 1)
            len = static_cast<size_t>(left + 1);
        delay += for_write ? w->get_write_latency() : w->get_read_latency();
        ++m_dmi_accesses;
        return w->get_dmi_ptr() + (addr - w->get_start_address());
    }
    void written(uint64_t addr, size_t len)
    {
        if (m_write_observer)
            m_write_observer(addr, len);
    }

    // Returns the cached (or newly granted) DMI window containing addr with at
    // least the given access, or nullptr when DMI is not available there.
    // The pointer stays valid until the next invalidation.
    const tlm::tlm_dmi* dmi(uint64_t addr, bool for_write);

    // Called after the cache dropped a window, with the invalidated range, so
    // that owners of derived caches (the CPU's software TLB) can flush too.
    void on_invalidate(std::function<void(uint64_t start, uint64_t end)> callback);

    // Called after each write() (DMI or b_transport) with the range written,
    // e.g. so that a multi-core platform's exclusives monitor sees device DMA
    // (issue 7). Empty (the default): one untaken branch per write().
    void on_write(std::function<void(uint64_t addr, size_t len)> callback)
    {
        m_write_observer = std::move(callback);
    }

    // Tags every b_transport this port sends with InitiatorCpu{index} (unless
    // the payload already carries one), so that banked targets such as the
    // GIC know which core is asking. A CPU's port sets it once at
    // construction; ports that never call it send untagged (= CPU 0) traffic.
    void set_cpu_index(unsigned index)
    {
        m_cpu.index = index;
        m_tag_cpu = true;
    }

    // Disables the DMI fast path (for tests of the b_transport fallback).
    void set_dmi_enabled(bool enabled) { m_dmi_enabled = enabled; }

    // Statistics.
    uint64_t dmi_accesses() const { return m_dmi_accesses; }
    uint64_t transport_accesses() const { return m_transport_accesses; }

private:
    struct DeniedRange {
        uint64_t start;
        uint64_t end;
        bool write = false;  // the access type denied (when not `any`)
        bool any = false;    // DMI denied for reads and writes alike
    };

    MemStatus access(tlm::tlm_command cmd, uint64_t addr, uint8_t* data, size_t len,
                     sc_core::sc_time& delay);
    const tlm::tlm_dmi* lookup(uint64_t addr, bool for_write) const;
    bool denied(uint64_t addr, bool for_write) const;

    // tlm_bw_transport_if
    tlm::tlm_sync_enum nb_transport_bw(tlm::tlm_generic_payload& tx, tlm::tlm_phase& phase,
                                       sc_core::sc_time& delay) override;
    void invalidate_direct_mem_ptr(sc_dt::uint64 start, sc_dt::uint64 end) override;

    std::vector<tlm::tlm_dmi> m_windows;
    std::vector<DeniedRange> m_denied;
    std::vector<std::function<void(uint64_t, uint64_t)>> m_invalidate_callbacks;
    std::function<void(uint64_t, size_t)> m_write_observer;
    bool m_dmi_enabled = true;
    bool m_tag_cpu = false;
    InitiatorCpu m_cpu;  // attached to untagged payloads for the duration of a call
    uint64_t m_dmi_accesses = 0;
    uint64_t m_transport_accesses = 0;
};

}  // namespace vp::bus
