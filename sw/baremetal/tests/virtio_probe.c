// The 32 virtio-mmio slots of QEMU virt at 0x0a000000 (stride 0x200) with no
// -device given: every slot answers (Linux probes all that the device tree
// lists) with the magic "virt" and device ID 0 (no device).
#include "bm.h"

int main(void)
{
    unsigned answering = 0, empty = 0;
    for (unsigned n = 0; n < 32; n++) {
        uint64_t base = 0x0a000000ull + n * 0x200;
        uint32_t magic = mmio_read32(base + 0x000);
        uint32_t version = mmio_read32(base + 0x004);
        uint32_t device = mmio_read32(base + 0x008);
        if (magic == 0x74726976 && (version == 1 || version == 2))
            answering++;
        if (device == 0)
            empty++;
        if (n == 0 || n == 31)
            bm_printf("slot %u: magic=0x%x version 1 or 2: %d device=%u\n", n, magic,
                      version == 1 || version == 2, device);
    }
    bm_printf("slots answering: %u, without a device: %u\n", answering, empty);
    return 0;
}
