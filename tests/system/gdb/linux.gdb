# gdb-multiarch script of system/gdb/linux-session (gdb_test.py replaces
# @PORT@). The kernel (vmlinux, symbols without DWARF) boots on virt64 -S.
set pagination off
set confirm off
target remote :@PORT@
# virtio_mmio_probe registers each virtio device: x0 is the struct virtio_device.
break register_virtio_device
continue
bt 2
info registers x0
delete
# A debug read of the first device's register window (slot 31, virtio-blk):
# magic "virt", version 2, device ID 2. It changes nothing in the device.
monitor phys on
x/4wx 0x0a003e00
monitor phys off
# A watchpoint on a kernel variable: system_state becomes SYSTEM_RUNNING (2)
# when init is about to start.
watch *(int *)&system_state
continue
delete
# By now every driver has its rings: the driver's view of the transports.
monitor info virtio
detach
