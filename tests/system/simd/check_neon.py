#!/usr/bin/env python3
"""Checks that GCC really vectorised the loops of a program: each FUNCTION:MNEMONIC
argument requires an instruction MNEMONIC with a 128-bit vector operand
(v<n>.16b/8h/4s/2d) in FUNCTION (or a compiler clone of it, e.g. .constprop.0)
in `objdump -d` of the ELF.
usage: check_neon.py OBJDUMP ELF FUNCTION:MNEMONIC...
"""
import re
import subprocess
import sys


def main():
    objdump, elf, wanted = sys.argv[1], sys.argv[2], sys.argv[3:]
    out = subprocess.run([objdump, "-d", "--no-show-raw-insn", elf], capture_output=True,
                         text=True, check=True).stdout
    found = set()
    func = None
    for line in out.splitlines():
        m = re.match(r"^[0-9a-f]+ <([^>.]+)[^>]*>:", line)
        if m:
            func = m.group(1)
            continue
        m = re.match(r"^\s*[0-9a-f]+:\s+(\S+)\s+(.*)$", line)
        if m and func and re.search(r"\bv\d+\.(16b|8h|4s|2d)\b", m.group(2)):
            found.add("%s:%s" % (func, m.group(1)))
    missing = [w for w in wanted if w not in found]
    for w in wanted:
        print("%-24s %s" % (w, "vectorised" if w not in missing else "MISSING"))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
