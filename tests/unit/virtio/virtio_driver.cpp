#define SC_INCLUDE_DYNAMIC_PROCESSES
#include "virtio_driver.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <stdexcept>

#include "bus/router.h"
#include "memory/memory.h"
#include "virtio/mmio_transport.h"
#include "virtio/virtio.h"

namespace vp::virtio::test {

namespace {
constexpr uint32_t kPageSize = 4096;  // Linux PAGE_SIZE on the platforms we model
constexpr uint32_t kVringAlign = 4096;  // VIRTIO_MMIO_VRING_ALIGN
constexpr uint16_t kAvailNoInterrupt = 1;
constexpr uint16_t kUsedNoNotify = 1;
constexpr uint16_t kEventEnable = 0, kEventDisable = 1, kEventDesc = 2;

uint64_t align_up(uint64_t v, uint64_t a) { return (v + a - 1) / a * a; }

bool need_event(uint16_t ev, uint16_t new_idx, uint16_t old_idx)
{
    return static_cast<uint16_t>(new_idx - ev - 1) < static_cast<uint16_t>(new_idx - old_idx);
}
}  // namespace

VirtioDriver::VirtioDriver(sc_core::sc_module_name name, const DriverOptions& options)
    : sc_core::sc_module(name), bus("bus"), irq("irq"), m_options(options),
      m_next_alloc(options.ram_base)
{
}

// ---- Registers ------------------------------------------------------------------

void VirtioDriver::transport_reg(tlm::tlm_command cmd, uint32_t offset, uint8_t* data,
                                 unsigned width)
{
    tlm::tlm_generic_payload& tx = m_reg_tx;  // reused: a fresh payload allocates its extension array
    tx.set_command(cmd);
    tx.set_address(m_options.mmio_base + offset);
    tx.set_data_ptr(data);
    tx.set_data_length(width);
    tx.set_streaming_width(width);
    tx.set_byte_enable_ptr(nullptr);
    tx.set_dmi_allowed(false);
    tx.set_response_status(tlm::TLM_INCOMPLETE_RESPONSE);
    sc_core::sc_time delay = sc_core::SC_ZERO_TIME;
    bus.transport(tx, delay);
    m_last_response = tx.get_response_status();
    if (delay != sc_core::SC_ZERO_TIME)
        wait(delay);
}

uint64_t VirtioDriver::read_reg(uint32_t offset, unsigned width)
{
    uint8_t buf[8] = {};
    transport_reg(tlm::TLM_READ_COMMAND, offset, buf, width);
    uint64_t v = 0;
    std::memcpy(&v, buf, std::min(width, 8u));
    return v;
}

void VirtioDriver::write_reg(uint32_t offset, uint64_t value, unsigned width)
{
    uint8_t buf[8];
    std::memcpy(buf, &value, 8);
    transport_reg(tlm::TLM_WRITE_COMMAND, offset, buf, width);
}

uint64_t VirtioDriver::config_read(uint32_t offset, unsigned len)
{
    uint64_t v = 0;
    if (m_version == 1) {  // vm_get: byte by byte
        for (unsigned i = 0; i < len; ++i)
            v |= read_reg(reg::kConfig + offset + i, 1) << (8 * i);
        return v;
    }
    if (len == 8)
        return read_reg(reg::kConfig + offset, 4) | read_reg(reg::kConfig + offset + 4, 4) << 32;
    return read_reg(reg::kConfig + offset, len);
}

void VirtioDriver::config_write(uint32_t offset, uint64_t value, unsigned len)
{
    if (m_version == 1) {
        for (unsigned i = 0; i < len; ++i)
            write_reg(reg::kConfig + offset + i, (value >> (8 * i)) & 0xff, 1);
        return;
    }
    if (len == 8) {
        write_reg(reg::kConfig + offset, value & 0xffffffff, 4);
        write_reg(reg::kConfig + offset + 4, value >> 32, 4);
        return;
    }
    write_reg(reg::kConfig + offset, value, len);
}

// ---- Guest memory ---------------------------------------------------------------

uint64_t VirtioDriver::alloc(size_t len, size_t align)
{
    const uint64_t a = align_up(m_next_alloc, align ? align : 1);
    if (a + len > m_options.ram_base + m_options.ram_size)
        throw std::runtime_error("VirtioDriver: out of guest RAM");
    m_next_alloc = a + len;
    // Fresh memory is zero, like the kernel's zeroed ring allocations.
    std::vector<uint8_t> zero(len, 0);
    mem_write(a, zero.data(), len);
    return a;
}

void VirtioDriver::mem_write(uint64_t addr, const void* src, size_t len)
{
    sc_core::sc_time d = sc_core::SC_ZERO_TIME;
    if (bus.write(addr, src, len, d) != bus::MemStatus::ok)
        throw std::runtime_error("VirtioDriver: write outside memory");
}

void VirtioDriver::mem_read(uint64_t addr, void* dst, size_t len)
{
    sc_core::sc_time d = sc_core::SC_ZERO_TIME;
    if (bus.read(addr, dst, len, d) != bus::MemStatus::ok)
        throw std::runtime_error("VirtioDriver: read outside memory");
}

std::vector<uint8_t> VirtioDriver::mem_read(uint64_t addr, size_t len)
{
    std::vector<uint8_t> v(len);
    mem_read(addr, v.data(), len);
    return v;
}

uint16_t VirtioDriver::mem_read16(uint64_t addr)
{
    uint16_t v;
    mem_read(addr, &v, 2);
    return v;
}

uint32_t VirtioDriver::mem_read32(uint64_t addr)
{
    uint32_t v;
    mem_read(addr, &v, 4);
    return v;
}

void VirtioDriver::mem_write16(uint64_t addr, uint16_t v) { mem_write(addr, &v, 2); }

// ---- Bring-up ---------------------------------------------------------------------

bool VirtioDriver::probe()
{
    if (read32(reg::kMagic) != MmioTransport::kMagic)
        return false;  // "Wrong magic value"
    m_version = read32(reg::kVersion);
    if (m_version < 1 || m_version > 2)
        return false;  // "Version %ld not supported!"
    m_device_id = read32(reg::kDeviceId);
    if (m_device_id == 0)
        return false;  // -ENODEV, silently
    read32(reg::kVendorId);
    if (m_version == 1)
        write32(reg::kGuestPageSize, kPageSize);
    return true;
}

uint64_t VirtioDriver::device_features()
{
    write32(reg::kDeviceFeaturesSel, 1);
    uint64_t f = uint64_t{read32(reg::kDeviceFeatures)} << 32;
    write32(reg::kDeviceFeaturesSel, 0);
    return f | read32(reg::kDeviceFeatures);
}

bool VirtioDriver::negotiate(uint64_t wanted)
{
    m_rings.clear();
    set_status(0);
    set_status(kStatusAcknowledge);
    set_status(kStatusAcknowledge | kStatusDriver);
    const uint64_t offered = device_features();
    if (m_version == 2 && !(offered & bit(kFeatureVersion1)))
        return false;  // "must provide VIRTIO_F_VERSION_1"
    if (m_version == 2)
        wanted |= bit(kFeatureVersion1);
    m_features = offered & wanted;
    write32(reg::kDriverFeaturesSel, 1);
    write32(reg::kDriverFeatures, static_cast<uint32_t>(m_features >> 32));
    write32(reg::kDriverFeaturesSel, 0);
    write32(reg::kDriverFeatures, static_cast<uint32_t>(m_features));
    if (m_version == 1)
        return true;
    set_status(kStatusAcknowledge | kStatusDriver | kStatusFeaturesOk);
    if (!(status() & kStatusFeaturesOk)) {  // "device refuses features"
        set_status(status() | kStatusFailed);
        return false;
    }
    return true;
}

bool VirtioDriver::packed() const { return m_features & bit(kFeatureRingPacked); }

bool VirtioDriver::setup_queue(unsigned queue, unsigned num)
{
    write32(reg::kQueueSel, queue);
    if (read32(m_version == 1 ? reg::kQueuePfn : reg::kQueueReady) != 0)
        return false;  // -ENOENT: queue already set up
    const unsigned max = read32(reg::kQueueNumMax);
    if (max == 0)
        return false;  // -ENOENT
    if (num == 0 || num > max)
        num = max;

    Ring r;
    r.index = queue;
    r.packed = packed();
    r.num = num;
    if (r.packed) {
        r.desc = alloc(16ull * num, 16);
        r.driver = alloc(4, 4);
        r.device = alloc(4, 4);
    } else {
        // vring_init layout with VIRTIO_MMIO_VRING_ALIGN, for both versions.
        const uint64_t used_off = align_up(16ull * num + 2ull * (3 + num), kVringAlign);
        r.desc = alloc(used_off + 6 + 8ull * num, kPageSize);
        r.driver = r.desc + 16ull * num;
        r.device = r.desc + used_off;
    }
    for (unsigned i = num; i-- > 0;)
        r.free.push_back(static_cast<uint16_t>(i));  // pop_back hands out 0, 1, ...

    write32(reg::kQueueNum, num);
    if (m_version == 1) {
        write32(reg::kQueueAlign, kVringAlign);
        write32(reg::kQueuePfn, static_cast<uint32_t>(r.desc / kPageSize));
    } else {
        write32(reg::kQueueDescLow, static_cast<uint32_t>(r.desc));
        write32(reg::kQueueDescHigh, static_cast<uint32_t>(r.desc >> 32));
        write32(reg::kQueueDriverLow, static_cast<uint32_t>(r.driver));
        write32(reg::kQueueDriverHigh, static_cast<uint32_t>(r.driver >> 32));
        write32(reg::kQueueDeviceLow, static_cast<uint32_t>(r.device));
        write32(reg::kQueueDeviceHigh, static_cast<uint32_t>(r.device >> 32));
        write32(reg::kQueueReady, 1);
    }
    m_rings[queue] = std::move(r);
    return true;
}

bool VirtioDriver::del_queue(unsigned queue)
{
    write32(reg::kQueueSel, queue);
    m_rings.erase(queue);
    if (m_version == 1) {
        write32(reg::kQueuePfn, 0);
        return true;
    }
    write32(reg::kQueueReady, 0);
    return read32(reg::kQueueReady) == 0;
}

void VirtioDriver::driver_ok() { set_status(status() | kStatusDriverOk); }

bool VirtioDriver::init(uint64_t wanted_features, unsigned queues, unsigned num)
{
    if (!probe() || !negotiate(wanted_features))
        return false;
    for (unsigned q = 0; q < queues; ++q)
        if (!setup_queue(q, num))
            return false;
    driver_ok();
    return true;
}

void VirtioDriver::reset()
{
    set_status(0);
    m_rings.clear();
    m_features = 0;
}

// ---- Requests ---------------------------------------------------------------------

int VirtioDriver::submit(unsigned queue, const Request& req)
{
    std::vector<Segment> segs;
    for (const auto& out : req.out) {
        const uint64_t a = alloc(std::max<size_t>(out.size(), 1), 16);
        if (!out.empty())
            mem_write(a, out.data(), out.size());
        segs.push_back({a, static_cast<uint32_t>(out.size()), false});
    }
    for (uint32_t len : req.in)
        segs.push_back({alloc(std::max<uint32_t>(len, 1), 16), len, true});
    return submit_segments(queue, segs, req.indirect);
}

int VirtioDriver::submit_segments(unsigned queue, const std::vector<Segment>& segs, bool indirect)
{
    Ring& r = ring(queue);
    if (segs.empty())
        return -1;
    return r.packed ? submit_packed(r, segs, indirect) : submit_split(r, segs, indirect);
}

int VirtioDriver::submit_split(Ring& r, const std::vector<Segment>& segs, bool indirect)
{
    const size_t needed = indirect ? 1 : segs.size();
    if (r.free.size() < needed)
        return -1;
    Ring::Pending p = take_spare(r);
    for (size_t i = 0; i < needed; ++i) {
        p.descs.push_back(r.free.back());
        r.free.pop_back();
    }
    auto flags_of = [](const Segment& s) -> uint16_t { return s.writable ? kDescWrite : 0; };
    const uint16_t head = p.descs[0];
    if (indirect) {
        const uint64_t table = alloc(16 * segs.size(), 16);
        for (size_t i = 0; i < segs.size(); ++i) {
            const bool last = i + 1 == segs.size();
            struct { uint64_t addr; uint32_t len; uint16_t flags, next; } d{
                segs[i].addr, segs[i].len,
                static_cast<uint16_t>(flags_of(segs[i]) | (last ? 0 : kDescNext)),
                static_cast<uint16_t>(last ? 0 : i + 1)};
            mem_write(table + 16 * i, &d, 16);
        }
        write_split_desc(r.index, head, table, static_cast<uint32_t>(16 * segs.size()),
                         kDescIndirect, 0);
    } else {
        for (size_t i = 0; i < segs.size(); ++i) {
            const bool last = i + 1 == segs.size();
            write_split_desc(r.index, p.descs[i], segs[i].addr, segs[i].len,
                             static_cast<uint16_t>(flags_of(segs[i]) | (last ? 0 : kDescNext)),
                             last ? 0 : p.descs[i + 1]);
        }
    }
    for (const auto& s : segs)
        if (s.writable)
            p.writable.push_back(s);
    r.pending[head] = std::move(p);
    publish_split(r.index, head);
    return head;
}

int VirtioDriver::submit_packed(Ring& r, const std::vector<Segment>& segs, bool indirect)
{
    const unsigned slots = indirect ? 1 : static_cast<unsigned>(segs.size());
    unsigned used_slots = 0;
    for (const auto& kv : r.pending)
        used_slots += kv.second.slots;
    if (r.free.empty() || used_slots + slots > r.num)
        return -1;
    const uint16_t id = r.free.back();
    r.free.pop_back();
    const uint16_t avail_bits = r.avail_wrap ? kDescAvail : kDescUsed;
    const unsigned q = r.index;

    std::vector<std::pair<uint16_t, uint16_t>> written;  // slot, flags (head written last)
    if (indirect) {
        const uint64_t table = alloc(16 * segs.size(), 16);
        for (size_t i = 0; i < segs.size(); ++i) {
            struct { uint64_t addr; uint32_t len; uint16_t id, flags; } d{
                segs[i].addr, segs[i].len, 0,
                static_cast<uint16_t>(segs[i].writable ? kDescWrite : 0)};
            mem_write(table + 16 * i, &d, 16);
        }
        write_packed_desc(q, r.next_avail, table, static_cast<uint32_t>(16 * segs.size()), id,
                          0);
        written.push_back({r.next_avail, static_cast<uint16_t>(kDescIndirect | avail_bits)});
        if (++r.next_avail == r.num) {
            r.next_avail = 0;
            r.avail_wrap = !r.avail_wrap;
        }
    } else {
        for (size_t i = 0; i < segs.size(); ++i) {
            const bool last = i + 1 == segs.size();
            const uint16_t bits = r.avail_wrap ? kDescAvail : kDescUsed;
            const uint16_t flags = static_cast<uint16_t>(
                (segs[i].writable ? kDescWrite : 0) | (last ? 0 : kDescNext) | bits);
            write_packed_desc(q, r.next_avail, segs[i].addr, segs[i].len, id, 0);
            written.push_back({r.next_avail, flags});
            if (++r.next_avail == r.num) {
                r.next_avail = 0;
                r.avail_wrap = !r.avail_wrap;
            }
        }
    }
    // Flags of the following descriptors first, the head's last: that makes
    // the whole chain available at once (§2.8.21.1).
    for (size_t i = written.size(); i-- > 0;)
        mem_write16(r.desc + 16ull * written[i].first + 14, written[i].second);
    Ring::Pending p = take_spare(r);
    p.slots = slots;
    for (const auto& s : segs)
        if (s.writable)
            p.writable.push_back(s);
    r.pending[id] = std::move(p);
    return id;
}

bool VirtioDriver::kick(unsigned queue)
{
    Ring& r = ring(queue);
    bool need;
    if (r.packed) {
        uint16_t event[2];
        mem_read(r.device, event, 4);
        need = (event[1] & 3) != kEventDisable;
    } else if (m_features & bit(kFeatureEventIdx)) {
        const uint16_t avail_event = mem_read16(r.device + 4 + 8ull * r.num);
        need = need_event(avail_event, r.avail_idx, r.kicked_idx);
    } else {
        need = !(mem_read16(r.device) & kUsedNoNotify);
    }
    r.kicked_idx = r.avail_idx;
    if (need)
        notify(queue);
    return need;
}

VirtioDriver::Ring::Pending VirtioDriver::take_spare(Ring& r)
{
    if (r.spare.empty())
        return {};
    Ring::Pending p = std::move(r.spare.back());
    r.spare.pop_back();
    return p;
}

void VirtioDriver::release(Ring& r, std::map<uint16_t, Ring::Pending>::iterator it)
{
    Ring::Pending& p = it->second;
    if (r.packed) {
        r.free.push_back(it->first);
    } else {
        for (uint16_t d : p.descs)
            r.free.push_back(d);
    }
    p.descs.clear();  // keep the capacity for the next request (no allocation per request)
    p.writable.clear();
    p.slots = 0;
    r.spare.push_back(std::move(p));
    r.pending.erase(it);
}

VirtioDriver::Completion VirtioDriver::complete(Ring& r, uint16_t token, uint32_t len)
{
    Completion c{token, len, {}};
    auto it = r.pending.find(token);
    if (it == r.pending.end())
        return c;  // the device returned something we never submitted
    size_t total = 0;
    for (const auto& s : it->second.writable)
        total += s.len;
    c.data.resize(total);  // read straight into the completion (no temporary per buffer)
    size_t at = 0;
    for (const auto& s : it->second.writable) {
        mem_read(s.addr, c.data.data() + at, s.len);
        at += s.len;
    }
    release(r, it);
    return c;
}

template <class Sink>
void VirtioDriver::collect_split(Ring& r, Sink&& sink)
{
    const uint16_t used_idx = mem_read16(r.device + 2);
    while (r.last_used != used_idx) {
        uint32_t elem[2];
        mem_read(r.device + 4 + 8ull * (r.last_used % r.num), elem, 8);
        ++r.last_used;
        sink(static_cast<uint16_t>(elem[0]), elem[1]);
    }
    if (r.cb_enabled && (m_features & bit(kFeatureEventIdx)))
        mem_write16(r.driver + 4 + 2ull * r.num, r.last_used);  // virtqueue_enable_cb
}

template <class Sink>
void VirtioDriver::collect_packed(Ring& r, Sink&& sink)
{
    for (;;) {
        struct { uint64_t addr; uint32_t len; uint16_t id, flags; } d;
        mem_read(r.desc + 16ull * r.next_used, &d, 16);
        const bool avail = d.flags & kDescAvail;
        const bool used = d.flags & kDescUsed;
        if (avail != used || used != r.used_wrap)
            break;
        auto it = r.pending.find(d.id);
        const unsigned slots = it != r.pending.end() ? it->second.slots : 1;
        r.next_used = static_cast<uint16_t>(r.next_used + slots);
        if (r.next_used >= r.num) {
            r.next_used = static_cast<uint16_t>(r.next_used - r.num);
            r.used_wrap = !r.used_wrap;
        }
        sink(d.id, d.len);
    }
    if (r.cb_enabled && (m_features & bit(kFeatureEventIdx))) {
        const uint16_t event[2] = {static_cast<uint16_t>(r.next_used | (r.used_wrap ? 0x8000 : 0)),
                                   kEventDesc};
        mem_write(r.driver, event, 4);
    }
}

std::vector<VirtioDriver::Completion> VirtioDriver::collect(unsigned queue)
{
    Ring& r = ring(queue);
    std::vector<Completion> out = std::move(r.stash);
    r.stash.clear();
    auto sink = [&](uint16_t token, uint32_t len) { out.push_back(complete(r, token, len)); };
    if (r.packed)
        collect_packed(r, sink);
    else
        collect_split(r, sink);
    return out;
}

void VirtioDriver::collect_used(unsigned queue, std::vector<Used>& out)
{
    Ring& r = ring(queue);
    out.clear();
    auto sink = [&](uint16_t token, uint32_t len) {
        auto it = r.pending.find(token);
        if (it != r.pending.end())
            release(r, it);
        out.push_back({token, len});
    };
    if (r.packed)
        collect_packed(r, sink);
    else
        collect_split(r, sink);
}

unsigned VirtioDriver::in_flight(unsigned queue) const
{
    return static_cast<unsigned>(m_rings.at(queue).pending.size());
}

bool VirtioDriver::wait_irq(sc_core::sc_time timeout)
{
    if (irq.read()) {
        // Yield anyway: the line may be about to fall after an ACK (it
        // follows InterruptStatus two delta cycles later), and a caller
        // looping on a stale high level must not starve the simulation.
        wait(sc_core::SC_ZERO_TIME);
        return true;
    }
    wait(timeout, irq.posedge_event());
    return irq.read();
}

bool VirtioDriver::irq_level()
{
    // The transport drives the line from its own process one delta after the
    // register access, and the signal updates one delta later.
    wait(sc_core::SC_ZERO_TIME);
    wait(sc_core::SC_ZERO_TIME);
    return irq.read();
}

uint32_t VirtioDriver::handle_irq()
{
    const uint32_t status = read32(reg::kInterruptStatus);
    write32(reg::kInterruptAck, status);
    if (status & kInterruptConfigChange)
        ++m_config_interrupts;
    return status;
}

std::optional<VirtioDriver::Completion> VirtioDriver::transact(unsigned queue, const Request& req,
                                                               sc_core::sc_time timeout)
{
    const int token = submit(queue, req);
    if (token < 0)
        return std::nullopt;
    kick(queue);
    const sc_core::sc_time deadline = sc_core::sc_time_stamp() + timeout;
    for (;;) {
        std::optional<Completion> mine;
        for (auto& c : collect(queue)) {
            if (c.token == token && !mine)
                mine = std::move(c);
            else
                ring(queue).stash.push_back(std::move(c));
        }
        if (mine)
            return mine;
        const sc_core::sc_time now = sc_core::sc_time_stamp();
        if (now >= deadline)
            return std::nullopt;
        if (wait_irq(deadline - now))
            handle_irq();
    }
}

// ---- Suppression -------------------------------------------------------------------

void VirtioDriver::enable_cb(unsigned queue)
{
    Ring& r = ring(queue);
    r.cb_enabled = true;
    const bool event_idx = m_features & bit(kFeatureEventIdx);
    if (r.packed) {
        const uint16_t event[2] = {
            static_cast<uint16_t>(r.next_used | (r.used_wrap ? 0x8000 : 0)),
            event_idx ? kEventDesc : kEventEnable};
        mem_write(r.driver, event, 4);
    } else {
        mem_write16(r.driver, 0);
        if (event_idx)
            mem_write16(r.driver + 4 + 2ull * r.num, r.last_used);
    }
}

void VirtioDriver::disable_cb(unsigned queue)
{
    Ring& r = ring(queue);
    r.cb_enabled = false;
    if (r.packed) {
        const uint16_t event[2] = {0, kEventDisable};
        mem_write(r.driver, event, 4);
    } else {
        // Like Linux 6.1 virtqueue_disable_cb_split: with EVENT_IDX only
        // used_event moves (avail.flags must stay 0, §2.7.7.1).
        if (m_features & bit(kFeatureEventIdx))  // as far behind as possible
            mem_write16(r.driver + 4 + 2ull * r.num, static_cast<uint16_t>(r.last_used - 1));
        else
            mem_write16(r.driver, kAvailNoInterrupt);
    }
}

void VirtioDriver::set_used_event(unsigned queue, uint16_t value)
{
    Ring& r = ring(queue);
    r.cb_enabled = false;  // collect() must not re-arm over it
    if (r.packed) {
        const uint16_t event[2] = {value, kEventDesc};
        mem_write(r.driver, event, 4);
    } else {
        mem_write16(r.driver + 4 + 2ull * r.num, value);
    }
}

// ---- Raw ring access ------------------------------------------------------------------

void VirtioDriver::write_split_desc(unsigned queue, uint16_t index, uint64_t addr, uint32_t len,
                                    uint16_t flags, uint16_t next)
{
    const Ring& r = ring(queue);
    struct { uint64_t addr; uint32_t len; uint16_t flags, next; } d{addr, len, flags, next};
    mem_write(r.desc + 16ull * index, &d, 16);
}

void VirtioDriver::publish_split(unsigned queue, uint16_t head)
{
    Ring& r = ring(queue);
    mem_write16(r.driver + 4 + 2ull * (r.avail_idx % r.num), head);
    ++r.avail_idx;
    mem_write16(r.driver + 2, r.avail_idx);
}

void VirtioDriver::set_avail_idx(unsigned queue, uint16_t idx)
{
    Ring& r = ring(queue);
    r.avail_idx = idx;
    mem_write16(r.driver + 2, idx);
}

void VirtioDriver::write_packed_desc(unsigned queue, uint16_t index, uint64_t addr, uint32_t len,
                                     uint16_t id, uint16_t flags)
{
    const Ring& r = ring(queue);
    struct { uint64_t addr; uint32_t len; uint16_t id, flags; } d{addr, len, id, flags};
    mem_write(r.desc + 16ull * index, &d, 16);
}

// ---- Bench -----------------------------------------------------------------------------

VirtioBench::VirtioBench(const BenchOptions& options) : m_options(options)
{
    memory::MemoryConfig mc;
    mc.size = options.ram_size;
    mc.allow_dmi = options.dmi;
    mc.read_latency = options.ram_latency;
    mc.write_latency = options.ram_latency;
    m_ram = std::make_unique<memory::Memory>("ram", mc);
    m_router = std::make_unique<bus::Router>("router");
    DriverOptions d;
    d.mmio_base = kMmioBase;
    d.ram_base = options.ram_base;
    d.ram_size = options.ram_size;
    m_driver = std::make_unique<VirtioDriver>("driver", d);
    m_router->map(m_ram->socket, options.ram_base, options.ram_size, "ram");
    m_driver->bus.bind(m_router->target);
    m_driver->irq.bind(m_irq);
}

VirtioBench::~VirtioBench() = default;

void VirtioBench::attach(MmioTransport& transport)
{
    m_router->map(transport.socket, kMmioBase, kMmioSize, transport.name());
    transport.memory.bind(m_router->target);
    transport.irq.bind(m_irq);
}

bool VirtioBench::run(std::function<void(VirtioDriver&)> body, sc_core::sc_time limit)
{
    bool done = false;
    sc_core::sc_spawn(
        [this, &done, body]() {
            body(*m_driver);
            done = true;
            sc_core::sc_pause();
        },
        "test_body");
    sc_core::sc_start(limit);
    return done;
}

// ---- Reports ------------------------------------------------------------------------------

namespace {
struct ReportLog {
    std::map<std::string, unsigned> counts;
    std::map<std::string, std::string> last;
    unsigned total = 0;
};
ReportLog& report_log()
{
    static ReportLog log;
    return log;
}
void counting_handler(const sc_core::sc_report& rep, const sc_core::sc_actions& actions)
{
    if (rep.get_severity() == sc_core::SC_WARNING) {
        ReportLog& log = report_log();
        ++log.counts[rep.get_msg_type()];
        log.last[rep.get_msg_type()] = rep.get_msg();
        ++log.total;
    }
    sc_core::sc_report_handler::default_handler(rep, actions);
}
}  // namespace

ReportCounter::ReportCounter()
{
    clear();
    sc_core::sc_report_handler::set_handler(counting_handler);
}

ReportCounter::~ReportCounter()
{
    sc_core::sc_report_handler::set_handler(sc_core::sc_report_handler::default_handler);
}

unsigned ReportCounter::count(const std::string& type) const
{
    auto it = report_log().counts.find(type);
    return it == report_log().counts.end() ? 0 : it->second;
}

unsigned ReportCounter::total() const { return report_log().total; }

std::string ReportCounter::last_message(const std::string& type) const
{
    auto it = report_log().last.find(type);
    return it == report_log().last.end() ? std::string() : it->second;
}

void ReportCounter::clear() { report_log() = ReportLog{}; }

}  // namespace vp::virtio::test
