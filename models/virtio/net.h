// NetDevice: virtio-net (device ID 1, virtio 1.2 §5.1) with one queue pair
// (receiveq0 = 0, transmitq0 = 1) on a host NetBackend. Offers MAC, STATUS
// and MTU; the header is virtio_net_hdr_v1 (12 bytes) with VERSION_1, the
// legacy 10-byte header otherwise. Fault injection (docs/fault-injection.md):
// received frames dropped, duplicated or corrupted at seeded rates, and the
// link taken down and up (config status, config-change interrupt) on a
// simulated-time schedule or by set_link().
// Not done: control queue, multiqueue, MRG_RXBUF, checksum/GSO offloads,
// RSS/hash reports, announce.
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <random>
#include <string>
#include <vector>

#include "host/net_backend.h"
#include "virtio/device.h"
#include "virtio/host_receiver.h"
#include "virtio/request_server.h"
#include "virtio/virtio.h"

namespace vp::virtio {

// Feature bits (§5.1.3) this model uses or names in reports.
enum NetFeature : unsigned {
    kNetFeatureCsum = 0,
    kNetFeatureGuestCsum = 1,
    kNetFeatureMtu = 3,
    kNetFeatureMac = 5,
    kNetFeatureMrgRxbuf = 15,
    kNetFeatureStatus = 16,
    kNetFeatureCtrlVq = 17,
};

enum NetQueue : unsigned {
    kNetRx = 0,  // receiveq0: device -> driver
    kNetTx = 1,  // transmitq0: driver -> device
};

// Offsets in struct virtio_net_config (up to and including mtu).
enum NetConfigOffset : uint32_t {
    kNetCfgMac = 0,
    kNetCfgStatus = 6,
    kNetCfgMaxVirtqueuePairs = 8,
    kNetCfgMtu = 10,
    kNetCfgSize = 12,
};

constexpr uint16_t kNetStatusLinkUp = 1;
constexpr uint32_t kNetHdrSize = 12;        // virtio_net_hdr_v1 (with num_buffers)
constexpr uint32_t kNetHdrSizeLegacy = 10;  // virtio_net_hdr without num_buffers
constexpr uint8_t kNetHdrGsoNone = 0;

class NetDevice : public VirtioDevice, private HostInput {
public:
    struct Config {
        // Station address in config space (offered with VIRTIO_NET_F_MAC).
        // Default: QEMU's first NIC address.
        std::array<uint8_t, 6> mac{0x52, 0x54, 0x00, 0x12, 0x34, 0x56};
        // MTU offered with VIRTIO_NET_F_MTU; 0 = do not offer the feature.
        // Linux 6.1 sizes its receive buffers for 1500 (plus Ethernet and
        // VLAN headers); a larger MTU makes it post "big" page chains.
        uint16_t mtu = 1500;
        // Service time of one frame in either direction: latency + bytes /
        // throughput. Default: 1 GbE line rate, no extra latency.
        ServiceTime service{sc_core::SC_ZERO_TIME, 125e6};
        // How often the backend is polled for frames, in simulated time,
        // while the driver is running (also whenever the driver posts
        // receive buffers). Default 100 us.
        sc_core::sc_time poll_period = sc_core::sc_time(100, sc_core::SC_US);
        // Frames taken from the backend but waiting for a receive buffer.
        // Beyond this many, new frames are dropped, counted in rx_dropped()
        // and reported (rate-limited). Default 256 (~384 KiB of 1514-byte
        // frames).
        size_t rx_queue_frames = 256;
        unsigned queue_size_max = 256;

        // Receive faults: every frame taken from the backend is dropped,
        // corrupted (one byte of the frame XORed with a non-zero value) or
        // duplicated (delivered twice) with these probabilities (0 to 1),
        // decided in that order by a std::mt19937_64 seeded with `seed`
        // (three raw draws per frame and one more for a corruption's byte
        // and value, so the same on every platform).
        struct RxFaults {
            double drop = 0, corrupt = 0, duplicate = 0;
            uint64_t seed = 0;
            bool any() const { return drop > 0 || corrupt > 0 || duplicate > 0; }
        };
        RxFaults rx_faults;
        // Link state changes at simulated times (any order): the config
        // status field's LINK_UP bit follows, with a config-change
        // interrupt. While the link is down, frames from the backend and
        // frames waiting for a buffer are dropped, transmitted frames are
        // completed without being sent.
        struct LinkChange {
            sc_core::sc_time at;
            bool up;
        };
        std::vector<LinkChange> link_schedule;
    };

