// CpuDebug: the ARM64 core's side of the GDB stub, a gdb::DebugTarget over one
// Cpu. Registers map onto CpuState in GDB's AArch64 numbering; memory goes
// through a pure table walk (Mmu::probe: no TLB fill, no fault) and TLM debug
// transport (transport_dbg: RAM and virtio registers, no device side effects).
// Breakpoints never patch guest memory: the debug loop (Cpu::execute_debug)
// runs a straight-line run at full speed unless a breakpoint lies in the rest
// of its code page, and then one instruction at a time, comparing each pc with
// a sorted set; the decoded-code cache is never touched. Watchpoints keep
// their pages out of the soft TLB, so only accesses to those pages are checked.
// Stepping: one instruction; an exception it raises stops at the vector, and
// an interrupt already pending when the step starts is taken first and the
// step stops at its vector (no handler instruction executed).
// Not modelled: the architectural debug registers (DBGBVR/DBGWVR) stay inert.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

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

    // ---- Used by Cpu::execute_debug (the CPU's simulation thread) ----
    // Once per execute() call: lets the stub look for Ctrl-C or a new client.
    void poll();
    // Before the instruction at pc: stops (blocking) for a pending halt, a
    // breakpoint at pc or a step that an interrupt completed. false: the
    // debugger killed the simulation.
    bool before_instruction(uint64_t pc);
    // true: run from pc one instruction at a time (stepping, watchpoints set,
    // or a breakpoint in the rest of pc's page).
    bool single_instruction(uint64_t pc) const;
    // After a single instruction: stops for a completed step or a watchpoint
    // hit. false: killed.
    bool after_instruction();
    // From Cpu::debug_watch (slow memory path): records a hit; true when the
    // page of va holds a watchpoint.
    bool watch_access(uint64_t va, unsigned size, bool is_write);
    void guest_exited(int status);

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

    bool stop(const gdb::StopEvent& event);  // false: killed
    const Breakpoint* breakpoint_at(uint64_t pc) const;
    std::optional<uint64_t> translate(uint64_t va) const;
    size_t access(uint64_t addr, uint8_t* data, size_t len, bool physical, bool is_write);
    size_t phys_access(uint64_t pa, uint8_t* data, size_t len, bool is_write);
    unsigned bus_dbg(uint64_t pa, uint8_t* data, unsigned len, bool is_write);
    void system_registers_changed();

    Cpu& m_cpu;
    gdb::DebugController* m_controller = nullptr;
    std::vector<Breakpoint> m_breakpoints;  // sorted
    std::vector<Watchpoint> m_watchpoints;
    std::optional<gdb::StopEvent::Reason> m_halt;  // stop before the next instruction
    bool m_stepping = false;
    bool m_step_done_insn = false;  // the step's instruction has executed
    uint64_t m_step_pc = 0;         // pc when the step was requested
    std::optional<gdb::StopEvent> m_watch_hit;
};

}  // namespace vp::arm64
