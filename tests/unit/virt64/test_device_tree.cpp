// The device tree virt64 gives Linux: built with libfdt, read back with
// libfdt, and accepted by dtc.
#include <catch2/catch.hpp>

#include <algorithm>
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

// ---- SMP: the nodes QEMU generates for -smp N ------------------------------
// tests/unit/virt64/data/qemu-virt-a53-smp{1,2,4}.dts were dumped with
//   qemu-system-aarch64 -M virt,dumpdtb=q.dtb -cpu cortex-a53 -smp N \
//       -display none -nodefaults -net none && dtc -I dtb -O dts q.dtb
// (QEMU 7.2, Debian 12). The test compiles them back with dtc.

namespace {

std::vector<uint8_t> qemu_blob(unsigned smp)
{
    const std::string dts = std::string(VP_TEST_DATA_DIR) + "/qemu-virt-a53-smp" +
                            std::to_string(smp) + ".dts";
    const std::string dtb = "test_qemu_smp" + std::to_string(smp) + ".dtb";
    const std::string cmd = "dtc -q -I dts -O dtb -o " + dtb + " " + dts;
    REQUIRE(std::system(cmd.c_str()) == 0);
    std::ifstream in(dtb, std::ios::binary);
    return std::vector<uint8_t>((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string bytes_of(const void* fdt, int node, const char* prop)
{
    int len = 0;
    const void* p = fdt_getprop(fdt, node, prop, &len);
    return p ? std::string(static_cast<const char*>(p), static_cast<size_t>(len)) : "<absent>";
}

// The given properties of `path` are byte-identical in both trees.
void same_properties(const void* ours, const void* qemu, const std::string& path,
                     std::initializer_list<const char*> props)
{
    const int a = fdt_path_offset(ours, path.c_str());
    const int b = fdt_path_offset(qemu, path.c_str());
    INFO(path);
    REQUIRE(a >= 0);
    REQUIRE(b >= 0);
    for (const char* prop : props) {
        INFO("property " << prop);
        CHECK(bytes_of(ours, a, prop) == bytes_of(qemu, b, prop));
    }
}

// `path` and everything under it are identical: the same subnodes, the same
// properties with the same values (phandles included).
void same_subtree(const void* ours, const void* qemu, const std::string& path)
{
    const int a = fdt_path_offset(ours, path.c_str());
    const int b = fdt_path_offset(qemu, path.c_str());
    INFO(path);
    REQUIRE(a >= 0);
    REQUIRE(b >= 0);
    auto prop_names = [](const void* fdt, int node) {
        std::vector<std::string> names;
        int p;
        fdt_for_each_property_offset(p, fdt, node)
        {
            const char* name = nullptr;
            fdt_getprop_by_offset(fdt, p, &name, nullptr);
            names.push_back(name);
        }
        std::sort(names.begin(), names.end());
        return names;
    };
    auto child_names = [](const void* fdt, int node) {
        std::vector<std::string> names;
        int c;
        fdt_for_each_subnode(c, fdt, node) names.push_back(fdt_get_name(fdt, c, nullptr));
        std::sort(names.begin(), names.end());
        return names;
    };
    const auto props = prop_names(qemu, b);
    CHECK(prop_names(ours, a) == props);
    for (const auto& prop : props) {
        INFO("property " << prop);
        CHECK(bytes_of(ours, a, prop.c_str()) == bytes_of(qemu, b, prop.c_str()));
    }
    const auto children = child_names(qemu, b);
    CHECK(child_names(ours, a) == children);
    for (const auto& child : children)
        if (fdt_subnode_offset(ours, a, child.c_str()) >= 0)
            same_subtree(ours, qemu, path == "/" ? "/" + child : path + "/" + child);
}

void compare_with_qemu(unsigned smp)
{
    DeviceTreeSpec spec = qemu_like_spec();
    spec.num_cpus = smp;
    const auto blob = vp::virt64::build_device_tree(spec);
    const auto qemu = qemu_blob(smp);
    const void* ours = blob.data();
    const void* theirs = qemu.data();
    REQUIRE(fdt_check_full(theirs, qemu.size()) == 0);

    same_subtree(ours, theirs, "/cpus");
    same_subtree(ours, theirs, "/psci");
    same_subtree(ours, theirs, "/timer");
    // QEMU's GIC node also has a v2m MSI frame child (and the address cells
    // for it); virt64 models no v2m. The rest is the same, phandle included.
    same_properties(ours, theirs, "/intc@8000000",
                    {"compatible", "reg", "#interrupt-cells", "interrupt-controller", "phandle"});
    same_properties(ours, theirs, "/", {"interrupt-parent", "#address-cells", "#size-cells"});
    same_properties(ours, theirs, "/pl011@9000000", {"interrupts", "clocks", "reg"});
    same_properties(ours, theirs, "/apb-pclk", {"phandle", "clock-frequency"});
}

}  // namespace

TEST_CASE("With one core, /cpus, /psci, /timer and the GIC node are QEMU's -smp 1 nodes")
{
    compare_with_qemu(1);
    // QEMU gives a single core no enable-method (it is already running).
    const auto blob = vp::virt64::build_device_tree(qemu_like_spec());
    CHECK(fdt_getprop(blob.data(), fdt_path_offset(blob.data(), "/cpus/cpu@0"), "enable-method",
                      nullptr) == nullptr);
}

TEST_CASE("With two cores, the cpu nodes, cpu-map, PSCI enable-method and timer CPU mask are QEMU's -smp 2")
{
    compare_with_qemu(2);
    DeviceTreeSpec spec = qemu_like_spec();
    spec.num_cpus = 2;
    const auto blob = vp::virt64::build_device_tree(spec);
    CHECK(str(blob.data(), "/cpus/cpu@1", "enable-method") == "psci");
    CHECK(cells(blob.data(), "/cpus/cpu@1", "reg") == std::vector<uint32_t>{1});
    CHECK(cells(blob.data(), "/timer", "interrupts") ==
          std::vector<uint32_t>{1, 13, 0x304, 1, 14, 0x304, 1, 11, 0x304, 1, 10, 0x304});
}

TEST_CASE("With four cores, the tree matches QEMU's -smp 4 and phandles still resolve")
{
    compare_with_qemu(4);
    DeviceTreeSpec spec = qemu_like_spec();
    spec.num_cpus = 4;
    const auto blob = vp::virt64::build_device_tree(spec);
    const void* fdt = blob.data();
    for (unsigned i = 0; i < 4; ++i) {
        const std::string core = "/cpus/cpu-map/socket0/cluster0/core" + std::to_string(i);
        const uint32_t ph = cells(fdt, core.c_str(), "cpu").at(0);
        const int node = fdt_node_offset_by_phandle(fdt, ph);
        REQUIRE(node >= 0);
        CHECK(std::string(fdt_get_name(fdt, node, nullptr)) == "cpu@" + std::to_string(i));
    }
    CHECK(fdt_node_offset_by_phandle(fdt, cells(fdt, "/", "interrupt-parent").at(0)) ==
          fdt_path_offset(fdt, "/intc@8000000"));
    CHECK(cells(fdt, "/timer", "interrupts").at(2) == 0xf04);
}

TEST_CASE("Eight cores give the timer mask 0xff and nine are refused")
{
    DeviceTreeSpec spec = qemu_like_spec();
    spec.num_cpus = 8;
    const auto blob = vp::virt64::build_device_tree(spec);
    CHECK(cells(blob.data(), "/timer", "interrupts").at(2) == 0xff04);
    CHECK(cells(blob.data(), "/cpus/cpu@7", "reg") == std::vector<uint32_t>{7});
    spec.num_cpus = 9;
    CHECK_THROWS_WITH(vp::virt64::build_device_tree(spec), Catch::Contains("1 to 8"));
    spec.num_cpus = 0;
    CHECK_THROWS(vp::virt64::build_device_tree(spec));
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
