// QEMU-style -drive/-device/-chardev/-netdev/-global parsing: what a user types for
// qemu-system-aarch64 -M virt works here, and what virt64 cannot model is
// rejected with a message naming the option.
#include <catch2/catch.hpp>

#include <array>
#include <iterator>

#include "command_line.h"
#include "device_options.h"

using namespace vp::virt64;
using Kind = VirtioDeviceRequest::Kind;

TEST_CASE("Option lists follow QEMU syntax, including escaped commas")
{
    auto o = parse_option_list("virtio-blk-device,drive=hd0,serial=a,,b", "-device");
    CHECK(o.type == "virtio-blk-device");
    CHECK(o.get("drive") == "hd0");
    CHECK(o.get("serial") == "a,b");
    CHECK_THROWS_WITH(parse_option_list("x,=y", "-device x"), Catch::Contains("expected key=value"));
    CHECK_THROWS_WITH(parse_option_list("x,a=1,a=2", "-device x"), Catch::Contains("given twice"));
}

TEST_CASE("A QEMU command line for blk, rng and console resolves to three devices in order")
{
    auto opts = resolve_device_options(
        {"file=disk.img,if=none,format=raw,id=hd0,readonly=on"},
        {"virtio-blk-device,drive=hd0,serial=SN1", "virtio-rng-device,seed=42",
         "virtio-serial-device", "virtconsole,chardev=c0"},
        {"socket,id=c0,port=4555,host=127.0.0.1,server=on,wait=off"},
        {"virtio-mmio.force-legacy=true"});
    REQUIRE(opts.devices.size() == 3);
    CHECK(opts.devices[0].kind == Kind::block);
    CHECK(opts.devices[0].image == "disk.img");
    CHECK(opts.devices[0].read_only);
    CHECK(opts.devices[0].serial == "SN1");
    CHECK(opts.devices[1].kind == Kind::entropy);
    CHECK(opts.devices[1].seed == 42u);
    CHECK(opts.devices[2].kind == Kind::console);
    CHECK(opts.devices[2].backend == "tcp:4555");
    CHECK(opts.force_legacy);
}

TEST_CASE("Bad device options are errors that name the option")
{
    CHECK_THROWS_WITH(resolve_device_options({}, {"virtio-blk-device,drive=nope"}, {}, {}),
                      Catch::Contains("drive 'nope' is not defined"));
    CHECK_THROWS_WITH(resolve_device_options({}, {"e1000"}, {}, {}),
                      Catch::Contains("unsupported device 'e1000'"));
    CHECK_THROWS_WITH(resolve_device_options({"file=a.img,id=x,format=qcow2"}, {}, {}, {}),
                      Catch::Contains("only format=raw"));
    CHECK_THROWS_WITH(resolve_device_options({"id=x"}, {}, {}, {}), Catch::Contains("needs file="));
    CHECK_THROWS_WITH(resolve_device_options({}, {"virtio-rng-device,seed=abc"}, {}, {}),
                      Catch::Contains("seed must be a number"));
    CHECK_THROWS_WITH(resolve_device_options({}, {"virtconsole,chardev=c0"}, {"stdio,id=c0"}, {}),
                      Catch::Contains("virtio-serial-device"));
    CHECK_THROWS_WITH(resolve_device_options({}, {}, {"socket,id=c,port=1,host=10.0.0.1,server=on"}, {}),
                      Catch::Contains("loopback only"));
    CHECK_THROWS_WITH(resolve_device_options({}, {}, {}, {"virtio-mmio.force-legacy=maybe"}),
                      Catch::Contains("expected on or off"));
    CHECK_THROWS_WITH(resolve_device_options({"file=a,id=d"}, {"virtio-blk-device,drive=d,bogus=1"}, {}, {}),
                      Catch::Contains("unsupported parameter 'bogus'"));
}

