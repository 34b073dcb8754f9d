#!/usr/bin/env python3
"""System tests of virt64's GDB stub (docs/models/gdb.md).

  session: virt64 -S -gdb tcp::0 runs gdb_demo.elf; gdb-multiarch -batch runs
           demo.gdb against it; the gdb transcript and the program's output
           must show what each step did.
  rsp:     a raw remote-protocol client: Ctrl-C on a spinning loop, memory
           writes that release it, bad checksums, an over-long packet and
           malformed packets (error replies, warnings, the guest runs on).
  disconnect: a client that vanishes in the middle of a packet; the guest runs on.
  smp:     virt64 -smp 4 runs gdb_smp.elf; smp.gdb checks one thread per core
           (info threads, a breakpoint only a secondary hits, another core's
           registers and backtrace, per-thread stepi, Ctrl-C, the run to the
           end), then the thread packets with bad ids at the protocol level
           on -smp 2. With --qemu, the same script against qemu-system-aarch64
           -smp 4 -s -S must print the same values, and the program the same
           output as without a debugger.
  linux --smp: the same kernel on -smp 2: a breakpoint in secondary_start_kernel
           stops thread 2, core 0's registers and backtrace, detach; the
           guest's report must equal a -smp 2 boot without the debugger.
  linux:   our Linux guest boots on virt64 -S -gdb; linux.gdb breaks in the
           virtio-mmio probe, reads a device's registers, watches a kernel
           variable and detaches; the guest's report must equal a boot
           without the debugger.
"""
import argparse
import os
import re
import socket
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def start_virt64(virt64, elf, extra=None):
    cmd = [virt64] + (extra or ["-semihosting"]) + ["-S", "-gdb", "tcp::0", "-kernel", elf]
    env = dict(os.environ, SYSTEMC_DISABLE_COPYRIGHT_MESSAGE="1")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            stdin=subprocess.DEVNULL, env=env)
    # virt64 names the port it bound on stderr before the simulation starts.
    deadline = time.time() + 20
    lines = []
    while time.time() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        lines.append(line)
        m = re.search(r"gdb stub listening on tcp:[0-9.]+:(\d+)", line)
        if m:
            return proc, int(m.group(1)), lines
    proc.kill()
    sys.exit("virt64 did not report its gdb port:\n" + "".join(lines))


def finish(proc, timeout=60):
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def expect_in_order(text, patterns, what):
    pos = 0
    ok = True
    for pat in patterns:
        m = re.compile(pat, re.M).search(text, pos)
        if not m:
            print(f"FAIL: {what}: /{pat}/ not found (in order)")
            ok = False
            continue
        pos = m.end()
    return ok


def symbol(elf, name):
    out = subprocess.run(["aarch64-linux-gnu-nm", "-S", elf], capture_output=True, text=True,
                         check=True).stdout
    for line in out.splitlines():
        parts = line.split()
        if parts[-1] == name:
            return int(parts[0], 16), int(parts[1], 16) if len(parts) == 4 else 0
    sys.exit(f"symbol {name} not in {elf}")


