// vp::softfloat edge cases that the Arm ARM spells out (DDI 0487 J1.2 FP
// pseudocode), one TEST_CASE per operation group. Each expected value is
// derived in the comment next to it from the pseudocode; the bulk
// comparison with the real instructions is tests/system/softfloat.
#include <catch2/catch.hpp>

#include "softfloat/softfloat.h"

using namespace vp::softfloat;
namespace fl = vp::softfloat::flag;

namespace {

Env env_with(Rounding r = Rounding::kNearestEven, bool fz = false, bool dn = false, bool ahp = false)
{
    Env e;
    e.rounding = r;
    e.flush_to_zero = fz;
    e.default_nan = dn;
    e.alt_half = ahp;
    return e;
}

// Single precision patterns.
constexpr f32 kOne = 0x3F800000, kTwo = 0x40000000, kHalf = 0x3F000000;
constexpr f32 kInf = 0x7F800000, kMax = 0x7F7FFFFF, kMinNormal = 0x00800000;
constexpr f32 kSign = 0x80000000, kDefaultNaN = 0x7FC00000;
// Double precision patterns.
constexpr f64 kDOne = 0x3FF0000000000000, kDInf = 0x7FF0000000000000;
constexpr f64 kDDefaultNaN = 0x7FF8000000000000;

}  // namespace

TEST_CASE("Env::from_fpcr maps RMode, FZ, DN and AHP")
{
    // FPCR bits: AHP 26, DN 25, FZ 24, RMode 23:22 (RZ = 0b11).
    const Env e = Env::from_fpcr(0x07C00000);
    CHECK(e.rounding == Rounding::kZero);
    CHECK(e.flush_to_zero);
    CHECK(e.default_nan);
    CHECK(e.alt_half);
    CHECK(e.flags == 0);
    const Env p = Env::from_fpcr(1u << 22);  // RMode 01 = RP, nothing else
    CHECK(p.rounding == Rounding::kPlusInf);
    CHECK_FALSE(p.flush_to_zero);
    CHECK_FALSE(p.default_nan);
    CHECK_FALSE(p.alt_half);
}

TEST_CASE("NaN propagation: operand order, quieting, payload, default NaN")
{
    const f32 qa = 0x7FC00001, qb = 0xFFC00002;  // quiet NaNs with payloads
    const f32 sa = 0x7F800005, sb = 0xFF800006;  // signalling NaNs
    Env e = env_with();
    // FPProcessNaNs: a signalling NaN beats a quiet one even as 2nd operand;
    // it is returned quietened (bit 22 set), payload and sign kept, Invalid.
    CHECK(add<f32>(qa, sb, e) == 0xFFC00006);
    CHECK(e.flags == fl::kInvalid);
    // Two quiet NaNs: the first operand, no flag.
    e = env_with();
    CHECK(mul<f32>(qa, qb, e) == qa);
    CHECK(e.flags == 0);
    // Two signalling NaNs: the first one.
    e = env_with();
    CHECK(div<f32>(sa, sb, e) == 0x7FC00005);
    CHECK(e.flags == fl::kInvalid);
    // FSUB does not flip the sign of a NaN second operand (FPSub processes
    // the NaNs before negating).
    e = env_with();
    CHECK(sub<f32>(kOne, qb, e) == qb);
    // FPCR.DN: any NaN result is the default NaN, Invalid still from the SNaN.
    e = env_with(Rounding::kNearestEven, false, true);
    CHECK(add<f32>(kOne, sa, e) == kDefaultNaN);
    CHECK(e.flags == fl::kInvalid);
    // Double precision: SNaN quietened by setting bit 51.
    e = env_with();
    CHECK(sqrt<f64>(0xFFF0000000000123, e) == 0xFFF8000000000123);
    CHECK(e.flags == fl::kInvalid);
    CHECK(default_nan<f64>() == kDDefaultNaN);
    CHECK(default_nan<f16>() == 0x7E00);
    CHECK(is_nan<f32>(qa));
    CHECK_FALSE(is_nan<f32>(kInf));
    CHECK(is_signaling_nan<f64>(0x7FF0000000000001));
    CHECK_FALSE(is_signaling_nan<f64>(kDDefaultNaN));
}

