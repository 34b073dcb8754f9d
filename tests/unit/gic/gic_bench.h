// Test bench for the GIC-400 model: two initiator ports (distributor and CPU
// interface windows), driven signals for every PPI/SPI line, and the irq/fiq
// outputs. Register accesses are made from sc_main between sc_start calls;
// settle() lets the model's update process run.
#pragma once

#include <cstdint>

#include <catch2/catch.hpp>
#include <systemc>

#include "bus/initiator_port.h"
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

inline unsigned warnings(const char* type)
{
    return static_cast<unsigned>(sc_core::sc_report_handler::get_count(type));
}

}  // namespace gictest