TEST_CASE("virtio-blk-device num-queues is QEMU's property: default 1, 1 to 64 accepted")
{
    auto one = resolve_device_options({"file=a.img,if=none,format=raw,id=d"},
                                      {"virtio-blk-device,drive=d"}, {}, {});
    CHECK(one.devices.at(0).num_queues == 1);
    auto four = resolve_device_options({"file=a.img,if=none,format=raw,id=d"},
                                       {"virtio-blk-device,drive=d,num-queues=4"}, {}, {});
    CHECK(four.devices.at(0).num_queues == 4);
    for (const char* bad : {"0", "65", "x", "-1", "", "4k", "1000"}) {
        INFO("num-queues=" << bad);
        CHECK_THROWS_WITH(resolve_device_options({"file=a.img,id=d"},
                                                 {std::string("virtio-blk-device,drive=d,num-queues=") + bad},
                                                 {}, {}),
                          Catch::Contains("num-queues must be a number from 1 to 64"));
    }
}

TEST_CASE("A socket netdev with udp= and a virtio-net-device resolve to a net device")
{
    auto opts = resolve_device_options(
        {}, {"virtio-net-device,netdev=n0,mac=02:aa:BB:cc:dd:0e", "virtio-net-device,netdev=n1"}, {},
        {}, {"socket,id=n0,udp=127.0.0.1:5556,localaddr=127.0.0.1:5555",
             "socket,id=n1,udp=localhost:6001,localaddr=localhost:0"});
    REQUIRE(opts.devices.size() == 2);
    CHECK(opts.devices[0].kind == Kind::net);
    CHECK(opts.devices[0].backend == "udp:5555:127.0.0.1:5556");
    CHECK(opts.devices[0].mac == std::array<uint8_t, 6>{0x02, 0xaa, 0xbb, 0xcc, 0xdd, 0x0e});
    CHECK(opts.devices[1].backend == "udp:0:127.0.0.1:6001");
    // The second NIC without mac= gets QEMU's default scheme: 52:54:00:12:34:56 + index.
    CHECK(opts.devices[1].mac == std::array<uint8_t, 6>{0x52, 0x54, 0x00, 0x12, 0x34, 0x57});

    CHECK_THROWS_WITH(resolve_device_options({}, {"virtio-net-device,netdev=n9"}, {}, {}, {}),
                      Catch::Contains("netdev 'n9' is not defined"));
    CHECK_THROWS_WITH(resolve_device_options({}, {}, {}, {}, {"user,id=n0"}),
                      Catch::Contains("unsupported netdev backend 'user'"));
    CHECK_THROWS_WITH(resolve_device_options({}, {}, {}, {}, {"socket,id=n0,listen=:1234"}),
                      Catch::Contains("unsupported parameter 'listen'"));
    CHECK_THROWS_WITH(resolve_device_options({}, {}, {}, {}, {"socket,id=n0,udp=127.0.0.1:1"}),
                      Catch::Contains("needs udp=127.0.0.1:PORT and localaddr="));
    CHECK_THROWS_WITH(
        resolve_device_options({}, {}, {}, {}, {"socket,id=n0,udp=10.0.0.2:1,localaddr=127.0.0.1:2"}),
        Catch::Contains("loopback only"));
    CHECK_THROWS_WITH(
        resolve_device_options({}, {}, {}, {}, {"socket,id=n0,udp=127.0.0.1:99999,localaddr=127.0.0.1:2"}),
        Catch::Contains("from 0 to 65535"));
    const std::vector<std::string> netdev = {"socket,id=n0,udp=127.0.0.1:1,localaddr=127.0.0.1:2"};
    CHECK_THROWS_WITH(resolve_device_options({}, {"virtio-net-device,netdev=n0,mac=01:00:5e:00:00:01"},
                                             {}, {}, netdev),
                      Catch::Contains("multicast"));
    CHECK_THROWS_WITH(resolve_device_options({}, {"virtio-net-device,netdev=n0,mac=52:54:00:12:34"},
                                             {}, {}, netdev),
                      Catch::Contains("six hex bytes"));
    CHECK_THROWS_WITH(resolve_device_options({}, {"virtio-net-device,netdev=n0",
                                                  "virtio-net-device,netdev=n0"}, {}, {}, netdev),
                      Catch::Contains("netdev 'n0' is not defined"));  // one device per netdev
}

