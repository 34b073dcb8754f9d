// Random A64 integer instruction sequences for the QEMU-vs-virt64 differential
// test. Emits GNU assembler source: per sequence, a table of initial
// registers (biased towards edge values) and NZCV, a function that loads them,
// runs the random instructions and stores x0-x30 and NZCV into rand_dump.
// rand_harness.c calls the functions in order and prints the state.
// Instructions are written as assembler text, so GNU as is the encoder; a
// listing (one line per sequence) maps a mismatching sequence to its code.
// Register use: x28 = scratch base (scratch + 1024, never written),
// x26 = writeback base and x27 = index register, both set right before use.
// Only architecturally defined behaviour is generated (no SP, no Rt==Rn with
// writeback, no LDP with Rt==Rt2).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

class Generator {
public:
    explicit Generator(uint64_t seed) : m_rng(seed) {}

    std::vector<std::string> sequence(unsigned length)
    {
        std::vector<std::string> out;
        while (out.size() < length)
            emit(out);
        return out;
    }

    uint64_t initial_value()
    {
        static const uint64_t edges[] = {0,
                                         1,
                                         2,
                                         0x7f,
                                         0x80,
                                         0xff,
                                         0x7fffffff,
                                         0x80000000,
                                         0xffffffff,
                                         0x100000000ull,
                                         0x7fffffffffffffffull,
                                         0x8000000000000000ull,
                                         0xffffffffffffffffull,
                                         0xfffffffffffffffeull,
                                         0x8000000000000001ull};
        switch (pick(6)) {
        case 0:
            return edges[pick(sizeof(edges) / sizeof(edges[0]))];
        case 1:
            return pick(64);
        case 2:
            return static_cast<uint64_t>(-static_cast<int64_t>(pick(64)));
        case 3:
            return m_rng() & 0xffffffffull;
        default:
            return m_rng();
        }
    }
    unsigned nzcv() { return pick(16) << 28; }

private:
    std::mt19937_64 m_rng;

    unsigned pick(unsigned n) { return static_cast<unsigned>(m_rng() % n); }
    bool coin() { return pick(2) != 0; }

    // A general register for a destination: never x28 (scratch base), never
    // 31 (would be SP or ZR depending on the form).
    unsigned dst()
    {
        unsigned r;
        do
            r = pick(31);
        while (r == 28);
        return r;
    }
    // A source register; zr allows 31 (XZR/WZR) where the form means ZR.
    unsigned src(bool zr) { return zr && pick(12) == 0 ? 31 : pick(31); }
    static std::string reg(unsigned r, bool x) { return r == 31 ? (x ? "xzr" : "wzr") : (x ? "x" : "w") + std::to_string(r); }
    static std::string hex(uint64_t v)
    {
        char b[24];
        std::snprintf(b, sizeof b, "0x%llx", static_cast<unsigned long long>(v));
        return b;
    }
    std::string cond()
    {
        static const char* c[] = {"eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc",
                                  "hi", "ls", "ge", "lt", "gt", "le", "al"};
        return c[pick(15)];
    }

    // A valid logical (bitmask) immediate for the given width.
    uint64_t bitmask(bool x)
    {
        static const unsigned sizes[] = {2, 4, 8, 16, 32, 64};
        unsigned e = sizes[pick(x ? 6 : 5)];
        unsigned ones = 1 + pick(e - 1);
        unsigned rot = pick(e);
        uint64_t mask = e == 64 ? ~0ull : (1ull << e) - 1;
        uint64_t elem = (ones == 64 ? ~0ull : (1ull << ones) - 1);
        elem = rot ? ((elem >> rot) | (elem << (e - rot))) & mask : elem;
        uint64_t v = 0;
        for (unsigned i = 0; i < 64; i += e)
            v |= elem << i;
        return x ? v : v & 0xffffffffull;
    }

