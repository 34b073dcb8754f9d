// virtio-blk fault injection (issue 9 section 4): requests chosen by number
// complete with IOERR or UNSUPP without touching the image, or complete a
// set time later than modelled; the other requests are served as usual.
#include <catch2/catch.hpp>

#include <cstdint>

#include "fake_transport.h"
#include "virtio/blk.h"

using namespace vp::virtio;
using namespace vp::virtio::test;
using sc_core::SC_US;
using sc_core::sc_time;

namespace {

struct Disk {
    TempFile image{1 << 20};
    BlockDevice dev;
    FakeTransport t;
    explicit Disk(const std::vector<BlkFault>& faults)
        : dev("blk0", config(image.path(), faults)), t("transport", dev)
    {
    }
    static BlockDevice::Config config(const std::string& path, const std::vector<BlkFault>& faults)
    {
        BlockDevice::Config c;
        c.image = path;
        c.service = ServiceTime{sc_time(10, SC_US), 0.0};  // 10 us per request
        c.faults = faults;
        return c;
    }
    struct Req {
        uint16_t id;
        uint64_t status;
    };
    Req write(uint64_t sector, const std::vector<uint8_t>& data)
    {
        const uint64_t status = t.alloc(1);
        t.poke(status, {0xee});
        const uint16_t id = t.submit(0, {{t.place(blk_header(kBlkTypeOut, sector)), 16},
                                         {t.place(data), static_cast<uint32_t>(data.size())}},
                                     {{status, 1}});
        return {id, status};
    }
    uint8_t status(const Req& r) const { return t.peek(r.status, 1)[0]; }
    sc_time when(const Req& r) const { return t.find(0, r.id)->when; }
};

}  // namespace

TEST_CASE("blk faults: the chosen requests complete with IOERR and UNSUPP and leave the image alone")
{
    Disk d({{BlkFault::Kind::ioerr, 2, 2}, {BlkFault::Kind::unsupp, 4, 1}});
    const auto a = pattern(512, 1), b = pattern(512, 2), c = pattern(512, 3), e = pattern(512, 4),
               f = pattern(512, 5);
    const auto r1 = d.write(1, a), r2 = d.write(2, b), r3 = d.write(3, c), r4 = d.write(4, e),
               r5 = d.write(5, f);
    d.t.kick(0);
    sc_core::sc_start(sc_time(1, sc_core::SC_MS));
    REQUIRE(d.t.completed.size() == 5);
    CHECK(d.status(r1) == kBlkStatusOk);
    CHECK(d.status(r2) == kBlkStatusIoErr);
    CHECK(d.status(r3) == kBlkStatusIoErr);
    CHECK(d.status(r4) == kBlkStatusUnsupp);
    CHECK(d.status(r5) == kBlkStatusOk);
    CHECK(d.image.read(1 * 512, 512) == a);
    CHECK(d.image.read(2 * 512, 512) == std::vector<uint8_t>(512, 0));
    CHECK(d.image.read(3 * 512, 512) == std::vector<uint8_t>(512, 0));
    CHECK(d.image.read(4 * 512, 512) == std::vector<uint8_t>(512, 0));
    CHECK(d.image.read(5 * 512, 512) == f);
    CHECK(d.dev.faults_injected() == 3);
    CHECK(d.when(r5) == sc_time(50, SC_US));  // a failed request still takes its service time
}

TEST_CASE("blk faults: a delay fault completes the request that much later, the data written")
{
    Disk d({{BlkFault::Kind::delay, 2, 1, sc_time(250, SC_US)}});
    const auto a = pattern(512, 6), b = pattern(512, 7);
    const auto r1 = d.write(1, a), r2 = d.write(2, b);
    d.t.kick(0);
    sc_core::sc_start(sc_time(1, sc_core::SC_MS));
    REQUIRE(d.t.completed.size() == 2);
    CHECK(d.status(r1) == kBlkStatusOk);
    CHECK(d.status(r2) == kBlkStatusOk);
    CHECK(d.when(r1) == sc_time(10, SC_US));
    CHECK(d.when(r2) == sc_time(10 + 10 + 250, SC_US));
    CHECK(d.image.read(2 * 512, 512) == b);
    CHECK(d.dev.faults_injected() == 1);
}

TEST_CASE("blk faults: with an LBA range only the requests touching it fail")
{
    Disk d({{BlkFault::Kind::ioerr, 1, UINT64_MAX, sc_core::SC_ZERO_TIME, 8, 4}});
    const auto before = d.write(4, pattern(2048, 1));  // sectors 4-7: just below
    const auto hit = d.write(10, pattern(512, 2));     // sector 10: inside 8-11
    const auto edge = d.write(6, pattern(1024, 3));    // sectors 6-7: below again
    const auto across = d.write(11, pattern(1024, 4)); // sectors 11-12: overlaps
    const auto after = d.write(12, pattern(512, 5));   // sector 12: above
    d.t.kick(0);
    sc_core::sc_start(sc_time(1, sc_core::SC_MS));
    REQUIRE(d.t.completed.size() == 5);
    CHECK(d.status(before) == kBlkStatusOk);
    CHECK(d.status(hit) == kBlkStatusIoErr);
    CHECK(d.status(edge) == kBlkStatusOk);
    CHECK(d.status(across) == kBlkStatusIoErr);
    CHECK(d.status(after) == kBlkStatusOk);
    CHECK(d.image.read(10 * 512, 512) == std::vector<uint8_t>(512, 0));
    CHECK(d.image.read(12 * 512, 512) == pattern(512, 5));
    CHECK(d.dev.faults_injected() == 2);
}
