/*
** quote.h: quotations and their speakers: direct quotes (straight and curly
** marks, split around the cue, over several sentences, partial quotes) and
** reported speech ("X said that ..."), each with speaker, cue verb and content.
*/
#ifndef PL_QUOTE_H
#define PL_QUOTE_H

#include <stddef.h>
#include <stdint.h>

#include "../base/arena.h"
#include "../parse/sent.h"
#include "../text/segment.h"

#define PL_NONE UINT32_MAX

typedef struct pl_quote {
	uint8_t direct;          /* 1: inside quotation marks */
	uint8_t partial;         /* a quoted fragment inside a longer sentence */
	uint8_t pronoun;         /* the speaker was a pronoun, resolved */
	uint32_t q0, q1;         /* content tokens [q0, q1) (quote marks excluded) */
	uint32_t sp0, sp1;       /* speaker tokens (the named speaker after
	                         ** resolution); sp0 == sp1 when unknown */
	const char *code;        /* speaker's actor code, or NULL */
	uint32_t cue;            /* cue verb token, or PL_NONE */
	uint32_t sent;           /* sentence index of the cue (else of q0) */
} pl_quote;

/* Finds the quotations of a whole article: tx is its tagged text, an[i] the
** analysis of sentence i (pl_sent_analyse).  The array of quotes is taken
** from a; *out and *n are set.  Returns 0, or -1 when out of memory. */
int pl_quotes_find(const pl_text *tx, const pl_sentan *an, pl_arena *a,
                   pl_quote **out, size_t *n);

#endif
