/* The libcsv parse floor for bench/import.sh: read the file in 1 MiB chunks and parse it
 * with callbacks that only count fields and rows; nothing any importer could do faster. */
#include <csv.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void on_field(void *data, size_t len, void *ctx)
{
	(void)data;
	(void)len;
	((unsigned long *)ctx)[0]++;
}

static void on_row(int c, void *ctx)
{
	(void)c;
	((unsigned long *)ctx)[1]++;
}

int main(int argc, char **argv)
{
	static char buf[1 << 20];
	unsigned long count[2] = {0, 0};
	struct csv_parser p;
	ssize_t n;
	int fd;

	if (argc != 2 || (fd = open(argv[1], O_RDONLY)) < 0) {
		fprintf(stderr, "usage: parse_floor FILE.csv\n");
		return 1;
	}
	csv_init(&p, CSV_STRICT | CSV_APPEND_NULL);
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		if (csv_parse(&p, buf, (size_t)n, on_field, on_row, count) != (size_t)n) {
			fprintf(stderr, "parse_floor: %s\n", csv_strerror(csv_error(&p)));
			return 1;
		}
	csv_fini(&p, on_field, on_row, count);
	csv_free(&p);
	close(fd);
	printf("%lu rows, %lu fields\n", count[1], count[0]);
	return 0;
}
