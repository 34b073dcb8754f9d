/*
 * virt64-guest: /init of the test initramfs. Exercises each virtio-mmio device
 * of the virt64 platform once (blk read+write, rng, console), prints one line
 * per check on the kernel console and powers the machine off (PSCI SYSTEM_OFF).
 * Built against the kernel's nolibc with -mgeneral-regs-only: it never touches
 * an FP/SIMD register, so it runs on an integer-only ARMv8.0 core.
 */

/* nolibc.h is force-included by build-initramfs.sh (-include nolibc.h). */

#ifndef O_DIRECT
#define O_DIRECT 0x10000 /* arm64 value (arch/arm64/include/uapi/asm/fcntl.h) */
#endif

#include <linux/if_packet.h>
#include <linux/sockios.h>

#define TAG "virt64-guest: "
#define SECTOR 512

static int failures;

static void ok(const char *what)
{
	printf(TAG "ok: %s\n", what);
}

static void fail(const char *what, int err)
{
	printf(TAG "FAIL: %s (errno %d)\n", what, err);
	failures++;
}

/* Reads a small sysfs/proc text file into buf, without the trailing newline. */
static int read_text(const char *path, char *buf, int size)
{
	int fd = open(path, O_RDONLY);
	int n;

	if (fd < 0)
		return -1;
	n = read(fd, buf, size - 1);
	close(fd);
	if (n < 0)
		return -1;
	while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == ' '))
		n--;
	buf[n] = 0;
	return n;
}

static int read_full(int fd, void *buf, int len)
{
	int done = 0;

	while (done < len) {
		int n = read(fd, (char *)buf + done, len - done);
		if (n <= 0)
			return done ? done : n;
		done += n;
	}
	return done;
}

static void print_hex(const char *label, const unsigned char *p, int len)
{
	static const char digits[] = "0123456789abcdef";
	char line[3 * 64 + 1];
	int i;

	for (i = 0; i < len && i < 64; i++) {
		line[3 * i] = digits[p[i] >> 4];
		line[3 * i + 1] = digits[p[i] & 15];
		line[3 * i + 2] = ' ';
	}
	line[i ? 3 * i - 1 : 0] = 0;
	printf(TAG "%s: %s\n", label, line);
}

/* Mounts a pseudo filesystem; returns 0 or the errno. EBUSY (already mounted)
 * counts as success. */
static int mount_fs(const char *type, const char *dir)
{
	mkdir(dir, 0755); /* EEXIST is fine */
	if (mount(type, dir, type, 0, 0) == 0 || errno == EBUSY)
		return 0;
	return errno;
}

static void report_mount(const char *dir, int err)
{
	char what[64];

	strlcpy(what, "mount ", sizeof(what));
	strlcat(what, dir, sizeof(what));
	if (err == 0)
		ok(what);
	else
		fail(what, err);
}

/* stdin/out/err come from /dev/console in the initramfs; if the kernel could
 * not open it, take it from devtmpfs instead. */
static void ensure_console(void)
{
	int fd;

	if (write(1, "", 0) == 0)
		return;
	fd = open("/dev/console", O_RDWR | O_NOCTTY);
	if (fd < 0)
		return;
	dup2(fd, 0);
	dup2(fd, 1);
	dup2(fd, 2);
	if (fd > 2)
		close(fd);
}

/* Parses "0x0002" as found in /sys/bus/virtio/devices/<dev>/device. */
static long parse_hex(const char *s)
{
	long v = 0;

	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
		s += 2;
	for (; *s; s++) {
		int c = *s | 0x20;
		if (c >= '0' && c <= '9')
			v = v * 16 + (c - '0');
		else if (c >= 'a' && c <= 'f')
			v = v * 16 + (c - 'a' + 10);
		else
			return -1;
	}
	return v;
}

static const char *virtio_name(long id)
{
	switch (id) {
	case 1: return "net";
	case 2: return "blk";
	case 3: return "console";
	case 4: return "rng";
	case 5: return "balloon";
	case 9: return "9p";
	case 16: return "gpu";
	case 18: return "input";
	case 19: return "vsock";
	default: return "?";
	}
}

