// Guest-error reports for transports, rings and devices: one printf-style
// call that prefixes the reporter's name and raises SC_REPORT_WARNING with a
// stable message type, so that each report is one line at its call site:
//   report_guest_error(name(), "virtio/blk/bad-length", "queue %u request %u has %zu bytes", ...);
// -> Warning: virtio/blk/bad-length: sys.blk: queue 0 request 3 has 7 bytes
// Not done here: deciding whether something is an error, or rate limiting.
#pragma once

#include <cstdarg>

namespace vp::virtio {

#if defined(__GNUC__)
#define VP_PRINTF_FORMAT(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define VP_PRINTF_FORMAT(fmt, args)
#endif

// SC_REPORT_WARNING(type, "<who>: <formatted text>"). `who` is the module or
// queue name (e.g. name() of an sc_module, "sys.virtio0 queue 1").
void report_guest_error(const char* who, const char* type, const char* format, ...)
    VP_PRINTF_FORMAT(3, 4);
void report_guest_error_v(const char* who, const char* type, const char* format, va_list args);

}  // namespace vp::virtio
