// Cpu module: execution loop, temporal decoupling, memory paths (software TLB
// over DMI, b_transport for MMIO) and the pre-decoded code page cache.
// Follows DDI 0487 B2 (memory model: alignment, Device memory), D5 (VMSA).
// Not modelled: cache timing, DMI latencies on the fast path.
#include "arm64/cpu.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "arm64/cpu_cluster.h"
#include "arm64/generic_timer.h"
#include "arm64/jit_x86.h"
#include "arm64/psci.h"
#include "arm64/semihosting.h"

namespace vp::arm64 {

namespace {
// Ends a straight-line run at the end of a decoded page (not an instruction).
bool exec_page_end(Cpu& cpu, const Insn& insn)
{
    cpu.state().pc = cpu.pc_of(insn);
    return true;
}

}  // namespace

bool Cpu::is_instruction(const Insn* ip)
{
    return ip->fn != &exec_page_end && ip->fn != &exec_stale;
}

bool exec_stale(Cpu& cpu, const Insn& insn)
{
    // The page was invalidated while cached in a fetch TLB entry or a run:
    // refetch at the same pc.
    cpu.state().pc = cpu.pc_of(insn);
    return true;
}

bool exec_lazy_decode(Cpu& cpu, const Insn& insn)
{
    Insn& rec = const_cast<Insn&>(insn);
    decode(insn.raw, rec);
    return rec.fn(cpu, rec);
}

Cpu::Cpu(sc_core::sc_module_name name, const CpuConfig& config)
    : sc_module(name),
      bus("bus"),
      irq("irq"),
      fiq("fiq"),
      timer_phys_irq("timer_phys_irq"),
      timer_virt_irq("timer_virt_irq"),
      m_config(config),
      m_mmu(40)
{
    if (m_config.clock_hz <= 0 || m_config.cpi <= 0) {
        SC_REPORT_WARNING("vp/arm64/config", "clock_hz and cpi must be positive; using 1 GHz, CPI 1");
        m_config.clock_hz = 1e9;
        m_config.cpi = 1.0;
    }
    m_ps_per_insn = m_config.cpi / m_config.clock_hz * 1e12;
    // Whole resolution units per instruction (1 GHz, CPI 1: 1000 ps) let
    // insn_time() skip the general double-to-sc_time conversion, where that
    // gives the identical value (checked on a few counts).
    m_insn_unit = sc_core::SC_ZERO_TIME;
    const double units = m_ps_per_insn * 1e-12 / sc_core::sc_get_time_resolution().to_seconds();
    if (units >= 1 && units < 1e9 && units == double(uint64_t(units))) {
        const sc_core::sc_time unit = sc_core::sc_time::from_value(uint64_t(units));
        bool same = true;
        for (uint64_t n : {1ull, 7ull, 1000ull, 123457ull, 1ull << 30}) {
            sc_core::sc_time t = unit;
            same &= (t *= double(n)) == sc_core::sc_time(double(n) * m_ps_per_insn, sc_core::SC_PS);
        }
        if (same)
            m_insn_unit = unit;
    }
    m_quantum_insns = std::max<uint64_t>(
        1, static_cast<uint64_t>(m_config.quantum.to_seconds() * m_config.clock_hz / m_config.cpi));
    flush_tlb();
    m_scratch.insn[1].fn = &exec_page_end;
    bus.on_invalidate([this](uint64_t start, uint64_t end) { on_dmi_invalidate(start, end); });
    set_entry(m_config.reset_pc, m_config.reset_x0);
    init_collaborators();
    if (m_config.accel == Accel::jit && Jit::host_supported()) {
        m_jit = std::make_unique<Jit>(*this);
        if (!m_jit->ok())
            m_jit.reset();  // no executable memory: interpret
    }
    SC_HAS_PROCESS(Cpu);
    SC_THREAD(run);
}

Cpu::~Cpu() = default;

void Cpu::init_collaborators()
{
    m_timer = std::make_unique<GenericTimer>("timer", m_config.cntfrq_hz);
    m_timer->irq_phys(timer_phys_irq);
    m_timer->irq_virt(timer_virt_irq);
    m_own_psci = std::make_unique<Psci>(1);
    m_psci = m_own_psci.get();
    m_semihosting = std::make_unique<Semihosting>();
}

void Cpu::configure_semihosting(const SemihostingConfig& config)
{
    m_semihosting = std::make_unique<Semihosting>(config);
}

void Cpu::set_entry(uint64_t pc, uint64_t x0)
{
    m_state.pc = pc;
    m_state.x[0] = x0;
}

// ---- Execution loop -------------------------------------------------------

void Cpu::start_of_simulation()
{
    m_host_start = std::chrono::steady_clock::now();
}

void Cpu::end_of_simulation()
{
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_host_start)
                      .count();
    double mips = secs > 0 ? double(m_retired) / secs / 1e6 : 0.0;
    if (m_config.trace)
        std::fflush(m_config.trace);
    std::fprintf(stderr, "%s: %llu instructions, %.1f MIPS (host)\n", basename(),
                 static_cast<unsigned long long>(m_retired), mips);
}

