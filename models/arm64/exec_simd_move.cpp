// AdvSIMD data movement: copy (DUP/INS/UMOV/SMOV), modified immediate, shift by immediate, permute, EXT, TBL/TBX, scalar ADDP. DDI 0487 C7.
// (Being implemented: until then these encodings stay Undefined.)
#include "arm64/exec_simd.h"

namespace vp::arm64 {

void decode_simd_copy(uint32_t, Insn&, bool) {}
void decode_simd_mod_imm(uint32_t, Insn&) {}
void decode_simd_shift_imm_int(uint32_t, Insn&, bool) {}
void decode_simd_permute(uint32_t, Insn&) {}
void decode_simd_extract(uint32_t, Insn&) {}
void decode_simd_table(uint32_t, Insn&) {}
void decode_simd_pairwise_int(uint32_t, Insn&) {}

}  // namespace vp::arm64
