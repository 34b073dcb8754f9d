// GdbServer packet handling against a fake DebugTarget: what each packet gdb
// sends reads or changes on the target, the replies' exact format, and the
// error replies and warnings for malformed packets. No socket traffic
// (handle_packet is the serve loop's per-packet step); the server still binds
// 127.0.0.1 on a free port.
#include <catch2/catch.hpp>

#include <cstring>
#include <map>
#include <set>
#include <tuple>
#include <vector>

#include <systemc>

#include "gdb/aarch64_registers.h"
#include "gdb/gdb_server.h"

using namespace vp::gdb;
namespace reg = vp::gdb::aarch64;

namespace {

// Registers in a byte array; 4 KiB of memory at 0x1000, readable and
// writable; everything recorded.
struct FakeTarget : DebugTarget {
    std::vector<uint8_t> regs = std::vector<uint8_t>(reg::g_packet_bytes());
    std::vector<uint8_t> mem = std::vector<uint8_t>(4096);
    std::set<std::pair<uint64_t, bool>> breakpoints;
    std::set<std::tuple<uint64_t, uint64_t, WatchKind>> watchpoints;
    bool last_physical = false;
    int clears = 0;
    ThreadState state = ThreadState::running;
    std::vector<ResumeAction> resumed;  // resume() calls (cores other than the stopped one)

    size_t offset(unsigned n) const
    {
        size_t o = 0;
        for (unsigned i = 0; i < n; ++i)
            o += reg::register_bytes(i);
        return o;
    }
    bool read_register(unsigned n, uint8_t* v) override
    {
        if (n >= reg::register_count())
            return false;
        std::memcpy(v, &regs[offset(n)], reg::register_bytes(n));
        return true;
    }
    bool write_register(unsigned n, const uint8_t* v) override
    {
        if (n >= reg::register_count() || n == reg::kSysFirst + unsigned(reg::SysReg::currentel))
            return false;
        std::memcpy(&regs[offset(n)], v, reg::register_bytes(n));
        return true;
    }
    size_t read_memory(uint64_t a, uint8_t* d, size_t len, bool physical) override
    {
        last_physical = physical;
        size_t n = 0;
        for (; n < len && a + n >= 0x1000 && a + n < 0x2000; ++n)
            d[n] = mem[a + n - 0x1000];
        return n;
    }
    size_t write_memory(uint64_t a, const uint8_t* d, size_t len, bool physical) override
    {
        last_physical = physical;
        size_t n = 0;
        for (; n < len && a + n >= 0x1000 && a + n < 0x2000; ++n)
            mem[a + n - 0x1000] = d[n];
        return n;
    }
    bool add_breakpoint(uint64_t a, bool hw) override { return breakpoints.insert({a, hw}).second; }
    bool remove_breakpoint(uint64_t a, bool hw) override { return breakpoints.erase({a, hw}) == 1; }
    bool add_watchpoint(uint64_t a, uint64_t l, WatchKind k) override
    {
        return watchpoints.insert({a, l, k}).second;
    }
    bool remove_watchpoint(uint64_t a, uint64_t l, WatchKind k) override
    {
        return watchpoints.erase({a, l, k}) == 1;
    }
    void clear_debug_points() override
    {
        ++clears;
        breakpoints.clear();
        watchpoints.clear();
    }
    ThreadState thread_state() const override { return state; }
    void resume(ResumeAction a) override { resumed.push_back(a); }
    uint64_t pc() const
    {
        uint64_t v;
        std::memcpy(&v, &regs[offset(reg::kPc)], 8);
        return v;
    }
};

struct Fixture {
    FakeTarget target;
    GdbServer server{GdbServerConfig{"127.0.0.1", 0, {}}, target};
    std::optional<ResumeAction> resume;
    std::string send(const std::string& packet)
    {
        resume.reset();
        return server.handle_packet(packet, &resume);
    }
    static unsigned warnings(const char* type)
    {
        return sc_core::sc_report_handler::get_count(type);
    }
};

}  // namespace

