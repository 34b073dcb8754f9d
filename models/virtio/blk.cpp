#include "virtio/blk.h"

#include <algorithm>
#include <cstring>
#include <sstream>
#include <stdexcept>

#include <sys/uio.h>

namespace vp::virtio {

namespace {

constexpr size_t kBounceSize = 64 * 1024;  // host staging buffer, and the chunk of a transfer

// Bytes of a failed transfer that count against the throughput: the whole
// 64 KiB chunks before the failure.
constexpr int kMaxPieces = 64;  // gather list of one write system call

uint64_t whole_chunks(size_t bytes) { return bytes - bytes % kBounceSize; }

uint64_t load_le(const uint8_t* p, unsigned bytes)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < bytes; ++i)
        v |= uint64_t{p[i]} << (8 * i);
    return v;
}

}  // namespace

BlockDevice::BlockDevice(sc_core::sc_module_name name, const Config& config)
    : VirtioDevice(name), m_config(config), m_bounce(kBounceSize)
{
    if (config.num_queues < 1 || config.num_queues > kMaxQueues)
        throw std::runtime_error(std::string(this->name()) + ": num-queues " +
                                 std::to_string(config.num_queues) + " is outside 1.." +
                                 std::to_string(kMaxQueues));
    m_file = std::make_unique<host::BlockFile>(config.image, config.read_only);
    // As QEMU 7.2 with a raw image (block.c rounds the length up to whole
    // sectors): a partial last sector counts, reads past the end of the file
    // return zeroes and a write there extends the file. Said once at start,
    // since the guest then sees a disk larger than the file.
    const uint64_t bytes = m_file->size();
    m_capacity = bytes / kBlkSectorSize + (bytes % kBlkSectorSize != 0);
    if (bytes == 0 || bytes % kBlkSectorSize != 0) {
        std::ostringstream os;
        os << this->name() << ": image '" << config.image << "' is " << bytes << " bytes, ";
        if (bytes == 0)
            os << "empty: the disk has 0 sectors";
        else
            os << "not a multiple of " << kBlkSectorSize << ": the disk has " << m_capacity
               << " sectors (" << m_capacity * kBlkSectorSize << " bytes, rounded up as QEMU does); "
               << "the last " << m_capacity * kBlkSectorSize - bytes
               << " bytes read as zeroes"
               << (config.read_only ? "" : " and a write there extends the file");
        SC_REPORT_WARNING("virtio/blk/image-size", os.str().c_str());
    }
    m_serial = config.serial.empty() ? std::string(basename()) : config.serial;
    if (m_serial.size() > kBlkIdBytes)
        m_serial.resize(kBlkIdBytes);

    // Config space (little-endian, also for legacy drivers).
    ConfigSpace& c = config_space();
    c = ConfigSpace(kBlkCfgSize);
    c.set_u64(kBlkCfgCapacity, m_capacity);
    c.set_u32(kBlkCfgSegMax, config.seg_max);
    c.set_u32(kBlkCfgBlkSize, config.blk_size);
    c.set_u16(kBlkCfgNumQueues, static_cast<uint16_t>(config.num_queues));
    if (config.discard) {
        c.set_u32(kBlkCfgMaxDiscardSectors, config.max_discard_sectors);
        c.set_u32(kBlkCfgMaxDiscardSeg, config.max_discard_seg);
        c.set_u32(kBlkCfgDiscardSectorAlignment, config.discard_sector_alignment);
    }
    if (config.write_zeroes) {
        c.set_u32(kBlkCfgMaxWriteZeroesSectors, config.max_write_zeroes_sectors);
        c.set_u32(kBlkCfgMaxWriteZeroesSeg, config.max_write_zeroes_seg);
        // Write-zeroes with UNMAP punches a hole, so it may deallocate.
        c.set_u8(kBlkCfgWriteZeroesMayUnmap, 1);
    }

    const unsigned channels = config.channels ? config.channels : config.num_queues;
    m_channels = std::make_unique<sc_core::sc_semaphore>("channels", static_cast<int>(channels));
    for (unsigned q = 0; q < config.num_queues; ++q) {
        m_servers.push_back(std::make_unique<RequestServer>(
            *this, q, config.service, [this, q](VirtioMessage& msg) { return handle(q, msg).payload; }));
        m_servers.back()->share_channels(m_channels.get());
        m_servers.back()->spawn_thread(("queue" + std::to_string(q)).c_str());
    }
}

