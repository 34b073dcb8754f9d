// Semihosting: the Arm semihosting interface (Arm "Semihosting for AArch32 and
// AArch64", v2.0) for AArch64 guests, with the conventions of
// qemu-system-aarch64 7.2 -semihosting: handles start at 1, ":tt" opened for
// read/write/append is stdin/stdout/stderr, SYS_WRITEC/WRITE0 go to the
// console (stderr by default, as QEMU without a semihosting chardev),
// ":semihosting-features" reports EXIT_EXTENDED and STDOUT_STDERR.
// Deliberately not done: SYS_SYSTEM and SYS_TMPNAM (return -1); clocks are
// simulated time (SYS_CLOCK, SYS_ELAPSED), not host time as in QEMU.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <systemc>

namespace vp::arm64 {

// Guest memory as the semihosting caller sees it (virtual addresses,
// translated at the caller's EL). Implemented by the CPU.
struct SemihostingMemory {
    virtual ~SemihostingMemory() = default;
    virtual bool read(uint64_t va, void* dst, size_t len) = 0;   // false: fault
    virtual bool write(uint64_t va, const void* src, size_t len) = 0;
};

// The SYS_HEAPINFO block.
struct HeapInfo {
    uint64_t heap_base = 0;
    uint64_t heap_limit = 0;
    uint64_t stack_base = 0;
    uint64_t stack_limit = 0;

    // QEMU's choice: the largest free gap of RAM between loaded images
    // (`used` = [start, end) ranges) holds heap (growing up from its start)
    // and stack (growing down from its end).
    static HeapInfo from_layout(uint64_t ram_base, uint64_t ram_size,
                                std::vector<std::pair<uint64_t, uint64_t>> used);
};

struct SemihostingConfig {
    // SYS_GET_CMDLINE. QEMU builds "<kernel path> <-append string>" (just the
    // kernel path without -append).
    std::string cmdline;
    HeapInfo heap;
    int console_fd = 2;  // SYS_WRITEC/SYS_WRITE0 (QEMU 7.2: stderr)
    int stdin_fd = 0;    // ":tt" opened for reading; SYS_READC
    int stdout_fd = 1;   // ":tt" opened for writing
    int stderr_fd = 2;   // ":tt" opened for appending
    bool host_files = true;  // SYS_OPEN of other names opens host files
};

struct SemihostingResult {
    uint64_t x0 = 0;              // value for the caller's x0
    std::optional<int> exit_code; // set by SYS_EXIT/SYS_EXIT_EXTENDED: end the simulation
};

class Semihosting {
public:
    // Operation numbers (w0).
    enum Op : uint32_t {
        sys_open = 0x01, sys_close = 0x02, sys_writec = 0x03, sys_write0 = 0x04,
        sys_write = 0x05, sys_read = 0x06, sys_readc = 0x07, sys_iserror = 0x08,
        sys_istty = 0x09, sys_seek = 0x0A, sys_flen = 0x0C, sys_tmpnam = 0x0D,
        sys_remove = 0x0E, sys_rename = 0x0F, sys_clock = 0x10, sys_time = 0x11,
        sys_system = 0x12, sys_errno = 0x13, sys_get_cmdline = 0x15, sys_heapinfo = 0x16,
        sys_exit = 0x18, sys_synccache = 0x19, sys_exit_extended = 0x20,
        sys_elapsed = 0x30, sys_tickfreq = 0x31,
    };
    static constexpr uint64_t adp_stopped_application_exit = 0x20026;

    explicit Semihosting(SemihostingConfig config = {});
    ~Semihosting();
    Semihosting(const Semihosting&) = delete;
    Semihosting& operator=(const Semihosting&) = delete;

    // Executes one call: op = w0, x1 = parameter (block pointer or value).
    // `now` is the caller's local simulated time.
    SemihostingResult call(uint64_t x0, uint64_t x1, SemihostingMemory& mem,
                           const sc_core::sc_time& now);

    uint64_t last_errno() const { return m_errno; }

private:
    struct Handle {
        enum class Kind { unused, host, features } kind = Kind::unused;
        int fd = -1;
        bool owned = false;  // fd opened by us (closed on SYS_CLOSE)
        size_t pos = 0;      // features file position
    };

    uint64_t fail(int err);  // sets errno, returns -1
    Handle* handle(uint64_t h);
    uint64_t allocate(const Handle& h);
    bool read_string(SemihostingMemory& mem, uint64_t va, size_t max, std::string& out);
    void output(int fd, const void* data, size_t len);

    uint64_t do_open(SemihostingMemory& mem, uint64_t args);
    uint64_t do_close(SemihostingMemory& mem, uint64_t args);
    uint64_t do_write(SemihostingMemory& mem, uint64_t args);
    uint64_t do_read(SemihostingMemory& mem, uint64_t args);
    uint64_t do_readc();
    uint64_t do_istty(SemihostingMemory& mem, uint64_t args);
    uint64_t do_seek(SemihostingMemory& mem, uint64_t args);
    uint64_t do_flen(SemihostingMemory& mem, uint64_t args);
    uint64_t do_remove(SemihostingMemory& mem, uint64_t args);
    uint64_t do_rename(SemihostingMemory& mem, uint64_t args);
    uint64_t do_get_cmdline(SemihostingMemory& mem, uint64_t args);
    uint64_t do_heapinfo(SemihostingMemory& mem, uint64_t args);

    SemihostingConfig m_config;
    std::vector<Handle> m_handles;  // index = guest handle; 0 is never used
    uint64_t m_errno = 0;
};

}  // namespace vp::arm64
