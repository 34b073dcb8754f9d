// The ELF loader: PT_LOAD segments land at their physical addresses with the
// BSS part zeroed, the entry point is e_entry, and malformed or misplaced
// images are refused with a message naming the file.
#include <catch2/catch.hpp>

#include <elf.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "elf_loader.h"

using namespace vp::virt64;

namespace {

struct Segment {
    uint64_t paddr;
    std::vector<uint8_t> bytes;
    uint64_t memsz;
};

// Writes a minimal AArch64 ET_EXEC ELF with the given PT_LOAD segments.
std::string write_elf(const std::string& name, uint64_t entry, const std::vector<Segment>& segs,
                      uint16_t machine = EM_AARCH64, uint16_t type = ET_EXEC)
{
    Elf64_Ehdr eh{};
    std::memcpy(eh.e_ident, ELFMAG, SELFMAG);
    eh.e_ident[EI_CLASS] = ELFCLASS64;
    eh.e_ident[EI_DATA] = ELFDATA2LSB;
    eh.e_ident[EI_VERSION] = EV_CURRENT;
    eh.e_type = type;
    eh.e_machine = machine;
    eh.e_version = EV_CURRENT;
    eh.e_entry = entry;
    eh.e_phoff = sizeof(Elf64_Ehdr);
    eh.e_ehsize = sizeof(Elf64_Ehdr);
    eh.e_phentsize = sizeof(Elf64_Phdr);
    eh.e_phnum = static_cast<uint16_t>(segs.size());
    std::vector<uint8_t> file(sizeof(eh) + segs.size() * sizeof(Elf64_Phdr));
    std::memcpy(file.data(), &eh, sizeof(eh));
    for (size_t i = 0; i < segs.size(); i++) {
        Elf64_Phdr ph{};
        ph.p_type = PT_LOAD;
        ph.p_offset = file.size();
        ph.p_vaddr = 0xffff000000000000ull + segs[i].paddr;  // loader must use p_paddr
        ph.p_paddr = segs[i].paddr;
        ph.p_filesz = segs[i].bytes.size();
        ph.p_memsz = segs[i].memsz;
        std::memcpy(file.data() + sizeof(eh) + i * sizeof(ph), &ph, sizeof(ph));
        file.insert(file.end(), segs[i].bytes.begin(), segs[i].bytes.end());
    }
    const std::string path = "elf_loader_test_" + name + ".elf";
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(file.data()),
                                                static_cast<std::streamsize>(file.size()));
    return path;
}

}  // namespace

TEST_CASE("Segments are copied to their physical addresses and the BSS part is zeroed")
{
    std::vector<uint8_t> ram(64 * 1024, 0xcc);
    GuestRam guest{0x40000000, ram.size(), ram.data()};
    std::string path = write_elf("ok", 0x40000100,
                                 {{0x40000000, {1, 2, 3, 4}, 8}, {0x40001000, {9}, 1}});
    LoadedImage image = load_elf(path, guest);
    CHECK(image.entry == 0x40000100);
    CHECK(image.low == 0x40000000);
    CHECK(image.high == 0x40001001);
    REQUIRE(image.segments.size() == 2);
    CHECK(std::vector<uint8_t>(ram.begin(), ram.begin() + 9) ==
          std::vector<uint8_t>{1, 2, 3, 4, 0, 0, 0, 0, 0xcc});
    CHECK(ram[0x1000] == 9);
    CHECK(ram[0x1001] == 0xcc);
    CHECK(is_elf_file(path));
    std::remove(path.c_str());
}

