// SIMD&FP loads and stores (exec_ldst_simd.cpp): LDR/STR/LDUR/STUR of B/H/S/D/Q
// in every addressing mode, LDP/STP/LDNP/STNP, literals, LD1-LD4/ST1-ST4
// (multiple and single structures, every arrangement), LD1R-LD4R, post-index
// by immediate and by register, register numbers wrapping past V31, accesses
// crossing a page; compared with what qemu-aarch64 computes for the same
// program. Then the fault behaviour: FPEN trap, a multi-register store faulting
// half-way (base unchanged, FAR of the faulting access), alignment on Device
// memory by element size, SP alignment, reserved encodings.
#include <cstdlib>

#include <catch2/catch.hpp>

#include "cpu_bench.h"

using namespace vp::arm64;
using namespace vp::arm64::test;

namespace {

constexpr uint64_t kData = kRamBase + 0x100000;  // x0 of the program: a 16 KiB buffer

// The program turns the MMU on, fills 0x0000-0x1fff with a pattern, zeroes
// 0x2000-0x4fff, then runs seven groups of loads (each starting from V
// registers filled with bytes 0xc0.. from 0x2800, each ending with a dump of
// V0-V31 to 0x3200 + 0x200 * group) and a group of stores into 0x2000-0x260f,
// 0x2ff8-0x3007 and 0x0fe9-0x1008 (page boundaries; misaligned pairs use the
// single-access path), dumped last. Base registers after writeback are
// stored, relative to x0, at 0x3100.
// Assembled with aarch64-linux-gnu-as from the source in the comments.
const std::vector<uint32_t> kLdst_program = {
    0xd29fe001,  //    0: mov x1, #0xff00
    0xd518a201,  //    4: msr mair_el1, x1
    0x580027c1,  //    8: ldr x1, 500
    0xd5182041,  //    c: msr tcr_el1, x1
    0xd2a80801,  //   10: mov x1, #0x40400000
    0xd5182001,  //   14: msr ttbr0_el1, x1
    0xd5033fdf,  //   18: isb
    0xd5381001,  //   1c: mrs x1, sctlr_el1
    0xb2400021,  //   20: orr x1, x1, #0x1
    0xd5181001,  //   24: msr sctlr_el1, x1
    0xd2a00601,  //   28: mov x1, #0x300000
    0xd5181041,  //   2c: msr cpacr_el1, x1
    0xd5033fdf,  //   30: isb
    0xd2a80200,  //   34: mov x0, #0x40100000
    0x94000002,  //   38: bl 40
    0x14000000,  //   3c: b 3c
    0xaa1e03f1,  //   40: mov x17, x30
    0xaa0003e1,  //   44: mov x1, x0
    0x52800002,  //   48: mov w2, #0x0
    0x528f3623,  //   4c: mov w3, #0x79b1
    0x72b3c6e3,  //   50: movk w3, #0x9e37, lsl #16
    0x5288ace4,  //   54: mov w4, #0x4567
    0x72a02464,  //   58: movk w4, #0x123, lsl #16
    0x1b031045,  //   5c: madd w5, w2, w3, w4
    0xb8004425,  //   60: str w5, [x1], #4
    0x11000442,  //   64: add w2, w2, #0x1
    0x7120005f,  //   68: cmp w2, #0x800
    0x54ffff81,  //   6c: b.ne 5c
    0x91400801,  //   70: add x1, x0, #0x2, lsl #12
    0x91401406,  //   74: add x6, x0, #0x5, lsl #12
    0xa8817c3f,  //   78: stp xzr, xzr, [x1], #16
    0xeb06003f,  //   7c: cmp x1, x6
    0x54ffffc1,  //   80: b.ne 78
    0x91400801,  //   84: add x1, x0, #0x2, lsl #12
    0x91200021,  //   88: add x1, x1, #0x800
    0x52800002,  //   8c: mov w2, #0x0
    0x11030045,  //   90: add w5, w2, #0xc0
    0x38226825,  //   94: strb w5, [x1, x2]
    0x11000442,  //   98: add w2, w2, #0x1
    0x7101005f,  //   9c: cmp w2, #0x40
    0x54ffff81,  //   a0: b.ne 90
    0x91400807,  //   a4: add x7, x0, #0x2, lsl #12
    0x912000e7,  //   a8: add x7, x7, #0x800
    0x91400c08,  //   ac: add x8, x0, #0x3, lsl #12
    0x91040108,  //   b0: add x8, x8, #0x100
    0x91400c09,  //   b4: add x9, x0, #0x3, lsl #12
    0x91080129,  //   b8: add x9, x9, #0x200
    0x940000ee,  //   bc: bl 474
    0x3d400400,  //   c0: ldr b0, [x0, #1]
    0x7d400401,  //   c4: ldr h1, [x0, #2]
    0xbd400402,  //   c8: ldr s2, [x0, #4]
    0xfd400403,  //   cc: ldr d3, [x0, #8]
    0x3dc00404,  //   d0: ldr q4, [x0, #16]
    0x3cc03005,  //   d4: ldur q5, [x0, #3]
    0x913c000a,  //   d8: add x10, x0, #0xf00
    0x3ccf8146,  //   dc: ldur q6, [x10, #248]
    0xaa0003e1,  //   e0: mov x1, x0
    0x3cc20c27,  //   e4: ldr q7, [x1, #32]!
    0xfc5f8428,  //   e8: ldr d8, [x1], #-8
    0xbc5fd029,  //   ec: ldur s9, [x1, #-3]
    0x7c406c2a,  //   f0: ldr h10, [x1, #6]!
    0xf8008501,  //   f4: str x1, [x8], #8
    0xd28000a2,  //   f8: mov x2, #0x5
    0x3ce2780b,  //   fc: ldr q11, [x0, x2, lsl #4]
    0xbc62580c,  //  100: ldr s12, [x0, w2, uxtw #2]
    0x3c62680d,  //  104: ldr b13, [x0, x2]
    0x7c62780e,  //  108: ldr h14, [x0, x2, lsl #1]
    0x91040004,  //  10c: add x4, x0, #0x100
    0x92800043,  //  110: mov x3, #0xfffffffffffffffd
    0xfc63d88f,  //  114: ldr d15, [x4, w3, sxtw #3]
    0x3ce36890,  //  118: ldr q16, [x4, x3]
    0x2d454811,  //  11c: ldp s17, s18, [x0, #40]
    0x6d7f5093,  //  120: ldp d19, d20, [x4, #-16]
    0xadc15895,  //  124: ldp q21, q22, [x4, #32]!
    0xac426017,  //  128: ldnp q23, q24, [x0, #64]
    0xacfee899,  //  12c: ldp q25, q26, [x4], #-48
    0x2dff709b,  //  130: ldp s27, s28, [x4, #-8]!
    0x6c4ff95d,  //  134: ldnp d29, d30, [x10, #248]
    0x9c001d5f,  //  138: ldr q31, 4e0
    0xf8008504,  //  13c: str x4, [x8], #8
    0x940000d6,  //  140: bl 498
    0x940000cc,  //  144: bl 474
    0x5c001d40,  //  148: ldr d0, 4f0
    0x1c001d61,  //  14c: ldr s1, 4f8
    0x3d7ffc02,  //  150: ldr b2, [x0, #4095]
    0x3d440143,  //  154: ldr b3, [x10, #256]
    0xfc4fc144,  //  158: ldur d4, [x10, #252]
    0x7c4ff145,  //  15c: ldur h5, [x10, #255]
    0xad479d46,  //  160: ldp q6, q7, [x10, #240]
    0x6d5fa408,  //  164: ldp d8, d9, [x0, #504]
    0xad5fac0a,  //  168: ldp q10, q11, [x0, #1008]
    0x9103cd4b,  //  16c: add x11, x10, #0xf3
    0xad40356c,  //  170: ldp q12, q13, [x11]
    0x6d403d6e,  //  174: ldp d14, d15, [x11]
    0x2d414570,  //  178: ldp s16, s17, [x11, #8]
    0x3cc06172,  //  17c: ldur q18, [x11, #6]
    0x940000c6,  //  180: bl 498
    0x940000bc,  //  184: bl 474
    0x91080001,  //  188: add x1, x0, #0x200
    0x4c407020,  //  18c: ld1 {v0.16b}, [x1]
    0x0cdf7021,  //  190: ld1 {v1.8b}, [x1], #8
    0x0cdfa422,  //  194: ld1 {v2.4h, v3.4h}, [x1], #16
    0x91000402,  //  198: add x2, x0, #0x1
    0x4c406844,  //  19c: ld1 {v4.4s-v6.4s}, [x2]
    0x4cdf2c27,  //  1a0: ld1 {v7.2d-v10.2d}, [x1], #64
    0x0c407c4b,  //  1a4: ld1 {v11.1d}, [x2]
    0x4c40842c,  //  1a8: ld2 {v12.8h, v13.8h}, [x1]
    0xd28000e3,  //  1ac: mov x3, #0x7
    0x0cc3882e,  //  1b0: ld2 {v14.2s, v15.2s}, [x1], x3
    0x4cdf4030,  //  1b4: ld3 {v16.16b-v18.16b}, [x1], #48
    0x0c404453,  //  1b8: ld3 {v19.4h-v21.4h}, [x2]
    0x4cdf0836,  //  1bc: ld4 {v22.4s-v25.4s}, [x1], #64
    0x0cc3005a,  //  1c0: ld4 {v26.8b-v29.8b}, [x2], x3
    0x4c408c1e,  //  1c4: ld2 {v30.2d, v31.2d}, [x0]
    0xf8008501,  //  1c8: str x1, [x8], #8
    0xf8008502,  //  1cc: str x2, [x8], #8
    0x940000b2,  //  1d0: bl 498
    0x940000a8,  //  1d4: bl 474
    0x4c400c1e,  //  1d8: ld4 {v30.2d, v31.2d, v0.2d, v1.2d}, [x0]
    0x0cdf4802,  //  1dc: ld3 {v2.2s-v4.2s}, [x0], #24
    0x4c404c05,  //  1e0: ld3 {v5.2d-v7.2d}, [x0]
    0xd1006000,  //  1e4: sub x0, x0, #0x18
    0x0c400408,  //  1e8: ld4 {v8.4h-v11.4h}, [x0]
    0x4c40000c,  //  1ec: ld4 {v12.16b-v15.16b}, [x0]
    0x4c408010,  //  1f0: ld2 {v16.16b, v17.16b}, [x0]
    0x4c408812,  //  1f4: ld2 {v18.4s, v19.4s}, [x0]
    0x4c404414,  //  1f8: ld3 {v20.8h-v22.8h}, [x0]
    0x4c404817,  //  1fc: ld3 {v23.4s-v25.4s}, [x0]
    0x0c40281a,  //  200: ld1 {v26.2s-v29.2s}, [x0]
    0x913fc001,  //  204: add x1, x0, #0xff0
    0x4cdf703d,  //  208: ld1 {v29.16b}, [x1], #16
    0xf8008501,  //  20c: str x1, [x8], #8
    0x940000a2,  //  210: bl 498
    0x94000098,  //  214: bl 474
    0x910c0001,  //  218: add x1, x0, #0x300
    0xd28000a3,  //  21c: mov x3, #0x5
    0x4d401c20,  //  220: ld1 {v0.b}[15], [x1]
    0x4ddf5821,  //  224: ld1 {v1.h}[7], [x1], #2
    0x4dc39022,  //  228: ld1 {v2.s}[3], [x1], x3
    0x4d408423,  //  22c: ld1 {v3.d}[1], [x1]
    0x0ddf0024,  //  230: ld1 {v4.b}[0], [x1], #1
    0x4dff0425,  //  234: ld2 {v5.b, v6.b}[9], [x1], #2
    0x4ddf6827,  //  238: ld3 {v7.h-v9.h}[5], [x1], #6
    0x0dffb02a,  //  23c: ld4 {v10.s-v13.s}[1], [x1], #16
    0x0de3a42e,  //  240: ld4 {v14.d-v17.d}[0], [x1], x3
    0x4d60801f,  //  244: ld2 {v31.s, v0.s}[2], [x0]
    0x4d40a412,  //  248: ld3 {v18.d-v20.d}[1], [x0]
    0x4ddfc035,  //  24c: ld1r {v21.16b}, [x1], #1
    0x0dc3c436,  //  250: ld1r {v22.4h}, [x1], x3
    0x4dffc837,  //  254: ld2r {v23.4s, v24.4s}, [x1], #8
    0x0ddfec39,  //  258: ld3r {v25.1d-v27.1d}, [x1], #24
    0x4d60e43c,  //  25c: ld4r {v28.8h-v31.8h}, [x1]
    0xf8008501,  //  260: str x1, [x8], #8
    0x9400008d,  //  264: bl 498
    0x94000083,  //  268: bl 474
    0x0dffe800,  //  26c: ld4r {v0.2s-v3.2s}, [x0], #16
    0x0dffc004,  //  270: ld2r {v4.8b, v5.8b}, [x0], #2
    0x4d40ec06,  //  274: ld3r {v6.2d-v8.2d}, [x0]
    0x4d40cc09,  //  278: ld1r {v9.2d}, [x0]
    0x0d40cc0a,  //  27c: ld1r {v10.1d}, [x0]
    0x4de3e00b,  //  280: ld4r {v11.16b-v14.16b}, [x0], x3
    0x0d40e40f,  //  284: ld3r {v15.4h-v17.4h}, [x0]
    0x0d605812,  //  288: ld2 {v18.h, v19.h}[3], [x0]
    0x4d402c14,  //  28c: ld3 {v20.b-v22.b}[11], [x0]
    0x4d603017,  //  290: ld4 {v23.b-v26.b}[12], [x0]
    0x4d60701b,  //  294: ld4 {v27.h-v30.h}[6], [x0]
    0x0d40801f,  //  298: ld1 {v31.s}[0], [x0]
    0xd1005c00,  //  29c: sub x0, x0, #0x17
    0xf8008500,  //  2a0: str x0, [x8], #8
    0x9400007d,  //  2a4: bl 498
    0x94000073,  //  2a8: bl 474
    0x0c408000,  //  2ac: ld2 {v0.8b, v1.8b}, [x0]
    0x0cdf8402,  //  2b0: ld2 {v2.4h, v3.4h}, [x0], #16
    0x0c404004,  //  2b4: ld3 {v4.8b-v6.8b}, [x0]
    0x4c400407,  //  2b8: ld4 {v7.8h-v10.8h}, [x0]
    0x0cdf080b,  //  2bc: ld4 {v11.2s-v14.2s}, [x0], #32
    0x4c40740f,  //  2c0: ld1 {v15.8h}, [x0]
    0x0c407410,  //  2c4: ld1 {v16.4h}, [x0]
    0x0c407811,  //  2c8: ld1 {v17.2s}, [x0]
    0x0cc34012,  //  2cc: ld3 {v18.8b-v20.8b}, [x0], x3
    0x4cc3a015,  //  2d0: ld1 {v21.16b, v22.16b}, [x0], x3
    0x0d40c017,  //  2d4: ld1r {v23.8b}, [x0]
    0x0d40c818,  //  2d8: ld1r {v24.2s}, [x0]
    0x4d40c819,  //  2dc: ld1r {v25.4s}, [x0]
    0x4d40c41a,  //  2e0: ld1r {v26.8h}, [x0]
    0x0d60cc1b,  //  2e4: ld2r {v27.1d, v28.1d}, [x0]
    0x4d40e01d,  //  2e8: ld3r {v29.16b-v31.16b}, [x0]
    0xd100e800,  //  2ec: sub x0, x0, #0x3a
    0xf8008500,  //  2f0: str x0, [x8], #8
    0x94000069,  //  2f4: bl 498
    0x9400005f,  //  2f8: bl 474
    0x4c402000,  //  2fc: ld1 {v0.16b-v3.16b}, [x0]
    0x91010005,  //  300: add x5, x0, #0x40
    0x4c4020a4,  //  304: ld1 {v4.16b-v7.16b}, [x5]
    0x91400801,  //  308: add x1, x0, #0x2, lsl #12
    0x3d000020,  //  30c: str b0, [x1]
    0x7d000421,  //  310: str h1, [x1, #2]
    0xbd000422,  //  314: str s2, [x1, #4]
    0xfd000423,  //  318: str d3, [x1, #8]
    0x3d800424,  //  31c: str q4, [x1, #16]
    0x3c821025,  //  320: stur q5, [x1, #33]
    0xfc033026,  //  324: stur d6, [x1, #51]
    0xbc03cc27,  //  328: str s7, [x1, #60]!
    0x7c004420,  //  32c: str h0, [x1], #4
    0x3c804c21,  //  330: str q1, [x1, #4]!
    0xd2800062,  //  334: mov x2, #0x3
    0x3ca27822,  //  338: str q2, [x1, x2, lsl #4]
    0x3c226823,  //  33c: str b3, [x1, x2]
    0xfc225824,  //  340: str d4, [x1, w2, uxtw #3]
    0xf8008501,  //  344: str x1, [x8], #8
    0x91400801,  //  348: add x1, x0, #0x2, lsl #12
    0x91040021,  //  34c: add x1, x1, #0x100
    0x2d000420,  //  350: stp s0, s1, [x1]
    0x6d808c22,  //  354: stp d2, d3, [x1, #8]!
    0xad011424,  //  358: stp q4, q5, [x1, #32]
    0xac021c26,  //  35c: stnp q6, q7, [x1, #64]
    0x6c058420,  //  360: stnp d0, d1, [x1, #88]
    0xacbf0420,  //  364: stp q0, q1, [x1], #-32
    0xf8008501,  //  368: str x1, [x8], #8
    0x91400801,  //  36c: add x1, x0, #0x2, lsl #12
    0x913fe021,  //  370: add x1, x1, #0xff8
    0x3d800023,  //  374: str q3, [x1]
    0x91400802,  //  378: add x2, x0, #0x2, lsl #12
    0x91060042,  //  37c: add x2, x2, #0x180
    0x4c9f7040,  //  380: st1 {v0.16b}, [x2], #16
    0x0c9fa041,  //  384: st1 {v1.8b, v2.8b}, [x2], #16
    0x0c9f6443,  //  388: st1 {v3.4h-v5.4h}, [x2], #24
    0x0c9f2846,  //  38c: st1 {v6.2s-v9.2s}, [x2], #32
    0x0c9f7c42,  //  390: st1 {v2.1d}, [x2], #8
    0x91400803,  //  394: add x3, x0, #0x2, lsl #12
    0x91080463,  //  398: add x3, x3, #0x201
    0x4c9fa863,  //  39c: st1 {v3.4s, v4.4s}, [x3], #32
    0x4c9f6c65,  //  3a0: st1 {v5.2d-v7.2d}, [x3], #48
    0x4c9f2460,  //  3a4: st1 {v0.8h-v3.8h}, [x3], #64
    0x4c9f8064,  //  3a8: st2 {v4.16b, v5.16b}, [x3], #32
    0x0c9f8466,  //  3ac: st2 {v6.4h, v7.4h}, [x3], #16
    0x4c9f8c60,  //  3b0: st2 {v0.2d, v1.2d}, [x3], #32
    0x0c9f4062,  //  3b4: st3 {v2.8b-v4.8b}, [x3], #24
    0x4c9f4865,  //  3b8: st3 {v5.4s-v7.4s}, [x3], #48
    0x4c9f0460,  //  3bc: st4 {v0.8h-v3.8h}, [x3], #64
    0x0c9f0864,  //  3c0: st4 {v4.2s-v7.2s}, [x3], #32
    0x4c00007f,  //  3c4: st4 {v31.16b, v0.16b, v1.16b, v2.16b}, [x3]
    0xd2800064,  //  3c8: mov x4, #0x3
    0x4c840063,  //  3cc: st4 {v3.16b-v6.16b}, [x3], x4
    0x0d9f1c60,  //  3d0: st1 {v0.b}[7], [x3], #1
    0x0d9f5861,  //  3d4: st1 {v1.h}[3], [x3], #2
    0x4d9f8062,  //  3d8: st1 {v2.s}[2], [x3], #4
    0x4d9f8463,  //  3dc: st1 {v3.d}[1], [x3], #8
    0x4dbf1c64,  //  3e0: st2 {v4.b, v5.b}[15], [x3], #2
    0x0da48466,  //  3e4: st2 {v6.d, v7.d}[0], [x3], x4
    0x4d9f6860,  //  3e8: st3 {v0.h-v2.h}[5], [x3], #6
    0x4d9fb063,  //  3ec: st3 {v3.s-v5.s}[3], [x3], #12
    0x0dbfb066,  //  3f0: st4 {v6.s-v9.s}[1], [x3], #16
    0x4dbfa462,  //  3f4: st4 {v2.d-v5.d}[1], [x3], #32
    0x0d20287e,  //  3f8: st4 {v30.b, v31.b, v0.b, v1.b}[2], [x3]
    0x91400805,  //  3fc: add x5, x0, #0x2, lsl #12
    0x911004a5,  //  400: add x5, x5, #0x401
    0x0c9f80a0,  //  404: st2 {v0.8b, v1.8b}, [x5], #16
    0x4c9f84a2,  //  408: st2 {v2.8h, v3.8h}, [x5], #32
    0x0c9f88a4,  //  40c: st2 {v4.2s, v5.2s}, [x5], #16
    0x4c9f88a6,  //  410: st2 {v6.4s, v7.4s}, [x5], #32
    0x4c9f40a0,  //  414: st3 {v0.16b-v2.16b}, [x5], #48
    0x0c9f44a3,  //  418: st3 {v3.4h-v5.4h}, [x5], #24
    0x4c9f44a6,  //  41c: st3 {v6.8h-v8.8h}, [x5], #48
    0x0c9f48a1,  //  420: st3 {v1.2s-v3.2s}, [x5], #24
    0x4c9f4ca4,  //  424: st3 {v4.2d-v6.2d}, [x5], #48
    0x4c9f08a0,  //  428: st4 {v0.4s-v3.4s}, [x5], #64
    0x0c9f00a4,  //  42c: st4 {v4.8b-v7.8b}, [x5], #32
    0x0c9f04a1,  //  430: st4 {v1.4h-v4.4h}, [x5], #32
    0x4c9f0ca3,  //  434: st4 {v3.2d-v6.2d}, [x5], #64
    0x0c9fa4a5,  //  438: st1 {v5.4h, v6.4h}, [x5], #16
    0x0c9f6ca7,  //  43c: st1 {v7.1d-v9.1d}, [x5], #24
    0xf8008505,  //  440: str x5, [x8], #8
    0x4c007000,  //  444: st1 {v0.16b}, [x0]
    0x91400801,  //  448: add x1, x0, #0x2, lsl #12
    0x910fa421,  //  44c: add x1, x1, #0x3e9
    0x6d000420,  //  450: stp d0, d1, [x1]
    0x2d020c22,  //  454: stp s2, s3, [x1, #16]
    0x913f8001,  //  458: add x1, x0, #0xfe0
    0x91002421,  //  45c: add x1, x1, #0x9
    0xad001c26,  //  460: stp q6, q7, [x1]
    0xf8008502,  //  464: str x2, [x8], #8
    0xf8008503,  //  468: str x3, [x8], #8
    0x9400000b,  //  46c: bl 498
    0xd65f0220,  //  470: ret x17
    0x4c4020e0,  //  474: ld1 {v0.16b-v3.16b}, [x7]
    0x4c4020e4,  //  478: ld1 {v4.16b-v7.16b}, [x7]
    0x4c4020e8,  //  47c: ld1 {v8.16b-v11.16b}, [x7]
    0x4c4020ec,  //  480: ld1 {v12.16b-v15.16b}, [x7]
    0x4c4020f0,  //  484: ld1 {v16.16b-v19.16b}, [x7]
    0x4c4020f4,  //  488: ld1 {v20.16b-v23.16b}, [x7]
    0x4c4020f8,  //  48c: ld1 {v24.16b-v27.16b}, [x7]
    0x4c4020fc,  //  490: ld1 {v28.16b-v31.16b}, [x7]
    0xd65f03c0,  //  494: ret
    0xac810520,  //  498: stp q0, q1, [x9], #32
    0xac810d22,  //  49c: stp q2, q3, [x9], #32
    0xac811524,  //  4a0: stp q4, q5, [x9], #32
    0xac811d26,  //  4a4: stp q6, q7, [x9], #32
    0xac812528,  //  4a8: stp q8, q9, [x9], #32
    0xac812d2a,  //  4ac: stp q10, q11, [x9], #32
    0xac81352c,  //  4b0: stp q12, q13, [x9], #32
    0xac813d2e,  //  4b4: stp q14, q15, [x9], #32
    0xac814530,  //  4b8: stp q16, q17, [x9], #32
    0xac814d32,  //  4bc: stp q18, q19, [x9], #32
    0xac815534,  //  4c0: stp q20, q21, [x9], #32
    0xac815d36,  //  4c4: stp q22, q23, [x9], #32
    0xac816538,  //  4c8: stp q24, q25, [x9], #32
    0xac816d3a,  //  4cc: stp q26, q27, [x9], #32
    0xac81753c,  //  4d0: stp q28, q29, [x9], #32
    0xac817d3e,  //  4d4: stp q30, q31, [x9], #32
    0xd65f03c0,  //  4d8: ret
    0xd503201f,  //  4dc: nop
    0x89abcdef,  //  4e0: .word 0x89abcdef
    0x01234567,  //  4e4: .word 0x01234567
    0x76543210,  //  4e8: .word 0x76543210
    0xfedcba98,  //  4ec: .word 0xfedcba98
    0x55667788,  //  4f0: .word 0x55667788
    0x11223344,  //  4f4: .word 0x11223344
    0x99aabbcc,  //  4f8: .word 0x99aabbcc
    0xd503201f,  //  4fc: nop
    0xb5193519,  //  500: .word 0xb5193519
    0x00000002,  //  504: .word 0x00000002
};

// The same body run by qemu-aarch64 -cpu cortex-a53 (7.2) in a static
// freestanding ELF with a 4 KiB-aligned buffer; its printout pasted here:
// the X dump (relative to the buffer), then the store areas and V dumps.
constexpr uint64_t kLdstX[13] = {0x1e, 0xe8, 0x2cf, 0x8, 0x1000, 0x34b, 0x0, 0x0, 0x2044, 0x20e8, 0x2609, 0x21e0, 0x23e2};
constexpr MemExpect kLdstMem[] = {
    {0x0fe0, 0x8b85b590ed4e3bdf}, {0x0fe8, 0x8e27b0d656adff41}, {0x0ff0, 0xfd1b1212c5a16174},
    {0x0ff8, 0x6c0e744f3494c3b0}, {0x1000, 0xdb01d68ba38825ed}, {0x1008, 0xb9b0767a1b78fc29},
    {0x2000, 0xf2df12ef2c2b0067}, {0x2008, 0x09f473646bbcf9b3}, {0x2010, 0x82d25a28e49ae077},
    {0x2018, 0xbf414d8a2109d3d9}, {0x2020, 0xb040ec5d78c73b00}, {0x2028, 0x1f344e99e7ba9dfb},
    {0x2030, 0xb0d656adff000038}, {0x2038, 0x4f34456700748e27}, {0x2040, 0xb3012c2b00000000},
    {0x2048, 0xb6701f8d1838a5dc}, {0x2050, 0x0000000054a7993e}, {0x2058, 0xe49ae07700000000},
    {0x2060, 0x0000000082d25a28}, {0x2068, 0x0000000000000000}, {0x2070, 0xf2df12ef00000000},
    {0x2078, 0x2f4e065191168ca0}, {0x2080, 0x00000000cd858002}, {0x2088, 0x0000000000000000},
    {0x2090, 0x0000000000000000}, {0x2098, 0x0000000000000000}, {0x20a0, 0x0000000000000000},
    {0x20a8, 0x0000000000000000}, {0x20b0, 0x0000000000000000}, {0x20b8, 0x0000000000000000},
    {0x20c0, 0x0000000000000000}, {0x20c8, 0x0000000000000000}, {0x20d0, 0x0000000000000000},
    {0x20d8, 0x0000000000000000}, {0x20e0, 0x0000000000000000}, {0x20e8, 0x0000000000000000},
    {0x20f0, 0x0000000000000000}, {0x20f8, 0x0000000000000000}, {0x2100, 0x7a012c2b01234567},
    {0x2108, 0x9f5abf1801234567}, {0x2110, 0xdbc9b27a3d9238c9}, {0x2118, 0x1838a5dc7a012c2b},
    {0x2120, 0x54a7993eb6701f8d}, {0x2128, 0x82d25a28e49ae077}, {0x2130, 0xbf414d8a2109d3d9},
    {0x2138, 0xfbb040ec5d78c73b}, {0x2140, 0x381f344e99e7ba9d}, {0x2148, 0x748e27b0d656adff},
    {0x2150, 0xb0fd1b1212c5a161}, {0x2158, 0xed6c0e744f3494c3}, {0x2160, 0x9f5abf1801234567},
    {0x2168, 0x1838a5dc7a012c2b}, {0x2170, 0x0000000000000000}, {0x2178, 0x0000000000000000},
    {0x2180, 0x9f5abf1801234567}, {0x2188, 0xdbc9b27a3d9238c9}, {0x2190, 0x1838a5dc7a012c2b},
    {0x2198, 0x91168ca0f2df12ef}, {0x21a0, 0x09f473646bbcf9b3}, {0x21a8, 0x82d25a28e49ae077},
    {0x21b0, 0xfbb040ec5d78c73b}, {0x21b8, 0x748e27b0d656adff}, {0x21c0, 0xed6c0e744f3494c3},
    {0x21c8, 0xc7c6c5c4c3c2c1c0}, {0x21d0, 0xd7d6d5d4d3d2d1d0}, {0x21d8, 0x91168ca0f2df12ef},
    {0x21e0, 0x0000000000000000}, {0x21e8, 0x0000000000000000}, {0x21f0, 0x0000000000000000},
    {0x21f8, 0x0000000000000000}, {0x2200, 0xf473646bbcf9b300}, {0x2208, 0x6366c6a82bed1509},
    {0x2210, 0xd25a28e49ae07746}, {0x2218, 0x414d8a2109d3d982}, {0x2220, 0xb040ec5d78c73bbf},
    {0x2228, 0x1f344e99e7ba9dfb}, {0x2230, 0x8e27b0d656adff38}, {0x2238, 0xfd1b1212c5a16174},
    {0x2240, 0x6c0e744f3494c3b0}, {0x2248, 0xdb01d68ba38825ed}, {0x2250, 0x5abf180123456729},
    {0x2258, 0xc9b27a3d9238c99f}, {0x2260, 0x38a5dc7a012c2bdb}, {0x2268, 0xa7993eb6701f8d18},
    {0x2270, 0x168ca0f2df12ef54}, {0x2278, 0x8580022f4e065191}, {0x2280, 0xf473646bbcf9b3cd},
    {0x2288, 0x6366c6a82bed1509}, {0x2290, 0xe4789ac7e03b7746}, {0x2298, 0x82b0d2405aec285d},
    {0x22a0, 0x21e709bad39dd9fb}, {0x22a8, 0xbf1f41344d4e8a99}, {0x22b0, 0x34d65694c3adff38},
    {0x22b8, 0x6c748e0e7427b04f}, {0x22c0, 0x5abf1801234567ed}, {0x22c8, 0x38a5dc7a012c2b9f},
    {0x22d0, 0xc9b27a3d9238c918}, {0x22d8, 0xa7993eb6701f8ddb}, {0x22e0, 0xdfe0f91277b3ef54},
    {0x22e8, 0x2864a0e46bf29abc}, {0x22f0, 0x0991d2f4165a738c}, {0x22f8, 0x56adff5d78c73b82},
    {0x2300, 0xb040ec4f3494c3d6}, {0x2308, 0x6c0e74748e27b0fb}, {0x2310, 0xc5a16199e7ba9ded},
    {0x2318, 0x1f344e8ba3882512}, {0x2320, 0xdb01d6b0fd1b1238}, {0x2328, 0xb312ef2c2b456729},
    {0x2330, 0xbcf2df7a010123f9}, {0x2338, 0x648ca0a5dcbf186b}, {0x2340, 0xf4911618389f5a73},
    {0x2348, 0x1506511f8d38c909}, {0x2350, 0x2b2f4eb6703d92ed}, {0x2358, 0xc68002993eb27aa8},
    {0x2360, 0x63cd8554a7dbc966}, {0x2368, 0x78c73be49ae07746}, {0x2370, 0x3494c3d656adff5d},
    {0x2378, 0xb040ec82d25a284f}, {0x2380, 0x6c0e74748e27b0fb}, {0x2388, 0x5118389f3b77b3ed},
    {0x2390, 0xc6a82bed152f4e06}, {0x2398, 0x56adff38bf466366}, {0x23a0, 0x66c62f4eb6703d92},
    {0x23a8, 0x344ebf414d8a4663}, {0x23b0, 0x0e74748e27b0381f}, {0x23b8, 0xd5d4c7c6c5c4ed6c},
    {0x23c0, 0x80022f4e0651d7d6}, {0x23c8, 0x66c6a82bed15cd85}, {0x23d0, 0x4d8a2109d3d94663},
    {0x23d8, 0x344e99e7ba9dbf41}, {0x23e0, 0x00000123f2e2381f}, {0x23e8, 0x5abf180123456700},
    {0x23f0, 0x38a5dc7a012c2b9f}, {0x23f8, 0xbcf9b3f2df12ef18}, {0x2400, 0x0101232c452b676b},
    {0x2408, 0x9f385aa5bfdc187a}, {0x2410, 0xbcf2dff9b312ef18}, {0x2418, 0xf4911673648ca06b},
    {0x2420, 0x2b2f4eed15065109}, {0x2428, 0x63cd8566c68002a8}, {0x2430, 0x78c73be49ae07746},
    {0x2438, 0xb040ec82d25a285d}, {0x2440, 0x3494c3d656adfffb}, {0x2448, 0x6c0e74748e27b04f},
    {0x2450, 0xa3882512c5a161ed}, {0x2458, 0xdb01d6b0fd1b128b}, {0x2460, 0x23122c45ef2b6729},
    {0x2468, 0xa0dc18f27a01df01}, {0x2470, 0x189f16385a8ca5bf}, {0x2478, 0x92061f38518dc991},
    {0x2480, 0x023e7a2fb63d4e70}, {0x2488, 0x54db85a7c98099b2}, {0x2490, 0xbcc73be077f9b3cd},
    {0x2498, 0x2873645d78e49a6b}, {0x24a0, 0xb082d209f440ec5a}, {0x24a8, 0x56c1c094c3adfffb},
    {0x24b0, 0x7427b0c3c24f34d6}, {0x24b8, 0xc6ed6c748ec5c40e}, {0x24c0, 0xc5c9c88825a161c7},
    {0x24c8, 0xd61b12cbca8ba312}, {0x24d0, 0xce29dbb0fdcdcc01}, {0x24d8, 0xdf12ef7a012c2bcf},
    {0x24e0, 0x38a5dc6bbcf9b3f2}, {0x24e8, 0xf4736491168ca018}, {0x24f0, 0xd25a28e49ae07709},
    {0x24f8, 0xb040ec5d78c73b82}, {0x2500, 0x8e27b0d656adfffb}, {0x2508, 0x414d8a2109d3d974},
    {0x2510, 0x1f344e99e7ba9dbf}, {0x2518, 0xfd1b1212c5a16138}, {0x2520, 0x012c2b01234567b0},
    {0x2528, 0xbcf9b3f2df12ef7a}, {0x2530, 0x38a5dc9f5abf186b}, {0x2538, 0xf4736491168ca018},
    {0x2540, 0x701f8d3d9238c909}, {0x2548, 0x2bed152f4e0651b6}, {0x2550, 0xa7993edbc9b27aa8},
    {0x2558, 0x6366c6cd85800254}, {0x2560, 0xadc7e0c3ff3b7746}, {0x2568, 0xd65de43456789a94},
    {0x2570, 0x27405a74b0ec284f}, {0x2578, 0x74fb826c8eb0d20e}, {0x2580, 0x77f9b312ef2c2bed},
    {0x2588, 0x9a6bbcf2df7a01e0}, {0x2590, 0x2873648ca0a5dce4}, {0x2598, 0xd209f4911618385a},
    {0x25a0, 0xf473646bbcf9b382}, {0x25a8, 0xd25a28e49ae07709}, {0x25b0, 0xb040ec5d78c73b82},
    {0x25b8, 0x8e27b0d656adfffb}, {0x25c0, 0x6366c6a82bed1574}, {0x25c8, 0x414d8a2109d3d946},
    {0x25d0, 0x1f344e99e7ba9dbf}, {0x25d8, 0xfd1b1212c5a16138}, {0x25e0, 0xb040ec5d78c73bb0},
    {0x25e8, 0x8e27b0d656adfffb}, {0x25f0, 0x6c0e744f3494c374}, {0x25f8, 0xc6c5c4c3c2c1c0ed},
    {0x2600, 0xd6d5d4d3d2d1d0c7}, {0x2608, 0x00000000000000d7}, {0x2ff0, 0x0000000000000000},
    {0x2ff8, 0x09f473646bbcf9b3}, {0x3000, 0x466366c6a82bed15}, {0x3008, 0x0000000000000000},
    {0x3200, 0x0000000000000045}, {0x3208, 0x0000000000000000}, {0x3210, 0x0000000000000123},
    {0x3218, 0x0000000000000000}, {0x3220, 0x000000009f5abf18}, {0x3228, 0x0000000000000000},
    {0x3230, 0xdbc9b27a3d9238c9}, {0x3238, 0x0000000000000000}, {0x3240, 0x1838a5dc7a012c2b},
    {0x3248, 0x54a7993eb6701f8d}, {0x3250, 0x9238c99f5abf1801}, {0x3258, 0x012c2bdbc9b27a3d},
    {0x3260, 0x40d28fb6a29b1605}, {0x3268, 0x7d418318df0a0967}, {0x3270, 0x91168ca0f2df12ef},
    {0x3278, 0xcd8580022f4e0651}, {0x3280, 0x91168ca0f2df12ef}, {0x3288, 0x0000000000000000},
    {0x3290, 0x000000008d1838a5}, {0x3298, 0x0000000000000000}, {0x32a0, 0x00000000000054a7},
    {0x32a8, 0x0000000000000000}, {0x32b0, 0xfbb040ec5d78c73b}, {0x32b8, 0x381f344e99e7ba9d},
    {0x32c0, 0x000000001838a5dc}, {0x32c8, 0x0000000000000000}, {0x32d0, 0x00000000000000bf},
    {0x32d8, 0x0000000000000000}, {0x32e0, 0x0000000000003d92}, {0x32e8, 0x0000000000000000},
    {0x32f0, 0x77ec5132d9b4d781}, {0x32f8, 0x0000000000000000}, {0x3300, 0x588f01b1a7f0ca37},
    {0x3308, 0xbacb70a5092d392b}, {0x3310, 0x000000002f4e0651}, {0x3318, 0x0000000000000000},
    {0x3320, 0x00000000cd858002}, {0x3328, 0x0000000000000000}, {0x3330, 0xb45b44941623cae3},
    {0x3338, 0x0000000000000000}, {0x3340, 0xf0ca37f65292be45}, {0x3348, 0x0000000000000000},
    {0x3350, 0x1ef4f8e080bd7f2f}, {0x3358, 0x5b63ec42bd2c7291}, {0x3360, 0x97d2dfa4f99b65f3},
    {0x3368, 0xd441d306360a5955}, {0x3370, 0x82d25a28e49ae077}, {0x3378, 0xbf414d8a2109d3d9},
    {0x3380, 0xfbb040ec5d78c73b}, {0x3388, 0x381f344e99e7ba9d}, {0x3390, 0x1ef4f8e080bd7f2f},
    {0x3398, 0x5b63ec42bd2c7291}, {0x33a0, 0x97d2dfa4f99b65f3}, {0x33a8, 0xd441d306360a5955},
    {0x33b0, 0x00000000d9b4d781}, {0x33b8, 0x0000000000000000}, {0x33c0, 0x0000000077ec5132},
    {0x33c8, 0x0000000000000000}, {0x33d0, 0x40d28fb6a29b1605}, {0x33d8, 0x0000000000000000},
    {0x33e0, 0x7d418318df0a0967}, {0x33e8, 0x0000000000000000}, {0x33f0, 0x0123456789abcdef},
    {0x33f8, 0xfedcba9876543210}, {0x3400, 0x1122334455667788}, {0x3408, 0x0000000000000000},
    {0x3410, 0x0000000099aabbcc}, {0x3418, 0x0000000000000000}, {0x3420, 0x0000000000000040},
    {0x3428, 0x0000000000000000}, {0x3430, 0x0000000000000067}, {0x3438, 0x0000000000000000},
    {0x3440, 0xdf0a096740d28fb6}, {0x3448, 0x0000000000000000}, {0x3450, 0x0000000000006740},
    {0x3458, 0x0000000000000000}, {0x3460, 0x04639c54662c22a3}, {0x3468, 0x40d28fb6a29b1605},
    {0x3470, 0x7d418318df0a0967}, {0x3478, 0xb9b0767a1b78fcc9}, {0x3480, 0x7ea8a436e0712a85},
    {0x3488, 0x0000000000000000}, {0x3490, 0xbb1797981ce01de7}, {0x3498, 0x0000000000000000},
    {0x34a0, 0x5df68954bfbf0fa3}, {0x34a8, 0x9a657cb6fc2e0305}, {0x34b0, 0xd6d47018389cf667},
    {0x34b8, 0x1343637a750be9c9}, {0x34c0, 0x9b160504639c5466}, {0x34c8, 0x0a096740d28fb6a2},
    {0x34d0, 0x78fcc97d418318df}, {0x34d8, 0xe7f02bb9b0767a1b}, {0x34e0, 0x9b160504639c5466},
    {0x34e8, 0x0000000000000000}, {0x34f0, 0x0a096740d28fb6a2}, {0x34f8, 0x0000000000000000},
    {0x3500, 0x00000000d28fb6a2}, {0x3508, 0x0000000000000000}, {0x3510, 0x000000000a096740},
    {0x3518, 0x0000000000000000}, {0x3520, 0x6740d28fb6a29b16}, {0x3528, 0xc97d418318df0a09},
    {0x3530, 0xf7f6f5f4f3f2f1f0}, {0x3538, 0xfffefdfcfbfaf9f8}, {0x3540, 0xc7c6c5c4c3c2c1c0},
    {0x3548, 0xcfcecdcccbcac9c8}, {0x3550, 0xd7d6d5d4d3d2d1d0}, {0x3558, 0xdfdedddcdbdad9d8},
    {0x3560, 0xe7e6e5e4e3e2e1e0}, {0x3568, 0xefeeedecebeae9e8}, {0x3570, 0xf7f6f5f4f3f2f1f0},
    {0x3578, 0xfffefdfcfbfaf9f8}, {0x3580, 0xc7c6c5c4c3c2c1c0}, {0x3588, 0xcfcecdcccbcac9c8},
    {0x3590, 0xd7d6d5d4d3d2d1d0}, {0x3598, 0xdfdedddcdbdad9d8}, {0x35a0, 0xe7e6e5e4e3e2e1e0},
    {0x35a8, 0xefeeedecebeae9e8}, {0x35b0, 0xf7f6f5f4f3f2f1f0}, {0x35b8, 0xfffefdfcfbfaf9f8},
    {0x35c0, 0xc7c6c5c4c3c2c1c0}, {0x35c8, 0xcfcecdcccbcac9c8}, {0x35d0, 0xd7d6d5d4d3d2d1d0},
    {0x35d8, 0xdfdedddcdbdad9d8}, {0x35e0, 0xe7e6e5e4e3e2e1e0}, {0x35e8, 0xefeeedecebeae9e8},
    {0x35f0, 0xf7f6f5f4f3f2f1f0}, {0x35f8, 0xfffefdfcfbfaf9f8}, {0x3600, 0xbb1797981ce01de7},
    {0x3608, 0xf7868afa594f1149}, {0x3610, 0xbb1797981ce01de7}, {0x3618, 0x0000000000000000},
    {0x3620, 0xf7868afa594f1149}, {0x3628, 0x0000000000000000}, {0x3630, 0x33f57e5c95be04ab},
    {0x3638, 0x0000000000000000}, {0x3640, 0xc99f5abf18012345}, {0x3648, 0x2bdbc9b27a3d9238},
    {0x3650, 0x8d1838a5dc7a012c}, {0x3658, 0xef54a7993eb6701f}, {0x3660, 0x5191168ca0f2df12},
    {0x3668, 0xb3cd8580022f4e06}, {0x3670, 0x706471bed22cf80d}, {0x3678, 0xacd365200e9beb6f},
    {0x3680, 0xe94258824b0aded1}, {0x3688, 0x25b14be48779d233}, {0x3690, 0x62203f46c3e8c595},
    {0x3698, 0x9e8f32a80057b8f7}, {0x36a0, 0xdafe260a3cc6ac59}, {0x36a8, 0x176d196c79359fbb},
    {0x36b0, 0xc99f5abf18012345}, {0x36b8, 0x0000000000000000}, {0x36c0, 0x0030867f0cce931d},
    {0x36c8, 0xe6f46d43f39279e1}, {0x36d0, 0x904bf21353dcb5a4}, {0x36d8, 0x09286af1ccb92e82},
    {0x36e0, 0xf213867fb5a4931d}, {0x36e8, 0x0000000000000000}, {0x36f0, 0x904b003053dc0cce},
    {0x36f8, 0x0000000000000000}, {0x3700, 0xf46db92ee1001353}, {0x3708, 0x1a4706e307da6009},
    {0x3710, 0xe6f1cc92794bf27f}, {0x3718, 0xc13e82b85497a7a5}, {0x3720, 0x286a43f382903086},
    {0x3728, 0x752069cdcf455660}, {0x3730, 0xdc7ac9b2c99f2345}, {0x3738, 0x0000000000000000},
    {0x3740, 0x38a52bdb92381801}, {0x3748, 0x0000000000000000}, {0x3750, 0x8d18012c7a3d5abf},
    {0x3758, 0x0000000000000000}, {0x3760, 0x8b218f37ad3acbbe}, {0x3768, 0x46ef1729690853b0},
    {0x3770, 0xc29b40d5e4b47c5c}, {0x3778, 0x7e68c8c7a082044e}, {0x3780, 0xfa14f1731c2e2dfa},
    {0x3788, 0xb5e27965d7fbb5ec}, {0x3790, 0x318ea21153a7de99}, {0x3798, 0xed5c2a030f75668a},
    {0x37a0, 0x991fa52cb238bf45}, {0x37a8, 0x0000000000000000}, {0x37b0, 0xa7703801c9925a23},
    {0x37b8, 0x0000000000000000}, {0x37c0, 0x54b6187adb3d9f01}, {0x37c8, 0x0000000000000000},
    {0x37d0, 0xef3e8ddc2b7ac918}, {0x37d8, 0x0000000000000000}, {0x37e0, 0x9f5abf1801234567},
    {0x37e8, 0x1838a5dc7a012c2b}, {0x37f0, 0xdbc9b27a3d9238c9}, {0x37f8, 0x54a7993eb6701f8d},
    {0x3800, 0x1838a5dc7a012c2b}, {0x3808, 0x09f473646bbcf9b3}, {0x3810, 0x54a7993eb6701f8d},
    {0x3818, 0x466366c6a82bed15}, {0x3820, 0xdbc9b27a01234567}, {0x3828, 0x0000000000000000},
    {0x3830, 0x7a012c2b9f5abf18}, {0x3838, 0x0000000000000000}, {0x3840, 0x1838a5dc3d9238c9},
    {0x3848, 0x0000000000000000}, {0x3850, 0x54a7993eb6701f8d}, {0x3858, 0x09f473646bbcf9b3},
    {0x3860, 0x91168ca0f2df12ef}, {0x3868, 0x466366c6a82bed15}, {0x3870, 0xcd8580022f4e0651},
    {0x3878, 0x82d25a28e49ae077}, {0x3880, 0x1f8d2c2b38c94567}, {0x3888, 0x0000000000000000},
    {0x3890, 0xb6707a013d920123}, {0x3898, 0x0000000000000000}, {0x38a0, 0x993ea5dcb27abf18},
    {0x38a8, 0x0000000000000000}, {0x38b0, 0x54a71838dbc99f5a}, {0x38b8, 0x0000000000000000},
    {0x38c0, 0x3e8ddc2b7ac91867}, {0x38c8, 0xc61564b30251a0ef}, {0x38d0, 0x991fa52cb238bf45},
    {0x38d8, 0x66ed73f980068c12}, {0x38e0, 0xa7703801c9925a23}, {0x38e8, 0x632bf4bc854e16df},
    {0x38f0, 0x54b6187adb3d9f01}, {0x38f8, 0x46a8096bcd2f91f2}, {0x3900, 0xc97a92c95a182367},
    {0x3908, 0xa73e708d38dc012b}, {0x3910, 0xdbb23d389fbf0145}, {0x3918, 0x5499b61f18a57a2c},
    {0x3920, 0x3d9238c901234567}, {0x3928, 0xb6701f8d7a012c2b}, {0x3930, 0xdbc9b27a9f5abf18},
    {0x3938, 0x54a7993e1838a5dc}, {0x3940, 0x7a01b27a9f5a4567}, {0x3948, 0x2f4e8ca054a71f8d},
    {0x3950, 0xa5dcdbc938c90123}, {0x3958, 0x8002911612efb670}, {0x3960, 0x18382c2b3d92bf18},
    {0x3968, 0xcd850651f2df993e}, {0x3970, 0xdbc9b27a01234567}, {0x3978, 0x91168ca0b6701f8d},
    {0x3980, 0x7a012c2b9f5abf18}, {0x3988, 0x2f4e065154a7993e}, {0x3990, 0x1838a5dc3d9238c9},
    {0x3998, 0xcd858002f2df12ef}, {0x39a0, 0x9f5abf1801234567}, {0x39a8, 0x0000000000000000},
    {0x39b0, 0xdbc9b27a3d9238c9}, {0x39b8, 0x0000000000000000}, {0x39c0, 0x1838a5dc7a012c2b},
    {0x39c8, 0x0000000000000000}, {0x39d0, 0x04639c54662c22a3}, {0x39d8, 0x40d28fb6a29b1605},
    {0x39e0, 0x9f5abf1801234567}, {0x39e8, 0x91168ca0f2df12ef}, {0x39f0, 0xdbc9b27a3d9238c9},
    {0x39f8, 0xcd8580022f4e0651}, {0x3a00, 0xc7c6c5c4c3c2c1c0}, {0x3a08, 0x27cecdcc9f5abf18},
    {0x3a10, 0xd7d6d5d4d3d2d1d0}, {0x3a18, 0x8a27dddcdbdad9d8}, {0x3a20, 0xe7e6e5e4e3e2e1e0},
    {0x3a28, 0x03d8aabeebeae9e8}, {0x3a30, 0xf7f6f5f4f3f2f1f0}, {0x3a38, 0x64f73ae72d7d8948},
    {0x3a40, 0xc7c6c5c4c3c2c148}, {0x3a48, 0xcfcecdcccbcac9c8}, {0x3a50, 0xd7d6d5d4d3d2d1d0},
    {0x3a58, 0xdfdedddcdbda89d8}, {0x3a60, 0xe7e6e5e4e3e2e1e0}, {0x3a68, 0xefeeedecebea7de8},
    {0x3a70, 0xf7f6f5f4f3f2f1f0}, {0x3a78, 0xfffefdfce72df9f8}, {0x3a80, 0xc7c6c5c4c3c2c1c0},
    {0x3a88, 0xcfcecdccf73ac9c8}, {0x3a90, 0xd7d6d5d4d3d2d1d0}, {0x3a98, 0xdfdedddc8564d9d8},
    {0x3aa0, 0x239c70ebe3e2e1e0}, {0x3aa8, 0xefeeedecebeae9e8}, {0x3ab0, 0xc1d3ea9cf3f2f1f0},
    {0x3ab8, 0xfffefdfcfbfaf9f8}, {0x3ac0, 0x600b644dc3c2c1c0}, {0x3ac8, 0xcfcecdcccbcac9c8},
    {0x3ad0, 0xfe42ddfed3d2d1d0}, {0x3ad8, 0xdfdedddcdbdad9d8}, {0x3ae0, 0x3ab1d1609c7a57af},
    {0x3ae8, 0xefeeedecebeae9e8}, {0x3af0, 0x7720c4c2d8e94b11}, {0x3af8, 0xfffefdfcfbfaf9f8},
    {0x3b00, 0xb38fb82415583e73}, {0x3b08, 0xcfcecdcccbcac9c8}, {0x3b10, 0xeffeab8651c731d5},
    {0x3b18, 0xdfdedddcdbdad9d8}, {0x3b20, 0xe7e6e5e4e3e2e1e0}, {0x3b28, 0x9f5abf1801234567},
    {0x3b30, 0xf7f6f5f4f3f2f1f0}, {0x3b38, 0xdbc9b27a3d9238c9}, {0x3b40, 0xc7c6c5c4c3c2c1c0},
    {0x3b48, 0x1838a5dc7a012c2b}, {0x3b50, 0xd1d1d1d1d1d1d1d1}, {0x3b58, 0xd1d1d1d1d1d1d1d1},
    {0x3b60, 0x3ab13ab13ab13ab1}, {0x3b68, 0x0000000000000000}, {0x3b70, 0x20c4c2d820c4c2d8},
    {0x3b78, 0x20c4c2d820c4c2d8}, {0x3b80, 0x583e7377583e7377}, {0x3b88, 0x583e7377583e7377},
    {0x3b90, 0xc731d5b38fb82415}, {0x3b98, 0x0000000000000000}, {0x3ba0, 0x362537effeab8651},
    {0x3ba8, 0x0000000000000000}, {0x3bb0, 0xa518992c6d9ee88e}, {0x3bb8, 0x0000000000000000},
    {0x3bc0, 0x4aca4aca4aca4aca}, {0x3bc8, 0x4aca4aca4aca4aca}, {0x3bd0, 0xdc92dc92dc92dc92},
    {0x3bd8, 0xdc92dc92dc92dc92}, {0x3be0, 0xfb68fb68fb68fb68}, {0x3be8, 0xfb68fb68fb68fb68},
    {0x3bf0, 0x140b140b140b140b}, {0x3bf8, 0x140b140b140b140b}, {0x3c00, 0x0123456701234567},
    {0x3c08, 0x0000000000000000}, {0x3c10, 0x9f5abf189f5abf18}, {0x3c18, 0x0000000000000000},
    {0x3c20, 0x3d9238c93d9238c9}, {0x3c28, 0x0000000000000000}, {0x3c30, 0xdbc9b27adbc9b27a},
    {0x3c38, 0x0000000000000000}, {0x3c40, 0x2b2b2b2b2b2b2b2b}, {0x3c48, 0x0000000000000000},
    {0x3c50, 0x2c2c2c2c2c2c2c2c}, {0x3c58, 0x0000000000000000}, {0x3c60, 0x1f8d1838a5dc7a01},
    {0x3c68, 0x1f8d1838a5dc7a01}, {0x3c70, 0x12ef54a7993eb670}, {0x3c78, 0x12ef54a7993eb670},
    {0x3c80, 0x065191168ca0f2df}, {0x3c88, 0x065191168ca0f2df}, {0x3c90, 0x1f8d1838a5dc7a01},
    {0x3c98, 0x1f8d1838a5dc7a01}, {0x3ca0, 0x1f8d1838a5dc7a01}, {0x3ca8, 0x0000000000000000},
    {0x3cb0, 0x0101010101010101}, {0x3cb8, 0x0101010101010101}, {0x3cc0, 0x7a7a7a7a7a7a7a7a},
    {0x3cc8, 0x7a7a7a7a7a7a7a7a}, {0x3cd0, 0xdcdcdcdcdcdcdcdc}, {0x3cd8, 0xdcdcdcdcdcdcdcdc},
    {0x3ce0, 0xa5a5a5a5a5a5a5a5}, {0x3ce8, 0xa5a5a5a5a5a5a5a5}, {0x3cf0, 0x8d188d188d188d18},
    {0x3cf8, 0x0000000000000000}, {0x3d00, 0x701f701f701f701f}, {0x3d08, 0x0000000000000000},
    {0x3d10, 0x3eb63eb63eb63eb6}, {0x3d18, 0x0000000000000000}, {0x3d20, 0x8d18e5e4e3e2e1e0},
    {0x3d28, 0xefeeedecebeae9e8}, {0x3d30, 0x701ff5f4f3f2f1f0}, {0x3d38, 0xfffefdfcfbfaf9f8},
    {0x3d40, 0xc7c6c5c4c3c2c1c0}, {0x3d48, 0xcfcecdcc18cac9c8}, {0x3d50, 0xd7d6d5d4d3d2d1d0},
    {0x3d58, 0xdfdedddc8ddad9d8}, {0x3d60, 0xe7e6e5e4e3e2e1e0}, {0x3d68, 0xefeeedec1feae9e8},
    {0x3d70, 0xf7f6f5f4f3f2f1f0}, {0x3d78, 0xfffefd18fbfaf9f8}, {0x3d80, 0xc7c6c5c4c3c2c1c0},
    {0x3d88, 0xcfcecd8dcbcac9c8}, {0x3d90, 0xd7d6d5d4d3d2d1d0}, {0x3d98, 0xdfdedd1fdbdad9d8},
    {0x3da0, 0xe7e6e5e4e3e2e1e0}, {0x3da8, 0xefeeed70ebeae9e8}, {0x3db0, 0xf7f6f5f4f3f2f1f0},
    {0x3db8, 0xfffe8d18fbfaf9f8}, {0x3dc0, 0xc7c6c5c4c3c2c1c0}, {0x3dc8, 0xcfce701fcbcac9c8},
    {0x3dd0, 0xd7d6d5d4d3d2d1d0}, {0x3dd8, 0xdfde3eb6dbdad9d8}, {0x3de0, 0xe7e6e5e4e3e2e1e0},
    {0x3de8, 0xefeea799ebeae9e8}, {0x3df0, 0xf7f6f5f4701f8d18}, {0x3df8, 0xfffefdfcfbfaf9f8},
    {0x3e00, 0xc97a92c95a182367}, {0x3e08, 0x0000000000000000}, {0x3e10, 0xdbb23d389fbf0145},
    {0x3e18, 0x0000000000000000}, {0x3e20, 0xb27a38c9bf184567}, {0x3e28, 0x0000000000000000},
    {0x3e30, 0xdbc93d929f5a0123}, {0x3e38, 0x0000000000000000}, {0x3e40, 0x8cdf543e1f387a2b},
    {0x3e48, 0x0000000000000000}, {0x3e50, 0x16f2ef997018dc2c}, {0x3e58, 0x0000000000000000},
    {0x3e60, 0x91a012a7b68da501}, {0x3e68, 0x0000000000000000}, {0x3e70, 0x065112ef1f8d2c2b},
    {0x3e78, 0xd3d9e077ed15f9b3}, {0x3e80, 0x2f4ef2dfb6707a01}, {0x3e88, 0x2109e49aa82b6bbc},
    {0x3e90, 0x80028ca0993ea5dc}, {0x3e98, 0x4d8a5a2866c67364}, {0x3ea0, 0xcd85911654a71838},
    {0x3ea8, 0xbf4182d2466309f4}, {0x3eb0, 0xf2df12ef7a012c2b}, {0x3eb8, 0x0000000000000000},
    {0x3ec0, 0x91168ca01838a5dc}, {0x3ec8, 0x0000000000000000}, {0x3ed0, 0x2f4e0651b6701f8d},
    {0x3ed8, 0x0000000000000000}, {0x3ee0, 0xcd85800254a7993e}, {0x3ee8, 0x0000000000000000},
    {0x3ef0, 0x09f473646bbcf9b3}, {0x3ef8, 0x466366c6a82bed15}, {0x3f00, 0x09f473646bbcf9b3},
    {0x3f08, 0x0000000000000000}, {0x3f10, 0x09f473646bbcf9b3}, {0x3f18, 0x0000000000000000},
    {0x3f20, 0x5a9a46c6edf46bb3}, {0x3f28, 0x0000000000000000}, {0x3f30, 0xd2e477662b0964f9},
    {0x3f38, 0x0000000000000000}, {0x3f40, 0x8228e063a81573bc}, {0x3f48, 0x0000000000000000},
    {0x3f50, 0xc6a82bed1509f473}, {0x3f58, 0x28e49ae077466366}, {0x3f60, 0x8a2109d3d982d25a},
    {0x3f68, 0xec5d78c73bbf414d}, {0x3f70, 0x2b2b2b2b2b2b2b2b}, {0x3f78, 0x0000000000000000},
    {0x3f80, 0x66c6a82b66c6a82b}, {0x3f88, 0x0000000000000000}, {0x3f90, 0x66c6a82b66c6a82b},
    {0x3f98, 0x66c6a82b66c6a82b}, {0x3fa0, 0xa82ba82ba82ba82b}, {0x3fa8, 0xa82ba82ba82ba82b},
    {0x3fb0, 0xe077466366c6a82b}, {0x3fb8, 0x0000000000000000}, {0x3fc0, 0xd3d982d25a28e49a},
    {0x3fc8, 0x0000000000000000}, {0x3fd0, 0x2b2b2b2b2b2b2b2b}, {0x3fd8, 0x2b2b2b2b2b2b2b2b},
    {0x3fe0, 0xa8a8a8a8a8a8a8a8}, {0x3fe8, 0xa8a8a8a8a8a8a8a8}, {0x3ff0, 0xc6c6c6c6c6c6c6c6},
    {0x3ff8, 0xc6c6c6c6c6c6c6c6}, {0x4000, 0x9f5abf1801234567}, {0x4008, 0xdbc9b27a3d9238c9},
    {0x4010, 0x1838a5dc7a012c2b}, {0x4018, 0x54a7993eb6701f8d}, {0x4020, 0x91168ca0f2df12ef},
    {0x4028, 0xcd8580022f4e0651}, {0x4030, 0x09f473646bbcf9b3}, {0x4038, 0x466366c6a82bed15},
    {0x4040, 0x82d25a28e49ae077}, {0x4048, 0xbf414d8a2109d3d9}, {0x4050, 0xfbb040ec5d78c73b},
    {0x4058, 0x381f344e99e7ba9d}, {0x4060, 0x748e27b0d656adff}, {0x4068, 0xb0fd1b1212c5a161},
    {0x4070, 0xed6c0e744f3494c3}, {0x4078, 0x29db01d68ba38825}, {0x4080, 0xc7c6c5c4c3c2c1c0},
    {0x4088, 0xcfcecdcccbcac9c8}, {0x4090, 0xd7d6d5d4d3d2d1d0}, {0x4098, 0xdfdedddcdbdad9d8},
    {0x40a0, 0xe7e6e5e4e3e2e1e0}, {0x40a8, 0xefeeedecebeae9e8}, {0x40b0, 0xf7f6f5f4f3f2f1f0},
    {0x40b8, 0xfffefdfcfbfaf9f8}, {0x40c0, 0xc7c6c5c4c3c2c1c0}, {0x40c8, 0xcfcecdcccbcac9c8},
    {0x40d0, 0xd7d6d5d4d3d2d1d0}, {0x40d8, 0xdfdedddcdbdad9d8}, {0x40e0, 0xe7e6e5e4e3e2e1e0},
    {0x40e8, 0xefeeedecebeae9e8}, {0x40f0, 0xf7f6f5f4f3f2f1f0}, {0x40f8, 0xfffefdfcfbfaf9f8},
    {0x4100, 0xc7c6c5c4c3c2c1c0}, {0x4108, 0xcfcecdcccbcac9c8}, {0x4110, 0xd7d6d5d4d3d2d1d0},
    {0x4118, 0xdfdedddcdbdad9d8}, {0x4120, 0xe7e6e5e4e3e2e1e0}, {0x4128, 0xefeeedecebeae9e8},
    {0x4130, 0xf7f6f5f4f3f2f1f0}, {0x4138, 0xfffefdfcfbfaf9f8}, {0x4140, 0xc7c6c5c4c3c2c1c0},
    {0x4148, 0xcfcecdcccbcac9c8}, {0x4150, 0xd7d6d5d4d3d2d1d0}, {0x4158, 0xdfdedddcdbdad9d8},
    {0x4160, 0xe7e6e5e4e3e2e1e0}, {0x4168, 0xefeeedecebeae9e8}, {0x4170, 0xf7f6f5f4f3f2f1f0},
    {0x4178, 0xfffefdfcfbfaf9f8}, {0x4180, 0xc7c6c5c4c3c2c1c0}, {0x4188, 0xcfcecdcccbcac9c8},
    {0x4190, 0xd7d6d5d4d3d2d1d0}, {0x4198, 0xdfdedddcdbdad9d8}, {0x41a0, 0xe7e6e5e4e3e2e1e0},
    {0x41a8, 0xefeeedecebeae9e8}, {0x41b0, 0xf7f6f5f4f3f2f1f0}, {0x41b8, 0xfffefdfcfbfaf9f8},
    {0x41c0, 0xc7c6c5c4c3c2c1c0}, {0x41c8, 0xcfcecdcccbcac9c8}, {0x41d0, 0xd7d6d5d4d3d2d1d0},
    {0x41d8, 0xdfdedddcdbdad9d8}, {0x41e0, 0xe7e6e5e4e3e2e1e0}, {0x41e8, 0xefeeedecebeae9e8},
    {0x41f0, 0xf7f6f5f4f3f2f1f0}, {0x41f8, 0xfffefdfcfbfaf9f8},
};

}  // namespace

