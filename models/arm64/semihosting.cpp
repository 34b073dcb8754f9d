// Semihosting: Arm semihosting calls with QEMU -semihosting conventions.
// See semihosting.h.
#include "arm64/semihosting.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <ctime>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vp::arm64 {

namespace {

constexpr uint64_t minus_one = ~uint64_t{0};
constexpr size_t chunk = 64 * 1024;
constexpr size_t max_string = 1024 * 1024;

// ":semihosting-features": magic "SHFB", feature byte 0 = EXIT_EXTENDED | STDOUT_STDERR.
constexpr uint8_t features_file[] = {'S', 'H', 'F', 'B', 0x03};

// SYS_OPEN mode (ISO C fopen mode index 0..11) to open(2) flags.
constexpr int open_flags[12] = {
    O_RDONLY, O_RDONLY,                                 // r, rb
    O_RDWR, O_RDWR,                                     // r+, r+b
    O_WRONLY | O_CREAT | O_TRUNC, O_WRONLY | O_CREAT | O_TRUNC,  // w, wb
    O_RDWR | O_CREAT | O_TRUNC, O_RDWR | O_CREAT | O_TRUNC,      // w+, w+b
    O_WRONLY | O_CREAT | O_APPEND, O_WRONLY | O_CREAT | O_APPEND,  // a, ab
    O_RDWR | O_CREAT | O_APPEND, O_RDWR | O_CREAT | O_APPEND,      // a+, a+b
};

bool get_arg(SemihostingMemory& mem, uint64_t args, unsigned n, uint64_t& value)
{
    uint8_t bytes[8];
    if (!mem.read(args + 8 * n, bytes, 8)) {
        return false;
    }
    value = 0;
    for (int i = 7; i >= 0; --i) {
        value = (value << 8) | bytes[i];
    }
    return true;
}

bool put_arg(SemihostingMemory& mem, uint64_t args, unsigned n, uint64_t value)
{
    uint8_t bytes[8];
    for (unsigned i = 0; i < 8; ++i) {
        bytes[i] = static_cast<uint8_t>(value >> (8 * i));
    }
    return mem.write(args + 8 * n, bytes, 8);
}

}  // namespace

HeapInfo HeapInfo::from_layout(uint64_t ram_base, uint64_t ram_size,
                               std::vector<std::pair<uint64_t, uint64_t>> used)
{
    const uint64_t ram_end = ram_base + ram_size;
    std::sort(used.begin(), used.end());
    uint64_t best_base = ram_base, best_size = 0;
    uint64_t cursor = ram_base;
    const auto consider = [&](uint64_t start, uint64_t end) {
        if (end > start && end - start > best_size) {
            best_base = start;
            best_size = end - start;
        }
    };
    for (const auto& [start, end] : used) {
        const uint64_t s = std::clamp(start, ram_base, ram_end);
        const uint64_t e = std::clamp(end, ram_base, ram_end);
        if (e <= s) {
            continue;
        }
        consider(cursor, s);
        cursor = std::max(cursor, e);
    }
    consider(cursor, ram_end);
    HeapInfo info;
    info.heap_base = best_base;
    info.heap_limit = best_base + best_size;
    info.stack_base = info.heap_limit;
    info.stack_limit = info.heap_base;
    return info;
}

Semihosting::Semihosting(SemihostingConfig config)
    : m_config(std::move(config)), m_handles(1)
{
}

Semihosting::~Semihosting()
{
    for (const Handle& h : m_handles) {
        if (h.kind == Handle::Kind::host && h.owned) {
            ::close(h.fd);
        }
    }
}

uint64_t Semihosting::fail(int err)
{
    m_errno = static_cast<uint64_t>(err);
    return minus_one;
}

Semihosting::Handle* Semihosting::handle(uint64_t h)
{
    if (h == 0 || h >= m_handles.size() || m_handles[h].kind == Handle::Kind::unused) {
        return nullptr;
    }
    return &m_handles[h];
}

uint64_t Semihosting::allocate(const Handle& h)
{
    for (size_t i = 1; i < m_handles.size(); ++i) {
        if (m_handles[i].kind == Handle::Kind::unused) {
            m_handles[i] = h;
            return i;
        }
    }
    m_handles.push_back(h);
    return m_handles.size() - 1;
}

bool Semihosting::read_string(SemihostingMemory& mem, uint64_t va, size_t max, std::string& out)
{
    out.clear();
    for (size_t i = 0; i < max; ++i) {
        char c;
        if (!mem.read(va + i, &c, 1)) {
            return false;
        }
        if (c == '\0') {
            return true;
        }
        out.push_back(c);
    }
    return true;
}

