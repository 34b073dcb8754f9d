// Regressions for the defects found while fuzzing the virtio-mmio transport
// (tests/fuzz/fuzz_virtio_mmio.cpp, docs/fuzzing.md) and while reviewing the
// code paths the fuzzer reaches. Each test reproduces the guest (or target)
// behaviour and asserts the outcome: reported, no crash or hang, and the
// device or port still usable afterwards.
#include <catch2/catch.hpp>

#include <cstring>

#include <unistd.h>

#include <tlm_utils/simple_target_socket.h>

#include "bus/initiator_port.h"
#include "virtio/blk.h"
#include "virtio_test_rig.h"

using namespace vp::virtio;
using namespace vp::virtio::test;
using sc_core::sc_time;
using sc_core::SC_US;

// The QueueNum check uses the features written so far: RING_PACKED written
// first lets a size of 6 through, then the driver settles on a split ring.
// The split ring must not run with a size that is not a power of two.
TEST_CASE("split ring with a QueueNum accepted for packed is refused at DRIVER_OK")
{
    TestRig rig({2, false, true});
    ReportCounter reports;
    REQUIRE(rig.run([&](VirtioDriver& drv) {
        REQUIRE(drv.probe());
        drv.set_status(0);
        drv.set_status(kStatusAcknowledge | kStatusDriver);
        drv.write32(reg::kDriverFeaturesSel, 1);
        // VERSION_1 | RING_PACKED (high word)
        drv.write32(reg::kDriverFeatures, 1u | (1u << (kFeatureRingPacked - 32)));
        drv.write32(reg::kQueueSel, 0);
        drv.write32(reg::kQueueNum, 6);  // fine for a packed ring
        CHECK(reports.count(MmioTransport::kBadValue) == 0);
        drv.write32(reg::kDriverFeatures, 1u);  // VERSION_1 only: split ring
        drv.set_status(kStatusAcknowledge | kStatusDriver | kStatusFeaturesOk);
        REQUIRE((drv.status() & kStatusFeaturesOk) != 0);
        const uint64_t ring = drv.alloc(4096, 4096);
        drv.write32(reg::kQueueDescLow, static_cast<uint32_t>(ring));
        drv.write32(reg::kQueueDriverLow, static_cast<uint32_t>(ring + 16 * 6));
        drv.write32(reg::kQueueDeviceLow, static_cast<uint32_t>(ring + 2048));
        drv.write32(reg::kQueueReady, 1);
        drv.set_status(kStatusAcknowledge | kStatusDriver | kStatusFeaturesOk | kStatusDriverOk);
        drv.sleep(sc_time(1, SC_US));
        CHECK(rig.transport.queue_size(0) == 6);
        CHECK_FALSE(rig.transport.queue_live(0));
        CHECK(reports.count(MmioTransport::kBadValue) == 1);
        CHECK_THAT(reports.last_message(MmioTransport::kBadValue), Catch::Contains("QueueNum 6"));
        CHECK(rig.transport.queue_broken(0));
        CHECK((drv.status() & kStatusDeviceNeedsReset) != 0);
        // After a reset the device works normally.
        REQUIRE(drv.init(rig.wanted(), 2));
        auto c = drv.transact(0, echo_request({7, 8, 9}, 3));
        REQUIRE(c);
        CHECK(c->data == std::vector<uint8_t>{7, 8, 9});
        CHECK(reports.count(MmioTransport::kBadValue) == 1);
    }));
}

namespace {

// A target that grants DMI the way a ROM does (read-only) or over the whole
// address space, and counts how often it is asked.
struct DmiTarget : sc_core::sc_module {
    tlm_utils::simple_target_socket<DmiTarget> socket{"socket"};
    uint8_t mem[64] = {};
    bool whole_space = false;
    unsigned dmi_requests = 0;
    unsigned transports = 0;

