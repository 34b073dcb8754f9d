// QEMU-style device options for virt64: -drive, -device, -chardev, -netdev, -global.
// Parses the QEMU "type,key=value,..." syntax into a list of virtio devices to
// instantiate, and rejects what virt64 does not model with a clear message.
//
// Supported (the QEMU spellings):
//   -drive file=PATH,if=none,format=raw,id=ID[,readonly=on]
//   -device virtio-blk-device,drive=ID[,serial=S][,num-queues=N]   (N: 1..64, default 1)
//          [,fault=ioerr|unsupp|delay,fault-request=N,fault-count=N,fault-delay=TIME]
//          (virt64 extension: fault injection, docs/fault-injection.md)
//   -device virtio-rng-device[,seed=N]         (seed: virt64 extension, deterministic)
//   -device virtio-serial-device  +  -device virtconsole,chardev=ID
//   -chardev stdio,id=ID | file,id=ID,path=PATH | socket,id=ID,port=N[,host=127.0.0.1],server=on,wait=off | null,id=ID
//   -netdev socket,id=ID,udp=127.0.0.1:PORT,localaddr=127.0.0.1:PORT   (loopback only; no user/tap)
//   -device virtio-net-device,netdev=ID[,mac=52:54:00:12:34:56]
//   -global virtio-mmio.force-legacy=on|off    (default off here: modern v2)
// Timing (virt64 properties, QEMU syntax; docs/models/virtio-*.md):
//   latency=TIME, bandwidth=SIZE on virtio-blk-device, virtio-rng-device,
//   virtio-net-device and virtconsole: the device's service time per request
//   (latency + bytes / bandwidth; bandwidth is bytes per second, 0 = unlimited)
//   -global <that device>.latency=TIME / .bandwidth=SIZE: the default for all of them
//   -global virtio-mmio.register-latency=TIME: every transport's register access
//   -global virtio-mmio.strict=on|off: strict spec-conformance mode (default off)
//   -global virtio-mmio.packed=on|off: Version 2 offers VIRTIO_F_RING_PACKED (default on)
// Fault injection (virt64 extension, docs/fault-injection.md, fault_options.h):
//   any device: irq-drop=N | irq-drop-request=N | irq-drop-at=TIME [,irq-drop-queue=Q],
//     irq-delay=TIME[,irq-delay-from=TIME][,irq-delay-until=TIME], config-irq-at=TIME[:TIME...],
//     needs-reset-at=TIME, needs-reset-request=N
//   virtio-net-device: rx-drop=RATE, rx-corrupt=RATE, rx-duplicate=RATE, rx-fault-seed=N,
//     link-down-at=TIME[:TIME...], link-up-at=TIME[:TIME...]
//   -global <device>.<fault key>=VALUE: the default for every such device
// TIME: a number with s, ms, us, ns or ps (a plain number is ns); SIZE: a
// number with QEMU's suffixes B, K, M, G, T, P, E (powers of 1024; plain = bytes).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <systemc>

#include "virtio/transport_faults.h"

namespace vp::virt64 {

// "type,key=value,key2=value2" -> type + ordered keys. A bare first token is
// the type (e.g. "virtio-blk-device"); a first token with '=' means no type.
struct OptionList {
    std::string type;
    std::map<std::string, std::string> values;

    bool has(const std::string& key) const { return values.count(key) != 0; }
    std::string get(const std::string& key, const std::string& fallback = "") const;
};

// Throws std::invalid_argument naming the option on syntax errors.
OptionList parse_option_list(const std::string& text, const std::string& option_name);

// QEMU boolean spellings: on/off, yes/no, true/false, 1/0.
bool parse_bool(const std::string& value, const std::string& what);

// A size as QEMU parses one (qemu_strtosz): "4096", "64K", "1.5G", "1200M";
// suffixes B, K, M, G, T, P, E in either case, powers of 1024; a fraction
// needs a suffix. Throws std::invalid_argument naming `what`.
uint64_t parse_qemu_size(const std::string& value, const std::string& what);
// A time: "80us", "1.5ms", "20ns", "1s", "500ps"; a plain number is ns.
// Throws std::invalid_argument naming `what`.
sc_core::sc_time parse_qemu_time(const std::string& value, const std::string& what);

// A device's modelled service time as given on the command line; what is not
// given keeps the device model's default.
struct ServiceTimeOptions {
    std::optional<sc_core::sc_time> latency;  // latency=
    std::optional<double> bandwidth;          // bandwidth= (bytes/s, 0 = unlimited)
};

// One -device to instantiate. Its kind's row in device_kinds.h parsed the
// keys into the fields below and builds the model from them.
struct VirtioDeviceRequest {
    // The built-in kinds; a kind added later may use `other` and tell itself
    // apart by `type`.
    enum class Kind { block, entropy, console, net, other };
    Kind kind;
    std::string type;  // the -device name, e.g. "virtio-blk-device"
    // block
    std::string image;
    bool read_only = false;
    std::string serial;
    unsigned num_queues = 1;  // QEMU's num-queues; > 1 offers VIRTIO_BLK_F_MQ
    // entropy
    std::optional<uint64_t> seed;
    // console: a CharBackend spec for vp::host::make_char_backend;
    // net: a NetBackend spec for vp::host::make_net_backend
    std::string backend;
    // net: station address (default 52:54:00:12:34:56, +1 per further NIC)
    std::array<uint8_t, 6> mac{};
    // Service time: -device keys over -global defaults over the model's default.
    ServiceTimeOptions service;
    // Interrupt/status faults of its transport (irq-drop=, irq-delay=, ...;
    // fault_options.h), -device keys over -global defaults.
    virtio::TransportFaults transport_faults;
    // Further keys, for a kind whose factory reads them itself.
    std::map<std::string, std::string> properties;
};

struct DeviceOptions {
    std::vector<VirtioDeviceRequest> devices;  // in command-line order
    bool force_legacy = false;
    // -global virtio-mmio.register-latency
    std::optional<sc_core::sc_time> register_latency;
    bool strict = false;       // -global virtio-mmio.strict
    bool ring_packed = true;   // -global virtio-mmio.packed
};

// Resolves -drive/-chardev/-netdev ids referenced by -device options. Throws
// std::invalid_argument with a message naming the offending option.
DeviceOptions resolve_device_options(const std::vector<std::string>& drives,
                                     const std::vector<std::string>& devices,
                                     const std::vector<std::string>& chardevs,
                                     const std::vector<std::string>& globals,
                                     const std::vector<std::string>& netdevs = {});

}  // namespace vp::virt64
