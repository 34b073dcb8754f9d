#include "device_tree.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>

extern "C" {
#include <libfdt.h>
}

namespace vp::virt64 {

namespace {

// GIC interrupt specifier cells (bindings/interrupt-controller/arm,gic.yaml).
constexpr uint32_t kIrqSpi = 0;
constexpr uint32_t kIrqPpi = 1;
constexpr uint32_t kIrqLevelHigh = 4;
constexpr unsigned kPpiCpuMaskShift = 8;  // PPI specifier bits [15:8]: target CPU mask

// Phandles in QEMU virt's allocation order: the clock first, then the cpu
// nodes from the last core down to core 0, then the GIC.
constexpr uint32_t kPhandleClock = 0x8000;
constexpr uint32_t phandle_cpu(unsigned cpu, unsigned num_cpus) { return 0x8000 + num_cpus - cpu; }
constexpr uint32_t phandle_gic(unsigned num_cpus) { return 0x8001 + num_cpus; }

// A thin checked wrapper over libfdt's sequential-write API.
class FdtWriter {
public:
    explicit FdtWriter(size_t capacity) : m_blob(capacity)
    {
        check(fdt_create(m_blob.data(), static_cast<int>(m_blob.size())), "create");
        check(fdt_finish_reservemap(m_blob.data()), "reservemap");
    }

    void begin(const std::string& name) { check(fdt_begin_node(m_blob.data(), name.c_str()), name); }
    void end() { check(fdt_end_node(m_blob.data()), "end node"); }

    void prop(const char* name) { check(fdt_property(m_blob.data(), name, nullptr, 0), name); }
    void prop(const char* name, const std::string& value)
    {
        check(fdt_property_string(m_blob.data(), name, value.c_str()), name);
    }
    // A string list, e.g. compatible = "a", "b".
    void prop(const char* name, std::initializer_list<const char*> strings)
    {
        std::string buf;
        for (const char* s : strings) {
            buf += s;
            buf.push_back('\0');
        }
        check(fdt_property(m_blob.data(), name, buf.data(), static_cast<int>(buf.size())), name);
    }
    void cells(const char* name, std::initializer_list<uint32_t> values)
    {
        std::vector<fdt32_t> be;
        for (uint32_t v : values)
            be.push_back(cpu_to_fdt32(v));
        check(fdt_property(m_blob.data(), name, be.data(), static_cast<int>(be.size() * 4)), name);
    }
    void u32(const char* name, uint32_t v) { check(fdt_property_u32(m_blob.data(), name, v), name); }
    void u64(const char* name, uint64_t v) { check(fdt_property_u64(m_blob.data(), name, v), name); }
    // reg = <addr size> pairs with #address-cells = #size-cells = 2.
    void reg(std::initializer_list<std::pair<uint64_t, uint64_t>> ranges)
    {
        std::vector<fdt32_t> be;
        for (auto [addr, size] : ranges) {
            be.push_back(cpu_to_fdt32(static_cast<uint32_t>(addr >> 32)));
            be.push_back(cpu_to_fdt32(static_cast<uint32_t>(addr)));
            be.push_back(cpu_to_fdt32(static_cast<uint32_t>(size >> 32)));
            be.push_back(cpu_to_fdt32(static_cast<uint32_t>(size)));
        }
        check(fdt_property(m_blob.data(), "reg", be.data(), static_cast<int>(be.size() * 4)), "reg");
    }

    std::vector<uint8_t> finish()
    {
        check(fdt_finish(m_blob.data()), "finish");
        m_blob.resize(fdt_totalsize(m_blob.data()));
        return std::move(m_blob);
    }

private:
    static void check(int err, const std::string& what)
    {
        if (err < 0)
            throw std::runtime_error("device tree: " + what + ": " + fdt_strerror(err));
    }

    std::vector<uint8_t> m_blob;
};

std::string node_name(const char* prefix, uint64_t addr)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s@%llx", prefix, static_cast<unsigned long long>(addr));
    return buf;
}

}  // namespace

