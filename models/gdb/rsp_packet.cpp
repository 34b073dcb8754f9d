// GDB remote serial protocol framing. See rsp_packet.h.
#include "gdb/rsp_packet.h"

namespace vp::gdb {

namespace {
constexpr char kHexDigits[] = "0123456789abcdef";

int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool needs_escape(char c)
{
    return c == '#' || c == '$' || c == '}' || c == '*';
}
}  // namespace

uint8_t rsp_checksum(const std::string& payload)
{
    uint8_t sum = 0;
    for (char c : payload)
        sum = static_cast<uint8_t>(sum + static_cast<uint8_t>(c));
    return sum;
}

std::string rsp_escape_binary(const std::string& data)
{
    std::string out;
    out.reserve(data.size());
    for (char c : data) {
        if (needs_escape(c)) {
            out.push_back('}');
            out.push_back(static_cast<char>(c ^ 0x20));
        } else {
            out.push_back(c);
        }
    }
    return out;
}

std::optional<std::string> rsp_unescape_binary(const std::string& data)
{
    std::string out;
    out.reserve(data.size());
    for (size_t i = 0; i < data.size(); ++i) {
        if (data[i] == '}') {
            if (++i == data.size())
                return std::nullopt;
            out.push_back(static_cast<char>(data[i] ^ 0x20));
        } else {
            out.push_back(data[i]);
        }
    }
    return out;
}

std::string rsp_frame(const std::string& payload)
{
    const std::string body = rsp_escape_binary(payload);
    const uint8_t sum = rsp_checksum(body);
    std::string out;
    out.reserve(body.size() + 4);
    out.push_back('$');
    out += body;
    out.push_back('#');
    out.push_back(kHexDigits[sum >> 4]);
    out.push_back(kHexDigits[sum & 15]);
    return out;
}

std::string to_hex(const uint8_t* data, size_t len)
{
    std::string out;
    out.reserve(2 * len);
    for (size_t i = 0; i < len; ++i) {
        out.push_back(kHexDigits[data[i] >> 4]);
        out.push_back(kHexDigits[data[i] & 15]);
    }
    return out;
}

std::string to_hex(const std::string& bytes)
{
    return to_hex(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
}

std::optional<std::vector<uint8_t>> from_hex(const std::string& text)
{
    if (text.size() % 2 != 0)
        return std::nullopt;
    std::vector<uint8_t> out(text.size() / 2);
    for (size_t i = 0; i < out.size(); ++i) {
        const int hi = hex_value(text[2 * i]), lo = hex_value(text[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out[i] = static_cast<uint8_t>(hi << 4 | lo);
    }
    return out;
}

std::optional<uint64_t> parse_hex_u64(const std::string& text)
{
    if (text.empty() || text.size() > 16)
        return std::nullopt;
    uint64_t v = 0;
    for (char c : text) {
        const int d = hex_value(c);
        if (d < 0)
            return std::nullopt;
        v = v << 4 | uint64_t(d);
    }
    return v;
}

std::string hex_le(uint64_t value, unsigned bytes)
{
    uint8_t b[8];
    for (unsigned i = 0; i < 8; ++i)
        b[i] = static_cast<uint8_t>(value >> (8 * i));
    return to_hex(b, bytes > 8 ? 8 : bytes);
}

std::optional<std::string> rsp_expand_rle(const std::string& raw)
{
    if (raw.find('*') == std::string::npos)
        return raw;
    std::string out;
    out.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '*') {
            out.push_back(raw[i]);
            continue;
        }
        if (out.empty() || i + 1 == raw.size())
            return std::nullopt;
        const unsigned char count = static_cast<unsigned char>(raw[++i]);
        if (count < ' ' || count > '~')
            return std::nullopt;
        out.append(count - 29u, out.back());
        if (out.size() > kMaxPacketSize)
            return std::nullopt;
    }
    return out;
}

void RspDecoder::reset()
{
    m_state = State::idle;
    m_raw.clear();
    m_overflow = false;
}

std::optional<RspEvent> RspDecoder::feed(uint8_t byte)
{
    switch (m_state) {
    case State::idle:
        if (byte == '$') {
            m_state = State::payload;
            m_raw.clear();
            m_overflow = false;
        } else if (byte == 0x03) {
            return RspEvent{RspEvent::Kind::interrupt, {}};
        } else if (byte == '+') {
            return RspEvent{RspEvent::Kind::ack, {}};
        } else if (byte == '-') {
            return RspEvent{RspEvent::Kind::nack, {}};
        }
        return std::nullopt;  // line noise between packets is ignored
    case State::payload:
        if (byte == '#') {
            m_state = State::checksum1;
        } else if (byte == '$') {
            m_raw.clear();  // a new packet start: the previous one was truncated
            m_overflow = false;
        } else if (m_raw.size() < kMaxPacketSize) {
            m_raw.push_back(static_cast<char>(byte));
        } else {
            m_overflow = true;
        }
        return std::nullopt;
    case State::checksum1: {
        const int v = hex_value(static_cast<char>(byte));
        if (v < 0) {
            // Not a checksum digit: the packet is corrupt.
            reset();
            return RspEvent{RspEvent::Kind::bad_checksum, {}};
        }
        m_sum_hi = static_cast<uint8_t>(v);
        m_state = State::checksum2;
        return std::nullopt;
    }
    case State::checksum2: {
        const int v = hex_value(static_cast<char>(byte));
        if (v < 0) {
            reset();
            return RspEvent{RspEvent::Kind::bad_checksum, {}};
        }
        return finish(static_cast<uint8_t>(m_sum_hi << 4 | v));
    }
    }
    return std::nullopt;
}

std::optional<RspEvent> RspDecoder::finish(uint8_t received_sum)
{
    const bool overflow = m_overflow;
    std::string raw;
    raw.swap(m_raw);
    reset();
    if (overflow)
        return RspEvent{RspEvent::Kind::too_long, {}};
    if (rsp_checksum(raw) != received_sum)
        return RspEvent{RspEvent::Kind::bad_checksum, {}};
    std::optional<std::string> expanded = rsp_expand_rle(raw);
    if (!expanded)
        return RspEvent{RspEvent::Kind::bad_rle, {}};
    return RspEvent{RspEvent::Kind::packet, std::move(*expanded)};
}

}  // namespace vp::gdb
