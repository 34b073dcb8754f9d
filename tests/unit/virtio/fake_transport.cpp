#include "fake_transport.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <stdexcept>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vp::virtio::test {

FakeTransport::FakeTransport(sc_core::sc_module_name name, VirtioDevice& device)
    : sc_core::sc_module(name),
      ram("ram", memory::MemoryConfig{kRamSize}),
      port("port"),
      m_device(device)
{
    port.bind(ram.socket);
    device.bind_transport(*this);
    SC_HAS_PROCESS(FakeTransport);
    SC_THREAD(worker);
}

uint64_t FakeTransport::alloc(size_t len)
{
    const uint64_t addr = m_next;
    m_next = (m_next + len + 15) & ~uint64_t{15};
    if (m_next > kRamSize)
        throw std::runtime_error("FakeTransport: out of RAM");
    std::memset(ram.data() + addr, 0, len);
    return addr;
}

uint64_t FakeTransport::place(const std::vector<uint8_t>& bytes)
{
    const uint64_t addr = alloc(bytes.size());
    poke(addr, bytes);
    return addr;
}

std::vector<uint8_t> FakeTransport::peek(uint64_t addr, size_t len) const
{
    return std::vector<uint8_t>(ram.data() + addr, ram.data() + addr + len);
}

void FakeTransport::poke(uint64_t addr, const std::vector<uint8_t>& bytes)
{
    std::memcpy(ram.data() + addr, bytes.data(), bytes.size());
}

uint16_t FakeTransport::submit(unsigned queue, std::vector<GuestBuffer> readable,
                               std::vector<GuestBuffer> writable)
{
    VirtioMessage msg;
    msg.queue = queue;
    msg.id = m_next_id++;
    msg.readable = std::move(readable);
    msg.writable = std::move(writable);
    msg.descriptors = static_cast<uint16_t>(msg.readable.size() + msg.writable.size());
    m_queues[queue].push_back(std::move(msg));
    return static_cast<uint16_t>(m_next_id - 1);
}

void FakeTransport::kick(unsigned queue)
{
    m_kicks.push_back(queue);
    m_kick_event.notify(sc_core::SC_ZERO_TIME);
}

size_t FakeTransport::waiting(unsigned queue) const
{
    auto it = m_queues.find(queue);
    return it == m_queues.end() ? 0 : it->second.size();
}

const FakeTransport::Completion* FakeTransport::find(unsigned queue, uint16_t id) const
{
    for (const auto& c : completed)
        if (c.queue == queue && c.id == id)
            return &c;
    return nullptr;
}

bool FakeTransport::get(unsigned queue, VirtioMessage& msg)
{
    auto& q = m_queues[queue];
    if (!live || q.empty())
        return false;
    VirtioMessage& src = q.front();
    msg.queue = src.queue;
    msg.id = src.id;
    msg.descriptors = src.descriptors;
    msg.readable = src.readable;
    msg.writable = src.writable;
    msg.memory = &port;
    msg.used_len = 0;
    q.pop_front();
    return true;
}

void FakeTransport::put(unsigned queue, VirtioMessage& msg)
{
    completed.push_back({queue, msg.id, msg.used_len, sc_core::sc_time_stamp()});
}

void FakeTransport::worker()
{
    // Kicks may arrive before the simulation starts: serve them first.
    for (;;) {
        while (!m_kicks.empty()) {
            const unsigned q = m_kicks.front();
            m_kicks.erase(m_kicks.begin());
            m_device.notify(q);
        }
        wait(m_kick_event);
    }
}

// ---- WarningLog ----

namespace {
std::map<std::string, std::vector<std::string>>* g_warnings = nullptr;

void record(const sc_core::sc_report& report, const sc_core::sc_actions& actions)
{
    if (g_warnings && report.get_severity() == sc_core::SC_WARNING) {
        (*g_warnings)[report.get_msg_type()].push_back(report.get_msg());
        return;
    }
    sc_core::sc_report_handler::default_handler(report, actions);
}
}  // namespace

WarningLog::WarningLog()
{
    g_warnings = new std::map<std::string, std::vector<std::string>>();
    sc_core::sc_report_handler::set_handler(record);
}

