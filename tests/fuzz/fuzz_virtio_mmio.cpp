// libFuzzer harness for the virtio-mmio transport, the split and packed rings
// and the block and entropy devices behind it. One SystemC bench is elaborated
// on the first input (SystemC cannot re-elaborate) and kept for the whole run;
// every input resets the devices (Status = 0), clears guest RAM and then runs
// a sequence of operations decoded from the input bytes (see docs/fuzzing.md).
// Guest errors ("virtio/..." warnings) are expected and counted; any other
// warning, SC_REPORT_ERROR or SC_REPORT_FATAL aborts, so libFuzzer records it.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

#include <systemc>
#include <tlm>

#include "bus/initiator_port.h"
#include "bus/router.h"
#include "memory/memory.h"
#include "virtio/blk.h"
#include "virtio/mmio_transport.h"
#include "virtio/rng.h"

using namespace sc_core;

namespace {

// Guest physical map of the bench. RAM sits at 0 so that small addresses in
// fuzzed descriptors and ring registers land in RAM: 64 KiB that grants DMI,
// then 64 KiB that denies it (every access through b_transport, split at
// 4 KiB), then a hole (decode errors).
constexpr uint64_t kRamBase = 0;
constexpr uint64_t kRamSize = 64 * 1024;
constexpr uint64_t kRam2Base = kRamBase + kRamSize;
constexpr uint64_t kMmioBase = 0x10000000;
constexpr uint64_t kMmioStride = 0x1000;
// 0: blk v1 (zero service time), 1: blk v2 (1 us per request), 2: rng v2
// (zero service time), 3: blk v2 (zero service time).
constexpr unsigned kTargets = 4;
constexpr uint64_t kImageSize = 64 * 512;

uint64_t g_virtio_warnings = 0;

void report_handler(const sc_report& rep, const sc_actions& actions)
{
    const std::string type = rep.get_msg_type();
    if (rep.get_severity() == SC_INFO)
        return;  // e.g. virtio/mmio/queue-stopped
    if (rep.get_severity() == SC_WARNING && type.rfind("virtio/", 0) == 0) {
        ++g_virtio_warnings;  // a guest error, reported as designed
        static const bool verbose = std::getenv("FUZZ_VIRTIO_VERBOSE") != nullptr;
        if (verbose)
            std::fprintf(stderr, "warning %s: %s\n", type.c_str(), rep.get_msg());
        return;
    }
    // Anything else is a finding: an error or fatal from a model or the
    // kernel, or a warning that is not a documented guest error.
    std::fprintf(stderr, "fuzz_virtio_mmio: unexpected report %s (%s): %s\n",
                 type.c_str(),
                 rep.get_severity() == SC_WARNING ? "warning"
                 : rep.get_severity() == SC_ERROR ? "error"
                                                  : "fatal",
                 rep.get_msg());
    (void)actions;
    std::abort();
}

// Register/RAM initiator: a plain TLM initiator bound to the router, used
// from outside any process (b_transport of the transport never waits).
struct Host : sc_module {
    vp::bus::InitiatorPort bus{"bus"};
    explicit Host(sc_module_name n) : sc_module(n) {}
};

struct Bench {
    std::string image_path;
    std::unique_ptr<vp::memory::Memory> ram, ram2;
    std::unique_ptr<vp::bus::Router> router;
    std::unique_ptr<Host> host;
    std::unique_ptr<vp::virtio::BlockDevice> blk1, blk2, blk3;
    std::unique_ptr<vp::virtio::EntropyDevice> rng;
    std::unique_ptr<vp::virtio::MmioTransport> t[kTargets];
    sc_signal<bool> irq[kTargets];
    int image_fd = -1;

