// virt64's command line: QEMU-style single-dash options (-kernel, -m,
// -semihosting, -M virt, ...) plus virt64's own double-dash options (--quantum,
// --clock, --cpi, ...), parsed with Boost.Program_options into one struct.
// Anything virt64 cannot honour (another machine or CPU, -smp > 8) is an error.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <systemc>

namespace vp::virt64 {

struct CommandLine {
    std::string kernel;          // -kernel FILE
    uint64_t ram_size = 0;       // -m SIZE (bytes)
    bool semihosting = false;    // -semihosting / -semihosting-config enable=on
    std::string append;          // -append "kernel command line"
    std::string initrd;          // -initrd FILE
    std::string dtb;             // -dtb FILE
    std::string dump_dtb;        // -M virt,dumpdtb=FILE: write the guest's DTB there and exit
    std::string serial = "stdio";  // -serial stdio|null|file:PATH|tcp:... (UART backend)
    // QEMU -drive/-device/-chardev/-global/-netdev, resolved by device_options.h.
    std::vector<std::string> drives, devices, chardevs, globals, netdevs;
    unsigned smp = 1;            // -smp [cpus=]N[,maxcpus=N,sockets=,cores=,threads=]: 1..8 cores

    // virt64's own.
    sc_core::sc_time quantum{1, sc_core::SC_US};   // --quantum
    double clock_hz = 1e9;                         // --clock
    double cpi = 1.0;                              // --cpi
    bool accel_interp = false;                     // --accel interp (default jit)
    unsigned jit_threshold = 16;                   // --jit-threshold
    std::optional<sc_core::sc_time> max_time;      // --max-time: stop after this simulated time
    bool stats = false;                            // --stats: exit summary on stderr
    std::string insn_trace;                        // --insn-trace FILE: instruction trace ("-" = stdout)

    // Event tracing of the virtio models (models/virtio/trace.h).
    // QEMU -trace [enable=]PATTERN|events=FILE|file=FILE, comma-separated, repeatable.
    std::vector<std::string> trace_patterns;       // "virtio_*", "-virtio_mmio_*", "help"
    std::vector<std::string> trace_event_files;    // events=FILE: one pattern per line
    std::string trace_log;                         // file=FILE: text log (default stderr)
    std::string trace_timeline;                    // --trace-timeline FILE: Chrome/Perfetto JSON
    std::string trace_vcd;                         // --trace-vcd FILE: irq/InterruptStatus/in-flight VCD

    // GDB stub (-s, -gdb tcp:[HOST]:PORT, -S).
    int gdb_port = -1;                 // -1: no stub; 0: any free port
    std::string gdb_host;              // address to bind (default 127.0.0.1)
    bool start_halted = false;         // -S: halted until the debugger continues

    // QEMU debug log (-d ITEM,... -D FILE; models/log/debug_log.h).
    uint32_t log_mask = 0;             // log::Item bits
    std::string log_file;              // -D FILE (default stderr)
    bool log_help = false;             // -d help: the items printed, nothing else done

    bool help = false;  // -h/--help: usage printed, nothing else done
    bool trace_help = false;  // -trace help: the trace event names printed, nothing else done
};

// Thrown for a command line virt64 cannot run; the message names the option.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Parses argv (argv[0] is skipped). Throws UsageError.
CommandLine parse_command_line(int argc, const char* const* argv);

std::string usage_text();

// "128M", "1G", "512" (QEMU: a plain number is MiB), "64K", "2T".
uint64_t parse_size(const std::string& text, const std::string& option);
// "1us", "10 ns", "0.5ms", "1s", "100ps".
sc_core::sc_time parse_time(const std::string& text, const std::string& option);
// "1e9", "1G", "500M", "62.5MHz", "100k".
double parse_frequency(const std::string& text, const std::string& option);

}  // namespace vp::virt64
