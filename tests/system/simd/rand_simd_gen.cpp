// Random SIMD&FP, crypto and CRC32 instruction sequences for the QEMU-vs-virt64
// differential test (tests/system/simd). Emits GNU assembler source: per
// sequence, a table of initial V0-V31, x0-x15, FPCR and NZCV (biased towards
// special values: signed zeros, infinities, quiet and signalling NaNs with
// payloads, denormals, the edges of every conversion range, integers at
// saturation limits) and a function that loads them, clears FPSR, runs the
// random instructions and stores V0-V31, x0-x15, x26, x27, FPSR, FPCR and NZCV
// into simd_dump. simd_harness.c runs the functions in order and prints them.
//
// Only ARMv8.0 encodings a Cortex-A53 with crypto implements, and only forms
// whose result is architecturally defined (no LDP with Vt == Vt2, no FP16
// arithmetic). Instructions are assembler text, so GNU as is the encoder.
// Register use: x28 = scratch base (scratch + 2048, never written), x26 =
// address register for writeback forms, x27 = post-index/offset register,
// both set right before use; x0-x15 are the general operands.
//
// Usage: rand_simd_gen SEED COUNT LENGTH GROUPS OUT.S OUT.lst [PREFIX_OF]
// GROUPS is "all" or a comma list of fpscalar, simdint, simdmove, simdfp,
// ldst, crypto, raw (random words of the SIMD&FP data-processing space),
// rawldst (random SIMD&FP load/store words kept inside the scratch buffer);
// the raw groups are not part of "all". With PREFIX_OF = n, the output holds
// LENGTH + 1 sequences: the prefixes of sequence n with 0..LENGTH
// instructions (same initial state), which is how simd_diff.py finds the
// first instruction that differs.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

enum Group : unsigned {
    kFpScalar = 1,
    kSimdInt = 2,
    kSimdMove = 4,
    kSimdFp = 8,
    kLdst = 16,
    kCrypto = 32,
    kAllGroups = 63,
    kRaw = 64,      // random words of the SIMD&FP data-processing space (not in "all")
    kRawLdst = 128, // random SIMD&FP load/store words based on x26 (not in "all")
};

// Vector arrangements: element size e (0 = B ... 3 = D) and Q. A mask holds
// bit 2e+Q for each allowed arrangement.
constexpr unsigned kB = 0x03, kH = 0x0C, kS = 0x30, k1D = 0x40, k2D = 0x80;
constexpr unsigned kBHS = kB | kH | kS, kAllNo1D = kBHS | k2D, kHS = kH | kS, kFpArr = kS | k2D;

const char* arr(unsigned e, bool q)
{
    static const char* n[4][2] = {{"8b", "16b"}, {"4h", "8h"}, {"2s", "4s"}, {"1d", "2d"}};
    return n[e][q];
}
const char kEl[] = "bhsdq";

// One random instruction, possibly with the setup lines it needs (address
// register set-up); the unit of bisection.
using Unit = std::vector<std::string>;

struct Sequence {
    uint64_t v[32][2];
    uint64_t x[16];
    uint64_t fpcr, nzcv;
    std::vector<Unit> body;
};

class Generator {
public:
    Generator(uint64_t seed, unsigned groups)
        : m_rng(seed)
        , m_groups(groups)
    {
    }

    Sequence sequence(unsigned length)
    {
        Sequence s;
        for (auto& v : s.v)
            vreg_value(v);
        for (auto& x : s.x)
            s_x(x);
        s.fpcr = fpcr();
        s.nzcv = uint64_t(pick(16)) << 28;
        m_vpool = coin() ? 32 : 8;
        while (s.body.size() < length) {
            Unit u;
            emit(u);
            if (!u.empty())
                s.body.push_back(u);
        }
        return s;
    }

private:
    std::mt19937_64 m_rng;
    unsigned m_groups;
    unsigned m_vpool = 32;

    unsigned pick(unsigned n) { return static_cast<unsigned>(m_rng() % n); }
    bool coin() { return pick(2) != 0; }
    // V registers: all 32, or (every other sequence) V0-V7 only, so that
    // results feed later instructions more often (NaNs, infinities and
    // saturated values produced by one instruction become inputs).
    unsigned vr() { return pick(m_vpool); }
    // General operand registers x0-x15 (x16/x17 are used by the prologue).
    unsigned xr() { return pick(16); }
    static std::string hex(uint64_t v)
    {
        char b[24];
        std::snprintf(b, sizeof b, "0x%llx", static_cast<unsigned long long>(v));
        return b;
    }
    static std::string num(long v) { return std::to_string(v); }
    static std::string v(unsigned r, unsigned e, bool q) { return "v" + num(r) + "." + arr(e, q); }
    static std::string sc(unsigned r, unsigned e) { return std::string(1, kEl[e]) + num(r); }
    static std::string el(unsigned r, unsigned e, unsigned i)
    {
        return "v" + num(r) + "." + kEl[e] + "[" + num(i) + "]";
    }
    static std::string gpr(unsigned r, bool x) { return (x ? "x" : "w") + num(r); }
    std::string cond()
    {
        static const char* c[] = {"eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc", "hi", "ls", "ge",
            "lt", "gt", "le", "al", "nv"};
        return c[pick(16)];
    }
    // A random arrangement from a mask.
    void arrangement(unsigned mask, unsigned& e, bool& q)
    {
        unsigned b;
        do
            b = pick(8);
        while (!(mask & (1u << b)));
        e = b / 2;
        q = b & 1;
    }
    const char* pickname(std::initializer_list<const char*> names)
    {
        return names.begin()[pick(static_cast<unsigned>(names.size()))];
    }

    // ---------------------------------------------------------------- values

