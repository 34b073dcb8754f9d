// A bare-metal virtio-mmio block driver, written from the virtio 1.2 spec
// (§2.7 split virtqueues, §4.2 MMIO, §5.2 block device). It runs the same way
// on qemu-system-aarch64 -M virt and on virt64, so its output is compared
// between the two. It probes the 32 virtio-mmio slots, drives the first block
// device in legacy (v1) or modern (v2) mode, whichever the transport offers,
// and polls the used ring (no interrupts).
//
// Expected image: sector 0 holds the bytes "VIRTIO-VP DISK0" followed by
// 0x00..; the program reads it, writes sectors 1..8 with a pattern, flushes,
// reads them back and asks for the serial (GET_ID).
#include "bm.h"

#define MMIO_BASE 0x0a000000ull
#define MMIO_STRIDE 0x200ull
#define MMIO_SLOTS 32

enum {
    REG_MAGIC = 0x000, REG_VERSION = 0x004, REG_DEVICE_ID = 0x008, REG_VENDOR = 0x00c,
    REG_DEV_FEATURES = 0x010, REG_DEV_FEATURES_SEL = 0x014,
    REG_DRV_FEATURES = 0x020, REG_DRV_FEATURES_SEL = 0x024,
    REG_GUEST_PAGE_SIZE = 0x028, REG_QUEUE_SEL = 0x030, REG_QUEUE_NUM_MAX = 0x034,
    REG_QUEUE_NUM = 0x038, REG_QUEUE_ALIGN = 0x03c, REG_QUEUE_PFN = 0x040,
    REG_QUEUE_READY = 0x044, REG_QUEUE_NOTIFY = 0x050,
    REG_INT_STATUS = 0x060, REG_INT_ACK = 0x064, REG_STATUS = 0x070,
    REG_DESC_LO = 0x080, REG_DESC_HI = 0x084, REG_DRIVER_LO = 0x090, REG_DRIVER_HI = 0x094,
    REG_DEVICE_LO = 0x0a0, REG_DEVICE_HI = 0x0a4, REG_CONFIG = 0x100,
};

#define QSZ 8
#define DESC_NEXT 1
#define DESC_WRITE 2

struct desc { uint64_t addr; uint32_t len; uint16_t flags; uint16_t next; };
struct avail { uint16_t flags; uint16_t idx; uint16_t ring[QSZ]; uint16_t used_event; };
struct used_elem { uint32_t id; uint32_t len; };
struct used { uint16_t flags; uint16_t idx; struct used_elem ring[QSZ]; uint16_t avail_event; };

// Legacy layout: desc, avail, then used at the next 4 KiB boundary.
static uint8_t s_ring[2 * 4096] __attribute__((aligned(4096)));
static struct desc* const s_desc = (struct desc*)s_ring;
static struct avail* const s_avail = (struct avail*)(s_ring + 16 * QSZ);
static struct used* const s_used = (struct used*)(s_ring + 4096);

struct blk_req { uint32_t type; uint32_t reserved; uint64_t sector; };
static struct blk_req s_req;
static uint8_t s_data[8 * 512] __attribute__((aligned(16)));
static uint8_t s_status;
static uint16_t s_last_used;
static uint64_t s_base;

static uint32_t rd(uint32_t off) { return mmio_read32(s_base + off); }
static void wr(uint32_t off, uint32_t v) { mmio_write32(s_base + off, v); }

// Submits a header / data / status chain and polls until the device returns it.
static uint32_t blk_request(uint32_t type, uint64_t sector, uint32_t data_len, int device_writes)
{
    s_req.type = type;
    s_req.reserved = 0;
    s_req.sector = sector;
    s_status = 0xff;
    s_desc[0] = (struct desc){(uint64_t)&s_req, sizeof s_req, DESC_NEXT, 1};
    uint16_t n = 1;
    if (data_len) {
        s_desc[1] = (struct desc){(uint64_t)s_data, data_len,
                                  (uint16_t)(DESC_NEXT | (device_writes ? DESC_WRITE : 0)), 2};
        n = 2;
    } else {
        s_desc[0].next = 2;
    }
    s_desc[2] = (struct desc){(uint64_t)&s_status, 1, DESC_WRITE, 0};
    (void)n;
    s_avail->ring[s_avail->idx % QSZ] = 0;
    dsb(sy);
    s_avail->idx++;
    dsb(sy);
    wr(REG_QUEUE_NOTIFY, 0);
    while (*(volatile uint16_t*)&s_used->idx == s_last_used)
        ;
    dsb(sy);
    struct used_elem e = s_used->ring[s_last_used % QSZ];
    s_last_used++;
    uint32_t isr = rd(REG_INT_STATUS);
    wr(REG_INT_ACK, isr);
    // On an error only the status byte is written: QEMU then reports the whole
    // writable length as used, virt64 the bytes it wrote. Print len on success.
    if (s_status == 0)
        bm_printf("  request type %u sector %lu: status 0, used len %u, id %u, isr %u\n", type,
                  (unsigned long)sector, e.len, e.id, isr & 1);
    else
        bm_printf("  request type %u sector %lu: status %u, id %u, isr %u\n", type,
                  (unsigned long)sector, s_status, e.id, isr & 1);
    return s_status;
}

