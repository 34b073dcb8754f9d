// sc_spawn for the link schedule's thread.
#define SC_INCLUDE_DYNAMIC_PROCESSES
#include "virtio/net.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace vp::virtio {

namespace {

constexpr size_t kEthHeader = 14;      // destination, source, EtherType
constexpr uint8_t kHdrNeedsCsum = 1;   // virtio_net_hdr.flags bit 0

// A probability as a threshold on a raw 64-bit draw: draw < threshold.
// 1 (or more) is "always" (the threshold cannot reach 2^64).
bool chance(uint64_t draw, double probability)
{
    if (probability <= 0)
        return false;
    if (probability >= 1)
        return true;
    return draw < static_cast<uint64_t>(probability * 18446744073709551616.0);  // * 2^64
}

}  // namespace

NetDevice::NetDevice(sc_core::sc_module_name name, host::NetBackend& backend, const Config& config)
    : VirtioDevice(name),
      m_backend(backend),
      m_config(config),
      m_mac(config.mac),
      m_receiver(*this, kNetRx, *this, config.poll_period),
      m_transmitter(*this, kNetTx, config.service,
                    [this](VirtioMessage& msg) -> uint64_t {
                        const size_t bytes = transmit(msg) ? m_tx_frame.size() : 0;
                        msg.used_len = 0;  // the device writes nothing into transmit buffers
                        return bytes;
                    })
{
    m_tx_frame.reserve(host::NetBackend::kMaxFrame);
    m_rx_frame.reserve(host::NetBackend::kMaxFrame);
    ConfigSpace& c = config_space();
    c = ConfigSpace(kNetCfgSize);
    set_mac_in_config();
    c.set_u16(kNetCfgStatus, kNetStatusLinkUp);
    c.set_u16(kNetCfgMaxVirtqueuePairs, 1);
    c.set_u16(kNetCfgMtu, config.mtu);
    m_receiver.spawn_thread("rx_thread");
    m_fault_rng.seed(config.rx_faults.seed);
    const std::pair<const char*, double> rates[] = {{"drop", config.rx_faults.drop},
                                                    {"corrupt", config.rx_faults.corrupt},
                                                    {"duplicate", config.rx_faults.duplicate}};
    for (const auto& [what, p] : rates)
        if (!(p >= 0 && p <= 1))  // also NaN
            throw std::invalid_argument(std::string(this->name()) + ": rx fault rate " + what +
                                        " must be from 0 to 1, not " + std::to_string(p));
    if (!config.link_schedule.empty()) {
        std::stable_sort(m_config.link_schedule.begin(), m_config.link_schedule.end(),
                         [](const Config::LinkChange& a, const Config::LinkChange& b) {
                             return a.at < b.at;
                         });
        sc_core::sc_spawn_options opts;
        sc_core::sc_spawn([this] { link_thread(); }, "link_thread", &opts);
    }
}

void NetDevice::link_thread()
{
    for (const Config::LinkChange& c : m_config.link_schedule) {
        const sc_core::sc_time now = sc_core::sc_time_stamp();
        if (c.at > now)
            sc_core::wait(c.at - now);
        set_link(c.up);
    }
}

void NetDevice::set_link(bool up)
{
    if (up == m_link_up)
        return;
    m_link_up = up;
    config_space().set_u16(kNetCfgStatus, up ? kNetStatusLinkUp : 0);
    if (!up) {  // frames waiting for a buffer are lost with the link
        m_rx_link_down += m_rx_queue.size();
        m_rx_queue.clear();
    }
    SC_REPORT_INFO_VERB("virtio/net/link",
                        (std::string(name()) + ": link " + (up ? "up" : "down") + " at " +
                         sc_core::sc_time_stamp().to_string())
                            .c_str(),
                        sc_core::SC_MEDIUM);
    transport().config_changed();
}

void NetDevice::set_mac_in_config()
{
    config_space().set_bytes(kNetCfgMac, m_mac.data(), static_cast<uint32_t>(m_mac.size()));
}

