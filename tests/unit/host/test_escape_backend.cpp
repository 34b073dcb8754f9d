// EscapeCharBackend: QEMU-style Ctrl-A console escapes over an in-memory backend.
#include <catch2/catch.hpp>

#include "host/char_backends.h"
#include "host/escape_backend.h"

using namespace vp::host;

namespace {
struct Rig {
    MemoryCharBackend* inner;
    int quits = 0;
    EscapeCharBackend escape;
    Rig() : Rig(std::make_unique<MemoryCharBackend>()) {}
    explicit Rig(std::unique_ptr<MemoryCharBackend> m)
        : inner(m.get()), escape(std::move(m), [this] { ++quits; })
    {
    }
    std::string read_all()
    {
        std::string got;
        uint8_t buf[64];
        for (int i = 0; i < 16; ++i) {
            const size_t n = escape.read(buf, sizeof buf);
            got.append(reinterpret_cast<const char*>(buf), n);
        }
        return got;
    }
};
}  // namespace

TEST_CASE("escape backend passes ordinary input and output through", "[host][escape]")
{
    Rig r;
    r.inner->push_input("ls -l\r\x03");
    CHECK(r.read_all() == "ls -l\r\x03");
    r.escape.write(reinterpret_cast<const uint8_t*>("out"), 3);
    CHECK(r.inner->output() == "out");
    CHECK(r.quits == 0);
}

TEST_CASE("Ctrl-A x quits and stops delivering input", "[host][escape]")
{
    Rig r;
    r.inner->push_input("ab\x01xcd");
    CHECK(r.read_all() == "ab");
    CHECK(r.quits == 1);
    CHECK(r.inner->output().find("terminated") != std::string::npos);
    r.inner->push_input("more");
    CHECK(r.read_all().empty());
}

TEST_CASE("Ctrl-A Ctrl-A sends one Ctrl-A, help and unknown escapes send nothing", "[host][escape]")
{
    Rig r;
    r.inner->push_input(std::string("a\x01\x01") + "b\x01hc\x01zd");
    CHECK(r.read_all() == "a\x01" "bcd");
    CHECK(r.inner->output().find("C-a x") != std::string::npos);
    CHECK(r.quits == 0);
}

TEST_CASE("an escape split across reads still works", "[host][escape]")
{
    Rig r;
    r.inner->push_input("x\x01");
    CHECK(r.read_all() == "x");
    r.inner->push_input("x");
    CHECK(r.read_all().empty());
    CHECK(r.quits == 1);
}
