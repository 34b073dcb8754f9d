#include "device_kinds.h"

#include <cctype>
#include <stdexcept>

#include "fault_options.h"
#include "virtio/blk.h"
#include "virtio/console.h"
#include "virtio/net.h"
#include "virtio/rng.h"

namespace vp::virt64 {

namespace {

[[noreturn]] void fail(const std::string& option, const std::string& message)
{
    throw std::invalid_argument(option + ": " + message);
}

// latency=/bandwidth= given on the command line; the rest keeps the model's default.
virtio::ServiceTime service_time(virtio::ServiceTime model_default, const ServiceTimeOptions& given)
{
    if (given.latency)
        model_default.latency = *given.latency;
    if (given.bandwidth)
        model_default.bytes_per_second = *given.bandwidth;
    return model_default;
}

// "52:54:00:12:34:56" -> bytes; unicast only.
std::array<uint8_t, 6> parse_mac(const std::string& text, const std::string& option)
{
    std::array<uint8_t, 6> mac{};
    const auto hex = [](char c) {
        return std::isxdigit(static_cast<unsigned char>(c)) != 0;
    };
    bool ok = text.size() == 17;
    for (size_t i = 0; ok && i < 6; ++i) {
        const size_t p = i * 3;
        ok = hex(text[p]) && hex(text[p + 1]) && (i == 5 || text[p + 2] == ':');
        if (ok)
            mac[i] = static_cast<uint8_t>(std::stoul(text.substr(p, 2), nullptr, 16));
    }
    if (!ok)
        fail(option, "mac=" + text + ": expected six hex bytes like 52:54:00:12:34:56");
    if (mac[0] & 1)
        fail(option, "mac=" + text + ": a multicast address cannot be a station address");
    return mac;
}

// ---- virtio-blk-device,drive=ID[,serial=S][,num-queues=N] ----

void parse_blk(const OptionList& d, const std::string& option, DeviceParseContext& ctx,
               VirtioDeviceRequest& req)
{
    auto it = ctx.drives.find(d.get("drive"));
    if (it == ctx.drives.end())
        fail(option, "drive '" + d.get("drive") + "' is not defined by a -drive option");
    req.image = it->second.get("file");
    req.read_only = parse_bool(it->second.get("readonly", "off"), "-drive readonly");
    req.serial = d.get("serial");
    if (d.has("num-queues")) {
        const std::string n = d.get("num-queues");
        const bool digits = !n.empty() && n.size() <= 3 &&
                            n.find_first_not_of("0123456789") == std::string::npos;
        const unsigned value = digits ? static_cast<unsigned>(std::stoul(n)) : 0;
        if (value < 1 || value > 64)
            fail(option, "num-queues must be a number from 1 to 64");
        req.num_queues = value;
    }
    // Fault injection (issue 9 section 4): fault=ioerr|unsupp|delay on the
    // requests fault-request .. fault-request + fault-count - 1.
    if (d.has("fault")) {
        const std::string kind = d.get("fault");
        if (kind != "ioerr" && kind != "unsupp" && kind != "delay")
            fail(option, "fault=" + kind + ": expected ioerr, unsupp or delay");
        // With an LBA range, any request touching it (count unlimited) by default.
        const bool lba = d.has("fault-lba");
        if (d.has("fault-lba-count") && !lba)
            fail(option, "fault-lba-count needs fault-lba");
        if (lba) {
            for (const char* key : {"fault-lba", "fault-lba-count"}) {
                const std::string n = d.get(key, "1");
                if (n.empty() || n.size() > 18 ||
                    n.find_first_not_of("0123456789") != std::string::npos ||
                    (key == std::string("fault-lba-count") && std::stoull(n) == 0))
                    fail(option, std::string(key) + "=" + n + ": expected a number" +
                                     (key == std::string("fault-lba") ? "" : " from 1"));
                req.properties[key] = n;
            }
        }
        for (const char* key : {"fault-request", "fault-count"}) {
            const std::string n =
                d.get(key, key == std::string("fault-count") && lba ? "999999999999999999" : "1");
            if (n.empty() || n.size() > 18 || n.find_first_not_of("0123456789") != std::string::npos ||
                std::stoull(n) == 0)
                fail(option, std::string(key) + "=" + n + ": expected a number from 1");
            req.properties[key] = n;
        }
        if (kind == "delay") {
            if (!d.has("fault-delay"))
                fail(option, "fault=delay needs fault-delay=TIME");
            parse_qemu_time(d.get("fault-delay"), option + " fault-delay");  // checked here
            req.properties["fault-delay"] = d.get("fault-delay");
        }
        req.properties["fault"] = kind;
    } else if (d.has("fault-request") || d.has("fault-count") || d.has("fault-delay") ||
               d.has("fault-lba") || d.has("fault-lba-count")) {
        fail(option, "fault-request/fault-count/fault-delay/fault-lba need fault=ioerr|unsupp|delay");
    }
    ctx.drives.erase(it);  // one device per drive
}

std::unique_ptr<virtio::VirtioDevice> create_blk(const std::string& name,
                                                 const VirtioDeviceRequest& req,
                                                 const DeviceBackends&)
{
    virtio::BlockDevice::Config c;
    c.image = req.image;
    c.read_only = req.read_only;
    c.serial = req.serial;
    c.service = service_time(c.service, req.service);
    c.num_queues = req.num_queues;
    auto fault = req.properties.find("fault");
    if (fault != req.properties.end()) {
        virtio::BlkFault f;
        f.kind = fault->second == "ioerr"    ? virtio::BlkFault::Kind::ioerr
                 : fault->second == "unsupp" ? virtio::BlkFault::Kind::unsupp
                                             : virtio::BlkFault::Kind::delay;
        f.first_request = std::stoull(req.properties.at("fault-request"));
        f.count = std::stoull(req.properties.at("fault-count"));
        if (f.kind == virtio::BlkFault::Kind::delay)
            f.delay = parse_qemu_time(req.properties.at("fault-delay"), "fault-delay");
        if (req.properties.count("fault-lba")) {
            f.first_sector = std::stoull(req.properties.at("fault-lba"));
            f.sectors = std::stoull(req.properties.at("fault-lba-count"));
        }
        c.faults.push_back(f);
    }
    return std::make_unique<virtio::BlockDevice>(name.c_str(), c);
}

// ---- virtio-rng-device[,seed=N] ----

void parse_rng(const OptionList& d, const std::string& option, DeviceParseContext&,
               VirtioDeviceRequest& req)
{
    if (!d.has("seed"))
        return;
    try {
        size_t used = 0;
        req.seed = std::stoull(d.get("seed"), &used, 0);
        if (used != d.get("seed").size())
            throw std::invalid_argument("trailing characters");
    } catch (const std::exception&) {
        fail(option, "seed must be a number");
    }
}

std::unique_ptr<virtio::VirtioDevice> create_rng(const std::string& name,
                                                 const VirtioDeviceRequest& req,
                                                 const DeviceBackends&)
{
    virtio::EntropyDevice::Config c;
    c.seed = req.seed;
    c.service = service_time(c.service, req.service);
    return std::make_unique<virtio::EntropyDevice>(name.c_str(), c);
}

// ---- virtio-net-device,netdev=ID[,mac=M] ----

void parse_net(const OptionList& d, const std::string& option, DeviceParseContext& ctx,
               VirtioDeviceRequest& req)
{
    auto it = ctx.netdevs.find(d.get("netdev"));
    if (it == ctx.netdevs.end())
        fail(option, "netdev '" + d.get("netdev") + "' is not defined by a -netdev option");
    req.backend = it->second;
    if (d.has("mac"))
        req.mac = parse_mac(d.get("mac"), option);
    else
        req.mac = {0x52, 0x54, 0x00, 0x12, 0x34, static_cast<uint8_t>(0x56 + ctx.nics)};
    ++ctx.nics;
    parse_net_faults(d, option, req);  // rx-drop=, link-down-at=, ... (fault_options.h)
    ctx.netdevs.erase(it);  // one device per netdev
}

std::unique_ptr<virtio::VirtioDevice> create_net(const std::string& name,
                                                 const VirtioDeviceRequest& req,
                                                 const DeviceBackends& backends)
{
    virtio::NetDevice::Config c;
    c.mac = req.mac;
    c.service = service_time(c.service, req.service);
    // Fault keys, checked by parse_net_faults.
    const auto key = [&](const char* k) {
        auto it = req.properties.find(k);
        return it == req.properties.end() ? std::string() : it->second;
    };
    if (!key("rx-drop").empty())
        c.rx_faults.drop = parse_rate(key("rx-drop"), "rx-drop");
    if (!key("rx-corrupt").empty())
        c.rx_faults.corrupt = parse_rate(key("rx-corrupt"), "rx-corrupt");
    if (!key("rx-duplicate").empty())
        c.rx_faults.duplicate = parse_rate(key("rx-duplicate"), "rx-duplicate");
    if (!key("rx-fault-seed").empty())
        c.rx_faults.seed = std::stoull(key("rx-fault-seed"), nullptr, 0);
    for (const char* k : {"link-down-at", "link-up-at"})
        if (!key(k).empty())
            for (const sc_core::sc_time& t : parse_time_list(key(k), k))
                c.link_schedule.push_back({t, k == std::string("link-up-at")});
    return std::make_unique<virtio::NetDevice>(name.c_str(), *backends.netdev, c);
}

// ---- virtio-serial-device (the bus) + virtconsole,chardev=ID ----

void parse_serial_bus(const OptionList&, const std::string&, DeviceParseContext& ctx,
                      VirtioDeviceRequest&)
{
    ctx.have_serial_bus = true;
}

void parse_console(const OptionList& d, const std::string& option, DeviceParseContext& ctx,
                   VirtioDeviceRequest& req)
{
    if (!ctx.have_serial_bus)
        fail(option, "needs a preceding -device virtio-serial-device");
    auto it = ctx.chardevs.find(d.get("chardev"));
    if (it == ctx.chardevs.end())
        fail(option, "chardev '" + d.get("chardev") + "' is not defined by a -chardev option");
    req.backend = it->second;
}

std::unique_ptr<virtio::VirtioDevice> create_console(const std::string& name,
                                                     const VirtioDeviceRequest& req,
                                                     const DeviceBackends& backends)
{
    virtio::ConsoleDevice::Config c;
    c.service = service_time(c.service, req.service);
    return std::make_unique<virtio::ConsoleDevice>(name.c_str(), *backends.chardev, c);
}

using Kind = VirtioDeviceRequest::Kind;
using Backend = DeviceKind::Backend;

}  // namespace

const std::vector<DeviceKind>& device_kinds()
{
    // One row per kind: -device name, slot name, kind, keys, timed, backend, parse, create.
    static const std::vector<DeviceKind> kinds = {
        {"virtio-blk-device", "blk", Kind::block,
         {"drive", "serial", "id", "num-queues", "latency", "bandwidth", "fault", "fault-request",
          "fault-count", "fault-delay", "fault-lba", "fault-lba-count"},
         true, Backend::none, parse_blk, create_blk},
        {"virtio-rng-device", "rng", Kind::entropy, {"seed", "id", "latency", "bandwidth"}, true,
         Backend::none, parse_rng, create_rng},
        {"virtio-net-device", "net", Kind::net,
         {"netdev", "mac", "id", "latency", "bandwidth", "rx-drop", "rx-corrupt", "rx-duplicate",
          "rx-fault-seed", "link-down-at", "link-up-at"},
         true, Backend::netdev, parse_net, create_net},
        {"virtio-serial-device", nullptr, Kind::other, {"id"}, false, Backend::none,
         parse_serial_bus, nullptr},
        {"virtconsole", "console", Kind::console, {"chardev", "id", "name", "latency", "bandwidth"},
         true, Backend::chardev, parse_console, create_console},
    };
    return kinds;
}

const DeviceKind* find_device_kind(const std::string& qemu_name)
{
    for (const DeviceKind& k : device_kinds())
        if (qemu_name == k.qemu_name)
            return &k;
    return nullptr;
}

const DeviceKind& device_kind(const VirtioDeviceRequest& req)
{
    if (const DeviceKind* k = find_device_kind(req.type))
        return *k;
    for (const DeviceKind& k : device_kinds())  // a request built by hand, without its type
        if (k.create && k.kind == req.kind)
            return k;
    throw std::logic_error("virtio device request of unknown kind '" + req.type + "'");
}

}  // namespace vp::virt64
