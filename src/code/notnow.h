/*
** notnow.h: events of a coded sentence that are not acts of the story's
** present, found after the coder has made them: habits ("she often
** criticised him"), acts in an infinitive under a modal ("there should be a
** shift to help politicians engage with voters"), acts in a clause tied by
** "after", "when", "before" ... to a clause dated long before the article
** ("imposed the ban in 1989 after troops opened fire"), statements told
** again inside someone's quoted words ("that's what he said"), and stances
** spoken of ("because of his staunch opposition to the war").
*/
#ifndef PL_NOTNOW_H
#define PL_NOTNOW_H

#include <stddef.h>

#include "../extract/quote.h"
#include "../parse/sent.h"
#include "coder.h"

/* Marks the n events ev (all of the sentence analysed in *an; ctx gives the
** article date and, in qdirect and qcue, the direct quotations among the
** article's quotes, which may be NULL): a habit, an act of a clause dated
** long before the article, or a statement told again inside someone's
** quoted words ("that's what he said") or a stance someone holds spoken of
** after a preposition gets `background`; an act only
** wished or weighed by a modal above its infinitive gets mood
** hypothetical, as does an intent whose subject is a thing that cannot
** intend (the store st tells which: "the move would help police").
** Events already flagged are left as they are. */
void pl_notnow_mark(const pl_store *st, const pl_sentan *an, const pl_docctx *ctx,
                    const pl_quote *quotes, pl_event *ev, size_t n);

/* With the n events ev of the sentence before (analysed in *prev, NULL
** when none) and the sentence *an: when an opens with a denial of "it",
** "this" or a claim named again ("Mr Blair denied the report"; a verb that
** dismisses only a claim it names: "has dismissed the claim"), the acts
** the sentence before tells after its verb of saying or claiming ("the
** newspaper reported that he had promised to quit") get mood
** hypothetical. */
void pl_notnow_denied_back(const pl_sentan *prev, pl_event *ev, size_t n, const pl_sentan *an);

#endif
