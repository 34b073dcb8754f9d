// CharBackend implementations (see char_backends.h) and the factory that
// builds one from a spec string.
#include "host/char_backend.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

#include "host/char_backends.h"

namespace vp::host {

namespace {

// Writes everything to a blocking fd, retrying EINTR and short writes.
// Returns false if the fd reports an error.
bool write_all(int fd, const uint8_t* data, size_t len)
{
    while (len > 0) {
        const ssize_t n = ::write(fd, data, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                struct pollfd p{fd, POLLOUT, 0};
                ::poll(&p, 1, 100);
                continue;
            }
            return false;
        }
        data += n;
        len -= static_cast<size_t>(n);
    }
    return true;
}

// --- terminal state, restored however the process ends ---------------------

struct termios g_saved_termios;
bool g_termios_saved = false;

void restore_terminal()
{
    if (g_termios_saved) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved_termios);
        g_termios_saved = false;
    }
}

void restore_terminal_on_signal(int sig)
{
    if (g_termios_saved)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved_termios);  // async-signal-safe
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

}  // namespace

// --- stdio -------------------------------------------------------------------

StdioCharBackend::StdioCharBackend(bool signals_to_guest)
{
    if (!::isatty(STDIN_FILENO) || g_termios_saved)
        return;
    struct termios t;
    if (::tcgetattr(STDIN_FILENO, &t) != 0)
        return;
    g_saved_termios = t;
    g_termios_saved = true;
    static bool hooks_installed = false;
    if (!hooks_installed) {
        hooks_installed = true;
        std::atexit(restore_terminal);
        std::signal(SIGTERM, restore_terminal_on_signal);
        std::signal(SIGINT, restore_terminal_on_signal);
        std::signal(SIGQUIT, restore_terminal_on_signal);
    }
    // Raw input: bytes as typed, no echo, no line editing, no CR->NL mapping,
    // no flow control. ISIG stays so Ctrl-C still stops the simulator (unless
    // signals go to the guest), and output processing stays so the host
    // terminal renders normally.
    t.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO | IEXTEN);
    if (signals_to_guest)
        t.c_lflag &= ~static_cast<tcflag_t>(ISIG);
    t.c_iflag &= ~static_cast<tcflag_t>(ICRNL | INLCR | IGNCR | IXON | ISTRIP);
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    if (::tcsetattr(STDIN_FILENO, TCSANOW, &t) == 0)
        m_raw = true;
}

StdioCharBackend::~StdioCharBackend()
{
    if (m_raw)
        restore_terminal();
}

void StdioCharBackend::write(const uint8_t* data, size_t len)
{
    write_all(STDOUT_FILENO, data, len);
}

size_t StdioCharBackend::read(uint8_t* data, size_t len)
{
    if (m_eof || len == 0)
        return 0;
    struct pollfd p{STDIN_FILENO, POLLIN, 0};
    int r;
    do {
        r = ::poll(&p, 1, 0);
    } while (r < 0 && errno == EINTR);
    if (r <= 0)
        return 0;
    if (p.revents & (POLLERR | POLLNVAL)) {
        m_eof = true;
        return 0;
    }
    const ssize_t n = ::read(STDIN_FILENO, data, len);
    if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) {
        m_eof = true;  // stdin closed (e.g. </dev/null): stop polling it
        return 0;
    }
    return n > 0 ? static_cast<size_t>(n) : 0;
}

// --- file --------------------------------------------------------------------

FileCharBackend::FileCharBackend(const std::string& path) : m_path(path)
{
    if (path.empty())
        throw std::runtime_error("char backend 'file:': no file name given");
    m_fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (m_fd < 0) {
        const int err = errno;
        throw std::runtime_error("char backend 'file:" + path + "': cannot open for append: " +
                                 std::strerror(err));
    }
}

FileCharBackend::~FileCharBackend()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void FileCharBackend::write(const uint8_t* data, size_t len)
{
    write_all(m_fd, data, len);
}

// --- tcp ---------------------------------------------------------------------

