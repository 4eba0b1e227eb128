/*
** backgr.c: more events told as background; see backgr.h.
*/
#include "backgr.h"

#include <string.h>

#include "../base/words.h"
#include "../extract/date.h"
#include "../lex/tagger.h"
#include "assess.h"

static const char *lemma_of(const pl_token *t)
{
	return t->lemma ? t->lemma : t->low;
}

/* Nouns of an occasion that a year names ("the 2002 referendum", "a 2003
** dinner", "the 1997 election campaign"): what was done in or at it was
** done that year.  Not reports, accounts, budgets or seasons, which a
** year names by what they cover ("in its 1986 annual report"). */
static const char *const occasion_nouns[] = {"referendum", "election", "vote", "ballot", "poll",
	"dinner", "lunch", "meeting", "summit", "conference", "congress", "convention", "campaign",
	"war", "invasion", "speech", "interview", "debate", "contest", "race", "talks", "visit",
	"tour", "crisis", "strike", "riot", "coup", "uprising", "games", "olympics", "tournament",
	"hearing", "trial", "by-election", "leadership", "manifesto", "budget", "letter", NULL};

/* Nouns of a written account: what it says is its writer's telling, not
** the reporter's ("the book claims", "according to the memoir"). */
static const char *const account_nouns[] = {"book", "memoir", "memoirs", "diary", "diaries",
	"autobiography", "biography", "documentary", "documentaries", NULL};
static pl_wordset account_set = PL_WORDSET(account_nouns);

/* Is the last day that date x can name more than 30 days before the
** article, or x a whole year before its year ("last year")? */
static int long_before(const pl_datex *x, const pl_docctx *ctx)
{
	return ctx && pl_date_before_story(x->date, x->gran, ctx->date, 30);
}

/* Is token t a year before the article's ("2002" in a story of 2005)? */
static int old_year(const pl_token *t, const pl_docctx *ctx)
{
	return ctx && pl_year_before(t, ctx->date);
}

/* Is verb group g in the simple past or past perfect ("voted", "had
** voted", "was elected")? */
static int past_group(const pl_sentan *an, const pl_vg *g)
{
	const pl_token *t = &an->tok[g->t0];
	return t->tag == PL_T_VBD || (t->tag == PL_T_VBN && g->t0 == g->v) || pl_eq(t->low, "had");
}

/* Is verb group q a lone participle before a noun, which modifies the
** noun ("rejected shared sovereignty", "backed the revised plan") and
** opens no clause of its own? */
static int participle_before_noun(const pl_sentan *an, int q)
{
	const pl_vg *g = &an->vg[q];
	const pl_token *tok = an->tok;
	if (g->finite || g->t1 != g->t0 + 1 || g->t1 >= an->t1 || g->t0 <= an->t0)
		return 0;
	if (tok[g->t0].tag != PL_T_VBN && tok[g->t0].tag != PL_T_VBD)
		return 0;
	/* after a verb, a determiner or an adjective; before a common noun */
	return (PL_TAG_IS_VERB(tok[g->t0 - 1].tag) || tok[g->t0 - 1].tag == PL_T_DT ||
	        PL_TAG_IS_ADJ(tok[g->t0 - 1].tag)) &&
	       (tok[g->t1].tag == PL_T_NN || tok[g->t1].tag == PL_T_NNS);
}

/* The first verb group that starts after token j, or the sentence end;
** participles before nouns are no verbs here. */
static uint32_t next_verb(const pl_sentan *an, uint32_t j)
{
	int q;
	for (q = 0; q < an->nvg; q++)
		if (an->vg[q].t0 > j && !participle_before_noun(an, q))
			return an->vg[q].t0;
	return an->t1;
}

/* Is [a, b) a phrase of time set off by itself, a preposition of time and
** phrases of nouns only, that ends in an occasion named by an old year
** ("In the 2000 election", "In the run-up to the 1997 election", "in a
** 1997 speech"; "during" makes any noun one)? */
static int occasion_phrase(const pl_sentan *an, const pl_docctx *ctx, uint32_t a, uint32_t b)
{
	static const char *const prepw[] = {"in", "at", "during", "before", "after", "ahead",
		"following", NULL};
	const pl_token *tok = an->tok;
	uint32_t i, y = 0;
	int d;
	if (b < a + 3 || b > a + 10 || !pl_in_list(tok[a].low, prepw))
		return 0;
	/* "At a dinner in November 2003": an occasion, then its old date */
	for (d = 0; d < an->ndates; d++) {
		const pl_datex *x = &an->dates[d];
		if (x->t0 > a + 1 && x->t1 == b && long_before(x, ctx))
			for (i = a + 1; i < x->t0; i++)
				if (PL_TAG_IS_NOUN(tok[i].tag) && (pl_in_list(lemma_of(&tok[i]), occasion_nouns) ||
				    pl_in_list(tok[i].low, occasion_nouns)))
					return 1;
	}
	for (i = a + 1; i < b; i++) {
		const pl_token *t = &tok[i];
		if (old_year(t, ctx) && (tok[i - 1].tag == PL_T_DT || tok[i - 1].tag == PL_T_PRPS ||
		                         tok[i - 1].tag == PL_T_POS))
			y = i;
		else if (!(PL_TAG_IS_NOUN(t->tag) || PL_TAG_IS_ADJ(t->tag) || t->tag == PL_T_DT ||
		           t->tag == PL_T_PRPS || t->tag == PL_T_POS || t->tag == PL_T_IN ||
		           t->tag == PL_T_TO || pl_eq(t->s, "-")))
			return 0;
	}
	if (!y || !PL_TAG_IS_NOUN(tok[b - 1].tag))
		return 0;
	/* the year's own phrase runs to the end: nouns and adjectives only */
	for (i = y + 1; i < b; i++)
		if (!(PL_TAG_IS_NOUN(tok[i].tag) || PL_TAG_IS_ADJ(tok[i].tag)))
			return 0;
	return pl_eq(tok[a].low, "during") || pl_in_list(lemma_of(&tok[b - 1]), occasion_nouns) ||
	       pl_in_list(tok[b - 1].low, occasion_nouns);
}

/* Does an occasion named by an old year frame verb group k from before
** it: opening the sentence up to a comma, k its first finite group ("In
** the 2000 election, the senator backed the governor", "Before the 1997
** election, Labour promised"), or set off by commas between k and its
** subject ("Mr Blair, in a 1997 speech, promised")? */
static int opening_occasion(const pl_sentan *an, const pl_docctx *ctx, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	uint32_t c;
	int p;
	if (g->subj >= 0 && an->np[g->subj].t1 + 2 < g->t0 &&
	    tok[an->np[g->subj].t1].tag == PL_T_PPC && tok[g->t0 - 1].tag == PL_T_PPC &&
	    occasion_phrase(an, ctx, an->np[g->subj].t1 + 1, g->t0 - 1))
		return 1;
	for (p = 0; p < k; p++)
		if (an->vg[p].finite)
			return 0;
	for (c = an->t0 + 1; c < g->t0 && tok[c].tag != PL_T_PPC; c++)
		;
	return c < g->t0 && occasion_phrase(an, ctx, an->t0, c);
}

