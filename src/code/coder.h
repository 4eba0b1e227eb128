/*
** coder.h: CAMEO event coding of one analysed sentence: each verb group's
** verb patterns are tried (longest first), then source and target actors are
** taken from the clause (compound actors give one event per pair).
*/
#ifndef PL_CODER_H
#define PL_CODER_H

#include <stdint.h>

#include "../dict/petrarch.h"
#include "../dict/store.h"
#include "../extract/quote.h"
#include "../parse/sent.h"

typedef struct pl_actorref {
	const char *code;        /* NULL: none */
	uint32_t t0, t1;         /* tokens of the phrase */
	const char *file;        /* dictionary entry, or NULL */
	uint32_t line;
	uint8_t named;           /* no code, but the text names the actor (an
	                         ** unknown speaker): t0, t1 are its phrase */
	uint8_t how;             /* enum pl_actor_how (parse/sent.h): how the
	                         ** code was found; PL_HOW_NONE without one */
} pl_actorref;

typedef struct pl_event {
	uint32_t sent;           /* sentence index in the article */
	pl_actorref src, tgt;
	const pl_cameo *cameo;
	const pl_verbpat *pat;   /* the pattern that matched */
	uint32_t v;              /* main verb token */
	uint8_t negated, passive, future;
	uint8_t nominal;         /* named by a noun ("the attack on Gaza"): v is
	                         ** the noun */
	pl_place place;          /* where (copied: the analysis does not last) */
	uint8_t has_place;
	pl_date date;            /* y == 0: none */
	int gran;                /* enum pl_date_gran, 0 when from the article */
	const pl_issue_hit *issues;   /* PETRARCH issues of its sentence */
	int nissues;
	uint8_t mood;            /* enum pl_mood (assess.h) */
	uint8_t background;      /* told as background to the story, not its
	                         ** news: dated by the text well before the
	                         ** article (told_before, coder.c), or an undated
	                         ** act pl_background_clause finds */
	uint8_t nsib;            /* events coded from its sentence (for the
	                         ** confidence model) */
	double confidence;       /* [0, 1]: pl_assess_confidence */
	uint8_t has_cue;         /* it stands for the plain statement (010) of
	                         ** the verb of saying at token cue, dropped as
	                         ** the same act: that verb's quotations are its */
	uint32_t cue;
	uint8_t stance;          /* a statement coded by what it says
	                         ** (stance.h): dropped beside the same act's
	                         ** event of its root, as a plain one is */
	uint8_t reported;        /* its word stands inside a quotation's or
	                         ** reported clause's content (not its cue): an
	                         ** act told in another's words (for the
	                         ** confidence model) */
} pl_event;

/* Codes the events of sentence number `sent` (analysed in *an) and appends
** them to *ev (grown in a; *nev counts, *cap is the capacity).  quotes are
** the article's quotations: "we" or "I" inside one is its speaker.  Returns 0,
** or -1 when out of memory. */
int pl_code_sentence(const pl_store *s, const pl_sentan *an, const pl_docctx *ctx,
                     uint32_t sent, const pl_quote *quotes, size_t nq,
                     pl_arena *a, pl_event **ev, size_t *nev, size_t *cap);

#endif
