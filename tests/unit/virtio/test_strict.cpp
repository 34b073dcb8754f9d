// Strict spec-conformance mode (MmioTransportConfig::strict, conformance.h).
// One test per rule: the testbench driver does everything right except
// exactly that rule, and the test checks that the checker's summary holds
// that rule and only that one, with one "virtio/strict" warning citing the
// clause. A correct driver (the Linux-like testbench driver, all variants)
// triggers nothing, and without strict mode there is no checker at all.
#include <fstream>
#include <iterator>
#include <sstream>

#include <catch2/catch.hpp>

#include "virtio/conformance.h"
#include "virtio_test_rig.h"

using namespace vp::virtio;
using namespace vp::virtio::test;
using sc_core::sc_time;
using sc_core::SC_US;

namespace {

constexpr const char* kStrict = ConformanceChecker::kReportType;

MmioTransportConfig strict_config()
{
    MmioTransportConfig c;
    c.strict = true;
    return c;
}

struct StrictRig : TestRig {
    explicit StrictRig(const Variant& v, const LoopbackOptions& dev = {})
        : TestRig(v, dev, strict_config())
    {
    }
    const ConformanceChecker& checker() const
    {
        REQUIRE(transport.conformance() != nullptr);
        return *transport.conformance();
    }
};

using Body = std::function<void(VirtioDriver&, StrictRig&)>;

// Runs body on a strict transport, then checks that `rule` (and no other) was
// violated, reported once as a warning naming its clause and id, and that the
// summary table lists it with its count and the time of the first violation.
void expect_violation(const Variant& v, Rule rule, const Body& body, uint64_t times = 1,
                      const LoopbackOptions& device = {})
{
    StrictRig rig(v, device);
    ReportCounter reports;
    sc_time start;
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        drv.sleep(sc_time(3, SC_US));  // so that the first-violation time is not 0
        start = sc_core::sc_time_stamp();
        body(drv, rig);
        drv.sleep(sc_time(1, SC_US));  // let the worker look at the rings
    }));
    const RuleInfo& info = rule_info(rule);
    INFO("rule " << info.id << " (" << describe(v) << ")");
    const auto summary = rig.checker().summary();
    for (const auto& e : summary)
        INFO("violated: " << rule_info(e.rule).id << ": " << e.first_detail);
    REQUIRE(summary.size() == 1);
    CHECK(summary[0].rule == rule);
    CHECK(summary[0].count == times);
    CHECK(summary[0].first >= start);
    CHECK(rig.checker().count(rule) == times);
    CHECK(rig.checker().total() == times);
    CHECK(reports.count(kStrict) == 1);  // once per device, however often
    const std::string msg = reports.last_message(kStrict);
    CHECK_THAT(msg, Catch::Contains(std::string("§") + info.clause + " [" + info.id + "]"));
    CHECK_THAT(msg, Catch::Contains(info.text));
    CHECK_THAT(msg, Catch::Contains("virtio/dev"));  // names the device
    std::ostringstream table;
    rig.checker().write_summary(table);
    CHECK_THAT(table.str(), Catch::Contains(info.id) && Catch::Contains(std::string("§") + info.clause));
}

const Variant kV2Split{2, false, true};
const Variant kV2Packed{2, true, true};
const Variant kV1{1, false, true};

uint64_t wanted_for(const Variant& v, bool indirect = true, bool event_idx = true)
{
    uint64_t f = 1;
    if (indirect)
        f |= bit(kFeatureIndirectDesc);
    if (event_idx)
        f |= bit(kFeatureEventIdx);
    if (v.packed)
        f |= bit(kFeatureRingPacked);
    return f;
}

// Probe + negotiate + queues 0 and 1 (8 entries) + DRIVER_OK, all correct.
void good_init(VirtioDriver& drv, StrictRig& rig, bool indirect = true, bool event_idx = true)
{
    REQUIRE(drv.init(wanted_for(rig.variant, indirect, event_idx), 2, 8));
}

// Reads MagicValue, Version and DeviceID like a driver's probe, without the
// legacy GuestPageSize write that VirtioDriver::probe() adds.
void read_ids(VirtioDriver& drv)
{
    drv.read32(reg::kMagic);
    drv.read32(reg::kVersion);
    drv.read32(reg::kDeviceId);
}

void echo(VirtioDriver& drv, unsigned queue = 0, bool indirect = false)
{
    auto c = drv.transact(queue, echo_request({1, 2, 3}, 3, indirect));
    REQUIRE(c);
    CHECK(c->data == std::vector<uint8_t>{1, 2, 3});
}

}  // namespace

// ---- A correct driver: no violation at all ----------------------------------

