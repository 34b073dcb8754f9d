// Integer CPU benchmark: a mix of bitwise CRC-32, a linked-list merge sort, an
// array heap sort, a 16x16 integer matrix multiply and a token-scanning state
// machine, each iteration on freshly generated data. Prints per-kernel
// checksums so that every simulator's result can be compared with the others.
// Built bare-metal (semihosting; with INTBENCH_MMU after turning the MMU on
// with an identity map) and as a static Linux program from this file.
#include "bench.h"

#ifndef INTBENCH_ITERATIONS
#define INTBENCH_ITERATIONS 2000
#endif

#define CRC_BYTES 512
#define LIST_NODES 256
#define HEAP_ELEMENTS 256
#define MATRIX_N 16
#define TEXT_BYTES 1024

struct list_node {
    struct list_node* next;
    int32_t key;
    uint32_t payload;
};

// All data the kernels write, page-aligned so that no store lands in a page
// that holds code: simulators that track code pages for self-modifying code
// (QEMU's TCG, a decoded-instruction cache) would otherwise measure their
// invalidation path instead of the workload.
static struct {
    uint8_t crc_data[CRC_BYTES];
    struct list_node nodes[LIST_NODES];
    uint32_t heap[HEAP_ELEMENTS];
    int32_t matrix_a[MATRIX_N][MATRIX_N];
    int32_t matrix_b[MATRIX_N][MATRIX_N];
    int32_t matrix_c[MATRIX_N][MATRIX_N];
    char text[TEXT_BYTES + 1];
} s_work __attribute__((aligned(4096)));

// ---- pseudo-random data ----

static uint32_t next_random(uint32_t* state)
{
    // xorshift32: shifts and xors only, never zero for a nonzero seed.
    uint32_t x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *state = x;
    return x;
}

// Folds a value into a running checksum (a 32-bit multiplicative hash step).
static uint32_t mix(uint32_t sum, uint32_t value)
{
    sum ^= value;
    sum *= 0x9E3779B1u;
    return sum ^ (sum >> 15);
}

// ---- kernel 1: bitwise CRC-32 (reflected, polynomial 0xEDB88320) ----

BENCH_NOINLINE static void crc_fill(uint32_t seed)
{
    uint32_t state = seed | 1u;
    for (unsigned i = 0; i < CRC_BYTES; i += 4) {
        uint32_t r = next_random(&state);
        s_work.crc_data[i] = (uint8_t)r;
        s_work.crc_data[i + 1] = (uint8_t)(r >> 8);
        s_work.crc_data[i + 2] = (uint8_t)(r >> 16);
        s_work.crc_data[i + 3] = (uint8_t)(r >> 24);
    }
}

BENCH_NOINLINE static uint32_t crc32_bitwise(const uint8_t* data, size_t length)
{
    uint32_t crc = 0xFFFFFFFFu;
    for (size_t i = 0; i < length; i++) {
        crc ^= data[i];
        for (int bit = 0; bit < 8; bit++) {
            if (crc & 1u)
                crc = (crc >> 1) ^ 0xEDB88320u;
            else
                crc >>= 1;
        }
    }
    return ~crc;
}

// ---- kernel 2: singly linked list, recursive merge sort by key ----

// Links the nodes in a scrambled order (stride 97 is odd, so a permutation).
BENCH_NOINLINE static struct list_node* list_build(uint32_t seed)
{
    uint32_t state = seed ^ 0xA5A5A5A5u;
    struct list_node* head = NULL;
    unsigned index = 0;
    for (unsigned i = 0; i < LIST_NODES; i++) {
        struct list_node* node = &s_work.nodes[index];
        uint32_t r = next_random(&state);
        node->key = (int32_t)(r % 1000u) - 500;  // many duplicate keys
        node->payload = r >> 10;
        node->next = head;
        head = node;
        index = (index + 97u) % LIST_NODES;
    }
    return head;
}

static struct list_node* list_merge(struct list_node* a, struct list_node* b)
{
    struct list_node head;
    struct list_node* tail = &head;
    while (a && b) {
        // <= keeps the sort stable, so the payload order is deterministic.
        if (a->key <= b->key) {
            tail->next = a;
            a = a->next;
        } else {
            tail->next = b;
            b = b->next;
        }
        tail = tail->next;
    }
    tail->next = a ? a : b;
    return head.next;
}

