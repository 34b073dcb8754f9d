// virt64: an AArch64 virtual platform compatible with QEMU `-M virt`
// (cortex-a53, GICv2, PL011, RAM at 0x40000000). 1..8 CPUs (-smp), our own ISS, a
// router with the memory map of memory_map.h, and the QEMU -kernel boot
// conventions for ELF images (bare-metal, entered at e_entry with x0 = 0) and
// Linux arm64 Images (x0 = DTB address). The exit status is the guest's
// (semihosting SYS_EXIT, PSCI SYSTEM_OFF); command-line errors exit with 1.
// Not modelled: flash, RTC, GPIO, PCIe, fw_cfg, secure world, EL2/EL3.
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include <systemc>
#include <tlm>

#include "arm64/cpu.h"
#include "arm64/cpu_cluster.h"
#include "arm64/cpu_debug.h"
#include "arm64/generic_timer.h"
#include "arm64/semihosting.h"
#include "bus/router.h"
#include "checked_range.h"
#include "command_line.h"
#include "device_options.h"
#include "device_tree.h"
#include "elf_loader.h"
#include "gdb/gdb_server.h"
#include "gic/gic400.h"
#include "linux_loader.h"
#include "log/debug_log.h"
#include "log/report_routing.h"
#include "host/char_backend.h"
#include "host/char_backends.h"
#include "host/escape_backend.h"
#include "memory/memory.h"
#include "memory_map.h"
#include "uart/pl011.h"
#include "virtio_monitor.h"
#include "virtio/conformance.h"
#include "virtio/mmio_transport.h"
#include "virtio/trace.h"
#include "virtio_slots.h"

namespace vp::virt64 {

namespace {

// Set when the user ended the simulation from the console (Ctrl-A x).
bool g_console_quit = false;

// The PL011's host side. "stdio" behaves as QEMU's -nographic console:
// Ctrl-C goes to the guest and Ctrl-A x ends the simulation (exit status 0).
std::unique_ptr<host::CharBackend> uart_backend_for(const std::string& spec)
{
    if (spec != "stdio")
        return host::make_char_backend(spec);
    return std::make_unique<host::EscapeCharBackend>(
        std::make_unique<host::StdioCharBackend>(/*signals_to_guest=*/true), [] {
            g_console_quit = true;
            sc_core::sc_stop();
        });
}

// Core `index`'s configuration. Its name on timelines is the module name
// (virt64.cpu with -smp 1, virt64.cpu0 ... with more).
arm64::CpuConfig cpu_config(const CommandLine& cl, std::FILE* trace, const std::string& name)
{
    arm64::CpuConfig c;
    c.trace = trace;
    c.trace_core_column = cl.smp > 1;  // the cores share the stream
    c.clock_hz = cl.clock_hz;
    c.cpi = cl.cpi;
    c.quantum = cl.quantum;
    c.semihosting = cl.semihosting;
    c.accel = cl.accel_interp ? arm64::Accel::interp : arm64::Accel::jit;
    c.jit_threshold = cl.jit_threshold;
    // main() runs sc_start(--max-time) or until sc_stop(): quantum ends
    // below that need not yield when nothing else is due (CpuConfig).
    c.lazy_sync_until = cl.max_time ? *cl.max_time : sc_core::sc_max_time();
    if (virtio::Tracer::on(virtio::TraceEvent::cpu_idle)) {  // WFI idle spans on the timeline
        const std::string track = "virt64." + name;
        c.idle_observer = [track](bool idle) { virtio::Tracer::instance().cpu_idle(track.c_str(), idle); };
    }
    return c;
}

// Core names: "cpu" for a single core (as before -smp existed), else cpu0..cpuN-1.
std::string cpu_name(unsigned index, unsigned count)
{
    return count == 1 ? std::string("cpu") : "cpu" + std::to_string(index);
}

memory::MemoryConfig ram_config(uint64_t size)
{
    memory::MemoryConfig c;
    c.size = size;
    return c;
}

}  // namespace

// The platform: modules, the address map and the interrupt wiring.
class Virt64 : public sc_core::sc_module {
public:
    // The cores (-smp N) and what they share (PSCI, exclusives, broadcasts).
    arm64::CpuCluster cluster;
    std::vector<std::unique_ptr<arm64::Cpu>> cpus;
    bus::Router router;
    memory::Memory ram;
    gic::Gic400 gic;
    std::unique_ptr<host::CharBackend> uart_backend;
    uart::Pl011 uart;
    VirtioSlots virtio;  // the -device virtio-* list, in QEMU's slot order