/* Does verb group k's clause, after the verb and before the next verb,
** hold "in", "at", "during", "before" or "after" + an occasion named by an
** old year ("rejected the constitution in the 2002 referendum", "told him
** at a 2003 dinner", "resigned before the 2003 vote")? */
static int on_old_occasion(const pl_sentan *an, const pl_docctx *ctx, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	uint32_t j, i, end = next_verb(an, g->t1 - 1);
	if (g->cl_end > (int)g->t1 && (uint32_t)g->cl_end < end)
		end = (uint32_t)g->cl_end;
	for (j = g->t1; j + 2 < end; j++) {
		if (!(pl_eq(tok[j].low, "in") || pl_eq(tok[j].low, "at") || pl_eq(tok[j].low, "during") ||
		      pl_eq(tok[j].low, "before") || pl_eq(tok[j].low, "after")))
			continue;
		i = j + 1;
		if (tok[i].tag == PL_T_DT || tok[i].tag == PL_T_PRPS)
			i++;
		if (i + 1 >= end || !old_year(&tok[i], ctx))
			continue;
		for (i++; i < end && i < j + 7; i++) {
			if (pl_in_list(lemma_of(&tok[i]), occasion_nouns) || pl_in_list(tok[i].low, occasion_nouns))
				return 1;
			/* "during" makes any noun an occasion ("killed during the 1994
			** genocide", "held during the 1999 emergency"): the head, the
			** last noun before what is not one */
			if (pl_eq(tok[j].low, "during") && PL_TAG_IS_NOUN(tok[i].tag) &&
			    (i + 1 >= end || !PL_TAG_IS_NOUN(tok[i + 1].tag)))
				return 1;
			if (!(PL_TAG_IS_NOUN(tok[i].tag) || PL_TAG_IS_ADJ(tok[i].tag)))
				break;
		}
	}
	return opening_occasion(an, ctx, k);
}

/* Is verb group k in a clause opened by "where" right after a date well
** before the article ("hosted a dinner in November 2003 where the prime
** minister told Mr Brown")? */
static int where_dated(const pl_sentan *an, const pl_docctx *ctx, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	uint32_t s0 = g->t0, w;
	int d;
	if (g->subj >= 0 && an->np[g->subj].t1 <= g->t0 && an->np[g->subj].t0 + 8 > g->t0)
		s0 = an->np[g->subj].t0;
	if (s0 <= an->t0 + 1 || !pl_eq(tok[s0 - 1].low, "where"))
		return 0;
	w = s0 - 1;
	for (d = 0; d < an->ndates; d++) {
		const pl_datex *x = &an->dates[d];
		if ((x->t1 == w || (x->t1 + 1 == w && pl_eq(tok[w - 1].s, ","))) && long_before(x, ctx))
			return 1;
	}
	return 0;
}

/* Is verb group k, in the past, timed by "in" + a year before the
** article's in its own clause, before the next verb ("Labour MPs who voted
** for the war in 2003 criticised ...")?  The date reader leaves some such
** years unread; a verb of saying only when it is a cue of choosing
** ("voted", "backed"): the coder takes a date after the object of a cue as
** the time of what is said ("admitted contact with the group in 1992"),
** but a vote or a backing is an act, which the year times. */
static int year_after(const pl_sentan *an, const pl_docctx *ctx, int k)
{
	static const char *const choosew[] = {"vote", "back", "support", "oppose", "endorse",
		"nominate", "reject", "authorize", "authorise", NULL};
	static pl_wordset choose_set = PL_WORDSET(choosew);
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	uint32_t j, end = next_verb(an, g->t1 - 1);
	if (g->reporting && !pl_in_set(&choose_set, lemma_of(&tok[g->v])))
		return 0;
	for (j = g->t1; j + 1 < end; j++)
		if (pl_eq(tok[j].low, "in") && old_year(&tok[j + 1], ctx) &&
		    !(j + 2 < an->t1 && (PL_TAG_IS_NOUN(tok[j + 2].tag) || tok[j + 2].tag == PL_T_POS)))
			return 1;
	return 0;
}

/* Verbs of deciding on a well-known event or joining it: the act is of
** the event's start ("voted for the invasion of Iraq", "resigned over the
** Iraq war", "signed the Good Friday agreement").  Not verbs of saying or
** judging, which are made when told ("criticised the war", "defended the
** invasion", "apologised for the war"). */
static const char *const start_deeds[] = {"vote", "back", "approve", "support", "oppose",
	"endorse", "authorise", "authorize", "sanction", "launch", "join", "order", "sign",
	"resign", "quit", "start", "begin", "enter", "negotiate", "broker", "stand", NULL};
static pl_wordset start_deed_set = PL_WORDSET(start_deeds);

/* Verbs of acts done in it: of its end, when it has one ("fought in the
** Falklands war", "led the invasion of Afghanistan", "sent troops to"). */
static const char *const during_deeds[] = {"fight", "lead", "send", "deploy", "serve",
	"command", "wage", "take", NULL};
static pl_wordset during_deed_set = PL_WORDSET(during_deeds);

/* Words before a name that make it another event of the kind ("the second
** Gulf war", "a new Iraq war", "any war with Iraq"). */
static const char *const other_event_words[] = {"second", "third", "first", "new", "next",
	"another", "any", "possible", "future", "potential", "planned", "proposed", "current",
	"present", "latest", "last", "further", "fresh", "such", "this", NULL};

/* Prepositions after the verb that bring what the act was over, for,
** against or in ("resigned from the cabinet over the Iraq war"). */
static const char *const event_preps[] = {"over", "for", "against", "in", "into", "to", "on",
	NULL};

/* The line of dict/past_events.tsv whose name starts at token j and ends
** before limit, or NULL (see past_event_at).  *end is set to the token after the name and
** *np0 to the first token of its noun phrase (its determiner and
** modifiers, which lie after lo).  A name that modifies a noun names
** something else ("the Iraq war inquiry", "the Gulf war syndrome"), and
** one after "second", "new" or "any" another event of the kind. */
static __attribute__((noinline)) const pl_pastevent *
past_event_from(const pl_store *st, const pl_sentan *an, uint32_t j, uint32_t lo, uint32_t limit,
                uint32_t *end, uint32_t *np0)
{
	const pl_token *tok = an->tok;
	const char *w = tok[j].low;
	const pl_pastevent *e;
	size_t k;
	uint32_t b;
	for (k = 0; (w[k] >= 'a' && w[k] <= 'z') || (w[k] >= '0' && w[k] <= '9'); k++)
		;
	if (!k || !(e = pl_hash_get(&st->past_events, w, k)))
		return NULL;
	for (; e; e = e->next) {
		size_t n = strlen(e->squeezed), at = 0;
		uint32_t i;
		for (i = j; i < limit && at < n; i++) {
			size_t m = strlen(tok[i].low);
			if (at + m > n || memcmp(e->squeezed + at, tok[i].low, m))
				break;
			at += m;
		}
		if (at == n) {
			*end = i;
			break;
		}
	}
	if (!e || (*end < an->t1 && (PL_TAG_IS_NOUN(tok[*end].tag) || tok[*end].tag == PL_T_POS)))
		return NULL;
	for (b = j; b > lo && (tok[b - 1].tag == PL_T_DT || tok[b - 1].tag == PL_T_PRPS ||
	                       PL_TAG_IS_ADJ(tok[b - 1].tag) || tok[b - 1].tag == PL_T_CD ||
	                       tok[b - 1].tag == PL_T_POS || tok[b - 1].tag == PL_T_VBN);
	     b--)
		if (pl_in_list(tok[b - 1].low, other_event_words))
			return NULL;
	*np0 = b;
	return e;
}

/* past_event_from() for the words whose first letters may open a name:
** most open none, told so by the bit of their first letters before the
** rest are read and the key looked up; the test made here, inline, as the
** callers ask it of every word of a clause and the call cost more. */
static inline const pl_pastevent *past_event_at(const pl_store *st, const pl_sentan *an,
                                                uint32_t j, uint32_t lo, uint32_t limit,
                                                uint32_t *end, uint32_t *np0)
{
	if (!st->n_past_events ||
	    !pl_slot_bit(st->past_event_heads, pl_run3_slot(an->tok[j].low, (size_t)-1)))
		return NULL;
	return past_event_from(st, an, j, lo, limit, end, np0);
}

