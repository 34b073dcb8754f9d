#!/bin/bash
# Linux -smp boot timing (docs/benchmarks.md "Several cores"): our kernel (NR_CPUS=8), the init's mq mode (a writer per CPU on a
# 4-queue virtio-blk), virt64 and QEMU alternately, 3 runs each.
set -u
cd "$(dirname "$0")/.."
K=$(sw/linux/build-kernel.sh); I=$(sw/guest/build-initramfs.sh)
V=${BUILD_DIR:-build}/platforms/virt64/virt64; Q=qemu-system-aarch64
W=$(mktemp -d)
export SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for cfg in "1 " "4 maxcpus=1" "4 "; do
  set -- $cfg; n=$1; extra=${2:-}
  for run in 1 2 3; do
    for e in virt64 qemu; do
      bin=$V; [ $e = qemu ] && bin=$Q
      head -c 16777216 /dev/zero > $W/d.img
      /usr/bin/time -f "%U %S %e" -o $W/time $bin -M virt -cpu cortex-a53 -m 512M -nographic -nic none -smp $n \
        -kernel $K -initrd $I -append "console=ttyAMA0 virt64.test=mq $extra" \
        -drive file=$W/d.img,if=none,format=raw,id=hd0 -device virtio-blk-device,drive=hd0,serial=virt64-test,num-queues=4 \
        -device virtio-rng-device -device virtio-serial-device -device virtconsole,chardev=c0 -chardev file,id=c0,path=$W/hvc0 > $W/out 2>&1 < /dev/null
      read -r u s w < $W/time
      online=$(tr -d '\r' < $W/out | grep -o 'cpus online [0-9-]*' | head -1)
      ok=$(tr -d '\r' < $W/out | grep -c 'all checks done')
      echo "$e -smp $n $extra run $run: cpu $(echo "$u + $s" | bc) s, wall $w s, $online, done=$ok"
    done
  done
done
rm -rf $W
