#include "virtio/mmio_transport.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <stdexcept>

#include "virtio/conformance.h"
#include "virtio/packed_ring.h"
#include "virtio/split_ring.h"
#include "virtio/trace.h"
#include "virtio/virtio.h"

namespace vp::virtio {

namespace {

bool is_pow2(uint64_t v) { return v != 0 && (v & (v - 1)) == 0; }

std::string hex(uint64_t v)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
    return buf;
}

constexpr unsigned kConfigOffset = 0x100;

TransportCoreConfig core_config(const MmioTransportConfig& c)
{
    TransportCoreConfig core;
    core.legacy = c.version == 1;
    core.queue_size_max = c.queue_size_max;
    core.ring_packed = c.ring_packed;
    core.strict = c.strict;
    core.faults = c.faults;
    return core;
}

}  // namespace

using T = MmioTransport;

// The register map (virtio 1.2 §4.2.2 for v2, §4.2.4 for legacy v1). All
// registers are 32 bits wide; config space at 0x100 is handled separately.
const T::Register T::kRegisters[] = {
    // name                 offset access versions read                       write
    {"MagicValue",          0x000, kR,  kBoth, &T::read_magic,             nullptr},
    {"Version",             0x004, kR,  kBoth, &T::read_version,           nullptr},
    {"DeviceID",            0x008, kR,  kBoth, &T::read_device_id,         nullptr},
    {"VendorID",            0x00c, kR,  kBoth, &T::read_vendor_id,         nullptr},
    {"DeviceFeatures",      0x010, kR,  kBoth, &T::read_device_features,   nullptr},
    {"DeviceFeaturesSel",   0x014, kW,  kBoth, nullptr,                    &T::write_device_features_sel},
    {"DriverFeatures",      0x020, kW,  kBoth, nullptr,                    &T::write_driver_features},
    {"DriverFeaturesSel",   0x024, kW,  kBoth, nullptr,                    &T::write_driver_features_sel},
    {"GuestPageSize",       0x028, kW,  kV1,   nullptr,                    &T::write_guest_page_size},
    {"QueueSel",            0x030, kW,  kBoth, nullptr,                    &T::write_queue_sel},
    {"QueueNumMax",         0x034, kR,  kBoth, &T::read_queue_num_max,     nullptr},
    {"QueueNum",            0x038, kW,  kBoth, nullptr,                    &T::write_queue_num},
    {"QueueAlign",          0x03c, kW,  kV1,   nullptr,                    &T::write_queue_align},
    {"QueuePFN",            0x040, kRW, kV1,   &T::read_queue_pfn,         &T::write_queue_pfn},
    {"QueueReady",          0x044, kRW, kV2,   &T::read_queue_ready,       &T::write_queue_ready},
    {"QueueNotify",         0x050, kW,  kBoth, nullptr,                    &T::write_queue_notify},
    {"InterruptStatus",     0x060, kR,  kBoth, &T::read_interrupt_status,  nullptr},
    {"InterruptACK",        0x064, kW,  kBoth, nullptr,                    &T::write_interrupt_ack},
    {"Status",              0x070, kRW, kBoth, &T::read_status,            &T::write_status},
    {"QueueDescLow",        0x080, kW,  kV2,   nullptr,                    &T::write_desc_low},
    {"QueueDescHigh",       0x084, kW,  kV2,   nullptr,                    &T::write_desc_high},
    {"QueueDriverLow",      0x090, kW,  kV2,   nullptr,                    &T::write_driver_low},
    {"QueueDriverHigh",     0x094, kW,  kV2,   nullptr,                    &T::write_driver_high},
    {"QueueDeviceLow",      0x0a0, kW,  kV2,   nullptr,                    &T::write_device_low},
    {"QueueDeviceHigh",     0x0a4, kW,  kV2,   nullptr,                    &T::write_device_high},
    {"SHMSel",              0x0ac, kW,  kV2,   nullptr,                    &T::write_shm_sel},
    {"SHMLenLow",           0x0b0, kR,  kV2,   &T::read_shm_none,          nullptr},
    {"SHMLenHigh",          0x0b4, kR,  kV2,   &T::read_shm_none,          nullptr},
    {"SHMBaseLow",          0x0b8, kR,  kV2,   &T::read_shm_none,          nullptr},
    {"SHMBaseHigh",         0x0bc, kR,  kV2,   &T::read_shm_none,          nullptr},
    {"QueueReset",          0x0c0, kRW, kV2,   &T::read_queue_reset,       &T::write_queue_reset},
    {"ConfigGeneration",    0x0fc, kR,  kV2,   &T::read_config_generation, nullptr},
};