/* Months from date d (its year's end when it has no month) to ref's month. */
static int months_since(pl_date d, pl_date ref)
{
	return (ref.y * 12 + (ref.m ? ref.m : 1)) - (d.y * 12 + (d.m ? d.m : 12));
}

/* Is date d (y 0: none) a year or more before the article? */
static int year_before(pl_date d, const pl_docctx *ctx)
{
	return d.y && months_since(d, ctx->date) >= 12;
}

/* Is the subject of active verb group g, before it, the name of a
** well-known event that ended a year or more before the article, the name
** its head ("The Hutton inquiry cleared him", "the Falklands war made her
** popular")?  Then what the event did was done in its time, *when. */
static int subject_event(const pl_store *st, const pl_sentan *an, const pl_docctx *ctx,
                         const pl_vg *g, pl_date *when)
{
	const pl_np *np;
	uint32_t j, stop, b;
	if (g->subj < 0 || (np = &an->np[g->subj])->t1 > g->t0 || np->t1 + 2 < g->t0)
		return 0;
	for (j = np->t0; j < np->t1; j++) {
		const pl_pastevent *e = past_event_at(st, an, j, np->t0, np->t1, &stop, &b);
		if (e && stop == np->t1 && year_before(e->end, ctx)) {
			*when = e->end;
			return 1;
		}
	}
	return 0;
}

/* Do the tokens right before token b (not before lo) name a time by an
** event whose name starts at b: "at the time of", "at the height of"
** (*start 0: the event's end), "in the run-up to", "in the build-up to",
** "in the days before" (*start 1: its start)?  Returns the phrase's first
** token, or b when none. */
static uint32_t event_time_phrase(const pl_sentan *an, uint32_t b, uint32_t lo, int *start)
{
	static const struct { const char *w[4]; int start; } phrases[] = {
		{{"at", "the", "time", "of"}, 0},
		{{"at", "the", "height", "of"}, 0},
		{{"in", "the", "run-up", "to"}, 1},
		{{"in", "the", "build-up", "to"}, 1},
		{{"in", "the", "days", "before"}, 1},
	};
	size_t p;
	int i;
	if (b < lo + 4)
		return b;
	for (p = 0; p < sizeof phrases / sizeof phrases[0]; p++) {
		for (i = 0; i < 4 && pl_eq(an->tok[b - 4 + i].low, phrases[p].w[i]); i++)
			;
		if (i == 4) {
			*start = phrases[p].start;
			return b - 4;
		}
	}
	return b;
}

/* Does the sentence open with "During", "In" or "Before" + the name of a
** well-known event and a comma, with verb group k its first finite one
** ("During the Falklands war, Mrs Thatcher praised the troops", "Before
** the Iraq war, Mr Blair promised")?  Then *when is the event's end, or
** its start after "before", when that lies a year or more before the
** article. */
static int opening_event(const pl_store *st, const pl_sentan *an, const pl_docctx *ctx, int k,
                         pl_date *when)
{
	const pl_token *tok = an->tok;
	const char *w = tok[an->t0].low;
	uint32_t j, stop, b, comma;
	int p;
	if (!(pl_eq(w, "during") || pl_eq(w, "in") || pl_eq(w, "before") || pl_eq(w, "at")))
		return 0;
	for (p = 0; p < k; p++)
		if (an->vg[p].finite)
			return 0;
	for (comma = an->t0 + 1; comma < an->vg[k].t0 && tok[comma].tag != PL_T_PPC; comma++)
		;
	if (comma >= an->vg[k].t0 || comma > an->t0 + 8)
		return 0;
	for (j = an->t0 + 1; j < comma; j++) {
		const pl_pastevent *e = past_event_at(st, an, j, an->t0 + 1, comma, &stop, &b);
		int start = pl_eq(w, "before");
		pl_date d;
		if (!e || stop != comma)
			continue;
		/* "At the time of the miners' strike,", "In the run-up to the
		** Iraq war," */
		if (b != an->t0 + 1 && event_time_phrase(an, b, an->t0, &start) != an->t0)
			continue;
		if (b == an->t0 + 1 && pl_eq(w, "at"))
			continue;
		d = start ? e->start : e->end;
		if (!year_before(d, ctx))
			return 0;
		*when = d;
		return 1;
	}
	return 0;
}

/* Is verb group k, in the past, an act of a well-known event of
** dict/past_events.tsv whose time is a year or more before the article's?
** Then *when is that time.  Either a deed of taking part in the event or
** deciding on it (and no saying), the name its object or after one of
** event_preps in its clause; or any act done "during" the event (its end)
** or "before" it (its start): "served as a pilot during the Second World
** War", "used the tactic before the Iraq war". */
static int past_event_act(const pl_store *st, const pl_sentan *an, const pl_docctx *ctx, int k,
                          pl_date *when)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	const char *lem = lemma_of(&tok[g->v]);
	int deed = -1;    /* 0: of deciding (the start), 1: done in it (the end) */
	uint32_t j, end = next_verb(an, g->t1 - 1);
	/* (no test of a verb of saying: the cue lists hold choices, "voted",
	** "backed", that the deed lists take, and a saying made "during" the
	** event was made then) */
	if (!st || !st->n_past_events || !past_group(an, g) || g->passive)
		return 0;
	if (pl_in_set(&start_deed_set, lem))
		deed = 0;
	else if (pl_in_set(&during_deed_set, lem))
		deed = 1;
	if (g->cl_end > (int)g->t1 && (uint32_t)g->cl_end < end)
		end = (uint32_t)g->cl_end;
	if (end > g->t1 + 14)
		end = g->t1 + 14;
	for (j = g->t1; j < end; j++) {
		uint32_t stop, b;
		const pl_pastevent *e = past_event_at(st, an, j, g->t1, end, &stop, &b);
		const char *prep;
		pl_date d;
		if (!e)
			continue;
		int start = 0;
		prep = b > g->t1 ? tok[b - 1].low : NULL;
		if (event_time_phrase(an, b, g->t1, &start) < b)
			d = start ? e->start : e->end;
		else if (prep && pl_eq(prep, "during"))
			d = e->end;
		else if (prep && pl_eq(prep, "before"))
			d = e->start;
		else if (deed >= 0 && (!prep || pl_in_list(prep, event_preps)))
			d = deed ? e->end : e->start;
		else
			continue;
		if (!year_before(d, ctx))
			continue;
		*when = d;
		return 1;
	}
	return opening_event(st, an, ctx, k, when) || subject_event(st, an, ctx, g, when);
}

/* Is the event noun at token v the name, or the head of the name, of a
** well-known event that ended a year or more before the article ("the
** US-led invasion of Iraq", "the Rwandan genocide" in a story of 2005)?
** Named so, it is the old event itself, told as background. */
static int past_event_noun(const pl_store *st, const pl_sentan *an, const pl_docctx *ctx,
                           uint32_t v)
{
	uint32_t j, stop, b;
	if (!st || !st->n_past_events)
		return 0;
	for (j = v >= an->t0 + 6 ? v - 6 : an->t0; j <= v; j++) {
		const pl_pastevent *e = past_event_at(st, an, j, an->t0, an->t1, &stop, &b);
		if (e && stop > v)
			return year_before(e->end, ctx);
	}
	return 0;
}

