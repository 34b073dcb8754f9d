// Mmu: VMSAv8-64 stage-1 address translation for the EL1&0 regime (ARM ARM
// D5.2 translation tables, D5.4 memory access control, D5.5 attributes,
// D5.10 TLB maintenance), 4 KiB granule, with a TLB tagged by ASID/nG.
// Not modelled: 16/64 KiB granules (TG0/TG1 are ignored: always 4 KiB), stage 2,
// hardware AF/DBM updates, PAN, 52-bit addresses, walk caches, TTBR CnP.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace vp::arm64 {

enum class AccessType : uint8_t { read, write, fetch };

// Faults the MMU reports, plus the two the CPU raises itself, so that one
// helper computes every DFSC/IFSC.
enum class FaultType : uint8_t {
    none,
    address_size,   // FSC 0b0000nn
    translation,    // FSC 0b0001nn
    access_flag,    // FSC 0b0010nn (level 1..3)
    permission,     // FSC 0b0011nn (level 1..3)
    external_walk,  // FSC 0b0101nn: bus error while reading a descriptor
    external,       // FSC 0b010000: bus error on the access itself (CPU)
    alignment,      // FSC 0b100001 (CPU)
};

// DFSC/IFSC value for ESR_ELx.ISS[5:0] and PAR_EL1.FST.
uint8_t fault_status_code(FaultType fault, unsigned level);

// The system registers the walk depends on, as the guest programmed them.
struct TranslationRegs {
    uint64_t sctlr = 0;  // SCTLR_EL1: M (bit 0), WXN (bit 19), I (bit 12)
    uint64_t tcr = 0;    // TCR_EL1
    uint64_t ttbr0 = 0;  // TTBR0_EL1
    uint64_t ttbr1 = 0;  // TTBR1_EL1
    uint64_t mair = 0;   // MAIR_EL1
};

// Physical reads of descriptors. Implemented by the CPU (DMI or b_transport).
struct WalkMemory {
    virtual ~WalkMemory() = default;
    // Reads a little-endian 64-bit descriptor. false = bus error, which
    // becomes a synchronous external abort on the walk.
    virtual bool read64(uint64_t pa, uint64_t& value) = 0;
};

struct Translation {
    FaultType fault = FaultType::none;
    // On a fault: the level it is reported at. On success: the level of the
    // leaf descriptor (1 = 1 GiB block, 2 = 2 MiB block, 3 = page), or 0 with
    // the MMU off.
    unsigned level = 0;
    uint64_t pa = 0;           // on success: output address of va
    uint64_t size = 0;         // bytes mapped by the leaf (4K/2M/1G); 4K when MMU off
    uint8_t attr = 0;          // MAIR attribute byte selected by AttrIndx
    bool device = false;       // attr is Device-* (attr[7:4] == 0)
    uint8_t sh = 0;            // SH[1:0] of the descriptor (PAR_EL1 format)
    bool global = true;        // !nG
    uint16_t asid = 0;         // ASID the entry was looked up with
    // Effective permissions of the mapping, WXN and the EL1/EL0-writable rule
    // applied. Valid on success and on permission faults.
    bool el1_read = false, el1_write = false, el1_exec = false;
    bool el0_read = false, el0_write = false, el0_exec = false;

    bool ok() const { return fault == FaultType::none; }
};

// PAR_EL1 value for an AT S1E* instruction given its translation result.
uint64_t par_el1(const Translation& t);

class Mmu {
public:
    // pa_bits: implemented physical address size (ID_AA64MMFR0_EL1.PARange);
    // TCR_EL1.IPS is capped to it.
    explicit Mmu(unsigned pa_bits = 40);

    // Translates va for an access at EL1 (unprivileged=false) or EL0 /
    // LDTR/STTR (unprivileged=true). Successful walks are cached in the TLB;
    // faults are never cached.
    Translation translate(uint64_t va, AccessType type, bool unprivileged,
                          const TranslationRegs& regs, WalkMemory& mem);

