// A64 top-level decode (DDI 0487 C4.1): dispatches on op0 = raw[28:25] to the
// instruction-group decoders in exec_*.cpp. SIMD&FP data processing (op0 =
// x111) goes to decode_simd_fp.cpp, SIMD&FP loads/stores through decode_ldst.
// SVE and SME encodings decode to Undefined.
#include "arm64/exec.h"
#include "log/debug_log.h"

namespace vp::arm64 {

bool exec_undefined(Cpu& cpu, const Insn& insn)
{
    if (log::DebugLog::on(log::kUnimp))  // -d unimp (cpu_log.cpp)
        cpu.log_undefined_encoding(insn.raw);
    cpu.raise_undefined();
}

void decode(uint32_t raw, Insn& insn)
{
    insn = Insn{};
    insn.raw = raw;
    insn.fn = &exec_undefined;
    const uint32_t op0 = bits(raw, 28, 25);
    switch (op0) {
    case 0x8: case 0x9:
        decode_dp_imm(raw, insn);
        break;
    case 0xA: case 0xB:
        decode_branch_sys(raw, insn);
        break;
    case 0x4: case 0x6: case 0xC: case 0xE:
        decode_ldst(raw, insn);
        break;
    case 0x5: case 0xD:
        decode_dp_reg(raw, insn);
        break;
    case 0x7: case 0xF:
        decode_simd_fp(raw, insn);
        break;
    default:  // reserved, SME/SVE, unallocated
        break;
    }
    insn.raw = raw;
}

}  // namespace vp::arm64
