// Bad driver behaviour: every case gets a warning with a stable message type,
// the simulation continues, ring corruption sets DEVICE_NEEDS_RESET (and in
// v2 raises a config-change interrupt), the broken queue stays stopped, and
// the device works again after a reset.
#include <catch2/catch.hpp>

#include "virtio/virtqueue.h"
#include "virtio_test_rig.h"

using namespace vp::virtio;
using namespace vp::virtio::test;
using sc_core::sc_time;
using sc_core::SC_US;

namespace {

constexpr uint64_t kUnmapped = 0x1000;  // nothing is mapped here on the bench

// After a bad access: the device still answers and still works.
void still_works(VirtioDriver& drv, TestRig& rig)
{
    CHECK(drv.read32(reg::kMagic) == MmioTransport::kMagic);
    REQUIRE(drv.init(rig.wanted(), 2));
    auto c = drv.transact(0, echo_request({1, 2}, 2));
    REQUIRE(c);
    CHECK(c->data == std::vector<uint8_t>{1, 2});
}

}  // namespace

// ---- Register accesses -----------------------------------------------------------

TEST_CASE("wrong access width is reported and ignored")
{
    TestRig rig({2, false, true});
    ReportCounter reports;
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        CHECK(drv.read_reg(reg::kStatus, 2) == 0);  // 16-bit read of a register
        CHECK(reports.count(MmioTransport::kBadWidth) == 1);
        CHECK_THAT(reports.last_message(MmioTransport::kBadWidth), Catch::Contains("Status"));
        CHECK_THAT(reports.last_message(MmioTransport::kBadWidth), Catch::Contains("32-bit"));
        drv.write_reg(reg::kStatus, 0, 1);  // an 8-bit "reset" must not reset
        CHECK(reports.count(MmioTransport::kBadWidth) == 2);
        CHECK((drv.status() & kStatusDriverOk) != 0);
        drv.write_reg(reg::kQueueSel, 1, 8);  // 64-bit
        CHECK(reports.count(MmioTransport::kBadWidth) == 3);
        still_works(drv, rig);
    }));
}

TEST_CASE("misaligned register access is reported and ignored")
{
    TestRig rig({2, false, true});
    ReportCounter reports;
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        CHECK(drv.read32(reg::kMagic + 2) == 0);
        CHECK(reports.count(MmioTransport::kMisaligned) == 1);
        drv.write32(reg::kStatus + 1, 0xff);
        CHECK(reports.count(MmioTransport::kMisaligned) == 2);
        CHECK(drv.status() == 0);
        still_works(drv, rig);
    }));
}

namespace {
void unknown_offsets(Variant v)
{
    TestRig rig(v);
    ReportCounter reports;
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        CHECK(drv.read32(0x0f0) == 0);  // a hole in the map
        CHECK(reports.count(MmioTransport::kBadOffset) == 1);
        // A register of the other version.
        const uint32_t other = v.version == 2 ? reg::kQueuePfn : reg::kQueueReady;
        drv.write32(reg::kQueueSel, 0);
        drv.write32(other, 1);
        CHECK(reports.count(MmioTransport::kBadOffset) == 2);
        CHECK_THAT(reports.last_message(MmioTransport::kBadOffset),
                   Catch::Contains(v.version == 2 ? "QueuePFN" : "QueueReady"));
        CHECK(drv.read32(other) == 0);
        if (v.version == 1) {  // v2-only registers are holes in v1
            CHECK(drv.read32(reg::kConfigGeneration) == 0);
            CHECK(drv.read32(reg::kShmLenLow) == 0);
            CHECK(reports.count(MmioTransport::kBadOffset) == 5);
        }
        still_works(drv, rig);
    }));
}
}  // namespace

TEST_CASE("unknown offsets and registers of the other version (v1)") { unknown_offsets({1, false, true}); }
TEST_CASE("unknown offsets and registers of the other version (v2)") { unknown_offsets({2, false, true}); }