TEST_CASE("qSupported offers what gdb-multiarch 13 needs, and the server bound a port")
{
    Fixture f;
    CHECK(f.server.port() != 0);
    CHECK(f.send("qSupported:multiprocess+;swbreak+;hwbreak+;qRelocInsn+") ==
          "PacketSize=4000;qXfer:features:read+;swbreak+;hwbreak+;vContSupported+");
    CHECK(f.send("qAttached") == "1");
    CHECK(f.send("qC") == "QC1");
    CHECK(f.send("qfThreadInfo") == "m1");
    CHECK(f.send("qsThreadInfo") == "l");
    CHECK(f.send("Hg0") == "OK");
    CHECK(f.send("Hc-1") == "OK");
    CHECK(f.send("Hg2") == "E16");
    CHECK(f.send("T1") == "OK");
    CHECK(f.send("vMustReplyEmpty") == "");
    CHECK(f.send("QStartNoAckMode") == "");  // not offered
}

TEST_CASE("target.xml is served in chunks that reassemble to the description")
{
    Fixture f;
    std::string xml;
    for (uint64_t off = 0;;) {
        char req[80];
        std::snprintf(req, sizeof req, "qXfer:features:read:target.xml:%llx,200",
                      static_cast<unsigned long long>(off));
        const std::string r = f.send(req);
        REQUIRE((r[0] == 'm' || r[0] == 'l'));
        xml += r.substr(1);
        off += r.size() - 1;
        if (r[0] == 'l')
            break;
    }
    CHECK(xml == reg::target_xml());
    CHECK(xml.find("<feature name=\"org.gnu.gdb.aarch64.core\">") != std::string::npos);
    CHECK(xml.find("<feature name=\"org.gnu.gdb.aarch64.fpu\">") != std::string::npos);
    CHECK(xml.find("<reg name=\"cpsr\" bitsize=\"32\" type=\"cpsr_flags\" regnum=\"33\"/>") !=
          std::string::npos);
    CHECK(xml.find("<reg name=\"v31\" bitsize=\"128\" type=\"aarch64v\" regnum=\"65\"") !=
          std::string::npos);
    CHECK(xml.find("<reg name=\"sctlr_el1\" bitsize=\"64\" type=\"uint64\" regnum=\"68\"") !=
          std::string::npos);
    CHECK(f.send("qXfer:features:read:other.xml:0,100") == "E00");
    CHECK(f.send("qXfer:features:read:target.xml:100000,100") == "l");
    const unsigned before = f.warnings("vp/gdb/malformed-packet");
    CHECK(f.send("qXfer:features:read:target.xml:zz") == "E01");
    CHECK(f.warnings("vp/gdb/malformed-packet") == before + 1);
}

TEST_CASE("g, G, p and P move register bytes in gdb's AArch64 order")
{
    Fixture f;
    // x1 = 0x1122334455667788 via P, read back in g at offset 8.
    CHECK(f.send("P1=8877665544332211") == "OK");
    const std::string g = f.send("g");
    CHECK(g.size() == 2 * reg::g_packet_bytes());
    CHECK(g.substr(16, 16) == "8877665544332211");
    CHECK(f.send("p1") == "8877665544332211");
    // pc is register 32 (0x20), cpsr 33 (4 bytes), v0 34 (16 bytes).
    CHECK(f.send("P20=0010000000000000") == "OK");
    CHECK(f.target.pc() == 0x1000);
    CHECK(f.send("p21").size() == 8);
    CHECK(f.send("p22").size() == 32);
    // G writes everything back.
    std::string g2 = g;
    g2.replace(0, 16, "0100000000000000");
    CHECK(f.send("G" + g2) == "OK");
    CHECK(f.send("p0") == "0100000000000000");
    // Errors: unknown or read-only register, wrong size, malformed.
    CHECK(f.send("p400") == "E16");
    CHECK(f.send("P1=00") == "E16");
    CHECK(f.send("P" + std::to_string(0) + "x") == "E01");
    char currentel[16];
    std::snprintf(currentel, sizeof currentel, "P%x=", reg::kSysFirst + unsigned(reg::SysReg::currentel));
    CHECK(f.send(std::string(currentel) + "0800000000000000") == "E16");
    CHECK(f.send("G123") == "E01");
}

