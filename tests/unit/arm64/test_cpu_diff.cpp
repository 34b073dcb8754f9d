// Differential test against QEMU: random sequences of data-processing
// instructions (all immediate and register classes) with random initial
// registers and flags, recorded at test-writing time by running them under
// qemu-aarch64 -cpu cortex-a53 (tools/cpu_dp_diff.py). The model must produce the
// same x0..x30 and NZCV (and, for load/store sequences on pointers into a data
// RAM, the same memory contents), and must take the Undefined exception for
// exactly the random data-processing and load/store encodings that QEMU rejects.
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "cpu_bench.h"

using namespace vp::arm64;
using namespace vp::arm64::test;
using sc_core::sc_time;

namespace {

struct Sequence {
    std::vector<uint32_t> words;
    uint64_t before[32];
    uint64_t after[32];
    uint64_t hash = 0;  // memory sequences: FNV-1a of the data RAM afterwards
};

struct Vectors {
    std::vector<Sequence> sequences;
    std::vector<uint32_t> undefined;
    std::vector<uint32_t> valid_ldst;
    std::vector<Sequence> memory_sequences;
};

std::string data_path()
{
    return VP_TEST_DATA_DIR "/cpu_dp_diff.txt";
}

Vectors read_vectors()
{
    Vectors v;
    std::ifstream in(data_path());
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        std::istringstream ss(line);
        ss >> std::hex;
        if (line[0] == 'U' || line[0] == 'V') {
            char kind;
            uint32_t w;
            ss >> kind >> w;
            (kind == 'U' ? v.undefined : v.valid_ldst).push_back(w);
            continue;
        }
        Sequence s;
        std::string tok;
        const bool memory = line[0] == 'M';
        if (memory)
            ss >> tok;
        while (ss >> tok && tok != ";")
            s.words.push_back(uint32_t(std::stoul(tok, nullptr, 16)));
        for (auto& r : s.before)
            ss >> r;
        ss >> tok;
        for (auto& r : s.after)
            ss >> r;
        if (memory) {
            ss >> tok >> s.hash;
            v.memory_sequences.push_back(s);
        } else {
            v.sequences.push_back(s);
        }
    }
    return v;
}

CpuConfig fine_quantum()
{
    CpuConfig c = CpuBench::default_config();
    c.quantum = sc_time(10, sc_core::SC_NS);
    return c;
}

// The data RAM pattern and hash of tools/cpu_dp_diff_server.c.
void fill_data(CpuBench& b)
{
    uint8_t* d = b.data.data();
    for (uint64_t k = 0; k < kDataSize / 8; ++k) {
        const uint64_t v = k * 0x9E3779B97F4A7C15ull + 0x0123456789ABCDEFull;
        std::memcpy(d + 8 * k, &v, 8);
    }
}

uint64_t hash_data(CpuBench& b)
{
    const uint8_t* d = b.data.data();
    uint64_t h = 0xcbf29ce484222325ull;
    for (uint64_t i = 0; i < kDataSize; ++i)
        h = (h ^ d[i]) * 0x100000001b3ull;
    return h;
}

// Runs every sequence (placed at code + 64 * i, ending in "b .") and reports
// mismatches of the registers, NZCV and (for memory sequences) the data hash.
void check_sequences(CpuBench& b, const std::vector<Sequence>& seqs, bool memory)
{
    const uint64_t code = kRamBase + 0x10000;
    for (size_t i = 0; i < seqs.size(); ++i) {
        std::vector<uint32_t> words = seqs[i].words;
        words.push_back(0x14000000);  // b .
        b.load(words, code + 64 * i);
    }
    b.load({0x14000000}, kRamBase + 0x200);  // exceptions park at the vector
    b.s().sys.vbar = kRamBase;
    unsigned mismatches = 0;
    for (size_t i = 0; i < seqs.size() && mismatches < 10; ++i) {
        const Sequence& s = seqs[i];
        if (memory)
            fill_data(b);
        for (unsigned r = 0; r < 31; ++r)
            b.s().x[r] = s.before[r];
        b.s().nzcv = uint32_t(s.before[31] >> 28);
        b.s().pc = code + 64 * i;
        b.run(sc_time(200, sc_core::SC_NS));
        bool ok = b.s().pc == code + 64 * i + 4 * s.words.size();
        for (unsigned r = 0; r < 31; ++r)
            ok = ok && b.s().x[r] == s.after[r];
        ok = ok && (uint64_t(b.s().nzcv) << 28) == s.after[31];
        const uint64_t hash = memory ? hash_data(b) : 0;
        ok = ok && hash == s.hash;
        if (!ok) {
            ++mismatches;
            std::ostringstream msg;
            msg << std::hex << "sequence " << std::dec << i << std::hex << ":";
            for (uint32_t w : s.words)
                msg << " " << w;
            msg << "\npc " << b.s().pc << " expected " << code + 64 * i + 4 * s.words.size()
                << " (esr " << b.s().sys.esr << ")";
            for (unsigned r = 0; r < 31; ++r)
                if (b.s().x[r] != s.after[r])
                    msg << "\nx" << std::dec << r << std::hex << " = " << b.s().x[r]
                        << " expected " << s.after[r];
            msg << "\nnzcv " << (uint64_t(b.s().nzcv) << 28) << " expected " << s.after[31];
            if (hash != s.hash)
                msg << "\ndata hash " << hash << " expected " << s.hash;
            FAIL_CHECK(msg.str());
        }
    }
    CHECK(mismatches == 0);
}

}  // namespace