    Virt64(sc_core::sc_module_name name, const CommandLine& cl, std::FILE* trace = nullptr)
        : sc_core::sc_module(name),
          cluster(cl.smp),
          cpus(make_cpus(cl, trace)),  // first, as the single CPU always was
          router("router"),
          ram("ram", ram_config(cl.ram_size)),
          gic("gic", map::kNumSpis, cl.smp),
          uart_backend(uart_backend_for(cl.serial)),
          uart("uart", *uart_backend),
          virtio("virtio", resolve_device_options(cl.drives, cl.devices, cl.chardevs, cl.globals, cl.netdevs))
    {
        router.map(ram.socket, map::kRamBase, cl.ram_size, "ram");
        router.map(gic.distributor, map::kGicDistributor.base, gic::Gic400::kDistributorSize,
                   "gic-distributor");
        router.map(gic.cpu_interface, map::kGicCpuInterface.base,
                   gic::Gic400::kCpuInterfaceSize, "gic-cpu-interface");
        router.map(uart.socket, map::kUart.base, uart::Pl011::kSize, "uart");
        virtio.connect(router, gic);

        // Core i: its own GIC CPU interface (irq/fiq) and timer PPIs 30/27.
        for (unsigned i = 0; i < cl.smp; ++i) {
            const std::string n = cpu_name(i, cl.smp);
            arm64::Cpu& cpu = *cpus[i];
            if (cl.smp > 1)  // -smp 1: the single-core CPU exactly as before (private PSCI)
                cpu.join_cluster(cluster);
            cpu.bus.bind(router.target);
            CoreSignals& sig = *m_core_signals.emplace_back(std::make_unique<CoreSignals>(n));
            gic.irq[i].bind(sig.irq);
            gic.fiq[i].bind(sig.fiq);
            cpu.irq.bind(sig.irq);
            cpu.fiq.bind(sig.fiq);
            cpu.timer_phys_irq.bind(sig.timer_phys);
            cpu.timer_virt_irq.bind(sig.timer_virt);
            gic.ppi_of(i, map::kPpiTimerPhys).bind(sig.timer_phys);
            gic.ppi_of(i, map::kPpiTimerVirt).bind(sig.timer_virt);
        }
        uart.irq.bind(m_uart_irq);
        gic.spi[map::kUartSpi].bind(m_uart_irq);
        // Device DMA writes clear the cores' reservations on what they write.
        if (cl.smp > 1)
            for (const auto& slot : virtio.slots())
                slot.transport->memory.on_write([this](uint64_t addr, size_t len) {
                    cluster.monitor().observe_write(addr, len, arm64::GlobalMonitor::kNoCpu);
                });
    }
    arm64::Cpu& cpu() { return *cpus.front(); }  // the boot core
    // The core that ended the simulation (SYSTEM_OFF, semihosting exit), if any.
    const arm64::Cpu* exited_cpu() const
    {
        for (const auto& c : cpus)
            if (c->exited())
                return c.get();
        return nullptr;
    }
    Virt64(const Virt64&) = delete;
    Virt64& operator=(const Virt64&) = delete;

    GuestRam guest_ram() { return GuestRam{map::kRamBase, ram.size(), ram.data()}; }

