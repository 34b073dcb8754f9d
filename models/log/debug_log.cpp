// DebugLog (see debug_log.h): the item table, -d parsing and the sink.
#include "log/debug_log.h"

#include <cstdarg>
#include <sstream>
#include <stdexcept>

namespace vp::log {

namespace {

// The -d items: declared once, listed by `-d help` in this order.
const ItemInfo kItems[] = {
    {"int", kInt, "exceptions taken and exception returns (QEMU's format: EC/ESR, FAR, ELR, from and to EL)"},
    {"mmu", kMmu, "MMU faults: translation, access flag, permission, address size, walk aborts"},
    {"guest_errors", kGuestErrors, "the guest's errors the models report (virtio, GIC, UART, timer, ...) go to this log instead of stderr"},
    {"unimp", kUnimp, "unimplemented system registers, instructions and semihosting calls"},
    {"exec", kExec, "every executed instruction: 'PC OPCODE' (as --insn-trace; lots of output)"},
    {nullptr, 0, nullptr},
};

// QEMU items with no meaning here (no TCG, one address space per core).
const char* const kQemuOnly[] = {"out_asm", "in_asm", "op",    "op_opt",    "op_ind",
                                 "cpu",     "fpu",    "pcall", "cpu_reset", "page",
                                 "nochain", "plugin", "strace", "tid"};

}  // namespace

const ItemInfo* items() { return kItems; }

bool is_qemu_only_item(const std::string& name)
{
    for (const char* q : kQemuOnly)
        if (name == q)
            return true;
    return false;
}

uint32_t parse_items(const std::string& spec, std::string* trace_patterns)
{
    uint32_t mask = 0;
    std::istringstream in(spec);
    std::string item;
    bool any = false;
    while (std::getline(in, item, ',')) {
        any = true;
        if (item == "all") {
            for (const ItemInfo* i = kItems; i->name; ++i)
                mask |= i->mask;
            continue;
        }
        if (item.rfind("trace:", 0) == 0) {  // QEMU: -d trace:PATTERN = -trace PATTERN
            if (!trace_patterns || item.size() == 6)
                throw std::invalid_argument("'" + item + "' needs a trace event pattern");
            if (!trace_patterns->empty())
                *trace_patterns += ',';
            *trace_patterns += item.substr(6);
            continue;
        }
        const ItemInfo* found = nullptr;
        for (const ItemInfo* i = kItems; i->name; ++i)
            if (item == i->name)
                found = i;
        if (found) {
            mask |= found->mask;
            continue;
        }
        if (is_qemu_only_item(item))
            throw std::invalid_argument("'" + item +
                                        "' is a QEMU log item that virt64 does not provide "
                                        "(virt64 -d help lists the items)");
        throw std::invalid_argument("unknown log item '" + item +
                                    "' (virt64 -d help lists the items)");
    }
    if (!any)
        throw std::invalid_argument("no log item given (virt64 -d help lists the items)");
    return mask;
}

std::string help_text()
{
    std::ostringstream s;
    s << "Log items (comma separated):\n";
    for (const ItemInfo* i = kItems; i->name; ++i) {
        std::string name = i->name;
        name.resize(16, ' ');
        s << name << i->help << "\n";
    }
    s << "all             every item above\n"
      << "trace:PATTERN   enable virtio trace events (as -trace PATTERN)\n"
      << "-D FILE writes the log to FILE instead of stderr.\n";
    return s.str();
}

void DebugLog::printf(const char* format, ...)
{
    std::va_list args;
    va_start(args, format);
    std::vfprintf(sink(), format, args);
    va_end(args);
}

}  // namespace vp::log
