// virt64 command line (see command_line.h).
#include "command_line.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cmath>
#include <cstring>
#include <sstream>

#include <boost/program_options.hpp>

#include "log/debug_log.h"
#include "memory_map.h"

namespace po = boost::program_options;

namespace vp::virt64 {

namespace {

// Splits "12.5MHz" into 12.5 and "MHz"; throws when there is no number.
std::pair<double, std::string> number_and_suffix(const std::string& text,
                                                 const std::string& option)
{
    size_t pos = 0;
    double value = 0;
    try {
        value = std::stod(text, &pos);
    } catch (const std::exception&) {
        throw UsageError(option + ": '" + text + "' is not a number");
    }
    std::string suffix = text.substr(pos);
    while (!suffix.empty() && std::isspace(static_cast<unsigned char>(suffix.front())))
        suffix.erase(0, 1);
    if (!std::isfinite(value) || value < 0)
        throw UsageError(option + ": '" + text + "' must be a non-negative number");
    return {value, suffix};
}

po::options_description qemu_options()
{
    po::options_description d("QEMU-compatible options");
    // clang-format off
    d.add_options()
        ("kernel", po::value<std::string>(), "ELF image to load (bare-metal or vmlinux)")
        ("m", po::value<std::string>(), "RAM size, e.g. 128M, 1G (default 128M; plain number = MiB)")
        ("semihosting", "enable Arm semihosting (HLT #0xF000)")
        ("semihosting-config", po::value<std::string>(), "enable=on|off[,...]")
        ("nographic", "accepted: the UART is always on stdio unless -serial says otherwise")
        ("M", po::value<std::string>(), "machine: only 'virt' (virt,dumpdtb=FILE writes the DTB and exits)")
        ("machine", po::value<std::string>(), "machine: only 'virt' (virt,dumpdtb=FILE writes the DTB and exits)")
        ("cpu", po::value<std::string>(), "CPU: only 'cortex-a53'")
        ("smp", po::value<std::string>(), "[cpus=]N[,maxcpus=N][,sockets=S,cores=C,threads=T]: N cores, 1..8 (default 1)")
        ("append", po::value<std::string>(), "kernel command line")
        ("initrd", po::value<std::string>(), "initial ramdisk")
        ("dtb", po::value<std::string>(), "device tree blob to pass instead of the generated one")
        ("nic", po::value<std::string>(), "only 'none' (use -netdev + -device virtio-net-device)")
        ("net", po::value<std::string>(), "only 'none'")
        ("serial", po::value<std::string>(), "PL011 backend: stdio, null, file:PATH, tcp:PORT")
        ("drive", po::value<std::vector<std::string>>()->composing(), "file=PATH,if=none,format=raw,id=ID")
        ("device", po::value<std::vector<std::string>>()->composing(), "virtio-blk-device,drive=ID,... (see docs); virtio devices take latency=TIME and bandwidth=SIZE (bytes/s) for their service time")
        ("chardev", po::value<std::vector<std::string>>()->composing(), "stdio|file|socket|null,id=ID,...")
        ("netdev", po::value<std::vector<std::string>>()->composing(), "socket,id=ID,udp=127.0.0.1:PORT,localaddr=127.0.0.1:PORT")
        ("global", po::value<std::vector<std::string>>()->composing(), "virtio-mmio.force-legacy=on|off, virtio-mmio.register-latency=TIME, virtio-mmio.strict=on|off, virtio-mmio.packed=on|off, DEVICE.latency=TIME, DEVICE.bandwidth=SIZE (DEVICE: virtio-blk-device, virtio-rng-device, virtio-net-device, virtconsole), DEVICE.<fault key>=VALUE (docs/fault-injection.md)")
        ("trace", po::value<std::vector<std::string>>()->composing(),
         "[enable=]PATTERN,events=FILE,file=FILE: virtio event trace, a text log with simulated "
         "time stamps (stderr unless file=); PATTERN is a glob such as 'virtio_*', '-' in front "
         "disables; -trace help lists the events")
        ("d", po::value<std::vector<std::string>>()->composing(),
         "ITEM,...: debug log items (int, mmu, guest_errors, unimp, exec, all, "
         "trace:PATTERN); -d help lists them")
        ("D", po::value<std::string>(), "write the -d debug log to FILE (default stderr)")
        ("gdb", po::value<std::string>(), "tcp:[HOST]:PORT: GDB remote stub (HOST defaults to 127.0.0.1; PORT 0 = any free port)")
        ("s", "shorthand for -gdb tcp::1234")
        ("S", "start halted until the debugger continues (needs -s or -gdb)");
    // clang-format on
    return d;
}

po::options_description own_options()
{
    po::options_description d("virt64 options");
    // clang-format off
    d.add_options()
        ("help,h", "print this help")
        ("quantum", po::value<std::string>(), "CPU temporal-decoupling quantum (default 1us)")
        ("clock", po::value<std::string>(), "CPU clock (default 1GHz)")
        ("cpi", po::value<std::string>(), "cycles per instruction (default 1)")
        ("accel", po::value<std::string>(), "jit (default: block compiler on x86-64 hosts) or interp (interpreter); same results")
        ("jit-threshold", po::value<std::string>(), "interpreted starts of a run before it is compiled (default 16; 0 = compile at once)")
        ("max-time", po::value<std::string>(), "stop after this much simulated time (exit 124)")
        ("stats", "print host time, MIPS, simulated time and per-virtqueue statistics at exit (stderr)")
        ("trace-timeline", po::value<std::string>(), "write a Chrome/Perfetto trace-event JSON timeline of the virtqueues, interrupts and CPU idle to FILE")
        ("trace-vcd", po::value<std::string>(), "write a VCD of each virtio transport's irq, InterruptStatus and in-flight requests per queue to FILE")
        ("insn-trace", po::value<std::string>(), "write 'PC OPCODE' (hex) of every executed instruction to FILE (- = stdout)");
    // clang-format on
    return d;
}

std::string single(const po::variables_map& vm, const char* name)
{
    return vm[name].as<std::string>();
}

// -gdb tcp:[HOST]:PORT (QEMU's chardev spelling; "none" disables the stub).
void parse_gdb_address(const std::string& spec, CommandLine& cl)
{
    if (spec == "none") {
        cl.gdb_port = -1;
        return;
    }
    const size_t colon = spec.rfind(':');
    if (spec.rfind("tcp:", 0) != 0 || colon < 4)
        throw UsageError("-gdb " + spec + ": expected tcp:[HOST]:PORT (e.g. tcp::1234)");
    const std::string host = spec.substr(4, colon - 4);
    const std::string port = spec.substr(colon + 1);
    char* end = nullptr;
    const unsigned long value = std::strtoul(port.c_str(), &end, 10);
    if (port.empty() || *end != '\0' || value > 65535)
        throw UsageError("-gdb " + spec + ": '" + port + "' is not a TCP port number");
    cl.gdb_host = host.empty() ? "127.0.0.1" : host;
    cl.gdb_port = static_cast<int>(value);
}

// -smp as QEMU spells it: [cpus=]N, maxcpus=N (no hotplug: must equal N),
// and a topology (sockets, dies, clusters, cores, threads) whose product is
// the count when N is not given and must equal it when it is. virt64 models
// 1..8 cores (one cluster of Cortex-A53s, Aff0 = core index).
unsigned parse_smp(const std::string& spec)
{
    const std::string what = "-smp " + spec + ": ";
    auto number = [&](const std::string& text) {
        char* end = nullptr;
        const unsigned long v = std::strtoul(text.c_str(), &end, 10);
        if (text.empty() || *end != '\0' || text[0] == '-' || v > 1024)
            throw UsageError(what + "'" + text + "' is not a CPU count");
        return static_cast<unsigned>(v);
    };
    unsigned cpus = 0, maxcpus = 0, product = 1;
    bool topology = false, counted = false;
    size_t pos = 0;
    for (bool first = true; pos <= spec.size(); first = false) {
        const size_t comma = std::min(spec.find(',', pos), spec.size());
        const std::string item = spec.substr(pos, comma - pos);
        pos = comma + 1;
        const size_t eq = item.find('=');
        if (eq == std::string::npos && first) {
            cpus = number(item);
            counted = true;
            continue;
        }
        const std::string key = item.substr(0, eq == std::string::npos ? item.size() : eq);
        const std::string value = eq == std::string::npos ? "" : item.substr(eq + 1);
        if (key == "cpus") {
            cpus = number(value);
            counted = true;
        } else if (key == "maxcpus") {
            maxcpus = number(value);
        } else if (key == "sockets" || key == "dies" || key == "clusters" || key == "cores" ||
                   key == "threads") {
            product *= number(value);
            topology = true;
        } else {
            throw UsageError(what + "unknown parameter '" + key +
                             "' (cpus, maxcpus, sockets, dies, clusters, cores, threads)");
        }
    }
    if (!counted)
        cpus = topology ? product : (maxcpus ? maxcpus : 1);
    if (topology && product != cpus)
        throw UsageError(what + "the topology gives " + std::to_string(product) +
                         " CPUs, not " + std::to_string(cpus));
    if (maxcpus && maxcpus != cpus)
        throw UsageError(what + "maxcpus must equal the CPU count (no CPU hotplug)");
    if (cpus < 1 || cpus > 8)
        throw UsageError(what + "virt64 models 1 to 8 CPUs");
    return cpus;
}

}  // namespace

uint64_t parse_size(const std::string& text, const std::string& option)
{
    auto [value, suffix] = number_and_suffix(text, option);
    double scale = 0;
    if (suffix.empty() || suffix == "M" || suffix == "m" || suffix == "MiB" || suffix == "MB")
        scale = double(map::MiB);
    else if (suffix == "K" || suffix == "k" || suffix == "KiB" || suffix == "KB")
        scale = double(map::KiB);
    else if (suffix == "G" || suffix == "g" || suffix == "GiB" || suffix == "GB")
        scale = double(map::GiB);
    else if (suffix == "T" || suffix == "t")
        scale = double(map::GiB) * 1024;
    else if (suffix == "B" || suffix == "b")
        scale = 1;
    else
        throw UsageError(option + ": unknown size suffix in '" + text +
                         "' (expected K, M, G or T)");
    const double bytes = value * scale;
    if (bytes > 1.8e19)
        throw UsageError(option + ": '" + text + "' is too large");
    return static_cast<uint64_t>(bytes);
}

sc_core::sc_time parse_time(const std::string& text, const std::string& option)
{
    auto [value, unit] = number_and_suffix(text, option);
    static const struct {
        const char* name;
        sc_core::sc_time_unit unit;
        double ps;
    } units[] = {{"s", sc_core::SC_SEC, 1e12}, {"ms", sc_core::SC_MS, 1e9},
                 {"us", sc_core::SC_US, 1e6},  {"ns", sc_core::SC_NS, 1e3},
                 {"ps", sc_core::SC_PS, 1}};
    for (const auto& u : units) {
        if (unit != u.name)
            continue;
        // sc_time counts picoseconds (virt64 keeps SystemC's default
        // resolution), and SystemC 2.3.4 converts a double through a signed
        // 64-bit integer: from 2^63 ps on, the time silently becomes 2^63 ps
        // (found by fuzz_command_line: 999999999999s).
        if (value * u.ps >= 0x1p63)
            throw UsageError(option + ": '" + text +
                             "' is longer than SystemC's time range (2^63 ps, about 106 days)");
        return sc_core::sc_time(value, u.unit);
    }
    throw UsageError(option + ": '" + text + "' needs a unit: s, ms, us, ns or ps");
}

double parse_frequency(const std::string& text, const std::string& option)
{
    auto [value, suffix] = number_and_suffix(text, option);
    if (suffix.size() >= 2 && (suffix.substr(suffix.size() - 2) == "Hz" ||
                               suffix.substr(suffix.size() - 2) == "hz"))
        suffix.erase(suffix.size() - 2);
    double scale = 0;
    if (suffix.empty())
        scale = 1;
    else if (suffix == "k" || suffix == "K")
        scale = 1e3;
    else if (suffix == "M")
        scale = 1e6;
    else if (suffix == "G")
        scale = 1e9;
    else
        throw UsageError(option + ": unknown frequency suffix in '" + text + "'");
    if (value * scale <= 0)
        throw UsageError(option + ": '" + text + "' must be positive");
    // A finite number times its suffix can still overflow (found by
    // fuzz_command_line: '2e304G' gave an infinite clock).
    if (!std::isfinite(value * scale))
        throw UsageError(option + ": '" + text + "' is too large");
    return value * scale;
}

std::string usage_text()
{
    std::ostringstream s;
    s << "usage: virt64 [options] -kernel FILE\n"
      << "QEMU -M virt compatible AArch64 virtual platform (SystemC/TLM-2.0).\n"
      << "Options are accepted with one dash (QEMU style) or two.\n\n"
      << qemu_options() << "\n"
      << own_options();
    return s.str();
}

CommandLine parse_command_line(int argc, const char* const* argv)
{
    po::options_description all;
    all.add(qemu_options()).add(own_options());
    po::variables_map vm;
    try {
        // QEMU spells long options with one dash; --name works too.
        const int style = po::command_line_style::allow_long |
                          po::command_line_style::allow_long_disguise |
                          po::command_line_style::long_allow_next |
                          po::command_line_style::long_allow_adjacent |
                          po::command_line_style::allow_short |
                          po::command_line_style::allow_dash_for_short |
                          po::command_line_style::short_allow_next;
        po::parsed_options parsed =
            po::command_line_parser(argc, argv).options(all).style(style).run();
        for (const auto& o : parsed.options)
            if (o.position_key >= 0 || o.string_key.empty())
                throw UsageError("unexpected argument '" +
                                 (o.original_tokens.empty() ? std::string("?")
                                                            : o.original_tokens.front()) +
                                 "' (the image is given with -kernel FILE)");
        po::store(parsed, vm);
        po::notify(vm);
    } catch (const UsageError&) {
        throw;
    } catch (const po::error& e) {
        // Boost 1.74's error_with_option_name::what() replaces placeholders
        // such as %original_token% in its message with the user's text, in a
        // loop that never ends when that text holds the same placeholder
        // (found by fuzz_command_line: `-kernel%original_token%` hung
        // virt64). Such a command line gets a message of our own.
        for (int i = 1; i < argc; ++i)
            for (const char* placeholder : {"%canonical_option%", "%original_token%", "%option%",
                                            "%prefix%", "%value%"})
                if (argv[i] && std::strstr(argv[i], placeholder))
                    throw UsageError(std::string("invalid command line (Boost cannot name the "
                                                 "option: the argument '") +
                                     argv[i] + "' contains " + placeholder + ")");
        throw UsageError(e.what());
    }

    CommandLine cl;
    if (vm.count("help")) {
        cl.help = true;
        return cl;
    }
    for (const char* name : {"M", "machine"}) {
        if (!vm.count(name))
            continue;
        std::string machine = single(vm, name);
        machine = machine.substr(0, machine.find(','));  // virt,gic-version=2 -> virt
        if (machine != "virt")
            throw UsageError(std::string("-") + name + " " + single(vm, name) +
                             ": only the 'virt' machine is modelled");
        const std::string props = single(vm, name);
        if (props.find("gic-version=3") != std::string::npos ||
            props.find("gic-version=host") != std::string::npos ||
            props.find("gic-version=max") != std::string::npos)
            throw UsageError("-" + std::string(name) + " " + props +
                             ": only gic-version=2 is modelled");
        // dumpdtb=FILE (as QEMU): write the device tree the guest would get and exit.
        for (size_t at = props.find(','); at != std::string::npos; at = props.find(',', at + 1)) {
            const std::string prop = props.substr(at + 1, props.find(',', at + 1) - at - 1);
            if (prop.rfind("dumpdtb=", 0) == 0)
                cl.dump_dtb = prop.substr(8);
        }
        if (props.find("dumpdtb=") != std::string::npos && cl.dump_dtb.empty())
            throw UsageError("-" + std::string(name) + " " + props + ": dumpdtb needs a file name");
    }
    if (vm.count("cpu") && single(vm, "cpu") != "cortex-a53")
        throw UsageError("-cpu " + single(vm, "cpu") + ": only 'cortex-a53' is modelled");
    if (vm.count("smp"))
        cl.smp = parse_smp(single(vm, "smp"));
    for (const char* name : {"nic", "net"})
        if (vm.count(name) && single(vm, name) != "none")
            throw UsageError(std::string("-") + name + " " + single(vm, name) +
                             ": only 'none' is supported (for a network card use "
                             "-netdev socket,id=ID,udp=...,localaddr=... "
                             "-device virtio-net-device,netdev=ID)");
    if (vm.count("trace")) {  // -trace help (as QEMU): list the events, needs nothing else
        for (const std::string& spec : vm["trace"].as<std::vector<std::string>>())
            if (spec == "help" || spec == "enable=help") {
                cl.trace_help = true;
                return cl;
            }
    }
    if (vm.count("d")) {  // -d help (as QEMU): list the items, needs nothing else
        for (const std::string& spec : vm["d"].as<std::vector<std::string>>())
            if (spec == "help") {
                cl.log_help = true;
                return cl;
            }
    }
    if (!vm.count("kernel"))
        throw UsageError("no image given: use -kernel FILE");
    cl.kernel = single(vm, "kernel");

    cl.ram_size = vm.count("m") ? parse_size(single(vm, "m"), "-m") : map::kRamDefaultSize;
    if (cl.ram_size < map::MiB || cl.ram_size > map::kRamMaxSize)
        throw UsageError("-m: RAM size must be between 1M and 255G");

    cl.semihosting = vm.count("semihosting") != 0;
    if (vm.count("semihosting-config")) {
        const std::string cfg = single(vm, "semihosting-config");
        if (cfg.find("enable=on") != std::string::npos ||
            cfg.find("enable=true") != std::string::npos)
            cl.semihosting = true;
        else if (cfg.find("enable=off") != std::string::npos)
            cl.semihosting = false;
    }
    if (vm.count("append"))
        cl.append = single(vm, "append");
    if (vm.count("initrd"))
        cl.initrd = single(vm, "initrd");
    if (vm.count("dtb"))
        cl.dtb = single(vm, "dtb");
    if (vm.count("serial"))
        cl.serial = single(vm, "serial");
    auto list = [&](const char* name) {
        return vm.count(name) ? vm[name].as<std::vector<std::string>>()
                              : std::vector<std::string>{};
    };
    cl.drives = list("drive");
    cl.devices = list("device");
    cl.chardevs = list("chardev");
    cl.globals = list("global");
    cl.netdevs = list("netdev");

    if (vm.count("quantum")) {
        cl.quantum = parse_time(single(vm, "quantum"), "--quantum");
        if (cl.quantum == sc_core::SC_ZERO_TIME)
            throw UsageError("--quantum must be larger than zero");
    }
    if (vm.count("clock"))
        cl.clock_hz = parse_frequency(single(vm, "clock"), "--clock");
    if (vm.count("cpi")) {
        cl.cpi = number_and_suffix(single(vm, "cpi"), "--cpi").first;
        if (cl.cpi <= 0 || !number_and_suffix(single(vm, "cpi"), "--cpi").second.empty())
            throw UsageError("--cpi: '" + single(vm, "cpi") + "' must be a positive number");
    }
    if (vm.count("accel")) {
        const std::string accel = single(vm, "accel");
        if (accel != "jit" && accel != "interp")
            throw UsageError("--accel: '" + accel + "' is not jit or interp");
        cl.accel_interp = accel == "interp";
    }
    if (vm.count("jit-threshold")) {
        const std::string t = single(vm, "jit-threshold");
        if (t.empty() || t.size() > 3 || t.find_first_not_of("0123456789") != std::string::npos ||
            std::stoul(t) > 255)
            throw UsageError("--jit-threshold: '" + t + "' is not a number from 0 to 255");
        cl.jit_threshold = unsigned(std::stoul(t));
    }
    if (vm.count("max-time"))
        cl.max_time = parse_time(single(vm, "max-time"), "--max-time");
    if (vm.count("s")) {
        cl.gdb_host = "127.0.0.1";
        cl.gdb_port = 1234;
    }
    if (vm.count("gdb"))
        parse_gdb_address(single(vm, "gdb"), cl);
    cl.start_halted = vm.count("S") != 0;
    if (cl.start_halted && cl.gdb_port < 0)
        throw UsageError("-S: the CPU would stay halted: give -s or -gdb tcp::PORT too");
    cl.stats = vm.count("stats") != 0;
    if (vm.count("insn-trace")) {
        cl.insn_trace = single(vm, "insn-trace");
        if (cl.insn_trace.empty())
            throw UsageError("--insn-trace needs a file name");
    }
    for (const std::string& spec : list("d")) {
        std::string trace_patterns;  // -d trace:PATTERN is -trace PATTERN
        try {
            cl.log_mask |= log::parse_items(spec, &trace_patterns);
        } catch (const std::invalid_argument& e) {
            throw UsageError("-d " + spec + ": " + e.what());
        }
        std::istringstream patterns(trace_patterns);
        for (std::string p; std::getline(patterns, p, ',');)
            cl.trace_patterns.push_back(p);
    }
    if (vm.count("D")) {
        cl.log_file = single(vm, "D");
        if (cl.log_file.empty())
            throw UsageError("-D needs a file name");
    }
    if ((cl.log_mask & log::kExec) && !cl.insn_trace.empty())
        throw UsageError("-d exec and --insn-trace both ask for the instruction trace: give one "
                         "(-d exec writes it to the -D log)");
    for (const std::string& spec : list("trace")) {
        // QEMU: -trace [[enable=]PATTERN][,events=FILE][,file=FILE]
        std::istringstream items(spec);
        std::string item;
        bool any = false;
        while (std::getline(items, item, ',')) {
            const size_t eq = item.find('=');
            const std::string key = eq == std::string::npos ? std::string() : item.substr(0, eq);
            const std::string value = eq == std::string::npos ? item : item.substr(eq + 1);
            if (value.empty())
                throw UsageError("-trace " + spec + ": '" + item + "' has no value");
            if (key.empty() || key == "enable")
                cl.trace_patterns.push_back(value);
            else if (key == "events")
                cl.trace_event_files.push_back(value);
            else if (key == "file")
                cl.trace_log = value;
            else
                throw UsageError("-trace " + spec + ": unknown key '" + key +
                                 "' (expected enable=PATTERN, events=FILE or file=FILE)");
            any = true;
        }
        if (!any)
            throw UsageError("-trace needs a pattern, events=FILE or file=FILE");
    }
    for (const char* name : {"trace-timeline", "trace-vcd"}) {
        if (!vm.count(name))
            continue;
        if (single(vm, name).empty())
            throw UsageError(std::string("--") + name + " needs a file name");
        (std::string(name) == "trace-vcd" ? cl.trace_vcd : cl.trace_timeline) = single(vm, name);
    }
    // The CPU turns the quantum into a whole number of instructions
    // (quantum * clock / cpi, models/arm64/cpu.cpp): a count beyond 2^63 is
    // undefined in that conversion (found with fuzz_command_line's
    // invariant: --clock 1e30, or --cpi 1e-300).
    if (!(cl.quantum.to_seconds() * cl.clock_hz / cl.cpi < 0x1p63))
        throw UsageError("--quantum " + cl.quantum.to_string() + " at --clock " +
                         std::to_string(cl.clock_hz) + " Hz and --cpi " + std::to_string(cl.cpi) +
                         " is more than 2^63 instructions: lower --clock or raise --cpi");
    return cl;
}

}  // namespace vp::virt64