TEST_CASE("reads of write-only and writes to read-only registers")
{
    TestRig rig({2, false, true});
    ReportCounter reports;
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        CHECK(drv.read32(reg::kQueueNotify) == 0);
        CHECK(reports.count(MmioTransport::kWriteOnly) == 1);
        CHECK_THAT(reports.last_message(MmioTransport::kWriteOnly), Catch::Contains("QueueNotify"));
        CHECK(drv.read32(reg::kInterruptAck) == 0);
        CHECK(reports.count(MmioTransport::kWriteOnly) == 2);
        drv.write32(reg::kMagic, 0);
        CHECK(reports.count(MmioTransport::kReadOnly) == 1);
        CHECK_THAT(reports.last_message(MmioTransport::kReadOnly), Catch::Contains("MagicValue"));
        CHECK(drv.read32(reg::kMagic) == MmioTransport::kMagic);
        drv.write32(reg::kInterruptStatus, 1);
        drv.write32(reg::kQueueNumMax, 4);
        CHECK(reports.count(MmioTransport::kReadOnly) == 3);
        CHECK(drv.read32(reg::kQueueNumMax) == 256);
        CHECK(drv.read32(reg::kInterruptStatus) == 0);
        still_works(drv, rig);
    }));
}

namespace {
void bad_queue_num(Variant v)
{
    TestRig rig(v);
    ReportCounter reports;
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.probe());
        REQUIRE(drv.negotiate(rig.wanted()));
        drv.write32(reg::kQueueSel, 0);
        drv.write32(reg::kQueueNum, 512);  // above QueueNumMax 256
        CHECK(reports.count(MmioTransport::kBadValue) == 1);
        CHECK_THAT(reports.last_message(MmioTransport::kBadValue), Catch::Contains("QueueNum 512"));
        CHECK(rig.transport.queue_size(0) == 256);
        drv.write32(reg::kQueueNum, 0);
        CHECK(reports.count(MmioTransport::kBadValue) == 2);
        drv.write32(reg::kQueueNum, 100);  // not a power of two
        if (v.packed) {
            CHECK(reports.count(MmioTransport::kBadValue) == 2);  // fine for packed rings
            CHECK(rig.transport.queue_size(0) == 100);
        } else {
            CHECK(reports.count(MmioTransport::kBadValue) == 3);
            CHECK_THAT(reports.last_message(MmioTransport::kBadValue),
                       Catch::Contains("power of two"));
            CHECK(rig.transport.queue_size(0) == 256);
        }
        drv.write32(reg::kQueueSel, 7);  // no such queue
        drv.write32(reg::kQueueNum, 8);
        CHECK(reports.count(MmioTransport::kBadValue) == (v.packed ? 3 : 4));
        still_works(drv, rig);
    }));
}
}  // namespace

TEST_CASE("QueueNum above the maximum or not a power of two (v1 split)") { bad_queue_num({1, false, true}); }
TEST_CASE("QueueNum above the maximum or not a power of two (v2 split)") { bad_queue_num({2, false, true}); }
TEST_CASE("QueueNum above the maximum is refused but any size is fine for packed") { bad_queue_num({2, true, true}); }

// ---- Ring corruption -------------------------------------------------------------------

namespace {

using Corrupt = std::function<void(VirtioDriver&, TestRig&)>;

// Sets up queue 0 with 8 entries (and queue 1), lets `corrupt` write a bad
// chain and notify, then checks: one report of `type`, NEEDS_RESET, the
// config interrupt (v2 only), queue 0 stays stopped while queue 1 works, and
// everything works after a reset.
void expect_ring_error(Variant v, const char* type, const Corrupt& corrupt)
{
    TestRig rig(v);
    ReportCounter reports;
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2, 8));
        corrupt(drv, rig);
        drv.sleep(sc_time(1, SC_US));
        CHECK(reports.count(type) == 1);
        INFO(reports.last_message(type));
        CHECK_THAT(reports.last_message(type), Catch::Contains("queue 0"));
        CHECK((drv.status() & kStatusDeviceNeedsReset) != 0);
        CHECK(rig.transport.queue_broken(0));
        if (v.version == 2) {
            CHECK(drv.irq_level());
            CHECK((drv.read32(reg::kInterruptStatus) & kInterruptConfigChange) != 0);
            CHECK((drv.handle_irq() & kInterruptConfigChange) != 0);
        } else {
            CHECK((drv.read32(reg::kInterruptStatus) & kInterruptConfigChange) == 0);
        }
        // The broken queue stays stopped: a good request there is not served.
        const unsigned served = rig.device.requests();
        drv.notify(0);
        drv.sleep(sc_time(1, SC_US));
        CHECK(rig.device.requests() == served);
        // The other queue still works.
        CHECK(drv.transact(1, echo_request({5}, 1)));
        const unsigned total = reports.total();
        still_works(drv, rig);
        CHECK(reports.total() == total);  // no new reports after the reset
        CHECK((drv.status() & kStatusDeviceNeedsReset) == 0);
    }));
}

