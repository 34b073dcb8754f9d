// Benchmark: 4 KiB virtio-blk reads from a RAM-backed image (/dev/shm)
// through the virtio-mmio transport, router and memory, driven by the
// testbench driver, with zero device latency. Prints requests/s, host ns per
// request and payload MB/s, next to a plain memcpy of the same bytes in the
// same run (the physical limit). Not a test: it asserts nothing.
//
//   bench_virtio_blk [requests=20000] [queue_depth=1,32] [version=2] [packed=0] [warm=0]
//
// The image is a file in /dev/shm that BlockFile maps. The first read of each
// of its pages costs the host kernel a page fault (a few microseconds on a
// virtual machine; pread costs as much every time), which is the host's cost,
// not the model's. warm=1 first reads every sector of the image once through
// the device, untimed, so that the timed requests measure the model with the
// image in the page tables, as the memcpy reference has its source.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <systemc>

#include "fake_transport.h"  // TempFile
#include "virtio/blk.h"
#include "virtio/mmio_transport.h"
#include "virtio_driver.h"

using namespace vp::virtio;
using namespace vp::virtio::test;
using Clock = std::chrono::steady_clock;

namespace {

constexpr uint64_t kImageSize = 64 << 20;
constexpr uint32_t kBlock = 4096;

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

void print(const char* what, unsigned long n, double secs)
{
    const double bytes = static_cast<double>(n) * kBlock;
    std::printf("%-34s %9.0f req/s %9.0f ns/req %9.1f MB/s\n", what, n / secs, secs * 1e9 / n,
                bytes / secs / 1e6);
}

}  // namespace

