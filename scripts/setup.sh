#!/bin/sh
# Installs every Debian 12 package the project needs. Idempotent: packages
# already present are left alone. Needs root (or sudo).
set -eu

PACKAGES="
  build-essential cmake pkg-config ninja-build python3
  libsystemc-dev libboost-dev libboost-program-options-dev catch2
  libfdt-dev device-tree-compiler
  gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu
  qemu-system-arm qemu-user
  linux-source-6.1 xz-utils make bc bison flex
  clang libclang-rt-14-dev
  e2fsprogs openssl zlib1g-dev
  file dpkg-dev
  gdb-multiarch
  python3-matplotlib
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "setup: all packages present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi

echo "setup: installing:$missing"
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $missing
