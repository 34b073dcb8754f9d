#include "virtio/trace.h"

#include <fnmatch.h>

#include <algorithm>
#include <cerrno>
#include <cstdarg>
#include <cmath>
#include <cstring>
#include <fstream>
#include <ostream>
#include <stdexcept>
#include <unordered_map>

namespace vp::virtio {

uint32_t Tracer::s_mask = 0;

namespace {

constexpr uint32_t ev(TraceEvent e) { return 1u << static_cast<unsigned>(e); }

// What each consumer needs besides the events chosen for the text log.
constexpr uint32_t kTimelineEvents = ev(TraceEvent::notify) | ev(TraceEvent::pop) |
                                     ev(TraceEvent::done) | ev(TraceEvent::push) |
                                     ev(TraceEvent::irq_raise) | ev(TraceEvent::irq_ack) |
                                     ev(TraceEvent::config_change) |
                                     ev(TraceEvent::needs_reset) | ev(TraceEvent::cpu_idle);
constexpr uint32_t kStatsEvents = ev(TraceEvent::notify) | ev(TraceEvent::pop) |
                                  ev(TraceEvent::done) | ev(TraceEvent::push) |
                                  ev(TraceEvent::irq_raise) | ev(TraceEvent::config_change);

constexpr const char* kEventNames[kTraceEventCount] = {
    "virtio_mmio_read",   "virtio_mmio_write",   "virtio_set_status",   "virtio_features",
    "virtio_queue_setup", "virtio_notify",       "virtio_queue_pop",    "virtio_request_done",
    "virtio_queue_push",  "virtio_irq_raise",    "virtio_irq_ack",      "virtio_config_change",
    "virtio_needs_reset", "cpu_wfi_idle",
};

// Timeline track ids inside a device's process: 0 = interrupts, then lanes
// of each queue (a lane is added only when requests of one queue overlap).
constexpr unsigned kLanesPerQueue = 64;
unsigned queue_tid(unsigned queue, unsigned lane)
{
    return 1 + queue * kLanesPerQueue + std::min(lane, kLanesPerQueue - 1);
}
constexpr unsigned kCpuPid = 1;

uint64_t now_ps()
{
    return static_cast<uint64_t>(std::llround(sc_core::sc_time_stamp().to_seconds() * 1e12));
}

// JSON "ts"/"dur" are microseconds; ours keep the picoseconds.
std::string micros(uint64_t ps)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%llu.%06llu", static_cast<unsigned long long>(ps / 1000000),
                  static_cast<unsigned long long>(ps % 1000000));
    return buf;
}

std::string json_string(const std::string& s)
{
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string format_time(double ps)
{
    char buf[32];
    if (ps >= 1e9)
        std::snprintf(buf, sizeof buf, "%.3fms", ps / 1e9);
    else
        std::snprintf(buf, sizeof buf, "%.3fus", ps / 1e6);
    return buf;
}

}  // namespace

ServiceSummary summarize(std::vector<uint64_t> samples)
{
    ServiceSummary s;
    s.count = samples.size();
    if (samples.empty())
        return s;
    std::sort(samples.begin(), samples.end());
    double sum = 0;
    for (uint64_t v : samples)
        sum += static_cast<double>(v);
    s.mean_ps = sum / static_cast<double>(samples.size());
    // Nearest-rank percentiles: the smallest sample with at least p% at or below it.
    auto rank = [&](double p) {
        size_t r = static_cast<size_t>(std::ceil(p / 100.0 * static_cast<double>(samples.size())));
        return samples[std::max<size_t>(r, 1) - 1];
    };
    s.p50_ps = rank(50);
    s.p99_ps = rank(99);
    s.max_ps = samples.back();
    return s;
}

