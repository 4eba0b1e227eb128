/*
** notnow.c: events that are not acts of the story's present; see notnow.h.
*/
#include "notnow.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "../base/words.h"
#include "../extract/date.h"
#include "../lex/tagger.h"
#include "assess.h"

/* days after which a dated act is no longer the news (as the coder's) */
#define OLD_DAYS 30

static const char *const habit_words[] = {
	"often", "usually", "always", "regularly", "routinely", "frequently", "normally",
	"generally", "typically", "habitually", "traditionally", "invariably", "customarily",
	NULL
};

/* words of time after "every" or "each" that make an act a habit */
static const char *const time_words[] = {
	"day", "week", "month", "year", "time", "election", "campaign", "session",
	"morning", "evening", "night", "weekend", "summer", "winter", "spring", "autumn",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL
};

/* nouns of a plan or a power: an act named after them ("plans to allow the
** house arrest of suspects", "proposals for the detention of suspects", "a
** bill allowing the detention") is only planned or allowed */
static const char *const plan_nouns[] = {
	"plan", "proposal", "scheme", "bill", "legislation", "power", "measure", "idea",
	"bid", "option", "blueprint", NULL
};

/* verbs after "would" that are politeness, not a wish still open ("would
** like to thank") */
static const char *const polite[] = {"like", "love", NULL};

/* subordinators whose clause is timed by the clause it hangs on */
static const char *const timed_by[] = {"after", "before", "when", "until", "following", NULL};

/* words that open another clause: an infinitive after them is not the
** modal's */
static const char *const clause_openers[] = {
	"because", "if", "unless", "while", "whilst", "although", "though", "after",
	"before", "when", "since", "until", "whether", "so", "but", "and", "or", NULL
};

/* A modal, under which an infinitive's act is not done: only wished,
** weighed or still to come. */
static int is_modal_tok(const pl_token *t)
{
	return pl_tok_modal(t) != 0;
}

/* a token's lemma, or its lower-case form when it has none */
static const char *lemma_of(const pl_token *t)
{
	return t->lemma ? t->lemma : t->low;
}

/* Does verb group g hold a modal ("will", "would", "can")? */
static int has_modal(const pl_sentan *an, const pl_vg *g)
{
	return pl_vg_modals(an->tok, g) != 0;
}

/* Does the sentence open, before group g, with a frame of habit that rules
** all its clauses: "Whenever Labour raises taxes, the Tories criticise
** it", "Every time the minister speaks, Labour attacks him", "Each year
** the union threatens a strike" (after "But", "And" or a quotation mark)?
** Not for a verb of saying, which tells it now. */
static int habit_opening(const pl_sentan *an, const pl_vg *g)
{
	const pl_token *tok = an->tok;
	uint32_t j = an->t0;
	/* "'Every week I read ...,' he told": the telling is the news */
	if (g->reporting)
		return 0;
	while (j < g->t0 && (tok[j].tag == PL_T_CC || (tok[j].flags & PL_TOK_QOPEN) ||
	                     (!PL_TAG_IS_NOUN(tok[j].tag) && !isalnum((unsigned char)tok[j].s[0]))))
		j++;
	if (j >= g->t0)
		return 0;
	if (pl_eq(tok[j].low, "whenever"))
		return 1;
	if (!(pl_eq(tok[j].low, "every") || pl_eq(tok[j].low, "each")) || j + 1 >= g->t0)
		return 0;
	/* "every time", "each year", "every single week" */
	return pl_in_list(tok[j + 1].low, time_words) ||
	       (j + 2 < g->t0 && PL_TAG_IS_ADJ(tok[j + 1].tag) &&
	        pl_in_list(tok[j + 2].low, time_words));
}

/* Is the act of verb group k told as a habit: a frequency adverb inside the
** group or between its subject and it ("she often criticised her husband",
** "as the government so often claims", "have always considered"), or its
** clause opened by "whenever", or timed by "every" or "each" and a word of
** time ("every election campaign")?  Not with a modal ("would always
** defend" is a promise). */
/* adverbs of a state that holds now, which a simple present tells as a
** standing practice ("currently buys engines from Japan") */
static const char *const now_state_words[] = {"currently", "presently", "automatically", NULL};

/* Is verb group k a simple present (no "be" or "have" helper) with an adverb
** of now_state_words just before it or inside it: "Chrysler Canada currently
** buys engines from Japan"?  "is currently negotiating" is the news. */
static int standing_present(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	uint32_t j;
	int tag = tok[g->v].tag;
	if (tag != PL_T_VBZ && tag != PL_T_VBP)
		return 0;
	for (j = g->t0; j < g->v; j++)
		if (PL_TAG_IS_VERB(tok[j].tag) || tok[j].tag == PL_T_MD)
			return 0;
	for (j = g->t0; j < g->v; j++)
		if (pl_in_list(tok[j].low, now_state_words))
			return 1;
	return g->t0 > an->t0 && tok[g->t0 - 1].tag == PL_T_RB &&
	       pl_in_list(tok[g->t0 - 1].low, now_state_words);
}

static int habit(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	uint32_t j, from;
	if (has_modal(an, g))
		return 0;
	if (standing_present(an, k))
		return 1;
	for (j = g->t0; j < g->v; j++)
		if (pl_in_list(tok[j].low, habit_words))
			return 1;
	for (j = g->t0; j > an->t0 && j + 2 > g->t0; j--) {
		if (tok[j - 1].tag != PL_T_RB && tok[j - 1].tag != PL_T_RBR)
			break;
		if (pl_in_list(tok[j - 1].low, habit_words))
			return 1;
	}
	/* "we answer this every election campaign": "every" or "each" and a
	** word of time within the clause after the verb */
	for (j = g->t1; j + 1 < an->t1 && j < g->t1 + 6; j++) {
		int tag = tok[j].tag;
		if (tag == PL_T_PPC || tag == PL_T_PPS || tag == PL_T_PP || tag == PL_T_PPL ||
		    tag == PL_T_PPR || tag == PL_T_VBD || tag == PL_T_VBZ || tag == PL_T_VBP ||
		    tag == PL_T_MD || pl_eq(tok[j].low, "that"))
			break;
		if ((pl_eq(tok[j].low, "every") || pl_eq(tok[j].low, "each")) &&
		    (pl_in_list(tok[j + 1].low, time_words) ||
		     (j + 2 < an->t1 && PL_TAG_IS_NOUN(tok[j + 1].tag) &&
		      pl_in_list(tok[j + 2].low, time_words))))
			return 1;
	}
	from = g->t0;
	if (g->subj >= 0 && an->np[g->subj].t1 <= g->t0 && an->np[g->subj].t1 + 2 >= g->t0)
		from = an->np[g->subj].t0;
	return (from > an->t0 && pl_eq(tok[from - 1].low, "whenever")) || habit_opening(an, g);
}

/* Is verb group g a simple present with no auxiliary ("attacks", "look")? */
static int simple_present(const pl_sentan *an, const pl_vg *g)
{
	int tag = an->tok[g->v].tag;
	return g->finite && g->t0 == g->v && (tag == PL_T_VBZ || tag == PL_T_VBP);
}

/* Does token c open a clause of condition or time ("if", "when",
** "whenever") whose first finite verb, within six tokens, is a simple
** present ("when it gets things wrong", "if you look")? */
static int present_condition_at(const pl_sentan *an, uint32_t c)
{
	int q;
	if (!(pl_eq(an->tok[c].low, "if") || pl_eq(an->tok[c].low, "when") ||
	      pl_eq(an->tok[c].low, "whenever")))
		return 0;
	for (q = 0; q < an->nvg; q++)
		if (an->vg[q].t0 > c && an->vg[q].finite)
			return an->vg[q].t0 <= c + 6 && simple_present(an, &an->vg[q]);
	return 0;
}

/* Is the act of verb group k, a simple present of no saying, set by a
** clause of "if" or "when" in the simple present as well: what someone does
** whenever the case arises, a rule of conduct and no act of the story ("If
** you look at what I do, I attack the Tories on their record", "We criticise
** the government when it gets things wrong")?  The clause either opens the
** sentence, with k the first finite verb after its comma, or follows k's
** clause with no finite verb between. */
static int conditional_habit(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	uint32_t j = an->t0, comma = PL_NONE;
	int q;
	if (!simple_present(an, g) || g->reporting || g->negated)
		return 0;
	while (j < g->t0 && (tok[j].tag == PL_T_CC || (tok[j].flags & PL_TOK_QOPEN)))
		j++;
	if (j < g->t0 && present_condition_at(an, j)) {
		for (; j < g->t0; j++)
			if (pl_eq(tok[j].s, ","))
				comma = j;
		if (comma != PL_NONE) {
			for (q = 0; q < k; q++)
				if (an->vg[q].finite && an->vg[q].t0 > comma)
					return 0;
			return 1;
		}
	}
	for (j = g->t1; j < an->t1 && j < g->t1 + 10; j++) {
		/* "agree that if ...": the condition is the content's; ", and
		** when ...": it opens the clause after it */
		if (PL_TAG_IS_VERB(tok[j].tag) || tok[j].tag == PL_T_MD || tok[j].tag == PL_T_CC ||
		    tok[j].tag == PL_T_WDT || tok[j].tag == PL_T_WP || pl_eq(tok[j].low, "that") ||
		    pl_eq(tok[j].s, ";") || pl_eq(tok[j].s, ",") ||
		    (tok[j].flags & (PL_TOK_QOPEN | PL_TOK_QCLOSE)))
			return 0;
		if (present_condition_at(an, j))
			return 1;
	}
	return 0;
}

/* adverbs of a guess: the act they hang on is only thought likely */
static const char *const guess_words[] = {
	"probably", "presumably", "perhaps", "possibly", "maybe", NULL
};

/* Is "will" or "would" (or "'ll", "shall") the modal of group g?  Under
** them an act is told as to come, so a guess word makes it a forecast. */
static int future_modal(const pl_sentan *an, const pl_vg *g)
{
	static const char *const fut[] = {"will", "would", "'ll", "shall", NULL};
	uint32_t j;
	for (j = g->t0; j < g->v; j++)
		if (an->tok[j].tag == PL_T_MD && pl_in_list(an->tok[j].low, fut))
			return 1;
	return 0;
}

/* Is the act of verb group k only guessed: an adverb of guess_words
** inside the group or right before it ("the prime minister probably
** hopes", "the rebels presumably attacked the convoy", "the airline will
** probably reject it"), or right before its "to" ("bought dollars,
** possibly to pre-empt selling")?  Other modals rule by themselves
** ("may attack" is hypothetical already). */
static int guessed(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	uint32_t j;
	if (g->infinitive)
		return g->t0 > an->t0 && pl_eq(tok[g->t0].low, "to") &&
		       pl_in_list(tok[g->t0 - 1].low, guess_words);
	if (!g->finite || (has_modal(an, g) && !future_modal(an, g)))
		return 0;
	for (j = g->t0; j < g->v; j++)
		if (pl_in_list(tok[j].low, guess_words))
			return 1;
	return g->t0 > an->t0 && pl_in_list(tok[g->t0 - 1].low, guess_words);
}

/* verbs whose object is followed by a bare infinitive ("help them engage") */
static const char *const causers[] = {"help", "let", "make", NULL};

/* Is verb group k, a single verb, the bare infinitive after the object of
** the group before it ("help politicians engage", "let them decide"), which
** the tagger may have read as a present tense? */
static int bare_after_causer(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k], *h;
	const char *lem;
	if (k == 0 || g->t0 != g->v || g->subj < 0)
		return 0;
	h = &an->vg[k - 1];
	lem = an->tok[h->v].lemma ? an->tok[h->v].lemma : an->tok[h->v].low;
	return pl_in_list(lem, causers) && an->np[g->subj].t0 == h->t1 &&
	       an->np[g->subj].t1 == g->t0;
}

/* Is verb group k a bare "-ing" participle that names what the noun before
** it holds ("a statement promising to sign", "an accord recognising the
** government"), right after that noun (which the parse may give it as its
** subject), so with no comma before it, and the noun no actor: a link of
** the chain under_modal follows, not a clause of its own? */
static int participle_link(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	int q;
	if (g->finite || g->nominal || g->t0 != g->v || tok[g->v].tag != PL_T_VBG ||
	    g->v <= an->t0 || !PL_TAG_IS_NOUN(tok[g->v - 1].tag))
		return 0;
	/* the noun names a thing, not an actor: "officials holding talks" are
	** doing it */
	q = an->np_of[g->v - 1 - an->t0];
	return q < 0 || (!an->np[q].code && !an->np[q].icode && !an->np[q].acode &&
	                 !an->np[q].agent_only && !an->np[q].person && !an->np[q].pronoun);
}

/* Is verb group k an infinitive (or bare verb, "help them engage") whose
** chain of infinitives goes up, within one clause, to a finite verb with a
** modal ("there should be a shift to help politicians engage", "will
** travel to Paris to sign")?  A verb of saying on the way ends the chain:
** what is said is the speaker's. */
static int under_modal(const pl_sentan *an, int k)
{
	const pl_token *tok = an->tok;
	int j;
	if (an->vg[k].finite ? !bare_after_causer(an, k) :
	    !(an->vg[k].infinitive || tok[an->vg[k].v].tag == PL_T_VB || participle_link(an, k)))
		return 0;
	for (j = k - 1; j >= 0; j--) {
		const pl_vg *h = &an->vg[j];
		uint32_t t;
		for (t = h->t1; t < an->vg[j + 1].t0; t++) {
			int tag = tok[t].tag;
			if (tag == PL_T_PPC || tag == PL_T_PPS || tag == PL_T_PP || tag == PL_T_PPL ||
			    tag == PL_T_PPR || tag == PL_T_WDT || tag == PL_T_WP || tag == PL_T_CC ||
			    pl_in_list(tok[t].low, clause_openers))
				return 0;
		}
		if (h->reporting)
			return 0;
		if (h->finite) {
			for (t = h->t0; t < h->v; t++)
				if (is_modal_tok(&tok[t]))
					return !pl_in_list(tok[h->v].lemma ? tok[h->v].lemma : tok[h->v].low, polite);
			return 0;
		}
	}
	return 0;
}

/* Is date x of the text more than OLD_DAYS before the article, or a
** whole year before its year (pl_date_before_story)? */
static int long_before(const pl_datex *x, const pl_docctx *ctx)
{
	return x->gran && pl_date_before_story(x->date, x->gran, ctx->date, OLD_DAYS);
}

static int past_group(const pl_sentan *an, const pl_vg *g)
{
	int tag = an->tok[g->t0].tag;
	return tag == PL_T_VBD || (tag == PL_T_VBN && g->t0 == g->v);
}

/* A date of the sentence ending at token t (exclusive), or NULL. */
static const pl_datex *date_ending(const pl_sentan *an, uint32_t t)
{
	int d;
	for (d = 0; d < an->ndates; d++)
		if (an->dates[d].t1 == t)
			return &an->dates[d];
	return NULL;
}

/* Is the past act of verb group k, with no date of its own, in a clause
** of "after", "when", "before", "until" or "following" timed by a date
** long before the article: right after the clause it hangs on ("the EU
** imposed its ban in 1989 after troops opened fire"), or opening the
** sentence before it ("After the death of John Smith in 1994 he stood
** aside")? */
static int timed_long_ago(const pl_sentan *an, const pl_docctx *ctx, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	const pl_datex *x;
	uint32_t sb, t, first;
	int j, finite;
	if (!past_group(an, g) || g->reporting)
		return 0;
	/* the subordinate clause right after a dated clause */
	sb = g->t0;
	if (g->subj >= 0 && an->np[g->subj].t1 <= g->t0 && an->np[g->subj].t1 + 2 >= g->t0)
		sb = an->np[g->subj].t0;
	if (sb > an->t0 + 1 && pl_in_list(tok[sb - 1].low, timed_by) &&
	    (x = date_ending(an, sb - 1)) && long_before(x, ctx)) {
		/* the date times the clause before it: its verb is a past act,
		** not a verb of saying */
		for (j = k - 1; j >= 0 && an->vg[j].t0 >= x->t0; j--)
			;
		if (j >= 0 && !an->vg[j].reporting && past_group(an, &an->vg[j]))
			return 1;
	}
	/* a sentence that opens with the subordinator; the act is the first
	** finite one after the date, with at most one finite verb (the
	** subordinate clause's own) before the date */
	first = an->t0;
	while (first < g->t0 && (tok[first].tag == PL_T_PPL || tok[first].tag == PL_T_PPR))
		first++;
	if (!pl_in_list(tok[first].low, timed_by))
		return 0;
	for (x = NULL, t = first + 1; t < g->t0 && !x; t++) {
		const pl_datex *y = date_ending(an, t + 1);
		if (y && y->t0 > first && long_before(y, ctx))
			x = y;
	}
	if (!x)
		return 0;
	for (j = 0, finite = 0; j < k; j++) {
		if (!an->vg[j].finite)
			continue;
		if (an->vg[j].t0 < x->t0)
			finite++;
		else
			return 0;   /* another finite verb after the date comes first */
	}
	return finite <= 1;
}

/* Is the past act of verb group k one of holders before the present ones:
** its subject opened by "past" ("past chancellors resigned over less")? */
static int past_holders(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	uint32_t j;
	if (!past_group(an, g) || g->reporting || g->subj < 0)
		return 0;
	for (j = an->np[g->subj].t0; j + 1 < an->np[g->subj].t1; j++)
		if (pl_eq(an->tok[j].low, "past") && an->tok[j].tag == PL_T_JJ)
			return 1;
	return 0;
}

