/*
** quote.h: quotations and their speakers: direct quotes (straight and curly
** marks, split around the cue, over several sentences, partial quotes),
** reported speech ("X said that ...") and other attributions of a claim or a
** judgement ("X denied the report", "X vowed to fight", "according to X"),
** each with speaker, cue and content.
*/
#ifndef PL_QUOTE_H
#define PL_QUOTE_H

#include <stddef.h>
#include <stdint.h>

#include "../base/arena.h"
#include "../parse/sent.h"
#include "../text/segment.h"

#define PL_NONE UINT32_MAX

/* One attribution: who said what, with which verb.  Token indices are into
** the whole text (pl_text.tok).  A quote split around its cue ("A," he said,
** "B.") is two pl_quote with the same cue and speaker; a paragraph that
** goes on quoting with no cue of its own repeats the cue and speaker of the
** quote it continues, so the pieces of one attribution share their cue. */
typedef struct pl_quote {
	uint8_t direct;          /* 1: inside quotation marks; 0: reported speech */
	uint8_t partial;         /* a quoted fragment inside a longer sentence
	                         ** ("will work "over the coming days" with");
	                         ** its clause is also given as reported speech */
	uint8_t pronoun;         /* the speaker was "he"/"she", resolved to the
	                         ** named speaker in sp0..sp1 */
	uint32_t q0, q1;         /* content tokens [q0, q1): quote marks, a
	                         ** trailing comma, and for reported speech "that"
	                         ** and final punctuation left out */
	uint32_t sp0, sp1;       /* speaker tokens [sp0, sp1) (the named speaker
	                         ** after resolution, possibly in an earlier
	                         ** sentence); sp0 == sp1 when unknown */
	const char *code;        /* speaker's actor code, or NULL */
	const char *sp_file;     /* the dictionary entry of the speaker's chunk
	                         ** (file:line, as its analysis gave it), or
	                         ** NULL */
	uint32_t sp_line;
	uint32_t cue;            /* cue token (verb, "according", or the colon
	                         ** of "Name: ..."), or PL_NONE */
	uint32_t sent;           /* sentence index of the cue (else of q0) */
} pl_quote;

/* Finds the quotations and reported speech of a whole article: tx is its
** tagged, lemmatised text, an[i] the analysis of sentence i (pl_sent_analyse,
** tx->nsent of them, in order with one pl_docctx).  The quotes, in text
** order of their content, are taken from a; *out and *n are set (NULL, 0
** when there are none).  The working memory (several bytes a token and the
** candidates) comes from work, which the caller may reset afterwards (NULL:
** from a, where it stays).  Returns 0, or -1 when out of memory. */
int pl_quotes_find(const pl_text *tx, const pl_sentan *an, pl_arena *a, pl_arena *work,
                   pl_quote **out, size_t *n);

/* The codes of the speakers named in the parts of an article already
** searched, for an article searched a part at a time: for each last word of
** a coded chunk, the code of the latest such chunk.  Zero it and set a (the
** arena of the article, where its table grows) before the first part. */
typedef struct pl_speakers {
	pl_arena *a;
	struct pl_spk_slot *slot;  /* open addressing, cap a power of two */
	size_t n, cap;
} pl_speakers;

/* pl_quotes_find over one part of an article (tx and an of its sentences
** alone): a speaker with no code of its own that no chunk of the part
** before it names takes its code from *prior, which then takes the coded
** chunks of this part.  prior NULL: pl_quotes_find. */
int pl_quotes_find_part(const pl_text *tx, const pl_sentan *an, pl_arena *a, pl_arena *work,
                        pl_speakers *prior, pl_quote **out, size_t *n);

/* The quotations whose cue is token t: the run of idx (n indices into
** quotes, sorted by cue, then by index) where they stand, found by binary
** search; returns its first position and sets *len to its length. */
size_t pl_quotes_cue_run(const pl_quote *quotes, const uint32_t *idx, size_t n, uint32_t t,
                         size_t *len);

/* "'He has let the country down,' said Mr Howard": a "he", "she" or "him"
** inside a direct quotation is never its speaker.  Where the sentence
** analyses gave such a pronoun the speaker's dictionary entry, it is given
** the nearest person named before it who is not the speaker (in its
** sentence or the two before), or no one.  an: the nsent analyses the
** quotations were found in; their chunks are changed. */
void pl_quotes_other_pronouns(const pl_quote *quotes, size_t nq, const pl_sentan *an, uint32_t nsent);

/* "'I hope you can act quickly,' she told the minister", "he wrote to the
** council leader: '...ask you to reconsider'": a "you" inside a direct
** quotation whose cue names a coded hearer (the object of a verb of telling,
** or "to" and a chunk right after the cue) is that hearer.  Such chunks
** take the hearer's code and are marked hearer, before any verb pattern is
** tried, so that patterns needing an actor as object ("ask + to") fire. */
void pl_quotes_hearer_you(const pl_quote *quotes, size_t nq, const pl_sentan *an, uint32_t nsent);

#endif
