/*
** place.h: place names in a sentence resolved against a gazetteer built at
** build time from a GeoNames-derived npm package (tools/gen-places) plus
** parley's own list of regions and territories (dict/places.tsv).
*/
#ifndef PL_PLACE_H
#define PL_PLACE_H

#include <stddef.h>
#include <stdint.h>

#include "../text/segment.h"

typedef struct pl_gazetteer pl_gazetteer;

typedef struct pl_place {
	uint32_t t0, t1;        /* tokens of the name in the sentence */
	const char *name;       /* the gazetteer's name ("Gaza", "Gaza Strip") */
	const char *country;    /* ISO 3166 alpha-3 ("PSE") */
	double lat, lon;
	long population;        /* 0 when unknown (regions) */
	const char *file;       /* entry behind it, for evidence */
	uint32_t line;
} pl_place;

/* Loads the gazetteer from datadir (generated) and dict_dir (dict/places.tsv).
** NULL with "file:line: what" in err on failure. */
pl_gazetteer *pl_gazetteer_load(const char *datadir, const char *dict_dir, char *err, size_t errlen);

/* Frees it.  Accepts NULL. */
void pl_gazetteer_free(pl_gazetteer *g);

/* Number of names loaded. */
size_t pl_gazetteer_size(const pl_gazetteer *g);

/* Finds place names among tagged tokens tok[t0..t1) of one sentence (proper
** nouns, longest match first; ambiguous names go to the most populous place,
** preferring the country hint when given: a 3-letter code or NULL).  Writes
** at most max into out; returns how many. */
int pl_places_find(const pl_gazetteer *g, const pl_token *tok, uint32_t t0, uint32_t t1,
                   const char *country_hint, pl_place *out, int max);

#endif
