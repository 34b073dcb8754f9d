// Constants of the virtio 1.2 specification (OASIS, §2 basic facilities,
// §5 device types) shared by transports, rings and devices.
#pragma once

#include <cstdint>

namespace vp::virtio {

// Device status bits (§2.1).
enum StatusBit : uint32_t {
    kStatusAcknowledge = 1,
    kStatusDriver = 2,
    kStatusDriverOk = 4,
    kStatusFeaturesOk = 8,
    kStatusDeviceNeedsReset = 0x40,
    kStatusFailed = 0x80,
};

// Reserved (transport/ring) feature bits (§6).
enum FeatureBit : unsigned {
    kFeatureIndirectDesc = 28,
    kFeatureEventIdx = 29,
    kFeatureVersion1 = 32,
    kFeatureAccessPlatform = 33,
    kFeatureRingPacked = 34,
    kFeatureInOrder = 35,
    kFeatureOrderPlatform = 36,
    kFeatureSrIov = 37,
    kFeatureNotificationData = 38,
    kFeatureNotifConfigData = 39,
    kFeatureRingReset = 40,
};

constexpr uint64_t bit(unsigned n) { return uint64_t{1} << n; }

// Device IDs (§5).
enum DeviceId : uint32_t {
    kDeviceNone = 0,
    kDeviceNet = 1,
    kDeviceBlock = 2,
    kDeviceConsole = 3,
    kDeviceEntropy = 4,
};

// Interrupt status bits (§4.2.2 InterruptStatus).
enum InterruptBit : uint32_t {
    kInterruptUsedBuffer = 1,
    kInterruptConfigChange = 2,
};

}  // namespace vp::virtio
