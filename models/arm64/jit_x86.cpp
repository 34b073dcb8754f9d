// Block compiler for x86-64 hosts: see jit_x86.h for the contract. The
// templates below follow the interpreter's handlers (exec_*.cpp) one for
// one; the instruction word is classified here and its operands come from the
// interpreter's own decode() of it, so register-31 resolution, immediates
// and unallocated encodings are decided in one place.
//
// Hot path: everything emitted here. Compile time is paid once per run (after
// kJitThreshold interpreted executions of it), so it is written for clarity.
#include "arm64/jit_x86.h"

#include <sys/mman.h>

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <functional>
#include <optional>

#include "arm64/cpu.h"
#include "arm64/exec.h"
#include "arm64/jit_x86_assembler.h"

namespace vp::arm64 {

using namespace x86;

namespace {

// The code generation the running block saw at its entry (a spill slot).
const Mem kGenSeen = mem(rsp, 16);

constexpr size_t kBufferSize = 64u << 20;  // host code for compiled runs
constexpr size_t kBlockReserve = 96 * 1024;  // most a single run can need
constexpr unsigned kMaxBlockInsns = 256;     // longer runs continue in a next block

// NZCV from the x86 flags: index = AX after LAHF (AH = SF ZF 0 AF 0 PF 1
// CF) and SETO AL (AL = OF). Subtraction sets x86 CF on a borrow, the
// inverse of the A64 carry. 64 KiB each, of which the entries with AL <= 1
// are used: the price of a five-instruction, flag-preserving conversion.
struct FlagTables {
    uint8_t sub[65536];
    uint8_t add[65536];  // also logical results (x86 and A64 both clear C and V)
    FlagTables()
    {
        for (unsigned i = 0; i < 65536; ++i) {
            const unsigned ah = i >> 8, of = i & 1;
            const unsigned n = (ah >> 7) & 1, z = (ah >> 6) & 1, cf = ah & 1;
            sub[i] = uint8_t(n << 3 | z << 2 | (cf ^ 1) << 1 | of);
            add[i] = uint8_t(n << 3 | z << 2 | cf << 1 | of);
        }
    }
};
const FlagTables kFlagTables;

// The live x86 flags and how they relate to the A64 NZCV they mirror.
enum class FlagsLive { none, sub, add };

// A64 condition (0..13) to x86 condition when the x86 flags come from a
// subtraction (CMP/SUBS: C = !CF), or from an addition or logical operation
// (C = CF); -1 where no single x86 condition matches.
constexpr int kCondAfterSub[14] = {ccE, ccNE, ccAE, ccB, ccS, ccNS, ccO, ccNO, ccA, ccBE, ccGE, ccL, ccG, ccLE};
constexpr int kCondAfterAdd[14] = {ccE, ccNE, ccB, ccAE, ccS, ccNS, ccO, ccNO, -1, -1, ccGE, ccL, ccG, ccLE};

Cc invert(Cc c) { return Cc(c ^ 1); }

}  // namespace

// ---- Runtime entry points called from host code -----------------------------

// Status of a handler call: 0 the run goes on; 1 the run ended and the
// instruction retired; 2 it ended without retiring one (a stale record);
// 3 an exception was taken (already counted); 4 a foreign C++ exception.
class JitCompiler {
public:
    static constexpr unsigned kCacheSize = 8;
    static constexpr Reg kCacheRegs[kCacheSize] = {rbp, rsi, rdi, r8, r9, r10, r13, r15};
    static constexpr Reg kFlagResult = r11;  // see m_fsrc
    struct RegCache {
        int8_t guest[kCacheSize] = {-1, -1, -1, -1, -1, -1, -1, -1};  // held guest register
        bool dirty[kCacheSize] = {};
        uint32_t used[kCacheSize] = {};  // LRU stamp
    };
    JitCompiler(Jit& jit, Cpu& cpu, Cpu::DecodedPage* page, unsigned start, uint64_t va,
                uint8_t* out, uint8_t* end)
        : m_jit(jit), m_cpu(cpu), m_page(page), m_start(start), m_va(va), m_a(out, end)
    {
        compute_offsets(cpu);
    }

    struct Offsets {
        int32_t batch, budget, chain_limit, end_batch, tlb_cur, gen, cur, run_start, run_pc;
        int32_t pc, nzcv;
        int32_t tlb_read, tlb_write, tlb_fetch;
        int32_t page_jit;
        int32_t jit_page;
    };
    static Offsets s_off;
    static void compute_offsets(Cpu& cpu)
    {
        auto off = [&](const void* p) {
            return int32_t(reinterpret_cast<const char*>(p) - reinterpret_cast<const char*>(&cpu));
        };
        auto soff = [&](const void* p) {
            return int32_t(reinterpret_cast<const char*>(p) -
                           reinterpret_cast<const char*>(&cpu.m_state));
        };
        s_off.batch = off(&cpu.m_batch_executed);
        s_off.budget = off(&cpu.m_budget);
        s_off.chain_limit = off(&cpu.m_chain_limit);
        s_off.end_batch = off(&cpu.m_end_batch);
        s_off.tlb_cur = off(&cpu.m_tlb_cur);
        s_off.gen = off(&cpu.m_code_gen);
        s_off.cur = off(&cpu.m_cur);
        s_off.run_start = off(&cpu.m_run_start);
        s_off.run_pc = off(&cpu.m_run_pc);
        s_off.jit_page = off(&cpu.m_jit_page);
        s_off.pc = soff(&cpu.m_state.pc);
        s_off.nzcv = soff(&cpu.m_state.nzcv);
        s_off.tlb_read = int32_t(offsetof(Cpu::TlbSet, read));
        s_off.tlb_write = int32_t(offsetof(Cpu::TlbSet, write));
        s_off.tlb_fetch = int32_t(offsetof(Cpu::TlbSet, fetch));
        s_off.page_jit = int32_t(offsetof(Cpu::DecodedPage, jit));
    }

    // ---- called from host code ----
    static uint32_t call_handler(Cpu* cpu, const Insn* insn) noexcept
    {
        try {
            if (!insn->fn(*cpu, *insn))
                return 0;
            return Cpu::is_instruction(insn) ? 1 : 2;
        } catch (const ExceptionTaken&) {
            cpu->m_batch_executed += (cpu->m_fault_pc - cpu->m_run_pc) / 4;
            return 3;
        } catch (...) {
            cpu->m_jit->m_pending_exception = std::current_exception();
            return 4;
        }
    }
    struct SlowResult {
        uint64_t value;
        uint64_t ok;
    };
    template <unsigned N> static SlowResult load_slow(Cpu* cpu, uint64_t va) noexcept
    {
        uint64_t v = 0;
        try {
            if (cpu->access_slow(va, &v, N, AccessType::read, false))
                return {v, 1};
            // A data abort was taken (no C++ exception): the instructions
            // before this one retired.
            cpu->m_batch_executed += (cpu->m_fault_pc - cpu->m_run_pc) / 4;
        } catch (...) {
            cpu->m_jit->m_pending_exception = std::current_exception();
        }
        return {0, 0};
    }
    template <unsigned N> static uint64_t store_slow(Cpu* cpu, uint64_t va, uint64_t value) noexcept
    {
        try {
            if (cpu->access_slow(va, &value, N, AccessType::write, false))
                return 1;
            cpu->m_batch_executed += (cpu->m_fault_pc - cpu->m_run_pc) / 4;
        } catch (...) {
            cpu->m_jit->m_pending_exception = std::current_exception();
        }
        return 0;
    }

    // ---- the compiler ----
    // Emits the run; returns false if it did not fit. preload: the second
    // pass of a block that loops onto itself (loop_state() of the first).
    bool compile(const std::optional<RegCache>& preload = std::nullopt);
    const std::optional<RegCache>& loop_state() const { return m_loop_state; }

    static void emit_runtime(Jit& jit, Cpu& cpu);

private:
    using Stub = std::function<void()>;

    Mem xreg(unsigned r) const { return mem(rbx, int32_t(8 * r)); }

