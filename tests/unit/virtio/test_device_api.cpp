// The device author's helpers of models/virtio on their own: ConfigSpace
// (little-endian fields, one bounds check), report_guest_error (one line,
// name-prefixed), RequestServer (get, handle, service time, put; shared
// channels) and HostReceiver (live from DRIVER_OK, a reset during a delivery
// keeps the input), each on a small device of the test's own behind the fake
// transport.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <deque>
#include <memory>
#include <string>

#include "fake_transport.h"
#include "virtio/config_space.h"
#include "virtio/guest_error.h"
#include "virtio/host_receiver.h"
#include "virtio/request_server.h"

using namespace vp::virtio;
using namespace vp::virtio::test;
using sc_core::sc_time;
using sc_core::SC_US;

namespace {

// Queue q: each request's readable bytes, upper-cased, into its writable
// part. One RequestServer per queue, in its own thread when `threaded`.
class UpperDevice : public VirtioDevice {
public:
    UpperDevice(sc_core::sc_module_name name, unsigned queues, const ServiceTime& service,
                bool threaded, sc_core::sc_semaphore* channels = nullptr)
        : VirtioDevice(name), m_threaded(threaded)
    {
        config_space() = ConfigSpace(4);
        config_space().set_u32(0, 0x11223344);
        for (unsigned q = 0; q < queues; ++q) {
            m_servers.push_back(std::make_unique<RequestServer>(
                *this, q, service, [this](VirtioMessage& m) { return upper(m); }));
            m_servers.back()->share_channels(channels);
            if (threaded)
                m_servers.back()->spawn_thread(("queue" + std::to_string(q)).c_str());
        }
    }
    uint32_t device_id() const override { return 0x7e; }
    uint64_t device_features() const override { return 0; }
    unsigned num_queues() const override { return static_cast<unsigned>(m_servers.size()); }
    void reset() override {}
    void notify(unsigned queue) override
    {
        if (m_threaded)
            m_servers.at(queue)->kick();
        else
            m_servers.at(queue)->serve_available();
    }

private:
    uint64_t upper(VirtioMessage& msg)
    {
        std::string s(msg.readable_size(), '\0');
        msg.from_guest(0, s.data(), s.size());
        for (char& c : s)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        msg.to_guest(0, s.data(), s.size());
        if (msg.writable_size() < s.size())
            guest_error("test/upper/short", "request %u: %zu bytes do not fit in %zu",
                        unsigned{msg.id}, s.size(), msg.writable_size());
        return s.size();
    }

    bool m_threaded;
    std::vector<std::unique_ptr<RequestServer>> m_servers;
};

// Receives lines from a "host" (a deque the test fills) into queue 0, one
// line per buffer, taking `delivery` per line.
class LineDevice : public VirtioDevice, private HostInput {
public:
    LineDevice(sc_core::sc_module_name name, sc_time poll, sc_time delivery)
        : VirtioDevice(name), m_receiver(*this, 0, *this, poll), m_delivery(delivery)
    {
        m_receiver.spawn_thread("rx");
    }
    uint32_t device_id() const override { return 0x7f; }
    uint64_t device_features() const override { return 0; }
    unsigned num_queues() const override { return 1; }
    void reset() override { m_receiver.reset(); }
    void driver_ok() override { m_receiver.driver_ok(); }
    void notify(unsigned) override { m_receiver.buffers_posted(); }

    std::deque<std::string> host;     // not yet polled
    std::deque<std::string> pending;  // polled, not yet delivered
    unsigned polls = 0;

private:
    void poll_host() override
    {
        ++polls;
        while (!host.empty()) {
            pending.push_back(host.front());
            host.pop_front();
        }
    }
    bool has_host_input() const override { return !pending.empty(); }
    sc_time fill(VirtioMessage& msg, uint64_t& consume) override
    {
        const std::string& line = pending.front();
        consume = msg.to_guest(0, line.data(), line.size()) == line.size() ? 1 : 0;
        return m_delivery;
    }
    void commit(uint64_t consume) override
    {
        if (consume)
            pending.pop_front();
    }

    HostReceiver m_receiver;
    sc_time m_delivery;
};

std::string text(FakeTransport& t, uint64_t addr, size_t len)
{
    const auto bytes = t.peek(addr, len);
    return std::string(bytes.begin(), bytes.end());
}

}  // namespace

TEST_CASE("ConfigSpace: little-endian fields, reads past the end are zero, fields that do not fit are ignored")
{
    ConfigSpace c(12);
    c.set_u16(0, 0x1234);
    c.set_u32(2, 0xa1b2c3d4);
    c.set_u8(6, 0x7f);
    c.set_u64(8, 0x0102030405060708ull);  // does not fit at 8 in 12 bytes: ignored
    const uint8_t mac[2] = {0xee, 0xff};
    c.set_bytes(10, mac, 2);
    uint8_t out[16];
    c.read(0, out, 16);
    const uint8_t expected[16] = {0x34, 0x12, 0xd4, 0xc3, 0xb2, 0xa1, 0x7f, 0, 0, 0, 0xee, 0xff,
                                  0, 0, 0, 0};
    CHECK(std::equal(out, out + 16, expected));
    c.read(11, out, 4);  // straddles the end
    CHECK(out[0] == 0xff);
    CHECK((out[1] | out[2] | out[3]) == 0);
    c.read(100, out, 4);  // wholly outside
    CHECK((out[0] | out[1] | out[2] | out[3]) == 0);
    CHECK(c.size() == 12);
    CHECK_FALSE(c.fits(9, 4));
    CHECK(c.fits(8, 4));
}

