// The devices behind the real virtio-mmio transport, driven over TLM by the
// testbench driver the way Linux does: blk round trips checked against the
// backing file for v1 and v2 with split and packed rings, rng and console.
#include <catch2/catch.hpp>

#include <cstring>

#include "fake_transport.h"  // TempFile, pattern
#include "host/char_backends.h"
#include "virtio/blk.h"
#include "virtio/console.h"
#include "virtio/mmio_transport.h"
#include "virtio/rng.h"
#include "virtio_driver.h"

using namespace vp::virtio;
using namespace vp::virtio::test;
using sc_core::SC_MS;
using sc_core::SC_US;
using sc_core::sc_time;

namespace {

struct Variant {
    unsigned version;
    bool packed;
    bool dmi;
};

uint64_t ring_features(const Variant& v)
{
    uint64_t f = bit(kFeatureIndirectDesc) | bit(kFeatureEventIdx);
    if (v.packed)
        f |= bit(kFeatureRingPacked);
    return f;
}

BenchOptions bench_options(const Variant& v)
{
    BenchOptions o;
    o.version = v.version;
    o.dmi = v.dmi;
    return o;
}

MmioTransportConfig transport_config(const Variant& v)
{
    MmioTransportConfig c;
    c.version = v.version;
    return c;
}

constexpr uint64_t kImageSize = 1 << 20;

struct BlkRig {
    VirtioBench bench;
    TempFile image;
    BlockDevice blk;
    MmioTransport transport;

    static BlockDevice::Config config(const std::string& path, unsigned num_queues)
    {
        BlockDevice::Config c;
        c.image = path;
        c.serial = "E2E-SERIAL";
        c.num_queues = num_queues;
        return c;  // default service time: 20 us + 500 MB/s
    }

    explicit BlkRig(const Variant& v, unsigned num_queues = 1)
        : bench(bench_options(v)),
          image(kImageSize),
          blk("blk", config(image.path(), num_queues)),
          transport("virtio", blk, transport_config(v))
    {
        bench.attach(transport);
    }
};

// IN/OUT/FLUSH/GET_ID/DISCARD/WRITE_ZEROES through the transport, checked
// against the backing file.
void blk_round_trips(const Variant& v)
{
    BlkRig rig(v);
    const auto data = pattern(8192, 11);
    const uint64_t wanted = bit(kBlkFeatureSegMax) | bit(kBlkFeatureBlkSize) |
                            bit(kBlkFeatureFlush) | bit(kBlkFeatureDiscard) |
                            bit(kBlkFeatureWriteZeroes) | ring_features(v);
    bool body_done = false;
    const bool finished = rig.bench.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(wanted, 1));
        CHECK(drv.device_id() == kDeviceBlock);
        CHECK(drv.config_read(kBlkCfgCapacity, 8) == kImageSize / 512);
        CHECK(drv.config_read(kBlkCfgBlkSize, 4) == 512);
        CHECK(drv.packed() == v.packed);

        // OUT 8 KiB at sector 40, header and data in separate segments.
        VirtioDriver::Request out;
        out.out = {blk_header(kBlkTypeOut, 40), data};
        out.in = {1};
        auto w = drv.transact(0, out);
        REQUIRE(w);
        CHECK(w->len == 1);
        CHECK(w->data.back() == kBlkStatusOk);

        // FLUSH.
        VirtioDriver::Request flush;
        flush.out = {blk_header(kBlkTypeFlush, 0)};
        flush.in = {1};
        auto f = drv.transact(0, flush);
        REQUIRE(f);
        CHECK(f->data.back() == kBlkStatusOk);

        // IN 4 KiB back (indirect), timed: 20 us + 4096 B / 500 MB/s at least.
        VirtioDriver::Request in;
        in.out = {blk_header(kBlkTypeIn, 44)};
        in.in = {4096, 1};
        in.indirect = true;
        const sc_time t0 = sc_core::sc_time_stamp();
        auto r = drv.transact(0, in);
        REQUIRE(r);
        CHECK(sc_core::sc_time_stamp() - t0 >= sc_time(28192, sc_core::SC_NS));
        CHECK(r->len == 4097);
        CHECK(r->data.back() == kBlkStatusOk);
        CHECK(std::vector<uint8_t>(r->data.begin(), r->data.begin() + 4096) ==
              std::vector<uint8_t>(data.begin() + 4 * 512, data.begin() + 4 * 512 + 4096));

        // GET_ID.
        VirtioDriver::Request id;
        id.out = {blk_header(kBlkTypeGetId, 0)};
        id.in = {20, 1};
        auto g = drv.transact(0, id);
        REQUIRE(g);
        CHECK(g->len == 21);
        CHECK(std::string(g->data.begin(), g->data.begin() + 10) == "E2E-SERIAL");
        CHECK(g->data[10] == 0);

