// The CharBackend implementations behind make_char_backend(): host stdio,
// an output file, a TCP socket on the loopback interface, a null sink, and an
// in-memory backend for tests. All are non-blocking towards the simulation.
// Not done: telnet negotiation on the TCP socket, several simultaneous
// clients, serial-port (tty device) settings.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "host/char_backend.h"

namespace vp::host {

// stdin/stdout of the simulator. When stdin is a terminal it is put in raw
// mode (no line buffering, no echo; Ctrl-C still stops the simulator) and
// restored when the backend is destroyed, at exit, or on SIGINT/SIGTERM.
class StdioCharBackend : public CharBackend {
public:
    // signals_to_guest: Ctrl-C, Ctrl-Z and Ctrl-\ reach the guest as bytes
    // instead of signalling the simulator (QEMU -nographic; pair it with
    // EscapeCharBackend so that Ctrl-A x still quits).
    explicit StdioCharBackend(bool signals_to_guest = false);
    ~StdioCharBackend() override;
    void write(const uint8_t* data, size_t len) override;
    size_t read(uint8_t* data, size_t len) override;
    std::string describe() const override { return "stdio"; }

private:
    bool m_raw = false;
    bool m_eof = false;
};

// Output appended to a file (created if missing); never any input.
class FileCharBackend : public CharBackend {
public:
    explicit FileCharBackend(const std::string& path);
    ~FileCharBackend() override;
    void write(const uint8_t* data, size_t len) override;
    size_t read(uint8_t*, size_t) override { return 0; }
    std::string describe() const override { return "file:" + m_path; }

private:
    std::string m_path;
    int m_fd = -1;
};

// A TCP server on 127.0.0.1:port (port 0: an ephemeral port, see port()),
// one client at a time, accepted without blocking whenever the backend is
// used. Output written while no client is connected, or that the client does
// not take at once, is kept (up to kMaxPending bytes, oldest dropped first)
// and sent when possible. A client that disconnects is replaced by the next.
class TcpCharBackend : public CharBackend {
public:
    static constexpr size_t kMaxPending = 1 << 20;

    explicit TcpCharBackend(uint16_t port);
    ~TcpCharBackend() override;
    void write(const uint8_t* data, size_t len) override;
    size_t read(uint8_t* data, size_t len) override;
    std::string describe() const override;

    uint16_t port() const { return m_port; }
    bool connected() const { return m_client >= 0; }

private:
    void poll_accept();
    void flush_pending();
    void drop_client();

    int m_listen = -1;
    int m_client = -1;
    uint16_t m_port = 0;
    std::deque<uint8_t> m_pending;
};

// Discards output, never any input.
class NullCharBackend : public CharBackend {
public:
    void write(const uint8_t*, size_t) override {}
    size_t read(uint8_t*, size_t) override { return 0; }
    std::string describe() const override { return "null"; }
};

// In-memory backend for tests: output collects in output(), input is what
// push_input() queued.
class MemoryCharBackend : public CharBackend {
public:
    void write(const uint8_t* data, size_t len) override;
    size_t read(uint8_t* data, size_t len) override;
    std::string describe() const override { return "memory"; }

    void push_input(const std::string& bytes);
    const std::string& output() const { return m_output; }
    size_t pending_input() const { return m_input.size(); }

private:
    std::string m_output;
    std::deque<uint8_t> m_input;
};

}  // namespace vp::host
