// Host side of the softfloat differential test: reads the guest's records
// (fp_guest.c run under qemu-aarch64) from stdin, computes every case with
// vp::softfloat and reports each difference in result or FPSR.
// Usage: fp_guest N [FILTER] | fp_host N [FILTER]; exit status 0 only if all
// cases agree and the record count matches.
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "fp_cases.h"
#include "softfloat/softfloat.h"

namespace sf = vp::softfloat;
using sf::Rounding;

namespace {

uint64_t nzcv(sf::Cmp c)
{
    switch (c) {
    case sf::Cmp::kLess: return 0x8;
    case sf::Cmp::kEqual: return 0x6;
    case sf::Cmp::kGreater: return 0x2;
    case sf::Cmp::kUnordered: break;
    }
    return 0x3;
}

// Expected result of case c of op, flags accumulated into env.
uint64_t compute(int op, const fp_case& c, sf::Env& env)
{
    const uint32_t as = uint32_t(c.a), bs = uint32_t(c.b), cs = uint32_t(c.c);
    const uint64_t ad = c.a, bd = c.b, cd = c.c;
    const Rounding fpcr_rm = env.rounding;
    auto w = [](int64_t v) { return uint64_t(v) & 0xffffffffu; };
    switch (op) {
#define ARITH(T, ty, A, B, C)                                                                    \
    case OP_FADD_##T: return sf::add<ty>(A, B, env);                                             \
    case OP_FSUB_##T: return sf::sub<ty>(A, B, env);                                             \
    case OP_FMUL_##T: return sf::mul<ty>(A, B, env);                                             \
    case OP_FDIV_##T: return sf::div<ty>(A, B, env);                                             \
    case OP_FMULX_##T: return sf::mulx<ty>(A, B, env);                                           \
    case OP_FMAX_##T: return sf::max<ty>(A, B, env);                                             \
    case OP_FMIN_##T: return sf::min<ty>(A, B, env);                                             \
    case OP_FMAXNM_##T: return sf::maxnm<ty>(A, B, env);                                         \
    case OP_FMINNM_##T: return sf::minnm<ty>(A, B, env);                                         \
    case OP_FSQRT_##T: return sf::sqrt<ty>(A, env);                                              \
    case OP_FMADD_##T: return sf::muladd<ty>(C, A, B, env);                                      \
    case OP_FCMP_##T: return nzcv(sf::compare<ty>(A, B, false, env));                            \
    case OP_FCMPE_##T: return nzcv(sf::compare<ty>(A, B, true, env));                            \
    case OP_FRECPE_##T: return sf::recip_estimate<ty>(A, env);                                   \
    case OP_FRSQRTE_##T: return sf::rsqrt_estimate<ty>(A, env);                                  \
    case OP_FRECPS_##T: return sf::recip_step<ty>(A, B, env);                                    \
    case OP_FRSQRTS_##T: return sf::rsqrt_step<ty>(A, B, env);                                   \
    case OP_FRECPX_##T: return sf::recip_exponent<ty>(A, env);                                   \
    case OP_FRINTN_##T: return sf::round_to_integral<ty>(A, Rounding::kNearestEven, false, env); \
    case OP_FRINTP_##T: return sf::round_to_integral<ty>(A, Rounding::kPlusInf, false, env);     \
    case OP_FRINTM_##T: return sf::round_to_integral<ty>(A, Rounding::kMinusInf, false, env);    \
    case OP_FRINTZ_##T: return sf::round_to_integral<ty>(A, Rounding::kZero, false, env);        \
    case OP_FRINTA_##T: return sf::round_to_integral<ty>(A, Rounding::kNearestAway, false, env); \
    case OP_FRINTX_##T: return sf::round_to_integral<ty>(A, fpcr_rm, true, env);                 \
    case OP_FRINTI_##T: return sf::round_to_integral<ty>(A, fpcr_rm, false, env);
        ARITH(S, sf::f32, as, bs, cs)
        ARITH(D, sf::f64, ad, bd, cd)
#undef ARITH
#define TOINT(T, ty, A)                                                                          \
    case OP_FCVTNS_W##T: return w(sf::to_sint<ty>(A, 32, 0, Rounding::kNearestEven, env));       \
    case OP_FCVTNU_W##T: return sf::to_uint<ty>(A, 32, 0, Rounding::kNearestEven, env);          \
    case OP_FCVTPS_W##T: return w(sf::to_sint<ty>(A, 32, 0, Rounding::kPlusInf, env));           \
    case OP_FCVTPU_W##T: return sf::to_uint<ty>(A, 32, 0, Rounding::kPlusInf, env);              \
    case OP_FCVTMS_W##T: return w(sf::to_sint<ty>(A, 32, 0, Rounding::kMinusInf, env));          \
    case OP_FCVTMU_W##T: return sf::to_uint<ty>(A, 32, 0, Rounding::kMinusInf, env);             \
    case OP_FCVTZS_W##T: return w(sf::to_sint<ty>(A, 32, 0, Rounding::kZero, env));              \
    case OP_FCVTZU_W##T: return sf::to_uint<ty>(A, 32, 0, Rounding::kZero, env);                 \
    case OP_FCVTAS_W##T: return w(sf::to_sint<ty>(A, 32, 0, Rounding::kNearestAway, env));       \
    case OP_FCVTAU_W##T: return sf::to_uint<ty>(A, 32, 0, Rounding::kNearestAway, env);          \
    case OP_FCVTNS_X##T: return uint64_t(sf::to_sint<ty>(A, 64, 0, Rounding::kNearestEven, env)); \
    case OP_FCVTNU_X##T: return sf::to_uint<ty>(A, 64, 0, Rounding::kNearestEven, env);          \
    case OP_FCVTPS_X##T: return uint64_t(sf::to_sint<ty>(A, 64, 0, Rounding::kPlusInf, env));    \
    case OP_FCVTPU_X##T: return sf::to_uint<ty>(A, 64, 0, Rounding::kPlusInf, env);              \
    case OP_FCVTMS_X##T: return uint64_t(sf::to_sint<ty>(A, 64, 0, Rounding::kMinusInf, env));   \
    case OP_FCVTMU_X##T: return sf::to_uint<ty>(A, 64, 0, Rounding::kMinusInf, env);             \
    case OP_FCVTZS_X##T: return uint64_t(sf::to_sint<ty>(A, 64, 0, Rounding::kZero, env));       \
    case OP_FCVTZU_X##T: return sf::to_uint<ty>(A, 64, 0, Rounding::kZero, env);                 \
    case OP_FCVTAS_X##T: return uint64_t(sf::to_sint<ty>(A, 64, 0, Rounding::kNearestAway, env)); \
    case OP_FCVTAU_X##T: return sf::to_uint<ty>(A, 64, 0, Rounding::kNearestAway, env);          \
    case OP_FCVTZS_W##T##_1: return w(sf::to_sint<ty>(A, 32, 1, Rounding::kZero, env));         \
    case OP_FCVTZS_W##T##_17: return w(sf::to_sint<ty>(A, 32, 17, Rounding::kZero, env));       \
    case OP_FCVTZS_W##T##_32: return w(sf::to_sint<ty>(A, 32, 32, Rounding::kZero, env));       \
    case OP_FCVTZU_W##T##_1: return sf::to_uint<ty>(A, 32, 1, Rounding::kZero, env);            \
    case OP_FCVTZU_W##T##_17: return sf::to_uint<ty>(A, 32, 17, Rounding::kZero, env);          \
    case OP_FCVTZU_W##T##_32: return sf::to_uint<ty>(A, 32, 32, Rounding::kZero, env);          \
    case OP_FCVTZS_X##T##_1: return uint64_t(sf::to_sint<ty>(A, 64, 1, Rounding::kZero, env));  \
    case OP_FCVTZS_X##T##_33: return uint64_t(sf::to_sint<ty>(A, 64, 33, Rounding::kZero, env)); \
    case OP_FCVTZS_X##T##_64: return uint64_t(sf::to_sint<ty>(A, 64, 64, Rounding::kZero, env)); \
    case OP_FCVTZU_X##T##_1: return sf::to_uint<ty>(A, 64, 1, Rounding::kZero, env);            \
    case OP_FCVTZU_X##T##_33: return sf::to_uint<ty>(A, 64, 33, Rounding::kZero, env);          \
    case OP_FCVTZU_X##T##_64: return sf::to_uint<ty>(A, 64, 64, Rounding::kZero, env);
        TOINT(S, sf::f32, as)
        TOINT(D, sf::f64, ad)
#undef TOINT
#define FROMINT(T, ty)                                                                           \
    case OP_SCVTF_##T##W: return sf::from_sint<ty>(int32_t(ad), 0, env);                         \
    case OP_UCVTF_##T##W: return sf::from_uint<ty>(uint32_t(ad), 0, env);                        \
    case OP_SCVTF_##T##X: return sf::from_sint<ty>(int64_t(ad), 0, env);                         \
    case OP_UCVTF_##T##X: return sf::from_uint<ty>(ad, 0, env);                                  \
    case OP_SCVTF_##T##W_1: return sf::from_sint<ty>(int32_t(ad), 1, env);                       \
    case OP_SCVTF_##T##W_32: return sf::from_sint<ty>(int32_t(ad), 32, env);                     \
    case OP_UCVTF_##T##W_17: return sf::from_uint<ty>(uint32_t(ad), 17, env);                    \
    case OP_UCVTF_##T##W_32: return sf::from_uint<ty>(uint32_t(ad), 32, env);                    \
    case OP_SCVTF_##T##X_1: return sf::from_sint<ty>(int64_t(ad), 1, env);                       \
    case OP_SCVTF_##T##X_64: return sf::from_sint<ty>(int64_t(ad), 64, env);                     \
    case OP_UCVTF_##T##X_33: return sf::from_uint<ty>(ad, 33, env);                              \
    case OP_UCVTF_##T##X_64: return sf::from_uint<ty>(ad, 64, env);
        FROMINT(S, sf::f32)
        FROMINT(D, sf::f64)
#undef FROMINT
    case OP_FCVT_SH: return sf::convert<sf::f32, sf::f16>(sf::f16(ad), env);
    case OP_FCVT_DH: return sf::convert<sf::f64, sf::f16>(sf::f16(ad), env);
    case OP_FCVT_HS: return sf::convert<sf::f16, sf::f32>(as, env);
    case OP_FCVT_DS: return sf::convert<sf::f64, sf::f32>(as, env);
    case OP_FCVT_HD: return sf::convert<sf::f16, sf::f64>(ad, env);
    case OP_FCVT_SD: return sf::convert<sf::f32, sf::f64>(ad, env);
    case OP_FCVTXN_SD: {
        sf::Env odd = env;  // FCVTXN always rounds to odd, whatever FPCR.RMode says
        odd.rounding = Rounding::kOdd;
        const uint64_t r = sf::convert<sf::f32, sf::f64>(ad, odd);
        env.flags = odd.flags;
        return r;
    }
    case OP_URECPE_2S:
        return sf::unsigned_recip_estimate(uint32_t(ad)) |
               uint64_t(sf::unsigned_recip_estimate(uint32_t(ad >> 32))) << 32;
    case OP_URSQRTE_2S:
        return sf::unsigned_rsqrt_estimate(uint32_t(ad)) |
               uint64_t(sf::unsigned_rsqrt_estimate(uint32_t(ad >> 32))) << 32;
    default:
        break;
    }
    std::fprintf(stderr, "fp_host: no model for op %s\n", fp_op_names[op]);
    std::exit(2);
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: fp_guest N [FILTER] | %s N [FILTER]\n", argv[0]);
        return 2;
    }
    const uint32_t cases = uint32_t(std::strtoul(argv[1], nullptr, 0));
    const char* filter = argc > 2 ? argv[2] : "";
    unsigned long total = 0, bad = 0, ops = 0;
    for (int op = 0; op < OP_COUNT; ++op) {
        if (!std::strstr(fp_op_names[op], filter))
            continue;
        ++ops;
        unsigned long op_bad = 0;
        for (uint32_t i = 0; i < cases; ++i) {
            fp_record rec;
            if (std::fread(&rec, sizeof rec, 1, stdin) != 1) {
                std::printf("FAIL: guest output ends at op %s case %u\n", fp_op_names[op], i);
                return 1;
            }
            const fp_case c = fp_gen_case(op, i);
            sf::Env env = sf::Env::from_fpcr(c.fpcr);
            const uint64_t r = compute(op, c, env);
            ++total;
            if (r != rec.result || env.flags != rec.fpsr) {
                ++bad;
                if (++op_bad <= 8)
                    std::printf("MISMATCH %s #%u fpcr=%08x a=%016llx b=%016llx c=%016llx: "
                                "qemu %016llx fpsr %02x, softfloat %016llx flags %02x\n",
                                fp_op_names[op], i, c.fpcr, (unsigned long long)c.a,
                                (unsigned long long)c.b, (unsigned long long)c.c,
                                (unsigned long long)rec.result, rec.fpsr, (unsigned long long)r,
                                env.flags);
            }
        }
        if (op_bad)
            std::printf("%s: %lu of %u cases differ\n", fp_op_names[op], op_bad, cases);
    }
    fp_record extra;
    if (std::fread(&extra, sizeof extra, 1, stdin) == 1) {
        std::printf("FAIL: guest wrote more records than expected\n");
        return 1;
    }
    std::printf("softfloat vs qemu-aarch64: %lu ops, %lu cases, %lu differ\n", ops, total, bad);
    return bad ? 1 : 0;
}
