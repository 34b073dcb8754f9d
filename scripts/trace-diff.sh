#!/bin/bash
# Instruction-trace differential against QEMU (docs/virt64.md, "Tracing and
# diffing against QEMU"). Runs ELF on
#   qemu-system-aarch64 -M virt -cpu cortex-a53 ... -d exec,nochain -singlestep
#   virt64              -M virt -cpu cortex-a53 ... --insn-trace FILE [virt64 args]
# reduces both traces to the sequence of executed PCs (one 16-digit hex PC per
# line) and prints the first divergence with context, plus the disassembly of
# the instructions involved (aarch64-linux-gnu-objdump -d ELF).
#
# Usage: scripts/trace-diff.sh [--keep DIR] ELF [virt64 args...]
#   --keep DIR   keep the reduced traces (qemu.pcs, virt64.trace) in DIR
# Environment: BUILD_DIR (default ./build), VIRT64 (platform binary),
# QEMU_SYSTEM (default qemu-system-aarch64), OBJDUMP, CONTEXT (lines of
# context, default 5), TRACE_TIMEOUT (seconds per simulator, default 120).
# Exit status: 0 identical PC sequences, 1 divergence, 2 usage or tool error.
# PC sequences legitimately differ where interrupts are taken (QEMU and virt64
# take them at different instruction boundaries): diff programs without them.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
VIRT64=${VIRT64:-$BUILD_DIR/platforms/virt64/virt64}
QEMU_SYSTEM=${QEMU_SYSTEM:-qemu-system-aarch64}
OBJDUMP=${OBJDUMP:-aarch64-linux-gnu-objdump}
CONTEXT=${CONTEXT:-5}
TRACE_TIMEOUT=${TRACE_TIMEOUT:-120}
MACHINE=(-M virt -cpu cortex-a53 -nographic -semihosting -nic none)

die() { echo "trace-diff: $*" >&2; exit 2; }

KEEP=""
while [ $# -gt 0 ]; do
    case "$1" in
    --keep) KEEP=$2; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) break ;;
    esac
done
[ $# -ge 1 ] || die "usage: trace-diff.sh [--keep DIR] ELF [virt64 args...]"
ELF=$1
shift
[ -r "$ELF" ] || die "cannot read $ELF"
[ -x "$VIRT64" ] || die "virt64 not found at $VIRT64 (set VIRT64 or BUILD_DIR)"
command -v "$QEMU_SYSTEM" >/dev/null 2>&1 || die "$QEMU_SYSTEM not found"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/trace-diff.XXXXXX") || die "mktemp failed"
trap 'rm -rf "$TMP"' EXIT

# QEMU: "Trace 0: HOSTPTR [CS_BASE/PC/FLAGS/CFLAGS] SYMBOL" per executed block;
# with -singlestep a block is one instruction. The log goes through a FIFO so
# that the (large) raw log never reaches the disk.
mkfifo "$TMP/qemu.fifo" || die "mkfifo failed"
awk '/^Trace / { split($0, a, "["); split(a[2], f, "/"); print tolower(f[2]) }' \
    <"$TMP/qemu.fifo" >"$TMP/qemu.pcs" &
reducer=$!
timeout "$TRACE_TIMEOUT" "$QEMU_SYSTEM" "${MACHINE[@]}" -d exec,nochain -singlestep \
    -D "$TMP/qemu.fifo" -kernel "$ELF" </dev/null >"$TMP/qemu.out" 2>&1
qemu_status=$?
wait "$reducer"
[ "$qemu_status" = 124 ] && die "QEMU did not finish within ${TRACE_TIMEOUT}s"

# virt64: "PC OPCODE" per executed instruction.
# (virt64 itself exits with 124 at --max-time: a timeout is told by the time.)
start=$SECONDS
timeout "$TRACE_TIMEOUT" "$VIRT64" "${MACHINE[@]}" -kernel "$ELF" --insn-trace "$TMP/virt64.trace" \
    "$@" </dev/null >"$TMP/virt64.out" 2>"$TMP/virt64.err"
virt64_status=$?
[ "$virt64_status" = 124 ] && [ $((SECONDS - start)) -ge "$TRACE_TIMEOUT" ] &&
    die "virt64 did not finish within ${TRACE_TIMEOUT}s"
grep -q "^virt64: error" "$TMP/virt64.err" && { cat "$TMP/virt64.err" >&2; exit 2; }
cut -d' ' -f1 "$TMP/virt64.trace" >"$TMP/virt64.pcs"

if [ -n "$KEEP" ]; then
    mkdir -p "$KEEP" && cp "$TMP/qemu.pcs" "$TMP/virt64.trace" "$KEEP/"
fi

nq=$(wc -l <"$TMP/qemu.pcs")
nv=$(wc -l <"$TMP/virt64.pcs")
[ "$nq" -gt 0 ] || die "QEMU produced no trace (status $qemu_status): $(head -3 "$TMP/qemu.out")"
echo "trace-diff: $ELF: qemu $nq instructions (exit $qemu_status), virt64 $nv instructions (exit $virt64_status)"

# First line where the two PC sequences differ (one may end early).
line=$(paste -d' ' "$TMP/qemu.pcs" "$TMP/virt64.pcs" | awk 'NF != 2 || $1 != $2 { print NR; exit }')
if [ -z "$line" ]; then
    echo "trace-diff: identical PC sequences"
    exit 0
fi

echo "trace-diff: first divergence at instruction $line (1-based)"
first=$((line > CONTEXT ? line - CONTEXT : 1))
last=$((line + 2))
printf '  %-9s  %-16s  %-16s %s\n' "#" "qemu pc" "virt64 pc" "virt64 opcode"
paste -d' ' <(sed -n "${first},${last}p" "$TMP/qemu.pcs") \
    <(sed -n "${first},${last}p" "$TMP/virt64.trace") |
    awk -v n="$first" -v d="$line" '{
        # A missing side leaves fewer fields: the qemu pc has no opcode field.
        q = $1; v = $2; op = $3
        if (NF == 2 && length($2) == 8) { v = ""; op = "" }
        printf "%s %-9d  %-16s  %-16s %s\n", (n == d ? ">" : " "), n, q, v, op; n++ }'

# Disassembly: the last common instruction (it chose the next PC) and the two
# divergent PCs.
if command -v "$OBJDUMP" >/dev/null 2>&1; then
    disasm() {
        local pc=$1 what=$2
        [ -n "$pc" ] || return
        local out
        out=$("$OBJDUMP" -d --start-address=$((16#$pc)) --stop-address=$((16#$pc + 4)) "$ELF" \
              2>/dev/null | grep -E '^ *[0-9a-f]+:' | head -1)
        printf '  %-22s %s\n' "$what" "${out:-(0x$pc is not in $(basename "$ELF"))}"
    }
    echo "disassembly:"
    [ "$line" -gt 1 ] && disasm "$(sed -n "$((line - 1))p" "$TMP/qemu.pcs")" "last common:"
    disasm "$(sed -n "${line}p" "$TMP/qemu.pcs")" "qemu next:"
    disasm "$(sed -n "${line}p" "$TMP/virt64.pcs")" "virt64 next:"
fi
exit 1
