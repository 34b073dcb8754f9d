"""Shared part of the single-instruction vector generators (gen_insn_*.py): the line format of
tests/unit/arm64/data/insn_*.txt (documented in ../insn_vectors.h and README.md) and the
client of the oracle, a64_exec_server.c in its full-state mode, run under
qemu-aarch64 -cpu cortex-a53.

A state is a dict: 'v' (32 (hi, lo) pairs), 'x' (31 values), 'nzcv', 'fpcr', 'fpsr'.
"""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', 'data')
SERVER = os.environ.get('A64_EXEC_SERVER', '/tmp/a64_exec_server')
M64 = (1 << 64) - 1
_built = False


def zero_state():
    return {'v': [(0, 0)] * 32, 'x': [0] * 31, 'nzcv': 0, 'fpcr': 0, 'fpsr': 0}


def copy_state(st):
    return {'v': list(st['v']), 'x': list(st['x']), 'nzcv': st['nzcv'], 'fpcr': st['fpcr'],
            'fpsr': st['fpsr']}


def fmt_value(v):
    return '%x:%x' % v if isinstance(v, tuple) else '%x' % v


def fmt_pairs(pairs):
    return ' '.join('%s=%s' % (k, fmt_value(v)) for k, v in pairs)


def state_line(name, st):
    """A 'state' line naming every non-zero register of st."""
    pairs = [('v%d' % r, v) for r, v in enumerate(st['v']) if v != (0, 0)]
    pairs += [('x%d' % r, v) for r, v in enumerate(st['x']) if v]
    pairs += [(k, st[k]) for k in ('nzcv', 'fpcr', 'fpsr') if st[k]]
    return 'state %s %s' % (name, fmt_pairs(pairs))


def case_line(group, word, state_name, inputs, undefined, outputs, text):
    """One case line; inputs/outputs are (key, value) lists, a value an int or (hi, lo)."""
    head = [group, '%08x' % word]
    if state_name:
        head.append('@' + state_name)
    if inputs:
        head.append(fmt_pairs(inputs))
    head.append('-> undef' if undefined else '-> ok')
    if outputs:
        head.append(fmt_pairs(outputs))
    return ' '.join(head) + ' | ' + text


def apply(st, key, value):
    """Applies an input KEY=VALUE (as the C++ reader does) to a state."""
    if key in ('nzcv', 'fpcr', 'fpsr'):
        st[key] = value
    elif key[0] == 'x':
        st['x'][int(key[1:])] = value
    elif '.' in key:
        r, half = key[1:].split('.')
        hi, lo = st['v'][int(r)]
        st['v'][int(r)] = (hi, value) if half == 'd0' else (value, lo)
    else:
        st['v'][int(key[1:])] = value


def build_server():
    src = os.path.join(HERE, 'a64_exec_server.c')
    subprocess.check_call(['aarch64-linux-gnu-gcc', '-O1', '-static', '-nostdlib',
                           '-ffreestanding', '-mgeneral-regs-only', '-o', SERVER, src, '-lgcc'])


def run_oracle(jobs):
    """jobs: list of (word, state). Returns a list of None (SIGILL) or the state afterwards."""
    global _built
    if not _built:  # always from this folder's source: an older binary may lack the mode
        build_server()
        _built = True
    lines = []
    for word, st in jobs:
        nums = [word, st['nzcv'] << 28, st['fpcr'], st['fpsr']] + st['x']
        for hi, lo in st['v']:
            nums += [lo, hi]
        lines.append('S ' + ' '.join('%x' % n for n in nums))
    out = subprocess.run(['qemu-aarch64', '-cpu', 'cortex-a53', SERVER],
                         input=('\n'.join(lines) + '\n').encode(), stdout=subprocess.PIPE,
                         check=True).stdout.decode().split('\n')
    res = []
    for line in out[:len(jobs)]:
        if line == 'ILL':
            res.append(None)
            continue
        n = [int(t, 16) for t in line.split()]
        res.append({'x': n[0:31], 'nzcv': n[31] >> 28, 'fpcr': n[32], 'fpsr': n[33],
                    'v': [(n[34 + 2 * r + 1], n[34 + 2 * r]) for r in range(32)]})
    assert len(res) == len(jobs), 'the oracle answered %d of %d' % (len(res), len(jobs))
    return res


def disassemble(words):
    """aarch64-linux-gnu-objdump's text for each word (".inst 0x... ; undefined" if none)."""
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        binpath = os.path.join(d, 'w.bin')
        with open(binpath, 'wb') as f:
            for w in words:
                f.write(w.to_bytes(4, 'little'))
        out = subprocess.run(['aarch64-linux-gnu-objdump', '-D', '-b', 'binary', '-m', 'aarch64',
                              binpath], stdout=subprocess.PIPE, check=True).stdout.decode()
    texts = {}
    for line in out.split('\n'):
        parts = line.split('\t')
        if len(parts) >= 3 and parts[0].strip().endswith(':'):
            off = int(parts[0].strip()[:-1], 16)
            texts[off // 4] = ' '.join(p.strip() for p in parts[2:] if p.strip())
    return [texts[i] for i in range(len(words))]


def changed(before, after):
    """(key, value) pairs of the registers that differ, in the order v, x, nzcv, fpsr."""
    out = [('v%d' % r, after['v'][r]) for r in range(32) if after['v'][r] != before['v'][r]]
    out += [('x%d' % r, after['x'][r]) for r in range(31) if after['x'][r] != before['x'][r]]
    return out + [(k, after[k]) for k in ('nzcv', 'fpsr') if after[k] != before[k]]


def assemble(lines):
    """The instruction word of each line of assembler (aarch64-linux-gnu-as, ARMv8.0 + crypto)."""
    import re
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, 'a.s'), 'w') as f:
            f.write('\n'.join(lines) + '\n')
        subprocess.run(['aarch64-linux-gnu-as', '-march=armv8-a+crypto', '-o', d + '/a.o',
                        d + '/a.s'], check=True)
        out = subprocess.run(['aarch64-linux-gnu-objdump', '-d', d + '/a.o'],
                             stdout=subprocess.PIPE, check=True).stdout.decode()
    words = [int(m.group(1), 16)
             for m in re.finditer(r'^\s+[0-9a-f]+:\s+([0-9a-f]{8})\s', out, re.M)]
    assert len(words) == len(lines), (len(words), len(lines))
    return words


