#!/usr/bin/env python3
"""Random SIMD&FP differential test: runs an ELF built from rand_simd_gen's
sequences (with simd_harness.c) on qemu-system-aarch64 and on virt64 and
requires identical output. For each sequence that differs (up to --max-triage)
it names the FIRST instruction whose result differs: it regenerates that
sequence as its prefixes (rand_simd_gen ... PREFIX_OF), runs them on both and
reports the instruction, its encoding, FPCR, its input registers and both
results, e.g.

  s17 instruction 6: fmla v3.4s, v1.4s, v2.s[1]  [0x4f821023]  FPCR=0x1000000 (RN FZ)
     inputs: v1=... v2=... v3=... fpsr=0
     qemu:   v3=... fpsr=10
     virt64: v3=... fpsr=0

Triage on its own (no full run): --triage-only --seq 17.
With --findings FILE the first-difference lines are also written in the
one-line-per-bug format of /tmp/simd-findings.md (owner | insn | encoding |
FPCR | inputs | QEMU | virt64), one line per distinct mnemonic.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import guest_compare  # noqa: E402  (run_guest, the simulator-line filter)

LINE = re.compile(r"^s(\d+)[ :]")
RMODE = ["RN", "RP", "RM", "RZ"]

# Mnemonic -> the executor file that owns it (exec_simd.h's split).
FP_SCALAR = set("fmadd fmsub fnmadd fnmsub fnmul fcsel fccmp fccmpe fcmp fcmpe fcvt fmov "
                "frintn frintp frintm frintz frinta frintx frinti fsqrt fabs fneg "
                "fadd fsub fmul fdiv fmax fmin fmaxnm fminnm".split())
CRYPTO = set("aese aesd aesmc aesimc sha1c sha1p sha1m sha1h sha1su0 sha1su1 sha256h sha256h2 "
             "sha256su0 sha256su1".split())
MOVE = set("dup ins umov smov mov movi mvni orr bic sshr ushr ssra usra srshr urshr srsra ursra "
           "sri shl sli sqshl uqshl sqshlu shrn rshrn sqshrn sqrshrn uqshrn uqrshrn sqshrun "
           "sqrshrun sshll ushll zip1 zip2 uzp1 uzp2 trn1 trn2 ext tbl tbx addp".split())


def owner(insn):
    words = insn.split()
    mn = words[0] if words else ""
    ops = insn[len(mn):]
    is_vec = re.search(r"v\d+\.\d*[bhsd]\b", ops) is not None
    if mn.startswith("crc32"):
        return "exec_dp_reg.cpp (CRC32)"
    if mn in CRYPTO:
        return "exec_crypto.cpp"
    if re.match(r"^(ld|st)[1-4]r?$|^(ldr|str|ldur|stur|ldp|stp|ldnp|stnp)$", mn):
        return "exec_ldst_simd.cpp"
    if mn[:1] == "f" or mn in ("scvtf", "ucvtf", "urecpe", "ursqrte", "frecpe", "frsqrte"):
        if mn in FP_SCALAR and not is_vec and "v" not in re.sub(r"\b[sdh]\d+", "", ops) \
                and "#" not in ops.replace("#0.0", ""):
            return "exec_fp_scalar.cpp"
        if mn == "fmov" and ("#" in ops and not is_vec):
            return "exec_fp_scalar.cpp"
        if mn == "fmov" and (is_vec and "#" in ops):
            return "exec_simd_move.cpp"
        if mn in ("fcvtzs", "fcvtzu", "scvtf", "ucvtf") and re.search(r"\b[wx]\d+", ops):
            return "exec_fp_scalar.cpp"
        if mn.startswith("fcvt") and re.search(r"\b[wx]\d+", ops):
            return "exec_fp_scalar.cpp"
        if mn == "fmov" and re.search(r"\b[wx]\d+", ops):
            return "exec_fp_scalar.cpp"
        return "exec_simd_fp.cpp"
    if mn in MOVE:
        return "exec_simd_move.cpp"
    return "exec_simd_int.cpp"


def parse(output):
    """Sequence number -> list of its lines (state line last)."""
    seqs = {}
    for line in output.splitlines():
        m = LINE.match(line)
        if m:
            seqs.setdefault(int(m.group(1)), []).append(line)
    return seqs


def exceptions(lines):
    """How many exceptions a sequence took (its "exception" / "N exceptions in all" lines)."""
    n = 0
    for l in lines:
        m = re.search(r": (\d+) exceptions in all", l)
        if m:
            return int(m.group(1))
        if ": exception " in l:
            n += 1
    return n


def exception_text(lines, count):
    """The exception this instruction took (ESR, FAR, instruction word) when the
    harness printed it (the first 4 of a sequence), else how many it took."""
    exc = [l.split(": ", 1)[1] for l in lines if ": exception " in l]
    if exc and exceptions(lines) <= 4:
        return exc[-1]
    return "%d exception(s)" % count


def fields(state_line):
    """The name=value fields of a state line."""
    return dict(f.split("=", 1) for f in state_line.split()[1:] if "=" in f)


def fpcr_text(fpcr):
    v = int(fpcr, 16)
    t = [RMODE[(v >> 22) & 3]]
    for bit, name in ((24, "FZ"), (25, "DN"), (26, "AHP")):
        if v >> bit & 1:
            t.append(name)
    return "FPCR=0x%x (%s)" % (v, " ".join(t))


def encoding(cc, lines):
    """Encoding and disassembly of an instruction (assembled on its own), or '?'."""
    objdump = re.sub(r"gcc$", "objdump", cc)
    with tempfile.TemporaryDirectory() as d:
        src, obj = os.path.join(d, "i.S"), os.path.join(d, "i.o")
        with open(src, "w") as f:
            f.write("    .arch armv8-a+crc+crypto\n" + "\n".join(lines) + "\n")
        if subprocess.run([cc, "-c", "-o", obj, src], capture_output=True).returncode:
            return "?", ""
        out = subprocess.run([objdump, "-d", obj], capture_output=True, text=True).stdout
        words = re.findall(r"^\s*[0-9a-f]+:\s+([0-9a-f]{8})\s+(.*)$", out, re.M)
        if not words:
            return "?", ""
        return "0x" + words[-1][0], re.sub(r"\s+", " ", words[-1][1]).strip()


def registers_of(insn):
    """State fields an instruction names: V registers (by any view), x/w, NZCV."""
    names = []
    for m in re.finditer(r"\b([vqdshb])(\d+)\b", insn):
        names.append("v" + m.group(2))
    for m in re.finditer(r"\b([xw])(\d+)\b", insn):
        names.append("x" + m.group(2))
    if re.match(r"\s*(fccmp|fccmpe|fcsel)", insn):
        names.append("nzcv")
    out = []
    for n in names:
        if n not in out:
            out.append(n)
    return out


def build(a, sources, elf):
    cmd = [a.cc] + a.cflags.split("|") + ["-o", elf] + a.lib_srcs.split("|") + sources
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode:
        sys.stdout.write(p.stdout + p.stderr)
        raise SystemExit("simd_diff: cannot build %s" % elf)


def triage(a, seq, workdir):
    """Runs the prefixes of sequence `seq`; returns a report dict or None."""
    base = os.path.join(workdir, "triage_s%d" % seq)
    subprocess.run([a.gen, str(a.seed), str(a.count), str(a.length), a.groups, base + ".S",
                    base + ".lst", str(seq)], check=True)
    build(a, [a.harness, base + ".S"], base + ".elf")
    q_out, q_st, _ = guest_compare.run_guest(a.qemu, base + ".elf", a.timeout, [])
    v_out, v_st, _ = guest_compare.run_guest(a.virt64, base + ".elf", a.timeout, a.virt64_arg)
    units = {}
    with open(base + ".lst") as f:
        for line in f:
            k, _, rest = line.partition(":")
            units[int(k[1:])] = rest.strip()
    qs, vs = parse(q_out), parse(v_out)
    for k in sorted(units):
        if qs.get(k) == vs.get(k):
            continue
        insn = units[k]
        lines = [l.strip() for l in insn.split(";") if l.strip()]
        last = lines[-1] if lines else insn
        word, disasm = encoding(a.cc, lines)
        if last.startswith(".inst"):  # a raw word: name it as objdump does
            last = disasm or last
            insn = "%s (%s)" % (insn, last)
        before = fields(qs[k - 1][-1]) if k > 0 and k - 1 in qs else {}
        qf = fields(qs[k][-1]) if k in qs else {}
        vf = fields(vs[k][-1]) if k in vs else {}
        regs = registers_of(last)
        inputs = " ".join("%s=%s" % (r, before.get(r, "?")) for r in regs)
        diff = [n for n in qf if qf.get(n) != vf.get(n)]
        if not diff and set(vf) - set(qf):
            diff = sorted(set(vf) - set(qf))
        if len(diff) > 6:
            diff = diff[:6] + ["..."]
        q_res = " ".join("%s=%s" % (n, qf.get(n, "-")) for n in diff if n != "...")
        v_res = " ".join("%s=%s" % (n, vf.get(n, "-")) for n in diff if n != "...")
        if diff[-1:] == ["..."]:
            q_res += " ..."
            v_res += " ..."
        # Exceptions this instruction took on each side (counts against the
        # previous prefix, whose output both sides agree on).
        new_q = exceptions(qs.get(k, [])) - exceptions(qs.get(k - 1, []))
        new_v = exceptions(vs.get(k, [])) - exceptions(vs.get(k - 1, []))
        if new_q != new_v:
            q_res += "  [%s]" % (exception_text(qs.get(k, []), new_q) if new_q else "no exception")
            v_res += "  [%s]" % (exception_text(vs.get(k, []), new_v) if new_v else "no exception")
        return {
            "seq": seq, "index": k, "insn": insn, "last": last,
            "encoding": word,
            "fpcr": fpcr_text(before.get("fpcr", qf.get("fpcr", "0"))),
            "inputs": inputs + " fpsr=%s nzcv=%s" % (before.get("fpsr", "?"),
                                                     before.get("nzcv", "?")),
            "qemu": q_res, "virt64": v_res, "owner": owner(last),
        }
    return None


def show(r):
    print("s%d instruction %d: %s  [%s]  %s" % (r["seq"], r["index"], r["insn"], r["encoding"],
                                                 r["fpcr"]))
    print("   inputs: " + r["inputs"])
    print("   qemu:   " + r["qemu"])
    print("   virt64: " + r["virt64"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--qemu", required=True)
    ap.add_argument("--virt64", required=True)
    ap.add_argument("--elf")
    ap.add_argument("--gen", required=True, help="rand_simd_gen")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--length", type=int, required=True)
    ap.add_argument("--groups", default="all")
    ap.add_argument("--cc", required=True)
    ap.add_argument("--cflags", required=True, help="'|'-separated")
    ap.add_argument("--lib-srcs", required=True, help="'|'-separated")
    ap.add_argument("--harness", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--max-triage", type=int, default=8)
    ap.add_argument("--triage-only", action="store_true")
    ap.add_argument("--seq", type=int, action="append", default=[])
    ap.add_argument("--findings")
    ap.add_argument("--listing", help="the .lst of --elf: each sequence's code")
    ap.add_argument("--virt64-arg", action="append", default=[],
                    help="extra virt64 argument (e.g. --accel=interp)")
    a = ap.parse_args()
    os.makedirs(a.workdir, exist_ok=True)

    if a.triage_only:
        bad = a.seq
        status = 1
    else:
        q_out, q_st, _ = guest_compare.run_guest(a.qemu, a.elf, a.timeout, [])
        v_out, v_st, own = guest_compare.run_guest(a.virt64, a.elf, a.timeout, a.virt64_arg)
        sys.stdout.writelines(own)
        qs, vs = parse(q_out), parse(v_out)
        if q_out == v_out and q_st == v_st:
            print("qemu and virt64 agree on %s: %d sequences of %d instructions (groups %s), "
                  "exit status %s" % (a.elf, len(qs), a.length, a.groups, q_st))
            return 0
        bad = sorted(n for n in set(qs) | set(vs) if qs.get(n) != vs.get(n))
        print("MISMATCH between qemu-system-aarch64 and virt64 on %s: %d of %d sequences differ; "
              "exit status qemu %s, virt64 %s" % (a.elf, len(bad), len(qs), q_st, v_st))
        if not bad:
            guest_compare.show_diff(guest_compare.render(q_out, q_st),
                                    guest_compare.render(v_out, v_st), "qemu", "virt64")
        status = 1
    print("\nFirst differing instruction of the first %d differing sequence(s):" %
          min(len(bad), a.max_triage))
    listing = {}
    if a.listing and os.path.exists(a.listing):
        with open(a.listing) as f:
            for line in f:
                k, _, rest = line.partition(":")
                listing[k[1:]] = rest.strip()
    reports = []
    for n in bad[:a.max_triage]:
        if str(n) in listing:
            print("s%d code: %s" % (n, listing[str(n)]))
        r = triage(a, n, a.workdir)
        if r is None:
            print("s%d: its prefixes agree (the difference needs the whole sequence)" % n)
            continue
        show(r)
        reports.append(r)
        if r["index"] == 0:
            print("The initial state differs (the prologue's LDP Q / MSR FPCR / MSR NZCV, or the "
                  "epilogue's STP Q / MRS): every sequence will, stopping here.")
            break
    if a.findings and reports:
        seen = set()
        with open(a.findings, "a") as f:
            for r in reports:
                key = r["last"].split()[0]
                if key in seen:
                    continue
                seen.add(key)
                f.write("- %s | `%s` | %s | %s | in: %s | QEMU: %s | virt64: %s | "
                        "seed %d groups %s s%d\n" %
                        (r["owner"], r["last"], r["encoding"], r["fpcr"], r["inputs"], r["qemu"],
                         r["virt64"], a.seed, a.groups, r["seq"]))
    return status


if __name__ == "__main__":
    sys.exit(main())
