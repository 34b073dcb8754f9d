// A64 branches, exception generation and system instructions, DDI 0487
// C4.1.87: B/BL/B.cond/CBZ/TBZ/BR/BLR/RET/ERET, SVC/HVC/SMC/BRK/HLT, hints,
// barriers, CLREX, MSR immediate, MRS/MSR and SYS (DC/IC/AT/TLBI, in sysregs.cpp).
// Not implemented (Undefined): PAC/BTI branch forms, DRPS/DCPS, SB, SYSL, TME.
#include "arm64/exec.h"

namespace vp::arm64 {

namespace {

bool exec_b(Cpu& cpu, const Insn& in)
{
    cpu.state().pc = cpu.pc_of(in) + in.imm;
    return true;
}

bool exec_bl(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    const uint64_t pc = cpu.pc_of(in);
    s.x[30] = pc + 4;
    s.pc = pc + in.imm;
    return true;
}

bool exec_b_cond(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    if (!condition_holds(in.a, s.nzcv))
        return false;
    s.pc = cpu.pc_of(in) + in.imm;
    return true;
}

template <bool Sf, bool NonZero> bool exec_cbz(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    const uint64_t v = Sf ? s.x[in.rn] : uint32_t(s.x[in.rn]);
    if ((v != 0) != NonZero)
        return false;
    s.pc = cpu.pc_of(in) + in.imm;
    return true;
}

template <bool NonZero> bool exec_tbz(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    if (bool((s.x[in.rn] >> in.a) & 1) != NonZero)
        return false;
    s.pc = cpu.pc_of(in) + in.imm;
    return true;
}

bool exec_br(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    s.pc = s.x[in.rn];
    return true;
}

bool exec_blr(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    const uint64_t target = s.x[in.rn];
    s.x[30] = cpu.pc_of(in) + 4;
    s.pc = target;
    return true;
}

bool exec_eret(Cpu& cpu, const Insn&)
{
    if (cpu.state().el == 0)
        cpu.raise_undefined();
    cpu.exception_return();
    return true;
}

bool exec_svc(Cpu& cpu, const Insn& in)
{
    cpu.take_exception(ec::kSvc, uint32_t(in.imm), 0, cpu.pc_of(in) + 4);
    return true;
}

// HVC/SMC: the platform has no EL2/EL3; the model answers PSCI itself.
bool exec_hvc_smc(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    if (s.el == 0)
        cpu.raise_undefined();
    cpu.firmware_call(in.a != 0, uint16_t(in.imm));
    s.pc = cpu.pc_of(in) + 4;
    return true;
}

bool exec_brk(Cpu& cpu, const Insn& in)
{
    cpu.raise_sync(ec::kBrk, uint32_t(in.imm));
}

bool exec_hlt(Cpu& cpu, const Insn& in)
{
    if (in.imm == 0xF000 && cpu.config().semihosting) {
        cpu.semihosting_call();
        cpu.state().pc = cpu.pc_of(in) + 4;
        return true;
    }
    cpu.raise_undefined();  // halting debug is not enabled
}

bool exec_nop(Cpu&, const Insn&) { return false; }

// Ends the straight-line run (ISB, WFE, YIELD): the next instruction is refetched.
bool exec_end_run(Cpu& cpu, const Insn& in)
{
    cpu.state().pc = cpu.pc_of(in) + 4;
    return true;
}

bool exec_wfe(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    if (s.el == 0 && !(s.sys.sctlr & (1u << 18)))  // SCTLR.nTWE
        cpu.raise_sync(ec::kWfx, (1u << 24) | (0xEu << 20) | 1);
    s.pc = cpu.pc_of(in) + 4;
    cpu.wait_for_event();  // ends the batch; multi-core: sleeps without an event
    return true;
}

bool exec_sev(Cpu& cpu, const Insn&)
{
    cpu.send_event();
    return false;
}

bool exec_sevl(Cpu& cpu, const Insn&)
{
    cpu.send_event_local();
    return false;
}

bool exec_wfi(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    if (s.el == 0 && !(s.sys.sctlr & (1u << 16)))  // SCTLR.nTWI
        cpu.raise_sync(ec::kWfx, (1u << 24) | (0xEu << 20));
    s.pc = cpu.pc_of(in) + 4;
    cpu.wait_for_interrupt();
    return true;
}

bool exec_clrex(Cpu& cpu, const Insn&)
{
    cpu.clear_exclusive();
    return false;
}

// MSR DAIFSet/DAIFClr/SPSel: a = field (0 SPSel, 1 DAIFSet, 2 DAIFClr), imm = CRm.
bool exec_msr_imm(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    const uint32_t mask = uint32_t(in.imm) << 6;
    switch (in.a) {
    case 0:
        if (s.el == 0)
            cpu.raise_undefined();
        cpu.set_sp_sel(in.imm & 1);
        break;
    default:
        if (s.el == 0 && !(s.sys.sctlr & (1u << 9))) {  // SCTLR.UMA
            const uint32_t iss = (0u << 20) | (uint32_t(in.a == 1 ? 6 : 7) << 17) |
                                 (3u << 14) | (4u << 10) | (31u << 5) | (uint32_t(in.imm) << 1);
            cpu.raise_sync(ec::kSysReg, iss);
        }
        cpu.set_daif(in.a == 1 ? (s.daif | mask) : (s.daif & ~mask));
        break;
    }
    s.pc = cpu.pc_of(in) + 4;
    return true;
}

bool exec_mrs(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    const uint64_t v = cpu.read_sysreg(uint32_t(in.imm), in.c);
    s.x[in.rd] = v;
    return false;
}

bool exec_msr(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    cpu.write_sysreg(uint32_t(in.imm), s.x[in.rn], in.c);
    s.pc = cpu.pc_of(in) + 4;
    return true;
}

bool exec_sys(Cpu& cpu, const Insn& in)
{
    CpuState& s = cpu.state();
    cpu.system_op(uint32_t(in.imm), s.x[in.rn], in.c);
    s.pc = cpu.pc_of(in) + 4;
    return true;
}

void decode_system(uint32_t raw, Insn& in)
{
    const bool l = bit(raw, 21);
    const unsigned op0 = bits(raw, 20, 19), op1 = bits(raw, 18, 16), crn = bits(raw, 15, 12),
                   crm = bits(raw, 11, 8), op2 = bits(raw, 7, 5), rt = bits(raw, 4, 0);
    if (op0 == 0) {
        if (l)
            return;
        if (crn == 2 && rt == 31) {  // hints
            switch ((crm << 3) | op2) {
            case 1: in.fn = &exec_end_run; return;  // YIELD
            case 2: in.fn = &exec_wfe; return;
            case 3: in.fn = &exec_wfi; return;
            case 4: in.fn = &exec_sev; return;
            case 5: in.fn = &exec_sevl; return;
            default: in.fn = &exec_nop; return;     // NOP and unknown hints
            }
        }
        if (crn == 3 && rt == 31 && op1 == 3) {  // barriers
            switch (op2) {
            case 2: in.fn = &exec_clrex; return;
            case 4: case 5: in.fn = &exec_nop; return;  // DSB, DMB
            case 6: in.fn = &exec_end_run; return;       // ISB
            default: return;
            }
        }
        if (crn == 4 && rt == 31) {  // MSR (immediate)
            in.imm = crm;
            if (op1 == 0 && op2 == 5) {
                in.a = 0;
            } else if (op1 == 3 && op2 == 6) {
                in.a = 1;
            } else if (op1 == 3 && op2 == 7) {
                in.a = 2;
            } else {
                return;  // PAN, UAO, DIT, SSBS, ... not implemented
            }
            in.fn = &exec_msr_imm;
        }
        return;
    }
    in.imm = sysreg_key(op0, op1, crn, crm, op2);
    in.c = uint8_t(rt);
    if (op0 == 1) {
        if (l)
            return;  // SYSL
        in.rn = reg_read_zr(rt);
        in.fn = &exec_sys;
        return;
    }
    if (l) {
        in.rd = reg_write_zr(rt);
        in.fn = &exec_mrs;
    } else {
        in.rn = reg_read_zr(rt);
        in.fn = &exec_msr;
    }
}

}  // namespace

void decode_branch_sys(uint32_t raw, Insn& in)
{
    const unsigned op0 = bits(raw, 31, 29);
    if ((op0 & 3) == 0) {  // B, BL
        in.imm = sext(bits(raw, 25, 0), 26) * 4;
        in.fn = bit(raw, 31) ? &exec_bl : &exec_b;
        return;
    }
    if ((op0 & 3) == 1) {
        const bool sf = bit(raw, 31);
        in.rn = reg_read_zr(bits(raw, 4, 0));
        in.imm = sext(bits(raw, 23, 5), 19) * 4;
        if (!bit(raw, 25)) {  // CBZ/CBNZ
            const bool nz = bit(raw, 24);
            in.fn = sf ? (nz ? exec_cbz<true, true> : exec_cbz<true, false>)
                       : (nz ? exec_cbz<false, true> : exec_cbz<false, false>);
        } else {  // TBZ/TBNZ: b5 is bit 31
            in.a = uint8_t((bit(raw, 31) << 5) | bits(raw, 23, 19));
            in.imm = sext(bits(raw, 18, 5), 14) * 4;
            in.fn = bit(raw, 24) ? exec_tbz<true> : exec_tbz<false>;
        }
        return;
    }
    if (op0 == 2) {  // B.cond
        if (bit(raw, 25) || bit(raw, 24) || bit(raw, 4))
            return;
        in.a = uint8_t(bits(raw, 3, 0));
        in.imm = sext(bits(raw, 23, 5), 19) * 4;
        in.fn = &exec_b_cond;
        return;
    }
    if (op0 != 6)
        return;
    if (bits(raw, 25, 24) == 0) {  // exception generation
        const unsigned opc = bits(raw, 23, 21), ll = bits(raw, 1, 0);
        in.imm = bits(raw, 20, 5);
        if (bits(raw, 4, 2) != 0)
            return;
        if (opc == 0 && ll == 1)
            in.fn = &exec_svc;
        else if (opc == 0 && (ll == 2 || ll == 3)) {
            in.a = ll == 3;
            in.fn = &exec_hvc_smc;
        } else if (opc == 1 && ll == 0)
            in.fn = &exec_brk;
        else if (opc == 2 && ll == 0)
            in.fn = &exec_hlt;
        return;
    }
    if (bits(raw, 25, 22) == 4) {
        decode_system(raw, in);
        return;
    }
    if (bit(raw, 25)) {  // unconditional branch (register)
        const unsigned opc = bits(raw, 24, 21);
        if (bits(raw, 20, 16) != 31 || bits(raw, 15, 10) != 0 || bits(raw, 4, 0) != 0)
            return;
        in.rn = reg_read_zr(bits(raw, 9, 5));
        switch (opc) {
        case 0: case 2: in.fn = &exec_br; return;  // BR, RET
        case 1: in.fn = &exec_blr; return;
        case 4:
            if (bits(raw, 9, 5) == 31)
                in.fn = &exec_eret;
            return;
        default: return;
        }
    }
}

}  // namespace vp::arm64