TEST_CASE("Invalid operations give the default NaN")
{
    Env e = env_with();
    CHECK(add<f32>(kInf, kInf | kSign, e) == kDefaultNaN);  // inf - inf
    CHECK(e.flags == fl::kInvalid);
    e = env_with();
    CHECK(mul<f64>(kDInf, 0, e) == kDDefaultNaN);  // inf * 0
    CHECK(e.flags == fl::kInvalid);
    e = env_with();
    CHECK(div<f32>(0, kSign, e) == kDefaultNaN);  // 0 / -0
    CHECK(e.flags == fl::kInvalid);
    e = env_with();
    CHECK(sqrt<f32>(0xBF800000, e) == kDefaultNaN);  // sqrt(-1)
    CHECK(e.flags == fl::kInvalid);
    // sqrt(-0) = -0 without a flag (FPSqrt: zero keeps its sign).
    e = env_with();
    CHECK(sqrt<f32>(kSign, e) == kSign);
    CHECK(e.flags == 0);
}

TEST_CASE("Division by zero and by infinity")
{
    Env e = env_with();
    CHECK(div<f32>(0xC0000000, 0, e) == (kInf | kSign));  // -2 / +0 = -inf, DZC
    CHECK(e.flags == fl::kDivByZero);
    e = env_with();
    CHECK(div<f32>(kInf, 0, e) == kInf);  // inf / 0: infinite operand, no DZC
    CHECK(e.flags == 0);
    e = env_with();
    CHECK(div<f32>(kOne, kInf | kSign, e) == kSign);  // 1 / -inf = -0
    CHECK(e.flags == 0);
}

TEST_CASE("Exact zero results take the sign the pseudocode gives")
{
    // FPAdd: x + (-x) is +0, except -0 when rounding towards minus infinity.
    Env e = env_with();
    CHECK(add<f32>(kOne, kOne | kSign, e) == 0);
    e = env_with(Rounding::kMinusInf);
    CHECK(add<f32>(kOne, kOne | kSign, e) == kSign);
    // Two zeros of the same sign keep it: -0 + -0 = -0 in every mode.
    e = env_with();
    CHECK(add<f64>(1ull << 63, 1ull << 63, e) == 1ull << 63);
    // FSUB: +0 - +0 is +0 (RN), -0 (RM).
    e = env_with(Rounding::kMinusInf);
    CHECK(sub<f32>(0, 0, e) == kSign);
    // FPMulAdd: +0 + (-1 * 0) has zeros of opposite sign: +0 (RN), -0 (RM).
    e = env_with();
    CHECK(muladd<f32>(0, 0xBF800000, 0, e) == 0);
    e = env_with(Rounding::kMinusInf);
    CHECK(muladd<f32>(0, 0xBF800000, 0, e) == kSign);
    // -0 + (-1 * +0): both zeros negative, result -0 in any mode.
    e = env_with();
    CHECK(muladd<f32>(kSign, 0xBF800000, 0, e) == kSign);
    CHECK(e.flags == 0);
}

TEST_CASE("Flush to zero: denormal inputs (IDC) and outputs (UFC, no IXC)")
{
    // FPUnpack with FZ: the denormal 2^-149 becomes +0 and IDC is set, so
    // 2^-149 + 0 = +0.
    Env e = env_with(Rounding::kNearestEven, true);
    CHECK(add<f32>(0x00000001, 0, e) == 0);
    CHECK(e.flags == fl::kInputDenormal);
    // Without FZ the denormal is an ordinary value: exact result, no flags.
    e = env_with();
    CHECK(add<f32>(0x00000001, 0, e) == 0x00000001);
    CHECK(e.flags == 0);
    // FPRound with FZ: 2^-126 * 0.5 = 2^-127 is below the normal range: +0
    // with UFC only (the pseudocode flushes before computing any error).
    e = env_with(Rounding::kNearestEven, true);
    CHECK(mul<f32>(kMinNormal, kHalf, e) == 0);
    CHECK(e.flags == fl::kUnderflow);
    // Without FZ the same product is the exact denormal 0x00400000: exact,
    // so no Underflow either (UFC needs an inexact tiny result).
    e = env_with();
    CHECK(mul<f32>(kMinNormal, kHalf, e) == 0x00400000);
    CHECK(e.flags == 0);
    // Double precision: 2^-1022 * -0.5 flushed to -0 with UFC.
    e = env_with(Rounding::kNearestEven, true);
    CHECK(mul<f64>(0x0010000000000000, 0xBFE0000000000000, e) == 1ull << 63);
    CHECK(e.flags == fl::kUnderflow);
    // FMAX with FZ: the denormal operand counts as zero: max(-denormal, -0)
    // compares two zeros, result -0 (sign1 AND sign2), IDC.
    e = env_with(Rounding::kNearestEven, true);
    CHECK(max<f32>(0x80000001, kSign, e) == kSign);
    CHECK(e.flags == fl::kInputDenormal);
    // Half precision is never flushed (FZ16 does not exist in ARMv8.0): the
    // half denormal 0x0001 = 2^-24 converts exactly to single, no IDC.
    e = env_with(Rounding::kNearestEven, true);
    CHECK(convert<f32, f16>(0x0001, e) == 0x33800000);  // 2^-24: exponent 103
    CHECK(e.flags == 0);
    // ... and a half denormal result is not flushed: 2^-24 single -> 0x0001.
    e = env_with(Rounding::kNearestEven, true);
    CHECK(convert<f16, f32>(0x33800000, e) == 0x0001);
    CHECK(e.flags == 0);
}