namespace {
void correct_driver(const Variant& v, bool indirect, bool event_idx)
{
    StrictRig rig(v);
    ReportCounter reports;
    // Version 2 also negotiates VIRTIO_F_RING_RESET and resets a queue.
    const uint64_t wanted = wanted_for(v, indirect, event_idx) | (v.version == 2 ? bit(kFeatureRingReset) : 0);
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(wanted, 2, 8));
        for (int i = 0; i < 20; ++i)  // wraps the 8-entry rings twice
            echo(drv, i % 2, indirect && i % 3 == 0);
        drv.config_write(4, 0x11223344, 4);  // config writes after FEATURES_OK are fine
        CHECK(drv.config_read(4, 4) == 0x11223344);
        drv.disable_cb(0);
        drv.submit(0, echo_request({9}, 1));
        drv.kick(0);
        drv.sleep(sc_time(5, SC_US));
        drv.enable_cb(0);
        CHECK(drv.collect(0).size() == 1);
        if (v.version == 2) {  // a queue reset the right way: QueueReset 1, read back 0, set up
            drv.write32(reg::kQueueSel, 0);
            drv.write32(reg::kQueueReset, 1);
            CHECK(drv.read32(reg::kQueueReset) == 0);
            REQUIRE(drv.setup_queue(0, 8));
            echo(drv, 0);
        }
        CHECK(drv.del_queue(1));          // stop queue 1 (v2: Ready 0, read back) ...
        REQUIRE(drv.setup_queue(1, 4));   // ... and set it up again, smaller
        echo(drv, 1);
        drv.reset();
        REQUIRE(drv.init(wanted, 2, 8));
        echo(drv, 1);
    }));
    std::ostringstream table;
    rig.checker().write_summary(table);
    INFO(table.str());
    CHECK(rig.checker().total() == 0);
    CHECK(rig.checker().summary().empty());
    CHECK(reports.count(kStrict) == 0);
    CHECK(table.str() == "virtio-strict: virtio/dev: no violations\n");
}
}  // namespace

TEST_CASE("strict: a correct driver breaks no rule (v2 split, indirect + event idx)") { correct_driver(kV2Split, true, true); }
TEST_CASE("strict: a correct driver breaks no rule (v2 split, plain)") { correct_driver(kV2Split, false, false); }
TEST_CASE("strict: a correct driver breaks no rule (v2 packed, indirect + event idx)") { correct_driver(kV2Packed, true, true); }
TEST_CASE("strict: a correct driver breaks no rule (v2 packed, plain)") { correct_driver(kV2Packed, false, false); }
TEST_CASE("strict: a correct driver breaks no rule (v1 split, indirect + event idx)") { correct_driver(kV1, true, true); }
TEST_CASE("strict: a correct driver breaks no rule (v1 split, plain)") { correct_driver(kV1, false, false); }

TEST_CASE("strict: off by default, no checker and no strict reports")
{
    TestRig rig(kV2Split);
    ReportCounter reports;
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        drv.write32(reg::kStatus, 0);  // before probing: a probe-order violation
        REQUIRE(drv.init(rig.wanted(), 2, 8));
        drv.read_reg(reg::kStatus, 2);  // and an mmio-width one
        echo(drv);
    }));
    CHECK(rig.transport.conformance() == nullptr);
    CHECK(reports.count(kStrict) == 0);
    CHECK(reports.count(MmioTransport::kBadWidth) == 1);  // the transport's own warning stays
}

TEST_CASE("strict: the rule table has one row per rule with a clause and a text")
{
    for (size_t i = 0; i < static_cast<size_t>(Rule::count); ++i) {
        const RuleInfo& r = rule_info(static_cast<Rule>(i));
        CHECK(r.rule == static_cast<Rule>(i));
        CHECK(std::string(r.id).size() > 3);
        CHECK((std::string(r.clause).rfind("2.", 0) == 0 || std::string(r.clause).rfind("3.", 0) == 0 ||
               std::string(r.clause).rfind("4.2", 0) == 0 || std::string(r.clause) == "6.1"));
        CHECK(std::string(r.text).size() > 20);
        for (size_t j = 0; j < i; ++j)
            CHECK(std::string(rule_info(static_cast<Rule>(j)).id) != r.id);
    }
}

TEST_CASE("strict: a rule is reported once per device but every violation is counted")
{
    expect_violation(kV2Split, Rule::mmio_width, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig);
        drv.read_reg(reg::kStatus, 2);
        drv.read_reg(reg::kMagic, 1);
        drv.write_reg(reg::kQueueSel, 0, 2);
    }, 3);
}

TEST_CASE("strict: the process-wide summary (virt64 prints it at exit)")
{
    StrictRig rig(kV2Split);
    ReportCounter reports;
    std::ostringstream before;
    ConformanceChecker::write_all_summaries(before);
    CHECK(before.str() == "virtio-strict: total 0 violations; 1 of 1 devices without any\n");
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        good_init(drv, rig);
        drv.sleep(sc_time(2, SC_US));
        drv.read_reg(reg::kStatus, 2);
        drv.read_reg(reg::kStatus, 1);
    }));
    std::ostringstream all;
    ConformanceChecker::write_all_summaries(all);
    INFO(all.str());
    CHECK_THAT(all.str(), Catch::Contains("virtio-strict: virtio/dev: 2 violations of 1 rules\n"));
    CHECK_THAT(all.str(), Catch::Matches(
        "(.|\n)*virtio-strict: virtio/dev:   mmio-width +§4\\.2\\.2\\.2 +2 +0\\.000002[0-9]+ +see the "
        "virtio/mmio/bad-width warning\n(.|\n)*"));
    CHECK_THAT(all.str(), Catch::EndsWith("virtio-strict: total 2 violations; 0 of 1 devices without any\n"));
    CHECK(ConformanceChecker::total_all() == 2);
}

