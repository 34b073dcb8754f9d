// Scalar floating point (DDI 0487 C4.1.6, "Data Processing -- Scalar Floating-Point and
// Advanced SIMD", op0 = x0x1): 1-, 2- and 3-source arithmetic, compare, conditional compare and
// select, FMOV (immediate, register, general), and the conversions between FP formats, FP and
// integer, FP and fixed point. Semantics follow the C7 instruction pages and the J1 pseudocode;
// every arithmetic result and flag comes from vp::softfloat.
// ARMv8.0 only: half precision (ptype 11) is valid for FCVT between formats and nothing else
// (FEAT_FP16 is not implemented), and FJCVTZS, FRINT32/64 and BFCVT stay Undefined, as on a
// Cortex-A53.
#include "arm64/exec_simd.h"

namespace vp::arm64 {

namespace {

// Element 0 of V register n as format T (f16/f32/f64 bit pattern).
template <typename T> inline T fp_reg(const CpuState& s, unsigned n) { return lane<T>(s.v[n], 0); }

template <typename T> constexpr T kSignBit = T(T(1) << (sizeof(T) * 8 - 1));

// NZCV of an FP comparison (FPCompare; C7.2 FCMP): less 1000, equal 0110, greater 0010,
// unordered 0011.
inline uint32_t cmp_nzcv(sf::Cmp c)
{
    switch (c) {
    case sf::Cmp::kLess: return flag::N;
    case sf::Cmp::kEqual: return flag::Z | flag::C;
    case sf::Cmp::kGreater: return flag::C;
    default: return flag::C | flag::V;
    }
}

// ---- 1 source ---------------------------------------------------------------------------------

// FMOV (register), FABS, FNEG: bit operations that never raise flags, never quiet a NaN and
// ignore FPCR.FZ (FPAbs/FPNeg in J1).
enum class Dp1 : unsigned { kMov, kAbs, kNeg };
template <typename T, Dp1 Op> bool exec_fp_bitop(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    T a = fp_reg<T>(s, in.rn);
    if (Op == Dp1::kAbs)
        a = T(a & ~kSignBit<T>);
    else if (Op == Dp1::kNeg)
        a = T(a ^ kSignBit<T>);
    write_scalar(s.v[in.rd], a);
    return false;
}

template <typename T> bool exec_fsqrt(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    sf::Env env = fp_env(s);
    write_scalar(s.v[in.rd], sf::sqrt(fp_reg<T>(s, in.rn), env));
    fp_commit(s, env);
    return false;
}

// FCVT between formats (C7.2 FCVT); f16 follows FPCR.AHP.
template <typename To, typename From> bool exec_fcvt(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    sf::Env env = fp_env(s);
    write_scalar(s.v[in.rd], sf::convert<To, From>(fp_reg<From>(s, in.rn), env));
    fp_commit(s, env);
    return false;
}

// FRINT<N,P,M,Z,A> with a fixed rounding; Mode kFpcrExact is FRINTX, kFpcr is FRINTI (both use
// FPCR.RMode, only FRINTX raises Inexact).
constexpr unsigned kFpcrExact = 6, kFpcr = 7;
template <typename T, unsigned Mode> bool exec_frint(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    sf::Env env = fp_env(s);
    const sf::Rounding r = Mode >= kFpcrExact ? env.rounding : sf::Rounding(Mode);
    write_scalar(s.v[in.rd],
                 sf::round_to_integral(fp_reg<T>(s, in.rn), r, Mode == kFpcrExact, env));
    fp_commit(s, env);
    return false;
}

// ---- 2 source ---------------------------------------------------------------------------------

// Opcode field (bits 15:12) order of C4.1.6 "Floating-point data-processing (2 source)".
enum class Dp2 : unsigned { kMul, kDiv, kAdd, kSub, kMax, kMin, kMaxNm, kMinNm, kNMul };
template <typename T, Dp2 Op> bool exec_fp_dp2(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const T a = fp_reg<T>(s, in.rn), b = fp_reg<T>(s, in.rm);
    sf::Env env = fp_env(s);
    T r;
    switch (Op) {
    case Dp2::kMul: r = sf::mul(a, b, env); break;
    case Dp2::kDiv: r = sf::div(a, b, env); break;
    case Dp2::kAdd: r = sf::add(a, b, env); break;
    case Dp2::kSub: r = sf::sub(a, b, env); break;
    case Dp2::kMax: r = sf::max(a, b, env); break;
    case Dp2::kMin: r = sf::min(a, b, env); break;
    case Dp2::kMaxNm: r = sf::maxnm(a, b, env); break;
    case Dp2::kMinNm: r = sf::minnm(a, b, env); break;
    default:  // FNMUL negates the product after rounding, a (default) NaN included (C7.2 FNMUL)
        r = T(sf::mul(a, b, env) ^ kSignBit<T>);
        break;
    }
    write_scalar(s.v[in.rd], r);
    fp_commit(s, env);
    return false;
}

// ---- 3 source: FMADD/FMSUB/FNMADD/FNMSUB -------------------------------------------------------
// FPMulAdd(NegA ? -Ra : Ra, NegN ? -Rn : Rn, Rm), one rounding. The negations are FPNeg (sign
// flips, NaNs included) of the operands, as in the C7.2 FMADD pseudocode.
template <typename T, bool NegA, bool NegN> bool exec_fp_dp3(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    T a = fp_reg<T>(s, in.ra), n = fp_reg<T>(s, in.rn);
    const T m = fp_reg<T>(s, in.rm);
    if (NegA)
        a = T(a ^ kSignBit<T>);
    if (NegN)
        n = T(n ^ kSignBit<T>);
    sf::Env env = fp_env(s);
    write_scalar(s.v[in.rd], sf::muladd(a, n, m, env));
    fp_commit(s, env);
    return false;
}

// ---- Compare, conditional compare, conditional select -----------------------------------------

// FCMP/FCMPE (register, or #0.0 when Zero). Signaling: FCMPE (Invalid on any NaN).
template <typename T, bool Signaling, bool Zero> bool exec_fcmp(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    sf::Env env = fp_env(s);
    const T b = Zero ? T(0) : fp_reg<T>(s, in.rm);
    s.nzcv = cmp_nzcv(sf::compare(fp_reg<T>(s, in.rn), b, Signaling, env));
    fp_commit(s, env);
    return false;
}

// FCCMP/FCCMPE: a = cond, b = the #nzcv used when cond fails (then no comparison, no flags).
template <typename T, bool Signaling> bool exec_fccmp(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    if (!condition_holds(in.a, s.nzcv)) {
        s.nzcv = in.b;
        return false;
    }
    sf::Env env = fp_env(s);
    s.nzcv = cmp_nzcv(sf::compare(fp_reg<T>(s, in.rn), fp_reg<T>(s, in.rm), Signaling, env));
    fp_commit(s, env);
    return false;
}

// FCSEL: a = cond.
template <typename T> bool exec_fcsel(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const T r = fp_reg<T>(s, condition_holds(in.a, s.nzcv) ? in.rn : in.rm);
    write_scalar(s.v[in.rd], r);
    return false;
}

// ---- Immediate ----------------------------------------------------------------------------------

// FMOV (scalar, immediate): imm holds VFPExpandImm(imm8), expanded at decode time.
template <typename T> bool exec_fmov_imm(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    write_scalar(cpu.state().v[in.rd], T(in.imm));
    return false;
}

// VFPExpandImm (J1 shared pseudocode) for single (E = 8, F = 23) and double (E = 11, F = 52):
// sign = imm8<7>, exponent = NOT(imm8<6>) : Replicate(imm8<6>, E-3) : imm8<5:4>,
// fraction = imm8<3:0> : Zeros(F-4).
template <typename T> constexpr T vfp_expand_imm(unsigned imm8)
{
    constexpr unsigned kE = sizeof(T) == 4 ? 8 : 11, kF = sizeof(T) == 4 ? 23 : 52;
    const T sign = T(imm8 >> 7) & 1, b6 = T(imm8 >> 6) & 1;
    const T exp = T((b6 ^ 1) << (kE - 1)) | T((b6 ? (T(1) << (kE - 3)) - 1 : 0) << 2) |
                  T((imm8 >> 4) & 3);
    const T frac = T(imm8 & 15) << (kF - 4);
    return T(sign << (kE + kF)) | T(exp << kF) | frac;
}
static_assert(vfp_expand_imm<uint32_t>(0x70) == 0x3F800000, "FMOV #1.0");
static_assert(vfp_expand_imm<uint64_t>(0xF0) == 0xBFF0000000000000ull, "FMOV #-1.0");
static_assert(vfp_expand_imm<uint32_t>(0x00) == 0x40000000, "FMOV #2.0");

// ---- Conversions with general registers ---------------------------------------------------------

// FCVT<N,P,M,Z,A><S,U> (integer and, with a = fbits, FCVTZ<S,U> fixed point) to W (Sf false,
// zero-extended into X) or X. Rounding is the sf::Rounding value.
template <typename T, bool Sf, bool Unsigned, unsigned Rounding>
bool exec_fcvt_to_int(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    sf::Env env = fp_env(s);
    const T a = fp_reg<T>(s, in.rn);
    constexpr unsigned kWidth = Sf ? 64 : 32;
    uint64_t r;
    if (Unsigned)
        r = sf::to_uint(a, kWidth, in.a, sf::Rounding(Rounding), env);
    else
        r = uint64_t(sf::to_sint(a, kWidth, in.a, sf::Rounding(Rounding), env));
    s.x[in.rd] = Sf ? r : uint32_t(r);
    fp_commit(s, env);
    return false;
}

// SCVTF/UCVTF from W (sign- or zero-extended) or X, a = fbits (0 for the integer form).
template <typename T, bool Sf, bool Unsigned> bool exec_cvtf(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    sf::Env env = fp_env(s);
    const uint64_t x = s.x[in.rn];
    T r;
    if (Unsigned)
        r = sf::from_uint<T>(Sf ? x : uint32_t(x), in.a, env);
    else
        r = sf::from_sint<T>(Sf ? int64_t(x) : int64_t(int32_t(uint32_t(x))), in.a, env);
    write_scalar(s.v[in.rd], r);
    fp_commit(s, env);
    return false;
}

// FMOV (general), C7.2: bit copies, no FP flags.
bool exec_fmov_w_from_s(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    s.x[in.rd] = lane<uint32_t>(s.v[in.rn], 0);
    return false;
}
bool exec_fmov_x_from_d(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    s.x[in.rd] = s.v[in.rn].d[0];
    return false;
}
bool exec_fmov_x_from_top(Cpu& cpu, const Insn& in)  // FMOV Xd, Vn.D[1]
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    s.x[in.rd] = s.v[in.rn].d[1];
    return false;
}
bool exec_fmov_s_from_w(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    write_scalar(s.v[in.rd], uint32_t(s.x[in.rn]));
    return false;
}
bool exec_fmov_d_from_x(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    write_scalar(s.v[in.rd], s.x[in.rn]);
    return false;
}
bool exec_fmov_top_from_x(Cpu& cpu, const Insn& in)  // FMOV Vd.D[1], Xn: D[0] is kept
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    s.v[in.rd].d[1] = s.x[in.rn];
    return false;
}

