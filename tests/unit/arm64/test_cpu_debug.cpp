// CpuDebug (the GDB stub's view of the core) on the CPU test bench: a scripted
// controller plays the debugger. Breakpoints stop before their instruction
// without touching guest memory, steps execute one instruction (an SVC stops
// at its vector), watchpoints stop right after the access, the core's
// instruction count and simulated time do not move while it is stopped, and
// debug memory access goes through a pure walk and debug transport.
#include <catch2/catch.hpp>

#include <deque>
#include <functional>

#include "arm64/cpu_debug.h"
#include "cpu_bench.h"
#include "gdb/aarch64_registers.h"

using namespace vp::arm64;
using namespace vp::arm64::test;
using vp::gdb::ResumeAction;
using vp::gdb::StopEvent;
using vp::gdb::WatchKind;
using sc_core::sc_time;
using sc_core::SC_US;

namespace {

// Each stop calls the next scripted step; with none left, the core resumes.
struct ScriptedController : vp::gdb::DebugController {
    struct Stop {
        StopEvent event;
        uint64_t pc;
        uint64_t retired;
        sc_time time;
    };
    std::vector<Stop> stops;
    std::deque<std::function<ResumeAction(const StopEvent&)>> script;
    Cpu* cpu = nullptr;

    bool poll() override { return false; }
    ResumeAction stopped(const StopEvent& e) override
    {
        stops.push_back({e, cpu->state().pc, cpu->instructions(), sc_core::sc_time_stamp()});
        if (script.empty())
            return ResumeAction::resume;
        auto step = script.front();
        script.pop_front();
        return step(e);
    }
    void exited(int) override {}
};

struct DebugBench {
    CpuBench b;
    ScriptedController ctl;
    CpuDebug dbg;
    explicit DebugBench(bool halted = true) : dbg(b.cpu, CpuDebugConfig{halted})
    {
        ctl.cpu = &b.cpu;
        dbg.set_controller(ctl);
    }
};

uint64_t reg64(CpuDebug& d, unsigned n)
{
    uint8_t v[16] = {};
    REQUIRE(d.read_register(n, v));
    uint64_t r = 0;
    for (int i = 7; i >= 0; --i)
        r = r << 8 | v[i];
    return r;
}

const std::vector<uint32_t> kLoop = {
    0xd28000a0,  //   0: mov x0, #0x5
    0xd2800001,  //   4: mov x1, #0x0
    0x8b000021,  //   8: add x1, x1, x0
    0xf1000400,  //   c: subs x0, x0, #0x1
    0x54ffffc1,  //  10: b.ne 8
    0xd2800142,  //  14: mov x2, #0xa
    0x14000000,  //  18: b 18
};

}  // namespace

TEST_CASE("a breakpoint stops before its instruction; guest memory is not patched", "[arm64][gdb]")
{
    DebugBench t;
    t.b.load(kLoop);
    t.ctl.script.push_back([&](const StopEvent& e) {
        CHECK(e.reason == StopEvent::Reason::initial);
        CHECK(t.dbg.add_breakpoint(kRamBase + 0x14, false));
        CHECK(t.dbg.add_breakpoint(kRamBase + 0xc, true));
        return ResumeAction::resume;
    });
    // The hardware breakpoint in the loop hits 5 times; remove it at the first.
    t.ctl.script.push_back([&](const StopEvent& e) {
        CHECK(e.reason == StopEvent::Reason::hw_breakpoint);
        CHECK(t.dbg.remove_breakpoint(kRamBase + 0xc, true));
        return ResumeAction::resume;
    });
    t.b.run(sc_time(5, SC_US));
    REQUIRE(t.ctl.stops.size() == 3);
    CHECK(t.ctl.stops[1].pc == kRamBase + 0xc);
    CHECK(t.ctl.stops[1].retired == 3);  // mov, mov, add
    CHECK(t.ctl.stops[2].event.reason == StopEvent::Reason::breakpoint);
    CHECK(t.ctl.stops[2].pc == kRamBase + 0x14);
    CHECK(t.ctl.stops[2].retired == 2 + 5 * 3);
    CHECK(t.b.peek32(kRamBase + 0x14) == 0xd2800142);  // the instruction is untouched
    CHECK(t.b.x(1) == 15);
    CHECK(t.b.x(2) == 10);  // and it ran after the resume
}