// ---- §2.1 / §2.2 / §3.1 / §6.1: status and features -----------------------------

TEST_CASE("strict rule status-clear: Status bits cleared without a reset")
{
    expect_violation(kV2Split, Rule::status_clear, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig);
        drv.set_status(kStatusAcknowledge);  // drops DRIVER, FEATURES_OK, DRIVER_OK
    });
}

TEST_CASE("strict rule failed-reinit: initialization goes on after FAILED without a reset")
{
    expect_violation(kV2Split, Rule::failed_reinit, [](VirtioDriver& drv, StrictRig&) {
        REQUIRE(drv.probe());
        drv.reset();
        drv.set_status(kStatusAcknowledge);
        drv.set_status(kStatusAcknowledge | kStatusFailed);
        drv.set_status(kStatusAcknowledge | kStatusFailed | kStatusDriver);
    });
}

TEST_CASE("strict rule init-order: DRIVER set before ACKNOWLEDGE")
{
    expect_violation(kV2Split, Rule::init_order, [](VirtioDriver& drv, StrictRig&) {
        REQUIRE(drv.probe());
        drv.reset();
        drv.set_status(kStatusDriver);
    });
}

TEST_CASE("strict rule init-order: legacy DRIVER_OK without DRIVER")
{
    expect_violation(kV1, Rule::init_order, [](VirtioDriver& drv, StrictRig&) {
        REQUIRE(drv.probe());
        drv.reset();
        drv.set_status(kStatusAcknowledge);
        drv.set_status(kStatusAcknowledge | kStatusDriverOk);
    });
}

TEST_CASE("strict rule features-unoffered: a feature the device did not offer")
{
    expect_violation(kV2Split, Rule::features_unoffered, [](VirtioDriver& drv, StrictRig&) {
        REQUIRE(drv.probe());
        drv.reset();
        drv.set_status(kStatusAcknowledge);
        drv.set_status(kStatusAcknowledge | kStatusDriver);
        drv.device_features();
        drv.write32(reg::kDriverFeaturesSel, 1);
        drv.write32(reg::kDriverFeatures, 1);  // VERSION_1
        drv.write32(reg::kDriverFeaturesSel, 0);
        drv.write32(reg::kDriverFeatures, 1u << 5);  // bit 5: not offered
        drv.set_status(kStatusAcknowledge | kStatusDriver | kStatusFeaturesOk);
    });
}

TEST_CASE("strict rule features-unoffered: legacy features are final at DRIVER_OK")
{
    expect_violation(kV1, Rule::features_unoffered, [](VirtioDriver& drv, StrictRig&) {
        REQUIRE(drv.probe());
        drv.reset();
        drv.set_status(kStatusAcknowledge);
        drv.set_status(kStatusAcknowledge | kStatusDriver);
        drv.device_features();
        drv.write32(reg::kDriverFeaturesSel, 0);
        drv.write32(reg::kDriverFeatures, 1u << 7);
        REQUIRE(drv.setup_queue(0, 8));
        drv.driver_ok();
    });
}

TEST_CASE("strict rule features-after-ok: DriverFeatures written after FEATURES_OK")
{
    expect_violation(kV2Split, Rule::features_after_ok, [](VirtioDriver& drv, StrictRig& rig) {
        REQUIRE(drv.probe());
        REQUIRE(drv.negotiate(rig.wanted()));
        drv.write32(reg::kDriverFeaturesSel, 0);
        drv.write32(reg::kDriverFeatures, 1);
    });
}

TEST_CASE("strict rule features-refused-continue: queues set up after FEATURES_OK was refused")
{
    expect_violation(kV2Split, Rule::features_refused_continue, [](VirtioDriver& drv, StrictRig&) {
        REQUIRE(drv.probe());
        // The loopback device refuses its feature bit 1 (offered, valid).
        REQUIRE_FALSE(drv.negotiate(1ull << 1));
        REQUIRE(drv.setup_queue(0, 8));  // goes on as if nothing happened
    });
}

