// System register map of the AArch64 core: the ID register values the model
// reports (they describe exactly what exists: ARMv8.0 with FP, AdvSIMD, CRC32
// and the AES/PMULL/SHA1/SHA256 crypto extension as on QEMU's cortex-a53; no
// LSE/PAuth/BTI/MTE/SVE, no PMU, 4K granule only) and
// the encoding key used by MRS/MSR/SYS. Accessors live in sysregs.cpp.
#pragma once

#include <cstdint>

namespace vp::arm64 {

// op0:op1:CRn:CRm:op2, 16 bits (the same bits as MRS/MSR raw[20:5]).
constexpr uint32_t sysreg(unsigned op0, unsigned op1, unsigned crn, unsigned crm, unsigned op2)
{
    return (op0 << 14) | (op1 << 11) | (crn << 7) | (crm << 3) | op2;
}

namespace idreg {
constexpr uint64_t kMidr = 0x410FD034;          // Arm Cortex-A53 r0p4 (as QEMU -cpu cortex-a53)
constexpr uint64_t kMpidr = 0x80000000;         // RES1 bit 31, Aff0 = core index
constexpr uint64_t kRevidr = 0;
// EL0 = EL1 = AArch64 only (1), EL2/EL3 absent, FP = AdvSIMD = 0 (implemented, no FP16), GIC = 0.
constexpr uint64_t kAa64Pfr0 = 0x0000000000000011ull;
constexpr uint64_t kAa64Pfr1 = 0;
// DebugVer = 6 (v8.0), PMUVer = 0 (no PMU), BRPs = 1 (2), WRPs = 1 (2), CTX_CMPs = 0.
constexpr uint64_t kAa64Dfr0 = 0x0000000000101006ull;
// AES = 2 (AESE/AESD/AESMC/AESIMC and PMULL/PMULL2 64-bit), SHA1 = 1, SHA2 = 1
// (SHA256 only), CRC32 = 1: QEMU cortex-a53's value. No atomics, RDM, SHA3, SM3/4, DP.
constexpr uint64_t kAa64Isar0 = 0x0000000000011120ull;
constexpr uint64_t kAa64Isar1 = 0x0000000000100000ull;  // LRCPC = 1 (LDAPR)
// PARange = 40 bits, ASIDBits = 16, TGran4 supported, TGran64/16 not, no mixed endian.
constexpr uint64_t kAa64Mmfr0 = 0x000000000F000022ull;
constexpr uint64_t kAa64Mmfr1 = 0;               // no HAFDBS, PAN, VHE, LOR
constexpr uint64_t kAa64Mmfr2 = 0;
constexpr uint64_t kCtr = 0x8444C004;            // 64-byte lines, PIPT I-cache, IDC = DIC = 0
constexpr uint64_t kDczid = 0x4;                 // DC ZVA block = 64 bytes
constexpr uint64_t kClidr = 0x09200003;          // L1 separate I/D; LoC = LoUU = LoUIS = 1
constexpr uint64_t kCcsidrL1D = 0x000FE01A;      // 32 KiB, 4-way, 64-byte lines
constexpr uint64_t kCcsidrL1I = 0x001FE00A;      // 32 KiB, 2-way, 64-byte lines
}  // namespace idreg

// SCTLR_EL1 bits the model implements; the rest are RES0 or RES1.
namespace sctlr {
constexpr uint64_t kM = 1u << 0, kA = 1u << 1, kSA = 1u << 3, kSA0 = 1u << 4, kUMA = 1u << 9,
                   kDZE = 1u << 14, kUCT = 1u << 15, kNTWI = 1u << 16, kNTWE = 1u << 18,
                   kUCI = 1u << 26;
constexpr uint64_t kWritable = 0x040DD39Full;
constexpr uint64_t kRes1 = 0x30D00800ull;
}  // namespace sctlr

}  // namespace vp::arm64
