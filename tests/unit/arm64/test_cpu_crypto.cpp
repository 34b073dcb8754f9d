// Crypto extension and CRC32 (exec_crypto.cpp, exec_dp_reg.cpp): AESE/AESD/
// AESMC/AESIMC, SHA1C/P/M/SU0/H/SU1, SHA256H/H2/SU0/SU1 once each (with and
// without register aliasing) and in 64 chained rounds, compared with what
// qemu-aarch64 computes for the same program; FIPS-197 round vectors; CRC32
// and CRC32C check values; Undefined encodings of both.
#include <catch2/catch.hpp>

#include "cpu_bench.h"

using namespace vp::arm64;
using namespace vp::arm64::test;

namespace {

constexpr uint64_t kData = kRamBase + 0x100000;  // x0 of the program: a 16 KiB buffer

// The program fills 0x0000-0x07ff with a pattern, loads V0-V31 from it, runs
// each instruction once and dumps V0-V31 to 0x3200; reloads, runs 64 chained
// rounds of all of them, dumps to 0x3400; runs the FIPS-197 C.1 round-1 steps
// and dumps to 0x3600; then stores CRC results at 0x3100.
// Assembled with aarch64-linux-gnu-as -march=armv8-a+crypto+crc.
const std::vector<uint32_t> kCrypto_program = {
    0xd2a00601,  //    0: mov x1, #0x300000
    0xd5181041,  //    4: msr cpacr_el1, x1
    0xd5033fdf,  //    8: isb
    0xd2a80200,  //    c: mov x0, #0x40100000
    0x94000002,  //   10: bl 18
    0x14000000,  //   14: b 14
    0xaa1e03f1,  //   18: mov x17, x30
    0xaa0003e1,  //   1c: mov x1, x0
    0x52800002,  //   20: mov w2, #0x0
    0x528f3623,  //   24: mov w3, #0x79b1
    0x72b3c6e3,  //   28: movk w3, #0x9e37, lsl #16
    0x5288ace4,  //   2c: mov w4, #0x4567
    0x72a02464,  //   30: movk w4, #0x123, lsl #16
    0x1b031045,  //   34: madd w5, w2, w3, w4
    0xb8004425,  //   38: str w5, [x1], #4
    0x11000442,  //   3c: add w2, w2, #0x1
    0x7108005f,  //   40: cmp w2, #0x200
    0x54ffff81,  //   44: b.ne 34
    0x91400c08,  //   48: add x8, x0, #0x3, lsl #12
    0x91040108,  //   4c: add x8, x8, #0x100
    0x91400c09,  //   50: add x9, x0, #0x3, lsl #12
    0x91080129,  //   54: add x9, x9, #0x200
    0x9400006e,  //   58: bl 210
    0x4e284820,  //   5c: aese v0.16b, v1.16b
    0x4e285862,  //   60: aesd v2.16b, v3.16b
    0x4e2868a4,  //   64: aesmc v4.16b, v5.16b
    0x4e2878e6,  //   68: aesimc v6.16b, v7.16b
    0x4e284908,  //   6c: aese v8.16b, v8.16b
    0x4e286929,  //   70: aesmc v9.16b, v9.16b
    0x4e28794a,  //   74: aesimc v10.16b, v10.16b
    0x4e28596b,  //   78: aesd v11.16b, v11.16b
    0x4e28680c,  //   7c: aesmc v12.16b, v0.16b
    0x4e28798d,  //   80: aesimc v13.16b, v12.16b
    0x5e1001ee,  //   84: sha1c q14, s15, v16.4s
    0x5e131251,  //   88: sha1p q17, s18, v19.4s
    0x5e1622b4,  //   8c: sha1m q20, s21, v22.4s
    0x5e193317,  //   90: sha1su0 v23.4s, v24.4s, v25.4s
    0x5e280b7a,  //   94: sha1h s26, s27
    0x5e281bbc,  //   98: sha1su1 v28.4s, v29.4s
    0x5e0143fe,  //   9c: sha256h q30, q31, v1.4s
    0x5e0253df,  //   a0: sha256h2 q31, q30, v2.4s
    0x5e282883,  //   a4: sha256su0 v3.4s, v4.4s
    0x5e0760c5,  //   a8: sha256su1 v5.4s, v6.4s, v7.4s
    0x5e080108,  //   ac: sha1c q8, s8, v8.4s
    0x5e094129,  //   b0: sha256h q9, q9, v9.4s
    0x5e0a514a,  //   b4: sha256h2 q10, q10, v10.4s
    0x5e0b616b,  //   b8: sha256su1 v11.4s, v11.4s, v11.4s
    0x5e0c318c,  //   bc: sha1su0 v12.4s, v12.4s, v12.4s
    0x5e2819ad,  //   c0: sha1su1 v13.4s, v13.4s
    0x5e2829ce,  //   c4: sha256su0 v14.4s, v14.4s
    0x5e0011ef,  //   c8: sha1p q15, s15, v0.4s
    0x5e102210,  //   cc: sha1m q16, s16, v16.4s
    0x5e280a31,  //   d0: sha1h s17, s17
    0x94000059,  //   d4: bl 238
    0x9400004e,  //   d8: bl 210
    0x5280080a,  //   dc: mov w10, #0x40
    0x4e284820,  //   e0: aese v0.16b, v1.16b
    0x4e286800,  //   e4: aesmc v0.16b, v0.16b
    0x4e285802,  //   e8: aesd v2.16b, v0.16b
    0x4e287842,  //   ec: aesimc v2.16b, v2.16b
    0x5e000043,  //   f0: sha1c q3, s2, v0.4s
    0x5e021064,  //   f4: sha1p q4, s3, v2.4s
    0x5e032085,  //   f8: sha1m q5, s4, v3.4s
    0x5e0430a6,  //   fc: sha1su0 v6.4s, v5.4s, v4.4s
    0x5e281866,  //  100: sha1su1 v6.4s, v3.4s
    0x5e2808c7,  //  104: sha1h s7, s6
    0x5e064128,  //  108: sha256h q8, q9, v6.4s
    0x5e075109,  //  10c: sha256h2 q9, q8, v7.4s
    0x5e28292a,  //  110: sha256su0 v10.4s, v9.4s
    0x5e05610a,  //  114: sha256su1 v10.4s, v8.4s, v5.4s
    0x4e284941,  //  118: aese v1.16b, v10.16b
    0x5e0a002b,  //  11c: sha1c q11, s1, v10.4s
    0x7100054a,  //  120: subs w10, w10, #0x1
    0x54fffde1,  //  124: b.ne e0
    0x94000044,  //  128: bl 238
    0x100009a1,  //  12c: adr x1, 260
    0x4c402020,  //  130: ld1 {v0.16b-v3.16b}, [x1]
    0x4e284820,  //  134: aese v0.16b, v1.16b
    0x4e286804,  //  138: aesmc v4.16b, v0.16b
    0x4e287885,  //  13c: aesimc v5.16b, v4.16b
    0x4e285862,  //  140: aesd v2.16b, v3.16b
    0x9400003d,  //  144: bl 238
    0x10000ac1,  //  148: adr x1, 2a0
    0x12800002,  //  14c: mov w2, #0xffffffff
    0x12800003,  //  150: mov w3, #0xffffffff
    0xd2800124,  //  154: mov x4, #0x9
    0x38401425,  //  158: ldrb w5, [x1], #1
    0x1ac54042,  //  15c: crc32b w2, w2, w5
    0x1ac55063,  //  160: crc32cb w3, w3, w5
    0xf1000484,  //  164: subs x4, x4, #0x1
    0x54ffff81,  //  168: b.ne 158
    0x2a2203e2,  //  16c: mvn w2, w2
    0x2a2303e3,  //  170: mvn w3, w3
    0xa8810d02,  //  174: stp x2, x3, [x8], #16
    0x10000941,  //  178: adr x1, 2a0
    0xf9400025,  //  17c: ldr x5, [x1]
    0x39402026,  //  180: ldrb w6, [x1, #8]
    0x12800002,  //  184: mov w2, #0xffffffff
    0x9ac54c42,  //  188: crc32x w2, w2, x5
    0x1ac64042,  //  18c: crc32b w2, w2, w6
    0x2a2203e2,  //  190: mvn w2, w2
    0x12800003,  //  194: mov w3, #0xffffffff
    0xb9400025,  //  198: ldr w5, [x1]
    0x79400827,  //  19c: ldrh w7, [x1, #4]
    0x1ac55863,  //  1a0: crc32cw w3, w3, w5
    0x1ac75463,  //  1a4: crc32ch w3, w3, w7
    0x79400c27,  //  1a8: ldrh w7, [x1, #6]
    0x1ac75463,  //  1ac: crc32ch w3, w3, w7
    0x1ac65063,  //  1b0: crc32cb w3, w3, w6
    0x2a2303e3,  //  1b4: mvn w3, w3
    0xa8810d02,  //  1b8: stp x2, x3, [x8], #16
    0xaa0003e1,  //  1bc: mov x1, x0
    0x52800002,  //  1c0: mov w2, #0x0
    0x52824683,  //  1c4: mov w3, #0x1234
    0xd2800804,  //  1c8: mov x4, #0x40
    0xf8408425,  //  1cc: ldr x5, [x1], #8
    0x9ac54c42,  //  1d0: crc32x w2, w2, x5
    0x1ac54842,  //  1d4: crc32w w2, w2, w5
    0x1ac54442,  //  1d8: crc32h w2, w2, w5
    0x1ac54042,  //  1dc: crc32b w2, w2, w5
    0x9ac55c63,  //  1e0: crc32cx w3, w3, x5
    0x1ac55863,  //  1e4: crc32cw w3, w3, w5
    0x1ac55463,  //  1e8: crc32ch w3, w3, w5
    0x1ac55063,  //  1ec: crc32cb w3, w3, w5
    0xf1000484,  //  1f0: subs x4, x4, #0x1
    0x54fffec1,  //  1f4: b.ne 1cc
    0xa8810d02,  //  1f8: stp x2, x3, [x8], #16
    0x92800002,  //  1fc: mov x2, #0xffffffffffffffff
    0x9ac24c4b,  //  200: crc32x w11, w2, x2
    0x1adf53ec,  //  204: crc32cb w12, wzr, wzr
    0xa881310b,  //  208: stp x11, x12, [x8], #16
    0xd65f0220,  //  20c: ret x17
    0xaa0003e1,  //  210: mov x1, x0
    0x4cdf2020,  //  214: ld1 {v0.16b-v3.16b}, [x1], #64
    0x4cdf2024,  //  218: ld1 {v4.16b-v7.16b}, [x1], #64
    0x4cdf2028,  //  21c: ld1 {v8.16b-v11.16b}, [x1], #64
    0x4cdf202c,  //  220: ld1 {v12.16b-v15.16b}, [x1], #64
    0x4cdf2030,  //  224: ld1 {v16.16b-v19.16b}, [x1], #64
    0x4cdf2034,  //  228: ld1 {v20.16b-v23.16b}, [x1], #64
    0x4cdf2038,  //  22c: ld1 {v24.16b-v27.16b}, [x1], #64
    0x4cdf203c,  //  230: ld1 {v28.16b-v31.16b}, [x1], #64
    0xd65f03c0,  //  234: ret
    0x4c9f2120,  //  238: st1 {v0.16b-v3.16b}, [x9], #64
    0x4c9f2124,  //  23c: st1 {v4.16b-v7.16b}, [x9], #64
    0x4c9f2128,  //  240: st1 {v8.16b-v11.16b}, [x9], #64
    0x4c9f212c,  //  244: st1 {v12.16b-v15.16b}, [x9], #64
    0x4c9f2130,  //  248: st1 {v16.16b-v19.16b}, [x9], #64
    0x4c9f2134,  //  24c: st1 {v20.16b-v23.16b}, [x9], #64
    0x4c9f2138,  //  250: st1 {v24.16b-v27.16b}, [x9], #64
    0x4c9f213c,  //  254: st1 {v28.16b-v31.16b}, [x9], #64
    0xd65f03c0,  //  258: ret
    0xd503201f,  //  25c: nop
    0x33221100,  //  260: .word 0x33221100
    0x77665544,  //  264: .word 0x77665544
    0xbbaa9988,  //  268: .word 0xbbaa9988
    0xffeeddcc,  //  26c: .word 0xffeeddcc
    0x03020100,  //  270: .word 0x03020100
    0x07060504,  //  274: .word 0x07060504
    0x0b0a0908,  //  278: .word 0x0b0a0908
    0x0f0e0d0c,  //  27c: .word 0x0f0e0d0c
    0xd8e0c469,  //  280: .word 0xd8e0c469
    0x30047b6a,  //  284: .word 0x30047b6a
    0x80b7cdd8,  //  288: .word 0x80b7cdd8
    0x5ac5b470,  //  28c: .word 0x5ac5b470
    0x7f1d1113,  //  290: .word 0x7f1d1113
    0x174a94e3,  //  294: .word 0x174a94e3
    0x8ba707f3,  //  298: .word 0x8ba707f3
    0xc5302b4d,  //  29c: .word 0xc5302b4d
    0x34333231,  //  2a0: .word 0x34333231
    0x38373635,  //  2a4: .word 0x38373635
    0x00000039,  //  2a8: .word 0x00000039
    0xdeadbeef,  //  2ac: .word 0xdeadbeef
};

// The same body run by qemu-aarch64 -cpu cortex-a53 (7.2) in a static
// freestanding ELF; its printout pasted here (X dump, then the V dumps).
constexpr uint64_t kCryptoX[8] = {
    0x00000000cbf43926, 0x00000000e3069283, 0x00000000cbf43926, 0x00000000e3069283,
    0x00000000be03b3d5, 0x000000009ee5f8bb, 0x00000000debb20e3, 0x0000000000000000};
constexpr MemExpect kCryptoV[] = {
    {0x3200, 0x219fcc1c7398a229}, {0x3208, 0x3daaf91b1793f11b}, {0x3210, 0x1838a5dc7a012c2b},
    {0x3218, 0x54a7993eb6701f8d}, {0x3220, 0xeaf53c88e2bcf5a7}, {0x3228, 0xf93b3c88ce007d86},
    {0x3230, 0xcf04b3d641b15eaa}, {0x3238, 0x1bb05272061d28a2}, {0x3240, 0x32c15c4848eb7b01},
    {0x3248, 0x890c3fe7c842598a}, {0x3250, 0xdda7fb8d1a246d04}, {0x3258, 0x89d405aacf11da2b},
    {0x3260, 0x077709825a64d9cb}, {0x3268, 0x7a061841011c138b}, {0x3270, 0xed6c0e744f3494c3},
    {0x3278, 0x29db01d68ba38825}, {0x3280, 0xdadad6b9d9189556}, {0x3288, 0x65a5a5a53676766e},
    {0x3290, 0x3815e1ab4ac6578e}, {0x3298, 0x789e805a8f11db4b}, {0x32a0, 0x9682ee9063658e4d},
    {0x32a8, 0xf8b8d1e6b49f7ac9}, {0x32b0, 0x081c9c9b081c9c9b}, {0x32b8, 0x828186ce828186ce},
    {0x32c0, 0x04ea2ab161ee5bba}, {0x32c8, 0x359604c9a735b644}, {0x32d0, 0x6c187a0ea40edc6a},
    {0x32d8, 0x33484ae354721000}, {0x32e0, 0x3446389f559a96d9}, {0x32e8, 0x14d4b59d5121e926},
    {0x32f0, 0x5f5dec88f64246a7}, {0x32f8, 0x590e65a540d11f10}, {0x3300, 0x057c690bf65bffb5},
    {0x3308, 0xd9dc71d54416b5a1}, {0x3310, 0x0000000082219807}, {0x3318, 0x0000000000000000},
    {0x3320, 0x1ef4f8e080bd7f2f}, {0x3328, 0x5b63ec42bd2c7291}, {0x3330, 0x97d2dfa4f99b65f3},
    {0x3338, 0xd441d306360a5955}, {0x3340, 0x54e00ccec9e47be2}, {0x3348, 0x2adba93cb8f24b1a},
    {0x3350, 0x898ead2ceb57337b}, {0x3358, 0xc5fda08e27c626dd}, {0x3360, 0x026c93f064351a3f},
    {0x3368, 0x3edb8752a0a40da1}, {0x3370, 0xa1f55c9e0a5c3bed}, {0x3378, 0xeae434f0474cd24f},
    {0x3380, 0xf428617855f0e7c7}, {0x3388, 0x309754da925fdb29}, {0x3390, 0x6d06483ccecece8b},
    {0x3398, 0xa9753b9e0b3dc1ed}, {0x33a0, 0x00000000f022a704}, {0x33a8, 0x0000000000000000},
    {0x33b0, 0x5ec215c4c08a9c13}, {0x33b8, 0x9b310926fcf98f75}, {0x33c0, 0x725540ead22ac336},
    {0x33c8, 0x8c4859b9f277412f}, {0x33d0, 0x507de34cb246699b}, {0x33d8, 0x8cecd6aeeeb55cfd},
    {0x33e0, 0xe6f16b31ed2476d6}, {0x33e8, 0xe99e9617f19390c2}, {0x33f0, 0xa3247871db3b3a01},
    {0x33f8, 0xf77481c0e28705cf}, {0x3400, 0xe84dc26bc4e2a7df}, {0x3408, 0x5ecde0897c43c9cf},
    {0x3410, 0x73c6a44237c500b3}, {0x3418, 0x571c3c483ef18eab}, {0x3420, 0xf544d60b8651ca1e},
    {0x3428, 0xf79a8ac2be609b86}, {0x3430, 0x382dbd81d1486091}, {0x3438, 0x1ae3768949d727a6},
    {0x3440, 0xa24ebd6e8d0809fc}, {0x3448, 0xec9e8c4aea0abb64}, {0x3450, 0xaa96996b44ede0e1},
    {0x3458, 0xcb12816c71879b58}, {0x3460, 0x12971968a48cecf8}, {0x3468, 0xe3627f876a71ecf9},
    {0x3470, 0x0000000029233b3e}, {0x3478, 0x0000000000000000}, {0x3480, 0x2f8b46a0ecadc91f},
    {0x3488, 0x9bd78c4f63e9a9ad}, {0x3490, 0x01e3ba50b1b3be8b}, {0x3498, 0x0c8ee13457152be5},
    {0x34a0, 0x6728fc121994b1d1}, {0x34a8, 0xf33d33d045152187}, {0x34b0, 0x397588f5897bff6f},
    {0x34b8, 0xfb6891f573b01090}, {0x34c0, 0x49c19048ab8a1697}, {0x34c8, 0x863083aae7f909f9},
    {0x34d0, 0xc29f770c2467fd5b}, {0x34d8, 0xff0e6a6e60d6f0bd}, {0x34e0, 0x3b7d5dd09d45e41f},
    {0x34e8, 0x77ec5132d9b4d781}, {0x34f0, 0xb45b44941623cae3}, {0x34f8, 0xf0ca37f65292be45},
    {0x3500, 0x2d392b588f01b1a7}, {0x3508, 0x69a81ebacb70a509}, {0x3510, 0xa617121c07df986b},
    {0x3518, 0xe286057e444e8bcd}, {0x3520, 0x1ef4f8e080bd7f2f}, {0x3528, 0x5b63ec42bd2c7291},
    {0x3530, 0x97d2dfa4f99b65f3}, {0x3538, 0xd441d306360a5955}, {0x3540, 0x10b0c66872794cb7},
    {0x3548, 0x4d1fb9caaee84019}, {0x3550, 0x898ead2ceb57337b}, {0x3558, 0xc5fda08e27c626dd},
    {0x3560, 0x026c93f064351a3f}, {0x3568, 0x3edb8752a0a40da1}, {0x3570, 0x7b4a7ab4dd130103},
    {0x3578, 0xb7b96e161981f465}, {0x3580, 0xf428617855f0e7c7}, {0x3588, 0x309754da925fdb29},
    {0x3590, 0x6d06483ccecece8b}, {0x3598, 0xa9753b9e0b3dc1ed}, {0x35a0, 0xe5e42f0047acb54f},
    {0x35a8, 0x22532262841ba8b1}, {0x35b0, 0x5ec215c4c08a9c13}, {0x35b8, 0x9b310926fcf98f75},
    {0x35c0, 0xd79ffc88396882d7}, {0x35c8, 0x140eefea75d77639}, {0x35d0, 0x507de34cb246699b},
    {0x35d8, 0x8cecd6aeeeb55cfd}, {0x35e0, 0xc95bca102b24505f}, {0x35e8, 0x05cabd72679343c1},
    {0x35f0, 0x4239b0d4a4023723}, {0x35f8, 0x7ea8a436e0712a85}, {0x3600, 0x04e160098ce05363},
    {0x3608, 0xe7d0caba51b770cd}, {0x3610, 0x0706050403020100}, {0x3618, 0x0f0e0d0c0b0a0908},
    {0x3620, 0x9e77b5f23d7c6ebd}, {0x3628, 0x89b6108b6e21610b}, {0x3630, 0x174a94e37f1d1113},
    {0x3638, 0xc5302b4d8ba707f3}, {0x3640, 0x92bcf5571564725f}, {0x3648, 0x1af9b91d293bbef7},
    {0x3650, 0x04e160098ce05363}, {0x3658, 0xe7d0caba51b770cd}, {0x3660, 0x12971968a48cecf8},
    {0x3668, 0xe3627f876a71ecf9}, {0x3670, 0x0000000029233b3e}, {0x3678, 0x0000000000000000},
    {0x3680, 0x2f8b46a0ecadc91f}, {0x3688, 0x9bd78c4f63e9a9ad}, {0x3690, 0x01e3ba50b1b3be8b},
    {0x3698, 0x0c8ee13457152be5}, {0x36a0, 0x6728fc121994b1d1}, {0x36a8, 0xf33d33d045152187},
    {0x36b0, 0x397588f5897bff6f}, {0x36b8, 0xfb6891f573b01090}, {0x36c0, 0x49c19048ab8a1697},
    {0x36c8, 0x863083aae7f909f9}, {0x36d0, 0xc29f770c2467fd5b}, {0x36d8, 0xff0e6a6e60d6f0bd},
    {0x36e0, 0x3b7d5dd09d45e41f}, {0x36e8, 0x77ec5132d9b4d781}, {0x36f0, 0xb45b44941623cae3},
    {0x36f8, 0xf0ca37f65292be45}, {0x3700, 0x2d392b588f01b1a7}, {0x3708, 0x69a81ebacb70a509},
    {0x3710, 0xa617121c07df986b}, {0x3718, 0xe286057e444e8bcd}, {0x3720, 0x1ef4f8e080bd7f2f},
    {0x3728, 0x5b63ec42bd2c7291}, {0x3730, 0x97d2dfa4f99b65f3}, {0x3738, 0xd441d306360a5955},
    {0x3740, 0x10b0c66872794cb7}, {0x3748, 0x4d1fb9caaee84019}, {0x3750, 0x898ead2ceb57337b},
    {0x3758, 0xc5fda08e27c626dd}, {0x3760, 0x026c93f064351a3f}, {0x3768, 0x3edb8752a0a40da1},
    {0x3770, 0x7b4a7ab4dd130103}, {0x3778, 0xb7b96e161981f465}, {0x3780, 0xf428617855f0e7c7},
    {0x3788, 0x309754da925fdb29}, {0x3790, 0x6d06483ccecece8b}, {0x3798, 0xa9753b9e0b3dc1ed},
    {0x37a0, 0xe5e42f0047acb54f}, {0x37a8, 0x22532262841ba8b1}, {0x37b0, 0x5ec215c4c08a9c13},
    {0x37b8, 0x9b310926fcf98f75}, {0x37c0, 0xd79ffc88396882d7}, {0x37c8, 0x140eefea75d77639},
    {0x37d0, 0x507de34cb246699b}, {0x37d8, 0x8cecd6aeeeb55cfd}, {0x37e0, 0xc95bca102b24505f},
    {0x37e8, 0x05cabd72679343c1}, {0x37f0, 0x4239b0d4a4023723}, {0x37f8, 0x7ea8a436e0712a85},
};

// SHA-256 and SHA-1 of "abc" (one padded block) with the crypto instructions,
// as production code does it (also uses LD1/ST1, LD1R, ADD .4S, REV32 and
// MOV from the other SIMD groups); digests stored to x0 and x0 + 32.
const std::vector<uint32_t> kSha_program = {
    0xd2a00601,  //    0: mov x1, #0x300000
    0xd5181041,  //    4: msr cpacr_el1, x1
    0xd5033fdf,  //    8: isb
    0xd2a80200,  //    c: mov x0, #0x40100000
    0x94000002,  //   10: bl 18
    0x14000000,  //   14: b 14
    0x10002241,  //   18: adr x1, 460
    0x10001da2,  //   1c: adr x2, 3d0
    0x10001f83,  //   20: adr x3, 410
    0x4c40a860,  //   24: ld1 {v0.4s, v1.4s}, [x3]
    0x4c402044,  //   28: ld1 {v4.16b-v7.16b}, [x2]
    0x6e200884,  //   2c: rev32 v4.16b, v4.16b
    0x6e2008a5,  //   30: rev32 v5.16b, v5.16b
    0x6e2008c6,  //   34: rev32 v6.16b, v6.16b
    0x6e2008e7,  //   38: rev32 v7.16b, v7.16b
    0x4ea01c10,  //   3c: mov v16.16b, v0.16b
    0x4ea11c31,  //   40: mov v17.16b, v1.16b
    0x4cdf7834,  //   44: ld1 {v20.4s}, [x1], #16
    0x4ea48694,  //   48: add v20.4s, v20.4s, v4.4s
    0x4ea01c02,  //   4c: mov v2.16b, v0.16b
    0x5e144020,  //   50: sha256h q0, q1, v20.4s
    0x5e145041,  //   54: sha256h2 q1, q2, v20.4s
    0x5e2828a4,  //   58: sha256su0 v4.4s, v5.4s
    0x5e0760c4,  //   5c: sha256su1 v4.4s, v6.4s, v7.4s
    0x4cdf7834,  //   60: ld1 {v20.4s}, [x1], #16
    0x4ea58694,  //   64: add v20.4s, v20.4s, v5.4s
    0x4ea01c02,  //   68: mov v2.16b, v0.16b
    0x5e144020,  //   6c: sha256h q0, q1, v20.4s
    0x5e145041,  //   70: sha256h2 q1, q2, v20.4s
    0x5e2828c5,  //   74: sha256su0 v5.4s, v6.4s
    0x5e0460e5,  //   78: sha256su1 v5.4s, v7.4s, v4.4s
    0x4cdf7834,  //   7c: ld1 {v20.4s}, [x1], #16
    0x4ea68694,  //   80: add v20.4s, v20.4s, v6.4s
    0x4ea01c02,  //   84: mov v2.16b, v0.16b
    0x5e144020,  //   88: sha256h q0, q1, v20.4s
    0x5e145041,  //   8c: sha256h2 q1, q2, v20.4s
    0x5e2828e6,  //   90: sha256su0 v6.4s, v7.4s
    0x5e056086,  //   94: sha256su1 v6.4s, v4.4s, v5.4s
    0x4cdf7834,  //   98: ld1 {v20.4s}, [x1], #16
    0x4ea78694,  //   9c: add v20.4s, v20.4s, v7.4s
    0x4ea01c02,  //   a0: mov v2.16b, v0.16b
    0x5e144020,  //   a4: sha256h q0, q1, v20.4s
    0x5e145041,  //   a8: sha256h2 q1, q2, v20.4s
    0x5e282887,  //   ac: sha256su0 v7.4s, v4.4s
    0x5e0660a7,  //   b0: sha256su1 v7.4s, v5.4s, v6.4s
    0x4cdf7834,  //   b4: ld1 {v20.4s}, [x1], #16
    0x4ea48694,  //   b8: add v20.4s, v20.4s, v4.4s
    0x4ea01c02,  //   bc: mov v2.16b, v0.16b
    0x5e144020,  //   c0: sha256h q0, q1, v20.4s
    0x5e145041,  //   c4: sha256h2 q1, q2, v20.4s
    0x5e2828a4,  //   c8: sha256su0 v4.4s, v5.4s
    0x5e0760c4,  //   cc: sha256su1 v4.4s, v6.4s, v7.4s
    0x4cdf7834,  //   d0: ld1 {v20.4s}, [x1], #16
    0x4ea58694,  //   d4: add v20.4s, v20.4s, v5.4s
    0x4ea01c02,  //   d8: mov v2.16b, v0.16b
    0x5e144020,  //   dc: sha256h q0, q1, v20.4s
    0x5e145041,  //   e0: sha256h2 q1, q2, v20.4s
    0x5e2828c5,  //   e4: sha256su0 v5.4s, v6.4s
    0x5e0460e5,  //   e8: sha256su1 v5.4s, v7.4s, v4.4s
    0x4cdf7834,  //   ec: ld1 {v20.4s}, [x1], #16
    0x4ea68694,  //   f0: add v20.4s, v20.4s, v6.4s
    0x4ea01c02,  //   f4: mov v2.16b, v0.16b
    0x5e144020,  //   f8: sha256h q0, q1, v20.4s
    0x5e145041,  //   fc: sha256h2 q1, q2, v20.4s
    0x5e2828e6,  //  100: sha256su0 v6.4s, v7.4s
    0x5e056086,  //  104: sha256su1 v6.4s, v4.4s, v5.4s
    0x4cdf7834,  //  108: ld1 {v20.4s}, [x1], #16
    0x4ea78694,  //  10c: add v20.4s, v20.4s, v7.4s
    0x4ea01c02,  //  110: mov v2.16b, v0.16b
    0x5e144020,  //  114: sha256h q0, q1, v20.4s
    0x5e145041,  //  118: sha256h2 q1, q2, v20.4s
    0x5e282887,  //  11c: sha256su0 v7.4s, v4.4s
    0x5e0660a7,  //  120: sha256su1 v7.4s, v5.4s, v6.4s
    0x4cdf7834,  //  124: ld1 {v20.4s}, [x1], #16
    0x4ea48694,  //  128: add v20.4s, v20.4s, v4.4s
    0x4ea01c02,  //  12c: mov v2.16b, v0.16b
    0x5e144020,  //  130: sha256h q0, q1, v20.4s
    0x5e145041,  //  134: sha256h2 q1, q2, v20.4s
    0x5e2828a4,  //  138: sha256su0 v4.4s, v5.4s
    0x5e0760c4,  //  13c: sha256su1 v4.4s, v6.4s, v7.4s
    0x4cdf7834,  //  140: ld1 {v20.4s}, [x1], #16
    0x4ea58694,  //  144: add v20.4s, v20.4s, v5.4s
    0x4ea01c02,  //  148: mov v2.16b, v0.16b
    0x5e144020,  //  14c: sha256h q0, q1, v20.4s
    0x5e145041,  //  150: sha256h2 q1, q2, v20.4s
    0x5e2828c5,  //  154: sha256su0 v5.4s, v6.4s
    0x5e0460e5,  //  158: sha256su1 v5.4s, v7.4s, v4.4s
    0x4cdf7834,  //  15c: ld1 {v20.4s}, [x1], #16
    0x4ea68694,  //  160: add v20.4s, v20.4s, v6.4s
    0x4ea01c02,  //  164: mov v2.16b, v0.16b
    0x5e144020,  //  168: sha256h q0, q1, v20.4s
    0x5e145041,  //  16c: sha256h2 q1, q2, v20.4s
    0x5e2828e6,  //  170: sha256su0 v6.4s, v7.4s
    0x5e056086,  //  174: sha256su1 v6.4s, v4.4s, v5.4s
    0x4cdf7834,  //  178: ld1 {v20.4s}, [x1], #16
    0x4ea78694,  //  17c: add v20.4s, v20.4s, v7.4s
    0x4ea01c02,  //  180: mov v2.16b, v0.16b
    0x5e144020,  //  184: sha256h q0, q1, v20.4s
    0x5e145041,  //  188: sha256h2 q1, q2, v20.4s
    0x5e282887,  //  18c: sha256su0 v7.4s, v4.4s
    0x5e0660a7,  //  190: sha256su1 v7.4s, v5.4s, v6.4s
    0x4cdf7834,  //  194: ld1 {v20.4s}, [x1], #16
    0x4ea48694,  //  198: add v20.4s, v20.4s, v4.4s
    0x4ea01c02,  //  19c: mov v2.16b, v0.16b
    0x5e144020,  //  1a0: sha256h q0, q1, v20.4s
    0x5e145041,  //  1a4: sha256h2 q1, q2, v20.4s
    0x4cdf7834,  //  1a8: ld1 {v20.4s}, [x1], #16
    0x4ea58694,  //  1ac: add v20.4s, v20.4s, v5.4s
    0x4ea01c02,  //  1b0: mov v2.16b, v0.16b
    0x5e144020,  //  1b4: sha256h q0, q1, v20.4s
    0x5e145041,  //  1b8: sha256h2 q1, q2, v20.4s
    0x4cdf7834,  //  1bc: ld1 {v20.4s}, [x1], #16
    0x4ea68694,  //  1c0: add v20.4s, v20.4s, v6.4s
    0x4ea01c02,  //  1c4: mov v2.16b, v0.16b
    0x5e144020,  //  1c8: sha256h q0, q1, v20.4s
    0x5e145041,  //  1cc: sha256h2 q1, q2, v20.4s
    0x4cdf7834,  //  1d0: ld1 {v20.4s}, [x1], #16
    0x4ea78694,  //  1d4: add v20.4s, v20.4s, v7.4s
    0x4ea01c02,  //  1d8: mov v2.16b, v0.16b
    0x5e144020,  //  1dc: sha256h q0, q1, v20.4s
    0x5e145041,  //  1e0: sha256h2 q1, q2, v20.4s
    0x4eb08400,  //  1e4: add v0.4s, v0.4s, v16.4s
    0x4eb18421,  //  1e8: add v1.4s, v1.4s, v17.4s
    0x6e200800,  //  1ec: rev32 v0.16b, v0.16b
    0x6e200821,  //  1f0: rev32 v1.16b, v1.16b
    0x4c00a000,  //  1f4: st1 {v0.16b, v1.16b}, [x0]
    0x100011c3,  //  1f8: adr x3, 430
    0x4c407860,  //  1fc: ld1 {v0.4s}, [x3]
    0xbd401061,  //  200: ldr s1, [x3, #16]
    0x4c402044,  //  204: ld1 {v4.16b-v7.16b}, [x2]
    0x6e200884,  //  208: rev32 v4.16b, v4.16b
    0x6e2008a5,  //  20c: rev32 v5.16b, v5.16b
    0x6e2008c6,  //  210: rev32 v6.16b, v6.16b
    0x6e2008e7,  //  214: rev32 v7.16b, v7.16b
    0x4ea01c10,  //  218: mov v16.16b, v0.16b
    0x4ea11c31,  //  21c: mov v17.16b, v1.16b
    0x10001121,  //  220: adr x1, 444
    0x4ddfc838,  //  224: ld1r {v24.4s}, [x1], #4
    0x4ddfc839,  //  228: ld1r {v25.4s}, [x1], #4
    0x4ddfc83a,  //  22c: ld1r {v26.4s}, [x1], #4
    0x4ddfc83b,  //  230: ld1r {v27.4s}, [x1], #4
    0x4eb88494,  //  234: add v20.4s, v4.4s, v24.4s
    0x5e280803,  //  238: sha1h s3, s0
    0x5e140020,  //  23c: sha1c q0, s1, v20.4s
    0x5e0630a4,  //  240: sha1su0 v4.4s, v5.4s, v6.4s
    0x5e2818e4,  //  244: sha1su1 v4.4s, v7.4s
    0x4eb884b4,  //  248: add v20.4s, v5.4s, v24.4s
    0x5e280801,  //  24c: sha1h s1, s0
    0x5e140060,  //  250: sha1c q0, s3, v20.4s
    0x5e0730c5,  //  254: sha1su0 v5.4s, v6.4s, v7.4s
    0x5e281885,  //  258: sha1su1 v5.4s, v4.4s
    0x4eb884d4,  //  25c: add v20.4s, v6.4s, v24.4s
    0x5e280803,  //  260: sha1h s3, s0
    0x5e140020,  //  264: sha1c q0, s1, v20.4s
    0x5e0430e6,  //  268: sha1su0 v6.4s, v7.4s, v4.4s
    0x5e2818a6,  //  26c: sha1su1 v6.4s, v5.4s
    0x4eb884f4,  //  270: add v20.4s, v7.4s, v24.4s
    0x5e280801,  //  274: sha1h s1, s0
    0x5e140060,  //  278: sha1c q0, s3, v20.4s
    0x5e053087,  //  27c: sha1su0 v7.4s, v4.4s, v5.4s
    0x5e2818c7,  //  280: sha1su1 v7.4s, v6.4s
    0x4eb88494,  //  284: add v20.4s, v4.4s, v24.4s
    0x5e280803,  //  288: sha1h s3, s0
    0x5e140020,  //  28c: sha1c q0, s1, v20.4s
    0x5e0630a4,  //  290: sha1su0 v4.4s, v5.4s, v6.4s
    0x5e2818e4,  //  294: sha1su1 v4.4s, v7.4s
    0x4eb984b4,  //  298: add v20.4s, v5.4s, v25.4s
    0x5e280801,  //  29c: sha1h s1, s0
    0x5e141060,  //  2a0: sha1p q0, s3, v20.4s
    0x5e0730c5,  //  2a4: sha1su0 v5.4s, v6.4s, v7.4s
    0x5e281885,  //  2a8: sha1su1 v5.4s, v4.4s
    0x4eb984d4,  //  2ac: add v20.4s, v6.4s, v25.4s
    0x5e280803,  //  2b0: sha1h s3, s0
    0x5e141020,  //  2b4: sha1p q0, s1, v20.4s
    0x5e0430e6,  //  2b8: sha1su0 v6.4s, v7.4s, v4.4s
    0x5e2818a6,  //  2bc: sha1su1 v6.4s, v5.4s
    0x4eb984f4,  //  2c0: add v20.4s, v7.4s, v25.4s
    0x5e280801,  //  2c4: sha1h s1, s0
    0x5e141060,  //  2c8: sha1p q0, s3, v20.4s
    0x5e053087,  //  2cc: sha1su0 v7.4s, v4.4s, v5.4s
    0x5e2818c7,  //  2d0: sha1su1 v7.4s, v6.4s
    0x4eb98494,  //  2d4: add v20.4s, v4.4s, v25.4s
    0x5e280803,  //  2d8: sha1h s3, s0
    0x5e141020,  //  2dc: sha1p q0, s1, v20.4s
    0x5e0630a4,  //  2e0: sha1su0 v4.4s, v5.4s, v6.4s
    0x5e2818e4,  //  2e4: sha1su1 v4.4s, v7.4s
    0x4eb984b4,  //  2e8: add v20.4s, v5.4s, v25.4s
    0x5e280801,  //  2ec: sha1h s1, s0
    0x5e141060,  //  2f0: sha1p q0, s3, v20.4s
    0x5e0730c5,  //  2f4: sha1su0 v5.4s, v6.4s, v7.4s
    0x5e281885,  //  2f8: sha1su1 v5.4s, v4.4s
    0x4eba84d4,  //  2fc: add v20.4s, v6.4s, v26.4s
    0x5e280803,  //  300: sha1h s3, s0
    0x5e142020,  //  304: sha1m q0, s1, v20.4s
    0x5e0430e6,  //  308: sha1su0 v6.4s, v7.4s, v4.4s
    0x5e2818a6,  //  30c: sha1su1 v6.4s, v5.4s
    0x4eba84f4,  //  310: add v20.4s, v7.4s, v26.4s
    0x5e280801,  //  314: sha1h s1, s0
    0x5e142060,  //  318: sha1m q0, s3, v20.4s
    0x5e053087,  //  31c: sha1su0 v7.4s, v4.4s, v5.4s
    0x5e2818c7,  //  320: sha1su1 v7.4s, v6.4s
    0x4eba8494,  //  324: add v20.4s, v4.4s, v26.4s
    0x5e280803,  //  328: sha1h s3, s0
    0x5e142020,  //  32c: sha1m q0, s1, v20.4s
    0x5e0630a4,  //  330: sha1su0 v4.4s, v5.4s, v6.4s
    0x5e2818e4,  //  334: sha1su1 v4.4s, v7.4s
    0x4eba84b4,  //  338: add v20.4s, v5.4s, v26.4s
    0x5e280801,  //  33c: sha1h s1, s0
    0x5e142060,  //  340: sha1m q0, s3, v20.4s
    0x5e0730c5,  //  344: sha1su0 v5.4s, v6.4s, v7.4s
    0x5e281885,  //  348: sha1su1 v5.4s, v4.4s
    0x4eba84d4,  //  34c: add v20.4s, v6.4s, v26.4s
    0x5e280803,  //  350: sha1h s3, s0
    0x5e142020,  //  354: sha1m q0, s1, v20.4s
    0x5e0430e6,  //  358: sha1su0 v6.4s, v7.4s, v4.4s
    0x5e2818a6,  //  35c: sha1su1 v6.4s, v5.4s
    0x4ebb84f4,  //  360: add v20.4s, v7.4s, v27.4s
    0x5e280801,  //  364: sha1h s1, s0
    0x5e141060,  //  368: sha1p q0, s3, v20.4s
    0x5e053087,  //  36c: sha1su0 v7.4s, v4.4s, v5.4s
    0x5e2818c7,  //  370: sha1su1 v7.4s, v6.4s
    0x4ebb8494,  //  374: add v20.4s, v4.4s, v27.4s
    0x5e280803,  //  378: sha1h s3, s0
    0x5e141020,  //  37c: sha1p q0, s1, v20.4s
    0x4ebb84b4,  //  380: add v20.4s, v5.4s, v27.4s
    0x5e280801,  //  384: sha1h s1, s0
    0x5e141060,  //  388: sha1p q0, s3, v20.4s
    0x4ebb84d4,  //  38c: add v20.4s, v6.4s, v27.4s
    0x5e280803,  //  390: sha1h s3, s0
    0x5e141020,  //  394: sha1p q0, s1, v20.4s
    0x4ebb84f4,  //  398: add v20.4s, v7.4s, v27.4s
    0x5e280801,  //  39c: sha1h s1, s0
    0x5e141060,  //  3a0: sha1p q0, s3, v20.4s
    0x4eb08400,  //  3a4: add v0.4s, v0.4s, v16.4s
    0x4eb18421,  //  3a8: add v1.4s, v1.4s, v17.4s
    0x6e200800,  //  3ac: rev32 v0.16b, v0.16b
    0x6e200821,  //  3b0: rev32 v1.16b, v1.16b
    0x91008004,  //  3b4: add x4, x0, #0x20
    0x4c9f7080,  //  3b8: st1 {v0.16b}, [x4], #16
    0x0d008081,  //  3bc: st1 {v1.s}[0], [x4]
    0xd65f03c0,  //  3c0: ret
    0xd503201f,  //  3c4: nop
    0xd503201f,  //  3c8: nop
    0xd503201f,  //  3cc: nop
    0x80636261,  //  3d0: .word 0x80636261
    0x00000000,  //  3d4: .word 0x00000000
    0x00000000,  //  3d8: .word 0x00000000
    0x00000000,  //  3dc: .word 0x00000000
    0x00000000,  //  3e0: .word 0x00000000
    0x00000000,  //  3e4: .word 0x00000000
    0x00000000,  //  3e8: .word 0x00000000
    0x00000000,  //  3ec: .word 0x00000000
    0x00000000,  //  3f0: .word 0x00000000
    0x00000000,  //  3f4: .word 0x00000000
    0x00000000,  //  3f8: .word 0x00000000
    0x00000000,  //  3fc: .word 0x00000000
    0x00000000,  //  400: .word 0x00000000
    0x00000000,  //  404: .word 0x00000000
    0x00000000,  //  408: .word 0x00000000
    0x18000000,  //  40c: .word 0x18000000
    0x6a09e667,  //  410: .word 0x6a09e667
    0xbb67ae85,  //  414: .word 0xbb67ae85
    0x3c6ef372,  //  418: .word 0x3c6ef372
    0xa54ff53a,  //  41c: .word 0xa54ff53a
    0x510e527f,  //  420: .word 0x510e527f
    0x9b05688c,  //  424: .word 0x9b05688c
    0x1f83d9ab,  //  428: .word 0x1f83d9ab
    0x5be0cd19,  //  42c: .word 0x5be0cd19
    0x67452301,  //  430: .word 0x67452301
    0xefcdab89,  //  434: .word 0xefcdab89
    0x98badcfe,  //  438: .word 0x98badcfe
    0x10325476,  //  43c: .word 0x10325476
    0xc3d2e1f0,  //  440: .word 0xc3d2e1f0
    0x5a827999,  //  444: .word 0x5a827999
    0x6ed9eba1,  //  448: .word 0x6ed9eba1
    0x8f1bbcdc,  //  44c: .word 0x8f1bbcdc
    0xca62c1d6,  //  450: .word 0xca62c1d6
    0xd503201f,  //  454: nop
    0xd503201f,  //  458: nop
    0xd503201f,  //  45c: nop
    0x428a2f98,  //  460: .word 0x428a2f98
    0x71374491,  //  464: .word 0x71374491
    0xb5c0fbcf,  //  468: .word 0xb5c0fbcf
    0xe9b5dba5,  //  46c: .word 0xe9b5dba5
    0x3956c25b,  //  470: .word 0x3956c25b
    0x59f111f1,  //  474: .word 0x59f111f1
    0x923f82a4,  //  478: .word 0x923f82a4
    0xab1c5ed5,  //  47c: .word 0xab1c5ed5
    0xd807aa98,  //  480: .word 0xd807aa98
    0x12835b01,  //  484: .word 0x12835b01
    0x243185be,  //  488: .word 0x243185be
    0x550c7dc3,  //  48c: .word 0x550c7dc3
    0x72be5d74,  //  490: .word 0x72be5d74
    0x80deb1fe,  //  494: .word 0x80deb1fe
    0x9bdc06a7,  //  498: .word 0x9bdc06a7
    0xc19bf174,  //  49c: .word 0xc19bf174
    0xe49b69c1,  //  4a0: .word 0xe49b69c1
    0xefbe4786,  //  4a4: .word 0xefbe4786
    0x0fc19dc6,  //  4a8: .word 0x0fc19dc6
    0x240ca1cc,  //  4ac: .word 0x240ca1cc
    0x2de92c6f,  //  4b0: .word 0x2de92c6f
    0x4a7484aa,  //  4b4: .word 0x4a7484aa
    0x5cb0a9dc,  //  4b8: .word 0x5cb0a9dc
    0x76f988da,  //  4bc: .word 0x76f988da
    0x983e5152,  //  4c0: .word 0x983e5152
    0xa831c66d,  //  4c4: .word 0xa831c66d
    0xb00327c8,  //  4c8: .word 0xb00327c8
    0xbf597fc7,  //  4cc: .word 0xbf597fc7
    0xc6e00bf3,  //  4d0: .word 0xc6e00bf3
    0xd5a79147,  //  4d4: .word 0xd5a79147
    0x06ca6351,  //  4d8: .word 0x06ca6351
    0x14292967,  //  4dc: .word 0x14292967
    0x27b70a85,  //  4e0: .word 0x27b70a85
    0x2e1b2138,  //  4e4: .word 0x2e1b2138
    0x4d2c6dfc,  //  4e8: .word 0x4d2c6dfc
    0x53380d13,  //  4ec: .word 0x53380d13
    0x650a7354,  //  4f0: .word 0x650a7354
    0x766a0abb,  //  4f4: .word 0x766a0abb
    0x81c2c92e,  //  4f8: .word 0x81c2c92e
    0x92722c85,  //  4fc: .word 0x92722c85
    0xa2bfe8a1,  //  500: .word 0xa2bfe8a1
    0xa81a664b,  //  504: .word 0xa81a664b
    0xc24b8b70,  //  508: .word 0xc24b8b70
    0xc76c51a3,  //  50c: .word 0xc76c51a3
    0xd192e819,  //  510: .word 0xd192e819
    0xd6990624,  //  514: .word 0xd6990624
    0xf40e3585,  //  518: .word 0xf40e3585
    0x106aa070,  //  51c: .word 0x106aa070
    0x19a4c116,  //  520: .word 0x19a4c116
    0x1e376c08,  //  524: .word 0x1e376c08
    0x2748774c,  //  528: .word 0x2748774c
    0x34b0bcb5,  //  52c: .word 0x34b0bcb5
    0x391c0cb3,  //  530: .word 0x391c0cb3
    0x4ed8aa4a,  //  534: .word 0x4ed8aa4a
    0x5b9cca4f,  //  538: .word 0x5b9cca4f
    0x682e6ff3,  //  53c: .word 0x682e6ff3
    0x748f82ee,  //  540: .word 0x748f82ee
    0x78a5636f,  //  544: .word 0x78a5636f
    0x84c87814,  //  548: .word 0x84c87814
    0x8cc70208,  //  54c: .word 0x8cc70208
    0x90befffa,  //  550: .word 0x90befffa
    0xa4506ceb,  //  554: .word 0xa4506ceb
    0xbef9a3f7,  //  558: .word 0xbef9a3f7
    0xc67178f2,  //  55c: .word 0xc67178f2
};

uint8_t byte_of(const VReg& v, unsigned i) { return uint8_t(v.d[i / 8] >> (8 * (i % 8))); }

void check_bytes(const VReg& v, const uint8_t (&expected)[16])
{
    for (unsigned i = 0; i < 16; ++i) {
        INFO("byte " << i);
        CHECK(unsigned(byte_of(v, i)) == unsigned(expected[i]));
    }
}

}  // namespace