    void emit(std::vector<std::string>& out)
    {
        const bool x = pick(4) != 0;
        const unsigned bits = x ? 64 : 32;
        std::ostringstream s;
        switch (pick(25)) {
        case 0: {  // add/sub (immediate)
            static const char* op[] = {"add", "adds", "sub", "subs"};
            s << op[pick(4)] << " " << reg(dst(), x) << ", " << reg(pick(31), x) << ", #"
              << pick(4096) << (coin() ? ", lsl #12" : "");
            break;
        }
        case 1: {  // add/sub (shifted register)
            static const char* op[] = {"add", "adds", "sub", "subs"};
            static const char* sh[] = {"lsl", "lsr", "asr"};
            s << op[pick(4)] << " " << reg(dst(), x) << ", " << reg(src(true), x) << ", "
              << reg(src(true), x) << ", " << sh[pick(3)] << " #" << pick(bits);
            break;
        }
        case 2: {  // add/sub (extended register)
            static const char* op[] = {"add", "adds", "sub", "subs"};
            static const char* ext[] = {"uxtb", "uxth", "uxtw", "uxtx",
                                        "sxtb", "sxth", "sxtw", "sxtx"};
            unsigned e = pick(8);
            bool mx = x && (e == 3 || e == 7);  // 64-bit source only for ?xtx
            s << op[pick(4)] << " " << reg(dst(), x) << ", " << reg(pick(31), x) << ", "
              << reg(src(true), mx) << ", " << ext[e] << " #" << pick(5);
            break;
        }
        case 3: {  // logical (shifted register)
            static const char* op[] = {"and", "orr", "eor", "ands", "bic", "orn", "eon", "bics"};
            static const char* sh[] = {"lsl", "lsr", "asr", "ror"};
            s << op[pick(8)] << " " << reg(dst(), x) << ", " << reg(src(true), x) << ", "
              << reg(src(true), x) << ", " << sh[pick(4)] << " #" << pick(bits);
            break;
        }
        case 4: {  // logical (immediate)
            static const char* op[] = {"and", "orr", "eor", "ands"};
            s << op[pick(4)] << " " << reg(dst(), x) << ", " << reg(src(true), x) << ", #"
              << hex(bitmask(x));
            break;
        }
        case 5: {  // move wide
            static const char* op[] = {"movz", "movn", "movk"};
            s << op[pick(3)] << " " << reg(dst(), x) << ", #" << pick(65536) << ", lsl #"
              << 16 * pick(x ? 4 : 2);
            break;
        }
        case 6: {  // bitfield
            static const char* op[] = {"sbfm", "bfm", "ubfm"};
            s << op[pick(3)] << " " << reg(dst(), x) << ", " << reg(src(true), x) << ", #"
              << pick(bits) << ", #" << pick(bits);
            break;
        }
        case 7:  // extract
            s << "extr " << reg(dst(), x) << ", " << reg(src(true), x) << ", "
              << reg(src(true), x) << ", #" << pick(bits);
            break;
        case 8: {  // variable shifts
            static const char* op[] = {"lslv", "lsrv", "asrv", "rorv"};
            s << op[pick(4)] << " " << reg(dst(), x) << ", " << reg(src(true), x) << ", "
              << reg(src(true), x);
            break;
        }
        case 9: {  // multiply-add, divide
            static const char* op3[] = {"madd", "msub"};
            static const char* op2[] = {"sdiv", "udiv", "mul", "mneg"};
            if (coin())
                s << op3[pick(2)] << " " << reg(dst(), x) << ", " << reg(src(true), x) << ", "
                  << reg(src(true), x) << ", " << reg(src(true), x);
            else
                s << op2[pick(4)] << " " << reg(dst(), x) << ", " << reg(src(true), x) << ", "
                  << reg(src(true), x);
            break;
        }
        case 10: {  // long multiply, high multiply
            static const char* opl[] = {"smaddl", "umaddl", "smsubl", "umsubl"};
            if (coin())
                s << opl[pick(4)] << " " << reg(dst(), true) << ", " << reg(src(true), false)
                  << ", " << reg(src(true), false) << ", " << reg(src(true), true);
            else
                s << (coin() ? "smulh " : "umulh ") << reg(dst(), true) << ", "
                  << reg(src(true), true) << ", " << reg(src(true), true);
            break;
        }
        case 11: {  // conditional select
            static const char* op[] = {"csel", "csinc", "csinv", "csneg"};
            s << op[pick(4)] << " " << reg(dst(), x) << ", " << reg(src(true), x) << ", "
              << reg(src(true), x) << ", " << cond();
            break;
        }
        case 12: {  // conditional compare
            s << (coin() ? "ccmp " : "ccmn ") << reg(src(true), x) << ", ";
            if (coin())
                s << "#" << pick(32);
            else
                s << reg(src(true), x);
            s << ", #" << pick(16) << ", " << cond();
            break;
        }
        case 13: {  // add/subtract with carry
            static const char* op[] = {"adc", "adcs", "sbc", "sbcs"};
            s << op[pick(4)] << " " << reg(dst(), x) << ", " << reg(src(true), x) << ", "
              << reg(src(true), x);
            break;
        }
        case 14: {  // data processing, one source
            static const char* opx[] = {"clz", "cls", "rbit", "rev", "rev16", "rev32"};
            static const char* opw[] = {"clz", "cls", "rbit", "rev", "rev16"};
            s << (x ? opx[pick(6)] : opw[pick(5)]) << " " << reg(dst(), x) << ", "
              << reg(src(true), x);
            break;
        }
        case 15:
        case 16: {  // single loads/stores, immediate offsets from x28
            struct Form {
                const char* op;
                unsigned size;
                bool load;
                bool xreg;
            };
            static const Form forms[] = {
                {"ldr", 8, true, true},    {"ldr", 4, true, false},  {"ldrh", 2, true, false},
                {"ldrb", 1, true, false},  {"ldrsw", 4, true, true}, {"ldrsh", 2, true, true},
                {"ldrsh", 2, true, false}, {"ldrsb", 1, true, true}, {"ldrsb", 1, true, false},
                {"str", 8, false, true},   {"str", 4, false, false}, {"strh", 2, false, false},
                {"strb", 1, false, false}};
            const Form& f = forms[pick(13)];
            unsigned rt = f.load ? dst() : src(true);
            std::string t = reg(rt, f.xreg);
            if (f.load && (f.size == 8 || (f.size == 4 && f.xreg)) && pick(6) == 0) {
                // PC-relative literal (pool emitted after the sequence)
                s << (f.xreg && f.size == 4 ? "ldrsw " : "ldr ") << reg(rt, f.xreg) << ", ="
                  << hex(f.size == 8 ? initial_value() : m_rng() & 0xffffffffull);
                out.push_back(s.str());
                return;
            }
            if (pick(12) == 0) {
                static const char* prf[] = {"pldl1keep", "pldl2strm", "pstl1keep", "plil3keep"};
                s << "prfm " << prf[pick(4)] << ", [x28, #" << 8 * pick(200) << "]";
                out.push_back(s.str());
                return;
            }
            switch (pick(4)) {
            case 0:  // scaled unsigned offset
                s << f.op << " " << t << ", [x28, #" << f.size * pick(2000 / f.size) << "]";
                break;
            case 1: {  // unscaled (any alignment)
                std::string u = f.op;
                u.replace(0, 2, "ldu");
                if (!f.load)
                    u.replace(0, 3, "stu");
                s << u << " " << t << ", [x28, #" << static_cast<int>(pick(512)) - 256 << "]";
                break;
            }
            case 2: {  // pre/post-index through x26
                if (rt == 26)
                    rt = 25, t = reg(rt, f.xreg);
                out.push_back("add x26, x28, #" + std::to_string(pick(1024)));
                int imm = static_cast<int>(pick(512)) - 256;
                if (coin())
                    s << f.op << " " << t << ", [x26, #" << imm << "]!";
                else
                    s << f.op << " " << t << ", [x26], #" << imm;
                break;
            }
            default: {  // register offset through x27
                static const char* ext[] = {"lsl", "uxtw", "sxtw", "sxtx"};
                if (rt == 27)
                    rt = 25, t = reg(rt, f.xreg);
                out.push_back("and x27, " + reg(src(false), true) + ", #0xf8");  // scaled: < 2 KiB
                unsigned e = pick(4);
                std::string idx = (e == 1 || e == 2) ? "w27" : "x27";
                unsigned shift = 0;
                if (f.size > 1 && coin())
                    shift = f.size == 8 ? 3 : f.size == 4 ? 2 : 1;
                s << f.op << " " << t << ", [x28, " << idx;
                if (e == 0 && shift == 0)
                    s << "]";
                else
                    s << ", " << ext[e] << " #" << shift << "]";
                break;
            }
            }
            break;
        }
        case 17: {  // pairs
            static const char* op[] = {"ldp", "stp", "ldnp", "stnp", "ldpsw"};
            unsigned o = pick(5);
            bool load = o == 0 || o == 2 || o == 4;
            bool px = o == 4 ? true : x;
            unsigned size = o == 4 ? 4 : (px ? 8 : 4);
            unsigned a = load ? dst() : src(true), b = load ? dst() : src(true);
            while (load && b == a)
                b = dst();
            int imm = static_cast<int>(size * pick(64)) - static_cast<int>(size * 32);
            if ((o == 0 || o == 1 || o == 4) && coin()) {  // writeback through x26
                if (a == 26 || b == 26)
                    return;
                out.push_back("add x26, x28, #" + std::to_string(8 * pick(128)));
                s << op[o] << " " << reg(a, px) << ", " << reg(b, px) << ", [x26";
                s << (coin() ? "], #" + std::to_string(imm) : ", #" + std::to_string(imm) + "]!");
            } else {
                s << op[o] << " " << reg(a, px) << ", " << reg(b, px) << ", [x28, #" << imm
                  << "]";
            }
            break;
        }
        case 18: {  // conditional branches over one instruction
            std::vector<std::string> skipped;
            emit_simple(skipped);
            std::ostringstream b;
            switch (pick(3)) {
            case 0:
                b << "b." << cond() << " 1f";
                break;
            case 1:
                b << (coin() ? "cbz " : "cbnz ") << reg(pick(31), x) << ", 1f";
                break;
            default:
                b << (coin() ? "tbz " : "tbnz ") << reg(pick(31), true) << ", #" << pick(64)
                  << ", 1f";
                break;
            }
            out.push_back(b.str());
            out.push_back(skipped.front());
            out.push_back("1:");
            return;
        }
        case 19:  // flags through MRS/MSR
            if (coin())
                s << "mrs " << reg(dst(), true) << ", nzcv";
            else
                s << "msr nzcv, " << reg(src(true), true);
            break;
        case 20:  // PC-relative addresses (same image on both sides)
            s << (coin() ? "adr " : "adrp ") << reg(dst(), true) << ", .";
            break;
        case 21: {  // register 31 as SP (read only: SP itself is never changed)
            static const char* op[] = {"add", "adds", "sub", "subs"};
            switch (pick(5)) {
            case 0:
                s << op[pick(4)] << " " << reg(dst(), true) << ", sp, #" << pick(4096);
                break;
            case 1:
                s << op[pick(4)] << " " << reg(dst(), true) << ", sp, " << reg(src(true), false)
                  << ", uxtw #" << pick(5);
                break;
            case 2:
                s << "mov " << reg(dst(), true) << ", sp";
                break;
            case 3:
                s << (coin() ? "cmp sp, #" : "cmn sp, #") << pick(4096);
                break;
            default:
                s << "cmp sp, " << reg(src(true), true) << ", uxtx #" << pick(5);
                break;
            }
            break;
        }
        case 22: {  // compare/test aliases (destination register 31 = ZR)
            static const char* sh[] = {"lsl", "lsr", "asr"};
            switch (pick(4)) {
            case 0:
                s << "tst " << reg(src(true), x) << ", #" << hex(bitmask(x));
                break;
            case 1:
                s << "tst " << reg(src(true), x) << ", " << reg(src(true), x) << ", ror #"
                  << pick(bits);
                break;
            case 2:
                s << (coin() ? "cmp " : "cmn ") << reg(src(true), x) << ", " << reg(src(true), x)
                  << ", " << sh[pick(3)] << " #" << pick(bits);
                break;
            default:
                s << (coin() ? "cmp " : "cmn ") << reg(pick(31), x) << ", #" << pick(4096);
                break;
            }
            break;
        }
        case 23:  // any 32-bit word in the data-processing groups, allocated or not
            s << ".inst " << hex(raw_data_processing_word());
            break;
        default:  // load-acquire / store-release, aligned
            out.push_back("add x27, x28, #" + std::to_string(8 * pick(256)));
            const bool byte = coin();
            if (coin()) {
                unsigned rt = dst();
                s << (byte ? "ldarb " : "ldar ") << reg(rt == 27 ? 25 : rt, x && !byte)
                  << ", [x27]";
            } else {
                s << (byte ? "stlrb " : "stlr ") << reg(src(true), x && !byte) << ", [x27]";
            }
            break;
        }
        out.push_back(s.str());
    }

