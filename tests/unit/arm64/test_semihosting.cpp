// Unit tests of models/arm64/semihosting.h: each call runs against a byte
// array standing in for guest memory, the console/stdout/stderr descriptors
// point at temporary files, and the tests check the bytes that arrive there,
// the returned x0 and SYS_ERRNO, as observed with qemu-system-aarch64 7.2.
#include "arm64/semihosting.h"

#include <catch2/catch.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

using namespace vp::arm64;
using S = Semihosting;

namespace {

constexpr uint64_t kMinusOne = ~uint64_t{0};

// Guest memory: 64 KiB at 0x1000; anything else faults.
class GuestRam : public SemihostingMemory {
public:
    static constexpr uint64_t base = 0x1000;
    std::vector<uint8_t> bytes = std::vector<uint8_t>(0x10000);
    bool read(uint64_t va, void* dst, size_t len) override
    {
        if (va < base || va + len > base + bytes.size()) return false;
        std::memcpy(dst, &bytes[va - base], len);
        return true;
    }
    bool write(uint64_t va, const void* src, size_t len) override
    {
        if (va < base || va + len > base + bytes.size()) return false;
        std::memcpy(&bytes[va - base], src, len);
        return true;
    }
    void put64(uint64_t va, uint64_t v) { REQUIRE(write(va, &v, 8)); }
    uint64_t get64(uint64_t va)
    {
        uint64_t v = 0;
        REQUIRE(read(va, &v, 8));
        return v;
    }
    void put_str(uint64_t va, const std::string& s) { REQUIRE(write(va, s.c_str(), s.size() + 1)); }
};

// A temporary file standing in for a host stream.
struct TempFile {
    std::string path;
    int fd;
    TempFile()
    {
        char name[] = "/tmp/vp_semihosting_XXXXXX";
        fd = ::mkstemp(name);
        path = name;
    }
    ~TempFile()
    {
        ::close(fd);
        ::unlink(path.c_str());
    }
    std::string contents() const
    {
        std::string s;
        FILE* f = std::fopen(path.c_str(), "rb");
        int c;
        while (f && (c = std::fgetc(f)) != EOF) s.push_back(static_cast<char>(c));
        if (f) std::fclose(f);
        return s;
    }
};

struct Bench {
    TempFile console, out, err, in;
    GuestRam ram;
    Semihosting semi;
    static constexpr uint64_t args = 0x2000;   // parameter block
    static constexpr uint64_t data = 0x3000;   // strings and buffers

    static SemihostingConfig config(const Bench& b)
    {
        SemihostingConfig c;
        c.console_fd = b.console.fd;
        c.stdout_fd = b.out.fd;
        c.stderr_fd = b.err.fd;
        c.stdin_fd = b.in.fd;
        c.cmdline = "test.elf hello world";
        c.heap = {0x4008'03F8, 0x4800'0000, 0x4800'0000, 0x4008'03F8};
        return c;
    }
    Bench() : semi(config(*this)) {}

    SemihostingResult call(uint32_t op, uint64_t x1, sc_core::sc_time now = sc_core::SC_ZERO_TIME)
    {
        return semi.call(op, x1, ram, now);
    }
    // Op with a parameter block {a0, a1, ...}.
    SemihostingResult call_block(uint32_t op, std::vector<uint64_t> params)
    {
        for (size_t i = 0; i < params.size(); ++i) ram.put64(args + 8 * i, params[i]);
        return call(op, args);
    }
    uint64_t open(const std::string& name, uint64_t mode)
    {
        ram.put_str(data + 0x800, name);
        return call_block(S::sys_open, {data + 0x800, mode, name.size()}).x0;
    }
    uint64_t write(uint64_t handle, const std::string& s)
    {
        ram.put_str(data, s);
        return call_block(S::sys_write, {handle, data, s.size()}).x0;
    }
};

}  // namespace

TEST_CASE("SYS_WRITEC and SYS_WRITE0 print to the console stream and return 0xdeadbeef", "[semihosting]")
{
    Bench b;
    b.ram.put_str(Bench::data, "hello\n");
    CHECK(b.call(S::sys_write0, Bench::data).x0 == 0xdeadbeef);
    CHECK(b.call(S::sys_writec, Bench::data + 4).x0 == 0xdeadbeef);  // 'o'
    b.ram.put_str(Bench::data, std::string("\xff\x01", 2));
    b.call(S::sys_writec, Bench::data);
    CHECK(b.console.contents() == std::string("hello\no\xff", 8));
    CHECK(b.out.contents().empty());
    CHECK(b.err.contents().empty());
}