    // ---- guest registers in host registers, within a block ----
    // Hot path: a block loads a guest register into one of kCacheRegs on
    // its first use and keeps it there; writes stay in the host register
    // (dirty) until the block leaves, calls out or needs the register for
    // another guest register (least recently used). Every exit writes the
    // dirty ones back; slow paths write back, call, and reload. The state
    // is compile-time only: each out-of-line stub records the one at its
    // branch.
    int cache_find(unsigned n) const
    {
        for (unsigned k = 0; k < kCacheSize; ++k)
            if (m_cache.guest[k] == int(n))
                return int(k);
        return -1;
    }
    // The slot of guest register n, taking a free or the least recently
    // used one (written back) if n is not held; load: fetch its value then.
    unsigned cache_slot(unsigned n, bool load)
    {
        if (const int found = cache_find(n); found >= 0) {
            m_cache.used[found] = ++m_stamp;
            return unsigned(found);
        }
        unsigned k = 0;
        for (unsigned j = 0; j < kCacheSize; ++j) {
            if (m_cache.guest[j] < 0) {
                k = j;
                break;
            }
            if (m_cache.used[j] < m_cache.used[k])
                k = j;
        }
        if (m_cache.guest[k] >= 0 && m_cache.dirty[k])
            m_a.store(xreg(unsigned(m_cache.guest[k])), kCacheRegs[k]);
        if (load)
            m_a.load(kCacheRegs[k], xreg(n));
        m_cache.guest[k] = int8_t(n);
        m_cache.dirty[k] = false;
        m_cache.used[k] = ++m_stamp;
        return k;
    }
    // The host register holding guest register n (loaded if needed).
    Reg use(unsigned n) { return kCacheRegs[cache_slot(n, true)]; }
    // The host register that receives guest register n (not loaded).
    Reg def(unsigned n)
    {
        const unsigned k = cache_slot(n, false);
        m_cache.dirty[k] = true;
        return kCacheRegs[k];
    }
    void get(Reg dst, unsigned n, bool w) { m_a.mov(dst, use(n), w); }  // dst = Xn or Wn
    // Rd = Rn op Rm computed in Rd's host register (no scratch, no copy):
    // returns that register, or rax (the caller then stores it) when Rd is
    // the sink or Rm's register, which the copy of Rn would overwrite.
    Reg alu3(Alu op, unsigned rd, unsigned rn, unsigned rm, bool w)
    {
        const Reg hn = use(rn), hm = use(rm);
        if (rd == kRegSink || (rd == rm && rd != rn)) {
            m_a.mov(rax, hn, w);
            m_a.alu(op, rax, hm, w);
            return rax;
        }
        const Reg hd = def(rd);
        if (hd != hn)
            m_a.mov(hd, hn, w);
        m_a.alu(op, hd, hm, w);
        return hd;
    }
    void put(unsigned n, Reg r)  // Xn = r (64 bits); the XZR sink is dropped
    {
        if (n == kRegSink)
            return;
        const int k = cache_find(n);
        if (k >= 0 && kCacheRegs[k] == r) {  // computed in place (alu3)
            def(n);
            return;
        }
        m_a.mov(def(n), r);
    }
    void writeback(const RegCache& c)  // dirty registers to the state
    {
        for (unsigned k = 0; k < kCacheSize; ++k)
            if (c.guest[k] >= 0 && c.dirty[k])
                m_a.store(xreg(unsigned(c.guest[k])), kCacheRegs[k]);
    }
    void reload(const RegCache& c)  // every held register from the state
    {
        for (unsigned k = 0; k < kCacheSize; ++k)
            if (c.guest[k] >= 0)
                m_a.load(kCacheRegs[k], xreg(unsigned(c.guest[k])));
    }
    // A block that loops onto itself keeps its registers across the back
    // edge: compiled twice, the first pass records the cache at the back
    // edge (m_loop_state); the second loads those registers at the entry
    // and the back edge jumps past the loads (m_loop), after moving the
    // cache to that state. All are taken as dirty at the loop head.
    RegCache loop_head_state() const
    {
        RegCache c = *m_preload;
        for (unsigned k = 0; k < kCacheSize; ++k) {
            c.dirty[k] = c.guest[k] >= 0;
            c.used[k] = 0;
        }
        return c;
    }
    void enter_loop_state()  // from m_cache to loop_head_state(): stores, then loads
    {
        const RegCache& head = *m_preload;
        for (unsigned k = 0; k < kCacheSize; ++k)
            if (m_cache.guest[k] >= 0 && m_cache.dirty[k] && m_cache.guest[k] != head.guest[k])
                m_a.store(xreg(unsigned(m_cache.guest[k])), kCacheRegs[k]);
        for (unsigned k = 0; k < kCacheSize; ++k)
            if (head.guest[k] >= 0 && m_cache.guest[k] != head.guest[k])
                m_a.load(kCacheRegs[k], xreg(unsigned(head.guest[k])));
    }
    void writeback_and_forget()  // before code that reads or writes the state
    {
        writeback(m_cache);
        m_cache = RegCache{};
    }
    // The end of an ALU template: the result in r goes to rd, and NZCV is
    // converted from the host flags if the instruction sets them (else the
    // host flags no longer mirror NZCV).
    void finish_alu(unsigned rd, Reg r, bool setflags, FlagsLive kind)
    {
        store_rd(rd, r);
        if (setflags)
            defer_flags(kind);
        else
            m_flags = FlagsLive::none;
    }
    // The same for logical operations (ANDS, BICS, TST): their NZCV follows
    // from the result alone (C = V = 0), which is kept in kFlagResult so that
    // a later consumer can recreate the flags with one TEST.
    void finish_logic(unsigned rd, Reg r, bool setflags, bool w)
    {
        finish_alu(rd, r, setflags, FlagsLive::add);
        if (setflags) {
            m_a.mov(kFlagResult, r);
            m_fsrc = true;
            m_fsrc_w = w;
        }
    }
    // Writes a destination register; XZR destinations (the sink) are skipped.
    void store_rd(unsigned rd, Reg r) { put(rd, r); }
    Mem cpu_field(int32_t off) const { return mem(r12, off); }
    uint64_t pc_at(unsigned i) const { return m_va + 4ull * (i - m_start); }
    const Insn* rec(unsigned i) const { return &m_page->insn[i]; }
    uint32_t count_through(unsigned i) const { return i - m_start + 1; }  // instructions up to i

    // Instruction templates; each returns false if the instruction is not
    // one it handles (the caller then emits a handler call).
    bool emit_dp_imm(unsigned i, uint32_t raw, const Insn& d);
    bool emit_dp_reg(unsigned i, uint32_t raw, const Insn& d);
    bool emit_branch(unsigned i, uint32_t raw, const Insn& d, bool& ends);
    bool emit_ldst(unsigned i, uint32_t raw, const Insn& d);
    void emit_call(unsigned i);