uint64_t NetDevice::device_features() const
{
    uint64_t f = bit(kNetFeatureMac) | bit(kNetFeatureStatus);
    if (m_config.mtu != 0)
        f |= bit(kNetFeatureMtu);
    return f;
}

void NetDevice::write_config(uint32_t offset, const uint8_t* data, uint32_t len)
{
    // Legacy drivers set the MAC by writing config space (§5.1.4.2 legacy
    // interface); a modern driver must use the control queue, which this
    // device does not have.
    const bool modern = (transport().negotiated_features() & bit(kFeatureVersion1)) != 0;
    if (!modern && offset + len <= kNetCfgMac + 6) {
        std::memcpy(m_mac.data() + offset, data, len);
        set_mac_in_config();
        return;
    }
    guest_error("virtio/net/config-write",
                "config write of %u bytes at offset %u ignored: only the mac (offset 0..5) is "
                "writable, and only by a legacy driver",
                len, offset);
}

void NetDevice::reset()
{
    m_receiver.reset();  // frames not yet delivered stay queued for the next driver
    m_mac = m_config.mac;
    set_mac_in_config();
}

void NetDevice::driver_ok()
{
    const uint64_t f = transport().negotiated_features();
    m_hdr_len = (f & (bit(kFeatureVersion1) | bit(kNetFeatureMrgRxbuf))) ? kNetHdrSize
                                                                         : kNetHdrSizeLegacy;
    m_receiver.driver_ok();
}

void NetDevice::notify(unsigned queue)
{
    if (queue == kNetRx)
        m_receiver.buffers_posted();  // the rx thread delivers
    else if (queue == kNetTx)
        m_transmitter.serve_available();
}

bool NetDevice::transmit(VirtioMessage& msg)
{
    const size_t readable = msg.readable_size();
    auto bad = [&](const char* type, const std::string& what) {
        ++m_tx_errors;
        guest_error(type, "transmitq0 buffer %u %s; frame not sent, buffer completed with used len 0",
                    unsigned{msg.id}, what.c_str());
        return false;
    };
    if (readable < m_hdr_len)
        return bad("virtio/net/tx-short",
                   "has " + std::to_string(readable) + " device-readable bytes, expected a " +
                       std::to_string(m_hdr_len) + "-byte virtio_net_hdr and a frame");
    uint8_t hdr[kNetHdrSize] = {};
    if (msg.from_guest(0, hdr, m_hdr_len) != m_hdr_len)
        return false;  // bus error: the transport reports it on put()
    if (hdr[1] != kNetHdrGsoNone || (hdr[0] & kHdrNeedsCsum))
        return bad("virtio/net/tx-offload",
                   "asks for an offload (flags " + std::to_string(hdr[0]) + ", gso_type " +
                       std::to_string(hdr[1]) +
                       ") although no CSUM/GSO feature was negotiated; expected flags 0 and "
                       "gso_type 0");
    const size_t len = readable - m_hdr_len;
    if (len < kEthHeader || len > host::NetBackend::kMaxFrame)
        return bad("virtio/net/tx-length",
                   "carries a " + std::to_string(len) + "-byte frame, expected " +
                       std::to_string(kEthHeader) + " to " +
                       std::to_string(host::NetBackend::kMaxFrame) + " bytes");
    m_tx_frame.resize(len);
    if (msg.from_guest(m_hdr_len, m_tx_frame.data(), len) != len)
        return false;
    if (!m_link_up) {  // completed, not sent
        ++m_tx_link_down;
        return true;
    }
    m_backend.send(m_tx_frame.data(), len);  // a host-side drop is counted by the backend
    ++m_tx_frames;
    return true;
}

void NetDevice::poll_host()
{
    while (m_backend.receive(m_rx_frame)) {
        if (!m_link_up) {
            ++m_rx_link_down;
            continue;
        }
        if (m_config.rx_faults.any())
            queue_rx_frame();
        else
            push_rx_frame();
    }
}

