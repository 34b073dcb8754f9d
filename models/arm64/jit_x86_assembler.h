// A small x86-64 machine-code assembler for the AArch64 block compiler
// (jit_x86.cpp): exactly the instruction forms the templates use, encoded by
// hand from the Intel SDM (Vol. 2, chapter 2: REX, ModRM, SIB). Registers are
// the 16 general-purpose registers; memory operands are [base + disp32] or
// [base + index*scale + disp32]. Internal to models/arm64.
#pragma once

#include <cstdint>
#include <cstring>

namespace vp::arm64::x86 {

enum Reg : uint8_t {
    rax, rcx, rdx, rbx, rsp, rbp, rsi, rdi, r8, r9, r10, r11, r12, r13, r14, r15,
    kNoReg = 0xFF
};

// Condition codes (the low nibble of Jcc/SETcc/CMOVcc).
enum Cc : uint8_t {
    ccO = 0, ccNO = 1, ccB = 2, ccAE = 3, ccE = 4, ccNE = 5, ccBE = 6, ccA = 7,
    ccS = 8, ccNS = 9, ccP = 10, ccNP = 11, ccL = 12, ccGE = 13, ccLE = 14, ccG = 15
};

struct Mem {
    Reg base;
    int32_t disp = 0;
    Reg index = kNoReg;
    uint8_t scale = 1;  // 1, 2, 4, 8
};
inline Mem mem(Reg base, int32_t disp = 0) { return Mem{base, disp}; }
inline Mem mem(Reg base, Reg index, uint8_t scale, int32_t disp = 0)
{
    return Mem{base, disp, index, scale};
}

// Two-operand ALU group 1 (opcode /digit for the imm forms, and the r/m, r
// opcode base for register forms).
enum class Alu : uint8_t { add = 0, or_ = 1, adc = 2, sbb = 3, and_ = 4, sub = 5, xor_ = 6, cmp = 7 };
// Shift group 2 (/digit).
enum class Shift : uint8_t { rol = 0, ror = 1, shl = 4, shr = 5, sar = 7 };

class Assembler {
public:
    Assembler(uint8_t* begin, uint8_t* end) : m_p(begin), m_end(end) {}

    uint8_t* here() const { return m_p; }
    bool overflow() const { return m_overflow; }
    // Room left; the compiler stops emitting a block when this gets small.
    size_t room() const { return size_t(m_end - m_p); }

    // ---- moves ----
    void mov(Reg dst, Reg src, bool w = true) { rr(0x89, src, dst, w); }
    void load(Reg dst, Mem m, bool w = true) { rm(0x8B, dst, m, w); }  // mov dst, [m]
    void store(Mem m, Reg src, bool w = true) { rm(0x89, src, m, w); }  // mov [m], src
    void load8zx(Reg dst, Mem m) { rm2(0x0F, 0xB6, dst, m, false); }    // movzx r32, byte
    void load16zx(Reg dst, Mem m) { rm2(0x0F, 0xBF - 8, dst, m, false); }  // movzx r32, word
    void load8sx(Reg dst, Mem m, bool w) { rm2(0x0F, 0xBE, dst, m, w); }
    void load16sx(Reg dst, Mem m, bool w) { rm2(0x0F, 0xBF, dst, m, w); }
    void load32sx(Reg dst, Mem m) { rm(0x63, dst, m, true); }           // movsxd r64, dword
    void store8(Mem m, Reg src)
    {
        // Byte registers 4-7 need a REX prefix to mean spl..dil, not ah..bh.
        rm(0x88, src, m, false, src >= 4);
    }
    void store16(Mem m, Reg src)
    {
        byte(0x66);
        rm(0x89, src, m, false);
    }
    void movzx8(Reg dst, Reg src) { rr2(0x0F, 0xB6, dst, src, false, src >= 4); }
    void movzx16(Reg dst, Reg src) { rr2(0x0F, 0xB7, dst, src, false); }
    void movsx8(Reg dst, Reg src, bool w) { rr2(0x0F, 0xBE, dst, src, w, src >= 4); }
    void movsx16(Reg dst, Reg src, bool w) { rr2(0x0F, 0xBF, dst, src, w); }
    void movsxd(Reg dst, Reg src) { rr2(0x63, 0, dst, src, true, false, true); }
    void movzx_ah(Reg dst)  // movzx dst32, ah (dst must be one of rax..rdi, no REX)
    {
        byte(0x0F);
        byte(0xB6);
        byte(uint8_t(0xC0 | ((dst & 7) << 3) | 4));
    }
    void mov_imm(Reg dst, uint64_t v)
    {
        if (v <= 0xFFFFFFFFull) {  // mov r32, imm32 (zero-extends)
            rex(false, 0, 0, dst);
            byte(uint8_t(0xB8 | (dst & 7)));
            imm32(uint32_t(v));
        } else if (int64_t(v) == int64_t(int32_t(v))) {  // mov r/m64, simm32
            rex(true, 0, 0, dst);
            byte(0xC7);
            byte(uint8_t(0xC0 | (dst & 7)));
            imm32(uint32_t(v));
        } else {
            rex(true, 0, 0, dst);
            byte(uint8_t(0xB8 | (dst & 7)));
            imm64(v);
        }
    }
    void store_imm32(Mem m, int32_t v, bool w)  // mov [m], simm32 (sign-extended if w)
    {
        rm(0xC7, Reg(0), m, w);
        imm32(uint32_t(v));
    }
    void store_imm16(Mem m, uint16_t v)
    {
        byte(0x66);
        rm(0xC7, Reg(0), m, false);
        byte(uint8_t(v));
        byte(uint8_t(v >> 8));
    }
    void store_imm8(Mem m, uint8_t v)
    {
        rm(0xC6, Reg(0), m, false);
        byte(v);
    }
    void lea(Reg dst, Mem m, bool w = true) { rm(0x8D, dst, m, w); }

