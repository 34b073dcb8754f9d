// BlockFile: a raw disk image on the host (regular file or block device) for
// block device models such as virtio-blk. Positional reads and writes, flush
// to stable storage (fdatasync), discard (hole punching) and write-zeroes.
// A regular file is also mapped read-only (MAP_SHARED, so it shows every
// write made through this object): reads inside the mapping are a memcpy
// instead of a system call, straight into the caller's buffer (a device
// passes guest memory). The copy is guarded: if another program truncates
// the image while it is mapped, the read of the lost part (SIGBUS) fails
// with an error instead of killing the process, and later reads go through
// pread.
// Not done: image formats other than raw (qcow2...), caching, asynchronous I/O,
// locking the image against use by another simulator.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

struct iovec;

namespace vp::host {

class BlockFile {
public:
    // Opens `path` read-write, or read-only when `read_only` is set. Throws
    // std::runtime_error naming the file and the reason (missing, no
    // permission, a directory, ...) when it cannot be opened in that mode.
    BlockFile(const std::string& path, bool read_only);
    ~BlockFile();
    BlockFile(const BlockFile&) = delete;
    BlockFile& operator=(const BlockFile&) = delete;

    const std::string& path() const { return m_path; }
    bool read_only() const { return m_read_only; }

    // Size in bytes: taken when the file was opened, grown by write()s past
    // the end.
    uint64_t size() const { return m_size; }

    // The operations below return false on failure and leave a description
    // in last_error(). Short transfers are continued and EINTR is retried;
    // reaching the end of the file during a read is a failure.
    bool read(uint64_t offset, void* dst, size_t len);
    // As read(), but the part of [offset, offset + len) at or past size()
    // reads as zeroes (QEMU's raw file driver does the same for the partial
    // last sector of an image whose size is not a multiple of 512).
    bool read_zero_padded(uint64_t offset, void* dst, size_t len);
    bool write(uint64_t offset, const void* src, size_t len);
    // As write(), the buffers of a gather list one after another (one
    // pwritev system call when the kernel takes it all).
    bool write(uint64_t offset, const struct iovec* iov, int count);

    // True when [offset, offset + len) lies in the read-only mapping, so
    // that read() of it is one guarded memcpy (no system call).
    bool mapped(uint64_t offset, size_t len) const
    {
        return m_map && offset <= m_map_size && len <= m_map_size - offset;
    }

    // Makes completed writes stable (fdatasync).
    bool flush();

    // Deallocates a range; afterwards it reads as zeroes. Punches a hole
    // (fallocate PUNCH_HOLE|KEEP_SIZE) and writes zeroes when the host file
    // system cannot.
    bool discard(uint64_t offset, uint64_t len);

    // Makes a range read as zeroes. With may_unmap the range may be
    // deallocated (as discard); otherwise it stays allocated (ZERO_RANGE, or
    // written zeroes when the file system cannot).
    bool write_zeroes(uint64_t offset, uint64_t len, bool may_unmap);

    const std::string& last_error() const { return m_error; }

private:
    bool fail(const char* what, int err);
    bool read_mapped(uint64_t offset, void* dst, size_t len);
    void drop_mapping();
    bool fill_zeroes(uint64_t offset, uint64_t len);

    std::string m_path;
    bool m_read_only;
    int m_fd = -1;
    uint64_t m_size = 0;
    const uint8_t* m_map = nullptr;  // read-only mapping of the first m_map_size bytes
    uint64_t m_map_size = 0;
    std::string m_error;
};

}  // namespace vp::host
