// CpuDebug: the ARM64 core's debug adapter, and the CPU's debug loop. See
// cpu_debug.h.
#include "arm64/cpu_debug.h"

#include <algorithm>
#include <cstring>

#include "arm64/cpu.h"
#include "arm64/jit_x86.h"
#include "arm64/sysregs.h"
#include "gdb/aarch64_registers.h"

namespace vp::arm64 {

namespace reg = vp::gdb::aarch64;
using gdb::StopEvent;
using gdb::WatchKind;

namespace {

uint64_t load_le(const uint8_t* p, unsigned bytes)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < bytes; ++i)
        v |= uint64_t(p[i]) << (8 * i);
    return v;
}

void store_le(uint8_t* p, uint64_t v, unsigned bytes)
{
    for (unsigned i = 0; i < bytes; ++i)
        p[i] = static_cast<uint8_t>(v >> (8 * i));
}

bool overlaps(uint64_t a, uint64_t alen, uint64_t b, uint64_t blen)
{
    return a < b + blen && b < a + alen;
}

}  // namespace

// ---- The CPU's debug loop (Cpu members, kept here so cpu.cpp stays small) ---

// execute() with a debugger attached. Once per quantum the stub looks at its
// socket (Ctrl-C, a new client). With no breakpoint, watchpoint, step or halt
// pending, it returns false and execute() runs its own loop at full speed
// (breakpoints can only be added while the core is stopped, and a stop needs
// a poll or one of those). Otherwise it runs the quantum with execute()'s
// accounting; before each run it stops for a pending halt or a breakpoint at
// pc, then runs one of:
//   step:    one instruction, then a stop;
//   bounded: a run that ends before the next breakpoint ahead in its page
//            (or after an instruction that hit a watchpoint);
//   watching: a run that ends after an instruction that hit a watchpoint;
//   compiled: no breakpoint in pc's page, no watchpoint: compiled blocks
//            that stay in the page (debug_compiled_run);
//   plain:   a whole interpreted run, as in execute() (no breakpoint ahead in
//            the page, no watchpoint set; a run not compiled yet).
bool Cpu::execute_debug(uint64_t budget)
{
    CpuDebug& dbg = *m_debug;
    dbg.poll();
    if (!dbg.active())
        return false;
    m_batch_executed = 0;
    m_end_batch = false;
    while (m_batch_executed < budget && !m_end_batch && !m_exited) {
        // A stop may change pc and the breakpoints, or start a step; the
        // instruction at pc after it runs even if it has a breakpoint (as
        // after gdb's step over a breakpoint).
        if (dbg.stop_due(m_state.pc) && !dbg.before_instruction(m_state.pc))
            break;  // killed, or held while another core steps
        const uint64_t pc = m_state.pc;
        const bool step = dbg.stepping();
        // The next breakpoint ahead in the page (0: none) ends the run before it.
        const uint64_t bound = !step && dbg.has_breakpoint_page(pc) ? dbg.breakpoint_after(pc) : 0;
        const bool watching = dbg.watching();
        // A step without Qqemu.sstep's NOIRQ takes a pending, unmasked
        // interrupt first and stops at its vector (nothing of it executed).
        if (step && dbg.step_takes_interrupts() && check_interrupts()) {
            if (!dbg.after_instruction())
                break;  // killed
            continue;
        }
        m_run_pc = pc;
        // Breakpoints elsewhere: a run in a page without one goes through the
        // block compiler, chaining only inside that page, so compiled code
        // never passes a breakpoint.
        if (!step && !watching && m_jit && !dbg.has_breakpoint_page(pc) &&
            debug_compiled_run(pc, budget))
            continue;
        try {
            const FetchTlbEntry& e = m_tlb_cur->fetch[(pc >> 12) & (kTlbSize - 1)];
            const Insn* ip;
            if ((pc & (kPageMask | 3)) == e.tag)
                ip = &e.page->insn[(pc >> 2) & (kPageInsns - 1)];
            else if (!(ip = fetch_slow(pc).ip))
                throw ExceptionTaken{};  // taken (fetch abort); counted below
            const Insn* start = ip;
            m_run_start = start;
            m_cur = ip;
            m_in_run = true;
            if (step) {
                const bool counts = is_instruction(ip);
                if (!ip->fn(*this, *ip))
                    m_state.pc = pc + 4;
                m_batch_executed += counts ? 1 : 0;
                if (counts && dbg.step_freezes_time())
                    ++m_retired_at_sync;  // NOTIMER: the step takes no simulated time
            } else if (bound) {
                // A run never leaves its page: the limit lies inside its records.
                const Insn* limit = start + (bound - pc) / 4;
                for (;;) {
                    if (ip == limit) {  // the next instruction has a breakpoint
                        m_state.pc = pc_of(*ip);
                        m_batch_executed += uint64_t(ip - start);
                        break;
                    }
                    if (ip->fn(*this, *ip)) {
                        m_batch_executed += uint64_t(ip - start) + (is_instruction(ip) ? 1 : 0);
                        break;
                    }
                    if (watching && dbg.watch_hit()) {  // stop right after the access
                        m_state.pc = pc_of(*ip) + 4;
                        m_batch_executed += uint64_t(ip - start) + 1;
                        break;
                    }
                    m_cur = ++ip;
                }
            } else if (watching) {
                for (;;) {
                    if (ip->fn(*this, *ip)) {
                        m_batch_executed += uint64_t(ip - start) + (is_instruction(ip) ? 1 : 0);
                        break;
                    }
                    if (dbg.watch_hit()) {  // stop right after the access
                        m_state.pc = pc_of(*ip) + 4;
                        m_batch_executed += uint64_t(ip - start) + 1;
                        break;
                    }
                    m_cur = ++ip;
                }
            } else {
                while (!ip->fn(*this, *ip))
                    m_cur = ++ip;
                m_batch_executed += uint64_t(ip - start) + (is_instruction(ip) ? 1 : 0);
            }
        } catch (const ExceptionTaken&) {
            m_batch_executed += (m_fault_pc - m_run_pc) / 4;
        }
        m_in_run = false;
        if ((step || watching) && !m_exited && !dbg.after_instruction())
            break;  // killed or held
    }
    m_retired += m_batch_executed;
    m_batch_executed = 0;
    return true;
}

