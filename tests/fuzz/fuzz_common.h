// Helpers shared by the libFuzzer harnesses of virt64's input parsers
// (fuzz_elf_loader, fuzz_linux_loader, fuzz_user_dtb, fuzz_command_line,
// fuzz_virtio_blk; docs/fuzzing.md).
// - A byte cursor that yields zeros once the input runs out.
// - A scratch file in /dev/shm that an input is written to, for the loaders,
//   which read their images by path as virt64 does.
// - A SystemC report handler: "virtio/..." warnings are guest errors and
//   counted; any other report aborts, so libFuzzer records the input.
// - finding(): prints what invariant broke and aborts.
#pragma once

#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <fcntl.h>
#include <unistd.h>

#include <systemc>

namespace vp::fuzz {

struct Cursor {
    const uint8_t* p;
    size_t n;
    size_t at = 0;
    bool more() const { return at < n; }
    size_t left() const { return n - at; }
    uint8_t u8() { return at < n ? p[at++] : 0; }
    uint16_t u16() { return static_cast<uint16_t>(u8() | u8() << 8); }
    uint32_t u32() { return u16() | static_cast<uint32_t>(u16()) << 16; }
    uint64_t u64() { return u32() | static_cast<uint64_t>(u32()) << 32; }
    // Up to `len` bytes (fewer when the input ends), as a pointer into it.
    const uint8_t* take(size_t len, size_t& got)
    {
        got = len < left() ? len : left();
        const uint8_t* q = p + at;
        at += got;
        return q;
    }
};

// An invariant of the code under test does not hold: print it and abort.
[[noreturn]] inline void finding(const char* fmt, ...)
{
    std::va_list ap;
    va_start(ap, fmt);
    std::fputs("FUZZ FINDING: ", stderr);
    std::vfprintf(stderr, fmt, ap);
    std::fputc('\n', stderr);
    va_end(ap);
    std::abort();
}

// A file in /dev/shm (tmpfs, so writing it costs a memcpy), unlinked when the
// process ends. write() replaces its contents.
class ScratchFile {
public:
    explicit ScratchFile(const char* tag)
    {
        m_path = std::string("/dev/shm/fuzz_") + tag + "_" + std::to_string(getpid());
    }
    ~ScratchFile() { unlink(m_path.c_str()); }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;

    const std::string& path() const { return m_path; }

    void write(const uint8_t* data, size_t size) const
    {
        const int fd = open(m_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        size_t done = 0;
        while (fd >= 0 && done < size) {
            const ssize_t n = ::write(fd, data + done, size - done);
            if (n <= 0)
                break;
            done += static_cast<size_t>(n);
        }
        if (fd < 0 || done != size) {
            std::perror(m_path.c_str());
            std::abort();
        }
        close(fd);
    }

private:
    std::string m_path;
};

// Guest-error warnings counted by the report handler.
inline uint64_t g_guest_warnings = 0;

inline void report_handler(const sc_core::sc_report& rep, const sc_core::sc_actions&)
{
    const std::string type = rep.get_msg_type();
    if (rep.get_severity() == sc_core::SC_INFO)
        return;
    if (rep.get_severity() == sc_core::SC_WARNING && type.rfind("virtio/", 0) == 0) {
        ++g_guest_warnings;
        static const bool verbose = std::getenv("FUZZ_VERBOSE") != nullptr;
        if (verbose)
            std::fprintf(stderr, "warning %s: %s\n", type.c_str(), rep.get_msg());
        return;
    }
    finding("unexpected SystemC report %s (severity %d): %s", type.c_str(),
            static_cast<int>(rep.get_severity()), rep.get_msg());
}

inline void install_report_handler()
{
    sc_core::sc_report_handler::set_handler(report_handler);
}

}  // namespace vp::fuzz

// The harnesses keep their benches for the whole process on purpose: no
// leak report at exit (leaks within one input are still found).
#define VP_FUZZ_COMMON_MAIN                                                              \
    extern "C" const char* __asan_default_options() { return "leak_check_at_exit=0"; }   \
    int sc_main(int, char*[]) { return 0; }