/* Does every date the date reader found in the sentence lie inside the
** name of a well-known event ("Friday" of "the Good Friday agreement")?
** Then an event's date from the sentence is no time of its own. */
static int dates_in_names(const pl_store *st, const pl_sentan *an)
{
	int d;
	if (!st || !st->n_past_events || !an->ndates)
		return 0;
	for (d = 0; d < an->ndates; d++) {
		const pl_datex *x = &an->dates[d];
		uint32_t j, stop, b;
		for (j = x->t0 >= an->t0 + 4 ? x->t0 - 4 : an->t0; j <= x->t0; j++)
			if (past_event_at(st, an, j, an->t0, an->t1, &stop, &b) && stop >= x->t1)
				break;
		if (j > x->t0)
			return 0;
	}
	return 1;
}

/* The event of the sentence whose verb (not noun) is token v, or NULL. */
static const pl_event *event_at(const pl_event *ev, size_t n, uint32_t v)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (!ev[i].nominal && ev[i].v == v)
			return &ev[i];
	return NULL;
}

/* Is the date nearest verb group p, with no other verb group between
** them, one well before the article that times an act (not "the 1997
** manifesto", "last year's budget")?  For a verb the coder made no event
** of ("After the death of President Mitterrand in 1996 the minister stood
** aside, ..."). */
static int nearest_date_old(const pl_sentan *an, const pl_docctx *ctx, int p)
{
	const pl_vg *g = &an->vg[p];
	int d, q, best = -1;
	long bestdist = 0;
	for (d = 0; d < an->ndates; d++) {
		const pl_datex *x = &an->dates[d];
		uint32_t lo = x->t0 < g->v ? x->t1 : g->t1, hi = x->t0 < g->v ? g->t0 : x->t0;
		long dist = x->t0 < g->v ? (long)g->v - (long)x->t0 : (long)x->t0 - (long)g->v;
		if (x->t0 >= g->t0 && x->t0 < g->t1)
			continue;
		for (q = 0; q < an->nvg; q++)
			if (q != p && an->vg[q].t0 >= lo && an->vg[q].t0 < hi)
				break;
		if (q < an->nvg)
			continue;
		if (best < 0 || dist < bestdist) {
			best = d;
			bestdist = dist;
		}
	}
	if (best < 0)
		return 0;
	{
		const pl_datex *x = &an->dates[best];
		if (x->t1 < an->t1 && (PL_TAG_IS_NOUN(an->tok[x->t1].tag) || an->tok[x->t1].tag == PL_T_POS))
			return 0;
		return long_before(x, ctx);
	}
}

/* Is verb group p told as background: its event's mark, or with none, the
** clause tests of the coder? */
static int group_background(const pl_sentan *an, const pl_docctx *ctx, const pl_event *ev,
                            size_t n, int p)
{
	const pl_event *e = event_at(ev, n, an->vg[p].v);
	if (e)
		return e->background && !e->negated;
	return pl_background_clause(an, ctx, p) || on_old_occasion(an, ctx, p) ||
	       (past_group(an, &an->vg[p]) && !an->vg[p].reporting && nearest_date_old(an, ctx, p));
}

/* The finite verb group before verb group k that k hangs on, with no
** finite group between: -1 when none. */
static int finite_before(const pl_sentan *an, int k)
{
	int p;
	for (p = k - 1; p >= 0; p--)
		if (an->vg[p].finite && !an->vg[p].infinitive)
			return p;
	return -1;
}

/* Does verb group k continue the act of the finite group before it, a
** past tense, with no subject of its own: a participle after a comma ("he
** stood aside, agreeing to give Tony Blair a clear run")?  Returns that
** group, or -1.  (A past tense after "and" was tried as well: in Reuters
** stories it mostly took a background mark that an object's date had
** given the first verb, "froze wages at their level of 1986 and said".) */
static int continues(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	int p = finite_before(an, k);
	uint32_t j;
	if (p < 0 || g->t0 <= an->t0 + 1 || an->vg[p].reporting)
		return -1;
	/* nothing but the first group's own words between: no other verb,
	** no "who", "which", "that", no quotation cue */
	for (j = an->vg[p].t1; j + 1 < g->t0; j++)
		if (PL_TAG_IS_VERB(tok[j].tag) || tok[j].tag == PL_T_WP || tok[j].tag == PL_T_WDT ||
		    pl_eq(tok[j].low, "that") || pl_eq(tok[j].s, ";") || pl_eq(tok[j].s, ":"))
			return -1;
	if (tok[g->t0].tag == PL_T_VBG && !g->finite && pl_eq(tok[g->t0 - 1].s, ",") &&
	    past_group(an, &an->vg[p]) && (g->subj < 0 || g->subj == an->vg[p].subj))
		return p;
	return -1;
}

/* Does the source phrase of event e name its actor by an office held then
** ("the then prime minister", "then-President Reagan")?  The act is of
** that time, told as background. */
static int then_holder(const pl_sentan *an, const pl_event *e)
{
	const pl_token *tok = an->tok;
	uint32_t j;
	if (e->src.t1 <= e->src.t0 || e->src.t1 > an->t1 || e->src.t0 < an->t0)
		return 0;
	/* (the phrase may start after "the then") */
	j = e->src.t0 >= an->t0 + 2 && pl_eq(tok[e->src.t0 - 1].low, "then") ? e->src.t0 - 1 : e->src.t0;
	for (; j < e->src.t1; j++)
		if ((pl_eq(tok[j].low, "then") && j > an->t0 && pl_eq(tok[j - 1].low, "the") &&
		     j + 1 < e->src.t1) || (tok[j].low[0] == 't' && !strncmp(tok[j].low, "then-", 5)))
			return 1;
	return 0;
}

/* Does the source phrase of event e name an act or a ruling by a year
** before the article's ("Britain's 2003 decision to invade", "the 1998
** law banned")?  Its act is of that year.  (Not a person by an old title,
** "the 2003 champion claimed", nor a body named with a year, "the 1922
** Committee".) */
static int old_year_source(const pl_sentan *an, const pl_docctx *ctx, const pl_event *e)
{
	static const char *const actw[] = {"decision", "move", "pledge", "promise", "ruling", "vote",
		"order", "resolution", "agreement", "deal", "law", "act", "treaty", "ban", NULL};
	const pl_token *tok = an->tok;
	uint32_t j;
	if (e->src.t1 <= e->src.t0 || e->src.t1 > an->t1 || e->src.t0 < an->t0)
		return 0;
	for (j = e->src.t0; j + 1 < e->src.t1; j++)
		if (old_year(&tok[j], ctx) && (tok[j + 1].tag == PL_T_NN || tok[j + 1].tag == PL_T_NNS) &&
		    pl_in_list(lemma_of(&tok[j + 1]), actw))
			return 1;
	return 0;
}

/* Is event noun e in the object of a verb group told as background ("who
** conducted the inquiry into the 1981 Brixton riots")? */
static int object_of_background(const pl_sentan *an, const pl_docctx *ctx, const pl_event *ev,
                                size_t n, const pl_event *e)
{
	const pl_token *tok = an->tok;
	int k;
	uint32_t j;
	for (k = an->nvg - 1; k >= 0; k--)
		if (an->vg[k].t1 <= e->v)
			break;
	if (k < 0 || !an->vg[k].finite || an->vg[k].reporting || an->vg[k].t1 + 5 < e->v)
		return 0;
	for (j = an->vg[k].t1; j < e->v; j++)
		if (!(tok[j].tag == PL_T_DT || tok[j].tag == PL_T_PRPS || tok[j].tag == PL_T_POS ||
		      PL_TAG_IS_ADJ(tok[j].tag) || PL_TAG_IS_NOUN(tok[j].tag)))
			return 0;
	return past_group(an, &an->vg[k]) && group_background(an, ctx, ev, n, k);
}

