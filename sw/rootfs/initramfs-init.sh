#!/bin/busybox sh
# shellcheck shell=dash
# /init of the initramfs for Debian's stock kernel (sw/linux/debian-kernel.sh):
# loads the kernel's own virtio and ext4 modules with insmod, in dependency
# order (/lib/modules/load-order, computed on the host from each module's
# .modinfo "depends="), mounts the Debian test image from /dev/vda read-only
# and hands over to its /sbin/init (sw/rootfs/init.sh), which runs the same
# checks as with our own kernel. Only Debian's busybox-static runs here.
bb=/bin/busybox
$bb mount -t devtmpfs devtmpfs /dev
$bb mount -t proc proc /proc
$bb mount -t sysfs sysfs /sys
$bb dmesg -n 1

give_up() {
    echo "vp-initramfs: FAIL: $*"
    $bb poweroff -f
}

echo "vp-initramfs: Debian kernel $($bb uname -r)"
while read -r m; do
    $bb insmod "/lib/modules/$m.ko" || give_up "insmod $m"
    echo "vp-initramfs: insmod $m"
done </lib/modules/load-order

# virtio_blk registers the disks while it is being loaded; give udev-less
# devtmpfs a moment all the same.
i=0
while [ ! -b /dev/vda ] && [ $i -lt 50 ]; do $bb sleep 0.1; i=$((i + 1)); done
[ -b /dev/vda ] || give_up "no /dev/vda"
$bb mkdir -p /newroot
$bb mount -t ext4 -o ro /dev/vda /newroot || give_up "mount /dev/vda"
echo "vp-initramfs: switching to /dev/vda"
$bb umount /proc /sys
$bb mount --move /dev /newroot/dev
exec $bb switch_root /newroot /sbin/init
