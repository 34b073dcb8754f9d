// sc_spawn for RequestServer::spawn_thread.
#define SC_INCLUDE_DYNAMIC_PROCESSES
#include "virtio/request_server.h"

namespace vp::virtio {

RequestServer::RequestServer(VirtioDevice& device, unsigned queue, const ServiceTime& service,
                             Handler handler)
    : m_device(device), m_queue(queue), m_service(service), m_handler(std::move(handler))
{
}

void RequestServer::finish(sc_core::sc_time t)
{
    if (t > sc_core::SC_ZERO_TIME) {
        if (m_channels)
            m_channels->wait();  // a free channel, then the service time on it
        sc_core::wait(t);
        if (m_channels)
            m_channels->post();
    }
    m_device.transport().put(m_queue, m_msg);
}

uint64_t RequestServer::serve_available()  // hot: once per request
{
    uint64_t served = 0;
    VirtioTransportIf& transport = m_device.transport();
    for (;;) {
        m_msg.clear();
        if (!transport.get(m_queue, m_msg))
            break;
        const uint64_t payload = m_handler(m_msg);
        finish(m_service.for_bytes(payload) + m_msg.delay);
        ++served;
    }
    return served;
}

void RequestServer::spawn_thread(const char* name)
{
    sc_core::sc_spawn_options method_opts;
    method_opts.spawn_method();
    method_opts.set_sensitivity(&m_kick);
    method_opts.dont_initialize();
    sc_core::sc_spawn(sc_bind(&RequestServer::method, this), name, &method_opts);
    sc_core::sc_spawn_options thread_opts;
    sc_core::sc_spawn(sc_bind(&RequestServer::thread, this), (std::string(name) + "_wait").c_str(),
                      &thread_opts);
}

void RequestServer::kick()
{
    m_kicked = true;
    if (!m_waiting)  // else the thread serves the queue until it is empty
        m_kick.notify(sc_core::SC_ZERO_TIME);
}

void RequestServer::method()  // hot: once per kick; no thread switch for zero-time requests
{
    if (m_waiting)
        return;  // kicked before the thread took over: it serves the queue
    m_kicked = false;
    VirtioTransportIf& transport = m_device.transport();
    for (;;) {
        m_msg.clear();
        if (!transport.get(m_queue, m_msg))
            return;
        const uint64_t payload = m_handler(m_msg);
        const sc_core::sc_time t = m_service.for_bytes(payload) + m_msg.delay;
        if (t > sc_core::SC_ZERO_TIME) {
            // Waiting needs a thread: hand it over within this delta cycle.
            m_waiting = true;
            m_handover_time = t;
            m_handover.notify();
            return;
        }
        transport.put(m_queue, m_msg);
    }
}

void RequestServer::thread()
{
    for (;;) {
        sc_core::wait(m_handover);
        finish(m_handover_time);
        serve_available();  // the rest, as the method's loop would have
        while (m_kicked) {  // kicked meanwhile: look again, as a kicked thread does
            m_kicked = false;
            serve_available();
        }
        m_waiting = false;
    }
}

}  // namespace vp::virtio
