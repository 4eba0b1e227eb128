/*
** test_place.c: unit tests for extract/place.c: loading the gazetteer
** (build/data/places.tsv and dict/places.tsv) and finding places in
** sentences tokenised by pl_segment and tagged by the real tagger.
*/
#include "testhelp.h"

#include <math.h>
#include <stdlib.h>
#include <unistd.h>

#include "base/arena.h"
#include "extract/place.h"
#include "lex/tagger.h"
#include "text/segment.h"

#define MAXP 16

static pl_gazetteer *gaz(void)
{
	static pl_gazetteer *g;
	static int tried;
	if (!tried) {
		char err[256];
		tried = 1;
		g = pl_gazetteer_load(th_datadir(), "dict", err, sizeof err);
		if (!g)
			fprintf(stderr, "  gazetteer: %s\n", err);
	}
	return g;
}

static pl_tagger *tagger(void)
{
	static pl_tagger *t;
	static int tried;
	if (!tried) {
		char err[256];
		tried = 1;
		t = pl_tagger_load(th_datadir(), err, sizeof err);
		if (!t)
			fprintf(stderr, "  tagger: %s\n", err);
	}
	return t;
}

static pl_arena *arena;
static pl_place found[MAXP];

/* Segments and tags text (first sentence only) and finds its places. */
static int find(const char *text, const char *hint)
{
	pl_text tx;
	if (!gaz() || !tagger())
		return -1;
	if (!arena)
		arena = pl_arena_new(0);
	pl_arena_reset(arena);
	if (pl_segment(arena, text, strlen(text), &tx) < 0 || tx.nsent == 0)
		return -1;
	pl_tagger_tag(tagger(), tx.tok + tx.sent[0].t0, tx.sent[0].t1 - tx.sent[0].t0);
	return pl_places_find(gaz(), tx.tok, tx.sent[0].t0, tx.sent[0].t1, hint, found, MAXP);
}

static int near(double a, double b, double tol)
{
	return fabs(a - b) <= tol;
}

TEST(load)
{
	CHECK(gaz() != NULL);
	CHECK(pl_gazetteer_size(gaz()) > 20000);
	CHECK_INT(pl_gazetteer_size(NULL), 0);
	pl_gazetteer_free(NULL);
}

TEST(load_errors)
{
	char err[256];
	pl_gazetteer *g = pl_gazetteer_load("/nonexistent", "dict", err, sizeof err);
	CHECK(g == NULL);
	CHECK(strstr(err, "/nonexistent/places.tsv") != NULL);
	g = pl_gazetteer_load(th_datadir(), "/nonexistent", err, sizeof err);
	CHECK(g == NULL);
	CHECK(strstr(err, "/nonexistent/places.tsv") != NULL);
}

/* Loads with a dictionary of the given text; returns the error, else the
** warnings ("" if none); dict_size gets the number of entries loaded. */
static size_t dict_size;
static const char *load_dict(const char *text)
{
	static char err[512];
	char dir[] = "/tmp/parley-placeXXXXXX", path[64];
	pl_gazetteer *g;
	FILE *f;
	err[0] = '\0';
	if (!mkdtemp(dir))
		return "mkdtemp failed";
	snprintf(path, sizeof path, "%s/places.tsv", dir);
	f = fopen(path, "w");
	if (!f)
		return "fopen failed";
	fputs(text, f);
	fclose(f);
	g = pl_gazetteer_load(th_datadir(), dir, err, sizeof err);
	dict_size = 0;
	if (g) {
		long nw;
		snprintf(err, sizeof err, "%s", pl_gazetteer_warnings(g, &nw));
		dict_size = pl_gazetteer_size(g);
	}
	pl_gazetteer_free(g);
	remove(path);
	rmdir(dir);
	return err;
}

