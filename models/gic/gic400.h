// Gic400: an ARM GICv2 interrupt controller (GIC-400 flavour) with one CPU
// interface, as used by QEMU `-M virt` and Linux's irq-gic.c driver.
// Follows the GICv2 architecture spec (IHI0048B) chapters 3 (interrupt
// handling and prioritization) and 4 (distributor and CPU interface registers).
// Not modelled: Security Extensions (the GIC behaves like QEMU's default
// "no security extensions" GIC: every access is treated as Secure, both groups
// are visible), interrupt bypass, virtualization extensions (GICH/GICV), more
// than one CPU interface (SGIs to other CPUs are dropped), wakeup signals.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include <systemc>
#include <tlm>
#include <tlm_utils/simple_target_socket.h>

namespace vp::gic {

class Gic400 : public sc_core::sc_module {
public:
    static constexpr unsigned kNumSgis = 16;
    static constexpr unsigned kNumPpis = 16;
    static constexpr unsigned kFirstSpi = 32;
    static constexpr unsigned kMaxSpis = 988;        // IDs 32..1019
    static constexpr unsigned kSpuriousId = 1023;
    static constexpr unsigned kGroup1SpuriousId = 1022;
    static constexpr uint64_t kDistributorSize = 0x1000;
    static constexpr uint64_t kCpuInterfaceSize = 0x2000;

    // Memory-mapped register windows; addresses are offsets within the window.
    tlm_utils::simple_target_socket<Gic400> distributor;
    tlm_utils::simple_target_socket<Gic400> cpu_interface;

    // Interrupt lines, active high. ppi[i] is interrupt ID 16 + i (e.g. the
    // EL1 physical timer is ppi[14], ID 30); spi[n] is ID 32 + n.
    // Inputs left unbound at the end of elaboration are tied low.
    sc_core::sc_vector<sc_core::sc_in<bool>> ppi;
    sc_core::sc_vector<sc_core::sc_in<bool>> spi;

    // To CPU 0. Group 0 interrupts go to fiq when GICC_CTLR.FIQEn is set.
    sc_core::sc_out<bool> irq;
    sc_core::sc_out<bool> fiq;

    // num_spis: number of shared peripheral interrupt inputs (QEMU virt: 224,
    // i.e. 256 interrupt IDs in total). Must be at most kMaxSpis.
    explicit Gic400(sc_core::sc_module_name name, unsigned num_spis = 224);
    Gic400(const Gic400&) = delete;
    Gic400& operator=(const Gic400&) = delete;

    // The current value the irq / fiq outputs are being driven to (or will be
    // at the end of this delta cycle). Lets a CPU model that runs ahead of
    // simulated time check for an interrupt without waiting for a delta cycle.
    bool irq_pending() const { return signal_state().irq; }
    bool fiq_pending() const { return signal_state().fiq; }

    unsigned num_irqs() const { return m_num_irqs; }

private:
    static constexpr unsigned kNumCpus = 1;

    struct Irq {
        bool enabled = false;
        bool latched = false;  // edge seen or set by software (ISPENDR)
        bool line = false;     // current input level (PPIs/SPIs)
        bool active = false;
        bool edge = false;     // GICD_ICFGR Int_config[1]
        bool group1 = false;   // GICD_IGROUPR
        uint8_t priority = 0;
        uint8_t targets = 0;   // GICD_ITARGETSR (SPIs only)
    };

    struct ActivePriority {  // one acknowledged, not yet priority-dropped interrupt
        unsigned id;
        uint8_t group_priority;
    };

    struct SignalState {
        bool irq = false;
        bool fiq = false;
    };

    // TLM
    void b_transport_dist(tlm::tlm_generic_payload& tx, sc_core::sc_time& delay);
    void b_transport_cpu(tlm::tlm_generic_payload& tx, sc_core::sc_time& delay);

    // Distributor
    uint32_t dist_read32(uint32_t offset);
    void dist_write32(uint32_t offset, uint32_t value);
    bool dist_byte_register(uint32_t offset) const;
    uint8_t dist_read8(uint32_t offset) const;
    void dist_write8(uint32_t offset, uint8_t value);
    uint32_t read_bits(uint32_t first_id, bool (Gic400::*get)(unsigned) const) const;
    void send_sgi(uint32_t value);

    // CPU interface
    uint32_t cpu_read32(uint32_t offset);
    void cpu_write32(uint32_t offset, uint32_t value);
    uint32_t acknowledge(bool alias);
    void end_of_interrupt(uint32_t value, bool alias);
    void deactivate(uint32_t value);

    // State queries
    bool pending(unsigned id) const;
    bool is_enabled(unsigned id) const { return m_irqs[id].enabled; }
    bool is_active(unsigned id) const { return m_irqs[id].active; }
    bool is_group1(unsigned id) const { return m_irqs[id].group1; }
    bool implemented(unsigned id) const { return id < m_num_irqs; }
    uint8_t group_priority(uint8_t priority, bool group1) const;
    uint8_t running_priority() const;
    int highest_pending() const;  // -1 when nothing is pending for CPU 0
    SignalState signal_state() const;

    // Processes
    void update();  // samples the input lines, then drives irq/fiq
    void changed() { m_changed.notify(sc_core::SC_ZERO_TIME); }
    void before_end_of_elaboration() override;

    const unsigned m_num_irqs;  // 32 + num_spis
    std::vector<Irq> m_irqs;
    std::array<uint8_t, kNumSgis> m_sgi_sources{};  // per SGI: pending source CPU mask

    uint32_t m_dist_ctlr = 0;
    uint32_t m_cpu_ctlr = 0;
    uint8_t m_pmr = 0;
    uint8_t m_bpr = 2;   // GIC-400: 5 priority bits, minimum BPR 2
    uint8_t m_abpr = 3;  // minimum ABPR 3
    std::vector<ActivePriority> m_active_priorities;

    sc_core::sc_event m_changed;
    sc_core::sc_signal<bool> m_tie_low{"tie_low", false};
};

}  // namespace vp::gic
