// Loops that GCC -O3 vectorises with AdvSIMD (tests/system/simd checks the
// disassembly for the vector forms), plus strlen/memchr written with NEON
// intrinsics the way optimised C libraries do (compare, narrow, scan the
// mask). Every result is printed as bits, so QEMU and virt64 must agree
// exactly. The MMU is on (Normal memory), as for real software.
#include <arm_neon.h>

#include "fp_util.h"

#define N 1000

static float s_x[N], s_y[N];
static double s_dx[N], s_dy[N], s_dz[N];
static int32_t s_a[N], s_b[N];
static int16_t s_h[N], s_g[N];
static uint8_t s_bytes[N + 64] __attribute__((aligned(16)));
static float s_conv[N];

__attribute__((noinline)) static void saxpy(float a, float* y, const float* x, int n)
{
    for (int i = 0; i < n; i++)
        y[i] = a * x[i] + y[i];
}

__attribute__((noinline)) static int32_t dot(const int32_t* a, const int32_t* b, int n)
{
    int32_t s = 0;
    for (int i = 0; i < n; i++)
        s += a[i] * b[i];
    return s;
}

__attribute__((noinline)) static void sat_add16(int16_t* d, const int16_t* s, int n)
{
    for (int i = 0; i < n; i++) {
        int v = d[i] + s[i];
        d[i] = (int16_t)(v > 32767 ? 32767 : v < -32768 ? -32768 : v);
    }
}

__attribute__((noinline)) static unsigned count_byte(const uint8_t* p, int n, uint8_t c)
{
    unsigned k = 0;
    for (int i = 0; i < n; i++)
        k += p[i] == c;
    return k;
}

__attribute__((noinline)) static uint8_t max_byte(const uint8_t* p, int n)
{
    uint8_t m = 0;
    for (int i = 0; i < n; i++)
        m = p[i] > m ? p[i] : m;
    return m;
}

__attribute__((noinline)) static void sqrt_mul(double* z, const double* x, const double* y, int n)
{
    for (int i = 0; i < n; i++)
        z[i] = __builtin_sqrt(x[i]) * y[i];
}

__attribute__((noinline)) static void int_to_float(float* d, const int32_t* s, int n)
{
    for (int i = 0; i < n; i++)
        d[i] = (float)s[i] * 0.25f;
}

__attribute__((noinline)) static double sum_double(const double* x, int n)
{
    double s = 0;
    for (int i = 0; i < n; i++)
        s += x[i];  // not reassociated (no -ffast-math): stays in order
    return s;
}

// strlen with 16-byte NEON compares (the string is 16-byte aligned here).
__attribute__((noinline)) static size_t neon_strlen(const char* s)
{
    const uint8_t* p = (const uint8_t*)s;
    for (;;) {
        uint8x16_t v = vld1q_u8(p);
        uint8x16_t z = vceqq_u8(v, vdupq_n_u8(0));
        // Narrow each byte of the mask to 4 bits: a 64-bit syndrome.
        uint8x8_t nib = vshrn_n_u16(vreinterpretq_u16_u8(z), 4);
        uint64_t syn = vget_lane_u64(vreinterpret_u64_u8(nib), 0);
        if (syn)
            return (size_t)(p - (const uint8_t*)s) + (__builtin_ctzll(syn) >> 2);
        p += 16;
    }
}

__attribute__((noinline)) static long neon_memchr(const uint8_t* p, uint8_t c, size_t n)
{
    for (size_t i = 0; i + 16 <= n; i += 16) {
        uint8x16_t eq = vceqq_u8(vld1q_u8(p + i), vdupq_n_u8(c));
        if (vmaxvq_u8(eq)) {
            uint8x16_t idx = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
            uint8x16_t pos = vbslq_u8(eq, idx, vdupq_n_u8(0xff));
            return (long)(i + vminvq_u8(pos));
        }
    }
    return -1;
}

static uint64_t hash_bytes(const void* p, size_t n)
{
    const uint8_t* b = p;
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 0x100000001b3ull;
    return h;
}

int fp_main(void)
{
    bm_mmu_identity();
    bm_mmu_on();
    uint32_t seed = 12345;
    for (int i = 0; i < N; i++) {
        seed = seed * 1103515245u + 12345u;
        s_x[i] = (float)(int)(seed >> 8) * 0x1p-20f;
        s_y[i] = (float)i * 0.37f - 100.0f;
        s_a[i] = (int32_t)(seed >> 3) - (1 << 27);
        s_b[i] = i * 7 - 3000;
        s_h[i] = (int16_t)(seed >> 13);
        s_g[i] = (int16_t)(seed >> 7);
        s_dx[i] = (double)(seed % 100000) * 0.01;
        s_dy[i] = (double)i - 0.5;
        s_bytes[i] = (uint8_t)(seed >> 20);
    }
    saxpy(1.75f, s_y, s_x, N);
    bm_printf("saxpy: hash %lx, y[999] = ", hash_bytes(s_y, sizeof s_y));
    fp_put_float(s_y[N - 1]);
    bm_putc('\n');
    bm_printf("dot: %d\n", dot(s_a, s_b, N));
    sat_add16(s_h, s_g, N);
    bm_printf("sat_add16: hash %lx\n", hash_bytes(s_h, sizeof s_h));
    bm_printf("count_byte(0x42): %u, max_byte: %u\n", count_byte(s_bytes, N, 0x42),
              max_byte(s_bytes, N));
    sqrt_mul(s_dz, s_dx, s_dy, N);
    bm_printf("sqrt_mul: hash %lx, z[777] = ", hash_bytes(s_dz, sizeof s_dz));
    fp_put_double(s_dz[777]);
    bm_putc('\n');
    int_to_float(s_conv, s_a, N);
    bm_printf("int_to_float: hash %lx\n", hash_bytes(s_conv, sizeof s_conv));
    bm_puts("sum_double: ");
    fp_put_double(sum_double(s_dz, N));
    bm_putc('\n');

    static char text[96] __attribute__((aligned(16))) =
        "The quick brown fox jumps over the lazy dog, twice: the quick brown fox.";
    bm_printf("neon_strlen: %lu (expect 72)\n", (unsigned long)neon_strlen(text));
    text[33] = 0;
    bm_printf("neon_strlen after cut: %lu\n", (unsigned long)neon_strlen(text));
    bm_printf("neon_memchr(0x42): %ld, in the first 16 bytes: %ld\n", neon_memchr(s_bytes, 0x42, N),
              neon_memchr(s_bytes, s_bytes[N - 1] ^ 0x80, 16));
    bm_puts("vector done\n");
    return 0;
}