int sc_main(int argc, char* argv[])
{
    const unsigned long requests = argc > 1 ? std::strtoul(argv[1], nullptr, 0) : 20000;
    const unsigned depth = argc > 2 ? static_cast<unsigned>(std::strtoul(argv[2], nullptr, 0)) : 0;
    const unsigned version = argc > 3 ? static_cast<unsigned>(std::strtoul(argv[3], nullptr, 0)) : 2;
    const bool packed = argc > 4 && std::strtoul(argv[4], nullptr, 0) != 0;
    const bool warm = argc > 5 && std::strtoul(argv[5], nullptr, 0) != 0;
    sc_core::sc_report_handler::set_actions(sc_core::SC_INFO, sc_core::SC_DO_NOTHING);

    TempFile image(kImageSize, "/dev/shm");
    {
        std::vector<uint8_t> fill(kImageSize);
        for (size_t i = 0; i < fill.size(); ++i)
            fill[i] = static_cast<uint8_t>(i * 7 + (i >> 12));
        image.write(0, fill);
    }

    BenchOptions bo;
    bo.version = version;
    bo.ram_size = uint64_t{256} << 20;  // the testbench driver never frees buffer memory
    VirtioBench bench(bo);
    BlockDevice::Config bc;
    bc.image = image.path();
    bc.service = ServiceTime{};  // zero device latency: measure the model, not a disk
    BlockDevice blk("blk", bc);
    MmioTransportConfig tc;
    tc.version = version;
    MmioTransport transport("virtio", blk, tc);
    bench.attach(transport);

    const uint64_t sectors = kImageSize / 512;
    double qd1_secs = 0, qd32_secs = 0;
    unsigned long qd1_done = 0, qd32_done = 0;
    uint64_t checksum = 0;
    const bool ok = bench.run(
        [&](VirtioDriver& drv) {
            uint64_t f = bit(kFeatureIndirectDesc) | bit(kFeatureEventIdx);
            if (packed)
                f |= bit(kFeatureRingPacked);
            if (!drv.init(f, 1)) {
                std::fprintf(stderr, "driver init failed\n");
                return;
            }
            // Like a real driver, every in-flight request owns a fixed set of
            // guest buffers (header, 4 KiB data, status) that are reused, so
            // the figure measures the transport and device, not fresh guest
            // pages being faulted in.
            const unsigned slots = depth > 1 ? depth : 32;
            struct Slot {
                uint64_t hdr, data, status;
            };
            std::vector<Slot> slot(slots);
            for (auto& sl : slot)
                sl = {drv.alloc(16), drv.alloc(kBlock, 4096), drv.alloc(1)};
            std::vector<int> slot_of_token(65536, -1);
            std::vector<VirtioDriver::Segment> segs;  // reused: no allocation per request
            std::vector<VirtioDriver::Used> used;
            std::vector<unsigned> free_slots;
            for (unsigned i = slots; i-- > 0;)
                free_slots.push_back(i);
            // Submits a read of `sector` into a free slot; false if none.
            auto submit_read = [&](uint64_t sector) {
                if (free_slots.empty())
                    return false;
                const unsigned i = free_slots.back();
                const auto h = blk_header(kBlkTypeIn, sector);
                drv.mem_write(slot[i].hdr, h.data(), h.size());
                const uint8_t poison = 0xff;  // so that a status the device did not write shows
                drv.mem_write(slot[i].status, &poison, 1);
                segs.assign({{slot[i].hdr, 16, false}, {slot[i].data, kBlock, true}, {slot[i].status, 1, true}});
                const int token = drv.submit_segments(0, segs, false);
                if (token < 0)
                    return false;
                free_slots.pop_back();
                slot_of_token[static_cast<unsigned>(token)] = static_cast<int>(i);
                return true;
            };
            // Consumes completions as a driver does: takes the used entries,
            // checks the used len and the status byte in guest memory, and
            // reads one data byte (the data stays in guest memory, where the
            // device put it).
            auto reap = [&](unsigned long& done) {
                drv.collect_used(0, used);
                for (const auto& c : used) {
                    const int i = slot_of_token[c.token];
                    uint8_t status = 0xff, byte = 0;
                    if (i >= 0)
                        drv.mem_read(slot[static_cast<unsigned>(i)].status, &status, 1);
                    if (i < 0 || c.len != kBlock + 1 || status != kBlkStatusOk) {
                        std::fprintf(stderr, "request failed (token %u)\n", c.token);
                        return false;
                    }
                    drv.mem_read(slot[static_cast<unsigned>(i)].data + done % kBlock, &byte, 1);
                    checksum += byte;
                    slot_of_token[c.token] = -1;
                    free_slots.push_back(static_cast<unsigned>(i));
                    ++done;
                }
                return true;
            };
            // Depth 1: n reads of 4 KiB one after another, from sector first on.
            auto read_one_by_one = [&](unsigned long n, uint64_t first, unsigned long& done) {
                for (unsigned long i = 0; i < n; ++i) {
                    if (!submit_read((first + i * 8) % sectors))
                        return false;
                    drv.kick(0);
                    const unsigned long before = done;
                    while (done == before) {
                        if (drv.wait_irq(sc_core::sc_time(1, sc_core::SC_MS)))
                            drv.handle_irq();
                        if (!reap(done))
                            return false;
                    }
                }
                return true;
            };
            if (warm) {
                unsigned long warm_done = 0;
                if (!read_one_by_one(sectors / 8, 0, warm_done))
                    return;
            }
            if (depth == 0 || depth == 1) {
                auto t0 = Clock::now();
                if (!read_one_by_one(requests, 0, qd1_done))
                    return;
                qd1_secs = seconds(Clock::now() - t0);
            }
            if (depth == 0 || depth > 1) {
                const unsigned qd = depth > 1 ? depth : 32;
                auto t0 = Clock::now();
                unsigned long issued = 0;
                while (qd32_done < requests) {
                    while (issued < requests && drv.in_flight(0) < qd &&
                           submit_read((issued * 8) % sectors))
                        ++issued;
                    drv.kick(0);
                    if (drv.wait_irq(sc_core::sc_time(1, sc_core::SC_MS)))
                        drv.handle_irq();
                    if (!reap(qd32_done))
                        return;
                }
                qd32_secs = seconds(Clock::now() - t0);
            }
        },
        sc_core::sc_time(1e6, sc_core::SC_SEC));

    // The physical limit: memcpy of the same number of 4 KiB blocks from the
    // same image contents into one destination block.
    std::vector<uint8_t> src(kImageSize), dst(kBlock);
    std::memset(src.data(), 1, src.size());
    auto t0 = Clock::now();
    for (unsigned long i = 0; i < requests; ++i) {
        std::memcpy(dst.data(), src.data() + (i * kBlock) % kImageSize, kBlock);
        checksum += dst[i % kBlock];
    }
    const double memcpy_secs = seconds(Clock::now() - t0);

    std::printf("virtio-blk 4 KiB reads, image in /dev/shm%s, zero device latency, "
                "virtio-mmio v%u, %s ring, %lu requests\n",
                warm ? " (already read once)" : "", version, packed ? "packed" : "split", requests);
    if (qd1_done)
        print("virtio-blk, queue depth 1", qd1_done, qd1_secs);
    if (qd32_done) {
        char what[64];
        std::snprintf(what, sizeof(what), "virtio-blk, queue depth %u", depth > 1 ? depth : 32);
        print(what, qd32_done, qd32_secs);
    }
    print("memcpy 4 KiB (same bytes)", requests, memcpy_secs);
    std::printf("(checksum %llu)\n", static_cast<unsigned long long>(checksum));
    return ok && (qd1_done || qd32_done) ? 0 : 1;
}