    Bench()
    {
        char path[] = "/dev/shm/fuzz_virtio_blk_XXXXXX";
        image_fd = mkstemp(path);
        if (image_fd < 0 || ftruncate(image_fd, kImageSize) != 0) {
            std::perror("fuzz_virtio_mmio: image");
            std::abort();
        }
        image_path = path;

        ram = std::make_unique<vp::memory::Memory>(
            "ram", vp::memory::MemoryConfig{kRamSize, SC_ZERO_TIME, SC_ZERO_TIME, true, false});
        ram2 = std::make_unique<vp::memory::Memory>(
            "ram2", vp::memory::MemoryConfig{kRamSize, SC_ZERO_TIME, SC_ZERO_TIME, false, false});
        router = std::make_unique<vp::bus::Router>("router");
        host = std::make_unique<Host>("host");

        vp::virtio::BlockDevice::Config bc;
        bc.image = image_path;
        bc.service = vp::virtio::ServiceTime{sc_time(1, SC_US), 0.0};
        bc.queue_size_max = 64;
        blk2 = std::make_unique<vp::virtio::BlockDevice>("blk2", bc);
        // blk1, blk3 and rng are instantaneous devices (zero service time, which
        // their configs allow): a guest must not be able to livelock the
        // kernel in zero simulated time through them.
        bc.service = vp::virtio::ServiceTime{};
        blk1 = std::make_unique<vp::virtio::BlockDevice>("blk1", bc);
        blk3 = std::make_unique<vp::virtio::BlockDevice>("blk3", bc);
        vp::virtio::EntropyDevice::Config rc;
        rc.seed = 1;
        rc.service = vp::virtio::ServiceTime{};
        rc.queue_size_max = 64;
        rng = std::make_unique<vp::virtio::EntropyDevice>("rng", rc);

        vp::virtio::MmioTransportConfig c1;
        c1.version = 1;
        c1.queue_size_max = 64;
        vp::virtio::MmioTransportConfig c2 = c1;
        c2.version = 2;
        // Strict conformance mode on every target but 1: its checker reads the
        // same guest-controlled registers and rings (its "virtio/strict"
        // warnings are guest errors too); target 1 keeps the plain path.
        vp::virtio::MmioTransportConfig c1s = c1, c2s = c2;
        c1s.strict = c2s.strict = true;
        // The devices hold the image open: the name can go now, so nothing
        // is left in /dev/shm however the process ends.
        unlink(image_path.c_str());

        t[0] = std::make_unique<vp::virtio::MmioTransport>("virtio0", *blk1, c1s);
        t[1] = std::make_unique<vp::virtio::MmioTransport>("virtio1", *blk2, c2);
        t[2] = std::make_unique<vp::virtio::MmioTransport>("virtio2", *rng, c2s);
        t[3] = std::make_unique<vp::virtio::MmioTransport>("virtio3", *blk3, c2s);

        router->map(ram->socket, kRamBase, kRamSize, "ram");
        router->map(ram2->socket, kRam2Base, kRamSize, "ram2");
        for (unsigned i = 0; i < kTargets; ++i) {
            router->map(t[i]->socket, kMmioBase + i * kMmioStride,
                        vp::virtio::MmioTransport::kWindowSize, t[i]->name());
            t[i]->memory.bind(router->target);
            t[i]->irq.bind(irq[i]);
        }
        host->bus.bind(router->target);
        sc_start(SC_ZERO_TIME);  // finish elaboration (router binds sockets now)
    }

    ~Bench()
    {
        if (image_fd >= 0)
            close(image_fd);
    }

    void reg_access(unsigned target, bool write, uint32_t offset, uint8_t* data, unsigned width)
    {
        tlm::tlm_generic_payload tx;
        tx.set_command(write ? tlm::TLM_WRITE_COMMAND : tlm::TLM_READ_COMMAND);
        tx.set_address(kMmioBase + target * kMmioStride + offset);
        tx.set_data_ptr(data);
        tx.set_data_length(width);
        tx.set_streaming_width(width);
        tx.set_byte_enable_ptr(nullptr);
        tx.set_response_status(tlm::TLM_INCOMPLETE_RESPONSE);
        sc_time delay = SC_ZERO_TIME;
        host->bus.transport(tx, delay);
    }

