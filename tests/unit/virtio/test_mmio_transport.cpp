// Transport tests: register map per version, feature negotiation, queue
// setup (v1 PFN layout, v2 addresses), stopping queues, reset, config space,
// config generation, QueueReset, interrupt level, timing and reset mid-flight.
// Everything goes through the testbench driver over Router + Memory.
#include <catch2/catch.hpp>

#include "virtio_test_rig.h"

using namespace vp::virtio;
using namespace vp::virtio::test;
using sc_core::sc_time;
using sc_core::SC_NS;
using sc_core::SC_US;

namespace {

void identity(const Variant& v)
{
    MmioTransportConfig cfg;
    cfg.vendor_id = 0x1af4;
    cfg.queue_size_max = 64;
    TestRig rig(v, {}, cfg);
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        CHECK(drv.read32(reg::kMagic) == 0x74726976);
        CHECK(drv.read32(reg::kVersion) == v.version);
        CHECK(drv.read32(reg::kDeviceId) == 0x2a);
        CHECK(drv.read32(reg::kVendorId) == 0x1af4);
        drv.write32(reg::kQueueSel, 0);
        CHECK(drv.read32(reg::kQueueNumMax) == 64);
        drv.write32(reg::kQueueSel, 1);
        CHECK(drv.read32(reg::kQueueNumMax) == 64);
        drv.write32(reg::kQueueSel, 2);  // the loopback device has two queues
        CHECK(drv.read32(reg::kQueueNumMax) == 0);
        CHECK(drv.read32(reg::kStatus) == 0);
        CHECK(drv.read32(reg::kInterruptStatus) == 0);
        if (v.version == 2) {
            drv.write32(reg::kShmSel, 0);
            CHECK(drv.read32(reg::kShmLenLow) == 0xffffffffu);
            CHECK(drv.read32(reg::kShmLenHigh) == 0xffffffffu);
            CHECK(drv.read32(reg::kShmBaseLow) == 0xffffffffu);
            CHECK(drv.read32(reg::kShmBaseHigh) == 0xffffffffu);
            CHECK(drv.read32(reg::kConfigGeneration) == 0);
            drv.write32(reg::kQueueSel, 0);
            CHECK(drv.read32(reg::kQueueReady) == 0);
            CHECK(drv.read32(reg::kQueueReset) == 0);
        } else {
            drv.write32(reg::kQueueSel, 0);
            CHECK(drv.read32(reg::kQueuePfn) == 0);
        }
        CHECK(drv.probe());
        CHECK(drv.device_id() == 0x2a);
    }));
}

}  // namespace

TEST_CASE("identity registers v1") { identity({1, false, true}); }
TEST_CASE("identity registers v2") { identity({2, false, true}); }

TEST_CASE("a bad configuration is rejected at construction")
{
    LoopbackDevice dev("dev");
    MmioTransportConfig bad_size;
    bad_size.queue_size_max = 100;
    REQUIRE_THROWS_WITH(MmioTransport("t1", dev, bad_size),
                        Catch::Contains("queue_size_max must be a power of two"));
    MmioTransportConfig too_big;
    too_big.queue_size_max = 65536;
    REQUIRE_THROWS_WITH(MmioTransport("t2", dev, too_big), Catch::Contains("queue_size_max"));
    MmioTransportConfig zero;
    zero.queue_size_max = 0;
    REQUIRE_THROWS_WITH(MmioTransport("t3", dev, zero), Catch::Contains("queue_size_max"));
    MmioTransportConfig version;
    version.version = 3;
    REQUIRE_THROWS_WITH(MmioTransport("t4", dev, version), Catch::Contains("version must be 1"));
}

TEST_CASE("QueueNumMax is capped by the device and rounded to a power of two")
{
    LoopbackOptions o;
    o.queue_size_max = 100;  // not a power of two: the transport offers 64
    TestRig rig({2, false, true}, o);
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        drv.write32(reg::kQueueSel, 0);
        CHECK(drv.read32(reg::kQueueNumMax) == 64);
    }));
}

