// virtio-blk device on a fake transport: each test places a request in guest
// RAM, kicks the queue and checks the status byte, used len, completion time
// and the bytes in the backing image (read through a separate descriptor).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <stdexcept>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fake_transport.h"
#include "virtio/blk.h"

using namespace vp::virtio;
using namespace vp::virtio::test;
using sc_core::SC_US;
using sc_core::sc_time;

namespace {

constexpr uint64_t kImageSize = 1 << 20;  // 2048 sectors

BlockDevice::Config with_image(BlockDevice::Config c, const std::string& path)
{
    c.image = path;
    return c;
}

BlockDevice::Config instant()
{
    BlockDevice::Config c;
    c.service = ServiceTime{};
    return c;
}

struct Bench {
    TempFile image;
    BlockDevice dev;
    FakeTransport t;

    explicit Bench(const BlockDevice::Config& config = instant(), uint64_t size = kImageSize)
        : image(size), dev("blk0", with_image(config, image.path())), t("transport", dev)
    {
    }

    struct Req {
        uint16_t id;
        uint64_t data;    // writable data buffer (IN, GET_ID)
        uint64_t status;  // status byte
    };

    // Header + optional readable payload, then `in_len` writable bytes and
    // the status byte, each in its own buffer (the way Linux lays them out).
    Req submit(uint32_t type, uint64_t sector, const std::vector<uint8_t>& out = {},
               uint32_t in_len = 0, unsigned queue = 0)
    {
        std::vector<GuestBuffer> r{{t.place(blk_header(type, sector)), 16}};
        if (!out.empty())
            r.push_back({t.place(out), static_cast<uint32_t>(out.size())});
        std::vector<GuestBuffer> w;
        Req req{0, 0, 0};
        if (in_len) {
            req.data = t.alloc(in_len);
            w.push_back({req.data, in_len});
        }
        req.status = t.alloc(1);
        t.poke(req.status, {0xee});
        w.push_back({req.status, 1});
        req.id = t.submit(queue, r, w);
        return req;
    }

    uint8_t status(const Req& r) const { return t.peek(r.status, 1)[0]; }
    uint32_t used_len(const Req& r) const
    {
        const auto* c = t.find(0, r.id);
        REQUIRE(c != nullptr);
        return c->used_len;
    }

    void run(sc_time t_run = sc_time(10, sc_core::SC_MS))
    {
        t.kick(0);
        sc_core::sc_start(t_run);
    }

    // Fills the whole image with a known pattern.
    std::vector<uint8_t> fill_image()
    {
        auto p = pattern(kImageSize, 9);
        image.write(0, p);
        return p;
    }
};

bool all_zero(const std::vector<uint8_t>& v)
{
    for (uint8_t b : v)
        if (b)
            return false;
    return true;
}

}  // namespace

TEST_CASE("blk: OUT writes the guest data into the image, IN reads it back")
{
    Bench b;
    const auto data = pattern(4096, 1);
    auto w = b.submit(kBlkTypeOut, 3, data);
    b.run();
    CHECK(b.status(w) == kBlkStatusOk);
    CHECK(b.used_len(w) == 1);
    CHECK(b.image.read(3 * 512, 4096) == data);
    CHECK(all_zero(b.image.read(0, 3 * 512)));

    auto r = b.submit(kBlkTypeIn, 3, {}, 4096);
    b.run();
    CHECK(b.status(r) == kBlkStatusOk);
    CHECK(b.used_len(r) == 4096 + 1);
    CHECK(b.t.peek(r.data, 4096) == data);
}

