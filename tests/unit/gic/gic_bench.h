// Test benches for the GIC-400 model. GicBench: one CPU, two untagged
// initiator ports bound straight to the distributor and CPU interface
// windows. SmpGicBench: N CPUs, each with its own port tagged with its CPU
// index (as a core's bus port is), all behind a router like virt64's.
// Both drive every PPI/SPI line from signals and watch the irq/fiq outputs.
// Register accesses are made from sc_main between sc_start calls; settle()
// lets the model's update process run.
#pragma once

#include <cstdint>

#include <catch2/catch.hpp>
#include <systemc>

#include "bus/initiator_port.h"
#include "bus/router.h"
#include "gic/gic400.h"

namespace gictest {

// Register offsets used by the tests (IHI0048B tables 4-1 and 4-2).
constexpr uint32_t GICD_CTLR = 0x000, GICD_TYPER = 0x004, GICD_IIDR = 0x008,
                   GICD_IGROUPR = 0x080, GICD_ISENABLER = 0x100, GICD_ICENABLER = 0x180,
                   GICD_ISPENDR = 0x200, GICD_ICPENDR = 0x280, GICD_ISACTIVER = 0x300,
                   GICD_IPRIORITYR = 0x400, GICD_ITARGETSR = 0x800, GICD_ICFGR = 0xC00,
                   GICD_SGIR = 0xF00, GICD_CPENDSGIR = 0xF10, GICD_SPENDSGIR = 0xF20;
constexpr uint32_t GICC_CTLR = 0x00, GICC_PMR = 0x04, GICC_BPR = 0x08, GICC_IAR = 0x0C,
                   GICC_EOIR = 0x10, GICC_RPR = 0x14, GICC_HPPIR = 0x18, GICC_AIAR = 0x20,
                   GICC_APR0 = 0xD0, GICC_IIDR = 0xFC, GICC_DIR = 0x1000;

struct GicBench : sc_core::sc_module {
    explicit GicBench(unsigned num_spis = 64, bool bind_spis = true,
                      sc_core::sc_module_name name = "bench")
        : sc_core::sc_module(name), gic("gic", num_spis)
    {
        dist.bind(gic.distributor);
        cpu.bind(gic.cpu_interface);
        for (unsigned i = 0; i < vp::gic::Gic400::kNumPpis; ++i)
            gic.ppi[i].bind(ppi[i]);
        if (bind_spis)
            for (unsigned i = 0; i < num_spis && i < spi.size(); ++i)
                gic.spi[i].bind(spi[i]);
        gic.irq[0].bind(irq);
        gic.fiq[0].bind(fiq);
        sc_core::sc_start(sc_core::SC_ZERO_TIME);  // elaborate
    }

    uint32_t read(vp::bus::InitiatorPort& port, uint32_t offset, size_t len = 4)
    {
        uint32_t v = 0;
        sc_core::sc_time delay = sc_core::SC_ZERO_TIME;
        REQUIRE(port.read(offset, &v, len, delay) == vp::bus::MemStatus::ok);
        settle();
        return v;
    }
    void write(vp::bus::InitiatorPort& port, uint32_t offset, uint32_t value, size_t len = 4)
    {
        sc_core::sc_time delay = sc_core::SC_ZERO_TIME;
        REQUIRE(port.write(offset, &value, len, delay) == vp::bus::MemStatus::ok);
        settle();
    }
    uint32_t dread(uint32_t offset, size_t len = 4) { return read(dist, offset, len); }
    void dwrite(uint32_t offset, uint32_t value, size_t len = 4) { write(dist, offset, value, len); }
    uint32_t cread(uint32_t offset) { return read(cpu, offset); }
    void cwrite(uint32_t offset, uint32_t value) { write(cpu, offset, value); }

    static void settle() { sc_core::sc_start(1, sc_core::SC_NS); }

    void set_spi(unsigned n, bool level)
    {
        spi[n].write(level);
        settle();
    }
    void set_ppi(unsigned id, bool level)
    {
        ppi[id - 16].write(level);
        settle();
    }

