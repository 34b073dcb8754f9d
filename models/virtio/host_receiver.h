// HostReceiver: the receive side of a device fed from the host (console
// input, network frames), written once: a thread that, while the driver is
// running (DRIVER_OK until reset), polls the host backend every poll period
// or when the driver posts receive buffers, and copies what is pending into
// the buffers of one receive queue, waiting the modelled time before each
// completion. A reset during that wait drops the completion and keeps the
// input for the next driver (the reset epoch).
// Not done here: what "pending input" is (the device's HostInput), or
// dropping input (the device decides in fill()).
#pragma once

#include <cstdint>

#include <systemc>

#include "virtio/device.h"
#include "virtio/message.h"

namespace vp::virtio {

// What the device supplies to its HostReceiver.
class HostInput {
public:
    virtual ~HostInput() = default;
    // Moves what the host backend has into the device's pending input.
    virtual void poll_host() = 0;
    virtual bool has_host_input() const = 0;
    // Writes the next pending input into msg's writable buffers (and sets
    // msg.used_len through to_guest). Returns the time to wait before the
    // completion, and in `consume` what commit() will take off the pending
    // input if no reset happens meanwhile (0: nothing).
    virtual sc_core::sc_time fill(VirtioMessage& msg, uint64_t& consume) = 0;
    virtual void commit(uint64_t consume) = 0;
};

class HostReceiver {
public:
    HostReceiver(VirtioDevice& device, unsigned queue, HostInput& input, sc_core::sc_time poll_period);
    HostReceiver(const HostReceiver&) = delete;
    HostReceiver& operator=(const HostReceiver&) = delete;

    // Starts the receive thread (a child of the current module, named
    // `name`). Call at elaboration, from the device's constructor.
    void spawn_thread(const char* name);

    // Lifecycle, called from the device's VirtioDevice overrides.
    void driver_ok();  // live: poll and deliver
    void reset();      // stopped; input not yet delivered stays pending
    void buffers_posted() { m_posted.notify(sc_core::SC_ZERO_TIME); }  // notify(queue)

    bool live() const { return m_live; }

private:
    void thread();
    void deliver();

    VirtioDevice& m_device;
    unsigned m_queue;
    HostInput& m_input;
    sc_core::sc_time m_poll_period;
    bool m_live = false;
    uint64_t m_resets = 0;  // the epoch: a completion that waited across a reset is dropped
    sc_core::sc_event m_live_event;
    sc_core::sc_event m_posted;
    VirtioMessage m_msg;
};

}  // namespace vp::virtio
