// Unit tests of models/arm64/generic_timer.h: the counter against simulated
// time, interrupt outputs that change at the exact compare time, TVAL
// semantics (including negative values) and CNTKCTL_EL1 EL0 access.
#include "arm64/generic_timer.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace vp::arm64;
using sc_core::sc_time;
using sc_core::SC_NS;
using sc_core::SC_PS;
using sc_core::SC_US;

namespace {

constexpr uint64_t kEnable = GenericTimer::ctl_enable;
constexpr uint64_t kImask = GenericTimer::ctl_imask;
constexpr uint64_t kIstatus = GenericTimer::ctl_istatus;

// Records the time of every value change of one signal.
struct EdgeLog : sc_core::sc_module {
    sc_core::sc_in<bool> in{"in"};
    std::vector<std::pair<sc_time, bool>> edges;
    SC_HAS_PROCESS(EdgeLog);
    explicit EdgeLog(sc_core::sc_module_name name) : sc_module(name)
    {
        SC_METHOD(changed);
        sensitive << in;
        dont_initialize();
    }
    void changed() { edges.emplace_back(sc_core::sc_time_stamp(), in.read()); }
};

struct Bench {
    GenericTimer timer;
    sc_core::sc_signal<bool> phys{"phys"}, virt{"virt"};
    EdgeLog phys_log{"phys_log"}, virt_log{"virt_log"};

    explicit Bench(uint64_t hz = 62'500'000) : timer("timer", hz)
    {
        timer.irq_phys(phys);
        timer.irq_virt(virt);
        phys_log.in(phys);
        virt_log.in(virt);
    }
    sc_time now() const { return sc_core::sc_time_stamp(); }
    uint64_t read(TimerReg r) { return timer.read(r, now()); }
    void write(TimerReg r, uint64_t v) { timer.write(r, v, now()); }
};

}  // namespace

TEST_CASE("The counter is floor(simulated time x frequency) at 62.5 MHz by default", "[timer]")
{
    Bench b;
    sc_core::sc_start(sc_core::SC_ZERO_TIME);
    CHECK(b.read(TimerReg::cntfrq) == 62'500'000);
    CHECK(b.read(TimerReg::cntpct) == 0);

    sc_core::sc_start(sc_time(160, SC_NS));
    CHECK(b.read(TimerReg::cntpct) == 10);
    sc_core::sc_start(sc_time(15, SC_NS));  // 175 ns: 10.9375 ticks
    CHECK(b.read(TimerReg::cntpct) == 10);
    CHECK(b.read(TimerReg::cntvct) == 10);  // CNTVOFF = 0

    // A CPU ahead of the kernel (temporal decoupling) reads at its local time.
    CHECK(b.timer.read(TimerReg::cntpct, sc_time(1, SC_US)) == 62);
    CHECK(b.timer.count(sc_time(1, sc_core::SC_SEC)) == 62'500'000);
    CHECK(b.timer.time_of_count(10) == sc_time(160, SC_NS));
}

TEST_CASE("A configured frequency changes the counter rate and CNTFRQ_EL0", "[timer]")
{
    Bench b(1'000'000);
    sc_core::sc_start(sc_time(2500, SC_NS));
    CHECK(b.read(TimerReg::cntfrq) == 1'000'000);
    CHECK(b.read(TimerReg::cntpct) == 2);
    b.write(TimerReg::cntfrq, 12345);  // informational register, writable
    CHECK(b.read(TimerReg::cntfrq) == 12345);
    CHECK(b.read(TimerReg::cntpct) == 2);
}