struct Tracer::Impl {
    struct InFlight {
        uint64_t start_ps = 0;
        uint64_t done_ps = 0;
        unsigned lane = 0;
        unsigned descriptors = 0;
        uint64_t readable = 0;
        bool done = false;
    };
    struct Queue {
        QueueTraceStats stats;
        std::unordered_map<uint16_t, InFlight> in_flight;  // by head / buffer id
        std::vector<bool> lane_busy;
        unsigned lanes_used = 1;
        uint64_t kicks = 0;  // notifications not yet matched with a request
    };
    struct Device {
        DeviceTraceStats stats;
        std::vector<Queue> queues;
        unsigned pid = 0;
    };

    uint32_t log_mask = 0;
    std::FILE* log = nullptr;  // null = stderr
    bool log_owned = false;
    std::FILE* timeline = nullptr;
    bool timeline_first = true;
    bool stats = false;
    std::vector<std::unique_ptr<Device>> devices;
    std::unordered_map<const void*, Device*> by_source;
    std::map<std::string, uint64_t> cpu_idle_since;  // CPU name -> WFI start (ps)

    Device& device(const void* source, const char* name)
    {
        auto it = by_source.find(source);
        if (it != by_source.end())
            return *it->second;
        devices.push_back(std::make_unique<Device>());
        Device& d = *devices.back();
        d.stats.name = name;
        d.pid = kCpuPid + static_cast<unsigned>(devices.size());
        by_source[source] = &d;
        return d;
    }
    Queue& queue(Device& d, unsigned q)
    {
        if (d.queues.size() <= q)
            d.queues.resize(q + 1);
        return d.queues[q];
    }

    bool logging(TraceEvent e) const { return log_mask & ev(e); }
    void line(TraceEvent e, const char* name, const char* fmt, ...)
        __attribute__((format(printf, 4, 5)));

    void emit(const std::string& event)
    {
        if (!timeline)
            return;
        std::fputs(timeline_first ? "\n" : ",\n", timeline);
        timeline_first = false;
        std::fputs(event.c_str(), timeline);
    }
    std::string head(const char* name, const char* ph, uint64_t ts_ps, unsigned pid,
                     unsigned tid) const
    {
        return std::string("{\"name\":") + json_string(name) + ",\"ph\":\"" + ph +
               "\",\"ts\":" + micros(ts_ps) + ",\"pid\":" + std::to_string(pid) +
               ",\"tid\":" + std::to_string(tid);
    }
    void counter(const Device& d, unsigned q, const Queue& qs, uint64_t ts)
    {
        emit(head(("queue " + std::to_string(q) + " in flight").c_str(), "C", ts, d.pid, 0) +
             ",\"args\":{\"requests\":" + std::to_string(qs.in_flight.size()) + "}}");
    }
    void metadata();
};

void Tracer::Impl::line(TraceEvent e, const char* name, const char* fmt, ...)
{
    const uint64_t ns = now_ps() / 1000;
    std::FILE* out = log ? log : stderr;
    std::fprintf(out, "[%llu.%09llu] %s %s ", static_cast<unsigned long long>(ns / 1000000000),
                 static_cast<unsigned long long>(ns % 1000000000), event_name(e), name);
    va_list ap;
    va_start(ap, fmt);
    std::vfprintf(out, fmt, ap);
    va_end(ap);
    std::fputc('\n', out);
}

void Tracer::Impl::metadata()
{
    auto meta = [&](const char* what, unsigned pid, unsigned tid, const std::string& value,
                    const char* key = "name") {
        emit(std::string("{\"name\":\"") + what + "\",\"ph\":\"M\",\"pid\":" +
             std::to_string(pid) + ",\"tid\":" + std::to_string(tid) + ",\"args\":{\"" + key +
             "\":" + value + "}}");
    };
    meta("process_name", kCpuPid, 0, json_string("cpu"));
    meta("process_sort_index", kCpuPid, 0, "0", "sort_index");
    meta("thread_name", kCpuPid, 1, json_string("WFI idle"));
    for (const auto& d : devices) {
        meta("process_name", d->pid, 0, json_string(d->stats.name));
        meta("process_sort_index", d->pid, 0, std::to_string(d->pid), "sort_index");
        meta("thread_name", d->pid, 0, json_string("interrupts"));
        for (unsigned q = 0; q < d->queues.size(); ++q) {
            for (unsigned l = 0; l < d->queues[q].lanes_used; ++l) {
                const unsigned tid = queue_tid(q, l);
                meta("thread_name", d->pid, tid,
                     json_string("queue " + std::to_string(q) +
                                 (l ? " (overlap " + std::to_string(l) + ")" : "")));
                meta("thread_sort_index", d->pid, tid, std::to_string(tid), "sort_index");
            }
        }
    }
}