// Runs through the block compiler from pc, as execute_jit() starts them,
// except that compiled code never leaves pc's page: blocks chain by their
// direct in-page jumps (checked against m_chain_limit, the quantum's budget),
// while the dispatcher, the only way to another page, returns at once
// (m_budget 0). false: the run is not compiled yet (or not DMI-backed); the
// caller interprets it.
bool Cpu::debug_compiled_run(uint64_t pc, uint64_t budget)
{
    const FetchTlbEntry& e = m_tlb_cur->fetch[(pc >> 12) & (kTlbSize - 1)];
    if ((pc & (kPageMask | 3)) != e.tag)
        return false;
    DecodedPage* page = e.page;
    const unsigned index = unsigned((pc >> 2) & (kPageInsns - 1));
    if (!is_instruction(&page->insn[index]))
        return false;
    JitBlock* block = page->jit[index];
    if (!block || block->va != pc) {
        if (page->heat[index] < std::min(m_config.jit_threshold, 255u)) {
            ++page->heat[index];
            return false;
        }
        if (!(block = m_jit->compile(page, index, pc)))
            return false;
    }
    m_budget = 0;
    m_chain_limit = budget;
    m_in_run = true;
    m_jit->enter(block);
    m_in_run = false;
    return true;
}

// A core the debugger holds (another core steps): no instruction until the
// stub releases it; the time it waits counts as idle.
void Cpu::debug_hold()
{
    sync_time();
    idle_begin();
    while (m_debug->held())
        sc_core::wait(m_debug->release_event());
    idle_end();
    m_retired_at_sync = m_retired;
}

bool Cpu::debug_masks_interrupts() const
{
    return m_debug->step_masks_interrupts();
}

bool Cpu::debug_held() const
{
    return m_debug->held();
}

bool Cpu::debug_step_pending() const
{
    return m_debug->stepping();
}

bool Cpu::debug_watch(uint64_t va, unsigned size, bool is_write)
{
    return m_debug->watch_access(va, size, is_write);
}

// ---- CpuDebug ---------------------------------------------------------------

CpuDebug::CpuDebug(Cpu& cpu, const CpuDebugConfig& config) : m_cpu(cpu)
{
    if (config.start_halted)
        m_halt = StopEvent::Reason::initial;
}

void CpuDebug::set_controller(gdb::DebugController& controller)
{
    m_controller = &controller;
    m_cpu.attach_debugger(this);
}

CpuDebug::~CpuDebug()
{
    m_cpu.attach_debugger(nullptr);
}

void CpuDebug::poll()
{
    if (!m_halt && m_controller->poll())
        m_halt = StopEvent::Reason::interrupted;
}

