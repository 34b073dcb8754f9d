// Hexadecimal printing ("%a" style, fp_util.h) of awkward binary64, binary32
// and binary16 values computed at run time by compiler-generated FP code:
// rounding of decimal constants, signed zeros, the smallest denormals, the
// largest finite values and overflow, default NaN and NaN payload propagation
// (quietened signalling NaNs), conversions between the three formats (incl.
// overflow to infinity and underflow to denormals/zero), and FPSR's cumulative
// flags after each operation (DDI 0487 C5.2.8). Inputs come through volatile
// variables so that GCC cannot fold the operations at compile time.
#include "fp_util.h"

static volatile double s_d[] = {
    0.1, 0.2, 1.0, 3.0, -0.0, 0x1p-1022, 0x0.0000000000001p-1022, 0x1.fffffffffffffp+1023,
    0x1p-1074 * 3, 0x1.0000000000001p0, 0.0,
};
static volatile uint64_t s_nan_bits[] = {
    0x7ff8000000000123ull,  // quiet NaN, payload 0x123
    0x7ff0000000000456ull,  // signalling NaN, payload 0x456
    0xfff4000000000001ull,  // negative signalling NaN
};
static volatile float s_f[] = {0.1f, 16777216.0f, 1.0f, 0x1p-149f, 0x1.fffffep127f, 3.0f};
static volatile double s_out;
static volatile float s_outf;

// Each check clears FPSR, computes one value into a volatile variable and
// prints it with the flags it raised (IOC DZC OFC UFC IXC IDC = bits 0-4, 7).
#define T64(name, expr)                                                                        \
    do {                                                                                       \
        fp_set_fpsr(0);                                                                        \
        s_out = (expr);                                                                        \
        uint64_t flags_ = fp_fpsr();                                                           \
        bm_printf("%s = ", name);                                                           \
        fp_put_double(s_out);                                                                  \
        bm_printf(" [%016lx] fpsr=%lx\n", fp_bits64(s_out), flags_);                           \
    } while (0)
#define T32(name, expr)                                                                        \
    do {                                                                                       \
        fp_set_fpsr(0);                                                                        \
        s_outf = (expr);                                                                       \
        uint64_t flags_ = fp_fpsr();                                                           \
        bm_printf("%s = ", name);                                                           \
        fp_put_float(s_outf);                                                                  \
        bm_printf(" [%08x] fpsr=%lx\n", fp_bits32(s_outf), flags_);                            \
    } while (0)

static double nan_in(unsigned i) { return fp_from64(s_nan_bits[i]); }

