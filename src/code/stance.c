/*
** stance.c: statements that criticise or praise by what they say; see
** stance.h.
*/
#include "stance.h"

#include <ctype.h>
#include <string.h>

#include "../base/words.h"
#include "assess.h"

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
		if (pl_eq(lemma, w[i]))
			return 1;
	return 0;
}

/* A verb whose complement a judgement may be: a linking verb, or "prove"
** ("the sale proved a complete fiasco"; "must prove its case" still asks). */
static int judged_by(const char *lemma)
{
	return linking(lemma) || pl_eq(lemma, "prove");
}

static const char *prefixed(const pl_store *s, const char *kind, const char *a, const char *b,
                            const char *c);
static int doer_after(const pl_sentan *an, uint32_t at, uint32_t end);
static int lacking(const pl_sentan *an, uint32_t j);
static int decided_thing(const pl_sentan *an, int q);
static const char *performance_word(const pl_store *s, const pl_token *t);

/* Is t a word of an amount: a number ("10bn", "3", "billion"), a currency
** sign or "%"?  The complement's judgement is read past them. */
static int sum_word(const pl_token *t)
{
	return t->tag == PL_T_CD || t->tag == PL_T_SYM || t->tag == PL_T_PPD ||
	       (t->low[0] >= '0' && t->low[0] <= '9') || pl_eq(t->low, "%");
}

/* The cue word's code in the predicate after linking verb group g: the few
** words of its complement ("was a complete disgrace", "had been utterly
** wrong", "was out of touch": a particle the group took is read too), up to
** a preposition, a punctuation mark, a conjunction or another verb.  NULL when there is none, or when the complement is negated ("was no
** disgrace"). */
static const char *predicate_cue(const pl_store *s, const pl_sentan *an, const pl_vg *g, uint32_t end,
                                 uint32_t *at)
{
	uint32_t j, j0 = g->particle ? g->v + 1 : g->t1;
	for (j = j0; j < end && j < g->t1 + 6; j++) {
		const pl_token *t = &an->tok[j];
		const char *code;
		/* a state the subject is in ("was in chaos", "is in a mess") */
		if (j == j0 && pl_eq(t->low, "in"))
			continue;
		/* a role played ("had acted as provocateurs") */
		if (j == j0 && pl_eq(t->low, "as") && pl_eq(lem(&an->tok[g->v]), "act"))
			continue;
		/* a likeness ("was like an agent provocateur") */
		if (j == j0 && pl_eq(t->low, "like") && j + 1 < end && an->tok[j + 1].tag == PL_T_DT)
			continue;
		if (pl_eq(t->low, "no") || pl_eq(t->low, "not") || pl_eq(t->low, "never") ||
		    pl_eq(t->low, "hardly") || pl_eq(t->low, "neither") ||
		    /* ("it was my mistake", "our fault": the speaker's own) */
		    pl_eq(t->low, "my") || pl_eq(t->low, "our"))
			return NULL;
		/* (a judgement quoted in the speaker's words: was "a shambles") */
		if (t->tag == PL_T_PPL || t->tag == PL_T_PPR) {
			end += end < an->t1;
			continue;
		}
		/* (the size of the fault: "is a £10bn black hole", "a 3% stealth tax") */
		if (sum_word(t))
			continue;
		if ((t->flags & PL_TOK_PUNCT) || t->tag == PL_T_IN || t->tag == PL_T_TO ||
		    t->tag == PL_T_CC || t->tag == PL_T_MD || t->tag == PL_T_WDT || t->tag == PL_T_WP ||
		    (PL_TAG_IS_VERB(t->tag) && t->tag != PL_T_VBN))
			return NULL;
		code = pl_tok_get_lem(&s->stance, t);
		if (!code && strcmp(lem(t), t->low))
			code = pl_tok_get_low(&s->stance, t);
		/* two or three words that judge only together ("loose ends",
		** "black hole", "out of touch") */
		/* (*at: the last word of the cue, after which its doer is
		** looked for: "a lack of trust in the prime minister") */
		*at = j;
		if (!code && j + 1 < end && (code = prefixed(s, NULL, lem(t), lem(&an->tok[j + 1]), NULL)))
			*at = j + 1;
		if (!code && j + 2 < end &&
		    (code = prefixed(s, NULL, lem(t), lem(&an->tok[j + 1]), lem(&an->tok[j + 2]))))
			*at = j + 2;
		if (code)
			return code;
	}
	return NULL;
}

/* "claimed the auction was illegal", "said the party's phone calls were
** unlawful": a complement of linking verb group h (its first few words,
** adverbs passed over) that says a thing was against the law, a cue
** "l:WORD" of stance.tsv.  Words that also describe plain facts ("illegal
** immigrants") are read only here, as the whole complement.  Its code,
** *at the cue, else NULL. */
static const char *unlawful(const pl_store *s, const pl_sentan *an, const pl_vg *h, uint32_t end,
                            uint32_t *at)
{
	uint32_t j;
	for (j = h->t1; j < end && j < h->t1 + 3; j++) {
		const pl_token *t = &an->tok[j];
		const char *code;
		if (t->tag == PL_T_RB && !pl_eq(t->low, "not") && !pl_eq(t->low, "never") &&
		    !pl_eq(t->low, "hardly"))
			continue;
		code = prefixed(s, "l", t->low, NULL, NULL);
		/* (the whole complement: "illegal immigrants" names people) */
		if (code && j + 1 < end && (PL_TAG_IS_NOUN(an->tok[j + 1].tag) ||
		                            an->tok[j + 1].tag == PL_T_JJ))
			return NULL;
		if (code)
			*at = j;
		return code;
	}
	return NULL;
}

/* "it would be wrong to ...", "could be a disaster": a judgement of what
** might be, not of anything done */
static int modal(const pl_sentan *an, const pl_vg *g)
{
	return (pl_vg_modals(an->tok, g) & (PL_MOD_SHALL | PL_MOD_OTHER)) != 0;
}

/* Is verb group h a wrong said to be likely, "may", "might", "could" or
** "must" with "have" and a past participle ("ministers may have misled
** Parliament", "he must have known")?  Not "would have" or "should have":
** what did not happen, or ought to have. */
static int suspected(const pl_sentan *an, const pl_vg *h)
{
	static const char *const likely[] = {"may", "might", "could", "must", NULL};
	uint32_t j;
	if (h->v < h->t0 + 2 || an->tok[h->v].tag != PL_T_VBN ||
	    !pl_eq(an->tok[h->v - 1].low, "have"))
		return 0;
	for (j = h->t0; j + 1 < h->v; j++)
		if (pl_in_list(an->tok[j].low, likely))
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
		if (pl_eq(w, "if") || pl_eq(w, "whether") || pl_eq(w, "unless") ||
		    pl_eq(w, "though") || pl_eq(w, "although"))
			return 1;
	}
	return 0;
}

/* Appends w to the key being built in key[0..*n); 0 when the key, with its
** closing NUL, would no longer fit in cap bytes. */
static int key_add(char *key, size_t cap, size_t *n, const char *w)
{
	/* a byte at a time: the words are short, and strlen() and memcpy()
	** cost more in their calls than in their copying */
	size_t k = *n;
	for (; *w; w++) {
		if (k + 1 >= cap)
			return 0;
		key[k++] = *w;
	}
	*n = k;
	return 1;
}

/* A cue of stance.tsv under a prefix ("v:lie", "w:hope"; kind NULL: none,
** "loose_end"): kind, then the words joined by '_'; NULL when there is none
** or it would not fit.  (The key is put together by hand: this runs for
** every verb and word of a speech, and snprintf cost more than the look-up
** itself.) */
static const char *prefixed(const pl_store *s, const char *kind, const char *a, const char *b,
                            const char *c)
{
	char key[96];
	size_t n = 0;
	if (kind && (!key_add(key, sizeof key, &n, kind) || !key_add(key, sizeof key, &n, ":")))
		return NULL;
	if (!key_add(key, sizeof key, &n, a))
		return NULL;
	if (b && (!key_add(key, sizeof key, &n, "_") || !key_add(key, sizeof key, &n, b)))
		return NULL;
	if (c && (!key_add(key, sizeof key, &n, "_") || !key_add(key, sizeof key, &n, c)))
		return NULL;
	key[n] = '\0';
	return pl_hash_get(&s->stance, key, n);
}

const char *pl_stance_cue(const pl_store *s, const char *kind, const char *word)
{
	return prefixed(s, kind, word, NULL, NULL);
}

/* The words past the first of an object that starts at token j: its chunk
** and one "of" phrase after it ("put the jobs of thousands of workers at
** risk", "would put Britain's recovery at risk").  A cue's later words
** ("at risk", "back", "worse") come after the object, so the few words a
** cue is read in are counted from its end.  0 when no chunk starts at j. */
static uint32_t object_length(const pl_sentan *an, uint32_t j, uint32_t end)
{
	uint32_t n = 0;
	int q;
	if (j >= end || (q = an->np_of[j - an->t0]) < 0 || an->np[q].t0 != j || an->np[q].t1 > end)
		return 0;
	n = an->np[q].t1 - j - 1;
	j = an->np[q].t1;
	if (j + 1 < end && pl_eq(an->tok[j].low, "of") && (q = an->np_of[j + 1 - an->t0]) >= 0 &&
	    an->np[q].t0 == j + 1 && an->np[q].t1 <= end)
		n += an->np[q].t1 - j;
	return n;
}

/* The code of a verb cue ("v:lie", "v:cover_up", "v:break_law") for the
** main verb of h: the verb alone, or with one or two consecutive words among
** the next few of its clause ("covered it up", "broke the law", "had no
** right", "failed to act"); the verb's form is tried after its lemma. */
static const char *verb_cue(const pl_store *s, const char *kind, const pl_sentan *an, const pl_vg *g,
                            uint32_t end)
{
	const char *v = lem(&an->tok[g->v]), *code = prefixed(s, kind, v, NULL, NULL);
	char key[96];
	size_t n0 = 0, n;
	uint32_t j, last = g->v + 4 + object_length(an, g->v + 1, end);
	/* (a cue may name a form: "v:lied", not "the blame lies with") */
	if (!code)
		code = prefixed(s, kind, an->tok[g->v].low, NULL, NULL);
	/* the keys of the words after the verb share "v:lie_": put together
	** once, each word added to it, and the next word to that (as
	** prefixed() would: a key too long for it is none) */
	if (code || (kind && (!key_add(key, sizeof key, &n0, kind) || !key_add(key, sizeof key, &n0, ":"))) ||
	    !key_add(key, sizeof key, &n0, v) || !key_add(key, sizeof key, &n0, "_"))
		return code;
	/* (most verbs start no cue of more words: told so by the bit of
	** "v:lie_", with none of the words after them looked up) */
	if (!pl_slot_bit(s->stance_cue_starts, pl_key_slot(key, n0)))
		return NULL;
	for (j = g->v + 1; !code && j < end && j <= last; j++) {
		const pl_token *t = &an->tok[j];
		if (t->flags & PL_TOK_PUNCT)
			break;
		n = n0;
		if (!key_add(key, sizeof key, &n, lem(t)))
			continue;
		code = pl_hash_get(&s->stance, key, n);
		if (!code && j + 1 < end && key_add(key, sizeof key, &n, "_") &&
		    key_add(key, sizeof key, &n, lem(&an->tok[j + 1])))
			code = pl_hash_get(&s->stance, key, n);
	}
	return code;
}

/* "should have resigned", "ought to have known", "could have done more": a
** past duty or chance missed, said of the subject, is a reproach.  "could
** have" needs a word of degree after it ("could have won" is no reproach).
** The modal may stand in a verb group of its own ("ought" + "to have known"),
** so the few words before the verb are read, from c0 on. */
static int missed_duty(const pl_sentan *an, const pl_vg *g, uint32_t c0, uint32_t end)
{
	uint32_t j, k;
	int neg = 0;
	if (g->passive || an->tok[g->v].tag != PL_T_VBN || g->v < c0 + 2)
		return 0;
	for (j = g->v - 1; j > c0 && g->v - j <= 2 && strcmp(an->tok[j].low, "have"); j--)
		;
	if (strcmp(an->tok[j].low, "have"))
		return 0;
	for (k = j; k > c0 && j - k < 3; k--) {
		const char *w = an->tok[k - 1].low;
		if (pl_eq(w, "should") || pl_eq(w, "ought"))
			return 1;
		/* "could not have done more": no chance was missed */
		if (pl_eq(w, "not") || pl_eq(w, "n't") || pl_eq(w, "never"))
			neg = 1;
		if (strcmp(w, "could") || neg)
			continue;
		for (k = g->v + 1; k < end && k <= g->v + 6; k++) {
			w = an->tok[k].low;
			if (pl_eq(w, "more") || pl_eq(w, "better") || pl_eq(w, "sooner") ||
			    pl_eq(w, "earlier") || pl_eq(w, "enough"))
				return 1;
		}
		return 0;
	}
	return 0;
}

/* Does pronoun chunk p stand for chunk q (-1: none)?  The same person's
** entry, or the same code when either has no entry. */
static int same_one(const pl_sentan *an, int p, int q)
{
	const pl_np *x = &an->np[p], *y;
	if (q < 0 || !an->np[q].code || !x->code)
		return 0;
	y = &an->np[q];
	if (x->file && y->file && x->person && y->person)
		return x->line == y->line && pl_eq(x->file, y->file);
	return pl_eq(x->code, y->code);
}

/* The speaker's own judgement ("we were wrong"; "He said he had been
** prudent": a "he" or "she" that stands for the one who says it, the
** subject of a verb of saying before it, is his own as "I" is.  A speaker
** named in the sentence must be the one the sentences before named too:
** "Cunningham ... .  Mr Blair said he was a huge figure" has no other
** coded person, and "he" is not Mr Blair for that) */
static int own(const pl_sentan *an, int subj)
{
	const pl_np *np = &an->np[subj];
	const char *w = an->tok[np->t0].low;
	int k, q;
	if (!np->pronoun)
		return 0;
	if (pl_eq(w, "i") || pl_eq(w, "we"))
		return 1;
	if (!np->code || !(pl_eq(w, "he") || pl_eq(w, "she")))
		return 0;
	for (k = 0; k < an->nvg && an->vg[k].v < np->t0; k++) {
		if (!an->vg[k].reporting || !same_one(an, subj, q = an->vg[k].subj))
			continue;
		if (an->np[q].pronoun || (np->other_code && pl_eq(np->other_code, np->code)))
			return 1;
	}
	return 0;
}

static int actor(const pl_np *np)
{
	return np->code || np->poss_code;
}

/* An actor a judgement may be of: also a "he" or "she" that, when not the
** speaker, is the person named before (pl_np.other_code) */
static int judgeable(const pl_np *np)
{
	return actor(np) || np->other_code;
}

/* Is token j the main verb of a verb group?  ("we hope the council will",
** "want ministers to": dict/verbs.tsv codes the verb's own event) */
static int main_verb(const pl_sentan *an, uint32_t j)
{
	int k;
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].v == j)
			return 1;
	return 0;
}

/* Is token j the main verb of a verb of saying? */
static int reporting_at(const pl_sentan *an, uint32_t j)
{
	int k;
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].v == j)
			return an->vg[k].reporting;
	return 0;
}

/* Does chunk q name a thing as known: "the", a demonstrative or an owner
** first, or a pronoun? */
static int definite(const pl_sentan *an, int q)
{
	const pl_token *t = &an->tok[an->np[q].t0];
	return an->np[q].pronoun || t->tag == PL_T_PRPS || t->tag == PL_T_WDT || t->tag == PL_T_WP ||
	       pl_in_list(t->low, (const char *const[]){"the", "this", "that", "these", "those",
	                  "it", "its", "their", "his", "her", "our", "my", "your", NULL}) ||
	       an->np[q].poss_code != NULL;
}

/* "said firm action was needed", "an independent review is needed": a
** thing said to be needed, with nothing after the need that says what for
** ("time is needed to clean up" says what a thing is for) and no modal
** ("will be needed" foretells), asks for it as "there must be" does.  In
** the speaker's own words only the present asks ("action was needed" tells
** of the past); a subject asked about ("what aid was needed") asks nothing. */
static int needed(const pl_sentan *an, const pl_vg *h, uint32_t c0, int direct)
{
	const char *aux;
	uint32_t n = h->v + 1, s0;
	if (!h->passive || h->negated || !h->finite || h->future || h->v == h->t0 ||
	    !pl_eq(lem(&an->tok[h->v]), "need") || modal(an, h) || h->subj < 0)
		return 0;
	/* ("the study is needed because ...": an argument for a thing under
	** way) */
	if (n < an->t1 && (pl_eq(an->tok[n].low, "to") || pl_eq(an->tok[n].low, "for") ||
	                   pl_eq(an->tok[n].low, "if") || pl_eq(an->tok[n].low, "by") ||
	                   pl_eq(an->tok[n].low, "because")))
		return 0;
	/* the need opens the speech ("said action was needed", "said that
	** ..."): inside another verb's clause ("could not certify a rescue
	** is needed", "was examining what aid was needed") it asks nothing */
	s0 = an->np[h->subj].t0;
	if (s0 != c0 && !(s0 == c0 + 1 && (pl_eq(an->tok[c0].low, "that") ||
	                                   an->tok[c0].tag == PL_T_PPL)))
		return 0;
	/* ("no inquiry was needed", "little change is needed": a need denied) */
	if (pl_in_list(an->tok[s0].low, (const char *const[]){"no", "little", "nothing", "few",
	               NULL}))
		return 0;
	/* ("said the powers were needed", "this bill is needed": a thing
	** named as known, proposed or there, is argued for; "firm action",
	** "a fresh start", "more study" are asked for) */
	return !definite(an, h->subj) && (pl_eq(aux = an->tok[h->v - 1].low, "is") ||
	       pl_eq(aux, "are") || pl_eq(aux, "'s") || pl_eq(aux, "'re") ||
	       (!direct && (pl_eq(aux, "was") || pl_eq(aux, "were"))));
}

/* Does the clause of h say what ought to be done: a "must", "should" or
** "ought to" in its verb group ("the minister must resign", "should not
** raise taxes"), or a present "needs to" / "has to" + verb ("the council
** needs to listen")?  Not "should have gone" (a reproach, missed_duty), nor
** "will have to", "had to" (a consequence or a past need, not asked of
** anyone), nor a need negated ("does not need to"). */
static int deontic(const pl_sentan *an, const pl_vg *h, uint32_t c0, int direct)
{
	uint32_t j;
	const char *v = an->tok[h->v].low;
	for (j = h->v; j > c0 && h->v - j < 4; j--) {
		const char *w = an->tok[j - 1].low;
		if (pl_eq(w, "must") || pl_eq(w, "should") || pl_eq(w, "ought"))
			return !(j < h->v && !strcmp(an->tok[j].low, "have") && an->tok[h->v].tag == PL_T_VBN);
		if (j - 1 < h->t0 && !pl_eq(w, "to") && an->tok[j - 1].tag != PL_T_RB)
			break;
	}
	if (needed(an, h, c0, direct))
		return 1;
	/* ("the powers were needed to fight terror", "efforts are needed to
	** check the rolls": a passive need says what a thing is for) */
	if (h->negated || h->passive || h->v + 2 >= an->t1 || !pl_eq(an->tok[h->v + 1].low, "to") ||
	    an->tok[h->v + 2].tag != PL_T_VB || modal(an, h) || h->future)
		return 0;
	/* in reported speech the past is the speaker's present ("said the
	** council needed to listen", "had to come clean"); in the speaker's
	** own words it is the past ("the government had to publish") */
	if (!direct && (!strcmp(v, "needed") || !strcmp(v, "had")))
		return 1;
	return !strcmp(v, "need") || !strcmp(v, "needs") || !strcmp(v, "have") || !strcmp(v, "has");
}

/* Do the words from j on say that nothing is in doubt ("no doubt", "no
** question", "little doubt", "no mistake", "no illusion")?  "there should be
** no doubt that ..." asks nothing of anyone: it asserts. */
static int certainty(const pl_sentan *an, uint32_t j)
{
	static const char *const nouns[] = {"doubt", "question", "mistake", "illusion",
		"misunderstanding", "confusion", "surprise", "ambiguity", NULL};
	if (j + 1 >= an->t1 || !(pl_eq(an->tok[j].low, "no") || pl_eq(an->tok[j].low, "little")))
		return 0;
	/* ("there should be no question of a special fund" refuses one) */
	if (j + 2 < an->t1 && pl_eq(an->tok[j + 2].low, "of"))
		return 0;
	return pl_in_list(lem(&an->tok[j + 1]), nouns);
}

/* What the clause of h asks for: "100", *target its subject when an actor
** other than the speaker ("said the government must come clean"); a thing
** asked done in the passive ("the plans should be re-examined") or asked to
** be ("there must be an inquiry") asks it of no one named.  NULL when the
** clause asks nothing, is not asserted, describes its head ("firms that
** must pay"), or when a modal of the clause's own verb says what must be
** so ("they must be worried", "Labour should win"). */
/* Is chunk q the speaker's own thing: after "our", "my" or "its" ("said
** its manifesto should be judged on its record"), or owned by an actor of
** the speaker's code? */
static int own_thing(const pl_sentan *an, int q, const char *speaker)
{
	const pl_np *np = &an->np[q];
	const char *w = an->tok[np->t0].low;
	if (pl_eq(w, "our") || pl_eq(w, "my") || pl_eq(w, "its"))
		return 1;
	return np->poss_code && !np->code && speaker && pl_eq(np->poss_code, speaker);
}

/* "Blair said his plans should be carried out quickly", "the Tories said
** their proposals must be put in place": in reported speech, a thing after
** "his", "her" or "their" that opens the reported clause (no actor named
** before it in the clause) is the speaker's own; what should be done with it
** is the speaker's plan, asked of no one. */
static int told_own_thing(const pl_sentan *an, int q, uint32_t c0)
{
	const char *w = an->tok[an->np[q].t0].low;
	int k;
	if (!(pl_eq(w, "his") || pl_eq(w, "her") || pl_eq(w, "their")))
		return 0;
	for (k = 0; k < an->nnp; k++)
		if (an->np[k].t0 >= c0 && an->np[k].t0 < an->np[q].t0 && (an->np[k].code || an->np[k].person))
			return 0;
	return 1;
}

/* Verbs of regard and of attention: "the policy should be judged on its
** results", "should be seen as a first step" argue how a thing is to be
** thought of, "the dollar must be watched closely" that it needs heed; no
** act is asked of anyone. */
static int regard_verb(const char *lemma)
{
	static const char *const w[] = {"judge", "measure", "assess", "see", "view", "regard",
		"remember", "understand", "read", "consider", "evaluate", "watch", "monitor",
		"observe", NULL};
	return pl_in_list(lemma, w);
}

/* Verbs of an outcome that befalls the subject rather than an act it
** chooses ("GDP should grow", "the reforms should result in more trade",
** "Viacom should receive about 450 mln dlrs", "the industry should not
** sustain any damage"): after "should" they forecast. */
static int outcome_verb(const char *lemma)
{
	static const char *const w[] = {"grow", "rise", "fall", "climb", "drop", "decline", "slip",
		"ease", "improve", "recover", "rebound", "emerge", "result", "total", "amount",
		"average", "exceed", "experience", "sustain", "suffer", "receive", "benefit", "earn",
		"gain", "narrow", "widen", "stabilise", "stabilize", "strengthen", "weaken", NULL};
	return pl_in_list(lemma, w);
}

/* Verbs that forecast with "should" only when what follows them is a
** result or an amount ("Exxon should show superior earnings", "IBM should
** begin a come-back", "should post strong growth in 1988", "should see a
** 20 pct rise"); "Japan should show flexibility" still asks. */
static int result_verb(const char *lemma)
{
	static const char *const w[] = {"show", "post", "report", "see", "record", "begin",
		"achieve", "produce", "return", "enjoy", "have", "make", "bring", NULL};
	return pl_in_list(lemma, w);
}

/* Does a result noun or an amount follow token v within its clause, a few
** words on ("superior earnings", "a 20 pct improvement", "costs down")? */
static int result_after(const pl_sentan *an, uint32_t v, uint32_t end)
{
	static const char *const w[] = {"earnings", "profit", "profits", "growth", "loss",
		"losses", "gain", "gains", "improvement", "increase", "rise", "decline", "surplus",
		"deficit", "recovery", "turnaround", "come-back", "comeback", "revenue", "revenues",
		"sales", "income", "pct", "percent", "%", "dlrs", "results", NULL};
	uint32_t j;
	for (j = v + 1; j < end && j < v + 7; j++) {
		if (pl_eq(an->tok[j].low, "to") || pl_eq(an->tok[j].low, "that") ||
		    an->tok[j].tag == PL_T_VB || an->tok[j].tag == PL_T_VBD)
			return 0;
		if (pl_in_list(an->tok[j].low, w))
			return 1;
	}
	return 0;
}

/* The chunk that opens the clause whose subject chunk q was taken to be:
** a chunk after a preposition, "to" or a participle is its object ("the bid
** to take over American Motors should help", "the deadline for abolishing
** barriers within the European Community should help"), so the chunk
** before it, back to the one the clause opens with. */
static int clause_subject(const pl_sentan *an, int q)
{
	while (q > 0 && an->np[q].t0 > an->t0) {
		const pl_token *b = &an->tok[an->np[q].t0 - 1];
		if (!((b->tag == PL_T_IN && !pl_eq(b->low, "that")) || b->tag == PL_T_TO ||
		      b->tag == PL_T_VBG) || an->np[q - 1].t1 > an->np[q].t0)
			return q;
		q--;
	}
	return q;
}

/* Is chunk q a thing that cannot act or speak ("the sale", "French gross
** domestic product", "the 1992 deadline"), not a person or a pronoun? */
static int mute_thing(const pl_store *s, const pl_sentan *an, int q)
{
	return q >= 0 && !an->np[q].pronoun && !an->np[q].person && !pl_can_speak(s, an, q);
}

/* Is chunk q, the doer after "by" of a passive, a thing ("should be
** strengthened by the merger") with no actor after it in its clause (end)?
** Not a date or an amount ("should be completed by April 1", a deadline;
** "should be raised by 20 pct"), nor an act of an actor named ("should be
** met by a reduction in rates on the part of the creditor banks", which
** asks the banks). */
static int mute_doer(const pl_store *s, const pl_sentan *an, int q, uint32_t end)
{
	uint32_t t;
	int d, r;
	if (!mute_thing(s, an, q))
		return 0;
	for (d = 0; d < an->ndates; d++)
		if (an->dates[d].t0 >= an->np[q].t0 && an->dates[d].t0 < an->np[q].t1)
			return 0;
	/* (nor an amount, "should be raised by 20 pct", a day, "by the
	** April 1 start-up date", whose figure may stand anywhere from "by"
	** to two words after the chunk, a date's words left out of it) */
	for (t = an->np[q].t0; t > an->t0 && !pl_eq(an->tok[t - 1].low, "by"); t--)
		;
	for (; t <= an->np[q].t1 + 1 && t < an->t1; t++)
		if (an->tok[t].tag == PL_T_CD)
			return 0;
	/* (up to a comma: "..., Moody's said" is the speaker) */
	for (t = an->np[q].t1; t < end && !pl_eq(an->tok[t].low, ","); t++)
		;
	for (r = q + 1; r < an->nnp && an->np[r].t0 < t; r++)
		if (an->np[r].code)
			return 0;
	return 1;
}

/* Does an adverb of soon stand in the clause after token v ("should be
** announced shortly")? */
static int soon_after(const pl_sentan *an, uint32_t v, uint32_t end)
{
	static const char *const w[] = {"shortly", "soon", NULL};
	uint32_t j;
	for (j = v + 1; j < end; j++)
		if (pl_in_list(an->tok[j].low, w))
			return 1;
	return 0;
}

