#include "memory/memory.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include <sys/mman.h>

namespace vp::memory {

Memory::Memory(sc_core::sc_module_name name, const MemoryConfig& config)
    : sc_core::sc_module(name), socket("socket"), m_config(config)
{
    if (config.size == 0)
        throw std::invalid_argument(std::string(this->name()) + ": memory size must be non-zero");
    // An anonymous private mapping reads as zeroes and is backed lazily by
    // the host, so a large guest RAM costs nothing until the guest uses it.
    void* p = mmap(nullptr, config.size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        throw std::runtime_error(std::string(this->name()) + ": cannot allocate " +
                                 std::to_string(config.size) + " bytes: " + std::strerror(errno));
    m_data = static_cast<uint8_t*>(p);
    socket.register_b_transport(this, &Memory::b_transport);
    socket.register_get_direct_mem_ptr(this, &Memory::get_direct_mem_ptr);
    socket.register_transport_dbg(this, &Memory::transport_dbg);
}

Memory::~Memory()
{
    munmap(m_data, m_config.size);
}

uint64_t Memory::load_file(const std::string& path, uint64_t offset)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in)
        throw std::runtime_error("cannot open '" + path + "': " + std::strerror(errno));
    const auto size = static_cast<uint64_t>(in.tellg());
    if (offset > m_config.size || size > m_config.size - offset)
        throw std::runtime_error("'" + path + "' (" + std::to_string(size) +
                                 " bytes) does not fit in " + name() + " at offset " +
                                 std::to_string(offset));
    in.seekg(0);
    if (!in.read(reinterpret_cast<char*>(m_data + offset), static_cast<std::streamsize>(size)))
        throw std::runtime_error("cannot read '" + path + "'");
    return size;
}

void Memory::load(uint64_t offset, const void* src, uint64_t len)
{
    if (offset > m_config.size || len > m_config.size - offset)
        throw std::runtime_error(std::string(name()) + ": load out of range");
    // An empty file's bytes (e.g. an empty -initrd) come as a null pointer,
    // which memcpy must not be given even for 0 bytes (found by
    // fuzz_linux_loader, UBSan nonnull-attribute).
    if (len == 0)
        return;
    std::memcpy(m_data + offset, src, len);
}

bool Memory::check(tlm::tlm_generic_payload& tx) const
{
    const uint64_t addr = tx.get_address();
    const uint64_t len = tx.get_data_length();
    if (addr >= m_config.size || len > m_config.size - addr) {
        tx.set_response_status(tlm::TLM_ADDRESS_ERROR_RESPONSE);
        return false;
    }
    if (tx.get_streaming_width() != 0 && tx.get_streaming_width() < len) {
        tx.set_response_status(tlm::TLM_BURST_ERROR_RESPONSE);
        return false;
    }
    return true;
}

void Memory::b_transport(tlm::tlm_generic_payload& tx, sc_core::sc_time& delay)
{
    ++m_accesses;
    if (!check(tx))
        return;
    uint8_t* mem = m_data + tx.get_address();
    uint8_t* data = tx.get_data_ptr();
    const unsigned len = tx.get_data_length();
    const uint8_t* be = tx.get_byte_enable_ptr();
    // A byte-enable length of 0 means "as long as the data" (no repetition).
    const unsigned be_len = tx.get_byte_enable_length() ? tx.get_byte_enable_length() : len;

    if (tx.is_write()) {
        if (m_config.read_only) {
            tx.set_response_status(tlm::TLM_COMMAND_ERROR_RESPONSE);
            return;
        }
        if (be) {
            for (unsigned i = 0; i < len; ++i)
                if (be[i % be_len] == TLM_BYTE_ENABLED)
                    mem[i] = data[i];
        } else {
            std::memcpy(mem, data, len);
        }
        delay += m_config.write_latency;
    } else if (tx.is_read()) {
        if (be) {
            for (unsigned i = 0; i < len; ++i)
                if (be[i % be_len] == TLM_BYTE_ENABLED)
                    data[i] = mem[i];
        } else {
            std::memcpy(data, mem, len);
        }
        delay += m_config.read_latency;
    }
    tx.set_dmi_allowed(m_config.allow_dmi);
    tx.set_response_status(tlm::TLM_OK_RESPONSE);
}

bool Memory::get_direct_mem_ptr(tlm::tlm_generic_payload& tx, tlm::tlm_dmi& dmi)
{
    (void)tx;
    dmi.set_start_address(0);
    dmi.set_end_address(m_config.size - 1);
    if (!m_config.allow_dmi)
        return false;  // the range above is where the denial applies
    dmi.set_dmi_ptr(m_data);
    dmi.set_granted_access(m_config.read_only ? tlm::tlm_dmi::DMI_ACCESS_READ
                                              : tlm::tlm_dmi::DMI_ACCESS_READ_WRITE);
    dmi.set_read_latency(m_config.read_latency);
    dmi.set_write_latency(m_config.write_latency);
    return true;
}

unsigned Memory::transport_dbg(tlm::tlm_generic_payload& tx)
{
    const uint64_t addr = tx.get_address();
    if (addr >= m_config.size)
        return 0;
    const unsigned len =
        static_cast<unsigned>(std::min<uint64_t>(tx.get_data_length(), m_config.size - addr));
    if (tx.is_write())
        std::memcpy(m_data + addr, tx.get_data_ptr(), len);
    else
        std::memcpy(tx.get_data_ptr(), m_data + addr, len);
    return len;
}

}  // namespace vp::memory