TEST_CASE("v2 offers VERSION_1 and the ring features, and latches the driver's choice")
{
    TestRig rig({2, false, true});
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.probe());
        const uint64_t offered = drv.device_features();
        CHECK(offered == (0x3 | bit(kFeatureIndirectDesc) | bit(kFeatureEventIdx) |
                          bit(kFeatureVersion1) | bit(kFeatureRingPacked) |
                          bit(kFeatureRingReset)));
        drv.write32(reg::kDeviceFeaturesSel, 2);
        CHECK(drv.read32(reg::kDeviceFeatures) == 0);
        REQUIRE(drv.negotiate(1 | bit(kFeatureEventIdx)));
        CHECK(drv.status() == (kStatusAcknowledge | kStatusDriver | kStatusFeaturesOk));
        CHECK(rig.transport.negotiated_features() ==
              (1 | bit(kFeatureEventIdx) | bit(kFeatureVersion1)));
        CHECK(rig.device.accepted_features() == rig.transport.negotiated_features());
    }));
}

TEST_CASE("v1 offers no VERSION_1, packed or ring reset, and latches features at DRIVER_OK")
{
    TestRig rig({1, false, true});
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.probe());
        CHECK(drv.device_features() ==
              (0x3 | bit(kFeatureIndirectDesc) | bit(kFeatureEventIdx)));
        REQUIRE(drv.negotiate(1 | bit(kFeatureIndirectDesc)));
        CHECK(drv.status() == (kStatusAcknowledge | kStatusDriver));  // no FEATURES_OK in v1
        REQUIRE(drv.setup_queue(0));
        drv.driver_ok();
        CHECK(rig.transport.negotiated_features() == (1 | bit(kFeatureIndirectDesc)));
        CHECK(rig.device.driver_oks() == 1);
    }));
}

TEST_CASE("refused features leave FEATURES_OK clear on read-back")
{
    TestRig rig({2, false, true});
    ReportCounter reports;
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.probe());
        // 1. The device refuses bit 1 (accept_features returns false).
        CHECK_FALSE(drv.negotiate(0x2));
        CHECK((drv.status() & kStatusFeaturesOk) == 0);
        CHECK((drv.status() & kStatusFailed) != 0);  // the driver gives up like Linux
        CHECK(reports.count(MmioTransport::kFeaturesRefused) == 1);

        // 2. The driver asks for a bit that was not offered (bit 5).
        drv.set_status(0);
        drv.set_status(kStatusAcknowledge | kStatusDriver);
        drv.write32(reg::kDriverFeaturesSel, 1);
        drv.write32(reg::kDriverFeatures, 1);  // VERSION_1
        drv.write32(reg::kDriverFeaturesSel, 0);
        drv.write32(reg::kDriverFeatures, 1u << 5);
        drv.set_status(kStatusAcknowledge | kStatusDriver | kStatusFeaturesOk);
        CHECK((drv.status() & kStatusFeaturesOk) == 0);
        CHECK(reports.count(MmioTransport::kFeaturesRefused) == 2);
        CHECK_THAT(reports.last_message(MmioTransport::kFeaturesRefused),
                   Catch::Contains("not offered"));

        // 3. v2 without VERSION_1.
        drv.set_status(0);
        drv.set_status(kStatusAcknowledge | kStatusDriver);
        drv.write32(reg::kDriverFeaturesSel, 0);
        drv.write32(reg::kDriverFeatures, 1);
        drv.set_status(kStatusAcknowledge | kStatusDriver | kStatusFeaturesOk);
        CHECK((drv.status() & kStatusFeaturesOk) == 0);
        CHECK_THAT(reports.last_message(MmioTransport::kFeaturesRefused),
                   Catch::Contains("VERSION_1"));

        // DRIVER_OK without FEATURES_OK is not accepted either.
        drv.set_status(kStatusAcknowledge | kStatusDriver | kStatusDriverOk);
        CHECK((drv.status() & kStatusDriverOk) == 0);
        CHECK(reports.count(MmioTransport::kBadSequence) >= 1);

        // A good negotiation afterwards works.
        REQUIRE(drv.init(rig.wanted(), 2));
        CHECK(drv.transact(0, echo_request({9}, 1)));
    }));
}

