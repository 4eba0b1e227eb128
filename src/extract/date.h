/*
** date.h: calendar dates, and date expressions in a sentence resolved
** against the article's date ("on Monday", "Oct. 7", "last week", "in November",
** "on Sept. 2, 2024", "yesterday").
*/
#ifndef PL_DATE_H
#define PL_DATE_H

#include <stdint.h>

#include "../text/segment.h"

typedef struct pl_date {
	int16_t y;   /* 0: unknown */
	int8_t m;    /* 1-12, 0: unknown */
	int8_t d;    /* 1-31, 0: unknown */
} pl_date;

enum pl_date_gran { PL_GRAN_DAY = 3, PL_GRAN_WEEK = 4, PL_GRAN_MONTH = 2, PL_GRAN_YEAR = 1 };

/* One date expression found in a sentence. */
typedef struct pl_datex {
	uint32_t t0, t1;     /* tokens [t0, t1) of the expression ("on" excluded) */
	pl_date date;        /* resolved date; for week/month/year: its first day */
	int gran;            /* enum pl_date_gran */
} pl_datex;

/* Parses "YYYY-MM-DD", "YYYY-MM-DDThh:mm..." or "YYYY/MM/DD" at the start of s.
** Returns 0 and sets *out, or -1 (then *out is all zero). */
int pl_date_parse(const char *s, pl_date *out);

/* Writes "YYYY-MM-DD" (11 bytes with NUL) into buf; "" when d.y is 0. */
void pl_date_format(pl_date d, char buf[11]);

/* Day arithmetic on the proleptic Gregorian calendar: d plus `days` (may be
** negative); all zero when d is not a valid date or the result leaves years
** 1-9999.  The weekday is 0 = Monday .. 6 = Sunday, or -1 for an invalid d. */
pl_date pl_date_add(pl_date d, int days);
/* The last day a date of granularity gran (PL_GRAN_*) can name: the end of
** its week (d plus 6), its month (plus 30, as the news window counts) or its
** year (31 December); d itself for a day. */
pl_date pl_date_last(pl_date d, int gran);
int pl_date_weekday(pl_date d);
/* Does a date d of granularity gran end (pl_date_last) more than `days`
** days before ref?  0 when either has no year. */
int pl_date_long_before(pl_date d, int gran, pl_date ref, int days);
/* pl_date_long_before, or a date that names a whole year before ref's
** ("last year", "in 2004"): an act so timed is of that year, told as
** what came before the story, however near the year's end ref falls. */
int pl_date_before_story(pl_date d, int gran, pl_date ref, int days);
/* Is token t a year (four digits, from 1800) before ref's? */
int pl_year_before(const pl_token *t, pl_date ref);

/* Finds date expressions among tokens tok[t0..t1) of one sentence and resolves
** them against `ref` (the article date; when ref.y is 0, only expressions
** with an explicit year resolve, the others are written with date.y 0, so
** that their words are known as a date).  Writes at most `max` into out; returns how
** many were written.  Past is preferred: "on Monday" in an article of
** Tuesday 2024-09-03 is 2024-09-02; "Oct. 7" is the latest Oct. 7 not after ref,
** unless the sentence is plainly about the future ("will", "next").  Weeks run
** Monday to Sunday ("last week" is the Monday of the week before ref's).  An
** impossible date ("Feb. 30") gives nothing.  date.c lists every convention. */
int pl_dates_find(const pl_token *tok, uint32_t t0, uint32_t t1, pl_date ref,
                  pl_datex *out, int max);

/* Re-reads date expression x, found by pl_dates_find among tok[t0..t1)
** against ref, as in a sentence about the future: a bare weekday becomes
** the earliest such day on or after ref ("Ministers meet union leaders on
** Thursday"), a month and day with no year the earliest not before it when
** that is nearer to ref than the latest not after it.
** Sets x->date and returns 1 when that changes it; 0 otherwise (a date
** with a year, "last Monday", "yesterday" read the same either way). */
int pl_date_forward(const pl_token *tok, uint32_t t0, uint32_t t1, pl_date ref, pl_datex *x);

#endif