MmioTransport::MmioTransport(sc_core::sc_module_name name, VirtioDevice& device,
                             const MmioTransportConfig& config)
    : VirtioTransportCore(name, device, core_config(config)), socket("socket"), m_config(config)
{
    if (config.version != 1 && config.version != 2)
        throw std::invalid_argument(std::string(this->name()) +
                                    ": version must be 1 (legacy) or 2, not " +
                                    std::to_string(config.version));
    socket.register_b_transport(this, &MmioTransport::b_transport);
    socket.register_transport_dbg(this, &MmioTransport::transport_dbg);
    socket.register_get_direct_mem_ptr(this, &MmioTransport::get_direct_mem_ptr);
    m_pfn.assign(num_queues(), 0);
}

MmioTransport::~MmioTransport() = default;

void MmioTransport::reset_registers()
{
    m_device_features_sel = 0;
    m_driver_features_sel = 0;
    m_queue_sel = 0;
    m_shm_sel = 0;
    // GuestPageSize survives: Linux writes it once at probe, before the reset.
}

// ---- Features ---------------------------------------------------------------

uint32_t MmioTransport::read_device_features()
{
    const uint64_t f = offered_features();
    if (m_device_features_sel == 0)
        return static_cast<uint32_t>(f);
    if (m_device_features_sel == 1)
        return static_cast<uint32_t>(f >> 32);
    return 0;
}

void MmioTransport::write_driver_features(uint32_t v)
{
    if (status() & kStatusFeaturesOk) {
        SC_REPORT_WARNING(kBadSequence, (std::string(name()) +
                                         ": DriverFeatures written after FEATURES_OK; expected "
                                         "feature negotiation to be finished, write ignored")
                                            .c_str());
        return;
    }
    if (m_driver_features_sel > 1) {
        if (v != 0)
            SC_REPORT_WARNING(kBadValue, (std::string(name()) + ": DriverFeatures " + hex(v) +
                                          " with DriverFeaturesSel " +
                                          std::to_string(m_driver_features_sel) +
                                          "; expected 0 (no features above bit 63)")
                                             .c_str());
        return;
    }
    const unsigned shift = 32 * m_driver_features_sel;
    uint64_t f = driver_features_written();
    f &= ~(uint64_t{0xffffffff} << shift);
    f |= uint64_t{v} << shift;
    VirtioTransportCore::write_driver_features(f);
}

// ---- Queue registers ----------------------------------------------------------

MmioTransport::Queue* MmioTransport::selected(const char* reg)
{
    if (m_queue_sel < num_queues())
        return &queue(m_queue_sel);
    if (m_debug_access)
        return nullptr;
    SC_REPORT_WARNING(kBadValue, (std::string(name()) + ": " + reg + " accessed with QueueSel " +
                                  std::to_string(m_queue_sel) + "; expected a queue below " +
                                  std::to_string(num_queues()) + " (QueueNumMax reads 0)")
                                     .c_str());
    return nullptr;
}

bool MmioTransport::queue_setup_allowed(const char* reg)
{
    Queue* q = selected(reg);
    if (!q)
        return false;
    if (q->enabled) {
        SC_REPORT_WARNING(kBadSequence,
                          (std::string(name()) + ": " + reg + " written for queue " +
                           std::to_string(m_queue_sel) + " while it is enabled; expected " +
                           (m_config.version == 1 ? "QueuePFN 0" : "QueueReady 0") +
                           " first, write ignored")
                              .c_str());
        return false;
    }
    return true;
}

