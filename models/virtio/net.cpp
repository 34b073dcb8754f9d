#include "virtio/net.h"

#include <algorithm>
#include <cstring>
#include <sstream>

namespace vp::virtio {

namespace {

constexpr size_t kEthHeader = 14;      // destination, source, EtherType
constexpr uint8_t kHdrNeedsCsum = 1;   // virtio_net_hdr.flags bit 0

}  // namespace

NetDevice::NetDevice(sc_core::sc_module_name name, host::NetBackend& backend, const Config& config)
    : VirtioDevice(name), m_backend(backend), m_config(config), m_mac(config.mac)
{
    m_tx_frame.reserve(host::NetBackend::kMaxFrame);
    m_rx_frame.reserve(host::NetBackend::kMaxFrame);
    SC_HAS_PROCESS(NetDevice);
    SC_THREAD(rx_thread);
}

uint64_t NetDevice::device_features() const
{
    uint64_t f = bit(kNetFeatureMac) | bit(kNetFeatureStatus);
    if (m_config.mtu != 0)
        f |= bit(kNetFeatureMtu);
    return f;
}

void NetDevice::read_config(uint32_t offset, uint8_t* data, uint32_t len)
{
    uint8_t c[kNetCfgSize] = {};
    std::memcpy(c + kNetCfgMac, m_mac.data(), m_mac.size());
    c[kNetCfgStatus] = static_cast<uint8_t>(kNetStatusLinkUp);
    c[kNetCfgMaxVirtqueuePairs] = 1;
    c[kNetCfgMtu] = static_cast<uint8_t>(m_config.mtu);
    c[kNetCfgMtu + 1] = static_cast<uint8_t>(m_config.mtu >> 8);
    std::memset(data, 0, len);
    if (offset < kNetCfgSize)
        std::memcpy(data, c + offset, std::min<uint32_t>(len, kNetCfgSize - offset));
}

void NetDevice::write_config(uint32_t offset, const uint8_t* data, uint32_t len)
{
    // Legacy drivers set the MAC by writing config space (§5.1.4.2 legacy
    // interface); a modern driver must use the control queue, which this
    // device does not have.
    const bool modern = (transport().negotiated_features() & bit(kFeatureVersion1)) != 0;
    if (!modern && offset + len <= kNetCfgMac + 6) {
        std::memcpy(m_mac.data() + offset, data, len);
        return;
    }
    std::ostringstream os;
    os << name() << ": config write of " << len << " bytes at offset " << offset
       << " ignored: only the mac (offset 0..5) is writable, and only by a legacy driver";
    SC_REPORT_WARNING("virtio/net/config-write", os.str().c_str());
}

void NetDevice::reset()
{
    // Frames not yet delivered stay queued for the next driver.
    m_live = false;
    ++m_resets;
    m_mac = m_config.mac;
}

void NetDevice::driver_ok()
{
    const uint64_t f = transport().negotiated_features();
    m_hdr_len = (f & (bit(kFeatureVersion1) | bit(kNetFeatureMrgRxbuf))) ? kNetHdrSize
                                                                         : kNetHdrSizeLegacy;
    m_live = true;
    m_live_event.notify(sc_core::SC_ZERO_TIME);
}

void NetDevice::notify(unsigned queue)
{
    if (queue == kNetRx) {
        m_rx_posted.notify(sc_core::SC_ZERO_TIME);  // the rx thread delivers
        return;
    }
    if (queue != kNetTx)
        return;
    VirtioMessage msg;
    for (;;) {
        msg.clear();
        if (!transport().get(kNetTx, msg))
            break;
        const size_t bytes = transmit(msg) ? m_tx_frame.size() : 0;
        msg.used_len = 0;  // the device writes nothing into transmit buffers
        const sc_core::sc_time t = m_config.service.for_bytes(bytes) + msg.delay;
        if (t > sc_core::SC_ZERO_TIME)
            wait(t);
        transport().put(kNetTx, msg);
    }
}

bool NetDevice::transmit(VirtioMessage& msg)
{
    const size_t readable = msg.readable_size();
    auto bad = [&](const char* type, const std::string& what) {
        ++m_tx_errors;
        std::ostringstream os;
        os << name() << ": transmitq0 buffer " << msg.id << " " << what
           << "; frame not sent, buffer completed with used len 0";
        SC_REPORT_WARNING(type, os.str().c_str());
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
    m_backend.send(m_tx_frame.data(), len);  // a host-side drop is counted by the backend
    ++m_tx_frames;
    return true;
}

void NetDevice::rx_thread()
{
    for (;;) {
        while (!m_live)
            wait(m_live_event);
        poll_backend();
        deliver();
        if (m_live)
            wait(m_config.poll_period, m_rx_posted);
    }
}

void NetDevice::poll_backend()
{
    while (m_backend.receive(m_rx_frame)) {
        if (m_rx_queue.size() >= m_config.rx_queue_frames) {
            count_rx_drop(m_overflow, "virtio/net/rx-overflow",
                          "the receive queue holds " + std::to_string(m_rx_queue.size()) +
                              " frames waiting for receive buffers (the limit)");
            continue;
        }
        m_rx_queue.push_back(m_rx_frame);
    }
}

void NetDevice::count_rx_drop(DropCounter& counter, const char* type, const std::string& why)
{
    ++m_rx_dropped;
    ++counter.count;
    if (counter.count < counter.next_report)
        return;
    counter.next_report *= 2;
    std::ostringstream os;
    os << name() << ": received frame dropped: " << why << "; " << counter.count
       << " dropped for this reason so far (reported at 1, 2, 4, 8, ... drops)";
    SC_REPORT_WARNING(type, os.str().c_str());
}

void NetDevice::deliver()
{
    VirtioMessage msg;
    std::vector<uint8_t> bytes;
    while (m_live && !m_rx_queue.empty()) {
        msg.clear();
        if (!transport().get(kNetRx, msg))
            return;  // no buffer posted: keep the frames queued
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
            transport().put(kNetRx, msg);
            continue;
        }
        // Header: all zero (no offloads), num_buffers = 1 in the 12-byte form.
        bytes.assign(need, 0);
        if (m_hdr_len == kNetHdrSize)
            bytes[10] = 1;
        std::copy(frame.begin(), frame.end(), bytes.begin() + m_hdr_len);
        const size_t done = msg.to_guest(0, bytes.data(), need);
        const sc_core::sc_time t = m_config.service.for_bytes(frame.size()) + msg.delay;
        if (t > sc_core::SC_ZERO_TIME) {
            const uint64_t resets = m_resets;
            wait(t);
            if (m_resets != resets) {
                transport().put(kNetRx, msg);  // dropped by the transport
                return;  // reset meanwhile: the frame stays queued
            }
        }
        if (done == need) {
            m_rx_queue.pop_front();
            ++m_rx_frames;
        }  // else a bus error: the transport reports it and breaks the queue
        transport().put(kNetRx, msg);
    }
}

}  // namespace vp::virtio