TEST_CASE("SIMD&FP loads and stores match qemu-aarch64", "[arm64][cpu][ldst][simd]")
{
    CpuConfig config = CpuBench::default_config();
    config.trace = std::getenv("LDST_TRACE") ? stderr : nullptr;  // debugging aid: PC trace
    CpuBench b(config);
    b.load(kLdst_program);
    // Identity map through TTBR0: 0-1 GiB Device, 1-2 GiB (RAM) Normal, as
    // unaligned accesses need (qemu-aarch64 runs the program on Normal memory).
    constexpr uint64_t kL1 = kRamBase + 0x400000, kAf = 1u << 10, kShInner = 3u << 8,
                       kAttrNormal = 1u << 2;
    b.poke64(kL1 + 0, 0x00000000 | kAf | 1);
    b.poke64(kL1 + 8, 0x40000000 | kAf | kShInner | kAttrNormal | 1);
    b.run(sc_core::sc_time(200, sc_core::SC_US));
    REQUIRE(b.s().pc == kRamBase + 0x3c);  // reached the final loop, no exception taken
    for (unsigned i = 0; i < 13; ++i) {
        INFO("X dump " << i);
        CHECK(b.peek64(kData + 0x3100 + 8 * i) - kData == kLdstX[i]);
    }
    const auto mismatches =
        memory_mismatches(b, kData, std::begin(kLdstMem), std::end(kLdstMem));
    for (const std::string& m : mismatches)
        UNSCOPED_INFO(m);
    CHECK(mismatches.empty());
}

