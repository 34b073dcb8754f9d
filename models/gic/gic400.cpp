#include "gic/gic400.h"

#include "bus/initiator_cpu.h"

#include <algorithm>
#include <cstring>
#include <sstream>

namespace vp::gic {

namespace {

// Distributor register offsets (IHI0048B table 4-1).
constexpr uint32_t GICD_CTLR = 0x000;
constexpr uint32_t GICD_TYPER = 0x004;
constexpr uint32_t GICD_IIDR = 0x008;
constexpr uint32_t GICD_IGROUPR = 0x080;
constexpr uint32_t GICD_ISENABLER = 0x100;
constexpr uint32_t GICD_ICENABLER = 0x180;
constexpr uint32_t GICD_ISPENDR = 0x200;
constexpr uint32_t GICD_ICPENDR = 0x280;
constexpr uint32_t GICD_ISACTIVER = 0x300;
constexpr uint32_t GICD_ICACTIVER = 0x380;
constexpr uint32_t GICD_IPRIORITYR = 0x400;
constexpr uint32_t GICD_ITARGETSR = 0x800;
constexpr uint32_t GICD_ICFGR = 0xC00;
constexpr uint32_t GICD_SGIR = 0xF00;
constexpr uint32_t GICD_CPENDSGIR = 0xF10;
constexpr uint32_t GICD_SPENDSGIR = 0xF20;
constexpr uint32_t GICD_PIDR4 = 0xFD0;
constexpr uint32_t GICD_CIDR3 = 0xFFC;

// CPU interface register offsets (IHI0048B table 4-2).
constexpr uint32_t GICC_CTLR = 0x00;
constexpr uint32_t GICC_PMR = 0x04;
constexpr uint32_t GICC_BPR = 0x08;
constexpr uint32_t GICC_IAR = 0x0C;
constexpr uint32_t GICC_EOIR = 0x10;
constexpr uint32_t GICC_RPR = 0x14;
constexpr uint32_t GICC_HPPIR = 0x18;
constexpr uint32_t GICC_ABPR = 0x1C;
constexpr uint32_t GICC_AIAR = 0x20;
constexpr uint32_t GICC_AEOIR = 0x24;
constexpr uint32_t GICC_AHPPIR = 0x28;
constexpr uint32_t GICC_APR0 = 0xD0;
constexpr uint32_t GICC_NSAPR3 = 0xEC;
constexpr uint32_t GICC_IIDR = 0xFC;
constexpr uint32_t GICC_DIR = 0x1000;

// GICD_CTLR / GICC_CTLR bits (no Security Extensions view).
constexpr uint32_t CTLR_ENABLE_GRP0 = 1u << 0;
constexpr uint32_t CTLR_ENABLE_GRP1 = 1u << 1;
constexpr uint32_t GICC_CTLR_ACK_CTL = 1u << 2;
constexpr uint32_t GICC_CTLR_FIQ_EN = 1u << 3;
constexpr uint32_t GICC_CTLR_CBPR = 1u << 4;
constexpr uint32_t GICC_CTLR_EOIMODE = 1u << 9;
constexpr uint32_t GICC_CTLR_MASK = 0x7FF;

constexpr uint32_t kDistIidr = 0x0200143B;  // GIC-400, implementer ARM
constexpr uint32_t kCpuIidr = 0x0202043B;   // GIC-400 CPU interface, GICv2
constexpr uint8_t kPriorityMask = 0xF8;     // 5 implemented priority bits
constexpr uint8_t kMinBpr = 2;
constexpr uint8_t kMinAbpr = 3;
constexpr uint8_t kIdlePriority = 0xFF;

// GIC-400 identification registers at 0xFD0..0xFFC (PIDR4..7, PIDR0..3, CIDR0..3).
constexpr uint8_t kIdRegs[12] = {0x04, 0x00, 0x00, 0x00, 0x90, 0xB4, 0x2B, 0x00,
                                 0x0D, 0xF0, 0x05, 0xB1};

std::string hex(uint64_t v)
{
    std::ostringstream s;
    s << "0x" << std::hex << v;
    return s.str();
}

// Shared TLM front end: checks the access shape, then calls read/write.
template <typename Read32, typename Write32, typename IsByteReg, typename Read8, typename Write8>
void serve(tlm::tlm_generic_payload& tx, uint64_t window, const char* what, Read32 read32,
           Write32 write32, IsByteReg is_byte_reg, Read8 read8, Write8 write8)
{
    const uint64_t addr = tx.get_address();
    const unsigned len = tx.get_data_length();
    uint8_t* data = tx.get_data_ptr();
    const bool is_read = tx.is_read();
    tx.set_response_status(tlm::TLM_OK_RESPONSE);
    if (!tx.is_read() && !tx.is_write())
        return;

    const bool word = len == 4 && (addr & 3) == 0;
    const bool byte = len == 1;
    const bool in_window = addr + len <= window;
    const bool simple = tx.get_byte_enable_ptr() == nullptr &&
                        tx.get_streaming_width() >= len;
    if (!in_window || !simple || !(word || (byte && is_byte_reg(static_cast<uint32_t>(addr))))) {
        SC_REPORT_WARNING("vp/gic/bad_access",
                          (std::string(what) + ": unsupported " + std::to_string(len) +
                           "-byte " + (is_read ? "read" : "write") + " at offset " + hex(addr) +
                           "; expected an aligned 32-bit access (or a byte access to a "
                           "byte-accessible register) inside the window; read as 0/ignored")
                              .c_str());
        if (is_read)
            std::memset(data, 0, len);
        return;
    }
    const uint32_t offset = static_cast<uint32_t>(addr);
    if (byte) {
        if (is_read)
            data[0] = read8(offset);
        else
            write8(offset, data[0]);
        return;
    }
    if (is_read) {
        uint32_t v = read32(offset);
        std::memcpy(data, &v, 4);  // the host and the guest are both little-endian
    } else {
        uint32_t v;
        std::memcpy(&v, data, 4);
        write32(offset, v);
    }
}

void bad_offset(const char* what, uint32_t offset, bool is_read)
{
    SC_REPORT_WARNING("vp/gic/bad_offset",
                      (std::string(what) + ": " + (is_read ? "read from" : "write to") +
                       " unimplemented or " + (is_read ? "write-only" : "read-only") +
                       " register at offset " + hex(offset) + "; read as 0/ignored")
                          .c_str());
}

}  // namespace

Gic400::Gic400(sc_core::sc_module_name name, unsigned num_spis, unsigned num_cpus)
    : sc_core::sc_module(name),
      distributor("distributor"),
      cpu_interface("cpu_interface"),
      ppi("ppi", kNumPpis * std::clamp(num_cpus, 1u, kMaxCpus)),
      spi("spi", std::min(num_spis, kMaxSpis)),
      irq("irq", std::clamp(num_cpus, 1u, kMaxCpus)),
      fiq("fiq", std::clamp(num_cpus, 1u, kMaxCpus)),
      m_num_cpus(std::clamp(num_cpus, 1u, kMaxCpus)),
      m_num_irqs(kFirstSpi + std::min(num_spis, kMaxSpis)),
      m_banks(m_num_cpus),
      m_spis(m_num_irqs - kFirstSpi)
{
    if (num_spis > kMaxSpis)
        SC_REPORT_ERROR("vp/gic/config", "Gic400: num_spis is larger than 988; clamped");
    if (num_cpus < 1 || num_cpus > kMaxCpus)
        SC_REPORT_ERROR("vp/gic/config", "Gic400: num_cpus must be 1..8; clamped");

    distributor.register_b_transport(this, &Gic400::b_transport_dist);
    cpu_interface.register_b_transport(this, &Gic400::b_transport_cpu);

    // SGIs are always edge-triggered and, on the GIC-400, permanently
    // enabled: their GICD_ISENABLER0/ICENABLER0 bits read as one and ignore
    // writes (GIC-400 TRM; QEMU reads 0x0000ffff there too).
    for (Bank& bank : m_banks) {
        for (unsigned id = 0; id < kNumSgis; ++id) {
            bank.irqs[id].edge = true;
            bank.irqs[id].enabled = true;
        }
    }

    SC_HAS_PROCESS(Gic400);
    // One process samples the lines and drives all outputs (a signal may
    // only have one writer).
    SC_METHOD(update);
    sensitive << m_changed;
    for (auto& p : ppi)
        sensitive << p;
    for (auto& p : spi)
        sensitive << p;
}

void Gic400::before_end_of_elaboration()
{
    for (auto& p : ppi)
        if (p.bind_count() == 0)
            p.bind(m_tie_low);
    for (auto& p : spi)
        if (p.bind_count() == 0)
            p.bind(m_tie_low);
}

// ---------------------------------------------------------------------------
// Input lines and outputs

void Gic400::update()
{
    auto sample = [](Irq& i, bool level) {
        if (level && !i.line && i.edge)
            i.latched = true;  // rising edge
        i.line = level;
    };
    for (unsigned c = 0; c < m_num_cpus; ++c)
        for (unsigned n = 0; n < kNumPpis; ++n)
            sample(m_banks[c].irqs[kNumSgis + n], ppi[c * kNumPpis + n].read());
    for (unsigned n = 0; n < spi.size(); ++n)
        sample(m_spis[n], spi[n].read());
    for (unsigned c = 0; c < m_num_cpus; ++c) {
        SignalState s = signal_state(c);
        irq[c].write(s.irq);
        fiq[c].write(s.fiq);
    }
}

bool Gic400::pending(unsigned cpu, unsigned id) const
{
    if (id < kNumSgis)
        return m_banks[cpu].sgi_sources[id] != 0;
    const Irq& i = irq_state(cpu, id);
    return i.latched || (!i.edge && i.line);
}

uint8_t Gic400::lowest_sgi_source(unsigned cpu, unsigned id) const
{
    const uint8_t sources = m_banks[cpu].sgi_sources[id];
    return static_cast<uint8_t>(sources ? __builtin_ctz(sources) : 0);
}

uint8_t Gic400::group_priority(unsigned cpu, uint8_t priority, bool group1) const
{
    // BPR = n: group priority is bits [7:n+1]. ABPR = n: bits [7:n].
    const Bank& b = m_banks[cpu];
    unsigned shift = (group1 && !(b.cpu_ctlr & GICC_CTLR_CBPR)) ? b.abpr : b.bpr + 1u;
    return static_cast<uint8_t>(priority & ((0xFFu << shift) & 0xFFu));
}

uint8_t Gic400::running_priority(unsigned cpu) const
{
    uint8_t p = kIdlePriority;
    for (const auto& a : m_banks[cpu].active_priorities)
        p = std::min(p, a.group_priority);
    return p;
}

// Hot path: runs for every CPU on every line change and register access.
int Gic400::highest_pending(unsigned cpu) const
{
    const uint32_t cpu_ctlr = m_banks[cpu].cpu_ctlr;
    const uint32_t groups = m_dist_ctlr & cpu_ctlr & (CTLR_ENABLE_GRP0 | CTLR_ENABLE_GRP1);
    if (!groups)
        return -1;
    int best = -1;
    unsigned best_priority = 0x100;
    for (unsigned id = 0; id < m_num_irqs; ++id) {
        const Irq& i = irq_state(cpu, id);
        if (!i.enabled || i.active || !pending(cpu, id))
            continue;
        if (id >= kFirstSpi && !(i.targets & (1u << cpu)))
            continue;
        if (!(groups & (i.group1 ? CTLR_ENABLE_GRP1 : CTLR_ENABLE_GRP0)))
            continue;
        if (i.priority < best_priority) {
            best = static_cast<int>(id);
            best_priority = i.priority;
        }
    }
    return best;
}

Gic400::SignalState Gic400::signal_state(unsigned cpu) const
{
    SignalState s;
    int id = highest_pending(cpu);
    if (id < 0)
        return s;
    const Bank& b = m_banks[cpu];
    const Irq& i = irq_state(cpu, static_cast<unsigned>(id));
    if (i.priority >= b.pmr || group_priority(cpu, i.priority, i.group1) >= running_priority(cpu))
        return s;
    if (!i.group1 && (b.cpu_ctlr & GICC_CTLR_FIQ_EN))
        s.fiq = true;
    else
        s.irq = true;
    return s;
}

// ---------------------------------------------------------------------------
// TLM front ends

bool Gic400::accessing_cpu(const tlm::tlm_generic_payload& tx, const char* what,
                           unsigned& cpu) const
{
    cpu = vp::bus::initiator_cpu(tx);
    if (cpu < m_num_cpus)
        return true;
    SC_REPORT_WARNING("vp/gic/bad_cpu",
                      (std::string(what) + ": access from CPU " + std::to_string(cpu) +
                       ", but the GIC has " + std::to_string(m_num_cpus) +
                       " CPU interface(s); read as 0/ignored")
                          .c_str());
    return false;
}

void Gic400::b_transport_dist(tlm::tlm_generic_payload& tx, sc_core::sc_time&)
{
    unsigned c;
    if (!accessing_cpu(tx, "GIC distributor", c)) {
        tx.set_response_status(tlm::TLM_OK_RESPONSE);
        if (tx.is_read())
            std::memset(tx.get_data_ptr(), 0, tx.get_data_length());
        return;
    }
    serve(
        tx, kDistributorSize, "GIC distributor",
        [this, c](uint32_t o) { return dist_read32(c, o); },
        [this, c](uint32_t o, uint32_t v) { dist_write32(c, o, v); },
        [this](uint32_t o) { return dist_byte_register(o); },
        [this, c](uint32_t o) { return dist_read8(c, o); },
        [this, c](uint32_t o, uint8_t v) { dist_write8(c, o, v); });
}

void Gic400::b_transport_cpu(tlm::tlm_generic_payload& tx, sc_core::sc_time&)
{
    unsigned c;
    if (!accessing_cpu(tx, "GIC CPU interface", c)) {
        tx.set_response_status(tlm::TLM_OK_RESPONSE);
        if (tx.is_read())
            std::memset(tx.get_data_ptr(), 0, tx.get_data_length());
        return;
    }
    serve(
        tx, kCpuInterfaceSize, "GIC CPU interface",
        [this, c](uint32_t o) { return cpu_read32(c, o); },
        [this, c](uint32_t o, uint32_t v) { cpu_write32(c, o, v); },
        [](uint32_t) { return false; }, [](uint32_t) -> uint8_t { return 0; },
        [](uint32_t, uint8_t) {});
}

// ---------------------------------------------------------------------------
// Distributor

bool Gic400::dist_byte_register(uint32_t offset) const
{
    return (offset >= GICD_IPRIORITYR && offset < GICD_IPRIORITYR + 0x3FC) ||
           (offset >= GICD_ITARGETSR && offset < GICD_ITARGETSR + 0x3FC) ||
           (offset >= GICD_CPENDSGIR && offset < GICD_SPENDSGIR + 0x10);
}

uint8_t Gic400::dist_read8(unsigned cpu, uint32_t offset) const
{
    if (offset >= GICD_IPRIORITYR && offset < GICD_IPRIORITYR + 0x3FC) {
        unsigned id = offset - GICD_IPRIORITYR;
        return implemented(id) ? irq_state(cpu, id).priority : 0;
    }
    if (offset >= GICD_ITARGETSR && offset < GICD_ITARGETSR + 0x3FC) {
        unsigned id = offset - GICD_ITARGETSR;
        if (id < kFirstSpi)
            return static_cast<uint8_t>(1u << cpu);  // SGIs/PPIs: the reading CPU's own bit
        return implemented(id) ? irq_state(cpu, id).targets : 0;
    }
    if (offset >= GICD_CPENDSGIR && offset < GICD_SPENDSGIR + 0x10)
        return m_banks[cpu].sgi_sources[offset & 0xF];  // SGIs pending on the reading CPU
    return 0;
}

void Gic400::dist_write8(unsigned cpu, uint32_t offset, uint8_t value)
{
    if (offset >= GICD_IPRIORITYR && offset < GICD_IPRIORITYR + 0x3FC) {
        unsigned id = offset - GICD_IPRIORITYR;
        if (implemented(id))
            irq_state(cpu, id).priority = value & kPriorityMask;
    } else if (offset >= GICD_ITARGETSR && offset < GICD_ITARGETSR + 0x3FC) {
        unsigned id = offset - GICD_ITARGETSR;
        if (id >= kFirstSpi && implemented(id))
            m_spis[id - kFirstSpi].targets = value & cpu_mask();
        // SGI/PPI targets are read-only
    } else if (offset >= GICD_CPENDSGIR && offset < GICD_CPENDSGIR + 0x10) {
        m_banks[cpu].sgi_sources[offset & 0xF] &= static_cast<uint8_t>(~value);
    } else if (offset >= GICD_SPENDSGIR && offset < GICD_SPENDSGIR + 0x10) {
        m_banks[cpu].sgi_sources[offset & 0xF] |= value & cpu_mask();
    }
    changed();
}

uint32_t Gic400::read_bits(unsigned cpu, uint32_t first_id,
                           bool (Gic400::*get)(unsigned, unsigned) const) const
{
    uint32_t v = 0;
    for (unsigned b = 0; b < 32; ++b)
        if (implemented(first_id + b) && (this->*get)(cpu, first_id + b))
            v |= 1u << b;
    return v;
}

uint32_t Gic400::dist_read32(unsigned cpu, uint32_t offset)
{
    auto in = [offset](uint32_t base, uint32_t size) {
        return offset >= base && offset < base + size;
    };
    const uint32_t first_id = (offset & 0x7F) * 8;  // for the 1-bit-per-interrupt banks

    if (offset == GICD_CTLR)
        return m_dist_ctlr;
    if (offset == GICD_TYPER)
        return ((m_num_irqs + 31) / 32 - 1) | ((m_num_cpus - 1) << 5);
    if (offset == GICD_IIDR)
        return kDistIidr;
    if (in(GICD_IGROUPR, 0x80))
        return read_bits(cpu, first_id, &Gic400::is_group1);
    if (in(GICD_ISENABLER, 0x80) || in(GICD_ICENABLER, 0x80))
        return read_bits(cpu, first_id, &Gic400::is_enabled);
    if (in(GICD_ISPENDR, 0x80) || in(GICD_ICPENDR, 0x80))
        return read_bits(cpu, first_id, &Gic400::pending);
    if (in(GICD_ISACTIVER, 0x80) || in(GICD_ICACTIVER, 0x80))
        return read_bits(cpu, first_id, &Gic400::is_active);
    if (dist_byte_register(offset)) {
        uint32_t v = 0;
        for (unsigned b = 0; b < 4; ++b)
            v |= uint32_t(dist_read8(cpu, offset + b)) << (8 * b);
        return v;
    }
    if (in(GICD_ICFGR, 0x100)) {
        const unsigned first = (offset - GICD_ICFGR) * 4;
        uint32_t v = 0;
        for (unsigned n = 0; n < 16; ++n)
            if (implemented(first + n) && irq_state(cpu, first + n).edge)
                v |= 2u << (2 * n);
        return v;
    }
    if (offset >= GICD_PIDR4 && offset <= GICD_CIDR3)
        return kIdRegs[(offset - GICD_PIDR4) / 4];
    bad_offset("GIC distributor", offset, true);
    return 0;
}

void Gic400::dist_write32(unsigned cpu, uint32_t offset, uint32_t value)
{
    auto in = [offset](uint32_t base, uint32_t size) {
        return offset >= base && offset < base + size;
    };
    const uint32_t first_id = (offset & 0x7F) * 8;
    auto for_bits = [&](auto&& fn) {
        for (unsigned b = 0; b < 32; ++b)
            if ((value & (1u << b)) && implemented(first_id + b))
                fn(irq_state(cpu, first_id + b), first_id + b);
    };

    if (offset == GICD_CTLR) {
        m_dist_ctlr = value & (CTLR_ENABLE_GRP0 | CTLR_ENABLE_GRP1);
    } else if (in(GICD_IGROUPR, 0x80)) {
        for (unsigned b = 0; b < 32; ++b)
            if (implemented(first_id + b))
                irq_state(cpu, first_id + b).group1 = value & (1u << b);
    } else if (in(GICD_ISENABLER, 0x80)) {
        for_bits([](Irq& i, unsigned) { i.enabled = true; });
    } else if (in(GICD_ICENABLER, 0x80)) {
        for_bits([](Irq& i, unsigned id) {
            if (id >= kNumSgis)
                i.enabled = false;
        });
    } else if (in(GICD_ISPENDR, 0x80)) {
        // SGI bits are ignored: SGIs are made pending through GICD_SPENDSGIR.
        for_bits([](Irq& i, unsigned id) {
            if (id >= kNumSgis)
                i.latched = true;
        });
    } else if (in(GICD_ICPENDR, 0x80)) {
        for_bits([](Irq& i, unsigned id) {
            if (id >= kNumSgis)
                i.latched = false;
        });
    } else if (in(GICD_ISACTIVER, 0x80)) {
        for_bits([](Irq& i, unsigned) { i.active = true; });
    } else if (in(GICD_ICACTIVER, 0x80)) {
        for_bits([](Irq& i, unsigned) { i.active = false; });
    } else if (dist_byte_register(offset)) {
        for (unsigned b = 0; b < 4; ++b)
            dist_write8(cpu, offset + b, static_cast<uint8_t>(value >> (8 * b)));
    } else if (in(GICD_ICFGR, 0x100)) {
        const unsigned first = (offset - GICD_ICFGR) * 4;
        for (unsigned n = 0; n < 16; ++n)
            if (first + n >= kNumSgis && implemented(first + n))
                irq_state(cpu, first + n).edge = value & (2u << (2 * n));
    } else if (offset == GICD_SGIR) {
        send_sgi(cpu, value);
    } else {
        bad_offset("GIC distributor", offset, false);
        return;
    }
    changed();
}

// GICD_SGIR (IHI0048B 4.3.15): SGI `id` becomes pending on each target CPU
// with the writing CPU as its source.
void Gic400::send_sgi(unsigned self, uint32_t value)
{
    const unsigned id = value & 0xF;
    const unsigned filter = (value >> 24) & 3;
    const unsigned list = (value >> 16) & 0xFF;
    unsigned targets = 0;
    switch (filter) {
    case 0: targets = list; break;                      // the CPUs in CPUTargetList
    case 1: targets = 0xFF & ~(1u << self); break;      // every CPU but the requester
    case 2: targets = 1u << self; break;                // only the requester
    default:
        SC_REPORT_WARNING("vp/gic/bad_sgi",
                          "GICD_SGIR: TargetListFilter 0b11 is reserved; SGI ignored");
        return;
    }
    targets &= cpu_mask();  // CPU interfaces that do not exist receive nothing
    for (unsigned c = 0; c < m_num_cpus; ++c)
        if (targets & (1u << c))
            m_banks[c].sgi_sources[id] |= static_cast<uint8_t>(1u << self);
}

// ---------------------------------------------------------------------------
// CPU interface

uint32_t Gic400::cpu_read32(unsigned cpu, uint32_t offset)
{
    const Bank& b = m_banks[cpu];
    switch (offset) {
    case GICC_CTLR: return b.cpu_ctlr;
    case GICC_PMR: return b.pmr;
    case GICC_BPR: return b.bpr;
    case GICC_ABPR: return b.abpr;
    case GICC_IAR: return acknowledge(cpu, false);
    case GICC_AIAR: return acknowledge(cpu, true);
    case GICC_RPR: return running_priority(cpu);
    case GICC_HPPIR:
    case GICC_AHPPIR: {
        int id = highest_pending(cpu);
        if (id < 0)
            return kSpuriousId;
        const Irq& i = irq_state(cpu, static_cast<unsigned>(id));
        if (i.priority >= b.pmr)
            return kSpuriousId;
        if (offset == GICC_HPPIR && i.group1 && !(b.cpu_ctlr & GICC_CTLR_ACK_CTL))
            return kGroup1SpuriousId;
        if (offset == GICC_AHPPIR && !i.group1)
            return kSpuriousId;
        uint32_t result = static_cast<uint32_t>(id);
        if (id < static_cast<int>(kNumSgis))  // CPUID: the source the next IAR would name
            result |= uint32_t(lowest_sgi_source(cpu, static_cast<unsigned>(id))) << 10;
        return result;
    }
    case GICC_APR0: {
        // One bit per active group priority (32 levels: priority >> 3).
        uint32_t v = 0;
        for (const auto& a : b.active_priorities)
            v |= 1u << (a.group_priority >> 3);
        return v;
    }
    case GICC_IIDR: return kCpuIidr;
    default:
        if (offset > GICC_APR0 && offset <= GICC_NSAPR3)
            return 0;  // APR1..3 and NSAPRn: not used with 32 priority levels / no security
        bad_offset("GIC CPU interface", offset, true);
        return 0;
    }
}

void Gic400::cpu_write32(unsigned cpu, uint32_t offset, uint32_t value)
{
    Bank& b = m_banks[cpu];
    switch (offset) {
    case GICC_CTLR: b.cpu_ctlr = value & GICC_CTLR_MASK; break;
    case GICC_PMR: b.pmr = value & kPriorityMask; break;
    case GICC_BPR: b.bpr = std::max<uint8_t>(value & 7, kMinBpr); break;
    case GICC_ABPR: b.abpr = std::max<uint8_t>(value & 7, kMinAbpr); break;
    case GICC_EOIR: end_of_interrupt(cpu, value, false); break;
    case GICC_AEOIR: end_of_interrupt(cpu, value, true); break;
    case GICC_DIR: deactivate(cpu, value); break;
    default:
        if (offset >= GICC_APR0 && offset <= GICC_NSAPR3)
            break;  // restoring APRs after power-down is not supported; ignored
        bad_offset("GIC CPU interface", offset, false);
        return;
    }
    changed();
}

uint32_t Gic400::acknowledge(unsigned cpu, bool alias)
{
    int id = highest_pending(cpu);
    if (id < 0)
        return kSpuriousId;
    Bank& b = m_banks[cpu];
    Irq& i = irq_state(cpu, static_cast<unsigned>(id));
    if (i.priority >= b.pmr || group_priority(cpu, i.priority, i.group1) >= running_priority(cpu))
        return kSpuriousId;
    if (alias && !i.group1)
        return kSpuriousId;  // GICC_AIAR only acknowledges Group 1 interrupts
    if (!alias && i.group1 && !(b.cpu_ctlr & GICC_CTLR_ACK_CTL))
        return kGroup1SpuriousId;

    uint32_t result = static_cast<uint32_t>(id);
    if (id < static_cast<int>(kNumSgis)) {
        // One source at a time, lowest CPU first; the others stay pending
        // (IHI0048B 3.2.4: SGI pending state is per source).
        const unsigned source = lowest_sgi_source(cpu, static_cast<unsigned>(id));
        b.sgi_sources[id] &= static_cast<uint8_t>(~(1u << source));
        result |= source << 10;
    } else {
        i.latched = false;  // a level interrupt stays pending while its line is high
    }
    // An SPI becomes active for every CPU it targets: the others no longer
    // see it (1-N model), and an IAR there reads spurious.
    i.active = true;
    b.active_priorities.push_back(
        {static_cast<unsigned>(id), group_priority(cpu, i.priority, i.group1)});
    changed();
    return result;
}

void Gic400::end_of_interrupt(unsigned cpu, uint32_t value, bool alias)
{
    const unsigned id = value & 0x3FF;
    if (id >= 1020)
        return;  // EOI of a spurious ID has no effect
    auto& list = m_banks[cpu].active_priorities;
    auto it = std::find_if(list.rbegin(), list.rend(),
                           [id](const ActivePriority& a) { return a.id == id; });
    if (it == list.rend()) {
        SC_REPORT_WARNING("vp/gic/bad_eoi",
                          ((alias ? "GICC_AEOIR" : "GICC_EOIR") + std::string(": interrupt ") +
                           std::to_string(id) + " is not an acknowledged interrupt of CPU " +
                           std::to_string(cpu) + " awaiting priority drop; ignored")
                              .c_str());
        return;
    }
    list.erase(std::next(it).base());
    if (!(m_banks[cpu].cpu_ctlr & GICC_CTLR_EOIMODE) && implemented(id))
        irq_state(cpu, id).active = false;
}

void Gic400::deactivate(unsigned cpu, uint32_t value)
{
    const unsigned id = value & 0x3FF;
    if (id >= 1020 || !implemented(id))
        return;
    if (!(m_banks[cpu].cpu_ctlr & GICC_CTLR_EOIMODE)) {
        SC_REPORT_WARNING("vp/gic/bad_dir",
                          "GICC_DIR written while GICC_CTLR.EOImode is 0 (EOIR already "
                          "deactivates); ignored");
        return;
    }
    irq_state(cpu, id).active = false;
}

}  // namespace vp::gic
