// Private to models/softfloat: format parameters, the unpacked form of an
// operand (FPUnpack, DDI 0487 J1.2) and the one rounding routine (FPRound /
// FPRoundCV) that every operation of the library ends in. Not part of the API.
#pragma once

#include <cstdint>

#include "softfloat/softfloat.h"

namespace vp::softfloat::detail {

using u128 = unsigned __int128;

// Format parameters: exponent width E, fraction width F (no hidden bit).
template <typename T> struct Fmt;
template <> struct Fmt<f16> {
    static constexpr int kE = 5, kF = 10;
    static constexpr bool kHalf = true;
};
template <> struct Fmt<f32> {
    static constexpr int kE = 8, kF = 23;
    static constexpr bool kHalf = false;
};
template <> struct Fmt<f64> {
    static constexpr int kE = 11, kF = 52;
    static constexpr bool kHalf = false;
};

template <typename T> struct Bits {
    static constexpr int kE = Fmt<T>::kE, kF = Fmt<T>::kF;
    static constexpr int kBias = (1 << (kE - 1)) - 1;
    static constexpr int kEmin = 1 - kBias;  // exponent of the smallest normal
    static constexpr T kSign = T(T(1) << (kE + kF));
    static constexpr T kExpMask = T(((T(1) << kE) - 1) << kF);
    static constexpr T kFracMask = T((T(1) << kF) - 1);
    static constexpr T kQuiet = T(T(1) << (kF - 1));
    static constexpr T kInf = kExpMask;
    static constexpr T kMaxNormal = T(kExpMask - 1);  // largest finite magnitude
    static constexpr T kOne = T(T(kBias) << kF);
    // Only single and double are flushed by FPCR.FZ (half needs FZ16, ARMv8.2).
    static constexpr bool kFlushable = !Fmt<T>::kHalf;
};

enum class Kind : uint8_t { kZero, kNormal, kInf, kQNaN, kSNaN };

// A finite non-zero value is (-1)^sign * sig * 2^(exp - F) with the leading
// one of sig at bit F (denormals are normalised here), i.e. exp is the
// unbiased exponent of the leading bit.
struct Unpacked {
    Kind kind;
    bool sign;
    int exp;
    uint64_t sig;
    bool is_nan() const { return kind >= Kind::kQNaN; }
};

inline int clz64(uint64_t x) { return __builtin_clzll(x); }
inline int clz128(u128 x)
{
    const uint64_t hi = uint64_t(x >> 64);
    return hi ? __builtin_clzll(hi) : 64 + __builtin_clzll(uint64_t(x));
}

// FPUnpack: classify, flush a single/double denormal to zero when FPCR.FZ
// is set (raising IDC), and for half precision with FPCR.AHP treat exponent
// 31 as an ordinary exponent (FPUnpackCV; no infinities or NaNs).
template <typename T> inline Unpacked unpack(T a, Env& env)
{
    using B = Bits<T>;
    Unpacked u;
    u.sign = (a & B::kSign) != 0;
    const int ef = int((a & B::kExpMask) >> B::kF);
    const uint64_t frac = a & B::kFracMask;
    if (ef == 0) {
        if (frac == 0 || (B::kFlushable && env.flush_to_zero)) {
            if (frac != 0)
                env.flags |= flag::kInputDenormal;
            u.kind = Kind::kZero;
            u.exp = 0;
            u.sig = 0;
            return u;
        }
        const int shift = clz64(frac) - (63 - B::kF);
        u.kind = Kind::kNormal;
        u.sig = frac << shift;
        u.exp = B::kEmin - shift;
        return u;
    }
    if (ef == (1 << B::kE) - 1 && !(Fmt<T>::kHalf && env.alt_half)) {
        u.exp = 0;
        u.sig = frac;
        u.kind = frac == 0 ? Kind::kInf : (frac & B::kQuiet) ? Kind::kQNaN : Kind::kSNaN;
        return u;
    }
    u.kind = Kind::kNormal;
    u.exp = ef - B::kBias;
    u.sig = frac | (uint64_t(1) << B::kF);
    return u;
}

template <typename T> constexpr T default_nan_of() { return T(Bits<T>::kExpMask | Bits<T>::kQuiet); }
template <typename T> constexpr T zero_of(bool sign) { return sign ? Bits<T>::kSign : T(0); }
template <typename T> constexpr T inf_of(bool sign) { return T(zero_of<T>(sign) | Bits<T>::kInf); }

// FPProcessNaN: a signalling NaN raises Invalid and is quietened; FPCR.DN
// replaces any NaN result with the default NaN.
template <typename T> inline T process_nan(T a, Kind k, Env& env)
{
    if (k == Kind::kSNaN)
        env.flags |= flag::kInvalid;
    if (env.default_nan)
        return default_nan_of<T>();
    return T(a | Bits<T>::kQuiet);
}

// FPProcessNaNs: signalling NaNs first (in operand order), then quiet ones.
// Returns true with *out set when either operand is a NaN.
template <typename T>
inline bool process_nans(T a, const Unpacked& ua, T b, const Unpacked& ub, Env& env, T* out)
{
    if (!ua.is_nan() && !ub.is_nan())
        return false;
    if (ua.kind == Kind::kSNaN)
        *out = process_nan(a, ua.kind, env);
    else if (ub.kind == Kind::kSNaN)
        *out = process_nan(b, ub.kind, env);
    else if (ua.kind == Kind::kQNaN)
        *out = process_nan(a, ua.kind, env);
    else
        *out = process_nan(b, ub.kind, env);
    return true;
}

// Does rounding away the remainder `rem` (of the magnitude, half = the weight
// of one half unit) increase the magnitude? `odd` is the low bit of the
// truncated magnitude. Arm's rules, restated for sign and magnitude.
inline bool round_up(Rounding rm, bool sign, uint64_t rem, uint64_t half, bool odd)
{
    switch (rm) {
    case Rounding::kNearestEven:
        return rem > half || (rem == half && odd);
    case Rounding::kPlusInf:
        return rem != 0 && !sign;
    case Rounding::kMinusInf:
        return rem != 0 && sign;
    case Rounding::kNearestAway:
        return rem >= half;
    case Rounding::kZero:
    case Rounding::kOdd:
        break;
    }
    return false;
}

// FPRound / FPRoundCV (DDI 0487 J1.2): the value (-1)^sign * sig * 2^(e - 62),
// with the leading one of sig at bit 62 and every bit below the precision of
// interest either exact or ORed into a sticky bit 0; e is therefore the exact
// unbiased exponent of the value before rounding.
//  - FZ (single/double): a value below the normal range becomes zero with UFC
//    (and no IXC).
//  - Tininess is detected before rounding: UFC when the value is below the
//    normal range and the result is inexact.
//  - Overflow gives infinity or the largest normal by rounding mode (OFC+IXC);
//    alternative half precision saturates to +-131008 (all ones) with Invalid only.
template <typename T> inline T round_pack(bool sign, int e, uint64_t sig, Rounding rm, Env& env)
{
    using B = Bits<T>;
    const T sbit = zero_of<T>(sign);
    if (B::kFlushable && env.flush_to_zero && e < B::kEmin) {
        env.flags |= flag::kUnderflow;
        return sbit;
    }
    const bool ahp = Fmt<T>::kHalf && env.alt_half;
    // First biased exponent that no longer fits.
    const int limit = ahp ? (1 << B::kE) : (1 << B::kE) - 1;
    int biased = e + B::kBias;
    uint64_t bits = 0;
    uint64_t rem = 0;
    if (biased < limit) {
        unsigned shift = 62 - B::kF;
        if (biased <= 0) {
            shift += unsigned(1 - biased);
            biased = 0;
            if (shift > 63) {
                sig = sig != 0;
                shift = 63;
            }
        }
        uint64_t mant = sig >> shift;
        rem = sig & ((uint64_t(1) << shift) - 1);
        if (biased == 0 && rem != 0)
            env.flags |= flag::kUnderflow;
        if (round_up(rm, sign, rem, uint64_t(1) << (shift - 1), mant & 1))
            ++mant;
        else if (rm == Rounding::kOdd && rem != 0)
            mant |= 1;
        // A normal mantissa carries its hidden bit, which adds one to the
        // exponent field: that is why the field holds biased - 1. A rounding
        // carry out of the mantissa (or out of the denormal range) then
        // increments the exponent field by itself.
        bits = biased == 0 ? mant : (uint64_t(biased - 1) << B::kF) + mant;
    }
    if (biased >= limit || (bits >> B::kF) >= uint64_t(limit)) {
        if (ahp) {
            env.flags |= flag::kInvalid;
            return T(sbit | T(~B::kSign));
        }
        env.flags |= flag::kOverflow | flag::kInexact;
        bool to_inf;
        switch (rm) {
        case Rounding::kNearestEven:
        case Rounding::kNearestAway:
            to_inf = true;
            break;
        case Rounding::kPlusInf:
            to_inf = !sign;
            break;
        case Rounding::kMinusInf:
            to_inf = sign;
            break;
        default:
            to_inf = false;
            break;
        }
        return T(sbit | (to_inf ? B::kInf : B::kMaxNormal));
    }
    if (rem != 0)
        env.flags |= flag::kInexact;
    return T(sbit | T(bits));
}

// Rounds the non-zero value (-1)^sign * mag * 2^e_lsb.
template <typename T> inline T round_pack_wide(bool sign, int e_lsb, u128 mag, Rounding rm, Env& env)
{
    const int p = 127 - clz128(mag);
    uint64_t sig;
    if (p > 62) {
        const int s = p - 62;
        sig = uint64_t(mag >> s) | ((mag & ((u128(1) << s) - 1)) != 0);
    } else {
        sig = uint64_t(mag) << (62 - p);
    }
    return round_pack<T>(sign, e_lsb + p, sig, rm, env);
}

// Rounds a finite non-zero unpacked value of another precision.
template <typename T> inline T round_unpacked(const Unpacked& u, int src_frac_bits, Rounding rm, Env& env)
{
    return round_pack<T>(u.sign, u.exp, u.sig << (62 - src_frac_bits), rm, env);
}

// addend + op1 * op2 * 2^scale with one rounding, for finite (zero or
// normal) operands: the exact-value part of FPMulAdd, FPRecipStepFused and
// FPRSqrtStepFused (softfloat.cpp; instantiated for f32 and f64).
template <typename T>
T fma_finite(const Unpacked& ua, const Unpacked& u1, const Unpacked& u2, int scale, Rounding rm,
             Env& env);

}  // namespace vp::softfloat::detail
