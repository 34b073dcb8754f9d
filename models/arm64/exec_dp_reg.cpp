// A64 data processing (register), DDI 0487 C4.1.95: logical and add/sub with
// shifted or extended register, ADC/SBC(S), CCMP/CCMN, CSEL family, 1- and
// 2-source (shifts, divides, CLZ/CLS/RBIT/REV*), 3-source multiplies.
// CRC32B/H/W/X and CRC32CB/CH/CW/CX (C6.2: ARMv8.0 CRC32 extension).
// Not implemented (Undefined): PAC, RMIF/SETF.
#include "arm64/exec.h"

namespace vp::arm64 {

namespace {

template <bool Sf> inline void write(CpuState& s, unsigned rd, uint64_t v)
{
    s.x[rd] = Sf ? v : uint32_t(v);
}

template <bool Sf> inline uint64_t shifted(uint64_t v, unsigned type, unsigned amount)
{
    if (Sf)
        return shift64(v, ShiftType(type), amount);
    return shift32(uint32_t(v), ShiftType(type), amount);
}

// Logical shifted register. Opc: 0 AND, 1 ORR, 2 EOR, 3 ANDS; Inv: N bit (BIC, ORN, EON,
// BICS). a = shift type, b = amount.
template <bool Sf, unsigned Opc, bool Inv> bool exec_logic_reg(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    uint64_t m = shifted<Sf>(s.x[in.rm], in.a, in.b);
    if (Inv)
        m = ~m;
    const uint64_t n = s.x[in.rn];
    uint64_t r;
    switch (Opc) {
    case 0: r = n & m; break;
    case 1: r = n | m; break;
    case 2: r = n ^ m; break;
    default:
        r = n & m;
        s.nzcv = Sf ? nz_flags64(r) : nz_flags32(uint32_t(r));
        break;
    }
    write<Sf>(s, in.rd, r);
    return false;
}

// MOV Xd, Xm (ORR Xd, XZR, Xm, LSL #0): the most frequent register move.
template <bool Sf> bool exec_mov_reg(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    write<Sf>(s, in.rd, s.x[in.rm]);
    return false;
}

template <bool Sf, bool Sub, bool SetFlags>
inline void addsub(CpuState& s, unsigned rd, uint64_t n, uint64_t m)
{
    if (!SetFlags) {
        write<Sf>(s, rd, Sub ? n - m : n + m);
    } else if (Sf) {
        AddResult64 r = add_with_carry64(n, Sub ? ~m : m, Sub);
        s.x[rd] = r.value;
        s.nzcv = r.nzcv;
    } else {
        AddResult32 r = add_with_carry32(uint32_t(n), Sub ? ~uint32_t(m) : uint32_t(m), Sub);
        s.x[rd] = r.value;
        s.nzcv = r.nzcv;
    }
}

template <bool Sf, bool Sub, bool SetFlags> bool exec_addsub_shift(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    addsub<Sf, Sub, SetFlags>(s, in.rd, s.x[in.rn], shifted<Sf>(s.x[in.rm], in.a, in.b));
    return false;
}

// a = option (ExtendType), b = left shift 0..4
template <bool Sf, bool Sub, bool SetFlags> bool exec_addsub_ext(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    addsub<Sf, Sub, SetFlags>(s, in.rd, s.x[in.rn], extend_reg64(s.x[in.rm], ExtendType(in.a), in.b));
    return false;
}

template <bool Sf, bool Sub, bool SetFlags> bool exec_adc(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    const bool c = s.nzcv & flag::C;
    const uint64_t n = s.x[in.rn], m = s.x[in.rm];
    if (Sf) {
        AddResult64 r = add_with_carry64(n, Sub ? ~m : m, c);
        s.x[in.rd] = r.value;
        if (SetFlags)
            s.nzcv = r.nzcv;
    } else {
        AddResult32 r = add_with_carry32(uint32_t(n), Sub ? ~uint32_t(m) : uint32_t(m), c);
        s.x[in.rd] = r.value;
        if (SetFlags)
            s.nzcv = r.nzcv;
    }
    return false;
}

// CCMP/CCMN: a = cond, b = nzcv immediate, c = 1 if immediate form (imm holds it).
template <bool Sf, bool Negate> bool exec_ccmp(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    const uint64_t m = in.c ? uint64_t(in.imm) : s.x[in.rm];
    if (Sf)
        s.nzcv = ccmp64(s.x[in.rn], m, Negate, in.a, in.b, s.nzcv);
    else
        s.nzcv = ccmp32(uint32_t(s.x[in.rn]), uint32_t(m), Negate, in.a, in.b, s.nzcv);
    return false;
}

template <bool Sf, unsigned Op> bool exec_csel(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    if (Sf)
        s.x[in.rd] = cond_select64(CondSelOp(Op), in.a, s.nzcv, s.x[in.rn], s.x[in.rm]);
    else
        s.x[in.rd] = cond_select32(CondSelOp(Op), in.a, s.nzcv, uint32_t(s.x[in.rn]),
                                   uint32_t(s.x[in.rm]));
    return false;
}

// 2-source: Op 0 UDIV, 1 SDIV, 2 LSLV, 3 LSRV, 4 ASRV, 5 RORV
template <bool Sf, unsigned Op> bool exec_dp2(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    const uint64_t n = s.x[in.rn], m = s.x[in.rm];
    uint64_t r;
    if (Sf) {
        switch (Op) {
        case 0: r = udiv64(n, m); break;
        case 1: r = sdiv64(n, m); break;
        default: r = shift64(n, ShiftType(Op - 2), unsigned(m & 63)); break;
        }
    } else {
        switch (Op) {
        case 0: r = udiv32(uint32_t(n), uint32_t(m)); break;
        case 1: r = sdiv32(uint32_t(n), uint32_t(m)); break;
        default: r = shift32(uint32_t(n), ShiftType(Op - 2), unsigned(m & 31)); break;
        }
    }
    write<Sf>(s, in.rd, r);
    return false;
}

// 1-source: Op 0 RBIT, 1 REV16, 2 REV32 (64-bit) / REV (32-bit), 3 REV (64-bit), 4 CLZ, 5 CLS
template <bool Sf, unsigned Op> bool exec_dp1(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    const uint64_t n = s.x[in.rn];
    uint64_t r;
    if (Sf) {
        switch (Op) {
        case 0: r = rbit64(n); break;
        case 1: r = rev16_64(n); break;
        case 2: r = rev32_64(n); break;
        case 3: r = rev_bytes64(n); break;
        case 4: r = clz64(n); break;
        default: r = cls64(n); break;
        }
    } else {
        const uint32_t w = uint32_t(n);
        switch (Op) {
        case 0: r = rbit32(w); break;
        case 1: r = rev16_32(w); break;
        case 2: r = rev_bytes32(w); break;
        case 4: r = clz32(w); break;
        default: r = cls32(w); break;
        }
    }
    write<Sf>(s, in.rd, r);
    return false;
}

// 3-source: Op 0 MADD, 1 MSUB, 2 SMADDL, 3 SMSUBL, 4 SMULH, 5 UMADDL, 6 UMSUBL, 7 UMULH
template <bool Sf, unsigned Op> bool exec_dp3(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    const uint64_t n = s.x[in.rn], m = s.x[in.rm], a = s.x[in.ra];
    uint64_t r;
    switch (Op) {
    case 0: r = Sf ? madd64(a, n, m) : madd32(uint32_t(a), uint32_t(n), uint32_t(m)); break;
    case 1: r = Sf ? msub64(a, n, m) : msub32(uint32_t(a), uint32_t(n), uint32_t(m)); break;
    case 2: r = smaddl(a, uint32_t(n), uint32_t(m)); break;
    case 3: r = smsubl(a, uint32_t(n), uint32_t(m)); break;
    case 4: r = smulh(n, m); break;
    case 5: r = umaddl(a, uint32_t(n), uint32_t(m)); break;
    case 6: r = umsubl(a, uint32_t(n), uint32_t(m)); break;
    default: r = umulh(n, m); break;
    }
    write<Sf>(s, in.rd, r);
    return false;
}

// CRC32 tables (byte at a time, reflected bit order as the instructions
// define it: bit 0 of the accumulator is the coefficient of x^31). The
// polynomials are 0x04C11DB7 (CRC32) and 0x1EDC6F41 (CRC32C), bit-reversed.
struct CrcTable {
    uint32_t t[256];
};
constexpr CrcTable make_crc_table(uint32_t reflected_poly)
{
    CrcTable table{};
    for (uint32_t i = 0; i < 256; ++i) {
        uint32_t c = i;
        for (unsigned k = 0; k < 8; ++k)
            c = (c >> 1) ^ ((c & 1) ? reflected_poly : 0);
        table.t[i] = c;
    }
    return table;
}
constexpr CrcTable kCrc32 = make_crc_table(0xEDB88320u);
constexpr CrcTable kCrc32c = make_crc_table(0x82F63B78u);

// CRC32{C}{B,H,W,X} Wd, Wn, Rm: Wn is the accumulator, the low Bytes bytes of
// Rm the data (little-endian order, no pre/post inversion: software does it).
template <unsigned Bytes, bool C> bool exec_crc32(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    const CrcTable& table = C ? kCrc32c : kCrc32;
    uint32_t acc = uint32_t(s.x[in.rn]);
    uint64_t data = s.x[in.rm];
    for (unsigned i = 0; i < Bytes; ++i) {
        acc = (acc >> 8) ^ table.t[(acc ^ uint32_t(data)) & 0xFF];
        data >>= 8;
    }
    s.x[in.rd] = acc;
    return false;
}

template <bool Sf> Handler logic_handler(unsigned opc, bool inv)
{
    static constexpr Handler table[4][2] = {
        {exec_logic_reg<Sf, 0, false>, exec_logic_reg<Sf, 0, true>},
        {exec_logic_reg<Sf, 1, false>, exec_logic_reg<Sf, 1, true>},
        {exec_logic_reg<Sf, 2, false>, exec_logic_reg<Sf, 2, true>},
        {exec_logic_reg<Sf, 3, false>, exec_logic_reg<Sf, 3, true>}};
    return table[opc][inv];
}

template <bool Sf> Handler addsub_shift_handler(bool sub, bool s)
{
    static constexpr Handler table[2][2] = {
        {exec_addsub_shift<Sf, false, false>, exec_addsub_shift<Sf, false, true>},
        {exec_addsub_shift<Sf, true, false>, exec_addsub_shift<Sf, true, true>}};
    return table[sub][s];
}
template <bool Sf> Handler addsub_ext_handler(bool sub, bool s)
{
    static constexpr Handler table[2][2] = {
        {exec_addsub_ext<Sf, false, false>, exec_addsub_ext<Sf, false, true>},
        {exec_addsub_ext<Sf, true, false>, exec_addsub_ext<Sf, true, true>}};
    return table[sub][s];
}
template <bool Sf> Handler adc_handler(bool sub, bool s)
{
    static constexpr Handler table[2][2] = {{exec_adc<Sf, false, false>, exec_adc<Sf, false, true>},
                                            {exec_adc<Sf, true, false>, exec_adc<Sf, true, true>}};
    return table[sub][s];
}
template <bool Sf> Handler csel_handler(unsigned op)
{
    static constexpr Handler table[4] = {exec_csel<Sf, 0>, exec_csel<Sf, 1>, exec_csel<Sf, 2>,
                                         exec_csel<Sf, 3>};
    return table[op];
}
template <bool Sf> Handler dp2_handler(unsigned op)
{
    static constexpr Handler table[6] = {exec_dp2<Sf, 0>, exec_dp2<Sf, 1>, exec_dp2<Sf, 2>,
                                         exec_dp2<Sf, 3>, exec_dp2<Sf, 4>, exec_dp2<Sf, 5>};
    return table[op];
}
template <bool Sf> Handler dp1_handler(unsigned op)
{
    static constexpr Handler table[6] = {exec_dp1<Sf, 0>, exec_dp1<Sf, 1>, exec_dp1<Sf, 2>,
                                         exec_dp1<Sf, 3>, exec_dp1<Sf, 4>, exec_dp1<Sf, 5>};
    return table[op];
}
template <bool Sf> Handler dp3_handler(unsigned op)
{
    static constexpr Handler table[8] = {exec_dp3<Sf, 0>, exec_dp3<Sf, 1>, exec_dp3<Sf, 2>,
                                         exec_dp3<Sf, 3>, exec_dp3<Sf, 4>, exec_dp3<Sf, 5>,
                                         exec_dp3<Sf, 6>, exec_dp3<Sf, 7>};
    return table[op];
}

}  // namespace

void decode_dp_reg(uint32_t raw, Insn& in)
{
    const bool sf = bit(raw, 31);
    const unsigned rd = bits(raw, 4, 0), rn = bits(raw, 9, 5), rm = bits(raw, 20, 16);
    const bool op1 = bit(raw, 28);
    const unsigned op2 = bits(raw, 24, 21);

    if (!op1) {
        const unsigned imm6 = bits(raw, 15, 10);
        if (!(op2 & 8)) {  // logical (shifted register)
            if (!sf && imm6 >= 32)
                return;
            const unsigned opc = bits(raw, 30, 29);
            const bool inv = bit(raw, 21);
            in.rd = reg_write_zr(rd);
            in.rn = reg_read_zr(rn);
            in.rm = reg_read_zr(rm);
            in.a = uint8_t(bits(raw, 23, 22));
            in.b = uint8_t(imm6);
            if (opc == 1 && !inv && rn == 31 && imm6 == 0) {
                in.fn = sf ? exec_mov_reg<true> : exec_mov_reg<false>;
                return;
            }
            in.fn = sf ? logic_handler<true>(opc, inv) : logic_handler<false>(opc, inv);
            return;
        }
        const bool sub = bit(raw, 30), setflags = bit(raw, 29);
        if (!(op2 & 1)) {  // add/sub (shifted register)
            const unsigned shift = bits(raw, 23, 22);
            if (shift == 3 || (!sf && imm6 >= 32))
                return;
            in.rd = reg_write_zr(rd);
            in.rn = reg_read_zr(rn);
            in.rm = reg_read_zr(rm);
            in.a = uint8_t(shift);
            in.b = uint8_t(imm6);
            in.fn = sf ? addsub_shift_handler<true>(sub, setflags)
                       : addsub_shift_handler<false>(sub, setflags);
            return;
        }
        // add/sub (extended register)
        const unsigned imm3 = bits(raw, 12, 10);
        if (bits(raw, 23, 22) != 0 || imm3 > 4)
            return;
        in.rd = setflags ? reg_write_zr(rd) : reg_sp(rd);
        in.rn = reg_sp(rn);
        in.rm = reg_read_zr(rm);
        in.a = uint8_t(bits(raw, 15, 13));
        in.b = uint8_t(imm3);
        in.fn = sf ? addsub_ext_handler<true>(sub, setflags)
                   : addsub_ext_handler<false>(sub, setflags);
        return;
    }

    in.rd = reg_write_zr(rd);
    in.rn = reg_read_zr(rn);
    in.rm = reg_read_zr(rm);
    switch (op2) {
    case 0x0:  // add/sub with carry
        if (bits(raw, 15, 10) != 0)
            return;
        in.fn = sf ? adc_handler<true>(bit(raw, 30), bit(raw, 29))
                   : adc_handler<false>(bit(raw, 30), bit(raw, 29));
        return;
    case 0x2: {  // conditional compare
        if (!bit(raw, 29) || bit(raw, 10) || bit(raw, 4))
            return;
        in.a = uint8_t(bits(raw, 15, 12));
        in.b = uint8_t(bits(raw, 3, 0));
        in.c = bit(raw, 11);
        in.imm = rm;  // imm5 in the immediate form
        const bool negate = !bit(raw, 30);
        in.fn = sf ? (negate ? exec_ccmp<true, true> : exec_ccmp<true, false>)
                   : (negate ? exec_ccmp<false, true> : exec_ccmp<false, false>);
        return;
    }
    case 0x4: {  // conditional select
        const unsigned op2bits = bits(raw, 11, 10);
        if (bit(raw, 29) || op2bits > 1)
            return;
        const unsigned op = (bit(raw, 30) << 1) | op2bits;
        in.a = uint8_t(bits(raw, 15, 12));
        in.fn = sf ? csel_handler<true>(op) : csel_handler<false>(op);
        return;
    }
    case 0x6: {
        const unsigned opcode = bits(raw, 15, 10);
        if (bit(raw, 29))
            return;
        if (!bit(raw, 30)) {  // 2-source
            unsigned op;
            switch (opcode) {
            case 0x02: op = 0; break;
            case 0x03: op = 1; break;
            case 0x08: op = 2; break;
            case 0x09: op = 3; break;
            case 0x0A: op = 4; break;
            case 0x0B: op = 5; break;
            case 0x10: case 0x11: case 0x12: case 0x13:  // CRC32{B,H,W,X}
            case 0x14: case 0x15: case 0x16: case 0x17: {  // CRC32C{B,H,W,X}
                // sz = 0b11 (X) needs sf = 1; the others need sf = 0.
                const unsigned sz = opcode & 3;
                if (sf != (sz == 3))
                    return;
                static constexpr Handler crc[2][4] = {
                    {exec_crc32<1, false>, exec_crc32<2, false>, exec_crc32<4, false>,
                     exec_crc32<8, false>},
                    {exec_crc32<1, true>, exec_crc32<2, true>, exec_crc32<4, true>,
                     exec_crc32<8, true>}};
                in.fn = crc[(opcode >> 2) & 1][sz];
                return;
            }
            default: return;  // PACGA, ...
            }
            in.fn = sf ? dp2_handler<true>(op) : dp2_handler<false>(op);
            return;
        }
        // 1-source
        if (rm != 0 || opcode > 5)
            return;
        if (!sf && opcode == 3)
            return;  // REV with sf=0 is opcode 2
        in.fn = sf ? dp1_handler<true>(opcode) : dp1_handler<false>(opcode);
        return;
    }
    default:
        break;
    }
    if (op2 & 8) {  // 3-source
        if (bits(raw, 30, 29) != 0)
            return;
        const unsigned op31 = bits(raw, 23, 21), o0 = bit(raw, 15);
        in.ra = reg_read_zr(bits(raw, 14, 10));
        int op = -1;
        switch ((op31 << 1) | o0) {
        case 0x0: op = 0; break;
        case 0x1: op = 1; break;
        case 0x2: op = 2; break;
        case 0x3: op = 3; break;
        case 0x4: op = 4; break;
        case 0xA: op = 5; break;
        case 0xB: op = 6; break;
        case 0xC: op = 7; break;
        default: return;
        }
        if (op >= 2 && !sf)
            return;
        in.fn = sf ? dp3_handler<true>(unsigned(op)) : dp3_handler<false>(unsigned(op));
        return;
    }
}

}  // namespace vp::arm64
