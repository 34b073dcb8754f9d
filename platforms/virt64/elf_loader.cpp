// ElfLoader (see elf_loader.h).
#include "elf_loader.h"
#include "checked_range.h"

#include <elf.h>

#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>

namespace vp::virt64 {

namespace {

std::string hex(uint64_t v)
{
    std::ostringstream s;
    s << "0x" << std::hex << v;
    return s.str();
}

std::vector<uint8_t> read_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot open '" + path + "': " + std::strerror(errno));
    std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)),
                               std::istreambuf_iterator<char>());
    if (in.bad())
        throw std::runtime_error("cannot read '" + path + "'");
    return bytes;
}

}  // namespace

bool is_elf_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    char magic[SELFMAG] = {};
    return in.read(magic, SELFMAG) && std::memcmp(magic, ELFMAG, SELFMAG) == 0;
}

LoadedImage load_elf(const std::string& path, const GuestRam& ram)
{
    const std::vector<uint8_t> file = read_file(path);
    auto fail = [&](const std::string& what) {
        throw std::runtime_error("'" + path + "': " + what);
    };
    if (file.size() < sizeof(Elf64_Ehdr) || std::memcmp(file.data(), ELFMAG, SELFMAG) != 0)
        fail("not an ELF file");
    Elf64_Ehdr eh;
    std::memcpy(&eh, file.data(), sizeof(eh));
    if (eh.e_ident[EI_CLASS] != ELFCLASS64)
        fail("not a 64-bit ELF file");
    if (eh.e_ident[EI_DATA] != ELFDATA2LSB)
        fail("not a little-endian ELF file");
    if (eh.e_machine != EM_AARCH64)
        fail("ELF machine " + std::to_string(eh.e_machine) + " is not AArch64 (" +
             std::to_string(EM_AARCH64) + ")");
    if (eh.e_type != ET_EXEC)
        fail("ELF type " + std::to_string(eh.e_type) + " is not an executable (ET_EXEC)");
    const CheckedRange in_file{0, file.size()};
    const CheckedRange in_ram{ram.base, ram.size};
    // e_phnum is 16 bits, so the table size itself cannot wrap; its end can.
    if (eh.e_phentsize != sizeof(Elf64_Phdr) ||
        !in_file.contains(eh.e_phoff, uint64_t(eh.e_phnum) * sizeof(Elf64_Phdr)))
        fail("truncated or malformed program header table (e_phoff " + hex(eh.e_phoff) +
             ", e_phnum " + std::to_string(eh.e_phnum) + ", file size " +
             std::to_string(file.size()) + ")");

    LoadedImage image;
    image.entry = eh.e_entry;
    image.low = UINT64_MAX;
    for (unsigned i = 0; i < eh.e_phnum; i++) {
        Elf64_Phdr ph;
        std::memcpy(&ph, file.data() + eh.e_phoff + i * sizeof(Elf64_Phdr), sizeof(ph));
        if (ph.p_type != PT_LOAD || ph.p_memsz == 0)
            continue;
        const std::string seg = "segment " + std::to_string(i);
        if (ph.p_filesz > ph.p_memsz)
            fail(seg + " has a file size larger than its memory size");
        if (!in_file.contains(ph.p_offset, ph.p_filesz))
            fail(seg + " extends past the end of the file");
        const uint64_t start = ph.p_paddr;
        if (!in_ram.contains(start, ph.p_memsz))
            fail(seg + " at " + hex(start) + " (" + hex(ph.p_memsz) +
                 " bytes) does not fit in RAM [" + hex(ram.base) + ", " +
                 hex(ram.base + ram.size) + ")");
        uint8_t* dst = ram.data + (start - ram.base);
        std::memcpy(dst, file.data() + ph.p_offset, ph.p_filesz);
        std::memset(dst + ph.p_filesz, 0, ph.p_memsz - ph.p_filesz);
        image.segments.emplace_back(start, start + ph.p_memsz);
        image.low = std::min(image.low, start);
        image.high = std::max(image.high, start + ph.p_memsz);
    }
    if (image.segments.empty())
        fail("no loadable (PT_LOAD) segment");
    return image;
}

}  // namespace vp::virt64