TEST_CASE("blk: data scattered over several guest buffers is gathered in order")
{
    Bench b;
    const auto data = pattern(4096, 2);
    b.image.write(512 * 10, data);
    std::vector<GuestBuffer> w{{b.t.alloc(512), 512}, {b.t.alloc(1024), 1024},
                               {b.t.alloc(2560), 2560}, {b.t.alloc(1), 1}};
    const uint16_t id = b.t.submit(0, {{b.t.place(blk_header(kBlkTypeIn, 10)), 16}}, w);
    b.run();
    std::vector<uint8_t> got;
    for (size_t i = 0; i < 3; ++i) {
        auto part = b.t.peek(w[i].addr, w[i].len);
        got.insert(got.end(), part.begin(), part.end());
    }
    CHECK(got == data);
    CHECK(b.t.peek(w[3].addr, 1)[0] == kBlkStatusOk);
    CHECK(b.t.find(0, id)->used_len == 4097);

    // OUT with header and data in one readable buffer (any layout is legal).
    auto req = blk_header(kBlkTypeOut, 20);
    const auto out = pattern(1024, 3);
    req.insert(req.end(), out.begin(), out.end());
    const uint64_t st = b.t.alloc(1);
    b.t.submit(0, {{b.t.place(req), static_cast<uint32_t>(req.size())}}, {{st, 1}});
    b.run();
    CHECK(b.t.peek(st, 1)[0] == kBlkStatusOk);
    CHECK(b.image.read(20 * 512, 1024) == out);
}

TEST_CASE("blk: completion waits for latency plus size over throughput")
{
    BlockDevice::Config c;
    c.service = ServiceTime{sc_time(20, SC_US), 500e6};
    Bench b(c);
    auto r = b.submit(kBlkTypeIn, 0, {}, 4096);
    b.t.kick(0);
    sc_core::sc_start(sc_time(28, SC_US));
    CHECK(b.t.completed.empty());  // 20 us + 4096 B / 500 MB/s = 28.192 us
    sc_core::sc_start(sc_time(1, SC_US));
    REQUIRE(b.t.completed.size() == 1);
    CHECK(b.t.completed[0].when == sc_time(20, SC_US) + sc_time(8192, sc_core::SC_PS) * 1000);
    CHECK(b.status(r) == kBlkStatusOk);

    // Requests are served one after another: two more take twice as long.
    b.submit(kBlkTypeIn, 0, {}, 4096);
    b.submit(kBlkTypeFlush, 0);
    const sc_time start = sc_core::sc_time_stamp();
    b.run(sc_time(1, sc_core::SC_MS));
    REQUIRE(b.t.completed.size() == 3);
    CHECK(b.t.completed[1].when - start == sc_time(28192, sc_core::SC_NS));
    CHECK(b.t.completed[2].when - b.t.completed[1].when == sc_time(20, SC_US));
}

TEST_CASE("blk: zero service time completes in the same simulated instant")
{
    Bench b;
    b.submit(kBlkTypeIn, 0, {}, 512);
    b.run();
    REQUIRE(b.t.completed.size() == 1);
    CHECK(b.t.completed[0].when == sc_core::SC_ZERO_TIME);
}

TEST_CASE("blk: FLUSH succeeds and written data is in the file for another reader")
{
    Bench b;
    const auto data = pattern(8192, 4);
    b.submit(kBlkTypeOut, 100, data);
    auto f = b.submit(kBlkTypeFlush, 0);
    b.run();
    CHECK(b.status(f) == kBlkStatusOk);
    CHECK(b.used_len(f) == 1);
    CHECK(b.image.read(100 * 512, data.size()) == data);
}

TEST_CASE("blk: GET_ID returns the configured 20-byte serial, NUL padded")
{
    BlockDevice::Config c = instant();
    c.serial = "VP-DISK-0001";
    Bench b(c);
    auto r = b.submit(kBlkTypeGetId, 0, {}, kBlkIdBytes);
    b.run();
    CHECK(b.status(r) == kBlkStatusOk);
    CHECK(b.used_len(r) == kBlkIdBytes + 1);
    std::vector<uint8_t> expect(20, 0);
    std::memcpy(expect.data(), "VP-DISK-0001", 12);
    CHECK(b.t.peek(r.data, 20) == expect);
}

TEST_CASE("blk: the default serial is the module name, and long serials are cut to 20 bytes")
{
    Bench b;
    BlockDevice::Config c = instant();
    c.serial = "0123456789abcdefghijKLMN";
    TempFile img(4096);
    BlockDevice d2("blk1", with_image(c, img.path()));
    CHECK(d2.serial() == "0123456789abcdefghij");

    CHECK(b.dev.serial() == "blk0");
    auto r = b.submit(kBlkTypeGetId, 0, {}, kBlkIdBytes);
    b.run();
    auto got = b.t.peek(r.data, 20);
    CHECK(std::string(got.begin(), got.begin() + 5) == std::string("blk0\0", 5));
}

