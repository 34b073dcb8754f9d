// The device tree virt64 gives Linux: built with libfdt, read back with
// libfdt, and accepted by dtc.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>

extern "C" {
#include <libfdt.h>
}

#include "device_tree.h"

using vp::virt64::DeviceTreeSpec;

namespace {

DeviceTreeSpec qemu_like_spec()
{
    DeviceTreeSpec s;
    s.ram_base = 0x40000000;
    s.ram_size = 256ull << 20;
    s.gic_dist_base = 0x08000000;
    s.gic_dist_size = 0x10000;
    s.gic_cpu_base = 0x08010000;
    s.gic_cpu_size = 0x10000;
    s.uart_base = 0x09000000;
    s.uart_size = 0x1000;
    s.uart_spi = 1;
    for (unsigned i = 0; i < 32; ++i)
        s.virtio.push_back({0x0a000000 + 0x200ull * i, 0x200, 16 + i});
    s.bootargs = "console=ttyAMA0 earlycon";
    s.initrd_start = 0x48000000;
    s.initrd_end = 0x48100000;
    return s;
}

std::vector<uint32_t> cells(const void* fdt, const char* path, const char* prop)
{
    int node = fdt_path_offset(fdt, path);
    REQUIRE(node >= 0);
    int len = 0;
    const auto* p = static_cast<const fdt32_t*>(fdt_getprop(fdt, node, prop, &len));
    REQUIRE(p != nullptr);
    std::vector<uint32_t> out;
    for (int i = 0; i < len / 4; ++i)
        out.push_back(fdt32_to_cpu(p[i]));
    return out;
}

std::string str(const void* fdt, const char* path, const char* prop)
{
    int node = fdt_path_offset(fdt, path);
    REQUIRE(node >= 0);
    const char* p = static_cast<const char*>(fdt_getprop(fdt, node, prop, nullptr));
    REQUIRE(p != nullptr);
    return p;
}

}  // namespace

TEST_CASE("The device tree describes memory, CPU, GIC, timer, UART and PSCI like QEMU virt")
{
    const auto blob = vp::virt64::build_device_tree(qemu_like_spec());
    const void* fdt = blob.data();
    REQUIRE(fdt_check_header(fdt) == 0);

    CHECK(str(fdt, "/", "compatible") == "linux,dummy-virt");
    CHECK(cells(fdt, "/memory@40000000", "reg") ==
          std::vector<uint32_t>{0, 0x40000000, 0, 256u << 20});
    CHECK(str(fdt, "/cpus/cpu@0", "compatible") == "arm,cortex-a53");
    CHECK(str(fdt, "/psci", "method") == "hvc");
    CHECK(cells(fdt, "/intc@8000000", "reg") ==
          std::vector<uint32_t>{0, 0x08000000, 0, 0x10000, 0, 0x08010000, 0, 0x10000});
    // Timer PPIs 13, 14, 11, 10, level-high, CPU 0.
    CHECK(cells(fdt, "/timer", "interrupts") ==
          std::vector<uint32_t>{1, 13, 0x104, 1, 14, 0x104, 1, 11, 0x104, 1, 10, 0x104});
    CHECK(cells(fdt, "/pl011@9000000", "interrupts") == std::vector<uint32_t>{0, 1, 4});
    CHECK(str(fdt, "/chosen", "stdout-path") == "/pl011@9000000");
    CHECK(str(fdt, "/chosen", "bootargs") == "console=ttyAMA0 earlycon");
    CHECK(cells(fdt, "/chosen", "linux,initrd-start") == std::vector<uint32_t>{0, 0x48000000});
    CHECK(cells(fdt, "/chosen", "linux,initrd-end") == std::vector<uint32_t>{0, 0x48100000});
    // interrupt-parent points at the GIC's phandle.
    const uint32_t gic = fdt_get_phandle(fdt, fdt_path_offset(fdt, "/intc@8000000"));
    CHECK(cells(fdt, "/", "interrupt-parent") == std::vector<uint32_t>{gic});
}

TEST_CASE("Every virtio-mmio slot is a node with its window and a level-high SPI")
{
    const auto blob = vp::virt64::build_device_tree(qemu_like_spec());
    const void* fdt = blob.data();
    int count = 0;
    for (int node = fdt_node_offset_by_compatible(fdt, -1, "virtio,mmio"); node >= 0;
         node = fdt_node_offset_by_compatible(fdt, node, "virtio,mmio"))
        ++count;
    CHECK(count == 32);
    CHECK(cells(fdt, "/virtio_mmio@a003e00", "reg") ==
          std::vector<uint32_t>{0, 0x0a003e00, 0, 0x200});
    CHECK(cells(fdt, "/virtio_mmio@a003e00", "interrupts") == std::vector<uint32_t>{0, 47, 4});
}