    // An FP value of a format with `ebits` exponent and `mbits` fraction bits,
    // biased towards the special and boundary values.
    uint64_t fp_special(unsigned ebits, unsigned mbits)
    {
        const uint64_t bias = (1ull << (ebits - 1)) - 1, emax = (1ull << ebits) - 1;
        const uint64_t mmask = (1ull << mbits) - 1;
        const uint64_t sign = uint64_t(coin()) << (ebits + mbits);
        auto make = [&](uint64_t e, uint64_t m) { return sign | (e << mbits) | (m & mmask); };
        auto rmant = [&] { return m_rng() & mmask; };
        switch (pick(18)) {
        case 0:
            return make(0, 0);  // zero
        case 1:
            return make(emax, 0);  // infinity
        case 2:                    // quiet NaN with a payload (or the default NaN)
            return make(emax, (1ull << (mbits - 1)) | (coin() ? rmant() : 0));
        case 3: {  // signalling NaN with a non-zero payload
            uint64_t m = rmant() & (mmask >> 1);
            return make(emax, m ? m : 1);
        }
        case 4:  // denormals: smallest, largest, random
            return make(0, pick(3) == 0 ? 1 : pick(2) == 0 ? mmask : rmant());
        case 5:  // smallest and largest normal
            return coin() ? make(1, pick(2) ? 0 : rmant())
                          : make(emax - 1, coin() ? mmask : rmant());
        case 6: {  // small integers and halves (rounding ties)
            int n = static_cast<int>(pick(9));
            uint64_t e = bias + pick(4);
            uint64_t m = (uint64_t(n) << (mbits - 3)) & mmask;
            return make(e, pick(3) == 0 ? (1ull << (mbits - 1)) : m);
        }
        case 7:
        case 8: {  // edges of integer/fixed-point conversion ranges: 2^k, 2^k - ulp, 2^k + ulp
            static const unsigned ks[] = {0, 1, 7, 8, 15, 16, 31, 32, 52, 53, 63, 64, 65};
            unsigned k = ks[pick(sizeof ks / sizeof ks[0])];
            if (k + 1 >= bias)
                k = pick(unsigned(bias));
            switch (pick(3)) {
            case 0:
                return make(bias + k, 0);
            case 1:
                return make(bias + k - 1, mmask);
            default:
                return make(bias + k, 1);
            }
        }
        case 9: {  // edges of the narrower formats (FCVT, FCVTN, FCVTXN)
            if (ebits < 8)
                return make(pick(unsigned(emax)), rmant());
            // binary32 edges (only in binary64) and binary16 edges.
            static const int edges[]
                = {15, 16, -14, -15, -24, -25, 127, 128, -126, -127, -149, -150};
            int k = edges[pick(ebits == 11 ? 12 : 6)];
            uint64_t e = uint64_t(int64_t(bias) + k);
            uint64_t m;
            switch (pick(4)) {
            case 0:
                m = 0;
                break;
            case 1:
                m = mmask;
                break;
            case 2:  // exactly half an ulp of binary32 / binary16 (a tie)
                m = (rmant() & ~((1ull << (mbits - 10)) - 1))
                    | (1ull << (mbits - (ebits == 11 && coin() ? 24 : 11)));
                break;
            default:
                m = rmant();
            }
            return make(e, m);
        }
        case 10:
        case 11: {  // ordinary numbers near 1
            uint64_t e = bias - 8 + pick(17);
            return make(e, rmant());
        }
        case 12:  // exactly representable with few fraction bits
            return make(bias - 4 + pick(12), rmant() & ~(mmask >> 4));
        default:  // any bit pattern
            return ebits + mbits == 63 ? m_rng() : m_rng() & ((1ull << (ebits + mbits + 1)) - 1);
        }
    }
    uint64_t int_special(unsigned bits)
    {
        const uint64_t mask = bits == 64 ? ~0ull : (1ull << bits) - 1;
        const uint64_t top = 1ull << (bits - 1);
        switch (pick(12)) {
        case 0:
            return 0;
        case 1:
            return 1;
        case 2:
            return mask;  // -1
        case 3:
            return top;  // signed minimum
        case 4:
            return top - 1;  // signed maximum
        case 5:
            return top + 1;
        case 6:
            return mask - 1;
        case 7:
            return pick(32);
        case 8:
            return (0 - uint64_t(pick(32))) & mask;
        case 9:
            return top >> pick(bits);
        default:
            return m_rng() & mask;
        }
    }
    // A V register's initial value: lanes of one kind (binary64, binary32,
    // binary16, integers of one size) or random bits.
    void vreg_value(uint64_t out[2])
    {
        uint8_t b[16];
        const unsigned kind = pick(8);
        unsigned size = kind == 0 || kind == 1 ? 8
            : kind == 2 || kind == 3           ? 4
            : kind == 4                        ? 2
                                               : 1u << pick(4);
        for (unsigned i = 0; i < 16; i += size) {
            uint64_t x;
            if (kind == 7)
                x = m_rng();
            else if (kind <= 1)
                x = fp_special(11, 52);
            else if (kind <= 3)
                x = fp_special(8, 23);
            else if (kind == 4)
                x = fp_special(5, 10);
            else
                x = int_special(size * 8);
            std::memcpy(b + i, &x, size);
        }
        std::memcpy(out, b, 16);
    }
    // A general register's initial value: integers at the edges, binary64 or
    // binary32 special values (for FMOV general), or random bits.
    void s_x(uint64_t& x)
    {
        switch (pick(6)) {
        case 4:
            x = fp_special(11, 52);
            break;
        case 5:
            x = fp_special(8, 23);
            break;
        case 0:
            x = int_special(64);
            break;
        case 1:
            x = int_special(32);
            break;
        case 2:
            x = (uint64_t)(int64_t)(int32_t)int_special(32);
            break;
        default:
            x = m_rng();
        }
    }
    uint64_t fpcr()
    {
        uint64_t f = 0;
        if (coin())
            f |= uint64_t(pick(4)) << 22;  // RMode
        if (pick(3) == 0)
            f |= 1u << 24;  // FZ
        if (pick(3) == 0)
            f |= 1u << 25;  // DN
        if (pick(4) == 0)
            f |= 1u << 26;  // AHP
        return f;
    }
    // An FMOV immediate: +-n/16 * 2^r, n = 16..31, r = -3..4 (VFPExpandImm).
    std::string fp_imm()
    {
        double d = (16 + pick(16)) / 16.0;
        int r = static_cast<int>(pick(8)) - 3;
        for (; r > 0; r--)
            d *= 2;
        for (; r < 0; r++)
            d /= 2;
        if (coin())
            d = -d;
        char b[32];
        std::snprintf(b, sizeof b, "%.10g", d);
        return b;
    }

    // ---------------------------------------------------------------- groups

    void emit(Unit& u)
    {
        static const unsigned groups[] = {kFpScalar, kFpScalar, kSimdInt, kSimdInt, kSimdMove,
            kSimdFp, kSimdFp, kLdst, kCrypto, kRaw, kRawLdst};
        unsigned g;
        do
            g = groups[pick(sizeof groups / sizeof groups[0])];
        while (!(m_groups & g));
        std::ostringstream s;
        switch (g) {
        case kFpScalar:
            fp_scalar(s);
            break;
        case kSimdInt:
            simd_int(s);
            break;
        case kSimdMove:
            simd_move(s);
            break;
        case kSimdFp:
            simd_fp(s);
            break;
        case kLdst:
            ldst(u, s);
            break;
        case kRaw:
            s << ".inst " << hex(raw_word());
            break;
        case kRawLdst:
            u.push_back("add x26, x28, #" + num(pick(3900)));
            u.push_back("mov x27, #" + num(pick(128)));
            s << ".inst " << hex(raw_ldst_word());
            break;
        default:
            crypto(s);
            break;
        }
        u.push_back(s.str());
    }