    explicit DmiTarget(sc_core::sc_module_name n) : sc_core::sc_module(n)
    {
        socket.register_b_transport(this, &DmiTarget::b_transport);
        socket.register_get_direct_mem_ptr(this, &DmiTarget::get_direct_mem_ptr);
    }
    void b_transport(tlm::tlm_generic_payload& tx, sc_core::sc_time&)
    {
        ++transports;
        const uint64_t a = tx.get_address();
        if (tx.is_write() || a + tx.get_data_length() > sizeof mem) {
            tx.set_response_status(tlm::TLM_COMMAND_ERROR_RESPONSE);  // read-only
            return;
        }
        std::memcpy(tx.get_data_ptr(), mem + a, tx.get_data_length());
        tx.set_response_status(tlm::TLM_OK_RESPONSE);
    }
    bool get_direct_mem_ptr(tlm::tlm_generic_payload&, tlm::tlm_dmi& dmi)
    {
        ++dmi_requests;
        dmi.set_dmi_ptr(mem);
        dmi.set_start_address(0);
        dmi.set_end_address(whole_space ? ~uint64_t{0} : sizeof mem - 1);
        dmi.set_granted_access(whole_space ? tlm::tlm_dmi::DMI_ACCESS_READ_WRITE
                                           : tlm::tlm_dmi::DMI_ACCESS_READ);
        return true;
    }
};

// InitiatorPort is a socket: it has to live in a module.
struct Initiator : sc_core::sc_module {
    vp::bus::InitiatorPort port{"port"};
    explicit Initiator(sc_core::sc_module_name n) : sc_core::sc_module(n) {}
};

}  // namespace

// Device writes into a read-only region (a used ring placed in flash): every
// write asked for DMI again and appended the same read-only window, so the
// window list grew with every access and every lookup got slower.
TEST_CASE("writes to a read-only DMI region do not ask for DMI again every time")
{
    DmiTarget rom("rom");
    Initiator cpu("cpu");
    vp::bus::InitiatorPort& port = cpu.port;
    port.bind(rom.socket);
    sc_core::sc_start(sc_core::SC_ZERO_TIME);
    sc_time delay = sc_core::SC_ZERO_TIME;
    rom.mem[4] = 0x5a;
    uint8_t b = 0;
    REQUIRE(port.read(4, &b, 1, delay) == vp::bus::MemStatus::ok);
    CHECK(b == 0x5a);
    for (int i = 0; i < 100; ++i)
        CHECK(port.write(8, &b, 1, delay) == vp::bus::MemStatus::generic_error);
    CHECK(rom.dmi_requests <= 2);  // one for the read, one for the first write
    CHECK(rom.transports == 100);  // writes go to b_transport (and fail)
    CHECK(rom.mem[8] == 0);
    // Reads still use the cached window.
    const uint64_t before = port.dmi_accesses();
    REQUIRE(port.read(4, &b, 1, delay) == vp::bus::MemStatus::ok);
    CHECK(port.dmi_accesses() == before + 1);
    CHECK(rom.dmi_requests <= 2);
}

// A DMI window ending at the top of the address space: the bytes left in it
// (end - addr + 1) wrapped to 0 at address 0 and the access loop never
// advanced (a hang).
TEST_CASE("a DMI window up to the top of the address space does not hang an access")
{
    DmiTarget all("all");
    all.whole_space = true;
    Initiator cpu("cpu");
    vp::bus::InitiatorPort& port = cpu.port;
    port.bind(all.socket);
    sc_core::sc_start(sc_core::SC_ZERO_TIME);
    sc_time delay = sc_core::SC_ZERO_TIME;
    const uint8_t src[4] = {1, 2, 3, 4};
    REQUIRE(port.write(0, src, 4, delay) == vp::bus::MemStatus::ok);
    uint8_t dst[4] = {};
    REQUIRE(port.read(0, dst, 4, delay) == vp::bus::MemStatus::ok);
    CHECK(std::memcmp(src, dst, 4) == 0);
    CHECK(port.dmi_accesses() == 2);
}

namespace {

void put_le(std::vector<uint8_t>& out, uint64_t v, unsigned bytes)
{
    for (unsigned i = 0; i < bytes; ++i)
        out.push_back(static_cast<uint8_t>(v >> (8 * i)));
}

std::vector<uint8_t> packed_desc(uint64_t addr, uint32_t len, uint16_t id, uint16_t flags)
{
    std::vector<uint8_t> d;
    put_le(d, addr, 8);
    put_le(d, len, 4);
    put_le(d, id, 2);
    put_le(d, flags, 2);
    return d;
}

}  // namespace