    // ---- ALU ----
    void alu(Alu op, Reg dst, Reg src, bool w) { rr(uint8_t(uint8_t(op) * 8 + 1), src, dst, w); }
    void alu(Alu op, Reg dst, Mem src, bool w) { rm(uint8_t(uint8_t(op) * 8 + 3), dst, src, w); }
    void alu_mem(Alu op, Mem dst, Reg src, bool w) { rm(uint8_t(uint8_t(op) * 8 + 1), src, dst, w); }
    void alu_imm(Alu op, Reg dst, int32_t v, bool w)
    {
        if (v >= -128 && v <= 127) {
            rr(0x83, Reg(uint8_t(op)), dst, w);
            byte(uint8_t(v));
        } else {
            rr(0x81, Reg(uint8_t(op)), dst, w);
            imm32(uint32_t(v));
        }
    }
    void alu_imm(Alu op, Mem dst, int32_t v, bool w)
    {
        if (v >= -128 && v <= 127) {
            rm(0x83, Reg(uint8_t(op)), dst, w);
            byte(uint8_t(v));
        } else {
            rm(0x81, Reg(uint8_t(op)), dst, w);
            imm32(uint32_t(v));
        }
    }
    void test(Reg a, Reg b, bool w) { rr(0x85, b, a, w); }
    void test_imm(Reg a, int32_t v, bool w)
    {
        rr(0xF7, Reg(0), a, w);
        imm32(uint32_t(v));
    }
    void test_imm8(Mem m, uint8_t v)
    {
        rm(0xF6, Reg(0), m, false);
        byte(v);
    }
    void cmp_imm8(Mem m, uint8_t v)  // cmp byte [m], imm8
    {
        rm(0x80, Reg(7), m, false);
        byte(v);
    }
    void not_(Reg r, bool w) { rr(0xF7, Reg(2), r, w); }
    void neg(Reg r, bool w) { rr(0xF7, Reg(3), r, w); }
    void shift_imm(Shift op, Reg r, uint8_t n, bool w)
    {
        if (n == 1) {
            rr(0xD1, Reg(uint8_t(op)), r, w);
        } else {
            rr(0xC1, Reg(uint8_t(op)), r, w);
            byte(n);
        }
    }
    void shift_cl(Shift op, Reg r, bool w) { rr(0xD3, Reg(uint8_t(op)), r, w); }
    void imul(Reg dst, Reg src, bool w) { rr2(0x0F, 0xAF, dst, src, w); }
    void mul1(Reg src, bool w) { rr(0xF7, Reg(4), src, w); }   // rdx:rax = rax * src (unsigned)
    void imul1(Reg src, bool w) { rr(0xF7, Reg(5), src, w); }  // signed
    void div1(Reg src, bool w) { rr(0xF7, Reg(6), src, w); }   // rax = rdx:rax / src (unsigned)
    void idiv1(Reg src, bool w) { rr(0xF7, Reg(7), src, w); }  // signed
    void cqo(bool w)  // rdx = sign of rax (CDQ for 32 bits)
    {
        if (w)
            byte(0x48);
        byte(0x99);
    }
    void bt(Reg base, Reg bitno, bool w) { rr2(0x0F, 0xA3, bitno, base, w); }
    void bt_imm(Reg base, uint8_t bitno, bool w)
    {
        rr2(0x0F, 0xBA, Reg(4), base, w);
        byte(bitno);
    }
    void cmov(Cc c, Reg dst, Reg src, bool w) { rr2(0x0F, uint8_t(0x40 | c), dst, src, w); }
    void setcc(Cc c, Reg dst) { rr2(0x0F, uint8_t(0x90 | c), Reg(0), dst, false, dst >= 4); }
    void lahf() { byte(0x9F); }

