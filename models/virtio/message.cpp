#include "virtio/message.h"

#include <algorithm>

#include "bus/initiator_port.h"

namespace vp::virtio {

void VirtioMessage::clear()
{
    queue = 0;
    id = 0;
    descriptors = 0;
    epoch = 0;
    readable.clear();
    writable.clear();
    delay = sc_core::SC_ZERO_TIME;
    used_len = 0;
    m_fault = false;
    m_fault_addr = 0;
}

size_t VirtioMessage::readable_size() const
{
    size_t n = 0;
    for (const auto& b : readable)
        n += b.len;
    return n;
}

size_t VirtioMessage::writable_size() const
{
    size_t n = 0;
    for (const auto& b : writable)
        n += b.len;
    return n;
}

size_t VirtioMessage::from_guest(size_t offset, void* dst, size_t len)
{
    auto* out = static_cast<uint8_t*>(dst);
    size_t done = 0;
    for (const auto& b : readable) {
        if (done == len)
            break;
        if (offset >= b.len) {
            offset -= b.len;
            continue;
        }
        size_t n = std::min<size_t>(b.len - offset, len - done);
        if (memory->read(b.addr + offset, out + done, n, delay) != bus::MemStatus::ok) {
            m_fault = true;
            m_fault_addr = b.addr + offset;
            return done;
        }
        done += n;
        offset = 0;
    }
    return done;
}

size_t VirtioMessage::to_guest(size_t offset, const void* src, size_t len)
{
    const auto* in = static_cast<const uint8_t*>(src);
    const size_t start = offset;
    size_t done = 0;
    for (const auto& b : writable) {
        if (done == len)
            break;
        if (offset >= b.len) {
            offset -= b.len;
            continue;
        }
        size_t n = std::min<size_t>(b.len - offset, len - done);
        if (memory->write(b.addr + offset, in + done, n, delay) != bus::MemStatus::ok) {
            m_fault = true;
            m_fault_addr = b.addr + offset;
            break;
        }
        done += n;
        offset = 0;
    }
    used_len = std::max<uint32_t>(used_len, static_cast<uint32_t>(start + done));
    return done;
}

namespace {

// The buffer of `list` holding byte `offset` of it, with offset made
// relative to that buffer; nullptr past the end.
const GuestBuffer* buffer_at(const std::vector<GuestBuffer>& list, size_t& offset)
{
    for (const auto& b : list) {
        if (offset < b.len)
            return &b;
        offset -= b.len;
    }
    return nullptr;
}

}  // namespace

uint8_t* VirtioMessage::writable_direct(size_t offset, size_t& len)  // hot: bulk IN data
{
    const GuestBuffer* b = buffer_at(writable, offset);
    if (!b || len == 0)
        return nullptr;
    len = std::min<size_t>(len, b->len - offset);
    return memory->direct(b->addr + offset, len, true, delay);
}

const uint8_t* VirtioMessage::readable_direct(size_t offset, size_t& len)  // hot: bulk OUT data
{
    const GuestBuffer* b = buffer_at(readable, offset);
    if (!b || len == 0)
        return nullptr;
    len = std::min<size_t>(len, b->len - offset);
    return memory->direct(b->addr + offset, len, false, delay);
}

void VirtioMessage::written_direct(size_t offset, size_t len)
{
    used_len = std::max<uint32_t>(used_len, static_cast<uint32_t>(offset + len));
    size_t at = offset;
    if (const GuestBuffer* b = buffer_at(writable, at))
        memory->written(b->addr + at, len);
}

}  // namespace vp::virtio