bool CpuDebug::stop(StopEvent event)
{
    m_halt.reset();
    m_watch_hit.reset();
    m_stepping = false;
    event.core = m_cpu.index();
    const gdb::ResumeAction action = m_controller->stopped(event);
    if (action == gdb::ResumeAction::kill) {
        // As QEMU's 'k': the simulation ends (exit status 0).
        m_cpu.m_exited = true;
        m_cpu.m_exit_code = 0;
        m_cpu.m_end_batch = true;
        sc_core::sc_stop();
        return false;
    }
    // The debugger may have changed pc, DAIF or the flags: the quantum's loop
    // ends after this instruction, so that the CPU's loop sees a pending
    // interrupt at once when the core runs on.
    m_cpu.end_batch();
    if (action == gdb::ResumeAction::hold) {
        m_held = true;  // Cpu::run waits until the stub releases this core
        return false;
    }
    if (action == gdb::ResumeAction::step)
        start_step();
    return true;
}

void CpuDebug::start_step()
{
    // A step with Qqemu.sstep's ENABLE cleared runs on, as in QEMU.
    if (!(m_step_flags & gdb::sstep::kEnable))
        return;
    m_stepping = true;
    m_step_done_insn = false;
    m_step_pc = m_cpu.m_state.pc;
}

void CpuDebug::resume(gdb::ResumeAction action)
{
    // Suspended while the debugger had another core stopped: whatever was
    // pending from before (a halt request) is settled by this decision.
    m_halt.reset();
    m_watch_hit.reset();
    m_stepping = false;
    switch (action) {
    case gdb::ResumeAction::hold:
        m_held = true;
        m_cpu.end_batch();  // no new run once the current one ends
        return;
    case gdb::ResumeAction::step:
        m_cpu.end_batch();
        start_step();
        // Asleep in WFI/WFE: the step wakes it (both may end spuriously,
        // DDI 0487 D1.16), and executes the instruction after it. (QEMU
        // treats WFE as a NOP: its step does not wait either.)
        m_cpu.m_wfi = m_cpu.m_wfe = false;
        if (m_cpu.m_in_idle)
            m_cpu.m_debug_wake.notify(sc_core::SC_ZERO_TIME);
        break;
    case gdb::ResumeAction::resume:
    case gdb::ResumeAction::kill:  // the stopped core ends the simulation
        break;
    }
    if (m_held) {
        m_held = false;
        m_release.notify(sc_core::SC_ZERO_TIME);
    }
}

gdb::ThreadState CpuDebug::thread_state() const
{
    if (m_cpu.m_powered_off)
        return gdb::ThreadState::powered_off;
    if (m_cpu.m_wfi || m_cpu.m_wfe || m_cpu.m_in_idle)
        return gdb::ThreadState::halted;
    return gdb::ThreadState::running;
}

bool CpuDebug::before_instruction(uint64_t pc)
{
    if (m_halt) {
        StopEvent ev;
        ev.reason = *m_halt;
        return stop(ev);
    }
    if (m_stepping) {
        // An interrupt taken at the boundary before the step's instruction
        // moved the pc to its vector: the step ends there.
        if (!m_step_done_insn && pc != m_step_pc) {
            StopEvent ev;
            ev.reason = StopEvent::Reason::step;
            return stop(ev);
        }
        return true;  // the step executes the instruction at its start pc
    }
    if (const Breakpoint* bp = breakpoint_at(pc)) {
        StopEvent ev;
        ev.reason = bp->hardware ? StopEvent::Reason::hw_breakpoint : StopEvent::Reason::breakpoint;
        return stop(ev);
    }
    return true;
}

bool CpuDebug::active() const
{
    return m_halt || m_stepping || m_held || !m_breakpoints.empty() || !m_watchpoints.empty();
}

uint64_t CpuDebug::breakpoint_after(uint64_t pc) const
{
    auto it = std::upper_bound(m_breakpoints.begin(), m_breakpoints.end(), Breakpoint{pc, true});
    const uint64_t page_end = (pc | 0xFFF) + 1;
    return it != m_breakpoints.end() && it->addr < page_end ? it->addr : 0;
}

void CpuDebug::update_breakpoint_pages()
{
    m_bp_pages.clear();
    for (const Breakpoint& bp : m_breakpoints)
        if (m_bp_pages.empty() || m_bp_pages.back() != (bp.addr & ~uint64_t(0xFFF)))
            m_bp_pages.push_back(bp.addr & ~uint64_t(0xFFF));
}

