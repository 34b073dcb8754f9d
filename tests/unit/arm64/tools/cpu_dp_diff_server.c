/* Test-writing-time tool, not built by CMake: cpu_dp_diff.py runs it under
 * qemu-aarch64 to record what real A64 hardware semantics give for random
 * sequences of data-processing instructions. Freestanding (no aarch64 libc):
 *   aarch64-linux-gnu-gcc -O1 -static -nostdlib -ffreestanding cpu_dp_diff_server.c -lgcc
 * stdin: records {u32 nwords; u32 words[16]; u64 x[31]; u64 nzcv} (little endian);
 * (n & 0x100: memory mode, see fill_data); stdout: records {u64 x[31]; u64 nzcv; u64 trapped;
 * u64 hash} after each sequence; trapped is 1 after SIGILL, 2 after SIGSEGV/SIGBUS (the faulting
 * instruction is skipped either way). */
typedef unsigned long u64;
typedef unsigned int u32;

struct In { u32 n; u32 words[16]; u64 x[31]; u64 nzcv; };
struct Out { u64 x[31]; u64 nzcv; u64 trapped; u64 hash; };

/* Memory mode (n & 0x100): a 128 KiB buffer at 0x10000000 is filled with a fixed pattern
 * before the sequence, and its FNV-1a hash after it is reported. */
#define DATA_BASE 0x10000000ul
#define DATA_SIZE 0x20000ul
static void fill_data(void)
{
    u64 *d = (u64 *)DATA_BASE;
    for (u64 k = 0; k < DATA_SIZE / 8; ++k)
        d[k] = k * 0x9E3779B97F4A7C15ul + 0x0123456789ABCDEFul;
}
static u64 hash_data(void)
{
    const unsigned char *d = (const unsigned char *)DATA_BASE;
    u64 h = 0xcbf29ce484222325ul;
    for (u64 i = 0; i < DATA_SIZE; ++i)
        h = (h ^ d[i]) * 0x100000001b3ul;
    return h;
}

/* The code page: prologue at 0 loads x0..x30/NZCV from page+0x800, the block follows, a
 * branch goes to the epilogue at 0x400, which stores them to page+0xA00 and returns. */
__asm__(".text\n.global _start\n_start:\n  mov x29, #0\n  bl main\n  mov x8, #93\n  svc #0\n"
        "sig_restorer:\n  mov x8, #139\n  svc #0\n"
        "tmpl_pro:\n  sub sp, sp, #96\n  stp x19, x20, [sp]\n  stp x21, x22, [sp, #16]\n"
        "  stp x23, x24, [sp, #32]\n  stp x25, x26, [sp, #48]\n  stp x27, x28, [sp, #64]\n"
        "  stp x29, x30, [sp, #80]\n  adr x30, tmpl_pro + 0x800\n  ldr x0, [x30, #248]\n"
        "  msr nzcv, x0\n  ldp x0, x1, [x30]\n  ldp x2, x3, [x30, #16]\n  ldp x4, x5, [x30, #32]\n"
        "  ldp x6, x7, [x30, #48]\n  ldp x8, x9, [x30, #64]\n  ldp x10, x11, [x30, #80]\n"
        "  ldp x12, x13, [x30, #96]\n  ldp x14, x15, [x30, #112]\n  ldp x16, x17, [x30, #128]\n"
        "  ldp x18, x19, [x30, #144]\n  ldp x20, x21, [x30, #160]\n  ldp x22, x23, [x30, #176]\n"
        "  ldp x24, x25, [x30, #192]\n  ldp x26, x27, [x30, #208]\n  ldp x28, x29, [x30, #224]\n"
        "  ldr x30, [x30, #240]\ntmpl_pro_end:\n"
        "tmpl_epi:\n  str x30, [sp, #-16]!\n  adr x30, tmpl_epi + 0x600\n  stp x0, x1, [x30]\n"
        "  stp x2, x3, [x30, #16]\n  stp x4, x5, [x30, #32]\n  stp x6, x7, [x30, #48]\n"
        "  stp x8, x9, [x30, #64]\n  stp x10, x11, [x30, #80]\n  stp x12, x13, [x30, #96]\n"
        "  stp x14, x15, [x30, #112]\n  stp x16, x17, [x30, #128]\n  stp x18, x19, [x30, #144]\n"
        "  stp x20, x21, [x30, #160]\n  stp x22, x23, [x30, #176]\n  stp x24, x25, [x30, #192]\n"
        "  stp x26, x27, [x30, #208]\n  stp x28, x29, [x30, #224]\n  ldr x0, [sp], #16\n"
        "  str x0, [x30, #240]\n  mrs x0, nzcv\n  str x0, [x30, #248]\n  ldp x19, x20, [sp]\n"
        "  ldp x21, x22, [sp, #16]\n  ldp x23, x24, [sp, #32]\n  ldp x25, x26, [sp, #48]\n"
        "  ldp x27, x28, [sp, #64]\n  ldp x29, x30, [sp, #80]\n  add sp, sp, #96\n  ret\n"
        "tmpl_epi_end:\n"
        ".global tmpl_pro, tmpl_pro_end, tmpl_epi, tmpl_epi_end, sig_restorer\n");