// ---- Handler tables -------------------------------------------------------------------------------

template <typename T> Handler dp2_handler(unsigned op)
{
    static constexpr Handler table[9] = {
        exec_fp_dp2<T, Dp2::kMul>,   exec_fp_dp2<T, Dp2::kDiv>,   exec_fp_dp2<T, Dp2::kAdd>,
        exec_fp_dp2<T, Dp2::kSub>,   exec_fp_dp2<T, Dp2::kMax>,   exec_fp_dp2<T, Dp2::kMin>,
        exec_fp_dp2<T, Dp2::kMaxNm>, exec_fp_dp2<T, Dp2::kMinNm>, exec_fp_dp2<T, Dp2::kNMul>};
    return table[op];
}

// dp1 opcodes 0-3 and 8-15 (FRINT*); nullptr where the opcode is not one of these.
template <typename T> Handler dp1_handler(unsigned opcode)
{
    static constexpr Handler table[16] = {
        exec_fp_bitop<T, Dp1::kMov>,
        exec_fp_bitop<T, Dp1::kAbs>,
        exec_fp_bitop<T, Dp1::kNeg>,
        exec_fsqrt<T>,
        nullptr, nullptr, nullptr, nullptr,  // FCVT, BFCVT: decoded separately
        exec_frint<T, unsigned(sf::Rounding::kNearestEven)>,  // FRINTN
        exec_frint<T, unsigned(sf::Rounding::kPlusInf)>,      // FRINTP
        exec_frint<T, unsigned(sf::Rounding::kMinusInf)>,     // FRINTM
        exec_frint<T, unsigned(sf::Rounding::kZero)>,         // FRINTZ
        exec_frint<T, unsigned(sf::Rounding::kNearestAway)>,  // FRINTA
        nullptr,
        exec_frint<T, kFpcrExact>,  // FRINTX
        exec_frint<T, kFpcr>,       // FRINTI
    };
    return table[opcode];
}

