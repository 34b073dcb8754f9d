// The AArch64 register table and target description. See aarch64_registers.h.
#include "gdb/aarch64_registers.h"

#include <vector>

namespace vp::gdb::aarch64 {

namespace {

std::vector<RegisterDesc> build_table()
{
    static const char* const kXNames[31] = {
        "x0",  "x1",  "x2",  "x3",  "x4",  "x5",  "x6",  "x7",  "x8",  "x9",  "x10",
        "x11", "x12", "x13", "x14", "x15", "x16", "x17", "x18", "x19", "x20", "x21",
        "x22", "x23", "x24", "x25", "x26", "x27", "x28", "x29", "x30"};
    static const char* const kVNames[32] = {
        "v0",  "v1",  "v2",  "v3",  "v4",  "v5",  "v6",  "v7",  "v8",  "v9",  "v10",
        "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21",
        "v22", "v23", "v24", "v25", "v26", "v27", "v28", "v29", "v30", "v31"};
    static const char* const kSysNames[unsigned(SysReg::count)] = {
        "sctlr_el1", "tcr_el1", "ttbr0_el1", "ttbr1_el1", "mair_el1", "amair_el1",
        "vbar_el1", "esr_el1", "far_el1", "elr_el1", "spsr_el1", "par_el1",
        "contextidr_el1", "cpacr_el1", "tpidr_el0", "tpidrro_el0", "tpidr_el1", "mdscr_el1",
        "sp_el0", "sp_el1", "currentel", "daif"};
    std::vector<RegisterDesc> t;
    for (const char* n : kXNames)
        t.push_back({n, 64, "int", ""});
    t.push_back({"sp", 64, "data_ptr", ""});
    t.push_back({"pc", 64, "code_ptr", ""});
    t.push_back({"cpsr", 32, "cpsr_flags", ""});
    for (const char* n : kVNames)
        t.push_back({n, 128, "aarch64v", "vector"});
    t.push_back({"fpsr", 32, "int", "float"});
    t.push_back({"fpcr", 32, "int", "float"});
    for (const char* n : kSysNames)
        t.push_back({n, 64, "uint64", "system"});
    return t;
}

const std::vector<RegisterDesc>& table()
{
    static const std::vector<RegisterDesc> t = build_table();
    return t;
}

void add_reg(std::string& xml, unsigned n)
{
    const RegisterDesc& r = register_desc(n);
    xml += "<reg name=\"" + std::string(r.name) + "\" bitsize=\"" + std::to_string(r.bits) +
           "\" type=\"" + r.type + "\" regnum=\"" + std::to_string(n) + "\"";
    if (*r.group)
        xml += " group=\"" + std::string(r.group) + "\"";
    xml += "/>\n";
}

std::string build_xml()
{
    std::string x =
        "<?xml version=\"1.0\"?>\n"
        "<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n"
        "<target version=\"1.0\">\n"
        "<architecture>aarch64</architecture>\n"
        "<feature name=\"org.gnu.gdb.aarch64.core\">\n"
        // PSTATE in SPSR layout: the condition flags, the masks, SS/IL and
        // M[3:0] (EL and SP selection).
        "<flags id=\"cpsr_flags\" size=\"4\">\n"
        "<field name=\"SP\" start=\"0\" end=\"0\"/>\n"
        "<field name=\"EL\" start=\"2\" end=\"3\"/>\n"
        "<field name=\"F\" start=\"6\" end=\"6\"/>\n"
        "<field name=\"I\" start=\"7\" end=\"7\"/>\n"
        "<field name=\"A\" start=\"8\" end=\"8\"/>\n"
        "<field name=\"D\" start=\"9\" end=\"9\"/>\n"
        "<field name=\"IL\" start=\"20\" end=\"20\"/>\n"
        "<field name=\"SS\" start=\"21\" end=\"21\"/>\n"
        "<field name=\"V\" start=\"28\" end=\"28\"/>\n"
        "<field name=\"C\" start=\"29\" end=\"29\"/>\n"
        "<field name=\"Z\" start=\"30\" end=\"30\"/>\n"
        "<field name=\"N\" start=\"31\" end=\"31\"/>\n"
        "</flags>\n";
    for (unsigned n = kX0; n <= kCpsr; ++n)
        add_reg(x, n);
    x += "</feature>\n"
         "<feature name=\"org.gnu.gdb.aarch64.fpu\">\n"
         // A 128-bit register seen as lanes of every size, as `p $v0` shows it.
         "<vector id=\"v2d\" type=\"ieee_double\" count=\"2\"/>\n"
         "<vector id=\"v2u\" type=\"uint64\" count=\"2\"/>\n"
         "<vector id=\"v2i\" type=\"int64\" count=\"2\"/>\n"
         "<vector id=\"v4f\" type=\"ieee_single\" count=\"4\"/>\n"
         "<vector id=\"v4u\" type=\"uint32\" count=\"4\"/>\n"
         "<vector id=\"v4i\" type=\"int32\" count=\"4\"/>\n"
         "<vector id=\"v8u\" type=\"uint16\" count=\"8\"/>\n"
         "<vector id=\"v8i\" type=\"int16\" count=\"8\"/>\n"
         "<vector id=\"v16u\" type=\"uint8\" count=\"16\"/>\n"
         "<vector id=\"v16i\" type=\"int8\" count=\"16\"/>\n"
         "<vector id=\"v1u\" type=\"uint128\" count=\"1\"/>\n"
         "<vector id=\"v1i\" type=\"int128\" count=\"1\"/>\n"
         "<union id=\"vnd\"><field name=\"f\" type=\"v2d\"/><field name=\"u\" type=\"v2u\"/>"
         "<field name=\"s\" type=\"v2i\"/></union>\n"
         "<union id=\"vns\"><field name=\"f\" type=\"v4f\"/><field name=\"u\" type=\"v4u\"/>"
         "<field name=\"s\" type=\"v4i\"/></union>\n"
         "<union id=\"vnh\"><field name=\"u\" type=\"v8u\"/><field name=\"s\" type=\"v8i\"/></union>\n"
         "<union id=\"vnb\"><field name=\"u\" type=\"v16u\"/><field name=\"s\" type=\"v16i\"/></union>\n"
         "<union id=\"vnq\"><field name=\"u\" type=\"v1u\"/><field name=\"s\" type=\"v1i\"/></union>\n"
         "<union id=\"aarch64v\"><field name=\"d\" type=\"vnd\"/><field name=\"s\" type=\"vns\"/>"
         "<field name=\"h\" type=\"vnh\"/><field name=\"b\" type=\"vnb\"/>"
         "<field name=\"q\" type=\"vnq\"/></union>\n";
    for (unsigned n = kV0; n <= kFpcr; ++n)
        add_reg(x, n);
    x += "</feature>\n"
         "<feature name=\"org.virtio-vp.aarch64.sysregs\">\n";
    for (unsigned n = kSysFirst; n < register_count(); ++n)
        add_reg(x, n);
    x += "</feature>\n"
         "</target>\n";
    return x;
}

}  // namespace

unsigned register_count()
{
    return static_cast<unsigned>(table().size());
}

const RegisterDesc& register_desc(unsigned n)
{
    return table()[n];
}

unsigned g_packet_bytes()
{
    unsigned total = 0;
    for (const RegisterDesc& r : table())
        total += r.bits / 8;
    return total;
}

const std::string& target_xml()
{
    static const std::string xml = build_xml();
    return xml;
}

}  // namespace vp::gdb::aarch64
