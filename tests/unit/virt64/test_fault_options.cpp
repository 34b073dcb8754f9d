// virt64's fault-injection keys (fault_options.h, docs/fault-injection.md):
// -device keys and -global defaults become the transport's TransportFaults
// and virtio-net's rx faults and link schedule; bad values and combinations
// are refused with a message naming the option and the key.
#include <catch2/catch.hpp>

#include "device_options.h"
#include "fault_options.h"

using namespace vp::virt64;
using sc_core::SC_MS;
using sc_core::SC_US;
using sc_core::sc_time;
using By = vp::virtio::TransportFaults::DropIrq::By;

namespace {

const std::vector<std::string> kNetdev = {"socket,id=n0,udp=127.0.0.1:5000,localaddr=127.0.0.1:5001"};

DeviceOptions net(const std::string& keys, const std::vector<std::string>& globals = {})
{
    return resolve_device_options({}, {"virtio-net-device,netdev=n0" + keys}, {}, globals, kNetdev);
}

}  // namespace

TEST_CASE("fault options: interrupt and status faults on any device")
{
    auto o = resolve_device_options({}, {"virtio-rng-device,irq-drop-request=3,irq-drop-queue=0,"
                                         "irq-delay=20us,irq-delay-from=1ms,irq-delay-until=2ms,"
                                         "config-irq-at=5ms:1.5s,needs-reset-request=9"},
                                    {}, {});
    REQUIRE(o.devices.size() == 1);
    const auto& f = o.devices[0].transport_faults;
    REQUIRE(f.drop_irq.size() == 1);
    CHECK(f.drop_irq[0].by == By::request);
    CHECK(f.drop_irq[0].number == 3);
    CHECK(f.drop_irq[0].queue == 0);
    CHECK(f.irq_delay == sc_time(20, SC_US));
    CHECK(f.irq_delay_from == sc_time(1, SC_MS));
    CHECK(f.irq_delay_until == sc_time(2, SC_MS));
    CHECK(f.config_irq_at == std::vector<sc_time>{sc_time(5, SC_MS), sc_time(1500, SC_MS)});
    CHECK_FALSE(f.needs_reset_timed);
    CHECK(f.needs_reset_request == 9);

    auto t = resolve_device_options({}, {"virtio-rng-device,irq-drop-at=3ms,needs-reset-at=7ms",
                                         "virtio-rng-device"},
                                    {}, {});
    REQUIRE(t.devices.size() == 2);
    REQUIRE(t.devices[0].transport_faults.drop_irq.size() == 1);
    CHECK(t.devices[0].transport_faults.drop_irq[0].by == By::time);
    CHECK(t.devices[0].transport_faults.drop_irq[0].at == sc_time(3, SC_MS));
    CHECK(t.devices[0].transport_faults.drop_irq[0].queue == vp::virtio::TransportFaults::kAnyQueue);
    CHECK(t.devices[0].transport_faults.needs_reset_timed);
    CHECK(t.devices[0].transport_faults.needs_reset_at == sc_time(7, SC_MS));
    CHECK_FALSE(t.devices[1].transport_faults.any());
}

TEST_CASE("fault options: -global sets defaults, a -device key overrides them")
{
    auto o = resolve_device_options(
        {}, {"virtio-rng-device", "virtio-rng-device,irq-drop=5", "virtio-serial-device"}, {},
        {"virtio-rng-device.irq-drop=2", "virtio-rng-device.irq-drop-queue=0"});
    REQUIRE(o.devices.size() == 2);
    for (const auto& d : o.devices) {
        REQUIRE(d.transport_faults.drop_irq.size() == 1);
        CHECK(d.transport_faults.drop_irq[0].by == By::interrupt);
        CHECK(d.transport_faults.drop_irq[0].queue == 0);
    }
    CHECK(o.devices[0].transport_faults.drop_irq[0].number == 2);
    CHECK(o.devices[1].transport_faults.drop_irq[0].number == 5);

    auto n = net("", {"virtio-net-device.rx-drop=5%", "virtio-net-device.link-down-at=1s"});
    REQUIRE(n.devices.size() == 1);
    CHECK(n.devices[0].properties.at("rx-drop") == "5%");
    CHECK(n.devices[0].properties.at("link-down-at") == "1s");

    auto b = resolve_device_options({"file=d.img,if=none,format=raw,id=hd0"},
                                    {"virtio-blk-device,drive=hd0"}, {},
                                    {"virtio-blk-device.fault=ioerr", "virtio-blk-device.fault-request=4"});
    REQUIRE(b.devices.size() == 1);
    CHECK(b.devices[0].properties.at("fault") == "ioerr");
    CHECK(b.devices[0].properties.at("fault-request") == "4");
}

