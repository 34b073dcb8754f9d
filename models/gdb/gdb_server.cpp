// GdbServer: the GDB remote-protocol stub. See gdb_server.h.
#include "gdb/gdb_server.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sstream>
#include <stdexcept>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <systemc>

#include "gdb/aarch64_registers.h"

namespace vp::gdb {

namespace {

// Error replies (errno-style numbers, as gdbserver sends them).
const char* const kErrMalformed = "E01";
const char* const kErrInvalid = "E16";  // EINVAL: valid syntax, impossible request
const char* const kErrFault = "E0e";    // EFAULT: memory not accessible

bool split2(const std::string& s, char sep, std::string& a, std::string& b)
{
    const size_t p = s.find(sep);
    if (p == std::string::npos)
        return false;
    a = s.substr(0, p);
    b = s.substr(p + 1);
    return true;
}

std::string trim(const std::string& s)
{
    const size_t b = s.find_first_not_of(" \t");
    if (b == std::string::npos)
        return {};
    const size_t e = s.find_last_not_of(" \t\n");
    return s.substr(b, e - b + 1);
}

}  // namespace

GdbServer::GdbServer(const GdbServerConfig& config, std::vector<DebugTarget*> targets)
    : m_config(config), m_targets(std::move(targets))
{
    if (m_targets.empty() || std::find(m_targets.begin(), m_targets.end(), nullptr) !=
                                 m_targets.end())
        throw std::invalid_argument("GdbServer: one debug target per core expected");
    // QEMU's default single-step behaviour, as far as the cores support it.
    m_sstep = sstep::kDefault & m_targets[0]->supported_step_flags();
    for (DebugTarget* t : m_targets)
        t->set_step_flags(m_sstep);
    addrinfo hints{};
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo* res = nullptr;
    const std::string host = m_config.host.empty() ? "127.0.0.1" : m_config.host;
    const std::string port = std::to_string(m_config.port);
    if (int rc = getaddrinfo(host.c_str(), port.c_str(), &hints, &res); rc != 0)
        throw std::runtime_error("-gdb: cannot resolve '" + host + "': " + gai_strerror(rc));
    m_listen = ::socket(res->ai_family, res->ai_socktype | SOCK_CLOEXEC, res->ai_protocol);
    int one = 1;
    if (m_listen >= 0)
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (m_listen < 0 || ::bind(m_listen, res->ai_addr, res->ai_addrlen) != 0 ||
        ::listen(m_listen, 1) != 0) {
        const std::string err = std::strerror(errno);
        freeaddrinfo(res);
        if (m_listen >= 0)
            ::close(m_listen);
        throw std::runtime_error("-gdb: cannot listen on " + host + ":" + port + ": " + err);
    }
    freeaddrinfo(res);
    sockaddr_in bound{};
    socklen_t len = sizeof bound;
    ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&bound), &len);
    m_port = ntohs(bound.sin_port);
}

GdbServer::~GdbServer()
{
    if (m_client >= 0)
        ::close(m_client);
    if (m_listen >= 0)
        ::close(m_listen);
}

void GdbServer::add_monitor_command(const std::string& name,
                                    std::function<std::string(const std::string&)> handler)
{
    m_monitor[name] = std::move(handler);
}

void GdbServer::warn(const char* type, const std::string& message) const
{
    SC_REPORT_WARNING(type, message.c_str());
}

// ---- Socket -----------------------------------------------------------------