def session(args):
    proc, port, _ = start_virt64(args.virt64, args.elf)
    script = open(os.path.join(HERE, "demo.gdb")).read().replace("@PORT@", str(port))
    script_path = os.path.abspath("demo-session.gdb")
    with open(script_path, "w") as f:
        f.write(script)
    g = subprocess.run([args.gdb, "-nx", "-batch", "-x", script_path, args.elf],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=120)
    transcript = g.stdout
    rc, out, err = finish(proc)
    print(transcript)
    print("--- guest output ---\n" + out + "--- virt64 stderr ---\n" + err)
    ok = expect_in_order(transcript, [
        r"^\$1 = 1$",                                            # halted at _start
        r"Breakpoint 1, compute \(a=a@entry=6, b=b@entry=7\)",
        r"^\$2 = 6$", r"^\$3 = 7$",
        r"^\$4 = 1$",                                            # stepi: one instruction
        r"^\$5 = 48$",                                           # mul with the new x1
        r"<table>:\s+0x11223344\s+0x55667788\s+0x99aabbcc\s+0xddeeff00",
        r"^\$6 = 0x30d0....$",                                   # SCTLR_EL1 (RES1 bits)
        r"^\$7 = 4$",                                            # CurrentEL: EL1
        r"^fpcr\s+0x0",
        r"Hardware watchpoint 2: watched\s+Old value = 0\s+New value = 42",
        r"Hardware read watchpoint \d+: watched\s+Value = 42",
        r"Breakpoint \d+, stack_work",
        r"Hardware watchpoint \d+: local\s+Old value = 1\s+New value = 3",
        r"Breakpoint \d+, raise_svc",
        r"^\$8 = 1$",                                            # at the SVC vector
        r"^\$9 = 0x56000042$",                                   # EC 0x15, imm16 0x42
        r"Hardware access \(read/write\) watchpoint \d+: svc_count\s+Value = 0",
        r"Hardware access \(read/write\) watchpoint \d+: svc_count\s+Old value = 0\s+New value = 1",
        r"memory accesses use physical addresses",
        r"0xa000000:\s+0x74726976\s+0x00000002",                 # "virt", version 2
        r"memory accesses use virtual addresses",
        r"^vbar_el1\s+0x0000000040",
        r"^currentel\s+0x0000000000000004",
        r'^received: "ENABLE=1,NOIRQ=2,NOTIMER=4"$',             # maint packet qqemu.sstepbits
        r'^received: "0x7"$',                                    # QEMU's default flags
        r'^received: "OK"$', r'^received: "0x1"$',               # Qqemu.sstep=0x1
        r"\[Inferior 1 \(Remote target\) detached\]",
    ], "gdb transcript")
    # Semihosting output (SYS_WRITE to ":tt") goes to virt64's stderr.
    ok &= expect_in_order(out + err, [
        r"^gdb_demo: table\[1\]=0x55667788$",
        r"^gdb_demo: compute\(6, 7\) = 55$",                     # the register write
        r"^gdb_demo: watched = 42$",
        r"^gdb_demo: stack_work\(1\) = 99$",
        r"^gdb_demo: svc taken 1 time\(s\)$",
        r"^gdb_demo: done$",
    ], "guest output")
    if rc != 0:
        print(f"FAIL: virt64 exit status {rc}, expected 0")
        ok = False
    return ok


SMP_GUEST_LINE = re.compile(r"^(gdb_smp:|core \d:|spin ended)")


def smp_guest_lines(text):
    return [l for l in text.splitlines() if SMP_GUEST_LINE.match(l)]


def run_smp_script(cmd_prefix, port, args, start=None):
    script = open(os.path.join(HERE, "smp.gdb")).read().replace("@PORT@", str(port))
    script_path = os.path.abspath(f"smp-session-{port}.gdb")
    with open(script_path, "w") as f:
        f.write(script)
    g = subprocess.run([args.gdb, "-nx", "-batch", "-x", script_path, args.elf],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=120)
    return g.stdout