        // DISCARD sectors 40..43, WRITE_ZEROES sectors 52..55 (with UNMAP).
        VirtioDriver::Request dis;
        dis.out = {blk_header(kBlkTypeDiscard, 0), blk_segment(40, 4, 0)};
        dis.in = {1};
        auto d = drv.transact(0, dis);
        REQUIRE(d);
        CHECK(d->data.back() == kBlkStatusOk);
        VirtioDriver::Request wz;
        wz.out = {blk_header(kBlkTypeWriteZeroes, 0), blk_segment(52, 4, kBlkWriteZeroesUnmap)};
        wz.in = {1};
        auto z = drv.transact(0, wz);
        REQUIRE(z);
        CHECK(z->data.back() == kBlkStatusOk);

        // Beyond capacity and an unknown type.
        VirtioDriver::Request bad;
        bad.out = {blk_header(kBlkTypeIn, kImageSize / 512)};
        bad.in = {512, 1};
        auto e = drv.transact(0, bad);
        REQUIRE(e);
        CHECK(e->data.back() == kBlkStatusIoErr);
        CHECK(e->len == 1);
        VirtioDriver::Request unk;
        unk.out = {blk_header(77, 0)};
        unk.in = {1};
        auto u = drv.transact(0, unk);
        REQUIRE(u);
        CHECK(u->data.back() == kBlkStatusUnsupp);
        body_done = true;
    });
    REQUIRE(finished);
    REQUIRE(body_done);

    // The file holds what the guest wrote, minus the discarded/zeroed ranges.
    auto file = rig.image.read(40 * 512, data.size());
    auto expect = data;
    std::fill(expect.begin(), expect.begin() + 4 * 512, 0);                     // discard
    std::fill(expect.begin() + 12 * 512, expect.begin() + 16 * 512, 0);         // zeroes
    CHECK(file == expect);
    CHECK(rig.image.size() == kImageSize);
}

}  // namespace

TEST_CASE("e2e blk: round trips on v2, split ring")
{
    blk_round_trips({2, false, true});
}

TEST_CASE("e2e blk: round trips on v2, packed ring")
{
    blk_round_trips({2, true, true});
}

TEST_CASE("e2e blk: round trips on v1 (legacy), split ring")
{
    blk_round_trips({1, false, true});
}

TEST_CASE("e2e blk: round trips on v2, split ring, memory without DMI")
{
    blk_round_trips({2, false, false});
}

TEST_CASE("e2e blk: four queues (MQ) through the transport are served concurrently")
{
    BlkRig rig({2, false, true}, 4);
    const uint64_t wanted = bit(kBlkFeatureSegMax) | bit(kBlkFeatureBlkSize) |
                            bit(kBlkFeatureFlush) | bit(kBlkFeatureMq);
    bool body_done = false;
    const bool finished = rig.bench.run([&](VirtioDriver& drv) {
        REQUIRE((drv.device_features() & bit(kBlkFeatureMq)) != 0);
        REQUIRE(drv.init(wanted, 4));
        CHECK(drv.config_read(kBlkCfgNumQueues, 2) == 4);

        // One 4 KiB OUT per queue, all kicked at once: each takes 20 us +
        // 4096 B / 500 MB/s = 28.192 us; in parallel they finish together.
        int tokens[4];
        for (unsigned q = 0; q < 4; ++q) {
            VirtioDriver::Request out;
            out.out = {blk_header(kBlkTypeOut, 8 * q), pattern(4096, static_cast<uint8_t>(60 + q))};
            out.in = {1};
            tokens[q] = drv.submit(q, out);
            REQUIRE(tokens[q] >= 0);
        }
        const sc_time t0 = sc_core::sc_time_stamp();
        for (unsigned q = 0; q < 4; ++q)
            drv.notify(q);
        unsigned done = 0;
        std::vector<bool> seen(4, false);
        while (done < 4 && drv.wait_irq(sc_time(1, SC_MS))) {
            drv.handle_irq();
            for (unsigned q = 0; q < 4; ++q) {
                for (const auto& c : drv.collect(q)) {
                    CHECK(c.token == tokens[q]);
                    CHECK(c.data.back() == kBlkStatusOk);
                    seen[q] = true;
                    ++done;
                }
            }
        }
        REQUIRE(done == 4);
        CHECK(seen == std::vector<bool>(4, true));
        const sc_time elapsed = sc_core::sc_time_stamp() - t0;
        CHECK(elapsed >= sc_time(28192, sc_core::SC_NS));
        CHECK(elapsed < sc_time(2 * 28192, sc_core::SC_NS));  // not one after another

        // Queue 3 reads back what queue 0 wrote.
        VirtioDriver::Request in;
        in.out = {blk_header(kBlkTypeIn, 0)};
        in.in = {4096, 1};
        auto r = drv.transact(3, in);
        REQUIRE(r);
        CHECK(std::vector<uint8_t>(r->data.begin(), r->data.begin() + 4096) == pattern(4096, 60));
        body_done = true;
    });
    REQUIRE(finished);
    REQUIRE(body_done);
    for (unsigned q = 0; q < 4; ++q)
        CHECK(rig.image.read(8 * q * 512, 4096) == pattern(4096, static_cast<uint8_t>(60 + q)));
}