    // What Linux's gic_dist_init/gic_cpu_init leave behind, plus enabling one
    // interrupt: all interrupts group 0, priority 0xa0, SPIs targeted to CPU 0,
    // PMR 0xf0, both interfaces enabled for group 0.
    void linux_like_init()
    {
        dwrite(GICD_CTLR, 0);
        for (uint32_t off = 32; off < 32 + 64; off += 4)
            dwrite(GICD_ITARGETSR + off, 0x01010101);
        for (uint32_t off = 0; off < 32 + 64; off += 4)
            dwrite(GICD_IPRIORITYR + off, 0xa0a0a0a0);
        dwrite(GICD_ISENABLER, 0x0000ffff);
        dwrite(GICD_CTLR, 1);
        cwrite(GICC_PMR, 0xf0);
        cwrite(GICC_CTLR, 1);
    }

    void enable(unsigned id) { dwrite(GICD_ISENABLER + (id / 32) * 4, 1u << (id % 32)); }
    void set_priority(unsigned id, uint8_t prio) { dwrite(GICD_IPRIORITYR + id, prio, 1); }
    bool pending(unsigned id) { return dread(GICD_ISPENDR + (id / 32) * 4) & (1u << (id % 32)); }
    bool active(unsigned id) { return dread(GICD_ISACTIVER + (id / 32) * 4) & (1u << (id % 32)); }

    sc_core::sc_vector<sc_core::sc_signal<bool>> ppi{"ppi_line", 16};
    sc_core::sc_vector<sc_core::sc_signal<bool>> spi{"spi_line", 64};
    sc_core::sc_signal<bool> irq{"irq_line"};
    sc_core::sc_signal<bool> fiq{"fiq_line"};
    vp::bus::InitiatorPort dist{"dist_port"};
    vp::bus::InitiatorPort cpu{"cpu_port"};
    vp::gic::Gic400 gic;
};

// N CPUs behind a router: distributor at 0, CPU interface at kCpuBase.
struct SmpGicBench : sc_core::sc_module {
    static constexpr uint64_t kCpuBase = 0x10000;

    explicit SmpGicBench(unsigned num_cpus, unsigned num_spis = 64,
                         sc_core::sc_module_name name = "smp_bench")
        : sc_core::sc_module(name),
          ppi("ppi_line", 16 * num_cpus),
          irq("irq_line", num_cpus),
          fiq("fiq_line", num_cpus),
          port("cpu_port", num_cpus),
          gic("gic", num_spis, num_cpus)
    {
        router.map(gic.distributor, 0, vp::gic::Gic400::kDistributorSize, "gicd");
        router.map(gic.cpu_interface, kCpuBase, vp::gic::Gic400::kCpuInterfaceSize, "gicc");
        for (unsigned c = 0; c < num_cpus; ++c) {
            port[c].set_cpu_index(c);
            port[c].bind(router.target);
            gic.irq[c].bind(irq[c]);
            gic.fiq[c].bind(fiq[c]);
            for (unsigned id = 16; id < 32; ++id)
                gic.ppi_of(c, id).bind(ppi[16 * c + id - 16]);
        }
        untagged.bind(router.target);
        stranger.set_cpu_index(num_cpus);  // a CPU the GIC does not have
        stranger.bind(router.target);
        for (unsigned i = 0; i < num_spis && i < spi.size(); ++i)
            gic.spi[i].bind(spi[i]);
        sc_core::sc_start(sc_core::SC_ZERO_TIME);  // elaborate
    }