int pl_should_forecast(const pl_store *s, const pl_sentan *an, int j)
{
	const pl_vg *h;
	const char *v;
	uint32_t t, end;
	int should = 0, q;
	if (j < 0)
		return 0;
	h = &an->vg[j];
	for (t = h->t0; t < h->v; t++)
		if (pl_eq(an->tok[t].low, "should"))
			should = t + 1 < h->v && pl_eq(an->tok[t + 1].low, "have") ? -1 : 1;
	if (should != 1)
		return 0;
	v = lem(&an->tok[h->v]);
	end = h->cl_end > (int)h->v ? (uint32_t)h->cl_end : an->t1;
	q = h->subj;
	/* ("its future profits there should be good": the chunk right
	** before the group, but for adverbs, when none was taken as its
	** subject) */
	if (q < 0) {
		for (q = an->nnp - 1; q >= 0 && an->np[q].t1 > h->t0; q--)
			;
		for (t = q >= 0 ? an->np[q].t1 : h->t0; t < h->t0; t++)
			if (an->tok[t].tag != PL_T_RB && an->tok[t].tag != PL_T_EX)
				q = -1;
	}
	if (q >= 0)
		q = clause_subject(an, q);
	/* (a passive asks others to act on the thing, "the tax should be
	** abolished", unless a thing does it, "should be strengthened by the
	** merger", or it is foretold soon, "should be announced shortly") */
	if (h->passive)
		return mute_doer(s, an, h->by, end) || (mute_thing(s, an, q) && soon_after(an, h->v, end));
	if (outcome_verb(v))
		return 1;
	if (result_verb(v) && result_after(an, h->v, end))
		return 1;
	/* (a thing that "should not be" so, "the levy should not be a burden
	** on farmers", argues what others must not allow: left as it was) */
	return mute_thing(s, an, q) && (!h->negated || !pl_eq(v, "be"));
}

int pl_nobody_in_particular(const pl_sentan *an, int q)
{
	static const char *const w[] = {"no", "nobody", "no-one", "noone", "none", "neither",
		"every", "everyone", "everybody", "anyone", "anybody", "each", NULL};
	return pl_in_list(an->tok[an->np[q].t0].low, w);
}

/* Does actor code c hold power over others: a body of a state or its
** elite ("politicians"), a party or the opposition, a body of states? */
static int holds_power(const char *c)
{
	static const char *const w[] = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI", "PTY", "OPP",
		NULL};
	const char *r;
	int i;
	if (!c)
		return 0;
	if (!strncmp(c, "IGO", 3))
		return 1;
	r = pl_role_of(c);
	for (i = 0; w[i]; i++)
		if (!strncmp(r, w[i], 3))
			return 1;
	return 0;
}

int pl_class_view(const pl_sentan *an, int q, const char *speaker)
{
	const pl_np *np = &an->np[q];
	const pl_token *first = &an->tok[np->t0], *head = &an->tok[np->t1 - 1];
	uint32_t t;
	if (np->pronoun || np->person || np->poss_code || holds_power(np->code) ||
	    holds_power(speaker))
		return 0;
	if (head->tag != PL_T_NNS && head->tag != PL_T_NNPS)
		return 0;
	if (first->tag == PL_T_DT || first->tag == PL_T_PDT || first->tag == PL_T_PRPS ||
	    first->tag == PL_T_CD || first->tag == PL_T_POS)
		return 0;
	/* (no name before the head, and a capital only where a sentence or
	** a quotation opens: "Producers need to", not "Welsh councils",
	** "American exporters", "OPEC members") */
	for (t = np->t0; t < np->t1; t++)
		if ((t + 1 < np->t1 && (an->tok[t].tag == PL_T_NNP || an->tok[t].tag == PL_T_NNPS)) ||
		    ((an->tok[t].flags & PL_TOK_CAP) && t > an->t0 &&
		     isalnum((unsigned char)an->tok[t - 1].s[0])))
			return 0;
	return 1;
}

int pl_own_side(const pl_sentan *an, int q, const char *speaker)
{
	const pl_np *np = &an->np[q];
	if (!np->code || !speaker || np->pronoun)
		return 0;
	if (strlen(np->code) == 3)
		return strlen(speaker) > 3 && !strncmp(np->code, speaker, 3);
	return !np->person && pl_eq(np->code, speaker);
}

int pl_letting_verb(const char *lemma)
{
	static const char *const w[] = {"allow", "permit", "let", "give", "grant", "offer", "invite",
		"admit", "entitle", "enable", NULL};
	return pl_in_list(lemma, w);
}

int pl_relation_verb(const char *lemma)
{
	static const char *const w[] = {"reflect", "represent", "symbolise", "symbolize",
		"embody", "mean", "belong", "include", "depend", "know", "expect", "resemble",
		"mirror", "deserve", NULL};
	return pl_in_list(lemma, w);
}

int pl_implying_verb(const char *lemma)
{
	static const char *const w[] = {"suggest", "imply", "mean", "indicate", "assume",
		"presume", "envisage", NULL};
	return pl_in_list(lemma, w);
}

/* Is chunk q the subject of a verb group? */
static int subject_of_clause(const pl_sentan *an, int q)
{
	int k;
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].subj == q)
			return 1;
	return 0;
}

/* "If Charles Kennedy is serious he should explain his plans", said by
** another: "he" or "she" after a person named earlier in the same speech
** is that person, asked to act, not the speaker.  The chunk of the last
** person named as a clause's subject between c0 and subject chunk subj
** (not of the speaker's code), or -1; a person named as an object ("after
** talking to Mr Blair he should") may not be the one meant. */
static int person_before(const pl_sentan *an, int subj, uint32_t c0, const char *speaker)
{
	const char *w = an->tok[an->np[subj].t0].low;
	int k, found = -1;
	if (!an->np[subj].pronoun || !(pl_eq(w, "he") || pl_eq(w, "she")))
		return -1;
	for (k = 0; k < subj; k++) {
		const pl_np *np = &an->np[k];
		if (np->t0 < c0 || np->pronoun)
			continue;
		if (np->person && np->code && subject_of_clause(an, k))
			found = k;
	}
	if (found >= 0 && speaker && pl_eq(an->np[found].code, speaker))
		return -1;
	return found;
}

/* "the recommendation must still be approved by the Secretary", "the plan
** must be approved by 80 pct of the creditors": a thing still to pass a
** vote or a regulator (a verb of approval in the passive, with "still",
** "first" or "yet", or with "must" and a "by" phrase) states a step of a
** procedure; nobody is asked.  "The treaty should be ratified by
** parliament" still urges it. */
static int approval_step(const pl_sentan *an, const pl_vg *h)
{
	static const char *const approve[] = {"approve", "ratify", "clear", "sanction", "authorise",
		"authorize", NULL};
	static const char *const still[] = {"still", "first", "yet", NULL};
	uint32_t j;
	int should = 0;
	if (!h->passive || h->negated || !pl_in_list(lem(&an->tok[h->v]), approve))
		return 0;
	for (j = h->t0; j < h->v; j++) {
		if (pl_in_list(an->tok[j].low, still))
			return 1;
		if (pl_eq(an->tok[j].low, "should") || pl_eq(an->tok[j].low, "ought"))
			should = 1;
	}
	return h->by >= 0 && !should;
}

/* Is h the passive of a light verb ("made", "taken", "reached", "held") or
** of one that ends an act ("completed", "finished", "concluded"), whose
** subject names the act itself ("a decision should be made", "an agreement
** must be reached", "the repairs should be completed")?  Nothing is acted
** on: the clause says when or that the act is to happen. */
static int act_itself(const pl_sentan *an, const pl_vg *h)
{
	static const char *const w[] = {"make", "take", "reach", "hold", "complete", "finish",
		"conclude", NULL};
	return h->passive && pl_in_list(lem(&an->tok[h->v]), w);
}

/* "the agreement should be signed this year", "the first shipment should be
** made during the final quarter", "there should be a decision next week":
** "should" with a time of its own after the verb, said of a thing, forecasts
** when it happens; nobody is asked.  A deadline ("should be held by
** January", "until", "before") still asks, and so does "should" said of an
** actor ("Iraq should hold elections this year"), left to the caller.  A
** "should not" with a time ("the tax should not be introduced this year")
** still asks that it not happen.  An act itself timed (act_itself) is
** a timetable with a deadline too, and with "must" as with "should". */
static int forecast_when(const pl_sentan *an, const pl_vg *h)
{
	static const char *const deadline[] = {"by", "until", "till", "before", NULL};
	uint32_t j, end = h->cl_end > (int)h->v ? (uint32_t)h->cl_end : an->t1;
	int d, should = 0, light = act_itself(an, h);
	if (h->negated)
		return 0;
	/* (an act itself timed, "a decision should be made by late next
	** year", "an agreement must be reached by September", sets out a
	** timetable, deadline or not: there is nothing to do it to) */
	for (j = h->t0; j < h->v; j++)
		if (pl_eq(an->tok[j].low, "should") || (light && pl_eq(an->tok[j].low, "must")))
			should = 1;
	if (!should)
		return 0;
	for (d = 0; d < an->ndates; d++) {
		const pl_datex *x = &an->dates[d];
		if (x->t0 <= h->v || x->t0 > end)
			continue;
		/* ("by the end of January": the deadline word may stand a few
		** words before the date) */
		for (j = x->t0; j > h->v && x->t0 - j < 4; j--)
			if (pl_in_list(an->tok[j - 1].low, deadline))
				break;
		if (!light && j > h->v && x->t0 - j < 4)
			continue;
		return 1;
	}
	return 0;
}

int pl_inferred_state(const pl_sentan *an, const pl_vg *h)
{
	static const char *const felt[] = {"pleased", "worried", "concerned", "relieved",
		"disappointed", "delighted", "surprised", "happy", "glad", "nervous", "anxious", NULL};
	uint32_t b = h->v;
	/* ("has to be pleased", "needs to be worried": the need's "to be"
	** and what follows it) */
	if (b + 3 < an->t1 && (pl_eq(lem(&an->tok[b]), "have") || pl_eq(lem(&an->tok[b]), "need")) &&
	    pl_eq(an->tok[b + 1].low, "to") && pl_eq(an->tok[b + 2].low, "be"))
		b += 3;
	if (h->negated || b <= an->t0 || !pl_eq(an->tok[b - 1].low, "be"))
		return 0;
	return an->tok[b].tag == PL_T_VBG || pl_in_list(an->tok[b].low, felt);
}

static const char *asked(const pl_sentan *an, const pl_vg *h, uint32_t c0, int direct, int *target,
                         const char *speaker)
{
	int subj = h->subj, q;
	if (h->gerund || !deontic(an, h, c0, direct) || unasserted(an, h, c0) ||
	    pl_inferred_state(an, h))
		return NULL;
	if ((subj < 0 || !actor(&an->np[subj])) && (forecast_when(an, h) || approval_step(an, h)))
		return NULL;
	if (subj >= 0 && an->np[subj].t0 > c0) {
		uint32_t b = an->np[subj].t0 - 1, vb;
		const char *w = an->tok[b].low;
		/* "has decided that the announcement should be made": what
		** another verb of the clause governs is not asked by the speaker */
		if (!strcmp(w, "that") && b > c0 && main_verb(an, b - 1) && !reporting_at(an, b - 1))
			return NULL;
		/* "were split on how the buffer stock should be run", "did not
		** say whether banks must lend": a clause a question word opens
		** asks what ought to be done, no one to do it */
		if (pl_in_list(w, (const char *const[]){"how", "whether", "what", "which", "why",
		               "when", "where", "who", NULL}))
			return NULL;
		/* "said the report means schools should teach cooking": what
		** a thing implies is not asked by the speaker */
		vb = !strcmp(w, "that") && b > c0 ? b - 1 : b;
		if (PL_TAG_IS_VERB(an->tok[vb].tag) && pl_implying_verb(lem(&an->tok[vb])))
			return NULL;
		/* "they have the signatures needed to trigger a vote": a need
		** without a tense of its own describes the object before it */
		if (!h->finite && strcmp(w, "that") && strcmp(w, "and") && strcmp(w, "but") &&
		    strcmp(w, ",") && !reporting_at(an, b))
			return NULL;
	}
	if (h->t0 > c0) {
		const pl_token *t = &an->tok[h->t0 - 1];
		if (t->tag == PL_T_WDT || t->tag == PL_T_WP || !strcmp(t->low, "that"))
			return NULL;
	}
	if (subj >= 0 && an->np[subj].t0 >= c0) {
		const pl_np *np = &an->np[subj];
		if (pl_nobody_in_particular(an, subj) || pl_own_side(an, subj, speaker))
			return NULL;
		/* ("producers need to sell more abroad", "investors must be
		** careful": what a class in general must do is a view, asked of
		** no addressee) */
		if (!h->passive && pl_class_view(an, subj, speaker))
			return NULL;
		/* (what an actor should be or have is a principle, no act asked
		** of it: "schools must be places of learning", "every child
		** should have the chance") */
		/* ("Turkey should be allowed to join": what others should let
		** an actor do or have is a view of its due, asked of no one
		** named) */
		if (actor(np) && h->passive && pl_letting_verb(lem(&an->tok[h->v])))
			return NULL;
		/* ("more police officers are needed": the actor needed is what
		** is asked for, not who is asked) */
		if (np->code && needed(an, h, c0, direct))
			return pl_own_side(an, subj, speaker) ? NULL : "100";
		/* ("the monarchy should symbolise the nation", "ministers
		** should expect defeat": what ought to hold is a view) */
		if (!h->passive && pl_relation_verb(lem(&an->tok[h->v])))
			return NULL;
		/* ("hospitals should be run by local doctors", "said the
		** public should be consulted": the subject of a passive is
		** acted on, not the one asked; a verb of regard asks nothing) */
		if (actor(np) && h->passive)
			return regard_verb(lem(&an->tok[h->v])) ? NULL : "100";
		/* ("if Mr Kennedy is serious, he should explain") */
		if (!h->passive && !linking(lem(&an->tok[h->v])) &&
		    (q = person_before(an, subj, c0, speaker)) >= 0) {
			*target = q;
			return "100";
		}
		if (actor(np) && !own(an, subj) && !linking(lem(&an->tok[h->v])) &&
		    !(pl_eq(lem(&an->tok[h->v]), "have") && !(h->v + 1 < an->t1 &&
		                                              pl_eq(an->tok[h->v + 1].low, "to")))) {
			*target = subj;
			return "100";
		}
		if (h->passive && !np->pronoun && !actor(np) && !regard_verb(lem(&an->tok[h->v])) &&
		    !own_thing(an, subj, speaker) && !(!direct && told_own_thing(an, subj, c0)))
			return "100";
		return NULL;
	}
	/* "there should be a public inquiry"; not "there should be no doubt
	** that ...", which asserts what follows */
	if (subj < 0 && h->t0 > c0 && !strcmp(an->tok[h->t0 - 1].low, "there") &&
	    !strcmp(lem(&an->tok[h->v]), "be") && !certainty(an, h->v + 1))
		return "100";
	/* "there needs to be an inquiry", "there does need to be": the need
	** is the verb, "to be" its complement */
	if (h->t0 > c0 && !strcmp(an->tok[h->t0 - 1].low, "there") &&
	    pl_eq(lem(&an->tok[h->v]), "need") && h->v + 3 < an->t1 &&
	    pl_eq(an->tok[h->v + 2].low, "be") && !certainty(an, h->v + 3))
		return "100";
	return NULL;
}

/* "said the move would be profoundly wrong": a subject named (not "it",
** which looks ahead to an infinitive, "it would be wrong to cut taxes",
** nor a person) that a modal judgement finds fault with is criticised all
** the same: the proposal is what the speaker rejects. */
static int named_thing(const pl_sentan *an, int subj)
{
	const pl_np *np = &an->np[subj];
	return !np->pronoun && !np->person && strcmp(an->tok[np->t0].low, "it") &&
	       strcmp(an->tok[np->t0].low, "there");
}

/* Is chunk q a thing someone decided, wrote or agreed, which praise
** endorses: its head a noun of dict/objects.tsv's "abstract" or "document"
** class ("the decision", "the new deal", "the report"), not a pronoun, a
** person, an amount ("the figures") or any other thing? */
static int endorsed(const pl_store *s, const pl_sentan *an, int q)
{
	const pl_np *np = &an->np[q];
	const char *head = lem(&an->tok[np->t1 - 1]), *cls;
	if (np->pronoun || np->person)
		return 0;
	cls = pl_hash_get(&s->objclass, head, strlen(head));
	return cls && (pl_eq(cls, "abstract") || pl_eq(cls, "document"));
}

/* Is the modal of h's group "would" or "could" right before its "be"
** ("would be wrong"), not "may have been" (a concession) nor "might"? */
static int would_be(const pl_sentan *an, const pl_vg *h)
{
	const char *w;
	if (h->v < 1 || strcmp(an->tok[h->v].low, "be"))
		return 0;
	w = an->tok[h->v - 1].low;
	return !strcmp(w, "would") || !strcmp(w, "could") || !strcmp(w, "'d");
}

/* "pleased with the way the council handled it", "happy with how ministers
** treated him": a feeling about the way an actor did something is about the
** actor; the token after "the way" or "how" when j opens such a phrase,
** else j. */
static uint32_t past_the_way(const pl_sentan *an, uint32_t j, uint32_t c1)
{
	const char *w = j < c1 ? an->tok[j].low : "";
	if (!(pl_eq(w, "with") || pl_eq(w, "by") || pl_eq(w, "at")))
		return j;
	if (j + 1 < c1 && pl_eq(an->tok[j + 1].low, "how"))
		return j + 2;
	if (j + 2 < c1 && pl_eq(an->tok[j + 1].low, "the") && pl_eq(an->tok[j + 2].low, "way"))
		return j + 3 < c1 && pl_eq(an->tok[j + 3].low, "that") ? j + 4 : j + 3;
	return j;
}

/* Does the speech [c0, c1) hold a condition ("if", "unless", "were it")?
** A feeling hedged by "would" is then one only supposed ("I would be
** disappointed if they refused"). */
static int conditioned(const pl_sentan *an, uint32_t c0, uint32_t c1)
{
	uint32_t j;
	for (j = c0; j < c1; j++) {
		const char *w = an->tok[j].low;
		if (pl_eq(w, "if") || pl_eq(w, "unless") || pl_eq(w, "were") || pl_eq(w, "should") ||
		    pl_eq(w, "otherwise"))
			return 1;
	}
	return 0;
}

/* "I am worried by the government's plans", "he was concerned about the
** Tories' approach": unease (a cue "m:" of stance.tsv, read as feeling()
** reads its cues) is criticism only of an actor's thing or a plan, the chunk
** right after "about", "by", "over" or "at"; the actor's thing is the
** target.  Unease about people, one's own ("his health") or a thing of no
** actor ("the weather") is no criticism.  j: the word after the cue. */
static const char *unease_about(const pl_sentan *an, uint32_t j, uint32_t c1, const char *code,
                                const char *speaker, int *target)
{
	int q;
	const char *owner;
	if (j + 1 >= c1 || !pl_in_list(an->tok[j].low, (const char *const[]){"about", "by", "over",
	                                "at", NULL}))
		return NULL;
	if ((q = an->np_of[j + 1 - an->t0]) < 0 || an->np[q].t0 != j + 1 || an->np[q].pronoun ||
	    an->tok[j + 1].tag == PL_T_PRPS)
		return NULL;
	if ((owner = an->np[q].poss_code) != NULL && !an->np[q].code) {
		/* (not the speaker's own side: "he was worried about
		** Britain's finances", said by a minister of Britain) */
		if (speaker && (pl_eq(owner, speaker) ||
		                (strlen(owner) == 3 && !strncmp(owner, speaker, 3))))
			return NULL;
		*target = q;
		return code;
	}
	return !an->np[q].code && decided_thing(an, q) ? code : NULL;
}

/* "I am pleased that Prince Charles has decided", "we are disappointed
** with the council": the speaker's own feeling (a cue "a:" of stance.tsv
** after a linking verb whose subject is "I", "we", "he" or "she") about an
** actor named in the next few words, the target.  Praise needs that actor;
** disappointment may be with a thing. */
static const char *feeling(const pl_store *s, const pl_sentan *an, const pl_vg *h, uint32_t c0,
                           uint32_t c1, const char *speaker, int *target)
{
	const char *w, *code = NULL;
	uint32_t j, k;
	int subj = h->subj, uneasy = 0;
	/* (a subject outside the content is the parser's guess: the chunk
	** right before the verb, "said he was disappointed") */
	if (subj >= 0 && an->np[subj].t0 < c0)
		subj = h->t0 > c0 ? an->np_of[h->t0 - 1 - an->t0] : -1;
	if (subj < 0 || !an->np[subj].pronoun || an->np[subj].t0 < c0)
		return NULL;
	w = an->tok[an->np[subj].t0].low;
	if (strcmp(w, "i") && strcmp(w, "we") && strcmp(w, "he") && strcmp(w, "she") &&
	    strcmp(w, "it"))
		return NULL;
	/* (the cue may be the verb: "am pleased", "was disappointed") */
	for (j = h->passive ? h->v : h->v + 1; j < c1 && j <= h->v + 3 && !code; j++) {
		if (an->tok[j].flags & PL_TOK_PUNCT)
			return NULL;
		code = prefixed(s, "a", lem(&an->tok[j]), NULL, NULL);
		if (!code)
			code = prefixed(s, "a", an->tok[j].low, NULL, NULL);
		if (!code && (code = prefixed(s, "m", an->tok[j].low, NULL, NULL)) != NULL)
			uneasy = 1;
	}
	/* ("it" is the speaker only in an outlook, the body that speaks:
	** "the ministry said it was confident"; feelings about an actor
	** keep to the pronouns of persons) */
	if (code && !strcmp(w, "it") && !(code[0] == '0' && code[1] == '1'))
		return NULL;
	/* the outlook said ("I remain optimistic", "we are hopeful of a
	** settlement"): an optimistic or pessimistic comment (013, 012),
	** about no one, and not the willingness "confident to"; one held in
	** excess ("he was too bullish") is a fault found, read below */
	if (code && code[0] == '0' && code[1] == '1') {
		for (k = h->v + 1; k + 1 < j; k++)
			if (pl_eq(an->tok[k].low, "too") || pl_eq(an->tok[k].low, "overly"))
				return NULL;
		return j < c1 && pl_eq(an->tok[j].low, "to") ? NULL : code;
	}
	if (uneasy)
		return unease_about(an, j, c1, code, speaker, target);
	/* ("happy to wait for the council", "pleased to meet the minister":
	** a willingness, no feeling about the actor) */
	if (!code || (j + 1 < c1 && pl_eq(an->tok[j].low, "to") && an->tok[j + 1].tag == PL_T_VB))
		return NULL;
	/* (praise is of an actor the feeling is with, by, at or about, or of
	** one named right after it: "happy in Spain", "happy if he is charged"
	** praise no one) */
	if (code[0] == '0' && code[1] == '5' && j < c1 &&
	    (an->tok[j].tag == PL_T_IN || an->tok[j].tag == PL_T_WRB) &&
	    !pl_in_list(an->tok[j].low, (const char *const[]){"that", "with", "by", "at", "about",
	                "to", "for", "of", NULL}))
		return NULL;
	if ((k = past_the_way(an, j, c1)) != j) {
		/* (the actor right after "the way" is the doer: "the way his
		** time in Spain was going" is about no one) */
		int np = k < c1 ? an->np_of[k - an->t0] : -1;
		if (np < 0 || an->np[np].t0 != k || !an->np[np].code || an->np[np].pronoun)
			return code[0] == '0' && code[1] == '5' ? NULL : code;
		*target = np;
		return code;
	}
	for (k = j; k < c1 && k <= j + 3; k++) {
		int np = an->np_of[k - an->t0];
		if (an->tok[k].flags & PL_TOK_PUNCT)
			break;
		if (np >= 0 && actor(&an->np[np]) && !own(an, np)) {
			*target = np;
			return code;
		}
	}
	return code[0] == '0' && code[1] == '5' ? NULL : code;
}

/* "we are against the plan", "I am totally opposed to the tax": the
** speaker's own side taken against a plan or an actor (110, disapprove),
** said in the speaker's words ("I", "we") or of "he" or "she" standing for
** the speaker.  What the speaker is against must be an actor (the target;
** not its own side) or a thing decided or made ("the plan", "the treaty");
** "we are up against the clock", "they are against it" take no side. */
static const char *stands_against(const pl_store *s, const pl_sentan *an, const pl_vg *h,
                                  uint32_t c0, uint32_t c1, const char *speaker, int *target)
{
	uint32_t j;
	int subj = h->subj, q;
	if (subj >= 0 && an->np[subj].t0 < c0)
		subj = h->t0 > c0 ? an->np_of[h->t0 - 1 - an->t0] : -1;
	if (subj < 0 || an->np[subj].t0 < c0 || !own(an, subj) || h->negated || !h->finite ||
	    modal(an, h) || unasserted(an, h, c0))
		return NULL;
	if (h->passive ? !pl_eq(an->tok[h->v].low, "opposed") : !pl_eq(lem(&an->tok[h->v]), "be"))
		return NULL;
	for (j = h->passive ? h->v + 1 : h->t1; j < c1 && an->tok[j].tag == PL_T_RB; j++)
		;
	if (j + 1 >= c1 || !pl_eq(an->tok[j].low, h->passive ? "to" : "against"))
		return NULL;
	q = an->np_of[j + 1 - an->t0];
	if (q < 0 || an->np[q].t0 != j + 1 || an->np[q].pronoun)
		return NULL;
	if (actor(&an->np[q])) {
		const char *c = an->np[q].code ? an->np[q].code : an->np[q].poss_code;
		if (speaker && pl_eq(c, speaker))
			return NULL;
		*target = q;
		return "110";
	}
	return endorsed(s, an, q) || decided_thing(an, q) ? "110" : NULL;
}

/* The cue words of a speech's loose readings (wish, loose_phrase,
** loose_fault, loose_accuse, worse_under), found in one walk of its tokens
** before any of them reads it.  Each reading walked the whole speech
** asking its own first test of every word, most of them hashing the same
** lemma; the walk hashes it once, sets a bit per token for each reading
** whose first test the word passes, and keeps the span of such words per
** reading: a reading with none is not called, one with some reads only
** from its first to its last and passes the others unasked.  The bits say
** "may": each reading still makes its own tests of the words let by.
** alleged_part, which reads the verb groups, is told only whether its
** words are there: "involve", "implicate", "blame", "guilty", "complicit",
** "culpable", "behind", "responsible". */
enum {
	CUE_WISH = 1,    /* a "w:" cue's bit (stance_wish_bits) */
	CUE_PHRASE = 2,  /* a word a "k:" phrase may start with */
	CUE_FAULT = 4,   /* a noun, adjective or participle of a key of 111 */
	CUE_ACCUSE = 8,  /* "too", "not", "behind", a try as noun or verb */
	CUE_RULE = 16,   /* "under", "if" (worse_under's anchors) */
	CUE_PART = 32,   /* alleged_part's words after its verb, or the verb */
	CUE_KINDS = 6
};
#define CUE_MAX 256  /* tokens a speech's cues are kept for (a longer one is walked as before) */

typedef struct speech_cues {
	uint32_t base;               /* the token cue[0] is of */
	uint32_t first[CUE_KINDS];   /* per kind, the first token with it */
	uint32_t last[CUE_KINDS];    /* ... one past the last (first when none) */
	int has_mean;                /* a verb "mean": any chunk may anchor a rule */
	uint8_t cue[CUE_MAX];
} speech_cues;

static int adjectival(const pl_token *t);

/* The words loose_accuse starts from besides "too", "not" and "behind":
** a noun of a try, a verb of trying; and the states alleged_part reads
** after "be".  The cues' walk asks the same lists. */
static const char *const accuse_tries[] = {"attempt", "bid", "effort", "ploy", "plot", "move",
	NULL};
static pl_wordset accuse_try_set = PL_WORDSET(accuse_tries);   /* (asked of each noun) */
static const char *const accuse_try_verbs[] = {"try", "attempt", "seek", NULL};
static const char *const part_states[] = {"guilty", "complicit", "culpable", NULL};