TEST_CASE("fault options: virtio-net rx faults and link schedule")
{
    auto o = net(",rx-drop=0.1,rx-corrupt=2.5%,rx-duplicate=1,rx-fault-seed=0x2a,"
                 "link-down-at=1s:3s,link-up-at=2s:4s");
    REQUIRE(o.devices.size() == 1);
    const auto& p = o.devices[0].properties;
    CHECK(parse_rate(p.at("rx-drop"), "x") == 0.1);
    CHECK(parse_rate(p.at("rx-corrupt"), "x") == 0.025);
    CHECK(parse_rate(p.at("rx-duplicate"), "x") == 1.0);
    CHECK(p.at("rx-fault-seed") == "0x2a");
    CHECK(parse_time_list(p.at("link-down-at"), "x") ==
          std::vector<sc_time>{sc_time(1, sc_core::SC_SEC), sc_time(3, sc_core::SC_SEC)});
}

TEST_CASE("fault options: bad values and combinations are refused with a clear message")
{
    const auto rng = [](const std::string& keys) {
        return resolve_device_options({}, {"virtio-rng-device" + keys}, {}, {});
    };
    CHECK_THROWS_WITH(rng(",irq-drop=0"), Catch::Contains("irq-drop=0: expected a number from 1"));
    CHECK_THROWS_WITH(rng(",irq-drop=x"), Catch::Contains("irq-drop=x"));
    CHECK_THROWS_WITH(rng(",irq-drop=1,irq-drop-at=1ms"), Catch::Contains("exclude each other"));
    CHECK_THROWS_WITH(rng(",irq-drop-queue=1"), Catch::Contains("irq-drop-queue needs"));
    CHECK_THROWS_WITH(rng(",irq-drop=1,irq-drop-queue=5000"), Catch::Contains("no such queue"));
    CHECK_THROWS_WITH(rng(",irq-drop-at=soon"), Catch::Contains("irq-drop-at") && Catch::Contains("not a time"));
    CHECK_THROWS_WITH(rng(",irq-delay-from=1ms"), Catch::Contains("need irq-delay"));
    CHECK_THROWS_WITH(rng(",irq-delay=1us,irq-delay-from=2ms,irq-delay-until=1ms"),
                      Catch::Contains("later than irq-delay-from"));
    CHECK_THROWS_WITH(rng(",config-irq-at=1ms:"), Catch::Contains("config-irq-at"));
    CHECK_THROWS_WITH(rng(",needs-reset-request=-1"), Catch::Contains("needs-reset-request"));
    CHECK_THROWS_WITH(rng(",rx-drop=0.1"), Catch::Contains("unsupported parameter 'rx-drop'"));
    CHECK_THROWS_WITH(net(",rx-drop=1.5"), Catch::Contains("rx-drop") && Catch::Contains("rate from 0 to 1"));
    CHECK_THROWS_WITH(net(",rx-corrupt=-0.1"), Catch::Contains("rx-corrupt"));
    CHECK_THROWS_WITH(net(",rx-duplicate=50%%"), Catch::Contains("rx-duplicate"));
    CHECK_THROWS_WITH(net(",rx-fault-seed=abc"), Catch::Contains("rx-fault-seed=abc: expected a number"));
    CHECK_THROWS_WITH(net(",link-up-at=2xs"), Catch::Contains("link-up-at") && Catch::Contains("unknown time unit"));
    // -global: unknown keys and bad values, named by the -global option.
    CHECK_THROWS_WITH(resolve_device_options({}, {}, {}, {"virtio-rng-device.rx-drop=0.1"}),
                      Catch::Contains("unsupported global"));
    CHECK_THROWS_WITH(resolve_device_options({}, {}, {}, {"virtio-net-device.rx-drop=2"}),
                      Catch::Contains("-global virtio-net-device") && Catch::Contains("rx-drop"));
    CHECK_THROWS_WITH(resolve_device_options({}, {}, {}, {"virtio-rng-device.irq-drop=0"}),
                      Catch::Contains("-global virtio-rng-device") && Catch::Contains("irq-drop=0"));
}