static void list_virtio(void)
{
	static const char dir[] = "/sys/bus/virtio/devices";
	char entries[1024];
	int fd, n, count = 0;

	fd = open(dir, O_RDONLY | O_DIRECTORY);
	if (fd < 0) {
		fail("open /sys/bus/virtio/devices", errno);
		return;
	}
	while ((n = getdents64(fd, (struct linux_dirent64 *)entries, sizeof(entries))) > 0) {
		int pos = 0;

		while (pos < n) {
			struct linux_dirent64 *d = (struct linux_dirent64 *)(entries + pos);
			char path[128], id[16], driver[64];
			long len;

			pos += d->d_reclen;
			if (d->d_name[0] == '.')
				continue;

			strlcpy(path, dir, sizeof(path));
			strlcat(path, "/", sizeof(path));
			strlcat(path, d->d_name, sizeof(path));
			strlcat(path, "/device", sizeof(path));
			if (read_text(path, id, sizeof(id)) < 0)
				strlcpy(id, "?", sizeof(id));

			path[strlen(path) - strlen("device")] = 0;
			strlcat(path, "driver", sizeof(path));
			len = my_syscall4(__NR_readlinkat, AT_FDCWD, path, driver, sizeof(driver) - 1);
			if (len < 0)
				strlcpy(driver, "(none)", sizeof(driver));
			else {
				driver[len] = 0;
				/* keep the last path component */
				char *slash = strrchr(driver, '/');
				if (slash)
					memmove(driver, slash + 1, strlen(slash));
			}
			printf(TAG "%s: device id %s (%s), driver %s\n", d->d_name, id,
			       virtio_name(parse_hex(id)), driver);
			count++;
		}
	}
	close(fd);
	printf(TAG "%d virtio devices\n", count);
	if (count == 0)
		fail("no virtio devices found", 0);
}

/* Sector 1 gets this 16-byte string 32 times; check on the host with
 *   dd if=disk.img bs=512 skip=1 count=1 status=none | head -c 16 */
static const char sector1_unit[] = "VIRT64-SECTOR-1!";

static void check_block(void)
{
	static unsigned char sector[SECTOR];
	static unsigned char aligned[2 * SECTOR]; /* O_DIRECT needs 512-byte alignment */
	unsigned char *readback;
	int fd, i;

	fd = open("/dev/vda", O_RDWR);
	if (fd < 0) {
		fail("open /dev/vda", errno);
		return;
	}

	if (read_full(fd, sector, 16) == 16) {
		print_hex("vda sector 0 [0..15]", sector, 16);
		ok("read /dev/vda sector 0");
	} else {
		fail("read /dev/vda sector 0", errno);
	}

	for (i = 0; i < SECTOR; i++)
		sector[i] = sector1_unit[i % 16];
	if (lseek(fd, SECTOR, SEEK_SET) != SECTOR || write(fd, sector, SECTOR) != SECTOR)
		fail("write /dev/vda sector 1", errno);
	else if (fsync(fd) != 0)
		fail("fsync /dev/vda", errno);
	else
		ok("write /dev/vda sector 1 + fsync");
	close(fd);

	/* Read sector 1 back past the page cache, from the device itself. */
	readback = (unsigned char *)(((unsigned long)aligned + SECTOR - 1) & ~(unsigned long)(SECTOR - 1));
	fd = open("/dev/vda", O_RDONLY | O_DIRECT);
	if (fd < 0) {
		fail("open /dev/vda O_DIRECT", errno);
		return;
	}
	if (lseek(fd, SECTOR, SEEK_SET) != SECTOR || read(fd, readback, SECTOR) != SECTOR)
		fail("O_DIRECT read /dev/vda sector 1", errno);
	else if (memcmp(readback, sector, SECTOR) != 0)
		fail("sector 1 read back differs from what was written", 0);
	else
		ok("sector 1 read back from the device matches");
	close(fd);
}

/* virt64.test=mq (tests/system/linux_smp.sh, -smp N with a multi-queue
 * virtio-blk): how many hardware queues blk-mq uses for vda, then one writer
 * process pinned to each CPU writes MQ_SECTORS interleaved sectors from
 * MQ_BASE on (writer c owns sectors MQ_BASE/512 + i*N + c), flushing every 8,
 * and reads them back past the page cache. The host checks the image. */
