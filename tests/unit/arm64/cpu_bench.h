// Test bench for the AArch64 CPU: Cpu + Router + 16 MiB RAM at 0x4000_0000 +
// 128 KiB RAM at 0x1000_0000 +
// a small MMIO register block at 0x0900_0000 (offset 0xF00 answers with a bus
// error) and test-driven irq/fiq lines. Programs are instruction words placed
// at the reset pc; tests run for a simulated time and inspect the state.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <systemc>
#include <tlm>
#include <tlm_utils/simple_target_socket.h>

#include "arm64/cpu.h"
#include "bus/router.h"
#include "memory/memory.h"

namespace vp::arm64::test {

constexpr uint64_t kRamBase = 0x40000000;
constexpr uint64_t kRamSize = 16 << 20;
constexpr uint64_t kMmioBase = 0x09000000;
constexpr uint64_t kMmioErrorOffset = 0xF00;
constexpr uint64_t kDataBase = 0x10000000;  // a second RAM (differential tests)
constexpr uint64_t kDataSize = 0x20000;

// MMIO registers: 64 32-bit words, every access logged with its time.
struct MmioBlock : sc_core::sc_module {
    tlm_utils::simple_target_socket<MmioBlock> socket{"socket"};
    uint8_t regs[0x1000] = {};
    struct Access {
        bool write;
        uint64_t offset;
        unsigned len;
        sc_core::sc_time time;
    };
    std::vector<Access> log;

    explicit MmioBlock(sc_core::sc_module_name name);
    void b_transport(tlm::tlm_generic_payload& tx, sc_core::sc_time& delay);
};

struct CpuBench {
    sc_core::sc_signal<bool> irq{"irq"}, fiq{"fiq"}, timer_phys{"timer_phys"},
        timer_virt{"timer_virt"};
    vp::bus::Router router{"router"};
    vp::memory::Memory ram;
    vp::memory::Memory data;
    MmioBlock mmio{"mmio"};
    Cpu cpu;

    explicit CpuBench(CpuConfig config = default_config(), bool ram_dmi = true);
    static CpuConfig default_config();

    // Copies words to RAM at addr (default: the reset pc).
    void load(const std::vector<uint32_t>& words, uint64_t addr = kRamBase);
    void poke64(uint64_t addr, uint64_t value);
    uint64_t peek64(uint64_t addr) const;
    uint32_t peek32(uint64_t addr) const;
    uint8_t* host(uint64_t addr) { return ram.data() + (addr - kRamBase); }

    // Runs the simulation for the given simulated time.
    void run(sc_core::sc_time duration = sc_core::sc_time(20, sc_core::SC_US));

    // The synchronous-exception handler several tests install at VBAR_EL1 +
    // 0x200 (current EL, SPx): stores ESR_EL1, FAR_EL1 and ELR_EL1 as three
    // doublewords at x28 (x28 += 24), then returns to the next instruction.
    void load_fault_logger(uint64_t addr);

    CpuState& s() { return cpu.state(); }
    uint64_t x(unsigned n) { return cpu.state().x[n]; }
};

// A doubleword a test expects at base + offset (recorded from qemu-aarch64).
struct MemExpect {
    uint32_t offset;
    uint64_t value;
};
// One line per expected doubleword that differs in RAM
// ("offset 0x..: got 0x.., QEMU 0x..").
std::vector<std::string> memory_mismatches(const CpuBench& b, uint64_t base,
                                           const MemExpect* begin, const MemExpect* end);

}  // namespace vp::arm64::test