TEST_CASE("AES, SHA-1 and SHA-256 instructions match qemu-aarch64 and FIPS-197", "[arm64][cpu][crypto]")
{
    CpuBench b;
    b.load(kCrypto_program);
    b.run(sc_core::sc_time(100, sc_core::SC_US));
    REQUIRE(b.s().pc == kRamBase + 0x14);  // reached the final loop, no exception taken

    const auto mismatches =
        memory_mismatches(b, kData, std::begin(kCryptoV), std::end(kCryptoV));
    for (const std::string& m : mismatches)
        UNSCOPED_INFO(m);
    CHECK(mismatches.empty());

    // FIPS-197 appendix C.1 (AES-128, key 000102..0f), as the final registers.
    static constexpr uint8_t s_row[16] = {0x63, 0x53, 0xe0, 0x8c, 0x09, 0x60, 0xe1, 0x04,
                                          0xcd, 0x70, 0xb7, 0x51, 0xba, 0xca, 0xd0, 0xe7};
    static constexpr uint8_t m_col[16] = {0x5f, 0x72, 0x64, 0x15, 0x57, 0xf5, 0xbc, 0x92,
                                          0xf7, 0xbe, 0x3b, 0x29, 0x1d, 0xb9, 0xf9, 0x1a};
    static constexpr uint8_t is_box[16] = {0xbd, 0x6e, 0x7c, 0x3d, 0xf2, 0xb5, 0x77, 0x9e,
                                           0x0b, 0x61, 0x21, 0x6e, 0x8b, 0x10, 0xb6, 0x89};
    check_bytes(b.s().v[0], s_row);   // AESE: round[1].s_row
    check_bytes(b.s().v[4], m_col);   // AESMC: round[1].m_col
    check_bytes(b.s().v[5], s_row);   // AESIMC undoes it
    check_bytes(b.s().v[2], is_box);  // AESD: inverse cipher round[1].is_box
}

