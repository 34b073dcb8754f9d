// NetBackend: the UDP backend against a real loopback socket (one frame per
// datagram, both directions, non-blocking), the null and in-memory backends,
// and the factory's spec parsing and error messages.
#include <catch2/catch.hpp>

#include <cerrno>
#include <chrono>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "host/net_backend.h"

using namespace vp::host;

namespace {

// A plain UDP socket on 127.0.0.1 with an ephemeral port: the peer.
struct Peer {
    int fd = -1;
    uint16_t port = 0;

    Peer()
    {
        fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        REQUIRE(fd >= 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof(a)) == 0);
        socklen_t len = sizeof(a);
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
        port = ntohs(a.sin_port);
    }
    ~Peer() { ::close(fd); }

    void send_to(uint16_t to_port, const std::vector<uint8_t>& data)
    {
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(to_port);
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::sendto(fd, data.data(), data.size(), 0, reinterpret_cast<sockaddr*>(&a),
                         sizeof(a)) == static_cast<ssize_t>(data.size()));
    }

    // One datagram, waiting up to 1 s; empty if none came.
    std::vector<uint8_t> recv_one()
    {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 1000) != 1)
            return {};
        std::vector<uint8_t> buf(70000);
        const ssize_t n = ::recv(fd, buf.data(), buf.size(), 0);
        buf.resize(n > 0 ? static_cast<size_t>(n) : 0);
        return buf;
    }
};

std::vector<uint8_t> bytes(size_t n, uint8_t seed)
{
    std::vector<uint8_t> v(n);
    for (size_t i = 0; i < n; ++i)
        v[i] = static_cast<uint8_t>(seed + i * 13);
    return v;
}

// Polls the backend (non-blocking) for up to 1 s of host time.
bool receive_within(NetBackend& b, std::vector<uint8_t>& frame)
{
    for (int i = 0; i < 1000; ++i) {
        if (b.receive(frame))
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return false;
}

}  // namespace

TEST_CASE("udp backend: each frame is one datagram on loopback, both directions")
{
    Peer peer;
    auto b = make_net_backend("udp:0:127.0.0.1:" + std::to_string(peer.port));
    auto* udp = dynamic_cast<UdpNetBackend*>(b.get());
    REQUIRE(udp != nullptr);
    REQUIRE(udp->local_port() != 0);
    CHECK(b->describe() == "udp:127.0.0.1:" + std::to_string(udp->local_port()) +
                               "->127.0.0.1:" + std::to_string(peer.port));

    // Nothing pending: returns at once with false.
    std::vector<uint8_t> got;
    CHECK_FALSE(b->receive(got));

    // Guest -> host: datagram boundaries are frame boundaries.
    const auto f1 = bytes(60, 1), f2 = bytes(1514, 2);
    CHECK(b->send(f1.data(), f1.size()));
    CHECK(b->send(f2.data(), f2.size()));
    CHECK(peer.recv_one() == f1);
    CHECK(peer.recv_one() == f2);

    // Host -> guest.
    const auto f3 = bytes(9000, 3), f4 = bytes(42, 4);
    peer.send_to(udp->local_port(), f3);
    peer.send_to(udp->local_port(), f4);
    REQUIRE(receive_within(*b, got));
    CHECK(got == f3);
    REQUIRE(receive_within(*b, got));
    CHECK(got == f4);
    CHECK_FALSE(b->receive(got));
    CHECK(b->send_drops() == 0);
}

TEST_CASE("udp backend: two backends talk to each other on fixed ports")
{
    // Find two free ports by binding ephemeral peers, then release them.
    uint16_t pa = 0, pb = 0;
    {
        Peer a, b;
        pa = a.port;
        pb = b.port;
    }
    UdpNetBackend a(pa, "127.0.0.1", pb);
    UdpNetBackend b(pb, "localhost", pa);
    const auto f = bytes(128, 7);
    CHECK(a.send(f.data(), f.size()));
    std::vector<uint8_t> got;
    REQUIRE(receive_within(b, got));
    CHECK(got == f);
    CHECK(b.send(f.data(), 14));
    REQUIRE(receive_within(a, got));
    CHECK(got == std::vector<uint8_t>(f.begin(), f.begin() + 14));
}

TEST_CASE("udp backend: oversized frames are dropped and counted, a port in use is an error")
{
    Peer peer;
    UdpNetBackend b(0, "127.0.0.1", peer.port);
    std::vector<uint8_t> huge(NetBackend::kMaxFrame + 1, 0);
    CHECK_FALSE(b.send(huge.data(), huge.size()));
    CHECK(b.send_drops() == 1);
    CHECK_THROWS_WITH(UdpNetBackend(peer.port, "127.0.0.1", 9),
                      Catch::Contains("cannot bind 127.0.0.1:" + std::to_string(peer.port)));
}

TEST_CASE("null and memory backends")
{
    auto n = make_net_backend("null");
    const auto f = bytes(64, 1);
    std::vector<uint8_t> got;
    CHECK(n->send(f.data(), f.size()));
    CHECK_FALSE(n->receive(got));
    CHECK(n->describe() == "null");

    auto loop = make_net_backend("loopback");
    CHECK(loop->send(f.data(), f.size()));
    REQUIRE(loop->receive(got));
    CHECK(got == f);
    CHECK_FALSE(loop->receive(got));

    MemoryNetBackend m;
    for (size_t i = 0; i < MemoryNetBackend::kMaxQueued + 3; ++i)
        m.push(bytes(20, static_cast<uint8_t>(i)));
    CHECK(m.pending() == MemoryNetBackend::kMaxQueued);
    CHECK(m.push_drops() == 3);
    REQUIRE(m.receive(got));
    CHECK(got == bytes(20, 0));
    m.send(f.data(), f.size());
    REQUIRE(m.sent().size() == 1);
    CHECK(m.sent()[0] == f);
}

TEST_CASE("net backend factory rejects bad specs with clear messages")
{
    CHECK_THROWS_WITH(make_net_backend("tap:tap0"), Catch::Contains("unknown; expected null"));
    CHECK_THROWS_WITH(make_net_backend("udp:5555"),
                      Catch::Contains("expected udp:LOCALPORT:REMOTEHOST:REMOTEPORT"));
    CHECK_THROWS_WITH(make_net_backend("udp:x:127.0.0.1:5"), Catch::Contains("local port"));
    CHECK_THROWS_WITH(make_net_backend("udp:1:127.0.0.1:70000"), Catch::Contains("remote port"));
    CHECK_THROWS_WITH(make_net_backend("udp:0:10.0.0.1:5"), Catch::Contains("loopback"));
    CHECK_THROWS_WITH(make_net_backend("udp:0:example.org:5"),
                      Catch::Contains("not an IPv4 address"));
    CHECK_THROWS_WITH(make_net_backend("udp:0:127.0.0.1:0"), Catch::Contains("remote port 0"));
}
