// MRS/MSR system registers and SYS instructions (DC/IC/AT/TLBI) of the EL1&0
// regime, plus the firmware interfaces reached through HVC/SMC (PSCI) and
// HLT #0xF000 (semihosting). DDI 0487 D13 (register descriptions), C5.3-C5.5.
// Unknown or unimplemented registers are Undefined; EL0 access follows
// SCTLR_EL1.{UMA,UCT,UCI,DZE} and CNTKCTL_EL1 (trapped with EC 0x18).
#include "arm64/sysregs.h"

#include "arm64/cpu_cluster.h"
#include "arm64/exec.h"
#include "arm64/generic_timer.h"
#include "arm64/psci.h"
#include "arm64/semihosting.h"
#include "log/debug_log.h"

namespace vp::arm64 {

namespace {

constexpr uint32_t K(unsigned op0, unsigned op1, unsigned crn, unsigned crm, unsigned op2)
{
    return sysreg(op0, op1, crn, crm, op2);
}

// ISS of EC 0x18 for a trapped MRS/MSR/SYS.
uint32_t sysreg_iss(uint32_t key, unsigned rt, bool read)
{
    const uint32_t op0 = key >> 14, op1 = (key >> 11) & 7, crn = (key >> 7) & 15,
                   crm = (key >> 3) & 15, op2 = key & 7;
    return (op0 << 20) | (op2 << 17) | (op1 << 14) | (crn << 10) | (rt << 5) | (crm << 1) |
           (read ? 1u : 0u);
}

bool timer_reg(uint32_t key, TimerReg& reg)
{
    switch (key) {
    case K(3, 3, 14, 0, 0): reg = TimerReg::cntfrq; return true;
    case K(3, 3, 14, 0, 1): reg = TimerReg::cntpct; return true;
    case K(3, 3, 14, 0, 2): reg = TimerReg::cntvct; return true;
    case K(3, 3, 14, 2, 0): reg = TimerReg::cntp_tval; return true;
    case K(3, 3, 14, 2, 1): reg = TimerReg::cntp_ctl; return true;
    case K(3, 3, 14, 2, 2): reg = TimerReg::cntp_cval; return true;
    case K(3, 3, 14, 3, 0): reg = TimerReg::cntv_tval; return true;
    case K(3, 3, 14, 3, 1): reg = TimerReg::cntv_ctl; return true;
    case K(3, 3, 14, 3, 2): reg = TimerReg::cntv_cval; return true;
    case K(3, 0, 14, 1, 0): reg = TimerReg::cntkctl; return true;
    default: return false;
    }
}

uint64_t id_register(uint32_t key)
{
    switch (key) {
    case K(3, 0, 0, 4, 0): return idreg::kAa64Pfr0;
    case K(3, 0, 0, 4, 1): return idreg::kAa64Pfr1;
    case K(3, 0, 0, 5, 0): return idreg::kAa64Dfr0;
    case K(3, 0, 0, 6, 0): return idreg::kAa64Isar0;
    case K(3, 0, 0, 6, 1): return idreg::kAa64Isar1;
    case K(3, 0, 0, 7, 0): return idreg::kAa64Mmfr0;
    case K(3, 0, 0, 7, 1): return idreg::kAa64Mmfr1;
    case K(3, 0, 0, 7, 2): return idreg::kAa64Mmfr2;
    default: return 0;  // AArch32 ID registers and reserved ID space: RAZ
    }
}

}  // namespace

uint64_t Cpu::read_sysreg(uint32_t key, unsigned rt)
{
    CpuState& s = m_state;
    SysRegs& r = s.sys;
    const bool el0 = s.el == 0;
    // Registers EL0 may access.
    switch (key) {
    case K(3, 3, 4, 2, 0): return uint64_t(s.nzcv) << 28;  // NZCV
    case K(3, 3, 4, 2, 1):                                   // DAIF
        if (el0 && !(r.sctlr & sctlr::kUMA))
            raise_sync(ec::kSysReg, sysreg_iss(key, rt, true));
        return s.daif;
    case K(3, 3, 13, 0, 2): return r.tpidr_el0;
    case K(3, 3, 13, 0, 3): return r.tpidrro_el0;
    case K(3, 3, 4, 4, 0): check_fp_access(); return s.fpcr;  // FPCR
    case K(3, 3, 4, 4, 1): check_fp_access(); return s.fpsr;  // FPSR
    case K(3, 3, 0, 0, 1):  // CTR_EL0
        if (el0 && !(r.sctlr & sctlr::kUCT))
            raise_sync(ec::kSysReg, sysreg_iss(key, rt, true));
        return idreg::kCtr;
    case K(3, 3, 0, 0, 7):  // DCZID_EL0: DZP set when DC ZVA is prohibited
        return idreg::kDczid | ((el0 && !(r.sctlr & sctlr::kDZE)) ? 0x10 : 0);
    default: break;
    }
    TimerReg treg;
    if (timer_reg(key, treg) && !(el0 && treg == TimerReg::cntkctl)) {
        if (el0 && !m_timer->el0_accessible(treg))
            raise_sync(ec::kSysReg, sysreg_iss(key, rt, true));
        return m_timer->read(treg, local_time());
    }
    if (el0)
        raise_undefined();

    switch (key) {
    case K(3, 0, 0, 0, 0): return idreg::kMidr;
    case K(3, 0, 0, 0, 5): return m_mpidr;  // idreg::kMpidr, or the core's affinity
    case K(3, 0, 0, 0, 6): return idreg::kRevidr;
    case K(3, 1, 0, 0, 0):  // CCSIDR_EL1 for the level/type CSSELR selects
        return r.csselr == 0 ? idreg::kCcsidrL1D : r.csselr == 1 ? idreg::kCcsidrL1I : 0;
    case K(3, 1, 0, 0, 1): return idreg::kClidr;
    case K(3, 1, 0, 0, 7): return 0;  // AIDR_EL1
    case K(3, 2, 0, 0, 0): return r.csselr;
    case K(3, 0, 1, 0, 0): return r.sctlr;
    case K(3, 0, 1, 0, 1): return 0;  // ACTLR_EL1
    case K(3, 0, 1, 0, 2): return r.cpacr;
    case K(3, 0, 2, 0, 0): return r.ttbr0;
    case K(3, 0, 2, 0, 1): return r.ttbr1;
    case K(3, 0, 2, 0, 2): return r.tcr;
    case K(3, 0, 4, 0, 0): return r.spsr;
    case K(3, 0, 4, 0, 1): return r.elr;
    case K(3, 0, 4, 1, 0):  // SP_EL0
        if (s.sp_sel == 0)
            raise_undefined();
        return s.sp_el0();
    case K(3, 0, 4, 2, 0): return s.sp_sel;
    case K(3, 0, 4, 2, 2): return uint64_t(s.el) << 2;  // CurrentEL
    case K(3, 0, 5, 1, 0): return r.afsr0;
    case K(3, 0, 5, 1, 1): return r.afsr1;
    case K(3, 0, 5, 2, 0): return r.esr;
    case K(3, 0, 6, 0, 0): return r.far;
    case K(3, 0, 7, 4, 0): return r.par;
    case K(3, 0, 10, 2, 0): return r.mair;
    case K(3, 0, 10, 3, 0): return r.amair;
    case K(3, 0, 12, 0, 0): return r.vbar;
    case K(3, 0, 12, 1, 0):  // ISR_EL1
        return (irq.read() ? spsr::kI : 0) | (fiq.read() ? spsr::kF : 0);
    case K(3, 0, 13, 0, 1): return r.contextidr;
    case K(3, 0, 13, 0, 4): return r.tpidr_el1;
    // Debug (state only)
    case K(2, 0, 0, 2, 0): return r.mdccint;
    case K(2, 0, 0, 2, 2): return r.mdscr;
    case K(2, 0, 1, 0, 0): return 0;  // MDRAR_EL1
    case K(2, 0, 1, 1, 4): return r.oslsr;
    case K(2, 0, 1, 3, 4): return r.osdlr;
    case K(2, 0, 1, 4, 4): return 0;  // DBGPRCR_EL1
    case K(2, 0, 7, 8, 6): case K(2, 0, 7, 9, 6): return 0;  // DBGCLAIMSET/CLR
    case K(2, 0, 7, 14, 6): return 0;  // DBGAUTHSTATUS_EL1
    case K(2, 3, 0, 1, 0): return 0;   // MDCCSR_EL0: no debug comms channel
    case K(2, 3, 0, 4, 0): case K(2, 3, 0, 5, 0): return 0;  // DBGDTR_EL0, DBGDTRRX_EL0
    default: break;
    }
    const unsigned op0 = key >> 14, op1 = (key >> 11) & 7, crn = (key >> 7) & 15,
                   crm = (key >> 3) & 15, op2 = key & 7;
    if (op0 == 2 && op1 == 0 && crn == 0 && crm < 2 && op2 >= 4) {  // DBGB/W{C,V}R<n>
        switch (op2) {
        case 4: return r.dbgbvr[crm];
        case 5: return r.dbgbcr[crm];
        case 6: return r.dbgwvr[crm];
        default: return r.dbgwcr[crm];
        }
    }
    if (op0 == 3 && op1 == 0 && crn == 0 && crm >= 1)
        return id_register(key);
    if (log::DebugLog::on(log::kUnimp))  // -d unimp (cpu_log.cpp)
        log_unimplemented_sysreg(key, "read access to");
    raise_undefined();
}

void Cpu::write_sysreg(uint32_t key, uint64_t v, unsigned rt)
{
    CpuState& s = m_state;
    SysRegs& r = s.sys;
    const bool el0 = s.el == 0;
    switch (key) {
    case K(3, 3, 4, 2, 0): s.nzcv = (v >> 28) & 0xF; return;
    case K(3, 3, 4, 2, 1):
        if (el0 && !(r.sctlr & sctlr::kUMA))
            raise_sync(ec::kSysReg, sysreg_iss(key, rt, false));
        set_daif(uint32_t(v));
        return;
    case K(3, 3, 13, 0, 2): r.tpidr_el0 = v; return;
    case K(3, 3, 4, 4, 0): check_fp_access(); s.fpcr = uint32_t(v) & fpcr::kWritable; return;
    case K(3, 3, 4, 4, 1): check_fp_access(); s.fpsr = uint32_t(v) & fpsr::kWritable; return;
    default: break;
    }
    TimerReg treg;
    if (timer_reg(key, treg) && !(el0 && treg == TimerReg::cntkctl)) {
        if (el0 && !m_timer->el0_accessible(treg))
            raise_sync(ec::kSysReg, sysreg_iss(key, rt, false));
        if (el0 && treg == TimerReg::cntfrq)
            raise_undefined();
        m_timer->write(treg, v, local_time());
        return;
    }
    if (el0)
        raise_undefined();

    switch (key) {
    case K(3, 2, 0, 0, 0): r.csselr = v & 0xF; return;
    case K(3, 0, 1, 0, 0):
        r.sctlr = (v & sctlr::kWritable) | sctlr::kRes1;
        flush_tlb();
        return;
    case K(3, 0, 1, 0, 1): return;  // ACTLR_EL1: WI
    case K(3, 0, 1, 0, 2): r.cpacr = v & 0x10300000; return;
    case K(3, 0, 2, 0, 0): r.ttbr0 = v; flush_tlb(); return;
    case K(3, 0, 2, 0, 1): r.ttbr1 = v; flush_tlb(); return;
    case K(3, 0, 2, 0, 2): r.tcr = v; flush_tlb(); return;
    case K(3, 0, 4, 0, 0): r.spsr = v & 0xF03003DFull; return;
    case K(3, 0, 4, 0, 1): r.elr = v; return;
    case K(3, 0, 4, 1, 0):
        if (s.sp_sel == 0)
            raise_undefined();
        s.set_sp_el0(v);
        return;
    case K(3, 0, 4, 2, 0): set_sp_sel(v & 1); return;
    case K(3, 0, 5, 1, 0): r.afsr0 = v; return;
    case K(3, 0, 5, 1, 1): r.afsr1 = v; return;
    case K(3, 0, 5, 2, 0): r.esr = v & 0xFFFFFFFFull; return;
    case K(3, 0, 6, 0, 0): r.far = v; return;
    case K(3, 0, 7, 4, 0): r.par = v; return;
    case K(3, 0, 10, 2, 0): r.mair = v; flush_tlb(); return;
    case K(3, 0, 10, 3, 0): r.amair = v; return;
    case K(3, 0, 12, 0, 0): r.vbar = v & ~uint64_t(0x7FF); return;
    case K(3, 0, 13, 0, 1): r.contextidr = v & 0xFFFFFFFF; return;
    case K(3, 0, 13, 0, 4): r.tpidr_el1 = v; return;
    case K(3, 3, 13, 0, 3): r.tpidrro_el0 = v; return;
    case K(2, 0, 0, 2, 0): r.mdccint = v; return;
    case K(2, 0, 0, 2, 2): r.mdscr = v; return;
    case K(2, 0, 1, 0, 4): r.oslsr = (r.oslsr & ~2ull) | ((v & 1) << 1); return;  // OSLAR
    case K(2, 0, 1, 3, 4): r.osdlr = v & 1; return;
    case K(2, 0, 1, 4, 4): return;  // DBGPRCR_EL1
    case K(2, 0, 7, 8, 6): case K(2, 0, 7, 9, 6): return;
    case K(2, 3, 0, 4, 0): case K(2, 3, 0, 5, 0): return;  // DBGDTR_EL0, DBGDTRTX_EL0: WI
    default: break;
    }
    const unsigned op0 = key >> 14, op1 = (key >> 11) & 7, crn = (key >> 7) & 15,
                   crm = (key >> 3) & 15, op2 = key & 7;
    if (op0 == 2 && op1 == 0 && crn == 0 && crm < 2 && op2 >= 4) {
        switch (op2) {
        case 4: r.dbgbvr[crm] = v; return;
        case 5: r.dbgbcr[crm] = v; return;
        case 6: r.dbgwvr[crm] = v; return;
        default: r.dbgwcr[crm] = v; return;
        }
    }
    if (log::DebugLog::on(log::kUnimp))  // -d unimp (cpu_log.cpp)
        log_unimplemented_sysreg(key, "write access to");
    raise_undefined();
}

void Cpu::system_op(uint32_t key, uint64_t v, unsigned rt)
{
    CpuState& s = m_state;
    const bool el0 = s.el == 0;
    auto el0_needs = [&](uint64_t sctlr_bit) {
        if (el0 && !(s.sys.sctlr & sctlr_bit))
            raise_sync(ec::kSysReg, sysreg_iss(key, rt, false));
    };
    switch (key) {
    case K(1, 3, 7, 4, 1): {  // DC ZVA
        el0_needs(sctlr::kDZE);
        const uint64_t block = v & ~uint64_t(63);
        for (unsigned i = 0; i < 64; i += 8)
            store<uint64_t>(block + i, 0);
        return;
    }
    case K(1, 3, 7, 10, 1): case K(1, 3, 7, 11, 1): case K(1, 3, 7, 14, 1):  // DC CVAC/CVAU/CIVAC
        el0_needs(sctlr::kUCI);
        return;
    case K(1, 3, 7, 5, 1): {  // IC IVAU
        el0_needs(sctlr::kUCI);
        Translation t = translate(v, AccessType::read, false);
        if (t.ok()) {
            if (m_cluster)
                m_cluster->invalidate_code_pa_page(t.pa);  // broadcast (Inner Shareable)
            else
                invalidate_code_pa_page(t.pa);
        }
        return;
    }
    default: break;
    }
    if (el0)
        raise_undefined();
    switch (key) {
    case K(1, 0, 7, 6, 1): case K(1, 0, 7, 6, 2): case K(1, 0, 7, 10, 2):
    case K(1, 0, 7, 14, 2):  // DC IVAC/ISW/CSW/CISW: caches are not modelled
        return;
    case K(1, 0, 7, 1, 0):  // IC IALLUIS: every core of the cluster
        if (m_cluster)
            m_cluster->invalidate_code_all();
        else
            invalidate_code_all();
        return;
    case K(1, 0, 7, 5, 0):  // IC IALLU
        invalidate_code_all();
        return;
    case K(1, 0, 7, 8, 0): case K(1, 0, 7, 8, 1): case K(1, 0, 7, 8, 2):
    case K(1, 0, 7, 8, 3): {  // AT S1E1R/W, S1E0R/W
        const unsigned op2 = key & 7;
        Translation t = translate(v, (op2 & 1) ? AccessType::write : AccessType::read, op2 >= 2);
        s.sys.par = par_el1(t);
        return;
    }
    default: break;
    }
    const unsigned op1 = (key >> 11) & 7, crn = (key >> 7) & 15, crm = (key >> 3) & 15,
                   op2 = key & 7;
    if ((key >> 14) == 1 && op1 == 0 && crn == 8 && (crm == 3 || crm == 7)) {  // TLBI
        if (op2 == 4 || op2 == 6)
            raise_undefined();
        if (crm == 3 && m_cluster) {  // *IS: every core of the cluster (Cpu::tlbi)
            for (unsigned i = 0; i < m_cluster->size() && i < m_cluster->joined(); ++i)
                m_cluster->cpu(i).tlbi(op2, v);
        } else {
            tlbi(op2, v);
        }
        return;
    }
    if (log::DebugLog::on(log::kUnimp))  // -d unimp (cpu_log.cpp)
        log_unimplemented_sysreg(key, "use of");
    raise_undefined();
}

uint16_t Cpu::current_asid() const
{
    const SysRegs& r = m_state.sys;
    const uint64_t ttbr = (r.tcr & (1ull << 22)) ? r.ttbr1 : r.ttbr0;  // TCR.A1
    const uint16_t asid = uint16_t(ttbr >> 48);
    return (r.tcr & (1ull << 36)) ? asid : uint16_t(asid & 0xFF);   // TCR.AS
}

// ---- Firmware services ------------------------------------------------------

void Cpu::firmware_call(bool smc, uint16_t imm)
{
    if (log::DebugLog::on(log::kInt))  // -d int (cpu_log.cpp)
        log_firmware_call(smc, imm);
    CpuState& s = m_state;
    PsciResult r = m_psci->call(s.x[0], s.x[1], s.x[2], s.x[3], m_index);
    s.x[0] = r.x0;
    switch (r.action) {
    case PsciAction::system_off:
    case PsciAction::system_reset:
        m_exited = true;
        m_exit_code = 0;
        end_batch();
        if (r.action == PsciAction::system_reset)
            SC_REPORT_INFO("vp/arm64/psci", "SYSTEM_RESET requested: ending the simulation");
        sc_core::sc_stop();
        break;
    case PsciAction::cpu_off:
        m_powered_off = true;
        end_batch();
        break;
    case PsciAction::cpu_suspend:
        wait_for_interrupt();
        break;
    default:  // none (CPU_ON started its target through the Psci's CpuPowerControl)
        break;
    }
}

namespace {
class CpuSemihostingMemory : public SemihostingMemory {
public:
    explicit CpuSemihostingMemory(Cpu& cpu) : m_cpu(cpu) {}
    bool read(uint64_t va, void* dst, size_t len) override
    {
        return m_cpu.debug_access(va, dst, len, false);
    }
    bool write(uint64_t va, const void* src, size_t len) override
    {
        return m_cpu.debug_access(va, const_cast<void*>(src), len, true);
    }

private:
    Cpu& m_cpu;
};
}  // namespace

void Cpu::semihosting_call()
{
    if (log::DebugLog::on(log::kInt))  // -d int (cpu_log.cpp)
        log_semihosting_call();
    CpuState& s = m_state;
    CpuSemihostingMemory mem(*this);
    SemihostingResult r = m_semihosting->call(s.x[0], s.x[1], mem, local_time());
    s.x[0] = r.x0;
    if (r.exit_code) {
        m_exited = true;
        m_exit_code = *r.exit_code;
        end_batch();
        sc_core::sc_stop();
    }
}

}  // namespace vp::arm64