    // ---- control flow ----
    // Jumps return the address of their rel32 field for patching.
    uint8_t* jcc(Cc c, const uint8_t* target = nullptr)
    {
        byte(0x0F);
        byte(uint8_t(0x80 | c));
        return rel32(target);
    }
    uint8_t* jmp(const uint8_t* target = nullptr)
    {
        byte(0xE9);
        return rel32(target);
    }
    void jmp_reg(Reg r) { rr(0xFF, Reg(4), r, false); }
    void jmp_mem(Mem m) { rm(0xFF, Reg(4), m, false); }
    void call_abs(const void* fn)  // clobbers rax
    {
        mov_imm(rax, reinterpret_cast<uint64_t>(fn));
        rr(0xFF, Reg(2), rax, false);
    }
    void push(Reg r)
    {
        rex(false, 0, 0, r);
        byte(uint8_t(0x50 | (r & 7)));
    }
    void pop(Reg r)
    {
        rex(false, 0, 0, r);
        byte(uint8_t(0x58 | (r & 7)));
    }
    void ret() { byte(0xC3); }

    // Points a rel32 field (from jcc/jmp) at target.
    static void patch(uint8_t* rel, const uint8_t* target)
    {
        const int32_t d = int32_t(target - (rel + 4));
        std::memcpy(rel, &d, 4);
    }
    void bind(uint8_t* rel) { patch(rel, m_p); }

    void byte(uint8_t b)
    {
        if (m_p < m_end)
            *m_p++ = b;
        else
            m_overflow = true;
    }

private:
    void imm32(uint32_t v)
    {
        for (int i = 0; i < 4; ++i)
            byte(uint8_t(v >> (8 * i)));
    }
    void imm64(uint64_t v)
    {
        for (int i = 0; i < 8; ++i)
            byte(uint8_t(v >> (8 * i)));
    }
    uint8_t* rel32(const uint8_t* target)
    {
        uint8_t* at = m_p;
        imm32(0);
        if (target && !m_overflow)
            patch(at, target);
        return at;
    }
    void rex(bool w, unsigned reg, unsigned index, unsigned base, bool force = false)
    {
        const uint8_t r = uint8_t(0x40 | (w ? 8 : 0) | ((reg & 8) ? 4 : 0) | ((index & 8) ? 2 : 0) |
                                  ((base & 8) ? 1 : 0));
        if (r != 0x40 || force)
            byte(r);
    }
    // op r/m(reg form): ModRM mod = 11, reg field = reg, r/m = rmreg.
    void rr(uint8_t op, Reg reg, Reg rmreg, bool w, bool force_rex = false)
    {
        rex(w, reg, 0, rmreg, force_rex);
        byte(op);
        byte(uint8_t(0xC0 | ((reg & 7) << 3) | (rmreg & 7)));
    }
    // Two-byte opcode (0F xx) or, with op2 == 0 and single, a one-byte one.
    void rr2(uint8_t op1, uint8_t op2, Reg reg, Reg rmreg, bool w, bool force_rex = false,
             bool single = false)
    {
        rex(w, reg, 0, rmreg, force_rex);
        byte(op1);
        if (!single)
            byte(op2);
        byte(uint8_t(0xC0 | ((reg & 7) << 3) | (rmreg & 7)));
    }
    void rm(uint8_t op, Reg reg, Mem m, bool w, bool force_rex = false)
    {
        rex(w, reg, m.index == kNoReg ? 0 : m.index, m.base, force_rex);
        byte(op);
        modrm_mem(reg, m);
    }
    void rm2(uint8_t op1, uint8_t op2, Reg reg, Mem m, bool w)
    {
        rex(w, reg, m.index == kNoReg ? 0 : m.index, m.base);
        byte(op1);
        byte(op2);
        modrm_mem(reg, m);
    }
    void modrm_mem(Reg reg, Mem m)
    {
        const uint8_t r = uint8_t((reg & 7) << 3);
        const bool sib = m.index != kNoReg || (m.base & 7) == 4;  // rsp/r12 need a SIB
        // rbp/r13 as base have no mod = 00 form (it means RIP/disp32).
        uint8_t mod;
        if (m.disp == 0 && (m.base & 7) != 5)
            mod = 0x00;
        else if (m.disp >= -128 && m.disp <= 127)
            mod = 0x40;
        else
            mod = 0x80;
        if (!sib) {
            byte(uint8_t(mod | r | (m.base & 7)));
        } else {
            byte(uint8_t(mod | r | 4));
            const uint8_t ss = m.scale == 8 ? 3 : m.scale == 4 ? 2 : m.scale == 2 ? 1 : 0;
            const uint8_t idx = m.index == kNoReg ? 4 : uint8_t(m.index & 7);
            byte(uint8_t((ss << 6) | (idx << 3) | (m.base & 7)));
        }
        if (mod == 0x40)
            byte(uint8_t(m.disp));
        else if (mod == 0x80)
            imm32(uint32_t(m.disp));
    }

    uint8_t* m_p;
    uint8_t* m_end;
    bool m_overflow = false;
};

}  // namespace vp::arm64::x86