Tracer& Tracer::instance()
{
    static Tracer tracer;
    return tracer;
}

Tracer::Tracer() : m(std::make_unique<Impl>()) {}

Tracer::~Tracer() { finish(); }

const char* Tracer::event_name(TraceEvent e)
{
    const unsigned i = static_cast<unsigned>(e);
    return i < kTraceEventCount ? kEventNames[i] : "?";
}

void Tracer::update_mask()
{
    s_mask = m->log_mask | (m->timeline ? kTimelineEvents : 0) | (m->stats ? kStatsEvents : 0);
}

unsigned Tracer::enable_pattern(const std::string& pattern)
{
    const bool disable = !pattern.empty() && pattern[0] == '-';
    const std::string glob = disable ? pattern.substr(1) : pattern;
    unsigned matched = 0;
    for (unsigned i = 0; i < kTraceEventCount; ++i) {
        if (fnmatch(glob.c_str(), kEventNames[i], 0) != 0)
            continue;
        ++matched;
        if (disable)
            m->log_mask &= ~(1u << i);
        else
            m->log_mask |= 1u << i;
    }
    update_mask();
    return matched;
}

void Tracer::enable_events_file(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot read trace events file '" + path +
                                 "': " + std::strerror(errno));
    std::string text;
    while (std::getline(in, text)) {
        const size_t first = text.find_first_not_of(" \t\r");
        if (first == std::string::npos || text[first] == '#')
            continue;
        const size_t last = text.find_last_not_of(" \t\r");
        enable_pattern(text.substr(first, last - first + 1));
    }
}

void Tracer::open_log(const std::string& path)
{
    std::FILE* f = std::fopen(path.c_str(), "w");
    if (!f)
        throw std::runtime_error("cannot open trace log '" + path + "': " + std::strerror(errno));
    if (m->log_owned)
        std::fclose(m->log);
    m->log = f;
    m->log_owned = true;
}

void Tracer::open_timeline(const std::string& path)
{
    std::FILE* f = std::fopen(path.c_str(), "w");
    if (!f)
        throw std::runtime_error("cannot open timeline '" + path + "': " + std::strerror(errno));
    if (m->timeline)
        std::fclose(m->timeline);
    m->timeline = f;
    m->timeline_first = true;
    std::fputs("{\"displayTimeUnit\":\"ns\",\"otherData\":{\"generator\":\"virtio-vp\"},"
               "\"traceEvents\":[",
               f);
    update_mask();
}

void Tracer::enable_stats()
{
    m->stats = true;
    update_mask();
}

void Tracer::finish()
{
    if (m->timeline) {
        const uint64_t end = now_ps();
        for (const auto& [cpu, since] : m->cpu_idle_since)  // still idle at the end
            m->emit(m->head("WFI idle", "X", since, kCpuPid, 1) + ",\"dur\":" +
                    micros(end - since) + ",\"args\":{\"cpu\":" + json_string(cpu) + "}}");
        m->cpu_idle_since.clear();
        m->metadata();
        std::fputs("\n]}\n", m->timeline);
        std::fclose(m->timeline);
        m->timeline = nullptr;
    }
    if (m->log)
        std::fflush(m->log);
    update_mask();
}

void Tracer::reset()
{
    finish();
    if (m->log_owned)
        std::fclose(m->log);
    m = std::make_unique<Impl>();
    update_mask();
}

