#!/usr/bin/env python3
"""System tests of virt64's QEMU-style debug log (-d ITEM,... -D FILE).

Modes:
  demo      sw/baremetal/log/debug_log_demo.elf with -d int,mmu,guest_errors,unimp:
            the log holds the SVC/BRK/Undefined/Data Abort entries with the ESR,
            ELR, FAR values the program itself printed, the MMU fault line, the
            unimplemented register and encoding, and the two guest errors,
            which no longer appear on stderr; with -d int alone only the int
            lines are written and the guest errors stay on stderr; without -d
            nothing changes (same guest output, warnings on stderr, no log).
  qemu      -d int (or --items) on QEMU and on virt64 for the given ELFs: the
            logs must be identical (QEMU's "...with ESR" line of an IRQ/FIQ, a stale
            syndrome there, is dropped; virt64 does not print it).
  exec      -d exec -D FILE writes the same trace as --insn-trace FILE.
  cli       -d help (exit 0, the items), unknown and QEMU-only items and an
            unwritable -D file (exit 1 with a message naming the problem).
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

MACHINE = ["-M", "virt", "-cpu", "cortex-a53", "-nographic", "-semihosting", "-nic", "none"]
ENV = dict(os.environ, SYSTEMC_DISABLE_COPYRIGHT_MESSAGE="1")

failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def run(cmd, timeout=60):
    p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=timeout, env=ENV)
    return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")


def run_virt64(args, elf, log_items=None, tmp=None, extra=()):
    """Runs virt64 on elf; returns (status, stdout, stderr, log text or None)."""
    cmd = [args.virt64] + MACHINE + list(extra)
    log_path = None
    if log_items is not None:
        log_path = os.path.join(tmp, "virt64.log")
        cmd += ["-d", log_items, "-D", log_path]
    status, out, err = run(cmd + ["-kernel", elf])
    log = open(log_path).read() if log_path and os.path.exists(log_path) else None
    return status, out, err, log


def printed(text, pattern):
    """The groups of the guest line matching pattern (semihosting goes to stderr)."""
    m = re.search(pattern, text, re.M)
    if not m:
        print("guest output:\n" + text)
        raise SystemExit("FAIL: the guest did not print a line matching %r" % pattern)
    return [int(g, 16) for g in m.groups()]


def entry(number, name, esr, elr, far=None):
    """One exception entry at EL1 as -d int prints it, up to the ELR line."""
    lines = ["Taking exception %d [%s] on CPU 0" % (number, name),
             "...from EL1 to EL1",
             "...with ESR 0x%x/0x%x" % (esr >> 26, esr)]
    if far is not None:
        lines.append("...with FAR 0x%x" % far)
    lines.append("...with ELR 0x%x" % elr)
    return "\n".join(lines) + "\n"


def mode_demo(args):
    with tempfile.TemporaryDirectory() as tmp:
        status, out, err, log = run_virt64(args, args.elf, "int,mmu,guest_errors,unimp", tmp)
        check(status == 0, "-d int,mmu,guest_errors,unimp: exit status 0 (got %d)" % status)
        guest = err + out
        svc, svc_esr, svc_elr = printed(guest, r"^svc at 0x(\w+): esr=0x(\w+) elr=0x(\w+)$")
        brk, brk_esr, brk_elr = printed(guest, r"^brk at 0x(\w+): esr=0x(\w+) elr=0x(\w+)$")
        mrs, mrs_esr, _ = printed(guest, r"^mrs at 0x(\w+): esr=0x(\w+) value=0x(\w+)$")
        unalloc, unalloc_esr = printed(guest, r"^unallocated at 0x(\w+): esr=0x(\w+)$")
        load, load_esr, load_far, _ = printed(
            guest, r"^load at 0x(\w+): esr=0x(\w+) far=0x(\w+) value=0x(\w+)$")
        print("--- log ---\n" + (log or "(none)") + "--- end of log ---")
        log = log or ""
        # The values the guest read from ESR/ELR/FAR are the ones in the log,
        # and they are the architectural ones.
        check(svc_esr == 0x56000042 and svc_elr == svc + 4, "SVC #0x42: ESR 0x56000042, ELR after it")
        check(entry(2, "SVC", svc_esr, svc_elr) + "...to EL1 PC 0x" in log, "int: the SVC entry")
        check(brk_esr == 0xf2000007 and brk_elr == brk, "BRK #7: ESR 0xf2000007, ELR at it")
        check(entry(7, "Breakpoint", brk_esr, brk_elr) in log, "int: the BRK entry")
        check(mrs_esr == 0x02000000, "MRS S3_0_C11_C0_0: Undefined (ESR 0x2000000)")
        check(entry(1, "Undefined Instruction", mrs_esr, mrs) in log, "int: the MRS entry")
        check(entry(1, "Undefined Instruction", unalloc_esr, unalloc) in log,
              "int: the unallocated encoding's entry")
        check(load_esr == 0x96000005 and load_far == 0x4000000000,
              "load from VA 0x4000000000: translation fault level 1 (ESR 0x96000005), FAR")
        check(entry(4, "Data Abort", load_esr, load, far=load_far) in log, "int: the data abort entry")
        check("Exception return from AArch64 EL1 to AArch64 EL1 PC 0x%x\n" % (svc + 4) in log,
              "int: the return from the SVC handler")
        check("Taking exception 16 [Semihosting call] on CPU 0\n...from EL1 to EL1\n"
              "...handling as semihosting call 0x4\n" in log, "int: semihosting calls as QEMU logs them")
        mmu_line = ("MMU: translation fault, level 1: read of VA 0x0000004000000000 at EL1, "
                    "pc 0x%x (TTBR0_EL1 0x" % load)
        check(mmu_line in log, "mmu: the translation fault line")
        check(log.index(mmu_line) < log.index(entry(4, "Data Abort", load_esr, load, far=load_far)),
              "mmu: the fault line comes before the exception it causes")
        check(log.count("MMU: ") == 1, "mmu: exactly one MMU fault")
        check(("read access to unsupported AArch64 system register op0:3 op1:0 crn:11 crm:0 op2:0 "
               "(S3_0_C11_C0_0) at pc 0x%x: Undefined\n" % mrs) in log, "unimp: the system register")
        check(("no instruction for encoding 0x9ac01000 at pc 0x%x" % unalloc) in log,
              "unimp: the unallocated encoding")
        check(re.search(r"^\[[\d.]+ \w+\] virtio/mmio/read-only: .*MagicValue is read-only; write ignored$",
                        log, re.M) is not None, "guest_errors: the virtio MagicValue write")
        check(re.search(r"^\[[\d.]+ \w+\] vp/uart/bad_offset: .*offset 0x50 ", log, re.M) is not None,
              "guest_errors: the PL011 bad offset")
        check("Warning" not in err, "guest_errors: the warnings are in the log, not on stderr")
        check(log.count("Taking exception 4 [Data Abort]") == 1 and
              log.count("Taking exception 2 [SVC]") == 1, "int: no other exceptions")

        # -d int only: no mmu/unimp lines; the guest errors stay warnings on stderr.
        status, out2, err2, log2 = run_virt64(args, args.elf, "int", tmp)
        check(status == 0, "-d int: exit status 0")
        check(entry(2, "SVC", svc_esr, svc_elr) in (log2 or ""), "-d int: the SVC entry")
        check("MMU: " not in log2 and "unsupported" not in log2 and "virtio/mmio" not in log2,
              "-d int: no mmu, unimp or guest_errors lines")
        check("Warning: virtio/mmio/read-only" in err2, "-d int: the guest errors stay on stderr")

        # No -d: the same guest output, the warnings on stderr, no log file.
        status, out3, err3, _ = run_virt64(args, args.elf)
        check(status == 0, "no -d: exit status 0")
        guest_lines = lambda text: [l for l in text.splitlines() if re.match(r"^(svc|brk|mrs|unalloc|virtio|wrote|load|exceptions)", l)]
        check(guest_lines(err3 + out3) == guest_lines(guest), "no -d: the same guest output")
        check("Warning: virtio/mmio/read-only" in err3 and "Warning: vp/uart/bad_offset" in err3,
              "no -d: both guest errors are warnings on stderr, as before")
        check("Taking exception" not in err3 + out3, "no -d: no log lines")


# QEMU's "to EL" of a semihosting call is the target of the previous
# exception (EL0 before the first one); virt64 prints the current EL. Both
# logs keep only the "from" part there.
SEMIHOSTING_TARGET = re.compile(r"^(Taking exception 16 \[Semihosting call\] on CPU \d+\n\.\.\.from EL\d) to EL\d$", re.M)
# QEMU clears PSTATE.NZCV on exception entry; the architecture leaves them
# (AArch64.TakeException assigns D, A, I, F, IL, SS, SP, EL only) and so does
# virt64: the "...to EL" line is compared without them.
PSTATE_LINE = re.compile(r"^(\.\.\.to EL\d PC 0x[0-9a-f]+ PSTATE 0x)([0-9a-f]+)$", re.M)


def without_nzcv(text):
    return PSTATE_LINE.sub(lambda m: m.group(1) + "%x" % (int(m.group(2), 16) & 0x0fffffff), text)


QEMU_STALE_ESR = re.compile(r"^(Taking exception [56] \[(IRQ|FIQ)\] on CPU \d+\n\.\.\.from EL\d to EL\d\n)"
                            r"\.\.\.with ESR 0x[0-9a-f]+/0x[0-9a-f]+\n", re.M)


def mode_qemu(args):
    with tempfile.TemporaryDirectory() as tmp:
        for elf in args.elfs:
            qlog = os.path.join(tmp, "qemu.log")
            status_q, _, _ = run([args.qemu] + MACHINE + ["-d", args.items, "-D", qlog, "-kernel", elf])
            status_v, _, _, vlog = run_virt64(args, elf, args.items, tmp)
            q = without_nzcv(SEMIHOSTING_TARGET.sub(r"\1", QEMU_STALE_ESR.sub(r"\1", open(qlog).read())))
            vlog = without_nzcv(SEMIHOSTING_TARGET.sub(r"\1", vlog or ""))
            name = os.path.basename(elf)
            check(status_q == status_v, "%s: same exit status (%d)" % (name, status_v))
            same = q == vlog
            if not same:
                import difflib
                sys.stdout.writelines(difflib.unified_diff(q.splitlines(True), vlog.splitlines(True),
                                                           "qemu -d int", "virt64 -d int"))
            check(same and q.count("Taking exception") > 0,
                  "%s: -d %s identical to QEMU's (%d lines, %d exceptions, %d invalid accesses)"
                  % (name, args.items, q.count("\n"), q.count("Taking exception"),
                     q.count("Invalid ")))


def mode_exec(args):
    with tempfile.TemporaryDirectory() as tmp:
        trace = os.path.join(tmp, "insn.trace")
        status1, _, _ = run([args.virt64] + MACHINE + ["--insn-trace", trace, "-kernel", args.elf])
        status2, _, _, log = run_virt64(args, args.elf, "exec", tmp)
        expected = open(trace).read()
        check(status1 == 0 and status2 == 0, "both runs exit with status 0")
        check(len(expected) > 0 and log == expected,
              "-d exec -D FILE is the --insn-trace trace (%d instructions)" % expected.count("\n"))
        check(re.match(r"^[0-9a-f]{16} [0-9a-f]{8}\n", log or "") is not None, "lines are 'PC OPCODE'")
        _, _, _, log2 = run_virt64(args, args.elf, "int,exec", tmp)
        check("Taking exception 2 [SVC]" in log2 and log2.count("\n") > expected.count("\n"),
              "-d int,exec: exception entries interleaved with the trace")
        i = log2.index("Taking exception 2 [SVC]")
        check(re.search(r"[0-9a-f]{16} d4000841\n$", log2[:i]) is not None,
              "-d int,exec: the SVC entry follows the trace line of the SVC (d4000841)")


def mode_cli(args):
    status, out, err = run([args.virt64, "-d", "help"])
    check(status == 0, "-d help: exit status 0")
    for item in ("int", "mmu", "guest_errors", "unimp", "exec"):
        check(re.search(r"^%s\s+\S" % item, out, re.M) is not None, "-d help lists %s" % item)
    status, out, err = run([args.virt64, "-d", "int,bogus", "-kernel", args.elf])
    check(status == 1 and "unknown log item 'bogus'" in err, "-d int,bogus: exit 1, names the item")
    status, out, err = run([args.virt64, "-d", "in_asm", "-kernel", args.elf])
    check(status == 1 and "'in_asm' is a QEMU log item that virt64 does not provide" in err,
          "-d in_asm: exit 1, says QEMU has it and virt64 does not")
    status, out, err = run([args.virt64, "-d", "int", "-D", "/nonexistent/dir/x.log", "-kernel", args.elf])
    check(status == 1 and "-D: cannot open '/nonexistent/dir/x.log'" in err,
          "-D in a missing directory: exit 1, names the file")
    status, out, err = run([args.virt64, "-d", "exec", "--insn-trace", "-", "-kernel", args.elf])
    check(status == 1 and "-d exec and --insn-trace" in err, "-d exec with --insn-trace: exit 1")
    status, out, err = run([args.virt64, "-d", "trace:nothing_matches*", "-kernel", args.elf])
    check(status == 1 and "no trace event matches" in err, "-d trace:PATTERN goes to -trace")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["demo", "qemu", "exec", "cli"])
    ap.add_argument("--virt64", required=True)
    ap.add_argument("--qemu")
    ap.add_argument("--elf", help="the program (demo, exec, cli)")
    ap.add_argument("--elfs", nargs="+", default=[], help="programs (qemu mode)")
    ap.add_argument("--items", default="int", help="the -d items compared (qemu mode)")
    args = ap.parse_args()
    {"demo": mode_demo, "qemu": mode_qemu, "exec": mode_exec, "cli": mode_cli}[args.mode](args)
    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
