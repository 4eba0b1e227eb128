/*
** fuzz_cli.c: libFuzzer target for the command's line reader and its
** coding of a stream (src/cli/main.c, included here so that its static
** functions can be called).  The first byte picks --max-line (16 to 2063
** bytes), the number of threads (1 or 2) and plain text or JSON Lines; the
** rest is the input, read through fmemopen.  Checks the reader's promises:
** lines come out in order, split at every newline, none longer than
** --max-line, and a line is marked too long exactly when it was; then codes
** the input as `parley code` does (records to /dev/null).  The store loads
** once (PARLEY_DICT, PARLEY_DATA).  Built and run by `make fuzz`.
*/
#define main parley_cli_main
#include "../../src/cli/main.c"
#undef main

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static parley_store *store;
static parley_coder *coders[2];

static void check_reader(const char *in, size_t n, size_t max)
{
	reader *r = calloc(1, sizeof *r);
	char *line = NULL;
	size_t cap = 0, len, at = 0;
	int skip;
	FILE *f = fmemopen((void *)in, n, "rb");
	if (!r || !f)
		abort();
	r->f = f;
	while (read_line(r, &line, &cap, &len, max, &skip) > 0) {
		const char *nl = memchr(in + at, '\n', n - at);
		size_t whole = (nl ? (size_t)(nl - in) : n) - at;
		if (skip == LINE_TOOLONG) {
			if (whole <= max)
				abort();    /* marked too long, but was not */
		} else if (skip != LINE_OK || whole != len || (len && memcmp(line, in + at, len) != 0)) {
			abort();        /* the line is not the input's */
		}
		at += whole + (nl != NULL);
	}
	if (at != n || r->err)
		abort();            /* input left unread */
	fclose(f);
	free(line);
	free(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	opts o;
	FILE *f;
	if (!store) {
		parley_options po;
		char *err = NULL;
		memset(&po, 0, sizeof po);
		po.dict_dir = getenv("PARLEY_DICT") ? getenv("PARLEY_DICT") : "dict";
		po.data_dir = getenv("PARLEY_DATA") ? getenv("PARLEY_DATA") : "build/data";
		store = parley_store_open(&po, &err);
		if (!store || !(coders[0] = parley_coder_new(store)) || !(coders[1] = parley_coder_new(store))) {
			fprintf(stderr, "fuzz_cli: cannot load: %s\n", err ? err : "out of memory");
			abort();
		}
		parley_coder_set_source(coders[0], "fuzz");
		parley_coder_set_source(coders[1], "fuzz");
		if (!freopen("/dev/null", "w", stdout))
			abort();
	}
	if (size < 2)
		return 0;
	memset(&o, 0, sizeof o);
	o.max_line = 16 + (data[0] & 0x7f) * 16;
	o.threads = 1 + ((data[0] >> 7) & 1);
	o.text = (data[0] & 0x40) != 0 && (data[0] & 0x3f) == 0;
	o.quiet = 1;
	check_reader((const char *)data + 1, size - 1, (size_t)o.max_line);
	f = fmemopen((void *)(data + 1), size - 1, "rb");
	if (!f)
		abort();
	if (o.text)
		code_textfile(coders[0], f, "fuzz", &o);
	else if (code_stream(coders, o.threads, f, "fuzz", &o) != EXIT_OKAY)
		abort();    /* nothing here may fail */
	fclose(f);
	return 0;
}
