/*
** serve.c: the options of `parley serve`; the service is src/serve/.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "serve.h"
#include "../serve/serve.h"

static const char usage[] =
"usage: parley serve [--db FILE.sqlite] [--port 8080] [--bind 127.0.0.1]\n"
"                    [--max-body BYTES] [--timeout SECONDS] [--max-conn N]\n"
"                    [--workers N] [--drain SECONDS]\n";

/* Reads a whole number in [lo, hi] from val into *out; 0 when it is one. */
static int number(const char *opt, const char *val, unsigned long long lo,
                  unsigned long long hi, unsigned long long *out)
{
	char *end;
	unsigned long long v;
	if (!val || !*val || *val == '-') {
		fprintf(stderr, "parley: %s wants a number from %llu to %llu\n", opt, lo, hi);
		return -1;
	}
	v = strtoull(val, &end, 10);
	if (*end || v < lo || v > hi) {
		fprintf(stderr, "parley: %s wants a number from %llu to %llu, not %s\n", opt, lo, hi, val);
		return -1;
	}
	*out = v;
	return 0;
}

int parley_serve_cli(int argc, char **argv, const parley_options *po, const char *db)
{
	serve_config cfg;
	parley_store *s;
	char *err = NULL;
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	int i, rc;
	memset(&cfg, 0, sizeof cfg);
	cfg.bind = "127.0.0.1";
	cfg.port = 8080;
	cfg.max_body = 16u << 20;
	cfg.timeout_s = 30;
	cfg.max_conn = 256;
	cfg.threads = ncpu > 1 ? (unsigned)ncpu : 2;
	cfg.drain_s = 30;
	cfg.db_path = db;
	for (i = 0; i < argc; i++) {
		const char *a = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;
		unsigned long long v;
		if (!strcmp(a, "--db") || !strcmp(a, "--bind")) {
			if (!val) {
				fprintf(stderr, "parley: %s needs a value\n%s", a, usage);
				return 1;
			}
			*(!strcmp(a, "--db") ? &cfg.db_path : &cfg.bind) = val;
			i++;
		} else if (!strcmp(a, "--port")) {
			if (number(a, val, 0, 65535, &v)) return 1;
			cfg.port = (unsigned)v; i++;
		} else if (!strcmp(a, "--max-body")) {
			if (number(a, val, 1024, 1ull << 32, &v)) return 1;
			cfg.max_body = (size_t)v; i++;
		} else if (!strcmp(a, "--timeout")) {
			if (number(a, val, 1, 3600, &v)) return 1;
			cfg.timeout_s = (unsigned)v; i++;
		} else if (!strcmp(a, "--max-conn")) {
			if (number(a, val, 1, 65536, &v)) return 1;
			cfg.max_conn = (unsigned)v; i++;
		} else if (!strcmp(a, "--workers")) {
			if (number(a, val, 1, 256, &v)) return 1;
			cfg.threads = (unsigned)v; i++;
		} else if (!strcmp(a, "--drain")) {
			if (number(a, val, 0, 3600, &v)) return 1;
			cfg.drain_s = (unsigned)v; i++;
		} else {
			fprintf(stderr, "parley: serve: unknown argument %s\n%s", a, usage);
			return 1;
		}
	}
	s = parley_store_open(po, &err);
	if (!s) {
		fprintf(stderr, "parley: cannot load dictionaries: %s\n", err ? err : "?");
		free(err);
		return 3;
	}
	rc = serve_run(&cfg, s, stderr) == 0 ? 0 : 3;
	parley_store_close(s);
	return rc;
}