uint32_t MmioTransport::read_queue_num_max()
{
    return queue_max(m_queue_sel);  // 0 for a queue that does not exist
}

void MmioTransport::write_queue_num(uint32_t v)
{
    if (!queue_setup_allowed("QueueNum"))
        return;
    const unsigned max = queue_max(m_queue_sel);
    const bool packed = m_config.version == 2 && (driver_features_written() & bit(kFeatureRingPacked));
    if (v == 0 || v > max || (!packed && !is_pow2(v))) {
        SC_REPORT_WARNING(kBadValue,
                          (std::string(name()) + ": QueueNum " + std::to_string(v) +
                           " for queue " + std::to_string(m_queue_sel) + "; expected 1.." +
                           std::to_string(max) + (packed ? "" : " and a power of two (split ring)") +
                           ", keeping " + std::to_string(queue(m_queue_sel).num))
                              .c_str());
        return;
    }
    queue(m_queue_sel).num = v;
}

void MmioTransport::write_guest_page_size(uint32_t v)
{
    if (!is_pow2(v)) {
        SC_REPORT_WARNING(kBadValue, (std::string(name()) + ": GuestPageSize " + std::to_string(v) +
                                      "; expected a power of two, keeping " +
                                      std::to_string(m_guest_page_size))
                                         .c_str());
        return;
    }
    m_guest_page_size = v;
}

void MmioTransport::write_queue_align(uint32_t v)
{
    if (!queue_setup_allowed("QueueAlign"))
        return;
    if (!is_pow2(v)) {
        SC_REPORT_WARNING(kBadValue, (std::string(name()) + ": QueueAlign " + std::to_string(v) +
                                      " for queue " + std::to_string(m_queue_sel) +
                                      "; expected a power of two, write ignored")
                                         .c_str());
        return;
    }
    queue(m_queue_sel).align = v;
}

uint32_t MmioTransport::read_queue_pfn()
{
    Queue* q = selected("QueuePFN");
    return q && q->enabled ? m_pfn[m_queue_sel] : 0;
}

void MmioTransport::write_queue_pfn(uint32_t v)
{
    Queue* q = selected("QueuePFN");
    if (!q)
        return;
    if (v == 0) {  // stop using this queue (and only this one)
        disable_queue(m_queue_sel);
        return;
    }
    if (q->enabled && m_pfn[m_queue_sel] != v)
        disable_queue(m_queue_sel);
    m_pfn[m_queue_sel] = v;
    q->desc = uint64_t{v} * m_guest_page_size;  // latched now, like the hardware would
    enable_queue(m_queue_sel);  // the ring (re)starts at DRIVER_OK, or now if it is set
}

uint32_t MmioTransport::read_queue_ready()
{
    Queue* q = selected("QueueReady");
    return q && q->enabled ? 1 : 0;
}

void MmioTransport::write_queue_ready(uint32_t v)
{
    Queue* q = selected("QueueReady");
    if (!q)
        return;
    if (v == 0) {
        disable_queue(m_queue_sel);  // no ring access from now on
        return;
    }
    if (v != 1)
        SC_REPORT_WARNING(kBadValue, (std::string(name()) + ": QueueReady " + std::to_string(v) +
                                      " for queue " + std::to_string(m_queue_sel) +
                                      "; expected 0 or 1, taken as 1")
                                         .c_str());
    if (!q->enabled)
        enable_queue(m_queue_sel);  // the ring starts at DRIVER_OK, or now if it is set
}

void MmioTransport::set_queue_addr(uint64_t Queue::*field, uint32_t v, bool high, const char* reg)
{
    if (!queue_setup_allowed(reg))
        return;
    uint64_t& a = queue(m_queue_sel).*field;
    a = high ? (a & 0xffffffffull) | (uint64_t{v} << 32) : (a & ~0xffffffffull) | v;
}

uint32_t MmioTransport::read_queue_reset()
{
    selected("QueueReset");
    return 0;  // a queue reset completes immediately
}

