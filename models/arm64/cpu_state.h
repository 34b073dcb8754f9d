// Architectural state of one AArch64 core (ARMv8.0-A, EL0/EL1): general-purpose
// registers, PSTATE, the EL1 system registers and the local exclusive monitor.
// Follows DDI 0487 D1 (AArch64 system level programmers' model) and A1.4/C1.2
// for the SIMD&FP register file (V0-V31, FPCR, FPSR).
#pragma once

#include <cstdint>

namespace vp::arm64 {

// Register file indices used by pre-decoded instructions. The decoder resolves
// what encoding 31 means for each operand, so executors never test for it.
constexpr unsigned kRegZr = 31;    // reads as zero, never written
constexpr unsigned kRegSp = 32;    // the current stack pointer (SP_EL0 or SP_EL1)
constexpr unsigned kRegSink = 33;  // writes to XZR land here

// PSTATE bits in SPSR layout (D1.7, C5.2.18).
namespace spsr {
constexpr uint32_t kM = 0xF;        // M[3:0]: EL and SP selection
constexpr uint32_t kF = 1u << 6;
constexpr uint32_t kI = 1u << 7;
constexpr uint32_t kA = 1u << 8;
constexpr uint32_t kD = 1u << 9;
constexpr uint32_t kIL = 1u << 20;
constexpr uint32_t kSS = 1u << 21;
constexpr uint32_t kNRW = 1u << 4;  // M[4]: AArch32
constexpr uint32_t kEl0t = 0x0, kEl1t = 0x4, kEl1h = 0x5;
}  // namespace spsr

struct SysRegs {
    // EL1 translation and control
    uint64_t sctlr = 0x30D00800;  // RES1 bits, MMU/caches off
    uint64_t tcr = 0, ttbr0 = 0, ttbr1 = 0, mair = 0, amair = 0;
    uint64_t contextidr = 0;
    uint64_t cpacr = 0;
    // exceptions
    uint64_t vbar = 0, elr = 0, spsr = 0, esr = 0, far = 0, par = 0;
    uint64_t afsr0 = 0, afsr1 = 0;
    // thread ids
    uint64_t tpidr_el0 = 0, tpidrro_el0 = 0, tpidr_el1 = 0;
    // debug (state only, no debug events are generated)
    uint64_t mdscr = 0, oslsr = 0x8 /* OSLM = 0b10: lock implemented */, osdlr = 0;
    uint64_t mdccint = 0;
    uint64_t dbgbcr[2] = {}, dbgbvr[2] = {}, dbgwcr[2] = {}, dbgwvr[2] = {};
    uint64_t csselr = 0;
    // CNTKCTL_EL1 and the timer registers live in the GenericTimer model.
};

// Local exclusive monitor (B2.9). Tracks one physical granule; an SMP build
// adds a global monitor that clears other cores' entries on stores.
struct ExclusiveMonitor {
    bool valid = false;
    uint64_t pa = 0;       // physical address of the marked access
    unsigned size = 0;     // bytes (8 or 16 for pairs)
    void clear() { valid = false; }
};

// One 128-bit SIMD&FP register. Element i of a B/H/S/D view is bytes
// [i*size, (i+1)*size) (little-endian host, as the architecture numbers lanes).
// Scalar writes (B/H/S/D) clear the upper bits; executors use VReg helpers in
// exec_simd.h rather than touching the bytes directly.
struct alignas(16) VReg {
    uint64_t d[2];
};

// FPCR and FPSR fields (C5.2.7, C5.2.8). FPSR's cumulative flags use the same
// bit positions as vp::softfloat's flag word, so flags are ORed in directly.
namespace fpcr {
constexpr uint32_t kIoe = 1u << 8, kRMode = 3u << 22, kFz = 1u << 24, kDn = 1u << 25,
                   kAhp = 1u << 26;
constexpr unsigned kRModeShift = 22;
// Bits an ARMv8.0 implementation without trapped exceptions keeps (AHP, DN,
// FZ, RMode, Stride, Len); the trap-enable bits are RAZ/WI as on Cortex-A53.
constexpr uint32_t kWritable = 0x07F70000u;
}  // namespace fpcr
namespace fpsr {
constexpr uint32_t kIoc = 1u << 0, kDzc = 1u << 1, kOfc = 1u << 2, kUfc = 1u << 3,
                   kIxc = 1u << 4, kIdc = 1u << 7, kQc = 1u << 27;
constexpr uint32_t kWritable = 0xF800009Fu;  // N,Z,C,V,QC and the cumulative flags
}  // namespace fpsr

struct CpuState {
    // x[0..30], x[31] = zero, x[32] = current SP, x[33] = write sink.
    uint64_t x[34] = {};
    uint64_t pc = 0;
    uint32_t nzcv = 0;      // 4-bit N,Z,C,V (alu.h layout)
    uint32_t daif = spsr::kD | spsr::kA | spsr::kI | spsr::kF;  // in SPSR bit positions
    unsigned el = 1;        // current exception level (0 or 1)
    unsigned sp_sel = 1;    // PSTATE.SP
    bool ss = false, il = false;
    uint64_t sp_el[2] = {};  // banked SP_EL0 / SP_EL1 while not current
    SysRegs sys;
    ExclusiveMonitor monitor;
    // SIMD&FP register file.
    VReg v[32] = {};
    uint32_t fpcr = 0;
    uint32_t fpsr = 0;

    // SP_ELx selection: which bank the x[kRegSp] slot currently holds.
    unsigned sp_bank() const { return el == 0 ? 0 : sp_sel; }
    uint64_t sp_el0() const { return sp_bank() == 0 ? x[kRegSp] : sp_el[0]; }
    uint64_t sp_el1() const { return sp_bank() == 1 ? x[kRegSp] : sp_el[1]; }
    void set_sp_el0(uint64_t v) { (sp_bank() == 0 ? x[kRegSp] : sp_el[0]) = v; }
    void set_sp_el1(uint64_t v) { (sp_bank() == 1 ? x[kRegSp] : sp_el[1]) = v; }

    // Changes EL/SPSel keeping the SP banks consistent.
    void switch_mode(unsigned new_el, unsigned new_sp_sel)
    {
        sp_el[sp_bank()] = x[kRegSp];
        el = new_el;
        sp_sel = new_sp_sel;
        x[kRegSp] = sp_el[sp_bank()];
    }

    // PSTATE as an SPSR value.
    uint32_t pstate() const
    {
        uint32_t m = el == 0 ? spsr::kEl0t : (sp_sel ? spsr::kEl1h : spsr::kEl1t);
        return (nzcv << 28) | daif | m | (il ? spsr::kIL : 0) | (ss ? spsr::kSS : 0);
    }

    // Convenience for tests and debuggers.
    uint64_t reg(unsigned n) const { return n == 31 ? x[kRegSp] : x[n]; }
    void set_reg(unsigned n, uint64_t v) { x[n == 31 ? kRegSp : n] = v; }
};

}  // namespace vp::arm64