/* words of the story's own days */
static const char *const recent_days[] = {
	"yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", NULL
};

/* spans of time a stance is held over ("for years") */
static const char *const spans[] = {"years", "decades", "months", "generations", NULL};

/* adverbs that, inside a perfect, make its act one held or repeated over
** time ("have long supported", "has repeatedly criticised") */
static const char *const over_time[] = {
	"long", "repeatedly", "consistently", "constantly", "persistently", "continually",
	"continuously", NULL
};

/* Does the sentence open, before verb group k, with a span of time reaching to
** now, set off by a comma: "Since 1997,", "Since he took office,", "Since
** then,", "For years,", "Over the past decade,", "In recent months,"?  A
** perfect after it tells what was done over the span, not today's act.
** Not "since" giving a reason (a present tense or a modal in its clause:
** "Since it uses ...") or a span of the story's own days ("Since Monday,").
** k must be the first finite verb after the comma. */
static int span_opening(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	uint32_t j = an->t0, u, comma;
	int q;
	while (j < g->t0 && (tok[j].tag == PL_T_CC || (tok[j].flags & PL_TOK_QOPEN)))
		j++;
	for (comma = j; comma < g->t0 && !pl_eq(tok[comma].s, ","); comma++)
		;
	if (comma >= g->t0 || comma == j)
		return 0;
	for (q = 0; q < an->nvg; q++)
		if (q != k && an->vg[q].finite && an->vg[q].t0 > comma && an->vg[q].t0 < g->t0)
			return 0;
	/* "Ever since the election," */
	if (pl_eq(tok[j].low, "ever") && j + 1 < comma)
		j++;
	if (pl_eq(tok[j].low, "since")) {
		for (u = j + 1; u < comma; u++)
			if (tok[u].tag == PL_T_VBZ || tok[u].tag == PL_T_VBP || tok[u].tag == PL_T_MD ||
			    pl_in_list(tok[u].low, recent_days) || pl_eq(tok[u].low, "week"))
				return 0;
		return 1;
	}
	/* "for years", "for the past two decades", "over the last few months",
	** "in recent years" */
	if (!(pl_eq(tok[j].low, "for") || pl_eq(tok[j].low, "over") || pl_eq(tok[j].low, "in")))
		return 0;
	for (u = j + 1; u < comma; u++)
		if (!(tok[u].tag == PL_T_DT || PL_TAG_IS_ADJ(tok[u].tag) || tok[u].tag == PL_T_CD ||
		      pl_eq(tok[u].low, "many") || pl_eq(tok[u].low, "several") ||
		      pl_eq(tok[u].low, "past") || pl_eq(tok[u].low, "last") || pl_eq(tok[u].low, "few")))
			break;
	/* the spans a stance is held over, or "the past decade" */
	if (u + 1 != comma || !(pl_in_list(tok[u].low, spans) || pl_eq(tok[u].low, "decade")))
		return 0;
	/* "in recent years", not "in two years" (a time to come) */
	return !pl_eq(tok[j].low, "in") || pl_eq(tok[j + 1].low, "recent");
}

/* Does a phrase of time opened by a preposition stand inside perfect
** verb group g, between "have" and the verb ("have for years accused",
** "has since 1997 opposed", "had at one point threatened", "has in the
** past called for", "has until now refused")?  It tells an act held over
** a span, or done at some time before now, not today's news; a span of
** the story's own days ("has in recent days accused", "has this week")
** is news still, and so is a first time ("has for the first time
** named"). */
static int time_inside(const pl_sentan *an, const pl_vg *g)
{
	static const char *const preps[] = {"for", "since", "in", "at", "over", "during", "until",
		"till", "by", NULL};
	static const char *const near[] = {"day", "week", "hour", NULL};
	const pl_token *tok = an->tok;
	uint32_t j, u;
	for (j = g->t0 + 1; j < g->v; j++) {
		if (tok[j].tag != PL_T_IN || !pl_in_list(tok[j].low, preps))
			continue;
		for (u = j + 1; u < g->v; u++)
			if (pl_in_list(tok[u].low, recent_days) || pl_in_list(lemma_of(&tok[u]), near) ||
			    pl_eq(tok[u].low, "first"))
				return 0;
		return 1;
	}
	return 0;
}

/* Does a span of the news's own day or days open at token j: "the day",
** "the night", "Monday's session", "the talks"? */
static int short_span_after(const pl_sentan *an, uint32_t j)
{
	static const char *const shortw[] = {"day", "night", "morning", "afternoon", "evening",
		"weekend", "week", "talks", "meeting", "session", "debate", "visit", "summit",
		"trip", "hearing", "today", "yesterday", NULL};
	uint32_t u;
	for (u = j; u < an->t1 && u < j + 4; u++) {
		if (pl_in_list(an->tok[u].low, shortw))
			return 1;
		if (PL_TAG_IS_NOUN(an->tok[u].tag) && an->tok[u].tag != PL_T_NNP)
			return 0;
	}
	return 0;
}

/* Is the act of verb group k a stance held over a span of time, not one
** taken now: "long" inside a perfect ("have long supported a
** referendum"), "since" inside one ("has since criticised"), or a
** perfect timed by a span after it ("has opposed embryo research for
** years", "for many months", "since 1997", "throughout the war", "in recent
** years")? */
static int standing(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	uint32_t j, u;
	int perfect = 0;
	if (!g->finite || has_modal(an, g))
		return 0;
	for (j = g->t0; j < g->v; j++)
		if (pl_eq(tok[j].low, "have") || pl_eq(tok[j].low, "has") || pl_eq(tok[j].low, "had") ||
		    pl_eq(tok[j].low, "'ve"))
			perfect = 1;
	if (!perfect)
		return 0;
	if (span_opening(an, k))
		return 1;
	for (j = g->t0; j < g->v; j++)
		if (pl_in_list(tok[j].low, over_time) && tok[j].tag == PL_T_RB)
			return 1;
	/* "has previously said it plans to diversify", "have formerly
	** backed him": a perfect told as before the story ("once" is left
	** out: "has once again attacked" is the news) */
	for (j = g->t0; j < g->v; j++)
		if (pl_before_now_word(tok[j].low) && !pl_eq(tok[j].low, "once"))
			return 1;
	/* "has since criticised", "has since been released": done at some
	** time between a past act told before and now */
	for (j = g->t0 + 1; j < g->v; j++)
		if (pl_eq(tok[j].low, "since") && tok[j].tag == PL_T_RB)
			return 1;
	if (time_inside(an, g))
		return 1;
	/* within the clause after the verb */
	for (j = g->t1; j + 1 < an->t1 && j < g->t1 + 10; j++) {
		if (pl_eq(tok[j].s, ",") || pl_eq(tok[j].s, ";") || pl_eq(tok[j].low, "that") ||
		    pl_eq(tok[j].low, "which") || pl_eq(tok[j].low, "who") || pl_eq(tok[j].low, "but") ||
		    tok[j].tag == PL_T_VBD || tok[j].tag == PL_T_VBZ || tok[j].tag == PL_T_VBP ||
		    tok[j].tag == PL_T_MD)
			break;
		if (pl_eq(tok[j].low, "for")) {
			/* "for years", "for many years", "for the past two decades" */
			for (u = j + 1; u < an->t1 && u < j + 5; u++) {
				if (pl_in_list(tok[u].low, spans))
					return 1;
				/* "for some time", "for a long time" (not "for
				** the first time") */
				if (pl_eq(tok[u].low, "time") && u == j + 2 + (tok[j + 1].tag == PL_T_DT &&
				    pl_eq(tok[j + 1].low, "a")) &&
				    (pl_eq(tok[u - 1].low, "some") || pl_eq(tok[u - 1].low, "long")))
					return 1;
				if (tok[u].tag != PL_T_DT && tok[u].tag != PL_T_JJ && tok[u].tag != PL_T_CD &&
				    !pl_eq(tok[u].low, "many") && !pl_eq(tok[u].low, "several"))
					break;
			}
		}
		/* "since 1997", "since the invasion", "since it began": the
		** perfect spans the time from then to now */
		if (pl_eq(tok[j].low, "since") && (tok[j].tag == PL_T_IN || tok[j].tag == PL_T_RB))
			return 1;
		/* "has backed Iraq throughout the war": over all of a span
		** (not a span of today's news: "throughout the day") */
		if (pl_eq(tok[j].low, "throughout") && !short_span_after(an, j + 1))
			return 1;
		/* "has requested more money in recent years", "in past months" */
		if (pl_eq(tok[j].low, "in") && j + 2 < an->t1 &&
		    (pl_eq(tok[j + 1].low, "recent") || pl_eq(tok[j + 1].low, "past")) &&
		    pl_in_list(tok[j + 2].low, spans))
			return 1;
	}
	return 0;
}

/* verbs of backing or opposing: their simple present tells a position
** held, not an act done ("the Liberal Democrats oppose the plans", "Italy
** also favours an early start"), and their participle set off by commas
** a backing the thing has ("plans, backed by the UK, to lift the
** embargo") */
static const char *const stance_verbs[] = {
	"support", "back", "favour", "favor", "oppose", "endorse", NULL
};

/* verbs of a view shared, whose simple present is a position too
** ("analysts agree that the market is slowing") */
static const char *const view_verbs[] = {"agree", "disagree", NULL};

/* Is verb group k a bare past participle that tells what a thing is
** ("the policy supported by Mr Howard", "the plans drawn up by the Home
** Office"): right after the noun (or after a comma, for a verb of
** stance_verbs: "plans, backed by the UK, to lift"), its doer in a "by"
** phrase?  A stance or a word said of a thing in this way names the thing;
** it does not tell the act as news.  A deed is told so too ("an attack
** carried out by rebels") and is kept, and so is a statement ("claims
** denied by Labour", "plans unveiled by ministers": saying is the news):
** only codes of stances (roots 02-06 and 10-13) are asked about. */
static int participle_attribute(const pl_sentan *an, int k, const pl_event *e)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	const char *c = e->cameo ? e->cameo->code : NULL;
	uint32_t j, n;
	int q;
	if (!c || !((c[0] == '0' && c[1] >= '2' && c[1] <= '6') || (c[0] == '1' && c[1] <= '3')))
		return 0;
	if (g->finite || g->t0 != g->v || tok[g->v].tag != PL_T_VBN || g->v <= an->t0 + 1)
		return 0;
	/* right after the noun, or set off by a comma ("plans, backed by the
	** UK, to lift the embargo") */
	n = g->v - 1;
	if (pl_eq(tok[n].s, ",")) {
		/* set off by commas, a word of criticism may be news told in
		** passing ("the plan, criticised by unions, was dropped"); a
		** backing is a standing one */
		if (!pl_in_list(lemma_of(&tok[g->v]), stance_verbs))
			return 0;
		n--;
	}
	if (tok[n].tag != PL_T_NN && tok[n].tag != PL_T_NNS)
		return 0;
	/* the noun names a thing, not an actor ("officials backed by ...") */
	q = an->np_of[n - an->t0];
	if (q >= 0 && (an->np[q].code || an->np[q].icode || an->np[q].agent_only || an->np[q].person ||
	               an->np[q].pronoun))
		return 0;
	j = g->v + 1;
	if (j < an->t1 && tok[j].tag == PL_T_RP)
		j++;
	if (j >= an->t1 || !pl_eq(tok[j].low, "by"))
		return 0;
	/* a day of the story's week after it is news told in passing ("the
	** agreement reached by OPEC ministers on Saturday") */
	for (j++; j < an->t1 && j < g->v + 14; j++) {
		if (pl_eq(tok[j].s, ",") || tok[j].tag == PL_T_VBD || tok[j].tag == PL_T_VBZ ||
		    tok[j].tag == PL_T_VBP || tok[j].tag == PL_T_MD)
			break;
		if (pl_in_list(tok[j].low, recent_days))
			return 0;
	}
	return 1;
}

/* Is the act of verb group k, a past tense or a participle, done by a
** subject that a year before the article's dates ("the 2003 Commons vote
** backing the war", "the 1997 government cut taxes"), not a name? */
static int old_year_subject(const pl_sentan *an, const pl_docctx *ctx, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	uint32_t j;
	int tag = tok[g->v].tag;
	if (g->subj < 0 || g->reporting || !ctx->date.y ||
	    !(past_group(an, g) || (!g->finite && (tag == PL_T_VBG || tag == PL_T_VBN))))
		return 0;
	/* a year in a name dates no act: "the 1922 Committee criticised" (a
	** proper noun the head, right before the verb; in "the 2003 Commons
	** vote backing" the name only modifies the act noun after it) */
	if (an->np[g->subj].t1 > an->np[g->subj].t0 && an->np[g->subj].t1 == g->t0 &&
	    tok[an->np[g->subj].t1 - 1].tag == PL_T_NNP)
		return 0;
	for (j = an->np[g->subj].t0; j < an->np[g->subj].t1; j++) {
		const char *w = tok[j].low;
		if ((tok[j].flags & PL_TOK_NUM) && strlen(w) == 4 && j + 1 < an->np[g->subj].t1) {
			int y = atoi(w);
			if (y >= 1800 && y < ctx->date.y)
				return 1;
		}
	}
	return 0;
}

/* The direct quotation (ctx->qdirect, in text order; they never overlap)
** whose content holds token v, or NULL: the last one that starts at or
** before v, found by binary search. */
static const pl_quote *direct_quote_at(const pl_docctx *ctx, const pl_quote *quotes, uint32_t v)
{
	size_t lo = 0, hi = ctx->nqdirect, mid;
	const pl_quote *q;
	if (!quotes || !hi)
		return NULL;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (quotes[ctx->qdirect[mid]].q0 <= v)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return NULL;
	q = &quotes[ctx->qdirect[lo - 1]];
	return v < q->q1 ? q : NULL;
}

/* Is token v the cue of a quotation (ctx->qcue, in the order of cues)? */
static int is_quote_cue(const pl_docctx *ctx, const pl_quote *quotes, uint32_t v)
{
	size_t lo = 0, hi = ctx->nqcue, mid;
	if (!quotes)
		return 0;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (quotes[ctx->qcue[mid]].cue < v)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < ctx->nqcue && quotes[ctx->qcue[lo]].cue == v;
}

/* Is token v inside the content of a direct quotation (ctx->qdirect, in
** text order) and the cue of none ("That's what he said," Mr Blair said:
** the second "said" is no content)? */
static int in_direct_quote(const pl_docctx *ctx, const pl_quote *quotes, uint32_t v)
{
	const pl_quote *q = direct_quote_at(ctx, quotes, v);
	if (!q || v == q->cue)
		return 0;
	/* a cue of another quotation (a split one's) */
	return !is_quote_cue(ctx, quotes, v);
}

/* Is the statement of verb group k one told again inside a quotation's
** words rather than a quotation's own attribution that the quotation finder
** ran past (a quotation left open): not "he", "she" or "they" opening the
** sentence ("He said that police should ..."), nor ", he said." closing
** it, nor the speaker's own present perfect ("I have written to the
** trust", an act of the speaker's told as news)? */
static int told_again(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	uint32_t first = an->t0, s0;
	int first_person;
	if (g->subj < 0 || an->np[g->subj].t1 > g->t0)
		return 1;
	s0 = an->np[g->subj].t0;
	first_person = pl_eq(tok[s0].low, "i") || pl_eq(tok[s0].low, "we");
	while (first < g->t0 && tok[first].tag == PL_T_PPL)
		first++;
	if (s0 == first && !first_person && tok[s0].tag == PL_T_PRP)
		return 0;
	if (s0 > an->t0 && tok[s0 - 1].tag == PL_T_PPC &&
	    (g->t1 >= an->t1 || tok[g->t1].tag == PL_T_PP || tok[g->t1].tag == PL_T_PPR))
		return 0;
	if (first_person && !past_group(an, g))
		return 0;
	return 1;
}

/* Is verb group k a saying in the past perfect whose sayer is named by a
** noun, inside what another speaker says ("Mr Howard said the police had
** said ID cards could help", "an aide insisted the minister had made the
** remark in jest")?  The news is the telling; the remark it recalls was made
** before, told again.  Not the speaker's own earlier words told by a
** pronoun ("he said he had told her"), a passive ("had been told by"), nor
** a remark timed in the story's own days ("had told him on Monday"). */
static int recalled_saying(const pl_sentan *an, int k, const pl_event *e)
{
	const pl_vg *g = &an->vg[k];
	const pl_vg *h;
	const pl_token *tok = an->tok;
	const pl_np *s, *hs;
	uint32_t j;
	int p, had = 0;
	int said = g->reporting || (e->cameo && e->cameo->code[0] == '0' && e->cameo->code[1] == '1');
	if (!said || !g->finite || g->passive || g->subj < 0 || k == 0 ||
	    tok[g->v].tag != PL_T_VBN)
		return 0;
	for (j = g->t0; j < g->v; j++)
		if (pl_eq(tok[j].low, "had"))
			had = 1;
	s = &an->np[g->subj];
	if (!had || s->t1 > g->t0 || tok[s->t0].tag == PL_T_PRP || tok[s->t0].tag == PL_T_EX)
		return 0;
	/* the nearest finite verb before it is the telling */
	for (p = k - 1; p >= 0 && !an->vg[p].finite; p--)
		;
	if (p < 0)
		return 0;
	h = &an->vg[p];
	if (!h->reporting || h->subj < 0 || h->t1 > s->t0)
		return 0;
	for (j = h->t0; j < h->v; j++)
		if (pl_eq(tok[j].low, "had"))
			return 0;
	hs = &an->np[h->subj];
	/* the same sayer twice ("Mr Smith said Mr Smith had ...") */
	if (hs->t1 - hs->t0 == s->t1 - s->t0) {
		for (j = 0; j < s->t1 - s->t0; j++)
			if (!pl_eq(tok[hs->t0 + j].low, tok[s->t0 + j].low))
				break;
		if (j == s->t1 - s->t0)
			return 0;
	}
	for (j = g->t1; j < an->t1 && !pl_eq(tok[j].s, ","); j++)
		if (pl_in_list(tok[j].low, recent_days) || pl_eq(tok[j].low, "earlier"))
			return 0;
	return 1;
}

