/* Test-writing-time tool, not built by CMake: alu_qemu_vectors.py runs it under qemu-aarch64 to
 * learn what real A64 semantics give for single instructions. Freestanding (no aarch64 libc is
 * installed): aarch64-linux-gnu-gcc -O1 -static -nostdlib -ffreestanding a64_exec_server.c -lgcc
 * stdin lines:  "<enc> <x0> <x1> <nzcv>" (hex). The instruction runs with x0, x1 and NZCV (bits
 * [31:28]) preset; stdout lines: "<x0> <nzcv>" (hex) afterwards, or "ILL" if it raised SIGILL. */
typedef unsigned long u64;
typedef unsigned int u32;

__asm__(".text\n.global _start\n_start:\n  mov x29, #0\n  bl main\n  mov x8, #93\n  svc #0\n"
        ".global slot_template\nslot_template:\n"
        "  msr nzcv, x2\n  nop\n  mrs x2, nzcv\n  str x2, [x3]\n  ret\n"
        ".global sig_restorer\nsig_restorer:\n  mov x8, #139\n  svc #0\n");
extern const u32 slot_template[5];
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
    __asm__ volatile("svc #0"
                     : "+r"(x0)
                     : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5)
                     : "memory");
    return x0;
}

static volatile int trapped;
static void on_sigill(int sig, void *info, void *uc)
{
    (void)sig; (void)info;
    trapped = 1;
    *(u64 *)((char *)uc + 440) += 4; /* ucontext.uc_mcontext.pc: skip the instruction */
}

static char in_buf[64 << 20], out_buf[64 << 20];

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
static char *parse_hex(char *p, u64 *v)
{
    while (*p == ' ' || *p == '\n') ++p;
    *v = 0;
    int h;
    while ((h = hexval(*p)) >= 0) { *v = (*v << 4) | (u64)h; ++p; }
    return p;
}
static char *put_hex(char *o, u64 v)
{
    char tmp[16];
    int n = 0;
    do { tmp[n++] = "0123456789abcdef"[v & 15]; v >>= 4; } while (v);
    while (n) *o++ = tmp[--n];
    return o;
}

int main(void)
{
    long len = 0, r;
    while ((r = sys6(63, 0, (long)(in_buf + len), (long)(sizeof in_buf - 1 - len), 0, 0, 0)) > 0)
        len += r;
    in_buf[len] = 0;
    u32 *code = (u32 *)sys6(222, 0, 4096, 7, 0x22, -1, 0); /* RWX anonymous private */
    for (int i = 0; i < 5; ++i) code[i] = slot_template[i];
    struct { void *handler; u64 flags; void *restorer; u64 mask; } sa = {
        (void *)on_sigill, 4 | 0x04000000 /* SA_SIGINFO | SA_RESTORER */, (void *)sig_restorer, 0 };
    sys6(134, 4 /* SIGILL */, (long)&sa, 0, 8, 0, 0);
    typedef u64 (*slot_fn)(u64, u64, u64, u64 *);
    char *p = in_buf, *o = out_buf;
    for (;;) {
        u64 enc, x0, x1, nz;
        while (*p == ' ' || *p == '\n') ++p;
        if (!*p) break;
        p = parse_hex(p, &enc); p = parse_hex(p, &x0); p = parse_hex(p, &x1); p = parse_hex(p, &nz);
        code[1] = (u32)enc;
        __builtin___clear_cache((char *)code, (char *)(code + 5));
        volatile u64 flags = 0;
        trapped = 0;
        u64 res = ((slot_fn)(void *)code)(x0, x1, nz, (u64 *)&flags);
        if (trapped) { *o++ = 'I'; *o++ = 'L'; *o++ = 'L'; }
        else { o = put_hex(o, res); *o++ = ' '; o = put_hex(o, flags); }
        *o++ = '\n';
    }
    for (char *w = out_buf; w < o;) {
        r = sys6(64, 1, (long)w, (long)(o - w), 0, 0, 0);
        if (r <= 0) return 1;
        w += r;
    }
    return 0;
}
