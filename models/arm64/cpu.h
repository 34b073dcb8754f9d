// Cpu: one ARMv8.0-A AArch64 core (EL0/EL1, integer ISA) as a SystemC module
// with a TLM-2.0 initiator port. Interpreter over pre-decoded code pages, a
// direct-mapped software TLB to DMI host pointers, temporal decoupling.
// Follows DDI 0487 (A64 ISA, D1 exceptions, D5 VMSAv8-64). Not modelled:
// FP/SIMD, EL2/EL3, AArch32, debug events, caches (CMOs are no-ops).
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

#include <systemc>
#include <tlm>

#include "arm64/cpu_state.h"
#include "arm64/decoder.h"
#include "arm64/mmu.h"
#include "arm64/psci.h"
#include "bus/initiator_port.h"

namespace vp::arm64 {

class CpuCluster;
class CpuDebug;
class GenericTimer;
class Jit;
struct JitBlock;
class Semihosting;
struct SemihostingConfig;

// How instructions run. Both give identical results (instruction counts,
// run boundaries, simulated time); jit is faster and needs an x86-64 host,
// elsewhere it falls back to interp.
enum class Accel { interp, jit };

struct CpuConfig {
    double clock_hz = 1e9;            // core clock
    double cpi = 1.0;                 // cycles per instruction
    sc_core::sc_time quantum = sc_core::sc_time(1, sc_core::SC_US);  // temporal decoupling quantum
    // Lazy synchronisation: at the end of a quantum the CPU yields to the
    // SystemC kernel only if some other activity is pending before its local
    // time; otherwise it runs on without a context switch (the time it owes
    // is kept as a local offset, so results are identical). Only safe below
    // the time the simulation stops at: set it to the end time given to
    // sc_start (sc_max_time() when the simulation runs until sc_stop()).
    // SC_ZERO_TIME (default) = always yield.
    sc_core::sc_time lazy_sync_until = sc_core::SC_ZERO_TIME;
    uint64_t cntfrq_hz = 62500000;    // generic timer frequency (QEMU virt)
    bool semihosting = false;         // HLT #0xF000 semihosting enabled
    uint64_t reset_pc = 0, reset_x0 = 0;  // loader sets (QEMU -kernel convention)
    // Instruction trace (null = off): one line "<pc, 16 hex digits> <opcode, 8 hex digits>"
    // per executed instruction, before it executes (so faulting ones are listed;
    // a misaligned PC is listed with opcode "--------" before its PC alignment fault).
    // The caller owns the stream; it must stay open until the simulation ends.
    std::FILE* trace = nullptr;
    // With several cores (all writing to the same stream, quantum by quantum)
    // each line starts with the core's index and a space, "<core> <pc> <opcode>",
    // as QEMU's -d exec starts its lines with the CPU index ("Trace <cpu>: ...").
    bool trace_core_column = false;
    Accel accel = Accel::jit;         // block compiler (x86-64 hosts) or interpreter
    // jit: a run is compiled when it starts for the (jit_threshold + 1)-th
    // time; the first starts are interpreted, so code run once is never
    // compiled. 0 compiles every run before it first executes (tests).
    unsigned jit_threshold = 16;
    // Optional WFI observer (issue 9, timelines): called with true when the CPU
    // starts waiting for an interrupt and false when it resumes, at
    // sc_time_stamp(). Empty = not called. Hook: Cpu::idle_until_interrupt.
    std::function<void(bool idle)> idle_observer;
};

// Exception classes used in ESR_EL1.EC (D17.2.37).
namespace ec {
constexpr uint32_t kUnknown = 0x00, kWfx = 0x01, kFpAccess = 0x07, kIllegalState = 0x0E, kSvc = 0x15,
                   kHvc = 0x16, kSmc = 0x17, kSysReg = 0x18, kIabtLower = 0x20,
                   kIabtSame = 0x21, kPcAlign = 0x22, kDabtLower = 0x24, kDabtSame = 0x25,
                   kSpAlign = 0x26, kBrk = 0x3C;
}
// Fault status codes (DFSC/IFSC); translation-type codes are ORed with the level.
namespace fsc {
constexpr uint32_t kAddressSize = 0x00, kTranslation = 0x04, kAccessFlag = 0x08,
                   kPermission = 0x0C, kExternal = 0x10, kAlignment = 0x21;
}

// Thrown after an exception has been entered, to abandon the current instruction.
struct ExceptionTaken {};

// A core is also the power-on hook of the PSCI power controller
// (CpuPowerControl, psci.h) when it belongs to a CpuCluster.
class Cpu : public sc_core::sc_module, public CpuPowerControl {
public:
    vp::bus::InitiatorPort bus;              // "bus": all memory + MMIO traffic
    sc_core::sc_in<bool> irq;                // from the GIC
    sc_core::sc_in<bool> fiq;
    sc_core::sc_out<bool> timer_phys_irq;    // EL1 physical timer -> PPI 30
    sc_core::sc_out<bool> timer_virt_irq;    // EL1 virtual timer  -> PPI 27