TEST_CASE("blk: DISCARD zeroes the given ranges and nothing else")
{
    Bench b;
    auto p = b.fill_image();
    auto segs = blk_segment(8, 8, 0);
    auto s2 = blk_segment(64, 16, 0);
    segs.insert(segs.end(), s2.begin(), s2.end());
    auto r = b.submit(kBlkTypeDiscard, 0, segs);
    b.run();
    CHECK(b.status(r) == kBlkStatusOk);
    CHECK(b.used_len(r) == 1);
    CHECK(all_zero(b.image.read(8 * 512, 8 * 512)));
    CHECK(all_zero(b.image.read(64 * 512, 16 * 512)));
    CHECK(b.image.read(0, 8 * 512) == std::vector<uint8_t>(p.begin(), p.begin() + 8 * 512));
    CHECK(b.image.read(16 * 512, 48 * 512) ==
          std::vector<uint8_t>(p.begin() + 16 * 512, p.begin() + 64 * 512));
    CHECK(b.image.read(80 * 512, 512) ==
          std::vector<uint8_t>(p.begin() + 80 * 512, p.begin() + 81 * 512));
    CHECK(b.image.size() == kImageSize);
}

TEST_CASE("blk: DISCARD with UNMAP or unknown flags is UNSUPP and changes nothing")
{
    Bench b;
    auto p = b.fill_image();
    auto r1 = b.submit(kBlkTypeDiscard, 0, blk_segment(8, 8, kBlkWriteZeroesUnmap));
    auto r2 = b.submit(kBlkTypeDiscard, 0, blk_segment(8, 8, 0x4));
    auto r3 = b.submit(kBlkTypeWriteZeroes, 0, blk_segment(8, 8, 0x2));
    b.run();
    CHECK(b.status(r1) == kBlkStatusUnsupp);
    CHECK(b.status(r2) == kBlkStatusUnsupp);
    CHECK(b.status(r3) == kBlkStatusUnsupp);
    CHECK(b.image.read(0, kImageSize) == p);
}

TEST_CASE("blk: WRITE_ZEROES zeroes ranges with and without UNMAP, size unchanged")
{
    Bench b;
    auto p = b.fill_image();
    auto r1 = b.submit(kBlkTypeWriteZeroes, 0, blk_segment(1, 3, 0));
    auto r2 = b.submit(kBlkTypeWriteZeroes, 0, blk_segment(2040, 8, kBlkWriteZeroesUnmap));
    b.run();
    CHECK(b.status(r1) == kBlkStatusOk);
    CHECK(b.status(r2) == kBlkStatusOk);
    CHECK(all_zero(b.image.read(512, 3 * 512)));
    CHECK(all_zero(b.image.read(2040 * 512, 8 * 512)));
    CHECK(b.image.read(0, 512) == std::vector<uint8_t>(p.begin(), p.begin() + 512));
    CHECK(b.image.read(4 * 512, 512) ==
          std::vector<uint8_t>(p.begin() + 4 * 512, p.begin() + 5 * 512));
    CHECK(b.image.size() == kImageSize);
}

