#include "linux_loader.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include <zlib.h>

#include "checked_range.h"
#include "memory/memory.h"

namespace vp::virt64 {

namespace {

constexpr uint64_t kImageMagic = 0x644d5241;  // "ARM\x64", little-endian
constexpr uint64_t k2MiB = 2ull << 20;

uint64_t le64(const uint8_t* p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}

std::string hex(uint64_t v)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
    return buf;
}

std::vector<uint8_t> read_file(const std::string& path, const char* what)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(std::string("cannot open ") + what + " '" + path +
                                 "': " + std::strerror(errno));
    return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), {});
}

// A gzip member starts with 1f 8b (RFC 1952 2.3.1).
bool is_gzip(const uint8_t* p, size_t n) { return n >= 2 && p[0] == 0x1f && p[1] == 0x8b; }

// Largest Image.gz we inflate: as QEMU, which accepts a gzip-compressed arm64
// Image for -kernel, the limit only guards against a runaway stream.
constexpr size_t kMaxGunzipBytes = 256u << 20;

// Inflates a gzip stream, stopping after `limit` bytes of output (the whole
// stream if limit is kMaxGunzipBytes; a stream still longer than that is an
// error). Throws std::runtime_error naming `path` on corrupt input.
std::vector<uint8_t> gunzip(const std::vector<uint8_t>& in, const std::string& path,
                            size_t limit = kMaxGunzipBytes)
{
    z_stream z{};
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK)  // 16: expect a gzip header
        throw std::runtime_error("zlib: inflateInit2 failed");
    std::vector<uint8_t> out(std::min<size_t>(limit, std::max<size_t>(in.size() * 4, 4096)));
    z.next_in = const_cast<Bytef*>(in.data());
    z.avail_in = static_cast<uInt>(in.size());
    int rc = Z_OK;
    size_t have = 0;
    while (rc != Z_STREAM_END && have < limit) {
        if (have == out.size())
            out.resize(std::min(limit, out.size() * 2));
        z.next_out = out.data() + have;
        z.avail_out = static_cast<uInt>(out.size() - have);
        rc = inflate(&z, Z_NO_FLUSH);
        have = out.size() - z.avail_out;
        if (rc != Z_OK && rc != Z_STREAM_END) {
            const std::string why = rc == Z_BUF_ERROR && z.avail_in == 0
                                        ? "truncated"
                                        : z.msg ? z.msg : "zlib error " + std::to_string(rc);
            inflateEnd(&z);
            throw std::runtime_error("'" + path + "': corrupt gzip data (" + why + ")");
        }
    }
    inflateEnd(&z);
    if (rc != Z_STREAM_END && limit == kMaxGunzipBytes)
        throw std::runtime_error("'" + path + "': gzip-compressed kernel larger than " +
                                 std::to_string(kMaxGunzipBytes >> 20) + " MiB");
    out.resize(have);
    return out;
}

}  // namespace

bool is_arm64_image(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    uint8_t header[64] = {};
    if (!in.read(reinterpret_cast<char*>(header), sizeof header))
        return false;
    if (is_gzip(header, sizeof header)) {
        // Image.gz: look at the header of the decompressed Image.
        std::vector<uint8_t> head;
        try {
            head = gunzip(read_file(path, "kernel"), path, 64);
        } catch (const std::runtime_error&) {
            return false;
        }
        return head.size() == 64 && (le64(head.data() + 56) & 0xffffffff) == kImageMagic;
    }
    return (le64(header + 56) & 0xffffffff) == kImageMagic;
}

BootInfo load_linux(vp::memory::Memory& ram, uint64_t ram_base, LinuxBootRequest request)
{
    std::vector<uint8_t> kernel = read_file(request.kernel, "kernel");
    if (is_gzip(kernel.data(), kernel.size()))
        kernel = gunzip(kernel, request.kernel);
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

    // Every address below is derived from header fields or file sizes, so each
    // sum is checked (checked_range.h): a header image_size near 2^64 must not
    // wrap the kernel's end to a small address and let the initrd or the DTB be
    // placed over the kernel.
    const CheckedRange in_ram{ram_base, ram.size()};
    auto too_small = [&](const std::string& what) {
        return std::runtime_error(what + " does not fit in RAM (" +
                                  std::to_string(ram.size() >> 20) + " MiB); use a larger -m");
    };
    // The 2 MiB aligned address after [base, base + len), which must be in RAM.
    auto place = [&](uint64_t base, uint64_t len, const std::string& what) {
        if (!in_ram.contains(base, len))
            throw too_small(what);
        const std::optional<uint64_t> next = checked_align_up(base + len, k2MiB);
        return next ? *next : ~uint64_t(0);  // no room above: later placements fail
    };

    BootInfo info;
    // As QEMU ("could not load kernel"), an Image whose header asks for more
    // room than RAM has is refused before anything is written.
    const std::optional<uint64_t> kernel_base = checked_add(ram_base, text_offset);  // 2 MiB aligned base
    if (!kernel_base || !in_ram.contains(*kernel_base, image_size))
        throw too_small("could not load kernel '" + request.kernel + "': its header's text_offset " +
                        hex(text_offset) + " + image_size " + hex(image_size));
    info.kernel_base = *kernel_base;
    info.kernel_end = info.kernel_base + image_size;
    uint64_t next = place(info.kernel_base, image_size, "the kernel");
    ram.load(info.kernel_base - ram_base, kernel.data(), kernel.size());
    info.entry = info.kernel_base;

    if (!request.initrd.empty()) {
        const std::vector<uint8_t> initrd = read_file(request.initrd, "initrd");
        info.initrd_base = next;
        const uint64_t after = place(info.initrd_base, initrd.size(), "the initrd");
        info.initrd_end = info.initrd_base + initrd.size();
        ram.load(info.initrd_base - ram_base, initrd.data(), initrd.size());
        next = after;
        // As QEMU (arm_load_dtb adds them only for a non-empty initrd): an
        // empty file gives no /chosen/linux,initrd-* properties.
        if (!initrd.empty()) {
            request.tree.initrd_start = info.initrd_base;
            request.tree.initrd_end = info.initrd_end;
        }
    }

    // A user -dtb is checked and gets the same /chosen and memory as ours.
    std::vector<uint8_t> dtb = request.dtb.empty() ? build_device_tree(request.tree)
                                                   : load_user_device_tree(request.dtb, request.tree);
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
