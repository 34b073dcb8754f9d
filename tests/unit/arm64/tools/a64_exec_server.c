/* Test-writing-time tool, not built by CMake: the generators in this folder run it under
 * qemu-aarch64 -cpu cortex-a53 to learn what real A64 semantics give for single instructions.
 * Freestanding (no aarch64 libc is installed):
 *   aarch64-linux-gnu-gcc -O1 -static -nostdlib -ffreestanding -mgeneral-regs-only \
 *       a64_exec_server.c -lgcc
 * Two kinds of stdin line (hex numbers), one stdout line each (or "ILL" if it raised SIGILL):
 * - "<enc> <x0> <x1> <nzcv>" (alu_qemu_vectors.py): the instruction runs with x0, x1 and NZCV
 *   (bits [31:28]) preset; prints "<x0> <nzcv>" afterwards.
 * - "S <enc> <nzcv> <fpcr> <fpsr> <x0>..<x30> <v0 lo> <v0 hi> .. <v31 hi>" (insn_vectors.py,
 *   the full-state mode): the instruction runs with all of X0-X30, V0-V31, NZCV, FPCR and FPSR
 *   preset; prints "<x0>..<x30> <nzcv> <fpcr> <fpsr> <v0 lo> <v0 hi> .. <v31 hi>" afterwards. */
typedef unsigned long u64;
typedef unsigned int u32;

__asm__(".text\n.global _start\n_start:\n  mov x29, #0\n  bl main\n  mov x8, #93\n  svc #0\n"
        ".global slot_template\nslot_template:\n"
        "  msr nzcv, x2\n  nop\n  mrs x2, nzcv\n  str x2, [x3]\n  ret\n"
        ".global sig_restorer\nsig_restorer:\n  mov x8, #139\n  svc #0\n");
extern const u32 slot_template[5];

/* Full-state mode: a page holds the prologue at 0 (saves the callee-saved registers, loads the
 * state block at page + 0x1000), the instruction, a branch to the epilogue at 0x400 (stores the
 * state to page + 0x1400, restores and returns). State block: x0-x30 at 0, nzcv at 248, fpcr at
 * 256, fpsr at 264, v0-v31 (low, high) at 272. The templates are position independent. */
