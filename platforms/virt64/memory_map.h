// The virt64 memory map and interrupt assignment: QEMU `-M virt` (hw/arm/virt.c
// base_memmap / a15irqmap, low-memory layout), stated once. Regions that
// virt64 does not model (flash, RTC, GPIO) are listed so that the map reads
// like QEMU's and so nothing else gets placed there; accesses to them are
// decode errors (synchronous external aborts).
#pragma once

#include <cstdint>

namespace vp::virt64::map {

struct Region {
    uint64_t base;
    uint64_t size;
    uint64_t end() const { return base + size; }
    bool contains(uint64_t addr) const { return addr >= base && addr - base < size; }
};

constexpr uint64_t KiB = 1024, MiB = 1024 * KiB, GiB = 1024 * MiB;

constexpr Region kFlash{0x00000000, 128 * MiB};         // not modelled
constexpr Region kGicDistributor{0x08000000, 0x10000};  // GIC-400 GICD
constexpr Region kGicCpuInterface{0x08010000, 0x10000}; // GIC-400 GICC
constexpr Region kUart{0x09000000, 0x1000};             // PL011
constexpr Region kRtc{0x09010000, 0x1000};              // PL031, not modelled
constexpr Region kGpio{0x09030000, 0x1000};             // PL061, not modelled
constexpr Region kVirtioMmio{0x0a000000, 0x4000};       // 32 slots
constexpr uint64_t kVirtioSlotSize = 0x200;
constexpr unsigned kVirtioSlots = 32;
constexpr uint64_t kRamBase = 0x40000000;
constexpr uint64_t kRamMaxSize = 255 * GiB;             // QEMU virt without highmem regions
constexpr uint64_t kRamDefaultSize = 128 * MiB;

constexpr uint64_t virtio_slot_base(unsigned slot) { return kVirtioMmio.base + slot * kVirtioSlotSize; }

// Shared peripheral interrupts (GIC ID = 32 + SPI).
constexpr unsigned kUartSpi = 1;
constexpr unsigned kRtcSpi = 2;
constexpr unsigned kGpioSpi = 7;
constexpr unsigned kVirtioFirstSpi = 16;  // slot n -> SPI 16 + n
constexpr unsigned kNumSpis = 256;        // QEMU virt: NUM_IRQS 256 SPIs, 288 IDs (ITLinesNumber 8)

// Private peripheral interrupts (GIC IDs) of the generic timer.
constexpr unsigned kPpiTimerHyp = 26;
constexpr unsigned kPpiTimerVirt = 27;
constexpr unsigned kPpiTimerSecure = 29;
constexpr unsigned kPpiTimerPhys = 30;

// PL011 reference clock (QEMU virt's "apb-pclk").
constexpr uint64_t kUartClockHz = 24000000;

}  // namespace vp::virt64::map
