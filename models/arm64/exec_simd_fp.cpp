// AdvSIMD floating point (vector and scalar forms). DDI 0487 C7.
// (Being implemented: until then these encodings stay Undefined.)
#include "arm64/exec_simd.h"

namespace vp::arm64 {

void decode_simd_three_same_fp(uint32_t, Insn&, bool) {}
void decode_simd_two_misc_fp(uint32_t, Insn&, bool) {}
void decode_simd_across_fp(uint32_t, Insn&) {}
void decode_simd_indexed_fp(uint32_t, Insn&, bool) {}
void decode_simd_shift_imm_fp(uint32_t, Insn&, bool) {}
void decode_simd_pairwise_fp(uint32_t, Insn&) {}

}  // namespace vp::arm64
