#!/usr/bin/env python3
"""Runs bare-metal ELF images on qemu-system-aarch64 and/or virt64 and checks
what the guest printed and its exit status.

Modes:
  diff      run on both, require identical output and exit status (shows a
            diff; with --listing, the code of the random sequences that differ)
  expected  run on one (--runner) and compare with a recorded expectation
  record    run on QEMU and write the expectation file
  cli       run an arbitrary command (after --) and check its exit status and
            that stderr matches a regular expression

The guest output is what semihosting printed (stderr on both, as QEMU 7.2 sends
the semihosting console there) followed by what the UART printed (stdout).
virt64's own lines ("virt64: ...", the CPU's "cpu: N instructions, M MIPS
(host)") are shown separately, not compared.
"""
import argparse
import difflib
import os
import re
import subprocess
import sys

MACHINE = ["-M", "virt", "-cpu", "cortex-a53", "-nographic", "-semihosting", "-nic", "none"]


# Lines the simulator itself prints on stderr: virt64's own messages and the
# CPU model's statistics at the end of simulation.
SIMULATOR_LINE = re.compile(r"^(virt64: |\S+: \d+ instructions, [\d.]+ MIPS \(host\)$)")


# A sanitizer report (the -DVP_SANITIZE build; UBSan "runtime error:", ASan,
# LSan) on the simulator's stderr fails the test whatever else it printed.
SANITIZER_REPORT = re.compile(r"runtime error:|AddressSanitizer|LeakSanitizer")


def fail_on_sanitizer_report(stderr_text, what):
    m = SANITIZER_REPORT.search(stderr_text)
    if m:
        start = max(0, stderr_text.rfind("\n", 0, m.start()) + 1)
        print("FAIL: %s printed a sanitizer report:\n%s" % (what, stderr_text[start:start + 4000]))
        sys.exit(1)


def is_simulator_line(line):
    return SIMULATOR_LINE.match(line.rstrip("\n")) is not None


def run_guest(binary, elf, timeout, extra):
    cmd = [binary] + MACHINE + extra + ["-kernel", elf]
    env = dict(os.environ, SYSTEMC_DISABLE_COPYRIGHT_MESSAGE="1")
    try:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout, env=env)
    except subprocess.TimeoutExpired as e:
        out = (e.stderr or b"") + (e.stdout or b"")
        fail_on_sanitizer_report((e.stderr or b"").decode(errors="replace"), binary)
        return out.decode(errors="replace"), "timeout after %ss" % timeout, []
    fail_on_sanitizer_report(p.stderr.decode(errors="replace"), binary)
    err = p.stderr.decode(errors="replace").splitlines(keepends=True)
    own = [l for l in err if is_simulator_line(l)]
    err = [l for l in err if not is_simulator_line(l)]
    return "".join(err) + p.stdout.decode(errors="replace"), p.returncode, own


def render(output, status):
    if output and not output.endswith("\n"):
        output += "\n"
    return output + "[exit status %s]\n" % status


def show_diff(a, b, name_a, name_b, limit=120):
    la, lb = a.splitlines(keepends=True), b.splitlines(keepends=True)
    if len(la) + len(lb) > 20000:
        # difflib is quadratic on long, very different outputs: show the
        # first differing lines by position instead.
        shown = 0
        for i in range(max(len(la), len(lb))):
            x = la[i] if i < len(la) else "<end>\n"
            y = lb[i] if i < len(lb) else "<end>\n"
            if x != y:
                sys.stdout.write("line %d:\n-%s+%s" % (i + 1, x, y))
                shown += 1
                if shown == limit // 3:
                    break
        return
    lines = list(difflib.unified_diff(la, lb, name_a, name_b, n=1))
    sys.stdout.writelines(lines[:limit])
    if len(lines) > limit:
        print("... (%d more diff lines)" % (len(lines) - limit))