TcpCharBackend::TcpCharBackend(uint16_t port)
{
    const std::string what = "char backend 'tcp:" + std::to_string(port) + "': ";
    m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_listen < 0)
        throw std::runtime_error(what + "socket: " + std::strerror(errno));
    int one = 1;
    ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(m_listen, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0 ||
        ::listen(m_listen, 1) != 0) {
        const int err = errno;
        ::close(m_listen);
        throw std::runtime_error(what + "cannot listen on 127.0.0.1:" + std::to_string(port) +
                                 ": " + std::strerror(err));
    }
    socklen_t alen = sizeof(addr);
    ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&addr), &alen);
    m_port = ntohs(addr.sin_port);
}

TcpCharBackend::~TcpCharBackend()
{
    drop_client();
    if (m_listen >= 0)
        ::close(m_listen);
}

std::string TcpCharBackend::describe() const
{
    return "tcp:127.0.0.1:" + std::to_string(m_port);
}

void TcpCharBackend::drop_client()
{
    if (m_client >= 0)
        ::close(m_client);
    m_client = -1;
}

void TcpCharBackend::poll_accept()
{
    if (m_client >= 0)
        return;
    const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd >= 0)
        m_client = fd;
}

void TcpCharBackend::flush_pending()
{
    if (m_client < 0)
        return;
    while (!m_pending.empty()) {
        uint8_t chunk[4096];
        const size_t n = std::min(m_pending.size(), sizeof(chunk));
        std::copy_n(m_pending.begin(), n, chunk);
        const ssize_t sent = ::send(m_client, chunk, n, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent < 0) {
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                drop_client();  // peer gone; keep the data for the next client
            return;
        }
        m_pending.erase(m_pending.begin(), m_pending.begin() + sent);
    }
}

void TcpCharBackend::write(const uint8_t* data, size_t len)
{
    poll_accept();
    m_pending.insert(m_pending.end(), data, data + len);
    if (m_pending.size() > kMaxPending)
        m_pending.erase(m_pending.begin(),
                        m_pending.begin() + static_cast<ptrdiff_t>(m_pending.size() - kMaxPending));
    flush_pending();
}

size_t TcpCharBackend::read(uint8_t* data, size_t len)
{
    poll_accept();
    flush_pending();
    if (m_client < 0 || len == 0)
        return 0;
    for (;;) {
        const ssize_t n = ::recv(m_client, data, len, MSG_DONTWAIT);
        if (n > 0)
            return static_cast<size_t>(n);
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK))
            drop_client();  // closed or failed: wait for the next client
        return 0;
    }
}

// --- memory ------------------------------------------------------------------

void MemoryCharBackend::write(const uint8_t* data, size_t len)
{
    m_output.append(reinterpret_cast<const char*>(data), len);
}

size_t MemoryCharBackend::read(uint8_t* data, size_t len)
{
    const size_t n = std::min(len, m_input.size());
    std::copy_n(m_input.begin(), n, data);
    m_input.erase(m_input.begin(), m_input.begin() + static_cast<ptrdiff_t>(n));
    return n;
}

void MemoryCharBackend::push_input(const std::string& bytes)
{
    m_input.insert(m_input.end(), bytes.begin(), bytes.end());
}

// --- factory -----------------------------------------------------------------

std::unique_ptr<CharBackend> make_char_backend(const std::string& spec)
{
    if (spec == "stdio")
        return std::make_unique<StdioCharBackend>();
    if (spec == "null")
        return std::make_unique<NullCharBackend>();
    if (spec.rfind("file:", 0) == 0)
        return std::make_unique<FileCharBackend>(spec.substr(5));
    if (spec.rfind("tcp:", 0) == 0) {
        const std::string port = spec.substr(4);
        char* end = nullptr;
        errno = 0;
        const unsigned long value = port.empty() ? 0 : std::strtoul(port.c_str(), &end, 10);
        if (port.empty() || *end != '\0' || errno != 0 || value > 65535 ||
            port.find_first_not_of("0123456789") != std::string::npos)
            throw std::runtime_error("char backend '" + spec +
                                     "': the port must be a number from 0 to 65535");
        return std::make_unique<TcpCharBackend>(static_cast<uint16_t>(value));
    }
    throw std::runtime_error("char backend '" + spec +
                             "': unknown; expected stdio, null, file:PATH or tcp:PORT");
}

}  // namespace vp::host
