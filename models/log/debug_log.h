// DebugLog: QEMU's `-d ITEM,... -D FILE` debug log (qemu_log_mask) for the
// platform's models: a mask of enabled items and one sink (a FILE*, stderr
// unless -D names a file). Models test an item with DebugLog::on(item), one
// load and a never-taken branch, and only on slow paths (exception entry,
// faults, unimplemented registers); the per-instruction trace (`exec`) is
// the CPU's own --insn-trace stream pointed at the sink. Guest-error reports
// (SC_REPORT_WARNING) reach the log through report_routing.h.
// One log per process, as there is one SystemC kernel. Not done: QEMU's
// in_asm/out_asm/op/cpu/nochain/page items (no TCG), -d tid, -dfilter.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace vp::log {

// The items of `-d`, QEMU's names. Values are mask bits.
enum Item : uint32_t {
    kInt = 1u << 0,          // int: every exception taken and every exception return
    kMmu = 1u << 1,          // mmu: MMU faults (translation, access flag, permission, walk)
    kGuestErrors = 1u << 2,  // guest_errors: the models' guest-error reports
    kUnimp = 1u << 3,        // unimp: unimplemented system registers, instructions, services
    kExec = 1u << 4,         // exec: every executed instruction (the --insn-trace format)
};

// One entry of `-d help`.
struct ItemInfo {
    const char* name;
    uint32_t mask;
    const char* help;
};
// The items, in `-d help` order; ends with {nullptr, 0, nullptr}.
const ItemInfo* items();
// QEMU log items that virt64 deliberately does not provide (named in errors).
bool is_qemu_only_item(const std::string& name);

// Parses "int,mmu" (QEMU's -d syntax; "all" enables every item). Throws
// std::invalid_argument naming the first unknown item. "trace:PATTERN" items
// are not handled here (the platform maps them to -trace); pass them to
// trace_patterns.
uint32_t parse_items(const std::string& spec, std::string* trace_patterns = nullptr);
// The `-d help` text: one line per item.
std::string help_text();

class DebugLog {
public:
    // Hot-path test (one load, one branch). Any bit of mask enabled.
    static bool on(uint32_t mask) { return __builtin_expect((s_mask & mask) != 0, 0); }
    static uint32_t mask() { return s_mask; }
    static void set_mask(uint32_t mask) { s_mask = mask; }

    // Where lines go: stderr by default (as QEMU without -D). The caller owns
    // a file it passes and must keep it open until the simulation ends.
    static void set_sink(std::FILE* sink) { s_sink = sink; }
    static std::FILE* sink() { return s_sink ? s_sink : stderr; }

    // Appends one formatted piece to the sink (callers end lines with '\n').
    static void printf(const char* format, ...) __attribute__((format(printf, 1, 2)));
    static void flush() { std::fflush(sink()); }

private:
    static inline uint32_t s_mask = 0;
    static inline std::FILE* s_sink = nullptr;
};

}  // namespace vp::log
