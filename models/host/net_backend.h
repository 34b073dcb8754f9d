// NetBackend: the host side of a network device (virtio-net). A model sends
// guest frames with send() and polls for frames to the guest with receive();
// both are non-blocking. Implementations: UDP on the loopback interface (one
// Ethernet frame per datagram, the model of QEMU's -netdev socket,udp=...),
// a null sink, and an in-memory backend for tests (optionally echoing).
// Not done: tap devices, user-mode networking (slirp), non-loopback peers,
// multicast sockets, TCP stream framing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace vp::host {

class NetBackend {
public:
    // Largest frame a backend carries (the largest UDP payload on IPv4).
    static constexpr size_t kMaxFrame = 65507;

    virtual ~NetBackend() = default;

    // Sends one Ethernet frame (no virtio header) to the host side. Never
    // blocks. Returns false if the frame was dropped (counted in
    // send_drops(); e.g. the host socket buffer is full).
    virtual bool send(const uint8_t* frame, size_t len) = 0;

    // Takes the next frame from the host into `frame` (resized to the frame
    // length). Returns false, leaving `frame` unspecified, when none is
    // pending. Never blocks.
    virtual bool receive(std::vector<uint8_t>& frame) = 0;

    // A short description for logs, e.g. "udp:127.0.0.1:5555->127.0.0.1:5556".
    virtual std::string describe() const = 0;

    uint64_t send_drops() const { return m_send_drops; }

protected:
    uint64_t m_send_drops = 0;
};

// Each frame is one UDP datagram between 127.0.0.1:local_port (bound; 0 picks
// an ephemeral port, see local_port()) and remote_host:remote_port, which
// must be a loopback address. Datagrams from any local sender are accepted.
// Frames the socket cannot take at once (EAGAIN, ENOBUFS) are dropped and
// counted, as on a real wire.
class UdpNetBackend : public NetBackend {
public:
    UdpNetBackend(uint16_t local_port, const std::string& remote_host, uint16_t remote_port);
    ~UdpNetBackend() override;
    UdpNetBackend(const UdpNetBackend&) = delete;
    UdpNetBackend& operator=(const UdpNetBackend&) = delete;

    bool send(const uint8_t* frame, size_t len) override;
    bool receive(std::vector<uint8_t>& frame) override;
    std::string describe() const override;

    uint16_t local_port() const { return m_local_port; }

private:
    int m_fd = -1;
    uint16_t m_local_port = 0;
    uint16_t m_remote_port = 0;
    uint32_t m_remote_addr = 0;  // host byte order
};

// Discards every frame, never receives any.
class NullNetBackend : public NetBackend {
public:
    bool send(const uint8_t*, size_t) override { return true; }
    bool receive(std::vector<uint8_t>&) override { return false; }
    std::string describe() const override { return "null"; }
};

// In-memory backend for tests: sent frames collect in sent(), frames queued
// with push() are received in order. With echo ("loopback"), every sent frame
// is queued for reception instead of being kept in sent(). The receive queue holds at most
// kMaxQueued frames; pushing more drops the newest and counts it in
// push_drops().
class MemoryNetBackend : public NetBackend {
public:
    static constexpr size_t kMaxQueued = 1024;

    explicit MemoryNetBackend(bool echo = false) : m_echo(echo) {}
    bool send(const uint8_t* frame, size_t len) override;
    bool receive(std::vector<uint8_t>& frame) override;
    std::string describe() const override { return m_echo ? "loopback" : "memory"; }

    void push(std::vector<uint8_t> frame);
    const std::vector<std::vector<uint8_t>>& sent() const { return m_sent; }
    size_t pending() const { return m_input.size(); }
    uint64_t push_drops() const { return m_push_drops; }

private:
    bool m_echo;
    std::vector<std::vector<uint8_t>> m_sent;
    std::deque<std::vector<uint8_t>> m_input;
    uint64_t m_push_drops = 0;
};

// Builds a backend from a spec:
//   "udp:LOCALPORT:REMOTEHOST:REMOTEPORT"  UDP on loopback (REMOTEHOST is
//                                          127.0.0.1 or localhost)
//   "null"                                 discard, never receive
//   "loopback"                             every sent frame comes back
// Throws std::runtime_error with a clear message on a bad spec or when the
// socket cannot be opened.
std::unique_ptr<NetBackend> make_net_backend(const std::string& spec);

}  // namespace vp::host
