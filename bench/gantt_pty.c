/* A small pty driver for the workbench benchmark: runs the real pmwb in a pseudo-terminal
 * of a fixed size and times, in microseconds, how long the screen takes to settle: from
 * start to the first complete screen, and from each key to the last byte of its redraw.
 * "Settled" is the last byte before the output has been quiet for QUIET_MS; pmwb draws a
 * frame with one doupdate(), so a frame arrives as one burst.
 *
 *   gantt_pty COLS ROWS ROUNDS PMWB DB
 *
 * prints one line per measurement and round: "round name microseconds", then
 * "round rss_kb N" (VmHWM, the peak resident set, before quitting). */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define QUIET_MS 40
#define FIRST_BYTE_MS 2000

static long long now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* Read until QUIET_MS pass without output; returns the time of the last byte, or -1 when
 * nothing came within FIRST_BYTE_MS (a key that changes nothing on screen). */
static long long settle(int fd, long long *bytes)
{
	char buf[65536];
	long long last = -1;
	int wait = FIRST_BYTE_MS;

	*bytes = 0;
	for (;;) {
		struct pollfd p = {.fd = fd, .events = POLLIN};
		int r = poll(&p, 1, wait);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return last;
		ssize_t n = read(fd, buf, sizeof(buf));
		if (n <= 0)
			return last;
		last = now_us();
		*bytes += n;
		wait = QUIET_MS;
	}
}

static long rss_kb(pid_t pid)
{
	char path[64], line[256];
	long kb = -1;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
	f = fopen(path, "r");
	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f))
		if (strncmp(line, "VmHWM:", 6) == 0)
			kb = strtol(line + 6, NULL, 10);
	fclose(f);
	return kb;
}

struct step {
	const char *name;
	const char *keys;
};

/* One round: open, then each key on its own with the screen settled in between. */
static const struct step steps[] = {
	{"programmes_j", "j"},
	{"programmes_pgdn", "\033[6~"},
	{"programmes_G", "G"},
	{"programmes_g", "g"},
	{"switch_to_gantt_first", "2"},
	{"gantt_j", "j"},
	{"gantt_pgdn", "\033[6~"},
	{"gantt_pgup", "\033[5~"},
	{"gantt_G", "G"},
	{"gantt_g", "g"},
	{"gantt_fold", " "},
	{"gantt_unfold", " "},
	{"gantt_fold_all", "O"},
	{"gantt_unfold_all", "O"},
	{"gantt_scroll_right", "l"},
	{"gantt_scroll_left", "h"},
	{"gantt_zoom", "z"},
	{"gantt_unzoom", "z"},
	{"gantt_today", "t"},
	{"switch_to_programmes", "1"},
	{"switch_to_gantt", "2"},
};

int main(int argc, char **argv)
{
	if (argc != 6) {
		fprintf(stderr, "usage: gantt_pty COLS ROWS ROUNDS PMWB DB\n");
		return 1;
	}
	struct winsize ws = {.ws_col = (unsigned short)atoi(argv[1]),
			     .ws_row = (unsigned short)atoi(argv[2])};
	int rounds = atoi(argv[3]);

	for (int round = 1; round <= rounds; round++) {
		int fd;
		long long bytes, t0 = now_us(), t;
		pid_t pid = forkpty(&fd, NULL, NULL, &ws);

		if (pid < 0) {
			perror("forkpty");
			return 1;
		}
		if (pid == 0) {
			setenv("TERM", "xterm-256color", 1);
			setenv("LANG", "C.UTF-8", 1);
			setenv("LC_ALL", "C.UTF-8", 1);
			if (!getenv("PMWB_TODAY"))
				setenv("PMWB_TODAY", "2013-10-15", 1);
			execl(argv[4], argv[4], "-f", argv[5], (char *)NULL);
			_exit(127);
		}
		t = settle(fd, &bytes);
		printf("%d first_screen %lld %lld\n", round, t < 0 ? -1 : t - t0, bytes);
		for (size_t i = 0; i < sizeof(steps) / sizeof(steps[0]); i++) {
			long long sent = now_us();
			if (write(fd, steps[i].keys, strlen(steps[i].keys)) < 0)
				break;
			t = settle(fd, &bytes);
			printf("%d %s %lld %lld\n", round, steps[i].name, t < 0 ? -1 : t - sent, bytes);
		}
		printf("%d rss_kb %ld 0\n", round, rss_kb(pid));
		fflush(stdout);
		if (write(fd, "q", 1) < 0)
			kill(pid, SIGTERM);
		settle(fd, &bytes);
		waitpid(pid, NULL, 0);
		close(fd);
	}
	return 0;
}
