// blk_traffic: the virtio-mmio model plugged into a platform that is not ours.
// A traffic-generator "driver" on plain tlm_utils sockets and a plain memory
// target of its own drive vp::virtio::MmioTransport + BlockDevice, built only
// against the installed package. The driver is a minimal virtio 1.x driver
// (§3.1 initialisation, §4.2.3 MMIO queue set-up, one split virtqueue, §2.7):
// it writes, flushes and reads sectors and asks for the serial; main then
// checks the image file's bytes and the model's per-queue statistics (the
// tracer API). A second transport carries a device type of the example's
// own (checksum_device.h), which the driver asks for a hash. Exit status 0
// only if everything is right.
//
//   blk_traffic [image]   (default ./blk_traffic.img; the file is overwritten)
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include <systemc>
#include <tlm>
#include <tlm_utils/simple_initiator_socket.h>
#include <tlm_utils/simple_target_socket.h>

#include "checksum_device.h"
#include "virtio/blk.h"
#include "virtio/mmio_transport.h"
#include "virtio/trace.h"

namespace {

int g_failures = 0;

void check(bool ok, const std::string& what)
{
    std::printf("%s: %s\n", ok ? "ok  " : "FAIL", what.c_str());
    if (!ok)
        ++g_failures;
}

// A plain RAM with three target sockets on the same bytes: `cpu` for the
// driver, `dma` for the disk, `dma2` for the checksum device. It offers no
// DMI, so the transports use their b_transport fallback.
class PlainMemory : public sc_core::sc_module {
public:
    tlm_utils::simple_target_socket<PlainMemory> cpu;
    tlm_utils::simple_target_socket<PlainMemory> dma;
    tlm_utils::simple_target_socket<PlainMemory> dma2;

    PlainMemory(sc_core::sc_module_name name, size_t size)
        : sc_core::sc_module(name), cpu("cpu"), dma("dma"), dma2("dma2"), m_bytes(size, 0)
    {
        cpu.register_b_transport(this, &PlainMemory::b_transport);
        dma.register_b_transport(this, &PlainMemory::b_transport);
        dma2.register_b_transport(this, &PlainMemory::b_transport);
    }

private:
    void b_transport(tlm::tlm_generic_payload& tx, sc_core::sc_time&)
    {
        const uint64_t addr = tx.get_address();
        const unsigned len = tx.get_data_length();
        if (addr > m_bytes.size() || len > m_bytes.size() - addr || tx.get_byte_enable_ptr()) {
            tx.set_response_status(tlm::TLM_ADDRESS_ERROR_RESPONSE);
            return;
        }
        if (tx.is_write())
            std::memcpy(&m_bytes[addr], tx.get_data_ptr(), len);
        else if (tx.is_read())
            std::memcpy(tx.get_data_ptr(), &m_bytes[addr], len);
        tx.set_response_status(tlm::TLM_OK_RESPONSE);
    }

