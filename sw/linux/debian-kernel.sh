#!/bin/sh
# Debian's stock arm64 kernel (linux-image-6.1.0-*-arm64 from the archive, as
# linux-image-arm64 points to it) and an initramfs that loads its own virtio
# and ext4 modules, for booting the Debian test image (sw/rootfs) from /dev/vda.
#
#   DIR=$(sw/linux/debian-kernel.sh)   # prints the directory holding:
#     Image            the kernel (the package's vmlinuz, decompressed if it is gzip)
#     initramfs.cpio   Debian's busybox-static, the modules, sw/rootfs/initramfs-init.sh as /init
#     config           the package's kernel config
#     modules.txt      the modules in load order
#
# The packages come through the private apt of sw/rootfs/apt-arm64.sh (never the
# host's). Cached in ${VP_CACHE_DIR:-$HOME/.cache/virtio-vp}/debian-kernel-<key>/,
# keyed by the package versions and these scripts. VP_DEBIAN_KERNEL names another
# image package (e.g. linux-image-6.1.0-57-arm64).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=SCRIPTDIR/linux-source.sh
. "$here/linux-source.sh"
# shellcheck source=SCRIPTDIR/../rootfs/apt-arm64.sh
. "$here/../rootfs/apt-arm64.sh"

# The modules the checks need; their dependencies are added from .modinfo.
MODULES="virtio_mmio virtio_blk virtio_net virtio_console virtio_rng crc32c_generic ext4"

vp_need_tools apt-get:apt dpkg-deb:dpkg "${VP_CROSS}objcopy:binutils-aarch64-linux-gnu" \
    cc:gcc flock:util-linux

vp_apt_setup
pkg=${VP_DEBIAN_KERNEL:-$(vp_apt_locked apt-cache depends linux-image-arm64 2>/dev/null |
    sed -n -E 's/^ *Depends: (linux-image-[0-9.]+-[0-9]+-arm64)$/\1/p' | head -n1)}
[ -n "$pkg" ] || vp_die "cannot find the kernel package linux-image-arm64 depends on (VP_APT_UPDATE=always?)"
version=$(vp_apt_locked apt-cache show --no-all-versions "$pkg" 2>/dev/null | sed -n 's/^Version: //p' | head -n1)
[ -n "$version" ] || vp_die "no version of $pkg in the private package lists"
busybox=$(vp_apt_resolve busybox-static | grep '^busybox-static ')
resolved=$(printf '%s %s\n%s\n' "$pkg" "$version" "$busybox")

source_id=$(vp_linux_source_id)   # gen_init_cpio comes from the kernel source
key=$( {
    echo "$resolved"
    echo "$source_id"
    cat "$0" "$here/../rootfs/initramfs-init.sh" "$here/../rootfs/apt-arm64.sh"
} | vp_key)
out="$VP_CACHE/debian-kernel-$key"
if [ -f "$out/initramfs.cpio" ]; then
    vp_log "cached"
    echo "$out"
    exit 0
fi

debs=$(echo "$resolved" | vp_apt_fetch)
work="$out.tmp.$$"
rm -rf "$work"
mkdir -p "$work/x" "$work/publish"
trap 'rm -rf "$work"' EXIT
vp_log "unpacking $pkg $version"
for f in $debs; do dpkg-deb -x "$f" "$work/x"; done

vmlinuz=$(ls "$work/x/boot/vmlinuz-"*)
if [ "$(head -c 2 "$vmlinuz" | od -A n -t x1 | tr -d ' ')" = 1f8b ]; then
    gzip -dc "$vmlinuz" >"$work/publish/Image"
else
    cp "$vmlinuz" "$work/publish/Image"
fi
cp "$work/x/boot/config-"* "$work/publish/config"
kdir=$(ls -d "$work/x/lib/modules/"*/kernel)

# Module name -> file (names use '_' where files may use '-'), and each
# module's dependencies from its .modinfo section.
ko_of() {
    find "$kdir" -name "$1.ko" -o -name "$(echo "$1" | tr _ -).ko" | head -n1
}
deps_of() {
    "${VP_CROSS}objcopy" -O binary -j .modinfo "$1" "$work/modinfo"
    tr '\0' '\n' <"$work/modinfo" | sed -n 's/^depends=//p' | tr ',' ' '
}
# Depth-first: a module is listed after everything it depends on.
order=""
visit() {
    case " $order " in *" $1 "*) return ;; esac
    f=$(ko_of "$1")
    [ -n "$f" ] || vp_die "$pkg has no module $1 (built in?)"
    for d in $(deps_of "$f"); do visit "$d"; done
    order="$order $1"
}
for m in $MODULES; do visit "$m"; done
vp_log "modules in load order:$order"

# The initramfs: busybox, the modules (uncompressed in Debian 12's packages),
# the load order and /init; fixed mtimes, so the archive is reproducible.
src=$(vp_linux_source_dir)
cc -O2 -o "$work/gen_init_cpio" "$src/usr/gen_init_cpio.c"
{
    echo "dir /dev 0755 0 0"
    echo "nod /dev/console 0600 0 0 c 5 1"
    echo "dir /proc 0755 0 0"
    echo "dir /sys 0755 0 0"
    echo "dir /bin 0755 0 0"
    echo "dir /lib 0755 0 0"
    echo "dir /lib/modules 0755 0 0"
    echo "file /bin/busybox $work/x/bin/busybox 0755 0 0"
    echo "slink /bin/sh busybox 0777 0 0"
    echo "file /init $here/../rootfs/initramfs-init.sh 0755 0 0"
    echo "file /lib/modules/load-order $work/publish/modules.txt 0644 0 0"
    for m in $order; do echo "file /lib/modules/$m.ko $(ko_of "$m") 0644 0 0"; done
} >"$work/cpio.list"
for m in $order; do echo "$m"; done >"$work/publish/modules.txt"
"$work/gen_init_cpio" -t 0 "$work/cpio.list" >"$work/publish/initramfs.cpio"

if [ ! -f "$out/initramfs.cpio" ]; then
    rm -rf "$out"
    mv "$work/publish" "$out"
fi
echo "$out"
