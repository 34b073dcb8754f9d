// Cryptographic extension (ARMv8.0 AES, SHA1, SHA2 as on a Cortex-A53 with
// crypto): AESE, AESD, AESMC, AESIMC; SHA1C/P/M/SU0, SHA1H, SHA1SU1; SHA256H,
// SHA256H2, SHA256SU0, SHA256SU1. DDI 0487 C7.2 (instruction pseudocode) and
// the shared functions AESSubBytes/AESShiftRows/AESMixColumns, SHAchoose,
// SHAmajority, SHAparity, SHA256hash. The AES tables are computed at compile
// time from the FIPS-197 definitions (GF(2^8) inverse plus affine map).
// PMULL/PMULL2 live with the other three-different instructions (exec_simd_int.cpp).
#include "arm64/exec_simd.h"

namespace vp::arm64 {

namespace {

// ---- AES (FIPS-197 section 5) ----------------------------------------------

// Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1.
constexpr uint8_t gf_mul(uint8_t a, uint8_t b)
{
    uint8_t r = 0;
    while (b) {
        if (b & 1)
            r ^= a;
        a = uint8_t((a << 1) ^ ((a & 0x80) ? 0x1B : 0));
        b >>= 1;
    }
    return r;
}
constexpr uint8_t rotl8(uint8_t x, unsigned n) { return uint8_t((x << n) | (x >> (8 - n))); }

struct AesTables {
    uint8_t sbox[256], inv_sbox[256];
    // Products by the MixColumns (2, 3, 1, 1) and InvMixColumns (14, 11, 13, 9)
    // coefficients, indexed [coefficient slot][byte].
    uint8_t mix[2][4][256];
};
constexpr AesTables make_aes_tables()
{
    AesTables t{};
    for (unsigned i = 0; i < 256; ++i) {
        // Multiplicative inverse as x^254 (0 maps to 0), then the affine map.
        uint8_t inv = 1, base = uint8_t(i);
        for (unsigned e = 254; e; e >>= 1) {
            if (e & 1)
                inv = gf_mul(inv, base);
            base = gf_mul(base, base);
        }
        if (i == 0)
            inv = 0;
        const uint8_t s =
            uint8_t(inv ^ rotl8(inv, 1) ^ rotl8(inv, 2) ^ rotl8(inv, 3) ^ rotl8(inv, 4) ^ 0x63);
        t.sbox[i] = s;
        t.inv_sbox[s] = uint8_t(i);
        constexpr uint8_t kCoef[2][4] = {{0x02, 0x03, 0x01, 0x01}, {0x0E, 0x0B, 0x0D, 0x09}};
        for (unsigned inv_mix = 0; inv_mix < 2; ++inv_mix)
            for (unsigned k = 0; k < 4; ++k)
                t.mix[inv_mix][k][i] = gf_mul(kCoef[inv_mix][k], uint8_t(i));
    }
    return t;
}
constexpr AesTables kAes = make_aes_tables();
static_assert(kAes.sbox[0x00] == 0x63 && kAes.sbox[0x53] == 0xED && kAes.inv_sbox[0x63] == 0x00,
              "FIPS-197 figure 7 values");

// The state is the 16 bytes of the register, byte 4c + r holding row r of
// column c. ShiftRows moves row r left by r columns: out[r][c] = in[r][c + r].
constexpr uint8_t shift_src(unsigned i, bool inverse)
{
    const unsigned r = i & 3, c = i >> 2;
    return uint8_t(r + 4 * ((inverse ? c + 4 - r : c + r) & 3));
}

inline void to_bytes(const VReg& v, uint8_t b[16]) { std::memcpy(b, v.d, 16); }
inline void from_bytes(VReg& v, const uint8_t b[16]) { std::memcpy(v.d, b, 16); }

// AESE (Inverse = false): SubBytes(ShiftRows(Vd ^ Vn)); AESD: the inverses.
template <bool Inverse> bool exec_aes_round(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    uint8_t x[16], out[16];
    const VReg t{{s.v[in.rd].d[0] ^ s.v[in.rn].d[0], s.v[in.rd].d[1] ^ s.v[in.rn].d[1]}};
    to_bytes(t, x);
    const uint8_t* box = Inverse ? kAes.inv_sbox : kAes.sbox;
    for (unsigned i = 0; i < 16; ++i)
        out[i] = box[x[shift_src(i, Inverse)]];
    from_bytes(s.v[in.rd], out);
    return false;
}

// AESMC (Inverse = false): MixColumns(Vn); AESIMC: InvMixColumns(Vn).
template <bool Inverse> bool exec_aes_mix(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    uint8_t x[16], out[16];
    to_bytes(s.v[in.rn], x);
    // Row 0 of the (circulant) matrix is the coefficients k0..k3; row r is it
    // rotated right by r: out[r] = sum over j of k[(j - r) mod 4] * a[j].
    const auto& m = kAes.mix[Inverse];
    for (unsigned c = 0; c < 4; ++c) {
        const uint8_t* a = x + 4 * c;
        for (unsigned r = 0; r < 4; ++r) {
            out[4 * c + r] = uint8_t(m[(4 - r) & 3][a[0]] ^ m[(5 - r) & 3][a[1]] ^
                                     m[(6 - r) & 3][a[2]] ^ m[(7 - r) & 3][a[3]]);
        }
    }
    from_bytes(s.v[in.rd], out);
    return false;
}

// ---- SHA-1 and SHA-256 (C7.2 pseudocode) ---------------------------------------

struct Words {
    uint32_t w[4];
};
inline Words words_of(const VReg& v)
{
    Words r;
    std::memcpy(r.w, v.d, 16);
    return r;
}
inline void set_words(VReg& v, const Words& r) { std::memcpy(v.d, r.w, 16); }

constexpr uint32_t rol32(uint32_t x, unsigned n) { return (x << n) | (x >> (32 - n)); }
constexpr uint32_t ror32(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }
constexpr uint32_t sha_choose(uint32_t x, uint32_t y, uint32_t z) { return ((y ^ z) & x) ^ z; }
constexpr uint32_t sha_majority(uint32_t x, uint32_t y, uint32_t z)
{
    return (x & y) | ((x | y) & z);
}
constexpr uint32_t sha_parity(uint32_t x, uint32_t y, uint32_t z) { return x ^ y ^ z; }

// SHA1C (F = 0, choose), SHA1P (1, parity), SHA1M (2, majority): Qd = hash
// state a..d, Sn = e, Vm = four schedule words (plus constants).
template <unsigned F> bool exec_sha1_hash(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    Words x = words_of(s.v[in.rd]);
    const Words w = words_of(s.v[in.rm]);
    uint32_t y = uint32_t(s.v[in.rn].d[0]);
    for (unsigned e = 0; e < 4; ++e) {
        const uint32_t t = F == 0   ? sha_choose(x.w[1], x.w[2], x.w[3])
                           : F == 1 ? sha_parity(x.w[1], x.w[2], x.w[3])
                                    : sha_majority(x.w[1], x.w[2], x.w[3]);
        y += rol32(x.w[0], 5) + t + w.w[e];
        x.w[1] = rol32(x.w[1], 30);
        // <Y, X> = ROL(Y:X, 32) over 160 bits.
        const uint32_t top = x.w[3];
        x.w[3] = x.w[2];
        x.w[2] = x.w[1];
        x.w[1] = x.w[0];
        x.w[0] = y;
        y = top;
    }
    set_words(s.v[in.rd], x);
    return false;
}

// SHA1SU0: Vd = (Vn<63:0> : Vd<127:64>) ^ Vd ^ Vm.
bool exec_sha1su0(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const VReg d = s.v[in.rd], n = s.v[in.rn], m = s.v[in.rm];
    s.v[in.rd].d[0] = d.d[1] ^ d.d[0] ^ m.d[0];
    s.v[in.rd].d[1] = n.d[0] ^ d.d[1] ^ m.d[1];
    return false;
}

// SHA1H: Sd = ROL(Sn, 30).
bool exec_sha1h(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    write_scalar<uint32_t>(s.v[in.rd], rol32(uint32_t(s.v[in.rn].d[0]), 30));
    return false;
}

// SHA1SU1: T = Vd ^ (Vn >> 32); each word rotated left by 1, and word 3
// also takes ROL(T<31:0>, 2).
bool exec_sha1su1(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const Words d = words_of(s.v[in.rd]), n = words_of(s.v[in.rn]);
    const uint32_t t[4] = {d.w[0] ^ n.w[1], d.w[1] ^ n.w[2], d.w[2] ^ n.w[3], d.w[3]};
    Words r;
    r.w[0] = rol32(t[0], 1);
    r.w[1] = rol32(t[1], 1);
    r.w[2] = rol32(t[2], 1);
    r.w[3] = rol32(t[3], 1) ^ rol32(t[0], 2);
    set_words(s.v[in.rd], r);
    return false;
}

// SHA256hash(X, Y, W, part1): four rounds on X = a..d, Y = e..h.
inline Words sha256_hash(Words x, Words y, const Words& w, bool part1)
{
    for (unsigned e = 0; e < 4; ++e) {
        const uint32_t chs = sha_choose(y.w[0], y.w[1], y.w[2]);
        const uint32_t maj = sha_majority(x.w[0], x.w[1], x.w[2]);
        const uint32_t sigma1 = ror32(y.w[0], 6) ^ ror32(y.w[0], 11) ^ ror32(y.w[0], 25);
        const uint32_t sigma0 = ror32(x.w[0], 2) ^ ror32(x.w[0], 13) ^ ror32(x.w[0], 22);
        const uint32_t t = y.w[3] + sigma1 + chs + w.w[e];
        x.w[3] += t;
        y.w[3] = t + sigma0 + maj;
        // <Y, X> = ROL(Y:X, 32) over 256 bits.
        const uint32_t x_top = x.w[3], y_top = y.w[3];
        for (unsigned i = 3; i > 0; --i) {
            x.w[i] = x.w[i - 1];
            y.w[i] = y.w[i - 1];
        }
        x.w[0] = y_top;
        y.w[0] = x_top;
    }
    return part1 ? x : y;
}

// SHA256H: Qd = hash(Qd, Qn, Vm) part 1; SHA256H2: hash(Qn, Qd, Vm) part 2.
template <bool Part1> bool exec_sha256_hash(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const Words d = words_of(s.v[in.rd]), n = words_of(s.v[in.rn]), m = words_of(s.v[in.rm]);
    set_words(s.v[in.rd], Part1 ? sha256_hash(d, n, m, true) : sha256_hash(n, d, m, false));
    return false;
}

// SHA256SU0: Vd[e] += sigma0(T[e]) with T = Vn<31:0> : Vd<127:32>.
bool exec_sha256su0(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const Words d = words_of(s.v[in.rd]), n = words_of(s.v[in.rn]);
    const uint32_t t[4] = {d.w[1], d.w[2], d.w[3], n.w[0]};
    Words r;
    for (unsigned e = 0; e < 4; ++e)
        r.w[e] = (ror32(t[e], 7) ^ ror32(t[e], 18) ^ (t[e] >> 3)) + d.w[e];
    set_words(s.v[in.rd], r);
    return false;
}

// SHA256SU1: Vd[e] += sigma1(W[e-2]) + T0[e], with T0 = Vm<31:0> : Vn<127:32>
// and W[e-2] taken from Vm<127:64> for e < 2 and from the new words 0-1 after.
bool exec_sha256su1(Cpu& cpu, const Insn& in)
{
    fp_access(cpu);
    CpuState& s = cpu.state();
    const Words d = words_of(s.v[in.rd]), n = words_of(s.v[in.rn]), m = words_of(s.v[in.rm]);
    const uint32_t t0[4] = {n.w[1], n.w[2], n.w[3], m.w[0]};
    auto sigma1 = [](uint32_t x) { return ror32(x, 17) ^ ror32(x, 19) ^ (x >> 10); };
    Words r;
    r.w[0] = sigma1(m.w[2]) + d.w[0] + t0[0];
    r.w[1] = sigma1(m.w[3]) + d.w[1] + t0[1];
    r.w[2] = sigma1(r.w[0]) + d.w[2] + t0[2];
    r.w[3] = sigma1(r.w[1]) + d.w[3] + t0[3];
    set_words(s.v[in.rd], r);
    return false;
}

}  // namespace

// Crypto AES (C4.1.6): 0100 1110 size 10100 opcode 10 Rn Rd, size = 00.
void decode_crypto_aes(uint32_t raw, Insn& in)
{
    if (bits(raw, 23, 22) != 0)
        return;
    in.rd = uint8_t(bits(raw, 4, 0));
    in.rn = uint8_t(bits(raw, 9, 5));
    switch (bits(raw, 16, 12)) {
    case 0x4: in.fn = exec_aes_round<false>; break;  // AESE
    case 0x5: in.fn = exec_aes_round<true>; break;   // AESD
    case 0x6: in.fn = exec_aes_mix<false>; break;    // AESMC
    case 0x7: in.fn = exec_aes_mix<true>; break;     // AESIMC
    default: break;
    }
}

// Crypto three-register SHA: 0101 1110 size 0 Rm 0 opcode 00 Rn Rd, size = 00.
void decode_crypto_sha3(uint32_t raw, Insn& in)
{
    if (bits(raw, 23, 22) != 0)
        return;
    in.rd = uint8_t(bits(raw, 4, 0));
    in.rn = uint8_t(bits(raw, 9, 5));
    in.rm = uint8_t(bits(raw, 20, 16));
    switch (bits(raw, 14, 12)) {
    case 0: in.fn = exec_sha1_hash<0>; break;       // SHA1C
    case 1: in.fn = exec_sha1_hash<1>; break;       // SHA1P
    case 2: in.fn = exec_sha1_hash<2>; break;       // SHA1M
    case 3: in.fn = &exec_sha1su0; break;           // SHA1SU0
    case 4: in.fn = exec_sha256_hash<true>; break;  // SHA256H
    case 5: in.fn = exec_sha256_hash<false>; break; // SHA256H2
    case 6: in.fn = &exec_sha256su1; break;         // SHA256SU1
    default: break;
    }
}

// Crypto two-register SHA: 0101 1110 size 10100 opcode 10 Rn Rd, size = 00.
void decode_crypto_sha2(uint32_t raw, Insn& in)
{
    if (bits(raw, 23, 22) != 0)
        return;
    in.rd = uint8_t(bits(raw, 4, 0));
    in.rn = uint8_t(bits(raw, 9, 5));
    switch (bits(raw, 16, 12)) {
    case 0: in.fn = &exec_sha1h; break;      // SHA1H
    case 1: in.fn = &exec_sha1su1; break;    // SHA1SU1
    case 2: in.fn = &exec_sha256su0; break;  // SHA256SU0
    default: break;
    }
}

}  // namespace vp::arm64
