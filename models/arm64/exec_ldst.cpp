// A64 loads and stores, DDI 0487 C4.1.88: single registers (unsigned offset,
// unscaled, pre/post-index, register offset, unprivileged, literal), pairs
// (incl. LDPSW, LDNP/STNP), exclusives (LDXR/STXR/LDXP/STXP and acquire/release
// forms), LDAR/STLR/LDAPR, PRFM (no-op). SIMD&FP registers: exec_ldst_simd.cpp.
// Not implemented (Undefined): LSE atomics and CAS, LDLAR/STLLR, RCpc2 unscaled forms, MOPS.
#include <type_traits>

#include "arm64/exec_simd.h"

namespace vp::arm64 {

namespace {

enum Kind : unsigned { kLdU = 0, kLdS64 = 1, kLdS32 = 2, kSt = 3 };
enum Mode : unsigned { kOff = 0, kPre = 1, kPost = 2, kReg = 3 };

template <typename T, unsigned K> inline uint64_t extend_loaded(T v)
{
    using S = std::make_signed_t<T>;
    if (K == kLdS64)
        return uint64_t(int64_t(S(v)));
    if (K == kLdS32)
        return uint32_t(int32_t(S(v)));
    return v;
}

inline uint64_t base_of(Cpu& cpu, const Insn& in)
{
    const uint64_t base = cpu.state().x[in.rn];
    if (in.rn == kRegSp)
        cpu.check_sp_alignment(base);
    return base;
}

// Single register. Loads write in.rd, stores read in.ra. Register offset:
// a = extend option, b = shift.
template <typename T, unsigned K, unsigned M> bool exec_ldst(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    const uint64_t base = base_of(cpu, in);
    uint64_t addr;
    if (M == kReg)
        addr = base + extend_reg64(s.x[in.rm], ExtendType(in.a), in.b);
    else if (M == kPost)
        addr = base;
    else
        addr = base + uint64_t(in.imm);
    if (K == kSt) {
        cpu.store<T>(addr, T(s.x[in.ra]));
    } else {
        const T v = cpu.load<T>(addr);
        s.x[in.rd] = extend_loaded<T, K>(v);
    }
    if (M == kPre)
        s.x[in.rn] = addr;
    else if (M == kPost)
        s.x[in.rn] = base + uint64_t(in.imm);
    return false;
}

// LDTR*/STTR*: unprivileged access (EL0 permissions when executed at EL1).
template <typename T, unsigned K> bool exec_ldst_unpriv(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    const uint64_t addr = base_of(cpu, in) + uint64_t(in.imm);
    if (K == kSt) {
        cpu.store_unpriv(addr, T(s.x[in.ra]), sizeof(T));
    } else {
        const T v = T(cpu.load_unpriv(addr, sizeof(T)));
        s.x[in.rd] = extend_loaded<T, K>(v);
    }
    return false;
}

template <typename T, unsigned K> bool exec_ldr_literal(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    const T v = cpu.load<T>(cpu.pc_of(in) + uint64_t(in.imm));
    s.x[in.rd] = extend_loaded<T, K>(v);
    return false;
}

// Pairs. Loads write rd, rm; stores read ra, rm.
template <typename T, unsigned K, unsigned M> bool exec_ldstp(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    const uint64_t base = base_of(cpu, in);
    const uint64_t addr = M == kPost ? base : base + uint64_t(in.imm);
    if (K == kSt) {
        cpu.store<T>(addr, T(s.x[in.ra]));
        cpu.store<T>(addr + sizeof(T), T(s.x[in.rm]));
    } else {
        const T v1 = cpu.load<T>(addr);
        const T v2 = cpu.load<T>(addr + sizeof(T));
        s.x[in.rd] = extend_loaded<T, K>(v1);
        s.x[in.rm] = extend_loaded<T, K>(v2);
    }
    if (M == kPre)
        s.x[in.rn] = addr;
    else if (M == kPost)
        s.x[in.rn] = base + uint64_t(in.imm);
    return false;
}

bool exec_prfm(Cpu&, const Insn&) { return false; }

// Exclusives: loads write rd (and rm for pairs); stores read ra (and rm), status to rd.
template <typename T, bool Pair> bool exec_ldxr(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    const uint64_t addr = base_of(cpu, in);
    cpu.load_exclusive(addr, Pair ? 2 * sizeof(T) : sizeof(T));
    const T v1 = cpu.load<T>(addr);
    if (Pair) {
        const T v2 = cpu.load<T>(addr + sizeof(T));
        s.x[in.rm] = v2;
    }
    s.x[in.rd] = v1;
    return false;
}

template <typename T, bool Pair> bool exec_stxr(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    const uint64_t addr = base_of(cpu, in);
    const T v1 = T(s.x[in.ra]), v2 = T(s.x[in.rm]);
    const bool pass = cpu.store_exclusive_check(addr, Pair ? 2 * sizeof(T) : sizeof(T));
    if (pass) {
        cpu.store<T>(addr, v1);
        if (Pair)
            cpu.store<T>(addr + sizeof(T), v2);
    }
    s.x[in.rd] = pass ? 0 : 1;
    return false;
}

// LDAR/LDAPR/STLR: single-copy atomic, must be aligned.
template <typename T, bool Store> bool exec_ordered(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    const uint64_t addr = base_of(cpu, in);
    cpu.check_alignment(addr, sizeof(T), Store);
    if (Store)
        cpu.store<T>(addr, T(s.x[in.ra]));
    else
        s.x[in.rd] = cpu.load<T>(addr);
    return false;
}

template <unsigned K, unsigned M> Handler single_handler(unsigned size)
{
    static constexpr Handler table[4] = {exec_ldst<uint8_t, K, M>, exec_ldst<uint16_t, K, M>,
                                         exec_ldst<uint32_t, K, M>, exec_ldst<uint64_t, K, M>};
    return table[size];
}

template <unsigned M> Handler single_handler(unsigned size, unsigned kind)
{
    switch (kind) {
    case kLdU: return single_handler<kLdU, M>(size);
    case kLdS64: return single_handler<kLdS64, M>(size);
    case kLdS32: return single_handler<kLdS32, M>(size);
    default: return single_handler<kSt, M>(size);
    }
}

template <unsigned K> Handler unpriv_handler(unsigned size)
{
    static constexpr Handler table[4] = {exec_ldst_unpriv<uint8_t, K>, exec_ldst_unpriv<uint16_t, K>,
                                         exec_ldst_unpriv<uint32_t, K>, exec_ldst_unpriv<uint64_t, K>};
    return table[size];
}

template <typename T, unsigned K> Handler pair_handler(unsigned mode)
{
    static constexpr Handler table[3] = {exec_ldstp<T, K, kOff>, exec_ldstp<T, K, kPre>,
                                         exec_ldstp<T, K, kPost>};
    return table[mode];
}

void decode_exclusive(uint32_t raw, Insn& in)
{
    const unsigned size = bits(raw, 31, 30);
    const bool o2 = bit(raw, 23), l = bit(raw, 22), o1 = bit(raw, 21), o0 = bit(raw, 15);
    const unsigned rs = bits(raw, 20, 16), rt2 = bits(raw, 14, 10), rt = bits(raw, 4, 0);
    in.rn = reg_sp(bits(raw, 9, 5));
    if (!o2) {
        if (o1 && size < 2)
            return;  // CASP
        if (l) {
            in.rd = reg_write_zr(rt);
            in.rm = reg_write_zr(rt2);
        } else {
            in.rd = reg_write_zr(rs);  // status
            in.ra = reg_read_zr(rt);
            in.rm = reg_read_zr(rt2);
        }
        if (!o1) {
            static constexpr Handler ld[4] = {exec_ldxr<uint8_t, false>, exec_ldxr<uint16_t, false>,
                                              exec_ldxr<uint32_t, false>, exec_ldxr<uint64_t, false>};
            static constexpr Handler st[4] = {exec_stxr<uint8_t, false>, exec_stxr<uint16_t, false>,
                                              exec_stxr<uint32_t, false>, exec_stxr<uint64_t, false>};
            in.fn = l ? ld[size] : st[size];
        } else {
            if (l)
                in.fn = size == 3 ? exec_ldxr<uint64_t, true> : exec_ldxr<uint32_t, true>;
            else
                in.fn = size == 3 ? exec_stxr<uint64_t, true> : exec_stxr<uint32_t, true>;
        }
        return;
    }
    if (o1 || !o0)
        return;  // CAS, LDLAR/STLLR
    in.rd = reg_write_zr(rt);
    in.ra = reg_read_zr(rt);
    static constexpr Handler ld[4] = {exec_ordered<uint8_t, false>, exec_ordered<uint16_t, false>,
                                      exec_ordered<uint32_t, false>, exec_ordered<uint64_t, false>};
    static constexpr Handler st[4] = {exec_ordered<uint8_t, true>, exec_ordered<uint16_t, true>,
                                      exec_ordered<uint32_t, true>, exec_ordered<uint64_t, true>};
    in.fn = l ? ld[size] : st[size];
}

void decode_literal(uint32_t raw, Insn& in)
{
    in.rd = reg_write_zr(bits(raw, 4, 0));
    in.imm = sext(bits(raw, 23, 5), 19) * 4;
    switch (bits(raw, 31, 30)) {
    case 0: in.fn = exec_ldr_literal<uint32_t, kLdU>; break;
    case 1: in.fn = exec_ldr_literal<uint64_t, kLdU>; break;
    case 2: in.fn = exec_ldr_literal<uint32_t, kLdS64>; break;
    default: in.fn = &exec_prfm; break;
    }
}

// The byte offset of LDP/STP: the signed imm7 times the access size
// (1 << scale). A multiplication, not `imm7 << scale`: left-shifting a
// negative value is undefined in C++17 (UBSan reported it on every Linux
// boot). The compiler rejects a negative left shift in a constant
// expression, so these static_asserts guard the form of the computation.
constexpr int64_t pair_offset(uint32_t raw, unsigned scale)
{
    return sext(bits(raw, 21, 15), 7) * (int64_t(1) << scale);
}
static_assert(pair_offset(0x7fu << 15, 3) == -8, "imm7 = -1, X registers");
static_assert(pair_offset(0x40u << 15, 2) == -256, "imm7 = -64, W registers");
static_assert(pair_offset(0x3fu << 15, 3) == 504, "imm7 = +63, X registers");

void decode_pair(uint32_t raw, Insn& in)
{
    const unsigned opc = bits(raw, 31, 30), mode_bits = bits(raw, 24, 23);
    const bool l = bit(raw, 22);
    if (opc == 3 || (opc == 1 && (!l || mode_bits == 0)))
        return;  // STGP (MTE), LDNP with opc 01
    const unsigned scale = opc == 2 ? 3 : 2;
    in.imm = pair_offset(raw, scale);
    in.rn = reg_sp(bits(raw, 9, 5));
    const unsigned rt = bits(raw, 4, 0), rt2 = bits(raw, 14, 10);
    if (l) {
        in.rd = reg_write_zr(rt);
        in.rm = reg_write_zr(rt2);
    } else {
        in.ra = reg_read_zr(rt);
        in.rm = reg_read_zr(rt2);
    }
    // mode_bits: 00 non-temporal (offset), 01 post, 10 offset, 11 pre
    const unsigned mode = mode_bits == 1 ? 2 : mode_bits == 3 ? 1 : 0;
    if (!l)
        in.fn = opc == 2 ? pair_handler<uint64_t, kSt>(mode) : pair_handler<uint32_t, kSt>(mode);
    else if (opc == 1)
        in.fn = pair_handler<uint32_t, kLdS64>(mode);
    else
        in.fn = opc == 2 ? pair_handler<uint64_t, kLdU>(mode) : pair_handler<uint32_t, kLdU>(mode);
}

void decode_single(uint32_t raw, Insn& in)
{
    const unsigned size = bits(raw, 31, 30), opc = bits(raw, 23, 22);
    const unsigned rt = bits(raw, 4, 0);
    in.rn = reg_sp(bits(raw, 9, 5));
    unsigned kind;
    bool prfm = false;
    switch (opc) {
    case 0: kind = kSt; break;
    case 1: kind = kLdU; break;
    case 2:
        kind = kLdS64;
        prfm = size == 3;
        break;
    default:
        if (size >= 2)
            return;
        kind = kLdS32;
        break;
    }
    if (kind == kSt)
        in.ra = reg_read_zr(rt);
    else
        in.rd = reg_write_zr(rt);

    if (bit(raw, 24)) {  // unsigned offset
        in.imm = int64_t(bits(raw, 21, 10)) << size;
        in.fn = prfm ? &exec_prfm : single_handler<kOff>(size, kind);
        return;
    }
    if (bit(raw, 21)) {
        if (bits(raw, 11, 10) == 2) {  // register offset
            const unsigned option = bits(raw, 15, 13);
            if (!(option & 2))
                return;
            in.rm = reg_read_zr(bits(raw, 20, 16));
            in.a = uint8_t(option);
            in.b = uint8_t(bit(raw, 12) ? size : 0);
            in.fn = prfm ? &exec_prfm : single_handler<kReg>(size, kind);
            return;
        }
        if ((raw & 0x3FFFFC00u) == 0x38BFC000u) {  // LDAPR{B,H,}
            in.fn = size == 0   ? exec_ordered<uint8_t, false>
                    : size == 1 ? exec_ordered<uint16_t, false>
                    : size == 2 ? exec_ordered<uint32_t, false>
                                : exec_ordered<uint64_t, false>;
        }
        return;  // LSE atomics, PAC loads
    }
    in.imm = sext(bits(raw, 20, 12), 9);
    switch (bits(raw, 11, 10)) {
    case 0:  // unscaled
        in.fn = prfm ? &exec_prfm : single_handler<kOff>(size, kind);
        return;
    case 1:
        if (!prfm)
            in.fn = single_handler<kPost>(size, kind);
        return;
    case 2:
        if (prfm)
            return;
        switch (kind) {
        case kLdU: in.fn = unpriv_handler<kLdU>(size); break;
        case kLdS64: in.fn = unpriv_handler<kLdS64>(size); break;
        case kLdS32: in.fn = unpriv_handler<kLdS32>(size); break;
        default: in.fn = unpriv_handler<kSt>(size); break;
        }
        return;
    default:
        if (!prfm)
            in.fn = single_handler<kPre>(size, kind);
        return;
    }
}

}  // namespace

void decode_ldst(uint32_t raw, Insn& in)
{
    if (bit(raw, 26)) {
        decode_ldst_simd(raw, in);  // SIMD&FP registers (exec_ldst_simd.cpp)
        return;
    }
    switch (bits(raw, 29, 28)) {
    case 0:
        if (!bit(raw, 24) && bits(raw, 31, 31) <= 1 && !bit(raw, 25))
            decode_exclusive(raw, in);
        return;
    case 1:
        if (!bit(raw, 24))
            decode_literal(raw, in);
        return;
    case 2:
        decode_pair(raw, in);
        return;
    default:
        decode_single(raw, in);
        return;
    }
}

}  // namespace vp::arm64