    std::vector<uint8_t> m_bytes;
};

// Guest-memory layout of the driver (addresses in PlainMemory).
constexpr uint64_t kDesc = 0x0000;   // descriptor table, 16 bytes each
constexpr uint64_t kAvail = 0x0400;  // flags, idx, ring[N]
constexpr uint64_t kUsed = 0x0800;   // flags, idx, ring[N] of {id, len}
constexpr uint64_t kHeader = 0x1000; // virtio_blk_req header (16 bytes)
constexpr uint64_t kStatus = 0x1100; // status byte
constexpr uint64_t kData = 0x2000;   // data buffer
constexpr size_t kRamSize = 0x8000;
constexpr unsigned kQueueSize = 8;
// The checksum device's ring and buffers.
constexpr uint64_t kSumDesc = 0x4000;
constexpr uint64_t kSumAvail = 0x4400;
constexpr uint64_t kSumUsed = 0x4800;
constexpr uint64_t kSumIn = 0x5000;
constexpr uint64_t kSumOut = 0x6000;

// virtio-mmio register offsets (§4.2.2).
enum Reg : uint32_t {
    kMagic = 0x000, kVersion = 0x004, kDeviceId = 0x008, kDeviceFeatures = 0x010,
    kDeviceFeaturesSel = 0x014, kDriverFeatures = 0x020, kDriverFeaturesSel = 0x024,
    kQueueSel = 0x030, kQueueNumMax = 0x034, kQueueNum = 0x038, kQueueReady = 0x044,
    kQueueNotify = 0x050, kInterruptStatus = 0x060, kInterruptAck = 0x064, kStatusReg = 0x070,
    kQueueDescLow = 0x080, kQueueDescHigh = 0x084, kQueueDriverLow = 0x090,
    kQueueDriverHigh = 0x094, kQueueDeviceLow = 0x0a0, kQueueDeviceHigh = 0x0a4, kConfig = 0x100,
};

// Descriptor flags (§2.7.5).
constexpr uint16_t kDescNext = 1;
constexpr uint16_t kDescWrite = 2;

// The traffic generator: register accesses on `mmio`, ring and buffer
// accesses on `mem`, completions seen on `irq`.
class TrafficDriver : public sc_core::sc_module {
public:
    tlm_utils::simple_initiator_socket<TrafficDriver> mmio;
    tlm_utils::simple_initiator_socket<TrafficDriver> mem;
    sc_core::sc_in<bool> irq;
    tlm_utils::simple_initiator_socket<TrafficDriver> sum_mmio;  // the checksum device
    sc_core::sc_in<bool> sum_irq;

    SC_HAS_PROCESS(TrafficDriver);
    explicit TrafficDriver(sc_core::sc_module_name name)
        : sc_core::sc_module(name), mmio("mmio"), mem("mem"), irq("irq"), sum_mmio("sum_mmio"),
          sum_irq("sum_irq")
    {
        SC_THREAD(run);
    }

    bool finished = false;
    std::vector<uint8_t> pattern_a, pattern_b;  // what it writes at sectors 1-2 and 5
    vp::virtio::ServiceTime checksum_service;   // the checksum device's modelled time

private:
    // One transaction on a plain socket; a TLM error is a test failure.
    void transport(tlm_utils::simple_initiator_socket<TrafficDriver>& s, tlm::tlm_command cmd,
                   uint64_t addr, void* data, unsigned len)
    {
        tlm::tlm_generic_payload tx;
        sc_core::sc_time delay = sc_core::SC_ZERO_TIME;
        tx.set_command(cmd);
        tx.set_address(addr);
        tx.set_data_ptr(static_cast<unsigned char*>(data));
        tx.set_data_length(len);
        tx.set_streaming_width(len);
        tx.set_response_status(tlm::TLM_INCOMPLETE_RESPONSE);
        s->b_transport(tx, delay);
        if (!tx.is_response_ok())
            check(false, "TLM access at 0x" + to_hex(addr) + ": " + tx.get_response_string());
    }
    uint32_t reg(uint32_t offset)
    {
        uint32_t v = 0;
        transport(mmio, tlm::TLM_READ_COMMAND, offset, &v, 4);
        return v;
    }
    void reg(uint32_t offset, uint32_t v) { transport(mmio, tlm::TLM_WRITE_COMMAND, offset, &v, 4); }
    void store(uint64_t addr, const void* src, unsigned len)
    {
        transport(mem, tlm::TLM_WRITE_COMMAND, addr, const_cast<void*>(src), len);
    }
    void load(uint64_t addr, void* dst, unsigned len) { transport(mem, tlm::TLM_READ_COMMAND, addr, dst, len); }
    template <typename T> void store_le(uint64_t addr, T v) { store(addr, &v, sizeof v); }
    template <typename T> T load_le(uint64_t addr)
    {
        T v{};
        load(addr, &v, sizeof v);
        return v;
    }
    static std::string to_hex(uint64_t v)
    {
        char buf[20];
        std::snprintf(buf, sizeof buf, "%llx", static_cast<unsigned long long>(v));
        return buf;
    }

    void descriptor(unsigned i, uint64_t addr, uint32_t len, uint16_t flags, uint16_t next)
    {
        const uint64_t d = kDesc + 16u * i;
        store_le<uint64_t>(d, addr);
        store_le<uint32_t>(d + 8, len);
        store_le<uint16_t>(d + 12, flags);
        store_le<uint16_t>(d + 14, next);
    }