#define MQ_BASE (1l << 20)
#define MQ_SECTORS 64

static int mq_cpus(void)
{
	char online[64];
	int n = read_text("/sys/devices/system/cpu/online", online, sizeof(online));
	int last = 0, i;

	for (i = 0; i < n; i++) /* "0" or "0-<last>" */
		last = (online[i] >= '0' && online[i] <= '9') ? last * 10 + online[i] - '0' : 0;
	return n > 0 ? last + 1 : 1;
}

static void mq_unit(char *unit, int cpu, int i)
{
	memcpy(unit, "MQ0-0000-virt64!", 16);
	unit[2] = '0' + cpu;
	unit[4] = '0' + i / 1000 % 10;
	unit[5] = '0' + i / 100 % 10;
	unit[6] = '0' + i / 10 % 10;
	unit[7] = '0' + i % 10;
}

static int mq_writer(int cpu, int ncpu)
{
	unsigned long mask = 1ul << cpu;
	static unsigned char aligned[2 * SECTOR];
	unsigned char *buf = (unsigned char *)(((unsigned long)aligned + SECTOR - 1) & ~(unsigned long)(SECTOR - 1));
	char unit[16];
	int fd, i, j;

	if (my_syscall3(__NR_sched_setaffinity, 0, sizeof(mask), &mask) != 0)
		return 2;
	fd = open("/dev/vda", O_RDWR | O_DIRECT);
	if (fd < 0)
		return 3;
	for (i = 0; i < MQ_SECTORS; i++) {
		const off_t at = MQ_BASE + (off_t)(i * ncpu + cpu) * SECTOR;

		mq_unit(unit, cpu, i);
		for (j = 0; j < SECTOR; j++)
			buf[j] = unit[j % 16];
		if (lseek(fd, at, SEEK_SET) != at || write(fd, buf, SECTOR) != SECTOR)
			return 4;
		if (i % 8 == 7 && fsync(fd) != 0)
			return 5;
	}
	for (i = 0; i < MQ_SECTORS; i++) {
		const off_t at = MQ_BASE + (off_t)(i * ncpu + cpu) * SECTOR;

		mq_unit(unit, cpu, i);
		if (lseek(fd, at, SEEK_SET) != at || read(fd, buf, SECTOR) != SECTOR)
			return 6;
		for (j = 0; j < SECTOR; j++)
			if (buf[j] != (unsigned char)unit[j % 16])
				return 7;
	}
	close(fd);
	return 0;
}

static void check_mq(void)
{
	char path[32] = "/sys/block/vda/mq/0/cpu_list";
	char text[64];
	int queues = 0, ncpu = mq_cpus(), c, bad = 0;

	for (queues = 0; queues < 10; queues++) {
		path[18] = '0' + queues;
		if (read_text(path, text, sizeof(text)) < 0)
			break;
	}
	printf(TAG "blk-mq: %d hardware queues for %d cpus\n", queues, ncpu);
	for (c = 0; c < ncpu; c++) {
		pid_t pid = fork();

		if (pid == 0)
			exit(mq_writer(c, ncpu));
		if (pid < 0)
			bad++;
	}
	for (c = 0; c < ncpu; c++) {
		int status = 0;

		if (wait(&status) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
			printf(TAG "mq writer failed (status 0x%x)\n", status);
			bad++;
		}
	}
	if (bad)
		fail("per-cpu writers on the multi-queue disk", 0);
	else
		printf(TAG "ok: %d writers (one per cpu) wrote, flushed and read back %d sectors each\n",
		       ncpu, MQ_SECTORS);
}

/* True if the kernel command line holds `word` (a test mode such as
 * virt64.test=eio: the kernel leaves dotted parameters it does not know to
 * /proc/cmdline and does not pass them to init). nolibc has no strstr. */