TEST_CASE("report_guest_error: one line, the reporter's name first, printf formatting, long texts whole")
{
    WarningLog log;
    report_guest_error("sys.virtio3 queue 1", "test/api/one", "descriptor %u at 0x%llx, len %zu", 7u,
                       0x8000ull, size_t{16});
    CHECK(log.count("test/api/one") == 1);
    CHECK(log.last("test/api/one") == "sys.virtio3 queue 1: descriptor 7 at 0x8000, len 16");
    const std::string long_text(600, 'x');
    report_guest_error("dev", "test/api/long", "%s|end", long_text.c_str());
    CHECK(log.last("test/api/long") == "dev: " + long_text + "|end");
}

TEST_CASE("RequestServer: each request handled, completed after latency + bytes / throughput, in order")
{
    // 3 us + 1 byte per us.
    UpperDevice d("upper", 1, ServiceTime{sc_time(3, SC_US), 1e6}, false);
    FakeTransport t("t", d);
    WarningLog log;
    const uint64_t in0 = t.place({'a', 'b', 'c', 'd'}), out0 = t.alloc(4);
    const uint64_t in1 = t.place({'x', 'y'}), out1 = t.alloc(1);
    const uint16_t r0 = t.submit(0, {{in0, 4}}, {{out0, 4}});
    const uint16_t r1 = t.submit(0, {{in1, 2}}, {{out1, 1}});
    t.kick(0);
    sc_core::sc_start(sc_time(1, sc_core::SC_MS));
    REQUIRE(t.find(0, r0));
    REQUIRE(t.find(0, r1));
    CHECK(text(t, out0, 4) == "ABCD");
    CHECK(t.find(0, r0)->used_len == 4);
    CHECK(t.find(0, r0)->when == sc_time(7, SC_US));       // 3 us + 4 bytes
    CHECK(text(t, out1, 1) == "X");
    CHECK(t.find(0, r1)->used_len == 1);
    CHECK(t.find(0, r1)->when == sc_time(7 + 5, SC_US));   // then 3 us + 2 bytes
    CHECK(log.count("test/upper/short") == 1);
    CHECK(log.last("test/upper/short") == "upper: request 1: 2 bytes do not fit in 1");
    CHECK(d.config_size() == 4);
    uint8_t cfg[4];
    d.read_config(0, cfg, 4);
    CHECK((cfg[0] == 0x44 && cfg[1] == 0x33 && cfg[2] == 0x22 && cfg[3] == 0x11));
}

TEST_CASE("RequestServer: threads of several queues share a limited number of channels")
{
    sc_core::sc_semaphore one("one", 1);
    UpperDevice d("upper", 2, ServiceTime{sc_time(10, SC_US), 0.0}, true, &one);
    FakeTransport t("t", d);
    const uint64_t in = t.place({'q'}), out0 = t.alloc(1), out1 = t.alloc(1);
    const uint16_t r0 = t.submit(0, {{in, 1}}, {{out0, 1}});
    const uint16_t r1 = t.submit(1, {{in, 1}}, {{out1, 1}});
    t.kick(0);
    t.kick(1);
    sc_core::sc_start(sc_time(1, sc_core::SC_MS));
    REQUIRE(t.find(0, r0));
    REQUIRE(t.find(1, r1));
    // One channel: the two 10 us services run one after the other.
    const sc_time a = t.find(0, r0)->when, b = t.find(1, r1)->when;
    CHECK(std::min(a, b) == sc_time(10, SC_US));
    CHECK(std::max(a, b) == sc_time(20, SC_US));
    CHECK(text(t, out0, 1) == "Q");
    CHECK(text(t, out1, 1) == "Q");
}

TEST_CASE("HostReceiver: nothing before DRIVER_OK, then input into posted buffers, and a reset during a delivery keeps it")
{
    LineDevice d("lines", sc_time(100, SC_US), sc_time(5, SC_US));
    FakeTransport t("t", d);
    d.host = {"one", "two"};
    const uint64_t b0 = t.alloc(8), b1 = t.alloc(8);
    t.submit(0, {}, {{b0, 8}});
    t.submit(0, {}, {{b1, 8}});
    sc_core::sc_start(sc_time(300, SC_US));
    CHECK(d.polls == 0);  // not live: no polling at all
    CHECK(t.completed.empty());

    d.driver_ok();
    sc_core::sc_start(sc_time(20, SC_US));
    REQUIRE(t.completed.size() == 2);
    CHECK(text(t, b0, 3) == "one");
    CHECK(text(t, b1, 3) == "two");
    CHECK(t.completed[0].used_len == 3);
    CHECK(t.completed[1].when - t.completed[0].when == sc_time(5, SC_US));
    CHECK(d.pending.empty());

    // A line arrives; the next poll (at most 100 us later) delivers it into
    // a posted buffer, but the device is reset during the 5 us delivery:
    // the completion is dropped and the line stays pending.
    d.host = {"three"};
    const uint64_t b2 = t.alloc(8);
    t.submit(0, {}, {{b2, 8}});
    const size_t before = t.completed.size();
    const unsigned polls = d.polls;
    while (d.polls == polls)
        sc_core::sc_start(sc_time(1, SC_US));  // up to the poll that takes "three"
    sc_core::sc_start(sc_time(2, SC_US));      // inside its 5 us delivery
    d.reset();
    sc_core::sc_start(sc_time(50, SC_US));
    CHECK(t.completed.size() == before + 1);   // the fake transport records the put
    CHECK(d.pending.size() == 1);              // but the line was not consumed
    CHECK(d.pending.front() == "three");
}
