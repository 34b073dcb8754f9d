// BlockFile with images whose size is not a multiple of the sector size: the
// zero-padded read used for a partial last sector, and the size that grows
// when a write extends the file.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "host/block_file.h"

using vp::host::BlockFile;

namespace {

std::string make_file(const std::string& name, const std::vector<uint8_t>& bytes)
{
    const std::string path = "/tmp/vp_block_sizes_" + std::to_string(::getpid()) + "_" + name;
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    return path;
}

}  // namespace

TEST_CASE("read_zero_padded returns the file's bytes, then zeroes past its end")
{
    std::vector<uint8_t> bytes(1000);
    for (size_t i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<uint8_t>(i * 7 + 1);
    const std::string path = make_file("pad", bytes);
    {
        BlockFile f(path, false);
        REQUIRE(f.size() == 1000);
        std::vector<uint8_t> sector(512, 0xee);
        REQUIRE(f.read_zero_padded(512, sector.data(), sector.size()));
        std::vector<uint8_t> expect(bytes.begin() + 512, bytes.end());
        expect.resize(512, 0);
        CHECK(sector == expect);
        // Entirely past the end: all zeroes, no error.
        std::vector<uint8_t> beyond(64, 0xee);
        REQUIRE(f.read_zero_padded(4096, beyond.data(), beyond.size()));
        CHECK(beyond == std::vector<uint8_t>(64, 0));
        // The strict read still refuses to cross the end.
        CHECK_FALSE(f.read(512, sector.data(), sector.size()));

        // A write past the end grows size(), and the new bytes read back.
        const std::vector<uint8_t> tail(24, 0x42);
        REQUIRE(f.write(1000, tail.data(), tail.size()));
        CHECK(f.size() == 1024);
        REQUIRE(f.read_zero_padded(1000, sector.data(), 24));
        CHECK(std::vector<uint8_t>(sector.begin(), sector.begin() + 24) == tail);
    }
    std::remove(path.c_str());
}
