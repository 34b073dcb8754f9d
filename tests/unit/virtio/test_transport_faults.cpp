// Interrupt and status faults of any device (issue 9 section 4,
// TransportFaults): a LoopbackDevice (10 us per request) behind the real
// virtio-mmio transport, driven over TLM by the testbench driver. Checked:
// the irq line and InterruptStatus at exact simulated times, the used ring
// (a dropped interrupt still completes the request), ConfigGeneration, and
// the DEVICE_NEEDS_RESET status bit.
#include <catch2/catch.hpp>

#include "virtio_test_rig.h"

using namespace vp::virtio;
using namespace vp::virtio::test;
using sc_core::SC_NS;
using sc_core::SC_US;
using sc_core::sc_time;
using By = TransportFaults::DropIrq::By;

namespace {

const sc_time kService(10, SC_US);

LoopbackOptions loopback()
{
    LoopbackOptions o;
    o.service.latency = kService;
    return o;
}

MmioTransportConfig with(const TransportFaults& f)
{
    MmioTransportConfig c;
    c.faults = f;
    return c;
}

// Submits one echo request on `queue` and kicks. Returns after `wait` (or
// earlier at a rising irq): whether the line rose. The line must be low
// first (an earlier interrupt handled and its ACK settled).
bool request(VirtioDriver& drv, unsigned queue, sc_time wait = sc_time(50, SC_US))
{
    REQUIRE_FALSE(drv.irq_level());
    drv.submit(queue, echo_request({7, 8, 9}, 3));
    drv.kick(queue);
    return drv.wait_irq(wait);
}

}  // namespace

TEST_CASE("transport faults: the interrupt of request 2 is dropped, the request still completes")
{
    TransportFaults f;
    f.drop_irq.push_back({By::request, 2});
    TestRig rig({2, false, true}, loopback(), with(f));
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(true, false), 2));
        REQUIRE(request(drv, 0));
        CHECK(drv.handle_irq() == kInterruptUsedBuffer);
        CHECK(drv.collect(0).size() == 1);

        CHECK_FALSE(request(drv, 0));  // 50 us: five service times, no interrupt
        CHECK(drv.read32(reg::kInterruptStatus) == 0);
        auto done = drv.collect(0);  // ... but the used ring has it
        REQUIRE(done.size() == 1);
        CHECK(done[0].data == std::vector<uint8_t>{7, 8, 9});
        CHECK(rig.transport.faults_injected() == 1);

        REQUIRE(request(drv, 0));  // only one interrupt is dropped
        CHECK(drv.handle_irq() == kInterruptUsedBuffer);
        CHECK(drv.collect(0).size() == 1);
    }));
    CHECK(rig.transport.faults_injected() == 1);
}

TEST_CASE("transport faults: interrupt 2 of queue 1 is dropped, queue 0 does not count")
{
    TransportFaults f;
    f.drop_irq.push_back({By::interrupt, 2, sc_core::SC_ZERO_TIME, 1});
    TestRig rig({2, true, true}, loopback(), with(f));  // packed ring this time
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(true, false), 2));
        CHECK(request(drv, 0));
        drv.handle_irq();
        CHECK(request(drv, 1));  // queue 1, interrupt 1
        drv.handle_irq();
        CHECK(request(drv, 0));
        drv.handle_irq();
        CHECK_FALSE(request(drv, 1));  // queue 1, interrupt 2: dropped
        CHECK(drv.collect(1).size() == 2);
        CHECK(request(drv, 1));
        drv.handle_irq();
        CHECK(drv.collect(0).size() == 2);
    }));
    CHECK(rig.transport.faults_injected() == 1);
}

TEST_CASE("transport faults: the first interrupt from 200 us on is dropped")
{
    TransportFaults f;
    f.drop_irq.push_back({By::time, 0, sc_time(200, SC_US)});
    TestRig rig({1, false, true}, loopback(), with(f));  // legacy register map
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(true, false), 2));
        CHECK(request(drv, 0));
        drv.handle_irq();
        drv.sleep(sc_time(200, SC_US) - sc_core::sc_time_stamp());
        CHECK_FALSE(request(drv, 0));
        CHECK(request(drv, 0));
        drv.handle_irq();
        CHECK(drv.collect(0).size() == 3);
    }));
    CHECK(rig.transport.faults_injected() == 1);
}

TEST_CASE("transport faults: interrupts in the delay window reach the line exactly 30 us late")
{
    TransportFaults f;
    f.irq_delay = sc_time(30, SC_US);
    f.irq_delay_until = sc_time(500, SC_US);
    TestRig rig({2, false, true}, loopback(), with(f));
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(true, false), 2));
        drv.submit(0, echo_request({1}, 1));
        const sc_time t0 = sc_core::sc_time_stamp();
        drv.kick(0);
        drv.sleep(sc_time(39, SC_US));
        CHECK(drv.collect(0).size() == 1);  // used at t0 + 10 us
        CHECK(drv.read32(reg::kInterruptStatus) == 0);
        CHECK_FALSE(drv.irq_level());
        REQUIRE(drv.wait_irq(sc_time(2, SC_US)));
        CHECK(sc_core::sc_time_stamp() == t0 + kService + f.irq_delay);
        CHECK(drv.handle_irq() == kInterruptUsedBuffer);

        // After the window: on time again.
        drv.sleep(sc_time(500, SC_US) - sc_core::sc_time_stamp());
        drv.submit(0, echo_request({1}, 1));
        const sc_time t1 = sc_core::sc_time_stamp();
        drv.kick(0);
        REQUIRE(drv.wait_irq(sc_time(20, SC_US)));
        CHECK(sc_core::sc_time_stamp() == t1 + kService);
    }));
    CHECK(rig.transport.faults_injected() == 1);
}