void Cpu::run()
{
    for (;;) {
        if (m_exited)
            return;
        if (m_powered_off)
            wait_powered_off();  // PSCI CPU_OFF: until a CPU_ON (never, single-core)
        if (m_wfi)
            idle_until_interrupt();
        if (m_wfe)
            idle_until_event();
        if (__builtin_expect(m_debug != nullptr, 0) && debug_held())
            debug_hold();  // the debugger steps another core (cpu_debug.cpp)
        check_interrupts();
        const uint64_t used = m_retired - m_retired_at_sync;
        execute(used < m_quantum_insns ? m_quantum_insns - used : 1);
        if (m_exited)
            return;
        if (m_retired - m_retired_at_sync >= m_quantum_insns)
            sync_time(true);
    }
}

void Cpu::execute(uint64_t budget)
{
    // Debugger attached (issue 8): while it has breakpoints, watchpoints, a
    // step or a halt pending, the loop in cpu_debug.cpp runs this quantum.
    if (__builtin_expect(m_debug != nullptr, 0) && execute_debug(budget))
        return;
    if (__builtin_expect(m_config.trace != nullptr, 0)) {
        execute_traced(budget);
        return;
    }
    if (m_jit) {
        execute_jit(budget);
        return;
    }
    m_batch_executed = 0;
    m_end_batch = false;
    while (m_batch_executed < budget && !m_end_batch) {
        m_run_pc = m_state.pc;
        const uint64_t pc = m_state.pc;
        const FetchTlbEntry& e = m_tlb_cur->fetch[(pc >> 12) & (kTlbSize - 1)];
        const Insn* ip;
        if (__builtin_expect((pc & (kPageMask | 3)) == e.tag, 1))
            ip = &e.page->insn[(pc >> 2) & (kPageInsns - 1)];
        else if (!(ip = fetch_slow(pc).ip))
            continue;  // a fetch exception was taken; nothing retired
        interpret_run(ip);
    }
    m_retired += m_batch_executed;
    m_batch_executed = 0;
}

// One straight-line run from the record ip (whose address is state().pc):
// handlers run until one returns true (it set pc) or raises an exception.
// Hot path.
void Cpu::interpret_run(const Insn* ip)
{
    m_run_pc = m_state.pc;
    const Insn* start = ip;
    m_run_start = start;
    m_cur = ip;
    m_in_run = true;
    try {
        while (!ip->fn(*this, *ip))
            m_cur = ++ip;
        m_batch_executed += uint64_t(ip - start) + (is_instruction(ip) ? 1 : 0);
    } catch (const ExceptionTaken&) {
        // The faulting instruction did not retire; the ones before it did.
        m_batch_executed += (m_fault_pc - m_run_pc) / 4;
    }
    m_in_run = false;
}