std::vector<uint8_t> build_device_tree(const DeviceTreeSpec& spec)
{
    if (spec.num_cpus < 1 || spec.num_cpus > 8)
        throw std::runtime_error("device tree: " + std::to_string(spec.num_cpus) +
                                 " CPUs; the GICv2 platform supports 1 to 8");
    const unsigned ncpu = spec.num_cpus;
    const uint32_t gic_phandle = phandle_gic(ncpu);

    FdtWriter w(64 * 1024);
    w.begin("");
    w.u32("#address-cells", 2);
    w.u32("#size-cells", 2);
    w.prop("compatible", "linux,dummy-virt");
    w.prop("model", "linux,dummy-virt");
    w.u32("interrupt-parent", gic_phandle);

    w.begin("chosen");
    if (!spec.bootargs.empty())
        w.prop("bootargs", spec.bootargs);
    if (spec.initrd_start != 0) {
        w.u64("linux,initrd-start", spec.initrd_start);
        w.u64("linux,initrd-end", spec.initrd_end);
    }
    w.prop("stdout-path", "/" + node_name("pl011", spec.uart_base));
    w.end();

    w.begin(node_name("memory", spec.ram_base));
    w.prop("device_type", "memory");
    w.reg({{spec.ram_base, spec.ram_size}});
    w.end();

    w.begin("cpus");
    w.u32("#address-cells", 1);
    w.u32("#size-cells", 0);
    w.begin("cpu-map");
    w.begin("socket0");
    w.begin("cluster0");
    for (unsigned i = 0; i < ncpu; ++i) {
        w.begin("core" + std::to_string(i));
        w.u32("cpu", phandle_cpu(i, ncpu));
        w.end();
    }
    w.end();
    w.end();
    w.end();
    for (unsigned i = 0; i < ncpu; ++i) {
        const uint32_t affinity = i;  // MPIDR_EL1 Aff0 = index (Aff1 = 0 up to 8 cores)
        char name[16];
        std::snprintf(name, sizeof name, "cpu@%x", affinity);
        w.begin(name);
        w.prop("device_type", "cpu");
        w.prop("compatible", "arm,cortex-a53");
        if (ncpu > 1)
            w.prop("enable-method", "psci");
        w.u32("reg", affinity);
        w.u32("phandle", phandle_cpu(i, ncpu));
        w.end();
    }
    w.end();

    w.begin("psci");
    w.prop("compatible", {"arm,psci-1.0", "arm,psci-0.2", "arm,psci"});
    w.prop("method", spec.psci_method);
    w.u32("cpu_suspend", 0xc4000001);
    w.u32("cpu_off", 0x84000002);
    w.u32("cpu_on", 0xc4000003);
    w.u32("migrate", 0xc4000005);
    w.end();

    w.begin("timer");
    w.prop("compatible", {"arm,armv8-timer", "arm,armv7-timer"});
    w.prop("always-on");
    const uint32_t ppi_flags = (((1u << ncpu) - 1) << kPpiCpuMaskShift) | kIrqLevelHigh;
    w.cells("interrupts", {kIrqPpi, spec.timer_ppi_sec, ppi_flags, kIrqPpi, spec.timer_ppi_phys,
                           ppi_flags, kIrqPpi, spec.timer_ppi_virt, ppi_flags, kIrqPpi,
                           spec.timer_ppi_hyp, ppi_flags});
    w.end();

    w.begin(node_name("intc", spec.gic_dist_base));
    w.prop("compatible", "arm,cortex-a15-gic");
    w.u32("#interrupt-cells", 3);
    w.prop("interrupt-controller");
    w.reg({{spec.gic_dist_base, spec.gic_dist_size}, {spec.gic_cpu_base, spec.gic_cpu_size}});
    w.u32("phandle", gic_phandle);
    w.end();

    w.begin("apb-pclk");
    w.prop("compatible", "fixed-clock");
    w.u32("#clock-cells", 0);
    w.u32("clock-frequency", spec.uart_clock_hz);
    w.prop("clock-output-names", "clk24mhz");
    w.u32("phandle", kPhandleClock);
    w.end();

    w.begin(node_name("pl011", spec.uart_base));
    w.prop("compatible", {"arm,pl011", "arm,primecell"});
    w.reg({{spec.uart_base, spec.uart_size}});
    w.cells("interrupts", {kIrqSpi, spec.uart_spi, kIrqLevelHigh});
    w.cells("clocks", {kPhandleClock, kPhandleClock});
    w.prop("clock-names", {"uartclk", "apb_pclk"});
    w.end();

    // Our transport drives a level interrupt (high while InterruptStatus is
    // non-zero), so the specifier says level-high, where QEMU says edge.
    for (const auto& slot : spec.virtio) {
        w.begin(node_name("virtio_mmio", slot.base));
        w.prop("compatible", "virtio,mmio");
        w.reg({{slot.base, slot.size}});
        w.cells("interrupts", {kIrqSpi, slot.spi, kIrqLevelHigh});
        w.prop("dma-coherent");
        w.end();
    }

    w.end();
    return w.finish();
}

namespace {

// Big-endian cells of `value` in `count` (1 or 2) cells; false if it does not fit.
bool to_cells(uint64_t value, int count, std::vector<fdt32_t>& out)
{
    if (count == 1 && value > UINT32_MAX)
        return false;
    if (count == 2)
        out.push_back(cpu_to_fdt32(static_cast<uint32_t>(value >> 32)));
    out.push_back(cpu_to_fdt32(static_cast<uint32_t>(value)));
    return true;
}

}  // namespace

