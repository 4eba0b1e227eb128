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

/* verbs of showing a stance, which the announcement of a plan itself does
** ("will build a plant, reaffirming its commitment") */
static const char *const showing_verbs[] = {"reaffirm", "underline", "underscore", "signal",
	"show", "demonstrate", "confirm", "highlight", "stress", "emphasise", "emphasize",
	"reflect", "reiterate", "mark", NULL};

/* Is verb group k a participle clause set off by a comma after a clause
** of a time to come or a modal ("will extend his tour, flying to Japan
** for talks", "would buy the stake, ending months of talks")?  What it
** tells is done, if at all, with that clause's act.  Not a verb of
** saying ("will boycott the talks, saying they are useless": the saying
** is done now) or of showing a stance (showing_verbs), and not after a
** negated clause.  When a verb of saying comes before that clause, the
** participle may be the speaker's ("said the scheme would cost jobs,
** criticising the council"): then the act of event e must be done by the
** clause's own subject. */
static int participle_of_future(const pl_sentan *an, int k, const pl_event *e)
{
	const pl_vg *g = &an->vg[k];
	const pl_vg *h = NULL;
	uint32_t j;
	int q;
	if (g->finite || g->reporting || an->tok[g->t0].tag != PL_T_VBG ||
	    pl_in_list(lemma_of(&an->tok[g->v]), showing_verbs) || g->t0 <= an->t0 + 1 ||
	    !pl_eq(an->tok[g->t0 - 1].s, ","))
		return 0;
	/* the nearest finite group before it */
	for (q = 0; q < an->nvg; q++)
		if (an->vg[q].finite && an->vg[q].t1 <= g->t0 && (!h || an->vg[q].t0 > h->t0))
			h = &an->vg[q];
	if (!h || h->negated || h->reporting)
		return 0;
	for (q = 0; q < an->nvg; q++)
		if (an->vg[q].finite && an->vg[q].reporting && an->vg[q].t0 < h->t0)
			break;
	if (q < an->nvg) {
		uint32_t s;
		if (h->subj < 0 || !e->src.code)
			return 0;
		s = h->subj_t0 < an->np[h->subj].t0 ? h->subj_t0 : an->np[h->subj].t0;
		if (e->src.t0 < s || e->src.t0 >= h->t0)
			return 0;
	}
	if (h->future)
		return 1;
	for (j = h->t0; j < h->t1; j++)
		if (an->tok[j].tag == PL_T_MD)
			return 1;
	return 0;
}

/* verbs of trying: the act of the infinitive after them is attempted, and
** whether it came about the clause does not say ("were trying to reach
** agreement", "tried to expel two diplomats"); "seek" is read with the
** verbs of plan (assess.c) */
static const char *const trying_verbs[] = {"try", "attempt", "endeavour", "endeavor", "strive",
	NULL};

/* verbs of weighing or putting forward a course: the act of the gerund
** right after them is weighed or proposed, not done ("is considering
** providing loans", "proposed lifting restrictions", "discussed cutting
** output", "favours banning imports") */
static const char *const weighing_verbs[] = {"consider", "contemplate", "propose", "suggest",
	"recommend", "weigh", "discuss", "explore", "study", "debate", "mull", "envisage",
	"advocate", "favor", "favour", NULL};

/* verbs of putting off: the act of the gerund right after them is not
** done yet ("agreed to delay imposing duties", "postponed signing the
** accord", "held off raising rates", "will put off selling") */
static const char *const deferring_verbs[] = {"delay", "postpone", "defer", NULL};

/* Is verb group h, before a gerund, one of putting off (deferring_verbs,
** or "hold off", "hold up", "put off")? */
static int deferring(const pl_vg *h, const char *l)
{
	if (pl_in_list(l, deferring_verbs))
		return 1;
	return h->particle && ((pl_eq(l, "hold") && (pl_eq(h->particle, "off") ||
	                                             pl_eq(h->particle, "up"))) ||
	                       (pl_eq(l, "put") && pl_eq(h->particle, "off")));
}

/* Is the act coded c one a try already does: a statement or an appeal,
** demands, disapproval, rejection, threats and protest (roots 01, 02,
** 10-14: "tried to portray him as a liar", "was trying to block the
** reform", "tried to blackmail him"), and coercion, assaults and fighting
** (roots 17-20: "has tried to hack into the computers", "troops tried to
** storm the camp")?  Cooperation, aid, yielding, cutting ties and shows of
** force (03-09, 15, 16) are done only if the try comes off ("trying to
** reach agreement", "tried to expel two diplomats"). */
static int done_by_trying(const char *c)
{
	int root;
	if (!c || !c[0] || !c[1])
		return 0;
	root = (c[0] - '0') * 10 + (c[1] - '0');
	return root <= 2 || (root >= 10 && root <= 14) || root >= 17;
}