void Semihosting::output(int fd, const void* data, size_t len)
{
    // Keep the order with anything the simulator printed through stdio.
    std::fflush(stdout);
    std::fflush(stderr);
    const auto* p = static_cast<const uint8_t*>(data);
    while (len > 0) {
        const ssize_t n = ::write(fd, p, len);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return;
        }
        p += n;
        len -= static_cast<size_t>(n);
    }
}

SemihostingResult Semihosting::call(uint64_t x0, uint64_t x1, SemihostingMemory& mem,
                                    const sc_core::sc_time& now)
{
    SemihostingResult r;
    const uint32_t op = static_cast<uint32_t>(x0);
    const uint64_t args = x1;
    switch (op) {
    case sys_open: r.x0 = do_open(mem, args); break;
    case sys_close: r.x0 = do_close(mem, args); break;
    case sys_writec: {
        // The character is the byte at x1. QEMU returns 0xdeadbeef.
        uint8_t c;
        if (mem.read(args, &c, 1)) {
            output(m_config.console_fd, &c, 1);
        }
        r.x0 = 0xdeadbeef;
        break;
    }
    case sys_write0: {
        std::string s;
        if (read_string(mem, args, max_string, s)) {
            output(m_config.console_fd, s.data(), s.size());
        }
        r.x0 = 0xdeadbeef;
        break;
    }
    case sys_write: r.x0 = do_write(mem, args); break;
    case sys_read: r.x0 = do_read(mem, args); break;
    case sys_readc: r.x0 = do_readc(); break;
    case sys_iserror: {
        uint64_t value;
        r.x0 = get_arg(mem, args, 0, value) ? (static_cast<int64_t>(value) < 0) : fail(EFAULT);
        break;
    }
    case sys_istty: r.x0 = do_istty(mem, args); break;
    case sys_seek: r.x0 = do_seek(mem, args); break;
    case sys_flen: r.x0 = do_flen(mem, args); break;
    case sys_remove: r.x0 = do_remove(mem, args); break;
    case sys_rename: r.x0 = do_rename(mem, args); break;
    case sys_clock:
        // Centiseconds since the start of the simulation.
        r.x0 = static_cast<uint64_t>(now.value() / sc_core::sc_time(10, sc_core::SC_MS).value());
        break;
    case sys_time: {
        const time_t t = std::time(nullptr);
        r.x0 = t == static_cast<time_t>(-1) ? fail(errno) : static_cast<uint64_t>(t);
        break;
    }
    case sys_errno: r.x0 = m_errno; break;
    case sys_get_cmdline: r.x0 = do_get_cmdline(mem, args); break;
    case sys_heapinfo: r.x0 = do_heapinfo(mem, args); break;
    case sys_exit:
    case sys_exit_extended: {
        // AArch64: x1 points to {reason, subcode}. Application exit returns
        // the subcode as the status; any other reason is status 1.
        uint64_t reason, subcode;
        if (!get_arg(mem, args, 0, reason) || !get_arg(mem, args, 1, subcode)) {
            r.x0 = fail(EFAULT);
            break;
        }
        r.exit_code = reason == adp_stopped_application_exit
                          ? static_cast<int>(static_cast<uint32_t>(subcode))
                          : 1;
        r.x0 = 0;
        break;
    }
    case sys_synccache: r.x0 = 0; break;
    case sys_elapsed: {
        // Ticks of SYS_TICKFREQ (1 GHz): simulated nanoseconds.
        const uint64_t ns = now.value() / sc_core::sc_time(1, sc_core::SC_NS).value();
        r.x0 = put_arg(mem, args, 0, ns) ? 0 : fail(EFAULT);
        break;
    }
    case sys_tickfreq: r.x0 = 1'000'000'000; break;
    case sys_tmpnam:
    case sys_system:
        SC_REPORT_WARNING("vp/arm64/semihosting/unsupported",
                          "SYS_TMPNAM/SYS_SYSTEM are not provided by this model; returning -1");
        r.x0 = fail(ENOSYS);
        break;
    default: {
        char msg[96];
        std::snprintf(msg, sizeof(msg),
                      "unknown semihosting operation 0x%x in w0; returning -1", op);
        SC_REPORT_WARNING("vp/arm64/semihosting/unsupported", msg);
        r.x0 = fail(ENOSYS);
        break;
    }
    }
    return r;
}