/* Fills sc for the tokens [from, to) of the sentence; 0 (and sc unused)
** when the span is longer than CUE_MAX or starts before the sentence: the
** readings then walk it as they did. */
static int speech_cues_find(const pl_store *s, const pl_sentan *an, uint32_t from, uint32_t to,
                            speech_cues *sc)
{
	/* (what the walk reads of the store and the sentence, in locals: the
	** bytes it writes might be any of them to the compiler) */
	const pl_token *tok = an->tok;
	const uint64_t wish_bits = s->stance_wish_bits, *firsts = s->stance_phrase_first;
	const uint64_t *pairs = s->stance_phrase_pairs, *faults = s->stance_fault_words;
	uint64_t try_bits[4];
	uint32_t first[CUE_KINDS], last[CUE_KINDS];
	uint32_t j, k;
	int i, mean = 0;
	if (from < an->t0 || to < from || to - from > CUE_MAX)
		return 0;
	for (i = 0; i < CUE_KINDS; i++)
		first[i] = last[i] = to;
	/* (the tries' filter read straight, with the lemma's hash made here) */
	if (!atomic_load_explicit(&accuse_try_set.made, memory_order_acquire))
		pl_wordset_make(&accuse_try_set);
	for (i = 0; i < 4; i++)
		try_bits[i] = atomic_load_explicit(&accuse_try_set.bits[i], memory_order_relaxed);
	for (j = from; j < to; j++) {
		const pl_token *t = &tok[j];
		const char *l = lem(t), *w = t->low;
		uint32_t h = pl_word_hash3(l), b = h >> 20, b8 = h >> 24;
		unsigned c = 0;
		if ((uint64_t)1 << (h >> 26) & wish_bits)
			c |= CUE_WISH;
		/* (a phrase's first word, and with the next word a pair some
		** phrase starts with: phrase_walk's own first test) */
		if (firsts[b / 64] >> (b % 64) & 1) {
			for (k = j + 1; k < to && (tok[k].tag == PL_T_PPL || tok[k].tag == PL_T_PPR); k++)
				;
			if (k < to && !(tok[k].flags & PL_TOK_PUNCT) &&
			    (pl_slot_bit(pairs, pl_word_pair_slot(l, lem(&tok[k]))) || strchr(l, '_')))
				c |= CUE_PHRASE;
		}
		if ((faults[b / 64] >> (b % 64) & 1 || (l != w && pl_slot_has(faults, w))) &&
		    (PL_TAG_IS_NOUN(t->tag) || PL_TAG_IS_ADJ(t->tag) || t->tag == PL_T_VBN || adjectival(t)))
			c |= CUE_FAULT;
		/* (the plain words by their first byte: most words pass none) */
		switch (w[0]) {
		case 't':
			if (pl_eq(w, "too"))
				c |= CUE_ACCUSE;
			break;
		case 'n':
			if (pl_eq(w, "not"))
				c |= CUE_ACCUSE;
			break;
		case 'b':
			if (pl_eq(w, "behind"))
				c |= CUE_ACCUSE | CUE_PART;
			else if (pl_eq(w, "blame"))
				c |= CUE_PART;
			break;
		case 'g':
		case 'c':
			if (pl_in_list(w, part_states))
				c |= CUE_PART;
			break;
		case 'r':
			if (pl_eq(w, "responsible"))
				c |= CUE_PART;
			break;
		case 'u':
			if (pl_eq(w, "under"))
				c |= CUE_RULE;
			break;
		case 'i':
			if (pl_eq(w, "if"))
				c |= CUE_RULE;
			break;
		}
		if (PL_TAG_IS_NOUN(t->tag) && (try_bits[b8 / 64] >> (b8 % 64) & 1) &&
		    pl_walk_list(l, accuse_tries))
			c |= CUE_ACCUSE;
		if (l[0] == 'i' && (pl_eq(l, "involve") || pl_eq(l, "implicate")))
			c |= CUE_PART;
		if (PL_TAG_IS_VERB(t->tag)) {
			if ((l[0] == 't' || l[0] == 'a' || l[0] == 's') && pl_in_list(l, accuse_try_verbs))
				c |= CUE_ACCUSE;
			if (l[0] == 'm' && pl_eq(l, "mean"))
				mean = 1;
		}
		sc->cue[j - from] = (uint8_t)c;
		for (i = 0; c; i++, c >>= 1)
			if (c & 1) {
				if (first[i] == to)
					first[i] = j;
				last[i] = j + 1;
			}
	}
	sc->base = from;
	sc->has_mean = mean;
	memcpy(sc->first, first, sizeof first);
	memcpy(sc->last, last, sizeof last);
	return 1;
}

/* Has the speech a word of kind (a CUE_ bit)? */
static int cue_any(const speech_cues *sc, unsigned kind)
{
	int i = __builtin_ctz(kind);
	return sc->first[i] < sc->last[i];
}

/* The first token of kind (a CUE_ bit) at or after j and before end, else
** end; j itself when there are no cues (sc NULL: every word may be one). */
static uint32_t cue_next(const speech_cues *sc, unsigned kind, uint32_t j, uint32_t end)
{
	int i = __builtin_ctz(kind);
	uint32_t stop = end;
	if (!sc)
		return j;
	if (j < sc->first[i])
		j = sc->first[i];
	if (stop > sc->last[i])
		stop = sc->last[i];
	while (j < stop && !(sc->cue[j - sc->base] & kind))
		j++;
	return j < stop ? j : end;
}

/* "my hope is that the government will act", "we want ministers to listen", "it is
** time for the council to go": a wish (a cue "w:" of stance.tsv) of the
** speaker's, a pronoun ("I", "we", "he") or "it" right before the cue,
** that an actor named right after it do something ("will", "to" ...).  The
** code of the cue, the actor the target; NULL when negated or conditional. */
static const char *wish(const pl_store *s, const pl_sentan *an, uint32_t c0, uint32_t c1,
                        const speech_cues *sc, int *target)
{
	static const char *const modals[] = {"will", "would", "can", "could", "to", "should",
		"must", "'ll", NULL};
	uint32_t j, k;
	/* (a quotation may run on past this sentence: read only its words) */
	if (c0 < an->t0)
		c0 = an->t0;
	if (c1 > an->t1)
		c1 = an->t1;
	for (j = cue_next(sc, CUE_WISH, c0 + 1, c1); j < c1; j = cue_next(sc, CUE_WISH, j + 1, c1)) {
		const char *code;
		int who = 0, m, np;
		/* (a word whose bit no cue has is none: no key built, no look-up;
		** the cues' walk has asked it already) */
		if (!sc && !(pl_word_bit(lem(&an->tok[j])) & s->stance_wish_bits))
			continue;
		code = prefixed(s, "w", lem(&an->tok[j]), NULL, NULL);
		if (!code || main_verb(an, j))
			continue;
		for (k = j; k > c0 && j - k < 4; k--) {
			const char *w = an->tok[k - 1].low;
			if (pl_eq(w, "not") || pl_eq(w, "n't") || pl_eq(w, "never") ||
			    pl_eq(w, "if") || pl_eq(w, "whether") || pl_eq(w, "unless"))
				return NULL;
			if (pl_eq(w, "i") || pl_eq(w, "we") || pl_eq(w, "he") || pl_eq(w, "she") ||
			    pl_eq(w, "they") || pl_eq(w, "it") || pl_eq(w, "my") || pl_eq(w, "our") ||
			    pl_eq(w, "his") || pl_eq(w, "her") || pl_eq(w, "their"))
				who = 1;
		}
		if (!who)
			continue;
		/* the actor wished to act: the first chunk in the next few
		** words ("that", "for" may come between) */
		for (k = j + 1; k < c1 && k <= j + 3; k++) {
			np = an->np_of[k - an->t0];
			if (np < 0)
				continue;
			if (!actor(&an->np[np]) || own(an, np))
				break;
			for (k = an->np[np].t1; k < c1 && k <= an->np[np].t1 + 1; k++)
				for (m = 0; modals[m]; m++)
					if (pl_eq(an->tok[k].low, modals[m])) {
						*target = np;
						return code;
					}
			break;
		}
	}
	return NULL;
}

/* The chunk right after verb group h (an adverb may come between) and
** before end: its object.  -1 when there is none. */
static int object_after(const pl_sentan *an, const pl_vg *h, uint32_t end)
{
	uint32_t j = h->t1;
	int np;
	while (j < end && an->tok[j].tag == PL_T_RB)
		j++;
	if (j >= end || (np = an->np_of[j - an->t0]) < 0 || an->np[np].t0 != j)
		return -1;
	return np;
}

/* "said the government had failed pensioners", "has abandoned the
** regions": a verb cue "o:VERB" of stance.tsv whose object, the chunk right
** after the verb group (an adverb may come between), is an actor other
** than the speaker: its code ("failed the test", "abandoned the plan"
** wrong no one).  NULL when there is none. */
static const char *wronged(const pl_store *s, const pl_sentan *an, const pl_vg *h, uint32_t end)
{
	const char *code = prefixed(s, "o", lem(&an->tok[h->v]), NULL, NULL);
	int np;
	if (!code || (np = object_after(an, h, end)) < 0)
		return NULL;
	return actor(&an->np[np]) && !own(an, np) ? code : NULL;
}

/* Does word t end as adjectives do ("shambolic", "disastrous", "deceitful",
** "incompetent", "unworkable")?  The tagger takes a word it does not know
** before a noun for a noun. */
static int adjectival(const pl_token *t)
{
	static const char *const ends[] = {"ic", "ous", "ful", "ive", "ent", "ant", "able", "ible",
		NULL};
	int i;
	/* (the last letter first: every ending ends in one of these) */
	if (t->len < 5 || !strchr("cslet", t->low[t->len - 1]))
		return 0;
	for (i = 0; ends[i]; i++) {
		size_t n = strlen(ends[i]);
		if (t->len > n + 2 && !memcmp(t->low + t->len - n, ends[i], n))
			return 1;
	}
	return 0;
}

/* Is the chunk at token j, in the speech [c0, ...), what another one sees
** or calls it ("what the US sees as Japan's unfair practices", "what
** critics call Labour's stealth taxes", "the opposition attacked Labour's
** botched reforms")?  A verb of seeing, calling or judging a few words
** before it, with no punctuation between, whose subject is not the
** speaker (a pronoun, "it" or "they" most often the speaker again, or a
** chunk of the speaker's code): the judgement is that subject's. */
static const char *const view_verbs[] = {"see", "regard", "view", "perceive", "consider", "call",
	"describe", "portray", "depict", "characterise", "characterize", "brand", "label", "dub",
	"term", "deem", "attack", "criticise", "criticize", "condemn", "denounce", "blame",
	"accuse", "dismiss", "decry", "deride", "slam", NULL};
static pl_wordset view_verb_set = PL_WORDSET(view_verbs);

static int others_view(const pl_sentan *an, uint32_t c0, uint32_t j, const char *speaker)
{
	uint32_t k;
	int m;
	for (k = j; k > c0 && j - k < 6; k--) {
		const pl_token *t = &an->tok[k - 1];
		if (t->flags & PL_TOK_PUNCT)
			return 0;
		if (!PL_TAG_IS_VERB(t->tag) || !pl_in_set(&view_verb_set, lem(t)))
			continue;
		for (m = 0; m < an->nvg; m++) {
			int q = an->vg[m].subj;
			if (an->vg[m].v != k - 1)
				continue;
			/* ("announced tariffs for what it sees as Tokyo's
			** failure": the speaker's own view) */
			if (q >= 0 && (an->np[q].pronoun ||
			               (an->np[q].code && speaker && pl_eq(an->np[q].code, speaker))))
				return 0;
			return 1;
		}
		return 1;
	}
	return 0;
}

static int loose_ambiguous(const char *w);

/* Is the word at token j, past quote marks, a noun ("the \"Labour
** Shambles\" tour": the chunk before it names the tour)? */
static int noun_after(const pl_sentan *an, uint32_t j)
{
	while (j < an->t1 && (an->tok[j].tag == PL_T_PPL || an->tok[j].tag == PL_T_PPR))
		j++;
	return j < an->t1 && PL_TAG_IS_NOUN(an->tok[j].tag);
}

/* "the reckless spree planned by the Tories", "a shambolic scheme run by
** the council": the actor that made or runs the thing of chunk q, named
** after a participle of making or proposing and "by" right after it (the
** chunk of that actor, a name, not a pronoun), or -1; "the reckless
** driving seen by the police" was not the police's doing. */
static int made_by(const pl_sentan *an, int q, uint32_t c1)
{
	static const char *const made[] = {"plan", "propose", "announce", "introduce", "unveil",
		"launch", "make", "run", "adopt", "pursue", "impose", "devise", "design", "draw",
		"offer", "promise", "back", "champion", "promote", "push", "table", "publish", NULL};
	uint32_t j = an->np[q].t1;
	int a;
	/* (past a closing quote mark or an adverb: "the cuts now planned by") */
	while (j < c1 && (an->tok[j].tag == PL_T_PPR || an->tok[j].tag == PL_T_RB))
		j++;
	if (j + 2 >= c1 || an->tok[j].tag != PL_T_VBN || !pl_in_list(lem(&an->tok[j]), made) ||
	    !pl_eq(an->tok[j + 1].low, "by") ||
	    (a = an->np_of[j + 2 - an->t0]) < 0 || an->np[a].t0 != j + 2)
		return -1;
	return an->np[a].code && !an->np[a].pronoun && !an->np[a].place ? a : -1;
}

/* "said the plan was another example of Labour's authoritarian
** response", "said voters were tired of the Tories' broken promises": a
** thing of an actor (a chunk with a possessor) that a word of fault of
** stance.tsv (a plain word of code 111, or two) describes: the chunk's
** head ("Labour's U-turn"), or a word before the head that is no noun
** ("the council's waste collection" finds no fault).  The code, the chunk
** the target (its possessor the actor); NULL when there is none, or when
** a negation or a word of doubt stands right before the chunk ("was not
** Labour's failure", "whether the government's plan was flawed" is read
** by the clause's own verb).  A chunk coded by the words before its head,
** the head a common noun of fault, is such a thing too ("typical of Lib Dem
** hypocrisy": the chunk the target). */
static const char *owned_fault(const pl_store *s, const pl_sentan *an, uint32_t c0, uint32_t c1,
                               const char *speaker, int *target)
{
	uint32_t j, k, pos;
	if (c0 < an->t0)
		c0 = an->t0;
	if (c1 > an->t1)
		c1 = an->t1;
	for (j = c0; j < c1; j++) {
		int q = an->np_of[j - an->t0];
		const pl_np *np;
		int doubt = 0, by = -1;
		if (q < 0 || an->np[q].t0 != j)
			continue;
		np = &an->np[q];
		if (np->t1 > c1)
			continue;
		/* ("typical of Lib Dem hypocrisy", "more Labour sleaze": an actor
		** named before a head of fault that its name does not take in) */
		if (np->code && !np->pronoun && !np->person && np->t1 - np->t0 >= 2) {
			const pl_token *h = &an->tok[np->t1 - 1];
			/* (the head alone: the words before it name the actor; not
			** a place's, "the Iraq disaster" names an event; not the
			** speaker's own; not a word that names as often) */
			/* (nor a bare state's, nor a scandal, which is named after
			** its matter: "the arms to Iran scandal") */
			/* (a common noun that heads its phrase: not a name, "the
			** \"Labour Shambles\" tour") */
			if (np->place || strlen(np->code) <= 3 || (h->tag != PL_T_NN && h->tag != PL_T_NNS) ||
			    noun_after(an, np->t1) ||
			    (speaker && pl_eq(np->code, speaker)) || pl_eq(lem(h), "scandal") ||
			    loose_ambiguous(lem(h)) || loose_ambiguous(h->low))
				continue;
			pos = np->t1 - 1;
		}
		else if (!np->code && !np->poss_code && (by = made_by(an, q, c1)) >= 0)
			/* ("the reckless spree planned by the Tories") */
			pos = np->t0;
		else if (!np->poss_code || np->code)
			continue;
		else {
			for (pos = np->t1; pos > np->t0 && an->tok[pos - 1].tag != PL_T_POS; pos--)
				;
			if (pos == np->t0)
				continue;
		}
		for (k = j; k > c0 && j - k < 3; k--) {
			const char *w = an->tok[k - 1].low;
			/* (the object of a verb other than "be" is named as what it
			** is all the same: "could not afford the Tories' reckless
			** spree"; "was not Labour's failure" denies it) */
			if (PL_TAG_IS_VERB(an->tok[k - 1].tag) && !linking(lem(&an->tok[k - 1])))
				break;
			if (pl_eq(w, "not") || pl_eq(w, "n't") || pl_eq(w, "never") || pl_eq(w, "no") ||
			    pl_eq(w, "if") || pl_eq(w, "whether") || pl_eq(w, "unless"))
				doubt = 1;
		}
		if (doubt || others_view(an, c0, j, speaker))
			continue;
		for (k = pos; k < np->t1; k++) {
			const pl_token *t = &an->tok[k];
			const char *code = pl_tok_get_lem(&s->stance, t);
			int head = k + 1 == np->t1;
			if (!code && strcmp(lem(t), t->low))
				code = pl_tok_get_low(&s->stance, t);
			/* ("broken promises", "black hole": the two words the head) */
			if (!code && k + 2 == np->t1) {
				code = prefixed(s, NULL, lem(t), lem(&an->tok[k + 1]), NULL);
				head = code != NULL;
			}
			if (!code || strcmp(code, "111"))
				continue;
			if (head || PL_TAG_IS_ADJ(t->tag) || t->tag == PL_T_VBN || adjectival(t)) {
				*target = by >= 0 ? by : q;
				return code;
			}
		}
	}
	return NULL;
}

/* "said the government had failed", "Mr Brown had failed the test": an
** actor failed, with nothing after the verb or a thing failed, not "failed
** to" do something (the outcome of a try: "failed to agree"; the duties
** are verb cues of stance.tsv) nor "failed in its bid". */
static int failed(const pl_sentan *an, const pl_vg *h, uint32_t end)
{
	uint32_t j = h->t1;
	int np;
	if (!pl_eq(lem(&an->tok[h->v]), "fail"))
		return 0;
	while (j < end && an->tok[j].tag == PL_T_RB)
		j++;
	if (j >= end || (an->tok[j].flags & PL_TOK_PUNCT) || an->tok[j].tag == PL_T_CC)
		return 1;
	return (np = an->np_of[j - an->t0]) >= 0 && an->np[np].t0 == j && !an->np[np].code;
}

/* Is the modal of h's group one of what will or would come ("will",
** "would", "could", "'ll", "'d"): a harm foretold ("said the plan would
** make things worse") is a criticism of it all the same. */
static int foretold(const pl_sentan *an, const pl_vg *h)
{
	uint32_t j;
	for (j = h->t0; j < h->v; j++) {
		const char *w = an->tok[j].low;
		if (an->tok[j].tag == PL_T_MD && strcmp(w, "will") && strcmp(w, "would") &&
		    strcmp(w, "could") && strcmp(w, "'ll") && strcmp(w, "'d"))
			return 0;
	}
	return 1;
}

/* "said Labour's plans would make the problem worse", "his ambition was
** getting in the way of good government", "the Tories would hold the
** economy back": a harm cue "h:" of stance.tsv whose subject is an actor or
** a thing of one, the target.  Foretold harm counts ("would", "will"); a
** cue of one verb ("h:damage", "h:hurt") only when its subject is an
** actor's thing or the harm foretold ("said the rebels had damaged the
** pipeline" reports an act). */
static const char *harm(const pl_store *s, const pl_sentan *an, const pl_vg *h, uint32_t end,
                        int owned)
{
	const pl_np *np = &an->np[h->subj];
	const char *code, *v = lem(&an->tok[h->v]);
	uint32_t j;
	if (!owned && !actor(np))
		return NULL;
	owned |= np->poss_code && !np->code;
	if (!h->finite || h->negated || h->passive || !foretold(an, h))
		return NULL;
	code = verb_cue(s, "h", an, h, end);
	if (!code)
		return NULL;
	/* ("investors were holding back from selling": refraining, no harm) */
	for (j = h->v + 1; j + 1 < end && j <= h->v + 4; j++)
		if (pl_eq(an->tok[j].low, "back") && pl_eq(an->tok[j + 1].low, "from"))
			return NULL;
	/* ("caused no damage": no harm; "could put itself at risk": a harm
	** to itself, a warning, not a charge) */
	for (j = h->v + 1; j < end && j <= h->v + 3; j++) {
		const char *w = an->tok[j].low;
		if (pl_eq(w, "no") || pl_eq(w, "little") || pl_eq(w, "itself") || pl_eq(w, "himself") ||
		    pl_eq(w, "herself") || pl_eq(w, "themselves") || pl_eq(w, "ourselves"))
			return NULL;
	}
	if (prefixed(s, "h", v, NULL, NULL) && !owned && !modal(an, h) &&
	    !h->future)
		return NULL;
	return code;
}

/* "said the Tory plan would penalise pensioners", "the government's scheme
** will undermine local councils": a plan, a law or a move of an actor (a
** noun of dict/objects.tsv's "abstract" or "document" class, its owner
** named) said to wrong an actor named right after the verb (a cue "f:" of
** stance.tsv, or one of "o:") finds fault with the owner, foretold or
** done.  The harmed must be an actor with a code: "would weaken the
** dollar" and "would affect 3,000 people" wrong no one.  Its code, else
** NULL. */
static const char *plan_harm(const pl_store *s, const pl_sentan *an, const pl_vg *h, uint32_t end)
{
	const char *v = lem(&an->tok[h->v]), *code;
	int np;
	if (!h->finite || h->negated || h->passive || !foretold(an, h))
		return NULL;
	code = prefixed(s, "f", v, NULL, NULL);
	if (!code)
		code = prefixed(s, "o", v, NULL, NULL);
	if (!code || (np = object_after(an, h, end)) < 0)
		return NULL;
	return an->np[np].code && !an->np[np].pronoun && !own(an, np) ? code : NULL;
}

/* Is chunk q a policy: a law, a plan or a measure meant to work ("the
** measures", "the new scheme")?  What it fails at or whom it wrongs is a
** fault of whoever made it, named or not; a bid, a deal or a vote that
** fails is an outcome, so the list is short. */
static int policy(const pl_sentan *an, int q)
{
	static const char *const policies[] = {"law", "bill", "legislation", "policy", "plan",
		"proposal", "reform", "scheme", "programme", "program", "strategy", "measure",
		"initiative", "regulation", "rule", "system", NULL};
	static pl_wordset policies_set = PL_WORDSET(policies);
	const pl_np *np = &an->np[q];
	return !np->pronoun && !np->person && pl_in_set(&policies_set, lem(&an->tok[np->t1 - 1]));
}

/* "said the measures unfairly penalised Roma people", "the reform failed
** to protect workers", "the rules will undermine the unions": a policy
** whose maker is not named, said to fail at a duty (a "v:fail_to_" cue of
** code 111) or to wrong an actor named (plan_harm), is criticism of no
** one named.  A harm to no actor ("would put investment at risk", "would
** hurt the tapioca industry") is left: as often a forecast as a charge.
** Its code, else NULL. */
static const char *policy_fault(const pl_store *s, const pl_sentan *an, const pl_vg *h,
                                uint32_t end)
{
	const char *code = NULL;
	if (!h->finite || h->negated || h->passive)
		return NULL;
	/* ("the plan had failed" with no one named is an outcome as often
	** as a charge: only a duty failed) */
	if (!modal(an, h) && pl_eq(lem(&an->tok[h->v]), "fail")) {
		code = verb_cue(s, "v", an, h, end);
		if (code && !pl_eq(code, "111"))
			code = NULL;
	}
	if (!code)
		code = plan_harm(s, an, h, end);
	return code;
}

/* The actor whose thing subject chunk q is by an of-phrase ("the personal
** ambition of Mr Blair and Mr Brown", "the policies of the government"):
** the chunk right after "of", when it has an actor's code; else -1. */
static int of_actor(const pl_sentan *an, int q)
{
	uint32_t j = an->np[q].t1;
	int o;
	if (an->np[q].code || an->np[q].pronoun || j + 1 >= an->t1 || !pl_eq(an->tok[j].low, "of"))
		return -1;
	o = an->np_of[j + 1 - an->t0];
	return o >= 0 && an->np[o].t0 == j + 1 && an->np[o].code && !an->np[o].pronoun ? o : -1;
}

/* "said the chancellor had a black hole in his finances", "the Liberal
** Democrats have got a muddled policy": a fault (a plain word of code 111
** of stance.tsv, a noun or the two words of one) that the subject has;
** its code, else NULL.  Negated or conditional having says nothing. */
static const char *has_fault(const pl_store *s, const pl_sentan *an, const pl_vg *h, uint32_t end,
                             uint32_t *atp)
{
	const char *code, *v = lem(&an->tok[h->v]);
	uint32_t at = 0;
	if (!h->finite || h->negated || h->passive || modal(an, h))
		return NULL;
	if (!pl_eq(v, "have") && !(pl_eq(v, "get") && h->v > h->t0 &&
	                            pl_eq(lem(&an->tok[h->v - 1]), "have")))
		return NULL;
	/* ("had to go" is a duty, not a thing had) */
	if (h->v + 1 < an->t1 && pl_eq(an->tok[h->v + 1].low, "to"))
		return NULL;
	/* a noun the fault ("a black hole", "a muddle"), or a word before the
	** chunk's head ("a muddled policy") */
	code = predicate_cue(s, an, h, end, &at);
	if (!code || strcmp(code, "111"))
		return NULL;
	*atp = at;
	return code;
}

/* "said the minister had shown great courage", "he has real integrity",
** "Mr Blair had spoken with such sincerity": a virtue (a cue "q:NOUN" of
** stance.tsv) an actor has, shows or acts with is praise of the actor; one
** it lacks ("lacked the courage to", "had shown a complete lack of
** leadership", "has no vision") or shows poorly ("has shown poor
** leadership": a word of fault before it) finds fault with it (111).  The
** noun heads the words after "have", "show", "display", "demonstrate" or
** "lack" (or after "with" right after another verb), only adjectives and
** adverbs between, and after "show" or "lack" "the" or an owner too: "has
** the ability" names a gift, not its use, "his leadership" a post; "had
** the courage to" and "leadership ambitions" say no virtue shown.  Asserted
** and not negated (the caller sees to the subject).  Its code, else NULL. */
static const char *virtue_shown(const pl_store *s, const pl_sentan *an, const pl_vg *h,
                                uint32_t end)
{
	static const char *const showing[] = {"have", "show", "display", "demonstrate", "lack", NULL};
	const char *v = lem(&an->tok[h->v]), *code, *word;
	uint32_t j = h->v + 1;
	int lacked = pl_eq(v, "lack"), shown = !pl_eq(v, "have"), faulted = 0;
	if (!h->finite || h->negated || h->passive || modal(an, h))
		return NULL;
	if (!pl_in_list(v, showing)) {
		if (h->v + 1 >= end || !pl_eq(an->tok[h->v + 1].low, "with"))
			return NULL;
		j++;
	}
	for (; j < end && j < h->v + 7; j++) {
		const pl_token *t = &an->tok[j];
		if (!lacked && (pl_eq(t->low, "no") ||
		                ((pl_eq(t->low, "lack") || pl_eq(t->low, "absence")) && j + 1 < end &&
		                 pl_eq(an->tok[j + 1].low, "of")))) {
			lacked = shown = 1;
			j += !pl_eq(t->low, "no");
			continue;
		}
		if (PL_TAG_IS_ADJ(t->tag) && (word = performance_word(s, t)) != NULL &&
		    pl_eq(word, "111"))
			faulted = 1;
		if (!(PL_TAG_IS_ADJ(t->tag) || t->tag == PL_T_RB || pl_eq(t->low, "a") ||
		      pl_eq(t->low, "an") || pl_eq(t->low, "such") || pl_eq(t->low, "any") ||
		      t->tag == PL_T_CC || (shown && (pl_eq(t->low, "the") || t->tag == PL_T_PRPS))))
			break;
	}
	/* (the head of the chunk: "leadership skills" shows skill,
	** "leadership ambitions" no virtue) */
	while (j + 1 < end && PL_TAG_IS_NOUN(an->tok[j].tag) && PL_TAG_IS_NOUN(an->tok[j + 1].tag))
		j++;
	if (j >= end || !PL_TAG_IS_NOUN(an->tok[j].tag))
		return NULL;
	code = prefixed(s, "q", lem(&an->tok[j]), NULL, NULL);
	if (!code)
		return NULL;
	/* (not a gift one has for a purpose: "had the ability to win") */
	if (!shown && j + 1 < an->t1 && an->tok[j + 1].tag == PL_T_TO)
		return NULL;
	return lacked || faulted ? "111" : code;
}

/* Is chunk subj (in the speech from c0 on) a pronoun of people ("they",
** "we", "he", "she", "you", "I"), who may be wronged? */
static int people(const pl_sentan *an, int subj, uint32_t c0)
{
	static const char *const w[] = {"they", "we", "he", "she", "you", "i", "us", "them", NULL};
	return subj >= 0 && an->np[subj].t0 >= c0 && an->np[subj].pronoun &&
	       pl_in_list(an->tok[an->np[subj].t0].low, w);
}

