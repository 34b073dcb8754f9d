// AArch64 integer ALU semantics: pure, constexpr, allocation-free helpers for the A64 executor.
// Follows the Arm ARM (DDI 0487) shared pseudocode (AddWithCarry, DecodeBitMasks, ShiftReg,
// ExtendReg, ConditionHolds, CountLeading*) and the C6.2 data-processing instruction pages.
// Touches no register, PSTATE or exception: reserved encodings are return values to UNDEF on.
#pragma once

#include <cstdint>
#include <type_traits>

namespace vp::arm64 {

// 128-bit helpers for carries and high products (GCC/Clang extension; __extension__ keeps
// -Wpedantic quiet).
__extension__ typedef __int128 int128_t;
__extension__ typedef unsigned __int128 uint128_t;

// ---------------------------------------------------------------------------------------------
// Flags. An "nzcv" value in this file is 4 bits: bit 3 = N, bit 2 = Z, bit 1 = C, bit 0 = V,
// i.e. exactly PSTATE.NZCV shifted down from bits [31:28] (the layout of the NZCV system
// register and of SPSR_ELx).
// ---------------------------------------------------------------------------------------------
namespace flag {
constexpr uint32_t N = 8;
constexpr uint32_t Z = 4;
constexpr uint32_t C = 2;
constexpr uint32_t V = 1;
} // namespace flag

// Position of NZCV in PSTATE-shaped words (NZCV register, SPSR_ELx).
constexpr unsigned kNzcvShift = 28;
constexpr uint32_t kNzcvMask = 0xFu << kNzcvShift;

// 4-bit nzcv from a PSTATE/SPSR/NZCV-register word.
constexpr uint32_t nzcv_from_pstate(uint32_t pstate) { return (pstate >> kNzcvShift) & 0xF; }
// PSTATE-shaped word with the NZCV field [31:28] replaced by the 4-bit nzcv.
constexpr uint32_t nzcv_into_pstate(uint32_t pstate, uint32_t nzcv)
{
    return (pstate & ~kNzcvMask) | ((nzcv & 0xF) << kNzcvShift);
}
// Packs individual flags into a 4-bit nzcv.
constexpr uint32_t make_nzcv(bool n, bool z, bool c, bool v)
{
    return (uint32_t(n) << 3) | (uint32_t(z) << 2) | (uint32_t(c) << 1) | uint32_t(v);
}

// N and Z of a result, C = V = 0: the flags of ANDS/BICS (and TST).
constexpr uint32_t nz_flags32(uint32_t r) { return ((r >> 31) << 3) | (uint32_t(r == 0) << 2); }
constexpr uint32_t nz_flags64(uint64_t r)
{
    return (uint32_t(r >> 63) << 3) | (uint32_t(r == 0) << 2);
}

// ---------------------------------------------------------------------------------------------
// AddWithCarry (shared pseudocode). x + y + carry_in, with flags.
//   ADD/ADDS: add_with_carry(x, y, 0)       SUB/SUBS/CMP: add_with_carry(x, ~y, 1)
//   ADC/ADCS: add_with_carry(x, y, C)        SBC/SBCS:     add_with_carry(x, ~y, C)
// ---------------------------------------------------------------------------------------------
template <typename U> struct AddResult {
    U value;       // the sum, modulo 2^width
    uint32_t nzcv; // 4-bit flags
};
using AddResult32 = AddResult<uint32_t>;
using AddResult64 = AddResult<uint64_t>;

constexpr AddResult32 add_with_carry32(uint32_t x, uint32_t y, bool carry_in)
{
    const uint64_t wide = uint64_t(x) + y + carry_in;
    const uint32_t r = uint32_t(wide);
    const uint32_t v = ((x ^ r) & (y ^ r)) >> 31; // operands agree in sign, result differs
    return {r, nz_flags32(r) | (uint32_t(wide >> 32) << 1) | v};
}

constexpr AddResult64 add_with_carry64(uint64_t x, uint64_t y, bool carry_in)
{
    const uint128_t wide = uint128_t(x) + y + carry_in; // add + adc on any 64-bit host
    const uint64_t r = uint64_t(wide);
    const uint32_t v = uint32_t(((x ^ r) & (y ^ r)) >> 63);
    return {r, nz_flags64(r) | (uint32_t(wide >> 64) << 1) | v};
}

// Flag result of CMP/SUBS x, y (the difference is add_with_carry(x, ~y, 1).value).
constexpr uint32_t sub_flags32(uint32_t x, uint32_t y)
{
    return add_with_carry32(x, ~y, true).nzcv;
}
constexpr uint32_t sub_flags64(uint64_t x, uint64_t y)
{
    return add_with_carry64(x, ~y, true).nzcv;
}

// ---------------------------------------------------------------------------------------------
// Conditions (ConditionHolds). cond is the 4-bit field of B.cond/CSEL/CCMP, nzcv as above.
// ---------------------------------------------------------------------------------------------
enum Cond : unsigned {
    kEQ = 0, kNE, kCS, kCC, kMI, kPL, kVS, kVC, kHI, kLS, kGE, kLT, kGT, kLE, kAL, kNV
};

namespace alu_detail {
constexpr bool condition_holds_slow(unsigned cond, uint32_t nzcv)
{
    const bool n = nzcv & flag::N, z = nzcv & flag::Z, c = nzcv & flag::C, v = nzcv & flag::V;
    bool result = true;
    switch ((cond >> 1) & 7) {
    case 0: result = z; break;
    case 1: result = c; break;
    case 2: result = n; break;
    case 3: result = v; break;
    case 4: result = c && !z; break;
    case 5: result = n == v; break;
    case 6: result = n == v && !z; break;
    default: result = true; break;
    }
    // Odd conditions invert, except 0b1111 (NV), which behaves as AL.
    if ((cond & 1) && (cond & 0xF) != 0xF)
        result = !result;
    return result;
}

struct CondTable {
    uint16_t holds[16]; // bit k of holds[cond]: condition holds when nzcv == k
};
constexpr CondTable make_cond_table()
{
    CondTable t{};
    for (unsigned cond = 0; cond < 16; ++cond)
        for (unsigned k = 0; k < 16; ++k)
            if (condition_holds_slow(cond, k))
                t.holds[cond] = uint16_t(t.holds[cond] | (1u << k));
    return t;
}
inline constexpr CondTable kCondTable = make_cond_table();
} // namespace alu_detail

// ConditionHolds(cond) for the 4-bit nzcv. One table lookup.
constexpr bool condition_holds(unsigned cond, uint32_t nzcv)
{
    return (alu_detail::kCondTable.holds[cond & 0xF] >> (nzcv & 0xF)) & 1;
}

// ---------------------------------------------------------------------------------------------
// Shifts and extends.
// ---------------------------------------------------------------------------------------------
enum class ShiftType : unsigned { LSL = 0, LSR = 1, ASR = 2, ROR = 3 };

// ShiftReg: value shifted by amount modulo the width (so LSLV/LSRV/ASRV/RORV pass the Rm value
// directly; immediate-shift forms have amount < width anyway).
constexpr uint32_t shift32(uint32_t x, ShiftType type, unsigned amount)
{
    const unsigned s = amount & 31;
    switch (type) {
    case ShiftType::LSL: return x << s;
    case ShiftType::LSR: return x >> s;
    case ShiftType::ASR: return uint32_t(int32_t(x) >> s);
    case ShiftType::ROR: return s ? (x >> s) | (x << (32 - s)) : x;
    }
    return x;
}
constexpr uint64_t shift64(uint64_t x, ShiftType type, unsigned amount)
{
    const unsigned s = amount & 63;
    switch (type) {
    case ShiftType::LSL: return x << s;
    case ShiftType::LSR: return x >> s;
    case ShiftType::ASR: return uint64_t(int64_t(x) >> s);
    case ShiftType::ROR: return s ? (x >> s) | (x << (64 - s)) : x;
    }
    return x;
}
constexpr uint32_t ror32(uint32_t x, unsigned amount) { return shift32(x, ShiftType::ROR, amount); }
constexpr uint64_t ror64(uint64_t x, unsigned amount) { return shift64(x, ShiftType::ROR, amount); }

// SignExtend(x<bits-1:0>) to 64 bits, 1 <= bits <= 64: load sign extension, branch and
// literal offsets (imm19, imm26, imm14), SXT* values.
constexpr uint64_t sign_extend64(uint64_t x, unsigned bits)
{
    const unsigned sh = 64 - bits;
    return uint64_t(int64_t(x << sh) >> sh);
}

// The option field of extended-register forms (and of register-offset loads/stores).
enum class ExtendType : unsigned { UXTB = 0, UXTH, UXTW, UXTX, SXTB, SXTH, SXTW, SXTX };

// ExtendReg: the low 8/16/32/64 bits of x, zero- or sign-extended, then shifted left by
// shift (0..4 in ADD/SUB extended register; up to 3 in loads/stores). Result is 64 bits; a
// 32-bit operation uses the low half (which is what ExtendReg with N = 32 yields).
constexpr uint64_t extend_reg64(uint64_t x, ExtendType type, unsigned shift)
{
    uint64_t e = x;
    switch (type) {
    case ExtendType::UXTB: e = uint8_t(x); break;
    case ExtendType::UXTH: e = uint16_t(x); break;
    case ExtendType::UXTW: e = uint32_t(x); break;
    case ExtendType::UXTX: e = x; break;
    case ExtendType::SXTB: e = uint64_t(int64_t(int8_t(x))); break;
    case ExtendType::SXTH: e = uint64_t(int64_t(int16_t(x))); break;
    case ExtendType::SXTW: e = uint64_t(int64_t(int32_t(x))); break;
    case ExtendType::SXTX: e = x; break;
    }
    return e << (shift & 63);
}
constexpr uint32_t extend_reg32(uint32_t x, ExtendType type, unsigned shift)
{
    return uint32_t(extend_reg64(x, type, shift));
}

// ---------------------------------------------------------------------------------------------
// Bit masks: DecodeBitMasks for logical immediates (AND/ORR/EOR/ANDS #imm) and bitfields.
// ---------------------------------------------------------------------------------------------
struct BitMasks {
    bool valid;     // false: reserved encoding (UNDEFINED)
    uint64_t wmask; // low datasize bits meaningful, upper bits zero for datasize 32
    uint64_t tmask;
};

// DecodeBitMasks(immN, imms, immr, immediate) for datasize 32 or 64.
// Invalid (-> valid == false) exactly when the pseudocode is UNDEFINED: no element size
// (immN:NOT(imms) == 0b000000x), or for immediate == true an all-ones element (S == esize-1).
// Additionally an element larger than datasize (immN == 1 with datasize 32) is reported invalid;
// the instruction decode makes that UNDEFINED (sf == 0 && N == 1).
// Callers of the bitfield instructions must still check their own 32-bit constraints
// (immr<5>, imms<5> == 0, see bitfield_encoding_valid).
constexpr BitMasks decode_bit_masks(unsigned imm_n, unsigned imms, unsigned immr, bool immediate,
                                    unsigned datasize)
{
    imm_n &= 1;
    imms &= 63;
    immr &= 63;
    const unsigned combined = (imm_n << 6) | (~imms & 63);
    if (combined == 0 || combined == 1) // len < 1
        return {false, 0, 0};
    unsigned len = 6;
    while (!((combined >> len) & 1))
        --len;
    const unsigned esize = 1u << len;
    if (esize > datasize)
        return {false, 0, 0};
    const unsigned levels = esize - 1;
    if (immediate && (imms & levels) == levels)
        return {false, 0, 0};
    const unsigned s = imms & levels;
    const unsigned r = immr & levels;
    const unsigned d = (s - r) & levels;
    const uint64_t emask = esize == 64 ? ~uint64_t(0) : (uint64_t(1) << esize) - 1;
    // Ones(S + 1) and Ones(d + 1) with S, d < esize <= 64.
    const uint64_t welem = s == 63 ? ~uint64_t(0) : (uint64_t(1) << (s + 1)) - 1;
    const uint64_t telem = d == 63 ? ~uint64_t(0) : (uint64_t(1) << (d + 1)) - 1;
    const uint64_t wrot = r ? ((welem >> r) | (welem << (esize - r))) & emask : welem;
    uint64_t wmask = wrot, tmask = telem;
    for (unsigned size = esize; size < 64; size *= 2) { // Replicate to 64 bits
        wmask |= wmask << size;
        tmask |= tmask << size;
    }
    if (datasize == 32) {
        wmask &= 0xFFFFFFFFu;
        tmask &= 0xFFFFFFFFu;
    }
    return {true, wmask, tmask};
}

// Logical immediate imm for AND/ORR/EOR/ANDS (sf selects datasize 64). valid == false means
// the encoding is reserved (UNDEFINED), including sf == 0 with N == 1.
struct LogicalImm {
    bool valid;
    uint64_t value;
};
constexpr LogicalImm decode_logical_imm(bool sf, unsigned imm_n, unsigned immr, unsigned imms)
{
    const BitMasks m = decode_bit_masks(imm_n, imms, immr, true, sf ? 64 : 32);
    return {m.valid, m.wmask};
}

// ---------------------------------------------------------------------------------------------
// Bitfield moves (SBFM/BFM/UBFM and their aliases ASR/LSL/LSR #imm, SBFX/UBFX/SBFIZ/UBFIZ,
// BFI/BFXIL, SXTB/UXTB...) and EXTR. Direct formulas equivalent to the pseudocode
//   bot = (dst AND NOT wmask) OR (ROR(src, R) AND wmask); top = extend ? Replicate(src<S>) : dst
//   result = (top AND NOT tmask) OR (bot AND tmask)
// with wmask/tmask = DecodeBitMasks(N, imms, immr, FALSE).
// Preconditions: bitfield_encoding_valid(sf, N, immr, imms); immr, imms < datasize.
// ---------------------------------------------------------------------------------------------

// Decode-time check: 64-bit forms need N == 1, 32-bit forms N == 0 and immr, imms < 32.
constexpr bool bitfield_encoding_valid(bool sf, unsigned imm_n, unsigned immr, unsigned imms)
{
    if (sf)
        return imm_n == 1 && immr < 64 && imms < 64;
    return imm_n == 0 && immr < 32 && imms < 32;
}

namespace alu_detail {
template <typename U> constexpr unsigned bits_of() { return sizeof(U) * 8; }
// Ones(n) for 1 <= n <= width.
template <typename U> constexpr U ones(unsigned n)
{
    return n >= bits_of<U>() ? U(~U(0)) : U((U(1) << n) - 1);
}
// Sign-extends the low n bits (1 <= n <= width) of x.
template <typename U> constexpr U sign_extend(U x, unsigned n)
{
    const unsigned sh = bits_of<U>() - n;
    using S = std::conditional_t<sizeof(U) == 8, int64_t, int32_t>;
    return U(S(U(x << sh)) >> sh);
}

template <typename U> constexpr U ubfm(U src, unsigned immr, unsigned imms)
{
    constexpr unsigned w = bits_of<U>();
    if (imms >= immr) // UBFX / LSR: field src<imms:immr> to bit 0
        return U(src >> immr) & ones<U>(imms - immr + 1);
    // UBFIZ / LSL: field src<imms:0> to bit (w - immr)
    return U(U(src & ones<U>(imms + 1)) << (w - immr));
}
template <typename U> constexpr U sbfm(U src, unsigned immr, unsigned imms)
{
    constexpr unsigned w = bits_of<U>();
    if (imms >= immr) // SBFX / ASR / SXT*: field src<imms:immr>, sign-extended
        return sign_extend<U>(U(src >> immr), imms - immr + 1);
    // SBFIZ: field src<imms:0> sign-extended, placed at bit (w - immr)
    return U(sign_extend<U>(src, imms + 1) << (w - immr));
}
template <typename U> constexpr U bfm(U dst, U src, unsigned immr, unsigned imms)
{
    constexpr unsigned w = bits_of<U>();
    if (imms >= immr) { // BFXIL: src<imms:immr> into dst<imms-immr:0>
        const U m = ones<U>(imms - immr + 1);
        return U(dst & ~m) | (U(src >> immr) & m);
    }
    // BFI: src<imms:0> into dst<w-immr+imms : w-immr>
    const unsigned lsb = w - immr;
    const U m = U(ones<U>(imms + 1) << lsb);
    return U(dst & ~m) | (U(src << lsb) & m);
}
} // namespace alu_detail

constexpr uint32_t ubfm32(uint32_t src, unsigned immr, unsigned imms)
{
    return alu_detail::ubfm<uint32_t>(src, immr, imms);
}
constexpr uint64_t ubfm64(uint64_t src, unsigned immr, unsigned imms)
{
    return alu_detail::ubfm<uint64_t>(src, immr, imms);
}
constexpr uint32_t sbfm32(uint32_t src, unsigned immr, unsigned imms)
{
    return alu_detail::sbfm<uint32_t>(src, immr, imms);
}
constexpr uint64_t sbfm64(uint64_t src, unsigned immr, unsigned imms)
{
    return alu_detail::sbfm<uint64_t>(src, immr, imms);
}
// BFM keeps the bits of dst (the old Rd) outside the inserted field.
constexpr uint32_t bfm32(uint32_t dst, uint32_t src, unsigned immr, unsigned imms)
{
    return alu_detail::bfm<uint32_t>(dst, src, immr, imms);
}
constexpr uint64_t bfm64(uint64_t dst, uint64_t src, unsigned immr, unsigned imms)
{
    return alu_detail::bfm<uint64_t>(dst, src, immr, imms);
}

// Decode-time check for EXTR: N must equal sf, and the 32-bit form needs imms < 32.
constexpr bool extr_encoding_valid(bool sf, unsigned imm_n, unsigned imms)
{
    return imm_n == unsigned(sf) && imms < (sf ? 64u : 32u);
}

// EXTR Rd, Rn, Rm, #lsb: bits [lsb + width - 1 : lsb] of Rn:Rm (ROR #imm when Rn == Rm).
// lsb < width (the decoder rejects imms<5> == 1 for the 32-bit form).
constexpr uint32_t extr32(uint32_t n, uint32_t m, unsigned lsb)
{
    lsb &= 31;
    return lsb ? (m >> lsb) | (n << (32 - lsb)) : m;
}
constexpr uint64_t extr64(uint64_t n, uint64_t m, unsigned lsb)
{
    lsb &= 63;
    return lsb ? (m >> lsb) | (n << (64 - lsb)) : m;
}

// ---------------------------------------------------------------------------------------------
// Data-processing (1 source): CLZ, CLS, RBIT, REV, REV16, REV32.
// ---------------------------------------------------------------------------------------------
constexpr unsigned clz32(uint32_t x) { return x ? unsigned(__builtin_clz(x)) : 32; }
constexpr unsigned clz64(uint64_t x) { return x ? unsigned(__builtin_clzll(x)) : 64; }
// CountLeadingSignBits: number of bits after the top one that equal it (0..width-1).
constexpr unsigned cls32(uint32_t x) { return clz32((x ^ (x << 1)) | 1u); }
constexpr unsigned cls64(uint64_t x) { return clz64((x ^ (x << 1)) | 1u); }

constexpr uint32_t rev_bytes32(uint32_t x) { return __builtin_bswap32(x); } // REV Wd
constexpr uint64_t rev_bytes64(uint64_t x) { return __builtin_bswap64(x); } // REV Xd
// REV16: bytes swapped within each halfword.
constexpr uint32_t rev16_32(uint32_t x)
{
    return ((x >> 8) & 0x00FF00FFu) | ((x & 0x00FF00FFu) << 8);
}
constexpr uint64_t rev16_64(uint64_t x)
{
    constexpr uint64_t m = 0x00FF00FF00FF00FFull;
    return ((x >> 8) & m) | ((x & m) << 8);
}
// REV32 Xd: bytes reversed within each word (no 32-bit form).
constexpr uint64_t rev32_64(uint64_t x)
{
    const uint64_t s = rev_bytes64(x);
    return (s >> 32) | (s << 32);
}
// RBIT
constexpr uint64_t rbit64(uint64_t x)
{
    x = ((x >> 1) & 0x5555555555555555ull) | ((x & 0x5555555555555555ull) << 1);
    x = ((x >> 2) & 0x3333333333333333ull) | ((x & 0x3333333333333333ull) << 2);
    x = ((x >> 4) & 0x0F0F0F0F0F0F0F0Full) | ((x & 0x0F0F0F0F0F0F0F0Full) << 4);
    return rev_bytes64(x);
}
constexpr uint32_t rbit32(uint32_t x) { return uint32_t(rbit64(x) >> 32); }

// ---------------------------------------------------------------------------------------------
// Multiply and divide.
// ---------------------------------------------------------------------------------------------
// UDIV/SDIV: quotient rounded towards zero; x / 0 == 0; INT_MIN / -1 == INT_MIN.
constexpr uint32_t udiv32(uint32_t n, uint32_t m) { return m ? n / m : 0; }
constexpr uint64_t udiv64(uint64_t n, uint64_t m) { return m ? n / m : 0; }
constexpr uint32_t sdiv32(uint32_t n, uint32_t m)
{
    if (m == 0)
        return 0;
    if (m == 0xFFFFFFFFu) // x / -1 == -x (mod 2^32), also for INT_MIN
        return 0u - n;
    return uint32_t(int32_t(n) / int32_t(m));
}
constexpr uint64_t sdiv64(uint64_t n, uint64_t m)
{
    if (m == 0)
        return 0;
    if (m == ~uint64_t(0))
        return 0 - n;
    return uint64_t(int64_t(n) / int64_t(m));
}

// MADD/MSUB: a +/- n * m, modulo the width.
constexpr uint32_t madd32(uint32_t a, uint32_t n, uint32_t m) { return a + n * m; }
constexpr uint64_t madd64(uint64_t a, uint64_t n, uint64_t m) { return a + n * m; }
constexpr uint32_t msub32(uint32_t a, uint32_t n, uint32_t m) { return a - n * m; }
constexpr uint64_t msub64(uint64_t a, uint64_t n, uint64_t m) { return a - n * m; }
// SMADDL/SMSUBL/UMADDL/UMSUBL: Xa +/- Wn * Wm with the W operands sign/zero-extended.
constexpr uint64_t smaddl(uint64_t a, uint32_t n, uint32_t m)
{
    return a + uint64_t(int64_t(int32_t(n)) * int32_t(m));
}
constexpr uint64_t smsubl(uint64_t a, uint32_t n, uint32_t m)
{
    return a - uint64_t(int64_t(int32_t(n)) * int32_t(m));
}
constexpr uint64_t umaddl(uint64_t a, uint32_t n, uint32_t m) { return a + uint64_t(n) * m; }
constexpr uint64_t umsubl(uint64_t a, uint32_t n, uint32_t m) { return a - uint64_t(n) * m; }
// SMULH/UMULH: high 64 bits of the 128-bit product.
constexpr uint64_t umulh(uint64_t n, uint64_t m) { return uint64_t((uint128_t(n) * m) >> 64); }
constexpr uint64_t smulh(uint64_t n, uint64_t m)
{
    return uint64_t(uint128_t(int128_t(int64_t(n)) * int64_t(m)) >> 64);
}

// ---------------------------------------------------------------------------------------------
// Conditional compare and conditional select.
// ---------------------------------------------------------------------------------------------

// CCMP (negate == false) / CCMN (negate == true): the new nzcv. If cond holds on the current
// nzcv, the flags of CMP x, y (resp. CMN x, y); otherwise the instruction's #nzcv immediate.
// y is Rm or the 5-bit immediate.
constexpr uint32_t ccmp32(uint32_t x, uint32_t y, bool negate, unsigned cond, uint32_t nzcv_imm,
                          uint32_t nzcv)
{
    if (!condition_holds(cond, nzcv))
        return nzcv_imm & 0xF;
    return negate ? add_with_carry32(x, y, false).nzcv : add_with_carry32(x, ~y, true).nzcv;
}
constexpr uint32_t ccmp64(uint64_t x, uint64_t y, bool negate, unsigned cond, uint32_t nzcv_imm,
                          uint32_t nzcv)
{
    if (!condition_holds(cond, nzcv))
        return nzcv_imm & 0xF;
    return negate ? add_with_carry64(x, y, false).nzcv : add_with_carry64(x, ~y, true).nzcv;
}

// Conditional select family; the value is op:o2 (instruction bits 30 and 10).
enum class CondSelOp : unsigned { CSEL = 0, CSINC = 1, CSINV = 2, CSNEG = 3 };

// Rd = cond holds ? n : f(m), f per op (identity, m + 1, NOT m, -m).
// Aliases: CSET = CSINC Rd, ZR, ZR, invert(cond); CNEG = CSNEG Rd, Rn, Rn, invert(cond), ...
constexpr uint32_t cond_select32(CondSelOp op, unsigned cond, uint32_t nzcv, uint32_t n, uint32_t m)
{
    if (condition_holds(cond, nzcv))
        return n;
    switch (op) {
    case CondSelOp::CSEL: return m;
    case CondSelOp::CSINC: return m + 1;
    case CondSelOp::CSINV: return ~m;
    case CondSelOp::CSNEG: return 0u - m;
    }
    return m;
}
constexpr uint64_t cond_select64(CondSelOp op, unsigned cond, uint32_t nzcv, uint64_t n, uint64_t m)
{
    if (condition_holds(cond, nzcv))
        return n;
    switch (op) {
    case CondSelOp::CSEL: return m;
    case CondSelOp::CSINC: return m + 1;
    case CondSelOp::CSINV: return ~m;
    case CondSelOp::CSNEG: return 0 - m;
    }
    return m;
}

// MOVK: imm16 inserted at bit 16 * hw of old, other bits kept. (MOVZ/MOVN need no helper.)
constexpr uint64_t movk(uint64_t old, unsigned imm16, unsigned hw)
{
    const unsigned sh = (hw & 3) * 16;
    return (old & ~(uint64_t(0xFFFF) << sh)) | (uint64_t(imm16 & 0xFFFF) << sh);
}

// ---------------------------------------------------------------------------------------------
// Width-generic forms, for an executor templated on the operand type (uint32_t for the W forms,
// uint64_t for the X forms): sized::add_with_carry<U>(...) forwards to add_with_carry32/64, etc.
// ---------------------------------------------------------------------------------------------
namespace sized {
template <typename U> constexpr bool kIs64 = std::is_same_v<U, uint64_t>;
template <typename U> constexpr unsigned kBits = kIs64<U> ? 64 : 32;

template <typename U> constexpr AddResult<U> add_with_carry(U x, U y, bool carry_in)
{
    static_assert(std::is_same_v<U, uint32_t> || std::is_same_v<U, uint64_t>);
    if constexpr (kIs64<U>)
        return add_with_carry64(x, y, carry_in);
    else
        return add_with_carry32(x, y, carry_in);
}
template <typename U> constexpr uint32_t sub_flags(U x, U y)
{
    return add_with_carry<U>(x, U(~y), true).nzcv;
}
template <typename U> constexpr uint32_t nz_flags(U r)
{
    if constexpr (kIs64<U>) return nz_flags64(r); else return nz_flags32(r);
}
template <typename U> constexpr U shift(U x, ShiftType type, unsigned amount)
{
    if constexpr (kIs64<U>) return shift64(x, type, amount); else return shift32(x, type, amount);
}
template <typename U> constexpr U extend_reg(U x, ExtendType type, unsigned sh)
{
    if constexpr (kIs64<U>) return extend_reg64(x, type, sh); else return extend_reg32(x, type, sh);
}
template <typename U> constexpr U ubfm(U src, unsigned immr, unsigned imms)
{
    return alu_detail::ubfm<U>(src, immr, imms);
}
template <typename U> constexpr U sbfm(U src, unsigned immr, unsigned imms)
{
    return alu_detail::sbfm<U>(src, immr, imms);
}
template <typename U> constexpr U bfm(U dst, U src, unsigned immr, unsigned imms)
{
    return alu_detail::bfm<U>(dst, src, immr, imms);
}
template <typename U> constexpr U extr(U n, U m, unsigned lsb)
{
    if constexpr (kIs64<U>) return extr64(n, m, lsb); else return extr32(n, m, lsb);
}
template <typename U> constexpr unsigned clz(U x)
{
    if constexpr (kIs64<U>) return clz64(x); else return clz32(x);
}
template <typename U> constexpr unsigned cls(U x)
{
    if constexpr (kIs64<U>) return cls64(x); else return cls32(x);
}
template <typename U> constexpr U rbit(U x)
{
    if constexpr (kIs64<U>) return rbit64(x); else return rbit32(x);
}
template <typename U> constexpr U rev_bytes(U x)
{
    if constexpr (kIs64<U>) return rev_bytes64(x); else return rev_bytes32(x);
}
template <typename U> constexpr U rev16(U x)
{
    if constexpr (kIs64<U>) return rev16_64(x); else return rev16_32(x);
}
template <typename U> constexpr U udiv(U n, U m)
{
    if constexpr (kIs64<U>) return udiv64(n, m); else return udiv32(n, m);
}
template <typename U> constexpr U sdiv(U n, U m)
{
    if constexpr (kIs64<U>) return sdiv64(n, m); else return sdiv32(n, m);
}
template <typename U> constexpr uint32_t ccmp(U x, U y, bool negate, unsigned cond,
                                              uint32_t nzcv_imm, uint32_t nzcv)
{
    if constexpr (kIs64<U>)
        return ccmp64(x, y, negate, cond, nzcv_imm, nzcv);
    else
        return ccmp32(x, y, negate, cond, nzcv_imm, nzcv);
}
template <typename U> constexpr U cond_select(CondSelOp op, unsigned cond, uint32_t nzcv, U n, U m)
{
    if constexpr (kIs64<U>)
        return cond_select64(op, cond, nzcv, n, m);
    else
        return cond_select32(op, cond, nzcv, n, m);
}
} // namespace sized

} // namespace vp::arm64
