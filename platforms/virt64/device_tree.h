// Builds the flattened device tree that virt64 hands to Linux, with libfdt.
// The tree describes the platform the way QEMU's `-M virt` does (node names,
// compatibles, interrupt specifiers), so kernels configured for QEMU find the
// same devices here. Only what virt64 models is described: no PCIe, flash,
// fw_cfg or GPIO.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace vp::virt64 {

struct DeviceTreeSpec {
    uint64_t ram_base = 0;
    uint64_t ram_size = 0;

    // Cores, 1..8: one /cpus/cpu@<MPIDR affinity> node each (QEMU virt:
    // Aff0 = index), plus QEMU's cpu-map (one socket, one cluster). With
    // more than one, every cpu node says enable-method = "psci" (QEMU omits
    // it for a single core) and the timer's PPI specifiers carry the mask of
    // all N CPUs.
    unsigned num_cpus = 1;

    uint64_t gic_dist_base = 0, gic_dist_size = 0;
    uint64_t gic_cpu_base = 0, gic_cpu_size = 0;

    uint64_t uart_base = 0, uart_size = 0;
    unsigned uart_spi = 0;            // SPI number (GIC ID = 32 + spi)
    uint32_t uart_clock_hz = 24000000;

    // One entry per virtio-mmio slot (QEMU lists all 32, used or not).
    struct VirtioSlot {
        uint64_t base;
        uint64_t size;
        unsigned spi;
    };
    std::vector<VirtioSlot> virtio;

    // Generic timer PPIs (secure phys, non-secure phys, virt, hyp).
    unsigned timer_ppi_sec = 13, timer_ppi_phys = 14, timer_ppi_virt = 11, timer_ppi_hyp = 10;

    std::string psci_method = "hvc";  // "hvc" or "smc"
    std::string bootargs;             // /chosen/bootargs, omitted when empty
    uint64_t initrd_start = 0;        // /chosen/linux,initrd-*, omitted when 0
    uint64_t initrd_end = 0;
};

// Returns the DTB blob. Throws std::runtime_error if libfdt fails.
std::vector<uint8_t> build_device_tree(const DeviceTreeSpec& spec);

// A user's `-dtb FILE`, checked and patched as QEMU's arm_load_dtb does:
// - refused (std::runtime_error naming the file and libfdt's reason, e.g.
//   FDT_ERR_BADMAGIC) unless the header is valid, its totalsize fits in the
//   file and the structure block parses (fdt_check_full);
// - every root /memory or /memory@... node is replaced by one memory node
//   for [spec.ram_base, + spec.ram_size) (the -m option);
// - /chosen is created if missing; bootargs is set when spec.bootargs is
//   not empty (-append), and linux,initrd-start/end when spec.initrd_end >
//   spec.initrd_start (-initrd), in the root's #address-cells.
// Everything else (devices, interrupts, a /psci node) is the user's.
std::vector<uint8_t> load_user_device_tree(const std::string& path, const DeviceTreeSpec& spec);

}  // namespace vp::virt64