    // Scalar floating point (DDI 0487 C7.2, the scalar FP groups of C4.1.6).
    void fp_scalar(std::ostringstream& s)
    {
        const unsigned e = 2 + pick(2);  // S or D
        const unsigned d = vr(), n = vr(), m = vr(), a = vr();
        switch (pick(12)) {
        case 0:
        case 1:  // two sources
            s << pickname(
                {"fadd", "fsub", "fmul", "fdiv", "fmax", "fmin", "fmaxnm", "fminnm", "fnmul"})
              << " " << sc(d, e) << ", " << sc(n, e) << ", " << sc(m, e);
            break;
        case 2:  // fused multiply-add
            s << pickname({"fmadd", "fmsub", "fnmadd", "fnmsub"}) << " " << sc(d, e) << ", "
              << sc(n, e) << ", " << sc(m, e) << ", " << sc(a, e);
            break;
        case 3:  // one source
            s << pickname({"fmov", "fabs", "fneg", "fsqrt", "frintn", "frintp", "frintm", "frintz",
                "frinta", "frintx", "frinti"})
              << " " << sc(d, e) << ", " << sc(n, e);
            break;
        case 4: {  // precision conversion, incl. half precision
            static const unsigned pairs[][2] = {{3, 2}, {2, 3}, {1, 2}, {1, 3}, {2, 1}, {3, 1}};
            const auto& p = pairs[pick(6)];
            s << "fcvt " << sc(d, p[0]) << ", " << sc(n, p[1]);
            break;
        }
        case 5:  // compare
            s << (coin() ? "fcmp " : "fcmpe ") << sc(n, e) << ", ";
            if (pick(4) == 0)
                s << "#0.0";
            else
                s << sc(m, e);
            break;
        case 6:
            s << (coin() ? "fccmp " : "fccmpe ") << sc(n, e) << ", " << sc(m, e) << ", #"
              << pick(16) << ", " << cond();
            break;
        case 7:
            if (coin())
                s << "fcsel " << sc(d, e) << ", " << sc(n, e) << ", " << sc(m, e) << ", " << cond();
            else
                s << "fmov " << sc(d, e) << ", #" << fp_imm();
            break;
        case 8:
        case 9: {  // FP -> integer (rounding modes, fixed point)
            const bool x = coin();
            if (pick(3) == 0) {
                s << (coin() ? "fcvtzs " : "fcvtzu ") << gpr(xr(), x) << ", " << sc(n, e) << ", #"
                  << 1 + pick(x ? 64 : 32);
            } else {
                s << pickname({"fcvtns", "fcvtnu", "fcvtps", "fcvtpu", "fcvtms", "fcvtmu", "fcvtzs",
                    "fcvtzu", "fcvtas", "fcvtau"})
                  << " " << gpr(xr(), x) << ", " << sc(n, e);
            }
            break;
        }
        case 10: {  // integer -> FP
            const bool x = coin();
            s << (coin() ? "scvtf " : "ucvtf ") << sc(d, e) << ", " << gpr(xr(), x);
            if (pick(3) == 0)
                s << ", #" << 1 + pick(x ? 64 : 32);
            break;
        }
        default:  // FMOV (general), and now and then FPCR/FPSR accesses
            if (pick(8) == 0) {
                switch (pick(4)) {
                case 0:  // any value: RMode/FZ/DN/AHP change, RES0 bits must read as 0
                    s << "msr fpcr, " << gpr(xr(), true);
                    break;
                case 1:
                    s << "msr fpsr, " << gpr(xr(), true);
                    break;
                default:
                    s << "mrs " << gpr(xr(), true) << (coin() ? ", fpcr" : ", fpsr");
                    break;
                }
                break;
            }
            switch (pick(6)) {
            case 0:
                s << "fmov " << sc(d, 2) << ", " << gpr(xr(), false);
                break;
            case 1:
                s << "fmov " << gpr(xr(), false) << ", " << sc(n, 2);
                break;
            case 2:
                s << "fmov " << sc(d, 3) << ", " << gpr(xr(), true);
                break;
            case 3:
                s << "fmov " << gpr(xr(), true) << ", " << sc(n, 3);
                break;
            case 4:
                s << "fmov v" << d << ".d[1], " << gpr(xr(), true);
                break;
            default:
                s << "fmov " << gpr(xr(), true) << ", v" << n << ".d[1]";
                break;
            }
            break;
        }
    }