TEST_CASE("Images that do not fit or are not AArch64 executables are refused")
{
    std::vector<uint8_t> ram(4096);
    GuestRam guest{0x40000000, ram.size(), ram.data()};
    std::string below = write_elf("below", 0, {{0x1000, {1}, 1}});
    CHECK_THROWS_WITH(load_elf(below, guest), Catch::Contains("does not fit in RAM"));
    std::string past = write_elf("past", 0, {{0x40000ff0, {1}, 0x20}});
    CHECK_THROWS_WITH(load_elf(past, guest), Catch::Contains("does not fit in RAM"));
    std::string x86 = write_elf("x86", 0, {{0x40000000, {1}, 1}}, EM_X86_64);
    CHECK_THROWS_WITH(load_elf(x86, guest), Catch::Contains("not AArch64"));
    std::string dyn = write_elf("dyn", 0, {{0x40000000, {1}, 1}}, EM_AARCH64, ET_DYN);
    CHECK_THROWS_WITH(load_elf(dyn, guest), Catch::Contains("ET_EXEC"));
    std::string none = write_elf("none", 0, {});
    CHECK_THROWS_WITH(load_elf(none, guest), Catch::Contains("no loadable"));
    CHECK_THROWS_WITH(load_elf("/nonexistent/k.elf", guest), Catch::Contains("cannot open"));
    for (const std::string& p : {below, past, x86, dyn, none})
        std::remove(p.c_str());
}

TEST_CASE("A truncated file is refused, not read past its end")
{
    std::vector<uint8_t> ram(4096);
    GuestRam guest{0x40000000, ram.size(), ram.data()};
    std::string path = write_elf("trunc", 0, {{0x40000000, std::vector<uint8_t>(100, 7), 100}});
    std::vector<char> bytes(200);
    {
        std::ifstream in(path, std::ios::binary);
        in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        bytes.resize(static_cast<size_t>(in.gcount()) - 50);
    }
    std::ofstream(path, std::ios::binary | std::ios::trunc)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    CHECK_THROWS_WITH(load_elf(path, guest), Catch::Contains("past the end"));
    std::remove(path.c_str());
}

namespace {

// Overwrites `len` bytes at `offset` of a file written by write_elf.
void patch_file(const std::string& path, size_t offset, const void* bytes, size_t len)
{
    std::fstream f(path, std::ios::binary | std::ios::in | std::ios::out);
    f.seekp(static_cast<std::streamoff>(offset));
    f.write(static_cast<const char*>(bytes), static_cast<std::streamsize>(len));
}

}  // namespace

TEST_CASE("Header fields whose offset + size wraps past 2^64 are refused, not followed")
{
    std::vector<uint8_t> ram(4096, 0xcc);
    GuestRam guest{0x40000000, ram.size(), ram.data()};

    // e_phoff = 2^64 - 56 with one 56-byte entry: e_phoff + 56 wraps to 0.
    std::string phoff = write_elf("phoff_wrap", 0x40000000, {{0x40000000, {1, 2}, 2}});
    const uint64_t wrapping_phoff = ~uint64_t(0) - sizeof(Elf64_Phdr) + 1;
    patch_file(phoff, offsetof(Elf64_Ehdr, e_phoff), &wrapping_phoff, 8);
    CHECK_THROWS_WITH(load_elf(phoff, guest),
                      Catch::Contains("malformed program header table") &&
                          Catch::Contains("e_phoff 0xffffffffffffffc8"));

    // p_offset near 2^64 with a small p_filesz: the end wraps.
    std::string offset = write_elf("offset_wrap", 0x40000000, {{0x40000000, {1, 2}, 2}});
    const uint64_t wrapping_offset = ~uint64_t(0) - 1;
    patch_file(offset, sizeof(Elf64_Ehdr) + offsetof(Elf64_Phdr, p_offset), &wrapping_offset, 8);
    CHECK_THROWS_WITH(load_elf(offset, guest), Catch::Contains("past the end of the file"));

    // p_paddr inside RAM with p_memsz so large that paddr + memsz wraps.
    std::string memsz = write_elf("memsz_wrap", 0x40000000, {{0x40000010, {1, 2}, 2}});
    const uint64_t wrapping_memsz = ~uint64_t(0) - 8;
    patch_file(memsz, sizeof(Elf64_Ehdr) + offsetof(Elf64_Phdr, p_memsz), &wrapping_memsz, 8);
    CHECK_THROWS_WITH(load_elf(memsz, guest), Catch::Contains("does not fit in RAM"));

    CHECK(ram == std::vector<uint8_t>(4096, 0xcc));  // nothing was written
    for (const std::string& p : {phoff, offset, memsz})
        std::remove(p.c_str());
}
