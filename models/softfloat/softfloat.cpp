// vp::softfloat arithmetic: FPAdd, FPSub, FPMul, FPMulX, FPDiv, FPSqrt,
// FPMulAdd, FPMax/FPMin/FPMaxNum/FPMinNum, FPCompare and FPRoundInt of
// DDI 0487 J1.2, bit-exact including NaN propagation, FZ and flags.
// Values are computed exactly in 64/128-bit integers and rounded once by
// detail::round_pack. Floating-point exception traps are not modelled.
#include <cmath>
#include <utility>

#include "softfloat/softfloat_impl.h"

namespace vp::softfloat {

using namespace detail;

namespace detail {

// Sum of two non-zero values x * 2^(ex - 125) and y * 2^(ey - 125) whose
// magnitudes have their leading one at bit 125 (two bits of headroom for the
// carry). The smaller one is aligned with a sticky bit; because both carry at
// least 20 zero bits below their significant bits, an alignment by 0 or 1
// (the only cases with massive cancellation) loses nothing.
template <typename T>
T add_aligned(bool sx, int ex, u128 x, bool sy, int ey, u128 y, Rounding rm, Env& env)
{
    if (ex < ey || (ex == ey && x < y)) {
        std::swap(sx, sy);
        std::swap(ex, ey);
        std::swap(x, y);
    }
    const int d = ex - ey;
    if (d >= 126)
        y = 1;
    else if (d > 0)
        y = (y >> d) | u128((y & ((u128(1) << d) - 1)) != 0);
    const u128 r = sx == sy ? x + y : x - y;
    if (r == 0)  // exact zero from operands of opposite signs
        return zero_of<T>(rm == Rounding::kMinusInf);
    return round_pack_wide<T>(sx, ex - 125, r, rm, env);
}

// addend + op1 * op2 (* 2^scale) for finite operands (zero or normal), one
// rounding. A zero result takes the common sign of two zero terms, otherwise
// +0 (-0 when rounding towards minus infinity), as in FPMulAdd.
template <typename T>
T fma_finite(const Unpacked& ua, const Unpacked& u1, const Unpacked& u2, int scale, Rounding rm,
             Env& env)
{
    constexpr int F = Bits<T>::kF;
    const bool sp = u1.sign != u2.sign;
    const bool zp = u1.kind == Kind::kZero || u2.kind == Kind::kZero;
    const bool za = ua.kind == Kind::kZero;
    if (zp && za)
        return zero_of<T>(ua.sign == sp ? sp : rm == Rounding::kMinusInf);
    if (zp)
        return round_pack<T>(ua.sign, ua.exp + scale, ua.sig << (62 - F), rm, env);
    const u128 p = u128(u1.sig) * u2.sig;
    const int p_lsb = u1.exp + u2.exp - 2 * F + scale;
    if (za)
        return round_pack_wide<T>(sp, p_lsb, p, rm, env);
    const int pl = 127 - clz128(p);
    return add_aligned<T>(sp, p_lsb + pl, p << (125 - pl), ua.sign, ua.exp + scale,
                          u128(ua.sig) << (125 - F), rm, env);
}

// Order key of a non-NaN operand: signed magnitude, flushed denormals as 0.
template <typename T> inline int64_t order_key(T a, const Unpacked& u)
{
    if (u.kind == Kind::kZero)
        return 0;
    const int64_t mag = int64_t(a & T(~Bits<T>::kSign));
    return u.sign ? -mag : mag;
}

// Integer square root of n < 2^126 (floor), from the host's double estimate
// and one Newton step; the final loops run at most a couple of times.
inline uint64_t isqrt128(u128 n)
{
    uint64_t r = uint64_t(std::sqrt(double(n)));
    if (r != 0)
        r = uint64_t((u128(r) + n / r) >> 1);
    while (u128(r) * r > n)
        --r;
    while (u128(r + 1) * (r + 1) <= n)
        ++r;
    return r;
}

}  // namespace detail

namespace {

template <typename T> T addsub(T a, T b, bool negate_b, Env& env)
{
    constexpr int F = Bits<T>::kF;
    const Unpacked ua = unpack(a, env);
    Unpacked ub = unpack(b, env);
    T r;
    if (process_nans(a, ua, b, ub, env, &r))  // the NaN keeps its own sign for FSUB
        return r;
    ub.sign ^= negate_b;
    const bool ia = ua.kind == Kind::kInf, ib = ub.kind == Kind::kInf;
    if (ia && ib && ua.sign != ub.sign) {
        env.flags |= flag::kInvalid;
        return default_nan_of<T>();
    }
    if (ia)
        return inf_of<T>(ua.sign);
    if (ib)
        return inf_of<T>(ub.sign);
    const bool za = ua.kind == Kind::kZero, zb = ub.kind == Kind::kZero;
    if (za && zb)
        return zero_of<T>(ua.sign == ub.sign ? ua.sign : env.rounding == Rounding::kMinusInf);
    if (zb)
        return round_pack<T>(ua.sign, ua.exp, ua.sig << (62 - F), env.rounding, env);
    if (za)
        return round_pack<T>(ub.sign, ub.exp, ub.sig << (62 - F), env.rounding, env);
    // Two normal operands, in 64-bit arithmetic: leading ones at bit 61 leave
    // a carry bit above and at least 9 zero bits below (F <= 52), so an
    // alignment by 0 or 1 is exact and a larger one keeps guard bits plus a
    // sticky bit, which is all rounding needs.
    bool sx = ua.sign, sy = ub.sign;
    int ex = ua.exp, ey = ub.exp;
    uint64_t x = ua.sig << (61 - F), y = ub.sig << (61 - F);
    if (ex < ey || (ex == ey && x < y)) {
        std::swap(sx, sy);
        std::swap(ex, ey);
        std::swap(x, y);
    }
    const int d = ex - ey;
    if (d >= 63)
        y = 1;
    else if (d > 0)
        y = (y >> d) | ((y & ((uint64_t(1) << d) - 1)) != 0);
    const uint64_t sum = sx == sy ? x + y : x - y;
    if (sum == 0)  // exact zero from operands of opposite signs
        return zero_of<T>(env.rounding == Rounding::kMinusInf);
    const int p = 63 - clz64(sum);
    return round_pack<T>(sx, ex - 61 + p, sum << (62 - p), env.rounding, env);
}

// FPMul and FPMulX: they differ only in infinity times zero.
template <typename T, bool kMulX> T mul_impl(T a, T b, Env& env)
{
    constexpr int F = Bits<T>::kF;
    const Unpacked ua = unpack(a, env);
    const Unpacked ub = unpack(b, env);
    T r;
    if (process_nans(a, ua, b, ub, env, &r))
        return r;
    const bool sign = ua.sign != ub.sign;
    const bool ia = ua.kind == Kind::kInf, ib = ub.kind == Kind::kInf;
    const bool za = ua.kind == Kind::kZero, zb = ub.kind == Kind::kZero;
    if ((ia && zb) || (za && ib)) {
        if (kMulX)
            return T(zero_of<T>(sign) | T(Bits<T>::kOne + (T(1) << F)));  // +-2.0
        env.flags |= flag::kInvalid;
        return default_nan_of<T>();
    }
    if (ia || ib)
        return inf_of<T>(sign);
    if (za || zb)
        return zero_of<T>(sign);
    return round_pack_wide<T>(sign, ua.exp + ub.exp - 2 * F, u128(ua.sig) * ub.sig, env.rounding,
                              env);
}

template <typename T, bool kMax> T minmax(T a, T b, Env& env)
{
    const Unpacked ua = unpack(a, env);
    const Unpacked ub = unpack(b, env);
    T r;
    if (process_nans(a, ua, b, ub, env, &r))
        return r;
    const int64_t ka = order_key(a, ua), kb = order_key(b, ub);
    if (ua.kind == Kind::kZero && ub.kind == Kind::kZero)  // max(+0,-0) = +0, min = -0
        return zero_of<T>(kMax ? (ua.sign && ub.sign) : (ua.sign || ub.sign));
    const bool first = kMax ? ka > kb : ka < kb;
    const Unpacked& u = first ? ua : ub;
    if (u.kind == Kind::kZero)  // possibly a flushed denormal
        return zero_of<T>(u.sign);
    return first ? a : b;  // FPRound of an operand's own value is exact
}

// FPMaxNum/FPMinNum: a single quiet NaN loses against any number (it is
// replaced by -inf for max, +inf for min); signalling NaNs still propagate.
template <typename T, bool kMax> T minmax_num(T a, T b, Env& env)
{
    const bool qa = is_nan(a) && !is_signaling_nan(a);
    const bool qb = is_nan(b) && !is_signaling_nan(b);
    if (qa && !qb)
        a = inf_of<T>(kMax);
    else if (qb && !qa)
        b = inf_of<T>(kMax);
    return minmax<T, kMax>(a, b, env);
}

}  // namespace

template <typename T> T add(T a, T b, Env& env) { return addsub(a, b, false, env); }
template <typename T> T sub(T a, T b, Env& env) { return addsub(a, b, true, env); }
template <typename T> T mul(T a, T b, Env& env) { return mul_impl<T, false>(a, b, env); }
template <typename T> T mulx(T a, T b, Env& env) { return mul_impl<T, true>(a, b, env); }

template <typename T> T div(T a, T b, Env& env)
{
    constexpr int F = Bits<T>::kF;
    const Unpacked ua = unpack(a, env);
    const Unpacked ub = unpack(b, env);
    T r;
    if (process_nans(a, ua, b, ub, env, &r))
        return r;
    const bool sign = ua.sign != ub.sign;
    const bool ia = ua.kind == Kind::kInf, ib = ub.kind == Kind::kInf;
    const bool za = ua.kind == Kind::kZero, zb = ub.kind == Kind::kZero;
    if ((ia && ib) || (za && zb)) {
        env.flags |= flag::kInvalid;
        return default_nan_of<T>();
    }
    if (ia || zb) {
        if (!ia)
            env.flags |= flag::kDivByZero;
        return inf_of<T>(sign);
    }
    if (za || ib)
        return zero_of<T>(sign);
    // Quotient with at least F + 16 bits, the remainder as sticky bit.
    if constexpr (sizeof(T) <= 4) {
        const uint64_t n = ua.sig << (62 - F);
        const uint64_t q = n / ub.sig, rem = n % ub.sig;
        return round_pack_wide<T>(sign, ua.exp - ub.exp - (62 - F), u128(q | (rem != 0)),
                                  env.rounding, env);
    } else {
        const u128 n = u128(ua.sig) << (126 - F);
        const u128 q = n / ub.sig, rem = n % ub.sig;
        return round_pack_wide<T>(sign, ua.exp - ub.exp - (126 - F), q | (rem != 0), env.rounding,
                                  env);
    }
}

template <typename T> T sqrt(T a, Env& env)
{
    constexpr int F = Bits<T>::kF;
    const Unpacked u = unpack(a, env);
    if (u.is_nan())
        return process_nan(a, u.kind, env);
    if (u.kind == Kind::kZero)
        return zero_of<T>(u.sign);
    if (u.sign) {
        env.flags |= flag::kInvalid;
        return default_nan_of<T>();
    }
    if (u.kind == Kind::kInf)
        return a;
    // value = sig * 2^(exp - F) = n * 2^(2h) with n = sig << k, k making the
    // exponent even and n's leading one sit at bit 124 or 125.
    int k = 124 - F;
    if ((u.exp - F - k) & 1)
        ++k;
    const u128 n = u128(u.sig) << k;
    const uint64_t root = isqrt128(n);
    const bool inexact = u128(root) * root != n;
    return round_pack_wide<T>(false, (u.exp - F - k) / 2, u128(root) | inexact, env.rounding, env);
}

template <typename T> T muladd(T addend, T a, T b, Env& env)
{
    const Unpacked uc = unpack(addend, env);
    const Unpacked ua = unpack(a, env);
    const Unpacked ub = unpack(b, env);
    const bool ia = ua.kind == Kind::kInf, ib = ub.kind == Kind::kInf;
    const bool za = ua.kind == Kind::kZero, zb = ub.kind == Kind::kZero;
    const bool inf_times_zero = (ia && zb) || (za && ib);
    if (uc.is_nan() || ua.is_nan() || ub.is_nan()) {
        // FPProcessNaNs3: signalling NaNs in the order addend, a, b, then quiet ones.
        T r;
        if (uc.kind == Kind::kSNaN)
            r = process_nan(addend, uc.kind, env);
        else if (ua.kind == Kind::kSNaN)
            r = process_nan(a, ua.kind, env);
        else if (ub.kind == Kind::kSNaN)
            r = process_nan(b, ub.kind, env);
        else if (uc.kind == Kind::kQNaN)
            r = process_nan(addend, uc.kind, env);
        else if (ua.kind == Kind::kQNaN)
            r = process_nan(a, ua.kind, env);
        else
            r = process_nan(b, ub.kind, env);
        // A quiet NaN addend does not hide an invalid inf * 0.
        if (uc.kind == Kind::kQNaN && inf_times_zero) {
            env.flags |= flag::kInvalid;
            r = default_nan_of<T>();
        }
        return r;
    }
    const bool sp = ua.sign != ub.sign;
    const bool ip = ia || ib;
    const bool ic = uc.kind == Kind::kInf;
    if (inf_times_zero || (ic && ip && uc.sign != sp)) {
        env.flags |= flag::kInvalid;
        return default_nan_of<T>();
    }
    if (ic)
        return inf_of<T>(uc.sign);
    if (ip)
        return inf_of<T>(sp);
    return fma_finite<T>(uc, ua, ub, 0, env.rounding, env);
}

template <typename T> T max(T a, T b, Env& env) { return minmax<T, true>(a, b, env); }
template <typename T> T min(T a, T b, Env& env) { return minmax<T, false>(a, b, env); }
template <typename T> T maxnm(T a, T b, Env& env) { return minmax_num<T, true>(a, b, env); }
template <typename T> T minnm(T a, T b, Env& env) { return minmax_num<T, false>(a, b, env); }

template <typename T> Cmp compare(T a, T b, bool signaling, Env& env)
{
    const Unpacked ua = unpack(a, env);
    const Unpacked ub = unpack(b, env);
    if (ua.is_nan() || ub.is_nan()) {
        if (signaling || ua.kind == Kind::kSNaN || ub.kind == Kind::kSNaN)
            env.flags |= flag::kInvalid;
        return Cmp::kUnordered;
    }
    const int64_t ka = order_key(a, ua), kb = order_key(b, ub);
    return ka == kb ? Cmp::kEqual : ka < kb ? Cmp::kLess : Cmp::kGreater;
}

// FPRoundInt: round to an integral value; the integer is then exact in T.
template <typename T> T round_to_integral(T a, Rounding rounding, bool exact, Env& env)
{
    constexpr int F = Bits<T>::kF;
    const Unpacked u = unpack(a, env);
    if (u.is_nan())
        return process_nan(a, u.kind, env);
    if (u.kind == Kind::kInf)
        return a;
    if (u.kind == Kind::kZero)
        return zero_of<T>(u.sign);
    if (u.exp >= F)
        return a;  // no fraction bits
    unsigned shift = unsigned(F - u.exp);
    uint64_t m = u.sig;
    if (shift > 63) {  // |a| < 2^-11: only the sticky information matters
        m = 1;
        shift = 63;
    }
    uint64_t ip = m >> shift;
    const uint64_t rem = m & ((uint64_t(1) << shift) - 1);
    if (round_up(rounding, u.sign, rem, uint64_t(1) << (shift - 1), ip & 1))
        ++ip;
    if (exact && rem != 0)
        env.flags |= flag::kInexact;
    if (ip == 0)
        return zero_of<T>(u.sign);
    return round_pack_wide<T>(u.sign, 0, ip, Rounding::kZero, env);
}

template <typename T> bool is_nan(T a)
{
    return (a & Bits<T>::kExpMask) == Bits<T>::kExpMask && (a & Bits<T>::kFracMask) != 0;
}
template <typename T> bool is_signaling_nan(T a) { return is_nan(a) && !(a & Bits<T>::kQuiet); }
template <typename T> T default_nan() { return default_nan_of<T>(); }

#define VP_SF_ARITH(T)                                                               \
    template T add<T>(T, T, Env&);                                                   \
    template T sub<T>(T, T, Env&);                                                   \
    template T mul<T>(T, T, Env&);                                                   \
    template T div<T>(T, T, Env&);                                                   \
    template T mulx<T>(T, T, Env&);                                                  \
    template T sqrt<T>(T, Env&);                                                     \
    template T muladd<T>(T, T, T, Env&);                                             \
    template T max<T>(T, T, Env&);                                                   \
    template T min<T>(T, T, Env&);                                                   \
    template T maxnm<T>(T, T, Env&);                                                 \
    template T minnm<T>(T, T, Env&);                                                 \
    template T round_to_integral<T>(T, Rounding, bool, Env&);                        \
    template Cmp compare<T>(T, T, bool, Env&);                                       \
    template T detail::fma_finite<T>(const Unpacked&, const Unpacked&, const Unpacked&, int, \
                                     Rounding, Env&);
VP_SF_ARITH(f32)
VP_SF_ARITH(f64)
#undef VP_SF_ARITH

template bool is_nan<f16>(f16);
template bool is_nan<f32>(f32);
template bool is_nan<f64>(f64);
template bool is_signaling_nan<f16>(f16);
template bool is_signaling_nan<f32>(f32);
template bool is_signaling_nan<f64>(f64);
template f16 default_nan<f16>();
template f32 default_nan<f32>();
template f64 default_nan<f64>();

}  // namespace vp::softfloat