std::vector<const DeviceTraceStats*> Tracer::stats() const
{
    std::vector<const DeviceTraceStats*> out;
    for (auto& d : m->devices) {
        d->stats.queues.clear();
        for (const auto& q : d->queues)
            d->stats.queues.push_back(q.stats);
        out.push_back(&d->stats);
    }
    return out;
}

void Tracer::write_stats(std::ostream& out) const
{
    for (const DeviceTraceStats* d : stats()) {
        out << "virtio-stats: " << d->name << ": interrupts_raised=" << d->interrupts_raised
            << " config_changes=" << d->config_changes << "\n";
        for (unsigned q = 0; q < d->queues.size(); ++q) {
            const QueueTraceStats& s = d->queues[q];
            const ServiceSummary t = summarize(s.service_ps);
            out << "virtio-stats: " << d->name << " queue " << q << ": requests=" << s.requests
                << " bytes_in=" << s.bytes_in << " bytes_out=" << s.bytes_out
                << " notifications=" << s.notifications
                << " notifications_suppressed=" << s.notifications_suppressed
                << " interrupts=" << s.interrupts
                << " interrupts_suppressed=" << s.interrupts_suppressed
                << " service_mean=" << format_time(t.mean_ps)
                << " service_p50=" << format_time(static_cast<double>(t.p50_ps))
                << " service_p99=" << format_time(static_cast<double>(t.p99_ps))
                << " service_max=" << format_time(static_cast<double>(t.max_ps)) << "\n";
        }
    }
}

// ---- Trace points --------------------------------------------------------------

void Tracer::mmio_access(const void*, const char* name, bool write, const char* reg,
                         uint64_t offset, uint64_t value)
{
    const TraceEvent e = write ? TraceEvent::mmio_write : TraceEvent::mmio_read;
    if (m->logging(e))
        m->line(e, name, "reg=%s offset=0x%03llx value=0x%llx", reg,
                static_cast<unsigned long long>(offset), static_cast<unsigned long long>(value));
}

void Tracer::set_status(const void*, const char* name, uint32_t old_status, uint32_t status)
{
    if (m->logging(TraceEvent::set_status))
        m->line(TraceEvent::set_status, name, "old=0x%x new=0x%x", old_status, status);
}

void Tracer::features(const void*, const char* name, uint64_t offered, uint64_t driver,
                      bool accepted)
{
    if (m->logging(TraceEvent::features))
        m->line(TraceEvent::features, name, "offered=0x%llx driver=0x%llx accepted=%d",
                static_cast<unsigned long long>(offered), static_cast<unsigned long long>(driver),
                accepted ? 1 : 0);
}

void Tracer::queue_setup(const void*, const char* name, unsigned queue, unsigned num,
                         uint64_t desc, uint64_t driver, uint64_t device, bool packed,
                         bool event_idx, bool indirect)
{
    if (m->logging(TraceEvent::queue_setup))
        m->line(TraceEvent::queue_setup, name,
                "queue=%u num=%u desc=0x%llx driver=0x%llx device=0x%llx layout=%s "
                "event_idx=%d indirect=%d",
                queue, num, static_cast<unsigned long long>(desc),
                static_cast<unsigned long long>(driver), static_cast<unsigned long long>(device),
                packed ? "packed" : "split", event_idx ? 1 : 0, indirect ? 1 : 0);
}

void Tracer::notify(const void* source, const char* name, unsigned queue)
{
    if (m->logging(TraceEvent::notify))
        m->line(TraceEvent::notify, name, "queue=%u", queue);
    if (!m->stats && !m->timeline)
        return;
    Impl::Device& d = m->device(source, name);
    Impl::Queue& q = m->queue(d, queue);
    ++q.stats.notifications;
    ++q.kicks;
    if (m->timeline)
        m->emit(m->head("notify", "i", now_ps(), d.pid, queue_tid(queue, 0)) +
                ",\"s\":\"t\"}");
}