template <typename T, bool Sf, bool Unsigned> Handler fcvt_to_int_handler(sf::Rounding r)
{
    static constexpr Handler table[5] = {
        exec_fcvt_to_int<T, Sf, Unsigned, 0>, exec_fcvt_to_int<T, Sf, Unsigned, 1>,
        exec_fcvt_to_int<T, Sf, Unsigned, 2>, exec_fcvt_to_int<T, Sf, Unsigned, 3>,
        exec_fcvt_to_int<T, Sf, Unsigned, 4>};
    return table[unsigned(r)];
}
template <typename T> Handler fcvt_to_int_handler(bool is64, bool u, sf::Rounding r)
{
    if (is64)
        return u ? fcvt_to_int_handler<T, true, true>(r) : fcvt_to_int_handler<T, true, false>(r);
    return u ? fcvt_to_int_handler<T, false, true>(r) : fcvt_to_int_handler<T, false, false>(r);
}
Handler fcvt_to_int_handler(bool dbl, bool is64, bool u, sf::Rounding r)
{
    return dbl ? fcvt_to_int_handler<sf::f64>(is64, u, r) : fcvt_to_int_handler<sf::f32>(is64, u, r);
}

Handler cvtf_handler(bool dbl, bool is64, bool u)
{
    static constexpr Handler table[2][2][2] = {
        {{exec_cvtf<sf::f32, false, false>, exec_cvtf<sf::f32, false, true>},
         {exec_cvtf<sf::f32, true, false>, exec_cvtf<sf::f32, true, true>}},
        {{exec_cvtf<sf::f64, false, false>, exec_cvtf<sf::f64, false, true>},
         {exec_cvtf<sf::f64, true, false>, exec_cvtf<sf::f64, true, true>}}};
    return table[dbl][is64][u];
}