    // Probe, negotiate VERSION_1 + FLUSH, set up queue 0, DRIVER_OK (§3.1.1).
    bool init()
    {
        check(reg(kMagic) == 0x74726976, "MagicValue is \"virt\"");
        check(reg(kVersion) == 2, "Version 2");
        check(reg(kDeviceId) == vp::virtio::kDeviceBlock, "DeviceID 2 (block)");
        reg(kStatusReg, 0);
        reg(kStatusReg, vp::virtio::kStatusAcknowledge | vp::virtio::kStatusDriver);
        reg(kDeviceFeaturesSel, 0);
        const uint32_t lo = reg(kDeviceFeatures);
        reg(kDeviceFeaturesSel, 1);
        const uint32_t hi = reg(kDeviceFeatures);
        const uint32_t flush = 1u << vp::virtio::kBlkFeatureFlush;
        const uint32_t version1 = 1u << (vp::virtio::kFeatureVersion1 - 32);
        check((lo & flush) && (hi & version1), "device offers FLUSH and VERSION_1");
        reg(kDriverFeaturesSel, 0);
        reg(kDriverFeatures, lo & flush);
        reg(kDriverFeaturesSel, 1);
        reg(kDriverFeatures, version1);
        reg(kStatusReg, reg(kStatusReg) | vp::virtio::kStatusFeaturesOk);
        if (!(reg(kStatusReg) & vp::virtio::kStatusFeaturesOk)) {
            check(false, "FEATURES_OK accepted");
            return false;
        }

        reg(kQueueSel, 0);
        check(reg(kQueueNumMax) >= kQueueSize, "QueueNumMax >= 8");
        reg(kQueueNum, kQueueSize);
        reg(kQueueDescLow, kDesc);
        reg(kQueueDescHigh, 0);
        reg(kQueueDriverLow, kAvail);
        reg(kQueueDriverHigh, 0);
        reg(kQueueDeviceLow, kUsed);
        reg(kQueueDeviceHigh, 0);
        reg(kQueueReady, 1);
        reg(kStatusReg, reg(kStatusReg) | vp::virtio::kStatusDriverOk);

        const uint64_t capacity = reg(kConfig + vp::virtio::kBlkCfgCapacity) |
                                  uint64_t{reg(kConfig + vp::virtio::kBlkCfgCapacity + 4)} << 32;
        check(capacity == 128, "capacity 128 sectors (64 KiB image), read " + std::to_string(capacity));
        return true;
    }

    // One request: header, optional data buffer (device-readable `out` or
    // device-writable `in_len` bytes), status byte. Waits for the used
    // buffer interrupt, ACKs it and checks the used element. Returns the
    // status byte (0xff if the request never completed) and the data read.
    uint8_t request(uint32_t type, uint64_t sector, const std::vector<uint8_t>& out,
                    uint32_t in_len, std::vector<uint8_t>* in, sc_core::sc_time expected)
    {
        store_le<uint32_t>(kHeader, type);
        store_le<uint32_t>(kHeader + 4, 0);
        store_le<uint64_t>(kHeader + 8, sector);
        store_le<uint8_t>(kStatus, 0xff);
        const uint32_t data_len = out.empty() ? in_len : static_cast<uint32_t>(out.size());
        if (!out.empty())
            store(kData, out.data(), data_len);
        if (data_len) {
            descriptor(0, kHeader, 16, kDescNext, 1);
            descriptor(1, kData, data_len, kDescNext | (out.empty() ? kDescWrite : 0), 2);
        } else {
            descriptor(0, kHeader, 16, kDescNext, 2);
        }
        descriptor(2, kStatus, 1, kDescWrite, 0);

        // Publish head 0, then the new avail.idx, then notify (§2.7.13).
        store_le<uint16_t>(kAvail + 4 + 2 * (m_avail_idx % kQueueSize), 0);
        store_le<uint16_t>(kAvail + 2, ++m_avail_idx);
        const sc_core::sc_time start = sc_core::sc_time_stamp();
        reg(kQueueNotify, 0);

        while (load_le<uint16_t>(kUsed + 2) == m_used_idx) {
            wait(sc_core::sc_time(10, sc_core::SC_MS), irq.posedge_event());
            if (sc_core::sc_time_stamp() - start >= sc_core::sc_time(10, sc_core::SC_MS)) {
                check(false, "request type " + std::to_string(type) + " completed (no interrupt in 10 ms)");
                return 0xff;
            }
        }
        const sc_core::sc_time took = sc_core::sc_time_stamp() - start;
        const uint32_t isr = reg(kInterruptStatus);
        reg(kInterruptAck, isr);
        const uint64_t elem = kUsed + 4 + 8 * (m_used_idx % kQueueSize);
        const uint32_t id = load_le<uint32_t>(elem);
        const uint32_t used_len = load_le<uint32_t>(elem + 4);
        ++m_used_idx;

        const uint8_t status = load_le<uint8_t>(kStatus);

        // A failed request writes no data: used len is the status byte only.
        const uint32_t written = status == vp::virtio::kBlkStatusOk ? in_len : 0;
        const std::string what = "request type " + std::to_string(type);
        check(isr & 1, what + ": InterruptStatus has the used-buffer bit");
        check(id == 0, what + ": used id is the head");
        check(used_len == written + 1, what + ": used len " + std::to_string(used_len) +
                                           " = data written + status byte");
        check(took == expected, what + ": served in " + took.to_string() + ", modelled " +
                                    expected.to_string());
        if (in) {
            in->resize(in_len);
            load(kData, in->data(), in_len);
        }
        return status;
    }

