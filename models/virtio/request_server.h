// RequestServer: the request loop of one virtqueue, written once for every
// device: take the next available request from the transport, let the
// device handle it, wait its modelled service time (virtio/device.h
// ServiceTime, plus the memory latency the message collected), hold a
// shared channel meanwhile if the device has a limited number, and return
// it as used. Runs in the caller's thread (VirtioDevice::notify runs in the
// transport's worker) or in processes of its own woken by kick(): a method
// that serves requests with zero service time at once (no thread switch),
// and a thread that takes over for the first request that has to wait.
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

    // Starts the processes (children of the current module) that serve the
    // queue whenever kick() was called, one delta cycle later, as
    // serve_available() in a thread would: a method `name` takes and handles
    // requests and completes those with zero service time; the first that
    // has to wait is handed to the thread `name`_wait, which waits (channel,
    // service time), completes it and serves the queue until it is empty.
    // The handler and the memory behind the messages must therefore not
    // wait (they run in the method). Call at elaboration.
    void spawn_thread(const char* name);
    void kick();  // hot: once per notification

    unsigned queue() const { return m_queue; }

private:
    void method();
    void thread();
    void finish(sc_core::sc_time t);  // channel, service time t, put

    VirtioDevice& m_device;
    unsigned m_queue;
    ServiceTime m_service;
    Handler m_handler;
    sc_core::sc_semaphore* m_channels = nullptr;
    VirtioMessage m_msg;  // reused: no allocation per request once warm
    sc_core::sc_event m_kick;        // wakes the method
    sc_core::sc_event m_handover;    // wakes the thread with m_msg to finish
    sc_core::sc_time m_handover_time;
    bool m_kicked = false;
    bool m_waiting = false;          // the thread owns the queue until it is empty
};

}  // namespace vp::virtio