TEST(dict_errors)
{
	size_t full;
	CHECK_STR(load_dict("# c\nname\tcountry\tlat\tlon\tkind\nX\tPSE\t1\t2\tcity\n"), "");
	full = dict_size;
	/* a bad line is skipped with a warning; the others load */
	CHECK(strstr(load_dict("name\tcountry\tlat\tlon\tkind\nX\tPSE\t91\t2\tcity\nY\tPSE\t1\t2\tcity\n"),
	             "places.tsv:2: bad latitude or longitude, line skipped") != NULL);
	CHECK_INT((long)dict_size, (long)full);
	CHECK(strstr(load_dict("name\tcountry\tlat\tlon\tkind\nX\tPSE\t1\tcity\nY\tPSE\t1\t2\tcity\n"),
	             "places.tsv:2: 4 fields, expected 5, line skipped") != NULL);
	CHECK_INT((long)dict_size, (long)full);
	/* a file of bad lines only is damaged */
	CHECK(strstr(load_dict("name\tcountry\tlat\tlon\tkind\nX\tPSE\t91\t2\tcity\n"),
	             "no usable entries") != NULL);
	CHECK(strstr(load_dict("name\tcountry\tlat\tlon\tkind\nX\tPSE\t1\t2\tcity"),
	             "cut short") != NULL);
	CHECK(strstr(load_dict("# only a comment\n\nX\tPSE\t1\t2\tcity\n"),
	             "places.tsv:3: expected the header") != NULL);
	CHECK(strstr(load_dict("name\tcountry\tlat\tlon\tkind\r\nX\tPS\t1\t2\tcity\r\nY\tPSE\t1\t2\tcity\r\n"),
	             "places.tsv:2: country is not an alpha-3 code, line skipped") != NULL);
	CHECK(strstr(load_dict(""), "is empty") != NULL);
}

TEST(gaza_city)
{
	CHECK_INT(find("Israeli strikes killed 12 people in Gaza on Tuesday.", NULL), 1);
	CHECK_STR(found[0].name, "Gaza");
	CHECK_STR(found[0].country, "PSE");
	CHECK(near(found[0].lat, 31.5, 0.05));
	CHECK(near(found[0].lon, 34.47, 0.05));
	CHECK(found[0].population > 100000);
	CHECK(strstr(found[0].file, "places.tsv") != NULL);
	CHECK(found[0].line > 3);
}

TEST(gaza_strip)
{
	CHECK_INT(find("Aid trucks entered the Gaza Strip from Egypt.", NULL), 1);
	CHECK_STR(found[0].name, "Gaza Strip");
	CHECK_STR(found[0].country, "PSE");
	CHECK_INT(found[0].population, 0);
	CHECK_INT(found[0].t1 - found[0].t0, 2);
	CHECK(strstr(found[0].file, "dict/places.tsv") != NULL);
}

TEST(sudan)
{
	CHECK_INT(find("Fighting spread from Khartoum to Omdurman overnight.", NULL), 2);
	CHECK_STR(found[0].name, "Khartoum");
	CHECK_STR(found[0].country, "SDN");
	CHECK(near(found[0].lat, 15.55, 0.1));
	CHECK_STR(found[1].name, "Omdurman");
	CHECK_STR(found[1].country, "SDN");
	CHECK_INT(find("Clashes were reported in El Fasher and across Darfur.", NULL), 2);
	CHECK_STR(found[0].name, "El Fasher");
	CHECK_STR(found[1].name, "Darfur");
}

TEST(west_bank)
{
	CHECK_INT(find("Troops raided Jenin in the occupied West Bank.", NULL), 2);
	CHECK_STR(found[0].name, "Jenin");
	CHECK_STR(found[0].country, "PSE");
	CHECK(near(found[0].lat, 32.46, 0.1));
	CHECK_STR(found[1].name, "West Bank");
}

TEST(ukraine)
{
	CHECK_INT(find("Missiles hit Kyiv and Kharkiv early on Sunday.", NULL), 2);
	CHECK_STR(found[0].name, "Kyiv");
	CHECK_STR(found[0].country, "UKR");
	CHECK(near(found[0].lat, 50.45, 0.1));
	CHECK_STR(found[1].name, "Kharkiv");
	CHECK_STR(found[1].country, "UKR");
	CHECK_INT(find("The old spelling Kiev still turns up.", NULL), 1);
	CHECK_STR(found[0].country, "UKR");
}

