// virtio-console device on a fake transport: transmit buffers reach the host
// backend, host input is polled and delivered into posted receive buffers
// without loss, and the TCP backend works with a real loopback client.
#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "fake_transport.h"
#include "host/char_backends.h"
#include "virtio/console.h"

using namespace vp::virtio;
using namespace vp::virtio::test;
using sc_core::SC_MS;
using sc_core::SC_US;
using sc_core::sc_time;

namespace {

std::vector<uint8_t> bytes(const std::string& s)
{
    return std::vector<uint8_t>(s.begin(), s.end());
}

std::string text(const std::vector<uint8_t>& v)
{
    return std::string(v.begin(), v.end());
}

struct Bench {
    vp::host::MemoryCharBackend backend;
    ConsoleDevice dev;
    FakeTransport t;

    explicit Bench(const ConsoleDevice::Config& c = {}) : dev("console", backend, c), t("t", dev)
    {
        dev.driver_ok();
    }

    uint64_t post_rx(uint32_t len)
    {
        const uint64_t a = t.alloc(len);
        t.submit(kConsoleRx, {}, {{a, len}});
        t.kick(kConsoleRx);
        return a;
    }
};

}  // namespace

TEST_CASE("console: transmitted buffers reach the backend in order")
{
    Bench b;
    const uint16_t id1 = b.t.submit(kConsoleTx, {{b.t.place(bytes("hello ")), 6}}, {});
    const uint16_t id2 = b.t.submit(
        kConsoleTx, {{b.t.place(bytes("wor")), 3}, {b.t.place(bytes("ld\n")), 3}}, {});
    b.t.kick(kConsoleTx);
    sc_core::sc_start(sc_time(1, SC_MS));
    CHECK(b.backend.output() == "hello world\n");
    REQUIRE(b.t.find(kConsoleTx, id1));
    REQUIRE(b.t.find(kConsoleTx, id2));
    CHECK(b.t.find(kConsoleTx, id2)->used_len == 0);
    CHECK(b.dev.bytes_sent() == 12);
}

TEST_CASE("console: transmit completion waits for the service time")
{
    ConsoleDevice::Config c;
    c.service = ServiceTime{sc_time(5, SC_US), 1e6};  // 1 MB/s: 1 us per byte
    Bench b(c);
    b.t.submit(kConsoleTx, {{b.t.place(bytes("0123456789")), 10}}, {});
    b.t.kick(kConsoleTx);
    sc_core::sc_start(sc_time(100, SC_US));
    REQUIRE(b.t.completed.size() == 1);
    CHECK(b.t.completed[0].when == sc_time(15, SC_US));
}

TEST_CASE("console: host input is delivered at the next poll into a posted buffer")
{
    Bench b;  // poll period 1 ms
    const uint64_t buf = b.post_rx(16);
    sc_core::sc_start(sc_time(500, SC_US));
    b.backend.push_input("abc");
    sc_core::sc_start(sc_time(2, SC_MS));
    REQUIRE(b.t.completed.size() == 1);
    CHECK(b.t.completed[0].used_len == 3);
    CHECK(b.t.completed[0].when == sc_time(1, SC_MS));
    CHECK(text(b.t.peek(buf, 3)) == "abc");
    CHECK(b.dev.bytes_received() == 3);
}

TEST_CASE("console: input waits for receive buffers and none is lost")
{
    Bench b;
    b.backend.push_input("0123456789");
    sc_core::sc_start(sc_time(5, SC_MS));
    CHECK(b.backend.pending_input() == 0);  // taken from the host...
    CHECK(b.dev.pending_input() == 10);     // ...and queued in the device
    CHECK(b.t.completed.empty());

    // Buffers posted later are filled at once (no need to wait for a poll).
    const uint64_t b1 = b.post_rx(4);
    const uint64_t b2 = b.post_rx(4);
    sc_core::sc_start(sc_time(10, SC_US));
    REQUIRE(b.t.completed.size() == 2);
    CHECK(text(b.t.peek(b1, 4)) == "0123");
    CHECK(text(b.t.peek(b2, 4)) == "4567");
    CHECK(b.dev.pending_input() == 2);

    // New host input goes behind the queued bytes (the device polls the
    // host before it fills a newly posted buffer).
    b.backend.push_input("XY");
    const uint64_t b3 = b.post_rx(64);
    sc_core::sc_start(sc_time(2, SC_MS));
    REQUIRE(b.t.completed.size() == 3);
    CHECK(b.t.completed[2].used_len == 4);
    CHECK(text(b.t.peek(b3, 4)) == "89XY");
    CHECK(b.dev.pending_input() == 0);
    CHECK(b.dev.bytes_received() == 12);
}

