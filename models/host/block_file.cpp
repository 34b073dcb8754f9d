#include "host/block_file.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csetjmp>
#include <climits>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <vector>

#include <fcntl.h>
#include <linux/falloc.h>
#include <pthread.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

namespace vp::host {

// ---- Reads from the mapping, guarded against a truncated image --------------
//
// A read of a mapped page that lies past the end of the file (another program
// truncated the image) raises SIGBUS. A process-wide handler, (re)installed
// with every mapping if it is not the current one, jumps back out of the copy when the fault address is in
// the source range of the guarded copy running on this thread; any other
// SIGBUS goes to the handler installed before (or the default action: the
// process dies as it would have without us). The guard costs no system call:
// sigsetjmp does not save the signal mask (SA_NODEFER keeps SIGBUS unblocked
// in the handler, and the recovery path unblocks it anyway).
namespace {

struct CopyGuard {
    sigjmp_buf env;
    const uint8_t* begin;
    const uint8_t* end;
};

// The guarded copy in progress on this thread. Volatile, and fenced around the
// copy: the compiler must not drop or move the stores (memcpy never reads it).
thread_local CopyGuard* volatile t_guard = nullptr;
struct sigaction g_previous_sigbus {};

void on_sigbus(int sig, siginfo_t* info, void* context)
{
    CopyGuard* g = t_guard;
    const auto* addr = static_cast<const uint8_t*>(info->si_addr);
    if (g && addr >= g->begin && addr < g->end) {
        t_guard = nullptr;
        siglongjmp(g->env, 1);
    }
    const struct sigaction& prev = g_previous_sigbus;
    if ((prev.sa_flags & SA_SIGINFO) && prev.sa_sigaction) {
        prev.sa_sigaction(sig, info, context);
        return;
    }
    if (!(prev.sa_flags & SA_SIGINFO) && prev.sa_handler != SIG_DFL && prev.sa_handler != SIG_IGN) {
        prev.sa_handler(sig);
        return;
    }
    // Default action: the process dies with SIGBUS, as without us.
    std::signal(SIGBUS, SIG_DFL);
    ::raise(SIGBUS);
}

// Installs on_sigbus unless it is the current handler (someone, e.g. a test
// framework around each test, may have replaced it since the last mapping).
void install_sigbus_handler()
{
    struct sigaction current {};
    if (::sigaction(SIGBUS, nullptr, &current) == 0 && (current.sa_flags & SA_SIGINFO) &&
        current.sa_sigaction == on_sigbus)
        return;
    struct sigaction sa {};
    sa.sa_sigaction = on_sigbus;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    ::sigaction(SIGBUS, &sa, &g_previous_sigbus);
}

// memcpy(dst, src, len), false if reading src raised SIGBUS. Nothing with a
// destructor lives between sigsetjmp and the copy.
bool guarded_copy(void* dst, const uint8_t* src, size_t len)  // hot: once per mapped read
{
    CopyGuard guard;
    guard.begin = src;
    guard.end = src + len;
    if (sigsetjmp(guard.env, 0) != 0) {
        sigset_t bus;
        sigemptyset(&bus);
        sigaddset(&bus, SIGBUS);
        pthread_sigmask(SIG_UNBLOCK, &bus, nullptr);
        return false;
    }
    t_guard = &guard;
    std::atomic_signal_fence(std::memory_order_seq_cst);
    std::memcpy(dst, src, len);
    std::atomic_signal_fence(std::memory_order_seq_cst);
    t_guard = nullptr;
    return true;
}

}  // namespace

BlockFile::BlockFile(const std::string& path, bool read_only)
    : m_path(path), m_read_only(read_only)
{
    const char* mode = read_only ? "read-only" : "read-write";
    if (path.empty())
        throw std::runtime_error("block image: no file name given");
    m_fd = ::open(path.c_str(), (read_only ? O_RDONLY : O_RDWR) | O_CLOEXEC);
    if (m_fd < 0) {
        const int err = errno;
        throw std::runtime_error("block image '" + path + "': cannot open " + mode + ": " +
                                 std::strerror(err));
    }
    struct stat st {};
    if (::fstat(m_fd, &st) != 0 || !(S_ISREG(st.st_mode) || S_ISBLK(st.st_mode))) {
        ::close(m_fd);
        throw std::runtime_error("block image '" + path +
                                 "': not a regular file or block device");
    }
    const off_t end = ::lseek(m_fd, 0, SEEK_END);
    if (end < 0) {
        const int err = errno;
        ::close(m_fd);
        throw std::runtime_error("block image '" + path + "': cannot determine size: " +
                                 std::strerror(err));
    }
    m_size = static_cast<uint64_t>(end);
    // Reads come from a shared read-only mapping when the file allows one
    // (writes still go through pwrite, and show in the mapping). Without
    // one (a block device, no address space), every read is a pread.
    if (S_ISREG(st.st_mode) && m_size > 0 && m_size <= SIZE_MAX) {
        void* p = ::mmap(nullptr, static_cast<size_t>(m_size), PROT_READ, MAP_SHARED, m_fd, 0);
        if (p != MAP_FAILED) {
            m_map = static_cast<const uint8_t*>(p);
            m_map_size = m_size;
            install_sigbus_handler();
        }
    }
}

BlockFile::~BlockFile()
{
    drop_mapping();
    if (m_fd >= 0)
        ::close(m_fd);
}

void BlockFile::drop_mapping()
{
    if (m_map)
        ::munmap(const_cast<uint8_t*>(m_map), static_cast<size_t>(m_map_size));
    m_map = nullptr;
    m_map_size = 0;
}

bool BlockFile::read_mapped(uint64_t offset, void* dst, size_t len)
{
    if (guarded_copy(dst, m_map + offset, len))
        return true;
    // The file lost pages under the mapping. Say so, and read through pread
    // from now on: the lost part then fails as a read past the end.
    struct stat st {};
    const long long now = ::fstat(m_fd, &st) == 0 ? static_cast<long long>(st.st_size) : -1;
    m_error = "read '" + m_path + "' at offset " + std::to_string(offset) +
              ": the image shrank while in use (now " + std::to_string(now) + " bytes, " +
              std::to_string(m_map_size) +
              " when opened; truncated by another program?); reading through pread from now on";
    drop_mapping();
    return false;
}

bool BlockFile::fail(const char* what, int err)
{
    m_error = std::string(what) + " '" + m_path + "': " + std::strerror(err);
    return false;
}

bool BlockFile::read(uint64_t offset, void* dst, size_t len)
{
    if (mapped(offset, len))
        return read_mapped(offset, dst, len);
    auto* out = static_cast<uint8_t*>(dst);
    while (len > 0) {
        const ssize_t n = ::pread(m_fd, out, len, static_cast<off_t>(offset));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail("read", errno);
        }
        if (n == 0) {
            m_error = "read '" + m_path + "': unexpected end of file at offset " +
                      std::to_string(offset);
            return false;
        }
        out += n;
        offset += static_cast<uint64_t>(n);
        len -= static_cast<size_t>(n);
    }
    return true;
}

