// The virtio device kinds of virt64, one table row each (device_kinds.cpp):
// the QEMU -device name, the keys it accepts, the host backend it needs, how
// its keys fill a VirtioDeviceRequest, and the factory that builds the model.
// device_options.cpp (parsing -device) and virtio_slots.cpp (building the
// slots) only walk this table. Adding a device kind is the model
// (models/virtio/<name>.h/.cpp) plus one row in device_kinds.cpp.
// Not here: -drive/-chardev/-netdev parsing (device_options.cpp).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "device_options.h"

namespace vp::host {
class CharBackend;
class NetBackend;
}  // namespace vp::host
namespace vp::virtio {
class VirtioDevice;
}

namespace vp::virt64 {

// What a row's parse() may consult while the -device options are resolved.
struct DeviceParseContext {
    std::map<std::string, OptionList>& drives;     // -drive by id; a disk takes its drive out
    std::map<std::string, std::string>& chardevs;  // CharBackend spec by -chardev id
    std::map<std::string, std::string>& netdevs;   // NetBackend spec by -netdev id; taken out
    bool& have_serial_bus;                         // a virtio-serial-device was given
    unsigned& nics;                                // NICs so far (for the default MAC)
};

// The host backends VirtioSlots made for a request (by the row's backend).
struct DeviceBackends {
    host::CharBackend* chardev = nullptr;
    host::NetBackend* netdev = nullptr;
};

struct DeviceKind {
    enum class Backend { none, chardev, netdev };

    const char* qemu_name;  // -device NAME, also the -global driver name
    const char* slot_name;  // module name prefix in the slots ("blk" -> blk31); nullptr: no device
    VirtioDeviceRequest::Kind kind;
    std::vector<const char*> keys;  // accepted -device keys (anything else is an error)
    bool timed;                     // latency=/bandwidth= (-device keys and -global defaults)
    Backend backend;                // host backend VirtioSlots creates from req.backend
    // Fills req from the -device keys (already checked against `keys`).
    // Throws std::invalid_argument naming `option`.
    void (*parse)(const OptionList& d, const std::string& option, DeviceParseContext& ctx,
                  VirtioDeviceRequest& req);
    // Builds the device model named `name`. nullptr for a kind that only
    // enables others (virtio-serial-device).
    std::unique_ptr<virtio::VirtioDevice> (*create)(const std::string& name,
                                                    const VirtioDeviceRequest& req,
                                                    const DeviceBackends& backends);
};

// Every kind, in the order the help texts list them.
const std::vector<DeviceKind>& device_kinds();
// nullptr if virt64 has no such -device.
const DeviceKind* find_device_kind(const std::string& qemu_name);
// The row of a resolved request.
const DeviceKind& device_kind(const VirtioDeviceRequest& req);

}  // namespace vp::virt64