__asm__(".text\n.global full_pro, full_pro_end, full_epi, full_epi_end\n"
        "full_pro:\n  sub sp, sp, #160\n  stp x19, x20, [sp]\n  stp x21, x22, [sp, #16]\n"
        "  stp x23, x24, [sp, #32]\n  stp x25, x26, [sp, #48]\n  stp x27, x28, [sp, #64]\n"
        "  stp x29, x30, [sp, #80]\n  stp d8, d9, [sp, #96]\n  stp d10, d11, [sp, #112]\n"
        "  stp d12, d13, [sp, #128]\n  stp d14, d15, [sp, #144]\n"
        "  adr x30, full_pro + 0x1000\n  add x0, x30, #272\n"
        "  ld1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x0], #64\n"
        "  ld1 {v4.2d, v5.2d, v6.2d, v7.2d}, [x0], #64\n"
        "  ld1 {v8.2d, v9.2d, v10.2d, v11.2d}, [x0], #64\n"
        "  ld1 {v12.2d, v13.2d, v14.2d, v15.2d}, [x0], #64\n"
        "  ld1 {v16.2d, v17.2d, v18.2d, v19.2d}, [x0], #64\n"
        "  ld1 {v20.2d, v21.2d, v22.2d, v23.2d}, [x0], #64\n"
        "  ld1 {v24.2d, v25.2d, v26.2d, v27.2d}, [x0], #64\n"
        "  ld1 {v28.2d, v29.2d, v30.2d, v31.2d}, [x0], #64\n"
        "  ldr x0, [x30, #256]\n  msr fpcr, x0\n  ldr x0, [x30, #264]\n  msr fpsr, x0\n"
        "  ldr x0, [x30, #248]\n  msr nzcv, x0\n"
        "  ldp x0, x1, [x30]\n  ldp x2, x3, [x30, #16]\n  ldp x4, x5, [x30, #32]\n"
        "  ldp x6, x7, [x30, #48]\n  ldp x8, x9, [x30, #64]\n  ldp x10, x11, [x30, #80]\n"
        "  ldp x12, x13, [x30, #96]\n  ldp x14, x15, [x30, #112]\n  ldp x16, x17, [x30, #128]\n"
        "  ldp x18, x19, [x30, #144]\n  ldp x20, x21, [x30, #160]\n  ldp x22, x23, [x30, #176]\n"
        "  ldp x24, x25, [x30, #192]\n  ldp x26, x27, [x30, #208]\n  ldp x28, x29, [x30, #224]\n"
        "  ldr x30, [x30, #240]\nfull_pro_end:\n"
        "full_epi:\n  str x30, [sp, #-16]!\n  adr x30, full_epi + 0x1000\n"
        "  stp x0, x1, [x30]\n  stp x2, x3, [x30, #16]\n  stp x4, x5, [x30, #32]\n"
        "  stp x6, x7, [x30, #48]\n  stp x8, x9, [x30, #64]\n  stp x10, x11, [x30, #80]\n"
        "  stp x12, x13, [x30, #96]\n  stp x14, x15, [x30, #112]\n  stp x16, x17, [x30, #128]\n"
        "  stp x18, x19, [x30, #144]\n  stp x20, x21, [x30, #160]\n  stp x22, x23, [x30, #176]\n"
        "  stp x24, x25, [x30, #192]\n  stp x26, x27, [x30, #208]\n  stp x28, x29, [x30, #224]\n"
        "  ldr x0, [sp], #16\n  str x0, [x30, #240]\n  mrs x0, nzcv\n  str x0, [x30, #248]\n"
        "  mrs x0, fpcr\n  str x0, [x30, #256]\n  mrs x0, fpsr\n  str x0, [x30, #264]\n"
        "  add x0, x30, #272\n"
        "  st1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x0], #64\n"
        "  st1 {v4.2d, v5.2d, v6.2d, v7.2d}, [x0], #64\n"
        "  st1 {v8.2d, v9.2d, v10.2d, v11.2d}, [x0], #64\n"
        "  st1 {v12.2d, v13.2d, v14.2d, v15.2d}, [x0], #64\n"
        "  st1 {v16.2d, v17.2d, v18.2d, v19.2d}, [x0], #64\n"
        "  st1 {v20.2d, v21.2d, v22.2d, v23.2d}, [x0], #64\n"
        "  st1 {v24.2d, v25.2d, v26.2d, v27.2d}, [x0], #64\n"
        "  st1 {v28.2d, v29.2d, v30.2d, v31.2d}, [x0], #64\n"
        "  mov x0, #0\n  msr fpcr, x0\n"
        "  ldp x19, x20, [sp]\n  ldp x21, x22, [sp, #16]\n  ldp x23, x24, [sp, #32]\n"
        "  ldp x25, x26, [sp, #48]\n  ldp x27, x28, [sp, #64]\n  ldp x29, x30, [sp, #80]\n"
        "  ldp d8, d9, [sp, #96]\n  ldp d10, d11, [sp, #112]\n  ldp d12, d13, [sp, #128]\n"
        "  ldp d14, d15, [sp, #144]\n  add sp, sp, #160\n  ret\nfull_epi_end:\n");
extern const u32 full_pro[], full_pro_end[], full_epi[], full_epi_end[];
#define FULL_WORDS 98 /* x0-x30, nzcv, fpcr, fpsr, v0-v31 as 64 halves (34 + 64) */
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
    u32 *full = (u32 *)sys6(222, 0, 8192, 7, 0x22, -1, 0);
    const unsigned pro = (unsigned)(full_pro_end - full_pro), epi = (unsigned)(full_epi_end - full_epi);
    for (unsigned i = 0; i < pro; ++i) full[i] = full_pro[i];
    for (unsigned i = 0; i < epi; ++i) full[0x100 + i] = full_epi[i];
    full[pro + 1] = 0x14000000u | ((0x100 - (pro + 1)) & 0x3FFFFFF); /* b epilogue */
    u64 *state_in = (u64 *)((char *)full + 0x1000), *state_out = (u64 *)((char *)full + 0x1400);
    char *p = in_buf, *o = out_buf;
    for (;;) {
        u64 enc, x0, x1, nz;
        while (*p == ' ' || *p == '\n') ++p;
        if (!*p) break;
        if (*p == 'S') { /* full-state mode */
            u64 v;
            p = parse_hex(p + 1, &enc);
            p = parse_hex(p, &v); state_in[31] = v; /* nzcv */
            p = parse_hex(p, &v); state_in[32] = v; /* fpcr */
            p = parse_hex(p, &v); state_in[33] = v; /* fpsr */
            for (int i = 0; i < 31; ++i) p = parse_hex(p, &state_in[i]);
            for (int i = 0; i < 64; ++i) p = parse_hex(p, &state_in[34 + i]);
            full[pro] = (u32)enc;
            __builtin___clear_cache((char *)full, (char *)(full + 0x100 + epi));
            trapped = 0;
            ((void (*)(void))(void *)full)();
            if (trapped) { *o++ = 'I'; *o++ = 'L'; *o++ = 'L'; }
            else
                for (int i = 0; i < FULL_WORDS; ++i) {
                    if (i) *o++ = ' ';
                    o = put_hex(o, state_out[i]);
                }
            *o++ = '\n';
            continue;
        }
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
