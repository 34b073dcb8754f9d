// Integer algorithms whose results are known: quicksort of LCG data, software
// CRC-32 (check value of "123456789" is 0xcbf43926), a sieve (9592 primes below
// 100000), bignum multiplication (30! and 2^256 in hex) and division edge
// cases through SDIV/UDIV directly (x/0 = 0, INT_MIN/-1 wraps).
#include "bm.h"

static uint32_t s_lcg = 12345;
static uint32_t lcg(void)
{
    s_lcg = s_lcg * 1103515245u + 12345u;
    return s_lcg >> 1;
}

static void quicksort(int32_t* a, int lo, int hi)
{
    while (lo < hi) {
        int32_t pivot = a[(lo + hi) / 2];
        int i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot)
                i++;
            while (a[j] > pivot)
                j--;
            if (i <= j) {
                int32_t t = a[i];
                a[i] = a[j];
                a[j] = t;
                i++;
                j--;
            }
        }
        if (j - lo < hi - i) {
            quicksort(a, lo, j);
            lo = i;
        } else {
            quicksort(a, i, hi);
            hi = j;
        }
    }
}

static int32_t s_data[4096];

static void test_sort(void)
{
    uint64_t sum = 0;
    for (int i = 0; i < 4096; i++) {
        s_data[i] = (int32_t)(lcg() - 0x40000000u);
        sum += (uint32_t)s_data[i];
    }
    quicksort(s_data, 0, 4095);
    int sorted = 1;
    uint64_t sum2 = 0, weighted = 0;
    for (int i = 0; i < 4096; i++) {
        if (i && s_data[i - 1] > s_data[i])
            sorted = 0;
        sum2 += (uint32_t)s_data[i];
        weighted += (uint64_t)(uint32_t)s_data[i] * (uint64_t)(i + 1);
    }
    bm_printf("sort: sorted=%d sum_before=0x%lx sum_after=0x%lx weighted=0x%lx\n", sorted, sum,
              sum2, weighted);
    bm_printf("sort: min=%d median=%d max=%d\n", s_data[0], s_data[2048], s_data[4095]);
}

static uint32_t crc32(const uint8_t* p, size_t n)
{
    uint32_t crc = 0xffffffffu;
    while (n--) {
        crc ^= *p++;
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xedb88320u & -(crc & 1));
    }
    return ~crc;
}

static uint8_t s_bytes[8192];

static void test_crc(void)
{
    bm_printf("crc32: \"123456789\" = 0x%08x\n", crc32((const uint8_t*)"123456789", 9));
    for (unsigned i = 0; i < sizeof(s_bytes); i++)
        s_bytes[i] = (uint8_t)(lcg() >> 7);
    bm_printf("crc32: 8 KiB random = 0x%08x\n", crc32(s_bytes, sizeof(s_bytes)));
}

static uint8_t s_composite[100000];

static void test_sieve(void)
{
    int count = 0;
    uint32_t last = 0;
    uint64_t sum = 0;
    for (uint32_t i = 2; i < 100000; i++) {
        if (s_composite[i])
            continue;
        count++;
        last = i;
        sum += i;
        for (uint32_t j = i * 2; j < 100000; j += i)
            s_composite[j] = 1;
    }
    bm_printf("sieve: primes<100000=%d largest=%u sum=%lu\n", count, last, sum);
}

// Little-endian base 2^32 bignums.
#define BIG_WORDS 40
static void big_mul_small(uint32_t* a, uint32_t m)
{
    uint64_t carry = 0;
    for (int i = 0; i < BIG_WORDS; i++) {
        uint64_t t = (uint64_t)a[i] * m + carry;
        a[i] = (uint32_t)t;
        carry = t >> 32;
    }
}

static void big_mul(uint32_t* r, const uint32_t* a, const uint32_t* b)
{
    uint32_t t[2 * BIG_WORDS] = {0};
    for (int i = 0; i < BIG_WORDS; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < BIG_WORDS; j++) {
            uint64_t v = (uint64_t)a[i] * b[j] + t[i + j] + carry;
            t[i + j] = (uint32_t)v;
            carry = v >> 32;
        }
        t[i + BIG_WORDS] = (uint32_t)carry;
    }
    for (int i = 0; i < BIG_WORDS; i++)
        r[i] = t[i];
}

static void big_print(const char* name, const uint32_t* a)
{
    int top = BIG_WORDS - 1;
    while (top > 0 && a[top] == 0)
        top--;
    bm_printf("bignum: %s = 0x%x", name, a[top]);
    for (int i = top - 1; i >= 0; i--)
        bm_printf("%08x", a[i]);
    bm_putc('\n');
}

static void test_bignum(void)
{
    uint32_t f[BIG_WORDS] = {1};
    for (uint32_t i = 2; i <= 30; i++)
        big_mul_small(f, i);
    big_print("30!", f);
    uint32_t p[BIG_WORDS] = {2};
    for (int i = 0; i < 8; i++)
        big_mul(p, p, p);  // 2^(2^8)
    big_print("2^256", p);
    uint32_t sq[BIG_WORDS];
    big_mul(sq, f, f);
    big_print("(30!)^2", sq);
}

static int64_t sdiv64(int64_t a, int64_t b)
{
    int64_t r;
    __asm__ volatile("sdiv %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));
    return r;
}
static uint64_t udiv64(uint64_t a, uint64_t b)
{
    uint64_t r;
    __asm__ volatile("udiv %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));
    return r;
}
static int32_t sdiv32(int32_t a, int32_t b)
{
    int32_t r;
    __asm__ volatile("sdiv %w0, %w1, %w2" : "=r"(r) : "r"(a), "r"(b));
    return r;
}
static uint32_t udiv32(uint32_t a, uint32_t b)
{
    uint32_t r;
    __asm__ volatile("udiv %w0, %w1, %w2" : "=r"(r) : "r"(a), "r"(b));
    return r;
}

static void test_division(void)
{
    bm_printf("div: sdiv 7/0=%ld udiv 7/0=%lu\n", sdiv64(7, 0), udiv64(7, 0));
    bm_printf("div: sdiv INT64_MIN/-1=0x%lx\n", (uint64_t)sdiv64(INT64_MIN, -1));
    bm_printf("div: sdiv32 INT32_MIN/-1=0x%x sdiv32 -7/2=%d udiv32 0xffffffff/3=0x%x\n",
              (uint32_t)sdiv32(INT32_MIN, -1), sdiv32(-7, 2), udiv32(0xffffffffu, 3));
    bm_printf("div: sdiv -7/2=%ld 7/-2=%ld -7/-2=%ld udiv big=0x%lx\n", sdiv64(-7, 2),
              sdiv64(7, -2), sdiv64(-7, -2), udiv64(0xfedcba9876543210ull, 0x1234567));
    // Long division with remainders via C (compiler emits udiv+msub).
    uint64_t acc = 0;
    for (uint64_t a = 1; a < 3000; a += 7)
        for (uint64_t b = 1; b < 200; b += 3)
            acc = acc * 31 + a / b + (a % b) * 1000;
    bm_printf("div: mixed quotient/remainder hash=0x%lx\n", acc);
    int64_t sacc = 0;
    for (int64_t a = -1500; a < 1500; a += 11)
        for (int64_t b = -97; b < 100; b += 13)
            if (b)
                sacc = sacc * 17 + a / b - (a % b);
    bm_printf("div: signed quotient/remainder hash=0x%lx\n", (uint64_t)sacc);
}

int main(void)
{
    test_sort();
    test_crc();
    test_sieve();
    test_bignum();
    test_division();
    bm_puts("algorithms: done\n");
    return 0;
}
