// Scalar floating point: data processing, compare, select, immediate, conversions. DDI 0487 C7.
// (Being implemented: until then these encodings stay Undefined.)
#include "arm64/exec_simd.h"

namespace vp::arm64 {

void decode_fp_fixed_conv(uint32_t, Insn&) {}
void decode_fp_int_conv(uint32_t, Insn&) {}
void decode_fp_dp1(uint32_t, Insn&) {}
void decode_fp_compare(uint32_t, Insn&) {}
void decode_fp_imm(uint32_t, Insn&) {}
void decode_fp_ccmp(uint32_t, Insn&) {}
void decode_fp_dp2(uint32_t, Insn&) {}
void decode_fp_csel(uint32_t, Insn&) {}
void decode_fp_dp3(uint32_t, Insn&) {}

}  // namespace vp::arm64