uint64_t BlockDevice::device_features() const
{
    uint64_t f = bit(kBlkFeatureSegMax) | bit(kBlkFeatureBlkSize) | bit(kBlkFeatureFlush);
    if (m_config.num_queues > 1)
        f |= bit(kBlkFeatureMq);  // as QEMU: only offered with more than one queue
    if (m_config.read_only)
        f |= bit(kBlkFeatureRo);
    if (m_config.discard)
        f |= bit(kBlkFeatureDiscard);
    if (m_config.write_zeroes)
        f |= bit(kBlkFeatureWriteZeroes);
    return f;
}

void BlockDevice::notify(unsigned queue)
{
    if (queue < m_servers.size())
        m_servers[queue]->kick();
}

bool BlockDevice::in_range(uint64_t sector, uint64_t bytes) const
{
    const uint64_t sectors = bytes / kBlkSectorSize;
    return sector <= m_capacity && sectors <= m_capacity - sector;
}

void BlockDevice::host_error()
{
    // Not a guest error, but the same one-line form.
    report_guest_error(name(), "virtio/blk/host-io-error", "%s", m_file->last_error().c_str());
}

BlockDevice::Result BlockDevice::handle(unsigned queue, VirtioMessage& msg)
{
    ++m_requests;
    const size_t readable = msg.readable_size();
    const size_t writable = msg.writable_size();
    if (readable < kBlkRequestHeaderSize || writable < 1) {
        guest_error("virtio/blk/bad-request",
                    "queue %u request %u is malformed: expected a %u-byte device-readable header "
                    "and a device-writable status byte, got %zu readable and %zu writable bytes; "
                    "completed with used len 0",
                    queue, unsigned{msg.id}, kBlkRequestHeaderSize, readable, writable);
        msg.used_len = 0;
        return {kBlkStatusIoErr, 0, 0};
    }

    uint8_t header[kBlkRequestHeaderSize];
    if (msg.from_guest(0, header, sizeof(header)) != sizeof(header)) {
        msg.used_len = 0;  // bus error: the transport reports it on put()
        return {kBlkStatusIoErr, 0, 0};
    }
    const uint32_t type = static_cast<uint32_t>(load_le(header, 4));
    const uint64_t sector = load_le(header + 8, 8);
    const size_t data_in = writable - 1;  // guest buffer space before the status byte

    Result r{kBlkStatusUnsupp, 0, 0};
    const uint64_t data_bytes = type == kBlkTypeIn    ? data_in
                                : type == kBlkTypeOut ? readable - kBlkRequestHeaderSize
                                                      : 0;
    const BlkFault* fault =
        m_config.faults.empty() ? nullptr : fault_for(m_requests, type, sector, data_bytes);
    if (fault) {
        ++m_faults_injected;
        std::string what = fault->kind == BlkFault::Kind::ioerr    ? "IOERR"
                           : fault->kind == BlkFault::Kind::unsupp ? "UNSUPP"
                                                                   : "delayed by " + fault->delay.to_string();
        SC_REPORT_INFO_VERB("virtio/blk/fault-injected",
                            (std::string(name()) + ": request " + std::to_string(m_requests) +
                             " (queue " + std::to_string(queue) + ", type " + std::to_string(type) +
                             "): " + what)
                                .c_str(),
                            sc_core::SC_MEDIUM);
        if (fault->kind == BlkFault::Kind::delay)
            msg.delay += fault->delay;  // RequestServer waits it with the service time
    }
    if (fault && fault->kind != BlkFault::Kind::delay) {
        r.status = fault->kind == BlkFault::Kind::ioerr ? kBlkStatusIoErr : kBlkStatusUnsupp;
    } else {
        r = dispatch(msg, type, sector, data_in);
    }

    const uint8_t status = r.status;
    msg.to_guest(writable - 1, &status, 1);
    msg.used_len = r.written + 1;
    return r;
}

BlockDevice::Result BlockDevice::dispatch(VirtioMessage& msg, uint32_t type, uint64_t sector,
                                          size_t data_in)
{
    Result r{kBlkStatusUnsupp, 0, 0};
    switch (type) {
    case kBlkTypeIn:
        r = do_in(msg, sector, data_in);
        break;
    case kBlkTypeOut:
        r = do_out(msg, sector);
        break;
    case kBlkTypeFlush:
        r = do_flush();
        break;
    case kBlkTypeGetId:
        r = do_get_id(msg, data_in);
        break;
    case kBlkTypeDiscard:
    case kBlkTypeWriteZeroes:
        r = do_ranges(msg, type);
        break;
    default:
        break;  // UNSUPP (§5.2.6: unknown and zoned types)
    }
    return r;
}

