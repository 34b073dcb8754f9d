// Block compiler for x86-64 hosts (CpuConfig::accel = Accel::jit): turns a
// straight-line run of A64 instructions -- exactly the run the interpreter
// would execute in one go -- into host code. Common integer instructions
// (ALU, moves, bitfields, multiplies, conditional select/compare, loads and
// stores with an inline soft-TLB hit, branches) become a few host
// instructions each; every other instruction calls its interpreter handler,
// so the two accelerators share one semantics. Run boundaries, instruction
// counts and hence simulated time are identical to the interpreter's, which
// the differential tests check by running the same programs on both.
//
// Host code conventions (all blocks share one frame, set up by enter()):
//   rbx = &CpuState, r12 = Cpu*, r14 = current TlbSet; [rsp+16] = code
//   generation seen at block entry, [rsp..rsp+16) spill slots; rbp, rsi,
//   rdi, r8-r10, r13, r15 hold guest registers, r11 a flag-setting result.
// A block leaves through the shared dispatcher, which looks the next pc up
// in the fetch TLB and jumps straight to its block, or returns to C++.
// Internal to models/arm64 (the Cpu owns one Jit).
#pragma once

#include <cstdint>
#include <deque>
#include <exception>
#include <unordered_map>
#include <vector>

namespace vp::arm64 {

class Cpu;
struct Insn;

// A compiled run: its first guest pc and host entry point.
struct JitBlock {
    uint64_t va;
    const uint8_t* code;
};

class Jit {
public:
    // What enter() reports: the run ended (pc is the next run's start), or it
    // continues at pc in a new block (code was invalidated under the block).
    enum Status : int { kRunEnd = 0, kContinue = 1 };

    explicit Jit(Cpu& cpu);
    ~Jit();
    Jit(const Jit&) = delete;
    Jit& operator=(const Jit&) = delete;

    // True on hosts this compiler targets (x86-64 with an executable mapping).
    static bool host_supported();
    bool ok() const { return m_buffer != nullptr; }

    // Compiles the run that starts at record index of page (guest address
    // va); null if it cannot (the caller interprets the run instead).
    JitBlock* compile(void* page, unsigned index, uint64_t va);
    Status enter(const JitBlock* block);

    // The decoded page's records changed or the page was dropped: forget its
    // blocks. Code of forgotten blocks stays valid memory until flush().
    void forget_page(void* page);

    uint64_t blocks_compiled() const { return m_blocks_compiled; }

    struct PatchSite {
        uint8_t* rel;       // rel32 of a jmp that goes to the dispatcher
        unsigned index;     // the target record's index in the page
        uint64_t va;        // the target's guest address
    };

private:
    friend class JitCompiler;
    void flush();
    void link_pending(void* page, unsigned index, JitBlock* block);

    Cpu& m_cpu;
    uint8_t* m_buffer = nullptr;
    size_t m_size = 0;
    uint8_t* m_code_begin = nullptr;  // after the runtime routines
    uint8_t* m_free = nullptr;
    // Runtime routines (emitted once at the start of the buffer).
    const uint8_t* m_enter = nullptr;
    const uint8_t* m_dispatch = nullptr;    // checks budget, then looks up state.pc
    const uint8_t* m_exit_run_end = nullptr;
    const uint8_t* m_exit_continue = nullptr;
    std::deque<JitBlock> m_blocks;
    std::unordered_map<void*, std::vector<PatchSite>> m_pending;  // per page
    std::exception_ptr m_pending_exception;  // a foreign exception from a handler
    uint64_t m_blocks_compiled = 0;
};

}  // namespace vp::arm64