def show_sequences(a, b, listing, limit=25):
    la, lb = a.splitlines(), b.splitlines()
    bad = []
    for x, y in zip(la, lb):
        if x != y:
            m = re.match(r"s(\d+)[ :]", x) or re.match(r"s(\d+)[ :]", y)
            if m and m.group(1) not in bad:
                bad.append(m.group(1))
    if not bad:
        return
    code = {}
    with open(listing) as f:
        for line in f:
            k, _, rest = line.partition(":")
            code[k[1:]] = rest.strip()
    print("\n%d sequence(s) differ; their code (QEMU line first, then virt64):" % len(bad))
    for n in bad[:limit]:
        print("s%s: %s" % (n, code.get(n, "?")))
        for x in la:
            if x.startswith("s%s " % n) or x.startswith("s%s:" % n):
                print("   qemu   " + x)
        for y in lb:
            if y.startswith("s%s " % n) or y.startswith("s%s:" % n):
                print("   virt64 " + y)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", choices=["diff", "expected", "record", "cli"], required=True)
    ap.add_argument("--elf")
    ap.add_argument("--qemu")
    ap.add_argument("--virt64")
    ap.add_argument("--runner", choices=["qemu", "virt64"], default="virt64")
    ap.add_argument("--expected")
    ap.add_argument("--listing")
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--virt64-arg", action="append", default=[])
    ap.add_argument("--qemu-arg", action="append", default=[])  # e.g. --qemu-arg=-smp --qemu-arg=4
    ap.add_argument("--expect-status", type=int)
    ap.add_argument("--expect-regex")
    ap.add_argument("command", nargs="*")
    a = ap.parse_args()

    if a.mode == "cli":
        p = subprocess.run(a.command, stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=a.timeout)
        err = p.stderr.decode(errors="replace")
        print("$ " + " ".join(a.command))
        print("exit status %d, stderr:\n%s" % (p.returncode, err))
        fail_on_sanitizer_report(err, a.command[0])
        ok = p.returncode == a.expect_status
        if a.expect_regex and not re.search(a.expect_regex, err):
            print("FAIL: stderr does not match /%s/" % a.expect_regex)
            ok = False
        if p.returncode != a.expect_status:
            print("FAIL: expected exit status %d" % a.expect_status)
        return 0 if ok else 1

    if a.mode in ("diff", "record") or a.runner == "qemu":
        q_out, q_status, _ = run_guest(a.qemu, a.elf, a.timeout, a.qemu_arg)
    if a.mode == "diff" or (a.mode == "expected" and a.runner == "virt64"):
        v_out, v_status, own = run_guest(a.virt64, a.elf, a.timeout, a.virt64_arg)
        sys.stdout.writelines(own)

    if a.mode == "record":
        with open(a.expected, "w", newline="") as f:
            f.write(render(q_out, q_status))
        print("recorded %s (exit status %s)" % (a.expected, q_status))
        return 0 if isinstance(q_status, int) else 1

    if a.mode == "expected":
        got = render(q_out, q_status) if a.runner == "qemu" else render(v_out, v_status)
        with open(a.expected, newline="") as f:
            want = f.read()
        if got == want:
            print("output of %s on %s matches %s (%d lines)" %
                  (a.elf, a.runner, a.expected, want.count("\n")))
            return 0
        print("MISMATCH: %s on %s vs %s" % (a.elf, a.runner, a.expected))
        show_diff(want, got, "expected", a.runner)
        return 1

    qa, va = render(q_out, q_status), render(v_out, v_status)
    if qa == va:
        print("qemu and virt64 agree on %s (%d lines, exit status %s)" %
              (a.elf, qa.count("\n") - 1, q_status))
        return 0
    print("MISMATCH between qemu-system-aarch64 and virt64 on %s" % a.elf)
    show_diff(qa, va, "qemu", "virt64")
    if a.listing:
        show_sequences(qa, va, a.listing)
    return 1


if __name__ == "__main__":
    sys.exit(main())