TEST_CASE("Without an initrd or bootargs the chosen node omits them, and dtc accepts the blob")
{
    auto spec = qemu_like_spec();
    spec.bootargs.clear();
    spec.initrd_start = spec.initrd_end = 0;
    const auto blob = vp::virt64::build_device_tree(spec);
    const void* fdt = blob.data();
    const int chosen = fdt_path_offset(fdt, "/chosen");
    REQUIRE(chosen >= 0);
    CHECK(fdt_getprop(fdt, chosen, "bootargs", nullptr) == nullptr);
    CHECK(fdt_getprop(fdt, chosen, "linux,initrd-start", nullptr) == nullptr);

    const std::string path = "test_device_tree.dtb";
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(blob.data()), static_cast<std::streamsize>(blob.size()));
    const std::string cmd = "dtc -q -I dtb -O dts -o /dev/null " + path;
    CHECK(std::system(cmd.c_str()) == 0);
}

namespace {

std::string write_blob(const std::string& name, const std::vector<uint8_t>& bytes)
{
    const std::string path = "test_user_dtb_" + name + ".dtb";
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    return path;
}

// Compiles device tree source with dtc into a blob file.
std::string compile_dts(const std::string& name, const std::string& source)
{
    const std::string dts = "test_user_dtb_" + name + ".dts";
    const std::string dtb = "test_user_dtb_" + name + ".dtb";
    std::ofstream(dts) << source;
    const std::string cmd = "dtc -q -I dts -O dtb -o " + dtb + " " + dts;
    REQUIRE(std::system(cmd.c_str()) == 0);
    return dtb;
}

int count_memory_nodes(const void* fdt)
{
    int count = 0, node;
    fdt_for_each_subnode(node, fdt, 0)
    {
        const std::string name = fdt_get_name(fdt, node, nullptr);
        count += name.rfind("memory", 0) == 0;
    }
    return count;
}

}  // namespace

TEST_CASE("A -dtb that is not a device tree, or is cut short, is refused with libfdt's reason")
{
    DeviceTreeSpec spec = qemu_like_spec();
    const std::string garbage = write_blob("garbage", std::vector<uint8_t>(4096, 0x5a));
    CHECK_THROWS_WITH(vp::virt64::load_user_device_tree(garbage, spec),
                      Catch::Contains("-dtb '" + garbage + "'") && Catch::Contains("FDT_ERR_BADMAGIC"));

    const std::string tiny = write_blob("tiny", {0xd0, 0x0d, 0xfe, 0xed});
    CHECK_THROWS_WITH(vp::virt64::load_user_device_tree(tiny, spec),
                      Catch::Contains("shorter than the 40-byte FDT header"));

    std::vector<uint8_t> valid = vp::virt64::build_device_tree(spec);
    std::vector<uint8_t> cut(valid.begin(), valid.begin() + valid.size() / 2);
    const std::string truncated = write_blob("truncated", cut);
    CHECK_THROWS_WITH(vp::virt64::load_user_device_tree(truncated, spec),
                      Catch::Contains("truncated: the header's totalsize is " +
                                      std::to_string(valid.size())));

    // A header that is fine over a structure block that is not: the first
    // token (FDT_BEGIN_NODE) overwritten.
    std::vector<uint8_t> bad_struct = valid;
    const uint32_t off = fdt_off_dt_struct(valid.data());
    bad_struct[off + 3] = 0x7f;
    const std::string broken = write_blob("broken", bad_struct);
    CHECK_THROWS_WITH(vp::virt64::load_user_device_tree(broken, spec),
                      Catch::Contains("malformed device tree"));

    CHECK_THROWS_WITH(vp::virt64::load_user_device_tree("/nonexistent/x.dtb", spec),
                      Catch::Contains("-dtb '/nonexistent/x.dtb': cannot open"));
}