    Cpu(sc_core::sc_module_name name, const CpuConfig& config);
    ~Cpu() override;
    Cpu(const Cpu&) = delete;
    Cpu& operator=(const Cpu&) = delete;

    void set_entry(uint64_t pc, uint64_t x0);  // before sc_start
    uint64_t instructions() const { return current_retired(); }  // retired so far
    bool exited() const { return m_exited; }
    int exit_code() const { return m_exit_code; }
    CpuState& state() { return m_state; }
    const CpuConfig& config() const { return m_config; }

    // The accelerator actually in use (jit falls back to interp on other hosts).
    Accel accel() const { return m_jit ? Accel::jit : Accel::interp; }

    // Platform hooks beyond the basic API.
    void configure_semihosting(const SemihostingConfig& config);  // cmdline, heap, fds
    GenericTimer& timer() { return *m_timer; }
    Mmu& mmu() { return m_mmu; }

    // ---- Multi-core (issue 7, arm64/cpu_cluster.h) ----
    // Before sc_start, in index order: the core's index is its join order.
    // It then reads MPIDR_EL1 = 1 << 31 | Psci::mpidr_affinity(index), tags
    // its bus traffic with the index (banked GIC registers), answers PSCI
    // through the cluster's shared Psci, and, unless it is core 0, starts
    // powered off until a CPU_ON. A core that joins no cluster is the
    // single-core CPU of before (private PSCI, MPIDR 0x80000000).
    void join_cluster(CpuCluster& cluster);
    unsigned index() const { return m_index; }
    // PSCI CPU_ON (CpuPowerControl): called from the caller's thread; the
    // core's own thread wakes up and establishes PSCI 1.1 6.4's state.
    void power_on(uint64_t entry, uint64_t context_id) override;
    // Simulated time spent powered off, waiting in WFI/WFE or held by the
    // debugger (--stats), up to now: a core still idle counts until now.
    sc_core::sc_time idle_time() const
    {
        return m_idling ? m_idle_time + (sc_core::sc_time_stamp() - m_idle_since) : m_idle_time;
    }
    // Cluster broadcasts received from another core (cpu_cluster.cpp):
    // an event for WFE (SEV, a cleared reservation); a TLBI operation
    // (op2 of TLBI <op>, Xt); a code page written; the write TLB entries
    // that point into the host page of another core's reservation.
    void signal_event();
    void tlbi(unsigned op2, uint64_t operand);
    void code_written_here(uint64_t pa, unsigned size);
    void forget_write_page(const uint8_t* host_page);  // null: the whole write TLB
    void wait_for_event();     // WFE
    void send_event();         // SEV
    void send_event_local();   // SEVL
    void clear_exclusive();    // CLREX: the local and the global monitor

