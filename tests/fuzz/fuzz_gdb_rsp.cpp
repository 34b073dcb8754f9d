// libFuzzer harness for the GDB stub's packet handling (models/gdb): the input
// is a raw byte stream from a "debugger" (framing, checksums, escapes,
// run-length sequences, Ctrl-C, any packet text). It goes through RspDecoder
// byte by byte and every decoded packet through GdbServer::handle_packet
// against four fake cores (one GDB thread each) with 64 KiB of memory each;
// a resuming packet must give each of them an action. "vp/gdb/..." warnings are
// expected (malformed input); anything else that SystemC reports aborts, and
// every reply must be framable and fit in PacketSize after escaping.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include <systemc>

#include "gdb/aarch64_registers.h"
#include "gdb/gdb_server.h"
#include "gdb/rsp_packet.h"

using namespace vp::gdb;

namespace {

struct FakeTarget : DebugTarget {
    std::vector<uint8_t> regs = std::vector<uint8_t>(16 * aarch64::register_count());
    std::vector<uint8_t> mem = std::vector<uint8_t>(64 * 1024);
    unsigned points = 0;
    bool read_register(unsigned n, uint8_t* v) override
    {
        if (n >= aarch64::register_count())
            return false;
        std::memcpy(v, &regs[16 * n], aarch64::register_bytes(n));
        return true;
    }
    bool write_register(unsigned n, const uint8_t* v) override
    {
        if (n >= aarch64::register_count())
            return false;
        std::memcpy(&regs[16 * n], v, aarch64::register_bytes(n));
        return true;
    }
    size_t access(uint64_t a, uint8_t* d, size_t len, bool write)
    {
        size_t n = 0;
        for (; n < len && a + n >= a && a + n < mem.size(); ++n) {
            if (write)
                mem[a + n] = d[n];
            else
                d[n] = mem[a + n];
        }
        return n;
    }
    size_t read_memory(uint64_t a, uint8_t* d, size_t len, bool) override
    {
        return access(a, d, len, false);
    }
    size_t write_memory(uint64_t a, const uint8_t* d, size_t len, bool) override
    {
        return access(a, const_cast<uint8_t*>(d), len, true);
    }
    bool add_breakpoint(uint64_t, bool) override { return ++points < 1000; }
    bool remove_breakpoint(uint64_t, bool) override { return points ? points-- : false; }
    bool add_watchpoint(uint64_t, uint64_t, WatchKind) override { return ++points < 1000; }
    bool remove_watchpoint(uint64_t, uint64_t, WatchKind) override { return points ? points-- : false; }
    void clear_debug_points() override { points = 0; }
};

void report_handler(const sc_core::sc_report& rep, const sc_core::sc_actions&)
{
    const std::string type = rep.get_msg_type();
    if (rep.get_severity() == sc_core::SC_WARNING && type.rfind("vp/gdb/", 0) == 0)
        return;  // malformed input, reported as designed
    std::fprintf(stderr, "unexpected report %s: %s\n", type.c_str(), rep.get_msg());
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static FakeTarget* cores = [] {
        sc_core::sc_report_handler::set_handler(report_handler);
        return new FakeTarget[4];
    }();
    static GdbServer* server = new GdbServer(
        GdbServerConfig{"127.0.0.1", 0, {}},
        std::vector<DebugTarget*>{&cores[0], &cores[1], &cores[2], &cores[3]});
    RspDecoder decoder;
    for (size_t i = 0; i < size; ++i) {
        std::optional<RspEvent> ev = decoder.feed(data[i]);
        if (!ev || ev->kind != RspEvent::Kind::packet)
            continue;
        if (ev->payload.size() > kMaxPacketSize)
            std::abort();
        std::optional<ResumeAction> resume;
        const std::string reply = server->handle_packet(ev->payload, &resume);
        const std::string framed = rsp_frame(reply);
        if (reply.size() > kMaxPacketSize || framed.size() > 2 * kMaxPacketSize + 4)
            std::abort();
        if (resume && server->resume_plan().size() != 4)
            std::abort();
    }
    return 0;
}

// SystemC's library defines main() and wants sc_main; libFuzzer brings its own main.
int sc_main(int, char*[])
{
    return 0;
}