    // The checksum device on its own transport: the same initialisation
    // (§3.1.1) on sum_mmio, then one message hashed by the device.
    void checksum()
    {
        using namespace vp::virtio;
        auto reg_r = [&](uint32_t offset) {
            uint32_t v = 0;
            transport(sum_mmio, tlm::TLM_READ_COMMAND, offset, &v, 4);
            return v;
        };
        auto reg_w = [&](uint32_t offset, uint32_t v) {
            transport(sum_mmio, tlm::TLM_WRITE_COMMAND, offset, &v, 4);
        };
        check(reg_r(kDeviceId) == ChecksumDevice::kDeviceId, "checksum: DeviceID is the example's own");
        check(reg_r(kConfig + ChecksumDevice::kCfgAlgorithm) == 1 &&
                  reg_r(kConfig + ChecksumDevice::kCfgMaxBytes) == ChecksumDevice::kMaxBytes,
              "checksum: config space algorithm 1, max_bytes 4096");
        reg_w(kStatusReg, 0);
        reg_w(kStatusReg, kStatusAcknowledge | kStatusDriver);
        reg_w(kDriverFeaturesSel, 1);
        reg_w(kDriverFeatures, 1u << (kFeatureVersion1 - 32));
        reg_w(kStatusReg, kStatusAcknowledge | kStatusDriver | kStatusFeaturesOk);
        reg_w(kQueueSel, 0);
        reg_w(kQueueNum, kQueueSize);
        reg_w(kQueueDescLow, kSumDesc);
        reg_w(kQueueDriverLow, kSumAvail);
        reg_w(kQueueDeviceLow, kSumUsed);
        reg_w(kQueueReady, 1);
        reg_w(kStatusReg, kStatusAcknowledge | kStatusDriver | kStatusFeaturesOk | kStatusDriverOk);
        check(reg_r(kStatusReg) & kStatusDriverOk, "checksum: DRIVER_OK");

        const std::string text = "hello from a device written outside the tree";
        store(kSumIn, text.data(), static_cast<unsigned>(text.size()));
        store_le<uint32_t>(kSumOut, 0);
        store_le<uint64_t>(kSumDesc, kSumIn);
        store_le<uint32_t>(kSumDesc + 8, static_cast<uint32_t>(text.size()));
        store_le<uint16_t>(kSumDesc + 12, kDescNext);
        store_le<uint16_t>(kSumDesc + 14, 1);
        store_le<uint64_t>(kSumDesc + 16, kSumOut);
        store_le<uint32_t>(kSumDesc + 24, 4);
        store_le<uint16_t>(kSumDesc + 28, kDescWrite);
        store_le<uint16_t>(kSumDesc + 30, 0);
        store_le<uint16_t>(kSumAvail + 4, 0);
        store_le<uint16_t>(kSumAvail + 2, 1);
        const sc_core::sc_time start = sc_core::sc_time_stamp();
        reg_w(kQueueNotify, 0);
        if (load_le<uint16_t>(kSumUsed + 2) != 1)
            wait(sc_core::sc_time(10, sc_core::SC_MS), sum_irq.posedge_event());
        const sc_core::sc_time took = sc_core::sc_time_stamp() - start;
        reg_w(kInterruptAck, reg_r(kInterruptStatus));
        check(load_le<uint16_t>(kSumUsed + 2) == 1 && load_le<uint32_t>(kSumUsed + 8) == 4,
              "checksum: one used element of length 4");
        const uint32_t expected = ChecksumDevice::fnv1a(
            reinterpret_cast<const uint8_t*>(text.data()), text.size());
        check(load_le<uint32_t>(kSumOut) == expected,
              "checksum: the device wrote FNV-1a 0x" + to_hex(expected));
        const sc_core::sc_time modelled = checksum_service.for_bytes(text.size());
        check(took == modelled,
              "checksum: served in " + took.to_string() + ", modelled " + modelled.to_string());
    }

