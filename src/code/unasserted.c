/*
** unasserted.c: acts named but not said to have happened; see unasserted.h.
*/
#include "unasserted.h"

#include <string.h>

#include "../base/words.h"
#include "../lex/tagger.h"
#include "assess.h"

/* verbs of charging and the preposition that opens what they say was done
** ("accused of misusing", "charged with plotting", "arrested for
** distributing"); "blame" is left out: "blamed Hamas for firing rockets"
** takes the firing as done and asks only who did it */
static const char *const charge_of[] = {"accuse", "suspect", "convict", "allege", "suspicion",
	NULL};
static const char *const charge_with[] = {"charge", NULL};
static const char *const charge_for[] = {"arrest", "jail", "sentence", "indict", "convict",
	"detain", NULL};

static const char *lemma_of(const pl_token *t)
{
	return t->lemma ? t->lemma : t->low;
}

/* Does word w of charging take preposition p before what it says was done? */
static int charge_prep(const char *w, const char *p)
{
	return (pl_eq(p, "of") && pl_in_list(w, charge_of)) ||
	       (pl_eq(p, "with") && pl_in_list(w, charge_with)) ||
	       (pl_eq(p, "for") && pl_in_list(w, charge_for));
}

/* Is token t, the first of a non-finite verb group, inside what a verb of
** charging says was done: its preposition right before a gerund, over
** other non-finite verbs only ("accusing her campaign of hiring a
** detective to investigate", "charged with providing false testimony and
** obstructing justice")?  Not an "of" before a noun ("accusing him of an
** error and calling for him to apologise"), nor a verb joined by "and"
** that is no gerund ("accused the U.S. of increasing protectionism and
** called for an end": the accuser's own act).  A finite verb, a semicolon
** or a colon on the way ends the search. */
static int charged_content(const pl_sentan *an, uint32_t t)
{
	const char *prep = NULL;
	uint32_t j;
	if (t > an->t0 && an->tok[t].tag != PL_T_VBG &&
	    (pl_eq(an->tok[t - 1].low, "and") || pl_eq(an->tok[t - 1].low, "or") ||
	     pl_eq(an->tok[t - 1].low, "but")))
		return 0;
	for (j = t; j-- > an->t0;) {
		const pl_token *tk = &an->tok[j];
		if (pl_eq(tk->low, ";") || pl_eq(tk->low, ":"))
			return 0;
		if (tk->tag == PL_T_IN && j + 1 < an->t1 && an->tok[j + 1].tag == PL_T_VBG) {
			if (!prep)
				prep = tk->low;
			continue;
		}
		/* "on suspicion of planning" */
		if (prep && PL_TAG_IS_NOUN(tk->tag) && charge_prep(lemma_of(tk), prep))
			return 1;
		if (!PL_TAG_IS_VERB(tk->tag) && tk->tag != PL_T_MD)
			continue;
		if (prep && charge_prep(lemma_of(tk), prep))
			return 1;
		/* a finite verb: the clause of the chain ends here */
		if (tk->tag == PL_T_MD || tk->tag == PL_T_VBD || tk->tag == PL_T_VBZ ||
		    tk->tag == PL_T_VBP)
			return 0;
	}
	return 0;
}

/* Does the chunk of event noun h open with a "no" that says there is none
** ("no direct threat", "no attacks")?  Not a capital "No" inside the
** sentence ("the No campaign", "No 10"), nor "no" before a number. */
static int no_chunk(const pl_sentan *an, uint32_t h)
{
	int q = an->np_of[h - an->t0];
	uint32_t t0;
	if (q < 0)
		return 0;
	t0 = an->np[q].t0;
	if (!pl_eq(an->tok[t0].low, "no") || t0 + 1 > h || an->tok[t0 + 1].tag == PL_T_CD)
		return 0;
	return an->tok[t0].s[0] == 'n' || t0 == an->t0;
}

void pl_unasserted_mark(const pl_sentan *an, pl_event *ev, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		pl_event *e = &ev[i];
		int k;
		if (e->negated || e->mood != PL_MOOD_ASSERTED)
			continue;
		if (e->nominal) {
			if (no_chunk(an, e->v))
				e->negated = 1;
			continue;
		}
		if ((k = pl_vg_of(an, e->v)) < 0 || an->vg[k].finite)
			continue;
		if (charged_content(an, an->vg[k].t0))
			e->mood = PL_MOOD_HYPOTHETICAL;
	}
}