/* Is verb group k a past perfect in a clause of "as" ("cut taxes, as he
** had promised the voters", "As the party had planned, ...")?  Such a
** clause recalls an earlier act that the main one fulfils or follows: told
** as background.  Not "as well as", "such as", "as soon as", "as long as"
** and the like, where "as" opens no clause of its own. */
static int as_before(const pl_sentan *an, int k)
{
	static const char *const not_clause[] = {"as", "such", "so", "well", "soon", "long",
		"far", "much", "same", NULL};
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	uint32_t j, s0 = g->t0;
	int had = 0;
	if (!g->finite || tok[g->v].tag != PL_T_VBN || has_modal(an, g))
		return 0;
	for (j = g->t0; j < g->v; j++)
		if (pl_eq(tok[j].low, "had"))
			had = 1;
	if (!had)
		return 0;
	if (g->subj >= 0 && an->np[g->subj].t1 <= g->t0 && an->np[g->subj].t0 + 6 > g->t0)
		s0 = an->np[g->subj].t0;
	if (s0 <= an->t0 || !pl_eq(tok[s0 - 1].low, "as"))
		return 0;
	return s0 - 1 == an->t0 || !pl_in_list(tok[s0 - 2].low, not_clause);
}

/* Is verb group g in the past tense or the present perfect ("said", "has
** said", "had told")? */
static int past_or_perfect(const pl_sentan *an, const pl_vg *g)
{
	uint32_t j;
	if (past_group(an, g))
		return 1;
	if (an->tok[g->v].tag != PL_T_VBN)
		return 0;
	for (j = g->t0; j < g->v; j++)
		if (is_modal_tok(&an->tok[j]))
			return 0;
	for (j = g->t0; j < g->v; j++) {
		const char *l = an->tok[j].lemma ? an->tok[j].lemma : an->tok[j].low;
		if (pl_eq(l, "have"))
			return 1;
	}
	return 0;
}

/* verbs whose clause in the present or the base form says what should be
** done, not what is ("I suggest the BBC concentrates on the issues") */
static const char *const mandative[] = {
	"suggest", "propose", "recommend", "demand", "urge", "ask", "request", NULL
};

/* Is verb group k, in the present or the base form with no modal, the verb
** of a clause that a verb of proposal (mandative) governs ("I suggest the BBC
** concentrates on the issues and helps the public", "proposed that the
** council meet weekly")?  The clause follows that verb, after "that" or
** straight away, with no other finite verb, comma or clause word between
** but "and" inside the clause. */
static int mandated(const pl_sentan *an, int k)
{
	const pl_token *tok = an->tok;
	const pl_vg *g = &an->vg[k];
	int tag = tok[g->v].tag, j;
	if (g->reporting || has_modal(an, g) || g->t0 != g->v ||
	    !(tag == PL_T_VB || tag == PL_T_VBZ || tag == PL_T_VBP))
		return 0;
	for (j = k - 1; j >= 0; j--) {
		const pl_vg *h = &an->vg[j];
		const char *l = tok[h->v].lemma ? tok[h->v].lemma : tok[h->v].low;
		uint32_t t;
		for (t = h->t1; t < an->vg[j + 1].t0; t++) {
			int tt = tok[t].tag;
			if (tt == PL_T_PPC || tt == PL_T_PPS || tt == PL_T_PP || tt == PL_T_PPL ||
			    tt == PL_T_PPR || tt == PL_T_WDT || tt == PL_T_WP ||
			    (pl_in_list(tok[t].low, clause_openers) && !pl_eq(tok[t].low, "and")))
				return 0;
		}
		/* a demand made in a participle or an infinitive ("marched to
		** demand that the minister resign") governs a base form as
		** well as a finite one does */
		if (pl_in_list(l, mandative))
			return !h->passive && (h->finite || tag == PL_T_VB);
		/* a verb coordinated inside the same clause ("concentrates on the
		** issues and helps"): go on to the clause's verb */
		if (!(h->finite && tok[h->v].tag != PL_T_VBD && h->t0 == h->v &&
		      an->vg[j + 1].t0 > h->t1 && pl_eq(tok[an->vg[j + 1].t0 - 1].low, "and")))
			return 0;
	}
	return 0;
}

/* Is the event noun at token h named in a plan or a power: a noun of
** plan_nouns followed by "to", "for" or a participle ("allowing", "giving")
** before it, with no verb of a clause of its own, no comma and no other
** plan's end between ("plans to allow the house arrest of suspects")? */
static int planned_noun(const pl_sentan *an, uint32_t h)
{
	const pl_token *tok = an->tok;
	uint32_t j;
	for (j = h; j > an->t0 && j + 10 > h; j--) {
		const pl_token *t = &tok[j - 1];
		const char *l = t->lemma ? t->lemma : t->low;
		if (t->tag == PL_T_PPC || t->tag == PL_T_PPS || t->tag == PL_T_PP ||
		    t->tag == PL_T_PPL || t->tag == PL_T_PPR || t->tag == PL_T_WDT ||
		    t->tag == PL_T_WP || t->tag == PL_T_CC || t->tag == PL_T_VBD ||
		    t->tag == PL_T_VBZ || t->tag == PL_T_VBP || t->tag == PL_T_MD)
			return 0;
		if (PL_TAG_IS_NOUN(t->tag) && pl_in_list(l, plan_nouns) && j < h) {
			const pl_token *n = &tok[j];
			return pl_eq(n->low, "to") || pl_eq(n->low, "for") ||
			       (n->tag == PL_T_VBG && j + 1 < h);
		}
	}
	return 0;
}

/* prepositions after which an event noun names a stance already held,
** spoken of ("sceptical about Labour promises on tax", "refuses to accept
** Syria's denials", "contrasted his approach with Mr Brown's pledge") */
static const char *const about_preps[] = {
	"about", "of", "over", "with", "on", "against", "despite", "to", "at", "in", NULL
};

/* nouns of making a stance known: "no secret of", "a show of", "a
** statement of" his support is an act of its own */
static const char *const voicing[] = {
	"secret", "show", "display", "expression", "statement", "declaration",
	"announcement", "message", "letter", "signal", "sign", "gesture", "demonstration",
	"vote", "speech", "reaffirmation", "renewal", NULL
};

/* Is event e, named by a noun of a stance (promise, support, demand,
** criticism, refusal, threat, denial: roots 03, 05 but agreements, 10-13,
** and 016) held by someone the chunk names ("Washington's objections", "his
** staunch opposition"), the object of a preposition of about_preps that
** hangs on a noun or an adjective: a stance spoken of rather than an act
** done?  Talks, visits, requests and agreements are acts even so ("after
** two days of talks", "at Gates's request"). */
static int stance_spoken_of(const pl_sentan *an, const pl_event *e)
{
	const pl_token *tok = an->tok;
	const char *c = e->cameo ? e->cameo->code : NULL;
	int q, root;
	uint32_t b, j;
	if (!c || !c[0] || !c[1])
		return 0;
	root = (c[0] - '0') * 10 + (c[1] - '0');
	if (!(root == 3 || (root == 5 && !pl_eq(c, "057")) || (root >= 10 && root <= 13) ||
	      pl_eq(c, "016")))
		return 0;
	if (e->v < an->t0 || e->v >= an->t1 || (q = an->np_of[e->v - an->t0]) < 0)
		return 0;
	b = an->np[q].t0;
	/* held by someone named in the chunk: "Washington's objections",
	** "his staunch opposition" */
	for (j = b; j < e->v; j++)
		if (tok[j].tag == PL_T_POS || tok[j].tag == PL_T_PRPS)
			break;
	if (j == e->v)
		return 0;
	if (b <= an->t0 + 1 || tok[b - 1].tag != PL_T_IN || !pl_in_list(tok[b - 1].low, about_preps))
		return 0;
	/* the preposition hangs on a noun or an adjective, not on a verb, nor
	** on a noun of making the stance known ("made no secret of his
	** support", "a show of support": the act is that) */
	return !PL_TAG_IS_VERB(tok[b - 2].tag) && tok[b - 2].tag != PL_T_RP &&
	       !pl_in_list(tok[b - 2].lemma ? tok[b - 2].lemma : tok[b - 2].low, voicing);
}

/* verbs of denial: an act told inside what they deny is not told as done */
static const char *const deny_verbs[] = {"deny", "dispute", "refute", NULL};
static pl_wordset deny_set = PL_WORDSET(deny_verbs);   /* (asked of each verb) */

/* verbs that deny only a claim they name ("dismissed reports he had told
** him", "rejected claims that", "Mr Blair dismissed the report"): "rejected
** the offer", "dismissed the minister" deny nothing */
static const char *const dismiss_verbs[] = {
	"dismiss", "reject", "rubbish", "discount", "debunk", NULL
};
static pl_wordset dismiss_set = PL_WORDSET(dismiss_verbs);

/* nouns of a claim a denial may take as its object ("denied reports that
** he had met", ", a claim Mr Blair denies") */
static const char *const claim_nouns[] = {
	"claim", "report", "allegation", "suggestion", "accusation", "charge", "rumour",
	"rumor", "story", "assertion", "speculation", "something", NULL
};
static pl_wordset claim_set = PL_WORDSET(claim_nouns);   /* (asked of every noun) */

/* verbs of making a claim: their act is done even when the claim is
** denied ("Democrats have accused the president of ..., a charge the
** administration denies") */
static const char *const claim_verbs[] = {
	"accuse", "allege", "claim", "charge", "suggest", "report", "say", "assert", NULL
};

/* subjects that deny nothing */
static const char *const no_one[] = {"nobody", "no", "none", "neither", "nor", NULL};

/* words that end the clause a denial governs ("denied he met him when
** questioned by the prosecution": the questioning is no part of it) */
static const char *const denied_enders[] = {
	"but", "although", "though", "while", "whilst", "whereas", "yet", "when", "after",
	"before", "until", NULL
};

/* Is verb group d a denial said outright: a verb of deny_verbs (1) or of
** dismiss_verbs (2: a denial only of a claim it names), not negated ("did
** not deny"), not of a subject that denies nothing ("nobody is denying"),
** not an infinitive but after "continue" ("refused to deny", "challenged
** him to deny" are none)? */
static int outright_denial(const pl_sentan *an, int d)
{
	const pl_vg *g = &an->vg[d];
	int kind;
	/* (the group's own marks before the verb's two sets, which hash it) */
	if (g->negated || g->nominal)
		return 0;
	kind = pl_in_set(&deny_set, lemma_of(&an->tok[g->v])) ? 1 :
	       pl_in_set(&dismiss_set, lemma_of(&an->tok[g->v])) ? 2 : 0;
	if (!kind || (kind == 2 && g->passive))
		return 0;
	/* "nobody is denying suggestions that ..." */
	if (g->subj >= 0 && pl_in_list(an->tok[an->np[g->subj].t0].low, no_one))
		return 0;
	/* "refused to deny", "challenged him to deny": not done; "continued
	** to deny" is */
	if (g->infinitive)
		return d > 0 && pl_eq(lemma_of(&an->tok[an->vg[d - 1].v]), "continue") ? kind : 0;
	return kind;
}

/* Does a verb of saying start within a few tokens after token j (", the
** spokesman said")? */
static int saying_follows(const pl_sentan *an, uint32_t j)
{
	int k;
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].reporting && an->vg[k].t0 > j && an->vg[k].t0 <= j + 6)
			return 1;
	return 0;
}

/* The end of the content of the direct quotation token v is in, or
** PL_NONE. */
static uint32_t direct_quote_end(const pl_docctx *ctx, const pl_quote *quotes, uint32_t v)
{
	const pl_quote *q = direct_quote_at(ctx, quotes, v);
	return q ? q->q1 : PL_NONE;
}

/* The end of the clause that starts at token s after a denial: the
** sentence's end, a colon or semicolon, a closing quotation mark, a word
** of denied_enders, a comma that a clause of its own follows (", and
** before he left", ", when he told", ", as has been reported", ", the
** spokesman said"), or a comma or "and" that a new verb of the denier's
** own follows (", saying", "and insisted"). */
static uint32_t denied_clause_end(const pl_sentan *an, uint32_t s)
{
	const pl_token *tok = an->tok;
	uint32_t j;
	for (j = s; j < an->t1; j++) {
		int tag = tok[j].tag;
		if (tag == PL_T_PP || tag == PL_T_PPS || tag == PL_T_PPR ||
		    pl_in_list(tok[j].low, denied_enders))
			return j;
		if (tag == PL_T_PPC && j + 1 < an->t1) {
			int nt = tok[j + 1].tag;
			if (!(nt == PL_T_DT || PL_TAG_IS_NOUN(nt) || PL_TAG_IS_ADJ(nt) || nt == PL_T_CD ||
			      nt == PL_T_PRPS) || saying_follows(an, j))
				return j;
		}
		if ((tag == PL_T_PPC || tag == PL_T_CC) && j + 1 < an->t1) {
			const pl_token *n = &tok[j + 1];
			if (n->tag == PL_T_PPC || n->tag == PL_T_CC)
				n = j + 2 < an->t1 ? &tok[j + 2] : n;
			if (n->tag == PL_T_VBG || n->tag == PL_T_VBD || n->tag == PL_T_VBZ)
				return j;
		}
	}
	return an->t1;
}

/* s when a clause with its own subject starts at token s, after verb group
** d: only its subject (and adverbs) before its finite verb ("denied he
** frequently met him"); else PL_NONE. */
static uint32_t subject_clause(const pl_sentan *an, int d, uint32_t s)
{
	const pl_token *tok = an->tok;
	uint32_t j;
	int k;
	if (s >= an->t1 || an->np_of[s - an->t0] < 0)
		return PL_NONE;
	for (k = d + 1; k < an->nvg; k++) {
		const pl_vg *h = &an->vg[k];
		if (h->t0 < s)
			continue;
		if (!h->finite || h->t0 == s)
			return PL_NONE;
		for (j = s; j < h->t0; j++)
			if (an->np_of[j - an->t0] < 0 && tok[j].tag != PL_T_RB)
				return PL_NONE;
		return s;
	}
	return PL_NONE;
}

/* The first token of what denial d denies after it, or PL_NONE: a clause
** after "that" ("denies that he ..."), after a noun of a claim and "that"
** or none ("denied reports that he had promised", "dismissed reports he
** told him"), a gerund ("denied meeting them"), or a clause with its own
** subject ("denied he had promised").  With claim_only, only what follows
** a noun of a claim. */
static uint32_t denied_after(const pl_sentan *an, int d, int claim_only)
{
	const pl_token *tok = an->tok;
	const pl_vg *g = &an->vg[d];
	uint32_t s = g->t1, j;
	if (s >= an->t1)
		return PL_NONE;
	/* "that" opening a clause, not "that claim" */
	if (!claim_only && pl_eq(tok[s].low, "that") && s + 1 < an->t1 && tok[s + 1].tag != PL_T_PP &&
	    !(PL_TAG_IS_NOUN(tok[s + 1].tag) && pl_in_set(&claim_set, lemma_of(&tok[s + 1]))))
		return s + 1;
	if (!claim_only && tok[s].tag == PL_T_VBG)
		return s;
	/* "the newspaper reports that", "claims that" */
	for (j = s; j < an->t1 && j < s + 5; j++) {
		int tag = tok[j].tag;
		if (PL_TAG_IS_NOUN(tag) && pl_in_set(&claim_set, lemma_of(&tok[j])) &&
		    j + 1 < an->t1 && pl_eq(tok[j + 1].low, "that"))
			return j + 2;
		/* "a report claiming (that) he warned" */
		if (PL_TAG_IS_NOUN(tag) && pl_in_set(&claim_set, lemma_of(&tok[j])) &&
		    j + 2 < an->t1 && tok[j + 1].tag == PL_T_VBG &&
		    pl_in_list(lemma_of(&tok[j + 1]), claim_verbs))
			return pl_eq(tok[j + 2].low, "that") ? j + 3 : j + 2;
		/* "dismissed reports he told Gordon Brown": a clause of its own
		** right after the noun */
		if (PL_TAG_IS_NOUN(tag) && pl_in_set(&claim_set, lemma_of(&tok[j])) &&
		    !pl_eq(tok[j].low, "something") && j + 1 < an->t1 &&
		    an->np_of[j + 1 - an->t0] != an->np_of[j - an->t0] &&
		    subject_clause(an, d, j + 1) != PL_NONE)
			return j + 1;
		if (!(tag == PL_T_DT || PL_TAG_IS_ADJ(tag) || PL_TAG_IS_NOUN(tag) ||
		      tag == PL_T_PRPS || tag == PL_T_POS))
			break;
	}
	/* a clause with its own subject straight after the verb */
	return claim_only ? PL_NONE : subject_clause(an, d, s);
}

