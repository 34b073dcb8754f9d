#!/bin/busybox sh
# shellcheck shell=dash disable=SC2016 # awk and python programs in single quotes
# /sbin/init of the Debian test image (sw/rootfs/build-rootfs.sh): runs a FIXED
# set of commands from unmodified Debian 12 arm64 packages whose output depends
# on FP, AdvSIMD, libm, crypto and CRC instructions, exercises the virtio
# devices (second disk /dev/vdb, rng, console, net), and powers off. Everything
# between the "vp-test: begin" and "vp-test: end" lines must be byte-identical
# on QEMU and virt64, with either kernel: no times, no random values, no
# addresses are printed.
#
# Kernel command line (unknown key=value arguments reach init as environment):
#   vp=shell   skip the checks, start an interactive shell on the console
#   vp=test    (default) run the checks and power off
# Debian's own programs are called by absolute path: busybox's shell may
# prefer its own applets over $PATH.

bb=/bin/busybox
export PATH=/usr/sbin:/usr/bin:/sbin:/bin:/run/bb
export LC_ALL=C HOME=/root TERM=${TERM:-vt100}

# --- Mounts (the root filesystem is mounted read-only) ----------------------
[ -e /dev/null ] || $bb mount -t devtmpfs devtmpfs /dev
$bb mount -t proc proc /proc
$bb mount -t sysfs sysfs /sys
$bb mount -t tmpfs -o mode=1777 tmpfs /tmp
$bb mount -t tmpfs -o mode=0755 tmpfs /run
# Busybox applets that Debian's packages do not provide (mount, ip, dmesg,
# poweroff, ...), as links in a directory at the end of $PATH.
$bb mkdir -p /run/bb
$bb --install -s /run/bb
# Kernel messages would interleave with the report on the console.
$bb dmesg -n 1

if [ "${vp:-test}" = shell ]; then
    echo "vp-test: Debian 12 arm64 userland, busybox shell on the console"
    echo "vp-test: 'poweroff -f' powers the machine off; Ctrl-A x quits the emulator"
    # cttyhack gives the shell a controlling terminal (Ctrl-C works).
    $bb setsid $bb cttyhack $bb sh -l
    $bb sync
    $bb poweroff -f
fi

C=/usr/bin
fails=0
section() { echo "== $*"; }
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

echo "vp-test: begin"

# --- What the kernel tells userland (HWCAP): glibc and OpenSSL pick their code
# paths from it. Only the features these checks depend on are printed.
section "hwcap"
features=" $($bb sed -n 's/^Features[[:space:]]*: //p' /proc/cpuinfo | $bb head -n 1) "
have=""
for f in fp asimd aes pmull sha1 sha2 crc32; do
    case "$features" in *" $f "*) have="$have $f" ;; esac
done
echo "features:$have"

# --- libm and FP formatting through mawk -------------------------------------
section "mawk: libm"
$C/mawk 'BEGIN {
    for (i = 1; i <= 6; i++) {
        x = i / 7
        printf "%d %.17g %.17g %.17g %.17g %.17g %.17g\n", i, sin(3 * x), cos(5 * x),
               exp(4 * x), log(x), sqrt(2 * x), atan2(x, 1 - x)
    }
}'
section "mawk: sums and formatting"
$C/mawk 'BEGIN {
    s = 0; for (i = 1; i <= 20000; i++) s += 1 / i
    printf "harmonic(20000) = %.17g\n", s
    p = 1; for (i = 1; i <= 30; i++) p *= 1.5
    printf "1.5^30 = %.17g %e %g %f\n", p, p, p, p
    print 0.1 + 0.2, 1e300 * 1e10, -1e300 * 1e10, 2 ^ 0.5, 10 % 3.5, int(-7.9)
    printf "%.3f %.0f %.0f %.0f %5.2e\n", 2.0005, 0.5, 1.5, 2.5, 123456.789
}'
$C/printf '3.5 x\n-2e3 y\n0.125 z\n1e-5 w\n' | $C/mawk '{ t += $1; printf "%s %.10g\n", $2, t }'

