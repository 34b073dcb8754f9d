#include "device_tree.h"

#include <cstdio>
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
constexpr uint32_t kPpiCpu0 = 1u << 8;  // PPI target mask: CPU 0

constexpr uint32_t kPhandleClock = 0x8000;
constexpr uint32_t kPhandleCpu = 0x8001;
constexpr uint32_t kPhandleGic = 0x8002;

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
    FdtWriter w(64 * 1024);
    w.begin("");
    w.u32("#address-cells", 2);
    w.u32("#size-cells", 2);
    w.prop("compatible", "linux,dummy-virt");
    w.prop("model", "linux,dummy-virt");
    w.u32("interrupt-parent", kPhandleGic);

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
    w.begin("cpu@0");
    w.prop("device_type", "cpu");
    w.prop("compatible", "arm,cortex-a53");
    w.u32("reg", 0);
    w.u32("phandle", kPhandleCpu);
    w.end();
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
    const uint32_t ppi_flags = kPpiCpu0 | kIrqLevelHigh;
    w.cells("interrupts", {kIrqPpi, spec.timer_ppi_sec, ppi_flags, kIrqPpi, spec.timer_ppi_phys,
                           ppi_flags, kIrqPpi, spec.timer_ppi_virt, ppi_flags, kIrqPpi,
                           spec.timer_ppi_hyp, ppi_flags});
    w.end();

    w.begin(node_name("intc", spec.gic_dist_base));
    w.prop("compatible", "arm,cortex-a15-gic");
    w.u32("#interrupt-cells", 3);
    w.prop("interrupt-controller");
    w.reg({{spec.gic_dist_base, spec.gic_dist_size}, {spec.gic_cpu_base, spec.gic_cpu_size}});
    w.u32("phandle", kPhandleGic);
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

}  // namespace vp::virt64