/* The doer after "by" of a list of passives that h opens ("forgotten,
** neglected and taken for granted by Mr Blair"): the chunk after the "by"
** that ends the list, whose words are participles, commas, "and", "or" and
** a preposition right before a participle ("for granted"); else -1. */
static int listed_by(const pl_sentan *an, const pl_vg *h)
{
	uint32_t j;
	int q;
	for (j = h->v + 1; j + 1 < an->t1 && j <= h->v + 10; j++) {
		const pl_token *t = &an->tok[j];
		if (pl_eq(t->low, "by"))
			return (q = an->np_of[j + 1 - an->t0]) >= 0 && an->np[q].t0 == j + 1 ? q : -1;
		if (t->tag == PL_T_VBN || pl_eq(t->low, ",") || t->tag == PL_T_CC)
			continue;
		if (t->tag == PL_T_IN && an->tok[j + 1].tag == PL_T_VBN)
			continue;
		return -1;
	}
	return -1;
}

/* "said pensioners had been neglected by Mr Blair", "parliament may have
** been misled", "the crisis was mishandled by ministers": the passive of a
** verb cue "v:" or "o:" of stance.tsv.  The doer after "by", an actor, is
** the target; with none named the wrong is still said when the one wronged
** (the subject) is an actor ("parliament had been misled": accused is whoever
** misled it).  "o:" cues need an actor wronged ("the plan was abandoned"
** wrongs no one).  Asserted, not negated; "may have been", "might have been"
** suspect what was done and count.  A cue "p:VERB" ("targeted",
** "smeared", "victimised by") is read only here, with its doer named.
** Its code, *target the doer or -1. */
/* "pensioners felt betrayed by the government": passive group h, with no
** tense of its own, right after a finite "felt" in the content from c0 on;
** the subject of "felt" (-1: none, or not so). */
static int felt_group(const pl_sentan *an, const pl_vg *h, uint32_t c0)
{
	int k;
	if (h->t0 <= c0 || !pl_eq(lem(&an->tok[h->t0 - 1]), "feel"))
		return -1;
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].v == h->t0 - 1)
			return an->vg[k].finite && !an->vg[k].negated && !modal(an, &an->vg[k]) ?
			       an->vg[k].subj : -1;
	return -1;
}

/* "families will be damaged by his plan", "the economy was hurt by
** Labour's tax rises", "pensioners would be hit hardest by the Tories": a
** harm (a cue "h:" of one verb) done by an actor's plan or thing named
** after "by" faults its owner, as the active "his plan will damage
** families" does; one done by an actor itself only foretold (the town
** "was damaged by the rebels" reports an act).  The chunk after "by"
** (-1: none) in *by; the code, else NULL. */
static const char *harmed_by_plan(const pl_store *s, const pl_sentan *an, const pl_vg *h, uint32_t c0,
                                  int *by)
{
	const pl_np *np;
	int q, thing;
	*by = -1;
	if (!h->finite || h->t0 < c0 || h->v + 2 >= an->t1 || !pl_eq(an->tok[h->v + 1].low, "by") ||
	    !foretold(an, h))
		return NULL;
	if ((q = an->np_of[h->v + 2 - an->t0]) < 0 || an->np[q].t0 != h->v + 2 || own(an, q))
		return NULL;
	np = &an->np[q];
	thing = (np->poss_code && !np->code) || (np->code && policy(an, q));
	if (np->pronoun || !(thing || (actor(np) && (modal(an, h) || h->future))))
		return NULL;
	*by = q;
	return prefixed(s, "h", lem(&an->tok[h->v]), NULL, NULL);
}

static const char *passive_wrong(const pl_store *s, const pl_sentan *an, const pl_vg *h, uint32_t c0,
                                 int *target)
{
	const char *code, *v = lem(&an->tok[h->v]);
	int subj = h->subj, victim, by = h->by, agent = 0, person = 0;
	uint32_t j;
	if (!h->passive || h->negated || h->gerund || unasserted(an, h, c0))
		return NULL;
	if (!h->finite && (subj = felt_group(an, h, c0)) < 0)
		return NULL;
	{
		int hb;
		if ((code = harmed_by_plan(s, an, h, c0, &hb)) != NULL) {
			*target = hb;
			return code;
		}
	}
	for (j = h->t0; j < h->v; j++) {
		const char *w = an->tok[j].low;
		if (an->tok[j].tag == PL_T_MD && !((pl_eq(w, "may") || pl_eq(w, "might")) &&
		                                     j + 1 < h->v && pl_eq(an->tok[j + 1].low, "have")))
			return NULL;
	}
	if (h->t0 > c0) {
		const pl_token *t = &an->tok[h->t0 - 1];
		if (t->tag == PL_T_WDT || t->tag == PL_T_WP || pl_eq(t->low, "that"))
			return NULL;
	}
	victim = subj >= 0 && an->np[subj].t0 >= c0 && actor(&an->np[subj]) && !own(an, subj);
	code = prefixed(s, "o", v, NULL, NULL);
	/* ("they have been neglected by Mr Blair": people a pronoun names,
	** wronged by a doer named) */
	if (code && !victim && !(person = people(an, subj, c0)))
		return NULL;
	if (!code)
		code = prefixed(s, "v", v, NULL, NULL);
	if (!code)
		code = prefixed(s, "v", an->tok[h->v].low, NULL, NULL);
	/* ("had been let down by Labour": a cue of the verb and its particle) */
	if (!code && h->v + 1 < an->t1 && an->tok[h->v + 1].tag == PL_T_RP)
		code = prefixed(s, "v", v, lem(&an->tok[h->v + 1]), NULL);
	/* "claimed he had been targeted by the Evening Standard": a cue
	** "p:VERB" holds only in the passive, of a person or an actor wronged
	** by an actor named after "by" */
	/* (a subject outside the content is the parser's guess: the chunk
	** right before the verb, "claimed he had been targeted") */
	if (subj >= 0 && an->np[subj].t0 < c0)
		subj = h->t0 > c0 ? an->np_of[h->t0 - 1 - an->t0] : -1;
	if (!code && subj >= 0 && an->np[subj].t0 >= c0 &&
	    (actor(&an->np[subj]) || an->np[subj].person || an->np[subj].pronoun) &&
	    (code = prefixed(s, "p", v, NULL, NULL)) != NULL)
		agent = 1;
	if (!code)
		return NULL;
	/* ("had been forgotten and neglected by Mr Blair": the doer of the
	** passive coordinated with this one) */
	for (j = h->v + 1; by < 0 && j + 1 < an->t1 && j <= h->v + 6; j++) {
		const pl_token *t = &an->tok[j];
		int q;
		if ((t->flags & PL_TOK_PUNCT) || (PL_TAG_IS_VERB(t->tag) && t->tag != PL_T_VBN))
			break;
		if (pl_eq(t->low, "by") && (q = an->np_of[j + 1 - an->t0]) >= 0 && an->np[q].t0 == j + 1)
			by = q;
		if (t->tag == PL_T_IN)
			break;
	}
	/* ("had been forgotten, neglected and taken for granted by Mr Blair":
	** a list of passives, the doer after the last) */
	if (by < 0)
		by = listed_by(an, h);
	if (by >= 0 && actor(&an->np[by]) && !own(an, by)) {
		*target = by;
		return code;
	}
	if (person)
		return NULL;
	if (by >= 0 || !victim || agent)
		return NULL;
	return code;
}

/* Can chunk q be what a word of illegality is said of: a noun phrase or a
** demonstrative ("the auction", "this"), not a personal pronoun ("they
** were illegal": people without papers)? */
static int said_of_thing(const pl_sentan *an, int q)
{
	static const char *const demonstratives[] = {"this", "that", "these", "those", NULL};
	return !an->np[q].pronoun || pl_in_list(an->tok[an->np[q].t0].low, demonstratives);
}

/* "said the regulator is not regulating", "the government is not
** governing", "the opposition was not opposing": an actor named for its
** work (its head noun begins with the verb's stem: regulat-or, govern-ment,
** oppos-ition, lead-er) said not to do that work fails at its job.  Not
** "did not manage to" (a verb before "to" tells an outcome), not a verb
** that names no duty ("the speaker did not speak"). */
static int office_undone(const pl_sentan *an, const pl_vg *h, int subj)
{
	static const char *const no_duty[] = {"speak", "vote", "bid", "buy", "sell", "invest",
		"protest", "visit", "own", "hold", "report", NULL};
	const char *v = lem(&an->tok[h->v]);
	const char *head = lem(&an->tok[an->np[subj].t1 - 1]);
	size_t n = strlen(v);
	if (n >= 5 && v[n - 1] == 'e')
		n--;
	if (n < 4 || strncmp(head, v, n) != 0 || pl_in_list(v, no_duty) || an->np[subj].pronoun)
		return 0;
	if (h->t1 < an->t1 && pl_eq(an->tok[h->t1].low, "to"))
		return 0;
	return 1;
}

/* What the clause of h says its subject did: a reproach ("should have
** resigned") or a verb cue of stance.tsv ("had lied", "let voters down"),
** of an actor other than the speaker, asserted and not conditional; its
** code, *target the subject.  A reproach stands negated ("should never have
** gone"); a verb cue does not ("had not lied"). */
static const char *other_act(const pl_store *s, const pl_sentan *an, const pl_vg *h, uint32_t c0,
                             uint32_t c1, const char *speaker, int *target)
{
	uint32_t end = (uint32_t)h->cl_end < c1 ? (uint32_t)h->cl_end : c1;
	const char *code = NULL;
	int subj = h->subj, of;
	uint32_t at = 0;
	if (h->gerund || subj < 0 || an->np[subj].t0 < c0 || own(an, subj) || unasserted(an, h, c0))
		return NULL;
	/* ("the ambition of Mr Blair was getting in the way": harm done by an
	** actor's thing named with "of") */
	if (!actor(&an->np[subj])) {
		/* "said the auction violated US bankruptcy law": a thing said to
		** break a law or a right (a cue "l:VERB"), an accusation of
		** whoever did it: the thing's owner when named ("the Fed's
		** ruling"), else no one */
		if (h->finite && !h->negated && !h->passive && !modal(an, h) &&
		    said_of_thing(an, subj) &&
		    !(h->t0 > c0 && (an->tok[h->t0 - 1].tag == PL_T_WDT || an->tok[h->t0 - 1].tag == PL_T_WP ||
		                     pl_eq(an->tok[h->t0 - 1].low, "that"))) &&
		    (code = verb_cue(s, "l", an, h, end)) != NULL) {
			of = an->np[subj].poss_code ? subj : of_actor(an, subj);
			*target = of >= 0 && !(speaker && pl_eq(an->np[of].code ? an->np[of].code
			                                                   : an->np[of].poss_code, speaker))
			          ? of : -1;
			return code;
		}
		if (h->t0 > c0 && (an->tok[h->t0 - 1].tag == PL_T_WDT ||
		                   an->tok[h->t0 - 1].tag == PL_T_WP))
			return NULL;
		/* ("the measures penalised Roma people": a policy, its maker
		** not named) */
		if ((of = of_actor(an, subj)) < 0) {
			if (!policy(an, subj) || pl_eq(an->tok[h->t0 - 1].low, "that") ||
			    !(code = policy_fault(s, an, h, end)))
				return NULL;
			*target = -1;
			return code;
		}
		code = harm(s, an, h, end, 1);
		if (!code && endorsed(s, an, subj))
			code = plan_harm(s, an, h, end);
		if (code)
			*target = of;
		return code;
	}
	/* "firms that have failed to repay": a relative clause describes its
	** head, nobody says it of them */
	if (h->t0 > c0) {
		const pl_token *t = &an->tok[h->t0 - 1];
		if (t->tag == PL_T_WDT || t->tag == PL_T_WP || pl_eq(t->low, "that"))
			return NULL;
	}
	if (missed_duty(an, h, c0, end))
		code = "111";
	else if (h->finite && !h->negated && !h->passive && suspected(an, h))
		/* "ministers may have misled Parliament": a wrong said to be
		** likely is still charged */
		code = verb_cue(s, "v", an, h, end);
	else if (h->finite && !h->negated && !h->passive && !modal(an, h)) {
		code = verb_cue(s, "v", an, h, end);
		if (!code)
			code = wronged(s, an, h, end);
		if (!code && failed(an, h, end))
			code = "111";
		if (!code && (code = has_fault(s, an, h, end, &at)) != NULL && lacking(an, at)) {
			/* "said voters had a lack of trust in the prime
			** minister": the one trusted too little is faulted */
			*target = doer_after(an, at, end);
			return code;
		}	/* ("we showed courage" is the speaker's own; so is a virtue
		** of the speaker's own side) */
		if (!code && !(speaker && an->np[subj].code && pl_eq(an->np[subj].code, speaker)))
			code = virtue_shown(s, an, h, end);
	}
	else if (h->finite && h->negated && !h->passive && !modal(an, h))
	{
		/* "their sums do not add up", "the government does not listen" */
		code = verb_cue(s, "n", an, h, end);
		/* "the regulator is not regulating itself" */
		if (!code && office_undone(an, h, subj))
			code = "111";
	}
	if (!code && !h->negated)
		code = harm(s, an, h, end, 0);
	/* (an actor's plan said to wrong others: its owner is faulted) */
	if (!code && endorsed(s, an, subj) && !(speaker && an->np[subj].poss_code &&
	                                        pl_eq(an->np[subj].poss_code, speaker)))
		code = plan_harm(s, an, h, end);
	if (code)
		*target = subj;
	return code;
}

/* "the union said it wanted publication of the full report", "we want an
** inquiry": the speaker's own want (its subject "it", "we", "they", "he",
** "she" or "I", first in the content) of an act only others can do (a
** noun of dict/objects.tsv's "asked": an inquiry, an apology, the
** publication) is a demand (100).  A want of other things ("he wanted a
** third term") is an aim, no demand; "want X to do" is coded by
** dict/verbs.tsv; negated, modal or unasserted wants code nothing. */
static const char *own_want(const pl_store *s, const pl_sentan *an, const pl_vg *h, uint32_t c0)
{
	const pl_np *np;
	const char *w, *cls, *head;
	uint32_t j;
	int obj;
	int subj = h->subj;
	if (!pl_eq(lem(&an->tok[h->v]), "want") || !h->finite || h->negated || h->passive ||
	    h->gerund || modal(an, h) || subj < 0 || unasserted(an, h, c0))
		return NULL;
	/* (a subject outside the content is the pronoun's antecedent: the
	** chunk right before the verb is the one that wants) */
	if (an->np[subj].t0 < c0)
		subj = h->t0 > c0 ? an->np_of[h->t0 - 1 - an->t0] : -1;
	if (subj < 0)
		return NULL;
	np = &an->np[subj];
	w = an->tok[np->t0].low;
	if (!np->pronoun || np->t0 < c0 || np->t0 > c0 + 1 ||
	    (np->t0 == c0 + 1 && !pl_eq(an->tok[c0].low, "that")) ||
	    !(pl_eq(w, "it") || pl_eq(w, "we") || pl_eq(w, "they") || pl_eq(w, "he") ||
	      pl_eq(w, "she") || pl_eq(w, "i")))
		return NULL;
	j = h->t1;
	while (j < an->t1 && an->tok[j].tag == PL_T_RB)
		j++;
	if (j >= an->t1 || (int)j >= h->cl_end || (obj = an->np_of[j - an->t0]) < 0 ||
	    an->np[obj].pronoun || an->np[obj].person)
		return NULL;
	/* (an actor the lexicon sees in the noun, "publication" for the
	** press, is no actor when the noun is lower case) */
	head = lem(&an->tok[an->np[obj].t1 - 1]);
	if (an->np[obj].code && (an->tok[an->np[obj].t1 - 1].flags & PL_TOK_CAP))
		return NULL;
	cls = pl_hash_get(&s->objclass, head, strlen(head));
	return cls && pl_eq(cls, "asked") ? "100" : NULL;
}

/* Is t a noun of a quality, by its ending ("hypocrisy", "arrogance",
** "incompetence", "ineptitude", "complacency"), not of an event or a
** state of affairs ("scandal", "betrayal", "disgrace")? */
static int quality(const pl_token *t)
{
	static const char *const ends[] = {"ence", "ance", "ency", "ancy", "isy", "acy", "ity",
		"ness", "tude", "ism", "esty", NULL};
	const char *w = lem(t);
	size_t n = strlen(w), k;
	int i;
	if (!PL_TAG_IS_NOUN(t->tag))
		return 0;
	for (i = 0; ends[i]; i++)
		if (n > (k = strlen(ends[i])) + 2 && !strcmp(w + n - k, ends[i]))
			return 1;
	return 0;
}

/* A fault (code) found at token t, of an actor named: a breach of a
** rule by someone is an accusation of wrongdoing (112), not only blame
** ("a serious breach of confidence by the Treasury"). */
static const char *charged(const char *code, const pl_token *t, int target)
{
	if (target >= 0 && code && pl_eq(code, "111") && pl_eq(lem(t), "breach"))
		return "112";
	return code;
}

/* The actor who did the thing a cue word at token at names: the owner of
** the cue's chunk ("was the Treasury's mistake"), or a chunk with an
** actor's code after "by" or "from" after the cue's noun phrase ("an
** incredible gaffe by Jack McConnell", "a panicky response from the
** government"), an of-phrase between ("a breach of confidence by the
** Treasury"), or the bearer of a quality after "of" ("the hypocrisy of
** ministers"); -1 when there is none. */
/* Does chunk q end in a noun of an actor's money or accounts ("finances",
** "sums", "budget")? */
static int sums(const pl_sentan *an, int q)
{
	static const char *const words[] = {"finance", "finances", "sum", "figure", "book",
		"account", "budget", "spending", "number", "costing", "forecast", NULL};
	return pl_in_list(lem(&an->tok[an->np[q].t1 - 1]), words);
}

static int doer_after(const pl_sentan *an, uint32_t at, uint32_t end)
{
	uint32_t j;
	int q = an->np_of[at - an->t0];
	/* ("the delay was the Treasury's mistake": the cue's owner) */
	if (q >= 0 && an->np[q].poss_code && !an->np[q].code)
		return q;
	/* ("the hypocrisy of ministers": a failing of character is its
	** bearer's; "the scandal of pensioners in poverty" is not theirs) */
	if (quality(&an->tok[at]) && at + 2 < end && pl_eq(an->tok[at + 1].low, "of") &&
	    (q = an->np_of[at + 2 - an->t0]) >= 0 && an->np[q].t0 == at + 2 && an->np[q].code &&
	    !an->np[q].pronoun)
		return q;
	/* ("a black hole in the chancellor's finances": the owner of the
	** sums or the plan the fault is found in) */
	j = at + 1 < end && an->tok[at + 1].tag == PL_T_PPR ? at + 2 : at + 1;
	if (j + 1 < end && pl_eq(an->tok[j].low, "in") && (q = an->np_of[j + 1 - an->t0]) >= 0 &&
	    an->np[q].t0 == j + 1 && an->np[q].poss_code && !an->np[q].code &&
	    (policy(an, q) || sums(an, q)))
		return q;
	for (j = at + 1; j < end && j <= at + 5; j++) {
		const pl_token *t = &an->tok[j];
		/* (a judgement quoted: "\"underhand tactics\" by Labour") */
		if (t->tag == PL_T_PPR)
			continue;
		if (pl_eq(t->low, "by") || pl_eq(t->low, "from"))
			break;
		/* "a breach of confidence by the Treasury": what the wrong was
		** of stands between it and its doer */
		if (pl_eq(t->low, "of") && j == at + 1)
			continue;
		/* "a lack of trust in the prime minister": whom the trust
		** or confidence lacked is placed in */
		if (pl_eq(t->low, "in") && (pl_eq(an->tok[j - 1].low, "trust") ||
		    pl_eq(an->tok[j - 1].low, "confidence") || pl_eq(an->tok[j - 1].low, "faith")))
			break;
		if ((t->flags & PL_TOK_PUNCT) || PL_TAG_IS_VERB(t->tag) || t->tag == PL_T_IN)
			return -1;
	}
	if (j + 1 >= end || j > at + 5 || (q = an->np_of[j + 1 - an->t0]) < 0 ||
	    an->np[q].t0 != j + 1 || !an->np[q].code || an->np[q].pronoun)
		return -1;
	return q;
}

/* "said the bill was poorly drafted", "the scheme had been badly
** mismanaged": a word of fault of stance.tsv (code 111) among the adverbs
** of passive verb group h; its code, else NULL. */
/* "Labour's rule had been characterised by lost trust and failure to
** deliver", "the government has been dogged by sleaze": a passive verb of
** marking whose "by" names a fault (a plain word of code 111 of stance.tsv
** or an idiom "k:" of it) in its next few words: the subject's record is
** faulted.  "the region was hit by floods" names no fault. */
static const char *marked_by_fault(const pl_store *s, const pl_sentan *an, const pl_vg *h)
{
	static const char *const marking[] = {"characterise", "characterize", "mark", "dog",
		"plague", "beset", "blight", "taint", "mar", "overshadow", "bedevil", NULL};
	uint32_t end = h->cl_end >= 0 && (uint32_t)h->cl_end < an->t1 ? (uint32_t)h->cl_end : an->t1;
	uint32_t j = h->v + 1;
	if (!pl_in_list(lem(&an->tok[h->v]), marking) || j >= end || !pl_eq(an->tok[j].low, "by"))
		return NULL;
	for (j++; j < end && j <= h->v + 6; j++) {
		const pl_token *t = &an->tok[j];
		const char *code = NULL;
		/* (the fault, not what follows it: "marked by a row over
		** the waste of money" names a row) */
		if (PL_TAG_IS_VERB(t->tag) || t->tag == PL_T_IN)
			return NULL;
		if (PL_TAG_IS_NOUN(t->tag) || PL_TAG_IS_ADJ(t->tag)) {
			code = pl_tok_get_lem(&s->stance, t);
			if (!code)
				code = pl_tok_get_low(&s->stance, t);
		}
		if (!code && j + 1 < end)
			code = prefixed(s, "k", lem(t), lem(&an->tok[j + 1]), NULL);
		if (!code && j + 2 < end)
			code = prefixed(s, "k", lem(t), lem(&an->tok[j + 1]), lem(&an->tok[j + 2]));
		if (code && pl_eq(code, "111"))
			return code;
	}
	return NULL;
}

static const char *faulted(const pl_store *s, const pl_sentan *an, const pl_vg *h)
{
	uint32_t j;
	/* (the adverb before the participle, or the one right after it:
	** "was drafted poorly", "was being operated discriminatorily") */
	for (j = h->t0; j <= h->v + 1 && j < an->t1; j++) {
		const char *code;
		if (j == h->v || an->tok[j].tag != PL_T_RB)
			continue;
		code = pl_tok_get_lem(&s->stance, &an->tok[j]);
		if (!code)
			code = pl_tok_get_low(&s->stance, &an->tok[j]);
		if (code && pl_eq(code, "111"))
			return code;
	}
	/* "the proposals are uncosted", "the scheme was botched": the
	** participle itself a word of fault (as written: its lemma may be
	** no word, "uncost") */
	if (an->tok[h->v].tag == PL_T_VBN) {
		const char *code = pl_tok_get_low(&s->stance, &an->tok[h->v]);
		if (code && pl_eq(code, "111"))
			return code;
	}
	return marked_by_fault(s, an, h);
}

/* "said he thought ...", "said she believed ...", "\"I think you are
** wrong,\" he said": a verb of view right after "I" or "we", or after "he"
** or "she" at the start of the speech (after "that"): the same speaker's
** view of what follows. */
static int own_view(const pl_sentan *an, const pl_vg *h, uint32_t c0)
{
	const char *w;
	uint32_t at = c0;
	if (pl_asking_verb(lem(&an->tok[h->v])) != 2 || h->negated)
		return 0;
	if (at < an->t1 && pl_eq(an->tok[at].low, "that"))
		at++;
	if (h->t0 <= c0 || an->tok[h->t0 - 1].tag != PL_T_PRP)
		return 0;
	w = an->tok[h->t0 - 1].low;
	/* ("I think", "we believe" anywhere in a quotation; "he", "she" as
	** its first words) */
	if (pl_eq(w, "i") || pl_eq(w, "we"))
		return 1;
	return at + 1 == h->t0 && (pl_eq(w, "he") || pl_eq(w, "she"));
}

/* Does the cue at token j name a want of trust or confidence ("a lack of
** trust in", "loss of confidence in"): its last word "trust",
** "confidence" or "faith" after "lack of" or "loss of"? */
static int lacking(const pl_sentan *an, uint32_t j)
{
	return j >= an->t0 + 2 && pl_eq(an->tok[j - 1].low, "of") &&
	       (pl_eq(an->tok[j - 2].low, "lack") || pl_eq(an->tok[j - 2].low, "loss"));
}

/* Forms of the verbs of view that the tagger may take for adjectives
** ("Tory Dominic Grieve branded the way ... as \"scandalous\""). */
static const char *const view_forms[] = {"branded", "labelled", "labeled", "dubbed", "called",
	"described", "termed", "deemed", "condemned", "attacked", "denounced", "criticised",
	"criticized", "dismissed", "regarded", "seen", "viewed", NULL};
static pl_wordset view_form_set = PL_WORDSET(view_forms);

/* Is the word at j, read loosely in the speech whose words before it from
** lo on are read, doubted, negated, another's or the speaker's own: a verb
** of view anywhere before it ("called it a disgrace"), "if", "whether",
** "unless", "why", "how", a claim or charge named ("claims of broken
** promises"); in the eight words before it a negation ("not", "no",
** "nothing" but "nothing short of"; "the antithesis of", "the opposite
** of", "an antidote to", "far from"), "against" or "tackle" (what is fought
** is no one's act), the speaker's "my", "our", "we", "I", a modal other
** than "will" ("it would be wrong to") or a relative pronoun (a relative
** clause describes its head)? */
static int doubted_before(const pl_sentan *an, uint32_t lo, uint32_t j, int modal_ok);

static int loose_doubted(const pl_sentan *an, uint32_t lo, uint32_t j)
{
	return doubted_before(an, lo, j, 0);
}

/* loose_doubted, with a modal before the word let pass when modal_ok: a
** phrase that judges carries its own mood ("the government could not pick
** and choose", "taxes would go up under Labour"). */
static int doubted_before(const pl_sentan *an, uint32_t lo, uint32_t j, int modal_ok)
{
	uint32_t k;
	int bad = 0;
	for (k = j; k > lo && !bad; k--) {
		const pl_token *b = &an->tok[k - 1];
		const char *w = b->low;
		int near = j - k < 8;
		if ((PL_TAG_IS_VERB(b->tag) && pl_in_set(&view_verb_set, lem(b))) || pl_in_set(&view_form_set, w))
			bad = 1;
		if (pl_eq(w, "if") || pl_eq(w, "whether") || pl_eq(w, "unless") ||
		    pl_eq(w, "claim") || pl_eq(w, "claims") || pl_eq(w, "allegation") ||
		    pl_eq(w, "allegations") || pl_eq(w, "accusation") || pl_eq(w, "accusations") ||
		    pl_eq(w, "charge") || pl_eq(w, "charges") || pl_eq(w, "why") || pl_eq(w, "how"))
			bad = 1;
		if (!near)
			continue;
		if (pl_eq(w, "not") || pl_eq(w, "n't") || pl_eq(w, "no") || pl_eq(w, "never") ||
		    pl_eq(w, "hardly") || pl_eq(w, "neither") || pl_eq(w, "nor") ||
		    pl_eq(w, "without") || pl_eq(w, "against") ||
		    (PL_TAG_IS_VERB(b->tag) && (pl_eq(lem(b), "tackle") || pl_eq(lem(b), "end") ||
		                                pl_eq(lem(b), "stop") || pl_eq(lem(b), "fight") ||
		                                pl_eq(lem(b), "prevent") || pl_eq(lem(b), "avoid"))) ||
		    pl_eq(w, "my") || pl_eq(w, "our") || pl_eq(w, "we") || pl_eq(w, "i") ||
		    pl_eq(w, "us") || pl_eq(w, "me") ||
		    (pl_eq(w, "nothing") && !(k < j && pl_eq(an->tok[k].low, "short"))))
			bad = 1;
		/* ("the antithesis of the nanny state", "far from a shambles": the
		** judgement turned the other way) */
		if (k < j && (((pl_eq(w, "antithesis") || pl_eq(w, "opposite") || pl_eq(w, "antidote")) &&
		               (pl_eq(an->tok[k].low, "of") || pl_eq(an->tok[k].low, "to"))) ||
		              (pl_eq(w, "far") && pl_eq(an->tok[k].low, "from"))))
			bad = 1;
		if (b->tag == PL_T_MD && strcmp(w, "will") && strcmp(w, "'ll") && !modal_ok)
			bad = 1;
		/* (a relative clause describes its head: "a report which
		** called the law a mess") */
		if (b->tag == PL_T_WDT || b->tag == PL_T_WP)
			bad = 1;
	}
	return bad;
}

