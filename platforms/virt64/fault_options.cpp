#include "fault_options.h"

#include <cctype>
#include <cmath>
#include <stdexcept>

namespace vp::virt64 {

namespace {

[[noreturn]] void fail(const std::string& option, const std::string& message)
{
    throw std::invalid_argument(option + ": " + message);
}

// A decimal number from `min` (plain digits, at most 18).
uint64_t parse_count(const OptionList& d, const char* key, const std::string& option, uint64_t min)
{
    const std::string n = d.get(key);
    if (n.empty() || n.size() > 18 || n.find_first_not_of("0123456789") != std::string::npos ||
        std::stoull(n) < min)
        fail(option, std::string(key) + "=" + n + ": expected a number from " + std::to_string(min));
    return std::stoull(n);
}

}  // namespace

const std::vector<const char*>& transport_fault_keys()
{
    static const std::vector<const char*> keys = {
        "irq-drop",      "irq-drop-request", "irq-drop-at",     "irq-drop-queue",
        "irq-delay",     "irq-delay-from",   "irq-delay-until", "config-irq-at",
        "needs-reset-at", "needs-reset-request"};
    return keys;
}

const std::vector<const char*>& net_fault_keys()
{
    static const std::vector<const char*> keys = {"rx-drop",      "rx-corrupt",   "rx-duplicate",
                                                  "rx-fault-seed", "link-down-at", "link-up-at"};
    return keys;
}

bool is_global_fault_key(const std::string& kind, const std::string& key)
{
    for (const char* k : transport_fault_keys())
        if (key == k)
            return true;
    if (kind == "virtio-net-device")
        for (const char* k : net_fault_keys())
            if (key == k)
                return true;
    return kind == "virtio-blk-device" &&
           (key == "fault" || key == "fault-request" || key == "fault-count" ||
            key == "fault-delay" || key == "fault-lba" || key == "fault-lba-count");
}

double parse_rate(const std::string& value, const std::string& what)
{
    const bool percent = !value.empty() && value.back() == '%';
    const std::string number = percent ? value.substr(0, value.size() - 1) : value;
    size_t used = 0;
    double v = -1;
    try {
        if (!number.empty() && (std::isdigit(static_cast<unsigned char>(number[0])) || number[0] == '.'))
            v = std::stod(number, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (percent)
        v /= 100;
    if (used == 0 || used != number.size() || !std::isfinite(v) || v < 0 || v > 1)
        fail(what, "'" + value + "': expected a rate from 0 to 1 (e.g. 0.05) or a percentage (5%)");
    return v;
}

std::vector<sc_core::sc_time> parse_time_list(const std::string& value, const std::string& what)
{
    std::vector<sc_core::sc_time> out;
    size_t start = 0;
    for (;;) {
        const size_t colon = value.find(':', start);
        out.push_back(parse_qemu_time(value.substr(start, colon - start), what));
        if (colon == std::string::npos)
            break;
        start = colon + 1;
    }
    return out;
}

virtio::TransportFaults parse_transport_faults(const OptionList& d, const std::string& option)
{
    using DropIrq = virtio::TransportFaults::DropIrq;
    virtio::TransportFaults f;
    const int drops = d.has("irq-drop") + d.has("irq-drop-request") + d.has("irq-drop-at");
    if (drops > 1)
        fail(option, "irq-drop, irq-drop-request and irq-drop-at exclude each other (one dropped "
                     "interrupt per device)");
    if (drops == 1) {
        DropIrq drop;
        if (d.has("irq-drop")) {
            drop.by = DropIrq::By::interrupt;
            drop.number = parse_count(d, "irq-drop", option, 1);
        } else if (d.has("irq-drop-request")) {
            drop.by = DropIrq::By::request;
            drop.number = parse_count(d, "irq-drop-request", option, 1);
        } else {
            drop.by = DropIrq::By::time;
            drop.at = parse_qemu_time(d.get("irq-drop-at"), option + " irq-drop-at");
        }
        if (d.has("irq-drop-queue")) {
            const uint64_t q = parse_count(d, "irq-drop-queue", option, 0);
            if (q > 1023)
                fail(option, "irq-drop-queue=" + d.get("irq-drop-queue") + ": no such queue");
            drop.queue = static_cast<unsigned>(q);
        }
        f.drop_irq.push_back(drop);
    } else if (d.has("irq-drop-queue")) {
        fail(option, "irq-drop-queue needs irq-drop, irq-drop-request or irq-drop-at");
    }
    if (d.has("irq-delay")) {
        f.irq_delay = parse_qemu_time(d.get("irq-delay"), option + " irq-delay");
        if (d.has("irq-delay-from"))
            f.irq_delay_from = parse_qemu_time(d.get("irq-delay-from"), option + " irq-delay-from");
        if (d.has("irq-delay-until"))
            f.irq_delay_until =
                parse_qemu_time(d.get("irq-delay-until"), option + " irq-delay-until");
        if (f.irq_delay_until <= f.irq_delay_from)
            fail(option, "irq-delay-until must be later than irq-delay-from");
    } else if (d.has("irq-delay-from") || d.has("irq-delay-until")) {
        fail(option, "irq-delay-from/irq-delay-until need irq-delay=TIME");
    }
    if (d.has("config-irq-at"))
        f.config_irq_at = parse_time_list(d.get("config-irq-at"), option + " config-irq-at");
    if (d.has("needs-reset-at")) {
        f.needs_reset_timed = true;
        f.needs_reset_at = parse_qemu_time(d.get("needs-reset-at"), option + " needs-reset-at");
    }
    if (d.has("needs-reset-request"))
        f.needs_reset_request = parse_count(d, "needs-reset-request", option, 1);
    return f;
}

void parse_net_faults(const OptionList& d, const std::string& option, VirtioDeviceRequest& req)
{
    for (const char* key : {"rx-drop", "rx-corrupt", "rx-duplicate"})
        if (d.has(key)) {
            parse_rate(d.get(key), option + " " + key);
            req.properties[key] = d.get(key);
        }
    if (d.has("rx-fault-seed")) {
        const std::string s = d.get("rx-fault-seed");
        try {
            size_t used = 0;
            std::stoull(s, &used, 0);
            if (used != s.size() || s[0] == '-')
                throw std::invalid_argument("trailing characters");
        } catch (const std::exception&) {
            fail(option, "rx-fault-seed=" + s + ": expected a number");
        }
        req.properties["rx-fault-seed"] = s;
    }
    for (const char* key : {"link-down-at", "link-up-at"})
        if (d.has(key)) {
            parse_time_list(d.get(key), option + " " + key);
            req.properties[key] = d.get(key);
        }
}

}  // namespace vp::virt64