const BlkFault* BlockDevice::fault_for(uint64_t request, uint32_t type, uint64_t sector,
                                       uint64_t bytes) const
{
    for (const BlkFault& f : m_config.faults) {
        if (request < f.first_request || request - f.first_request >= f.count)
            continue;
        if (f.sectors == 0)
            return &f;
        const uint64_t n = (bytes + kBlkSectorSize - 1) / kBlkSectorSize;
        const bool has_data = (type == kBlkTypeIn || type == kBlkTypeOut) && n > 0;
        if (has_data && sector < f.first_sector + f.sectors && f.first_sector < sector + n)
            return &f;
    }
    return nullptr;
}

BlockDevice::Result BlockDevice::do_in(VirtioMessage& msg, uint64_t sector, size_t len)
{
    if (len % kBlkSectorSize != 0) {
        guest_error("virtio/blk/bad-length",
                    "queue 0 IN request %u has %zu data bytes, expected a multiple of %u",
                    unsigned{msg.id}, len, kBlkSectorSize);
        return {kBlkStatusIoErr, 0, 0};
    }
    if (!in_range(sector, len))
        return {kBlkStatusIoErr, 0, 0};
    // Hot path: straight from the image (its mapping, else pread) into guest
    // memory, one copy per piece (a piece lies in one guest buffer and DMI
    // window and, for an image that is not mapped, in one 64 KiB chunk of the
    // data, as before). Through the bounce buffer where guest memory grants
    // no DMI or the read reaches past the end of the file (zero padding).
    // On failure the payload is counted in whole 64 KiB chunks, as the
    // chunked copy always did (the service time of a failed request).
    const uint64_t base = sector * kBlkSectorSize;
    const bool mapped = m_file->mapped(base, len);
    size_t done = 0;
    while (done < len) {
        size_t n = mapped ? len - done : std::min(len - done, kBounceSize - done % kBounceSize);
        uint8_t* guest = base + done + n <= m_file->size() ? msg.writable_direct(done, n) : nullptr;
        if (guest) {
            if (!m_file->read(base + done, guest, n)) {
                host_error();
                return {kBlkStatusIoErr, 0, whole_chunks(done)};
            }
            msg.written_direct(done, n);
            done += n;
            continue;
        }
        n = std::min(n, kBounceSize);
        if (!m_file->read_zero_padded(base + done, m_bounce.data(), n)) {
            host_error();
            return {kBlkStatusIoErr, 0, whole_chunks(done)};
        }
        const size_t copied = msg.to_guest(done, m_bounce.data(), n);
        if (copied != n)  // bus error: the transport reports it on put()
            return {kBlkStatusIoErr, 0, whole_chunks(done + copied)};
        done += n;
    }
    return {kBlkStatusOk, static_cast<uint32_t>(len), len};
}

BlockDevice::Result BlockDevice::do_out(VirtioMessage& msg, uint64_t sector)
{
    const size_t len = msg.readable_size() - kBlkRequestHeaderSize;
    if (m_config.read_only)
        return {kBlkStatusIoErr, 0, 0};  // §5.2.6.2: RO, write nothing
    if (len % kBlkSectorSize != 0) {
        guest_error("virtio/blk/bad-length",
                    "queue 0 OUT request %u has %zu data bytes, expected a multiple of %u",
                    unsigned{msg.id}, len, kBlkSectorSize);
        return {kBlkStatusIoErr, 0, 0};
    }
    if (!in_range(sector, len))
        return {kBlkStatusIoErr, 0, 0};
    // Hot path: pwritev straight from guest memory, one system call per
    // 64 KiB chunk of the data, gathering its pieces (each in one guest
    // buffer and DMI window); a piece whose memory grants no DMI is copied
    // into the bounce buffer first.
    const uint64_t base = sector * kBlkSectorSize;
    size_t done = 0;
    while (done < len) {
        const size_t chunk = std::min(len - done, kBounceSize - done % kBounceSize);
        struct iovec iov[kMaxPieces];
        int pieces = 0;
        size_t at = 0;  // in the chunk
        while (at < chunk && pieces < kMaxPieces) {
            size_t n = chunk - at;
            const uint8_t* guest = msg.readable_direct(kBlkRequestHeaderSize + done + at, n);
            if (!guest) {
                n = chunk - at;
                if (msg.from_guest(kBlkRequestHeaderSize + done + at, m_bounce.data() + at, n) != n)
                    return {kBlkStatusIoErr, 0, whole_chunks(done)};
                guest = m_bounce.data() + at;
            }
            iov[pieces++] = {const_cast<uint8_t*>(guest), n};
            at += n;
        }
        if (!m_file->write(base + done, iov, pieces)) {
            host_error();
            return {kBlkStatusIoErr, 0, whole_chunks(done)};
        }
        done += at;
    }
    return {kBlkStatusOk, 0, len};
}

