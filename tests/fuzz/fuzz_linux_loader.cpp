// libFuzzer harness for virt64's Linux loader (platforms/virt64/linux_loader.cpp):
// the arm64 Image header (text_offset, image_size, magic; Image.gz inflated
// first), the initrd and DTB placement above it, and optionally a user -dtb.
// Input (little-endian; zeros once the input runs out; docs/fuzzing.md):
//   flags:u8        bit 0: an initrd, bit 1: a user -dtb, bit 2: -append
//   ram:u8          RAM size, 2 << (ram % 4) MiB (2, 4, 8 or 16 MiB)
//   klen:u16 kernel[klen]
//   ilen:u16 initrd[ilen]     (present when bit 0)
//   dlen:u16 dtb[dlen]        (present when bit 1)
//   the rest: the -append string (when bit 2)
// Allowed outcomes: std::runtime_error (virt64 prints it and exits 1), or a
// BootInfo whose kernel, initrd and DTB lie inside RAM without overlapping,
// with the initrd bytes where it says, x0 = the DTB address, and a DTB there
// that libfdt accepts and that names the initrd. Anything else is a finding.
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>

extern "C" {
#include <libfdt.h>
}

#include "checked_range.h"
#include "fuzz_common.h"
#include "linux_loader.h"
#include "memory/memory.h"
#include "memory_map.h"

using namespace vp::virt64;
using vp::fuzz::finding;

namespace {

struct Bench {
    vp::fuzz::ScratchFile kernel{"kernel"}, initrd{"initrd"}, dtb{"dtb"};
    std::unique_ptr<vp::memory::Memory> ram[4];
    Bench()
    {
        for (unsigned i = 0; i < 4; ++i) {
            vp::memory::MemoryConfig c;
            c.size = (2ull << i) << 20;
            ram[i] = std::make_unique<vp::memory::Memory>(("ram" + std::to_string(i)).c_str(), c);
        }
    }
};

DeviceTreeSpec virt64_spec(uint64_t ram_size, const std::string& bootargs)
{
    DeviceTreeSpec s;  // as virt64's main.cpp fills it
    s.ram_base = map::kRamBase;
    s.ram_size = ram_size;
    s.gic_dist_base = map::kGicDistributor.base;
    s.gic_dist_size = map::kGicDistributor.size;
    s.gic_cpu_base = map::kGicCpuInterface.base;
    s.gic_cpu_size = map::kGicCpuInterface.size;
    s.uart_base = map::kUart.base;
    s.uart_size = map::kUart.size;
    s.uart_spi = map::kUartSpi;
    for (unsigned i = 0; i < map::kVirtioSlots; i++)
        s.virtio.push_back({map::virtio_slot_base(i), map::kVirtioSlotSize, map::kVirtioFirstSpi + i});
    s.bootargs = bootargs;
    return s;
}

uint64_t fdt_cells(const void* fdt, int node, const char* name)
{
    int len = 0;
    const auto* p = static_cast<const fdt32_t*>(fdt_getprop(fdt, node, name, &len));
    if (!p || (len != 4 && len != 8))
        finding("/chosen/%s missing or %d bytes", name, len);
    uint64_t v = 0;
    for (int i = 0; i < len / 4; ++i) {
        fdt32_t cell;
        std::memcpy(&cell, reinterpret_cast<const uint8_t*>(p) + 4 * i, 4);  // 4-byte aligned only
        v = (v << 32) | fdt32_to_cpu(cell);
    }
    return v;
}

void check_boot(vp::memory::Memory& ram, const BootInfo& info, const uint8_t* initrd,
                size_t initrd_len, bool has_initrd)
{
    const CheckedRange in_ram{map::kRamBase, ram.size()};
    struct Region {
        const char* what;
        uint64_t base, end;
    } regions[3] = {{"kernel", info.kernel_base, info.kernel_end},
                    {"initrd", info.initrd_base, info.initrd_end},
                    {"dtb", info.dtb_base, info.dtb_base + info.dtb_size}};
    for (const Region& r : regions) {
        if (r.end < r.base || (r.end > r.base && !in_ram.contains(r.base, r.end - r.base)))
            finding("%s [%#lx, %#lx) is not inside RAM [%#lx, +%#lx)", r.what, r.base, r.end,
                    map::kRamBase, ram.size());
    }
    for (int i = 0; i < 3; ++i)
        for (int j = i + 1; j < 3; ++j)
            if (regions[i].base < regions[j].end && regions[j].base < regions[i].end)
                finding("%s [%#lx, %#lx) overlaps %s [%#lx, %#lx)", regions[i].what,
                        regions[i].base, regions[i].end, regions[j].what, regions[j].base,
                        regions[j].end);
    if (info.entry != info.kernel_base || info.x0 != info.dtb_base || info.dtb_size == 0)
        finding("entry %#lx / x0 %#lx do not match the kernel %#lx / DTB %#lx", info.entry,
                info.x0, info.kernel_base, info.dtb_base);
    const uint8_t* base = ram.data();
    if (has_initrd &&
        (info.initrd_end - info.initrd_base != initrd_len ||
         std::memcmp(base + (info.initrd_base - map::kRamBase), initrd, initrd_len) != 0))
        finding("the initrd in RAM differs from the file");
    const void* fdt = base + (info.dtb_base - map::kRamBase);
    if (fdt_check_full(fdt, info.dtb_size) != 0)
        finding("the DTB in RAM does not pass fdt_check_full");
    if (has_initrd && initrd_len > 0) {
        const int chosen = fdt_path_offset(fdt, "/chosen");
        if (chosen < 0)
            finding("no /chosen in the DTB");
        if (fdt_cells(fdt, chosen, "linux,initrd-start") != info.initrd_base ||
            fdt_cells(fdt, chosen, "linux,initrd-end") != info.initrd_end)
            finding("/chosen/linux,initrd-* do not name the initrd");
    }
}

}  // namespace

VP_FUZZ_COMMON_MAIN

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static Bench* bench = [] {
        vp::fuzz::install_report_handler();
        return new Bench;  // kept for the process
    }();
    vp::fuzz::Cursor in{data, size};
    const uint8_t flags = in.u8();
    vp::memory::Memory& ram = *bench->ram[in.u8() % 4];
    size_t klen = 0, ilen = 0, dlen = 0, alen = 0;
    const uint8_t* kernel = in.take(in.u16(), klen);
    const uint8_t* initrd = flags & 1 ? in.take(in.u16(), ilen) : nullptr;
    const uint8_t* dtb = flags & 2 ? in.take(in.u16(), dlen) : nullptr;
    const uint8_t* append = flags & 4 ? in.take(in.left(), alen) : nullptr;

    LinuxBootRequest req;
    bench->kernel.write(kernel, klen);
    req.kernel = bench->kernel.path();
    if (flags & 1) {
        bench->initrd.write(initrd, ilen);
        req.initrd = bench->initrd.path();
    }
    if (flags & 2) {
        bench->dtb.write(dtb, dlen);
        req.dtb = bench->dtb.path();
    }
    // A NUL ends a command-line argument: the string virt64 could be given.
    const std::string bootargs = append ? std::string(reinterpret_cast<const char*>(append),
                                                      strnlen(reinterpret_cast<const char*>(append), alen))
                                        : std::string();
    req.tree = virt64_spec(ram.size(), bootargs);
    BootInfo info;
    try {
        info = load_linux(ram, map::kRamBase, req);
    } catch (const std::runtime_error&) {
        return 0;
    }
    check_boot(ram, info, initrd, ilen, flags & 1);
    return 0;
}