uint64_t Semihosting::do_open(SemihostingMemory& mem, uint64_t args)
{
    uint64_t name_va, mode, len;
    if (!get_arg(mem, args, 0, name_va) || !get_arg(mem, args, 1, mode)
        || !get_arg(mem, args, 2, len)) {
        return fail(EFAULT);
    }
    std::string name;
    if (!read_string(mem, name_va, std::min<uint64_t>(len + 1, max_string), name)) {
        return fail(EFAULT);
    }
    if (mode >= 12) {
        return fail(EINVAL);
    }
    Handle h;
    if (name == ":tt") {
        h.kind = Handle::Kind::host;
        h.fd = mode < 4 ? m_config.stdin_fd : mode < 8 ? m_config.stdout_fd : m_config.stderr_fd;
        return allocate(h);
    }
    if (name == ":semihosting-features") {
        if (mode > 1) {
            return fail(EACCES);
        }
        h.kind = Handle::Kind::features;
        return allocate(h);
    }
    if (!m_config.host_files) {
        return fail(EACCES);
    }
    const int fd = ::open(name.c_str(), open_flags[mode], 0644);
    if (fd < 0) {
        return fail(errno);
    }
    h.kind = Handle::Kind::host;
    h.fd = fd;
    h.owned = true;
    return allocate(h);
}

uint64_t Semihosting::do_close(SemihostingMemory& mem, uint64_t args)
{
    uint64_t id;
    if (!get_arg(mem, args, 0, id)) {
        return fail(EFAULT);
    }
    Handle* h = handle(id);
    if (!h) {
        return fail(EBADF);
    }
    // The console file descriptors are never closed, only the handle.
    const bool close_fd = h->kind == Handle::Kind::host && h->owned;
    const int fd = h->fd;
    *h = Handle{};
    if (close_fd && ::close(fd) < 0) {
        return fail(errno);
    }
    return 0;
}

uint64_t Semihosting::do_write(SemihostingMemory& mem, uint64_t args)
{
    // Returns the number of bytes NOT written; errors write nothing and
    // (as in QEMU) leave SYS_ERRNO unchanged.
    uint64_t id, buf, len;
    if (!get_arg(mem, args, 0, id) || !get_arg(mem, args, 1, buf) || !get_arg(mem, args, 2, len)) {
        return fail(EFAULT);
    }
    Handle* h = handle(id);
    if (!h || h->kind != Handle::Kind::host) {
        return len;
    }
    std::vector<uint8_t> data;
    uint64_t done = 0;
    while (done < len) {
        const size_t n = static_cast<size_t>(std::min<uint64_t>(len - done, chunk));
        data.resize(n);
        if (!mem.read(buf + done, data.data(), n)) {
            break;
        }
        std::fflush(stdout);
        std::fflush(stderr);
        const ssize_t w = ::write(h->fd, data.data(), n);
        if (w <= 0) {
            break;
        }
        done += static_cast<uint64_t>(w);
        if (static_cast<size_t>(w) < n) {
            break;
        }
    }
    return len - done;
}

uint64_t Semihosting::do_read(SemihostingMemory& mem, uint64_t args)
{
    // Returns the number of bytes NOT read (len at end of file).
    uint64_t id, buf, len;
    if (!get_arg(mem, args, 0, id) || !get_arg(mem, args, 1, buf) || !get_arg(mem, args, 2, len)) {
        return fail(EFAULT);
    }
    Handle* h = handle(id);
    if (!h) {
        return len;
    }
    if (h->kind == Handle::Kind::features) {
        const size_t avail = sizeof(features_file) - std::min(h->pos, sizeof(features_file));
        const size_t n = static_cast<size_t>(std::min<uint64_t>(len, avail));
        if (n && !mem.write(buf, features_file + h->pos, n)) {
            return len;
        }
        h->pos += n;
        return len - n;
    }
    std::vector<uint8_t> data;
    uint64_t done = 0;
    while (done < len) {
        const size_t n = static_cast<size_t>(std::min<uint64_t>(len - done, chunk));
        data.resize(n);
        const ssize_t got = ::read(h->fd, data.data(), n);
        if (got <= 0) {
            break;
        }
        if (!mem.write(buf + done, data.data(), static_cast<size_t>(got))) {
            break;
        }
        done += static_cast<uint64_t>(got);
        if (static_cast<size_t>(got) < n) {
            break;
        }
    }
    return len - done;
}

uint64_t Semihosting::do_readc()
{
    uint8_t c;
    const ssize_t n = ::read(m_config.stdin_fd, &c, 1);
    if (n == 1) {
        return c;
    }
    return fail(n == 0 ? EIO : errno);
}