BlockDevice::Result BlockDevice::do_flush()
{
    if (!m_file->flush()) {
        host_error();
        return {kBlkStatusIoErr, 0, 0};
    }
    return {kBlkStatusOk, 0, 0};
}

BlockDevice::Result BlockDevice::do_get_id(VirtioMessage& msg, size_t len)
{
    uint8_t id[kBlkIdBytes] = {};
    std::memcpy(id, m_serial.data(), m_serial.size());
    const size_t n = std::min<size_t>(len, kBlkIdBytes);
    if (msg.to_guest(0, id, n) != n)
        return {kBlkStatusIoErr, 0, 0};
    return {kBlkStatusOk, static_cast<uint32_t>(n), 0};
}

BlockDevice::Result BlockDevice::do_ranges(VirtioMessage& msg, uint32_t type)
{
    const bool discard = type == kBlkTypeDiscard;
    const char* what = discard ? "DISCARD" : "WRITE_ZEROES";
    if (!(discard ? m_config.discard : m_config.write_zeroes))
        return {kBlkStatusUnsupp, 0, 0};
    if (m_config.read_only)
        return {kBlkStatusIoErr, 0, 0};

    const size_t len = msg.readable_size() - kBlkRequestHeaderSize;
    const uint32_t max_seg = discard ? m_config.max_discard_seg : m_config.max_write_zeroes_seg;
    const uint32_t max_sectors =
        discard ? m_config.max_discard_sectors : m_config.max_write_zeroes_sectors;
    const size_t segments = len / kBlkSegmentSize;
    if (len == 0 || len % kBlkSegmentSize != 0 || segments > std::max<uint32_t>(max_seg, 1)) {
        guest_error("virtio/blk/bad-length",
                    "queue 0 %s request %u has %zu data bytes, expected 1 to %u segments of %u bytes",
                    what, unsigned{msg.id}, len, max_seg, kBlkSegmentSize);
        return {kBlkStatusIoErr, 0, 0};
    }

    struct Range {
        uint64_t sector;
        uint32_t sectors;
        bool unmap;
    };
    std::vector<Range> ranges;
    ranges.reserve(segments);
    // Validate every segment before touching the image, so a bad request
    // changes nothing.
    for (size_t i = 0; i < segments; ++i) {
        uint8_t seg[kBlkSegmentSize];
        if (msg.from_guest(kBlkRequestHeaderSize + i * kBlkSegmentSize, seg, sizeof(seg)) !=
            sizeof(seg))
            return {kBlkStatusIoErr, 0, 0};
        const Range r{load_le(seg, 8), static_cast<uint32_t>(load_le(seg + 8, 4)),
                      (load_le(seg + 12, 4) & kBlkWriteZeroesUnmap) != 0};
        const uint32_t flags = static_cast<uint32_t>(load_le(seg + 12, 4));
        // §5.2.6.2: unknown flags, or UNMAP on a discard, are UNSUPP.
        if ((flags & ~kBlkWriteZeroesUnmap) != 0 || (discard && r.unmap))
            return {kBlkStatusUnsupp, 0, 0};
        if (r.sectors > max_sectors || !in_range(r.sector, uint64_t{r.sectors} * kBlkSectorSize))
            return {kBlkStatusIoErr, 0, 0};
        ranges.push_back(r);
    }
    for (const Range& r : ranges) {
        const uint64_t offset = r.sector * kBlkSectorSize;
        const uint64_t bytes = uint64_t{r.sectors} * kBlkSectorSize;
        const bool ok = discard ? m_file->discard(offset, bytes)
                                : m_file->write_zeroes(offset, bytes, r.unmap);
        if (!ok) {
            host_error();
            return {kBlkStatusIoErr, 0, 0};
        }
    }
    return {kBlkStatusOk, 0, 0};
}

}  // namespace vp::virtio