TEST_CASE("A valid -dtb (our own tree dumped) gets -append, -initrd and -m patched in, the rest kept")
{
    DeviceTreeSpec original = qemu_like_spec();
    const std::string path = write_blob("own", vp::virt64::build_device_tree(original));

    DeviceTreeSpec spec = original;
    spec.ram_size = 512ull << 20;
    spec.bootargs = "console=ttyAMA0 root=/dev/vda";
    spec.initrd_start = 0x44000000;
    spec.initrd_end = 0x44001234;
    const std::vector<uint8_t> blob = vp::virt64::load_user_device_tree(path, spec);
    const void* fdt = blob.data();
    REQUIRE(fdt_check_full(fdt, blob.size()) == 0);
    CHECK(str(fdt, "/chosen", "bootargs") == "console=ttyAMA0 root=/dev/vda");
    CHECK(cells(fdt, "/chosen", "linux,initrd-start") == std::vector<uint32_t>{0, 0x44000000});
    CHECK(cells(fdt, "/chosen", "linux,initrd-end") == std::vector<uint32_t>{0, 0x44001234});
    CHECK(count_memory_nodes(fdt) == 1);
    CHECK(cells(fdt, "/memory@40000000", "reg") == std::vector<uint32_t>{0, 0x40000000, 0, 512u << 20});
    // The user's devices are untouched.
    CHECK(str(fdt, "/chosen", "stdout-path") == "/pl011@9000000");
    CHECK(cells(fdt, "/pl011@9000000", "interrupts") == std::vector<uint32_t>{0, 1, 4});

    // Without -append and -initrd, the user's /chosen stays as it was.
    DeviceTreeSpec plain = original;
    plain.bootargs.clear();
    plain.initrd_start = plain.initrd_end = 0;
    const std::vector<uint8_t> kept = vp::virt64::load_user_device_tree(path, plain);
    CHECK(str(kept.data(), "/chosen", "bootargs") == "console=ttyAMA0 earlycon");
    CHECK(cells(kept.data(), "/chosen", "linux,initrd-start") == std::vector<uint32_t>{0, 0x48000000});
}

TEST_CASE("A dtc-built -dtb with 1-cell addresses, two memory nodes and no /chosen is patched in its cell sizes")
{
    const std::string path = compile_dts("onecell", R"(/dts-v1/;
/ {
    #address-cells = <1>;
    #size-cells = <1>;
    compatible = "linux,dummy-virt";
    memory@40000000 { device_type = "memory"; reg = <0x40000000 0x1000000>; };
    memory@80000000 { device_type = "memory"; reg = <0x80000000 0x1000000>; };
    keep-me { value = <7>; };
};
)");
    DeviceTreeSpec spec = qemu_like_spec();  // 256 MiB, bootargs, initrd
    const std::vector<uint8_t> blob = vp::virt64::load_user_device_tree(path, spec);
    const void* fdt = blob.data();
    CHECK(count_memory_nodes(fdt) == 1);
    CHECK(cells(fdt, "/memory@40000000", "reg") == std::vector<uint32_t>{0x40000000, 256u << 20});
    CHECK(str(fdt, "/chosen", "bootargs") == "console=ttyAMA0 earlycon");
    CHECK(cells(fdt, "/chosen", "linux,initrd-start") == std::vector<uint32_t>{0x48000000});
    CHECK(cells(fdt, "/chosen", "linux,initrd-end") == std::vector<uint32_t>{0x48100000});
    CHECK(cells(fdt, "/keep-me", "value") == std::vector<uint32_t>{7});

    // 4 GiB of RAM cannot be described in one size cell: refused, as QEMU.
    spec.ram_size = 4ull << 30;
    CHECK_THROWS_WITH(vp::virt64::load_user_device_tree(path, spec),
                      Catch::Contains("does not fit the root's #address-cells/#size-cells"));
}

TEST_CASE("A -dtb older than version 16 is refused, not handed to libfdt's checker (fuzz_linux_loader)")
{
    // Found by fuzz_linux_loader: a blob whose header says version 9 (node
    // names are full paths before 16) and whose root name has no '/' made
    // libfdt 1.6.1's fdt_check_full dereference a null name: SIGSEGV.
    DeviceTreeSpec spec = qemu_like_spec();
    std::vector<uint8_t> old = vp::virt64::build_device_tree(spec);
    const fdt32_t v9 = cpu_to_fdt32(9);
    const fdt32_t comp2 = cpu_to_fdt32(2);
    std::memcpy(old.data() + 20, &v9, 4);     // fdt_header.version
    std::memcpy(old.data() + 24, &comp2, 4);  // last_comp_version
    const std::string path = write_blob("version9", old);
    CHECK_THROWS_WITH(vp::virt64::load_user_device_tree(path, spec),
                      Catch::Contains("version 9 is not supported"));
    const fdt32_t v16 = cpu_to_fdt32(16);
    std::memcpy(old.data() + 20, &v16, 4);
    const std::string ok = write_blob("version16", old);
    CHECK_NOTHROW(vp::virt64::load_user_device_tree(ok, spec));
}
