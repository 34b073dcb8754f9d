# shellcheck shell=sh
# Private apt for Debian 12 arm64 packages (sourced, not executed; needs
# ../linux/linux-source.sh sourced first). Used by build-rootfs.sh and
# ../linux/debian-kernel.sh. Never touches the host's dpkg architecture list or
# apt state: apt runs with its own configuration under the cache
#   ${VP_CACHE_DIR:-$HOME/.cache/virtio-vp}/apt-arm64/
# (own Dir::Etc, Dir::State, Dir::Cache, an empty dpkg status file,
# APT::Architecture=arm64), whose sources are the host's Debian sources (or the
# file $VP_ROOTFS_SOURCES) and whose keys are the host's archive keyrings.
#   vp_apt_setup                 configure; refresh the lists when older than a
#                                day or the sources changed (VP_APT_UPDATE=
#                                auto|always|never)
#   vp_apt_resolve PKG...        "name version" lines, sorted: what apt would
#                                install on an empty arm64 system
#   vp_apt_fetch < resolved      the .deb paths in the shared pool
#                                ($VP_CACHE/debs-arm64), downloading what is
#                                missing (apt checks hashes against the signed lists)
#   vp_apt_locked CMD...         runs CMD (e.g. apt-cache) under the lock that
#                                guards the configuration and the lists, so a
#                                parallel run's update never changes them under it

vp_apt_setup() {
    apt_dir="$VP_CACHE/apt-arm64"
    mkdir -p "$apt_dir/etc/apt/apt.conf.d" "$apt_dir/etc/apt/preferences.d" \
        "$apt_dir/state/lists/partial" "$apt_dir/cache/archives/partial"
    (
        flock 8
        # Sources: the host's Debian mirror configuration, unchanged (deb822
        # .sources and one-line .list files), or one file given by VP_ROOTFS_SOURCES.
        new="$apt_dir/sources.new"
        rm -rf "$new"
        mkdir -p "$new"
        if [ -n "${VP_ROOTFS_SOURCES:-}" ]; then
            [ -f "$VP_ROOTFS_SOURCES" ] || vp_die "VP_ROOTFS_SOURCES=$VP_ROOTFS_SOURCES does not exist"
            case "$VP_ROOTFS_SOURCES" in
                *.sources) cp "$VP_ROOTFS_SOURCES" "$new/custom.sources" ;;
                *) cp "$VP_ROOTFS_SOURCES" "$new/custom.list" ;;
            esac
        else
            if [ -s /etc/apt/sources.list ]; then cp /etc/apt/sources.list "$new/host.list"; fi
            for f in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
                if [ -f "$f" ]; then cp "$f" "$new/"; fi
            done
        fi
        [ -n "$(ls "$new")" ] || vp_die "no apt sources found on the host (set VP_ROOTFS_SOURCES)"
        changed=0
        if ! diff -r -q "$new" "$apt_dir/etc/apt/sources.list.d" >/dev/null 2>&1; then
            rm -rf "$apt_dir/etc/apt/sources.list.d"
            mv "$new" "$apt_dir/etc/apt/sources.list.d"
            changed=1
        else
            rm -rf "$new"
        fi
        : >"$apt_dir/etc/apt/sources.list"
        [ -f "$apt_dir/state/status" ] || : >"$apt_dir/state/status"
        {
            echo "Dir::Etc \"$apt_dir/etc/apt\";"
            echo "Dir::State \"$apt_dir/state\";"
            echo "Dir::State::status \"$apt_dir/state/status\";"
            echo "Dir::Cache \"$apt_dir/cache\";"
            # The host's archive keys (the sources' Signed-By paths are the host's too).
            echo "Dir::Etc::Trusted \"/etc/apt/trusted.gpg\";"
            echo "Dir::Etc::TrustedParts \"/etc/apt/trusted.gpg.d\";"
            echo "APT::Architecture \"arm64\";"
            echo "APT::Architectures { \"arm64\"; };"
            echo "APT::Install-Recommends \"false\";"
            echo "Debug::NoLocking \"true\";"
            # The pool is a directory the _apt user may not be able to write.
            if [ "$(id -u)" = 0 ]; then echo "APT::Sandbox::User \"root\";"; fi
            # The host's proxy settings, if any (the private Dir::Etc hides its apt.conf.d).
            env -u APT_CONFIG apt-config dump 2>/dev/null | grep -E '^Acquire::[a-z]+::Proxy' || true
        } >"$apt_dir/apt.conf.new"
        # Replaced atomically, and only when it changes: a parallel run may be
        # reading it.
        if cmp -s "$apt_dir/apt.conf.new" "$apt_dir/apt.conf"; then
            rm -f "$apt_dir/apt.conf.new"
        else
            mv "$apt_dir/apt.conf.new" "$apt_dir/apt.conf"
        fi
        update=${VP_APT_UPDATE:-auto}
        if [ "$update" = auto ]; then
            update=never
            if [ "$changed" = 1 ] ||
                [ -z "$(find "$apt_dir/state/lists" -maxdepth 1 -name '*_Packages*' -mmin -1440 2>/dev/null)" ]; then
                update=always
            fi
        fi
        if [ "$update" = always ]; then
            vp_log "updating the private arm64 package lists ($apt_dir)"
            APT_CONFIG="$apt_dir/apt.conf" apt-get -q update >"$apt_dir/update.log" 2>&1 ||
                { cat "$apt_dir/update.log" >&2; vp_die "apt-get update failed (private configuration $apt_dir/apt.conf)"; }
        fi
    ) 8>"$VP_CACHE/.apt-arm64.lock" || exit 1
    APT_CONFIG="$apt_dir/apt.conf"
    export APT_CONFIG
}

