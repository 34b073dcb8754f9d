// Test bench for the AArch64 CPU (see cpu_bench.h).
#include "cpu_bench.h"

#include <cstdlib>
#include <cstring>
#include <sstream>

namespace vp::arm64::test {

MmioBlock::MmioBlock(sc_core::sc_module_name name) : sc_core::sc_module(name)
{
    socket.register_b_transport(this, &MmioBlock::b_transport);
}

void MmioBlock::b_transport(tlm::tlm_generic_payload& tx, sc_core::sc_time& delay)
{
    const uint64_t offset = tx.get_address();
    const unsigned len = tx.get_data_length();
    log.push_back({tx.is_write(), offset, len, sc_core::sc_time_stamp() + delay});
    if (offset == kMmioErrorOffset || offset + len > sizeof(regs)) {
        tx.set_response_status(tlm::TLM_GENERIC_ERROR_RESPONSE);
        return;
    }
    if (tx.is_write())
        std::memcpy(regs + offset, tx.get_data_ptr(), len);
    else
        std::memcpy(tx.get_data_ptr(), regs + offset, len);
    delay += sc_core::sc_time(10, sc_core::SC_NS);
    tx.set_response_status(tlm::TLM_OK_RESPONSE);
}

CpuConfig CpuBench::default_config()
{
    CpuConfig c;
    c.reset_pc = kRamBase;
    // Every run is compiled before it first executes, so that each test
    // checks the block compiler; ctest runs the family again with
    // VP_TEST_ACCEL=interp for the interpreter (tests/CMakeLists.txt).
    c.jit_threshold = 0;
    const char* accel = std::getenv("VP_TEST_ACCEL");
    if (accel && std::string(accel) == "interp")
        c.accel = Accel::interp;
    return c;
}

CpuBench::CpuBench(CpuConfig config, bool ram_dmi)
    : ram("ram", {kRamSize, sc_core::SC_ZERO_TIME, sc_core::SC_ZERO_TIME, ram_dmi, false}),
      data("data", {kDataSize, sc_core::SC_ZERO_TIME, sc_core::SC_ZERO_TIME, true, false}),
      cpu("cpu", config)
{
    cpu.bus.bind(router.target);
    router.map(ram.socket, kRamBase, kRamSize, "ram");
    router.map(mmio.socket, kMmioBase, 0x1000, "mmio");
    router.map(data.socket, kDataBase, kDataSize, "data");
    cpu.irq(irq);
    cpu.fiq(fiq);
    cpu.timer_phys_irq(timer_phys);
    cpu.timer_virt_irq(timer_virt);
}

void CpuBench::load(const std::vector<uint32_t>& words, uint64_t addr)
{
    ram.load(addr - kRamBase, words.data(), words.size() * 4);
}

void CpuBench::poke64(uint64_t addr, uint64_t value)
{
    std::memcpy(host(addr), &value, 8);
}

uint64_t CpuBench::peek64(uint64_t addr) const
{
    uint64_t v;
    std::memcpy(&v, ram.data() + (addr - kRamBase), 8);
    return v;
}

uint32_t CpuBench::peek32(uint64_t addr) const
{
    uint32_t v;
    std::memcpy(&v, ram.data() + (addr - kRamBase), 4);
    return v;
}

void CpuBench::run(sc_core::sc_time duration)
{
    sc_core::sc_start(duration);
}

void CpuBench::load_fault_logger(uint64_t addr)
{
    load({
        0xd5385215,  //   0: mrs x21, esr_el1
        0xd5386016,  //   4: mrs x22, far_el1
        0xd5384037,  //   8: mrs x23, elr_el1
        0xa8815b95,  //   c: stp x21, x22, [x28], #16
        0xf8008797,  //  10: str x23, [x28], #8
        0x910012f7,  //  14: add x23, x23, #0x4
        0xd5184037,  //  18: msr elr_el1, x23
        0xd69f03e0,  //  1c: eret
    }, addr);
}

std::vector<std::string> memory_mismatches(const CpuBench& b, uint64_t base,
                                           const MemExpect* begin, const MemExpect* end)
{
    std::vector<std::string> out;
    for (const MemExpect* e = begin; e != end; ++e) {
        const uint64_t got = b.peek64(base + e->offset);
        if (got != e->value) {
            std::ostringstream os;
            os << std::hex << "offset 0x" << e->offset << ": got 0x" << got << ", QEMU 0x"
               << e->value;
            out.push_back(os.str());
        }
    }
    return out;
}

}  // namespace vp::arm64::test