TEST_CASE("v1 queue setup: ring address is PFN x GuestPageSize, used ring aligned to QueueAlign")
{
    TestRig rig({1, false, true});
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.probe());
        REQUIRE(drv.negotiate(0));
        // Linux's own setup (Align 4096) for queue 1...
        REQUIRE(drv.setup_queue(1, 16));
        drv.write32(reg::kQueueSel, 1);
        CHECK(drv.read32(reg::kQueuePfn) == drv.ring(1).desc / 4096);
        // ...and a hand-made queue 0 with GuestPageSize 1024, QueueAlign 64.
        const unsigned num = 8;
        drv.write32(reg::kGuestPageSize, 1024);
        const uint64_t desc = drv.alloc(4096, 1024);
        drv.write32(reg::kQueueSel, 0);
        drv.write32(reg::kQueueNum, num);
        drv.write32(reg::kQueueAlign, 64);
        drv.write32(reg::kQueuePfn, static_cast<uint32_t>(desc / 1024));
        CHECK(drv.read32(reg::kQueuePfn) == desc / 1024);
        drv.driver_ok();
        // One readable buffer of 4 bytes into a writable one of 4.
        const uint64_t buf = drv.alloc(8);
        drv.mem_write(buf, "ping", 4);
        const uint64_t avail = desc + 16 * num;
        const uint64_t used = (avail + 2 * (3 + num) + 63) / 64 * 64;
        struct { uint64_t a; uint32_t l; uint16_t f, n; } d0{buf, 4, kDescNext, 1},
            d1{buf + 4, 4, kDescWrite, 0};
        drv.mem_write(desc, &d0, 16);
        drv.mem_write(desc + 16, &d1, 16);
        drv.mem_write16(avail + 4, 0);
        drv.mem_write16(avail + 2, 1);
        drv.notify(0);
        drv.sleep(sc_time(1, SC_US));
        CHECK(drv.mem_read16(used + 2) == 1);  // used.idx
        CHECK(drv.mem_read32(used + 4) == 0);  // id
        CHECK(drv.mem_read32(used + 8) == 4);  // len
        CHECK(drv.mem_read(buf + 4, 4) == std::vector<uint8_t>{'p', 'i', 'n', 'g'});
        // Queue 1 still works through the regular path (page size back to 4 KiB).
        drv.write32(reg::kGuestPageSize, 4096);
        auto c = drv.transact(1, echo_request({7, 7}, 2));
        REQUIRE(c);
        CHECK(c->len == 2);
    }));
}

TEST_CASE("v1 QueuePFN 0 stops that queue only")
{
    TestRig rig({1, false, true});
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        const auto r0 = drv.ring(0);
        drv.write32(reg::kQueueSel, 0);
        drv.write32(reg::kQueuePfn, 0);
        CHECK(drv.read32(reg::kQueuePfn) == 0);
        // A request on the stopped queue is never touched.
        drv.submit(0, echo_request({1}, 1));
        drv.notify(0);
        drv.sleep(sc_time(10, SC_US));
        CHECK(drv.mem_read16(r0.device + 2) == 0);
        CHECK(rig.device.requests() == 0);
        CHECK((drv.status() & kStatusDriverOk) != 0);  // the device was not reset
        // Queue 1 is unaffected.
        auto c = drv.transact(1, echo_request({1, 2, 3}, 3));
        REQUIRE(c);
        CHECK(c->len == 3);
        CHECK(rig.device.resets() == 1);  // only the one from negotiate()
    }));
}

TEST_CASE("v2 QueueReady 0 stops all ring access and reads back 0")
{
    TestRig rig({2, false, true});
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        const auto r0 = drv.ring(0);
        drv.write32(reg::kQueueSel, 0);
        CHECK(drv.read32(reg::kQueueReady) == 1);
        drv.write32(reg::kQueueReady, 0);
        CHECK(drv.read32(reg::kQueueReady) == 0);
        drv.submit(0, echo_request({1}, 1));
        drv.notify(0);
        drv.sleep(sc_time(10, SC_US));
        CHECK(drv.mem_read16(r0.device + 2) == 0);
        CHECK(drv.mem_read16(r0.device + 4 + 8 * r0.num) == 0);  // avail_event untouched
        CHECK(rig.device.requests() == 0);
        auto c = drv.transact(1, echo_request({4}, 1));
        REQUIRE(c);
        CHECK(c->data == std::vector<uint8_t>{4});
    }));
}

TEST_CASE("v2 QueueReady 0 while the device holds a request: the used ring is not written")
{
    LoopbackOptions o;
    o.service.latency = sc_time(1, SC_US);
    TestRig rig({2, false, true}, o);
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        const auto r0 = drv.ring(0);
        drv.submit(0, echo_request({1, 2}, 2));
        drv.kick(0);
        drv.sleep(sc_time(200, SC_NS));
        drv.write32(reg::kQueueSel, 0);
        drv.write32(reg::kQueueReady, 0);
        drv.sleep(sc_time(2, SC_US));
        CHECK(rig.device.requests() == 1);           // the device finished it...
        CHECK(drv.mem_read16(r0.device + 2) == 0);   // ...but the ring was not touched
        CHECK(drv.read32(reg::kInterruptStatus) == 0);
    }));
}

