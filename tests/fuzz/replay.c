/* Replays the fuzzing corpus (tests/fuzz/corpus/) through the harness under make check, so
 * every input that once found a bug keeps being tried. */
#include "config.h"

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(void)
{
	const char *top = getenv("top_srcdir");
	char dir[4096], path[8192];
	struct dirent *d;
	int n = 0;
	DIR *dh;

	snprintf(dir, sizeof(dir), "%s/tests/fuzz/corpus", top ? top : ".");
	dh = opendir(dir);
	if (!dh) {
		fprintf(stderr, "replay: no corpus at %s\n", dir);
		return 1;
	}
	while ((d = readdir(dh)) != NULL) {
		FILE *f;
		uint8_t *buf;
		long len;
		if (d->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, d->d_name);
		f = fopen(path, "rb");
		if (!f)
			continue;
		fseek(f, 0, SEEK_END);
		len = ftell(f);
		rewind(f);
		buf = malloc((size_t)len + 1);
		if (buf && fread(buf, 1, (size_t)len, f) == (size_t)len) {
			LLVMFuzzerTestOneInput(buf, (size_t)len);
			n++;
		}
		free(buf);
		fclose(f);
	}
	closedir(dh);
	fprintf(stderr, "replay: %d inputs\n", n);
	return n > 0 ? 0 : 1;
}
