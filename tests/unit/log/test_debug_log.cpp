// The debug log component (models/log): -d item parsing as QEMU spells it,
// the sink, and the routing of the models' warnings into the log (which
// message types are guest errors, that a routed report is written as one
// line with its type, and that nothing is written while its item is off).
#include <catch2/catch.hpp>

#include <cstdio>
#include <stdexcept>
#include <string>

#include <systemc>

#include "log/debug_log.h"
#include "log/report_routing.h"

using namespace vp::log;

namespace {

// A temporary sink; reads back what was written. Restores stderr and the mask.
class CapturedLog {
public:
    CapturedLog() : m_file(std::tmpfile()) { DebugLog::set_sink(m_file); }
    ~CapturedLog()
    {
        DebugLog::set_sink(nullptr);
        DebugLog::set_mask(0);
        std::fclose(m_file);
    }
    std::string text()
    {
        std::fflush(m_file);
        std::rewind(m_file);
        std::string s;
        for (int c; (c = std::fgetc(m_file)) != EOF;)
            s.push_back(char(c));
        return s;
    }

private:
    std::FILE* m_file;
};

std::string parse_error(const std::string& spec)
{
    try {
        parse_items(spec);
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST_CASE("debug log items parse as QEMU spells them, 'all' enables every one")
{
    CHECK(parse_items("int") == kInt);
    CHECK(parse_items("int,mmu,guest_errors,unimp,exec") == (kInt | kMmu | kGuestErrors | kUnimp | kExec));
    CHECK(parse_items("unimp,unimp") == kUnimp);
    CHECK(parse_items("all") == (kInt | kMmu | kGuestErrors | kUnimp | kExec));
    std::string patterns;
    CHECK(parse_items("int,trace:virtio_*,trace:-virtio_mmio_*", &patterns) == kInt);
    CHECK(patterns == "virtio_*,-virtio_mmio_*");
}

TEST_CASE("an unknown debug log item is an error naming it; QEMU-only items say so")
{
    CHECK(parse_error("int,bogus") == "unknown log item 'bogus' (virt64 -d help lists the items)");
    CHECK(parse_error("in_asm").find("'in_asm' is a QEMU log item that virt64 does not provide") == 0);
    CHECK(parse_error("") == "no log item given (virt64 -d help lists the items)");
    CHECK(parse_error("trace:").find("needs a trace event pattern") != std::string::npos);
    CHECK(parse_error("Int").find("unknown log item 'Int'") == 0);  // case matters, as in QEMU
}

TEST_CASE("the debug log help lists every item with its description")
{
    const std::string help = help_text();
    for (const ItemInfo* i = items(); i->name; ++i)
        CHECK(help.find("\n" + std::string(i->name) + " ") != std::string::npos);
    CHECK(help.find("trace:PATTERN") != std::string::npos);
}

TEST_CASE("DebugLog::on tests the mask; printf goes to the sink")
{
    CapturedLog log;
    CHECK_FALSE(DebugLog::on(kInt | kMmu));
    DebugLog::set_mask(kMmu);
    CHECK(DebugLog::on(kInt | kMmu));
    CHECK_FALSE(DebugLog::on(kInt));
    DebugLog::printf("line %d\n", 1);
    CHECK(log.text() == "line 1\n");
}

TEST_CASE("guest-error and unimplemented message types are routed, host problems are not")
{
    CHECK(report_item("virtio/mmio/read-only") == kGuestErrors);
    CHECK(report_item("virtio/blk/bad-request") == kGuestErrors);
    CHECK(report_item("vp/gic/bad_access") == kGuestErrors);
    CHECK(report_item("vp/uart/bad_offset") == kGuestErrors);
    CHECK(report_item("vp/arm64/exception-loop") == kGuestErrors);
    CHECK(report_item("vp/arm64/semihosting/unsupported") == kUnimp);
    CHECK(report_item("virtio/blk/host-io-error") == 0);   // the host's disk failed
    CHECK(report_item("virtio/blk/image-size") == 0);
    CHECK(report_item("vp/gic/config") == 0);
    CHECK(report_item("vp/gdb/bad-checksum") == 0);        // the debugger's problem
    CHECK(report_item("vp/arm64/config") == 0);
    CHECK(report_item(nullptr) == 0);
}

TEST_CASE("a routed warning becomes one log line with its type, only while its item is on")
{
    CapturedLog log;
    // The handler a platform installs (virt64's report_to_stderr, less stderr).
    sc_core::sc_report_handler::set_handler(
        [](const sc_core::sc_report& report, const sc_core::sc_actions&) { log_report(report); });
    SC_REPORT_WARNING("virtio/mmio/read-only", "slot0: MagicValue is read-only");
    CHECK(log.text().empty());  // guest_errors off: nothing written
    DebugLog::set_mask(kGuestErrors);
    SC_REPORT_WARNING("virtio/mmio/read-only", "slot0: MagicValue is read-only");
    SC_REPORT_WARNING("virtio/blk/host-io-error", "disk.img: EIO");       // not a guest error
    SC_REPORT_WARNING("vp/arm64/semihosting/unsupported", "SYS_SYSTEM");  // unimp is off
    SC_REPORT_INFO("virtio/mmio/read-only", "an info is never routed");
    sc_core::sc_report_handler::set_handler(sc_core::sc_report_handler::default_handler);
    CHECK(log.text() == "[0 s] virtio/mmio/read-only: slot0: MagicValue is read-only\n");
}
