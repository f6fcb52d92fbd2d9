// SPDX-License-Identifier: GPL-2.0
/*
 * map_bench: what migration and NUMA balancing cost on pinned pages, for
 * make bench.  Runs in the test VM (numa=fake=2) as root and prints one line
 * per measurement:
 *
 *   ## map NAME VALUE UNIT
 *
 *   move_ms          move_pages() of a 64 MiB MAP_SHARED anonymous range,
 *                    its first half pinned, to the other node: ms per call
 *   move_fail        pgmigrate_fail events per call
 *   move_refused     pinned_migrate_refused events per call (series only)
 *   numa_pte_updates numa_pte_updates per NUMA scan of a 16 MiB pinned
 *                    MAP_SHARED range that the task keeps touching
 *   numa_hint_faults numa_hint_faults per scan of that range
 *
 * A NUMA scan is one step of the task's numa_scan_seq (/proc/self/sched);
 * only the measured range is scanned (task policy MPOL_LOCAL, range
 * MPOL_BIND | MPOL_F_NUMA_BALANCING).  Timings under QEMU TCG mean
 * something only as ratios within one run.
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
#include <sys/syscall.h>
#include "gup_test.h"

#define BENCH_NAME "map_bench"
#include "bench_util.h"

#define MIB			(1024 * 1024)
#define MPOL_BIND		2
#define MPOL_LOCAL		4
#define MPOL_F_NUMA_BALANCING	(1 << 13)
#define MPOL_MF_MOVE		(1 << 1)
#define NUMA_DEBUGFS		"/sys/kernel/debug/sched/numa_balancing/"

static int reps = 5;
static long pagesize;

static void write_file(const char *path, const char *val)
{
	int fd = open(path, O_WRONLY);

	if (fd < 0 || write(fd, val, strlen(val)) != (ssize_t)strlen(val))
		die(path);
	close(fd);
}

static char *map_shared(size_t len)
{
	char *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
		       MAP_SHARED | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		die("mmap");
	memset(p, 1, len);
	return p;
}

static int pin(char *p, size_t len)
{
	struct pin_longterm_test args = {
		.addr = (uintptr_t)p,
		.size = len,
		.flags = PIN_LONGTERM_TEST_FLAG_USE_WRITE,
	};
	int fd = open("/sys/kernel/debug/gup_test", O_RDWR);

	if (fd < 0 || ioctl(fd, PIN_LONGTERM_TEST_START, &args))
		die("PIN_LONGTERM_TEST_START");
	return fd;
}

static void bench_move(void)
{
	size_t len = 64 * MIB, n = len / pagesize, i;
	void **pages = calloc(n, sizeof(*pages));
	int *nodes = calloc(n, sizeof(*nodes)), *status = calloc(n, sizeof(*status));
	char *p = map_shared(len);
	long long fail, refused;
	double t = 0;
	int fd, r;

	if (!pages || !nodes || !status)
		die("calloc");
	fd = pin(p, len / 2);
	for (i = 0; i < n; i++)
		pages[i] = p + i * pagesize;
	fail = vmstat("pgmigrate_fail");
	refused = vmstat("pinned_migrate_refused");
	for (r = 0; r < reps; r++) {
		double t0;

		/* The unpinned half moves to and fro. */
		for (i = 0; i < n; i++)
			nodes[i] = (r + 1) % 2;
		t0 = now_ms();
		if (syscall(SYS_move_pages, 0, n, pages, nodes, status, MPOL_MF_MOVE) < 0)
			die("move_pages");
		t += now_ms() - t0;
	}
	printf("## map move_ms %.1f ms\n", t / reps);
	printf("## map move_fail %.0f pages\n",
	       (double)(vmstat("pgmigrate_fail") - fail) / reps);
	printf("## map move_refused %.0f pages\n",
	       (double)(vmstat("pinned_migrate_refused") - refused) / reps);
	close(fd);
	munmap(p, len);
	free(pages);
	free(nodes);
	free(status);
}

static long scan_seq(void)
{
	char line[256];
	long seq = -1;
	FILE *f = fopen("/proc/self/sched", "r");

	if (!f)
		die("/proc/self/sched");
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, "mm->numa_scan_seq", 17))
			seq = strtol(strchr(line, ':') + 1, NULL, 10);
	fclose(f);
	return seq;
}

static void bench_numa(void)
{
	size_t len = 16 * MIB, i;
	unsigned long both = 3;
	long long upd, hint;
	long seq;
	double end;
	char *p;
	int fd;

	write_file("/proc/sys/kernel/numa_balancing", "1");
	write_file(NUMA_DEBUGFS "scan_period_min_ms", "100");
	write_file(NUMA_DEBUGFS "scan_period_max_ms", "200");
	if (syscall(SYS_set_mempolicy, MPOL_LOCAL, NULL, 0))
		die("set_mempolicy");
	p = map_shared(len);
	if (syscall(SYS_mbind, p, len, MPOL_BIND | MPOL_F_NUMA_BALANCING, &both, 64, 0))
		die("mbind");
	fd = pin(p, len);
	upd = vmstat("numa_pte_updates");
	hint = vmstat("numa_hint_faults");
	seq = scan_seq();
	end = now_ms() + 3000;
	while (now_ms() < end)
		for (i = 0; i < len; i += pagesize)
			(void)*(volatile char *)(p + i);
	seq = scan_seq() - seq;
	if (seq <= 0)
		seq = 1;
	printf("## map numa_pte_updates %.0f per_scan\n",
	       (double)(vmstat("numa_pte_updates") - upd) / seq);
	printf("## map numa_hint_faults %.0f per_scan\n",
	       (double)(vmstat("numa_hint_faults") - hint) / seq);
	printf("## map numa_scans %ld scans\n", seq);
	close(fd);
	munmap(p, len);
}

int main(int argc, char **argv)
{
	if (argc > 1)
		reps = atoi(argv[1]);
	pagesize = sysconf(_SC_PAGESIZE);
	setvbuf(stdout, NULL, _IOLBF, 0);
	bench_move();
	bench_numa();
	return 0;
}
