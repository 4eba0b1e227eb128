/*
** lemma.h: lemmas (dictionary forms) from WordNet's morphology.
**
** Uses WordNet's exception lists (verb.exc, noun.exc, adj.exc) and its
** suffix-detachment rules checked against the WordNet index of base forms,
** converted at build time (tools/gen-lex) into the data directory.
*/
#ifndef PL_LEMMA_H
#define PL_LEMMA_H

#include <stddef.h>

#include "../base/arena.h"
#include "../text/segment.h"

typedef struct pl_lemmatizer pl_lemmatizer;

/* Loads the tables from datadir; NULL with "file:line: what" in err on failure. */
pl_lemmatizer *pl_lemma_load(const char *datadir, char *err, size_t errlen);

/* Frees the tables.  Accepts NULL. */
void pl_lemma_free(pl_lemmatizer *l);

/* Lemma of lower-case word `low` used with Penn tag `tag` (enum pl_tag):
** "seized"/VBD -> "seize", "hostages"/NNS -> "hostage", "was"/VBD -> "be",
** "better"/JJR -> "good".  Words of other classes, and unknown words, come back
** as `low` itself.  The result is either `low`, a string owned by the
** lemmatizer, or a string allocated in `a`. */
const char *pl_lemma(const pl_lemmatizer *l, const char *low, int tag, pl_arena *a);

/* Is lemma a noun none of whose WordNet senses is a person, a group, a
** place or a thing that may stand for a body ("unveiling", "election",
** "treaty"): nothing that can speak (tools/gen-lex)?  0 for other words. */
int pl_lemma_mute(const pl_lemmatizer *l, const char *lemma);

/* Sets tok[i].lemma for n tagged tokens. */
void pl_lemma_tokens(const pl_lemmatizer *l, pl_token *tok, uint32_t n, pl_arena *a);

/* A memory of the lemmas of looked-up words (verbs, plurals) kept from one
** article to the next, for one thread: the same words come back in every
** article.  It holds only answers that outlive an article, and answers
** only for the lemmatizer that gave them, so it may be kept as long as its
** user likes.  NULL when out of memory.  Freed with pl_lemma_cache_free()
** (accepts NULL). */
typedef struct pl_lemma_cache pl_lemma_cache;
pl_lemma_cache *pl_lemma_cache_new(void);
void pl_lemma_cache_free(pl_lemma_cache *c);

/* pl_lemma_tokens() asking cache c first (and filling it); c NULL: none.
** The lemmas are the same either way. */
void pl_lemma_tokens_cached(const pl_lemmatizer *l, pl_lemma_cache *c, pl_token *tok, uint32_t n,
                            pl_arena *a);

#endif
