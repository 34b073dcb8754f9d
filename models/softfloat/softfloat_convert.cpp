// vp::softfloat conversions: FPConvert between half, single and double
// (with FPCR.AHP's alternative half format, FPConvertNaN payloads and
// round-to-odd for FCVTXN), FPToFixed and FixedToFP (DDI 0487 J1.2), i.e.
// FCVT, FCVT[NPMZA][SU], SCVTF/UCVTF with and without fraction bits.
#include "softfloat/softfloat_impl.h"

namespace vp::softfloat {

using namespace detail;

template <typename To, typename From> To convert(From a, Env& env)
{
    using BF = Bits<From>;
    using BT = Bits<To>;
    // FPUnpackCV: FZ flushes single/double inputs, half inputs follow AHP.
    const Unpacked u = unpack(a, env);
    const bool alt = Fmt<To>::kHalf && env.alt_half;
    if (u.is_nan()) {
        To r;
        if (alt) {
            r = zero_of<To>(u.sign);
        } else if (env.default_nan) {
            r = default_nan_of<To>();
        } else {
            // FPConvertNaN: quiet, same sign, payload (the fraction bits below
            // the quiet bit) kept left-aligned, truncated or zero-extended.
            uint64_t payload = uint64_t(a & BF::kFracMask & ~BF::kQuiet);
            if constexpr (BT::kF >= BF::kF)
                payload <<= BT::kF - BF::kF;
            else
                payload >>= BF::kF - BT::kF;
            r = To(zero_of<To>(u.sign) | BT::kExpMask | BT::kQuiet | To(payload));
        }
        if (u.kind == Kind::kSNaN || alt)
            env.flags |= flag::kInvalid;
        return r;
    }
    if (u.kind == Kind::kInf) {
        if (alt) {  // no infinity in the alternative format: largest value, Invalid
            env.flags |= flag::kInvalid;
            return To(zero_of<To>(u.sign) | To(~BT::kSign));
        }
        return inf_of<To>(u.sign);
    }
    if (u.kind == Kind::kZero)
        return zero_of<To>(u.sign);
    return round_unpacked<To>(u, BF::kF, env.rounding, env);
}

namespace {

// FPToFixed: the value times 2^fbits, rounded with `rm`, saturated to a
// width-bit integer. NaN gives 0; saturation raises Invalid (and then not
// Inexact); otherwise a rounded result raises Inexact.
template <typename T>
uint64_t to_fixed(T a, unsigned width, unsigned fbits, Rounding rm, bool is_signed, Env& env)
{
    constexpr int F = Bits<T>::kF;
    const Unpacked u = unpack(a, env);
    if (u.is_nan()) {
        env.flags |= flag::kInvalid;
        return 0;
    }
    bool overflow = u.kind == Kind::kInf;
    bool inexact = false;
    u128 mag = 0;
    if (u.kind == Kind::kNormal) {
        const int shift = u.exp - F + int(fbits);  // value * 2^fbits = sig * 2^shift
        if (shift > 64) {
            overflow = true;
        } else if (shift >= 0) {
            mag = u128(u.sig) << shift;
        } else {
            unsigned s = unsigned(-shift);
            uint64_t m = u.sig;
            if (s > 63) {  // below one half: only the sticky information matters
                m = 1;
                s = 63;
            }
            const uint64_t ip = m >> s;
            const uint64_t rem = m & ((uint64_t(1) << s) - 1);
            inexact = rem != 0;
            mag = ip + round_up(rm, u.sign, rem, uint64_t(1) << (s - 1), ip & 1);
        }
    }
    if (is_signed) {
        const u128 lim = u128(1) << (width - 1);  // |most negative|
        if (overflow || (u.sign ? mag > lim : mag >= lim)) {
            env.flags |= flag::kInvalid;
            return u.sign ? uint64_t(0) - uint64_t(lim) : uint64_t(lim - 1);
        }
        if (inexact)
            env.flags |= flag::kInexact;
        return u.sign ? uint64_t(0) - uint64_t(mag) : uint64_t(mag);
    }
    const u128 max = (u128(1) << width) - 1;
    if (overflow || (u.sign && mag != 0) || mag > max) {
        env.flags |= flag::kInvalid;
        return u.sign ? 0 : uint64_t(max);
    }
    if (inexact)
        env.flags |= flag::kInexact;
    return uint64_t(mag);
}

}  // namespace

template <typename T>
int64_t to_sint(T a, unsigned width, unsigned fbits, Rounding rounding, Env& env)
{
    return int64_t(to_fixed(a, width, fbits, rounding, true, env));
}

template <typename T>
uint64_t to_uint(T a, unsigned width, unsigned fbits, Rounding rounding, Env& env)
{
    return to_fixed(a, width, fbits, rounding, false, env);
}

// FixedToFP: zero is +0; everything else goes through FPRound.
template <typename T> T from_uint(uint64_t v, unsigned fbits, Env& env)
{
    if (v == 0)
        return 0;
    return round_pack_wide<T>(false, -int(fbits), v, env.rounding, env);
}

template <typename T> T from_sint(int64_t v, unsigned fbits, Env& env)
{
    if (v == 0)
        return 0;
    const bool neg = v < 0;
    const uint64_t mag = neg ? uint64_t(0) - uint64_t(v) : uint64_t(v);
    return round_pack_wide<T>(neg, -int(fbits), mag, env.rounding, env);
}

template f32 convert<f32, f16>(f16, Env&);
template f64 convert<f64, f16>(f16, Env&);
template f16 convert<f16, f32>(f32, Env&);
template f64 convert<f64, f32>(f32, Env&);
template f16 convert<f16, f64>(f64, Env&);
template f32 convert<f32, f64>(f64, Env&);

#define VP_SF_CONV(T)                                                    \
    template int64_t to_sint<T>(T, unsigned, unsigned, Rounding, Env&);  \
    template uint64_t to_uint<T>(T, unsigned, unsigned, Rounding, Env&); \
    template T from_sint<T>(int64_t, unsigned, Env&);                    \
    template T from_uint<T>(uint64_t, unsigned, Env&);
VP_SF_CONV(f32)
VP_SF_CONV(f64)
#undef VP_SF_CONV

}  // namespace vp::softfloat
