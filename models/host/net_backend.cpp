// NetBackend implementations (see net_backend.h) and the factory that builds
// one from a spec string.
#include "host/net_backend.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace vp::host {

namespace {

std::string ipv4_text(uint32_t host_order)
{
    return std::to_string(host_order >> 24) + "." + std::to_string((host_order >> 16) & 0xff) +
           "." + std::to_string((host_order >> 8) & 0xff) + "." + std::to_string(host_order & 0xff);
}

// A decimal port 0..65535; throws naming the spec otherwise.
uint16_t parse_port(const std::string& text, const std::string& spec, const char* which)
{
    if (text.empty() || text.size() > 5 || text.find_first_not_of("0123456789") != std::string::npos ||
        std::strtoul(text.c_str(), nullptr, 10) > 65535)
        throw std::runtime_error("net backend '" + spec + "': " + which +
                                 " must be a number from 0 to 65535, got '" + text + "'");
    return static_cast<uint16_t>(std::strtoul(text.c_str(), nullptr, 10));
}

}  // namespace

// --- udp -----------------------------------------------------------------------

UdpNetBackend::UdpNetBackend(uint16_t local_port, const std::string& remote_host,
                             uint16_t remote_port)
    : m_remote_port(remote_port)
{
    const std::string what = "net backend 'udp:" + std::to_string(local_port) + ":" +
                             remote_host + ":" + std::to_string(remote_port) + "': ";
    if (remote_host == "localhost") {
        m_remote_addr = INADDR_LOOPBACK;
    } else {
        in_addr a{};
        if (::inet_pton(AF_INET, remote_host.c_str(), &a) != 1)
            throw std::runtime_error(what + "remote host '" + remote_host +
                                     "' is not an IPv4 address");
        m_remote_addr = ntohl(a.s_addr);
        if ((m_remote_addr >> 24) != 127)
            throw std::runtime_error(what + "remote host must be a loopback address (127.0.0.1)");
    }
    if (remote_port == 0)
        throw std::runtime_error(what + "remote port 0 is not a valid destination");

    m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        throw std::runtime_error(what + "socket: " + std::strerror(errno));
    // No SO_REUSEADDR: a second simulator on the same port must fail, not
    // silently share the frames.
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(local_port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0) {
        const int err = errno;
        ::close(m_fd);
        throw std::runtime_error(what + "cannot bind 127.0.0.1:" + std::to_string(local_port) +
                                 ": " + std::strerror(err));
    }
    socklen_t alen = sizeof(addr);
    ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&addr), &alen);
    m_local_port = ntohs(addr.sin_port);
}

UdpNetBackend::~UdpNetBackend()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::string UdpNetBackend::describe() const
{
    return "udp:127.0.0.1:" + std::to_string(m_local_port) + "->" + ipv4_text(m_remote_addr) +
           ":" + std::to_string(m_remote_port);
}

bool UdpNetBackend::send(const uint8_t* frame, size_t len)
{
    if (len > kMaxFrame) {
        ++m_send_drops;
        return false;
    }
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(m_remote_port);
    to.sin_addr.s_addr = htonl(m_remote_addr);
    for (;;) {
        const ssize_t n = ::sendto(m_fd, frame, len, MSG_DONTWAIT | MSG_NOSIGNAL,
                                   reinterpret_cast<sockaddr*>(&to), sizeof(to));
        if (n >= 0)
            return true;
        if (errno == EINTR)
            continue;
        // EAGAIN/ENOBUFS: full; ECONNREFUSED: an earlier datagram found no
        // listener (reported on the next call). Either way this frame is lost.
        ++m_send_drops;
        return false;
    }
}

bool UdpNetBackend::receive(std::vector<uint8_t>& frame)
{
    frame.resize(kMaxFrame);
    for (;;) {
        const ssize_t n = ::recv(m_fd, frame.data(), frame.size(), MSG_DONTWAIT);
        if (n >= 0) {
            frame.resize(static_cast<size_t>(n));
            return true;
        }
        if (errno == EINTR)
            continue;
        if (errno == ECONNREFUSED)
            continue;  // ICMP error of an earlier send: not a frame, look again
        return false;  // EAGAIN: nothing pending
    }
}

// --- memory --------------------------------------------------------------------

bool MemoryNetBackend::send(const uint8_t* frame, size_t len)
{
    if (m_echo)
        push(std::vector<uint8_t>(frame, frame + len));
    else
        m_sent.emplace_back(frame, frame + len);
    return true;
}

bool MemoryNetBackend::receive(std::vector<uint8_t>& frame)
{
    if (m_input.empty())
        return false;
    frame = std::move(m_input.front());
    m_input.pop_front();
    return true;
}

void MemoryNetBackend::push(std::vector<uint8_t> frame)
{
    if (m_input.size() >= kMaxQueued) {
        ++m_push_drops;
        return;
    }
    m_input.push_back(std::move(frame));
}

// --- factory -------------------------------------------------------------------

std::unique_ptr<NetBackend> make_net_backend(const std::string& spec)
{
    if (spec == "null")
        return std::make_unique<NullNetBackend>();
    if (spec == "loopback")
        return std::make_unique<MemoryNetBackend>(true);
    if (spec.rfind("udp:", 0) == 0) {
        // udp:LOCALPORT:REMOTEHOST:REMOTEPORT
        const std::string rest = spec.substr(4);
        const size_t a = rest.find(':');
        const size_t b = rest.rfind(':');
        if (a == std::string::npos || b == a)
            throw std::runtime_error("net backend '" + spec +
                                     "': expected udp:LOCALPORT:REMOTEHOST:REMOTEPORT");
        const uint16_t local = parse_port(rest.substr(0, a), spec, "the local port");
        const std::string host = rest.substr(a + 1, b - a - 1);
        const uint16_t remote = parse_port(rest.substr(b + 1), spec, "the remote port");
        return std::make_unique<UdpNetBackend>(local, host, remote);
    }
    throw std::runtime_error("net backend '" + spec +
                             "': unknown; expected null, loopback or "
                             "udp:LOCALPORT:REMOTEHOST:REMOTEPORT");
}

}  // namespace vp::host
