// Memory: a RAM (or ROM) TLM-2.0 target backed by host memory. It grants DMI
// for the whole array so initiators can read and write it directly, annotates
// a configurable latency per access, and can load a file at an offset.
// Not modelled: bank conflicts, refresh, ECC.
#pragma once

#include <cstdint>
#include <string>

#include <systemc>
#include <tlm>
#include <tlm_utils/simple_target_socket.h>

namespace vp::memory {

struct MemoryConfig {
    uint64_t size = 0;                                    // bytes
    sc_core::sc_time read_latency = sc_core::SC_ZERO_TIME;   // per access
    sc_core::sc_time write_latency = sc_core::SC_ZERO_TIME;  // per access
    bool allow_dmi = true;    // false: every access goes through b_transport
    bool read_only = false;   // writes answer TLM_COMMAND_ERROR_RESPONSE
};

class Memory : public sc_core::sc_module {
public:
    tlm_utils::simple_target_socket<Memory> socket;

    Memory(sc_core::sc_module_name name, const MemoryConfig& config);
    ~Memory() override;
    Memory(const Memory&) = delete;
    Memory& operator=(const Memory&) = delete;

    uint64_t size() const { return m_config.size; }
    uint8_t* data() { return m_data; }
    const uint8_t* data() const { return m_data; }

    // Copies a host file into memory at `offset`. Throws std::runtime_error
    // naming the file if it cannot be read or does not fit. Returns its size.
    uint64_t load_file(const std::string& path, uint64_t offset);

    // Copies bytes into memory (loaders); throws if out of range.
    void load(uint64_t offset, const void* src, uint64_t len);

    uint64_t accesses() const { return m_accesses; }

private:
    void b_transport(tlm::tlm_generic_payload& tx, sc_core::sc_time& delay);
    bool get_direct_mem_ptr(tlm::tlm_generic_payload& tx, tlm::tlm_dmi& dmi);
    unsigned transport_dbg(tlm::tlm_generic_payload& tx);
    bool check(tlm::tlm_generic_payload& tx) const;

    MemoryConfig m_config;
    uint8_t* m_data = nullptr;  // anonymous mapping: zero pages on first touch
    uint64_t m_accesses = 0;
};

}  // namespace vp::memory