// The same loop through the block compiler. A run is either one compiled
// block (which may chain directly to the next run's block while budget is
// left, exactly where this loop would start it) or interpreted; the first
// CpuConfig::jit_threshold starts of a run are interpreted, so code that runs once is
// never compiled. A block that stops inside its run (code changed under it,
// or the run is longer than a block) continues on the same decoded page.
void Cpu::execute_jit(uint64_t budget)
{
    const unsigned threshold = std::min(m_config.jit_threshold, 255u);
    m_batch_executed = 0;
    m_end_batch = false;
    m_budget = budget;
    m_chain_limit = budget;
    while (m_batch_executed < budget && !m_end_batch) {
        m_run_pc = m_state.pc;
        const uint64_t pc = m_state.pc;
        DecodedPage* page;
        const FetchTlbEntry& e = m_tlb_cur->fetch[(pc >> 12) & (kTlbSize - 1)];
        if ((pc & (kPageMask | 3)) == e.tag) {
            page = e.page;
        } else {
            const Insn* ip = fetch_slow(pc).ip;
            if (!ip)
                continue;  // a fetch exception was taken; nothing retired
            if (ip == &m_scratch.insn[0]) {  // not DMI-backed: interpret
                interpret_run(ip);
                continue;
            }
            page = m_tlb_cur->fetch[(pc >> 12) & (kTlbSize - 1)].page;
        }
        unsigned index = unsigned((pc >> 2) & (kPageInsns - 1));
        for (;;) {
            const uint64_t run_pc = m_state.pc;
            const Insn* ip = &page->insn[index];
            if (!is_instruction(ip)) {  // a stale record or the page end: the run ends
                interpret_run(ip);
                break;
            }
            JitBlock* block = page->jit[index];
            if (!block || block->va != run_pc) {
                if (page->heat[index] < threshold) {
                    ++page->heat[index];
                    interpret_run(ip);
                    break;
                }
                block = m_jit->compile(page, index, run_pc);
                if (!block) {
                    interpret_run(ip);
                    break;
                }
            }
            m_in_run = true;
            const Jit::Status status = m_jit->enter(block);
            m_in_run = false;
            if (status != Jit::kContinue)
                break;
            // Continues on the page of the block that stopped (blocks chain
            // across pages), at the record after its last one.
            page = m_jit_page;
            index = unsigned((m_state.pc >> 2) & (kPageInsns - 1));
        }
    }
    m_retired += m_batch_executed;
    m_batch_executed = 0;
}

// The traced loop: the same accounting as execute(), but every run is one
// instruction long, so each one is logged with its own pc before it executes.
void Cpu::execute_traced(uint64_t budget)
{
    static const char kHex[] = "0123456789abcdef";
    m_batch_executed = 0;
    m_end_batch = false;
    while (m_batch_executed < budget && !m_end_batch) {
        m_run_pc = m_state.pc;
        try {
            const uint64_t pc = m_state.pc;
            const FetchTlbEntry& e = m_tlb_cur->fetch[(pc >> 12) & (kTlbSize - 1)];
            // "[<core> ]<pc> <opcode>\n": the core column only with several cores.
            char text[2 + 26];
            char* const line = text + 2;
            text[0] = static_cast<char>('0' + m_index);
            text[1] = ' ';
            char* const start = m_config.trace_core_column ? text : line;
            const size_t length = static_cast<size_t>(line + 26 - start);
            for (int i = 0; i < 16; ++i)
                line[i] = kHex[(pc >> (60 - 4 * i)) & 0xF];
            line[16] = ' ';
            line[25] = '\n';
            if (pc & 3) {
                // A misaligned PC is listed (opcode "--------") before its
                // alignment fault, as QEMU lists the block that raises it.
                std::memset(line + 17, '-', 8);
                std::fwrite(start, 1, length, m_config.trace);
            }
            const Insn* ip;
            if ((pc & (kPageMask | 3)) == e.tag)
                ip = &e.page->insn[(pc >> 2) & (kPageInsns - 1)];
            else if (!(ip = fetch_slow(pc).ip))
                throw ExceptionTaken{};  // taken; counted below like any fault
            const bool counts = is_instruction(ip);
            if (counts) {
                const uint32_t raw = ip->raw;
                for (int i = 0; i < 8; ++i)
                    line[17 + i] = kHex[(raw >> (28 - 4 * i)) & 0xF];
                std::fwrite(start, 1, length, m_config.trace);
            }
            m_run_start = ip;
            m_cur = ip;
            m_in_run = true;
            if (!ip->fn(*this, *ip))
                m_state.pc = pc + 4;  // fell through: the next run starts after it
            m_batch_executed += counts ? 1 : 0;
        } catch (const ExceptionTaken&) {
            m_batch_executed += (m_fault_pc - m_run_pc) / 4;  // 0: it did not retire
        }
        m_in_run = false;
    }
    m_retired += m_batch_executed;
    m_batch_executed = 0;
}