TEST_CASE("while stopped, neither instructions nor simulated time advance", "[arm64][gdb]")
{
    DebugBench t;
    t.b.load(kLoop);
    t.ctl.script.push_back([&](const StopEvent&) {
        t.dbg.add_breakpoint(kRamBase + 0x14, false);
        return ResumeAction::resume;
    });
    t.ctl.script.push_back([&](const StopEvent&) {
        // The debugger takes its time: the host clock runs, simulated time does not.
        const sc_time before = sc_core::sc_time_stamp();
        const uint64_t retired = t.b.cpu.instructions();
        for (volatile int i = 0; i < 1000000; ++i) {
        }
        CHECK(sc_core::sc_time_stamp() == before);
        CHECK(t.b.cpu.instructions() == retired);
        t.dbg.clear_debug_points();
        return ResumeAction::resume;
    });
    t.b.run(sc_time(5, SC_US));
    REQUIRE(t.ctl.stops.size() == 2);
    CHECK(t.ctl.stops[0].time == sc_core::SC_ZERO_TIME);
    CHECK(t.ctl.stops[0].retired == 0);
}

TEST_CASE("a step runs one instruction; stepping an SVC stops at its vector", "[arm64][gdb]")
{
    DebugBench t;
    t.b.load({
        0xd2800020,  //   0: mov x0, #0x1
        0xd4000841,  //   4: svc #0x42
        0xd2800040,  //   8: mov x0, #0x2
    });
    t.b.load({0xd2800060, 0x14000000}, kRamBase + 0x1200);  // vector: mov x0, #3; b .
    t.b.s().sys.vbar = kRamBase + 0x1000;
    for (int i = 0; i < 3; ++i)
        t.ctl.script.push_back([](const StopEvent&) { return ResumeAction::step; });
    t.ctl.script.push_back([](const StopEvent&) { return ResumeAction::kill; });
    t.b.run(sc_time(5, SC_US));
    REQUIRE(t.ctl.stops.size() == 4);
    CHECK(t.ctl.stops[1].event.reason == StopEvent::Reason::step);
    CHECK(t.ctl.stops[1].pc == kRamBase + 4);
    CHECK(t.ctl.stops[2].pc == kRamBase + 0x1200);  // the SVC vector, nothing executed there
    CHECK(t.ctl.stops[2].retired == 1);             // the SVC does not retire
    CHECK((t.b.s().sys.esr >> 26) == 0x15);
    CHECK(t.ctl.stops[3].pc == kRamBase + 0x1204);
    CHECK(t.b.x(0) == 3);
    CHECK(t.b.cpu.exited());  // k ends the simulation
}

namespace {

// Steps with the IRQ line high from the start: instruction 0 unmasks IRQs,
// so from the second step on an interrupt is pending and unmasked. The IRQ
// vector (current EL, SPx: VBAR + 0x280) sets x0 = 3 and spins.
struct PendingIrqBench : DebugBench {
    std::vector<sc_time> local;  // the core's local time at each stop
    explicit PendingIrqBench(uint32_t step_flags)
    {
        b.load({
            0xd50342ff,  //   0: msr daifclr, #2
            0xd2800020,  //   4: mov x0, #1
            0xd2800040,  //   8: mov x0, #2
            0xd2800060,  //   c: mov x0, #3
        });
        b.load({0xd2800060, 0x14000000}, kRamBase + 0x1280);  // mov x0, #3; b .
        b.s().sys.vbar = kRamBase + 0x1000;
        b.s().daif = 0x3c0;  // every interrupt masked until instruction 0
        b.irq.write(true);   // updated before the core's first instruction
        dbg.set_step_flags(step_flags);
    }
    void step(int n)
    {
        for (int i = 0; i < n; ++i)
            ctl.script.push_back([this](const StopEvent&) {
                local.push_back(b.cpu.local_time());
                return ResumeAction::step;
            });
    }
};

}  // namespace

TEST_CASE("stepping with an interrupt pending follows QEMU's default sstep flags: no IRQ, no time",
          "[arm64][gdb]")
{
    PendingIrqBench t(vp::gdb::sstep::kDefault);  // Qqemu.sstep=0x7
    t.step(3);
    t.ctl.script.push_back([&](const StopEvent&) {
        t.local.push_back(t.b.cpu.local_time());
        return ResumeAction::resume;  // then the interrupt is taken
    });
    t.b.run(sc_time(5, SC_US));
    REQUIRE(t.ctl.stops.size() == 4);
    CHECK(t.ctl.stops[1].pc == kRamBase + 4);
    CHECK(t.ctl.stops[2].pc == kRamBase + 8);   // NOIRQ: the instruction, not the vector
    CHECK(t.ctl.stops[3].pc == kRamBase + 0xc);
    CHECK(t.ctl.stops[3].retired == 3);
    CHECK(t.local[3] == t.local[0]);  // NOTIMER: three steps took no simulated time
    CHECK(t.b.x(0) == 3);             // after continuing, the handler ran
    CHECK((t.b.s().sys.elr) == kRamBase + 0xc);  // ... interrupting the instruction after the steps
}