/* Words of fault that name a thing as often as they judge one ("the
** disaster", "nuclear waste", "lies in", "a failure to agree", "went
** wrong"): the structured readings above take them, the loose one below
** does not. */
static int loose_ambiguous(const char *w)
{
	static const char *const amb[] = {"waste", "lie", "con", "failure", "failed", "fail",
		"disaster", "wrong", "dangerous", "mess", "chaos", "fantasy", "madness", "outrage",
		"shame", "black", "loose", "double", "broken", "complacency", "stunt", "gimmick",
		"disappointing", "regrettable", "unhelpful", "poorly", "lunacy", "folly", "naive",
		"unrealistic", "inadequate", "tatters", "disarray", "dysfunctional", "unfit", "offensive",
		"abuse", "mistake", "sexism", "anti-semitism", "antisemitism", "homophobia",
		"islamophobia", "rubbish", "juvenile", "joke", "silly", "rude", NULL};
	return pl_in_list(w, amb);
}

/* Clamps the speech [*c0, *c1) to the sentence; 0 when the sentence asks
** ("?" after the speech's start), which the loose readings leave alone.
** content_code asks it once for them all: each is given the span clamped. */
static int speech_span(const pl_sentan *an, uint32_t *c0, uint32_t *c1)
{
	uint32_t k;
	if (*c0 < an->t0)
		*c0 = an->t0;
	if (*c1 > an->t1)
		*c1 = an->t1;
	/* (the bytes compared here: the compiler made pl_eq() a call) */
	for (k = *c0; k < an->t1; k++)
		if (an->tok[k].low[0] == '?' && !an->tok[k].low[1])
			return 0;
	return 1;
}

/* "it was outrageous that the government had raised the tax", "it was
** wrong for the council to close the library": a word of fault at j said
** of "it" by a linking "be" and followed by "that" or "for" judges the act
** of the clause after it, whose doer, an actor named right after the
** "that" or the "for" (and "to" after that chunk), is the one faulted
** when its verb names an act: not "be" or "have", not a passive.  That
** chunk, else -1. */
static int extraposed_doer(const pl_sentan *an, uint32_t c0, uint32_t j, uint32_t c1)
{
	uint32_t k = j;
	int q;
	while (k > c0 && an->tok[k - 1].tag == PL_T_RB)
		k--;
	if (k < c0 + 2 || !PL_TAG_IS_VERB(an->tok[k - 1].tag) || !pl_eq(lem(&an->tok[k - 1]), "be") ||
	    !pl_eq(an->tok[k - 2].low, "it"))
		return -1;
	if (j + 2 >= c1 || !(pl_eq(an->tok[j + 1].low, "that") || pl_eq(an->tok[j + 1].low, "for")))
		return -1;
	q = an->np_of[j + 2 - an->t0];
	if (q < 0 || an->np[q].t0 != j + 2 || !an->np[q].code || an->np[q].pronoun)
		return -1;
	/* ("that pensioners are so poor", "that pensioners were treated
	** so": a state or a wrong suffered, no act of theirs) */
	if (pl_eq(an->tok[j + 1].low, "that")) {
		int m;
		for (m = 0; m < an->nvg; m++) {
			const pl_vg *h = &an->vg[m];
			const char *v = lem(&an->tok[h->v]);
			if (h->subj == q && h->t0 >= an->np[q].t1)
				return h->passive || pl_eq(v, "be") || pl_eq(v, "have") ? -1 : q;
		}
		return -1;
	}
	/* ("unacceptable for the lord chancellor to have the role": a
	** state, not an act of its holder) */
	k = an->np[q].t1;
	if (k + 1 >= c1 || an->tok[k].tag != PL_T_TO || pl_eq(lem(&an->tok[k + 1]), "be") ||
	    pl_eq(lem(&an->tok[k + 1]), "have"))
		return -1;
	return q;
}

/* "this dodgy government", "these arrogant ministers": an adjective of fault
** before the noun that ends chunk q, an actor's chunk opened by "this",
** "that", "these", "those" or "the", judges that actor, not a kind of thing.
** A chunk with no such word is a kind ("corrupt officials were arrested"),
** and an actor named only as an owner ("the government's reckless plan")
** is left to the owner readings.  q, else -1. */
static int judged_actor(const pl_sentan *an, int q, uint32_t j)
{
	static const char *const dets[] = {"this", "that", "these", "those", "the", NULL};
	const pl_np *np = &an->np[q];
	if (!np->code || np->pronoun || np->poss_code || j <= np->t0 || j + 1 >= np->t1 ||
	    !PL_TAG_IS_NOUN(an->tok[np->t1 - 1].tag) || !pl_in_list(an->tok[np->t0].low, dets))
		return -1;
	return q;
}

/* "comparing the review to a dictatorship was crass", "\"this is a cynical
** and shameful ploy,\" he said", "said the handling of the row had been
** nothing short of scandalous": a word of fault (a plain word of code 111
** of stance.tsv, an adjective, a past participle or a noun at the head of
** its chunk) anywhere in the speech when no structured reading found one.
** Left out: words negated or doubted before them in their clause ("not",
** "no", "nothing", "if", "whether", a modal: "it would be wrong to"), a
** speech that asks ("?"), the speaker's own ("my", "our", "we"), a thing
** another sees or calls so (a verb of view before it in the speech), a
** noun that names a thing ("the tsunami disaster": a noun before it, "the"
** right before it with no of-phrase after, a noun after it: "waste
** shipments") and words that name as often as judge (loose_ambiguous).
** The target: the owner of the word's chunk, the actor after "by" or
** "from", else the actor the clause's linking verb judges; none named
** else.  Its code, else NULL. */
static const char *loose_fault(const pl_store *s, const pl_sentan *an, uint32_t c0, uint32_t c1,
                               uint32_t lo, const speech_cues *sc, const char *speaker, int *target)
{
	uint32_t j, k;
	for (j = cue_next(sc, CUE_FAULT, c0, c1); j < c1; j = cue_next(sc, CUE_FAULT, j + 1, c1)) {
		const pl_token *t = &an->tok[j];
		const char *code;
		int q, m, noun;
		/* (the kind of word first: most words of a speech are none of
		** these, and are not looked up; the cues' walk has asked both
		** tests of the words it lets by) */
		noun = PL_TAG_IS_NOUN(t->tag);
		if (!sc && !noun && !PL_TAG_IS_ADJ(t->tag) && t->tag != PL_T_VBN && !adjectival(t))
			continue;
		/* (a word neither of whose forms is a key of code 111, most,
		** is passed over unasked) */
		if (!sc && !pl_slot_has(s->stance_fault_words, lem(t)) &&
		    !pl_slot_has(s->stance_fault_words, t->low))
			continue;
		code = pl_tok_get_lem(&s->stance, t);
		if (!code && lem(t) != t->low && strcmp(lem(t), t->low))
			code = pl_tok_get_low(&s->stance, t);
		if (!code || strcmp(code, "111") || loose_ambiguous(lem(t)) || loose_ambiguous(t->low))
			continue;
		/* ("this dodgy government": a word the tagger may take for a noun) */
		q = an->np_of[j - an->t0];
		if (q >= 0 && (m = judged_actor(an, q, j)) >= 0 && !loose_doubted(an, lo, j)) {
			if (speaker && pl_eq(an->np[m].code, speaker))
				continue;
			*target = m;
			return code;
		}
		if (noun && j > c0 && PL_TAG_IS_NOUN(an->tok[j - 1].tag))
			continue;
		if (noun && j + 1 < c1 && PL_TAG_IS_NOUN(an->tok[j + 1].tag))
			continue;
		if (noun && j > c0 && pl_eq(an->tok[j - 1].low, "the") &&
		    !(j + 1 < c1 && pl_eq(an->tok[j + 1].low, "of")))
			continue;
		if (loose_doubted(an, lo, j))
			continue;
		q = an->np_of[j - an->t0];
		/* an adjective before its noun judges a kind of thing ("dealt with
		** irresponsible drinks promotions") unless the thing is an actor's
		** or is what the clause says something is ("this is a cynical
		** ploy") */
		/* (a quoted adjective before its noun: the "grossly unfair" test) */
		for (k = j + 1; k < an->t1 && (an->tok[k].tag == PL_T_PPL || an->tok[k].tag == PL_T_PPR); k++)
			;
		if (!noun && k > j + 1 && k < an->t1 && PL_TAG_IS_NOUN(an->tok[k].tag))
			q = an->np_of[k - an->t0];
		if (!noun && q >= 0 && an->np[q].t1 > j + 1 && !(an->np[q].poss_code && !an->np[q].code) &&
		    doer_after(an, an->np[q].t1 - 1, an->t1) < 0 &&
		    !(an->np[q].t0 > c0 && PL_TAG_IS_VERB(an->tok[an->np[q].t0 - 1].tag) &&
		      linking(lem(&an->tok[an->np[q].t0 - 1]))))
			continue;
		if (q >= 0 && an->np[q].poss_code && !an->np[q].code) {
			if (speaker && pl_eq(an->np[q].poss_code, speaker))
				continue;
			*target = q;
			return charged(code, t, q);
		}
		/* ("it was outrageous that the government had raised it") */
		if (!noun && (m = extraposed_doer(an, c0, j, c1)) >= 0) {
			if (speaker && pl_eq(an->np[m].code, speaker))
				continue;
			*target = m;
			return code;
		}
		*target = doer_after(an, j, an->t1);
		if (*target >= 0 && speaker && an->np[*target].code && pl_eq(an->np[*target].code, speaker)) {
			*target = -1;
			continue;
		}
		if (*target >= 0)
			return charged(code, t, *target);
		/* the subject of the linking verb before it ("said ministers had
		** been \"a bit complacent\""), or of the verb whose object holds
		** it ("the Home Office had made a reckless decision") */
		for (m = 0; m < an->nvg; m++) {
			const pl_vg *h = &an->vg[m];
			int sq = h->subj;
			if (h->v >= j || h->v < lo || h->cl_end < (int)j ||
			    !(linking(lem(&an->tok[h->v])) || (q >= 0 && h->t1 == an->np[q].t0 && !h->passive &&
			                                         !h->negated && h->finite)) ||
			    sq < 0 || an->np[sq].t0 < lo || !an->np[sq].code || an->np[sq].pronoun)
				continue;
			if (speaker && pl_eq(an->np[sq].code, speaker))
				break;
			*target = sq;
		}
		if (*target >= 0 && speaker && pl_eq(an->np[*target].code, speaker))
			continue;
		return code;
	}
	return NULL;
}

/* Is the verb at token k one of harms done to something: no preposition
** but "from" right after it ("to rush the bill through", "to undermine the
** UN", "to distract from its failures"; "to rush to the hospital" harms no
** one)? */
static int harm_done(const pl_sentan *an, uint32_t k, uint32_t c1, const char *const *harms)
{
	const pl_token *n = k + 1 < c1 ? &an->tok[k + 1] : NULL;
	return pl_in_list(lem(&an->tok[k]), harms) &&
	       !(n && (n->tag == PL_T_TO || (n->tag == PL_T_IN && !pl_eq(n->low, "from"))));
}

/* "said far too little had been done to cut crime", "not enough was done
** by ministers", "said the rebels were behind the bombings", "it was
** another attempt by the US to undermine the UN": what an actor did wrong
** or too little of, said without a word of fault.  Three shapes: "too
** little" or "not enough" before a form of "do" (111; the doer after "by",
** else none named); a linking "be" + "behind" + a noun of violence (112,
** an accusation; the subject, an actor, the target); a try ("attempt",
** "bid", "effort", "ploy", "plot") by or of an actor to do a harm (a verb
** of the list below; 111, the actor the target), or an actor trying to
** do one, the try a verb ("the government was trying to trick soldiers":
** the verb asserted, not negated, its subject the target).  Guarded as
** the loose word of fault is (loose_doubted).  Its code, else NULL. */
static const char *loose_accuse(const pl_sentan *an, uint32_t c0, uint32_t c1, uint32_t lo,
                                const speech_cues *sc, const char *speaker, int *target)
{
	static const char *const violence[] = {"attack", "bombing", "killing", "assassination",
		"violence", "murder", "blast", "explosion", "shooting", "riot", "kidnapping", "massacre",
		NULL};
	static const char *const harms[] = {"undermine", "sabotage", "wreck", "derail", "silence",
		"gag", "intimidate", "bully", "discredit", "mislead", "deceive", "bury", "rig",
		"manipulate", "bypass", "sideline", "circumvent", "dodge", "evade", "weaken", "destabilise",
		"destabilize", "smear", "hoodwink", "stifle", "muzzle", "trick", "exploit", "scare",
		"frighten", "blackmail", "bribe", "gerrymander", "obstruct", "conceal", "distract", "strip",
		"erode", "trample", "hide", "dupe", "fool", "lull", "rush", "railroad", "ram", "bulldoze",
		"smuggle", "sneak", NULL};
	uint32_t j, k;
	/* (from lo: "said far too little": the verb's group takes the adverbs) */
	for (j = cue_next(sc, CUE_ACCUSE, lo < c0 ? lo : c0, c1); j + 1 < c1;
	     j = cue_next(sc, CUE_ACCUSE, j + 1, c1)) {
		const pl_token *t = &an->tok[j];
		int q;
		/* "far too little has been done", "not enough was done" */
		if ((pl_eq(t->low, "too") && pl_eq(an->tok[j + 1].low, "little")) ||
		    (pl_eq(t->low, "not") && pl_eq(an->tok[j + 1].low, "enough"))) {
			for (k = j + 2; k < c1 && k <= j + 5; k++)
				if (PL_TAG_IS_VERB(an->tok[k].tag) && pl_eq(lem(&an->tok[k]), "do"))
					break;
			if (k >= c1 || k > j + 5 || an->tok[k].tag == PL_T_VB || loose_doubted(an, lo, j))
				continue;
			q = doer_after(an, k, c1);
			*target = q >= 0 && !(speaker && pl_eq(an->np[q].code, speaker)) ? q : -1;
			return "111";
		}
		/* "the rebels were behind the attacks" */
		if (pl_eq(t->low, "behind") && j > c0 && PL_TAG_IS_VERB(an->tok[j - 1].tag) &&
		    pl_eq(lem(&an->tok[j - 1]), "be")) {
			int m;
			for (k = j + 1; k < c1 && k <= j + 4; k++)
				if (pl_in_list(lem(&an->tok[k]), violence))
					break;
			if (k >= c1 || k > j + 4 || loose_doubted(an, lo, j))
				continue;
			for (m = 0; m < an->nvg; m++) {
				const pl_vg *h = &an->vg[m];
				if (h->v != j - 1)
					continue;
				q = h->subj;
				if (h->negated || q < 0 || an->np[q].t0 < c0 || !an->np[q].code ||
				    own(an, q) || (speaker && pl_eq(an->np[q].code, speaker)))
					break;
				*target = q;
				return "112";
			}
			continue;
		}
		/* "another attempt by the US to undermine the UN" */
		if (PL_TAG_IS_NOUN(t->tag) && pl_in_set(&accuse_try_set, lem(t))) {
			q = an->np_of[j - an->t0];
			if (!(q >= 0 && an->np[q].poss_code && !an->np[q].code))
				q = -1;
			for (k = j + 1; k + 1 < c1 && k <= j + 8; k++) {
				const pl_token *u = &an->tok[k];
				if (q < 0 && pl_eq(u->low, "by") && k == j + 1) {
					int d = an->np_of[k + 1 - an->t0];
					if (d >= 0 && an->np[d].t0 == k + 1 && an->np[d].code && !an->np[d].pronoun)
						q = d;
				}
				if (pl_eq(u->low, "to"))
					break;
				if (u->flags & PL_TOK_PUNCT)
					break;
			}
			if (q < 0 || k + 1 >= c1 || !pl_eq(an->tok[k].low, "to") ||
			    !harm_done(an, k + 1, c1, harms) || loose_doubted(an, lo, j) ||
			    own(an, q) || (speaker && pl_eq(an->np[q].code ? an->np[q].code : an->np[q].poss_code,
			                                     speaker)))
				continue;
			*target = q;
			return "111";
		}
		/* "the government was trying to trick soldiers", "Labour is
		** seeking to bury the report": an actor's try, as a verb */
		if (PL_TAG_IS_VERB(t->tag) && j + 2 < c1 && pl_eq(an->tok[j + 1].low, "to") &&
		    pl_in_list(lem(t), accuse_try_verbs) && harm_done(an, j + 2, c1, harms) &&
		    !loose_doubted(an, lo, j)) {
			int m;
			for (m = 0; m < an->nvg; m++) {
				const pl_vg *h = &an->vg[m];
				if (h->v != j)
					continue;
				q = h->subj;
				if (h->negated || h->passive || !h->finite || modal(an, h) || q < 0 ||
				    an->np[q].t0 < c0 || !an->np[q].code || own(an, q) ||
				    (speaker && pl_eq(an->np[q].code, speaker)) ||
				    (h->t0 > c0 && (an->tok[h->t0 - 1].tag == PL_T_WDT ||
				                    an->tok[h->t0 - 1].tag == PL_T_WP)))
					break;
				*target = q;
				return "111";
			}
		}
	}
	return NULL;
}

/* The longest phrase cue "k:WORD_WORD..." of stance.tsv (lemmas joined by
** '_', at most eight words) that starts at token j of the speech ending at
** end: its code, *last its last token; NULL when there is none.  A quote
** mark inside is passed over ("more \"hot air\" from").  The store holds
** every start of a phrase too, with an empty code: a run of words that no
** phrase starts with ends the walk. */
static const char *phrase_walk(const pl_store *s, const pl_sentan *an, uint32_t j, uint32_t end,
                               uint32_t *last);

static inline const char *phrase_at(const pl_store *s, const pl_sentan *an, uint32_t j,
                                    uint32_t end, uint32_t *last)
{
	/* (most words begin no phrase, and are told so here, in the caller's
	** loop: the walk's frame, with its key buffer, is set up only for the
	** few that may) */
	if (!pl_slot_has(s->stance_phrase_first, lem(&an->tok[j])))
		return NULL;
	return phrase_walk(s, an, j, end, last);
}

/* phrase_at past its first word's test.  The first word's own key is not
** looked up: every start of a phrase is a key, so a longer key found below
** has it. */
static __attribute__((noinline)) const char *phrase_walk(const pl_store *s, const pl_sentan *an,
                                                         uint32_t j, uint32_t end, uint32_t *last)
{
	char key[128];
	size_t n = 0;
	uint32_t k, words = 1;
	const char *code = NULL, *c;
	const char *first = lem(&an->tok[j]);
	/* (nor, most after a common first word, "the", "in", "not", with
	** the next: a pair no phrase starts with is told so by its bit; a
	** first word holding a '_' would shift the key's words, and is let by) */
	for (k = j + 1; k < end && (an->tok[k].tag == PL_T_PPL || an->tok[k].tag == PL_T_PPR); k++)
		;
	if (k >= end || (an->tok[k].flags & PL_TOK_PUNCT) ||
	    (!pl_slot_bit(s->stance_phrase_pairs, pl_word_pair_slot(first, lem(&an->tok[k]))) &&
	     !strchr(first, '_')))
		return NULL;
	if (!key_add(key, sizeof key, &n, "k:") || !key_add(key, sizeof key, &n, first))
		return NULL;
	for (k = j + 1; k < end && words < 8; k++) {
		const pl_token *t = &an->tok[k];
		if (t->tag == PL_T_PPL || t->tag == PL_T_PPR)
			continue;
		if ((t->flags & PL_TOK_PUNCT) || !key_add(key, sizeof key, &n, "_") ||
		    !key_add(key, sizeof key, &n, lem(t)))
			break;
		words++;
		/* (the bit of a key no phrase has turns most away unasked) */
		if (!pl_slot_bit(s->stance_phrase_keys, pl_key_slot(key, n)) ||
		    (c = pl_hash_get(&s->stance, key, n)) == NULL)
			break;
		if (c[0]) {
			code = c;
			*last = k;
		}
	}
	return code;
}

/* Does an idiom of judgement (a phrase cue "k:" of stance.tsv) start at
** token j: "had shot themselves in the foot", "Britain punches above its
** weight"?  Its verb is then a figure, not the act it names. */
int pl_stance_idiom_at(const pl_store *s, const pl_sentan *an, uint32_t j)
{
	uint32_t last = 0;
	return s->stance_phrase_bits && j < an->t1 && phrase_at(s, an, j, an->t1, &last) != NULL;
}

/* Does a phrase that ends in "than" or "but" at token last ("little more
** than", "nothing but") go on to an amount ("little more than a year",
** "no more than 10%"), not a thing judged ("little more than a PR
** exercise")?  A number, or a word of time or measure in the next four. */
static int amount_after(const pl_sentan *an, uint32_t last, uint32_t end)
{
	static const char *const measure[] = {"year", "month", "week", "day", "hour", "minute",
		"decade", "percent", "per", "point", "half", "third", "quarter", "fraction", "handful",
		"few", "pound", "dollar", "euro", "vote", "seat", "mile", "cent", NULL};
	uint32_t k;
	if (!pl_eq(an->tok[last].low, "than") && !pl_eq(an->tok[last].low, "but"))
		return 0;
	for (k = last + 1; k < end && k <= last + 4; k++) {
		const pl_token *t = &an->tok[k];
		if (t->tag == PL_T_CD || pl_in_list(lem(t), measure) || strchr(t->low, '%') ||
		    (t->low[0] >= '0' && t->low[0] <= '9'))
			return 1;
		if (PL_TAG_IS_NOUN(t->tag))
			return 0;
	}
	return 0;
}

/* Does a phrase of refusal (12x) that ends in "of" at token last go on to
** a course ruled out, a verb -ing in the next five ("no question of
** Britain giving up its veto"), not a thing denied ("no question of a
** conflict of interest")?  Phrases that do not end in "of" pass. */
static int course_after(const pl_sentan *an, uint32_t last, uint32_t end)
{
	uint32_t k;
	if (!pl_eq(an->tok[last].low, "of"))
		return 1;
	for (k = last + 1; k < end && k <= last + 5; k++) {
		if (an->tok[k].tag == PL_T_VBG)
			return 1;
		if (an->tok[k].flags & PL_TOK_PUNCT)
			return 0;
	}
	return 0;
}

/* Whom the phrase [j, last] of the speech [c0, c1) (read from lo) judges:
** the owner of its chunk ("Labour's smoke and mirrors"), the actor after
** "by" or "from" ("more hot air from the Tories"), the owner of the chunk
** right after it ("a black hole in the chancellor's finances"), else the
** subject, an actor, of the nearest verb of the speech whose clause holds
** it ("the government cannot have it both ways", "ministers had their
** heads in the sand").  -1 when none is named; -2 when the one judged is
** the speaker or the speaker's side ("I", "we", an actor of its code). */
static int phrase_target(const pl_sentan *an, uint32_t j, uint32_t last, uint32_t c0, uint32_t c1,
                         uint32_t lo, const char *speaker)
{
	int q = an->np_of[j - an->t0], m, best = -1;
	const char *code;
	if (!(q >= 0 && an->np[q].poss_code && !an->np[q].code))
		q = doer_after(an, last, c1);
	if (q < 0 && last + 1 < c1) {
		int r = an->np_of[last + 1 - an->t0];
		if (r >= 0 && an->np[r].t0 == last + 1 && actor(&an->np[r]) && !an->np[r].pronoun)
			q = r;
	}
	for (m = 0; q < 0 && m < an->nvg; m++) {
		const pl_vg *h = &an->vg[m];
		if (h->v > last || h->v < lo || h->v < c0 || h->cl_end < (int)j || h->subj < 0 ||
		    an->np[h->subj].t0 < c0 || h->reporting)
			continue;
		/* (the phrase the verb's own, or its complement's first words:
		** "was all talk", "is counting on the politics of fear"; not
		** deep in a phrase after it, "have a choice between the ...") */
		if (j > h->t1 + 3)
			continue;
		if (best < 0 || h->v > an->vg[best].v)
			best = m;
	}
	if (q < 0 && best >= 0) {
		int sq = an->vg[best].subj;
		if (own(an, sq))
			return -2;
		if (actor(&an->np[sq]))
			q = sq;
	}
	if (q < 0)
		return -1;
	code = an->np[q].code ? an->np[q].code : an->np[q].poss_code;
	if (own(an, q) || (speaker && code && pl_eq(code, speaker)))
		return -2;
	/* ("Britain is heading in the wrong direction": the speaker's own
	** country is where things go wrong, not who is blamed) */
	return pl_own_side(an, q, speaker) ? -1 : q;
}

/* "this was more hot air from the Tories", "it is the politics of fear",
** "the government cannot have it both ways", "the proposals were little
** more than a PR exercise", "ministers have their heads in the sand": an idiom or a construction that judges as a whole, a phrase
** cue "k:" of stance.tsv, anywhere in the speech.  Guarded as the loose
** word of fault is (not negated, doubted, another's view or in a relative
** clause before it), but a modal may come before it (the phrase holds its
** own mood: "cannot have it both ways"); a phrase that ends in "than" or
** "but" not before an amount, one of refusal in "of" only before a course.  The target: phrase_target; the speaker's
** own judges no one; praise (05x) only of an actor named.  Its code,
** else NULL. */
static const char *loose_phrase(const pl_store *s, const pl_sentan *an, uint32_t c0, uint32_t c1,
                                uint32_t lo, const speech_cues *sc, const char *speaker, int *target)
{
	uint32_t j, last = 0;
	if (!s->stance_phrase_bits)
		return NULL;
	for (j = cue_next(sc, CUE_PHRASE, c0, c1); j < c1; j = cue_next(sc, CUE_PHRASE, j + 1, c1)) {
		/* (the cues' walk has told the first word already) */
		const char *code = sc ? phrase_walk(s, an, j, c1, &last) : phrase_at(s, an, j, c1, &last);
		int q;
		/* (a modal only before an idiom: "approval should be little more
		** than a formality" foretells no judgement) */
		if (!code || amount_after(an, last, c1) ||
		    (code[0] == '1' && code[1] == '2' && !course_after(an, last, c1)) ||
		    doubted_before(an, lo, j, !pl_eq(an->tok[last].low, "than")))
			continue;
		if ((q = phrase_target(an, j, last, c0, c1, lo, speaker)) == -2)
			continue;
		/* ("there is no question of the party joining a coalition": the
		** one whose course is ruled out is the speaker's side, not whom
		** the refusal is aimed at) */
		if (code[0] == '1' && code[1] == '2' && pl_eq(an->tok[last].low, "of"))
			q = -1;
		if (code[0] == '0' && q < 0)
			continue;
		*target = q;
		return code;
	}
	return NULL;
}

/* Is token t a burden that grows to the harm of people: a tax, waste,
** debt, crime ("more waste and higher taxes", "the tax burden would
** rise")? */
static int burden(const pl_token *t)
{
	static const char *const w[] = {"tax", "taxes", "taxation", "waste", "means-testing", "burden",
		"debt", "borrowing", "crime", "unemployment", "inflation", "bureaucracy", "inefficiency",
		"inefficiencies", "price", "bill", "charge", "stealth", "red", "insurance", NULL};
	return PL_TAG_IS_NOUN(t->tag) || PL_TAG_IS_ADJ(t->tag) ?
	       pl_in_list(lem(t), w) || pl_in_list(t->low, w) : 0;
}

/* Does a burden grow in the words [a, b): "more" or "higher" (or
** "rising", "increased", "extra") right before a burden ("more waste",
** "higher taxes"), or a burden then a verb of rising within four words
** ("tax will go up", "the tax burden would have to rise", "inefficiencies
** which had burgeoned")? */
static int burden_grows(const pl_sentan *an, uint32_t a, uint32_t b)
{
	static const char *const more[] = {"more", "higher", "rising", "increased", "extra", "soaring",
		NULL};
	static const char *const rise[] = {"rise", "increase", "soar", "burgeon", "balloon", "grow",
		"climb", "rocket", "spiral", "mount", "double", "treble", "go", "raise", NULL};
	uint32_t j, k;
	for (j = a; j < b; j++) {
		if (!burden(&an->tok[j]))
			continue;
		for (k = j; k > a && j - k < 3; k--)
			if (pl_in_list(an->tok[k - 1].low, more))
				return 1;
		for (k = j + 1; k < b && k <= j + 5; k++) {
			const pl_token *t = &an->tok[k];
			if (!PL_TAG_IS_VERB(t->tag) || !pl_in_list(lem(t), rise))
				continue;
			/* ("go" only as "go up") */
			if (pl_eq(lem(t), "go") && !(k + 1 < b && pl_eq(an->tok[k + 1].low, "up")))
				continue;
			return 1;
		}
	}
	return 0;
}

