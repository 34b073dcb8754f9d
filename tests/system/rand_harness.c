// Runs the generated random sequences (rand_insn_gen) one after another with
// the MMU on (Normal memory, so unaligned accesses are defined) and prints,
// per sequence, NZCV, x0-x30 and a hash of the 4 KiB scratch buffer. An
// exception in a sequence (none is expected) is printed and the instruction
// skipped, so one bad instruction shows up as one differing sequence.
#include "bm.h"

extern void (*const rand_sequences[])(void);
extern const uint32_t rand_sequence_count;
uint64_t rand_dump[32];
uint8_t rand_scratch[4096] __attribute__((aligned(4096)));
static unsigned s_current, s_exceptions;

static int on_sync(struct bm_frame* f, int vector)
{
    uint32_t ec = esr_ec(f->esr);
    // FAR is only meaningful (not UNKNOWN) for aborts and PC alignment faults.
    int far_valid = ec == 0x20 || ec == 0x21 || ec == 0x22 || ec == 0x24 || ec == 0x25;
    bm_printf("s%u: exception vector=%d esr=0x%lx far=0x%lx insn=0x%08x\n", s_current, vector,
              f->esr, far_valid ? f->far : 0, *(const uint32_t*)f->elr);
    if (++s_exceptions > 16) {
        bm_printf("s%u: too many exceptions, giving up\n", s_current);
        bm_exit(98);
    }
    f->elr += 4;
    return vector == BM_CUR_SPX_SYNC;
}

int main(void)
{
    bm_set_sync_handler(on_sync);
    bm_mmu_identity();
    bm_mmu_on();
    for (unsigned n = 0; n < rand_sequence_count; n++) {
        s_current = n;
        s_exceptions = 0;
        uint32_t seed = n * 2654435761u + 1;
        for (unsigned i = 0; i < sizeof(rand_scratch); i++) {
            seed = seed * 1103515245u + 12345u;
            rand_scratch[i] = (uint8_t)(seed >> 16);
        }
        rand_sequences[n]();
        uint64_t hash = 0xcbf29ce484222325ull;
        for (unsigned i = 0; i < sizeof(rand_scratch); i++)
            hash = (hash ^ rand_scratch[i]) * 0x100000001b3ull;
        bm_printf("s%u nzcv=%lx mem=%lx", n, rand_dump[31] >> 28, hash);
        for (unsigned r = 0; r < 31; r++)
            bm_printf(" %lx", rand_dump[r]);
        bm_putc('\n');
    }
    bm_printf("rand: %u sequences\n", rand_sequence_count);
    return 0;
}