TEST_CASE("Tininess is detected before rounding")
{
    // x = (2 - 2^-24) * 2^-127 = (1 - 2^-25) * 2^-126, a double. In single
    // precision it lies between the largest denormal (1 - 2^-23) * 2^-126 and
    // 2^-126 and rounds (RN) up to the smallest normal 0x00800000. The
    // unrounded value is below 2^-126, so it is tiny: UFC + IXC (a machine
    // detecting tininess after rounding would raise IXC only).
    const f64 x = 0x380FFFFFF0000000;
    Env e = env_with();
    CHECK(convert<f32, f64>(x, e) == kMinNormal);
    CHECK(e.flags == (fl::kUnderflow | fl::kInexact));
    // With FZ the same value is flushed (exponent < minimum before
    // rounding): +0, UFC only.
    e = env_with(Rounding::kNearestEven, true);
    CHECK(convert<f32, f64>(x, e) == 0);
    CHECK(e.flags == fl::kUnderflow);
    // Rounding towards zero keeps it denormal: 0x007FFFFF, UFC + IXC.
    e = env_with(Rounding::kZero);
    CHECK(convert<f32, f64>(x, e) == 0x007FFFFF);
    CHECK(e.flags == (fl::kUnderflow | fl::kInexact));
}

TEST_CASE("Overflow by rounding mode")
{
    // max * 2 overflows. FPRound: RN -> inf; RP -> +inf for a positive
    // result, max for a negative one; RM the reverse; RZ -> max. OFC + IXC.
    struct Row {
        Rounding r;
        f32 pos, neg;
    };
    const Row rows[] = {
        {Rounding::kNearestEven, kInf, kInf | kSign},
        {Rounding::kPlusInf, kInf, kMax | kSign},
        {Rounding::kMinusInf, kMax, kInf | kSign},
        {Rounding::kZero, kMax, kMax | kSign},
    };
    for (const Row& row : rows) {
        Env e = env_with(row.r);
        CHECK(mul<f32>(kMax, kTwo, e) == row.pos);
        CHECK(mul<f32>(kMax | kSign, kTwo, e) == row.neg);
        CHECK(e.flags == (fl::kOverflow | fl::kInexact));
    }
    // A value that rounds up into overflow: (2 - 2^-24) * 2^127 as a double
    // is halfway between the largest single (2 - 2^-23) * 2^127, whose
    // mantissa is odd, and 2^128: RN goes up, to infinity.
    Env e = env_with();
    CHECK(convert<f32, f64>(0x47EFFFFFF0000000, e) == kInf);
    CHECK(e.flags == (fl::kOverflow | fl::kInexact));
    // Round to odd (FCVTXN) never overflows to infinity: largest normal.
    e = env_with(Rounding::kOdd);
    CHECK(convert<f32, f64>(0x4C70000000000000, e) == kMax);  // 2^200
    CHECK(e.flags == (fl::kOverflow | fl::kInexact));
}

TEST_CASE("Round to odd (FCVTXN)")
{
    // 1 + 2^-26 is not a single: truncate to 1.0 and set the low bit,
    // 0x3F800001, Inexact.
    Env e = env_with(Rounding::kOdd);
    CHECK(convert<f32, f64>(0x3FF0000004000000, e) == 0x3F800001);
    CHECK(e.flags == fl::kInexact);
    // An exact value is unchanged and raises nothing.
    e = env_with(Rounding::kOdd);
    CHECK(convert<f32, f64>(kDOne, e) == kOne);
    CHECK(e.flags == 0);
}