TEST_CASE("random load/store sequences match QEMU (registers and memory)", "[arm64][cpu][diff]")
{
    const Vectors v = read_vectors();
    REQUIRE(v.memory_sequences.size() >= 50);
    CpuBench b(fine_quantum());
    // MMU on with Normal memory (unaligned accesses allowed, as for the Linux
    // user program on QEMU): 1 GiB blocks, the data RAM EL0-accessible for LDTR/STTR.
    constexpr uint64_t kL1 = kRamBase + 0x400000;
    constexpr uint64_t kBlock = 1 | (1u << 10) | (3u << 8) | (1u << 2);  // AF, inner shareable, Attr1
    b.poke64(kL1 + 0, 0x00000000 | kBlock | (1u << 6));                  // AP = EL0 RW
    b.poke64(kL1 + 8, 0x40000000 | kBlock);
    SysRegs& r = b.s().sys;
    r.mair = 0xFF00;
    // T0SZ = 25, EPD1, IPS = 40 bits, TBI0 (Linux user space runs with top-byte-ignore).
    r.tcr = 25 | (1u << 8) | (1u << 10) | (3u << 12) | (1u << 23) | (2ull << 32) | (1ull << 37);
    r.ttbr0 = kL1;
    r.sctlr |= 1 | (1u << 2) | (1u << 12);
    check_sequences(b, v.memory_sequences, true);
}

TEST_CASE("random data-processing sequences match QEMU", "[arm64][cpu][diff]")
{
    const Vectors v = read_vectors();
    REQUIRE(v.sequences.size() >= 100);
    CpuBench b(fine_quantum());
    check_sequences(b, v.sequences, false);
}

TEST_CASE("encodings QEMU rejects take the Undefined exception", "[arm64][cpu][diff]")
{
    const Vectors v = read_vectors();
    REQUIRE(v.undefined.size() >= 100);
    CpuBench b(fine_quantum());
    const uint64_t code = kRamBase + 0x10000;
    for (size_t i = 0; i < v.undefined.size(); ++i)
        b.load({v.undefined[i], 0x14000000}, code + 8 * i);
    b.load({0x14000000}, kRamBase + 0x200);
    b.s().sys.vbar = kRamBase;
    unsigned mismatches = 0;
    for (size_t i = 0; i < v.undefined.size() && mismatches < 20; ++i) {
        b.s().pc = code + 8 * i;
        b.s().sys.esr = 0;
        b.s().el = 1;
        b.run(sc_time(100, sc_core::SC_NS));
        if (b.s().sys.esr != 0x02000000 || b.s().sys.elr != code + 8 * i) {
            ++mismatches;
            FAIL_CHECK("encoding " << std::hex << v.undefined[i] << " executed (pc " << b.s().pc
                                   << ", esr " << b.s().sys.esr << ")");
        }
    }
    CHECK(mismatches == 0);
}

TEST_CASE("load/store encodings QEMU accepts are not Undefined", "[arm64][cpu][diff]")
{
    const Vectors v = read_vectors();
    REQUIRE(v.valid_ldst.size() >= 100);
    CpuBench b(fine_quantum());
    const uint64_t code = kRamBase + 0x10000;
    for (size_t i = 0; i < v.valid_ldst.size(); ++i)
        b.load({v.valid_ldst[i], 0x14000000}, code + 8 * i);
    b.load({0x14000000}, kRamBase + 0x200);
    b.s().sys.vbar = kRamBase;
    unsigned mismatches = 0;
    for (size_t i = 0; i < v.valid_ldst.size() && mismatches < 20; ++i) {
        for (unsigned r = 0; r < 31; ++r)
            b.s().x[r] = 0;  // as on QEMU: the access itself faults at a low address
        b.s().pc = code + 8 * i;
        b.s().sys.esr = 0;
        b.run(sc_time(100, sc_core::SC_NS));
        if ((b.s().sys.esr >> 26) == 0 && b.s().sys.esr != 0) {
            ++mismatches;
            FAIL_CHECK("encoding " << std::hex << v.valid_ldst[i] << " was Undefined");
        }
    }
    CHECK(mismatches == 0);
}