TEST_CASE("The command line passes -netdev through, and -nic none still works")
{
    const char* argv[] = {"virt64", "-nic", "none", "-netdev",
                          "socket,id=n0,udp=127.0.0.1:5556,localaddr=127.0.0.1:5555", "-device",
                          "virtio-net-device,netdev=n0", "-kernel", "vmlinux"};
    CommandLine cl = parse_command_line(static_cast<int>(std::size(argv)), argv);
    REQUIRE(cl.netdevs.size() == 1);
    CHECK(cl.netdevs[0] == "socket,id=n0,udp=127.0.0.1:5556,localaddr=127.0.0.1:5555");
    auto opts = resolve_device_options(cl.drives, cl.devices, cl.chardevs, cl.globals, cl.netdevs);
    REQUIRE(opts.devices.size() == 1);
    CHECK(opts.devices[0].kind == Kind::net);
    const char* user[] = {"virt64", "-nic", "user", "-kernel", "vmlinux"};
    CHECK_THROWS_WITH(parse_command_line(5, user), Catch::Contains("-nic user"));
}

TEST_CASE("Sizes parse as QEMU's qemu_strtosz: powers of 1024, a fraction needs a suffix")
{
    CHECK(parse_qemu_size("4096", "x") == 4096);
    CHECK(parse_qemu_size("8B", "x") == 8);
    CHECK(parse_qemu_size("64K", "x") == 65536);
    CHECK(parse_qemu_size("2k", "x") == 2048);
    CHECK(parse_qemu_size("1200M", "x") == 1200ull << 20);
    CHECK(parse_qemu_size("1.5G", "x") == 3ull << 29);
    CHECK(parse_qemu_size("1T", "x") == 1ull << 40);
    CHECK(parse_qemu_size("0", "x") == 0);
    CHECK_THROWS_WITH(parse_qemu_size("1.5", "bw"), Catch::Contains("bw: '1.5': a fraction needs a suffix"));
    CHECK_THROWS_WITH(parse_qemu_size("12X", "bw"), Catch::Contains("bw: '12X': unknown size suffix 'X'"));
    CHECK_THROWS_WITH(parse_qemu_size("12MB", "bw"), Catch::Contains("unknown size suffix 'MB'"));
    CHECK_THROWS_WITH(parse_qemu_size("fast", "bw"), Catch::Contains("bw: 'fast' is not a size"));
    CHECK_THROWS_WITH(parse_qemu_size("-1K", "bw"), Catch::Contains("is not a size"));
    CHECK_THROWS_WITH(parse_qemu_size("", "bw"), Catch::Contains("is not a size"));
    CHECK_THROWS_WITH(parse_qemu_size("16E", "bw"), Catch::Contains("too large"));
}

TEST_CASE("Times take s, ms, us, ns or ps; a plain number is nanoseconds")
{
    using sc_core::sc_time;
    CHECK(parse_qemu_time("80us", "x") == sc_time(80, sc_core::SC_US));
    CHECK(parse_qemu_time("1.5ms", "x") == sc_time(1500, sc_core::SC_US));
    CHECK(parse_qemu_time("20", "x") == sc_time(20, sc_core::SC_NS));
    CHECK(parse_qemu_time("500ps", "x") == sc_time(500, sc_core::SC_PS));
    CHECK(parse_qemu_time("1s", "x") == sc_time(1, sc_core::SC_SEC));
    CHECK(parse_qemu_time("0", "x") == sc_core::SC_ZERO_TIME);
    CHECK_THROWS_WITH(parse_qemu_time("10xs", "lat"), Catch::Contains("lat: '10xs': unknown time unit 'xs'"));
    CHECK_THROWS_WITH(parse_qemu_time("soon", "lat"), Catch::Contains("lat: 'soon' is not a time"));
    CHECK_THROWS_WITH(parse_qemu_time("-5us", "lat"), Catch::Contains("is not a time"));
}

