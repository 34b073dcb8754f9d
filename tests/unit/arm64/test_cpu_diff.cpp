// Differential test against QEMU: random sequences of data-processing
// instructions (all immediate and register classes) with random initial
// registers and flags, recorded at test-writing time by running them under
// qemu-aarch64 -cpu cortex-a53 (tools/cpu_dp_diff.py). The model must produce the
// same x0..x30 and NZCV, and must take the Undefined exception for the random
// encodings that QEMU rejects.
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
};

struct Vectors {
    std::vector<Sequence> sequences;
    std::vector<uint32_t> undefined;
};

std::string data_path()
{
    std::string here = __FILE__;
    return here.substr(0, here.find_last_of('/')) + "/data/cpu_dp_diff.txt";
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
        if (line[0] == 'U') {
            char u;
            uint32_t w;
            ss >> u >> w;
            v.undefined.push_back(w);
            continue;
        }
        Sequence s;
        std::string tok;
        while (ss >> tok && tok != ";")
            s.words.push_back(uint32_t(std::stoul(tok, nullptr, 16)));
        for (auto& r : s.before)
            ss >> r;
        ss >> tok;
        for (auto& r : s.after)
            ss >> r;
        v.sequences.push_back(s);
    }
    return v;
}

CpuConfig fine_quantum()
{
    CpuConfig c = CpuBench::default_config();
    c.quantum = sc_time(10, sc_core::SC_NS);
    return c;
}

}  // namespace

TEST_CASE("random data-processing sequences match QEMU", "[arm64][cpu][diff]")
{
    const Vectors v = read_vectors();
    REQUIRE(v.sequences.size() >= 100);
    CpuBench b(fine_quantum());
    const uint64_t code = kRamBase + 0x10000;
    for (size_t i = 0; i < v.sequences.size(); ++i) {
        std::vector<uint32_t> words = v.sequences[i].words;
        words.push_back(0x14000000);  // b .
        b.load(words, code + 64 * i);
    }
    b.load({0x14000000}, kRamBase + 0x200);  // exceptions park at the vector
    b.s().sys.vbar = kRamBase;
    unsigned mismatches = 0;
    for (size_t i = 0; i < v.sequences.size() && mismatches < 10; ++i) {
        const Sequence& s = v.sequences[i];
        for (unsigned r = 0; r < 31; ++r)
            b.s().x[r] = s.before[r];
        b.s().nzcv = uint32_t(s.before[31] >> 28);
        b.s().pc = code + 64 * i;
        b.run(sc_time(200, sc_core::SC_NS));
        bool ok = b.s().pc == code + 64 * i + 4 * s.words.size();
        for (unsigned r = 0; r < 31; ++r)
            ok = ok && b.s().x[r] == s.after[r];
        ok = ok && (uint64_t(b.s().nzcv) << 28) == s.after[31];
        if (!ok) {
            ++mismatches;
            std::ostringstream msg;
            msg << std::hex << "sequence " << std::dec << i << std::hex << ":";
            for (uint32_t w : s.words)
                msg << " " << w;
            msg << "\npc " << b.s().pc << " expected " << code + 64 * i + 4 * s.words.size();
            for (unsigned r = 0; r < 31; ++r)
                if (b.s().x[r] != s.after[r])
                    msg << "\nx" << std::dec << r << std::hex << " = " << b.s().x[r]
                        << " expected " << s.after[r];
            msg << "\nnzcv " << (uint64_t(b.s().nzcv) << 28) << " expected " << s.after[31];
            FAIL_CHECK(msg.str());
        }
    }
    CHECK(mismatches == 0);
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
