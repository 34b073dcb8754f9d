#include "device_options.h"

#include "device_kinds.h"
#include "fault_options.h"

#include <cctype>
#include <cmath>
#include <cstring>
#include <stdexcept>

namespace vp::virt64 {

namespace {

[[noreturn]] void fail(const std::string& option, const std::string& message)
{
    throw std::invalid_argument(option + ": " + message);
}

// Keys each -device/-drive/-chardev type accepts; anything else is an error
// rather than being silently ignored.
void check_keys(const OptionList& o, const std::string& option,
                const std::vector<const char*>& allowed)
{
    for (const auto& [key, value] : o.values) {
        bool ok = false;
        for (const char* a : allowed)
            ok = ok || key == a;
        if (!ok)
            fail(option, "unsupported parameter '" + key + "' for '" + o.type + "'");
    }
}

std::string chardev_backend(const OptionList& c, const std::string& option)
{
    if (c.type == "stdio") {
        check_keys(c, option, {"id", "signal", "mux"});
        return "stdio";
    }
    if (c.type == "null") {
        check_keys(c, option, {"id"});
        return "null";
    }
    if (c.type == "file") {
        check_keys(c, option, {"id", "path"});
        if (c.get("path").empty())
            fail(option, "file chardev needs path=");
        return "file:" + c.get("path");
    }
    if (c.type == "socket") {
        check_keys(c, option, {"id", "port", "host", "server", "wait", "telnet", "nodelay"});
        const std::string host = c.get("host", "127.0.0.1");
        if (host != "127.0.0.1" && host != "localhost")
            fail(option, "socket chardev listens on loopback only (host=127.0.0.1)");
        if (!parse_bool(c.get("server", "off"), option + " server"))
            fail(option, "socket chardev must be a server (server=on)");
        if (c.get("port").empty())
            fail(option, "socket chardev needs port=");
        return "tcp:" + c.get("port");
    }
    fail(option, "unsupported chardev backend '" + c.type + "' (stdio, file, socket, null)");
}

// "127.0.0.1:PORT" or "localhost:PORT" -> "PORT"; loopback only.
std::string loopback_port(const std::string& value, const std::string& key,
                          const std::string& option)
{
    const size_t colon = value.rfind(':');
    if (colon == std::string::npos || colon + 1 == value.size())
        fail(option, key + "= expects HOST:PORT, got '" + value + "'");
    const std::string host = value.substr(0, colon);
    const std::string port = value.substr(colon + 1);
    if (host != "127.0.0.1" && host != "localhost")
        fail(option, key + "=" + value + ": socket netdevs use loopback only (127.0.0.1)");
    if (port.find_first_not_of("0123456789") != std::string::npos || port.size() > 5 ||
        std::stoul(port) > 65535)
        fail(option, key + "=" + value + ": the port must be a number from 0 to 65535");
    return port;
}

std::string netdev_backend(const OptionList& n, const std::string& option)
{
    if (n.type != "socket")
        fail(option, "unsupported netdev backend '" + n.type +
                         "' (only socket with udp= and localaddr=, on loopback)");
    check_keys(n, option, {"id", "udp", "localaddr"});
    if (!n.has("udp") || !n.has("localaddr"))
        fail(option, "socket netdev needs udp=127.0.0.1:PORT and localaddr=127.0.0.1:PORT "
                     "(listen=/connect=/mcast= are not supported)");
    const std::string remote = loopback_port(n.get("udp"), "udp", option);
    const std::string local = loopback_port(n.get("localaddr"), "localaddr", option);
    return "udp:" + local + ":127.0.0.1:" + remote;
}

// Splits "12.5ms" into 12.5 and "ms". Throws when there is no number or it
// is negative or not finite.
std::pair<double, std::string> number_and_unit(const std::string& value, const std::string& what,
                                               const char* kind)
{
    size_t used = 0;
    double v = 0;
    const bool starts_ok = !value.empty() && (std::isdigit(static_cast<unsigned char>(value[0])) ||
                                              value[0] == '.');
    try {
        if (starts_ok)
            v = std::stod(value, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (!starts_ok || used == 0 || !std::isfinite(v))
        fail(what, "'" + value + "' is not a " + kind);
    return {v, value.substr(used)};
}

// latency=/bandwidth= of one option list into `service` (keys absent: unchanged).
void apply_service_keys(const OptionList& o, const std::string& option, ServiceTimeOptions& service)
{
    if (o.has("latency"))
        service.latency = parse_qemu_time(o.get("latency"), option + " latency");
    if (o.has("bandwidth"))
        service.bandwidth =
            static_cast<double>(parse_qemu_size(o.get("bandwidth"), option + " bandwidth"));
}

}  // namespace

uint64_t parse_qemu_size(const std::string& value, const std::string& what)
{
    auto [number, unit] = number_and_unit(value, what, "size (e.g. 4096, 64K, 1200M, 1.5G)");
    unsigned shift = 0;
    if (unit.size() > 1)
        fail(what, "'" + value + "': unknown size suffix '" + unit + "' (B, K, M, G, T, P or E)");
    if (!unit.empty()) {
        const char* suffixes = "BKMGTPE";
        const char* at = std::strchr(suffixes, std::toupper(static_cast<unsigned char>(unit[0])));
        if (!at)
            fail(what, "'" + value + "': unknown size suffix '" + unit + "' (B, K, M, G, T, P or E)");
        shift = 10 * static_cast<unsigned>(at - suffixes);
    }
    if (unit.empty() && number != std::floor(number))
        fail(what, "'" + value + "': a fraction needs a suffix (as in QEMU: 1.5G, not 1.5)");
    const double bytes = std::ldexp(number, static_cast<int>(shift));
    if (bytes >= 18446744073709551616.0)
        fail(what, "'" + value + "' is too large");
    return static_cast<uint64_t>(bytes);
}

sc_core::sc_time parse_qemu_time(const std::string& value, const std::string& what)
{
    auto [number, unit] = number_and_unit(value, what, "time (e.g. 80us, 1.5ms, 20ns)");
    sc_core::sc_time_unit u;
    if (unit.empty() || unit == "ns")
        u = sc_core::SC_NS;
    else if (unit == "s")
        u = sc_core::SC_SEC;
    else if (unit == "ms")
        u = sc_core::SC_MS;
    else if (unit == "us")
        u = sc_core::SC_US;
    else if (unit == "ps")
        u = sc_core::SC_PS;
    else
        fail(what, "'" + value + "': unknown time unit '" + unit + "' (s, ms, us, ns or ps)");
    if (number > 1e6 && u == sc_core::SC_SEC)
        fail(what, "'" + value + "' is too large");
    return sc_core::sc_time(number, u);
}

std::string OptionList::get(const std::string& key, const std::string& fallback) const
{
    auto it = values.find(key);
    return it == values.end() ? fallback : it->second;
}

OptionList parse_option_list(const std::string& text, const std::string& option_name)
{
    OptionList out;
    size_t pos = 0;
    bool first = true;
    while (pos <= text.size()) {
        // QEMU escapes a literal comma as ",,".
        std::string item;
        while (pos < text.size()) {
            if (text[pos] == ',') {
                if (pos + 1 < text.size() && text[pos + 1] == ',') {
                    item.push_back(',');
                    pos += 2;
                    continue;
                }
                break;
            }
            item.push_back(text[pos++]);
        }
        ++pos;
        const size_t eq = item.find('=');
        if (first && eq == std::string::npos) {
            out.type = item;
        } else if (eq == std::string::npos || eq == 0) {
            fail(option_name, "expected key=value, got '" + item + "'");
        } else {
            const std::string key = item.substr(0, eq);
            if (out.values.count(key))
                fail(option_name, "parameter '" + key + "' given twice");
            out.values[key] = item.substr(eq + 1);
        }
        first = false;
    }
    return out;
}

bool parse_bool(const std::string& value, const std::string& what)
{
    if (value == "on" || value == "yes" || value == "true" || value == "1")
        return true;
    if (value == "off" || value == "no" || value == "false" || value == "0")
        return false;
    fail(what, "expected on or off, got '" + value + "'");
}

DeviceOptions resolve_device_options(const std::vector<std::string>& drives,
                                     const std::vector<std::string>& devices,
                                     const std::vector<std::string>& chardevs,
                                     const std::vector<std::string>& globals,
                                     const std::vector<std::string>& netdevs)
{
    DeviceOptions out;

    std::map<std::string, OptionList> drive_by_id;
    for (const auto& text : drives) {
        const std::string option = "-drive " + text;
        OptionList d = parse_option_list(text, option);
        if (!d.type.empty())
            fail(option, "expected key=value list");
        check_keys(d, option, {"file", "if", "format", "id", "readonly", "cache"});
        if (d.get("file").empty())
            fail(option, "needs file=");
        if (d.get("id").empty())
            fail(option, "needs id= (use -device virtio-blk-device,drive=ID)");
        if (d.get("if", "none") != "none")
            fail(option, "only if=none is supported; attach it with -device virtio-blk-device");
        if (d.get("format", "raw") != "raw")
            fail(option, "only format=raw is supported");
        if (!drive_by_id.emplace(d.get("id"), d).second)
            fail(option, "duplicate drive id '" + d.get("id") + "'");
    }

    std::map<std::string, std::string> backend_by_id;
    for (const auto& text : chardevs) {
        const std::string option = "-chardev " + text;
        OptionList c = parse_option_list(text, option);
        if (c.get("id").empty())
            fail(option, "needs id=");
        if (!backend_by_id.emplace(c.get("id"), chardev_backend(c, option)).second)
            fail(option, "duplicate chardev id '" + c.get("id") + "'");
    }

    std::map<std::string, std::string> netdev_by_id;
    for (const auto& text : netdevs) {
        const std::string option = "-netdev " + text;
        OptionList n = parse_option_list(text, option);
        if (n.get("id").empty())
            fail(option, "needs id=");
        if (!netdev_by_id.emplace(n.get("id"), netdev_backend(n, option)).second)
            fail(option, "duplicate netdev id '" + n.get("id") + "'");
    }

    std::map<std::string, ServiceTimeOptions> global_service;  // by -device type
    std::map<std::string, OptionList> global_faults;           // fault keys by -device type
    for (const auto& text : globals) {
        const std::string option = "-global " + text;
        const size_t eq = text.find('=');
        if (eq == std::string::npos)
            fail(option, "expected driver.property=value");
        const std::string prop = text.substr(0, eq);
        const std::string value = text.substr(eq + 1);
        const size_t dot = prop.rfind('.');
        const std::string driver = dot == std::string::npos ? prop : prop.substr(0, dot);
        const std::string name = dot == std::string::npos ? std::string() : prop.substr(dot + 1);
        if (prop == "virtio-mmio.force-legacy") {
            out.force_legacy = parse_bool(value, option);
        } else if (prop == "virtio-mmio.register-latency") {
            out.register_latency = parse_qemu_time(value, option);
        } else if (prop == "virtio-mmio.strict") {
            out.strict = parse_bool(value, option);
        } else if (prop == "virtio-mmio.packed") {
            out.ring_packed = parse_bool(value, option);
        } else if (find_device_kind(driver) && find_device_kind(driver)->timed &&
                   (name == "latency" || name == "bandwidth")) {
            OptionList one;
            one.values[name] = value;
            apply_service_keys(one, option, global_service[driver]);
        } else if (find_device_kind(driver) && find_device_kind(driver)->create &&
                   is_global_fault_key(driver, name)) {
            global_faults[driver].values[name] = value;
        } else {
            std::string timed;
            for (const DeviceKind& k : device_kinds())
                if (k.timed)
                    timed += std::string(timed.empty() ? "" : ", ") + k.qemu_name;
            fail(option, "unsupported global '" + prop +
                             "' (virtio-mmio.force-legacy, virtio-mmio.register-latency, "
                             "virtio-mmio.strict, virtio-mmio.packed, "
                             "<device>.latency, <device>.bandwidth for " + timed +
                             ", <device>.<fault key> as in docs/fault-injection.md)");
        }
    }

    // The fault defaults of each driver, checked together here (blk's
    // fault* keys by its -device parser), and again with each -device.
    for (const auto& [driver, defaults] : global_faults) {
        const std::string option = "-global " + driver + ".<fault keys>";
        parse_transport_faults(defaults, option);
        VirtioDeviceRequest scratch{};
        parse_net_faults(defaults, option, scratch);
    }

    bool have_serial_bus = false;
    unsigned nics = 0;
    DeviceParseContext context{drive_by_id, backend_by_id, netdev_by_id, have_serial_bus, nics};
    for (const auto& text : devices) {
        const std::string option = "-device " + text;
        OptionList d = parse_option_list(text, option);
        const DeviceKind* kind = find_device_kind(d.type);
        if (!kind) {
            std::string names;
            for (const DeviceKind& k : device_kinds())
                names += std::string(names.empty() ? "" : ", ") + k.qemu_name;
            fail(option, "unsupported device '" + d.type + "' (" + names + ")");
        }
        for (const auto& [key, value] : global_faults[d.type].values)
            d.values.emplace(key, value);  // -global default unless this -device sets the key
        std::vector<const char*> keys = kind->keys;
        if (kind->create)
            keys.insert(keys.end(), transport_fault_keys().begin(), transport_fault_keys().end());
        check_keys(d, option, keys);
        VirtioDeviceRequest req{};
        req.kind = kind->kind;
        req.type = kind->qemu_name;
        kind->parse(d, option, context, req);
        if (!kind->create)
            continue;  // enables other kinds only (virtio-serial-device)
        req.service = global_service[d.type];  // -global defaults, then this -device's keys
        req.transport_faults = parse_transport_faults(d, option);
        apply_service_keys(d, option, req.service);
        out.devices.push_back(req);
    }
    return out;
}

}  // namespace vp::virt64
