// The table of virtio device kinds (device_kinds.h): every -device virt64
// accepts has one row, the resolver and the slots use nothing else, and a
// row's factory builds the model its options describe.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <string>
#include <unistd.h>

#include "device_kinds.h"
#include "device_options.h"
#include "virtio/blk.h"
#include "virtio/rng.h"
#include "virtio/virtio.h"

using namespace vp::virt64;

TEST_CASE("Every kind has one row, found by its -device name, and the unsupported-device message lists them")
{
    const char* names[] = {"virtio-blk-device", "virtio-rng-device", "virtio-net-device",
                           "virtio-serial-device", "virtconsole"};
    REQUIRE(device_kinds().size() == 5);
    for (const char* n : names) {
        const DeviceKind* k = find_device_kind(n);
        REQUIRE(k);
        CHECK(std::string(k->qemu_name) == n);
        // A kind that builds a device names its slots; the serial bus builds none.
        CHECK((k->create != nullptr) == (k->slot_name != nullptr));
    }
    CHECK(find_device_kind("e1000") == nullptr);
    try {
        resolve_device_options({}, {"e1000"}, {}, {});
        FAIL("e1000 accepted");
    } catch (const std::invalid_argument& e) {
        CHECK(std::string(e.what()).find("(virtio-blk-device, virtio-rng-device, virtio-net-device, "
                                         "virtio-serial-device, virtconsole)") != std::string::npos);
    }
}

TEST_CASE("A row's factory builds the device its options describe")
{
    char path[] = "/tmp/vp-kinds-XXXXXX";
    const int fd = mkstemp(path);
    REQUIRE(fd >= 0);
    REQUIRE(ftruncate(fd, 64 * 512) == 0);
    close(fd);
    const DeviceOptions opts = resolve_device_options(
        {std::string("file=") + path + ",if=none,format=raw,id=d0"},
        {"virtio-blk-device,drive=d0,serial=SN7,num-queues=2,latency=5us",
         "virtio-rng-device,seed=9"},
        {}, {});
    REQUIRE(opts.devices.size() == 2);
    CHECK(opts.devices[0].type == "virtio-blk-device");
    const DeviceKind& blk_kind = device_kind(opts.devices[0]);
    CHECK(std::string(blk_kind.slot_name) == "blk");
    auto blk = blk_kind.create("blk31", opts.devices[0], DeviceBackends{});
    auto* disk = dynamic_cast<vp::virtio::BlockDevice*>(blk.get());
    REQUIRE(disk);
    CHECK(disk->device_id() == vp::virtio::kDeviceBlock);
    CHECK(disk->capacity_sectors() == 64);
    CHECK(disk->serial() == "SN7");
    CHECK(disk->num_queues() == 2);

    const DeviceKind& rng_kind = device_kind(opts.devices[1]);
    auto rng = rng_kind.create("rng30", opts.devices[1], DeviceBackends{});
    auto* entropy = dynamic_cast<vp::virtio::EntropyDevice*>(rng.get());
    REQUIRE(entropy);
    vp::virtio::EntropyDevice::Config c;
    c.seed = 9;
    vp::virtio::EntropyDevice reference("reference", c);
    uint8_t a[32], b[32];
    entropy->generate(a, sizeof a);
    reference.generate(b, sizeof b);
    CHECK(std::equal(a, a + 32, b));  // seed=9 reached the model
    std::remove(path);
}

TEST_CASE("virtio-blk-device fault keys reach the model, and bad ones are refused")
{
    char path[] = "/tmp/vp-kinds-XXXXXX";
    const int fd = mkstemp(path);
    REQUIRE(fd >= 0);
    REQUIRE(ftruncate(fd, 64 * 512) == 0);
    close(fd);
    const std::string drive = std::string("file=") + path + ",if=none,format=raw,id=d0";
    const DeviceOptions opts = resolve_device_options(
        {drive}, {"virtio-blk-device,drive=d0,fault=delay,fault-request=3,fault-delay=2ms"}, {}, {});
    REQUIRE(opts.devices.size() == 1);
    CHECK(opts.devices[0].properties.at("fault") == "delay");
    CHECK(opts.devices[0].properties.at("fault-request") == "3");
    CHECK(opts.devices[0].properties.at("fault-count") == "1");
    auto dev = device_kind(opts.devices[0]).create("blk31", opts.devices[0], DeviceBackends{});
    REQUIRE(dynamic_cast<vp::virtio::BlockDevice*>(dev.get()));
    CHECK_THROWS_WITH(resolve_device_options({drive}, {"virtio-blk-device,drive=d0,fault=eio"}, {}, {}),
                      Catch::Contains("expected ioerr, unsupp or delay"));
    CHECK_THROWS_WITH(resolve_device_options({drive}, {"virtio-blk-device,drive=d0,fault=delay"}, {}, {}),
                      Catch::Contains("fault=delay needs fault-delay"));
    CHECK_THROWS_WITH(
        resolve_device_options({drive}, {"virtio-blk-device,drive=d0,fault=ioerr,fault-request=0"}, {}, {}),
        Catch::Contains("fault-request=0"));
    CHECK_THROWS_WITH(resolve_device_options({drive}, {"virtio-blk-device,drive=d0,fault-count=2"}, {}, {}),
                      Catch::Contains("need fault="));
    std::remove(path);
}
