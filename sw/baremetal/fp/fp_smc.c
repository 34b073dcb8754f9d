// Code written by SIMD&FP stores: a small function (MOVZ/MOVK x0, #imm; RET)
// is written into a buffer with STR Q, STP Q, ST1 (multiple), ST4 (lanes) and
// a misaligned STUR Q, made visible with DC CVAU / IC IVAU / ISB (DDI 0487
// D7.5.9), called, then overwritten in place with a different immediate and
// called again: a simulator that caches decoded code must see every one of
// these stores as a write to code. The MMU is on, as for a JIT.
#include "fp_util.h"

static uint32_t s_code[64] __attribute__((aligned(64)));

typedef uint64_t (*fn_t)(void);

// MOVZ x0, #lo; MOVK x0, #hi, LSL #16; RET; NOP (16 bytes).
static void make(uint32_t w[4], uint32_t v)
{
    w[0] = 0xd2800000u | ((v & 0xffff) << 5);
    w[1] = 0xf2a00000u | ((v >> 16) << 5);
    w[2] = 0xd65f03c0u;
    w[3] = 0xd503201fu;
}

static void sync_code(void* p, unsigned len)
{
    for (uintptr_t a = (uintptr_t)p & ~63ull; a < (uintptr_t)p + len; a += 64)
        __asm__ volatile("dc cvau, %0" ::"r"(a) : "memory");
    __asm__ volatile("dsb ish" ::: "memory");
    for (uintptr_t a = (uintptr_t)p & ~63ull; a < (uintptr_t)p + len; a += 64)
        __asm__ volatile("ic ivau, %0" ::"r"(a) : "memory");
    __asm__ volatile("dsb ish\n isb" ::: "memory");
}

static uint64_t call(void* p) { return ((fn_t)p)(); }

int fp_main(void)
{
    bm_mmu_identity();
    bm_mmu_on();
    uint32_t w[8];
    uint64_t r[2];

    // STR Q: write, call, overwrite, call.
    for (unsigned round = 0; round < 2; round++) {
        make(w, 0x1000 + round);
        __asm__ volatile("ldr q0, [%1]\n str q0, [%0]" ::"r"(s_code), "r"(w) : "v0", "memory");
        sync_code(s_code, 16);
        r[round] = call(s_code);
    }
    bm_printf("str q:  0x%lx then 0x%lx\n", r[0], r[1]);

    // STP Q: two functions at once (second one at +16).
    for (unsigned round = 0; round < 2; round++) {
        make(w, 0x2000 + round);
        make(w + 4, 0x2100 + round);
        __asm__ volatile("ldp q0, q1, [%1]\n stp q0, q1, [%0]" ::"r"(s_code + 8), "r"(w)
                         : "v0", "v1", "memory");
        sync_code(s_code + 8, 32);
        r[round] = call(s_code + 8) << 16 | call(s_code + 12);
    }
    bm_printf("stp q:  0x%lx then 0x%lx\n", r[0], r[1]);

    // ST1 {v0.16b, v1.16b}.
    for (unsigned round = 0; round < 2; round++) {
        make(w, 0x3000 + round);
        make(w + 4, 0x3100 + round);
        __asm__ volatile("ld1 {v0.16b, v1.16b}, [%1]\n st1 {v0.16b, v1.16b}, [%0]" ::"r"(
                             s_code + 16),
                         "r"(w)
                         : "v0", "v1", "memory");
        sync_code(s_code + 16, 32);
        r[round] = call(s_code + 20) << 16 | call(s_code + 16);
    }
    bm_printf("st1:    0x%lx then 0x%lx\n", r[0], r[1]);

    // ST4 {v0.s-v3.s}[1]: four words, one from each register, lane 1.
    for (unsigned round = 0; round < 2; round++) {
        make(w, 0x4000 + round);
        __asm__ volatile("dup v0.4s, %w1\n dup v1.4s, %w2\n dup v2.4s, %w3\n dup v3.4s, %w4\n"
                         "st4 {v0.s, v1.s, v2.s, v3.s}[1], [%0]" ::"r"(s_code + 24),
                         "r"(w[0]), "r"(w[1]), "r"(w[2]), "r"(w[3])
                         : "v0", "v1", "v2", "v3", "memory");
        sync_code(s_code + 24, 16);
        r[round] = call(s_code + 24);
    }
    bm_printf("st4:    0x%lx then 0x%lx\n", r[0], r[1]);

    // STUR Q at a 4-byte (not 16-byte) aligned address.
    for (unsigned round = 0; round < 2; round++) {
        make(w, 0x5000 + round);
        __asm__ volatile("ldr q0, [%1]\n stur q0, [%0, #4]" ::"r"(s_code + 32), "r"(w)
                         : "v0", "memory");
        sync_code(s_code + 33, 16);
        r[round] = call(s_code + 33);
    }
    bm_printf("stur q: 0x%lx then 0x%lx\n", r[0], r[1]);
    bm_puts("fp smc done\n");
    return 0;
}
