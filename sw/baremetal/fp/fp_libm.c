// libm-style computations the way a C library does them, printed as hex
// floats: FSQRT, fused multiply-add (one rounding: fma(a, b, -a*b) is the exact
// error of the product), the rounding functions (FRINTM/P/Z/A/N/X), FP <->
// integer conversions with saturation (FCVTZS/FCVTZU/FCVTAS, SCVTF/UCVTF),
// float <-> double, and exp/log/sin by argument reduction and polynomials,
// with a Newton reciprocal from FRECPE/FRECPS and a reciprocal square root from
// FRSQRTE/FRSQRTS.
#include <arm_neon.h>

#include "fp_util.h"

static volatile double s_v[] = {2.0,  0.1,  1e16, -2.5, 2.5, -0.5, 0x1.fffffffffffffp52, 1e300,
                                 -1e300, 3.7, -3.7, 0.49999999999999994, 9.3e18, -9.3e18, 4.2e9};

static double exp_approx(double x)
{
    // exp(x) = 2^k * exp(r), r = x - k ln2, |r| <= ln2/2; Taylor to degree 13.
    const double ln2 = 0x1.62e42fefa39efp-1;
    double k = __builtin_round(x / ln2);
    double r = __builtin_fma(-k, ln2, x);
    double p = 1.0 / 6227020800.0;
    static const double c[] = {1.0 / 479001600, 1.0 / 39916800, 1.0 / 3628800, 1.0 / 362880,
                               1.0 / 40320,     1.0 / 5040,     1.0 / 720,     1.0 / 120,
                               1.0 / 24,        1.0 / 6,        0.5,           1.0,
                               1.0};
    for (unsigned i = 0; i < sizeof c / sizeof c[0]; i++)
        p = __builtin_fma(p, r, c[i]);
    long ki = (long)k;
    return p * fp_from64((uint64_t)(1023 + ki) << 52);
}

static double log_approx(double x)
{
    // x = m * 2^e, m in [sqrt(1/2), sqrt(2)); log(m) = 2 atanh((m-1)/(m+1)).
    uint64_t b = fp_bits64(x);
    long e = (long)((b >> 52) & 0x7ff) - 1023;
    double m = fp_from64((b & 0xfffffffffffffull) | 0x3ff0000000000000ull);
    if (m > 1.4142135623730951) {
        m *= 0.5;
        e++;
    }
    double s = (m - 1) / (m + 1), s2 = s * s, t = 0;
    for (int k = 21; k >= 1; k -= 2)
        t = __builtin_fma(t, s2, 1.0 / k);
    return __builtin_fma((double)e, 0x1.62e42fefa39efp-1, 2 * s * t);
}

static double sin_approx(double x)
{
    const double pi_2 = 0x1.921fb54442d18p0;
    double k = __builtin_round(x / pi_2);
    double r = __builtin_fma(-k, pi_2, x);
    double r2 = r * r, s = 0, c = 0;
    for (int i = 23; i >= 3; i -= 2) {  // sin: sum (-1)^n r^(2n+1)/(2n+1)!
        double f = 1;
        for (int j = 2; j <= i; j++)
            f *= j;
        s = __builtin_fma(s, r2, ((i / 2) & 1 ? -1.0 : 1.0) / f);
    }
    s = __builtin_fma(s * r2, r, r);
    for (int i = 22; i >= 2; i -= 2) {
        double f = 1;
        for (int j = 2; j <= i; j++)
            f *= j;
        c = __builtin_fma(c, r2, ((i / 2) & 1 ? -1.0 : 1.0) / f);
    }
    c = __builtin_fma(c, r2, 1.0);
    switch ((long)k & 3) {
    case 0:
        return s;
    case 1:
        return c;
    case 2:
        return -s;
    default:
        return -c;
    }
}