# --- coreutils: long double printf, seq, sort -g, od, numfmt -----------------
section "coreutils printf"
$C/printf '%a %a %a %a\n' 1 0.1 -2.5e-300 1e4000
$C/printf '%.20g %g %e %.30f\n' 3.14159265358979323846 1e100 6.02214076e23 0.1
$C/printf '%.3g %10.4f %-10.2e| %g %g\n' 2.71828 1.23456789 -0.000123 -0 1e-320
section "busybox printf"
$bb printf '%.17g %g %e %f\n' 0.1 1e-300 12345.678 2.5
section "seq"
$C/seq 0 0.1 1 | $C/tr '\n' ' '; echo
$C/seq -f '%.3e' 1 0.25 3 | $C/tr '\n' ' '; echo
$C/seq -w 0.05 0.35 2.2 | $C/tr '\n' ' '; echo
section "sort -g"
$C/printf '%s\n' 1e3 -0.5 3/4 0x1p-2 .75 -inf 12 1.0e-10 inf 2.5e2 -1e-300 0 7 | $C/sort -g | $C/tr '\n' ' '; echo
$C/printf '%s\n' 2.5 10 -3 0.001 1e2 | $C/sort -gr | $C/tr '\n' ' '; echo
section "od -t f"
$C/printf '\000\000\000\000\000\000\360\077\232\231\231\231\231\231\271\077\000\000\300\177' | $C/od -A d -t f8 -t x1
$C/printf '\000\000\200\077\000\000\000\200\001\000\000\000' | $C/od -A d -t f4
section "numfmt and factor"
$C/numfmt --to=iec 123456789 1023 1048577
$C/numfmt --to=si --format='%.3f' 2500000
$C/factor 600851475143 18446744073709551615

# --- Test data: deterministic files in /tmp ----------------------------------
# d1: text; d2: 1 MiB AES-128-CTR keystream (a fixed key and IV); d3: sparse-ish.
$C/seq 1 50000 > /tmp/d1
$bb head -c 1048576 /dev/zero |
    $C/openssl enc -aes-128-ctr -K 000102030405060708090a0b0c0d0e0f -iv f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff > /tmp/d2
{ $C/seq 1 3000 | $C/tr '\n' ' '; $bb head -c 70000 /dev/zero; echo end; } > /tmp/d3

section "coreutils checksums"
cd /tmp || fail "cd /tmp"
$C/sha256sum d1 d2 d3
$C/sha1sum d1 d2 d3
$C/md5sum d1 d2 d3
$C/sha512sum d2
$C/b2sum d2
$C/cksum d1 d2 d3
$C/wc -c d1 d2 d3
section "busybox checksums"
$bb sha256sum d2
$bb crc32 d2 2>/dev/null || $bb cksum d2

# --- OpenSSL: AES, SHA, GHASH (PMULL) take the crypto-extension paths when
# HWCAP advertises AES/SHA1/SHA2/PMULL, NEON paths otherwise --------------------
section "openssl dgst"
$C/openssl dgst -sha1 d1 d2
$C/openssl dgst -sha256 d1 d2
$C/openssl dgst -sha512 d2
$C/openssl dgst -sha3-256 d2
$C/openssl dgst -md5 d1
section "openssl enc"
for c in aes-128-cbc aes-192-cbc aes-256-cbc aes-128-ctr aes-256-ctr aes-128-ecb aes-256-cfb aes-128-ofb chacha20; do
    case $c in
        *-ecb) iv="" ;;
        *) iv="-iv 0f0e0d0c0b0a09080706050403020100" ;;
    esac
    key=000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f
    case $c in
        aes-128-*) key=2b7e151628aed2a6abf7158809cf4f3c ;;
        aes-192-*) key=8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b ;;
    esac
    # shellcheck disable=SC2086 # $iv is empty or two words
    $C/openssl enc -$c -K $key $iv -in d2 -out /tmp/enc.bin
    # shellcheck disable=SC2086
    $C/openssl enc -d -$c -K $key $iv -in /tmp/enc.bin -out /tmp/dec.bin
    if $bb cmp -s /tmp/dec.bin d2; then rt=ok; else rt=MISMATCH; fail "openssl $c round trip"; fi
    echo "$c $($C/sha256sum < /tmp/enc.bin | $C/cut -c1-64) $(stat -c %s /tmp/enc.bin) roundtrip $rt"