bool BlockFile::write(uint64_t offset, const void* src, size_t len)
{
    if (m_read_only)
        return fail("write", EROFS);
    const auto* in = static_cast<const uint8_t*>(src);
    while (len > 0) {
        const ssize_t n = ::pwrite(m_fd, in, len, static_cast<off_t>(offset));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail("write", errno);
        }
        if (n == 0)
            return fail("write", EIO);
        in += n;
        offset += static_cast<uint64_t>(n);
        len -= static_cast<size_t>(n);
        m_size = std::max(m_size, offset);  // a write past the end extends the file
    }
    return true;
}

bool BlockFile::write(uint64_t offset, const struct iovec* iov, int count)
{
    if (m_read_only)
        return fail("write", EROFS);
    while (count > 0 && iov->iov_len == 0) {
        ++iov;
        --count;
    }
    if (count == 1)
        return write(offset, iov->iov_base, iov->iov_len);
    size_t total = 0;
    for (int i = 0; i < count; ++i)
        total += iov[i].iov_len;
    if (total == 0)
        return true;
    ssize_t n;
    do
        n = ::pwritev(m_fd, iov, std::min(count, IOV_MAX), static_cast<off_t>(offset));
    while (n < 0 && errno == EINTR);
    if (n < 0)
        return fail("write", errno);
    if (static_cast<size_t>(n) == total) {
        m_size = std::max(m_size, offset + total);
        return true;
    }
    // Short (or more than IOV_MAX buffers): the rest one buffer at a time.
    size_t skip = static_cast<size_t>(n);
    m_size = std::max(m_size, offset + skip);
    for (int i = 0; i < count; ++i) {
        const size_t len = iov[i].iov_len;
        if (skip >= len) {
            skip -= len;
            offset += len;
            continue;
        }
        if (!write(offset + skip, static_cast<const uint8_t*>(iov[i].iov_base) + skip, len - skip))
            return false;
        offset += len;
        skip = 0;
    }
    return true;
}

bool BlockFile::read_zero_padded(uint64_t offset, void* dst, size_t len)
{
    const uint64_t in_file = offset >= m_size ? 0 : std::min<uint64_t>(len, m_size - offset);
    std::memset(static_cast<uint8_t*>(dst) + in_file, 0, len - in_file);
    return in_file == 0 || read(offset, dst, static_cast<size_t>(in_file));
}

bool BlockFile::flush()
{
    if (m_read_only)
        return true;
    for (;;) {
        if (::fdatasync(m_fd) == 0)
            return true;
        if (errno != EINTR)
            return fail("flush", errno);
    }
}

bool BlockFile::fill_zeroes(uint64_t offset, uint64_t len)
{
    static const std::vector<uint8_t> zeroes(64 * 1024, 0);
    while (len > 0) {
        const size_t n = static_cast<size_t>(std::min<uint64_t>(len, zeroes.size()));
        if (!write(offset, zeroes.data(), n))
            return false;
        offset += n;
        len -= n;
    }
    return true;
}

static int fallocate_retry(int fd, int mode, uint64_t offset, uint64_t len)
{
    for (;;) {
        if (::fallocate(fd, mode, static_cast<off_t>(offset), static_cast<off_t>(len)) == 0)
            return 0;
        if (errno != EINTR)
            return errno;
    }
}

// Errors meaning "this file system (or file type) cannot do that": fall back.
static bool unsupported(int err)
{
    return err == EOPNOTSUPP || err == ENOSYS || err == EINVAL || err == ENODEV;
}

bool BlockFile::discard(uint64_t offset, uint64_t len)
{
    if (m_read_only)
        return fail("discard", EROFS);
    if (len == 0)
        return true;
    const int err = fallocate_retry(m_fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, offset, len);
    if (err == 0)
        return true;
    if (unsupported(err))
        return fill_zeroes(offset, len);
    return fail("discard", err);
}

bool BlockFile::write_zeroes(uint64_t offset, uint64_t len, bool may_unmap)
{
    if (m_read_only)
        return fail("write zeroes", EROFS);
    if (len == 0)
        return true;
    if (may_unmap)
        return discard(offset, len);
    const int err = fallocate_retry(m_fd, FALLOC_FL_ZERO_RANGE | FALLOC_FL_KEEP_SIZE, offset, len);
    if (err == 0)
        return true;
    if (unsupported(err))
        return fill_zeroes(offset, len);
    return fail("write zeroes", err);
}

}  // namespace vp::host
