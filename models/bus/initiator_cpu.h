// InitiatorCpu: a TLM-2.0 extension that names the processor a transaction
// comes from, the way the AXI ID / AxUSER bits tell a GIC-400 which core made
// an access. Targets with banked per-processor registers (the GIC's SGI/PPI
// state and CPU interface) read it; everything else ignores it.
// Set by InitiatorPort::set_cpu_index for every transaction the port sends.
// A transaction without it (a testbench, a debugger, a DMA-capable device)
// counts as processor 0, so single-core platforms need not set anything.
#pragma once

#include <tlm>

namespace vp::bus {

struct InitiatorCpu : tlm::tlm_extension<InitiatorCpu> {
    unsigned index = 0;  // 0..N-1, the core's position in the platform (MPIDR Aff0 on virt64)

    explicit InitiatorCpu(unsigned i = 0) : index(i) {}
    tlm::tlm_extension_base* clone() const override { return new InitiatorCpu(index); }
    void copy_from(const tlm::tlm_extension_base& other) override
    {
        index = static_cast<const InitiatorCpu&>(other).index;
    }
};

// The processor index carried by tx, or 0 when it carries none.
inline unsigned initiator_cpu(const tlm::tlm_generic_payload& tx)
{
    const InitiatorCpu* ext = tx.get_extension<InitiatorCpu>();
    return ext ? ext->index : 0;
}

}  // namespace vp::bus
