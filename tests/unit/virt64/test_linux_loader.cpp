// Loading a Linux Image, initramfs and device tree into RAM by the arm64 boot
// protocol: placement, alignment, the x0 handed to the kernel, and errors.
#include <catch2/catch.hpp>

#include <cstring>
#include <fstream>

extern "C" {
#include <libfdt.h>
}

#include "linux_loader.h"
#include "memory/memory.h"

using namespace vp;

namespace {

void write_file(const std::string& path, const std::vector<uint8_t>& bytes)
{
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

// A fake arm64 Image: header with text_offset 0, image_size (3 MiB), magic.
std::vector<uint8_t> fake_image(size_t file_size, uint64_t image_size = 3ull << 20)
{
    std::vector<uint8_t> img(file_size, 0xaa);
    std::memset(img.data(), 0, 64);
    std::memcpy(img.data() + 16, &image_size, 8);
    std::memcpy(img.data() + 56, "ARM\x64", 4);
    return img;
}

virt64::LinuxBootRequest request(const std::string& kernel, const std::string& initrd)
{
    virt64::LinuxBootRequest r;
    r.kernel = kernel;
    r.initrd = initrd;
    r.tree.ram_base = 0x40000000;
    r.tree.ram_size = 64ull << 20;
    r.tree.uart_base = 0x09000000;
    r.tree.uart_size = 0x1000;
    r.tree.bootargs = "console=ttyAMA0";
    return r;
}

memory::MemoryConfig ram_config(uint64_t size)
{
    memory::MemoryConfig c;
    c.size = size;
    return c;
}

}  // namespace

TEST_CASE("Kernel, initrd and DTB are placed 2 MiB aligned and x0 points at the DTB")
{
    write_file("loader_kernel.bin", fake_image(100000));
    write_file("loader_initrd.bin", std::vector<uint8_t>(5000, 0x5c));
    memory::Memory ram("ram", ram_config(64ull << 20));

    auto info = virt64::load_linux(ram, 0x40000000, request("loader_kernel.bin", "loader_initrd.bin"));
    CHECK(info.entry == 0x40000000);
    CHECK(info.kernel_end == 0x40300000);
    CHECK(info.initrd_base == 0x40400000);  // above image_size, 2 MiB aligned
    CHECK(info.initrd_end == 0x40400000 + 5000);
    CHECK(info.dtb_base == 0x40600000);
    CHECK(info.x0 == info.dtb_base);
    CHECK(ram.data()[64] == 0xaa);
    CHECK(ram.data()[0x400000] == 0x5c);

    // The DTB in RAM names the initrd and the bootargs.
    const void* fdt = ram.data() + (info.dtb_base - 0x40000000);
    REQUIRE(fdt_check_header(fdt) == 0);
    const int chosen = fdt_path_offset(fdt, "/chosen");
    // The property is only 4-byte aligned in the blob: copy it out (fdt64_ld
    // would do the same) rather than dereference it as a 64-bit value.
    const void* start = fdt_getprop(fdt, chosen, "linux,initrd-start", nullptr);
    REQUIRE(start != nullptr);
    fdt64_t start_be;
    std::memcpy(&start_be, start, sizeof start_be);
    CHECK(fdt64_to_cpu(start_be) == 0x40400000);
    CHECK(std::string(static_cast<const char*>(fdt_getprop(fdt, chosen, "bootargs", nullptr))) ==
          "console=ttyAMA0");
}

TEST_CASE("Loader errors are clear: missing file, not an Image, too little RAM")
{
    memory::Memory ram("ram", ram_config(4ull << 20));
    CHECK_THROWS_WITH(virt64::load_linux(ram, 0x40000000, request("missing-kernel", "")),
                      Catch::Contains("cannot open kernel 'missing-kernel'"));
    write_file("loader_notimage.bin", std::vector<uint8_t>(4096, 1));
    CHECK_THROWS_WITH(virt64::load_linux(ram, 0x40000000, request("loader_notimage.bin", "")),
                      Catch::Contains("not an arm64 Linux Image"));
    write_file("loader_kernel2.bin", fake_image(1000));
    write_file("loader_big_initrd.bin", std::vector<uint8_t>(3u << 20, 0));
    CHECK_THROWS_WITH(
        virt64::load_linux(ram, 0x40000000, request("loader_kernel2.bin", "loader_big_initrd.bin")),
        Catch::Contains("the initrd does not fit in RAM"));
    CHECK(virt64::is_arm64_image("loader_kernel2.bin"));
    CHECK_FALSE(virt64::is_arm64_image("loader_notimage.bin"));
}

TEST_CASE("An Image header whose image_size wraps the address space is refused, nothing written")
{
    // image_size = 0xffffffffffff0000: kernel_base + image_size wraps to just
    // below the kernel, so unchecked placement would put the initrd and the
    // DTB over it. QEMU refuses such an Image ("could not load kernel").
    write_file("loader_wrap_kernel.bin", fake_image(100000, 0xffffffffffff0000ull));
    write_file("loader_wrap_initrd.bin", std::vector<uint8_t>(5000, 0x5c));
    memory::Memory ram("ram", ram_config(64ull << 20));
    std::memset(ram.data(), 0x11, ram.size());
    CHECK_THROWS_WITH(
        virt64::load_linux(ram, 0x40000000, request("loader_wrap_kernel.bin", "loader_wrap_initrd.bin")),
        Catch::Contains("could not load kernel 'loader_wrap_kernel.bin'") &&
            Catch::Contains("image_size 0xffffffffffff0000 does not fit in RAM"));
    CHECK(ram.data()[0] == 0x11);
    CHECK(ram.data()[64] == 0x11);

    // text_offset near 2^64: ram_base + text_offset wraps.
    std::vector<uint8_t> img = fake_image(100000, 1ull << 20);
    const uint64_t text_offset = ~uint64_t(0) - 0x1000;
    std::memcpy(img.data() + 8, &text_offset, 8);
    write_file("loader_wrap_offset.bin", img);
    CHECK_THROWS_WITH(virt64::load_linux(ram, 0x40000000, request("loader_wrap_offset.bin", "")),
                      Catch::Contains("could not load kernel"));
    CHECK(ram.data()[0] == 0x11);
}

TEST_CASE("A user -dtb is loaded with the initrd and bootargs of this boot; a garbage one is refused")
{
    write_file("loader_user_kernel.bin", fake_image(100000));
    write_file("loader_user_initrd.bin", std::vector<uint8_t>(5000, 0x5c));
    // The user's tree: our own generated tree with other bootargs and no initrd.
    virt64::LinuxBootRequest user_tree = request("", "");
    user_tree.tree.bootargs = "from-the-file";
    write_file("loader_user.dtb", virt64::build_device_tree(user_tree.tree));

    memory::Memory ram("ram", ram_config(64ull << 20));
    virt64::LinuxBootRequest r = request("loader_user_kernel.bin", "loader_user_initrd.bin");
    r.dtb = "loader_user.dtb";
    auto info = virt64::load_linux(ram, 0x40000000, r);
    const void* fdt = ram.data() + (info.dtb_base - 0x40000000);
    REQUIRE(fdt_check_header(fdt) == 0);
    CHECK(info.dtb_size == fdt_totalsize(fdt));
    const int chosen = fdt_path_offset(fdt, "/chosen");
    CHECK(std::string(static_cast<const char*>(fdt_getprop(fdt, chosen, "bootargs", nullptr))) ==
          "console=ttyAMA0");
    const void* start = fdt_getprop(fdt, chosen, "linux,initrd-start", nullptr);
    REQUIRE(start != nullptr);
    fdt64_t start_be;
    std::memcpy(&start_be, start, sizeof start_be);
    CHECK(fdt64_to_cpu(start_be) == info.initrd_base);

    write_file("loader_garbage.dtb", std::vector<uint8_t>(1000, 0));
    r.dtb = "loader_garbage.dtb";
    CHECK_THROWS_WITH(virt64::load_linux(ram, 0x40000000, r), Catch::Contains("FDT_ERR_BADMAGIC"));
}

TEST_CASE("An empty initrd file is loaded as zero bytes: no initrd in the DTB (fuzz_linux_loader)")
{
    // As QEMU, whose arm_load_dtb names the initrd only when it has a size.
    // Found by fuzz_linux_loader: the empty file's byte vector has no data
    // pointer, and Memory::load passed it to memcpy (UBSan nonnull-attribute;
    // fails under -DVP_SANITIZE=ON with halt_on_error before the fix).
    write_file("loader_empty_kernel.bin", fake_image(1000));
    write_file("loader_empty_initrd.bin", {});
    memory::Memory ram("ram", ram_config(16ull << 20));
    const auto info = virt64::load_linux(ram, 0x40000000,
                                         request("loader_empty_kernel.bin", "loader_empty_initrd.bin"));
    CHECK(info.initrd_base == 0x40400000);
    CHECK(info.initrd_end == info.initrd_base);
    CHECK(info.dtb_base == 0x40400000);  // nothing occupies the initrd's place
    const void* fdt = ram.data() + (info.dtb_base - 0x40000000);
    REQUIRE(fdt_check_header(fdt) == 0);
    CHECK(fdt_getprop(fdt, fdt_path_offset(fdt, "/chosen"), "linux,initrd-start", nullptr) == nullptr);
    ram.load(0, nullptr, 0);  // the direct form of the same call
}