void Tracer::pop(const void* source, const char* name, unsigned queue, uint16_t id,
                 unsigned descriptors, uint64_t readable, uint64_t writable, bool event_idx)
{
    if (m->logging(TraceEvent::pop))
        m->line(TraceEvent::pop, name, "queue=%u head=%u descriptors=%u readable=%llu writable=%llu",
                queue, id, descriptors, static_cast<unsigned long long>(readable),
                static_cast<unsigned long long>(writable));
    if (!m->stats && !m->timeline)
        return;
    Impl::Device& d = m->device(source, name);
    Impl::Queue& q = m->queue(d, queue);
    if (q.kicks > 0)
        --q.kicks;
    else if (event_idx)
        ++q.stats.notifications_suppressed;
    Impl::InFlight f;
    f.start_ps = now_ps();
    f.descriptors = descriptors;
    f.readable = readable;
    // The lowest lane whose request has ended: one track per queue unless
    // the device serves requests of the queue in parallel.
    unsigned lane = 0;
    while (lane < q.lane_busy.size() && q.lane_busy[lane])
        ++lane;
    if (lane == q.lane_busy.size())
        q.lane_busy.push_back(false);
    f.lane = lane;
    q.lane_busy[lane] = true;
    q.lanes_used = std::max(q.lanes_used, std::min(lane, kLanesPerQueue - 1) + 1);
    q.in_flight[id] = f;
    if (m->timeline)
        m->counter(d, queue, q, f.start_ps);
}

void Tracer::done(const void* source, const char* name, unsigned queue, uint16_t id,
                  uint32_t used_len)
{
    if (m->logging(TraceEvent::done))
        m->line(TraceEvent::done, name, "queue=%u head=%u used_len=%u", queue, id, used_len);
    if (!m->stats && !m->timeline)
        return;
    Impl::Queue& q = m->queue(m->device(source, name), queue);
    auto it = q.in_flight.find(id);
    if (it == q.in_flight.end())
        return;
    it->second.done = true;
    it->second.done_ps = now_ps();
}

void Tracer::push(const void* source, const char* name, unsigned queue, uint16_t id,
                  uint32_t used_len, bool interrupt)
{
    if (m->logging(TraceEvent::push))
        m->line(TraceEvent::push, name, "queue=%u head=%u used_len=%u interrupt=%d", queue, id,
                used_len, interrupt ? 1 : 0);
    if (!m->stats && !m->timeline)
        return;
    Impl::Device& d = m->device(source, name);
    Impl::Queue& q = m->queue(d, queue);
    auto it = q.in_flight.find(id);
    if (it == q.in_flight.end())
        return;  // taken before tracing started
    const Impl::InFlight f = it->second;
    q.in_flight.erase(it);
    if (f.lane < q.lane_busy.size())
        q.lane_busy[f.lane] = false;
    const uint64_t end = now_ps();
    const uint64_t done = f.done ? f.done_ps : end;
    ++q.stats.requests;
    q.stats.bytes_in += f.readable;
    q.stats.bytes_out += used_len;
    if (interrupt)
        ++q.stats.interrupts;
    else
        ++q.stats.interrupts_suppressed;
    q.stats.service_ps.push_back(done - f.start_ps);
    if (m->timeline) {
        m->emit(m->head("request", "X", f.start_ps, d.pid, queue_tid(queue, f.lane)) +
                ",\"dur\":" + micros(end - f.start_ps) + ",\"args\":{\"head\":" +
                std::to_string(id) + ",\"descriptors\":" + std::to_string(f.descriptors) +
                ",\"bytes_in\":" + std::to_string(f.readable) +
                ",\"bytes_out\":" + std::to_string(used_len) +
                ",\"service_us\":" + micros(done - f.start_ps) +
                ",\"interrupt\":" + (interrupt ? "true" : "false") + "}}");
        m->counter(d, queue, q, end);
    }
}