std::vector<uint8_t> load_user_device_tree(const std::string& path, const DeviceTreeSpec& spec)
{
    auto fail = [&](const std::string& why) {
        return std::runtime_error("-dtb '" + path + "': " + why);
    };
    auto check = [&](int err, const std::string& what) {
        if (err < 0)
            throw fail(what + ": " + fdt_strerror(err));
        return err;
    };

    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw fail(std::string("cannot open: ") + std::strerror(errno));
    const std::vector<uint8_t> file((std::istreambuf_iterator<char>(in)),
                                    std::istreambuf_iterator<char>());
    if (in.bad())
        throw fail("cannot read");
    // fdt_check_header reads the fixed header, so the file must hold one.
    if (file.size() < sizeof(fdt_header))
        throw fail("not a device tree blob: " + std::to_string(file.size()) +
                   " bytes, shorter than the " + std::to_string(sizeof(fdt_header)) +
                   "-byte FDT header (FDT_ERR_TRUNCATED)");
    check(fdt_check_header(file.data()), "not a valid device tree blob");
    // Blobs older than version 16 keep full paths as node names; libfdt 1.6.1
    // (Debian 12) dereferences a null name in fdt_check_full for such a blob
    // whose root name has no '/' (found by fuzz_linux_loader: SIGSEGV). dtc
    // has written version 17 since 2007, and Linux reads 16 and 17 only.
    if (fdt_version(file.data()) < 16)
        throw fail("device tree blob version " + std::to_string(fdt_version(file.data())) +
                   " is not supported (16 or 17 expected)");
    // As QEMU, refuse blobs whose size could overflow libfdt's int offsets.
    constexpr uint32_t kMaxTotal = 64u << 20;
    if (fdt_totalsize(file.data()) > kMaxTotal)
        throw fail("device tree larger than " + std::to_string(kMaxTotal >> 20) + " MiB");
    const uint32_t total = fdt_totalsize(file.data());
    if (total > file.size())
        throw fail("truncated: the header's totalsize is " + std::to_string(total) +
                   " bytes, the file has " + std::to_string(file.size()));
    check(fdt_check_full(file.data(), file.size()), "malformed device tree");

    // Room for what is added: a memory node, /chosen, bootargs, initrd cells.
    std::vector<uint8_t> blob(size_t(total) + spec.bootargs.size() + 4096);
    check(fdt_open_into(file.data(), blob.data(), static_cast<int>(blob.size())), "open");
    void* fdt = blob.data();

    const int acells = check(fdt_address_cells(fdt, 0), "root #address-cells");
    const int scells = check(fdt_size_cells(fdt, 0), "root #size-cells");
    if (acells < 1 || acells > 2 || scells < 1 || scells > 2)
        throw fail("root #address-cells = " + std::to_string(acells) + ", #size-cells = " +
                   std::to_string(scells) + ": only 1 or 2 cells are supported");

    // Drop every root memory node (QEMU turns them into NOPs) and describe -m.
    for (;;) {
        int memory = -1;
        int node;
        fdt_for_each_subnode(node, fdt, 0)
        {
            const char* name = fdt_get_name(fdt, node, nullptr);
            if (name && (std::strcmp(name, "memory") == 0 || std::strncmp(name, "memory@", 7) == 0)) {
                memory = node;
                break;
            }
        }
        if (memory < 0)
            break;
        check(fdt_nop_node(fdt, memory), "remove memory node");
    }
    std::vector<fdt32_t> reg;
    if (!to_cells(spec.ram_base, acells, reg) || !to_cells(spec.ram_size, scells, reg))
        throw fail("RAM (" + std::to_string(spec.ram_size >> 20) + " MiB at 0x" +
                   node_name("", spec.ram_base).substr(1) +
                   ") does not fit the root's #address-cells/#size-cells");
    const int memory = check(fdt_add_subnode(fdt, 0, node_name("memory", spec.ram_base).c_str()),
                             "add memory node");
    check(fdt_setprop_string(fdt, memory, "device_type", "memory"), "memory device_type");
    check(fdt_setprop(fdt, memory, "reg", reg.data(), static_cast<int>(reg.size() * 4)), "memory reg");

    int chosen = fdt_path_offset(fdt, "/chosen");
    if (chosen == -FDT_ERR_NOTFOUND)
        chosen = fdt_add_subnode(fdt, 0, "chosen");
    check(chosen, "/chosen");
    if (!spec.bootargs.empty())
        check(fdt_setprop_string(fdt, chosen, "bootargs", spec.bootargs.c_str()), "/chosen/bootargs");
    if (spec.initrd_end > spec.initrd_start) {
        std::vector<fdt32_t> start, end;
        if (!to_cells(spec.initrd_start, acells, start) || !to_cells(spec.initrd_end, acells, end))
            throw fail("the initrd at 0x" + node_name("", spec.initrd_start).substr(1) +
                   " does not fit the root's #address-cells");
        check(fdt_setprop(fdt, chosen, "linux,initrd-start", start.data(), acells * 4),
              "/chosen/linux,initrd-start");
        check(fdt_setprop(fdt, chosen, "linux,initrd-end", end.data(), acells * 4),
              "/chosen/linux,initrd-end");
    }
    check(fdt_pack(fdt), "pack");
    blob.resize(fdt_totalsize(fdt));
    return blob;
}

}  // namespace vp::virt64
