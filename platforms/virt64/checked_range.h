// Overflow-safe size and offset arithmetic for the loaders. Every file and
// header field the loaders read (ELF program headers, the arm64 Image header,
// a user DTB, initrd sizes) is untrusted, so each "does [offset, offset + len)
// lie inside this buffer / RAM?" question and each placement sum goes through
// these few functions instead of a bare `a + b > limit`, which wraps.
#pragma once

#include <cstdint>
#include <optional>

namespace vp::virt64 {

// a + b, or nothing when the sum does not fit in 64 bits.
constexpr std::optional<uint64_t> checked_add(uint64_t a, uint64_t b)
{
    uint64_t sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return std::nullopt;
    return sum;
}

// a * b, or nothing when the product does not fit in 64 bits.
constexpr std::optional<uint64_t> checked_mul(uint64_t a, uint64_t b)
{
    uint64_t product = 0;
    if (__builtin_mul_overflow(a, b, &product))
        return std::nullopt;
    return product;
}

// v rounded up to a multiple of `align` (a power of two), or nothing on wrap.
constexpr std::optional<uint64_t> checked_align_up(uint64_t v, uint64_t align)
{
    const std::optional<uint64_t> bumped = checked_add(v, align - 1);
    if (!bumped)
        return std::nullopt;
    return *bumped & ~(align - 1);
}

// A region [base, base + size) whose end does not wrap (base + size may be 2^64).
struct CheckedRange {
    uint64_t base = 0;
    uint64_t size = 0;

    // True when [addr, addr + len) lies entirely inside this region. Never
    // computes a sum that can wrap: only differences of ordered values.
    constexpr bool contains(uint64_t addr, uint64_t len) const
    {
        return addr >= base && addr - base <= size && len <= size - (addr - base);
    }
};

}  // namespace vp::virt64
