// virtio-net behind the real virtio-mmio transport, driven over TLM by the
// testbench driver the way Linux 6.1 does (v2 split, v2 packed, v1 legacy):
// config space, transmit without the header, receive into posted buffers with
// a zero header, frames held while no buffer is posted, bounded queue with
// counted drops, and malformed transmit buffers.
#include <catch2/catch.hpp>

#include "host/net_backend.h"
#include "virtio/mmio_transport.h"
#include "virtio/net.h"
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
};

// Linux 6.1 small receive buffers: header + ETH_HLEN + VLAN_HLEN + 1500.
constexpr uint32_t kRxBuffer = kNetHdrSize + 1518;

uint64_t wanted(const Variant& v)
{
    uint64_t f = bit(kNetFeatureMac) | bit(kNetFeatureStatus) | bit(kNetFeatureMtu) |
                 bit(kFeatureIndirectDesc) | bit(kFeatureEventIdx);
    if (v.packed)
        f |= bit(kFeatureRingPacked);
    return f;
}

uint32_t hdr_len(const Variant& v)
{
    return v.version == 2 ? kNetHdrSize : kNetHdrSizeLegacy;
}

// An Ethernet frame: broadcast destination, a source MAC, IPv4 EtherType and
// `payload` bytes of a pattern seeded by `seed`.
std::vector<uint8_t> frame(size_t payload, uint8_t seed)
{
    std::vector<uint8_t> f = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02, 0, 0, 0, 0, seed, 0x08, 0x00};
    for (size_t i = 0; i < payload; ++i)
        f.push_back(static_cast<uint8_t>(seed * 31 + i * 7));
    return f;
}

struct NetRig {
    VirtioBench bench;
    vp::host::MemoryNetBackend backend;
    NetDevice net;
    MmioTransport transport;

    static MmioTransportConfig tconfig(unsigned version)
    {
        MmioTransportConfig c;
        c.version = version;
        return c;
    }

    explicit NetRig(unsigned version, const NetDevice::Config& c = {})
        : net("net", backend, c), transport("virtio", net, tconfig(version))
    {
        bench.attach(transport);
    }
};

// Posts `count` receive buffers of `size` bytes and kicks; returns the tokens.
std::vector<int> post_rx(VirtioDriver& drv, unsigned count, uint32_t size = kRxBuffer)
{
    std::vector<int> tokens;
    for (unsigned i = 0; i < count; ++i) {
        VirtioDriver::Request rx;
        rx.in = {size};
        tokens.push_back(drv.submit(kNetRx, rx));
    }
    drv.kick(kNetRx);
    return tokens;
}

// Collects receive completions until `count` arrived or `timeout` passed.
std::vector<VirtioDriver::Completion> wait_rx(VirtioDriver& drv, size_t count,
                                              sc_time timeout = sc_time(5, SC_MS))
{
    std::vector<VirtioDriver::Completion> got;
    const sc_time end = sc_core::sc_time_stamp() + timeout;
    while (got.size() < count && sc_core::sc_time_stamp() < end) {
        if (drv.wait_irq(sc_time(200, SC_US)))
            drv.handle_irq();
        for (auto& c : drv.collect(kNetRx))
            got.push_back(std::move(c));
    }
    return got;
}

VirtioDriver::Request tx_request(const std::vector<uint8_t>& header, const std::vector<uint8_t>& f)
{
    VirtioDriver::Request tx;
    tx.out = {header, f};  // Linux with any_header_sg would use one segment; both work
    return tx;
}

