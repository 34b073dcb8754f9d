// CpuDebug: the ARM64 core's side of the GDB stub, a gdb::DebugTarget over one
// Cpu. Registers map onto CpuState in GDB's AArch64 numbering; memory goes
// through a pure table walk (Mmu::probe: no TLB fill, no fault) and TLM debug
// transport (transport_dbg: RAM and virtio registers, no device side effects).
// Breakpoints never patch guest memory: before each straight-line run the
// debug loop (Cpu::execute_debug) looks up the next breakpoint ahead in the
// run's code page in a sorted set, and ends the run before it; the
// decoded-code cache is never touched. Runs in pages without a breakpoint go
// through the block compiler, which then returns at every page edge. Watchpoints keep their
// pages out of the soft TLB, so only accesses to those pages are checked, and
// a run ends after the instruction that hit one.
// Stepping: one instruction; an exception it raises stops at the vector.
// Interrupts follow QEMU's single-step flags (gdb::sstep, `maint packet
// Qqemu.sstep=N`): by default (NOIRQ) none is taken during a step, so a step
// executes the instruction at pc; without NOIRQ an interrupt pending and
// unmasked when the step starts is taken first and the step stops at its
// vector (no handler instruction executed). NOTIMER (default): a step takes
// no simulated time, so no timer expires between steps.
// Several cores: one CpuDebug per core, all served by one stub (GDB thread =
// core index + 1). While a core is stopped in the stub the others are
// suspended in SystemC waits, so every core stops. A core told to hold (the
// debugger steps another core) waits on an event at its next quantum start
// (Cpu::run) without executing; simulated time then moves only as far as the
// stepping core needs to reach its next instruction. A core that the stub
// finds suspended in the middle of a device access finishes that access
// and the rest of its straight-line run first.
// Not modelled: the architectural debug registers (DBGBVR/DBGWVR) stay inert.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <systemc>

#include "gdb/debug_target.h"

namespace vp::arm64 {

class Cpu;

struct CpuDebugConfig {
    bool start_halted = false;  // -S: stop before the first instruction
};

class CpuDebug : public gdb::DebugTarget {
public:
    // Attaches itself to cpu (Cpu::attach_debugger) once it has a controller.
    CpuDebug(Cpu& cpu, const CpuDebugConfig& config);
    // The stub that serves the debugger (it holds this target, so it is made
    // after the adapter). Must be set before the simulation starts.
    void set_controller(gdb::DebugController& controller);
    ~CpuDebug() override;
    CpuDebug(const CpuDebug&) = delete;
    CpuDebug& operator=(const CpuDebug&) = delete;

    // gdb::DebugTarget
    bool read_register(unsigned n, uint8_t* value) override;
    bool write_register(unsigned n, const uint8_t* value) override;
    size_t read_memory(uint64_t addr, uint8_t* data, size_t len, bool physical) override;
    size_t write_memory(uint64_t addr, const uint8_t* data, size_t len, bool physical) override;
    bool add_breakpoint(uint64_t addr, bool hardware) override;
    bool remove_breakpoint(uint64_t addr, bool hardware) override;
    bool add_watchpoint(uint64_t addr, uint64_t len, gdb::WatchKind kind) override;
    bool remove_watchpoint(uint64_t addr, uint64_t len, gdb::WatchKind kind) override;
    void clear_debug_points() override;
    uint32_t supported_step_flags() const override { return gdb::sstep::kDefault; }
    void set_step_flags(uint32_t flags) override { m_step_flags = flags; }
    gdb::ThreadState thread_state() const override;
    void resume(gdb::ResumeAction action) override;

    // The debugger keeps this core stopped while another one steps or runs:
    // Cpu::run waits on release_event() instead of executing.
    bool held() const { return m_held; }
    const sc_core::sc_event& release_event() const { return m_release; }

