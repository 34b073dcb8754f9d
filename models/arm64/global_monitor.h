// GlobalMonitor: the exclusive-access global monitor that the cores of a
// multi-core platform share (DDI 0487 B2.9.3, for Shareable memory). Each
// core has at most one reservation: the exclusives reservation granule
// (ERG, 64 bytes as CTR_EL0.ERG = 4 says) of its last load-exclusive. A
// store by any other core, or a device write (DMA), to a reserved granule
// clears that reservation, so the owner's store-exclusive then fails; the
// clearing is a WFE wake-up event for the owner (D1.16.1), which is how a
// core waiting in LDAXR + WFE (Linux's smp_cond_load, spinlocks) wakes up.
// A core's own plain stores keep its reservation (as the single-core model
// and QEMU do). Not the local monitor: Cpu keeps that (address and size of
// the LDXR) and asks this one at STXR time.
// Wired by CpuCluster (cpu_cluster.h): the CPU's exclusives and slow-path
// stores call it, and virt64 reports virtio DMA writes (arm64-cpu.md).
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace vp::arm64 {

class GlobalMonitor {
public:
    static constexpr unsigned kNoCpu = ~0u;  // writer of a device (DMA) write

    explicit GlobalMonitor(unsigned num_cpus, unsigned erg_bytes = 64);
    GlobalMonitor(const GlobalMonitor&) = delete;
    GlobalMonitor& operator=(const GlobalMonitor&) = delete;

    // LDXR/LDAXR/LDXP by `cpu` at physical address pa (size bytes): reserves
    // the granule(s) it touches, replacing the core's previous reservation.
    void mark(unsigned cpu, uint64_t pa, unsigned size);

    // STXR/STLXR/STXP by `cpu`: true when its reservation still covers
    // [pa, pa + size). Always clears the core's reservation. On success the
    // caller performs the store and reports it with observe_write, like any
    // other store.
    bool store_exclusive(unsigned cpu, uint64_t pa, unsigned size);

    // CLREX, exception entry and ERET on `cpu`: drops its reservation (no event).
    void clear(unsigned cpu);

    // A write of len bytes at pa by core `writer` (or kNoCpu for a device):
    // every other core's reservation on an overlapping granule is cleared
    // and that core gets a wake-up event.
    void observe_write(uint64_t pa, uint64_t len, unsigned writer);

    // Hot-path filter for the CPU's DMI store path: false when no core holds
    // a reservation anywhere in [pa, pa + len), so a store there needs no
    // observe_write call.
    bool any_reservation(uint64_t pa, uint64_t len) const
    {
        return m_reserved_count != 0 && overlaps_any(pa, len);
    }

    // Called with the core index whenever another agent's write clears that
    // core's reservation (set its event register, wake it from WFE).
    void on_event(std::function<void(unsigned cpu)> callback) { m_on_event = std::move(callback); }

    bool reserved(unsigned cpu) const { return m_cores.at(cpu).valid; }
    unsigned erg_bytes() const { return m_erg; }

private:
    struct Reservation {
        bool valid = false;
        uint64_t first = 0;  // granule-aligned [first, last]
        uint64_t last = 0;
    };

    bool overlaps_any(uint64_t pa, uint64_t len) const;
    void drop(Reservation& r);

    const unsigned m_erg;
    std::vector<Reservation> m_cores;
    unsigned m_reserved_count = 0;
    std::function<void(unsigned)> m_on_event;
};

}  // namespace vp::arm64
