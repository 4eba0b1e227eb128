/*
** faultloop.c: the in-process half of `make faults` (tests/faults.sh runs
** it), after SQLite's test malloc: with the library built for fault
** injection (src/base/fault.h), fails one allocation at a time and checks
** what the library makes of it.
**
**   faultloop code DICT DATA FILE.jsonl
**     every allocation of coding FILE's lines (coder made, file named, each
**     line coded, coder freed) fails once, in turn: each line must then
**     give its usual records, or one error record saying "out of memory"
**     (or NULL, which the command turns into that record), and the lines
**     after it their usual records again.
**   faultloop load DICT DATA SAMPLES SEED PART PARTS
**     SAMPLES allocations spread over opening the store (about 190,000
**     with the arena off), shifted by SEED, of which this process takes
**     those with index % PARTS == PART: opening must fail with a message
**     about memory, or succeed.
** Leaks are for LeakSanitizer at exit.  Prints one line of counts; exits 1
** when any check failed.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parley.h"
#include "base/fault.h"

static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	char *p = NULL;
	size_t cap = 0, k;
	*n = 0;
	if (!f)
		return NULL;
	do {
		if (cap - *n < 65536) {
			char *np = realloc(p, cap = cap * 2 + 65536);
			if (!np) {
				free(p);
				fclose(f);
				return NULL;
			}
			p = np;
		}
		k = fread(p + *n, 1, cap - *n - 1, f);
		*n += k;
	} while (k > 0);
	fclose(f);
	p[*n] = '\0';
	return p;
}

/* 1: one error record saying out of memory; 2: one error record saying
** something else (jansson words some of its allocation failures as syntax
** errors); 0: anything else */
static int error_record(const char *out, size_t len)
{
	const char *nl = memchr(out, '\n', len);
	if (!nl || (size_t)(nl - out) + 1 != len || strncmp(out, "{\"type\":\"error\"", 15) != 0)
		return 0;
	return strstr(out, "out of memory") ? 1 : 2;
}

static int run_code(const parley_options *po, const char *file)
{
	parley_store *s;
	char *err = NULL, *text, **line, **ref;
	size_t n, *len, *reflen;
	long nl = 0, i, N, total, bad = 0, records = 0, tolerated = 0, nocoder = 0, misworded = 0;
	parley_coder *c;
	long a0;
	text = slurp(file, &n);
	if (!text) {
		fprintf(stderr, "faultloop: cannot read %s\n", file);
		return 1;
	}
	for (i = 0; i < (long)n; i++)
		nl += text[i] == '\n';
	line = calloc((size_t)nl + 1, sizeof *line);
	ref = calloc((size_t)nl + 1, sizeof *ref);
	len = calloc((size_t)nl + 1, sizeof *len);
	reflen = calloc((size_t)nl + 1, sizeof *reflen);
	s = parley_store_open(po, &err);
	if (!s || !line || !ref || !len || !reflen) {
		fprintf(stderr, "faultloop: cannot load: %s\n", err ? err : "out of memory");
		return 1;
	}
	{
		char *p = text;
		nl = 0;
		while (*p || p < text + n) {
			char *e = memchr(p, '\n', (size_t)(text + n - p));
			if (!e)
				break;
			*e = '\0';
			line[nl] = p;
			len[nl++] = (size_t)(e - p);
			p = e + 1;
		}
	}
	/* the reference, and how many allocations it takes */
	a0 = pl_fault_allocs();
	c = parley_coder_new(s);
	if (!c || parley_coder_set_source(c, file) != PARLEY_OK)
		return 1;
	for (i = 0; i < nl; i++) {
		size_t olen = 0;
		const char *out = parley_code_jsonl(c, line[i], len[i], i + 1, &olen);
		if (!out)
			return 1;
		ref[i] = malloc(olen + 1);
		memcpy(ref[i], out, olen);
		reflen[i] = olen;
	}
	parley_coder_free(c);
	/* count again, warm (the first pass made what is made once) */
	a0 = pl_fault_allocs();
	c = parley_coder_new(s);
	if (!c || parley_coder_set_source(c, file) != PARLEY_OK)
		return 1;
	for (i = 0; i < nl; i++) {
		size_t olen = 0;
		parley_code_jsonl(c, line[i], len[i], i + 1, &olen);
	}
	parley_coder_free(c);
	total = pl_fault_allocs() - a0;
	for (N = 1; N <= total + 1; N++) {
		int failed = 0;
		/* FAULTLOOP_ONLY=N: that allocation only (with PARLEY_FAULT_TRACE) */
		if (getenv("FAULTLOOP_ONLY") && atol(getenv("FAULTLOOP_ONLY")) != N)
			continue;
		pl_fault_fail_alloc(N);
		c = parley_coder_new(s);
		if (!c) {
			nocoder++;
			continue;
		}
		if (parley_coder_set_source(c, file) != PARLEY_OK) {
			nocoder++;
			parley_coder_free(c);
			continue;
		}
		for (i = 0; i < nl; i++) {
			size_t olen = 0;
			const char *out = parley_code_jsonl(c, line[i], len[i], i + 1, &olen);
			if (out && olen == reflen[i] && memcmp(out, ref[i], olen) == 0)
				continue;
			if (!out || error_record(out, olen) == 1) {
				failed++;
				continue;
			}
			if (error_record(out, olen) == 2) {
				/* an error record all the same: the line is not lost
				** silently, but the message does not say why */
				failed++;
				misworded++;
				continue;
			}
			bad++;
			{
				size_t d = 0, from;
				while (d < olen && d < reflen[i] && out[d] == ref[i][d])
					d++;
				from = d > 200 ? d - 200 : 0;
				fprintf(stderr, "faultloop: %s: allocation %ld failed (PARLEY_FAULT_TRACE=1 "
				        "shows where): line %ld differs at byte %zu: ...%.*s\ninstead of ...%.*s\n",
				        file, N, i + 1, d, (int)(olen - from > 400 ? 400 : olen - from), out + from,
				        (int)(reflen[i] - from > 400 ? 400 : reflen[i] - from), ref[i] + from);
			}
		}
		if (failed > 1) {
			bad++;
			fprintf(stderr, "faultloop: %s: allocation %ld failed: %d lines lost (one at most)\n",
			        file, N, failed);
		}
		records += failed;
		if (failed == 0 && N <= total) {
			tolerated++;
			if (getenv("FAULTLOOP_VERBOSE"))
				fprintf(stderr, "faultloop: allocation %ld absorbed\n", N);
		}
		parley_coder_free(c);
	}
	pl_fault_fail_alloc(0);
	printf("faultloop: coding %s (%ld lines): each of its %ld allocations failed in turn: "
	       "%ld gave an error record (%ld of them worded by jansson as a JSON error, not as out of memory), "
	       "%ld no coder, %ld were absorbed, %ld bad\n",
	       file, nl, total, records, misworded, nocoder, tolerated, bad);
	for (i = 0; i < nl; i++)
		free(ref[i]);
	free(ref);
	free(reflen);
	free(line);
	free(len);
	free(text);
	parley_store_close(s);
	return bad ? 1 : 0;
}

