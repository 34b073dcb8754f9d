// libFuzzer harness for the virtio-blk request parser (models/virtio/blk.cpp)
// on its own: requests as the rings would hand them over (scatter-gather
// lists of guest buffers), over fuzzed guest memory, on images of several
// sizes (0 bytes, less than a sector, odd sizes, read-only, without DISCARD/
// WRITE_ZEROES, with small limits). The rings and the MMIO transport are
// fuzzed by fuzz_virtio_mmio; here the fuzzer goes straight at the request
// headers, lengths, segments and buffer layouts.
//
// Guest memory: 64 KiB of RAM at 0 that grants DMI, 64 KiB at 0x10000 that
// does not, and nothing above (decode errors). Input (little-endian, zeros
// once the input runs out; docs/fuzzing.md):
//   device:u8            which of the 8 devices (image sizes in kDevices)
//   then up to 64 operations, each an op byte (low 2 bits) and arguments:
//   0 mem    addr:u16 hi:u8 len:u8 bytes[len]   raw bytes at addr + (hi & 1) * 64 KiB
//   1 header addr:u16 hi:u8 type:u8 sector:u64   a 16-byte request header; type indexes
//                                                {IN, OUT, FLUSH, GET_ID, DISCARD,
//                                                WRITE_ZEROES, 2, 0xffffffff}
//   2 request counts:u8, then per buffer addr:u32 len:u32
//                                                readable = counts & 7, writable = counts >> 3 & 7;
//                                                op bit 2: addr is u64 (anywhere); op bit 3:
//                                                queue 1 (the device has one queue)
//   3 run    submit the pending requests and simulate until they complete
// Oracle, per completed request: used len <= the writable bytes; unless a
// buffer faulted, a status byte that landed in RAM is OK, IOERR or UNSUPP; when the buffers are all in RAM
// and do not overlap: an IN that says OK returned exactly the image bytes
// (zeroes past the end of the file), an OUT that says OK left its data in the
// image, and a request that is not OK changed nothing. The image never grows
// beyond its whole sectors. Any other SystemC report than a "virtio/..."
// warning aborts.
#include <algorithm>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <systemc>

#include "bus/initiator_port.h"
#include "bus/router.h"
#include "fuzz_common.h"
#include "memory/memory.h"
#include "virtio/blk.h"

using namespace sc_core;
using namespace vp::virtio;
using vp::fuzz::finding;

namespace {

constexpr uint64_t kRamSize = 64 * 1024;
constexpr uint64_t kRam2Base = kRamSize;
constexpr uint64_t kMemEnd = 2 * kRamSize;

struct DeviceKind {
    uint64_t image_bytes;
    bool read_only;
    bool discard;  // and write_zeroes
    uint32_t max_seg;
    uint32_t max_sectors;
    bool timed;  // 1 us + 100 MB/s service time, else instantaneous
};
constexpr DeviceKind kDevices[8] = {
    {0, false, true, 16, 0x3fffff, false},
    {100, false, true, 16, 0x3fffff, false},
    {512, false, true, 16, 0x3fffff, false},
    {1000, true, true, 16, 0x3fffff, false},
    {4096, false, false, 16, 0x3fffff, false},
    {16 * 512 + 17, false, true, 2, 4, false},
    {32768, false, true, 16, 0x3fffff, true},
    {65536 + 511, false, true, 16, 0x3fffff, false},
};

// The transport stand-in: get() hands out the submitted messages in order,
// put() records them; a worker thread calls notify() as the real one does.
struct Rig : sc_module, VirtioTransportIf {
    vp::memory::Memory ram, ram2;
    vp::bus::Router router;
    vp::bus::InitiatorPort port;
    std::vector<std::unique_ptr<BlockDevice>> devices;
    std::vector<std::string> paths;
    std::vector<int> fds;  // the harness's own descriptors of the images
    BlockDevice* current = nullptr;
    std::deque<VirtioMessage> pending;
    std::vector<VirtioMessage> done;
    std::vector<unsigned> kicks;
    sc_event kick_event;