static int cmdline_has(const char *word)
{
	char buf[1024];
	int n = read_text("/proc/cmdline", buf, sizeof(buf));
	int len = strlen(word);
	int i;

	for (i = 0; n > 0 && i + len <= n; i++)
		if (memcmp(buf + i, word, len) == 0 && (i + len == n || buf[i + len] == ' '))
			return 1;
	return 0;
}

/* One 512-byte sector of `unit` (16 bytes) repeated, 512-byte aligned for O_DIRECT. */
static unsigned char *direct_sector(const char *unit)
{
	static unsigned char aligned[2 * SECTOR];
	unsigned char *p = (unsigned char *)(((unsigned long)aligned + SECTOR - 1) & ~(unsigned long)(SECTOR - 1));
	int i;

	for (i = 0; i < SECTOR; i++)
		p[i] = unit[i % 16];
	return p;
}

#define EIO_LIMIT_OFFSET (12l << 20) /* above the host's 8 MiB file-size limit */

/* virt64.test=eio (tests/system/linux_eio.sh): the host runs virt64 with a
 * file-size limit (RLIMIT_FSIZE) of 8 MiB on a 16 MiB disk image, so a host
 * write at 12 MiB fails (EFBIG), as on a full file system. The guest must see
 * EIO for that write, while writes below the limit, flushed before and after,
 * succeed: the device keeps working and nothing flushed is lost. */
static void check_eio(void)
{
	unsigned char *buf;
	int fd = open("/dev/vda", O_RDWR | O_DIRECT);
	long n;

	if (fd < 0) {
		fail("open /dev/vda O_DIRECT", errno);
		return;
	}
	buf = direct_sector("FLUSHED-BEFORE!!");
	if (lseek(fd, SECTOR, SEEK_SET) != SECTOR || write(fd, buf, SECTOR) != SECTOR || fsync(fd) != 0)
		fail("write + fsync sector 1 below the host limit", errno);
	else
		ok("write + fsync sector 1 below the host limit");

	buf = direct_sector("PAST-THE-LIMIT!!");
	errno = 0;
	if (lseek(fd, EIO_LIMIT_OFFSET, SEEK_SET) != EIO_LIMIT_OFFSET) {
		fail("lseek to 12 MiB", errno);
	} else {
		n = write(fd, buf, SECTOR);
		printf(TAG "write at 12 MiB (past the host limit): %ld, errno %d\n", n, n < 0 ? errno : 0);
		if (n < 0 && errno == EIO)
			ok("the write past the host limit failed with EIO");
		else
			fail("the write past the host limit did not fail with EIO", n < 0 ? errno : 0);
	}

	buf = direct_sector("WRITTEN-AFTER!!!");
	if (lseek(fd, 2 * SECTOR, SEEK_SET) != 2 * SECTOR || write(fd, buf, SECTOR) != SECTOR || fsync(fd) != 0)
		fail("write + fsync sector 2 after the error", errno);
	else
		ok("write + fsync sector 2 after the error");

	buf = direct_sector("xxxxxxxxxxxxxxxx");
	if (lseek(fd, SECTOR, SEEK_SET) != SECTOR || read(fd, buf, SECTOR) != SECTOR)
		fail("O_DIRECT read sector 1 after the error", errno);
	else if (memcmp(buf, "FLUSHED-BEFORE!!", 16) != 0 || memcmp(buf, buf + 16, SECTOR - 16) != 0)
		fail("sector 1 read back differs from what was flushed before the error", 0);
	else
		ok("sector 1 read back after the error matches");
	close(fd);
}

static void check_rng(void)
{
	unsigned char buf[16];
	int fd, n;

	fd = open("/dev/hwrng", O_RDONLY);
	if (fd < 0) {
		fail("open /dev/hwrng", errno);
		return;
	}
	n = read_full(fd, buf, sizeof(buf));
	close(fd);
	printf(TAG "hwrng: read %d bytes\n", n);
	if (n == (int)sizeof(buf))
		ok("read /dev/hwrng");
	else
		fail("read /dev/hwrng", errno);
}

static void check_console(void)
{
	static const char msg[] = "virt64-guest: hello from /dev/hvc0\n";
	int fd;

	fd = open("/dev/hvc0", O_WRONLY | O_NOCTTY);
	if (fd < 0) {
		fail("open /dev/hvc0", errno);
		return;
	}
	if (write(fd, msg, sizeof(msg) - 1) == (int)sizeof(msg) - 1)
		ok("write /dev/hvc0");
	else
		fail("write /dev/hvc0", errno);
	close(fd);
}