bool CpuDebug::after_instruction()
{
    if (m_watch_hit) {
        const StopEvent ev = *m_watch_hit;
        return stop(ev);
    }
    if (m_stepping) {
        m_step_done_insn = true;
        StopEvent ev;
        ev.reason = StopEvent::Reason::step;
        return stop(ev);
    }
    return true;
}

bool CpuDebug::watch_access(uint64_t va, unsigned size, bool is_write)
{
    bool page_watched = false;
    const uint64_t page = va & ~uint64_t(0xFFF);
    for (const Watchpoint& w : m_watchpoints) {
        if (overlaps(w.addr, w.len, page, 4096))
            page_watched = true;
        const bool kind_matches = w.kind == WatchKind::access ||
                                  (w.kind == WatchKind::write) == is_write;
        if (!m_watch_hit && kind_matches && overlaps(w.addr, w.len, va, size)) {
            StopEvent ev;
            ev.reason = StopEvent::Reason::watchpoint;
            ev.watch = w.kind;
            ev.data_address = std::max(w.addr, va);
            m_watch_hit = ev;
        }
    }
    return page_watched;
}

const CpuDebug::Breakpoint* CpuDebug::breakpoint_at(uint64_t pc) const
{
    if (m_breakpoints.empty())
        return nullptr;
    auto it = std::lower_bound(m_breakpoints.begin(), m_breakpoints.end(), Breakpoint{pc, false});
    return it != m_breakpoints.end() && it->addr == pc ? &*it : nullptr;
}

// ---- Breakpoints and watchpoints ----------------------------------------------

bool CpuDebug::add_breakpoint(uint64_t addr, bool hardware)
{
    const Breakpoint bp{addr, hardware};
    auto it = std::lower_bound(m_breakpoints.begin(), m_breakpoints.end(), bp);
    if (it == m_breakpoints.end() || it->addr != addr || it->hardware != hardware)
        m_breakpoints.insert(it, bp);
    update_breakpoint_pages();
    return true;
}

bool CpuDebug::remove_breakpoint(uint64_t addr, bool hardware)
{
    const Breakpoint bp{addr, hardware};
    auto it = std::lower_bound(m_breakpoints.begin(), m_breakpoints.end(), bp);
    if (it == m_breakpoints.end() || it->addr != addr || it->hardware != hardware)
        return false;
    m_breakpoints.erase(it);
    update_breakpoint_pages();
    return true;
}

bool CpuDebug::add_watchpoint(uint64_t addr, uint64_t len, WatchKind kind)
{
    if (len == 0 || addr + len < addr)
        return false;
    m_watchpoints.push_back({addr, len, kind});
    // Pages cached before now would bypass the check.
    m_cpu.flush_tlb();
    return true;
}

bool CpuDebug::remove_watchpoint(uint64_t addr, uint64_t len, WatchKind kind)
{
    for (auto it = m_watchpoints.begin(); it != m_watchpoints.end(); ++it) {
        if (it->addr == addr && it->len == len && it->kind == kind) {
            m_watchpoints.erase(it);
            return true;
        }
    }
    return false;
}

void CpuDebug::clear_debug_points()
{
    m_breakpoints.clear();
    m_bp_pages.clear();
    m_watchpoints.clear();
    m_watch_hit.reset();
}

// ---- Registers --------------------------------------------------------------