/* Before denial d: does a noun of a claim, "which" or "what" taken as its
** object open the part between the last comma and the verb (", a claim Mr
** Blair denies", ", which he denied"), or does the denial, after a comma,
** take only "it" or "this" or nothing as its object (", though he has
** denied it")?  Returns the comma, or PL_NONE. */
static uint32_t denied_before(const pl_sentan *an, int d)
{
	const pl_token *tok = an->tok;
	const pl_vg *g = &an->vg[d];
	uint32_t j, comma = PL_NONE, after = g->t1;
	int claim = 0;
	for (j = g->t0; j > an->t0; j--) {
		const pl_token *t = &tok[j - 1];
		if (t->tag == PL_T_PPC || t->tag == PL_T_PPS) {
			comma = j - 1;
			break;
		}
		if (PL_TAG_IS_VERB(t->tag) || t->tag == PL_T_MD)
			if (!pl_eq(lemma_of(t), "have") && !pl_eq(lemma_of(t), "do"))
				return PL_NONE;
		if ((PL_TAG_IS_NOUN(t->tag) && pl_in_set(&claim_set, lemma_of(t))) ||
		    t->tag == PL_T_WDT || pl_eq(t->low, "which") || pl_eq(t->low, "what"))
			claim = 1;
	}
	if (comma == PL_NONE || comma == an->t0)
		return PL_NONE;
	if (after < an->t1 && (pl_eq(tok[after].low, "it") || pl_eq(tok[after].low, "this")))
		after++;
	while (after < an->t1 && (tok[after].tag == PL_T_RB || tok[after].tag == PL_T_PPR))
		after++;
	if (after < an->t1 && tok[after].tag != PL_T_PP && tok[after].tag != PL_T_PPS &&
	    tok[after].tag != PL_T_PPC)
		return PL_NONE;
	if (claim)
		return comma;
	/* a bare ", he has denied it" denies only what someone is said to
	** claim before it: a verb of saying of another subject */
	for (j = 0; j < (uint32_t)d; j++)
		if (an->vg[j].reporting && an->vg[j].t1 <= comma && !an->vg[j].negated)
			return comma;
	return PL_NONE;
}

/* Marks hypothetical the asserted events of the sentence whose verb is
** inside [a, b), but for the denials themselves and, with claims set, the
** making of the claim ("postal fraud allegations made against ..., claims
** which are denied"). */
static void deny_span(const pl_sentan *an, pl_event *ev, size_t n, uint32_t a, uint32_t b,
                      int claims)
{
	size_t i;
	for (i = 0; i < n; i++) {
		pl_event *e = &ev[i];
		int k, kind;
		if (e->mood != PL_MOOD_ASSERTED || e->v < a || e->v >= b)
			continue;
		/* (a verb of dismissal denies only when it names a claim: "had
		** rejected the Mexican proposal" inside a rumour is rumoured) */
		if ((k = pl_vg_of(an, e->v)) >= 0 && (kind = outright_denial(an, k)) != 0 &&
		    (kind == 1 || denied_after(an, k, 1) != PL_NONE))
			continue;
		if (claims && (pl_in_list(lemma_of(&an->tok[e->v]), claim_verbs) ||
		               pl_in_set(&claim_set, lemma_of(&an->tok[e->v]))))
			continue;
		e->mood = PL_MOOD_HYPOTHETICAL;
	}
}

/* Acts told only inside what someone denies ("denied that he had
** promised", "denied reports that they met", "the book says he promised to
** quit, a claim he denies") are not told as done: mood hypothetical.  The
** denial stays as it is; so does an admission or a plain report. */
static void mark_denied(const pl_sentan *an, const pl_docctx *ctx, const pl_quote *quotes,
                        pl_event *ev, size_t n)
{
	int d;
	for (d = 0; d < an->nvg; d++) {
		uint32_t a, b, c;
		int kind = outright_denial(an, d);
		if (!kind)
			continue;
		if ((a = denied_after(an, d, kind == 2)) != PL_NONE) {
			/* a denial inside a quotation denies nothing past its end
			** (the marks around words of a clause are not in the tokens
			** the readings see) */
			b = denied_clause_end(an, a);
			c = direct_quote_end(ctx, quotes, an->vg[d].v);
			deny_span(an, ev, n, a, c != PL_NONE && c < b ? c : b, 0);
		}
		if (kind == 1 && (c = denied_before(an, d)) != PL_NONE) {
			/* the claim: after the last verb of saying or claiming before
			** the comma, else the whole part before it */
			uint32_t from = an->t0;
			int k;
			for (k = 0; k < d; k++)
				if (an->vg[k].t1 <= c &&
				    (an->vg[k].reporting ||
				     pl_in_list(lemma_of(&an->tok[an->vg[k].v]), claim_verbs)))
					from = an->vg[k].t1;
			deny_span(an, ev, n, from, c, 1);
		}
	}
}

/* Is token j a form of "be"? */
static int is_be(const pl_token *t)
{
	return pl_eq(lemma_of(t), "be");
}

/* Is the noun phrase at token p "the only thing" ("the only thing the
** government has offered is")?  "The only country Britain has attacked
** is Iraq" names a deed. */
static int only_head(const pl_sentan *an, uint32_t p)
{
	return p + 2 < an->t1 && pl_eq(an->tok[p].low, "the") && pl_eq(an->tok[p + 1].low, "only") &&
	       pl_eq(an->tok[p + 2].lemma ? an->tok[p + 2].lemma : an->tok[p + 2].low, "thing");
}

/* How the act of verb group k is framed by a cleft that names it as what
** someone does or has done with "what" or "all":
**   1: a habit or a jibe, told as what someone does in general or as all
**      he has done ("What I do is attack the minister", "all they do is
**      block it", "All the government has offered is more talk");
**   2: only what someone can or wants to do ("All we can do is criticise");
**   0: none, or a deed ("What the Law Lords did was acknowledge ..."). */
static int cleft_act(const pl_sentan *an, int k)
{
	const pl_token *tok = an->tok;
	const pl_vg *g = &an->vg[k];
	uint32_t j = g->v, lo = an->t0 + 8 < g->v ? g->v - 8 : an->t0;
	int modal = 0;
	/* "All the government has offered is", "the only thing he has
	** done is": the group's subject opens with "all" or "the only" and
	** "is" follows the group, the object's gap */
	if (g->finite && !g->passive && g->subj >= 0 && g->t1 < an->t1 && is_be(&tok[g->t1]) &&
	    an->np[g->subj].t1 <= g->t0) {
		uint32_t s0 = an->np[g->subj].t0;
		int q = s0 > an->t0 ? an->np_of[s0 - 1 - an->t0] : -1;
		if (pl_eq(tok[s0].low, "all") || (q >= 0 && only_head(an, an->np[q].t0)) ||
		    (s0 > an->t0 && pl_eq(tok[s0 - 1].low, "all")) ||
		    (s0 > an->t0 + 1 && pl_eq(tok[s0 - 1].low, "that") && pl_eq(tok[s0 - 2].low, "all")))
			return 1;
	}
	/* "What I do is attack": before the verb (the tagger may make one
	** group of "do is attack"), [to] be, then "do", then back to "what"
	** or "all" over the subject and a modal */
	if (j > an->t0 && pl_eq(tok[j - 1].low, "to"))
		j--;
	if (j < an->t0 + 3 || !is_be(&tok[j - 1]) || !pl_eq(lemma_of(&tok[j - 2]), "do"))
		return 0;
	if (tok[j - 2].tag == PL_T_VBD || tok[j - 2].tag == PL_T_VBN)
		return 0;
	for (j -= 3; j >= lo && j >= an->t0; j--) {
		if (pl_eq(tok[j].low, "what") || pl_eq(tok[j].low, "all"))
			return modal ? 2 : 1;
		if (tok[j].tag == PL_T_MD || pl_eq(lemma_of(&tok[j]), "want"))
			modal = 1;
		else if (tok[j].tag == PL_T_PPC || tok[j].tag == PL_T_PP ||
		         (PL_TAG_IS_VERB(tok[j].tag) && !pl_eq(tok[j].low, "to")))
			return 0;
		if (j == an->t0)
			break;
	}
	return 0;
}

/* verbs of need before "to": the act after them is owed, not done ("the
** Liberal Democrats needed to explain", "we have got to demonstrate",
** "states had to work with the US") */
static const char *const need_verbs[] = {"need", "have", "get", "ought", NULL};

/* participles of a passive before "to" that name an act only designed,
** meant, owed or tipped ("is designed to appeal to women voters", "is
** tipped to ask the Queen"); "forced to apologise" is done */
static const char *const meant_verbs[] = {
	"design", "intend", "suppose", "mean", "tip", "bind", "oblige", "require", NULL
};

/* adjectives after "be" and before "to" of an eagerness or a likelihood
** ("are keen to emphasise", "is unlikely to veto"); "ready", "willing",
** "prepared" are left to the intent codes the coder reads from them */
static const char *const eager_adjs[] = {
	"keen", "eager", "anxious", "determined", "desperate", "likely", "unlikely", "bound",
	"supposed", "obliged", "required", NULL
};

/* adjectives of a judgement after "it is" ("it is really important to
** support head teachers", "it was absurd to charge farmers"): a general
** remark, no act */
static const char *const judged_adjs[] = {
	"important", "vital", "essential", "crucial", "necessary", "absurd", "wrong", "right",
	"unacceptable", "acceptable", "time", "sensible", "foolish", "wise", "possible",
	"impossible", "hard", "difficult", "easy", NULL
};

/* Is verb group k a participle of speaking that opens the sentence or a
** phrase set off by commas ("Speaking on BBC One's Breakfast with Frost,
** he said ...", "Mr Straw, speaking at a joint news conference, said"),
** with a verb of saying of its own in the sentence?  It tells where or when
** that saying was made, not another act. */
static int saying_frame(const pl_sentan *an, int k)
{
	const pl_token *tok = an->tok;
	const pl_vg *g = &an->vg[k];
	int j;
	if (tok[g->v].tag != PL_T_VBG || !pl_eq(lemma_of(&tok[g->v]), "speak") ||
	    !(g->t0 == an->t0 || tok[g->t0 - 1].tag == PL_T_PPC))
		return 0;
	for (j = 0; j < an->nvg; j++)
		if (j != k && an->vg[j].reporting && an->vg[j].finite)
			return 1;
	return 0;
}

/* Is the subject of verb group g a thing that cannot speak or intend
** (pl_can_speak: "the move", "those cutbacks", "the stamp duty threshold
** rise"), not an actor, a person or a pronoun? */
static int thing_subject(const pl_store *st, const pl_sentan *an, const pl_vg *g)
{
	const pl_np *q;
	if (g->subj < 0)
		return 0;
	q = &an->np[g->subj];
	return !q->code && !q->poss_code && !q->icode && !q->acode && !q->agent_only &&
	       !q->person && !q->pronoun && !pl_can_speak(st, an, g->subj);
}

/* Is the subject of verb group h the speaker ("I", "we")? */
static int speaker_subject(const pl_sentan *an, const pl_vg *h)
{
	const char *w;
	if (h->subj < 0)
		return 0;
	w = an->tok[an->np[h->subj].t0].low;
	return pl_eq(w, "i") || pl_eq(w, "we");
}

/* Is verb group h, a verb of need in the past ("Mr Blunkett had to answer
** an emergency question"), the narrator's own: no verb of saying before it
** in the sentence?  Then what it needed was done; under a verb of saying
** ("Mr Blair said states had to work with the US") it is a present need
** told in the past. */
static int told_done(const pl_sentan *an, int h)
{
	int j;
	if (an->tok[an->vg[h].v].tag != PL_T_VBD)
		return 0;
	for (j = 0; j < h; j++)
		if (an->vg[j].reporting)
			return 0;
	return 1;
}

/* Is verb group k an infinitive whose "to" follows a verb of need ("needed
** to explain", "has got to demonstrate"), a passive of design or
** obligation ("is designed to appeal", "is tipped to ask"), "be" and an
** adjective of eagerness or likelihood ("are keen to emphasise"), or "it
** is" and an adjective of judgement ("it is vital to support")?  Its act is
** owed, meant or judged, not done.  "I have to say" and "we've got to tell
** you" are said there and then. */
static int needed_infinitive(const pl_sentan *an, int k)
{
	const pl_token *tok = an->tok;
	const pl_vg *g = &an->vg[k], *h;
	uint32_t to = g->t0, j;
	const char *l;
	if (k == 0 || !g->infinitive || g->finite || tok[g->v].tag == PL_T_VBG)
		return 0;
	if (tok[to].tag != PL_T_TO)
		to--;
	h = &an->vg[k - 1];
	if (tok[to].tag != PL_T_TO || h->negated || h->t1 > to)
		return 0;
	l = lemma_of(&tok[h->v]);
	if (g->reporting && speaker_subject(an, h))
		return 0;
	if (h->t1 == to) {
		/* "have to", "have got to", "need to", "ought to"; not "get to
		** meet" */
		if (pl_eq(l, "get"))
			return tok[h->v].tag == PL_T_VBN;
		if (pl_in_list(l, need_verbs))
			return !told_done(an, k - 1);
		if (!pl_in_list(l, meant_verbs))
			return 0;
		/* a passive, which the tagger may read as a past ("is tipped") */
		for (j = h->t0; j < h->v && !h->passive; j++)
			if (is_be(&tok[j]))
				return 1;
		return h->passive;
	}
	if (!pl_eq(l, "be"))
		return 0;
	/* "be" [adverb] adjective "to" */
	for (j = h->t1; j + 1 < to && tok[j].tag == PL_T_RB; j++)
		;
	if (j + 1 != to || !(PL_TAG_IS_ADJ(tok[j].tag) || tok[j].tag == PL_T_VBN ||
	                     tok[j].tag == PL_T_NN))
		return 0;
	if (pl_in_list(tok[j].low, eager_adjs))
		return 1;
	return pl_in_list(tok[j].low, judged_adjs) && h->t0 > an->t0 &&
	       pl_eq(tok[h->t0 - 1].low, "it");
}

/* nouns of a claim whose clause tells what someone claims, whoever says
** it or answers it ("hit back at Labour claims he had used her", "refused
** to deny the claim that he told him"); "report" and "story" are left to
** the denials: "amid reports that troops opened fire" tells news */
static const char *const claimed_nouns[] = {
	"claim", "allegation", "suggestion", "accusation", "rumour", "rumor", "assertion",
	"speculation", "insinuation", NULL
};

/* verbs that take a claim as true ("confirmed claims that police had
** arrested ten") */
static const char *const confirm_verbs[] = {
	"confirm", "admit", "accept", "acknowledge", "concede", "verify", "prove", "corroborate",
	"substantiate", NULL
};

/* verbs of a relative clause on the claim itself ("the claims that he
** made", "the allegation that the paper printed"): "that" opens no claim */
static const char *const claim_makers[] = {
	"make", "repeat", "level", "publish", "print", "air", "raise", "carry", "put", "deny",
	"reject", "dismiss", "hear", "receive", "investigate", "examine", NULL
};

/* The first token of the clause claim noun j opens ("claims that he had
** insulted", "claims he had insulted"), or PL_NONE: none, or a relative
** clause on the noun ("the claims that he made"). */
static uint32_t claim_clause(const pl_sentan *an, uint32_t j)
{
	const pl_token *tok = an->tok;
	uint32_t s = PL_NONE;
	int k;
	if (j + 2 < an->t1 && pl_eq(tok[j + 1].low, "that") && tok[j + 2].tag != PL_T_PP &&
	    tok[j + 2].tag != PL_T_PPC)
		s = j + 2;
	else if (j + 1 < an->t1 && an->np_of[j + 1 - an->t0] != an->np_of[j - an->t0])
		s = subject_clause(an, -1, j + 1);
	if (s == PL_NONE)
		return PL_NONE;
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].t0 >= s)
			return pl_in_list(lemma_of(&an->tok[an->vg[k].v]), claim_makers) ? PL_NONE : s;
	return PL_NONE;
}

/* Does the claim noun at token j name a claim the sentence leaves open:
** a noun of claimed_nouns no verb takes as true ("confirmed claims that"),
** or a report or a story a verb of denial takes as its object in any
** form ("refused to deny reports that he had told", "did not deny the
** story that")? */
static int claim_open(const pl_sentan *an, uint32_t j)
{
	const char *w = lemma_of(&an->tok[j]);
	int k = pl_noun_governor(an, j, 0, 1);
	const char *v = k >= 0 ? lemma_of(&an->tok[an->vg[k].v]) : "";
	if (pl_in_list(w, claimed_nouns))
		return k < 0 || an->vg[k].negated || !pl_in_list(v, confirm_verbs);
	return (pl_eq(w, "report") || pl_eq(w, "story")) &&
	       (pl_in_list(v, deny_verbs) || pl_in_list(v, dismiss_verbs));
}

/* Is the event noun at token h the object of a verb under a modal ("will
** also provide funding to help the panel", "could face prosecution")?  Its
** act is to come or only possible, as the verb's.  Not of a verb of
** saying; an intent the coder read from the noun ("would make similar
** offers": 030) is what was said and is left to the caller. */
static int object_of_modal(const pl_sentan *an, uint32_t h)
{
	int k = pl_noun_governor(an, h, 0, 1);
	return k >= 0 && !an->vg[k].reporting && !an->vg[k].negated &&
	       has_modal(an, &an->vg[k]) &&
	       !pl_in_list(lemma_of(&an->tok[an->vg[k].v]), polite);
}

/* The end of the claim clause that starts at token s: where a denial's
** clause ends, or earlier at a comma a clause with its own subject
** follows ("amid speculation that he had quit, Labour leaders met"). */
static uint32_t claim_end(const pl_sentan *an, uint32_t s)
{
	uint32_t b = denied_clause_end(an, s), j;
	for (j = s; j + 1 < b; j++)
		if (an->tok[j].tag == PL_T_PPC && subject_clause(an, -1, j + 1) != PL_NONE)
			return j;
	return b;
}

