#include "virtio/net.h"

#include <algorithm>
#include <cstring>

namespace vp::virtio {

namespace {

constexpr size_t kEthHeader = 14;      // destination, source, EtherType
constexpr uint8_t kHdrNeedsCsum = 1;   // virtio_net_hdr.flags bit 0

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
    m_backend.send(m_tx_frame.data(), len);  // a host-side drop is counted by the backend
    ++m_tx_frames;
    return true;
}

void NetDevice::poll_host()
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