/* Does an actor's rule begin at token j of the speech ending at c1: "under"
** + the actor ("under Labour"), "if" + the actor + a verb of coming to power
** ("if Labour wins", "if the Tories are elected", "if they get in"), or a
** vote for the actor or the actor itself + "mean" ("voting for Labour meant
** higher taxes", "the Lib Dems would mean higher taxes")?  *q the actor's
** chunk, *e the token after the anchor; 0 when none begins here. */
static int rule_anchor(const pl_sentan *an, uint32_t j, uint32_t c1, int *q, uint32_t *e)
{
	static const char *const power[] = {"win", "elect", "re-elect", "return", "come", "take",
		"get", "form", NULL};
	const char *w = an->tok[j].low;
	uint32_t k, at = j + 1;
	int r;
	if (!pl_eq(w, "under") && !pl_eq(w, "if") && !pl_eq(w, "for") &&
	    !(an->np_of[j - an->t0] >= 0 && an->np[an->np_of[j - an->t0]].t0 == j))
		return 0;
	if (pl_eq(w, "for") && !(j > an->t0 && pl_eq(lem(&an->tok[j - 1]), "vote")))
		return 0;
	if (!pl_eq(w, "under") && !pl_eq(w, "if") && !pl_eq(w, "for"))
		at = j;
	if (at >= c1 || (r = an->np_of[at - an->t0]) < 0 || an->np[r].t0 != at || !an->np[r].code ||
	    an->np[r].pronoun)
		return 0;
	*q = r;
	*e = an->np[r].t1;
	if (pl_eq(w, "under"))
		return 1;
	/* "if Labour wins", "if the Tories are re-elected", "if they get in" */
	if (pl_eq(w, "if")) {
		for (k = *e; k < c1 && k < *e + 3; k++)
			if (PL_TAG_IS_VERB(an->tok[k].tag) && pl_in_list(lem(&an->tok[k]), power)) {
				*e = k + 1;
				return 1;
			}
		return 0;
	}
	/* "voting for Labour meant", "the Lib Dems would mean" */
	for (k = *e; k < c1 && k < *e + 2; k++)
		if (PL_TAG_IS_VERB(an->tok[k].tag) && pl_eq(lem(&an->tok[k]), "mean")) {
			*e = k + 1;
			return 1;
		}
	return 0;
}

/* "voters face higher taxes and more means-testing under Labour", "tax
** will go up under Labour", "under a Labour government the tax burden
** would have to rise", "National Insurance will be raised if Labour wins",
** "voting for Labour meant higher taxes": a burden said to grow
** (burden_grows) under an actor's rule (rule_anchor), in the stretch of the
** speech around the anchor that no punctuation breaks (after "if ...", one
** comma passes: "if Labour wins, taxes will rise"); the actor the target,
** criticised (111).  Not the speaker's own side, not negated or doubted
** before the anchor or the stretch (a modal passes: the harm foretold is
** the charge); a burden that shrinks or a good that grows ("better off
** under Labour") is no charge. */
static const char *worse_under(const pl_sentan *an, uint32_t c0, uint32_t c1, uint32_t lo,
                               const speech_cues *sc, const char *speaker, int *target)
{
	uint32_t j, a, b, e = 0, k;
	/* (with no verb "mean" in the speech only "under" and "if" anchor a
	** rule: sc, when given, has them) */
	for (j = cue_next(sc, CUE_RULE, c0, c1); j + 1 < c1; j = cue_next(sc, CUE_RULE, j + 1, c1)) {
		int q = -1, neg = 0, commas;
		const char *code;
		if (!rule_anchor(an, j, c1, &q, &e))
			continue;
		code = an->np[q].code;
		if ((speaker && pl_eq(code, speaker)) || pl_own_side(an, q, speaker))
			continue;
		/* the stretch around it, to punctuation (a quote mark passes) */
		for (a = j; a > c0 && a > lo && j - a < 12; a--) {
			const pl_token *t = &an->tok[a - 1];
			if ((t->flags & PL_TOK_PUNCT) && t->tag != PL_T_PPL && t->tag != PL_T_PPR)
				break;
		}
		commas = pl_eq(an->tok[j].low, "if");
		for (b = e; b < c1 && b - e < 12; b++) {
			const pl_token *t = &an->tok[b];
			if ((t->flags & PL_TOK_PUNCT) && t->tag != PL_T_PPL && t->tag != PL_T_PPR &&
			    !(pl_eq(t->low, ",") && commas-- > 0))
				break;
		}
		if (!burden_grows(an, a, j) && !burden_grows(an, e, b))
			continue;
		if (doubted_before(an, lo, j, 1) || doubted_before(an, lo, a, 1))
			continue;
		for (k = a; k < b; k++)
			if (pl_eq(an->tok[k].low, "not") || pl_eq(an->tok[k].low, "n't") ||
			    pl_eq(an->tok[k].low, "never") || pl_eq(an->tok[k].low, "no"))
				neg = 1;
		if (neg)
			continue;
		*target = q;
		return "111";
	}
	return NULL;
}

/* "suggested the security services could have been involved", "said
** ministers were to blame for the crisis", "alleged the police were behind
** the leak", "said the party had been involved in the cover-up": an actor
** said to have had a part in a wrong, an accusation (112) without a verb
** of accusing.  The clause of the speech: a finite verb group, not
** negated, its subject an actor inside the speech (not the speaker, not
** "I" or "we"), then one of: a passive "involved" or "implicated"; "be" +
** "to blame", "guilty", "complicit" or "culpable"; "be" + "behind" or
** "responsible for" + a chunk.  What the part is in (after "in", "behind",
** "responsible for") must be a wrong: a noun of a wrong or a word of
** fault of stance.tsv in the next few words (then 111: "said Labour had
** been responsible for huge waste"); a bare "involved" (nothing
** after it) only under a verb that insinuates (g: "suggest", "imply",
** "hint", "insinuate", "allege", "claim").  A modal only under such a verb ("could
** have been involved" is what is insinuated); guarded as the loose
** readings are (loose_doubted).  "112" with *target the subject, else
** NULL. */
static const char *alleged_part(const pl_store *s, const pl_sentan *an, const pl_vg *g, uint32_t c0,
                                uint32_t c1, uint32_t lo, const char *speaker, int *target)
{
	static const char *const insinuate[] = {"suggest", "imply", "hint", "insinuate", "allege",
		"claim", NULL};
	static pl_wordset insinuate_set = PL_WORDSET(insinuate);
	static const char *const wrongs[] = {"attack", "bombing", "killing", "assassination",
		"violence", "murder", "blast", "explosion", "shooting", "riot", "kidnapping", "massacre",
		"plot", "conspiracy", "cover-up", "scandal", "fraud", "corruption", "bribery", "leak",
		"abuse", "torture", "crime", "wrongdoing", "terrorism", "smear", "rigging", "deception",
		"cheating", "theft", "sabotage", "coup", "intimidation", "harassment", NULL};
	int sly = pl_in_set(&insinuate_set, lem(&an->tok[g->v])), m;
	for (m = 0; m < an->nvg; m++) {
		const pl_vg *h = &an->vg[m];
		const char *v = lem(&an->tok[h->v]);
		uint32_t end = (uint32_t)h->cl_end < c1 ? (uint32_t)h->cl_end : c1, j = h->t1, k;
		int q = h->subj, bare = 0, wrong = 0;
		if (h->v < c0 || h->v >= c1 || !h->finite || h->negated || h->reporting ||
		    (modal(an, h) && !sly) || unasserted(an, h, c0) || q < 0 || an->np[q].t0 < c0 ||
		    !an->np[q].code || own(an, q) || (speaker && pl_eq(an->np[q].code, speaker)) ||
		    loose_doubted(an, lo, h->t0))
			continue;
		/* (a relative clause describes its head) */
		if (h->t0 > c0 && (an->tok[h->t0 - 1].tag == PL_T_WDT || an->tok[h->t0 - 1].tag == PL_T_WP))
			continue;
		if (h->passive && (pl_eq(v, "involve") || pl_eq(v, "implicate"))) {
			if (j >= end || (an->tok[j].flags & PL_TOK_PUNCT))
				bare = 1;
			else if (!pl_eq(an->tok[j].low, "in"))
				continue;
		} else if (!h->passive && pl_eq(v, "be") && j + 1 < end && pl_eq(an->tok[j].low, "to") &&
		           pl_eq(an->tok[j + 1].low, "blame")) {
			wrong = 1;
		} else if (!h->passive && pl_eq(v, "be") && j < end &&
		           pl_in_list(an->tok[j].low, part_states)) {
			wrong = 1;
		} else if (!h->passive && pl_eq(v, "be") && j < end && pl_eq(an->tok[j].low, "behind")) {
			;
		} else if (!h->passive && pl_eq(v, "be") && j + 1 < end &&
		           pl_eq(an->tok[j].low, "responsible") && pl_eq(an->tok[j + 1].low, "for")) {
			j++;
		} else {
			continue;
		}
		/* what the part is in: a wrong in the next few words */
		for (k = j + 1; !wrong && !bare && k < end && k <= j + 6; k++) {
			const pl_token *t = &an->tok[k];
			const char *code;
			if (PL_TAG_IS_VERB(t->tag) || t->tag == PL_T_CC || (t->flags & PL_TOK_PUNCT))
				break;
			code = pl_tok_get_lem(&s->stance, t);
			if (!code && strcmp(lem(t), t->low))
				code = pl_tok_get_low(&s->stance, t);
			if (pl_in_list(lem(t), wrongs) || pl_in_list(t->low, wrongs))
				wrong = 1;
			else if (code && pl_eq(code, "111") && PL_TAG_IS_NOUN(t->tag))
				wrong = 2;
		}
		if (!wrong && !(bare && sly))
			continue;
		*target = q;
		/* (a fault one is responsible for, "huge waste", is criticism) */
		return wrong == 2 ? "111" : "112";
	}
	return NULL;
}

/* "said the principles had not been applied", "we were not consulted",
** "said the statement still did not clear up the issues", "the bill does
** not go far enough": a duty left undone, asserted and with no modal but
** "will".  Two shapes: the negated passive of a cue "u:VERB" of stance.tsv
** (a verb of duty: "applied", "consulted", "answered"), or of any verb
** with "properly", "adequately", "sufficiently", "fully" or "correctly"
** ("was not properly handled"), whoever the subject
** ("said it had not been consulted": the speaker is the one wronged), the
** actor after "by" the target, not "not yet" (still to come); a negated
** cue "n:VERB" whose subject is a thing, no actor and not the speaker's
** own ("their sums", an actor's thing, and actors are read by other_act),
** the actor of an of-phrase after it the target ("the plans of the
** government do not add up").  Its code, *target the actor or -1. */
static const char *unmet(const pl_store *s, const pl_sentan *an, const pl_vg *h, uint32_t c0,
                         uint32_t c1, const char *speaker, int *target)
{
	uint32_t end = (uint32_t)h->cl_end < c1 ? (uint32_t)h->cl_end : c1, j;
	const char *code;
	int subj = h->subj;
	if (!h->negated || !h->finite || h->gerund || modal(an, h) || unasserted(an, h, c0))
		return NULL;
	if (h->t0 > c0 && (an->tok[h->t0 - 1].tag == PL_T_WDT || an->tok[h->t0 - 1].tag == PL_T_WP ||
	                   pl_eq(an->tok[h->t0 - 1].low, "that")))
		return NULL;
	if (h->passive) {
		for (j = h->t0; j < h->v; j++)
			if (pl_eq(an->tok[j].low, "yet"))
				return NULL;
		if (h->v + 1 < an->t1 && pl_eq(an->tok[h->v + 1].low, "yet"))
			return NULL;
		/* ("was not considered for selection", "as a candidate": no duty) */
		if (h->v + 1 < an->t1 && (pl_eq(an->tok[h->v + 1].low, "for") ||
		                          pl_eq(an->tok[h->v + 1].low, "as")))
			return NULL;
		code = prefixed(s, "u", lem(&an->tok[h->v]), NULL, NULL);
		if (!code)
			code = prefixed(s, "u", an->tok[h->v].low, NULL, NULL);
		/* any verb done less well than it ought to be: "was not properly
		** handled", "were not adequately funded" */
		for (j = h->t0; !code && j < end && j <= h->v + 4; j++) {
			const char *w = an->tok[j].low;
			if (j > h->v && (an->tok[j].flags & PL_TOK_PUNCT))
				break;
			if (pl_eq(w, "properly") || pl_eq(w, "adequately") || pl_eq(w, "sufficiently") ||
			    pl_eq(w, "fully") || pl_eq(w, "correctly"))
				code = "111";
		}
		if (!code)
			return NULL;
		if (h->by >= 0 && actor(&an->np[h->by]) && !own(an, h->by) &&
		    !(speaker && an->np[h->by].code && pl_eq(an->np[h->by].code, speaker)))
			*target = h->by;
		return code;
	}
	if (subj < 0 || an->np[subj].t0 < c0 || actor(&an->np[subj]) || an->np[subj].person ||
	    own_thing(an, subj, speaker))
		return NULL;
	if (an->np[subj].pronoun && !pl_eq(an->tok[an->np[subj].t0].low, "it"))
		return NULL;
	if (!(code = verb_cue(s, "n", an, h, end)))
		return NULL;
	*target = of_actor(an, subj);
	return code;
}

/* Nouns that name how an actor has done its work: "a good job", "Labour's
** record on crime", "their performance". */
static int performance_noun(const char *lemma)
{
	static const char *const w[] = {"job", "work", "record", "performance", NULL};
	return pl_in_list(lemma, w);
}

/* Nouns of what an actor plans or does as policy ("plan", "proposal",
** "handling"): owned by an actor, they are judged as its record is
** ("the government's plans were poor", "Labour's handling of the crisis
** was terrible"); a plan no actor owns judges no one. */
static int policy_noun(const char *lemma)
{
	static const char *const w[] = {"plan", "policy", "proposal", "scheme", "strategy", "budget",
		"manifesto", "reform", "handling", "response", "approach", "idea", "programme",
		"program", "campaign", "decision", "bill", "stance", "leadership", "management",
		"pledge", "promise", NULL};
	return pl_in_list(lemma, w);
}

/* Words of size or strength that praise a person in an office ("a huge
** figure", "a formidable chancellor") but only measure a plan. */
static int size_word(const char *lemma)
{
	static const char *const w[] = {"huge", "towering", "formidable", "great", NULL};
	return pl_in_list(lemma, w);
}

/* The code of a word that judges a performance at token t: a cue "e:WORD"
** of stance.tsv ("good", "poor", "terrible": words that judge only a
** performance named, "a good job", "the record was poor"), or a plain word
** of praise or fault ("a superb job", "a shoddy record"); NULL else. */
static const char *performance_word(const pl_store *s, const pl_token *t)
{
	const char *code = prefixed(s, "e", lem(t), NULL, NULL);
	if (!code && strcmp(lem(t), t->low))
		code = prefixed(s, "e", t->low, NULL, NULL);
	if (!code)
		code = pl_tok_get_lem(&s->stance, t);
	if (!code && strcmp(lem(t), t->low))
		code = pl_tok_get_low(&s->stance, t);
	if (code && !(pl_eq(code, "111") || (code[0] == '0' && code[1] == '5')))
		return NULL;
	return code;
}

/* The code of chunk q when its head is a performance noun and a word
** before the head judges it ("a very good job", "a terrible record");
** NULL when there is none or a negation comes first ("no good job"). */
static const char *judged_performance(const pl_store *s, const pl_sentan *an, int q)
{
	const pl_np *np = &an->np[q];
	uint32_t j;
	if (np->t1 - np->t0 < 2 || !performance_noun(lem(&an->tok[np->t1 - 1])))
		return NULL;
	for (j = np->t0; j + 1 < np->t1; j++) {
		const char *code;
		if (pl_eq(an->tok[j].low, "no") || pl_eq(an->tok[j].low, "not"))
			return NULL;
		if ((code = performance_word(s, &an->tok[j])) != NULL)
			return code;
	}
	return NULL;
}

/* Nouns of an office or a part one plays ("chancellor", "leader",
** "negotiator"): what one is as such is judged as a performance is. */
static int office_noun(const char *lemma)
{
	static const char *const w[] = {"chancellor", "minister", "secretary", "leader", "president",
		"premier", "mayor", "ambassador", "commissioner", "politician", "statesman", "negotiator",
		"chairman", "chairwoman", "servant", "captain", "manager", "spokesman", "candidate",
		"campaigner", "diplomat", "envoy", "governor", "speaker", "administrator", "advocate",
		"champion", "reformer", "communicator", "performer", "operator", "colleague", "player",
		"coach", "footballer", "athlete", "actor", "actress", "writer", "figure", "friend", NULL};
	return pl_in_list(lemma, w);
}

/* The code of chunk q when its head is an office noun and a word before
** the head judges it as a performance word does ("a brilliant
** chancellor", "a very poor leader"); fault outweighs praise ("a talented
** but dangerous chancellor"); NULL when there is none or a negation comes
** first. */
static const char *judged_office(const pl_store *s, const pl_sentan *an, int q)
{
	const pl_np *np = &an->np[q];
	const char *found = NULL, *code;
	uint32_t j;
	if (np->t1 - np->t0 < 2 || !office_noun(lem(&an->tok[np->t1 - 1])))
		return NULL;
	for (j = np->t0; j + 1 < np->t1; j++) {
		if (pl_eq(an->tok[j].low, "no") || pl_eq(an->tok[j].low, "not"))
			return NULL;
		if ((code = performance_word(s, &an->tok[j])) != NULL && (!found || code[0] == '1'))
			found = code;
	}
	return found;
}

/* The code of a list of words that judge an office-holder before the
** office, from token j: "a loyal, hard-working and decent minister", which
** commas cut into chunks of their own.  Only articles, adjectives, adverbs,
** commas, "and", "but" and quote marks may come before the office noun; fault
** outweighs praise; NULL when there is no office noun, no judging word, or
** a negation. */
static const char *listed_office(const pl_store *s, const pl_sentan *an, uint32_t j, uint32_t end)
{
	const char *found = NULL, *code;
	uint32_t k;
	for (k = j; k < end && k < j + 12; k++) {
		const pl_token *t = &an->tok[k];
		if (pl_eq(t->low, "not") || pl_eq(t->low, "no") || pl_eq(t->low, "never"))
			return NULL;
		/* (a judging word the tagger took for a noun or a verb is read
		** as what it is in the list: "decent, fair-minded and dedicated
		** servant") */
		if ((code = performance_word(s, t)) != NULL) {
			if (!found || code[0] == '1')
				found = code;
			continue;
		}
		if (PL_TAG_IS_NOUN(t->tag))
			return found && office_noun(lem(t)) && (k + 1 >= end || !PL_TAG_IS_NOUN(an->tok[k + 1].tag))
			       ? found : NULL;
		if (!(t->tag == PL_T_DT || PL_TAG_IS_ADJ(t->tag) || t->tag == PL_T_RB || t->tag == PL_T_PPL ||
		      t->tag == PL_T_PPR || pl_eq(t->low, ",") || pl_eq(t->low, "and") || pl_eq(t->low, "but")))
			return NULL;
	}
	return NULL;
}

/* The one a verb of telling is told to: the chunk right after it, an actor
** named, not a pronoun ("told Brazil's finance minister that ...", "warned
** the cabinet"); -1 for any other verb or no such chunk. */
static int told_to(const pl_sentan *an, const pl_vg *h)
{
	static const char *const telling[] = {"tell", "warn", "assure", "inform", "remind",
		"brief", NULL};
	int q;
	if (h->passive || h->t1 >= an->t1 || !pl_in_list(lem(&an->tok[h->v]), telling))
		return -1;
	q = an->np_of[h->t1 - an->t0];
	if (q < 0 || an->np[q].t0 != h->t1 || an->np[q].pronoun || !an->np[q].code)
		return -1;
	return q;
}

/* "said he had told Pereira that ...", "we told the minister that ...": the
** speaker's own telling, its subject "I", "we", or "he" or "she" opening the
** speech, is the speaker's view told to someone, not another's words. */
static int own_telling(const pl_sentan *an, const pl_vg *h, uint32_t c0)
{
	const char *w;
	uint32_t at = c0;
	if (h->negated || told_to(an, h) < 0 || h->t0 <= c0 || an->tok[h->t0 - 1].tag != PL_T_PRP)
		return 0;
	if (at < an->t1 && pl_eq(an->tok[at].low, "that"))
		at++;
	w = an->tok[h->t0 - 1].low;
	if (pl_eq(w, "i") || pl_eq(w, "we"))
		return 1;
	return at + 1 == h->t0 && (pl_eq(w, "he") || pl_eq(w, "she"));
}

/* May an actor coded c, told words by the speaker, own a course the words
** judge: not the press (role MED: "told Reuters"), not the speaker nor a body
** of the speaker's own country ("told the Japanese parliament"); a bare role
** ("told parliament", pl_np.agent_only) is left out by the caller. */
static int hearer_owns(const char *c, const char *speaker)
{
	return !pl_press_code(c) &&
	       !(speaker && strlen(speaker) >= 3 && strlen(c) >= 3 && !strncmp(c, speaker, 3));
}

/* Nouns of a course an actor took or set ("the moratorium", "your decision",
** "the new tariffs"): judged with no owner named, in words told to an actor,
** they are the hearer's. */
static int course_noun(const char *lemma)
{
	static const char *const w[] = {"decision", "move", "step", "measure", "action", "plan",
		"policy", "proposal", "programme", "program", "scheme", "moratorium", "ban", "embargo",
		"boycott", "sanction", "tariff", "quota", "freeze", "suspension", "pledge", "offer",
		"demand", "ruling", "reform", "approach", "stance", "response", "handling", "retaliation",
		"intervention", "devaluation", NULL};
	return pl_in_list(lemma, w);
}

/* The chunk a speech is said of, outside its words ("\"It is a mistake,\"
** he said of the government's decision": "of" right after the verb of
** saying); -1 when there is none.  A bare "it", "this", "that", "he",
** "she" or "they" in the speech stands for it (bare_it). */
static int said_of(const pl_sentan *an, const pl_vg *g, uint32_t c0, uint32_t c1)
{
	uint32_t j = g->t1;
	int q;
	if (j + 1 >= an->t1 || (j >= c0 && j < c1) || !pl_eq(an->tok[j].low, "of"))
		return -1;
	q = an->np_of[j + 1 - an->t0];
	return q >= 0 && an->np[q].t0 == j + 1 && !an->np[q].pronoun ? q : -1;
}

/* The one the words of verb group g are addressed to: the one told
** (told_to), or an actor after "to" right after the verb or after a chunk
** of "in" ("said in a telegram to the ambassador", "said to the
** minister"), or a person or a name there ("to Mikhailov"); not the press
** ("told reporters": the words go through it to others); -1 when none is
** named. */
static int addressee(const pl_sentan *an, const pl_vg *g)
{
	uint32_t j = g->t1;
	int q = told_to(an, g);
	if (q >= 0)
		return pl_press_code(an->np[q].code) ? -1 : q;
	if (g->passive)
		return -1;
	if (j + 1 < an->t1 && pl_eq(an->tok[j].low, "in") && (q = an->np_of[j + 1 - an->t0]) >= 0 &&
	    an->np[q].t0 == j + 1)
		j = an->np[q].t1;
	if (j + 1 >= an->t1 || !pl_eq(an->tok[j].low, "to"))
		return -1;
	q = an->np_of[j + 1 - an->t0];
	return q >= 0 && an->np[q].t0 == j + 1 && !an->np[q].pronoun && !pl_press_code(an->np[q].code) &&
	       (an->np[q].code || an->np[q].person || an->tok[an->np[q].t1 - 1].tag == PL_T_NNP) ? q : -1;
}

/* In a speech addressed to an actor (addressee), a bare "you" is that
** actor ("\"You are a competent minister,\" he said in a telegram to the
** ambassador"): the chunk judged; else q. */
static int you_are(const pl_sentan *an, int q, int to)
{
	return to >= 0 && an->np[q].t1 - an->np[q].t0 == 1 &&
	       pl_eq(an->tok[an->np[q].t0].low, "you") ? to : q;
}

/* "the U.S. decision to impose tariffs was regrettable": the chunk before
** "to" and a verb whose object chunk q is, when it names a course
** (course_noun), is the subject judged; else q. */
static int course_of(const pl_sentan *an, int q, uint32_t c0)
{
	uint32_t t0 = an->np[q].t0;
	int p;
	if (t0 < an->t0 + 3 || t0 < c0 + 3 || an->tok[t0 - 1].tag != PL_T_VB ||
	    an->tok[t0 - 2].tag != PL_T_TO)
		return q;
	p = an->np_of[t0 - 3 - an->t0];
	return p >= 0 && an->np[p].t1 == t0 - 2 && an->np[p].t0 >= c0 &&
	       course_noun(lem(&an->tok[an->np[p].t1 - 1])) ? p : q;
}

/* Is chunk q a bare "it", "this", "that", "he", "she" or "they"? */
static int bare_it(const pl_sentan *an, int q)
{
	return an->np[q].t1 - an->np[q].t0 == 1 &&
	       pl_in_list(an->tok[an->np[q].t0].low, (const char *const[]){"it", "this", "that", "he",
	                  "she", "they", NULL});
}

