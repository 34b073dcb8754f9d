// Tracer tests (models/virtio/trace.h): the testbench driver runs requests
// through a real MmioTransport + LoopbackDevice, and what the tracer
// recorded (statistics, text log, JSON timeline, VCD) must match what the
// driver did and what the device's service time is.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

#include "virtio/trace.h"
#include "virtio_test_rig.h"

using namespace vp::virtio;
using namespace vp::virtio::test;
using sc_core::sc_time;
using sc_core::SC_NS;
using sc_core::SC_US;

namespace {

// A file under /tmp removed at the end of the test.
struct TempFile {
    std::string path;
    explicit TempFile(const std::string& suffix)
    {
        char name[] = "/tmp/vp-trace-XXXXXX";
        const int fd = mkstemp(name);
        REQUIRE(fd >= 0);
        close(fd);
        std::remove(name);
        path = std::string(name) + suffix;
    }
    ~TempFile() { std::remove(path.c_str()); }
    std::string text() const
    {
        std::ifstream in(path);
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    }
};

size_t count(const std::string& text, const std::string& what)
{
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

// 10 us + 100 MB/s: a 1000-byte request takes 20 us.
LoopbackOptions timed_device()
{
    LoopbackOptions o;
    o.service.latency = sc_time(10, SC_US);
    o.service.bytes_per_second = 100e6;
    return o;
}

}  // namespace

TEST_CASE("with nothing enabled the trace points record nothing")
{
    Tracer::instance().reset();
    TestRig rig({2, false, true}, timed_device());
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        REQUIRE(drv.transact(0, echo_request(std::vector<uint8_t>(100, 1), 100)));
    }));
    CHECK_FALSE(Tracer::any());
    CHECK(Tracer::instance().stats().empty());
}

namespace {

// Each variant in its own test case: one SystemC simulation per process.
void statistics_per_queue(bool packed)
{
    {
        Tracer::instance().reset();
        Tracer::instance().enable_stats();
        const Variant v{2, packed, true};
        INFO(describe(v));
        TestRig rig(v, timed_device());
        unsigned kicks0 = 0;
        REQUIRE(rig.run([&](VirtioDriver& drv) {
            REQUIRE(drv.init(rig.wanted(), 2));
            for (unsigned i = 0; i < 3; ++i)  // 1000 bytes each way: 20 us each
                REQUIRE(drv.transact(0, echo_request(std::vector<uint8_t>(1000, 7), 1000)));
            // 500 bytes in, room for 600 out: 15 us, used len 500.
            REQUIRE(drv.transact(1, echo_request(std::vector<uint8_t>(500, 9), 600)));
            kicks0 = 3;
        }));
        const auto stats = Tracer::instance().stats();
        REQUIRE(stats.size() == 1);
        const DeviceTraceStats& d = *stats[0];
        CHECK(d.name == "virtio/dev");
        CHECK(d.interrupts_raised == 4);
        REQUIRE(d.queues.size() == 2);
        const QueueTraceStats& q0 = d.queues[0];
        CHECK(q0.requests == 3);
        CHECK(q0.bytes_in == 3000);
        CHECK(q0.bytes_out == 3000);
        CHECK(q0.notifications == kicks0);
        CHECK(q0.notifications_suppressed == 0);  // the queue was idle at every kick
        CHECK(q0.interrupts == 3);
        CHECK(q0.interrupts_suppressed == 0);
        const ServiceSummary s0 = summarize(q0.service_ps);
        CHECK(s0.count == 3);
        CHECK(s0.p50_ps == 20000000);
        CHECK(s0.max_ps == 20000000);
        CHECK(s0.mean_ps == Approx(20e6));
        const QueueTraceStats& q1 = d.queues[1];
        CHECK(q1.requests == 1);
        CHECK(q1.bytes_in == 500);
        CHECK(q1.bytes_out == 500);
        CHECK(summarize(q1.service_ps).max_ps == 15000000);

        std::ostringstream table;
        Tracer::instance().write_stats(table);
        CHECK(table.str().find("virtio-stats: virtio/dev queue 0: requests=3 bytes_in=3000 "
                               "bytes_out=3000 notifications=3 notifications_suppressed=0 "
                               "interrupts=3 interrupts_suppressed=0 service_mean=20.000us "
                               "service_p50=20.000us service_p99=20.000us "
                               "service_max=20.000us") != std::string::npos);
    }
}

void suppressed_kicks(bool packed)
{
    {
        Tracer::instance().reset();
        Tracer::instance().enable_stats();
        const Variant v{2, packed, true};
        INFO(describe(v));
        TestRig rig(v, timed_device());
        unsigned notified = 0, suppressed = 0;
        REQUIRE(rig.run([&](VirtioDriver& drv) {
            REQUIRE(drv.init(rig.wanted(), 2));
            auto add = [&] {
                REQUIRE(drv.submit(0, echo_request(std::vector<uint8_t>(1000, 1), 1000)) >= 0);
                (drv.kick(0) ? notified : suppressed) += 1;
            };
            add();                       // idle device: notified, taken at once
            drv.sleep(sc_time(1, SC_US));  // the device is busy with it (20 us)
            add();                       // split: crosses avail_event, notified
            add();                       // split: the device has not caught up, suppressed
            add();                       // split: suppressed too
            while (drv.in_flight(0) > 0) {
                REQUIRE(drv.wait_irq(sc_time(1, sc_core::SC_MS)));
                drv.handle_irq();
                drv.collect(0);
            }
        }));
        // Split: the device's avail_event; packed: the device never asks for
        // descriptor-event notifications, so the driver kicks every time.
        CHECK(notified == (packed ? 4u : 2u));
        CHECK(suppressed == (packed ? 0u : 2u));
        const QueueTraceStats& q = Tracer::instance().stats().at(0)->queues.at(0);
        CHECK(q.requests == 4);
        CHECK(q.notifications == notified);
        CHECK(q.notifications_suppressed == suppressed);
    }
}

}  // namespace