TEST_CASE("blk: a read-only device offers RO, rejects every write and still reads")
{
    TempFile img(kImageSize);
    const auto p = pattern(kImageSize, 5);
    img.write(0, p);
    ::chmod(img.path().c_str(), 0444);
    BlockDevice::Config c = instant();
    c.read_only = true;
    c.image = img.path();
    BlockDevice dev("blk0", c);
    FakeTransport t("transport", dev);
    CHECK((dev.device_features() & bit(kBlkFeatureRo)) != 0);

    auto submit = [&](uint32_t type, const std::vector<uint8_t>& out, uint32_t in_len) {
        std::vector<GuestBuffer> r{{t.place(blk_header(type, 0)), 16}};
        if (!out.empty())
            r.push_back({t.place(out), static_cast<uint32_t>(out.size())});
        std::vector<GuestBuffer> w;
        if (in_len)
            w.push_back({t.alloc(in_len), in_len});
        const uint64_t st = t.alloc(1);
        w.push_back({st, 1});
        t.submit(0, r, w);
        return st;
    };
    const uint64_t out = submit(kBlkTypeOut, pattern(512, 6), 0);
    const uint64_t dis = submit(kBlkTypeDiscard, blk_segment(0, 8, 0), 0);
    const uint64_t wz = submit(kBlkTypeWriteZeroes, blk_segment(0, 8, 0), 0);
    const uint64_t in = submit(kBlkTypeIn, {}, 512);
    const uint64_t fl = submit(kBlkTypeFlush, {}, 0);
    t.kick(0);
    sc_core::sc_start(sc_time(1, sc_core::SC_MS));
    CHECK(t.peek(out, 1)[0] == kBlkStatusIoErr);
    CHECK(t.peek(dis, 1)[0] == kBlkStatusIoErr);
    CHECK(t.peek(wz, 1)[0] == kBlkStatusIoErr);
    CHECK(t.peek(in, 1)[0] == kBlkStatusOk);
    CHECK(t.peek(fl, 1)[0] == kBlkStatusOk);
    CHECK(img.read(0, kImageSize) == p);
}

TEST_CASE("blk: accesses beyond capacity are IOERR and never touch the file")
{
    Bench b;
    const uint64_t cap = b.dev.capacity_sectors();
    REQUIRE(cap == 2048);
    auto last = b.submit(kBlkTypeIn, cap - 1, {}, 512);          // last sector: fine
    auto over = b.submit(kBlkTypeIn, cap - 1, {}, 1024);         // one sector past
    auto far = b.submit(kBlkTypeIn, ~uint64_t{0} - 1, {}, 1024); // sector overflow
    auto wr = b.submit(kBlkTypeOut, cap, pattern(512, 7));
    auto dis = b.submit(kBlkTypeDiscard, 0, blk_segment(cap - 4, 8, 0));
    auto wz = b.submit(kBlkTypeWriteZeroes, 0, blk_segment(~uint64_t{0}, 1, 0));
    b.run();
    CHECK(b.status(last) == kBlkStatusOk);
    CHECK(b.status(over) == kBlkStatusIoErr);
    CHECK(b.used_len(over) == 1);
    CHECK(b.status(far) == kBlkStatusIoErr);
    CHECK(b.status(wr) == kBlkStatusIoErr);
    CHECK(b.status(dis) == kBlkStatusIoErr);
    CHECK(b.status(wz) == kBlkStatusIoErr);
    CHECK(b.image.size() == kImageSize);
    CHECK(all_zero(b.image.read(0, kImageSize)));
}

TEST_CASE("blk: unknown request types complete with UNSUPP")
{
    Bench b;
    auto r1 = b.submit(99, 0, {}, 512);
    auto r2 = b.submit(14 /* SECURE_ERASE, not offered */, 0, blk_segment(0, 1, 0));
    b.run();
    CHECK(b.status(r1) == kBlkStatusUnsupp);
    CHECK(b.used_len(r1) == 1);
    CHECK(b.status(r2) == kBlkStatusUnsupp);
}

TEST_CASE("blk: malformed requests are reported, completed with len 0, device keeps working")
{
    WarningLog log;
    Bench b;
    // Header too short.
    const uint64_t st = b.t.alloc(1);
    b.t.poke(st, {0xee});
    const uint16_t short_hdr = b.t.submit(0, {{b.t.place(blk_header(kBlkTypeIn, 0)), 8}}, {{st, 1}});
    // No writable status byte.
    const uint16_t no_status = b.t.submit(0, {{b.t.place(blk_header(kBlkTypeFlush, 0)), 16}}, {});
    // Data length not a multiple of 512.
    auto odd = b.submit(kBlkTypeIn, 0, {}, 100);
    auto good = b.submit(kBlkTypeIn, 0, {}, 512);
    b.run();
    CHECK(log.count("virtio/blk/bad-request") == 2);
    CHECK(log.last("virtio/blk/bad-request").find("status byte") != std::string::npos);
    CHECK(b.t.find(0, short_hdr)->used_len == 0);
    CHECK(b.t.peek(st, 1)[0] == 0xee);  // nothing written
    CHECK(b.t.find(0, no_status)->used_len == 0);
    CHECK(b.status(odd) == kBlkStatusIoErr);
    CHECK(log.count("virtio/blk/bad-length") == 1);
    CHECK(b.status(good) == kBlkStatusOk);
    CHECK(b.t.completed.size() == 4);
}