TEST_CASE("Fused multiply-add rounds once")
{
    // a = b = 1 + 2^-23 (0x3F800001): a*b = 1 + 2^-22 + 2^-46 exactly.
    // addend -(1 + 2^-22) (0xBF800002) leaves 2^-46 = 0x28800000 exactly; a
    // separately rounded product would have given 0.
    Env e = env_with();
    CHECK(muladd<f32>(0xBF800002, 0x3F800001, 0x3F800001, e) == 0x28800000);
    CHECK(e.flags == 0);
    // FPMulAdd: inf * 0 with a quiet NaN addend is Invalid, default NaN.
    e = env_with();
    CHECK(muladd<f32>(0x7FC00001, kInf, 0, e) == kDefaultNaN);
    CHECK(e.flags == fl::kInvalid);
    // NaN priority: addend first among quiet NaNs.
    e = env_with();
    CHECK(muladd<f32>(0x7FC00001, 0x7FC00002, kOne, e) == 0x7FC00001);
    CHECK(e.flags == 0);
    // ... but a signalling NaN multiplicand beats a quiet addend.
    e = env_with();
    CHECK(muladd<f32>(0x7FC00001, kOne, 0x7F800003, e) == 0x7FC00003);
    CHECK(e.flags == fl::kInvalid);
    // inf + (-inf) from the product: Invalid.
    e = env_with();
    CHECK(muladd<f64>(kDInf, kDInf | (1ull << 63), kDOne, e) == kDDefaultNaN);
    CHECK(e.flags == fl::kInvalid);
}

TEST_CASE("FMULX, FRECPS and FRSQRTS special cases")
{
    // FPMulX: inf * 0 = 2.0 with the sign of the product, no Invalid.
    Env e = env_with();
    CHECK(mulx<f32>(kInf, kSign, e) == (kTwo | kSign));
    CHECK(e.flags == 0);
    // FPRecipStepFused: 2 - inf * 0 = 2.0; 2 - 2 * 0.5 = 1.0.
    e = env_with();
    CHECK(recip_step<f32>(kInf, 0, e) == kTwo);
    CHECK(recip_step<f32>(kTwo, kHalf, e) == kOne);
    // 2 - inf * 1 = -inf: the sign is that of (-op1) * op2.
    CHECK(recip_step<f32>(kInf, kOne, e) == (kInf | kSign));
    CHECK(e.flags == 0);
    // FPRSqrtStepFused: (3 - 0 * inf) / 2 = 1.5; (3 - 1 * 1) / 2 = 1.0.
    e = env_with();
    CHECK(rsqrt_step<f64>(0, kDInf | (1ull << 63), e) == 0x3FF8000000000000);
    CHECK(rsqrt_step<f64>(kDOne, kDOne, e) == kDOne);
    CHECK(e.flags == 0);
    // The first operand is negated before NaN processing, so its NaN comes
    // back with the sign flipped.
    e = env_with();
    CHECK(recip_step<f32>(0x7FC00001, kOne, e) == 0xFFC00001);
}

TEST_CASE("FRECPE, FRSQRTE and FRECPX")
{
    // FRECPE(1.0): scaled = 256, RecipEstimate(256) = (2^19 / 513 + 1) / 2
    // = 511, result exponent 253 - 127 = 126, fraction 0xFF << 15:
    // 0x3F7F8000 = 0.998046875.
    Env e = env_with();
    CHECK(recip_estimate<f32>(kOne, e) == 0x3F7F8000);
    CHECK(e.flags == 0);
    // +-0 -> +-inf with DZC; -inf -> -0.
    e = env_with();
    CHECK(recip_estimate<f32>(kSign, e) == (kInf | kSign));
    CHECK(e.flags == fl::kDivByZero);
    CHECK(recip_estimate<f32>(kInf | kSign, e) == kSign);
    // |x| < 2^-128 (here 2^-149): the reciprocal overflows. RN -> inf, RZ ->
    // largest normal, RM -> largest normal for a positive operand; OFC+IXC.
    e = env_with();
    CHECK(recip_estimate<f32>(0x00000001, e) == kInf);
    CHECK(e.flags == (fl::kOverflow | fl::kInexact));
    e = env_with(Rounding::kZero);
    CHECK(recip_estimate<f32>(0x00000001, e) == kMax);
    e = env_with(Rounding::kMinusInf);
    CHECK(recip_estimate<f64>(0x0000000000000001, e) == 0x7FEFFFFFFFFFFFFF);
    // With FZ, |x| >= 2^126 has a reciprocal below the normal range: +-0, UFC
    // only. 2^127 = 0x7F000000.
    e = env_with(Rounding::kNearestEven, true);
    CHECK(recip_estimate<f32>(0x7F000000, e) == 0);
    CHECK(e.flags == fl::kUnderflow);
    // Without FZ the same estimate is a denormal: result_exp = 253 - 254 =
    // -1, so the fraction becomes '01' : 0xFF : zeros, exponent field 0:
    // 0x003FE000 = (1 + 255/256) * 2^-128, no flags.
    e = env_with();
    CHECK(recip_estimate<f32>(0x7F000000, e) == 0x003FE000);
    CHECK(e.flags == 0);
    // FRSQRTE(1.0): exponent 127 is odd -> scaled 128, RecipSqrtEstimate(128)
    // = 511, result exponent (380 - 127) / 2 = 126: 0x3F7F8000.
    e = env_with();
    CHECK(rsqrt_estimate<f32>(kOne, e) == 0x3F7F8000);
    // FRSQRTE(4.0) = 0.5 * 0.998: exponent 129 odd, result exp 125.
    CHECK(rsqrt_estimate<f32>(0x40800000, e) == 0x3EFF8000);
    CHECK(e.flags == 0);
    // Negative non-zero: default NaN, Invalid; -0: -inf, DZC; +inf: +0.
    e = env_with();
    CHECK(rsqrt_estimate<f32>(0xBF800000, e) == kDefaultNaN);
    CHECK(e.flags == fl::kInvalid);
    e = env_with();
    CHECK(rsqrt_estimate<f64>(1ull << 63, e) == (kDInf | (1ull << 63)));
    CHECK(e.flags == fl::kDivByZero);
    CHECK(rsqrt_estimate<f32>(kInf, e) == 0);
    // FRECPX: exponent field inverted, fraction cleared. 1.0 (exp 127) ->
    // exp 128: 2.0. Zero -> largest finite exponent 254: 0x7F000000. A
    // negative denormal likewise, sign kept.
    e = env_with();
    CHECK(recip_exponent<f32>(0x3FC00000, e) == kTwo);
    CHECK(recip_exponent<f32>(0, e) == 0x7F000000);
    CHECK(recip_exponent<f32>(0x80000001, e) == 0xFF000000);
    CHECK(recip_exponent<f64>(kDInf, e) == 0);  // exp 2047 -> 0
    CHECK(e.flags == 0);
}