TEST_CASE("e2e blk: read-only image offers RO and rejects writes through the transport")
{
    VirtioBench bench;
    TempFile image(kImageSize);
    BlockDevice::Config c;
    c.image = image.path();
    c.read_only = true;
    BlockDevice blk("blk", c);
    MmioTransport transport("virtio", blk);
    bench.attach(transport);
    REQUIRE(bench.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(bit(kBlkFeatureRo), 1));
        CHECK((drv.device_features() & bit(kBlkFeatureRo)) != 0);
        VirtioDriver::Request out;
        out.out = {blk_header(kBlkTypeOut, 0), pattern(512, 1)};
        out.in = {1};
        auto w = drv.transact(0, out);
        REQUIRE(w);
        CHECK(w->data.back() == kBlkStatusIoErr);
    }));
    CHECK(image.read(0, 512) == std::vector<uint8_t>(512, 0));
}

TEST_CASE("e2e rng: seeded entropy through the transport, v2 packed")
{
    VirtioBench bench;
    EntropyDevice::Config c;
    c.seed = 42;
    EntropyDevice rng("rng", c);
    MmioTransport transport("virtio", rng);
    bench.attach(transport);
    REQUIRE(bench.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(bit(kFeatureRingPacked), 1));
        VirtioDriver::Request r;
        r.in = {64};
        auto done = drv.transact(0, r);
        REQUIRE(done);
        CHECK(done->len == 64);
        CHECK(std::vector<uint8_t>(done->data.begin(), done->data.begin() + 8) ==
              std::vector<uint8_t>{22, 199, 46, 12, 46, 11, 120, 21});
    }));
}

TEST_CASE("e2e rng: host entropy through the transport, v1")
{
    VirtioBench bench;
    EntropyDevice rng("rng");
    MmioTransportConfig tc;
    tc.version = 1;
    MmioTransport transport("virtio", rng, tc);
    bench.attach(transport);
    REQUIRE(bench.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(0, 1));
        VirtioDriver::Request r;
        r.in = {16, 16};
        auto done = drv.transact(0, r);
        REQUIRE(done);
        CHECK(done->len == 32);
        CHECK(std::vector<uint8_t>(done->data.begin(), done->data.begin() + 16) !=
              std::vector<uint8_t>(done->data.begin() + 16, done->data.end()));
    }));
}

TEST_CASE("e2e console: output reaches the backend, input reaches the guest")
{
    VirtioBench bench;
    vp::host::MemoryCharBackend backend;
    ConsoleDevice console("console", backend);
    MmioTransport transport("virtio", console);
    bench.attach(transport);
    REQUIRE(bench.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(ring_features({2, false, true}), 2));
        CHECK(drv.device_id() == kDeviceConsole);

        // Post a receive buffer first, as Linux does at probe.
        VirtioDriver::Request rx;
        rx.in = {64};
        const int token = drv.submit(kConsoleRx, rx);
        REQUIRE(token >= 0);
        drv.kick(kConsoleRx);

        VirtioDriver::Request tx;
        tx.out = {{'h', 'e', 'l', 'l', 'o', '\n'}};
        auto sent = drv.transact(kConsoleTx, tx);
        REQUIRE(sent);
        CHECK(backend.output() == "hello\n");

        backend.push_input("ls\r");
        std::vector<VirtioDriver::Completion> got;
        for (int i = 0; i < 10 && got.empty(); ++i) {
            if (drv.wait_irq(sc_time(2, SC_MS)))
                drv.handle_irq();
            got = drv.collect(kConsoleRx);
        }
        REQUIRE(got.size() == 1);
        CHECK(got[0].token == token);
        CHECK(got[0].len == 3);
        CHECK(std::string(got[0].data.begin(), got[0].data.begin() + 3) == "ls\r");
    }));
}