TEST_CASE("blk: a missing or unopenable image is a clear error at construction")
{
    SECTION("missing file")
    {
        BlockDevice::Config c;
        c.image = "/tmp/vp-no-such-image.raw";
        try {
            BlockDevice dev("blk0", c);
            FAIL("no exception");
        } catch (const std::runtime_error& e) {
            const std::string what = e.what();
            CHECK(what.find("/tmp/vp-no-such-image.raw") != std::string::npos);
            CHECK(what.find("No such file") != std::string::npos);
        }
    }
    SECTION("a directory")
    {
        BlockDevice::Config c;
        c.image = "/tmp";
        CHECK_THROWS_WITH(BlockDevice("blk0", c), Catch::Contains("/tmp") &&
                                                      Catch::Contains("Is a directory"));
        c.read_only = true;
        CHECK_THROWS_WITH(BlockDevice("blk0", c), Catch::Contains("not a regular file"));
    }
    SECTION("a file without write permission, opened read-write")
    {
        TempFile img(4096);
        ::chmod(img.path().c_str(), 0444);
        BlockDevice::Config c;
        c.image = img.path();
        if (::geteuid() == 0) {
            // root bypasses file permissions: use a sysfs file that has no
            // write method, which even root cannot open for writing.
            c.image = "/sys/kernel/notes";
            if (::access(c.image.c_str(), F_OK) == 0)
                CHECK_THROWS_WITH(BlockDevice("blk0", c),
                                  Catch::Contains("/sys/kernel/notes") &&
                                      Catch::Contains("cannot open read-write") &&
                                      Catch::Contains("Permission denied"));
        } else {
            CHECK_THROWS_WITH(BlockDevice("blk0", c), Catch::Contains(img.path()) &&
                                                          Catch::Contains("Permission denied"));
        }
        c.image = img.path();
        c.read_only = true;
        CHECK_NOTHROW(BlockDevice("blk1", c));
    }
}

TEST_CASE("blk: config space reports capacity and the offered limits")
{
    BlockDevice::Config c = instant();
    c.seg_max = 64;
    c.blk_size = 4096;
    Bench b(c, kImageSize + 100);  // a partial last sector counts (QEMU 7.2 rounds up)
    auto rd = [&](uint32_t off, unsigned len) {
        uint8_t buf[8] = {};
        b.dev.read_config(off, buf, len);
        uint64_t v = 0;
        for (unsigned i = 0; i < len; ++i)
            v |= uint64_t{buf[i]} << (8 * i);
        return v;
    };
    CHECK(b.dev.config_size() == 60);
    CHECK(rd(kBlkCfgCapacity, 8) == 2049);
    CHECK(rd(kBlkCfgCapacity + 4, 4) == 0);
    CHECK(rd(kBlkCfgSegMax, 4) == 64);
    CHECK(rd(kBlkCfgBlkSize, 4) == 4096);
    CHECK(rd(kBlkCfgMaxDiscardSectors, 4) == c.max_discard_sectors);
    CHECK(rd(kBlkCfgMaxDiscardSeg, 4) == c.max_discard_seg);
    CHECK(rd(kBlkCfgDiscardSectorAlignment, 4) == c.discard_sector_alignment);
    CHECK(rd(kBlkCfgMaxWriteZeroesSectors, 4) == c.max_write_zeroes_sectors);
    CHECK(rd(kBlkCfgMaxWriteZeroesSeg, 4) == c.max_write_zeroes_seg);
    CHECK(rd(kBlkCfgWriteZeroesMayUnmap, 1) == 1);
    const uint64_t f = b.dev.device_features();
    CHECK(f == (bit(kBlkFeatureSegMax) | bit(kBlkFeatureBlkSize) | bit(kBlkFeatureFlush) |
                bit(kBlkFeatureDiscard) | bit(kBlkFeatureWriteZeroes)));
    CHECK(b.dev.device_id() == 2);
    CHECK(b.dev.num_queues() == 1);
}