TEST_CASE("URECPE and URSQRTE")
{
    // URECPE: top bit clear -> all ones; else RecipEstimate(bits 31:23) in
    // bits 31:23. 0x80000000 -> RecipEstimate(256) = 511 -> 0xFF800000.
    CHECK(unsigned_recip_estimate(0x7FFFFFFF) == 0xFFFFFFFFu);
    CHECK(unsigned_recip_estimate(0x80000000) == 0xFF800000u);
    // 0xFFFFFFFF: a = 511 -> 2*511+1 = 1023, 2^19 / 1023 = 512, (513)/2 = 256.
    CHECK(unsigned_recip_estimate(0xFFFFFFFF) == 0x80000000u);
    // URSQRTE: top two bits clear -> all ones. 0x40000000 -> a = 128 ->
    // RecipSqrtEstimate(128) = 511 -> 0xFF800000.
    CHECK(unsigned_rsqrt_estimate(0x3FFFFFFF) == 0xFFFFFFFFu);
    CHECK(unsigned_rsqrt_estimate(0x40000000) == 0xFF800000u);
}

TEST_CASE("FMAX/FMIN/FMAXNM/FMINNM")
{
    Env e = env_with();
    // Zeros: max(+0, -0) = +0 and min = -0, in either operand order.
    CHECK(max<f32>(kSign, 0, e) == 0);
    CHECK(max<f32>(0, kSign, e) == 0);
    CHECK(min<f32>(0, kSign, e) == kSign);
    CHECK(min<f32>(kSign, 0, e) == kSign);
    // FMAX with a quiet NaN: the NaN; FMAXNM: the number.
    CHECK(max<f32>(0x7FC00001, kOne, e) == 0x7FC00001);
    CHECK(maxnm<f32>(0x7FC00001, kOne, e) == kOne);
    CHECK(minnm<f64>(kDOne, kDDefaultNaN, e) == kDOne);
    // Both quiet NaNs: the first (FPProcessNaNs).
    CHECK(minnm<f32>(0x7FC00002, 0x7FC00003, e) == 0x7FC00002);
    CHECK(e.flags == 0);
    // A signalling NaN is still propagated (quietened) with Invalid.
    e = env_with();
    CHECK(maxnm<f32>(0x7F800001, kOne, e) == 0x7FC00001);
    CHECK(e.flags == fl::kInvalid);
    // maxnm(qNaN, -inf): the NaN is replaced by -inf, result -inf.
    e = env_with();
    CHECK(maxnm<f32>(0x7FC00000, kInf | kSign, e) == (kInf | kSign));
    CHECK(min<f32>(kOne, kInf | kSign, e) == (kInf | kSign));
}

