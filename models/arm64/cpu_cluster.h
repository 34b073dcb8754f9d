// CpuCluster: what the cores of a multi-core platform share and how they
// reach each other (issue 7): the PSCI power controller, the exclusives
// global monitor, the set of physical pages some core holds decoded code
// for, and the broadcasts (SEV, TLBI *IS, IC IALLUIS/IVAU, stores to code
// pages). DDI 0487 B2.9 (exclusives), D1.16 (WFE events), D5.10 (TLB
// maintenance broadcast); PSCI in psci.h.
// The cores run one at a time (SystemC threads, temporal decoupling), so a
// broadcast acts on the other cores' state directly: they are suspended at
// a wait() and find their soft TLB or decoded pages changed when they resume.
// Not modelled: shareability domains (everything is Inner Shareable), DVM
// message timing (a broadcast takes effect at the issuing instruction).
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "arm64/global_monitor.h"
#include "arm64/psci.h"

namespace vp::arm64 {

class Cpu;

class CpuCluster {
public:
    explicit CpuCluster(unsigned num_cpus);
    CpuCluster(const CpuCluster&) = delete;
    CpuCluster& operator=(const CpuCluster&) = delete;

    unsigned size() const { return m_size; }
    // Cores join in index order (Cpu::join_cluster); core 0 starts powered
    // on, the others wait for PSCI CPU_ON.
    void add(Cpu& cpu);
    Cpu& cpu(unsigned index) { return *m_cpus.at(index); }
    unsigned joined() const { return static_cast<unsigned>(m_cpus.size()); }

    Psci& psci() { return m_psci; }
    GlobalMonitor& monitor() { return m_monitor; }

    // ---- Decoded code (slow paths only) ----
    // Some core holds decoded records of the physical page: stores to it
    // must take the slow path on every core.
    bool is_code_page(uint64_t pa_page) const { return m_code_pages.count(pa_page) != 0; }
    void code_page_added(uint64_t pa_page);    // drops every core's write TLB
    void code_page_removed(uint64_t pa_page);
    // A store by any core (or the debugger) reached a code page: every core
    // that decoded it refreshes the records (and forgets compiled runs).
    void code_written(uint64_t pa, unsigned size);
    void invalidate_code_all();               // IC IALLUIS
    void invalidate_code_pa_page(uint64_t pa);  // IC IVAU

    // ---- Events and reservations ----
    // SEV by core `from`: every other core's event register, and a wake-up.
    void send_event(unsigned from);
    // Core `owner` is about to give up the host thread while it holds a
    // reservation on the page at host_page: the other cores' write TLB
    // entries for that page are dropped, so that their stores reach the
    // global monitor through the slow path.
    void expose_reservation(unsigned owner, const uint8_t* host_page);

private:
    const unsigned m_size;
    std::vector<Cpu*> m_cpus;
    Psci m_psci;
    GlobalMonitor m_monitor;
    std::unordered_map<uint64_t, unsigned> m_code_pages;  // pa page -> cores holding it
};

}  // namespace vp::arm64