    // AdvSIMD integer: three same/different, two-register misc, across
    // lanes, by element, vector and scalar (C4.1.6).
    void simd_int(std::ostringstream& s)
    {
        const unsigned d = vr(), n = vr(), m = vr();
        unsigned e;
        bool q;
        switch (pick(16)) {
        case 0:
        case 1: {  // three same
            const char* op;
            unsigned mask;
            switch (pick(4)) {
            case 0:
                op = pickname({"add", "sub", "cmeq", "cmgt", "cmge", "cmhi", "cmhs", "cmtst",
                    "sqadd", "uqadd", "sqsub", "uqsub", "sshl", "ushl", "srshl", "urshl", "sqshl",
                    "uqshl", "sqrshl", "uqrshl", "addp"});
                mask = kAllNo1D;
                break;
            case 1:
                op = pickname({"mul", "mla", "mls", "shadd", "uhadd", "srhadd", "urhadd", "shsub",
                    "uhsub", "smax", "umax", "smin", "umin", "smaxp", "umaxp", "sminp", "uminp",
                    "sabd", "uabd", "saba", "uaba"});
                mask = kBHS;
                break;
            case 2:
                op = pickname({"sqdmulh", "sqrdmulh"});
                mask = kHS;
                break;
            default:
                op = pickname({"and", "bic", "orr", "orn", "eor", "bsl", "bit", "bif", "pmul"});
                mask = kB;
                break;
            }
            arrangement(mask, e, q);
            s << op << " " << v(d, e, q) << ", " << v(n, e, q) << ", " << v(m, e, q);
            break;
        }
        case 2: {  // scalar three same
            const char* op;
            switch (pick(3)) {
            case 0:
                op = pickname({"add", "sub", "cmeq", "cmgt", "cmge", "cmhi", "cmhs", "cmtst",
                    "sshl", "ushl", "srshl", "urshl"});
                e = 3;
                break;
            case 1:
                op = pickname(
                    {"sqadd", "uqadd", "sqsub", "uqsub", "sqshl", "uqshl", "sqrshl", "uqrshl"});
                e = pick(4);
                break;
            default:
                op = pickname({"sqdmulh", "sqrdmulh"});
                e = 1 + pick(2);
                break;
            }
            s << op << " " << sc(d, e) << ", " << sc(n, e) << ", " << sc(m, e);
            break;
        }
        case 3:
        case 4: {  // three different: long, wide, narrow
            q = coin();
            switch (pick(4)) {
            case 0:
            case 1: {
                const char* op;
                if (pick(5) == 0) {
                    op = "pmull";
                    e = coin() ? 0 : 3;
                } else if (pick(4) == 0) {
                    op = pickname({"sqdmlal", "sqdmlsl", "sqdmull"});
                    e = 1 + pick(2);
                } else {
                    op = pickname({"saddl", "uaddl", "ssubl", "usubl", "sabal", "uabal", "sabdl",
                        "uabdl", "smlal", "umlal", "smlsl", "umlsl", "smull", "umull"});
                    e = pick(3);
                }
                s << op << (q ? "2 " : " ") << (e == 3 ? "v" + num(d) + ".1q" : v(d, e + 1, true))
                  << ", " << v(n, e, q) << ", " << v(m, e, q);
                break;
            }
            case 2:
                e = pick(3);
                s << pickname({"saddw", "uaddw", "ssubw", "usubw"}) << (q ? "2 " : " ")
                  << v(d, e + 1, true) << ", " << v(n, e + 1, true) << ", " << v(m, e, q);
                break;
            default:
                e = pick(3);
                s << pickname({"addhn", "raddhn", "subhn", "rsubhn"}) << (q ? "2 " : " ")
                  << v(d, e, q) << ", " << v(n, e + 1, true) << ", " << v(m, e + 1, true);
                break;
            }
            break;
        }
        case 5:  // scalar three different
            e = 1 + pick(2);
            s << pickname({"sqdmlal", "sqdmlsl", "sqdmull"}) << " " << sc(d, e + 1) << ", "
              << sc(n, e) << ", " << sc(m, e);
            break;
        case 6:
        case 7: {  // two-register misc
            switch (pick(6)) {
            case 0: {
                static const struct {
                    const char* op;
                    unsigned mask;
                } f[] = {{"rev64", kBHS}, {"rev32", kB | kH}, {"rev16", kB}, {"cls", kBHS},
                    {"clz", kBHS}, {"cnt", kB}, {"not", kB}, {"rbit", kB}};
                const auto& x = f[pick(8)];
                arrangement(x.mask, e, q);
                s << x.op << " " << v(d, e, q) << ", " << v(n, e, q);
                break;
            }
            case 1:
                arrangement(kAllNo1D, e, q);
                s << pickname({"abs", "neg", "sqabs", "sqneg", "suqadd", "usqadd"}) << " "
                  << v(d, e, q) << ", " << v(n, e, q);
                break;
            case 2:
                arrangement(kAllNo1D, e, q);
                s << pickname({"cmgt", "cmeq", "cmlt", "cmge", "cmle"}) << " " << v(d, e, q) << ", "
                  << v(n, e, q) << ", #0";
                break;
            case 3:
                arrangement(kBHS, e, q);
                s << pickname({"saddlp", "uaddlp", "sadalp", "uadalp"}) << " " << v(d, e + 1, q)
                  << ", " << v(n, e, q);
                break;
            case 4:
                e = pick(3);
                q = coin();
                s << pickname({"xtn", "sqxtn", "uqxtn", "sqxtun"}) << (q ? "2 " : " ") << v(d, e, q)
                  << ", " << v(n, e + 1, true);
                break;
            default:
                e = pick(3);
                q = coin();
                s << (q ? "shll2 " : "shll ") << v(d, e + 1, true) << ", " << v(n, e, q) << ", #"
                  << (8u << e);
                break;
            }
            break;
        }
        case 8: {  // scalar two-register misc
            switch (pick(4)) {
            case 0:
                s << pickname({"abs", "neg"}) << " " << sc(d, 3) << ", " << sc(n, 3);
                break;
            case 1:
                e = pick(4);
                s << pickname({"sqabs", "sqneg", "suqadd", "usqadd"}) << " " << sc(d, e) << ", "
                  << sc(n, e);
                break;
            case 2:
                s << pickname({"cmgt", "cmeq", "cmlt", "cmge", "cmle"}) << " " << sc(d, 3) << ", "
                  << sc(n, 3) << ", #0";
                break;
            default:
                e = pick(3);
                s << pickname({"sqxtn", "uqxtn", "sqxtun"}) << " " << sc(d, e) << ", "
                  << sc(n, e + 1);
                break;
            }
            break;
        }
        case 9:
        case 10: {  // across lanes
            do
                arrangement(kBHS, e, q);
            while (e == 2 && !q);  // no 2S form
            if (coin())
                s << pickname({"addv", "smaxv", "umaxv", "sminv", "uminv"}) << " " << sc(d, e)
                  << ", " << v(n, e, q);
            else
                s << pickname({"saddlv", "uaddlv"}) << " " << sc(d, e + 1) << ", " << v(n, e, q);
            break;
        }
        case 11:
        case 12:
        case 13: {  // by element
            e = 1 + pick(2);
            q = coin();
            const unsigned mm = e == 1 ? pick(16) : m, idx = pick(e == 1 ? 8 : 4);
            switch (pick(3)) {
            case 0:
                s << pickname({"mul", "mla", "mls", "sqdmulh", "sqrdmulh"}) << " " << v(d, e, q)
                  << ", " << v(n, e, q) << ", " << el(mm, e, idx);
                break;
            case 1:
                s << pickname({"smull", "umull", "smlal", "umlal", "smlsl", "umlsl", "sqdmull",
                    "sqdmlal", "sqdmlsl"})
                  << (q ? "2 " : " ") << v(d, e + 1, true) << ", " << v(n, e, q) << ", "
                  << el(mm, e, idx);
                break;
            default:  // scalar
                if (coin())
                    s << pickname({"sqdmulh", "sqrdmulh"}) << " " << sc(d, e) << ", " << sc(n, e)
                      << ", " << el(mm, e, idx);
                else
                    s << pickname({"sqdmull", "sqdmlal", "sqdmlsl"}) << " " << sc(d, e + 1) << ", "
                      << sc(n, e) << ", " << el(mm, e, idx);
                break;
            }
            break;
        }
        default:  // polynomial multiply long (crypto PMULL as well)
            q = coin();
            e = coin() ? 0 : 3;
            s << (q ? "pmull2 " : "pmull ") << (e == 3 ? "v" + num(d) + ".1q" : v(d, 1, true))
              << ", " << v(n, e, q) << ", " << v(m, e, q);
            break;
        }
    }