bool Cpu::check_interrupts()
{
    if (__builtin_expect(m_debug != nullptr, 0) && debug_masks_interrupts())
        return false;  // gdb is stepping with Qqemu.sstep NOIRQ (cpu_debug.cpp)
    if (fiq.read() && !(m_state.daif & spsr::kF)) {
        take_exception(0, 0, 0x100, m_state.pc);
        return true;
    }
    if (irq.read() && !(m_state.daif & spsr::kI)) {
        take_exception(0, 0, 0x80, m_state.pc);
        return true;
    }
    return false;
}

void Cpu::wait_for_interrupt()
{
    m_wfi = true;
    end_batch();
}

void Cpu::idle_until_interrupt()
{
    m_wfi = false;
    before_yield();
    sync_time();
    if (irq.read() || fiq.read() || debug_stepping())
        return;
    idle_begin();
    // Any change of an interrupt line (including our own timer outputs, for
    // platforms without an interrupt controller) ends the wait; WFI may
    // complete spuriously, so one wake-up is enough.
    if (m_config.idle_observer) m_config.idle_observer(true);   // issue 9: WFI idle span begins
    m_in_idle = true;
    wait(irq.value_changed_event() | fiq.value_changed_event() | m_timer->irq_event() |
         m_debug_wake);
    m_in_idle = false;
    if (m_config.idle_observer) m_config.idle_observer(false);  // ... and ends (CpuConfig::idle_observer)
    idle_end();
    m_retired_at_sync = m_retired;
}

// ---- Time -----------------------------------------------------------------

sc_core::sc_time Cpu::local_time() const
{
    const uint64_t pending = current_retired() - m_retired_at_sync;
    return sc_core::sc_time_stamp() +
           insn_time(pending) + m_extra_delay +
           m_deferred;
}

void Cpu::sync_time(bool quantum_end)
{
    if (m_in_run)
        m_state.pc = current_pc();  // others may look at the state while we wait
    const uint64_t now = current_retired();
    sc_core::sc_time offset =
        insn_time(now - m_retired_at_sync) +
        m_extra_delay + m_deferred;
    m_retired_at_sync = now;
    m_extra_delay = sc_core::SC_ZERO_TIME;
    m_deferred = sc_core::SC_ZERO_TIME;
    if (offset == sc_core::SC_ZERO_TIME)
        return;
    // Hot path (once per quantum): with nothing else due before our local
    // time, waiting would only move the kernel's clock, so keep the offset
    // and skip the two context switches. The quantum still ends here
    // (interrupts are sampled at the same instructions as with a wait).
    // Multi-core: the other cores' threads are due activity, so a core
    // defers only while they all sleep (WFI/WFE, powered off).
    if (quantum_end && sc_core::sc_time_stamp() + offset < m_config.lazy_sync_until &&
        offset < sc_core::sc_time_to_pending_activity()) {
        m_deferred = offset;
        return;
    }
    before_yield();  // multi-core: other cores may store while we wait
    wait(offset);
}

// ---- Memory ---------------------------------------------------------------

Translation Cpu::translate(uint64_t va, AccessType acc, bool unpriv)
{
    TranslationRegs regs;
    regs.sctlr = m_state.sys.sctlr;
    regs.tcr = m_state.sys.tcr;
    regs.ttbr0 = m_state.sys.ttbr0;
    regs.ttbr1 = m_state.sys.ttbr1;
    regs.mair = m_state.sys.mair;
    return m_mmu.translate(va, acc, unpriv || m_state.el == 0, regs, m_walker);
}

bool Cpu::Walker::read64(uint64_t pa, uint64_t& value)
{
    if (const tlm::tlm_dmi* d = m_cpu.bus.dmi(pa, false)) {
        if (pa + 8 - 1 <= d->get_end_address()) {
            std::memcpy(&value, d->get_dmi_ptr() + (pa - d->get_start_address()), 8);
            return true;
        }
    }
    sc_core::sc_time delay;
    bool ok = m_cpu.bus.read(pa, &value, 8, delay) == vp::bus::MemStatus::ok;
    m_cpu.m_extra_delay += delay;
    return ok;
}

void Cpu::raise_data_abort(uint64_t va, uint32_t dfsc, bool is_write, uint32_t isv_iss,
                           bool cache_maint)
{
    data_abort(va, dfsc, is_write, isv_iss, cache_maint);
    throw ExceptionTaken{};
}

