// printf-style formatting shared by the bare-metal support library (bm.c)
// and the Linux build of the benchmarks (sw/bench/linux_rt.c): %d %i %u %x
// %p %s %c %%, 'l' modifiers, a width and 0-padding. Each character goes to
// the caller's put function. Included by exactly one file per program.
#pragma once

#include <stdarg.h>
#include <stdint.h>

static void fmt_number(void (*put)(char), uint64_t v, unsigned base, int negative, int width, char pad)
{
    char buf[24];
    int n = 0;
    do {
        unsigned d = (unsigned)(v % base);
        buf[n++] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
        v /= base;
    } while (v);
    if (negative)
        buf[n++] = '-';
    for (int i = n; i < width; i++)
        put(pad);
    while (n)
        put(buf[--n]);
}

static void vp_vformat(void (*put)(char), const char* fmt, va_list ap)
{
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            put(*fmt);
            continue;
        }
        fmt++;
        char pad = ' ';
        int width = 0, longs = 0;
        if (*fmt == '0') {
            pad = '0';
            fmt++;
        }
        while (*fmt >= '0' && *fmt <= '9')
            width = width * 10 + (*fmt++ - '0');
        while (*fmt == 'l') {
            longs++;
            fmt++;
        }
        switch (*fmt) {
        case 'd':
        case 'i': {
            int64_t v = longs ? va_arg(ap, int64_t) : va_arg(ap, int);
            fmt_number(put, v < 0 ? -(uint64_t)v : (uint64_t)v, 10, v < 0, width, pad);
            break;
        }
        case 'u':
            fmt_number(put, longs ? va_arg(ap, uint64_t) : va_arg(ap, unsigned), 10, 0, width, pad);
            break;
        case 'x':
            fmt_number(put, longs ? va_arg(ap, uint64_t) : va_arg(ap, unsigned), 16, 0, width, pad);
            break;
        case 'p':
            put('0');
            put('x');
            fmt_number(put, (uint64_t)va_arg(ap, void*), 16, 0, width, pad);
            break;
        case 's': {
            const char* s = va_arg(ap, const char*);
            for (s = s ? s : "(null)"; *s; s++)
                put(*s);
            break;
        }
        case 'c':
            put((char)va_arg(ap, int));
            break;
        case '%':
            put('%');
            break;
        default:
            put('?');
            break;
        }
    }
}
