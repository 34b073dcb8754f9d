#include "virtio/guest_error.h"

#include <cstdio>
#include <string>
#include <vector>

#include <systemc>

#include "virtio/device.h"

namespace vp::virtio {

// Cold path: runs only when the guest did something wrong.
void report_guest_error_v(const char* who, const char* type, const char* format, va_list args)
{
    char small[256];
    va_list again;
    va_copy(again, args);
    const int n = std::vsnprintf(small, sizeof small, format, args);
    std::string text = std::string(who) + ": ";
    if (n >= 0 && static_cast<size_t>(n) < sizeof small) {
        text += small;
    } else if (n >= 0) {
        std::vector<char> big(static_cast<size_t>(n) + 1);
        std::vsnprintf(big.data(), big.size(), format, again);
        text += big.data();
    }
    va_end(again);
    SC_REPORT_WARNING(type, text.c_str());
}

void report_guest_error(const char* who, const char* type, const char* format, ...)
{
    va_list args;
    va_start(args, format);
    report_guest_error_v(who, type, format, args);
    va_end(args);
}

void VirtioDevice::guest_error(const char* type, const char* format, ...)
{
    va_list args;
    va_start(args, format);
    report_guest_error_v(name(), type, format, args);
    va_end(args);
}

}  // namespace vp::virtio
