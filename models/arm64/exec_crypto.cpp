// Cryptographic extension: AES, SHA-1, SHA-256. DDI 0487 C7.
// (Being implemented: until then these encodings stay Undefined.)
#include "arm64/exec_simd.h"

namespace vp::arm64 {

void decode_crypto_aes(uint32_t, Insn&) {}
void decode_crypto_sha3(uint32_t, Insn&) {}
void decode_crypto_sha2(uint32_t, Insn&) {}

}  // namespace vp::arm64