// The fields every scalar FP group shares: M (bit 31) and S (bit 29) must be 0, ptype (23:22)
// 00 = single or 01 = double. Returns false when the encoding is Undefined in ARMv8.0
// (ptype 10 is unallocated, 11 is FEAT_FP16).
inline bool single_or_double(uint32_t raw, bool& dbl)
{
    if (bit(raw, 31) || bit(raw, 29))
        return false;
    const unsigned ptype = bits(raw, 23, 22);
    dbl = ptype == 1;
    return ptype < 2;
}

}  // namespace

// Conversion between floating-point and fixed-point:
// sf 0 S 11110 ptype 0 rmode opcode scale Rn Rd, fbits = 64 - scale.
void decode_fp_fixed_conv(uint32_t raw, Insn& in)
{
    const bool is64 = bit(raw, 31);
    const unsigned ptype = bits(raw, 23, 22), rmode_op = bits(raw, 20, 16), scale = bits(raw, 15, 10);
    if (bit(raw, 29) || ptype >= 2 || (!is64 && scale < 32))
        return;
    const bool dbl = ptype == 1;
    const unsigned rd = bits(raw, 4, 0), rn = bits(raw, 9, 5);
    in.a = uint8_t(64 - scale);
    switch (rmode_op) {
    case 0x02:  // SCVTF
    case 0x03:  // UCVTF
        in.rd = uint8_t(rd);
        in.rn = reg_read_zr(rn);
        in.fn = cvtf_handler(dbl, is64, rmode_op & 1);
        return;
    case 0x18:  // FCVTZS
    case 0x19:  // FCVTZU
        in.rd = reg_write_zr(rd);
        in.rn = uint8_t(rn);
        in.fn = fcvt_to_int_handler(dbl, is64, rmode_op & 1, sf::Rounding::kZero);
        return;
    default:
        return;
    }
}

