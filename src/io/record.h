/*
** record.h: from the coder's internal results (pl_event, pl_quote,
** pl_figure over the tokens of an article) to the public record model of
** parley.h, which every writer reads.  Nothing is allocated: a pl_recbuf
** holds one record and its parts.
*/
#ifndef PL_RECORD_H
#define PL_RECORD_H

#include <stddef.h>

#include "parley.h"
#include "recparts.h"
#include "../code/coder.h"
#include "../extract/figure.h"
#include "../extract/quote.h"
#include "../parse/sent.h"
#include "../text/segment.h"

/* What the builders need to know about the article. */
typedef struct pl_outdoc {
	const char *id;
	const char *text;
	const pl_text *tx;
} pl_outdoc;

/* One record with room for its parts; valid until the next build into it. */
typedef struct pl_recbuf {
	PL_RECORD_PARTS;
	char date[11];
} pl_recbuf;

/* An event; quote_ids (nq of them) are the numbers of the quotations its
** verb introduces, for a statement (root 01). */
const parley_record *pl_rec_event(pl_recbuf *rb, const pl_outdoc *d, const pl_event *e,
                                  const unsigned *quote_ids, size_t nq);

/* A quotation; id is its number in the article. */
const parley_record *pl_rec_quote(pl_recbuf *rb, const pl_outdoc *d, const pl_quote *q, unsigned id);

/* What a figure's record takes from the analysis of its sentence: the
** actor codes of the group and the reporter, and the place of the sentence
** nearest the figure.  Kept with the figure, the analysis may go before its
** record is written. */
typedef struct pl_figctx {
	const char *of_code, *by_code;
	pl_place place;
	int has_place;
} pl_figctx;

/* Fills *x for figure f of the sentence analysed in *an; the analysis counts
** tokens from `base` of the text (f's tokens count from 0). */
void pl_figure_context(const pl_sentan *an, uint32_t base, const pl_figure *f, pl_figctx *x);

/* A figure of sentence `sent`, with what pl_figure_context took for it. */
const parley_record *pl_rec_figure(pl_recbuf *rb, const pl_outdoc *d, const pl_figctx *x,
                                   uint32_t sent, const pl_figure *f);

/* An error record with message msg. */
const parley_record *pl_rec_error(pl_recbuf *rb, const char *id, const char *file, long line,
                                   const char *msg);

#endif