    // The device does not own the backend: it must outlive the device.
    NetDevice(sc_core::sc_module_name name, host::NetBackend& backend, const Config& config);
    NetDevice(sc_core::sc_module_name name, host::NetBackend& backend)
        : NetDevice(name, backend, Config{}) {}

    uint32_t device_id() const override { return kDeviceNet; }
    uint64_t device_features() const override;
    unsigned num_queues() const override { return 2; }
    unsigned queue_size_max(unsigned) const override { return m_config.queue_size_max; }
    void write_config(uint32_t offset, const uint8_t* data, uint32_t len) override;
    void reset() override;
    void driver_ok() override;
    void notify(unsigned queue) override;

    // Link state (VIRTIO_NET_S_LINK_UP in config status). Changing it
    // raises a config-change interrupt (if the driver is running) and is
    // reported as info "virtio/net/link".
    void set_link(bool up);
    bool link_up() const { return m_link_up; }

    // Header length in use (valid once the driver is running).
    uint32_t header_size() const { return m_hdr_len; }

    // Statistics.
    uint64_t tx_frames() const { return m_tx_frames; }
    uint64_t tx_errors() const { return m_tx_errors; }    // malformed, not sent
    uint64_t rx_frames() const { return m_rx_frames; }    // delivered to the guest
    uint64_t rx_dropped() const { return m_rx_dropped; }  // queue full or buffer too small
    size_t rx_pending() const { return m_rx_queue.size(); }
    // Injected faults (Config::rx_faults, link down).
    uint64_t rx_fault_dropped() const { return m_rx_fault_dropped; }
    uint64_t rx_corrupted() const { return m_rx_corrupted; }
    uint64_t rx_duplicated() const { return m_rx_duplicated; }
    uint64_t rx_link_down() const { return m_rx_link_down; }  // dropped: link down
    uint64_t tx_link_down() const { return m_tx_link_down; }  // not sent: link down

private:
    // HostInput (receiveq0, served by m_receiver).
    void poll_host() override;
    bool has_host_input() const override { return !m_rx_queue.empty(); }
    sc_core::sc_time fill(VirtioMessage& msg, uint64_t& consume) override;
    void commit(uint64_t consume) override;
    void set_mac_in_config();
    struct DropCounter {
        uint64_t count = 0;
        uint64_t next_report = 1;  // reports at 1, 2, 4, 8, ... drops
    };
    bool transmit(VirtioMessage& msg);
    void queue_rx_frame();  // m_rx_frame into m_rx_queue, through the rx faults
    bool push_rx_frame();   // m_rx_frame into m_rx_queue, or counted as an overflow drop
    void link_thread();
    void count_rx_drop(DropCounter& counter, const char* type, const std::string& why);

    host::NetBackend& m_backend;
    Config m_config;
    std::array<uint8_t, 6> m_mac;  // legacy drivers may rewrite it
    uint32_t m_hdr_len = kNetHdrSize;
    HostReceiver m_receiver;
    RequestServer m_transmitter;
    std::deque<std::vector<uint8_t>> m_rx_queue;
    std::vector<uint8_t> m_tx_frame;  // staging buffers, one per direction
    std::vector<uint8_t> m_rx_frame;
    std::vector<uint8_t> m_rx_bytes;  // header + frame as written to the guest
    uint64_t m_tx_frames = 0;
    uint64_t m_tx_errors = 0;
    uint64_t m_rx_frames = 0;
    uint64_t m_rx_dropped = 0;
    DropCounter m_overflow;
    DropCounter m_too_small;
    bool m_link_up = true;
    std::mt19937_64 m_fault_rng;  // rx faults: raw output only (distributions differ by platform)
    uint64_t m_rx_fault_dropped = 0, m_rx_corrupted = 0, m_rx_duplicated = 0;
    uint64_t m_rx_link_down = 0, m_tx_link_down = 0;
};

}  // namespace vp::virtio