bool NetDevice::push_rx_frame()
{
    if (m_rx_queue.size() >= m_config.rx_queue_frames) {
        count_rx_drop(m_overflow, "virtio/net/rx-overflow",
                      "the receive queue holds " + std::to_string(m_rx_queue.size()) +
                          " frames waiting for receive buffers (the limit)");
        return false;
    }
    m_rx_queue.push_back(m_rx_frame);
    return true;
}

void NetDevice::queue_rx_frame()
{
    const Config::RxFaults& f = m_config.rx_faults;
    const uint64_t drop = m_fault_rng(), corrupt = m_fault_rng(), duplicate = m_fault_rng();
    auto report = [this](const std::string& what) {
        SC_REPORT_INFO_VERB("virtio/net/fault-injected",
                            (std::string(name()) + ": received frame " + what).c_str(),
                            sc_core::SC_HIGH);  // one per frame: shown with -v/high verbosity only
    };
    if (chance(drop, f.drop)) {
        ++m_rx_fault_dropped;
        report("dropped");
        return;
    }
    if (chance(corrupt, f.corrupt) && !m_rx_frame.empty()) {
        // Which byte and the XOR value: a fourth draw, low and high halves.
        const uint64_t where = m_fault_rng();
        const size_t at = static_cast<size_t>((where & 0xffffffffu) % m_rx_frame.size());
        const uint8_t mask = static_cast<uint8_t>(1 + (where >> 32) % 255);
        m_rx_frame[at] ^= mask;
        ++m_rx_corrupted;
        report("corrupted: byte " + std::to_string(at) + " XOR " + std::to_string(mask));
    }
    const unsigned copies = chance(duplicate, f.duplicate) ? 2 : 1;
    for (unsigned i = 0; i < copies; ++i)
        if (!push_rx_frame())
            return;
    if (copies == 2) {
        ++m_rx_duplicated;
        report("duplicated");
    }
}

void NetDevice::count_rx_drop(DropCounter& counter, const char* type, const std::string& why)
{
    ++m_rx_dropped;
    ++counter.count;
    if (counter.count < counter.next_report)
        return;
    counter.next_report *= 2;
    guest_error(type,
                "received frame dropped: %s; %llu dropped for this reason so far (reported at 1, "
                "2, 4, 8, ... drops)",
                why.c_str(), static_cast<unsigned long long>(counter.count));
}

sc_core::sc_time NetDevice::fill(VirtioMessage& msg, uint64_t& consume)
{
    const std::vector<uint8_t>& frame = m_rx_queue.front();
    const size_t room = msg.writable_size();
    const size_t need = m_hdr_len + frame.size();
    if (room < need) {
        count_rx_drop(m_too_small, "virtio/net/rx-buffer-too-small",
                      "receiveq0 buffer " + std::to_string(msg.id) + " has " +
                          std::to_string(room) + " device-writable bytes, the frame needs " +
                          std::to_string(need) + " (header + " + std::to_string(frame.size()) +
                          "; without MRG_RXBUF every buffer must hold a whole frame); "
                          "buffer completed with used len 0");
        m_rx_queue.pop_front();
        return sc_core::SC_ZERO_TIME;
    }
    // Header: all zero (no offloads), num_buffers = 1 in the 12-byte form.
    m_rx_bytes.assign(need, 0);
    if (m_hdr_len == kNetHdrSize)
        m_rx_bytes[10] = 1;
    std::copy(frame.begin(), frame.end(), m_rx_bytes.begin() + m_hdr_len);
    const size_t done = msg.to_guest(0, m_rx_bytes.data(), need);
    consume = done == need ? 1 : 0;  // else a bus error: the transport reports it and breaks the queue
    return m_config.service.for_bytes(frame.size()) + msg.delay;
}

void NetDevice::commit(uint64_t consume)
{
    if (consume) {
        m_rx_queue.pop_front();
        ++m_rx_frames;
    }
}

}  // namespace vp::virtio
