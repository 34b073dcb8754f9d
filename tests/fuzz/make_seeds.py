#!/usr/bin/env python3
"""Writes the seed inputs of the virt64 input harnesses into tests/fuzz/seeds/<harness>/.

fuzz_elf_loader, fuzz_linux_loader, fuzz_user_dtb, fuzz_command_line and
fuzz_virtio_blk (the input formats are described at the top of each harness
and in docs/fuzzing.md). Small, well-formed inputs, plus the issue-10
reproductions, so the fuzzer starts from the paths a user takes.
Needs dtc (device-tree-compiler). With --virt64 PATH, the device tree virt64
generates (-M virt,dumpdtb=) is added to the DTB seeds.
Usage: tests/fuzz/make_seeds.py [--virt64 build/platforms/virt64/virt64] [output-dir]
"""
import gzip
import hashlib
import os
import struct
import subprocess
import sys
import tempfile

RAM = 0x40000000


def elf(segments, entry=RAM, phoff=64, etype=2, machine=183):
    """A little-endian ELF64 executable; segments = [(type, paddr, data, memsz)]."""
    phnum = len(segments)
    data_off = phoff + 56 * phnum
    phdrs, blobs = b"", b""
    for ptype, paddr, data, memsz in segments:
        off = data_off + len(blobs)
        phdrs += struct.pack("<IIQQQQQQ", ptype, 5, off, paddr, paddr, len(data), memsz, 8)
        blobs += data
    ident = b"\x7fELF" + bytes([2, 1, 1, 0]) + bytes(8)
    eh = ident + struct.pack("<HHIQQQIHHHHHH", etype, machine, 1, entry, phoff, 0, 0, 64, 56,
                             phnum, 64, 0, 0)
    return eh + phdrs + blobs


def image_header(text_offset=0, image_size=0x10000, body=b"\x1f\x20\x03\xd5" * 16):
    h = bytearray(64)
    h[8:16] = struct.pack("<Q", text_offset)
    h[16:24] = struct.pack("<Q", image_size)
    h[56:60] = b"ARM\x64"
    return bytes(h) + body


def dtc(source):
    with tempfile.NamedTemporaryFile("w", suffix=".dts", delete=False) as f:
        f.write(source)
        path = f.name
    try:
        return subprocess.run(["dtc", "-q", "-I", "dts", "-O", "dtb", path], check=True,
                              capture_output=True).stdout
    finally:
        os.unlink(path)


DTS_2CELLS = """/dts-v1/;
/ {
    #address-cells = <2>; #size-cells = <2>;
    compatible = "linux,dummy-virt";
    memory@40000000 { device_type = "memory"; reg = <0 0x40000000 0 0x8000000>; };
    chosen { bootargs = "console=ttyAMA0"; stdout-path = "/pl011@9000000"; };
    pl011@9000000 { compatible = "arm,pl011", "arm,primecell"; reg = <0 0x9000000 0 0x1000>; };
};
"""
DTS_1CELL = """/dts-v1/;
/memreserve/ 0x48000000 0x1000;
/ {
    #address-cells = <1>; #size-cells = <1>;
    memory { device_type = "memory"; reg = <0x40000000 0x1000000>; };
    memory@80000000 { device_type = "memory"; reg = <0x80000000 0x1000000>; };
};
"""
DTS_NO_CHOSEN = """/dts-v1/;
/ { #address-cells = <2>; #size-cells = <1>; cpus { cpu@0 { reg = <0>; }; }; };
"""


def u16(v):
    return struct.pack("<H", v)


def linux_input(kernel, initrd=None, dtb=None, append=None, ram=3):
    flags = (1 if initrd is not None else 0) | (2 if dtb is not None else 0) | \
            (4 if append is not None else 0)
    out = bytes([flags, ram]) + u16(len(kernel)) + kernel
    if initrd is not None:
        out += u16(len(initrd)) + initrd
    if dtb is not None:
        out += u16(len(dtb)) + dtb
    if append is not None:
        out += append
    return out


def dtb_input(dtb, append=None, initrd=None, base=None, ram=0):
    flags = (1 if append is not None else 0) | (2 if initrd else 0) | (4 if base is not None else 0)
    out = bytes([flags, ram])
    if base is not None:
        out += struct.pack("<Q", base)
    if initrd:
        out += struct.pack("<QI", *initrd)
    if append is not None:
        out += bytes([len(append)]) + append
    return out + dtb


def args(*argv):
    return b"\0".join(a.encode() for a in argv)


# fuzz_virtio_blk
IN, OUT, FLUSH, GET_ID, DISCARD, WZ, BAD2, BADFF = range(8)


def blk_header(addr, type_index, sector):
    return bytes([1]) + u16(addr & 0xffff) + bytes([addr >> 16, type_index]) + struct.pack("<Q", sector)