TEST_CASE("statistics per queue: requests, bytes, notifications, interrupts, service time (split)")
{
    statistics_per_queue(false);
}
TEST_CASE("statistics per queue: requests, bytes, notifications, interrupts, service time (packed)")
{
    statistics_per_queue(true);
}
TEST_CASE("a kick the driver suppresses through EVENT_IDX is counted as suppressed (split)")
{
    suppressed_kicks(false);
}
TEST_CASE("a kick the driver suppresses through EVENT_IDX is counted as suppressed (packed)")
{
    suppressed_kicks(true);
}

TEST_CASE("interrupts the driver turned off are counted as suppressed")
{
    Tracer::instance().reset();
    Tracer::instance().enable_stats();
    TestRig rig({2, false, true}, timed_device());
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(true, false), 2));  // no EVENT_IDX: avail.flags
        drv.disable_cb(0);
        REQUIRE(drv.submit(0, echo_request({1, 2, 3}, 3)) >= 0);
        drv.kick(0);
        drv.sleep(sc_time(50, SC_US));
        CHECK(drv.collect(0).size() == 1);
        drv.enable_cb(0);
        REQUIRE(drv.transact(0, echo_request({4, 5}, 2)));
    }));
    const DeviceTraceStats& d = *Tracer::instance().stats().at(0);
    CHECK(d.queues.at(0).requests == 2);
    CHECK(d.queues.at(0).interrupts == 1);
    CHECK(d.queues.at(0).interrupts_suppressed == 1);
    CHECK(d.interrupts_raised == 1);
}

TEST_CASE("the text log has the selected events with simulated time stamps")
{
    TempFile log(".log");
    Tracer& t = Tracer::instance();
    t.reset();
    CHECK(t.enable_pattern("virtio_*") == 13);
    CHECK(t.enable_pattern("-virtio_mmio_*") == 2);  // registers off again
    CHECK(t.enable_pattern("no_such_event") == 0);
    t.open_log(log.path);
    TestRig rig({2, false, true}, timed_device());
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        drv.sleep(sc_time(5, SC_US) - sc_core::sc_time_stamp());  // at 5 us exactly
        REQUIRE(drv.transact(0, echo_request(std::vector<uint8_t>(1000, 3), 1000)));
    }));
    t.finish();
    const std::string text = log.text();
    INFO(text);
    CHECK(count(text, "virtio_mmio_") == 0);
    CHECK(text.find("virtio_set_status virtio/dev old=0x0 new=0x1\n") != std::string::npos);
    CHECK(text.find("virtio_features virtio/dev offered=0x") != std::string::npos);
    // Both rings start at DRIVER_OK (the transport looks at every queue once).
    CHECK(count(text, "virtio_queue_setup virtio/dev queue=0 num=256 desc=0x") == 1);
    CHECK(count(text, "virtio_queue_setup virtio/dev queue=1 num=256 desc=0x") == 1);
    CHECK(text.find("[0.000005000] virtio_notify virtio/dev queue=0\n") != std::string::npos);
    CHECK(text.find("[0.000005000] virtio_queue_pop virtio/dev queue=0 head=0 descriptors=2 "
                    "readable=1000 writable=1000\n") != std::string::npos);
    CHECK(text.find("[0.000025000] virtio_request_done virtio/dev queue=0 head=0 used_len=1000\n") !=
          std::string::npos);
    CHECK(text.find("[0.000025000] virtio_queue_push virtio/dev queue=0 head=0 used_len=1000 "
                    "interrupt=1\n") != std::string::npos);
    CHECK(text.find("[0.000025000] virtio_irq_raise virtio/dev bits=0x1 status=0x1\n") !=
          std::string::npos);
    CHECK(text.find("virtio_irq_ack virtio/dev bits=0x1 status=0x0\n") != std::string::npos);
}

