#!/bin/sh
# The instruction trace's core column (docs/virt64.md "Instruction trace"):
# an SMP program (sw/baremetal/smp) on virt64 -smp 4 with --insn-trace and
# --stats. Every line must be "<core> <pc> <opcode>" with core 0..3, all four
# cores must appear, each secondary's first line must be at
# smp_secondary_entry (the CPU_ON entry point, from the ELF's symbols) and
# core 0's at the ELF entry, and the number of each core's executed lines
# must be the instruction count --stats gives for that core; -d exec -D FILE
# must write the same lines. With -smp 1 (a single-core program) the lines
# have no column ("<pc> <opcode>").
# Usage: trace_core_column.sh VIRT64 SMP-ELF SINGLE-CORE-ELF WORKDIR
set -eu
virt64=$1 elf=$2 single=$3 work=$4
mkdir -p "$work"
export SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1
fail=0
check() { if ! eval "$1"; then echo "FAIL: $2"; fail=1; fi; }
run() {  # run NAME SMP ELF TRACE-OPTION...
    name=$1 smp=$2 program=$3
    shift 3
    status=0
    timeout 60 "$virt64" -M virt -cpu cortex-a53 -nographic -semihosting -nic none -smp "$smp" \
        --stats "$@" -kernel "$program" > "$work/$name.out" 2> "$work/$name.err" < /dev/null || status=$?
    check '[ $status = 0 ]' "$name: exit status $status"
}
run smp4 4 "$elf" --insn-trace "$work/smp4.trace"
run smp4-log 4 "$elf" -d exec -D "$work/smp4-log.trace"
run smp1 1 "$single" --insn-trace "$work/smp1.trace"
check 'cmp "$work/smp4.trace" "$work/smp4-log.trace"' "-smp 4: -d exec -D FILE differs from --insn-trace FILE"

entry=$(printf '%016x' "$(readelf -h "$elf" | awk '/Entry point/ { print $4 }')")
secondary=$(nm "$elf" | awk '$3 == "smp_secondary_entry" { print $1 }')
check '[ -n "$secondary" ]' "no smp_secondary_entry in $elf"
check '! grep -Evq "^[0-3] [0-9a-f]{16} ([0-9a-f]{8}|-{8})$" "$work/smp4.trace"' \
    "-smp 4: a line is not '<core 0-3> <pc> <opcode>': $(grep -Ev '^[0-3] [0-9a-f]{16} ([0-9a-f]{8}|-{8})$' "$work/smp4.trace" | head -n 1)"
check '! grep -Evq "^[0-9a-f]{16} ([0-9a-f]{8}|-{8})$" "$work/smp1.trace"' \
    "-smp 1: a line is not '<pc> <opcode>' (no core column)"
total=$(sed -n 's/^virt64: \([0-9]*\) instructions.*/\1/p' "$work/smp1.err")
check '[ -n "$total" ] && [ "$(grep -c " [0-9a-f]*$" "$work/smp1.trace")" = "$total" ]' \
    "-smp 1: the trace does not have the $total instructions of --stats"
for core in 0 1 2 3; do
    first=$(grep -m 1 "^$core " "$work/smp4.trace" | cut -d' ' -f2 || true)
    want=$secondary
    [ $core = 0 ] && want=$entry
    check '[ "$first" = "$want" ]' "core $core: first traced pc '$first', expected $want"
    lines=$(grep -c "^$core [0-9a-f]* [0-9a-f]*$" "$work/smp4.trace" || true)
    count=$(sed -n "s/^virt64: cpu$core: \([0-9]*\) instructions.*/\1/p" "$work/smp4.err")
    echo "core $core: $lines traced instructions, --stats $count"
    check '[ -n "$count" ] && [ "$lines" = "$count" ]' \
        "core $core: $lines traced instructions, --stats counts ${count:-none}"
done
[ $fail = 0 ] && echo "PASS: every -smp 4 trace line names its core; -smp 1 lines have no column"
exit $fail
