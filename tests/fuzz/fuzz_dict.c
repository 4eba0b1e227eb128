/*
** fuzz_dict.c: libFuzzer target for parley's dictionary and model readers.
** The first byte picks the reader, the rest is the file's content: one of
** the TSV dictionaries (cameo.tsv, iso3166.tsv, actors/countries.tsv,
** actors/organizations.tsv, actors/people.tsv, agents.tsv, verbs.tsv,
** nouns.tsv: the patterns after the real CAMEO table), the place
** dictionary, the tagger model or the lemma tables.  Each input is written
** to a file in a temporary folder and read as the loader reads it.  Loading
** must succeed or fail with a message; never crash.  Built and run by
** `make fuzz`.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dict/store.h"
#include "extract/place.h"
#include "lex/lemma.h"
#include "lex/tagger.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const TSV[] = {
	"cameo.tsv", "iso3166.tsv", "actors/countries.tsv", "actors/organizations.tsv",
	"actors/people.tsv", "agents.tsv", "verbs.tsv", "nouns.tsv",
};
#define NTSV 8

static char dir[64];

static void put(const char *name, const uint8_t *p, size_t n)
{
	char path[128];
	FILE *f;
	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "wb");
	if (!f || (n && fwrite(p, 1, n, f) != n)) {
		fprintf(stderr, "fuzz_dict: cannot write %s\n", path);
		abort();
	}
	fclose(f);
}

static void noop(void *ud, const char *msg)
{
	(void)ud;
	(void)msg;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[1024] = "", path[128], cameo[4200];
	unsigned which;
	if (!dir[0]) {
		/* the gazetteer wants its generated file too: a small one */
		static const char gen[] = "name\tascii\tcountry\tlat\tlon\tpopulation\n"
		                          "Khartoum\tKhartoum\tSDN\t15.55\t32.53\t1974647\n";
		snprintf(dir, sizeof dir, "/tmp/parley-fuzz-dict-XXXXXX");
		if (!mkdtemp(dir))
			abort();
		put("places.gen.tsv", (const uint8_t *)gen, sizeof gen - 1);
	}
	if (size == 0)
		return 0;
	which = data[0] % (NTSV + 3);
	data++;
	size--;
	if (which < NTSV) {
		pl_store s;
		memset(&s, 0, sizeof s);
		s.warn = noop;
		/* patterns need the CAMEO table: the real one, from dict/ */
		snprintf(cameo, sizeof cameo, "%s/cameo.tsv", getenv("PARLEY_DICT") ? getenv("PARLEY_DICT") : "dict");
		if ((which == 6 || which == 7) && pl_store_read_tsv(&s, "cameo.tsv", cameo, err, sizeof err) < 0) {
			fprintf(stderr, "fuzz_dict: %s\n", err);
			abort();
		}
		put("in.tsv", data, size);
		snprintf(path, sizeof path, "%s/in.tsv", dir);
		if (pl_store_read_tsv(&s, TSV[which], path, err, sizeof err) < 0 && !err[0])
			abort();   /* a failure must say why */
		pl_store_free(&s);
	} else if (which == NTSV) {
		pl_gazetteer *g;
		char gdir[128];
		/* the data folder holds places.tsv (generated): link it in */
		snprintf(gdir, sizeof gdir, "%s/data", dir);
		if (access(gdir, F_OK) != 0) {
			char from[128], to[160];
			if (mkdir(gdir, 0700) < 0)
				abort();
			snprintf(from, sizeof from, "%s/places.gen.tsv", dir);
			snprintf(to, sizeof to, "%s/places.tsv", gdir);
			if (rename(from, to) < 0)
				abort();
		}
		put("places.tsv", data, size);
		g = pl_gazetteer_load(gdir, dir, err, sizeof err);
		if (!g && !err[0])
			abort();
		pl_gazetteer_free(g);
	} else if (which == NTSV + 1) {
		pl_tagger *t;
		put("tagger.txt", data, size);
		t = pl_tagger_load(dir, err, sizeof err);
		if (!t && !err[0])
			abort();
		pl_tagger_free(t);
	} else {
		pl_lemmatizer *l;
		put("lemma.txt", data, size);
		l = pl_lemma_load(dir, err, sizeof err);
		if (!l && !err[0])
			abort();
		pl_lemma_free(l);
	}
	return 0;
}