def wait_listening(port, timeout=30):
    """Waits until something listens on the TCP port, without connecting
    (QEMU's stub serves one client and runs the guest on when it leaves)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        with open("/proc/net/tcp") as f:
            for line in f.readlines()[1:]:
                local, state = line.split()[1], line.split()[3]
                if state == "0A" and int(local.split(":")[1], 16) == port:
                    return
        time.sleep(0.1)


def values(transcript):
    """The gdb value history: [(n, text)] of every `$n = text` line."""
    return [(int(m.group(1)), m.group(2)) for m in re.finditer(r"^\$(\d+) = (.*)$", transcript, re.M)]


def smp(args):
    smp_args = ["-smp", "4", "-semihosting"]
    # Without a debugger: the output the debugged runs must reproduce.
    plain = subprocess.run([args.virt64] + smp_args + ["-kernel", args.elf], capture_output=True,
                           text=True, timeout=60, stdin=subprocess.DEVNULL,
                           env=dict(os.environ, SYSTEMC_DISABLE_COPYRIGHT_MESSAGE="1"))
    expected_out = smp_guest_lines(plain.stdout + plain.stderr)
    ok = check(plain.returncode == 0 and len(expected_out) == 4,
               f"plain run: exit {plain.returncode}, {len(expected_out)} program lines")

    proc, port, _ = start_virt64(args.virt64, args.elf, smp_args)
    transcript = run_smp_script(None, port, args)
    rc, out, err = finish(proc)
    print(transcript)
    print("--- virt64 output ---\n" + out + err)
    ok &= expect_in_order(transcript, [
        r"^\* 1\s+Thread 1 \(cpu0 \[running\]\)\s+_start",  # -S: core 0 at the entry
        r"^  2\s+Thread 2 \(cpu1 \[powered off\]\)",
        r"^  4\s+Thread 4 \(cpu3 \[powered off\]\)",
        r"^\$1 = 1$",
        r"Thread 2 hit Breakpoint 1, core_work \(core=core@entry=1, mpidr=2147483649\)",
        r"^\$2 = 2$", r"^\$3 = 1$", r"^\$4 = 0x80000001$",   # thread, x0, x1 = MPIDR_EL1
        r"^  1\s+Thread 1 \(cpu0 \[(running|halted)\]\)",
        r"^\* 2\s+Thread 2 \(cpu1 \[running\]\)\s+core_work",
        r"^  3\s+Thread 3 \(cpu2 \[powered off\]\)",
        r"\[Switching to thread 1 \(Thread 1\)\]",
        r"^#\d\s+.*main \(\) at .*gdb_smp\.c",                # core 0's backtrace
        r"^\$5 = 1$",                                            # stepi moved thread 1
        r"^\$6 = 1$", r"^\$7 = 1$",                              # thread 2: 2 stepi from core_work
        r"^\$8 = 1$",                                            # thread 1 did not move
        r"Thread 3 hit Breakpoint 1, core_work \(core=core@entry=2, mpidr=2147483650\)",
        r"^\$9 = 3$", r"^\$10 = 2$", r"^\$11 = 0x80000002$",
        r"received signal SIGINT",
        r"^\$12 = 1$",                                           # a spinning core reported
        r"^#0 .*spin \(\) at",                                   # thread 4
        r"^#0 .*spin \(\) at",                                   # thread 1
        r"\[Inferior 1 \(.*\) exited normally\]",
    ], "gdb transcript")
    got_out = smp_guest_lines(out + err)
    ok &= check(got_out == expected_out,
                "program output under the debugger equals the plain run:\n  " + "\n  ".join(got_out))
    ok &= check(rc == 0, f"virt64 exit status {rc}")

    # The thread packets at the protocol level, with bad ids, on -smp 2.
    proc, port, _ = start_virt64(args.virt64, args.elf, ["-smp", "2", "-semihosting"])
    c = Rsp(port)
    ok &= check(c.cmd("qfThreadInfo") == "m1,2" and c.cmd("qsThreadInfo") == "l",
                "qfThreadInfo lists both cores")
    ok &= check(bytes.fromhex(c.cmd("qThreadExtraInfo,2")) == b"cpu1 [powered off]",
                "qThreadExtraInfo of the secondary")
    ok &= check(c.cmd("Hg3") == "E16" and c.cmd("Hgq") == "E16" and c.cmd("T3") == "E16" and
                c.cmd("qThreadExtraInfo,0") == "E16", "bad thread ids: E16")
    ok &= check(c.cmd("vCont;s:9;c") == "E16" and c.cmd("vCont;c:") == "E16",
                "vCont with a bad thread id: E16, nothing resumes")
    ok &= check(c.cmd("vCont;s:2") == "T05thread:2;",
                "a step of the powered-off core alone ends at once")
    ok &= check(c.cmd("Hg2") == "OK" and c.cmd("qC") == "QC2" and c.cmd("p20") == "0" * 16,
                "Hg2 selects the secondary (pc 0)")
    ok &= check(c.cmd("Hg1") == "OK" and c.cmd("p20") != "0" * 16, "Hg1: core 0's pc")
    c.send("k")
    rc2, _, err2 = finish(proc)
    ok &= check(rc2 == 0 and "bad-thread" in err2, f"killed, exit {rc2}, vp/gdb/bad-thread warned")

    if args.qemu:
        # The same script against QEMU's stub. Its thread names differ
        # (Thread 1.N, "CPU#N [halted ]") and it may name any core after
        # Ctrl-C ($12); the values must agree.
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            qport = s.getsockname()[1]
        q = subprocess.Popen([args.qemu, "-M", "virt", "-cpu", "cortex-a53", "-nographic",
                              "-semihosting", "-nic", "none", "-smp", "4", "-kernel", args.elf,
                              "-gdb", f"tcp:127.0.0.1:{qport}", "-S"],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                             stdin=subprocess.DEVNULL)
        wait_listening(qport)
        qt = run_smp_script(None, qport, args)
        try:
            qout, _ = q.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            q.kill()
            qout, _ = q.communicate()
        print("--- the same script on QEMU ---\n" + qt + "--- QEMU output ---\n" + qout)
        mine = [v for v in values(transcript) if v[0] != 12]
        theirs = [v for v in values(qt) if v[0] != 12]
        ok &= check(mine == theirs and len(mine) == 11,
                    f"gdb values agree with QEMU: virt64 {mine}, QEMU {theirs}")
        ok &= check(smp_guest_lines(qout) == expected_out, "program output agrees with QEMU")
        for pat in [r"Thread 2 hit Breakpoint 1, core_work \(core=core@entry=1",
                    r"Thread 3 hit Breakpoint 1, core_work \(core=core@entry=2"]:
            ok &= check(re.search(pat, qt) is not None, f"QEMU too: {pat}")
    return ok


class Rsp:
    """A minimal remote-protocol client."""

    def __init__(self, port):
        self.s = socket.create_connection(("127.0.0.1", port), timeout=20)
        self.buf = b""

    def send_raw(self, data):
        self.s.sendall(data)

    def send(self, payload):
        body = payload.encode() if isinstance(payload, str) else payload
        self.send_raw(b"$" + body + b"#%02x" % (sum(body) & 0xFF))

    def read_byte(self):
        while not self.buf:
            chunk = self.s.recv(65536)
            if not chunk:
                raise EOFError("connection closed")
            self.buf += chunk
        b, self.buf = self.buf[:1], self.buf[1:]
        return b

    def ack(self):
        return self.read_byte()

    def packet(self):
        while self.read_byte() != b"$":
            pass
        body = b""
        while True:
            b = self.read_byte()
            if b == b"#":
                break
            body += b
        cs = self.read_byte() + self.read_byte()
        assert int(cs, 16) == sum(body) & 0xFF, "bad checksum from the stub"
        self.send_raw(b"+")
        return body.decode("latin-1")

    def cmd(self, payload):
        self.send(payload)
        a = self.ack()
        assert a == b"+", f"expected '+' after {payload!r}, got {a!r}"
        return self.packet()


def check(cond, what):
    print(("ok:   " if cond else "FAIL: ") + what)
    return cond


def le64(v):
    return v.to_bytes(8, "little").hex()


def rsp(args):
    spin_lo, spin_size = symbol(args.elf, "spin_until_released")
    enabled, _ = symbol(args.elf, "spin_enabled")
    main_addr, _ = symbol(args.elf, "main")
    release, _ = symbol(args.elf, "spin_release")
    proc, port, _ = start_virt64(args.virt64, args.elf)
    c = Rsp(port)
    ok = True
    sup = c.cmd("qSupported:multiprocess+;swbreak+;hwbreak+;xmlRegisters=aarch64")
    ok &= check("PacketSize=4000" in sup and "qXfer:features:read+" in sup and
                "vContSupported+" in sup, f"qSupported: {sup}")
    ok &= check(c.cmd("?").startswith("T05"), "initial stop reply T05")
    xml = c.cmd("qXfer:features:read:target.xml:0,ffb")
    ok &= check(xml[0] in "ml" and "org.gnu.gdb.aarch64.core" in xml, "target.xml starts")
    ok &= check(c.cmd("vCont?") == "vCont;c;C;s;S;t", "vCont?")
    ok &= check(c.cmd("qfThreadInfo") == "m1" and c.cmd("qsThreadInfo") == "l", "one thread")
    ok &= check(c.cmd("Hg1") == "OK" and c.cmd("Hg7") == "E16", "Hg")
    # Run to main (start.S clears .bss before it), let the program spin, then
    # interrupt it with Ctrl-C.
    ok &= check(c.cmd("Z0,%x,4" % main_addr) == "OK", "Z0 main")
    c.send("c")
    ok &= check(c.ack() == b"+", "c acknowledged")
    stop = c.packet()
    ok &= check(stop.startswith("T05") and "swbreak:;" in stop, f"breakpoint stop reply: {stop}")
    ok &= check(c.cmd("p20") == le64(main_addr), "pc = main")
    ok &= check(c.cmd("z0,%x,4" % main_addr) == "OK", "z0 main")
    ok &= check(c.cmd("M%x,8:%s" % (enabled, le64(1))) == "OK", "M: spin_enabled = 1")
    c.send("vCont;c:1")
    ok &= check(c.ack() == b"+", "vCont;c acknowledged")
    time.sleep(1.0)
    c.send_raw(b"\x03")
    stop = c.packet()
    ok &= check(stop.startswith("T02") and "thread:1;" in stop, f"Ctrl-C stop reply: {stop}")
    pc = int.from_bytes(bytes.fromhex(c.cmd("p20")), "little")
    ok &= check(spin_lo <= pc < spin_lo + spin_size,
                f"pc 0x{pc:x} inside spin_until_released [0x{spin_lo:x}, +{spin_size})")
    # Bad input: each gets an error reply or a '-', and the stub goes on.
    c.send_raw(b"$m40000000,4#00")
    ok &= check(c.ack() == b"-", "bad checksum: '-'")
    c.send_raw(b"$" + b"X" * 20000 + b"#00")
    ok &= check(c.ack() == b"-", "over-long packet: '-'")
    ok &= check(c.cmd("mzz,4") == "E01", "malformed m: E01")
    ok &= check(c.cmd("M40000000,4:123") == "E01", "M with odd hex: E01")
    ok &= check(c.cmd("Z0,zz") == "E01", "malformed Z0: E01")
    ok &= check(c.cmd("P1ff=00") == "E16", "P of an unknown register: E16")
    ok &= check(c.cmd("m10,4") == "E0e", "m of an unmapped address: E0e")
    ok &= check(c.cmd("vBogus") == "", "unknown packet: empty reply")
    ok &= check(c.cmd("p20") == le64(pc), "the stub still answers")
    # Release the loop and detach: the program finishes.
    ok &= check(c.cmd("M%x,8:%s" % (release, le64(1))) == "OK", "M: spin_release = 1")
    ok &= check(c.cmd("D") == "OK", "D: OK")
    rc, out, err = finish(proc)
    print("--- guest output ---\n" + out + "--- virt64 stderr ---\n" + err)
    ok &= check("gdb_demo: released\ngdb_demo: done\n" in out + err, "the program ran to its end")
    ok &= check(rc == 0, f"exit status {rc}")
    for w in ["vp/gdb/bad-checksum", "vp/gdb/packet-too-long", "vp/gdb/malformed-packet"]:
        ok &= check(w in err, f"warning {w}")
    return ok


def disconnect(args):
    proc, port, _ = start_virt64(args.virt64, args.elf)
    s = socket.create_connection(("127.0.0.1", port), timeout=20)
    s.sendall(b"$qSupported:swbreak+#c9$m4000")  # then the client vanishes
    time.sleep(0.2)
    s.close()
    rc, out, err = finish(proc)
    print("--- guest output ---\n" + out + "--- virt64 stderr ---\n" + err)
    ok = check("gdb_demo: done" in out + err, "the guest ran on after the client vanished")
    ok &= check("vp/gdb/truncated-packet" in err, "warning vp/gdb/truncated-packet")
    ok &= check(rc == 0, f"exit status {rc}")
    return ok


def guest_report(console):
    """The guest init's report lines, minus the one that depends on the clock."""
    return [l for l in console.splitlines()
            if l.startswith("virt64-guest:") and not l.startswith("virt64-guest: uptime")]


