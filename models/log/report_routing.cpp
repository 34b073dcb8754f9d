// Report routing (see report_routing.h): the message-type table.
#include "log/report_routing.h"

#include <cstring>

#include "log/debug_log.h"

namespace vp::log {

namespace {

struct Route {
    const char* prefix;  // message type prefix ("virtio/" matches "virtio/mmio/bad-value")
    uint32_t item;       // 0: not routed (host-side problems stay on stderr)
};

// First match wins: the host-side exceptions come before their family.
const Route kRoutes[] = {
    {"virtio/blk/host-io-error", 0},            // the host's file failed
    {"virtio/blk/image-size", 0},               // the image is not a whole number of sectors
    {"virtio/", kGuestErrors},                  // transport, rings, device requests
    {"vp/gic/config", 0},                       // platform wiring
    {"vp/gic/", kGuestErrors},                  // bad offset/width, EOI, SGI, DIR
    {"vp/uart/", kGuestErrors},                 // PL011 bad offset/width, TX overflow
    {"vp/arm64/timer/read-only", kGuestErrors}, // MSR to CNTPCT/CNTVCT
    {"vp/arm64/exception-loop", kGuestErrors},  // exceptions taken at their own vector
    {"vp/arm64/semihosting/unsupported", kUnimp},
};

}  // namespace

uint32_t report_item(const char* msg_type)
{
    if (!msg_type)
        return 0;
    for (const Route& r : kRoutes)
        if (std::strncmp(msg_type, r.prefix, std::strlen(r.prefix)) == 0)
            return r.item;
    return 0;
}

bool log_report(const sc_core::sc_report& report)
{
    if (report.get_severity() != sc_core::SC_WARNING)
        return false;
    const uint32_t item = report_item(report.get_msg_type());
    if (!item || !DebugLog::on(item))
        return false;
    DebugLog::printf("[%s] %s: %s\n", sc_core::sc_time_stamp().to_string().c_str(),
                     report.get_msg_type(), report.get_msg());
    return true;
}

}  // namespace vp::log
