// QEMU-style -drive/-device/-chardev/-global parsing: what a user types for
// qemu-system-aarch64 -M virt works here, and what virt64 cannot model is
// rejected with a message naming the option.
#include <catch2/catch.hpp>

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