bool CpuDebug::read_register(unsigned n, uint8_t* value)
{
    CpuState& s = m_cpu.m_state;
    if (n < reg::kSp) {
        store_le(value, s.x[n], 8);
    } else if (n == reg::kSp) {
        store_le(value, s.x[kRegSp], 8);
    } else if (n == reg::kPc) {
        store_le(value, s.pc, 8);
    } else if (n == reg::kCpsr) {
        store_le(value, s.pstate(), 4);
    } else if (n >= reg::kV0 && n < reg::kV0 + 32) {
        std::memcpy(value, &s.v[n - reg::kV0], 16);
    } else if (n == reg::kFpsr) {
        store_le(value, s.fpsr, 4);
    } else if (n == reg::kFpcr) {
        store_le(value, s.fpcr, 4);
    } else if (n >= reg::kSysFirst && n < reg::register_count()) {
        using S = reg::SysReg;
        const SysRegs& r = s.sys;
        uint64_t v = 0;
        switch (S(n - reg::kSysFirst)) {
        case S::sctlr_el1: v = r.sctlr; break;
        case S::tcr_el1: v = r.tcr; break;
        case S::ttbr0_el1: v = r.ttbr0; break;
        case S::ttbr1_el1: v = r.ttbr1; break;
        case S::mair_el1: v = r.mair; break;
        case S::amair_el1: v = r.amair; break;
        case S::vbar_el1: v = r.vbar; break;
        case S::esr_el1: v = r.esr; break;
        case S::far_el1: v = r.far; break;
        case S::elr_el1: v = r.elr; break;
        case S::spsr_el1: v = r.spsr; break;
        case S::par_el1: v = r.par; break;
        case S::contextidr_el1: v = r.contextidr; break;
        case S::cpacr_el1: v = r.cpacr; break;
        case S::tpidr_el0: v = r.tpidr_el0; break;
        case S::tpidrro_el0: v = r.tpidrro_el0; break;
        case S::tpidr_el1: v = r.tpidr_el1; break;
        case S::mdscr_el1: v = r.mdscr; break;
        case S::sp_el0: v = s.sp_el0(); break;
        case S::sp_el1: v = s.sp_el1(); break;
        case S::currentel: v = uint64_t(s.el) << 2; break;
        case S::daif: v = s.daif; break;
        case S::count: return false;
        }
        store_le(value, v, 8);
    } else {
        return false;
    }
    return true;
}

bool CpuDebug::write_register(unsigned n, const uint8_t* value)
{
    CpuState& s = m_cpu.m_state;
    if (n < reg::kSp) {
        s.x[n] = load_le(value, 8);
    } else if (n == reg::kSp) {
        s.x[kRegSp] = load_le(value, 8);
    } else if (n == reg::kPc) {
        s.pc = load_le(value, 8);
    } else if (n == reg::kCpsr) {
        const uint32_t v = uint32_t(load_le(value, 4));
        const uint32_t m = v & (spsr::kM | spsr::kNRW);
        if (m != spsr::kEl0t && m != spsr::kEl1t && m != spsr::kEl1h)
            return false;  // only EL0t/EL1t/EL1h exist
        s.nzcv = v >> 28;
        s.daif = v & (spsr::kD | spsr::kA | spsr::kI | spsr::kF);
        s.ss = v & spsr::kSS;
        s.il = v & spsr::kIL;
        s.switch_mode(m == spsr::kEl0t ? 0 : 1, m == spsr::kEl1h ? 1 : 0);
        m_cpu.select_tlb();
    } else if (n >= reg::kV0 && n < reg::kV0 + 32) {
        std::memcpy(&s.v[n - reg::kV0], value, 16);
    } else if (n == reg::kFpsr) {
        s.fpsr = uint32_t(load_le(value, 4)) & fpsr::kWritable;
    } else if (n == reg::kFpcr) {
        s.fpcr = uint32_t(load_le(value, 4)) & fpcr::kWritable;
    } else if (n >= reg::kSysFirst && n < reg::register_count()) {
        using S = reg::SysReg;
        SysRegs& r = s.sys;
        const uint64_t v = load_le(value, 8);
        switch (S(n - reg::kSysFirst)) {
        case S::sctlr_el1: r.sctlr = (v & sctlr::kWritable) | sctlr::kRes1; break;
        case S::tcr_el1: r.tcr = v; break;
        case S::ttbr0_el1: r.ttbr0 = v; break;
        case S::ttbr1_el1: r.ttbr1 = v; break;
        case S::mair_el1: r.mair = v; break;
        case S::amair_el1: r.amair = v; break;
        case S::vbar_el1: r.vbar = v & ~uint64_t(0x7FF); break;
        case S::esr_el1: r.esr = v & 0xFFFFFFFF; break;
        case S::far_el1: r.far = v; break;
        case S::elr_el1: r.elr = v; break;
        case S::spsr_el1: r.spsr = v & 0xFFFFFFFF; break;
        case S::par_el1: r.par = v; break;
        case S::contextidr_el1: r.contextidr = v & 0xFFFFFFFF; break;
        case S::cpacr_el1: r.cpacr = v & (uint64_t(3) << 20); break;
        case S::tpidr_el0: r.tpidr_el0 = v; break;
        case S::tpidrro_el0: r.tpidrro_el0 = v; break;
        case S::tpidr_el1: r.tpidr_el1 = v; break;
        case S::mdscr_el1: r.mdscr = v; break;
        case S::sp_el0: s.set_sp_el0(v); break;
        case S::sp_el1: s.set_sp_el1(v); break;
        case S::daif: s.daif = v & (spsr::kD | spsr::kA | spsr::kI | spsr::kF); break;
        case S::currentel:  // read-only: change EL through cpsr
        case S::count: return false;
        }
        system_registers_changed();
    } else {
        return false;
    }
    return true;
}

