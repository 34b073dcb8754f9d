// SIMD&FP loads and stores: single registers in every addressing mode, pairs, literals, LD1-LD4/ST1-ST4 and LD1R-LD4R. DDI 0487 C7.
// (Being implemented: until then these encodings stay Undefined.)
#include "arm64/exec_simd.h"

namespace vp::arm64 {

void decode_ldst_simd(uint32_t, Insn&) {}

}  // namespace vp::arm64
