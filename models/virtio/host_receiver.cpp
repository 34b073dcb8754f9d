// sc_spawn for HostReceiver::spawn_thread.
#define SC_INCLUDE_DYNAMIC_PROCESSES
#include "virtio/host_receiver.h"

namespace vp::virtio {

HostReceiver::HostReceiver(VirtioDevice& device, unsigned queue, HostInput& input,
                           sc_core::sc_time poll_period)
    : m_device(device), m_queue(queue), m_input(input), m_poll_period(poll_period)
{
}

void HostReceiver::spawn_thread(const char* name)
{
    sc_core::sc_spawn_options opts;
    sc_core::sc_spawn(sc_bind(&HostReceiver::thread, this), name, &opts);
}

void HostReceiver::driver_ok()
{
    m_live = true;
    m_live_event.notify(sc_core::SC_ZERO_TIME);
}

void HostReceiver::reset()
{
    m_live = false;
    ++m_resets;
}

void HostReceiver::thread()
{
    for (;;) {
        while (!m_live)
            sc_core::wait(m_live_event);
        m_input.poll_host();
        deliver();
        if (m_live)
            sc_core::wait(m_poll_period, m_posted);
    }
}

void HostReceiver::deliver()
{
    VirtioTransportIf& transport = m_device.transport();
    while (m_live && m_input.has_host_input()) {
        m_msg.clear();
        if (!transport.get(m_queue, m_msg))
            return;  // no buffer posted: keep the input pending
        uint64_t consume = 0;
        const sc_core::sc_time t = m_input.fill(m_msg, consume);
        if (t > sc_core::SC_ZERO_TIME) {
            const uint64_t resets = m_resets;
            sc_core::wait(t);
            if (m_resets != resets) {
                transport.put(m_queue, m_msg);  // dropped by the transport
                return;  // reset meanwhile: the input stays pending
            }
        }
        m_input.commit(consume);
        transport.put(m_queue, m_msg);
    }
}

}  // namespace vp::virtio