/* nouns of a prospect: what their clause tells is proposed, hoped,
** feared or expected ("proposals that Japan cut its surplus", "hopes that
** the talks will succeed", "fears that Iran would attack"), not done */
static const char *const prospect_nouns[] = {
	"proposal", "suggestion", "recommendation", "demand", "request", "call", "insistence",
	"hope", "plan", "possibility", "expectation", "fear", "speculation", "prospect",
	"likelihood", "chance", "idea", "risk", "danger", "worry", NULL
};
static pl_wordset prospect_set = PL_WORDSET(prospect_nouns);   /* (asked of nouns) */

/* nouns of a proposal or a demand, whose clause takes the bare verb
** ("suggestions that the U.S. and the EC agree", "proposals that Japan
** cut its surplus") */
static const char *const mandate_nouns[] = {
	"proposal", "suggestion", "recommendation", "demand", "request", "call", "insistence",
	NULL
};

/* Does verb group h, the first of the clause after prospect noun w, tell
** what is not yet so: a modal ("fears that Iran would attack"), a present
** ("hopes that the talks succeed"), or after a noun of a proposal the bare
** verb ("proposals that Japan cut", which the tagger may read as a past)?
** A past or a perfect tells a thing done, or a relative clause on the
** noun ("the plan that the cabinet approved"). */
static int prospect_verb(const pl_sentan *an, const char *w, const pl_vg *h)
{
	const pl_token *v = &an->tok[h->v];
	if (!h->finite || h->negated)
		return 0;
	if (has_modal(an, h))
		return 1;
	if (h->v != h->t0)
		return 0;   /* "had attacked", "was held" */
	if (v->tag == PL_T_VB || v->tag == PL_T_VBP || v->tag == PL_T_VBZ)
		return 1;
	return v->tag == PL_T_VBD && pl_in_list(w, mandate_nouns) && pl_eq(v->low, lemma_of(v));
}

/* Where the clause from a to e ends when the sentence opens with a
** participle or a preposition ("Faced with the possibility that he might
** go home empty-handed, Nakasone ordered ..."): at the first comma, which
** closes the opening phrase before the sentence's own subject and verb. */
static uint32_t fronted_end(const pl_sentan *an, uint32_t a, uint32_t e)
{
	uint32_t j;
	int tag = an->tok[an->t0].tag;
	if (tag != PL_T_VBN && tag != PL_T_VBG && tag != PL_T_IN)
		return e;
	for (j = a; j < e; j++)
		if (pl_eq(an->tok[j].low, ","))
			return j;
	return e;
}

/* Acts told only in the clause of a noun of a prospect (prospect_nouns)
** are not asserted: mood hypothetical. */
static void mark_prospects(const pl_sentan *an, pl_event *ev, size_t n)
{
	const pl_token *tok = an->tok;
	uint32_t j, a, last = an->t0;
	size_t i;
	int k;
	/* (as in mark_claimed: the clause starts after its noun, so the nouns
	** from the last asserted act's verb on are not asked) */
	for (i = 0; i < n; i++)
		if (ev[i].mood == PL_MOOD_ASSERTED && ev[i].v > last)
			last = ev[i].v;
	for (j = an->t0; j + 2 < an->t1 && j < last; j++) {
		const char *w;
		if (!PL_TAG_IS_NOUN(tok[j].tag) || !pl_in_set(&prospect_set, w = lemma_of(&tok[j])) ||
		    (a = claim_clause(an, j)) == PL_NONE)
			continue;
		for (k = 0; k < an->nvg && an->vg[k].t0 < a; k++)
			;
		if (k < an->nvg && prospect_verb(an, w, &an->vg[k]))
			deny_span(an, ev, n, a, fronted_end(an, a, claim_end(an, a)), 0);
	}
}

/* Acts told only inside what a noun of a claim says ("Labour claims that he
** had insulted them", "speculation he had criticised Mr Blair", "refused
** to deny reports he had told him") are claimed, not told as done: mood
** hypothetical, unless a verb before the noun takes the claim as true. */
static void mark_claimed(const pl_sentan *an, pl_event *ev, size_t n)
{
	const pl_token *tok = an->tok;
	uint32_t j, a, last = an->t0;
	size_t i;
	/* (a claim's clause starts after its noun, and only an asserted act in
	** it is marked: the nouns from the last such act's verb on, all of
	** them when there is none, are not asked) */
	for (i = 0; i < n; i++)
		if (ev[i].mood == PL_MOOD_ASSERTED && ev[i].v > last)
			last = ev[i].v;
	for (j = an->t0; j + 1 < an->t1 && j < last; j++) {
		if (!PL_TAG_IS_NOUN(tok[j].tag) || !pl_in_set(&claim_set, lemma_of(&tok[j])))
			continue;
		if (!claim_open(an, j) || (a = claim_clause(an, j)) == PL_NONE)
			continue;
		deny_span(an, ev, n, a, claim_end(an, a), 0);
	}
}

/* verbs of guesswork: what their clause tells is only guessed ("Wall Street
** speculated the board was discussing the bids", "it was rumoured that
** the Fed had telephoned banks"), and an infinitive after their passive
** is a rumour, not news ("is rumoured to be considering a spinoff", "was
** rumoured to have signalled displeasure") */
static const char *const guess_verbs[] = {
	"speculate", "rumour", "rumor", "conjecture", "surmise", NULL
};

/* verbs that have a claim spread or last with its clause put after them
** ("speculation has continued for days that the U.S. is considering",
** "rumours circulated on Wall Street that it was considering") */
static const char *const spread_verbs[] = {
	"be", "continue", "circulate", "swirl", "grow", "mount", "spread", "persist",
	"surface", "resurface", "emerge", "abound", "intensify", "increase", "linger", "arise",
	"revive", "build", NULL
};

/* The first token of the clause a claim noun at token j, subject of the
** next verb group, has put after that group's verb and its adjuncts
** ("speculation has been in the market for some time that the U.S. is
** considering"), or PL_NONE.  The noun ends the subject (only adverbs
** before the verb), the verb is one of spread_verbs, no other verb comes
** before the "that", and a clause with its own subject follows it. */
static uint32_t claim_put_after(const pl_sentan *an, uint32_t j)
{
	const pl_token *tok = an->tok;
	uint32_t t, end;
	int k;
	for (k = 0; k < an->nvg && an->vg[k].t0 <= j; k++)
		;
	/* (a bare past the tagger read as a participle: "rumours circulated
	** on Wall Street that") */
	if (k == an->nvg || an->vg[k].negated ||
	    !(an->vg[k].finite || (an->vg[k].v == an->vg[k].t0 && tok[an->vg[k].v].tag == PL_T_VBN)) ||
	    !pl_in_list(lemma_of(&tok[an->vg[k].v]), spread_verbs))
		return PL_NONE;
	for (t = j + 1; t < an->vg[k].t0; t++)
		if (tok[t].tag != PL_T_RB)
			return PL_NONE;
	end = k + 1 < an->nvg ? an->vg[k + 1].t0 : an->t1;
	for (t = an->vg[k].t1; t + 1 < end; t++) {
		if (tok[t].tag == PL_T_PP || tok[t].tag == PL_T_PPS)
			return PL_NONE;
		if (pl_eq(tok[t].low, "that") && tok[t + 1].tag != PL_T_PP && tok[t + 1].tag != PL_T_PPC)
			return subject_clause(an, k, t + 1);
	}
	return PL_NONE;
}

/* Acts told only as guesses: inside the clause of a verb of guesswork
** (guess_verbs), in an infinitive after its passive, in the clause a
** noun of a claim has put after its verb (claim_put_after), or after a
** singular "talk" and "that" ("there is talk that owners are
** considering"): mood hypothetical. */
static void mark_guessed(const pl_sentan *an, pl_event *ev, size_t n)
{
	const pl_token *tok = an->tok;
	uint32_t j, a;
	int d;
	for (d = 0; d < an->nvg; d++) {
		const pl_vg *g = &an->vg[d];
		if (!pl_in_list(lemma_of(&tok[g->v]), guess_verbs))
			continue;
		if (g->passive && d + 1 < an->nvg && an->vg[d + 1].infinitive &&
		    g->t1 < an->t1 && tok[g->t1].tag == PL_T_TO && an->vg[d + 1].t0 <= g->t1 + 1)
			deny_span(an, ev, n, g->t1, denied_clause_end(an, g->t1), 0);
		else if ((a = denied_after(an, d, 0)) != PL_NONE)
			deny_span(an, ev, n, a, denied_clause_end(an, a), 0);
	}
	for (j = an->t0; j + 2 < an->t1; j++) {
		if (!PL_TAG_IS_NOUN(tok[j].tag))
			continue;
		if (pl_eq(tok[j].low, "talk") && pl_eq(tok[j + 1].low, "that") &&
		    subject_clause(an, -1, j + 2) != PL_NONE)
			a = j + 2;
		else if (pl_in_list(lemma_of(&tok[j]), claimed_nouns) && claim_clause(an, j) == PL_NONE)
			a = claim_put_after(an, j);
		else
			continue;
		if (a != PL_NONE)
			deny_span(an, ev, n, a, claim_end(an, a), 0);
	}
}

/* nouns of an intention, an offer, a power or a refusal: an infinitive
** after them ("the plans to ban fox hunting", "Moscow's offer to
** negotiate", "the refusal to sign the protocol") names an act that is
** only intended, offered, allowed or refused, not one done */
static const char *const intent_nouns[] = {
	"plan", "proposal", "scheme", "bill", "legislation", "power", "idea", "option",
	"blueprint", "pledge", "promise", "vow", "threat", "intention", "ambition", "aim",
	"wish", "desire", "hope", "call", "demand", "request", "offer", "bid", "attempt",
	"refusal", "failure", "right", "readiness", "willingness",
	/* leave given or sought: "asked Congress for authority to finance",
	** "won approval to sell", "under pressure to cut" */
	"authority", "permission", "approval", "licence", "license", "permit", "mandate",
	"clearance", "authorisation", "authorization", "go-ahead", "freedom", "pressure", NULL
};

/* verbs that carry an intention out: after them its act is done */
static const char *const carried_out[] = {
	"exercise", "implement", "execute", "fulfil", "fulfill", "keep", "honour", "honor",
	"carry", "complete", NULL
};

/* Is verb group k an infinitive whose chain of infinitives (objects between
** allowed: "plans to allow police to detain") goes up, within one clause,
** to a "to" right after a noun of intent_nouns ("his plan to expel foreign
** criminals")? */
static int intended_infinitive(const pl_sentan *an, int k)
{
	const pl_token *tok = an->tok;
	int j = k;
	for (;;) {
		const pl_vg *g = &an->vg[j];
		uint32_t to = g->t0, t;
		if (!g->infinitive || g->finite || to < an->t0 + 2)
			return 0;
		/* "to" is before the group's first token, or is it */
		if (tok[to].tag != PL_T_TO)
			to--;
		if (tok[to].tag != PL_T_TO || to < an->t0 + 1)
			return 0;
		if ((tok[to - 1].tag == PL_T_NN || tok[to - 1].tag == PL_T_NNS) &&
		    pl_in_list(lemma_of(&tok[to - 1]), intent_nouns)) {
			/* "exercised an option to purchase", "kept his promise to
			** resign": the intention carried out is the act done (not
			** "to exercise its option to acquire": still to come) */
			uint32_t b = to - 1;
			while (b > an->t0 && (tok[b - 1].tag == PL_T_DT || tok[b - 1].tag == PL_T_PRPS ||
			                      tok[b - 1].tag == PL_T_POS || PL_TAG_IS_ADJ(tok[b - 1].tag) ||
			                      PL_TAG_IS_NOUN(tok[b - 1].tag)))
				b--;
			return !(b > an->t0 && (tok[b - 1].tag == PL_T_VBD || tok[b - 1].tag == PL_T_VBN ||
			                        tok[b - 1].tag == PL_T_VBZ || tok[b - 1].tag == PL_T_VBP) &&
			         pl_in_list(lemma_of(&tok[b - 1]), carried_out));
		}
		/* up the chain: the infinitive before, with only its object
		** between */
		if (j == 0 || !an->vg[j - 1].infinitive || an->vg[j - 1].t1 > to)
			return 0;
		for (t = an->vg[j - 1].t1; t < to; t++) {
			int tag = tok[t].tag;
			if (tag == PL_T_PPC || tag == PL_T_PPS || tag == PL_T_PP || tag == PL_T_PPL ||
			    tag == PL_T_PPR || tag == PL_T_WDT || tag == PL_T_WP || tag == PL_T_CC ||
			    tag == PL_T_IN || PL_TAG_IS_VERB(tag) || pl_in_list(tok[t].low, clause_openers))
				return 0;
		}
		j--;
	}
}

/* verbs that give leave or lay a duty on their object: the act in the
** infinitive after the object is only allowed or owed ("the law obliges
** MSPs to declare", "a rule allowing the UK to deport", "requires banks
** to report"); not "force" or "compel", whose past is done */
static const char *const leave_or_duty[] = {
	"allow", "permit", "require", "oblige", "bind", "commit", "empower", "entitle",
	"authorise", "authorize", "enable", "forbid", "prohibit", NULL
};

/* Can a word of this tag stand in the short noun phrase between a verb and
** what it governs ("allows the two banks to", "bans foreign firms from",
** "waiting for its lenders to")? */
static int short_np_tag(int tag)
{
	return tag == PL_T_DT || tag == PL_T_PRPS || tag == PL_T_POS || tag == PL_T_PRP ||
	       tag == PL_T_CD || PL_TAG_IS_ADJ(tag) || PL_TAG_IS_NOUN(tag);
}

/* Is verb group k an infinitive right after the object of a verb of
** leave_or_duty, the object a short noun phrase or a pronoun ("allows
** police to detain", "obliges chief executives to take")? */
static int allowed_infinitive(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	uint32_t to = g->t0, b;
	if (!g->infinitive || g->finite)
		return 0;
	if (tok[to].tag != PL_T_TO && to > an->t0)
		to--;
	if (tok[to].tag != PL_T_TO || to < an->t0 + 2)
		return 0;
	for (b = to; b > an->t0 && b + 6 > to; b--) {
		int tag = tok[b - 1].tag;
		if (!short_np_tag(tag))
			break;
	}
	if (b == to || b == an->t0 || !PL_TAG_IS_VERB(tok[b - 1].tag))
		return 0;
	/* "enabled her to win roles": a past enabling tells the act done */
	if (pl_eq(lemma_of(&tok[b - 1]), "enable") &&
	    (tok[b - 1].tag == PL_T_VBD || tok[b - 1].tag == PL_T_VBN))
		return 0;
	return pl_in_list(lemma_of(&tok[b - 1]), leave_or_duty);
}

/* verbs whose passive gives leave or lays a duty or a ban on its subject:
** "are forbidden to invest", "is required to report", "are not allowed
** to sell" name an act not (yet) done.  Only a present or modal passive
** of leave ("is allowed to", "will be permitted to"), or a negated one;
** a past one often tells the act done ("were allowed to leave") */
static const char *const banned_passive[] = {"forbid", "prohibit", "bar", "ban", NULL};
static const char *const leave_passive[] = {
	"allow", "permit", "require", "oblige", "entitle", "empower", "authorise",
	"authorize", NULL
};

/* words that ban or hold back the act of a gerund after "from": "bans
** companies from investing", "are barred from lending", "refrained from
** selling" */
static const char *const from_bans[] = {
	"forbid", "prohibit", "bar", "ban", "prevent", "preclude", "restrict", "stop",
	"block", "exclude", "restrain", "deter", "discourage", "refrain", NULL
};

/* adjectives of leave, right or inability before an infinitive: "is
** free to sell", "are entitled to borrow", "was unable to pay" */
static const char *const leave_adjectives[] = {
	"free", "entitled", "eligible", "unable", NULL
};

/* Is the passive verb group h present or modal ("is allowed", "will be
** permitted"), not past ("were allowed", "has been permitted")? */
static int present_passive(const pl_token *tok, const pl_vg *h)
{
	uint32_t t;
	for (t = h->t0; t < h->v; t++)
		if (tok[t].tag == PL_T_MD || pl_eq(tok[t].low, "is") || pl_eq(tok[t].low, "are") ||
		    pl_eq(tok[t].low, "am"))
			return 1;
	return 0;
}

/* Is the gerund of verb group k after "from" and a word of from_bans,
** the word right before "from" or before a short noun phrase there? */
static int banned_gerund(const pl_sentan *an, int k)
{
	const pl_token *tok = an->tok;
	const pl_vg *g = &an->vg[k];
	uint32_t from = g->t0, b;
	if (tok[g->v].tag != PL_T_VBG || from < an->t0 + 2)
		return 0;
	if (!pl_eq(tok[from].low, "from"))
		from--;
	if (!pl_eq(tok[from].low, "from"))
		return 0;
	for (b = from; b > an->t0 && b + 7 > from; b--) {
		int tag = tok[b - 1].tag;
		if (pl_in_list(lemma_of(&tok[b - 1]), from_bans))
			return 1;
		if (!short_np_tag(tag))
			return 0;
	}
	return 0;
}