TEST_CASE("no ring is touched before DRIVER_OK")
{
    TestRig rig({2, false, true});
    ReportCounter reports;
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.probe());
        REQUIRE(drv.negotiate(rig.wanted()));
        REQUIRE(drv.setup_queue(0));
        drv.submit(0, echo_request({1}, 1));
        drv.notify(0);  // before DRIVER_OK: reported, ignored
        drv.sleep(sc_time(10, SC_US));
        CHECK(reports.count(MmioTransport::kBadSequence) == 1);
        CHECK(drv.mem_read16(drv.ring(0).device + 2) == 0);
        CHECK(rig.device.requests() == 0);
        // DRIVER_OK: the device looks at its queues once, finds the request.
        drv.driver_ok();
        drv.sleep(sc_time(10, SC_US));
        CHECK(drv.mem_read16(drv.ring(0).device + 2) == 1);
    }));
}

TEST_CASE("Status 0 resets device, queues and interrupt status")
{
    TestRig rig({2, false, true});
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        drv.submit(0, echo_request({1}, 1));
        drv.kick(0);
        REQUIRE(drv.wait_irq(sc_time(1, SC_US)));
        CHECK(drv.read32(reg::kInterruptStatus) == kInterruptUsedBuffer);
        const unsigned resets = rig.device.resets();
        drv.set_status(0);
        CHECK(rig.device.resets() == resets + 1);
        CHECK(drv.read32(reg::kStatus) == 0);
        CHECK(drv.read32(reg::kInterruptStatus) == 0);
        CHECK_FALSE(drv.irq_level());
        drv.write32(reg::kQueueSel, 0);
        CHECK(drv.read32(reg::kQueueReady) == 0);
        CHECK(rig.transport.negotiated_features() == 0);
        // Usable again after a fresh init.
        REQUIRE(drv.init(rig.wanted(), 2));
        CHECK(drv.transact(0, echo_request({5}, 1)));
    }));
}

namespace {
void config_space(const Variant& v)
{
    TestRig rig(v);
    ReportCounter reports;
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.probe());
        // Linux access patterns (v1: bytes; v2: 8/16/32 and 64 as two 32).
        CHECK(drv.config_read(0, 1) == 0x11);
        CHECK(drv.config_read(2, 2) == 0x2233);
        CHECK(drv.config_read(4, 4) == 0x44556677);
        CHECK(drv.config_read(8, 8) == 0x8899aabbccddeeffull);
        // Direct 8/16/32-bit accesses work in both versions.
        CHECK(drv.read_reg(reg::kConfig + 0, 1) == 0x11);
        CHECK(drv.read_reg(reg::kConfig + 2, 2) == 0x2233);
        CHECK(drv.read_reg(reg::kConfig + 12, 4) == 0x8899aabb);
        drv.config_write(4, 0xdeadbeef, 4);
        CHECK(rig.device.config()[4] == 0xef);
        CHECK(drv.config_read(4, 4) == 0xdeadbeef);
        drv.write_reg(reg::kConfig + 1, 0x5a, 1);
        CHECK(drv.read_reg(reg::kConfig + 1, 1) == 0x5a);
        CHECK(reports.total() == 0);
        // 64-bit access, misaligned 16-bit access, beyond the config size.
        CHECK(drv.read_reg(reg::kConfig + 8, 8) == 0);
        CHECK(reports.count(MmioTransport::kBadWidth) == 1);
        CHECK(drv.read_reg(reg::kConfig + 3, 2) == 0);
        CHECK(reports.count(MmioTransport::kMisaligned) == 1);
        CHECK(drv.read_reg(reg::kConfig + 16, 4) == 0);
        CHECK(reports.count(MmioTransport::kBadOffset) == 1);
        CHECK(drv.last_response() == tlm::TLM_OK_RESPONSE);
    }));
}
}  // namespace

TEST_CASE("config space 8/16/32-bit accesses v1") { config_space({1, false, true}); }
TEST_CASE("config space 8/16/32-bit accesses v2") { config_space({2, false, true}); }

TEST_CASE("ConfigGeneration changes with the config and a config interrupt is raised")
{
    TestRig rig({2, false, true});
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        const uint32_t gen = drv.read32(reg::kConfigGeneration);
        CHECK_FALSE(drv.irq_level());
        rig.device.change_config(0, 0x99);
        CHECK(drv.read32(reg::kConfigGeneration) != gen);
        CHECK(drv.irq_level());
        CHECK(drv.handle_irq() == kInterruptConfigChange);
        CHECK(drv.config_interrupts() == 1);
        CHECK_FALSE(drv.irq_level());
        CHECK(drv.config_read(0, 1) == 0x99);
    }));
}

