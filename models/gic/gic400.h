// Gic400: an ARM GICv2 interrupt controller (GIC-400 flavour) with 1 to 8 CPU
// interfaces, as used by QEMU `-M virt` and Linux's irq-gic.c driver.
// Follows the GICv2 architecture spec (IHI0048B) chapters 3 (interrupt
// handling and prioritization) and 4 (distributor and CPU interface registers).
// Which CPU makes an access is read from the vp::bus::InitiatorCpu extension of
// each transaction (untagged = CPU 0), as a real GIC-400 reads its AXI ID:
// the distributor's SGI/PPI registers and the whole CPU interface are banked
// behind one address, like the hardware's.
// Not modelled: Security Extensions (the GIC behaves like QEMU's default
// "no security extensions" GIC: every access is treated as Secure, both groups
// are visible), interrupt bypass, virtualization extensions (GICH/GICV),
// wakeup signals.
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
    static constexpr unsigned kMaxCpus = 8;          // GICv2: 3-bit CPU numbers
    static constexpr unsigned kSpuriousId = 1023;
    static constexpr unsigned kGroup1SpuriousId = 1022;
    static constexpr uint64_t kDistributorSize = 0x1000;
    static constexpr uint64_t kCpuInterfaceSize = 0x2000;

    // Memory-mapped register windows; addresses are offsets within the window.
    // The accessing CPU is the transaction's InitiatorCpu index.
    tlm_utils::simple_target_socket<Gic400> distributor;
    tlm_utils::simple_target_socket<Gic400> cpu_interface;

    // Interrupt lines, active high. PPIs are per CPU: ppi[16 * c + i] is
    // interrupt ID 16 + i of CPU c (e.g. CPU c's EL1 physical timer is
    // ppi[16 * c + 14], ID 30); see ppi_of(). spi[n] is ID 32 + n.
    // Inputs left unbound at the end of elaboration are tied low.
    sc_core::sc_vector<sc_core::sc_in<bool>> ppi;
    sc_core::sc_vector<sc_core::sc_in<bool>> spi;

    // One pair per CPU interface: irq[c], fiq[c] go to CPU c. Group 0
    // interrupts go to fiq when that interface's GICC_CTLR.FIQEn is set.
    sc_core::sc_vector<sc_core::sc_out<bool>> irq;
    sc_core::sc_vector<sc_core::sc_out<bool>> fiq;

    // num_spis: number of shared peripheral interrupt inputs (QEMU virt: 224,
    // i.e. 256 interrupt IDs in total). Must be at most kMaxSpis.
    // num_cpus: CPU interfaces, 1..kMaxCpus (GICD_TYPER.CPUNumber = num_cpus - 1).
    explicit Gic400(sc_core::sc_module_name name, unsigned num_spis = 224, unsigned num_cpus = 1);
    Gic400(const Gic400&) = delete;
    Gic400& operator=(const Gic400&) = delete;

    // The PPI input for interrupt `id` (16..31) of CPU `cpu`.
    sc_core::sc_in<bool>& ppi_of(unsigned cpu, unsigned id) { return ppi[cpu * kNumPpis + id - kNumSgis]; }

    // The current value CPU `cpu`'s irq / fiq output is being driven to (or
    // will be at the end of this delta cycle). Lets a CPU model that runs
    // ahead of simulated time check for an interrupt without waiting for a
    // delta cycle.
    bool irq_pending(unsigned cpu = 0) const { return signal_state(cpu).irq; }
    bool fiq_pending(unsigned cpu = 0) const { return signal_state(cpu).fiq; }

    unsigned num_irqs() const { return m_num_irqs; }
    unsigned num_cpus() const { return m_num_cpus; }