done
$C/rm -f /tmp/enc.bin /tmp/dec.bin
section "openssl: crypto-extension/NEON paths equal the plain C paths (OPENSSL_armcap=0)"
# d3 (84 KB): the plain C paths cost many instructions on an ISS.
k=2b7e151628aed2a6abf7158809cf4f3c
iv=0f0e0d0c0b0a09080706050403020100
for args in "enc -aes-128-cbc -K $k -iv $iv -in d3" "enc -aes-256-ctr -K $k$k -iv $iv -in d3" \
            "dgst -sha1 -binary d3" "dgst -sha256 -binary d3" "dgst -sha512 -binary d3" \
            "mac -cipher AES-128-GCM -macopt hexkey:$k -macopt hexiv:000102030405060708090a0b -in d3 GMAC"; do
    # shellcheck disable=SC2086 # $args is a list of options
    $C/openssl $args >/tmp/fast.out || fail "openssl $args"
    # shellcheck disable=SC2086
    OPENSSL_armcap=0 $C/openssl $args >/tmp/plain.out || fail "OPENSSL_armcap=0 openssl $args"
    if [ -s /tmp/fast.out ] && $bb cmp -s /tmp/fast.out /tmp/plain.out; then
        echo "${args%% -[Kmb]*}: same ($($C/wc -c </tmp/fast.out) bytes)"
    else
        fail "openssl $args: the default path differs from the plain C path"
    fi
done
$C/rm -f /tmp/fast.out /tmp/plain.out
section "openssl mac (GMAC: GHASH with PMULL, CMAC, HMAC)"
$C/openssl mac -cipher AES-128-GCM -macopt hexkey:2b7e151628aed2a6abf7158809cf4f3c \
    -macopt hexiv:000102030405060708090a0b -in d2 GMAC
$C/openssl mac -cipher AES-256-CBC \
    -macopt hexkey:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f -in d2 CMAC
$C/openssl mac -digest SHA256 -macopt hexkey:0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b -in d1 HMAC