/* "said the advertisers were doing a very good job", "Labour has a
** terrible record on crime", "said Labour's record on crime was poor",
** "said the US was very bad at co-ordinating aid": how an actor did its
** work judged in the speaker's words.  Three shapes, each asserted, not
** negated, with no modal but "will" (as for a word of the predicate):
** "do" or "have" with an object whose head is a performance noun
** (performance_noun) judged by a word before it (performance_word); a
** linking verb whose subject's head is such a noun, owned by an actor
** ("Labour's record", "the record of the government"), with a judging word
** in its predicate; a linking verb with a judging word right before "at"
** and a doing ("bad at co-ordinating", "good at listening").  Its code (111 or 051), *target the actor judged:
** the subject, or the performance's owner; the speaker's own ("we have done
** a good job", "our record") is none. */
static const char *performance(const pl_store *s, const pl_sentan *an, const pl_vg *h, uint32_t c0,
                               uint32_t c1, const char *speaker, int to, int *target)
{
	const char *v = lem(&an->tok[h->v]), *code = NULL;
	uint32_t end = (uint32_t)h->cl_end < c1 ? (uint32_t)h->cl_end : c1, j;
	int subj = h->subj, q;
	if (!h->finite || h->negated || h->passive || h->gerund || modal(an, h) || unasserted(an, h, c0))
		return NULL;
	/* (a relative clause describes its head: "which had a poor record") */
	if (h->t0 > c0 && (an->tok[h->t0 - 1].tag == PL_T_WDT || an->tok[h->t0 - 1].tag == PL_T_WP))
		return NULL;
	/* (a subject outside the content is the parser's guess: the chunk
	** right before the verb) */
	if (subj >= 0 && an->np[subj].t0 < c0)
		subj = h->t0 > c0 ? an->np_of[h->t0 - 1 - an->t0] : -1;
	/* ("\"you are doing a good job,\" he told the minister") */
	if (subj >= 0)
		subj = you_are(an, subj, to);
	if (subj < 0 || own(an, subj) || own_thing(an, subj, speaker))
		return NULL;
	if (pl_eq(v, "do") || pl_eq(v, "have")) {
		/* "have" a record, "do" a job or work */
		/* (a quoted judgement is a chunk of its own after the article:
		** had done a "superb job") */
		j = h->t1;
		while (j < end && (an->tok[j].tag == PL_T_RB || an->tok[j].tag == PL_T_PPL ||
		                   (an->tok[j].tag == PL_T_DT && j + 1 < end && an->tok[j + 1].tag == PL_T_PPL)))
			j++;
		if (j >= end || (q = an->np_of[j - an->t0]) < 0 || an->np[q].t0 != j ||
		    (pl_eq(v, "have") && !pl_eq(lem(&an->tok[an->np[q].t1 - 1]), "record")) ||
		    (pl_eq(v, "do") && pl_eq(lem(&an->tok[an->np[q].t1 - 1]), "record")))
			return NULL;
		if (!(code = judged_performance(s, an, q)))
			return NULL;
		/* "they did a good job", the subject a thing no one can do
		** work as ("it", "this", "that") names no one judged */
		if (an->np[subj].pronoun && !judgeable(&an->np[subj]))
			return pl_eq(an->tok[an->np[subj].t0].low, "it") ? NULL : code;
		*target = judgeable(&an->np[subj]) ? subj : -1;
		return code;
	}
	if (!linking(v))
		return NULL;
	/* "Labour's record on crime was poor", "the Tories' plans are dreadful" */
	if ((performance_noun(lem(&an->tok[an->np[subj].t1 - 1])) ||
	     policy_noun(lem(&an->tok[an->np[subj].t1 - 1]))) && !an->np[subj].pronoun) {
		int owner = an->np[subj].poss_code && !an->np[subj].code ? subj : of_actor(an, subj);
		if (owner < 0)
			return NULL;
		for (j = h->t1; j < end && j < h->t1 + 4; j++) {
			const pl_token *t = &an->tok[j];
			if (pl_eq(t->low, "no") || pl_eq(t->low, "not") || pl_eq(t->low, "never") ||
			    (t->flags & PL_TOK_PUNCT) || t->tag == PL_T_IN || t->tag == PL_T_CC ||
			    PL_TAG_IS_VERB(t->tag))
				break;
			if ((code = performance_word(s, t)) != NULL)
				break;
		}
		/* (a plan is measured, not praised, by its size: "Labour's
		** plans are huge") */
		if (!code || (size_word(lem(&an->tok[j])) && !performance_noun(lem(&an->tok[an->np[subj].t1 - 1]))))
			return NULL;
		*target = owner;
		return code;
	}
	/* "Gordon Brown was a brilliant chancellor", "he has been a poor
	** leader": an actor said to be an office-holder judged in that office */
	j = h->t1;
	while (j < end && an->tok[j].tag == PL_T_RB && !pl_eq(an->tok[j].low, "not") &&
	       !pl_eq(an->tok[j].low, "never"))
		j++;
	/* (one of a kind: "was one of the great advocates of our generation") */
	if (j + 2 < end && pl_eq(an->tok[j].low, "one") && pl_eq(an->tok[j + 1].low, "of"))
		j += 2;
	for (; j < end && (an->tok[j].tag == PL_T_PPL || an->tok[j].tag == PL_T_PPR); j++)
		;
	if (j < end && (q = an->np_of[j - an->t0]) >= 0 && an->np[q].t0 == j && judgeable(&an->np[subj]) &&
	    !(an->np[subj].pronoun && !an->np[subj].code && !an->np[subj].other_code) &&
	    ((code = judged_office(s, an, q)) != NULL || (code = listed_office(s, an, j, c1)) != NULL)) {
		*target = subj;
		return code;
	}
	/* "the US was very bad at co-ordinating aid" */
	for (j = h->t1; j + 1 < end && j < h->t1 + 3; j++) {
		const pl_token *t = &an->tok[j];
		if (t->tag == PL_T_RB && !pl_eq(t->low, "not") && !pl_eq(t->low, "never"))
			continue;
		/* (what one is bad at is a doing: "bad at co-ordinating"; "bad
		** at the weekend" judges no one) */
		/* (the tagger may take a hyphenated "-ing" word for an adjective:
		** "co-ordinating") */
		if (!pl_eq(an->tok[j + 1].low, "at") || j + 2 >= end ||
		    !(an->tok[j + 2].tag == PL_T_VBG ||
		      (an->tok[j + 2].len > 5 && !memcmp(an->tok[j + 2].low + an->tok[j + 2].len - 3, "ing", 3))) ||
		    !(code = prefixed(s, "e", lem(t), NULL, NULL)))
			return NULL;
		if (an->np[subj].pronoun && !judgeable(&an->np[subj]))
			return NULL;
		*target = judgeable(&an->np[subj]) ? subj : -1;
		return code;
	}
	return NULL;
}

/* "Gordon Brown's record is very mixed": a performance judged by a
** participle that the tagger reads as a passive verb group (h, its main
** verb a performance word of stance.tsv, "e:mixed"), the subject's head a
** performance noun owned by an actor; asserted, not negated, with no
** modal but "will", not the speaker's own.  Its code, *target the owner. */
static const char *performance_participle(const pl_store *s, const pl_sentan *an, const pl_vg *h,
                                          uint32_t c0, const char *speaker, int *target)
{
	const char *code;
	int subj = h->subj, owner;
	if (!h->passive || !h->finite || h->negated || modal(an, h) || unasserted(an, h, c0) ||
	    an->tok[h->v].tag != PL_T_VBN || !(code = performance_word(s, &an->tok[h->v])))
		return NULL;
	if (h->t0 > c0 && (an->tok[h->t0 - 1].tag == PL_T_WDT || an->tok[h->t0 - 1].tag == PL_T_WP))
		return NULL;
	if (subj >= 0 && an->np[subj].t0 < c0)
		subj = h->t0 > c0 ? an->np_of[h->t0 - 1 - an->t0] : -1;
	if (subj < 0 || an->np[subj].pronoun || own(an, subj) || own_thing(an, subj, speaker) ||
	    !performance_noun(lem(&an->tok[an->np[subj].t1 - 1])))
		return NULL;
	owner = an->np[subj].poss_code && !an->np[subj].code ? subj : of_actor(an, subj);
	if (owner < 0)
		return NULL;
	*target = owner;
	return code;
}

/* "said the chancellor was too bullish", "Labour's plans are far too vague":
** "too" and an adjective, said of an actor or an actor's thing (subj), finds
** fault with it; not "too ill to travel", "too strong for them" (a degree a
** "to" or "for" measures), not the speaker's own ("we were too slow"). */
static const char *too_much(const pl_sentan *an, const pl_vg *h, uint32_t end, int subj)
{
	uint32_t j;
	if (subj < 0 || !actor(&an->np[subj]) || own(an, subj))
		return NULL;
	for (j = h->t1; j + 1 < end && j < h->t1 + 3; j++) {
		const pl_token *t = &an->tok[j];
		if (pl_eq(t->low, "too") && an->tok[j + 1].tag == PL_T_JJ) {
			const char *n = j + 2 < an->t1 ? an->tok[j + 2].low : "";
			return pl_eq(n, "to") || pl_eq(n, "for") ? NULL : "111";
		}
		/* (a word of degree the tagger takes for a noun: "way too
		** optimistic") */
		if (t->tag != PL_T_RB && !(pl_eq(t->low, "way") && j + 1 < end &&
		                           pl_eq(an->tok[j + 1].low, "too")))
			return NULL;
	}
	return NULL;
}

/* "said the administration was doing very little", "\"Washington has done
** nothing,\" he said": an actor named (not a pronoun, not the speaker) said
** to do little or nothing, the clause ending there, has failed at its part
** (111, the actor the target; "did little to help" is read by the "v:"
** cues); "the rebate did nothing to fix the tax", "the budget had done little
** for them": a course or a thing decided (course_noun, endorsed) said to do
** little or nothing to or for anything, or said that it would, is faulted,
** its owner the target when one is named.  "the market did little" names
** neither. */
static const char *did_little(const pl_store *s, const pl_sentan *an, const pl_vg *h, uint32_t end,
                              const char *speaker, int *target)
{
	int q = h->subj, thing;
	uint32_t j = h->t1;
	const pl_np *np;
	if (q < 0 || h->passive || h->negated || !pl_eq(lem(&an->tok[h->v]), "do"))
		return NULL;
	np = &an->np[q];
	thing = !np->code && (course_noun(lem(&an->tok[np->t1 - 1])) || endorsed(s, an, q));
	if (np->pronoun || !(np->code || thing) || (speaker && np->code && pl_eq(np->code, speaker)))
		return NULL;
	/* ("the budget would do nothing to help": a thing's failure
	** foretold; not "could", not on a condition) */
	if (modal(an, h) && !(thing && pl_eq(an->tok[h->v - 1].low, "would") &&
	                      !conditioned(an, h->t1, end)))
		return NULL;
	while (j < end && j < h->t1 + 2 && an->tok[j].tag == PL_T_RB && !pl_eq(an->tok[j].low, "little"))
		j++;
	if (j >= end || !(pl_eq(an->tok[j].low, "little") || pl_eq(an->tok[j].low, "nothing")))
		return NULL;
	j++;
	if (thing) {
		if (j + 1 >= end || !((pl_eq(an->tok[j].low, "to") && an->tok[j + 1].tag == PL_T_VB) ||
		                      pl_eq(an->tok[j].low, "for")))
			return NULL;
		if (np->poss_code && !own_thing(an, q, speaker))
			*target = q;
		return "111";
	}
	if (j < an->t1 && j < end && !(an->tok[j].flags & PL_TOK_PUNCT) && an->tok[j].tag != PL_T_CC)
		return NULL;
	*target = q;
	return "111";
}

/* "the role the security services took was ...", "the policy supported by
** Mr Howard is ...": the actor who did or made the thing judged (chunk
** subj), named in a clause between it and its verb h: a chunk with an
** actor's code before a verb, or after "by"; -1 when there is none. */
static int relative_doer(const pl_sentan *an, int subj, const pl_vg *h)
{
	uint32_t j;
	for (j = an->np[subj].t1; j < h->t0 && j < an->np[subj].t1 + 6; j++) {
		int q = an->np_of[j - an->t0];
		const pl_np *np;
		if (an->tok[j].flags & PL_TOK_PUNCT)
			return -1;
		if (q < 0 || an->np[q].t0 != j)
			continue;
		np = &an->np[q];
		if (!np->code || np->pronoun)
			continue;
		if ((j > an->np[subj].t1 && pl_eq(an->tok[j - 1].low, "by")) ||
		    (np->t1 < h->t0 && PL_TAG_IS_VERB(an->tok[np->t1].tag)))
			return q;
	}
	return -1;
}

/* "the role the security services took was ...": with no subject found
** for h, the actor of a relative clause without "that" right before h,
** itself right after the chunk judged (no actor); -1 when there is none. */
static int clause_doer(const pl_sentan *an, const pl_vg *h, uint32_t c0)
{
	int k, q, t;
	for (k = 0; k < an->nvg; k++) {
		const pl_vg *r = &an->vg[k];
		if (r->v + 1 != h->t0 || r->reporting || (q = r->subj) < 0 || an->np[q].t0 <= c0 ||
		    an->np[q].t1 != r->t0 || !an->np[q].code || an->np[q].pronoun)
			continue;
		t = an->np_of[an->np[q].t0 - 1 - an->t0];
		return t >= 0 && t != q && !actor(&an->np[t]) ? q : -1;
	}
	return -1;
}

/* "it sounds very much like the US trying to run a separate operation",
** "it looks as if ministers are trying to bury it": a linking verb of
** seeming, then "like", "as if" or "as though" and an actor said to be
** trying to do something; a suspicion of its motive, criticism (111) of that
** actor (*target). */
static const char *like_trying(const pl_sentan *an, const pl_vg *h, uint32_t end, int *target)
{
	static const char *const seem[] = {"sound", "look", "seem", "appear", NULL};
	static const char *const try[] = {"try", "attempt", "seek", NULL};
	uint32_t j, k;
	int q;
	if (!pl_in_list(lem(&an->tok[h->v]), seem))
		return NULL;
	for (j = h->t1; j < end && j < h->t1 + 3; j++) {
		const char *w = an->tok[j].low;
		if (pl_eq(w, "like") || (pl_eq(w, "as") && j + 1 < end &&
		                         (pl_eq(an->tok[j + 1].low, "if") || pl_eq(an->tok[j + 1].low, "though"))))
			break;
		if (an->tok[j].tag != PL_T_RB && !pl_eq(w, "much"))
			return NULL;
	}
	if (j >= end || j >= h->t1 + 3)
		return NULL;
	j += pl_eq(an->tok[j].low, "as") ? 2 : 1;
	if (j >= end || (q = an->np_of[j - an->t0]) < 0 || an->np[q].t0 != j || !an->np[q].code ||
	    an->np[q].pronoun)
		return NULL;
	/* ("the US trying to", "ministers are trying to") */
	for (k = an->np[q].t1; k < end && k <= an->np[q].t1 + 1; k++)
		if (pl_in_list(lem(&an->tok[k]), try) && k + 1 < end && pl_eq(an->tok[k + 1].low, "to")) {
			*target = q;
			return "111";
		}
	return NULL;
}

/* "the two men are behaving like squabbling schoolboys", "the agency acted
** like a bully": a comparison of how an actor acts ("act", "behave") to a
** blamed role, a cue "c:NOUN" of stance.tsv after "like" or "as" and a few words of
** description; its code, else NULL.  The noun is read only here ("the
** victims were children", "a bully was jailed" judge no one). */
static const char *like_villain(const pl_store *s, const pl_sentan *an, const pl_vg *h, uint32_t end)
{
	const char *v = lem(&an->tok[h->v]);
	uint32_t j = h->t1, k;
	if (!pl_eq(v, "act") && !pl_eq(v, "behave"))
		return NULL;
	/* ("acted as agents provocateurs": "as" names the role as "like" does;
	** the roles are blamed ones only, so "acted as mediator" finds nothing) */
	if (j >= end || !(pl_eq(an->tok[j].low, "like") || pl_eq(an->tok[j].low, "as")))
		return NULL;
	for (k = j + 1; k < end && k <= j + 4; k++) {
		const pl_token *t = &an->tok[k];
		/* ("acted like bullies": the tagger's verb after "like") */
		if ((t->tag == PL_T_VBZ || t->tag == PL_T_VBP) &&
		    !(k + 1 < end && PL_TAG_IS_NOUN(an->tok[k + 1].tag)))
			return prefixed(s, "c", lem(t), NULL, NULL);
		if (PL_TAG_IS_NOUN(t->tag)) {
			/* (the head: the last noun of the run, "a cowboy outfit") */
			while (k + 1 < end && PL_TAG_IS_NOUN(an->tok[k + 1].tag))
				k++;
			/* (a possessor is no role: "acted as a child's guardian") */
			if (k + 1 < end && an->tok[k + 1].tag == PL_T_POS)
				return NULL;
			t = &an->tok[k];
			return prefixed(s, "c", lem(t), NULL, NULL);
		}
		if (t->tag != PL_T_DT && !PL_TAG_IS_ADJ(t->tag) && t->tag != PL_T_VBG && t->tag != PL_T_RB)
			return NULL;
	}
	return NULL;
}

/* "the policy ... is one that we would commend", "is something I would
** condemn": a complement whose relative clause is the speaker's own verb of
** praise (051) or of fault (111) about it; not negated. */
static const char *own_verdict(const pl_sentan *an, const pl_vg *h, uint32_t end)
{
	static const char *const praise[] = {"commend", "praise", "welcome", "applaud", "support",
		"endorse", "salute", "recommend", NULL};
	static const char *const fault[] = {"condemn", "deplore", "denounce", "oppose", "regret",
		NULL};
	uint32_t j;
	for (j = h->t1; j + 2 < end && j < h->t1 + 5; j++) {
		const pl_token *t = &an->tok[j];
		uint32_t k;
		if (t->flags & PL_TOK_PUNCT)
			return NULL;
		if (!(pl_eq(t->low, "that") || pl_eq(t->low, "which")) || j == h->t1)
			continue;
		k = j + 1;
		if (!pl_eq(an->tok[k].low, "we") && !pl_eq(an->tok[k].low, "i"))
			return NULL;
		for (k++; k < end && k <= j + 4 && (an->tok[k].tag == PL_T_MD || an->tok[k].tag == PL_T_RB); k++)
			if (pl_eq(an->tok[k].low, "not") || pl_eq(an->tok[k].low, "n't") ||
			    pl_eq(an->tok[k].low, "never"))
				return NULL;
		if (k >= end)
			return NULL;
		if (pl_in_list(lem(&an->tok[k]), praise))
			return "051";
		if (pl_in_list(lem(&an->tok[k]), fault))
			return "111";
		return NULL;
	}
	return NULL;
}

/* "said Labour was right to reject quotas", "the council was quite right to
** act": an actor said to have been right to do a thing is endorsed (051),
** as one "wrong to" do it is faulted.  The complement opens with "right"
** (adverbs of degree before it may stand) and "to" + a verb of an act:
** "right to be concerned" judges a feeling, "the right to life" and "their
** right to protest" name a due, no verdict. */
static const char *right_to(const pl_sentan *an, const pl_vg *h, uint32_t end)
{
	static const char *const state[] = {"be", "have", "feel", "worry", "fear", "ask", "say",
		"question", "expect", "think", "believe", NULL};
	uint32_t j = h->t1;
	while (j < end && j < h->t1 + 2 && an->tok[j].tag == PL_T_RB && !pl_eq(an->tok[j].low, "right") &&
	       !pl_eq(an->tok[j].low, "not") && !pl_eq(an->tok[j].low, "never"))
		j++;
	if (j + 2 >= end || !pl_eq(an->tok[j].low, "right") || an->tok[j + 1].tag != PL_T_TO ||
	    an->tok[j + 2].tag != PL_T_VB || pl_in_list(lem(&an->tok[j + 2]), state))
		return NULL;
	return "051";
}

/* Is chunk q a thing decided on, a plan or policy ("the proposal", "the
** government's approach")?  Misgivings about one are criticism of it. */
static int decided_thing(const pl_sentan *an, int q)
{
	static const char *const decided[] = {"plan", "policy", "proposal", "approach", "bill",
		"law", "legislation", "scheme", "reform", "strategy", "decision", "move", "measure",
		"idea", "budget", "programme", "program", "deal", "stance", "handling", NULL};
	return pl_in_list(lem(&an->tok[an->np[q].t1 - 1]), decided);
}

/* "Mr Howard said he had concerns": "he" or "she" as the subject of
** reported content stands for the speaker, as "I" does in a quotation */
static int reported_self(const pl_sentan *an, int subj)
{
	const char *w = an->tok[an->np[subj].t0].low;
	return an->np[subj].pronoun && an->np[subj].t1 - an->np[subj].t0 == 1 &&
	       (pl_eq(w, "he") || pl_eq(w, "she"));
}

/* "we have serious concerns about that approach", "I have real worries over
** the government's plans", "said he had concerns about": the speaker's own
** misgivings ("I", "we", or "he" or "she" in reported content, and
** "have") about an actor, an actor's thing (the target) or a plan or policy
** (no one named); criticism, 111.  Not negated, asked or conditional. */
static const char *misgiving(const pl_sentan *an, const pl_vg *h, uint32_t c0, uint32_t end,
                             int *target)
{
	static const char *const noun[] = {"concern", "worry", "reservation", "misgiving", "doubt",
		"qualm", NULL};
	int subj = h->subj, q;
	uint32_t j;
	/* (a subject outside the content is the parser's guess, as in
	** feeling(): "said he had concerns" is the chunk right before) */
	if (subj >= 0 && an->np[subj].t0 < c0)
		subj = h->t0 > c0 ? an->np_of[h->t0 - 1 - an->t0] : -1;
	if (!pl_eq(lem(&an->tok[h->v]), "have") || h->negated || h->passive || !h->finite ||
	    subj < 0 || an->np[subj].t0 < c0 || !(own(an, subj) || reported_self(an, subj)) ||
	    modal(an, h) || unasserted(an, h, c0))
		return NULL;
	for (j = h->v + 1; j + 1 < end && j <= h->v + 4; j++) {
		const pl_token *t = &an->tok[j];
		if (pl_in_list(lem(t), noun))
			break;
		if (pl_eq(t->low, "no") || (t->tag != PL_T_DT && t->tag != PL_T_JJ && t->tag != PL_T_RB))
			return NULL;
	}
	if (j + 1 >= end || j > h->v + 4)
		return NULL;
	j++;
	if (!pl_eq(an->tok[j].low, "about") && !pl_eq(an->tok[j].low, "over"))
		return NULL;
	if (j + 1 >= end || (q = an->np_of[j + 1 - an->t0]) < 0 || an->np[q].t0 != j + 1)
		return NULL;
	if (actor(&an->np[q]) && !own(an, q) && !an->np[q].pronoun) {
		*target = q;
		return "111";
	}
	/* (not one's own: "we have concerns about our plans", "said he had
	** doubts about his plans") */
	if (an->tok[an->np[q].t0].tag == PL_T_PRPS &&
	    pl_in_list(an->tok[an->np[q].t0].low, own(an, subj) ? (const char *const[]){"my", "our",
	               NULL} : (const char *const[]){"his", "her", NULL}))
		return NULL;
	return !an->np[q].pronoun && decided_thing(an, q) ? "111" : NULL;
}

/* "UKIP officials argue Mr Kilroy-Silk has not been straightforward", "said
** the minister was not honest with MPs": a virtue (a cue "g:WORD" of
** stance.tsv: "honest", "straightforward", "competent") denied of an actor
** by negated linking verb group h, the first word of its complement (quote
** marks and adverbs passed over); fault found with the actor (the line's
** code, 111), *target the subject.  Asserted, no modal, not the speaker's
** own ("we were not honest enough" is a confession), not in a relative
** clause; a degree after it ("not competent enough to", "not honest
** about") still denies it. */
static const char *virtue_denied(const pl_store *s, const pl_sentan *an, const pl_vg *h, uint32_t c0,
                                 uint32_t c1, const char *speaker, int *target)
{
	uint32_t end = (uint32_t)h->cl_end < c1 ? (uint32_t)h->cl_end : c1, j;
	int subj = h->subj;
	const char *code = NULL, *sc;
	if (!h->finite || h->passive || h->gerund || !linking(lem(&an->tok[h->v])) || modal(an, h) ||
	    unasserted(an, h, c0))
		return NULL;
	if (h->t0 > c0 && (an->tok[h->t0 - 1].tag == PL_T_WDT || an->tok[h->t0 - 1].tag == PL_T_WP))
		return NULL;
	if (subj >= 0 && an->np[subj].t0 < c0)
		subj = h->t0 > c0 ? an->np_of[h->t0 - 1 - an->t0] : -1;
	if (subj < 0 || !judgeable(&an->np[subj]) || own(an, subj) ||
	    (an->np[subj].pronoun && !an->np[subj].code && !an->np[subj].other_code))
		return NULL;
	sc = an->np[subj].code ? an->np[subj].code :
	     an->np[subj].poss_code ? an->np[subj].poss_code : an->np[subj].other_code;
	if (speaker && pl_eq(sc, speaker))
		return NULL;
	for (j = h->t1; j < end && j < h->t1 + 4 && !code; j++) {
		const pl_token *t = &an->tok[j];
		if (t->tag == PL_T_PPL || t->tag == PL_T_PPR || t->tag == PL_T_RB)
			continue;
		code = prefixed(s, "g", lem(t), NULL, NULL);
		if (!code)
			code = prefixed(s, "g", t->low, NULL, NULL);
		if (!code)
			return NULL;
	}
	if (code)
		*target = subj;
	return code;
}

/* "said there was a strong case for a judge-led review": a case said to be
** there for an act only others can do (a noun of dict/objects.tsv's
** "asked") asks for it as "there should be a review" does; "no case for",
** a case doubted or foretold asks nothing. */
static const char *case_for(const pl_store *s, const pl_sentan *an, const pl_vg *h, uint32_t c0)
{
	uint32_t j;
	int q;
	const char *head, *cls;
	if (!h->finite || h->negated || h->passive || modal(an, h) || h->future ||
	    h->t0 <= c0 || !pl_eq(an->tok[h->t0 - 1].low, "there") ||
	    !pl_eq(lem(&an->tok[h->v]), "be") || unasserted(an, h, c0))
		return NULL;
	for (j = h->t1; j < an->t1 && j < h->t1 + 5; j++) {
		const pl_token *t = &an->tok[j];
		if (pl_eq(t->low, "no") || pl_eq(t->low, "little"))
			return NULL;
		if (pl_eq(t->low, "case"))
			break;
		if (t->tag != PL_T_DT && t->tag != PL_T_JJ && t->tag != PL_T_RB && t->tag != PL_T_PPL)
			return NULL;
	}
	if (j + 2 >= an->t1 || !pl_eq(an->tok[j].low, "case") || !pl_eq(an->tok[j + 1].low, "for") ||
	    (q = an->np_of[j + 2 - an->t0]) < 0)
		return NULL;
	head = lem(&an->tok[an->np[q].t1 - 1]);
	cls = pl_hash_get(&s->objclass, head, strlen(head));
	return cls && pl_eq(cls, "asked") ? "100" : NULL;
}

/* Is what the clause of h asks an investigation (CAMEO 101): its verb
** "investigate" or "probe" ("the watchdog should investigate the market",
** "the minister should be investigated"), or an inquiry its subject or
** the first thing named after its verb ("an inquiry is needed", "there
** must be a public inquiry", "a strong case for an inquiry")? */
static int investigation_asked(const pl_sentan *an, const pl_vg *h)
{
	static const char *const nouns[] = {"inquiry", "enquiry", "investigation", "probe",
		"inquest", NULL};
	uint32_t j, end = (uint32_t)h->cl_end < an->t1 ? (uint32_t)h->cl_end : an->t1;
	const char *v = lem(&an->tok[h->v]);
	if (pl_eq(v, "investigate") || pl_eq(v, "probe"))
		return 1;
	if (h->subj >= 0 && pl_in_list(lem(&an->tok[an->np[h->subj].t1 - 1]), nouns))
		return 1;
	for (j = h->t1; j < end && j < h->t1 + 8; j++) {
		/* ("there does need to be another inquiry") */
		if (pl_eq(an->tok[j].low, "to") || pl_eq(an->tok[j].low, "be"))
			continue;
		if (PL_TAG_IS_VERB(an->tok[j].tag) || (an->tok[j].flags & PL_TOK_PUNCT))
			return 0;
		if (PL_TAG_IS_NOUN(an->tok[j].tag) && !pl_eq(an->tok[j].low, "case"))
			return pl_in_list(lem(&an->tok[j]), nouns) &&
			       (j + 1 >= end || !PL_TAG_IS_NOUN(an->tok[j + 1].tag));
	}
	return 0;
}

/* The subject chunk of verb group h in the speech from c0 on (-1: none):
** when the parser's subject lies before the speech, its guess, the chunk
** right before the verb group ("said he could not comment"). */
static int speech_subject(const pl_sentan *an, const pl_vg *h, uint32_t c0)
{
	int q = h->subj;
	if (q >= 0 && an->np[q].t0 >= c0)
		return q;
	q = h->t0 > c0 && h->t0 > an->t0 ? an->np_of[h->t0 - 1 - an->t0] : -1;
	return q >= 0 && an->np[q].t0 >= c0 ? q : -1;
}

/* Is chunk np a name whose code is only a country's business or office
** ("Cannon Group Inc", USABUS), none of whose words the speaker's chunk sp
** writes?  Such a code is shared by every firm of the country: "The New
** York Stock Exchange said Cannon Group Inc declined to comment" tells of
** another's silence, though both are USABUS; "A Resorts spokesman said
** Resorts could not comment" of the speaker's own. */
static int other_named(const pl_sentan *an, const pl_np *np, const pl_np *sp)
{
	uint32_t j, i;
	int named = 0;
	if (!np->code || strlen(np->code) > 6)
		return 0;
	for (j = np->t0; j < np->t1; j++) {
		if (an->tok[j].tag != PL_T_NNP && an->tok[j].tag != PL_T_NNPS)
			continue;
		named = 1;
		for (i = sp->t0; i < sp->t1; i++)
			if (pl_eq(an->tok[i].low, an->tok[j].low))
				return 0;
	}
	return named;
}

/* Is chunk q, in the speech from c0 on, the speaker's own side: a pronoun
** ("he could not comment", "we have no comment"), an actor of the
** speaker's code ("a Dresdner spokesman said Dresdner had no comment"),
** or a body named by its kind alone ("the company", "the bank")?  "The
** exchange said Tenneco had no comment" tells of another's silence. */
static int speaker_side(const pl_sentan *an, int q, uint32_t c0, const char *speaker,
                        const pl_np *sp)
{
	const pl_np *np;
	uint32_t j;
	if (q < 0 || an->np[q].t0 < c0)
		return 0;
	np = &an->np[q];
	if (np->pronoun ||
	    (np->code && speaker && pl_eq(np->code, speaker) && !(sp->t1 && other_named(an, np, sp))))
		return 1;
	if (!pl_eq(an->tok[np->t0].low, "the"))
		return 0;
	for (j = np->t0 + 1; j < np->t1; j++)
		if (an->tok[j].tag == PL_T_NNP || an->tok[j].tag == PL_T_NNPS)
			return 0;
	return 1;
}

