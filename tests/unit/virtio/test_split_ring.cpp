// Split ring tests (virtio 1.2 §2.7) through the testbench driver, for the
// legacy and modern register maps, with DMI and with b_transport-only RAM:
// round trips with used len, indirect chains, ring wrap-around, EVENT_IDX
// (used_event / avail_event) and NO_INTERRUPT.
#include <catch2/catch.hpp>

#include "bus/router.h"
#include "memory/memory.h"
#include "virtio_test_rig.h"

using namespace vp::virtio;
using namespace vp::virtio::test;
using sc_core::sc_time;
using sc_core::SC_NS;
using sc_core::SC_US;

// Runs fn for: v1 and v2, DMI and b_transport-only memory.
#define SPLIT_VARIANTS(title, fn)                                                  \
    TEST_CASE(title " (v1 split)") { fn(Variant{1, false, true}); }                \
    TEST_CASE(title " (v2 split)") { fn(Variant{2, false, true}); }                \
    TEST_CASE(title " (v1 split b_transport-only)") { fn(Variant{1, false, false}); } \
    TEST_CASE(title " (v2 split b_transport-only)") { fn(Variant{2, false, false}); }

namespace {

std::vector<uint8_t> pattern(size_t n, uint8_t seed)
{
    std::vector<uint8_t> v(n);
    for (size_t i = 0; i < n; ++i)
        v[i] = static_cast<uint8_t>(seed + i * 7);
    return v;
}

void check_memory_path(TestRig& rig)
{
    if (rig.variant.dmi) {
        CHECK(rig.transport.memory.dmi_accesses() > 0);
    } else {
        CHECK(rig.transport.memory.dmi_accesses() == 0);
        CHECK(rig.transport.memory.transport_accesses() > 0);
    }
}

void round_trip(Variant v)
{
    TestRig rig(v);
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        // Three readable segments into two writable ones (6 + 4 bytes).
        VirtioDriver::Request req;
        req.out = {pattern(3, 1), pattern(4, 10), pattern(2, 20)};
        req.in = {6, 4};
        drv.submit(0, req);
        CHECK(drv.kick(0));
        REQUIRE(drv.wait_irq(sc_time(1, SC_US)));
        CHECK(drv.handle_irq() == kInterruptUsedBuffer);
        CHECK_FALSE(drv.irq_level());
        auto done = drv.collect(0);
        REQUIRE(done.size() == 1);
        CHECK(done[0].len == 9);  // bytes the device wrote
        std::vector<uint8_t> expect = pattern(3, 1);
        auto b = pattern(4, 10), c = pattern(2, 20);
        expect.insert(expect.end(), b.begin(), b.end());
        expect.insert(expect.end(), c.begin(), c.end());
        expect.push_back(0);  // the 10th writable byte is untouched
        CHECK(done[0].data == expect);
        CHECK(drv.in_flight(0) == 0);
    }));
    check_memory_path(rig);
}

void indirect_chain(Variant v)
{
    TestRig rig(v);
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2, 8));
        // Six buffers in an indirect table: the chain takes one ring descriptor.
        VirtioDriver::Request req;
        for (int i = 0; i < 4; ++i)
            req.out.push_back(pattern(5, static_cast<uint8_t>(i * 16)));
        req.in = {10, 10};
        req.indirect = true;
        const int token = drv.submit(0, req);
        REQUIRE(token >= 0);
        CHECK(drv.ring(0).free.size() == 7);
        drv.kick(0);
        REQUIRE(drv.wait_irq(sc_time(1, SC_US)));
        drv.handle_irq();
        auto done = drv.collect(0);
        REQUIRE(done.size() == 1);
        const auto* c = &done[0];
        CHECK(c->token == token);
        CHECK(c->len == 20);
        CHECK(std::vector<uint8_t>(c->data.begin(), c->data.begin() + 5) == pattern(5, 0));
        CHECK(std::vector<uint8_t>(c->data.begin() + 15, c->data.end()) == pattern(5, 48));
        CHECK(drv.ring(0).free.size() == 8);
    }));
}

void wrap_around(Variant v)
{
    TestRig rig(v);
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2, 4));
        // 40 requests through a 4-entry ring, two chains at a time.
        for (int i = 0; i < 20; ++i) {
            std::vector<int> tokens;
            for (int k = 0; k < 2; ++k) {
                VirtioDriver::Request req;
                req.out = {pattern(2, static_cast<uint8_t>(i * 2 + k))};
                req.in = {2};
                tokens.push_back(drv.submit(0, req));
                REQUIRE(tokens.back() >= 0);
            }
            drv.kick(0);
            std::vector<VirtioDriver::Completion> all;
            while (all.size() < 2) {
                REQUIRE(drv.wait_irq(sc_time(1, SC_US)));
                drv.handle_irq();
                for (auto& c : drv.collect(0))
                    all.push_back(c);
            }
            REQUIRE(all.size() == 2);
            for (int k = 0; k < 2; ++k) {
                CHECK(all[k].token == tokens[k]);
                CHECK(all[k].data == pattern(2, static_cast<uint8_t>(i * 2 + k)));
            }
        }
        CHECK(drv.ring(0).last_used == 40);
        CHECK(rig.device.requests() == 40);
    }));
}