TEST_CASE("QueueReset works only with RING_RESET negotiated")
{
    TestRig rig({2, false, true});
    ReportCounter reports;
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        drv.write32(reg::kQueueSel, 0);
        drv.write32(reg::kQueueReset, 1);
        CHECK(reports.count(MmioTransport::kBadSequence) == 1);
        CHECK(drv.read32(reg::kQueueReady) == 1);  // not reset

        REQUIRE(drv.init(rig.wanted() | bit(kFeatureRingReset), 2));
        CHECK(drv.transact(0, echo_request({1}, 1)));
        drv.write32(reg::kQueueSel, 0);
        drv.write32(reg::kQueueReset, 1);
        CHECK(drv.read32(reg::kQueueReset) == 0);  // done
        CHECK(drv.read32(reg::kQueueReady) == 0);
        CHECK(reports.count(MmioTransport::kBadSequence) == 1);
        // Set it up again with a fresh ring while the device stays live.
        REQUIRE(drv.setup_queue(0));
        auto c = drv.transact(0, echo_request({2, 3}, 2));
        REQUIRE(c);
        CHECK(c->data == std::vector<uint8_t>{2, 3});
        CHECK(rig.device.resets() == 2);  // two init()s, no device reset from QueueReset
    }));
}

TEST_CASE("the interrupt line follows InterruptStatus: high on used buffer, low after ACK")
{
    TestRig rig({2, false, true});
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        CHECK_FALSE(drv.irq_level());
        drv.submit(0, echo_request({1, 2}, 2));
        drv.kick(0);
        REQUIRE(drv.wait_irq(sc_time(1, SC_US)));
        CHECK(rig.bench.irq().read());
        CHECK(drv.read32(reg::kInterruptStatus) == kInterruptUsedBuffer);
        drv.write32(reg::kInterruptAck, kInterruptUsedBuffer);
        CHECK(drv.read32(reg::kInterruptStatus) == 0);
        CHECK_FALSE(drv.irq_level());
        auto done = drv.collect(0);
        REQUIRE(done.size() == 1);
        CHECK(done[0].len == 2);
    }));
}

namespace {
void service_time(const Variant& v)
{
    LoopbackOptions o;
    o.service.latency = sc_time(500, SC_NS);
    o.service.bytes_per_second = 1e9;  // 1 byte per ns
    MmioTransportConfig cfg;
    TestRig rig(v, o, cfg);
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        std::vector<uint8_t> payload(100, 0xab);
        drv.submit(0, echo_request(payload, 100));
        const sc_time t0 = sc_core::sc_time_stamp();
        drv.notify(0);
        CHECK(sc_core::sc_time_stamp() == t0);  // the notify write returns at once
        drv.sleep(sc_time(599, SC_NS));
        CHECK(drv.collect(0).empty());  // 500 ns + 100 bytes at 1 GB/s = 600 ns
        CHECK_FALSE(drv.irq_level());
        REQUIRE(drv.wait_irq(sc_time(10, SC_NS)));
        CHECK(sc_core::sc_time_stamp() >= t0 + sc_time(600, SC_NS));
        CHECK(sc_core::sc_time_stamp() <= t0 + sc_time(601, SC_NS));
        auto done = drv.collect(0);
        REQUIRE(done.size() == 1);
        CHECK(done[0].len == 100);
    }));
}
}  // namespace

TEST_CASE("used entry and interrupt appear only after the service time (v2 split)")
{
    service_time({2, false, true});
}
TEST_CASE("used entry and interrupt appear only after the service time (v2 packed)")
{
    service_time({2, true, true});
}
TEST_CASE("used entry and interrupt appear only after the service time (v1)")
{
    service_time({1, false, true});
}

TEST_CASE("zero-latency setting: completion in the same simulated instant")
{
    TestRig rig({2, false, true});
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        const sc_time t0 = sc_core::sc_time_stamp();
        auto c = drv.transact(0, echo_request({1, 2, 3}, 3));
        REQUIRE(c);
        CHECK(sc_core::sc_time_stamp() == t0);
    }));
}

TEST_CASE("register latency is annotated on register accesses")
{
    MmioTransportConfig cfg;
    cfg.register_latency = sc_time(20, SC_NS);
    TestRig rig({2, false, true}, {}, cfg);
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        const sc_time t0 = sc_core::sc_time_stamp();
        drv.read32(reg::kMagic);
        CHECK(sc_core::sc_time_stamp() - t0 == sc_time(20, SC_NS));
    }));
}

