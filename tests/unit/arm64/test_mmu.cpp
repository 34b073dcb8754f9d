// Unit tests of models/arm64/mmu.h: page tables are built in a test memory, the
// MMU walks them, and the tests check output addresses, attributes, fault
// types with their levels, permissions and which TLB entries each TLBI form
// invalidates (by changing the tables behind the TLB's back).
#include "arm64/mmu.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <set>
#include <unordered_map>

using namespace vp::arm64;

namespace {

// Descriptor bits.
constexpr uint64_t kValid = 1;
constexpr uint64_t kTable = 3;
constexpr uint64_t kPage = 3;
constexpr uint64_t kBlock = 1;
constexpr uint64_t kAttr(unsigned index) { return uint64_t{index} << 2; }
constexpr uint64_t kApEl0 = 1ULL << 6;  // AP[1]
constexpr uint64_t kApRo = 1ULL << 7;   // AP[2]
constexpr uint64_t kAf = 1ULL << 10;
constexpr uint64_t kNg = 1ULL << 11;
constexpr uint64_t kPxn = 1ULL << 53;
constexpr uint64_t kUxn = 1ULL << 54;
constexpr uint64_t kApTableRo = 1ULL << 62;

// MAIR: 0 = Device-nGnRnE, 1 = Normal WB, 2 = Normal NC, 3 = Device-nGnRE.
constexpr uint64_t kMair = 0x04'44'FF'00;

// TCR_EL1 fields.
constexpr uint64_t tcr_t0sz(unsigned n) { return n; }
constexpr uint64_t tcr_t1sz(unsigned n) { return uint64_t{n} << 16; }
constexpr uint64_t kTcrEpd0 = 1ULL << 7;
constexpr uint64_t kTcrA1 = 1ULL << 22;
constexpr uint64_t kTcrEpd1 = 1ULL << 23;
constexpr uint64_t kTcrTg1_4k = 2ULL << 30;
constexpr uint64_t tcr_ips(unsigned n) { return uint64_t{n} << 32; }
constexpr uint64_t kTcrAs16 = 1ULL << 36;
constexpr uint64_t kTcrTbi0 = 1ULL << 37;

constexpr uint64_t kSctlrM = 1;
constexpr uint64_t kSctlrWxn = 1ULL << 19;

// Physical memory holding the tables: sparse 64-bit words, plus a range that
// answers with a bus error.
class TableMemory : public WalkMemory {
public:
    bool read64(uint64_t pa, uint64_t& value) override
    {
        ++reads;
        if (pa >= bad_start && pa < bad_end) {
            return false;
        }
        auto it = words.find(pa);
        value = it == words.end() ? 0 : it->second;
        return true;
    }
    std::unordered_map<uint64_t, uint64_t> words;
    uint64_t bad_start = 0, bad_end = 0;
    unsigned reads = 0;
};

// Builds 4 KiB-granule tables under a root, allocating tables as needed.
class Tables {
public:
    Tables(TableMemory& mem, uint64_t root, unsigned inputsize)
        : m_mem(mem), m_root(root), m_inputsize(inputsize)
    {
    }
    uint64_t root() const { return m_root; }
    unsigned start_level() const { return 4 - (m_inputsize - 12 + 8) / 9; }

