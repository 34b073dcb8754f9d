/* Differential test of vp::softfloat against the real AArch64 instructions
 * (run under qemu-aarch64): the list of instructions tested and the operand
 * generator. This header is C so that both the aarch64 guest (fp_guest.c,
 * built with the cross compiler) and the host checker (fp_host.cpp, linked
 * with vp_softfloat) include it: both derive the same operands and FPCR for
 * case i of op k, so only the guest's results travel between them.
 *
 * Operands are random bit patterns biased towards the values where the
 * architecture's rules matter: +-0, +-inf, quiet and signalling NaNs with
 * payloads, denormals, the ends of the normal range, values near 1, near
 * integers and halfway cases, near the integer conversion limits, short
 * mantissas (exact and tie results), and for two/three-operand ops operands
 * derived from each other (equal, negated, close exponents, an addend
 * cancelling the product). FPCR.RMode/FZ/DN/AHP are random per case. */
#ifndef VP_TESTS_FP_CASES_H
#define VP_TESTS_FP_CASES_H

#include <stdint.h>

/* Input kinds: IN_H/S/D floating-point operands of that size (in h0/s0/d0,
 * h1.., h2..), IN_W/IN_X a 32/64-bit integer in w10/x10, IN_V32 two 32-bit
 * lanes in v0. Output kinds: OUT_FP the low 64 bits of v0, OUT_W w9,
 * OUT_X x9, OUT_NZCV the flags after a compare (x9 = NZCV). */
enum { IN_H, IN_S, IN_D, IN_W, IN_X, IN_V32 };
enum { OUT_FP, OUT_W, OUT_X, OUT_NZCV };