    // Copy, modified immediate, shift by immediate, permute, EXT, TBL/TBX,
    // scalar ADDP.
    void simd_move(std::ostringstream& s)
    {
        const unsigned d = vr(), n = vr(), m = vr();
        unsigned e;
        bool q;
        switch (pick(14)) {
        case 0:
        case 1: {  // copy
            e = pick(4);
            const unsigned lanes = 16u >> e;
            switch (pick(7)) {
            case 0:
                arrangement(e == 3 ? k2D : (3u << (2 * e)), e, q);
                s << "dup " << v(d, e, q) << ", " << el(n, e, pick(lanes));
                break;
            case 1:
                arrangement(e == 3 ? k2D : (3u << (2 * e)), e, q);
                s << "dup " << v(d, e, q) << ", " << gpr(xr(), e == 3);
                break;
            case 2:
                s << "ins " << el(d, e, pick(lanes)) << ", " << el(n, e, pick(lanes));
                break;
            case 3:
                s << "ins " << el(d, e, pick(lanes)) << ", " << gpr(xr(), e == 3);
                break;
            case 4:
                s << "umov " << gpr(xr(), e == 3) << ", " << el(n, e, pick(lanes));
                break;
            case 5:
                e = pick(3);
                s << "smov " << gpr(xr(), e == 2 ? true : coin()) << ", "
                  << el(n, e, pick(16u >> e));
                break;
            default:
                s << "dup " << sc(d, e) << ", " << el(n, e, pick(lanes));
                break;
            }
            break;
        }
        case 2:
        case 3:
            mod_imm(s, d);
            break;
        case 4:
        case 5:
        case 6: {  // shift by immediate, vector
            arrangement(kAllNo1D, e, q);
            const unsigned bits = 8u << e;
            switch (pick(4)) {
            case 0:
                s << pickname(
                    {"sshr", "ushr", "ssra", "usra", "srshr", "urshr", "srsra", "ursra", "sri"})
                  << " " << v(d, e, q) << ", " << v(n, e, q) << ", #" << 1 + pick(bits);
                break;
            case 1:
                s << pickname({"shl", "sli", "sqshl", "uqshl", "sqshlu"}) << " " << v(d, e, q)
                  << ", " << v(n, e, q) << ", #" << pick(bits);
                break;
            case 2:
                e = pick(3);
                s << pickname({"shrn", "rshrn", "sqshrn", "sqrshrn", "uqshrn", "uqrshrn", "sqshrun",
                    "sqrshrun"})
                  << (q ? "2 " : " ") << v(d, e, q) << ", " << v(n, e + 1, true) << ", #"
                  << 1 + pick(8u << e);
                break;
            default:
                e = pick(3);
                s << (coin() ? "sshll" : "ushll") << (q ? "2 " : " ") << v(d, e + 1, true) << ", "
                  << v(n, e, q) << ", #" << pick(8u << e);
                break;
            }
            break;
        }
        case 7: {  // shift by immediate, scalar
            switch (pick(4)) {
            case 0:
                s << pickname(
                    {"sshr", "ushr", "ssra", "usra", "srshr", "urshr", "srsra", "ursra", "sri"})
                  << " " << sc(d, 3) << ", " << sc(n, 3) << ", #" << 1 + pick(64);
                break;
            case 1:
                s << pickname({"shl", "sli"}) << " " << sc(d, 3) << ", " << sc(n, 3) << ", #"
                  << pick(64);
                break;
            case 2:
                e = pick(4);
                s << pickname({"sqshl", "uqshl", "sqshlu"}) << " " << sc(d, e) << ", " << sc(n, e)
                  << ", #" << pick(8u << e);
                break;
            default:
                e = pick(3);
                s << pickname({"sqshrn", "sqrshrn", "uqshrn", "uqrshrn", "sqshrun", "sqrshrun"})
                  << " " << sc(d, e) << ", " << sc(n, e + 1) << ", #" << 1 + pick(8u << e);
                break;
            }
            break;
        }
        case 8:
        case 9:  // permute
            arrangement(kAllNo1D, e, q);
            s << pickname({"zip1", "zip2", "uzp1", "uzp2", "trn1", "trn2"}) << " " << v(d, e, q)
              << ", " << v(n, e, q) << ", " << v(m, e, q);
            break;
        case 10:
            q = coin();
            s << "ext " << v(d, 0, q) << ", " << v(n, 0, q) << ", " << v(m, 0, q) << ", #"
              << pick(q ? 16 : 8);
            break;
        case 11:
        case 12: {  // table lookup, 1-4 consecutive table registers (wrapping)
            q = coin();
            const unsigned len = 1 + pick(4);
            s << (coin() ? "tbl " : "tbx ") << v(d, 0, q) << ", {";
            for (unsigned i = 0; i < len; i++)
                s << (i ? ", " : "") << v((n + i) % 32, 0, true);
            s << "}, " << v(m, 0, q);
            break;
        }
        default:
            s << "addp " << sc(d, 3) << ", " << v(n, 3, true);
            break;
        }
    }

    // Modified immediate (C4.1.6 "AdvSIMD modified immediate").
    void mod_imm(std::ostringstream& s, unsigned d)
    {
        const unsigned imm8 = pick(256);
        const bool q = coin();
        switch (pick(8)) {
        case 0:
            s << "movi " << v(d, 0, q) << ", #" << hex(imm8);
            break;
        case 1:
        case 2: {
            const bool h = coin();
            s << pickname({"movi", "mvni", "orr", "bic"}) << " " << v(d, h ? 1 : 2, q) << ", #"
              << hex(imm8) << ", lsl #" << 8 * pick(h ? 2 : 4);
            break;
        }
        case 3:
            s << (coin() ? "movi " : "mvni ") << v(d, 2, q) << ", #" << hex(imm8) << ", msl #"
              << (coin() ? 8 : 16);
            break;
        case 4:
        case 5: {
            uint64_t mask = 0;
            for (unsigned i = 0; i < 8; i++)
                if (imm8 & (1u << i))
                    mask |= 0xffull << (8 * i);
            if (coin())
                s << "movi " << sc(d, 3) << ", #" << hex(mask);
            else
                s << "movi v" << d << ".2d, #" << hex(mask);
            break;
        }
        default: {
            unsigned e = coin() ? 3 : 2;
            s << "fmov " << v(d, e, e == 3 ? true : q) << ", #" << fp_imm();
            break;
        }
        }
    }

