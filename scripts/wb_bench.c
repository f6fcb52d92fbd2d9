// SPDX-License-Identifier: GPL-2.0
/*
 * wb_bench: what writeback of pinned file pages costs, for make bench.
 * Runs in the test VM as root: makes ext4 on /dev/ram1, and prints one line
 * per measurement:
 *
 *   ## wb NAME ms MILLISECONDS kib KIB
 *
 * where KIB is what writeback completed during the measured call (the
 * nr_written count of /proc/vmstat).
 *
 *   fsync_dirty_64m   fsync() of a 64 MiB file just rewritten with write():
 *                     the cost of writeback with nothing pinned
 *   pinned_idle       fsync() of a file whose 16 MiB are pinned, nothing
 *                     written since the last fsync()
 *   pinned_1page      the same after the device wrote one page
 *   unpinned_idle     the same 16 MiB, not pinned, nothing written
 *   unpinned_1page    the same after the CPU wrote one page
 *
 * Timings under QEMU TCG mean something only as ratios within one run.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include "gup_test.h"

#define BENCH_NAME "wb_bench"
#include "bench_util.h"

#define DEV	"/dev/ram1"
#define MNT	"/tmp/wb_bench"
#define MIB	(1024 * 1024)

static int reps = 5;

/*
 * KiB whose writeback completed so far: nr_written of /proc/vmstat, folded
 * first (the bdi's BdiWritten is approximate by a few pages).  Nothing else
 * writes page cache in the VM meanwhile.
 */
static unsigned long long kib_written(void)
{
	return vmstat("nr_written") * (sysconf(_SC_PAGESIZE) / 1024);
}

/* fsync() @fd, print the time it took and what writeback completed. */
static void measure(const char *name, int fd)
{
	unsigned long long kib = kib_written();
	double t = now_ms();

	if (fsync(fd))
		die("fsync");
	t = now_ms() - t;
	printf("## wb %s ms %.3f kib %llu\n", name, t, kib_written() - kib);
}

static int make_file(const char *name, size_t size)
{
	char *buf = malloc(MIB);
	size_t off;
	int fd;

	fd = open(name, O_RDWR | O_CREAT | O_TRUNC, 0644);
	if (fd < 0 || !buf)
		die(name);
	memset(buf, 0x5a, MIB);
	for (off = 0; off < size; off += MIB)
		if (pwrite(fd, buf, MIB, off) != MIB)
			die("write");
	if (fsync(fd))
		die("fsync");
	free(buf);
	return fd;
}

static void bench_unpinned_large(void)
{
	const size_t size = 64 * MIB;
	char *buf = malloc(MIB);
	int fd = make_file(MNT "/large", size);
	size_t off;
	int r;

	if (!buf)
		die("malloc");
	for (r = 0; r < reps; r++) {
		memset(buf, r, MIB);
		for (off = 0; off < size; off += MIB)
			if (pwrite(fd, buf, MIB, off) != MIB)
				die("write");
		measure("fsync_dirty_64m", fd);
	}
	close(fd);
	unlink(MNT "/large");
	free(buf);
}

static void bench_region(int pinned)
{
	const size_t size = 16 * MIB;
	struct pin_longterm_test pin = { .size = size,
		.flags = PIN_LONGTERM_TEST_FLAG_USE_WRITE };
	struct pin_longterm_write wr = { .size = 4096 };
	char page[4096];
	int fd = make_file(MNT "/region", size), gup = -1, r;
	char *map;

	map = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (map == MAP_FAILED)
		die("mmap");
	memset(map, 1, size);
	if (fsync(fd))
		die("fsync");
	if (pinned) {
		gup = open("/sys/kernel/debug/gup_test", O_RDWR);
		pin.addr = (uintptr_t)map;
		if (gup < 0 || ioctl(gup, PIN_LONGTERM_TEST_START, &pin))
			die("PIN_LONGTERM_TEST_START");
		if (fsync(fd))
			die("fsync");
	}
	for (r = 0; r < reps; r++)
		measure(pinned ? "pinned_idle" : "unpinned_idle", fd);
	for (r = 0; r < reps; r++) {
		memset(page, r + 2, sizeof(page));
		if (pinned) {
			wr.buf = (uintptr_t)page;
			if (ioctl(gup, PIN_LONGTERM_TEST_WRITE, &wr))
				die("PIN_LONGTERM_TEST_WRITE");
		} else {
			memcpy(map, page, sizeof(page));
		}
		measure(pinned ? "pinned_1page" : "unpinned_1page", fd);
	}
	if (gup >= 0)
		close(gup);
	munmap(map, size);
	close(fd);
	unlink(MNT "/region");
}

int main(int argc, char **argv)
{
	if (argc > 1)
		reps = atoi(argv[1]);
	mkdir(MNT, 0755);
	if (system("mkfs.ext4 -q -F " DEV " 2>/dev/null"))
		die("mkfs.ext4");
	if (mount(DEV, MNT, "ext4", 0, "noinit_itable"))
		die("mount");
	bench_unpinned_large();
	bench_region(0);
	bench_region(1);
	umount(MNT);
	return 0;
}
