// Report routing: which SystemC reports belong to a `-d` item. The models
// report a guest's mistakes (a bad virtio register value, a GIC access of the
// wrong width, ...) and unimplemented services as SC_REPORT_WARNINGs with a
// stable message type; with `-d guest_errors` (or `-d unimp`) a platform's
// report handler hands those to log_report(), which writes them to the debug
// log instead of stderr. Without the item the report is left alone.
// Not done: SC_INFO/SC_ERROR reports are never routed.
#pragma once

#include <cstdint>

#include <systemc>

namespace vp::log {

// The item (debug_log.h) a warning's message type belongs to, 0 for none.
// The table (report_routing.cpp) is matched by prefix, first match wins.
uint32_t report_item(const char* msg_type);

// A warning whose item is enabled: one line "[TIME] TYPE: MESSAGE" in the
// debug log (TIME = simulated time), and true. Otherwise false, nothing written.
bool log_report(const sc_core::sc_report& report);

}  // namespace vp::log