bool Cpu::data_abort(uint64_t va, uint32_t dfsc, bool is_write, uint32_t isv_iss,
                     bool cache_maint)
{
    uint32_t iss = dfsc | (is_write ? 1u << 6 : 0) | (cache_maint ? 1u << 8 : 0) | isv_iss;
    take_exception(m_state.el == 0 ? ec::kDabtLower : ec::kDabtSame, iss, 0, current_pc(), true,
                   va);
    return false;
}

void Cpu::check_alignment(uint64_t va, unsigned size, bool is_write)
{
    if (va & (size - 1))
        raise_data_abort(va, fsc::kAlignment, is_write, 0);
}

void Cpu::check_sp_alignment(uint64_t sp)
{
    const uint64_t sa = m_state.el == 0 ? (1u << 4) : (1u << 3);  // SCTLR.SA0 / SA
    if ((m_state.sys.sctlr & sa) && (sp & 15))
        raise_sync(ec::kSpAlign, 0);
}

bool Cpu::access_slow(uint64_t va, void* data, unsigned size, AccessType acc, bool unpriv)
{
    // Alignment is a property of the whole access (its address modulo its
    // size), also when it is split at a page boundary below.
    const bool misaligned = (va & (size - 1)) != 0;
    const unsigned offset = va & 0xFFF;
    if (offset + size > 4096) {
        const unsigned first = 4096 - offset;
        return access_page(va, data, first, acc, unpriv, va, misaligned) &&
               access_page(va + first, static_cast<uint8_t*>(data) + first, size - first, acc,
                           unpriv, va, misaligned);
    }
    return access_page(va, data, size, acc, unpriv, va, misaligned);
}

// One page's part of an access. access_va/misaligned describe the whole
// access: an Alignment fault reports access_va in FAR, a translation fault the
// address of the part that faulted.
bool Cpu::access_page(uint64_t va, void* data, unsigned size, AccessType acc, bool unpriv,
                      uint64_t access_va, bool misaligned)
{
    const bool is_write = acc == AccessType::write;
    Translation t = translate(va, acc, unpriv);
    if (!t.ok())
        return data_abort(va, fault_status_code(t.fault, t.level), is_write, 0);
    if (misaligned && (t.device || (m_state.sys.sctlr & 2)))  // Device memory or SCTLR.A
        return data_abort(access_va, fsc::kAlignment, is_write, 0);
    // Debugger watchpoints (issue 8, cpu_debug.cpp): pages holding one stay
    // out of the soft TLB, so every access to them comes through here.
    const bool watched = m_debug && debug_watch(va, size, is_write);

    const tlm::tlm_dmi* d = bus.dmi(t.pa, is_write);
    if (d && t.pa + size - 1 <= d->get_end_address()) {
        uint8_t* host = d->get_dmi_ptr() + (t.pa - d->get_start_address());
        if (is_write)
            std::memcpy(host, data, size);
        else
            std::memcpy(data, host, size);
        const uint64_t pa_page = t.pa & kPageMask;
        const bool code = is_write && (m_cluster ? m_cluster->is_code_page(pa_page)
                                                 : m_code_pages.count(pa_page) != 0);
        if (code)
            code_written(t.pa, size);
        // Multi-core: a store to a page some core holds a reservation in
        // reaches the global monitor, and the page stays out of the write
        // TLB while the reservation lasts (cpu_cluster.h).
        bool reserved = false;
        if (is_write && m_cluster) {
            GlobalMonitor& gm = m_cluster->monitor();
            if (gm.any_reservation(pa_page, 4096)) {
                reserved = true;
                gm.observe_write(t.pa, size, m_index);
            }
        }
        // Cache the page if the window covers it completely; pages holding
        // decoded code stay out of the write TLB so stores invalidate them.
        if (!code && !watched && !reserved && d->get_start_address() <= pa_page &&
            pa_page + 4095 <= d->get_end_address() && !(m_state.sys.sctlr & 2)) {
            m_tlb_max_leaf = std::max<uint64_t>(m_tlb_max_leaf, t.size);
            TlbSet& set = m_tlb[unpriv ? 0 : m_state.el];
            DataTlbEntry& e = (is_write ? set.write : set.read)[(va >> 12) & (kTlbSize - 1)];
            e.tag = va & kPageMask;
            e.addend = reinterpret_cast<uintptr_t>(host - (t.pa & 0xFFF)) - (va & kPageMask);
        }
        return true;
    }
    return mmio(t.pa, data, size, is_write, va);
}