/* Network, only if the kernel found a NIC: one broadcast Ethernet frame with
 * a local experimental EtherType goes out on eth0 through an AF_PACKET socket,
 * and one frame with the same EtherType must come back (tests/system/net_peer.py
 * answers it on the host). nolibc has no socket calls: raw syscalls. */
#define NET_ETHERTYPE 0x88B5 /* IEEE 802 local experimental EtherType 1 */
#define NET_TIMEOUT_MS 5000  /* guest time */
#define NET_SPIN_MS 500      /* guest time spent busy first, see net_receive() */
#define ETH_HLEN_ 14
#define AF_PACKET_ 17
#define SOCK_RAW_ 3
#define IFF_UP_ 0x1

static const char net_payload[] = "virt64-guest: frame from eth0";

/* struct ifreq without libc's struct sockaddr: name + 24-byte union. */
struct net_ifreq {
	char name[16];
	union {
		short flags;
		int ifindex;
		struct {
			unsigned short family;
			unsigned char addr[14];
		} hwaddr;
		unsigned char size[24];
	} u;
};

static unsigned short net_htons(unsigned short v)
{
	return (unsigned short)((v >> 8) | (v << 8)); /* arm64 Linux is little-endian */
}

/* ioctl on eth0: the get requests start from a zeroed union, SIOCSIFFLAGS
 * sends what the caller put in it. Returns the raw syscall result. */
static long net_ifr(int fd, unsigned long req, struct net_ifreq *ifr)
{
	if (req != SIOCSIFFLAGS)
		memset(&ifr->u, 0, sizeof(ifr->u));
	memset(ifr->name, 0, sizeof(ifr->name));
	strlcpy(ifr->name, "eth0", sizeof(ifr->name));
	return my_syscall3(__NR_ioctl, fd, req, ifr);
}

/* Sends the frame; returns 0 or -1 (reported). */
static int net_send(int fd, const unsigned char *mac, int ifindex)
{
	static unsigned char frame[ETH_HLEN_ + sizeof(net_payload) - 1];
	struct sockaddr_ll to;
	long n;

	memset(frame, 0xff, 6); /* broadcast */
	memcpy(frame + 6, mac, 6);
	frame[12] = NET_ETHERTYPE >> 8;
	frame[13] = NET_ETHERTYPE & 0xff;
	memcpy(frame + ETH_HLEN_, net_payload, sizeof(net_payload) - 1);

	memset(&to, 0, sizeof(to));
	to.sll_family = AF_PACKET_;
	to.sll_protocol = net_htons(NET_ETHERTYPE);
	to.sll_ifindex = ifindex;
	to.sll_halen = 6;
	memset(to.sll_addr, 0xff, 6);
	n = my_syscall6(__NR_sendto, fd, frame, sizeof(frame), 0, &to, sizeof(to));
	if (n != (long)sizeof(frame)) {
		fail("net tx: sendto", n < 0 ? (int)-n : 0);
		return -1;
	}
	ok("net tx");
	return 0;
}

