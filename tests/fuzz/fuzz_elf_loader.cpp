// libFuzzer harness for virt64's ELF loader (platforms/virt64/elf_loader.cpp).
// The input is the ELF file itself, written to a scratch file and loaded as
// `virt64 -kernel FILE` does into a 1 MiB RAM at virt64's RAM base.
// Allowed outcomes: std::runtime_error (the loader's "virt64: error: ..."
// message), or success with every PT_LOAD segment inside RAM holding its
// file bytes followed by zeroes. Anything else (another exception, a
// sanitizer report, a segment outside RAM, wrong bytes) is a finding.
#include <elf.h>

#include <cstring>
#include <stdexcept>
#include <vector>

#include "checked_range.h"
#include "elf_loader.h"
#include "fuzz_common.h"
#include "memory_map.h"

using namespace vp::virt64;

namespace {

constexpr uint64_t kRamSize = 1 << 20;

void check_loaded(const uint8_t* file, size_t size, const GuestRam& ram, const LoadedImage& img)
{
    const CheckedRange in_ram{ram.base, ram.size};
    if (img.segments.empty())
        vp::fuzz::finding("load_elf succeeded without a segment");
    for (const auto& [start, end] : img.segments)
        if (end < start || !in_ram.contains(start, end - start) || start < img.low || end > img.high)
            vp::fuzz::finding("segment [%#lx, %#lx) outside RAM or outside [low, high)", start, end);
    // The last PT_LOAD segment is not overwritten by a later one: its file
    // bytes and zero fill must be in RAM as they are in the file.
    Elf64_Ehdr eh;
    std::memcpy(&eh, file, sizeof eh);
    for (int i = eh.e_phnum - 1; i >= 0; --i) {
        Elf64_Phdr ph;
        std::memcpy(&ph, file + eh.e_phoff + uint64_t(i) * sizeof ph, sizeof ph);
        if (ph.p_type != PT_LOAD || ph.p_memsz == 0)
            continue;
        const uint8_t* dst = ram.data + (ph.p_paddr - ram.base);
        if (std::memcmp(dst, file + ph.p_offset, ph.p_filesz) != 0)
            vp::fuzz::finding("segment %d: RAM differs from the file bytes", i);
        for (uint64_t k = ph.p_filesz; k < ph.p_memsz; ++k)
            if (dst[k] != 0)
                vp::fuzz::finding("segment %d: byte %lu of the zero fill is not zero", i, k);
        break;
    }
    (void)size;
}

}  // namespace

VP_FUZZ_COMMON_MAIN

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static vp::fuzz::ScratchFile file("elf");
    static std::vector<uint8_t> ram_bytes(kRamSize);
    file.write(data, size);
    std::memset(ram_bytes.data(), 0xa5, ram_bytes.size());  // stale bytes, as a reused RAM
    const GuestRam ram{map::kRamBase, kRamSize, ram_bytes.data()};
    LoadedImage img;
    try {
        img = load_elf(file.path(), ram);
    } catch (const std::runtime_error&) {
        return 0;  // a clear error for the user: fine
    }
    check_loaded(data, size, ram, img);
    return 0;
}
