// Classification of the "Data Processing -- Scalar Floating-Point and Advanced
// SIMD" encodings (DDI 0487 C4.1.6: op0 = raw[31:28], op1 = raw[24:23],
// op2 = raw[22:19], op3 = raw[18:10]) into the group decoders of exec_simd.h.
// Groups that mix integer and FP operations are split by opcode here, so that
// each executor file owns whole instructions. Encodings of extensions beyond
// ARMv8.0 + AES/SHA1/SHA2 (FP16, dot product, SHA3/SHA512, SM3/SM4, RDM,
// complex numbers) stay Undefined, as on a Cortex-A53.
#include "arm64/exec_simd.h"

namespace vp::arm64 {

namespace {

// op3 matches `pattern` in the bits set in `mask` (op3 is 9 bits, [18:10]).
constexpr bool op3_is(uint32_t op3, uint32_t mask, uint32_t pattern)
{
    return (op3 & mask) == pattern;
}

// AdvSIMD scalar (op0 = 01x1) and vector (op0 = 0xx0) groups share their
// layout; `scalar` picks the form.
void decode_advsimd(uint32_t raw, Insn& in, bool scalar)
{
    const uint32_t op0 = bits(raw, 31, 28), op1 = bits(raw, 24, 23), op2 = bits(raw, 22, 19),
                   op3 = bits(raw, 18, 10);
    if (op1 & 2) {
        if (op1 == 2 && (op3 & 1)) {  // shift by immediate / modified immediate
            if (!scalar && op2 == 0) {
                decode_simd_mod_imm(raw, in);
                return;
            }
            const uint32_t opcode = bits(raw, 15, 11);
            if (opcode == 0x1C || opcode == 0x1F)
                decode_simd_shift_imm_fp(raw, in, scalar);
            else
                decode_simd_shift_imm_int(raw, in, scalar);
            return;
        }
        if (!(op3 & 1)) {  // by element
            const uint32_t opcode = bits(raw, 15, 12);
            if (opcode == 0x1 || opcode == 0x5 || opcode == 0x9)
                decode_simd_indexed_fp(raw, in, scalar);
            else
                decode_simd_indexed_int(raw, in, scalar);
        }
        return;
    }
    if (!scalar && !(op0 & 2) && !(op2 & 4) && op3_is(op3, 0x23, 0x00)) {
        decode_simd_table(raw, in);
        return;
    }
    if (!scalar && !(op0 & 2) && !(op2 & 4) && op3_is(op3, 0x23, 0x02)) {
        decode_simd_permute(raw, in);
        return;
    }
    if (!scalar && (op0 & 2) && !(op2 & 4) && op3_is(op3, 0x21, 0x00)) {
        decode_simd_extract(raw, in);
        return;
    }
    if (op1 == 0 && (op2 & 0xC) == 0 && op3_is(op3, 0x021, 0x001)) {
        decode_simd_copy(raw, in, scalar);
        return;
    }
    if (!(op2 & 4))
        return;  // FP16 three-same, three-register extension (ARMv8.1+)
    if ((op2 & 7) == 4 && op3_is(op3, 0x183, 0x002)) {  // two-register misc
        const uint32_t opcode = bits(raw, 16, 12);
        if ((opcode >= 0x0C && opcode <= 0x0F) || opcode >= 0x16)
            decode_simd_two_misc_fp(raw, in, scalar);
        else
            decode_simd_two_misc_int(raw, in, scalar);
        return;
    }
    if ((op2 & 7) == 6 && op3_is(op3, 0x183, 0x002)) {  // across lanes / scalar pairwise
        const uint32_t opcode = bits(raw, 16, 12);
        if (scalar) {
            if (opcode == 0x1B)
                decode_simd_pairwise_int(raw, in);
            else
                decode_simd_pairwise_fp(raw, in);
        } else if (opcode == 0x0C || opcode == 0x0F) {
            decode_simd_across_fp(raw, in);
        } else {
            decode_simd_across_int(raw, in);
        }
        return;
    }
    if (op3_is(op3, 0x003, 0x000)) {
        decode_simd_three_diff(raw, in, scalar);
        return;
    }
    if (op3 & 1) {
        if (bits(raw, 15, 11) >= 0x18)
            decode_simd_three_same_fp(raw, in, scalar);
        else
            decode_simd_three_same_int(raw, in, scalar);
    }
}

void decode_scalar_fp(uint32_t raw, Insn& in)
{
    const uint32_t op1 = bits(raw, 24, 23), op2 = bits(raw, 22, 19), op3 = bits(raw, 18, 10);
    if (op1 & 2) {
        decode_fp_dp3(raw, in);
        return;
    }
    if (!(op2 & 4)) {
        decode_fp_fixed_conv(raw, in);
        return;
    }
    if (op3_is(op3, 0x03F, 0x000))
        decode_fp_int_conv(raw, in);
    else if (op3_is(op3, 0x01F, 0x010))
        decode_fp_dp1(raw, in);
    else if (op3_is(op3, 0x00F, 0x008))
        decode_fp_compare(raw, in);
    else if (op3_is(op3, 0x007, 0x004))
        decode_fp_imm(raw, in);
    else if (op3_is(op3, 0x003, 0x001))
        decode_fp_ccmp(raw, in);
    else if (op3_is(op3, 0x003, 0x002))
        decode_fp_dp2(raw, in);
    else
        decode_fp_csel(raw, in);
}

}  // namespace

void decode_simd_fp(uint32_t raw, Insn& in)
{
    const uint32_t op0 = bits(raw, 31, 28), op1 = bits(raw, 24, 23), op2 = bits(raw, 22, 19),
                   op3 = bits(raw, 18, 10);
    if (op0 == 0x4 && !(op1 & 2) && (op2 & 7) == 5 && op3_is(op3, 0x183, 0x002)) {
        decode_crypto_aes(raw, in);
        return;
    }
    if (op0 == 0x5 && !(op1 & 2)) {
        if (!(op2 & 4) && op3_is(op3, 0x023, 0x000)) {
            decode_crypto_sha3(raw, in);
            return;
        }
        if ((op2 & 7) == 5 && op3_is(op3, 0x183, 0x002)) {
            decode_crypto_sha2(raw, in);
            return;
        }
    }
    if ((op0 & 0xD) == 0x5) {
        decode_advsimd(raw, in, true);
        return;
    }
    if ((op0 & 0x9) == 0x0) {
        decode_advsimd(raw, in, false);
        return;
    }
    if ((op0 & 0x5) == 0x1)
        decode_scalar_fp(raw, in);
}

}  // namespace vp::arm64