TEST_CASE("Compare: unordered, signalling and quiet")
{
    Env e = env_with();
    CHECK(compare<f32>(0x7FC00000, kOne, false, e) == Cmp::kUnordered);
    CHECK(e.flags == 0);  // FCMP: a quiet NaN is not Invalid
    CHECK(compare<f32>(0x7FC00000, kOne, true, e) == Cmp::kUnordered);
    CHECK(e.flags == fl::kInvalid);  // FCMPE: any NaN is Invalid
    e = env_with();
    CHECK(compare<f64>(kDOne, 0x7FF0000000000001, false, e) == Cmp::kUnordered);
    CHECK(e.flags == fl::kInvalid);  // a signalling NaN always is
    e = env_with();
    CHECK(compare<f32>(kSign, 0, false, e) == Cmp::kEqual);  // -0 == +0
    CHECK(compare<f32>(kInf | kSign, kMax | kSign, false, e) == Cmp::kLess);
    CHECK(compare<f32>(0x00000001, 0, false, e) == Cmp::kGreater);
    CHECK(e.flags == 0);
    // With FZ the denormal equals zero, IDC.
    e = env_with(Rounding::kNearestEven, true);
    CHECK(compare<f32>(0x00000001, 0, false, e) == Cmp::kEqual);
    CHECK(e.flags == fl::kInputDenormal);
}

TEST_CASE("Round to integral (FRINT*)")
{
    const f32 k2_5 = 0x40200000, km1_5 = 0xBFC00000, km0_4 = 0xBECCCCCD;
    Env e = env_with();
    // FPRoundInt: 2.5 -> 2 (ties to even), 3 (ties away), 3 (+inf), 2 (-inf, zero).
    CHECK(round_to_integral<f32>(k2_5, Rounding::kNearestEven, false, e) == kTwo);
    CHECK(round_to_integral<f32>(k2_5, Rounding::kNearestAway, false, e) == 0x40400000);
    CHECK(round_to_integral<f32>(k2_5, Rounding::kPlusInf, false, e) == 0x40400000);
    CHECK(round_to_integral<f32>(k2_5, Rounding::kMinusInf, false, e) == kTwo);
    CHECK(round_to_integral<f32>(k2_5, Rounding::kZero, false, e) == kTwo);
    // Only the exact form (FRINTX) raises Inexact.
    CHECK(e.flags == 0);
    CHECK(round_to_integral<f32>(k2_5, Rounding::kNearestEven, true, e) == kTwo);
    CHECK(e.flags == fl::kInexact);
    // -1.5 toward zero is -1; -0.4 to nearest is -0 (a zero result keeps the
    // operand's sign); -0.4 toward +inf is -0 too.
    e = env_with();
    CHECK(round_to_integral<f32>(km1_5, Rounding::kZero, false, e) == 0xBF800000);
    CHECK(round_to_integral<f32>(km0_4, Rounding::kNearestEven, false, e) == kSign);
    CHECK(round_to_integral<f32>(km0_4, Rounding::kPlusInf, false, e) == kSign);
    // Large values are already integral: 2^52 + 1 unchanged, no flag.
    CHECK(round_to_integral<f64>(0x4330000000000001, Rounding::kNearestEven, true, e) ==
          0x4330000000000001);
    CHECK(e.flags == 0);
    // A signalling NaN is quietened with Invalid.
    CHECK(round_to_integral<f64>(0x7FF0000000000001, Rounding::kZero, false, e) ==
          0x7FF8000000000001);
    CHECK(e.flags == fl::kInvalid);
}

