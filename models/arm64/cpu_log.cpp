// The core's lines in the `-d` debug log (models/log/debug_log.h). Called
// from one-line hooks, each behind DebugLog::on(item), on slow paths only:
//   int    exception entry (exceptions.cpp take_exception), exception return,
//          semihosting and PSCI calls - QEMU's -d int format (target/arm,
//          arm_cpu_do_interrupt), so logs of the two can be compared;
//   mmu    MMU faults, one line before the exception's int lines;
//   unimp  unknown system registers / system instructions (sysregs.cpp) and
//          encodings the decoder has no instruction for (decoder.cpp);
//   guest_errors  an illegal exception return.
// Deliberate differences from QEMU: interrupts get no "...with ESR" line
// (ESR_EL1 is not written for them; QEMU prints a stale syndrome there), and
// a PSCI call names the firmware's level (EL2 for HVC, EL3 for SMC) as QEMU
// does although virt64 has no EL2/EL3 and answers the call itself.
#include "arm64/cpu.h"
#include "log/debug_log.h"

namespace vp::arm64 {

namespace {

using vp::log::DebugLog;

// QEMU's exception numbers and names (EXCP_* in target/arm/cpu.h), which
// -d int prints, for what the core takes.
struct QemuException {
    unsigned number;
    const char* name;
};

QemuException qemu_exception(unsigned vector_offset, uint32_t ec_value)
{
    if (vector_offset == 0x80)
        return {5, "IRQ"};
    if (vector_offset == 0x100)
        return {6, "FIQ"};
    switch (ec_value) {
    case ec::kSvc: return {2, "SVC"};
    case ec::kBrk: return {7, "Breakpoint"};
    case ec::kIabtLower: case ec::kIabtSame: case ec::kPcAlign: return {3, "Prefetch Abort"};
    case ec::kDabtLower: case ec::kDabtSame: case ec::kSpAlign: return {4, "Data Abort"};
    default: return {1, "Undefined Instruction"};  // QEMU's EXCP_UDEF carries every other EC
    }
}

const char* mmu_fault_name(uint32_t fsc)
{
    switch (fsc & 0x3C) {
    case 0x00: return "address size fault";
    case 0x04: return "translation fault";
    case 0x08: return "access flag fault";
    case 0x0C: return "permission fault";
    case 0x14: return "external abort on the table walk";
    default: return nullptr;  // not the MMU's (external abort, alignment)
    }
}

// The core's number in "on CPU n" (MPIDR_EL1.Aff0). TODO(SMP): per-core index.
constexpr unsigned kCpuIndex = 0;

}  // namespace

void Cpu::log_exception(unsigned vector_offset, bool far_set)
{
    const SysRegs& r = m_state.sys;
    const unsigned from_el = (r.spsr >> 2) & 3;
    const uint32_t ec_value = uint32_t(r.esr >> 26);
    const bool sync = vector_offset == 0;
    const unsigned long long esr = r.esr, far = r.far, elr = r.elr, pc = m_state.pc;

    if (sync && DebugLog::on(log::kMmu)) {
        const bool iabt = ec_value == ec::kIabtLower || ec_value == ec::kIabtSame;
        const bool dabt = ec_value == ec::kDabtLower || ec_value == ec::kDabtSame;
        const uint32_t fsc = uint32_t(esr & 0x3F);
        const char* fault = (iabt || dabt) ? mmu_fault_name(fsc) : nullptr;
        if (fault) {
            const char* access = iabt ? "fetch" : (esr & (1u << 8)) ? "cache maintenance"
                                                  : (esr & (1u << 6)) ? "write" : "read";
            const bool upper = (far >> 55) & 1;
            DebugLog::printf("MMU: %s, level %u: %s of VA 0x%016llx at EL%u, pc 0x%llx "
                             "(%s 0x%llx, TCR_EL1 0x%llx, SCTLR_EL1 0x%llx)\n",
                             fault, fsc & 3, access, far, from_el, elr,
                             upper ? "TTBR1_EL1" : "TTBR0_EL1",
                             static_cast<unsigned long long>(upper ? r.ttbr1 : r.ttbr0),
                             static_cast<unsigned long long>(r.tcr),
                             static_cast<unsigned long long>(r.sctlr));
        }
    }
    if (!DebugLog::on(log::kInt))
        return;
    const QemuException x = qemu_exception(vector_offset, ec_value);
    DebugLog::printf("Taking exception %u [%s] on CPU %u\n...from EL%u to EL%u\n", x.number,
                     x.name, kCpuIndex, from_el, m_state.el);
    if (sync)
        DebugLog::printf("...with ESR 0x%x/0x%llx\n", ec_value, esr);
    if (sync && far_set && (x.number == 3 || x.number == 4))
        DebugLog::printf("...with FAR 0x%llx\n", far);
    DebugLog::printf("...with ELR 0x%llx\n...to EL%u PC 0x%llx PSTATE 0x%x\n", elr, m_state.el,
                     pc, m_state.pstate());
}

void Cpu::log_exception_return()
{
    // ERET is Undefined at EL0: a return always comes from EL1.
    DebugLog::printf("Exception return from AArch64 EL1 to AArch64 EL%u PC 0x%llx\n", m_state.el,
                     static_cast<unsigned long long>(m_state.pc));
}

void Cpu::log_illegal_return(uint64_t spsr_value)
{
    DebugLog::printf("Illegal exception return at EL1: SPSR_EL1 0x%llx (M 0x%x%s), resuming at "
                     "0x%llx with PSTATE.IL set\n",
                     static_cast<unsigned long long>(spsr_value), unsigned(spsr_value & 0x1F),
                     (spsr_value & spsr::kIL) ? ", IL set" : "",
                     static_cast<unsigned long long>(m_state.sys.elr));
}

void Cpu::log_semihosting_call()
{
    DebugLog::printf("Taking exception 16 [Semihosting call] on CPU %u\n...from EL%u to EL%u\n"
                     "...handling as semihosting call 0x%x\n",
                     kCpuIndex, m_state.el, m_state.el, unsigned(m_state.x[0] & 0xFFFFFFFF));
}

void Cpu::log_firmware_call(bool smc, uint16_t imm)
{
    const uint32_t ec_value = smc ? ec::kSmc : ec::kHvc;
    DebugLog::printf("Taking exception %u [%s] on CPU %u\n...from EL%u to EL%u\n"
                     "...with ESR 0x%x/0x%x\n...handled as PSCI call\n",
                     smc ? 13u : 11u, smc ? "Secure Monitor Call" : "Hypervisor Call", kCpuIndex,
                     m_state.el, smc ? 3u : 2u, ec_value, (ec_value << 26) | (1u << 25) | imm);
}

void Cpu::log_unimplemented_sysreg(uint32_t key, const char* what)
{
    const unsigned op0 = key >> 14, op1 = (key >> 11) & 7, crn = (key >> 7) & 15,
                   crm = (key >> 3) & 15, op2 = key & 7;
    DebugLog::printf("%s unsupported AArch64 system %s op0:%u op1:%u crn:%u crm:%u op2:%u "
                     "(S%u_%u_C%u_C%u_%u) at pc 0x%llx: Undefined\n",
                     what, op0 == 1 ? "instruction" : "register", op0, op1, crn, crm, op2, op0,
                     op1, crn, crm, op2, static_cast<unsigned long long>(current_pc()));
}

void Cpu::log_undefined_encoding(uint32_t raw)
{
    if ((raw >> 16) == 0)  // UDF #imm16: Undefined on purpose, nothing is missing
        return;
    DebugLog::printf("no instruction for encoding 0x%08x at pc 0x%llx (unallocated in ARMv8.0-A "
                     "or not implemented): Undefined\n",
                     raw, static_cast<unsigned long long>(current_pc()));
}

}  // namespace vp::arm64