    // The same translation without side effects, for debuggers: no TLB lookup
    // or fill, no statistics, nothing cached (mem should not add latency).
    Translation probe(uint64_t va, AccessType type, bool unprivileged,
                      const TranslationRegs& regs, WalkMemory& mem) const;

    // TLB maintenance. "va" is any address inside the page; bits [55:12] are
    // used (the TLBI operand's VA field shifted left by 12). asid is 16-bit;
    // with TCR_EL1.AS=0 only its low 8 bits are compared.
    void flush_all();                                            // VMALLE1(IS)
    void flush_va(uint64_t va, uint16_t asid, bool last_level);  // VAE1, VALE1
    void flush_va_all_asids(uint64_t va, bool last_level);       // VAAE1, VAALE1
    void flush_asid(uint16_t asid);                              // ASIDE1

    // The same, taking the TLBI Xt operand as the instruction provides it.
    void tlbi_vmalle1() { flush_all(); }
    void tlbi_vae1(uint64_t xt) { flush_va(xt << 12, asid_of(xt), false); }
    void tlbi_vale1(uint64_t xt) { flush_va(xt << 12, asid_of(xt), true); }
    void tlbi_aside1(uint64_t xt) { flush_asid(asid_of(xt)); }
    void tlbi_vaae1(uint64_t xt) { flush_va_all_asids(xt << 12, false); }
    void tlbi_vaale1(uint64_t xt) { flush_va_all_asids(xt << 12, true); }

    // Incremented by every flush: the CPU compares it to drop its own
    // VA->host-pointer caches.
    uint64_t generation() const { return m_generation; }

    // Statistics.
    uint64_t walks() const { return m_walks; }
    uint64_t hits() const { return m_hits; }

private:
    struct Entry {
        bool valid = false;
        bool global = false;
        uint16_t asid = 0;
        uint8_t level = 0;
        uint8_t attr = 0;
        uint8_t sh = 0;
        uint8_t ap = 0;          // AP[2:1] after APTable
        bool uxn = false, pxn = false;
        uint64_t vpage = 0;      // VA[55:12]
        uint64_t pa_page = 0;    // PA of this 4 KiB page
        uint64_t size = 0;       // leaf size
    };
    static constexpr size_t tlb_entries = 1024;

    static uint16_t asid_of(uint64_t xt) { return static_cast<uint16_t>(xt >> 48); }
    static uint64_t vpage_of(uint64_t va) { return (va >> 12) & ((uint64_t{1} << 44) - 1); }
    static size_t index_of(uint64_t vpage) { return (vpage ^ (vpage >> 27)) & (tlb_entries - 1); }

    // Walk parameters derived from the VA and TCR_EL1 (prepare()).
    struct WalkParams {
        bool upper = false;
        unsigned inputsize = 0;
        uint16_t asid = 0;
        uint16_t asid_mask = 0xff;
    };
    bool prepare(uint64_t va, AccessType type, const TranslationRegs& regs, Translation& t,
                 WalkParams& w) const;
    Translation walk(uint64_t va, bool upper, unsigned inputsize, uint16_t asid,
                     const TranslationRegs& regs, WalkMemory& mem, Entry& out) const;
    Translation finish(const Entry& e, uint64_t va, AccessType type, bool unprivileged,
                       const TranslationRegs& regs) const;
    void invalidate(Entry& e);
    bool covers(const Entry& e, uint64_t vpage) const;

    unsigned m_pa_bits;
    uint16_t m_asid_mask = 0xff;
    std::array<Entry, tlb_entries> m_tlb{};
    size_t m_block_entries = 0;  // valid entries with size > 4 KiB
    uint64_t m_generation = 0;
    uint64_t m_walks = 0;
    uint64_t m_hits = 0;
};

}  // namespace vp::arm64
