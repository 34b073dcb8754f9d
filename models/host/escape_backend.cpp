// EscapeCharBackend: Ctrl-A console escapes (see escape_backend.h).
#include "host/escape_backend.h"

#include <cstring>

namespace vp::host {

EscapeCharBackend::EscapeCharBackend(std::unique_ptr<CharBackend> inner,
                                     std::function<void()> on_quit)
    : m_inner(std::move(inner)), m_on_quit(std::move(on_quit))
{
}

void EscapeCharBackend::print(const char* text)
{
    m_inner->write(reinterpret_cast<const uint8_t*>(text), std::strlen(text));
}

size_t EscapeCharBackend::read(uint8_t* data, size_t len)
{
    if (m_quit)
        return 0;
    const size_t n = m_inner->read(data, len);
    size_t out = 0;
    for (size_t i = 0; i < n; ++i) {
        const uint8_t c = data[i];
        if (!m_escape_pending) {
            if (c == kEscape)
                m_escape_pending = true;
            else
                data[out++] = c;
            continue;
        }
        m_escape_pending = false;
        switch (c) {
        case kEscape:
            data[out++] = c;
            break;
        case 'x':
            print("\r\nvirt64: terminated\r\n");
            m_quit = true;
            if (m_on_quit)
                m_on_quit();
            return out;
        case 'h':
        case '?':
            print("\r\nC-a h    print this help\r\n"
                  "C-a x    exit the simulator\r\n"
                  "C-a C-a  send C-a to the guest\r\n");
            break;
        default:  // unknown escape: dropped
            break;
        }
    }
    return out;
}

}  // namespace vp::host
