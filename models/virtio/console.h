// ConsoleDevice: virtio-console (device ID 3, virtio 1.2 §5.3) with a single
// port on a host CharBackend: receiveq0 (0) carries host input to the guest,
// transmitq0 (1) guest output to the host.
// Not done: MULTIPORT (control queues, several ports), resize events.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <vector>

#include "host/char_backend.h"
#include "virtio/device.h"
#include "virtio/host_receiver.h"
#include "virtio/request_server.h"
#include "virtio/virtio.h"

namespace vp::virtio {

enum ConsoleFeature : unsigned {
    kConsoleFeatureSize = 0,
    kConsoleFeatureMultiport = 1,
    kConsoleFeatureEmergWrite = 2,
};

enum ConsoleQueue : unsigned {
    kConsoleRx = 0,  // receiveq(port0): device -> driver
    kConsoleTx = 1,  // transmitq(port0): driver -> device
};

// Offsets in struct virtio_console_config.
enum ConsoleConfigOffset : uint32_t {
    kConsoleCfgCols = 0,
    kConsoleCfgRows = 2,
    kConsoleCfgMaxNrPorts = 4,
    kConsoleCfgEmergWr = 8,
    kConsoleCfgSize = 12,
};

class ConsoleDevice : public VirtioDevice, private HostInput {
public:
    struct Config {
        // Offer VIRTIO_CONSOLE_F_SIZE with the terminal size below.
        bool offer_size = false;
        uint16_t cols = 80;
        uint16_t rows = 25;
        // Offer VIRTIO_CONSOLE_F_EMERG_WRITE: a byte written to emerg_wr
        // goes straight to the backend.
        bool offer_emerg_write = true;
        // How often host input is polled, in simulated time, while the
        // driver is running. Default 1 ms: keyboard-speed latency at a
        // negligible host cost.
        sc_core::sc_time poll_period = sc_core::sc_time(1, sc_core::SC_MS);
        // Service time of one transmitted buffer (latency + bytes /
        // throughput). Default: zero, output is instantaneous.
        ServiceTime service{};
        unsigned queue_size_max = 256;
    };

    // The device does not own the backend: it must outlive the device.
    ConsoleDevice(sc_core::sc_module_name name, host::CharBackend& backend, const Config& config);
    ConsoleDevice(sc_core::sc_module_name name, host::CharBackend& backend)
        : ConsoleDevice(name, backend, Config{}) {}

    uint32_t device_id() const override { return kDeviceConsole; }
    uint64_t device_features() const override;
    unsigned num_queues() const override { return 2; }
    unsigned queue_size_max(unsigned) const override { return m_config.queue_size_max; }
    void write_config(uint32_t offset, const uint8_t* data, uint32_t len) override;
    void reset() override;
    void driver_ok() override;
    void notify(unsigned queue) override;

    // Host input received but not yet delivered to the guest (no receive
    // buffer was posted). Never dropped.
    size_t pending_input() const { return m_input.size(); }
    uint64_t bytes_received() const { return m_rx_bytes; }
    uint64_t bytes_sent() const { return m_tx_bytes; }

private:
    // HostInput (receiveq0, served by m_receiver).
    void poll_host() override;
    bool has_host_input() const override { return !m_input.empty(); }
    sc_core::sc_time fill(VirtioMessage& msg, uint64_t& consume) override;
    void commit(uint64_t consume) override;
    uint64_t transmit(VirtioMessage& msg);  // transmitq0 handler

    host::CharBackend& m_backend;
    Config m_config;
    HostReceiver m_receiver;
    RequestServer m_transmitter;
    std::deque<uint8_t> m_input;
    std::vector<uint8_t> m_chunk;  // staging buffer of either direction
    uint64_t m_rx_bytes = 0;
    uint64_t m_tx_bytes = 0;
};

}  // namespace vp::virtio