/* Is event noun e in the subject of a verb group told as background
** ("coffee talks between Brazil and Colombia broke down in February", in a
** June story)?  The noun names the old event the clause tells of.  Not
** across a comma or another verb, nor for a saying's subject. */
static int subject_of_background(const pl_sentan *an, const pl_docctx *ctx, const pl_event *ev,
                                 size_t n, const pl_event *e)
{
	const pl_token *tok = an->tok;
	int k;
	uint32_t j;
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].t0 > e->v)
			break;
	if (k >= an->nvg || !an->vg[k].finite || an->vg[k].reporting || an->vg[k].t0 > e->v + 8 ||
	    (k > 0 && an->vg[k - 1].t1 > e->v))
		return 0;
	for (j = e->v + 1; j < an->vg[k].t0; j++)
		if (pl_eq(tok[j].s, ",") || tok[j].tag == PL_T_WDT || tok[j].tag == PL_T_WP ||
		    pl_eq(tok[j].low, "that"))
			return 0;
	return past_group(an, &an->vg[k]) && group_background(an, ctx, ev, n, k);
}

/* Is verb group k the framing of a statement told around it: "was
** speaking as", "were speaking at a rally", "was talking to reporters"? */
static int speaking_frame(const pl_sentan *an, const pl_event *e, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	if (!e->cameo || e->cameo->code[0] != '0' || e->cameo->code[1] != '1')
		return 0;
	if (!(pl_eq(lemma_of(&tok[g->v]), "speak") || pl_eq(lemma_of(&tok[g->v]), "talk")))
		return 0;
	return tok[g->v].tag == PL_T_VBG && g->v > g->t0 && (pl_eq(tok[g->t0].low, "was") ||
	       pl_eq(tok[g->t0].low, "were"));
}

/* Does quotation q tell what a written account says: its speaker's head a
** noun of one ("the new book claims", "according to the book")? */
static int account_quote(const pl_sentan *an, const pl_quote *q)
{
	uint32_t j;
	if (q->sp1 <= q->sp0)
		return 0;
	for (j = q->sp1; j > q->sp0; j--) {
		const pl_token *t = &an->tok[j - 1];
		if (PL_TAG_IS_NOUN(t->tag))
			return pl_in_set(&account_set, t->low) || pl_in_set(&account_set, lemma_of(t));
	}
	return 0;
}

/* Does a quotation with its cue at token v hold token c in what it says
** (the saying of v frames the one at c: "... the 228.7 billion dlrs
** reported in 1985, the association said")? */
static int frames(const pl_quote *quotes, size_t nq, uint32_t v, uint32_t c)
{
	size_t j;
	for (j = 0; quotes && j < nq; j++)
		if (quotes[j].cue == v && quotes[j].q0 <= c && c < quotes[j].q1)
			return 1;
	return 0;
}

/* Marks the events whose word lies in [a, b) as background, but for a
** saying that frames the one at token c, whose content [a, b) is. */
static void mark_span(pl_event *ev, size_t n, uint32_t a, uint32_t b, const pl_quote *quotes,
                      size_t nq, uint32_t c)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (ev[i].v >= a && ev[i].v < b && !ev[i].negated && ev[i].mood == PL_MOOD_ASSERTED &&
		    !ev[i].gran && !frames(quotes, nq, ev[i].v, c))
			ev[i].background = 1;
}

/* The end of what reporting verb group g says when no quotation records
** it: the sentence's end, or before "; ", ", but", ", while" or ", and",
** or before a comma and a finite verb, where the clause that held g gives
** way to the one it interrupted ("The plan, which ministers announced
** last year, was criticised by the unions"). */
static uint32_t said_end(const pl_sentan *an, const pl_vg *g)
{
	static const char *const joinw[] = {"but", "while", "and", "whereas", NULL};
	uint32_t j;
	int k;
	for (j = g->t1; j + 1 < an->t1; j++) {
		if (pl_eq(an->tok[j].s, ";") || (pl_eq(an->tok[j].s, ",") &&
		    pl_in_list(an->tok[j + 1].low, joinw)))
			return j;
		if (pl_eq(an->tok[j].s, ","))
			for (k = 0; k < an->nvg; k++)
				if (an->vg[k].t0 == j + 1 && an->vg[k].finite)
					return j;
	}
	return an->t1;
}

/* Does the sentence hold something that ties it to the story's own days: a
** date not long before the article ("on Monday", "this week"), a word of
** the present ("now", "today"), or a quotation mark (what someone says
** is said for the story)? */
static int tied_to_now(const pl_sentan *an, const pl_docctx *ctx)
{
	static const char *const noww[] = {"now", "today", "yesterday", "tonight", "currently",
		"recently", "latest", NULL};
	static pl_wordset noww_set = PL_WORDSET(noww);
	uint32_t j;
	int d;
	for (d = 0; d < an->ndates; d++)
		if (!long_before(&an->dates[d], ctx))
			return 1;
	for (j = an->t0; j < an->t1; j++)
		if (pl_in_set(&noww_set, an->tok[j].low) ||
		    (an->tok[j].flags & (PL_TOK_QOPEN | PL_TOK_QCLOSE)))
			return 1;
	return 0;
}

/* Is verb group k, in the past tense, the verb of a clause of "when" or
** "once" that opens the sentence ("When ministers announced a reorganisation
** of the Army, it drew a question mark over ...", "Once the firm started
** blocking them, the rate fell"), its main clause a past tense too and no
** saying, the sentence tied to no day of the story?  Such a clause sets an
** old act as the time of another, told as background. */
static int opening_when(const pl_sentan *an, const pl_docctx *ctx, int k)
{
	const pl_token *tok = an->tok;
	uint32_t w = an->t0;
	int q, main = -1;
	if (w < an->t1 && (pl_eq(tok[w].low, "but") || pl_eq(tok[w].low, "and")))
		w++;
	if (w >= an->t1 || !(pl_eq(tok[w].low, "when") || pl_eq(tok[w].low, "once")))
		return 0;
	/* the clause's own verb: the first finite group after "when"; k is
	** it or a group of its clause before the main one ("started blocking") */
	for (q = 0; q < an->nvg && (an->vg[q].t0 <= w || !an->vg[q].finite); q++)
		;
	if (q >= an->nvg || q > k || !past_group(an, &an->vg[q]))
		return 0;
	for (q = q + 1; q < an->nvg && main < 0; q++)
		if (an->vg[q].finite && !an->vg[q].infinitive)
			main = q;
	return main > k && past_group(an, &an->vg[main]) && !an->vg[main].reporting &&
	       !tied_to_now(an, ctx);
}

/* Accord nouns: an agreement already in force, named again. */
static const char *const accord_nouns[] = {"accord", "agreement", "pact", "deal", "treaty",
                                           "arrangement", "accords", "agreements", NULL};
static pl_wordset accord_set = PL_WORDSET(accord_nouns);

/* Is the noun phrase [a, h] (h its head, an accord noun) an agreement
** named by a place, a party or a date ("the Paris accord", "the February
** agreement", "last year's pact", "the U.S./Japan agreement", "the accord
** of February")?  Such a name points at a thing that exists already; a
** bare "the agreement" may be the story's own news. */
static int named_accord(const pl_sentan *an, uint32_t a, uint32_t h)
{
	const pl_token *tok = an->tok;
	uint32_t j;
	int d;
	if (!pl_in_set(&accord_set, tok[h].low))
		return 0;
	for (j = a; j < h; j++)
		if (tok[j].tag == PL_T_NNP || tok[j].tag == PL_T_NNPS || tok[j].tag == PL_T_CD)
			return 1;
	for (d = 0; d < an->ndates; d++)
		if ((an->dates[d].t0 >= a && an->dates[d].t1 <= h) ||
		    (an->dates[d].t0 == h + 2 && pl_eq(tok[h + 1].low, "of")))
			return 1;
	return 0;
}