TEST_CASE("The physical timer output rises exactly when the counter reaches CVAL", "[timer]")
{
    Bench b;
    sc_core::sc_start(sc_core::SC_ZERO_TIME);
    b.write(TimerReg::cntp_cval, 1000);  // 1000 ticks = 16 us
    b.write(TimerReg::cntp_ctl, kEnable);
    sc_core::sc_start(sc_time(16, SC_US) - sc_time(1, SC_PS));
    CHECK_FALSE(b.phys.read());
    CHECK(b.read(TimerReg::cntp_ctl) == kEnable);  // ISTATUS still 0
    sc_core::sc_start(sc_time(10, SC_US));

    REQUIRE(b.phys_log.edges.size() == 1);
    CHECK(b.phys_log.edges[0].first == sc_time(16, SC_US));
    CHECK(b.phys_log.edges[0].second);
    CHECK(b.read(TimerReg::cntp_ctl) == (kEnable | kIstatus));
    CHECK(b.virt_log.edges.empty());

    // Masking drops the output at once (ISTATUS stays set); disabling clears ISTATUS.
    const sc_time masked_at = b.now();
    b.write(TimerReg::cntp_ctl, kEnable | kImask);
    sc_core::sc_start(sc_time(1, SC_PS));  // let the delta cycles run
    CHECK_FALSE(b.phys.read());
    CHECK(b.read(TimerReg::cntp_ctl) == (kEnable | kImask | kIstatus));
    REQUIRE(b.phys_log.edges.size() == 2);
    CHECK(b.phys_log.edges[1].first == masked_at);
    b.write(TimerReg::cntp_ctl, 0);
    CHECK(b.read(TimerReg::cntp_ctl) == 0);
}

TEST_CASE("Moving CVAL later re-arms the timer for the new compare time", "[timer]")
{
    Bench b;
    sc_core::sc_start(sc_core::SC_ZERO_TIME);
    b.write(TimerReg::cntv_cval, 100);
    b.write(TimerReg::cntv_ctl, kEnable);
    sc_core::sc_start(sc_time(1, SC_US));  // 62 ticks
    b.write(TimerReg::cntv_cval, 200);     // 3.2 us
    sc_core::sc_start(sc_time(5, SC_US));
    REQUIRE(b.virt_log.edges.size() == 1);
    CHECK(b.virt_log.edges[0].first == sc_time(3200, SC_NS));
    CHECK(b.phys_log.edges.empty());
}

TEST_CASE("TVAL writes set CVAL relative to the counter and read back signed", "[timer]")
{
    Bench b;
    sc_core::sc_start(sc_time(1600, SC_NS));  // count 100
    b.write(TimerReg::cntp_tval, 50);
    CHECK(b.read(TimerReg::cntp_cval) == 150);
    sc_core::sc_start(sc_time(320, SC_NS));  // count 120
    CHECK(b.read(TimerReg::cntp_tval) == 30);
    sc_core::sc_start(sc_time(800, SC_NS));  // count 170: 20 past CVAL
    CHECK(b.read(TimerReg::cntp_tval) == 0xFFFF'FFECu);  // -20 as 32 bits, zero-extended

    // A negative TVAL puts CVAL in the past: the condition holds immediately
    // and the enabled output rises in the same simulated instant.
    b.write(TimerReg::cntv_tval, 0xFFFF'FFFBu);  // -5
    CHECK(b.read(TimerReg::cntv_cval) == 165);
    b.write(TimerReg::cntv_ctl, kEnable);
    const sc_time written = b.now();
    sc_core::sc_start(sc_time(1, SC_PS));
    REQUIRE(b.virt_log.edges.size() == 1);
    CHECK(b.virt_log.edges[0].first == written);
    CHECK(b.read(TimerReg::cntv_ctl) == (kEnable | kIstatus));
}

TEST_CASE("CNTKCTL_EL1 decides which timer registers EL0 may access", "[timer]")
{
    Bench b;
    CHECK_FALSE(b.timer.el0_accessible(TimerReg::cntvct));
    CHECK_FALSE(b.timer.el0_accessible(TimerReg::cntfrq));
    b.write(TimerReg::cntkctl, 1 << 1);  // EL0VCTEN
    CHECK(b.read(TimerReg::cntkctl) == 2);
    CHECK(b.timer.el0_accessible(TimerReg::cntvct));
    CHECK(b.timer.el0_accessible(TimerReg::cntfrq));
    CHECK_FALSE(b.timer.el0_accessible(TimerReg::cntpct));
    CHECK_FALSE(b.timer.el0_accessible(TimerReg::cntv_ctl));
    b.write(TimerReg::cntkctl, (1 << 8) | (1 << 9) | 1);  // EL0VTEN, EL0PTEN, EL0PCTEN
    CHECK(b.timer.el0_accessible(TimerReg::cntv_tval));
    CHECK(b.timer.el0_accessible(TimerReg::cntp_cval));
    CHECK(b.timer.el0_accessible(TimerReg::cntpct));
    CHECK_FALSE(b.timer.el0_accessible(TimerReg::cntkctl));
}
