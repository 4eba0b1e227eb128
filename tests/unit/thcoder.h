/*
** thcoder.h: one coder over the real dictionaries (dict/ and the build's
** data), opened once per test binary and kept to its end.
*/
#ifndef THCODER_H
#define THCODER_H

#include "testhelp.h"
#include "parley.h"

static parley_store *th_store;
static parley_coder *th_coder;

/* Opens the store and coder on first use; -1 (with the reason on stderr)
** when the dictionaries do not load. */
static inline int th_coder_open(void) {
	parley_options o;
	char *err = NULL;
	if (th_coder)
		return 0;
	memset(&o, 0, sizeof o);
	o.dict_dir = "dict";
	o.data_dir = th_datadir();
	th_store = parley_store_open(&o, &err);
	if (!th_store) {
		fprintf(stderr, "store: %s\n", err ? err : "?");
		free(err);
		return -1;
	}
	th_coder = parley_coder_new(th_store);
	return th_coder ? 0 : -1;
}

#endif
