// CharBackend: the host side of a character device (PL011, virtio-console).
// A model writes guest output with write() and polls for guest input with
// read(); implementations are non-blocking so simulation never stalls on the
// host. Implementations (stdio, output file, TCP loopback socket, in-memory
// for tests) live next to this file; make_char_backend() builds one from a
// QEMU-like spec string.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace vp::host {

class CharBackend {
public:
    virtual ~CharBackend() = default;

    // Sends guest output to the host. Never blocks the simulation for long;
    // output that cannot be delivered (e.g. no TCP client) is dropped or
    // buffered as the implementation documents.
    virtual void write(const uint8_t* data, size_t len) = 0;

    // Copies up to len bytes of pending host input into data and returns the
    // count; 0 when nothing is pending. Never blocks.
    virtual size_t read(uint8_t* data, size_t len) = 0;

    // A short description for logs, e.g. "stdio" or "tcp:127.0.0.1:4555".
    virtual std::string describe() const = 0;
};

// Builds a backend from a spec:
//   "stdio"              host stdin/stdout
//   "file:PATH"          output appended to PATH, no input
//   "tcp:PORT"           listen on 127.0.0.1:PORT, one client at a time
//   "null"               discard output, no input
// Throws std::runtime_error with a clear message on a bad spec or when the
// backend cannot be opened.
std::unique_ptr<CharBackend> make_char_backend(const std::string& spec);

}  // namespace vp::host