void round_trip(const Variant& v)
{
    NetDevice::Config c;
    c.mac = {0x52, 0x54, 0x00, 0xaa, 0xbb, 0xcc};
    NetRig rig(v.version, c);
    const uint32_t hl = hdr_len(v);
    const auto out = frame(100, 1);
    const auto in1 = frame(1500, 2);  // largest standard frame
    const auto in2 = frame(46, 3);
    const auto in3 = frame(200, 4);
    bool body_done = false;
    REQUIRE(rig.bench.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(wanted(v), 2));
        CHECK(drv.device_id() == kDeviceNet);
        CHECK(drv.packed() == v.packed);
        CHECK((drv.features() & bit(kNetFeatureMac)) != 0);
        CHECK((drv.features() & bit(kNetFeatureStatus)) != 0);
        CHECK((drv.device_features() & bit(kNetFeatureCtrlVq)) == 0);
        CHECK((drv.device_features() & bit(kNetFeatureMrgRxbuf)) == 0);
        for (unsigned i = 0; i < 6; ++i)
            CHECK(drv.config_read(kNetCfgMac + i, 1) == c.mac[i]);
        CHECK(drv.config_read(kNetCfgStatus, 2) == kNetStatusLinkUp);
        CHECK(drv.config_read(kNetCfgMtu, 2) == 1500);
        CHECK(rig.net.header_size() == hl);

        // TX: the backend gets the frame without the header.
        auto sent = drv.transact(kNetTx, tx_request(std::vector<uint8_t>(hl, 0), out));
        REQUIRE(sent);
        CHECK(sent->len == 0);
        REQUIRE(rig.backend.sent().size() == 1);
        CHECK(rig.backend.sent()[0] == out);

        // RX with a buffer posted first (as Linux does at open).
        const auto tokens = post_rx(drv, 1);
        rig.backend.push(in1);
        auto got = wait_rx(drv, 1);
        REQUIRE(got.size() == 1);
        CHECK(got[0].token == tokens[0]);
        CHECK(got[0].len == hl + in1.size());
        std::vector<uint8_t> expect_hdr(hl, 0);
        if (hl == kNetHdrSize)
            expect_hdr[10] = 1;  // num_buffers
        CHECK(std::vector<uint8_t>(got[0].data.begin(), got[0].data.begin() + hl) == expect_hdr);
        CHECK(std::vector<uint8_t>(got[0].data.begin() + hl, got[0].data.begin() + hl + in1.size()) ==
              in1);

        // Frames arriving while no buffer is posted wait in the device ...
        rig.backend.push(in2);
        rig.backend.push(in3);
        drv.sleep(sc_time(1, SC_MS));  // several poll periods
        CHECK(rig.net.rx_pending() == 2);
        CHECK(drv.collect(kNetRx).empty());
        // ... and are delivered in order once buffers come.
        post_rx(drv, 3);
        got = wait_rx(drv, 2);
        REQUIRE(got.size() == 2);
        CHECK(got[0].len == hl + in2.size());
        CHECK(std::vector<uint8_t>(got[0].data.begin() + hl, got[0].data.begin() + hl + in2.size()) ==
              in2);
        CHECK(got[1].len == hl + in3.size());
        CHECK(std::vector<uint8_t>(got[1].data.begin() + hl, got[1].data.begin() + hl + in3.size()) ==
              in3);
        CHECK(rig.net.rx_frames() == 3);
        CHECK(rig.net.rx_dropped() == 0);
        body_done = true;
    }));
    CHECK(body_done);
}

}  // namespace

TEST_CASE("net: config, tx and rx through the transport, v2 split ring")
{
    round_trip({2, false});
}

TEST_CASE("net: config, tx and rx through the transport, v2 packed ring")
{
    round_trip({2, true});
}

TEST_CASE("net: config, tx and rx through the transport, v1 legacy (10-byte header)")
{
    round_trip({1, false});
}

TEST_CASE("net: transmit takes the modelled service time")
{
    NetDevice::Config c;
    c.service = ServiceTime{sc_time(5, SC_US), 125e6};  // 1 GbE + 5 us
    NetRig rig(2, c);
    REQUIRE(rig.bench.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(wanted({2, false}), 2));
        const auto f = frame(1236, 9);  // 1250 bytes: 10 us on the wire
        const sc_time t0 = sc_core::sc_time_stamp();
        auto sent = drv.transact(kNetTx, tx_request(std::vector<uint8_t>(kNetHdrSize, 0), f));
        REQUIRE(sent);
        CHECK(sc_core::sc_time_stamp() - t0 >= sc_time(15, SC_US));
        CHECK(rig.net.tx_frames() == 1);
    }));
}

