/*
** place.h: place names in a sentence resolved against a gazetteer built at
** build time from a GeoNames-derived npm package (tools/gen-places writes
** datadir/places.tsv: towns of 5,000 people or more) plus parley's own list
** of regions, territories, camps, crossings and waterways (dict/places.tsv).
** Country names are not places here: the actor dictionaries own them.
*/
#ifndef PL_PLACE_H
#define PL_PLACE_H

#include <stddef.h>
#include <stdint.h>

#include "../text/segment.h"

typedef struct pl_gazetteer pl_gazetteer;

/* One place found.  The strings belong to the gazetteer. */
typedef struct pl_place {
	uint32_t t0, t1;        /* tokens [t0, t1) of the name in the sentence */
	const char *name;       /* the gazetteer's name ("Gaza", "Gaza Strip",
	                        ** "Khān Yūnis" when matched as "Khan Yunis") */
	const char *country;    /* ISO 3166 alpha-3 ("PSE"); "" for waters and
	                        ** areas of several states ("Red Sea", "Sahel") */
	double lat, lon;        /* degrees; dictionary entries are rough centroids */
	long population;        /* 0 when unknown (regions) */
	int market;             /* an exchange or market ("London Metal Exchange",
	                        ** "Paris bourse"): its country is its traders' */
	const char *file;       /* entry behind it, for evidence: path and line */
	uint32_t line;
} pl_place;

/* Loads the gazetteer from datadir/places.tsv (generated) and
** dict_dir/places.tsv (dict_dir is usually "dict").  Each file is read in one
** piece and split in place; names are keyed in lower case (and without
** diacritics, from the generated ASCII column).  Returns NULL with
** "file:line: what" in err on failure (a missing generated file included).
** Once loaded it is only read: one gazetteer may serve many threads. */
pl_gazetteer *pl_gazetteer_load(const char *datadir, const char *dict_dir, char *err, size_t errlen);

/* Frees it.  Accepts NULL. */
void pl_gazetteer_free(pl_gazetteer *g);

/* The lines skipped while loading (a bad field: the README promises that
** one bad line costs that line only), as "file:line: what, line skipped"
** lines, the first 50 of them; *n gets how many there were.  Owned by g. */
const char *pl_gazetteer_warnings(const pl_gazetteer *g, long *n);

/* Number of entries (lines) loaded from both files. */
size_t pl_gazetteer_size(const pl_gazetteer *g);

/* Finds place names among tagged tokens tok[t0..t1) of one sentence, left to
** right, without overlaps.  A name starts at a proper noun (NNP, NNPS or a
** capitalised word) and the longest name there wins ("Gaza Strip" over
** "Gaza"); tokens are compared in lower case.  An ambiguous name goes to the
** country hint when one of its places is there (a 3-letter code, or NULL),
** else to the dictionary's entry, else to the most populous place.
** Left out: month and day names; a one-word name right after another proper
** noun ("Gen. Austin") or written as a short acronym ("US"); and, unless
** they follow a preposition and precede no capital ("in Nice", "in Reading"),
** names made of common English words and towns named like people.  Whether a
** name is part of an actor's name is the caller's concern.
** Writes at most max places into out; returns how many. */
int pl_places_find(const pl_gazetteer *g, const pl_token *tok, uint32_t t0, uint32_t t1,
                   const char *country_hint, pl_place *out, int max);
/* The same, with the exchanges and markets of the place dictionary (kind
** "market": "London Metal Exchange", "LME", "Paris bourse") among the
** places; pl_places_find leaves them out, as no place of an event or a
** person's name ("CME special counsel Leo Melamed"). */
int pl_markets_find(const pl_gazetteer *g, const pl_token *tok, uint32_t t0, uint32_t t1,
                    pl_place *out, int max);

#endif
