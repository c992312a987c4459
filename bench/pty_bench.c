/* The workbench benchmarks' pty driver: runs the real pmwb in a pseudo-terminal of a fixed
 * size and times, in microseconds, how long the screen takes to settle: from start to the
 * first complete screen, then from each step's key to the last byte of its redraw.
 * "Settled" is the last byte before the output has been quiet for QUIET_MS; pmwb draws a
 * frame with one doupdate(), so a frame arrives as one burst.
 *
 *   pty_bench COLS ROWS PMWB DB STEPS
 *
 * STEPS holds one step a line: NAME<TAB>KEY, or NAME<TAB>PRE<TAB>KEY where PRE is typed
 * first, a character at a time and untimed (a filter's text).  Keys take C escapes: \e \r
 * \t \\ and \NNN in octal (\025 is Ctrl-U).  Lines starting with # are comments.
 * Prints "NAME MICROSECONDS BYTES" a step (-1: the key changed nothing on screen), starting
 * with first_screen, and last "rss_kb N 0": the peak resident set (VmHWM) before quitting.
 * PTY_BENCH_QUIET_MS sets the quiet time for steps that pause between bursts (a notice, then
 * a second's work, then the screen). */
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

static int quiet_ms = QUIET_MS;
#define FIRST_BYTE_MS 3000

static long long now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* Read until QUIET_MS pass without output; the time of the last byte, or -1 when nothing
 * came within FIRST_BYTE_MS (a key that changes nothing on screen). */
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
		wait = quiet_ms;
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

/* Expand the escapes in place. */
static void unescape(char *s)
{
	char *out = s;

	while (*s) {
		if (*s != '\\' || !s[1]) {
			*out++ = *s++;
			continue;
		}
		s++;
		switch (*s) {
		case 'e':
			*out++ = '\033';
			s++;
			break;
		case 'r':
			*out++ = '\r';
			s++;
			break;
		case 't':
			*out++ = '\t';
			s++;
			break;
		case '0': case '1': case '2': case '3':
			*out++ = (char)strtol(s, &s, 8);
			break;
		default:
			*out++ = *s++;
			break;
		}
	}
	*out = '\0';
}

static void send_keys(int fd, const char *keys)
{
	if (write(fd, keys, strlen(keys)) < 0)
		perror("write");
}

int main(int argc, char **argv)
{
	const char *quiet = getenv("PTY_BENCH_QUIET_MS");

	if (quiet && atoi(quiet) > 0)
		quiet_ms = atoi(quiet);
	if (argc != 6) {
		fprintf(stderr, "usage: pty_bench COLS ROWS PMWB DB STEPS\n");
		return 1;
	}
	struct winsize ws = {.ws_col = (unsigned short)atoi(argv[1]),
			     .ws_row = (unsigned short)atoi(argv[2])};
	FILE *steps = fopen(argv[5], "r");
	char line[1024];
	int fd;
	long long bytes, t0, t;
	pid_t pid;

	if (!steps) {
		perror(argv[5]);
		return 1;
	}
	t0 = now_us();
	pid = forkpty(&fd, NULL, NULL, &ws);
	if (pid < 0) {
		perror("forkpty");
		return 1;
	}
	if (pid == 0) {
		setenv("TERM", "xterm-256color", 1);
		setenv("LANG", "C.UTF-8", 1);
		setenv("LC_ALL", "C.UTF-8", 1);
		execl(argv[3], argv[3], "-f", argv[4], (char *)NULL);
		_exit(127);
	}
	t = settle(fd, &bytes);
	printf("first_screen %lld %lld\n", t < 0 ? -1 : t - t0, bytes);
	while (fgets(line, sizeof(line), steps)) {
		char *name = line, *pre = NULL, *key, *tab;

		line[strcspn(line, "\n")] = '\0';
		if (!line[0] || line[0] == '#' || !(tab = strchr(line, '\t')))
			continue;
		*tab = '\0';
		key = tab + 1;
		if ((tab = strchr(key, '\t'))) {
			*tab = '\0';
			pre = key;
			key = tab + 1;
			unescape(pre);
		}
		unescape(key);
		/* Typed one character at a time, as a person would: each is its own small redraw. */
		for (const char *c = pre; c && *c; c++) {
			char one[2] = {*c, '\0'};
			send_keys(fd, one);
			settle(fd, &bytes);
		}
		long long sent = now_us();
		send_keys(fd, key);
		t = settle(fd, &bytes);
		printf("%s %lld %lld\n", name, t < 0 ? -1 : t - sent, bytes);
	}
	fclose(steps);
	printf("rss_kb %ld 0\n", rss_kb(pid));
	fflush(stdout);
	send_keys(fd, "q");
	settle(fd, &bytes);
	kill(pid, SIGTERM);
	waitpid(pid, NULL, 0);
	close(fd);
	return 0;
}
