#!/bin/sh
# Builds the virt64 test initramfs: init.c compiled as a static arm64 binary
# against the kernel's nolibc (tools/include/nolibc of linux-source-6.1), packed
# as an uncompressed newc cpio by the kernel's usr/gen_init_cpio. Cached keyed
# by its inputs (source version, compilers, init.c, these scripts) in
#   ${VP_CACHE_DIR:-$HOME/.cache/virtio-vp}/initramfs-<key>/{initramfs.cpio,init}
# The path of initramfs.cpio is the only thing printed on stdout:
#   INITRD=$(sw/guest/build-initramfs.sh)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=SCRIPTDIR/../linux/linux-source.sh
. "$here/../linux/linux-source.sh"

vp_need_tools "${VP_CROSS}gcc:gcc-aarch64-linux-gnu" "${VP_CROSS}objdump:binutils-aarch64-linux-gnu" \
    cc:gcc make:make flock:util-linux

source_id=$(vp_linux_source_id) # fails early if there is no source
key=$( {
    echo "$source_id"
    "${VP_CROSS}gcc" --version | head -n1
    cc --version | head -n1
    cat "$here/init.c" "$0" "$here/../linux/linux-source.sh"
} | vp_key)
out="$VP_CACHE/initramfs-$key"

if [ -f "$out/initramfs.cpio" ]; then
    vp_log "cached"
    echo "$out/initramfs.cpio"
    exit 0
fi

src=$(vp_linux_source_dir)
work="$out.tmp.$$"
rm -rf "$work"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT

# nolibc includes the kernel UAPI headers (asm/unistd.h, linux/fs.h, ...); the
# Debian cross compiler ships none, so generate the arm64 ones from the tree
# (`make headers` leaves them in <objtree>/usr/include; headers_install would
# only copy them, and needs rsync).
vp_log "generating arm64 UAPI headers"
nice -n 19 make -s -C "$src" O="$work/hdr-build" ARCH=arm64 headers \
    >"$work/headers.log" 2>&1 ||
    { cat "$work/headers.log" >&2; vp_die "make headers failed"; }

vp_log "compiling init"
nice -n 19 "${VP_CROSS}gcc" -Os -static -nostdlib -ffreestanding \
    -fno-stack-protector -fno-asynchronous-unwind-tables -fno-ident \
    -mgeneral-regs-only -Wall -Wextra -Wno-unused-parameter \
    -I "$src/tools/include/nolibc" -I "$work/hdr-build/usr/include" -include nolibc.h \
    -o "$work/init" "$here/init.c" -lgcc

# The target core has no FP/AdvSIMD: make sure no such instruction slipped in
# (e.g. from libgcc). FP/SIMD register operands are v/q/d/s/h/b + number.
fpsimd=$("${VP_CROSS}objdump" -d "$work/init" |
    grep -E '^ *[0-9a-f]+:' |
    grep -E '[[:space:],{\[]([vqdshb][0-9]{1,2})([].,}[:space:]]|$)|fpcr|fpsr' || true)
if [ -n "$fpsimd" ]; then
    echo "$fpsimd" | head -n 10 >&2
    vp_die "init contains FP/SIMD instructions"
fi

cc -O2 -o "$work/gen_init_cpio" "$src/usr/gen_init_cpio.c"

# Fixed mtimes so the archive is byte-identical on every machine.
touch -d @0 "$work/init"
cat >"$work/cpio.list" <<EOF
dir /dev 0755 0 0
nod /dev/console 0600 0 0 c 5 1
dir /proc 0755 0 0
dir /sys 0755 0 0
file /init $work/init 0755 0 0
EOF
"$work/gen_init_cpio" -t 0 "$work/cpio.list" >"$work/initramfs.cpio"

# Publish atomically: a half-written result never looks like a cache hit. If
# a parallel run published first, its (byte-identical) result stays.
mkdir -p "$work/publish"
cp "$work/initramfs.cpio" "$work/init" "$work/publish/"
if [ ! -f "$out/initramfs.cpio" ]; then
    rm -rf "$out"
    mv "$work/publish" "$out"
fi
echo "$out/initramfs.cpio"