    // A random word from the A64 "Data Processing -- Immediate" (op0 100x) or
    // "-- Register" (x101) groups: valid integer instructions or unallocated
    // encodings (which must be UNDEFINED on both sides). Skipped: destination
    // register 31 (several forms would write SP), 28 (the scratch base) and CRC32 (QEMU's cortex-a53
    // has it, our ID registers say it is not implemented).
    uint32_t raw_data_processing_word()
    {
        for (;;) {
            uint32_t w = static_cast<uint32_t>(m_rng());
            const bool dp_imm = ((w >> 26) & 7) == 4;
            const bool dp_reg = ((w >> 25) & 7) == 5;
            if (!dp_imm && !dp_reg)
                continue;
            if ((w & 31) == 31 || (w & 31) == 28)
                continue;
            const bool two_source = ((w >> 21) & 0x3ff) == 0xd6;  // sf:0:0:11010110
            if (two_source && ((w >> 13) & 7) == 2)
                continue;  // CRC32*
            return w;
        }
    }

    // One data-processing instruction (for branch shadows).
    void emit_simple(std::vector<std::string>& out)
    {
        std::vector<std::string> tmp;
        do {
            tmp.clear();
            emit(tmp);
        } while (tmp.size() != 1 || tmp[0].rfind("b.", 0) == 0 || tmp[0] == "1:");
        out.push_back(tmp[0]);
    }
};

}  // namespace