// Split-ring corruptions on queue 0 (8 entries).
void split_loop(VirtioDriver& drv, TestRig&)
{
    const uint64_t buf = drv.alloc(64);
    drv.write_split_desc(0, 0, buf, 8, kDescNext, 1);
    drv.write_split_desc(0, 1, buf + 8, 8, kDescNext, 2);
    drv.write_split_desc(0, 2, buf + 16, 8, kDescNext, 0);  // back to 0
    drv.publish_split(0, 0);
    drv.notify(0);
}

void split_next_out_of_range(VirtioDriver& drv, TestRig&)
{
    const uint64_t buf = drv.alloc(64);
    drv.write_split_desc(0, 0, buf, 8, kDescNext, 8);
    drv.publish_split(0, 0);
    drv.notify(0);
}

void split_head_out_of_range(VirtioDriver& drv, TestRig&)
{
    drv.publish_split(0, 12);
    drv.notify(0);
}

void split_avail_jump(VirtioDriver& drv, TestRig&)
{
    drv.set_avail_idx(0, 9);  // 9 new entries in an 8-entry ring
    drv.notify(0);
}

void split_order(VirtioDriver& drv, TestRig&)
{
    const uint64_t buf = drv.alloc(64);
    drv.write_split_desc(0, 0, buf, 8, kDescWrite | kDescNext, 1);
    drv.write_split_desc(0, 1, buf + 8, 8, 0, 0);  // readable after writable
    drv.publish_split(0, 0);
    drv.notify(0);
}

void write_split_table(VirtioDriver& drv, uint64_t table, unsigned n, uint16_t extra_flags_at_0)
{
    const uint64_t buf = drv.alloc(16 * n);
    for (unsigned i = 0; i < n; ++i) {
        struct { uint64_t a; uint32_t l; uint16_t f, n; } d{
            buf + 16 * i, 16,
            static_cast<uint16_t>((i + 1 < n ? kDescNext : 0) | (i == 0 ? extra_flags_at_0 : 0)),
            static_cast<uint16_t>(i + 1 < n ? i + 1 : 0)};
        drv.mem_write(table + 16 * i, &d, 16);
    }
}

void split_chain_too_long(VirtioDriver& drv, TestRig&)
{
    const uint64_t table = drv.alloc(16 * 9);
    write_split_table(drv, table, 9, 0);  // 9 chained descriptors, queue size 8
    drv.write_split_desc(0, 0, table, 16 * 9, kDescIndirect, 0);
    drv.publish_split(0, 0);
    drv.notify(0);
}

void split_nested_indirect(VirtioDriver& drv, TestRig&)
{
    const uint64_t table = drv.alloc(16 * 2);
    write_split_table(drv, table, 2, kDescIndirect);
    drv.write_split_desc(0, 0, table, 32, kDescIndirect, 0);
    drv.publish_split(0, 0);
    drv.notify(0);
}

void split_indirect_len(uint32_t len, uint16_t flags, VirtioDriver& drv)
{
    const uint64_t table = drv.alloc(64);
    write_split_table(drv, table, 2, 0);
    drv.write_split_desc(0, 0, table, len, static_cast<uint16_t>(kDescIndirect | flags), 1);
    drv.write_split_desc(0, 1, table, 8, 0, 0);
    drv.publish_split(0, 0);
    drv.notify(0);
}

void split_buffer_outside_memory(VirtioDriver& drv, TestRig&)
{
    const uint64_t buf = drv.alloc(64);
    drv.write_split_desc(0, 0, kUnmapped, 8, kDescNext, 1);
    drv.write_split_desc(0, 1, buf, 8, kDescWrite, 0);
    drv.publish_split(0, 0);
    drv.notify(0);
}

