// Shared helpers of the A64 executors (exec_*.cpp) and the decoder: field
// extraction, register-31 resolution, and the per-group decode entry points.
// Internal to models/arm64; platform code includes cpu.h only.
#pragma once

#include <cstdint>

#include "arm64/alu.h"
#include "arm64/cpu.h"
#include "arm64/cpu_state.h"
#include "arm64/decoder.h"

namespace vp::arm64 {

// raw[hi:lo]
constexpr uint32_t bits(uint32_t raw, unsigned hi, unsigned lo)
{
    return (raw >> lo) & ((1u << (hi - lo + 1)) - 1);
}
constexpr bool bit(uint32_t raw, unsigned n) { return (raw >> n) & 1; }
constexpr int64_t sext(uint64_t value, unsigned width)
{
    return int64_t(value << (64 - width)) >> (64 - width);
}

// Register operand resolution (what encoding 31 means).
constexpr uint8_t reg_read_zr(unsigned r) { return uint8_t(r); }                // 31 = XZR
constexpr uint8_t reg_write_zr(unsigned r) { return uint8_t(r == 31 ? kRegSink : r); }
constexpr uint8_t reg_sp(unsigned r) { return uint8_t(r == 31 ? kRegSp : r); }  // 31 = SP

// Per-group decoders; each fills insn completely (fn included).
void decode_dp_imm(uint32_t raw, Insn& insn);
void decode_dp_reg(uint32_t raw, Insn& insn);
void decode_branch_sys(uint32_t raw, Insn& insn);
void decode_ldst(uint32_t raw, Insn& insn);
void decode_simd_fp(uint32_t raw, Insn& insn);  // op0 = x111 (decode_simd_fp.cpp)

// Undefined instruction (also used for everything not implemented).
bool exec_undefined(Cpu& cpu, const Insn& insn);

inline void set_undefined(Insn& insn) { insn.fn = &exec_undefined; }

// System register / system instruction key: op0:op1:CRn:CRm:op2 (16 bits).
constexpr uint32_t sysreg_key(unsigned op0, unsigned op1, unsigned crn, unsigned crm, unsigned op2)
{
    return (op0 << 14) | (op1 << 11) | (crn << 7) | (crm << 3) | op2;
}

}  // namespace vp::arm64
