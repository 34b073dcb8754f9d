// vp::softfloat estimates and Newton-Raphson steps (DDI 0487 J1.2):
// FPRecipEstimate (FRECPE), FPRSqrtEstimate (FRSQRTE), FPRecpX (FRECPX),
// FPRecipStepFused (FRECPS), FPRSqrtStepFused (FRSQRTS), and the integer
// UnsignedRecipEstimate (URECPE) / UnsignedRSqrtEstimate (URSQRTE).
// The 8-bit estimate tables are built at compile time from the
// architecture's RecipEstimate / RecipSqrtEstimate integer procedures.
#include "softfloat/softfloat_impl.h"

namespace vp::softfloat {

using namespace detail;

namespace {

// RecipEstimate: a in [256, 512) is 0.5 <= x < 1.0 in steps of 1/512; the
// result in [256, 512) is 1/x in steps of 1/256, both rounded to nearest.
constexpr unsigned recip_estimate_int(unsigned a)
{
    a = a * 2 + 1;
    const unsigned b = (1u << 19) / a;
    return (b + 1) / 2;
}

// RecipSqrtEstimate: a in [128, 512) is 0.25 <= x < 1.0 (steps of 1/512
// below 0.5, of 1/256 above); the result in [256, 512) is 1/sqrt(x).
constexpr unsigned rsqrt_estimate_int(unsigned a)
{
    if (a < 256) {
        a = a * 2 + 1;
    } else {
        a = (a >> 1) << 1;
        a = (a + 1) * 2;
    }
    uint64_t b = 512;
    while (uint64_t(a) * (b + 1) * (b + 1) < (uint64_t(1) << 28))
        ++b;
    return unsigned((b + 1) / 2);
}

struct Tables {
    uint16_t recip[256];  // index a - 256
    uint16_t rsqrt[384];  // index a - 128
    constexpr Tables() : recip(), rsqrt()
    {
        for (unsigned a = 256; a < 512; ++a)
            recip[a - 256] = uint16_t(recip_estimate_int(a));
        for (unsigned a = 128; a < 512; ++a)
            rsqrt[a - 128] = uint16_t(rsqrt_estimate_int(a));
    }
};
constexpr Tables kTables;

}  // namespace

template <typename T> T recip_estimate(T a, Env& env)
{
    using B = Bits<T>;
    constexpr int F = B::kF;
    const Unpacked u = unpack(a, env);
    if (u.is_nan())
        return process_nan(a, u.kind, env);
    if (u.kind == Kind::kInf)
        return zero_of<T>(u.sign);
    if (u.kind == Kind::kZero) {
        env.flags |= flag::kDivByZero;
        return inf_of<T>(u.sign);
    }
    // |a| < 2^-(2^(E-1)) (2^-128, 2^-1024): the reciprocal overflows.
    if (u.exp < -(1 << (B::kE - 1))) {
        bool to_inf;
        switch (env.rounding) {
        case Rounding::kPlusInf:
            to_inf = !u.sign;
            break;
        case Rounding::kMinusInf:
            to_inf = u.sign;
            break;
        case Rounding::kZero:
            to_inf = false;
            break;
        default:
            to_inf = true;
            break;
        }
        env.flags |= flag::kOverflow | flag::kInexact;
        return to_inf ? inf_of<T>(u.sign) : T(zero_of<T>(u.sign) | B::kMaxNormal);
    }
    // With FZ, a reciprocal below the normal range (|a| >= 2^126, 2^1022) is
    // flushed: UFC is set directly (no Inexact).
    if (B::kFlushable && env.flush_to_zero && u.exp >= B::kBias - 1) {
        env.flags |= flag::kUnderflow;
        return zero_of<T>(u.sign);
    }
    // The operand as 0.5 <= x < 1 in double-precision layout: 52 fraction
    // bits, exponent from the raw field (a denormal is renormalised by at most
    // two positions here, which is all the 8-bit table needs).
    constexpr uint64_t m52 = (uint64_t(1) << 52) - 1;
    uint64_t fraction = uint64_t(a & B::kFracMask) << (52 - F);
    int exp = int((a & B::kExpMask) >> F);
    if (exp == 0) {
        if (!((fraction >> 51) & 1)) {
            exp = -1;
            fraction = (fraction << 2) & m52;
        } else {
            fraction = (fraction << 1) & m52;
        }
    }
    const unsigned scaled = 256 | unsigned(fraction >> 44);
    int result_exp = 2 * B::kBias - 1 - exp;
    const unsigned estimate = kTables.recip[scaled - 256];
    fraction = uint64_t(estimate & 0xFF) << 44;
    if (result_exp == 0) {
        fraction = (uint64_t(1) << 51) | (fraction >> 1);
    } else if (result_exp == -1) {
        fraction = (uint64_t(1) << 50) | (fraction >> 2);
        result_exp = 0;
    }
    return T(zero_of<T>(u.sign) | (T(result_exp) << F) | T(fraction >> (52 - F)));
}

template <typename T> T rsqrt_estimate(T a, Env& env)
{
    using B = Bits<T>;
    constexpr int F = B::kF;
    const Unpacked u = unpack(a, env);
    if (u.is_nan())
        return process_nan(a, u.kind, env);
    if (u.kind == Kind::kZero) {
        env.flags |= flag::kDivByZero;
        return inf_of<T>(u.sign);
    }
    if (u.sign) {
        env.flags |= flag::kInvalid;
        return default_nan_of<T>();
    }
    if (u.kind == Kind::kInf)
        return 0;
    constexpr uint64_t m52 = (uint64_t(1) << 52) - 1;
    uint64_t fraction = uint64_t(a & B::kFracMask) << (52 - F);
    int exp = int((a & B::kExpMask) >> F);
    if (exp == 0) {  // denormal: normalise, the leading one becomes hidden
        const int s = clz64(fraction) - 12;  // positions to bring the leading one to bit 51
        fraction <<= s;
        exp -= s;
        fraction = (fraction << 1) & m52;
    }
    // An even exponent maps to [0.5, 1), an odd one to [0.25, 0.5).
    const unsigned scaled = (exp & 1) == 0 ? 256 | unsigned(fraction >> 44)
                                           : 128 | unsigned(fraction >> 45);
    const int result_exp = (3 * B::kBias - 1 - exp) / 2;
    const unsigned estimate = kTables.rsqrt[scaled - 128];
    return T((T(result_exp) << F) | (T(estimate & 0xFF) << (F - 8)));
}

// FPRecpX: the exponent field inverted, fraction zero; zero and denormals
// give the largest finite exponent.
template <typename T> T recip_exponent(T a, Env& env)
{
    using B = Bits<T>;
    const Unpacked u = unpack(a, env);
    if (u.is_nan())
        return process_nan(a, u.kind, env);
    const T exp = T((a & B::kExpMask) >> B::kF);
    constexpr T ones = T((T(1) << B::kE) - 1);
    const T rexp = exp == 0 ? T(ones - 1) : T(~exp & ones);
    return T(zero_of<T>(u.sign) | T(rexp << B::kF));
}

namespace {

// FPRecipStepFused (c = 2, scale 0) and FPRSqrtStepFused (c = 3, scale -1):
// (c - a * b) * 2^scale with one rounding. The first operand is negated
// before NaN propagation, so its NaN comes back with the sign flipped.
template <typename T> T step_fused(T a, T b, unsigned c, int scale, Env& env)
{
    using B = Bits<T>;
    constexpr int F = B::kF;
    const T na = T(a ^ B::kSign);
    const Unpacked u1 = unpack(na, env);
    const Unpacked u2 = unpack(b, env);
    T r;
    if (process_nans(na, u1, b, u2, env, &r))
        return r;
    const bool i1 = u1.kind == Kind::kInf, i2 = u2.kind == Kind::kInf;
    const bool z1 = u1.kind == Kind::kZero, z2 = u2.kind == Kind::kZero;
    if ((i1 && z2) || (z1 && i2)) {  // 2.0 or 1.5, without Invalid
        Unpacked k{Kind::kNormal, false, 1 + scale, uint64_t(c) << (F - 1)};
        return round_unpacked<T>(k, F, Rounding::kZero, env);
    }
    if (i1 || i2)
        return inf_of<T>(u1.sign != u2.sign);
    const Unpacked k{Kind::kNormal, false, 1, uint64_t(c) << (F - 1)};
    return fma_finite<T>(k, u1, u2, scale, env.rounding, env);
}

}  // namespace

template <typename T> T recip_step(T a, T b, Env& env) { return step_fused(a, b, 2, 0, env); }
template <typename T> T rsqrt_step(T a, T b, Env& env) { return step_fused(a, b, 3, -1, env); }

uint32_t unsigned_recip_estimate(uint32_t a)
{
    if (!(a >> 31))
        return 0xFFFFFFFFu;
    return (kTables.recip[(a >> 23) - 256] & 0x1FFu) << 23;
}

uint32_t unsigned_rsqrt_estimate(uint32_t a)
{
    if (!(a >> 30))
        return 0xFFFFFFFFu;
    return (kTables.rsqrt[(a >> 23) - 128] & 0x1FFu) << 23;
}

#define VP_SF_EST(T)                                \
    template T recip_estimate<T>(T, Env&);          \
    template T rsqrt_estimate<T>(T, Env&);          \
    template T recip_exponent<T>(T, Env&);          \
    template T recip_step<T>(T, T, Env&);           \
    template T rsqrt_step<T>(T, T, Env&);
VP_SF_EST(f32)
VP_SF_EST(f64)
#undef VP_SF_EST

}  // namespace vp::softfloat