TEST_CASE("To integer and fixed point: rounding and saturation")
{
    Env e = env_with();
    // FPToFixed: 2^31 does not fit in int32: saturate to 0x7FFFFFFF, Invalid
    // only (no Inexact after a saturation).
    CHECK(to_sint<f32>(0x4F000000, 32, 0, Rounding::kZero, e) == 0x7FFFFFFF);
    CHECK(e.flags == fl::kInvalid);
    // -2^31 fits exactly; the 32-bit result is sign-extended to 64 bits.
    e = env_with();
    CHECK(to_sint<f32>(0xCF000000, 32, 0, Rounding::kZero, e) == -2147483648LL);
    CHECK(to_sint<f32>(0xBF800000, 32, 0, Rounding::kZero, e) == -1);
    CHECK(e.flags == 0);
    // -2147483648.5 (double): RZ and RN (tie to even) give -2^31 with Inexact,
    // RM gives -2^31 - 1, which saturates: Invalid.
    const f64 x = 0xC1E0000000100000;
    e = env_with();
    CHECK(to_sint<f64>(x, 32, 0, Rounding::kZero, e) == -2147483648LL);
    CHECK(to_sint<f64>(x, 32, 0, Rounding::kNearestEven, e) == -2147483648LL);
    CHECK(e.flags == fl::kInexact);
    e = env_with();
    CHECK(to_sint<f64>(x, 32, 0, Rounding::kMinusInf, e) == -2147483648LL);
    CHECK(e.flags == fl::kInvalid);
    // Unsigned: -0.5 rounds (RN, tie to even) to 0, which fits: Inexact;
    // -0.75 rounds to -1: saturate to 0, Invalid.
    e = env_with();
    CHECK(to_uint<f32>(0xBF000000, 32, 0, Rounding::kNearestEven, e) == 0);
    CHECK(e.flags == fl::kInexact);
    e = env_with();
    CHECK(to_uint<f32>(0xBF400000, 32, 0, Rounding::kNearestEven, e) == 0);
    CHECK(e.flags == fl::kInvalid);
    // NaN -> 0, Invalid; +inf -> max, Invalid; -inf signed 64 -> min.
    e = env_with();
    CHECK(to_sint<f64>(kDDefaultNaN, 64, 0, Rounding::kZero, e) == 0);
    CHECK(to_uint<f32>(kInf, 64, 0, Rounding::kZero, e) == ~0ull);
    CHECK(to_sint<f32>(kInf | kSign, 64, 0, Rounding::kZero, e) == INT64_MIN);
    CHECK(e.flags == fl::kInvalid);
    // Fixed point: 1.5 * 2^1 = 3 exactly; 1.0 * 2^32 overflows 32 bits
    // (signed and unsigned), fits 64.
    e = env_with();
    CHECK(to_sint<f32>(0x3FC00000, 32, 1, Rounding::kZero, e) == 3);
    CHECK(to_uint<f64>(kDOne, 64, 32, Rounding::kZero, e) == 0x100000000ull);
    CHECK(e.flags == 0);
    CHECK(to_uint<f32>(kOne, 32, 32, Rounding::kZero, e) == 0xFFFFFFFFu);
    CHECK(to_sint<f32>(kOne, 32, 32, Rounding::kZero, e) == 0x7FFFFFFF);
    CHECK(e.flags == fl::kInvalid);
    // With FZ a denormal is zero: result 0, IDC and no Inexact.
    e = env_with(Rounding::kNearestEven, true);
    CHECK(to_sint<f32>(0x00000001, 32, 0, Rounding::kPlusInf, e) == 0);
    CHECK(e.flags == fl::kInputDenormal);
    // Without FZ it rounds up to 1 under RP, Inexact.
    e = env_with();
    CHECK(to_sint<f32>(0x00000001, 32, 0, Rounding::kPlusInf, e) == 1);
    CHECK(e.flags == fl::kInexact);
}

TEST_CASE("From integer and fixed point")
{
    Env e = env_with();
    // INT64_MIN = -2^63 exactly: 0xDF000000 in single.
    CHECK(from_sint<f32>(INT64_MIN, 0, e) == 0xDF000000);
    CHECK(e.flags == 0);
    // 2^64 - 1 needs 64 bits: RN gives 2^64 (0x5F800000), RZ the largest
    // single below it (2^64 - 2^40 = 0x5F7FFFFF); Inexact.
    CHECK(from_uint<f32>(~0ull, 0, e) == 0x5F800000);
    CHECK(e.flags == fl::kInexact);
    e = env_with(Rounding::kZero);
    CHECK(from_uint<f32>(~0ull, 0, e) == 0x5F7FFFFF);
    // 2^24 + 1 is a tie between 2^24 and 2^24 + 2: even -> 2^24 (0x4B800000).
    e = env_with();
    CHECK(from_sint<f32>((1 << 24) + 1, 0, e) == 0x4B800000);
    CHECK(e.flags == fl::kInexact);
    // Fixed point: 1 / 2^64 = 2^-64 (0x3BF0000000000000 in double), -3 / 2 = -1.5.
    e = env_with();
    CHECK(from_uint<f64>(1, 64, e) == 0x3BF0000000000000);
    CHECK(from_sint<f64>(-3, 1, e) == 0xBFF8000000000000);
    // Zero converts to +0.
    CHECK(from_sint<f32>(0, 5, e) == 0);
    CHECK(e.flags == 0);
}