BENCH_NOINLINE static struct list_node* list_sort(struct list_node* list)
{
    if (!list || !list->next)
        return list;
    // Split in the middle with a slow and a fast pointer.
    struct list_node* slow = list;
    struct list_node* fast = list->next;
    while (fast && fast->next) {
        slow = slow->next;
        fast = fast->next->next;
    }
    struct list_node* second = slow->next;
    slow->next = NULL;
    return list_merge(list_sort(list), list_sort(second));
}

// Returns a checksum of the sorted order; an unsorted list adds a penalty
// that changes the checksum.
BENCH_NOINLINE static uint32_t list_checksum(const struct list_node* list)
{
    uint32_t sum = 0;
    unsigned position = 0;
    int32_t previous = -1000;
    for (; list; list = list->next, position++) {
        if (list->key < previous)
            sum += 0x10000u;
        previous = list->key;
        sum = mix(sum, list->payload + position);
    }
    return mix(sum, position);
}

// ---- kernel 3: heap sort of an array ----

BENCH_NOINLINE static void heap_fill(uint32_t seed)
{
    uint32_t state = seed + 0x1234567u;
    for (unsigned i = 0; i < HEAP_ELEMENTS; i++)
        s_work.heap[i] = next_random(&state) >> 8;
}

static void sift_down(uint32_t* a, unsigned root, unsigned count)
{
    uint32_t value = a[root];
    for (;;) {
        unsigned child = 2 * root + 1;
        if (child >= count)
            break;
        if (child + 1 < count && a[child + 1] > a[child])
            child++;
        if (a[child] <= value)
            break;
        a[root] = a[child];
        root = child;
    }
    a[root] = value;
}

BENCH_NOINLINE static void heap_sort(uint32_t* a, unsigned count)
{
    for (unsigned i = count / 2; i-- > 0;)
        sift_down(a, i, count);
    for (unsigned end = count - 1; end > 0; end--) {
        uint32_t top = a[0];
        a[0] = a[end];
        a[end] = top;
        sift_down(a, 0, end);
    }
}

BENCH_NOINLINE static uint32_t heap_checksum(const uint32_t* a, unsigned count)
{
    uint32_t sum = 0;
    for (unsigned i = 0; i < count; i++) {
        if (i && a[i - 1] > a[i])
            sum += 0x10000u;
        sum = mix(sum, a[i] ^ i);
    }
    return sum;
}

// ---- kernel 4: integer matrix multiply ----

BENCH_NOINLINE static void matrix_fill(uint32_t seed)
{
    uint32_t state = seed * 2654435761u + 1u;
    for (unsigned i = 0; i < MATRIX_N; i++) {
        for (unsigned j = 0; j < MATRIX_N; j++) {
            uint32_t r = next_random(&state);
            s_work.matrix_a[i][j] = (int32_t)(r & 0x3FF) - 512;
            s_work.matrix_b[i][j] = (int32_t)((r >> 12) & 0x7FF) - 1024;
        }
    }
}

BENCH_NOINLINE static void matrix_multiply(void)
{
    for (unsigned i = 0; i < MATRIX_N; i++) {
        for (unsigned j = 0; j < MATRIX_N; j++) {
            int32_t acc = 0;
            for (unsigned k = 0; k < MATRIX_N; k++)
                acc += s_work.matrix_a[i][k] * s_work.matrix_b[k][j];
            s_work.matrix_c[i][j] = acc;
        }
    }
}

BENCH_NOINLINE static uint32_t matrix_checksum(void)
{
    uint32_t sum = 0;
    int32_t trace = 0;
    for (unsigned i = 0; i < MATRIX_N; i++) {
        trace += s_work.matrix_c[i][i];
        for (unsigned j = 0; j < MATRIX_N; j++)
            sum = mix(sum, (uint32_t)s_work.matrix_c[i][j]);
    }
    return mix(sum, (uint32_t)trace);
}

// ---- kernel 5: tokenizer state machine over generated text ----

