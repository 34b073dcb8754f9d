// libFuzzer harness for a user's `-dtb FILE` (platforms/virt64/device_tree.cpp,
// load_user_device_tree): validation with libfdt and the QEMU-style patching
// (memory node for -m, /chosen bootargs, linux,initrd-start/end).
// Input (little-endian; zeros once the input runs out; docs/fuzzing.md):
//   flags:u8     bit 0: -append given, bit 1: an initrd, bit 2: a fuzzed RAM base
//   ram:u8       RAM size: 128 MiB, 1 GiB, 8 GiB or 255 GiB (ram % 4)
//   base:u64     (bit 2) RAM base, else virt64's 0x40000000
//   istart:u64 ilen:u32   (bit 1) the initrd's place
//   alen:u8 append[alen]  (bit 0) the kernel command line
//   the rest: the DTB file
// Allowed outcomes: std::runtime_error (virt64 prints it and exits 1), or a
// blob that passes fdt_check_full, has exactly one root memory node whose reg
// is the RAM in the root's cells, and /chosen with the bootargs and initrd
// range asked for. Anything else is a finding.
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

extern "C" {
#include <libfdt.h>
}

#include "device_tree.h"
#include "fuzz_common.h"
#include "memory_map.h"

using namespace vp::virt64;
using vp::fuzz::finding;

namespace {

// `cells` 32-bit big-endian cells at p as one number.
uint64_t read_cells(const void* p, int cells)
{
    uint64_t v = 0;
    for (int i = 0; i < cells; ++i) {
        fdt32_t c;
        std::memcpy(&c, static_cast<const uint8_t*>(p) + 4 * i, 4);
        v = (v << 32) | fdt32_to_cpu(c);
    }
    return v;
}

void check_patched(const std::vector<uint8_t>& blob, const DeviceTreeSpec& spec)
{
    const void* fdt = blob.data();
    if (blob.size() < sizeof(fdt_header) || fdt_check_full(fdt, blob.size()) != 0 ||
        fdt_totalsize(fdt) != blob.size())
        finding("the patched blob does not pass fdt_check_full or its size is wrong");
    const int ac = fdt_address_cells(fdt, 0), sc = fdt_size_cells(fdt, 0);
    if (ac < 1 || ac > 2 || sc < 1 || sc > 2)
        finding("accepted a root with #address-cells %d, #size-cells %d", ac, sc);
    int memories = 0, node;
    fdt_for_each_subnode(node, fdt, 0)
    {
        const char* name = fdt_get_name(fdt, node, nullptr);
        if (!name || (std::strcmp(name, "memory") != 0 && std::strncmp(name, "memory@", 7) != 0))
            continue;
        ++memories;
        int len = 0;
        const void* reg = fdt_getprop(fdt, node, "reg", &len);
        if (!reg || len != 4 * (ac + sc) || read_cells(reg, ac) != spec.ram_base ||
            read_cells(static_cast<const uint8_t*>(reg) + 4 * ac, sc) != spec.ram_size)
            finding("memory node reg does not describe the RAM");
    }
    if (memories != 1)
        finding("%d root memory nodes after patching", memories);
    const int chosen = fdt_path_offset(fdt, "/chosen");
    if (chosen < 0)
        finding("no /chosen after patching");
    if (!spec.bootargs.empty()) {
        int len = 0;
        const char* args = static_cast<const char*>(fdt_getprop(fdt, chosen, "bootargs", &len));
        if (!args || len != static_cast<int>(spec.bootargs.size()) + 1 ||
            std::memcmp(args, spec.bootargs.c_str(), len) != 0)
            finding("/chosen/bootargs is not the -append string");
    }
    if (spec.initrd_end > spec.initrd_start) {
        int ls = 0, le = 0;
        const void* s = fdt_getprop(fdt, chosen, "linux,initrd-start", &ls);
        const void* e = fdt_getprop(fdt, chosen, "linux,initrd-end", &le);
        if (!s || !e || ls != 4 * ac || le != 4 * ac || read_cells(s, ac) != spec.initrd_start ||
            read_cells(e, ac) != spec.initrd_end)
            finding("/chosen/linux,initrd-* do not name the initrd");
    }
}

}  // namespace

VP_FUZZ_COMMON_MAIN

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static vp::fuzz::ScratchFile file("user_dtb");
    static const uint64_t kRamSizes[4] = {128ull << 20, 1ull << 30, 8ull << 30, map::kRamMaxSize};
    vp::fuzz::Cursor in{data, size};
    const uint8_t flags = in.u8();
    DeviceTreeSpec spec;
    spec.ram_size = kRamSizes[in.u8() % 4];
    spec.ram_base = flags & 4 ? in.u64() : map::kRamBase;
    if (flags & 2) {
        spec.initrd_start = in.u64();
        spec.initrd_end = spec.initrd_start + in.u32();  // may wrap: then not given
    }
    if (flags & 1) {
        size_t alen = 0;
        const uint8_t* a = in.take(in.u8(), alen);
        spec.bootargs.assign(reinterpret_cast<const char*>(a),
                             strnlen(reinterpret_cast<const char*>(a), alen));
    }
    size_t dlen = 0;
    const uint8_t* dtb = in.take(in.left(), dlen);
    file.write(dtb, dlen);
    std::vector<uint8_t> blob;
    try {
        blob = load_user_device_tree(file.path(), spec);
    } catch (const std::runtime_error&) {
        return 0;
    }
    check_patched(blob, spec);
    return 0;
}