TEST_CASE("blk: an image whose size is not a multiple of 512 is rounded up as QEMU does, with a warning")
{
    WarningLog log;
    Bench b(instant(), 1000);  // one full sector and 488 bytes
    const auto p = pattern(1000, 5);
    b.image.write(0, p);
    CHECK(b.dev.capacity_sectors() == 2);
    REQUIRE(log.count("virtio/blk/image-size") == 1);
    CHECK(log.last("virtio/blk/image-size").find("image '" + b.image.path() + "' is 1000 bytes") !=
          std::string::npos);
    CHECK(log.last("virtio/blk/image-size").find("2 sectors (1024 bytes") != std::string::npos);

    // The partial last sector: the file's 488 bytes, then zeroes.
    auto r = b.submit(kBlkTypeIn, 1, {}, 512);
    b.run();
    CHECK(b.status(r) == kBlkStatusOk);
    std::vector<uint8_t> expect(p.begin() + 512, p.end());
    expect.resize(512, 0);
    CHECK(b.t.peek(r.data, 512) == expect);
    CHECK(b.image.size() == 1000);  // reading does not change the file

    // A write there extends the file to the whole sector, and reads back.
    const auto w_data = pattern(512, 6);
    auto w = b.submit(kBlkTypeOut, 1, w_data);
    b.run();
    CHECK(b.status(w) == kBlkStatusOk);
    CHECK(b.image.size() == 1024);
    auto r2 = b.submit(kBlkTypeIn, 1, {}, 512);
    b.run();
    CHECK(b.t.peek(r2.data, 512) == w_data);
    // Still nothing past the (rounded) capacity.
    auto over = b.submit(kBlkTypeIn, 2, {}, 512);
    b.run();
    CHECK(b.status(over) == kBlkStatusIoErr);
}

TEST_CASE("blk: a 0-byte image is a disk of 0 sectors, with a warning, and every access is IOERR")
{
    WarningLog log;
    Bench b(instant(), 0);
    CHECK(b.dev.capacity_sectors() == 0);
    REQUIRE(log.count("virtio/blk/image-size") == 1);
    CHECK(log.last("virtio/blk/image-size").find("is 0 bytes, empty: the disk has 0 sectors") !=
          std::string::npos);
    auto r = b.submit(kBlkTypeIn, 0, {}, 512);
    auto w = b.submit(kBlkTypeOut, 0, pattern(512, 1));
    b.run();
    CHECK(b.status(r) == kBlkStatusIoErr);
    CHECK(b.status(w) == kBlkStatusIoErr);
    CHECK(b.image.size() == 0);
}

TEST_CASE("blk: a failing host write (file size limit) is IOERR with a warning, flushed data stays")
{
    WarningLog log;
    Bench b(instant(), 1000);  // 2 sectors; sector 1 extends the file when written
    const auto first = pattern(512, 7);
    auto w0 = b.submit(kBlkTypeOut, 0, first);
    b.run();
    auto f = b.submit(kBlkTypeFlush, 0);
    b.run();
    REQUIRE(b.status(w0) == kBlkStatusOk);
    REQUIRE(b.status(f) == kBlkStatusOk);

    // The host refuses to grow the file (as a full filesystem would): pwrite
    // fails with EFBIG once the limit is reached (SIGXFSZ ignored).
    struct rlimit old_limit;
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &old_limit) == 0);
    struct rlimit limit = old_limit;
    limit.rlim_cur = 1000;
    std::signal(SIGXFSZ, SIG_IGN);
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &limit) == 0);
    auto w1 = b.submit(kBlkTypeOut, 1, pattern(512, 8));
    b.run();
    ::setrlimit(RLIMIT_FSIZE, &old_limit);

    CHECK(b.status(w1) == kBlkStatusIoErr);
    REQUIRE(log.count("virtio/blk/host-io-error") == 1);
    CHECK(log.last("virtio/blk/host-io-error").find(b.image.path()) != std::string::npos);
    CHECK(log.last("virtio/blk/host-io-error").find(std::strerror(EFBIG)) != std::string::npos);
    // What was written and flushed before is still in the file, and the
    // device keeps serving requests.
    CHECK(b.image.read(0, 512) == first);
    auto r = b.submit(kBlkTypeIn, 0, {}, 512);
    b.run();
    CHECK(b.status(r) == kBlkStatusOk);
    CHECK(b.t.peek(r.data, 512) == first);
}