/* Verbs that restate an accord's terms: what its parties took on. */
static const char *const pledge_verbs[] = {"agree", "pledge", "commit", "promise", "undertake",
                                           "accept", "sign", "consent", "vow", NULL};
static pl_wordset pledge_set = PL_WORDSET(pledge_verbs);

/* Does verb group k, a verb of taking on a term, hang on "under" + a named
** accord ("Under the Paris accord of February, the six nations agreed to
** ...", "the Louvre pact, under which Japan pledged to ...")?  What the
** clause tells are the accord's old terms, not acts of the story's day;
** an act done under it ("under the accord the bank bought dollars") is. */
static int under_named_accord(const pl_sentan *an, int k)
{
	const pl_token *tok = an->tok;
	uint32_t u, j, a, h;
	int q;
	if (!pl_in_set(&pledge_set, lemma_of(&tok[an->vg[k].v])))
		return 0;
	for (u = an->vg[k].t0; u > an->t0; u--) {
		if (!pl_eq(tok[u - 1].low, "under"))
			continue;
		u--;
		/* no finite verb of another clause between the phrase and k */
		for (q = 0; q < k; q++)
			if (an->vg[q].finite && an->vg[q].t0 > u)
				return 0;
		if (u + 1 < an->t1 && pl_eq(tok[u + 1].low, "which")) {
			/* "the Paris accord, under which": back to the noun */
			h = u;
			if (h > an->t0 && pl_eq(tok[h - 1].s, ","))
				h--;
			if (h == an->t0)
				return 0;
			h--;
			for (a = h; a > an->t0 && (PL_TAG_IS_NOUN(tok[a - 1].tag) || PL_TAG_IS_ADJ(tok[a - 1].tag) ||
			                           tok[a - 1].tag == PL_T_CD || tok[a - 1].tag == PL_T_POS); a--)
				;
			return named_accord(an, a, h);
		}
		/* "under (the terms of) the Paris accord" */
		a = u + 1;
		if (a + 2 < an->t1 && pl_eq(tok[a + 1].low, "terms") && pl_eq(tok[a + 2].low, "of"))
			a += 3;
		for (j = a; j < an->vg[k].t0 && (PL_TAG_IS_NOUN(tok[j].tag) || PL_TAG_IS_ADJ(tok[j].tag) ||
		                                 tok[j].tag == PL_T_CD || tok[j].tag == PL_T_POS ||
		                                 tok[j].tag == PL_T_DT || tok[j].tag == PL_T_PRPS); j++)
			if (pl_in_set(&accord_set, tok[j].low) && named_accord(an, a, j))
				return 1;
		return 0;
	}
	return 0;
}

/* The first token of verb group g's clause: its subject's when the
** subject comes before the group, else the group's own. */
static uint32_t clause_start(const pl_sentan *an, const pl_vg *g)
{
	uint32_t s;
	int q;
	if (g->subj < 0 || an->np[g->subj].t0 >= g->t0)
		return g->t0;
	/* the subject with its of-phrases, lists and places ("finance
	** ministers of Britain, Canada and France", "the bankers in London"),
	** no other clause between */
	s = g->subj_t0 < an->np[g->subj].t0 ? g->subj_t0 : an->np[g->subj].t0;
	for (q = 0; q < an->nvg; q++)
		if (&an->vg[q] != g && an->vg[q].t0 >= s && an->vg[q].t0 < g->t0)
			return g->t0;
	return s;
}

/* Is verb group k, in the simple past, the clause of a "since" of time
** ("since finance ministers of the six nations reached the accord",
** "since state legislatures began permitting mergers")?  Its act is the
** one an earlier time runs from.  A reason ("since it uses", "since he
** has appealed") takes another tense and stays. */
static int since_clause(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	uint32_t s;
	if (!g->finite || g->subj < 0 || an->tok[g->t0].tag != PL_T_VBD)
		return 0;
	s = clause_start(an, g);
	return s > an->t0 && s < g->t0 && an->tok[s - 1].tag == PL_T_IN &&
	       pl_eq(an->tok[s - 1].low, "since");
}

/* Verbs of what was expected, wished, asked or offered: after "than" or
** "as" they name a standard the news is measured by, no act of its own. */
static const char *const standard_verbs[] = {"expect", "hope", "fear", "forecast", "predict",
	"anticipate", "project", "estimate", "suggest", "request", "demand", "ask", "propose",
	"promise", "plan", "require", "want", "offer", "intend", "envisage", "recommend", "urge",
	"seek", "wish", "agree", NULL};
static pl_wordset standard_set = PL_WORDSET(standard_verbs);

/* Is verb group k a clause of comparison ("harder to syndicate than
** bankers feared", "more than had been offered by Alleghany", "as
** creditors suggested", "as requested by the administration", "as well
** as we hoped")?  After "as" the verb must take no object or clause of
** its own: "as investors hoped for a recovery", "as long as Japan hopes
** to benefit" and "as he urged Congress to act" tell acts. */
static int comparison_clause(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	uint32_t s = clause_start(an, g), e = g->t1, j;
	if (s <= an->t0 || !pl_in_set(&standard_set, lemma_of(&tok[g->v])))
		return 0;
	/* a subject that joins clauses or opens a relative one is no
	** subject of a comparison ("more than 150 drugmakers and analysts
	** have predicted", "other than voice calls which are offered") */
	for (j = s; j < g->t0; j++)
		if (tok[j].tag == PL_T_CC || tok[j].tag == PL_T_WDT || tok[j].tag == PL_T_WP)
			return 0;
	/* "than that offered by", "as what was promised" */
	if (s > an->t0 + 1 && (tok[s - 1].tag == PL_T_WDT || tok[s - 1].tag == PL_T_WP) &&
	    (pl_eq(tok[s - 1].low, "that") || pl_eq(tok[s - 1].low, "what")))
		s--;
	if (pl_eq(tok[s - 1].low, "than"))
		return 1;
	if (!pl_eq(tok[s - 1].low, "as"))
		return 0;
	if (e >= an->t1)
		return 1;
	switch (tok[e].tag) {
	case PL_T_PP: case PL_T_PPC: case PL_T_PPS: case PL_T_PPR:
		return 1;
	case PL_T_IN:
		return !pl_eq(tok[e].low, "for") && !pl_eq(tok[e].low, "that");
	case PL_T_RB:
		return 1;
	default:
		return 0;
	}
}

static int old_time_at(const pl_sentan *an, const pl_docctx *ctx, const pl_datex *x);

/* Does token j lie inside one of the sentence's date expressions (the
** comma of "February, 1986")? */
static int in_date(const pl_sentan *an, uint32_t j)
{
	int d;
	for (d = 0; d < an->ndates; d++)
		if (an->dates[d].t0 <= j && j < an->dates[d].t1)
			return 1;
	return 0;
}

/* Is token j the start of "last" + a season ("last summer", "last
** fall") that ended two calendar months or more before the article's
** month ("last autumn" in March)?  The date reader reads no seasons.
** Winter is left out: early in the year "last winter" may be the one just
** ending. */
static int old_season_at(const pl_sentan *an, const pl_docctx *ctx, uint32_t j)
{
	static const char *const seasons[] = {"spring", "summer", "autumn", "fall", NULL};
	static const int season_end[] = {5, 8, 11, 11};
	int s, y;
	if (j + 1 >= an->t1 || !pl_eq(an->tok[j].low, "last"))
		return 0;
	for (s = 0; seasons[s] && !pl_eq(an->tok[j + 1].low, seasons[s]); s++)
		;
	if (!seasons[s])
		return 0;
	/* the latest such season ended before the article's month */
	y = season_end[s] < ctx->date.m ? ctx->date.y : ctx->date.y - 1;
	return (ctx->date.y * 12 + ctx->date.m) - (y * 12 + season_end[s]) >= 2;
}