TEST_CASE("The tt console opens stdin/stdout/stderr by mode with handles from 1 and SYS_WRITE returns bytes not written", "[semihosting]")
{
    Bench b;
    CHECK(b.open(":tt", 0) == 1);  // "r"  -> stdin
    CHECK(b.open(":tt", 4) == 2);  // "w"  -> stdout
    CHECK(b.open(":tt", 8) == 3);  // "a"  -> stderr
    CHECK(b.write(2, "to-stdout\n") == 0);
    CHECK(b.write(3, "to-stderr\n") == 0);
    CHECK(b.out.contents() == "to-stdout\n");
    CHECK(b.err.contents() == "to-stderr\n");

    // A bad handle writes nothing: all 10 bytes "not written", SYS_ERRNO untouched.
    CHECK(b.write(9, "0123456789") == 10);
    CHECK(b.call(S::sys_errno, 0).x0 == 0);

    // Closing a console handle keeps the host stream open; the handle is reused.
    CHECK(b.call_block(S::sys_close, {2}).x0 == 0);
    CHECK(b.call_block(S::sys_close, {2}).x0 == kMinusOne);
    CHECK(b.call(S::sys_errno, 0).x0 == EBADF);
    CHECK(b.open(":tt", 5) == 2);
    CHECK(b.write(2, "again\n") == 0);
    CHECK(b.out.contents() == "to-stdout\nagain\n");

    // A file is not a terminal: 0, and SYS_ERRNO says ENOTTY; bad handle: -1.
    CHECK(b.call_block(S::sys_istty, {2}).x0 == 0);
    CHECK(b.call_block(S::sys_istty, {0}).x0 == kMinusOne);
    CHECK(b.call(S::sys_errno, 0).x0 == EBADF);
}

TEST_CASE("SYS_OPEN errors: invalid mode and missing host file", "[semihosting]")
{
    Bench b;
    CHECK(b.open(":tt", 12) == kMinusOne);
    CHECK(b.call(S::sys_errno, 0).x0 == EINVAL);
    CHECK(b.open("/nonexistent/vp-semihosting", 0) == kMinusOne);
    CHECK(b.call(S::sys_errno, 0).x0 == ENOENT);
    CHECK(b.open(":semihosting-features", 4) == kMinusOne);
    CHECK(b.call(S::sys_errno, 0).x0 == EACCES);
}

TEST_CASE("The semihosting-features file reads SHFB and the feature byte", "[semihosting]")
{
    Bench b;
    const uint64_t h = b.open(":semihosting-features", 0);
    CHECK(h == 1);
    CHECK(b.call_block(S::sys_flen, {h}).x0 == 5);
    CHECK(b.call_block(S::sys_read, {h, Bench::data, 8}).x0 == 3);  // 3 bytes not read
    CHECK(std::memcmp(&b.ram.bytes[Bench::data - GuestRam::base], "SHFB\x03", 5) == 0);
    CHECK(b.call_block(S::sys_seek, {h, 4}).x0 == 0);
    CHECK(b.call_block(S::sys_read, {h, Bench::data, 1}).x0 == 0);
    CHECK(b.ram.bytes[Bench::data - GuestRam::base] == 0x03);
}

TEST_CASE("Host files: write then length then seek then read then remove", "[semihosting]")
{
    Bench b;
    const std::string path = b.out.path + ".file";
    const uint64_t w = b.open(path, 4);  // "w"
    REQUIRE(w != kMinusOne);
    CHECK(b.write(w, "hello") == 0);
    CHECK(b.call_block(S::sys_close, {w}).x0 == 0);

    const uint64_t r = b.open(path, 1);  // "rb"
    REQUIRE(r != kMinusOne);
    CHECK(b.call_block(S::sys_flen, {r}).x0 == 5);
    CHECK(b.call_block(S::sys_seek, {r, 1}).x0 == 0);
    CHECK(b.call_block(S::sys_read, {r, Bench::data, 10}).x0 == 6);  // 4 of 10 read
    CHECK(std::string(reinterpret_cast<char*>(&b.ram.bytes[Bench::data - GuestRam::base]), 4) == "ello");
    CHECK(b.call_block(S::sys_read, {r, Bench::data, 10}).x0 == 10);  // end of file
    CHECK(b.call_block(S::sys_close, {r}).x0 == 0);

    b.ram.put_str(Bench::data + 0x800, path);
    CHECK(b.call_block(S::sys_remove, {Bench::data + 0x800, path.size()}).x0 == 0);
    CHECK(::access(path.c_str(), F_OK) != 0);
}

