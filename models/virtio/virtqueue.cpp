#include "virtio/virtqueue.h"

#include <cstdio>

#include "bus/initiator_port.h"

namespace vp::virtio {

namespace {
std::string hex(uint64_t v)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
    return buf;
}
}  // namespace

bool Virtqueue::read(uint64_t addr, void* dst, size_t len, sc_core::sc_time& delay,
                     const char* what)
{
    bus::MemStatus st = m_memory.read(addr, dst, len, delay);
    if (st == bus::MemStatus::ok)
        return true;
    report(ring_error::kBadAddress, std::string("reading ") + what + " at " + hex(addr) + " (" +
                                        std::to_string(len) + " bytes): " + bus::to_string(st) +
                                        "; expected guest RAM");
    return false;
}

bool Virtqueue::write(uint64_t addr, const void* src, size_t len, sc_core::sc_time& delay,
                      const char* what)
{
    bus::MemStatus st = m_memory.write(addr, src, len, delay);
    if (st == bus::MemStatus::ok)
        return true;
    report(ring_error::kBadAddress, std::string("writing ") + what + " at " + hex(addr) + " (" +
                                        std::to_string(len) + " bytes): " + bus::to_string(st) +
                                        "; expected guest RAM");
    return false;
}

void Virtqueue::report(const char* type, const std::string& text) const
{
    m_last_error = type;
    SC_REPORT_WARNING(type, (m_name + ": " + text).c_str());
}

}  // namespace vp::virtio
