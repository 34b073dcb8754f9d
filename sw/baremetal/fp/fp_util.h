// Helpers of the FP bare-metal programs: C99 "%a"-style hexadecimal printing of
// binary64/binary32 values (the bare-metal printf has no floating point), done
// with integer operations only so that the printing itself does not depend on
// the FP unit under test; and saving/restoring V0-V31, FPCR and FPSR around FP
// code run from an exception handler (the vector entry saves only x0-x30).
#pragma once

#include "bm.h"

static inline uint64_t fp_bits64(double d)
{
    uint64_t b;
    __builtin_memcpy(&b, &d, 8);
    return b;
}
static inline uint32_t fp_bits32(float f)
{
    uint32_t b;
    __builtin_memcpy(&b, &f, 4);
    return b;
}
static inline double fp_from64(uint64_t b)
{
    double d;
    __builtin_memcpy(&d, &b, 8);
    return d;
}
static inline float fp_from32(uint32_t b)
{
    float f;
    __builtin_memcpy(&f, &b, 4);
    return f;
}

// Prints a binary64 value given by its bits the way glibc's printf("%a")
// does: [-]0x1.<hex fraction without trailing zeros>p<exp>, denormals as
// 0x0.<fraction>p-1022, zeros as 0x0p+0, "inf", and NaNs as "nan" followed by
// the fraction (payload) in parentheses, which %a does not show.
__attribute__((unused)) static void fp_put_hex64(uint64_t b)
{
    const int neg = (int)(b >> 63);
    const int exp = (int)((b >> 52) & 0x7ff);
    uint64_t frac = b & 0xfffffffffffffull;
    if (neg)
        bm_putc('-');
    if (exp == 0x7ff) {
        if (frac == 0)
            bm_puts("inf");
        else
            bm_printf("nan(0x%lx)", frac);
        return;
    }
    int e;
    char lead;
    if (exp == 0) {
        if (frac == 0) {
            bm_puts("0x0p+0");
            return;
        }
        lead = '0';
        e = -1022;
    } else {
        lead = '1';
        e = exp - 1023;
    }
    bm_puts("0x");
    bm_putc(lead);
    if (frac) {
        bm_putc('.');
        int digits = 13;
        while ((frac & 0xf) == 0) {
            frac >>= 4;
            digits--;
        }
        for (int i = digits - 1; i >= 0; i--)
            bm_putc("0123456789abcdef"[(frac >> (4 * i)) & 0xf]);
    }
    bm_printf("p%c%d", e < 0 ? '-' : '+', e < 0 ? -e : e);
}

// A binary32 value, printed as printf("%a", (double)f) does (the widening is
// done on the bits: a binary32 denormal is a binary64 normal).
__attribute__((unused)) static void fp_put_hex32(uint32_t b)
{
    uint64_t sign = (uint64_t)(b >> 31) << 63;
    int exp = (int)((b >> 23) & 0xff);
    uint64_t frac = b & 0x7fffff;
    if (exp == 0xff) {
        fp_put_hex64(sign | 0x7ff0000000000000ull | (frac << 29));
        return;
    }
    if (exp == 0) {
        if (frac == 0) {
            fp_put_hex64(sign);
            return;
        }
        exp = 1;
        while (!(frac & 0x800000)) {
            frac <<= 1;
            exp--;
        }
        frac &= 0x7fffff;
    }
    fp_put_hex64(sign | ((uint64_t)(exp - 127 + 1023) << 52) | (frac << 29));
}

static inline void fp_put_double(double d) { fp_put_hex64(fp_bits64(d)); }
static inline void fp_put_float(float f) { fp_put_hex32(fp_bits32(f)); }

// "name = <hex float> [bits]\n"
__attribute__((unused)) static void fp_show64(const char* name, double d)
{
    bm_printf("%s = ", name);
    fp_put_double(d);
    bm_printf(" [%016lx]\n", fp_bits64(d));
}
__attribute__((unused)) static void fp_show32(const char* name, float f)
{
    bm_printf("%s = ", name);
    fp_put_float(f);
    bm_printf(" [%08x]\n", fp_bits32(f));
}

