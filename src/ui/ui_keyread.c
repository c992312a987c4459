/* Reading keys: what curses does not decode itself.  Terminals and multiplexers disagree on
 * what Home or F2 sends (PuTTY ESC[12~ and ESC[1~, tmux ESC[1~ whatever TERM says, the Linux
 * console ESC[[B), and curses knows only the sequences of the one terminfo entry TERM names.
 * A sequence it does not know reaches the program byte by byte: Esc (which closes a form),
 * then '[' '1' '2' '~', which switch panes.  So a lone Esc that has more bytes right behind it
 * is read to the end of its sequence here, and the sequence is decoded or swallowed. */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui_keys.h"

/* How long the rest of a sequence may take after its ESC: as long as curses waits itself. */
#define SEQ_WAIT_MS 25
#define SEQ_MAX 16

/* ESC[n~ as VT220, xterm, PuTTY, screen and the Linux console number them. */
static int tilde_key(int n)
{
	static const struct {
		int n, key;
	} map[] = {
		{1, KEY_HOME}, {7, KEY_HOME}, {2, KEY_IC}, {3, KEY_DC}, {4, KEY_END},
		{8, KEY_END}, {5, KEY_PPAGE}, {6, KEY_NPAGE}, {11, KEY_F(1)}, {12, KEY_F(2)},
		{13, KEY_F(3)}, {14, KEY_F(4)}, {15, KEY_F(5)}, {17, KEY_F(6)}, {18, KEY_F(7)},
		{19, KEY_F(8)}, {20, KEY_F(9)}, {21, KEY_F(10)}, {23, KEY_F(11)}, {24, KEY_F(12)},
	};

	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (map[i].n == n)
			return map[i].key;
	return 0;
}

/* The final letter of ESC[...X or ESC O X; modifiers (ESC[1;5C) are not told apart. */
static int letter_key(int c)
{
	switch (c) {
	case 'A':
		return KEY_UP;
	case 'B':
		return KEY_DOWN;
	case 'C':
		return KEY_RIGHT;
	case 'D':
		return KEY_LEFT;
	case 'H':
		return KEY_HOME;
	case 'F':
		return KEY_END;
	case 'P':
	case 'Q':
	case 'R':
	case 'S':
		return KEY_F(1 + c - 'P');
	case 'Z':
		return KEY_BTAB;
	default:
		return 0;
	}
}

int ui_key_decode(const char *seq)
{
	size_t n = strlen(seq);
	char *end;
	long num;

	if (n < 2)
		return 0;
	/* ESC O M is the keypad's Enter; ESC[M is a mouse report, which curses reads itself */
	if (seq[0] == 'O')
		return n != 2 ? 0 : seq[1] == 'M' ? KEY_ENTER : letter_key(seq[1]);
	if (seq[0] != '[')
		return 0;
	/* The Linux console's F1-F5: ESC[[A .. ESC[[E */
	if (seq[1] == '[')
		return n == 3 && seq[2] >= 'A' && seq[2] <= 'E' ? KEY_F(1 + seq[2] - 'A') : 0;
	if (seq[n - 1] == '~') {
		num = strtol(seq + 1, &end, 10);
		if (end == seq + 1 || (*end != '~' && *end != ';'))
			return 0;
		return tilde_key((int)num);
	}
	/* ESC[A, ESC[1;5A: only digits and ';' before the letter */
	for (size_t i = 1; i + 1 < n; i++)
		if (!(seq[i] >= '0' && seq[i] <= '9') && seq[i] != ';')
			return 0;
	return letter_key(seq[n - 1]);
}

/* Back to curses' queue: a character or a key code that followed the Esc. */
static void unread(int rc, wint_t c)
{
	if (rc == KEY_CODE_YES)
		ungetch((int)c);
	else
		unget_wch((wchar_t)c);
}

/* Is the byte the last one of the sequence so far?  A CSI ends at its first byte in
 * 0x40-0x7e (ESC[[X, the console's F keys, one byte later); SS3 (ESC O) at its second. */
static int sequence_done(const char *seq, size_t n)
{
	unsigned char c = (unsigned char)seq[n - 1];

	if (seq[0] == 'O')
		return n == 2;
	if (n == 2 && c == '[')
		return 0;
	if (n == 3 && seq[1] == '[')
		return 1;
	return n >= 2 && c >= 0x40 && c <= 0x7e;
}

int ui_read_key(int idle_ms, int *key, char *unknown, int size)
{
	char seq[SEQ_MAX];
	size_t n = 0;
	wint_t c;
	int rc, k;

	rc = wget_wch(stdscr, &c);
	*key = (int)c;
	if (rc != OK || c != 27)
		return rc;
	wtimeout(stdscr, SEQ_WAIT_MS);
	rc = wget_wch(stdscr, &c);
	if (rc == ERR || (rc == OK && c != '[' && c != 'O') || rc == KEY_CODE_YES) {
		/* a lone Esc, or Esc and then a key of its own */
		if (rc != ERR)
			unread(rc, c);
		wtimeout(stdscr, idle_ms);
		return OK;
	}
	seq[n++] = (char)c;
	while (!sequence_done(seq, n)) {
		rc = wget_wch(stdscr, &c);
		if (rc == ERR)
			break;
		if (rc != OK || c < 0x20 || c > 0x7e) {
			unread(rc, c);
			break;
		}
		if (n + 1 < sizeof(seq))
			seq[n++] = (char)c;
		else
			seq[n - 1] = (char)c; /* too long to be a key: swallowed to its end */
	}
	seq[n] = '\0';
	wtimeout(stdscr, idle_ms);
	k = ui_key_decode(seq);
	if (k) {
		*key = k;
		return KEY_CODE_YES;
	}
	snprintf(unknown, (size_t)size, "ESC%s", seq);
	*key = UI_KEY_UNKNOWN;
	return KEY_CODE_YES;
}