    // Address of the descriptor for va at `level`, creating the tables above it.
    uint64_t slot(uint64_t va, unsigned level)
    {
        uint64_t table = m_root;
        for (unsigned l = start_level();; ++l) {
            const unsigned shift = 12 + 9 * (3 - l);
            const uint64_t index = (va >> shift) & (l == start_level()
                                                        ? ((1ULL << (m_inputsize - shift)) - 1)
                                                        : 511);
            const uint64_t addr = table + index * 8;
            if (l == level) {
                return addr;
            }
            uint64_t& desc = m_mem.words[addr];
            if ((desc & 3) != kTable) {
                desc = s_next_table | kTable;
                s_next_table += 0x1000;
            }
            table = desc & 0x0000'FFFF'FFFF'F000ULL;
        }
    }
    void set(uint64_t va, unsigned level, uint64_t desc) { m_mem.words[slot(va, level)] = desc; }
    void page(uint64_t va, uint64_t pa, uint64_t attrs = kAttr(1) | kAf)
    {
        set(va, 3, pa | kPage | attrs);
    }

private:
    static inline uint64_t s_next_table = 0x1000'0000;
    TableMemory& m_mem;
    uint64_t m_root;
    unsigned m_inputsize;
};

struct Fixture {
    TableMemory mem;
    Mmu mmu{48};
    TranslationRegs regs;
    Tables low{mem, 0x0800'0000, 48};
    Tables high{mem, 0x0900'0000, 48};

    Fixture()
    {
        regs.sctlr = kSctlrM;
        regs.tcr = tcr_t0sz(16) | tcr_t1sz(16) | kTcrTg1_4k | tcr_ips(5) | kTcrAs16;
        regs.ttbr0 = low.root();
        regs.ttbr1 = high.root();
        regs.mair = kMair;
    }
    Translation read(uint64_t va, bool el0 = false)
    {
        return mmu.translate(va, AccessType::read, el0, regs, mem);
    }
    Translation write(uint64_t va, bool el0 = false)
    {
        return mmu.translate(va, AccessType::write, el0, regs, mem);
    }
    Translation fetch(uint64_t va, bool el0 = false)
    {
        return mmu.translate(va, AccessType::fetch, el0, regs, mem);
    }
    void set_asid(uint16_t asid) { regs.ttbr0 = low.root() | (uint64_t{asid} << 48); }
};

}  // namespace

TEST_CASE("48-bit VA: a four-level walk from TTBR0 maps a page and the TLB then answers", "[mmu]")
{
    Fixture f;
    f.low.page(0x0000'1234'5678'9000, 0x8000'3000);

    const Translation t = f.read(0x0000'1234'5678'9ABC);
    REQUIRE(t.ok());
    CHECK(t.pa == 0x8000'3ABC);
    CHECK(t.level == 3);
    CHECK(t.size == 0x1000);
    CHECK(t.attr == 0xFF);
    CHECK_FALSE(t.device);
    CHECK(t.global);
    CHECK(f.mmu.walks() == 1);
    CHECK(f.mem.reads == 4);  // L0, L1, L2, L3

    const Translation again = f.write(0x0000'1234'5678'9004);
    REQUIRE(again.ok());
    CHECK(again.pa == 0x8000'3004);
    CHECK(f.mmu.walks() == 1);
    CHECK(f.mmu.hits() == 1);
    CHECK(f.mem.reads == 4);
}

TEST_CASE("39-bit VA: the walk starts at level 1 and maps 1 GiB and 2 MiB blocks", "[mmu]")
{
    Fixture f;
    Tables t39(f.mem, 0x0A00'0000, 39);
    f.regs.tcr = tcr_t0sz(25) | tcr_t1sz(25) | kTcrTg1_4k | tcr_ips(5);
    f.regs.ttbr0 = t39.root();
    REQUIRE(t39.start_level() == 1);

    t39.set(0x4000'0000, 1, 0x1'C000'0000 | kBlock | kAttr(1) | kAf);           // 1 GiB
    t39.set(0x80'0000 + 0x8000'0000, 2, 0x2'0060'0000 | kBlock | kAttr(0) | kAf);  // 2 MiB

    Translation gb = f.read(0x4123'4567);
    REQUIRE(gb.ok());
    CHECK(gb.pa == 0x1'C123'4567);
    CHECK(gb.level == 1);
    CHECK(gb.size == (1ULL << 30));

    Translation mb = f.read(0x8081'2345);
    REQUIRE(mb.ok());
    CHECK(mb.pa == 0x2'0061'2345);
    CHECK(mb.level == 2);
    CHECK(mb.size == (2ULL << 20));
    CHECK(mb.device);
    CHECK(mb.attr == 0x00);

    // Bit 39 is outside a 39-bit TTBR0 range: level 0 translation fault.
    Translation out = f.read(0x80'0000'0000);
    CHECK(out.fault == FaultType::translation);
    CHECK(out.level == 0);
}

TEST_CASE("TTBR1 translates high addresses while holes and EPDx and TBI follow the TCR", "[mmu]")
{
    Fixture f;
    Tables t39(f.mem, 0x0B00'0000, 39);
    f.regs.tcr = tcr_t0sz(25) | tcr_t1sz(25) | kTcrTg1_4k | tcr_ips(5);
    f.regs.ttbr1 = t39.root();
    t39.page(0xFFFF'FFC0'0000'1000, 0x4000'5000);
    f.low.page(0x1000, 0x4000'6000);
    Tables low39(f.mem, 0x0C00'0000, 39);
    low39.page(0x1000, 0x4000'6000);
    f.regs.ttbr0 = low39.root();

    Translation hi = f.read(0xFFFF'FFC0'0000'1010);
    REQUIRE(hi.ok());
    CHECK(hi.pa == 0x4000'5010);

    // Between the two ranges.
    Translation hole = f.read(0xFFFF'0000'0000'1000);
    CHECK(hole.fault == FaultType::translation);
    CHECK(hole.level == 0);

    // EPD1 disables TTBR1 walks (and the cached entry is not consulted
    // because the range check comes first).
    f.regs.tcr |= kTcrEpd1;
    f.mmu.flush_all();
    Translation disabled = f.read(0xFFFF'FFC0'0000'1010);
    CHECK(disabled.fault == FaultType::translation);
    CHECK(disabled.level == 0);
    f.regs.tcr |= kTcrEpd0;
    CHECK(f.read(0x1000).fault == FaultType::translation);
    f.regs.tcr &= ~(kTcrEpd0 | kTcrEpd1);

    // A tagged low address: a fault without TBI0, the untagged page with it.
    Translation tagged = f.read(0x5A00'0000'0000'1008);
    CHECK(tagged.fault == FaultType::translation);
    CHECK(tagged.level == 0);
    f.regs.tcr |= kTcrTbi0;
    tagged = f.read(0x5A00'0000'0000'1008);
    REQUIRE(tagged.ok());
    CHECK(tagged.pa == 0x4000'6008);
}

TEST_CASE("Faults carry their type and level and map to the ARM ARM fault status codes", "[mmu]")
{
    Fixture f;
    // Level 0 entry missing.
    Translation t = f.read(0x0000'7000'0000'0000);
    CHECK(t.fault == FaultType::translation);
    CHECK(t.level == 0);

    // Tables down to level 1/2/3 exist, the entry at that level is invalid.
    f.low.set(0x1000'0000'0000, 1, 0);
    CHECK(f.read(0x1000'0000'0000).level == 1);
    f.low.set(0x2000'0000'0000, 2, 0);
    CHECK(f.read(0x2000'0000'0000).level == 2);
    f.low.set(0x3000'0000'0000, 3, 0);
    t = f.read(0x3000'0000'0000);
    CHECK(t.fault == FaultType::translation);
    CHECK(t.level == 3);

    // A block descriptor at level 0 and a "block" (type 01) at level 3 are invalid.
    f.low.set(0x0000'8000'0000'0000 - 0x80'0000'0000, 0, 0x4000'0000 | kBlock | kAf);
    t = f.read(0x0000'8000'0000'0000 - 0x80'0000'0000);
    CHECK(t.fault == FaultType::translation);
    CHECK(t.level == 0);
    f.low.set(0x4000'0000'0000, 3, 0x4000'0000 | kBlock | kAf);
    t = f.read(0x4000'0000'0000);
    CHECK(t.fault == FaultType::translation);
    CHECK(t.level == 3);

    // Access flag clear: page (level 3) and 2 MiB block (level 2).
    f.low.page(0x5000'0000'0000, 0x4000'0000, kAttr(1));
    t = f.read(0x5000'0000'0000);
    CHECK(t.fault == FaultType::access_flag);
    CHECK(t.level == 3);
    f.low.set(0x5000'4000'0000, 2, 0x4000'0000 | kBlock | kAttr(1));
    t = f.read(0x5000'4000'0000);
    CHECK(t.fault == FaultType::access_flag);
    CHECK(t.level == 2);
    // Faults are not cached: setting AF makes the next access succeed.
    f.low.page(0x5000'0000'0000, 0x4000'0000);
    CHECK(f.read(0x5000'0000'0000).ok());

    // Bus error while reading the level 2 descriptor.
    const uint64_t l2slot = f.low.slot(0x6000'0000'0000, 2);
    f.mem.bad_start = l2slot;
    f.mem.bad_end = l2slot + 8;
    t = f.read(0x6000'0000'0000);
    CHECK(t.fault == FaultType::external_walk);
    CHECK(t.level == 2);
    f.mem.bad_start = f.mem.bad_end = 0;

    // Address size: output address above TCR.IPS (32 bits here) at level 3,
    // and a TTBR base above it (level 0).
    f.low.page(0x7000'0000'0000, 0x1'0000'0000);
    f.regs.tcr = (f.regs.tcr & ~tcr_ips(7)) | tcr_ips(0);
    t = f.read(0x7000'0000'0000);
    CHECK(t.fault == FaultType::address_size);
    CHECK(t.level == 3);
    f.regs.ttbr0 = 0x2'0000'0000;
    t = f.read(0x1000);
    CHECK(t.fault == FaultType::address_size);
    CHECK(t.level == 0);

    CHECK(fault_status_code(FaultType::address_size, 0) == 0x00);
    CHECK(fault_status_code(FaultType::translation, 2) == 0x06);
    CHECK(fault_status_code(FaultType::access_flag, 3) == 0x0B);
    CHECK(fault_status_code(FaultType::permission, 1) == 0x0D);
    CHECK(fault_status_code(FaultType::external_walk, 1) == 0x15);
    CHECK(fault_status_code(FaultType::external, 0) == 0x10);
    CHECK(fault_status_code(FaultType::alignment, 0) == 0x21);
}

TEST_CASE("AP and UXN and PXN and WXN and APTable decide who may read or write or execute", "[mmu]")
{
    Fixture f;
    const uint64_t el1_rw = 0x1000, both_rw = 0x2000, el1_ro = 0x3000, both_ro = 0x4000;
    const uint64_t uxn = 0x5000, pxn = 0x6000;
    f.low.page(el1_rw, 0x4000'1000);
    f.low.page(both_rw, 0x4000'2000, kAttr(1) | kAf | kApEl0);
    f.low.page(el1_ro, 0x4000'3000, kAttr(1) | kAf | kApRo);
    f.low.page(both_ro, 0x4000'4000, kAttr(1) | kAf | kApRo | kApEl0);
    f.low.page(uxn, 0x4000'5000, kAttr(1) | kAf | kApRo | kApEl0 | kUxn);
    f.low.page(pxn, 0x4000'6000, kAttr(1) | kAf | kApRo | kApEl0 | kPxn);

    const auto allowed = [&](uint64_t va, AccessType type, bool el0) {
        const Translation t = f.mmu.translate(va, type, el0, f.regs, f.mem);
        if (!t.ok()) {
            REQUIRE(t.fault == FaultType::permission);
            CHECK(t.level == 3);
        }
        return t.ok();
    };
    using A = AccessType;
    // EL1 read/write, EL0 nothing.
    CHECK(allowed(el1_rw, A::write, false));
    CHECK_FALSE(allowed(el1_rw, A::read, true));
    CHECK(allowed(el1_rw, A::fetch, false));
    // EL0 writable: EL1 may not execute it, even with PXN clear.
    CHECK(allowed(both_rw, A::write, true));
    CHECK(allowed(both_rw, A::fetch, true));
    CHECK_FALSE(allowed(both_rw, A::fetch, false));
    // Read-only.
    CHECK(allowed(el1_ro, A::read, false));
    CHECK_FALSE(allowed(el1_ro, A::write, false));
    CHECK_FALSE(allowed(el1_ro, A::read, true));
    CHECK(allowed(both_ro, A::read, true));
    CHECK_FALSE(allowed(both_ro, A::write, true));
    CHECK_FALSE(allowed(both_ro, A::write, false));
    CHECK(allowed(both_ro, A::fetch, false));
    // Execute-never per EL.
    CHECK_FALSE(allowed(uxn, A::fetch, true));
    CHECK(allowed(uxn, A::fetch, false));
    CHECK(allowed(pxn, A::fetch, true));
    CHECK_FALSE(allowed(pxn, A::fetch, false));

    // The permission summary the CPU caches.
    const Translation t = f.read(both_rw);
    CHECK((t.el1_read && t.el1_write && !t.el1_exec && t.el0_read && t.el0_write && t.el0_exec));

    // SCTLR.WXN: writable memory is never executable.
    f.regs.sctlr |= kSctlrWxn;
    CHECK_FALSE(allowed(el1_rw, A::fetch, false));
    CHECK_FALSE(allowed(both_rw, A::fetch, true));
    CHECK(allowed(el1_ro, A::fetch, false));
    f.regs.sctlr &= ~kSctlrWxn;

    // APTable[1] in the level 2 table descriptor makes everything below read-only.
    const uint64_t va = 0x1234'0000'0000;
    f.low.page(va, 0x4000'7000);
    const uint64_t l2 = f.low.slot(va, 2);
    f.mem.words[l2] |= kApTableRo;
    CHECK(allowed(va, A::read, false));
    CHECK_FALSE(allowed(va, A::write, false));
}

TEST_CASE("MMU off: flat addresses with Device-nGnRnE data and Normal instruction fetches", "[mmu]")
{
    Fixture f;
    f.regs.sctlr = 0;
    Translation d = f.write(0x0900'0000);
    REQUIRE(d.ok());
    CHECK(d.pa == 0x0900'0000);
    CHECK(d.device);
    CHECK(d.attr == 0x00);
    Translation i = f.fetch(0x4008'0000);
    REQUIRE(i.ok());
    CHECK(i.pa == 0x4008'0000);
    CHECK_FALSE(i.device);
    CHECK(f.mem.reads == 0);

    // Beyond the implemented 48-bit PA range: address size fault, level 0.
    Translation big = f.read(0x0001'0000'0000'0000);
    CHECK(big.fault == FaultType::address_size);
    CHECK(big.level == 0);
}

TEST_CASE("PAR_EL1 reports the PA and attributes or the fault status", "[mmu]")
{
    Fixture f;
    f.low.page(0x1000, 0x4000'1000, kAttr(1) | kAf | (3ULL << 8));
    const uint64_t ok = par_el1(f.read(0x1234));
    CHECK(ok == ((0xFFULL << 56) | 0x4000'1000 | (1 << 11) | (1 << 9) | (3 << 7)));
    const uint64_t fault = par_el1(f.read(0x7000'0000'0000));
    CHECK(fault == ((1 << 11) | (0x04 << 1) | 1));
}

namespace {

// Three pages: A and B not global, G global; `moved` remaps all three so
// that a re-walk is visible as a different PA.
struct TlbFixture : Fixture {
    static constexpr uint64_t A = 0x1000, B = 0x2000, G = 0x3000;
    TlbFixture() { map(0); }
    void map(uint64_t offset)
    {
        low.page(A, 0x4000'A000 + offset, kAttr(1) | kAf | kNg);
        low.page(B, 0x4000'B000 + offset, kAttr(1) | kAf | kNg);
        low.page(G, 0x4000'C000 + offset, kAttr(1) | kAf);
    }
    uint64_t pa(uint64_t va, uint16_t asid)
    {
        set_asid(asid);
        const Translation t = read(va);
        REQUIRE(t.ok());
        return t.pa;
    }
    // Fill A and G with ASID 1, B with ASID 2, then move the mappings.
    void fill_and_move()
    {
        pa(A, 1);
        pa(G, 1);
        pa(B, 2);
        map(0x10'0000);
    }
    bool stale(uint64_t va, uint16_t asid) { return pa(va, asid) < 0x4010'0000; }
};

}  // namespace

TEST_CASE("TLB: nG entries match only their ASID while global entries match every ASID", "[mmu][tlb]")
{
    using F = TlbFixture;
    F f;
    f.fill_and_move();
    CHECK(f.stale(F::A, 1));   // cached
    CHECK(f.stale(F::G, 7));   // global: cached under any ASID
    CHECK_FALSE(f.stale(F::B, 3));  // ASID 3 does not match the ASID 2 entry: re-walked
    CHECK(f.read(TlbFixture::A).asid == 3);
}

TEST_CASE("TLBI VMALLE1 invalidates every entry", "[mmu][tlb]")
{
    TlbFixture f;
    f.fill_and_move();
    const uint64_t gen = f.mmu.generation();
    f.mmu.tlbi_vmalle1();
    CHECK(f.mmu.generation() != gen);
    CHECK_FALSE(f.stale(TlbFixture::A, 1));
    CHECK_FALSE(f.stale(TlbFixture::B, 2));
    CHECK_FALSE(f.stale(TlbFixture::G, 1));
}

TEST_CASE("TLBI VAE1/VALE1 invalidate one VA for one ASID plus global entries", "[mmu][tlb]")
{
    using F = TlbFixture;
    for (bool last : {false, true}) {
        F f;
        f.fill_and_move();
        const auto tlbi = [&](uint64_t va, uint16_t asid) {
            const uint64_t xt = (uint64_t{asid} << 48) | (va >> 12);
            last ? f.mmu.tlbi_vale1(xt) : f.mmu.tlbi_vae1(xt);
        };
        tlbi(F::A, 2);  // wrong ASID: A (ASID 1) survives
        tlbi(F::G, 2);  // global: invalidated whatever the ASID
        tlbi(F::B, 2);  // right ASID
        CHECK(f.stale(F::A, 1));
        CHECK_FALSE(f.stale(F::G, 1));
        CHECK_FALSE(f.stale(F::B, 2));
        tlbi(F::A, 1);
        CHECK_FALSE(f.stale(F::A, 1));
    }
}

TEST_CASE("TLBI VAAE1/VAALE1 invalidate one VA for all ASIDs", "[mmu][tlb]")
{
    using F = TlbFixture;
    for (bool last : {false, true}) {
        F f;
        f.fill_and_move();
        const uint64_t xt = F::A >> 12;
        last ? f.mmu.tlbi_vaale1(xt) : f.mmu.tlbi_vaae1(xt);
        CHECK_FALSE(f.stale(F::A, 1));
        CHECK(f.stale(F::B, 2));
        CHECK(f.stale(F::G, 1));
    }
}

TEST_CASE("TLBI ASIDE1 invalidates the non-global entries of one ASID", "[mmu][tlb]")
{
    using F = TlbFixture;
    F f;
    f.fill_and_move();
    f.mmu.tlbi_aside1(uint64_t{1} << 48);
    CHECK_FALSE(f.stale(F::A, 1));
    CHECK(f.stale(F::G, 1));  // global entries stay
    CHECK(f.stale(F::B, 2));  // other ASID stays
}

TEST_CASE("TLBI by VA anywhere inside a cached 2 MiB block invalidates it", "[mmu][tlb]")
{
    Fixture f;
    const uint64_t block = 0x4000'0000;
    f.low.set(block, 2, 0x8000'0000 | kBlock | kAttr(1) | kAf);
    REQUIRE(f.read(block + 0x5000).pa == 0x8000'5000);
    f.low.set(block, 2, 0x9000'0000 | kBlock | kAttr(1) | kAf);
    CHECK(f.read(block + 0x5000).pa == 0x8000'5000);  // cached
    f.mmu.tlbi_vae1(block >> 12);                      // the block's first page
    CHECK(f.read(block + 0x5000).pa == 0x9000'5000);
}

TEST_CASE("TCR_EL1.AS=0 compares 8-bit ASIDs and TCR_EL1.A1 takes the ASID from TTBR1", "[mmu][tlb]")
{
    using F = TlbFixture;
    F f;
    f.regs.tcr &= ~kTcrAs16;
    f.fill_and_move();
    CHECK(f.stale(F::A, 0x101));  // 0x101 & 0xff == ASID 1
    f.mmu.tlbi_aside1(uint64_t{0x201} << 48);
    CHECK_FALSE(f.stale(F::A, 1));

    // With A1 the ASID comes from TTBR1, whatever TTBR0 holds.
    F g;
    g.regs.tcr |= kTcrA1;
    g.regs.ttbr1 |= uint64_t{5} << 48;
    CHECK(g.read(F::A).asid == 5);
}

TEST_CASE("probe (the debugger's walk) translates like translate but caches nothing", "[mmu]")
{
    Fixture f;
    f.low.page(0x0000'1234'5678'9000, 0x8000'3000);
    f.low.set(0x0000'1234'5678'A000, 3, 0x8000'4000 | kPage | kAttr(1));  // AF = 0

    const Translation p = f.mmu.probe(0x0000'1234'5678'9ABC, AccessType::read, false, f.regs, f.mem);
    REQUIRE(p.ok());
    CHECK(p.pa == 0x8000'3ABC);
    CHECK(f.mem.reads == 4);
    CHECK(f.mmu.walks() == 0);  // no statistics, no TLB entry
    CHECK(f.mmu.hits() == 0);
    // A second probe walks again; the first translate() still walks too.
    f.mmu.probe(0x0000'1234'5678'9000, AccessType::read, false, f.regs, f.mem);
    CHECK(f.mem.reads == 8);
    REQUIRE(f.read(0x0000'1234'5678'9000).ok());
    CHECK(f.mmu.walks() == 1);
    CHECK(f.mem.reads == 12);
    // Faults are reported, not raised, and the descriptor is left alone (no AF update).
    const Translation af = f.mmu.probe(0x0000'1234'5678'A000, AccessType::read, false, f.regs, f.mem);
    CHECK(af.fault == FaultType::access_flag);
    CHECK(af.level == 3);
    CHECK((f.mem.words[f.low.slot(0x0000'1234'5678'A000, 3)] & kAf) == 0);
    const Translation unmapped = f.mmu.probe(0x0000'0000'0010'0000, AccessType::read, false, f.regs, f.mem);
    CHECK(unmapped.fault == FaultType::translation);
}