// Conversion between floating-point and integer:
// sf 0 S 11110 ptype 1 rmode opcode 000000 Rn Rd.
void decode_fp_int_conv(uint32_t raw, Insn& in)
{
    const bool is64 = bit(raw, 31);
    const unsigned ptype = bits(raw, 23, 22), rmode = bits(raw, 20, 19), opcode = bits(raw, 18, 16);
    if (bit(raw, 29))
        return;
    const unsigned rd = bits(raw, 4, 0), rn = bits(raw, 9, 5);
    const bool dbl = ptype == 1;
    in.a = 0;  // fbits
    if (opcode == 6 || opcode == 7) {  // FMOV (general)
        const bool to_fp = opcode == 7;
        in.rd = to_fp ? uint8_t(rd) : reg_write_zr(rd);
        in.rn = to_fp ? reg_read_zr(rn) : uint8_t(rn);
        if (rmode == 0 && !is64 && ptype == 0)
            in.fn = to_fp ? exec_fmov_s_from_w : exec_fmov_w_from_s;
        else if (rmode == 0 && is64 && ptype == 1)
            in.fn = to_fp ? exec_fmov_d_from_x : exec_fmov_x_from_d;
        else if (rmode == 1 && is64 && ptype == 2)
            in.fn = to_fp ? exec_fmov_top_from_x : exec_fmov_x_from_top;
        // ptype 11 (half) is FEAT_FP16; rmode 11 with opcode 110 is FJCVTZS (ARMv8.3).
        return;
    }
    if (ptype >= 2)
        return;
    if (opcode < 2) {  // FCVT<N,P,M,Z><S,U>: rmode is the rounding, in FPCR.RMode order
        in.rd = reg_write_zr(rd);
        in.rn = uint8_t(rn);
        in.fn = fcvt_to_int_handler(dbl, is64, opcode & 1, sf::Rounding(rmode));
        return;
    }
    if (rmode != 0)
        return;
    if (opcode < 4) {  // SCVTF, UCVTF
        in.rd = uint8_t(rd);
        in.rn = reg_read_zr(rn);
        in.fn = cvtf_handler(dbl, is64, opcode & 1);
        return;
    }
    // FCVTAS, FCVTAU: to nearest with ties away from zero
    in.rd = reg_write_zr(rd);
    in.rn = uint8_t(rn);
    in.fn = fcvt_to_int_handler(dbl, is64, opcode & 1, sf::Rounding::kNearestAway);
}

// Floating-point data-processing (1 source): M 0 S 11110 ptype 1 opcode 10000 Rn Rd.
void decode_fp_dp1(uint32_t raw, Insn& in)
{
    if (bit(raw, 31) || bit(raw, 29))
        return;
    const unsigned ptype = bits(raw, 23, 22), opcode = bits(raw, 20, 15);
    in.rd = uint8_t(bits(raw, 4, 0));
    in.rn = uint8_t(bits(raw, 9, 5));
    if (ptype == 2)
        return;
    if (opcode == 4 || opcode == 5 || opcode == 7) {  // FCVT: ptype = source, opc<1:0> = destination
        const unsigned dst = opcode & 3;
        static constexpr Handler table[4][4] = {
            // destination:     S                               D                               -      H
            {nullptr, exec_fcvt<sf::f64, sf::f32>, nullptr, exec_fcvt<sf::f16, sf::f32>},  // from S
            {exec_fcvt<sf::f32, sf::f64>, nullptr, nullptr, exec_fcvt<sf::f16, sf::f64>},  // from D
            {nullptr, nullptr, nullptr, nullptr},
            {exec_fcvt<sf::f32, sf::f16>, exec_fcvt<sf::f64, sf::f16>, nullptr, nullptr},  // from H
        };
        if (Handler h = table[ptype][dst])
            in.fn = h;
        return;
    }
    if (ptype == 3 || opcode >= 16)  // half precision arithmetic (FP16), FRINT32/64 (ARMv8.5)
        return;
    if (Handler h = ptype == 1 ? dp1_handler<sf::f64>(opcode) : dp1_handler<sf::f32>(opcode))
        in.fn = h;
}

// Floating-point compare: M 0 S 11110 ptype 1 Rm op 1000 Rn opcode2.
// opcode2<3> compares with #0.0 (the Rm field is then ignored), opcode2<4> is FCMPE.
void decode_fp_compare(uint32_t raw, Insn& in)
{
    bool dbl;
    if (!single_or_double(raw, dbl) || bits(raw, 15, 14) != 0 || bits(raw, 2, 0) != 0)
        return;
    in.rn = uint8_t(bits(raw, 9, 5));
    in.rm = uint8_t(bits(raw, 20, 16));
    static constexpr Handler table[2][2][2] = {
        {{exec_fcmp<sf::f32, false, false>, exec_fcmp<sf::f32, false, true>},
         {exec_fcmp<sf::f32, true, false>, exec_fcmp<sf::f32, true, true>}},
        {{exec_fcmp<sf::f64, false, false>, exec_fcmp<sf::f64, false, true>},
         {exec_fcmp<sf::f64, true, false>, exec_fcmp<sf::f64, true, true>}}};
    in.fn = table[dbl][bit(raw, 4)][bit(raw, 3)];
}