    // ---- Executor interface (used by exec_*.cpp, not by platform code) ----
    template <typename T> T load(uint64_t va);
    template <typename T> void store(uint64_t va, T value);
    uint64_t load_unpriv(uint64_t va, unsigned size);
    void store_unpriv(uint64_t va, uint64_t value, unsigned size);
    // Exclusives and acquire/release: always aligned, slow path.
    void load_exclusive(uint64_t va, unsigned size);  // marks the monitor
    bool store_exclusive_check(uint64_t va, unsigned size);  // true: monitor holds
    void check_alignment(uint64_t va, unsigned size, bool is_write);
    void check_sp_alignment(uint64_t sp);
    // SIMD&FP access (CPACR_EL1.FPEN, D13.2.30): every SIMD&FP instruction and
    // FPCR/FPSR access checks it first. FPEN = 0b11 enables EL0 and EL1,
    // 0b01 EL1 only, otherwise both trap to EL1 with EC 0x07.
    bool fp_enabled() const
    {
        const uint64_t fpen = (m_state.sys.cpacr >> 20) & 3;
        return fpen == 3 || (fpen == 1 && m_state.el == 1);
    }
    void check_fp_access()
    {
        if (__builtin_expect(!fp_enabled(), 0))
            raise_fp_trap();
    }
    [[noreturn]] void raise_fp_trap();

    // Exceptions. The preferred return address is the current pc unless given.
    void take_exception(uint32_t ec, uint32_t iss, unsigned vector_offset, uint64_t return_pc,
                        bool set_far = false, uint64_t far = 0);
    [[noreturn]] void raise_sync(uint32_t ec, uint32_t iss);
    [[noreturn]] void raise_undefined() { raise_sync(ec::kUnknown, 0); }
    // Takes a data abort and returns false: the non-throwing form that the
    // memory slow path and the block compiler use (no C++ unwinding).
    bool data_abort(uint64_t va, uint32_t dfsc, bool is_write, uint32_t isv_iss,
                    bool cache_maint = false);
    [[noreturn]] void raise_data_abort(uint64_t va, uint32_t dfsc, bool is_write, uint32_t isv_iss,
                                       bool cache_maint = false);
    void exception_return();   // ERET
    void set_daif(uint32_t daif);  // MSR DAIF*: ends the batch so interrupts are seen
    void set_sp_sel(unsigned sp_sel);
    void end_batch()
    {
        m_end_batch = true;
        m_chain_limit = 0;  // compiled code stops chaining at the next run end
    }

    // System instructions (sysregs.cpp).
    uint64_t read_sysreg(uint32_t key, unsigned rt);
    void write_sysreg(uint32_t key, uint64_t value, unsigned rt);
    void system_op(uint32_t key, uint64_t value, unsigned rt);  // SYS: DC/IC/AT/TLBI
    void wait_for_interrupt();
    void firmware_call(bool smc, uint16_t imm);  // HVC/SMC: PSCI
    // Debugger-style access (no exceptions): false on a translation fault or
    // bus error. Used by semihosting.
    bool debug_access(uint64_t va, void* data, size_t len, bool is_write);
    void semihosting_call();                      // HLT #0xF000

    // Code invalidation (IC instructions and stores to code pages).
    void invalidate_code_all();
    void invalidate_code_pa_page(uint64_t pa);
    void flush_tlb();            // soft TLB only
    void flush_tlb_va(uint64_t va);  // va: TLBI operand << 12 (VA[55:12])
    uint16_t current_asid() const;

    // ---- Debugger (issue 8, arm64/cpu_debug.h) ----
    // The debug adapter, null unless a debugger stub is configured. While
    // null, debugging costs one test per execute() call (once per quantum)
    // and one per slow-path memory access; nothing on the fast paths.
    void attach_debugger(CpuDebug* debug) { m_debug = debug; }

    // ---- Debug log (-d int,mmu,unimp,guest_errors; arm64/cpu_log.cpp) ----
    // Each is called from a one-line hook behind log::DebugLog::on(item), on
    // exception/fault/Undefined paths only, never per instruction.
    void log_exception(unsigned vector_offset, bool far_set);  // int + mmu, after entry
    void log_exception_return();                              // int, after ERET
    void log_illegal_return(uint64_t spsr_value);             // guest_errors
    void log_semihosting_call();                              // int, before the call
    void log_firmware_call(bool smc, uint16_t imm);           // int: PSCI over HVC/SMC
    void log_unimplemented_sysreg(uint32_t key, const char* what);  // unimp: what = "read access to", ...
    void log_undefined_encoding(uint32_t raw);                // unimp: no instruction decoded