TEST_CASE("strict rule features-refused-continue: DRIVER_OK after FEATURES_OK was refused")
{
    expect_violation(kV2Split, Rule::features_refused_continue, [](VirtioDriver& drv, StrictRig&) {
        REQUIRE(drv.probe());
        drv.reset();
        drv.set_status(kStatusAcknowledge);
        drv.set_status(kStatusAcknowledge | kStatusDriver);
        drv.device_features();
        drv.write32(reg::kDriverFeaturesSel, 1);
        drv.write32(reg::kDriverFeatures, 1);
        drv.write32(reg::kDriverFeaturesSel, 0);
        drv.write32(reg::kDriverFeatures, 2);  // refused by the device
        const uint32_t s = kStatusAcknowledge | kStatusDriver | kStatusFeaturesOk;
        drv.set_status(s);
        CHECK((drv.status() & kStatusFeaturesOk) == 0);
        drv.set_status(s | kStatusDriverOk);  // ignores the refusal
    });
}

TEST_CASE("strict rule features-ok-unread: a queue set up without re-reading FEATURES_OK")
{
    expect_violation(kV2Split, Rule::features_ok_unread, [](VirtioDriver& drv, StrictRig&) {
        REQUIRE(drv.probe());
        drv.reset();
        drv.set_status(kStatusAcknowledge);
        drv.set_status(kStatusAcknowledge | kStatusDriver);
        drv.device_features();
        drv.write32(reg::kDriverFeaturesSel, 1);
        drv.write32(reg::kDriverFeatures, 1);
        drv.write32(reg::kDriverFeaturesSel, 0);
        drv.write32(reg::kDriverFeatures, 0);
        drv.set_status(kStatusAcknowledge | kStatusDriver | kStatusFeaturesOk);  // no read back
        drv.write32(reg::kQueueSel, 0);
        const uint64_t ring = drv.alloc(8192, 4096);
        drv.write32(reg::kQueueNum, 8);
        drv.write32(reg::kQueueDescLow, static_cast<uint32_t>(ring));
        drv.write32(reg::kQueueDriverLow, static_cast<uint32_t>(ring + 128));
        drv.write32(reg::kQueueDeviceLow, static_cast<uint32_t>(ring + 4096));
        drv.write32(reg::kQueueReady, 1);
    });
}

TEST_CASE("strict rule features-ok-unread: FEATURES_OK and DRIVER_OK in one write")
{
    expect_violation(kV2Split, Rule::features_ok_unread, [](VirtioDriver& drv, StrictRig&) {
        REQUIRE(drv.probe());
        drv.reset();
        drv.set_status(kStatusAcknowledge);
        drv.set_status(kStatusAcknowledge | kStatusDriver);
        drv.device_features();
        drv.write32(reg::kDriverFeaturesSel, 1);
        drv.write32(reg::kDriverFeatures, 1);
        drv.write32(reg::kDriverFeaturesSel, 0);
        drv.write32(reg::kDriverFeatures, 0);
        drv.set_status(kStatusAcknowledge | kStatusDriver | kStatusFeaturesOk | kStatusDriverOk);
    });
}

TEST_CASE("strict rule version-1: a modern driver that does not accept VERSION_1")
{
    expect_violation(kV2Split, Rule::version_1, [](VirtioDriver& drv, StrictRig&) {
        REQUIRE(drv.probe());
        drv.reset();
        drv.set_status(kStatusAcknowledge);
        drv.set_status(kStatusAcknowledge | kStatusDriver);
        drv.device_features();
        drv.write32(reg::kDriverFeaturesSel, 1);
        drv.write32(reg::kDriverFeatures, 0);
        drv.write32(reg::kDriverFeaturesSel, 0);
        drv.write32(reg::kDriverFeatures, 1);
        drv.set_status(kStatusAcknowledge | kStatusDriver | kStatusFeaturesOk);
    });
}

TEST_CASE("strict rule config-write-early: config space written before FEATURES_OK")
{
    expect_violation(kV2Split, Rule::config_write_early, [](VirtioDriver& drv, StrictRig&) {
        REQUIRE(drv.probe());
        drv.reset();
        drv.set_status(kStatusAcknowledge);
        drv.set_status(kStatusAcknowledge | kStatusDriver);
        drv.config_write(0, 0x5a, 1);
    });
}

TEST_CASE("strict rule notify-before-driver-ok: QueueNotify before DRIVER_OK")
{
    expect_violation(kV2Split, Rule::notify_before_driver_ok, [](VirtioDriver& drv, StrictRig& rig) {
        REQUIRE(drv.probe());
        REQUIRE(drv.negotiate(rig.wanted()));
        REQUIRE(drv.setup_queue(0, 8));
        drv.notify(0);
    });
}

// ---- §4.2: MMIO registers and queue set-up -------------------------------------------

TEST_CASE("strict rule mmio-access: a read of a write-only register")
{
    expect_violation(kV2Split, Rule::mmio_access, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig);
        drv.read32(reg::kQueueNotify);
    });
}

TEST_CASE("strict rule mmio-access: a register of the other version (legacy)")
{
    expect_violation(kV1, Rule::mmio_access, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig);
        drv.read32(reg::kQueueReady);
    });
}