TEST_CASE("memory latency of the request adds to the service time")
{
    Variant v{2, false, true};
    v.ram_latency = sc_time(10, SC_NS);
    TestRig rig(v);
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        drv.submit(0, echo_request({1, 2, 3}, 3));
        const sc_time t0 = sc_core::sc_time_stamp();
        drv.notify(0);
        REQUIRE(drv.wait_irq(sc_time(1, SC_US)));
        // Device latency is zero: the delay is the annotated memory latency
        // of the ring and buffer reads (at least avail.idx, avail.ring, two
        // descriptors and the buffer: 5 accesses of 10 ns).
        CHECK(sc_core::sc_time_stamp() - t0 >= sc_time(50, SC_NS));
        CHECK(drv.collect(0).size() == 1);
    }));
}

namespace {
void reset_mid_flight(const Variant& v)
{
    LoopbackOptions o;
    o.service.latency = sc_time(1, SC_US);
    TestRig rig(v, o);
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        drv.submit(0, echo_request({1, 2, 3, 4}, 4));
        drv.kick(0);
        drv.sleep(sc_time(200, SC_NS));  // the device holds the request now
        REQUIRE(drv.init(rig.wanted(), 2));  // Status 0 and a fresh setup
        const auto r0 = drv.ring(0);
        drv.sleep(sc_time(2, SC_US));  // the stale request completes inside the device
        CHECK(rig.device.requests() == 1);
        // ...but is dropped: the new ring is untouched and no interrupt.
        if (r0.packed)
            CHECK(drv.mem_read16(r0.desc + 14) == 0);
        else
            CHECK(drv.mem_read16(r0.device + 2) == 0);
        CHECK_FALSE(drv.irq_level());
        CHECK(drv.read32(reg::kInterruptStatus) == 0);
        // The device is fully usable.
        auto c = drv.transact(0, echo_request({7}, 1), sc_time(10, SC_US));
        REQUIRE(c);
        CHECK(c->data == std::vector<uint8_t>{7});
    }));
}
}  // namespace

TEST_CASE("reset mid-flight drops the stale request (v2 split)") { reset_mid_flight({2, false, true}); }
TEST_CASE("reset mid-flight drops the stale request (v2 packed)") { reset_mid_flight({2, true, true}); }
TEST_CASE("reset mid-flight drops the stale request (v1)") { reset_mid_flight({1, false, true}); }

TEST_CASE("the bench can run several bodies in one simulation")
{
    TestRig rig({2, false, true});
    REQUIRE(rig.run([&](VirtioDriver& drv) { REQUIRE(drv.init(rig.wanted(), 2)); }));
    const sc_time t1 = sc_core::sc_time_stamp();
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        drv.sleep(sc_time(5, SC_US));
        CHECK(drv.transact(0, echo_request({1}, 1)));
    }));
    CHECK(sc_core::sc_time_stamp() == t1 + sc_time(5, SC_US));
    // A body that does not finish within the limit is reported as such.
    CHECK_FALSE(rig.run([&](VirtioDriver& drv) { drv.sleep(sc_time(1, sc_core::SC_SEC)); },
                        sc_time(10, SC_US)));
}

TEST_CASE("debug reads return register values without side effects or reports")
{
    TestRig rig({2, false, true});
    ReportCounter reports;
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        auto dbg_read = [&](uint32_t offset) {
            uint32_t v = 0xdeadbeef;
            tlm::tlm_generic_payload tx;
            tx.set_command(tlm::TLM_READ_COMMAND);
            tx.set_address(VirtioBench::kMmioBase + offset);
            tx.set_data_ptr(reinterpret_cast<unsigned char*>(&v));
            tx.set_data_length(4);
            tx.set_streaming_width(4);
            const unsigned n = drv.bus->transport_dbg(tx);
            return std::make_pair(n, v);
        };
        CHECK(dbg_read(reg::kMagic) == std::make_pair(4u, MmioTransport::kMagic));
        CHECK(dbg_read(reg::kStatus).second == drv.status());
        drv.write32(reg::kQueueSel, 9);
        CHECK(dbg_read(reg::kQueueReady).second == 0);  // no such queue: 0, no report
        CHECK(dbg_read(reg::kQueueNotify).first == 0);  // write-only: nothing
        CHECK(reports.total() == 0);
    }));
}