uint64_t Semihosting::do_istty(SemihostingMemory& mem, uint64_t args)
{
    uint64_t id;
    if (!get_arg(mem, args, 0, id)) {
        return fail(EFAULT);
    }
    Handle* h = handle(id);
    if (!h) {
        return fail(EBADF);
    }
    if (h->kind == Handle::Kind::features) {
        return 0;
    }
    if (::isatty(h->fd)) {
        return 1;
    }
    // Not a terminal: 0, and (as in QEMU) SYS_ERRNO reports ENOTTY.
    const int err = errno;
    m_errno = static_cast<uint64_t>(err);
    return err == ENOTTY ? 0 : minus_one;
}

uint64_t Semihosting::do_seek(SemihostingMemory& mem, uint64_t args)
{
    uint64_t id, pos;
    if (!get_arg(mem, args, 0, id) || !get_arg(mem, args, 1, pos)) {
        return fail(EFAULT);
    }
    Handle* h = handle(id);
    if (!h) {
        return fail(EBADF);
    }
    if (h->kind == Handle::Kind::features) {
        if (pos > sizeof(features_file)) {
            return fail(EINVAL);
        }
        h->pos = static_cast<size_t>(pos);
        return 0;
    }
    return ::lseek(h->fd, static_cast<off_t>(pos), SEEK_SET) < 0 ? fail(errno) : 0;
}

uint64_t Semihosting::do_flen(SemihostingMemory& mem, uint64_t args)
{
    uint64_t id;
    if (!get_arg(mem, args, 0, id)) {
        return fail(EFAULT);
    }
    Handle* h = handle(id);
    if (!h) {
        return fail(EBADF);
    }
    if (h->kind == Handle::Kind::features) {
        return sizeof(features_file);
    }
    struct stat st;
    if (::fstat(h->fd, &st) < 0) {
        return fail(errno);
    }
    return static_cast<uint64_t>(st.st_size);
}

uint64_t Semihosting::do_remove(SemihostingMemory& mem, uint64_t args)
{
    uint64_t name_va, len;
    std::string name;
    if (!get_arg(mem, args, 0, name_va) || !get_arg(mem, args, 1, len)
        || !read_string(mem, name_va, std::min<uint64_t>(len + 1, max_string), name)) {
        return fail(EFAULT);
    }
    if (!m_config.host_files) {
        return fail(EACCES);
    }
    return ::unlink(name.c_str()) < 0 ? fail(errno) : 0;
}

uint64_t Semihosting::do_rename(SemihostingMemory& mem, uint64_t args)
{
    uint64_t from_va, from_len, to_va, to_len;
    std::string from, to;
    if (!get_arg(mem, args, 0, from_va) || !get_arg(mem, args, 1, from_len)
        || !get_arg(mem, args, 2, to_va) || !get_arg(mem, args, 3, to_len)
        || !read_string(mem, from_va, std::min<uint64_t>(from_len + 1, max_string), from)
        || !read_string(mem, to_va, std::min<uint64_t>(to_len + 1, max_string), to)) {
        return fail(EFAULT);
    }
    if (!m_config.host_files) {
        return fail(EACCES);
    }
    return std::rename(from.c_str(), to.c_str()) < 0 ? fail(errno) : 0;
}

uint64_t Semihosting::do_get_cmdline(SemihostingMemory& mem, uint64_t args)
{
    // {buffer, size} in; the string and its length (without NUL) out.
    uint64_t buf, size;
    if (!get_arg(mem, args, 0, buf) || !get_arg(mem, args, 1, size)) {
        return fail(EFAULT);
    }
    const std::string& cmdline = m_config.cmdline;
    if (cmdline.size() + 1 > size) {
        return fail(E2BIG);
    }
    if (!put_arg(mem, args, 1, cmdline.size())
        || !mem.write(buf, cmdline.c_str(), cmdline.size() + 1)) {
        return fail(EFAULT);
    }
    return 0;
}

uint64_t Semihosting::do_heapinfo(SemihostingMemory& mem, uint64_t args)
{
    // x1 points to a word holding the address of the 4-word result block.
    uint64_t block;
    if (!get_arg(mem, args, 0, block)) {
        return fail(EFAULT);
    }
    const HeapInfo& h = m_config.heap;
    if (!put_arg(mem, block, 0, h.heap_base) || !put_arg(mem, block, 1, h.heap_limit)
        || !put_arg(mem, block, 2, h.stack_base) || !put_arg(mem, block, 3, h.stack_limit)) {
        return fail(EFAULT);
    }
    return 0;
}

}  // namespace vp::arm64
