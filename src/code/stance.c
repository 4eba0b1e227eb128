/*
** stance.c: statements that criticise or praise by what they say; see
** stance.h.
*/
#include "stance.h"

#include <string.h>

static const char *lem(const pl_token *t)
{
	return t->lemma ? t->lemma : t->low;
}

/* Verbs that join a subject to what it is said to be. */
static int linking(const char *lemma)
{
	static const char *const w[] = {"be", "seem", "look", "sound", "remain", "become", "appear",
		NULL};
	int i;
	for (i = 0; w[i]; i++)
		if (!strcmp(lemma, w[i]))
			return 1;
	return 0;
}

/* The cue word's code in the predicate after linking verb group g: the few
** words of its complement ("was a complete disgrace", "had been utterly
** wrong"), up to a preposition, a punctuation mark, a conjunction or another
** verb.  NULL when there is none, or when the complement is negated ("was no
** disgrace"). */
static const char *predicate_cue(const pl_store *s, const pl_sentan *an, const pl_vg *g, uint32_t end)
{
	uint32_t j;
	for (j = g->t1; j < end && j < g->t1 + 6; j++) {
		const pl_token *t = &an->tok[j];
		const char *code;
		if (!strcmp(t->low, "no") || !strcmp(t->low, "not") || !strcmp(t->low, "never") ||
		    !strcmp(t->low, "hardly"))
			return NULL;
		/* (a judgement quoted in the speaker's words: was "a shambles") */
		if (t->tag == PL_T_PPL || t->tag == PL_T_PPR) {
			end += end < an->t1;
			continue;
		}
		if ((t->flags & PL_TOK_PUNCT) || t->tag == PL_T_IN || t->tag == PL_T_TO ||
		    t->tag == PL_T_CC || t->tag == PL_T_MD || t->tag == PL_T_WDT || t->tag == PL_T_WP ||
		    (PL_TAG_IS_VERB(t->tag) && t->tag != PL_T_VBN))
			return NULL;
		code = pl_hash_get(&s->stance, lem(t), strlen(lem(t)));
		if (!code && strcmp(lem(t), t->low))
			code = pl_hash_get(&s->stance, t->low, t->len);
		if (code)
			return code;
	}
	return NULL;
}

/* "it would be wrong to ...", "could be a disaster": a judgement of what
** might be, not of anything done */
static int modal(const pl_sentan *an, const pl_vg *g)
{
	uint32_t j;
	for (j = g->t0; j < g->v; j++)
		if (an->tok[j].tag == PL_T_MD && strcmp(an->tok[j].low, "will") && strcmp(an->tok[j].low, "'ll"))
			return 1;
	return 0;
}

/* Does the clause of g open with a word that makes it no assertion ("if it
** was wrong", "whether the plan is a disgrace")? */
static int unasserted(const pl_sentan *an, const pl_vg *g, uint32_t from)
{
	uint32_t j, start = g->subj >= 0 && an->np[g->subj].t0 >= from ? an->np[g->subj].t0 : g->t0;
	for (j = start; j > from && start - j < 3; j--) {
		const char *w = an->tok[j - 1].low;
		if (!strcmp(w, "if") || !strcmp(w, "whether") || !strcmp(w, "unless") ||
		    !strcmp(w, "though") || !strcmp(w, "although"))
			return 1;
	}
	return 0;
}

const char *pl_stance_code(const pl_store *s, const pl_sentan *an, int k, const pl_quote *quotes,
                           size_t nq, int *target)
{
	const pl_vg *g = &an->vg[k];
	uint32_t c0 = g->t1, c1 = an->t1;
	size_t i;
	int j;
	*target = -1;
	if (!s->stance.n)
		return NULL;
	/* the content of the speech: its quotation (the widest, not a quoted
	** fragment of it), else what follows the verb */
	{
		int found = 0;
		for (i = 0; i < nq; i++)
			if (quotes[i].cue == g->v && quotes[i].q1 > quotes[i].q0 &&
			    (!found || quotes[i].q1 - quotes[i].q0 > c1 - c0)) {
				c0 = quotes[i].q0;
				c1 = quotes[i].q1;
				found = 1;
			}
	}
	for (j = 0; j < an->nvg; j++) {
		const pl_vg *h = &an->vg[j];
		const char *code;
		int subj;
		if (j == k || h->v < c0 || h->v >= c1)
			continue;
		/* another speaker's words inside ("said Brown had called it ...") */
		if (h->reporting && h->v > g->v)
			return NULL;
		if (!linking(lem(&an->tok[h->v])) || h->negated || !h->finite || h->passive)
			continue;
		subj = h->subj;
		/* (a subject outside the content is the parser's guess: the chunk
		** right before the verb is the one judged, "said they were wrong") */
		if (subj >= 0 && an->np[subj].t0 < c0) {
			subj = h->t0 > c0 ? an->np_of[h->t0 - 1 - an->t0] : -1;
			if (subj < 0 || an->np[subj].t0 < c0)
				continue;
		}
		code = predicate_cue(s, an, h, (uint32_t)h->cl_end < c1 ? (uint32_t)h->cl_end : c1);
		if (!code || unasserted(an, h, c0) || modal(an, h))
			continue;
		if (subj >= 0) {
			const pl_np *np = &an->np[subj];
			const char *w = an->tok[np->t0].low;
			/* "we were wrong", "I was wrong": the speaker's own;
			** "something is wrong": no one's */
			if (np->pronoun && (!strcmp(w, "i") || !strcmp(w, "we")))
				return NULL;
			if (!strcmp(w, "something") || !strcmp(w, "nothing") || !strcmp(w, "anything") ||
			    !strcmp(w, "everything"))
				continue;
			if (np->code || np->poss_code)
				*target = subj;
		}
		/* praise is of someone ("said they were excellent figures" praises
		** no one); fault may be found with a thing */
		if (code[0] == '0' && code[1] == '5' && *target < 0)
			continue;
		return code;
	}
	return NULL;
}
