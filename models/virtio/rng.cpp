#include "virtio/rng.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>

#include <sys/random.h>

namespace vp::virtio {

namespace {

constexpr size_t kChunk = 4096;

uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

}  // namespace

uint64_t Xoshiro256StarStar::splitmix64(uint64_t& state)
{
    uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

Xoshiro256StarStar::Xoshiro256StarStar(uint64_t seed)
{
    for (auto& s : m_s)
        s = splitmix64(seed);
}

uint64_t Xoshiro256StarStar::next()
{
    const uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

EntropyDevice::EntropyDevice(sc_core::sc_module_name name, const Config& config)
    : VirtioDevice(name),
      m_config(config),
      m_server(*this, 0, config.service, [this](VirtioMessage& msg) { return fill(msg); }),
      m_buffer(kChunk)
{
    if (config.seed)
        m_prng.emplace(*config.seed);
}

void EntropyDevice::generate(uint8_t* buf, size_t len)
{
    if (!m_prng) {
        while (len > 0) {
            const ssize_t n = ::getrandom(buf, len, 0);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                throw std::runtime_error(std::string(name()) + ": getrandom failed: " +
                                         std::strerror(errno));
            }
            buf += n;
            len -= static_cast<size_t>(n);
        }
        return;
    }
    while (len > 0) {
        if (m_spare_len == 0) {
            const uint64_t v = m_prng->next();
            for (unsigned i = 0; i < 8; ++i)
                m_spare[i] = static_cast<uint8_t>(v >> (8 * i));
            m_spare_len = 8;
        }
        const size_t n = std::min<size_t>(len, m_spare_len);
        std::memcpy(buf, m_spare + (8 - m_spare_len), n);
        m_spare_len -= static_cast<unsigned>(n);
        buf += n;
        len -= n;
    }
}

void EntropyDevice::notify(unsigned queue)
{
    if (queue == 0)
        m_server.serve_available();
}

uint64_t EntropyDevice::fill(VirtioMessage& msg)
{
    const size_t room = msg.writable_size();
    if (room == 0)
        guest_error("virtio/rng/bad-request",
                    "queue 0 request %u has no device-writable buffer; completed with used len 0",
                    unsigned{msg.id});
    size_t done = 0;
    while (done < room) {
        const size_t n = std::min(room - done, m_buffer.size());
        generate(m_buffer.data(), n);
        const size_t copied = msg.to_guest(done, m_buffer.data(), n);
        done += copied;
        if (copied != n)
            break;  // bus error: the transport reports it on put()
    }
    m_bytes += done;
    msg.used_len = static_cast<uint32_t>(done);
    return done;
}

}  // namespace vp::virtio