void event_idx_suppression(Variant v)
{
    TestRig rig(v);
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(true, true), 2));
        const auto& r = drv.ring(0);
        // used_event = 2: interrupts only when used idx passes 2 -> 3.
        drv.set_used_event(0, 2);
        for (int i = 0; i < 2; ++i) {
            drv.submit(0, echo_request({static_cast<uint8_t>(i)}, 1));
            drv.kick(0);
            drv.sleep(sc_time(1, SC_US));
            CHECK_FALSE(drv.irq_level());
            CHECK(drv.read32(reg::kInterruptStatus) == 0);
        }
        CHECK(drv.mem_read16(r.device + 2) == 2);  // both used entries are there
        drv.submit(0, echo_request({2}, 1));
        drv.kick(0);
        REQUIRE(drv.wait_irq(sc_time(1, SC_US)));  // used idx 2 -> 3 crosses used_event
        CHECK(drv.handle_irq() == kInterruptUsedBuffer);
        CHECK(drv.collect(0).size() == 3);
        // avail_event: the device asks to be notified at the next entry.
        CHECK(drv.mem_read16(r.device + 4 + 8 * r.num) == 3);
        // With avail_event == avail idx the driver's kick for a 4th buffer notifies.
        drv.submit(0, echo_request({3}, 1));
        CHECK(drv.kick(0));
        // A kick without anything new does not.
        CHECK_FALSE(drv.kick(0));
    }));
}

void no_interrupt_flag(Variant v)
{
    TestRig rig(v);
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(true, false), 2));  // no EVENT_IDX
        drv.disable_cb(0);  // avail.flags = NO_INTERRUPT
        drv.submit(0, echo_request({1}, 1));
        CHECK(drv.kick(0));  // no EVENT_IDX: used.flags has no NO_NOTIFY, so notify
        drv.sleep(sc_time(1, SC_US));
        CHECK_FALSE(drv.irq_level());
        auto done = drv.collect(0);
        REQUIRE(done.size() == 1);  // completed silently
        drv.enable_cb(0);
        auto c = drv.transact(0, echo_request({2}, 1));
        REQUIRE(c);
        CHECK(drv.config_interrupts() == 0);
    }));
}

void event_idx_ignores_no_interrupt(Variant v)
{
    // With EVENT_IDX the device must ignore avail.flags (§2.7.10).
    TestRig rig(v);
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(true, true), 2));
        drv.mem_write16(drv.ring(0).driver, 1);  // NO_INTERRUPT, but used_event = 0
        drv.submit(0, echo_request({1}, 1));
        drv.kick(0);
        CHECK(drv.wait_irq(sc_time(1, SC_US)));
    }));
}

}  // namespace

SPLIT_VARIANTS("notify gives a used entry with the written length and an interrupt", round_trip)
SPLIT_VARIANTS("indirect chains", indirect_chain)
SPLIT_VARIANTS("the ring wraps around", wrap_around)
SPLIT_VARIANTS("EVENT_IDX: no interrupt until used_event is passed", event_idx_suppression)
SPLIT_VARIANTS("NO_INTERRUPT is honoured without EVENT_IDX", no_interrupt_flag)
SPLIT_VARIANTS("NO_INTERRUPT is ignored with EVENT_IDX", event_idx_ignores_no_interrupt)

TEST_CASE("a buffer spanning RAM behind two router mappings works")
{
    // Two RAM regions back to back: a buffer crossing the boundary.
    Variant v{2, false, true};
    TestRig rig(v);
    vp::memory::MemoryConfig mc;
    mc.size = 0x10000;
    vp::memory::Memory ram2("ram2", mc);
    const uint64_t base2 = rig.bench.options().ram_base + rig.bench.options().ram_size;
    rig.bench.router().map(ram2.socket, base2, mc.size, "ram2");
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        const uint64_t src = base2 - 8;  // 8 bytes in RAM 1, 8 in RAM 2
        const auto data = pattern(16, 3);
        drv.mem_write(src, data.data(), 16);
        const uint64_t dst = drv.alloc(16);
        const int token = drv.submit_segments(0, {{src, 16, false}, {dst, 16, true}}, false);
        REQUIRE(token >= 0);
        drv.kick(0);
        REQUIRE(drv.wait_irq(sc_time(1, SC_US)));
        drv.handle_irq();
        auto done = drv.collect(0);
        REQUIRE(done.size() == 1);
        CHECK(done[0].len == 16);
        CHECK(done[0].data == data);
    }));
}

namespace {
void direct_then_indirect(Variant v)
{
    // §2.7.5.3.2: the device must handle normal descriptors followed by a
    // single indirect one (whose WRITE flag it ignores).
    TestRig rig(v);
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2, 8));
        const uint64_t in = drv.alloc(4), out = drv.alloc(4), table = drv.alloc(16);
        drv.mem_write(in, "wxyz", 4);
        struct { uint64_t a; uint32_t l; uint16_t f, n; } entry{out, 4, kDescWrite, 0};
        drv.mem_write(table, &entry, 16);
        drv.write_split_desc(0, 0, in, 4, kDescNext, 1);
        drv.write_split_desc(0, 1, table, 16, kDescIndirect | kDescWrite, 0);
        drv.publish_split(0, 0);
        drv.notify(0);
        REQUIRE(drv.wait_irq(sc_time(1, SC_US)));
        const auto& r = drv.ring(0);
        CHECK(drv.mem_read16(r.device + 2) == 1);
        CHECK(drv.mem_read32(r.device + 4) == 0);  // id = head
        CHECK(drv.mem_read32(r.device + 8) == 4);  // len
        CHECK(drv.mem_read(out, 4) == std::vector<uint8_t>{'w', 'x', 'y', 'z'});
    }));
}
}  // namespace

SPLIT_VARIANTS("direct descriptors followed by an indirect table", direct_then_indirect)
