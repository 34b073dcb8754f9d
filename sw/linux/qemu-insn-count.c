/*
 * qemu-insn-count: a QEMU TCG plugin that counts the guest instructions
 * executed until QEMU exits, split by the address of each translation block:
 * upper half (Linux kernel once the MMU is on) and lower half (EL0 user code,
 * plus the boot stub and the kernel's few pre-MMU instructions). Used to compare a Linux boot on QEMU with the
 * same boot on our ISS. With words=FILE it also writes every distinct 32-bit
 * instruction word that was translated (= about to execute) as hex, one per
 * line, to show which encodings a boot really needs. Debian ships no
 * qemu-plugin.h, so the few entry points of the (stable, version 1) plugin API
 * used here are declared below.
 *   cc -shared -fPIC -O2 -o qemu-insn-count.so qemu-insn-count.c
 *   qemu-system-aarch64 ... -plugin ./qemu-insn-count.so[,words=FILE] -d plugin
 */
#include <inttypes.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef uint64_t qemu_plugin_id_t;
struct qemu_plugin_tb;
struct qemu_plugin_insn;
typedef struct qemu_info_t qemu_info_t; /* not inspected */
enum qemu_plugin_op { QEMU_PLUGIN_INLINE_ADD_U64 };

void qemu_plugin_register_vcpu_tb_trans_cb(qemu_plugin_id_t id,
    void (*cb)(qemu_plugin_id_t id, struct qemu_plugin_tb *tb));
void qemu_plugin_register_vcpu_tb_exec_inline(struct qemu_plugin_tb *tb,
    enum qemu_plugin_op op, void *ptr, uint64_t imm);
size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb *tb);
uint64_t qemu_plugin_tb_vaddr(const struct qemu_plugin_tb *tb);
struct qemu_plugin_insn *qemu_plugin_tb_get_insn(const struct qemu_plugin_tb *tb, size_t idx);
const void *qemu_plugin_insn_data(const struct qemu_plugin_insn *insn);
size_t qemu_plugin_insn_size(const struct qemu_plugin_insn *insn);
void qemu_plugin_register_atexit_cb(qemu_plugin_id_t id,
    void (*cb)(qemu_plugin_id_t id, void *userdata), void *userdata);
void qemu_plugin_outs(const char *string);

#define EXPORT __attribute__((visibility("default")))
EXPORT int qemu_plugin_version = 1;

/* Single vCPU: plain (non-atomic) inline adds are exact. */
static uint64_t g_upper_insns;
static uint64_t g_lower_insns;

/* Distinct instruction words (open addressing; 0 marks a free slot, and the
 * word 0 is UDF #0, which a healthy boot never executes). */
#define WORD_SLOTS (1u << 20)
static uint32_t *g_words;
static const char *g_words_path;

static void remember_word(uint32_t word)
{
    uint32_t slot = (word * 2654435761u) & (WORD_SLOTS - 1);
    while (g_words[slot] != 0 && g_words[slot] != word)
        slot = (slot + 1) & (WORD_SLOTS - 1);
    g_words[slot] = word;
}

static void on_translate(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
    (void)id;
    uint64_t *counter = (qemu_plugin_tb_vaddr(tb) >> 63) ? &g_upper_insns : &g_lower_insns;
    qemu_plugin_register_vcpu_tb_exec_inline(tb, QEMU_PLUGIN_INLINE_ADD_U64, counter,
                                             qemu_plugin_tb_n_insns(tb));
    if (g_words) {
        for (size_t i = 0; i < qemu_plugin_tb_n_insns(tb); i++) {
            struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
            uint32_t word = 0;
            if (qemu_plugin_insn_size(insn) == sizeof(word)) {
                memcpy(&word, qemu_plugin_insn_data(insn), sizeof(word));
                if (word != 0)
                    remember_word(word);
            }
        }
    }
}

static void on_qemu_exit(qemu_plugin_id_t id, void *userdata)
{
    char line[160];
    (void)id;
    (void)userdata;
    snprintf(line, sizeof(line),
             "insn-count: total %" PRIu64 " (upper half/kernel %" PRIu64
             ", lower half/EL0+pre-MMU %" PRIu64 ")\n",
             g_upper_insns + g_lower_insns, g_upper_insns, g_lower_insns);
    qemu_plugin_outs(line);

    if (g_words) {
        FILE *out = fopen(g_words_path, "w");
        if (!out) {
            qemu_plugin_outs("insn-count: cannot write the words file\n");
            return;
        }
        for (uint32_t slot = 0; slot < WORD_SLOTS; slot++)
            if (g_words[slot] != 0)
                fprintf(out, "%08" PRIx32 "\n", g_words[slot]);
        fclose(out);
    }
}

EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc,
                               char **argv)
{
    (void)info;
    for (int i = 0; i < argc; i++) {
        if (strncmp(argv[i], "words=", 6) == 0) {
            g_words_path = argv[i] + 6;
            g_words = calloc(WORD_SLOTS, sizeof(*g_words));
            if (!g_words)
                return -1;
        } else {
            return -1; /* unknown argument */
        }
    }
    qemu_plugin_register_vcpu_tb_trans_cb(id, on_translate);
    qemu_plugin_register_atexit_cb(id, on_qemu_exit, NULL);
    return 0;
}