void Tracer::irq_raise(const void* source, const char* name, uint32_t bits, uint32_t status)
{
    if (m->logging(TraceEvent::irq_raise))
        m->line(TraceEvent::irq_raise, name, "bits=0x%x status=0x%x", bits, status);
    if (!m->stats && !m->timeline)
        return;
    Impl::Device& d = m->device(source, name);
    ++d.stats.interrupts_raised;
    if (m->timeline)
        m->emit(m->head("irq raise", "i", now_ps(), d.pid, 0) + ",\"s\":\"t\",\"args\":{\"bits\":" +
                std::to_string(bits) + ",\"status\":" + std::to_string(status) + "}}");
}

void Tracer::irq_ack(const void* source, const char* name, uint32_t bits, uint32_t status)
{
    if (m->logging(TraceEvent::irq_ack))
        m->line(TraceEvent::irq_ack, name, "bits=0x%x status=0x%x", bits, status);
    if (!m->timeline)
        return;
    Impl::Device& d = m->device(source, name);
    m->emit(m->head("irq ack", "i", now_ps(), d.pid, 0) + ",\"s\":\"t\",\"args\":{\"bits\":" +
            std::to_string(bits) + ",\"status\":" + std::to_string(status) + "}}");
}

void Tracer::config_change(const void* source, const char* name, uint32_t generation)
{
    if (m->logging(TraceEvent::config_change))
        m->line(TraceEvent::config_change, name, "generation=%u", generation);
    if (!m->stats && !m->timeline)
        return;
    Impl::Device& d = m->device(source, name);
    ++d.stats.config_changes;
    if (m->timeline)
        m->emit(m->head("config change", "i", now_ps(), d.pid, 0) +
                ",\"s\":\"t\",\"args\":{\"generation\":" + std::to_string(generation) + "}}");
}

void Tracer::needs_reset(const void* source, const char* name, unsigned queue,
                         const std::string& why)
{
    if (m->logging(TraceEvent::needs_reset))
        m->line(TraceEvent::needs_reset, name, "queue=%u why=\"%s\"", queue, why.c_str());
    if (!m->timeline)
        return;
    Impl::Device& d = m->device(source, name);
    m->emit(m->head("NEEDS_RESET", "i", now_ps(), d.pid, queue_tid(queue, 0)) +
            ",\"s\":\"p\",\"args\":{\"why\":" + json_string(why) + "}}");
}

void Tracer::queue_empty(const void* source, unsigned queue)
{
    auto it = m->by_source.find(source);
    if (it != m->by_source.end() && queue < it->second->queues.size())
        it->second->queues[queue].kicks = 0;  // spare notifications cover nothing later
}

void Tracer::queue_stopped(const void* source, unsigned queue)
{
    auto it = m->by_source.find(source);
    if (it == m->by_source.end() || it->second->queues.size() <= queue)
        return;
    Impl::Queue& q = it->second->queues[queue];
    const bool had = !q.in_flight.empty();
    q.in_flight.clear();
    q.lane_busy.assign(q.lane_busy.size(), false);
    q.kicks = 0;
    if (had && m->timeline)
        m->counter(*it->second, queue, q, now_ps());
}

void Tracer::cpu_idle(const char* cpu, bool idle)
{
    if (m->logging(TraceEvent::cpu_idle))
        m->line(TraceEvent::cpu_idle, cpu, "%s", idle ? "begin" : "end");
    if (!m->timeline)
        return;
    if (idle) {
        m->cpu_idle_since[cpu] = now_ps();
        return;
    }
    auto it = m->cpu_idle_since.find(cpu);
    if (it == m->cpu_idle_since.end())
        return;
    const uint64_t since = it->second;
    m->cpu_idle_since.erase(it);
    m->emit(m->head("WFI idle", "X", since, kCpuPid, 1) + ",\"dur\":" + micros(now_ps() - since) +
            ",\"args\":{\"cpu\":" + json_string(cpu) + "}}");
}

}  // namespace vp::virtio