TEST_CASE("Qqemu.sstep=0x1: a step takes a pending interrupt first and stops at its vector",
          "[arm64][gdb]")
{
    PendingIrqBench t(vp::gdb::sstep::kEnable);
    t.step(3);
    t.ctl.script.push_back([](const StopEvent&) { return ResumeAction::kill; });
    t.b.run(sc_time(5, SC_US));
    REQUIRE(t.ctl.stops.size() == 4);
    CHECK(t.ctl.stops[1].pc == kRamBase + 4);      // daifclr executed
    CHECK(t.ctl.stops[2].event.reason == StopEvent::Reason::step);
    CHECK(t.ctl.stops[2].pc == kRamBase + 0x1280);  // the IRQ vector, nothing of it executed
    CHECK(t.ctl.stops[2].retired == 1);
    CHECK(t.b.s().sys.elr == kRamBase + 4);         // mov x0, #1 did not run
    CHECK(t.ctl.stops[3].pc == kRamBase + 0x1284);  // the next step runs the handler
    CHECK(t.b.x(0) == 3);
    CHECK(t.local[1] > t.local[0]);  // without NOTIMER a step takes its instruction's time
}

TEST_CASE("Qqemu.sstep without ENABLE: a step runs on like continue", "[arm64][gdb]")
{
    PendingIrqBench t(vp::gdb::sstep::kNoIrq | vp::gdb::sstep::kNoTimer);
    t.ctl.script.push_back([&](const StopEvent&) {
        t.dbg.add_breakpoint(kRamBase + 0x1284, false);
        return ResumeAction::step;
    });
    t.ctl.script.push_back([](const StopEvent&) { return ResumeAction::kill; });
    t.b.run(sc_time(5, SC_US));
    REQUIRE(t.ctl.stops.size() == 2);
    CHECK(t.ctl.stops[1].event.reason == StopEvent::Reason::breakpoint);
    CHECK(t.ctl.stops[1].pc == kRamBase + 0x1284);  // ran into the IRQ handler's loop
}

TEST_CASE("watchpoints stop right after the matching access, with its address", "[arm64][gdb]")
{
    DebugBench t;
    t.b.load({
        0xd2a80200,  //   0: mov x0, #0x40100000
        0xf9400001,  //   4: ldr x1, [x0]
        0xf9000402,  //   8: str x2, [x0, #8]
        0xf9400403,  //   c: ldr x3, [x0, #8]
        0xd503201f,  //  10: nop
        0x14000000,  //  14: b 14
    });
    t.b.s().x[2] = 0x1234;
    t.ctl.script.push_back([&](const StopEvent&) {
        CHECK(t.dbg.add_watchpoint(0x40100008, 8, WatchKind::write));
        CHECK(t.dbg.add_watchpoint(0x4010000c, 4, WatchKind::read));
        return ResumeAction::resume;
    });
    t.b.run(sc_time(5, SC_US));
    REQUIRE(t.ctl.stops.size() == 3);
    CHECK(t.ctl.stops[1].event.reason == StopEvent::Reason::watchpoint);
    CHECK(t.ctl.stops[1].event.watch == WatchKind::write);
    CHECK(t.ctl.stops[1].event.data_address == 0x40100008);
    CHECK(t.ctl.stops[1].pc == kRamBase + 0xc);  // after the store
    CHECK(t.ctl.stops[1].retired == 3);
    CHECK(t.ctl.stops[2].event.watch == WatchKind::read);
    CHECK(t.ctl.stops[2].event.data_address == 0x4010000c);  // overlap of [8,16) and [c,10)
    CHECK(t.ctl.stops[2].pc == kRamBase + 0x10);
    CHECK(t.b.x(3) == 0x1234);
}

