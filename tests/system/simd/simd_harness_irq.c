// simd_harness.c with the virtual timer interrupting the sequences (SIMD_IRQ).
#define SIMD_IRQ 1
#include "simd_harness.c"