bool GdbServer::accept_client(bool blocking)
{
    if (!blocking) {
        pollfd p{m_listen, POLLIN, 0};
        if (::poll(&p, 1, 0) <= 0)
            return false;
    }
    int fd;
    do {
        fd = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return false;
    int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    m_client = fd;
    m_decoder.reset();
    m_input.clear();
    m_interrupt = false;
    m_running = false;
    m_swbreak = m_hwbreak = false;
    m_phys = false;
    m_last_reply.clear();
    return true;
}

void GdbServer::close_client(const char* why)
{
    if (m_client < 0)
        return;
    if (m_decoder.in_packet())
        warn("vp/gdb/truncated-packet",
             std::string("the debugger connection closed in the middle of a packet (") + why + ")");
    ::close(m_client);
    m_client = -1;
    m_decoder.reset();
    m_input.clear();
    m_running = false;
    // Without a debugger nobody would be told about a stop: the guest runs on.
    for (DebugTarget* t : m_targets)
        t->clear_debug_points();
}

void GdbServer::send_raw(const std::string& bytes)
{
    size_t done = 0;
    while (m_client >= 0 && done < bytes.size()) {
        const ssize_t n = ::send(m_client, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            close_client("send failed");
            return;
        }
        done += size_t(n);
    }
}

void GdbServer::send_packet(const std::string& payload)
{
    m_last_reply = rsp_frame(payload);
    send_raw(m_last_reply);
}

bool GdbServer::read_input(bool blocking)
{
    char buf[4096];
    for (;;) {
        const ssize_t n = ::recv(m_client, buf, sizeof buf, blocking ? 0 : MSG_DONTWAIT);
        if (n > 0) {
            m_input.append(buf, size_t(n));
            return true;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return true;
        return false;  // 0: orderly close; other errors: gone
    }
}

// ---- DebugController ------------------------------------------------------

bool GdbServer::poll()
{
    const auto now = std::chrono::steady_clock::now();
    if (now < m_next_poll)
        return m_interrupt || m_attach_stop;
    m_next_poll = now + m_config.poll_interval;
    if (m_client < 0) {
        // QEMU stops the guest when a debugger attaches: gdb expects a halted target.
        if (accept_client(false))
            m_attach_stop = true;
        return m_attach_stop;
    }
    if (!read_input(false)) {
        close_client("the debugger disconnected");
        return false;
    }
    // While the core runs, gdb (all-stop mode) only sends Ctrl-C. Packets are
    // left in m_input and served at the next stop.
    const size_t pos = m_input.find('\x03');
    if (pos != std::string::npos && !m_decoder.in_packet() &&
        m_input.find('$') > pos) {
        m_input.erase(pos, 1);
        m_interrupt = true;
    }
    return m_interrupt;
}

void GdbServer::exited(int status)
{
    if (m_client < 0)
        return;
    send_packet("W" + hex_le(uint64_t(status) & 0xFF, 1));
    close_client("the guest exited");
}

ResumeAction GdbServer::stopped(const StopEvent& event)
{
    m_last_stop = event;
    m_interrupt = false;
    m_attach_stop = false;
    m_stop_core = event.core < m_targets.size() ? event.core : 0;
    // As QEMU: the core that stopped becomes the selected thread.
    m_gcore = m_ccore = m_stop_core;
    // The other cores go on as the debugger said (all of them run on when it
    // goes away).
    auto release_others = [this](const std::vector<ResumeAction>* plan) {
        for (unsigned i = 0; i < m_targets.size(); ++i)
            if (i != m_stop_core)
                m_targets[i]->resume(plan && i < plan->size() ? (*plan)[i]
                                                              : ResumeAction::resume);
    };
    if (m_client < 0) {
        if (event.reason == StopEvent::Reason::initial)
            accept_client(true);  // -S: wait for the debugger
        if (m_client < 0) {
            release_others(nullptr);
            return ResumeAction::resume;
        }
    }
    if (m_running) {
        m_running = false;
        send_packet(stop_reply(event));
    }
    for (;;) {
        if (std::optional<ResumeAction> action = process_events()) {
            release_others(m_client >= 0 ? &m_plan : nullptr);
            return *action;
        }
        if (m_client < 0) {
            release_others(nullptr);
            return m_killed ? ResumeAction::kill : ResumeAction::resume;
        }
        if (!read_input(true)) {
            close_client("the debugger disconnected");
            release_others(nullptr);
            return ResumeAction::resume;
        }
    }
}

std::optional<ResumeAction> GdbServer::process_events()
{
    size_t used = 0;
    std::optional<ResumeAction> action;
    while (m_client >= 0 && used < m_input.size() && !action) {
        std::optional<RspEvent> ev = m_decoder.feed(static_cast<uint8_t>(m_input[used++]));
        if (!ev)
            continue;
        switch (ev->kind) {
        case RspEvent::Kind::packet: {
            send_raw("+");
            std::optional<ResumeAction> resume;
            const bool detach = !ev->payload.empty() && ev->payload[0] == 'D';
            std::string reply = handle_packet(ev->payload, &resume);
            if (!resume || !reply.empty())
                send_packet(reply);
            if (m_killed && !resume)  // monitor quit
                resume = ResumeAction::kill;
            if (resume) {
                action = resume;
                if (*resume == ResumeAction::kill) {
                    m_killed = true;
                    close_client("killed by the debugger");
                } else if (detach) {
                    close_client("detached");
                } else {
                    m_running = true;
                }
            }
            break;
        }
        case RspEvent::Kind::bad_checksum:
            warn("vp/gdb/bad-checksum", "a packet with a wrong checksum was dropped (replied '-')");
            send_raw("-");
            break;
        case RspEvent::Kind::too_long:
            warn("vp/gdb/packet-too-long",
                 "a packet longer than PacketSize (" + std::to_string(kMaxPacketSize) +
                     " bytes) was dropped (replied '-')");
            send_raw("-");
            break;
        case RspEvent::Kind::bad_rle:
            warn("vp/gdb/malformed-packet", "a packet with a bad run-length sequence was dropped");
            send_raw("-");
            break;
        case RspEvent::Kind::nack:
            if (!m_last_reply.empty())
                send_raw(m_last_reply);
            break;
        case RspEvent::Kind::interrupt:  // already stopped
        case RspEvent::Kind::ack:
            break;
        }
    }
    m_input.erase(0, used);
    return action;
}

// ---- Packets ----------------------------------------------------------------

std::string GdbServer::stop_reply(const StopEvent& event) const
{
    using R = StopEvent::Reason;
    std::string r = event.reason == R::interrupted ? "T02" : "T05";
    switch (event.reason) {
    case R::breakpoint:
        if (m_swbreak)
            r += "swbreak:;";
        break;
    case R::hw_breakpoint:
        if (m_hwbreak)
            r += "hwbreak:;";
        break;
    case R::watchpoint: {
        const char* key = event.watch == WatchKind::write  ? "watch"
                          : event.watch == WatchKind::read ? "rwatch"
                                                           : "awatch";
        std::ostringstream a;
        a << std::hex << event.data_address;
        r += std::string(key) + ":" + a.str() + ";";
        break;
    }
    default:
        break;
    }
    r += "thread:" + thread_id(event.core < m_targets.size() ? event.core : 0) + ";";
    return r;
}

std::string GdbServer::thread_id(unsigned core) const
{
    std::ostringstream r;
    r << std::hex << core + 1;
    return r.str();
}

int GdbServer::parse_thread(const std::string& id) const
{
    if (id == "-1")
        return kAllThreads;
    if (id.empty() || id.size() > 8)
        return kBadThread;
    std::optional<uint64_t> n = parse_hex_u64(id);
    if (!n)
        return kBadThread;
    if (*n == 0)
        return kAnyThread;
    return *n <= m_targets.size() ? int(*n - 1) : kBadThread;
}

std::string GdbServer::plan(std::vector<ResumeAction> actions, std::optional<ResumeAction>* resume)
{
    // A step of a powered-off core could never end: it ends at once, with
    // nothing executed, when nothing else would run.
    bool runs = false;
    int step_off = -1;
    for (unsigned i = 0; i < actions.size(); ++i) {
        if (actions[i] == ResumeAction::resume)
            runs = true;
        if (actions[i] == ResumeAction::step) {
            if (m_targets[i]->thread_state() == ThreadState::powered_off) {
                if (step_off < 0)
                    step_off = int(i);
            } else {
                runs = true;
            }
        }
    }
    if (!runs) {
        // Nothing resumes: every core is already stopped; report one.
        StopEvent ev = m_last_stop;
        ev.reason = step_off >= 0 ? StopEvent::Reason::step : StopEvent::Reason::interrupted;
        ev.core = step_off >= 0 ? unsigned(step_off) : m_stop_core;
        if (step_off >= 0) {
            m_last_stop = ev;
            return stop_reply(ev);
        }
        return "T00thread:" + thread_id(ev.core) + ";";
    }
    m_plan = std::move(actions);
    *resume = m_plan[m_stop_core < m_plan.size() ? m_stop_core : 0];
    return "";
}

std::string GdbServer::handle_packet(const std::string& p, std::optional<ResumeAction>* resume)
{
    if (p.empty())
        return "";
    const std::string args = p.substr(1);
    switch (p[0]) {
    case '?':
        return stop_reply(m_last_stop);
    case 'g':
        return read_registers();
    case 'G':
        return write_registers(args);
    case 'p':
        return read_one_register(args);
    case 'P':
        return write_one_register(args);
    case 'm':
        return read_memory(args);
    case 'M':
        return write_memory_hex(args);
    case 'X':
        return write_memory_binary(args);
    case 'Z':
    case 'z':
        return debug_point(p);
    case 'c':
    case 's':
    case 'C':
    case 'S': {
        // c [addr], s [addr]; C sig[;addr], S sig[;addr]: the signal is ignored.
        std::string addr = args;
        if (p[0] == 'C' || p[0] == 'S') {
            const size_t semi = args.find(';');
            addr = semi == std::string::npos ? "" : args.substr(semi + 1);
        }
        if (!addr.empty()) {
            std::optional<uint64_t> pc = parse_hex_u64(addr);
            if (!pc) {
                warn("vp/gdb/malformed-packet", "bad resume address in '" + p + "'");
                return kErrMalformed;
            }
            uint8_t bytes[8];
            for (unsigned i = 0; i < 8; ++i)
                bytes[i] = static_cast<uint8_t>(*pc >> (8 * i));
            m_targets[m_ccore]->write_register(aarch64::kPc, bytes);
        }
        // c: every core runs; s: the Hc core steps, the others stay stopped.
        const bool cont = p[0] == 'c' || p[0] == 'C';
        std::vector<ResumeAction> actions(m_targets.size(),
                                          cont ? ResumeAction::resume : ResumeAction::hold);
        if (!cont)
            actions[m_ccore] = ResumeAction::step;
        return plan(std::move(actions), resume);
    }
    case 'v':
        if (p.rfind("vCont", 0) == 0)
            return vcont(p, resume);
        return "";  // vMustReplyEmpty, vFile, vRun, ...: not supported
    case 'D':
        for (DebugTarget* t : m_targets)
            t->clear_debug_points();
        m_plan.assign(m_targets.size(), ResumeAction::resume);
        *resume = ResumeAction::resume;
        return "OK";
    case 'k':
        m_plan.assign(m_targets.size(), ResumeAction::kill);
        *resume = ResumeAction::kill;
        return "";
    case 'H': {
        // Hg<tid>: registers and memory; Hc<tid>: the core c/s act on. 0 (any)
        // keeps the selection; -1 (all) is valid for Hc only.
        if (args.size() < 2 || (args[0] != 'g' && args[0] != 'c')) {
            warn("vp/gdb/malformed-packet", "bad H packet '" + p + "'");
            return kErrMalformed;
        }
        const int t = parse_thread(args.substr(1));
        if (t == kBadThread || (t == kAllThreads && args[0] == 'g'))
            return kErrInvalid;
        if (t >= 0)
            (args[0] == 'g' ? m_gcore : m_ccore) = unsigned(t);
        return "OK";
    }
    case 'T':
        return parse_thread(args) >= 0 ? "OK" : kErrInvalid;
    case 'q':
    case 'Q':
        return query(p);
    default:
        return "";  // unsupported packets get the empty reply (E.1)
    }
}

std::string GdbServer::query(const std::string& p)
{
    if (p.rfind("qSupported", 0) == 0) {
        m_swbreak = p.find("swbreak+") != std::string::npos;
        m_hwbreak = p.find("hwbreak+") != std::string::npos;
        std::ostringstream r;
        r << "PacketSize=" << std::hex << kMaxPacketSize
          << ";qXfer:features:read+;swbreak+;hwbreak+;vContSupported+";
        return r.str();
    }
    if (p.rfind("qXfer:features:read:", 0) == 0) {
        // qXfer:features:read:ANNEX:OFFSET,LENGTH
        const std::string rest = p.substr(std::strlen("qXfer:features:read:"));
        std::string annex, range, off_s, len_s;
        if (!split2(rest, ':', annex, range) || !split2(range, ',', off_s, len_s)) {
            warn("vp/gdb/malformed-packet", "bad qXfer packet '" + p + "'");
            return kErrMalformed;
        }
        std::optional<uint64_t> off = parse_hex_u64(off_s), len = parse_hex_u64(len_s);
        if (!off || !len) {
            warn("vp/gdb/malformed-packet", "bad qXfer range in '" + p + "'");
            return kErrMalformed;
        }
        if (annex != "target.xml")
            return "E00";
        const std::string& xml = aarch64::target_xml();
        if (*off >= xml.size())
            return "l";
        // Escaping may double a byte: keep the chunk well inside PacketSize.
        const uint64_t n = std::min<uint64_t>({*len, xml.size() - *off, kMaxPacketSize / 2 - 8});
        return (*off + n >= xml.size() ? "l" : "m") + xml.substr(*off, n);
    }
    if (p == "qAttached")
        return "1";
    if (p == "qC")
        return "QC" + thread_id(m_gcore);
    if (p == "qfThreadInfo") {  // every core, powered off or not, in one reply
        std::string r = "m";
        for (unsigned i = 0; i < m_targets.size(); ++i)
            r += (i ? "," : "") + thread_id(i);
        return r;
    }
    if (p == "qsThreadInfo")
        return "l";
    if (p.rfind("qThreadExtraInfo,", 0) == 0) {
        const int t = parse_thread(p.substr(17));
        if (t < 0)
            return kErrInvalid;
        const ThreadState st = m_targets[unsigned(t)]->thread_state();
        return to_hex("cpu" + std::to_string(t) + " [" +
                      (st == ThreadState::running  ? "running"
                       : st == ThreadState::halted ? "halted"
                                                   : "powered off") +
                      "]");
    }
    if (p == "qSymbol::")
        return "OK";
    // QEMU's extensions, sent with gdb's `maint packet` (QEMU docs/system/gdb.rst).
    if (p == "qqemu.sstepbits") {
        std::ostringstream r;
        r << std::hex << "ENABLE=" << sstep::kEnable << ",NOIRQ=" << sstep::kNoIrq
          << ",NOTIMER=" << sstep::kNoTimer;
        return r.str();
    }
    if (p == "qqemu.sstep") {
        std::ostringstream r;
        r << "0x" << std::hex << m_sstep;
        return r.str();
    }
    if (p.rfind("Qqemu.sstep=", 0) == 0) {
        std::string value = p.substr(12);  // hex, "0x" allowed (gdb users type 0x5)
        if (value.size() > 2 && value[0] == '0' && (value[1] == 'x' || value[1] == 'X'))
            value.erase(0, 2);
        std::optional<uint64_t> flags = parse_hex_u64(value);
        if (!flags) {
            warn("vp/gdb/malformed-packet", "bad Qqemu.sstep value in '" + p + "'");
            return kErrMalformed;
        }
        if (*flags & ~uint64_t(m_targets[0]->supported_step_flags()))
            return "E22";  // as QEMU: a flag the core does not support
        m_sstep = uint32_t(*flags);
        for (DebugTarget* t : m_targets)
            t->set_step_flags(m_sstep);
        return "OK";
    }
    if (p == "qqemu.PhyMemMode")
        return m_phys ? "1" : "0";
    if (p == "Qqemu.PhyMemMode:0" || p == "Qqemu.PhyMemMode:1") {  // as monitor phys off|on
        m_phys = p.back() == '1';
        return "OK";
    }
    if (p.rfind("qRcmd,", 0) == 0) {
        std::optional<std::vector<uint8_t>> cmd = from_hex(p.substr(6));
        if (!cmd) {
            warn("vp/gdb/malformed-packet", "qRcmd with a non-hex command");
            return kErrMalformed;
        }
        const std::string out = monitor(std::string(cmd->begin(), cmd->end()));
        return out.empty() ? "OK" : to_hex(out);
    }
    return "";
}

std::string GdbServer::vcont(const std::string& p, std::optional<ResumeAction>* resume)
{
    if (p == "vCont?")
        return "vCont;c;C;s;S;t";
    if (p.rfind("vCont;", 0) != 0)
        return "";
    // vCont;action[:thread];action...: for each thread the leftmost action
    // that names it, or else the leftmost without a thread (the default);
    // a thread with neither stays stopped (E.2 "vCont").
    const size_t n = m_targets.size();
    std::vector<std::optional<ResumeAction>> chosen(n);
    std::optional<ResumeAction> fallback;
    std::istringstream in(p.substr(6));
    std::string item;
    while (std::getline(in, item, ';')) {
        if (item.empty()) {
            warn("vp/gdb/malformed-packet", "empty vCont action in '" + p + "'");
            return kErrMalformed;
        }
        const char a = item[0];
        if (a != 'c' && a != 'C' && a != 's' && a != 'S' && a != 't') {
            warn("vp/gdb/malformed-packet", "unknown vCont action in '" + p + "'");
            return kErrMalformed;
        }
        // C/S carry a signal number (ignored) before the thread.
        const size_t colon = item.find(':');
        const ResumeAction action = (a == 'c' || a == 'C')   ? ResumeAction::resume
                                    : (a == 's' || a == 'S') ? ResumeAction::step
                                                             : ResumeAction::hold;
        if (colon == std::string::npos) {
            if (!fallback)
                fallback = action;
            continue;
        }
        const int t = parse_thread(item.substr(colon + 1));
        if (t == kBadThread) {
            warn("vp/gdb/bad-thread", "vCont names an unknown thread: '" + p + "'");
            return kErrInvalid;
        }
        for (unsigned i = 0; i < n; ++i)
            if ((t < 0 || unsigned(t) == i) && !chosen[i])
                chosen[i] = action;
    }
    std::vector<ResumeAction> actions(n);
    for (unsigned i = 0; i < n; ++i)
        actions[i] = chosen[i] ? *chosen[i] : fallback ? *fallback : ResumeAction::hold;
    return plan(std::move(actions), resume);
}

// ---- Registers --------------------------------------------------------------

std::string GdbServer::read_registers()
{
    std::string r;
    r.reserve(2 * aarch64::g_packet_bytes());
    uint8_t buf[16];
    for (unsigned n = 0; n < aarch64::register_count(); ++n) {
        const unsigned bytes = aarch64::register_bytes(n);
        if (selected().read_register(n, buf))
            r += to_hex(buf, bytes);
        else
            r.append(2 * bytes, 'x');  // unavailable
    }
    return r;
}

std::string GdbServer::write_registers(const std::string& hex)
{
    std::optional<std::vector<uint8_t>> bytes = from_hex(hex);
    if (!bytes || bytes->size() > aarch64::g_packet_bytes()) {
        warn("vp/gdb/malformed-packet",
             "G packet: " + std::to_string(hex.size()) + " characters, expected at most " +
                 std::to_string(2 * aarch64::g_packet_bytes()) + " hex digits");
        return kErrMalformed;
    }
    size_t off = 0;
    for (unsigned n = 0; n < aarch64::register_count(); ++n) {
        const unsigned len = aarch64::register_bytes(n);
        if (off + len > bytes->size())
            break;
        selected().write_register(n, bytes->data() + off);  // read-only ones are skipped
        off += len;
    }
    return "OK";
}

std::string GdbServer::read_one_register(const std::string& args)
{
    std::optional<uint64_t> n = parse_hex_u64(args);
    if (!n) {
        warn("vp/gdb/malformed-packet", "bad p packet 'p" + args + "'");
        return kErrMalformed;
    }
    uint8_t buf[16];
    if (*n >= aarch64::register_count() || !selected().read_register(unsigned(*n), buf))
        return kErrInvalid;
    return to_hex(buf, aarch64::register_bytes(unsigned(*n)));
}

std::string GdbServer::write_one_register(const std::string& args)
{
    std::string num, value;
    std::optional<uint64_t> n;
    std::optional<std::vector<uint8_t>> bytes;
    if (!split2(args, '=', num, value) || !(n = parse_hex_u64(num)) || !(bytes = from_hex(value))) {
        warn("vp/gdb/malformed-packet", "bad P packet 'P" + args + "'");
        return kErrMalformed;
    }
    if (*n >= aarch64::register_count() || bytes->size() != aarch64::register_bytes(unsigned(*n)))
        return kErrInvalid;
    return selected().write_register(unsigned(*n), bytes->data()) ? "OK" : kErrInvalid;
}

// ---- Memory -----------------------------------------------------------------

namespace {
// "ADDR,LEN" -> values; false when malformed.
bool parse_addr_len(const std::string& s, uint64_t& addr, uint64_t& len)
{
    std::string a, l;
    if (!split2(s, ',', a, l))
        return false;
    std::optional<uint64_t> av = parse_hex_u64(a), lv = parse_hex_u64(l);
    if (!av || !lv)
        return false;
    addr = *av;
    len = *lv;
    return true;
}
}  // namespace

std::string GdbServer::read_memory(const std::string& args)
{
    uint64_t addr, len;
    if (!parse_addr_len(args, addr, len)) {
        warn("vp/gdb/malformed-packet", "bad m packet 'm" + args + "'");
        return kErrMalformed;
    }
    len = std::min<uint64_t>(len, kMaxPacketSize / 2 - 8);  // a short reply is allowed
    if (len == 0)
        return "";
    std::vector<uint8_t> buf(len);
    const size_t n = selected().read_memory(addr, buf.data(), len, m_phys);
    if (n == 0)
        return kErrFault;
    return to_hex(buf.data(), n);
}

std::string GdbServer::write_memory_hex(const std::string& args)
{
    std::string head, data;
    uint64_t addr, len;
    std::optional<std::vector<uint8_t>> bytes;
    if (!split2(args, ':', head, data) || !parse_addr_len(head, addr, len) ||
        !(bytes = from_hex(data)) || bytes->size() != len) {
        warn("vp/gdb/malformed-packet", "bad M packet (address, length or data)");
        return kErrMalformed;
    }
    if (len == 0)
        return "OK";
    return selected().write_memory(addr, bytes->data(), len, m_phys) == len ? "OK" : kErrFault;
}

std::string GdbServer::write_memory_binary(const std::string& args)
{
    const size_t colon = args.find(':');
    uint64_t addr, len;
    if (colon == std::string::npos || !parse_addr_len(args.substr(0, colon), addr, len)) {
        warn("vp/gdb/malformed-packet", "bad X packet header");
        return kErrMalformed;
    }
    std::optional<std::string> data = rsp_unescape_binary(args.substr(colon + 1));
    if (!data || data->size() != len) {
        warn("vp/gdb/malformed-packet", "X packet: data does not match its length");
        return kErrMalformed;
    }
    if (len == 0)
        return "OK";  // gdb probes X support with a zero-length write
    return selected().write_memory(addr, reinterpret_cast<const uint8_t*>(data->data()), len,
                                 m_phys) == len
               ? "OK"
               : kErrFault;
}

// ---- Breakpoints and watchpoints ----------------------------------------------

std::string GdbServer::debug_point(const std::string& p)
{
    // Z|z TYPE,ADDR,KIND (conditions ";X..." are not offered in qSupported).
    const bool insert = p[0] == 'Z';
    std::string type_s, rest;
    uint64_t addr, kind;
    const std::string body = p.substr(1, p.find(';') == std::string::npos ? std::string::npos
                                                                            : p.find(';') - 1);
    if (!split2(body, ',', type_s, rest) || type_s.size() != 1 ||
        !parse_addr_len(rest, addr, kind)) {
        warn("vp/gdb/malformed-packet", "bad Z/z packet '" + p + "'");
        return kErrMalformed;
    }
    bool ok;
    switch (type_s[0]) {
    case '0':
    case '1': {
        const bool hw = type_s[0] == '1';
        ok = true;
        for (DebugTarget* t : m_targets)  // every core: gdb's breakpoints are global
            ok = (insert ? t->add_breakpoint(addr, hw) : t->remove_breakpoint(addr, hw)) && ok;
        break;
    }
    case '2':
    case '3':
    case '4': {
        const WatchKind k = type_s[0] == '2'   ? WatchKind::write
                            : type_s[0] == '3' ? WatchKind::read
                                               : WatchKind::access;
        if (kind == 0)
            return kErrInvalid;
        ok = true;
        for (DebugTarget* t : m_targets)
            ok = (insert ? t->add_watchpoint(addr, kind, k) : t->remove_watchpoint(addr, kind, k)) &&
                 ok;
        break;
    }
    default:
        return "";  // unsupported type
    }
    return ok ? "OK" : kErrInvalid;
}

// ---- monitor ----------------------------------------------------------------

std::string GdbServer::monitor_info_registers()
{
    std::ostringstream out;
    uint8_t buf[16];
    for (unsigned n = aarch64::kSysFirst; n < aarch64::register_count(); ++n) {
        if (!selected().read_register(n, buf))
            continue;
        uint64_t v = 0;
        for (unsigned i = 0; i < 8; ++i)
            v |= uint64_t(buf[i]) << (8 * i);
        char line[64];
        std::snprintf(line, sizeof line, "%-15s 0x%016llx\n", aarch64::register_desc(n).name,
                      static_cast<unsigned long long>(v));
        out << line;
    }
    return out.str();
}

std::string GdbServer::monitor(const std::string& command)
{
    const std::string cmd = trim(command);
    if (cmd == "phys on" || cmd == "phys off") {
        m_phys = cmd == "phys on";
        return std::string("memory accesses use ") + (m_phys ? "physical" : "virtual") +
               " addresses\n";
    }
    if (cmd == "phys")
        return std::string("phys is ") + (m_phys ? "on" : "off") + "\n";
    if (cmd == "info registers")
        return monitor_info_registers();
    if (cmd == "quit") {
        m_killed = true;
        return "";  // the serve loop ends the simulation after the reply (see stopped())
    }
    for (const auto& [name, handler] : m_monitor)
        if (cmd == name || cmd.rfind(name + " ", 0) == 0)
            return handler(trim(cmd.substr(name.size())));
    std::string help =
        "virt64 monitor commands:\n"
        "  phys on|off      m/M/X packets use physical (on) or virtual (off) addresses\n"
        "  info registers   the EL1 system registers\n"
        "  quit             end the simulation\n";
    for (const auto& entry : m_monitor)
        help += "  " + entry.first + "\n";
    if (cmd != "help")
        help = "unknown monitor command '" + cmd + "'\n" + help;
    return help;
}

}  // namespace vp::gdb
