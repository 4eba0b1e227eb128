/*
** figure.h: reported figures in a sentence: how many people were killed,
** injured, taken hostage, missing, arrested, detained, released, displaced or
** found dead ("More than 40,786 Palestinians have been killed", "Scores of
** hostages were released", "six hostages", "two dozen", "hundreds").
*/
#ifndef PL_FIGURE_H
#define PL_FIGURE_H

#include <stdint.h>

#include "../text/segment.h"

typedef struct pl_figure {
	uint32_t t0, t1;        /* tokens of the figure phrase (evidence span) */
	long count;             /* the value; for a range or vague amount, low */
	long low, high;         /* range: "between 20 and 30", "dozens" = 24..99 */
	const char *what;       /* killed injured hostages missing arrested
	                        ** displaced detained released dead other */
	const char *qualifier;  /* "more than", "at least", "about", "nearly",
	                        ** "up to", "over", "fewer than", ... or NULL */
	uint32_t g0, g1;        /* tokens of the group counted ("Palestinians",
	                        ** "hostages"); g0 == g1 when none */
	uint32_t r0, r1;        /* tokens of who reports it ("the Israeli
	                        ** military" in "... the Israeli military says"),
	                        ** r0 == r1 when none */
} pl_figure;

/* Finds figures among the tagged, lemmatised tokens tok[t0..t1) of one
** sentence.  Writes at most max into out; returns how many.  Allocates
** nothing; strings returned are static. */
int pl_figures_find(const pl_token *tok, uint32_t t0, uint32_t t1, pl_figure *out, int max);

/* Parses a number written in tokens tok[i..): digits with separators
** ("40,786", "1.2"), number words ("six", "twenty-one", "two dozen", "1.5
** million"); sets *value and returns how many tokens it took (0: none). */
int pl_number_parse(const pl_token *tok, uint32_t i, uint32_t end, double *value);

#endif
