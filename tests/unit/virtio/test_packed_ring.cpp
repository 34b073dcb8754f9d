// Packed ring tests (virtio 1.2 §2.8) through the testbench driver, with DMI
// and with b_transport-only RAM: round trips, wrap counters over several
// laps, indirect tables, and driver event suppression (enable, disable, desc).
#include <catch2/catch.hpp>

#include "virtio_test_rig.h"

using namespace vp::virtio;
using namespace vp::virtio::test;
using sc_core::sc_time;
using sc_core::SC_US;

#define PACKED_VARIANTS(title, fn)                                              \
    TEST_CASE(title " (v2 packed)") { fn(Variant{2, true, true}); }             \
    TEST_CASE(title " (v2 packed b_transport-only)") { fn(Variant{2, true, false}); }

namespace {

std::vector<uint8_t> pattern(size_t n, uint8_t seed)
{
    std::vector<uint8_t> v(n);
    for (size_t i = 0; i < n; ++i)
        v[i] = static_cast<uint8_t>(seed * 3 + i);
    return v;
}

void round_trip(Variant v)
{
    TestRig rig(v);
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        REQUIRE(drv.packed());
        CHECK(rig.transport.negotiated_features() & bit(kFeatureRingPacked));
        VirtioDriver::Request req;
        req.out = {pattern(7, 1), pattern(5, 2)};
        req.in = {8, 8};
        const int token = drv.submit(0, req);
        REQUIRE(token >= 0);
        CHECK(drv.kick(0));
        REQUIRE(drv.wait_irq(sc_time(1, SC_US)));
        CHECK(drv.handle_irq() == kInterruptUsedBuffer);
        CHECK_FALSE(drv.irq_level());
        auto done = drv.collect(0);
        REQUIRE(done.size() == 1);
        CHECK(done[0].token == token);
        CHECK(done[0].len == 12);
        auto expect = pattern(7, 1);
        auto b = pattern(5, 2);
        expect.insert(expect.end(), b.begin(), b.end());
        expect.resize(16, 0);
        CHECK(done[0].data == expect);
        // The used element sits in slot 0 with AVAIL == USED == 1 and the id.
        const auto& r = drv.ring(0);
        CHECK((drv.mem_read16(r.desc + 14) & (kDescAvail | kDescUsed)) == (kDescAvail | kDescUsed));
        CHECK(drv.mem_read16(r.desc + 12) == token);
        CHECK(drv.mem_read32(r.desc + 8) == 12);
    }));
    if (v.dmi)
        CHECK(rig.transport.memory.dmi_accesses() > 0);
    else
        CHECK(rig.transport.memory.dmi_accesses() == 0);
}

void wrap_counters(Variant v)
{
    TestRig rig(v);
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        // 5-entry ring (packed sizes need not be powers of two), chains of 3
        // descriptors: the chains straddle the end of the ring on every lap.
        drv.probe();
        REQUIRE(drv.negotiate(rig.wanted()));
        REQUIRE(drv.setup_queue(0, 5));
        drv.driver_ok();
        for (int i = 0; i < 12; ++i) {
            VirtioDriver::Request req;
            req.out = {pattern(2, static_cast<uint8_t>(i)), pattern(1, static_cast<uint8_t>(i + 50))};
            req.in = {3};
            auto c = drv.transact(0, req);
            REQUIRE(c);
            CHECK(c->len == 3);
            auto expect = pattern(2, static_cast<uint8_t>(i));
            expect.push_back(pattern(1, static_cast<uint8_t>(i + 50))[0]);
            CHECK(c->data == expect);
        }
        // 36 slots over a 5-entry ring: 7 full laps, the counter flipped 7 times.
        const auto& r = drv.ring(0);
        CHECK(r.next_used == 36 % 5);
        CHECK(r.used_wrap == false);
        CHECK(rig.device.requests() == 12);
    }));
}

void indirect_table(Variant v)
{
    TestRig rig(v);
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2, 4));
        VirtioDriver::Request req;
        req.out = {pattern(4, 1), pattern(4, 2), pattern(4, 3)};
        req.in = {12};
        req.indirect = true;  // 4 buffers through one slot of a 4-entry ring
        auto c = drv.transact(0, req);
        REQUIRE(c);
        CHECK(c->len == 12);
        CHECK(std::vector<uint8_t>(c->data.begin(), c->data.begin() + 4) == pattern(4, 1));
        CHECK(drv.ring(0).next_used == 1);  // one slot consumed
    }));
}

void suppression(Variant v)
{
    TestRig rig(v);
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(true, true), 2, 8));
        // Disable: completions without interrupts.
        drv.disable_cb(0);
        drv.submit(0, VirtioDriver::Request{{{1}}, {1}, false});
        drv.kick(0);
        drv.sleep(sc_time(1, SC_US));
        CHECK_FALSE(drv.irq_level());
        CHECK(drv.collect(0).size() == 1);
        // Desc mode: interrupt only when the device uses slot 6 of this lap.
        // Each request is a chain of two descriptors: slots 0-1 were used above.
        drv.set_used_event(0, 6 | 0x8000);
        for (int i = 0; i < 2; ++i) {  // slots 2-3 and 4-5
            drv.submit(0, VirtioDriver::Request{{{2}}, {1}, false});
            drv.kick(0);
            drv.sleep(sc_time(1, SC_US));
            CHECK_FALSE(drv.irq_level());
        }
        CHECK(drv.collect(0).size() == 2);
        drv.submit(0, VirtioDriver::Request{{{3}}, {1}, false});  // slots 6-7
        drv.kick(0);
        REQUIRE(drv.wait_irq(sc_time(1, SC_US)));
        CHECK(drv.handle_irq() == kInterruptUsedBuffer);
        CHECK(drv.collect(0).size() == 1);
        // Enable again: every completion interrupts.
        drv.enable_cb(0);
        CHECK(drv.transact(0, VirtioDriver::Request{{{4}}, {1}, false}));
    }));
}

void desc_mode_ignored_without_event_idx(Variant v)
{
    TestRig rig(v);
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(true, false), 2, 8));
        drv.set_used_event(0, 5 | 0x8000);  // desc mode, not negotiated: acts as enable
        drv.submit(0, VirtioDriver::Request{{{1}}, {1}, false});
        drv.kick(0);
        CHECK(drv.wait_irq(sc_time(1, SC_US)));
    }));
}

}  // namespace

PACKED_VARIANTS("notify gives a used descriptor with the written length and an interrupt", round_trip)
PACKED_VARIANTS("wrap counters over several laps", wrap_counters)
PACKED_VARIANTS("indirect tables", indirect_table)
PACKED_VARIANTS("event suppression: disable and desc modes", suppression)
PACKED_VARIANTS("desc mode without EVENT_IDX interrupts like enable", desc_mode_ignored_without_event_idx)

TEST_CASE("RING_PACKED is not offered in v1: a v1 driver always gets split rings")
{
    TestRig rig({1, true, true});
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        CHECK_FALSE(drv.packed());
        CHECK((rig.transport.negotiated_features() & bit(kFeatureRingPacked)) == 0);
        CHECK(drv.transact(0, VirtioDriver::Request{{{1}}, {1}, false}));
    }));
}
