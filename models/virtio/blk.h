// BlockDevice: virtio-blk (device ID 2, virtio 1.2 §5.2) on a raw image file.
// One or more request queues (VIRTIO_BLK_F_MQ when more, as QEMU's
// num-queues); IN, OUT, FLUSH, GET_ID, DISCARD and WRITE_ZEROES, with the
// service time modelled before each completion. Each queue has its own
// server thread, so queues are served concurrently, up to a number of
// parallel channels.
// Not done: CONFIG_WCE, TOPOLOGY, GEOMETRY, SIZE_MAX, secure erase,
// lifetime, zoned devices, resizing while running.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "host/block_file.h"
#include "virtio/device.h"
#include "virtio/request_server.h"
#include "virtio/virtio.h"

namespace vp::virtio {

// virtio-blk constants (§5.2.3, §5.2.6).
enum BlkFeature : unsigned {
    kBlkFeatureSizeMax = 1,
    kBlkFeatureSegMax = 2,
    kBlkFeatureGeometry = 4,
    kBlkFeatureRo = 5,
    kBlkFeatureBlkSize = 6,
    kBlkFeatureFlush = 9,
    kBlkFeatureTopology = 10,
    kBlkFeatureConfigWce = 11,
    kBlkFeatureMq = 12,
    kBlkFeatureDiscard = 13,
    kBlkFeatureWriteZeroes = 14,
};

enum BlkRequestType : uint32_t {
    kBlkTypeIn = 0,
    kBlkTypeOut = 1,
    kBlkTypeFlush = 4,
    kBlkTypeGetId = 8,
    kBlkTypeDiscard = 11,
    kBlkTypeWriteZeroes = 13,
};

enum BlkStatus : uint8_t {
    kBlkStatusOk = 0,
    kBlkStatusIoErr = 1,
    kBlkStatusUnsupp = 2,
};

constexpr uint32_t kBlkSectorSize = 512;       // protocol unit, whatever blk_size says
constexpr uint32_t kBlkIdBytes = 20;           // GET_ID string length
constexpr uint32_t kBlkRequestHeaderSize = 16; // {le32 type, le32 reserved, le64 sector}
constexpr uint32_t kBlkSegmentSize = 16;       // {le64 sector, le32 num_sectors, le32 flags}
constexpr uint32_t kBlkWriteZeroesUnmap = 1;   // segment flag

// Offsets in struct virtio_blk_config.
enum BlkConfigOffset : uint32_t {
    kBlkCfgCapacity = 0,
    kBlkCfgSizeMax = 8,
    kBlkCfgSegMax = 12,
    kBlkCfgGeometry = 16,
    kBlkCfgBlkSize = 20,
    kBlkCfgTopology = 24,
    kBlkCfgWriteback = 32,
    kBlkCfgNumQueues = 34,
    kBlkCfgMaxDiscardSectors = 36,
    kBlkCfgMaxDiscardSeg = 40,
    kBlkCfgDiscardSectorAlignment = 44,
    kBlkCfgMaxWriteZeroesSectors = 48,
    kBlkCfgMaxWriteZeroesSeg = 52,
    kBlkCfgWriteZeroesMayUnmap = 56,
    kBlkCfgSize = 60,  // up to and including unused1[3]
};

// A fault injected on purpose into the requests numbered first_request ..
// first_request + count - 1 (1-based, counted over all queues in the order
// the device takes them; malformed requests count too), optionally only
// those touching an LBA range, to test a driver's error paths (issue 9
// section 4). Deterministic: the same requests fail in every run.
struct BlkFault {
    enum class Kind {
        ioerr,   // complete with VIRTIO_BLK_S_IOERR, the image untouched
        unsupp,  // complete with VIRTIO_BLK_S_UNSUPP, the image untouched
        delay,   // serve normally, complete `delay` later than modelled
    };
    Kind kind = Kind::ioerr;
    uint64_t first_request = 1;
    uint64_t count = 1;
    sc_core::sc_time delay = sc_core::SC_ZERO_TIME;  // Kind::delay
    // With sectors > 0, only IN and OUT requests whose data overlaps the
    // sectors [first_sector, first_sector + sectors) match (and still only
    // among the requests numbered above; use count = UINT64_MAX for "any").
    uint64_t first_sector = 0;
    uint64_t sectors = 0;
};

class BlockDevice : public VirtioDevice {
public:
    struct Config {
        // Raw image file. Capacity = file size / 512 (a partial last sector
        // is not visible to the guest). Opened at construction; a missing
        // file, or one that cannot be opened in the requested mode, throws
        // std::runtime_error naming the file and the reason.
        std::string image;
        // Open the image read-only and offer VIRTIO_BLK_F_RO: every request
        // that would modify it completes with IOERR.
        bool read_only = false;
        // GET_ID string (at most 20 bytes, NUL-padded). Empty: the module's
        // base name, truncated to 20 bytes.
        std::string serial;
        // Largest number of data segments per request, advertised in
        // seg_max (Linux uses it to size requests; not enforced).
        uint32_t seg_max = 126;
        // Advertised logical block size (blk_size); the protocol unit stays
        // 512 bytes.
        uint32_t blk_size = 512;
        // Offer DISCARD / WRITE_ZEROES, with their limits (in 512-byte
        // sectors and segments per request).
        bool discard = true;
        bool write_zeroes = true;
        uint32_t max_discard_sectors = 0x3fffff;
        uint32_t max_discard_seg = 16;
        uint32_t discard_sector_alignment = 8;  // 4 KiB
        uint32_t max_write_zeroes_sectors = 0x3fffff;
        uint32_t max_write_zeroes_seg = 16;  // Linux 6.1 ignores it and
        // applies max_discard_seg to write-zeroes too: keep both equal.
        // Service time of one request: latency + data bytes / throughput
        // (data bytes: the payload of IN and OUT; other requests pay the
        // latency only). Default: 20 us and 500 MB/s, a mid-range SSD.
        ServiceTime service{sc_core::sc_time(20, sc_core::SC_US), 500e6};
        // Largest queue the device accepts (the transport may cap it).
        unsigned queue_size_max = 256;
        // Request queues, 1..kMaxQueues (QEMU's num-queues; its default for
        // virtio-blk-device is 1). More than one offers VIRTIO_BLK_F_MQ, and
        // config space num_queues says how many.
        unsigned num_queues = 1;
        // Requests in service at the same time across all queues (parallel
        // channels of the medium); 0 = one per queue. Within one queue,
        // requests are served one after another.
        unsigned channels = 0;
        // Faults to inject (none by default); see BlkFault. Each injected
        // fault is reported as info "virtio/blk/fault-injected".
        std::vector<BlkFault> faults;
    };
    static constexpr unsigned kMaxQueues = 64;