WarningLog::~WarningLog()
{
    sc_core::sc_report_handler::set_handler(sc_core::sc_report_handler::default_handler);
    delete g_warnings;
    g_warnings = nullptr;
}

unsigned WarningLog::count(const std::string& type) const
{
    auto it = g_warnings->find(type);
    return it == g_warnings->end() ? 0 : static_cast<unsigned>(it->second.size());
}

std::string WarningLog::last(const std::string& type) const
{
    auto it = g_warnings->find(type);
    return it == g_warnings->end() || it->second.empty() ? "" : it->second.back();
}

// ---- TempFile ----

TempFile::TempFile(uint64_t size, const std::string& dir)
{
    std::string tmpl = dir + "/vp-test-XXXXXX";
    std::vector<char> buf(tmpl.begin(), tmpl.end());
    buf.push_back('\0');
    const int fd = ::mkstemp(buf.data());
    if (fd < 0)
        throw std::runtime_error("TempFile: mkstemp failed in " + dir);
    if (size && ::ftruncate(fd, static_cast<off_t>(size)) != 0) {
        ::close(fd);
        throw std::runtime_error("TempFile: ftruncate failed");
    }
    ::close(fd);
    m_path = buf.data();
}

TempFile::~TempFile()
{
    ::unlink(m_path.c_str());
}

std::vector<uint8_t> TempFile::read(uint64_t offset, size_t len) const
{
    std::vector<uint8_t> out(len);
    const int fd = ::open(m_path.c_str(), O_RDONLY);
    const ssize_t n = fd < 0 ? -1 : ::pread(fd, out.data(), len, static_cast<off_t>(offset));
    if (fd >= 0)
        ::close(fd);
    if (n != static_cast<ssize_t>(len))
        throw std::runtime_error("TempFile: short read of " + m_path);
    return out;
}

void TempFile::write(uint64_t offset, const std::vector<uint8_t>& bytes) const
{
    const int fd = ::open(m_path.c_str(), O_WRONLY);
    const ssize_t n =
        fd < 0 ? -1 : ::pwrite(fd, bytes.data(), bytes.size(), static_cast<off_t>(offset));
    if (fd >= 0)
        ::close(fd);
    if (n != static_cast<ssize_t>(bytes.size()))
        throw std::runtime_error("TempFile: short write of " + m_path);
}

uint64_t TempFile::size() const
{
    struct stat st {};
    ::stat(m_path.c_str(), &st);
    return static_cast<uint64_t>(st.st_size);
}

uint64_t TempFile::allocated_bytes() const
{
    struct stat st {};
    ::stat(m_path.c_str(), &st);
    return static_cast<uint64_t>(st.st_blocks) * 512;
}

std::vector<uint8_t> pattern(size_t len, uint8_t seed)
{
    std::vector<uint8_t> v(len);
    for (size_t i = 0; i < len; ++i)
        v[i] = static_cast<uint8_t>((i * 31 + (i >> 8) * 7 + seed * 101 + 1) & 0xff);
    return v;
}

std::vector<uint8_t> le_bytes(uint64_t value, unsigned bytes)
{
    std::vector<uint8_t> out(bytes);
    for (unsigned i = 0; i < bytes; ++i)
        out[i] = static_cast<uint8_t>(value >> (8 * i));
    return out;
}

std::vector<uint8_t> blk_header(uint32_t type, uint64_t sector)
{
    auto h = le_bytes(type, 4);
    auto reserved = le_bytes(0, 4);
    auto s = le_bytes(sector, 8);
    h.insert(h.end(), reserved.begin(), reserved.end());
    h.insert(h.end(), s.begin(), s.end());
    return h;
}

std::vector<uint8_t> blk_segment(uint64_t sector, uint32_t sectors, uint32_t flags)
{
    auto s = le_bytes(sector, 8);
    auto n = le_bytes(sectors, 4);
    auto f = le_bytes(flags, 4);
    s.insert(s.end(), n.begin(), n.end());
    s.insert(s.end(), f.begin(), f.end());
    return s;
}

}  // namespace vp::virtio::test
