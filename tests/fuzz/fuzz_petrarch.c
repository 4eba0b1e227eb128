/*
** fuzz_petrarch.c: libFuzzer target for the PETRARCH/TABARI dictionary
** reader (src/dict/petrarch.c).  The first byte picks the file's name, which
** is what the reader goes by when the content does not tell: *.actors.txt,
** *.agents.txt, *.verbs.txt, *.discards.txt, *.issues.txt or a name that says
** nothing; the rest is the file.  Read into a store holding the real CAMEO
** table and lemmatizer (PARLEY_DICT, PARLEY_DATA; default dict and
** build/data), as `--dict-format petrarch` does.  Must load or fail with a
** message, in bounded time; never crash.  Built and run by `make fuzz`.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dict/petrarch.h"
#include "dict/store.h"
#include "lex/lemma.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const NAMES[] = {
	"in.actors.txt", "in.agents.txt", "in.verbs.txt", "in.discards.txt", "in.issues.txt", "in.txt",
};

static char dir[64];
static pl_lemmatizer *lemma;

static void noop(void *ud, const char *msg)
{
	(void)ud;
	(void)msg;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[1024] = "", path[128], cameo[4200];
	const char *files[2];
	pl_store s;
	FILE *f;
	const char *dict = getenv("PARLEY_DICT") ? getenv("PARLEY_DICT") : "dict";
	if (!dir[0]) {
		snprintf(dir, sizeof dir, "/tmp/parley-fuzz-petr-XXXXXX");
		if (!mkdtemp(dir))
			abort();
		lemma = pl_lemma_load(getenv("PARLEY_DATA") ? getenv("PARLEY_DATA") : "build/data", err, sizeof err);
		if (!lemma) {
			fprintf(stderr, "fuzz_petrarch: %s\n", err);
			abort();
		}
	}
	if (size == 0)
		return 0;
	snprintf(path, sizeof path, "%s/%s", dir, NAMES[data[0] % 6]);
	f = fopen(path, "wb");
	if (!f || (size > 1 && fwrite(data + 1, 1, size - 1, f) != size - 1))
		abort();
	fclose(f);
	memset(&s, 0, sizeof s);
	s.warn = noop;
	s.lemma = lemma;
	snprintf(cameo, sizeof cameo, "%s/cameo.tsv", dict);
	if (pl_store_read_tsv(&s, "cameo.tsv", cameo, err, sizeof err) < 0) {
		fprintf(stderr, "fuzz_petrarch: %s\n", err);
		abort();
	}
	files[0] = path;
	files[1] = NULL;
	if (pl_petrarch_load(&s, files, err, sizeof err) < 0 && !err[0])
		abort();   /* a failure must say why */
	remove(path);
	s.lemma = NULL;    /* shared by every input */
	pl_store_free(&s);
	return 0;
}
