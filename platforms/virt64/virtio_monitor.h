// `monitor info virtio` for the GDB stub: every virtio-mmio device of virt64
// with its slot, device ID, status, offered and negotiated features and, per
// queue, its size, state, ring addresses and the split ring's avail/used
// indices (read from guest memory; packed rings show addresses only). The
// driver engineer's view that QEMU's `info virtio` gives.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

namespace vp::virt64 {

class VirtioSlots;

// read_phys(pa, buffer, len): a side-effect-free read of guest physical
// memory; false when the range cannot be read.
using PhysReader = std::function<bool(uint64_t pa, void* data, size_t len)>;

std::string describe_virtio(const VirtioSlots& slots, const PhysReader& read_phys);

}  // namespace vp::virt64
