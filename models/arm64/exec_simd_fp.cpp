// AdvSIMD floating point, vector and AdvSIMD-scalar forms (DDI 0487 C7.2 and
// the encoding tables of C4.1.6): three-same, two-register misc, across lanes,
// by element, fixed-point shifts and scalar pairwise, for single (S, 2S, 4S)
// and double (D, 2D) precision. Every result comes from vp::softfloat; the
// flags of all lanes are ORed into FPSR once per instruction.
// Not implemented (Undefined, as on a Cortex-A53): the 1D arrangement, FP16
// arithmetic (FEAT_FP16), FRINT32/64, FCMLA/FCADD, FMLAL/FMLSL and BFloat16.
#include "arm64/exec_simd.h"

namespace vp::arm64 {

namespace {

using sf::f16;
using sf::f32;
using sf::f64;
using sf::Rounding;

template <typename T> constexpr T kSign = T(T(1) << (sizeof(T) * 8 - 1));
template <typename T> constexpr T mask_of(bool b) { return b ? T(~T(0)) : T(0); }

// ---- Element operations -------------------------------------------------------------
// Binary: f(d, a, b, env), d being the old destination element (used by FMLA/FMLS only).

struct OpAdd {
    template <typename T> static T f(T, T a, T b, sf::Env& e) { return sf::add(a, b, e); }
};
struct OpSub {
    template <typename T> static T f(T, T a, T b, sf::Env& e) { return sf::sub(a, b, e); }
};
struct OpMul {
    template <typename T> static T f(T, T a, T b, sf::Env& e) { return sf::mul(a, b, e); }
};
struct OpDiv {
    template <typename T> static T f(T, T a, T b, sf::Env& e) { return sf::div(a, b, e); }
};
struct OpMulx {
    template <typename T> static T f(T, T a, T b, sf::Env& e) { return sf::mulx(a, b, e); }
};
struct OpMax {
    template <typename T> static T f(T, T a, T b, sf::Env& e) { return sf::max(a, b, e); }
};
struct OpMin {
    template <typename T> static T f(T, T a, T b, sf::Env& e) { return sf::min(a, b, e); }
};
struct OpMaxNm {
    template <typename T> static T f(T, T a, T b, sf::Env& e) { return sf::maxnm(a, b, e); }
};
struct OpMinNm {
    template <typename T> static T f(T, T a, T b, sf::Env& e) { return sf::minnm(a, b, e); }
};
struct OpRecps {
    template <typename T> static T f(T, T a, T b, sf::Env& e) { return sf::recip_step(a, b, e); }
};
struct OpRsqrts {
    template <typename T> static T f(T, T a, T b, sf::Env& e) { return sf::rsqrt_step(a, b, e); }
};
// FABD: FPAbs(FPSub(a, b)), the sign cleared even on a NaN result.
struct OpAbd {
    template <typename T> static T f(T, T a, T b, sf::Env& e)
    {
        return T(sf::sub(a, b, e) & ~kSign<T>);
    }
};
// FMLA: d + a * b fused. FMLS: the pseudocode negates the element of Vn
// (FPNeg, a sign flip that also reaches a NaN operand) before FPMulAdd.
struct OpMla {
    template <typename T> static T f(T d, T a, T b, sf::Env& e) { return sf::muladd(d, a, b, e); }
};
struct OpMls {
    template <typename T> static T f(T d, T a, T b, sf::Env& e)
    {
        return sf::muladd(d, T(a ^ kSign<T>), b, e);
    }
};
// Register compares: all-ones or zero lanes. FCMEQ is a quiet compare, the
// ordered ones signal Invalid for any NaN. FACGE/FACGT compare FPAbs values.
struct OpCmEq {
    template <typename T> static T f(T, T a, T b, sf::Env& e)
    {
        return mask_of<T>(sf::compare(a, b, false, e) == sf::Cmp::kEqual);
    }
};
struct OpCmGe {
    template <typename T> static T f(T, T a, T b, sf::Env& e)
    {
        const sf::Cmp c = sf::compare(a, b, true, e);
        return mask_of<T>(c == sf::Cmp::kGreater || c == sf::Cmp::kEqual);
    }
};
struct OpCmGt {
    template <typename T> static T f(T, T a, T b, sf::Env& e)
    {
        return mask_of<T>(sf::compare(a, b, true, e) == sf::Cmp::kGreater);
    }
};
struct OpAcGe {
    template <typename T> static T f(T d, T a, T b, sf::Env& e)
    {
        return OpCmGe::f(d, T(a & ~kSign<T>), T(b & ~kSign<T>), e);
    }
};
struct OpAcGt {
    template <typename T> static T f(T d, T a, T b, sf::Env& e)
    {
        return OpCmGt::f(d, T(a & ~kSign<T>), T(b & ~kSign<T>), e);
    }
};

// Unary: f(a, env, fbits); fbits is the fixed-point scale of the conversions
// (0 for the integer forms), ignored by the others.

// FABS/FNEG: sign-bit operations, no flush, no flags.
struct OpAbs {
    template <typename T> static T f(T a, sf::Env&, unsigned) { return T(a & ~kSign<T>); }
};
struct OpNeg {
    template <typename T> static T f(T a, sf::Env&, unsigned) { return T(a ^ kSign<T>); }
};
struct OpSqrt {
    template <typename T> static T f(T a, sf::Env& e, unsigned) { return sf::sqrt(a, e); }
};
struct OpRecpe {
    template <typename T> static T f(T a, sf::Env& e, unsigned) { return sf::recip_estimate(a, e); }
};
struct OpRsqrte {
    template <typename T> static T f(T a, sf::Env& e, unsigned) { return sf::rsqrt_estimate(a, e); }
};
struct OpRecpx {
    template <typename T> static T f(T a, sf::Env& e, unsigned) { return sf::recip_exponent(a, e); }
};
// URECPE/URSQRTE: 32-bit lanes only (the decoder never picks them for D).
struct OpURecpe {
    template <typename T> static T f(T a, sf::Env&, unsigned)
    {
        return T(sf::unsigned_recip_estimate(uint32_t(a)));
    }
};
struct OpURsqrte {
    template <typename T> static T f(T a, sf::Env&, unsigned)
    {
        return T(sf::unsigned_rsqrt_estimate(uint32_t(a)));
    }
};
// FRINT*: FromFpcr = true takes FPCR.RMode (FRINTX, FRINTI); Exact raises
// Inexact when the value changes (FRINTX only).
template <Rounding R, bool FromFpcr, bool Exact> struct OpRint {
    template <typename T> static T f(T a, sf::Env& e, unsigned)
    {
        return sf::round_to_integral(a, FromFpcr ? e.rounding : R, Exact, e);
    }
};
using OpFrintN = OpRint<Rounding::kNearestEven, false, false>;
using OpFrintM = OpRint<Rounding::kMinusInf, false, false>;
using OpFrintP = OpRint<Rounding::kPlusInf, false, false>;
using OpFrintZ = OpRint<Rounding::kZero, false, false>;
using OpFrintA = OpRint<Rounding::kNearestAway, false, false>;
using OpFrintX = OpRint<Rounding::kNearestEven, true, true>;
using OpFrintI = OpRint<Rounding::kNearestEven, true, false>;
// FCVT[NMPZA][SU] (integer and fixed point): the integer has the element's width.
template <Rounding R> struct OpCvtS {
    template <typename T> static T f(T a, sf::Env& e, unsigned fbits)
    {
        return T(sf::to_sint(a, sizeof(T) * 8, fbits, R, e));
    }
};
template <Rounding R> struct OpCvtU {
    template <typename T> static T f(T a, sf::Env& e, unsigned fbits)
    {
        return T(sf::to_uint(a, sizeof(T) * 8, fbits, R, e));
    }
};
// SCVTF/UCVTF (integer and fixed point): a 32-bit lane is extended to 64 bits first.
struct OpSCvtF {
    template <typename T> static T f(T a, sf::Env& e, unsigned fbits)
    {
        const int64_t v = sizeof(T) == 4 ? int64_t(int32_t(a)) : int64_t(a);
        return sf::from_sint<T>(v, fbits, e);
    }
};
struct OpUCvtF {
    template <typename T> static T f(T a, sf::Env& e, unsigned fbits)
    {
        return sf::from_uint<T>(uint64_t(a), fbits, e);
    }
};
// Compare against zero. FCMLT/FCMLE are FPCompareGT/GE(0, x) in the
// pseudocode; compare(x, 0) gives the same result and the same flags.
enum class ZeroCmp { kGt, kGe, kEq, kLe, kLt };
template <ZeroCmp C> struct OpCmpZero {
    template <typename T> static T f(T a, sf::Env& e, unsigned)
    {
        const sf::Cmp c = sf::compare(a, T(0), C != ZeroCmp::kEq, e);
        switch (C) {
        case ZeroCmp::kGt: return mask_of<T>(c == sf::Cmp::kGreater);
        case ZeroCmp::kGe: return mask_of<T>(c == sf::Cmp::kGreater || c == sf::Cmp::kEqual);
        case ZeroCmp::kEq: return mask_of<T>(c == sf::Cmp::kEqual);
        case ZeroCmp::kLe: return mask_of<T>(c == sf::Cmp::kLess || c == sf::Cmp::kEqual);
        default: return mask_of<T>(c == sf::Cmp::kLess);
        }
    }
};

// ---- Handlers -----------------------------------------------------------------------
// T is the element (f32/f64), N the number of lanes computed: 1 for the scalar
// forms, 2 or 4 for the vector ones. Results are built in a zeroed register, so
// that scalar and 64-bit forms clear the bits above them; inputs are read
// before Vd is written (Vd may alias an input).

// Three same, element by element.
template <typename Op> struct ThreeSame {
    template <typename T, unsigned N> static bool run(Cpu& cpu, const Insn& in)
    {
        fp_access(cpu);
        CpuState& s = cpu.state();
        sf::Env env = fp_env(s);
        const VReg n = s.v[in.rn], m = s.v[in.rm], d = s.v[in.rd];
        VReg r{};
        for (unsigned i = 0; i < N; ++i)
            set_lane<T>(r, i, Op::f(lane<T>(d, i), lane<T>(n, i), lane<T>(m, i), env));
        s.v[in.rd] = r;
        fp_commit(s, env);
        return false;
    }
};

// Vector pairwise (FADDP, FMAXP, ...): lane i = op(c[2i], c[2i+1]) with c the
// concatenation Vm:Vn (Vn's lanes first).
template <typename Op> struct Pairwise {
    template <typename T, unsigned N> static bool run(Cpu& cpu, const Insn& in)
    {
        fp_access(cpu);
        CpuState& s = cpu.state();
        sf::Env env = fp_env(s);
        const VReg n = s.v[in.rn], m = s.v[in.rm];
        VReg r{};
        for (unsigned i = 0; i < N; ++i) {
            const unsigned j = 2 * i;
            const T a = j < N ? lane<T>(n, j) : lane<T>(m, j - N);
            const T b = j < N ? lane<T>(n, j + 1) : lane<T>(m, j + 1 - N);
            set_lane<T>(r, i, Op::f(T(0), a, b, env));
        }
        s.v[in.rd] = r;
        fp_commit(s, env);
        return false;
    }
};

// By element: the second operand is lane in.a of Vm for every lane.
template <typename Op> struct ByElement {
    template <typename T, unsigned N> static bool run(Cpu& cpu, const Insn& in)
    {
        fp_access(cpu);
        CpuState& s = cpu.state();
        sf::Env env = fp_env(s);
        const VReg n = s.v[in.rn], d = s.v[in.rd];
        const T m = lane<T>(s.v[in.rm], in.a);
        VReg r{};
        for (unsigned i = 0; i < N; ++i)
            set_lane<T>(r, i, Op::f(lane<T>(d, i), lane<T>(n, i), m, env));
        s.v[in.rd] = r;
        fp_commit(s, env);
        return false;
    }
};

// Two-register misc and fixed-point shifts: in.b = fbits.
template <typename Op> struct Misc {
    template <typename T, unsigned N> static bool run(Cpu& cpu, const Insn& in)
    {
        fp_access(cpu);
        CpuState& s = cpu.state();
        sf::Env env = fp_env(s);
        const VReg n = s.v[in.rn];
        VReg r{};
        for (unsigned i = 0; i < N; ++i)
            set_lane<T>(r, i, Op::f(lane<T>(n, i), env, in.b));
        s.v[in.rd] = r;
        fp_commit(s, env);
        return false;
    }
};

// FCVTN/FCVTXN (Part 0: lower half, upper cleared; 1: "2" form, upper half,
// lower kept; 2: scalar FCVTXN). Odd = round to odd (FCVTXN).
template <typename To, typename From, bool Odd, unsigned Part>
bool exec_fp_narrow(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    sf::Env env = fp_env(s);
    if (Odd)
        env.rounding = Rounding::kOdd;
    constexpr unsigned N = Part == 2 ? 1 : 8 / sizeof(To);
    const VReg n = s.v[in.rn];
    VReg r{};
    if (Part == 1)
        r.d[0] = s.v[in.rd].d[0];
    const unsigned base = Part == 1 ? N : 0;
    for (unsigned i = 0; i < N; ++i)
        set_lane<To>(r, base + i, sf::convert<To, From>(lane<From>(n, i), env));
    s.v[in.rd] = r;
    fp_commit(s, env);
    return false;
}

// FCVTL (Upper = false) / FCVTL2: widen the lower or upper half of Vn.
template <typename To, typename From, bool Upper> bool exec_fp_long(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    sf::Env env = fp_env(s);
    constexpr unsigned N = 16 / sizeof(To);
    const VReg n = s.v[in.rn];
    VReg r{};
    for (unsigned i = 0; i < N; ++i)
        set_lane<To>(r, i, sf::convert<To, From>(lane<From>(n, (Upper ? N : 0) + i), env));
    s.v[in.rd] = r;
    fp_commit(s, env);
    return false;
}

// FMAXNMV/FMAXV/FMINNMV/FMINV (4S): the pseudocode's Reduce() halves the
// vector recursively, so the result is op(op(e0, e1), op(e2, e3)); which NaN
// wins depends on that tree.
template <typename Op> bool exec_fp_across(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    sf::Env env = fp_env(s);
    const VReg n = s.v[in.rn];
    const f32 lo = Op::f(f32(0), lane<f32>(n, 0), lane<f32>(n, 1), env);
    const f32 hi = Op::f(f32(0), lane<f32>(n, 2), lane<f32>(n, 3), env);
    write_scalar<f32>(s.v[in.rd], Op::f(f32(0), lo, hi, env));
    fp_commit(s, env);
    return false;
}

// Scalar pairwise (FADDP Sd, Vn.2S etc.): op(Vn[0], Vn[1]).
template <typename Op, typename T> bool exec_fp_pair_scalar(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    sf::Env env = fp_env(s);
    const VReg n = s.v[in.rn];
    write_scalar<T>(s.v[in.rd], Op::f(T(0), lane<T>(n, 0), lane<T>(n, 1), env));
    fp_commit(s, env);
    return false;
}

// ---- Decode helpers ---------------------------------------------------------------------

enum class Shape { kS, kD, k2S, k4S, k2D };

// The arrangement selected by sz (0: single, 1: double) and Q; false for the
// reserved 1D (sz = 1, Q = 0) of the vector forms.
bool fp_shape(bool scalar, bool sz, bool q, Shape& shape)
{
    if (scalar)
        shape = sz ? Shape::kD : Shape::kS;
    else if (sz)
        shape = Shape::k2D;
    else
        shape = q ? Shape::k4S : Shape::k2S;
    return scalar || q || !sz;
}

template <typename H> Handler pick(Shape shape)
{
    switch (shape) {
    case Shape::kS: return &H::template run<f32, 1>;
    case Shape::kD: return &H::template run<f64, 1>;
    case Shape::k2S: return &H::template run<f32, 2>;
    case Shape::k4S: return &H::template run<f32, 4>;
    default: return &H::template run<f64, 2>;
    }
}

template <typename Op> Handler pair_scalar(bool sz)
{
    return sz ? &exec_fp_pair_scalar<Op, f64> : &exec_fp_pair_scalar<Op, f32>;
}

void set_regs(uint32_t raw, Insn& in)
{
    in.rd = uint8_t(bits(raw, 4, 0));
    in.rn = uint8_t(bits(raw, 9, 5));
    in.rm = uint8_t(bits(raw, 20, 16));
}

// Which forms an encoding has.
enum class Forms { kBoth, kVector, kScalar };

bool form_allowed(Forms forms, bool scalar)
{
    return forms == Forms::kBoth || (forms == Forms::kScalar) == scalar;
}

}  // namespace

// Three same, opcode 0x18-0x1F (C4.1.6 "Advanced SIMD three same" and
// "Advanced SIMD scalar three same"): U, size<1> (a) and opcode<2:0> select
// the operation, size<0> (sz) the precision.
void decode_simd_three_same_fp(uint32_t raw, Insn& in, bool scalar)
{
    const bool q = bit(raw, 30), u = bit(raw, 29), a = bit(raw, 23), sz = bit(raw, 22);
    Shape shape;
    if (!fp_shape(scalar, sz, q, shape))
        return;
    const unsigned key = (unsigned(u) << 4) | (unsigned(a) << 3) | bits(raw, 13, 11);
    Handler h = nullptr;
    Forms forms = Forms::kVector;
    switch (key) {
    case 0x00: h = pick<ThreeSame<OpMaxNm>>(shape); break;                          // FMAXNM
    case 0x01: h = pick<ThreeSame<OpMla>>(shape); break;                            // FMLA
    case 0x02: h = pick<ThreeSame<OpAdd>>(shape); break;                            // FADD
    case 0x03: h = pick<ThreeSame<OpMulx>>(shape); forms = Forms::kBoth; break;     // FMULX
    case 0x04: h = pick<ThreeSame<OpCmEq>>(shape); forms = Forms::kBoth; break;     // FCMEQ
    case 0x06: h = pick<ThreeSame<OpMax>>(shape); break;                            // FMAX
    case 0x07: h = pick<ThreeSame<OpRecps>>(shape); forms = Forms::kBoth; break;    // FRECPS
    case 0x08: h = pick<ThreeSame<OpMinNm>>(shape); break;                          // FMINNM
    case 0x09: h = pick<ThreeSame<OpMls>>(shape); break;                            // FMLS
    case 0x0A: h = pick<ThreeSame<OpSub>>(shape); break;                            // FSUB
    case 0x0E: h = pick<ThreeSame<OpMin>>(shape); break;                            // FMIN
    case 0x0F: h = pick<ThreeSame<OpRsqrts>>(shape); forms = Forms::kBoth; break;   // FRSQRTS
    case 0x10: h = pick<Pairwise<OpMaxNm>>(shape); break;                           // FMAXNMP
    case 0x12: h = pick<Pairwise<OpAdd>>(shape); break;                             // FADDP
    case 0x13: h = pick<ThreeSame<OpMul>>(shape); break;                            // FMUL
    case 0x14: h = pick<ThreeSame<OpCmGe>>(shape); forms = Forms::kBoth; break;     // FCMGE
    case 0x15: h = pick<ThreeSame<OpAcGe>>(shape); forms = Forms::kBoth; break;     // FACGE
    case 0x16: h = pick<Pairwise<OpMax>>(shape); break;                             // FMAXP
    case 0x17: h = pick<ThreeSame<OpDiv>>(shape); break;                            // FDIV
    case 0x18: h = pick<Pairwise<OpMinNm>>(shape); break;                           // FMINNMP
    case 0x1A: h = pick<ThreeSame<OpAbd>>(shape); forms = Forms::kBoth; break;      // FABD
    case 0x1C: h = pick<ThreeSame<OpCmGt>>(shape); forms = Forms::kBoth; break;     // FCMGT
    case 0x1D: h = pick<ThreeSame<OpAcGt>>(shape); forms = Forms::kBoth; break;     // FACGT
    case 0x1E: h = pick<Pairwise<OpMin>>(shape); break;                             // FMINP
    default: return;
    }
    if (!form_allowed(forms, scalar))
        return;
    set_regs(raw, in);
    in.fn = h;
}

// Two-register misc, opcodes 0x0C-0x0F and 0x16-0x1F ("Advanced SIMD
// two-register miscellaneous" and its scalar form).
void decode_simd_two_misc_fp(uint32_t raw, Insn& in, bool scalar)
{
    const bool q = bit(raw, 30), u = bit(raw, 29), a = bit(raw, 23), sz = bit(raw, 22);
    const unsigned opcode = bits(raw, 16, 12);
    // The narrowing and widening conversions: sz selects the source size, Q the half.
    if (!a && opcode == 0x16) {
        Handler h = nullptr;
        if (!u && !scalar) {  // FCVTN{2}: 4S -> 4H (AHP applies) or 2D -> 2S
            if (sz)
                h = q ? &exec_fp_narrow<f32, f64, false, 1> : &exec_fp_narrow<f32, f64, false, 0>;
            else
                h = q ? &exec_fp_narrow<f16, f32, false, 1> : &exec_fp_narrow<f16, f32, false, 0>;
        } else if (u && sz) {  // FCVTXN{2}: 2D -> 2S, round to odd; also scalar D -> S
            if (scalar)
                h = &exec_fp_narrow<f32, f64, true, 2>;
            else
                h = q ? &exec_fp_narrow<f32, f64, true, 1> : &exec_fp_narrow<f32, f64, true, 0>;
        }
        if (h) {
            set_regs(raw, in);
            in.fn = h;
        }
        return;
    }
    if (!a && !u && !scalar && opcode == 0x17) {  // FCVTL{2}: 4H -> 4S or 2S -> 2D
        if (sz)
            in.fn = q ? &exec_fp_long<f64, f32, true> : &exec_fp_long<f64, f32, false>;
        else
            in.fn = q ? &exec_fp_long<f32, f16, true> : &exec_fp_long<f32, f16, false>;
        set_regs(raw, in);
        return;
    }
    Shape shape;
    if (!fp_shape(scalar, sz, q, shape))
        return;
    const unsigned key = (unsigned(u) << 6) | (unsigned(a) << 5) | opcode;
    Handler h = nullptr;
    Forms forms = Forms::kBoth;
    bool single_only = false;  // URECPE/URSQRTE: 2S/4S only
    constexpr Forms kVec = Forms::kVector;
    switch (key) {
    // U = 0, size<1> = 0
    case 0x18: h = pick<Misc<OpFrintN>>(shape); forms = kVec; break;
    case 0x19: h = pick<Misc<OpFrintM>>(shape); forms = kVec; break;
    case 0x1A: h = pick<Misc<OpCvtS<Rounding::kNearestEven>>>(shape); break;  // FCVTNS
    case 0x1B: h = pick<Misc<OpCvtS<Rounding::kMinusInf>>>(shape); break;     // FCVTMS
    case 0x1C: h = pick<Misc<OpCvtS<Rounding::kNearestAway>>>(shape); break;  // FCVTAS
    case 0x1D: h = pick<Misc<OpSCvtF>>(shape); break;
    // U = 0, size<1> = 1
    case 0x2C: h = pick<Misc<OpCmpZero<ZeroCmp::kGt>>>(shape); break;  // FCMGT #0
    case 0x2D: h = pick<Misc<OpCmpZero<ZeroCmp::kEq>>>(shape); break;  // FCMEQ #0
    case 0x2E: h = pick<Misc<OpCmpZero<ZeroCmp::kLt>>>(shape); break;  // FCMLT #0
    case 0x2F: h = pick<Misc<OpAbs>>(shape); forms = kVec; break;
    case 0x38: h = pick<Misc<OpFrintP>>(shape); forms = kVec; break;
    case 0x39: h = pick<Misc<OpFrintZ>>(shape); forms = kVec; break;
    case 0x3A: h = pick<Misc<OpCvtS<Rounding::kPlusInf>>>(shape); break;  // FCVTPS
    case 0x3B: h = pick<Misc<OpCvtS<Rounding::kZero>>>(shape); break;     // FCVTZS
    case 0x3C: h = pick<Misc<OpURecpe>>(shape); forms = kVec; single_only = true; break;
    case 0x3D: h = pick<Misc<OpRecpe>>(shape); break;
    case 0x3F: h = pick<Misc<OpRecpx>>(shape); forms = Forms::kScalar; break;
    // U = 1, size<1> = 0
    case 0x58: h = pick<Misc<OpFrintA>>(shape); forms = kVec; break;
    case 0x59: h = pick<Misc<OpFrintX>>(shape); forms = kVec; break;
    case 0x5A: h = pick<Misc<OpCvtU<Rounding::kNearestEven>>>(shape); break;  // FCVTNU
    case 0x5B: h = pick<Misc<OpCvtU<Rounding::kMinusInf>>>(shape); break;     // FCVTMU
    case 0x5C: h = pick<Misc<OpCvtU<Rounding::kNearestAway>>>(shape); break;  // FCVTAU
    case 0x5D: h = pick<Misc<OpUCvtF>>(shape); break;
    // U = 1, size<1> = 1
    case 0x6C: h = pick<Misc<OpCmpZero<ZeroCmp::kGe>>>(shape); break;  // FCMGE #0
    case 0x6D: h = pick<Misc<OpCmpZero<ZeroCmp::kLe>>>(shape); break;  // FCMLE #0
    case 0x6F: h = pick<Misc<OpNeg>>(shape); forms = kVec; break;
    case 0x79: h = pick<Misc<OpFrintI>>(shape); forms = kVec; break;
    case 0x7A: h = pick<Misc<OpCvtU<Rounding::kPlusInf>>>(shape); break;  // FCVTPU
    case 0x7B: h = pick<Misc<OpCvtU<Rounding::kZero>>>(shape); break;     // FCVTZU
    case 0x7C: h = pick<Misc<OpURsqrte>>(shape); forms = kVec; single_only = true; break;
    case 0x7D: h = pick<Misc<OpRsqrte>>(shape); break;
    case 0x7F: h = pick<Misc<OpSqrt>>(shape); forms = kVec; break;
    default: return;
    }
    if (!form_allowed(forms, scalar) || (single_only && sz))
        return;
    set_regs(raw, in);
    in.fn = h;
}

// Across lanes, U = 1, 4S only: FMAXNMV/FMINNMV (opcode 0x0C), FMAXV/FMINV (0x0F).
// U = 0 encodes the FP16 forms (FEAT_FP16), Undefined here.
void decode_simd_across_fp(uint32_t raw, Insn& in)
{
    const bool q = bit(raw, 30), u = bit(raw, 29), a = bit(raw, 23), sz = bit(raw, 22);
    const unsigned opcode = bits(raw, 16, 12);
    if (!u || !q || sz)
        return;
    if (opcode == 0x0C)
        in.fn = a ? &exec_fp_across<OpMinNm> : &exec_fp_across<OpMaxNm>;
    else if (opcode == 0x0F)
        in.fn = a ? &exec_fp_across<OpMin> : &exec_fp_across<OpMax>;
    else
        return;
    set_regs(raw, in);
}

// By element (vector and scalar): FMLA (U = 0, opcode 1), FMLS (U = 0, 5),
// FMUL (U = 0, 9), FMULX (U = 1, 9). size 10: S, index H:L; size 11: D,
// index H (L = 1 reserved). Rm is the 5-bit M:Rm field.
void decode_simd_indexed_fp(uint32_t raw, Insn& in, bool scalar)
{
    const bool q = bit(raw, 30), u = bit(raw, 29), l = bit(raw, 21), h_bit = bit(raw, 11);
    const unsigned size = bits(raw, 23, 22), opcode = bits(raw, 15, 12);
    if (size < 2 || (size == 3 && l))
        return;
    Shape shape;
    if (!fp_shape(scalar, size == 3, q, shape))
        return;
    Handler h = nullptr;
    if (!u && opcode == 0x1)
        h = pick<ByElement<OpMla>>(shape);
    else if (!u && opcode == 0x5)
        h = pick<ByElement<OpMls>>(shape);
    else if (opcode == 0x9)
        h = u ? pick<ByElement<OpMulx>>(shape) : pick<ByElement<OpMul>>(shape);
    else
        return;
    set_regs(raw, in);
    in.a = uint8_t(size == 3 ? unsigned(h_bit) : (unsigned(h_bit) << 1) | unsigned(l));
    in.fn = h;
}

// Shift by immediate, fixed-point conversions: SCVTF/UCVTF (opcode 0x1C) and
// FCVTZS/FCVTZU (0x1F). immh = 1xxx: D, fbits = 128 - immh:immb; immh = 01xx:
// S, fbits = 64 - immh:immb; immh = 001x is FP16 (FEAT_FP16), Undefined here.
void decode_simd_shift_imm_fp(uint32_t raw, Insn& in, bool scalar)
{
    const bool q = bit(raw, 30), u = bit(raw, 29);
    const unsigned immh = bits(raw, 22, 19), immhb = bits(raw, 22, 16),
                   opcode = bits(raw, 15, 11);
    bool sz;
    unsigned fbits;
    if (immh & 8) {
        sz = true;
        fbits = 128 - immhb;
    } else if (immh & 4) {
        sz = false;
        fbits = 64 - immhb;
    } else {
        return;
    }
    Shape shape;
    if (!fp_shape(scalar, sz, q, shape))
        return;
    Handler h;
    if (opcode == 0x1C)
        h = u ? pick<Misc<OpUCvtF>>(shape) : pick<Misc<OpSCvtF>>(shape);
    else if (opcode == 0x1F)
        h = u ? pick<Misc<OpCvtU<Rounding::kZero>>>(shape)
              : pick<Misc<OpCvtS<Rounding::kZero>>>(shape);
    else
        return;
    set_regs(raw, in);
    in.rm = 0;
    in.b = uint8_t(fbits);
    in.fn = h;
}

// Scalar pairwise, U = 1 (U = 0 encodes the FP16 forms): FMAXNMP/FMINNMP
// (opcode 0x0C), FADDP (0x0D, size<1> = 0), FMAXP/FMINP (0x0F). sz selects
// Vn.2S -> Sd or Vn.2D -> Dd.
void decode_simd_pairwise_fp(uint32_t raw, Insn& in)
{
    const bool u = bit(raw, 29), a = bit(raw, 23), sz = bit(raw, 22);
    const unsigned opcode = bits(raw, 16, 12);
    if (!u)
        return;
    Handler h;
    switch ((unsigned(a) << 5) | opcode) {
    case 0x0C: h = pair_scalar<OpMaxNm>(sz); break;  // FMAXNMP
    case 0x2C: h = pair_scalar<OpMinNm>(sz); break;  // FMINNMP
    case 0x0D: h = pair_scalar<OpAdd>(sz); break;    // FADDP
    case 0x0F: h = pair_scalar<OpMax>(sz); break;    // FMAXP
    case 0x2F: h = pair_scalar<OpMin>(sz); break;    // FMINP
    default: return;
    }
    set_regs(raw, in);
    in.fn = h;
}

}  // namespace vp::arm64