def new_case(group, word, state_name, state, inputs, outputs, text):
    """A case dict for record(): outputs lists the keys QEMU's values are recorded for."""
    st = copy_state(state) if state else zero_state()
    for k, v in inputs:
        apply(st, k, v)
    return {'group': group, 'word': word, 'state': state_name, 'inputs': inputs,
            'outputs': [(k, None) for k in outputs], 'text': text, 'in': st}


def write_file(path, title, states, cases):
    """Writes a vector file: the header, the named states, then the recorded cases."""
    with open(path, 'w') as f:
        f.write('# %s: single-instruction vectors recorded from qemu-aarch64 -cpu cortex-a53.\n'
                % title)
        f.write('# Format: tests/unit/arm64/insn_vectors.h; how to regenerate: tools/README.md.\n')
        for name, st in states:
            f.write(state_line(name, st) + '\n')
        for c in cases:
            f.write(case_line(c['group'], c['word'], c['state'], c['inputs'], c['undefined'],
                              c['outputs'], c['text']) + '\n')


# ---- Reading a vector file back (as the C++ reader does) ------------------------------------

def parse_value(text):
    if ':' in text:
        hi, lo = text.split(':')
        return (int(hi, 16), int(lo, 16))
    return int(text, 16)


def parse_file(path):
    """Yields ('text', line) for comments and state lines, ('case', dict) for case lines;
    a case dict has group, word, state (name or None), inputs, undefined, outputs, text and
    'in' (the start state with the inputs applied)."""
    states = {}
    with open(path) as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                yield 'text', line
                continue
            if line.startswith('state '):
                toks = line.split()
                st = zero_state()
                for t in toks[2:]:
                    k, v = t.split('=')
                    apply(st, k, parse_value(v))
                states[toks[1]] = st
                yield 'text', line
                continue
            head, text = line.split(' | ', 1)
            toks = head.split()
            c = {'group': toks[0], 'word': int(toks[1], 16), 'state': None, 'inputs': [],
                 'outputs': [], 'text': text}
            i = 2
            if toks[i].startswith('@'):
                c['state'] = toks[i][1:]
                i += 1
            while toks[i] != '->':
                k, v = toks[i].split('=')
                c['inputs'].append((k, parse_value(v)))
                i += 1
            c['undefined'] = toks[i + 1] == 'undef'
            for t in toks[i + 2:]:
                k, v = t.split('=')
                c['outputs'].append((k, parse_value(v)))
            st = copy_state(states[c['state']]) if c['state'] else zero_state()
            for k, v in c['inputs']:
                apply(st, k, v)
            c['in'] = st
            yield 'case', c


def value_of(st, key):
    if key in ('nzcv', 'fpcr', 'fpsr'):
        return st[key]
    return st['x'][int(key[1:])] if key[0] == 'x' else st['v'][int(key[1:])]


def record(cases):
    """Runs the cases (dicts with word, in, outputs: the keys to record) on the oracle and fills
    in undefined and the output values. A register that changed without being listed is added:
    the C++ test checks that every register not listed keeps its value."""
    results = run_oracle([(c['word'], c['in']) for c in cases])
    for c, after in zip(cases, results):
        c['undefined'] = after is None
        if after is None:
            c['outputs'] = []
            continue
        keys = [k for k, _ in c['outputs']]
        for k, _ in changed(c['in'], after):
            if k not in keys:
                keys.append(k)
        c['outputs'] = [(k, value_of(after, k)) for k in keys]


def rerecord(path, out_path):
    """Re-runs every case of a vector file on the oracle and writes the file anew (the same
    file when QEMU still agrees with every recorded value)."""
    items = list(parse_file(path))
    record([c for kind, c in items if kind == 'case'])
    with open(out_path, 'w') as f:
        for kind, item in items:
            if kind == 'text':
                f.write(item + '\n')
            else:
                f.write(case_line(item['group'], item['word'], item['state'], item['inputs'],
                                  item['undefined'], item['outputs'], item['text']) + '\n')


if __name__ == '__main__':
    import sys
    if len(sys.argv) >= 3 and sys.argv[1] == 'rerecord':
        src = sys.argv[2]
        if not os.path.isabs(src) and not os.path.exists(src):
            src = os.path.join(DATA, src)
        rerecord(src, sys.argv[3] if len(sys.argv) > 3 else src)
    else:
        sys.exit('usage: insn_vectors.py rerecord FILE [OUT]   (FILE: a path or a name in ../data)')
