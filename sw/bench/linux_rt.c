// Minimal run-time for the benchmarks as static Linux/AArch64 user programs
// without a C library (none is needed, and Debian's cross libc6-dev is not a
// project dependency): _start, write/exit_group system calls, a printf subset
// matching bm_printf, memset and memcpy. Not a general-purpose libc.
#include <stdarg.h>

#include "bench.h"
#include "../baremetal/lib/format.h"

int main(int argc, char** argv);

#define SYS_WRITE 64
#define SYS_EXIT_GROUP 94

static long syscall3(long number, long a0, long a1, long a2)
{
    register long x8 __asm__("x8") = number;
    register long x0 __asm__("x0") = a0;
    register long x1 __asm__("x1") = a1;
    register long x2 __asm__("x2") = a2;
    __asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2) : "memory");
    return x0;
}

static char s_out[4096];
static size_t s_out_len;

static void flush_output(void)
{
    size_t done = 0;
    while (done < s_out_len) {
        long n = syscall3(SYS_WRITE, 1, (long)(s_out + done), (long)(s_out_len - done));
        if (n <= 0)
            break;
        done += (size_t)n;
    }
    s_out_len = 0;
}

static void put_char(char c)
{
    if (s_out_len == sizeof s_out)
        flush_output();
    s_out[s_out_len++] = c;
}

void bench_printf(const char* fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vp_vformat(put_char, fmt, ap);
    va_end(ap);
}

void* memset(void* d, int c, size_t n)
{
    unsigned char* p = d;
    while (n--)
        *p++ = (unsigned char)c;
    return d;
}

void* memcpy(void* d, const void* s, size_t n)
{
    unsigned char* p = d;
    const unsigned char* q = s;
    while (n--)
        *p++ = *q++;
    return d;
}

// Called by _start with the initial stack pointer: argc, argv[], NULL, envp...
void bench_linux_start(long* stack) __attribute__((noreturn, used));
void bench_linux_start(long* stack)
{
    int status = main((int)stack[0], (char**)(stack + 1));
    flush_output();
    syscall3(SYS_EXIT_GROUP, status, 0, 0);
    for (;;)
        ;
}

__asm__(".text\n"
        ".global _start\n"
        "_start:\n"
        "    mov x29, #0\n"
        "    mov x30, #0\n"
        "    mov x0, sp\n"
        "    bl bench_linux_start\n");