void ring_outside_memory(VirtioDriver& drv, TestRig& rig)
{
    // Queue 0 re-programmed with its descriptor table where nothing is mapped.
    const bool v1 = rig.variant.version == 1;
    drv.write32(reg::kQueueSel, 0);
    if (v1) {
        drv.write32(reg::kQueuePfn, 0);
        drv.write32(reg::kQueuePfn, kUnmapped / 4096);
        drv.write32(reg::kQueueNotify, 0);  // avail ring is at 0x1000 + 128: unmapped too
        return;
    }
    drv.write32(reg::kQueueReady, 0);
    drv.write32(reg::kQueueDescLow, kUnmapped);
    drv.write32(reg::kQueueReady, 1);
    drv.submit(0, echo_request({1}, 1));
    drv.notify(0);
}

}  // namespace

#define RING_ERROR_SPLIT(title, type, fn)                                                    \
    TEST_CASE(title " (v2 split)") { expect_ring_error({2, false, true}, type, fn); }                \
    TEST_CASE(title " (v1 split)") { expect_ring_error({1, false, true}, type, fn); }                \
    TEST_CASE(title " (v2 split b_transport-only)") { expect_ring_error({2, false, false}, type, fn); }

RING_ERROR_SPLIT("descriptor loop", ring_error::kLoop, split_loop)
RING_ERROR_SPLIT("next out of range", ring_error::kBadIndex, split_next_out_of_range)
RING_ERROR_SPLIT("head out of range", ring_error::kBadIndex, split_head_out_of_range)
RING_ERROR_SPLIT("avail idx jumps by more than the queue size", ring_error::kAvailIdx, split_avail_jump)
RING_ERROR_SPLIT("writable descriptor before a readable one", ring_error::kOrder, split_order)
RING_ERROR_SPLIT("chain longer than the queue", ring_error::kChainTooLong, split_chain_too_long)
RING_ERROR_SPLIT("nested indirect table", ring_error::kNestedIndirect, split_nested_indirect)
RING_ERROR_SPLIT("zero-length indirect table", ring_error::kBadIndirect,
                 [](VirtioDriver& d, TestRig&) { split_indirect_len(0, 0, d); })
RING_ERROR_SPLIT("indirect table length not a multiple of 16", ring_error::kBadIndirect,
                 [](VirtioDriver& d, TestRig&) { split_indirect_len(24, 0, d); })
RING_ERROR_SPLIT("indirect descriptor with NEXT", ring_error::kBadIndirect,
                 [](VirtioDriver& d, TestRig&) { split_indirect_len(32, kDescNext, d); })
RING_ERROR_SPLIT("buffer outside memory", ring_error::kBadAddress, split_buffer_outside_memory)
RING_ERROR_SPLIT("ring outside memory", ring_error::kBadAddress, ring_outside_memory)

// Packed-ring corruptions on queue 0 (8 entries, wrap counter 1: AVAIL set).
namespace {

void packed_chain_too_long(VirtioDriver& drv, TestRig&)
{
    const uint64_t buf = drv.alloc(16 * 8);
    for (uint16_t i = 8; i-- > 0;)  // every slot chains to the next, forever
        drv.write_packed_desc(0, i, buf + 16 * i, 16, 0, kDescNext | kDescAvail);
    drv.notify(0);
}

void write_packed_table(VirtioDriver& drv, uint64_t table, unsigned n, uint16_t flags_at_0)
{
    const uint64_t buf = drv.alloc(16 * n);
    for (unsigned i = 0; i < n; ++i) {
        struct { uint64_t a; uint32_t l; uint16_t id, f; } d{buf + 16 * i, 16, 0,
                                                             static_cast<uint16_t>(i == 0 ? flags_at_0 : 0)};
        drv.mem_write(table + 16 * i, &d, 16);
    }
}

void packed_indirect(uint32_t len, uint16_t flags, uint16_t table_flags, VirtioDriver& drv)
{
    const uint64_t table = drv.alloc(64);
    write_packed_table(drv, table, 2, table_flags);
    drv.write_packed_desc(0, 1, table, 16, 0, kDescAvail);
    drv.write_packed_desc(0, 0, table, len, 0, static_cast<uint16_t>(kDescIndirect | kDescAvail | flags));
    drv.notify(0);
}

void packed_order(VirtioDriver& drv, TestRig&)
{
    const uint64_t buf = drv.alloc(64);
    drv.write_packed_desc(0, 1, buf + 8, 8, 0, kDescAvail);
    drv.write_packed_desc(0, 0, buf, 8, 0, kDescWrite | kDescNext | kDescAvail);
    drv.notify(0);
}

void packed_buffer_outside_memory(VirtioDriver& drv, TestRig&)
{
    const uint64_t buf = drv.alloc(64);
    drv.write_packed_desc(0, 1, buf, 8, 0, kDescWrite | kDescAvail);
    drv.write_packed_desc(0, 0, kUnmapped, 8, 0, kDescNext | kDescAvail);
    drv.notify(0);
}

}  // namespace

