// Single-instruction vectors: the runner and the vector-file reader (see insn_vectors.h).
#include "insn_vectors.h"

#include <fstream>
#include <map>
#include <sstream>

#include <catch2/catch.hpp>

namespace vp::arm64::test {

namespace {

constexpr uint32_t kBranchSelf = 0x14000000;  // b .
constexpr uint64_t kCodeBase = kRamBase + 0x100000;
constexpr uint64_t kCodeEnd = kRamBase + kRamSize - 0x100000;
constexpr uint64_t kPage = 0x1000;

// A 10 ns quantum: the core stops every 10 instructions, so each short run below starts at the
// pc just set and ends spinning on "b ." (or at the exception vector).
CpuConfig fine_quantum()
{
    CpuConfig c = CpuBench::default_config();
    c.quantum = sc_core::sc_time(10, sc_core::SC_NS);
    return c;
}

// Copies the registers a vector sets and checks between a CpuState and an InsnState.
template <typename To, typename From> void copy_regs(To& to, const From& from)
{
    for (unsigned r = 0; r < 32; ++r)
        to.v[r] = from.v[r];
    for (unsigned r = 0; r < 31; ++r)
        to.x[r] = from.x[r];
    to.nzcv = from.nzcv;
    to.fpcr = from.fpcr;
    to.fpsr = from.fpsr;
}

}  // namespace

InsnRunner::InsnRunner() : b_(fine_quantum()), next_(kCodeBase)
{
    b_.load({kBranchSelf}, kVector);
    b_.s().sys.vbar = kRamBase;
    b_.s().sys.cpacr = 3u << 20;  // CPACR_EL1.FPEN = 0b11: no SIMD&FP trap
}

// Room for `words` words on pages that have not run yet.
uint64_t InsnRunner::alloc(size_t words)
{
    const uint64_t size = 4 * words;
    for (;;) {
        const uint64_t first = next_ & ~(kPage - 1), last = (next_ + size - 1) & ~(kPage - 1);
        bool fresh = true;
        for (uint64_t p = first; p <= last; p += kPage)
            fresh = fresh && !ran_pages_.count(p);
        if (fresh)
            break;
        next_ = first + kPage;
    }
    if (next_ + size > kCodeEnd)
        FAIL("InsnRunner: out of code pages");
    const uint64_t at = next_;
    next_ += size;
    return at;
}

void InsnRunner::place(uint32_t word)
{
    if (slot_.count(word))
        return;
    const uint64_t at = alloc(2);
    b_.load({word, kBranchSelf}, at);
    slot_[word] = at;
}

void InsnRunner::go(uint64_t addr)
{
    for (uint64_t p = addr & ~(kPage - 1); p < ((addr + 64) & ~(kPage - 1)) + kPage; p += kPage)
        ran_pages_.insert(p);  // every page within 64 bytes of addr: decoding may run ahead
    CpuState& s = b_.s();
    s.pc = addr;
    s.sys.esr = 0;
    b_.run(sc_core::sc_time(100, sc_core::SC_NS));
}

InsnResult InsnRunner::run(uint32_t word, const InsnState& in)
{
    place(word);
    InsnResult r;
    r.addr = slot_[word];
    CpuState& s = b_.s();
    copy_regs(s, in);
    go(r.addr);
    copy_regs(r.state, s);
    r.end = s.pc - r.addr;
    r.exception = s.pc == kVector;
    r.esr = s.sys.esr;
    r.elr = s.sys.elr;
    return r;
}

uint64_t InsnRunner::exec(const std::vector<uint32_t>& words)
{
    std::vector<uint32_t> program = words;
    program.push_back(kBranchSelf);
    const uint64_t at = alloc(program.size());
    b_.load(program, at);
    go(at);
    return b_.s().pc - at;
}

// ---- Vector files ---------------------------------------------------------------------------

namespace {

// tests/unit/arm64/data/<file>, by the absolute path CMake gives the family (VP_TEST_DATA_DIR).
std::string data_path(const std::string& file)
{
    return std::string(VP_TEST_DATA_DIR) + "/" + file;
}

uint64_t hex(const std::string& t)
{
    size_t used = 0;
    const uint64_t v = std::stoull(t, &used, 16);
    if (used != t.size())
        throw std::invalid_argument("not a hex number: " + t);
    return v;
}

// Applies one KEY=VALUE token to a state.
void apply_token(InsnState& st, const std::string& tok)
{
    const size_t eq = tok.find('=');
    if (eq == std::string::npos)
        throw std::invalid_argument("expected KEY=VALUE: " + tok);
    const std::string key = tok.substr(0, eq), val = tok.substr(eq + 1);
    if (key == "nzcv") {
        st.nzcv = uint32_t(hex(val));
    } else if (key == "fpcr") {
        st.fpcr = uint32_t(hex(val));
    } else if (key == "fpsr") {
        st.fpsr = uint32_t(hex(val));
    } else if (key[0] == 'x') {
        const unsigned n = unsigned(std::stoul(key.substr(1)));
        if (n > 30)
            throw std::invalid_argument("no such register: " + key);
        st.x[n] = hex(val);
    } else if (key[0] == 'v') {
        const size_t dot = key.find('.');
        const unsigned n = unsigned(std::stoul(key.substr(1, dot - 1)));
        if (n > 31)
            throw std::invalid_argument("no such register: " + key);
        if (dot != std::string::npos) {
            const std::string half = key.substr(dot + 1);
            if (half != "d0" && half != "d1")
                throw std::invalid_argument("bad half: " + key);
            st.v[n].d[half == "d1"] = hex(val);
        } else {
            const size_t colon = val.find(':');
            if (colon == std::string::npos)
                throw std::invalid_argument("expected HI:LO: " + tok);
            st.v[n].d[1] = hex(val.substr(0, colon));
            st.v[n].d[0] = hex(val.substr(colon + 1));
        }
    } else {
        throw std::invalid_argument("unknown key: " + key);
    }
}

InsnCase parse_case(const std::string& line, const std::map<std::string, InsnState>& states)
{
    InsnCase c;
    const size_t bar = line.find(" | ");
    if (bar == std::string::npos)
        throw std::invalid_argument("no ' | ' before the assembler text");
    c.text = line.substr(bar + 3);
    std::istringstream ss(line.substr(0, bar));
    std::string tok;
    ss >> c.group >> tok;
    c.word = uint32_t(hex(tok));
    bool outcome = false;
    while (ss >> tok) {
        if (tok[0] == '@') {
            const auto it = states.find(tok.substr(1));
            if (it == states.end())
                throw std::invalid_argument("unknown state " + tok);
            c.in = it->second;
        } else if (tok == "->") {
            if (!(ss >> tok) || (tok != "ok" && tok != "undef"))
                throw std::invalid_argument("expected ok or undef after ->");
            c.undefined = tok == "undef";
            c.expect = c.in;
            outcome = true;
        } else {
            apply_token(outcome ? c.expect : c.in, tok);
        }
    }
    if (!outcome)
        throw std::invalid_argument("no '-> ok|undef'");
    return c;
}

std::string vreg(const VReg& v)
{
    std::ostringstream o;
    o << std::hex << v.d[1] << ":" << v.d[0];
    return o.str();
}

// The differences between the expected and the actual state, one "name got / want" a line.
std::string diff(const InsnState& got, const InsnState& want)
{
    std::ostringstream o;
    o << std::hex;
    for (unsigned r = 0; r < 32; ++r)
        if (got.v[r].d[0] != want.v[r].d[0] || got.v[r].d[1] != want.v[r].d[1])
            o << "\n  v" << std::dec << r << std::hex << " = " << vreg(got.v[r]) << ", expected "
              << vreg(want.v[r]);
    for (unsigned r = 0; r < 31; ++r)
        if (got.x[r] != want.x[r])
            o << "\n  x" << std::dec << r << std::hex << " = " << got.x[r] << ", expected "
              << want.x[r];
    if (got.nzcv != want.nzcv)
        o << "\n  nzcv = " << got.nzcv << ", expected " << want.nzcv;
    if (got.fpsr != want.fpsr)
        o << "\n  fpsr = " << got.fpsr << ", expected " << want.fpsr;
    return o.str();
}

}  // namespace

std::vector<InsnCase> read_insn_cases(const std::string& file, const std::string& group)
{
    const std::string path = data_path(file);
    std::ifstream in(path);
    INFO("vector file " << path);
    REQUIRE(in.good());
    std::map<std::string, InsnState> states;
    std::vector<InsnCase> cases;
    std::string line;
    for (unsigned n = 1; std::getline(in, line); ++n) {
        if (line.empty() || line[0] == '#')
            continue;
        try {
            if (line.compare(0, 6, "state ") == 0) {
                std::istringstream ss(line.substr(6));
                std::string name, tok;
                ss >> name;
                InsnState st;
                while (ss >> tok)
                    apply_token(st, tok);
                states[name] = st;
                continue;
            }
            InsnCase c = parse_case(line, states);
            c.line = n;
            if (group.empty() || c.group == group)
                cases.push_back(std::move(c));
        } catch (const std::exception& e) {
            FAIL(path << ":" << n << ": " << e.what());
        }
    }
    return cases;
}

std::string check_insn_cases(InsnRunner& r, const std::vector<InsnCase>& cases,
                             unsigned max_reported)
{
    for (const InsnCase& c : cases)
        r.place(c.word);
    std::ostringstream msg;
    unsigned mismatches = 0;
    for (const InsnCase& c : cases) {
        const InsnResult res = r.run(c.word, c.in);
        std::string why;
        if (c.undefined) {
            if (!res.exception || (res.esr >> 26) != 0 || res.elr != res.addr)
                why = "\n  expected the Undefined exception";
        } else if (res.exception || res.end != 4) {
            why = "\n  did not complete";
        }
        if (why.empty())
            why = diff(res.state, c.expect);
        if (why.empty())
            continue;
        if (++mismatches > max_reported)
            continue;
        msg << std::hex << "line " << std::dec << c.line << std::hex << ": " << c.group << " "
            << c.word << " " << c.text << " (end pc+" << res.end << ", esr " << res.esr << ")"
            << why << "\n";
    }
    if (mismatches > max_reported)
        msg << std::dec << "... " << mismatches << " mismatching cases in all\n";
    return msg.str();
}

void check_insn_group(InsnRunner& r, const std::string& file, const std::string& group,
                      size_t count)
{
    const std::vector<InsnCase> cases = read_insn_cases(file, group);
    INFO(file << " group " << group);
    REQUIRE(cases.size() == count);
    const std::string mismatches = check_insn_cases(r, cases);
    INFO(mismatches);
    CHECK(mismatches.empty());
}

void check_insn_group(const std::string& file, const std::string& group, size_t count)
{
    InsnRunner r;
    check_insn_group(r, file, group, count);
}

}  // namespace vp::arm64::test
