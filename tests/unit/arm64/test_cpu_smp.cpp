// Two cores in a CpuCluster (issue 7): what one core or a device does reaches
// the other. Core 0 starts at kRamBase + its program offset; core 1 is powered
// on as PSCI CPU_ON would (Cpu::power_on) before the simulation starts. Each
// test's programs sit at their own offsets of one image (assembled with
// aarch64-linux-gnu-as; the listing is in the comments).
#include <catch2/catch.hpp>

#include <cstring>

#include "arm64/cpu_cluster.h"
#include "arm64/global_monitor.h"
#include "bus/initiator_port.h"
#include "cpu_bench.h"

using namespace vp::arm64;
using namespace vp::arm64::test;

namespace {

constexpr uint64_t kWord = kRamBase + 0x100000;  // the reserved word

// The two cores, a router, 16 MiB RAM (DMI) and a DMA initiator whose writes
// the cluster's global monitor observes (as virt64 wires virtio DMA).
struct SmpBench : sc_core::sc_module {
    CpuCluster cluster{2};
    sc_core::sc_signal<bool> irq0{"irq0"}, fiq0{"fiq0"}, tp0{"tp0"}, tv0{"tv0"};
    sc_core::sc_signal<bool> irq1{"irq1"}, fiq1{"fiq1"}, tp1{"tp1"}, tv1{"tv1"};
    vp::bus::Router router{"router"};
    vp::memory::Memory ram{"ram", {kRamSize, sc_core::SC_ZERO_TIME, sc_core::SC_ZERO_TIME, true, false}};
    vp::bus::InitiatorPort dma{"dma"};
    Cpu cpu0;
    Cpu cpu1;

    SmpBench(uint64_t entry0, uint64_t entry1)
        : sc_core::sc_module("bench"), cpu0("cpu0", config(entry0)), cpu1("cpu1", config(entry1))
    {
        router.map(ram.socket, kRamBase, kRamSize, "ram");
        for (Cpu* c : {&cpu0, &cpu1}) {
            c->join_cluster(cluster);
            c->bus.bind(router.target);
        }
        dma.bind(router.target);
        dma.on_write([this](uint64_t addr, size_t len) {
            cluster.monitor().observe_write(addr, len, GlobalMonitor::kNoCpu);
        });
        cpu0.irq(irq0);
        cpu0.fiq(fiq0);
        cpu0.timer_phys_irq(tp0);
        cpu0.timer_virt_irq(tv0);
        cpu1.irq(irq1);
        cpu1.fiq(fiq1);
        cpu1.timer_phys_irq(tp1);
        cpu1.timer_virt_irq(tv1);
        load_image();
        if (entry1)
            cpu1.power_on(entry1, 0);
    }

    static CpuConfig config(uint64_t entry)
    {
        CpuConfig c = CpuBench::default_config();
        c.reset_pc = entry;
        return c;
    }

    void load_image();
    uint32_t peek32(uint64_t addr) const
    {
        uint32_t v;
        std::memcpy(&v, ram.data() + (addr - kRamBase), 4);
        return v;
    }
    void run(sc_core::sc_time t = sc_core::sc_time(50, sc_core::SC_US)) { sc_core::sc_start(t); }
};

void SmpBench::load_image()
{
    struct Part {
        uint64_t offset;
        std::vector<uint32_t> words;
    };
    const Part parts[] = {
        {0x0000, {0xd2a8020a,    // t1c0: mov x10, #0x40100000
                  0xd2807d03,    //       mov x3, #1000
                  0xf1000463,    //    1: subs x3, x3, #1
                  0x54ffffe1,    //       b.ne 1b
                  0x885ffd40,    //       ldaxr w0, [x10]
                  0xd503205f,    //       wfe
                  0x88017d40,    //       stxr w1, w0, [x10]
                  0xd2800025,    //       mov x5, #1
                  0x14000000}},  //       b .
        {0x1000, {0xd2a8020a,    // t1c1: mov x10, #0x40100000
                  0xb900095f,    //       str wzr, [x10, #8]   (the page enters the write TLB)
                  0xd281f403,    //       mov x3, #4000
                  0xf1000463,    //    1: subs x3, x3, #1
                  0x54ffffe1,    //       b.ne 1b
                  0x528000a4,    //       mov w4, #5
                  0xb9000144,    //       str w4, [x10]
                  0x14000000}},  //       b .
        {0x2000, {0xd50320bf,    // t2c0: sevl
                  0xd503205f,    //       wfe   (consumes SEVL's event)
                  0xd503205f,    //       wfe   (sleeps until core 1's SEV)
                  0xd2800025,    //       mov x5, #1
                  0x14000000}},  //       b .
        {0x3000, {0xd281f403,    // t2c1: mov x3, #4000
                  0xf1000463,    //    1: subs x3, x3, #1
                  0x54ffffe1,    //       b.ne 1b
                  0xd503209f,    //       sev
                  0x14000000}},  //       b .
        {0x4000, {0xd2a8020a,    // t3c0: mov x10, #0x40100000
                  0x885ffd40,    //       ldaxr w0, [x10]
                  0xd503205f,    //       wfe
                  0x88017d40,    //       stxr w1, w0, [x10]
                  0xd2800025,    //       mov x5, #1
                  0x14000000}},  //       b .
        {0x5000, {0xd2800006,    // t4c0: mov x6, #0
                  0x910004c6,    //    1: add x6, x6, #1
                  0x940003fe,    //       bl func
                  0xf100081f,    //       cmp x0, #2
                  0x54ffffa1,    //       b.ne 1b
                  0xd2800025,    //       mov x5, #1
                  0x14000000}},  //       b .
        {0x6000, {0xd2800020,    // func: mov x0, #1
                  0xd65f03c0}},  //       ret
        {0x7000, {0xd28c000a,    // t4c1: mov x10, #0x6000
                  0xf2a8000a,    //       movk x10, #0x4000, lsl #16
                  0x180000c4,    //       ldr w4, newinsn
                  0xd281f403,    //       mov x3, #4000
                  0xf1000463,    //    1: subs x3, x3, #1
                  0x54ffffe1,    //       b.ne 1b
                  0xb9000144,    //       str w4, [x10]
                  0x14000000,    //       b .
                  0xd2800040}},  // newinsn: mov x0, #2
    };
    for (const Part& p : parts)
        ram.load(p.offset, p.words.data(), p.words.size() * 4);
}

}  // namespace

