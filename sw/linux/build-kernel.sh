#!/bin/sh
# Builds the virt64 guest kernel (arm64 Image) from the Debian linux-source-6.1
# tarball and virt64.config, and caches it keyed by its inputs:
#   ${VP_CACHE_DIR:-$HOME/.cache/virtio-vp}/linux-<key>/{Image,vmlinux,System.map,config}
# The key covers the source package version, the config fragment, this script,
# linux-source.sh and the cross compiler version. With a cache hit nothing is
# built. The path of Image is the only thing printed on stdout:
#   IMAGE=$(sw/linux/build-kernel.sh)
# Environment: VP_CACHE_DIR, VP_JOBS (default nproc), LINUX_TARBALL, CROSS_COMPILE.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=SCRIPTDIR/linux-source.sh
. "$here/linux-source.sh"

fragment="$here/virt64.config"
[ -f "$fragment" ] || vp_die "config fragment $fragment not found"

vp_need_tools "${VP_CROSS}gcc:gcc-aarch64-linux-gnu" make:make bc:bc \
    bison:bison flex:flex flock:util-linux

source_id=$(vp_linux_source_id) # fails early if there is no source
key=$( {
    echo "$source_id"
    "${VP_CROSS}gcc" --version | head -n1
    cat "$fragment" "$0" "$here/linux-source.sh"
} | vp_key)
out="$VP_CACHE/linux-$key"

if [ -f "$out/Image" ]; then
    vp_log "cached"
    echo "$out/Image"
    exit 0
fi

src=$(vp_linux_source_dir)
srckey=$(basename "$src")
srckey=${srckey#linux-src-}

# One object tree per source version, reused across config changes, so a
# fragment tweak only recompiles what it touches. Serialised by a lock.
build="$VP_CACHE/linux-build-$srckey"
mkdir -p "$build"
exec 9>"$build.lock"
flock 9
if [ -f "$out/Image" ]; then
    vp_log "built by a parallel run"
    echo "$out/Image"
    exit 0
fi

log="$build/build.log"
kmake() {
    # Fixed build identity: the boot banner is the same on every machine.
    nice -n 19 make -C "$src" O="$build" ARCH=arm64 CROSS_COMPILE="$VP_CROSS" \
        KBUILD_BUILD_USER=vp KBUILD_BUILD_HOST=virt64 KBUILD_BUILD_VERSION=1 \
        KBUILD_BUILD_TIMESTAMP="2023-01-01 00:00:00 UTC" "$@"
}

vp_log "configuring in $build (allnoconfig + $(basename "$fragment"))"
kmake KCONFIG_ALLCONFIG="$fragment" allnoconfig >"$log" 2>&1 ||
    { tail -n 30 "$log" >&2; vp_die "configuration failed, see $log"; }

# allnoconfig silently drops symbols whose dependencies are not met: insist
# that every line of the fragment made it into .config.
mismatches=$(grep -E '^CONFIG_[A-Za-z0-9_]+=|^# CONFIG_[A-Za-z0-9_]+ is not set' "$fragment" |
while IFS= read -r line; do
    case "$line" in
        "# "*) sym=${line#\# }; sym=${sym%% *}; want=n ;;
        *)     sym=${line%%=*}; want=${line#*=} ;;
    esac
    have=$(grep -E "^$sym=" "$build/.config" | cut -d= -f2- || true)
    [ -n "$have" ] || have=n
    [ "$have" = "$want" ] || echo "  $sym: fragment wants $want, Kconfig gave $have"
done)
if [ -n "$mismatches" ]; then
    echo "$mismatches" >&2
    vp_die "config fragment not honoured (unmet dependencies?)"
fi

jobs=${VP_JOBS:-$(nproc)}
vp_log "building Image with -j$jobs (log: $log)"
start=$(date +%s)
kmake -j"$jobs" Image >>"$log" 2>&1 ||
    { tail -n 40 "$log" >&2; vp_die "kernel build failed, see $log"; }
vp_log "built in $(( $(date +%s) - start ))s"

# Publish atomically: a half-copied result never looks like a cache hit.
rm -rf "$out.tmp"
mkdir -p "$out.tmp"
cp "$build/arch/arm64/boot/Image" "$build/vmlinux" "$build/System.map" "$out.tmp/"
cp "$build/.config" "$out.tmp/config"
rm -rf "$out"
mv "$out.tmp" "$out"
echo "$out/Image"