TEST_CASE("SYS_GET_CMDLINE copies the command line or fails with E2BIG", "[semihosting]")
{
    Bench b;
    CHECK(b.call_block(S::sys_get_cmdline, {Bench::data, 64}).x0 == 0);
    CHECK(b.ram.get64(Bench::args + 8) == 20);
    CHECK(std::string(reinterpret_cast<char*>(&b.ram.bytes[Bench::data - GuestRam::base])) == "test.elf hello world");
    CHECK(b.call_block(S::sys_get_cmdline, {Bench::data, 20}).x0 == kMinusOne);  // no room for NUL
    CHECK(b.call(S::sys_errno, 0).x0 == E2BIG);
}

TEST_CASE("SYS_HEAPINFO fills the block its argument points to and the layout helper picks the gap QEMU picks", "[semihosting]")
{
    Bench b;
    b.ram.put64(Bench::args, Bench::data);
    CHECK(b.call(S::sys_heapinfo, Bench::args).x0 == 0);
    CHECK(b.ram.get64(Bench::data) == 0x4008'03F8);
    CHECK(b.ram.get64(Bench::data + 8) == 0x4800'0000);
    CHECK(b.ram.get64(Bench::data + 16) == 0x4800'0000);
    CHECK(b.ram.get64(Bench::data + 24) == 0x4008'03F8);

    // 128 MiB at 0x4000_0000 with an image at [0x4008_0000, 0x4008_03F8): the
    // numbers qemu-system-aarch64 -m 128M reported for such an image.
    const HeapInfo h = HeapInfo::from_layout(0x4000'0000, 128 << 20, {{0x4008'0000, 0x4008'03F8}});
    CHECK(h.heap_base == 0x4008'03F8);
    CHECK(h.heap_limit == 0x4800'0000);
    CHECK(h.stack_base == 0x4800'0000);
    CHECK(h.stack_limit == 0x4008'03F8);
    // A big image near the end: the gap below it is larger.
    const HeapInfo low = HeapInfo::from_layout(0x4000'0000, 128 << 20, {{0x4100'0000, 0x4780'0000}});
    CHECK(low.heap_base == 0x4000'0000);
    CHECK(low.heap_limit == 0x4100'0000);
}

TEST_CASE("SYS_EXIT and SYS_EXIT_EXTENDED: application exit gives the subcode and anything else 1", "[semihosting]")
{
    Bench b;
    SemihostingResult r = b.call_block(S::sys_exit, {S::adp_stopped_application_exit, 3});
    REQUIRE(r.exit_code.has_value());
    CHECK(*r.exit_code == 3);
    r = b.call_block(S::sys_exit_extended, {S::adp_stopped_application_exit, 0});
    REQUIRE(r.exit_code.has_value());
    CHECK(*r.exit_code == 0);
    r = b.call_block(S::sys_exit, {0x20023, 3});  // ADP_Stopped_RunTimeErrorUnknown
    REQUIRE(r.exit_code.has_value());
    CHECK(*r.exit_code == 1);
    // The block is unreadable: no exit, -1 and EFAULT.
    r = b.call(S::sys_exit, 0x10);
    CHECK_FALSE(r.exit_code.has_value());
    CHECK(r.x0 == kMinusOne);
    CHECK(b.call(S::sys_errno, 0).x0 == EFAULT);
}

TEST_CASE("Clocks follow simulated time and SYS_ISERROR and unknown calls behave", "[semihosting]")
{
    Bench b;
    const sc_core::sc_time t(1.5, sc_core::SC_SEC);
    CHECK(b.call(S::sys_clock, 0, t).x0 == 150);
    CHECK(b.call(S::sys_tickfreq, 0).x0 == 1'000'000'000);
    CHECK(b.semi.call(S::sys_elapsed, Bench::args, b.ram, t).x0 == 0);
    CHECK(b.ram.get64(Bench::args) == 1'500'000'000);
    CHECK(b.call(S::sys_time, 0).x0 > 1'600'000'000);

    CHECK(b.call_block(S::sys_iserror, {kMinusOne}).x0 == 1);
    CHECK(b.call_block(S::sys_iserror, {5}).x0 == 0);

    CHECK(b.call(0x99, 0).x0 == kMinusOne);   // warning, not a crash
    CHECK(b.call(S::sys_write0, 0x10).x0 == 0xdeadbeef);  // unreadable string: nothing printed
    CHECK(b.console.contents().empty());
}
