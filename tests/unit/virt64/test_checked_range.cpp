// The loaders' overflow-safe arithmetic: sums, products and alignment that
// would wrap past 2^64 are reported as such, and range containment never
// accepts a range whose end wraps around to a small address.
#include <catch2/catch.hpp>

#include "checked_range.h"

using namespace vp::virt64;

namespace {
constexpr uint64_t kMax = ~uint64_t(0);
}

TEST_CASE("checked_add, checked_mul and checked_align_up report wrap-around")
{
    CHECK(checked_add(1, 2) == 3u);
    CHECK(checked_add(kMax, 0) == kMax);
    CHECK_FALSE(checked_add(kMax, 1).has_value());
    CHECK_FALSE(checked_add(kMax - 55, 56).has_value());
    CHECK(checked_mul(56, 65535) == 56u * 65535u);
    CHECK_FALSE(checked_mul(1ull << 32, 1ull << 32).has_value());
    CHECK(checked_align_up(0x40300001, 2ull << 20) == 0x40400000u);
    CHECK(checked_align_up(0x40400000, 2ull << 20) == 0x40400000u);
    CHECK_FALSE(checked_align_up(0xffffffffffff0001ull, 2ull << 20).has_value());
}

TEST_CASE("CheckedRange::contains accepts exactly the ranges inside the region")
{
    const CheckedRange ram{0x40000000, 0x1000};
    CHECK(ram.contains(0x40000000, 0x1000));
    CHECK(ram.contains(0x40000fff, 1));
    CHECK(ram.contains(0x40001000, 0));  // empty range at the end
    CHECK_FALSE(ram.contains(0x40000fff, 2));
    CHECK_FALSE(ram.contains(0x3fffffff, 1));
    CHECK_FALSE(ram.contains(0x40001001, 0));
    // Ends that wrap around 2^64 to an address inside the region.
    CHECK_FALSE(ram.contains(0x40000010, kMax - 8));
    CHECK_FALSE(ram.contains(0x40000000, kMax));
    const CheckedRange file{0, 200};
    CHECK_FALSE(file.contains(kMax - 55, 56));  // e_phoff = 2^64 - 56, one header
    CHECK(file.contains(64, 136));
    // A region reaching the top of the address space.
    const CheckedRange top{kMax - 15, 16};
    CHECK(top.contains(kMax, 1));
    CHECK_FALSE(top.contains(kMax, 2));
}