// A debugger write to a translation or control register: nothing cached from
// the old values may survive (as after a TLBI VMALLE1 + IC IALLU).
void CpuDebug::system_registers_changed()
{
    m_cpu.m_mmu.flush_all();
    m_cpu.flush_tlb();
    m_cpu.invalidate_code_all();
}

// ---- Memory -----------------------------------------------------------------

namespace {
// Descriptor reads of the debugger's table walk: TLM debug transport, no
// latency, no DMI requests.
class DebugWalkMemory : public WalkMemory {
public:
    explicit DebugWalkMemory(vp::bus::InitiatorPort& bus) : m_bus(bus) {}
    bool read64(uint64_t pa, uint64_t& value) override
    {
        uint8_t b[8];
        tlm::tlm_generic_payload tx;
        tx.set_command(tlm::TLM_READ_COMMAND);
        tx.set_address(pa);
        tx.set_data_ptr(b);
        tx.set_data_length(8);
        if (m_bus->transport_dbg(tx) != 8)
            return false;
        value = load_le(b, 8);
        return true;
    }

private:
    vp::bus::InitiatorPort& m_bus;
};
}  // namespace

std::optional<uint64_t> CpuDebug::translate(uint64_t va) const
{
    const SysRegs& r = m_cpu.m_state.sys;
    TranslationRegs regs;
    regs.sctlr = r.sctlr;
    regs.tcr = r.tcr;
    regs.ttbr0 = r.ttbr0;
    regs.ttbr1 = r.ttbr1;
    regs.mair = r.mair;
    DebugWalkMemory mem(m_cpu.bus);
    // Permissions of the current EL, except that the debugger may write
    // read-only (e.g. code) pages, as gdb does to place data.
    Translation t = m_cpu.m_mmu.probe(va, AccessType::read, m_cpu.m_state.el == 0, regs, mem);
    if (!t.ok())
        return std::nullopt;
    return t.pa;
}

unsigned CpuDebug::bus_dbg(uint64_t pa, uint8_t* data, unsigned len, bool is_write)
{
    tlm::tlm_generic_payload tx;
    tx.set_command(is_write ? tlm::TLM_WRITE_COMMAND : tlm::TLM_READ_COMMAND);
    tx.set_address(pa);
    tx.set_data_ptr(data);
    tx.set_data_length(len);
    tx.set_streaming_width(len);
    return m_cpu.bus->transport_dbg(tx);
}

// Physical access within one page. Device register windows accept debug
// reads of their register width only: a short transfer is retried in 4-byte
// (then 1-byte) pieces.
size_t CpuDebug::phys_access(uint64_t pa, uint8_t* data, size_t len, bool is_write)
{
    size_t done = bus_dbg(pa, data, unsigned(len), is_write);
    while (done < len) {
        const uint64_t a = pa + done;
        const unsigned piece = (a % 4 == 0 && len - done >= 4) ? 4 : 1;
        if (bus_dbg(a, data + done, piece, is_write) != piece)
            break;
        done += piece;
    }
    if (is_write && done > 0)
        m_cpu.code_written(pa, unsigned(done));  // decoded code there is stale now
    return done;
}

size_t CpuDebug::access(uint64_t addr, uint8_t* data, size_t len, bool physical, bool is_write)
{
    size_t done = 0;
    while (done < len) {
        const uint64_t a = addr + done;
        const size_t chunk = std::min<size_t>(len - done, 4096 - (a & 0xFFF));
        uint64_t pa = a;
        if (!physical) {
            std::optional<uint64_t> t = translate(a);
            if (!t)
                break;
            pa = *t;
        }
        const size_t n = phys_access(pa, data + done, chunk, is_write);
        done += n;
        if (n < chunk)
            break;
    }
    return done;
}

size_t CpuDebug::read_memory(uint64_t addr, uint8_t* data, size_t len, bool physical)
{
    return access(addr, data, len, physical, false);
}

size_t CpuDebug::write_memory(uint64_t addr, const uint8_t* data, size_t len, bool physical)
{
    return access(addr, const_cast<uint8_t*>(data), len, physical, true);
}

}  // namespace vp::arm64