    BlockDevice(sc_core::sc_module_name name, const Config& config);

    uint32_t device_id() const override { return kDeviceBlock; }
    uint64_t device_features() const override;
    unsigned num_queues() const override { return m_config.num_queues; }
    unsigned queue_size_max(unsigned) const override { return m_config.queue_size_max; }
    void reset() override {}
    void notify(unsigned queue) override;  // wakes that queue's server thread
    bool notify_never_waits() const override { return true; }

    uint64_t capacity_sectors() const { return m_capacity; }
    const std::string& serial() const { return m_serial; }

    // Statistics.
    uint64_t requests() const { return m_requests; }
    uint64_t faults_injected() const { return m_faults_injected; }

private:
    struct Result {
        uint8_t status;
        uint32_t written;  // data bytes written to the guest
        uint64_t payload;  // bytes that count against the throughput
    };

    Result handle(unsigned queue, VirtioMessage& msg);
    Result do_in(VirtioMessage& msg, uint64_t sector, size_t len);
    Result do_out(VirtioMessage& msg, uint64_t sector);
    Result do_flush();
    Result do_get_id(VirtioMessage& msg, size_t len);
    Result do_ranges(VirtioMessage& msg, uint32_t type);
    bool in_range(uint64_t sector, uint64_t bytes) const;
    void host_error();
    const BlkFault* fault_for(uint64_t request, uint32_t type, uint64_t sector, uint64_t bytes) const;
    Result dispatch(VirtioMessage& msg, uint32_t type, uint64_t sector, size_t data_in);

    Config m_config;
    std::unique_ptr<host::BlockFile> m_file;
    uint64_t m_capacity = 0;  // sectors
    std::string m_serial;
    std::vector<uint8_t> m_bounce;
    uint64_t m_requests = 0;
    uint64_t m_faults_injected = 0;
    // One per queue, each in its own thread: takes requests, handles them,
    // holds one of m_channels for the service time, completes them.
    std::vector<std::unique_ptr<RequestServer>> m_servers;
    std::unique_ptr<sc_core::sc_semaphore> m_channels;
};

}  // namespace vp::virtio