TEST_CASE("m, M and X read and write memory, faults give E0e and short reads are partial")
{
    Fixture f;
    CHECK(f.send("M1000,4:deadbeef") == "OK");
    CHECK(f.send("m1000,4") == "deadbeef");
    // X: binary with escapes ('#' = 0x23 and '}' = 0x7d travel escaped).
    CHECK(f.send(std::string("X1004,3:") + "}\x03" "A}]") == "OK");
    CHECK(f.send("m1004,3") == "23417d");
    CHECK(f.send("X1004,0:") == "OK");  // gdb's probe for X support
    CHECK(f.send("m0,4") == "E0e");
    CHECK(f.send("m1ffe,4") == "0000");  // the last two bytes only
    CHECK(f.send("M0,1:00") == "E0e");
    const unsigned before = f.warnings("vp/gdb/malformed-packet");
    CHECK(f.send("m1000") == "E01");
    CHECK(f.send("M1000,4:dead") == "E01");      // data shorter than the length
    CHECK(f.send("X1000,2:a") == "E01");         // ditto, binary
    CHECK(f.send("X1000,1:}") == "E01");         // dangling escape
    CHECK(f.warnings("vp/gdb/malformed-packet") == before + 4);
    // monitor phys on: the same packets address physical memory.
    CHECK(f.send("qRcmd," + to_hex(std::string("phys on"))) ==
          to_hex(std::string("memory accesses use physical addresses\n")));
    f.send("m1000,1");
    CHECK(f.target.last_physical);
    f.send("qRcmd," + to_hex(std::string("phys off")));
    f.send("m1000,1");
    CHECK_FALSE(f.target.last_physical);
}

TEST_CASE("Z and z place breakpoints and watchpoints on the target")
{
    Fixture f;
    CHECK(f.send("Z0,40001000,4") == "OK");
    CHECK(f.send("Z1,40001004,4") == "OK");
    CHECK(f.send("Z2,40002000,8") == "OK");
    CHECK(f.send("Z3,40002008,4") == "OK");
    CHECK(f.send("Z4,40002010,1") == "OK");
    CHECK(f.target.breakpoints == std::set<std::pair<uint64_t, bool>>{{0x40001000, false},
                                                                      {0x40001004, true}});
    CHECK(f.target.watchpoints.size() == 3);
    CHECK(f.target.watchpoints.count({0x40002000, 8, WatchKind::write}) == 1);
    CHECK(f.target.watchpoints.count({0x40002008, 4, WatchKind::read}) == 1);
    CHECK(f.target.watchpoints.count({0x40002010, 1, WatchKind::access}) == 1);
    CHECK(f.send("z0,40001000,4") == "OK");
    CHECK(f.send("z0,40001000,4") == "E16");  // not there any more
    CHECK(f.send("z2,40002000,8") == "OK");
    CHECK(f.send("Z2,40002000,0") == "E16");  // zero-length watchpoint
    CHECK(f.send("Z5,0,4") == "");            // unsupported type
    CHECK(f.send("Z0,,4") == "E01");
    CHECK(f.send("Z0;40001000") == "E01");
}

TEST_CASE("c, s and vCont resume the core, D detaches and k kills")
{
    Fixture f;
    CHECK(f.send("c") == "");
    CHECK(f.resume == ResumeAction::resume);
    CHECK(f.send("s") == "");
    CHECK(f.resume == ResumeAction::step);
    CHECK(f.send("c1010") == "");  // continue at an address
    CHECK(f.target.pc() == 0x1010);
    CHECK(f.send("S05;1020") == "");
    CHECK(f.resume == ResumeAction::step);
    CHECK(f.target.pc() == 0x1020);
    CHECK(f.send("vCont?") == "vCont;c;C;s;S;t");
    f.send("vCont;s:1;c");
    CHECK(f.resume == ResumeAction::step);
    f.send("vCont;c:-1");
    CHECK(f.resume == ResumeAction::resume);
    CHECK(f.send("vCont;s:7;c") == "E16");  // thread 7 does not exist
    CHECK_FALSE(f.resume.has_value());
    CHECK(f.send("vCont;c:2") == "E16");  // nor does thread 2 on one core
    CHECK_FALSE(f.resume.has_value());
    CHECK(f.send("vCont;x") == "E01");
    CHECK(f.send("vCont;t:1") == "T00thread:1;");
    CHECK(f.send("cxyz") == "E01");
    CHECK_FALSE(f.resume.has_value());
    f.send("Z0,1000,4");
    CHECK(f.send("D") == "OK");
    CHECK(f.resume == ResumeAction::resume);
    CHECK(f.target.breakpoints.empty());
    CHECK(f.send("k") == "");
    CHECK(f.resume == ResumeAction::kill);
}

