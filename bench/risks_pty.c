/* The Risks pane benchmark's pty driver: runs the real pmwb in a pseudo-terminal of a fixed
 * size and times, in microseconds, how long each key takes until the screen has settled
 * (the last byte before the output has been quiet for QUIET_MS: pmwb draws a frame with one
 * doupdate(), so a frame arrives as one burst).
 *
 *   risks_pty COLS ROWS PMWB DB
 *
 * prints one line per step: "name microseconds bytes" (-1: the key changed nothing).  A
 * step may first send keys that are not timed (typing a filter), then the timed key. */
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
#define FIRST_BYTE_MS 3000

static long long now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* Read until QUIET_MS pass without output; the time of the last byte, or -1 when nothing
 * came within FIRST_BYTE_MS. */
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

struct step {
	const char *name;
	const char *pre; /* sent and settled first, not timed (NULL: none) */
	const char *key; /* timed */
};

#define PGDN "\033[6~"
#define PGUP "\033[5~"
#define ESC "\033"

static const struct step steps[] = {
	{"open_risks_pane", NULL, "3"},
	{"j", NULL, "j"},
	{"PgDn", NULL, PGDN},
	{"PgUp", NULL, PGUP},
	{"G", NULL, "G"},
	{"k_at_end", NULL, "k"},
	{"g", NULL, "g"},
	{"sort_programme", NULL, "s"},
	{"sort_programme_G", NULL, "G"},
	{"sort_owner", NULL, "s"},
	{"sort_owner_PgDn", NULL, PGDN},
	{"sort_review", NULL, "s"},
	{"sort_review_G", NULL, "G"},
	{"sort_score", NULL, "s"},
	{"filter_programme", "fBCF", "\r"},
	{"filter_programme_PgDn", NULL, PGDN},
	{"filter_programme_G", NULL, "G"},
	{"filter_band_High", "fHigh", "\r"},
	{"filter_band_PgDn", NULL, PGDN},
	{"filter_band_G", NULL, "G"},
	{"filter_owner", "fowner:\"Programme Lead 7\"", "\r"},
	{"filter_owner_G", NULL, "G"},
	{"filter_overdue", "foverdue", "\r"},
	{"filter_overdue_PgDn", NULL, PGDN},
	{"filter_escalated", "fescalated", "\r"},
	{"filter_escalated_G", NULL, "G"},
	{"filter_clear", "f", "\r"},
	{"heat_map", NULL, "m"},
	{"heat_map_move", NULL, "h"},
	{"heat_map_cell_list", NULL, "\r"},
	{"cell_list_G", NULL, "G"},
	{"back_to_map", NULL, ESC},
	{"back_to_register", NULL, ESC},
	{"escalation_view", NULL, "E"},
	{"escalation_G", NULL, "G"},
	{"back_from_escalation", NULL, ESC},
	{"edit_form_open", NULL, "e"},
	{"form_type_likelihood", "\025", "5"},
	{"form_cancel", NULL, ESC},
};

static void send(int fd, const char *s)
{
	if (write(fd, s, strlen(s)) < 0)
		perror("write");
}

int main(int argc, char **argv)
{
	if (argc != 5) {
		fprintf(stderr, "usage: risks_pty COLS ROWS PMWB DB\n");
		return 1;
	}
	struct winsize ws = {.ws_col = (unsigned short)atoi(argv[1]),
			     .ws_row = (unsigned short)atoi(argv[2])};
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
			setenv("PMWB_TODAY", "2014-10-15", 1);
		execl(argv[3], argv[3], "-f", argv[4], (char *)NULL);
		_exit(127);
	}
	t = settle(fd, &bytes);
	printf("first_screen_programmes %lld %lld\n", t < 0 ? -1 : t - t0, bytes);
	for (size_t i = 0; i < sizeof(steps) / sizeof(steps[0]); i++) {
		if (steps[i].pre) {
			/* one character at a time, as typed: each is its own small redraw */
			for (const char *c = steps[i].pre; *c; c++) {
				char one[2] = {*c, 0};
				send(fd, one);
				settle(fd, &bytes);
			}
		}
		long long sent = now_us();
		send(fd, steps[i].key);
		t = settle(fd, &bytes);
		printf("%s %lld %lld\n", steps[i].name, t < 0 ? -1 : t - sent, bytes);
	}
	fflush(stdout);
	send(fd, "q");
	settle(fd, &bytes);
	kill(pid, SIGTERM);
	waitpid(pid, NULL, 0);
	close(fd);
	return 0;
}
