// AdvSIMD integer arithmetic (vector and scalar): three same, three different (incl. PMULL), two-register misc, across lanes, by element. DDI 0487 C7.
// (Being implemented: until then these encodings stay Undefined.)
#include "arm64/exec_simd.h"

namespace vp::arm64 {

void decode_simd_three_same_int(uint32_t, Insn&, bool) {}
void decode_simd_three_diff(uint32_t, Insn&, bool) {}
void decode_simd_two_misc_int(uint32_t, Insn&, bool) {}
void decode_simd_across_int(uint32_t, Insn&) {}
void decode_simd_indexed_int(uint32_t, Insn&, bool) {}

}  // namespace vp::arm64
