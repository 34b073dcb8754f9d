// simd_harness.c with alignment checking on (SIMD_ALIGN: SCTLR_EL1.A = 1).
#define SIMD_ALIGN 1
#include "simd_harness.c"