    DeviceTreeSpec device_tree_spec(const CommandLine& cl) const
    {
        DeviceTreeSpec s;
        s.ram_base = map::kRamBase;
        s.ram_size = cl.ram_size;
        s.gic_dist_base = map::kGicDistributor.base;
        s.gic_dist_size = map::kGicDistributor.size;
        s.gic_cpu_base = map::kGicCpuInterface.base;
        s.gic_cpu_size = map::kGicCpuInterface.size;
        s.uart_base = map::kUart.base;
        s.uart_size = map::kUart.size;
        s.uart_spi = map::kUartSpi;
        s.uart_clock_hz = map::kUartClockHz;
        for (unsigned i = 0; i < map::kVirtioSlots; i++)
            s.virtio.push_back({map::virtio_slot_base(i), map::kVirtioSlotSize,
                                map::kVirtioFirstSpi + i});
        s.bootargs = cl.append;
        s.num_cpus = cl.smp;
        return s;
    }

private:
    static std::vector<std::unique_ptr<arm64::Cpu>> make_cpus(const CommandLine& cl, std::FILE* trace)
    {
        std::vector<std::unique_ptr<arm64::Cpu>> v;
        for (unsigned i = 0; i < cl.smp; ++i) {
            const std::string n = cpu_name(i, cl.smp);
            v.push_back(std::make_unique<arm64::Cpu>(n.c_str(), cpu_config(cl, trace, n)));
        }
        return v;
    }
    struct CoreSignals {
        explicit CoreSignals(const std::string& cpu)
            : irq((cpu + "_irq").c_str()), fiq((cpu + "_fiq").c_str()),
              timer_phys((cpu + "_timer_phys").c_str()), timer_virt((cpu + "_timer_virt").c_str())
        {
        }
        sc_core::sc_signal<bool> irq, fiq, timer_phys, timer_virt;
    };
    std::vector<std::unique_ptr<CoreSignals>> m_core_signals;
    sc_core::sc_signal<bool> m_uart_irq{"uart_irq"};
};

// SYS_GET_CMDLINE and SYS_HEAPINFO as QEMU answers them: "<kernel> <append>",
// and the largest RAM gap between the loaded images.
void configure_semihosting(Virt64& p, const CommandLine& cl,
                           const std::vector<std::pair<uint64_t, uint64_t>>& used)
{
    arm64::SemihostingConfig config;
    config.cmdline = cl.append.empty() ? cl.kernel : cl.kernel + " " + cl.append;
    config.heap = arm64::HeapInfo::from_layout(map::kRamBase, cl.ram_size, used);
    for (auto& cpu : p.cpus)
        cpu->configure_semihosting(config);
}

// Loads -kernel (and -dtb/-initrd) as QEMU's hw/arm/boot.c does for `virt`
// and points the CPU at the entry. Returns the device tree made for the guest
// (with -append, -initrd and -m applied), for -M virt,dumpdtb=FILE.
std::vector<uint8_t> boot(Virt64& p, const CommandLine& cl)
{
    GuestRam ram = p.guest_ram();
    {
        std::ifstream probe(cl.kernel, std::ios::binary);
        if (!probe)
            throw std::runtime_error("-kernel: cannot open '" + cl.kernel +
                                     "': " + std::strerror(errno));
    }
    // A user -dtb is validated and patched (bootargs, memory) as QEMU does.
    auto dtb_blob = [&]() {
        return cl.dtb.empty() ? build_device_tree(p.device_tree_spec(cl))
                              : load_user_device_tree(cl.dtb, p.device_tree_spec(cl));
    };

    if (is_elf_file(cl.kernel)) {
        // ELF images are not Linux: entry = e_entry, x0 = 0. If the image
        // leaves room at the base of RAM, the DTB goes there (QEMU does the
        // same so that bare-metal code can find it).
        LoadedImage image = load_elf(cl.kernel, ram);
        std::vector<std::pair<uint64_t, uint64_t>> used = image.segments;
        std::vector<uint8_t> dtb = dtb_blob();  // also reports an unreadable -dtb
        const CheckedRange below_image{ram.base, image.low - ram.base};  // low >= base
        if (image.low > ram.base && below_image.contains(ram.base, dtb.size())) {
            std::memcpy(ram.data, dtb.data(), dtb.size());
            used.emplace_back(ram.base, ram.base + dtb.size());
        }
        if (!cl.initrd.empty())
            std::cerr << "virt64: warning: -initrd is ignored for ELF images\n";
        configure_semihosting(p, cl, used);
        p.cpu().set_entry(image.entry, 0);
        return dtb;
    }

    if (!is_arm64_image(cl.kernel))
        throw std::runtime_error("-kernel: '" + cl.kernel +
                                 "' is neither an ELF file nor a Linux arm64 Image");
    LinuxBootRequest request{cl.kernel, cl.initrd, cl.dtb, p.device_tree_spec(cl)};
    BootInfo info = load_linux(p.ram, map::kRamBase, request);
    std::vector<std::pair<uint64_t, uint64_t>> used = {{info.kernel_base, info.kernel_end},
                                                       {info.dtb_base, info.dtb_base + info.dtb_size}};
    if (info.initrd_end > info.initrd_base)
        used.emplace_back(info.initrd_base, info.initrd_end);
    configure_semihosting(p, cl, used);
    p.cpu().set_entry(info.entry, info.x0);
    const uint8_t* dtb = p.ram.data() + (info.dtb_base - map::kRamBase);
    return std::vector<uint8_t>(dtb, dtb + info.dtb_size);
}

// -trace / --trace-timeline / --stats: what the virtio tracer records.
// False (after an error line) for a pattern that names no event or a file
// that cannot be opened.
bool configure_tracing(const CommandLine& cl)
{
    virtio::Tracer& tracer = virtio::Tracer::instance();
    try {
        for (const std::string& pattern : cl.trace_patterns) {
            if (tracer.enable_pattern(pattern) == 0) {
                std::cerr << "virt64: error: -trace " << pattern
                          << ": no trace event matches (virt64 -trace help lists them; "
                             "the instruction trace is --insn-trace FILE)\n";
                return false;
            }
        }
        for (const std::string& file : cl.trace_event_files)
            tracer.enable_events_file(file);
        if (!cl.trace_log.empty())
            tracer.open_log(cl.trace_log);
        if (!cl.trace_timeline.empty())
            tracer.open_timeline(cl.trace_timeline);
        if (cl.stats)
            tracer.enable_stats();
    } catch (const std::exception& e) {
        std::cerr << "virt64: error: -trace: " << e.what() << "\n";
        return false;
    }
    return true;
}

// SystemC reports go to stderr so that stdout carries only guest output.
// With -d guest_errors / -d unimp, the models' reports of those kinds go to
// the debug log instead (models/log/report_routing.h).
void report_to_stderr(const sc_core::sc_report& report, const sc_core::sc_actions& actions)
{
    if ((actions & sc_core::SC_DISPLAY) && log::log_report(report)) {
        sc_core::sc_report_handler::default_handler(report, actions & ~sc_core::SC_DISPLAY);
        return;
    }
    if (actions & sc_core::SC_DISPLAY)
        std::cerr << sc_core::sc_report_compose_message(report) << std::endl;
    sc_core::sc_report_handler::default_handler(report, actions & ~sc_core::SC_DISPLAY);
}

int run(int argc, char* argv[])
{
    CommandLine cl;
    try {
        cl = parse_command_line(argc, argv);
    } catch (const UsageError& e) {
        std::cerr << "virt64: error: " << e.what() << "\n(virt64 --help lists the options)\n";
        return 1;
    }
    if (cl.help) {
        std::cout << usage_text();
        return 0;
    }
    if (cl.trace_help) {
        for (unsigned e = 0; e < virtio::kTraceEventCount; ++e)
            std::cout << virtio::Tracer::event_name(static_cast<virtio::TraceEvent>(e)) << "\n";
        return 0;
    }
    if (cl.log_help) {
        std::cout << log::help_text();
        return 0;
    }
    if (!configure_tracing(cl))
        return 1;

    // -d / -D: the debug log (models/log). The sink is reset before the file
    // closes, so that a late report never writes to a closed stream.
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> log_file(nullptr, &std::fclose);
    if (!cl.log_file.empty()) {
        log_file.reset(std::fopen(cl.log_file.c_str(), "w"));
        if (!log_file) {
            std::cerr << "virt64: error: -D: cannot open '" << cl.log_file
                      << "': " << std::strerror(errno) << "\n";
            return 1;
        }
        static char log_buffer[1 << 16];
        std::setvbuf(log_file.get(), log_buffer, _IOFBF, sizeof log_buffer);
    }
    struct LogSinkReset {
        ~LogSinkReset()
        {
            log::DebugLog::flush();
            log::DebugLog::set_mask(0);
            log::DebugLog::set_sink(nullptr);
        }
    } log_sink_reset;
    log::DebugLog::set_sink(log_file.get());
    log::DebugLog::set_mask(cl.log_mask);

    // --insn-trace: the CPU writes to it until the simulation ends; closed on return.
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> trace(nullptr, &std::fclose);
    std::FILE* trace_stream = nullptr;
    if (cl.log_mask & log::kExec) {  // -d exec: the same trace, into the debug log
        trace_stream = log::DebugLog::sink();
    } else if (cl.insn_trace == "-") {
        trace_stream = stdout;
    } else if (!cl.insn_trace.empty()) {
        trace.reset(std::fopen(cl.insn_trace.c_str(), "w"));
        if (!trace) {
            std::cerr << "virt64: error: --insn-trace: cannot open '" << cl.insn_trace
                      << "': " << std::strerror(errno) << "\n";
            return 1;
        }
        static char buffer[1 << 16];
        std::setvbuf(trace.get(), buffer, _IOFBF, sizeof buffer);
        trace_stream = trace.get();
    }

    std::unique_ptr<Virt64> platform;
    try {
        platform = std::make_unique<Virt64>("virt64", cl, trace_stream);
        const std::vector<uint8_t> dtb = boot(*platform, cl);
        if (!cl.dump_dtb.empty()) {  // as QEMU: write the tree and exit
            std::ofstream out(cl.dump_dtb, std::ios::binary);
            out.write(reinterpret_cast<const char*>(dtb.data()),
                      static_cast<std::streamsize>(dtb.size()));
            if (!out.flush())
                throw std::runtime_error("dumpdtb: cannot write '" + cl.dump_dtb +
                                         "': " + std::strerror(errno));
            return 0;
        }
    } catch (const std::exception& e) {
        std::cerr << "virt64: error: " << e.what() << "\n";
        return 1;
    }
    // --trace-vcd: SystemC names the file NAME.vcd; closed after the run.
    std::unique_ptr<sc_core::sc_trace_file, void (*)(sc_core::sc_trace_file*)> vcd(
        nullptr, &sc_core::sc_close_vcd_trace_file);
    if (!cl.trace_vcd.empty()) {
        std::string base = cl.trace_vcd;
        if (base.size() > 4 && base.compare(base.size() - 4, 4, ".vcd") == 0)
            base.resize(base.size() - 4);
        // SystemC's "timescale unit set" note is not news to the user.
        sc_core::sc_report_handler::set_actions("tracing timescale unit set", sc_core::SC_INFO,
                                                sc_core::SC_DO_NOTHING);
        vcd.reset(sc_core::sc_create_vcd_trace_file(base.c_str()));
        vcd->set_time_unit(1, sc_core::SC_NS);
        for (const auto& slot : platform->virtio.slots())
            if (slot.device->device_id() != 0)  // the empty slots stay out of the file
                slot.transport->trace_signals(vcd.get());
    }

    // -s / -gdb / -S: the GDB stub, served from the CPUs' threads (the
    // simulation stands still while the debugger has the cores stopped); one
    // GDB thread per core.
    std::unique_ptr<gdb::GdbServer> gdb_server;
    std::vector<std::unique_ptr<arm64::CpuDebug>> cpu_debug;
    if (cl.gdb_port >= 0) {
        std::vector<gdb::DebugTarget*> targets;
        for (const auto& c : platform->cpus) {
            arm64::CpuDebugConfig dc;
            dc.start_halted = cl.start_halted && targets.empty();  // -S: core 0 (the others are off)
            cpu_debug.push_back(std::make_unique<arm64::CpuDebug>(*c, dc));
            targets.push_back(cpu_debug.back().get());
        }
        gdb::GdbServerConfig gc;
        gc.host = cl.gdb_host;
        gc.port = static_cast<uint16_t>(cl.gdb_port);
        try {
            gdb_server = std::make_unique<gdb::GdbServer>(gc, targets);
        } catch (const std::exception& e) {
            std::cerr << "virt64: error: " << e.what() << "\n";
            return 1;
        }
        for (auto& d : cpu_debug)
            d->set_controller(*gdb_server);
        arm64::CpuDebug* target = cpu_debug.front().get();
        const VirtioSlots* slots = &platform->virtio;
        gdb_server->add_monitor_command("info virtio", [target, slots](const std::string&) {
            return describe_virtio(*slots, [target](uint64_t pa, void* data, size_t len) {
                return target->read_memory(pa, static_cast<uint8_t*>(data), len, true) == len;
            });
        });
        std::cerr << "virt64: gdb stub listening on tcp:" << gc.host << ":" << gdb_server->port()
                  << (cl.start_halted ? " (-S: waiting for the debugger)" : "") << std::endl;
    }

    const auto host_start = std::chrono::steady_clock::now();
    if (cl.max_time)
        sc_core::sc_start(*cl.max_time);
    else
        sc_core::sc_start();
    const double host_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - host_start).count();