TEST_CASE("strict rule mmio-width: a 16-bit register access")
{
    expect_violation(kV2Split, Rule::mmio_width, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig);
        drv.read_reg(reg::kStatus, 2);
    });
}

TEST_CASE("strict rule probe-order: a register written before MagicValue/Version/DeviceID were read")
{
    expect_violation(kV2Split, Rule::probe_order, [](VirtioDriver& drv, StrictRig& rig) {
        drv.write32(reg::kStatus, 0);
        good_init(drv, rig);  // then everything by the book
        echo(drv);
    });
}

TEST_CASE("strict rule device-id-zero: VendorID read after DeviceID read 0")
{
    LoopbackOptions empty;
    empty.device_id = 0;  // an empty slot
    expect_violation(kV2Split, Rule::device_id_zero, [](VirtioDriver& drv, StrictRig&) {
        read_ids(drv);
        drv.read32(reg::kVendorId);
    }, 1, empty);
}

TEST_CASE("strict rule features-sel: DeviceFeatures read before any DeviceFeaturesSel write")
{
    expect_violation(kV2Split, Rule::features_sel, [](VirtioDriver& drv, StrictRig&) {
        REQUIRE(drv.probe());
        drv.reset();
        drv.set_status(kStatusAcknowledge);
        drv.set_status(kStatusAcknowledge | kStatusDriver);
        drv.read32(reg::kDeviceFeatures);
    });
}

TEST_CASE("strict rule features-sel: DriverFeatures written before any DriverFeaturesSel write")
{
    expect_violation(kV1, Rule::features_sel, [](VirtioDriver& drv, StrictRig&) {
        REQUIRE(drv.probe());
        drv.reset();
        drv.set_status(kStatusAcknowledge);
        drv.set_status(kStatusAcknowledge | kStatusDriver);
        drv.write32(reg::kDriverFeatures, 1);
    });
}

TEST_CASE("strict rule queue-num-max: QueueNum above QueueNumMax")
{
    LoopbackOptions small;
    small.queue_size_max = 16;
    StrictRig rig(kV2Split, small);
    ReportCounter reports;
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.probe());
        REQUIRE(drv.negotiate(rig.wanted()));
        drv.write32(reg::kQueueSel, 0);
        CHECK(drv.read32(reg::kQueueNumMax) == 16);
        drv.write32(reg::kQueueNum, 32);
    }));
    const auto s = rig.checker().summary();
    REQUIRE(s.size() == 1);
    CHECK(s[0].rule == Rule::queue_num_max);
    CHECK_THAT(s[0].first_detail, Catch::Contains("QueueNum 32") && Catch::Contains("QueueNumMax is 16"));
    CHECK(reports.count(kStrict) == 1);
    CHECK_THAT(reports.last_message(kStrict), Catch::Contains("§4.2.2.2 [queue-num-max]"));
}

TEST_CASE("strict rule queue-live-config: a queue address written while QueueReady is 1")
{
    expect_violation(kV2Split, Rule::queue_live_config, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig);
        drv.write32(reg::kQueueSel, 0);
        drv.write32(reg::kQueueDescLow, 0x40001000);
    });
}

TEST_CASE("strict rule queue-stop-readback: a queue re-enabled without reading QueueReady back")
{
    expect_violation(kV2Split, Rule::queue_stop_readback, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig);
        drv.write32(reg::kQueueSel, 1);
        drv.write32(reg::kQueueReady, 0);
        drv.write32(reg::kQueueReady, 1);  // no read of QueueReady in between
    });
}

TEST_CASE("strict rule queue-setup-order: QueueReady before the device area address")
{
    expect_violation(kV2Split, Rule::queue_setup_order, [](VirtioDriver& drv, StrictRig& rig) {
        REQUIRE(drv.probe());
        REQUIRE(drv.negotiate(rig.wanted()));
        drv.write32(reg::kQueueSel, 0);
        CHECK(drv.read32(reg::kQueueReady) == 0);
        drv.read32(reg::kQueueNumMax);
        const uint64_t ring = drv.alloc(4096, 4096);
        drv.write32(reg::kQueueNum, 8);
        drv.write32(reg::kQueueDescLow, static_cast<uint32_t>(ring));
        drv.write32(reg::kQueueDriverLow, static_cast<uint32_t>(ring + 128));
        drv.write32(reg::kQueueReady, 1);  // QueueDevice* never written
    });
}

TEST_CASE("strict rule queue-reset-readback: a reset queue set up again before QueueReset was read back")
{
    expect_violation(kV2Split, Rule::queue_reset_readback, [](VirtioDriver& drv, StrictRig& rig) {
        REQUIRE(drv.init(wanted_for(rig.variant) | bit(kFeatureRingReset), 2, 8));
        drv.write32(reg::kQueueSel, 1);
        drv.write32(reg::kQueueReset, 1);
        drv.write32(reg::kQueueNum, 8);  // no read of QueueReset in between
    });
}

