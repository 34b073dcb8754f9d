// VirtioDevice: the interface between a virtio device model (blk, console,
// rng, net, ...) and the transport that exposes it (virtio-mmio, later PCI).
// A device knows nothing of registers or descriptors: it reports its identity,
// features and config space, and consumes requests as VirtioMessages that it
// pulls from the transport with get() and returns with put().
#pragma once

#include <cstdint>

#include <systemc>

#include "virtio/config_space.h"
#include "virtio/guest_error.h"
#include "virtio/message.h"

namespace vp::virtio {

// What a device may ask of the transport it is plugged into.
class VirtioTransportIf {
public:
    virtual ~VirtioTransportIf() = default;

    // Takes the next available request of `queue` into msg. Returns false if
    // the queue has none, is not live (not DRIVER_OK, not ready, broken), or
    // the ring is corrupt (then the transport has reported it).
    virtual bool get(unsigned queue, VirtioMessage& msg) = 0;

    // Returns a request as used, with msg.used_len bytes written, and raises
    // the used-buffer interrupt unless the driver suppressed it. A message
    // taken before a reset is dropped silently.
    virtual void put(unsigned queue, VirtioMessage& msg) = 0;

    // The device changed its config space: bump ConfigGeneration and raise
    // the config-change interrupt.
    virtual void config_changed() = 0;

    // The feature bits the driver accepted (valid once FEATURES_OK is set).
    virtual uint64_t negotiated_features() const = 0;
};

// Modelled service time of a request: a fixed latency plus the payload
// divided by a throughput. Both zero models an instantaneous device.
struct ServiceTime {
    sc_core::sc_time latency = sc_core::SC_ZERO_TIME;  // per request
    double bytes_per_second = 0.0;                     // 0 = infinite throughput

    sc_core::sc_time for_bytes(uint64_t bytes) const
    {
        sc_core::sc_time t = latency;
        if (bytes_per_second > 0.0)
            t += sc_core::sc_time(static_cast<double>(bytes) / bytes_per_second, sc_core::SC_SEC);
        return t;
    }
};

class VirtioDevice : public sc_core::sc_module {
public:
    explicit VirtioDevice(sc_core::sc_module_name name) : sc_core::sc_module(name) {}
    VirtioDevice(const VirtioDevice&) = delete;
    VirtioDevice& operator=(const VirtioDevice&) = delete;

    // Identity (§5): device type ID, and the device-specific feature bits it
    // offers (bits 0-23 and any others it supports; the transport adds the
    // ring and VERSION_1 bits).
    virtual uint32_t device_id() const = 0;
    virtual uint64_t device_features() const = 0;

    // Called when the driver sets FEATURES_OK. Return false to refuse the
    // combination; the transport then leaves FEATURES_OK clear.
    virtual bool accept_features(uint64_t features) { (void)features; return true; }

    // Queues: how many, and the largest size the device supports for each
    // (the transport caps this with its own maximum).
    virtual unsigned num_queues() const = 0;
    virtual unsigned queue_size_max(unsigned queue) const { (void)queue; return 32768; }

    // Device configuration space (§4.2.2 offset 0x100 onwards). The transport
    // checks offset+len against config_size() before calling. By default both
    // answer from config_space(), which the device fills (little-endian
    // setters); override them only for a space computed on every read.
    virtual uint32_t config_size() const { return m_config_space.size(); }
    virtual void read_config(uint32_t offset, uint8_t* data, uint32_t len)
    {
        m_config_space.read(offset, data, len);
    }
    virtual void write_config(uint32_t offset, const uint8_t* data, uint32_t len)
    {
        (void)offset; (void)data; (void)len;
    }

    // Status 0 was written: forget every request in flight and return to the
    // power-on state.
    virtual void reset() = 0;

    // DRIVER_OK was set: the queues are live.
    virtual void driver_ok() {}

    // The driver notified `queue`. Runs in the transport's worker SC_THREAD,
    // so the device may wait() to model service time before put().
    virtual void notify(unsigned queue) = 0;

    // True if notify() never waits (it only wakes a thread of the device,
    // e.g. RequestServer::kick). The transport then calls it straight from
    // the notifying register access instead of through its worker thread,
    // which saves a thread switch per notification.
    virtual bool notify_never_waits() const { return false; }

    void bind_transport(VirtioTransportIf& transport) { m_transport = &transport; }
    bool has_transport() const { return m_transport != nullptr; }

protected:
    VirtioTransportIf& transport() { return *m_transport; }

    // The config space read_config() answers from by default; size it in
    // the constructor: config_space() = ConfigSpace(kSize), then set fields.
    ConfigSpace& config_space() { return m_config_space; }
    const ConfigSpace& config_space() const { return m_config_space; }

    // A guest error, reported on one line: SC_REPORT_WARNING(type,
    // "<device name>: <printf-formatted text>"). Say what was wrong, naming
    // the queue or field, what was expected and what the device did.
    void guest_error(const char* type, const char* format, ...) VP_PRINTF_FORMAT(3, 4);

private:
    friend class RequestServer;  // the helpers of virtio/request_server.h
    friend class HostReceiver;   // and virtio/host_receiver.h use transport()

    VirtioTransportIf* m_transport = nullptr;
    ConfigSpace m_config_space;
};

}  // namespace vp::virtio