void MmioTransport::write_queue_reset(uint32_t v)
{
    Queue* q = selected("QueueReset");
    if (!q || v == 0)
        return;
    if (!(negotiated_features() & bit(kFeatureRingReset))) {
        SC_REPORT_WARNING(kBadSequence, (std::string(name()) + ": QueueReset written for queue " +
                                         std::to_string(m_queue_sel) +
                                         " but VIRTIO_F_RING_RESET was not negotiated; ignored")
                                            .c_str());
        return;
    }
    reset_queue(m_queue_sel);
}

void MmioTransport::write_queue_notify(uint32_t v)
{
    if (v >= num_queues()) {
        SC_REPORT_WARNING(kBadValue, (std::string(name()) + ": QueueNotify " + std::to_string(v) +
                                      "; expected a queue below " +
                                      std::to_string(num_queues()))
                                         .c_str());
        return;
    }
    if (!(status() & kStatusDriverOk)) {
        SC_REPORT_WARNING(kBadSequence, (std::string(name()) + ": QueueNotify " +
                                         std::to_string(v) +
                                         " before DRIVER_OK; expected the device to be live, "
                                         "ignored")
                                            .c_str());
        return;
    }
    notify_queue(v);
}

// ---- Interrupts ---------------------------------------------------------------

void MmioTransport::write_interrupt_ack(uint32_t v)
{
    ack_interrupt(v);
}

// ---- TLM --------------------------------------------------------------------------

const MmioTransport::Register* MmioTransport::find(uint32_t offset) const  // hot: every access
{
    // The table indexed by offset / 4, built once from kRegisters.
    static const std::array<const Register*, kConfigOffset / 4> by_word = [] {
        std::array<const Register*, kConfigOffset / 4> t{};
        for (const Register& r : kRegisters)
            t[r.offset / 4] = &r;
        return t;
    }();
    return offset < kConfigOffset && offset % 4 == 0 ? by_word[offset / 4] : nullptr;
}

bool MmioTransport::access_config(bool is_write, uint32_t offset, uint8_t* data, unsigned len,
                                  bool debug)
{
    auto warn = [&](const char* type, const std::string& text) {
        if (!debug)
            SC_REPORT_WARNING(type, (std::string(name()) + ": " + text).c_str());
        if (!debug && strict_checker())
            strict_checker()->on_access_error(type);
    };
    // Built only for a report (the access path is hot).
    auto what = [&] {
        return std::string(is_write ? "write" : "read") + " of " + std::to_string(len) +
               " bytes at config offset " + hex(offset);
    };
    if (len != 1 && len != 2 && len != 4) {
        warn(kBadWidth, what() + "; expected an 8, 16 or 32-bit access (64-bit fields as two "
                               "32-bit accesses)");
        return false;
    }
    if (offset % len) {
        warn(kMisaligned, what() + "; expected an access aligned to its width");
        return false;
    }
    if (offset + len > device().config_size()) {
        warn(kBadOffset, what() + "; expected an offset below the config size " +
                             std::to_string(device().config_size()));
        return false;
    }
    uint64_t value = 0;
    if (is_write) {
        if (!debug && strict_checker())
            strict_checker()->on_config_write(status());
        if (!debug)
            device().write_config(offset, data, len);
    } else {
        device().read_config(offset, data, len);
    }
    if (!debug && Tracer::on(is_write ? TraceEvent::mmio_write : TraceEvent::mmio_read)) {
        for (unsigned i = len; i-- > 0;)  // little-endian value of the access
            value = (value << 8) | data[i];
        Tracer::instance().mmio_access(this, trace_name().c_str(), is_write, "Config", kConfigOffset + offset,
                                       value);
    }
    return true;
}

