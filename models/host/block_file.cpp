#include "host/block_file.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <vector>

#include <fcntl.h>
#include <linux/falloc.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vp::host {

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
        }
    }
}

BlockFile::~BlockFile()
{
    if (m_map)
        ::munmap(const_cast<uint8_t*>(m_map), static_cast<size_t>(m_map_size));
    if (m_fd >= 0)
        ::close(m_fd);
}

bool BlockFile::fail(const char* what, int err)
{
    m_error = std::string(what) + " '" + m_path + "': " + std::strerror(err);
    return false;
}

bool BlockFile::read(uint64_t offset, void* dst, size_t len)
{
    if (const uint8_t* src = mapped(offset, len)) {
        std::memcpy(dst, src, len);
        return true;
    }
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
