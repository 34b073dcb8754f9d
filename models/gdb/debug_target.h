// What the GDB stub needs from a core, and what a core calls back. The stub
// (gdb_server.h) knows nothing of a CPU's internals; a core's adapter (for the
// ARM64 ISS: arm64/cpu_debug.h) knows nothing of sockets or RSP.
//
// Control flow is single-threaded and deterministic: the core's simulation
// thread calls DebugController::poll() at run boundaries while it runs, and
// DebugController::stopped() when it stops (breakpoint, watchpoint, step,
// interrupt request). stopped() blocks the whole simulation (no SystemC wait:
// simulated time stands still) while the stub serves the debugger, calling the
// DebugTarget's register/memory/breakpoint methods, and returns the action
// that resumes the core.
//
// Several cores (one GDB thread each, thread id = index + 1): every core has
// its own DebugTarget. The cores' simulation threads run one at a time, so
// while one core is inside stopped() the others are suspended between SystemC
// waits: all-stop comes for free. When the debugger resumes, the stub tells
// each other core how to go on (DebugTarget::resume) and returns the stopped
// core's own action.
#pragma once

#include <cstddef>
#include <cstdint>

namespace vp::gdb {

enum class WatchKind : uint8_t { write, read, access };  // Z2, Z3, Z4

// Why the core stopped; the stop reply (T packet) reports it.
struct StopEvent {
    enum class Reason : uint8_t {
        initial,      // -S: halted before the first instruction
        interrupted,  // the debugger asked (Ctrl-C)
        step,         // a single step completed
        breakpoint,   // software breakpoint (Z0) at the pc
        hw_breakpoint,  // hardware breakpoint (Z1) at the pc
        watchpoint,   // a Z2/Z3/Z4 watchpoint hit; data_address and watch tell which
    };
    Reason reason = Reason::initial;
    WatchKind watch = WatchKind::write;
    uint64_t data_address = 0;  // watchpoint: the first watched byte accessed
    unsigned core = 0;          // index of the core that stopped (GDB thread core + 1)
};

// What qThreadExtraInfo reports for a core.
enum class ThreadState : uint8_t {
    running,      // executing (or stopped by the debugger while it was)
    halted,       // waiting for an interrupt or event (WFI, WFE)
    powered_off,  // PSCI CPU_OFF, or a secondary before its CPU_ON
};

// QEMU's single-step flags (`maint packet Qqemu.sstep=N`, docs/models/gdb.md):
// kEnable: s steps (cleared: s continues); kNoIrq: no interrupt is taken
// during a step; kNoTimer: a step takes no simulated time, so no timer
// expires during it. QEMU's default, and the stub's, is all three.
namespace sstep {
constexpr uint32_t kEnable = 1, kNoIrq = 2, kNoTimer = 4;
constexpr uint32_t kDefault = kEnable | kNoIrq | kNoTimer;
}  // namespace sstep

// How the core goes on after stopped() returns.
enum class ResumeAction : uint8_t {
    resume,  // continue (c, vCont;c, D: breakpoints then are gone)
    step,    // execute one instruction, then stop again (s, vCont;s)
    kill,    // end the simulation (k, monitor quit)
    hold,    // stay stopped while other cores run or step (vCont with no
             // action for this core's thread, or 't')
};

// Implemented by the stub; called from the core's simulation thread.
class DebugController {
public:
    virtual ~DebugController() = default;
    // Cheap, non-blocking: accepts a debugger connection and reads pending
    // input. true when the debugger asked the core to stop (Ctrl-C), or a
    // debugger has just attached with -S semantics pending.
    virtual bool poll() = 0;
    // The core stopped; blocks while the debugger inspects it.
    virtual ResumeAction stopped(const StopEvent& event) = 0;
    // The guest ended (semihosting exit, PSCI SYSTEM_OFF): a W reply.
    virtual void exited(int status) = 0;
};

// Implemented by a core's adapter. Called only from inside
// DebugController::stopped(), i.e. while the core is halted between
// instructions (another core than the one that stopped may be suspended
// inside a device access: its pc is that instruction's).
class DebugTarget {
public:
    virtual ~DebugTarget() = default;

    // Registers in the numbering of gdb/aarch64_registers.h; value is
    // little-endian, register_bytes(n) long. false: no such register, or not
    // writable (currentel).
    virtual bool read_register(unsigned n, uint8_t* value) = 0;
    virtual bool write_register(unsigned n, const uint8_t* value) = 0;

    // Memory, without side effects on the simulation: virtual addresses go
    // through the current translation regime with a pure table walk (no TLB
    // fill, no access-flag update, no exception); device registers through
    // TLM debug transport. Returns the number of bytes transferred from the
    // start (less than len: the next byte is unmapped or not debug-accessible).
    virtual size_t read_memory(uint64_t addr, uint8_t* data, size_t len, bool physical) = 0;
    virtual size_t write_memory(uint64_t addr, const uint8_t* data, size_t len, bool physical) = 0;

    // Breakpoints on virtual instruction addresses; the guest's memory is
    // never patched. hardware = Z1 (reported as hwbreak), else Z0 (swbreak).
    virtual bool add_breakpoint(uint64_t addr, bool hardware) = 0;
    virtual bool remove_breakpoint(uint64_t addr, bool hardware) = 0;
    // Watchpoints on virtual data addresses [addr, addr + len).
    virtual bool add_watchpoint(uint64_t addr, uint64_t len, WatchKind kind) = 0;
    virtual bool remove_watchpoint(uint64_t addr, uint64_t len, WatchKind kind) = 0;
    // Removes every breakpoint and watchpoint (detach).
    virtual void clear_debug_points() = 0;

    // Single-step behaviour (sstep::k* flags): the flags the core honours
    // (others are refused with E22, as QEMU does), and the ones in force
    // from the next step on. A core without them steps in its own way.
    virtual uint32_t supported_step_flags() const { return 0; }
    virtual void set_step_flags(uint32_t flags) { (void)flags; }

    // Multi-core. The core's state for qThreadExtraInfo.
    virtual ThreadState thread_state() const { return ThreadState::running; }
    // For a core other than the one inside stopped(): how it goes on when
    // the simulation resumes (resume, step: one instruction then a stop,
    // hold: no instruction until a later resume or step).
    virtual void resume(ResumeAction action) { (void)action; }
};

}  // namespace vp::gdb