    // AdvSIMD floating point, vector and scalar.
    void simd_fp(std::ostringstream& s)
    {
        const unsigned d = vr(), n = vr(), m = vr();
        unsigned e;
        bool q;
        arrangement(kFpArr, e, q);
        const unsigned se = 2 + pick(2);
        switch (pick(16)) {
        case 0:
        case 1:
        case 2:  // three same
            s << pickname({"fadd", "fsub", "fmul", "fdiv", "fmax", "fmin", "fmaxnm", "fminnm",
                "fmla", "fmls", "fabd", "fmulx", "frecps", "frsqrts", "fcmeq", "fcmge", "fcmgt",
                "facge", "facgt", "faddp", "fmaxp", "fminp", "fmaxnmp", "fminnmp"})
              << " " << v(d, e, q) << ", " << v(n, e, q) << ", " << v(m, e, q);
            break;
        case 3:  // scalar three same
            s << pickname(
                {"fabd", "fmulx", "frecps", "frsqrts", "fcmeq", "fcmge", "fcmgt", "facge", "facgt"})
              << " " << sc(d, se) << ", " << sc(n, se) << ", " << sc(m, se);
            break;
        case 4:
        case 5:
        case 6:  // two-register misc
            switch (pick(5)) {
            case 0:
            case 1:
                s << pickname({"fabs", "fneg", "fsqrt", "frintn", "frintp", "frintm", "frintz",
                    "frinta", "frintx", "frinti", "fcvtns", "fcvtnu", "fcvtps", "fcvtpu", "fcvtms",
                    "fcvtmu", "fcvtzs", "fcvtzu", "fcvtas", "fcvtau", "scvtf", "ucvtf", "frecpe",
                    "frsqrte"})
                  << " " << v(d, e, q) << ", " << v(n, e, q);
                break;
            case 2:
                s << pickname({"fcmgt", "fcmge", "fcmeq", "fcmle", "fcmlt"}) << " " << v(d, e, q)
                  << ", " << v(n, e, q) << ", #0.0";
                break;
            case 3:
                s << pickname({"urecpe", "ursqrte"}) << " " << v(d, 2, q) << ", " << v(n, 2, q);
                break;
            default: {  // precision: FCVTL, FCVTN, FCVTXN (e = narrow size)
                const unsigned ne = coin() ? 1 : 2;
                switch (pick(3)) {
                case 0:
                    s << (q ? "fcvtl2 " : "fcvtl ") << v(d, ne + 1, true) << ", " << v(n, ne, q);
                    break;
                case 1:
                    s << (q ? "fcvtn2 " : "fcvtn ") << v(d, ne, q) << ", " << v(n, ne + 1, true);
                    break;
                default:
                    s << (q ? "fcvtxn2 " : "fcvtxn ") << v(d, 2, q) << ", " << v(n, 3, true);
                    break;
                }
                break;
            }
            }
            break;
        case 7:
        case 8:  // scalar two-register misc
            switch (pick(4)) {
            case 0:
            case 1:
                s << pickname({"fcvtns", "fcvtnu", "fcvtps", "fcvtpu", "fcvtms", "fcvtmu", "fcvtzs",
                    "fcvtzu", "fcvtas", "fcvtau", "scvtf", "ucvtf", "frecpe", "frsqrte", "frecpx"})
                  << " " << sc(d, se) << ", " << sc(n, se);
                break;
            case 2:
                s << pickname({"fcmgt", "fcmge", "fcmeq", "fcmle", "fcmlt"}) << " " << sc(d, se)
                  << ", " << sc(n, se) << ", #0.0";
                break;
            default:
                s << "fcvtxn " << sc(d, 2) << ", " << sc(n, 3);
                break;
            }
            break;
        case 9:  // across lanes
            s << pickname({"fmaxv", "fminv", "fmaxnmv", "fminnmv"}) << " " << sc(d, 2) << ", "
              << v(n, 2, true);
            break;
        case 10:
        case 11:
        case 12: {  // by element: FMLA/FMLS/FMUL/FMULX, vector and scalar
            const char* op = pickname({"fmla", "fmls", "fmul", "fmulx"});
            const unsigned idx = pick(e == 3 ? 2 : 4);
            if (coin())
                s << op << " " << v(d, e, q) << ", " << v(n, e, q) << ", " << el(m, e, idx);
            else
                s << op << " " << sc(d, e) << ", " << sc(n, e) << ", " << el(m, e, idx);
            break;
        }
        case 13:
        case 14:  // fixed-point conversions (shift by immediate)
            if (coin())
                s << pickname({"scvtf", "ucvtf", "fcvtzs", "fcvtzu"}) << " " << v(d, e, q) << ", "
                  << v(n, e, q) << ", #" << 1 + pick(8u << e);
            else
                s << pickname({"scvtf", "ucvtf", "fcvtzs", "fcvtzu"}) << " " << sc(d, se) << ", "
                  << sc(n, se) << ", #" << 1 + pick(8u << se);
            break;
        default:  // scalar pairwise
            s << pickname({"faddp", "fmaxp", "fminp", "fmaxnmp", "fminnmp"}) << " " << sc(d, se)
              << ", " << v(n, se, se == 3);
            break;
        }
    }

    // SIMD&FP loads and stores into the scratch buffer (C4.1.4).
    void ldst(Unit& u, std::ostringstream& s)
    {
        const unsigned t = vr();
        // x26 = x28 + off, with room for a 64-byte access.
        // x26 = x28 + off, with room for a 64-byte access; one time in four
        // close below the page boundary at x28 + 2048, so that unaligned
        // accesses straddle two pages.
        auto base26 = [&] {
            u.push_back("add x26, x28, #" + num(pick(4) ? pick(3900) : 2048 - 70 + pick(70)));
        };
        auto idx27 = [&] { u.push_back("mov x27, #" + num(pick(128))); };
        switch (pick(12)) {
        case 0:
        case 1: {  // single register, every addressing mode
            const unsigned e = pick(5), size = 1u << e;
            const bool load = coin();
            const char* op = load ? "ldr " : "str ";
            switch (pick(5)) {
            case 0:
                s << op << sc(t, e) << ", [x28, #" << size * pick(3900 / size) << "]";
                break;
            case 1:
                s << (load ? "ldur " : "stur ") << sc(t, e) << ", [x28, #" << int(pick(512)) - 256
                  << "]";
                break;
            case 2: {
                base26();
                const int imm = int(pick(512)) - 256;
                if (coin())
                    s << op << sc(t, e) << ", [x26, #" << imm << "]!";
                else
                    s << op << sc(t, e) << ", [x26], #" << imm;
                break;
            }
            case 3: {
                static const char* ext[] = {"lsl", "uxtw", "sxtw", "sxtx"};
                const unsigned x = pick(4);
                u.push_back("and x27, " + gpr(xr(), true) + ", #0x78");
                s << op << sc(t, e) << ", [x28, " << (x == 1 || x == 2 ? "w27" : "x27") << ", "
                  << ext[x] << " #" << (coin() ? e : 0) << "]";
                break;
            }
            default:  // literal
                if (!load || e == 0 || e == 1) {
                    s << op << sc(t, e) << ", [x28]";
                } else {
                    // Literal pool entries: FP special values (Q: two binary64).
                    const uint64_t lo = e == 2 ? fp_special(8, 23) : fp_special(11, 52);
                    if (e == 4) {
                        char b[40];
                        std::snprintf(b, sizeof b, "0x%016llx%016llx",
                            static_cast<unsigned long long>(fp_special(11, 52)),
                            static_cast<unsigned long long>(lo));
                        s << "ldr " << sc(t, e) << ", =" << b;
                    } else {
                        s << "ldr " << sc(t, e) << ", =" << hex(lo);
                    }
                }
                break;
            }
            break;
        }
        case 2: {  // pairs (S, D, Q), never Vt == Vt2 for loads
            const unsigned e = 2 + pick(3), size = 1u << e;
            unsigned t2 = vr();
            while (t2 == t)
                t2 = vr();
            const int imm = int(size * pick(64)) - int(size * 32);
            const char* op = pickname({"ldp", "stp", "ldnp", "stnp"});
            if (op[2] == 'p' && coin()) {
                base26();
                if (coin())
                    s << op << " " << sc(t, e) << ", " << sc(t2, e) << ", [x26, #" << imm << "]!";
                else
                    s << op << " " << sc(t, e) << ", " << sc(t2, e) << ", [x26], #" << imm;
            } else {
                s << op << " " << sc(t, e) << ", " << sc(t2, e) << ", [x28, #" << imm << "]";
            }
            break;
        }
        case 3:
        case 4:
        case 5: {  // multiple structures
            unsigned e;
            bool q;
            const unsigned k = 1 + pick(4);
            arrangement(k == 1 ? (kAllNo1D | k1D) : kAllNo1D, e, q);
            const unsigned regs = k == 1 ? 1 + pick(4) : k;
            s << (coin() ? "ld" : "st") << k << " {";
            for (unsigned i = 0; i < regs; i++)
                s << (i ? ", " : "") << v((t + i) % 32, e, q);
            s << "}, ";
            base26();
            switch (pick(3)) {
            case 0:
                s << "[x26]";
                break;
            case 1:
                s << "[x26], #" << regs * (q ? 16 : 8);
                break;
            default:
                idx27();
                s << "[x26], x27";
                break;
            }
            break;
        }
        case 6:
        case 7:
        case 8: {  // single structure (one lane)
            const unsigned k = 1 + pick(4), e = pick(4);
            s << (coin() ? "ld" : "st") << k << " {";
            for (unsigned i = 0; i < k; i++)
                s << (i ? ", " : "") << "v" << (t + i) % 32 << "." << kEl[e];
            s << "}[" << pick(16u >> e) << "], ";
            base26();
            switch (pick(3)) {
            case 0:
                s << "[x26]";
                break;
            case 1:
                s << "[x26], #" << (k << e);
                break;
            default:
                idx27();
                s << "[x26], x27";
                break;
            }
            break;
        }
        default: {  // load and replicate
            const unsigned k = 1 + pick(4);
            unsigned e;
            bool q;
            arrangement(0xff, e, q);
            s << "ld" << k << "r {";
            for (unsigned i = 0; i < k; i++)
                s << (i ? ", " : "") << v((t + i) % 32, e, q);
            s << "}, ";
            base26();
            switch (pick(3)) {
            case 0:
                s << "[x26]";
                break;
            case 1:
                s << "[x26], #" << (k << e);
                break;
            default:
                idx27();
                s << "[x26], x27";
                break;
            }
            break;
        }
        }
    }