    SC_HAS_PROCESS(Rig);
    explicit Rig(sc_module_name n)
        : sc_module(n),
          ram("ram", vp::memory::MemoryConfig{kRamSize, SC_ZERO_TIME, SC_ZERO_TIME, true, false}),
          ram2("ram2", vp::memory::MemoryConfig{kRamSize, SC_ZERO_TIME, SC_ZERO_TIME, false, false}),
          router("router"),
          port("port")
    {
        router.map(ram.socket, 0, kRamSize, "ram");
        router.map(ram2.socket, kRam2Base, kRamSize, "ram2");
        port.bind(router.target);
        for (unsigned i = 0; i < 8; ++i) {
            const DeviceKind& k = kDevices[i];
            paths.push_back("/dev/shm/fuzz_virtio_blk_" + std::to_string(getpid()) + "_" +
                            std::to_string(i));
            const int fd = open(paths.back().c_str(), O_RDWR | O_CREAT | O_TRUNC, 0600);
            if (fd < 0 || ftruncate(fd, static_cast<off_t>(k.image_bytes)) != 0) {
                std::perror("fuzz_virtio_blk: image");
                std::abort();
            }
            fds.push_back(fd);
            BlockDevice::Config c;
            c.image = paths.back();
            c.read_only = k.read_only;
            c.discard = c.write_zeroes = k.discard;
            c.max_discard_seg = c.max_write_zeroes_seg = k.max_seg;
            c.max_discard_sectors = c.max_write_zeroes_sectors = k.max_sectors;
            c.service = k.timed ? ServiceTime{sc_time(1, SC_US), 100e6} : ServiceTime{};
            devices.push_back(
                std::make_unique<BlockDevice>(("blk" + std::to_string(i)).c_str(), c));
            devices.back()->bind_transport(*this);
            unlink(paths.back().c_str());  // the descriptors keep the files
        }
        SC_THREAD(worker);
    }

    bool get(unsigned queue, VirtioMessage& msg) override
    {
        if (queue != 0 || pending.empty())
            return false;
        msg = pending.front();
        msg.memory = &port;
        msg.used_len = 0;
        pending.pop_front();
        return true;
    }
    // The status byte is read at completion: a later request may overwrite it.
    void put(unsigned, VirtioMessage& msg) override
    {
        done.push_back(msg);
        // A buffer that faulted (bus error): the real transport breaks the
        // queue on put() and the driver never sees a status. Nothing to check.
        statuses.push_back(msg.fault() ? -1 : status_of(msg));
    }
    std::vector<int> statuses;  // per completion: the status byte, -1 if not in RAM

    int status_of(const VirtioMessage& m)
    {
        size_t writable = 0;
        for (const GuestBuffer& b : m.writable)
            writable += b.len;
        size_t pos = 0;
        for (const GuestBuffer& b : m.writable) {
            if (b.len > 0 && pos + b.len == writable) {
                const uint64_t a = b.addr + b.len - 1;
                return a < 2 * kRamSize ? *host(a) : -1;
            }
            pos += b.len;
        }
        return -1;
    }
    void config_changed() override {}
    uint64_t negotiated_features() const override { return current->device_features(); }

    void worker()
    {
        for (;;) {
            while (!kicks.empty()) {
                const unsigned q = kicks.front();
                kicks.erase(kicks.begin());
                current->notify(q);
            }
            wait(kick_event);
        }
    }