vp_apt_locked() {
    flock "$VP_CACHE/.apt-arm64.lock" "$@"
}

vp_apt_resolve() {
    # "Inst libc6 (2.36-9+deb12u4 Debian:12.5/stable [arm64])" -> "libc6 2.36-9+deb12u4"
    err="$apt_dir/resolve.err.$$"
    sim=$(vp_apt_locked apt-get -s install "$@" 2>"$err") ||
        { cat "$err" >&2; rm -f "$err"; vp_die "apt could not resolve $* for arm64 (VP_APT_UPDATE=always?)"; }
    rm -f "$err"
    echo "$sim" | sed -n -E 's/^Inst ([^ ]+) \(([^ ]+) .*/\1 \2/p' | LC_ALL=C sort
}

vp_apt_fetch() {
    pool="$VP_CACHE/debs-arm64"
    mkdir -p "$pool"
    resolved=$(cat)
    (
        flock 9
        missing=$(echo "$resolved" | while read -r name version; do
            [ -n "$(vp_apt_pool_file "$name" "$version")" ] || echo "$name=$version"
        done)
        if [ -n "$missing" ]; then
            vp_log "downloading $(echo "$missing" | wc -l) packages into $pool"
            # shellcheck disable=SC2086 # one argument per package
            (cd "$pool" && vp_apt_locked apt-get -q download $missing) >"$apt_dir/download.log" 2>&1 ||
                { cat "$apt_dir/download.log" >&2; vp_die "apt-get download failed"; }
        fi
    ) 9>"$pool.lock" || exit 1
    echo "$resolved" | while read -r name version; do
        f=$(vp_apt_pool_file "$name" "$version")
        [ -n "$f" ] || vp_die "$name $version is not in $pool after apt-get download"
        echo "$f"
    done
}

# The pool file apt-get download wrote for NAME VERSION (epoch ':' -> '%3a'), or nothing.
vp_apt_pool_file() {
    v=$(echo "$2" | sed 's/:/%3a/')
    for f in "$pool/$1_${v}_"*.deb; do
        if [ -f "$f" ]; then echo "$f"; fi
    done
}
