// Floating-point and AdvSIMD CPU benchmark, the FP counterpart of intbench.c:
//  - linpack: LU factorisation with partial pivoting and a solve of a 48x48
//    double system (daxpy inner loops, FMA, division), checked by its residual;
//  - whetstone: scalar single and double arithmetic, division, square roots,
//    int<->FP conversions, rounding and polynomial approximations of exp/sin;
//  - strings: strlen, memchr and memcpy written with AdvSIMD intrinsics the way
//    a C library does (16-byte loads, CMEQ, across-lane reductions, LDP/STP Q),
//    over buffers of many lengths and alignments;
//  - saxpy: a loop the compiler vectorises (FMLA on 4 lanes).
// Every kernel folds the bit patterns of its results into a checksum, so the
// output is the same on every simulator only if every result is bit-exact.
// Built like intbench: bare metal (semihosting, fpbench_mmu.elf after turning
// the MMU on) and as a static Linux user program, from this one file.
#include <arm_neon.h>

#include "bench.h"

#ifndef FPBENCH_ITERATIONS
#define FPBENCH_ITERATIONS 2000
#endif

#define LIN_N 48
#define TEXT_BYTES 4096
#define SAXPY_N 1024

static struct {
    double a[LIN_N][LIN_N];
    double lu[LIN_N][LIN_N];
    double b[LIN_N];
    double x[LIN_N];
    int pivot[LIN_N];
    uint8_t text[TEXT_BYTES + 64];
    uint8_t copy[TEXT_BYTES + 64];
    float sx[SAXPY_N];
    float sy[SAXPY_N];
} s_work __attribute__((aligned(4096)));

static volatile uint32_t s_iterations = FPBENCH_ITERATIONS;

static uint32_t s_seed = 12345;
static uint32_t next_random(void)
{
    s_seed = s_seed * 1664525u + 1013904223u;
    return s_seed;
}

static uint64_t bits_of(double d)
{
    uint64_t u;
    __builtin_memcpy(&u, &d, sizeof u);
    return u;
}

static uint32_t fbits_of(float f)
{
    uint32_t u;
    __builtin_memcpy(&u, &f, sizeof u);
    return u;
}

static uint32_t mix(uint32_t h, uint64_t v)
{
    h ^= (uint32_t)v;
    h *= 0x01000193u;
    h ^= (uint32_t)(v >> 32);
    h *= 0x01000193u;
    return h;
}

// ---- linpack ----

static BENCH_NOINLINE void lin_generate(void)
{
    for (int i = 0; i < LIN_N; i++) {
        double row = 0;
        for (int j = 0; j < LIN_N; j++) {
            double v = (double)(int32_t)(next_random() >> 8) / 8388608.0;
            s_work.a[i][j] = v;
            row += v;
        }
        s_work.b[i] = row;  // the exact solution is all ones
    }
}

static BENCH_NOINLINE void lin_factor(void)
{
    __builtin_memcpy(s_work.lu, s_work.a, sizeof s_work.lu);
    for (int k = 0; k < LIN_N; k++) {
        int p = k;
        double best = __builtin_fabs(s_work.lu[k][k]);
        for (int i = k + 1; i < LIN_N; i++) {
            double v = __builtin_fabs(s_work.lu[i][k]);
            if (v > best) {
                best = v;
                p = i;
            }
        }
        s_work.pivot[k] = p;
        if (p != k) {
            for (int j = 0; j < LIN_N; j++) {
                double t = s_work.lu[k][j];
                s_work.lu[k][j] = s_work.lu[p][j];
                s_work.lu[p][j] = t;
            }
        }
        double inv = 1.0 / s_work.lu[k][k];
        for (int i = k + 1; i < LIN_N; i++) {
            double f = s_work.lu[i][k] * inv;
            s_work.lu[i][k] = f;
            for (int j = k + 1; j < LIN_N; j++)
                s_work.lu[i][j] = __builtin_fma(-f, s_work.lu[k][j], s_work.lu[i][j]);
        }
    }
}

static BENCH_NOINLINE uint32_t lin_solve(void)
{
    double y[LIN_N];
    for (int i = 0; i < LIN_N; i++)
        y[i] = s_work.b[i];
    for (int k = 0; k < LIN_N; k++) {
        int p = s_work.pivot[k];
        double t = y[p];
        y[p] = y[k];
        y[k] = t;
        for (int i = k + 1; i < LIN_N; i++)
            y[i] -= s_work.lu[i][k] * y[k];
    }
    for (int i = LIN_N - 1; i >= 0; i--) {
        double sum = y[i];
        for (int j = i + 1; j < LIN_N; j++)
            sum -= s_work.lu[i][j] * s_work.x[j];
        s_work.x[i] = sum / s_work.lu[i][i];
    }
    // Residual max |x - 1| folded in as bits, plus every solution element.
    double worst = 0;
    uint32_t h = 0;
    for (int i = 0; i < LIN_N; i++) {
        double e = __builtin_fabs(s_work.x[i] - 1.0);
        worst = e > worst ? e : worst;
        h = mix(h, bits_of(s_work.x[i]));
    }
    return mix(h, bits_of(worst));
}