    // ---- Used by Cpu::execute_debug (the CPU's simulation thread) ----
    // Once per execute() call: lets the stub look for Ctrl-C or a new client.
    void poll();
    // Anything to check this quantum (halt pending, stepping, breakpoints or
    // watchpoints)? If not, the CPU runs its normal loop.
    bool active() const;
    // Before the instruction at pc: stops (blocking) for a pending halt, a
    // breakpoint at pc or a step that an interrupt completed. false: the
    // debugger killed the simulation, or holds this core (held()).
    bool before_instruction(uint64_t pc);
    // Is a stop check due before the instruction at pc (a halt or step
    // pending, or a breakpoint in pc's page)? Inline: asked once per run.
    bool stop_due(uint64_t pc) const { return m_halt || m_stepping || has_breakpoint_page(pc); }
    bool stepping() const { return m_stepping; }
    // QEMU's sstep flags while a step is pending: NOIRQ keeps interrupts
    // out (Cpu::check_interrupts); without it the step takes a pending one
    // first. NOTIMER: the stepped instruction is not charged simulated time.
    bool step_masks_interrupts() const { return m_stepping && (m_step_flags & gdb::sstep::kNoIrq); }
    bool step_takes_interrupts() const { return m_stepping && !(m_step_flags & gdb::sstep::kNoIrq); }
    bool step_freezes_time() const { return (m_step_flags & gdb::sstep::kNoTimer) != 0; }
    // Does pc's 4 KiB page hold a breakpoint? (A short list: inline.)
    bool has_breakpoint_page(uint64_t pc) const
    {
        const uint64_t page = pc & ~uint64_t(0xFFF);
        for (uint64_t p : m_bp_pages)
            if (p == page)
                return true;
        return false;
    }
    // The first breakpoint after pc in pc's 4 KiB page (a run never leaves
    // its page), or 0. Only for pages with a breakpoint.
    uint64_t breakpoint_after(uint64_t pc) const;
    // Watchpoints are set: runs end after an instruction that hits one.
    bool watching() const { return !m_watchpoints.empty(); }
    bool watch_hit() const { return m_watch_hit.has_value(); }
    // After a step or a run with watchpoints set: stops for a completed step
    // or a watchpoint hit. false: killed, or held.
    bool after_instruction();
    // From Cpu::debug_watch (slow memory path): records a hit; true when the
    // page of va holds a watchpoint.
    bool watch_access(uint64_t va, unsigned size, bool is_write);

private:
    struct Breakpoint {
        uint64_t addr;
        bool hardware;
        bool operator<(const Breakpoint& o) const
        {
            return addr != o.addr ? addr < o.addr : hardware < o.hardware;
        }
    };
    struct Watchpoint {
        uint64_t addr, len;
        gdb::WatchKind kind;
    };

    bool stop(gdb::StopEvent event);  // false: killed or held
    void start_step();
    const Breakpoint* breakpoint_at(uint64_t pc) const;

    void update_breakpoint_pages();
    std::optional<uint64_t> translate(uint64_t va) const;
    size_t access(uint64_t addr, uint8_t* data, size_t len, bool physical, bool is_write);
    size_t phys_access(uint64_t pa, uint8_t* data, size_t len, bool is_write);
    unsigned bus_dbg(uint64_t pa, uint8_t* data, unsigned len, bool is_write);
    void system_registers_changed();

    Cpu& m_cpu;
    gdb::DebugController* m_controller = nullptr;
    std::vector<Breakpoint> m_breakpoints;  // sorted
    std::vector<uint64_t> m_bp_pages;       // the 4 KiB pages holding them, sorted
    std::vector<Watchpoint> m_watchpoints;
    std::optional<gdb::StopEvent::Reason> m_halt;  // stop before the next instruction
    bool m_stepping = false;
    bool m_step_done_insn = false;  // the step's instruction has executed
    uint64_t m_step_pc = 0;         // pc when the step was requested
    uint32_t m_step_flags = gdb::sstep::kDefault;  // Qqemu.sstep (set by the stub)
    std::optional<gdb::StopEvent> m_watch_hit;
    bool m_held = false;
    sc_core::sc_event m_release;
};

}  // namespace vp::arm64
