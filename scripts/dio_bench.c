// SPDX-License-Identifier: GPL-2.0
/*
 * dio_bench: O_DIRECT throughput on a brd RAM disk, for make bench.  Runs in
 * the test VM as root and prints one line per measurement:
 *
 *   ## dio NAME VALUE UNIT
 *
 *   {read,write}_{4k,1m}      MiB/s of O_DIRECT pread()/pwrite() of 64 MiB
 *                             of /dev/ram1 in 4 KiB or 1 MiB calls, from and
 *                             into a private anonymous buffer
 *   {read,write}_{4k,1m}_pins nr_foll_pin_acquired per MiB moved (256 when
 *                             every page is pinned once, 0 on 6.1)
 *
 * brd copies with the CPU at submission, so the time is the direct I/O path
 * itself: gathering the pages, building and completing the bio, releasing.
 * Timings under QEMU TCG mean something only as ratios within one run.
 */
#define _GNU_SOURCE
#include <sys/mman.h>

#define BENCH_NAME "dio_bench"
#include "bench_util.h"

#define MIB	(1024 * 1024)
#define TOTAL	(64 * MIB)

static void run(int fd, const char *op, size_t chunk, const char *name,
		char *buf)
{
	long long pins = vmstat("nr_foll_pin_acquired");
	double t = now_ms();
	off_t off;

	for (off = 0; off < TOTAL; off += chunk) {
		ssize_t n = op[0] == 'r' ? pread(fd, buf, chunk, off) :
					   pwrite(fd, buf, chunk, off);

		if (n != (ssize_t)chunk)
			die(op);
	}
	t = now_ms() - t;
	pins = vmstat("nr_foll_pin_acquired") - pins;
	printf("## dio %s_%s %.1f MiB/s\n", op, name, TOTAL / MIB / (t / 1e3));
	printf("## dio %s_%s_pins %.1f per-MiB\n", op, name,
	       (double)pins / (TOTAL / MIB));
}

int main(int argc, char **argv)
{
	int reps = argc > 1 ? atoi(argv[1]) : 3;
	int fd = open("/dev/ram1", O_RDWR | O_DIRECT);
	char *buf;
	int r;

	if (fd < 0)
		die("/dev/ram1");
	buf = mmap(NULL, MIB, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (buf == MAP_FAILED)
		die("mmap");
	memset(buf, 0x5a, MIB);		/* no zero page: real pages to pin */
	for (r = 0; r < reps; r++) {
		run(fd, "write", 4096, "4k", buf);
		run(fd, "read", 4096, "4k", buf);
		run(fd, "write", MIB, "1m", buf);
		run(fd, "read", MIB, "1m", buf);
	}
	return 0;
}
