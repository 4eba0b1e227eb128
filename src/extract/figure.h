/*
** figure.h: reported figures in a sentence: how many people were killed,
** injured, taken hostage, missing, arrested, detained, released, displaced or
** found dead ("More than 40,786 Palestinians have been killed", "Scores of
** hostages were released", "six hostages", "two dozen", "hundreds").
** Token spans are half-open [a, b).  The ranges given to vague words, the
** canonical qualifiers and the order in which `what` is decided are listed
** at the top of figure.c.
*/
#ifndef PL_FIGURE_H
#define PL_FIGURE_H

#include <stdint.h>

#include "../text/segment.h"

typedef struct pl_figure {
	uint32_t t0, t1;        /* tokens of the figure phrase (evidence span):
	                        ** qualifier, amount and group, and the verb
	                        ** when it follows at once ("12 killed") */
	long count;             /* the value; for a range or vague amount, low */
	long low, high;         /* range: "between 20 and 30", "dozens" = 24..99;
	                        ** low == high == count for an exact number (a
	                        ** qualifier does not widen it) */
	const char *what;       /* killed injured hostages missing arrested
	                        ** displaced detained released dead other */
	const char *qualifier;  /* "more than", "at least", "about", "nearly",
	                        ** "up to", "over", "fewer than", ... or NULL */
	uint32_t g0, g1;        /* tokens of the group counted ("Palestinians",
	                        ** "hostages"); g0 == g1 when none.  For "97 of
	                        ** whom" and "including 33" the group of the
	                        ** figure before (it may lie before t0) */
	uint32_t r0, r1;        /* tokens of who reports it ("the Israeli
	                        ** military" in "... the Israeli military says"),
	                        ** r0 == r1 when none */
} pl_figure;

/* Finds figures among the tagged, lemmatised tokens tok[t0..t1) of one
** sentence, in text order.  Writes at most max into out; returns how many
** (0 for NULL arguments or max <= 0).  Allocates nothing; strings returned
** are static.  A sentence with no number-like token costs one scan. */
int pl_figures_find(const pl_token *tok, uint32_t t0, uint32_t t1, pl_figure *out, int max);

/* Parses a number written in tokens tok[i..end): digits with separators
** ("40,786", "1.2"), number words ("six", "twenty-one", "three hundred and
** twenty", "a hundred", "two dozen", "half a million", "1.5 million"); sets
** *value and returns how many tokens it took (0: none, *value untouched).
** Vague words ("dozens", "hundreds") are not numbers here. */
int pl_number_parse(const pl_token *tok, uint32_t i, uint32_t end, double *value);

#endif
