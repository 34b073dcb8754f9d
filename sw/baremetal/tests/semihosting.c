// Semihosting calls beyond console output, with QEMU 7.2's conventions:
// SYS_OPEN(":tt") handles, SYS_WRITE to stdout and stderr (returns bytes NOT
// written), SYS_ISTTY, SYS_GET_CMDLINE, SYS_HEAPINFO, SYS_ERRNO after a failed SYS_OPEN,
// ":semihosting-features" contents, and SYS_EXIT_EXTENDED with status 42.
#include "bm.h"

#define SYS_OPEN 0x01
#define SYS_CLOSE 0x02
#define SYS_WRITE 0x05
#define SYS_READ 0x06
#define SYS_ISTTY 0x09
#define SYS_FLEN 0x0c
#define SYS_ERRNO 0x13
#define SYS_GET_CMDLINE 0x15
#define SYS_HEAPINFO 0x16
#define SYS_EXIT_EXTENDED 0x20

static size_t len(const char* s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

static int64_t sh_open(const char* name, uint64_t mode)
{
    uint64_t args[3] = {(uint64_t)name, mode, len(name)};
    return (int64_t)bm_semihost(SYS_OPEN, args);
}

int main(void)
{
    int64_t out = sh_open(":tt", 4);   // "w": stdout
    int64_t err = sh_open(":tt", 8);   // "a": stderr
    int64_t in = sh_open(":tt", 0);    // "r": stdin
    bm_printf("open :tt r/w/a -> %ld %ld %ld\n", in, out, err);

    bm_flush();
    static const char to_stdout[] = "via SYS_WRITE to stdout\n";
    uint64_t w1[3] = {(uint64_t)out, (uint64_t)to_stdout, sizeof(to_stdout) - 1};
    uint64_t r1 = bm_semihost(SYS_WRITE, w1);
    static const char to_stderr[] = "via SYS_WRITE to stderr\n";
    uint64_t w2[3] = {(uint64_t)err, (uint64_t)to_stderr, sizeof(to_stderr) - 1};
    uint64_t r2 = bm_semihost(SYS_WRITE, w2);
    bm_printf("SYS_WRITE not written: %lu %lu\n", r1, r2);

    uint64_t tty[1] = {(uint64_t)out};
    bm_printf("SYS_ISTTY(stdout)=%lu\n", bm_semihost(SYS_ISTTY, tty));

    static char cmdline[256];
    uint64_t cl[2] = {(uint64_t)cmdline, sizeof(cmdline)};
    uint64_t r = bm_semihost(SYS_GET_CMDLINE, cl);
    // The kernel path differs from run to run: print only how it ends.
    size_t n = len(cmdline);
    bm_printf("SYS_GET_CMDLINE=%ld ends with \"semihosting.elf\": %d\n", (int64_t)r,
              n >= 15 && memcmp(cmdline + n - 15, "semihosting.elf", 15) == 0);

    uint64_t heap[4] = {0};
    uint64_t heap_ptr[1] = {(uint64_t)heap};
    bm_semihost(SYS_HEAPINFO, heap_ptr);
    extern char __el0_stack_top[];  // the end of the image
    bm_printf("SYS_HEAPINFO: heap image_end+0x%lx..0x%lx stack 0x%lx..image_end+0x%lx\n",
              heap[0] - (uint64_t)__el0_stack_top, heap[1], heap[2],
              heap[3] - (uint64_t)__el0_stack_top);

    int64_t bad = sh_open("/nonexistent/dir/file", 0);
    bm_printf("open missing file -> %ld, errno=%lu\n", bad, bm_semihost(SYS_ERRNO, 0));

    int64_t feat = sh_open(":semihosting-features", 0);
    uint8_t bytes[5] = {0};
    uint64_t rd[3] = {(uint64_t)feat, (uint64_t)bytes, sizeof(bytes)};
    uint64_t fl[1] = {(uint64_t)feat};
    int64_t flen = (int64_t)bm_semihost(SYS_FLEN, fl);
    uint64_t left = bm_semihost(SYS_READ, rd);
    bm_printf("features: handle>0=%d flen=%ld read left=%lu bytes=%02x %02x %02x %02x %02x\n",
              feat > 0, flen, left, bytes[0], bytes[1], bytes[2], bytes[3], bytes[4]);
    uint64_t close_args[1] = {(uint64_t)feat};
    bm_printf("close -> %ld\n", (int64_t)bm_semihost(SYS_CLOSE, close_args));

    bm_puts("exiting with SYS_EXIT_EXTENDED 42\n");
    bm_flush();
    uint64_t ex[2] = {ADP_STOPPED_APPLICATION_EXIT, 42};
    bm_semihost(SYS_EXIT_EXTENDED, ex);
    return 1;
}