// Floating-point immediate: M 0 S 11110 ptype 1 imm8 100 imm5 Rd, imm5 = 00000.
void decode_fp_imm(uint32_t raw, Insn& in)
{
    bool dbl;
    if (!single_or_double(raw, dbl) || bits(raw, 9, 5) != 0)
        return;
    const unsigned imm8 = bits(raw, 20, 13);
    in.rd = uint8_t(bits(raw, 4, 0));
    if (dbl) {
        in.imm = int64_t(vfp_expand_imm<uint64_t>(imm8));
        in.fn = exec_fmov_imm<sf::f64>;
    } else {
        in.imm = int64_t(vfp_expand_imm<uint32_t>(imm8));
        in.fn = exec_fmov_imm<sf::f32>;
    }
}

// Floating-point conditional compare: M 0 S 11110 ptype 1 Rm cond 01 Rn op nzcv.
void decode_fp_ccmp(uint32_t raw, Insn& in)
{
    bool dbl;
    if (!single_or_double(raw, dbl))
        return;
    in.rn = uint8_t(bits(raw, 9, 5));
    in.rm = uint8_t(bits(raw, 20, 16));
    in.a = uint8_t(bits(raw, 15, 12));
    in.b = uint8_t(bits(raw, 3, 0));
    const bool e = bit(raw, 4);
    if (dbl)
        in.fn = e ? exec_fccmp<sf::f64, true> : exec_fccmp<sf::f64, false>;
    else
        in.fn = e ? exec_fccmp<sf::f32, true> : exec_fccmp<sf::f32, false>;
}

// Floating-point data-processing (2 source): M 0 S 11110 ptype 1 Rm opcode 10 Rn Rd.
void decode_fp_dp2(uint32_t raw, Insn& in)
{
    bool dbl;
    const unsigned opcode = bits(raw, 15, 12);
    if (!single_or_double(raw, dbl) || opcode > 8)
        return;
    in.rd = uint8_t(bits(raw, 4, 0));
    in.rn = uint8_t(bits(raw, 9, 5));
    in.rm = uint8_t(bits(raw, 20, 16));
    in.fn = dbl ? dp2_handler<sf::f64>(opcode) : dp2_handler<sf::f32>(opcode);
}

// Floating-point conditional select: M 0 S 11110 ptype 1 Rm cond 11 Rn Rd. decode_simd_fp
// also sends the unallocated op3<5:0> = 100000 here: bits 11:10 must be 11.
void decode_fp_csel(uint32_t raw, Insn& in)
{
    bool dbl;
    if (!single_or_double(raw, dbl) || bits(raw, 11, 10) != 3)
        return;
    in.rd = uint8_t(bits(raw, 4, 0));
    in.rn = uint8_t(bits(raw, 9, 5));
    in.rm = uint8_t(bits(raw, 20, 16));
    in.a = uint8_t(bits(raw, 15, 12));
    in.fn = dbl ? exec_fcsel<sf::f64> : exec_fcsel<sf::f32>;
}

// Floating-point data-processing (3 source): M 0 S 11111 ptype o1 Rm o0 Ra Rn Rd.
// o1 negates Ra, o1 != o0 negates Rn: FMADD, FMSUB, FNMADD, FNMSUB.
void decode_fp_dp3(uint32_t raw, Insn& in)
{
    bool dbl;
    if (!single_or_double(raw, dbl))
        return;
    in.rd = uint8_t(bits(raw, 4, 0));
    in.rn = uint8_t(bits(raw, 9, 5));
    in.rm = uint8_t(bits(raw, 20, 16));
    in.ra = uint8_t(bits(raw, 14, 10));
    const unsigned o1 = bit(raw, 21), o0 = bit(raw, 15);
    static constexpr Handler table[2][4] = {
        {exec_fp_dp3<sf::f32, false, false>, exec_fp_dp3<sf::f32, false, true>,
         exec_fp_dp3<sf::f32, true, true>, exec_fp_dp3<sf::f32, true, false>},
        {exec_fp_dp3<sf::f64, false, false>, exec_fp_dp3<sf::f64, false, true>,
         exec_fp_dp3<sf::f64, true, true>, exec_fp_dp3<sf::f64, true, false>}};
    in.fn = table[dbl][(o1 << 1) | o0];
}

}  // namespace vp::arm64
