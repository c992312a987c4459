/* Small string helpers shared by the layers (no I/O). */
#ifndef PMWB_TEXT_H
#define PMWB_TEXT_H

#include <stddef.h>

/* Copy with truncation; always terminated (size > 0).  Returns strlen(src). */
size_t text_copy(char *dst, size_t size, const char *src);
/* Pointer to the first non-blank and length up to the last non-blank. */
const char *text_trim(const char *s, size_t *len);
/* ASCII case-insensitive equality of s[0..len) and word. */
int text_equal_nocase(const char *s, size_t len, const char *word);
/* 1 when s is valid UTF-8 (no overlongs, no surrogates); *bad_offset is the first bad byte. */
int text_is_utf8(const char *s, size_t len, size_t *bad_offset);

#endif
