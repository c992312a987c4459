/* SHA-256 against the FIPS 180-2 / NIST test vectors, whole and fed in pieces. */
#include "config.h"

#include <string.h>

#include "check.h"
#include "pmwb/sha256.h"

static void digest(const char *msg, size_t len, size_t piece, char out[65])
{
	struct sha256 s;

	sha256_init(&s);
	for (size_t i = 0; i < len; i += piece)
		sha256_update(&s, msg + i, len - i < piece ? len - i : piece);
	sha256_hex(&s, out);
}

static void test_vectors(void)
{
	static const struct {
		const char *msg, *hex;
	} cases[] = {
		{"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
		{"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
		{"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
		 "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
		{"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
		 "klmnopqrlmnopqrsmnopqrstnopqrstu",
		 "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
	};
	static const size_t pieces[] = {1, 3, 63, 64, 65, 1000};
	char out[65];

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		for (size_t p = 0; p < sizeof(pieces) / sizeof(pieces[0]); p++) {
			digest(cases[i].msg, strlen(cases[i].msg), pieces[p], out);
			CHECK_STR(out, cases[i].hex);
		}
}

/* A million 'a's: many blocks, and the length past 32 bits of bits. */
static void test_million(void)
{
	static char a[1000];
	struct sha256 s;
	char out[65];

	memset(a, 'a', sizeof(a));
	sha256_init(&s);
	for (int i = 0; i < 1000; i++)
		sha256_update(&s, a, sizeof(a));
	sha256_hex(&s, out);
	CHECK_STR(out, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

/* Lengths round the padding's edge (55, 56, 64 bytes): one block or two. */
static void test_edges(void)
{
	char msg[65], whole[65], bytewise[65];

	memset(msg, 'x', sizeof(msg));
	for (size_t len = 54; len <= 65; len++) {
		digest(msg, len, len ? len : 1, whole);
		digest(msg, len, 1, bytewise);
		CHECK_STR(bytewise, whole);
	}
	digest(msg, 56, 56, whole);
	CHECK_STR(whole, "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e");
}

int main(void)
{
	test_vectors();
	test_million();
	test_edges();
	return check_done();
}