def linux_session(args, options, image, vmlinux, work, extra, suffix, script_name):
    """A reference boot of `image` without the debugger, then the same boot
    under the gdb script tests/system/gdb/SCRIPT_NAME.gdb. Returns the
    reference run, the gdb transcript and the debugged run's exit status,
    console and stderr (all printed)."""
    ref = subprocess.run([args.virt64] + extra + options("reference" + suffix) + ["-kernel", image],
                         capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    proc, port, _ = start_virt64(args.virt64, image, extra + options("debugged" + suffix))
    script = open(os.path.join(HERE, script_name + ".gdb")).read().replace("@PORT@", str(port))
    script_path = os.path.join(work, script_name + "-session.gdb")
    with open(script_path, "w") as f:
        f.write(script)
    g = subprocess.run([args.gdb, "-nx", "-batch", "-x", script_path, vmlinux],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=300)
    rc, out, err = finish(proc, timeout=300)
    print(g.stdout)
    print("--- guest console (debugged) ---\n" + out + "--- virt64 stderr ---\n" + err)
    return ref, g.stdout, rc, out, err


def linux(args):
    root = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
    image = subprocess.run([os.path.join(root, "sw/linux/build-kernel.sh")], check=True,
                           capture_output=True, text=True).stdout.strip()
    initrd = subprocess.run([os.path.join(root, "sw/guest/build-initramfs.sh")], check=True,
                            capture_output=True, text=True).stdout.strip()
    vmlinux = os.path.join(os.path.dirname(image), "vmlinux")
    work = os.path.abspath("gdb-linux-legacy" if args.legacy else "gdb-linux")
    os.makedirs(work, exist_ok=True)

    def options(name):
        disk = os.path.join(work, name + ".img")
        with open(disk, "wb") as f:
            f.truncate(16 << 20)
        return ["-M", "virt", "-cpu", "cortex-a53", "-m", "256M", "-nographic",
                "-initrd", initrd, "-append", "console=ttyAMA0",
                "-drive", f"file={disk},if=none,format=raw,id=hd0",
                "-device", "virtio-blk-device,drive=hd0,serial=virt64-test",
                "-device", "virtio-rng-device",
                "-device", "virtio-serial-device", "-device", "virtconsole,chardev=c0",
                "-chardev", f"file,id=c0,path={os.path.join(work, name + '.hvc0')}",
                "--max-time", "30s"] + (["-global", "virtio-mmio.force-legacy=on"] if args.legacy else [])

    if args.smp:
        return linux_smp(args, options, image, vmlinux, work)
    ref, transcript, rc, out, err = linux_session(args, options, image, vmlinux, work, [], "",
                                                  "linux")
    version = 1 if args.legacy else 2
    status = (r"0x7 \(ACKNOWLEDGE\|DRIVER\|DRIVER_OK\)" if args.legacy else
              r"0xf \(ACKNOWLEDGE\|DRIVER\|FEATURES_OK\|DRIVER_OK\)")
    ok = expect_in_order(transcript, [
        r"Breakpoint 1, 0x[0-9a-f]+ in register_virtio_device \(\)",
        r"#1\s+0x[0-9a-f]+ in virtio_mmio_probe \(\)",
        r"^x0\s+0xffffff[0-9a-f]+",                         # a kernel pointer (linear map)
        r"memory accesses use physical addresses",
        rf"0xa003e00:\s+0x74726976\s+0x0000000{version}\s+0x00000002",
        r"Hardware watchpoint 2: \*\(int \*\)&system_state\s+Old value = 1\s+New value = 2",
        rf"slot 31 @ 0xa003e00: device 2 \(blk\), version {version}, status {status}",
        # Modern: Linux negotiates packed rings; legacy rings are split, with indices.
        r"queue 0: size \d+, live, desc 0x4[0-9a-f]+ driver 0x4[0-9a-f]+ device 0x4[0-9a-f]+, " +
        (r"split ring, avail.idx \d+ used.idx \d+ \(\d+ in flight\)" if args.legacy else
         r"packed ring"),
        r"device 4 \(rng\)",
        r"device 3 \(console\)",
        r"29 empty virtio-mmio slots",
        r"\[Inferior 1 \(Remote target\) detached\]",
    ], "gdb transcript")
    expected, got = guest_report(ref.stdout), guest_report(out)
    ok &= check(len(expected) > 5 and "virt64-guest: all checks done" in expected,
                f"the reference boot finished its checks ({len(expected)} report lines)")
    ok &= check(got == expected, "the debugged guest's report equals the reference boot's")
    if got != expected:
        print("reference:\n" + "\n".join(expected) + "\ndebugged:\n" + "\n".join(got))
    ok &= check(rc == 0 and ref.returncode == 0, f"exit status {rc} (reference {ref.returncode})")
    return ok


def linux_smp(args, options, image, vmlinux, work):
    """Linux on -smp 2: one thread per core, a secondary's breakpoint, detach."""
    ref, transcript, rc, out, err = linux_session(args, options, image, vmlinux, work,
                                                  ["-smp", "2"], "-smp", "linux-smp")
    ok = expect_in_order(transcript, [
        r"^\* 1\s+Thread 1 \(cpu0 \[running\]\)",
        r"^  2\s+Thread 2 \(cpu1 \[powered off\]\)",
        r"Thread 2 hit Breakpoint 1, 0x[0-9a-f]+ in secondary_start_kernel \(\)",
        r"^  1\s+Thread 1 \(cpu0 \[(running|halted)\]\)\s+0xffffffc0",
        r"^\* 2\s+Thread 2 \(cpu1 \[running\]\)\s+0x[0-9a-f]+ in secondary_start_kernel",
        r"^\$1 = 2$",
        r"^\$2 = 0xffffff80[0-9a-f]+$",                   # the secondary's idle-task stack
        r"\[Switching to thread 1 \(Thread 1\)\]",
        r"^\$3 = 1$",                                     # core 0's sp: a kernel address
        r"^#0\s+0xffffffc0[0-9a-f]+ in \w+ \(\)",
        r"\[Inferior 1 \(Remote target\) detached\]",
    ], "gdb transcript")
    expected, got = guest_report(ref.stdout), guest_report(out)
    ok &= check("CPU1: Booted secondary processor" in out, "the secondary booted after the stop")
    ok &= check(len(expected) > 5 and "virt64-guest: all checks done" in expected,
                f"the reference boot finished its checks ({len(expected)} report lines)")
    ok &= check(got == expected, "the debugged guest's report equals the reference boot's")
    if got != expected:
        print("reference:\n" + "\n".join(expected) + "\ndebugged:\n" + "\n".join(got))
    ok &= check(rc == 0 and ref.returncode == 0, f"exit status {rc} (reference {ref.returncode})")
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["session", "rsp", "disconnect", "linux", "smp"])
    ap.add_argument("--virt64", required=True)
    ap.add_argument("--elf", help="gdb_demo.elf (not for linux)")
    ap.add_argument("--gdb", default="gdb-multiarch")
    ap.add_argument("--legacy", action="store_true", help="linux: legacy virtio-mmio (v1)")
    ap.add_argument("--qemu", help="smp: qemu-system-aarch64, to compare its gdb stub")
    ap.add_argument("--smp", action="store_true", help="linux: -smp 2, one thread per core")
    args = ap.parse_args()
    ok = {"session": session, "rsp": rsp, "disconnect": disconnect, "linux": linux,
          "smp": smp}[args.mode](args)
    print("PASS" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