// ---- whetstone-style scalar mix ----

// exp(x) for |x| < 1 by a Taylor polynomial in Horner form (FMA chain).
static double poly_exp(double x)
{
    double r = 1.0 / 40320;
    static const double c[] = {1.0 / 5040, 1.0 / 720, 1.0 / 120, 1.0 / 24, 1.0 / 6, 0.5, 1, 1};
    for (unsigned i = 0; i < sizeof c / sizeof c[0]; i++)
        r = __builtin_fma(r, x, c[i]);
    return r;
}

// sin(x) for |x| < pi in single precision.
static float poly_sinf(float x)
{
    float x2 = x * x;
    return x * (1.0f + x2 * (-1.0f / 6 + x2 * (1.0f / 120 + x2 * (-1.0f / 5040))));
}

static BENCH_NOINLINE uint32_t whetstone(uint32_t seed)
{
    double t = 0.499975, t2 = 2.0;
    double e1 = 1.0, e2 = -1.0, e3 = -1.0, e4 = -1.0;
    float fs = 0.0f;
    uint32_t h = seed;
    for (int i = 0; i < 64; i++) {
        e1 = (e1 + e2 + e3 - e4) * t;
        e2 = (e1 + e2 - e3 + e4) * t;
        e3 = (e1 - e2 + e3 + e4) * t;
        e4 = (-e1 + e2 + e3 + e4) / t2;
        double s = __builtin_sqrt(__builtin_fabs(e1) + 1.0);
        double ex = poly_exp(e4 * 0.25);
        int64_t n = (int64_t)(ex * 1000.0);  // FCVTZS
        double back = (double)n / 1000.0;    // SCVTF, FDIV
        fs += poly_sinf((float)(e2 * 0.5)) * (float)s;
        h = mix(h, bits_of(s) ^ bits_of(back));
        h = mix(h, bits_of(__builtin_floor(ex * 37.0)) ^ bits_of(__builtin_round(e3 * 1e3)));
    }
    h = mix(h, fbits_of(fs));
    return mix(h, bits_of(e1) ^ bits_of(e2) ^ bits_of(e3) ^ bits_of(e4));
}

// ---- AdvSIMD string functions, as a C library writes them ----

static BENCH_NOINLINE size_t simd_strlen(const uint8_t* s)
{
    // Align down to 16 bytes and mask the bytes before s (reads stay inside
    // the aligned 16-byte blocks that hold the string).
    const uint8_t* p = (const uint8_t*)((uintptr_t)s & ~(uintptr_t)15);
    unsigned skip = (unsigned)(s - p);
    uint8x16_t v = vld1q_u8(p);
    uint8x16_t zero = vceqq_u8(v, vdupq_n_u8(0));
    static const uint8_t index[16] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    uint8x16_t before = vcltq_u8(vld1q_u8(index), vdupq_n_u8((uint8_t)skip));
    zero = vbicq_u8(zero, before);
    for (;;) {
        if (vmaxvq_u8(zero)) {
            // First set lane: narrow to a 64-bit mask of nibbles, count zeros.
            uint64_t mask = vget_lane_u64(vreinterpret_u64_u8(vshrn_n_u16(vreinterpretq_u16_u8(zero), 4)), 0);
            return (size_t)(p - s) + (size_t)(__builtin_ctzll(mask) >> 2);
        }
        p += 16;
        zero = vceqq_u8(vld1q_u8(p), vdupq_n_u8(0));
    }
}

static BENCH_NOINLINE const uint8_t* simd_memchr(const uint8_t* s, uint8_t c, size_t n)
{
    uint8x16_t needle = vdupq_n_u8(c);
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        uint8x16_t hit = vceqq_u8(vld1q_u8(s + i), needle);
        if (vmaxvq_u8(hit)) {
            uint64_t mask = vget_lane_u64(vreinterpret_u64_u8(vshrn_n_u16(vreinterpretq_u16_u8(hit), 4)), 0);
            return s + i + (__builtin_ctzll(mask) >> 2);
        }
    }
    for (; i < n; i++)
        if (s[i] == c)
            return s + i;
    return 0;
}

