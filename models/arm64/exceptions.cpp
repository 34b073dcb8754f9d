// Exception entry and return for EL0/EL1 in AArch64 (DDI 0487 D1.10-D1.11):
// ESR/ELR/SPSR/FAR, vector selection (current EL SP0/SPx, lower EL AArch64),
// DAIF masking, ERET with illegal-return detection, exclusive monitor clearing.
// Not modelled: EL2/EL3 routing, SError generation, AArch32 lower EL.
// A guest stuck taking a synchronous exception at the vector it has just
// entered (an unmapped or unset VBAR_EL1, a bad e_entry) is reported once.
#include "arm64/cpu.h"
#include "arm64/cpu_cluster.h"
#include "log/debug_log.h"

#include <cstdio>

namespace vp::arm64 {

namespace {

// Synchronous exceptions in a row, each taken at the vector address the
// previous one entered, before the loop is reported.
constexpr unsigned kExceptionLoopReport = 8;

}  // namespace

void Cpu::take_exception(uint32_t ec_value, uint32_t iss, unsigned vector_offset,
                         uint64_t return_pc, bool set_far, uint64_t far)
{
    CpuState& s = m_state;
    unsigned base;
    if (s.el == 0)
        base = 0x400;  // lower EL using AArch64
    else
        base = s.sp_sel ? 0x200 : 0x000;
    s.sys.spsr = s.pstate();
    s.sys.elr = return_pc;
    if (vector_offset == 0) {  // synchronous: syndrome; IL = 1 (32-bit instruction)
        s.sys.esr = (uint64_t(ec_value) << 26) | (1u << 25) | (iss & 0x1FFFFFF);
        if (set_far)
            s.sys.far = far;
    }
    m_fault_pc = return_pc;
    // The architecture keeps taking the exception, and so do we; a boot-code
    // author gets one report with the syndrome instead of a silent hang.
    if (vector_offset == 0 && return_pc == m_last_vector) {
        // No instruction retires in such a loop, so the entry itself is
        // charged as one: simulated time, --max-time and the console go on
        // instead of the CPU thread spinning at one instant.
        ++m_batch_executed;
        if (++m_vector_loop == kExceptionLoopReport && !m_vector_loop_reported) {
            m_vector_loop_reported = true;
            char msg[320];
            std::snprintf(msg, sizeof msg,
                          "%s: %u synchronous exceptions in a row taken at the vector address "
                          "that had just been entered: ESR_EL1=0x%llx (EC 0x%02llx) FAR_EL1=0x%llx "
                          "ELR_EL1=0x%llx VBAR_EL1=0x%llx; is the vector table mapped and "
                          "VBAR_EL1 set? (reported once; execution continues)",
                          name(), m_vector_loop, static_cast<unsigned long long>(s.sys.esr),
                          static_cast<unsigned long long>(s.sys.esr >> 26),
                          static_cast<unsigned long long>(s.sys.far),
                          static_cast<unsigned long long>(s.sys.elr),
                          static_cast<unsigned long long>(s.sys.vbar));
            SC_REPORT_WARNING("vp/arm64/exception-loop", msg);
        }
    } else {
        m_vector_loop = 0;
    }
    s.monitor.clear();
    if (m_cluster)
        m_cluster->monitor().clear(m_index);
    s.daif = spsr::kD | spsr::kA | spsr::kI | spsr::kF;
    s.il = false;
    s.ss = false;
    s.switch_mode(1, 1);
    select_tlb();
    s.pc = s.sys.vbar + base + vector_offset;
    m_last_vector = s.pc;
    if (log::DebugLog::on(log::kInt | log::kMmu))  // -d int,mmu (cpu_log.cpp)
        log_exception(vector_offset, set_far);
}

void Cpu::raise_sync(uint32_t ec_value, uint32_t iss)
{
    take_exception(ec_value, iss, 0, current_pc());
    throw ExceptionTaken{};
}

void Cpu::raise_fp_trap()
{
    // ISS for an AArch64 trap: CV = 1, COND = 0b1110 (as QEMU reports it).
    raise_sync(ec::kFpAccess, (1u << 24) | (0xEu << 20));
}

void Cpu::exception_return()
{
    CpuState& s = m_state;
    const uint64_t spsr_value = s.sys.spsr;
    const uint32_t m = spsr_value & 0x1F;
    s.monitor.clear();
    if (m_cluster)
        m_cluster->monitor().clear(m_index);
    end_batch();  // DAIF may have changed
    const bool legal = m == spsr::kEl0t || m == spsr::kEl1t || m == spsr::kEl1h;
    if (!legal || (spsr_value & spsr::kIL)) {
        // Illegal exception return (D1.11.4): PSTATE.{EL,SP} unchanged, IL set,
        // and the next instruction takes the Illegal Execution state exception.
        s.nzcv = (spsr_value >> 28) & 0xF;
        s.daif = spsr_value & (spsr::kD | spsr::kA | spsr::kI | spsr::kF);
        s.pc = s.sys.elr;
        s.il = true;
        if (log::DebugLog::on(log::kGuestErrors))  // -d guest_errors (cpu_log.cpp)
            log_illegal_return(spsr_value);
        take_exception(ec::kIllegalState, 0, 0, s.pc);
        return;
    }
    s.nzcv = (spsr_value >> 28) & 0xF;
    s.daif = spsr_value & (spsr::kD | spsr::kA | spsr::kI | spsr::kF);
    s.ss = false;
    s.il = false;
    s.switch_mode(m == spsr::kEl0t ? 0 : 1, m & 1);
    select_tlb();
    s.pc = s.sys.elr;
    if (log::DebugLog::on(log::kInt))  // -d int (cpu_log.cpp)
        log_exception_return();
}

void Cpu::set_daif(uint32_t daif)
{
    m_state.daif = daif & (spsr::kD | spsr::kA | spsr::kI | spsr::kF);
    end_batch();
}

void Cpu::set_sp_sel(unsigned sp_sel)
{
    if (m_state.el == 0)
        return;
    m_state.switch_mode(m_state.el, sp_sel & 1);
}

}  // namespace vp::arm64