bool Cpu::mmio(uint64_t pa, void* data, unsigned size, bool is_write, uint64_t va)
{
    sync_time();
    tlm::tlm_generic_payload tx;
    tx.set_command(is_write ? tlm::TLM_WRITE_COMMAND : tlm::TLM_READ_COMMAND);
    tx.set_address(pa);
    tx.set_data_ptr(static_cast<unsigned char*>(data));
    tx.set_data_length(size);
    tx.set_streaming_width(size);
    tx.set_byte_enable_ptr(nullptr);
    tx.set_dmi_allowed(false);
    tx.set_response_status(tlm::TLM_INCOMPLETE_RESPONSE);
    sc_core::sc_time delay = sc_core::SC_ZERO_TIME;
    bus.transport(tx, delay);
    m_extra_delay += delay;
    if (!tx.is_response_ok())
        return data_abort(va, fsc::kExternal, is_write, 0);
    if (is_write) {
        // A device write can change an interrupt line (GIC PMR/EOI, a UART
        // interrupt mask, ...). Let the device's process drive its output
        // and the signal settle (two delta cycles) so that the next
        // instruction sees the new level in ISR_EL1, and end the batch so a
        // newly deliverable interrupt is taken at once.
        before_yield();
        sc_core::wait(sc_core::SC_ZERO_TIME);
        sc_core::wait(sc_core::SC_ZERO_TIME);
        end_batch();
    }
    return true;
}

uint64_t Cpu::load_unpriv(uint64_t va, unsigned size)
{
    uint64_t v = 0;
    const DataTlbEntry& e = m_tlb[0].read[(va >> 12) & (kTlbSize - 1)];
    if ((va & (kPageMask | (size - 1))) == e.tag)
        std::memcpy(&v, reinterpret_cast<const void*>(va + e.addend), size);
    else
        access_or_raise(va, &v, size, AccessType::read, true);
    return v;
}

void Cpu::store_unpriv(uint64_t va, uint64_t value, unsigned size)
{
    const DataTlbEntry& e = m_tlb[0].write[(va >> 12) & (kTlbSize - 1)];
    if ((va & (kPageMask | (size - 1))) == e.tag)
        std::memcpy(reinterpret_cast<void*>(va + e.addend), &value, size);
    else
        access_or_raise(va, &value, size, AccessType::write, true);
}

void Cpu::load_exclusive(uint64_t va, unsigned size)
{
    // Alignment to the full exclusive size (2 * element for pairs) is required.
    check_alignment(va, size, false);
    Translation t = translate(va, AccessType::read, false);
    if (!t.ok())
        raise_data_abort(va, fault_status_code(t.fault, t.level), false, 0);
    m_state.monitor.valid = true;
    m_state.monitor.pa = t.pa;
    m_state.monitor.size = size;
    if (m_cluster) {
        m_cluster->monitor().mark(m_index, t.pa, size);
        const uint64_t pa_page = t.pa & kPageMask;
        const tlm::tlm_dmi* d = bus.dmi(pa_page, true);
        m_resv_host = d && d->get_start_address() <= pa_page
                          ? d->get_dmi_ptr() + (pa_page - d->get_start_address())
                          : nullptr;
    }
}

bool Cpu::debug_access(uint64_t va, void* data, size_t len, bool is_write)
{
    uint8_t* p = static_cast<uint8_t*>(data);
    while (len > 0) {
        const size_t n = std::min<size_t>(len, 4096 - (va & 0xFFF));
        Translation t = translate(va, is_write ? AccessType::write : AccessType::read, false);
        if (!t.ok())
            return false;
        sc_core::sc_time delay;
        vp::bus::MemStatus st = is_write ? bus.write(t.pa, p, n, delay) : bus.read(t.pa, p, n, delay);
        if (st != vp::bus::MemStatus::ok)
            return false;
        if (is_write)
            code_written(t.pa, unsigned(n));
        va += n;
        p += n;
        len -= n;
    }
    return true;
}