TEST_CASE("strict rule interrupt-ack: InterruptACK with an undefined bit")
{
    expect_violation(kV2Split, Rule::interrupt_ack, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig);
        echo(drv);
        drv.read32(reg::kInterruptStatus);
        drv.write32(reg::kInterruptAck, 4);
    });
}

TEST_CASE("strict rule interrupt-ack: InterruptACK of an event that is not pending")
{
    expect_violation(kV1, Rule::interrupt_ack, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig);
        CHECK(drv.read32(reg::kInterruptStatus) == 0);
        drv.write32(reg::kInterruptAck, kInterruptConfigChange);
    });
}

TEST_CASE("strict rule ack-without-status: InterruptACK without reading InterruptStatus")
{
    expect_violation(kV2Split, Rule::ack_without_status, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig);
        drv.submit(0, echo_request({1}, 1));
        drv.kick(0);
        REQUIRE(drv.wait_irq(sc_time(100, SC_US)));
        drv.write32(reg::kInterruptAck, kInterruptUsedBuffer);  // blind ACK
        CHECK(drv.collect(0).size() == 1);
    });
}

TEST_CASE("strict rule legacy-page-size: QueuePFN before any GuestPageSize write")
{
    expect_violation(kV1, Rule::legacy_page_size, [](VirtioDriver& drv, StrictRig&) {
        read_ids(drv);  // a probe without GuestPageSize
        drv.write32(reg::kStatus, 0);
        drv.set_status(kStatusAcknowledge);
        drv.set_status(kStatusAcknowledge | kStatusDriver);
        drv.write32(reg::kQueueSel, 0);
        CHECK(drv.read32(reg::kQueuePfn) == 0);
        drv.read32(reg::kQueueNumMax);
        drv.write32(reg::kQueueNum, 8);
        drv.write32(reg::kQueueAlign, 4096);
        drv.write32(reg::kQueuePfn, static_cast<uint32_t>(drv.alloc(8192, 4096) / 4096));
    });
}

TEST_CASE("strict rule legacy-queue-order: QueuePFN before QueueNum")
{
    expect_violation(kV1, Rule::legacy_queue_order, [](VirtioDriver& drv, StrictRig& rig) {
        REQUIRE(drv.probe());
        REQUIRE(drv.negotiate(rig.wanted()));
        drv.write32(reg::kQueueSel, 0);
        CHECK(drv.read32(reg::kQueuePfn) == 0);
        drv.write32(reg::kQueuePfn, static_cast<uint32_t>(drv.alloc(8192, 4096) / 4096));
    });
}

TEST_CASE("strict rule legacy-num-max-live: QueueNumMax read while the queue is in use")
{
    expect_violation(kV1, Rule::legacy_num_max_live, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig);
        drv.write32(reg::kQueueSel, 0);
        CHECK(drv.read32(reg::kQueuePfn) != 0);
        drv.read32(reg::kQueueNumMax);
    });
}

// ---- §2.7: split rings -------------------------------------------------------------

namespace {
// Programs queue 0 (8 entries, Version 2) at explicit addresses, by the book.
void setup_queue_at(VirtioDriver& drv, uint64_t desc, uint64_t driver, uint64_t device)
{
    drv.write32(reg::kQueueSel, 0);
    CHECK(drv.read32(reg::kQueueReady) == 0);
    drv.read32(reg::kQueueNumMax);
    drv.write32(reg::kQueueNum, 8);
    drv.write32(reg::kQueueDescLow, static_cast<uint32_t>(desc));
    drv.write32(reg::kQueueDescHigh, static_cast<uint32_t>(desc >> 32));
    drv.write32(reg::kQueueDriverLow, static_cast<uint32_t>(driver));
    drv.write32(reg::kQueueDriverHigh, static_cast<uint32_t>(driver >> 32));
    drv.write32(reg::kQueueDeviceLow, static_cast<uint32_t>(device));
    drv.write32(reg::kQueueDeviceHigh, static_cast<uint32_t>(device >> 32));
    drv.write32(reg::kQueueReady, 1);
}
}  // namespace

TEST_CASE("strict rule split-alignment: a used ring that is not 4-byte aligned")
{
    expect_violation(kV2Split, Rule::split_alignment, [](VirtioDriver& drv, StrictRig& rig) {
        REQUIRE(drv.probe());
        REQUIRE(drv.negotiate(rig.wanted()));
        const uint64_t base = drv.alloc(8192, 4096);
        setup_queue_at(drv, base, base + 128, base + 1024 + 2);
        drv.driver_ok();  // the device looks at the ring once
    });
}

TEST_CASE("strict rule used-flags-init: used ring flags not 0 when the ring starts")
{
    expect_violation(kV2Split, Rule::used_flags_init, [](VirtioDriver& drv, StrictRig& rig) {
        REQUIRE(drv.probe());
        REQUIRE(drv.negotiate(rig.wanted()));
        REQUIRE(drv.setup_queue(0, 8));
        drv.mem_write16(drv.ring(0).device, 1);  // NO_NOTIFY left in the used ring
        drv.driver_ok();
    });
}