TEST_CASE("blk: an image truncated by another program mid-run gives IOERR with a warning, no crash")
{
    // The image is mapped; reading a page the file no longer has raises
    // SIGBUS, which BlockFile catches and turns into a failed read.
    WarningLog log;
    Bench b;
    const auto image = b.fill_image();
    auto r0 = b.submit(kBlkTypeIn, 1024, {}, 4096);  // sector 1024: at 512 KiB
    b.run();
    REQUIRE(b.status(r0) == kBlkStatusOk);
    REQUIRE(b.t.peek(r0.data, 4096) == std::vector<uint8_t>(image.begin() + 512 * 1024,
                                                              image.begin() + 512 * 1024 + 4096));

    REQUIRE(::truncate(b.image.path().c_str(), 64 * 1024) == 0);  // "another program"
    auto r1 = b.submit(kBlkTypeIn, 1024, {}, 4096);  // now past the end of the file
    b.run();
    CHECK(b.status(r1) == kBlkStatusIoErr);
    CHECK(b.used_len(r1) == 1);
    REQUIRE(log.count("virtio/blk/host-io-error") == 1);
    CHECK(log.last("virtio/blk/host-io-error").find("shrank") != std::string::npos);
    CHECK(log.last("virtio/blk/host-io-error").find(b.image.path()) != std::string::npos);

    // The device keeps working: what is left of the file still reads, the
    // lost part fails again (now through pread), and a write there works.
    auto r2 = b.submit(kBlkTypeIn, 8, {}, 4096);
    b.run();
    CHECK(b.status(r2) == kBlkStatusOk);
    CHECK(b.t.peek(r2.data, 4096) == std::vector<uint8_t>(image.begin() + 4096, image.begin() + 8192));
    auto r3 = b.submit(kBlkTypeIn, 1024, {}, 4096);
    b.run();
    CHECK(b.status(r3) == kBlkStatusIoErr);
    CHECK(log.count("virtio/blk/host-io-error") == 2);
    const auto data = pattern(4096, 5);
    auto w = b.submit(kBlkTypeOut, 1024, data);
    b.run();
    CHECK(b.status(w) == kBlkStatusOk);
    auto r4 = b.submit(kBlkTypeIn, 1024, {}, 4096);
    b.run();
    CHECK(b.status(r4) == kBlkStatusOk);
    CHECK(b.t.peek(r4.data, 4096) == data);
}

// ---- Multi-queue (VIRTIO_BLK_F_MQ) ------------------------------------------

TEST_CASE("blk: one queue by default, as QEMU's virtio-blk-device: no MQ feature, num_queues 1")
{
    Bench b;
    CHECK(b.dev.num_queues() == 1);
    CHECK((b.dev.device_features() & bit(kBlkFeatureMq)) == 0);
    uint8_t n[2] = {0xff, 0xff};
    b.dev.read_config(kBlkCfgNumQueues, n, 2);
    CHECK(n[0] == 1);
    CHECK(n[1] == 0);
}