    void run()
    {
        using namespace vp::virtio;
        const sc_core::sc_time latency(10, sc_core::SC_US);
        auto at_200MBps = [&](unsigned bytes) {  // the disk's service time (sc_main)
            return latency + sc_core::sc_time(bytes * 5.0, sc_core::SC_NS);
        };
        if (init()) {
            check(request(kBlkTypeOut, 1, pattern_a, 0, nullptr, at_200MBps(1024)) == kBlkStatusOk,
                  "write sectors 1-2");
            check(request(kBlkTypeOut, 5, pattern_b, 0, nullptr, at_200MBps(512)) == kBlkStatusOk,
                  "write sector 5");
            check(request(kBlkTypeFlush, 0, {}, 0, nullptr, latency) == kBlkStatusOk, "flush");
            std::vector<uint8_t> back;
            check(request(kBlkTypeIn, 1, {}, 1024, &back, at_200MBps(1024)) == kBlkStatusOk &&
                      back == pattern_a,
                  "read sectors 1-2 back");
            check(request(kBlkTypeIn, 7, {}, 512, &back, at_200MBps(512)) == kBlkStatusOk &&
                      back == std::vector<uint8_t>(512, 0xee),
                  "read untouched sector 7 (0xee)");
            check(request(kBlkTypeIn, 200, {}, 512, &back, latency) == kBlkStatusIoErr,
                  "read beyond the capacity: IOERR");
            std::vector<uint8_t> id;
            check(request(kBlkTypeGetId, 0, {}, kBlkIdBytes, &id, latency) == kBlkStatusOk &&
                      std::string(id.begin(), id.begin() + 11) == "blk-traffic" && id[11] == 0,
                  "GET_ID is the serial \"blk-traffic\"");
            checksum();
            finished = true;
        }
        sc_core::sc_stop();
    }

    uint16_t m_avail_idx = 0;
    uint16_t m_used_idx = 0;
};

}  // namespace