bool MmioTransport::access(tlm::tlm_generic_payload& tx, bool debug)
{
    const bool is_write = tx.is_write();
    const uint64_t addr = tx.get_address();
    const unsigned len = tx.get_data_length();
    uint8_t* data = tx.get_data_ptr();
    auto warn = [&](const char* type, const std::string& text) {
        if (!debug)
            SC_REPORT_WARNING(type, (std::string(name()) + ": " + text).c_str());
        if (!debug && strict_checker())
            strict_checker()->on_access_error(type);
    };
    if (!is_write)
        std::memset(data, 0, len);  // reads that fail return zeros
    // Built only for a report (the access path is hot).
    auto what = [&] {
        return std::string(is_write ? "write" : "read") + " of " + std::to_string(len) +
               " bytes at " + hex(addr);
    };
    if (tx.get_byte_enable_ptr() || tx.get_streaming_width() < len) {
        warn(kBadWidth, what() + " with byte enables or streaming; expected a plain access");
        return false;
    }
    if (addr >= kWindowSize || len > kWindowSize - addr) {
        warn(kBadOffset, what() + "; expected an offset inside the 0x200 register window");
        return false;
    }
    if (addr >= kConfigOffset)
        return access_config(is_write, static_cast<uint32_t>(addr - kConfigOffset), data, len,
                             debug);

    if (len != 4) {
        const Register* r = find(static_cast<uint32_t>(addr & ~3ull));
        warn(kBadWidth, what() + (r ? std::string(" (") + r->name + ")" : std::string()) +
                            "; expected a 32-bit access");
        return false;
    }
    if (addr % 4) {
        warn(kMisaligned, what() + "; expected a 32-bit aligned register offset");
        return false;
    }
    const Register* r = find(static_cast<uint32_t>(addr));
    const uint8_t version_bit = m_config.version == 1 ? kV1 : kV2;
    if (!r || !(r->versions & version_bit)) {
        warn(kBadOffset, what() + (r ? std::string(" (") + r->name + ", a Version " +
                                         (r->versions == kV1 ? "1" : "2") + " register)"
                                   : std::string()) +
                             "; expected a register of Version " +
                             std::to_string(m_config.version));
        return false;
    }
    if (is_write) {
        if (!(r->access & kW)) {
            warn(kReadOnly, what() + ": " + r->name + " is read-only; write ignored");
            return false;
        }
        if (debug)
            return false;
        uint32_t v;
        std::memcpy(&v, data, 4);
        if (Tracer::on(TraceEvent::mmio_write))  // trace point (hot), before the effects
            Tracer::instance().mmio_access(this, trace_name().c_str(), true, r->name, addr, v);
        if (ConformanceChecker* strict = strict_checker())  // strict mode (conformance.h)
            strict->on_write(r->offset, v, status(), interrupt_status());
        (this->*(r->write))(v);
    } else {
        if (!(r->access & kR)) {
            warn(kWriteOnly, what() + ": " + r->name + " is write-only; expected no reads, read 0");
            return false;
        }
        const uint32_t v = (this->*(r->read))();
        std::memcpy(data, &v, 4);
        if (!debug && strict_checker())
            strict_checker()->on_read(r->offset, v);
        if (Tracer::on(TraceEvent::mmio_read) && !debug)  // trace point (hot)
            Tracer::instance().mmio_access(this, trace_name().c_str(), false, r->name, addr, v);
    }
    return true;
}

void MmioTransport::b_transport(tlm::tlm_generic_payload& tx, sc_core::sc_time& delay)
{
    delay += m_config.register_latency;
    // Guest errors are reported and the access ignored, like a real device
    // that ignores bad accesses: the bus transaction itself completes.
    access(tx, false);
    tx.set_response_status(tlm::TLM_OK_RESPONSE);
}

unsigned MmioTransport::transport_dbg(tlm::tlm_generic_payload& tx)
{
    // Debug reads have no side effects (no register read here has any);
    // debug writes are not supported.
    if (tx.is_write())
        return 0;
    m_debug_access = true;
    const bool ok = access(tx, true);
    m_debug_access = false;
    return ok ? tx.get_data_length() : 0;
}

bool MmioTransport::get_direct_mem_ptr(tlm::tlm_generic_payload&, tlm::tlm_dmi& dmi)
{
    dmi.set_start_address(0);
    dmi.set_end_address(kWindowSize - 1);
    return false;  // registers: never DMI
}

}  // namespace vp::virtio