TEST_CASE("strict rule avail-flags: NO_INTERRUPT set although EVENT_IDX was negotiated")
{
    expect_violation(kV2Split, Rule::avail_flags, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig, true, true);
        drv.mem_write16(drv.ring(0).driver, 1);  // avail.flags
        echo(drv);  // used_event still asks for the interrupt
    });
}

TEST_CASE("strict rule avail-flags: an undefined avail.flags bit without EVENT_IDX (legacy)")
{
    expect_violation(kV1, Rule::avail_flags, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig, true, false);
        drv.mem_write16(drv.ring(0).driver, 2);
        echo(drv);
    });
}

namespace {
void split_chain(VirtioDriver& drv, std::initializer_list<std::tuple<uint16_t, uint16_t, uint16_t>> descs,
                 uint16_t head)
{
    const uint64_t buf = drv.alloc(256);
    for (const auto& [index, flags, next] : descs)
        drv.write_split_desc(0, index, buf + 16 * index, 8, flags, next);
    drv.publish_split(0, head);
    drv.notify(0);
}
}  // namespace

TEST_CASE("strict rule avail-idx: avail.idx moved more than the queue size")
{
    expect_violation(kV2Split, Rule::avail_idx, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig);
        drv.set_avail_idx(0, 9);
        drv.notify(0);
    });
}

TEST_CASE("strict rule chain-index: next names a descriptor outside the table")
{
    expect_violation(kV2Split, Rule::chain_index, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig);
        split_chain(drv, {{0, kDescNext, 8}}, 0);
    });
}

TEST_CASE("strict rule chain-loop: a descriptor chain that loops")
{
    expect_violation(kV1, Rule::chain_loop, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig);
        split_chain(drv, {{0, kDescNext, 1}, {1, kDescNext, 2}, {2, kDescNext, 0}}, 0);
    });
}

TEST_CASE("strict rule split-chain-length: an indirect chain longer than the queue")
{
    expect_violation(kV2Split, Rule::split_chain_length, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig);
        const uint64_t table = drv.alloc(16 * 9), buf = drv.alloc(16 * 9);
        for (uint16_t i = 0; i < 9; ++i) {
            struct { uint64_t a; uint32_t l; uint16_t f, n; } d{buf + 16 * i, 16,
                                                                static_cast<uint16_t>(i < 8 ? kDescNext : 0),
                                                                static_cast<uint16_t>(i < 8 ? i + 1 : 0)};
            drv.mem_write(table + 16 * i, &d, 16);
        }
        drv.write_split_desc(0, 0, table, 16 * 9, kDescIndirect, 0);
        drv.publish_split(0, 0);
        drv.notify(0);
    });
}

TEST_CASE("strict rule split-order: a readable descriptor after a writable one")
{
    expect_violation(kV2Split, Rule::split_order, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig);
        split_chain(drv, {{0, kDescWrite | kDescNext, 1}, {1, 0, 0}}, 0);
    });
}

TEST_CASE("strict rule split-indirect: INDIRECT together with NEXT")
{
    expect_violation(kV2Split, Rule::split_indirect, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig);
        const uint64_t table = drv.alloc(32), buf = drv.alloc(32);
        struct { uint64_t a; uint32_t l; uint16_t f, n; } t[2] = {{buf, 4, kDescNext, 1},
                                                                 {buf + 16, 4, kDescWrite, 0}};
        drv.mem_write(table, t, sizeof t);
        drv.write_split_desc(0, 0, table, sizeof t, kDescIndirect | kDescNext, 1);
        drv.write_split_desc(0, 1, buf, 4, 0, 0);
        drv.publish_split(0, 0);
        drv.notify(0);
    });
}

// ---- §2.8: packed rings --------------------------------------------------------------

TEST_CASE("strict rule packed-alignment: a driver event area that is not 4-byte aligned")
{
    expect_violation(kV2Packed, Rule::packed_alignment, [](VirtioDriver& drv, StrictRig& rig) {
        REQUIRE(drv.probe());
        REQUIRE(drv.negotiate(rig.wanted()));
        const uint64_t base = drv.alloc(8192, 4096);
        setup_queue_at(drv, base, base + 1024 + 2, base + 2048);
        drv.driver_ok();
    });
}

TEST_CASE("strict rule packed-event-flags: descriptor-specific events without EVENT_IDX")
{
    expect_violation(kV2Packed, Rule::packed_event_flags, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig, true, false);
        drv.mem_write16(drv.ring(0).driver + 2, 2);  // RING_EVENT_FLAGS_DESC
        echo(drv);
    });
}

TEST_CASE("strict rule packed-chain-length: a descriptor list longer than the queue")
{
    expect_violation(kV2Packed, Rule::packed_chain_length, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig);
        const uint64_t buf = drv.alloc(16 * 8);
        for (uint16_t i = 8; i-- > 0;)
            drv.write_packed_desc(0, i, buf + 16 * i, 16, 0, kDescNext | kDescAvail);
        drv.notify(0);
    });
}