TEST_CASE("transport faults: a delayed interrupt is forgotten by a device reset")
{
    TransportFaults f;
    f.irq_delay = sc_time(30, SC_US);
    TestRig rig({2, false, true}, loopback(), with(f));
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(true, false), 2));
        drv.submit(0, echo_request({1}, 1));
        drv.kick(0);
        drv.sleep(sc_time(20, SC_US));  // completed, interrupt still held back
        drv.reset();
        CHECK_FALSE(drv.wait_irq(sc_time(50, SC_US)));
        CHECK(drv.read32(reg::kInterruptStatus) == 0);
    }));
}

TEST_CASE("transport faults: spurious config-change interrupts at 100 us and 300 us")
{
    TransportFaults f;
    f.config_irq_at = {sc_time(300, SC_US), sc_time(100, SC_US)};  // any order
    TestRig rig({2, false, true}, loopback(), with(f));
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(true, false), 2));
        const uint32_t generation = drv.read32(reg::kConfigGeneration);
        REQUIRE(sc_core::sc_time_stamp() < sc_time(100, SC_US));
        CHECK_FALSE(drv.wait_irq(sc_time(100, SC_US) - sc_core::sc_time_stamp() - sc_time(1, SC_NS)));
        REQUIRE(drv.wait_irq(sc_time(2, SC_NS)));
        CHECK(sc_core::sc_time_stamp() == sc_time(100, SC_US));
        CHECK(drv.read32(reg::kInterruptStatus) == kInterruptConfigChange);
        CHECK(drv.read32(reg::kConfigGeneration) == generation);  // nothing changed
        drv.handle_irq();
        CHECK_FALSE(drv.irq_level());
        REQUIRE(drv.wait_irq(sc_time(300, SC_US)));
        CHECK(sc_core::sc_time_stamp() == sc_time(300, SC_US));
        CHECK(drv.handle_irq() == kInterruptConfigChange);
        CHECK(drv.config_interrupts() == 2);
    }));
    CHECK(rig.transport.faults_injected() == 2);
}

TEST_CASE("transport faults: a config-change interrupt before DRIVER_OK is not raised")
{
    TransportFaults f;
    f.config_irq_at = {sc_time(10, SC_US)};
    TestRig rig({2, false, true}, loopback(), with(f));
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        drv.sleep(sc_time(20, SC_US));
        CHECK(drv.read32(reg::kInterruptStatus) == 0);
        CHECK_FALSE(drv.irq_level());
    }));
    CHECK(rig.transport.faults_injected() == 0);
}

TEST_CASE("transport faults: NEEDS_RESET at request 2 stops the device until the driver resets it")
{
    TransportFaults f;
    f.needs_reset_request = 2;
    TestRig rig({2, false, true}, loopback(), with(f));
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(true, false), 2));
        REQUIRE(request(drv, 0));
        drv.handle_irq();
        CHECK(drv.collect(0).size() == 1);
        CHECK((drv.status() & kStatusDeviceNeedsReset) == 0);

        REQUIRE(request(drv, 1));  // request 2: a config-change interrupt, no completion
        CHECK(drv.handle_irq() == kInterruptConfigChange);
        CHECK((drv.status() & kStatusDeviceNeedsReset) != 0);
        CHECK(drv.collect(1).empty());
        CHECK_FALSE(request(drv, 0));  // nothing served any more
        CHECK(drv.collect(0).empty());
        CHECK(rig.device.requests() == 1);

        REQUIRE(drv.init(rig.wanted(true, false), 2));  // reset + set-up: the bit is gone
        CHECK((drv.status() & kStatusDeviceNeedsReset) == 0);
        REQUIRE(request(drv, 0));
        CHECK(drv.collect(0).size() == 1);
    }));
    CHECK(rig.transport.faults_injected() == 1);
}

TEST_CASE("transport faults: NEEDS_RESET at 50 us")
{
    TransportFaults f;
    f.needs_reset_timed = true;
    f.needs_reset_at = sc_time(50, SC_US);
    TestRig rig({2, false, true}, loopback(), with(f));
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(true, false), 2));
        REQUIRE(request(drv, 0));
        drv.handle_irq();
        CHECK((drv.status() & kStatusDeviceNeedsReset) == 0);
        CHECK_FALSE(drv.irq_level());
        REQUIRE(drv.wait_irq(sc_time(100, SC_US)));
        CHECK(sc_core::sc_time_stamp() == sc_time(50, SC_US));
        CHECK(drv.handle_irq() == kInterruptConfigChange);
        CHECK((drv.status() & kStatusDeviceNeedsReset) != 0);
        CHECK_FALSE(request(drv, 0));
    }));
}

TEST_CASE("transport faults: a drop on a queue the device does not have is refused")
{
    TransportFaults f;
    f.drop_irq.push_back({By::request, 1, sc_core::SC_ZERO_TIME, 2});  // loopback has queues 0, 1
    LoopbackDevice dev("dev", loopback());
    CHECK_THROWS_WITH(MmioTransport("virtio", dev, with(f)),
                      Catch::Contains("queue 2") && Catch::Contains("2 queues"));
}
