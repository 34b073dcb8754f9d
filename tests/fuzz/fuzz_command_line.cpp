// libFuzzer harness for virt64's command line (platforms/virt64/command_line.cpp)
// and the QEMU device options (device_options.cpp: -drive/-device/-netdev/
// -chardev/-global strings), as main.cpp uses them.
// Input: the arguments after argv[0], separated by NUL bytes (at most 64).
// Allowed outcomes:
// - parse_command_line throws UsageError (virt64 prints it and exits 1), or
//   returns values the platform can use: RAM within virt64's limits, a clock,
//   CPI and quantum that are finite and positive, with a quantum of at most
//   2^63 instructions (the CPU converts it to an integer count);
// - resolve_device_options throws std::invalid_argument, or returns devices
//   with what they need (an image, a backend, a unicast MAC);
// - parse_size/parse_time/parse_frequency, tried on every argument, throw
//   UsageError or return the number times its unit (sc_time is checked
//   against the double, so an overflowed conversion is a finding).
// Anything else (another exception type, a sanitizer report) is a finding.
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "command_line.h"
#include "device_options.h"
#include "fuzz_common.h"
#include "memory_map.h"

using namespace vp::virt64;
using vp::fuzz::finding;

namespace {

void check_command_line(const CommandLine& cl)
{
    if (cl.help)
        return;
    if (cl.ram_size < map::MiB || cl.ram_size > map::kRamMaxSize)
        finding("-m accepted %lu bytes", cl.ram_size);
    if (!std::isfinite(cl.clock_hz) || cl.clock_hz <= 0 || !std::isfinite(cl.cpi) || cl.cpi <= 0)
        finding("--clock %g / --cpi %g accepted", cl.clock_hz, cl.cpi);
    if (cl.quantum <= sc_core::SC_ZERO_TIME)
        finding("--quantum accepted a zero quantum");
    const double quantum_insns = cl.quantum.to_seconds() * cl.clock_hz / cl.cpi;
    if (!(quantum_insns < 9.2e18))
        finding("--quantum %s at --clock %g / --cpi %g is %g instructions (no integer holds it)",
                cl.quantum.to_string().c_str(), cl.clock_hz, cl.cpi, quantum_insns);
}

void check_devices(const DeviceOptions& d)
{
    for (const VirtioDeviceRequest& r : d.devices) {
        switch (r.kind) {
        case VirtioDeviceRequest::Kind::block:
            if (r.image.empty())
                finding("a block device without an image");
            break;
        case VirtioDeviceRequest::Kind::console:
        case VirtioDeviceRequest::Kind::net:
            if (r.backend.empty())
                finding("a console/net device without a backend");
            if (r.kind == VirtioDeviceRequest::Kind::net && (r.mac[0] & 1))
                finding("a multicast station MAC");
            break;
        case VirtioDeviceRequest::Kind::entropy:
        case VirtioDeviceRequest::Kind::other:  // a kind without fields of its own here
            break;
        }
    }
}

// "12.5 ms" -> 12.5 and its unit's scale, the way a reader of the option
// would compute it; nullopt when the text is not number + known unit.
bool expected_value(const std::string& text, const char* const* units, const double* scales,
                    double& out)
{
    char* end = nullptr;
    errno = 0;
    const double v = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || errno == ERANGE || !std::isfinite(v))
        return false;
    std::string suffix(end);
    while (!suffix.empty() && std::isspace(static_cast<unsigned char>(suffix.front())))
        suffix.erase(0, 1);
    for (size_t i = 0; units[i]; ++i)
        if (suffix == units[i]) {
            out = v * scales[i];
            return true;
        }
    return false;
}

bool close_to(double got, double want, double absolute)
{
    return std::fabs(got - want) <= std::max(absolute, std::fabs(want) * 1e-9);
}

void check_number_parsers(const std::string& text)
{
    static const char* const time_units[] = {"s", "ms", "us", "ns", "ps", nullptr};
    static const double time_scales[] = {1, 1e-3, 1e-6, 1e-9, 1e-12};
    try {
        const sc_core::sc_time t = parse_time(text, "--t");
        double want = 0;
        // sc_time counts whole picoseconds (the default resolution).
        if (expected_value(text, time_units, time_scales, want) &&
            !close_to(t.to_seconds(), want, 1e-12))
            finding("parse_time('%s') = %s, expected %g s", text.c_str(), t.to_string().c_str(), want);
    } catch (const UsageError&) {
    }
    try {
        const double f = parse_frequency(text, "--f");
        if (!std::isfinite(f) || f <= 0)
            finding("parse_frequency('%s') = %g", text.c_str(), f);
    } catch (const UsageError&) {
    }
    try {
        const uint64_t bytes = parse_size(text, "-m");
        static const char* const size_units[] = {"", "M", "m", "MiB", "MB", "K", "k", "KiB",
                                                 "KB", "G", "g", "GiB", "GB", "T", "t", "B",
                                                 "b", nullptr};
        static const double size_scales[] = {0x1p20, 0x1p20, 0x1p20, 0x1p20, 0x1p20, 0x1p10,
                                             0x1p10, 0x1p10, 0x1p10, 0x1p30, 0x1p30, 0x1p30,
                                             0x1p30, 0x1p40, 0x1p40, 1, 1};
        double want = 0;
        if (expected_value(text, size_units, size_scales, want) &&
            !close_to(static_cast<double>(bytes), want, 1.0))
            finding("parse_size('%s') = %lu, expected %g", text.c_str(), bytes, want);
    } catch (const UsageError&) {
    }
}

}  // namespace

VP_FUZZ_COMMON_MAIN

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static bool once = (vp::fuzz::install_report_handler(), true);
    (void)once;
    std::vector<std::string> args{"virt64"};
    std::string cur;
    for (size_t i = 0; i < size && args.size() <= 64; ++i) {
        if (data[i] == 0) {
            args.push_back(cur);
            cur.clear();
        } else {
            cur.push_back(static_cast<char>(data[i]));
        }
    }
    if (args.size() <= 64)
        args.push_back(cur);
    std::vector<const char*> argv;
    for (const std::string& a : args)
        argv.push_back(a.c_str());
    argv.push_back(nullptr);

    for (size_t i = 1; i < args.size(); ++i)
        check_number_parsers(args[i]);

    CommandLine cl;
    try {
        cl = parse_command_line(static_cast<int>(args.size()), argv.data());
    } catch (const UsageError&) {
        return 0;
    }
    check_command_line(cl);
    try {
        check_devices(resolve_device_options(cl.drives, cl.devices, cl.chardevs, cl.globals,
                                             cl.netdevs));
    } catch (const std::invalid_argument&) {
    }
    return 0;
}