TEST_CASE("blk: num-queues 4 offers MQ, reports 4 queues and serves requests on each")
{
    BlockDevice::Config c = instant();
    c.num_queues = 4;
    Bench b(c);
    CHECK(b.dev.num_queues() == 4);
    CHECK((b.dev.device_features() & bit(kBlkFeatureMq)) != 0);
    uint8_t n[2] = {};
    b.dev.read_config(kBlkCfgNumQueues, n, 2);
    CHECK(n[0] == 4);
    CHECK(n[1] == 0);

    // Each queue writes its own sector, then reads back another queue's.
    std::vector<Bench::Req> writes;
    for (unsigned q = 0; q < 4; ++q)
        writes.push_back(b.submit(kBlkTypeOut, 100 + q, pattern(512, 40 + q), 0, q));
    for (unsigned q = 0; q < 4; ++q)
        b.t.kick(q);
    sc_core::sc_start(sc_time(1, sc_core::SC_MS));
    REQUIRE(b.t.completed.size() == 4);
    for (unsigned q = 0; q < 4; ++q) {
        CHECK(b.status(writes[q]) == kBlkStatusOk);
        CHECK(b.image.read((100 + q) * 512, 512) == pattern(512, 40 + q));
    }
    std::vector<Bench::Req> reads;
    for (unsigned q = 0; q < 4; ++q)
        reads.push_back(b.submit(kBlkTypeIn, 100 + (q + 1) % 4, {}, 512, q));
    for (unsigned q = 0; q < 4; ++q)
        b.t.kick(q);
    sc_core::sc_start(sc_time(1, sc_core::SC_MS));
    REQUIRE(b.t.completed.size() == 8);
    for (unsigned q = 0; q < 4; ++q) {
        CHECK(b.status(reads[q]) == kBlkStatusOk);
        CHECK(b.t.peek(reads[q].data, 512) == pattern(512, 40 + (q + 1) % 4));
        CHECK(b.t.find(q, reads[q].id) != nullptr);  // completed on its own queue
    }
}

TEST_CASE("blk: requests on different queues are served concurrently, one at a time per queue")
{
    BlockDevice::Config c;
    c.service = ServiceTime{sc_time(20, SC_US), 0.0};  // 20 us per request
    c.num_queues = 2;
    Bench b(c);
    b.submit(kBlkTypeFlush, 0, {}, 0, 0);
    b.submit(kBlkTypeFlush, 0, {}, 0, 0);
    b.submit(kBlkTypeFlush, 0, {}, 0, 1);
    b.t.kick(0);
    b.t.kick(1);
    sc_core::sc_start(sc_time(1, sc_core::SC_MS));
    REQUIRE(b.t.completed.size() == 3);
    // Queue 0's two requests back to back; queue 1's alongside the first.
    std::vector<std::pair<sc_time, unsigned>> seen;  // (completion time, queue)
    for (const auto& done : b.t.completed)
        seen.push_back({done.when, done.queue});
    std::sort(seen.begin(), seen.end());
    const sc_time us20(20, SC_US), us40(40, SC_US);
    CHECK(seen == std::vector<std::pair<sc_time, unsigned>>{{us20, 0}, {us20, 1}, {us40, 0}});
}

TEST_CASE("blk: with one channel, queues share it and requests are served one at a time")
{
    BlockDevice::Config c;
    c.service = ServiceTime{sc_time(20, SC_US), 0.0};
    c.num_queues = 3;
    c.channels = 1;
    Bench b(c);
    for (unsigned q = 0; q < 3; ++q) {
        b.submit(kBlkTypeFlush, 0, {}, 0, q);
        b.t.kick(q);
    }
    sc_core::sc_start(sc_time(1, sc_core::SC_MS));
    REQUIRE(b.t.completed.size() == 3);
    std::vector<sc_time> when;
    for (const auto& done : b.t.completed)
        when.push_back(done.when);
    CHECK(when == std::vector<sc_time>{sc_time(20, SC_US), sc_time(40, SC_US), sc_time(60, SC_US)});
}

TEST_CASE("blk: num-queues outside 1..64 is refused at construction")
{
    TempFile image(4096);
    BlockDevice::Config c;
    c.image = image.path();
    c.num_queues = 0;
    CHECK_THROWS_WITH(BlockDevice("blk_zero", c), Catch::Contains("num-queues 0 is outside 1..64"));
    c.num_queues = 65;
    CHECK_THROWS_WITH(BlockDevice("blk_many", c), Catch::Contains("num-queues 65"));
}