# --- Python: float formatting, libm, struct, zlib (CRC-32, deflate), hashlib -----
section "python3"
$C/python3 - <<'EOF'
import hashlib, math, struct, zlib
print(repr(0.1 + 0.2), repr(1 / 3), repr(2 ** 0.5), repr(1e23), repr(5e-324), repr(-0.0))
print((0.1).hex(), (1 / 3).hex(), float.fromhex('0x1.fffffffffffffp+1023'), 2.0 ** -1074)
print(math.sin(1e22), math.cos(1e-5), math.tan(1.5), math.exp(-745.1), math.log1p(1e-17))
print(math.gamma(0.5), math.lgamma(100.5), math.erf(0.3), math.erfc(5.0), math.atanh(0.999))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fmod(-7.5, 2), math.hypot(3e200, 4e200))
print(math.floor(-2.5), math.ceil(2.0000001), round(2.675, 2), round(0.5), round(1.5), round(-2.5))
print(math.isqrt(10 ** 40 + 12345), int(1e300) % 1000003, 7.0 // 0.1, divmod(-7.5, 2))
print('%.17g %e %g %r' % (math.pi, math.e, 1e-7, math.pi * 1e-300))
print(format(1234567.891, ',.2f'), format(0.000012345, '.3e'), format(2.5, '08.3f'), format(1e16, 'g'))
print(struct.pack('<e', 1 / 3).hex(), struct.pack('<f', 1 / 3).hex(), struct.unpack('<e', b'\x01\x00')[0])
print(float('nan') != float('nan'), float('inf') - float('inf'), max(1.0, float('nan')))
x = [((i * 7919) % 1000) / 37.0 for i in range(2000)]
print(repr(sum(v * v for v in x)), repr(sorted(x)[1000]), repr(min(x)), repr(max(x)))
m = [[(i + 1) / (j + 2) for j in range(8)] for i in range(8)]
p = [[sum(m[i][k] * m[k][j] for k in range(8)) for j in range(8)] for i in range(8)]
print(repr(p[3][5]), repr(sum(map(sum, p))))
for name in ('d1', 'd2', 'd3'):
    data = open('/tmp/' + name, 'rb').read()
    print(name, len(data), '%08x' % zlib.crc32(data), '%08x' % zlib.adler32(data),
          hashlib.sha256(zlib.compress(data, 9)).hexdigest()[:32])
    print(name, hashlib.sha1(data).hexdigest(), hashlib.sha256(data).hexdigest()[:32],
          hashlib.md5(data).hexdigest(), hashlib.sha512(data).hexdigest()[:32],
          hashlib.blake2b(data).hexdigest()[:32], hashlib.sha3_256(data).hexdigest()[:32])
EOF

# --- ext4 on the second disk: mkfs, write, sync, umount, mount, verify --------
# The kernel checksums ext4 metadata with crc32c (CRC32C instructions); the
# host checks the image afterwards with its own e2fsck and debugfs.
section "ext4 on /dev/vdb"
# Only the disk the harness named as scratch disk (serial "vp-scratch") is
# formatted: never the root image, whatever order the disks probe in.
if [ "$($bb cat /sys/block/vdb/serial 2>/dev/null)" != vp-scratch ]; then
    fail "/dev/vdb is not the scratch disk (serial vp-scratch): not formatting it"
elif [ -b /dev/vdb ]; then
    # Fixed UUID, hash seed and time: the same filesystem layout on every run.
    if E2FSPROGS_FAKE_TIME=1700000000 /sbin/mke2fs -q -F -t ext4 -L vptest \
            -U 6b8a1c2e-3d4f-4a5b-8c6d-7e8f9a0b1c2d -E hash_seed=0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f0 \
            /dev/vdb; then
        echo "mkfs.ext4: ok"
    else
        fail "mkfs.ext4 /dev/vdb"
    fi
    $bb mkdir -p /run/disk
    $bb mount -t ext4 /dev/vdb /run/disk || fail "first mount of /dev/vdb"
    $C/cp /tmp/d1 /run/disk/numbers.txt
    $C/cp /tmp/d2 /run/disk/aes-ctr.bin
    echo "hello from the Debian guest" > /run/disk/hello.txt
    $C/mkdir /run/disk/many
    for i in $($C/seq 1 200); do echo "file $i" > /run/disk/many/f$i; done
    $C/sync
    $bb umount /run/disk || fail "umount /dev/vdb"
    $bb mount -t ext4 -o ro /dev/vdb /run/disk || fail "second mount of /dev/vdb"
    (cd /run/disk && $C/sha256sum numbers.txt aes-ctr.bin hello.txt)
    $C/cat /run/disk/hello.txt
    echo "many: $($C/ls /run/disk/many | $C/wc -l) files, $($C/cat /run/disk/many/* | $C/sha256sum | $C/cut -c1-64)"
    $bb cmp /tmp/d2 /run/disk/aes-ctr.bin && echo "aes-ctr.bin: identical after remount"
    $bb umount /run/disk
    if /sbin/e2fsck -f -n /dev/vdb >/tmp/fsck.log 2>&1; then
        echo "e2fsck -f -n: clean"
    else
        fail "e2fsck -f -n /dev/vdb"; $C/cat /tmp/fsck.log
    fi
else
    fail "no /dev/vdb"
fi

# --- virtio-rng, virtio-console ------------------------------------------------
section "virtio-rng"
if [ -c /dev/hwrng ]; then
    echo "read $($bb head -c 4096 /dev/hwrng | $C/wc -c) bytes from /dev/hwrng ($($C/cat /sys/class/misc/hw_random/rng_current))"
else
    fail "no /dev/hwrng"
fi
section "virtio-console"
if [ -c /dev/hvc0 ] && echo "vp-test: hello from /dev/hvc0" > /dev/hvc0; then
    echo "wrote a line to /dev/hvc0"
else
    fail "write /dev/hvc0"
fi

# --- virtio-net: a raw Ethernet frame to the host peer and its answer back ------
# (tests/system/net_peer.py: EtherType 0x88B5, broadcast, fixed payloads)
section "virtio-net"
if [ -d /sys/class/net/eth0 ]; then
    $bb ip link set eth0 up
    $C/python3 - <<'EOF' || fail "net exchange"
import socket
s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(0x88B5))
s.bind(('eth0', 0))
mac = s.getsockname()[4]
frame = b'\xff' * 6 + mac + b'\x88\xb5' + b'virt64-guest: frame from eth0'
s.send(frame.ljust(60, b'\0'))
print('net tx: %d bytes, EtherType 0x88b5' % len(frame.ljust(60, b'\0')))
# The answer comes from a host process. A simulator skips the guest's idle
# time, so a long guest-time timeout can be short in host time: wait in
# short rounds and keep the CPU busy in between (about 0.1-0.2 s of host time
# per round on virt64), up to 100 rounds.
s.settimeout(0.5)
for attempt in range(100):
    try:
        f = s.recv(2048)
    except socket.timeout:
        sum(range(300000))
        continue
    if f[0:6] == mac and f[12:14] == b'\x88\xb5':
        print('net rx: "%s"' % f[14:].split(b'\0')[0].decode())
        break
else:
    raise SystemExit('no answer from the host peer')
EOF
else
    fail "no eth0"
fi

echo "vp-test: end, $fails failed"
$bb sync
$bb poweroff -f