TEST_CASE("SIMD&FP load/store faults (FPEN, alignment, SP) leave registers and base unchanged",
          "[arm64][cpu][ldst][simd]")
{
    CpuBench b;
    b.load({
        0x10004000,  //    0: adr x0, 800
        0xd518c000,  //    4: msr vbar_el1, x0
        0xd2a8021c,  //    8: mov x28, #0x40100000
        0xd2a8041b,  //    c: mov x27, #0x40200000
        0x4c407360,  //   10: ld1 {v0.16b}, [x27]
        0xd2a00601,  //   14: mov x1, #0x300000
        0xd5181041,  //   18: msr cpacr_el1, x1
        0xd5033fdf,  //   1c: isb
        0x4c402360,  //   20: ld1 {v0.16b-v3.16b}, [x27]
        0xd29ffc02,  //   24: mov x2, #0xffe0
        0xf2a81fe2,  //   28: movk x2, #0x40ff, lsl #16
        0x4c9f2040,  //   2c: st1 {v0.16b-v3.16b}, [x2], #64
        0xaa0203e3,  //   30: mov x3, x2
        0xad409444,  //   34: ldp q4, q5, [x2, #16]
        0x91040764,  //   38: add x4, x27, #0x101
        0x4c407086,  //   3c: ld1 {v6.16b}, [x4]
        0x3dc00087,  //   40: ldr q7, [x4]
        0x91040b65,  //   44: add x5, x27, #0x102
        0x4c4078a8,  //   48: ld1 {v8.4s}, [x5]
        0x4cdf74a9,  //   4c: ld1 {v9.8h}, [x5], #16
        0x91006369,  //   50: add x9, x27, #0x18
        0x3dc0012b,  //   54: ldr q11, [x9]
        0xad000520,  //   58: stp q0, q1, [x9]
        0xfd40012c,  //   5c: ldr d12, [x9]
        0x913fe36a,  //   60: add x10, x27, #0xff8
        0x913ffb6b,  //   64: add x11, x27, #0xffe
        0x3dc0014d,  //   68: ldr q13, [x10]
        0x4c40796e,  //   6c: ld1 {v14.4s}, [x11]
        0xfd00016f,  //   70: str d15, [x11]
        0xd2800106,  //   74: mov x6, #0x8
        0xd5181006,  //   78: msr sctlr_el1, x6
        0x91002367,  //   7c: add x7, x27, #0x8
        0x910000ff,  //   80: mov sp, x7
        0x3dc003ea,  //   84: ldr q10, [sp]
        0x4c9fafe0,  //   88: st1 {v0.2d, v1.2d}, [sp], #32
        0x0c408c00,  //   8c: ld2 {v0.1d, v1.1d}, [x0] (reserved)
        0xbd80000c,  //   90: STR (SIMD&FP) size 10 opc 10 (unallocated)
        0x7dc0000c,  //   94: LDR (SIMD&FP) size 01 opc 11 (unallocated)
        0x910003e8,  //   98: mov x8, sp
        0x14000000,  //   9c: b 9c
    });
    // Current EL with SPx, synchronous: log ESR, FAR, ELR at x28 and skip the instruction.
    b.load_fault_logger(kRamBase + 0xa00);
    for (unsigned i = 0; i < 512; ++i)
        b.host(kRamBase + 0x200000)[i] = uint8_t(0x10 + i);
    b.host(kRamBase + kRamSize - 32)[0] = 0xEE;
    b.run();
    REQUIRE(b.s().pc == kRamBase + 0x9c);

    constexpr uint64_t kLog = kRamBase + 0x100000, kEnd = kRamBase + kRamSize;
    struct Entry {
        uint64_t esr, far, pc;
    };
    const Entry expected[] = {
        {0x1fe00000, 0, 0x10},                   // LD1 with FPEN = 0: EC 0x07 (CV = 1, COND = 0xE)
        {0x96000050, kEnd, 0x2c},                // ST1 x4: external abort on the 3rd 64-bit access
        {0x96000010, kEnd, 0x34},                // LDP Q: the second register's load
        {0x96000021, kRamBase + 0x200101, 0x40}, // LDR Q misaligned on Device memory
        {0x96000021, kRamBase + 0x200102, 0x48}, // LD1 .4S misaligned by 2
        {0x96000021, kRamBase + 0x200018, 0x54}, // LDR Q at 8 mod 16 on Device memory
        {0x96000061, kRamBase + 0x200018, 0x58}, // STP Q at 8 mod 16 on Device memory (WnR)
        {0x96000021, kRamBase + 0x200ff8, 0x68}, // LDR Q at 8 mod 16 straddling a page
        {0x96000021, kRamBase + 0x200ffe, 0x6c}, // LD1 .4S misaligned, straddling a page
        {0x96000061, kRamBase + 0x200ffe, 0x70}, // STR D misaligned, straddling a page
        {0x9a000000, 0, 0x84},                   // LDR Q [SP] with SP % 16 = 8, SCTLR.SA
        {0x9a000000, 0, 0x88},                   // ST1 [SP], #32: same
        {0x02000000, 0, 0x8c},                   // LD2 .1D: reserved
        {0x02000000, 0, 0x90},                   // STR size 10 opc 10: unallocated
        {0x02000000, 0, 0x94},                   // LDR size 01 opc 11: unallocated
    };
    for (unsigned i = 0; i < sizeof(expected) / sizeof(expected[0]); ++i) {
        INFO("exception " << i);
        CHECK(b.peek64(kLog + 24 * i) == expected[i].esr);
        if (expected[i].far)
            CHECK(b.peek64(kLog + 24 * i + 8) == expected[i].far);
        CHECK(b.peek64(kLog + 24 * i + 16) == kRamBase + expected[i].pc);
    }
    CHECK(b.peek64(kLog + 24 * 15) == 0);  // nothing else

    // The faulting ST1 wrote its first 32 bytes (within RAM) but not its base.
    CHECK(b.x(2) == kRamBase + kRamSize - 32);
    CHECK(b.x(3) == kRamBase + kRamSize - 32);
    CHECK(b.host(kRamBase + kRamSize - 32)[0] == 0x10);
    CHECK(b.host(kRamBase + kRamSize - 1)[0] == 0x10 + 31);
    // The faulting LDP left Q4 as it was (zero) instead of loading its first half.
    CHECK(b.s().v[4].d[0] == 0);
    CHECK(b.s().v[4].d[1] == 0);
    // LD1 {V6.16B} from an odd address (byte i of the data is 0x10 + i, mod 256).
    CHECK(b.s().v[6].d[0] == 0x1817161514131211ull);
    CHECK(b.s().v[7].d[0] == 0);  // the faulting LDR Q7 wrote nothing
    CHECK(b.s().v[8].d[0] == 0);  // ... nor did the faulting LD1 {V8.4S}
    CHECK(b.s().v[9].d[0] == 0x1918171615141312ull);
    CHECK(b.x(5) == kRamBase + 0x200102 + 16);  // LD1 {V9.8H}, [X5], #16 wrote back
    CHECK(b.s().v[11].d[0] == 0);                // the faulting LDR Q11 at 8 mod 16 wrote nothing
    CHECK(b.s().v[12].d[0] == 0x2f2e2d2c2b2a2928ull);  // LDR D12 at 8 mod 16 is aligned
    CHECK(b.host(kRamBase + 0x200018)[0] == 0x28);     // the STP Q wrote nothing
    CHECK(b.x(8) == kRamBase + 0x200008);       // SP unchanged by the faulting post-index ST1
}