TEST_CASE("registers in gdb numbering and debug memory through the walk", "[arm64][gdb]")
{
    DebugBench t;
    t.b.s().x[5] = 0x1122334455667788;
    t.b.s().pc = kRamBase + 0x40;
    t.b.s().x[kRegSp] = 0x1000;
    t.b.poke64(kRamBase + 0x100, 0xAABBCCDDEEFF0011);
    bool checked = false;
    // The debugger's accesses happen while the core is stopped, in simulation.
    t.ctl.script.push_back([&](const StopEvent&) {
        CHECK(reg64(t.dbg, 5) == 0x1122334455667788);
        CHECK(reg64(t.dbg, vp::gdb::aarch64::kPc) == kRamBase + 0x40);
        CHECK(reg64(t.dbg, vp::gdb::aarch64::kSysFirst +
                               unsigned(vp::gdb::aarch64::SysReg::currentel)) == 4);

        // MMU off: virtual = physical. RAM reads and writes; unmapped gives 0 bytes.
        uint8_t buf[8];
        CHECK(t.dbg.read_memory(kRamBase + 0x100, buf, 8, false) == 8);
        CHECK(buf[0] == 0x11);
        CHECK(buf[7] == 0xAA);
        const uint8_t w[2] = {0x5A, 0xA5};
        CHECK(t.dbg.write_memory(kRamBase + 0x102, w, 2, false) == 2);
        CHECK(t.b.peek64(kRamBase + 0x100) == 0xAABBCCDDA55A0011);
        CHECK(t.dbg.read_memory(0x100, buf, 8, true) == 0);
        // The last 4 bytes of RAM, then nothing.
        CHECK(t.dbg.read_memory(kRamBase + kRamSize - 4, buf, 8, true) == 4);
        // Breakpoints never change memory either.
        t.dbg.add_breakpoint(kRamBase + 0x100, false);
        CHECK(t.b.peek64(kRamBase + 0x100) == 0xAABBCCDDA55A0011);
        t.dbg.clear_debug_points();

        // cpsr: EL0t via the debugger switches the SP bank.
        uint8_t el0[4] = {0x00, 0, 0, 0x60};  // M = EL0t, Z and C
        REQUIRE(t.dbg.write_register(vp::gdb::aarch64::kCpsr, el0));
        CHECK(t.b.s().el == 0);
        CHECK(t.b.s().nzcv == 6);
        CHECK(t.b.s().sp_el1() == 0x1000);
        uint8_t bad[4] = {0x09, 0, 0, 0};  // EL2h does not exist
        CHECK_FALSE(t.dbg.write_register(vp::gdb::aarch64::kCpsr, bad));
        checked = true;
        return ResumeAction::kill;
    });
    t.b.run(sc_time(1, SC_US));
    CHECK(checked);
}

TEST_CASE("compiled code runs between breakpoints and never passes one in another page",
          "[arm64][gdb]")
{
    // Two hot loops (pages 0 and 2) call a function in page 1, 200 and 100
    // times. The first loop runs with a breakpoint only at the second loop's
    // entry, so every page gets compiled blocks (block compiler on). There
    // the debugger moves the breakpoint to the function's ret: the loops'
    // pages run compiled, chaining on their back edges, and every one of the
    // 100 calls must still stop, although page 1 has a compiled block that
    // the call could jump to.
    DebugBench t;
    t.b.load({
        0xd2801900,  //   0: mov x0, #200
        0xd2800003,  //   4: mov x3, #0
        0x940003fe,  //   8: bl 0x1000
        0xf1000400,  //   c: subs x0, x0, #1
        0x54ffffc1,  //  10: b.ne 8
        0x140007fb,  //  14: b 0x2000
    });
    t.b.load({
        0x91000463,  // 1000: add x3, x3, #1
        0xd65f03c0,  // 1004: ret
    }, kRamBase + 0x1000);
    t.b.load({
        0xd2800c80,  // 2000: mov x0, #100
        0x97fffbff,  // 2004: bl 0x1000
        0xf1000400,  // 2008: subs x0, x0, #1
        0x54ffffc1,  // 200c: b.ne 2004
        0x14000000,  // 2010: b 2010
    }, kRamBase + 0x2000);
    t.ctl.script.push_back([&](const StopEvent&) {
        CHECK(t.dbg.add_breakpoint(kRamBase + 0x2000, false));
        return ResumeAction::resume;
    });
    t.ctl.script.push_back([&](const StopEvent& e) {
        CHECK(e.reason == StopEvent::Reason::breakpoint);
        CHECK(t.b.x(3) == 200);
        CHECK(t.dbg.remove_breakpoint(kRamBase + 0x2000, false));
        CHECK(t.dbg.add_breakpoint(kRamBase + 0x1004, false));
        return ResumeAction::resume;
    });
    t.b.run(sc_time(50, SC_US));
    REQUIRE(t.ctl.stops.size() == 102);
    CHECK(t.ctl.stops[1].pc == kRamBase + 0x2000);
    CHECK(t.ctl.stops[1].retired == 2 + 200 * 5 + 1);
    for (size_t k = 2; k < t.ctl.stops.size(); ++k) {
        CHECK(t.ctl.stops[k].event.reason == StopEvent::Reason::breakpoint);
        CHECK(t.ctl.stops[k].pc == kRamBase + 0x1004);
        // mov, then per call: bl, add (stop); ret, subs, b.ne before the next
        CHECK(t.ctl.stops[k].retired == 1003 + 1 + 5 * (k - 2) + 2);
    }
    CHECK(t.b.x(3) == 300);
    CHECK(t.b.cpu.state().pc == kRamBase + 0x2010);
}