// Writes a stream of decimal and hex numbers, identifiers, operators, blanks
// and a few stray characters.
BENCH_NOINLINE static void text_fill(uint32_t seed)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz_";
    static const char operators[] = "+-*/=<>(){};,";
    uint32_t state = seed ^ 0x5EED5EEDu;
    unsigned pos = 0;
    while (pos < TEXT_BYTES - 24) {
        uint32_t r = next_random(&state);
        unsigned length = 1 + ((r >> 8) & 7);
        switch (r & 7) {
        case 0:
        case 1:  // decimal number
            for (unsigned i = 0; i < length; i++)
                s_work.text[pos++] = (char)('0' + ((r >> (i + 11)) % 10));
            break;
        case 2:  // hexadecimal number
            s_work.text[pos++] = '0';
            s_work.text[pos++] = 'x';
            for (unsigned i = 0; i < length; i++) {
                unsigned digit = (r >> (4 * i)) & 15;
                s_work.text[pos++] = (char)(digit < 10 ? '0' + digit : 'A' + digit - 10);
            }
            break;
        case 3:
        case 4:  // identifier
            for (unsigned i = 0; i < length; i++)
                s_work.text[pos++] = alphabet[((r >> (i + 12)) & 0xFF) % 27];
            break;
        case 5:  // operator
            s_work.text[pos++] = operators[(r >> 16) % 13];
            break;
        case 6:  // stray character
            s_work.text[pos++] = (char)('!' + ((r >> 20) & 1));
            break;
        default:
            break;
        }
        s_work.text[pos++] = (r & 0x10000) ? ' ' : '\n';
    }
    s_work.text[pos] = '\0';
}

enum scan_state { SCAN_IDLE, SCAN_DECIMAL, SCAN_ZERO, SCAN_HEX, SCAN_IDENT, SCAN_BAD };