/* Is verb group k an act not done because what governs it only bans,
** allows, owes or awaits it: 1 ("are forbidden to invest", "bans firms
** from investing", "is free to sell", "are waiting for lenders to
** agree"), 2 when it tells the act undone ("was unable to pay"), else
** 0?  The leave of an object ("allows police to detain") is
** allowed_infinitive's. */
static int unrealised_act(const pl_sentan *an, int k)
{
	const pl_token *tok = an->tok;
	const pl_vg *g = &an->vg[k];
	uint32_t to = g->t0, b;
	const char *l;
	if (g->finite)
		return 0;
	if (!g->infinitive)
		return banned_gerund(an, k);
	if (tok[to].tag != PL_T_TO && to > an->t0)
		to--;
	if (tok[to].tag != PL_T_TO || to < an->t0 + 2)
		return 0;
	if (pl_in_list(tok[to - 1].low, leave_adjectives))
		return pl_eq(tok[to - 1].low, "unable") ? 2 : 1;
	if (k > 0 && an->vg[k - 1].t1 == to && an->vg[k - 1].passive) {
		const pl_vg *h = &an->vg[k - 1];
		l = lemma_of(&tok[h->v]);
		if (pl_in_list(l, banned_passive) ||
		    (pl_in_list(l, leave_passive) && (h->negated || present_passive(tok, h))))
			return 1;
	}
	/* "are waiting to meet": the act awaited; not a past "waited to
	** sign", which may tell how long it took */
	if (pl_eq(lemma_of(&tok[to - 1]), "wait") && tok[to - 1].tag != PL_T_VBD &&
	    tok[to - 1].tag != PL_T_VBN)
		return 1;
	/* "waiting for lenders to agree": the act awaited, the subject of
	** the infinitive a short noun phrase after "for" */
	for (b = to; b > an->t0 + 1 && b + 6 > to; b--) {
		int tag = tok[b - 1].tag;
		if (!short_np_tag(tag))
			break;
	}
	return b < to && b > an->t0 + 1 && pl_eq(tok[b - 1].low, "for") &&
	       pl_eq(lemma_of(&tok[b - 2]), "wait");
}

/* participles of hearsay that make a past act told after them ("is said
** to have promised", "was reported to have suggested", "is alleged to have
** threatened") one retold from a report, a rumour or a charge */
static const char *const hearsay[] = {
	"report", "say", "rumour", "rumor", "allege", "claim", "reputed", NULL
};

/* participles that make a present stance or habit after them ("is said to
** support", "is known to oppose", "is understood to back") one held, not
** taken now */
static const char *const hedges[] = {
	"report", "say", "rumour", "rumor", "allege", "claim", "reputed", "know",
	"understand", "believe", "think", "consider", NULL
};

/* Is event e coded as force or its show (roots 15-20)?  A deed of force
** told as hearsay ("the rebels are said to have attacked the village") is
** how unconfirmed news of fighting is told, not an old act retold. */
static int force_code(const pl_event *e)
{
	const char *c = e && e->cameo ? e->cameo->code : NULL;
	return c && c[0] && c[1] && ((c[0] == '1' && c[1] >= '5') || c[0] == '2');
}

/* Is verb group k an infinitive right after a passive of hearsay or
** belief ("is said to", "is known to"): 1 when the act is held or done
** by habit (a present infinitive: "is known to oppose the plan"), 2 when
** it is a past act retold (a perfect infinitive after hearsay: "was
** reported to have suggested"), else 0?  A progressive ("is said to be
** planning") and a perfect after belief ("are believed to have killed
** three": the writer's own finding) are neither. */
static int hedged_infinitive(const pl_sentan *an, int k)
{
	const pl_token *tok = an->tok;
	const pl_vg *g = &an->vg[k], *h;
	uint32_t to = g->t0, j;
	int perfect = 0;
	const char *l;
	if (k == 0 || !g->infinitive || g->finite)
		return 0;
	if (tok[to].tag != PL_T_TO)
		to--;
	h = &an->vg[k - 1];
	if (tok[to].tag != PL_T_TO || h->t1 != to || !h->passive || h->negated)
		return 0;
	l = lemma_of(&tok[h->v]);
	if (!pl_in_list(l, hedges))
		return 0;
	if (tok[g->v].tag == PL_T_VBG)
		return 0;
	for (j = to + 1; j < g->v; j++)
		if (pl_eq(tok[j].low, "have"))
			perfect = 1;
	if (!perfect)
		return 1;
	return pl_in_list(l, hearsay) ? 2 : 0;
}

/* codes of material acts (meetings, aid, cooperation, force: roots 04,
** 06, 07, 09, 15-20), which a present tense tells only as a habit or a
** description; not yielding (08: "I resign" is done by saying it) */
static int material_code(const pl_event *e)
{
	const char *c = e->cameo ? e->cameo->code : NULL;
	int root;
	if (!c || !c[0] || !c[1])
		return 0;
	root = (c[0] - '0') * 10 + (c[1] - '0');
	return root == 4 || root == 6 || root == 7 || root == 9 || (root >= 15 && root <= 20);
}

/* Is the act of verb group k a simple present inside a direct quotation's
** words that tells what someone does as a rule, not an act of the story:
** a material act ("we send aid to Africa", "I meet the prime minister and
** tell him", "Britain supplies arms to Israel"), with no auxiliary, no
** modal and no date of its own?  Acts of speech are not asked about: a
** present of saying is often the act itself ("we condemn this attack"). */
static int quoted_present(const pl_sentan *an, const pl_docctx *ctx, const pl_quote *quotes,
                          int k, const pl_event *e)
{
	const pl_vg *g = &an->vg[k];
	int tag = an->tok[g->v].tag;
	if (!g->finite || g->t0 != g->v || g->reporting || g->subj < 0 || e->gran ||
	    !(tag == PL_T_VBZ || tag == PL_T_VBP) || !material_code(e))
		return 0;
	return in_direct_quote(ctx, quotes, e->v);
}

/* Is the act of verb group k a simple present right after "who" or
** "which" (over adverbs) that tells what someone does as a rule, not an
** act of the story ("Fannie Mae, which supplies funds to the market", "the
** minister, who spurns the elite", "a fund which invests in bonds"):
** no auxiliary, no modal, no date of its own, and not an act of speech
** ("Labour, which denies the charge", "who says he is standing by his
** remarks": what is said is said now), and no quotation's cue (what
** it would say is not said as a rule)? */
static int relative_present(const pl_sentan *an, const pl_docctx *ctx, const pl_quote *quotes,
                            int k, const pl_event *e)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	const char *c = e->cameo ? e->cameo->code : NULL;
	uint32_t j = g->v;
	if (!c || (c[0] == '0' && c[1] == '1') || g->t0 != g->v || g->reporting || e->gran ||
	    !(tok[g->v].tag == PL_T_VBZ || tok[g->v].tag == PL_T_VBP))
		return 0;
	while (j > an->t0 && tok[j - 1].tag == PL_T_RB)
		j--;
	return j > an->t0 && (pl_eq(tok[j - 1].low, "who") || pl_eq(tok[j - 1].low, "which")) &&
	       !is_quote_cue(ctx, quotes, g->v);
}

/* Is verb group g a bare form right after its subject and one or more
** adverbs ("the Lib Dems also oppose the plans"), which the tagger leaves
** unmarked for tense: a simple present all the same. */
static int adverb_present(const pl_sentan *an, const pl_vg *g)
{
	uint32_t j = g->v;
	int q;
	if (g->subj < 0 || an->tok[g->v].tag != PL_T_VB)
		return 0;
	while (j > an->t0 && an->tok[j - 1].tag == PL_T_RB)
		j--;
	/* the adverbs follow a chunk: the subject or the last of subjects
	** joined by "and" ("Italy and Germany also favour") */
	if (j == g->v || j <= an->t0 || (q = an->np_of[j - 1 - an->t0]) < 0)
		return 0;
	return an->np[q].t1 == j && q >= g->subj;
}

/* Is the act of verb group k a standing position told in the simple
** present ("The BMA also backs the bill", "voters who oppose the war"):
** a verb of stance_verbs or view_verbs, finite (or bare after its
** subject and an adverb), with no auxiliary, no modal, no date in its
** sentence, not in a direct quotation (a present of speech there is
** often the act itself: "we back this"), not under a verb of saying
** ("says he supports": a statement of the present) and not in the story's
** first sentence, whose headline present tells news ("Iran backs
** talks")? */
static int present_stance(const pl_sentan *an, const pl_docctx *ctx, const pl_quote *quotes,
                          int k, const pl_event *e)
{
	const pl_vg *g = &an->vg[k];
	int j;
	if (e->sent == 0 || g->t0 != g->v || g->reporting || e->gran || an->ndates > 0 ||
	    (!pl_in_list(lemma_of(&an->tok[g->v]), stance_verbs) &&
	     !pl_in_list(lemma_of(&an->tok[g->v]), view_verbs)))
		return 0;
	if (!simple_present(an, g) && !adverb_present(an, g))
		return 0;
	/* a view is held "that" something is so, "with" someone or "on"
	** something; "agree to" and "agree a deal" are acts */
	if (pl_in_list(lemma_of(&an->tok[g->v]), view_verbs) &&
	    (g->v + 1 >= an->t1 || !(pl_eq(an->tok[g->v + 1].low, "that") ||
	                            pl_eq(an->tok[g->v + 1].low, "with") ||
	                            pl_eq(an->tok[g->v + 1].low, "on"))))
		return 0;
	for (j = 0; j < k; j++)
		if (an->vg[j].reporting)
			return 0;
	return !in_direct_quote(ctx, quotes, e->v);
}

/* adjectives of frequency that make an event noun a habit ("has regular
** meetings with them", "frequent visits to Paris", "repeated calls for");
** not "annual" or "weekly", which name one occasion of a series ("at the
** weekly cabinet meeting") */
static const char *const habit_adjs[] = {
	"regular", "frequent", "routine", "periodic", "occasional", "repeated", "constant",
	"continual", "persistent", "incessant", NULL
};

/* Is the event noun at token h told as a habit: an adjective of habit_adjs
** in its chunk before it, with no date of its own? */
static int habitual_noun(const pl_sentan *an, uint32_t h)
{
	int q;
	uint32_t j;
	if (h < an->t0 || h >= an->t1 || (q = an->np_of[h - an->t0]) < 0)
		return 0;
	for (j = an->np[q].t0; j < h; j++)
		if (PL_TAG_IS_ADJ(an->tok[j].tag) && pl_in_list(an->tok[j].low, habit_adjs))
			return 1;
	return 0;
}

/* Does a phrase that sets an act before the story start at token j and
** end before token end: "in the past" (not "in the past week", "in the
** past 15 years", which may reach the story's days), "at the time", "at
** that time" (not "at the time of the manifesto", "at the time he was
** arrested": a time named after it)?  Returns the token after it, or 0. */
static uint32_t then_phrase(const pl_sentan *an, uint32_t j, uint32_t end)
{
	const pl_token *tok = an->tok;
	uint32_t a = j + 3;
	if (a > end)
		return 0;
	if (pl_eq(tok[j].low, "in") && pl_eq(tok[j + 1].low, "the") && pl_eq(tok[j + 2].low, "past"))
		return a >= an->t1 || !(PL_TAG_IS_NOUN(tok[a].tag) || PL_TAG_IS_ADJ(tok[a].tag) ||
		                        tok[a].tag == PL_T_CD) ? a : 0;
	if (pl_eq(tok[j].low, "at") && (pl_eq(tok[j + 1].low, "the") || pl_eq(tok[j + 1].low, "that")) &&
	    pl_eq(tok[j + 2].low, "time"))
		return a >= an->t1 || (tok[a].flags & PL_TOK_PUNCT) || pl_eq(tok[a].low, "by") ||
		       pl_eq(tok[a].low, "and") || pl_eq(tok[a].low, "but") ? a : 0;
	return 0;
}

/* Does a phrase of then_phrase follow verb group g in its clause, before a
** comma, another verb or a relative word ("who has clashed with his
** leaders over Europe in the past,", "he said at the time")? */
static int past_after(const pl_sentan *an, const pl_vg *g)
{
	const pl_token *tok = an->tok;
	uint32_t j;
	for (j = g->t1; j < an->t1 && j < g->t1 + 12; j++) {
		if (PL_TAG_IS_VERB(tok[j].tag) || tok[j].tag == PL_T_PPC || tok[j].tag == PL_T_PPS ||
		    tok[j].tag == PL_T_MD || tok[j].tag == PL_T_WDT || tok[j].tag == PL_T_WP ||
		    pl_eq(tok[j].low, "that") || pl_eq(tok[j].low, "but"))
			return 0;
		if (then_phrase(an, j, an->t1))
			return 1;
	}
	return 0;
}

/* Does the sentence open with a phrase of then_phrase, "back then" or an
** adverb of pl_before_now_word ("Previously, the department said ...",
** "In the past, IBM has supported Linux") and is verb group k its first
** finite one?  ("Once" opens a clause of time as often: not asked.) */
static int opens_before_now(const pl_sentan *an, int k)
{
	const pl_token *tok = an->tok;
	uint32_t j = an->t0;
	int p;
	for (p = 0; p < k; p++)
		if (an->vg[p].finite)
			return 0;
	if (!an->vg[k].finite || j >= an->vg[k].t0)
		return 0;
	if (!then_phrase(an, j, an->vg[k].t0) &&
	    !(pl_eq(tok[j].low, "back") && j + 1 < an->t1 && pl_eq(tok[j + 1].low, "then")) &&
	    !(pl_before_now_word(tok[j].low) && !pl_eq(tok[j].low, "once") && tok[j].tag == PL_T_RB))
		return 0;
	return 1;
}

/* Does token t say a thing is years old: "15-year-old", "40-year-old",
** "decade-old" (not "a year-old" or "month-old": those may be the news)? */
static int years_old(const pl_token *t)
{
	const char *w = t->low, *p = strstr(w, "-year-old");
	if (p && p > w && p[9] == 0)
		return !(p - w == 1 && w[0] == '1') && !(p - w == 3 && !strncmp(w, "one", 3));
	return !strcmp(w, "decade-old") || !strcmp(w, "decades-old") || !strcmp(w, "century-old");
}

/* Does event e name no actor on either side, not even by an uncoded
** phrase? */
static int no_actor(const pl_event *e)
{
	return !e->src.code && !e->src.named && !e->tgt.code && !e->tgt.named;
}

/* Is the event noun at token h, singular, named as a kind of act, not
** one act: its chunk has no determiner, possessive or number and no
** actor ("detention without trial is unlawful", "plans for house arrest",
** "indefinite imprisonment is anathema")?  Not a word in "-ing", mostly a
** verb's gerund ("rebels bombing their positions"), nor a capitalised
** one, mostly a headline's ("Rally That Gave Way To Riots").  Asked only
** of a noun whose event names no actor: with one ("talks with the
** rebels", "aid to Egypt") a bare noun is mostly one act.  (Asked of
** every bare noun, it took real talks and aid from Reuters stories: "has
** had discussions with several shareholders", "transferring 115 mln dlrs
** in aid to Egypt".) */
static int kind_of_act(const pl_sentan *an, uint32_t h)
{
	const pl_token *tok = an->tok;
	uint32_t j;
	int q;
	size_t n;
	if (h <= an->t0 || h >= an->t1 || (q = an->np_of[h - an->t0]) < 0 || tok[h].tag != PL_T_NN ||
	    an->np[q].code || an->np[q].poss_code || an->np[q].person || an->np[q].pronoun)
		return 0;
	n = strlen(tok[h].low);
	if ((n > 3 && !strcmp(tok[h].low + n - 3, "ing")) ||
	    ((tok[h].flags & PL_TOK_CAP) && !(tok[h - 1].flags & PL_TOK_QOPEN)))
		return 0;
	for (j = an->np[q].t0; j <= h; j++)
		if (tok[j].tag == PL_T_DT || tok[j].tag == PL_T_PRPS || tok[j].tag == PL_T_POS ||
		    tok[j].tag == PL_T_CD || tok[j].tag == PL_T_NNP || tok[j].tag == PL_T_NNPS ||
		    tok[j].tag == PL_T_PDT || tok[j].tag == PL_T_WPS)
			return 0;
	/* nor a determiner the chunker left before it ("the scheduled |
	** fourth eviction") */
	for (j = an->np[q].t0; j > an->t0 && j + 4 > an->np[q].t0; j--) {
		int t = tok[j - 1].tag;
		if (t == PL_T_DT || t == PL_T_PRPS || t == PL_T_POS)
			return 0;
		if (!(PL_TAG_IS_ADJ(t) || PL_TAG_IS_NOUN(t) || t == PL_T_VBN || t == PL_T_VBG))
			break;
	}
	/* not "a war or attack", sharing the first noun's determiner, nor "in
	** protest", "in retaliation": the verb's act done as one */
	if (an->np[q].t0 > an->t0 && (pl_eq(tok[an->np[q].t0 - 1].low, "or") ||
	                              pl_eq(tok[an->np[q].t0 - 1].low, "and") ||
	                              pl_eq(tok[an->np[q].t0 - 1].low, "in")))
		return 0;
	return 1;
}

/* Are the tokens strictly between a and b all nouns ("the 40-year-old
** trade embargo", not "the 64-year-old's latest donation", where the age
** is a person's)? */
static int nouns_between(const pl_sentan *an, uint32_t a, uint32_t b)
{
	uint32_t j;
	for (j = a + 1; j < b; j++)
		if (!PL_TAG_IS_NOUN(an->tok[j].tag))
			return 0;
	return 1;
}