    uint8_t* host(uint64_t addr)
    {
        return addr < kRamSize ? ram.data() + addr : ram2.data() + (addr - kRam2Base);
    }
};

Rig* g_rig = nullptr;
unsigned g_device = 0;

// The image as the guest must see it: file bytes, zeroes past the end, whole sectors.
std::vector<uint8_t> image_now(unsigned d)
{
    const uint64_t capacity = (kDevices[d].image_bytes + 511) / 512 * 512;
    std::vector<uint8_t> img(capacity, 0);
    struct stat st{};
    fstat(g_rig->fds[d], &st);
    if (static_cast<uint64_t>(st.st_size) > capacity)
        finding("image %u grew to %ld bytes, more than its %lu bytes of whole sectors", d,
                static_cast<long>(st.st_size), capacity);
    if (pread(g_rig->fds[d], img.data(), img.size(), 0) < 0)
        std::abort();
    return img;
}

bool in_ram(uint64_t addr, uint64_t len) { return addr < kMemEnd && len <= kMemEnd - addr; }

// Copies len bytes at `offset` of a buffer list out of guest RAM (all in RAM).
std::vector<uint8_t> gather(const std::vector<GuestBuffer>& bufs, size_t offset, size_t len)
{
    std::vector<uint8_t> out;
    size_t pos = 0;
    for (const GuestBuffer& b : bufs)
        for (uint32_t i = 0; i < b.len && out.size() < len; ++i, ++pos)
            if (pos >= offset)
                out.push_back(*g_rig->host(b.addr + i));
    return out;
}

size_t total(const std::vector<GuestBuffer>& bufs)
{
    size_t n = 0;
    for (const GuestBuffer& b : bufs)
        n += b.len;
    return n;
}

struct Checked {
    VirtioMessage msg;
    bool verifiable;                // every buffer in RAM, no overlap
    std::vector<uint8_t> readable;  // the readable bytes when the run starts
};
std::vector<Checked> g_submitted;

bool verifiable(const VirtioMessage& m)
{
    std::vector<std::pair<uint64_t, uint64_t>> r;
    for (const auto* list : {&m.readable, &m.writable})
        for (const GuestBuffer& b : *list) {
            if (!in_ram(b.addr, b.len))
                return false;
            r.emplace_back(b.addr, b.addr + b.len);
        }
    std::sort(r.begin(), r.end());
    for (size_t i = 1; i < r.size(); ++i)
        if (r[i].first < r[i - 1].second)
            return false;
    // One buffer must not straddle the two RAMs (it can, and is legal, but
    // then host() is not contiguous).
    for (const auto& [s, e] : r)
        if (s < kRam2Base && e > kRam2Base)
            return false;
    return true;
}

uint64_t le(const uint8_t* p, unsigned n)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < n; ++i)
        v |= uint64_t{p[i]} << (8 * i);
    return v;
}

// Runs the submitted requests and checks each completion.
void run_and_check()
{
    Rig& r = *g_rig;
    const std::vector<uint8_t> before = image_now(g_device);
    if (g_submitted.empty())
        return;
    for (Checked& c : g_submitted) {
        // The readable bytes as the device will find them (later ops of the
        // input may have rewritten them since the submission).
        if (c.verifiable)
            c.readable = gather(c.msg.readable, 0, total(c.msg.readable));
        r.pending.push_back(c.msg);
    }
    r.kicks.push_back(0);
    r.kick_event.notify(SC_ZERO_TIME);
    r.done.clear();
    r.statuses.clear();
    sc_start(sc_time(10, SC_MS));
    if (!r.pending.empty() || r.done.size() != g_submitted.size())
        finding("%zu of %zu requests completed", r.done.size(), g_submitted.size());
    // Requests are served in order, so a single request's effect can be
    // checked only when it is the only one: with several, check the generic
    // properties of each and the image bound.
    const bool single = g_submitted.size() == 1;
    for (size_t i = 0; i < r.done.size(); ++i) {
        const VirtioMessage& m = r.done[i];
        const Checked& c = g_submitted[i];
        const size_t writable = total(m.writable);
        if (m.used_len > writable)
            finding("used len %u > %zu writable bytes", m.used_len, writable);
        if (writable == 0 || total(m.readable) < 16)
            continue;
        if (r.statuses[i] < 0)
            continue;
        const uint8_t status = static_cast<uint8_t>(r.statuses[i]);
        if (status > kBlkStatusUnsupp)
            finding("status byte %u", status);
        if (!single || !c.verifiable)
            continue;
        const uint32_t type = static_cast<uint32_t>(le(c.readable.data(), 4));
        const uint64_t sector = le(c.readable.data() + 8, 8);
        const std::vector<uint8_t> after = image_now(g_device);
        if (status != kBlkStatusOk || type == kBlkTypeIn || type == kBlkTypeGetId ||
            type == kBlkTypeFlush) {
            if (after != before)
                finding("request type %u with status %u changed the image", type, status);
        }
        if (status != kBlkStatusOk)
            continue;
        if (type == kBlkTypeIn) {
            const size_t len = writable - 1;
            const std::vector<uint8_t> got = gather(m.writable, 0, len);
            if (m.used_len != len + 1 || sector * 512 + len > before.size() ||
                !std::equal(got.begin(), got.end(), before.begin() + sector * 512))
                finding("IN of %zu bytes at sector %lu said OK but returned other bytes", len, sector);
        } else if (type == kBlkTypeOut) {
            const size_t len = c.readable.size() - 16;
            if (sector * 512 + len > after.size() ||
                !std::equal(c.readable.begin() + 16, c.readable.end(), after.begin() + sector * 512))
                finding("OUT of %zu bytes at sector %lu said OK but the image differs", len, sector);
        } else if (type != kBlkTypeGetId && type != kBlkTypeFlush && type != kBlkTypeDiscard &&
                   type != kBlkTypeWriteZeroes) {
            finding("request type %u completed OK", type);
        }
    }
    g_submitted.clear();
}