/* Is verb group q a lone gerund that modifies a noun ("a framework
** rescheduling agreement", "the 12-1/2 year rescheduling accord"): after
** a determiner, an adjective or a noun, before a common noun? */
static int gerund_before_noun(const pl_sentan *an, int q)
{
	const pl_vg *g = &an->vg[q];
	const pl_token *tok = an->tok;
	int before;
	if (g->finite || g->t1 != g->t0 + 1 || g->t1 >= an->t1 || g->t0 <= an->t0 ||
	    tok[g->t0].tag != PL_T_VBG)
		return 0;
	before = tok[g->t0 - 1].tag;
	return (before == PL_T_DT || PL_TAG_IS_ADJ(before) || before == PL_T_NN) &&
	       (tok[g->t1].tag == PL_T_NN || tok[g->t1].tag == PL_T_NNS);
}

/* Does the clause of verb group k, a past act the coder left undated,
** hold a time well before the article after its verb, up to the next
** comma or verb ("First Bank, which announced plans in 1985 to
** restructure", "signed a rescheduling accord in February, 1986")?  The
** coder dates a verb by the nearest time with no verb between, and takes
** none after a noun of a saying's object; here a participle that only
** modifies a noun ("rescheduling") is no verb, and the time after the
** object of a relative clause describing an actor ("which announced
** plans in 1985") times the act itself.  A saying's content clause is
** left to the coder ("a statement which said results in 1986 were
** lower"), as is a figure's year ("2.82 billion in 1985"). */
static int clause_old_time(const pl_sentan *an, const pl_docctx *ctx, int k)
{
	static const char *const unitw[] = {"dlrs", "dollars", "pct", "percent", "francs", "marks",
		"yen", "stg", "pounds", "tonnes", "tons", "barrels", "bushels", "mln", "billion",
		"million", "level", "levels", NULL};
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	int relative = g->t0 > an->t0 && (pl_eq(tok[g->t0 - 1].low, "who") ||
	                                  pl_eq(tok[g->t0 - 1].low, "which"));
	int d, q, modifier = 0;
	uint32_t end, j;
	for (end = g->t1; end < an->t1; end++) {
		if ((pl_eq(tok[end].s, ",") || pl_eq(tok[end].s, ";") || pl_eq(tok[end].s, ":")) &&
		    !in_date(an, end))
			break;
		for (q = k + 1; q < an->nvg && an->vg[q].t0 != end; q++)
			;
		if (q == an->nvg)
			continue;
		if (!gerund_before_noun(an, q) && !participle_before_noun(an, q))
			break;
		modifier = 1;
	}
	/* a saying's own content clause is not its time */
	if (g->reporting && end < an->t1 && (q = pl_vg_of(an, end)) >= 0 && an->vg[q].finite &&
	    !an->vg[q].infinitive)
		return 0;
	/* a season, which the coder cannot see at all: between the subject
	** and the verb ("the government last summer warned"), or in a deed's
	** clause (after a saying, it may time what is said: "said last
	** summer, for example, certificates were exchanged") */
	if (g->t0 >= an->t0 + 2 && old_season_at(an, ctx, g->t0 - 2))
		return 1;
	for (j = g->t1; j < end && !g->reporting; j++)
		if (old_season_at(an, ctx, j))
			return 1;
	/* else only where the coder's own test could not see the time:
	** across a modifier, or in a relative clause */
	if (!(relative || modifier))
		return 0;
	for (d = 0; d < an->ndates; d++) {
		const pl_datex *x = &an->dates[d];
		if (x->t0 < g->t1 || x->t1 > end || !old_time_at(an, ctx, x))
			continue;
		j = x->t0;
		if (j >= an->t0 + 2 && (tok[j - 2].tag == PL_T_CD || pl_in_list(tok[j - 2].low, unitw)))
			continue;
		return 1;
	}
	return 0;
}

/* Marks the undated acts that the form of their clause tells as before
** the news (since_clause, comparison_clause); these need no article
** date. */
static void mark_clause_forms(const pl_sentan *an, pl_event *ev, size_t n)
{
	size_t i;
	int k;
	for (i = 0; i < n; i++) {
		pl_event *e = &ev[i];
		if (e->negated || e->mood != PL_MOOD_ASSERTED || e->background || e->nominal ||
		    e->gran || (k = pl_vg_of(an, e->v)) < 0)
			continue;
		if (since_clause(an, k) || comparison_clause(an, k))
			e->background = 1;
	}
}

void pl_backgr_mark(const pl_store *st, const pl_sentan *an, const pl_docctx *ctx,
                    const pl_quote *quotes, size_t nq, pl_event *ev, size_t n)
{
	size_t i, r;
	mark_clause_forms(an, ev, n);
	if (!ctx || !ctx->date.y)
		return;
	/* twice, so that a mark reaches acts tied to a marked one */
	for (r = 0; r < 2; r++)
		for (i = 0; i < n; i++) {
			pl_event *e = &ev[i];
			pl_date when;
			int k, p;
			if (e->negated || e->mood != PL_MOOD_ASSERTED || e->background)
				continue;
			/* the old event itself, named, whatever the date of the act
			** it is named in ("criticised the invasion of Iraq on
			** Tuesday") */
			if (e->nominal && past_event_noun(st, an, ctx, e->v)) {
				e->background = 1;
				continue;
			}
			if (e->gran && !dates_in_names(st, an))
				continue;
			if (then_holder(an, e) || old_year_source(an, ctx, e)) {
				e->background = 1;
				continue;
			}
			if (e->nominal) {
				if (!e->gran && (object_of_background(an, ctx, ev, n, e) ||
				                 subject_of_background(an, ctx, ev, n, e)))
					e->background = 1;
				continue;
			}
			if ((k = pl_vg_of(an, e->v)) < 0)
				continue;
			/* an act in a well-known event of the past takes its time */
			if (past_event_act(st, an, ctx, k, &when)) {
				e->date = when;
				e->date.d = 1;
				e->gran = e->date.m ? PL_GRAN_MONTH : PL_GRAN_YEAR;
				if (!e->date.m)
					e->date.m = 1;
				e->background = 1;
				continue;
			}
			if (e->gran)
				continue;
			if ((past_group(an, &an->vg[k]) && (on_old_occasion(an, ctx, k) ||
			                                     where_dated(an, ctx, k) ||
			                                     year_after(an, ctx, k) ||
			                                     clause_old_time(an, ctx, k))) ||
			    speaking_frame(an, e, k) || opening_when(an, ctx, k) || under_named_accord(an, k) ||
			    ((p = continues(an, k)) >= 0 && group_background(an, ctx, ev, n, p)))
				e->background = 1;
		}
	/* what a saying told as background says, and what a book says */
	for (i = 0; quotes && i < nq; i++) {
		const pl_quote *q = &quotes[i];
		int p;
		if (q->q1 <= an->t0 || q->q0 >= an->t1)
			continue;
		if (account_quote(an, q) && q->cue != PL_NONE && q->cue >= an->t0 && q->cue < an->t1) {
			mark_span(ev, n, q->q0, q->q1, quotes, nq, q->cue);
			continue;
		}
		if (q->cue == PL_NONE || q->cue < an->t0 || q->cue >= an->t1 || (p = pl_vg_of(an, q->cue)) < 0)
			continue;
		/* content after a comma that follows the cue is no content of it
		** ("... compared with 1985/86 is worrying, the director said") */
		if (q->q0 > q->cue) {
			uint32_t j;
			for (j = q->cue + 1; j < q->q0 && !pl_eq(an->tok[j].s, ","); j++)
				;
			if (j < q->q0)
				continue;
		}
		if (group_background(an, ctx, ev, n, p))
			mark_span(ev, n, q->q0, q->q1, quotes, nq, q->cue);
	}
	/* a saying dated long before that no quotation records ("It claims
	** Mr Blair said in November 2003 he would stand down"), up to the end
	** of a quotation that holds it ("In my answer of March 2003, I
	** explained ...," he said) */
	for (i = 0; i < n; i++) {
		size_t j;
		int k;
		uint32_t end;
		if (ev[i].nominal || !ev[i].background || !ev[i].gran || ev[i].negated ||
		    (k = pl_vg_of(an, ev[i].v)) < 0 || !an->vg[k].reporting)
			continue;
		for (j = 0; quotes && j < nq; j++)
			if (quotes[j].cue == ev[i].v)
				break;
		if (quotes && j < nq)
			continue;
		end = said_end(an, &an->vg[k]);
		for (j = 0; quotes && j < nq; j++)
			if (quotes[j].q0 <= ev[i].v && ev[i].v < quotes[j].q1 && quotes[j].q1 < end)
				end = quotes[j].q1;
		mark_span(ev, n, an->vg[k].t1, end, quotes, nq, ev[i].v);
	}
}