private:
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

    // Everything a CPU has of its own: the SGI/PPI state (IDs 0..31), the
    // pending source CPUs of each SGI sent to it, and its CPU interface.
    struct Bank {
        std::array<Irq, kFirstSpi> irqs{};
        std::array<uint8_t, kNumSgis> sgi_sources{};  // per SGI: pending source CPU mask
        uint32_t cpu_ctlr = 0;
        uint8_t pmr = 0;
        uint8_t bpr = 2;   // GIC-400: 5 priority bits, minimum BPR 2
        uint8_t abpr = 3;  // minimum ABPR 3
        std::vector<ActivePriority> active_priorities;
    };

    struct SignalState {
        bool irq = false;
        bool fiq = false;
    };

    // TLM
    void b_transport_dist(tlm::tlm_generic_payload& tx, sc_core::sc_time& delay);
    void b_transport_cpu(tlm::tlm_generic_payload& tx, sc_core::sc_time& delay);
    bool accessing_cpu(const tlm::tlm_generic_payload& tx, const char* what, unsigned& cpu) const;

    // Distributor; `cpu` is the accessing CPU (banked registers).
    uint32_t dist_read32(unsigned cpu, uint32_t offset);
    void dist_write32(unsigned cpu, uint32_t offset, uint32_t value);
    bool dist_byte_register(uint32_t offset) const;
    uint8_t dist_read8(unsigned cpu, uint32_t offset) const;
    void dist_write8(unsigned cpu, uint32_t offset, uint8_t value);
    uint32_t read_bits(unsigned cpu, uint32_t first_id,
                       bool (Gic400::*get)(unsigned, unsigned) const) const;
    void send_sgi(unsigned cpu, uint32_t value);

    // CPU interface of `cpu`
    uint32_t cpu_read32(unsigned cpu, uint32_t offset);
    void cpu_write32(unsigned cpu, uint32_t offset, uint32_t value);
    uint32_t acknowledge(unsigned cpu, bool alias);
    void end_of_interrupt(unsigned cpu, uint32_t value, bool alias);
    void deactivate(unsigned cpu, uint32_t value);

    // State queries, as seen by `cpu` (banked for IDs 0..31).
    Irq& irq_state(unsigned cpu, unsigned id) { return id < kFirstSpi ? m_banks[cpu].irqs[id] : m_spis[id - kFirstSpi]; }
    const Irq& irq_state(unsigned cpu, unsigned id) const
    {
        return id < kFirstSpi ? m_banks[cpu].irqs[id] : m_spis[id - kFirstSpi];
    }
    bool pending(unsigned cpu, unsigned id) const;
    bool is_enabled(unsigned cpu, unsigned id) const { return irq_state(cpu, id).enabled; }
    bool is_active(unsigned cpu, unsigned id) const { return irq_state(cpu, id).active; }
    bool is_group1(unsigned cpu, unsigned id) const { return irq_state(cpu, id).group1; }
    bool implemented(unsigned id) const { return id < m_num_irqs; }
    uint8_t lowest_sgi_source(unsigned cpu, unsigned id) const;
    uint8_t cpu_mask() const { return static_cast<uint8_t>((1u << m_num_cpus) - 1); }
    uint8_t group_priority(unsigned cpu, uint8_t priority, bool group1) const;
    uint8_t running_priority(unsigned cpu) const;
    int highest_pending(unsigned cpu) const;  // -1 when nothing is pending for `cpu`
    SignalState signal_state(unsigned cpu) const;

    // Processes
    void update();  // samples the input lines, then drives every irq/fiq pair
    void changed() { m_changed.notify(sc_core::SC_ZERO_TIME); }
    void before_end_of_elaboration() override;

    const unsigned m_num_cpus;
    const unsigned m_num_irqs;  // 32 + num_spis
    std::vector<Bank> m_banks;  // one per CPU interface
    std::vector<Irq> m_spis;    // IDs 32.. (shared)
    uint32_t m_dist_ctlr = 0;

    sc_core::sc_event m_changed;
    sc_core::sc_signal<bool> m_tie_low{"tie_low", false};
};

}  // namespace vp::gic