extern const u32 tmpl_pro[], tmpl_pro_end[], tmpl_epi[], tmpl_epi_end[];
extern void sig_restorer(void);

static long sys6(long n, long a, long b, long c, long d, long e, long f)
{
    register long x8 __asm__("x8") = n;
    register long x0 __asm__("x0") = a;
    register long x1 __asm__("x1") = b;
    register long x2 __asm__("x2") = c;
    register long x3 __asm__("x3") = d;
    register long x4 __asm__("x4") = e;
    register long x5 __asm__("x5") = f;
    __asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5)
                     : "memory");
    return x0;
}

static volatile int trapped;
static void on_signal(int sig, void *info, void *uc)
{
    (void)info;
    trapped = sig == 4 ? 1 : 2; /* SIGILL: 1, SIGSEGV/SIGBUS (a load/store faulted): 2 */
    *(u64 *)((char *)uc + 440) += 4; /* uc_mcontext.pc: skip the instruction */
}

static struct In in_buf[4096];
static struct Out out_buf[4096];

int main(void)
{
    long total = 0, n;
    while ((n = sys6(63, 0, (long)((char *)in_buf + total), sizeof(in_buf) - total, 0, 0, 0)) > 0)
        total += n;
    u32 *page = (u32 *)sys6(222, 0, 8192, 7, 0x22, -1, 0); /* mmap RWX anonymous */
    sys6(222, DATA_BASE, DATA_SIZE, 3, 0x32, -1, 0);       /* data buffer, MAP_FIXED */
    struct { void *handler; u64 flags; void *restorer; u64 mask; } sa = {
        (void *)on_signal, 0x04000004, (void *)sig_restorer, 0};
    sys6(134, 4, (long)&sa, 0, 8, 0, 0);  /* rt_sigaction(SIGILL) */
    sys6(134, 7, (long)&sa, 0, 8, 0, 0);  /* SIGBUS */
    sys6(134, 11, (long)&sa, 0, 8, 0, 0); /* SIGSEGV */
    unsigned pro = tmpl_pro_end - tmpl_pro, epi = tmpl_epi_end - tmpl_epi;
    for (unsigned i = 0; i < epi; ++i)
        page[0x100 + i] = tmpl_epi[i];
    long count = total / (long)sizeof(struct In);
    for (long r = 0; r < count; ++r) {
        struct In *rec = &in_buf[r];
        for (unsigned i = 0; i < pro; ++i)
            page[i] = tmpl_pro[i];
        unsigned pos = pro;
        const unsigned memory_mode = rec->n & 0x100, n = rec->n & 0xFF;
        if (memory_mode)
            fill_data();
        for (unsigned i = 0; i < n && i < 16; ++i)
            page[pos++] = rec->words[i];
        page[pos] = 0x14000000u | ((0x100 - pos) & 0x3FFFFFF);
        u64 *data = (u64 *)((char *)page + 0x800);
        for (int i = 0; i < 31; ++i)
            data[i] = rec->x[i];
        data[31] = rec->nzcv;
        __builtin___clear_cache((char *)page, (char *)page + 0x800);
        trapped = 0;
        ((void (*)(void))page)();
        u64 *res = (u64 *)((char *)page + 0xA00);
        for (int i = 0; i < 31; ++i)
            out_buf[r].x[i] = res[i];
        out_buf[r].nzcv = res[31];
        out_buf[r].trapped = trapped;
        out_buf[r].hash = memory_mode ? hash_data() : 0;
    }
    char *p = (char *)out_buf;
    long left = count * (long)sizeof(struct Out);
    while (left > 0) {
        n = sys6(64, 1, (long)p, left, 0, 0, 0);
        if (n <= 0)
            break;
        p += n;
        left -= n;
    }
    return 0;
}