/* Is event e an act of the sentence's own clause told in a past tense
** (not a saying, not a noun, not in another's words)? */
static int told_past_act(const pl_sentan *an, const pl_event *e)
{
	int q;
	if (e->nominal || e->negated || e->mood != PL_MOOD_ASSERTED || e->reported)
		return 0;
	q = pl_vg_of(an, e->v);
	return q >= 0 && !an->vg[q].reporting && an->vg[q].finite && past_group(an, &an->vg[q]) &&
	       !pl_eq(an->tok[an->vg[q].t0].low, "had");
}

/* Does event e's clause carry on the account of the act before: its subject
** a pronoun ("He was elected ..."), the same actor as that act's
** (src, its code), or a word of sequence ("subsequently", "later")?  Not a
** new actor's act ("The EU imposed its ban in 1989.  Mr Straw also signed
** a deal"). */
static int carries_on(const pl_sentan *an, const pl_event *e, const char *src)
{
	static const char *const pronw[] = {"he", "she", "it", "they", NULL};
	static const char *const seqw[] = {"subsequently", "later", "then", "afterwards",
		"eventually", NULL};
	int q = pl_vg_of(an, e->v);
	uint32_t j;
	if (q >= 0 && an->vg[q].subj >= 0 && pl_in_list(an->tok[an->np[an->vg[q].subj].t0].low, pronw) &&
	    an->np[an->vg[q].subj].t1 == an->np[an->vg[q].subj].t0 + 1)
		return 1;
	if (src && e->src.code && pl_eq(src, e->src.code))
		return 1;
	for (j = an->t0; j < an->t1; j++)
		if (pl_in_list(an->tok[j].low, seqw))
			return 1;
	return 0;
}

/* Is token j's date, well before the article, the time of a clause ("in
** 1992", "In June 2003,"): after "in" or "on" or at the sentence's start,
** and naming no thing after it ("the 1992 election")? */
static int old_time_at(const pl_sentan *an, const pl_docctx *ctx, const pl_datex *x)
{
	const pl_token *tok = an->tok;
	if (!long_before(x, ctx))
		return 0;
	if (x->t1 < an->t1 && (PL_TAG_IS_NOUN(tok[x->t1].tag) || tok[x->t1].tag == PL_T_POS))
		return 0;
	return x->t0 == an->t0 || pl_eq(tok[x->t0 - 1].low, "in") || pl_eq(tok[x->t0 - 1].low, "on");
}

/* Is verb group q joined by "and" or "but" (", and", "and then") to a
** clause before it that a date well before the article times ("was
** beaten in 1992 and stepped down", "He joined the party in 1962 and
** became its leader")? */
static int joined_to_old_clause(const pl_sentan *an, const pl_docctx *ctx, int q)
{
	const pl_vg *g = &an->vg[q];
	uint32_t j = g->t0;
	int d;
	if (g->subj >= 0 && an->np[g->subj].t1 <= g->t0 && an->np[g->subj].t0 + 4 > g->t0)
		j = an->np[g->subj].t0;
	if (j > an->t0 && pl_eq(an->tok[j - 1].low, "then"))
		j--;
	if (j <= an->t0 + 1 || !(pl_eq(an->tok[j - 1].low, "and") || pl_eq(an->tok[j - 1].low, "but")))
		return 0;
	for (d = 0; d < an->ndates; d++)
		if (an->dates[d].t1 < j && old_time_at(an, ctx, &an->dates[d]))
			return 1;
	return 0;
}

/* Is verb group q a relative clause's ("Mr Hague, who stepped down in
** 2001, said"): it describes a person and starts no account of the past. */
static int relative_group(const pl_sentan *an, int q)
{
	const pl_vg *g = &an->vg[q];
	uint32_t j = g->t0;
	if (g->subj >= 0 && an->np[g->subj].t1 == g->t0 && an->np[g->subj].t0 < g->t0)
		j = an->np[g->subj].t0;
	return j > an->t0 && (pl_eq(an->tok[j - 1].low, "who") || pl_eq(an->tok[j - 1].low, "which") ||
	       pl_eq(an->tok[j - 1].low, "whose") || pl_eq(an->tok[j - 1].low, "that"));
}

int pl_backgr_chain(const pl_sentan *an, const pl_docctx *ctx, pl_event *ev, size_t n,
                    pl_pastchain *chain)
{
	size_t i;
	int live = chain->live;
	const char *src = chain->src;
	chain->live = 0;
	chain->src = NULL;
	if (!ctx || !ctx->date.y)
		return 0;
	for (i = 0; i < n; i++)
		if (told_past_act(an, &ev[i]) && ev[i].background && ev[i].gran &&
		    !relative_group(an, pl_vg_of(an, ev[i].v))) {
			chain->live = 1;
			chain->src = ev[i].src.code;
		}
	/* (a sentence with no events, most, keeps the chain as it is: the
	** loops below have nothing to mark, and its words are not read; so
	** does one whose events are none of them a past act not yet marked,
	** which both loops ask first) */
	for (i = 0; i < n && (ev[i].background || ev[i].gran || !told_past_act(an, &ev[i])); i++)
		;
	if (i == n || tied_to_now(an, ctx))
		return chain->live;
	/* in the sentence: "lost in 1992 and stepped down" */
	for (i = 0; i < n; i++) {
		int q = pl_vg_of(an, ev[i].v);
		if (!ev[i].background && !ev[i].gran && told_past_act(an, &ev[i]) &&
		    joined_to_old_clause(an, ctx, q) && !relative_group(an, q))
			ev[i].background = 1;
	}
	if (!live)
		return chain->live;
	for (i = 0; i < n; i++)
		if (!ev[i].background && !ev[i].gran && told_past_act(an, &ev[i]) &&
		    carries_on(an, &ev[i], src)) {
			ev[i].background = 1;
			if (!chain->live)
				chain->src = ev[i].src.code ? ev[i].src.code : src;
			chain->live = 1;
		}
	return chain->live;
}