int sc_main(int argc, char* argv[])
{
    const std::string image = argc > 1 ? argv[1] : "blk_traffic.img";
    {
        std::ofstream f(image, std::ios::binary | std::ios::trunc);
        const std::vector<char> fill(64 * 1024, static_cast<char>(0xee));
        f.write(fill.data(), static_cast<std::streamsize>(fill.size()));
        if (!f) {
            std::fprintf(stderr, "blk_traffic: cannot write %s\n", image.c_str());
            return 2;
        }
    }

    PlainMemory ram("ram", kRamSize);
    TrafficDriver driver("driver");
    for (unsigned i = 0; i < 1024; ++i)
        driver.pattern_a.push_back(static_cast<uint8_t>(i * 7 + 1));
    driver.pattern_b.assign(512, 0x5a);
    driver.mem.bind(ram.cpu);

    // [integration snippet: quoted verbatim in docs/models/virtio-mmio.md]
    // The disk: a raw image file; capacity = file size / 512.
    vp::virtio::BlockDevice::Config disk_cfg;
    disk_cfg.image = image;
    disk_cfg.serial = "blk-traffic";                                   // GET_ID
    disk_cfg.service.latency = sc_core::sc_time(10, sc_core::SC_US);  // per request
    disk_cfg.service.bytes_per_second = 200e6;                         // + data / throughput
    vp::virtio::BlockDevice disk("disk", disk_cfg);

    // The transport: a virtio-mmio register window in front of the disk.
    vp::virtio::MmioTransportConfig mmio_cfg;
    mmio_cfg.version = 2;          // virtio 1.x register map (1: legacy)
    mmio_cfg.queue_size_max = 64;  // QueueNumMax
    vp::virtio::MmioTransport mmio("mmio", disk, mmio_cfg);

    sc_core::sc_signal<bool> irq("irq");
    driver.mmio.bind(mmio.socket);  // CPU/bus -> the 0x200-byte register window
    mmio.memory.bind(ram.dma);      // rings and buffers: DMI if granted, else b_transport
    mmio.irq.bind(irq);             // level: high while InterruptStatus != 0
    driver.irq.bind(irq);           // (your interrupt controller's input)
    // [end of integration snippet]

    // A device type of this example's own (checksum_device.h) on a second
    // transport: 2 us + 100 MB/s per request.
    const vp::virtio::ServiceTime sum_service{sc_core::sc_time(2, sc_core::SC_US), 100e6};
    driver.checksum_service = sum_service;
    ChecksumDevice sum("sum", sum_service);
    vp::virtio::MmioTransport sum_mmio("sum_mmio", sum);
    sc_core::sc_signal<bool> sum_irq("sum_irq");
    driver.sum_mmio.bind(sum_mmio.socket);
    sum_mmio.memory.bind(ram.dma2);
    sum_mmio.irq.bind(sum_irq);
    driver.sum_irq.bind(sum_irq);

    // Per-queue statistics from the model's tracer (virtio/trace.h).
    vp::virtio::Tracer& tracer = vp::virtio::Tracer::instance();
    tracer.enable_stats();

    sc_core::sc_start(sc_core::sc_time(1, sc_core::SC_SEC));
    check(driver.finished, "driver ran to the end");
    tracer.write_stats(std::cout);
    const auto stats = tracer.stats();
    const vp::virtio::DeviceTraceStats* disk_stats = nullptr;
    for (const auto* st : stats)
        if (st->name == "mmio/disk")
            disk_stats = st;
    check(stats.size() == 2 && disk_stats && disk_stats->queues.size() == 1 &&
              disk_stats->queues[0].requests == 7,
          "the tracer counted 7 requests on mmio/disk queue 0 (and has the checksum device)");
    if (disk_stats && !disk_stats->queues.empty()) {
        // Every request takes at least the configured 10 us latency.
        const vp::virtio::ServiceSummary t = vp::virtio::summarize(disk_stats->queues[0].service_ps);
        check(t.count == 7 && t.p50_ps >= 10000000, "service times of at least 10 us");
    }
    check(sc_core::sc_report_handler::get_count(sc_core::SC_WARNING) == 0,
          "no warnings reported by the model");
    check(disk.requests() == 7, "the disk served 7 requests, counted " + std::to_string(disk.requests()));

    // The image's bytes, read back from the host file.
    std::ifstream f(image, std::ios::binary);
    const std::vector<uint8_t> bytes{std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
    std::vector<uint8_t> expected(64 * 1024, 0xee);
    std::copy(driver.pattern_a.begin(), driver.pattern_a.end(), expected.begin() + 512);
    std::copy(driver.pattern_b.begin(), driver.pattern_b.end(), expected.begin() + 5 * 512);
    check(bytes == expected, "image file: sectors 1-2 and 5 written, every other byte 0xee");

    std::printf("blk_traffic: %s (%d failed) at %s\n", g_failures ? "FAILED" : "passed",
                g_failures, sc_core::sc_time_stamp().to_string().c_str());
    return g_failures ? 1 : 0;
}