TEST_CASE("SHA-256 and SHA-1 digests of abc computed by a guest routine", "[arm64][cpu][crypto]")
{
    CpuBench b;
    b.load(kSha_program);
    b.run();
    REQUIRE(b.s().pc == kRamBase + 0x14);
    // FIPS 180-4 examples: SHA-256("abc") and SHA-1("abc").
    static constexpr uint8_t sha256[32] = {
        0xba, 0x78, 0x16, 0xbf, 0x8f, 0x01, 0xcf, 0xea, 0x41, 0x41, 0x40, 0xde, 0x5d, 0xae, 0x22, 0x23,
        0xb0, 0x03, 0x61, 0xa3, 0x96, 0x17, 0x7a, 0x9c, 0xb4, 0x10, 0xff, 0x61, 0xf2, 0x00, 0x15, 0xad};
    static constexpr uint8_t sha1[20] = {0xa9, 0x99, 0x3e, 0x36, 0x47, 0x06, 0x81, 0x6a, 0xba, 0x3e,
                                         0x25, 0x71, 0x78, 0x50, 0xc2, 0x6c, 0x9c, 0xd0, 0xd8, 0x9d};
    for (unsigned i = 0; i < 32; ++i) {
        INFO("SHA-256 byte " << i);
        CHECK(unsigned(b.host(kData)[i]) == unsigned(sha256[i]));
    }
    for (unsigned i = 0; i < 20; ++i) {
        INFO("SHA-1 byte " << i);
        CHECK(unsigned(b.host(kData + 32)[i]) == unsigned(sha1[i]));
    }
}

