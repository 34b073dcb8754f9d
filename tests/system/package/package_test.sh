#!/bin/sh
# Installs the package into a scratch prefix, builds examples/blk_traffic from
# that prefix only and runs it (it checks its disk image's bytes itself).
#   package_test.sh SOURCE_DIR BUILD_DIR SCRATCH_DIR
set -eu
SRC=$1 BUILD=$2 SCRATCH=$3
PREFIX=$SCRATCH/prefix
export SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1

fail() { echo "package_test: FAIL: $*" >&2; exit 1; }

rm -rf "$SCRATCH"
mkdir -p "$SCRATCH"
cmake --install "$BUILD" --prefix "$PREFIX" > "$SCRATCH/install.log" ||
    { cat "$SCRATCH/install.log"; fail "cmake --install"; }

# The layout users rely on.
for f in include/virtio_vp/virtio/mmio_transport.h include/virtio_vp/virtio/blk.h \
         include/virtio_vp/bus/initiator_port.h include/virtio_vp/memory/memory.h \
         include/virtio_vp/host/block_file.h lib/libvp_virtio.a lib/libvp_bus.a \
         lib/cmake/VirtioVP/VirtioVPConfig.cmake lib/cmake/VirtioVP/VirtioVPConfigVersion.cmake \
         lib/cmake/VirtioVP/VirtioVPTargets.cmake lib/pkgconfig/virtio-vp.pc bin/virt64 \
         share/doc/virtio-vp/models/virtio-mmio.md; do
    [ -s "$PREFIX/$f" ] || fail "not installed: $f"
done
[ -x "$PREFIX/bin/virt64" ] || fail "bin/virt64 is not executable"
[ -z "$(find "$PREFIX/include" -name '*_impl.h')" ] || fail "a private *_impl.h header was installed"

# Every quoted #include of an installed header names an installed header.
missing=$(cd "$PREFIX/include/virtio_vp" &&
          grep -ho '^#include "[^"]*"' $(find . -name '*.h') | sed 's/#include "\(.*\)"/\1/' |
          sort -u | while read -r h; do [ -f "$h" ] || echo "$h"; done)
[ -z "$missing" ] || fail "installed headers include headers that are not installed: $missing"

# The integration snippet in the datasheet is the example's code, verbatim.
python3 - "$SRC/examples/blk_traffic/sc_main.cpp" "$SRC/docs/models/virtio-mmio.md" <<'PY' ||
import sys, textwrap
src = open(sys.argv[1]).read().splitlines()
begin = next(i for i, l in enumerate(src) if "[integration snippet" in l)
end = next(i for i, l in enumerate(src) if "[end of integration snippet]" in l)
snippet = textwrap.dedent("\n".join(src[begin + 1:end]))
doc = open(sys.argv[2]).read()
if snippet not in doc:
    sys.exit("docs/models/virtio-mmio.md does not quote the example's integration snippet:\n" + snippet)
PY
    fail "doc snippet out of sync"

# Build the example against the prefix only: a fresh CMake project that knows
# nothing of the source tree but CMAKE_PREFIX_PATH.
launcher=""
if command -v ccache >/dev/null 2>&1; then launcher=-DCMAKE_CXX_COMPILER_LAUNCHER=ccache; fi
cp -r "$SRC/examples/blk_traffic" "$SCRATCH/src"
cmake -S "$SCRATCH/src" -B "$SCRATCH/build" -DCMAKE_PREFIX_PATH="$PREFIX" \
      -DCMAKE_EXPORT_COMPILE_COMMANDS=ON $launcher > "$SCRATCH/configure.log" 2>&1 ||
    { cat "$SCRATCH/configure.log"; fail "configuring the example"; }
grep -q "^VirtioVP_DIR:PATH=$PREFIX/lib/cmake/VirtioVP\$" "$SCRATCH/build/CMakeCache.txt" ||
    fail "the example did not find VirtioVP in the scratch prefix"
cmake --build "$SCRATCH/build" > "$SCRATCH/build.log" 2>&1 ||
    { cat "$SCRATCH/build.log"; fail "building the example"; }
! grep -q -e "$SRC/models" -e "$SRC/examples" "$SCRATCH/build/compile_commands.json" ||
    fail "the example's compile commands name the source tree"
if grep -q -i 'warning' "$SCRATCH/build.log"; then cat "$SCRATCH/build.log"; fail "warnings building the example"; fi

(cd "$SCRATCH" && ./build/blk_traffic "$SCRATCH/disk.img") > "$SCRATCH/run.log" 2>&1 ||
    { cat "$SCRATCH/run.log"; fail "blk_traffic exited with $?"; }
cat "$SCRATCH/run.log"
grep -q '^blk_traffic: passed (0 failed)' "$SCRATCH/run.log" || fail "blk_traffic did not pass"

# pkg-config users: the same example from virtio-vp.pc alone.
export PKG_CONFIG_PATH="$PREFIX/lib/pkgconfig"
[ "$(pkg-config --modversion virtio-vp)" = 0.1.0 ] || fail "pkg-config --modversion virtio-vp"
${CXX:-c++} -std=c++17 -Wall -Wextra -o "$SCRATCH/blk_traffic_pc" "$SCRATCH/src/sc_main.cpp" \
    $(pkg-config --cflags --libs virtio-vp) || fail "building the example with pkg-config"
(cd "$SCRATCH" && ./blk_traffic_pc "$SCRATCH/disk_pc.img") > "$SCRATCH/run_pc.log" 2>&1 ||
    { cat "$SCRATCH/run_pc.log"; fail "blk_traffic (pkg-config build) failed"; }
cmp -s "$SCRATCH/disk.img" "$SCRATCH/disk_pc.img" || fail "the two builds left different images"
echo "package_test: ok"
