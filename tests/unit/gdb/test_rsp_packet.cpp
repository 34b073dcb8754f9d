// RSP framing tests: checksums, escaping, run-length decoding and the byte
// decoder fed the way a socket delivers input (split anywhere, with noise,
// Ctrl-C, acks, corrupt and over-long packets between good ones).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "gdb/rsp_packet.h"

using namespace vp::gdb;

namespace {
std::vector<RspEvent> feed_all(RspDecoder& d, const std::string& bytes)
{
    std::vector<RspEvent> events;
    for (char c : bytes)
        if (auto e = d.feed(static_cast<uint8_t>(c)))
            events.push_back(*e);
    return events;
}
}  // namespace

TEST_CASE("frames carry the modulo-256 checksum in lower-case hex")
{
    CHECK(rsp_checksum("OK") == 0x9a);
    CHECK(rsp_frame("OK") == "$OK#9a");
    CHECK(rsp_frame("") == "$#00");
    CHECK(rsp_frame("T05thread:1;") == "$T05thread:1;#" + to_hex(std::string(1, char(rsp_checksum("T05thread:1;")))));
}

TEST_CASE("binary data escapes # $ } and * and round-trips every byte value")
{
    CHECK(rsp_escape_binary("a#b$c}d*e") == "a}\x03" "b}\x04" "c}]d}\x0a" "e");
    std::string all;
    for (int i = 0; i < 256; ++i)
        all.push_back(static_cast<char>(i));
    const std::string escaped = rsp_escape_binary(all);
    CHECK(escaped.size() == 256 + 4);
    CHECK(rsp_unescape_binary(escaped) == all);
    CHECK_FALSE(rsp_unescape_binary("abc}").has_value());  // lone escape at the end
    // A framed payload with those characters checksums its escaped form.
    const std::string f = rsp_frame("l<a*b>");
    CHECK(f.substr(0, 8) == "$l<a}\x0a" "b>");
}

TEST_CASE("hex parsing rejects empty, odd, non-hex and overlong input")
{
    CHECK(parse_hex_u64("ffffffffffffffff") == ~uint64_t(0));
    CHECK(parse_hex_u64("40000000") == 0x40000000u);
    CHECK_FALSE(parse_hex_u64("").has_value());
    CHECK_FALSE(parse_hex_u64("1ffffffffffffffff").has_value());
    CHECK_FALSE(parse_hex_u64("12g4").has_value());
    CHECK(from_hex("0aFf") == std::vector<uint8_t>{0x0a, 0xff});
    CHECK_FALSE(from_hex("abc").has_value());
    CHECK_FALSE(from_hex("zz").has_value());
    CHECK(hex_le(0x1122334455667788ull, 8) == "8877665544332211");
    CHECK(hex_le(0x3c5, 4) == "c5030000");
}

TEST_CASE("the decoder yields packets, acks, Ctrl-C and ignores line noise")
{
    RspDecoder d;
    const std::string input = "+" + rsp_frame("qSupported:swbreak+") + "garbage\x03-" +
                              rsp_frame("m40000000,4");
    std::vector<RspEvent> ev;
    // Delivered one byte at a time, as a slow socket would.
    ev = feed_all(d, input);
    REQUIRE(ev.size() == 5);
    CHECK(ev[0].kind == RspEvent::Kind::ack);
    CHECK(ev[1].kind == RspEvent::Kind::packet);
    CHECK(ev[1].payload == "qSupported:swbreak+");
    CHECK(ev[2].kind == RspEvent::Kind::interrupt);
    CHECK(ev[3].kind == RspEvent::Kind::nack);
    CHECK(ev[4].kind == RspEvent::Kind::packet);
    CHECK(ev[4].payload == "m40000000,4");
    CHECK_FALSE(d.in_packet());
}

TEST_CASE("corrupt packets are reported and the next good one still decodes")
{
    RspDecoder d;
    std::vector<RspEvent> ev = feed_all(d, "$m0,4#00" "$g#zz" "$g#6" "7");
    REQUIRE(ev.size() == 3);
    CHECK(ev[0].kind == RspEvent::Kind::bad_checksum);  // wrong sum
    CHECK(ev[1].kind == RspEvent::Kind::bad_checksum);  // non-hex checksum digit
    CHECK(ev[2].kind == RspEvent::Kind::packet);        // "$g#67" split across feeds
    CHECK(ev[2].payload == "g");

    // A '$' inside a packet restarts it (the first one was truncated).
    ev = feed_all(d, "$m0,4$" + rsp_frame("?").substr(1));
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].payload == "?");

    // A client that stops mid-packet leaves the decoder inside it.
    feed_all(d, "$m4000");
    CHECK(d.in_packet());
    d.reset();
    CHECK_FALSE(d.in_packet());
}

TEST_CASE("packets longer than PacketSize are dropped without growing the buffer")
{
    RspDecoder d;
    const std::string big(kMaxPacketSize + 100, 'A');
    std::vector<RspEvent> ev = feed_all(d, "$" + big + "#00" + rsp_frame("?"));
    REQUIRE(ev.size() == 2);
    CHECK(ev[0].kind == RspEvent::Kind::too_long);
    CHECK(ev[1].kind == RspEvent::Kind::packet);
    // Exactly PacketSize is fine.
    const std::string max(kMaxPacketSize, 'B');
    ev = feed_all(d, rsp_frame(max));
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].payload == max);
}

TEST_CASE("run-length encoding expands, and bad sequences are rejected")
{
    CHECK(rsp_expand_rle("0* ") == "0000");          // ' ' = 32: three more
    CHECK(rsp_expand_rle("ab*!c") == "abbbbbc");       // '!' = 33: four more
    CHECK_FALSE(rsp_expand_rle("*a").has_value());    // nothing to repeat
    CHECK_FALSE(rsp_expand_rle("a*").has_value());    // no count
    CHECK_FALSE(rsp_expand_rle("a*\x01").has_value());  // unprintable count
    std::string bomb = "x";  // 200 * 97 repeats: more than PacketSize
    for (int i = 0; i < 200; ++i)
        bomb += "*~";
    CHECK_FALSE(rsp_expand_rle(bomb).has_value());
    RspDecoder d;
    std::vector<RspEvent> ev = feed_all(d, "$*a#" + to_hex(std::string(1, char(rsp_checksum("*a")))));
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].kind == RspEvent::Kind::bad_rle);
}
