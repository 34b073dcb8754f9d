// GDB remote serial protocol framing (GDB manual, Appendix E "Remote Protocol",
// E.1 Overview): `$payload#cs` packets with a modulo-256 checksum, '}'-escaping
// of binary data, run-length encoding on input, '+'/'-' acknowledgements and the
// out-of-band interrupt byte 0x03. Pure functions and a byte-at-a-time decoder:
// no sockets here (gdb_server.h owns those), so all of it is unit-testable.
// Not handled: no-ack mode (QStartNoAckMode is simply not offered).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vp::gdb {

// The largest payload the stub accepts (advertised as PacketSize in qSupported,
// in hex). Longer packets are dropped with a warning and a '-' reply.
constexpr size_t kMaxPacketSize = 0x4000;

// Modulo-256 sum of the payload characters (as they appear on the wire).
uint8_t rsp_checksum(const std::string& payload);

// `$payload#xx`, escaping '#', '$', '}' and '*' in payload.
std::string rsp_frame(const std::string& payload);

// '}'-escapes binary data for X packets and qXfer replies (E.1: '#', '$', '}'
// and '*' are sent as '}' followed by the byte XOR 0x20).
std::string rsp_escape_binary(const std::string& data);
// Reverses rsp_escape_binary; nullopt for a trailing lone '}'.
std::optional<std::string> rsp_unescape_binary(const std::string& data);

// Hex helpers (lower-case output). Parsers reject empty input, non-hex
// characters and overflow.
std::string to_hex(const uint8_t* data, size_t len);
std::string to_hex(const std::string& bytes);
std::optional<std::vector<uint8_t>> from_hex(const std::string& text);
std::optional<uint64_t> parse_hex_u64(const std::string& text);
// Little-endian "target order" hex of a value of `bytes` bytes.
std::string hex_le(uint64_t value, unsigned bytes);

// One input event decoded from the byte stream.
struct RspEvent {
    enum class Kind {
        packet,        // a well-formed packet with a correct checksum: payload
        bad_checksum,  // a packet whose checksum did not match: reply '-'
        too_long,      // a packet longer than kMaxPacketSize: dropped, reply '-'
        bad_rle,       // a run-length sequence with nothing to repeat or a bad count
        interrupt,     // 0x03 outside a packet (Ctrl-C)
        ack,           // '+'
        nack,          // '-': the peer asks for the last reply again
    };
    Kind kind;
    std::string payload;  // packet: decoded payload (run-length expanded)
};

// Turns a byte stream into RspEvents. Bytes outside a packet other than
// '+', '-', 0x03 and '$' are ignored (E.1); a '$' inside a packet restarts it.
class RspDecoder {
public:
    // Feeds one byte; returns an event when one is complete.
    std::optional<RspEvent> feed(uint8_t byte);
    // True while a packet has started but not ended (a client that
    // disconnects now left a truncated packet).
    bool in_packet() const { return m_state != State::idle; }
    void reset();

private:
    enum class State { idle, payload, checksum1, checksum2 };
    State m_state = State::idle;
    std::string m_raw;        // payload as received (for the checksum)
    bool m_overflow = false;  // more than kMaxPacketSize bytes received
    uint8_t m_sum_hi = 0;
    std::optional<RspEvent> finish(uint8_t received_sum);
};

// Expands run-length sequences (`X*n` repeats X another n - 29 times, E.1);
// nullopt when a '*' has no preceding character or its count character is not
// printable (' '..'~'). Escapes ('}') are left in place: they are payload-level.
std::optional<std::string> rsp_expand_rle(const std::string& raw);

}  // namespace vp::gdb
