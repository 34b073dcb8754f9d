// sc_spawn for RequestServer::spawn_thread.
#define SC_INCLUDE_DYNAMIC_PROCESSES
#include "virtio/request_server.h"

namespace vp::virtio {

RequestServer::RequestServer(VirtioDevice& device, unsigned queue, const ServiceTime& service,
                             Handler handler)
    : m_device(device), m_queue(queue), m_service(service), m_handler(std::move(handler))
{
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
        const sc_core::sc_time t = m_service.for_bytes(payload) + m_msg.delay;
        if (t > sc_core::SC_ZERO_TIME) {
            if (m_channels)
                m_channels->wait();  // a free channel, then the service time on it
            sc_core::wait(t);
            if (m_channels)
                m_channels->post();
        }
        transport.put(m_queue, m_msg);
        ++served;
    }
    return served;
}

void RequestServer::spawn_thread(const char* name)
{
    sc_core::sc_spawn_options opts;
    sc_core::sc_spawn(sc_bind(&RequestServer::thread, this), name, &opts);
}

void RequestServer::kick()
{
    m_kicked = true;
    m_kick.notify(sc_core::SC_ZERO_TIME);
}

void RequestServer::thread()
{
    for (;;) {
        while (!m_kicked)
            sc_core::wait(m_kick);
        m_kicked = false;
        serve_available();
    }
}

}  // namespace vp::virtio
