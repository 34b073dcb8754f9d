// TestRig: the fixture shared by the transport tests: a VirtioBench (RAM,
// router, testbench driver) with a LoopbackDevice behind an MmioTransport,
// for one combination of register-map version, ring layout and DMI.
#pragma once

#include <string>

#include "loopback_device.h"
#include "virtio/mmio_transport.h"
#include "virtio/virtio.h"
#include "virtio_driver.h"

namespace vp::virtio::test {

struct Variant {
    unsigned version = 2;
    bool packed = false;
    bool dmi = true;
    sc_core::sc_time ram_latency = sc_core::SC_ZERO_TIME;
};

struct TestRig {
    Variant variant;
    VirtioBench bench;
    LoopbackDevice device;
    MmioTransport transport;

    static MmioTransportConfig make_config(const Variant& v, MmioTransportConfig c)
    {
        c.version = v.version;
        return c;
    }

    explicit TestRig(const Variant& v, const LoopbackOptions& dev = {},
                     const MmioTransportConfig& cfg = {})
        : variant(v), bench(bench_options(v)), device("dev", dev),
          transport("virtio", device, make_config(v, cfg))
    {
        bench.attach(transport);
    }

    static BenchOptions bench_options(const Variant& v)
    {
        BenchOptions o;
        o.version = v.version;
        o.dmi = v.dmi;
        o.ram_latency = v.ram_latency;
        return o;
    }

    // Ring features the driver asks for in this variant.
    uint64_t wanted(bool indirect = true, bool event_idx = true) const
    {
        uint64_t f = 1;  // device bit 0 (accepted by the loopback device)
        if (indirect)
            f |= bit(kFeatureIndirectDesc);
        if (event_idx)
            f |= bit(kFeatureEventIdx);
        if (variant.packed)
            f |= bit(kFeatureRingPacked);
        return f;
    }

    bool run(std::function<void(VirtioDriver&)> body,
             sc_core::sc_time limit = sc_core::sc_time(1, sc_core::SC_SEC))
    {
        return bench.run(std::move(body), limit);
    }
};

inline VirtioDriver::Request echo_request(std::vector<uint8_t> data, uint32_t in_len,
                                          bool indirect = false)
{
    VirtioDriver::Request r;
    r.out = {std::move(data)};
    r.in = {in_len};
    r.indirect = indirect;
    return r;
}

inline std::string describe(const Variant& v)
{
    return "v" + std::to_string(v.version) + (v.packed ? " packed" : " split") +
           (v.dmi ? "" : " b_transport-only");
}

}  // namespace vp::virtio::test