    Virt64& p = *platform;
    const arm64::Cpu* exited = p.exited_cpu();
    if (gdb_server && exited)
        gdb_server->exited(exited->exit_code());  // W packet to an attached debugger
    virtio::Tracer::instance().finish();  // completes the timeline
    vcd.reset();
    if (cl.stats) {
        uint64_t total = 0;
        for (const auto& c : p.cpus)
            total += c->instructions();
        const double mips = host_seconds > 0 ? total / host_seconds / 1e6 : 0;
        std::fprintf(stderr, "virt64: %llu instructions, %.3f s host, %.1f MIPS, simulated %s\n",
                     static_cast<unsigned long long>(total), host_seconds, mips,
                     sc_core::sc_time_stamp().to_string().c_str());
        // Per core (-smp > 1): instructions and the share of simulated time
        // it spent idle (powered off, or waiting in WFI/WFE).
        const double now = sc_core::sc_time_stamp().to_seconds();
        if (p.cpus.size() > 1)
            for (const auto& c : p.cpus)
                std::fprintf(stderr, "virt64: %s: %llu instructions, idle %.1f%%\n", c->basename(),
                             static_cast<unsigned long long>(c->instructions()),
                             now > 0 ? 100.0 * c->idle_time().to_seconds() / now : 0.0);
        std::fflush(stderr);
        virtio::Tracer::instance().write_stats(std::cerr);
    }
    // -global virtio-mmio.strict=on: the conformance summary of every device.
    virtio::ConformanceChecker::write_all_summaries(std::cerr);
    if (exited)
        return exited->exit_code();
    if (g_console_quit)
        return 0;
    if (cl.max_time && sc_core::sc_time_stamp() >= *cl.max_time) {
        std::cerr << "virt64: stopped at --max-time " << cl.max_time->to_string() << "\n";
        return 124;
    }
    std::cerr << "virt64: simulation ended without the guest exiting (idle with no event "
                 "left at "
              << sc_core::sc_time_stamp() << ")\n";
    return 1;
}

}  // namespace vp::virt64

int sc_main(int argc, char* argv[])
{
    // stdout carries guest output only: SystemC reports go to stderr (as does
    // the SystemC banner, printed before sc_main unless the environment has
    // SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1), and there is no "simulation stopped
    // by user" note when the guest exits.
    // A disk image past the process's file-size limit (RLIMIT_FSIZE, `ulimit
    // -f`) must fail the guest's write with EIO (EFBIG on the host, as ENOSPC
    // on a full file system), not kill the simulator with SIGXFSZ, whose
    // default action is to terminate (tests/system/linux_eio.sh).
    std::signal(SIGXFSZ, SIG_IGN);
    sc_core::sc_report_handler::set_handler(vp::virt64::report_to_stderr);
    sc_core::sc_report_handler::set_actions("/OSCI/SystemC", sc_core::SC_INFO,
                                            sc_core::SC_DO_NOTHING);
    try {
        return vp::virt64::run(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "virt64: error: " << e.what() << "\n";
        return 1;
    }
}