TEST_CASE("CRC32 and CRC32C give the standard check values", "[arm64][cpu][crc32]")
{
    CpuBench b;
    b.load(kCrypto_program);
    b.run(sc_core::sc_time(100, sc_core::SC_US));
    REQUIRE(b.s().pc == kRamBase + 0x14);
    const uint64_t x0 = kData + 0x3100;
    // "123456789": CRC-32 (ISO-HDLC) 0xCBF43926, CRC-32C (Castagnoli) 0xE3069283,
    // byte at a time and with X/W/H steps.
    CHECK(b.peek64(x0 + 0) == 0xcbf43926);
    CHECK(b.peek64(x0 + 8) == 0xe3069283);
    CHECK(b.peek64(x0 + 16) == 0xcbf43926);
    CHECK(b.peek64(x0 + 24) == 0xe3069283);
    for (unsigned i = 0; i < 8; ++i) {
        INFO("X dump " << i);
        CHECK(b.peek64(x0 + 8 * i) == kCryptoX[i]);
    }
}

TEST_CASE("CRC32 and crypto encodings outside ARMv8.0 stay Undefined", "[arm64][cpu][crypto]")
{
    CpuBench b;
    b.load({
        0x10004000,  //   0: adr x0, 800
        0xd518c000,  //   4: msr vbar_el1, x0
        0xd2a8021c,  //   8: mov x28, #0x40100000
        0x1ac24020,  //   c: crc32b w0, w1, w2 (CRC32 needs no FPEN)
        0x9ac24c23,  //  10: crc32x w3, w1, x2
        0x9ac24024,  //  14: CRC32B with sf = 1: Undefined
        0x1ac24c25,  //  18: CRC32X with sf = 0: Undefined
        0x4e284820,  //  1c: aese v0.16b, v1.16b with FPEN = 0: EC 0x07
        0xd2a00601,  //  20: mov x1, #0x300000
        0xd5181041,  //  24: msr cpacr_el1, x1
        0xd5033fdf,  //  28: isb
        0x4e684820,  //  2c: AESE with size = 01: Undefined
        0x5e027020,  //  30: SHA three-register opcode 111: Undefined
        0x5e283820,  //  34: SHA two-register opcode 00011: Undefined
        0x5e420020,  //  38: SHA1C with size = 01: Undefined
        0x14000000,  //  3c: b 3c
    });
    b.load({
        0xd5385215,  //   0: mrs x21, esr_el1
        0xd5384037,  //   4: mrs x23, elr_el1
        0xa8815f95,  //   8: stp x21, x23, [x28], #16
        0x910012f7,  //   c: add x23, x23, #0x4
        0xd5184037,  //  10: msr elr_el1, x23
        0xd69f03e0,  //  14: eret
    }, kRamBase + 0x800 + 0x200);
    b.s().x[1] = 0xffffffff;
    b.s().x[2] = 0x31;
    b.run();
    REQUIRE(b.s().pc == kRamBase + 0x3c);
    const uint64_t log = kRamBase + 0x100000;
    const struct {
        uint32_t esr;
        uint64_t pc;
    } expected[] = {{0x02000000, 0x14}, {0x02000000, 0x18}, {0x1fe00000, 0x1c}, {0x02000000, 0x2c},
                    {0x02000000, 0x30}, {0x02000000, 0x34}, {0x02000000, 0x38}};
    for (unsigned i = 0; i < 7; ++i) {
        INFO("exception " << i);
        CHECK(b.peek64(log + 16 * i) == expected[i].esr);
        CHECK(b.peek64(log + 16 * i + 8) == kRamBase + expected[i].pc);
    }
    CHECK(b.peek64(log + 16 * 7) == 0);
    // Raw CRC updates from 0xffffffff (no final inversion) with the byte '1',
    // and with '1' followed by seven zero bytes: ~zlib.crc32(...) of the same bytes.
    CHECK(b.x(0) == 0x7c231048);
    CHECK(b.x(3) == 0xd3ba7375);
    CHECK(b.x(4) == 0);  // the Undefined forms wrote nothing
    CHECK(b.x(5) == 0);
}