TEST(ascii_names)
{
	/* GeoNames writes "Tikrīt"; the ASCII column matches plain text */
	CHECK_INT(find("Protesters gathered in Tulkarm and in Ar Raqqah.", NULL), 2);
	CHECK_STR(found[0].country, "PSE");
	CHECK_STR(found[1].name, "Ar Raqqah");
	CHECK_STR(found[1].country, "SYR");
	CHECK_INT(find("Shelling near Tikrit was reported.", NULL), 1);
	CHECK_STR(found[0].name, "Tikr\xc4\xabt");
	CHECK_STR(found[0].country, "IRQ");
}

TEST(ambiguous)
{
	CHECK_INT(find("The mayor of Springfield spoke on Friday.", NULL), 1);
	CHECK_STR(found[0].name, "Springfield");
	CHECK_STR(found[0].country, "USA");
	CHECK_INT(find("The mayor of Springfield spoke on Friday.", "USA"), 1);
	CHECK_STR(found[0].country, "USA");
	CHECK_INT(find("Leaders met in Paris on Monday.", NULL), 1);
	CHECK_STR(found[0].country, "FRA");
	CHECK(near(found[0].lat, 48.85, 0.1));
	CHECK_INT(find("Leaders met in Paris on Monday.", "USA"), 1);
	CHECK_STR(found[0].country, "USA");
	CHECK_INT(find("Leaders met in Paris on Monday.", "usa"), 1);
	CHECK_STR(found[0].country, "USA");
	/* a hint with no place of that name changes nothing */
	CHECK_INT(find("Leaders met in Paris on Monday.", "SDN"), 1);
	CHECK_STR(found[0].country, "FRA");
}

TEST(not_places)
{
	CHECK_INT(find("Israel said on Monday it would respond, Reuters reported.", NULL), 0);
	CHECK_INT(find("Lebanon and Armenia signed an accord in March.", NULL), 0);
	CHECK_INT(find("Police said the Federal Reserve and the European Union would meet.", NULL), 0);
	CHECK_INT(find("Reading the report, Austin Tice's family wept.", NULL), 0);
	CHECK_INT(find("Gen. Austin told the US and the UN in May.", NULL), 0);
}

TEST(common_words)
{
	CHECK_INT(find("A lorry drove into the crowd in Nice last year.", NULL), 1);
	CHECK_STR(found[0].name, "Nice");
	CHECK_STR(found[0].country, "FRA");
	CHECK_INT(find("Nice weather helped the rescuers.", NULL), 0);
	CHECK_INT(find("He was arrested in Reading on Friday.", NULL), 1);
	CHECK_STR(found[0].country, "GBR");
}

TEST(limits)
{
	CHECK_INT(find("From Kyiv to Kharkiv and Odesa.", NULL), 3);
	CHECK_STR(found[2].name, "Odesa");
	{
		pl_text tx;
		pl_place one[1];
		const char *s = "From Kyiv to Kharkiv and Odesa.";
		pl_arena_reset(arena);
		CHECK(pl_segment(arena, s, strlen(s), &tx) == 0);
		pl_tagger_tag(tagger(), tx.tok, tx.ntok);
		CHECK_INT(pl_places_find(gaz(), tx.tok, 0, tx.ntok, NULL, one, 1), 1);
		CHECK_STR(one[0].name, "Kyiv");
		CHECK_INT(pl_places_find(gaz(), tx.tok, 0, tx.ntok, NULL, one, 0), 0);
		CHECK_INT(pl_places_find(NULL, tx.tok, 0, tx.ntok, NULL, one, 1), 0);
		CHECK_INT(pl_places_find(gaz(), tx.tok, 2, 2, NULL, one, 1), 0);
	}
}

TEST(cleanup)
{
	pl_arena_free(arena);
	arena = NULL;
	pl_gazetteer_free(gaz());
	pl_tagger_free(tagger());
	CHECK(1);
}

static th_test TESTS[] = {
	T(load), T(load_errors), T(dict_errors), T(gaza_city), T(gaza_strip), T(sudan), T(west_bank),
	T(ukraine), T(ascii_names), T(ambiguous), T(not_places), T(common_words),
	T(limits), T(cleanup)
};

TEST_MAIN()
