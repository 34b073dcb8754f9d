// A64 data processing (immediate), DDI 0487 C4.1.86: ADR/ADRP, ADD/SUB(S)
// immediate, logical immediate, move wide, bitfield, EXTR. The ALU semantics
// come from alu.h; this file decodes operands and writes registers.
// Not implemented (Undefined): ADDG/SUBG (MTE), the v8.8 min/max immediate.
#include "arm64/exec.h"

namespace vp::arm64 {

namespace {

template <bool Sf> inline void write(CpuState& s, unsigned rd, uint64_t v)
{
    s.x[rd] = Sf ? v : uint32_t(v);
}

bool exec_adr(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    s.x[in.rd] = cpu.pc_of(in) + in.imm;
    return false;
}

bool exec_adrp(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    s.x[in.rd] = (cpu.pc_of(in) & ~uint64_t(0xFFF)) + in.imm;
    return false;
}

template <bool Sf, bool Sub, bool SetFlags> bool exec_addsub_imm(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    const uint64_t n = s.x[in.rn];
    const uint64_t imm = uint64_t(in.imm);
    if (!SetFlags) {
        write<Sf>(s, in.rd, Sub ? n - imm : n + imm);
    } else if (Sf) {
        AddResult64 r = add_with_carry64(n, Sub ? ~imm : imm, Sub);
        s.x[in.rd] = r.value;
        s.nzcv = r.nzcv;
    } else {
        AddResult32 r = add_with_carry32(uint32_t(n), Sub ? ~uint32_t(imm) : uint32_t(imm), Sub);
        s.x[in.rd] = r.value;
        s.nzcv = r.nzcv;
    }
    return false;
}

// Opc: 0 AND, 1 ORR, 2 EOR, 3 ANDS
template <bool Sf, unsigned Opc> bool exec_logic_imm(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    const uint64_t n = s.x[in.rn];
    const uint64_t imm = uint64_t(in.imm);
    uint64_t r;
    switch (Opc) {
    case 0: r = n & imm; break;
    case 1: r = n | imm; break;
    case 2: r = n ^ imm; break;
    default:
        r = n & imm;
        s.nzcv = Sf ? nz_flags64(r) : nz_flags32(uint32_t(r));
        break;
    }
    write<Sf>(s, in.rd, r);
    return false;
}

bool exec_mov_const(Cpu& cpu, const Insn& in)  // MOVZ/MOVN with the value precomputed
{
    cpu.state().x[in.rd] = uint64_t(in.imm);
    return false;
}

template <bool Sf> bool exec_movk(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    write<Sf>(s, in.rd, movk(s.x[in.rd], unsigned(in.imm), in.a));
    return false;
}

// Opc: 0 SBFM, 1 BFM, 2 UBFM. a = immr, b = imms.
template <bool Sf, unsigned Opc> bool exec_bitfield(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    const uint64_t n = s.x[in.rn];
    uint64_t r;
    if (Sf) {
        r = Opc == 0 ? sbfm64(n, in.a, in.b)
            : Opc == 1 ? bfm64(s.x[in.rd], n, in.a, in.b)
                       : ubfm64(n, in.a, in.b);
    } else {
        r = Opc == 0 ? sbfm32(uint32_t(n), in.a, in.b)
            : Opc == 1 ? bfm32(uint32_t(s.x[in.rd]), uint32_t(n), in.a, in.b)
                       : ubfm32(uint32_t(n), in.a, in.b);
    }
    write<Sf>(s, in.rd, r);
    return false;
}

// Fast forms of the most common UBFM aliases: LSL/LSR #imm (a = shift).
template <bool Sf> bool exec_lsl_imm(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    write<Sf>(s, in.rd, s.x[in.rn] << in.a);
    return false;
}
template <bool Sf> bool exec_lsr_imm(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    write<Sf>(s, in.rd, (Sf ? s.x[in.rn] : uint32_t(s.x[in.rn])) >> in.a);
    return false;
}

template <bool Sf> bool exec_extr(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    if (Sf)
        s.x[in.rd] = extr64(s.x[in.rn], s.x[in.rm], in.a);
    else
        s.x[in.rd] = extr32(uint32_t(s.x[in.rn]), uint32_t(s.x[in.rm]), in.a);
    return false;
}

}  // namespace

void decode_dp_imm(uint32_t raw, Insn& in)
{
    const bool sf = bit(raw, 31);
    const unsigned rd = bits(raw, 4, 0), rn = bits(raw, 9, 5);
    switch (bits(raw, 25, 23)) {
    case 0: case 1: {  // PC-rel
        const int64_t imm = sext((bits(raw, 23, 5) << 2) | bits(raw, 30, 29), 21);
        in.rd = reg_write_zr(rd);
        if (bit(raw, 31)) {
            in.fn = &exec_adrp;
            in.imm = imm * 4096;
        } else {
            in.fn = &exec_adr;
            in.imm = imm;
        }
        return;
    }
    case 2: {  // add/sub immediate
        const bool sub = bit(raw, 30), setflags = bit(raw, 29);
        in.imm = int64_t(bits(raw, 21, 10)) << (bit(raw, 22) ? 12 : 0);
        in.rn = reg_sp(rn);
        in.rd = setflags ? reg_write_zr(rd) : reg_sp(rd);
        static constexpr Handler table[2][2][2] = {
            {{exec_addsub_imm<false, false, false>, exec_addsub_imm<false, false, true>},
             {exec_addsub_imm<false, true, false>, exec_addsub_imm<false, true, true>}},
            {{exec_addsub_imm<true, false, false>, exec_addsub_imm<true, false, true>},
             {exec_addsub_imm<true, true, false>, exec_addsub_imm<true, true, true>}}};
        in.fn = table[sf][sub][setflags];
        return;
    }
    case 4: {  // logical immediate
        const unsigned opc = bits(raw, 30, 29);
        LogicalImm imm = decode_logical_imm(sf, bit(raw, 22), bits(raw, 21, 16), bits(raw, 15, 10));
        if (!imm.valid)
            return;
        in.imm = int64_t(imm.value);
        in.rn = reg_read_zr(rn);
        in.rd = opc == 3 ? reg_write_zr(rd) : reg_sp(rd);
        static constexpr Handler table[2][4] = {
            {exec_logic_imm<false, 0>, exec_logic_imm<false, 1>, exec_logic_imm<false, 2>,
             exec_logic_imm<false, 3>},
            {exec_logic_imm<true, 0>, exec_logic_imm<true, 1>, exec_logic_imm<true, 2>,
             exec_logic_imm<true, 3>}};
        in.fn = table[sf][opc];
        return;
    }
    case 5: {  // move wide
        const unsigned opc = bits(raw, 30, 29), hw = bits(raw, 22, 21);
        const uint64_t imm16 = bits(raw, 20, 5);
        if (opc == 1 || (!sf && hw >= 2))
            return;
        in.rd = reg_write_zr(rd);
        if (opc == 3) {
            in.fn = sf ? exec_movk<true> : exec_movk<false>;
            in.imm = int64_t(imm16);
            in.a = uint8_t(hw);
            return;
        }
        uint64_t v = imm16 << (16 * hw);
        if (opc == 0)
            v = ~v;
        if (!sf)
            v = uint32_t(v);
        in.imm = int64_t(v);
        in.fn = &exec_mov_const;
        return;
    }
    case 6: {  // bitfield
        const unsigned opc = bits(raw, 30, 29), immr = bits(raw, 21, 16), imms = bits(raw, 15, 10);
        if (opc == 3 || !bitfield_encoding_valid(sf, bit(raw, 22), immr, imms))
            return;
        in.rd = reg_write_zr(rd);
        in.rn = reg_read_zr(rn);
        in.a = uint8_t(immr);
        in.b = uint8_t(imms);
        const unsigned width = sf ? 64 : 32;
        if (opc == 2 && imms + 1 == immr) {  // LSL #(width - immr)
            in.a = uint8_t(width - 1 - imms);
            in.fn = sf ? exec_lsl_imm<true> : exec_lsl_imm<false>;
            return;
        }
        if (opc == 2 && imms == width - 1) {  // LSR #immr
            in.fn = sf ? exec_lsr_imm<true> : exec_lsr_imm<false>;
            return;
        }
        static constexpr Handler table[2][3] = {
            {exec_bitfield<false, 0>, exec_bitfield<false, 1>, exec_bitfield<false, 2>},
            {exec_bitfield<true, 0>, exec_bitfield<true, 1>, exec_bitfield<true, 2>}};
        in.fn = table[sf][opc];
        return;
    }
    case 7: {  // extract
        const unsigned imms = bits(raw, 15, 10);
        if (bits(raw, 30, 29) != 0 || bit(raw, 21) || bit(raw, 22) != sf || (!sf && imms >= 32))
            return;
        in.rd = reg_write_zr(rd);
        in.rn = reg_read_zr(rn);
        in.rm = reg_read_zr(bits(raw, 20, 16));
        in.a = uint8_t(imms);
        in.fn = sf ? exec_extr<true> : exec_extr<false>;
        return;
    }
    default:  // 3: add/sub immediate with tags (MTE)
        return;
    }
}

}  // namespace vp::arm64
