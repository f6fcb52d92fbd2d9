/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Helpers of the benchmark tools that make bench runs in the test VM
 * (wb_bench.c, map_bench.c).  Each tool defines BENCH_NAME first.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void die(const char *what)
{
	fprintf(stderr, "%s: %s: %s\n", BENCH_NAME, what, strerror(errno));
	exit(1);
}

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/*
 * The /proc/vmstat item @name, after folding the per-CPU counters; 0 if the
 * kernel does not have it.
 */
static long long vmstat(const char *name)
{
	char key[128];
	long long val;
	FILE *f;
	int fd = open("/proc/sys/vm/stat_refresh", O_WRONLY);

	if (fd >= 0) {
		/* EINVAL only says a counter was negative: it still folded. */
		if (write(fd, "1", 1) < 0 && errno != EINVAL)
			die("stat_refresh");
		close(fd);
	}
	f = fopen("/proc/vmstat", "r");
	if (!f)
		die("/proc/vmstat");
	while (fscanf(f, "%127s %lld", key, &val) == 2)
		if (!strcmp(key, name)) {
			fclose(f);
			return val;
		}
	fclose(f);
	return 0;
}