void reset_device(unsigned d)
{
    // The pattern over the original size, zeroes over a partial last sector
    // an earlier input may have written (the file then keeps its rounded
    // size: the device remembers it, as it would after a guest write).
    Rig& r = *g_rig;
    struct stat st{};
    fstat(r.fds[d], &st);
    std::vector<uint8_t> img(static_cast<size_t>(st.st_size), 0);
    for (size_t i = 0; i < kDevices[d].image_bytes; ++i)
        img[i] = static_cast<uint8_t>(i * 13 + d);
    if (pwrite(r.fds[d], img.data(), img.size(), 0) != static_cast<ssize_t>(img.size()))
        std::abort();
}

}  // namespace

VP_FUZZ_COMMON_MAIN

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (!g_rig) {
        vp::fuzz::install_report_handler();
        g_rig = new Rig("rig");  // kept for the process
        sc_start(SC_ZERO_TIME);
    }
    Rig& r = *g_rig;
    vp::fuzz::Cursor in{data, size};
    g_device = in.u8() % 8;
    r.current = r.devices[g_device].get();
    reset_device(g_device);
    std::memset(r.ram.data(), 0, kRamSize);
    std::memset(r.ram2.data(), 0, kRamSize);
    g_submitted.clear();
    static const uint32_t kTypes[8] = {kBlkTypeIn,      kBlkTypeOut,         kBlkTypeFlush, kBlkTypeGetId,
                                       kBlkTypeDiscard, kBlkTypeWriteZeroes, 2,             0xffffffff};
    for (unsigned steps = 0; in.more() && steps < 64; ++steps) {
        const uint8_t op = in.u8();
        switch (op & 3) {
        case 0: {
            const uint64_t addr = in.u16() + (in.u8() & 1) * kRamSize;
            const unsigned len = in.u8();
            for (unsigned i = 0; i < len && in.more(); ++i)
                *r.host((addr + i) % kMemEnd) = in.u8();
            break;
        }
        case 1: {
            const uint64_t addr = in.u16() + (in.u8() & 1) * kRamSize;
            uint8_t h[16] = {};
            const uint32_t type = kTypes[in.u8() & 7];
            const uint64_t sector = in.u64();
            std::memcpy(h, &type, 4);
            std::memcpy(h + 8, &sector, 8);
            for (unsigned i = 0; i < 16; ++i)
                *r.host((addr + i) % kMemEnd) = h[i];
            break;
        }
        case 2: {
            const uint8_t counts = in.u8();
            VirtioMessage m;
            m.queue = (op & 8) ? 1 : 0;
            m.id = static_cast<uint16_t>(g_submitted.size());
            for (unsigned i = 0; i < (counts & 7u) + ((counts >> 3) & 7u); ++i) {
                GuestBuffer b;
                b.addr = (op & 4) ? in.u64() : in.u32() % (kMemEnd + 0x1000);
                b.len = in.u32() % (op & 4 ? 0x40000u : 0x20000u);
                (i < (counts & 7u) ? m.readable : m.writable).push_back(b);
            }
            m.descriptors = static_cast<uint16_t>(m.readable.size() + m.writable.size());
            Checked c{m, verifiable(m), {}};
            if (m.queue == 0)
                g_submitted.push_back(std::move(c));
            else
                r.kicks.push_back(1);  // a notify of a queue the device does not have
            break;
        }
        case 3:
            run_and_check();
            break;
        }
    }
    run_and_check();
    return 0;
}