bool Cpu::store_exclusive_check(uint64_t va, unsigned size)
{
    check_alignment(va, size, true);
    Translation t = translate(va, AccessType::write, false);
    if (!t.ok())
        raise_data_abort(va, fault_status_code(t.fault, t.level), true, 0);
    bool pass = m_state.monitor.valid && m_state.monitor.pa == t.pa &&
                m_state.monitor.size == size;
    m_state.monitor.clear();
    if (m_cluster) {
        // Both monitors must hold; a successful store-exclusive clears the
        // other cores' reservations on the granule (its store may use the
        // write TLB).
        GlobalMonitor& gm = m_cluster->monitor();
        pass = gm.store_exclusive(m_index, t.pa, size) && pass;
        if (pass)
            gm.observe_write(t.pa, size, m_index);
    }
    return pass;
}

// ---- Software TLB -----------------------------------------------------------

void Cpu::flush_tlb()
{
    ++m_code_gen;
    m_chain_limit = 0;
    m_tlb_max_leaf = 4096;
    for (auto& set : m_tlb) {
        for (auto& e : set.read)
            e = {kInvalidTag, 0};
        for (auto& e : set.write)
            e = {kInvalidTag, 0};
        for (auto& e : set.fetch)
            e = {kInvalidTag, nullptr};
    }
}

void Cpu::flush_tlb_va(uint64_t va)
{
    // Entries are per 4 KiB page, but one block mapping may be cached in many
    // slots: drop every entry inside the largest leaf the TLB was filled from.
    // VA[55:12] decide (TLBI operands carry no top byte; TBI may tag pointers).
    constexpr uint64_t kVaBits = 0x00FFFFFFFFFFF000ull;
    ++m_code_gen;
    m_chain_limit = 0;
    const uint64_t mask = kVaBits & ~(m_tlb_max_leaf - 1);
    const uint64_t key = va & mask;
    if (m_tlb_max_leaf <= 4096) {
        const unsigned i = (va >> 12) & (kTlbSize - 1);
        for (auto& set : m_tlb) {
            if ((set.read[i].tag & mask) == key)
                set.read[i] = {kInvalidTag, 0};
            if ((set.write[i].tag & mask) == key)
                set.write[i] = {kInvalidTag, 0};
            if ((set.fetch[i].tag & mask) == key)
                set.fetch[i] = {kInvalidTag, nullptr};
        }
        return;
    }
    for (auto& set : m_tlb) {
        for (unsigned i = 0; i < kTlbSize; ++i) {
            if ((set.read[i].tag & mask) == key)
                set.read[i] = {kInvalidTag, 0};
            if ((set.write[i].tag & mask) == key)
                set.write[i] = {kInvalidTag, 0};
            if ((set.fetch[i].tag & mask) == key)
                set.fetch[i] = {kInvalidTag, nullptr};
        }
    }
}

void Cpu::flush_write_tlb()
{
    for (auto& set : m_tlb)
        for (auto& e : set.write)
            e = {kInvalidTag, 0};
}

void Cpu::on_dmi_invalidate(uint64_t start, uint64_t end)
{
    flush_tlb();
    drop_code_range(start, end);
}

// ---- Decoded code pages -----------------------------------------------------

Cpu::Fetched Cpu::fetch_slow(uint64_t pc)
{
    if (pc & 3) {
        take_exception(ec::kPcAlign, 0, 0, pc, true, pc);
        return {nullptr, nullptr};
    }
    Translation t = translate(pc, AccessType::fetch, false);
    if (!t.ok()) {
        take_exception(m_state.el == 0 ? ec::kIabtLower : ec::kIabtSame,
                       fault_status_code(t.fault, t.level), 0, pc, true, pc);
        return {nullptr, nullptr};
    }
    const uint64_t pa_page = t.pa & kPageMask;
    const tlm::tlm_dmi* d = bus.dmi(pa_page, false);
    if (d && d->get_start_address() <= pa_page && pa_page + 4095 <= d->get_end_address()) {
        DecodedPage* page =
            code_page(pa_page, d->get_dmi_ptr() + (pa_page - d->get_start_address()));
        m_tlb_max_leaf = std::max<uint64_t>(m_tlb_max_leaf, t.size);
        FetchTlbEntry& e = m_tlb_cur->fetch[(pc >> 12) & (kTlbSize - 1)];
        e.tag = pc & kPageMask;
        e.page = page;
        return {&page->insn[(pc >> 2) & (kPageInsns - 1)], &page->insn[kPageInsns]};
    }
    // Not DMI-capable (e.g. flash behind b_transport): decode one instruction.
    uint32_t raw = 0;
    sc_core::sc_time delay;
    if (bus.read(t.pa, &raw, 4, delay) != vp::bus::MemStatus::ok) {
        take_exception(m_state.el == 0 ? ec::kIabtLower : ec::kIabtSame, fsc::kExternal, 0, pc,
                       true, pc);
        return {nullptr, nullptr};
    }
    m_extra_delay += delay;
    decode(raw, m_scratch.insn[0]);
    return {&m_scratch.insn[0], &m_scratch.insn[1]};
}

