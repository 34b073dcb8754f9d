// The AArch64 register set as the GDB stub presents it: GDB's register
// numbering for its org.gnu.gdb.aarch64.core and .fpu features (GDB manual,
// "AArch64 Features"), followed by a system-register feature of our own, and
// the target description (target.xml) that tells gdb all of it. This is the
// one table of register names, sizes and numbers; the CPU adapter maps the
// numbers onto its state, the stub builds g/G packets and the XML from it.
#pragma once

#include <string>

namespace vp::gdb::aarch64 {

// GDB register numbers. x0-x30 are 0-30; v0-v31 are kV0..kV0+31.
constexpr unsigned kX0 = 0, kSp = 31, kPc = 32, kCpsr = 33, kV0 = 34, kFpsr = 66, kFpcr = 67;
constexpr unsigned kSysFirst = 68;

// The system-register feature ("org.virtio-vp.aarch64.sysregs"), in GDB
// register order from kSysFirst. All 64-bit. currentel is read-only (writes
// are refused); sp_el0/sp_el1 are the banked stack pointers (the current one
// is also `sp`).
enum class SysReg : unsigned {
    sctlr_el1, tcr_el1, ttbr0_el1, ttbr1_el1, mair_el1, amair_el1, vbar_el1,
    esr_el1, far_el1, elr_el1, spsr_el1, par_el1, contextidr_el1, cpacr_el1,
    tpidr_el0, tpidrro_el0, tpidr_el1, mdscr_el1, sp_el0, sp_el1, currentel, daif,
    count
};

struct RegisterDesc {
    const char* name;   // gdb's name ($x0, $v3, $sctlr_el1)
    unsigned bits;      // size in the g packet
    const char* type;   // tdesc type
    const char* group;  // tdesc group (empty: gdb's default)
};

unsigned register_count();
// n < register_count().
const RegisterDesc& register_desc(unsigned n);
// Bytes of register n in a g/p packet.
inline unsigned register_bytes(unsigned n) { return register_desc(n).bits / 8; }
// Total bytes of a g packet (every register in order).
unsigned g_packet_bytes();

// The target description document served as qXfer:features:read:target.xml.
const std::string& target_xml();

}  // namespace vp::gdb::aarch64
