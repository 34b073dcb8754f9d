// MmioTransport: the virtio-mmio register decoder (virtio 1.2 §4.2): the
// register map for Version 2 (§4.2.2) and legacy Version 1 (§4.2.4,
// GuestPageSize/QueuePFN), access widths and permissions, and config space
// at 0x100, on a TLM target socket. Status, features, queues, rings and the
// interrupt are the transport-independent VirtioTransportCore's
// (virtio/transport_core.h), which this class derives from: `memory` (DMA
// into guest memory) and `irq` (level interrupt) are declared there.
// Requests are processed in an SC_THREAD, so a QueueNotify write returns at
// once; the device models its service time. Not done:
// VIRTIO_F_NOTIFICATION_DATA, shared memory regions (SHMLen reads -1),
// VIRTIO_F_IN_ORDER.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <systemc>
#include <tlm>
#include <tlm_utils/simple_target_socket.h>

#include "bus/initiator_port.h"
#include "virtio/device.h"
#include "virtio/transport_core.h"
#include "virtio/virtqueue.h"

namespace vp::virtio {

struct MmioTransportConfig {
    // Register map: 2 = virtio 1.x (§4.2.2), 1 = legacy (§4.2.4).
    unsigned version = 2;
    // VendorID register value. Default "VPVP" (little-endian ASCII).
    uint32_t vendor_id = 0x50565056;
    // Largest queue size offered in QueueNumMax (further capped per queue by
    // the device). A power of two between 1 and 32768; Linux refuses split
    // rings of any other size.
    unsigned queue_size_max = 256;
    // Latency annotated on every register access (b_transport delay).
    sc_core::sc_time register_latency = sc_core::SC_ZERO_TIME;
    // Version 2: offer VIRTIO_F_RING_PACKED (false: split rings only).
    bool ring_packed = true;
    // Strict spec-conformance mode: check the driver's obligations and
    // report each broken rule once ("virtio/strict"; see conformance.h).
    bool strict = false;
    // Injected interrupt and status faults (transport_faults.h,
    // docs/fault-injection.md); none by default.
    TransportFaults faults;
};

class MmioTransport : public VirtioTransportCore {
public:
    static constexpr uint32_t kWindowSize = 0x200;
    static constexpr uint32_t kMagic = 0x74726976;  // "virt"

    tlm_utils::simple_target_socket<MmioTransport> socket;  // register window (0x200)
    // Inherited from VirtioTransportCore: `memory` (guest memory, DMA) and
    // `irq` (high while InterruptStatus != 0).

    // Throws std::invalid_argument naming the parameter for a bad config.
    MmioTransport(sc_core::sc_module_name name, VirtioDevice& device,
                  const MmioTransportConfig& config = {});
    ~MmioTransport() override;
    MmioTransport(const MmioTransport&) = delete;
    MmioTransport& operator=(const MmioTransport&) = delete;

    const MmioTransportConfig& config() const { return m_config; }

    // Stable warning message types (see docs/models/virtio-mmio.md); the
    // core's (kBadValue, kBadSequence, kFeaturesRefused, kBrokenQueue,
    // kThrottled) are inherited.
    static constexpr const char* kBadWidth = "virtio/mmio/bad-width";
    static constexpr const char* kMisaligned = "virtio/mmio/misaligned";
    static constexpr const char* kBadOffset = "virtio/mmio/bad-offset";
    static constexpr const char* kWriteOnly = "virtio/mmio/write-only";
    static constexpr const char* kReadOnly = "virtio/mmio/read-only";

private:
    enum Access : uint8_t { kR = 1, kW = 2, kRW = 3 };
    enum Versions : uint8_t { kV1 = 1, kV2 = 2, kBoth = 3 };
    struct Register {
        const char* name;
        uint32_t offset;
        Access access;
        Versions versions;
        uint32_t (MmioTransport::*read)();
        void (MmioTransport::*write)(uint32_t);
    };
    static const Register kRegisters[];

    // TLM
    void b_transport(tlm::tlm_generic_payload& tx, sc_core::sc_time& delay);
    unsigned transport_dbg(tlm::tlm_generic_payload& tx);
    bool get_direct_mem_ptr(tlm::tlm_generic_payload& tx, tlm::tlm_dmi& dmi);
    bool access(tlm::tlm_generic_payload& tx, bool debug);
    bool access_config(bool is_write, uint32_t offset, uint8_t* data, unsigned len, bool debug);
    const Register* find(uint32_t offset) const;

    // Register handlers (one per table row).
    uint32_t read_magic() { return kMagic; }
    uint32_t read_version() { return m_config.version; }
    uint32_t read_device_id() { return device().device_id(); }
    uint32_t read_vendor_id() { return m_config.vendor_id; }
    uint32_t read_device_features();
    void write_device_features_sel(uint32_t v) { m_device_features_sel = v; }
    void write_driver_features(uint32_t v);
    void write_driver_features_sel(uint32_t v) { m_driver_features_sel = v; }
    void write_guest_page_size(uint32_t v);
    void write_queue_sel(uint32_t v) { m_queue_sel = v; }
    uint32_t read_queue_num_max();
    void write_queue_num(uint32_t v);
    void write_queue_align(uint32_t v);
    uint32_t read_queue_pfn();
    void write_queue_pfn(uint32_t v);
    uint32_t read_queue_ready();
    void write_queue_ready(uint32_t v);
    void write_queue_notify(uint32_t v);
    uint32_t read_interrupt_status() { return interrupt_status(); }
    void write_interrupt_ack(uint32_t v);
    uint32_t read_status() { return status(); }
    void write_status(uint32_t v) { set_status(v); }
    void write_desc_low(uint32_t v) { set_queue_addr(&Queue::desc, v, false, "QueueDescLow"); }
    void write_desc_high(uint32_t v) { set_queue_addr(&Queue::desc, v, true, "QueueDescHigh"); }
    void write_driver_low(uint32_t v) { set_queue_addr(&Queue::driver, v, false, "QueueDriverLow"); }
    void write_driver_high(uint32_t v) { set_queue_addr(&Queue::driver, v, true, "QueueDriverHigh"); }
    void write_device_low(uint32_t v) { set_queue_addr(&Queue::device, v, false, "QueueDeviceLow"); }
    void write_device_high(uint32_t v) { set_queue_addr(&Queue::device, v, true, "QueueDeviceHigh"); }
    void write_shm_sel(uint32_t v) { m_shm_sel = v; }
    uint32_t read_shm_none() { return 0xffffffffu; }  // no shared memory regions
    uint32_t read_queue_reset();
    void write_queue_reset(uint32_t v);
    uint32_t read_config_generation() { return config_generation(); }

    // Helpers
    Queue* selected(const char* reg);  // nullptr (and a report) if QueueSel is invalid
    bool queue_setup_allowed(const char* reg);
    void set_queue_addr(uint64_t Queue::*field, uint32_t v, bool high, const char* reg);
    void reset_registers() override;

    MmioTransportConfig m_config;
    uint32_t m_device_features_sel = 0;
    uint32_t m_driver_features_sel = 0;
    uint32_t m_guest_page_size = 4096;       // v1
    std::vector<uint32_t> m_pfn;             // v1 QueuePFN per queue (valid while enabled)
    uint32_t m_queue_sel = 0;
    uint32_t m_shm_sel = 0;
    bool m_debug_access = false;  // inside transport_dbg: no reports
};

}  // namespace vp::virtio