struct scan_result {
    uint32_t decimals, hexes, identifiers, operators, errors, lines;
    uint32_t value_sum;   // sum of all numbers, modulo 2^32
    uint32_t ident_hash;  // hash of all identifiers
};

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static int hex_value(char c)
{
    if (is_digit(c))
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Ends the current token at a character that cannot continue it.
static void scan_finish(struct scan_result* r, enum scan_state state, uint32_t value, uint32_t hash)
{
    switch (state) {
    case SCAN_DECIMAL:
    case SCAN_ZERO:
        r->decimals++;
        r->value_sum += value;
        break;
    case SCAN_HEX:
        r->hexes++;
        r->value_sum += value;
        break;
    case SCAN_IDENT:
        r->identifiers++;
        r->ident_hash = mix(r->ident_hash, hash);
        break;
    case SCAN_BAD:
        r->errors++;
        break;
    case SCAN_IDLE:
        break;
    }
}

BENCH_NOINLINE static void scan_text(const char* text, struct scan_result* r)
{
    enum scan_state state = SCAN_IDLE;
    uint32_t value = 0, hash = 0;
    for (const char* p = text;; p++) {
        char c = *p;
        switch (state) {
        case SCAN_DECIMAL:
            if (is_digit(c)) {
                value = value * 10 + (uint32_t)(c - '0');
                continue;
            }
            if (is_alpha(c)) {
                state = SCAN_BAD;
                continue;
            }
            break;
        case SCAN_ZERO:
            if (c == 'x') {
                state = SCAN_HEX;
                continue;
            }
            if (is_digit(c)) {
                state = SCAN_DECIMAL;
                value = (uint32_t)(c - '0');
                continue;
            }
            break;
        case SCAN_HEX:
            if (hex_value(c) >= 0) {
                value = (value << 4) | (uint32_t)hex_value(c);
                continue;
            }
            if (is_alpha(c)) {
                state = SCAN_BAD;
                continue;
            }
            break;
        case SCAN_IDENT:
            if (is_alpha(c) || is_digit(c)) {
                hash = hash * 31 + (uint8_t)c;
                continue;
            }
            break;
        case SCAN_BAD:
            if (is_alpha(c) || is_digit(c))
                continue;
            break;
        case SCAN_IDLE:
            break;
        }
        // c does not continue the current token.
        scan_finish(r, state, value, hash);
        state = SCAN_IDLE;
        if (c == '\0')
            return;
        if (c == '0') {
            state = SCAN_ZERO;
            value = 0;
        } else if (is_digit(c)) {
            state = SCAN_DECIMAL;
            value = (uint32_t)(c - '0');
        } else if (is_alpha(c)) {
            state = SCAN_IDENT;
            hash = (uint8_t)c;
        } else if (c == '\n') {
            r->lines++;
        } else if (c != ' ') {
            switch (c) {
            case '+': case '-': case '*': case '/': case '=': case '<': case '>':
            case '(': case ')': case '{': case '}': case ';': case ',':
                r->operators++;
                break;
            default:
                r->errors++;
                break;
            }
        }
    }
}

// ---- driver ----

struct bench_sums {
    uint32_t crc, list, heap, matrix, scan;
};

BENCH_NOINLINE static void run_iterations(uint32_t iterations, struct bench_sums* sums)
{
    for (uint32_t it = 0; it < iterations; it++) {
        uint32_t seed = it * 0x01000193u + 0x811C9DC5u;

        crc_fill(seed);
        sums->crc = mix(sums->crc, crc32_bitwise(s_work.crc_data, CRC_BYTES));

        sums->list = mix(sums->list, list_checksum(list_sort(list_build(seed))));

        heap_fill(seed);
        heap_sort(s_work.heap, HEAP_ELEMENTS);
        sums->heap = mix(sums->heap, heap_checksum(s_work.heap, HEAP_ELEMENTS));

        matrix_fill(seed);
        matrix_multiply();
        sums->matrix = mix(sums->matrix, matrix_checksum());

        text_fill(seed);
        struct scan_result r = {0, 0, 0, 0, 0, 0, 0, 0};
        scan_text(s_work.text, &r);
        uint32_t s = sums->scan;
        s = mix(s, r.decimals);
        s = mix(s, r.hexes);
        s = mix(s, r.identifiers);
        s = mix(s, r.operators);
        s = mix(s, r.errors);
        s = mix(s, r.lines);
        s = mix(s, r.value_sum);
        sums->scan = mix(s, r.ident_hash);
    }
}

// Read through a volatile so the compiler cannot specialise the loop for a
// constant count in one build and not in the other.
static volatile uint32_t s_iterations = INTBENCH_ITERATIONS;

// Self-check on a known vector: CRC-32 of "123456789" is 0xCBF43926.
static int self_check(void)
{
    static const uint8_t check[9] = {'1', '2', '3', '4', '5', '6', '7', '8', '9'};
    return crc32_bitwise(check, sizeof check) == 0xCBF43926u;
}

#if defined(BENCH_BAREMETAL)
int main(void)
{
    uint32_t iterations = s_iterations;
#if defined(INTBENCH_MMU)
    // As under an OS: MMU and caches on, RAM mapped Normal, the rest Device.
    bm_mmu_identity();
    bm_mmu_on();
#endif
#else
int main(int argc, char** argv)
{
    uint32_t iterations = bench_iterations_arg(argc, argv, s_iterations);
#endif
    if (!self_check()) {
        bench_printf("intbench: CRC-32 self-check failed\n");
        return 1;
    }
    struct bench_sums sums = {0, 0, 0, 0, 0};
    uint64_t start = bench_ticks();
    run_iterations(iterations, &sums);
    uint64_t ticks = bench_ticks() - start;

    uint32_t total = 0;
    total = mix(total, sums.crc);
    total = mix(total, sums.list);
    total = mix(total, sums.heap);
    total = mix(total, sums.matrix);
    total = mix(total, sums.scan);
    bench_printf("intbench: crc=0x%08x list=0x%08x heap=0x%08x matrix=0x%08x scan=0x%08x\n",
                 sums.crc, sums.list, sums.heap, sums.matrix, sums.scan);
    bench_printf("intbench: iterations=%u checksum=0x%08x\n", iterations, total);
    // Informative only: not part of the result that is compared.
    bench_printf("intbench-info: cntvct_ticks=%lu cntfrq=%lu\n", (unsigned long)ticks,
                 (unsigned long)bench_tick_frequency());
    return 0;
}
