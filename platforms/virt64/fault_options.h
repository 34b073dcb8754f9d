// The fault-injection keys of virt64's -device options and their -global
// defaults (issue 9 section 4, docs/fault-injection.md): the interrupt and
// status faults any device takes (-> TransportFaults of its transport) and
// virtio-net's receive faults and link schedule. virtio-blk's own fault=
// keys are parsed by its row in device_kinds.cpp.
#pragma once

#include <string>
#include <vector>

#include "device_options.h"
#include "virtio/transport_faults.h"


namespace vp::virt64 {

// Keys any -device with a model takes (irq-drop=, irq-delay=, ...).
const std::vector<const char*>& transport_fault_keys();
// Keys virtio-net-device takes in addition (rx-drop=, link-down-at=, ...).
const std::vector<const char*>& net_fault_keys();
// True if `-global <kind>.<key>=...` may set `key` as a default: the fault
// keys of that kind (transport ones, blk's fault*, net's rx-*/link-*).
bool is_global_fault_key(const std::string& kind, const std::string& key);

// The transport fault keys of one option list. Throws std::invalid_argument
// naming `option` for a bad value or combination.
virtio::TransportFaults parse_transport_faults(const OptionList& d, const std::string& option);

// virtio-net: checks the rx-*/link-* keys of `d` and copies them into
// req.properties (create_net turns them into the model's config with the
// functions below, which cannot fail on checked text).
void parse_net_faults(const OptionList& d, const std::string& option, VirtioDeviceRequest& req);
// "0.05" or "5%" -> 0.05; 0 to 1.
double parse_rate(const std::string& value, const std::string& what);
// "1s:2.5s:3s" -> times (QEMU time syntax each).
std::vector<sc_core::sc_time> parse_time_list(const std::string& value, const std::string& what);

}  // namespace vp::virt64
