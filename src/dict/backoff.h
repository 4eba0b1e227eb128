/*
** backoff.h: codes verbs and event nouns the dictionaries do not know by a
** WordNet neighbour they do ("shelled" by "bombard", "the shelling" by
** "shell"), from the table tools/gen-wordnet writes at build time
** (data/wordnet.tsv).
*/
#ifndef PL_BACKOFF_H
#define PL_BACKOFF_H

#include "store.h"

/* Adds a bare pattern (flag backoff) to s->verbs for each verb of
** data_dir/wordnet.tsv with no entry of its own whose first sense is also
** the first sense of a synonym with one bare code, of an allowed root; and
** the same to s->nouns for event nouns (synonyms, then the verbs derived in
** that sense).  Neighbours that disagree on the root give nothing; the code
** is cut to its three-digit level, or to the root's own code when the
** neighbours share only the root.  A missing table adds nothing.  Returns
** the number of patterns added, or -1 with err set when memory runs out or
** the table is damaged. */
long pl_backoff_load(pl_store *s, const char *data_dir, char *err, size_t errlen);

#endif
