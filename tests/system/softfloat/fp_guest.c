/* Guest side of the softfloat differential test: runs each instruction of
 * FP_OPS (fp_cases.h) for the generated operands and FPCR under
 * qemu-aarch64, and writes one binary fp_record (result, FPSR) per case to
 * stdout. Usage: fp_guest CASES [OP-NAME-SUBSTRING].
 * Freestanding (Linux system calls only, no C library), so that the cross
 * compiler alone is enough: build with -static -nostdlib -ffreestanding. */
#include "fp_cases.h"

static long sys_write(int fd, const void* buf, unsigned long len)
{
    register long x0 __asm__("x0") = fd;
    register long x1 __asm__("x1") = (long)buf;
    register long x2 __asm__("x2") = (long)len;
    register long x8 __asm__("x8") = 64; /* write */
    __asm__ volatile("svc #0" : "+r"(x0) : "r"(x1), "r"(x2), "r"(x8) : "memory");
    return x0;
}

static int write_all(const void* buf, unsigned long len)
{
    const char* p = (const char*)buf;
    while (len) {
        const long n = sys_write(1, p, len);
        if (n <= 0)
            return -1;
        p += n;
        len -= (unsigned long)n;
    }
    return 0;
}

static void put_err(const char* s)
{
    unsigned long n = 0;
    while (s[n])
        ++n;
    sys_write(2, s, n);
}

static int contains(const char* hay, const char* needle)
{
    for (; *hay; ++hay) {
        const char *h = hay, *n = needle;
        while (*n && *h == *n)
            ++h, ++n;
        if (!*n)
            return 1;
    }
    return !*needle;
}

/* FPCR is set and FPSR cleared inside the same asm statement as the
 * instruction, and both are reset before returning, so that nothing the
 * compiler emits runs with the test's FPCR. */
#define FP_RUN(id, text, in, nin, out)                                                      \
    static void run_##id(const struct fp_case* c, struct fp_record* rec)                    \
    {                                                                                       \
        uint64_t rf, rg, s;                                                                 \
        __asm__ volatile("msr fpcr, %[fpcr]\n\t"                                            \
                         "msr fpsr, xzr\n\t"                                                \
                         "fmov d0, %[a]\n\t"                                                \
                         "fmov d1, %[b]\n\t"                                                \
                         "fmov d2, %[c]\n\t"                                                \
                         "mov x10, %[a]\n\t"                                                \
                         "mov x9, xzr\n\t" text "\n\t"                                      \
                         "fmov %[rf], d0\n\t"                                               \
                         "mov %[rg], x9\n\t"                                                \
                         "mrs %[s], fpsr\n\t"                                               \
                         "msr fpcr, xzr\n\t"                                                \
                         "msr fpsr, xzr"                                                    \
                         : [rf] "=&r"(rf), [rg] "=&r"(rg), [s] "=&r"(s)                     \
                         : [fpcr] "r"((uint64_t)c->fpcr), [a] "r"(c->a), [b] "r"(c->b),     \
                           [c] "r"(c->c)                                                    \
                         : "x9", "x10", "v0", "v1", "v2", "cc", "memory");                  \
        rec->result = out == OUT_FP ? rf : out == OUT_W ? (rg & 0xffffffffu) : out == OUT_NZCV ? (rg >> 28) : rg; \
        rec->fpsr = (uint32_t)s;                                                            \
        rec->pad = 0;                                                                       \
    }
FP_OPS(FP_RUN)
#undef FP_RUN

#define FP_FN(id, text, in, nin, out) run_##id,
static void (*const runners[])(const struct fp_case*, struct fp_record*) = { FP_OPS(FP_FN) };
#undef FP_FN

static int guest_main(int argc, char** argv)
{
    if (argc < 2) {
        put_err("usage: fp_guest CASES [OP-NAME-SUBSTRING]\n");
        return 2;
    }
    uint32_t cases = 0;
    for (const char* p = argv[1]; *p >= '0' && *p <= '9'; ++p)
        cases = cases * 10 + (uint32_t)(*p - '0');
    const char* filter = argc > 2 ? argv[2] : "";
    static struct fp_record buf[4096];
    for (int op = 0; op < OP_COUNT; ++op) {
        if (!contains(fp_op_names[op], filter))
            continue;
        uint32_t n = 0;
        for (uint32_t i = 0; i < cases; ++i) {
            const struct fp_case c = fp_gen_case(op, i);
            runners[op](&c, &buf[n++]);
            if (n == 4096) {
                if (write_all(buf, sizeof buf[0] * n))
                    return 1;
                n = 0;
            }
        }
        if (write_all(buf, sizeof buf[0] * n))
            return 1;
    }
    return 0;
}

/* Process entry: sp points at argc, followed by the argv pointers. */
void fp_guest_start(uint64_t* sp) __attribute__((noreturn, used));
void fp_guest_start(uint64_t* sp)
{
    register long x0 __asm__("x0") = guest_main((int)sp[0], (char**)(sp + 1));
    register long x8 __asm__("x8") = 93; /* exit */
    __asm__ volatile("svc #0" : : "r"(x0), "r"(x8));
    __builtin_unreachable();
}
__asm__(".globl _start\n_start:\n\tmov x0, sp\n\tbl fp_guest_start\n");