#define RING_ERROR_PACKED(title, type, fn)                                                         \
    TEST_CASE(title " (v2 packed)") { expect_ring_error({2, true, true}, type, fn); }                      \
    TEST_CASE(title " (v2 packed b_transport-only)") { expect_ring_error({2, true, false}, type, fn); }

RING_ERROR_PACKED("chain longer than the queue", ring_error::kChainTooLong, packed_chain_too_long)
RING_ERROR_PACKED("nested indirect table", ring_error::kNestedIndirect,
                  [](VirtioDriver& d, TestRig&) { packed_indirect(32, 0, kDescIndirect, d); })
RING_ERROR_PACKED("zero-length indirect table", ring_error::kBadIndirect,
                  [](VirtioDriver& d, TestRig&) { packed_indirect(0, 0, 0, d); })
RING_ERROR_PACKED("indirect table length not a multiple of 16", ring_error::kBadIndirect,
                  [](VirtioDriver& d, TestRig&) { packed_indirect(40, 0, 0, d); })
RING_ERROR_PACKED("indirect descriptor with NEXT", ring_error::kBadIndirect,
                  [](VirtioDriver& d, TestRig&) { packed_indirect(32, kDescNext, 0, d); })
RING_ERROR_PACKED("writable descriptor before a readable one", ring_error::kOrder, packed_order)
RING_ERROR_PACKED("buffer outside memory", ring_error::kBadAddress, packed_buffer_outside_memory)
RING_ERROR_PACKED("ring outside memory", ring_error::kBadAddress, ring_outside_memory)

TEST_CASE("INDIRECT without VIRTIO_F_INDIRECT_DESC negotiated is a ring error")
{
    TestRig rig({2, false, true});
    ReportCounter reports;
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(false, true), 2, 8));
        split_indirect_len(32, 0, drv);
        drv.sleep(sc_time(1, SC_US));
        CHECK(reports.count(ring_error::kBadIndirect) == 1);
        CHECK_THAT(reports.last_message(ring_error::kBadIndirect),
                   Catch::Contains("not negotiated"));
        CHECK((drv.status() & kStatusDeviceNeedsReset) != 0);
        still_works(drv, rig);
    }));
}

TEST_CASE("device writes to a buffer outside memory are reported too")
{
    TestRig rig({2, false, true});
    ReportCounter reports;
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2, 8));
        const uint64_t buf = drv.alloc(8);
        drv.mem_write(buf, "abcd", 4);
        drv.submit_segments(0, {{buf, 4, false}, {kUnmapped, 4, true}}, false);
        drv.notify(0);
        drv.sleep(sc_time(1, SC_US));
        CHECK(reports.count(ring_error::kBadAddress) == 1);
        CHECK_THAT(reports.last_message(ring_error::kBadAddress), Catch::Contains("0x1000"));
        CHECK((drv.status() & kStatusDeviceNeedsReset) != 0);
        CHECK(drv.mem_read16(drv.ring(0).device + 2) == 0);  // not returned as used
        still_works(drv, rig);
    }));
}

TEST_CASE("Status bits cleared without a reset and notify of a bad queue are reported")
{
    TestRig rig({2, false, true});
    ReportCounter reports;
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        drv.set_status(kStatusAcknowledge);
        CHECK(reports.count(MmioTransport::kBadSequence) == 1);
        drv.notify(5);
        CHECK(reports.count(MmioTransport::kBadValue) == 1);
        drv.write32(reg::kQueueSel, 0);
        drv.write32(reg::kQueueDescLow, 0x1234);  // queue is live: refused
        CHECK(reports.count(MmioTransport::kBadSequence) == 2);
        still_works(drv, rig);
    }));
}