    // Simulated time: the CPU's local time (sc_time_stamp() + local offset).
    sc_core::sc_time local_time() const;
    void sync_time(bool quantum_end = false);  // quantum_end: may defer (lazy_sync_until)

    // The address of insn, a record of the straight-line run being executed.
    // The loop does not update state().pc per instruction: handlers that need
    // their own address use this, and set state().pc when they return true.
    uint64_t pc_of(const Insn& insn) const
    {
        return m_run_pc + uint64_t(&insn - m_run_start) * 4;
    }
    // The address of the executing instruction (or state().pc between runs).
    uint64_t current_pc() const
    {
        return m_in_run ? m_run_pc + uint64_t(m_cur - m_run_start) * 4 : m_state.pc;
    }

private:
    friend class Jit;
    friend class JitCompiler;
    static constexpr unsigned kTlbSize = 256;
    static constexpr uint64_t kPageMask = ~uint64_t(0xFFF);
    static constexpr uint64_t kInvalidTag = ~uint64_t(0);
    static constexpr unsigned kPageInsns = 1024;
    // A decoded page that keeps receiving stores is probably data now (pages
    // are recycled): drop it so that its stores can use the write TLB again.
    static constexpr unsigned kMaxCodePageStores = 256;

    struct DecodedPage {
        uint64_t pa = 0;
        uint8_t* host = nullptr;
        unsigned stores = 0;  // guest stores into the page since it was decoded
        Insn insn[kPageInsns + 1];  // +1: a sentinel that ends straight-line runs
        // Block compiler: the compiled run starting at each record, and how
        // often the interpreter has started a run there (compile when hot).
        JitBlock* jit[kPageInsns] = {};
        uint8_t heat[kPageInsns] = {};
    };
    struct DataTlbEntry {
        uint64_t tag;
        uintptr_t addend;  // host = va + addend
    };
    struct FetchTlbEntry {
        uint64_t tag;
        DecodedPage* page;
    };
    struct TlbSet {
        DataTlbEntry read[kTlbSize];
        DataTlbEntry write[kTlbSize];
        FetchTlbEntry fetch[kTlbSize];
    };
    class Walker : public WalkMemory {
    public:
        explicit Walker(Cpu& cpu) : m_cpu(cpu) {}
        bool read64(uint64_t pa, uint64_t& value) override;
    private:
        Cpu& m_cpu;
    };

    void run();                  // SC_THREAD
    void execute(uint64_t budget);
    void execute_traced(uint64_t budget);  // one instruction per run, logged
    void execute_jit(uint64_t budget);     // runs through the block compiler
    void interpret_run(const Insn* ip);    // one straight-line run from ip
    static bool is_instruction(const Insn* ip);  // not a page-end/stale record
    void forget_code(DecodedPage* page);   // its records changed: drop compiled runs
    bool check_interrupts();
    void idle_until_interrupt();
    void idle_until_event();       // WFE with the event register clear (multi-core)
    void wait_powered_off();       // CPU_OFF / not yet started (multi-core)
    void before_yield();           // about to wait(): expose a held reservation
    bool event_stream_fired();     // CNTKCTL_EL1.EVNTEN: a transition since the last WFE
    uint64_t next_stream_count(uint64_t count) const;
    bool multi_core() const;
    // Debugger support, defined in cpu_debug.cpp (issue 8): the loop that
    // replaces execute()'s for a quantum while the debugger has something to
    // check (false: nothing, execute() runs as usual), and the watchpoint
    // check of the slow memory path (true: keep the page out of the soft TLB).
    friend class CpuDebug;
    bool execute_debug(uint64_t budget);
    void debug_hold();  // the debugger holds this core while another steps
    bool debug_compiled_run(uint64_t pc, uint64_t budget);  // compiled runs between breakpoints
    bool debug_watch(uint64_t va, unsigned size, bool is_write);
    bool debug_masks_interrupts() const;  // a step with Qqemu.sstep NOIRQ is pending
    bool debug_held() const;              // the debugger holds this core (cpu_debug.cpp)
    bool debug_stepping() const { return m_debug && debug_step_pending(); }  // ends WFI/WFE
    bool debug_step_pending() const;
    void start_of_simulation() override;
    void end_of_simulation() override;

