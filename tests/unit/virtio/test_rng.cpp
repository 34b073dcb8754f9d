// virtio-rng device on a fake transport: buffers are filled completely, the
// seeded stream is reproducible and independent of buffer sizes, and the
// completion waits for the modelled service time.
#include <catch2/catch.hpp>

#include "fake_transport.h"
#include "virtio/rng.h"

using namespace vp::virtio;
using namespace vp::virtio::test;
using sc_core::sc_time;

namespace {

EntropyDevice::Config seeded(uint64_t seed)
{
    EntropyDevice::Config c;
    c.seed = seed;
    c.service = ServiceTime{};
    return c;
}

// Posts buffers of the given sizes (one request each), runs, and returns
// the concatenated bytes the device wrote.
std::vector<uint8_t> draw(FakeTransport& t, const std::vector<uint32_t>& sizes)
{
    std::vector<uint64_t> addrs;
    for (uint32_t n : sizes) {
        addrs.push_back(t.alloc(n));
        t.submit(0, {}, {{addrs.back(), n}});
    }
    t.kick(0);
    sc_core::sc_start(sc_time(1, sc_core::SC_MS));
    std::vector<uint8_t> out;
    for (size_t i = 0; i < sizes.size(); ++i) {
        auto part = t.peek(addrs[i], sizes[i]);
        out.insert(out.end(), part.begin(), part.end());
    }
    return out;
}

}  // namespace

TEST_CASE("rng: the generator is xoshiro256** seeded by splitmix64")
{
    // Reference values computed independently from the published algorithms.
    Xoshiro256StarStar g(1, 2, 3, 4);
    CHECK(g.next() == 11520u);
    CHECK(g.next() == 0u);
    CHECK(g.next() == 1509978240u);
    CHECK(g.next() == 1215971899390074240u);
    uint64_t state = 0;
    CHECK(Xoshiro256StarStar::splitmix64(state) == 0xe220a8397b1dcdafull);
}

TEST_CASE("rng: a seeded device gives the same bytes however the driver sizes buffers")
{
    EntropyDevice a("rng_a", seeded(42));
    FakeTransport ta("ta", a);
    EntropyDevice b("rng_b", seeded(42));
    FakeTransport tb("tb", b);
    EntropyDevice c("rng_c", seeded(43));
    FakeTransport tc("tc", c);

    const auto bytes_a = draw(ta, {64});
    const auto bytes_b = draw(tb, {3, 13, 48});
    const auto bytes_c = draw(tc, {64});
    CHECK(bytes_a == bytes_b);
    CHECK(bytes_a != bytes_c);
    // First step of the stream for seed 42, little-endian.
    CHECK(std::vector<uint8_t>(bytes_a.begin(), bytes_a.begin() + 8) ==
          std::vector<uint8_t>{22, 199, 46, 12, 46, 11, 120, 21});
    REQUIRE(ta.completed.size() == 1);
    CHECK(ta.completed[0].used_len == 64);
    REQUIRE(tb.completed.size() == 3);
    CHECK(tb.completed[0].used_len == 3);
    CHECK(tb.completed[2].used_len == 48);
    CHECK(a.bytes_delivered() == 64);
}

TEST_CASE("rng: every writable buffer of a request is filled, len = bytes written")
{
    EntropyDevice d("rng", seeded(7));
    FakeTransport t("t", d);
    const uint64_t b0 = t.alloc(10), b1 = t.alloc(6000);
    const uint16_t id = t.submit(0, {}, {{b0, 10}, {b1, 6000}});
    t.kick(0);
    sc_core::sc_start(sc_time(1, sc_core::SC_MS));
    REQUIRE(t.find(0, id));
    CHECK(t.find(0, id)->used_len == 6010);
    // The last 8 bytes are not all zero: the whole second buffer was written.
    auto tail = t.peek(b1 + 6000 - 8, 8);
    CHECK(tail != std::vector<uint8_t>(8, 0));
}

TEST_CASE("rng: host entropy differs between requests")
{
    EntropyDevice::Config c;
    c.service = ServiceTime{};
    EntropyDevice d("rng", c);
    FakeTransport t("t", d);
    const auto bytes = draw(t, {32, 32});
    CHECK(std::vector<uint8_t>(bytes.begin(), bytes.begin() + 32) !=
          std::vector<uint8_t>(bytes.begin() + 32, bytes.end()));
    CHECK(t.completed.size() == 2);
}

TEST_CASE("rng: completion waits for latency plus bytes over throughput")
{
    EntropyDevice::Config c;
    c.seed = 1;  // default service time: 1 us + bytes / 100 MB/s
    EntropyDevice d("rng", c);
    FakeTransport t("t", d);
    t.submit(0, {}, {{t.alloc(64), 64}});
    t.kick(0);
    sc_core::sc_start(sc_time(1, sc_core::SC_US));
    CHECK(t.completed.empty());
    sc_core::sc_start(sc_time(10, sc_core::SC_US));
    REQUIRE(t.completed.size() == 1);
    CHECK(t.completed[0].when == sc_time(1640, sc_core::SC_NS));
}

TEST_CASE("rng: a request without writable space is reported and returned empty")
{
    WarningLog log;
    EntropyDevice d("rng", seeded(1));
    FakeTransport t("t", d);
    const uint16_t bad = t.submit(0, {{t.alloc(8), 8}}, {});
    const uint16_t good = t.submit(0, {}, {{t.alloc(8), 8}});
    t.kick(0);
    sc_core::sc_start(sc_time(1, sc_core::SC_MS));
    CHECK(log.count("virtio/rng/bad-request") == 1);
    REQUIRE(t.find(0, bad));
    CHECK(t.find(0, bad)->used_len == 0);
    REQUIRE(t.find(0, good));
    CHECK(t.find(0, good)->used_len == 8);
    CHECK(d.device_id() == 4);
    CHECK(d.device_features() == 0);
    CHECK(d.config_size() == 0);
}