TEST_CASE("stop replies name the reason the way gdb asked for")
{
    Fixture f;
    StopEvent e;
    e.reason = StopEvent::Reason::breakpoint;
    CHECK(f.server.stop_reply(e) == "T05thread:1;");  // before qSupported: no swbreak
    f.send("qSupported:swbreak+;hwbreak+");
    CHECK(f.server.stop_reply(e) == "T05swbreak:;thread:1;");
    e.reason = StopEvent::Reason::hw_breakpoint;
    CHECK(f.server.stop_reply(e) == "T05hwbreak:;thread:1;");
    e.reason = StopEvent::Reason::watchpoint;
    e.watch = WatchKind::write;
    e.data_address = 0x40002004;
    CHECK(f.server.stop_reply(e) == "T05watch:40002004;thread:1;");
    e.watch = WatchKind::read;
    CHECK(f.server.stop_reply(e) == "T05rwatch:40002004;thread:1;");
    e.watch = WatchKind::access;
    CHECK(f.server.stop_reply(e) == "T05awatch:40002004;thread:1;");
    e.reason = StopEvent::Reason::interrupted;
    CHECK(f.server.stop_reply(e) == "T02thread:1;");
    e.reason = StopEvent::Reason::step;
    CHECK(f.server.stop_reply(e) == "T05thread:1;");
}

TEST_CASE("monitor commands: info registers, platform commands, help, quit")
{
    Fixture f;
    uint8_t sctlr[8] = {0x18, 0x18, 0xd0, 0x30, 0, 0, 0, 0};
    f.target.write_register(reg::kSysFirst, sctlr);
    auto monitor = [&](const std::string& cmd) {
        const std::string r = f.send("qRcmd," + to_hex(cmd));
        if (r == "OK")
            return std::string();
        auto bytes = from_hex(r);
        REQUIRE(bytes.has_value());
        return std::string(bytes->begin(), bytes->end());
    };
    CHECK(monitor("info registers").find("sctlr_el1       0x0000000030d01818\n") == 0);
    f.server.add_monitor_command("info virtio", [](const std::string& args) {
        return "slots" + (args.empty() ? std::string() : " " + args) + "\n";
    });
    CHECK(monitor("info virtio") == "slots\n");
    CHECK(monitor("info virtio 3") == "slots 3\n");
    CHECK(monitor("help").find("phys on|off") != std::string::npos);
    CHECK(monitor("bogus").find("unknown monitor command 'bogus'") == 0);
    CHECK(f.send("qRcmd,zz") == "E01");
    CHECK_FALSE(f.server.killed());
    f.send("qRcmd," + to_hex(std::string("quit")));
    CHECK(f.server.killed());
}