TEST_CASE("an events file (QEMU -trace events=FILE) has one pattern per line, comments skipped")
{
    TempFile events(".events");
    TempFile log(".log");
    {
        std::ofstream f(events.path);
        f << "# registers only\n  virtio_mmio_write  \n\nvirtio_config_change\n";
    }
    Tracer& t = Tracer::instance();
    t.reset();
    // An unreadable events file is an error. Checked before the simulation
    // runs: under ASan, a C++ exception thrown on the main stack after
    // SystemC's coroutines have run is misreported (stack bounds).
    CHECK_THROWS_AS(t.enable_events_file("/nonexistent/events"), std::runtime_error);
    t.enable_events_file(events.path);
    t.open_log(log.path);
    TestRig rig({1, false, true});
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        rig.device.change_config(0, 5);
    }));
    t.finish();
    const std::string text = log.text();
    INFO(text);
    CHECK(count(text, "virtio_mmio_read") == 0);
    CHECK(text.find("virtio_mmio_write virtio/dev reg=GuestPageSize offset=0x028 value=0x1000") !=
          std::string::npos);
    CHECK(text.find("virtio_mmio_write virtio/dev reg=Status offset=0x070 value=0x0") !=
          std::string::npos);
    CHECK(count(text, "virtio_config_change virtio/dev generation=1\n") == 1);
}

TEST_CASE("the timeline has one span per request on its queue's track, and interrupt instants")
{
    TempFile json(".json");
    Tracer& t = Tracer::instance();
    t.reset();
    t.open_timeline(json.path);
    TestRig rig({2, false, true}, timed_device());
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        drv.sleep(sc_time(100, SC_US) - sc_core::sc_time_stamp());
        REQUIRE(drv.transact(0, echo_request(std::vector<uint8_t>(1000, 3), 1000)));
        REQUIRE(drv.transact(0, echo_request(std::vector<uint8_t>(1000, 3), 1000)));
        REQUIRE(drv.transact(1, echo_request(std::vector<uint8_t>(100, 3), 100)));
    }));
    t.cpu_idle("cpu0", true);  // a CPU that is still idle at the end gets its span
    t.finish();
    const std::string text = json.text();
    INFO(text);
    REQUIRE(text.rfind("{\"displayTimeUnit\":\"ns\"", 0) == 0);
    CHECK(text.substr(text.size() - 4) == "\n]}\n");
    // Queue 0 is tid 1, queue 1 tid 65; the device is process 2.
    CHECK(count(text, "{\"name\":\"request\",\"ph\":\"X\",\"ts\":100.000000,\"pid\":2,\"tid\":1,"
                      "\"dur\":20.000000,") == 1);
    CHECK(count(text, "\"name\":\"request\",\"ph\":\"X\"") == 3);
    CHECK(count(text, "\"pid\":2,\"tid\":65,\"dur\":11.000000,") == 1);
    CHECK(count(text, "\"name\":\"irq raise\"") == 3);
    CHECK(count(text, "\"name\":\"irq ack\"") == 3);
    CHECK(count(text, "\"name\":\"notify\"") == 3);
    CHECK(count(text, "\"args\":{\"name\":\"queue 0\"}") == 1);
    CHECK(count(text, "\"args\":{\"name\":\"queue 1\"}") == 1);
    CHECK(count(text, "\"args\":{\"name\":\"virtio/dev\"}") == 1);
    CHECK(count(text, "\"name\":\"WFI idle\",\"ph\":\"X\"") == 1);
    // Brackets balance (a cheap well-formedness check; the system test parses it).
    CHECK(count(text, "{") == count(text, "}"));
    CHECK(count(text, "[") == count(text, "]"));
}

