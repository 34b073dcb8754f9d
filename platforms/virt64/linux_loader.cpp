#include "linux_loader.h"

#include <cstring>
#include <fstream>
#include <stdexcept>

#include "memory/memory.h"

namespace vp::virt64 {

namespace {

constexpr uint64_t kImageMagic = 0x644d5241;  // "ARM\x64", little-endian
constexpr uint64_t k2MiB = 2ull << 20;

uint64_t align_up(uint64_t v, uint64_t a) { return (v + a - 1) & ~(a - 1); }

uint64_t le64(const uint8_t* p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}

std::vector<uint8_t> read_file(const std::string& path, const char* what)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(std::string("cannot open ") + what + " '" + path +
                                 "': " + std::strerror(errno));
    return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

bool is_arm64_image(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    uint8_t header[64] = {};
    if (!in.read(reinterpret_cast<char*>(header), sizeof header))
        return false;
    return (le64(header + 56) & 0xffffffff) == kImageMagic;
}

BootInfo load_linux(vp::memory::Memory& ram, uint64_t ram_base, LinuxBootRequest request)
{
    const std::vector<uint8_t> kernel = read_file(request.kernel, "kernel");
    if (kernel.size() < 64 || (le64(kernel.data() + 56) & 0xffffffff) != kImageMagic)
        throw std::runtime_error("'" + request.kernel +
                                 "' is not an arm64 Linux Image (no ARM\\x64 magic at 0x38)");
    uint64_t text_offset = le64(kernel.data() + 8);
    uint64_t image_size = le64(kernel.data() + 16);
    if (image_size == 0) {  // pre-3.17 kernels: the offset is implied
        text_offset = 0x80000;
        image_size = kernel.size();
    }
    image_size = std::max<uint64_t>(image_size, kernel.size());

    const uint64_t ram_end = ram_base + ram.size();
    auto place = [&](uint64_t addr, uint64_t len, const char* what) {
        if (addr < ram_base || addr + len > ram_end)
            throw std::runtime_error(std::string(what) + " does not fit in RAM (" +
                                     std::to_string(ram.size() >> 20) + " MiB); use a larger -m");
    };

    BootInfo info;
    info.kernel_base = ram_base + text_offset;  // ram_base is 2 MiB aligned
    info.kernel_end = info.kernel_base + image_size;
    place(info.kernel_base, image_size, "the kernel");
    ram.load(info.kernel_base - ram_base, kernel.data(), kernel.size());
    info.entry = info.kernel_base;

    uint64_t next = align_up(info.kernel_end, k2MiB);
    if (!request.initrd.empty()) {
        const std::vector<uint8_t> initrd = read_file(request.initrd, "initrd");
        info.initrd_base = next;
        info.initrd_end = next + initrd.size();
        place(info.initrd_base, initrd.size(), "the initrd");
        ram.load(info.initrd_base - ram_base, initrd.data(), initrd.size());
        next = align_up(info.initrd_end, k2MiB);
        request.tree.initrd_start = info.initrd_base;
        request.tree.initrd_end = info.initrd_end;
    }

    std::vector<uint8_t> dtb = request.dtb.empty() ? build_device_tree(request.tree)
                                                   : read_file(request.dtb, "device tree");
    if (dtb.size() > k2MiB)
        throw std::runtime_error("device tree larger than 2 MiB");
    info.dtb_base = next;  // 2 MiB aligned, so it cannot cross a 2 MiB boundary
    info.dtb_size = dtb.size();
    place(info.dtb_base, dtb.size(), "the device tree");
    ram.load(info.dtb_base - ram_base, dtb.data(), dtb.size());
    info.x0 = info.dtb_base;
    return info;
}

}  // namespace vp::virt64