static int run_load(const parley_options *po, long samples, unsigned long seed, long part, long parts)
{
	parley_store *s;
	char *err = NULL;
	long a0 = pl_fault_allocs(), total, k, tried = 0, failed = 0, tolerated = 0, bad = 0;
	s = parley_store_open(po, &err);
	if (!s) {
		fprintf(stderr, "faultloop: cannot load: %s\n", err ? err : "?");
		return 1;
	}
	parley_store_close(s);
	total = pl_fault_allocs() - a0;
	for (k = part; k < samples; k += parts) {
		/* spread evenly, shifted by the seed within each step */
		long step = total / samples > 0 ? total / samples : 1;
		long N = 1 + k * step + (long)((seed * 2654435761ul + (unsigned long)k * 40503ul) % (unsigned long)step);
		if (N > total)
			break;
		tried++;
		err = NULL;
		pl_fault_fail_alloc(N);
		s = parley_store_open(po, &err);
		pl_fault_fail_alloc(0);
		if (s) {
			tolerated++;
			parley_store_close(s);
			continue;
		}
		if (err && (strstr(err, "out of memory") || strstr(err, "Cannot allocate memory"))) {
			failed++;
		} else {
			bad++;
			fprintf(stderr, "faultloop: load: allocation %ld failed: %s\n", N,
			        err ? err : "no message");
		}
		free(err);
	}
	printf("faultloop: opening the store (%ld allocations): %ld of them failed in turn (seed %lu, "
	       "part %ld of %ld): %ld said out of memory, %ld were absorbed, %ld bad\n",
	       total, tried, seed, part + 1, parts, failed, tolerated, bad);
	return bad ? 1 : 0;
}

int main(int argc, char **argv)
{
	parley_options po;
	if (!pl_fault_enabled()) {
		fprintf(stderr, "faultloop: not a faults build (make faults)\n");
		return 2;
	}
	memset(&po, 0, sizeof po);
	if (argc == 5 && !strcmp(argv[1], "code")) {
		po.dict_dir = argv[2];
		po.data_dir = argv[3];
		return run_code(&po, argv[4]);
	}
	if (argc == 8 && !strcmp(argv[1], "load")) {
		po.dict_dir = argv[2];
		po.data_dir = argv[3];
		return run_load(&po, atol(argv[4]), strtoul(argv[5], NULL, 10), atol(argv[6]), atol(argv[7]));
	}
	fprintf(stderr, "usage: faultloop code DICT DATA FILE.jsonl\n"
	        "       faultloop load DICT DATA SAMPLES SEED PART PARTS\n");
	return 2;
}