    Translation translate(uint64_t va, AccessType acc, bool unpriv);
    // Memory slow path: false when the access took an exception (already
    // entered); access_or_raise throws ExceptionTaken instead (handlers).
    bool access_slow(uint64_t va, void* data, unsigned size, AccessType acc, bool unpriv);
    void access_or_raise(uint64_t va, void* data, unsigned size, AccessType acc, bool unpriv)
    {
        if (!access_slow(va, data, size, acc, unpriv))
            throw ExceptionTaken{};
    }
    bool access_page(uint64_t va, void* data, unsigned size, AccessType acc, bool unpriv,
                     uint64_t access_va, bool misaligned);
    bool mmio(uint64_t pa, void* data, unsigned size, bool is_write, uint64_t va);
    struct Fetched {
        const Insn* ip;
        const Insn* end;
    };
    Fetched fetch_slow(uint64_t pc);  // {null, null}: a fetch exception was taken
    DecodedPage* code_page(uint64_t pa_page, uint8_t* host);
    void code_written(uint64_t pa, unsigned size);
    void drop_code_range(uint64_t start, uint64_t end);
    void on_dmi_invalidate(uint64_t start, uint64_t end);
    void select_tlb() { m_tlb_cur = &m_tlb[m_state.el]; }
    void flush_write_tlb();
    void init_collaborators();

    uint64_t timer_count(bool virt) const;

    CpuConfig m_config;
    CpuState m_state;
    TlbSet m_tlb[2];
    TlbSet* m_tlb_cur = &m_tlb[1];
    uint64_t m_tlb_max_leaf = 4096;  // largest mapping any soft TLB entry came from

    std::unordered_map<uint64_t, DecodedPage*> m_code_pages;
    std::vector<std::unique_ptr<DecodedPage>> m_page_pool;
    std::vector<DecodedPage*> m_free_pages;
    DecodedPage m_scratch;       // instructions fetched without DMI
    const Insn* m_cur = nullptr;        // the executing record
    const Insn* m_run_start = nullptr;  // first record of the current run

    // Collaborators (optional until the platform provides them).
    Mmu m_mmu;
    Walker m_walker{*this};
    std::unique_ptr<GenericTimer> m_timer;
    std::unique_ptr<Semihosting> m_semihosting;
    std::unique_ptr<Psci> m_own_psci;  // single core: a private Psci(1)
    Psci* m_psci = nullptr;            // the private one or the cluster's

    // Multi-core (issue 7). Null/0 for a core outside a cluster.
    CpuCluster* m_cluster = nullptr;
    unsigned m_index = 0;
    uint64_t m_mpidr = 0x80000000;     // MPIDR_EL1
    bool m_event = false;              // the WFE event register
    bool m_wfe = false;                // WFE found no event: sleep at the batch end
    uint64_t m_stream_count = 0;       // counter value of the last event stream check
    const uint8_t* m_resv_host = nullptr;  // host page of the global reservation (exposure)
    sc_core::sc_event m_wake_event;    // SEV, cleared reservation
    sc_core::sc_event m_power_event;   // CPU_ON
    bool m_power_on_pending = false;
    uint64_t m_power_entry = 0, m_power_context = 0;
    sc_core::sc_time m_idle_time;   // closed idle spans
    sc_core::sc_time m_idle_since;  // start of the open span, when m_idling
    bool m_idling = false;
    void idle_begin()
    {
        m_idle_since = sc_core::sc_time_stamp();
        m_idling = true;
    }
    void idle_end()
    {
        m_idle_time += sc_core::sc_time_stamp() - m_idle_since;
        m_idling = false;
    }
    CpuDebug* m_debug = nullptr;  // debugger adapter (issue 8), see attach_debugger()
    std::unique_ptr<Jit> m_jit;   // null: interpreter
    // Bumped whenever decoded code or translations may have changed, so that
    // compiled code chaining between runs re-checks the fetch TLB.
    uint64_t m_code_gen = 0;
    uint64_t m_budget = 0;        // execute()'s budget, for compiled code
    // Compiled code chains from one run straight to the next while the batch
    // count is below this: the budget, or 0 once the batch must end or code
    // or translations changed (the dispatcher then decides, and resets it).
    uint64_t m_chain_limit = 0;
    DecodedPage* m_jit_page = nullptr;  // the page a block continuing its run left

