// Single-instruction vectors for the AArch64 CPU: one runner that executes an instruction word
// (or a short program) on a CpuBench from a given register state and returns the state after
// it, and a reader for the recorded vector files of tests/unit/arm64/data/insn_*.txt, whose
// expected outcomes come from qemu-aarch64 -cpu cortex-a53 (tools/insn_oracle.c; how to
// regenerate them: tools/README.md).
//
// Line format of a vector file (hex numbers without 0x; '#' starts a comment line):
//   state NAME KEY=VALUE...
//       a named start state; registers it does not name are 0.
//   GROUP WORD [@STATE] [KEY=VALUE...] -> ok|undef [KEY=VALUE...] | assembler text
//       one case: the instruction word runs from STATE (or all zero) with the inputs after it
//       applied; "ok" means it completes (pc + 4), "undef" that it takes the Undefined
//       exception (EC 0x00, ELR = the word's address). The values after the outcome are the
//       expected registers; every register not named there must keep its input value, so
//       each case checks all of V0-V31, X0-X30, NZCV and FPSR.
//   KEY: vN=HI:LO (the 128-bit register), vN.d0 / vN.d1 (one 64-bit half, input only),
//        xN (N = 0-30), nzcv (4 bits N,Z,C,V), fpcr, fpsr (0 unless given).
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "cpu_bench.h"

namespace vp::arm64::test {

// The architectural state a vector sets and checks.
struct InsnState {
    VReg v[32] = {};
    uint64_t x[31] = {};
    uint32_t nzcv = 0;  // 4-bit N,Z,C,V
    uint32_t fpcr = 0;
    uint32_t fpsr = 0;
};

// What one run produced.
struct InsnResult {
    InsnState state;
    uint64_t addr = 0;       // where the program was placed
    uint64_t end = 0;        // pc afterwards, as an offset from addr (4 * words: completed)
    bool exception = false;  // a synchronous exception was taken (pc at VBAR + 0x200)
    uint64_t esr = 0, elr = 0;
};

// Runs instruction words on a CpuBench at EL1 with SIMD&FP enabled (CPACR_EL1.FPEN = 0b11);
// synchronous exceptions park at VBAR + 0x200. A word is placed once, in a slot (word, "b .")
// of a page that has not run yet: the CPU keeps the records of a decoded page and would not
// see code written over it later. place() lets a test put all its words down before the first
// run, so that a table of thousands of words uses a few pages.
class InsnRunner {
public:
    static constexpr uint64_t kVector = kRamBase + 0x200;

    InsnRunner();

    void place(uint32_t word);
    // Sets the state, runs the word and returns the state after it.
    InsnResult run(uint32_t word, const InsnState& in);
    // Runs the words (followed by "b .") on a fresh page from the CPU's current state (FPSR
    // too: QC and the exception flags are sticky); returns the pc afterwards as an offset
    // from the first word.
    uint64_t exec(const std::vector<uint32_t>& words);

    CpuBench& bench() { return b_; }
    CpuState& s() { return b_.s(); }
    void set(unsigned n, uint64_t lo, uint64_t hi = 0) { b_.s().v[n] = VReg{{lo, hi}}; }
    uint64_t lo(unsigned n) { return b_.s().v[n].d[0]; }
    uint64_t hi(unsigned n) { return b_.s().v[n].d[1]; }
    uint32_t fpsr() { return b_.s().fpsr; }
    // After exec: the word took the Undefined exception (EC 0x00).
    bool undefined_taken() { return b_.s().pc == kVector && (b_.s().sys.esr >> 26) == 0; }

private:
    uint64_t alloc(size_t words);
    void go(uint64_t addr);

    CpuBench b_;
    uint64_t next_;
    std::set<uint64_t> ran_pages_;
    std::unordered_map<uint32_t, uint64_t> slot_;
};

// One recorded case of a vector file.
struct InsnCase {
    std::string group;
    uint32_t word = 0;
    InsnState in, expect;
    bool undefined = false;
    std::string text;  // the assembler text (or why the word is reserved)
    unsigned line = 0;
};

// Reads tests/unit/arm64/data/<file>; with a group, only that group's cases, in file order.
// A malformed line or a missing file is a test failure (REQUIRE).
std::vector<InsnCase> read_insn_cases(const std::string& file, const std::string& group = "");

// Runs every case and compares the outcome and the whole state; returns a description of the
// mismatches (at most max_reported of them, then their count), empty when all match.
std::string check_insn_cases(InsnRunner& r, const std::vector<InsnCase>& cases,
                             unsigned max_reported = 10);

// Reads a group, requires it to hold exactly `count` cases (so that no case is lost from the
// file unnoticed), runs them and fails with the mismatches. A test case has one CpuBench (one
// SystemC elaboration), so a test checking several groups passes its runner to each call.
void check_insn_group(InsnRunner& r, const std::string& file, const std::string& group,
                      size_t count);
void check_insn_group(const std::string& file, const std::string& group, size_t count);

}  // namespace vp::arm64::test