TEST_CASE("A plain store by another core fails the reservation holder's STXR and wakes its WFE",
          "[arm64][cpu][smp]")
{
    // Core 1 has the page in its write TLB before core 0 reserves the word;
    // core 0 sleeps in WFE holding the reservation; core 1's store must
    // still reach the global monitor.
    SmpBench b(kRamBase + 0x0000, kRamBase + 0x1000);
    b.run();
    CHECK(b.peek32(kWord) == 5);
    CHECK(b.cpu0.state().x[5] == 1);     // woke up and went on
    CHECK(b.cpu0.state().x[1] == 1);     // STXR failed
    CHECK(b.cpu0.state().pc == kRamBase + 0x20);
    CHECK(b.cpu0.idle_time() > sc_core::sc_time(1, sc_core::SC_US));  // it did sleep
}

TEST_CASE("SEVL sets the own event register; SEV wakes the other core from WFE",
          "[arm64][cpu][smp]")
{
    SmpBench b(kRamBase + 0x2000, kRamBase + 0x3000);
    b.run();
    CHECK(b.cpu0.state().x[5] == 1);
    CHECK(b.cpu0.state().pc == kRamBase + 0x2010);
    // Core 1 counts 4000 loop iterations (2 instructions each at 1 ns) before
    // its SEV: core 0 slept in the second WFE for about that long (woken at
    // the start of core 1's last quantum, within the 1 us quantum).
    CHECK(b.cpu0.idle_time() > sc_core::sc_time(6, sc_core::SC_US));
    CHECK(b.cpu0.idle_time() < sc_core::sc_time(9, sc_core::SC_US));
}

TEST_CASE("A device DMA write clears a reservation and wakes the core in WFE", "[arm64][cpu][smp]")
{
    SmpBench b(kRamBase + 0x4000, 0);
    sc_core::sc_spawn([&b] {
        sc_core::wait(10, sc_core::SC_US);
        const uint32_t v = 0xD3A;
        sc_core::sc_time delay;
        b.dma.write(kWord, &v, 4, delay);
    });
    b.run();
    CHECK(b.peek32(kWord) == 0xD3A);
    CHECK(b.cpu0.state().x[1] == 1);  // STXR failed
    CHECK(b.cpu0.state().x[5] == 1);
    CHECK(b.cpu0.idle_time() >= sc_core::sc_time(9, sc_core::SC_US));
    CHECK(b.cpu1.instructions() == 0);  // never powered on
    // ... so it was idle the whole run, though it never woke to close the span
    CHECK(b.cpu1.idle_time() == sc_core::sc_time_stamp());
    CHECK(sc_core::sc_time_stamp() == sc_core::sc_time(50, sc_core::SC_US));
}

TEST_CASE("A store by one core to code another core runs (compiled) changes what that core runs",
          "[arm64][cpu][smp]")
{
    SmpBench b(kRamBase + 0x5000, kRamBase + 0x7000);
    b.run();
    CHECK(b.peek32(kRamBase + 0x6000) == 0xd2800040);
    CHECK(b.cpu0.state().x[5] == 1);  // func returned 2: core 0 left the loop
    CHECK(b.cpu0.state().pc == kRamBase + 0x5018);
    CHECK(b.cpu0.state().x[6] > 100);  // it ran func many times before
}