    // A random word of the "Data Processing -- Scalar Floating-Point and
    // Advanced SIMD" space (op0 = x111, DDI 0487 C4.1.6, no memory accesses):
    // allocated or not, it must do the same on both (Undefined for FP16 and
    // later extensions on a Cortex-A53). Rd = 28 is skipped: a general
    // destination 28 would move the scratch base.
    uint32_t raw_word()
    {
        for (;;) {
            uint32_t w = static_cast<uint32_t>(m_rng());
            if (((w >> 25) & 7) != 7 || (w & 31) == 28)
                continue;
            return w;
        }
    }

    // A random word of the loads and stores space with V = 1 (SIMD&FP, DDI
    // 0487 C4.1.4), allocated or not, made to stay inside the scratch buffer:
    // base register x26 (set just before), register offsets/post-increments
    // x27 (small), unsigned offsets below 64 units, literal offsets within the
    // next 256 bytes of code, and no LDP with Vt == Vt2 (CONSTRAINED
    // UNPREDICTABLE).
    uint32_t raw_ldst_word()
    {
        uint32_t w = static_cast<uint32_t>(m_rng());
        w = (w | (1u << 27) | (1u << 26)) & ~(1u << 25);
        auto field = [&w](unsigned lo, unsigned width, uint32_t v) {
            const uint32_t m = ((1u << width) - 1) << lo;
            w = (w & ~m) | ((v << lo) & m);
        };
        field(5, 5, 26);  // Rn
        const unsigned op0 = (w >> 28) & 3, op2 = (w >> 23) & 3;
        switch (op0) {
        case 0:  // structures (when bit 31 = 0)
            if (op2 == 0 || op2 == 2) {  // no offset: Rm must be 0 to be allocated
                if (pick(4))
                    field(16, op2 == 0 ? 6 : 5, 0);
            } else {
                field(16, 5, coin() ? 27 : 31);  // post-index by x27 or by the size
                if (op2 == 1 && pick(4))
                    field(21, 1, 0);
            }
            break;
        case 1:  // literal: a few words ahead
            field(5, 19, pick(64));
            break;
        case 2:  // pairs
            if (((w >> 22) & 1) && ((w >> 10) & 31) == (w & 31))
                field(10, 5, (w + 1) & 31);
            break;
        default:
            if (op2 & 2)
                field(10, 12, pick(64));  // unsigned offset
            else if ((w >> 21) & 1)
                field(16, 5, 27);  // register offset (or unallocated)
            break;
        }
        return w;
    }

    // AES, SHA-1, SHA-256, PMULL (64-bit) and CRC32.
    void crypto(std::ostringstream& s)
    {
        const unsigned d = vr(), n = vr(), m = vr();
        switch (pick(9)) {
        case 0:
        case 1:
            s << pickname({"aese", "aesd", "aesmc", "aesimc"}) << " " << v(d, 0, true) << ", "
              << v(n, 0, true);
            break;
        case 2:
            s << pickname({"sha1c", "sha1p", "sha1m"}) << " q" << d << ", s" << n << ", "
              << v(m, 2, true);
            break;
        case 3:
            if (coin())
                s << "sha1h s" << d << ", s" << n;
            else if (coin())
                s << "sha1su0 " << v(d, 2, true) << ", " << v(n, 2, true) << ", " << v(m, 2, true);
            else
                s << "sha1su1 " << v(d, 2, true) << ", " << v(n, 2, true);
            break;
        case 4:
            s << pickname({"sha256h", "sha256h2"}) << " q" << d << ", q" << n << ", "
              << v(m, 2, true);
            break;
        case 5:
            if (coin())
                s << "sha256su0 " << v(d, 2, true) << ", " << v(n, 2, true);
            else
                s << "sha256su1 " << v(d, 2, true) << ", " << v(n, 2, true) << ", "
                  << v(m, 2, true);
            break;
        case 6: {
            const bool q = coin();
            s << (q ? "pmull2 v" : "pmull v") << d << ".1q, " << v(n, 3, q) << ", " << v(m, 3, q);
            break;
        }
        default: {
            const unsigned sz = pick(4);
            s << (coin() ? "crc32c" : "crc32") << "bhwx"[sz] << " " << gpr(xr(), false) << ", "
              << gpr(xr(), false) << ", " << gpr(xr(), sz == 3);
            break;
        }
        }
    }
};