/* Verbs of telling what one knows whose refusal withholds comment as "would
** not comment" does ("would not disclose the price", "does not discuss its
** plans", "declined to elaborate"). */
static int telling_verb(const char *lemma)
{
	static const char *const w[] = {"comment", "disclose", "discuss", "elaborate", "reveal",
		"specify", "divulge", NULL};
	return pl_in_list(lemma, w);
}

/* Does verb group h, in the speech [c0, c1), withhold comment: "had no
** comment", "could make no comment", "would have no further comment", "could not comment", "does
** not comment on rumours", "declined to comment", "would not disclose the
** terms"?  Said of the speaker's side, the saying is the refusal (011), not
** a statement.  "did not comment" tells of a past silence, no refusal made
** in these words. */
static int withheld_comment(const pl_sentan *an, const pl_vg *h, uint32_t c0, uint32_t c1,
                            const char *speaker, const pl_np *sp)
{
	static const char *const aux[] = {"would", "will", "wo", "could", "can", "cannot", "ca",
		"do", "does", NULL};
	const char *v = lem(&an->tok[h->v]);
	uint32_t j;
	int ok = 0, q = speech_subject(an, h, c0);
	/* ("spent four years refusing to comment": a habit told, no
	** refusal made) */
	if (!h->finite || h->gerund || !speaker_side(an, q, c0, speaker, sp) || unasserted(an, h, c0))
		return 0;
	if (pl_eq(v, "have") || pl_eq(v, "make")) {
		if (h->negated || h->v + 2 >= c1 || !pl_eq(an->tok[h->v + 1].low, "no"))
			return 0;
		/* ("no comment", "no immediate comment", "no further comment") */
		for (j = h->v + 2; j < c1 && j <= h->v + 3; j++)
			if (pl_eq(lem(&an->tok[j]), "comment"))
				return 1;
		return 0;
	}
	if (pl_eq(v, "decline") || pl_eq(v, "refuse")) {
		/* declining is a reporter's word for what the speaker did: joined
		** to a clause before it by a conjunction ("said the level was
		** right but declined to comment"), it is the speaker's act beside
		** the saying, coded on its own verb, whatever subject the parse
		** lends it; "had no comment" so joined stays in the speech ("said
		** the company had not seen it and had no comment") */
		for (j = q >= 0 ? an->np[q].t1 : h->t0; j < h->t0; j++)
			if (an->tok[j].tag == PL_T_CC)
				return 0;
		return !h->negated && h->v + 2 < c1 && pl_eq(an->tok[h->v + 1].low, "to") &&
		       telling_verb(lem(&an->tok[h->v + 2]));
	}
	if (!telling_verb(v) || !h->negated || h->infinitive)
		return 0;
	/* ("would not reveal a list unless the EC approved": a course held
	** to on a condition, no refusal to speak) */
	if (!pl_eq(v, "comment") && conditioned(an, h->t1, c1))
		return 0;
	for (j = h->t0; j < h->v; j++) {
		if (pl_eq(an->tok[j].low, "never"))
			return 0;
		if (pl_in_list(an->tok[j].low, aux))
			ok = 1;
	}
	return ok;
}

/* Is there a verb of saying other than group k's between c0 and verb group
** h ("said there was nothing unusual, adding that he would not comment":
** the refusal is the adding's, coded on it, and the saying a statement)? */
static int said_between(const pl_sentan *an, int k, uint32_t c0, const pl_vg *h)
{
	int i;
	for (i = 0; i < an->nvg; i++)
		if (i != k && an->vg[i].reporting && an->vg[i].v >= c0 && an->vg[i].v < h->t0)
			return 1;
	return 0;
}

/* Is the whole speech [c0, c1) the words "no comment", punctuation aside
** ("\"No comment,\" he said")? */
static int no_comment_said(const pl_sentan *an, uint32_t c0, uint32_t c1)
{
	uint32_t j, n = 0;
	const char *w[2] = {NULL, NULL};
	for (j = c0; j < c1 && j < an->t1; j++) {
		if (an->tok[j].flags & PL_TOK_PUNCT)
			continue;
		if (n == 2)
			return 0;
		w[n++] = an->tok[j].low;
	}
	return n == 2 && pl_eq(w[0], "no") && pl_eq(w[1], "comment");
}

/* Nouns of what is said or told of someone: a report, a charge, a rumour. */
static int claim_noun(const char *lemma)
{
	static const char *const w[] = {"report", "allegation", "charge", "accusation", "claim",
		"rumour", "rumor", "story", "suggestion", "speculation", "assertion", "insinuation",
		NULL};
	return pl_in_list(lemma, w);
}

/* "said the reports were untrue", "said the charges were baseless",
** "\"That is not true,\" he said": a claim said to be false is denied
** (016), not judged; the one whose claim it is (its owner, "the Iranian
** report") is the target.  The subject must be a claim or a bare "that",
** "this" or "it" ("it is not true that ..."); "the figures were wrong"
** denies nothing. */
static const char *denied_claim(const pl_sentan *an, const pl_vg *h, uint32_t c0, uint32_t c1,
                                const char *speaker, int *target)
{
	static const char *const untrue[] = {"untrue", "false", "baseless", "unfounded", "groundless",
		"incorrect", "inaccurate", NULL};
	static const char *const true_[] = {"true", "correct", "accurate", NULL};
	static const char *const bare[] = {"that", "this", "it", NULL};
	const pl_np *np = NULL;
	uint32_t j, end = (uint32_t)h->cl_end < c1 ? (uint32_t)h->cl_end : c1;
	int q = speech_subject(an, h, c0);
	if (!pl_eq(lem(&an->tok[h->v]), "be") || !h->finite || h->passive || modal(an, h) ||
	    unasserted(an, h, c0) || h->t0 <= c0)
		return NULL;
	/* ("that is not true": a "that" the chunker leaves out of any chunk) */
	if (q < 0) {
		if (!pl_in_list(an->tok[h->t0 - 1].low, bare))
			return NULL;
	} else {
		np = &an->np[q];
		if (!(np->t1 - np->t0 == 1 && pl_in_list(an->tok[np->t0].low, bare)) &&
		    !claim_noun(lem(&an->tok[np->t1 - 1])))
			return NULL;
	}
	/* (past an adverb: "absolutely not true", "completely unfounded") */
	for (j = h->t1; j < end && (an->tok[j].tag == PL_T_RB || pl_eq(an->tok[j].low, "not")); j++)
		;
	if (j >= end)
		return NULL;
	if (h->negated ? !pl_in_list(an->tok[j].low, true_)
	               : !(pl_in_list(an->tok[j].low, untrue) ||
	                   (pl_eq(an->tok[j].low, "without") && j + 1 < end &&
	                    (pl_eq(an->tok[j + 1].low, "foundation") ||
	                     pl_eq(an->tok[j + 1].low, "basis")))))
		return NULL;
	if (np && !np->pronoun) {
		const char *c = np->code ? np->code : np->poss_code;
		if (c && !(speaker && pl_eq(c, speaker)))
			*target = q;
	}
	return "016";
}

/* What the words [c0, c1) of the speech of verb group k say: the code of
** the first judgement, demand or wish found in them (see pl_stance_code). */
static const char *content_code(const pl_store *s, const pl_sentan *an, int k, uint32_t c0,
                                uint32_t c1, int direct, int *target, int *told)
{
	static const char *const verdicts[] = {"rule", "find", "conclude", "decide", "determine",
		"judge", NULL};
	const pl_vg *g = &an->vg[k];
	const char *code0, *speaker = g->subj >= 0 ? an->np[g->subj].code : NULL;
	/* (the speaker's words with their of- and to-phrases, "an aide to
	** Lyng", up to the verb) */
	pl_np sp = {0};
	int j, viewed = 0, cued, of, youed, to = addressee(an, g);
	uint32_t at = 0, lo;
	speech_cues cues, *sc;
	*target = -1;
	*told = 0;
	if (g->subj >= 0) {
		sp = an->np[g->subj];
		if (sp.t0 < g->t0)
			sp.t1 = g->t0;
	}
	if (no_comment_said(an, c0, c1))
		return "011";
	for (j = 0; j < an->nvg; j++) {
		const pl_vg *h = &an->vg[j];
		const char *code;
		int subj, ex;
		if (j == k || h->v < c0 || h->v >= c1)
			continue;
		/* "said the company had no comment", "said he could not
		** comment": the refusal is the saying's (a verb of saying
		** itself, so asked before another's words are); a participle
		** of saying ("..., adding that he would not comment") goes
		** with the saying before it, whose statement stays */
		if (g->finite && withheld_comment(an, h, c0, c1, speaker, &sp) && !said_between(an, k, c0, h))
			return "011";
		/* a finding of another's inside ("said the court ruled that
		** Phillips had infringed its patent"): not the speaker's charge */
		if (!h->reporting && !h->passive && h->t1 < c1 && pl_eq(an->tok[h->t1].low, "that") &&
		    pl_in_list(lem(&an->tok[h->v]), verdicts))
			return NULL;
		/* another speaker's words inside ("said Brown had called it ...") */
		if (h->reporting && !deontic(an, h, c0, direct)) {
			/* ("said he had told Pereira that the moratorium was a
			** mistake": the speaker's own words, told to Pereira) */
			if (own_telling(an, h, c0)) {
				to = told_to(an, h);
				viewed = 1;
				continue;
			}
			/* (but "said he thought the plans were wrong" is the
			** speaker's own view) */
			if (own_view(an, h, c0)) {
				viewed = 1;
				continue;
			}
			/* ("if you think they are racist, I think you are wrong":
			** a view only supposed) */
			if (unasserted(an, h, c0))
				continue;
			return NULL;
		}
		/* "said the reports were untrue": a denial, before the
		** fault "untrue" names */
		if ((code = denied_claim(an, h, c0, c1, speaker, target)) != NULL)
			return code;
		/* ("said GDP should grow by 2.3 pct": a forecast asks nothing) */
		code = pl_should_forecast(s, an, j) ? NULL : asked(an, h, c0, direct, target, speaker);
		if (!code)
			code = case_for(s, an, h, c0);
		/* "suggested ministers should resign" is advice; "believes
		** the law should change" a view */
		if (code) {
			int how = viewed ? 2 : pl_asking_verb(lem(&an->tok[g->v]));
			if (how == 2) {
				*target = -1;
				code = NULL;
				continue;
			}
			if (how == 1)
				code = "020";
			else if (investigation_asked(an, h))
				code = "101";
		}
		if (!code && (linking(lem(&an->tok[h->v])) || h->passive) && !h->negated && h->finite &&
		    !unasserted(an, h, c0) && !modal(an, h))
			code = feeling(s, an, h, c0, c1, speaker, target);
		if (!code)
			code = stands_against(s, an, h, c0, c1, speaker, target);
		/* "I would be critical of the present government": dismay
		** hedged by "would", with no condition in the speech */
		if (!code && linking(lem(&an->tok[h->v])) && !h->negated && h->finite &&
		    !unasserted(an, h, c0) && h->v > c0 && pl_eq(an->tok[h->v - 1].low, "would") &&
		    !conditioned(an, c0, c1)) {
			code = feeling(s, an, h, c0, c1, speaker, target);
			if (code && code[0] != '1') {
				code = NULL;
				*target = -1;
			}
		}
		/* "were doing a very good job", "Labour's record was poor" */
		if (!code) {
			code = performance(s, an, h, c0, c1, speaker, to, target);
			if (code && to >= 0 && *target == to)
				*told = 1;
		}
		if (!code)
			code = performance_participle(s, an, h, c0, speaker, target);
		/* "the principles had not been applied", "the bill does not go
		** far enough" */
		if (!code && h->negated)
			code = unmet(s, an, h, c0, c1, speaker, target);
		if (code)
			return code;
		if (h->passive && h->finite && !h->negated && !modal(an, h) && !unasserted(an, h, c0) &&
		    (code = faulted(s, an, h)) != NULL) {
			/* (the actor, or the owner of the thing: "the Lib Dems'
			** proposals are uncosted") */
			if (h->subj >= 0 && an->np[h->subj].t0 >= c0 &&
			    (actor(&an->np[h->subj]) || (an->np[h->subj].poss_code && !an->np[h->subj].code)))
				*target = h->subj;
			return code;
		}
		if (h->passive && (code = passive_wrong(s, an, h, c0, target)) != NULL)
			return code;
		/* "we have serious concerns about that approach" */
		if ((code = misgiving(an, h, c0, c1, target)) != NULL)
			return code;
		/* "the two men are behaving like squabbling schoolboys": the
		** subject, an actor, is the one compared (not the speaker's own) */
		if (!h->negated && !modal(an, h) && !unasserted(an, h, c0) &&
		    (code = like_villain(s, an, h, c1)) != NULL) {
			int q = h->subj;
			if (q >= 0 && (an->np[q].t0 < c0 || pl_eq(an->tok[an->np[q].t0].low, "we") ||
			               pl_eq(an->tok[an->np[q].t0].low, "i")))
				continue;
			/* ("a claim by Peter Hain that the Tory leader is acting
			** like ...": a noun's that-clause is another's words) */
			if (q >= 0 && an->np[q].t0 >= an->t0 + 2 &&
			    pl_eq(an->tok[an->np[q].t0 - 1].low, "that") &&
			    PL_TAG_IS_NOUN(an->tok[an->np[q].t0 - 2].tag))
				continue;
			if (q >= 0 && actor(&an->np[q]))
				*target = q;
			return code;
		}
		/* "said the administration had done nothing", "the plan would do
		** nothing to cut surpluses" */
		if (!unasserted(an, h, c0) && h->subj >= 0 && an->np[h->subj].t0 >= c0 &&
		    (code = did_little(s, an, h, c1, speaker, target)) != NULL)
			return code;
		/* ("the agents had acted as provocateurs": a role said of the
		** subject is judged as a complement is) */
		if (!judged_by(lem(&an->tok[h->v])) &&
		    !(pl_eq(lem(&an->tok[h->v]), "act") && h->t1 < c1 && pl_eq(an->tok[h->t1].low, "as"))) {
			code = own_want(s, an, h, c0);
			if (!code)
				code = other_act(s, an, h, c0, c1, speaker, target);
			if (code)
				return code;
			continue;
		}
		/* "said Mr Kilroy-Silk had not been straightforward" */
		if (h->negated && (code = virtue_denied(s, an, h, c0, c1, speaker, target)) != NULL)
			return code;
		if (h->negated || !h->finite || h->passive)
			continue;
		subj = h->subj;
		/* (a subject outside the content is the parser's guess: the chunk
		** right before the verb is the one judged, "said they were wrong") */
		if (subj >= 0 && an->np[subj].t0 < c0) {
			subj = h->t0 > c0 ? an->np_of[h->t0 - 1 - an->t0] : -1;
			if (subj < 0 || an->np[subj].t0 < c0)
				continue;
		}
		if (subj >= 0)
			subj = course_of(an, subj, c0);
		/* ("\"You are a courageous man,\" he said in a letter to the
		** minister": the one addressed is judged) */
		youed = subj >= 0 && you_are(an, subj, to) != subj;
		if (youed)
			subj = to;
		if (unasserted(an, h, c0))
			continue;
		/* "it sounds like the US trying to run its own operation" */
		if (!modal(an, h) && (code = like_trying(an, h, c1, target)) != NULL)
			return code;
		code = predicate_cue(s, an, h, (uint32_t)h->cl_end < c1 ? (uint32_t)h->cl_end : c1, &at);
		/* "claimed the auction was illegal", "this is unlawful": said of
		** a thing or an actor; not "it is illegal to ...", not "they were
		** illegal" (people without papers) */
		if (!code && subj >= 0 && said_of_thing(an, subj))
			code = unlawful(s, an, h, (uint32_t)h->cl_end < c1 ? (uint32_t)h->cl_end : c1, &at);
		/* "was too bullish", "is one that we would commend" */
		cued = code != NULL;
		/* ("there are abuses of the system": a noun that names as often
		** as it judges, said to exist) */
		if (cued && h->t0 > c0 && pl_eq(an->tok[h->t0 - 1].low, "there") &&
		    (loose_ambiguous(lem(&an->tok[at])) || loose_ambiguous(an->tok[at].low)))
			continue;
		if (!code && !modal(an, h))
			code = too_much(an, h, (uint32_t)h->cl_end < c1 ? (uint32_t)h->cl_end : c1, subj);
		if (!code && !modal(an, h))
			code = own_verdict(an, h, c1);
		/* ("Labour was right to reject quotas": not the speaker's own
		** side praising itself) */
		if (!code && !modal(an, h) && subj >= 0 && (code = right_to(an, h, c1)) != NULL &&
		    speaker && an->np[subj].code && pl_eq(an->np[subj].code, speaker))
			continue;
		if (!code || (modal(an, h) && !(code[0] == '1' && subj >= 0 && named_thing(an, subj) &&
		                                 would_be(an, h))))
			continue;
		if (subj >= 0) {
			const pl_np *np = &an->np[subj];
			const char *w = an->tok[np->t0].low;
			/* "we were wrong", "I was wrong": the speaker's own;
			** "something is wrong": no one's */
			if (own(an, subj))
				return NULL;
			if (pl_eq(w, "something") || pl_eq(w, "nothing") || pl_eq(w, "anything") ||
			    pl_eq(w, "everything"))
				continue;

			/* (who has "a lack of trust in" someone finds fault with
			** that one, not with itself) */
			if (judgeable(np) && !own(an, subj) && !lacking(an, at))
				*target = subj;
		}
		/* "\"It is a mistake,\" he said of the government's decision":
		** a bare "it", "this" or "that" (or "he", "she", "they") is the
		** one the speech is said of */
		if (*target < 0 && subj >= 0 && bare_it(an, subj) && (of = said_of(an, g, c0, c1)) >= 0) {
			if (judgeable(&an->np[of]) && !own_thing(an, of, speaker))
				*target = of;
			subj = of;
		}
		/* praise is of someone, or of what someone decided or made ("said
		** the decision was welcome", "the deal a great achievement": an
		** endorsement); "said they were excellent figures" praises no one;
		** fault may be found with any thing; the speaker's own thing
		** ("our responses were proportionate") is defended, not praised */
		if (code[0] == '0' && code[1] == '5' && *target < 0 &&
		    !(subj >= 0 && endorsed(s, an, subj) && !own_thing(an, subj, speaker) &&
		      !told_own_thing(an, subj, c0)))
			continue;
		/* "this was a scurrilous attempt by the Tories", "a gaffe by the
		** first minister": the doer of the thing judged */
		if (*target < 0 && cued)
			*target = doer_after(an, at, c1);
		/* "it was outrageous that the government had raised it": the
		** doer of the act judged */
		if (*target < 0 && cued && (ex = extraposed_doer(an, c0, at, c1)) >= 0 &&
		    !(speaker && pl_eq(an->np[ex].code, speaker)))
			*target = ex;
		/* ("the role the security services took was ...") */
		if (*target < 0 && subj >= 0)
			*target = relative_doer(an, subj, h);
		else if (*target < 0 && h->t0 > c0 + 2)
			*target = clause_doer(an, h, c0);
		/* "told Pereira that the moratorium was a mistake", "\"Your
		** decision was wrong,\" he told the minister": a course judged
		** whose owner is not named, in words told to an actor other than
		** the speaker, is the hearer's; not a judgement on a condition
		** ("would be a mistake if it raised prices") */
		if (*target < 0 && subj >= 0 && to >= 0 &&
		    (code[0] == '1' || (code[0] == '0' && code[1] == '5')) &&
		    !modal(an, h) && !conditioned(an, c0, c1) &&
		    course_noun(lem(&an->tok[an->np[subj].t1 - 1])) && !own_thing(an, subj, speaker) &&
		    !told_own_thing(an, subj, c0) && an->np[to].code && !an->np[to].agent_only &&
		    hearer_owns(an->np[to].code, speaker)) {
			*target = to;
			*told = 1;
		}
		if (youed && to >= 0 && *target == to)
			*told = 1;
		return cued ? charged(code, &an->tok[at], *target) : code;
	}
	/* (the loose readings read from the word after the verb of saying
	** when the speech follows it: "said far too little") */
	lo = c0 >= g->t1 && g->v >= an->t0 ? g->v + 1 : c0;
	/* (their cue words found in one walk of the speech clamped, from lo
	** when that comes first; sc NULL when it cannot be kept) */
	{
		uint32_t s0 = c0 < an->t0 ? an->t0 : c0, s1 = c1 > an->t1 ? an->t1 : c1;
		sc = speech_cues_find(s, an, lo < s0 ? lo : s0, s1, &cues) ? &cues : NULL;
	}
	code0 = !sc || cue_any(sc, CUE_WISH) ? wish(s, an, c0, c1, sc, target) : NULL;
	if (!code0)
		code0 = owned_fault(s, an, c0, c1, speaker, target);
	/* the loose readings below are given the speech clamped to the
	** sentence, and none when the sentence asks: told once for them all */
	if (code0 || !speech_span(an, &c0, &c1))
		return code0;
	if (!sc || cue_any(sc, CUE_PHRASE))
		code0 = loose_phrase(s, an, c0, c1, lo, sc, speaker, target);
	if (!code0 && (!sc || cue_any(sc, CUE_FAULT)))
		code0 = loose_fault(s, an, c0, c1, lo, sc, speaker, target);
	if (!code0 && (!sc || cue_any(sc, CUE_ACCUSE)))
		code0 = loose_accuse(an, c0, c1, lo, sc, speaker, target);
	if (!code0 && (!sc || cue_any(sc, CUE_PART)))
		code0 = alleged_part(s, an, g, c0, c1, lo, speaker, target);
	if (!code0 && (!sc || sc->has_mean || cue_any(sc, CUE_RULE)))
		code0 = worse_under(an, c0, c1, lo, sc && !sc->has_mean ? sc : NULL, speaker, target);
	return code0;
}

/* Does the complement of linking verb group h (up to end) name a feeling of
** its subject ("was afraid of", "is not worried", "was angry")? */
static int felt(const pl_sentan *an, const pl_vg *h, uint32_t end)
{
	static const char *const w[] = {"afraid", "scared", "frightened", "worried", "concerned",
		"nervous", "anxious", "angry", "upset", "unhappy", "happy", "bitter", "jealous",
		"disappointed", "surprised", "tired", "keen", "eager", "desperate", "interested",
		"frustrated", "annoyed", "embarrassed", "depressed", "hurt", "fed", "bored", "panicking",
		NULL};
	uint32_t j;
	for (j = h->t1; j < end && j < h->t1 + 3; j++) {
		if (pl_in_list(an->tok[j].low, w))
			return 1;
		if (an->tok[j].tag != PL_T_RB)
			return 0;
	}
	return 0;
}

int pl_stance_mere_state(const pl_store *s, const pl_sentan *an, int k)
{
	/* words that make a state a wrong or a part in one ("denied he was
	** involved", "admitted he had been wrong", "was aware of the plot") */
	static const char *const part[] = {"involved", "responsible", "guilty", "implicated", "liable",
		"complicit", "aware", "party", "blame", "fault", "error", "mistake", "behind", "part",
		"there", "illegal", "unlawful", "wrong", "mistaken", "to", "too", NULL};
	const pl_vg *g = &an->vg[k];
	uint32_t j = g->t1, end;
	int i, q;
	if (g->negated || j >= an->t1)
		return 0;
	if (pl_eq(an->tok[j].low, "that"))
		j++;
	for (i = 0; i < an->nvg; i++) {
		const pl_vg *h = &an->vg[i];
		if (i == k || h->v < j)
			continue;
		/* the clause right after the verb: its subject (a pronoun or a
		** chunk) then a linking verb of the subject's state */
		q = h->t0 > j ? an->np_of[h->t0 - 1 - an->t0] : -1;
		if (q < 0 || an->np[q].t0 != j || !h->finite || h->passive ||
		    !linking(lem(&an->tok[h->v])) || pl_eq(an->tok[j].low, "there"))
			return 0;
		end = (uint32_t)h->cl_end < an->t1 ? (uint32_t)h->cl_end : an->t1;
		/* a state denied is mostly a charge denied ("denied the campaign
		** was anti-Semitic"); only one's feeling is not ("denied he was
		** afraid of looking soft") */
		if (!pl_eq(lem(&an->tok[g->v]), "admit") && !felt(an, h, end))
			return 0;
		for (j = h->t1; j < end && j < h->t1 + 6; j++) {
			const pl_token *t = &an->tok[j];
			const char *code;
			if (j == h->t1 && t->tag == PL_T_IN)
				return 0;   /* "denied he was in Iraq": where one was */
			if (pl_in_list(t->low, part) || pl_in_list(lem(t), part))
				return 0;
			code = pl_tok_get_lem(&s->stance, t);
			if (!code)
				code = pl_tok_get_low(&s->stance, t);
			if (code && code[0] == '1')
				return 0;
		}
		return 1;
	}
	return 0;
}

int pl_stance_accused(const pl_sentan *an, int k, const char *speaker)
{
	const pl_vg *g = &an->vg[k];
	uint32_t c0 = g->t1;
	int i, q;
	if (g->negated || c0 >= an->t1)
		return -1;
	if (pl_eq(an->tok[c0].low, "that"))
		c0++;
	for (i = 0; i < an->nvg; i++) {
		const pl_vg *h = &an->vg[i];
		const pl_np *np;
		if (i == k || h->v < c0)
			continue;
		/* the first clause after the verb, its subject at its start */
		q = h->subj;
		if (q < 0 || an->np[q].t0 != c0 || !h->finite || h->negated || h->gerund ||
		    unasserted(an, h, c0))
			return -1;
		if (h->passive) {
			q = h->by;
			if (q < 0)
				return -1;
		}
		np = &an->np[q];
		if (!actor(np) || own(an, q) || (np->pronoun && !np->code && !np->poss_code))
			return -1;
		if (speaker && (pl_eq(np->code ? np->code : np->poss_code, speaker)))
			return -1;
		return q;
	}
	return -1;
}

int pl_asking_verb(const char *lemma)
{
	static const char *const advice[] = {"recommend", "suggest", "advise", "propose", "advocate",
		"counsel", NULL};
	static const char *const view[] = {"think", "believe", "feel", "reckon", "consider", "suspect",
		"fear", "expect", "assume", "guess", "doubt", "imagine", NULL};
	if (pl_in_list(lemma, advice))
		return 1;
	return pl_in_list(lemma, view) ? 2 : 0;
}

/* The piece [*q0, *q1) of quotation q inside the sentence of an, clipped to
** it; 0 when the piece lies wholly in another sentence.  (A quotation that
** goes on for paragraphs repeats its cue in every piece, so most pieces of a
** long speech lie in sentences after the cue's; their words are analysed
** with their own sentence, not this one.) */
static int piece_here(const pl_sentan *an, const pl_quote *q, uint32_t *q0, uint32_t *q1)
{
	*q0 = q->q0 > an->t0 ? q->q0 : an->t0;
	*q1 = q->q1 < an->t1 ? q->q1 : an->t1;
	return *q1 > *q0;
}

const char *pl_stance_code(const pl_store *s, const pl_sentan *an, int k, const pl_quote *quotes,
                           const uint32_t *bycue, size_t n, int *target, int *told)
{
	const pl_vg *g = &an->vg[k];
	uint32_t c0 = g->t1, c1 = an->t1, q0, q1;
	const char *code;
	size_t i;
	int direct = 0, found = 0;
	*target = -1;
	*told = 0;
	if (!s->stance.n)
		return NULL;
	/* the content of the speech: the widest piece of its quotation in this
	** sentence (not a quoted fragment of it), else what follows the verb */
	for (i = 0; i < n; i++)
		if (quotes[bycue[i]].cue == g->v && piece_here(an, &quotes[bycue[i]], &q0, &q1) &&
		    (!found || q1 - q0 > c1 - c0)) {
			c0 = q0;
			c1 = q1;
			direct = quotes[bycue[i]].direct;
			found = 1;
		}
	code = content_code(s, an, k, c0, c1, direct, target, told);
	/* a quotation split around its cue ("A," he said, "B."): the other
	** piece, outside the first, is the same speaker's words */
	for (i = 0; !code && found && i < n; i++)
		if (quotes[bycue[i]].cue == g->v && piece_here(an, &quotes[bycue[i]], &q0, &q1) &&
		    (q1 <= c0 || q0 >= c1))
			code = content_code(s, an, k, q0, q1, quotes[bycue[i]].direct, target, told);
	return code;
}