    void write32(unsigned target, uint32_t offset, uint32_t v)
    {
        uint8_t b[4];
        std::memcpy(b, &v, 4);
        reg_access(target, true, offset, b, 4);
    }
    uint32_t read32(unsigned target, uint32_t offset)
    {
        uint8_t b[4] = {};
        reg_access(target, false, offset, b, 4);
        uint32_t v;
        std::memcpy(&v, b, 4);
        return v;
    }

    // Back to the state every input starts from.
    void reset_all()
    {
        for (unsigned i = 0; i < kTargets; ++i)
            write32(i, 0x070, 0);
        std::memset(ram->data(), 0, kRamSize);
        std::memset(ram2->data(), 0, kRamSize);
        static const std::vector<uint8_t> pattern = [] {
            std::vector<uint8_t> p(kImageSize);
            for (size_t i = 0; i < p.size(); ++i)
                p[i] = static_cast<uint8_t>(i * 7 + 3);
            return p;
        }();
        const ssize_t n = pwrite(image_fd, pattern.data(), pattern.size(), 0);
        if (n != static_cast<ssize_t>(kImageSize)) {
            std::perror("fuzz_virtio_mmio: image reset");
            std::abort();
        }
        // Let anything a device still had in flight (a wait() in its service
        // time) finish against the reset transport: it must be dropped.
        sc_start(sc_time(20, SC_US));
    }
};

Bench* g_bench = nullptr;

// Input decoding: a cursor that yields zeros once the input is exhausted.
struct Input {
    const uint8_t* p;
    size_t n;
    size_t at = 0;
    bool more() const { return at < n; }
    uint8_t u8() { return at < n ? p[at++] : 0; }
    uint16_t u16() { return static_cast<uint16_t>(u8() | u8() << 8); }
    uint32_t u32() { return u16() | static_cast<uint32_t>(u16()) << 16; }
    uint64_t u64() { return u32() | static_cast<uint64_t>(u32()) << 32; }
};

constexpr unsigned kWidths[8] = {4, 4, 4, 1, 2, 8, 3, 0};

// Operation codes (low 3 bits of the op byte; see docs/fuzzing.md).
enum Op : uint8_t {
    kOpRegWrite = 0,   // off:u16 width:u8 value:u64
    kOpRegRead = 1,    // off:u16 width:u8
    kOpMemWrite = 2,   // addr:u16 len:u8 bytes[len]
    kOpNotify = 3,     // queue:u8
    kOpRun = 4,        // us:u8 -> sc_start((us+1) us)
    kOpInit = 5,       // features:u64 -> status ACK|DRIVER, features, FEATURES_OK
    kOpQueue = 6,      // queue:u8 num:u16 desc:u16 driver:u16 device:u16 -> setup, DRIVER_OK
    kOpMemWrite16 = 7, // addr:u16 value:u16
};
// Bit 3 of the op byte sends kOpMemWrite/kOpMemWrite16 to the second RAM
// (the one without DMI) instead of the first, and places kOpQueue's rings
// there (their u16 addresses are offsets in that RAM).

void run_input(const uint8_t* data, size_t size)
{
    Bench& b = *g_bench;
    b.reset_all();
    Input in{data, size};
    const unsigned target = in.u8() % kTargets;
    const bool v1 = target == 0;
    unsigned steps = 0;
    while (in.more() && steps++ < 256) {
        const uint8_t op = in.u8();
        uint8_t* mem = (op & 8 ? b.ram2 : b.ram)->data();
        switch (static_cast<Op>(op & 7)) {
        case kOpRegWrite: {
            const uint32_t off = in.u16() & 0x1ff;
            const unsigned width = kWidths[in.u8() & 7];
            uint64_t v = in.u64();
            uint8_t buf[8];
            std::memcpy(buf, &v, 8);
            if (width)
                b.reg_access(target, true, off, buf, width);
            break;
        }
        case kOpRegRead: {
            const uint32_t off = in.u16() & 0x1ff;
            const unsigned width = kWidths[in.u8() & 7];
            uint8_t buf[8] = {};
            if (width)
                b.reg_access(target, false, off, buf, width);
            break;
        }
        case kOpMemWrite: {
            const uint16_t addr = in.u16();
            const unsigned len = in.u8();
            for (unsigned i = 0; i < len && in.more(); ++i)
                mem[(addr + i) % kRamSize] = in.u8();
            break;
        }
        case kOpNotify:
            b.write32(target, 0x050, in.u8() & 3);
            break;
        case kOpRun:
            sc_start(sc_time(in.u8() + 1, SC_US));
            break;
        case kOpInit: {
            const uint64_t features = in.u64();
            b.write32(target, 0x070, 0);
            b.write32(target, 0x070, 1);
            b.write32(target, 0x070, 3);
            if (v1)
                b.write32(target, 0x028, 4096);
            b.write32(target, 0x024, 1);
            b.write32(target, 0x020, static_cast<uint32_t>(features >> 32));
            b.write32(target, 0x024, 0);
            b.write32(target, 0x020, static_cast<uint32_t>(features));
            if (!v1)
                b.write32(target, 0x070, 3 | 8);
            break;
        }
        case kOpQueue: {
            const unsigned q = in.u8() & 3;
            const uint16_t num = in.u16();
            const uint64_t base = op & 8 ? kRam2Base : kRamBase;
            const uint32_t desc = static_cast<uint32_t>(base + in.u16());
            const uint32_t driver = static_cast<uint32_t>(base + in.u16());
            const uint32_t device = static_cast<uint32_t>(base + in.u16());
            b.write32(target, 0x030, q);
            b.write32(target, 0x038, num);
            if (v1) {
                b.write32(target, 0x03c, 1u << (driver & 15));
                b.write32(target, 0x040, desc >> 12 ? desc >> 12 : 1);
            } else {
                b.write32(target, 0x080, desc);
                b.write32(target, 0x084, 0);
                b.write32(target, 0x090, driver);
                b.write32(target, 0x094, 0);
                b.write32(target, 0x0a0, device);
                b.write32(target, 0x0a4, 0);
                b.write32(target, 0x044, 1);
            }
            b.write32(target, 0x070, b.read32(target, 0x070) | 4);
            break;
        }
        case kOpMemWrite16: {
            const uint16_t addr = in.u16();
            const uint16_t v = in.u16();
            mem[addr % kRamSize] = static_cast<uint8_t>(v);
            mem[(addr + 1u) % kRamSize] = static_cast<uint8_t>(v >> 8);
            break;
        }
        }
    }
    // Let the worker finish what the input started.
    sc_start(sc_time(50, SC_US));
}

}  // namespace

// The bench is elaborated once and kept: it is not a leak at exit. Leaks
// within one input are still found (libFuzzer's -detect_leaks).
extern "C" const char* __asan_default_options() { return "leak_check_at_exit=0"; }

// libFuzzer owns main(); libsystemc still wants an sc_main symbol.
int sc_main(int, char*[]) { return 0; }

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (!g_bench) {
        sc_report_handler::set_handler(report_handler);
        // Keep the warning/error actions explicit as well: guest errors are
        // "virtio/..." warnings and must never stop the simulation.
        sc_report_handler::set_actions(SC_WARNING, SC_DISPLAY);
        sc_report_handler::set_actions(SC_ERROR, SC_DISPLAY | SC_ABORT);
        sc_report_handler::set_actions(SC_FATAL, SC_DISPLAY | SC_ABORT);
        g_bench = new Bench;  // lives until the process exits
        std::atexit([] {
            std::fprintf(stderr, "fuzz_virtio_mmio: %llu guest-error warnings reported\n",
                         static_cast<unsigned long long>(g_virtio_warnings));
        });
    }
    run_input(data, size);
    return 0;
}
