// Flag bits of virtqueue descriptors and rings (virtio 1.2 §2.7.5, §2.7.6,
// §2.7.8, §2.8.10, §2.8.14), shared by SplitRing and PackedRing.
#pragma once

#include <cstdint>

namespace vp::virtio {

constexpr uint16_t kRingDescNext = 1;
constexpr uint16_t kRingDescWrite = 2;
constexpr uint16_t kRingDescIndirect = 4;
constexpr uint16_t kRingDescAvail = 1 << 7;   // packed
constexpr uint16_t kRingDescUsed = 1 << 15;   // packed
constexpr uint16_t kRingAvailNoInterrupt = 1;  // split avail.flags
constexpr uint16_t kRingUsedNoNotify = 1;      // split used.flags
constexpr uint16_t kRingEventEnable = 0;       // packed event suppression flags
constexpr uint16_t kRingEventDisable = 1;
constexpr uint16_t kRingEventDesc = 2;

}  // namespace vp::virtio