Cpu::DecodedPage* Cpu::code_page(uint64_t pa_page, uint8_t* host)
{
    auto it = m_code_pages.find(pa_page);
    if (it != m_code_pages.end())
        return it->second;
    DecodedPage* page;
    if (!m_free_pages.empty()) {
        page = m_free_pages.back();
        m_free_pages.pop_back();
    } else {
        m_page_pool.push_back(std::make_unique<DecodedPage>());
        page = m_page_pool.back().get();
    }
    page->pa = pa_page;
    page->host = host;
    page->stores = 0;
    for (unsigned i = 0; i < kPageInsns; ++i) {
        page->insn[i].fn = &exec_lazy_decode;
        std::memcpy(&page->insn[i].raw, host + 4 * i, 4);
    }
    page->insn[kPageInsns].fn = &exec_page_end;
    forget_code(page);
    m_code_pages.emplace(pa_page, page);
    // Stores to this page must now take the slow path (on every core).
    if (m_cluster)
        m_cluster->code_page_added(pa_page);
    else
        flush_write_tlb();
    return page;
}

void Cpu::code_written(uint64_t pa, unsigned size)
{
    if (m_cluster)
        m_cluster->code_written(pa, size);  // every core's copy of the page
    else
        code_written_here(pa, size);
}

void Cpu::code_written_here(uint64_t pa, unsigned size)
{
    auto it = m_code_pages.find(pa & kPageMask);
    if (it == m_code_pages.end())
        return;
    DecodedPage* page = it->second;
    if (++page->stores > kMaxCodePageStores) {
        invalidate_code_pa_page(pa);
        return;
    }
    const unsigned first = (pa & 0xFFF) / 4, last = ((pa & 0xFFF) + size - 1) / 4;
    for (unsigned i = first; i <= last && i < kPageInsns; ++i) {
        page->insn[i].fn = &exec_lazy_decode;
        std::memcpy(&page->insn[i].raw, page->host + 4 * i, 4);
    }
    forget_code(page);
}

void Cpu::forget_code(DecodedPage* page)
{
    ++m_code_gen;
    m_chain_limit = 0;
    if (m_jit)
        m_jit->forget_page(page);
}

void Cpu::drop_code_range(uint64_t start, uint64_t end)
{
    bool dropped = false;
    for (auto it = m_code_pages.begin(); it != m_code_pages.end();) {
        DecodedPage* page = it->second;
        if (page->pa <= end && page->pa + 4095 >= start) {
            // Records stay valid memory (a run may still point at them) but
            // now send execution back to the fetch path.
            for (unsigned i = 0; i < kPageInsns; ++i)
                page->insn[i].fn = &exec_stale;
            forget_code(page);
            m_free_pages.push_back(page);
            if (m_cluster)
                m_cluster->code_page_removed(page->pa);
            it = m_code_pages.erase(it);
            dropped = true;
        } else {
            ++it;
        }
    }
    if (dropped) {
        for (auto& set : m_tlb)
            for (auto& e : set.fetch)
                e = {kInvalidTag, nullptr};
    }
}

void Cpu::invalidate_code_all()
{
    drop_code_range(0, ~uint64_t(0));
}

void Cpu::invalidate_code_pa_page(uint64_t pa)
{
    auto it = m_code_pages.find(pa & kPageMask);
    if (it == m_code_pages.end())
        return;
    DecodedPage* page = it->second;
    for (unsigned i = 0; i < kPageInsns; ++i)
        page->insn[i].fn = &exec_stale;
    forget_code(page);
    m_free_pages.push_back(page);
    if (m_cluster)
        m_cluster->code_page_removed(page->pa);
    m_code_pages.erase(it);
    for (auto& set : m_tlb)
        for (auto& e : set.fetch)
            if (e.page == page)
                e = {kInvalidTag, nullptr};
}

}  // namespace vp::arm64