static int probe(void)
{
    for (int slot = 0; slot < MMIO_SLOTS; ++slot) {
        uint64_t base = MMIO_BASE + (uint64_t)slot * MMIO_STRIDE;
        if (mmio_read32(base + REG_MAGIC) != 0x74726976)
            continue;
        if (mmio_read32(base + REG_DEVICE_ID) == 2) {
            s_base = base;
            return slot;
        }
    }
    return -1;
}

int main(void)
{
    int slot = probe();
    if (slot < 0) {
        bm_printf("no virtio-blk device found\n");
        return 1;
    }
    uint32_t version = rd(REG_VERSION);
    // The vendor ID differs between implementations by design; not printed.
    bm_printf("virtio-blk at 0x%lx: version %u\n", (unsigned long)s_base, version);

    wr(REG_STATUS, 0);
    wr(REG_STATUS, 1);      // ACKNOWLEDGE
    wr(REG_STATUS, 1 | 2);  // DRIVER
    wr(REG_DEV_FEATURES_SEL, 1);
    uint32_t hi = rd(REG_DEV_FEATURES);
    wr(REG_DEV_FEATURES_SEL, 0);
    uint32_t lo = rd(REG_DEV_FEATURES);
    bm_printf("features offered: VERSION_1 %u FLUSH %u BLK_SIZE %u SEG_MAX %u RO %u\n",
              hi & 1, (lo >> 9) & 1, (lo >> 6) & 1, (lo >> 2) & 1, (lo >> 5) & 1);
    // Accept only what this driver uses: FLUSH, and VERSION_1 when modern.
    wr(REG_DRV_FEATURES_SEL, 1);
    wr(REG_DRV_FEATURES, version == 2 ? (hi & 1) : 0);
    wr(REG_DRV_FEATURES_SEL, 0);
    wr(REG_DRV_FEATURES, lo & (1u << 9));
    if (version == 2) {
        wr(REG_STATUS, 1 | 2 | 8);
        bm_printf("FEATURES_OK accepted: %u\n", (rd(REG_STATUS) >> 3) & 1);
    } else {
        wr(REG_GUEST_PAGE_SIZE, 4096);
    }

    uint32_t cap_lo = rd(REG_CONFIG), cap_hi = rd(REG_CONFIG + 4);
    bm_printf("capacity: %lu sectors\n", (unsigned long)(((uint64_t)cap_hi << 32) | cap_lo));

    wr(REG_QUEUE_SEL, 0);
    uint32_t max = rd(REG_QUEUE_NUM_MAX);
    bm_printf("queue 0: max size >= %u: %u, in use before setup: %u\n", QSZ, max >= QSZ,
              version == 2 ? rd(REG_QUEUE_READY) : rd(REG_QUEUE_PFN));
    wr(REG_QUEUE_NUM, QSZ);
    if (version == 2) {
        wr(REG_DESC_LO, (uint32_t)(uint64_t)s_desc);
        wr(REG_DESC_HI, (uint32_t)((uint64_t)s_desc >> 32));
        wr(REG_DRIVER_LO, (uint32_t)(uint64_t)s_avail);
        wr(REG_DRIVER_HI, (uint32_t)((uint64_t)s_avail >> 32));
        wr(REG_DEVICE_LO, (uint32_t)(uint64_t)s_used);
        wr(REG_DEVICE_HI, (uint32_t)((uint64_t)s_used >> 32));
        wr(REG_QUEUE_READY, 1);
        wr(REG_STATUS, 1 | 2 | 8 | 4);
    } else {
        wr(REG_QUEUE_ALIGN, 4096);
        wr(REG_QUEUE_PFN, (uint32_t)((uint64_t)s_ring / 4096));
        wr(REG_STATUS, 1 | 2 | 4);
    }

    bm_printf("read sector 0\n");
    blk_request(0, 0, 512, 1);
    bm_printf("  data: ");
    for (int i = 0; i < 16; ++i)
        bm_putc(s_data[i] >= 32 && s_data[i] < 127 ? (char)s_data[i] : '.');
    bm_printf("\n");

    bm_printf("write sectors 1-8\n");
    for (unsigned i = 0; i < sizeof s_data; ++i)
        s_data[i] = (uint8_t)(i * 13 + 7);
    blk_request(1, 1, sizeof s_data, 0);

    bm_printf("flush\n");
    blk_request(4, 0, 0, 0);

    bm_printf("read back sectors 1-8\n");
    memset(s_data, 0, sizeof s_data);
    blk_request(0, 1, sizeof s_data, 1);
    unsigned bad = 0;
    for (unsigned i = 0; i < sizeof s_data; ++i)
        bad += s_data[i] != (uint8_t)(i * 13 + 7);
    bm_printf("  mismatching bytes: %u\n", bad);

    bm_printf("get id\n");
    memset(s_data, 0, 21);
    blk_request(8, 0, 20, 1);
    bm_printf("  serial: %s\n", (const char*)s_data);

    bm_printf("read beyond capacity\n");
    uint64_t cap = ((uint64_t)cap_hi << 32) | cap_lo;
    blk_request(0, cap, 512, 1);

    wr(REG_STATUS, 0);
    bm_printf("status after reset: %u\n", rd(REG_STATUS));
    return bad ? 2 : 0;
}
