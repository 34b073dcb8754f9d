// EscapeCharBackend: the console escape of QEMU's -nographic mode on top of
// another character backend. Ctrl-A starts an escape sequence in the input:
//   Ctrl-A x        quit: prints "virt64: terminated" and calls on_quit
//   Ctrl-A h / ?    prints the list of escapes
//   Ctrl-A Ctrl-A   sends one Ctrl-A to the guest
// Any other byte after Ctrl-A is dropped with the Ctrl-A. Everything else
// passes through unchanged in both directions.
#pragma once

#include <functional>
#include <memory>

#include "host/char_backend.h"

namespace vp::host {

class EscapeCharBackend : public CharBackend {
public:
    static constexpr uint8_t kEscape = 0x01;  // Ctrl-A

    EscapeCharBackend(std::unique_ptr<CharBackend> inner, std::function<void()> on_quit);

    void write(const uint8_t* data, size_t len) override { m_inner->write(data, len); }
    // Filters escapes out of the inner backend's input. May return 0 although
    // input arrived (it was all escape sequences).
    size_t read(uint8_t* data, size_t len) override;
    std::string describe() const override { return m_inner->describe() + " (Ctrl-A escapes)"; }

private:
    void print(const char* text);

    std::unique_ptr<CharBackend> m_inner;
    std::function<void()> m_on_quit;
    bool m_escape_pending = false;  // the last input byte was Ctrl-A
    bool m_quit = false;            // after Ctrl-A x, no more input is delivered
};

}  // namespace vp::host