/* Is event e, of the non-finite verb group k, only tried, weighed or
** proposed: an infinitive whose "to" comes right after a verb of trying
** ("are trying to build up"; not an act done by trying, done_by_trying,
** nor a saying: "has tried to stress in his speeches"), or a bare gerund
** right after a verb of weighing ("considering acquiring")?  Up a chain
** of such links ("tried to consider selling"), or of infinitives right
** after each other, the first verb of trying or weighing decides.  An act
** the coder took as an intent ("would try to help Indonesia": 033) is
** what was said, and stays. */
static int tried_or_weighed(const pl_sentan *an, int k, const pl_event *e)
{
	const pl_token *tok = an->tok;
	int tried = !an->vg[k].reporting && !done_by_trying(e->cameo ? e->cameo->code : NULL);
	if (e->future)
		return 0;
	for (; k > 0; k--) {
		const pl_vg *g = &an->vg[k], *h = &an->vg[k - 1];
		const char *l = lemma_of(&tok[h->v]);
		uint32_t to = g->t0;
		if (g->finite)
			return 0;
		if (g->infinitive) {
			if (h->negated)
				return 0;
			if (tok[to].tag != PL_T_TO && to > an->t0)
				to--;
			if (tok[to].tag != PL_T_TO || h->t1 != to)
				return 0;
			if (pl_in_list(l, trying_verbs))
				return tried;
		} else if (tok[g->t0].tag == PL_T_VBG && g->t0 == g->v && h->t1 == g->t0 &&
		           !g->nominal) {
			/* (weighed or not: "is not considering offering wheat";
			** "has not ruled out offering aid" leaves it open) */
			if (pl_in_list(l, weighing_verbs) || (!h->passive && deferring(h, l)) ||
			    (pl_eq(l, "rule") && h->particle && pl_eq(h->particle, "out")))
				return 1;
		} else {
			return 0;
		}
		if (h->finite)
			return 0;
	}
	return 0;
}

/* Verbs whose present passive tells a standing backing, not an act:
** "savings are backed by the government", "the notes are guaranteed by
** the parent company", "the airline is subsidised by the state". */
static const char *const standing_verbs[] = {"guarantee", "back", "insure", "underwrite",
	"support", "subsidize", "subsidise", "secure", NULL};

/* Money and paper whose backing is a standing state. */
static const char *const backed_money[] = {"saving", "savings", "deposit", "loan", "note", "bond",
	"currency", "security", "debt", "paper", "issue", "share", "dollar", "fund", "account",
	"it", NULL};

/* Is event e, of the finite verb group k, a standing state told in the
** simple present passive ("are backed by", "is guaranteed by"; not "is
** being funded", "was guaranteed", "has been backed"), of a verb of
** backing (standing_verbs), coded cooperation, support of money
** (backed_money) or aid (roots 03, 05, 07), whose subject is a thing no actor code names ("deposits",
** "it")?  Such a sentence describes how things stand; no one did anything
** that day.  Backing a named actor gets ("France is backed by Germany")
** stays. */
static int standing_backing(const pl_sentan *an, int k, const pl_event *e)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	const char *c = e->cameo ? e->cameo->code : NULL;
	const pl_np *subj;
	uint32_t j;
	int present = 0;
	if (!g->passive || !g->finite || g->negated || !c || c[0] != '0' ||
	    !(c[1] == '3' || c[1] == '5' || c[1] == '7'))
		return 0;
	if (!pl_in_list(lemma_of(&tok[g->v]), standing_verbs) || tok[g->v].tag != PL_T_VBN)
		return 0;
	for (j = g->t0; j < g->v; j++) {
		const char *w = tok[j].low;
		if (pl_eq(w, "is") || pl_eq(w, "are"))
			present = 1;
		else if (tok[j].tag != PL_T_RB)
			return 0;   /* "is being", "has been", "will be", modals */
	}
	if (!present || g->subj < 0)
		return 0;
	subj = &an->np[g->subj];
	if (subj->code && !(subj->pronoun && pl_eq(tok[subj->t0].low, "it")))
		return 0;
	/* (support, 05, of a plan or a bill is a stance others hold and
	** tell: "the plan is backed by France" stays; of money it is how the
	** money stands) */
	return c[1] != '5' || pl_in_list(lemma_of(&tok[subj->t1 - 1]), backed_money);
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
			/* "was trying to start negotiations with management" */
			else if ((k = pl_noun_governor(an, e->v, 1, 0)) >= 0 && !an->vg[k].finite &&
			         tried_or_weighed(an, k, e))
				e->mood = PL_MOOD_HYPOTHETICAL;
			continue;
		}
		if ((k = pl_vg_of(an, e->v)) < 0)
			continue;
		if (an->vg[k].finite) {
			if (standing_backing(an, k, e))
				e->mood = PL_MOOD_HYPOTHETICAL;
			continue;
		}
		if (charged_content(an, an->vg[k].t0) || participle_of_future(an, k, e) ||
		    tried_or_weighed(an, k, e))
			e->mood = PL_MOOD_HYPOTHETICAL;
	}
}
