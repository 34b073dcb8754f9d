// SIMD&FP loads and stores (V = 1), DDI 0487 C4.1.4 and C7.2: LDR/STR/LDUR/STUR
// of B/H/S/D/Q registers (unsigned offset, unscaled, pre/post-index, register
// offset), LDR literal (S/D/Q), LDP/STP/LDNP/STNP (S/D/Q), and the AdvSIMD
// structure transfers LD1-LD4/ST1-ST4 (multiple and single structures) and
// LD1R-LD4R, without offset and post-indexed.
// Every access goes through Cpu::load/store, so the MMU, alignment checks
// (SCTLR.A, Device memory) and MMIO behave as for the integer loads. Aligned
// data moves in 64-bit accesses (the TLB fast path); a misaligned transfer is
// one checked access for the whole of it where the alignment rules allow, so
// that it costs one translation (glibc's memcpy loads misaligned Q pairs).
// Registers and the base are
// written only after every access of the instruction has succeeded, so a fault
// in the middle leaves them unchanged (memory already written by a faulting
// store stays written, which the architecture permits).
// Not implemented (Undefined): LDAPUR/STLUR of SIMD&FP registers (ARMv8.4).
#include <type_traits>

#include "arm64/exec_simd.h"

namespace vp::arm64 {

namespace {

enum Mode : unsigned { kOff = 0, kPre = 1, kPost = 2, kReg = 3 };

// 128-bit transfer unit (Q registers).
struct U128 {
    uint64_t lo, hi;
};

inline uint64_t base_of(Cpu& cpu, const Insn& in)
{
    const uint64_t base = cpu.state().x[in.rn];
    if (in.rn == kRegSp)
        cpu.check_sp_alignment(base);
    return base;
}

// Alignment is enforced for whole accesses with SCTLR_EL1.A = 1 and on Device
// memory, which is all memory while the MMU is off. A misaligned element then
// takes the Alignment fault (FAR = its address) before any access: checked
// here because the Cpu splits a page-straddling access and checks the pieces.
// (A Device mapping with the MMU on is left to the Cpu's own check.)
inline bool strict_alignment(Cpu& cpu) { return (cpu.state().sys.sctlr & 3) != 1; }
inline void check_element(Cpu& cpu, uint64_t addr, unsigned size, bool is_write)
{
    if (__builtin_expect(addr & (size - 1), 0) && strict_alignment(cpu))
        cpu.check_alignment(addr, size, is_write);
}

// A misaligned access of N bytes (a power of two) as one checked access: one
// translation instead of one per piece. Callers come here only when the
// address is misaligned for the element, so checking N faults exactly when
// the element-sized accesses would.
template <unsigned N> struct Block {
    uint8_t b[N];
};
template <unsigned N> inline void read_misaligned(Cpu& cpu, uint64_t addr, void* out)
{
    check_element(cpu, addr, N, false);
    const Block<N> v = cpu.load<Block<N>>(addr);
    std::memcpy(out, v.b, N);
}
template <unsigned N> inline void write_misaligned(Cpu& cpu, uint64_t addr, const void* in)
{
    check_element(cpu, addr, N, true);
    Block<N> v;
    std::memcpy(v.b, in, N);
    cpu.store<Block<N>>(addr, v);
}

// A Q register moves as two 64-bit halves when 16-byte aligned, or 8-byte
// aligned where alignment is not enforced; otherwise through the checked path
// (a 128-bit access is checked against 16 bytes).
inline bool q_in_halves(Cpu& cpu, uint64_t addr)
{
    return (addr & 15) == 0 || ((addr & 7) == 0 && !strict_alignment(cpu));
}

// One register-sized memory value. T is uint8_t..uint64_t or U128.
template <typename T> inline T mem_read(Cpu& cpu, uint64_t addr)
{
    if constexpr (std::is_same_v<T, U128>) {
        U128 v;
        if (__builtin_expect(!q_in_halves(cpu, addr), 0)) {
            read_misaligned<16>(cpu, addr, &v);
            return v;
        }
        v.lo = cpu.load<uint64_t>(addr);
        v.hi = cpu.load<uint64_t>(addr + 8);
        return v;
    } else {
        check_element(cpu, addr, sizeof(T), false);
        return cpu.load<T>(addr);
    }
}
template <typename T> inline void mem_write(Cpu& cpu, uint64_t addr, T v)
{
    if constexpr (std::is_same_v<T, U128>) {
        if (__builtin_expect(!q_in_halves(cpu, addr), 0)) {
            write_misaligned<16>(cpu, addr, &v);
            return;
        }
        cpu.store<uint64_t>(addr, v.lo);
        cpu.store<uint64_t>(addr + 8, v.hi);
    } else {
        check_element(cpu, addr, sizeof(T), true);
        cpu.store<T>(addr, v);
    }
}
// Two consecutive values (pairs): one checked access when misaligned.
template <typename T> inline bool pair_in_pieces(Cpu& cpu, uint64_t addr)
{
    if constexpr (std::is_same_v<T, U128>)
        return q_in_halves(cpu, addr);
    else
        return (addr & (sizeof(T) - 1)) == 0;
}
template <typename T> inline void mem_read2(Cpu& cpu, uint64_t addr, T& v1, T& v2)
{
    if (__builtin_expect(!pair_in_pieces<T>(cpu, addr), 0)) {
        T both[2];
        read_misaligned<2 * sizeof(T)>(cpu, addr, both);
        v1 = both[0];
        v2 = both[1];
        return;
    }
    v1 = mem_read<T>(cpu, addr);
    v2 = mem_read<T>(cpu, addr + sizeof(T));
}
template <typename T> inline void mem_write2(Cpu& cpu, uint64_t addr, T v1, T v2)
{
    if (__builtin_expect(!pair_in_pieces<T>(cpu, addr), 0)) {
        const T both[2] = {v1, v2};
        write_misaligned<2 * sizeof(T)>(cpu, addr, both);
        return;
    }
    mem_write<T>(cpu, addr, v1);
    mem_write<T>(cpu, addr + sizeof(T), v2);
}
// The low sizeof(T) bytes of a register, and a scalar load into one (the rest
// of the register is cleared).
template <typename T> inline T reg_read(const VReg& v)
{
    if constexpr (std::is_same_v<T, U128>)
        return U128{v.d[0], v.d[1]};
    else
        return lane<T>(v, 0);
}
template <typename T> inline void reg_write(VReg& v, T x)
{
    if constexpr (std::is_same_v<T, U128>) {
        v.d[0] = x.lo;
        v.d[1] = x.hi;
    } else {
        write_scalar<T>(v, x);
    }
}

// The handlers are flattened ([[gnu::flatten]]): left to itself GCC keeps
// fp_access, Cpu::load/store and the helpers above as calls here and passes Q
// values between them through the stack (store-forwarding stalls); an LDP/STP Q
// copy loop ran at 38 MIPS that way and at about 190 flattened.

// ---- Single register: rd = Vt, rn = base; register offset: rm = Xm,
// a = extend option, b = shift. imm = offset (or the post-index amount).
template <typename T, bool Load, unsigned M>
[[gnu::flatten]] bool exec_ldst_reg(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const uint64_t base = base_of(cpu, in);
    uint64_t addr;
    if (M == kReg)
        addr = base + extend_reg64(s.x[in.rm], ExtendType(in.a), in.b);
    else if (M == kPost)
        addr = base;
    else
        addr = base + uint64_t(in.imm);
    if (Load)
        reg_write<T>(s.v[in.rd], mem_read<T>(cpu, addr));
    else
        mem_write<T>(cpu, addr, reg_read<T>(s.v[in.rd]));
    if (M == kPre)
        s.x[in.rn] = addr;
    else if (M == kPost)
        s.x[in.rn] = base + uint64_t(in.imm);
    return false;
}

// LDR (literal): rd = Vt, imm = offset from the instruction.
template <typename T> [[gnu::flatten]] bool exec_ldr_literal(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    const T v = mem_read<T>(cpu, cpu.pc_of(in) + uint64_t(in.imm));
    reg_write<T>(cpu.state().v[in.rd], v);
    return false;
}

// Pairs: rd = Vt, rm = Vt2, rn = base, imm = scaled offset. M: kOff, kPre, kPost.
template <typename T, bool Load, unsigned M>
[[gnu::flatten]] bool exec_ldstp(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const uint64_t base = base_of(cpu, in);
    const uint64_t addr = M == kPost ? base : base + uint64_t(in.imm);
    if (Load) {
        T v1, v2;
        mem_read2<T>(cpu, addr, v1, v2);
        reg_write<T>(s.v[in.rd], v1);
        reg_write<T>(s.v[in.rm], v2);
    } else {
        mem_write2<T>(cpu, addr, reg_read<T>(s.v[in.rd]), reg_read<T>(s.v[in.rm]));
    }
    if (M == kPre)
        s.x[in.rn] = addr;
    else if (M == kPost)
        s.x[in.rn] = base + uint64_t(in.imm);
    return false;
}

// ---- AdvSIMD structures. rd = first Vt (the others follow modulo 32),
// rn = base. Post-index (Post = true): the new base is base + X[rm] + imm,
// where the immediate form has rm = XZR and imm = the transfer size, and the
// register form has imm = 0.

// Block transfers of N bytes (a multiple of 8) with the alignment rules of
// elements of size E: aligned 64-bit accesses when the address allows (none
// can fault differently, none crosses a page); element-sized accesses when the
// elements are aligned but the block is not; otherwise (misaligned elements)
// one checked access, which faults on Device memory or with SCTLR.A exactly
// when the first element would.
template <typename E, unsigned N> inline void read_block(Cpu& cpu, uint64_t addr, uint8_t* buf)
{
    if (__builtin_expect((addr & 7) == 0, 1)) {
        for (unsigned i = 0; i < N; i += 8) {
            const uint64_t v = cpu.load<uint64_t>(addr + i);
            std::memcpy(buf + i, &v, 8);
        }
    } else if (sizeof(E) < 8 && (addr & (sizeof(E) - 1)) == 0) {
        for (unsigned i = 0; i < N; i += sizeof(E)) {
            const E v = cpu.load<E>(addr + i);
            std::memcpy(buf + i, &v, sizeof(E));
        }
    } else if ((N & (N - 1)) == 0) {
        read_misaligned<N>(cpu, addr, buf);
    } else {
        check_element(cpu, addr, sizeof(E), false);
        for (unsigned i = 0; i < N; i += 8) {  // 24 or 48 bytes
            const uint64_t v = cpu.load<uint64_t>(addr + i);
            std::memcpy(buf + i, &v, 8);
        }
    }
}
template <typename E, unsigned N>
inline void write_block(Cpu& cpu, uint64_t addr, const uint8_t* buf)
{
    if (__builtin_expect((addr & 7) == 0, 1)) {
        for (unsigned i = 0; i < N; i += 8) {
            uint64_t v;
            std::memcpy(&v, buf + i, 8);
            cpu.store<uint64_t>(addr + i, v);
        }
    } else if (sizeof(E) < 8 && (addr & (sizeof(E) - 1)) == 0) {
        for (unsigned i = 0; i < N; i += sizeof(E)) {
            E v;
            std::memcpy(&v, buf + i, sizeof(E));
            cpu.store<E>(addr + i, v);
        }
    } else if ((N & (N - 1)) == 0) {
        write_misaligned<N>(cpu, addr, buf);
    } else {
        check_element(cpu, addr, sizeof(E), true);
        for (unsigned i = 0; i < N; i += 8) {
            uint64_t v;
            std::memcpy(&v, buf + i, 8);
            cpu.store<uint64_t>(addr + i, v);
        }
    }
}

template <bool Post> inline void writeback(CpuState& s, const Insn& in, uint64_t base)
{
    if (Post)
        s.x[in.rn] = base + s.x[in.rm] + uint64_t(in.imm);
}

// LD1-LD4/ST1-ST4 (multiple structures): Regs registers of Q ? 16 : 8 bytes;
// Selem = 1 is LD1/ST1 with 1-4 consecutive registers (memory is the
// registers' bytes in order), Selem = Regs > 1 interleaves elements of size E.
template <typename E, unsigned Selem, unsigned Regs, bool Q, bool Load, bool Post>
[[gnu::flatten]] bool exec_ldst_multi(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    constexpr unsigned kRegBytes = Q ? 16 : 8, kBytes = kRegBytes * Regs;
    constexpr unsigned kElems = kRegBytes / sizeof(E);
    const uint64_t base = base_of(cpu, in);
    alignas(16) uint8_t buf[kBytes];
    if (Load) {
        read_block<E, kBytes>(cpu, base, buf);
        for (unsigned r = 0; r < Regs; ++r) {
            VReg& v = s.v[(in.rd + r) & 31];
            if (Selem == 1) {
                std::memcpy(v.d, buf + r * kRegBytes, kRegBytes);
            } else {
                for (unsigned e = 0; e < kElems; ++e) {
                    E x;
                    std::memcpy(&x, buf + (e * Selem + r) * sizeof(E), sizeof(E));
                    set_lane<E>(v, e, x);
                }
            }
            if (!Q)
                clear_high(v);
        }
    } else {
        for (unsigned r = 0; r < Regs; ++r) {
            const VReg& v = s.v[(in.rd + r) & 31];
            if (Selem == 1) {
                std::memcpy(buf + r * kRegBytes, v.d, kRegBytes);
            } else {
                for (unsigned e = 0; e < kElems; ++e) {
                    const E x = lane<E>(v, e);
                    std::memcpy(buf + (e * Selem + r) * sizeof(E), &x, sizeof(E));
                }
            }
        }
        write_block<E, kBytes>(cpu, base, buf);
    }
    writeback<Post>(s, in, base);
    return false;
}

// LD1-LD4/ST1-ST4 (single structure): element a of Selem consecutive registers;
// the other lanes are kept.
template <typename E, unsigned Selem, bool Load, bool Post>
[[gnu::flatten]] bool exec_ldst_lane(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const uint64_t base = base_of(cpu, in);
    check_element(cpu, base, sizeof(E), !Load);
    if (Load) {
        E x[Selem];
        for (unsigned r = 0; r < Selem; ++r)
            x[r] = cpu.load<E>(base + r * sizeof(E));
        for (unsigned r = 0; r < Selem; ++r)
            set_lane<E>(s.v[(in.rd + r) & 31], in.a, x[r]);
    } else {
        for (unsigned r = 0; r < Selem; ++r)
            cpu.store<E>(base + r * sizeof(E), lane<E>(s.v[(in.rd + r) & 31], in.a));
    }
    writeback<Post>(s, in, base);
    return false;
}

// LD1R-LD4R: one structure, each element replicated to every lane.
template <typename E, unsigned Selem, bool Q, bool Post>
[[gnu::flatten]] bool exec_ld_replicate(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const uint64_t base = base_of(cpu, in);
    check_element(cpu, base, sizeof(E), false);
    E x[Selem];
    for (unsigned r = 0; r < Selem; ++r)
        x[r] = cpu.load<E>(base + r * sizeof(E));
    for (unsigned r = 0; r < Selem; ++r) {
        // The element repeated over 64 bits.
        uint64_t rep = uint64_t(x[r]);
        for (unsigned w = sizeof(E) * 8; w < 64; w *= 2)
            rep |= rep << w;
        VReg& v = s.v[(in.rd + r) & 31];
        v.d[0] = rep;
        v.d[1] = Q ? rep : 0;
    }
    writeback<Post>(s, in, base);
    return false;
}

// ---- Handler selection ----------------------------------------------------

// size 0-3: B/H/S/D, 4: Q
template <bool Load, unsigned M> Handler single_handler(unsigned size)
{
    static constexpr Handler table[5] = {
        exec_ldst_reg<uint8_t, Load, M>, exec_ldst_reg<uint16_t, Load, M>,
        exec_ldst_reg<uint32_t, Load, M>, exec_ldst_reg<uint64_t, Load, M>,
        exec_ldst_reg<U128, Load, M>};
    return table[size];
}
template <unsigned M> Handler single_handler(unsigned size, bool load)
{
    return load ? single_handler<true, M>(size) : single_handler<false, M>(size);
}

// size 2-4: S/D/Q
template <unsigned M> Handler pair_handler(unsigned size, bool load)
{
    static constexpr Handler ld[3] = {exec_ldstp<uint32_t, true, M>, exec_ldstp<uint64_t, true, M>,
                                      exec_ldstp<U128, true, M>};
    static constexpr Handler st[3] = {exec_ldstp<uint32_t, false, M>,
                                      exec_ldstp<uint64_t, false, M>, exec_ldstp<U128, false, M>};
    return load ? ld[size - 2] : st[size - 2];
}

template <typename E, unsigned Selem, unsigned Regs, bool Q>
Handler multi_handler(bool load, bool post)
{
    static constexpr Handler table[2][2] = {
        {exec_ldst_multi<E, Selem, Regs, Q, false, false>,
         exec_ldst_multi<E, Selem, Regs, Q, false, true>},
        {exec_ldst_multi<E, Selem, Regs, Q, true, false>,
         exec_ldst_multi<E, Selem, Regs, Q, true, true>}};
    return table[load][post];
}
template <typename E, unsigned Selem, unsigned Regs>
Handler multi_handler(bool q, bool load, bool post)
{
    return q ? multi_handler<E, Selem, Regs, true>(load, post)
             : multi_handler<E, Selem, Regs, false>(load, post);
}
template <unsigned Selem, unsigned Regs>
Handler multi_handler(unsigned size, bool q, bool load, bool post)
{
    switch (size) {
    case 0: return multi_handler<uint8_t, Selem, Regs>(q, load, post);
    case 1: return multi_handler<uint16_t, Selem, Regs>(q, load, post);
    case 2: return multi_handler<uint32_t, Selem, Regs>(q, load, post);
    default: return multi_handler<uint64_t, Selem, Regs>(q, load, post);
    }
}

template <typename E> Handler lane_handler(unsigned selem, bool load, bool post)
{
    static constexpr Handler table[4][2][2] = {
        {{exec_ldst_lane<E, 1, false, false>, exec_ldst_lane<E, 1, false, true>},
         {exec_ldst_lane<E, 1, true, false>, exec_ldst_lane<E, 1, true, true>}},
        {{exec_ldst_lane<E, 2, false, false>, exec_ldst_lane<E, 2, false, true>},
         {exec_ldst_lane<E, 2, true, false>, exec_ldst_lane<E, 2, true, true>}},
        {{exec_ldst_lane<E, 3, false, false>, exec_ldst_lane<E, 3, false, true>},
         {exec_ldst_lane<E, 3, true, false>, exec_ldst_lane<E, 3, true, true>}},
        {{exec_ldst_lane<E, 4, false, false>, exec_ldst_lane<E, 4, false, true>},
         {exec_ldst_lane<E, 4, true, false>, exec_ldst_lane<E, 4, true, true>}}};
    return table[selem - 1][load][post];
}

template <typename E> Handler replicate_handler(unsigned selem, bool q, bool post)
{
    static constexpr Handler table[4][2][2] = {
        {{exec_ld_replicate<E, 1, false, false>, exec_ld_replicate<E, 1, false, true>},
         {exec_ld_replicate<E, 1, true, false>, exec_ld_replicate<E, 1, true, true>}},
        {{exec_ld_replicate<E, 2, false, false>, exec_ld_replicate<E, 2, false, true>},
         {exec_ld_replicate<E, 2, true, false>, exec_ld_replicate<E, 2, true, true>}},
        {{exec_ld_replicate<E, 3, false, false>, exec_ld_replicate<E, 3, false, true>},
         {exec_ld_replicate<E, 3, true, false>, exec_ld_replicate<E, 3, true, true>}},
        {{exec_ld_replicate<E, 4, false, false>, exec_ld_replicate<E, 4, false, true>},
         {exec_ld_replicate<E, 4, true, false>, exec_ld_replicate<E, 4, true, true>}}};
    return table[selem - 1][q][post];
}

// Post-index operands: Rm = 31 is the immediate form (imm = bytes transferred).
void set_post_index(uint32_t raw, Insn& in, unsigned bytes)
{
    const unsigned rm = bits(raw, 20, 16);
    in.rm = reg_read_zr(rm);
    in.imm = rm == 31 ? int64_t(bytes) : 0;
}

// AdvSIMD load/store multiple structures (C4.1.4: op2 = 0x).
void decode_multi(uint32_t raw, Insn& in)
{
    const bool q = bit(raw, 30), load = bit(raw, 22), post = bit(raw, 23);
    const unsigned size = bits(raw, 11, 10);
    if (bit(raw, 21) || (!post && bits(raw, 20, 16) != 0))
        return;
    unsigned selem, regs;
    switch (bits(raw, 15, 12)) {
    case 0x0: selem = 4, regs = 4; break;  // LD4/ST4
    case 0x2: selem = 1, regs = 4; break;  // LD1/ST1, 4 registers
    case 0x4: selem = 3, regs = 3; break;  // LD3/ST3
    case 0x6: selem = 1, regs = 3; break;  // LD1/ST1, 3 registers
    case 0x7: selem = 1, regs = 1; break;  // LD1/ST1, 1 register
    case 0x8: selem = 2, regs = 2; break;  // LD2/ST2
    case 0xA: selem = 1, regs = 2; break;  // LD1/ST1, 2 registers
    default: return;
    }
    if (size == 3 && !q && selem > 1)
        return;  // reserved: .1D with interleaving
    in.rd = uint8_t(bits(raw, 4, 0));
    in.rn = reg_sp(bits(raw, 9, 5));
    if (post)
        set_post_index(raw, in, (q ? 16 : 8) * regs);
    switch (selem * 4 + regs) {
    case 1 * 4 + 1: in.fn = multi_handler<1, 1>(size, q, load, post); break;
    case 1 * 4 + 2: in.fn = multi_handler<1, 2>(size, q, load, post); break;
    case 1 * 4 + 3: in.fn = multi_handler<1, 3>(size, q, load, post); break;
    case 1 * 4 + 4: in.fn = multi_handler<1, 4>(size, q, load, post); break;
    case 2 * 4 + 2: in.fn = multi_handler<2, 2>(size, q, load, post); break;
    case 3 * 4 + 3: in.fn = multi_handler<3, 3>(size, q, load, post); break;
    default: in.fn = multi_handler<4, 4>(size, q, load, post); break;
    }
}

// AdvSIMD load/store single structure (C4.1.4: op2 = 1x), LDnR included.
void decode_single_struct(uint32_t raw, Insn& in)
{
    const bool q = bit(raw, 30), load = bit(raw, 22), post = bit(raw, 23), s = bit(raw, 12);
    const unsigned opcode = bits(raw, 15, 13), size = bits(raw, 11, 10);
    const unsigned selem = ((opcode & 1) << 1 | bit(raw, 21)) + 1;
    if (!post && bits(raw, 20, 16) != 0)
        return;
    unsigned scale = opcode >> 1, index = 0;
    bool replicate = false;
    switch (scale) {
    case 3:
        if (!load || s)
            return;
        scale = size;
        replicate = true;
        break;
    case 0: index = (q << 3) | (s << 2) | size; break;
    case 1:
        if (size & 1)
            return;
        index = (q << 2) | (s << 1) | (size >> 1);
        break;
    default:
        if (size & 2)
            return;
        if (!(size & 1)) {
            index = (q << 1) | s;
        } else {
            if (s)
                return;
            index = q;
            scale = 3;
        }
        break;
    }
    in.rd = uint8_t(bits(raw, 4, 0));
    in.rn = reg_sp(bits(raw, 9, 5));
    in.a = uint8_t(index);
    if (post)
        set_post_index(raw, in, selem << scale);
    if (replicate) {
        switch (scale) {
        case 0: in.fn = replicate_handler<uint8_t>(selem, q, post); break;
        case 1: in.fn = replicate_handler<uint16_t>(selem, q, post); break;
        case 2: in.fn = replicate_handler<uint32_t>(selem, q, post); break;
        default: in.fn = replicate_handler<uint64_t>(selem, q, post); break;
        }
        return;
    }
    switch (scale) {
    case 0: in.fn = lane_handler<uint8_t>(selem, load, post); break;
    case 1: in.fn = lane_handler<uint16_t>(selem, load, post); break;
    case 2: in.fn = lane_handler<uint32_t>(selem, load, post); break;
    default: in.fn = lane_handler<uint64_t>(selem, load, post); break;
    }
}

// LDR (literal, SIMD&FP): opc 0 S, 1 D, 2 Q.
void decode_literal(uint32_t raw, Insn& in)
{
    in.rd = uint8_t(bits(raw, 4, 0));
    in.imm = sext(bits(raw, 23, 5), 19) * 4;
    switch (bits(raw, 31, 30)) {
    case 0: in.fn = exec_ldr_literal<uint32_t>; break;
    case 1: in.fn = exec_ldr_literal<uint64_t>; break;
    case 2: in.fn = exec_ldr_literal<U128>; break;
    default: break;
    }
}

// LDP/STP/LDNP/STNP (SIMD&FP): opc 0 S, 1 D, 2 Q.
void decode_pair(uint32_t raw, Insn& in)
{
    const unsigned opc = bits(raw, 31, 30), mode_bits = bits(raw, 24, 23);
    const bool load = bit(raw, 22);
    if (opc == 3)
        return;
    const unsigned size = opc + 2;
    in.imm = sext(bits(raw, 21, 15), 7) * (int64_t(1) << size);  // no left shift of a negative value (UB)
    in.rn = reg_sp(bits(raw, 9, 5));
    in.rd = uint8_t(bits(raw, 4, 0));
    in.rm = uint8_t(bits(raw, 14, 10));
    // mode_bits: 00 non-temporal (offset), 01 post, 10 offset, 11 pre
    switch (mode_bits) {
    case 1: in.fn = pair_handler<kPost>(size, load); break;
    case 3: in.fn = pair_handler<kPre>(size, load); break;
    default: in.fn = pair_handler<kOff>(size, load); break;
    }
}

// LDR/STR/LDUR/STUR (SIMD&FP): size:opc<1> selects B/H/S/D/Q, opc<0> = load.
void decode_single(uint32_t raw, Insn& in)
{
    const unsigned size_bits = bits(raw, 31, 30), opc = bits(raw, 23, 22);
    const bool load = opc & 1;
    if ((opc & 2) && size_bits != 0)
        return;
    const unsigned size = (opc & 2) ? 4 : size_bits;  // log2 of the bytes
    in.rd = uint8_t(bits(raw, 4, 0));
    in.rn = reg_sp(bits(raw, 9, 5));
    if (bit(raw, 24)) {  // unsigned offset
        in.imm = int64_t(bits(raw, 21, 10)) << size;
        in.fn = single_handler<kOff>(size, load);
        return;
    }
    if (bit(raw, 21)) {
        if (bits(raw, 11, 10) != 2)
            return;  // atomic memory operations have no SIMD&FP form
        const unsigned option = bits(raw, 15, 13);  // register offset
        if (!(option & 2))
            return;
        in.rm = reg_read_zr(bits(raw, 20, 16));
        in.a = uint8_t(option);
        in.b = uint8_t(bit(raw, 12) ? size : 0);
        in.fn = single_handler<kReg>(size, load);
        return;
    }
    in.imm = sext(bits(raw, 20, 12), 9);
    switch (bits(raw, 11, 10)) {
    case 0: in.fn = single_handler<kOff>(size, load); return;   // LDUR/STUR
    case 1: in.fn = single_handler<kPost>(size, load); return;
    case 3: in.fn = single_handler<kPre>(size, load); return;
    default: return;  // unprivileged forms have no SIMD&FP encoding
    }
}

}  // namespace

void decode_ldst_simd(uint32_t raw, Insn& in)
{
    switch (bits(raw, 29, 28)) {
    case 0:  // AdvSIMD structures: bit 31 = 0, bit 25 = 0 (checked by the caller's class)
        if (bit(raw, 31) || bit(raw, 25))
            return;
        if (bit(raw, 24))
            decode_single_struct(raw, in);
        else
            decode_multi(raw, in);
        return;
    case 1:
        if (!bit(raw, 24) && !bit(raw, 25))
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
