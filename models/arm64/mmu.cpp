// Mmu: VMSAv8-64 stage-1 translation for EL1&0, 4 KiB granule. See mmu.h.
#include "arm64/mmu.h"

#include <algorithm>

namespace vp::arm64 {

namespace {

constexpr uint64_t bit(uint64_t value, unsigned n) { return (value >> n) & 1; }
constexpr uint64_t oa_mask = 0x0000'FFFF'FFFF'F000ULL;  // descriptor OA[47:12]

constexpr uint64_t sctlr_m = 1ULL << 0;
constexpr uint64_t sctlr_i = 1ULL << 12;
constexpr unsigned sctlr_wxn_bit = 19;

// TCR_EL1 fields used by the walk.
constexpr unsigned tcr_epd0_bit = 7;
constexpr unsigned tcr_a1_bit = 22;
constexpr unsigned tcr_epd1_bit = 23;
constexpr unsigned tcr_as_bit = 36;
constexpr unsigned tcr_tbi0_bit = 37;
constexpr unsigned tcr_tbi1_bit = 38;

unsigned ips_bits(uint64_t tcr)
{
    // TCR_EL1.IPS (bits 34:32). 52-bit (0b110) needs FEAT_LPA: treated as 48.
    static constexpr unsigned sizes[8] = {32, 36, 40, 42, 44, 48, 48, 48};
    return sizes[(tcr >> 32) & 7];
}

bool above(uint64_t address, unsigned bits)
{
    return bits < 64 && (address >> bits) != 0;
}

}  // namespace

uint8_t fault_status_code(FaultType fault, unsigned level)
{
    const uint8_t lvl = static_cast<uint8_t>(level & 3);
    switch (fault) {
    case FaultType::none: return 0;
    case FaultType::address_size: return 0x00 | lvl;
    case FaultType::translation: return 0x04 | lvl;
    case FaultType::access_flag: return 0x08 | lvl;
    case FaultType::permission: return 0x0C | lvl;
    case FaultType::external_walk: return 0x14 | lvl;
    case FaultType::external: return 0x10;
    case FaultType::alignment: return 0x21;
    }
    return 0;
}

uint64_t par_el1(const Translation& t)
{
    uint64_t par = 1ULL << 11;  // RES1 in both formats
    if (!t.ok()) {
        return par | 1 | (uint64_t{fault_status_code(t.fault, t.level)} << 1);
    }
    // Device and Normal Non-cacheable memory are always reported Outer Shareable.
    const uint8_t sh = (t.device || t.attr == 0x44) ? 2 : t.sh;
    par |= t.pa & oa_mask;
    par |= 1ULL << 9;  // NS: there is no Secure state in this model
    par |= uint64_t{sh} << 7;
    par |= uint64_t{t.attr} << 56;
    return par;
}

Mmu::Mmu(unsigned pa_bits)
    : m_pa_bits(std::clamp(pa_bits, 32u, 48u))
{
}

// The part of a translation before the TLB: the flat mapping with the MMU off,
// and the VA range, TBI and EPDn checks. Returns true when it decided (t is
// the result); otherwise fills the walk parameters.
bool Mmu::prepare(uint64_t va, AccessType type, const TranslationRegs& regs, Translation& t,
                  WalkParams& w) const
{
    if (!(regs.sctlr & sctlr_m)) {
        // Stage 1 disabled: flat mapping, data is Device-nGnRnE, instruction
        // fetches are Normal (write-through if SCTLR.I, else non-cacheable).
        if (above(va, m_pa_bits)) {
            t.fault = FaultType::address_size;
            t.level = 0;
            return true;
        }
        t.pa = va;
        t.size = 4096;
        t.device = type != AccessType::fetch;
        t.attr = t.device ? 0x00 : ((regs.sctlr & sctlr_i) ? 0xAA : 0x44);
        t.sh = 2;
        t.el1_read = t.el1_write = t.el1_exec = true;
        t.el0_read = t.el0_write = t.el0_exec = true;
        return true;
    }

    const uint64_t tcr = regs.tcr;
    w.upper = bit(va, 55);
    const bool tbi = bit(tcr, w.upper ? tcr_tbi1_bit : tcr_tbi0_bit);
    const unsigned top = tbi ? 55 : 63;
    // T0SZ/T1SZ outside 16..39 are CONSTRAINED UNPREDICTABLE: clamp.
    const unsigned txsz = std::clamp<unsigned>((tcr >> (w.upper ? 16 : 0)) & 63, 16, 39);
    w.inputsize = 64 - txsz;

    w.asid_mask = bit(tcr, tcr_as_bit) ? 0xffff : 0xff;
    const uint64_t asid_ttbr = bit(tcr, tcr_a1_bit) ? regs.ttbr1 : regs.ttbr0;
    w.asid = static_cast<uint16_t>((asid_ttbr >> 48) & w.asid_mask);

    // VA[top:inputsize] must all equal the range select bit, and the range's
    // walks must be enabled; otherwise a level 0 translation fault.
    const uint64_t top_mask = (top == 63 ? ~0ULL : ((1ULL << (top + 1)) - 1))
                              & ~((1ULL << w.inputsize) - 1);
    const bool in_range = w.upper ? (va & top_mask) == top_mask : (va & top_mask) == 0;
    const bool disabled = bit(tcr, w.upper ? tcr_epd1_bit : tcr_epd0_bit);
    if (!in_range || disabled) {
        t.fault = FaultType::translation;
        t.level = 0;
        return true;
    }
    return false;
}

Translation Mmu::translate(uint64_t va, AccessType type, bool unprivileged,
                          const TranslationRegs& regs, WalkMemory& mem)
{
    Translation t;
    WalkParams w;
    if (prepare(va, type, regs, t, w))
        return t;
    m_asid_mask = w.asid_mask;

    const uint64_t vpage = vpage_of(va);
    Entry& slot = m_tlb[index_of(vpage)];
    if (slot.valid && slot.vpage == vpage && (slot.global || slot.asid == w.asid)) {
        ++m_hits;
        return finish(slot, va, type, unprivileged, regs);
    }

    Entry fresh;
    ++m_walks;
    Translation r = walk(va, w.upper, w.inputsize, w.asid, regs, mem, fresh);
    if (!r.ok()) {
        return r;
    }
    invalidate(slot);
    slot = fresh;
    if (slot.size > 4096) {
        ++m_block_entries;
    }
    return finish(slot, va, type, unprivileged, regs);
}

Translation Mmu::probe(uint64_t va, AccessType type, bool unprivileged,
                       const TranslationRegs& regs, WalkMemory& mem) const
{
    Translation t;
    WalkParams w;
    if (prepare(va, type, regs, t, w))
        return t;
    Entry e;
    Translation r = walk(va, w.upper, w.inputsize, w.asid, regs, mem, e);
    if (!r.ok()) {
        return r;
    }
    return finish(e, va, type, unprivileged, regs);
}

Translation Mmu::walk(uint64_t va, bool upper, unsigned inputsize, uint16_t asid,
                      const TranslationRegs& regs, WalkMemory& mem, Entry& out) const
{
    Translation t;
    const unsigned outputsize = std::min(ips_bits(regs.tcr), m_pa_bits);

    // TTBR BADDR: bits [47:1]; the ASID lives in [63:48].
    uint64_t base = (upper ? regs.ttbr1 : regs.ttbr0) & 0x0000'FFFF'FFFF'FFFEULL;
    if (above(base, outputsize)) {
        t.fault = FaultType::address_size;
        t.level = 0;
        return t;
    }

    // 4 KiB granule: 9 bits per level, 12 bits page offset.
    const unsigned start_level = 4 - (inputsize - 12 + 8) / 9;
    const unsigned first_bits = inputsize - (12 + 9 * (3 - start_level));
    base &= ~((8ULL << first_bits) - 1);  // table aligned to its size

    bool table_no_el0 = false, table_ro = false, table_uxn = false, table_pxn = false;
    for (unsigned level = start_level;; ++level) {
        const unsigned shift = 12 + 9 * (3 - level);
        const unsigned bits = (level == start_level) ? first_bits : 9;
        const uint64_t index = (va >> shift) & ((1ULL << bits) - 1);
        uint64_t desc = 0;
        t.level = level;
        if (!mem.read64(base + index * 8, desc)) {
            t.fault = FaultType::external_walk;
            return t;
        }
        const unsigned type = desc & 3;
        const bool is_table = level < 3 && type == 3;
        const bool is_leaf = (level == 3 && type == 3) || ((level == 1 || level == 2) && type == 1);
        if (!is_table && !is_leaf) {
            // Invalid, reserved at level 3, or a block at level 0.
            t.fault = FaultType::translation;
            return t;
        }
        if (is_table) {
            const uint64_t next = desc & oa_mask;
            if (above(next, outputsize)) {
                t.fault = FaultType::address_size;
                return t;
            }
            // Hierarchical controls: APTable[1:0] (62:61), UXNTable (60), PXNTable (59).
            table_no_el0 |= bit(desc, 61);
            table_ro |= bit(desc, 62);
            table_uxn |= bit(desc, 60);
            table_pxn |= bit(desc, 59);
            base = next;
            continue;
        }

        const uint64_t size = 1ULL << shift;
        const uint64_t oa = desc & oa_mask & ~(size - 1);
        if (above(oa, outputsize)) {
            t.fault = FaultType::address_size;
            return t;
        }
        // No hardware Access flag management: AF=0 faults (before permissions).
        if (!bit(desc, 10)) {
            t.fault = FaultType::access_flag;
            return t;
        }
        uint8_t ap = (desc >> 6) & 3;  // AP[2:1]
        if (table_ro) {
            ap |= 2;
        }
        if (table_no_el0) {
            ap &= ~1;
        }
        out.valid = true;
        out.global = !bit(desc, 11);
        out.asid = asid;
        out.level = static_cast<uint8_t>(level);
        out.attr = static_cast<uint8_t>(regs.mair >> (8 * ((desc >> 2) & 7)));
        out.sh = (desc >> 8) & 3;
        out.ap = ap;
        out.uxn = bit(desc, 54) || table_uxn;
        out.pxn = bit(desc, 53) || table_pxn;
        out.vpage = vpage_of(va);
        out.pa_page = oa | (va & (size - 1) & ~0xFFFULL);
        out.size = size;
        return t;
    }
}

Translation Mmu::finish(const Entry& e, uint64_t va, AccessType type, bool unprivileged,
                        const TranslationRegs& regs) const
{
    Translation t;
    t.level = e.level;
    t.pa = e.pa_page | (va & 0xFFF);
    t.size = e.size;
    t.attr = e.attr;
    t.device = (e.attr & 0xF0) == 0;
    t.sh = e.sh;
    t.global = e.global;
    t.asid = e.asid;

    // AP[2:1]: 00 EL1 RW; 01 EL1+EL0 RW; 10 EL1 RO; 11 EL1+EL0 RO.
    const bool wxn = bit(regs.sctlr, sctlr_wxn_bit);
    t.el1_read = true;
    t.el1_write = !(e.ap & 2);
    t.el0_read = e.ap & 1;
    t.el0_write = e.ap == 1;
    t.el0_exec = !e.uxn && !(wxn && t.el0_write);
    // EL1 never executes memory that EL0 can write (EL1&0 regime rule).
    t.el1_exec = !e.pxn && !(wxn && t.el1_write) && !t.el0_write;

    bool allowed = false;
    switch (type) {
    case AccessType::read: allowed = unprivileged ? t.el0_read : t.el1_read; break;
    case AccessType::write: allowed = unprivileged ? t.el0_write : t.el1_write; break;
    case AccessType::fetch: allowed = unprivileged ? t.el0_exec : t.el1_exec; break;
    }
    if (!allowed) {
        t.fault = FaultType::permission;
    }
    return t;
}

void Mmu::invalidate(Entry& e)
{
    if (e.valid && e.size > 4096) {
        --m_block_entries;
    }
    e.valid = false;
}

bool Mmu::covers(const Entry& e, uint64_t vpage) const
{
    const uint64_t pages = e.size >> 12;
    return ((e.vpage ^ vpage) & ~(pages - 1)) == 0;
}

void Mmu::flush_all()
{
    for (Entry& e : m_tlb) {
        e.valid = false;
    }
    m_block_entries = 0;
    ++m_generation;
}

void Mmu::flush_va(uint64_t va, uint16_t asid, bool /*last_level*/)
{
    // Only leaf entries are cached, so the last-level forms are the same.
    const uint64_t vpage = vpage_of(va);
    const uint16_t tag = asid & m_asid_mask;
    auto match = [&](const Entry& e) {
        return e.valid && covers(e, vpage) && (e.global || e.asid == tag);
    };
    if (m_block_entries == 0) {
        Entry& e = m_tlb[index_of(vpage)];
        if (match(e)) {
            invalidate(e);
        }
    } else {
        for (Entry& e : m_tlb) {
            if (match(e)) {
                invalidate(e);
            }
        }
    }
    ++m_generation;
}

void Mmu::flush_va_all_asids(uint64_t va, bool /*last_level*/)
{
    const uint64_t vpage = vpage_of(va);
    if (m_block_entries == 0) {
        Entry& e = m_tlb[index_of(vpage)];
        if (e.valid && covers(e, vpage)) {
            invalidate(e);
        }
    } else {
        for (Entry& e : m_tlb) {
            if (e.valid && covers(e, vpage)) {
                invalidate(e);
            }
        }
    }
    ++m_generation;
}

void Mmu::flush_asid(uint16_t asid)
{
    const uint16_t tag = asid & m_asid_mask;
    for (Entry& e : m_tlb) {
        if (e.valid && !e.global && e.asid == tag) {
            invalidate(e);
        }
    }
    ++m_generation;
}

}  // namespace vp::arm64
