// Loads an arm64 Linux kernel the way a boot loader does (Documentation/
// arm64/booting.rst): the `Image` at a 2 MiB aligned RAM address plus its
// text_offset, the initramfs above it, and a device tree above that; the CPU
// then starts at the image with x0 = DTB address, MMU off, EL1.
// A gzip-compressed Image (Image.gz, as Debian and QEMU's -kernel accept) is
// inflated first. Not supported: other compressions, the EFI stub.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "device_tree.h"

namespace vp::memory {
class Memory;
}

namespace vp::virt64 {

struct LinuxBootRequest {
    std::string kernel;     // arm64 Image
    std::string initrd;     // optional initramfs (cpio, optionally compressed)
    std::string dtb;        // optional: use this DTB instead of the generated one
    DeviceTreeSpec tree;    // the platform description (bootargs included)
};

struct BootInfo {
    uint64_t entry = 0;  // PC at reset
    uint64_t x0 = 0;     // DTB address
    uint64_t kernel_base = 0, kernel_end = 0;
    uint64_t initrd_base = 0, initrd_end = 0;
    uint64_t dtb_base = 0, dtb_size = 0;
};

// True if the file starts with an arm64 Image header ("ARM\x64" at 0x38),
// directly or after gzip decompression.
bool is_arm64_image(const std::string& path);

// Loads kernel, initrd and DTB into `ram` (mapped at `ram_base`). Throws
// std::runtime_error with a clear message if a file is missing, is not an
// arm64 Image, or the images do not fit in RAM.
BootInfo load_linux(vp::memory::Memory& ram, uint64_t ram_base, LinuxBootRequest request);

}  // namespace vp::virt64
