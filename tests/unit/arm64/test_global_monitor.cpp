// GlobalMonitor (models/arm64/global_monitor.h): reservations per core on
// 64-byte granules; other cores' and devices' writes break them and wake
// the owner; a core's own stores, CLREX and STXR follow DDI 0487 B2.9.
#include "arm64/global_monitor.h"

#include <catch2/catch.hpp>

#include <vector>

using vp::arm64::GlobalMonitor;

TEST_CASE("Without interference, LDXR then STXR passes once, for the same granule only", "[monitor]")
{
    GlobalMonitor m(2);
    m.mark(0, 0x4000'1008, 8);
    CHECK(m.reserved(0));
    CHECK(m.store_exclusive(0, 0x4000'1008, 8));
    CHECK(!m.reserved(0));
    CHECK(!m.store_exclusive(0, 0x4000'1008, 8));  // the reservation was used up

    m.mark(0, 0x4000'1008, 8);
    CHECK(m.store_exclusive(0, 0x4000'1030, 4));   // same 64-byte granule (local monitor decides more)
    m.mark(0, 0x4000'1008, 8);
    CHECK(!m.store_exclusive(0, 0x4000'1040, 4));  // next granule
    m.mark(0, 0x4000'1038, 16);                   // LDXP across two granules
    CHECK(m.store_exclusive(0, 0x4000'1040, 8));
}

TEST_CASE("A store by another core to the granule breaks the reservation and wakes its owner", "[monitor]")
{
    GlobalMonitor m(4);
    std::vector<unsigned> woken;
    m.on_event([&](unsigned cpu) { woken.push_back(cpu); });
    m.mark(1, 0x4000'2000, 4);
    m.mark(2, 0x4000'2010, 4);  // same granule
    m.mark(3, 0x4000'3000, 4);  // elsewhere

    // Core 1's own plain store keeps its reservation but breaks core 2's.
    m.observe_write(0x4000'2000, 4, 1);
    CHECK(m.reserved(1));
    CHECK(!m.reserved(2));
    CHECK(woken == std::vector<unsigned>{2});

    m.mark(2, 0x4000'2010, 4);
    m.observe_write(0x4000'203C, 4, 0);  // core 0 writes the last word of the granule
    CHECK(!m.reserved(1));
    CHECK(!m.reserved(2));
    CHECK(m.reserved(3));
    CHECK(woken == std::vector<unsigned>{2, 1, 2});
    CHECK(!m.store_exclusive(1, 0x4000'2000, 4));
    CHECK(m.store_exclusive(3, 0x4000'3000, 4));
}

TEST_CASE("Of two cores racing STXR on one granule, the first store wins and fails the other", "[monitor]")
{
    GlobalMonitor m(2);
    std::vector<unsigned> woken;
    m.on_event([&](unsigned cpu) { woken.push_back(cpu); });
    m.mark(0, 0x4000'0100, 4);
    m.mark(1, 0x4000'0100, 4);
    REQUIRE(m.store_exclusive(0, 0x4000'0100, 4));
    m.observe_write(0x4000'0100, 4, 0);  // core 0's successful store
    CHECK(!m.store_exclusive(1, 0x4000'0100, 4));
    CHECK(woken == std::vector<unsigned>{1});
}

TEST_CASE("A device write (DMA) breaks every reservation it overlaps", "[monitor]")
{
    GlobalMonitor m(2);
    unsigned events = 0;
    m.on_event([&](unsigned) { ++events; });
    m.mark(0, 0x4000'0000, 8);
    m.mark(1, 0x4000'0F00, 8);
    CHECK(m.any_reservation(0x4000'0000, 0x1000));
    m.observe_write(0x4000'0040, 0xF00, GlobalMonitor::kNoCpu);  // 0x...0040..0x...0F3F
    CHECK(m.reserved(0));
    CHECK(!m.reserved(1));
    m.observe_write(0x3FFF'FFF0, 0x20, GlobalMonitor::kNoCpu);   // straddles into granule 0
    CHECK(!m.reserved(0));
    CHECK(events == 2);
    CHECK(!m.any_reservation(0, ~0ull));
}

TEST_CASE("CLREX/exceptions drop a reservation without an event and a new LDXR replaces the old", "[monitor]")
{
    GlobalMonitor m(2);
    unsigned events = 0;
    m.on_event([&](unsigned) { ++events; });
    m.mark(0, 0x4000'0000, 4);
    m.clear(0);
    CHECK(!m.reserved(0));
    CHECK(!m.any_reservation(0x4000'0000, 4));
    m.mark(0, 0x4000'0000, 4);
    m.mark(0, 0x4000'1000, 4);           // moves the reservation
    m.observe_write(0x4000'0000, 4, 1);  // the old granule: nothing to break
    CHECK(events == 0);
    CHECK(m.store_exclusive(0, 0x4000'1000, 4));
    CHECK(m.erg_bytes() == 64);
}