TEST_CASE("console: pending input survives a device reset")
{
    Bench b;
    b.backend.push_input("keep");
    sc_core::sc_start(sc_time(2, SC_MS));
    b.dev.reset();
    CHECK(b.dev.pending_input() == 4);
    b.dev.driver_ok();
    const uint64_t buf = b.post_rx(8);
    sc_core::sc_start(sc_time(2, SC_MS));
    REQUIRE(b.t.completed.size() == 1);
    CHECK(text(b.t.peek(buf, 4)) == "keep");
}

TEST_CASE("console: config space, features and emergency write")
{
    ConsoleDevice::Config c;
    c.offer_size = true;
    c.cols = 132;
    c.rows = 43;
    Bench b(c);
    uint8_t cfg[12] = {};
    b.dev.read_config(0, cfg, 12);
    CHECK((cfg[0] | cfg[1] << 8) == 132);
    CHECK((cfg[2] | cfg[3] << 8) == 43);
    CHECK(cfg[4] == 1);  // max_nr_ports
    CHECK(b.dev.device_features() ==
          (bit(kConsoleFeatureSize) | bit(kConsoleFeatureEmergWrite)));
    CHECK(b.dev.num_queues() == 2);
    CHECK(b.dev.device_id() == 3);

    const uint8_t ch[4] = {'!', 0, 0, 0};
    b.dev.write_config(kConsoleCfgEmergWr, ch, 4);
    CHECK(b.backend.output() == "!");

    WarningLog log;
    b.dev.write_config(kConsoleCfgCols, ch, 2);
    CHECK(log.count("virtio/console/config-write") == 1);
}

TEST_CASE("console: a receive buffer without writable space is reported")
{
    WarningLog log;
    Bench b;
    b.backend.push_input("z");
    const uint16_t bad = b.t.submit(kConsoleRx, {{b.t.alloc(4), 4}}, {});
    const uint64_t good = b.post_rx(4);
    sc_core::sc_start(sc_time(2, SC_MS));
    CHECK(log.count("virtio/console/bad-request") == 1);
    REQUIRE(b.t.find(kConsoleRx, bad));
    CHECK(b.t.find(kConsoleRx, bad)->used_len == 0);
    CHECK(text(b.t.peek(good, 1)) == "z");
}

TEST_CASE("console: TCP backend carries input and output with a loopback client")
{
    vp::host::TcpCharBackend tcp(0);
    REQUIRE(tcp.port() != 0);
    ConsoleDevice dev("console", tcp);
    FakeTransport t("t", dev);
    dev.driver_ok();

    // Output produced before a client connects is kept for it.
    t.submit(kConsoleTx, {{t.place(bytes("boot\n")), 5}}, {});
    t.kick(kConsoleTx);
    sc_core::sc_start(sc_time(1, SC_MS));

    const int client = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(tcp.port());
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(client, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0);
    REQUIRE(::send(client, "ping", 4, 0) == 4);

    const uint64_t rx = t.alloc(16);
    t.submit(kConsoleRx, {}, {{rx, 16}});
    t.kick(kConsoleRx);
    // The host socket is asynchronous to simulated time: poll a few periods.
    for (int i = 0; i < 200 && t.completed.size() < 2; ++i) {
        sc_core::sc_start(sc_time(1, SC_MS));
        ::usleep(1000);
    }
    REQUIRE(t.completed.size() == 2);
    CHECK(text(t.peek(rx, 4)) == "ping");
    CHECK(t.completed[1].used_len == 4);

    t.submit(kConsoleTx, {{t.place(bytes("pong")), 4}}, {});
    t.kick(kConsoleTx);
    sc_core::sc_start(sc_time(1, SC_MS));

    std::string got;
    char buf[64];
    while (got.size() < 9) {
        struct pollfd p{client, POLLIN, 0};
        REQUIRE(::poll(&p, 1, 2000) == 1);
        const ssize_t n = ::recv(client, buf, sizeof(buf), 0);
        REQUIRE(n > 0);
        got.append(buf, static_cast<size_t>(n));
    }
    CHECK(got == "boot\npong");
    ::close(client);
}
