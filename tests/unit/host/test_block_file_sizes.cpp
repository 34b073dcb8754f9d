// BlockFile with images whose size is not a multiple of the sector size: the
// zero-padded read used for a partial last sector, and the size that grows
// when a write extends the file.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <csignal>

#include <sys/wait.h>
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

TEST_CASE("a mapped image truncated by another program: the read fails with an error, no SIGBUS")
{
    std::vector<uint8_t> bytes(256 * 1024);
    for (size_t i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<uint8_t>(i * 13 + (i >> 12));
    const std::string path = make_file("truncated", bytes);
    {
        BlockFile f(path, false);
        REQUIRE(f.mapped(128 * 1024, 4096));
        std::vector<uint8_t> block(4096);
        REQUIRE(f.read(128 * 1024, block.data(), block.size()));
        CHECK(block == std::vector<uint8_t>(bytes.begin() + 128 * 1024, bytes.begin() + 132 * 1024));

        REQUIRE(::truncate(path.c_str(), 8192) == 0);
        CHECK_FALSE(f.read(128 * 1024, block.data(), block.size()));
        CHECK(f.last_error().find("shrank") != std::string::npos);
        CHECK(f.last_error().find("8192") != std::string::npos);
        CHECK_FALSE(f.mapped(0, 4096));  // reads go through pread from now on
        // What is left still reads; the lost part keeps failing.
        REQUIRE(f.read(4096, block.data(), block.size()));
        CHECK(block == std::vector<uint8_t>(bytes.begin() + 4096, bytes.begin() + 8192));
        CHECK_FALSE(f.read(128 * 1024, block.data(), block.size()));
    }
    // A SIGBUS that is not from a guarded read still ends the process as
    // before (not swallowed): checked in a child, since it kills it.
    const pid_t child = ::fork();
    if (child == 0) {
        ::raise(SIGBUS);
        ::_exit(0);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    // Killed by SIGBUS (or, under AddressSanitizer, whose handler ours
    // passes it to, ended by its report): never back at _exit(0).
    CHECK_FALSE((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    if (WIFSIGNALED(status) && WTERMSIG(status) != SIGABRT)
        CHECK(WTERMSIG(status) == SIGBUS);
    std::remove(path.c_str());
}