TEST_CASE("SIMD&FP alignment with the MMU on: Normal memory allows it and SCTLR.A checks elements",
          "[arm64][cpu][ldst][simd]")
{
    CpuBench b;
    b.load({
        0x10004000,  //    0: adr x0, 800
        0xd518c000,  //    4: msr vbar_el1, x0
        0xd2a8021c,  //    8: mov x28, #0x40100000
        0xd2a8041b,  //    c: mov x27, #0x40200000
        0xd29fe001,  //   10: mov x1, #0xff00
        0xd518a201,  //   14: msr mair_el1, x1
        0x58000381,  //   18: ldr x1, 88
        0xd5182041,  //   1c: msr tcr_el1, x1
        0xd2a80801,  //   20: mov x1, #0x40400000
        0xd5182001,  //   24: msr ttbr0_el1, x1
        0xd2a00601,  //   28: mov x1, #0x300000
        0xd5181041,  //   2c: msr cpacr_el1, x1
        0xd5033fdf,  //   30: isb
        0xd5381001,  //   34: mrs x1, sctlr_el1
        0xb2400021,  //   38: orr x1, x1, #0x1
        0xd5181001,  //   3c: msr sctlr_el1, x1
        0xd5033fdf,  //   40: isb
        0x3cc08360,  //   44: ldur q0, [x27, #8]
        0x3cc01361,  //   48: ldur q1, [x27, #1]
        0x91002363,  //   4c: add x3, x27, #0x8
        0xad400c62,  //   50: ldp q2, q3, [x3]
        0xb27f0021,  //   54: orr x1, x1, #0x2
        0xd5181001,  //   58: msr sctlr_el1, x1
        0xd5033fdf,  //   5c: isb
        0x3dc00764,  //   60: ldr q4, [x27, #16]
        0x91000764,  //   64: add x4, x27, #0x1
        0x4c407085,  //   68: ld1 {v5.16b}, [x4]
        0x3cc07086,  //   6c: ldur q6, [x4, #7]
        0x91001365,  //   70: add x5, x27, #0x4
        0x6d4020a7,  //   74: ldp d7, d8, [x5]
        0x4c407489,  //   78: ld1 {v9.8h}, [x4]
        0x4d40c88a,  //   7c: ld1r {v10.4s}, [x4]
        0x0d00908b,  //   80: st1 {v11.s}[1], [x4]
        0x14000000,  //   84: b 84
        0xb5193519,  //   88: .word 0xb5193519
        0x00000002,  //   8c: .word 0x00000002
    });
    b.load_fault_logger(kRamBase + 0xa00);
    // Identity map: 0-1 GiB Device, 1-2 GiB Normal (RAM).
    constexpr uint64_t kL1 = kRamBase + 0x400000, kAf = 1u << 10, kShInner = 3u << 8,
                       kAttrNormal = 1u << 2;
    b.poke64(kL1 + 0, 0x00000000 | kAf | 1);
    b.poke64(kL1 + 8, 0x40000000 | kAf | kShInner | kAttrNormal | 1);
    for (unsigned i = 0; i < 64; ++i)
        b.host(kRamBase + 0x200000)[i] = uint8_t(i);
    b.run();
    REQUIRE(b.s().pc == kRamBase + 0x84);

    // SCTLR.A = 0: Q at 8 mod 16, at +1 and an LDP Q at 8 mod 16 all load.
    CHECK(b.s().v[0].d[0] == 0x0f0e0d0c0b0a0908ull);
    CHECK(b.s().v[1].d[0] == 0x0807060504030201ull);
    CHECK(b.s().v[3].d[1] == 0x2726252423222120ull);  // bytes 32-39 (Q3 starts at +24)
    // SCTLR.A = 1: aligned Q and byte elements at +1 load; the rest fault.
    CHECK(b.s().v[4].d[0] == 0x1716151413121110ull);
    CHECK(b.s().v[5].d[1] == 0x100f0e0d0c0b0a09ull);
    constexpr uint64_t kLog = kRamBase + 0x100000, kBase = kRamBase + 0x200000;
    const struct {
        uint64_t esr, far, pc;
    } expected[] = {
        {0x96000021, kBase + 8, 0x6c},  // LDUR Q at 8 mod 16
        {0x96000021, kBase + 4, 0x74},  // LDP D at 4 mod 8
        {0x96000021, kBase + 1, 0x78},  // LD1 .8H at an odd address
        {0x96000021, kBase + 1, 0x7c},  // LD1R .4S at an odd address
        {0x96000061, kBase + 1, 0x80},  // ST1 {.S}[1] at an odd address (WnR)
    };
    for (unsigned i = 0; i < 5; ++i) {
        INFO("exception " << i);
        CHECK(b.peek64(kLog + 24 * i) == expected[i].esr);
        CHECK(b.peek64(kLog + 24 * i + 8) == expected[i].far);
        CHECK(b.peek64(kLog + 24 * i + 16) == kRamBase + expected[i].pc);
    }
    CHECK(b.peek64(kLog + 24 * 5) == 0);
    CHECK(b.s().v[6].d[0] == 0);  // faulting loads wrote nothing
    CHECK(b.s().v[9].d[0] == 0);
}
