// vp::softfloat: IEEE 754 binary16/32/64 arithmetic in software, with the
// rules of the Arm architecture (DDI 0487, the FP pseudocode of chapter J1:
// FPRound, FPProcessNaNs, FPMulAdd, FPRecipEstimate, ...) rather than the
// host's: NaN propagation order and quieting, default NaN, flush-to-zero on
// input and output, tininess detected before rounding, the estimate tables.
// It is the one place where rounding and exception flags are computed; the
// AArch64 ISS (models/arm64) maps FPCR onto an Env and ORs Env::flags into
// FPSR after each instruction.
//
// Values are carried as their bit patterns (f16/f32/f64). Arithmetic is
// defined for f32 and f64; f16 only takes part in conversions (ARMv8.0).
#pragma once

#include <cstdint>

namespace vp::softfloat {

using f16 = uint16_t;
using f32 = uint32_t;
using f64 = uint64_t;

// Exception flags, in the bit positions of Arm's FPSR (IOC, DZC, OFC, UFC,
// IXC, IDC), so that the ISS can OR them into FPSR unchanged.
namespace flag {
constexpr uint32_t kInvalid = 1u << 0;
constexpr uint32_t kDivByZero = 1u << 1;
constexpr uint32_t kOverflow = 1u << 2;
constexpr uint32_t kUnderflow = 1u << 3;
constexpr uint32_t kInexact = 1u << 4;
constexpr uint32_t kInputDenormal = 1u << 7;
}  // namespace flag

// The first four are FPCR.RMode's encodings (RN, RP, RM, RZ) in order.
enum class Rounding : uint8_t {
    kNearestEven = 0,
    kPlusInf = 1,
    kMinusInf = 2,
    kZero = 3,
    kNearestAway = 4,  // FCVTA*, FRINTA
    kOdd = 5,          // FCVTXN
};

// Rounding mode, the FPCR controls that change results, and the accumulated
// exception flags of the operations performed with it.
struct Env {
    Rounding rounding = Rounding::kNearestEven;
    bool flush_to_zero = false;  // FPCR.FZ: single/double denormals in and out become zero
    bool default_nan = false;    // FPCR.DN: NaN results are the default NaN
    bool alt_half = false;       // FPCR.AHP: half-precision conversions use the alternative format
    uint32_t flags = 0;          // flag:: bits raised so far (never cleared by an operation)

    // RMode (bits 23:22), FZ (24), DN (25), AHP (26); flags start at 0.
    // Inline: every FP instruction builds one.
    static Env from_fpcr(uint32_t fpcr)
    {
        Env env;
        env.rounding = Rounding((fpcr >> 22) & 3);
        env.flush_to_zero = (fpcr >> 24) & 1;
        env.default_nan = (fpcr >> 25) & 1;
        env.alt_half = (fpcr >> 26) & 1;
        return env;
    }
};

// ---- Arithmetic: T is f32 or f64 ------------------------------------------
template <typename T> T add(T a, T b, Env& env);
template <typename T> T sub(T a, T b, Env& env);
template <typename T> T mul(T a, T b, Env& env);
template <typename T> T div(T a, T b, Env& env);
template <typename T> T mulx(T a, T b, Env& env);  // FMULX: (+-inf) * (+-0) = +-2.0
template <typename T> T sqrt(T a, Env& env);
// addend + a * b with a single rounding (FPMulAdd). NaN priority is
// addend, a, b; inf * 0 with a quiet NaN addend is Invalid (default NaN).
// FMSUB/FNMADD/FNMSUB and FMLS negate operands (sign flip) before calling.
template <typename T> T muladd(T addend, T a, T b, Env& env);
template <typename T> T max(T a, T b, Env& env);    // FMAX: NaN if either is NaN
template <typename T> T min(T a, T b, Env& env);    // FMIN
template <typename T> T maxnm(T a, T b, Env& env);  // FMAXNM: a number beats a quiet NaN
template <typename T> T minnm(T a, T b, Env& env);  // FMINNM
template <typename T> T recip_step(T a, T b, Env& env);   // FRECPS: 2 - a*b, fused
template <typename T> T rsqrt_step(T a, T b, Env& env);   // FRSQRTS: (3 - a*b) / 2, fused
template <typename T> T recip_estimate(T a, Env& env);    // FRECPE
template <typename T> T rsqrt_estimate(T a, Env& env);    // FRSQRTE
template <typename T> T recip_exponent(T a, Env& env);    // FRECPX
// FRINT*: round to an integral value in format T. exact (FRINTX) raises
// Inexact when the value changes; the other forms never raise it.
template <typename T> T round_to_integral(T a, Rounding rounding, bool exact, Env& env);

// ---- Comparison -------------------------------------------------------------
enum class Cmp : uint8_t { kLess, kEqual, kGreater, kUnordered };
// signaling = false (FCMP, FCMEQ): Invalid only for a signalling NaN;
// signaling = true (FCMPE, FCMGE, FCMGT, FACGE, FACGT): Invalid for any NaN.
template <typename T> Cmp compare(T a, T b, bool signaling, Env& env);

// ---- Conversions --------------------------------------------------------------
// Between formats (FCVT, FCVTL, FCVTN, FCVTXN with env.rounding = kOdd).
// To and From are f16, f32 or f64; f16 follows env.alt_half.
template <typename To, typename From> To convert(From a, Env& env);
// To a signed or unsigned integer of width 32 or 64 bits (FCVT[NPMZA][SU]):
// the value times 2^fbits (fixed point, 0 = integer) rounded with `rounding`,
// saturated, Invalid for NaN (result 0) or out of range, Inexact if rounded.
// The signed result is sign-extended to 64 bits; the unsigned one zero-extended.
template <typename T> int64_t to_sint(T a, unsigned width, unsigned fbits, Rounding rounding,
                                      Env& env);
template <typename T> uint64_t to_uint(T a, unsigned width, unsigned fbits, Rounding rounding,
                                       Env& env);
// From a 64-bit integer divided by 2^fbits, rounded with env.rounding
// (SCVTF/UCVTF; 32-bit sources are sign- or zero-extended by the caller).
template <typename T> T from_sint(int64_t v, unsigned fbits, Env& env);
template <typename T> T from_uint(uint64_t v, unsigned fbits, Env& env);

// ---- Integer estimates (URECPE, URSQRTE) -------------------------------------
uint32_t unsigned_recip_estimate(uint32_t a);
uint32_t unsigned_rsqrt_estimate(uint32_t a);

// ---- Classification and constants ----------------------------------------------
template <typename T> bool is_nan(T a);
template <typename T> bool is_signaling_nan(T a);
template <typename T> T default_nan();  // positive, quiet, zero payload (Arm's FPDefaultNaN)

}  // namespace vp::softfloat