TEST_CASE("Format conversions: NaN payloads and half precision (IEEE and AHP)")
{
    Env e = env_with();
    // FPConvertNaN: the fraction below the quiet bit is kept left-aligned.
    // Single qNaN payload 1 -> double bit 29.
    CHECK(convert<f64, f32>(0x7FC00001, e) == 0x7FF8000020000000);
    CHECK(e.flags == 0);
    // Double sNaN, payload bits 50:29 survive: 0xFFF4000020000000 -> frac
    // without quiet 0x4000020000000 >> 29 = 0x200001: 0xFFE00001, Invalid.
    CHECK(convert<f32, f64>(0xFFF4000020000000, e) == 0xFFE00001);
    CHECK(e.flags == fl::kInvalid);
    // Half sNaN 0x7D01 -> single: payload 0x101 << 13 = 0x202000, quiet.
    e = env_with();
    CHECK(convert<f32, f16>(0x7D01, e) == 0x7FE02000);
    CHECK(e.flags == fl::kInvalid);
    // IEEE half: 65520 and above round (RN) to infinity: 65536 -> 0x7C00,
    // OFC + IXC; 65504 is the largest half (0x7BFF).
    e = env_with();
    CHECK(convert<f16, f32>(0x477FE000, e) == 0x7BFF);
    CHECK(e.flags == 0);
    CHECK(convert<f16, f32>(0x47800000, e) == 0x7C00);
    CHECK(e.flags == (fl::kOverflow | fl::kInexact));
    // Alternative half precision (FPCR.AHP): exponent 31 is an ordinary
    // exponent, so 65536 = 2^16 is 0x7C00 exactly and 0x7FFF is the largest
    // value, (2 - 2^-10) * 2^16 = 131008.
    e = env_with(Rounding::kNearestEven, false, false, true);
    CHECK(convert<f16, f32>(0x47800000, e) == 0x7C00);
    CHECK(convert<f32, f16>(0x7C00, e) == 0x47800000);
    CHECK(convert<f32, f16>(0xFFFF, e) == 0xC7FFE000);  // -131008
    CHECK(e.flags == 0);
    // ... no infinities: inf -> 0x7FFF, Invalid; 2^17 overflows -> 0x7FFF,
    // Invalid only (no OFC, no IXC); NaN -> zero of its sign, Invalid.
    CHECK(convert<f16, f32>(kInf, e) == 0x7FFF);
    CHECK(e.flags == fl::kInvalid);
    e = env_with(Rounding::kNearestEven, false, false, true);
    CHECK(convert<f16, f64>(0x40F0000000000000, e) == 0x7C00);  // 65536 from double, exact
    CHECK(e.flags == 0);
    CHECK(convert<f16, f32>(0x48000000, e) == 0x7FFF);  // 2^17
    CHECK(e.flags == fl::kInvalid);
    e = env_with(Rounding::kNearestEven, false, true, true);  // AHP wins over DN
    CHECK(convert<f16, f32>(0xFFC00000, e) == 0x8000);
    CHECK(e.flags == fl::kInvalid);
    // A double rounds once to half: 1 + 2^-11 + 2^-36 is above the tie
    // 1 + 2^-11 (half has 10 fraction bits), so RN gives 1 + 2^-10 (0x3C01)
    // (through single, 2^-36 would have been lost and the tie gone to 1.0);
    // 1 + 2^-11 exactly ties to even: 1.0 (0x3C00).
    e = env_with();
    CHECK(convert<f16, f64>(0x3FF0020000010000, e) == 0x3C01);
    CHECK(convert<f16, f64>(0x3FF0020000000000, e) == 0x3C00);
    CHECK(e.flags == fl::kInexact);
}

TEST_CASE("Square root, division and multiplication results")
{
    Env e = env_with();
    // sqrt(2) correctly rounded in double: 0x3FF6A09E667F3BCD, Inexact.
    CHECK(sqrt<f64>(0x4000000000000000, e) == 0x3FF6A09E667F3BCD);
    CHECK(e.flags == fl::kInexact);
    // sqrt(4) = 2 exactly; sqrt of the denormal 2^-148 = 2^-74 (0x1A800000).
    e = env_with();
    CHECK(sqrt<f32>(0x40800000, e) == kTwo);
    CHECK(sqrt<f32>(0x00000002, e) == 0x1A800000);
    CHECK(e.flags == 0);
    // 1/3 in single: 0x3EAAAAAB (RN), 0x3EAAAAAA (RZ).
    e = env_with();
    CHECK(div<f32>(kOne, 0x40400000, e) == 0x3EAAAAAB);
    e = env_with(Rounding::kZero);
    CHECK(div<f32>(kOne, 0x40400000, e) == 0x3EAAAAAA);
    CHECK(e.flags == fl::kInexact);
    // Denormal result with rounding: 2^-149 * 0.75 rounds (RN) to 2^-149
    // (0.75 ulp -> 1 ulp): tiny and inexact, UFC + IXC.
    e = env_with();
    CHECK(mul<f32>(0x00000001, 0x3F400000, e) == 0x00000001);
    CHECK(e.flags == (fl::kUnderflow | fl::kInexact));
}
