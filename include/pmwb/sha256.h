/* SHA-256 (FIPS 180-4), streamed: what an import run records of each file it read, so that
 * a later reader can tell whether the file on disk is still the one that was imported. */
#ifndef PMWB_SHA256_H
#define PMWB_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct sha256 {
	uint32_t h[8];
	uint64_t bytes;     /* message length so far */
	unsigned char block[64];
	size_t used;        /* bytes waiting in block */
};

void sha256_init(struct sha256 *s);
void sha256_update(struct sha256 *s, const void *data, size_t len);
/* The digest as 64 lowercase hex digits and a NUL; s is spent. */
void sha256_hex(struct sha256 *s, char out[65]);

#endif
