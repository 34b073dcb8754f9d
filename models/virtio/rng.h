// EntropyDevice: virtio-rng (device ID 4, virtio 1.2 §5.4). One request
// queue; each device-writable buffer is filled completely with host entropy
// (getrandom) or, for reproducible runs, with a seeded xoshiro256** stream.
// Not done: rate limiting beyond the modelled service time.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "virtio/device.h"
#include "virtio/request_server.h"
#include "virtio/virtio.h"

namespace vp::virtio {

// xoshiro256** 1.0 (Blackman and Vigna, 2018): a small, fast generator with a
// 256-bit state. Seeded from a 64-bit value by four splitmix64 outputs, as its
// authors recommend. Not cryptographic: for reproducible simulation only.
class Xoshiro256StarStar {
public:
    explicit Xoshiro256StarStar(uint64_t seed);
    Xoshiro256StarStar(uint64_t s0, uint64_t s1, uint64_t s2, uint64_t s3) : m_s{s0, s1, s2, s3} {}
    uint64_t next();
    static uint64_t splitmix64(uint64_t& state);

private:
    uint64_t m_s[4];
};

class EntropyDevice : public VirtioDevice {
public:
    struct Config {
        // No seed: host entropy from getrandom(2). A seed: a deterministic
        // byte stream (xoshiro256**, 8 bytes per step, little-endian) that
        // depends only on the seed and the total bytes already delivered,
        // not on how the driver sizes its buffers. It continues across
        // device resets.
        std::optional<uint64_t> seed;
        // Service time per request: latency + bytes / throughput. Default
        // 1 us and 100 MB/s.
        ServiceTime service{sc_core::sc_time(1, sc_core::SC_US), 100e6};
        unsigned queue_size_max = 256;
    };

    EntropyDevice(sc_core::sc_module_name name, const Config& config);
    explicit EntropyDevice(sc_core::sc_module_name name) : EntropyDevice(name, Config{}) {}

    uint32_t device_id() const override { return kDeviceEntropy; }
    uint64_t device_features() const override { return 0; }
    unsigned num_queues() const override { return 1; }
    unsigned queue_size_max(unsigned) const override { return m_config.queue_size_max; }
    void reset() override {}
    void notify(unsigned queue) override;

    uint64_t bytes_delivered() const { return m_bytes; }

    // Fills buf with the next len bytes of the device's stream.
    void generate(uint8_t* buf, size_t len);

private:
    uint64_t fill(VirtioMessage& msg);  // the request handler

    Config m_config;
    RequestServer m_server;
    std::optional<Xoshiro256StarStar> m_prng;
    uint8_t m_spare[8] = {};   // unused bytes of the last PRNG step
    unsigned m_spare_len = 0;
    std::vector<uint8_t> m_buffer;
    uint64_t m_bytes = 0;
};

}  // namespace vp::virtio