    uint32_t read(vp::bus::InitiatorPort& p, uint64_t addr, size_t len = 4)
    {
        uint32_t v = 0;
        sc_core::sc_time delay = sc_core::SC_ZERO_TIME;
        REQUIRE(p.read(addr, &v, len, delay) == vp::bus::MemStatus::ok);
        settle();
        return v;
    }
    void write(vp::bus::InitiatorPort& p, uint64_t addr, uint32_t value, size_t len = 4)
    {
        sc_core::sc_time delay = sc_core::SC_ZERO_TIME;
        REQUIRE(p.write(addr, &value, len, delay) == vp::bus::MemStatus::ok);
        settle();
    }
    // Distributor / CPU interface accesses made by CPU c.
    uint32_t dread(unsigned c, uint32_t offset, size_t len = 4) { return read(port[c], offset, len); }
    void dwrite(unsigned c, uint32_t offset, uint32_t value, size_t len = 4)
    {
        write(port[c], offset, value, len);
    }
    uint32_t cread(unsigned c, uint32_t offset) { return read(port[c], kCpuBase + offset); }
    void cwrite(unsigned c, uint32_t offset, uint32_t value) { write(port[c], kCpuBase + offset, value); }

    static void settle() { sc_core::sc_start(1, sc_core::SC_NS); }

    void set_spi(unsigned n, bool level)
    {
        spi[n].write(level);
        settle();
    }
    void set_ppi(unsigned cpu, unsigned id, bool level)
    {
        ppi[16 * cpu + id - 16].write(level);
        settle();
    }

    // Linux's gic_dist_init (run by CPU 0) and gic_cpu_init (run by every
    // CPU): SGI/PPI/SPI priority 0xa0, SPIs targeted to CPU 0, SGIs enabled,
    // PMR 0xf0, group 0 enabled in the distributor and every interface.
    void linux_like_init()
    {
        const unsigned n = static_cast<unsigned>(port.size());
        dwrite(0, GICD_CTLR, 0);
        for (uint32_t off = 32; off < 32 + 64; off += 4)
            dwrite(0, GICD_ITARGETSR + off, 0x01010101);
        for (uint32_t off = 32; off < 32 + 64; off += 4)
            dwrite(0, GICD_IPRIORITYR + off, 0xa0a0a0a0);
        dwrite(0, GICD_CTLR, 1);
        for (unsigned c = 0; c < n; ++c) {
            for (uint32_t off = 0; off < 32; off += 4)
                dwrite(c, GICD_IPRIORITYR + off, 0xa0a0a0a0);
            dwrite(c, GICD_ISENABLER, 0x0000ffff);
            cwrite(c, GICC_PMR, 0xf0);
            cwrite(c, GICC_CTLR, 1);
        }
    }

    void enable(unsigned c, unsigned id) { dwrite(c, GICD_ISENABLER + (id / 32) * 4, 1u << (id % 32)); }
    bool pending(unsigned c, unsigned id)
    {
        return dread(c, GICD_ISPENDR + (id / 32) * 4) & (1u << (id % 32));
    }
    bool active(unsigned c, unsigned id)
    {
        return dread(c, GICD_ISACTIVER + (id / 32) * 4) & (1u << (id % 32));
    }
    // The irq outputs as a bit mask (bit c = CPU c's line).
    unsigned irq_lines() const
    {
        unsigned m = 0;
        for (unsigned c = 0; c < irq.size(); ++c)
            m |= irq[c].read() ? 1u << c : 0u;
        return m;
    }
    unsigned fiq_lines() const
    {
        unsigned m = 0;
        for (unsigned c = 0; c < fiq.size(); ++c)
            m |= fiq[c].read() ? 1u << c : 0u;
        return m;
    }

    sc_core::sc_vector<sc_core::sc_signal<bool>> ppi;
    sc_core::sc_vector<sc_core::sc_signal<bool>> spi{"spi_line", 64};
    sc_core::sc_vector<sc_core::sc_signal<bool>> irq;
    sc_core::sc_vector<sc_core::sc_signal<bool>> fiq;
    sc_core::sc_vector<vp::bus::InitiatorPort> port;  // port[c] is CPU c's
    vp::bus::InitiatorPort untagged{"untagged_port"};  // no InitiatorCpu: counts as CPU 0
    vp::bus::InitiatorPort stranger{"stranger_port"};  // tagged with CPU N
    vp::bus::Router router{"router"};
    vp::gic::Gic400 gic;
};

inline unsigned warnings(const char* type)
{
    return static_cast<unsigned>(sc_core::sc_report_handler::get_count(type));
}

}  // namespace gictest
