// Test helper: an encoder for A64 logical (bitmask) immediates written from the definition of
// the encoding (Arm ARM C6.2, "bitmask immediate"), independent of DecodeBitMasks in
// models/arm64/alu.h, so that tests can check one against the other.
// A bitmask immediate is an element of esize = 2, 4, ..., 64 bits holding a rotated run of
// 1..esize-1 ones, replicated to the register width.
#pragma once

#include <cstdint>

namespace vp::arm64::test {

struct LogicalImmEncoding {
    bool valid;
    unsigned n, immr, imms;
};

// Low esize bits set (esize 1..64).
constexpr uint64_t low_ones(unsigned esize)
{
    return esize >= 64 ? ~uint64_t(0) : (uint64_t(1) << esize) - 1;
}

// The immediate with element size esize, `ones` consecutive ones rotated right by `rotation`
// inside the element, replicated to 64 bits.
constexpr uint64_t make_bitmask_immediate(unsigned esize, unsigned ones, unsigned rotation)
{
    const uint64_t run = low_ones(ones);
    const uint64_t emask = low_ones(esize);
    uint64_t elem = run;
    for (unsigned i = 0; i < rotation; ++i) // rotate right by one bit inside the element
        elem = ((elem >> 1) | ((elem & 1) << (esize - 1))) & emask;
    uint64_t value = 0;
    for (unsigned pos = 0; pos < 64; pos += esize)
        value |= elem << pos;
    return value;
}

// The canonical fields for (esize, ones, rotation): N = 1 only for 64-bit elements; imms holds
// the element-size prefix (0b0xxxxx for 32, 0b10xxxx for 16, ..., 0b11110x for 2) and ones - 1;
// immr is the rotation. (Any immr with the same value modulo esize encodes the same immediate.)
constexpr LogicalImmEncoding bitmask_fields(unsigned esize, unsigned ones, unsigned rotation)
{
    const unsigned prefix = (~(esize - 1) << 1) & 0x3F;
    return {true, esize == 64 ? 1u : 0u, rotation, prefix | (ones - 1)};
}

// Encodes value for an operation of `datasize` bits (32: value must fit in 32 bits), or
// valid == false when value is no bitmask immediate.
constexpr LogicalImmEncoding encode_logical_imm(uint64_t value, unsigned datasize)
{
    if (datasize == 32) {
        if (value >> 32)
            return {false, 0, 0, 0};
        value |= value << 32;
    }
    if (value == 0 || value == ~uint64_t(0))
        return {false, 0, 0, 0};
    unsigned esize = 2;
    for (; esize <= 64; esize *= 2) {
        const uint64_t elem = value & low_ones(esize);
        uint64_t replicated = 0;
        for (unsigned pos = 0; pos < 64; pos += esize)
            replicated |= elem << pos;
        if (replicated == value)
            break;
    }
    if (esize > datasize)
        return {false, 0, 0, 0};
    const uint64_t elem = value & low_ones(esize);
    unsigned ones = 0;
    for (unsigned i = 0; i < esize; ++i)
        ones += unsigned((elem >> i) & 1);
    for (unsigned rotation = 0; rotation < esize; ++rotation)
        if (make_bitmask_immediate(esize, ones, rotation) == value)
            return bitmask_fields(esize, ones, rotation);
    return {false, 0, 0, 0};
}

} // namespace vp::arm64::test