unsigned parse_groups(const std::string& spec)
{
    if (spec == "all")
        return kAllGroups;
    static const struct {
        const char* name;
        unsigned bit;
    } names[] = {{"fpscalar", kFpScalar}, {"simdint", kSimdInt}, {"simdmove", kSimdMove},
        {"simdfp", kSimdFp}, {"ldst", kLdst}, {"crypto", kCrypto}, {"raw", kRaw},
        {"rawldst", kRawLdst}};
    unsigned g = 0;
    std::stringstream ss(spec);
    std::string item;
    while (std::getline(ss, item, ',')) {
        bool found = false;
        for (const auto& n : names)
            if (item == n.name) {
                g |= n.bit;
                found = true;
            }
        if (!found) {
            std::cerr << "rand_simd_gen: unknown group '" << item << "'\n";
            std::exit(1);
        }
    }
    return g;
}

// The code and data of one sequence (label index `label`), running the first
// `length` units of its body.
void write_sequence(
    std::ostream& data, std::ostream& text, unsigned label, const Sequence& s, size_t length)
{
    data << "    .balign 16\ninit_" << label << ":\n";
    for (const auto& v : s.v)
        data << "    .quad 0x" << std::hex << v[0] << ", 0x" << v[1] << std::dec << "\n";
    for (uint64_t x : s.x)
        data << "    .quad 0x" << std::hex << x << std::dec << "\n";
    data << "    .quad 0x" << std::hex << s.fpcr << ", 0x" << s.nzcv << std::dec << "\n";
    // 64-byte aligned, so that an instruction has the same address modulo 64
    // in every prefix of its sequence (literal loads under alignment checking).
    text << "    .balign 64\nseq_" << label << ":\n"
         << "    stp x29, x30, [sp, #-96]!\n    stp x19, x20, [sp, #16]\n"
         << "    stp x21, x22, [sp, #32]\n    stp x23, x24, [sp, #48]\n"
         << "    stp x25, x26, [sp, #64]\n    stp x27, x28, [sp, #80]\n"
         << "    adrp x16, init_" << label << "\n    add x16, x16, :lo12:init_" << label << "\n";
    for (unsigned r = 0; r < 32; r += 2)
        text << "    ldp q" << r << ", q" << r + 1 << ", [x16, #" << r * 16 << "]\n";
    text << "    add x16, x16, #512\n"
         << "    ldp x17, x18, [x16, #128]\n    msr fpcr, x17\n    msr nzcv, x18\n"
         << "    msr fpsr, xzr\n";
    for (unsigned r = 0; r < 16; r += 2)
        text << "    ldp x" << r << ", x" << r + 1 << ", [x16, #" << r * 8 << "]\n";
    text << "    mov x26, xzr\n    mov x27, xzr\n"
         << "    adrp x28, simd_scratch\n    add x28, x28, :lo12:simd_scratch\n"
         << "    add x28, x28, #2048\n";
    for (size_t i = 0; i < length; i++)
        for (const std::string& line : s.body[i])
            text << "    " << line << "\n";
    text << "    adrp x16, simd_dump\n    add x16, x16, :lo12:simd_dump\n";
    for (unsigned r = 0; r < 32; r += 2)
        text << "    stp q" << r << ", q" << r + 1 << ", [x16, #" << r * 16 << "]\n";
    text << "    add x16, x16, #512\n";
    for (unsigned r = 0; r < 16; r += 2)
        text << "    stp x" << r << ", x" << r + 1 << ", [x16, #" << r * 8 << "]\n";
    text << "    stp x26, x27, [x16, #128]\n"
         << "    mrs x17, fpsr\n    mrs x18, fpcr\n    stp x17, x18, [x16, #144]\n"
         << "    mrs x17, nzcv\n    str x17, [x16, #160]\n"
         << "    ldp x19, x20, [sp, #16]\n    ldp x21, x22, [sp, #32]\n"
         << "    ldp x23, x24, [sp, #48]\n    ldp x25, x26, [sp, #64]\n"
         << "    ldp x27, x28, [sp, #80]\n    ldp x29, x30, [sp], #96\n    ret\n"
         << "    .ltorg\n";
}

std::string unit_text(const Unit& u)
{
    std::string r;
    for (const std::string& line : u)
        r += (r.empty() ? "" : "; ") + line;
    return r;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc != 7 && argc != 8) {
        std::cerr << "usage: rand_simd_gen SEED COUNT LENGTH GROUPS OUT.S OUT.lst [PREFIX_OF]\n";
        return 1;
    }
    const uint64_t seed = std::strtoull(argv[1], nullptr, 0);
    const unsigned count = static_cast<unsigned>(std::strtoul(argv[2], nullptr, 0));
    const unsigned length = static_cast<unsigned>(std::strtoul(argv[3], nullptr, 0));
    const unsigned groups = parse_groups(argv[4]);
    const bool prefixes = argc == 8;
    const unsigned prefix_of
        = prefixes ? static_cast<unsigned>(std::strtoul(argv[7], nullptr, 0)) : 0;
    if (prefixes && prefix_of >= count) {
        std::cerr << "rand_simd_gen: sequence " << prefix_of << " does not exist\n";
        return 1;
    }
    std::ofstream asm_out(argv[5]), lst(argv[6]);
    if (!asm_out || !lst) {
        std::cerr << "rand_simd_gen: cannot write outputs\n";
        return 1;
    }
    // The seed and the group set together select the stream, so that group
    // seeds do not repeat the "all" sequences.
    Generator gen(seed * 0x9e3779b97f4a7c15ull + groups, groups);
    asm_out << "// Generated by rand_simd_gen " << seed << " " << count << " " << length << " "
            << argv[4] << (prefixes ? " prefixes of " + std::to_string(prefix_of) : "")
            << ": do not edit.\n    .arch armv8-a+crc+crypto\n";
    std::ostringstream data, text, table;
    table << "    .section .rodata\n    .balign 8\n    .global simd_sequences\nsimd_sequences:\n";
    unsigned emitted = 0;
    for (unsigned n = 0; n < count; n++) {
        const Sequence s = gen.sequence(length);
        if (!prefixes) {
            write_sequence(data, text, n, s, s.body.size());
            lst << "s" << n << ":";
            for (const Unit& u : s.body)
                lst << " " << unit_text(u) << ";";
            lst << "\n";
            table << "    .quad seq_" << n << "\n";
            emitted++;
        } else if (n == prefix_of) {
            // Prefix k runs units 0..k-1; its listing line names unit k-1,
            // the instruction it adds.
            for (size_t k = 0; k <= s.body.size(); k++) {
                write_sequence(data, text, unsigned(k), s, k);
                lst << "s" << k << ": " << (k ? unit_text(s.body[k - 1]) : "(initial state)")
                    << "\n";
                table << "    .quad seq_" << k << "\n";
                emitted++;
            }
            break;
        }
    }
    asm_out << "    .data\n"
            << data.str() << "    .text\n"
            << text.str() << table.str()
            << "    .global simd_sequence_count\n    .balign 4\nsimd_sequence_count:\n"
            << "    .word " << emitted << "\n";
    return 0;
}