/* OP(id, assembler, input kind, operand count, output kind) */
#define FP_ARITH_OPS(OP, T, R)                                              \
    OP(FADD_##T, "fadd " R "0, " R "0, " R "1", IN_##T, 2, OUT_FP)           \
    OP(FSUB_##T, "fsub " R "0, " R "0, " R "1", IN_##T, 2, OUT_FP)           \
    OP(FMUL_##T, "fmul " R "0, " R "0, " R "1", IN_##T, 2, OUT_FP)           \
    OP(FDIV_##T, "fdiv " R "0, " R "0, " R "1", IN_##T, 2, OUT_FP)           \
    OP(FMULX_##T, "fmulx " R "0, " R "0, " R "1", IN_##T, 2, OUT_FP)         \
    OP(FMAX_##T, "fmax " R "0, " R "0, " R "1", IN_##T, 2, OUT_FP)           \
    OP(FMIN_##T, "fmin " R "0, " R "0, " R "1", IN_##T, 2, OUT_FP)           \
    OP(FMAXNM_##T, "fmaxnm " R "0, " R "0, " R "1", IN_##T, 2, OUT_FP)       \
    OP(FMINNM_##T, "fminnm " R "0, " R "0, " R "1", IN_##T, 2, OUT_FP)       \
    OP(FSQRT_##T, "fsqrt " R "0, " R "0", IN_##T, 1, OUT_FP)                 \
    OP(FMADD_##T, "fmadd " R "0, " R "0, " R "1, " R "2", IN_##T, 3, OUT_FP) \
    OP(FCMP_##T, "fcmp " R "0, " R "1\n\tmrs x9, nzcv", IN_##T, 2, OUT_NZCV) \
    OP(FCMPE_##T, "fcmpe " R "0, " R "1\n\tmrs x9, nzcv", IN_##T, 2, OUT_NZCV) \
    OP(FRECPE_##T, "frecpe " R "0, " R "0", IN_##T, 1, OUT_FP)               \
    OP(FRSQRTE_##T, "frsqrte " R "0, " R "0", IN_##T, 1, OUT_FP)             \
    OP(FRECPS_##T, "frecps " R "0, " R "0, " R "1", IN_##T, 2, OUT_FP)       \
    OP(FRSQRTS_##T, "frsqrts " R "0, " R "0, " R "1", IN_##T, 2, OUT_FP)     \
    OP(FRECPX_##T, "frecpx " R "0, " R "0", IN_##T, 1, OUT_FP)               \
    OP(FRINTN_##T, "frintn " R "0, " R "0", IN_##T, 1, OUT_FP)               \
    OP(FRINTP_##T, "frintp " R "0, " R "0", IN_##T, 1, OUT_FP)               \
    OP(FRINTM_##T, "frintm " R "0, " R "0", IN_##T, 1, OUT_FP)               \
    OP(FRINTZ_##T, "frintz " R "0, " R "0", IN_##T, 1, OUT_FP)               \
    OP(FRINTA_##T, "frinta " R "0, " R "0", IN_##T, 1, OUT_FP)               \
    OP(FRINTX_##T, "frintx " R "0, " R "0", IN_##T, 1, OUT_FP)               \
    OP(FRINTI_##T, "frinti " R "0, " R "0", IN_##T, 1, OUT_FP)

/* FCVT<mode><S|U> to W and X, from S or D. */
#define FP_TOINT_OPS(OP, T, R)                                           \
    OP(FCVTNS_W##T, "fcvtns w9, " R "0", IN_##T, 1, OUT_W)              \
    OP(FCVTNU_W##T, "fcvtnu w9, " R "0", IN_##T, 1, OUT_W)              \
    OP(FCVTPS_W##T, "fcvtps w9, " R "0", IN_##T, 1, OUT_W)              \
    OP(FCVTPU_W##T, "fcvtpu w9, " R "0", IN_##T, 1, OUT_W)              \
    OP(FCVTMS_W##T, "fcvtms w9, " R "0", IN_##T, 1, OUT_W)              \
    OP(FCVTMU_W##T, "fcvtmu w9, " R "0", IN_##T, 1, OUT_W)              \
    OP(FCVTZS_W##T, "fcvtzs w9, " R "0", IN_##T, 1, OUT_W)              \
    OP(FCVTZU_W##T, "fcvtzu w9, " R "0", IN_##T, 1, OUT_W)              \
    OP(FCVTAS_W##T, "fcvtas w9, " R "0", IN_##T, 1, OUT_W)              \
    OP(FCVTAU_W##T, "fcvtau w9, " R "0", IN_##T, 1, OUT_W)              \
    OP(FCVTNS_X##T, "fcvtns x9, " R "0", IN_##T, 1, OUT_X)              \
    OP(FCVTNU_X##T, "fcvtnu x9, " R "0", IN_##T, 1, OUT_X)              \
    OP(FCVTPS_X##T, "fcvtps x9, " R "0", IN_##T, 1, OUT_X)              \
    OP(FCVTPU_X##T, "fcvtpu x9, " R "0", IN_##T, 1, OUT_X)              \
    OP(FCVTMS_X##T, "fcvtms x9, " R "0", IN_##T, 1, OUT_X)              \
    OP(FCVTMU_X##T, "fcvtmu x9, " R "0", IN_##T, 1, OUT_X)              \
    OP(FCVTZS_X##T, "fcvtzs x9, " R "0", IN_##T, 1, OUT_X)              \
    OP(FCVTZU_X##T, "fcvtzu x9, " R "0", IN_##T, 1, OUT_X)              \
    OP(FCVTAS_X##T, "fcvtas x9, " R "0", IN_##T, 1, OUT_X)              \
    OP(FCVTAU_X##T, "fcvtau x9, " R "0", IN_##T, 1, OUT_X)              \
    OP(FCVTZS_W##T##_1, "fcvtzs w9, " R "0, #1", IN_##T, 1, OUT_W)      \
    OP(FCVTZS_W##T##_17, "fcvtzs w9, " R "0, #17", IN_##T, 1, OUT_W)    \
    OP(FCVTZS_W##T##_32, "fcvtzs w9, " R "0, #32", IN_##T, 1, OUT_W)    \
    OP(FCVTZU_W##T##_1, "fcvtzu w9, " R "0, #1", IN_##T, 1, OUT_W)      \
    OP(FCVTZU_W##T##_17, "fcvtzu w9, " R "0, #17", IN_##T, 1, OUT_W)    \
    OP(FCVTZU_W##T##_32, "fcvtzu w9, " R "0, #32", IN_##T, 1, OUT_W)    \
    OP(FCVTZS_X##T##_1, "fcvtzs x9, " R "0, #1", IN_##T, 1, OUT_X)      \
    OP(FCVTZS_X##T##_33, "fcvtzs x9, " R "0, #33", IN_##T, 1, OUT_X)    \
    OP(FCVTZS_X##T##_64, "fcvtzs x9, " R "0, #64", IN_##T, 1, OUT_X)    \
    OP(FCVTZU_X##T##_1, "fcvtzu x9, " R "0, #1", IN_##T, 1, OUT_X)      \
    OP(FCVTZU_X##T##_33, "fcvtzu x9, " R "0, #33", IN_##T, 1, OUT_X)    \
    OP(FCVTZU_X##T##_64, "fcvtzu x9, " R "0, #64", IN_##T, 1, OUT_X)

/* SCVTF/UCVTF from W and X to S or D, integer and fixed point. */
#define FP_FROMINT_OPS(OP, T, R)                                       \
    OP(SCVTF_##T##W, "scvtf " R "0, w10", IN_W, 1, OUT_FP)             \
    OP(UCVTF_##T##W, "ucvtf " R "0, w10", IN_W, 1, OUT_FP)             \
    OP(SCVTF_##T##X, "scvtf " R "0, x10", IN_X, 1, OUT_FP)             \
    OP(UCVTF_##T##X, "ucvtf " R "0, x10", IN_X, 1, OUT_FP)             \
    OP(SCVTF_##T##W_1, "scvtf " R "0, w10, #1", IN_W, 1, OUT_FP)       \
    OP(SCVTF_##T##W_32, "scvtf " R "0, w10, #32", IN_W, 1, OUT_FP)     \
    OP(UCVTF_##T##W_17, "ucvtf " R "0, w10, #17", IN_W, 1, OUT_FP)     \
    OP(UCVTF_##T##W_32, "ucvtf " R "0, w10, #32", IN_W, 1, OUT_FP)     \
    OP(SCVTF_##T##X_1, "scvtf " R "0, x10, #1", IN_X, 1, OUT_FP)       \
    OP(SCVTF_##T##X_64, "scvtf " R "0, x10, #64", IN_X, 1, OUT_FP)     \
    OP(UCVTF_##T##X_33, "ucvtf " R "0, x10, #33", IN_X, 1, OUT_FP)     \
    OP(UCVTF_##T##X_64, "ucvtf " R "0, x10, #64", IN_X, 1, OUT_FP)

#define FP_OPS(OP)                                                  \
    FP_ARITH_OPS(OP, S, "s")                                        \
    FP_ARITH_OPS(OP, D, "d")                                        \
    FP_TOINT_OPS(OP, S, "s")                                        \
    FP_TOINT_OPS(OP, D, "d")                                        \
    FP_FROMINT_OPS(OP, S, "s")                                      \
    FP_FROMINT_OPS(OP, D, "d")                                      \
    OP(FCVT_SH, "fcvt s0, h0", IN_H, 1, OUT_FP)                     \
    OP(FCVT_DH, "fcvt d0, h0", IN_H, 1, OUT_FP)                     \
    OP(FCVT_HS, "fcvt h0, s0", IN_S, 1, OUT_FP)                     \
    OP(FCVT_DS, "fcvt d0, s0", IN_S, 1, OUT_FP)                     \
    OP(FCVT_HD, "fcvt h0, d0", IN_D, 1, OUT_FP)                     \
    OP(FCVT_SD, "fcvt s0, d0", IN_D, 1, OUT_FP)                     \
    OP(FCVTXN_SD, "fcvtxn s0, d0", IN_D, 1, OUT_FP)                 \
    OP(URECPE_2S, "urecpe v0.2s, v0.2s", IN_V32, 1, OUT_FP)         \
    OP(URSQRTE_2S, "ursqrte v0.2s, v0.2s", IN_V32, 1, OUT_FP)

#define FP_ENUM(id, text, in, nin, out) OP_##id,
enum { FP_OPS(FP_ENUM) OP_COUNT };
#undef FP_ENUM

#define FP_NAME(id, text, in, nin, out) #id,
static const char* const fp_op_names[] = { FP_OPS(FP_NAME) };
#undef FP_NAME
#define FP_KIND(id, text, in, nin, out) { in, nin, out },
static const struct { int in, nin, out; } fp_op_kinds[] = { FP_OPS(FP_KIND) };
#undef FP_KIND

/* One record per case, guest to host. */
struct fp_record {
    uint64_t result;
    uint32_t fpsr;
    uint32_t pad;
};

struct fp_case {
    uint32_t fpcr;
    uint64_t a, b, c;
};

static inline uint64_t fp_rand(uint64_t* s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* A floating-point operand of exponent width e, fraction width f. */
static inline uint64_t fp_gen_float(uint64_t* s, int e, int f)
{
    const uint64_t fm = (1ull << f) - 1, emax = (1ull << e) - 1, bias = emax >> 1;
    const uint64_t r = fp_rand(s);
    const uint64_t sign = (r >> 63) << (e + f);
    uint64_t frac = fp_rand(s) & fm, exp;
    const unsigned k = (unsigned)(r >> 8) % (unsigned)(f + 1);
    switch ((r >> 32) % 20) {
    case 0: case 1: case 2:
        return fp_rand(s) & ((1ull << (e + f + 1)) - 1);
    case 3:
        return sign;
    case 4:
        return sign | (emax << f);
    case 5: /* quiet NaN, random payload */
        return sign | (emax << f) | (1ull << (f - 1)) | (frac >> (r & 1 ? k : 0));
    case 6: /* signalling NaN */
        frac = (frac & (fm >> 1)) >> (r & 1 ? k : 0);
        return sign | (emax << f) | (frac ? frac : 1);
    case 7: /* denormal, sometimes tiny */
        frac >>= (r & 2) ? k : 0;
        return sign | (frac ? frac : 1);
    case 8: /* around the smallest normal */
        exp = (r >> 4) & 1;
        frac = (r & 4) ? fm - ((r >> 16) & 3) : ((r >> 16) & 3);
        return sign | (exp << f) | frac;
    case 9: /* around the largest normal */
        exp = emax - 1 - ((r >> 4) & 1);
        frac = (r & 4) ? fm - ((r >> 16) & 3) : frac;
        return sign | (exp << f) | frac;
    case 10: case 11: /* near integers and halves: few fraction bits */
        exp = bias - 2 + (r >> 40) % (unsigned)(f + 4);
        frac &= ~(fm >> ((r >> 20) % 4));
        frac &= ~((1ull << k) - 1);
        return sign | (exp << f) | frac;
    case 12: { /* near the integer conversion limits (2^15/16/31/32/63/64) */
        static const int lims[] = {15, 16, 31, 32, 63, 64};
        exp = bias + lims[(r >> 20) % 6] - ((r >> 24) & 1);
        if (exp >= emax)
            exp = emax - 1;
        frac = (r & 4) ? ((r & 8) ? fm : 0) : frac;
        return sign | (exp << f) | frac;
    }
    case 13: /* short mantissa, any exponent (exact and tie results) */
        exp = 1 + (r >> 20) % (emax - 1);
        return sign | (exp << f) | (frac & ~(fm >> ((r >> 12) % 6)));
    case 14: case 15: /* around 1.0 */
        exp = bias - 3 + (r >> 20) % 7;
        return sign | (exp << f) | frac;
    default: /* a random normal */
        exp = 1 + (r >> 20) % (emax - 1);
        return sign | (exp << f) | frac;
    }
}

/* Operand b (or c) derived from a: equal, negated, close, same exponent. */
static inline uint64_t fp_gen_related(uint64_t* s, uint64_t a, int e, int f)
{
    const uint64_t r = fp_rand(s);
    const uint64_t sbit = 1ull << (e + f), fm = (1ull << f) - 1;
    switch (r % 6) {
    case 0: return a;
    case 1: return a ^ sbit;
    case 2: return (a ^ ((r >> 8) & 1 ? sbit : 0)) + ((r >> 16) % 5) - 2; /* a few ulps away */
    case 3: return (a & ~fm) | (fp_rand(s) & fm);                        /* same exponent */
    default: { /* exponent a few steps away, either sign */
        const uint64_t emax = (1ull << e) - 1;
        int64_t exp = (int64_t)((a >> f) & emax) + (int64_t)((r >> 8) % (unsigned)(2 * f + 8)) - (f + 4);
        if (exp < 0) exp = 0;
        if (exp > (int64_t)emax - 1) exp = (int64_t)emax - 1;
        return ((r >> 20) & 1 ? sbit : 0) ^ ((a & sbit) | ((uint64_t)exp << f) | (fp_rand(s) & fm));
    }
    }
}

/* Integer operands: small, powers of two and their neighbours, extremes,
 * values with just more significant bits than a float holds (ties). */
static inline uint64_t fp_gen_int(uint64_t* s, int bits)
{
    const uint64_t r = fp_rand(s), v = fp_rand(s);
    const uint64_t mask = bits == 64 ? ~0ull : (1ull << bits) - 1;
    const unsigned sh = (unsigned)(r >> 8) % (unsigned)bits;
    uint64_t x;
    switch (r % 8) {
    case 0: x = v; break;
    case 1: x = v >> sh; break;
    case 2: x = (r & 16) ? (uint64_t)-(int64_t)(v >> sh) : (v >> sh); break;
    case 3: x = (1ull << sh) + ((r >> 16) % 5) - 2; break;
    case 4: x = (r & 16) ? (1ull << (bits - 1)) - ((r >> 16) % 3) : ((1ull << (bits - 1)) + ((r >> 16) % 3)); break;
    case 5: x = (v >> sh) | (1ull << (bits - 1)); break;
    case 6: { /* 25 or 54 significant bits with a tie or near-tie at the end */
        const unsigned n = (r & 16) ? 25 : 54;
        x = ((v | (1ull << 63)) >> (64 - n)) << (sh < 64 - n ? sh : 0);
        if (r & 32) x ^= (r & 64) ? 1 : 0;
        if (r & 128) x = (uint64_t)-(int64_t)x;
        break;
    }
    default: x = (r & 16) ? (uint64_t)((r >> 16) % 7) : v >> 40; break;
    }
    x &= mask;
    if (bits == 32 && (x & 0x80000000ull) && ((r >> 60) & 1)) /* the W form sees w10 only */
        x |= 0xffffffff00000000ull;
    return x;
}

static inline void fp_float_width(int in, int* e, int* f)
{
    if (in == IN_H) { *e = 5; *f = 10; }
    else if (in == IN_S) { *e = 8; *f = 23; }
    else { *e = 11; *f = 52; }
}

/* Case i of op k: FPCR (RMode, FZ, DN, AHP random) and operands. */
static inline struct fp_case fp_gen_case(int op, uint32_t i)
{
    uint64_t s = ((uint64_t)op << 32) ^ i ^ 0x5f0f5f0f12345678ull;
    struct fp_case c;
    const uint64_t r = fp_rand(&s);
    c.fpcr = (uint32_t)((r & 3) << 22);       /* RMode */
    if ((r >> 2) % 3 == 0) c.fpcr |= 1u << 24; /* FZ, a third of the cases */
    if ((r >> 4) & 1) c.fpcr |= 1u << 25;      /* DN */
    if ((r >> 5) & 1) c.fpcr |= 1u << 26;      /* AHP */
    const int in = fp_op_kinds[op].in, nin = fp_op_kinds[op].nin;
    if (in == IN_W || in == IN_X) {
        c.a = fp_gen_int(&s, in == IN_W ? 32 : 64);
        c.b = c.c = 0;
        return c;
    }
    if (in == IN_V32) {
        c.a = (fp_gen_int(&s, 32) & 0xffffffffull) | (fp_gen_int(&s, 32) << 32);
        c.b = c.c = 0;
        return c;
    }
    int e, f;
    fp_float_width(in, &e, &f);
    c.a = fp_gen_float(&s, e, f);
    c.b = (nin >= 2 && (r >> 8) % 3 == 0) ? fp_gen_related(&s, c.a, e, f) : fp_gen_float(&s, e, f);
    c.c = fp_gen_float(&s, e, f);
    if (nin == 3 && (r >> 12) % 3 == 0) {
        /* FMADD: an addend close to -(a * b) for cancellation, computed with
         * the generating machine's own FP in round-to-nearest (identical on
         * any IEEE host; NaN products are not used). */
        if (in == IN_S) {
            float x, y, p;
            uint32_t xa = (uint32_t)c.a, xb = (uint32_t)c.b, xp;
            __builtin_memcpy(&x, &xa, 4);
            __builtin_memcpy(&y, &xb, 4);
            p = x * y;
            __builtin_memcpy(&xp, &p, 4);
            if ((xp & 0x7f800000u) != 0x7f800000u)
                c.c = (uint64_t)((xp ^ 0x80000000u) + ((r >> 16) % 3) - 1);
        } else {
            double x, y, p;
            uint64_t xp;
            __builtin_memcpy(&x, &c.a, 8);
            __builtin_memcpy(&y, &c.b, 8);
            p = x * y;
            __builtin_memcpy(&xp, &p, 8);
            if ((xp & 0x7ff0000000000000ull) != 0x7ff0000000000000ull)
                c.c = (xp ^ 0x8000000000000000ull) + ((r >> 16) % 3) - 1;
        }
    }
    return c;
}

#endif