    // Timing.
    double m_ps_per_insn = 1000.0;
    // One instruction's time when it is a whole number of resolution units
    // (zero otherwise): sc_time's inline *= then gives the same value as
    // the general, out-of-line conversion. Hot path (once per quantum).
    sc_core::sc_time m_insn_unit;
    sc_core::sc_time insn_time(uint64_t n) const  // the simulated time of n instructions
    {
        if (m_insn_unit != sc_core::SC_ZERO_TIME) {
            sc_core::sc_time t = m_insn_unit;
            return t *= double(n);
        }
        return sc_core::sc_time(double(n) * m_ps_per_insn, sc_core::SC_PS);
    }
    uint64_t m_quantum_insns = 1000;
    uint64_t m_retired = 0;
    uint64_t m_retired_at_sync = 0;
    sc_core::sc_time m_extra_delay;  // annotated memory latencies since the last sync
    sc_core::sc_time m_deferred;     // owed at skipped quantum ends (lazy_sync_until)

    // Instruction accounting inside execute(): retired = m_retired +
    // m_batch_executed + instructions of the current straight-line run.
    uint64_t m_batch_executed = 0;
    uint64_t m_run_pc = 0;
    uint64_t m_fault_pc = 0;
    // Exception-loop report (exceptions.cpp): the address the last exception
    // vectored to, how many synchronous exceptions in a row were taken with
    // ELR at that address, and whether the loop has been reported.
    uint64_t m_last_vector = ~uint64_t(0);
    unsigned m_vector_loop = 0;
    bool m_vector_loop_reported = false;
    bool m_in_run = false;
    uint64_t current_retired() const
    {
        return m_retired + m_batch_executed + (m_in_run ? uint64_t(m_cur - m_run_start) : 0);
    }

    bool m_end_batch = false;
    bool m_wfi = false;
    bool m_powered_off = false;  // PSCI CPU_OFF, or a secondary before its CPU_ON
    bool m_in_idle = false;      // waiting in WFI/WFE (the debugger's thread state)
    sc_core::sc_event m_debug_wake;  // the debugger steps this idle core: WFI/WFE end
    bool m_exited = false;
    int m_exit_code = 0;
    std::chrono::steady_clock::time_point m_host_start;
};

// ---- Inline fast paths ----------------------------------------------------

template <typename T> inline T Cpu::load(uint64_t va)
{
    const DataTlbEntry& e = m_tlb_cur->read[(va >> 12) & (kTlbSize - 1)];
    T value;
    if (__builtin_expect((va & (kPageMask | (sizeof(T) - 1))) == e.tag, 1)) {
        std::memcpy(&value, reinterpret_cast<const void*>(va + e.addend), sizeof(T));
        return value;
    }
    access_or_raise(va, &value, sizeof(T), AccessType::read, false);
    return value;
}

template <typename T> inline void Cpu::store(uint64_t va, T value)
{
    const DataTlbEntry& e = m_tlb_cur->write[(va >> 12) & (kTlbSize - 1)];
    if (__builtin_expect((va & (kPageMask | (sizeof(T) - 1))) == e.tag, 1)) {
        std::memcpy(reinterpret_cast<void*>(va + e.addend), &value, sizeof(T));
        return;
    }
    access_or_raise(va, &value, sizeof(T), AccessType::write, false);
}

}  // namespace vp::arm64
