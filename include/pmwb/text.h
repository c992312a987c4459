/* Small string helpers shared by the layers (no I/O). */
#ifndef PMWB_TEXT_H
#define PMWB_TEXT_H

#include <stddef.h>

/* Copy with truncation; always terminated (size > 0).  Returns strlen(src). */
size_t text_copy(char *dst, size_t size, const char *src);
/* Pointer to the first non-blank and length up to the last non-blank.  Blanks are space, tab,
 * CR, LF and the UTF-8 no-break space (C2 A0) that spreadsheets pad cells with, in any mix.
 * A lone 0xA0 byte is not a blank: it is the last byte of UTF-8 letters such as "à" and "Š". */
const char *text_trim(const char *s, size_t *len);
/* The same for the n bytes at s (a caller that knows the length). */
const char *text_trim_len(const char *s, size_t n, size_t *len);
/* s[0..len) reduced to its ASCII letters, lowercased, and digits, so that two spellings that
 * differ only in case, spaces and punctuation compare equal ("Children's Services" and
 * "childrens services").  Returns the length written; always terminated (size > 0). */
size_t text_fold(const char *s, size_t len, char *out, size_t size);
/* ASCII case-insensitive equality of s[0..len) and word. */
int text_equal_nocase(const char *s, size_t len, const char *word);
/* 1 when s is valid UTF-8 (no overlongs, no surrogates); *bad_offset is the first bad byte. */
int text_is_utf8(const char *s, size_t len, size_t *bad_offset);

/* Copy s[0..len) into dst for quoting in a message: printable ASCII and valid UTF-8 are kept,
 * control characters and bytes that are not UTF-8 become "\xA3"-style escapes, and text that
 * does not fit ends in "..." (never splitting a character).  Always terminated (size > 0). */
#define TEXT_QUOTE_MAX 80
void text_quote(char *dst, size_t size, const char *s, size_t len);

/* The bytes at s that are a control character a terminal would act on (C0 but tab and line
 * feed, DEL, and C1 written in UTF-8): 1 or 2; 0 for anything else.  Cells written to a
 * terminal show each as TEXT_CONTROL_SHOWN, so that a value cannot retitle the window or
 * move the cursor. */
size_t text_control_len(const char *s);
#define TEXT_CONTROL_SHOWN '?'

#endif