TEST_CASE("the VCD has the irq line, InterruptStatus and the in-flight count per queue")
{
    TempFile vcd(".vcd");
    const std::string base = vcd.path.substr(0, vcd.path.size() - 4);
    TestRig rig({2, false, true}, timed_device());
    sc_core::sc_trace_file* file = sc_core::sc_create_vcd_trace_file(base.c_str());
    file->set_time_unit(1, SC_NS);
    rig.transport.trace_signals(file);
    unsigned in_flight_seen = 0;
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(rig.wanted(), 2));
        REQUIRE(drv.submit(0, echo_request(std::vector<uint8_t>(1000, 1), 1000)) >= 0);
        drv.kick(0);
        drv.sleep(sc_time(1, SC_US));
        in_flight_seen = rig.transport.queue_in_flight(0);
        REQUIRE(drv.wait_irq(sc_time(1, sc_core::SC_MS)));
        drv.handle_irq();
        drv.collect(0);
    }));
    sc_core::sc_close_vcd_trace_file(file);
    CHECK(in_flight_seen == 1);
    CHECK(rig.transport.queue_in_flight(0) == 0);
    const std::string text = vcd.text();
    INFO(text);
    CHECK(text.find(" irq ") != std::string::npos);
    CHECK(text.find(" InterruptStatus ") != std::string::npos);
    CHECK(text.find(" queue0_in_flight ") != std::string::npos);
    CHECK(text.find(" queue1_in_flight ") != std::string::npos);
    // The request was taken at 0+ and completed at 20 us: the count rose and
    // fell, and InterruptStatus went to 1 at 20 us.
    CHECK(text.find("#20000\n") != std::string::npos);
}

TEST_CASE("service-time summary: nearest-rank percentiles")
{
    std::vector<uint64_t> samples;
    for (uint64_t i = 100; i >= 1; --i)
        samples.push_back(i);
    const ServiceSummary s = summarize(samples);
    CHECK(s.count == 100);
    CHECK(s.mean_ps == Approx(50.5));
    CHECK(s.p50_ps == 50);
    CHECK(s.p99_ps == 99);
    CHECK(s.max_ps == 100);
    CHECK(summarize({}).count == 0);
    CHECK(summarize({7}).p99_ps == 7);
}

namespace {

// Takes every available request of its one queue, holds them all for 10 us,
// then returns them newest first: requests of one queue overlap in time.
class BatchDevice : public VirtioDevice {
public:
    using VirtioDevice::VirtioDevice;
    uint32_t device_id() const override { return 0x2b; }
    uint64_t device_features() const override { return 0; }
    unsigned num_queues() const override { return 1; }
    uint32_t config_size() const override { return 0; }
    void read_config(uint32_t, uint8_t*, uint32_t) override {}
    void reset() override {}
    void notify(unsigned queue) override
    {
        std::vector<VirtioMessage> held;
        VirtioMessage msg;
        while (transport().get(queue, msg))
            held.push_back(msg);
        wait(sc_time(10, SC_US));
        for (auto it = held.rbegin(); it != held.rend(); ++it)
            transport().put(queue, *it);
    }
};

}  // namespace

TEST_CASE("requests of one queue that overlap get a lane each on the queue's track")
{
    TempFile json(".json");
    Tracer& t = Tracer::instance();
    t.reset();
    t.open_timeline(json.path);
    t.enable_stats();
    VirtioBench bench;
    BatchDevice device("batch");
    MmioTransport transport("virtio", device);
    bench.attach(transport);
    REQUIRE(bench.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(bit(kFeatureIndirectDesc), 1));
        for (unsigned i = 0; i < 3; ++i)
            REQUIRE(drv.submit(0, echo_request({1, 2, 3, 4}, 0)) >= 0);
        drv.kick(0);
        drv.sleep(sc_time(5, SC_US));
        CHECK(transport.queue_in_flight(0) == 3);
        REQUIRE(drv.wait_irq(sc_time(1, sc_core::SC_MS)));
        drv.handle_irq();
        CHECK(drv.collect(0).size() == 3);
    }));
    t.finish();
    const std::string text = json.text();
    INFO(text);
    // Three spans of 10 us, one per lane: tids 1, 2 and 3 of the device's process.
    CHECK(count(text, "\"name\":\"request\",\"ph\":\"X\",\"ts\":") == 3);
    CHECK(count(text, ",\"pid\":2,\"tid\":1,\"dur\":10.000000,") == 1);
    CHECK(count(text, ",\"pid\":2,\"tid\":2,\"dur\":10.000000,") == 1);
    CHECK(count(text, ",\"pid\":2,\"tid\":3,\"dur\":10.000000,") == 1);
    CHECK(count(text, "\"args\":{\"name\":\"queue 0\"}") == 1);
    CHECK(count(text, "\"args\":{\"name\":\"queue 0 (overlap 1)\"}") == 1);
    CHECK(count(text, "\"args\":{\"name\":\"queue 0 (overlap 2)\"}") == 1);
    CHECK(count(text, "\"args\":{\"requests\":3}") == 1);  // occupancy counter peaks at 3
    const QueueTraceStats& q = t.stats().at(0)->queues.at(0);
    CHECK(q.requests == 3);
    CHECK(q.bytes_in == 12);
    CHECK(summarize(q.service_ps).max_ps == 10000000);
    CHECK(transport.queue_in_flight(0) == 0);
}
