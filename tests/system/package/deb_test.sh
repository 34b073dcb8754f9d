#!/bin/sh
# Builds the .deb with CPack and checks what it holds and declares.
#   deb_test.sh BUILD_DIR SCRATCH_DIR
set -eu
BUILD=$1 SCRATCH=$2

fail() { echo "deb_test: FAIL: $*" >&2; exit 1; }

rm -rf "$SCRATCH"
mkdir -p "$SCRATCH"
(cd "$BUILD" && cpack -G DEB -B "$SCRATCH") > "$SCRATCH/cpack.log" 2>&1 ||
    { cat "$SCRATCH/cpack.log"; fail "cpack"; }
deb=$(ls "$SCRATCH"/virtio-vp_*.deb)
[ -n "$deb" ] || fail "no virtio-vp_*.deb in $SCRATCH"
echo "deb: $deb ($(du -k "$deb" | cut -f1) KiB)"

dpkg-deb -c "$deb" | awk '{print $NF}' > "$SCRATCH/contents.txt"
for f in ./usr/include/virtio_vp/virtio/mmio_transport.h ./usr/include/virtio_vp/virtio/blk.h \
         ./usr/include/virtio_vp/bus/initiator_port.h ./usr/include/virtio_vp/host/block_file.h \
         ./usr/lib/libvp_virtio.a ./usr/lib/libvp_bus.a ./usr/lib/libvp_host.a \
         ./usr/lib/cmake/VirtioVP/VirtioVPConfig.cmake ./usr/lib/cmake/VirtioVP/VirtioVPConfigVersion.cmake \
         ./usr/lib/cmake/VirtioVP/VirtioVPTargets.cmake ./usr/lib/pkgconfig/virtio-vp.pc \
         ./usr/bin/virt64 ./usr/share/doc/virtio-vp/models/virtio-mmio.md; do
    grep -qx "$f" "$SCRATCH/contents.txt" || fail "$f is not in the package"
done

[ "$(dpkg-deb -f "$deb" Package)" = virtio-vp ] || fail "Package field"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for d in libsystemc-dev pkg-config libc6 libstdc++6; do
    echo "$depends" | grep -q "\\b$d\\b" || fail "Depends lacks $d"
done
echo "deb_test: ok"
