# Shared helpers for build-kernel.sh and ../guest/build-initramfs.sh (sourced,
# not executed). Finds the Debian linux-source-6.1 tarball and extracts it once
# into the cache; everything is keyed by the package version, so a new Debian
# source upload lands in a new directory and old results stay valid.

# shellcheck disable=SC2034 # both are used by the scripts that source this file
VP_CACHE="${VP_CACHE_DIR:-$HOME/.cache/virtio-vp}"
VP_CROSS="${CROSS_COMPILE:-aarch64-linux-gnu-}"

vp_die() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

vp_log() {
    echo "$(basename "$0"): $*" >&2
}

# sha256 of stdin, shortened: enough to tell inputs apart, short enough to read.
vp_key() {
    sha256sum | cut -c1-16
}

# Fails with an install hint if a host tool is missing.
# Usage: vp_need_tools "tool:package" ...
vp_need_tools() {
    missing=""
    for pair in "$@"; do
        tool=${pair%%:*}
        pkg=${pair#*:}
        command -v "$tool" >/dev/null 2>&1 || missing="$missing $pkg"
    done
    if [ -n "$missing" ]; then
        vp_die "missing tools; install them with: sudo apt-get install$missing"
    fi
}

# Path of the kernel source tarball. LINUX_TARBALL overrides the Debian package.
vp_linux_tarball() {
    if [ -n "${LINUX_TARBALL:-}" ]; then
        [ -f "$LINUX_TARBALL" ] || vp_die "LINUX_TARBALL=$LINUX_TARBALL does not exist"
        echo "$LINUX_TARBALL"
        return
    fi
    tarball=$(dpkg -L linux-source-6.1 2>/dev/null | grep -E '/linux-source-6\.1\.tar\.(xz|bz2|gz)$' | head -n1 || true)
    if [ -z "$tarball" ] || [ ! -f "$tarball" ]; then
        vp_die "linux-source-6.1 is not installed; install it with: sudo apt-get install linux-source-6.1 (or set LINUX_TARBALL=/path/to/linux-6.1.tar.xz)"
    fi
    echo "$tarball"
}

# One line naming the source exactly: package version, or size+mtime of an
# explicit tarball. Part of every cache key.
vp_linux_source_id() {
    tarball=$(vp_linux_tarball)
    if [ -n "${LINUX_TARBALL:-}" ]; then
        echo "tarball $(basename "$tarball") $(stat -c '%s %Y' "$tarball")"
    else
        echo "linux-source-6.1 $(dpkg-query -W -f='${Version}' linux-source-6.1)"
    fi
}

# Extracts the tarball once (under a lock, published atomically) and prints the
# path of the source tree.
vp_linux_source_dir() {
    tarball=$(vp_linux_tarball)
    srckey=$(vp_linux_source_id | vp_key)
    dir="$VP_CACHE/linux-src-$srckey"
    mkdir -p "$VP_CACHE"
    if [ ! -f "$dir/.complete" ]; then
        (
            flock 9
            if [ ! -f "$dir/.complete" ]; then
                vp_log "extracting $tarball -> $dir"
                rm -rf "$dir.tmp"
                mkdir -p "$dir.tmp"
                nice -n 19 tar -xf "$tarball" -C "$dir.tmp" --strip-components=1
                rm -rf "$dir"
                mv "$dir.tmp" "$dir"
                touch "$dir/.complete"
            fi
        ) 9>"$VP_CACHE/.linux-src-$srckey.lock"
    fi
    [ -f "$dir/Makefile" ] || vp_die "extraction of $tarball into $dir failed"
    echo "$dir"
}