TEST_CASE("strict rule packed-order: a readable descriptor after a writable one")
{
    expect_violation(kV2Packed, Rule::packed_order, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig);
        const uint64_t buf = drv.alloc(64);
        drv.write_packed_desc(0, 1, buf + 8, 8, 0, kDescAvail);
        drv.write_packed_desc(0, 0, buf, 8, 0, kDescWrite | kDescNext | kDescAvail);
        drv.notify(0);
    });
}

TEST_CASE("strict rule packed-indirect: an indirect table entry with NEXT (tolerated by the device)")
{
    expect_violation(kV2Packed, Rule::packed_indirect, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig);
        const uint64_t table = drv.alloc(32), buf = drv.alloc(32);
        struct { uint64_t a; uint32_t l; uint16_t id, f; } t[2] = {{buf, 4, 0, kDescNext},
                                                                  {buf + 16, 4, 0, kDescWrite}};
        drv.mem_write(buf, "abcd", 4);
        drv.mem_write(table, t, sizeof t);
        drv.write_packed_desc(0, 0, table, 32, 0, kDescIndirect | kDescAvail);
        drv.notify(0);
        drv.sleep(sc_time(1, SC_US));
        CHECK(drv.mem_read(buf + 16, 4) == std::vector<uint8_t>{'a', 'b', 'c', 'd'});  // served
        CHECK_FALSE(rig.transport.queue_broken(0));
    });
}

TEST_CASE("strict rule packed-indirect: INDIRECT without VIRTIO_F_INDIRECT_DESC")
{
    expect_violation(kV2Packed, Rule::packed_indirect, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig, false, true);
        const uint64_t table = drv.alloc(32), buf = drv.alloc(32);
        struct { uint64_t a; uint32_t l; uint16_t id, f; } t[2] = {{buf, 4, 0, 0}, {buf + 16, 4, 0, kDescWrite}};
        drv.mem_write(table, t, sizeof t);
        drv.write_packed_desc(0, 0, table, 32, 0, kDescIndirect | kDescAvail);
        drv.notify(0);
    });
}

TEST_CASE("strict rule packed-indirect: an INDIRECT descriptor after a NEXT one (tolerated by the device)")
{
    expect_violation(kV2Packed, Rule::packed_indirect, [](VirtioDriver& drv, StrictRig& rig) {
        good_init(drv, rig);
        const uint64_t table = drv.alloc(16), buf = drv.alloc(32);
        struct { uint64_t a; uint32_t l; uint16_t id, f; } t{buf + 16, 4, 0, kDescWrite};
        drv.mem_write(buf, "wxyz", 4);
        drv.mem_write(table, &t, sizeof t);
        drv.write_packed_desc(0, 1, table, 16, 0, kDescIndirect | kDescAvail);
        drv.write_packed_desc(0, 0, buf, 4, 0, kDescNext | kDescAvail);
        drv.notify(0);
        drv.sleep(sc_time(1, SC_US));
        CHECK(drv.mem_read(buf + 16, 4) == std::vector<uint8_t>{'w', 'x', 'y', 'z'});  // served
        CHECK_FALSE(rig.transport.queue_broken(0));
    });
}

// ---- The transport option the strict Linux boots use -------------------------------

TEST_CASE("ring_packed = false: a Version 2 device without RING_PACKED gives the driver split rings")
{
    MmioTransportConfig cfg = strict_config();
    cfg.ring_packed = false;
    TestRig rig(kV2Packed, {}, cfg);  // the driver asks for packed rings
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.probe());
        const uint64_t offered = drv.device_features();
        CHECK((offered & bit(kFeatureRingPacked)) == 0);
        CHECK((offered & bit(kFeatureVersion1)) != 0);
        drv.reset();
        REQUIRE(drv.init(rig.wanted(), 2, 8));
        CHECK_FALSE(drv.packed());
        echo(drv);
    }));
    CHECK((rig.transport.negotiated_features() & bit(kFeatureRingPacked)) == 0);
    CHECK(rig.transport.conformance()->total() == 0);
}

TEST_CASE("strict: the datasheet's rule table lists every rule with the code's clause and text")
{
    const std::string data = VP_TEST_DATA_DIR;  // <source>/tests/unit/virtio/data
    const std::string root = data.substr(0, data.rfind("/tests/unit/"));
    std::ifstream in(root + "/docs/models/virtio-mmio.md");
    REQUIRE(in);
    const std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (size_t i = 0; i < static_cast<size_t>(Rule::count); ++i) {
        const RuleInfo& r = rule_info(static_cast<Rule>(i));
        const std::string row = std::string("\n| `") + r.id + "` | §" + r.clause + " | " + r.text + " |";
        INFO(row);
        CHECK(doc.find(row) != std::string::npos);
    }
}