TEST_CASE("latency= and bandwidth= set a device's service time, -global sets the default")
{
    auto opts = resolve_device_options(
        {"file=a.img,if=none,id=d0", "file=b.img,if=none,id=d1"},
        {"virtio-blk-device,drive=d0,latency=80us,bandwidth=1200M",
         "virtio-blk-device,drive=d1", "virtio-rng-device", "virtio-serial-device",
         "virtconsole,chardev=c0,bandwidth=1K"},
        {"null,id=c0"},
        {"virtio-blk-device.latency=5us", "virtio-rng-device.bandwidth=1M",
         "virtio-mmio.register-latency=10ns"});
    REQUIRE(opts.devices.size() == 4);
    // -device keys win over -global.
    CHECK(opts.devices[0].service.latency == sc_core::sc_time(80, sc_core::SC_US));
    CHECK(opts.devices[0].service.bandwidth == Approx(1200.0 * 1024 * 1024));
    // The -global default; bandwidth not given keeps the model's.
    CHECK(opts.devices[1].service.latency == sc_core::sc_time(5, sc_core::SC_US));
    CHECK_FALSE(opts.devices[1].service.bandwidth.has_value());
    CHECK_FALSE(opts.devices[2].service.latency.has_value());
    CHECK(opts.devices[2].service.bandwidth == Approx(1024.0 * 1024));
    CHECK(opts.devices[3].service.bandwidth == Approx(1024.0));
    REQUIRE(opts.register_latency.has_value());
    CHECK(*opts.register_latency == sc_core::sc_time(10, sc_core::SC_NS));
    CHECK_FALSE(resolve_device_options({}, {}, {}, {}).register_latency.has_value());
}

TEST_CASE("A bad timing value is an error naming the option and the property")
{
    const std::vector<std::string> drive = {"file=a.img,if=none,id=d0"};
    CHECK_THROWS_WITH(resolve_device_options(drive, {"virtio-blk-device,drive=d0,latency=fast"}, {}, {}),
                      Catch::Contains("-device virtio-blk-device,drive=d0,latency=fast latency: "
                                      "'fast' is not a time"));
    CHECK_THROWS_WITH(resolve_device_options(drive, {"virtio-blk-device,drive=d0,bandwidth=1.5"}, {}, {}),
                      Catch::Contains("bandwidth: '1.5': a fraction needs a suffix"));
    CHECK_THROWS_WITH(resolve_device_options({}, {}, {}, {"virtio-blk-device.latency=3 weeks"}),
                      Catch::Contains("-global virtio-blk-device.latency=3 weeks latency: "
                                      "'3 weeks': unknown time unit ' weeks'"));
    CHECK_THROWS_WITH(resolve_device_options({}, {}, {}, {"virtio-mmio.register-latency=1x"}),
                      Catch::Contains("unknown time unit 'x'"));
    CHECK_THROWS_WITH(resolve_device_options({}, {}, {}, {"virtio-blk-device.speed=1"}),
                      Catch::Contains("unsupported global 'virtio-blk-device.speed'"));
    CHECK_THROWS_WITH(resolve_device_options({}, {"virtio-serial-device,latency=1us"}, {}, {}),
                      Catch::Contains("unsupported parameter 'latency'"));
}

TEST_CASE("virtio-mmio.strict and virtio-mmio.packed globals: strict conformance mode, split rings on Version 2")
{
    const auto defaults = resolve_device_options({}, {}, {}, {});
    CHECK_FALSE(defaults.strict);
    CHECK(defaults.ring_packed);
    const auto opts =
        resolve_device_options({}, {}, {}, {"virtio-mmio.strict=on", "virtio-mmio.packed=off"});
    CHECK(opts.strict);
    CHECK_FALSE(opts.ring_packed);
    CHECK_THROWS_WITH(resolve_device_options({}, {}, {}, {"virtio-mmio.strict=maybe"}),
                      Catch::Contains("-global virtio-mmio.strict=maybe"));
}
