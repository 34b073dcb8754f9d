// Shared helpers of the SIMD&FP executors (exec_fp_*.cpp, exec_simd_*.cpp,
// exec_crypto.cpp, exec_ldst_simd.cpp) and the group decoders they provide to
// decode_simd_fp.cpp. Internal to models/arm64.
//
// Conventions for SIMD&FP records (Insn):
//  - rd, rn, rm, ra hold V register numbers 0-31 as encoded; operands that are
//    general registers are resolved like the integer executors do
//    (reg_read_zr / reg_write_zr / reg_sp).
//  - Every handler calls fp_access(cpu) before touching any SIMD&FP state, so
//    that CPACR_EL1.FPEN traps (EC 0x07) are taken before any side effect.
//  - Scalar results (B/H/S/D) and 64-bit vector results clear the bits above
//    them (write_scalar / clear_high); 128-bit results write both halves.
//  - FP handlers build a softfloat::Env from FPCR with fp_env() and OR its
//    flags into FPSR with fp_commit() once all lanes are done.
#pragma once

#include <cstdint>
#include <cstring>

#include "arm64/exec.h"
#include "softfloat/softfloat.h"

namespace vp::arm64 {

namespace sf = vp::softfloat;

// CPACR_EL1.FPEN check: returns normally when SIMD&FP is accessible.
inline void fp_access(Cpu& cpu) { cpu.check_fp_access(); }

inline VReg& vreg(Cpu& cpu, unsigned n) { return cpu.state().v[n]; }

// Lane i of element type T (uint8_t ... uint64_t, or signed types).
template <typename T> inline T lane(const VReg& v, unsigned i)
{
    T x;
    std::memcpy(&x, reinterpret_cast<const uint8_t*>(v.d) + i * sizeof(T), sizeof(T));
    return x;
}
template <typename T> inline void set_lane(VReg& v, unsigned i, T x)
{
    std::memcpy(reinterpret_cast<uint8_t*>(v.d) + i * sizeof(T), &x, sizeof(T));
}
// A scalar result: element 0 = x, every other bit of the register cleared.
template <typename T> inline void write_scalar(VReg& v, T x)
{
    v.d[0] = 0;
    v.d[1] = 0;
    std::memcpy(v.d, &x, sizeof(T));
}
// The upper 64 bits of a register written by a 64-bit (Q = 0) vector form.
inline void clear_high(VReg& v) { v.d[1] = 0; }

// FP environment for one instruction, and its flags back into FPSR.
inline sf::Env fp_env(const CpuState& s) { return sf::Env::from_fpcr(s.fpcr); }
inline void fp_commit(CpuState& s, const sf::Env& env) { s.fpsr |= env.flags; }

// Saturation of a wide intermediate to a `bits`-wide signed/unsigned integer
// (8..64). Saturating sets FPSR.QC (cumulative).
inline int64_t sat_signed(CpuState& s, __int128 v, unsigned bits)
{
    const __int128 hi = (__int128(1) << (bits - 1)) - 1, lo = -(__int128(1) << (bits - 1));
    if (v > hi) {
        s.fpsr |= fpsr::kQc;
        return int64_t(hi);
    }
    if (v < lo) {
        s.fpsr |= fpsr::kQc;
        return int64_t(lo);
    }
    return int64_t(v);
}
inline uint64_t sat_unsigned(CpuState& s, __int128 v, unsigned bits)
{
    const __int128 hi = (__int128(1) << bits) - 1;
    if (v > hi) {
        s.fpsr |= fpsr::kQc;
        return uint64_t(hi);
    }
    if (v < 0) {
        s.fpsr |= fpsr::kQc;
        return 0;
    }
    return uint64_t(v);
}

// ---- Group decoders (DDI 0487 C4.1.6 and C4.1.4), called by decode_simd_fp
// and decode_ldst. Each fills insn.fn (and operands) or leaves it Undefined.
// `scalar` selects the AdvSIMD scalar form of a group that has one.

// exec_simd_int.cpp: integer arithmetic (incl. PMULL).
void decode_simd_three_same_int(uint32_t raw, Insn& in, bool scalar);
void decode_simd_three_diff(uint32_t raw, Insn& in, bool scalar);
void decode_simd_two_misc_int(uint32_t raw, Insn& in, bool scalar);
void decode_simd_across_int(uint32_t raw, Insn& in);
void decode_simd_indexed_int(uint32_t raw, Insn& in, bool scalar);

// exec_simd_move.cpp: copy, immediates, shifts, permutes, tables.
void decode_simd_copy(uint32_t raw, Insn& in, bool scalar);
void decode_simd_mod_imm(uint32_t raw, Insn& in);
void decode_simd_shift_imm_int(uint32_t raw, Insn& in, bool scalar);
void decode_simd_permute(uint32_t raw, Insn& in);
void decode_simd_extract(uint32_t raw, Insn& in);
void decode_simd_table(uint32_t raw, Insn& in);
void decode_simd_pairwise_int(uint32_t raw, Insn& in);  // scalar ADDP

// exec_simd_fp.cpp: vector and AdvSIMD-scalar floating point.
void decode_simd_three_same_fp(uint32_t raw, Insn& in, bool scalar);
void decode_simd_two_misc_fp(uint32_t raw, Insn& in, bool scalar);
void decode_simd_across_fp(uint32_t raw, Insn& in);
void decode_simd_indexed_fp(uint32_t raw, Insn& in, bool scalar);
void decode_simd_shift_imm_fp(uint32_t raw, Insn& in, bool scalar);  // fixed-point converts
void decode_simd_pairwise_fp(uint32_t raw, Insn& in);

// exec_fp_scalar.cpp: scalar floating point (op0 = x0x1).
void decode_fp_fixed_conv(uint32_t raw, Insn& in);
void decode_fp_int_conv(uint32_t raw, Insn& in);
void decode_fp_dp1(uint32_t raw, Insn& in);
void decode_fp_compare(uint32_t raw, Insn& in);
void decode_fp_imm(uint32_t raw, Insn& in);
void decode_fp_ccmp(uint32_t raw, Insn& in);
void decode_fp_dp2(uint32_t raw, Insn& in);
void decode_fp_csel(uint32_t raw, Insn& in);
void decode_fp_dp3(uint32_t raw, Insn& in);

// exec_crypto.cpp: AES, SHA-1, SHA-256.
void decode_crypto_aes(uint32_t raw, Insn& in);
void decode_crypto_sha3(uint32_t raw, Insn& in);  // three-register SHA
void decode_crypto_sha2(uint32_t raw, Insn& in);  // two-register SHA

// exec_ldst_simd.cpp: SIMD&FP register loads/stores (V = 1) and LD1-4/ST1-4.
void decode_ldst_simd(uint32_t raw, Insn& in);

}  // namespace vp::arm64