static BENCH_NOINLINE void simd_memcpy(uint8_t* d, const uint8_t* s, size_t n)
{
    size_t i = 0;
    for (; i + 64 <= n; i += 64) {
        uint8x16x4_t v = vld1q_u8_x4(s + i);  // LD1 {4 registers}
        vst1q_u8_x4(d + i, v);
    }
    for (; i + 16 <= n; i += 16)
        vst1q_u8(d + i, vld1q_u8(s + i));
    for (; i < n; i++)
        d[i] = s[i];
}

static BENCH_NOINLINE void text_generate(void)
{
    for (unsigned i = 0; i < TEXT_BYTES; i++) {
        uint32_t r = next_random() >> 24;
        s_work.text[i] = (uint8_t)(r < 12 ? 0 : 'a' + r % 26);
    }
    __builtin_memset(s_work.text + TEXT_BYTES, 0, 64);
}

static BENCH_NOINLINE uint32_t strings(void)
{
    uint32_t h = 0;
    size_t pos = 0;
    while (pos < TEXT_BYTES) {
        size_t len = simd_strlen(s_work.text + pos);
        h = mix(h, len);
        const uint8_t* q = simd_memchr(s_work.text + pos, 'q', len);
        h = mix(h, q ? (uint64_t)(q - s_work.text) : 0xFFFF);
        pos += len + 1;
    }
    for (unsigned off = 0; off < 16; off++) {
        simd_memcpy(s_work.copy + off, s_work.text + 3 * off, TEXT_BYTES - 64);
        h = mix(h, s_work.copy[off + 1000] | (uint64_t)s_work.copy[off + TEXT_BYTES - 65] << 8);
    }
    return h;
}

// ---- a loop the compiler vectorises ----

static BENCH_NOINLINE __attribute__((optimize("tree-vectorize"))) void saxpy(float a, float* y,
                                                                             const float* x)
{
    for (int i = 0; i < SAXPY_N; i++)
        y[i] = __builtin_fmaf(a, x[i], y[i]);
}

static BENCH_NOINLINE uint32_t saxpy_run(void)
{
    for (int i = 0; i < SAXPY_N; i++) {
        s_work.sx[i] = (float)(int32_t)(next_random() >> 12) * (1.0f / 65536);
        s_work.sy[i] = (float)i * 0.25f;
    }
    for (int r = 0; r < 8; r++)
        saxpy(0.75f + (float)r * 0.125f, s_work.sy, s_work.sx);
    uint32_t h = 0;
    for (int i = 0; i < SAXPY_N; i += 7)
        h = mix(h, fbits_of(s_work.sy[i]));
    return h;
}

struct fp_sums {
    uint32_t linpack, whetstone, strings, saxpy;
};

static BENCH_NOINLINE void run_iterations(uint32_t iterations, struct fp_sums* sums)
{
    for (uint32_t it = 0; it < iterations; it++) {
        if (it % 8 == 0) {
            lin_generate();
            lin_factor();
            sums->linpack = mix(sums->linpack, lin_solve());
        }
        sums->whetstone = mix(sums->whetstone, whetstone(it));
        text_generate();
        sums->strings = mix(sums->strings, strings());
        sums->saxpy = mix(sums->saxpy, saxpy_run());
    }
}

// SIMD&FP access at EL1 (CPACR_EL1.FPEN = 0b11), before any FP instruction:
// main itself does no FP work, so the compiler emits none before this.
#if defined(BENCH_BAREMETAL)
static void enable_fp(void)
{
    __asm__ volatile("mrs x0, cpacr_el1\n\torr x0, x0, #(3 << 20)\n\tmsr cpacr_el1, x0\n\tisb"
                     ::: "x0", "memory");
}

int main(void)
{
    enable_fp();
    uint32_t iterations = s_iterations;
#if defined(FPBENCH_MMU)
    bm_mmu_identity();
    bm_mmu_on();
#endif
#else
int main(int argc, char** argv)
{
    uint32_t iterations = bench_iterations_arg(argc, argv, s_iterations);
#endif
    struct fp_sums sums = {0, 0, 0, 0};
    uint64_t start = bench_ticks();
    run_iterations(iterations, &sums);
    uint64_t ticks = bench_ticks() - start;
    uint32_t total = mix(mix(mix(mix(0, sums.linpack), sums.whetstone), sums.strings), sums.saxpy);
    bench_printf("fpbench: linpack=0x%08x whetstone=0x%08x strings=0x%08x saxpy=0x%08x\n",
                 sums.linpack, sums.whetstone, sums.strings, sums.saxpy);
    bench_printf("fpbench: iterations=%u checksum=0x%08x\n", iterations, total);
    bench_printf("fpbench-info: cntvct_ticks=%lu cntfrq=%lu\n", (unsigned long)ticks,
                 (unsigned long)bench_tick_frequency());
    return 0;
}
