#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pmwb/text.h"

size_t text_copy(char *dst, size_t size, const char *src)
{
	size_t n = strlen(src);

	if (size == 0)
		return n;
	if (n < size) {
		memcpy(dst, src, n + 1);
	} else {
		memcpy(dst, src, size - 1);
		dst[size - 1] = '\0';
	}
	return n;
}

static int is_ascii_blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Length of the blank starting at s[0] (at most n bytes available), or 0. */
static size_t blank_at(const unsigned char *s, size_t n)
{
	if (n >= 1 && is_ascii_blank(s[0]))
		return 1;
	if (n >= 2 && s[0] == 0xc2 && s[1] == 0xa0)
		return 2;
	return 0;
}

/* Length of the blank ending at s[n - 1], or 0. */
static size_t blank_before(const unsigned char *s, size_t n)
{
	if (n >= 1 && is_ascii_blank(s[n - 1]))
		return 1;
	if (n >= 2 && s[n - 2] == 0xc2 && s[n - 1] == 0xa0)
		return 2;
	return 0;
}

const char *text_trim(const char *str, size_t *len)
{
	return text_trim_len(str, strlen(str), len);
}

const char *text_trim_len(const char *str, size_t n, size_t *len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t k;

	/* One loop for both kinds so that " \xc2\xa0 x" loses every blank, not just the first
	 * kind met. */
	while ((k = blank_at(s, n)) > 0) {
		s += k;
		n -= k;
	}
	while ((k = blank_before(s, n)) > 0)
		n -= k;
	*len = n;
	return (const char *)s;
}

size_t text_fold(const char *s, size_t len, char *out, size_t size)
{
	size_t n = 0;

	for (size_t i = 0; i < len && n + 1 < size; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z')
			out[n++] = (char)(c - 'A' + 'a');
		else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			out[n++] = (char)c;
	}
	out[n] = '\0';
	return n;
}

int text_equal_nocase(const char *s, size_t len, const char *word)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char a = (unsigned char)s[i], b = (unsigned char)word[i];
		if (b == '\0')
			return 0;
		if (a >= 'A' && a <= 'Z')
			a = (unsigned char)(a - 'A' + 'a');
		if (b >= 'A' && b <= 'Z')
			b = (unsigned char)(b - 'A' + 'a');
		if (a != b)
			return 0;
	}
	return word[len] == '\0';
}

/* Bytes in the valid UTF-8 character at s[i], or 0 when the bytes there are not one. */
static size_t utf8_char_len(const unsigned char *s, size_t len, size_t i)
{
	unsigned char c = s[i];
	size_t need;
	unsigned long cp;

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf) {
		need = 1;
		cp = c & 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		need = 2;
		cp = c & 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		need = 3;
		cp = c & 0x07;
	} else {
		return 0;
	}
	for (size_t k = 1; k <= need; k++) {
		if (i + k >= len || (s[i + k] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i + k] & 0x3f);
	}
	if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10ffff)) ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return need + 1;
}

int text_is_utf8(const char *str, size_t len, size_t *bad_offset)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < len) {
		size_t k = utf8_char_len(s, len, i);
		if (k == 0) {
			if (bad_offset)
				*bad_offset = i;
			return 0;
		}
		i += k;
	}
	return 1;
}

/* One character of s[i..len) as it appears in a quote: *piece gets the bytes, the return
 * value is how many input bytes it used. */
static size_t quote_piece(const unsigned char *s, size_t len, size_t i, char piece[8],
			  size_t *plen)
{
	size_t k = utf8_char_len(s, len, i);

	if (k == 1 && (s[i] < 0x20 || s[i] == 0x7f))
		k = 0;
	if (k == 0) {
		snprintf(piece, 8, "\\x%02X", s[i]);
		*plen = 4;
		return 1;
	}
	memcpy(piece, s + i, k);
	*plen = k;
	return k;
}

void text_quote(char *dst, size_t size, const char *str, size_t len)
{
	static const char ellipsis[] = "...";
	const unsigned char *s = (const unsigned char *)str;
	char piece[8];
	size_t i, out = 0, plen, total = 0, room;

	if (size == 0)
		return;
	for (i = 0; i < len; total += plen)
		i += quote_piece(s, len, i, piece, &plen);
	/* Room for the text itself: all of it when it fits, else what leaves space for "..."
	 * (or, in a buffer too small even for that, what fits). */
	room = total < size ? total : (size > sizeof(ellipsis) ? size - sizeof(ellipsis) : size - 1);
	for (i = 0; i < len;) {
		size_t k = quote_piece(s, len, i, piece, &plen);
		if (out + plen > room)
			break;
		memcpy(dst + out, piece, plen);
		out += plen;
		i += k;
	}
	if (total >= size && out + sizeof(ellipsis) <= size) {
		memcpy(dst + out, ellipsis, sizeof(ellipsis) - 1);
		out += sizeof(ellipsis) - 1;
	}
	dst[out] = '\0';
}

size_t text_control_len(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	if ((*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\0') || *p == 0x7f)
		return 1;
	if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)
		return 2;
	return 0;
}
