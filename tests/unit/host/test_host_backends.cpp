// Host backends: the char backend factory (file, null, tcp, errors) and the
// raw block image file (open errors, I/O at offsets, discard, write-zeroes).
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "host/block_file.h"
#include "host/char_backend.h"
#include "host/char_backends.h"

using namespace vp::host;

namespace {

std::string temp_path()
{
    char tmpl[] = "/tmp/vp-host-XXXXXX";
    const int fd = ::mkstemp(tmpl);
    ::close(fd);
    return tmpl;
}

std::string slurp(const std::string& path)
{
    std::ifstream f(path, std::ios::binary);
    std::stringstream s;
    s << f.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("char backend: file appends output and never has input")
{
    const std::string path = temp_path();
    {
        std::ofstream(path) << "old\n";
        auto b = make_char_backend("file:" + path);
        CHECK(b->describe() == "file:" + path);
        b->write(reinterpret_cast<const uint8_t*>("new\n"), 4);
        uint8_t buf[4];
        CHECK(b->read(buf, sizeof(buf)) == 0);
    }
    CHECK(slurp(path) == "old\nnew\n");
    ::unlink(path.c_str());
}

TEST_CASE("char backend: null and stdio build, bad specs are clear errors")
{
    auto n = make_char_backend("null");
    n->write(reinterpret_cast<const uint8_t*>("x"), 1);
    uint8_t buf[1];
    CHECK(n->read(buf, 1) == 0);
    CHECK(make_char_backend("stdio")->describe() == "stdio");
    CHECK_THROWS_WITH(make_char_backend("serial0"), Catch::Contains("unknown") &&
                                                        Catch::Contains("tcp:PORT"));
    CHECK_THROWS_WITH(make_char_backend("tcp:99999"), Catch::Contains("0 to 65535"));
    CHECK_THROWS_WITH(make_char_backend("tcp:12ab"), Catch::Contains("0 to 65535"));
    CHECK_THROWS_WITH(make_char_backend("file:/nonexistent-dir/out.log"),
                      Catch::Contains("/nonexistent-dir/out.log") &&
                          Catch::Contains("No such file"));
}

TEST_CASE("char backend: a TCP port already in use is a clear error")
{
    TcpCharBackend first(0);
    const std::string spec = "tcp:" + std::to_string(first.port());
    CHECK(first.describe() == "tcp:127.0.0.1:" + std::to_string(first.port()));
    CHECK_THROWS_WITH(make_char_backend(spec), Catch::Contains("cannot listen") &&
                                                   Catch::Contains("in use"));
}

TEST_CASE("block file: open errors name the file and the reason")
{
    CHECK_THROWS_WITH(BlockFile("/tmp/vp-missing.img", false),
                      Catch::Contains("/tmp/vp-missing.img") && Catch::Contains("No such file"));
    CHECK_THROWS_WITH(BlockFile("/tmp/vp-missing.img", true),
                      Catch::Contains("read-only") && Catch::Contains("No such file"));
    CHECK_THROWS_WITH(BlockFile("", false), Catch::Contains("no file name"));
}

TEST_CASE("block file: reads and writes at offsets, end of file is an error")
{
    const std::string path = temp_path();
    {
        BlockFile f(path, false);
        CHECK(f.size() == 0);
        std::vector<uint8_t> data(10000);
        for (size_t i = 0; i < data.size(); ++i)
            data[i] = static_cast<uint8_t>(i * 13);
        REQUIRE(f.write(5000, data.data(), data.size()));
        std::vector<uint8_t> back(10000);
        REQUIRE(f.read(5000, back.data(), back.size()));
        CHECK(back == data);
        uint8_t byte;
        CHECK_FALSE(f.read(15000, &byte, 1));
        CHECK(f.last_error().find("end of file") != std::string::npos);
        CHECK(f.flush());
    }
    CHECK(slurp(path).size() == 15000);
    BlockFile ro(path, true);
    CHECK(ro.size() == 15000);
    uint8_t byte = 1;
    CHECK_FALSE(ro.write(0, &byte, 1));
    CHECK(ro.last_error().find("Read-only") != std::string::npos);
    CHECK_FALSE(ro.discard(0, 512));
    ::unlink(path.c_str());
}

TEST_CASE("block file: discard and write-zeroes leave zeroes and keep the size")
{
    const std::string path = temp_path();
    {
        std::ofstream(path, std::ios::binary) << std::string(64 * 1024, '\xaa');
    }
    BlockFile f(path, false);
    REQUIRE(f.discard(4096, 8192));
    REQUIRE(f.write_zeroes(20000, 100, false));
    REQUIRE(f.write_zeroes(40960, 4096, true));
    const std::string s = slurp(path);
    CHECK(s.size() == 64 * 1024);
    CHECK(s.substr(0, 4096) == std::string(4096, '\xaa'));
    CHECK(s.substr(4096, 8192) == std::string(8192, '\0'));
    CHECK(s.substr(12288, 20000 - 12288) == std::string(20000 - 12288, '\xaa'));
    CHECK(s.substr(20000, 100) == std::string(100, '\0'));
    CHECK(s.substr(20100, 40960 - 20100) == std::string(40960 - 20100, '\xaa'));
    CHECK(s.substr(40960, 4096) == std::string(4096, '\0'));
    CHECK(s.substr(45056) == std::string(64 * 1024 - 45056, '\xaa'));
    ::unlink(path.c_str());
}
