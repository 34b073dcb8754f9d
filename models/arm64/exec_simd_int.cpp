// AdvSIMD integer arithmetic, vector and scalar forms (DDI 0487 C4.1.6 encoding
// tables, C7.2 instruction pages): three same, three different (including
// PMULL/PMULL2 8->16 and the 64->128 form of the crypto extension), two-register
// misc, across lanes, by element. The floating-point opcodes of these groups are
// decoded in exec_simd_fp.cpp; ARMv8.1+ additions (SQRDMLAH/SQRDMLSH, dot
// product) and reserved size/Q combinations stay Undefined.
//
// Every handler is a template on the operation, the element type and the lane
// count (1 = AdvSIMD scalar form), chosen at decode time. Results are built in
// a zeroed local VReg and stored at the end: that clears the upper half of
// 64-bit forms and the rest of scalar results, and makes Rd == Rn/Rm safe.
// Lane loops are either left to the host compiler's vectorizer or, where it
// does not vectorize, kept in registers (kInRegs); saturation is collected in
// a local flag and ORed into FPSR.QC once per instruction.
#include <limits>
#include <type_traits>

#include "arm64/exec_simd.h"

namespace vp::arm64 {

namespace {

template <typename T> using Signed = std::make_signed_t<T>;
template <typename T> struct WideOf;
template <> struct WideOf<uint8_t> {
    using type = uint16_t;
};
template <> struct WideOf<uint16_t> {
    using type = uint32_t;
};
template <> struct WideOf<uint32_t> {
    using type = uint64_t;
};
template <typename T> using Wide = typename WideOf<T>::type;
template <typename T> constexpr unsigned kBits = 8 * sizeof(T);
template <typename T> constexpr T kOnes = T(~T(0));

// The narrowest integer type that holds sums and differences of T lanes
// exactly (and sums of up to 16 lanes): int32_t for B and H lanes, int64_t for
// S, __int128 for D. Narrow intermediates let the compiler vectorize lane loops.
template <typename T>
using Exact = std::conditional_t<(sizeof(T) <= 2), int32_t,
                                 std::conditional_t<(sizeof(T) == 4), int64_t, __int128>>;
// A lane value as an exact integer: zero-extended (U) or sign-extended.
template <bool U, typename T> inline Exact<T> xw(T v)
{
    if constexpr (U)
        return Exact<T>(v);
    else
        return Exact<T>(Signed<T>(v));
}
// A lane value in its native signed (U = 0) or unsigned type, for the cheap
// operations that need no wider intermediate.
template <bool U, typename T> inline std::conditional_t<U, T, Signed<T>> as(T v)
{
    return std::conditional_t<U, T, Signed<T>>(v);
}
// Saturates an exact result v (int64_t or __int128) to T's width, unsigned
// (U) or signed, and records saturation in qc. Lane operations report through
// a local qc that the handler ORs into FPSR.QC once: branch-free lanes without
// stores to the CPU state let the compiler vectorize the lane loops.
template <bool U, typename T, typename V> inline T sat(uint32_t& qc, V v)
{
    constexpr V kHi = U ? V(kOnes<T>) : V(std::numeric_limits<Signed<T>>::max());
    constexpr V kLo = U ? V(0) : V(std::numeric_limits<Signed<T>>::min());
    const V c = v > kHi ? kHi : v < kLo ? kLo : v;
    qc |= c != v;
    return T(c);
}
inline void commit_qc(CpuState& s, uint32_t qc)
{
    if (qc)
        s.fpsr |= fpsr::kQc;
}
template <typename T> inline T mask_if(bool c) { return c ? kOnes<T> : T(0); }

// Carry-less (polynomial) product of two `bits`-wide values (PMUL, PMULL).
inline uint64_t clmul(uint64_t a, uint64_t b, unsigned bits)
{
    uint64_t r = 0;
    for (unsigned i = 0; i < bits; ++i)
        r ^= (a << i) & (0 - ((b >> i) & 1));  // branch-free: data-dependent bits
    return r;
}

// Lane access through the two 64-bit halves, in registers: for lane loops the
// compiler does not vectorize, lane-sized stores to a local VReg followed by
// its 128-bit load would defeat store-to-load forwarding on the host. put()
// ORs into a zeroed result: every lane is written once.
template <typename T> inline T get(const VReg& v, unsigned i)
{
    constexpr unsigned kPer = 8 / sizeof(T);
    return T(v.d[i / kPer] >> (kBits<T> * (i % kPer)));
}
template <typename T> inline void put(VReg& v, unsigned i, T x)
{
    constexpr unsigned kPer = 8 / sizeof(T);
    v.d[i / kPer] |= uint64_t(x) << (kBits<T> * (i % kPer));
}
// Lane access of a handler: in registers (Regs) or through memory.
template <bool Regs, typename T> inline T rd(const VReg& v, unsigned i)
{
    if constexpr (Regs)
        return get<T>(v, i);
    else
        return lane<T>(v, i);
}
template <bool Regs, typename T> inline void wr(VReg& v, unsigned i, T x)
{
    if constexpr (Regs)
        put<T>(v, i, x);
    else
        set_lane<T>(v, i, x);
}
// Which handlers keep lanes in registers: those whose lane loops the compiler
// does not vectorize. Operations state from which lane size in bytes that is
// the case with kRegsFrom (1: per-lane shifts, 128-bit products; 4: 64-bit
// intermediates of S lanes); by default only D lanes (two lanes) use registers.
template <class Op, class = void> struct RegsFrom : std::integral_constant<unsigned, 8> {};
template <class Op>
struct RegsFrom<Op, std::void_t<decltype(Op::kRegsFrom)>>
    : std::integral_constant<unsigned, Op::kRegsFrom> {};
template <class Op, typename T> constexpr bool kInRegs = sizeof(T) >= RegsFrom<Op>::value;

// ---------------------------------------------------------------------------
// Handlers.

// Same-size lane-wise operation d[i] = Op(n[i], m[i] or m[index], d[i]) over
// Lanes lanes (1 = scalar). Unary operations ignore m. ByElem: m is element
// in.a of Vm (by-element forms).
template <class Op, typename T, unsigned Lanes, bool ByElem>
bool exec_same(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const VReg n = s.v[in.rn], m = s.v[in.rm], d = s.v[in.rd];
    VReg r{};
    uint32_t qc = 0;
    if constexpr (kInRegs<Op, T>) {
#pragma GCC unroll 16
        for (unsigned i = 0; i < Lanes; ++i)
            put<T>(r, i, Op::f(qc, get<T>(n, i), get<T>(m, ByElem ? in.a : i), get<T>(d, i)));
    } else {  // left to the vectorizer
        for (unsigned i = 0; i < Lanes; ++i)
            set_lane<T>(r, i,
                        Op::f(qc, lane<T>(n, i), lane<T>(m, ByElem ? in.a : i), lane<T>(d, i)));
    }
    s.v[in.rd] = r;
    commit_qc(s, qc);
    return false;
}

// Pairwise operation on the concatenation Vm:Vn (ADDP, SMAXP, ...).
template <class Op, typename T, unsigned Lanes> bool exec_pairwise(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const VReg n = s.v[in.rn], m = s.v[in.rm];
    VReg r{};
    uint32_t qc = 0;  // no pairwise operation saturates
    constexpr unsigned kHalfLanes = Lanes / 2;
    for (unsigned i = 0; i < kHalfLanes; ++i) {
        set_lane<T>(r, i, Op::f(qc, lane<T>(n, 2 * i), lane<T>(n, 2 * i + 1), T(0)));
        set_lane<T>(r, kHalfLanes + i, Op::f(qc, lane<T>(m, 2 * i), lane<T>(m, 2 * i + 1), T(0)));
    }
    s.v[in.rd] = r;
    return false;
}

// Bitwise operations on whole registers (three same, opcode 00011). Op: 0 AND,
// 1 BIC, 2 ORR, 3 ORN, 4 EOR, 5 BSL, 6 BIT, 7 BIF.
template <unsigned Op, bool Q> bool exec_logic(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const VReg n = s.v[in.rn], m = s.v[in.rm], d = s.v[in.rd];
    VReg r{};
    for (unsigned i = 0; i < (Q ? 2u : 1u); ++i) {
        const uint64_t a = n.d[i], b = m.d[i], c = d.d[i];
        switch (Op) {
        case 0: r.d[i] = a & b; break;
        case 1: r.d[i] = a & ~b; break;
        case 2: r.d[i] = a | b; break;
        case 3: r.d[i] = a | ~b; break;
        case 4: r.d[i] = a ^ b; break;
        case 5: r.d[i] = (a & c) | (b & ~c); break;   // BSL: Vd selects Vn (1) or Vm (0)
        case 6: r.d[i] = (a & b) | (c & ~b); break;   // BIT: insert Vn where Vm is 1
        default: r.d[i] = (a & ~b) | (c & b); break;  // BIF: insert Vn where Vm is 0
        }
    }
    s.v[in.rd] = r;
    return false;
}

// Widening operation: Lanes wide (Wide<T>) results from narrow T lanes of the
// lower (Part = 0) or upper (Part = 1, the "2" forms) half. Form kLong: n and m
// narrow; kWideN: n is already wide (xADDW, xSUBW); kElem: m is element in.a of
// Vm (by-element forms). Op::f<T> gets the operands extended per Op::kSigned
// into LongV<T> (d from the wide size) and returns the wide result, truncated
// here.
enum LongForm { kLong, kWideN, kElem };
// Operand type of the widening operations: int32_t for B and H narrow lanes
// (products and differences of 16-bit values, wrapped to 32 bits, fit;
// narrow types let the compiler vectorize), int64_t for S.
template <typename T> using LongV = std::conditional_t<(sizeof(T) <= 2), int32_t, int64_t>;
template <bool S, typename V, typename T> inline V ext(T v)
{
    if constexpr (S)
        return V(Signed<T>(v));
    else
        return V(v);
}
template <class Op, typename T, unsigned Lanes, bool Part, int Form>
bool exec_long(Cpu& cpu, const Insn& in)
{
    using W = Wide<T>;
    constexpr bool S = Op::kSigned;
    constexpr unsigned kOff = Part ? Lanes : 0;
    fp_access(cpu);
    CpuState& s = cpu.state();
    const VReg n = s.v[in.rn], m = s.v[in.rm], d = s.v[in.rd];
    using V = LongV<T>;
    VReg r{};
    uint32_t qc = 0;
    constexpr bool R = sizeof(T) >= 2 || Form == kElem;  // only B lanes vectorize
    const auto one_lane = [&](unsigned i) {
        const V nv =
            Form == kWideN ? ext<S, V>(rd<R, W>(n, i)) : ext<S, V>(rd<R, T>(n, kOff + i));
        const V mv = ext<S, V>(rd<R, T>(m, Form == kElem ? in.a : kOff + i));
        wr<R, W>(r, i, W(Op::template f<T>(qc, nv, mv, ext<S, V>(rd<R, W>(d, i)))));
    };
    if constexpr (R) {
#pragma GCC unroll 8
        for (unsigned i = 0; i < Lanes; ++i)
            one_lane(i);
    } else {
        for (unsigned i = 0; i < Lanes; ++i)
            one_lane(i);
    }
    s.v[in.rd] = r;
    commit_qc(s, qc);
    return false;
}

// Narrowing operation: Lanes narrow T results from wide lanes of Vn (and Vm),
// written to the lower half (Part = 0, upper half cleared) or to the upper
// half keeping the lower half of Vd (Part = 1, the "2" forms). Lanes = 1 is
// the scalar form.
template <class Op, typename T, unsigned Lanes, bool Part>
bool exec_narrow(Cpu& cpu, const Insn& in)
{
    using W = Wide<T>;
    fp_access(cpu);
    CpuState& s = cpu.state();
    const VReg n = s.v[in.rn], m = s.v[in.rm];
    VReg r{};
    if (Part)
        r.d[0] = s.v[in.rd].d[0];
    uint32_t qc = 0;
    constexpr bool R = kInRegs<Op, T>;
    const auto one_lane = [&](unsigned i) {
        wr<R, T>(r, (Part ? Lanes : 0) + i, Op::template f<T>(qc, rd<R, W>(n, i), rd<R, W>(m, i)));
    };
    if constexpr (R) {
#pragma GCC unroll 8
        for (unsigned i = 0; i < Lanes; ++i)
            one_lane(i);
    } else {
        for (unsigned i = 0; i < Lanes; ++i)
            one_lane(i);
    }
    s.v[in.rd] = r;
    commit_qc(s, qc);
    return false;
}

// PMULL/PMULL2 with 64-bit elements: one 128-bit carry-less product.
template <bool Part> bool exec_pmull64(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const uint64_t a = s.v[in.rn].d[Part], b = s.v[in.rm].d[Part];
    uint64_t lo = a & (0 - (b & 1)), hi = 0;
    for (unsigned i = 1; i < 64; ++i) {  // branch-free: data-dependent bits
        const uint64_t take = 0 - ((b >> i) & 1);
        lo ^= (a << i) & take;
        hi ^= (a >> (64 - i)) & take;
    }
    s.v[in.rd] = VReg{{lo, hi}};
    return false;
}

// Byte-structured two-register misc operations (CNT, NOT, RBIT, REV16/32/64),
// computed on each 64-bit half at once: Op::f(uint64_t) -> uint64_t.
template <class Op, bool Q> bool exec_half64(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const VReg n = s.v[in.rn];
    s.v[in.rd] = VReg{{Op::f(n.d[0]), Q ? Op::f(n.d[1]) : 0}};
    return false;
}
// The lower field of every pair of adjacent Bits-wide fields (Bits < 64).
constexpr uint64_t low_fields(unsigned bits)
{
    uint64_t low = 0;
    for (unsigned i = 0; i < 64; i += 2 * bits)
        low |= ((uint64_t(1) << bits) - 1) << i;
    return low;
}
// Swaps adjacent Bits-wide fields of x (Bits = 1, 2, 4, ..., 32).
template <unsigned Bits> inline uint64_t swap_fields(uint64_t x)
{
    constexpr uint64_t kLow = low_fields(Bits);
    return ((x >> Bits) & kLow) | ((x & kLow) << Bits);
}
struct Cnt64 {  // population count of every byte
    static uint64_t f(uint64_t x)
    {
        x -= (x >> 1) & 0x5555555555555555ull;
        x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
        return (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    }
};
struct Not64 {
    static uint64_t f(uint64_t x) { return ~x; }
};
struct Rbit64 {  // bit order reversed inside every byte
    static uint64_t f(uint64_t x) { return swap_fields<4>(swap_fields<2>(swap_fields<1>(x))); }
};
// REV16/REV32/REV64: elements of EBits reversed inside containers of CBits.
template <unsigned EBits, unsigned CBits> struct Rev64 {
    static uint64_t f(uint64_t x)
    {
        if constexpr (EBits < CBits)
            return Rev64<2 * EBits, CBits>::f(swap_fields<EBits>(x));
        else
            return x;
    }
};

// SADDLP/UADDLP, SADALP/UADALP: sums of adjacent narrow pairs into Lanes wide lanes.
template <bool U, bool Acc, typename T, unsigned Lanes> bool exec_addlp(Cpu& cpu, const Insn& in)
{
    using W = Wide<T>;
    fp_access(cpu);
    CpuState& s = cpu.state();
    const VReg n = s.v[in.rn], d = s.v[in.rd];
    VReg r{};
    for (unsigned i = 0; i < Lanes; ++i) {
        const uint64_t sum = uint64_t(ext<!U, int64_t>(lane<T>(n, 2 * i))) +
                             uint64_t(ext<!U, int64_t>(lane<T>(n, 2 * i + 1)));
        set_lane<W>(r, i, W(sum + (Acc ? uint64_t(lane<W>(d, i)) : 0)));
    }
    s.v[in.rd] = r;
    return false;
}

// Across lanes: Kind 0 ADDV, 1 SADDLV/UADDLV (wide result), 2 max, 3 min.
template <unsigned Kind, bool U, typename T, unsigned Lanes>
bool exec_across(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const VReg n = s.v[in.rn];
    Exact<T> acc = xw<U>(get<T>(n, 0));  // 16 lanes of up to 32 bits: exact
#pragma GCC unroll 16
    for (unsigned i = 1; i < Lanes; ++i) {
        const Exact<T> x = xw<U>(get<T>(n, i));
        if (Kind <= 1)
            acc += x;
        else if (Kind == 2)
            acc = x > acc ? x : acc;
        else
            acc = x < acc ? x : acc;
    }
    if constexpr (Kind == 1)
        write_scalar<Wide<T>>(s.v[in.rd], Wide<T>(acc));
    else
        write_scalar<T>(s.v[in.rd], T(acc));
    return false;
}

// ---------------------------------------------------------------------------
// Same-size lane operations: static T f(uint32_t& qc, T n, T m, T d), T
// unsigned; qc collects saturation (see sat()).

template <bool U> struct Hadd {
    static constexpr unsigned kRegsFrom = 4;
    template <typename T> static T f(uint32_t&, T n, T m, T)
    {
        return T((xw<U>(n) + xw<U>(m)) >> 1);
    }
};
template <bool U> struct Rhadd {
    static constexpr unsigned kRegsFrom = 4;
    template <typename T> static T f(uint32_t&, T n, T m, T)
    {
        return T((xw<U>(n) + xw<U>(m) + 1) >> 1);
    }
};
template <bool U> struct Hsub {
    static constexpr unsigned kRegsFrom = 4;
    template <typename T> static T f(uint32_t&, T n, T m, T)
    {
        return T((xw<U>(n) - xw<U>(m)) >> 1);
    }
};
template <bool U> struct Qadd {
    static constexpr unsigned kRegsFrom = 4;
    template <typename T> static T f(uint32_t& qc, T n, T m, T)
    {
        return sat<U, T>(qc, xw<U>(n) + xw<U>(m));
    }
};
template <bool U> struct Qsub {
    static constexpr unsigned kRegsFrom = 4;
    template <typename T> static T f(uint32_t& qc, T n, T m, T)
    {
        return sat<U, T>(qc, xw<U>(n) - xw<U>(m));
    }
};
template <bool U> struct Cmgt {  // CMGT / CMHI
    template <typename T> static T f(uint32_t&, T n, T m, T)
    {
        return mask_if<T>(as<U>(n) > as<U>(m));
    }
};
template <bool U> struct Cmge {  // CMGE / CMHS
    template <typename T> static T f(uint32_t&, T n, T m, T)
    {
        return mask_if<T>(as<U>(n) >= as<U>(m));
    }
};
struct Cmtst {
    template <typename T> static T f(uint32_t&, T n, T m, T) { return mask_if<T>((n & m) != 0); }
};
struct Cmeq {
    template <typename T> static T f(uint32_t&, T n, T m, T) { return mask_if<T>(n == m); }
};

// Shifts by register (SSHL, USHL, SRSHL, URSHL, SQSHL, UQSHL, SQRSHL, UQRSHL;
// C7.2): the shift is the signed low byte of the m lane; negative amounts
// shift right (arithmetic for signed forms), with rounding for the R forms.
template <bool U, bool Round, bool Sat> struct ShiftReg {
    static constexpr unsigned kRegsFrom = 1;
    template <typename T> static T f(uint32_t& qc, T n, T m, T)
    {
        const int sh = int8_t(uint8_t(m));
        constexpr int kW = int(kBits<T>);
        // Exact intermediates: |x| < 2^kW, left shifts below kW, rounding
        // constants up to 2^kW fit int64_t for B/H/S lanes; D lanes need 128 bits.
        using V = std::conditional_t<(kW < 64), int64_t, __int128>;
        const V x = V(xw<U>(n));
        if (sh >= 0) {
            if (!Sat)
                return sh >= kW ? T(0) : T(uint64_t(n) << sh);
            if (x == 0)
                return 0;
            if (sh >= kW)  // any non-zero value overflows
                return x > 0 ? sat<U, T>(qc, V(kOnes<T>) + 1) : sat<U, T>(qc, V(-1) - V(kOnes<T>));
            return sat<U, T>(qc, x * (V(1) << sh));
        }
        const int rs = -sh;  // 1..128
        if (Round) {
            // (x + 2^(rs-1)) >> rs is 0 for every rs > kW since |x| < 2^kW <= 2^(rs-1).
            if (rs > kW)
                return 0;
            const V v = (x + (V(1) << (rs - 1))) >> rs;
            return Sat ? sat<U, T>(qc, v) : T(v);
        }
        if (rs >= kW)
            return x < 0 ? kOnes<T> : T(0);
        return T(x >> rs);
    }
};
template <bool U> using Sshl = ShiftReg<U, false, false>;
template <bool U> using Qshl = ShiftReg<U, false, true>;
template <bool U> using Rshl = ShiftReg<U, true, false>;
template <bool U> using Qrshl = ShiftReg<U, true, true>;

template <bool U> struct Max {
    template <typename T> static T f(uint32_t&, T n, T m, T)
    {
        return as<U>(n) >= as<U>(m) ? n : m;
    }
};
template <bool U> struct Min {
    template <typename T> static T f(uint32_t&, T n, T m, T)
    {
        return as<U>(n) <= as<U>(m) ? n : m;
    }
};
template <typename V> inline V absdiff(V a, V b) { return a > b ? a - b : b - a; }
template <bool U> struct Abd {
    static constexpr unsigned kRegsFrom = 4;
    template <typename T> static T f(uint32_t&, T n, T m, T)
    {
        return T(absdiff(xw<U>(n), xw<U>(m)));
    }
};
template <bool U> struct Aba {
    static constexpr unsigned kRegsFrom = 4;
    template <typename T> static T f(uint32_t&, T n, T m, T d)
    {
        return T(d + absdiff(xw<U>(n), xw<U>(m)));
    }
};
struct Add {
    template <typename T> static T f(uint32_t&, T n, T m, T) { return T(uint64_t(n) + m); }
};
struct Sub {
    template <typename T> static T f(uint32_t&, T n, T m, T) { return T(uint64_t(n) - m); }
};
struct Mul {
    template <typename T> static T f(uint32_t&, T n, T m, T) { return T(uint64_t(n) * m); }
};
struct Mla {
    template <typename T> static T f(uint32_t&, T n, T m, T d) { return T(d + uint64_t(n) * m); }
};
struct Mls {
    template <typename T> static T f(uint32_t&, T n, T m, T d) { return T(d - uint64_t(n) * m); }
};
struct Pmul {
    template <typename T> static T f(uint32_t&, T n, T m, T) { return T(clmul(n, m, kBits<T>)); }
};
// SQDMULH / SQRDMULH: high half of the doubled product, saturated (only
// MIN * MIN overflows).
template <bool Round> struct Qdmulh {
    static constexpr unsigned kRegsFrom = 1;
    template <typename T> static T f(uint32_t& qc, T n, T m, T)
    {
        using P = Exact<Wide<T>>;  // 2 * MIN * MIN = 2^(2 * bits - 1)
        P p = 2 * P(xw<false>(n)) * P(xw<false>(m));
        if (Round)
            p += P(1) << (kBits<T> - 1);
        return sat<false, T>(qc, P(p >> kBits<T>));
    }
};

// Two-register misc, same-size (m ignored; d is the accumulator of SUQADD/USQADD).
struct Suqadd {  // signed Vd + unsigned Vn, signed saturation
    static constexpr unsigned kRegsFrom = 4;
    template <typename T> static T f(uint32_t& qc, T n, T, T d)
    {
        return sat<false, T>(qc, xw<false>(d) + xw<true>(n));
    }
};
struct Usqadd {  // unsigned Vd + signed Vn, unsigned saturation
    static constexpr unsigned kRegsFrom = 4;
    template <typename T> static T f(uint32_t& qc, T n, T, T d)
    {
        return sat<true, T>(qc, xw<true>(d) + xw<false>(n));
    }
};
struct Clz {
    static constexpr unsigned kRegsFrom = 1;
    template <typename T> static T f(uint32_t&, T n, T, T)
    {
        return n ? T(__builtin_clzll(uint64_t(n)) - (64 - kBits<T>)) : T(kBits<T>);
    }
};
struct Cls {  // leading bits equal to the sign bit, not counting the sign bit
    static constexpr unsigned kRegsFrom = 1;
    template <typename T> static T f(uint32_t& qc, T n, T m, T d)
    {
        const T x = T(n ^ T(Signed<T>(n) >> (kBits<T> - 1)));  // sign bits -> zeros
        return T(Clz::f<T>(qc, x, m, d) - 1);
    }
};
struct Sqabs {
    static constexpr unsigned kRegsFrom = 4;
    template <typename T> static T f(uint32_t& qc, T n, T, T)
    {
        const Exact<T> x = xw<false>(n);
        return sat<false, T>(qc, x < 0 ? -x : x);
    }
};
struct Sqneg {
    static constexpr unsigned kRegsFrom = 4;
    template <typename T> static T f(uint32_t& qc, T n, T, T)
    {
        return sat<false, T>(qc, -xw<false>(n));
    }
};
struct Abs {
    template <typename T> static T f(uint32_t&, T n, T, T)
    {
        return as<false>(n) < 0 ? T(T(0) - n) : n;
    }
};
struct Neg {
    template <typename T> static T f(uint32_t&, T n, T, T) { return T(T(0) - n); }
};
// Compare with zero (signed). Kind: 0 GT, 1 GE, 2 EQ, 3 LE, 4 LT.
template <unsigned Kind> struct CmpZero {
    template <typename T> static T f(uint32_t&, T n, T, T)
    {
        const Signed<T> x = as<false>(n);
        switch (Kind) {
        case 0: return mask_if<T>(x > 0);
        case 1: return mask_if<T>(x >= 0);
        case 2: return mask_if<T>(x == 0);
        case 3: return mask_if<T>(x <= 0);
        default: return mask_if<T>(x < 0);
        }
    }
};

// ---------------------------------------------------------------------------
// Narrowing operations: static T f<T>(uint32_t& qc, Wide<T> n, Wide<T> m).

struct Xtn {
    template <typename T> static T f(uint32_t&, Wide<T> n, Wide<T>) { return T(n); }
};
struct Sqxtn {
    static constexpr unsigned kRegsFrom = 1;
    template <typename T> static T f(uint32_t& qc, Wide<T> n, Wide<T>)
    {
        return sat<false, T>(qc, xw<false>(n));
    }
};
struct Uqxtn {
    static constexpr unsigned kRegsFrom = 1;
    template <typename T> static T f(uint32_t& qc, Wide<T> n, Wide<T>)
    {
        return sat<true, T>(qc, xw<true>(n));
    }
};
struct Sqxtun {
    static constexpr unsigned kRegsFrom = 1;
    template <typename T> static T f(uint32_t& qc, Wide<T> n, Wide<T>)
    {
        return sat<true, T>(qc, xw<false>(n));
    }
};
// ADDHN/RADDHN/SUBHN/RSUBHN: high half of the wide sum/difference.
template <bool Round, bool Subtract> struct Addhn {
    template <typename T> static T f(uint32_t&, Wide<T> n, Wide<T> m)
    {
        uint64_t v = Subtract ? uint64_t(n) - m : uint64_t(n) + m;
        if (Round)
            v += uint64_t(1) << (kBits<T> - 1);
        return T(Wide<T>(v) >> kBits<T>);
    }
};

// ---------------------------------------------------------------------------
// Widening operations: static Uns<V> f<T>(uint32_t& qc, V n, V m, V d), with
// the operands extended per kSigned into V = LongV<T>; wrapping arithmetic is
// done in Uns<V> and the result is truncated to Wide<T>.
template <typename V> using Uns = std::make_unsigned_t<V>;

template <bool U> struct Addl {
    static constexpr bool kSigned = !U;
    template <typename T, typename V> static Uns<V> f(uint32_t&, V n, V m, V)
    {
        return Uns<V>(n) + Uns<V>(m);
    }
};
template <bool U> struct Subl {
    static constexpr bool kSigned = !U;
    template <typename T, typename V> static Uns<V> f(uint32_t&, V n, V m, V)
    {
        return Uns<V>(n) - Uns<V>(m);
    }
};
template <bool U> struct Abdl {
    static constexpr bool kSigned = !U;
    template <typename T, typename V> static Uns<V> f(uint32_t&, V n, V m, V)
    {
        return Uns<V>(n > m ? n - m : m - n);  // narrow operands: no overflow
    }
};
template <bool U> struct Abal {
    static constexpr bool kSigned = !U;
    template <typename T, typename V> static Uns<V> f(uint32_t&, V n, V m, V d)
    {
        return Uns<V>(d) + Uns<V>(n > m ? n - m : m - n);
    }
};
template <bool U> struct Mull {
    static constexpr bool kSigned = !U;
    template <typename T, typename V> static Uns<V> f(uint32_t&, V n, V m, V)
    {
        return Uns<V>(n) * Uns<V>(m);
    }
};
template <bool U> struct Mlal {
    static constexpr bool kSigned = !U;
    template <typename T, typename V> static Uns<V> f(uint32_t&, V n, V m, V d)
    {
        return Uns<V>(d) + Uns<V>(n) * Uns<V>(m);
    }
};
template <bool U> struct Mlsl {
    static constexpr bool kSigned = !U;
    template <typename T, typename V> static Uns<V> f(uint32_t&, V n, V m, V d)
    {
        return Uns<V>(d) - Uns<V>(n) * Uns<V>(m);
    }
};
// SQDMULL / SQDMLAL / SQDMLSL (Acc: 0 none, 1 add, -1 subtract): the doubled
// product saturates first (MIN * MIN), then the accumulation.
template <int Acc> struct Qdmull {
    static constexpr bool kSigned = true;
    template <typename T, typename V> static Uns<V> f(uint32_t& qc, V n, V m, V d)
    {
        using W = Wide<T>;
        using P = Exact<W>;
        const P p = Signed<W>(sat<false, W>(qc, 2 * P(n) * P(m)));
        if (Acc == 0)
            return Uns<V>(p);
        return sat<false, W>(qc, Acc > 0 ? P(d) + p : P(d) - p);
    }
};
struct Pmull8 {
    static constexpr bool kSigned = false;
    template <typename T, typename V> static Uns<V> f(uint32_t&, V n, V m, V)
    {
        return Uns<V>(clmul(uint64_t(n), uint64_t(m), kBits<T>));
    }
};
struct Shll {  // SHLL/SHLL2: widen and shift left by the element size
    static constexpr bool kSigned = false;
    template <typename T, typename V> static Uns<V> f(uint32_t&, V n, V, V)
    {
        return Uns<V>(Uns<V>(n) << kBits<T>);
    }
};

// ---------------------------------------------------------------------------
// Handler selection (decode time).

constexpr unsigned kB = 1, kH = 2, kS = 4, kD = 8, kBHS = kB | kH | kS, kHS = kH | kS,
                   kAll = kBHS | kD;

// Same-size handler for element size `size` (0..3), Q, scalar form; sizes
// outside the mask Sizes are Undefined. Scalar instances are only generated
// when HasScalar.
template <class Op, bool HasScalar, bool ByElem, typename T> Handler same_shape(bool scalar, bool q)
{
    if constexpr (HasScalar)
        if (scalar)
            return &exec_same<Op, T, 1, ByElem>;
    return q ? &exec_same<Op, T, 16 / sizeof(T), ByElem> : &exec_same<Op, T, 8 / sizeof(T), ByElem>;
}
template <class Op, unsigned Sizes, bool HasScalar = false, bool ByElem = false>
Handler pick_same(unsigned size, bool scalar, bool q)
{
    switch (size) {
    case 0:
        if constexpr ((Sizes & kB) != 0)
            return same_shape<Op, HasScalar, ByElem, uint8_t>(scalar, q);
        break;
    case 1:
        if constexpr ((Sizes & kH) != 0)
            return same_shape<Op, HasScalar, ByElem, uint16_t>(scalar, q);
        break;
    case 2:
        if constexpr ((Sizes & kS) != 0)
            return same_shape<Op, HasScalar, ByElem, uint32_t>(scalar, q);
        break;
    default:
        if constexpr ((Sizes & kD) != 0)
            return same_shape<Op, HasScalar, ByElem, uint64_t>(scalar, q);
        break;
    }
    return &exec_undefined;
}
// Variant for operations with a signed (U = 0) and an unsigned (U = 1) form.
template <template <bool> class Op, unsigned Sizes, bool HasScalar = false>
Handler pick_same_u(bool u, unsigned size, bool scalar, bool q)
{
    return u ? pick_same<Op<true>, Sizes, HasScalar>(size, scalar, q)
             : pick_same<Op<false>, Sizes, HasScalar>(size, scalar, q);
}

template <class Op, typename T> Handler pairwise_shape(bool q)
{
    return q ? &exec_pairwise<Op, T, 16 / sizeof(T)> : &exec_pairwise<Op, T, 8 / sizeof(T)>;
}
template <class Op, unsigned Sizes> Handler pick_pairwise(unsigned size, bool q)
{
    switch (size) {
    case 0: return pairwise_shape<Op, uint8_t>(q);
    case 1: return pairwise_shape<Op, uint16_t>(q);
    case 2: return pairwise_shape<Op, uint32_t>(q);
    default:
        if constexpr ((Sizes & kD) != 0)
            return pairwise_shape<Op, uint64_t>(q);
        break;
    }
    return &exec_undefined;
}

// Widening handler for the narrow element size `size`; Q selects the upper
// half (the "2" forms); scalar: one lane.
template <class Op, int Form, bool HasScalar, typename T> Handler long_shape(bool scalar, bool q)
{
    constexpr unsigned kLanes = 8 / sizeof(T);
    if constexpr (HasScalar)
        if (scalar)
            return &exec_long<Op, T, 1, false, Form>;
    return q ? &exec_long<Op, T, kLanes, true, Form> : &exec_long<Op, T, kLanes, false, Form>;
}
template <class Op, int Form, unsigned Sizes, bool HasScalar = false>
Handler pick_long(unsigned size, bool scalar, bool q)
{
    switch (size) {
    case 0:
        if constexpr ((Sizes & kB) != 0)
            return long_shape<Op, Form, HasScalar, uint8_t>(scalar, q);
        break;
    case 1:
        if constexpr ((Sizes & kH) != 0)
            return long_shape<Op, Form, HasScalar, uint16_t>(scalar, q);
        break;
    case 2:
        if constexpr ((Sizes & kS) != 0)
            return long_shape<Op, Form, HasScalar, uint32_t>(scalar, q);
        break;
    default: break;
    }
    return &exec_undefined;
}
template <template <bool> class Op, int Form> Handler pick_long_u(bool u, unsigned size, bool q)
{
    return u ? pick_long<Op<true>, Form, kBHS>(size, false, q)
             : pick_long<Op<false>, Form, kBHS>(size, false, q);
}

// Narrowing handler for the narrow element size `size` (0..2).
template <class Op, bool HasScalar, typename T> Handler narrow_shape(bool scalar, bool q)
{
    constexpr unsigned kLanes = 8 / sizeof(T);
    if constexpr (HasScalar)
        if (scalar)
            return &exec_narrow<Op, T, 1, false>;
    return q ? &exec_narrow<Op, T, kLanes, true> : &exec_narrow<Op, T, kLanes, false>;
}
template <class Op, bool HasScalar = false> Handler pick_narrow(unsigned size, bool scalar, bool q)
{
    switch (size) {
    case 0: return narrow_shape<Op, HasScalar, uint8_t>(scalar, q);
    case 1: return narrow_shape<Op, HasScalar, uint16_t>(scalar, q);
    case 2: return narrow_shape<Op, HasScalar, uint32_t>(scalar, q);
    default: return &exec_undefined;
    }
}

template <class Op> Handler half64_shape(bool q)
{
    return q ? &exec_half64<Op, true> : &exec_half64<Op, false>;
}

template <bool U, bool Acc> Handler pick_addlp(unsigned size, bool q)
{
    switch (size) {
    case 0: return q ? &exec_addlp<U, Acc, uint8_t, 8> : &exec_addlp<U, Acc, uint8_t, 4>;
    case 1: return q ? &exec_addlp<U, Acc, uint16_t, 4> : &exec_addlp<U, Acc, uint16_t, 2>;
    case 2: return q ? &exec_addlp<U, Acc, uint32_t, 2> : &exec_addlp<U, Acc, uint32_t, 1>;
    default: return &exec_undefined;
    }
}

template <unsigned Kind, bool U> Handler pick_across(unsigned size, bool q)
{
    switch (size) {
    case 0: return q ? &exec_across<Kind, U, uint8_t, 16> : &exec_across<Kind, U, uint8_t, 8>;
    case 1: return q ? &exec_across<Kind, U, uint16_t, 8> : &exec_across<Kind, U, uint16_t, 4>;
    default: return &exec_across<Kind, U, uint32_t, 4>;  // 4S only (checked by the decoder)
    }
}

inline void set_regs(uint32_t raw, Insn& in)
{
    in.rd = uint8_t(bits(raw, 4, 0));
    in.rn = uint8_t(bits(raw, 9, 5));
    in.rm = uint8_t(bits(raw, 20, 16));
}

}  // namespace

// ---------------------------------------------------------------------------
// Decoders. Vector: 0 Q U 01110 size ...; scalar: 01 U 11110 size ... (the Q
// position is 1). Reserved combinations leave the record Undefined.

// Advanced SIMD (scalar) three same, integer opcodes 0x00-0x17 (C4.1.6).
void decode_simd_three_same_int(uint32_t raw, Insn& in, bool scalar)
{
    const bool q = bit(raw, 30), u = bit(raw, 29);
    const unsigned size = bits(raw, 23, 22), opcode = bits(raw, 15, 11);
    set_regs(raw, in);
    if (opcode == 0x03) {  // logical: size is the operation
        if (scalar)
            return;
        static const Handler kLogic[2][8] = {
            {&exec_logic<0, false>, &exec_logic<1, false>, &exec_logic<2, false>,
             &exec_logic<3, false>, &exec_logic<4, false>, &exec_logic<5, false>,
             &exec_logic<6, false>, &exec_logic<7, false>},
            {&exec_logic<0, true>, &exec_logic<1, true>, &exec_logic<2, true>, &exec_logic<3, true>,
             &exec_logic<4, true>, &exec_logic<5, true>, &exec_logic<6, true>,
             &exec_logic<7, true>},
        };
        in.fn = kLogic[q][u * 4 + size];
        return;
    }
    if (!scalar && size == 3 && !q)
        return;  // 1D arrangement: reserved
    if (scalar) {
        switch (opcode) {
        case 0x01:
        case 0x05:
        case 0x09:
        case 0x0B: break;  // saturating: B, H, S, D
        case 0x06:
        case 0x07:
        case 0x08:
        case 0x0A:
        case 0x10:
        case 0x11:
            if (size != 3)
                return;
            break;
        case 0x16:
            if (size != 1 && size != 2)
                return;
            break;
        default: return;
        }
    }
    Handler h = &exec_undefined;
    switch (opcode) {
    case 0x00: h = pick_same_u<Hadd, kBHS>(u, size, scalar, q); break;
    case 0x01: h = pick_same_u<Qadd, kAll, true>(u, size, scalar, q); break;
    case 0x02: h = pick_same_u<Rhadd, kBHS>(u, size, scalar, q); break;
    case 0x04: h = pick_same_u<Hsub, kBHS>(u, size, scalar, q); break;
    case 0x05: h = pick_same_u<Qsub, kAll, true>(u, size, scalar, q); break;
    case 0x06: h = pick_same_u<Cmgt, kAll, true>(u, size, scalar, q); break;
    case 0x07: h = pick_same_u<Cmge, kAll, true>(u, size, scalar, q); break;
    case 0x08: h = pick_same_u<Sshl, kAll, true>(u, size, scalar, q); break;
    case 0x09: h = pick_same_u<Qshl, kAll, true>(u, size, scalar, q); break;
    case 0x0A: h = pick_same_u<Rshl, kAll, true>(u, size, scalar, q); break;
    case 0x0B: h = pick_same_u<Qrshl, kAll, true>(u, size, scalar, q); break;
    case 0x0C: h = pick_same_u<Max, kBHS>(u, size, scalar, q); break;
    case 0x0D: h = pick_same_u<Min, kBHS>(u, size, scalar, q); break;
    case 0x0E: h = pick_same_u<Abd, kBHS>(u, size, scalar, q); break;
    case 0x0F: h = pick_same_u<Aba, kBHS>(u, size, scalar, q); break;
    case 0x10:
        h = u ? pick_same<Sub, kAll, true>(size, scalar, q)
              : pick_same<Add, kAll, true>(size, scalar, q);
        break;
    case 0x11:
        h = u ? pick_same<Cmeq, kAll, true>(size, scalar, q)
              : pick_same<Cmtst, kAll, true>(size, scalar, q);
        break;
    case 0x12:
        h = u ? pick_same<Mls, kBHS>(size, scalar, q) : pick_same<Mla, kBHS>(size, scalar, q);
        break;
    case 0x13:
        h = u ? pick_same<Pmul, kB>(size, scalar, q) : pick_same<Mul, kBHS>(size, scalar, q);
        break;
    case 0x14:
        h = u ? pick_pairwise<Max<true>, kBHS>(size, q) : pick_pairwise<Max<false>, kBHS>(size, q);
        break;
    case 0x15:
        h = u ? pick_pairwise<Min<true>, kBHS>(size, q) : pick_pairwise<Min<false>, kBHS>(size, q);
        break;
    case 0x16:
        h = u ? pick_same<Qdmulh<true>, kHS, true>(size, scalar, q)
              : pick_same<Qdmulh<false>, kHS, true>(size, scalar, q);
        break;
    case 0x17:
        if (!u)
            h = pick_pairwise<Add, kAll>(size, q);
        break;
    default: break;
    }
    in.fn = h;
}

// Advanced SIMD (scalar) three different (C4.1.6): widening, narrowing and
// wide forms; scalar only SQDMLAL/SQDMLSL/SQDMULL.
void decode_simd_three_diff(uint32_t raw, Insn& in, bool scalar)
{
    const bool q = bit(raw, 30), u = bit(raw, 29);
    const unsigned size = bits(raw, 23, 22), opcode = bits(raw, 15, 12);
    set_regs(raw, in);
    if (opcode == 0x9 || opcode == 0xB || opcode == 0xD) {  // SQDML*L, SQDMULL: H and S
        if (u || (size != 1 && size != 2))
            return;
        switch (opcode) {
        case 0x9: in.fn = pick_long<Qdmull<1>, kLong, kHS, true>(size, scalar, q); break;
        case 0xB: in.fn = pick_long<Qdmull<-1>, kLong, kHS, true>(size, scalar, q); break;
        default: in.fn = pick_long<Qdmull<0>, kLong, kHS, true>(size, scalar, q); break;
        }
        return;
    }
    if (scalar)
        return;
    if (opcode == 0xE) {  // PMULL{2}: 8 -> 16, or 64 -> 128 (crypto extension)
        if (u)
            return;
        if (size == 0)
            in.fn = pick_long<Pmull8, kLong, kB>(0, false, q);
        else if (size == 3)
            in.fn = q ? &exec_pmull64<true> : &exec_pmull64<false>;
        return;
    }
    if (size == 3)
        return;
    Handler h = &exec_undefined;
    switch (opcode) {
    case 0x0: h = pick_long_u<Addl, kLong>(u, size, q); break;
    case 0x1: h = pick_long_u<Addl, kWideN>(u, size, q); break;
    case 0x2: h = pick_long_u<Subl, kLong>(u, size, q); break;
    case 0x3: h = pick_long_u<Subl, kWideN>(u, size, q); break;
    case 0x4:
        h = u ? pick_narrow<Addhn<true, false>>(size, false, q)
              : pick_narrow<Addhn<false, false>>(size, false, q);
        break;
    case 0x5: h = pick_long_u<Abal, kLong>(u, size, q); break;
    case 0x6:
        h = u ? pick_narrow<Addhn<true, true>>(size, false, q)
              : pick_narrow<Addhn<false, true>>(size, false, q);
        break;
    case 0x7: h = pick_long_u<Abdl, kLong>(u, size, q); break;
    case 0x8: h = pick_long_u<Mlal, kLong>(u, size, q); break;
    case 0xA: h = pick_long_u<Mlsl, kLong>(u, size, q); break;
    case 0xC: h = pick_long_u<Mull, kLong>(u, size, q); break;
    default: break;  // 0xF: unallocated
    }
    in.fn = h;
}

// Advanced SIMD (scalar) two-register miscellaneous, integer opcodes (C4.1.6).
void decode_simd_two_misc_int(uint32_t raw, Insn& in, bool scalar)
{
    const bool q = bit(raw, 30), u = bit(raw, 29);
    const unsigned size = bits(raw, 23, 22), opcode = bits(raw, 16, 12);
    set_regs(raw, in);
    in.rm = in.rn;
    if (scalar) {
        switch (opcode) {
        case 0x03:
        case 0x07: break;  // SUQADD/USQADD, SQABS/SQNEG: B, H, S, D
        case 0x08:
        case 0x09:
        case 0x0B:
            if (size != 3)
                return;
            break;
        case 0x0A:
            if (u || size != 3)
                return;
            break;
        case 0x12:  // SQXTUN only
            if (!u || size == 3)
                return;
            break;
        case 0x14:
            if (size == 3)
                return;
            break;
        default: return;
        }
    } else if (size == 3 && !q) {
        return;
    }
    Handler h = &exec_undefined;
    switch (opcode) {
    case 0x00:  // REV64 (B, H, S), REV32 (B, H)
        if (!u) {
            if (size == 0)
                h = half64_shape<Rev64<8, 64>>(q);
            else if (size == 1)
                h = half64_shape<Rev64<16, 64>>(q);
            else if (size == 2)
                h = half64_shape<Rev64<32, 64>>(q);
        } else if (size == 0) {
            h = half64_shape<Rev64<8, 32>>(q);
        } else if (size == 1) {
            h = half64_shape<Rev64<16, 32>>(q);
        }
        break;
    case 0x01:  // REV16
        if (!u && size == 0)
            h = half64_shape<Rev64<8, 16>>(q);
        break;
    case 0x02: h = u ? pick_addlp<true, false>(size, q) : pick_addlp<false, false>(size, q); break;
    case 0x06: h = u ? pick_addlp<true, true>(size, q) : pick_addlp<false, true>(size, q); break;
    case 0x03:
        h = u ? pick_same<Usqadd, kAll, true>(size, scalar, q)
              : pick_same<Suqadd, kAll, true>(size, scalar, q);
        break;
    case 0x04:
        h = u ? pick_same<Clz, kBHS>(size, scalar, q) : pick_same<Cls, kBHS>(size, scalar, q);
        break;
    case 0x05:  // CNT, NOT, RBIT (bytes; size selects the operation)
        if (!u && size == 0)
            h = half64_shape<Cnt64>(q);
        else if (u && size == 0)
            h = half64_shape<Not64>(q);
        else if (u && size == 1)
            h = half64_shape<Rbit64>(q);
        break;
    case 0x07:
        h = u ? pick_same<Sqneg, kAll, true>(size, scalar, q)
              : pick_same<Sqabs, kAll, true>(size, scalar, q);
        break;
    case 0x08:
        h = u ? pick_same<CmpZero<1>, kAll, true>(size, scalar, q)
              : pick_same<CmpZero<0>, kAll, true>(size, scalar, q);
        break;
    case 0x09:
        h = u ? pick_same<CmpZero<3>, kAll, true>(size, scalar, q)
              : pick_same<CmpZero<2>, kAll, true>(size, scalar, q);
        break;
    case 0x0A:
        if (!u)
            h = pick_same<CmpZero<4>, kAll, true>(size, scalar, q);
        break;
    case 0x0B:
        h = u ? pick_same<Neg, kAll, true>(size, scalar, q)
              : pick_same<Abs, kAll, true>(size, scalar, q);
        break;
    case 0x12:
        h = u ? pick_narrow<Sqxtun, true>(size, scalar, q) : pick_narrow<Xtn>(size, scalar, q);
        break;
    case 0x13:
        if (u)
            h = pick_long<Shll, kLong, kBHS>(size, false, q);
        break;
    case 0x14:
        h = u ? pick_narrow<Uqxtn, true>(size, scalar, q)
              : pick_narrow<Sqxtn, true>(size, scalar, q);
        break;
    default: break;
    }
    in.fn = h;
}

// Advanced SIMD across lanes, integer opcodes (C4.1.6): 4S is the widest
// arrangement; 2S and the D sizes are reserved.
void decode_simd_across_int(uint32_t raw, Insn& in)
{
    const bool q = bit(raw, 30), u = bit(raw, 29);
    const unsigned size = bits(raw, 23, 22), opcode = bits(raw, 16, 12);
    set_regs(raw, in);
    if (size == 3 || (size == 2 && !q))
        return;
    switch (opcode) {
    case 0x03: in.fn = u ? pick_across<1, true>(size, q) : pick_across<1, false>(size, q); break;
    case 0x0A: in.fn = u ? pick_across<2, true>(size, q) : pick_across<2, false>(size, q); break;
    case 0x1A: in.fn = u ? pick_across<3, true>(size, q) : pick_across<3, false>(size, q); break;
    case 0x1B:
        if (!u)
            in.fn = pick_across<0, true>(size, q);
        break;
    default: break;
    }
}

// Advanced SIMD (scalar) x indexed element, integer opcodes (C4.1.6). Index:
// H:L:M with Rm 0-15 for 16-bit elements, H:L with Rm = M:Rm for 32-bit.
void decode_simd_indexed_int(uint32_t raw, Insn& in, bool scalar)
{
    const bool q = bit(raw, 30), u = bit(raw, 29);
    const unsigned size = bits(raw, 23, 22), opcode = bits(raw, 15, 12);
    set_regs(raw, in);
    if (size == 1) {
        in.rm = uint8_t(bits(raw, 19, 16));
        in.a = uint8_t((bit(raw, 11) << 2) | (bit(raw, 21) << 1) | bit(raw, 20));
    } else if (size == 2) {
        in.a = uint8_t((bit(raw, 11) << 1) | bit(raw, 21));
    } else {
        return;
    }
    Handler h = &exec_undefined;
    switch (opcode) {
    case 0x3:
        if (!u)
            h = pick_long<Qdmull<1>, kElem, kHS, true>(size, scalar, q);
        break;
    case 0x7:
        if (!u)
            h = pick_long<Qdmull<-1>, kElem, kHS, true>(size, scalar, q);
        break;
    case 0xB:
        if (!u)
            h = pick_long<Qdmull<0>, kElem, kHS, true>(size, scalar, q);
        break;
    case 0xC:
        if (!u)
            h = pick_same<Qdmulh<false>, kHS, true, true>(size, scalar, q);
        break;
    case 0xD:
        if (!u)
            h = pick_same<Qdmulh<true>, kHS, true, true>(size, scalar, q);
        break;
    default:
        if (scalar)
            break;
        switch (opcode) {
        case 0x0:
            if (u)
                h = pick_same<Mla, kHS, false, true>(size, false, q);
            break;
        case 0x4:
            if (u)
                h = pick_same<Mls, kHS, false, true>(size, false, q);
            break;
        case 0x8:
            if (!u)
                h = pick_same<Mul, kHS, false, true>(size, false, q);
            break;
        case 0x2:
            h = u ? pick_long<Mlal<true>, kElem, kHS>(size, false, q)
                  : pick_long<Mlal<false>, kElem, kHS>(size, false, q);
            break;
        case 0x6:
            h = u ? pick_long<Mlsl<true>, kElem, kHS>(size, false, q)
                  : pick_long<Mlsl<false>, kElem, kHS>(size, false, q);
            break;
        case 0xA:
            h = u ? pick_long<Mull<true>, kElem, kHS>(size, false, q)
                  : pick_long<Mull<false>, kElem, kHS>(size, false, q);
            break;
        default: break;
        }
        break;
    }
    in.fn = h;
}

}  // namespace vp::arm64