// Found by the fuzzer's zero-service-time virtio-blk (tests/fuzz, target 3):
// a packed ring of 2 slots whose requests are blk IN reads landing on the
// descriptor ring itself. Each read re-arms the other slot for the right lap
// from an image sector the guest prepared, so the device always has another
// request, and with zero service time it never called wait(): simulated time
// stood still and sc_start never returned (a hang). The transport now hands
// out at most 4 x QueueNum (at least 64) requests per queue at one time
// stamp and serves the rest 1 us later.
TEST_CASE("a zero-time device whose DMA re-arms its own packed ring cannot stop time")
{
    char path[] = "/tmp/vp_fuzz_regress_XXXXXX";
    const int fd = mkstemp(path);
    REQUIRE(fd >= 0);
    REQUIRE(ftruncate(fd, 16 * 512) == 0);
    VirtioBench bench;
    BlockDevice::Config bc;
    bc.image = path;
    bc.service = ServiceTime{};  // instantaneous
    BlockDevice blk("blk", bc);
    MmioTransport transport("virtio", blk, MmioTransportConfig{});
    bench.attach(transport);
    unlink(path);

    const uint16_t kW1 = kDescAvail | kDescIndirect;  // available in the first lap
    const uint16_t kW0 = kDescUsed | kDescIndirect;   // available in the second lap
    REQUIRE(bench.run([&](VirtioDriver& drv) {
        REQUIRE(drv.init(bit(kFeatureRingPacked) | bit(kFeatureIndirectDesc), 1, 2));
        const uint64_t ring = drv.ring(0).desc;
        drv.alloc(1024);  // the 513 bytes each request writes from the ring on
        const uint64_t hdrs = drv.alloc(64), tables = drv.alloc(4 * 32);
        uint64_t table[4];
        for (unsigned k = 0; k < 4; ++k) {
            table[k] = tables + 32 * k;
            std::vector<uint8_t> h;
            put_le(h, 0, 4);  // IN
            put_le(h, 0, 4);
            put_le(h, 1 + k, 8);  // sector 1 + k
            drv.mem_write(hdrs + 16 * k, h.data(), h.size());
            // Header, then 512 data bytes onto the ring plus the status byte.
            auto t = packed_desc(hdrs + 16 * k, 16, 0, 0);
            auto w = packed_desc(ring, 513, 0, kDescWrite);
            t.insert(t.end(), w.begin(), w.end());
            drv.mem_write(table[k], t.data(), t.size());
        }
        // Sector 1 + k: what request k leaves in slots 0 and 1 for the next one.
        const std::vector<std::vector<uint8_t>> slots[4] = {
            {packed_desc(table[0], 32, 0, kW1), packed_desc(table[1], 32, 1, kW1)},
            {packed_desc(table[2], 32, 0, kW0), packed_desc(table[1], 32, 1, kW1)},
            {packed_desc(table[2], 32, 0, kW0), packed_desc(table[3], 32, 1, kW0)},
            {packed_desc(table[0], 32, 0, kW1), packed_desc(table[3], 32, 1, kW0)},
        };
        for (unsigned k = 0; k < 4; ++k) {
            std::vector<uint8_t> sector(512, 0);
            std::memcpy(sector.data(), slots[k][0].data(), 16);
            std::memcpy(sector.data() + 16, slots[k][1].data(), 16);
            REQUIRE(pwrite(fd, sector.data(), 512, 512 * (1 + k)) == 512);
        }
        drv.mem_write(ring, slots[0][0].data(), 16);
        const sc_time start = sc_core::sc_time_stamp();
        drv.notify(0);
        drv.sleep(sc_time(20, SC_US));  // returns only if simulated time advances
        CHECK(sc_core::sc_time_stamp() - start == sc_time(20, SC_US));
        // The loop really ran, throttled to 64 requests per microsecond.
        CHECK(blk.requests() > 64);
        CHECK(blk.requests() <= 64 * 22);

        // After a reset the device serves a normal request.
        drv.reset();
        REQUIRE(drv.init(0, 1));
        const uint64_t served = blk.requests();
        VirtioDriver::Request req;
        std::vector<uint8_t> h;
        put_le(h, 0, 4);
        put_le(h, 0, 4);
        put_le(h, 1, 8);
        req.out = {h};
        req.in = {512, 1};
        auto c = drv.transact(0, req);
        REQUIRE(c);
        CHECK(c->len == 513);
        CHECK(c->data[512] == 0);  // VIRTIO_BLK_S_OK
        CHECK(std::memcmp(c->data.data(), slots[0][0].data(), 16) == 0);  // sector 1
        CHECK(blk.requests() == served + 1);
    }));
    close(fd);
}