static long now_ms(void)
{
	struct timespec t;

	if (my_syscall2(__NR_clock_gettime, CLOCK_MONOTONIC, &t) < 0)
		return 0;
	return t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* Waits up to timeout_ms (guest time) for one incoming frame with our
 * EtherType (the socket also sees our own outgoing frame: skipped) and puts
 * its payload, up to the first non-printable byte, in text (short frames may
 * come padded with zeros). Returns 1 (a frame), 0 (timeout) or -1 (error,
 * reported).
 * The answer comes from a host process, in host time. A simulator skips idle
 * guest time (virt64 runs the whole 5 s idle wait in about 0.1 s of host
 * time), so the first NET_SPIN_MS are spent polling busily: that takes
 * host time in proportion on any simulator (~2 s on virt64 at 220 MIPS) and
 * ends as soon as the answer is there. */
static int net_wait_frame(int fd, long timeout_ms, char *text, int size)
{
	static unsigned char frame[1600];
	long start = now_ms(), elapsed;

	while ((elapsed = now_ms() - start) < timeout_ms) {
		struct pollfd pfd = { .fd = fd, .events = POLLIN };
		struct sockaddr_ll from;
		int fromlen = sizeof(from);
		long n;
		int i;

		if (poll(&pfd, 1, elapsed < NET_SPIN_MS ? 0 : 100) < 0) {
			fail("net rx: poll", errno);
			return -1;
		}
		if (!(pfd.revents & POLLIN))
			continue;
		n = my_syscall6(__NR_recvfrom, fd, frame, sizeof(frame), 0, &from, &fromlen);
		if (n < 0) {
			fail("net rx: recvfrom", (int)-n);
			return -1;
		}
		if (from.sll_pkttype == PACKET_OUTGOING || n < ETH_HLEN_ ||
		    frame[12] != (NET_ETHERTYPE >> 8) || frame[13] != (NET_ETHERTYPE & 0xff))
			continue;
		for (i = 0; i < n - ETH_HLEN_ && i < size - 1; i++) {
			unsigned char c = frame[ETH_HLEN_ + i];
			if (c < 0x20 || c > 0x7e)
				break;
			text[i] = c;
		}
		text[i] = 0;
		return 1;
	}
	return 0;
}

/* One frame must come within NET_TIMEOUT_MS: printed, or a failure. */
static void net_receive(int fd)
{
	char text[80];
	int r = net_wait_frame(fd, NET_TIMEOUT_MS, text, sizeof(text));

	if (r > 0)
		printf(TAG "ok: net rx \"%s\"\n", text);
	else if (r == 0)
		fail("net rx: no frame with EtherType 0x88b5 within 5 s", 0);
}

/* Brings eth0 up and binds an AF_PACKET socket for our EtherType to it.
 * Returns the socket (mac and ifindex filled in), -1 on a failure (reported)
 * or -2 without a NIC (nothing said). */
static int net_open(unsigned char *mac, int *ifindex)
{
	struct net_ifreq ifr;
	struct sockaddr_ll addr;
	int fd;
	long r;

	fd = open("/sys/class/net/eth0", O_RDONLY | O_DIRECTORY);
	if (fd < 0)
		return -2; /* no NIC: say nothing */
	close(fd);

	fd = my_syscall3(__NR_socket, AF_PACKET_, SOCK_RAW_, net_htons(NET_ETHERTYPE));
	if (fd < 0) {
		fail("net: socket(AF_PACKET, SOCK_RAW)", -fd);
		return -1;
	}
	r = net_ifr(fd, SIOCGIFFLAGS, &ifr);
	if (r < 0) {
		fail("net: SIOCGIFFLAGS eth0", (int)-r);
		goto out;
	}
	ifr.u.flags |= IFF_UP_;
	r = net_ifr(fd, SIOCSIFFLAGS, &ifr);
	if (r < 0) {
		fail("net: SIOCSIFFLAGS eth0 up", (int)-r);
		goto out;
	}
	r = net_ifr(fd, SIOCGIFHWADDR, &ifr);
	if (r < 0) {
		fail("net: SIOCGIFHWADDR eth0", (int)-r);
		goto out;
	}
	memcpy(mac, ifr.u.hwaddr.addr, 6);
	r = net_ifr(fd, SIOCGIFINDEX, &ifr);
	if (r < 0) {
		fail("net: SIOCGIFINDEX eth0", (int)-r);
		goto out;
	}
	*ifindex = ifr.u.ifindex;
	ok("net: eth0 up");

	memset(&addr, 0, sizeof(addr));
	addr.sll_family = AF_PACKET_;
	addr.sll_protocol = net_htons(NET_ETHERTYPE);
	addr.sll_ifindex = *ifindex;
	r = my_syscall3(__NR_bind, fd, &addr, sizeof(addr));
	if (r < 0) {
		fail("net: bind AF_PACKET socket to eth0", (int)-r);
		goto out;
	}
	return fd;
out:
	close(fd);
	return -1;
}

static void check_net(void)
{
	unsigned char mac[6];
	int ifindex;
	int fd = net_open(mac, &ifindex);

	if (fd < 0)
		return;
	if (net_send(fd, mac, ifindex) == 0)
		net_receive(fd);
	close(fd);
}

/* Waits (polling every 10 ms of guest time, up to timeout_ms) until
 * /sys/class/net/eth0/carrier reads `want`; returns the ms waited or -1. */
static long net_wait_carrier(char want, long timeout_ms)
{
	long start = now_ms();
	char c[8];

	do {
		if (read_text("/sys/class/net/eth0/carrier", c, sizeof(c)) > 0 && c[0] == want)
			return now_ms() - start;
		poll(NULL, 0, 10);
	} while (now_ms() - start < timeout_ms);
	return -1;
}

/* virt64.test=netflap (tests/system/linux_fault_net.sh): virt64 takes the
 * link down and up again (-device virtio-net-device,link-down-at=,link-up-at=,
 * VIRTIO_NET_F_STATUS). An exchange with the host peer first; then the
 * carrier must go down and come back, and a second exchange must work. */
static void check_net_flap(void)
{
	unsigned char mac[6];
	int ifindex;
	long ms;
	char c[8];
	int fd = net_open(mac, &ifindex);

	if (fd < 0) {
		fail("netflap: no usable eth0", 0);
		return;
	}
	if (net_send(fd, mac, ifindex) == 0)
		net_receive(fd);
	if (read_text("/sys/class/net/eth0/carrier", c, sizeof(c)) > 0 && c[0] == '1')
		ok("netflap: carrier 1 after the first exchange");
	else
		fail("netflap: carrier is not 1 after the first exchange (link went down too early?)", 0);
	ms = net_wait_carrier('0', 30000);
	if (ms < 0)
		fail("netflap: carrier did not go down within 30 s", 0);
	else
		printf(TAG "ok: netflap: carrier down (waited %ld ms)\n", ms);
	ms = net_wait_carrier('1', 30000);
	if (ms < 0)
		fail("netflap: carrier did not come back within 30 s", 0);
	else
		printf(TAG "ok: netflap: carrier up again (waited %ld ms)\n", ms);
	if (net_send(fd, mac, ifindex) == 0)
		net_receive(fd);
	close(fd);
}

/* virt64.test=netirq (tests/system/linux_fault_net.sh): virt64 drops the
 * interrupt of the second received frame (-device virtio-net-device,
 * irq-drop-request=2,irq-drop-queue=0). Exchange 1 works; in exchange 2 the
 * answer sits in the used ring unannounced, so the receive times out and
 * says so; exchange 3's transmit interrupt makes the driver look at every
 * queue of the device, so the late answer 2 and then answer 3 arrive. */
#define NETIRQ_TIMEOUT_MS 2000
static void check_net_irq(void)
{
	unsigned char mac[6];
	char text[80];
	int ifindex, r, i;
	int fd = net_open(mac, &ifindex);

	if (fd < 0) {
		fail("netirq: no usable eth0", 0);
		return;
	}
	if (net_send(fd, mac, ifindex) == 0)
		net_receive(fd);
	if (net_send(fd, mac, ifindex) == 0) {
		r = net_wait_frame(fd, NETIRQ_TIMEOUT_MS, text, sizeof(text));
		if (r == 0)
			printf(TAG "ok: netirq: receive timed out after %d ms\n", NETIRQ_TIMEOUT_MS);
		else if (r > 0)
			fail("netirq: a frame arrived although its interrupt was to be dropped", 0);
	}
	if (net_send(fd, mac, ifindex) == 0) {
		for (i = 0; i < 2; i++) {
			r = net_wait_frame(fd, NET_TIMEOUT_MS, text, sizeof(text));
			if (r > 0)
				printf(TAG "ok: netirq: net rx \"%s\"\n", text);
			else if (r == 0)
				fail("netirq: no frame after the next exchange", 0);
		}
	}
	close(fd);
}

/* Timing fidelity (tests/system/blk_fidelity.sh, docs/benchmarks.md): with
 * "vp.fidelity" on the kernel command line init only times FID_COUNT O_DIRECT
 * reads, then writes, of 4 KiB and of 64 KiB at successive offsets of
 * /dev/vda with clock_gettime, prints the mean per request and powers off.
 * The host compares runs whose disks have different service times. */
#define FID_COUNT 64
static unsigned char fid_buf[65536] __attribute__((aligned(4096)));

/* nolibc has no strstr. */
static int contains(const char *text, const char *word)
{
	int n = strlen(word), left = strlen(text);

	for (; left >= n; text++, left--)
		if (memcmp(text, word, n) == 0)
			return 1;
	return 0;
}

static long long now_ns(void)
{
	struct timespec t;

	if (my_syscall2(__NR_clock_gettime, CLOCK_MONOTONIC, &t) < 0)
		return 0;
	return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static void fidelity(void)
{
	static const int sizes[] = {4096, 65536};
	int fd = open("/dev/vda", O_RDWR | O_DIRECT);
	int s, w, i;

	if (fd < 0) {
		fail("open /dev/vda O_DIRECT", errno);
		return;
	}
	for (s = 0; s < 2; s++) {
		for (w = 0; w < 2; w++) {
			const int size = sizes[s];
			long long total = 0;

			for (i = 0; i < FID_COUNT; i++) {
				long long start;
				int n;

				if (lseek(fd, (off_t)i * size, SEEK_SET) != (off_t)i * size) {
					fail("fidelity lseek", errno);
					return;
				}
				start = now_ns();
				n = w ? write(fd, fid_buf, size) : read(fd, fid_buf, size);
				total += now_ns() - start;
				if (n != size) {
					fail(w ? "fidelity O_DIRECT write" : "fidelity O_DIRECT read", errno);
					return;
				}
			}
			printf(TAG "fidelity %s %d: %d requests, %lld ns each\n", w ? "write" : "read",
			       size, FID_COUNT, total / FID_COUNT);
		}
	}
	close(fd);
}

int main(void)
{
	char uptime[64];

	/* devtmpfs first: it may be needed for the console itself. */
	int dev_err = mount_fs("devtmpfs", "/dev");

	ensure_console();
	printf(TAG "init started\n");
	report_mount("/dev", dev_err);
	report_mount("/proc", mount_fs("proc", "/proc"));
	report_mount("/sys", mount_fs("sysfs", "/sys"));
	{
		/* The CPUs the kernel brought up (-smp N: "0-<N-1>"; one CPU: "0"). */
		char online[64];

		if (read_text("/sys/devices/system/cpu/online", online, sizeof(online)) > 0)
			printf(TAG "cpus online %s\n", online);
		else
			fail("read /sys/devices/system/cpu/online", errno);
	}

	{
		char cmdline[256];

		if (read_text("/proc/cmdline", cmdline, sizeof(cmdline)) > 0 &&
		    contains(cmdline, "vp.fidelity")) {
			fidelity();
			reboot(LINUX_REBOOT_CMD_POWER_OFF);
		}
	}

	/* virt64.test=cpus: CPU bring-up only (-smp N on a kernel without our
	 * virtio drivers built in, e.g. Debian's): the online list is the result. */
	if (!cmdline_has("virt64.test=cpus")) {
		list_virtio();
		if (cmdline_has("virt64.test=eio")) {
			check_eio();
		} else if (cmdline_has("virt64.test=netflap")) {
			check_net_flap();
		} else if (cmdline_has("virt64.test=netirq")) {
			check_net_irq();
		} else {
			check_block();
			if (cmdline_has("virt64.test=mq"))
				check_mq();
			check_rng();
			check_console();
			check_net();
		}
	}

	if (read_text("/proc/uptime", uptime, sizeof(uptime)) > 0)
		printf(TAG "uptime %s\n", uptime);

	if (failures == 0)
		printf(TAG "all checks done\n");
	else
		printf(TAG "CHECKS FAILED: %d\n", failures);

	reboot(LINUX_REBOOT_CMD_POWER_OFF);
	/* Only reached without PSCI: init must never exit (the kernel would panic). */
	printf(TAG "power off failed (errno %d), halting\n", errno);
	for (;;)
		sleep(1000);
}