/* Is the event noun at token h named as one before the story's: after
** "previous", "earlier", "prior" or "past" in its chunk ("the previous
** attempt to sell", "past attacks"), after "last" when it is plural ("their
** last three visits to Paris": "the last meeting" may be this week's), or
** years old right before it ("the 40-year-old trade embargo")? */
static int earlier_noun(const pl_sentan *an, uint32_t h)
{
	static const char *const beforew[] = {"previous", "earlier", "prior", "past", NULL};
	const pl_token *tok = an->tok;
	uint32_t j;
	int q;
	if (h < an->t0 || h >= an->t1 || (q = an->np_of[h - an->t0]) < 0)
		return 0;
	for (j = an->np[q].t0; j < h; j++)
		if ((PL_TAG_IS_ADJ(tok[j].tag) && pl_in_list(tok[j].low, beforew)) ||
		    (pl_eq(tok[j].low, "last") && tok[h].tag == PL_T_NNS) ||
		    (years_old(&tok[j]) && nouns_between(an, j, h)))
			return 1;
	/* "three previous rounds of talks", "earlier rounds of negotiations":
	** the word stands in the chunk the event's chunk hangs on by "of" */
	j = an->np[q].t0;
	if (j > an->t0 + 1 && pl_eq(tok[j - 1].low, "of") &&
	    (q = an->np_of[j - 2 - an->t0]) >= 0) {
		for (j = an->np[q].t0; j < an->np[q].t1; j++)
			if (PL_TAG_IS_ADJ(tok[j].tag) && pl_in_list(tok[j].low, beforew))
				return 1;
	}
	return 0;
}

/* Is verb group k, with a modal, in a clause opened by "no way" ("there is
** no way we can invest now", "no way that they will sign"): the act is
** denied, not done?  Its subject, and "that", may stand between. */
static int no_way_modal(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	uint32_t j;
	if (!has_modal(an, g))
		return 0;
	for (j = g->t0; j > an->t0 + 1 && j + 5 > g->t0; j--) {
		if (pl_eq(tok[j - 1].low, "way") && pl_eq(tok[j - 2].low, "no"))
			return 1;
		if (PL_TAG_IS_VERB(tok[j - 1].tag) || pl_eq(tok[j - 1].s, ","))
			return 0;
	}
	return 0;
}

/* Is the event noun at token h told as what the sentence's act came
** after: its chunk, or the chunk it hangs on by "of" ("after a wave of
** protests"), follows "after" or "following" ("after Tory protests over
** the posters", "Following criticism of the plan, the minister ...")?
** Such an episode is the cause or the time of the act the story tells,
** told before; the caller keeps one with a date of its own.  Talks and
** meetings (root 04) are not: "told reporters after talks with Mr Blair"
** tells the story's own meeting; nor are deeds of force ("burned homes
** after the killing of a settler"), news however they are told. */
static int after_episode_noun(const pl_sentan *an, const pl_event *e)
{
	const pl_token *tok = an->tok;
	uint32_t t0, h = e->v;
	int q, hops;
	if (!e->cameo || (e->cameo->code[0] == '0' && e->cameo->code[1] == '4') || force_code(e))
		return 0;
	if (h < an->t0 || h >= an->t1 || (q = an->np_of[h - an->t0]) < 0)
		return 0;
	for (hops = 0; hops < 2; hops++) {
		t0 = an->np[q].t0;
		if (t0 == an->t0)
			return 0;
		if (pl_eq(tok[t0 - 1].low, "after") || pl_eq(tok[t0 - 1].low, "following"))
			return 1;
		if (!pl_eq(tok[t0 - 1].low, "of") || t0 - 1 == an->t0 ||
		    (q = an->np_of[t0 - 2 - an->t0]) < 0)
			return 0;
	}
	return 0;
}

/* Is verb group k an act the writer tells only as alleged: "allegedly"
** in the group or right before it ("Mr Brown allegedly said", "he was
** allegedly beaten")?  The allegation may be news; the act is not told
** as done. */
static int alleged_act(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	uint32_t j = g->t0 > an->t0 ? g->t0 - 1 : g->t0;
	for (; j < g->t1 && j <= g->v; j++)
		if (pl_eq(an->tok[j].low, "allegedly") || pl_eq(an->tok[j].low, "purportedly"))
			return 1;
	return 0;
}

/* Is verb group k the act of a condition told by inverting its subject
** and auxiliary: "had he denied the charge", "Had police arrested him,",
** "Were the government to ban the march", "Should the talks fail"?  The
** parser leaves the auxiliary a group of its own before the subject. */
static int inverted_condition(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k], *a;
	const pl_token *tok = an->tok;
	const char *w;
	uint32_t s0;
	/* "Had he resigned?" asks */
	if (k == 0 || g->subj < 0 || pl_eq(tok[an->t1 - 1].s, "?"))
		return 0;
	a = &an->vg[k - 1];
	w = tok[a->v].low;
	s0 = an->np[g->subj].t0;
	if (a->t1 != a->v + 1 || s0 != a->t1 ||
	    !(an->np[g->subj].t1 == g->t0 || (an->np[g->subj].t1 + 1 == g->t0 && g->infinitive)))
		return 0;
	/* the auxiliary opens the clause: at the sentence's start, after a
	** comma or a word that ends the clause before ("longer had he"), or
	** drawn into the group before it */
	if (a->v == a->t0 && a->v > an->t0 && !(tok[a->v - 1].flags & PL_TOK_PUNCT) &&
	    !PL_TAG_IS_ADJ(tok[a->v - 1].tag) && tok[a->v - 1].tag != PL_T_RB &&
	    tok[a->v - 1].tag != PL_T_RBR)
		return 0;
	if (pl_eq(w, "had"))
		return tok[g->v].tag == PL_T_VBD || tok[g->v].tag == PL_T_VBN;
	if (pl_eq(w, "were"))
		return g->infinitive;
	if (pl_eq(w, "should"))
		return tok[g->t0].tag == PL_T_VB || tok[g->t0].tag == PL_T_VBP;
	return 0;
}

/* Is the act of verb group k, a past tense or a present perfect, put
** before the story by an adverb inside its group or right before it ("Mr
** Brown, who once called him a liar,", "who previously accused him", "who
** in the past has criticised him"; the adverbs: pl_before_now_word)?  A
** saying too: "the department previously said the index rose" tells an
** old statement again, not today's.  The past perfect is read so in
** assess.c already. */
static int before_story_adverb(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	uint32_t j;
	if (has_modal(an, g) || !past_or_perfect(an, g))
		return 0;
	/* "has said in the past", "said at the time", "Previously, the
	** department said": a saying too */
	if (past_after(an, g) || opens_before_now(an, k))
		return 1;
	for (j = g->t0; j < g->v; j++)
		if (pl_before_now_at(tok, j, an->t1) && tok[j].tag == PL_T_RB)
			return 1;
	/* between the subject and the verb: "once", "in the past" */
	j = g->t0;
	if (j > an->t0 && pl_before_now_at(tok, j - 1, an->t1) && tok[j - 1].tag == PL_T_RB)
		return 1;
	return j > an->t0 + 2 && pl_eq(tok[j - 1].low, "past") && pl_eq(tok[j - 2].low, "the") &&
	       pl_eq(tok[j - 3].low, "in");
}

/* The end of the clause after a retold act at verb group k: the sentence's
** end, or before "; ", ", but", ", while", ", and" or ", whereas". */
static uint32_t retold_end(const pl_sentan *an, const pl_vg *g)
{
	static const char *const joinw[] = {"but", "while", "and", "whereas", NULL};
	uint32_t j;
	for (j = g->t1; j + 1 < an->t1; j++)
		if (pl_eq(an->tok[j].s, ";") ||
		    (pl_eq(an->tok[j].s, ",") && pl_in_list(an->tok[j + 1].low, joinw)))
			return j;
	return an->t1;
}

/* What a retold act says or promises ("is said to have told Mr Brown that
** he would quit", "was reported to have promised that he would step down")
** is retold with it: the asserted events after the act's verb, up to the
** end of its clause, with no date of their own, are background too.  An
** act retold that carries a date of its own is not. */
static void mark_retold(const pl_sentan *an, pl_event *ev, size_t n)
{
	int k;
	size_t i;
	for (k = 0; k < an->nvg; k++) {
		const pl_vg *g = &an->vg[k];
		uint32_t end;
		if (hedged_infinitive(an, k) != 2)
			continue;
		for (i = 0; i < n; i++)
			if (!ev[i].nominal && ev[i].v == g->v && (ev[i].gran || force_code(&ev[i])))
				break;
		if (i < n)
			continue;
		end = retold_end(an, g);
		for (i = 0; i < n; i++)
			if (ev[i].v >= g->t1 && ev[i].v < end && !ev[i].negated &&
			    ev[i].mood == PL_MOOD_ASSERTED && !ev[i].gran)
				ev[i].background = 1;
	}
}

/* Is the event noun at token h the object of an infinitive only allowed
** or owed ("allows judges to impose house arrest", "requires the
** government to declare a state of emergency")? */
static int allowed_object(const pl_sentan *an, uint32_t h)
{
	int k, q = an->np_of[h - an->t0];
	for (k = 0; q >= 0 && k < an->nvg; k++)
		if (an->vg[k].t1 <= an->np[q].t0 && pl_object_of(an, &an->vg[k]) == q)
			return allowed_infinitive(an, k) || unrealised_act(an, k);
	return 0;
}

/* Is the event noun at token h a bare plural, the object of a simple
** present in a relative clause ("development banks which make loans to
** help other countries", "firms that hold talks with unions")?  The
** clause tells what its subject does as a rule, not an act of the
** story. */
static int relative_habit_object(const pl_sentan *an, uint32_t h)
{
	const pl_token *tok = an->tok;
	uint32_t j;
	int k, q;
	if (h < an->t0 || h >= an->t1 || (q = an->np_of[h - an->t0]) < 0 || tok[h].tag != PL_T_NNS ||
	    an->np[q].t1 != h + 1)
		return 0;
	for (j = an->np[q].t0; j < h; j++)
		if (tok[j].tag == PL_T_DT || tok[j].tag == PL_T_PRPS || tok[j].tag == PL_T_POS ||
		    tok[j].tag == PL_T_CD || tok[j].tag == PL_T_NNP || tok[j].tag == PL_T_NNPS)
			return 0;
	for (k = 0; k < an->nvg; k++) {
		const pl_vg *g = &an->vg[k];
		if (g->t1 > an->np[q].t0 || pl_object_of(an, g) != q)
			continue;
		return simple_present(an, g) && !g->negated && g->t0 > an->t0 &&
		       (tok[g->t0 - 1].tag == PL_T_WDT || tok[g->t0 - 1].tag == PL_T_WP);
	}
	return 0;
}

/* The month a word names, 1-12, or 0 ("April" is 4). */
static int month_of(const pl_token *t)
{
	static const char *const months[] = {"january", "february", "march", "april", "may", "june",
		"july", "august", "september", "october", "november", "december"};
	int i;
	if (t->tag != PL_T_NNP)
		return 0;
	for (i = 0; i < 12; i++)
		if (pl_eq(t->low, months[i]))
			return i + 1;
	return 0;
}

/* Do the tokens from j name a time after the story: "later today", "later
** this week", "next month", "tomorrow", or "on", "in" or "for" and one of
** the three months after the story's own, with no year and no "last" of
** its own ("on April 5" in a story of March)?  A month further on is most
** often the last year's ("an agreement in December" in a story of March),
** and "in April last year" is past. */
static int later_time_at(const pl_sentan *an, const pl_docctx *ctx, uint32_t j)
{
	const pl_token *tok = an->tok;
	uint32_t k;
	int m;
	if (j >= an->t1)
		return 0;
	if (pl_eq(tok[j].low, "tomorrow"))
		return 1;
	if (j + 1 < an->t1 && (pl_eq(tok[j].low, "later") || pl_eq(tok[j].low, "next")) &&
	    (pl_eq(tok[j + 1].low, "today") || pl_eq(tok[j + 1].low, "this") ||
	     pl_eq(tok[j + 1].low, "week") || pl_eq(tok[j + 1].low, "month") ||
	     pl_eq(tok[j + 1].low, "year")))
		return 1;
	if (!ctx || ctx->date.y == 0 || ctx->date.m == 0 || j + 1 >= an->t1 ||
	    !(pl_eq(tok[j].low, "on") || pl_eq(tok[j].low, "in") || pl_eq(tok[j].low, "for")) ||
	    (m = month_of(&tok[j + 1])) == 0 || m <= ctx->date.m || m > ctx->date.m + 3)
		return 0;
	for (k = j + 2; k < an->t1 && k < j + 6; k++)
		if (pl_eq(tok[k].low, "last") || pl_eq(tok[k].low, "year") ||
		    (tok[k].tag == PL_T_CD && strlen(tok[k].low) == 4))
			return 0;
	return 1;
}

/* Is event e a meeting (CAMEO 04x) told by a noun that a time after the
** story follows, after its chunk and the phrase of who meets or after
** "scheduled", "planned" or "set" ("a committee meeting later today", "a
** meeting between Japan and China on April 5", "the meeting next month",
** "an ICO board meeting scheduled for April 1", "talks on April 5" in a
** story of March)?  The meeting is still to come. */
static int later_meeting(const pl_sentan *an, const pl_docctx *ctx, const pl_event *e)
{
	const pl_token *tok = an->tok;
	uint32_t h = e->v, j;
	int q;
	if (!e->cameo || strncmp(e->cameo->code, "04", 2) != 0 || h < an->t0 || h >= an->t1 ||
	    (q = an->np_of[h - an->t0]) < 0 || an->np[q].t1 != h + 1)
		return 0;
	j = h + 1;
	if (j + 1 < an->t1 && tok[j].tag == PL_T_VBN &&
	    (pl_eq(tok[j].low, "scheduled") || pl_eq(tok[j].low, "planned") ||
	     pl_eq(tok[j].low, "set")) &&
	    (pl_eq(tok[j + 1].low, "for") || pl_eq(tok[j + 1].low, "to") ||
	     pl_eq(tok[j + 1].low, "on")))
		return 1;
	/* past the phrase that names who meets ("a meeting between Japan and
	** China on April 5"), with no comma or verb before the time */
	for (; j < an->t1 && j < h + 9; j++) {
		if (later_time_at(an, ctx, j))
			return 1;
		if ((tok[j].flags & PL_TOK_PUNCT) || pl_vg_of(an, j) >= 0)
			return 0;
	}
	return 0;
}

/* Is the event noun at token h the object of a verb in the present, not
** past, whose clause names a time after the story ("Ongpin starts
** negotiations with the banks tomorrow", "opens talks with Peru next
** week")?  The act is still to come. */
static int object_of_later_clause(const pl_sentan *an, const pl_docctx *ctx, uint32_t h)
{
	const pl_token *tok = an->tok;
	uint32_t j, end;
	int k, q;
	if (h < an->t0 || h >= an->t1 || (q = an->np_of[h - an->t0]) < 0)
		return 0;
	for (k = 0; k < an->nvg; k++) {
		const pl_vg *g = &an->vg[k];
		if (g->t1 > an->np[q].t0 || pl_object_of(an, g) != q)
			continue;
		if (!g->finite || g->negated || tok[g->v].tag == PL_T_VBD || tok[g->v].tag == PL_T_VBN)
			return 0;
		end = g->cl_end > 0 && (uint32_t)g->cl_end <= an->t1 ? (uint32_t)g->cl_end : an->t1;
		for (j = an->np[q].t1; j < end; j++)
			if (later_time_at(an, ctx, j))
				return 1;
		return 0;
	}
	return 0;
}

/* Is token t a word that puts a matter in a state that lasts ("under
** arbitration", "in progress", "pending approval")? */
static int standing_prep(const pl_token *t)
{
	return pl_eq(t->low, "under") || pl_eq(t->low, "in") || pl_eq(t->low, "pending");
}

/* Do the tokens from j on, past adverbs, hold "still" and then a word of
** a lasting state ("still in progress", "still under review")?  With
** still_seen set "still" came before. */
static int still_standing(const pl_sentan *an, uint32_t j, uint32_t end, int still_seen)
{
	const pl_token *tok = an->tok;
	for (; j < end && (tok[j].tag == PL_T_RB || pl_eq(tok[j].low, "still")); j++)
		if (pl_eq(tok[j].low, "still"))
			still_seen = 1;
	return still_seen && j < end && standing_prep(&tok[j]);
}

/* Are tokens [a, b) a phrase of prepositions and names that hangs on the
** noun before it ("talks | between Iran and Iraq | remain"), with no
** comma or verb between? */
static int of_phrase_between(const pl_sentan *an, uint32_t a, uint32_t b)
{
	const pl_token *tok = an->tok;
	uint32_t j;
	if (a >= b || tok[a].tag != PL_T_IN)
		return 0;
	for (j = a; j < b; j++)
		if ((tok[j].flags & PL_TOK_PUNCT) || pl_vg_of(an, j) >= 0)
			return 0;
	return 1;
}