    // Pieces.
    void materialize_flags(FlagsLive kind);
    // Straight-line flag setters: the x86 flags hold NZCV and its store is
    // deferred; compile() decides before the next instruction (see there).
    void defer_flags(FlagsLive kind)
    {
        m_flags = kind;
        m_nzcv_stale = true;
        m_fsrc = false;
    }
    void regen_flags()  // the x86 flags from kFlagResult, if they are gone
    {
        if (m_flags == FlagsLive::none && m_fsrc) {
            m_a.test(kFlagResult, kFlagResult, m_fsrc_w);
            m_flags = FlagsLive::add;
        }
    }
    void flush_flags()  // NZCV to the state, if deferred (x86 flags unchanged)
    {
        if (m_nzcv_stale) {
            regen_flags();
            materialize_flags(m_flags);
        }
    }
    bool direct_consumer(unsigned i) const;
    enum class NzcvUse { writes, pure, other };
    NzcvUse nzcv_use(unsigned i) const;
    bool nzcv_dead_from(unsigned i) const { return nzcv_dead_from(i, m_start); }
    bool nzcv_dead_from(unsigned i, unsigned block_start) const;
    void emit_cond_jump(unsigned cond, bool jump_if, uint8_t*& rel);  // jump when cond == jump_if
    bool cond_to_x86(unsigned cond, Cc& c) const;
    void store_run_context(unsigned i, Reg scratch);
    void add_count(uint32_t n);
    // A run end with a known next pc. raw_flags: AX holds LAHF/SETO of the
    // x86 flags of that kind, to be stored as NZCV unless the run chains to
    // a block that overwrites NZCV first.
    void exit_to(uint64_t target, uint32_t count, FlagsLive raw_flags = FlagsLive::none);
    void capture_raw_flags()  // AX = LAHF/SETO of the x86 flags (which stay as they are)
    {
        m_a.lahf();
        m_a.setcc(ccO, rax);
    }
    void store_raw_flags(FlagsLive kind);  // NZCV from the LAHF/SETO bits in AX
    void exit_dispatch(uint32_t count);              // state.pc already set
    void exit_continue(unsigned next_index);         // the run goes on at index
    void access(unsigned i, unsigned size, bool store, Reg value);  // address in rax
    void shift_operand(Reg r, unsigned type, unsigned amount, bool w);
    void extend_operand(Reg r, unsigned option, unsigned shift);

public:
    std::vector<Jit::PatchSite> m_links;  // chains to blocks not compiled yet
    uint8_t* end() const { return m_a.here(); }

private:
    Jit& m_jit;
    Cpu& m_cpu;
    Cpu::DecodedPage* m_page;
    unsigned m_start;
    uint64_t m_va;
    Assembler m_a;
    FlagsLive m_flags = FlagsLive::none;
    RegCache m_cache;
    uint32_t m_stamp = 0;
    const RegCache* m_preload = nullptr;  // second pass of a self-loop
    std::optional<RegCache> m_loop_state;  // first pass: the cache at the back edge
    uint8_t* m_loop = nullptr;             // second pass: the loop head, after the loads
    bool m_nzcv_stale = false;  // the state's NZCV is behind the x86 flags (m_flags)
    // NZCV equals the flags of TEST kFlagResult, kFlagResult (32 bits if
    // m_fsrc_w is false): set by finish_logic, cleared by any other write of
    // NZCV and before any instruction that may call out (kFlagResult is
    // caller-saved).
    bool m_fsrc = false;
    bool m_fsrc_w = true;
    unsigned m_off_groups = 0;  // VP_JIT_OFF
    std::deque<Stub> m_stubs;  // out-of-line code, emitted after the run
    uint8_t* m_entry = nullptr;
};

JitCompiler::Offsets JitCompiler::s_off;

// ---- shared runtime routines ------------------------------------------------

void JitCompiler::emit_runtime(Jit& jit, Cpu& cpu)
{
    compute_offsets(cpu);
    Assembler a(jit.m_buffer, jit.m_buffer + 4096);
    // enter(Cpu* rdi, CpuState* rsi, code rdx): the frame every block uses.
    jit.m_enter = a.here();
    a.push(rbx);
    a.push(rbp);
    a.push(r12);
    a.push(r13);
    a.push(r14);
    a.push(r15);
    a.alu_imm(Alu::sub, rsp, 24, true);  // spill slots; keeps rsp 16-aligned for calls
    a.mov(r12, rdi);
    a.mov(rbx, rsi);
    a.load(r14, mem(r12, s_off.tlb_cur));
    a.load(rax, mem(r12, s_off.gen));
    a.store(kGenSeen, rax);
    a.jmp_reg(rdx);

    // Exits back to C++ (eax = Jit::Status).
    uint8_t* epilogue_rel[2];
    jit.m_exit_run_end = a.here();
    a.mov_imm(rax, Jit::kRunEnd);
    epilogue_rel[0] = a.jmp();
    jit.m_exit_continue = a.here();
    a.mov_imm(rax, Jit::kContinue);
    epilogue_rel[1] = a.jmp();
    a.bind(epilogue_rel[0]);
    a.bind(epilogue_rel[1]);
    a.alu_imm(Alu::add, rsp, 24, true);
    a.pop(r15);
    a.pop(r14);
    a.pop(r13);
    a.pop(r12);
    a.pop(rbp);
    a.pop(rbx);
    a.ret();

    // The dispatcher: a run has ended and state.pc holds the next one's
    // start. Same test as the interpreter loop (budget left, batch not
    // ended), then fetch TLB -> decoded page -> compiled block, else C++.
    jit.m_dispatch = a.here();
    a.load(rax, mem(r12, s_off.batch));
    a.alu(Alu::cmp, rax, mem(r12, s_off.budget), true);
    a.jcc(ccAE, jit.m_exit_run_end);
    a.cmp_imm8(mem(r12, s_off.end_batch), 0);
    a.jcc(ccNE, jit.m_exit_run_end);
    a.load(rax, mem(rbx, s_off.pc));
    a.mov(rcx, rax, false);
    a.shift_imm(Shift::shr, rcx, 8, false);
    a.alu_imm(Alu::and_, rcx, 0xFF0, false);  // fetch TLB index * 16
    a.mov(rdx, rax);
    a.alu_imm(Alu::and_, rdx, int32_t(0xFFFFF003u), true);  // page | misalignment
    a.alu(Alu::cmp, rdx, mem(r14, rcx, 1, s_off.tlb_fetch), true);
    a.jcc(ccNE, jit.m_exit_run_end);
    a.load(rdx, mem(r14, rcx, 1, s_off.tlb_fetch + 8));  // DecodedPage*
    a.mov(rcx, rax, false);
    a.shift_imm(Shift::shr, rcx, 2, false);
    a.alu_imm(Alu::and_, rcx, Cpu::kPageInsns - 1, false);
    a.load(rdx, mem(rdx, rcx, 8, s_off.page_jit));  // Block*
    a.test(rdx, rdx, true);
    a.jcc(ccE, jit.m_exit_run_end);
    a.alu(Alu::cmp, rax, mem(rdx, int32_t(offsetof(JitBlock, va))), true);
    a.jcc(ccNE, jit.m_exit_run_end);
    a.load(rcx, mem(r12, s_off.gen));
    a.store(kGenSeen, rcx);
    a.load(rcx, mem(r12, s_off.budget));
    a.store(mem(r12, s_off.chain_limit), rcx);
    a.jmp_mem(mem(rdx, int32_t(offsetof(JitBlock, code))));
    jit.m_code_begin = a.here();
}

// ---- pieces -----------------------------------------------------------------

void JitCompiler::materialize_flags(FlagsLive kind)
{
    // Flag-preserving sequence: the x86 flags stay live for a consumer.
    capture_raw_flags();
    store_raw_flags(kind);
    m_flags = kind;
    m_nzcv_stale = false;
}

// How instruction i of the run uses NZCV, for deferring its store: writes
// (sets all four flags without reading them), pure (neither reads nor writes
// them, and its template cannot fault, call out or leave the block), or
// anything else.
JitCompiler::NzcvUse JitCompiler::nzcv_use(unsigned i) const
{
    const uint32_t raw = rec(i)->raw;
    Insn d;
    decode(raw, d);
    if (d.fn == &exec_undefined)
        return NzcvUse::other;
    switch (bits(raw, 28, 25)) {
    case 0x8: case 0x9:  // data processing (immediate)
        if (m_off_groups & 1)
            return NzcvUse::other;
        switch (bits(raw, 25, 23)) {
        case 0: case 1: case 5: return NzcvUse::pure;  // ADR(P), move wide
        case 2: return bit(raw, 29) ? NzcvUse::writes : NzcvUse::pure;  // ADD(S)/SUB(S)
        case 4: return bits(raw, 30, 29) == 3 ? NzcvUse::writes : NzcvUse::pure;  // ANDS
        case 6: return bits(raw, 30, 29) == 1 ? NzcvUse::other : NzcvUse::pure;  // BFM: handler
        default: return NzcvUse::other;
        }
    case 0x5: case 0xD:  // data processing (register)
        if (m_off_groups & 2)
            return NzcvUse::other;
        if (!bit(raw, 28)) {  // logical / add-sub (shifted or extended register)
            const bool s = (bits(raw, 24, 21) & 8) ? bit(raw, 29) : bits(raw, 30, 29) == 3;
            return s ? NzcvUse::writes : NzcvUse::pure;
        }
        if (bits(raw, 24, 21) == 0x6 && !bit(raw, 30) && !bit(raw, 29)) {  // 2-source
            const unsigned opcode = bits(raw, 15, 10);
            return (opcode == 2 || opcode == 3 || (opcode >= 8 && opcode <= 11)) ? NzcvUse::pure
                                                                                : NzcvUse::other;
        }
        if (bits(raw, 24, 21) & 8) {  // 3-source: the multiplies with templates
            const unsigned op = (bits(raw, 23, 21) << 1) | bit(raw, 15);
            return (op <= 4 || op == 0xA || op == 0xB || op == 0xC) ? NzcvUse::pure
                                                                      : NzcvUse::other;
        }
        return NzcvUse::other;
    default:
        return NzcvUse::other;
    }
}

// B.cond, CSEL, CSINC and CSINV test the condition on the x86 flags
// (live, or recreated from kFlagResult) without other side effects on NZCV.
bool JitCompiler::direct_consumer(unsigned i) const
{
    const uint32_t raw = rec(i)->raw;
    unsigned cond;
    if ((raw & 0xFF000010u) == 0x54000000u) {  // B.cond
        if (m_off_groups & 4)
            return false;
        cond = raw & 15;
    } else if ((raw & 0x3FE00800u) == 0x1A800000u && !(bit(raw, 30) && bit(raw, 10))) {
        if (m_off_groups & 2)  // CSEL/CSINC/CSINV (S = 0, op2 bit 1 = 0)
            return false;
        cond = bits(raw, 15, 12);
    } else {
        return false;
    }
    Cc c;
    return cond_to_x86(cond, c);
}

// True if NZCV as it stands before instruction i is never observed: pure
// instructions up to one that overwrites all of it, within this block.
bool JitCompiler::nzcv_dead_from(unsigned i, unsigned block_start) const
{
    for (unsigned j = i; j < Cpu::kPageInsns && j - block_start < kMaxBlockInsns; ++j) {
        switch (nzcv_use(j)) {
        case NzcvUse::writes: return true;
        case NzcvUse::pure: continue;
        case NzcvUse::other: return false;
        }
    }
    return false;
}

bool JitCompiler::cond_to_x86(unsigned cond, Cc& c) const
{
    // With the flags gone but kFlagResult valid, regen_flags() recreates
    // them as after an addition.
    const FlagsLive kind = m_flags != FlagsLive::none ? m_flags
                           : m_fsrc                   ? FlagsLive::add
                                                      : FlagsLive::none;
    if (cond >= 14 || kind == FlagsLive::none)
        return false;
    const int x = kind == FlagsLive::sub ? kCondAfterSub[cond] : kCondAfterAdd[cond];
    if (x < 0)
        return false;
    c = Cc(x);
    return true;
}

// Jumps to rel (patched later) when ConditionHolds(cond) == jump_if.
void JitCompiler::emit_cond_jump(unsigned cond, bool jump_if, uint8_t*& rel)
{
    Cc c;
    if (cond_to_x86(cond, c)) {
        regen_flags();
        rel = m_a.jcc(jump_if ? c : invert(c));
        return;
    }
    // From the stored NZCV: bit nzcv of the condition's truth table.
    uint16_t holds = 0;
    for (unsigned v = 0; v < 16; ++v)
        if (condition_holds(cond, v))
            holds = uint16_t(holds | (1u << v));
    m_a.load(rcx, mem(rbx, s_off.nzcv), false);
    m_a.mov_imm(rax, holds);
    m_a.bt(rax, rcx, false);
    m_flags = FlagsLive::none;
    rel = m_a.jcc(jump_if ? ccB : ccAE);  // CF = the tested bit
}

void JitCompiler::store_run_context(unsigned i, Reg scratch)
{
    // What the interpreter keeps per run, for pc_of/current_pc and the
    // instruction count of a fault (constants of this call site).
    m_a.mov_imm(scratch, reinterpret_cast<uint64_t>(rec(i)));
    m_a.store(mem(r12, s_off.cur), scratch);
    m_a.mov_imm(scratch, reinterpret_cast<uint64_t>(rec(m_start)));
    m_a.store(mem(r12, s_off.run_start), scratch);
    m_a.mov_imm(scratch, m_va);
    m_a.store(mem(r12, s_off.run_pc), scratch);
}

void JitCompiler::add_count(uint32_t n)
{
    if (n)
        m_a.alu_imm(Alu::add, mem(r12, s_off.batch), int32_t(n), true);
}

void JitCompiler::exit_dispatch(uint32_t count)
{
    writeback(m_cache);
    add_count(count);
    m_a.jmp(m_jit.m_dispatch);
}

void JitCompiler::exit_continue(unsigned next_index)
{
    writeback(m_cache);
    add_count(next_index - m_start);
    m_a.mov_imm(rax, pc_at(next_index));
    m_a.store(mem(rbx, s_off.pc), rax);
    // Blocks may have chained across pages since C++ entered the first one.
    m_a.mov_imm(rax, reinterpret_cast<uint64_t>(m_page));
    m_a.store(mem(r12, s_off.jit_page), rax);
    // The last record of the page continues into the sentinel, which ends
    // the run (as the interpreter's exec_page_end does).
    m_a.jmp(next_index >= Cpu::kPageInsns ? m_jit.m_dispatch : m_jit.m_exit_continue);
}

// A run end whose next pc is known: chain straight to the target's block
// when it lies in this page (same translation: guarded by the generation
// taken at the last fetch-TLB lookup), else through the dispatcher.
void JitCompiler::store_raw_flags(FlagsLive kind)
{
    m_a.movzx16(rcx, rax);
    m_a.mov_imm(rdx, reinterpret_cast<uint64_t>(&kFlagTables));
    m_a.load8zx(rcx, mem(rdx, rcx, 1, kind == FlagsLive::sub ? 0 : 65536));
    m_a.store(mem(rbx, s_off.nzcv), rcx, false);
}

void JitCompiler::exit_to(uint64_t target, uint32_t count, FlagsLive raw_flags)
{
    // Register moves, loads and stores only from here to the jumps: the
    // flags and AX survive.
    add_count(count);
    const uint64_t page_mask = ~uint64_t(0xFFF);
    if ((target & page_mask) == (m_va & page_mask) && !(target & 3)) {
        // Hot path: a taken branch inside the page. Below the chain limit
        // the batch goes on and the translation is the one the dispatcher
        // checked, so jump straight to the target's block.
        m_a.load(rcx, mem(r12, s_off.batch));
        m_a.alu(Alu::cmp, rcx, mem(r12, s_off.chain_limit), true);
        uint8_t* check = m_a.jcc(ccAE);
        const unsigned index = unsigned((target >> 2) & (Cpu::kPageInsns - 1));
        const JitBlock* known = m_page->jit[index];
        uint8_t* link = nullptr;
        if (target == m_va) {  // a loop onto itself
            if (!m_preload && !m_loop_state)
                m_loop_state = m_cache;  // first pass: what the loop keeps in registers
            if (m_loop) {
                enter_loop_state();  // the registers stay; the loop head skips the loads
                m_a.jmp(m_loop);
            } else {
                writeback(m_cache);
                m_a.jmp(m_entry);
            }
        } else {
            writeback(m_cache);
            if (known && known->va == target)
                m_a.jmp(known->code);
            else
                link = m_a.jmp();  // to the dispatcher until the target is compiled
        }
        m_a.bind(check);
        if (link) {
            Assembler::patch(link, m_a.here());
            m_links.push_back({link, index, target});
        }
    }
    writeback(m_cache);
    if (raw_flags != FlagsLive::none)
        store_raw_flags(raw_flags);
    m_a.mov_imm(rax, target);
    m_a.store(mem(rbx, s_off.pc), rax);
    m_a.jmp(m_jit.m_dispatch);
}

void JitCompiler::emit_call(unsigned i)
{
    writeback_and_forget();  // the handler works on the state
    store_run_context(i, rax);
    m_a.mov(rdi, r12);
    m_a.mov_imm(rsi, reinterpret_cast<uint64_t>(rec(i)));
    m_a.call_abs(reinterpret_cast<const void*>(&JitCompiler::call_handler));
    m_a.load(r14, mem(r12, s_off.tlb_cur));
    m_a.test(rax, rax, false);
    uint8_t* ended = m_a.jcc(ccNE);
    m_flags = FlagsLive::none;
    m_a.load(rcx, kGenSeen);
    m_a.alu(Alu::cmp, rcx, mem(r12, s_off.gen), true);
    uint8_t* invalidated = m_a.jcc(ccNE);
    const uint32_t through = count_through(i);
    m_stubs.push_back([this, ended, invalidated, i, through] {
        m_cache = RegCache{};
        m_a.bind(ended);
        // eax: 1 retired, 2 not retired, 3 exception (counted), 4 foreign.
        m_a.alu_imm(Alu::cmp, rax, 1, false);
        uint8_t* not1 = m_a.jcc(ccNE);
        exit_dispatch(through);
        m_a.bind(not1);
        m_a.alu_imm(Alu::cmp, rax, 2, false);
        uint8_t* not2 = m_a.jcc(ccNE);
        exit_dispatch(through - 1);
        m_a.bind(not2);
        m_a.alu_imm(Alu::cmp, rax, 3, false);
        m_a.jcc(ccE, m_jit.m_dispatch);
        m_a.jmp(m_jit.m_exit_run_end);
        m_a.bind(invalidated);
        exit_continue(i + 1);
    });
}

// Memory access of size bytes at the guest address in rax. Loads leave the
// zero-extended value in rdx; stores take it from value (not rax/rcx).
// Hot path: tag compare against the soft TLB entry and a host-pointer add.
void JitCompiler::access(unsigned i, unsigned size, bool store, Reg value)
{
    const int32_t table = store ? s_off.tlb_write : s_off.tlb_read;
    m_a.mov(rcx, rax, false);
    m_a.shift_imm(Shift::shr, rcx, 8, false);
    m_a.alu_imm(Alu::and_, rcx, 0xFF0, false);
    m_a.mov(rdx, rax);
    m_a.alu_imm(Alu::and_, rdx, int32_t(0xFFFFF000u | (size - 1)), true);
    m_a.alu(Alu::cmp, rdx, mem(r14, rcx, 1, table), true);
    uint8_t* slow = m_a.jcc(ccNE);
    m_a.alu(Alu::add, rax, mem(r14, rcx, 1, table + 8), true);
    if (!store) {
        switch (size) {
        case 1: m_a.load8zx(rdx, mem(rax)); break;
        case 2: m_a.load16zx(rdx, mem(rax)); break;
        case 4: m_a.load(rdx, mem(rax), false); break;
        default: m_a.load(rdx, mem(rax), true); break;
        }
    } else {
        switch (size) {
        case 1: m_a.store8(mem(rax), value); break;
        case 2: m_a.store16(mem(rax), value); break;
        case 4: m_a.store(mem(rax), value, false); break;
        default: m_a.store(mem(rax), value, true); break;
        }
    }
    uint8_t* resume = m_a.here();
    m_flags = FlagsLive::none;
    m_stubs.push_back([this, slow, resume, i, size, store, value, snap = m_cache] {
        m_cache = snap;
        m_a.bind(slow);
        // The callee may take an exception (the state must be complete) and
        // clobbers the caller-saved cache registers: write back, reload.
        writeback(snap);
        store_run_context(i, rcx);
        if (store)
            m_a.mov(rdx, value);  // before rsi/rdi, which may hold it
        m_a.mov(rdi, r12);
        m_a.mov(rsi, rax);
        if (store) {
            const void* fn = size == 1   ? reinterpret_cast<const void*>(&store_slow<1>)
                             : size == 2 ? reinterpret_cast<const void*>(&store_slow<2>)
                             : size == 4 ? reinterpret_cast<const void*>(&store_slow<4>)
                                         : reinterpret_cast<const void*>(&store_slow<8>);
            m_a.call_abs(fn);
            m_a.load(r14, mem(r12, s_off.tlb_cur));
            m_a.test(rax, rax, false);
        } else {
            const void* fn = size == 1   ? reinterpret_cast<const void*>(&load_slow<1>)
                             : size == 2 ? reinterpret_cast<const void*>(&load_slow<2>)
                             : size == 4 ? reinterpret_cast<const void*>(&load_slow<4>)
                                         : reinterpret_cast<const void*>(&load_slow<8>);
            m_a.call_abs(fn);
            m_a.load(r14, mem(r12, s_off.tlb_cur));
            m_a.test(rdx, rdx, false);
            m_a.mov(rdx, rax);
        }
        uint8_t* failed = m_a.jcc(ccE);
        reload(snap);  // loads only: the value in rdx survives
        m_a.jmp(resume);
        m_a.bind(failed);
        // Exception taken (the helper counted the retired instructions) or
        // a foreign exception pending for C++.
        m_a.load(rax, mem(r12, s_off.batch));  // keep the same exit for both
        m_a.jmp(m_jit.m_exit_run_end);
    });
}

void JitCompiler::shift_operand(Reg r, unsigned type, unsigned amount, bool w)
{
    if (amount == 0)
        return;
    static constexpr Shift kShift[4] = {Shift::shl, Shift::shr, Shift::sar, Shift::ror};
    m_a.shift_imm(kShift[type & 3], r, uint8_t(amount), w);
}

void JitCompiler::extend_operand(Reg r, unsigned option, unsigned shift)
{
    switch (option) {
    case 0: m_a.movzx8(r, r); break;
    case 1: m_a.movzx16(r, r); break;
    case 2: m_a.mov(r, r, false); break;
    case 4: m_a.movsx8(r, r, true); break;
    case 5: m_a.movsx16(r, r, true); break;
    case 6: m_a.movsxd(r, r); break;
    default: break;  // UXTX, SXTX
    }
    if (shift)
        m_a.shift_imm(Shift::shl, r, uint8_t(shift), true);
}

// ---- data processing (immediate) --------------------------------------------

bool JitCompiler::emit_dp_imm(unsigned i, uint32_t raw, const Insn& d)
{
    const bool w = bit(raw, 31);
    switch (bits(raw, 25, 23)) {
    case 0: case 1:  // ADR, ADRP
        m_a.mov_imm(rax, bit(raw, 31) ? (pc_at(i) & ~uint64_t(0xFFF)) + uint64_t(d.imm)
                                      : pc_at(i) + uint64_t(d.imm));
        store_rd(d.rd, rax);
        return true;
    case 2: {  // ADD/SUB (immediate)
        const bool sub = bit(raw, 30), setflags = bit(raw, 29);
        if (!setflags) {  // Rd = Rn +- imm: one LEA or MOV (the flags stay)
            const Reg hn = use(d.rn);
            const int32_t imm = sub ? -int32_t(d.imm) : int32_t(d.imm);
            if (imm)
                m_a.lea(def(d.rd), mem(hn, imm), w);
            else
                m_a.mov(def(d.rd), hn, w);
            return true;
        }
        get(rdx, d.rn, w);
        if (d.imm || setflags)
            m_a.alu_imm(sub ? Alu::sub : Alu::add, rdx, int32_t(d.imm), w);
        store_rd(d.rd, rdx);
        if (setflags)
            defer_flags(sub ? FlagsLive::sub : FlagsLive::add);
        else if (d.imm)
            m_flags = FlagsLive::none;
        return true;
    }
    case 4: {  // logical (immediate)
        const unsigned opc = bits(raw, 30, 29);
        static constexpr Alu kOp[4] = {Alu::and_, Alu::or_, Alu::xor_, Alu::and_};
        const uint64_t imm = uint64_t(d.imm);
        get(rdx, d.rn, w);
        if (!w || int64_t(imm) == int64_t(int32_t(imm))) {
            m_a.alu_imm(kOp[opc], rdx, int32_t(uint32_t(imm)), w);
        } else {
            m_a.mov_imm(rcx, imm);
            m_a.alu(kOp[opc], rdx, rcx, true);
        }
        finish_logic(d.rd, rdx, opc == 3, w);
        return true;
    }
    case 5: {  // move wide
        const unsigned opc = bits(raw, 30, 29);
        if (opc == 3) {  // MOVK: one 16-bit lane of the register
            const unsigned shift = 16 * d.a;
            get(rdx, d.rd, w);
            m_a.mov_imm(rax, ~(uint64_t(0xFFFF) << shift));
            m_a.alu(Alu::and_, rdx, rax, true);
            m_a.mov_imm(rax, uint64_t(uint16_t(d.imm)) << shift);
            m_a.alu(Alu::or_, rdx, rax, true);
            put(d.rd, rdx);
            m_flags = FlagsLive::none;
            return true;
        }
        if (d.rd != kRegSink) {
            m_a.mov_imm(def(d.rd), uint64_t(d.imm));
        }
        return true;
    }
    case 6: {  // bitfield: the SBFM/UBFM forms, as two or three shifts
        const unsigned opc = bits(raw, 30, 29);
        if (opc == 1)
            return false;  // BFM
        const unsigned width = w ? 64 : 32;
        const Shift right = opc == 0 ? Shift::sar : Shift::shr;
        get(rdx, d.rn, w);
        const unsigned immr = bits(raw, 21, 16), imms = bits(raw, 15, 10);
        if (imms >= immr) {  // field [imms:immr] to the bottom
            const unsigned up = width - 1 - imms;
            if (up)
                m_a.shift_imm(Shift::shl, rdx, uint8_t(up), w);
            if (up + immr)
                m_a.shift_imm(right, rdx, uint8_t(up + immr), w);
        } else {  // field [imms:0] to bit width - immr
            const unsigned up = width - 1 - imms;
            m_a.shift_imm(Shift::shl, rdx, uint8_t(up), w);
            if (immr - imms - 1)
                m_a.shift_imm(right, rdx, uint8_t(immr - imms - 1), w);
        }
        store_rd(d.rd, rdx);
        m_flags = FlagsLive::none;
        return true;
    }
    default:
        return false;
    }
}

// ---- data processing (register) ---------------------------------------------

bool JitCompiler::emit_dp_reg(unsigned i, uint32_t raw, const Insn& d)
{
    (void)i;
    const bool w = bit(raw, 31);
    const unsigned op2 = bits(raw, 24, 21);
    if (!bit(raw, 28)) {
        if (!(op2 & 8)) {  // logical (shifted register)
            const unsigned opc = bits(raw, 30, 29);
            const bool inv = bit(raw, 21);
            static constexpr Alu kOp[4] = {Alu::and_, Alu::or_, Alu::xor_, Alu::and_};
            if (!inv && d.b == 0 && opc == 1 && d.rn == kRegZr) {  // MOV (register)
                const Reg hm = use(d.rm);
                if (d.rd != kRegSink)
                    m_a.mov(def(d.rd), hm, w);
                return true;
            }
            if (!inv && d.b == 0) {  // no shift: in place
                finish_logic(d.rd, alu3(kOp[opc], d.rd, d.rn, d.rm, w), opc == 3, w);
                return true;
            }
            get(rdx, d.rm, w);
            shift_operand(rdx, d.a, d.b, w);
            if (inv)
                m_a.not_(rdx, w);
            if (opc == 1 && d.rn == kRegZr) {  // MOV / MVN
                store_rd(d.rd, rdx);
                m_flags = FlagsLive::none;
                return true;
            }
            get(rax, d.rn, w);
            m_a.alu(kOp[opc], rax, rdx, w);
            finish_logic(d.rd, rax, opc == 3, w);
            return true;
        }
        const bool sub = bit(raw, 30), setflags = bit(raw, 29);
        if (!(op2 & 1) && d.b == 0) {  // add/sub, no shift: in place
            finish_alu(d.rd, alu3(sub ? Alu::sub : Alu::add, d.rd, d.rn, d.rm, w), setflags,
                       sub ? FlagsLive::sub : FlagsLive::add);
            return true;
        }
        if (!(op2 & 1) && !sub && !setflags && d.a == 0 && d.b <= 3 && d.rd != kRegSink) {
            // ADD Rd, Rn, Rm, LSL #1..3: one LEA (which leaves the flags alone)
            const Reg hn = use(d.rn), hm = use(d.rm);
            m_a.lea(def(d.rd), mem(hn, hm, uint8_t(1u << d.b)), w);
            return true;
        }
        if (!(op2 & 1)) {  // add/sub (shifted register)
            get(rdx, d.rm, w);
            shift_operand(rdx, d.a, d.b, w);
        } else {  // add/sub (extended register)
            get(rdx, d.rm, true);
            extend_operand(rdx, d.a, d.b);
        }
        get(rax, d.rn, w);
        m_a.alu(sub ? Alu::sub : Alu::add, rax, rdx, w);
        finish_alu(d.rd, rax, setflags, sub ? FlagsLive::sub : FlagsLive::add);
        return true;
    }
    switch (op2) {
    case 0x2: {  // CCMP/CCMN (register or immediate)
        const bool imm_form = bit(raw, 11);
        const bool negate = !bit(raw, 30);
        // Operands into the cache before the condition: the register cache
        // state must not depend on which way the branch goes.
        const Reg rn = use(d.rn);
        const Reg rm = imm_form ? rn : use(d.rm);
        uint8_t* skip;
        emit_cond_jump(d.a, false, skip);
        m_a.mov(rax, rn, w);
        if (imm_form)
            m_a.alu_imm(negate ? Alu::add : Alu::cmp, rax, int32_t(d.imm), w);
        else
            m_a.alu(negate ? Alu::add : Alu::cmp, rax, rm, w);
        materialize_flags(negate ? FlagsLive::add : FlagsLive::sub);
        uint8_t* done = m_a.jmp();
        m_a.bind(skip);
        m_a.store_imm32(mem(rbx, s_off.nzcv), int32_t(d.b), false);
        m_a.bind(done);
        m_flags = FlagsLive::none;
        return true;
    }
    case 0x4: {  // CSEL/CSINC/CSINV/CSNEG
        const unsigned op = (bit(raw, 30) << 1) | bit(raw, 10);
        get(rdx, d.rm, w);
        if (op == 1)
            m_a.lea(rdx, mem(rdx, 1), w);
        else if (op == 2)
            m_a.not_(rdx, w);
        else if (op == 3) {
            m_a.neg(rdx, w);
            m_flags = FlagsLive::none;
        }
        Cc c = ccE;
        if (d.a < 14 && cond_to_x86(d.a, c)) {
            regen_flags();  // after the operand's NEG
        } else if (d.a < 14) {
            // From the stored NZCV: CF = bit nzcv of the condition's truth table.
            uint16_t holds = 0;
            for (unsigned v = 0; v < 16; ++v)
                if (condition_holds(d.a, v))
                    holds = uint16_t(holds | (1u << v));
            m_a.load(rcx, mem(rbx, s_off.nzcv), false);
            m_a.mov_imm(rax, holds);
            m_a.bt(rax, rcx, false);
            c = ccB;
            m_flags = FlagsLive::none;
        }
        get(rax, d.rn, w);  // register moves only: the flags survive
        if (d.a < 14)       // AL/NV: always the first operand
            m_a.cmov(invert(c), rax, rdx, w);
        store_rd(d.rd, rax);  // a 32-bit CMOV zero-extends either way
        return true;
    }
    case 0x6: {  // 2-source (1-source: handler)
        if (bit(raw, 30) || bit(raw, 29))
            return false;
        const unsigned opcode = bits(raw, 15, 10);
        if (opcode >= 8 && opcode <= 11) {  // LSLV, LSRV, ASRV, RORV: x86 masks the count alike
            static constexpr Shift kShift[4] = {Shift::shl, Shift::shr, Shift::sar, Shift::ror};
            const Reg hn = use(d.rn), hm = use(d.rm);
            m_a.mov(rcx, hm, false);
            m_a.mov(rax, hn, w);
            m_a.shift_cl(kShift[opcode - 8], rax, w);
            store_rd(d.rd, rax);
            m_flags = FlagsLive::none;
            return true;
        }
        if (opcode != 2 && opcode != 3)
            return false;
        // UDIV, SDIV: x / 0 = 0 and, for SDIV, x / -1 = -x (which also
        // gives INT_MIN / -1 = INT_MIN, where x86 would fault).
        const bool is_signed = opcode == 3;
        const Reg hn = use(d.rn), hm = use(d.rm);
        m_a.mov(rcx, hm, w);
        m_a.mov(rax, hn, w);
        m_a.test(rcx, rcx, w);
        uint8_t* zero = m_a.jcc(ccE);
        uint8_t* minus1 = nullptr;
        if (is_signed) {
            m_a.alu_imm(Alu::cmp, rcx, -1, w);
            minus1 = m_a.jcc(ccE);
            m_a.cqo(w);
            m_a.idiv1(rcx, w);
        } else {
            m_a.mov_imm(rdx, 0);
            m_a.div1(rcx, w);
        }
        uint8_t* done = m_a.jmp();
        m_a.bind(zero);
        m_a.mov_imm(rax, 0);
        uint8_t* done2 = nullptr;
        if (minus1) {
            done2 = m_a.jmp();
            m_a.bind(minus1);
            m_a.neg(rax, w);
        }
        m_a.bind(done);
        if (done2)
            m_a.bind(done2);
        store_rd(d.rd, rax);
        m_flags = FlagsLive::none;
        return true;
    }
    default:
        break;
    }
    if (!(op2 & 8))
        return false;
    // 3-source: MADD, MSUB, SMADDL, SMSUBL, SMULH, UMADDL, UMSUBL, UMULH
    const unsigned op = (bits(raw, 23, 21) << 1) | bit(raw, 15);
    switch (op) {
    case 0x0: case 0x1:    // MADD, MSUB
    case 0x2: case 0x3:    // SMADDL, SMSUBL
    case 0xA: case 0xB: {  // UMADDL, UMSUBL
        if (op == 0x2 || op == 0x3) {
            get(rax, d.rn, false);
            m_a.movsxd(rax, rax);
            get(rdx, d.rm, false);
            m_a.movsxd(rdx, rdx);
        } else if (op <= 1) {  // MADD/MSUB: the registers as operands
            const Reg hn = use(d.rn), hm = use(d.rm), ha = use(d.ra);
            m_a.mov(rax, hn, w);
            m_a.imul(rax, hm, w);
            if (op == 0) {
                m_a.alu(Alu::add, rax, ha, w);
                store_rd(d.rd, rax);
            } else {
                m_a.mov(rdx, ha, w);
                m_a.alu(Alu::sub, rdx, rax, w);
                store_rd(d.rd, rdx);
            }
            m_flags = FlagsLive::none;
            return true;
        } else {
            get(rax, d.rn, false);  // the long forms multiply W registers
            get(rdx, d.rm, false);
        }
        const bool sz = op >= 0x2 ? true : w;
        m_a.imul(rax, rdx, sz);
        get(rdx, d.ra, sz);
        if (op & 1) {
            m_a.alu(Alu::sub, rdx, rax, sz);
            store_rd(d.rd, rdx);
        } else {
            m_a.alu(Alu::add, rax, rdx, sz);
            store_rd(d.rd, rax);
        }
        m_flags = FlagsLive::none;
        return true;
    }
    case 0x4: case 0xC: {  // SMULH, UMULH
        get(rax, d.rn, true);
        get(rcx, d.rm, true);
        if (op == 0x4)
            m_a.imul1(rcx, true);
        else
            m_a.mul1(rcx, true);
        store_rd(d.rd, rdx);
        m_flags = FlagsLive::none;
        return true;
    }
    default:
        return false;
    }
}

// ---- branches ---------------------------------------------------------------

bool JitCompiler::emit_branch(unsigned i, uint32_t raw, const Insn& d, bool& ends)
{
    const unsigned op0 = bits(raw, 31, 29);
    const uint64_t pc = pc_at(i);
    const uint32_t through = count_through(i);
    if ((op0 & 3) == 0) {  // B, BL
        if (bit(raw, 31)) {
            m_a.mov_imm(rax, pc + 4);
            put(30, rax);
        }
        exit_to(pc + uint64_t(d.imm), through);
        ends = true;
        return true;
    }
    uint8_t* taken = nullptr;
    if ((op0 & 3) == 1) {  // CBZ/CBNZ, TBZ/TBNZ
        const bool nz = bit(raw, 24);
        if (!bit(raw, 25)) {
            const bool w = bit(raw, 31);
            get(rax, d.rn, w);
            m_a.test(rax, rax, w);
            taken = m_a.jcc(nz ? ccNE : ccE);
        } else {
            get(rax, d.rn, true);
            m_a.bt_imm(rax, d.a, true);
            taken = m_a.jcc(nz ? ccB : ccAE);
        }
        m_flags = FlagsLive::none;
    } else if (op0 == 2) {  // B.cond
        if (d.a >= 14) {  // AL, NV: always
            exit_to(pc + uint64_t(d.imm), through);
            ends = true;
            return true;
        }
        emit_cond_jump(d.a, true, taken);
    } else if (op0 == 6 && raw == 0xD503201Fu) {  // NOP
        return true;
    } else if (op0 == 6 && bit(raw, 25) && bits(raw, 24, 21) <= 2) {  // BR, BLR, RET
        get(rax, d.rn, true);
        if (bits(raw, 24, 21) == 1) {
            m_a.mov_imm(rcx, pc + 4);
            put(30, rcx);
        }
        m_a.store(mem(rbx, s_off.pc), rax);
        exit_dispatch(through);
        ends = true;
        return true;
    } else {
        return false;
    }
    const uint64_t target = pc + uint64_t(d.imm);
    // A deferred NZCV (only ever over a B.cond) is stored on the taken
    // exit; the x86 flags are intact there (the jcc is the only
    // instruction since the setter).
    const FlagsLive stale = m_nzcv_stale ? m_flags : FlagsLive::none;
    m_stubs.push_back([this, taken, target, through, stale, snap = m_cache] {
        m_cache = snap;
        m_a.bind(taken);
        const uint64_t page_mask = ~uint64_t(0xFFF);
        if (stale != FlagsLive::none && (target & page_mask) == (m_va & page_mask) &&
            !(target & 3) && nzcv_dead_from(unsigned((target >> 2) & (Cpu::kPageInsns - 1)),
                                            unsigned((target >> 2) & (Cpu::kPageInsns - 1)))) {
            // Typically a loop's back edge onto a block that sets the flags
            // again: keep the raw x86 flags, stored only if the run does
            // not chain there.
            capture_raw_flags();
            exit_to(target, through, stale);
            return;
        }
        if (stale != FlagsLive::none)
            materialize_flags(stale);
        exit_to(target, through);
    });
    return true;
}

// ---- loads and stores (general registers) -----------------------------------

bool JitCompiler::emit_ldst(unsigned i, uint32_t raw, const Insn& d)
{
    if (bit(raw, 26))
        return false;  // SIMD&FP registers
    enum Mode { kOff, kPre, kPost, kReg } mode;
    const unsigned group = bits(raw, 29, 28);
    bool pair = false;
    unsigned size;
    int kind;  // 0 store, 1 load, 2 load signed to 64, 3 load signed to 32
    if (group == 3) {
        size = 1u << bits(raw, 31, 30);
        const unsigned opc = bits(raw, 23, 22);
        if (opc == 2 && size == 8)
            return false;  // PRFM
        kind = opc == 0 ? 0 : opc == 1 ? 1 : opc == 2 ? 2 : 3;
        if (bit(raw, 24))
            mode = kOff;
        else if (bit(raw, 21))
            mode = bits(raw, 11, 10) == 2 ? kReg : kOff;
        else
            mode = bits(raw, 11, 10) == 0 ? kOff : bits(raw, 11, 10) == 1 ? kPost : bits(raw, 11, 10) == 3 ? kPre : kOff;
        if (bit(raw, 21) && bits(raw, 11, 10) != 2)
            return false;  // atomics, LDAPR
        if (!bit(raw, 24) && !bit(raw, 21) && bits(raw, 11, 10) == 2)
            return false;  // LDTR/STTR
    } else if (group == 2) {
        const unsigned opc = bits(raw, 31, 30);
        if (opc == 1)
            return false;  // LDPSW
        pair = true;
        size = opc == 2 ? 8 : 4;
        kind = bit(raw, 22) ? 1 : 0;
        const unsigned mb = bits(raw, 24, 23);
        mode = mb == 1 ? kPost : mb == 3 ? kPre : kOff;
    } else {
        return false;
    }
    const bool writeback = mode == kPre || mode == kPost;

    // Address in rax. A misaligned SP base goes to the handler, which
    // applies SCTLR.SA (the check is rare; the test is one instruction).
    const Reg hn = use(d.rn);
    if (d.rn == kRegSp) {
        m_a.test_imm(hn, 15, false);
        uint8_t* odd = m_a.jcc(ccNE);
        m_stubs.push_back([this, odd, i, snap = m_cache] {
            m_cache = snap;
            m_a.bind(odd);
            emit_call(i);  // the whole instruction, then a fresh block
            exit_continue(i + 1);
        });
    }
    if (mode == kReg) {
        const Reg hm = use(d.rm);
        if (d.a == 3 || d.a == 7) {  // LSL/UXTX/SXTX: base + index * scale
            m_a.lea(rax, mem(hn, hm, uint8_t(1u << d.b)));
        } else {
            m_a.mov(rdx, hm);
            extend_operand(rdx, d.a, d.b);
            m_a.lea(rax, mem(hn, rdx, 1));
        }
    } else if (mode != kPost && d.imm) {
        m_a.lea(rax, mem(hn, int32_t(d.imm)));
    } else {
        m_a.mov(rax, hn);
    }
    if (writeback || pair)
        m_a.store(mem(rsp, 0), rax);

    auto extend = [&](Reg r) {
        if (kind == 2) {
            if (size == 1) m_a.movsx8(r, r, true);
            else if (size == 2) m_a.movsx16(r, r, true);
            else if (size == 4) m_a.movsxd(r, r);
        } else if (kind == 3) {
            if (size == 1) m_a.movsx8(r, r, false);
            else if (size == 2) m_a.movsx16(r, r, false);
        }
    };
    if (kind == 0) {
        access(i, size, true, use(d.ra));
        if (pair) {
            m_a.load(rax, mem(rsp, 0), true);
            m_a.alu_imm(Alu::add, rax, int32_t(size), true);
            access(i, size, true, use(d.rm));
        }
    } else {
        access(i, size, false, rdx);
        extend(rdx);
        if (pair) {
            m_a.store(mem(rsp, 8), rdx);
            m_a.load(rax, mem(rsp, 0), true);
            m_a.alu_imm(Alu::add, rax, int32_t(size), true);
            access(i, size, false, rdx);
            m_a.load(rax, mem(rsp, 8), true);
            store_rd(d.rd, rax);
            put(d.rm, rdx);
        } else {
            store_rd(d.rd, rdx);
        }
    }
    if (writeback) {
        m_a.load(rax, mem(rsp, 0), true);
        if (mode == kPost && d.imm)
            m_a.alu_imm(Alu::add, rax, int32_t(d.imm), true);
        put(d.rn, rax);
    }
    if (kind == 0) {
        // A store that reached a decoded code page changed the records
        // this run is made of: continue the run from fresh code.
        m_a.load(rcx, kGenSeen);
        m_a.alu(Alu::cmp, rcx, mem(r12, s_off.gen), true);
        uint8_t* changed = m_a.jcc(ccNE);
        m_stubs.push_back([this, changed, i, snap = m_cache] {
            m_cache = snap;
            m_a.bind(changed);
            exit_continue(i + 1);
        });
    }
    m_flags = FlagsLive::none;
    return true;
}

// ---- the run ----------------------------------------------------------------

bool JitCompiler::compile(const std::optional<RegCache>& preload)
{
    m_entry = m_a.here();
    if (preload) {
        m_preload = &*preload;
        reload(*preload);
        m_cache = loop_head_state();
        m_loop = m_a.here();
    }
    // Debugging aid (docs/models/arm64-cpu.md): VP_JIT_OFF is a mask of
    // template groups to leave to the handlers (1 data processing
    // immediate, 2 register, 4 branches, 8 loads/stores).
    static const unsigned off_groups = [] {
        const char* e = std::getenv("VP_JIT_OFF");
        return e ? unsigned(std::strtoul(e, nullptr, 0)) : 0u;
    }();
    m_off_groups = off_groups;
    for (unsigned i = m_start;; ++i) {
        // A flag setter's NZCV store was deferred (defer_flags): drop it if
        // nothing can observe it before it is overwritten, keep deferring
        // over a B.cond that tests the x86 flags (its taken exit stores
        // NZCV), else store it now.
        // With kFlagResult valid (m_fsrc), pure instructions do not need
        // the flags either: a consumer recreates them.
        const bool in_run = i < Cpu::kPageInsns && i - m_start < kMaxBlockInsns;
        const bool direct = in_run && direct_consumer(i);
        const NzcvUse use_i = in_run ? nzcv_use(i) : NzcvUse::other;
        if (m_nzcv_stale && in_run) {
            if (nzcv_dead_from(i))
                m_nzcv_stale = false;
            else if (!direct && !(use_i == NzcvUse::pure && m_fsrc))
                flush_flags();
        } else {
            flush_flags();  // the run ends here
        }
        if (use_i == NzcvUse::other && !direct)
            m_fsrc = false;  // it may call out or write NZCV
        if (i == Cpu::kPageInsns) {
            // The sentinel: the run ends at the page end, pc = next page.
            writeback(m_cache);
            add_count(i - m_start);
            m_a.mov_imm(rax, pc_at(i));
            m_a.store(mem(rbx, s_off.pc), rax);
            m_a.jmp(m_jit.m_dispatch);
            break;
        }
        if (i - m_start == kMaxBlockInsns) {
            exit_continue(i);
            break;
        }
        const uint32_t raw = rec(i)->raw;
        Insn d;
        decode(raw, d);
        bool ends = false, done = false;
        const unsigned g = bits(raw, 28, 25);
        const unsigned group = (g == 8 || g == 9)     ? 1
                               : (g == 5 || g == 0xD) ? 2
                               : (g == 0xA || g == 0xB) ? 4
                                                        : 8;
        if (d.fn != &exec_undefined && !(off_groups & group)) {
            switch (g) {
            case 0x8: case 0x9: done = emit_dp_imm(i, raw, d); break;
            case 0x5: case 0xD: done = emit_dp_reg(i, raw, d); break;
            case 0xA: case 0xB: done = emit_branch(i, raw, d, ends); break;
            case 0x4: case 0x6: case 0xC: case 0xE: done = emit_ldst(i, raw, d); break;
            default: break;
            }
        }
        if (!done)
            emit_call(i);
        if (ends)
            break;
    }
    // Out-of-line code; stubs may add stubs.
    for (size_t k = 0; k < m_stubs.size(); ++k)
        m_stubs[k]();
    return !m_a.overflow();
}


// ---- Jit ----------------------------------------------------------------------

bool Jit::host_supported()
{
#if defined(__x86_64__)
    return true;
#else
    return false;
#endif
}

Jit::Jit(Cpu& cpu) : m_cpu(cpu)
{
    if (!host_supported())
        return;
    void* p = mmap(nullptr, kBufferSize, PROT_READ | PROT_WRITE | PROT_EXEC,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return;  // no executable memory: the CPU interprets
    m_buffer = static_cast<uint8_t*>(p);
    m_size = kBufferSize;
    JitCompiler::emit_runtime(*this, cpu);
    m_free = m_code_begin;
}

Jit::~Jit()
{
    if (m_buffer)
        munmap(m_buffer, m_size);
}

JitBlock* Jit::compile(void* page_ptr, unsigned index, uint64_t va)
{
    auto* page = static_cast<Cpu::DecodedPage*>(page_ptr);
    if (size_t(m_buffer + m_size - m_free) < kBlockReserve)
        flush();
    JitCompiler first(*this, m_cpu, page, index, va, m_free, m_buffer + m_size);
    if (!first.compile())
        return nullptr;
    // A block that loops onto itself is compiled again over the first pass,
    // keeping its registers across the back edge.
    std::optional<JitCompiler> second;
    if (first.loop_state()) {
        second.emplace(*this, m_cpu, page, index, va, m_free, m_buffer + m_size);
        if (!second->compile(first.loop_state()))
            return nullptr;
    }
    JitCompiler& c = second ? *second : first;
    // Debugging aid: VP_JIT_DUMP=FILE appends each block (guest pc, size,
    // host address, host code) for objdump -D -b binary -mi386:x86-64;
    // scripts/jit-profile.py maps perf samples onto these blocks.
    static const char* dump = std::getenv("VP_JIT_DUMP");
    if (dump) {
        if (std::FILE* f = std::fopen(dump, "ab")) {
            const uint64_t hdr[3] = {va, uint64_t(c.end() - m_free),
                                     uint64_t(reinterpret_cast<uintptr_t>(m_free))};
            std::fwrite(hdr, 8, 3, f);
            std::fwrite(m_free, 1, size_t(c.end() - m_free), f);
            std::fclose(f);
        }
    }
    m_blocks.push_back(JitBlock{va, m_free});
    JitBlock* block = &m_blocks.back();
    m_free = c.end();
    // Keep the next block 16-byte aligned (branch targets).
    m_free += (16 - (reinterpret_cast<uintptr_t>(m_free) & 15)) & 15;
    page->jit[index] = block;
    link_pending(page, index, block);
    if (!c.m_links.empty()) {
        auto& sites = m_pending[page];
        sites.insert(sites.end(), c.m_links.begin(), c.m_links.end());
    }
    ++m_blocks_compiled;
    return block;
}

void Jit::link_pending(void* page, unsigned index, JitBlock* block)
{
    auto it = m_pending.find(page);
    if (it == m_pending.end())
        return;
    auto& sites = it->second;
    for (size_t k = 0; k < sites.size();) {
        if (sites[k].index == index && sites[k].va == block->va) {
            x86::Assembler::patch(sites[k].rel, block->code);
            sites[k] = sites.back();
            sites.pop_back();
        } else {
            ++k;
        }
    }
}

Jit::Status Jit::enter(const JitBlock* block)
{
    using EnterFn = int (*)(Cpu*, CpuState*, const uint8_t*);
    const int status =
        reinterpret_cast<EnterFn>(const_cast<uint8_t*>(m_enter))(&m_cpu, &m_cpu.m_state, block->code);
    if (m_pending_exception) {
        std::exception_ptr e = m_pending_exception;
        m_pending_exception = nullptr;
        std::rethrow_exception(e);
    }
    return Status(status);
}

void Jit::forget_page(void* page_ptr)
{
    auto* page = static_cast<Cpu::DecodedPage*>(page_ptr);
    std::memset(page->jit, 0, sizeof page->jit);
    std::memset(page->heat, 0, sizeof page->heat);
    m_pending.erase(page_ptr);
    ++m_cpu.m_code_gen;
}

void Jit::flush()
{
    for (auto& page : m_cpu.m_page_pool) {
        std::memset(page->jit, 0, sizeof page->jit);
        std::memset(page->heat, 0, sizeof page->heat);
    }
    std::memset(m_cpu.m_scratch.jit, 0, sizeof m_cpu.m_scratch.jit);
    m_blocks.clear();
    m_pending.clear();
    m_free = m_code_begin;
    ++m_cpu.m_code_gen;
}

}  // namespace vp::arm64