TEST_CASE("QEMU's maint packets: qqemu.sstepbits, qqemu.sstep, Qqemu.sstep=N, PhyMemMode")
{
    // A core that honours the three flags, as the ARM64 adapter does.
    struct SteppingTarget : FakeTarget {
        uint32_t flags = 0xdead;
        uint32_t supported_step_flags() const override { return sstep::kDefault; }
        void set_step_flags(uint32_t f) override { flags = f; }
    } target;
    GdbServer server{GdbServerConfig{"127.0.0.1", 0, {}}, target};
    std::optional<ResumeAction> resume;
    auto send = [&](const std::string& p) { return server.handle_packet(p, &resume); };

    CHECK(target.flags == 0x7);  // QEMU's default, given to the core at once
    CHECK(send("qqemu.sstepbits") == "ENABLE=1,NOIRQ=2,NOTIMER=4");
    CHECK(send("qqemu.sstep") == "0x7");
    CHECK(send("Qqemu.sstep=0x5") == "OK");
    CHECK(target.flags == 0x5);
    CHECK(send("qqemu.sstep") == "0x5");
    CHECK(send("Qqemu.sstep=1") == "OK");  // without 0x, as hex
    CHECK(target.flags == 0x1);
    CHECK(send("Qqemu.sstep=8") == "E22");  // unknown flag: refused, nothing changed
    CHECK(target.flags == 0x1);
    const unsigned before = Fixture::warnings("vp/gdb/malformed-packet");
    CHECK(send("Qqemu.sstep=zz") == "E01");
    CHECK(Fixture::warnings("vp/gdb/malformed-packet") == before + 1);

    CHECK(send("qqemu.PhyMemMode") == "0");
    CHECK(send("Qqemu.PhyMemMode:1") == "OK");
    CHECK(send("qqemu.PhyMemMode") == "1");
    CHECK(send("m1000,1") == "00");
    CHECK(target.last_physical);  // m now uses physical addresses, as monitor phys on
    CHECK(send("Qqemu.PhyMemMode:0") == "OK");
    CHECK(send("m1000,1") == "00");
    CHECK_FALSE(target.last_physical);
}

TEST_CASE("a core without step flags refuses every Qqemu.sstep flag")
{
    Fixture f;  // FakeTarget keeps DebugTarget's defaults
    CHECK(f.send("qqemu.sstep") == "0x0");
    CHECK(f.send("Qqemu.sstep=0x7") == "E22");
    CHECK(f.send("Qqemu.sstep=0") == "OK");
}

namespace {
// Four cores behind one stub, as virt64 -smp 4 wires them.
struct SmpFixture {
    FakeTarget cores[4];
    GdbServer server{GdbServerConfig{"127.0.0.1", 0, {}},
                     std::vector<DebugTarget*>{&cores[0], &cores[1], &cores[2], &cores[3]}};
    std::optional<ResumeAction> resume;
    std::string send(const std::string& packet)
    {
        resume.reset();
        return server.handle_packet(packet, &resume);
    }
    std::vector<ResumeAction> plan() const { return server.resume_plan(); }
};
using RA = ResumeAction;
}  // namespace

TEST_CASE("one GDB thread per core: thread list, extra info, Hg selects the core")
{
    SmpFixture f;
    CHECK(f.send("qfThreadInfo") == "m1,2,3,4");
    CHECK(f.send("qsThreadInfo") == "l");
    CHECK(f.send("qC") == "QC1");
    f.cores[1].state = ThreadState::halted;
    f.cores[3].state = ThreadState::powered_off;
    auto extra = [&](const char* id) {
        std::optional<std::vector<uint8_t>> b = from_hex(f.send(std::string("qThreadExtraInfo,") + id));
        return b ? std::string(b->begin(), b->end()) : std::string("(not hex)");
    };
    CHECK(extra("1") == "cpu0 [running]");
    CHECK(extra("2") == "cpu1 [halted]");
    CHECK(extra("4") == "cpu3 [powered off]");
    CHECK(f.send("T4") == "OK");  // a powered-off core is still a thread
    // Registers and memory of the Hg core.
    f.cores[2].regs[0] = 0x22;
    f.cores[2].mem[0] = 0xAB;
    CHECK(f.send("Hg3") == "OK");
    CHECK(f.send("qC") == "QC3");
    CHECK(f.send("p0") == "2200000000000000");
    CHECK(f.send("m1000,1") == "ab");
    CHECK(f.send("P1=0700000000000000") == "OK");
    CHECK(f.cores[2].regs[8] == 7);
    CHECK(f.cores[0].regs[8] == 0);
    CHECK(f.send("Hg0") == "OK");  // any: keeps the selection
    CHECK(f.send("p0") == "2200000000000000");
    CHECK(f.send("Hg1") == "OK");
    CHECK(f.send("p0") == "0000000000000000");
    // Breakpoints and watchpoints are set on every core.
    CHECK(f.send("Z0,40001000,4") == "OK");
    CHECK(f.send("Z2,1000,4") == "OK");
    for (auto& c : f.cores) {
        CHECK(c.breakpoints.count({0x40001000, false}) == 1);
        CHECK(c.watchpoints.size() == 1);
    }
    CHECK(f.send("z0,40001000,4") == "OK");
    CHECK(f.cores[3].breakpoints.empty());
}

