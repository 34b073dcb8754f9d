// AdvSIMD data movement (DDI 0487 C4.1.6 encodings, C7.2 instruction pages): copy (DUP, INS,
// UMOV, SMOV), modified immediate (MOVI, MVNI, ORR, BIC, FMOV vector immediate), integer shift
// by immediate in vector and scalar forms, permutes (UZP/TRN/ZIP), EXT, TBL/TBX and scalar ADDP.
// Reserved size/immediate/Q combinations stay Undefined; the FP16 FMOV (o2 = 1) is not ARMv8.0.
#include <type_traits>

#include "arm64/exec_simd.h"

namespace vp::arm64 {

namespace {

// ---- Lane types ------------------------------------------------------------

// Unsigned lane type of element size 8 << Size bits.
template <unsigned Size> struct LaneOf;
template <> struct LaneOf<0> { using type = uint8_t; };
template <> struct LaneOf<1> { using type = uint16_t; };
template <> struct LaneOf<2> { using type = uint32_t; };
template <> struct LaneOf<3> { using type = uint64_t; };
template <unsigned Size> using lane_t = typename LaneOf<Size>::type;

// The unsigned type twice as wide as U (narrowing sources, lengthening results).
template <typename U> using wide_t = lane_t<__builtin_ctz(sizeof(U)) + 1>;

template <typename U> constexpr unsigned kLaneBits = 8 * sizeof(U);

// x (an unsigned lane value) repeated across 64 bits.
template <typename U> constexpr uint64_t replicate(uint64_t x)
{
    constexpr uint64_t ones =
        sizeof(U) == 8 ? 1 : ~uint64_t(0) / ((uint64_t(1) << kLaneBits<U>) - 1);
    return uint64_t(U(x)) * ones;
}

// x >> sh for 1 <= sh <= width of T, optionally rounded (adding 1 << (sh - 1) first), computed
// without overflow in a wider type. Signed T shifts arithmetically. A shift by the full width
// gives the sign fill (signed) or 0 (unsigned), plus the rounding carry.
template <typename T, bool Round> inline T shift_right(T x, unsigned sh)
{
    constexpr bool kSigned = std::is_signed_v<T>;
    using W = std::conditional_t<(sizeof(T) < 8), std::conditional_t<kSigned, int64_t, uint64_t>,
                                 std::conditional_t<kSigned, __int128, unsigned __int128>>;
    W v = x;
    if (Round)
        v += W(1) << (sh - 1);
    return T(v >> sh);
}

inline bool exec_done(CpuState& s, unsigned rd, const VReg& r)
{
    s.v[rd] = r;
    return false;
}

// ---- Copy (C4.1.6 "Advanced SIMD copy" / "scalar copy") -------------------

// DUP Vd.T, Vn.Ts[a]: a = index.
template <typename U, bool Q> bool exec_dup_elem(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const uint64_t pattern = replicate<U>(lane<U>(s.v[in.rn], in.a));
    return exec_done(s, in.rd, VReg{{pattern, Q ? pattern : 0}});
}

// DUP Vd.T, Wn/Xn: rn is a general register (31 = ZR).
template <typename U, bool Q> bool exec_dup_gen(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const uint64_t pattern = replicate<U>(s.x[in.rn]);
    return exec_done(s, in.rd, VReg{{pattern, Q ? pattern : 0}});
}

// DUP <V>d, Vn.T[a] (scalar; the MOV alias).
template <typename U> bool exec_dup_scalar(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const U x = lane<U>(s.v[in.rn], in.a);
    write_scalar<U>(s.v[in.rd], x);
    return false;
}

// INS Vd.Ts[a], Wn/Xn (MOV alias); the rest of Vd is kept.
template <typename U> bool exec_ins_gen(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    set_lane<U>(s.v[in.rd], in.a, U(s.x[in.rn]));
    return false;
}

// INS Vd.Ts[a], Vn.Ts[b].
template <typename U> bool exec_ins_elem(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const U x = lane<U>(s.v[in.rn], in.b);
    set_lane<U>(s.v[in.rd], in.a, x);
    return false;
}

// UMOV Wd/Xd, Vn.Ts[a]: zero-extended. rd is a general register (31 = ZR).
template <typename U> bool exec_umov(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    s.x[in.rd] = lane<U>(s.v[in.rn], in.a);
    return false;
}

// SMOV Wd/Xd, Vn.Ts[a]: sign-extended to 32 (X = false, upper half of Xd cleared) or 64 bits.
template <typename U, bool X> bool exec_smov(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const int64_t v = std::make_signed_t<U>(lane<U>(s.v[in.rn], in.a));
    s.x[in.rd] = X ? uint64_t(v) : uint64_t(uint32_t(v));
    return false;
}

constexpr Handler kDupElem[4][2] = {
    {&exec_dup_elem<uint8_t, false>, &exec_dup_elem<uint8_t, true>},
    {&exec_dup_elem<uint16_t, false>, &exec_dup_elem<uint16_t, true>},
    {&exec_dup_elem<uint32_t, false>, &exec_dup_elem<uint32_t, true>},
    {nullptr, &exec_dup_elem<uint64_t, true>},
};
constexpr Handler kDupGen[4][2] = {
    {&exec_dup_gen<uint8_t, false>, &exec_dup_gen<uint8_t, true>},
    {&exec_dup_gen<uint16_t, false>, &exec_dup_gen<uint16_t, true>},
    {&exec_dup_gen<uint32_t, false>, &exec_dup_gen<uint32_t, true>},
    {nullptr, &exec_dup_gen<uint64_t, true>},
};
constexpr Handler kDupScalar[4] = {&exec_dup_scalar<uint8_t>, &exec_dup_scalar<uint16_t>,
                                   &exec_dup_scalar<uint32_t>, &exec_dup_scalar<uint64_t>};
constexpr Handler kInsGen[4] = {&exec_ins_gen<uint8_t>, &exec_ins_gen<uint16_t>,
                                &exec_ins_gen<uint32_t>, &exec_ins_gen<uint64_t>};
constexpr Handler kInsElem[4] = {&exec_ins_elem<uint8_t>, &exec_ins_elem<uint16_t>,
                                 &exec_ins_elem<uint32_t>, &exec_ins_elem<uint64_t>};
constexpr Handler kUmov[4] = {&exec_umov<uint8_t>, &exec_umov<uint16_t>, &exec_umov<uint32_t>,
                              &exec_umov<uint64_t>};
constexpr Handler kSmov[3][2] = {
    {&exec_smov<uint8_t, false>, &exec_smov<uint8_t, true>},
    {&exec_smov<uint16_t, false>, &exec_smov<uint16_t, true>},
    {nullptr, &exec_smov<uint32_t, true>},
};

// ---- Modified immediate (C4.1.6, AdvSIMDExpandImm in J1) ---------------------
// imm holds the expanded 64-bit pattern, already inverted for MVNI and BIC.

template <bool Q> bool exec_movi(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const uint64_t imm = uint64_t(in.imm);
    return exec_done(s, in.rd, VReg{{imm, Q ? imm : 0}});
}

template <bool Q> bool exec_orr_imm(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    VReg& d = vreg(cpu, in.rd);
    d.d[0] |= uint64_t(in.imm);
    d.d[1] = Q ? d.d[1] | uint64_t(in.imm) : 0;
    return false;
}

// BIC: imm is the inverted pattern.
template <bool Q> bool exec_and_imm(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    VReg& d = vreg(cpu, in.rd);
    d.d[0] &= uint64_t(in.imm);
    d.d[1] = Q ? d.d[1] & uint64_t(in.imm) : 0;
    return false;
}

// ---- Shift by immediate (C4.1.6 "Advanced SIMD (scalar) shift by immediate") --

enum ShiftOp : unsigned {
    kSshr, kUshr, kSsra, kUsra, kSrshr, kUrshr, kSrsra, kUrsra,
    kSri, kShl, kSli, kSqshl, kUqshl, kSqshlu,
};

// One lane of a same-width shift: x from Vn, d the old lane of Vd (accumulate, insert).
// Right shifts take 1 <= sh <= width, left shifts 0 <= sh < width.
template <unsigned Op, typename U> inline U shift_lane(CpuState& s, U x, U d, unsigned sh)
{
    using S = std::make_signed_t<U>;
    constexpr unsigned kBits = kLaneBits<U>;
    constexpr bool kRound = Op == kSrshr || Op == kUrshr || Op == kSrsra || Op == kUrsra;
    constexpr bool kAcc = Op == kSsra || Op == kUsra || Op == kSrsra || Op == kUrsra;
    if constexpr (Op == kSshr || Op == kSsra || Op == kSrshr || Op == kSrsra) {
        const U r = U(shift_right<S, kRound>(S(x), sh));
        return kAcc ? U(d + r) : r;
    } else if constexpr (Op == kUshr || Op == kUsra || Op == kUrshr || Op == kUrsra) {
        const U r = shift_right<U, kRound>(x, sh);
        return kAcc ? U(d + r) : r;
    } else if constexpr (Op == kSri) {
        if (sh == kBits)
            return d;  // nothing is inserted
        const U mask = U(U(~U(0)) >> sh);
        return U((d & U(~mask)) | U(x >> sh));
    } else if constexpr (Op == kShl) {
        return U(uint64_t(x) << sh);
    } else if constexpr (Op == kSli) {
        const U mask = U(uint64_t(U(~U(0))) << sh);
        return U((d & U(~mask)) | U(uint64_t(x) << sh));
    } else if constexpr (Op == kSqshl) {
        return U(sat_signed(s, __int128(S(x)) * (__int128(1) << sh), kBits));
    } else if constexpr (Op == kUqshl) {
        return U(sat_unsigned(s, __int128(x) << sh, kBits));
    } else {  // kSqshlu: signed in, unsigned out
        return U(sat_unsigned(s, __int128(S(x)) * (__int128(1) << sh), kBits));
    }
}

// Same-width shift of N lanes of U (N * sizeof(U) = 16 or 8 for vectors, N = 1 for scalars);
// lanes past N are cleared. a = shift amount.
template <unsigned Op, typename U, unsigned N> bool exec_shift(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const VReg n = s.v[in.rn], d = s.v[in.rd];
    VReg r{{0, 0}};
    for (unsigned i = 0; i < N; ++i)
        set_lane<U>(r, i, shift_lane<Op, U>(s, lane<U>(n, i), lane<U>(d, i), in.a));
    return exec_done(s, in.rd, r);
}

template <unsigned Op> Handler shift_handler(unsigned size, bool q, bool scalar)
{
    static constexpr Handler vec[4][2] = {
        {&exec_shift<Op, uint8_t, 8>, &exec_shift<Op, uint8_t, 16>},
        {&exec_shift<Op, uint16_t, 4>, &exec_shift<Op, uint16_t, 8>},
        {&exec_shift<Op, uint32_t, 2>, &exec_shift<Op, uint32_t, 4>},
        {nullptr, &exec_shift<Op, uint64_t, 2>},
    };
    static constexpr Handler sca[4] = {&exec_shift<Op, uint8_t, 1>, &exec_shift<Op, uint16_t, 1>,
                                       &exec_shift<Op, uint32_t, 1>, &exec_shift<Op, uint64_t, 1>};
    return scalar ? sca[size] : vec[size][q];
}

enum NarrowOp : unsigned {
    kShrn, kRshrn, kSqshrn, kSqrshrn, kUqshrn, kUqrshrn, kSqshrun, kSqrshrun,
};

// One lane of a narrowing right shift: x is the double-width source, 1 <= sh <= width of U.
template <unsigned Op, typename U> inline U narrow_lane(CpuState& s, wide_t<U> x, unsigned sh)
{
    using W = wide_t<U>;
    using SW = std::make_signed_t<W>;
    constexpr unsigned kBits = kLaneBits<U>;
    constexpr bool kRound = Op == kRshrn || Op == kSqrshrn || Op == kUqrshrn || Op == kSqrshrun;
    if constexpr (Op == kShrn || Op == kRshrn)
        return U(shift_right<W, kRound>(x, sh));
    else if constexpr (Op == kSqshrn || Op == kSqrshrn)
        return U(sat_signed(s, shift_right<SW, kRound>(SW(x), sh), kBits));
    else if constexpr (Op == kUqshrn || Op == kUqrshrn)
        return U(sat_unsigned(s, shift_right<W, kRound>(x, sh), kBits));
    else  // SQSHRUN, SQRSHRUN
        return U(sat_unsigned(s, shift_right<SW, kRound>(SW(x), sh), kBits));
}

// Narrowing shift into N lanes of U: the lower half of Vd (upper half cleared), the upper half
// (Upper, the "2" forms; the lower half kept) or one scalar lane. a = shift amount.
template <unsigned Op, typename U, unsigned N, bool Upper>
bool exec_narrow(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const VReg n = s.v[in.rn];
    VReg r{{Upper ? s.v[in.rd].d[0] : 0, 0}};
    for (unsigned i = 0; i < N; ++i)
        set_lane<U>(r, Upper ? N + i : i, narrow_lane<Op, U>(s, lane<wide_t<U>>(n, i), in.a));
    return exec_done(s, in.rd, r);
}

template <unsigned Op> Handler narrow_handler(unsigned size, bool q, bool scalar)
{
    static constexpr Handler vec[3][2] = {
        {&exec_narrow<Op, uint8_t, 8, false>, &exec_narrow<Op, uint8_t, 8, true>},
        {&exec_narrow<Op, uint16_t, 4, false>, &exec_narrow<Op, uint16_t, 4, true>},
        {&exec_narrow<Op, uint32_t, 2, false>, &exec_narrow<Op, uint32_t, 2, true>},
    };
    static constexpr Handler sca[3] = {&exec_narrow<Op, uint8_t, 1, false>,
                                       &exec_narrow<Op, uint16_t, 1, false>,
                                       &exec_narrow<Op, uint32_t, 1, false>};
    return scalar ? sca[size] : vec[size][q];
}

// SSHLL/USHLL (SXTL/UXTL when a = 0): lanes of U from the lower or (Upper, "2") upper half
// of Vn, extended to twice the width and shifted left by a (0 <= a < width of U).
template <typename U, bool Signed, bool Upper> bool exec_shll(Cpu& cpu, const Insn& in)
{
    using W = wide_t<U>;
    constexpr unsigned N = 8 / sizeof(U);
    fp_access(cpu);
    CpuState& s = cpu.state();
    const VReg n = s.v[in.rn];
    VReg r;
    for (unsigned i = 0; i < N; ++i) {
        const U x = lane<U>(n, (Upper ? N : 0) + i);
        const W w = Signed ? W(std::make_signed_t<W>(std::make_signed_t<U>(x))) : W(x);
        set_lane<W>(r, i, W(uint64_t(w) << in.a));
    }
    return exec_done(s, in.rd, r);
}

constexpr Handler kShll[3][2][2] = {
    {{&exec_shll<uint8_t, false, false>, &exec_shll<uint8_t, false, true>},
     {&exec_shll<uint8_t, true, false>, &exec_shll<uint8_t, true, true>}},
    {{&exec_shll<uint16_t, false, false>, &exec_shll<uint16_t, false, true>},
     {&exec_shll<uint16_t, true, false>, &exec_shll<uint16_t, true, true>}},
    {{&exec_shll<uint32_t, false, false>, &exec_shll<uint32_t, false, true>},
     {&exec_shll<uint32_t, true, false>, &exec_shll<uint32_t, true, true>}},
};

// ---- Permute, extract, table lookup -----------------------------------------

// UZP1/TRN1/ZIP1 (Opc = 1, 2, 3) and UZP2/TRN2/ZIP2 (5, 6, 7): the encoding's opcode field.
template <unsigned Opc, typename U, bool Q> bool exec_permute(Cpu& cpu, const Insn& in)
{
    constexpr unsigned N = (Q ? 16 : 8) / sizeof(U), kPairs = N / 2, kPart = Opc >> 2;
    fp_access(cpu);
    CpuState& s = cpu.state();
    const VReg n = s.v[in.rn], m = s.v[in.rm];
    VReg r{{0, 0}};
    if constexpr ((Opc & 3) == 1) {  // UZP: even (odd) elements of the concatenation m:n
        for (unsigned e = 0; e < N; ++e) {
            const unsigned k = 2 * e + kPart;
            set_lane<U>(r, e, k < N ? lane<U>(n, k) : lane<U>(m, k - N));
        }
    } else if constexpr ((Opc & 3) == 2) {  // TRN: even (odd) elements of n and m interleaved
        for (unsigned p = 0; p < kPairs; ++p) {
            set_lane<U>(r, 2 * p, lane<U>(n, 2 * p + kPart));
            set_lane<U>(r, 2 * p + 1, lane<U>(m, 2 * p + kPart));
        }
    } else {  // ZIP: lower (upper) halves of n and m interleaved
        for (unsigned p = 0; p < kPairs; ++p) {
            set_lane<U>(r, 2 * p, lane<U>(n, kPart * kPairs + p));
            set_lane<U>(r, 2 * p + 1, lane<U>(m, kPart * kPairs + p));
        }
    }
    return exec_done(s, in.rd, r);
}

template <unsigned Opc> Handler permute_handler(unsigned size, bool q)
{
    static constexpr Handler t[4][2] = {
        {&exec_permute<Opc, uint8_t, false>, &exec_permute<Opc, uint8_t, true>},
        {&exec_permute<Opc, uint16_t, false>, &exec_permute<Opc, uint16_t, true>},
        {&exec_permute<Opc, uint32_t, false>, &exec_permute<Opc, uint32_t, true>},
        {nullptr, &exec_permute<Opc, uint64_t, true>},
    };
    return t[size][q];
}

// EXT: bytes a.. of the concatenation Vm:Vn (of the lower halves for Q = 0).
template <bool Q> bool exec_ext(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    VReg r{{0, 0}};
    if (Q) {
        uint8_t buf[32];
        std::memcpy(buf, &s.v[in.rn], 16);
        std::memcpy(buf + 16, &s.v[in.rm], 16);
        std::memcpy(&r, buf + in.a, 16);
    } else {
        const uint64_t lo = s.v[in.rn].d[0], hi = s.v[in.rm].d[0];
        r.d[0] = in.a == 0 ? lo : (lo >> (8 * in.a)) | (hi << (64 - 8 * in.a));
    }
    return exec_done(s, in.rd, r);
}

// TBL/TBX with Regs table registers Vn, Vn+1, ... (numbers modulo 32): each index byte of Vm
// selects a table byte; an index past the table gives 0 (TBL) or keeps the byte of Vd (TBX).
template <unsigned Regs, bool Tbx, bool Q> bool exec_tbl(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    uint8_t table[16 * Regs];
    for (unsigned k = 0; k < Regs; ++k)
        std::memcpy(table + 16 * k, &s.v[(in.rn + k) & 31], 16);
    const VReg idx = s.v[in.rm];
    VReg r = Tbx ? s.v[in.rd] : VReg{{0, 0}};
    for (unsigned i = 0; i < (Q ? 16u : 8u); ++i) {
        const uint8_t j = lane<uint8_t>(idx, i);
        if (j < 16 * Regs)
            set_lane<uint8_t>(r, i, table[j]);
    }
    if (!Q)
        r.d[1] = 0;
    return exec_done(s, in.rd, r);
}

constexpr Handler kTbl[4][2][2] = {
    {{&exec_tbl<1, false, false>, &exec_tbl<1, false, true>},
     {&exec_tbl<1, true, false>, &exec_tbl<1, true, true>}},
    {{&exec_tbl<2, false, false>, &exec_tbl<2, false, true>},
     {&exec_tbl<2, true, false>, &exec_tbl<2, true, true>}},
    {{&exec_tbl<3, false, false>, &exec_tbl<3, false, true>},
     {&exec_tbl<3, true, false>, &exec_tbl<3, true, true>}},
    {{&exec_tbl<4, false, false>, &exec_tbl<4, false, true>},
     {&exec_tbl<4, true, false>, &exec_tbl<4, true, true>}},
};

// ADDP Dd, Vn.2D.
bool exec_addp_scalar(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const VReg& n = s.v[in.rn];
    return exec_done(s, in.rd, VReg{{n.d[0] + n.d[1], 0}});
}

}  // namespace

// 0 Q op 01110000 imm5 0 imm4 1 Rn Rd (scalar: 01 op 11110000 ...). The element size is
// the lowest set bit of imm5, the index the bits above it.
void decode_simd_copy(uint32_t raw, Insn& in, bool scalar)
{
    const unsigned imm5 = bits(raw, 20, 16), imm4 = bits(raw, 14, 11);
    const unsigned rd = bits(raw, 4, 0), rn = bits(raw, 9, 5);
    const bool q = bit(raw, 30), op = bit(raw, 29);
    if ((imm5 & 0xF) == 0)
        return;  // no element size: reserved
    const unsigned size = unsigned(__builtin_ctz(imm5));
    in.rd = uint8_t(rd);
    in.rn = uint8_t(rn);
    in.a = uint8_t(imm5 >> (size + 1));
    if (scalar) {
        if (!op && imm4 == 0)
            in.fn = kDupScalar[size];
        return;
    }
    if (op) {  // INS (element): Q = 1 only; imm4 holds the source index
        if (q) {
            in.b = uint8_t(imm4 >> size);
            in.fn = kInsElem[size];
        }
        return;
    }
    switch (imm4) {
    case 0x0:  // DUP (element); 1D is reserved
        if (size < 3 || q)
            in.fn = kDupElem[size][q];
        break;
    case 0x1:  // DUP (general); 1D is reserved
        in.rn = reg_read_zr(rn);
        if (size < 3 || q)
            in.fn = kDupGen[size][q];
        break;
    case 0x3:  // INS (general)
        in.rn = reg_read_zr(rn);
        if (q)
            in.fn = kInsGen[size];
        break;
    case 0x5:  // SMOV: B/H into W (Q = 0), B/H/S into X (Q = 1)
        in.rd = reg_write_zr(rd);
        if (size < (q ? 3u : 2u))
            in.fn = kSmov[size][q];
        break;
    case 0x7:  // UMOV: B/H/S into W (Q = 0), D into X (Q = 1)
        in.rd = reg_write_zr(rd);
        if (q ? size == 3 : size < 3)
            in.fn = kUmov[size];
        break;
    default:
        break;
    }
}

// 0 Q op 0111100000 a b c cmode o2 1 d e f g h Rd: the immediate is expanded here
// (AdvSIMDExpandImm) so that the handlers only store, OR or AND a 64-bit pattern.
void decode_simd_mod_imm(uint32_t raw, Insn& in)
{
    const bool q = bit(raw, 30), op = bit(raw, 29);
    const unsigned cmode = bits(raw, 15, 12);
    if (bit(raw, 11))
        return;  // o2 = 1: FMOV (vector, immediate) half-precision is ARMv8.2-FP16
    const uint64_t imm8 = (bits(raw, 18, 16) << 5) | bits(raw, 9, 5);
    uint64_t imm = 0;
    switch (cmode >> 1) {
    case 0: case 1: case 2: case 3:  // 32-bit lanes, imm8 shifted left by 0, 8, 16 or 24
        imm = replicate<uint32_t>(imm8 << (8 * (cmode >> 1)));
        break;
    case 4: case 5:  // 16-bit lanes, imm8 shifted left by 0 or 8
        imm = replicate<uint16_t>(imm8 << (8 * ((cmode >> 1) & 1)));
        break;
    case 6:  // 32-bit lanes, "MSL": shifted left by 8 or 16 with ones shifted in
        imm = replicate<uint32_t>((cmode & 1) ? (imm8 << 16) | 0xFFFF : (imm8 << 8) | 0xFF);
        break;
    default:
        if (!(cmode & 1)) {
            if (!op) {  // MOVI 8-bit lanes
                imm = replicate<uint8_t>(imm8);
            } else {  // MOVI 64-bit: every bit of imm8 selects a byte of ones
                for (unsigned i = 0; i < 8; ++i)
                    if (imm8 & (1u << i))
                        imm |= uint64_t(0xFF) << (8 * i);
            }
        } else {
            // FMOV: sign a, exponent NOT(b):b...b:cd, fraction efgh followed by zeros.
            const uint64_t a = imm8 >> 7, b = (imm8 >> 6) & 1, cdefgh = imm8 & 0x3F;
            if (!op) {  // single precision in each 32-bit lane
                const uint64_t f =
                    (a << 31) | ((b ^ 1) << 30) | (b ? 0x1Full << 25 : 0) | (cdefgh << 19);
                imm = replicate<uint32_t>(f);
            } else {  // double precision, 2D only
                if (!q)
                    return;
                imm = (a << 63) | ((b ^ 1) << 62) | (b ? 0xFFull << 54 : 0) | (cdefgh << 48);
            }
        }
        break;
    }
    in.rd = uint8_t(bits(raw, 4, 0));
    if (cmode < 12 && (cmode & 1)) {  // ORR / BIC (vector, immediate)
        if (op) {
            in.imm = int64_t(~imm);
            in.fn = q ? &exec_and_imm<true> : &exec_and_imm<false>;
        } else {
            in.imm = int64_t(imm);
            in.fn = q ? &exec_orr_imm<true> : &exec_orr_imm<false>;
        }
        return;
    }
    // MOVI / MVNI / FMOV; MVNI is op = 1 with cmode < 14.
    in.imm = int64_t(op && cmode < 14 ? ~imm : imm);
    in.fn = q ? &exec_movi<true> : &exec_movi<false>;
}

// 0 Q U 011110 immh immb opcode 1 Rn Rd (scalar: 01 U 111110 ...). The highest set bit of
// immh gives the element size (for narrowing and lengthening forms: of the narrow element);
// right shifts are 2 * esize - immh:immb, left shifts immh:immb - esize.
void decode_simd_shift_imm_int(uint32_t raw, Insn& in, bool scalar)
{
    const unsigned immh = bits(raw, 22, 19), immhb = bits(raw, 22, 16), opcode = bits(raw, 15, 11);
    const bool q = bit(raw, 30), u = bit(raw, 29);
    if (immh == 0)
        return;  // scalar: unallocated (the vector form is modified immediate)
    const unsigned size = 31 - unsigned(__builtin_clz(immh));
    const unsigned esize = 8u << size;
    const unsigned shr = 2 * esize - immhb, shl = immhb - esize;
    in.rd = uint8_t(bits(raw, 4, 0));
    in.rn = uint8_t(bits(raw, 9, 5));

    if (opcode < 0x10) {  // same width
        if (opcode & 1)
            return;
        // Non-saturating scalar forms exist for D only; vector 1D is reserved.
        const bool saturating = opcode == 0x0C || opcode == 0x0E;
        if (scalar ? (!saturating && size != 3) : (size == 3 && !q))
            return;
        // U = 0 / U = 1 handler of a same-width shift (nullptr: unallocated).
        const auto pick = [&](unsigned sop, unsigned uop) -> Handler {
            const unsigned op = u ? uop : sop;
            switch (op) {
            case kSshr: return shift_handler<kSshr>(size, q, scalar);
            case kUshr: return shift_handler<kUshr>(size, q, scalar);
            case kSsra: return shift_handler<kSsra>(size, q, scalar);
            case kUsra: return shift_handler<kUsra>(size, q, scalar);
            case kSrshr: return shift_handler<kSrshr>(size, q, scalar);
            case kUrshr: return shift_handler<kUrshr>(size, q, scalar);
            case kSrsra: return shift_handler<kSrsra>(size, q, scalar);
            case kUrsra: return shift_handler<kUrsra>(size, q, scalar);
            case kSri: return shift_handler<kSri>(size, q, scalar);
            case kShl: return shift_handler<kShl>(size, q, scalar);
            case kSli: return shift_handler<kSli>(size, q, scalar);
            case kSqshl: return shift_handler<kSqshl>(size, q, scalar);
            case kUqshl: return shift_handler<kUqshl>(size, q, scalar);
            case kSqshlu: return shift_handler<kSqshlu>(size, q, scalar);
            default: return nullptr;
            }
        };
        constexpr unsigned kNone = ~0u;
        Handler h = nullptr;
        switch (opcode) {
        case 0x00: h = pick(kSshr, kUshr); break;
        case 0x02: h = pick(kSsra, kUsra); break;
        case 0x04: h = pick(kSrshr, kUrshr); break;
        case 0x06: h = pick(kSrsra, kUrsra); break;
        case 0x08: h = pick(kNone, kSri); break;
        case 0x0A: h = pick(kShl, kSli); break;
        case 0x0C: h = pick(kNone, kSqshlu); break;
        default: h = pick(kSqshl, kUqshl); break;  // 0x0E
        }
        if (h) {
            in.a = uint8_t(opcode >= 0x0A ? shl : shr);
            in.fn = h;
        }
        return;
    }
    if (size == 3)
        return;  // no 128-bit source or result element
    if (opcode <= 0x13) {  // narrowing right shifts; SHRN and RSHRN have no scalar form
        Handler h = nullptr;
        switch (opcode) {
        case 0x10:
            h = u ? narrow_handler<kSqshrun>(size, q, scalar)
                  : scalar ? nullptr : narrow_handler<kShrn>(size, q, false);
            break;
        case 0x11:
            h = u ? narrow_handler<kSqrshrun>(size, q, scalar)
                  : scalar ? nullptr : narrow_handler<kRshrn>(size, q, false);
            break;
        case 0x12:
            h = u ? narrow_handler<kUqshrn>(size, q, scalar)
                  : narrow_handler<kSqshrn>(size, q, scalar);
            break;
        default:
            h = u ? narrow_handler<kUqrshrn>(size, q, scalar)
                  : narrow_handler<kSqrshrn>(size, q, scalar);
            break;
        }
        if (h) {
            in.a = uint8_t(shr);
            in.fn = h;
        }
        return;
    }
    if (opcode == 0x14 && !scalar) {  // SSHLL/USHLL
        in.a = uint8_t(shl);
        in.fn = kShll[size][!u][q];
    }
}

// 0 Q 001110 size 0 Rm 0 opcode 10 Rn Rd; opcode 000 and 100 are unallocated, 1D reserved.
void decode_simd_permute(uint32_t raw, Insn& in)
{
    const unsigned size = bits(raw, 23, 22), opcode = bits(raw, 14, 12);
    const bool q = bit(raw, 30);
    if (bit(raw, 29) || bit(raw, 21) || (size == 3 && !q))
        return;
    Handler h = nullptr;
    switch (opcode) {
    case 1: h = permute_handler<1>(size, q); break;
    case 2: h = permute_handler<2>(size, q); break;
    case 3: h = permute_handler<3>(size, q); break;
    case 5: h = permute_handler<5>(size, q); break;
    case 6: h = permute_handler<6>(size, q); break;
    case 7: h = permute_handler<7>(size, q); break;
    default: return;
    }
    in.rd = uint8_t(bits(raw, 4, 0));
    in.rn = uint8_t(bits(raw, 9, 5));
    in.rm = uint8_t(bits(raw, 20, 16));
    in.fn = h;
}

// 0 Q 101110 op2 0 Rm 0 imm4 0 Rn Rd: op2 = 00; for Q = 0, imm4<3> = 1 is reserved.
void decode_simd_extract(uint32_t raw, Insn& in)
{
    const unsigned imm4 = bits(raw, 14, 11);
    const bool q = bit(raw, 30);
    if (bits(raw, 23, 21) != 0 || bit(raw, 15) || (!q && (imm4 & 8)))
        return;
    in.rd = uint8_t(bits(raw, 4, 0));
    in.rn = uint8_t(bits(raw, 9, 5));
    in.rm = uint8_t(bits(raw, 20, 16));
    in.a = uint8_t(imm4);
    in.fn = q ? &exec_ext<true> : &exec_ext<false>;
}

// 0 Q 001110 op2 0 Rm 0 len op 00 Rn Rd: op2 = 00; len + 1 table registers, op = 1 for TBX.
void decode_simd_table(uint32_t raw, Insn& in)
{
    if (bits(raw, 23, 21) != 0 || bit(raw, 29) || bit(raw, 15))
        return;
    in.rd = uint8_t(bits(raw, 4, 0));
    in.rn = uint8_t(bits(raw, 9, 5));
    in.rm = uint8_t(bits(raw, 20, 16));
    in.fn = kTbl[bits(raw, 14, 13)][bit(raw, 12)][bit(raw, 30)];
}

// 01 U 11110 size 11000 opcode 10 Rn Rd with opcode 11011: ADDP (scalar), U = 0, size = 11.
void decode_simd_pairwise_int(uint32_t raw, Insn& in)
{
    if (bit(raw, 29) || bits(raw, 23, 22) != 3 || bits(raw, 16, 12) != 0x1B)
        return;
    in.rd = uint8_t(bits(raw, 4, 0));
    in.rn = uint8_t(bits(raw, 9, 5));
    in.fn = &exec_addp_scalar;
}

}  // namespace vp::arm64
