#!/bin/sh
# Builds the Debian test root filesystem: an ext4 image made from unmodified
# Debian 12 (bookworm) arm64 packages, with sw/rootfs/init.sh as /sbin/init.
#
#   ROOTFS=$(sw/rootfs/build-rootfs.sh)     # path of rootfs.ext4 on stdout
#
# How, without root, loop mounts or any change to the host's dpkg/apt state:
# - apt runs with a PRIVATE configuration under the cache (its own Dir::Etc,
#   Dir::State, Dir::Cache, an empty dpkg status file, APT::Architecture=arm64),
#   whose sources are the host's Debian sources (or $VP_ROOTFS_SOURCES) and
#   whose keys are the host's archive keyrings;
# - apt itself resolves the dependencies (`apt-get -s install` against the
#   empty status: exactly the set apt would install, one version each);
# - `apt-get download` fetches the .debs into a shared pool, `dpkg-deb -x`
#   unpacks them (maintainer scripts do not run), `mke2fs -d` writes the image.
# The image is cached in ${VP_CACHE_DIR:-$HOME/.cache/virtio-vp}/rootfs-<key>/,
# keyed by the resolved package versions, this script, init.sh and mke2fs's
# version; with a warm cache the script only re-resolves (about a second).
# The private package lists are refreshed when older than a day, or as
# VP_APT_UPDATE=always|never says.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=SCRIPTDIR/../linux/linux-source.sh
. "$here/../linux/linux-source.sh"   # vp_die, vp_log, vp_key, vp_need_tools, VP_CACHE
# shellcheck source=SCRIPTDIR/apt-arm64.sh
. "$here/apt-arm64.sh"               # vp_apt_setup, vp_apt_resolve, vp_apt_fetch

# Debian packages in the image (their dependencies come along). openssl's AES,
# SHA and GHASH code uses the crypto extension when HWCAP advertises it.
PACKAGES="busybox-static libc6 coreutils mawk python3-minimal e2fsprogs openssl"

vp_need_tools apt-get:apt dpkg-deb:dpkg mke2fs:e2fsprogs flock:util-linux

vp_apt_setup
# shellcheck disable=SC2086 # the package list is meant to split
resolved=$(vp_apt_resolve $PACKAGES)
[ -n "$resolved" ] || vp_die "apt resolved no packages (try VP_APT_UPDATE=always)"

key=$( {
    echo "$resolved"
    mke2fs -V 2>&1 | head -n1
    cat "$0" "$here/init.sh" "$here/apt-arm64.sh"
} | vp_key)
out="$VP_CACHE/rootfs-$key"
if [ -f "$out/rootfs.ext4" ]; then
    vp_log "cached"
    echo "$out/rootfs.ext4"
    exit 0
fi

debs=$(echo "$resolved" | vp_apt_fetch)

# --- Unpack and add what maintainer scripts or the installer would have made ------
work="$VP_CACHE/rootfs-$key.tmp.$$"
rm -rf "$work"
mkdir -p "$work/root"
trap 'rm -rf "$work"' EXIT
tree="$work/root"
vp_log "unpacking $(echo "$debs" | wc -l) packages"
for f in $debs; do
    dpkg-deb -x "$f" "$tree"
done
# Merged /usr, as every Debian 12 installation has it (the installer makes
# /bin, /sbin and /lib links into /usr; the packages still ship both halves).
for d in bin sbin lib; do
    if [ -d "$tree/$d" ] && [ ! -L "$tree/$d" ]; then
        mkdir -p "$tree/usr/$d"
        cp -a "$tree/$d/." "$tree/usr/$d/"
        rm -rf "${tree:?}/$d"
    fi
    ln -sfn "usr/$d" "$tree/$d"
done
mkdir -p "$tree/dev" "$tree/proc" "$tree/sys" "$tree/tmp" "$tree/run" "$tree/root" "$tree/mnt"
chmod 1777 "$tree/tmp"
# /bin/sh comes from dash's maintainer scripts on a real system: busybox here.
ln -sf busybox "$tree/usr/bin/sh"
printf 'root:x:0:0:root:/root:/bin/sh\n' >"$tree/etc/passwd"
printf 'root:x:0:\n' >"$tree/etc/group"
printf 'debian-virt64\n' >"$tree/etc/hostname"
ln -sf ../proc/self/mounts "$tree/etc/mtab"
: >"$tree/etc/fstab"
printf '%s\n' "$resolved" >"$tree/etc/vp-packages"
install -m 0755 "$here/init.sh" "$tree/usr/sbin/init"

# python3.11-minimal's postinst byte-compiles the standard library; without it
# every python3 run on the read-only root compiles its imports again (costly on
# an instruction-set simulator). The host's python3 does it when it is the same
# minor version (Debian 12's host and target both have 3.11).
pyver=$(ls "$tree/usr/lib" | sed -n -E 's/^python(3\.[0-9]+)$/\1/p' | head -n1)
if [ -n "$pyver" ] && command -v python3 >/dev/null 2>&1 &&
    [ "$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')" = "$pyver" ]; then
    python3 -m compileall -q -s "$tree" -p / --invalidation-mode unchecked-hash \
        "$tree/usr/lib/python$pyver" >/dev/null || vp_log "warning: compileall failed (python3 still works, slower)"
else
    vp_log "warning: no host python$pyver: the image's python3 compiles its imports at run time"
fi

# --- Write the image -------------------------------------------------------------
# Fixed UUID, hash seed and superblock times, so that the same packages give
# the same filesystem layout. Free space for the interactive shell (--shell).
used_mb=$(du -s -m "$tree" | cut -f1)
size_mb=$(( (used_mb * 5 / 4 + 64 + 15) / 16 * 16 ))
vp_log "writing the ext4 image (${used_mb} MiB of files, ${size_mb} MiB image)"
E2FSPROGS_FAKE_TIME=1700000000 mke2fs -q -F -t ext4 -b 4096 -L debian-root \
    -U 2f0c3a7e-6d1b-4c59-9e84-0a1b2c3d4e5f -E hash_seed=5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d,root_owner=0:0 \
    -d "$tree" "$work/rootfs.ext4" "${size_mb}M" >"$work/mke2fs.log" 2>&1 ||
    { cat "$work/mke2fs.log" >&2; vp_die "mke2fs -d failed"; }
printf '%s\n' "$resolved" >"$work/packages.txt"

# Publish atomically: a half-written image never looks like a cache hit.
mkdir -p "$work/publish"
mv "$work/rootfs.ext4" "$work/packages.txt" "$work/publish/"
if [ ! -f "$out/rootfs.ext4" ]; then
    rm -rf "$out"
    mv "$work/publish" "$out"
fi
echo "$out/rootfs.ext4"