def blk_mem(addr, data):
    return bytes([0]) + u16(addr & 0xffff) + bytes([addr >> 16, len(data)]) + data


def blk_request(readable, writable):
    out = bytes([2, len(readable) | len(writable) << 3])
    for addr, length in readable + writable:
        out += struct.pack("<II", addr, length)
    return out


def blk_seeds():
    s = {}
    for dev in range(8):
        s[f"in_dev{dev}"] = bytes([dev]) + blk_header(0x100, IN, 0) + \
            blk_request([(0x100, 16)], [(0x1000, 512), (0x2000, 1)]) + bytes([3])
    s["out_dev2"] = bytes([2]) + blk_header(0x100, OUT, 0) + blk_mem(0x400, bytes(range(64))) + \
        blk_request([(0x100, 16), (0x400, 512)], [(0x2000, 1)]) + bytes([3])
    s["out_tail_dev1"] = bytes([1]) + blk_header(0x100, OUT, 0) + \
        blk_request([(0x100, 16), (0x400, 512)], [(0x2000, 1)])
    s["flush_getid_dev4"] = bytes([4]) + blk_header(0x100, FLUSH, 0) + \
        blk_request([(0x100, 16)], [(0x2000, 1)]) + blk_header(0x200, GET_ID, 0) + \
        blk_request([(0x200, 16)], [(0x3000, 20), (0x3100, 1)])
    seg = struct.pack("<QII", 1, 2, 0)
    s["discard_dev5"] = bytes([5]) + blk_header(0x100, DISCARD, 0) + blk_mem(0x110, seg) + \
        blk_request([(0x100, 32)], [(0x2000, 1)]) + bytes([3])
    seg = struct.pack("<QII", 0, 4, 1)
    s["write_zeroes_unmap_dev6"] = bytes([6]) + blk_header(0x100, WZ, 0) + blk_mem(0x110, seg) + \
        blk_request([(0x100, 32)], [(0x2000, 1)]) + bytes([3])
    s["in_ram2_split_dev7"] = bytes([7]) + blk_header(0x10100, IN, 127) + \
        blk_request([(0x10100, 8), (0x10200, 8)], [(0xff00, 0x200), (0x10800, 0x200), (0x11000, 1)])
    s["in_hole_dev6"] = bytes([6]) + blk_header(0x100, IN, 1) + \
        blk_request([(0x100, 16)], [(0x30000, 512), (0x2000, 1)])
    s["unsupported_dev2"] = bytes([2]) + blk_header(0x100, BADFF, 0) + \
        blk_request([(0x100, 16)], [(0x2000, 1)])
    s["two_requests_dev2"] = bytes([2]) + blk_header(0x100, IN, 0) + blk_header(0x200, OUT, 0) + \
        blk_request([(0x100, 16)], [(0x1000, 512), (0x2000, 1)]) + \
        blk_request([(0x200, 16), (0x1000, 512)], [(0x2001, 1)]) + bytes([3])
    return s