int fp_main(void)
{
    bm_puts("-- sqrt and fma\n");
    fp_show64("sqrt(2)", __builtin_sqrt(s_v[0]));
    fp_show64("sqrt(0.1)", __builtin_sqrt(s_v[1]));
    fp_show32("sqrtf(2)", __builtin_sqrtf((float)s_v[0]));
    double p = s_v[1] * s_v[1];
    fp_show64("0.1*0.1", p);
    fp_show64("fma(0.1,0.1,-0.1*0.1)", __builtin_fma(s_v[1], s_v[1], -p));
    fp_show64("fma(1e16, 0.1, 2.5)", __builtin_fma(s_v[2], s_v[1], s_v[4]));
    fp_show32("fmaf(0.1f,10f,-1f)", __builtin_fmaf((float)s_v[1], 10.0f, -1.0f));

    bm_puts("-- rounding functions\n");
    for (unsigned i = 3; i <= 11; i++) {
        double x = s_v[i];
        bm_puts("x = ");
        fp_put_double(x);
        bm_puts(": floor ");
        fp_put_double(__builtin_floor(x));
        bm_puts(" ceil ");
        fp_put_double(__builtin_ceil(x));
        bm_puts(" trunc ");
        fp_put_double(__builtin_trunc(x));
        bm_puts(" round ");
        fp_put_double(__builtin_round(x));
        bm_puts(" rint ");
        fp_put_double(__builtin_rint(x));
        bm_printf(" lround %ld\n", __builtin_lround(x));
    }

    bm_puts("-- conversions (saturating)\n");
    for (unsigned i = 0; i < sizeof s_v / sizeof s_v[0]; i++) {
        // The volatile load after MSR and the volatile store before MRS keep
        // each conversion between the two (so its flags are the ones read).
        fp_set_fpsr(0);
        volatile int32_t w = (int32_t)s_v[i];
        uint64_t f1 = fp_fpsr();
        fp_set_fpsr(0);
        volatile uint32_t uw = (uint32_t)s_v[i];
        uint64_t f2 = fp_fpsr();
        double x = s_v[i];
        int64_t l = (int64_t)x;
        uint64_t ul = (uint64_t)x;
        float f = (float)x;
        bm_printf("%2u: (int)%d fpsr=%lx (unsigned)%u fpsr=%lx (long)%ld (ulong)%lu (float)", i,
                  w, f1, uw, f2, l, ul);
        fp_put_float(f);
        bm_putc('\n');
    }
    static volatile int64_t ints[] = {0x7fffffffffffffffll, -0x7fffffffffffffffll - 1,
                                      0x20000000000001ll, 16777217, -3};
    static volatile uint64_t uints[] = {0xffffffffffffffffull, 0x8000000000000401ull};
    for (unsigned i = 0; i < 5; i++) {
        bm_printf("(double)%ld = ", ints[i]);
        fp_put_double((double)ints[i]);
        bm_puts(", (float) = ");
        fp_put_float((float)ints[i]);
        bm_putc('\n');
    }
    for (unsigned i = 0; i < 2; i++) {
        bm_printf("(double)%lu = ", uints[i]);
        fp_put_double((double)uints[i]);
        bm_puts(", (float) = ");
        fp_put_float((float)uints[i]);
        bm_putc('\n');
    }

    bm_puts("-- exp, log, sin\n");
    static const double args[] = {0.5, 1.0, -3.25, 10.0, 700.0};
    for (unsigned i = 0; i < 5; i++) {
        volatile double a = args[i];
        bm_puts("x = ");
        fp_put_double(a);
        bm_puts(": exp ");
        fp_put_double(exp_approx(a));
        bm_puts(" log ");
        fp_put_double(a > 0 ? log_approx(a) : 0);
        bm_puts(" sin ");
        fp_put_double(sin_approx(a));
        bm_putc('\n');
    }

    bm_puts("-- reciprocal and rsqrt estimates refined by Newton steps\n");
    float32x4_t x = {3.0f, 0.1f, 1e30f, 7.0f};
    float32x4_t r = vrecpeq_f32(x);
    float32x4_t r1 = vmulq_f32(r, vrecpsq_f32(x, r));
    float32x4_t r2 = vmulq_f32(r1, vrecpsq_f32(x, r1));
    float32x4_t q = vrsqrteq_f32(x);
    float32x4_t q1 = vmulq_f32(q, vrsqrtsq_f32(vmulq_f32(x, q), q));
    for (int i = 0; i < 4; i++) {
        bm_printf("x[%d]: recpe %08x step1 %08x step2 %08x rsqrte %08x step1 %08x\n", i,
                  fp_bits32(r[i]), fp_bits32(r1[i]), fp_bits32(r2[i]), fp_bits32(q[i]),
                  fp_bits32(q1[i]));
    }
    float64x2_t xd = {3.0, 1e-300};
    float64x2_t rd = vrecpeq_f64(xd);
    bm_printf("recpe f64: %016lx %016lx, frecpx(3.0) %016lx\n", fp_bits64(rd[0]), fp_bits64(rd[1]),
              fp_bits64(vrecpxd_f64(3.0)));
    bm_puts("libm done\n");
    return 0;
}