/* Is the event of e, a noun of agreement (CAMEO 057, a ceasefire
** agreement 0871), named as a thing that already stands: the frame an act
** is done under or measured by ("under its agreement with Shell Canada",
** "under the terms of the pact with Iran", "in line with the accord with
** the IMF", "in breach of the ceasefire agreement"), or called "existing"
** or "current" ("the existing accord with Japan")?  The agreement was
** made before the story; the signing of one ("signed an agreement under
** which ...") and a "new" agreement are news and stay. */
static int standing_agreement(const pl_sentan *an, const pl_event *e)
{
	static const char *const nowadj[] = {"existing", "current", "present", NULL};
	static const char *const framew[] = {"under", "pursuant", "line", "accordance", "keeping",
		"compliance", "breach", "violation", "contravention", NULL};
	const pl_token *tok = an->tok;
	const char *c = e->cameo ? e->cameo->code : "";
	uint32_t h = e->v, j, p;
	int q;
	if (strcmp(c, "057") != 0 && strcmp(c, "0871") != 0)
		return 0;
	if (h < an->t0 || h >= an->t1 || (q = an->np_of[h - an->t0]) < 0)
		return 0;
	for (j = an->np[q].t0; j < h; j++) {
		if (pl_eq(tok[j].low, "new"))
			return 0;
		if (pl_in_list(tok[j].low, nowadj))
			return 1;
	}
	p = an->np[q].t0;
	/* ("under the terms of the agreement": the chunk it hangs on by "of") */
	if (p > an->t0 + 1 && pl_eq(tok[p - 1].low, "of") && (q = an->np_of[p - 2 - an->t0]) >= 0 &&
	    !pl_eq(tok[an->np[q].t0].low, "breach") && !pl_eq(tok[an->np[q].t0].low, "violation"))
		p = an->np[q].t0;
	if (p <= an->t0)
		return 0;
	/* "under", "pursuant to", "in line with", "in accordance with", "in
	** keeping with", "in compliance with", "in breach of" */
	j = p - 1;
	if ((pl_eq(tok[j].low, "with") || pl_eq(tok[j].low, "to") || pl_eq(tok[j].low, "of")) && j > an->t0)
		j--;
	if (!pl_in_list(tok[j].low, framew))
		return 0;
	if (pl_eq(tok[j].low, "under"))
		return j == p - 1;
	if (pl_eq(tok[j].low, "pursuant"))
		return j == p - 2 && pl_eq(tok[p - 1].low, "to");
	return j == p - 2 && j > an->t0 && pl_eq(tok[j - 1].low, "in") &&
	       (pl_eq(tok[p - 1].low, "with") || pl_eq(tok[p - 1].low, "of"));
}

/* Is the event noun at token h the subject of a verb that says it did
** not come about: negated, or after "never" or "yet to", a verb of taking place
** ("the talks did not take place", "the meeting never happened", "talks
** have not resumed") or, in the passive, of bringing about ("the talks
** have not been reopened", "the treaty was not signed", "no date has
** been set")?  The act the noun names did not happen.  What is done to
** an act that did happen is another matter and is left ("the offer was
** not accepted", "the agreement has not been ratified"), and so is a
** verb with an object ("the talks did not reach agreement"). */
static int subject_not_come_about(const pl_sentan *an, uint32_t h)
{
	static const char *const happenw[] = {"happen", "occur", "materialise", "materialize",
		"resume", "begin", "start", "open", "reopen", "proceed", "convene", NULL};
	static const char *const bringw[] = {"hold", "reopen", "resume", "open", "start",
		"begin", "launch", "stage", "convene", "schedule", "arrange", "sign", "reach",
		"conclude", "finalise", "finalize", "complete", "seal", "strike", "make", "give",
		"grant", "issue", "announce", "impose", "agree", NULL};
	const pl_token *tok = an->tok;
	uint32_t p, j;
	int k, q;
	if (h < an->t0 || h >= an->t1 || (q = an->np_of[h - an->t0]) < 0)
		return 0;
	p = an->np[q].t0;
	for (k = 0; k < an->nvg; k++) {
		const pl_vg *g = &an->vg[k];
		const char *lem = lemma_of(&tok[g->v]);
		/* ("never took place", "has yet to take place") */
		int never = (g->t0 > an->t0 && pl_eq(tok[g->t0 - 1].low, "never")) ||
		            (g->infinitive && g->t0 >= an->t0 + 3 && pl_eq(tok[g->t0 - 2].low, "yet") &&
		             (pl_eq(lemma_of(&tok[g->t0 - 3]), "have") || is_be(&tok[g->t0 - 3])));
		if (g->t0 < an->np[q].t1 || !(g->negated || never))
			continue;
		/* ("the talks between Ecuador and Peru have not": the subject
		** the parser links is the last chunk of the noun's phrases) */
		if (g->subj != q && g->subj_t0 != p) {
			if (g->subj < q || tok[an->np[q].t1].tag != PL_T_IN)
				continue;
			for (j = an->np[q].t1; j < an->np[g->subj].t1; j++)
				if (PL_TAG_IS_VERB(tok[j].tag) || ((tok[j].flags & PL_TOK_PUNCT) && tok[j].tag != PL_T_POS))
					break;
			if (j < an->np[g->subj].t1)
				continue;
		}
		if (g->passive)
			return pl_in_list(lem, bringw);
		/* ("took place", "went ahead") */
		j = g->v + 1;
		if (pl_eq(lem, "take"))
			return j < an->t1 && pl_eq(tok[j].low, "place");
		if (pl_eq(lem, "go"))
			return j < an->t1 && pl_eq(tok[j].low, "ahead");
		if (!pl_in_list(lem, happenw))
			return 0;
		return j >= an->t1 || an->np_of[j - an->t0] < 0;
	}
	return 0;
}

/* Is the event noun at token h told as a state that goes on, not as a new
** act: the object of "under", "in" or "pending" after "remain" or "stay"
** ("the dispute remained under arbitration", "stays in negotiation") or
** after "be still" ("is still under negotiation"), or the subject of such
** a verb ("the talks remain in progress", "talks are still under way")?
** The matter began before the story; "talks are under way" and "the
** talks began" are news and stay. */
static int standing_state(const pl_sentan *an, uint32_t h)
{
	const pl_token *tok = an->tok;
	uint32_t j, p;
	int k, q, still = 0;
	if (h < an->t0 || h >= an->t1 || (q = an->np_of[h - an->t0]) < 0)
		return 0;
	p = an->np[q].t0;
	if (p >= an->t0 + 2 && standing_prep(&tok[p - 1])) {
		for (j = p - 2; j > an->t0 && (tok[j].tag == PL_T_RB || pl_eq(tok[j].low, "still")); j--)
			if (pl_eq(tok[j].low, "still"))
				still = 1;
		if (pl_eq(lemma_of(&tok[j]), "remain") || pl_eq(lemma_of(&tok[j]), "stay"))
			return 1;
		if (is_be(&tok[j]) && (still || pl_eq(tok[p - 1].low, "under")))
			return 1;
	}
	/* "delayed pending investigation by the SEC": awaited, not done */
	if (p > an->t0 && pl_eq(tok[p - 1].low, "pending"))
		return 1;
	for (k = 0; k < an->nvg; k++) {
		const pl_vg *g = &an->vg[k];
		const char *lem = lemma_of(&tok[g->v]);
		uint32_t end = an->t1 < g->v + 5 ? an->t1 : g->v + 5;
		if (g->t0 < an->np[q].t1)
			continue;
		if ((g->subj != q && g->subj_t0 != p && !of_phrase_between(an, an->np[q].t1, g->t0)) ||
		    g->negated)
			return 0;
		if (pl_eq(lem, "remain") || pl_eq(lem, "stay"))
			return still_standing(an, g->v + 1, end, 1);
		if (is_be(&tok[g->v])) {
			for (j = g->t0; j < g->v; j++)
				if (pl_eq(tok[j].low, "still"))
					still = 1;
			return still_standing(an, g->v + 1, end, still);
		}
		return 0;
	}
	return 0;
}

/* Is event e, of aid or a loan (CAMEO 07x), named as a stock an owner
** holds, not as an act: a plural noun, or a credit line, after a
** possessive in its chunk, with no number there ("the bank's loans to
** Brazil were income producing", "U.S. banks' loans to those countries",
** "the company's bank credit line", "Labour's donations")?  A lender's
** books are no news of lending; one act carries its amount or is singular
** ("a 300 mln dlr World Bank loan", "Japan's loan to China"). */
static int held_stock(const pl_sentan *an, const pl_event *e)
{
	const pl_token *tok = an->tok;
	uint32_t h = e->v, j;
	int q, owned = 0;
	if (!e->cameo || strncmp(e->cameo->code, "07", 2) != 0 || h < an->t0 || h >= an->t1 ||
	    (q = an->np_of[h - an->t0]) < 0 || an->np[q].t1 != h + 1)
		return 0;
	if (tok[h].tag != PL_T_NNS && !(pl_eq(lemma_of(&tok[h]), "line") && h > an->t0 &&
	                                pl_eq(tok[h - 1].low, "credit")))
		return 0;
	for (j = an->np[q].t0; j < h; j++) {
		if (tok[j].tag == PL_T_POS || tok[j].tag == PL_T_PRPS)
			owned = 1;
		else if (tok[j].tag == PL_T_CD || (tok[j].flags & PL_TOK_PUNCT))
			return 0;
	}
	return owned;
}

void pl_notnow_mark(const pl_store *st, const pl_sentan *an, const pl_docctx *ctx,
                    const pl_quote *quotes, pl_event *ev, size_t n)
{
	size_t i;
	/* every reading below changes only an asserted act: a sentence with
	** none (all of them hypothetical or conditional already) is done */
	for (i = 0; i < n && ev[i].mood != PL_MOOD_ASSERTED; i++)
		;
	if (i == n)
		return;
	mark_denied(an, ctx, quotes, ev, n);
	mark_claimed(an, ev, n);
	mark_guessed(an, ev, n);
	mark_prospects(an, ev, n);
	mark_retold(an, ev, n);
	for (i = 0; i < n; i++) {
		pl_event *e = &ev[i];
		int k, h;
		if (e->negated || e->mood != PL_MOOD_ASSERTED)
			continue;
		if (e->nominal) {
			if (subject_not_come_about(an, e->v)) {
				e->negated = 1;
				continue;
			}
			if (planned_noun(an, e->v) || (no_actor(e) && kind_of_act(an, e->v)) ||
			    later_meeting(an, ctx, e) || object_of_later_clause(an, ctx, e->v) ||
			    (!e->gran && allowed_object(an, e->v)) ||
			    (!e->gran && !(e->cameo && e->cameo->code[0] == '0' && e->cameo->code[1] == '3') &&
			     object_of_modal(an, e->v)))
				e->mood = PL_MOOD_HYPOTHETICAL;
			else if (!e->background && !e->gran &&
			         (stance_spoken_of(an, e) || standing_agreement(an, e) || habitual_noun(an, e->v) ||
			          earlier_noun(an, e->v) || after_episode_noun(an, e) ||
			          held_stock(an, e) || relative_habit_object(an, e->v) ||
			          standing_state(an, e->v)))
				e->background = 1;
			continue;
		}
		if ((k = pl_vg_of(an, e->v)) < 0)
			continue;
		if (no_way_modal(an, k)) {
			e->negated = 1;
			continue;
		}
		if (alleged_act(an, k)) {
			e->mood = PL_MOOD_HYPOTHETICAL;
			continue;
		}
		if (inverted_condition(an, k)) {
			e->mood = PL_MOOD_CONDITIONAL;
			continue;
		}
		if ((h = cleft_act(an, k)) == 2) {
			e->mood = PL_MOOD_HYPOTHETICAL;
			continue;
		} else if (h == 1 && !e->gran) {
			e->background = 1;
			continue;
		}
		/* an intent the coder read from a speaker's "would" ("says he
		** would be happy to meet") is what the speaker said: kept; a
		** participle's own promise under a modal is not ("must issue a
		** statement promising to sign") */
		if (!(e->cameo && e->cameo->code[0] == '0' && e->cameo->code[1] == '3' &&
		      !participle_link(an, k)) &&
		    (under_modal(an, k) || mandated(an, k))) {
			e->mood = PL_MOOD_HYPOTHETICAL;
			continue;
		}
		/* "the plans to ban fox hunting", "his refusal to sign": only
		** intended or refused; an intent or a demand the coder read from
		** the noun ("the offer to negotiate": 036) is the noun's act */
		if (e->cameo && !(e->cameo->code[0] == '0' && e->cameo->code[1] == '3') &&
		    !(e->cameo->code[0] == '1' && e->cameo->code[1] == '0') &&
		    (intended_infinitive(an, k) || needed_infinitive(an, k))) {
			e->mood = PL_MOOD_HYPOTHETICAL;
			continue;
		}
		/* "requires the government to issue a statement promising to
		** disarm": the participle of the owed act's object is owed too */
		if (!e->gran && (allowed_infinitive(an, k) || guessed(an, k) ||
		                 (k > 0 && participle_link(an, k) && allowed_infinitive(an, k - 1)))) {
			e->mood = PL_MOOD_HYPOTHETICAL;
			continue;
		}
		/* "are forbidden to invest", "is free to sell": only banned or
		** allowed; "was unable to pay": not done */
		if (!e->gran && (h = unrealised_act(an, k))) {
			if (h == 2)
				e->negated = 1;
			else
				e->mood = PL_MOOD_HYPOTHETICAL;
			continue;
		}
		if (!e->src.code && !e->src.named && saying_frame(an, k)) {
			e->background = 1;
			continue;
		}
		/* "the move would help police", "the rise is intended to help
		** first time buyers": an intent with no one to hold it is a
		** thing's effect foretold; so is any act a thing "will" or
		** "would" do ("the plant will export most of its output", "they
		** said the mechanism would subsidise prices": no one promises
		** it) */
		if ((e->future || future_modal(an, &an->vg[k])) && !e->passive && !e->src.code &&
		    !e->src.named &&
		    thing_subject(st, an, &an->vg[k])) {
			e->mood = PL_MOOD_HYPOTHETICAL;
			continue;
		}
		if (e->background)
			continue;
		if (habit(an, k) || (!e->gran && conditional_habit(an, k)) ||
		    (!e->gran && (h = hedged_infinitive(an, k)) && !(h == 2 && force_code(e))) ||
		    (!e->gran && before_story_adverb(an, k)) ||
		    quoted_present(an, ctx, quotes, k, e) || present_stance(an, ctx, quotes, k, e) ||
		    relative_present(an, ctx, quotes, k, e) ||
		    standing(an, k) || participle_attribute(an, k, e) ||
		    (!e->gran && recalled_saying(an, k, e)) || (!e->gran && as_before(an, k)) ||
		    (!e->gran && timed_long_ago(an, ctx, k)) ||
		    (!e->gran && (past_holders(an, k) || old_year_subject(an, ctx, k))))
			e->background = 1;
		/* "That's what he said", "as we said at the time", "the cardinal
		** mentioned it" in someone's words: a statement made before, told
		** again, not a new one */
		else if (!e->gran && (an->vg[k].reporting || (e->cameo && pl_eq(e->cameo->code, "010"))) &&
		         past_or_perfect(an, &an->vg[k]) && told_again(an, k) &&
		         in_direct_quote(ctx, quotes, e->v))
			e->background = 1;
	}
}

/* determiners before a noun of a claim told in the sentence before ("denied
** the report", "denies these claims") */
static const char *const claim_dets[] = {"the", "these", "those", "such", "this", "that", NULL};

/* nouns of a claim that blames, and the verbs that make one: "rejected the
** accusations" takes back no promise the sentence before tells ("said it
** would work with the African Union") */
static const char *const blame_nouns[] = {"accusation", "allegation", "charge", NULL};
static const char *const blame_verbs[] = {"accuse", "allege", "charge", "claim", NULL};

void pl_notnow_denied_back(const pl_sentan *prev, pl_event *pev, size_t pn, const pl_sentan *an)
{
	const pl_token *tok = an->tok;
	const pl_vg *g;
	uint32_t j, from = PL_NONE;
	int k, kind, blame = 0, by = -1;
	if (!prev || !pn || an->nvg < 1 || !(kind = outright_denial(an, 0)))
		return;
	g = &an->vg[0];
	if (!g->finite || g->subj < 0 || an->np[g->subj].t1 > g->t0)
		return;
	/* the object: "it", "this", or a claim named again ("the report",
	** "these allegations"), then the sentence's end or a comma; a verb
	** of dismiss_verbs only the claim named ("dismissed it" may be an
	** offer) */
	j = g->t1;
	if (kind == 1 && j < an->t1 && (pl_eq(tok[j].low, "it") || pl_eq(tok[j].low, "this") ||
	                   pl_eq(tok[j].low, "that"))) {
		j++;
	} else if (j + 1 < an->t1 && pl_in_list(tok[j].low, claim_dets)) {
		j++;
		while (j + 1 < an->t1 && (PL_TAG_IS_ADJ(tok[j].tag) || PL_TAG_IS_NOUN(tok[j].tag)) &&
		       !pl_in_set(&claim_set, lemma_of(&tok[j])))
			j++;
		if (!PL_TAG_IS_NOUN(tok[j].tag) || !pl_in_set(&claim_set, lemma_of(&tok[j])) ||
		    pl_eq(tok[j].low, "something"))
			return;
		blame = pl_in_list(lemma_of(&tok[j]), blame_nouns);
		j++;
	} else {
		return;
	}
	if (j < an->t1 && tok[j].tag != PL_T_PP && tok[j].tag != PL_T_PPC && tok[j].tag != PL_T_PPS)
		return;
	/* the claim: what the sentence before tells after its last verb of
	** saying or claiming */
	for (k = 0; k < prev->nvg; k++)
		if (!prev->vg[k].negated &&
		    (prev->vg[k].reporting ||
		     pl_in_list(lemma_of(&prev->tok[prev->vg[k].v]), claim_verbs))) {
			from = prev->vg[k].t1;
			by = k;
		}
	if (from == PL_NONE || from >= prev->t1 ||
	    (blame && !pl_in_list(lemma_of(&prev->tok[prev->vg[by].v]), blame_verbs)))
		return;
	deny_span(prev, pev, pn, from, denied_clause_end(prev, from), 1);
}
