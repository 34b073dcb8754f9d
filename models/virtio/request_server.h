// RequestServer: the request loop of one virtqueue, written once for every
// device: take the next available request from the transport, let the
// device handle it, wait its modelled service time (virtio/device.h
// ServiceTime, plus the memory latency the message collected), hold a
// shared channel meanwhile if the device has a limited number, and return
// it as used. Runs in the caller's thread (VirtioDevice::notify runs in the
// transport's worker) or in a thread of its own woken by kick().
// Not done here: reordering; requests of one queue complete in order.
#pragma once

#include <cstdint>
#include <functional>

#include <systemc>

#include "virtio/device.h"
#include "virtio/message.h"

namespace vp::virtio {

class RequestServer {
public:
    // Handles one request: reads/writes its buffers and sets msg.used_len.
    // Returns the payload bytes that count against the throughput.
    using Handler = std::function<uint64_t(VirtioMessage&)>;

    RequestServer(VirtioDevice& device, unsigned queue, const ServiceTime& service, Handler handler);
    RequestServer(const RequestServer&) = delete;
    RequestServer& operator=(const RequestServer&) = delete;

    // Requests in service at the same time across several servers: each
    // holds one of `channels` during its service time. nullptr: no limit.
    void share_channels(sc_core::sc_semaphore* channels) { m_channels = channels; }

    // Serves requests until the queue has none (or is not live). Waits, so
    // it must run in an SC_THREAD. Returns the number served.
    uint64_t serve_available();

    // Starts a thread (named `name`, a child of the current module) that
    // runs serve_available() whenever kick() was called. Call at elaboration.
    void spawn_thread(const char* name);
    void kick();

    unsigned queue() const { return m_queue; }

private:
    void thread();

    VirtioDevice& m_device;
    unsigned m_queue;
    ServiceTime m_service;
    Handler m_handler;
    sc_core::sc_semaphore* m_channels = nullptr;
    VirtioMessage m_msg;  // reused: no allocation per request once warm
    sc_core::sc_event m_kick;
    bool m_kicked = false;
};

}  // namespace vp::virtio
