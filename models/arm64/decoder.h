// A64 decoder: turns one instruction word into a pre-decoded record (handler
// pointer plus extracted operands) that the CPU caches per guest code page.
// Follows the A64 encoding index of DDI 0487 C4. FP/SIMD, SVE and everything
// beyond ARMv8.0 base integer decode to the Undefined handler.
#pragma once

#include <cstdint>

namespace vp::arm64 {

class Cpu;
struct Insn;

// Executes one pre-decoded instruction; cpu.pc_of(insn) is its address.
// Returns false when execution continues with the next record (pc + 4), true
// when the handler set cpu.state().pc itself (taken branch, exception, or
// anything that must end the current straight-line run).
using Handler = bool (*)(Cpu& cpu, const Insn& insn);

struct Insn {
    Handler fn;
    uint32_t raw;                // the instruction word
    uint8_t rd, rn, rm, ra;      // register indices after kRegZr/kRegSp resolution
    uint8_t a, b, c, d;          // small operands; meaning depends on the handler
    int64_t imm;                 // immediate / offset / mask / system register key
};
static_assert(sizeof(Insn) == 32, "keep the record compact");

// Fills insn (all fields, including fn and raw) for the instruction word raw.
void decode(uint32_t raw, Insn& insn);

// Handler that decodes the record in place on first execution.
bool exec_lazy_decode(Cpu& cpu, const Insn& insn);
// Handler of records whose page was invalidated: refetches at the same pc.
bool exec_stale(Cpu& cpu, const Insn& insn);

}  // namespace vp::arm64