TEST_CASE("stop replies name the core; vCont gives each core its action")
{
    SmpFixture f;
    StopEvent e;
    e.reason = StopEvent::Reason::breakpoint;
    e.core = 2;
    CHECK(f.server.stop_reply(e) == "T05thread:3;");
    // Core 0 reported the last stop (the default): what each packet asks of
    // every core.
    f.send("vCont;c");
    CHECK(f.resume == RA::resume);
    CHECK(f.plan() == std::vector<RA>{RA::resume, RA::resume, RA::resume, RA::resume});
    f.send("vCont;s:2");  // step core 1; the others stay stopped
    CHECK(f.resume == RA::hold);
    CHECK(f.plan() == std::vector<RA>{RA::hold, RA::step, RA::hold, RA::hold});
    f.send("vCont;s:1;c");  // gdb's stepi without scheduler-locking
    CHECK(f.resume == RA::step);
    CHECK(f.plan() == std::vector<RA>{RA::step, RA::resume, RA::resume, RA::resume});
    f.send("vCont;c:3;s:3;t:4;s");  // leftmost action for a thread wins; default s
    CHECK(f.plan() == std::vector<RA>{RA::step, RA::step, RA::resume, RA::hold});
    f.send("vCont;C05:2;S05:1");  // signals are ignored
    CHECK(f.plan() == std::vector<RA>{RA::step, RA::resume, RA::hold, RA::hold});
    f.send("vCont;c:-1");
    CHECK(f.plan() == std::vector<RA>{RA::resume, RA::resume, RA::resume, RA::resume});
    // Nothing resumes: every core is stopped already, a stop reply at once.
    CHECK(f.send("vCont;t:2") == "T00thread:1;");
    CHECK_FALSE(f.resume.has_value());
    // A step of a powered-off core ends at once, nothing executed.
    f.cores[3].state = ThreadState::powered_off;
    CHECK(f.send("vCont;s:4") == "T05thread:4;");
    CHECK_FALSE(f.resume.has_value());
    f.send("vCont;s:4;c");  // the others run: the step waits for its CPU_ON
    CHECK(f.plan() == std::vector<RA>{RA::resume, RA::resume, RA::resume, RA::step});
    // Legacy s steps the Hc core only; c runs them all.
    CHECK(f.send("Hc3") == "OK");
    f.send("s");
    CHECK(f.plan() == std::vector<RA>{RA::hold, RA::hold, RA::step, RA::hold});
    f.send("c");
    CHECK(f.plan() == std::vector<RA>{RA::resume, RA::resume, RA::resume, RA::resume});
}

TEST_CASE("bad thread ids get error replies and change nothing")
{
    SmpFixture f;
    const int before = sc_core::sc_report_handler::get_count("vp/gdb/bad-thread");
    CHECK(f.send("Hg5") == "E16");      // core 4 does not exist
    CHECK(f.send("Hg-1") == "E16");     // all: not for registers
    CHECK(f.send("Hgzz") == "E16");
    CHECK(f.send("Hg") == "E01");
    CHECK(f.send("Hc123456789") == "E16");
    CHECK(f.send("Hgp1.2") == "E16");   // multiprocess ids: not offered
    CHECK(f.send("qC") == "QC1");       // the selection did not move
    CHECK(f.send("T0") == "E16");
    CHECK(f.send("T5") == "E16");
    CHECK(f.send("Tffffffffffffffff") == "E16");
    CHECK(f.send("T") == "E16");
    CHECK(f.send("qThreadExtraInfo,5") == "E16");
    CHECK(f.send("qThreadExtraInfo,") == "E16");
    CHECK(f.send("qThreadExtraInfo,-1") == "E16");
    CHECK(f.send("vCont;s:5;c") == "E16");
    CHECK(f.send("vCont;c:") == "E16");
    CHECK(f.send("vCont;s:x") == "E16");
    CHECK_FALSE(f.resume.has_value());
    CHECK(sc_core::sc_report_handler::get_count("vp/gdb/bad-thread") == before + 3);
}
