/*
** fuzz_code.c: libFuzzer target for the whole pipeline.  The first byte of
** the input picks the reader: even, the input is one JSON Lines line
** (parley_code_jsonl); odd, the rest is article text (parley_code_doc).  The
** dictionaries load once from PARLEY_DICT / PARLEY_DATA (default dict and
** build/data).  Built and run by `make fuzz`.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "parley.h"

static parley_store *store;
static parley_coder *coder;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t len = 0;
	const char *out;
	if (!store) {
		parley_options o = {0};
		char *err = NULL;
		o.dict_dir = getenv("PARLEY_DICT") ? getenv("PARLEY_DICT") : "dict";
		o.data_dir = getenv("PARLEY_DATA") ? getenv("PARLEY_DATA") : "build/data";
		store = parley_store_open(&o, &err);
		if (!store) {
			fprintf(stderr, "fuzz: cannot load dictionaries: %s\n", err ? err : "?");
			abort();
		}
		coder = parley_coder_new(store);
	}
	if (size == 0)
		return 0;
	if (data[0] % 2 == 0) {
		out = parley_code_jsonl(coder, (const char *)data + 1, size - 1, 1, &len);
	} else {
		parley_doc d = {"fuzz", "2024-09-03", (const char *)data + 1, size - 1};
		out = parley_code_doc(coder, &d, 0, &len);
	}
	if (!out)
		abort();   /* only out of memory may give NULL */
	/* every record is one line: the output ends with a newline or is empty */
	if (len && out[len - 1] != '\n')
		abort();
	return 0;
}