int main(int argc, char** argv)
{
    if (argc != 6) {
        std::cerr << "usage: rand_insn_gen SEED COUNT LENGTH OUT.S OUT.lst\n";
        return 1;
    }
    const uint64_t seed = std::strtoull(argv[1], nullptr, 0);
    const unsigned count = static_cast<unsigned>(std::strtoul(argv[2], nullptr, 0));
    const unsigned length = static_cast<unsigned>(std::strtoul(argv[3], nullptr, 0));
    std::ofstream asm_out(argv[4]), lst(argv[5]);
    if (!asm_out || !lst) {
        std::cerr << "rand_insn_gen: cannot write outputs\n";
        return 1;
    }
    Generator gen(seed);
    asm_out << "// Generated by rand_insn_gen " << seed << " " << count << " " << length
            << ": do not edit.\n";
    std::ostringstream data, text, table;
    table << "    .section .rodata\n    .balign 8\n    .global rand_sequences\nrand_sequences:\n";
    for (unsigned n = 0; n < count; n++) {
        data << "    .balign 8\ninit_" << n << ":\n";
        for (unsigned r = 0; r < 31; r++)
            data << "    .quad " << gen.initial_value() << "\n";
        data << "    .quad " << gen.nzcv() << "\n";
        std::vector<std::string> body = gen.sequence(length);
        text << "    .balign 4\nseq_" << n << ":\n"
             << "    stp x29, x30, [sp, #-96]!\n    stp x19, x20, [sp, #16]\n"
             << "    stp x21, x22, [sp, #32]\n    stp x23, x24, [sp, #48]\n"
             << "    stp x25, x26, [sp, #64]\n    stp x27, x28, [sp, #80]\n"
             << "    adrp x0, init_" << n << "\n    add x0, x0, :lo12:init_" << n << "\n"
             << "    ldr x1, [x0, #248]\n    msr nzcv, x1\n";
        for (unsigned r = 1; r < 29; r += 2)
            text << "    ldp x" << r << ", x" << r + 1 << ", [x0, #" << r * 8 << "]\n";
        text << "    ldp x29, x30, [x0, #232]\n    ldr x0, [x0]\n"
             << "    adrp x28, rand_scratch\n    add x28, x28, :lo12:rand_scratch\n"
             << "    add x28, x28, #1024\n";
        lst << "s" << n << ":";
        for (const std::string& insn : body) {
            text << "    " << insn << "\n";
            if (insn != "1:")
                lst << " " << insn << ";";
            else
                lst << " 1:";
        }
        lst << "\n";
        text << "    str x0, [sp, #-16]!\n"
             << "    adrp x0, rand_dump\n    add x0, x0, :lo12:rand_dump\n";
        for (unsigned r = 1; r < 29; r += 2)
            text << "    stp x" << r << ", x" << r + 1 << ", [x0, #" << r * 8 << "]\n";
        text << "    stp x29, x30, [x0, #232]\n    mrs x1, nzcv\n    str x1, [x0, #248]\n"
             << "    ldr x1, [sp], #16\n    str x1, [x0]\n"
             << "    ldp x19, x20, [sp, #16]\n    ldp x21, x22, [sp, #32]\n"
             << "    ldp x23, x24, [sp, #48]\n    ldp x25, x26, [sp, #64]\n"
             << "    ldp x27, x28, [sp, #80]\n    ldp x29, x30, [sp], #96\n    ret\n"
             << "    .ltorg\n";
        table << "    .quad seq_" << n << "\n";
    }
    asm_out << "    .data\n" << data.str() << "    .text\n" << text.str() << table.str()
            << "    .global rand_sequence_count\n    .balign 4\nrand_sequence_count:\n"
            << "    .word " << count << "\n";
    return 0;
}