int fp_main(void)
{
    bm_printf("FPCR=%lx at entry\n", fp_fpcr());
    bm_puts("-- binary64\n");
    T64("0.1", s_d[0]);
    T64("0.1 + 0.2", s_d[0] + s_d[1]);
    T64("1 / 3", s_d[2] / s_d[3]);
    T64("-0.0", s_d[4]);
    T64("-0.0 + 0.0", s_d[4] + s_d[10]);
    T64("-0.0 * 3", s_d[4] * s_d[3]);
    T64("DBL_MIN", s_d[5]);
    T64("DBL_MIN / 3", s_d[5] / s_d[3]);
    T64("denorm_min", s_d[6]);
    T64("denorm_min / 2 (tie to 0)", s_d[6] / 2.0);
    T64("3*denorm_min / 2 (tie up)", s_d[8] / 2.0);
    T64("DBL_MAX", s_d[7]);
    T64("DBL_MAX * 2", s_d[7] * 2.0);
    T64("-DBL_MAX * 2", -s_d[7] * 2.0);
    T64("1 + ulp", s_d[9]);
    T64("(1 + ulp)^2", s_d[9] * s_d[9]);
    T64("1 / 0", s_d[2] / s_d[10]);
    T64("0 / 0 (default NaN)", s_d[10] / s_d[10]);
    T64("inf - inf", (s_d[7] * 2.0) - (s_d[7] * 2.0));
    T64("sqrt(-1)", __builtin_sqrt(-s_d[2]));
    T64("qNaN(0x123) + 1", nan_in(0) + s_d[2]);
    T64("sNaN(0x456) + 1", nan_in(1) + s_d[2]);
    T64("1 * -sNaN", s_d[2] * nan_in(2));
    T64("qNaN + sNaN (sNaN wins)", nan_in(0) + nan_in(1));
    T64("fmax(qNaN, 1)", __builtin_fmax(nan_in(0), s_d[2]));
    T64("fmin(-0, +0)", __builtin_fmin(s_d[4], s_d[10]));
    T64("sqrt(2)", __builtin_sqrt(2.0 * s_d[2]));

    bm_puts("-- binary32\n");
    T32("0.1f", s_f[0]);
    T32("2^24 + 1", s_f[1] + s_f[2]);
    T32("2^24 + 3", s_f[1] + s_f[3]);
    T32("FLT_TRUE_MIN", s_f[3]);
    T32("FLT_TRUE_MIN * 0.5", s_f[3] * 0.5f);
    T32("FLT_MAX + FLT_MAX", s_f[4] + s_f[4]);
    T32("1 / 3", s_f[2] / s_f[5]);
    T32("(float)0.1", (float)s_d[0]);
    T32("(float)DBL_MAX", (float)s_d[7]);
    T32("(float)DBL_MIN", (float)s_d[5]);
    T32("(float)sNaN(0x456)", (float)nan_in(1));
    T32("(float)qNaN(0x123)", (float)nan_in(0));
    T64("(double)0.1f", (double)s_f[0]);
    T64("(double)FLT_TRUE_MIN", (double)s_f[3]);

    bm_puts("-- binary16 (__fp16 storage format, IEEE)\n");
    static const float halves[] = {65504.0f, 65519.0f, 65520.0f, 0x1p-24f, 0x1p-25f,
                                   0x1.8p-25f, 1.0f / 3.0f, -0.0f};
    for (unsigned i = 0; i < sizeof halves / sizeof halves[0]; i++) {
        volatile float in = halves[i];
        fp_set_fpsr(0);
        volatile __fp16 h = (__fp16)in;
        uint64_t flags = fp_fpsr();
        uint16_t bits;
        __builtin_memcpy(&bits, (const void*)&h, 2);
        fp_set_fpsr(0);
        s_outf = (float)h;
        bm_puts("(__fp16)");
        fp_put_float(in);
        bm_printf(" = %04x fpsr=%lx, back to float: ", bits, flags);
        fp_put_float(s_outf);
        bm_printf(" fpsr=%lx\n", fp_fpsr());
    }

    bm_puts("-- the same division in each rounding mode (FPCR.RMode)\n");
    static const char* modes[] = {"RN", "RP", "RM", "RZ"};
    for (unsigned m = 0; m < 4; m++) {
        fp_set_fpcr((uint64_t)m << 22);
        s_out = s_d[2] / s_d[3];
        double neg = -s_d[2] / s_d[3];
        s_outf = s_f[2] / s_f[5];
        bm_printf("%s: 1/3 = ", modes[m]);
        fp_put_double(s_out);
        bm_puts(", -1/3 = ");
        fp_put_double(neg);
        bm_puts(", 1/3f = ");
        fp_put_float(s_outf);
        bm_putc('\n');
    }
    fp_set_fpcr(0);

    bm_puts("-- flush-to-zero (FPCR.FZ) and default NaN (FPCR.DN)\n");
    fp_set_fpcr(1u << 24);
    T64("FZ: DBL_MIN / 3", s_d[5] / s_d[3]);
    T64("FZ: denorm_min + 0", s_d[6] + s_d[10]);
    T32("FZ: FLT_TRUE_MIN * 1", s_f[3] * s_f[2]);
    fp_set_fpcr(1u << 25);
    T64("DN: qNaN(0x123) + 1", nan_in(0) + s_d[2]);
    T64("DN: sNaN(0x456) + 1", nan_in(1) + s_d[2]);
    fp_set_fpcr(0);
    bm_puts("hexfloat done\n");
    return 0;
}