def main():
    argv = sys.argv[1:]
    virt64 = None
    if argv[:1] == ["--virt64"]:
        virt64, argv = argv[1], argv[2:]
    out = argv[0] if argv else os.path.join(os.path.dirname(os.path.abspath(__file__)), "seeds")

    dtbs = {"2cells": dtc(DTS_2CELLS), "1cell_two_memory": dtc(DTS_1CELL),
            "no_chosen": dtc(DTS_NO_CHOSEN)}
    if virt64:
        with tempfile.TemporaryDirectory() as tmp:
            kernel = os.path.join(tmp, "k.elf")
            with open(kernel, "wb") as f:
                f.write(elf([(1, RAM, b"\0" * 16, 16)]))
            path = os.path.join(tmp, "virt64.dtb")
            subprocess.run([virt64, "-M", f"virt,dumpdtb={path}", "-kernel", kernel], check=True,
                           capture_output=True, env=dict(os.environ, SYSTEMC_DISABLE_COPYRIGHT_MESSAGE="1"))
            dtbs["virt64"] = open(path, "rb").read()

    # The findings of the harnesses (docs/fuzzing.md), kept as seeds.
    old_dtb = bytearray(dtbs["2cells"])
    old_dtb[20:28] = struct.pack(">II", 9, 2)  # version 9, last_comp_version 2
    dtbs["finding_version9"] = bytes(old_dtb)

    code = b"\x1f\x20\x03\xd5" * 4
    phoff_wrap = bytearray(elf([(1, RAM, code, 64)]))
    phoff_wrap[32:40] = struct.pack("<Q", 2**64 - 56)
    seeds = {
        "elf_loader": {
            "one_segment": elf([(1, RAM, code, 64)]),
            "bss_only": elf([(1, RAM + 0x1000, b"", 0x2000)]),
            "two_segments_note": elf([(4, 0, b"note", 4), (1, RAM, code, 16),
                                      (1, RAM + 0x10000, b"data", 0x100)]),
            "entry_outside": elf([(1, RAM, code, 16)], entry=0x1000),
            "issue10_A_phoff_wraps": bytes(phoff_wrap),
            "dyn": elf([(1, RAM, code, 16)], etype=3),
        },
        "linux_loader": {
            "image": linux_input(image_header()),
            "image_initrd": linux_input(image_header(), initrd=b"070701" + bytes(200)),
            "image_initrd_dtb": linux_input(image_header(), initrd=bytes(100), dtb=dtbs["2cells"],
                                            append=b"console=ttyAMA0 root=/dev/vda"),
            "image_gz": linux_input(gzip.compress(image_header(0x80000, 0x200000), mtime=0),
                                    append=b"earlycon"),
            "old_image_size_0": linux_input(image_header(0, 0), initrd=bytes(10), ram=0),
            "issue10_B_image_size_wraps": linux_input(image_header(0, 0xffffffffffff0000),
                                                      initrd=bytes(1000)),
            "text_offset_high": linux_input(image_header(0x1f00000, 0x10000), initrd=bytes(10), ram=1),
            "finding_empty_initrd": linux_input(image_header(), initrd=b""),
            "finding_dtb_version9": linux_input(image_header(), initrd=bytes(8),
                                                dtb=dtbs["finding_version9"]),
        },
        "user_dtb": {
            "2cells": dtb_input(dtbs["2cells"]),
            "2cells_append_initrd": dtb_input(dtbs["2cells"], append=b"console=ttyAMA0",
                                              initrd=(0x48000000, 0x100000)),
            "1cell_two_memory_initrd": dtb_input(dtbs["1cell_two_memory"], initrd=(0x44000000, 4096)),
            "1cell_ram_above_4g": dtb_input(dtbs["1cell_two_memory"], base=0x100000000, ram=2),
            "no_chosen_append": dtb_input(dtbs["no_chosen"], append=b"x", ram=3),
            "finding_version9": dtb_input(dtbs["finding_version9"]),
        },
        "command_line": {
            "qemu_baremetal": args("-M", "virt", "-cpu", "cortex-a53", "-m", "256M", "-nographic",
                                   "-semihosting", "-kernel", "x.elf"),
            "linux": args("-M", "virt,gic-version=2", "-m", "1G", "-kernel", "Image", "-initrd",
                          "initrd.cpio", "-append", "console=ttyAMA0", "-dtb", "u.dtb", "-smp", "1"),
            "own_options": args("-kernel", "x", "--quantum", "10ns", "--clock", "2GHz", "--cpi",
                                "1.5", "--max-time", "3ms", "--stats", "--trace", "t.txt"),
            "dumpdtb": args("-machine", "virt,dumpdtb=out.dtb", "-kernel", "x"),
            "blk_rng": args("-kernel", "x", "-drive", "file=d.img,if=none,format=raw,id=d0,readonly=on",
                            "-device", "virtio-blk-device,drive=d0,serial=abc",
                            "-device", "virtio-rng-device,seed=0x1234",
                            "-global", "virtio-mmio.force-legacy=on"),
            "console_net": args("-kernel", "x", "-chardev", "socket,id=c0,port=4444,server=on,wait=off",
                                "-device", "virtio-serial-device", "-device", "virtconsole,chardev=c0",
                                "-netdev", "socket,id=n0,udp=127.0.0.1:5555,localaddr=127.0.0.1:5556",
                                "-device", "virtio-net-device,netdev=n0,mac=52:54:00:12:34:57",
                                "-chardev", "file,id=f,path=a,,b", "-serial", "null"),
            "finding_max_time_wraps": args("-kernel", "x", "--max-time", "999999999999s"),
            "finding_clock_quantum": args("-kernel", "x", "--clock", "1e30"),
            "finding_placeholder_hang": args("-kerne%original_token%", "x"),
            "finding_frequency_overflow": args("-kernel", "x", "--clock", "2e304G"),
            "semihosting_config": args("-semihosting-config", "enable=on,target=native", "-kernel", "x",
                                       "-m", "1.5G"),
        },
        "virtio_blk": blk_seeds(),
    }
    for harness, files in seeds.items():
        d = os.path.join(out, harness)
        os.makedirs(d, exist_ok=True)
        for name, data in files.items():
            with open(os.path.join(d, name), "wb") as f:
                f.write(data)
    if "virt64" in dtbs:
        for name, data in {"virt64": dtb_input(dtbs["virt64"], append=b"console=ttyAMA0"),
                           }.items():
            with open(os.path.join(out, "user_dtb", name), "wb") as f:
                f.write(data)
        with open(os.path.join(out, "linux_loader", "image_initrd_virt64_dtb"), "wb") as f:
            f.write(linux_input(image_header(), initrd=bytes(64), dtb=dtbs["virt64"], append=b"x"))
    print("seeds written to", out)


if __name__ == "__main__":
    main()
