// ElfLoader: loads a little-endian AArch64 ELF64 executable (ELF spec, "Program
// Header": PT_LOAD segments) into guest RAM by physical address, zero-filling
// the part of each segment beyond its file data, and returns the entry point.
// It checks the headers and that every segment lies inside RAM; it does not
// relocate (ET_DYN is rejected), load sections, or look at symbols.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace vp::virt64 {

// The guest RAM as the loader sees it: guest physical base, size and host bytes.
struct GuestRam {
    uint64_t base;
    uint64_t size;
    uint8_t* data;
};

struct LoadedImage {
    uint64_t entry = 0;
    uint64_t low = 0;   // lowest loaded physical address
    uint64_t high = 0;  // one past the highest
    std::vector<std::pair<uint64_t, uint64_t>> segments;  // [start, end) of each PT_LOAD
};

// True when the file starts with the ELF magic (the file must be readable).
bool is_elf_file(const std::string& path);

// Throws std::runtime_error with a message naming the file and the problem
// (unreadable, not ELF64/AArch64/executable, truncated, segment outside RAM).
LoadedImage load_elf(const std::string& path, const GuestRam& ram);

}  // namespace vp::virt64
