// GdbServer: a GDB remote-protocol stub (GDB manual, Appendix E) for one or
// more cores, the parts gdb-multiarch 13 uses with an AArch64 target:
// qSupported, qXfer:features:read (target.xml), g/G/p/P, m/M/X, Z0-Z4/z0-z4,
// c/s/vCont with per-thread actions, Ctrl-C, ?, T stop replies with
// swbreak/hwbreak/watch and thread, D, k, one thread per core (thread id =
// core index + 1: qfThreadInfo/qsThreadInfo, qC, qThreadExtraInfo, T, Hg/Hc),
// qRcmd (`monitor phys on|off`, `info registers`, `quit`, plus commands the
// platform adds). All-stop mode: when one core stops every core stops. It
// serves one TCP client at a time and is driven entirely from the cores'
// simulation threads through DebugController (debug_target.h): no host
// threads, so runs are deterministic for a given sequence of debugger commands.
// Registers and memory are those of the Hg thread (after a stop: the core
// that stopped). Breakpoints and watchpoints apply to every core.
// Not handled: non-stop mode, no-ack mode, multiprocess thread ids (p.tid),
// extended-remote (!, vRun), file I/O, tracepoints.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "gdb/debug_target.h"
#include "gdb/rsp_packet.h"

namespace vp::gdb {

struct GdbServerConfig {
    std::string host = "127.0.0.1";  // address to bind; QEMU's default for -gdb tcp::PORT
    uint16_t port = 1234;            // 0: any free port (see GdbServer::port())
    // How often poll() looks at the socket while the core runs (host time).
    std::chrono::microseconds poll_interval{1000};
};

class GdbServer : public DebugController {
public:
    // Binds and listens; throws std::runtime_error when the address cannot be
    // used. One target per core, in core order (GDB thread i + 1 is targets[i]).
    GdbServer(const GdbServerConfig& config, std::vector<DebugTarget*> targets);
    GdbServer(const GdbServerConfig& config, DebugTarget& target)
        : GdbServer(config, std::vector<DebugTarget*>{&target})
    {
    }
    ~GdbServer() override;
    GdbServer(const GdbServer&) = delete;
    GdbServer& operator=(const GdbServer&) = delete;

    uint16_t port() const { return m_port; }  // the bound port
    bool connected() const { return m_client >= 0; }
    bool killed() const { return m_killed; }  // the debugger sent k / monitor quit

    // A `monitor <name> ...` command: handler(arguments) returns the text to
    // print. E.g. the platform's "info virtio".
    void add_monitor_command(const std::string& name,
                             std::function<std::string(const std::string&)> handler);

    // DebugController
    bool poll() override;
    ResumeAction stopped(const StopEvent& event) override;
    void exited(int status) override;

    // One packet in, one reply out, with no socket: what the serve loop does
    // for each packet. Exposed for unit tests. When the packet resumes the
    // cores (c, s, vCont, D, k), *resume is set to the action of the core that
    // reported the last stop (resume_plan() has every core's) and the reply is
    // empty unless it must be sent before resuming (D: "OK").
    std::string handle_packet(const std::string& payload, std::optional<ResumeAction>* resume);
    // After a resuming packet: each core's action, in core order.
    const std::vector<ResumeAction>& resume_plan() const { return m_plan; }
    // The stop reply for an event, as sent after c/s or for '?'.
    std::string stop_reply(const StopEvent& event) const;

private:
    bool accept_client(bool blocking);
    void close_client(const char* why);
    void send_raw(const std::string& bytes);
    void send_packet(const std::string& payload);
    // Reads what is available (blocking: waits for at least one byte).
    // false when the client went away.
    bool read_input(bool blocking);
    std::optional<ResumeAction> process_events();
    void warn(const char* type, const std::string& message) const;

    std::string read_registers();
    std::string write_registers(const std::string& hex);
    std::string read_one_register(const std::string& args);
    std::string write_one_register(const std::string& args);
    std::string read_memory(const std::string& args);
    std::string write_memory_hex(const std::string& args);
    std::string write_memory_binary(const std::string& args);
    std::string debug_point(const std::string& payload);
    std::string query(const std::string& payload);
    std::string vcont(const std::string& payload, std::optional<ResumeAction>* resume);
    std::string monitor(const std::string& command);
    std::string monitor_info_registers();
    // Thread ids: "N" (hex, 1..cores), "0" (any), "-1" (all).
    enum : int { kAnyThread = -2, kAllThreads = -1, kBadThread = -3 };
    int parse_thread(const std::string& id) const;  // core index, or one of the above
    DebugTarget& selected() { return *m_targets[m_gcore]; }
    std::string thread_id(unsigned core) const;
    // Every core's action for a resuming packet; the reply when it resumes nothing.
    std::string plan(std::vector<ResumeAction> actions, std::optional<ResumeAction>* resume);

    GdbServerConfig m_config;
    std::vector<DebugTarget*> m_targets;  // one per core; GDB thread i + 1
    unsigned m_gcore = 0;                 // Hg: registers and memory
    unsigned m_ccore = 0;                 // Hc: the core s/c without vCont act on
    unsigned m_stop_core = 0;             // the core inside stopped()
    std::vector<ResumeAction> m_plan;     // see resume_plan()
    int m_listen = -1;
    int m_client = -1;
    uint16_t m_port = 0;
    RspDecoder m_decoder;
    std::string m_input;          // bytes received but not yet decoded
    std::string m_pending_input;  // complete events queued while the core ran
    bool m_interrupt = false;     // Ctrl-C seen while running
    bool m_attach_stop = false;   // a debugger attached: stop the core for it
    bool m_running = false;       // the debugger waits for a stop reply
    bool m_swbreak = false;       // the client announced swbreak+/hwbreak+
    bool m_hwbreak = false;
    bool m_phys = false;          // monitor phys on: m/M/X use physical addresses
    uint32_t m_sstep = 0;         // Qqemu.sstep flags in force (kept across clients, as QEMU)
    bool m_killed = false;
    std::string m_last_reply;     // for '-' (retransmit)
    StopEvent m_last_stop;
    std::chrono::steady_clock::time_point m_next_poll{};
    std::map<std::string, std::function<std::string(const std::string&)>> m_monitor;
};

}  // namespace vp::gdb