static inline uint64_t fp_fpsr(void) { return read_sysreg(fpsr); }
static inline uint64_t fp_fpcr(void) { return read_sysreg(fpcr); }
static inline void fp_set_fpcr(uint64_t v) { write_sysreg(fpcr, v); }
static inline void fp_set_fpsr(uint64_t v) { write_sysreg(fpsr, v); }

// The whole SIMD&FP register state. 16-byte aligned: it is saved with STP Q,
// and a 128-bit access at 8 mod 16 to Device memory (MMU off) is an
// Alignment fault.
struct fp_state {
    uint64_t v[64];  // V0-V31, low half first
    uint64_t fpcr, fpsr;
} __attribute__((aligned(16)));

#define FP_STP_ALL(base)                                                                       \
    "stp q0, q1, [" base ", #0]\n stp q2, q3, [" base ", #32]\n"                               \
    "stp q4, q5, [" base ", #64]\n stp q6, q7, [" base ", #96]\n"                              \
    "stp q8, q9, [" base ", #128]\n stp q10, q11, [" base ", #160]\n"                          \
    "stp q12, q13, [" base ", #192]\n stp q14, q15, [" base ", #224]\n"                        \
    "stp q16, q17, [" base ", #256]\n stp q18, q19, [" base ", #288]\n"                        \
    "stp q20, q21, [" base ", #320]\n stp q22, q23, [" base ", #352]\n"                        \
    "stp q24, q25, [" base ", #384]\n stp q26, q27, [" base ", #416]\n"                        \
    "stp q28, q29, [" base ", #448]\n stp q30, q31, [" base ", #480]\n"
#define FP_LDP_ALL(base)                                                                       \
    "ldp q0, q1, [" base ", #0]\n ldp q2, q3, [" base ", #32]\n"                               \
    "ldp q4, q5, [" base ", #64]\n ldp q6, q7, [" base ", #96]\n"                              \
    "ldp q8, q9, [" base ", #128]\n ldp q10, q11, [" base ", #160]\n"                          \
    "ldp q12, q13, [" base ", #192]\n ldp q14, q15, [" base ", #224]\n"                        \
    "ldp q16, q17, [" base ", #256]\n ldp q18, q19, [" base ", #288]\n"                        \
    "ldp q20, q21, [" base ", #320]\n ldp q22, q23, [" base ", #352]\n"                        \
    "ldp q24, q25, [" base ", #384]\n ldp q26, q27, [" base ", #416]\n"                        \
    "ldp q28, q29, [" base ", #448]\n ldp q30, q31, [" base ", #480]\n"
#define FP_CLOBBER_ALL                                                                         \
    "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13",    \
        "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24", "v25",   \
        "v26", "v27", "v28", "v29", "v30", "v31"

// Saves/restores the state. General-registers-only themselves, so they can be
// called first and last from a handler that is.
__attribute__((target("general-regs-only"), noinline, unused)) static void
fp_save(struct fp_state* s)
{
    __asm__ volatile(FP_STP_ALL("%0") "mrs x1, fpcr\n mrs x2, fpsr\n add x3, %0, #512\n"
                                       "stp x1, x2, [x3]\n"
                     :
                     : "r"(s)
                     : "x1", "x2", "x3", "memory");
}
__attribute__((target("general-regs-only"), noinline, unused)) static void
fp_restore(const struct fp_state* s)
{
    __asm__ volatile(FP_LDP_ALL("%0") "add x3, %0, #512\n ldp x1, x2, [x3]\n"
                                       "msr fpcr, x1\n msr fpsr, x2\n"
                     :
                     : "r"(s)
                     : "x1", "x2", "x3", "memory", FP_CLOBBER_ALL);
}