TEST_CASE("net: malformed transmit buffers are reported and the device keeps working")
{
    ReportCounter reports;
    NetRig rig(2);
    REQUIRE(rig.bench.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(wanted({2, false}), 2));
        // Shorter than the 12-byte header.
        VirtioDriver::Request shorty;
        shorty.out = {std::vector<uint8_t>(8, 0)};
        auto a = drv.transact(kNetTx, shorty);
        REQUIRE(a);
        CHECK(a->len == 0);
        CHECK(reports.count("virtio/net/tx-short") == 1);
        // GSO requested without any offload negotiated.
        std::vector<uint8_t> gso(kNetHdrSize, 0);
        gso[1] = 1;  // VIRTIO_NET_HDR_GSO_TCPV4
        auto b = drv.transact(kNetTx, tx_request(gso, frame(100, 1)));
        REQUIRE(b);
        CHECK(reports.count("virtio/net/tx-offload") == 1);
        // A header with no frame behind it.
        VirtioDriver::Request empty;
        empty.out = {std::vector<uint8_t>(kNetHdrSize, 0)};
        auto d = drv.transact(kNetTx, empty);
        REQUIRE(d);
        CHECK(reports.count("virtio/net/tx-length") == 1);
        CHECK(rig.backend.sent().empty());
        CHECK(rig.net.tx_errors() == 3);

        // Still working: a good frame goes out, one comes in.
        const auto good = frame(60, 5);
        auto e = drv.transact(kNetTx, tx_request(std::vector<uint8_t>(kNetHdrSize, 0), good));
        REQUIRE(e);
        REQUIRE(rig.backend.sent().size() == 1);
        CHECK(rig.backend.sent()[0] == good);
        post_rx(drv, 1);
        rig.backend.push(frame(80, 6));
        auto got = wait_rx(drv, 1);
        REQUIRE(got.size() == 1);
        CHECK(got[0].len == kNetHdrSize + 94);
        CHECK((drv.status() & kStatusDeviceNeedsReset) == 0);
    }));
}

TEST_CASE("net: beyond the receive queue bound frames are dropped, counted and reported")
{
    ReportCounter reports;
    NetDevice::Config c;
    c.rx_queue_frames = 2;
    NetRig rig(2, c);
    REQUIRE(rig.bench.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(wanted({2, false}), 2));
        for (uint8_t i = 0; i < 7; ++i)
            rig.backend.push(frame(50, i));
        drv.sleep(sc_time(1, SC_MS));
        CHECK(rig.net.rx_pending() == 2);
        CHECK(rig.net.rx_dropped() == 5);
        CHECK(reports.count("virtio/net/rx-overflow") == 3);  // at drops 1, 2 and 4
        post_rx(drv, 4);
        auto got = wait_rx(drv, 2);
        REQUIRE(got.size() == 2);
        // The two oldest frames were kept.
        CHECK(got[0].data[kNetHdrSize + 11] == 0);
        CHECK(got[1].data[kNetHdrSize + 11] == 1);
    }));
}

TEST_CASE("net: a receive buffer too small for the frame completes empty, the frame is counted")
{
    ReportCounter reports;
    NetRig rig(2);
    REQUIRE(rig.bench.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(wanted({2, false}), 2));
        post_rx(drv, 1, 64);
        rig.backend.push(frame(500, 1));
        auto got = wait_rx(drv, 1);
        REQUIRE(got.size() == 1);
        CHECK(got[0].len == 0);
        CHECK(rig.net.rx_dropped() == 1);
        CHECK(reports.count("virtio/net/rx-buffer-too-small") == 1);
        // The next frame that fits is delivered.
        post_rx(drv, 1);
        rig.backend.push(frame(20, 2));
        got = wait_rx(drv, 1);
        REQUIRE(got.size() == 1);
        CHECK(got[0].len == kNetHdrSize + 34);
    }));
}

TEST_CASE("net: a modern driver cannot write the MAC in config space")
{
    ReportCounter reports;
    NetRig rig(2);
    REQUIRE(rig.bench.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(wanted({2, false}), 2));
        drv.config_write(kNetCfgMac, 0x11, 1);
        CHECK(drv.config_read(kNetCfgMac, 1) == 0x52);
        CHECK(reports.count("virtio/net/config-write") == 1);
    }));
}

TEST_CASE("net: a legacy (v1) driver rewrites the MAC in config space")
{
    ReportCounter reports;
    NetRig rig(1);
    REQUIRE(rig.bench.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(wanted({1, false}), 2));
        for (unsigned i = 0; i < 6; ++i)
            drv.config_write(kNetCfgMac + i, 0x10 + i, 1);
        for (unsigned i = 0; i < 6; ++i)
            CHECK(drv.config_read(kNetCfgMac + i, 1) == 0x10 + i);
        CHECK(reports.count("virtio/net/config-write") == 0);
    }));
}
