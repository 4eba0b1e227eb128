/*
** coder.c: from verb groups to CAMEO events; see coder.h and the pattern
** language in docs/dictionaries.md.
*/
#include "coder.h"
#include "stance.h"

#include "assess.h"

#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../base/words.h"

#define MAX_GAP 6
#define MAX_REGION 160

static const char *lem(const pl_token *t)
{
	return t->lemma ? t->lemma : t->low;
}

static int is_neg(const pl_token *t)
{
	return pl_eq(t->low, "not") || pl_eq(t->low, "n't") || pl_eq(t->low, "never");
}

/* Is verb group g's negation "not yet" ("had not yet approved the
** measures", "has not yet accepted")?  An act not yet done is no refusal:
** the pattern that reads a negation as one does not match. */
static int not_yet(const pl_sentan *an, const pl_vg *g)
{
	uint32_t j;
	for (j = g->t0; j + 1 < g->v; j++)
		if (is_neg(&an->tok[j]) && pl_eq(an->tok[j + 1].low, "yet"))
			return 1;
	return 0;
}

/* The tokens a pattern is matched against, in order. */
typedef struct region {
	uint32_t t[MAX_REGION];
	int n;
	uint64_t words[4];  /* word_put()s of the lemma and lower case of each */
} region;

/* One of 256 bits for a word (see pl_word_bit256), put into a region's
** words.  A pattern whose words' bits are not all among a region's cannot
** match there, which rules most of a verb's patterns out before they are
** tried (with 64, a clause to the end of a long sentence set half). */
static void word_put(uint64_t *words, const char *w)
{
	uint32_t b = pl_word_bit256(w);
	words[b / 64] |= (uint64_t)1 << (b % 64);
}

static int word_in(const uint64_t *words, uint32_t b)
{
	return (int)(words[b / 64] >> (b % 64) & 1);
}

/* Is chunk q (or its compound) the subject of a verb group other than k? */
/* Is chunk q the subject of verb group j only through a relative "who"
** right after it ("apologised to two families who suffered", "offered a
** bonus to farmers who enrolled land")?  The chunk is still what the verb
** before it acts on, when that verb has a coded actor (with none, the
** chunk's own clause is more often the event: "hard to resist by children
** that should be working"). */
static int relative_subject(const pl_sentan *an, int q, int j)
{
	uint32_t e = an->np[q].t1;
	const char *w;
	/* (", who leads the party": a clause set off by a comma says who
	** the chunk is, as one with no comma says which of them) */
	if (e + 1 < an->t1 && pl_eq(an->tok[e].low, ","))
		e++;
	if (e >= an->t1 || an->vg[j].t0 <= e)
		return 0;
	w = an->tok[e].low;
	/* (only "who": "which" and "that" attach as often to a thing inside
	** the chunk's phrase, "legislation before Congress which would allow") */
	return pl_eq(w, "who") && an->vg[j].t0 <= e + 2;
}

/* Does verb group j open a question put to a chunk before it, its written
** subject a pronoun that stands for that chunk ("phoning voters to ask how
** they will vote": "they" is written, voters is who it stands for)?  That
** chunk is then no subject where it stands: it may be an object. */
static int pronoun_written(const pl_sentan *an, int j)
{
	uint32_t t = an->vg[j].t0;
	int p;
	if (t <= an->t0 + 1 || (p = an->np_of[t - 1 - an->t0]) < 0 || !an->np[p].pronoun ||
	    p == an->vg[j].subj || an->np[p].t0 != t - 1)
		return 0;
	t = an->np[p].t0 - 1;   /* the word before the pronoun */
	return an->tok[t].tag == PL_T_WRB || an->tok[t].tag == PL_T_WP ||
	       pl_eq(an->tok[t].low, "whether") || pl_eq(an->tok[t].low, "if");
}

/* Is chunk q the subject of a gerund after "with" ("rejected the claims,
** with a spokesman telling reporters ..."), other than verb group k?  The
** verb before ends there: neither that chunk nor what follows is its
** target. */
static int with_gerund_doer(const pl_sentan *an, int q, int k)
{
	int j;
	for (j = 0; j < an->nvg; j++)
		if (j != k && an->vg[j].with_subj && an->vg[j].subj >= 0 &&
		    an->np[an->vg[j].subj].group == an->np[q].group)
			return 1;
	return 0;
}

/* Is verb group j, whose subject is chunk h, a participle that only
** qualifies h, the object right after verb group k, a meeting or a deal
** with a partner ("held talks with the IMF aimed at a loan", "signed an
** agreement with Chile based on ...")?  A bare past form with a
** preposition after it, after the object of a verb that reports nothing:
** the partner in the object is not the subject of another verb. */
static int object_participle(const pl_sentan *an, int h, int j, int k)
{
	static const char *const partnered[] = {"talk", "talks", "negotiation", "discussion",
		"consultation", "meeting", "agreement", "accord", "deal", "contract", "treaty", NULL};
	const pl_vg *g = &an->vg[k], *x = &an->vg[j];
	const pl_token *v = &an->tok[x->v];
	return g->finite && !g->reporting && !g->passive && !g->nominal && an->np[h].t0 == g->t1 &&
	       pl_in_list(lem(&an->tok[an->np[h].t1 - 1]), partnered) && x->v == x->t0 &&
	       (v->tag == PL_T_VBN || v->tag == PL_T_VBD) && !pl_eq(lem(v), "be") && !pl_eq(lem(v), "have") &&
	       x->v + 1 < an->t1 && an->tok[x->v + 1].tag == PL_T_IN && !pl_eq(an->tok[x->v + 1].low, "that");
}

static int is_subject(const pl_sentan *an, int q, int k, int rel_ok)
{
	int j, depth;
	/* "a spokesman for the Foreign Ministry": the of/for phrase belongs to
	** the chunk before it */
	for (depth = 0; depth < 3 && an->np[q].t0 >= an->t0 + 2 &&
	     an->tok[an->np[q].t0 - 1].tag == PL_T_IN &&
	     an->np_of[an->np[q].t0 - 2 - an->t0] >= 0; depth++) {
		int h = an->np_of[an->np[q].t0 - 2 - an->t0];
		for (j = 0; j < an->nvg; j++)
			if (j != k && an->vg[j].subj == h && an->vg[j].finite && !object_participle(an, h, j, k))
				return 1;
		q = h;
	}
	for (j = 0; j < an->nvg; j++)
		if (j != k && an->vg[j].subj >= 0 && an->np[an->vg[j].subj].group == an->np[q].group &&
		    an->vg[j].finite && !(rel_ok && relative_subject(an, q, j)) && !pronoun_written(an, j) &&
		    !object_participle(an, an->vg[j].subj, j, k))
			return 1;
	return 0;
}

static void region_add(region *r, const pl_token *tok, uint32_t a, uint32_t b)
{
	if (r->n == 0)
		memset(r->words, 0, sizeof r->words);
	for (; a < b && r->n < MAX_REGION; a++) {
		r->t[r->n++] = a;
		word_put(r->words, tok[a].low);
		if (tok[a].lemma && tok[a].lemma != tok[a].low)   /* most are the word itself */
			word_put(r->words, tok[a].lemma);
	}
}

/* PETRARCH words before the verb: matched backwards from the verb group's
** verb, each within MAX_GAP tokens of the one after it, not before the
** sentence.  Sets *usedneg when a `not` among them is the verb's negation. */
static int match_prev(const pl_verbpat *p, const pl_sentan *an, const pl_vg *g, int *usedneg)
{
	const pl_token *tok = an->tok;
	long pos = (long)g->v - 1;
	int e;
	for (e = p->nprev - 1; e >= 0; e--) {
		const char *el = p->prev[e];
		long k, found = -1;
		/* "MOST_CERTAINLY": a word right before the next one (or the verb) */
		int adj = e == p->nprev - 1 ? p->prev_adj : p->prev[e + 1][0] == '_' && p->prev[e + 1][1];
		if (el[0] == '_' && el[1])
			el++;
		for (k = pos; k >= (long)an->t0 && k >= (adj ? pos : pos - MAX_GAP); k--) {
			const pl_token *t = &tok[k];
			if (pl_eq(el, "not") ? is_neg(t)
			                       : ((!p->literal && pl_eq(el, lem(t))) || pl_eq(el, t->low))) {
				found = k;
				break;
			}
		}
		if (found < 0)
			return 0;
		if (pl_eq(el, "not") && g->negated)
			*usedneg = 1;
		pos = found - 1;
	}
	return 1;
}

/* Does chunk q belong to a compound of two or more coded chunks? */
static int compound_np(const pl_sentan *an, int q)
{
	int m, n = 0;
	for (m = 0; m < an->nnp; m++)
		if (an->np[m].group == an->np[q].group && an->np[m].code)
			n++;
	return n >= 2;
}

/* Does verb group g take an object of its own, a chunk right after it
** that names no meeting ("are telephoning the millions of people",
** "visited New York"; not "held talks", "had a meeting")?  Then members
** of a compound subject act on that object, not on each other. */
static int third_object(const pl_sentan *an, const pl_vg *g)
{
	static const char *const meet[] = {"talk", "meeting", "discussion", "negotiation",
		"consultation", "conversation", "summit", "call", "contact", "session", "round", NULL};
	int q;
	if (g->t1 >= an->t1 || (q = an->np_of[g->t1 - an->t0]) < 0 || an->np[q].t0 != g->t1 ||
	    an->np[q].pronoun)
		return 0;
	return !pl_in_list(lem(&an->tok[an->np[q].t1 - 1]), meet);
}

static int zero_that(const pl_sentan *an, uint32_t x);

/* Where verb group g's clause ends: its parsed end, or the sentence's. */
static uint32_t clause_end(const pl_sentan *an, const pl_vg *g)
{
	return g->cl_end > 0 && (uint32_t)g->cl_end <= an->t1 ? (uint32_t)g->cl_end : an->t1;
}

/* Does verb group g, whose subject is a compound of actors, say they came
** to terms with each other: a verb of agreeing ("Britain and France agreed
** to share intelligence", "signed a treaty"), or "together", "each other",
** "one another" in its clause ("will work together")?  Agreeing that
** something is so is a shared view, not a deal between them. */
static int reciprocal_act(const pl_sentan *an, const pl_vg *g)
{
	static const char *const agree[] = {"agree", "sign", "cooperate", "co-operate",
		"collaborate", "reconcile", NULL};
	static const char *const reach[] = {"reach", "strike", "conclude", "seal", "clinch", NULL};
	static const char *const deal[] = {"agreement", "deal", "accord", "pact", "treaty", "truce",
		"ceasefire", "compromise", "consensus", NULL};
	const pl_token *tok = an->tok;
	uint32_t j, end = clause_end(an, g);
	int q;
	if (g->passive || g->nominal)
		return 0;
	if (pl_in_list(lem(&tok[g->v]), agree))
		return !(g->t1 < an->t1 && (pl_eq(tok[g->t1].low, "that") || zero_that(an, g->t1)));
	/* "reached an agreement", "struck a deal" */
	if (pl_in_list(lem(&tok[g->v]), reach) && g->t1 < an->t1 && (q = an->np_of[g->t1 - an->t0]) >= 0 &&
	    an->np[q].t0 == g->t1 && pl_in_list(lem(&tok[an->np[q].t1 - 1]), deal))
		return 1;
	for (j = g->t1; j < end; j++)
		if (pl_eq(tok[j].low, "together") ||
		    (j + 1 < end && (pl_eq(tok[j + 1].low, "other") || pl_eq(tok[j + 1].low, "another")) &&
		     (pl_eq(tok[j].low, "each") || pl_eq(tok[j].low, "one"))))
			return 1;
	return 0;
}

/* Is the compound of chunk q two sides that may deal with each other: not
** after a preposition ("all members except Zaire and Australia"), no
** member a sum ("100 mln dlrs and the banks"), and no member's code a part
** of another's ("Sumitomo Trust and Banking Co": one firm)? */
static int two_sides(const pl_sentan *an, int q)
{
	int first = q, m, o;
	if (!compound_np(an, q))
		return 0;
	while (first > 0 && an->np[first - 1].group == an->np[q].group)
		first--;
	if (an->np[first].t0 > an->t0 && an->tok[an->np[first].t0 - 1].tag == PL_T_IN)
		return 0;
	for (m = first; m < an->nnp && an->np[m].group == an->np[q].group; m++) {
		if (an->tok[an->np[m].t0].tag == PL_T_CD)
			return 0;
		for (o = first; o < an->nnp && an->np[o].group == an->np[q].group; o++)
			if (o != m && an->np[m].code && an->np[o].code && strlen(an->np[m].code) > 3 &&
			    !pl_eq(an->np[m].code, an->np[o].code) &&
			    !strncmp(an->np[m].code, an->np[o].code, strlen(an->np[m].code)))
				return 0;
	}
	return 1;
}

/* Another coded party joined with chunk q in one subject ("Japan and West
** Germany agreed"), whom the pair's act is with: the first chunk of q's
** group with a code other than q's, or -1. */
static int group_partner(const pl_sentan *an, int q)
{
	int m;
	if (!an->np[q].code)
		return -1;
	for (m = 0; m < an->nnp; m++)
		if (m != q && an->np[m].group == an->np[q].group && an->np[m].code &&
		    strcmp(an->np[m].code, an->np[q].code) != 0)
			return m;
	return -1;
}

/* Does chunk q name back a pair of two coded parties ("both sides",
** "the two countries": one code of two parts)? */
static int named_pair(const pl_sentan *an, int q)
{
	const char *c = an->np[q].code, *sl;
	return c && (sl = strchr(c, '/')) != NULL && !strchr(sl + 1, '/') && sl > c && sl[1];
}

/* Is chunk q a thing of the pair acting ("both sides agreed to reopen
** their consulates"): no actor of its own, owned by "their"?  The pair
** then deal with each other, not with their own thing. */
static int pair_own_thing(const pl_sentan *an, int q)
{
	return (!an->np[q].code || an->np[q].agent_only) && pl_eq(an->tok[an->np[q].t0].low, "their");
}

/* The one an offer or a deal is for, named after the thing given or
** agreed: "offered 200,000 shares to Mr Manoogian", "agreed to sell its
** filter division to Donaldson", "agreed a three-year contract with the
** machinists' union", "agreed to buy 40 stores from Borden".  "to X"
** counts after the object of a verb of giving (the event's own or an
** infinitive after it), "from X" after the object of a verb of taking,
** "with X" after a noun of a deal; the scan stops at the end of the
** clause, a finite verb, a "that" or a relative word ("products that allow compatibility with Apple").
** The chunk, or -1. */
static int given_to(const pl_sentan *an, const pl_vg *g)
{
	static const char *const give[] = {"offer", "give", "sell", "hand", "transfer", "provide",
		"supply", "grant", "lend", "pay", "pass", "extend", "make", NULL};
	static const char *const deal[] = {"deal", "contract", "agreement", "accord", "pact", "treaty",
		"settlement", "compromise", "term", NULL};
	static const char *const take[] = {"buy", "purchase", "acquire", "obtain", "receive", "win",
		"lease", "borrow", "import", NULL};
	const pl_token *tok = an->tok;
	uint32_t j, end = clause_end(an, g);
	const char *verb = lem(&tok[g->v]);
	int k, q, prev;
	for (j = g->t1; j + 1 < end; j++) {
		if ((tok[j].flags & PL_TOK_PUNCT) || tok[j].tag == PL_T_WDT || tok[j].tag == PL_T_WP ||
		    pl_eq(tok[j].low, "that"))
			return -1;
		if ((k = pl_vg_of(an, j)) >= 0) {
			if (an->vg[k].finite)
				return -1;
			verb = lem(&tok[j]);
		}
		if (!pl_eq(tok[j].low, "to") && !pl_eq(tok[j].low, "with") && !pl_eq(tok[j].low, "from"))
			continue;
		/* (the thing given, taken or agreed stands right before) */
		prev = j > g->t1 ? an->np_of[j - 1 - an->t0] : -1;
		/* ... with where it is or what it is a share in ("its smelter
		** in Washington", "its stake in Reynolds") */
		if (prev >= 0 && an->np[prev].code && an->np[prev].t0 >= g->t1 + 2 &&
		    pl_eq(tok[an->np[prev].t0 - 1].low, "in"))
			prev = an->np_of[an->np[prev].t0 - 2 - an->t0];
		q = an->np_of[j + 1 - an->t0];
		if (prev < 0 || q < 0 || an->np[q].t0 != j + 1 || an->np[prev].code || an->np[prev].pronoun ||
		    !an->np[q].code || an->np[q].pronoun)
			continue;
		if (pl_eq(tok[j].low, "to") ? pl_in_list(verb, give)
		    : pl_eq(tok[j].low, "from") ? pl_in_list(verb, take)
		                                : pl_in_list(lem(&tok[an->np[prev].t1 - 1]), deal))
			return q;
	}
	return -1;
}

/* Does a reported clause with no "that" start at token x: a chunk right
** before a finite verb group ("warned the reforms would hurt pensioners",
** "warned voters faced higher bills")?  A "that" of a verb of saying's
** pattern stands for its start too, so the clause reads as with "that". */
static int zero_that(const pl_sentan *an, uint32_t x)
{
	int q, j;
	if (x < an->t0 || x >= an->t1)
		return 0;
	q = an->np_of[x - an->t0];
	if (q < 0 || an->np[q].t0 != x)
		return 0;
	for (j = 0; j < an->nvg; j++) {
		const pl_vg *h = &an->vg[j];
		if (h->t0 == an->np[q].t1)
			return h->finite && !h->infinitive && !h->gerund && !h->nominal;
	}
	return 0;
}

/* Is CAMEO code c the code x ("010")?  Asked of every coded verb many
** times over: codes share their first bytes, so pl_eq()'s first-byte test
** let nearly all of them through to a strcmp() call; compared here byte by
** byte, inline (no byte of c is read past a NUL that x lacks). */
static inline int code_is(const char *c, const char *x)
{
	size_t i;
	for (i = 0; c[i] == x[i]; i++)
		if (!c[i])
			return 1;
	return 0;
}

/* Does CAMEO code c start with prefix x ("08" for 0871)?  As strncmp()
** with strlen(x), for the tables walked prefix by prefix, without the two
** calls a row. */
static inline int code_starts(const char *c, const char *x)
{
	for (; *x; c++, x++)
		if (*c != *x)
			return 0;
	return 1;
}

/* Can pattern p match in region r: are the bits of its word items all among
** the region's?  (Not + $ ^ or not, nor a first word that g's particle may
** stand for: see match_pattern.)  Inline: the coder asks it of every
** pattern of a verb, and the call cost more than the test. */
__attribute__((always_inline))
static inline int words_present(const pl_verbpat *p, const pl_vg *g, const region *r)
{
	int e;
	/* the masks made at loading (pl_verbpat_need) say the same as the
	** loop below, without hashing the words again for every verb */
	if (p->has_need) {
		int first = !(g->particle && !p->particle);
		if ((p->need_all[0] & ~r->words[0]) || (p->need_all[1] & ~r->words[1]) ||
		    (p->need_all[2] & ~r->words[2]) || (p->need_all[3] & ~r->words[3]))
			return 0;
		if (first && p->need_first && !word_in(r->words, p->need_first - 1u))
			return 0;
		if (!g->reporting && (p->need_that || (first && p->need_first_that)) &&
		    !word_in(r->words, pl_word_bit256("that")))
			return 0;
		return 1;
	}
	for (e = 0; e < p->nelem; e++) {
		const char *el = p->elem[e];
		if (el[0] == '_' && el[1])
			el++;
		if ((el[0] == '+' || el[0] == '$' || el[0] == '^' || el[0] == '~') && el[1] == '\0')
			continue;
		if (pl_eq(el, "not") || (e == 0 && !p->particle && g->particle))
			continue;
		if (g->reporting && pl_eq(el, "that"))
			continue;   /* may stand for a clause's start: zero_that */
		if (!word_in(r->words, pl_word_bit256(el)))
			return 0;
	}
	return 1;
}

/* Has one of the patterns of list p a word after "that" ("agree | that
** cooperate")? */
static int words_after_that(const pl_verbpat *p)
{
	int e;
	for (; p; p = p->next)
		for (e = 0; e + 1 < p->nelem; e++)
			if (pl_eq(p->elem[e], "that"))
				return 1;
	return 0;
}

/* Is chunk q headed by a noun of dict/objects.tsv's "abstract" or
** "document" class (a plan, an offer, a decision, a report)? */
static int idea_np(const pl_store *s, const pl_sentan *an, int q)
{
	const char *head = lem(&an->tok[an->np[q].t1 - 1]), *cls;
	cls = pl_hash_get(&s->objclass, head, strlen(head));
	return cls && (pl_eq(cls, "abstract") || pl_eq(cls, "document"));
}

/* Is the chunk right after verb group g headed by a plan, a report, a
** duty or an amount (dict/objects.tsv: "would not discuss reports that
** ...", "will not meet its goal": no meeting refused)? */
static int idea_after(const pl_store *s, const pl_sentan *an, const pl_vg *g)
{
	const char *head, *cls;
	int q;
	if (g->t1 >= an->t1)
		return 0;
	q = an->np_of[g->t1 - an->t0];
	if (q < 0)
		return 0;
	head = lem(&an->tok[an->np[q].t1 - 1]);
	cls = pl_hash_get(&s->objclass, head, strlen(head));
	return cls && (pl_eq(cls, "abstract") || pl_eq(cls, "document") || pl_eq(cls, "duty") ||
	               pl_eq(cls, "amount"));
}

/* Is token j a bare "be" of a state: the next words, past adverbs of
** degree, no past participle ("be on the lookout", "be more visible", "be
** the nightspot of the region"; not "be capped", "be quickly returned",
** "be seen to act")? */
static int be_state(const pl_sentan *an, uint32_t j)
{
	if (j + 1 >= an->t1 || !pl_eq(an->tok[j].low, "be"))
		return 0;
	for (j++; j + 1 < an->t1 && an->tok[j].tag == PL_T_RB; j++)
		;
	return an->tok[j].tag != PL_T_VBN && an->tok[j].tag != PL_T_VBD &&
	       !PL_TAG_IS_VERB(an->tok[j].tag);
}

/* "I want children to know they can approach me", "we want every child to
** have a good school": a want that another know, feel or have something
** asks no act of anyone (no appeal, 02x); verb group g's verb "want",
** "wish" or "like", "to" among the few words after it, then a verb of
** knowing, feeling or having.  So is a want that another be in a state,
** "wants pilots to be on the lookout", "we want Michael to be as
** accessible as possible" (be_state); "want the budget to be capped" is
** an act asked for, in the passive, and stays an appeal. */
static int wants_state(const pl_sentan *an, const pl_vg *g)
{
	static const char *const wants[] = {"want", "wish", "like", NULL};
	static const char *const states[] = {"know", "understand", "feel", "realise", "realize",
		"see", "have", "enjoy", "believe", "recognise", "recognize", NULL};
	uint32_t j;
	if (!pl_in_list(lem(&an->tok[g->v]), wants))
		return 0;
	for (j = g->t1; j + 1 < an->t1 && j <= g->t1 + 5; j++) {
		if (an->tok[j].flags & PL_TOK_PUNCT)
			return 0;
		if (pl_eq(an->tok[j].low, "to"))
			return pl_in_list(lem(&an->tok[j + 1]), states) || be_state(an, j + 1);
	}
	return 0;
}

/* "conceded the comments may have been offensive", "acknowledged the plan
** had flaws": a verb that is no verb of saying, whose line with "that"
** reads a clause as a statement (dict/verbs.tsv: "010 acknowledge | concede
** | that"; not "charge that", an accusation), followed
** by a clause without "that" (a chunk right after the verb group, the
** subject of a finite verb group after it).  That line of list p, else
** NULL: the verb's line for no words ("conceded" alone yields, 080) is not
** what a clause says. */
static const pl_verbpat *zero_that_line(const pl_verbpat *p, const pl_sentan *an, const pl_vg *g)
{
	int q, m;
	if (g->reporting || g->negated || g->t1 >= an->t1 || (q = an->np_of[g->t1 - an->t0]) < 0 ||
	    an->np[q].t0 != g->t1)
		return NULL;
	for (m = 0; m < an->nvg; m++)
		if (an->vg[m].subj == q && an->vg[m].finite && an->vg[m].t0 >= an->np[q].t1 &&
		    an->vg[m].t0 <= an->np[q].t1 + 1)
			break;
	if (m == an->nvg)
		return NULL;
	for (; p; p = p->next)
		if (p->nelem == 1 && !p->particle && !p->form && pl_eq(p->elem[0], "that") &&
		    code_is(p->code, "010"))
			return p;
	return NULL;
}

/* Is verb group g an infinitive of a state ("want", "be", "have",
** "favour", "support", "oppose", "prefer", "like", "wish", "hope") right
** after hearsay in the passive with no one named ("are said to", "are
** believed to", "is thought to", "is understood to", "are reported to")? */
static int hedged_state(const pl_sentan *an, const pl_vg *g)
{
	static const char *const state[] = {"want", "be", "have", "favour", "favor", "support",
		"oppose", "prefer", "like", "wish", "hope", "feel", "resent", "distrust", NULL};
	static const char *const hearsay[] = {"say", "believe", "think", "understand", "report",
		"rumour", "rumor", "reckon", "know", NULL};
	static const char *const wants[] = {"want", "wish", "like", NULL};
	const pl_token *tok = an->tok;
	uint32_t j;
	if (g->finite || !pl_in_list(lem(&tok[g->v]), state))
		return 0;
	/* ("are believed to want him to quit": the want of another's act
	** that dict/verbs.tsv codes stands for the act's clause too) */
	if (pl_in_list(lem(&tok[g->v]), wants)) {
		for (j = g->t1; j < an->t1 && j <= g->t1 + 5; j++)
			if (pl_eq(tok[j].low, "to") || (tok[j].flags & PL_TOK_PUNCT))
				break;
		if (j < an->t1 && j <= g->t1 + 5 && pl_eq(tok[j].low, "to"))
			return 0;
	}
	/* the "to" before the verb (an adverb may come between) */
	for (j = g->v; j > an->t0 && g->v - j < 3 && !pl_eq(tok[j - 1].low, "to"); j--)
		;
	if (j <= an->t0 + 2 || !pl_eq(tok[j - 1].low, "to"))
		return 0;
	j--;
	if (tok[j - 1].tag != PL_T_VBN || !pl_in_list(lem(&tok[j - 1]), hearsay))
		return 0;
	return pl_eq(lem(&tok[j - 2]), "be") || (j >= an->t0 + 3 && tok[j - 2].tag == PL_T_RB &&
	                                         pl_eq(lem(&tok[j - 3]), "be"));
}

/* The code of a course judged by its adjective: token j an adjective with
** an "s:" cue of dict/stance.tsv right before a noun of a course taken
** ("a very important step", "a positive move", "a dangerous decision"), or
** such a noun followed by "in the ADJ direction" ("a step in the right
** direction").  The adjective alone names no judgement ("an important
** meeting", "the right time"), so only before such a noun.  NULL if none. */
static const char *course_cue(const pl_store *s, const pl_sentan *an, uint32_t j)
{
	static const char *const course[] = {"step", "move", "decision", "development",
		"gesture", "sign", "signal", "measure", "initiative", "contribution",
		"advance", "precedent", "action", "act", "change", NULL};
	const pl_token *tok = an->tok;
	uint32_t k;
	if (PL_TAG_IS_ADJ(tok[j].tag)) {
		for (k = j + 1; k < an->t1 && k <= j + 2 && PL_TAG_IS_ADJ(tok[k].tag); k++)
			;
		if (k >= an->t1 || !pl_in_list(lem(&tok[k]), course))
			return NULL;
	} else if (pl_in_list(lem(&tok[j]), course) && j + 4 < an->t1 &&
	           pl_eq(tok[j + 1].low, "in") && pl_eq(tok[j + 2].low, "the") &&
	           pl_eq(tok[j + 4].low, "direction")) {
		j += 3;
	} else {
		return NULL;
	}
	return pl_stance_cue(s, "s", lem(&tok[j]));
}

/* The token of a word of judgement (a plain word of dict/stance.tsv whose
** code is code) that verb group g says of its object: within the few words
** after the object ("called the policy a gimmick", "dismissed the proposals
** as a con", "labelled him a liar") or after "as" in the passive ("the plan
** was described as chaotic").  The object must be one that can be judged:
** an actor, its thing, a pronoun, or a plan, decision or report (classes
** "abstract" and "document" of dict/objects.tsv), not a state of things
** ("described conditions as appalling").  -1 when there is none, or when a
** preposition (but "as"), a verb, a clause or a negation comes first. */
static int judgement(const pl_store *s, const char *code, const pl_sentan *an, const pl_vg *g)
{
	const pl_token *tok = an->tok;
	uint32_t j, end = (uint32_t)g->cl_end < an->t1 ? (uint32_t)g->cl_end : an->t1;
	int obj = g->passive ? g->subj : -1, seen = 0;
	if (!s->stance.n)
		return -1;
	for (j = g->t1; j < end && j < g->t1 + 8; j++) {
		const pl_token *t = &tok[j];
		const char *c;
		int q = an->np_of[j - an->t0];
		if (t->tag == PL_T_PPL || t->tag == PL_T_PPR)
			continue;
		if (is_neg(t) || pl_eq(t->low, "no") || (t->flags & PL_TOK_PUNCT) ||
		    (t->tag == PL_T_IN && !pl_eq(t->low, "as")) || t->tag == PL_T_TO ||
		    t->tag == PL_T_CC || t->tag == PL_T_MD || t->tag == PL_T_WDT || t->tag == PL_T_WP ||
		    (PL_TAG_IS_VERB(t->tag) && t->tag != PL_T_VBN))
			return -1;
		if (q >= 0 && obj < 0 && !seen) {
			obj = q;
			seen = 1;
			continue;
		}
		if (q >= 0 && q == obj)
			continue;
		c = pl_hash_get(&s->stance, lem(t), strlen(lem(t)));
		if (!c && strcmp(lem(t), t->low))
			c = pl_hash_get(&s->stance, t->low, t->len);
		if (!c)
			c = course_cue(s, an, j);
		if (!c)
			continue;
		if (strcmp(c, code) || obj < 0)
			return -1;
		{
			const pl_np *np = &an->np[obj];
			return np->code || np->poss_code || np->pronoun || idea_np(s, an, obj) ? (int)j : -1;
		}
	}
	return -1;
}

/* Does the particle of a phrasal verb come after a short object ("handed
** the suspect over to", "called the strike off", "set the hostages
** free")?  The object: one chunk of at most four words right after the
** verb group; a preposition only before "to" or the clause's end. */
static int particle_after_object(const pl_sentan *an, const pl_vg *g, const char *particle)
{
	uint32_t e;
	int q;
	if (g->particle || g->t1 >= an->t1 || (q = an->np_of[g->t1 - an->t0]) < 0 ||
	    an->np[q].t0 != g->t1 || an->np[q].t1 - an->np[q].t0 > 4)
		return 0;
	e = an->np[q].t1;
	if (e >= an->t1 || !pl_eq(lem(&an->tok[e]), particle))
		return 0;
	/* a preposition there heads a phrase of its own ("gave their answers
	** in 100 hours") unless "to" or the clause's end follows it */
	if (an->tok[e].tag == PL_T_IN)
		return e + 1 >= an->t1 || pl_eq(an->tok[e + 1].low, "to") ||
		       (an->tok[e + 1].flags & PL_TOK_PUNCT);
	return an->tok[e].tag == PL_T_RP || an->tok[e].tag == PL_T_RB || PL_TAG_IS_ADJ(an->tok[e].tag);
}

/* Is token j a preposition that opens a phrase of time, a day's name after
** it ("insisted on Wednesday that ...", "agreed on Monday to ..."), or the
** month "March" written with its capital?  Such a word is no word of a
** verb's pattern ("insist on" a thing, "stage a march"). */
static int when_phrase(const pl_sentan *an, uint32_t j)
{
	static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", NULL};
	const pl_token *t = &an->tok[j];
	/* the month ("held since March", "talks in March") is no march */
	if ((t->flags & PL_TOK_CAP) && !(t->flags & (PL_TOK_ALLCAP | PL_TOK_SSTART)) &&
	    pl_eq(t->low, "march"))
		return 1;
	return t->tag == PL_T_IN && j + 1 < an->t1 && pl_in_list(an->tok[j + 1].low, days);
}

/* Is token j the noun of a phrase of price, "in exchange for" or "in return
** for"?  It names what is got for an act, and is no word of the act's own
** pattern ("agreed to supply oil products in exchange for crude" is no
** exchange of prisoners). */
static int price_phrase(const pl_sentan *an, uint32_t j)
{
	return (pl_eq(an->tok[j].low, "exchange") || pl_eq(an->tok[j].low, "return")) &&
	       j > an->t0 && pl_eq(an->tok[j - 1].low, "in") && j + 1 < an->t1 &&
	       pl_eq(an->tok[j + 1].low, "for");
}

/* Tries pattern p on region r.  On success returns 1 and sets *target to the
** np of the `+` item (or -1) and *usedneg when the verb's own negation was
** consumed by a `not` item.  owner lets a `+` be a chunk whose only actor
** is its possessor: 2 anywhere ("an attack on a security forces' convoy"),
** 1 only as a verb's first item, its object ("seized Iran's tanker"; not
** "heading to Trump's desk"), 0 never. */
/* Is token i a participle that opens a clause of its own after a comma, the
** head of a verb group other than g ("issued a rallying cry, warning the
** stakes were high": "warning" is no warning issued)?  Such a word matches a
** pattern word by its lemma only.  A -ing word inside a chunk ("a border
** crossing", "a profits warning") is the noun the pattern names. */
static int participle_head(const pl_sentan *an, const pl_vg *g, uint32_t i)
{
	int j;
	if (an->tok[i].tag != PL_T_VBG || i == an->t0 || !pl_eq(an->tok[i - 1].low, ","))
		return 0;
	return (j = pl_vg_of(an, i)) >= 0 && &an->vg[j] != g;
}

/* Does verb pattern p, a line of visits, praise, cooperation, aid or
** yielding (roots 04-08), end in a "to" of place or receiver ("welcome +
** to": welcomed the premier to Washington; "hand power to") that the
** sentence has as the mark of an infinitive ("welcomed the decision by
** India and Pakistan to open a bus link", "welcomed measures to encourage
** lending")?  The line does not hold then.  In lines of other roots the
** "to" is most often meant as the infinitive ("urged Iran to", "refused
** to", "forced banks to"). */
static int to_infinitive(const pl_verbpat *p, const pl_sentan *an, const uint32_t *used, int nused)
{
	int u;
	if (!p->nelem || !pl_eq(p->elem[p->nelem - 1], "to") || p->code[0] != '0' ||
	    p->code[1] < '4' || p->code[1] > '8')
		return 0;
	for (u = 0; u < nused; u++)
		if (used[u] + 1 < an->t1 && pl_eq(an->tok[used[u]].low, "to") &&
		    an->tok[used[u] + 1].tag == PL_T_VB)
			return 1;
	return 0;
}

/* Is a word a verb pattern matched the object of a noun that undoes it,
** one the pattern left out ("announced the lifting of sanctions", "ordered
** an end to the curfew", "announced a halt to aid")?  The verb then acts
** on the undoing, which the noun dictionary codes ("lifting of sanction"),
** not on the measure: no "announce sanction" (163), no "order curfew". */
static int undone_word(const pl_sentan *an, const uint32_t *used, int nused)
{
	static const char *const undo[] = {"lifting", "easing", "relaxation", "loosening", "removal",
		"end", "ending", "suspension", "halt", "cancellation", "repeal", "scrapping",
		"abolition", "revocation", NULL};
	const pl_token *tok = an->tok;
	int i, k;
	for (i = 0; i < nused; i++) {
		uint32_t j = used[i];
		while (j > an->t0 + 2 && (tok[j - 1].tag == PL_T_DT || tok[j - 1].tag == PL_T_PRPS ||
		       tok[j - 1].tag == PL_T_CD || PL_TAG_IS_ADJ(tok[j - 1].tag)))
			j--;
		if (j < an->t0 + 2 || !(pl_eq(tok[j - 1].low, "of") || pl_eq(tok[j - 1].low, "to")) ||
		    !pl_in_list(tok[j - 2].low, undo))
			continue;
		for (k = 0; k < nused && used[k] != j - 2; k++)
			;
		if (k == nused)
			return 1;
	}
	return 0;
}

static int match_pattern(const pl_store *s, const pl_verbpat *p, const pl_sentan *an, const pl_vg *g,
                         const region *r, int owner, int *target, int *source, int *usedneg,
                         uint32_t *used, int *nused)
{
	const pl_token *tok = an->tok;
	int pos = 0, e;
	uint32_t last = g->t1 - 1;   /* the last token matched */
	*target = -1;
	*source = -1;
	*usedneg = 0;
	*nused = 0;
	if (!words_present(p, g, r))
		return 0;
	if (p->particle) {
		if (!(g->particle && pl_eq(g->particle, p->particle)) &&
		    !(g->v + 1 < an->t1 && pl_eq(lem(&tok[g->v + 1]), p->particle)) &&
		    !particle_after_object(an, g, p->particle))
			return 0;
	}
	if (p->nprev && !match_prev(p, an, g, usedneg))
		return 0;
	for (e = 0; e < p->nelem; e++) {
		const char *el = p->elem[e];
		int k, found = -1, adj = 0;
		if (el[0] == '_' && el[1]) {
			/* "REALLY_PLEASANT": right after the word before (or the verb) */
			adj = 1;
			el++;
		}
		int plus = (el[0] == '+' || el[0] == '$') && el[1] == '\0';
		if ((el[0] == '^' || el[0] == '~') && el[1] == '\0') {
			if (el[0] == '^') {
				/* PETRARCH's ^: one phrase skipped -- the next chunk */
				for (k = pos; k < r->n && k <= pos + MAX_GAP; k++) {
					int q = an->np_of[r->t[k] - an->t0];
					if (q >= 0) {
						found = k;
						while (found + 1 < r->n && an->np_of[r->t[found + 1] - an->t0] == q)
							found++;
						break;
					}
				}
			} else {
				/* a word of judgement said of the object: "branded the
				** plans a shambles", "described the scheme as chaotic" */
				int j = judgement(s, p->code, an, g);
				for (k = pos; j >= 0 && k < r->n; k++)
					if (r->t[k] == (uint32_t)j) {
						found = k;
						used[(*nused)++] = r->t[k];
						break;
					}
			}
			if (found < 0)
				return 0;
			last = r->t[found];
			pos = found + 1;
			continue;
		}
		int neg = el[0] == 'n' && pl_eq(el, "not");
		if (neg && e == 0 && g->negated && !not_yet(an, g)) {
			*usedneg = 1;
			continue;
		}
		/* "will not clash over": the tagger took the pattern's first word
		** for the verb group's particle */
		if (e == 0 && !p->particle && g->particle && pl_eq(el, g->particle))
			continue;
		int extra = 0, depth = 0;
		for (k = pos; k < r->n && k <= pos + MAX_GAP + extra; k++) {
			const pl_token *t = &tok[r->t[k]];
			if (adj && (k != pos || r->t[k] != last + 1))
				break;
			/* a parenthesis ("the Tehran Bus Company (Vahed) to")
			** does not count toward the gap */
			if (!s->petrarch && (t->tag == PL_T_LRB || t->tag == PL_T_RRB || depth > 0)) {
				depth += t->tag == PL_T_LRB ? 1 : t->tag == PL_T_RRB && depth > 0 ? -1 : 0;
				extra++;
				if (t->tag == PL_T_LRB || t->tag == PL_T_RRB)
					continue;
			}
			if (plus) {
				int q = an->np_of[r->t[k] - an->t0];
				/* (a target may be a thing's owner: "an attack on a
				** security forces' convoy") */
				int owned = q >= 0 && el[0] == '+' && an->np[q].poss_code &&
				            (owner == 2 || (owner == 1 && e == 0));
				/* "welcomed the Iranian offer to suspend": an idea or a
				** report an actor owns is not met, visited nor hosted
				** (root 04); welcoming it approves it */
				if (q >= 0 && an->np[q].t0 == r->t[k] && p->code[0] == '0' && p->code[1] == '4' &&
				    !an->np[q].pronoun && idea_np(s, an, q))
					continue;
				if (q >= 0 && an->np[q].t0 == r->t[k] && (an->np[q].code || owned)) {
					found = k;
					if (el[0] == '$')
						*source = q;
					else
						*target = q;
					/* continue after the chunk (and its compound partners) */
					while (found + 1 < r->n && an->np_of[r->t[found + 1] - an->t0] >= 0 &&
					       an->np[an->np_of[r->t[found + 1] - an->t0]].group == an->np[q].group)
						found++;
					while (found + 1 < r->n && (pl_eq(tok[r->t[found + 1]].low, "and") ||
					       pl_eq(tok[r->t[found + 1]].low, ",")) && found + 2 < r->n &&
					       an->np_of[r->t[found + 2] - an->t0] >= 0 &&
					       an->np[an->np_of[r->t[found + 2] - an->t0]].group == an->np[q].group) {
						found += 2;
						while (found + 1 < r->n && an->np_of[r->t[found + 1] - an->t0] ==
						       an->np_of[r->t[found] - an->t0])
							found++;
					}
					/* and over "and other ..." after it ("the US and
					** other developed nations must"): a class the named
					** side stands at the head of, not another side */
					while (found + 2 < r->n && (pl_eq(tok[r->t[found + 1]].low, "and") ||
					       pl_eq(tok[r->t[found + 1]].low, "or")) &&
					       pl_eq(tok[r->t[found + 2]].low, "other") &&
					       an->np_of[r->t[found + 2] - an->t0] >= 0) {
						found += 2;
						while (found + 1 < r->n && an->np_of[r->t[found + 1] - an->t0] ==
						       an->np_of[r->t[found] - an->t0])
							found++;
					}
					/* and over its of-phrases when the pattern goes on
					** with another word: "workers of the United Bus
					** Company of Tehran to" (not "accused X of ...") */
					while (!s->petrarch && e + 1 < p->nelem && strcmp(p->elem[e + 1], "of") &&
					       found + 2 < r->n && pl_eq(tok[r->t[found + 1]].low, "of") &&
					       r->t[found + 2] == r->t[found + 1] + 1 &&
					       an->np_of[r->t[found + 2] - an->t0] >= 0) {
						int o = an->np_of[r->t[found + 2] - an->t0];
						found += 2;
						while (found + 1 < r->n && an->np_of[r->t[found + 1] - an->t0] == o)
							found++;
					}
					break;
				}
			} else if (neg) {
				if (is_neg(t)) {
					found = k;
					break;
				}
			} else if (((!p->literal && el[0] == lem(t)[0] && el[1] == lem(t)[1] && pl_eq(el, lem(t))) ||
			            (el[0] == t->low[0] && el[1] == t->low[1] && pl_eq(el, t->low) &&
			             (s->petrarch || !participle_head(an, g, r->t[k])))) &&
			           !when_phrase(an, r->t[k]) && (s->petrarch || !price_phrase(an, r->t[k]))) {
				found = k;
				used[(*nused)++] = r->t[k];
				break;
			}
		}
		/* "warned the reforms would hurt": the clause right after the
		** verb (or its target) with no "that" */
		if (found < 0 && !adj && g->reporting && pl_eq(el, "that") &&
		    pos < r->n && r->t[pos] == last + 1 && zero_that(an, last + 1))
			continue;
		if (found < 0)
			return 0;
		last = r->t[found];
		pos = found + 1;
	}
	return 1;
}

/* Roles of a people, not of a state nor armed: civilians, workers,
** students, farmers ... ("Iranian authorities pressured bus drivers"). */
static int civil_role(const char *code)
{
	static const char *const w[] = {"CVL", "LAB", "EDU", "AGR", "HLH", "REF", "ENV", "REL", NULL};
	return pl_in_list(code, w);
}

/* Gives event e's target, named by a bare role of three letters with no
** country, the source's country (from the article's context), when the
** source is of a country: not an international body, an NGO or a company. */
static void target_of_source_country(pl_event *e, const char *role, pl_arena *a)
{
	static const char *const nocountry[] = {"IGO", "NGO", "BUS", "MNC", NULL};
	const char *sc = e->src.code;
	char *c;
	int i;
	if (!sc || strlen(sc) < 3 || !(sc[0] >= 'A' && sc[0] <= 'Z'))
		return;
	for (i = 0; nocountry[i]; i++)
		if (!strncmp(sc, nocountry[i], 3))
			return;
	if (!(c = pl_arena_alloc(a, 7)))
		return;
	memcpy(c, sc, 3);
	memcpy(c + 3, role, 3);
	c[6] = '\0';
	e->tgt.code = c;
	e->tgt.named = 0;
	e->tgt.how = PL_HOW_CONTEXT;
}

/* A target of civil role with no country named for it ("pressured bus
** drivers", "freed 500 prisoners") is of the source's country, when the
** source has one: a state's acts on civilians are mostly on its own. */
static void civil_target(pl_event *e, const pl_np *np, pl_arena *a)
{
	if (e->tgt.code || !e->tgt.named || !np || !np->agent_only || !np->code || !civil_role(np->code))
		return;
	target_of_source_country(e, np->code, a);
}

/* The actor of a chunk.  A bare role ("the government", "protesters") takes
** the country named just before it when it is the source, or when it is a
** definite target ("accused the government"). */
static void set_ref(pl_actorref *r, const pl_sentan *an, const pl_np *np, int source)
{
	memset(r, 0, sizeof *r);
	if (!np)
		return;
	r->code = np->code ? np->code : np->poss_code;
	r->how = r->code ? np->how : PL_HOW_NONE;
	/* ... but an armed group, criminals or attackers named as a target
	** ("accused the paramilitary group") are not taken to belong to the
	** country just named */
	if (np->agent_only && np->icode && (source || (pl_eq(an->tok[np->t0].low, "the") &&
	    strcmp(np->code, "REB") && strcmp(np->code, "UAF") && strcmp(np->code, "CRM")))) {
		r->code = np->icode;
		r->how = PL_HOW_CONTEXT;
	}
	/* "met delegates", "freed prisoners": a role of a state or a people
	** still without a country takes the article's, and without one stays
	** uncoded, its words still named (a code that begins with a role says
	** nothing of whose it is; pl_sent_backfill) */
	if (np->agent_only && np->acode && r->code == np->code) {
		r->code = np->acode[0] ? np->acode : NULL;
		r->how = r->code ? PL_HOW_CONTEXT : PL_HOW_NONE;
		r->named = !r->code;
	}
	r->t0 = np->a0;
	r->t1 = np->a1;
	r->file = np->file;
	r->line = np->line;
}

/* Does actor code c end in the role of a body of a state (GOV, MIL, LEG,
** JUD, COP, SPY, ELI)? */
static int state_role(const char *c)
{
	static const char *const state[] = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI", NULL};
	size_t n = c ? strlen(c) : 0;
	return n >= 3 && pl_in_list(c + n - 3, state);
}

/* Does chunk q name someone a verb may act on: a person ("the foreign
** secretary", "Jack Straw") or a body of a state ("the Pakistani
** government"), not a place nor a thing? */
static int person_or_state(const pl_sentan *an, int q)
{
	const pl_np *np = &an->np[q];
	if (!np->code || !np->code[0] || np->place)
		return 0;
	return np->person || state_role(np->code);
}

/* "protested in Seoul against President Roh": a protest's place is its
** target only when no one is named after it; does an actor other than a
** place (a person, a body of a state, an organisation) follow place chunk
** q in verb group g's clause, before any other verb? */
static int acted_on_after(const pl_sentan *an, const pl_vg *g, int q)
{
	uint32_t j, end = clause_end(an, g);
	int k, r;
	for (j = an->np[q].t1; j < end; j++) {
		for (k = 0; k < an->nvg; k++)
			if (an->vg[k].t0 == j)
				return 0;
		r = an->np_of[j - an->t0];
		if (r >= 0 && r != q && an->np[r].t0 == j && an->np[r].code && !an->np[r].place &&
		    (!an->np[r].agent_only || person_or_state(an, r)))
			return 1;
	}
	return 0;
}

/* A building or a gathering named after "at", "in" ... ("spoke at the
** Commonwealth Club", "a news conference outside the embassy", "filed
** suit in a federal court"): where something happens, whoever runs it. */
static int building(const pl_sentan *an, const pl_np *np)
{
	static const char *const w[] = {"club", "hotel", "hall", "centre", "center", "school",
		"university", "college", "hospital", "station", "embassy", "consulate", "palace",
		"stadium", "airport", "headquarters", "court", "conference", "summit", "meeting",
		"rally", "forum", "convention", "ceremony", "talks",
		/* houses and grounds ("at an elegant Moscow mansion", "at
		** the Foreign Ministry building", "at his country dacha") */
		"mansion", "residence", "villa", "dacha", "chateau", "castle", "lodge", "ranch",
		"building", "office", "chancellery", "compound", "base", "airbase", "resort",
		"theatre", "theater", "church", "cathedral", "mosque", "temple", "museum",
		"restaurant", "room", "chamber",
		/* and the gatherings held in them ("at a lunch", "at the
		** air show") */
		"lunch", "luncheon", "dinner", "banquet", "reception", "breakfast", "show", "fair",
		"exhibition", "festival", NULL};
	static pl_wordset set = PL_WORDSET(w);
	return pl_in_set(&set, an->tok[np->t1 - 1].low);
}

/* A seat of a state body named after "in" or "at" ("spoke in the
** Commons", "a meeting at No 10", "raise the issue in Parliament", "worked
** at the Treasury"): the body that sits there, named by its proper name,
** is where the act happens; not after a word that aims ("a swipe at
** Downing Street", "hit out at Whitehall", "angry at Westminster"). */
static int seat_venue(const pl_sentan *an, const pl_np *np)
{
	static const char *const state[] = {"GOV", "LEG", "JUD", NULL};
	static const char *const aim[] = {"swipe", "dig", "jibe", "attack", "blow", "shot", "aim",
		"direct", "out", "point", "fire", "angry", "furious", "anger", "fury", "look", "laugh",
		"target", "protest", "demonstration", NULL};
	size_t n = np->code ? strlen(np->code) : 0;
	const pl_token *p;
	/* a bare role by its proper name ("at the Treasury", "in the
	** Senate") is a seat as much as one with its country */
	if (n < 3 || (n < 6 && !np->agent_only) || np->person || np->pronoun || np->t0 < an->t0 + 2 ||
	    !pl_in_list(np->code + n - 3, state) || !(an->tok[np->t1 - 1].flags & PL_TOK_CAP))
		return 0;
	p = &an->tok[np->t0 - 1];
	if (p->tag == PL_T_DT && np->t0 >= an->t0 + 3)
		p--;
	return (pl_eq(p->low, "in") || pl_eq(p->low, "at")) && !pl_in_list(lem(p - 1), aim);
}

/* Is word w (a lemma) one of pattern p's elements? */
static int pattern_has(const pl_verbpat *p, const char *w)
{
	int e;
	for (e = 0; e < p->nelem; e++)
		if (pl_eq(p->elem[e][0] == '_' ? p->elem[e] + 1 : p->elem[e], w))
			return 1;
	return 0;
}

/* Is the responsibility that pattern p of verb group g takes a charge
** held, not a wrong owned: "responsibility for" a thing kept, run or looked
** after ("took up the responsibility for exports", "taking responsibility
** for the accuracy of the accounts", "assumed responsibility for the debt
** talks")?  A claim or an admission of responsibility (015) owns an act
** done, an attack or a failure ("claimed responsibility for the bombing",
** "accepted responsibility for the diversion of profits"); a charge is a
** duty, no event.  The thing is the head of the chunk after "for" (dict/
** objects.tsv classes of things owned or run, or a word of charge below);
** "responsibility" alone is left alone. */
static int charge_held(const pl_store *s, const pl_sentan *an, const pl_vg *g, const pl_verbpat *p)
{
	static const char *const held[] = {"duty", "business", "market", "civil", "property", "amount",
		"animal", NULL};
	static const char *const charge[] = {"accuracy", "control", "function", "child", "talk",
		"negotiation", "export", "import", "content", "security", "safety", "welfare", "running",
		"management", "portfolio", "economy", "post", NULL};
	const char *cls, *head;
	uint32_t j;
	int q;
	if (!code_is(p->code, "015") || !pattern_has(p, "responsibility"))
		return 0;
	for (j = g->t1; j < an->t1 && j < g->t1 + 6; j++)
		if (pl_eq(lem(&an->tok[j]), "responsibility"))
			break;
	if (j + 2 >= an->t1 || !pl_eq(an->tok[j + 1].low, "for"))
		return 0;
	q = an->np_of[j + 2 - an->t0];
	if (q < 0)
		return 0;
	head = lem(&an->tok[an->np[q].t1 - 1]);
	cls = pl_tok_get_lem(&s->objclass, &an->tok[an->np[q].t1 - 1]);
	return (cls && pl_in_list(cls, held)) || pl_in_list(head, charge);
}

/* Is chunk q what someone is or becomes, not someone acted on: the
** complement of a copula ("hopes to remain MP for Richmond", "wants to
** become president of the Commission") or of a naming verb in the passive
** ("was appointed minister", "was named envoy to Iraq"), or a chunk after
** "as" ("resigned as party chairman", "is seen as the leader", "as he
** left"; not "such as", "as well as").  The active naming verb's object
** ("appointed Mr Jones as minister") is the one appointed. */
static int predicative(const pl_sentan *an, int q)
{
	static const char *const copula[] = {"be", "remain", "become", "stay", "seem", "appear",
		"prove", NULL};
	static pl_wordset copula_set = PL_WORDSET(copula);
	static const char *const naming[] = {"appoint", "name", "elect", "re-elect", "make",
		"declare", "nominate", "crown", "choose", "select", "install", "proclaim", NULL};
	static pl_wordset naming_set = PL_WORDSET(naming);
	/* "such as", "as many ... as", "as part of", "as a result of" */
	static const char *const compare[] = {"such", "well", "so", "long", "far", "soon", "just",
		NULL};
	static const char *const amount[] = {"many", "much", "few", "little", "more", NULL};
	static const char *const adverbial[] = {"part", "result", "consequence", NULL};
	const pl_np *np = &an->np[q];
	int i;
	if (np->t0 <= an->t0)
		return 0;
	if (pl_eq(an->tok[np->t0 - 1].low, "as"))
		return !(np->t0 >= an->t0 + 2 && pl_in_list(an->tok[np->t0 - 2].low, compare)) &&
		       !pl_in_list(an->tok[np->t0].low, amount) &&
		       !pl_in_list(an->tok[np->t1 - 1].low, adverbial);
	for (i = 0; i < an->nvg; i++) {
		const pl_vg *g = &an->vg[i];
		const char *v = lem(&an->tok[g->v]);
		if (g->t1 == np->t0 && (pl_in_set(&copula_set, v) || (g->passive && pl_in_set(&naming_set, v))))
			return 1;
	}
	return 0;
}

/* Is the chunk that ends just before token t an occasion of speaking or
** meeting ("a speech", "the talks", "a news conference") at which verb
** group g acts: its object or an adjunct after "during", "at" or "in"?  A
** place or a seat after the occasion's "in" or "at" is where it is held
** ("during a speech in Westminster", "at a meeting in Washington"); not
** so the occasion as a topic ("eased restrictions on gatherings in
** Lagos"). */
static int occasion_before(const pl_sentan *an, const pl_vg *g, uint32_t t)
{
	static const char *const adjunct[] = {"during", "at", "in", NULL};
	static const char *const w[] = {"speech", "address", "remark", "lecture", "meeting", "talk",
		"conference", "summit", "session", "debate", "interview", "visit", "ceremony", "dinner",
		"lunch", "luncheon", "breakfast", "banquet", "reception", "briefing", "hearing",
		"gathering", "audience", "appearance", NULL};
	int h;
	if (t <= an->t0 || (h = an->np_of[t - 1 - an->t0]) < 0 || an->np[h].t1 != t || an->np[h].code)
		return 0;
	if (an->np[h].t0 != g->t1 && !(an->np[h].t0 > an->t0 &&
	    pl_in_list(an->tok[an->np[h].t0 - 1].low, adjunct)))
		return 0;
	return pl_in_list(lem(&an->tok[t - 1]), w);
}

/* Is chunk q, part of pattern p, the partner of an encounter or a fight
** named after "with" ("clashed with police", "scuffled with riot
** police")?  That partner is the one acted on, whatever venue follows ("at
** a Solidarity rally", "outside the U.S. embassy"). */
static int with_partner(const pl_sentan *an, const pl_verbpat *p, int q)
{
	const pl_np *np = &an->np[q];
	return np->t0 > an->t0 && pl_eq(an->tok[np->t0 - 1].low, "with") && pattern_has(p, "with") &&
	       ((p->code[0] == '1' && p->code[1] >= '4') || p->code[0] == '2');
}

/* Does the phrase opened by preposition token j (up to the next
** preposition, or token lim) say when, how long or at what occasion an
** act is done, not whose the place after it is: its last word a time
** ("met for four hours at a mansion", "met on Tuesday in Geneva", "a
** meeting today in Brasilia") or, after a word of time, purpose or part,
** an occasion ("met for talks in Brussels", "after a meeting in Khartoum",
** "a round of negotiations in New Delhi")?
** Not so a topic ("talks on the situation in Lebanon", "restrictions on
** public meetings in Lagos"). */
static int adjunct_phrase(const pl_sentan *an, uint32_t j, uint32_t lim)
{
	static const char *const time[] = {"minute", "hour", "day", "week", "month", "year",
		"weekend", "night", "morning", "afternoon", "evening", "today", "tonight",
		"yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", NULL};
	static pl_wordset time_set = PL_WORDSET(time);
	static const char *const when[] = {"for", "after", "before", "during", "following", "of",
		NULL};
	static const char *const occasion[] = {"talk", "meeting", "discussion", "negotiation",
		"consultation", NULL};
	uint32_t e = j + 1;
	const char *w;
	while (e < lim && an->tok[e].tag != PL_T_IN)
		e++;
	if (e == j + 1 || e >= lim)
		return 0;
	w = lem(&an->tok[e - 1]);
	return pl_in_set(&time_set, w) || (pl_in_list(an->tok[j].low, when) && pl_in_list(w, occasion));
}

/* "the committee meets next Tuesday, a parliamentary official said",
** "their opposition to the scheme, diplomats said": is chunk q, after a
** comma that follows token from, the one who reports the clause (the
** subject of a verb of saying other than verb group k) rather than anyone
** the act there is done to?  For a noun (k < 0) the comma must close a
** clause with a finite verb: a phrase put first ("facing criticism for its
** handling of the case, the agency said") may be about the speaker. */
static int reporter_after(const pl_sentan *an, uint32_t from, int k, int q)
{
	uint32_t j;
	int i;
	if (an->np[q].t0 < from)
		return 0;
	for (j = from; j < an->np[q].t0; j++)
		if (pl_eq(an->tok[j].low, ","))
			break;
	if (j == an->np[q].t0)
		return 0;
	if (k < 0) {
		for (i = 0; i < an->nvg; i++)
			if (an->vg[i].finite && !an->vg[i].reporting && an->vg[i].t0 < j)
				break;
		if (i == an->nvg)
			return 0;
	}
	for (i = 0; i < an->nvg; i++)
		if (i != k && an->vg[i].reporting && an->vg[i].finite && an->vg[i].subj >= 0 &&
		    an->np[an->vg[i].subj].group == an->np[q].group)
			return 1;
	return 0;
}

/* Is chunk q where the event happens, not who it happens to: a place name
** or a building alone after "in", "at", "near" ... ("talks in Vienna", "a
** summit in Singapore", "spoke at the Commonwealth Club"), for words and
** cooperation (roots 01-13): protest or force "in Syria" or "in Monrovia"
** is against that country, as coders read it. */
static int venue(const pl_sentan *an, const pl_vg *g, int q, const char *code)
{
	static const char *const prep[] = {"in", "at", "near", "outside", "inside", "across",
		"throughout", "around", "within", NULL};
	const pl_np *np = &an->np[q];
	const char *w;
	int i;
	if (!(np->place || building(an, np) || seat_venue(an, np)) || np->t0 <= an->t0)
		return 0;
	w = an->tok[np->t0 - 1].low;
	for (i = 0; prep[i]; i++)
		if (pl_eq(w, prep[i]))
			break;
	if (!prep[i])
		return 0;
	/* "shortened the curfew imposed in Sudan": the place of another verb;
	** "voiced concern about the violence in Iraq": of another noun, unless
	** that noun is the occasion of the act ("spoke about the economy in a
	** speech at Westminster", "made the remarks during a speech in
	** Westminster") */
	for (i = 0; i < an->nvg; i++)
		if (an->vg[i].t0 >= g->t1 && an->vg[i].t0 < np->t0)
			return 0;
	if (!occasion_before(an, g, np->t0 - 1)) {
		uint32_t j;
		for (j = g->t1; j + 1 < np->t0; j++)
			if (an->tok[j].tag == PL_T_IN) {
				int k;
				for (k = 0; prep[k] && strcmp(an->tok[j].low, prep[k]); k++)
					;
				if (!prep[k] && !adjunct_phrase(an, j, np->t0))
					return 0;
			}
	}
	/* "arrived in Cairo": a visit's place is its host (042, 043), unless
	** someone is visited there ("received the foreign secretary in
	** Islamabad") */
	if (!strncmp(code, "042", 3) || !strncmp(code, "043", 3)) {
		int x;
		for (x = 0; x < q; x++)
			if (an->np[x].t0 >= g->t1 && person_or_state(an, x))
				return 1;
		return 0;
	}
	return code[0] == '0' || (code[0] == '1' && code[1] <= '3') ||
	       (code[0] == '1' && code[1] == '4' && acted_on_after(an, g, q));
}

/* "gave a speech in Westminster to the CBI", "made remarks on Iraq to the
** UN": the addressee of a speech, an address, remarks or a letter is the
** actor right after the first "to" that follows the pattern's noun in the
** clause (before any verb), ahead of a topic or a place named before it;
** -1 when there is none or it names no actor. */
static int speech_addressee(const pl_sentan *an, const uint32_t *used, int nused, uint32_t lim)
{
	static const char *const w[] = {"speech", "address", "remark", "lecture", "letter", "message",
		NULL};
	uint32_t j, from = 0;
	int u, i, q;
	for (u = 0; u < nused && !from; u++)
		if (PL_TAG_IS_NOUN(an->tok[used[u]].tag) && pl_in_list(lem(&an->tok[used[u]]), w))
			from = used[u] + 1;
	if (!from)
		return -1;
	for (i = 0; i < an->nvg; i++)
		if (an->vg[i].t0 >= from && an->vg[i].t0 < lim)
			lim = an->vg[i].t0;
	for (j = from; j + 1 < lim; j++)
		if (pl_eq(an->tok[j].low, "to")) {
			q = an->np_of[j + 1 - an->t0];
			return q >= 0 && an->np[q].t0 == j + 1 && an->np[q].code && !an->np[q].pronoun ? q : -1;
		}
	return -1;
}

/* Is chunk q the hearer of verb group g, a verb of telling ("told a party
** gathering", "assured the delegates"), right after it? */
static int hearer_of(const pl_sentan *an, const pl_vg *g, int q)
{
	return an->np[q].t0 == g->t1 && !an->np[q].pronoun &&
	       pl_in_list(lem(&an->tok[g->v]), (const char *const[]){"tell", "warn", "assure",
	                  "inform", "brief", "remind", NULL});
}

/* Is a stance code a judgement (criticism, accusation, praise), not a
** demand or a wish? */
static int judgement_code(const char *code)
{
	return !strncmp(code, "11", 2) || !strncmp(code, "05", 2);
}

/* "told MPs", "warned the Senate", "assured ministers": the addressee of a
** verb of saying, right after it, that is a body of a state (a legislature,
** a government or their members) is a party the words are directed at,
** though no country is named with it (the press is not: "told
** reporters"). */
static int state_addressee(const pl_sentan *an, const pl_vg *g, int q)
{
	const char *c = an->np[q].code;
	if (!c || an->np[q].t0 != g->t1 || an->np[q].pronoun || g->passive)
		return 0;
	if (!pl_in_list(lem(&an->tok[g->v]), (const char *const[]){"tell", "warn", "assure", "inform",
	                "brief", "remind", NULL}))
		return 0;
	/* (of a government only its ministers and officials as a body: "told
	** the delegates" of a conference names no government) */
	return pl_eq(c, "LEG") || (pl_eq(c, "GOV") &&
	       pl_in_list(lem(&an->tok[an->np[q].t1 - 1]), (const char *const[]){"minister", "cabinet",
	                  "government", "ministry", NULL}));
}

/* "the home secretary told MPs": such an addressee with no country of its
** own, in an article that names none, is a body of the speaker's country
** (not when that would make it the speaker's own body). */
static void addressee_country(pl_event *e, const pl_np *np, pl_arena *a)
{
	const char *sc = e->src.code;
	if (e->tgt.code || !e->tgt.named || !np->agent_only || !np->code || strlen(np->code) != 3 ||
	    (sc && strlen(sc) == 6 && !strcmp(sc + 3, np->code)))
		return;
	target_of_source_country(e, np->code, a);
}

/* May chunk q, named after "to", be the one words are sent to: an actor
** by name, not a pronoun, a place ("wrote to London" names where, not
** whom), the press or the public ("wrote to constituents"), and a bare
** role only when it is a body of a state or the unions ("wrote to
** ministers"). */
static int sent_to_actor(const pl_sentan *an, int q)
{
	const char *c = an->np[q].code;
	size_t n = c ? strlen(c) : 0;
	if (!c || an->np[q].pronoun || an->np[q].place || pl_press_code(c) || (n >= 3 && pl_eq(c + n - 3, "CVL")))
		return 0;
	return !an->np[q].agent_only || pl_in_list(c, (const char *const[]){"LEG", "GOV", "JUD",
	                                           "COP", "LAB", NULL});
}

/* The texts words are sent in ("a letter to the watchdog", "a speech to
** the unions"). */
static const char *const sent_texts[] = {"speech", "address", "letter", "message", "statement",
	"note", "memo", "submission", "plea", NULL};

/* Does chunk q end in a noun of sent_texts? */
static int sent_text(const pl_sentan *an, int q)
{
	const pl_token *h = &an->tok[an->np[q].t1 - 1];
	return PL_TAG_IS_NOUN(h->tag) && pl_in_list(lem(h), sent_texts);
}

/* The addressee of words sent "to" an actor where no pattern names it:
** after a verb of saying or writing, right after the verb or after the
** letter it sends ("wrote to the watchdog", "said to Mr Blair", "wrote a
** letter to the minister"); or, for a statement, an appeal, an intent or a
** demand (roots 01, 02, 03, 10), in the text it is set in anywhere in the
** clause ("in a letter to the prime minister, the union demanded ...").
** An infinitive ("wrote to demand") starts no chunk, so names no one; nor
** does a verb with a particle ("said up to 1,800 workers").
** Returns the chunk or -1. */
static int sent_to(const pl_sentan *an, const pl_vg *g, const char *code)
{
	static const char *const verbs[] = {"say", "write", "explain", "announce", "declare",
		"admit", "confess", "confide", "state", "repeat", "reveal", NULL};
	static pl_wordset verbs_set = PL_WORDSET(verbs);
	uint32_t j = g->t1, end = (uint32_t)g->cl_end, i, from;
	int q, k;
	if (end > an->t1)
		end = an->t1;
	if (g->reporting && !g->passive && !g->particle && pl_in_set(&verbs_set, lem(&an->tok[g->v]))) {
		q = j < end ? an->np_of[j - an->t0] : -1;
		if (q >= 0 && an->np[q].t0 == j && !an->np[q].code && sent_text(an, q))
			j = an->np[q].t1;
		if (j + 1 < end && pl_eq(an->tok[j].low, "to")) {
			q = an->np_of[j + 1 - an->t0];
			if (q >= 0 && an->np[q].t0 == j + 1 && sent_to_actor(an, q))
				return q;
		}
	}
	if (strncmp(code, "01", 2) && strncmp(code, "02", 2) && strncmp(code, "03", 2) &&
	    strncmp(code, "10", 2))
		return -1;
	for (i = an->t0; i + 3 < end; i++) {
		if (!pl_eq(an->tok[i].low, "in"))
			continue;
		q = an->np_of[i + 1 - an->t0];
		if (q < 0 || an->np[q].t0 != i + 1 || !sent_text(an, q) || an->np[q].t1 + 1 >= end ||
		    !pl_eq(an->tok[an->np[q].t1].low, "to"))
			continue;
		from = an->np[q].t1 + 1;
		q = an->np_of[from - an->t0];
		if (q < 0 || an->np[q].t0 != from || !sent_to_actor(an, q))
			continue;
		/* the text is this verb's: no other verb stands between them */
		for (k = 0; k < an->nvg; k++) {
			const pl_vg *o = &an->vg[k];
			if (o->t0 != g->t0 && ((o->t0 > i && o->t0 < g->t0) || (o->t0 >= g->t1 && o->t0 < i)))
				break;
		}
		if (k == an->nvg)
			return q;
	}
	return -1;
}

/* The press in an event: an outlet's reporting ("..., the agency reported",
** "Reuters said") is no political event (1 when the source is the press and
** the event a statement), and the press is not the one a statement, an
** appeal or a meeting is directed at ("told Reuters", "spoke to the
** newspaper", "an interview with the BBC"): *tgt becomes -1, and a
** meeting whose only partner was the press is no event (1). */
static int press_event(const pl_sentan *an, int src, int *tgt, const char *code)
{
	int words = code[0] == '0' && (code[1] == '1' || code[1] == '2' || code[1] == '4');
	if (*tgt >= 0 && words && pl_press_code(an->np[*tgt].code ? an->np[*tgt].code : an->np[*tgt].poss_code)) {
		*tgt = -1;
		/* "spoke to reporters", "met journalists": with the press as its
		** only partner a meeting is no consultation (what was said, if
		** anything, is coded from the clause of saying) */
		if (code[1] == '4')
			return 1;
	}
	return src >= 0 && code[0] == '0' && code[1] == '1' && pl_press_code(an->np[src].code);
}

/* "his family said on Tuesday", "the victim's relatives issued a
** statement": the kin of a private person speak for themselves, not for
** any political actor, and their words are no statement to code (CAMEO
** 01).  A family with an actor code of its own ("the royal family") stays. */
static int kin_statement(const pl_sentan *an, int src, const char *code)
{
	static const char *const kin[] = {"family", "relative", "parent", "widow", "mother",
		"father", "brother", "sister", "son", "daughter", "wife", "husband", NULL};
	const char *c;
	size_t n;
	if (src < 0 || code[0] != '0' || code[1] != '1')
		return 0;
	c = an->np[src].code;
	n = c ? strlen(c) : 0;
	if (n && !(n >= 3 && !strcmp(c + n - 3, "CVL")))
		return 0;
	return pl_in_list(lem(&an->tok[an->np[src].t1 - 1]), kin);
}

/* Does chunk q name a crowd of people by number or as "people" alone
** ("hundreds of people", "thousands", "people"), no one a dictionary
** names? */
static int crowd(const pl_sentan *an, int q)
{
	static const char *const w[] = {"people", "hundred", "hundreds", "thousand", "thousands",
		"dozen", "dozens", "score", "scores", NULL};
	const pl_token *h;
	if (q < 0 || an->np[q].code || an->np[q].poss_code || an->np[q].pronoun)
		return 0;
	h = &an->tok[an->np[q].t1 - 1];
	return h->tag != PL_T_NNP && h->tag != PL_T_NNPS &&
	       (pl_in_list(lem(h), w) || pl_in_list(h->low, w));
}

/* Is the subject of verb group g a "who" or "whoever" that stands for no
** one named ("information on who placed the bombs", "searching for
** whoever killed him"): violence done by someone not known, which news
** reports as done, as it does a passive with no agent? */
static int unknown_doer(const pl_sentan *an, const pl_vg *g)
{
	const pl_token *w;
	if (g->subj >= 0 || g->t0 <= an->t0 || g->negated)
		return 0;
	w = &an->tok[g->t0 - 1];
	return w->tag == PL_T_WP && (pl_eq(w->low, "who") || pl_eq(w->low, "whoever")) &&
	       (g->t0 - 1 == an->t0 || !PL_TAG_IS_NOUN(an->tok[g->t0 - 2].tag));
}

/* Is an actor code one that brings no charge before the law: rebels,
** militias, the opposition, parties, the press, pressure groups?  What
** such an actor "charges" another "with" is an accusation (112), not a
** prosecution (173): "the rebels charged the army with killing civilians".
** Companies are not listed: a regulator the dictionaries take for one
** ("the Securities Commission") does bring charges. */
static int charges_no_one(const char *code)
{
	static const char *const roles[] = {"REB", "INS", "UAF", "SEP", "RAD", "OPP", "PTY", "MED",
		"NGO", "HRI", "CVL", "LAB", "REL", "EDU", NULL};
	const char *r;
	int i;
	if (!code)
		return 0;
	r = pl_role_of(code);
	for (i = 0; roles[i]; i++)
		if (!strncmp(r, roles[i], 3) || !strncmp(code, roles[i], 3))
			return 1;   /* "GBROPP", or a group's own code ("NGOHRW") */
	return 0;
}

/* Is an actor code a state's armed or police force, or a government? */
static int state_force(const char *code)
{
	static const char *const other[] = {"REB", "UAF", "INS", "SEP", "CRM", "RAD", "OPP", "CVL",
		"MED", "BUS", "LAB", "REF", "EDU", "HLH", "ELI", "AGR", "ENV", "NGO", "REL", "PTY", "JUD",
		"LEG", NULL};
	size_t n = strlen(code), i;
	const char *role = n >= 6 ? code + 3 : code;
	/* a bare role ("gunmen" UAF, "militants" REB) is no country */
	for (i = 0; n == 3 && other[i]; i++)
		if (pl_eq(code, other[i]))
			return 0;
	if (n == 3 && strncmp(code, "MIL", 3) && strncmp(code, "GOV", 3) && strncmp(code, "COP", 3) &&
	    strncmp(code, "SPY", 3))
		return 1;   /* a country acting as such */
	return !strncmp(role, "MIL", 3) || !strncmp(role, "GOV", 3) || !strncmp(role, "COP", 3) ||
	       !strncmp(role, "SPY", 3);
}

/* Is an actor code a civilian body that protests (workers, farmers,
** students, parties, pressure groups, ordinary people), not an armed one
** nor a state's? */
static int civilian_body(const char *code)
{
	static const char *const roles[] = {"CVL", "LAB", "EDU", "AGR", "BUS", "HLH", "ENV",
		"NGO", "REL", "OPP", "PTY", "MED", "REF", NULL};
	const char *r = pl_role_of(code);
	char role[4];
	if (strlen(r) < 3)
		return 0;
	memcpy(role, r, 3);
	role[3] = '\0';
	return pl_in_list(role, roles);
}

/* Is chunk q, or a chunk joined with it ("between the army and rebels"),
** a state's force or a state?  A fight a state's forces take part in is
** conventional. */
static int state_side(const pl_sentan *an, int q)
{
	int r;
	for (r = 0; r < an->nnp; r++)
		if ((r == q || an->np[r].group == an->np[q].group) && an->np[r].code &&
		    state_force(an->np[r].code) && !(an->np[r].person && !an->np[r].pronoun &&
		    !an->np[r].agent_only && strlen(an->np[r].code) == 3))
			return 1;
	return 0;
}

/* Does chunk q name a person known by a country alone ("Duncan Hart",
** "Mr Leigh" given the article's country, someone between offices)?  Such
** a person is no state and no armed force. */
static int private_person(const pl_sentan *an, int q)
{
	return q >= 0 && an->np[q].person && !an->np[q].pronoun && !an->np[q].agent_only &&
	       an->np[q].code && strlen(an->np[q].code) == 3;
}

/* Is chunk q a body of workers or their union ("the rail union",
** "nurses", "civil servants")?  Its strike is a walkout, not force. */
static int workforce(const pl_sentan *an, int q)
{
	static const char *const w[] = {"union", "worker", "staff", "teacher", "nurse", "doctor",
		"driver", "employee", "servant", "miner", "firefighter", "fireman", "lecturer", "pilot",
		"workforce", "consultant", "postman", "porter", "cleaner", "midwife", "paramedic",
		"guard", "controller", "crew", "docker", "journalist", "seaman", "seamen", "bankworker",
		"steelworker", "dockworker", "autoworker", "longshoreman", "watersider", "stevedore",
		"railwayman", "railworker", "metalworker", "labourer", "laborer", "farmworker",
		"trucker", "machinist", "mechanic", NULL};
	return q >= 0 && an->np[q].t1 > an->np[q].t0 && !an->np[q].pronoun &&
	       pl_in_list(lem(&an->tok[an->np[q].t1 - 1]), w);
}

/* The actor code of chunk q, or of its possessor ("Labour's attack"). */
static const char *np_code(const pl_sentan *an, int q)
{
	return an->np[q].code ? an->np[q].code : an->np[q].poss_code;
}

/* Is chunk q coded as labour ("600 members of the meatpackers union",
** "dockers", "the UAW")? */
static int labour_coded(const pl_sentan *an, int q)
{
	const char *c = q >= 0 ? np_code(an, q) : NULL;
	return c && !strncmp(pl_role_of(c), "LAB", 3);
}

/* Is chunk q a place of work or an employer that workers strike: "struck
** the pork processing plant", "voted to strike the Iowa Beef Processors
** plant", "struck the company"?  A workplace by its head noun, a name
** coded as business or a name no dictionary codes.  Workers who strike it stop work there (143); a
** person, a party or a state struck is struck by hand. */
static int struck_workplace(const pl_sentan *an, int q)
{
	static const char *const w[] = {"plant", "factory", "mill", "mine", "pit", "port",
		"dock", "yard", "shipyard", "refinery", "works", "company", "firm", "employer",
		"airline", "railway", "railroad", "hospital", "school", "office", "site", "store",
		"supermarket", "line", "operation", "unit", "subsidiary", "maker", "producer",
		"manufacturer", "processor", "carrier", NULL};
	const pl_token *h;
	const char *c;
	uint32_t j;
	int owned = 0;
	if (q < 0 || an->np[q].pronoun)
		return 0;
	/* (a person's plant, "John Morrell's plant", is still a plant) */
	for (j = an->np[q].t0; j + 1 < an->np[q].t1; j++)
		if (an->tok[j].tag == PL_T_POS)
			owned = 1;
	if (an->np[q].person && !owned)
		return 0;
	c = an->np[q].code;
	if (c)
		return !strncmp(pl_role_of(c), "BUS", 3);
	/* (a name no dictionary knows is a firm or the town of its plant:
	** "struck John Morrell's Sioux City, Iowa, plant") */
	h = &an->tok[an->np[q].t1 - 1];
	return pl_in_list(lem(h), w) || h->tag == PL_T_NNP || h->tag == PL_T_NNPS;
}

/* Is force by chunk src, a police force, used on chunk tgt (-1: none
** named) that is no armed side: "a man was shot by police", "police shot
** dead a suspect"?  Policing is no war: CAMEO's fighting (19) is force
** between organised armed sides, so police shooting a person is assault
** (18).  Police against soldiers, rebels, gunmen or other police still
** fight ("police shot dead two gunmen", "two armed robbers"). */
static int police_on_unarmed(const pl_sentan *an, int src, int tgt)
{
	static const char *const armed[] = {"MIL", "REB", "INS", "UAF", "SEP", "COP", "SPY", NULL};
	const char *sc = src >= 0 ? np_code(an, src) : NULL;
	const char *tc = tgt >= 0 ? np_code(an, tgt) : NULL;
	char r[4];
	uint32_t j;
	if (!sc || strncmp(pl_role_of(sc), "COP", 3))
		return 0;
	for (j = tgt >= 0 ? an->np[tgt].t0 : 0; tgt >= 0 && j < an->np[tgt].t1; j++)
		if (pl_eq(an->tok[j].low, "armed"))
			return 0;
	if (!tc)
		return 1;
	if (strlen(pl_role_of(tc)) < 3)
		return 0;
	memcpy(r, pl_role_of(tc), 3);
	r[3] = '\0';
	return !pl_in_list(r, armed);
}

/* Does the sentence name a state's armed forces anywhere but in chunk
** skip (-1: none)?  The soldiers a bomb killed do not make it war. */
static int military_in(const pl_sentan *an, int skip)
{
	int q;
	for (q = 0; q < an->nnp; q++) {
		const char *c = an->np[q].code ? an->np[q].code : an->np[q].poss_code;
		if (q == skip)
			continue;
		if (c && strlen(c) >= 3 && (strstr(c, "MIL") != NULL))
			return 1;
	}
	return 0;
}

/* Is chunk q, after a noun ending at token from, one of the sides of the
** noun's "between" or "among": "talks between Egypt and Qatar", "a
** meeting between Mr Straw and the Iranian foreign minister"? */
static int between_sides(const pl_sentan *an, uint32_t from, int q)
{
	uint32_t t;
	if (q < 0)
		return 0;
	for (t = from; t < an->np[q].t0; t++)
		if (pl_eq(an->tok[t].low, "between") || pl_eq(an->tok[t].low, "among"))
			return 1;
	return 0;
}

/* CAMEO 183x: the kind of bombing that the words in tokens [t0, t1) name
** ("a suicide bomber" 1831, "a car bomb" 1832, "a roadside bomb" 1833, "a
** bomb", "explosives" 183), or NULL when they name no bomb. */
static const char *bombing_kind(const pl_sentan *an, uint32_t t0, uint32_t t1)
{
	static const char *const bomb[] = {"bomb", "bomber", "bombing", "explosive", "grenade",
		"landmine", "ied", "car-bomb", NULL};
	static const char *const car[] = {"car", "truck", "vehicle", "lorry", NULL};
	const char *kind = NULL;
	int suicide = 0, vehicle = 0, roadside = 0;
	uint32_t j;
	for (j = t0; j < t1; j++) {
		const char *w = lem(&an->tok[j]);
		if (pl_eq(w, "suicide"))
			suicide = 1;
		else if (pl_eq(w, "roadside") || pl_eq(w, "ied") || pl_eq(w, "improvised"))
			roadside = 1;
		else if (pl_in_list(w, car) && j + 1 < t1 && !strncmp(lem(&an->tok[j + 1]), "bomb", 4))
			vehicle = 1;
		if (pl_in_list(w, bomb) || pl_eq(an->tok[j].low, "explosives"))
			kind = "183";
	}
	if (pl_eq(lem(&an->tok[t0]), "car-bomb") || (t1 > t0 && pl_eq(an->tok[t0].low, "car-bombs")))
		vehicle = 1, kind = "183";
	if (!kind && !suicide)
		return NULL;
	return suicide ? "1831" : vehicle ? "1832" : roadside ? "1833" : kind;
}

/* Damage and destruction of property (171, 1712, the verbs' bare lines)
** need goods or buildings as what is harmed (dict/objects.tsv class
** "property"): "damaged Labour", "damaged relations with the US",
** "damaged his toe", "has been very damaging for him" harm no one's goods
** in CAMEO's sense.  Verb group g has "damage" or "destroy". */
static int property_harmed(const pl_store *s, const pl_sentan *an, const pl_vg *g)
{
	const char *head, *cls;
	int q = pl_object_of(an, g);
	if (q < 0 || an->np[q].code || an->np[q].pronoun)
		return 0;
	head = lem(&an->tok[an->np[q].t1 - 1]);
	cls = pl_hash_get(&s->objclass, head, strlen(head));
	return cls && pl_eq(cls, "property");
}

/* "homes destroyed by the floods", "damaged by fire": harm by nature or
** an accident, the "by" phrase of passive verb group g names (dict/
** objects.tsv class "cause", waves, fire), has no doer. */
static int harmed_by_cause(const pl_store *s, const pl_sentan *an, const pl_vg *g)
{
	const char *head, *cls;
	if (!g->passive || g->by < 0 || an->np[g->by].code)
		return 0;
	head = lem(&an->tok[an->np[g->by].t1 - 1]);
	cls = pl_hash_get(&s->objclass, head, strlen(head));
	return (cls && pl_eq(cls, "cause")) || pl_eq(head, "wave") || pl_eq(head, "fire");
}

/* "seized up", "seize on those reports", "seize his chance", "seizing the
** tools we have given them": to seize an opening is no seizure (171);
** "the stocks were seized on suspicion of ..." is one. */
static int seized_opening(const pl_sentan *an, const pl_vg *g)
{
	static const char *const opening[] = {"chance", "opportunity", "moment", "initiative", "tool",
		"imagination", "advantage", "momentum", "limelight", "spotlight", "headline", "mood",
		"agenda", "day", NULL};
	int q;
	if (g->v + 1 < an->t1 && (pl_eq(an->tok[g->v + 1].low, "up") || (!g->passive &&
	    (pl_eq(an->tok[g->v + 1].low, "on") || pl_eq(an->tok[g->v + 1].low, "upon")))))
		return 1;
	q = pl_object_of(an, g);
	return q >= 0 && pl_in_list(lem(&an->tok[an->np[q].t1 - 1]), opening);
}

/* Repression (175) falls on people: a crackdown on crime or misconduct,
** on an idea or a feeling ("a clampdown on tax avoidance", "cracking
** down on street robbery", "could barely suppress their anger", "the
** EU fraud clampdown") polices or restrains, and a business represses no
** one ("Microsoft is clamping down on pirated copies").  Tokens [t0, t1)
** hold the crackdown's own word or chunk; what it falls on is the chunk
** after the first "on" or "of" before lim, else the chunk right after t1;
** src is the source's actor code or NULL. */
static int no_repression(const pl_store *s, const pl_sentan *an, uint32_t t0, uint32_t t1,
                         uint32_t lim, const char *src)
{
	static const char *const petty[] = {"offence", "feeling", "abstract", "amount", "duty",
		"reaction", NULL};
	const char *cls, *head;
	uint32_t j;
	int q = -1;
	if (src && strlen(src) >= 3 && !strncmp(pl_role_of(src), "BUS", 3))
		return 1;
	for (j = t0; j < t1; j++) {
		cls = pl_tok_get_lem(&s->objclass, &an->tok[j]);
		if (cls && pl_eq(cls, "offence"))
			return 1;   /* "the EU fraud clampdown" */
	}
	if (lim > an->t1)
		lim = an->t1;
	for (j = t1; j + 1 < lim && q < 0; j++) {
		if (PL_TAG_IS_VERB(an->tok[j].tag))
			break;
		if (pl_eq(an->tok[j].low, "on") || pl_eq(an->tok[j].low, "of"))
			q = an->np_of[j + 1 - an->t0];
	}
	if (q < 0 && t1 < lim)
		q = an->np_of[t1 - an->t0];
	if (q < 0 || an->np[q].code || an->np[q].pronoun)
		return 0;
	head = lem(&an->tok[an->np[q].t1 - 1]);
	cls = pl_hash_get(&s->objclass, head, strlen(head));
	return cls && pl_in_list(cls, petty);
}

/* Did the subject of "fail" of group g fail to agree among itself: a
** failure to agree or to reach an agreement, a deal or an accord (a line
** of 127 whose pattern names no counterpart with "+") whose subject is
** one actor or body ("the council failed to agree on quotas", "the
** institutes failed to agree on a forecast"), not two sides named
** together ("Palestinians and Israelis failed to reach agreement", "the
** two sides failed to agree")?  Such a failure rejects no one's proposal;
** a failure "to resolve" or "to settle" is left as it is. */
static int agreed_among_itself(const pl_sentan *an, const pl_vg *g, const pl_verbpat *p)
{
	static const char *const accord[] = {"agree", "agreement", "deal", "accord", NULL};
	const pl_np *np;
	uint8_t i;
	int about = 0;
	if (strncmp(p->code, "127", 3) != 0 || g->subj < 0)
		return 0;
	for (i = 0; i < p->nelem; i++) {
		if (strchr(p->elem[i], '+'))
			return 0;
		about |= pl_in_list(p->elem[i], accord);
	}
	if (!about)
		return 0;
	np = &an->np[g->subj];
	if (np->t1 + 1 < an->t1 && pl_eq(an->tok[np->t1].low, "and") && an->np_of[np->t1 + 1 - an->t0] >= 0)
		return 0;
	if (np->t0 >= an->t0 + 2 && pl_eq(an->tok[np->t0 - 1].low, "and") &&
	    an->np_of[np->t0 - 2 - an->t0] >= 0)
		return 0;
	if (pl_eq(lem(&an->tok[np->t1 - 1]), "side") || pl_eq(an->tok[np->t1 - 1].low, "parties"))
		return 0;
	return 1;
}

/* Does dict/objects.tsv file token t's lemma under class cls? */
static int is_class_word(const pl_store *s, const pl_token *t, const char *cls)
{
	const char *c = pl_tok_get_lem(&s->objclass, t);
	return c && pl_eq(c, cls);
}

/* "charge" in its senses of money ("the price it charges customers",
** "charged clients for access", "charged VAT", "charged 12 mln dlrs
** against earnings", "charged off its loans"), of a duty ("is charged
** with ensuring order"), of a rush ("charged down the kick", "charged
** towards the lines") and of feeling or power ("an emotionally charged
** debate", "kept charged"): none is a charge before the law (173).
** Verb group g has the lemma "charge". */
static int charge_not_legal(const pl_store *s, const pl_sentan *an, const pl_vg *g)
{
	static const char *const money[] = {"price", "fee", "tariff", "rate", "rent", "tax", "vat",
		"levy", "premium", "fare", "toll", "cent", "penny", "pence", "per", "less", "more",
		"extra", "$", "%", "dlr", "dlrs", "mln", "billion", "stg", "off", "earnings", "provision",
		NULL};
	static const char *const priced[] = {"price", "fee", "tariff", "rate", "rent", "fare", "toll",
		"levy", "premium", NULL};
	static const char *const duty[] = {"ensure", "oversee", "examine", "test", "run", "lead",
		"manage", "develop", "draw", "implement", "find", "review", "monitor", "coordinate",
		"supervise", "organise", "organize", "prepare", "produce", "protect", "deliver",
		"improve", "promote", "maintain", "draft", "design", "enforce", "set", "build",
		"create", "keep", "elaborate", "think", "plan", "advise", "assess", "evaluate",
		"investigate", "look", "explore", "study", "identify", "establish", "restore",
		"safeguard", "regulate", "tackle", "steer", "guide", "task", "job", "duty",
		"responsibility", NULL};
	static const char *const bodies[] = {"panel", "committee", "commission", "agency", "council",
		"board", "authority", "ministry", "department", "body", "team", "taskforce",
		"tribunal", NULL};
	static const char *const rush[] = {"down", "towards", "toward", "forward", "into", "through",
		"against", NULL};
	static const char *const feeling[] = {"emotionally", "politically", "highly", "racially",
		"sexually", "electrically", "fully", "very", "so", "too", "deeply", "intensely",
		"keep", "remain", "stay", NULL};
	const pl_token *tok = an->tok;
	uint32_t v = g->v, j, end = (uint32_t)g->cl_end;
	if (v > an->t0 && pl_in_list(lem(&tok[v - 1]), feeling))
		return 1;
	if (v + 1 < an->t1 && ((tok[v + 1].tag == PL_T_RB && (pl_in_list(tok[v + 1].low, feeling) ||
	    strstr(tok[v + 1].low, "ically"))) || pl_in_list(tok[v + 1].low, rush)))
		return 1;
	/* "charged broadband services", "charged rock": a modifier */
	if (!g->finite && !g->passive && v + 1 < an->t1 && PL_TAG_IS_NOUN(tok[v + 1].tag) &&
	    v > an->t0 && (PL_TAG_IS_ADJ(tok[v - 1].tag) || tok[v - 1].tag == PL_T_DT ||
	    tok[v - 1].tag == PL_T_RB))
		return 1;
	/* "the price it charges", "the tariffs the two companies charge" */
	for (j = v > an->t0 + 4 ? v - 4 : an->t0; j < v; j++)
		if (PL_TAG_IS_NOUN(tok[j].tag) && pl_in_list(lem(&tok[j]), priced))
			return 1;
	if (end > an->t1)
		end = an->t1;
	/* "a panel charged with recovering the wealth", "the central bank,
	** charged with supervision of banks": a body of the state is charged
	** with a task; with an offence ("charged with fraud") it is still a
	** charge */
	if (g->passive && g->subj >= 0 && pl_in_list(lem(&tok[an->np[g->subj].t1 - 1]), bodies) &&
	    v + 2 < end && pl_eq(tok[v + 1].low, "with") &&
	    (tok[v + 2].tag == PL_T_VBG || PL_TAG_IS_NOUN(tok[v + 2].tag)) &&
	    !is_class_word(s, &tok[v + 2], "offence"))
		return 1;
	for (j = v + 1; j < end && j < v + 10; j++) {
		const char *w = lem(&tok[j]);
		if (pl_eq(w, "with")) {
			uint32_t h = j + 1;
			while (h < end && (tok[h].tag == PL_T_DT || PL_TAG_IS_ADJ(tok[h].tag)))
				h++;
			return h < end && pl_in_list(lem(&tok[h]), duty) &&
			       (tok[h].tag == PL_T_VBG || PL_TAG_IS_NOUN(tok[h].tag));
		}
		if (pl_eq(w, "under") || pl_eq(w, "over") || pl_eq(w, "after") || pl_eq(w, "in") ||
		    pl_eq(w, "on") || pl_eq(w, "that"))
			return 0;
		if (pl_in_list(w, money) || pl_in_list(tok[j].low, money))
			return 1;
	}
	return 0;
}

/* Is the chunk starting at t0 the offence of a charge, an inquiry or a
** sentence ("charged with murder", "accused of spying", "a probe into the
** killing", "arrested for assault")? */
static int alleged(const pl_sentan *an, uint32_t t0)
{
	static const char *const w[] = {"charge", "accuse", "convict", "suspect", "indict", "probe",
		"investigation", "inquiry", "investigate", "arrest", "sentence", "trial", "try", "acquit",
		"guilty", "jail", "prosecute", "allegation", NULL};
	const char *prep, *head;
	int i;
	/* "on charges of aggravated harassment": a participle read as a verb
	** may stand between the preposition and the offence's chunk */
	if (t0 >= an->t0 + 3 && an->tok[t0 - 1].tag == PL_T_VBN)
		t0--;
	if (t0 < an->t0 + 2)
		return 0;
	prep = an->tok[t0 - 1].low;
	if (strcmp(prep, "with") && strcmp(prep, "of") && strcmp(prep, "for") && strcmp(prep, "into"))
		return 0;
	head = lem(&an->tok[t0 - 2]);
	for (i = 0; w[i]; i++)
		if (pl_eq(head, w[i]))
			return 1;
	return 0;
}

/* Is the chunk starting at t0, a noun of force (code: roots 18-20), the
** object of an inquiry ("a probe into the murder of a prisoner", "an
** investigation of the killing")?  Unlike a charge, an inquiry into a
** killing reports the killing: only its doers are sought.  Not when the
** chunk doubts the deed itself ("an inquiry into alleged torture"). */
static int inquired_force(const pl_sentan *an, uint32_t t0, const char *code)
{
	static const char *const inq[] = {"probe", "investigation", "inquiry", "enquiry",
		"investigate", NULL};
	static const char *const doubt[] = {"alleged", "allegedly", "suspected", "possible", "claimed",
		"reported", "apparent", "purported", NULL};
	int q;
	uint32_t j;
	if (!(code[0] == '1' && (code[1] == '8' || code[1] == '9')) && !(code[0] == '2' && code[1] == '0'))
		return 0;
	if (t0 < an->t0 + 2 || !(pl_eq(an->tok[t0 - 1].low, "into") || pl_eq(an->tok[t0 - 1].low, "of")) ||
	    !pl_in_list(lem(&an->tok[t0 - 2]), inq))
		return 0;
	if ((q = an->np_of[t0 - an->t0]) < 0)
		return 0;
	for (j = an->np[q].t0; j < an->np[q].t1; j++)
		if (pl_in_list(an->tok[j].low, doubt))
			return 0;
	return 1;
}

/* CAMEO's force: unconventional violence, military force, mass violence. */
static int violent(const char *code)
{
	return code[0] == '1' ? code[1] == '8' || code[1] == '9' : code[0] == '2' && code[1] == '0';
}

/* Does verb group k say what its subject stands ready to do: "is prepared
** to impose martial law", "are willing to cut ties", "stands ready to send
** troops", "remains ready to"?  A readiness declared is a stated future act,
** as one said with "will" is (not "poised to": the writer's forecast, nor
** "prepared to" as a verb of making ready: "the army prepared to attack").
** "Is not ready to talk", "is unwilling to" count too: the refusal the
** coder reads from them. */
static int stated_ready(const pl_sentan *an, int k)
{
	static const char *const ready[] = {"ready", "willing", "prepared", "unwilling", NULL};
	const pl_token *tok = an->tok;
	const pl_vg *g = &an->vg[k], *h;
	uint32_t to = g->t0;
	const char *hv;
	if (k == 0 || !g->infinitive || to < an->t0 + 2)
		return 0;
	if (!pl_eq(tok[to].low, "to") && !pl_eq(tok[--to].low, "to"))
		return 0;   /* (the group starts at "to" or at its verb) */
	h = &an->vg[k - 1];
	if (!pl_in_list(tok[to - 1].low, ready))
		return 0;
	hv = lem(&tok[h->v]);
	/* "is prepared", "is not prepared" (one group), "is ready" (the
	** adjective after it) */
	if (h->v == to - 1) {
		uint32_t j = h->v - 1;
		if (h->v > h->t0 + 1 && pl_eq(tok[j].low, "not"))
			j--;
		return h->v > h->t0 && pl_eq(lem(&tok[j]), "be");
	}
	return h->t1 + 1 == to && (pl_eq(hv, "be") || pl_eq(hv, "stand") || pl_eq(hv, "remain"));
}

/* Is verb group g an infinitive after a verb of making ready: "the army
** prepared to resume shelling", "troops were getting ready to storm the
** town"?  A gerund after a verb of beginning that is so counts too
** ("prepared to resume shelling").  (Not "ready to strike" alone: that
** says what will come.) */
static int readied(const pl_sentan *an, int k)
{
	const pl_token *tok = an->tok;
	const pl_vg *g = &an->vg[k];
	uint32_t to = g->t0;
	if (k > 0 && g->gerund && an->vg[k - 1].t1 == g->t0) {
		const char *l = lem(&tok[an->vg[k - 1].v]);
		if (pl_eq(l, "resume") || pl_eq(l, "begin") || pl_eq(l, "start") || pl_eq(l, "continue"))
			return readied(an, k - 1);
	}
	if (!g->infinitive || to < an->t0 + 2)
		return 0;
	if (!pl_eq(tok[to].low, "to")) {
		to--;
		if (!pl_eq(tok[to].low, "to"))
			return 0;
	}
	if (PL_TAG_IS_VERB(tok[to - 1].tag) && pl_eq(lem(&tok[to - 1]), "prepare"))
		return !stated_ready(an, k);   /* ("is prepared to strike": a threat) */
	return pl_eq(tok[to - 1].low, "ready") && to >= an->t0 + 2 &&
	       pl_eq(lem(&tok[to - 2]), "get");
}

/* Is verb group k the content of an announced decision, "announced (that)
** it would cut off aid", "confirmed it will expel the diplomats": the verb
** group just before it reports with "announce" or "confirm", and no "if"
** or "unless" makes the act hang on another's. */
static int announced(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k], *h;
	uint32_t j;
	if (k == 0)
		return 0;
	h = &an->vg[k - 1];
	if (!h->finite || h->negated || !(pl_eq(lem(&an->tok[h->v]), "announce") ||
	                                  pl_eq(lem(&an->tok[h->v]), "confirm")))
		return 0;
	for (j = h->t1; j < an->t1; j++)
		if (pl_eq(an->tok[j].low, "if") || pl_eq(an->tok[j].low, "unless"))
			return 0;
	return g->t0 > h->t1 && g->t0 - h->t1 <= 8;
}

/* Protest, reducing relations and repression (roots 14, 16, 17), which a
** stated future act makes a threat (not a show of force, 15: "would send
** troops to Afghanistan" threatens no one). */
static int future_threat(const char *code)
{
	return code[0] == '1' && (code[1] == '4' || code[1] == '6' || code[1] == '7');
}

/* Is the future of verb group g said with "will", "would", "shall" in the
** group itself ("they would boycott"), not a decision or a plan ("Iran's
** decision to expel the inspectors" is the expulsion decided)? */
static int said_future(const pl_sentan *an, const pl_vg *g)
{
	uint32_t j;
	for (j = g->t0; j < g->v; j++)
		if (an->tok[j].tag == PL_T_MD && (pl_eq(an->tok[j].low, "will") ||
		    pl_eq(an->tok[j].low, "would") || pl_eq(an->tok[j].low, "shall") ||
		    pl_eq(an->tok[j].low, "'ll")))
			return 1;
	return 0;
}

/* Is verb group k (code code) an infinitive its subject says it will be
** bound to do: "will have to impose sanctions", "would be forced to cut
** ties", "would be obliged to expel the envoys"?  The group before it
** holds "will" or "would" ("said_future"), is not negated ("will not have
** to" says there is no need) and ends on "have" or on a passive "forced",
** "obliged" or "compelled" right before the "to".  What one's side says
** it will be made to do against another is still its own act to come.
** Not a passive ("trade would have to be cut" does, not threatens), nor
** protest: "will have to demonstrate that they are healthy" proves. */
static int bound_future(const pl_sentan *an, int k, const char *code)
{
	static const char *const bind[] = {"force", "oblige", "compel", NULL};
	const pl_token *tok = an->tok;
	const pl_vg *g = &an->vg[k], *h;
	uint32_t to = g->t0;
	if (k == 0 || !g->infinitive || g->passive || code_starts(code, "14") || to < an->t0 + 2)
		return 0;
	if (!pl_eq(tok[to].low, "to") && !pl_eq(tok[--to].low, "to"))
		return 0;   /* (the group starts at "to" or at its verb) */
	h = &an->vg[k - 1];
	if (h->v + 1 != to || h->negated || !said_future(an, h))
		return 0;
	return pl_eq(lem(&tok[h->v]), "have") ? !h->passive :
	       h->passive && pl_in_list(lem(&tok[h->v]), bind);
}

/* "We would commend the policy to other councils", "I would like to thank
** the police": a speaker's own praise softened by "would" is given now,
** not an intent.  Verb group k (code 05x) of a verb of praise, its subject
** "I" or "we", its modal "would" right before it or before "like to", and
** no "if" or "unless" in the sentence ("I would praise them if they cut
** taxes" is a condition). */
static int polite_praise(const pl_sentan *an, int k, const char *code)
{
	static const char *const praising[] = {"commend", "congratulate", "praise", "applaud",
	                                       "thank", "salute", NULL};
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	const char *w;
	uint32_t j;
	if (code[0] != '0' || code[1] != '5' || g->negated || g->subj < 0 ||
	    !pl_in_list(lem(&tok[g->v]), praising))
		return 0;
	w = tok[an->np[g->subj].t0].low;
	if (!an->np[g->subj].pronoun || !(pl_eq(w, "i") || pl_eq(w, "we")))
		return 0;
	/* "would like to thank": the modal is the group before's */
	if (!g->finite && k > 0 && an->vg[k - 1].t1 + 1 == g->t0 &&
	    pl_eq(lem(&tok[an->vg[k - 1].v]), "like") && !an->vg[k - 1].negated)
		g = &an->vg[k - 1];
	for (j = g->t0; j < g->v; j++)
		if (tok[j].tag == PL_T_MD && !pl_eq(tok[j].low, "would"))
			return 0;
	if (g->v == g->t0 || !pl_eq(tok[g->v - 1].low, "would"))
		return 0;
	for (j = an->t0; j < an->t1; j++)
		if (pl_eq(tok[j].low, "if") || pl_eq(tok[j].low, "unless"))
			return 0;
	return 1;
}

/* The first verb group that starts after token j (its clause's verb
** when j opens a clause), or an->nvg when none does. */
static int first_vg_after(const pl_sentan *an, uint32_t j)
{
	int k;
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].t0 > j)
			break;
	return k;
}

/* May chunk who, the subject of a condition's verb, be the side a threat
** hung on that condition is made to ("unless ministers back down")?  A
** named actor, not the source chunk src. */
static int condition_side(const pl_sentan *an, int who, int src)
{
	return who >= 0 && who != src && np_code(an, who) && !an->np[who].pronoun;
}

/* Does verb group g hang on the other side failing to act: an "unless"
** clause after it or before it ("will boycott the vote unless the
** president resigns", "Unless we get that, we will vote against it"), or
** an "if" clause whose verb is negated ("if we do not get the amendments,
** we will vote against the bill")?  Not "asked if", "as if", nor an "if"
** clause that g itself is the verb of.  *who is the subject of the
** condition's verb (the side that must act), or -1. */
static int hangs_on_other(const pl_sentan *an, const pl_vg *g, int *who)
{
	uint32_t j;
	int k;
	*who = -1;
	for (j = an->t0; j < an->t1; j++) {
		if (j >= g->t0 && j < g->t1)
			continue;
		if (pl_eq(an->tok[j].low, "unless")) {
			k = first_vg_after(an, j);
			if (k < an->nvg && &an->vg[k] != g && !an->vg[k].passive)
				*who = an->vg[k].subj;
			return 1;
		}
		if (!pl_eq(an->tok[j].low, "if") || (j > an->t0 && (pl_eq(an->tok[j - 1].low, "as") ||
		    pl_eq(lem(&an->tok[j - 1]), "ask") || pl_eq(lem(&an->tok[j - 1]), "wonder"))))
			continue;
		/* the first verb group of the "if" clause */
		k = first_vg_after(an, j);
		if (k < an->nvg && &an->vg[k] != g && an->vg[k].negated && an->vg[k].t0 - j <= 6) {
			if (!an->vg[k].passive)
				*who = an->vg[k].subj;
			return 1;
		}
	}
	return 0;
}

/* Is verb group g said with a modal of what may come ("will", "would",
** "shall", "may", "might", "could"), and not counter to fact ("would have
** attacked")? */
static int modal_to_come(const pl_sentan *an, const pl_vg *g)
{
	static const char *const w[] = {"will", "would", "shall", "'ll", "may", "might", "could", NULL};
	uint32_t j;
	int modal = 0;
	for (j = g->t0; j < g->v; j++) {
		if (an->tok[j].tag == PL_T_MD && pl_in_list(an->tok[j].low, w))
			modal = 1;
		if (pl_eq(lem(&an->tok[j]), "have"))
			return 0;
	}
	return modal;
}

/* Does verb group g hang on what another side does: an "if" or "unless"
** clause (not g's own, not "as if" or "asked if") whose verb's subject is
** a named actor other than the source chunk src ("if Iran refuses"), an
** event a noun names ("if the killing goes on", "unless the attacks
** stop"), or the source acted on ("if it is attacked")?  A condition on
** the weather or on the source's own choice ("if it wants to") is none.
** *who is the condition's actor, or -1. */
static int hangs_on_behaviour(const pl_store *s, const pl_sentan *an, const pl_vg *g, int src,
                              int *who)
{
	uint32_t j;
	int k, q, by;
	*who = -1;
	for (j = an->t0; j + 1 < an->t1; j++) {
		if (j >= g->t0 && j < g->t1)
			continue;
		if (!pl_eq(an->tok[j].low, "if") && !pl_eq(an->tok[j].low, "unless"))
			continue;
		if (j > an->t0 && (pl_eq(an->tok[j - 1].low, "as") || pl_eq(lem(&an->tok[j - 1]), "ask") ||
		    pl_eq(lem(&an->tok[j - 1]), "wonder") || pl_eq(lem(&an->tok[j - 1]), "see")))
			continue;
		k = first_vg_after(an, j);
		if (k >= an->nvg || &an->vg[k] == g || an->vg[k].t0 - j > 8 || (q = an->vg[k].subj) < 0 ||
		    an->np[q].t0 < j)
			continue;
		/* "if its tankers are attacked by Iraq": the side that must
		** act is a passive's "by" phrase */
		by = an->vg[k].passive ? an->vg[k].by : -1;
		if (by >= 0 && condition_side(an, by, src) && !(src >= 0 && np_code(an, src) &&
		    !strcmp(np_code(an, src), np_code(an, by)))) {
			*who = by;
			return 1;
		}
		if (an->vg[k].passive && (q == src || (src >= 0 && np_code(an, q) && np_code(an, src) &&
		    !strcmp(np_code(an, q), np_code(an, src))) || an->np[q].pronoun))
			return 1;   /* "if it is attacked" */
		if (condition_side(an, q, src) && !(src >= 0 && np_code(an, src) &&
		    !strcmp(np_code(an, src), np_code(an, q)))) {
			/* "if the spy is not released", "if Kuwait is attacked":
			** the one a passive names first is acted on, not the side
			** that must act; but a side's thing is its own doing ("if
			** American tariffs are raised": a country's code alone,
			** not from a person, a role or the country's name) */
			if (!an->vg[k].passive || (!an->np[q].person && !an->np[q].place &&
			    an->np[q].code && strlen(an->np[q].code) == 3))
				*who = q;
			return 1;
		}
		if (!np_code(an, q) && !an->np[q].pronoun && pl_tok_get_lem(&s->nouns, &an->tok[an->np[q].t1 - 1]))
			return 1;   /* "if the killing goes on" */
	}
	return 0;
}

static int promise_verb(const char *lemma)
{
	return pl_eq(lemma, "vow") || pl_eq(lemma, "pledge") || pl_eq(lemma, "promise") ||
	       pl_eq(lemma, "swear");
}

/* Is verb group g an infinitive right after a noun of trying ("an
** attempt to kill", "a bid to assassinate", "a plot to murder")? */
static int tried_act(const pl_sentan *an, const pl_vg *g)
{
	static const char *const tries[] = {"attempt", "bid", "plot", "effort", "try",
		"conspiracy", NULL};
	uint32_t to = g->t0;
	if (!g->infinitive || to < an->t0 + 2 || !pl_eq(an->tok[to - 1].low, "to"))
		return 0;
	return (an->tok[to - 2].tag == PL_T_NN || an->tok[to - 2].tag == PL_T_NNS) &&
	       pl_in_list(lem(&an->tok[to - 2]), tries);
}

/* Does chunk q count a thousand people or more ("more than 1,000
** refugees", "thousands of villagers", "2 million people")? */
static int thousands(const pl_sentan *an, int q)
{
	uint32_t j;
	for (j = an->np[q].t0; j < an->np[q].t1; j++) {
		const char *w = an->tok[j].low;
		if (an->tok[j].tag != PL_T_CD && an->tok[j].tag != PL_T_NNS)
			continue;
		if (pl_eq(w, "thousands") || pl_eq(w, "millions") || pl_eq(w, "thousand") ||
		    pl_eq(w, "million"))
			return 1;
		if (an->tok[j].tag == PL_T_CD) {
			long n = 0;
			const char *c;
			for (c = w; *c && (isdigit((unsigned char)*c) || *c == ','); c++)
				if (*c != ',' && n < 1000000000L)   /* (no overflow on long digit runs) */
					n = n * 10 + (*c - '0');
			if (!*c && n >= 1000 && !(n >= 1900 && n <= 2100 && !strchr(w, ',')))
				return 1;
		}
	}
	return 0;
}

/* The expulsion a target makes it.  "forced the UN refugee agency out of
** the country", "expelled the Red Cross": an expulsion (174 is of persons)
** of a body, an international one or a non-governmental one and not one
** of its people, is CAMEO's expulsion of an organisation: 166, or 1663
** for an NGO (aid agencies).  "forced more than 1,000 refugees from their
** homes": thousands of people driven out are a mass expulsion (201).
** Other codes come back as they are. */
static const char *expulsion_code(const pl_sentan *an, int q, const char *code)
{
	const char *c = np_code(an, q);
	if (strcmp(code, "174") != 0 || an->np[q].pronoun)
		return code;
	if (thousands(an, q))
		return "201";
	if (!c || an->np[q].person)
		return code;
	if (!strncmp(c, "IGO", 3))
		return "166";
	if (!strncmp(c, "NGO", 3))
		return "1663";
	return code;
}

/* A promise of coercion or force is CAMEO's threat (13x): sanctions 1312,
** repression 137, force 138, mass violence 139; NULL for other codes. */
static const char *threat_code(const char *code)
{
	if (code[0] != '1' && code[0] != '2')
		return NULL;
	/* reduce or break relations, aid, sanctions, halt talks or mediation,
	** withdraw (160-166): 1313, 1311, 1312, 134, 135, 136; protest 133 */
	if (!strncmp(code, "162", 3))
		return "1311";
	if (!strncmp(code, "160", 3) || !strncmp(code, "161", 3))
		return "1313";
	if (!strncmp(code, "164", 3))
		return "134";
	if (!strncmp(code, "165", 3))
		return "135";
	if (!strncmp(code, "166", 3))
		return "136";
	if (!strncmp(code, "14", 2))
		return "133";
	if (!strncmp(code, "16", 2))
		return "1312";
	if (!strncmp(code, "17", 2))
		return "137";
	if (!strncmp(code, "15", 2) || !strncmp(code, "18", 2) || !strncmp(code, "19", 2))
		return "138";
	if (!strncmp(code, "20", 2))
		return "139";
	return NULL;
}

/* A threat in a trade quarrel: "said it would retaliate if EC exports
** were hit", "threatened retaliation if the tax is approved", "threatened
** to impose heavy customs duties".  Retaliation the sentence ties to
** trade (tariffs, taxes, imports, goods), or a plain threat (130) of a
** trade barrier, with no word of arms in the sentence, is a threat of
** sanctions (1312), not of force (138); trade retaliation done ("retaliated
** with tariffs on Japanese chips") is sanctions imposed (163), not force
** (190).  Other codes come back as they are. */
static const char *trade_threat_code(const pl_sentan *an, const char *code)
{
	static const char *const payback[] = {"retaliate", "retaliation", "retaliatory", "reprisal",
		"countermeasure", NULL};
	static const char *const trade[] = {"tariff", "tax", "duty", "import", "export", "trade",
		"quota", "goods", "product", "subsidy", "levy", "protectionism", "protectionist",
		"dumping", "textile", "semiconductor", "embargo", "sanction", "boycott", NULL};
	static const char *const barrier[] = {"tariff", "duty", "quota", "embargo", "sanction",
		"boycott", NULL};
	static const char *const arms[] = {"attack", "military", "troops", "forces", "missile",
		"army", "war", "bomb", "navy", "weapon", "soldier", "kill", "raid", "rocket", "shelling",
		"terrorist", "nuclear", "strike", "guerrilla", "rebel", NULL};
	int paid = 0, traded = 0, barred = 0;
	uint32_t j;
	if (!code_is(code, "138") && !code_is(code, "130") && !code_is(code, "190"))
		return code;
	for (j = an->t0; j < an->t1; j++) {
		const char *l = lem(&an->tok[j]), *w = an->tok[j].low;
		if (pl_in_list(l, arms) || pl_in_list(w, arms))
			return code;
		paid |= pl_in_list(l, payback) || pl_in_list(w, payback);
		traded |= pl_in_list(l, trade) || pl_in_list(w, trade);
		barred |= pl_in_list(l, barrier) || pl_in_list(w, barrier);
	}
	if (code_is(code, "190"))   /* retaliation done: sanctions imposed (163) */
		return paid && traded ? "163" : code;
	return (paid && traded) || (barred && code_is(code, "130")) ? "1312" : code;
}

/* A yielding act (08x) said never to come is a refusal to yield (124x):
** "said they would not lay down their arms" is 1246; so cooperation,
** meetings, support and aid said never to come are rejections ("said it
** would not meet", 125; "would not recognise", 120; "would not sign the
** accord", 127; "will not hand over the suspects", 121; "would not send
** aid", 122), but not an intent unsaid ("will not promise anything" is no
** rejection); NULL for other codes. */
static const char *refusal_code(const char *code)
{
	static const char *const map[][2] = {{"081", "1241"}, {"082", "1242"}, {"084", "1243"},
		{"085", "1244"}, {"086", "1245"}, {"087", "1246"}, {"08", "124"}, {"045", "126"}, {"04", "125"}, {"057", "127"}, {"05", "120"},
		{"061", "1211"}, {"062", "1212"}, {"06", "121"}, {"07", "122"}};
	size_t i;
	for (i = 0; i < sizeof map / sizeof map[0]; i++)
		if (code_starts(code, map[i][0]))
			return map[i][1];
	return NULL;
}

/* Does the sentence of an admission name a fault ("admitted a violation of
** the law", "admitted it was a mistake", "confessed to the killing")?  A
** plain fact owned up to ("admitted sales had fallen", "'We have no
** leverage,' one official admitted") is a statement (010), not the
** acceptance of responsibility (015). */
static int admits_fault(const pl_sentan *an)
{
	static const char *const fault[] = {"mistake", "error", "wrong", "wrongdoing", "fault", "blame",
		"guilt", "guilty", "responsibility", "responsible", "liable", "violation", "violate",
		"breach", "break", "lie", "mislead", "illegal", "illegally", "unlawful", "crime", "fraud",
		"misconduct", "negligence", "failure", "fail", "abuse", "kill", "killing", "murder",
		"bribe", "bribery", "sin", "wrongly", "involvement", "involved", "role", "charge",
		"offence", "offense", "cheat", "steal", "cover-up", "inadequate", "misjudge", "behind",
		"felony", "defraud", "fraudulent", "leak", "falsify", "forge", "smuggle", "conceal",
		"embezzle", "rig", "launder", "doping", "plagiarism", "perjury", "theft", NULL};
	uint32_t j;
	for (j = an->t0; j < an->t1; j++)
		if (pl_in_list(lem(&an->tok[j]), fault) || pl_in_list(an->tok[j].low, fault))
			return 1;
	return 0;
}

/* Do the words from j (at most eight, up to a comma, "to", "for" or
** end: the sentence's, as the tagger may take "notes" for a verb) name paper an amount is of: a word of paper, of
** paper_of, or "debt" ("75 mln dlrs of 8-3/8 pct notes", "40 mln dlrs in
** new debt")? */
static int amount_of_paper(const pl_sentan *an, uint32_t j, uint32_t end,
                           const char *const *paper, const char *const *paper_of)
{
	uint32_t u;
	for (u = j; u < end && u < j + 8; u++) {
		const char *w = lem(&an->tok[u]);
		if (pl_eq(an->tok[u].s, ",") || pl_eq(an->tok[u].s, ";") || pl_eq(an->tok[u].low, "to") ||
		    pl_eq(an->tok[u].low, "for"))
			break;
		if (pl_in_list(w, paper) || pl_in_list(w, paper_of) || pl_eq(w, "debt") ||
		    pl_eq(an->tok[u].low, "notes") || pl_eq(an->tok[u].low, "debentures"))
			return 1;
	}
	return 0;
}

/* Is the thing offered by verb group g a security put on the market:
** "is offering 220,838 shares", "will offer 100 mln dlrs of notes", "plans
** to offer two mln shares of common stock"?  A sale to all buyers is no
** intent toward anyone (030); a price "per share" ("offered 52 dlrs per
** share for USAir") is a bid, and stays. */
static int offers_securities(const pl_sentan *an, const pl_vg *g)
{
	static const char *const paper[] = {"share", "stock", "bond", "debenture", "security",
		"obligation", "eurobond", "certificate", "tranche", "warrant", "preferred", NULL};
	/* (of an amount only: "offered a bill" of law, "100 mln dlrs of bills") */
	static const char *const paper_of[] = {"bill", "note", "paper", "issue", NULL};
	static const char *const money[] = {"dlrs", "dlr", "stg", "yen", "franc", "francs", "lire",
		"mark", "marks", "guilder", "guilders", "dollar", "pound", "euro", "crown", "crowns",
		"pesetas", "schillings", "rupees", "mln", "billion", "million", NULL};
	uint32_t end = clause_end(an, g);
	uint32_t h;
	int q, amount = 0;
	if (g->t1 >= end || (q = an->np_of[g->t1 - an->t0]) < 0 || an->np[q].t0 != g->t1 ||
	    an->np[q].code)
		return 0;
	h = an->np[q].t1 - 1;
	/* (an amount: what it is of follows, its words sometimes split by
	** the tagger: "75 mln dlrs of 8-3/8 pct notes due 1997", "40 mln dlrs
	** in new debt") */
	if (pl_in_list(an->tok[h].low, money) && h + 2 < end &&
	    (pl_eq(an->tok[h + 1].low, "of") || pl_eq(an->tok[h + 1].low, "in")))
		return amount_of_paper(an, h + 2, an->t1, paper, paper_of);
	if (h + 1 < end && pl_eq(an->tok[h + 1].low, "per"))
		return 0;
	return pl_in_list(lem(&an->tok[h]), paper) || (amount && pl_in_list(lem(&an->tok[h]), paper_of));
}

/* Is chunk q a figure or a market that a place or an owner only qualifies
** ("its U.S. car sales", "Polish exports", "U.S. financial markets", "the
** company's earnings"): a common noun of trade or account, lower case,
** given a country's or a sector's code by the words before it?  What a
** statement reports of it is a figure, said to no one and done to no one:
** no target. */
static int figure_chunk(const pl_store *s, const pl_sentan *an, int q)
{
	static const char *const figures[] = {"sale", "export", "import", "market", "price",
		"deficit", "surplus", "growth", "economy", "reserve", "debt", "subsidy", "spending",
		"investment", "demand", "supply", "consumption", "trade", "income", "loss", "deposit",
		"borrowing", "lending", "payment", "inflation", "unemployment", "harvest", "crop", NULL};
	const pl_token *h;
	const char *cls;
	if (q < 0 || an->np[q].pronoun || an->np[q].person)
		return 0;
	h = &an->tok[an->np[q].t1 - 1];
	if ((h->tag != PL_T_NN && h->tag != PL_T_NNS) || (h->flags & PL_TOK_CAP))
		return 0;
	/* (a named firm's code is its own: "Merrill Lynch capital markets") */
	if (an->np[q].code && strlen(an->np[q].code) > 6)
		return 0;
	if (pl_in_list(lem(h), figures))
		return 1;
	cls = pl_tok_get_lem(&s->objclass, h);
	return cls && (pl_eq(cls, "market") || pl_eq(cls, "amount"));
}

/* Is chunk q a thing that cannot act: a figure or a market (figure_chunk),
** money lent, a holding or a works, at the head of a lower-case common
** noun ("the Egyptian government credit", "a 25 pct stake", "a Chinese
** plant")?  The country its modifier names owns it or is where it is. */
static int thing_chunk(const pl_store *s, const pl_sentan *an, int q)
{
	static const char *const things[] = {"loan", "credit", "stake", "holding", "plant",
		"factory", "mine", NULL};
	const pl_token *h;
	const char *cls;
	if (q < 0 || an->np[q].pronoun || an->np[q].person)
		return 0;
	h = &an->tok[an->np[q].t1 - 1];
	cls = pl_tok_get_lem(&s->objclass, h);
	/* a share of people names them ("a majority of the creditors",
	** "80 pct of the members"); a service may be a body ("the news
	** service reported") */
	if ((cls && pl_eq(cls, "amount") && an->np[q].t1 < an->t1 &&
	     pl_eq(an->tok[an->np[q].t1].low, "of")) || pl_eq(lem(h), "service"))
		return 0;
	if (figure_chunk(s, an, q))
		return 1;
	if ((h->tag != PL_T_NN && h->tag != PL_T_NNS) || (h->flags & PL_TOK_CAP) ||
	    (an->np[q].code && strlen(an->np[q].code) > 6))
		return 0;
	return pl_in_list(lem(h), things);
}

/* Is verb group g a verb of possession whose object is a share held:
** "holds some 70 pct of", "owns a 25 pct stake in", "controls 51 pct",
** "holds 5.5 mln shares"?  Holding, owning and controlling a part of a
** firm is a standing state, no event (dict/objects.tsv class "amount",
** and an interest or a holding). */
static int holding_state(const pl_store *s, const pl_sentan *an, const pl_vg *g)
{
	static const char *const possessw[] = {"hold", "own", "control", NULL};
	static const char *const aboutw[] = {"some", "about", "nearly", "almost", "around",
		"roughly", "approximately", "over", "just", "under", "more", "less", "than", "a",
		"an", "its", "their", "his", "her", NULL};
	static const char *const heldw[] = {"interest", "holding", "pct", "percent", "%", NULL};
	uint32_t t;
	int q;
	const pl_token *h;
	if (g->passive || g->nominal || !pl_in_list(lem(&an->tok[g->v]), possessw))
		return 0;
	for (t = g->t1; t < an->t1 && pl_in_list(an->tok[t].low, aboutw); t++)
		;
	if (t >= an->t1 || (q = an->np_of[t - an->t0]) < 0)
		return 0;
	h = &an->tok[an->np[q].t1 - 1];
	if (pl_in_list(h->low, heldw) || pl_in_list(lem(h), heldw))
		return 1;
	return is_class_word(s, h, "amount");
}

/* Does place chunk q, the subject of verb group g, offer chances ("Hong
** Kong offers good business opportunities to Japanese banks", "Spain
** provides Japanese banks scope for growth")?  A country or a town spoken
** of as a market in the present is described; it offers nothing to
** anyone. */
static int place_affords(const pl_sentan *an, const pl_vg *g, int q)
{
	static const char *const affordw[] = {"offer", "provide", "afford", "present", "give",
		"hold", NULL};
	static const char *const chances[] = {"opportunity", "prospect", "potential", "scope",
		"chance", "possibility", "advantage", "attraction", "outlet", "room", NULL};
	uint32_t t;
	int o, n = 0;
	if (q < 0 || !an->np[q].place || g->passive || !pl_in_list(lem(&an->tok[g->v]), affordw))
		return 0;
	/* told in the simple present, as a standing trait ("Japan offered
	** Bangladesh a chance to repay early" is an act) */
	if (g->t0 != g->v || (an->tok[g->v].tag != PL_T_VBZ && an->tok[g->v].tag != PL_T_VBP))
		return 0;
	/* the object, over an actor it is offered to ("offers Japanese banks
	** good opportunities") */
	for (t = g->t1; t < an->t1 && n < 2; t = an->np[o].t1, n++) {
		if ((o = an->np_of[t - an->t0]) < 0)
			return 0;
		if (pl_in_list(lem(&an->tok[an->np[o].t1 - 1]), chances))
			return 1;
		if (!an->np[o].code)
			return 0;
	}
	return 0;
}

/* Is a verb itself a refusal or a holding back of comment ("declined to
** comment", "refused to say", "had no comment", "made no comment")? */
static int refusing_verb(const char *v)
{
	return pl_eq(v, "decline") || pl_eq(v, "refuse") || pl_eq(v, "have") || pl_eq(v, "make");
}

/* Is verb group g a "could not" or "cannot" of comment with its reason
** after it: "could not elaborate because the case is being litigated",
** "cannot comment, citing the investigation"?  Speech held back for a
** reason is declined, where a bare "could not confirm" tells of not
** knowing. */
static int reasoned_cannot(const pl_sentan *an, const pl_vg *g)
{
	static const char *const talk[] = {"comment", "elaborate", "discuss", NULL};
	uint32_t j, end = clause_end(an, g);
	int can = 0;
	for (j = g->t0; j < g->v; j++)
		if (pl_eq(an->tok[j].low, "could") || pl_eq(an->tok[j].low, "can") ||
		    pl_eq(an->tok[j].low, "cannot") || pl_eq(an->tok[j].low, "ca"))
			can = 1;
	if (!can || !pl_in_list(lem(&an->tok[g->v]), talk))
		return 0;
	/* (the reason in the words after, a few words past the clause at most) */
	for (j = g->v + 1; j < an->t1 && j < end + 4; j++)
		if (pl_eq(an->tok[j].low, "because") || pl_eq(an->tok[j].low, "citing") ||
		    pl_eq(an->tok[j].low, "since"))
			return 1;
	return 0;
}

/* Does verb group g, "have" with "will" or "would" or "make" with "could"
** or "can", take "nothing" or "no" right after it: "would have nothing to
** say at this time", "will have no further comment", "could make no
** comment"?  Words the speaker says there will not be are comment withheld
** now, as "would not comment" is, not a comment supposed. */
static int will_have_nothing(const pl_sentan *an, const pl_vg *g)
{
	const char *v = lem(&an->tok[g->v]);
	uint32_t j;
	int modal = 0, make = pl_eq(v, "make");
	if (g->negated || g->gerund || g->infinitive || !(make || pl_eq(v, "have")) ||
	    g->v + 1 >= an->t1)
		return 0;
	for (j = g->t0; j < g->v; j++)
		if (pl_eq(an->tok[j].low, "would") || pl_eq(an->tok[j].low, "will") ||
		    pl_eq(an->tok[j].low, "wo") ||
		    (make && (pl_eq(an->tok[j].low, "could") || pl_eq(an->tok[j].low, "can"))))
			modal = 1;
	return modal && (pl_eq(an->tok[g->v + 1].low, "nothing") || pl_eq(an->tok[g->v + 1].low, "no"));
}

/* Does verb group g keep silent: "would not comment", "won't say whether",
** "would not be drawn on the timing", "would not name the buyer"?  Speech
** the speaker will not give, with "would" or "will", is declining to
** comment (011), done as the words are said; "did not say", "could not
** confirm" tell of no refusal. */
static int keeps_silent(const pl_sentan *an, const pl_vg *g)
{
	static const char *const w[] = {"comment", "say", "elaborate", "reveal", "disclose", "confirm",
		"discuss", "specify", "identify", "name", "answer", NULL};
	const char *v = lem(&an->tok[g->v]);
	uint32_t j;
	int modal = 0;
	/* "would neither confirm nor deny", "has neither confirmed nor
	** denied the report": the set phrase of declining comment, with or
	** without "would" */
	if (!g->gerund && !g->infinitive && !g->passive && g->v > an->t0 &&
	    pl_eq(an->tok[g->v - 1].low, "neither") && g->v + 2 < an->t1 &&
	    pl_eq(an->tok[g->v + 1].low, "nor") && pl_in_list(v, w) &&
	    pl_eq(lem(&an->tok[g->v + 2]), "deny"))
		return 1;
	if (!g->negated || g->gerund || g->infinitive)
		return 0;
	for (j = g->t0; j < g->v; j++) {
		/* ("will never answer to any provocation": a vow, not silence) */
		if (pl_eq(an->tok[j].low, "never"))
			return 0;
		if (pl_eq(an->tok[j].low, "would") || pl_eq(an->tok[j].low, "will") ||
		    pl_eq(an->tok[j].low, "wo"))
			modal = 1;
	}
	if (!modal && !reasoned_cannot(an, g))
		return 0;
	return g->passive ? pl_eq(v, "draw") : pl_in_list(v, w);
}

/* Is verb group k a gerund right after a verb of stopping ("stopped
** attacking", "ceased shelling the town", "would halt bombing")?  The
** stopping verb's group, or -1 (not when that verb is negated: "did not
** stop shelling" goes on with the force). */
static int stopped_group(const pl_sentan *an, int k)
{
	static const char *const stop[] = {"stop", "cease", "halt", "quit", "suspend", NULL};
	const pl_vg *g = &an->vg[k], *p;
	if (!g->gerund || k == 0)
		return -1;
	p = &an->vg[k - 1];
	if (p->v + 1 != g->t0 || p->negated || !pl_in_list(lem(&an->tok[p->v]), stop))
		return -1;
	return k - 1;
}

/* Codes whose event is the declaration of what is to come: intent (03x),
** rejection (12x), threat (13x), and a deployment announced ("said he would
** send 30,000 troops": the lead coders count the posture, 15x, as done). */
static int declared(const char *code)
{
	return (code[0] == '0' && code[1] == '3') ||
	       (code[0] == '1' && (code[1] == '2' || code[1] == '3' || code[1] == '5'));
}

/* The intent to yield that a concession (08x) becomes when it is only
** wanted, planned or promised: CAMEO keeps the kind of concession in the
** intent ("wants to lift the sanctions": 085 -> 0354, "will release the
** prisoners": 0841 -> 0353), and an intent of reform (083x) is 034x. */
static const char *yield_intent(const char *code)
{
	static const char *const map[][2] = {{"0831", "0341"}, {"0832", "0342"}, {"0833", "0343"},
		{"0834", "0344"}, {"083", "034"}, {"081", "0351"}, {"082", "0352"}, {"084", "0353"},
		{"085", "0354"}, {"086", "0355"}, {"087", "0356"}};
	size_t i;
	for (i = 0; i < sizeof map / sizeof map[0]; i++)
		if (!strncmp(code, map[i][0], strlen(map[i][0])))
			return map[i][1];
	return "035";
}

/* Future or modal cooperation becomes CAMEO's "express intent" (03x). */
static const char *intent_code(const char *code)
{
	/* the economic or humanitarian kind stays in the intent ("will
	** supply oil to Iran": 061 -> 0311, "would lend Brazil 500 mln dlrs":
	** 071 -> 0331, "will send food": 073 -> 0333) */
	static const char *const kinds[][2] = {{"061", "0311"}, {"071", "0331"}, {"073", "0333"}};
	size_t i;
	if (!strncmp(code, "045", 3))
		return "039";
	if (!strncmp(code, "04", 2))
		return "036";
	if (!strncmp(code, "05", 2))
		return "032";
	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (!strncmp(code, kinds[i][0], 3))
			return kinds[i][1];
	if (!strncmp(code, "06", 2))
		return "031";
	if (!strncmp(code, "07", 2))
		return "033";
	if (!strncmp(code, "08", 2))
		return yield_intent(code);
	return NULL;
}

static int push(pl_arena *a, pl_event **ev, size_t *nev, size_t *cap, const pl_event *e)
{
	size_t i;
	/* the same pair and code from the same verb once only; events come in
	** sentence order, so those of this sentence are the last ones */
	for (i = *nev; i-- > 0;) {
		const pl_event *o = &(*ev)[i];
		if (o->sent != e->sent)
			break;
		if (o->v == e->v && o->cameo == e->cameo &&
		    ((!o->src.code && !e->src.code) || (o->src.code && e->src.code && pl_eq(o->src.code, e->src.code))) &&
		    ((!o->tgt.code && !e->tgt.code) || (o->tgt.code && e->tgt.code && pl_eq(o->tgt.code, e->tgt.code))))
			return 0;
	}
	if (pl_arena_grow_raw(a, (void **)ev, cap, *nev + 1, sizeof **ev) < 0)
		return -1;
	(*ev)[(*nev)++] = *e;
	return 0;
}

/* Of n items of the given size whose first token (a uint32_t) is at offset
** off, the one nearest token v among those starting in [lo, hi); -1 when
** none.  For the date expressions and the places of a sentence. */
static int nearest(const void *items, size_t size, size_t off, int n, uint32_t v, uint32_t lo,
                   uint32_t hi)
{
	int d, best = -1;
	long bestdist = 0;
	for (d = 0; d < n; d++) {
		uint32_t t0;
		long dist;
		memcpy(&t0, (const char *)items + (size_t)d * size + off, sizeof t0);
		if (t0 < lo || t0 >= hi)
			continue;
		dist = (long)t0 - (long)v;
		if (dist < 0)
			dist = -dist;
		if (best < 0 || dist < bestdist) {
			best = d;
			bestdist = dist;
		}
	}
	return best;
}

/* Does a run of prepositional phrases join chunk q to chunk x after it,
** "a build-up [of Russian troops] [near the border]": only prepositions
** (no "that", "whether") and chunks between them. */
static int phrase_tail(const pl_sentan *an, int q, int x)
{
	static const char *const clause[] = {"that", "whether", "if", "because", "as", "while", NULL};
	uint32_t j;
	if (an->np[x].t0 < an->np[q].t1)
		return 0;
	for (j = an->np[q].t1; j < an->np[x].t0; j++) {
		const pl_token *t = &an->tok[j];
		if (an->np_of[j - an->t0] >= 0)
			continue;
		if (t->tag != PL_T_IN || pl_in_list(t->low, clause))
			return 0;
	}
	return 1;
}

/* Does the finite verb of another clause than chunk q's start in tokens
** [t0, t1)?  A noun's target lies in the noun's clause: in "Mr Cook, who
** gave evidence to the inquiry into turnout, told BBC Radio ...", BBC Radio
** is the one told, not the one the inquiry looks into.  The noun's own verb
** stays: its subject is q or a phrase of it ("talks have begun with
** Indonesia", "a build-up of troops near the border worried Ukraine"). */
static int other_verb_between(const pl_sentan *an, int q, uint32_t t0, uint32_t t1)
{
	int k;
	for (k = 0; k < an->nvg; k++) {
		const pl_vg *g = &an->vg[k];
		if (g->finite && g->t0 >= t0 && g->t0 < t1 && g->subj >= 0 && g->subj != q &&
		    an->np[g->subj].group != an->np[q].group && !phrase_tail(an, q, g->subj))
			return 1;
	}
	return 0;
}

/* Does a verb group other than the one of token v lie between v and token
** t?  A date past another verb is that verb's: "accused Labour of raising
** taxes since coming to power in 1997" (1997 is the coming to power), "the
** minister, who visited Iraq in 2003, criticised ..." */
static int verb_between(const pl_sentan *an, uint32_t v, uint32_t t)
{
	int k;
	for (k = 0; k < an->nvg; k++) {
		uint32_t x = an->vg[k].v;
		if (x != v && ((v < x && x < t) || (t < x && x < v)))
			return 1;
	}
	return 0;
}

/* The date expression of the clause of token v in [lo, hi), -1 when none:
** the nearest one no other verb stands closer to; else a date that opens
** the sentence ("In 1982 Argentina invaded the islands, and Britain sent
** troops") or the one a "when" clause holding v hangs on ("until 1995,
** when he resigned"). */
/* Days a dated event may lie before the article and still be its news:
** "last week", "on 3 December" for a story of early January are; "in June
** last year", "in 1983" are background. */
#define PL_NEWS_DAYS 30

static int date_less(pl_date a, pl_date b)
{
	return a.y != b.y ? a.y < b.y : a.m != b.m ? a.m < b.m : a.d < b.d;
}

/* Does date expression x name a thing rather than time a clause: "last
** year's ruling", "the 2003 decision", "his 1997 manifesto"?  Not after
** "in", "at" or "during", where the thing it names is when the act was
** done ("rejected the plans in last year's referendum"). */
static int names_thing(const pl_sentan *an, const pl_datex *x)
{
	static const char *const whenw[] = {"in", "at", "during", NULL};
	const pl_token *tok = an->tok;
	uint32_t b = x->t0;
	int pos;
	if (x->t1 >= an->t1)
		return 0;
	pos = tok[x->t1].tag == PL_T_POS;
	if (!pos && !(PL_TAG_IS_NOUN(tok[x->t1].tag) && b > an->t0 &&
	              (tok[b - 1].tag == PL_T_DT || tok[b - 1].tag == PL_T_PRPS)))
		return 0;
	if (b > an->t0 && (tok[b - 1].tag == PL_T_DT || tok[b - 1].tag == PL_T_PRPS))
		b--;
	return !(b > an->t0 && pl_in_list(tok[b - 1].low, whenw));
}

static int own_date(const pl_sentan *an, const pl_docctx *ctx, uint32_t v, uint32_t lo, uint32_t hi)
{
	int d, best = -1;
	long bestdist = 0;
	uint32_t j;
	for (d = 0; d < an->ndates; d++) {
		uint32_t t0 = an->dates[d].t0;
		long dist = (long)t0 - (long)v;
		if (t0 < lo || t0 >= hi || verb_between(an, v, t0))
			continue;
		/* a verb's act is not timed by the date of a thing of long ago
		** it acts on ("criticised last year's ruling"); a noun's is
		** ("last June's strike"), and a recent or coming one may be the
		** act's own ("attended Sunday's meeting", "attends next week's
		** summit") */
		if (PL_TAG_IS_VERB(an->tok[v].tag) && ctx->date.y && an->dates[d].date.y &&
		    pl_date_before_story(an->dates[d].date, an->dates[d].gran, ctx->date, PL_NEWS_DAYS) &&
		    names_thing(an, &an->dates[d]))
			continue;
		if (dist < 0)
			dist = -dist;
		if (best < 0 || dist < bestdist) {
			best = d;
			bestdist = dist;
		}
	}
	if (best >= 0 || !an->ndates)
		return best;
	/* "In 1982, ...", "On Monday ...": before any verb */
	if (an->dates[0].t0 <= an->t0 + 1 && an->dates[0].t0 < v &&
	    (!an->nvg || an->dates[0].t1 <= an->vg[0].t0))
		return 0;
	/* ", when he resigned", "a meeting in 2003 at which he criticised":
	** back over the subject to "when" or a preposition with "which" */
	for (j = v; j > an->t0 && j + 8 > v; j--) {
		if (pl_eq(an->tok[j - 1].low, "when") || (pl_eq(an->tok[j - 1].low, "which") &&
		    j - 1 > an->t0 && an->tok[j - 2].tag == PL_T_IN)) {
			uint32_t w = pl_eq(an->tok[j - 1].low, "when") ? j - 1 : j - 2;
			for (d = 0; d < an->ndates; d++)
				if (an->dates[d].t1 == w || (an->dates[d].t1 + 1 == w &&
				    pl_eq(an->tok[w - 1].s, ",")))
					return d;
			break;
		}
		if (PL_TAG_IS_VERB(an->tok[j - 1].tag) && j - 1 != v)
			break;
	}
	return -1;
}



/* Is event e, dated by the text, told well before the article: the last
** day its date can name (the end of its week, month or year) more than
** PL_NEWS_DAYS before the article date? */
static int told_before(const pl_event *e, const pl_docctx *ctx)
{
	if (!e->gran || !e->date.y || !ctx->date.y)
		return 0;
	return date_less(pl_date_add(pl_date_last(e->date, e->gran), PL_NEWS_DAYS), ctx->date);
}

/* Does date x time the saying of verb group g itself, beside it: "said
** last year", "the office last year reported", "Last year, he said"?  A
** year elsewhere in the sentence is mostly what is said ("GM reported
** solid results in 2004, its chairman said") or another clause's ("After
** losing last year, Safin said"). */
static int year_of_saying(const pl_sentan *an, const pl_vg *g, const pl_datex *x)
{
	uint32_t s0;
	if (x->t0 == g->t1 || x->t1 == g->t0)
		return 1;
	if (!(x->t0 == an->t0 || (x->t0 == an->t0 + 1 && an->tok[an->t0].tag == PL_T_IN)) ||
	    g->subj < 0 || an->np[g->subj].t1 != g->t0)
		return 0;
	s0 = an->np[g->subj].t0;
	return s0 == x->t1 || (s0 == x->t1 + 1 && an->tok[x->t1].tag == PL_T_PPC);
}

/* Is date expression d (an index, -1 for none), after saying verb group
** g, a month or year that names a thing of what is said: before a noun
** ("February car sales", "1986 profits") or after a noun and "for"
** ("sales for February")?  A saying is timed by its day ("said on
** Friday", "said Friday") or a time phrase beside it ("said last month
** that"), not by a month its content counts over. */
static int content_dated(const pl_sentan *an, const pl_vg *g, int d)
{
	const pl_token *tok = an->tok;
	const pl_datex *x;
	if (d < 0)
		return 0;
	x = &an->dates[d];
	if (x->t0 < g->t1 || x->gran == PL_GRAN_DAY || x->gran == PL_GRAN_WEEK)
		return 0;
	/* "said earlier this month part of the cuts ...", "said last month
	** sales ...": a time phrase beside the verb times the saying */
	if (x->t0 == g->t1 && tok[x->t0].tag != PL_T_NNP && tok[x->t0].tag != PL_T_CD)
		return 0;
	if (x->t1 < an->t1 && (tok[x->t1].tag == PL_T_NN || tok[x->t1].tag == PL_T_NNS))
		return 1;
	return x->t0 >= g->t1 + 2 && pl_eq(tok[x->t0 - 1].low, "for") &&
	       PL_TAG_IS_NOUN(tok[x->t0 - 2].tag);
}

/* Is the act of verb group g, a past tense, timed by "earlier this year"
** ("Japan accused the United States earlier this year") in a story two
** months or more into the year?  The phrase then points before the news
** window; early in January it may name last week.  "Earlier" alone ("as
** it said earlier") is no date and is left to the other tests. */
static int earlier_this_year(const pl_sentan *an, const pl_docctx *ctx, const pl_vg *g,
                             const pl_event *e)
{
	int tag = an->tok[g->t0].tag, d;
	if (e->gran != PL_GRAN_YEAR || e->date.y != ctx->date.y || ctx->date.m < 3 ||
	    !(tag == PL_T_VBD || (tag == PL_T_VBN && g->t0 == g->v)))
		return 0;
	for (d = 0; d < an->ndates; d++) {
		const pl_datex *x = &an->dates[d];
		if (x->gran != PL_GRAN_YEAR || x->date.y != e->date.y)
			continue;
		if (pl_eq(an->tok[x->t0].low, "earlier") ||
		    (x->t0 > an->t0 && pl_eq(an->tok[x->t0 - 1].low, "earlier")))
			return 1;
	}
	return 0;
}

/* Is the act of verb group g, a past tense, timed by a whole year before
** the article's ("criticised him last year", "announced last year that")
** with the date its own, not one inside what it says after a colon or a
** quotation mark ("said: \"A year ago the government ...")?  Such an act
** is of that year however near its end the article falls, so it is not
** the news even when PL_NEWS_DAYS would reach back into it. */
static int earlier_year(const pl_sentan *an, const pl_docctx *ctx, const pl_vg *g,
                        const pl_event *e)
{
	int tag = an->tok[g->t0].tag, d;
	uint32_t j;
	if (e->gran != PL_GRAN_YEAR || !e->date.y || !ctx->date.y || e->date.y >= ctx->date.y ||
	    !(tag == PL_T_VBD || (tag == PL_T_VBN && g->t0 == g->v)))
		return 0;
	for (d = 0; d < an->ndates; d++) {
		const pl_datex *x = &an->dates[d];
		if (x->gran != PL_GRAN_YEAR || x->date.y != e->date.y || names_thing(an, x))
			continue;
		if (g->reporting) {
			if (year_of_saying(an, g, x))
				return 1;
			continue;
		}
		if (x->t0 < g->t0)
			return 1;
		for (j = g->t1; j < x->t0; j++)
			if (pl_eq(an->tok[j].s, ":") || (an->tok[j].flags & (PL_TOK_QOPEN | PL_TOK_QCLOSE)))
				break;
		if (j == x->t0)
			return 1;
	}
	return 0;
}

/* Is verb group g "call", "term" or "dub" in a free relative of "what"
** and its subject ("what it called its last offer", "in what state radio
** termed unprecedented weather")?  The verb names the thing after it; it
** makes no call, appeal or demand. */
static int named_by_what(const pl_sentan *an, const pl_vg *g)
{
	static const char *const namew[] = {"call", "term", "dub", NULL};
	static pl_wordset namew_set = PL_WORDSET(namew);
	uint32_t j;
	if (!pl_in_set(&namew_set, lem(&an->tok[g->v])) || g->passive)
		return 0;
	/* "what they called for", "what it called on them to do" ask */
	if (g->t1 < an->t1 && (pl_eq(an->tok[g->t1].low, "for") || pl_eq(an->tok[g->t1].low, "on")))
		return 0;
	for (j = g->t0; j > an->t0 && j + 5 > g->t0; j--)
		if (pl_eq(an->tok[j - 1].low, "what"))
			return j < g->t0;   /* a subject between */
	return 0;
}

/* Does verb group g, a saying, trail what it says at the sentence's end
** after a comma (", Nacco said.", ", said the ministry."), with no date
** from that comma on?  Then every date of the sentence lies in what is
** said: "In 1986, Quarto produced 3.6 mln tons, Nacco said" is said now. */
static int trailing_cue_undated(const pl_sentan *an, const pl_vg *g)
{
	const pl_token *tok = an->tok;
	uint32_t c = g->t0, j;
	int d;
	if (!g->reporting || !g->finite || g->passive)
		return 0;
	if (g->subj >= 0 && an->np[g->subj].t1 == g->t0 && an->np[g->subj].t0 + 8 > g->t0)
		c = an->np[g->subj].t0;
	if (c <= an->t0 + 1 || !pl_eq(tok[c - 1].s, ","))
		return 0;
	c--;
	/* nothing after the cue but its subject (", said the ministry") or
	** the one told (", Briam told the workforce"): "For 1986, the company
	** reported net income of ..." reports what follows, a report then */
	j = g->t1;
	if (g->subj >= 0 && an->np[g->subj].t0 == g->t1)
		j = an->np[g->subj].t1;
	else if (!pl_eq(lem(&tok[g->v]), "tell") && j < an->t1 && tok[j].tag != PL_T_PP)
		return 0;
	for (; j < an->t1; j++)
		if (PL_TAG_IS_VERB(tok[j].tag) || pl_eq(tok[j].s, ",") || pl_eq(tok[j].s, ":") ||
		    (tok[j].flags & PL_TOK_QOPEN))
			return 0;
	for (d = 0; d < an->ndates; d++)
		if (an->dates[d].t0 > c)
			return 0;
	return 1;
}

/* Is the date of verb group g's clause in [lo, hi) one that comes after a
** noun phrase following the verb, in a phrase opened by a preposition
** ("admitted contact with the group in 1992", "said the value of new
** building in 1986 was"), so that it dates the noun's event rather than
** the verb?  Not when that phrase names an actor, the one told ("told the
** Daily Telegraph in 2001"), nor in a passive ("was announced by the
** minister in November"). */
static int object_dated(const pl_sentan *an, const pl_docctx *ctx, const pl_vg *g, uint32_t lo,
                        uint32_t hi)
{
	int d = own_date(an, ctx, g->v, lo, hi);
	uint32_t j;
	const pl_datex *x;
	if (d < 0)
		return 0;
	x = &an->dates[d];
	if (g->passive || x->t0 <= g->t1 || an->tok[x->t0 - 1].tag != PL_T_IN)
		return 0;
	/* not the one told ("told the Daily Telegraph in 2001"): the
	** first chunk after the verb names no actor */
	for (j = g->t1; j + 1 < x->t0; j++)
		if (an->np_of[j - an->t0] >= 0) {
			const pl_np *q = &an->np[an->np_of[j - an->t0]];
			return !(q->code || q->icode || q->person || q->pronoun) &&
			       PL_TAG_IS_NOUN(an->tok[q->t1 - 1].tag);
		}
	return 0;
}

/* Is event e, dated after the article, a meeting or a visit told by
** "will", an infinitive or a gerund ("will hold talks in Moscow next
** week", "opens a congress tomorrow to discuss the crisis", "a
** shareholders' meeting April 15")?  It is only scheduled; the intent
** to meet, when the coder reads one (036), is the news. */
static int future_meeting(const pl_event *e, const pl_vg *g)
{
	return (g->future || g->infinitive || g->gerund) && e->cameo &&
	       e->cameo->code[0] == '0' && e->cameo->code[1] == '4';
}

/* Is event e dated by the text to after the article date? */
static int told_after(const pl_event *e, const pl_docctx *ctx)
{
	return e->gran && e->date.y && ctx->date.y && date_less(ctx->date, e->date);
}

/* Is "no" a word of pattern p ("had no comment" is 011, the declining
** itself)? */
static int says_none(const pl_verbpat *p)
{
	int i;
	for (i = 0; i < p->nelem; i++)
		if (pl_eq(p->elem[i], "no") || pl_eq(p->elem[i], "_no"))
			return 1;
	return 0;
}

/* Sets e's date and place from the expressions nearest token v in [lo, hi);
** the article date when the text gives none.  forward: the act is one the
** present tense arranges ("meet union leaders on Thursday"), so a bare
** weekday or a day of a month is read forward from the article date. */
static void date_and_place(pl_event *e, const pl_sentan *an, const pl_docctx *ctx,
                           uint32_t v, uint32_t lo, uint32_t hi, int forward)
{
	int d = own_date(an, ctx, v, lo, hi);
	int pl = nearest(an->places, sizeof an->places[0], offsetof(pl_place, t0), an->nplaces, v, lo, hi);
	if (d >= 0 && an->dates[d].date.y) {
		pl_datex x = an->dates[d];
		/* the act's own time ("on Thursday", "from July 1", "meet
		** Thursday"), not that of its object ("calls a meeting for April
		** 21", "a bond due March 30") */
		if (forward && x.gran == PL_GRAN_DAY &&
		    (x.t0 == an->t0 || an->tok[x.t0 - 1].tag != PL_T_IN ||
		     pl_eq(an->tok[x.t0 - 1].low, "on") || pl_eq(an->tok[x.t0 - 1].low, "from")) &&
		    !(x.t0 > an->t0 && pl_eq(an->tok[x.t0 - 1].low, "due")))
			pl_date_forward(an->tok, an->t0, an->t1, ctx->date, &x);
		e->date = x.date;
		e->gran = x.gran;
	} else {
		e->date = ctx->date;
		e->gran = 0;
	}
	if (pl >= 0) {
		e->place = an->places[pl];
		e->has_place = 1;
	}
}

/* Does a date expression opening at token t name a month ("June",
** "April 5-6", "Dec")?  Not "Monday", "next week". */
static int month_named(const pl_token *t)
{
	static const char *const mw[] = {"january", "february", "march", "april", "may", "june",
		"july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
		"apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", NULL};
	return t->low && pl_in_list(t->low, mw);
}

/* "the June summit", "an April 5-6 summit meeting", "OPEC's December
** meeting": a month or a day with no year in the event noun's own chunk,
** before the noun, names the nearer such date, on either side of the
** article (date_and_place reads it backward, as it would a verb's "in
** June"); a summit of next month is not one of eleven months ago.  (The
** chunker may split the date off the noun: "the June | summit", "an April
** 5-6 | summit meeting"; only nouns, numbers and adjectives may stand
** between them.) */
static void noun_date_nearest(pl_event *e, const pl_sentan *an, const pl_docctx *ctx, uint32_t h)
{
	int d;
	for (d = 0; d < an->ndates; d++) {
		pl_datex x = an->dates[d];
		uint32_t j;
		/* (a weekday is read within the week: "the Monday bombing" in a
		** Wednesday article is two days old) */
		if (x.t1 > h || x.t1 + 3 < h || !month_named(&an->tok[x.t0]))
			continue;
		for (j = x.t1; j < h; j++)
			if (!PL_TAG_IS_NOUN(an->tok[j].tag) && an->tok[j].tag != PL_T_CD &&
			    an->tok[j].tag != PL_T_JJ)
				break;
		if (j < h || x.date.y != e->date.y ||
		    x.date.m != e->date.m || x.date.d != e->date.d ||
		    (x.gran != PL_GRAN_DAY && x.gran != PL_GRAN_MONTH))
			continue;
		if (pl_date_forward(an->tok, an->t0, an->t1, ctx->date, &x))
			e->date = x.date;
		return;
	}
}

/* Where the compound of chunk q ends (its last member's end). */
static uint32_t group_end(const pl_sentan *an, int q)
{
	uint32_t e = an->np[q].t1;
	int m;
	for (m = q + 1; m < an->nnp && an->np[m].group == an->np[q].group; m++)
		e = an->np[m].t1;
	return e;
}

static int match_pattern(const pl_store *s, const pl_verbpat *p, const pl_sentan *an, const pl_vg *g,
                         const region *r, int owner, int *target, int *source, int *usedneg,
                         uint32_t *used, int *nused);

/* May the pattern's target q of an event with no source stand?  Not when
** only its owner is an actor ("asked for Iran's help"), except for the
** material conflict news reports without an actor (roots 14-20: "an attack
** on a security forces' convoy"). */
static int owner_target(const pl_sentan *an, int q, const char *code)
{
	return an->np[q].code || code[0] == '2' || (code[0] == '1' && code[1] >= '4');
}

/* Does a verb group after group k in the sentence match a pattern with a
** code (not PETRARCH's null [---])? */
static int coded_verb_after(const pl_store *s, const pl_sentan *an, int k)
{
	int j;
	for (j = k + 1; j < an->nvg; j++) {
		const pl_vg *g = &an->vg[j];
		const pl_verbpat *p = pl_tok_get_lem(&s->verbs, &an->tok[g->v]);
		region r;
		int t, src, neg, nu;
		uint32_t used[16];
		r.n = 0;
		region_add(&r, an->tok, g->t1, (uint32_t)g->cl_end);
		for (; p; p = p->next) {
			if (p->form && strcmp(p->form, an->tok[g->v].low))
				continue;
			if (strcmp(p->code, "---") && match_pattern(s, p, an, g, &r, !s->petrarch, &t, &src, &neg, used, &nu))
				return 1;
		}
	}
	return 0;
}

/* Adds chunk m, a member of the compound of chunk x, to the actors of an
** event (at most 16): once, or once per country when its role came from an
** of/in phrase naming several ("lawmakers in Fornost and Gondor": FORLEG,
** GONLEG), as does a bare role joined to such a chunk ("lawmakers and
** officials in ..."), with the code in codes[] (NULL: the chunk's own).
** Returns the new count, -1 when out of memory. */
static int add_member(const pl_sentan *an, int m, int x, int *idx, const char **codes, int n,
                      pl_arena *a)
{
	const pl_np *np = &an->np[m], *of = NULL;
	const char *role = np->role;
	int j;
	if (np->of_np1) {
		of = &an->np[np->of_np1 - 1];
	} else if (np->agent_only) {
		for (j = 0; j < an->nnp; j++)
			if (an->np[j].group == an->np[x].group && an->np[j].of_np1) {
				of = &an->np[an->np[j].of_np1 - 1];
				role = np->code;
				break;
			}
	}
	if (of && role) {
		int members = 0;
		for (j = 0; j < an->nnp; j++)
			if (an->np[j].group == of->group && an->np[j].code && strlen(an->np[j].code) == 3)
				members++;
		if (members >= 2) {
			for (j = 0; j < an->nnp && n < 16; j++) {
				const pl_np *y = &an->np[j];
				size_t k, r;
				char *code;
				if (y->group != of->group || !y->code || strlen(y->code) != 3)
					continue;
				r = strlen(role);
				code = pl_arena_alloc(a, 3 + r + 1);
				if (!code)
					return -1;
				memcpy(code, y->code, 3);
				memcpy(code + 3, role, r + 1);
				for (k = 0; k < (size_t)n && !(idx[k] == m && codes[k] && pl_eq(codes[k], code)); k++)
					;
				if (k < (size_t)n)
					continue;
				idx[n] = m;
				codes[n++] = code;
			}
			return n;
		}
	}
	if (np->code && strchr(np->code, '/')) {
		/* a PETRARCH compound code: one actor per part */
		const char *part = np->code;
		while (*part && n < 16) {
			size_t xl = strcspn(part, "/");
			char *code = pl_arena_alloc(a, xl + 1);
			if (!code)
				return -1;
			memcpy(code, part, xl);
			code[xl] = '\0';
			idx[n] = m;
			codes[n++] = code;
			part += xl + (part[xl] == '/');
		}
		return n;
	}
	if (n < 16) {
		idx[n] = m;
		codes[n++] = NULL;
	}
	return n;
}

/* Is chunk q the doer of an act a pattern's noun names: in a "by" phrase,
** right after the chunk holding a word of the pattern or after a participle
** that follows it ("an investigation by the Standards Board", "an inquiry
** led by a judge", "a review carried out by auditors")?  used: the
** pattern's tokens. */
static int act_agent(const pl_store *s, const pl_sentan *an, int q, const uint32_t *used, int nused)
{
	const char *head, *cls;
	static const char *const led[] = {"lead", "head", "chair", "conduct", "run", "carry",
		"out", NULL};
	uint32_t b = an->np[q].t0, e;
	int h, u;
	if (b < an->t0 + 2 || !pl_eq(an->tok[b - 1].low, "by"))
		return 0;
	for (e = b - 1; e > an->t0 && b - e < 4 && pl_in_list(lem(&an->tok[e - 1]), led); e--)
		;
	if ((h = an->np_of[e - 1 - an->t0]) < 0)
		return 0;
	for (u = 0; u < nused; u++)
		if (used[u] >= an->np[h].t0 && used[u] < an->np[h].t1)
			return 1;
	/* ... or an act only others can do ("called for a review by the
	** auditors": dict/objects.tsv, class "asked") */
	head = lem(&an->tok[an->np[h].t1 - 1]);
	cls = pl_hash_get(&s->objclass, head, strlen(head));
	return cls && pl_eq(cls, "asked");
}

/* Where the doer's phrase that chunk q opens ends, with its of-phrases
** ("the Standards Board of England"). */
static uint32_t agent_end(const pl_sentan *an, int q)
{
	uint32_t e = group_end(an, q);
	int m;
	while (e + 1 < an->t1 && pl_eq(an->tok[e].low, "of") && (m = an->np_of[e + 1 - an->t0]) >= 0)
		e = group_end(an, m);
	return e;
}

/* Does token j open the topic of what verb group g asks ("on", "about"):
** after the verb's object, not a word of its pattern ("called on the
** government"), nor right after the verb ("insisted on")?  used: the
** pattern's tokens. */
static int topic_start(const pl_sentan *an, const pl_vg *g, uint32_t j, const uint32_t *used,
                       int nused)
{
	int u;
	if (j <= g->t1 || (!pl_eq(an->tok[j].low, "on") && !pl_eq(an->tok[j].low, "about")) ||
	    an->np_of[j - 1 - an->t0] < 0)
		return 0;
	for (u = 0; u < nused; u++)
		if (used[u] == j)
			return 0;
	return 1;
}

/* Does token j open an infinitive clause of its own after the verb's
** object ("arrested ten men to protect the witnesses", "urged the agency
** to draw up rules to be put to Parliament", "criticised attempts to bring
** in trial without jury")?  Who that clause acts on is not the verb's
** target.  But the clause does name it when
**   - it may complete a noun of the pattern ("signed a deal to import
**     gas from Iran", "expressed readiness to meet Armenian officials");
**   - the act gives or yields (roots 07, 08: "deployed peacekeepers to
**     protect refugees", "lifted a ban to reward Tripoli", "allowed
**     agencies to enter Darfur"): it says who gains;
**   - the verb only names the means ("used tear gas to disperse the
**     crowd"): the clause is the act itself.
** A meeting's "to" needs no object before it ("will meet on Friday to
** decide on an appeal to ministers"), a negotiation's does ("negotiating
** to buy a bank" names the other side).  used: the pattern's tokens;
** code: the event's. */
static int own_infinitive(const pl_sentan *an, const pl_vg *g, uint32_t j, const uint32_t *used,
                          int nused, const char *code)
{
	static const char *const means[] = {"use", "employ", NULL};
	uint32_t i;
	int u, obj = -1;
	if (j < g->t1 || j + 1 >= an->t1 || an->tok[j].tag != PL_T_TO || an->tok[j + 1].tag != PL_T_VB ||
	    (code[0] == '0' && (code[1] == '7' || code[1] == '8')) || pl_in_list(lem(&an->tok[g->v]), means))
		return 0;
	for (u = 0; u < nused; u++)
		if (used[u] >= j)
			return 0;
	if (code[0] == '0' && code[1] == '4' && code[2] != '5' && code[2] != '6')
		return 1;
	for (i = g->t1; i < j; i++)
		if (an->np_of[i - an->t0] >= 0)
			obj = an->np_of[i - an->t0];
	for (u = 0; obj >= 0 && u < nused; u++)
		if (used[u] >= g->t1 && used[u] < j && an->np_of[used[u] - an->t0] >= 0)
			return 0;
	return obj >= 0;
}

/* Does head lemma w name a body, not the people in it ("the government",
** "the party", "the Home Office")? */
static int body_noun(const char *w)
{
	static const char *const n[] = {"government", "administration", "cabinet", "ministry",
		"party", "office", "department", "council", "treasury", "parliament", "authority",
		"commission", "executive", "house", "chamber", "assembly", "committee", "senate",
		"congress", "agency", "service", "regime", "presidency", "monarchy", "embassy", NULL};
	return pl_in_list(w, n);
}

/* Does chunk q name someone apart from any other chunk: a person by name,
** a title written in the phrase ("the mayor", "his chancellor", "fellow
** ministers") or a body by its own name ("UKIP", "UKIP MEPs")?  Not a
** pronoun, a generic body ("the government", "the party") nor a thing
** ("Tory promises"). */
static int named_apart(const pl_sentan *an, int q)
{
	const pl_np *np = &an->np[q];
	const pl_token *head = &an->tok[np->t1 - 1];
	if (np->pronoun)
		return 0;
	if (np->person || (!np->code && np->poss_code && np->how == PL_HOW_PEOPLE))
		return 1;   /* (a person, or one named as an owner: "Mr Blair's support") */
	if (np->how == PL_HOW_MEMORY || np->how == PL_HOW_CONTEXT)
		return 0;
	if (np->body)
		return head->s[0] >= 'A' && head->s[0] <= 'Z';   /* its name, not a thing of it */
	return (np->agent_only || np->how == PL_HOW_PRONOUN) && !body_noun(lem(head));
}

/* Do chunks x and y name one actor: one line of a dictionary of actors
** ("Mr Blair" and "the prime minister" resolved to him)?  A line of role
** nouns (agents.tsv, bodies.tsv) lists many actors, and so does one of
** company forms or marks. */
static int same_entry(const pl_np *x, const pl_np *y)
{
	if (!x->file || !y->file || x->line != y->line || strcmp(x->file, y->file))
		return 0;
	return !strstr(x->file, "agents.tsv") && !strstr(x->file, "bodies.tsv") &&
	       !strstr(x->file, "company_forms.tsv") && !strstr(x->file, "company_marks.tsv");
}

/* Are chunks a and b two actors, each named apart (no pronoun, unless
** resolved to another person than the other names: one that stands for
** another of the same code is as likely the wrong one), at least
** one a person (or both businesses named in the phrase), not one
** dictionary entry twice, of a code with a role ("GBRGOV"; not a country
** alone, nor a bare "BUS")?  The prime minister
** urging the mayor, praising his chancellor or quitting UKIP is one of the
** state or party acting on another. */
static int two_people(const pl_sentan *an, int a, int b, const char *code)
{
	const pl_np *x, *y;
	if (a < 0 || b < 0 || a == b || strlen(code) <= 3)
		return 0;
	x = &an->np[a];
	y = &an->np[b];
	/* two businesses, each named in its own words ("Acme Inc sued Beta
	** Corp", "sued a trader"): a country has many */
	if (strlen(code) == 6 && !strcmp(code + 3, "BUS") && !x->pronoun && !y->pronoun &&
	    x->how == PL_HOW_PHRASE && y->how == PL_HOW_PHRASE)
		return !same_entry(x, y);
	/* a "he" the memory resolved to one person of the people dictionary,
	** the other named as another: "Milburn ... he praised Mr Brown" */
	if (x->person && y->person && x->pronoun != y->pronoun && x->file && y->file &&
	    strstr(x->file, "people.tsv") && strstr(y->file, "people.tsv"))
		return !same_entry(x, y);
	if (!(x->person || y->person || x->poss_code || y->poss_code) || !named_apart(an, a) ||
	    !named_apart(an, b))
		return 0;
	return !same_entry(x, y);
}

/* Are chunks a and b two firms of the bare business code ("BUS", "USABUS"):
** b a name of its own (a capitalised head), a another name or a pronoun
** for the firm the story is about?  "Acme Corp said it
** reached an agreement with Borden Inc" is one firm dealing with another;
** the business code says only what kind each is. */
static int two_firms(const pl_sentan *an, int a, int b, const char *code)
{
	size_t n = strlen(code);
	const pl_token *hb;
	if (a < 0 || b < 0 || a == b || n < 3 || n > 6 || strcmp(code + n - 3, "BUS"))
		return 0;
	if (an->np[b].pronoun)
		return 0;
	hb = &an->tok[an->np[b].t1 - 1];
	if (!(hb->flags & PL_TOK_CAP) || (hb->tag != PL_T_NNP && hb->tag != PL_T_NNPS))
		return 0;
	return an->np[a].pronoun || !pl_eq(an->tok[an->np[a].t1 - 1].low, hb->low);
}

/* Does the compound of chunk q, of two coded members or more, follow
** "between"? */
static int between_first(const pl_sentan *an, int q)
{
	int first = q;
	while (first > 0 && an->np[first - 1].group == an->np[q].group)
		first--;
	return an->np[first].t0 > an->t0 && pl_eq(an->tok[an->np[first].t0 - 1].low, "between") &&
	       compound_np(an, first);
}

/* Is event e's code one of dealing with another (roots 03 to 08: intents,
** meetings, cooperation, aid, yielding), not a judgement of a deal? */
static int deal_code(const pl_event *e)
{
	const char *c = e->cameo ? e->cameo->code : NULL;
	return c && c[0] == '0' && c[1] >= '3' && c[1] <= '8';
}

/* "Britain signed the accord during talks between the British and French
** ministers": of a pair named after "between", the member of the
** source's own country is its side, not the one it deals with, when
** another member is of another country (in a deal, not a judgement of one:
** "the deal between Iran and the United States is flawed, Trump said"
** judges both).  Is target member ti such? */
static int own_side_of_pair(const pl_sentan *an, const char *src, const int *tgts,
                            const char *const *tcode, int nt, int ti)
{
	const char *c;
	int o;
	if (!src || strlen(src) < 3)
		return 0;
	c = tcode[ti] ? tcode[ti] : tgts[ti] >= 0 ? an->np[tgts[ti]].code : NULL;
	if (!c || strncmp(src, c, 3))
		return 0;
	for (o = 0; o < nt; o++) {
		c = tcode[o] ? tcode[o] : tgts[o] >= 0 ? an->np[tgts[o]].code : NULL;
		if (c && strlen(c) >= 3 && strncmp(src, c, 3))
			return 1;
	}
	return 0;
}

/* Appends one copy of e per (source member, target member) of the compound
** actors of chunks src and tgt (-1: none), skipping self-directed pairs.  A
** quotation's speaker, when given, is the source.  poss: 1, a possessor's
** code may serve as the source ("Israel's attack"); 2, as the target
** ("ridiculed Sharif's call" targets Sharif); 4, the source's members that
** are things do not act ("the Kenyan tea crop and growers are looking
** forward": the growers). */
static int push_pairs(const pl_store *s, const pl_sentan *an, int src, int tgt, int poss,
                      const pl_quote *speaker, pl_event *e, pl_arena *a, pl_event **ev, size_t *nev, size_t *cap)
{
	int srcs[16], tgts[16], ns = 0, nt = 0, m, si, ti;
	const char *scode[16], *tcode[16];
	for (m = 0; m < an->nnp; m++) {
		const pl_np *np = &an->np[m];
		if (src >= 0 && np->group == an->np[src].group && (np->code || ((poss & 1) && np->poss_code)) &&
		    !((poss & 4) && m != src && thing_chunk(s, an, m)))
			ns = add_member(an, m, src, srcs, scode, ns, a);
		if (tgt >= 0 && np->group == an->np[tgt].group && (np->code || ((poss & 2) && np->poss_code)))
			nt = add_member(an, m, tgt, tgts, tcode, nt, a);
		if (ns < 0 || nt < 0)
			return -1;
	}
	if (!ns) {
		srcs[ns] = -1;
		scode[ns++] = NULL;
	}
	if (!nt) {
		tgts[nt] = -1;
		tcode[nt++] = NULL;
	}
	for (si = 0; si < ns; si++) {
		for (ti = 0; ti < nt; ti++) {
			set_ref(&e->src, an, srcs[si] < 0 ? NULL : &an->np[srcs[si]], 1);
			if (scode[si])
				e->src.code = scode[si];
			if (speaker) {
				e->src.code = speaker->code;
				/* a quotation's "we" stands for its speaker */
				e->src.how = speaker->code ? PL_HOW_PRONOUN : PL_HOW_NONE;
				e->src.t0 = speaker->sp0;
				e->src.t1 = speaker->sp1;
				e->src.file = NULL;
				e->src.named = speaker->code == NULL;
			}
			set_ref(&e->tgt, an, tgts[ti] < 0 ? NULL : &an->np[tgts[ti]], 0);
			if (tcode[ti])
				e->tgt.code = tcode[ti];
			civil_target(e, tgts[ti] < 0 ? NULL : &an->np[tgts[ti]], a);
			if (tgt >= 0 && deal_code(e) && between_first(an, tgt) &&
			    own_side_of_pair(an, e->src.code, tgts, tcode, nt, ti))
				continue;
			/* no actor acts on itself: with no other target, the event
			** stands without one ("the judge launched a probe ... courts");
			** but two people named apart are two, though of one code
			** ("Blair urged Mayor Ken Livingstone to apologise") */
			if (e->src.code && e->tgt.code && pl_eq(e->src.code, e->tgt.code) &&
			    !two_people(an, srcs[si], tgts[ti], e->src.code) &&
			    !two_firms(an, srcs[si], tgts[ti], e->src.code)) {
				if (nt > 1)
					continue;
				memset(&e->tgt, 0, sizeof e->tgt);
			}
			if (push(a, ev, nev, cap, e) < 0)
				return -1;
		}
	}
	return 0;
}

/* A backward line of root 11 whose words are a figure of force ("came
** under fire from $", "under attack from $"): is the source armed (an
** army, rebels, insurgents, gunmen, police), or the target armed and the
** source of no known kind?  Then the fire is real: "troops came under fire
** from insurgents" is force (190), "the minister came under fire from MPs"
** and "police came under fire from campaigners" criticism. */
static int armed_code(const char *c)
{
	static const char *const armed[] = {"MIL", "REB", "INS", "UAF", "SEP", "COP", NULL};
	int r;
	for (r = 0; c && armed[r]; r++)
		if (strstr(c, armed[r]))
			return 1;
	return 0;
}

static int fire_from_arms(const pl_sentan *an, const pl_verbpat *p, int src, int tgt)
{
	if (strncmp(p->code, "11", 2) || !(pattern_has(p, "fire") || pattern_has(p, "attack")))
		return 0;
	if (src >= 0 && armed_code(an->np[src].code))
		return 1;
	return tgt >= 0 && armed_code(an->np[tgt].code) && (src < 0 || !an->np[src].code);
}

/* "Brown gave his budget.  Howard said he had failed": the "he" a
** judgement in the speaker's words means is the person named before, not
** the speaker (pl_np.other_code); the event's target, when it has none
** and that person is not its source. */
static void judged_other(pl_event *e, const pl_np *np)
{
	if (e->tgt.code || (e->src.code && pl_eq(e->src.code, np->other_code)))
		return;
	e->tgt.code = np->other_code;
	e->tgt.file = np->other_file;
	e->tgt.line = np->other_line;
	e->tgt.how = PL_HOW_PRONOUN;
	e->tgt.t0 = np->t0;
	e->tgt.t1 = np->t1;
	e->tgt.named = 0;
}

/* "U.S.-Japanese talks", "the U.S.-Soviet meeting": the chunk that ends
** right before a hyphen or slash opening chunk q, when both name actors of
** two countries; or -1.  The pair's first is one side, the second the
** other, as in "talks between the U.S. and Japan". */
static int hyphen_partner(const pl_sentan *an, int q)
{
	const pl_np *b = &an->np[q], *a;
	const char *ca, *cb;
	if (q == 0 || b->t0 < an->t0 + 2)
		return -1;
	a = &an->np[q - 1];
	if (a->t1 + 1 != b->t0 || !(pl_eq(an->tok[a->t1].low, "-") || pl_eq(an->tok[a->t1].low, "/")))
		return -1;
	ca = a->agent_only ? NULL : a->code;
	cb = b->agent_only ? NULL : b->code;
	if (!ca || !cb || strlen(ca) < 3 || strlen(cb) < 3 || !strncmp(ca, cb, 3))
		return -1;
	return q - 1;
}

/* One event between the members of one compound actor: "talks between the
** government and the rebels" (between = 1: the first member with each
** other one), "Iran and the United States held talks" (between = 0: each
** member with each other one, both ways).  Returns 1 when it pushed events,
** 0 when the compound has fewer than two coded members, -1 when out of
** memory. */
static int push_mutual(const pl_sentan *an, int q, int between, pl_event *e, pl_arena *a,
                       pl_event **ev, size_t *nev, size_t *cap)
{
	int mem[8], n = 0, m, i, j, pushed = 0;
	const char *code[8];
	for (m = 0; m < an->nnp && n < 8; m++) {
		const char *c = an->np[m].code;
		if (an->np[m].group != an->np[q].group || !c)
			continue;
		if (strchr(c, '/')) {
			/* a pair named back ("both sides": IND/PAK), one per part */
			if (between || strchr(strchr(c, '/') + 1, '/'))
				continue;
			mem[n] = m;
			code[n] = pl_arena_strndup(a, c, strcspn(c, "/"));
			if (!code[n++])
				return -1;
			if (n < 8) {
				mem[n] = m;
				code[n++] = strchr(c, '/') + 1;
			}
			continue;
		}
		mem[n] = m;
		code[n++] = NULL;
	}
	if (n < 2)
		return 0;
	for (i = 0; i < (between ? 1 : n); i++)
		for (j = 0; j < n; j++) {
			if (i == j)
				continue;
			set_ref(&e->src, an, &an->np[mem[i]], 1);
			set_ref(&e->tgt, an, &an->np[mem[j]], 0);
			if (code[i])
				e->src.code = code[i];
			if (code[j])
				e->tgt.code = code[j];
			if (e->src.code && e->tgt.code && pl_eq(e->src.code, e->tgt.code))
				continue;
			if (push(a, ev, nev, cap, e) < 0)
				return -1;
			pushed = 1;
		}
	return pushed;
}

/* The first chunk of such a compound in tokens [lo, hi), or -1. */
static int between_in(const pl_sentan *an, uint32_t lo, uint32_t hi)
{
	uint32_t j;
	for (j = lo; j + 1 < hi && j + 1 < an->t1; j++) {
		int q;
		if (strcmp(an->tok[j].low, "between"))
			continue;
		q = an->np_of[j + 1 - an->t0];
		if (q >= 0 && between_first(an, q))
			return q;
	}
	return -1;
}

/* Events named by nouns: "Israel's attack on Gaza", "an Israeli strike",
** "the arrest of five activists by police", "talks with Iran".  The head
** noun of a chunk is looked up in dict/nouns.tsv; the source is the chunk's
** own actor (a possessor or a country adjective) or a following "by X"; the
** target comes from the pattern's `+`.  Nouns a verb pattern already used
** ("launched an attack") and events a verb already coded are left out. */
/* Is chunk o an amount ("$50 million", "300 tonnes", "thousands") whose
** "in" or "of" phrase is chunk q, "pledged $50 million in aid to", or the
** start of an act whose "of" phrase names it, "announced the resumption
** of talks" (a head of kind "aspect" in dict/light.tsv; not "the end of",
** which undoes the act)? */
static int amount_of(const pl_store *s, const pl_sentan *an, int o, int q)
{
	const pl_np *a = &an->np[o];
	const char *kind;
	uint32_t j, t = a->t1;
	if (t + 1 >= an->t1 || an->np_of[t + 1 - an->t0] != q)
		return 0;
	kind = pl_hash_get(&s->light_words, lem(&an->tok[t - 1]), strlen(lem(&an->tok[t - 1])));
	if (kind && !strcmp(kind, "aspect"))
		return pl_eq(an->tok[t].low, "of");
	for (j = a->t0; j < a->t1; j++)
		if (an->tok[j].tag == PL_T_CD)
			break;
	return j < a->t1 && (pl_eq(an->tok[t].low, "in") || pl_eq(an->tok[t].low, "of"));
}

/* Is lemma v a light verb of dict/light.tsv? */
static int light_verb(const pl_store *s, const char *v)
{
	return pl_hash_get(&s->light, v, strlen(v)) != NULL;
}

/* The verb group whose subject says it is ready for the act chunk q
** names, or -1: "was ready for talks with India", "is open to talks",
** "were fully committed to the ceasefire", "keen on talks" (a word of kind
** "ready" in dict/light.tsv, then "for", "to" or "on", right before the
** chunk).  The act is then only intended: CAMEO's intent (03x). */
static int ready_of(const pl_store *s, const pl_sentan *an, int q)
{
	const pl_token *tok = an->tok;
	uint32_t t0 = an->np[q].t0, j;
	const char *kind;
	int k;
	if (t0 < an->t0 + 3 || !(pl_eq(tok[t0 - 1].low, "for") || pl_eq(tok[t0 - 1].low, "to") ||
	                         pl_eq(tok[t0 - 1].low, "on")))
		return -1;
	j = t0 - 2;
	kind = pl_hash_get(&s->light_words, tok[j].low, strlen(tok[j].low));
	if (!kind || strcmp(kind, "ready") != 0)
		return -1;
	for (k = 0; k < an->nvg; k++) {
		const pl_vg *g = &an->vg[k];
		uint32_t b = g->t1;
		if (g->subj < 0 || g->t0 > j || b > t0 - 1)
			continue;
		/* "was ready", "was fully ready", "were committed": the group
		** ends at the word or just before it, over adverbs */
		if (b == t0 - 1 && g->v == j)
			return k;
		while (b < j && tok[b].tag == PL_T_RB)
			b++;
		if (b == j && pl_eq(lem(&tok[g->v]), "be"))
			return k;
	}
	return -1;
}

/* The verb group of a light verb whose direct object is chunk q, or -1. */
static int light_object(const pl_store *s, const pl_sentan *an, int q)
{
	int k, o;
	for (k = 0; k < an->nvg; k++) {
		const pl_vg *g = &an->vg[k];
		uint32_t j = g->t1;
		if (g->passive || g->subj < 0)
			continue;
		while (j < an->t1 && (an->tok[j].tag == PL_T_RB || an->tok[j].tag == PL_T_RP ||
		                      an->tok[j].tag == PL_T_PPD))
			j++;
		if (j >= an->t1 || (o = an->np_of[j - an->t0]) < 0 || (o != q && !amount_of(s, an, o, q)))
			continue;
		if (light_verb(s, lem(&an->tok[g->v])))
			return k;
	}
	return -1;
}

/* Is chunk q followed by "of" and a chunk no actor is coded in ("the
** withdrawal of the nomination")?  A noun that matched none of its patterns
** may then be another sense than its dictionary fallback. */
static int of_thing(const pl_sentan *an, int q)
{
	uint32_t j = an->np[q].t1;
	int o;
	if (j + 1 >= an->t1 || !pl_eq(an->tok[j].low, "of"))
		return 0;
	o = an->np_of[j + 1 - an->t0];
	return o >= 0 && !an->np[o].code && !an->np[o].poss_code;
}

/* The doer named by "by" of a passive light verb whose subject is chunk q
** ("the release of the activists was announced by the ministry", "the
** lifting of the curfew was ordered by the king"), or src when none. */
static int passive_light_doer(const pl_store *s, const pl_sentan *an, int q, int src)
{
	int k;
	for (k = 0; k < an->nvg; k++) {
		const pl_vg *g = &an->vg[k];
		if (g->passive && g->finite && g->subj == q && g->by >= 0 && !g->negated &&
		    (an->np[g->by].code || an->np[g->by].poss_code) && light_verb(s, lem(&an->tok[g->v])))
			return g->by;
	}
	return src;
}

/* The verb group of a light verb of dict/light.tsv ("announced", "voiced",
** "made", "issued", "launched", "ordered") whose direct object is chunk q,
** or -1: "announced their support for X" is the support, "made an
** accusation" the accusation, said by the verb's subject; also an amount
** of it ("pledged $50 million in aid") and a second object joined by "and"
** ("announced a curfew and a ban on rallies": back over the first object's
** words, no verb, comma or clause between; not a clause's subject). */
static int light_verb_of(const pl_store *s, const pl_sentan *an, int q)
{
	int k = light_object(s, an, q), p;
	uint32_t j, t0 = an->np[q].t0;
	if (k >= 0 || t0 < an->t0 + 3 || !pl_eq(an->tok[t0 - 1].low, "and"))
		return k;
	/* "expressed interest and negotiations are not over": a clause's subject */
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].subj == q)
			return -1;
	for (j = t0 - 2; j > an->t0 && j + 10 > t0; j--) {
		int tag = an->tok[j].tag;
		if (PL_TAG_IS_VERB(tag) || tag == PL_T_PPC || tag == PL_T_CC || tag == PL_T_WDT)
			break;
		p = an->np_of[j - an->t0];
		if (p >= 0 && an->np[p].t0 == j && (k = light_object(s, an, p)) >= 0)
			return k;
	}
	return -1;
}

/* The verb group whose subject takes part in the meeting or negotiation
** that chunk q names, or -1: "has been in talks with", "is in
** negotiations with", "took part in the talks", "participated in the
** summit", "joined the negotiations", "had a meeting with".  (These verbs
** carry no event of their own; the noun's event is the subject's.  Only for
** meetings and talks, CAMEO 04: "had an apology" was given one.) */
static int participant_of(const pl_sentan *an, int q)
{
	static const char *const obj[] = {"have", "join", "attend", "enter", NULL};
	const pl_token *tok = an->tok;
	int k;
	for (k = 0; k < an->nvg; k++) {
		const pl_vg *g = &an->vg[k];
		const char *v = lem(&tok[g->v]);
		uint32_t j = g->t1;
		if (g->passive || g->subj < 0)
			continue;
		/* "asked an envoy to attend the talks", "flew in to attend the
		** summit": the one who attends is no subject the chunker
		** finds; "hopes to attend" hangs on its verb and has its subject */
		if (g->infinitive && !(k > 0 && an->vg[k - 1].t1 + 1 == g->t0))
			continue;
		while (j < an->t1 && tok[j].tag == PL_T_RB)
			j++;
		/* "took part in": the part is the verb's object */
		if (pl_eq(v, "take") && j < an->t1 && pl_eq(tok[j].low, "part"))
			j++;
		else if (!pl_eq(v, "be") && !pl_eq(v, "participate") && !pl_in_list(v, obj))
			continue;
		if (!pl_in_list(v, obj)) {
			if (j >= an->t1 || !pl_eq(tok[j].low, "in"))
				continue;
			j++;
		}
		if (j < an->t1 && an->np_of[j - an->t0] == q)
			return k;
	}
	return -1;
}

/* The chunk of the one who travels on the visit, trip or tour that chunk q
** names in an aside of the clause, or -1: "On a visit to India, the actor
** said", "During his tour of Africa, the chancellor predicted", "Lukman,
** during a brief visit to London, told Reuters".  The aside opens the
** sentence before the subject, or sits between commas right after it, or
** ends a sentence of one clause; that clause's subject is the traveller.
** (Not "the cost of the visit", "plans for a trip": no aside.) */
static int traveller_of(const pl_sentan *an, int q)
{
	static const char *const travel[] = {"visit", "trip", "tour", "journey", NULL};
	static const char *const opener[] = {"on", "during", "after", "before", NULL};
	const pl_token *tok = an->tok;
	const pl_np *np = &an->np[q];
	uint32_t j = np->t0;
	int k, subj;
	if (!pl_in_list(lem(&tok[np->t1 - 1]), travel))
		return -1;
	/* (back over "the fourth day of" to the opening preposition) */
	while (j > an->t0 && !pl_in_list(tok[j - 1].low, opener) && j + 8 > np->t0 &&
	       tok[j - 1].tag != PL_T_VBD && tok[j - 1].tag != PL_T_VBZ && !pl_eq(tok[j - 1].low, ","))
		j--;
	if (j == an->t0 || !pl_in_list(tok[j - 1].low, opener))
		return -1;
	j--;   /* the preposition */
	for (k = 0; k < an->nvg; k++) {
		const pl_vg *g = &an->vg[k];
		if (g->t0 < np->t1 || !g->finite || g->passive || g->subj < 0)
			continue;
		subj = g->subj;
		/* fronted: "On a visit to India, the actor said" */
		if (j == an->t0 && an->np[subj].t0 >= np->t1)
			return subj;
		/* between commas after the subject: "Lukman, during a visit to
		** London, told" */
		if (j > an->t0 && pl_eq(tok[j - 1].low, ",") && an->np[subj].t1 + 1 == j)
			return subj;
		return -1;
	}
	/* after a one-clause sentence's object: "Mr Blair praised the French
	** president during a visit to Paris" (not after a verb of saying,
	** whose words may hold the visit: "said Chirac was welcome on a visit") */
	for (k = 0; k < an->nvg; k++) {
		const pl_vg *g = &an->vg[k];
		if (g->t1 > j)
			break;
		if (!g->finite)
			continue;
		if (g->passive || g->reporting || g->subj < 0 || (k + 1 < an->nvg && an->vg[k + 1].t1 <= j))
			return -1;
		/* (an aside: "during", or set off by a comma or "while", or
		** right after the verb, "is on a tour"; not a noun's "on":
		** "cases for inclusion on the Lions tour") */
		if (!pl_eq(tok[j].low, "during") && g->t1 != j && !pl_eq(tok[j - 1].low, ",") &&
		    !pl_eq(tok[j - 1].low, "while"))
			return -1;
		return g->subj;
	}
	return -1;
}

/* Applies to e how the words around it frame it (pl_noun_frame,
** pl_verb_frame): negated, not asserted, or -1 when it is only a time
** reference ("since the attacks") or a standing verbal move ("despite
** calls for") and no event at all. */
static int framed(pl_event *e, int frame)
{
	const char *c = e->cameo ? e->cameo->code : "";
	if (frame == PL_FRAME_TIME)
		return -1;
	/* "despite an EU demand", "amid criticism": a verbal move (roots
	** 01-13) already standing is no new event; a deed stays ("amid
	** fighting in the north") */
	if (frame == PL_FRAME_STANDING && (c[0] == '0' || (c[0] == '1' && c[1] <= '3')))
		return -1;
	if (frame == PL_FRAME_NEGATED)
		e->negated = 1;
	else if (frame == PL_FRAME_UNASSERTED && e->mood == PL_MOOD_ASSERTED)
		e->mood = PL_MOOD_HYPOTHETICAL;
	return 0;
}

/* "Khan ridiculed Sharif's call for a welcome", "the minister rejected
** the union's demand", "critics welcomed Russia's offer": a verbal move
** (a call, an offer, a demand: CAMEO roots 01-05 and 10-13) named as the
** object of a coded verb of judging (05 approve, 11 disapprove, 12
** reject) is the earlier move being judged, already news before; the
** judgement is the event.  A deed stays ("condemned the
** bombing of a school" still reports the bombing). */
static int judged_object(const pl_sentan *an, int q, const char *code, const pl_event *ev,
                         size_t first_ev, size_t nev)
{
	int k;
	size_t i;
	if (!((code[0] == '0' && code[1] >= '1' && code[1] <= '5') ||
	      (code[0] == '1' && code[1] >= '0' && code[1] <= '3')))
		return 0;
	for (k = 0; k < an->nvg; k++) {
		if (an->vg[k].t1 != an->np[q].t0)
			continue;
		for (i = first_ev; i < nev; i++)
			if (ev[i].v == an->vg[k].v && !ev[i].nominal &&
			    (!strncmp(ev[i].cameo->code, "11", 2) || !strncmp(ev[i].cameo->code, "12", 2) ||
			     !strncmp(ev[i].cameo->code, "05", 2)))
				return 1;
	}
	return 0;
}

/* Is chunk q, naming a verbal move (a statement, an appeal, an offer, a
** demand, a rejection: roots 01-05 and 10-13) of the actor in its own
** phrase, what the story's act answers: the object of a verb of answering
** ("USAir rejected TWA's request", "to satisfy the banks' objections",
** "resisting MITI's demands", "foiled Iran's promise"), or after "to" of a
** word of answering ("a counter-proposal to Argentina's request", "did
** respond to a TWA request") or "in line with", "in support of" ("cut
** production in line with MITI's request")?  The move was made before and
** is told as the thing answered; the answer is the story's act. */
static int answered_move(const pl_sentan *an, int q, const char *code)
{
	static const char *const answer[] = {"reject", "accept", "consider", "meet", "satisfy",
		"resist", "grant", "fulfil", "fulfill", "heed", "ignore", "study", "review", "foil",
		"answer", "oppose", "defy", "rebuff", "spurn", "refuse", "approve", "endorse", NULL};
	static const char *const answer_to[] = {"respond", "reply", "react", "response",
		"reaction", "answer", "counter-proposal", "counterproposal", "counter-offer",
		"counteroffer", "objection", "opposition", "resistance", NULL};
	static const char *const in_with[] = {"line", "keeping", "accordance", "compliance", NULL};
	const pl_token *tok = an->tok;
	uint32_t t0 = an->np[q].t0;
	int k;
	if (!((code[0] == '0' && code[1] >= '1' && code[1] <= '5') ||
	      (code[0] == '1' && code[1] >= '0' && code[1] <= '3')))
		return 0;
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].t1 == t0 && !an->vg[k].passive && pl_in_list(lem(&tok[an->vg[k].v]), answer))
			return 1;
	if (t0 < an->t0 + 2)
		return 0;
	if (pl_eq(tok[t0 - 1].low, "to") && pl_in_list(lem(&tok[t0 - 2]), answer_to))
		return 1;
	/* "in line with", "in support of" */
	return t0 >= an->t0 + 3 && pl_eq(tok[t0 - 3].low, "in") &&
	       ((pl_eq(tok[t0 - 1].low, "with") && pl_in_list(tok[t0 - 2].low, in_with)) ||
	        (pl_eq(tok[t0 - 1].low, "of") && pl_eq(tok[t0 - 2].low, "support")));
}

/* A hyphenated noun the dictionary lacks ("kidnap-murder", "co-operation",
** "counter-attack"): the patterns of the word written without its hyphens,
** else of its last part when that is a word of its own (four letters at
** least: not the "up" of "build-up" nor the "in" of "sit-in"). */
static const pl_verbpat *hyphen_noun(const pl_store *s, const char *head)
{
	char buf[64];
	size_t n, i, o = 0;
	const char *last = strrchr(head, '-');
	const pl_verbpat *p;
	/* (most heads have no hyphen: measured only when they have) */
	if (!last || (n = strlen(head)) >= sizeof buf)
		return NULL;
	for (i = 0; i < n; i++)
		if (head[i] != '-')
			buf[o++] = head[i];
	buf[o] = '\0';
	if ((p = pl_hash_get(&s->nouns, buf, o)))
		return p;
	last++;
	if (strlen(last) < 4)
		return NULL;
	return pl_hash_get(&s->nouns, last, strlen(last));
}

/* A deed named by a noun with an old date or as an earlier one ("the 1985
** kidnap-murder of an agent", "the 2012 killing of farmers", "the previous
** attack"): force, coercion, protest and sanctions (roots 14-20) that
** happened, told as background; coders code them as the events they are.
** Statements, agreements and other standing moves stay no new event. */
static int old_deed(const pl_store *s, const char *code)
{
	return !s->petrarch && ((code[0] == '1' && code[1] >= '4') || code[0] == '2');
}

/* Is chunk q the body one speaks to: "told a Commons inquiry", "gave
** evidence to the committee's inquiry", "testified before the inquiry",
** "a submission to the panel"?  An inquiry spoken to is the addressee of a
** statement, not an act of investigating told here; what the inquiry
** itself does ("the inquiry found", "launched an inquiry") is left alone. */
static int addressed_body(const pl_sentan *an, int q)
{
	static const char *const speak[] = { "tell", "brief", "address", "inform", NULL };
	static const char *const before[] = { "testify", "appear", "evidence", "submission",
	                                      "statement", "speak", "report", "write", NULL };
	const pl_token *tok = an->tok;
	uint32_t t0 = an->np[q].t0;
	int k;
	if (t0 <= an->t0)
		return 0;
	/* the object of a verb of telling right before the chunk */
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].t1 == t0 && !an->vg[k].passive && pl_in_list(lem(&tok[an->vg[k].v]), speak))
			return 1;
	/* "to" or "before" after a word of testimony */
	if (t0 >= an->t0 + 2 && (pl_eq(tok[t0 - 1].low, "to") || pl_eq(tok[t0 - 1].low, "before")) &&
	    pl_in_list(lem(&tok[t0 - 2]), before))
		return 1;
	return 0;
}

/* Does the actor in chunk q's own phrase name some other side than the
** doer of the event its head noun names (dict/noun_sides.tsv)?  For a noun
** of side "either" (loans, sales, sanctions) a country alone, with no
** role ("Brazilian loans", "South African sanctions", "Brazil's loans"),
** is the doer only when the noun's pattern named the other side as a
** target ("U.S. arms sales to Iran"); a body keeps its loans ("a
** World Bank loan", "U.S. banks' loans").  For a noun of side "market"
** ("demand") in the singular with no determiner, the country or trade
** before it names the buyers of a market ("U.S. oil demand rose"), not one
** who demands ("an EU demand", "U.S. demands for growth"). */
static int modifier_not_doer(const pl_store *s, const pl_sentan *an, int q, int target)
{
	static const char *const det[] = {"a", "an", "the", "this", "that", "its", "their", "his",
	                                  "her", "our", NULL};
	/* (bare roles a state's force would pass for a country) */
	static const char *const role[] = {"GOV", "MIL", "COP", "SPY", "IGO", "MNC", NULL};
	const pl_np *np = &an->np[q];
	const pl_token *head = &an->tok[np->t1 - 1];
	const char *side, *w = lem(head), *c = np->code ? np->code : np->poss_code;
	if (!s->noun_sides.n || !c || !(side = pl_hash_get(&s->noun_sides, w, strlen(w))))
		return 0;
	if (pl_eq(side, "either"))
		return target < 0 && strlen(c) == 3 && state_force(c) && !pl_in_list(c, role);
	return np->code && head->tag == PL_T_NN && !pl_in_list(an->tok[np->t0].low, det);
}

/* May the owner of chunk q be the target of an event whose source is
** chunk src?  When the source is a coded actor other than the owner
** ("Labour defended Labour's record" is no event between two; an unknown
** subject, "feuding could jeopardise Labour's hopes", names no side). */
static int other_side(const pl_sentan *an, int src, int q)
{
	return src >= 0 && an->np[src].code && an->np[src].group != an->np[q].group &&
	       strcmp(an->np[q].poss_code, an->np[src].code) != 0;
}

/* Is chunk q the idea, text or demand an act of judging or yielding is
** aimed at, named after the preposition that follows the verb (adverbs
** between): "protested over Canada's decision", "objected strongly to
** the ministry's plan", "agreed to the union's demands", "complaints
** about Japan's policy"?  The acts: comments of concern, confidence or
** sympathy (012, 013, 018), praise and support (05), yielding (08),
** demands, disapproval, rejection (10-12) and protest (14); the
** thing: an idea, a text, a record or a demand (dict/objects.tsv
** abstract, document, amount, request).  end: where the verb group (or
** the event noun) ends; src: the event's source chunk, or -1. */
static int judged_phrase(const pl_store *s, const pl_sentan *an, uint32_t end, int q, int src,
                         const char *code)
{
	static const char *const prep[] = {"to", "with", "over", "about", "at", "against", "on", "in", NULL};
	const char *cls;
	uint32_t j, t0 = an->np[q].t0;
	if (!((code[0] == '0' && (code[1] == '5' || code[1] == '8')) ||
	      (code[0] == '1' && ((code[1] >= '0' && code[1] <= '2') || code[1] == '4')) ||
	      !strcmp(code, "012") || !strcmp(code, "013") || !strcmp(code, "018")))
		return 0;
	if (t0 <= end || !pl_in_list(an->tok[t0 - 1].low, prep))
		return 0;
	/* ("voted against his own party's plan": the doer's own side) */
	if (an->tok[t0].tag == PL_T_PRPS && t0 + 1 < an->np[q].t1 && pl_eq(an->tok[t0 + 1].low, "own"))
		return 0;
	/* ("Deutsche Boerse ... expressed concern at the German stock market
	** operator's plans": an owner named only as the kind of body the
	** source is, here the source itself) */
	if (src >= 0 && an->np[src].code && an->np[q].poss_code &&
	    !strncmp(an->np[src].code, an->np[q].poss_code, strlen(an->np[q].poss_code)))
		return 0;
	/* (a role word before a bare noun names a kind of thing, not whose
	** it is: "the fight against child poverty"; "the government
	** decision" is the government's) */
	if (an->np[q].owner_mod && an->tok[t0].tag != PL_T_DT)
		return 0;
	for (j = end; j + 1 < t0; j++)
		if (an->tok[j].tag != PL_T_RB)
			return 0;
	cls = pl_tok_get_lem(&s->objclass, &an->tok[an->np[q].t1 - 1]);
	return cls && (pl_eq(cls, "abstract") || pl_eq(cls, "document") || pl_eq(cls, "amount") ||
	               pl_eq(cls, "request"));
}

/* Where the verb group g and the words of its pattern before token t end
** ("expressed confidence | in Argentina's policies"; the preposition
** right before t may be the pattern's own, "agreed to | the union's
** demands"): the place a judged_phrase is looked for after. */
static uint32_t pattern_end(const pl_vg *g, const uint32_t *used, int nused, uint32_t t)
{
	uint32_t e = g->t1;
	int u;
	for (u = 0; u < nused; u++)
		if (used[u] >= e && used[u] + 1 < t)
			e = used[u] + 1;
	return e;
}

static int code_nouns(const pl_store *s, const pl_sentan *an, const pl_docctx *ctx, uint32_t sent,
                      const uint32_t *used, int nused, size_t first_ev,
                      pl_arena *a, pl_event **ev, size_t *nev, size_t *cap)
{
	const pl_token *tok = an->tok;
	int q, nnused = 0;
	uint32_t nused_t[32];     /* words of the nouns' own patterns */
	if (!s->nouns.n)
		return 0;
	for (q = 0; q < an->nnp; q++) {
		const pl_np *np = &an->np[q];
		uint32_t h = np->t1 - 1, j;
		const pl_verbpat *p;
		pl_vg fake;
		region r;
		int target = -1, nsource = -1, usedneg = 0, nu = 0, u, src = -1, tgt, lk, part = -1, old, ready;
		uint32_t pused[16];
		pl_event e;
		const char *code;
		if (tok[h].tag != PL_T_NN && tok[h].tag != PL_T_NNS)
			continue;
		p = pl_tok_get_lem(&s->nouns, &tok[h]);
		if (!p && !s->petrarch)
			p = hyphen_noun(s, tok[h].lemma ? tok[h].lemma : tok[h].low);
		if (!p)
			continue;
		for (u = 0; u < nused; u++)
			if (used[u] >= np->t0 && used[u] < np->t1)
				break;
		if (u < nused)
			continue;          /* part of a verb's pattern */
		for (u = 0; u < nnused; u++)
			if (nused_t[u] >= np->t0 && nused_t[u] < np->t1)
				break;
		if (u < nnused)
			continue;          /* "the lifting of the curfew": not a curfew */
		if (alleged(an, np->t0) && !inquired_force(an, np->t0, p->code))
			continue;          /* "charged with murder": a charge, not an event */
		/* "The airstrike killed 12": the subject of a coded verb is its
		** means, already in the verb's event */
		{
			size_t i;
			int k2, subj_of_coded = 0;
			/* (a passive's subject is what it is done to: "the prosecutor's
			** charges against him were dismissed" names the charges too) */
			for (k2 = 0; k2 < an->nvg && !subj_of_coded; k2++)
				if ((an->vg[k2].subj == q && !(an->vg[k2].passive && !s->petrarch) &&
				     !an->vg[k2].subj_poss) || an->vg[k2].by == q)
					for (i = first_ev; i < *nev; i++)
						if ((*ev)[i].v == an->vg[k2].v)
							subj_of_coded = 1;
			if (subj_of_coded)
				continue;
		}
		memset(&fake, 0, sizeof fake);
		fake.v = h;
		fake.t1 = np->t1;
		fake.subj = fake.by = -1;
		r.n = 0;
		region_add(&r, tok, np->t1, np->t1 + 12 < an->t1 ? np->t1 + 12 : an->t1);
		for (; p; p = p->next) {
			if (p->pre) {
				/* "air strike": the words before the head, in the chunk */
				size_t pl = strlen(p->pre);
				const char *w;
				if (h == np->t0)
					continue;
				w = lem(&tok[h - 1]);
				if (strlen(w) > pl || strcmp(p->pre + pl - strlen(w), w) != 0)
					continue;
			}
			/* "@": a noun too vague alone ("a ban", "a deal") names the act
			** of a light verb's subject ("announced a ban on rallies") */
			if (p->nelem == 1 && !strcmp(p->elem[0], "@")) {
				if (s->petrarch || light_verb_of(s, an, q) < 0)
					continue;
				target = -1;
				nu = 0;
				break;
			}
			if (match_pattern(s, p, an, &fake, &r, s->petrarch ? 0 : 2, &target, &nsource, &usedneg, pused, &nu))
				break;
		}
		if (!p)
			continue;
		/* "a bomb exploded": a pattern word that is the verb of a clause
		** counts only with the noun as that clause's subject ("the bomb
		** was found before it could explode" is no bombing) */
		if (nu > 0 && p->nelem > 0 && strcmp(p->elem[0], "to") && PL_TAG_IS_VERB(tok[pused[0]].tag)) {
			int k2;
			for (k2 = 0; k2 < an->nvg; k2++)
				if (pused[0] >= an->vg[k2].t0 && pused[0] < an->vg[k2].t1)
					break;
			if (k2 == an->nvg || !an->vg[k2].finite || an->vg[k2].subj != q || an->vg[k2].negated ||
			    an->vg[k2].future || an->tok[an->vg[k2].t0].tag == PL_T_MD)
				continue;
		}
		if (target >= 0 && !s->petrarch && (other_verb_between(an, q, np->t1, an->np[target].t0) ||
		    reporter_after(an, np->t1, -1, target)))
			target = -1;
		for (u = 0; u < nu && nnused < 32; u++)
			nused_t[nnused++] = pused[u];
		/* source: the chunk's own actor, or "by X" after the noun or its
		** pattern */
		/* (not an owner a role word before the noun names: "a
		** government pledge" told of is no pledge made here) */
		if ((np->code && !np->agent_only) || (np->poss_code && !np->owner_mod))
			src = q;
		/* "Brazilian loans", "U.S. oil demand": not the doer */
		if (src == q && !s->petrarch && modifier_not_doer(s, an, q, target))
			src = -1;
		/* "by X" right after the noun, or right after its target:
		** "the arrest of five activists by police" */
		{
			uint32_t at[3];
			int na = 0, z;
			at[na++] = np->t1;
			/* after the chunk of its last pattern word: "the lifting of
			** the curfew by the army" */
			if (nu > 0 && an->np_of[pused[nu - 1] - an->t0] >= 0)
				at[na++] = an->np[an->np_of[pused[nu - 1] - an->t0]].t1;
			if (target >= 0) {
				uint32_t e2 = an->np[target].t1;
				int m;
				for (m = target + 1; m < an->nnp && an->np[m].group == an->np[target].group; m++)
					e2 = an->np[m].t1;
				at[na++] = e2;
			}
			for (z = 0; z < na; z++) {
				j = at[z];
				if (j + 1 < an->t1 && pl_eq(tok[j].low, "by") && an->np_of[j + 1 - an->t0] >= 0 &&
				    an->np[an->np_of[j + 1 - an->t0]].code) {
					src = an->np_of[j + 1 - an->t0];
					break;
				}
			}
		}
		/* "the lifting of the curfew was ordered by the king": the "by"
		** of a light verb in the passive whose subject is the noun */
		/* (not when a possessive names its own doer: "his withdrawal was
		** announced by the White House") */
		if (src < 0 && !s->petrarch && !(nu == 0 && of_thing(an, q)) && tok[np->t0].tag != PL_T_PRPS)
			src = passive_light_doer(s, an, q, src);
		/* "Labour announced its support for X": the light verb's subject */
		lk = s->petrarch ? -1 : light_verb_of(s, an, q);
		/* "Blair has been in talks with Chirac": the one in the talks */
		if (lk < 0 && !s->petrarch && !strncmp(p->code, "04", 2))
			lk = part = participant_of(an, q);
		/* "Pakistan is ready for talks": the one ready, an intent */
		ready = 0;
		if (lk < 0 && !s->petrarch && (lk = ready_of(s, an, q)) >= 0)
			ready = 1;
		if (lk >= 0 && src < 0 && (an->np[an->vg[lk].subj].code || an->np[an->vg[lk].subj].poss_code))
			src = an->vg[lk].subj;
		/* "On a visit to India, the president said": the one who travels */
		if (src < 0 && !s->petrarch && !strncmp(p->code, "04", 2)) {
			int tv = traveller_of(an, q);
			if (tv >= 0 && (an->np[tv].code || an->np[tv].poss_code))
				src = tv;
		}
		tgt = target >= 0 && src < 0 && !owner_target(an, target, p->code) ? -1 : target;
		/* "U.S.-Japanese talks": the first of the pair with the second,
		** for talks, deals and dealings (roots 03 to 08) */
		if (!s->petrarch && src == q && tgt < 0 && p->code[0] == '0' && p->code[1] >= '3' &&
		    p->code[1] <= '8' && (tgt = hyphen_partner(an, q)) >= 0) {
			src = tgt;
			tgt = q;
		}
		/* "its complaints about Japan's farm policy": the owner of the
		** thing the noun's act judges, named right after it */
		if (!s->petrarch && tgt < 0 && src >= 0 && np->t1 + 1 < an->t1) {
			int own = an->np_of[np->t1 + 1 - an->t0];
			if (own >= 0 && an->np[own].poss_code && judged_phrase(s, an, np->t1, own, src, p->code) &&
			    other_side(an, src, own))
				tgt = own;
		}
		if (src >= 0 && tgt >= 0 && an->np[src].group == an->np[tgt].group)
			tgt = -1;
		if (!s->petrarch && (press_event(an, src, &tgt, p->code) || kin_statement(an, src, p->code)))
			continue;
		if (src < 0 && tgt < 0 && !(p->code[0] == '2' || (p->code[0] == '1' && p->code[1] >= '4')))
			continue;
		/* "an attack", "a shooting", "clashes" with no attacker named: no
		** military force between actors (CAMEO 19) can be coded */
		if (src < 0 && tgt < 0 && !strncmp(p->code, "19", 2))
			continue;
		/* "in an unannounced visit to Afghanistan", "talks in Geneva": a
		** meeting or visit with no one named to hold or make it is no
		** consultation between actors ("talks between Egypt and Qatar"
		** name both sides as the target, split later) */
		if (!s->petrarch && src < 0 && !strncmp(p->code, "04", 2) && !between_sides(an, np->t1, tgt))
			continue;
		code = p->code;
		/* "told a Commons inquiry that ...": the body spoken to */
		if (!s->petrarch && !strncmp(code, "09", 2) && addressed_body(an, q))
			continue;
		/* "in reply to Reuters inquiries", "a Reuters survey found": the
		** press asking its questions is its reporting, no actor looking
		** into another (09x) */
		if (!s->petrarch && !strncmp(code, "09", 2) && src >= 0 && pl_press_code(np_code(an, src)))
			continue;
		/* "the party's hostility to Europe": hostility in the singular is
		** a mind set against something; "hostilities" are fighting (190) */
		if (!s->petrarch && pl_eq(an->tok[np->t1 - 1].low, "hostility"))
			continue;
		/* "the 2015 nuclear agreement is flawed": no new event; "the 1985
		** kidnap-murder of an agent": a deed of the past, kept as
		** background (old_deed) */
		old = 0;
		if (pl_existing_mention(s, an, ctx, q, code) && !(old = old_deed(s, code)))
			continue;
		/* "the release of the report", "an attack on the budget plan" */
		{
			int keep_target = 1;
			code = pl_noun_sense(s, an, q, code, &keep_target);
			if (!code)
				continue;
			if (!keep_target)
				tgt = -1;
			code = pl_force_sense(s, an, code, src >= 0 ? np_code(an, src) : NULL,
			                      tgt >= 0 ? np_code(an, tgt) : NULL, 0, np->t1 - 1,
			                      private_person(an, src));
			if (!code)
				continue;
		}
		if (ready && !(code = intent_code(code)))
			continue;
		if (!s->petrarch && !strncmp(code, "175", 3) &&
		    no_repression(s, an, np->t0, np->t1, an->t1, src >= 0 ? np_code(an, src) : NULL))
			continue;
		/* "ridiculed Sharif's call": the move judged, not a new one */
		if (!s->petrarch && judged_object(an, q, code, *ev, first_ev, *nev))
			continue;
		/* "USAir rejected TWA's request": the move answered */
		if (!s->petrarch && src == q && answered_move(an, q, code))
			continue;
		/* "ADB loans would be routed through the central bank", "the ADB
		** loan covered a third of the cost": aid or a loan the clause uses or
		** describes is a thing, no act of giving */
		if (!s->petrarch && code[0] == '0' && code[1] == '7' && pl_noun_in_use(an, h))
			continue;
		/* "banks are making new loans", "the bank's total help today":
		** aid is what states and their bodies give */
		code = pl_aid_giver(s, an, code, src >= 0 ? np_code(an, src) : NULL, src,
		                    tgt >= 0 ? np_code(an, tgt) : NULL, tgt, lem(&an->tok[np->t1 - 1]),
		                    an->tok[np->t1 - 1].tag == PL_T_NNS &&
		                    ((src == q && np->poss_code) || tok[np->t0].tag == PL_T_PRPS));
		if (!*code)
			continue;
		if ((code_is(code, "190") || code_is(code, "193")) &&
		    !(src >= 0 ? state_force(an->np[src].code ? an->np[src].code : an->np[src].poss_code)
		               : military_in(an, -1)))
			code = "180";
		if (!s->petrarch && (code_is(code, "190") || code_is(code, "193")) &&
		    police_on_unarmed(an, src, tgt))
			code = "180";
		/* "the bomb went off", "a suicide attack by gunmen": the kind of
		** bombing the chunk or its source names */
		if (!s->petrarch && (code_is(code, "180") || code_is(code, "183"))) {
			const char *b = bombing_kind(an, np->t0, np->t1);
			if (!b && src >= 0)
				b = bombing_kind(an, an->np[src].t0, an->np[src].t1);
			if (b)
				code = b;
		}
		memset(&e, 0, sizeof e);
		e.cameo = pl_store_cameo(s, code);
		if (!e.cameo)
			continue;
		/* the same event already coded from a verb */
		{
			size_t i;
			int dup = 0;
			for (i = first_ev; i < *nev; i++)
				if ((*ev)[i].sent == sent && !strncmp((*ev)[i].cameo->code, code, 2) &&
				    !((*ev)[i].nominal && (*ev)[i].background && old_deed(s, (*ev)[i].cameo->code)) &&
				    (tgt < 0 || ((*ev)[i].tgt.code && an->np[tgt].code &&
				                 pl_eq((*ev)[i].tgt.code, an->np[tgt].code))))
					dup = 1;
			if (dup)
				continue;
		}
		e.sent = sent;
		e.pat = p;
		e.v = h;
		e.nominal = 1;
		e.mood = (uint8_t)pl_noun_mood(an, h);
		/* "has not had talks", "hopes to take part in the talks": the
		** frame verb's negation and mood are the meeting's */
		/* "refused to announce a ceasefire", "plans to submit an offer":
		** the light verb's refusal and mood are the act's too; "would
		** make offers" still declares an intent, as with verbs */
		if (lk >= 0 && part < 0) {
			int unreal;
			if (an->vg[lk].negated || pl_declined(an, lk))
				e.negated = 1;
			/* (the act one is ready for is to come: the intent is now) */
			if (ready || e.mood == PL_MOOD_ASSERTED)
				e.mood = (uint8_t)pl_clause_mood(an, lk);
			if (e.mood == PL_MOOD_ASSERTED && (unreal = pl_unrealised(an, lk)) &&
			    (unreal >= 2 || !declared(code)))
				e.mood = PL_MOOD_HYPOTHETICAL;
		}
		if (part >= 0) {
			e.negated = an->vg[part].negated || pl_declined(an, part);
			if (e.mood == PL_MOOD_ASSERTED)
				e.mood = (uint8_t)pl_clause_mood(an, part);
			if (e.mood == PL_MOOD_ASSERTED && pl_unrealised(an, part))
				e.mood = PL_MOOD_HYPOTHETICAL;
		}
		/* "since the 9/11 attacks": a time reference, no new event */
		if (!s->petrarch && framed(&e, pl_noun_frame(an, q)) < 0)
			continue;
		date_and_place(&e, an, ctx, h, h >= an->t0 + 8 ? h - 8 : an->t0, h + 9, 0);
		if (e.gran && ctx->date.y)
			noun_date_nearest(&e, an, ctx, h);
		/* "last June's strike" is background; "next week's summit" has
		** not happened yet */
		if (!s->petrarch) {
			e.background = (uint8_t)(e.gran ? told_before(&e, ctx) ||
			                                  (!told_after(&e, ctx) && pl_named_again_old(an, ctx, q, h)) :
			                         pl_background_noun(an, ctx, q));
			if (told_after(&e, ctx) && e.mood == PL_MOOD_ASSERTED)
				e.mood = PL_MOOD_HYPOTHETICAL;
		}
		/* "the invasion of Iraq in 2003", "the blockade last year": a
		** noun dated to an earlier year names an event of the past, not
		** the news */
		if (!s->petrarch && e.gran == PL_GRAN_YEAR && ctx->date.y && e.date.y &&
		    e.date.y < ctx->date.y && !(old = old_deed(s, code)))
			continue;
		if (old)
			e.background = 1;
		/* "talks between the government and the rebels": one side with
		** the other */
		if (!s->petrarch && src < 0 && tgt >= 0) {
			int first = tgt, r2;
			while (first > 0 && an->np[first - 1].group == an->np[tgt].group)
				first--;
			if (an->np[first].t0 > an->t0 && pl_eq(tok[an->np[first].t0 - 1].low, "between")) {
				r2 = push_mutual(an, first, 1, &e, a, ev, nev, cap);
				if (r2 < 0)
					return -1;
				if (r2)
					continue;
			}
		}
		{
			size_t before = *nev, i, o;
			int r2 = 0;
			/* "Iran and Iraq announced an agreement": each side with the
			** other, for agreements (057), talks (04) and cooperation (06),
			** not for "announced their support for the plan" */
			if (!s->petrarch && lk >= 0 && part < 0 && src == an->vg[lk].subj && tgt < 0 &&
			    (!strcmp(code, "057") || !strncmp(code, "04", 2) || !strncmp(code, "06", 2)) &&
			    (r2 = push_mutual(an, src, 0, &e, a, ev, nev, cap)) < 0)
				return -1;
			if (!r2 && push_pairs(s, an, src, tgt, s->petrarch ? 1 : 3, NULL, &e, a, ev, nev, cap) < 0)
				return -1;
			/* the noun's event replaces the light verb's bare statement */
			if (lk >= 0 && *nev > before && strncmp(code, "01", 2)) {
				for (i = o = first_ev; i < *nev; i++) {
					const pl_event *x = &(*ev)[i];
					if (i < before && x->sent == sent && x->v == an->vg[lk].v && !x->nominal &&
					    !strncmp(x->cameo->code, "01", 2))
						continue;
					(*ev)[o++] = *x;
				}
				*nev = o;
			}
		}
	}
	return 0;
}

/* What a speaker says another side must or should do is a demand of it
** (CAMEO 10): the demand for a verb's code (roots 02-09), NULL for others. */
static const char *demand_code(const char *code)
{
	static const char *const map[][2] = {
		{"0871", "107"}, {"0831", "1041"}, {"0832", "1042"}, {"0833", "1043"}, {"0834", "1044"},
		{"045", "105"}, {"061", "1011"}, {"062", "1012"}, {"063", "1013"}, {"064", "1014"},
		{"071", "1031"}, {"072", "1032"}, {"073", "1033"}, {"074", "1034"}, {"081", "1051"},
		{"082", "1052"}, {"083", "104"}, {"084", "1053"}, {"085", "1054"}, {"086", "1055"},
		{"087", "1056"}, {"04", "108"}, {"07", "103"}, {"0", "100"}};
	size_t i;
	if (code[0] != '0' || code[1] < '2')
		return NULL;
	for (i = 0; i < sizeof map / sizeof map[0]; i++)
		if (code_starts(code, map[i][0]))
			return map[i][1];
	return NULL;
}

/* Does verb group g say what its subject must or should do now ("the
** rebels must release", "should make a statement")?  Not "should have
** resigned", which reproaches a past act, nor "must have known", which
** infers one. */
static int obliged(const pl_sentan *an, const pl_vg *g)
{
	uint32_t j;
	int k = (int)(g - an->vg);
	/* "should stick to his guns and not apologise", "must resign and
	** apologise": a bare verb coordinated with an obliged group is asked
	** for with it */
	if (k > 0 && !g->infinitive && an->tok[g->t0].tag == PL_T_VB && g->t0 == g->v) {
		j = g->t0;
		while (j > an->vg[k - 1].t1 && an->tok[j - 1].tag == PL_T_RB)
			j--;
		if (j > an->vg[k - 1].t1 && (pl_eq(an->tok[j - 1].low, "and") ||
		                             pl_eq(an->tok[j - 1].low, "or")))
			return obliged(an, &an->vg[k - 1]);
	}
	for (j = g->t0; j < g->v; j++)
		if (an->tok[j].tag == PL_T_MD && (pl_eq(an->tok[j].low, "must") ||
		    pl_eq(an->tok[j].low, "should")))
			break;
	if (j == g->v)
		return 0;
	return !(j + 1 < g->v && pl_eq(an->tok[j + 1].low, "have") && an->tok[g->v].tag == PL_T_VBN);
}

/* Does chunk q name a kind, no one in particular who could be asked to
** act: a plural with no article or owner ("schools", "shop workers"),
** "people", or a chunk opening with "every", "all", "any" or "no"? */
static int generic(const pl_sentan *an, int q)
{
	static const char *const any[] = {"every", "all", "any", "no", "each", NULL};
	const pl_np *np = &an->np[q];
	const pl_token *first = &an->tok[np->t0], *head = &an->tok[np->t1 - 1];
	if (np->pronoun || np->person || np->poss_code)
		return 0;
	if (pl_in_list(first->low, any) || pl_eq(head->low, "people"))
		return 1;
	return head->tag == PL_T_NNS && first->tag != PL_T_DT && first->tag != PL_T_PRPS &&
	       first->tag != PL_T_CD;
}

/* Do the words before verb group j's verb hold "should" (or "must" too,
** unless should_only)? */
static int ought_modal(const pl_sentan *an, int j, int should_only)
{
	uint32_t t;
	for (t = an->vg[j].t0; t < an->vg[j].v; t++)
		if (pl_eq(an->tok[t].low, "should") ||
		    (!should_only && pl_eq(an->tok[t].low, "must")))
			return 1;
	return 0;
}

/* The first verb group after reporting group k whose words before its
** verb hold "should" (or "must" too, unless should_only): the clause a
** reported "must" or "should" governs.  With none after, a reporting
** verb that closes the sentence ("Courts should be used as a last
** resort, MPs said") governs the first such group before it.  -1 when
** there is none. */
static int modal_clause(const pl_sentan *an, int k, int should_only)
{
	int j;
	for (j = 0; j < an->nvg; j++)
		if (j != k && an->vg[j].v > an->vg[k].v && ought_modal(an, j, should_only))
			return j;
	for (j = 0; j < an->nvg; j++)
		if (j != k && an->vg[j].v < an->vg[k].v && ought_modal(an, j, should_only))
			return j;
	return -1;
}

/* Does the "must" or "should" clause of reporting group k infer or expect
** a state of its subject ("said the government must be worried")? */
static int inferred_clause(const pl_sentan *an, int k)
{
	int j = modal_clause(an, k, 0);
	return j >= 0 && pl_inferred_state(an, &an->vg[j]);
}

/* Is verb group k "consider" in its frame of opinion, not of weighing: a
** clause after it ("Colombia considers that the quota is too low", "it
** considered the quota was too low" is not caught: an object then a verb
** may be an object weighed), or an object and what it is held to be,
** an adjective or "to be" ("considers the quota unacceptable", "considered
** it necessary to", "considers the plan to be a mistake")?  An opinion is a
** statement (010, or the criticism or praise its content makes, stance.c),
** not a policy weighed (014): "the cabinet will consider the bill next
** week" keeps 014 (a time after the object: "next", "last").  The view is
** a subject's (not "considering that" for "given that", nor the reader's
** "Consider that ..."). */
static int holds_view(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	uint32_t j = g->t1;
	int q;
	if (!pl_eq(lem(&an->tok[g->v]), "consider") || g->passive || !g->finite || g->subj < 0)
		return 0;
	while (j < an->t1 && an->tok[j].tag == PL_T_RB)
		j++;
	if (j >= an->t1)
		return 0;
	/* (not "that" the pronoun: "are considering that as a way to") */
	if (pl_eq(an->tok[j].low, "that") && an->tok[j].tag != PL_T_DT)
		return j + 1 < an->t1 && !(an->tok[j + 1].flags & PL_TOK_PUNCT) &&
		       an->tok[j + 1].tag != PL_T_IN && an->tok[j + 1].tag != PL_T_TO;
	q = an->np_of[j - an->t0];
	if (q < 0 || an->np[q].t0 != j)
		return 0;
	j = an->np[q].t1;
	if (j >= an->t1)
		return 0;
	/* (an adjective with a preposition after a noun describes the noun:
	** "all options available to it", "alternatives such as a sale"; after
	** a pronoun it is what the pronoun is held to be: "it necessary to") */
	if (PL_TAG_IS_ADJ(an->tok[j].tag))
		return !pl_eq(an->tok[j].low, "next") && !pl_eq(an->tok[j].low, "last") &&
		       (an->np[q].pronoun || j + 1 >= an->t1 ||
		        (an->tok[j + 1].tag != PL_T_IN && an->tok[j + 1].tag != PL_T_TO));
	return j + 1 < an->t1 && an->tok[j].tag == PL_T_TO && pl_eq(an->tok[j + 1].low, "be");
}

/* Does the "must" or "should" that pattern p of reporting verb group k
** matched ask for a state rather than an act: the first verb group after
** k with such a modal is a linking verb ("said schools must be a place of
** learning", "Britain should be at the heart of Europe", "must remain
** free") or "have" of possession ("every child should have the chance")?
** A principle of how things ought to be asks no one to act: no duty
** missed (111, "should have resigned"), nor a demand (100) when what
** ought to be so is said of a kind (generic(): "schools", "every child").  A
** passive asks an act all the same ("the plans must be re-examined"). */
static int ought_state(const pl_sentan *an, int k, const pl_verbpat *p)
{
	static const char *const state[] = {"be", "remain", "become", "stay", "have", NULL};
	int j;
	if (!an->vg[k].reporting || !(pattern_has(p, "must") || pattern_has(p, "should")))
		return 0;
	j = modal_clause(an, k, 0);
	return j >= 0 && !an->vg[j].passive && pl_in_list(lem(&an->tok[an->vg[j].v]), state);
}

/* Does the "must" or "should" that pattern p of reporting verb group k
** matched go with a verb of relation or knowledge, not of an act ("the
** monarchy should symbolise the nation", "the law should reflect public
** opinion", "councils should represent the people", "the minister should
** know by now", "ministers should expect it to be rewritten")?  What ought
** to hold or be known is a view of how things are to be, whoever the
** subject: no one is asked to do anything (010, no target). */
static int ought_relation(const pl_sentan *an, int k, const pl_verbpat *p)
{
	int j;
	if (!an->vg[k].reporting || !(pattern_has(p, "must") || pattern_has(p, "should")))
		return 0;
	j = modal_clause(an, k, 0);
	return j >= 0 && !an->vg[j].passive && pl_relation_verb(lem(&an->tok[an->vg[j].v]));
}

/* Does a verb of implying stand between reporting group k and the
** "must" or "should" clause that follows it ("said the plans seemed to
** suggest chief constables should take orders", "said the report means
** schools should teach cooking")?  The speaker tells what a thing or
** others imply ought to be done, often to find fault with it; the
** speaker asks no one. */
static int implied_modal(const pl_sentan *an, int k)
{
	int j = modal_clause(an, k, 0), m;
	if (j < 0 || an->vg[j].v < an->vg[k].v)
		return 0;
	for (m = 0; m < an->nvg; m++)
		if (an->vg[m].v > an->vg[k].v && an->vg[m].v < an->vg[j].v &&
		    pl_implying_verb(lem(&an->tok[an->vg[m].v])))
			return 1;
	return 0;
}

/* Does the "must" or "should" clause of reporting group k say what its
** subject ought to be, a noun after "be" ("said Parliament should be the
** place where decisions are made", "Britain must be a leader in Europe")?
** A role argued for, not an act asked. */
static int ought_role(const pl_sentan *an, int k)
{
	int j = modal_clause(an, k, 0);
	uint32_t v;
	if (j < 0 || an->vg[j].passive || an->vg[j].negated)
		return 0;
	v = an->vg[j].v;
	return pl_eq(lem(&an->tok[v]), "be") && v + 2 < an->t1 &&
	       (an->tok[v + 1].tag == PL_T_DT || an->tok[v + 1].tag == PL_T_PRPS) &&
	       !pl_eq(an->tok[v + 1].low, "no");
}

/* Is the first verb group after reporting group k with "should" a passive
** of letting or granting (pl_letting_verb: "be allowed", "be given") whose
** subject is chunk q ("said Turkey should be allowed to join the EU")? */
static int should_let(const pl_sentan *an, int k, int q)
{
	int j = modal_clause(an, k, 1);
	return j >= 0 && an->vg[j].passive && an->vg[j].subj == q &&
	       pl_letting_verb(lem(&an->tok[an->vg[j].v]));
}

/* Is chunk q, the subject of the first "must" or "should" clause after
** reporting verb group k (pattern p), one that clause acts on or gives a
** right to, not one asked to act: a passive ("said the public should be
** consulted") or a "be" of leave or ability ("candidates should be
** entitled to a mailshot", "the prime minister should be able to
** appoint")?  The demand is made of others, unnamed. */
static int acted_on_subject(const pl_sentan *an, int k, const pl_verbpat *p, int q)
{
	static const char *const leave[] = {"able", "allowed", "entitled", "free", "permitted",
		"eligible", "given", NULL};
	const pl_vg *h;
	int j;
	if (!an->vg[k].reporting || !(pattern_has(p, "must") || pattern_has(p, "should")))
		return 0;
	if ((j = modal_clause(an, k, 0)) < 0)
		return 0;
	h = &an->vg[j];
	if (h->subj < 0 || an->np[h->subj].group != an->np[q].group)
		return 0;
	return h->passive || (pl_eq(lem(&an->tok[h->v]), "be") && h->v + 1 < an->t1 &&
	                      pl_in_list(an->tok[h->v + 1].low, leave));
}

/* The quotations whose cue is token v: a run of ctx->qcue, *n of them
** (none when the index was not made). */
static const uint32_t *cue_run(const pl_docctx *ctx, const pl_quote *quotes, uint32_t v, size_t *n)
{
	*n = 0;
	if (!ctx->qcue)
		return NULL;
	return ctx->qcue + pl_quotes_cue_run(quotes, ctx->qcue, ctx->nqcue, v, n);
}

/* Does token t stand inside the words of someone else's quotation, or of
** a reported clause that a finite verb of saying before it introduces
** ("Mr Blair said that experts say ...")?  (The quotation finder also
** offers clauses after "is expected", "to add": no one's words.)  It walks
** all quotations of the window: ask it only of the rare generic voices. */
static int cited_within(const pl_sentan *an, const pl_quote *quotes, size_t nq, uint32_t t)
{
	size_t i;
	int j;
	for (i = 0; i < nq; i++) {
		const pl_quote *q = &quotes[i];
		if (t < q->q0 || t >= q->q1 || q->cue == t)
			continue;
		/* (a paragraph that opens with no quotation mark is out of any
		** quotation before it, whose closing mark the text left out) */
		if (q->direct)
			return q->q0 >= an->t0 || !(an->tok[an->t0].flags & PL_TOK_NLBEFORE) ||
			       (an->tok[an->t0].flags & PL_TOK_QOPEN);
		if (q->cue == PL_NONE || q->cue >= t || q->cue < an->t0)
			continue;
		for (j = 0; j < an->nvg; j++)
			if (an->vg[j].v == q->cue && an->vg[j].reporting && an->vg[j].finite &&
			    !an->vg[j].infinitive && !an->vg[j].gerund)
				return 1;
	}
	return 0;
}

/* The reported speech (quoted or not) whose content holds verb group g
** when g says what its subject must or should do ("Straw said the rebels
** must reach an agreement"), with a coded speaker; else NULL. */
static const pl_quote *must_in_speech(const pl_sentan *an, const pl_vg *g, const pl_quote *quotes,
                                      size_t nq)
{
	size_t i;
	if (!obliged(an, g))
		return NULL;
	for (i = 0; i < nq; i++)
		if (quotes[i].code && g->v >= quotes[i].q0 && g->v < quotes[i].q1)
			return &quotes[i];
	return NULL;
}

/* How the cue of quotation q asks what its content says must or should
** be done (pl_asking_verb); a quotation with no verb as its cue demands. */
static int cue_asks(const pl_sentan *an, const pl_quote *q)
{
	if (q->cue == PL_NONE || !PL_TAG_IS_VERB(an->tok[q->cue].tag))
		return 0;
	return pl_asking_verb(lem(&an->tok[q->cue]));
}

/* The appeal (02x) that matches demand code d (10x): "recommended that
** he should stand down" asks what "demanded" would (0241 for 1041). */
static const char *appeal_code(const char *d)
{
	static const char *const map[][2] = {{"100", "020"}, {"101", "020"}, {"102", "022"},
		{"103", "023"}, {"104", "024"}, {"105", "028"}, {"106", "0256"}, {"107", "0256"},
		{"108", "026"}};
	static char buf[8][5];
	static int next;
	size_t i;
	if (!d || d[0] != '1' || d[1] != '0')
		return d;
	if (strlen(d) == 4) {
		/* 101x-105x have their 02x twins digit for digit */
		char *b = buf[next++ & 7];
		b[0] = '0';
		b[1] = '2';
		b[2] = d[2];
		b[3] = d[3];
		b[4] = '\0';
		return b;
	}
	for (i = 0; i < sizeof map / sizeof map[0]; i++)
		if (pl_eq(d, map[i][0]))
			return map[i][1];
	return "020";
}

/* The direct quotation whose content holds token t and has a coded speaker.
** Direct quotations never overlap, so only the last one that starts at or
** before t can hold it: found by binary search in ctx->qdirect. */
static const pl_quote *quote_around(const pl_docctx *ctx, const pl_quote *quotes, size_t nq, uint32_t t)
{
	size_t i, lo, hi;
	if (!ctx->qdirect) {
		for (i = 0; i < nq; i++)
			if (quotes[i].direct && quotes[i].code && t >= quotes[i].q0 && t < quotes[i].q1)
				return &quotes[i];
		return NULL;
	}
	lo = 0;
	hi = ctx->nqdirect;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (quotes[ctx->qdirect[mid]].q0 <= t)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return NULL;
	i = ctx->qdirect[lo - 1];
	return quotes[i].code && t < quotes[i].q1 ? &quotes[i] : NULL;
}

/* The quotation whose cue is token t and whose "he" or "she" speaker the
** quotations resolved to a person named before, with a code (NULL: none).  That
** resolution prefers the speaker of the sentences before over the people
** they speak of ("Howard said Blair had failed. ..., he added": Howard). */
static const pl_quote *pronoun_cue(const pl_quote *quotes, size_t nq, uint32_t t)
{
	size_t i;
	for (i = 0; i < nq; i++)
		if (quotes[i].cue == t && quotes[i].pronoun && quotes[i].code && quotes[i].sp0 < quotes[i].sp1)
			return &quotes[i];
	return NULL;
}

/* Is one of the words a pattern matched (used, n of them) in the subject
** phrase of an active verb group after k, a subject that is not a pronoun:
** "warned that the war could be illegal" (the "war" of "warn that war" is
** what the clause is about)? */
/* Conjunctions tagged as prepositions that open a clause of their own:
** "consequences if the visit goes ahead" -- the visit, not the
** consequences, is what goes ahead. */
static int opens_clause(const char *w)
{
	static const char *const words[] = {"if", "unless", "because", "although", "though",
		"while", "whether", "once", "until", "since", NULL};
	int i;
	for (i = 0; words[i]; i++)
		if (pl_eq(w, words[i]))
			return 1;
	return 0;
}

/* Is chunk q a state's force or government on the side of the actor of
** chunk src (the same country, or both bare roles of a state)? */
static int own_force(const pl_sentan *an, int src, int q)
{
	const char *a, *b;
	if (src < 0 || q < 0 || !(a = np_code(an, src)) || !(b = an->np[q].code))
		return 0;
	if (!state_force(a) || !state_force(b))
		return 0;
	return strlen(a) < 6 || strlen(b) < 6 || !strncmp(a, b, 3);
}

/* Does code a name an actor of a country: a country's own code, or a
** role of one ("GBRGOV"), not a bare role ("GOV", "LAB")? */
static int has_country(const char *a)
{
	size_t n = strlen(a);
	return n >= 6 || (n == 3 && state_force(a) && strcmp(a, "GOV") && strcmp(a, "MIL") &&
	                  strcmp(a, "COP") && strcmp(a, "SPY"));
}

/* Are codes a and b actors of two different countries? */
static int other_country(const char *a, const char *b)
{
	return a && b && has_country(a) && has_country(b) && strncmp(a, b, 3) != 0;
}

/* The chunk that chunk q counts or is a part of ("millions of workers",
** "some of the unions": the workers, the unions), else q. */
static int of_whom(const pl_sentan *an, int q)
{
	uint32_t t = an->np[q].t1;
	if (t + 1 < an->t1 && pl_eq(an->tok[t].low, "of") && an->np_of[t + 1 - an->t0] >= 0)
		return an->np_of[t + 1 - an->t0];
	return q;
}

/* Does verb group h say what its subject means to do: "wants to",
** "intends to", "plans to", "is determined to" + a verb? */
static int volition(const pl_sentan *an, const pl_vg *h)
{
	static const char *const w[] = {"want", "intend", "plan", "aim", "mean", "determine", "vow",
		"threaten", "promise", NULL};
	return h->v + 2 < an->t1 && pl_eq(an->tok[h->v + 1].low, "to") && an->tok[h->v + 2].tag == PL_T_VB &&
	       pl_in_list(lem(&an->tok[h->v]), w);
}

/* Does a strike (an event noun of code 143) head one of the chunks in
** tokens [t0, t1) ("there could be further walkouts", "warned of
** strikes")? */
static int strike_named(const pl_store *s, const pl_sentan *an, uint32_t t0, uint32_t t1)
{
	uint32_t j;
	for (j = t0; j < t1 && j < an->t1; j++) {
		int q = an->np_of[j - an->t0];
		const pl_verbpat *p;
		const char *h;
		if (q < 0 || an->np[q].t1 - 1 != j)
			continue;
		h = lem(&an->tok[j]);
		for (p = pl_hash_get(&s->nouns, h, strlen(h)); p; p = p->next)
			if (!strncmp(p->code, "143", 3))
				return 1;
	}
	return 0;
}

/* Is a union or its leader the speaker (a code of role LAB)?  Strikes it
** warns of are its own to call. */
static int union_speaker(const char *speaker)
{
	return speaker && !strncmp(pl_role_of(speaker), "LAB", 3);
}

/* Do the words from c0 to c1 say the one warned will "face" or "meet" a
** punishment ("warned the EC it would face serious retaliation if it
** enacted the tax", "warned that any interference would meet a strong
** response", "warned buyers they would face litigation")?  What one is
** told one will face from the speaker is a threat, not a forecast.  A
** mere "response" or "consequences" faced are one only on a condition
** (cond) or when met ("would face consequences for the economy" is a
** forecast). */
static int faces_punishment(const pl_sentan *an, uint32_t c0, uint32_t c1, int cond)
{
	static const char *const pain[] = {"retaliation", "reprisal", "sanction", "punishment",
		"countermeasure", "retaliatory", "litigation", "lawsuit", "prosecution", NULL};
	static const char *const answer[] = {"penalty", "response", "reaction", "consequence", NULL};
	uint32_t j, u;
	for (j = c0; j < c1; j++) {
		int met;
		if (!PL_TAG_IS_VERB(an->tok[j].tag))
			continue;
		met = pl_eq(lem(&an->tok[j]), "meet");
		if (!met && !pl_eq(lem(&an->tok[j]), "face"))
			continue;
		for (u = j + 1; u < c1 && u < j + 5; u++)
			if (pl_in_list(lem(&an->tok[u]), pain) || pl_in_list(an->tok[u].low, pain) ||
			    ((met || cond) && pl_in_list(lem(&an->tok[u]), answer)))
				return 1;
	}
	return 0;
}

/* Does verb group h, of the warning's words up to c1, name a reprisal as
** what its subject does ("warned Tokyo that it would take countermeasures",
** "warned that they might impose retaliatory tariffs", "warned it would
** retaliate")?  Reprisals are the act of a side against another: taken by
** the speaker's side or one it speaks of, they are a threat. */
static int takes_reprisal(const pl_sentan *an, const pl_vg *h, uint32_t c1)
{
	static const char *const act[] = {"take", "impose", "adopt", "introduce", "apply",
		"consider", "launch", NULL};
	static const char *const pain[] = {"countermeasure", "retaliation", "reprisal",
		"retaliatory", NULL};
	const char *v = lem(&an->tok[h->v]);
	uint32_t u;
	if (pl_eq(v, "retaliate"))
		return 1;
	if (!pl_in_list(v, act))
		return 0;
	for (u = h->v + 1; u < c1 && u < an->t1 && u < h->v + 5; u++)
		if (pl_in_list(lem(&an->tok[u]), pain) || pl_in_list(an->tok[u].low, pain))
			return 1;
	return 0;
}

/* What a bare "warn" (no pattern word matched) says: a threat (130) only
** when the warning's words tell what the speaker's side will or would do
** (a future or modal act whose subject is "we" or an actor of the
** speaker's code) or what will follow on a condition ("unless", "if");
** advice when the one warned is told to act ("warned Mr Brown not to be
** tempted": 020); otherwise a gloomy forecast (012: "the costs could
** outweigh the benefits, he warned", "warned the party could not win").
** The words: the quotation the verb cues in this sentence, else the rest
** of the sentence after the verb, or before its subject when the verb
** closes the sentence ("..., MPs have warned"). */
static const char *warning_code(const pl_store *s, const pl_sentan *an, int k, const pl_quote *quotes,
                                size_t nq, const char *speaker)
{
	const pl_vg *g = &an->vg[k];
	uint32_t c0 = g->t1, c1 = an->t1, j;
	static const char *const state[] = {"be", "become", "remain", "stay", "seem", "look", "have",
		"face", "suffer", "lose", NULL};
	size_t i;
	int m, cond = 0;
	/* ("warned Mr Brown not to", "warned ministers to think again") */
	j = g->t1;
	while (j < an->t1 && an->np_of[j - an->t0] >= 0) {
		j = an->np[an->np_of[j - an->t0]].t1;
		/* (over "Mr Blair and Mr Brown") */
		if (j + 1 < an->t1 && pl_eq(an->tok[j].low, "and") && an->np_of[j + 1 - an->t0] >= 0)
			j++;
		else
			break;
	}
	if (j < an->t1 && pl_eq(an->tok[j].low, "not"))
		j++;
	if (j + 1 < an->t1 && an->tok[j].tag == PL_T_TO && an->tok[j + 1].tag == PL_T_VB) {
		/* "warned the rebels to surrender or face an assault": the
		** appeal comes with what will follow refusal, an ultimatum */
		uint32_t t;
		for (t = j + 2; t + 1 < an->t1; t++)
			if (pl_eq(an->tok[t].low, "or") && (pl_eq(an->tok[t + 1].low, "face") ||
			    pl_eq(an->tok[t + 1].low, "else") || pl_eq(an->tok[t + 1].low, "risk")))
				return "130";
		return "020";
	}
	/* ("warned Mr Blair about the dangers of disunity") */
	if (j < an->t1 && j > g->t1 && (pl_eq(an->tok[j].low, "about") || pl_eq(an->tok[j].low, "of")))
		return "012";
	if (g->t1 + 2 >= an->t1 && g->subj >= 0 && an->np[g->subj].t0 < g->t0) {
		c0 = an->t0;
		c1 = an->np[g->subj].t0;
	}
	/* (a quotation holding a verb; a quoted fragment, "warned the "costs
	** could outweigh" ...", leaves the clause around it) */
	for (i = 0; i < nq; i++)
		if (quotes[i].cue == g->v && quotes[i].q1 > an->t0 && quotes[i].q0 < an->t1) {
			uint32_t a = quotes[i].q0 > an->t0 ? quotes[i].q0 : an->t0;
			uint32_t b = quotes[i].q1 < an->t1 ? quotes[i].q1 : an->t1;
			for (m = 0; m < an->nvg; m++)
				if (m != k && an->vg[m].v >= a && an->vg[m].v < b) {
					c0 = a;
					c1 = b;
					break;
				}
			break;
		}
	for (j = c0; j < c1; j++)
		if (pl_eq(an->tok[j].low, "unless") || pl_eq(an->tok[j].low, "if"))
			cond = 1;
	if (faces_punishment(an, c0, c1, cond))
		return "130";
	/* ("Iran warned the United States": no words told, the threat
	** stands as reported) */
	for (m = 0; m < an->nvg; m++)
		if (m != k && an->vg[m].v >= c0 && an->vg[m].v < c1)
			break;
	if (m == an->nvg)
		return "130";
	/* what will follow on a condition is a threat only when it is an act
	** of the speaker's side or of someone who can act and is not another
	** side ("ministers would not rule out scrapping it if ..., the
	** minister warned", "thousands of staff could strike if ..., union
	** leaders warn", "there will be strikes unless"); an outcome that
	** merely follows ("if the cuts go ahead, lives would be at risk",
	** "services may have to be cut") is a gloomy forecast */
	for (m = 0; m < an->nvg; m++) {
		const pl_vg *h = &an->vg[m];
		const pl_np *np;
		const char *w;
		int there = h->subj < 0 && h->t0 > c0 && pl_eq(an->tok[h->t0 - 1].low, "there");
		if (m == k || h->v < c0 || h->v >= c1 || (h->subj < 0 && !there) || (h->negated && !cond))
			continue;
		if (!h->future && !(pl_vg_modals(an->tok, h) & PL_MOD_TAGGED) && !volition(an, h))
			continue;
		if (there) {
			if (cond)
				return "130";
			continue;
		}
		np = &an->np[h->subj];
		w = an->tok[np->t0].low;
		if (pl_eq(w, "we") || (cond && (pl_eq(w, "i") || pl_eq(w, "there"))) ||
		    (speaker && np->code && pl_eq(np->code, speaker)))
			return "130";
		/* ("warned Tokyo it would take countermeasures": not another
		** country's reprisals, which are a forecast) */
		if (takes_reprisal(an, h, c1) && !other_country(np->code, speaker))
			return "130";
		if (cond && !h->passive && !pl_in_list(lem(&an->tok[h->v]), state) &&
		    !other_country(np->code, speaker) && pl_can_speak(s, an, of_whom(an, h->subj)))
			return "130";
	}
	return "012";
}

/* Is the verb "demand" of group g the market's demand that the tagger
** took for a verb: a bare form right after a finite verb that takes no
** bare infinitive ("expects demand to be strong", "boosted demand"), or
** after "to" that follows an adjective or a participle with nothing
** demanded after it ("increasingly ill-adapted to demand")?  "Was forced
** to demand payment" demands. */
static int market_demand(const pl_sentan *an, const pl_vg *g)
{
	static const char *const bare[] = {"be", "have", "do", "help", "let", "make", "see",
		"hear", "watch", "dare", "need", NULL};
	uint32_t v = g->v;
	const pl_token *b, *a;
	if (an->tok[v].tag != PL_T_VB && an->tok[v].tag != PL_T_VBP)
		return 0;
	if (v == an->t0 || g->t0 != v)
		return 0;
	b = &an->tok[v - 1];
	if ((b->tag == PL_T_VBZ || b->tag == PL_T_VBD || b->tag == PL_T_VBP) &&
	    !pl_in_list(lem(b), bare))
		return 1;
	if (b->tag != PL_T_TO || v - 1 == an->t0)
		return 0;
	a = &an->tok[v - 2];
	if (!PL_TAG_IS_ADJ(a->tag) && a->tag != PL_T_VBN)
		return 0;
	return v + 1 >= an->t1 || !(an->tok[v + 1].tag == PL_T_DT || an->tok[v + 1].tag == PL_T_NN ||
	                            an->tok[v + 1].tag == PL_T_NNS || an->tok[v + 1].tag == PL_T_NNP ||
	                            an->tok[v + 1].tag == PL_T_PRPS || an->tok[v + 1].tag == PL_T_PRP ||
	                            an->tok[v + 1].tag == PL_T_CD || PL_TAG_IS_ADJ(an->tok[v + 1].tag) ||
	                            pl_eq(an->tok[v + 1].low, "that"));
}

/* Is "call" in group g a call of securities, not a demand: "called for
** redemption all its notes", "called its debentures for redemption"?
** The first chunk after the verb (or after its "for") has "redemption"
** or a security as its head: an issuer's right over its own paper asks
** nothing of anyone. */
static int financial_call(const pl_sentan *an, const pl_vg *g)
{
	static const char *const paper[] = {"prepayment", "bond", "note", "debenture",
		"share", "warrant", "security", "preferred", "stock", NULL};
	uint32_t j = g->t1, end = (uint32_t)g->cl_end < an->t1 ? (uint32_t)g->cl_end : an->t1;
	int q;
	/* "called 20 mln dlrs of securities for redemption": the word
	** anywhere in the clause before another verb */
	for (j = g->t1; j < end && !PL_TAG_IS_VERB(an->tok[j].tag) && an->tok[j].tag != PL_T_TO; j++)
		if (pl_eq(lem(&an->tok[j]), "redemption"))
			return 1;
	j = g->t1;
	if (j < an->t1 && pl_eq(an->tok[j].low, "for"))
		j++;
	if (j >= an->t1 || (q = an->np_of[j - an->t0]) < 0 || an->np[q].t0 != j || an->np[q].code)
		return 0;
	return pl_in_list(lem(&an->tok[an->np[q].t1 - 1]), paper);
}

/* Is the one who "calls for" or "requires" in verb group g a deal or a
** text of rules: "signed an agreement calling for County Trust to merge",
** "the accord requires both sides to cut tariffs", "a plan which calls for
** 3,000 job cuts"?  What a deal, a contract, a plan or a law calls for is
** what it holds, no one's demand; those who made it are coded on their own
** verb ("signed").  A resolution, a statement, a letter or a motion is one
** side's words and its call stays that side's demand. */
static int document_content(const pl_sentan *an, const pl_vg *g)
{
	static const char *const callers[] = {"call", "require", "urge", "demand", "ask", NULL};
	static const char *const texts[] = {"agreement", "accord", "deal", "pact", "treaty",
		"contract", "memorandum", "protocol", "plan", "proposal", "bill", "law", "legislation",
		"budget", "package", "programme", "program", "arrangement", "settlement", "scheme",
		"amendment", "clause", "provision", "draft", "directive", "regulation",
		"offer", "formula", "framework", "compromise", "intent", "merger", NULL};
	uint32_t j;
	int q = -1;
	if (!pl_in_list(lem(&an->tok[g->v]), callers) || g->passive)
		return 0;
	j = g->t0;
	if (an->tok[g->v].tag == PL_T_VBG && !g->finite && g->t0 == g->v) {
		/* a participle after its noun, over a comma ("an agreement,
		** calling for ...") */
		if (j > an->t0 && an->tok[j - 1].tag == PL_T_PPC)
			j--;
		if (j > an->t0)
			q = an->np_of[j - 1 - an->t0];
	} else if (j > an->t0 && (an->tok[j - 1].tag == PL_T_WDT || pl_eq(an->tok[j - 1].low, "that"))) {
		/* "the plan, which calls for ..." */
		j--;
		if (j > an->t0 && an->tok[j - 1].tag == PL_T_PPC)
			j--;
		if (j > an->t0)
			q = an->np_of[j - 1 - an->t0];
	} else {
		q = g->subj;
	}
	return q >= 0 && !an->np[q].code && !an->np[q].pronoun && !an->np[q].person &&
	       pl_in_list(lem(&an->tok[an->np[q].t1 - 1]), texts);
}

/* Verbs of talking a matter over: their object is the matter ("discussed
** Japanese trade problems", "negotiating the sale of a West German
** bank"); the one talked with is named after "with". */
static int topic_verb(const char *verb, const char *code)
{
	static const char *const verbs[] = {"discuss", "negotiate", "renegotiate", "debate", NULL};
	return code[0] == '0' && (code[1] == '3' || code[1] == '4') && pl_in_list(verb, verbs);
}

/* Is chunk q the object of an infinitive after verb group g ("is
** negotiating to buy a German bank"): the act's other side, not a matter
** talked over? */
static int infinitive_object(const pl_sentan *an, const pl_vg *g, int q)
{
	uint32_t j;
	for (j = g->t1; j + 1 < an->np[q].t0; j++)
		if (an->tok[j].tag == PL_T_TO && an->tok[j + 1].tag == PL_T_VB)
			return 1;
	return 0;
}

/* Does chunk q stand in a "with" phrase of verb group g's clause, alone,
** in a list or in an of-phrase ("with the London and New York
** authorities", "with Rhone-Poulenc, Pechiney and Imec", "with the
** committee for its creditor banks")? */
static int with_phrase(const pl_sentan *an, const pl_vg *g, int q)
{
	uint32_t j = an->np[q].t0;
	while (j > g->t1) {
		const pl_token *t = &an->tok[--j];
		if (pl_eq(t->low, "with"))
			return 1;
		if (an->np_of[j - an->t0] >= 0 || pl_eq(t->low, "and") || pl_eq(t->low, ",") ||
		    pl_eq(t->low, "<") || pl_eq(t->low, "("))
			continue;
		/* "with the steering committee for its creditor banks": the
		** phrase of a chunk of the list goes with it */
		if ((pl_eq(t->low, "of") || pl_eq(t->low, "for")) && j > g->t1 &&
		    an->np_of[j - 1 - an->t0] >= 0)
			continue;
		return 0;
	}
	return 0;
}

/* Is chunk q an actor by its head word, not by a nationality adjective
** on a matter ("the Democrats", "Chrysler", "other firms", "France",
** "Brazilian banks", not "Japanese trade problems")?  A country's
** adjective alone gives a bare country code; a role word adds its role. */
static int head_actor(const pl_sentan *an, int q)
{
	const pl_np *n = &an->np[q];
	int head = an->tok[n->t1 - 1].tag;
	if (!n->code)
		return 0;
	return n->person || n->body || head == PL_T_NNP || head == PL_T_NNPS ||
	       (n->file && !strstr(n->file, "countries.tsv")) || strlen(n->code) > 3;
}

/* Is chunk q, though after a verb of talking a matter over, the other
** side of the talk rather than the matter: the one bought from ("to
** acquire a stake from the families"), an actor as the verb's own
** object ("negotiate the Democrats"), or the owner or giver in an
** of-phrase of a part or of help ("units of other firms", "the help of
** France"; "the sale of a bank" names the thing sold)? */
static int topic_counterpart(const pl_sentan *an, const pl_vg *g, int q)
{
	static const char *const part[] = {"unit", "subsidiary", "division", "stake", "share",
		"holding", "help", "assistance", "support", "participation", "role", NULL};
	uint32_t j = an->np[q].t0;
	int o;
	if (!head_actor(an, q) || j < g->t1)
		return 0;
	if (j == g->t1 || pl_eq(an->tok[j - 1].low, "from"))
		return 1;
	if (!pl_eq(an->tok[j - 1].low, "of") || j - 1 <= g->t1 ||
	    (o = an->np_of[j - 2 - an->t0]) < 0 || an->np[o].t1 != j - 1 ||
	    !pl_in_list(lem(&an->tok[an->np[o].t1 - 1]), part))
		return 0;
	/* the part is the object or in an of-phrase of it ("the purchase
	** of units of Renault") */
	while (an->np[o].t0 > g->t1) {
		j = an->np[o].t0;
		if (!pl_eq(an->tok[j - 1].low, "of") || j - 1 <= g->t1 ||
		    (o = an->np_of[j - 2 - an->t0]) < 0 || an->np[o].t1 != j - 1)
			return 0;
	}
	return an->np[o].t0 == g->t1;
}

/* "the firms with which Acme is negotiating": the antecedent of a
** relative "with which" before the subject of verb group g is the one
** talked with (-1: none). */
static int relative_partner(const pl_sentan *an, const pl_vg *g)
{
	uint32_t j;
	int q;
	if (g->subj < 0)
		return -1;
	j = an->np[g->subj].t0;
	if (j < an->t0 + 3 || !pl_eq(an->tok[j - 2].low, "with") ||
	    (!pl_eq(an->tok[j - 1].low, "which") && !pl_eq(an->tok[j - 1].low, "whom")))
		return -1;
	q = an->np_of[j - 3 - an->t0];
	return q >= 0 && an->np[q].t1 == j - 2 && head_actor(an, q) ? q : -1;
}

/* Does verb pattern p name no word of what the warning is about, only
** the one warned and "that" ("warned Iran that ...")?  What the
** warning's words say then decides whether it is a threat. */
static int bare_warning(const pl_verbpat *p)
{
	uint8_t i;
	for (i = 0; i < p->nelem; i++)
		if (!pl_eq(p->elem[i], "+") && !pl_eq(p->elem[i], "that"))
			return 0;
	return 1;
}

static int word_is_clause_subject(const pl_sentan *an, int k, const uint32_t *used, int n, int src)
{
	int u, j;
	for (u = 0; u < n; u++) {
		int q;
		if (used[u] < an->t0 || used[u] >= an->t1)
			continue;
		q = an->np_of[used[u] - an->t0];
		if (q < 0 || an->np[q].pronoun)
			continue;
		for (j = k + 1; j < an->nvg; j++) {
			int sq = an->vg[j].subj;
			/* (a passive keeps the threat: "an attack would be met
			** with force") */
			if (an->vg[j].passive)
				continue;
			/* the subject's whole phrase: "a strike by rail workers
			** would cripple", over prepositions back to its head */
			while (sq >= 0 && sq != q && an->np[sq].t0 > an->t0 + 1 &&
			       an->tok[an->np[sq].t0 - 1].tag == PL_T_IN &&
			       !opens_clause(an->tok[an->np[sq].t0 - 1].low))
				sq = an->np_of[an->np[sq].t0 - 2 - an->t0];
			/* "the army warned protesters that security forces would
			** use force": the speaker's own forces are its threat */
			if (sq == q && !own_force(an, src, q))
				return 1;
		}
	}
	return 0;
}

/* Is chunk q, the object of a verb of support, acceptance, demand,
** criticism or rejection (roots 05, 08, 10-12), an idea, a text or a
** record (dict/objects.tsv: abstract, document, amount) that its owner
** stands for ("welcomed Iran's offer", "attacked Labour's record")?  Not
** the object of a plain saying ("announced the government's plan"). */
static int owned_stance(const pl_store *s, const pl_sentan *an, int q, const char *code)
{
	const char *h = lem(&an->tok[an->np[q].t1 - 1]), *cls;
	if (!((code[0] == '0' && (code[1] == '5' || code[1] == '8')) ||
	      (code[0] == '1' && code[1] >= '0' && code[1] <= '2')))
		return 0;
	cls = pl_hash_get(&s->objclass, h, strlen(h));
	return cls && (pl_eq(cls, "abstract") || pl_eq(cls, "document") || pl_eq(cls, "amount"));
}

/* The actor chunk in the of-phrase right after chunk q, when q is an
** uncoded idea, text or record that its owner stands for (owned_stance):
** "the policies of the government", "the work of Ms Hutt"; else -1. */
static int of_owner(const pl_store *s, const pl_sentan *an, int q, const char *code)
{
	uint32_t e = an->np[q].t1;
	int r;
	/* (force against such a thing is criticism: "attacked the policies
	** of", coded so later, src/code/assess.c) */
	if ((code[0] == '1' && code[1] >= '7') || code[0] == '2')
		code = "111";
	if (an->np[q].code || an->np[q].poss_code || an->np[q].pronoun || e + 1 >= an->t1 ||
	    !pl_eq(an->tok[e].low, "of") || !owned_stance(s, an, q, code))
		return -1;
	r = an->np_of[e + 1 - an->t0];
	if (r < 0 || an->np[r].t0 != e + 1 || !an->np[r].code || an->np[r].pronoun)
		return -1;
	return r;
}

/* Is chunk q the object of a "to" or "with" that names to whom or with
** whom an act goes ("gave support to", "agreed with")?  (A chunk, so never
** the verb of "to help", a purpose or a complement.) */
static int recipient_phrase(const pl_sentan *an, int q)
{
	uint32_t t0 = an->np[q].t0;
	if (t0 <= an->t0)
		return 0;
	return pl_eq(an->tok[t0 - 1].low, "to") || pl_eq(an->tok[t0 - 1].low, "with");
}

/* "demanded Mr Blair's resignation", "called for the minister's
** sacking", "protests demanding Chun's ouster": an appeal, a demand or a
** protest (roots 02, 10, 14) for a leader's going is directed at the one
** asked to go, the owner of the noun of leaving office.  The chunk q
** comes right after the verb or after its "for". */
static int ouster_owner(const pl_sentan *an, const pl_vg *g, int q, const char *code)
{
	static const char *const going[] = {"resignation", "removal", "ouster", "ousting",
		"dismissal", "sacking", "impeachment", "departure", "downfall", "overthrow", NULL};
	uint32_t t0 = an->np[q].t0;
	if (!an->np[q].poss_code || an->np[q].pronoun ||
	    !((code[0] == '0' && code[1] == '2') || (code[0] == '1' && (code[1] == '0' || code[1] == '4'))))
		return 0;
	if (t0 != g->t1 && !(t0 == g->t1 + 1 && pl_eq(an->tok[g->t1].low, "for")))
		return 0;
	return pl_in_list(lem(&an->tok[an->np[q].t1 - 1]), going);
}

/* "would expel American diplomats", "will freeze Libyan assets", "cut
** off Soviet supplies": in cutting ties, aid or trade (root 16) the
** chunk right after the verb that holds the pattern's word and is coded
** by the words before its head (a nationality) names the side acted on,
** when the head is the pattern's word (used[0..nused): not "cut the U.S.
** trade deficit") and the source is an actor of another country, its
** country known ("Congress cut U.S. aid" is no act against the United
** States; nor is "the administration" with no country yet). */
static int national_object(const pl_sentan *an, const pl_vg *g, int q, int src, const char *code,
                           const uint32_t *used, int nused)
{
	const pl_np *np = &an->np[q];
	const char *c = np->code, *sc = src >= 0 ? np_code(an, src) : NULL;
	uint32_t j;
	int named = 0, u, head = 0;
	if (code[0] != '1' || code[1] != '6' || !c || !sc || an->np[src].agent_only || np->pronoun ||
	    np->person || np->t0 != g->t1)
		return 0;
	for (u = 0; u < nused; u++)
		if (used[u] == np->t1 - 1)
			head = 1;
	if (!head)
		return 0;
	for (j = np->a0; j < np->a1 && j + 1 < np->t1; j++)
		if (an->tok[j].tag == PL_T_JJ || an->tok[j].tag == PL_T_NNP || an->tok[j].tag == PL_T_NNPS)
			named = 1;
	if (!named)
		return 0;
	return strncmp(sc, c, 3) != 0;
}

/* Codes of verbal acts (statements, appeals, intent, praise, demands,
** criticism, rejection, threats: roots 01-03, 05, 10-13), whose source
** must be able to speak. */
static int verbal_code(const char *code)
{
	return (code[0] == '0' && (code[1] == '1' || code[1] == '2' || code[1] == '3' || code[1] == '5')) ||
	       (code[0] == '1' && code[1] >= '0' && code[1] <= '3');
}

/* Head nouns of "the ..." that speak for no one the reader knows: a body
** not named before, or a document ("the report said", "the survey
** suggests"). */
static int not_speaker(const char *head)
{
	static const char *const w[] = {"agency", "group", "organisation", "organization", "company",
		"firm", "body", "movement", "report", "survey", "study", "poll", "book", "document",
		"letter", "paper", "review", "analysis", "research", "figure", "data", "statement",
		"website", "article", NULL};
	int i;
	for (i = 0; w[i]; i++)
		if (pl_eq(head, w[i]))
			return 1;
	return 0;
}

/* Is chunk q a pair or set of parties left unnamed: "the two sides", "both
** countries", "the warring factions", "the three nations"? */
static int paired_parties(const pl_sentan *an, int q)
{
	static const char *const head[] = {"side", "country", "nation", "party", "faction", "state",
		"neighbour", "neighbor", "rival", "camp", "ally", "adversary", "foe", NULL};
	static const char *const pre[] = {"two", "both", "three", "four", "warring", "rival",
		"feuding", "neighbouring", "neighboring", "all", NULL};
	const char *h = lem(&an->tok[an->np[q].t1 - 1]);
	uint32_t t, t0 = an->np[q].t0 > an->t0 ? an->np[q].t0 - 1 : an->np[q].t0;
	int i, ok = 0;
	if (an->tok[an->np[q].t1 - 1].tag != PL_T_NNS)
		return 0;
	for (i = 0; head[i]; i++)
		if (pl_eq(h, head[i]))
			ok = 1;
	if (!ok)
		return 0;
	for (t = t0; t + 1 < an->np[q].t1; t++)
		for (i = 0; pre[i]; i++)
			if (pl_eq(an->tok[t].low, pre[i]))
				return 1;
	return 0;
}

/* The coded chunk joined by "and" right before chunk q, a subject no
** dictionary names ("the Sudanese government and the SPLA agreed": the
** government agreed), else q. */
static int coded_member(const pl_sentan *an, const pl_vg *g, int q)
{
	int m;
	uint32_t a = an->np[q].t0, h = an->np[q].t1 - 1;
	/* an unknown body's name (not a person's) right before the verb */
	if (a < an->t0 + 2 || !pl_eq(an->tok[a - 1].low, "and") || an->np[q].person ||
	    an->np[q].t1 != g->t0 || !(an->tok[h].flags & PL_TOK_CAP) ||
	    !(an->tok[h].tag == PL_T_NNP || an->tok[h].tag == PL_T_NNPS))
		return q;
	for (m = 0; m < an->nnp; m++) {
		const pl_np *x = &an->np[m];
		if (x->t1 != a - 1 || !x->code || x->pronoun || x->person || strstr(x->code, "BUS") ||
		    strstr(x->code, "MED"))
			continue;
		/* the compound opens the clause: "the Sudanese government and
		** SPLM/A", ", the army and the SPLA" */
		if (x->t0 == an->t0 || pl_eq(an->tok[x->t0 - 1].low, ","))
			return m;
	}
	return q;
}

static int definite(const pl_token *t)
{
	return pl_eq(t->low, "the") || pl_eq(t->low, "this") || pl_eq(t->low, "that");
}

static int first_person(const pl_token *t)
{
	return pl_eq(t->low, "we") || pl_eq(t->low, "i");
}

/* A verbal event more specific than a plain statement: a comment of root 01
** other than 010, an appeal, an intent, praise, a demand, criticism, a
** rejection or a threat (roots 02, 03, 05, 10-13). */
static int specific_verbal(const char *code)
{
	int root = (code[0] - '0') * 10 + (code[1] - '0');
	if (root == 1)
		return strcmp(code, "010") != 0;
	return root == 2 || root == 3 || root == 5 || (root >= 10 && root <= 13);
}

/* The verb group whose main verb is token v, or NULL. */
static const pl_vg *vg_at(const pl_sentan *an, uint32_t v)
{
	int k = pl_vg_of(an, v);
	return k < 0 ? NULL : &an->vg[k];
}

static int after_object(const pl_sentan *an, const pl_vg *g, uint32_t head);

/* Is the verb at token v a participle after a comma or dash that goes with
** the verb at token head before it ("derided the plan, saying ...", "said
** ..., accusing them of ...")? */
static int participle_of(const pl_sentan *an, uint32_t v, uint32_t head)
{
	const pl_vg *g = vg_at(an, v);
	const char *before;
	if (!g || head >= v || g->finite || an->tok[v].tag != PL_T_VBG || g->t0 <= an->t0)
		return 0;
	/* a verb of saying needs no comma: "attacked the plans saying ...";
	** nor do words said by way of it ("responded by accusing ...") */
	before = an->tok[g->t0 - 1].low;
	if (g->reporting || pl_eq(before, ",") || pl_eq(before, "-") || pl_eq(before, "--") ||
	    pl_eq(before, "by"))
		return 1;
	return after_object(an, g, head);
}

/* Is gerund group g the next verb group after the verb at token head, in
** its clause and with its subject, after its object or the one it went to
** ("issued a statement condemning the decision", "wrote to Mr Blair urging
** him to act", "made a speech attacking Labour's record")?  The gerund
** says what the statement, letter or speech said. */
static int after_object(const pl_sentan *an, const pl_vg *g, uint32_t head)
{
	int k = pl_vg_of(an, head);
	const pl_vg *h;
	if (k < 0 || k + 1 >= an->nvg || &an->vg[k + 1] != g || !g->gerund || g->nominal)
		return 0;
	h = &an->vg[k];
	/* (not after a subject put behind its verb, "said John Wilkin, a
	** librarian working with Google", nor a second gerund joined by "and":
	** "arresting four men and issuing warrants" are two acts) */
	return h->subj >= 0 && g->subj == h->subj && !h->gerund && an->np[h->subj].t1 <= h->t0 &&
	       (int)g->t0 < h->cl_end && g->t0 > h->t1 && !pl_eq(an->tok[g->t0 - 1].low, "and") &&
	       !pl_eq(an->tok[g->t0 - 1].low, "or");
}

/* Does verb group g follow "and", "but" or "or" (adverbs between), with no
** subject of its own? */
static int coordinated(const pl_sentan *an, const pl_vg *g)
{
	uint32_t j = g->t0;
	while (j > an->t0 && an->tok[j - 1].tag == PL_T_RB)
		j--;
	if (j <= an->t0)
		return 0;
	j--;
	return pl_eq(an->tok[j].low, "and") || pl_eq(an->tok[j].low, "but") ||
	       pl_eq(an->tok[j].low, "or");
}

/* e is the same act as `into`, said again: e goes (its code cleared) and
** its verb stays as into's cue word, when into has none. */
static void absorb(pl_event *into, pl_event *e)
{
	if (!into->has_cue) {
		into->has_cue = 1;
		into->cue = e->v;
	}
	e->cameo = NULL;
}

/* Does the subject of x open the clause that statement e reports (after
** "that")?  Not a subject further in ("told parliament the cuts would
** pay for what the government promised") nor one of a claim the speaker
** names ("said reports that Iran had agreed to talks were false"): that
** act is no part of what was said. */
static int opens_report(const pl_sentan *an, const pl_quote *quotes, size_t nq,
                        const pl_event *e, const pl_event *x)
{
	uint32_t t = x->src.t0;
	size_t i;
	if (t >= an->t0 + 2 && pl_eq(an->tok[t - 1].low, "that") &&
	    PL_TAG_IS_NOUN(an->tok[t - 2].tag) && pl_claim_noun(lem(&an->tok[t - 2]), 0))
		return 0;
	for (i = 0; i < nq; i++)
		if (quotes[i].cue == e->v && (quotes[i].q0 == x->src.t0 ||
		     (quotes[i].q0 + 1 == x->src.t0 && pl_eq(an->tok[quotes[i].q0].low, "that"))))
			return 1;
	return 0;
}

/* Is the subject of x, opening the clause statement e reports, the
** speaker named by its own role ("the Foreign Office said the government
** would give aid")? */
static int speaker_by_role(const pl_sentan *an, const pl_quote *quotes, size_t nq,
                           const pl_event *e, const pl_event *x)
{
	if (x->src.t0 >= an->t1 || !e->src.code || strlen(e->src.code) <= 3 ||
	    !pl_speaker_by_role(an, an->np_of[x->src.t0 - an->t0], e->src.code + 3))
		return 0;
	return opens_report(an, quotes, nq, e, x);
}

/* Is the subject of x, opening the clause statement e reports, the state
** whose government speaks, named by its name ("Japanese officials said
** Japan would open its market")? */
static int state_of_speaker(const pl_sentan *an, const pl_quote *quotes, size_t nq,
                            const pl_event *e, const pl_event *x)
{
	int q;
	if (!x->src.code || !e->src.code || strlen(x->src.code) != 3 ||
	    strcmp(pl_role_of(e->src.code), "GOV") || strncmp(x->src.code, e->src.code, 3) ||
	    x->src.t0 <= e->v || x->src.t0 >= an->t1)
		return 0;
	q = an->np_of[x->src.t0 - an->t0];
	if (q < 0 || an->np[q].agent_only || an->np[q].pronoun || an->np[q].person ||
	    !an->np[q].code || strcmp(an->np[q].code, x->src.code))
		return 0;
	return opens_report(an, quotes, nq, e, x);
}

/* Does event x say what the plain statement e (010) says, by the same
** speaker: from the same verb, from inside a quotation that verb
** introduces, or from a participle joined to it?  The speaker must be the
** same phrase (a pronoun counts as the name it stands for). */
static int same_act(const pl_sentan *an, const pl_quote *quotes, size_t nq, const pl_event *e,
                    const pl_event *x)
{
	const pl_vg *xg, *eg;
	size_t i, lo, hi;
	int outside = 0;
	if (x->sent != e->sent || x->negated || x->mood != PL_MOOD_ASSERTED || x->nominal)
		return 0;
	/* "Clarke told the Times he hoped ...": a pronoun after the verb of
	** saying with the speaker's code is the speaker; so is the speaker's
	** own role after "the" ("the Foreign Office said the government would
	** give aid") and the state of a government speaking ("Japanese
	** officials said Japan would open its market") */
	if (!state_of_speaker(an, quotes, nq, e, x)) {
		if (!x->src.code ? !(e->src.named && x->src.named) :
		    !e->src.code || strcmp(x->src.code, e->src.code))
			return 0;
		if ((x->src.t0 != e->src.t0 || x->src.t1 != e->src.t1) &&
		    !(x->src.t0 > e->v && (x->src.how == PL_HOW_PRONOUN ||
		                           speaker_by_role(an, quotes, nq, e, x))))
			return 0;
	}
	if (x->v == e->v || participle_of(an, e->v, x->v) || participle_of(an, x->v, e->v))
		return 1;
	/* "said there would be no change and rejected the plan": a verb
	** joined by "and" with the speaker's subject is a second act, not what
	** is said (the quotation may run on over it) */
	xg = vg_at(an, x->v);
	eg = vg_at(an, e->v);
	if (xg && eg && xg->subj >= 0 && xg->subj == eg->subj && coordinated(an, xg)) {
		/* ... unless it is joined to a verb of the reported clause ("say
		** they would abolish fees and offer loans") */
		const pl_vg *prev = xg;
		while (prev > an->vg && (--prev)->subj != xg->subj)
			;
		if (prev == eg)
			return 0;
	}
	/* the quotations are in text order of their content: from the last
	** one starting at or before x back to a few that start before the
	** sentence (a quotation over several sentences cued in this one) */
	lo = 0;
	hi = nq;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (quotes[mid].q0 <= x->v)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i-- > 0 && outside < 8; ) {
		if (quotes[i].cue == e->v && x->v < quotes[i].q1)
			return 1;
		if (quotes[i].q0 < an->t0)
			outside++;
	}
	return 0;
}

/* Is event x the act that demand d (10x) asks: x's verb inside the
** content of a quotation or reported clause d's verb introduces, x only
** possible (a modal: "should make a statement"), and x's doer the very
** phrase d names as its target ("'Mr Hain should make a statement,' said
** the MP": Mr Hain asked, not stating)? */
static int asked_act(const pl_quote *quotes, size_t nq, const pl_event *d, const pl_event *x)
{
	size_t i;
	if (x == d || x->sent != d->sent || x->nominal || x->mood != PL_MOOD_HYPOTHETICAL ||
	    !(d->cameo->code[0] == '1' && d->cameo->code[1] == '0') ||
	    !(d->tgt.code || d->tgt.named) || x->src.t0 != d->tgt.t0 || x->src.t1 != d->tgt.t1)
		return 0;
	for (i = 0; i < nq; i++)
		if (quotes[i].cue == d->v && x->v >= quotes[i].q0 && x->v < quotes[i].q1)
			return 1;
	return 0;
}

/* One act, one event: a plain statement (010) whose speaker says through
** the same verb something more specific (a demand, criticism, an intent
** ...) is dropped, and so is a participle's event that repeats the code of
** the verb it goes with; the event kept takes over the dropped verb's
** quotations.  A statement whose specific event did not happen as stated
** (negated, hypothetical) stays: it is then the only act there is. */
static void one_act(const pl_sentan *an, const pl_quote *quotes, size_t nq, pl_event *ev,
                    size_t first, size_t *nev)
{
	size_t i, j, o;
	/* first mark the dropped statements (cameo NULL), then close the gaps */
	for (i = first; i < *nev; i++) {
		pl_event *e = &ev[i];
		int plain = code_is(e->cameo->code, "010");
		if (e->nominal)
			continue;
		/* "said the government must publish it": the demand coded from
		** the statement's content is the one the reported verb gives */
		if (e->stance) {
			for (j = first; j < *nev; j++)
				if (j != i && ev[j].cameo && !ev[j].stance &&
				    !strncmp(ev[j].cameo->code, e->cameo->code, 2) &&
				    same_act(an, quotes, nq, e, &ev[j])) {
					/* ("said Labour had failed, describing the plan as
					** a shambles": whom the words judge is the target
					** of the verb that names them, when it has none) */
					if (!ev[j].tgt.code && !ev[j].tgt.named && e->tgt.code)
						ev[j].tgt = e->tgt;
					absorb(&ev[j], e);
					break;
				}
			if (!e->cameo)
				continue;
		}
		/* "derided the plan, saying it was a disgrace": the participle's
		** criticism is the deriding again */
		for (j = first; j < *nev; j++)
			if (j != i && ev[j].cameo &&
			    (plain ? specific_verbal(ev[j].cameo->code)
			           : pl_eq(e->cameo->code, ev[j].cameo->code) && participle_of(an, e->v, ev[j].v)) &&
			    same_act(an, quotes, nq, e, &ev[j])) {
				absorb(&ev[j], e);
				break;
			}
	}
	/* the act a demand asks is the demand's, not a second event of the
	** one asked (it did not happen) */
	for (i = first; i < *nev; i++)
		for (j = first; ev[i].cameo && j < *nev; j++)
			if (ev[j].cameo && asked_act(quotes, nq, &ev[j], &ev[i]))
				ev[i].cameo = NULL;
	for (i = o = first; i < *nev; i++)
		if (ev[i].cameo)
			ev[o++] = ev[i];
	*nev = o;
}

/* Marks the events whose word stands inside the content of one of the
** article's quotations or reported clauses, other than as that quotation's
** cue ("Mr Howard said Mr Blair had refused": the refusal): acts told in
** another's words, which the confidence model weighs (reported). */
static void mark_reported(const pl_docctx *ctx, const pl_quote *quotes, size_t nq, pl_event *ev,
                          size_t n)
{
	size_t i, k;
	for (i = 0; i < n; i++) {
		uint32_t v = ev[i].v;
		size_t lo = 0, hi = nq;
		ev[i].reported = 0;
		if (!ctx->qreach) {
			for (k = 0; k < nq && !ev[i].reported; k++)
				ev[i].reported = v >= quotes[k].q0 && v < quotes[k].q1 && quotes[k].cue != v;
			continue;
		}
		/* the quotations that start at or before v, from the last back,
		** while one of them may still reach it (an article of 30,000
		** quotations stays linear) */
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (quotes[mid].q0 <= v)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (k = lo; k-- > 0 && ctx->qreach[k] > v && !ev[i].reported; )
			ev[i].reported = v < quotes[k].q1 && quotes[k].cue != v;
	}
}

/* The WordNet neighbour whose line codes pattern p, a verb the
** dictionaries do not know ("wordnet:encounter<-meet": "meet"), or NULL. */
static const char *backoff_neighbour(const pl_verbpat *p)
{
	const char *n = p->backoff && p->file ? strstr(p->file, "<-") : NULL;
	return n ? n + 2 : NULL;
}

/* Is verb group k an infinitive after the object of the group before
** when that object is a noun of will with "its", "their", "his" or "her"
** and the infinitive's subject is the group's own ("announced its decision
** to expel two diplomats", src/parse/sent.c possessor_acts)?  The act
** decided is news of its own, not the content of the saying. */
static int willed_infinitive(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k], *pv;
	int q;
	if (k == 0 || !g->infinitive || g->t0 < an->t0 + 3)
		return 0;
	pv = &an->vg[k - 1];
	q = an->np_of[g->t0 - 2 - an->t0];
	return q >= 0 && g->subj >= 0 && g->subj == pv->subj && an->np[q].t1 + 1 == g->t0 &&
	       an->np[q].t0 == pv->t1 && an->tok[an->np[q].t0].tag == PL_T_PRPS &&
	       an->tok[g->t0 - 1].tag == PL_T_TO;
}

/* Is chunk q a thing owned by a person or a body of a state ("the
** president's resignation", "the government's plans")? */
static int owned_by_state(const pl_sentan *an, int q)
{
	return !an->np[q].code && state_role(an->np[q].poss_code);
}

/* The one a protest's demand is made of: after the protest's verb, in its
** sentence, a demand ("demanding", "to demand", "calling on", "urging")
** whose addressee is named: the subject of its "that" clause ("staged a
** sit-in demanding that the mayor resign"), the chunk it acts on
** ("marched, urging the council to"), or the chunk after "from" ("to
** demand higher pay from the government").  -1 when none is named. */
static int demand_addressee(const pl_sentan *an, const pl_vg *g)
{
	static const char *const askw[] = {"demand", "urge", "call", "press", "petition", NULL};
	const pl_token *tok = an->tok;
	uint32_t j, t;
	int q = -1;
	for (j = g->t1; j < an->t1 && !pl_eq(tok[j].s, ";"); j++) {
		if (!PL_TAG_IS_VERB(tok[j].tag) || !pl_in_list(lem(&tok[j]), askw))
			continue;
		t = j + 1;
		if (pl_eq(lem(&tok[j]), "call") && t < an->t1 &&
		    (pl_eq(tok[t].low, "on") || pl_eq(tok[t].low, "for")))
			t++;
		if (t < an->t1 && pl_eq(tok[t].low, "that"))
			t++;
		if (t < an->t1 && (q = an->np_of[t - an->t0]) >= 0 && an->np[q].t0 == t &&
		    person_or_state(an, q))
			return q;
		/* "demanding the resignation of the president", "demanding the
		** president's resignation": the one the thing demanded is of */
		if (t < an->t1 && q >= 0 && an->np[q].t0 == t && !an->np[q].code) {
			int r = an->np[q].t1 + 1 < an->t1 && pl_eq(tok[an->np[q].t1].low, "of") ?
			        an->np_of[an->np[q].t1 + 1 - an->t0] : -1;
			if (r >= 0 && an->np[r].t0 == an->np[q].t1 + 1 && person_or_state(an, r))
				return r;
			if (owned_by_state(an, q))
				return q;
		}
		/* "to demand higher pay from the government" */
		for (; t + 1 < an->t1 && !(tok[t].flags & PL_TOK_PUNCT); t++)
			if (pl_eq(tok[t].low, "from") && (q = an->np_of[t + 1 - an->t0]) >= 0 &&
			    person_or_state(an, q))
				return q;
		return -1;
	}
	return -1;
}

/* Is chunk q a pronoun with no code as the object right after verb group
** g, followed by what it is accused of, urged to do, blamed for ("accused
** it of betraying its supporters", "urged them to back the plan")?  The
** one acted on is the pronoun's, unknown; a chunk after it is not. */
static int object_pronoun(const pl_sentan *an, const pl_vg *g, int q)
{
	static const char *const objp[] = {"it", "them", "him", "her", NULL};
	static const char *const then[] = {"of", "for", "over", "to", NULL};
	const pl_np *np = &an->np[q];
	uint32_t t = np->t1;
	if (np->t0 != g->t1 || np->t1 != np->t0 + 1 || np->code || !pl_in_list(an->tok[np->t0].low, objp) ||
	    t >= an->t1 || !pl_in_list(an->tok[t].low, then))
		return 0;
	/* "gave it to Britain": "to" only before a verb */
	return !pl_eq(an->tok[t].low, "to") || (t + 1 < an->t1 && an->tok[t + 1].tag == PL_T_VB);
}

/* Is chunk q, after "for", the one help or money would go to ("aid for
** flood victims", "money for schools")? */
/* Does lemma w name help given (aid, funds, loans)? */
static int help_noun(const char *w)
{
	static const char *const help[] = {"aid", "help", "assistance", "relief", "money", "fund",
		"food", "loan", "credit", "grant", "support", "supply", NULL};
	return pl_in_list(w, help);
}

static int help_for(const pl_sentan *an, int q)
{
	uint32_t t = an->np[q].t0;
	return t >= an->t0 + 2 && pl_eq(an->tok[t - 1].low, "for") && help_noun(lem(&an->tok[t - 2]));
}

/* Does token j open the purpose of help asked for ("appealed for
** international aid to combat a drought ravaging Botswana", "asked for
** funds to help refugees")?  Whoever that clause names is helped, not
** asked: an appeal for aid goes to donors the sentence may leave unnamed. */
static int help_purpose(const pl_sentan *an, uint32_t j)
{
	int q;
	if (j <= an->t0 || j + 1 >= an->t1 || an->tok[j].tag != PL_T_TO || an->tok[j + 1].tag != PL_T_VB)
		return 0;
	q = an->np_of[j - 1 - an->t0];
	return q >= 0 && !an->np[q].code && an->np[q].t1 == j && help_noun(lem(&an->tok[j - 1]));
}

/* Is chunk q the subject of a passive verb of giving or allowing other
** than group k, with no "by" after it ("candidates be given free post",
** "for councils to be allowed to borrow")?  It names who would receive,
** not who would act. */
static int beneficiary(const pl_sentan *an, int q, int k)
{
	static const char *const give[] = {"give", "pay", "allow", "offer", "grant", "award", "provide",
		"hand", "permit", NULL};
	int j;
	for (j = 0; j < an->nvg; j++)
		if (j != k && an->vg[j].passive && an->vg[j].subj >= 0 && an->vg[j].by < 0 &&
		    an->np[an->vg[j].subj].group == an->np[q].group &&
		    pl_in_list(lem(&an->tok[an->vg[j].v]), give))
			return 1;
	return 0;
}

/* Is actor reference r only a place ("marched in Lagos", "the streets of
** Manila"), where something happens rather than who it is done to? */
static int place_ref(const pl_sentan *an, const pl_actorref *r)
{
	int q;
	if (!r->code || r->t0 < an->t0 || r->t0 >= an->t1 || (q = an->np_of[r->t0 - an->t0]) < 0)
		return 0;
	return an->np[q].place && an->np[q].a0 == r->t0 && an->np[q].code;
}

/* "Students staged a sit-in demanding that the rector resign": a protest
** (root 14) with no target of its own is aimed at the one its demand is
** made of; one whose target is only the place it is held ("marched through
** the streets of Manila demanding the resignation of the president") too:
** the place is a venue. */
static void protest_targets(const pl_sentan *an, pl_event *ev, size_t first, size_t n)
{
	size_t i;
	int k, q;
	for (i = first; i < n; i++) {
		pl_event *e = &ev[i];
		if (e->nominal || ((e->tgt.code || e->tgt.named) && !place_ref(an, &e->tgt)) || !e->cameo ||
		    e->cameo->code[0] != '1' || e->cameo->code[1] != '4' ||
		    (k = pl_vg_of(an, e->v)) < 0 || (q = demand_addressee(an, &an->vg[k])) < 0)
			continue;
		set_ref(&e->tgt, an, &an->np[q], 0);
		/* not the protesters' own side ("urging fellow workers to join") */
		if (e->tgt.code && e->src.code && pl_eq(e->tgt.code, e->src.code))
			memset(&e->tgt, 0, sizeof e->tgt);
	}
}

/* "'We must get out and win,' she told party members": a direct quotation
** cued by verb token v whose clause in this sentence has "we" must or should
** act now.  Told to a party's members or activists, it rallies them to act
** with the speaker: an appeal to them, not a statement (told to MPs or a
** parliament, "we must" is a government's own plan). */
static int rallying(const pl_sentan *an, const pl_docctx *ctx, const pl_quote *quotes, uint32_t v)
{
	size_t n, i;
	const uint32_t *run = cue_run(ctx, quotes, v, &n);
	int j;
	for (i = 0; i < n; i++) {
		const pl_quote *q = &quotes[run[i]];
		if (!q->direct)
			continue;
		for (j = 0; j < an->nvg; j++) {
			const pl_vg *h = &an->vg[j];
			if (h->v >= q->q0 && h->v < q->q1 && h->subj >= 0 && !h->negated && !h->passive &&
			    an->np[h->subj].t1 - an->np[h->subj].t0 == 1 &&
			    pl_eq(an->tok[an->np[h->subj].t0].low, "we") && obliged(an, h))
				return 1;
		}
	}
	return 0;
}

/* "the public are worried", "ministers were alarmed by the figures": a
** passive of a verb of worry (code of a pessimistic comment, 012) is a
** state its subject is in and voices, not a worry done to it by no one.
** (A subject with no code, "those worried about", is left as it was.) */
static int felt_worry(const pl_sentan *an, const pl_vg *g, const char *code)
{
	static const char *const worry[] = {"worry", "concern", "alarm", "trouble", "disturb",
		NULL};
	return code_is(code, "012") && g->subj >= 0 && an->np[g->subj].code &&
	       pl_in_list(lem(&an->tok[g->v]), worry);
}

/* Does verb group h foretell an act: "will", "would", "can" or "could"
** before its verb, not negated ("will think again", "can act")?  A hope
** that a state holds ("is warm to it", "will want to fly") asks for
** nothing. */
static int act_foretold(const pl_sentan *an, const pl_vg *h)
{
	static const char *const modals[] = {"will", "would", "can", "could", "'ll", NULL};
	static const char *const states[] = {"be", "become", "seem", "remain", "stay", "feel", "look",
		"have", "want", "need", "like", "prefer", "enjoy", "see", "find", "get", NULL};
	uint32_t j;
	if (h->negated || h->passive || pl_in_list(lem(&an->tok[h->v]), states))
		return 0;
	for (j = h->t0; j < h->v; j++)
		if (pl_in_list(an->tok[j].low, modals))
			return 1;
	return 0;
}

/* "'I hope you will meet the families,' the MP told the minister", "I hope
** now that the government will act upon this decision": the verb group
** after a hope, whose subject is the one appealed to (-1: none): the
** quotation's "you" standing for the hearer the speaker voices the hope
** to, or an actor named with a code, of another side than the one who
** hopes (src), whose act the hope foretells.  A hope about a pronoun ("I
** hope he does"), of a state ("they are warm towards it") or of one's own
** side ("I hope Labour will win", "the government" hoped of by a
** minister) is no appeal.  src_code: the code of the one who hopes (a
** quotation's speaker for its "I"). */
static int hoped_of_other(const pl_sentan *an, int k, int src, const char *src_code)
{
	const pl_vg *g = &an->vg[k];
	uint32_t t = g->t1;
	int n;
	if (k + 1 >= an->nvg || g->negated || g->passive || g->subj < 0 ||
	    !pl_eq(lem(&an->tok[g->v]), "hope"))
		return -1;
	if (t < an->t1 && an->tok[t].tag == PL_T_RB)
		t++;   /* "I hope now that" */
	if (t < an->t1 && pl_eq(an->tok[t].low, "that"))
		t++;
	if (t >= an->t1 || (n = an->np_of[t - an->t0]) < 0 || an->np[n].t0 != t ||
	    an->vg[k + 1].subj != n || !an->vg[k + 1].finite)
		return -1;
	if (an->np[n].hearer)
		return an->np[g->subj].pronoun && first_person(&an->tok[an->np[g->subj].t0]) ? k + 1 : -1;
	/* (one who hopes must be known: "scientists hope" is a class's view) */
	if (!src_code || strlen(src_code) < 3 ||
	    (src >= 0 && an->np[src].agent_only && !an->np[src].pronoun) || !an->np[n].code || an->np[n].pronoun || an->np[n].person ||
	    (src >= 0 && an->np[n].group == an->np[src].group) || pl_eq(an->np[n].code, src_code) ||
	    (strlen(an->np[n].code) == 3 && !strncmp(an->np[n].code, src_code, 3)) ||
	    (an->np[n].agent_only && strlen(src_code) > 3 && pl_eq(src_code + 3, an->np[n].code)) ||
	    !act_foretold(an, &an->vg[k + 1]))
		return -1;
	return k + 1;
}

/* '"The government has offered the Indonesian government help," the
** spokesman said': "the government" in the words of a government's own
** speaker is that government, not the last other one the article named
** ("the Sri Lankan government" a sentence before).  Only a bare "the
** government" the memory coded, in a direct quotation. */
static void speakers_government(const pl_sentan *an, const pl_docctx *ctx, const pl_quote *quotes,
                                size_t nq, pl_event *ev, size_t first, size_t n, pl_arena *a)
{
	size_t i;
	for (i = first; i < n; i++) {
		pl_actorref *r = &ev[i].src;
		const pl_quote *q;
		char *c;
		if (r->how != PL_HOW_MEMORY || !r->code || strlen(r->code) != 6 ||
		    strcmp(r->code + 3, "GOV") || r->t1 != r->t0 + 2 ||
		    !pl_eq(an->tok[r->t0].low, "the") || !pl_eq(an->tok[r->t0 + 1].low, "government") ||
		    (q = quote_around(ctx, quotes, nq, ev[i].v)) == NULL || !q->code ||
		    strlen(q->code) < 6 || strncmp(q->code + 3, "GOV", 3) ||
		    !strncmp(q->code, r->code, 3) || (c = pl_arena_strndup(a, q->code, 6)) == NULL)
			continue;
		r->code = c;
		r->how = PL_HOW_CONTEXT;
		r->file = NULL;
		r->line = 0;
	}
}

/* Does verb pattern p match verb group g in region r in the given pass of
** the walk (PETRARCH's pass 0: only the patterns for the very form of the
** verb; pass 1: the lemma's)?  Fills what match_pattern does. */
static inline int pattern_fits(const pl_store *s, const pl_verbpat *p, int pass, const pl_sentan *an,
                               const pl_vg *g, const region *r, int *target, int *source,
                               int *usedneg, uint32_t *used, int *nused)
{
	if (p->form && (pass == 1 || strcmp(p->form, an->tok[g->v].low)))
		return 0;
	if (pass == 0 && !p->form)
		return 0;
	if (p->compound && (g->passive || g->subj < 0 || !compound_np(an, g->subj)))
		return 0;
	/* (most of a verb's patterns name a word the region lacks: told so
	** before the call) */
	if (!words_present(p, g, r))
		return 0;
	return match_pattern(s, p, an, g, r, !s->petrarch, target, source, usedneg, used, nused) &&
	       (s->petrarch || (!undone_word(an, used, *nused) && !to_infinitive(p, an, used, *nused)));
}

/* The first pattern of p0's indexed chain (pl_vindex) that matches verb
** group g, a group without a particle, in region r; or NULL.  Only the
** patterns filed under a word the region has, and those filed under none,
** are tried, in the chain's order: any other needs a word the region
** lacks, which words_present would turn it away for. */
static const pl_verbpat *indexed_walk(const pl_store *s, const pl_verbpat *p0, const pl_sentan *an,
                                      const pl_vg *g, const region *r, int *target, int *source,
                                      int *usedneg, uint32_t *used, int *nused)
{
	const pl_vindex *vx = p0->vindex;
	uint64_t cand[PL_VINDEX_MAX / 64], m;
	uint32_t nw = (vx->n + 63) / 64, w, j;
	memcpy(cand, vx->none, nw * sizeof *cand);
	for (w = 0; w < 4; w++)
		for (m = vx->used[w] & r->words[w]; m; m &= m - 1) {
			uint32_t b = w * 64 + (uint32_t)__builtin_ctzll(m);
			for (j = vx->start[b]; j < vx->start[b + 1]; j++)
				cand[vx->idx[j] / 64] |= (uint64_t)1 << (vx->idx[j] % 64);
		}
	for (w = 0; w < nw; w++)
		for (m = cand[w]; m; m &= m - 1) {
			const pl_verbpat *p = &p0[w * 64 + (uint32_t)__builtin_ctzll(m)];
			/* (the words' test in place first: most candidates lack
			** some other word of theirs) */
			if (words_present(p, g, r) &&
			    pattern_fits(s, p, 1, an, g, r, target, source, usedneg, used, nused))
				return p;
		}
	return NULL;
}

int pl_code_sentence(const pl_store *s, const pl_sentan *an, const pl_docctx *ctx,
                     uint32_t sent, const pl_quote *quotes, size_t nq,
                     pl_arena *a, pl_event **ev, size_t *nev, size_t *cap)
{
	const pl_token *tok = an->tok;
	int k, coded_prev = 0, nall = 0, hoped = -1;
	uint32_t usedall[64];
	size_t first_ev = *nev;
	size_t prev_start = *nev;
	for (k = 0; k < an->nvg; k++) {
		size_t nev_before = *nev;
		int skip_inf = coded_prev && an->vg[k].infinitive, threat = 0, vowed_not = 0, was_skip;
		coded_prev = 0;
		/* "vowed not to resign", "pledged never to give up their arms":
		** a yielding sworn off is a refusal to yield (124x), as "said he
		** would not resign" is */
		if (k > 0 && an->vg[k].infinitive && promise_verb(lem(&tok[an->vg[k - 1].v])) && !s->petrarch) {
			uint32_t j;
			for (j = an->vg[k - 1].v + 1; j < an->vg[k].t0; j++)
				if (pl_eq(tok[j].low, "not") || pl_eq(tok[j].low, "never"))
					vowed_not = 1;
		}
		was_skip = skip_inf;
		if (vowed_not)
			skip_inf = 0;
		/* "vowed to crack down": a promise of force is a threat (13x) */
		if (skip_inf && !vowed_not && k > 0 && promise_verb(lem(&tok[an->vg[k - 1].v])) && !s->petrarch) {
			threat = 1;
			skip_inf = 0;
		}
		if (skip_inf && !s->petrarch && willed_infinitive(an, k))
			skip_inf = 0;
		if (skip_inf)
			continue;   /* "urged Israel to agree": the appeal is the event */
		if (k == hoped)
			continue;   /* "I hope you will meet them": what the appeal asks */
		const pl_vg *g = &an->vg[k];
		const char *verb = lem(&tok[g->v]);
		const pl_verbpat *p = pl_tok_get_lem(&s->verbs, &tok[g->v]);
		region r;
		int target = -1, source = -1, usedneg = 0, src_np = -1, tgt_np = -1, end, nused = 0, that_at, own_that;
		int sent_addr = 0;        /* tgt_np is whom words were sent to (sent_to) */
		int own_side;             /* the pattern's `+` is the source's own side */
		int cond_who = -1, cond_threat = 0;
		int things;               /* 4: drop the source's members that are things */
		int unnamed, mutual, demand, refused, stance, viewheld, unreal, arranged, diary, silent, stopper;
		const pl_quote *speaker = NULL;
		uint32_t used[16];
		pl_event e;
		const char *code;
		if (!p)
			continue;
		/* "ill-adapted to demand", "expects demand this year to be
		** strong": the market's demand, which the tagger took for the
		** verb, is no one's */
		if (!s->petrarch && pl_eq(verb, "demand") && market_demand(an, g))
			continue;
		/* "called for redemption its notes due 1990": no demand */
		if (!s->petrarch && pl_eq(verb, "call") && financial_call(an, g))
			continue;
		/* "holds some 70 pct of Macau Telephone", "owns a 25 pct stake
		** in the insurer": a holding is a state, not an act, whatever
		** names come after it */
		if (!s->petrarch && holding_state(s, an, g))
			continue;
		/* "an agreement calling for County Trust to merge": the deal's
		** content, no demand; nor is the act it calls for done */
		if (!s->petrarch && document_content(an, g)) {
			coded_prev = 1;
			continue;
		}
		/* the region: the subject of a passive first, then the rest of the
		** clause (for a verb of saying: the rest of the sentence) */
		r.n = 0;
		/* PETRARCH reads a "that" clause as part of the verb's phrase:
		** "Gollum allowed that Mordor isn't a really pleasant place",
		** "Eriador expressed hopes on Thursday that Osgiliath ..." */
		that_at = -1;
		own_that = 0;
		if (!s->petrarch && !g->reporting) {
			/* parley's own lines read the that-clause only for a
			** pattern that goes on past "that" ("agree that
			** cooperate": "agreed that their countries should
			** cooperate" is a promise of cooperation).  (The clause's
			** "that" first: most have none, and the verb's patterns
			** are then not walked.) */
			int j;
			for (j = (int)g->t1; j < g->cl_end; j++)
				if (pl_eq(tok[j].low, "that") && tok[j].tag == PL_T_IN)
					break;
			if (j < g->cl_end && words_after_that(p)) {
				that_at = j;
				own_that = 1;
			}
		}
		if (s->petrarch && !g->reporting) {
			int j;
			for (j = (int)g->t1; j < g->cl_end; j++)
				if ((pl_eq(tok[j].low, "that") || pl_eq(tok[j].low, "whether")) &&
				    tok[j].tag == PL_T_IN) {
					that_at = j;
					break;
				}
		}
		end = g->reporting || that_at >= 0 ? (int)an->t1 : g->cl_end;
		if (g->nominal)
			continue;
		/* a passive's subject with its of-phrases: "Scores of hostages were
		** released" matches "release hostage" */
		if (g->passive && g->subj >= 0)
			region_add(&r, tok, g->subj_t0, g->t0 > g->subj_t0 ? g->t0 : an->np[g->subj].t1);
		region_add(&r, tok, g->t1, (uint32_t)end);
		{
			/* PETRARCH: a block for the very form of the verb ("LEFT")
			** first, then the lemma's ("LEAVE") */
			const pl_verbpat *p0 = p;
			int pass;
			if (p0->vindex && !s->petrarch && !g->particle)
				p = indexed_walk(s, p0, an, g, &r, &target, &source, &usedneg, used, &nused);
			else
			for (pass = s->petrarch ? 0 : 1, p = NULL; pass < 2 && !p; pass++) {
				for (p = p0; p; p = p->next)
					if (pattern_fits(s, p, pass, an, g, &r, &target, &source, &usedneg, used, &nused))
						break;
			}
		}
		if (!p)
			continue;
		/* "an attempt to assassinate the governor", "a failed bid to
		** kill him": the try is the event (dict/nouns.tsv, 185), not
		** the killing, which did not happen */
		if (!s->petrarch && (!strncmp(p->code, "18", 2) || !strncmp(p->code, "19", 2)) &&
		    tried_act(an, g))
			continue;
		/* "took up the responsibility for exports": a charge held */
		if (!s->petrarch && charge_held(s, an, g, p))
			continue;
		/* "conceded the comments may have been offensive": what the
		** clause says, not a yielding */
		if (!s->petrarch && !p->nelem && !p->particle) {
			const pl_verbpat *pt = zero_that_line(pl_tok_get_lem(&s->verbs, &tok[g->v]), an, g);
			if (pt)
				p = pt;
		}
		/* the that-clause served the pattern's words only: no target
		** is looked for in it ("experts agree that courts would let
		** them sue the firms" names no one agreed with) */
		if (own_that)
			that_at = -1;
		/* "the sums did not add up", "wrote off the debt": a verb of
		** saying with a particle its line lacks is another verb */
		if (!s->petrarch && !p->particle && !p->nelem && code_is(p->code, "010") &&
		    pl_other_sense_particle(tok, g, an->t1))
			continue;
		/* "I want children to know": no appeal to them */
		if (!s->petrarch && !strncmp(p->code, "02", 2) && wants_state(an, g))
			continue;
		/* "pressed ahead with the plans", "pushed on with reform": going
		** on with one's own course asks nothing of anyone */
		if (!s->petrarch && (!strncmp(p->code, "10", 2) || !strncmp(p->code, "02", 2)) &&
		    g->t1 < an->t1 && (pl_eq(tok[g->t1].low, "ahead") ||
		                       (pl_eq(tok[g->t1].low, "on") && g->t1 + 1 < an->t1 &&
		                        pl_eq(tok[g->t1 + 1].low, "with"))))
			continue;
		{
			int u;
			for (u = 0; u < nused && nall < 64; u++)
				usedall[nall++] = used[u];
		}
		/* "called for councils to be given more powers": nor on one
		** the act asked for would give something to (beneficiary); a
		** verb of saying has its own reading of "should be allowed" */
		if (!s->petrarch && target >= 0 && !g->reporting &&
		    (!strncmp(p->code, "10", 2) || !strncmp(p->code, "02", 2)) && beneficiary(an, target, k))
			target = -1;
		/* "met Putin in Vienna": a pattern's "+" on a venue is no target */
		if (!s->petrarch && target >= 0 && !g->passive && venue(an, g, target, p->code))
			target = -1;
		/* "..., a parliamentary official said": nor on who reports it */
		if (!s->petrarch && target >= 0 && reporter_after(an, g->t1, k, target))
			target = -1;
		/* "recognised Kosovo as a state" keeps its "as"; a "+" on what
		** someone is or becomes ("remains chairman") is no target */
		if (!s->petrarch && target >= 0 && an->np[target].t0 >= g->t1 && predicative(an, target) &&
		    !(an->np[target].t0 > an->t0 && pl_eq(tok[an->np[target].t0 - 1].low, "as") &&
		      pattern_has(p, "as")))
			target = -1;

		/* source and target; PETRARCH reads a passive only by its "by"
		** phrase ("The Philippines was criticized over its dispute with
		** Eriador": PHL ERI) */
		if (g->passive && !s->petrarch && felt_worry(an, g, p->code)) {
			/* "critics are worried that ...": the one worried voices it */
			src_np = g->subj;
			tgt_np = g->by >= 0 ? g->by : target;
		} else if (g->passive && !(s->petrarch && g->by < 0 && g->finite)) {
			src_np = g->by;
			tgt_np = target >= 0 ? target : g->subj;
			/* ("government plans unveiled on Monday": with no doer
			** named, the owner of the thing done to is no target) */
			if (tgt_np >= 0 && tgt_np == g->subj && an->np[tgt_np].owner_mod &&
			    (g->by < 0 || !(an->np[g->by].code || an->np[g->by].poss_code)))
				tgt_np = -1;
			/* "Scores of hostages were released": the of-phrase names them */
			if (target < 0 && tgt_np >= 0 && !an->np[tgt_np].code) {
				int q = tgt_np;
				while (q + 1 < an->nnp && an->np[q + 1].t0 == an->np[q].t1 + 1 &&
				       pl_eq(tok[an->np[q].t1].low, "of") && an->np[q + 1].t1 <= g->t0) {
					q++;
					if (an->np[q].code) {
						tgt_np = q;
						break;
					}
				}
			}
		} else {
			src_np = g->subj;
			tgt_np = target;
			/* a `%` pattern: the members of the subject act on each other */
			if (p->compound)
				tgt_np = src_np;
		}
		/* PETRARCH's `$` after the verb names the source, a `+` before it
		** makes the subject the target ("+ * FROM $": "Eriador received
		** money from Osgiliath") */
		if (p->tgt_before) {
			tgt_np = g->subj;
			src_np = source;
			/* "Gondor's Prime Minister noted that Cirith Ungol regretted"
			** ("NOTED + *"): without a `$`, the source is the subject of
			** the clause above */
			if (src_np < 0) {
				int j;
				for (j = k - 1; j >= 0; j--)
					if (an->vg[j].subj >= 0 && an->vg[j].subj != g->subj && an->vg[j].finite) {
						src_np = an->vg[j].subj;
						break;
					}
			}
		} else if (source >= 0) {
			src_np = source;
		}
		/* "Japanese trade problems were discussed": the matter, not a
		** party; one "with" names may still be found below */
		if (!s->petrarch && g->passive && tgt_np >= 0 && tgt_np == g->subj && target < 0 &&
		    topic_verb(verb, p->code))
			tgt_np = -1;
		/* "protested over Canada's decision to close its ports to
		** French boats": a pattern's `+` that names the source's own
		** country is no one acted on; the words after the verb may still
		** name the other side (else it stays, as before) */
		own_side = !s->petrarch && target >= 0 && tgt_np == target && src_np >= 0 && !g->passive &&
		           !p->tgt_before && !p->compound && an->np[src_np].code && an->np[target].code &&
		           !an->np[target].agent_only && strlen(an->np[target].code) == 3 &&
		           pl_eq(an->np[src_np].code, an->np[target].code);
		if (own_side)
			tgt_np = -1;
		if (tgt_np < 0 && (target < 0 || own_side)) {
			/* the first actor after the verb in the clause; for a verb of
			** saying only its addressee, right after it */
			uint32_t j, vend = 0;   /* where the last venue ends */
			uint32_t lim = g->reporting && !s->petrarch ? (g->t1 < an->t1 ? g->t1 + 1 : g->t1)
			               : that_at >= 0 ? (uint32_t)end : (uint32_t)g->cl_end;
			if (!s->petrarch && topic_verb(verb, p->code))
				tgt_np = relative_partner(an, g);
			if (!s->petrarch) {
				int q = speech_addressee(an, used, nused, lim);
				if (q >= 0 && (src_np < 0 || an->np[q].group != an->np[src_np].group))
					tgt_np = q;
				/* (only for words a known actor sent: an addressee
				** alone makes no record of who spoke) */
				q = tgt_np < 0 && src_np >= 0 && an->np[src_np].code ?
				    sent_to(an, g, p->code) : -1;
				if (q >= 0 && an->np[q].group != an->np[src_np].group) {
					tgt_np = q;
					sent_addr = 1;
				}
			}
			for (j = g->t1; tgt_np < 0 && j < lim; j++) {
				int q = an->np_of[j - an->t0];
				/* "shelled the harbour, according to fishermen": who
				** tells of the act is not acted on */
				if (!s->petrarch && pl_eq(tok[j].low, "according") && j + 1 < an->t1 &&
				    pl_eq(tok[j + 1].low, "to"))
					break;
				/* "asked for clarification on the move to free the
				** prisoner", "gave advice to parties on a cap on Labour's
				** spending": who an appeal or a demand is about is not who
				** it asks */
				if (!s->petrarch && topic_start(an, g, j, used, nused) &&
				    (!strncmp(p->code, "02", 2) || !strncmp(p->code, "10", 2)))
					break;
				if (!s->petrarch && own_infinitive(an, g, j, used, nused, p->code))
					break;
				/* "discussed Japanese trade problems": the matter
				** talked over is no party to the talk; only one named
				** after "with" is */
				if (q >= 0 && !s->petrarch && topic_verb(verb, p->code) && !with_phrase(an, g, q) &&
				    !infinitive_object(an, g, q) && !topic_counterpart(an, g, q))
					continue;
				/* "said the U.S. would ...": the subject of the reported
				** clause is not an addressee */
				uint32_t qe = q >= 0 ? group_end(an, q) : 0;
				if (g->reporting && q >= 0 && qe < an->t1 &&
				    (PL_TAG_IS_VERB(an->tok[qe].tag) || an->tok[qe].tag == PL_T_MD)) {
					/* PETRARCH: when the reported clause has no verb
					** to code ("Arnor believes Dagolath and Osgiliath can
					** cope"), its subject is the target of the saying */
					if (s->petrarch && !coded_verb_after(s, an, k)) {
						/* ... or its first actor ("Frodo said he has deep
						** satisfaction toward Gondor") */
						int q2;
						for (q2 = q; q2 < an->nnp && !an->np[q2].code && !an->np[q2].poss_code; q2++)
							;
						if (q2 < an->nnp && (an->np[q2].code || an->np[q2].poss_code))
							tgt_np = q2;
					}
					break;
				}
				/* "hopes to remain MP for Richmond", "resigned as
				** party chairman": what the subject is or becomes, with
				** the words that belong to it, is no one acted on */
				if (q >= 0 && !s->petrarch && predicative(an, q))
					break;
				/* a chunk holding a word of the pattern ("seized 251
				** hostages") is part of the event, not its target; but
				** in a meeting or a visit (root 04) the person or body it
				** names is the other side ("received the foreign
				** secretary", "met his counterpart") */
				/* "attacked the policies of the government", "praised the
				** work of the police": the actor in the of-phrase of an
				** idea, a text or a record backed, criticised or rejected
				** right after the verb is its owner, the one acted on */
				if (q >= 0 && !s->petrarch) {
					int ow = of_owner(s, an, q, p->code);
					if (ow >= 0 && (an->np[q].t0 == g->t1 || recipient_phrase(an, q)) &&
					    (src_np < 0 || an->np[ow].group != an->np[src_np].group)) {
						tgt_np = ow;
						break;
					}
				}
				if (q >= 0) {
					int u, inpat = 0;
					for (u = 0; u < nused; u++)
						if (used[u] >= an->np[q].t0 && used[u] < an->np[q].t1)
							inpat = 1;
					if (inpat && !s->petrarch && p->code[0] == '0' && p->code[1] == '4' &&
					    person_or_state(an, q) &&
					    (src_np < 0 || an->np[q].group != an->np[src_np].group)) {
						tgt_np = q;
						break;
					}
					/* "seized Iran's tanker": in material conflict (roots
					** 14-20), the owner of the thing taken or struck;
					** "rejected the government's plan" (a pattern of its
					** own, 127): the owner of the idea */
					if (inpat && !s->petrarch && ouster_owner(an, g, q, p->code) &&
					    other_side(an, src_np, q)) {
						tgt_np = q;
						break;
					}
					if (inpat && !s->petrarch && national_object(an, g, q, src_np, p->code, used, nused)) {
						tgt_np = q;
						break;
					}
					/* "clashed with police at a funeral": the partner,
					** not the venue after it */
					if (inpat && !s->petrarch && with_partner(an, p, q)) {
						if (an->np[q].code &&
						    (src_np < 0 || an->np[q].group != an->np[src_np].group))
							tgt_np = q;
						break;
					}
					/* ("agreed to the strikers' demands": the thing
					** after the pattern's preposition, judged_phrase) */
					if (inpat && !s->petrarch && an->np[q].poss_code &&
					    ((an->np[q].t0 == g->t1 &&
					      (owned_stance(s, an, q, p->code) ||
					       ((p->code[0] == '2' || (p->code[0] == '1' && p->code[1] >= '4')) &&
					        !owned_stance(s, an, q, "120")))) ||
					     judged_phrase(s, an, pattern_end(g, used, nused, an->np[q].t0), q, src_np, p->code)) &&
					    other_side(an, src_np, q)) {
						tgt_np = q;
						break;
					}
					if (inpat)
						continue;
				}
				/* "recommended that candidates be given free post",
				** "appealed for inspectors to be given more time": one an
				** appeal or a demand would have something given to is
				** not the one asked to give it, who goes unnamed */
				if (q >= 0 && !s->petrarch && (!strncmp(p->code, "10", 2) || !strncmp(p->code, "02", 2)) &&
				    beneficiary(an, q, k))
					break;
				/* "appealed to donors for aid for flood victims": who
				** the help asked for would go to is not the one asked */
				if (q >= 0 && !s->petrarch && (!strncmp(p->code, "10", 2) || !strncmp(p->code, "02", 2)) &&
				    help_for(an, q))
					break;
				if (!s->petrarch && (!strncmp(p->code, "10", 2) || !strncmp(p->code, "02", 2)) &&
				    help_purpose(an, j))
					break;
				/* "called for an inquiry by a judge": who would do the
				** act asked for is not the one asked (but "rejected a
				** request by the union" rejects the union's) */
				if (q >= 0 && !s->petrarch && (!strncmp(p->code, "10", 2) || !strncmp(p->code, "02", 2)) &&
				    act_agent(s, an, q, used, nused)) {
					j = agent_end(an, q) - 1;
					continue;
				}
				/* "the bombing of a school": a bare role inside an
				** of-phrase of a thing is not the target ("the presence of
				** IDF troops" is) */
				if (q >= 0 && an->np[q].t0 >= an->t0 + 2 && pl_eq(tok[an->np[q].t0 - 1].low, "of")) {
					int h = an->np_of[an->np[q].t0 - 2 - an->t0], u, inpat = 0;
					for (u = 0; h >= 0 && u < nused; u++)
						if (used[u] >= an->np[h].t0 && used[u] < an->np[h].t1)
							inpat = 1;
					if (h >= 0 && !an->np[h].code && !inpat && an->np[q].agent_only)
						continue;
				}
				if (q >= 0 && with_gerund_doer(an, q, k))
					break;
				if (q >= 0 && !s->petrarch && object_pronoun(an, g, q))
					break;
				/* the subject of another verb is not this verb's target
				** ("offered to host talks, a spokesman said") */
				if (q >= 0 && is_subject(an, q, k, src_np >= 0 && an->np[src_np].code) && !(that_at >= 0 && an->np[q].t0 == (uint32_t)that_at + 1))
					continue;
				/* "told reporters": the press is not a target */
				if (q >= 0 && g->reporting && an->np[q].code && strlen(an->np[q].code) >= 3 &&
				    pl_eq(an->np[q].code + strlen(an->np[q].code) - 3, "MED"))
					break;
				/* ... with its of-phrase ("in the federal court of
				** Canada") */
				if (q >= 0 && !s->petrarch && (venue(an, g, q, p->code) ||
				    (an->np[q].t0 == vend + 1 && pl_eq(tok[vend].low, "of")))) {
					vend = an->np[q].t1;
					continue;
				}
				if (q >= 0 && an->np[q].code &&
				    !(g->reporting && an->np[q].agent_only && !state_addressee(an, g, q)) &&
				    (src_np < 0 || an->np[q].group != an->np[src_np].group)) {
					tgt_np = q;
					break;
				}
				/* "rejected the Tories' idea", "backed Mr Blair's
				** proposal": the object's owner is the one acted on,
				** after a verb of saying too when the object is an idea
				** its owner holds ("criticised the government's plan") */
				if (q >= 0 && !s->petrarch && an->np[q].poss_code && an->np[q].t0 == g->t1 &&
				    (!g->reporting || owned_stance(s, an, q, p->code)) && other_side(an, src_np, q)) {
					tgt_np = q;
					break;
				}
				/* "gave his backing to Mr Brown's bid", "agreed with the
				** government's view": an idea its owner stands for, named
				** in the phrase that says to whom the act goes */
				if (q >= 0 && !s->petrarch && an->np[q].poss_code && recipient_phrase(an, q) &&
				    owned_stance(s, an, q, p->code) && other_side(an, src_np, q)) {
					tgt_np = q;
					break;
				}
				/* "protested over Canada's decision", "agreed to the
				** union's demands": the owner of the thing judged or
				** yielded to, named after the verb's preposition */
				if (q >= 0 && !s->petrarch && an->np[q].poss_code &&
				    judged_phrase(s, an, pattern_end(g, used, nused, an->np[q].t0), q, src_np, p->code) &&
				    other_side(an, src_np, q)) {
					tgt_np = q;
					break;
				}
			}
		}
		if (own_side && tgt_np < 0)
			tgt_np = target;
		/* "We are opposed ...," Miller said: the speaker is the source */
		{
			const pl_quote *qs = NULL;
			if (src_np >= 0 && an->np[src_np].pronoun && !g->passive &&
			    first_person(&tok[an->np[src_np].t0]))
				qs = quote_around(ctx, quotes, nq, g->v);
			/* "he added", "she told the BBC" where the people named
			** before differ: the speaker the pronoun stands for */
			if (!s->petrarch && src_np >= 0 && an->np[src_np].pronoun && !an->np[src_np].code &&
			    !g->passive &&
			    g->reporting && (pl_eq(tok[an->np[src_np].t0].low, "he") ||
			    pl_eq(tok[an->np[src_np].t0].low, "she")))
				qs = pronoun_cue(quotes, nq, g->v);
			speaker = qs;
		}
		/* PETRARCH takes the actor of a chunk from any name in it, a
		** possessor too ("Ithilen's palace guard militia") */
		/* "the Labour plans said", "the new budget promised": a verbal
		** act needs a speaker, not a thing its actor owns */
		if (!s->petrarch && src_np >= 0 && src_np == g->subj && an->np[src_np].code &&
		    verbal_code(p->code) && !pl_can_speak(s, an, src_np))
			src_np = -1;
		/* "Canadian copper output declined", "the Dutch economy would
		** threaten", "a Chinese plant that will export": goods, money,
		** figures and works do nothing, whatever country or body their
		** modifier names (what is done to them keeps its target) */
		things = 0;
		if (!s->petrarch && src_np >= 0 && (src_np == g->subj || src_np == g->by) &&
		    an->np[src_np].code && !g->nominal && thing_chunk(s, an, src_np)) {
			/* (one joined to actors: they act, "the Kenyan tea crop
			** and growers are looking forward") */
			int m, keep = -1;
			for (m = 0; m < an->nnp && compound_np(an, src_np); m++)
				if (an->np[m].group == an->np[src_np].group && an->np[m].code &&
				    !thing_chunk(s, an, m)) {
					keep = m;
					break;
				}
			src_np = keep;
			things = keep >= 0 ? 4 : 0;
		}
		if (!s->petrarch && src_np >= 0 && src_np == g->subj && place_affords(an, g, src_np))
			src_np = -1;
		/* a statement by a speaker the dictionaries do not know ("Carrie
		** Lam, the chief executive of ..., said"): still a statement, its
		** source named but uncoded */
		unnamed = -1;
		if (src_np >= 0 && !an->np[src_np].code && !an->np[src_np].poss_code && !s->petrarch &&
		    g->reporting && !g->passive && g->finite && p->code[0] == '0' && p->code[1] == '1' &&
		    !an->np[src_np].pronoun)
			unnamed = src_np;
		/* "the two sides agreed", "the warring factions signed": parties
		** to a dispute, named before or not at all, act as one */
		if (unnamed < 0 && !s->petrarch && src_np >= 0 && src_np == g->subj && !an->np[src_np].code &&
		    !an->np[src_np].poss_code && !g->passive && g->finite && !an->np[src_np].pronoun &&
		    !(p->code[0] == '0' && p->code[1] < '3') && paired_parties(an, src_np))
			unnamed = src_np;
		/* "the Sudanese government and the SPLA agreed": a compound one
		** of whose members no dictionary names acts through the others */
		if (!s->petrarch && src_np >= 0 && src_np == g->subj && !an->np[src_np].code &&
		    !an->np[src_np].poss_code && !an->np[src_np].pronoun)
			src_np = coded_member(an, g, src_np);
		if (src_np >= 0 && !an->np[src_np].code &&
		    !((s->petrarch || (g->subj_poss && src_np == g->subj)) && an->np[src_np].poss_code))
			src_np = -1;
		if (tgt_np >= 0 && !an->np[tgt_np].code && !an->np[tgt_np].poss_code)
			tgt_np = -1;
		/* "offered shares to Mr X", "agreed a contract with the union",
		** "reached an agreement with Y", "signed a contract with Y":
		** intents, agreements and material cooperation have a second party */
		/* ... also when the chunk found is only where the thing given
		** is or what it is a share in ("agreed to sell its smelter in
		** Washington to Columbia Aluminium", "its stake in Reynolds to
		** Alcoa"): the one it goes to is the other side */
		if (!s->petrarch && !g->passive && p->code[0] == '0' &&
		    (p->code[1] == '3' || p->code[1] == '6' || !strncmp(p->code, "057", 3)) &&
		    (tgt_np < 0 || (an->np[tgt_np].t0 > g->t1 && pl_eq(tok[an->np[tgt_np].t0 - 1].low, "in")))) {
			int given = given_to(an, g);
			if (given >= 0 && given != src_np && (src_np < 0 || an->np[given].group != an->np[src_np].group) &&
			    (tgt_np < 0 || an->np[given].t0 > an->np[tgt_np].t0))
				tgt_np = given;
		}
		if (tgt_np >= 0 && tgt_np == target && src_np < 0 && !owner_target(an, target, p->code))
			tgt_np = -1;
		/* "the minister said Iran must stop enriching uranium": the
		** speaker demands it of the subject */
		demand = 0;
		if (!s->petrarch && !speaker && !g->negated && !g->passive && src_np >= 0 &&
		    demand_code(p->code)) {
			const pl_quote *qs = must_in_speech(an, g, quotes, nq);
			int asks = qs ? cue_asks(an, qs) : 2;
			if (asks < 2 && (!an->np[src_np].code || strcmp(qs->code, an->np[src_np].code)) &&
			    !pl_nobody_in_particular(an, src_np) && !pl_own_side(an, src_np, qs->code) &&
			    !pl_should_forecast(s, an, k)) {
				speaker = qs;
				tgt_np = src_np;
				src_np = -1;
				demand = 1 + asks;
			}
		}
		if (!s->petrarch && (press_event(an, src_np, &tgt_np, p->code) ||
		                     kin_statement(an, src_np, p->code)))
			continue;
		/* "he is reported to have said", "it is said that": hearsay in
		** the passive with no one saying it, not an event (its subject is
		** what is said, not whom it is said to) */
		if (!s->petrarch && g->passive && g->reporting && g->by < 0 && p->code[0] == '0' &&
		    p->code[1] == '1' && ((g->t1 < an->t1 && pl_eq(tok[g->t1].low, "to")) ||
		    (g->subj >= 0 && pl_eq(tok[an->np[g->subj].t0].low, "it"))))
			continue;
		/* "the senator is alleged to have threatened a reporter",
		** "comments he is alleged to have made": the writer's hedge on
		** the act, with no one accusing, not an accusation */
		if (!s->petrarch && g->passive && g->by < 0 && g->t1 < an->t1 &&
		    pl_eq(tok[g->t1].low, "to") && (pl_eq(lem(&tok[g->v]), "allege") ||
		                                    pl_eq(lem(&tok[g->v]), "claim")))
			continue;
		/* "rival MPs are said to be dissatisfied", "backbenchers are
		** believed to want him to quit": a state (wanting, being, having,
		** favouring) that hearsay in the passive, with no one saying it,
		** lends to the subject is no event; acts so reported are kept */
		if (!s->petrarch && hedged_state(an, g))
			continue;
		/* a statement by "the agency" or "the group" not named before is
		** no one's */
		if (unnamed >= 0 && ((definite(&tok[an->np[unnamed].t0]) &&
		    not_speaker(lem(&tok[an->np[unnamed].t1 - 1]))) || !pl_can_speak(s, an, unnamed)))
			unnamed = -1;
		/* an event needs an actor, except violence and coercion (roots
		** 14-20) in a passive, which news reports without one: "two
		** journalists were abducted"; an active clause whose subject is no
		** actor ("the virus has killed six", "two trailers blew up") is not
		** an event between actors */
		/* PETRARCH codes no event without a source */
		if (s->petrarch && src_np < 0 && !speaker)
			continue;
		/* "talks were held between Egypt and Qatar", "fighting between the
		** army and the rebels killed ten": one side with the other */
		mutual = -1;
		if (!s->petrarch && tgt_np < 0 && !speaker) {
			if (src_np >= 0)
				mutual = between_first(an, src_np) ? src_np : -1;
			else
				mutual = between_in(an, g->t1, (uint32_t)g->cl_end);
			/* "to discuss relations between India and Pakistan": a
			** "between" of the matter's noun names the matter's sides
			** (in the passive, "was discussed at a meeting between
			** officials and industry", the ones who talked) */
			if (mutual >= 0 && !g->passive && topic_verb(verb, p->code) && an->np[mutual].t0 >= an->t0 + 2 &&
			    an->np_of[an->np[mutual].t0 - 2 - an->t0] >= 0)
				mutual = -1;
		}
		/* ... nor a protest by a crowd no dictionary names ("hundreds of
		** people protested", "thousands rallied"): the crowd is its actor */
		if (src_np < 0 && tgt_np < 0 && !speaker && unnamed < 0 && mutual < 0 &&
		    !(g->passive && (p->code[0] == '2' || (p->code[0] == '1' && p->code[1] >= '4'))) &&
		    !(!s->petrarch && !g->passive && p->code[0] == '1' && p->code[1] == '4' &&
		      crowd(an, g->subj)) &&
		    !(!s->petrarch && !g->passive && (p->code[0] == '2' || (p->code[0] == '1' && p->code[1] >= '8')) &&
		      unknown_doer(an, g)))
			continue;

		code = demand == 2 ? appeal_code(demand_code(p->code)) : demand ? demand_code(p->code) : p->code;
		if (!s->petrarch && p->tgt_before && fire_from_arms(an, p, src_np, tgt_np))
			code = "190";
		/* "'I hope you can act,' she told the minister": a hope voiced
		** to the hearer about the hearer's act is an appeal to the
		** hearer, coded by what is asked */
		if (!s->petrarch && code_is(code, "013") &&
		    (hoped = hoped_of_other(an, k, src_np, speaker ? speaker->code : src_np >= 0 ?
		                            an->np[src_np].code : NULL)) >= 0) {
			const pl_verbpat *ap = pl_tok_get_lem(&s->verbs, &tok[an->vg[hoped].v]);
			const char *d;
			/* (the verb's own code, not one of a pattern of words
			** after it: "serve" is not "serve as mediator") */
			while (ap && (ap->nelem || ap->particle || ap->form))
				ap = ap->next;
			d = ap ? demand_code(ap->code) : NULL;
			code = d ? appeal_code(d) : "020";
			tgt_np = an->vg[hoped].subj;
		}
		/* "'We must win,' he told Tory activists": a rallying call */
		if (!s->petrarch && code_is(code, "010") && g->reporting && !g->negated && tgt_np >= 0 &&
		    hearer_of(an, g, tgt_np) && strstr(an->np[tgt_np].code, "PTY") &&
		    rallying(an, ctx, quotes, g->v))
			code = "020";
		/* "said schools must be a place of learning": a principle, a
		** statement (which stance.c may still read) */
		if (!s->petrarch && !demand && (code_is(code, "111") || (code_is(code, "100") && target >= 0 &&
		    (generic(an, target) || ought_role(an, k)))) && ought_state(an, k, p)) {
			code = "010";
			if (tgt_np == target)
				tgt_np = -1;
		}
		/* "said the law should reflect public opinion": a view */
		if (!s->petrarch && !demand && code_is(code, "100") &&
		    (ought_relation(an, k, p) || (an->vg[k].reporting && implied_modal(an, k)))) {
			code = "010";
			tgt_np = -1;
		}
		/* "said GDP should grow by 2.3 pct", "said the sale should reduce
		** its problems": a "should" of likelihood forecasts, asks no one */
		if (!s->petrarch && !demand && pl_eq(code, "100") && an->vg[k].reporting &&
		    pattern_has(p, "should") && pl_should_forecast(s, an, modal_clause(an, k, 1))) {
			code = "010";
			tgt_np = -1;
		}
		/* "said the government must be worried", "said the company
		** should be bringing in new products": a state inferred or
		** expected, asked of no one */
		if (!s->petrarch && !demand && code_is(code, "100") && an->vg[k].reporting &&
		    (pattern_has(p, "must") || pattern_has(p, "should")) &&
		    inferred_clause(an, k)) {
			code = "010";
			tgt_np = -1;
		}
		/* "said no politician should repeat that mistake", "Tony Blair
		** said Britain must lead", an analyst's "said investors must be
		** careful": what no one in particular, a class in general or
		** the speaker's own side must do is a rule, a view or a
		** position, no demand */
		if (!s->petrarch && !demand && code_is(code, "100") && tgt_np >= 0 &&
		    (pattern_has(p, "must") || pattern_has(p, "should")) &&
		    (pl_nobody_in_particular(an, tgt_np) ||
		     pl_class_view(an, tgt_np, src_np >= 0 ? np_code(an, src_np) : NULL) ||
		     pl_own_side(an, tgt_np, src_np >= 0 ? np_code(an, src_np) : NULL))) {
			code = "010";
			tgt_np = -1;
		}
		/* "said Turkey should be allowed to join": what others should
		** let an actor do is a view of its due, asked of no one named */
		if (!s->petrarch && !demand && code_is(code, "100") && tgt_np >= 0 &&
		    pattern_has(p, "should") && should_let(an, k, tgt_np)) {
			code = "010";
			tgt_np = -1;
		}
		/* "said the public should be consulted": not a demand of the
		** public */
		if (!s->petrarch && !demand && tgt_np >= 0 && code[0] == '1' && code[1] == '0' &&
		    acted_on_subject(an, k, p, tgt_np))
			tgt_np = -1;
		/* "said the plan was a disgrace": a statement that judges is the
		** criticism or praise it makes (dict/stance.tsv) */
		stance = 0;
		/* "considers that the quota is too low": an opinion said */
		viewheld = !s->petrarch && code_is(code, "014") && holds_view(an, k);
		if (viewheld) {
			code = "010";
			tgt_np = -1;
		}
		/* ("told MPs the plan was a disgrace": the judgement, not the
		** hearers, is what the statement is about) */
		if (!s->petrarch && !demand && (g->reporting || viewheld) && !g->negated && !g->passive &&
		    code_is(code, "010")) {
			int judged, told, hearer = tgt_np >= 0 && !state_addressee(an, g, tgt_np);
			size_t nrun;
			const uint32_t *run = cue_run(ctx, quotes, g->v, &nrun);
			const char *sc = pl_stance_code(s, an, k, quotes, run, nrun, &judged, &told);
			/* ("told a party gathering the Tories' plans would cause
			** failure": a judgement of a third party is the event
			** whoever hears it; what is asked or wished may be asked
			** of the hearers, who stay the target; "told Pereira the
			** moratorium was a mistake", "\"you are a fine
			** minister,\" he said in a letter to her" judge the one
			** addressed, or its course) */
			if (sc && hearer && !(judgement_code(sc) && judged >= 0 &&
			                      ((judged != tgt_np && hearer_of(an, g, tgt_np)) ||
			                       (told && judged == tgt_np))))
				sc = NULL;
			if (sc) {
				code = sc;
				/* ("has told MPs the post should go to the best
				** person": a demand or a plan that names no one keeps
				** the state body told as its target) */
				if (judged >= 0 || hearer || tgt_np < 0 || judgement_code(sc))
					tgt_np = judged;
				stance = 1;
			}
		}
		/* "alleged that the minister had lied", "charged that the Fed's
		** ruling violates the act": an allegation whose verb names no one
		** accuses the subject of the clause it reports (stance.c) */
		if (!s->petrarch && !demand && !stance && !g->negated && !g->passive && tgt_np < 0 &&
		    code_is(code, "112") && (pl_eq(lem(&an->tok[g->v]), "allege") ||
		                           pl_eq(lem(&an->tok[g->v]), "charge")))
			tgt_np = pl_stance_accused(an, k, src_np >= 0 ? np_code(an, src_np) : NULL);
		/* "denied he was afraid", "admitted it was not easy": a state
		** denied or admitted is a statement (stance.c) */
		if (!s->petrarch && !p->nelem && (code_is(code, "015") || code_is(code, "016")) &&
		    pl_stance_mere_state(s, an, k))
			code = "010";
		/* "is offering 500,000 shares through underwriters X and Y": a
		** sale to the market, unless offered "to" someone named */
		if (!s->petrarch && code_is(code, "030") && pl_eq(verb, "offer") &&
		    (tgt_np < 0 || an->np[tgt_np].t0 <= an->t0 ||
		     !pl_eq(an->tok[an->np[tgt_np].t0 - 1].low, "to")) &&
		    offers_securities(an, g))
			continue;
		/* "admitted sales had fallen": owning up to no fault (admits_fault) */
		if (!s->petrarch && !p->nelem && code_is(code, "015") && !g->negated &&
		    (pl_eq(verb, "admit") || pl_eq(verb, "confess")) && !admits_fault(an))
			code = "010";
		/* "two Americans accused of helping ...": a description of the
		** accused, not the accusing */
		if (!s->petrarch && g->passive && !g->finite && g->by < 0 && !strncmp(code, "11", 2))
			continue;
		/* "the Tories have shot themselves in the foot", "Britain punches
		** above its weight": a verb of force that opens an idiom of
		** judgement is a figure, no force used */
		if (!s->petrarch && violent(code) && pl_stance_idiom_at(s, an, g->v))
			continue;
		/* "would not comment": declining comment, asserted; a line of
		** 011 for a verb that is no refusal itself ("draw", "elaborate")
		** holds only so */
		silent = !s->petrarch && !usedneg && !stance &&
		         (keeps_silent(an, g) || (code_is(p->code, "011") && will_have_nothing(an, g)));
		if (silent) {
			code = "011";
			/* "Downing Street would not be drawn": the one drawn is
			** the one keeping silent */
			if (g->passive)
				src_np = g->subj >= 0 && an->np[g->subj].code ? g->subj : -1;
			tgt_np = -1;   /* (what is not named is no one acted on) */
		} else if (!s->petrarch && code_is(p->code, "011") && !refusing_verb(verb))
			continue;
		if (vowed_not) {
			if (!refusal_code(code)) {
				if (was_skip)
					continue;   /* "pledged not to attack": the promise */
				vowed_not = 0;
			} else {
				code = refusal_code(code);
				if (was_skip)
					*nev = prev_start;   /* the refusal replaces the promise */
			}
		}
		if (threat) {
			code = threat_code(code);
			if (!code)
				continue;   /* a promise of something else: the promise */
			*nev = prev_start;   /* the threat replaces the promise */
		}
		/* "a soldier was killed by a roadside bomb": the bomb the "by"
		** phrase names is the means, not a state's force (1833), though
		** the one killed is a soldier */
		if (!s->petrarch && g->passive && g->by >= 0 && !an->np[g->by].code &&
		    (code_is(code, "190") || code_is(code, "193") || code_is(code, "180"))) {
			const char *b = bombing_kind(an, an->np[g->by].t0, an->np[g->by].t1);
			if (b)
				code = b;
		}
		/* force used by other than a state's forces is CAMEO's
		** unconventional violence: "a suicide bomber killed five" is 180,
		** not 190, "unknown attackers shot dead an official" 180, not 193 */
		if ((code_is(code, "190") || code_is(code, "193")) && !(src_np >= 0 && an->np[src_np].code
		                            ? (state_force(an->np[src_np].code) && !private_person(an, src_np)) ||
		                              state_side(an, src_np)
		                            : military_in(an, g->passive ? -1 : tgt_np)))
			code = "180";
		/* "workers blockaded the port", "farmers besieged the ministry":
		** a blockade by a civilian body is a protest by obstruction
		** (144), not a state's restriction of movement (191) */
		if (!s->petrarch && code_is(code, "191") && src_np >= 0 && an->np[src_np].code &&
		    civilian_body(an->np[src_np].code))
			code = "144";
		/* "a man was shot by police": policing, not fighting */
		if (!s->petrarch && (code_is(code, "190") || code_is(code, "193")) &&
		    police_on_unarmed(an, src_np, tgt_np))
			code = "180";
		/* unconventional force by the means the attacker or the clause
		** names: "a suicide bomber killed five" 1831, "a roadside bomb
		** killed three soldiers" 1833, "gunmen detonated explosives" 183 */
		if (!s->petrarch && code_is(code, "180") && !g->passive) {
			int sq = src_np >= 0 ? src_np : g->subj;
			const char *b = sq >= 0 ? bombing_kind(an, an->np[sq].t0, an->np[sq].t1) : NULL;
			if (!b)
				b = bombing_kind(an, g->t1, (uint32_t)g->cl_end);
			if (b)
				code = b;
		}
		/* "said its U.S. car sales dropped 65 pct": a figure reported */
		if (!s->petrarch && code_is(code, "010") && figure_chunk(s, an, tgt_np))
			tgt_np = -1;
		memset(&e, 0, sizeof e);
		e.stance = (uint8_t)stance;
		/* "Iran said it would never give up its right to enrich": a
		** refusal, asserted (the negation is the refusal's own) */
		refused = vowed_not || silent;
		if (!s->petrarch && g->future && g->negated && !usedneg &&
		    (said_future(an, g) || stated_ready(an, k)) &&
		    refusal_code(code) && (!strncmp(code, "08", 2) ||
		                           (!g->passive && !(code[0] == '0' && code[1] == '4' && idea_after(s, an, g))))) {
			code = refusal_code(code);
			refused = 1;
		}
		/* "From January, the government will provide subsidies": a
		** cooperative or verbal act the writer reports arranged and dated
		** is coded as the act (the lead coders' 07), not as an intent */
		arranged = !s->petrarch && !refused && code[0] == '0' && code[1] != '3' &&
		           pl_arranged_future(an, k);
		/* "Mr Straw is due to visit Tehran on Monday", "the leaders will
		** meet in Brussels next week": a meeting or a visit the writer
		** puts in the diary is neither done yet nor anyone's statement of
		** intent (a subsidy or a rule dated to start is a decision taken,
		** the act above; "he said he would visit" is his intent, 03x).
		** So is a statement or an appeal so put ("the minister is to
		** unveil the plans next week", "will make a speech on Tuesday",
		** "on Friday the cardinal will ask the congregation to ..."):
		** nothing has been said yet ("said on Monday it will publish"
		** is the saying, coded on "said"), and so is one with no one
		** named ("new restrictions are to be announced on Wednesday") */
		diary = arranged && (code[1] == '4' || code[1] == '1' || code[1] == '2');
		if (diary)
			arranged = 0;
		/* "the rebels stopped attacking army positions", "said its army
		** would cease shelling": force stopped is de-escalation (087),
		** to come when the stopping is */
		stopper = -1;
		if (!s->petrarch && violent(code) && (stopper = stopped_group(an, k)) >= 0)
			code = "087";
		/* PETRARCH codes what a verb says, future or not */
		e.future = (uint8_t)((g->future || (stopper >= 0 && an->vg[stopper].future)) &&
		                     !s->petrarch && !arranged && !diary &&
		                     intent_code(code) != NULL && !polite_praise(an, k, code));
		if (e.future)
			code = intent_code(code);
		/* "warned that it would strike back": force that will come is a
		** threat of force (138, 139); "said they would boycott", "will
		** withdraw its inspectors": protest, coercion and cutting ties
		** that will come are threats too (133, 131x, 134-137) */
		if (!s->petrarch && violent(code) && !g->negated && readied(an, k)) {
			/* force made ready is a show of force (150), not a threat */
			code = "150";
		} else if (g->future && !s->petrarch && (violent(code) || (future_threat(code) &&
		           (said_future(an, g) || stated_ready(an, k) || bound_future(an, k, code)) &&
		    !(code[1] == '6' && announced(an, k)))) && !g->negated) {
			code = threat_code(code);
			e.future = 1;
			/* "said it would retaliate if Iraq attacked": made to the
			** side whose act is the condition (workers' "strike" is
			** theirs: a stoppage, coded below, made to the side it
			** hangs on, "would strike if General Motors cut wages") */
			if (tgt_np < 0 && hangs_on_behaviour(s, an, g, src_np, &cond_who) && cond_who >= 0)
				tgt_np = cond_who;
		} else if (g->future && !s->petrarch && !g->negated && said_future(an, g) &&
		           hangs_on_other(an, g, &cond_who) && (!strncmp(code, "035", 3) || !strncmp(code, "12", 2))) {
			/* "will withdraw its troops unless ...", "would reject
			** the plan unless ...": a withdrawal or a refusal made to
			** hang on the other side's yielding is a threat, made to
			** the side that must act ("unless ministers back down") */
			code = threat_code(code) ? threat_code(code) : "130";
			e.future = 1;
			cond_threat = 1;
			if (tgt_np < 0 && condition_side(an, cond_who, src_np) &&
			    !(src_np >= 0 && np_code(an, src_np) && !strcmp(np_code(an, src_np), np_code(an, cond_who))))
				tgt_np = cond_who;
		}
		/* "the EU may halt its aid if the killing goes on", "could cut
		** ties unless Iran stops": cutting ties, protest, coercion or
		** force made to hang on what another side does is a threat,
		** made now (not "would have attacked if": counter to fact) */
		if (!s->petrarch && !g->negated && !cond_threat && (violent(code) || future_threat(code)) &&
		    modal_to_come(an, g) && hangs_on_behaviour(s, an, g, src_np, &cond_who)) {
			code = threat_code(code);
			e.future = 1;
			cond_threat = 1;
			if (tgt_np < 0 && cond_who >= 0)
				tgt_np = cond_who;
		}
		/* "warned that the war could be illegal", "warned that a strike
		** by rail workers would cripple the city": the word that made the
		** warning a threat is what the reported clause is about, not what
		** the speaker's side will do: a gloomy forecast (012) */
		if (!s->petrarch && !strncmp(code, "13", 2) && pl_eq(verb, "warn") &&
		    word_is_clause_subject(an, k, used, nused, src_np))
			code = "012";
		/* "the union warned of further strikes unless ministers think
		** again", "warned that there could be walkouts unless ...": a
		** union's strike hung on the other side's yielding is its own
		** threat (133), to the side that must act */
		else if (!s->petrarch && !g->negated && (pl_eq(verb, "warn") || pl_eq(verb, "say")) &&
		         union_speaker(src_np >= 0 ? np_code(an, src_np) : speaker ? speaker->code : NULL) &&
		         strike_named(s, an, g->t1, an->t1) && hangs_on_other(an, g, &cond_who)) {
			code = "133";
			if (tgt_np < 0 && condition_side(an, cond_who, src_np))
				tgt_np = cond_who;
		}
		else if (!s->petrarch && code_is(code, "130") && pl_eq(verb, "warn") && bare_warning(p) &&
		         !g->negated)
			code = warning_code(s, an, k, quotes, nq,
			                    src_np >= 0 ? np_code(an, src_np) : speaker ? speaker->code : NULL);
		/* the sense the verb is used in (what it acts on) */
		code = pl_verb_sense(s, an, k, code, p->code, target >= 0, backoff_neighbour(p));
		if (code && !s->petrarch && !strncmp(p->code, "173", 3) && pl_eq(verb, "charge") &&
		    charge_not_legal(s, an, g))
			continue;
		if (!s->petrarch && pl_eq(verb, "fail") && agreed_among_itself(an, g, p))
			continue;
		if (code && !s->petrarch && code_is(code, "173") && pl_eq(verb, "charge") && !g->passive &&
		    pattern_has(p, "with") && src_np >= 0 && charges_no_one(np_code(an, src_np)))
			code = "112";
		if (code && !s->petrarch && !p->nelem && (!strncmp(p->code, "171", 3) || !strncmp(p->code, "1712", 4)) &&
		    (pl_eq(verb, "damage") || pl_eq(verb, "destroy")) && !property_harmed(s, an, g))
			continue;
		if (code && !s->petrarch && !strncmp(p->code, "171", 3) && harmed_by_cause(s, an, g))
			continue;
		/* "was forced to resign", "the defeat forced the coach to rethink":
		** with no actor forcing, the verb says only that one had to (no
		** coercion, 170), and the act one had to do is coded on its own
		** (as "the outbreak forced the government to ban ..." is); "a sale
		** forced by Russia" keeps its coercer */
		if (code && !s->petrarch && code_is(p->code, "170") && (pl_eq(verb, "force") ||
		    pl_eq(verb, "compel")) && !(src_np >= 0 && np_code(an, src_np)))
			continue;
		if (code && !s->petrarch && !strncmp(p->code, "175", 3) && !strncmp(code, "175", 3) &&
		    no_repression(s, an, g->v, g->t1, (uint32_t)g->cl_end,
		                  src_np >= 0 ? np_code(an, src_np) : NULL))
			continue;
		if (code && !s->petrarch && !strncmp(p->code, "171", 3) && pl_eq(verb, "seize") &&
		    seized_opening(an, g))
			continue;
		/* "the union said it would strike if the plan went ahead",
		** "nurses will strike over pay": workers who strike with no one
		** struck stop work (143); said to come, a threat of it (133).
		** So do workers who strike their plant or their employer ("800
		** union members struck the company's plant"), against the
		** employer when it is named; and the strike a light verb carries
		** for workers ("seamen launched a national strike", "the union
		** carried out a strike against the company") is their stoppage,
		** not an armed strike (195) */
		if (code && !s->petrarch && !strncmp(p->code, "19", 2) && !g->passive && !g->negated &&
		    (workforce(an, src_np) || labour_coded(an, src_np))) {
			const char *stoppage = !strncmp(code, "13", 2) ? "133" : "143";
			int obj = pl_object_of(an, g);
			if (!pl_eq(verb, "strike")) {
				if (pattern_has(p, "strike") && !pattern_has(p, "air"))
					code = stoppage;
			} else if (obj < 0 && (tgt_np < 0 || (tgt_np == cond_who && stoppage[1] == '3'))) {
				code = stoppage;   /* (a threat keeps the side it hangs on) */
			} else if (obj >= 0 && (tgt_np < 0 || tgt_np == obj) && struck_workplace(an, obj)) {
				code = stoppage;
				tgt_np = np_code(an, obj) ? obj : -1;
			}
		}
		code = pl_force_sense(s, an, code, src_np >= 0 ? np_code(an, src_np) : speaker ? speaker->code : NULL,
		                      tgt_np >= 0 ? np_code(an, tgt_np) : NULL, g->passive, g->v,
		                      private_person(an, src_np));
		if (!code)
			continue;
		/* "will provide financing to Dorland for the purchase": aid or
		** a sale between firms over goods and money is business */
		if (pl_traded_aid(s, an, k, code, src_np >= 0 ? np_code(an, src_np) : speaker ? speaker->code : NULL,
		                  tgt_np >= 0 ? np_code(an, tgt_np) : NULL, tgt_np))
			continue;
		/* "agreed to supply Iran with oil products": a bare intent or
		** accord takes the kind of cooperation its words hand over */
		{
			int partner = tgt_np >= 0 ? tgt_np : src_np >= 0 ? group_partner(an, src_np) : -1;
			code = pl_economic_intent(s, an, k, code,
			                          src_np >= 0 ? np_code(an, src_np) : speaker ? speaker->code : NULL,
			                          partner >= 0 ? np_code(an, partner) : NULL);
		}
		/* "the banks will lend Indonesia 300 mln dlrs": aid is what states
		** and their bodies give; a firm's is business, a central bank's to
		** its market no act */
		code = pl_aid_giver(s, an, code, src_np >= 0 ? np_code(an, src_np) : speaker ? speaker->code : NULL,
		                    src_np, tgt_np >= 0 ? np_code(an, tgt_np) : NULL, tgt_np, verb, 0);
		if (!*code)
			continue;
		if (!s->petrarch && tgt_np >= 0)
			code = expulsion_code(an, tgt_np, code);
		if (!s->petrarch)
			code = trade_threat_code(an, code);
		/* "did not rule out military action": force left open is a
		** threat (138), which the negation asserts; force ruled out is
		** no threat, and no event */
		if (!s->petrarch && !strncmp(code, "138", 3) && p->particle && pl_eq(verb, "rule") &&
		    pl_eq(p->particle, "out")) {
			if (!g->negated)
				continue;
			usedneg = 1;
		}
		e.cameo = pl_store_cameo(s, code);
		if (!e.cameo)
			continue;
		e.sent = sent;
		e.pat = p;
		e.v = g->v;
		e.negated = (uint8_t)((g->negated && !usedneg && !refused) ||
		                      (!s->petrarch && (pl_nobody_acted(an, k) ||
		                                        (pl_not_done(an, k) && !says_none(p)))));
		e.passive = g->passive;
		e.mood = (uint8_t)pl_clause_mood(an, k);
		if (!s->petrarch && e.mood == PL_MOOD_ASSERTED)
			e.mood = (uint8_t)pl_participle_mood(an, k);
		/* ("would not comment" is no act only supposed) */
		if (silent && e.mood == PL_MOOD_HYPOTHETICAL)
			e.mood = PL_MOOD_ASSERTED;
		/* "said it will ask shareholders", "plans to sue", "would
		** vigorously oppose", "can block": an act still to come, or only
		** possible, that the code does not make a declaration of what is
		** to come (intent, rejection, threat) did not happen */
		if (!s->petrarch && e.mood == PL_MOOD_ASSERTED && !e.future && !refused &&
		    (unreal = pl_unrealised(an, k)) && (unreal >= 2 || !declared(code)) &&
		    !(unreal < 2 && code[0] == '1' && code[1] == '6' && announced(an, k)))
			e.mood = PL_MOOD_HYPOTHETICAL;   /* (cutting ties announced is done) */
		/* "Mr Smith said the rebels should release the hostages", "the
		** prime minister should make a statement, he said": an act asked
		** for is not done (made the speaker's demand above when it can
		** be one; the saying carries the demand otherwise), but "I should
		** tell you", "we must admit" say it now */
		/* ("Livingstone should stand firm", "Britain must reject the
		** plan": a refusal or a threat asked of another is not made;
		** "we must reject it" declares the speaker's own) */
		if (!s->petrarch && e.mood == PL_MOOD_ASSERTED && !demand && !refused &&
		    (!declared(code) || (g->subj >= 0 && !an->np[g->subj].pronoun)) &&
		    obliged(an, g) && !(g->reporting && pl_first_person(an, g)))
			e.mood = PL_MOOD_HYPOTHETICAL;
		/* "he said: 'polling suggests voters want change and experts say
		** the plan is costed'": a poll, a study or experts with no name
		** cited inside another's words are the speaker's argument, not
		** statements of their own ("'Iran has agreed,' he said" keeps
		** Iran's act) */
		if (!s->petrarch && e.mood == PL_MOOD_ASSERTED && g->reporting && !g->passive &&
		    pl_generic_voice(s, an, g->subj) && cited_within(an, quotes, nq, g->v))
			e.mood = PL_MOOD_HYPOTHETICAL;
		/* "Scientists hope the plan works", "Experts fear a war": the
		** views of a trade as a class are the writer's summary, no
		** actor's statement (their deeds, "economists protested", stay) */
		if (!s->petrarch && !g->passive && code[0] == '0' && code[1] == '1' &&
		    pl_expert_class(s, an, g->subj))
			continue;
		if (arranged && e.mood == PL_MOOD_HYPOTHETICAL)
			e.mood = PL_MOOD_ASSERTED;
		if (diary && e.mood == PL_MOOD_ASSERTED)
			e.mood = PL_MOOD_HYPOTHETICAL;
		/* ("I would like to thank the police": the thanks are given) */
		if (!s->petrarch && e.mood == PL_MOOD_HYPOTHETICAL && polite_praise(an, k, code))
			e.mood = PL_MOOD_ASSERTED;
		/* "Unless the council rethinks, we will vote against it": the
		** condition makes the threat; the threat itself is made now */
		if (cond_threat && e.mood == PL_MOOD_CONDITIONAL)
			e.mood = PL_MOOD_ASSERTED;
		/* "submitted what it called its last offer": a naming inside a
		** free relative, no call */
		if (!s->petrarch && named_by_what(an, g))
			continue;
		/* "no evidence of torture": a noun tagged as a verb */
		if (!s->petrarch && framed(&e, pl_verb_frame(an, k)) < 0)
			continue;
		/* the date and place nearest the verb within its clause ("urged
		** talks, after fighting killed 40 on Monday": Monday belongs to the
		** killing); the clause starts where the clause before it ends */
		{
			int j;
			uint32_t left = an->t0;
			for (j = 0; j < k; j++)
				if (an->vg[j].finite && (uint32_t)an->vg[j].cl_end <= g->t0 &&
				    (uint32_t)an->vg[j].cl_end > left && an->vg[j].cl_end > (int)an->vg[j].t1)
					left = (uint32_t)an->vg[j].cl_end;
			date_and_place(&e, an, ctx, g->v, left, g->reporting ? an->t1 : (uint32_t)g->cl_end,
			               !s->petrarch && e.mood == PL_MOOD_ASSERTED && !e.negated &&
			               pl_scheduled_present(an, k));
			/* "admitted contact with the group in 1992", "described a
			** meeting in 2003": an old date after the object of a verb of
			** saying times what is told, not the telling */
			if (!s->petrarch && g->reporting && told_before(&e, ctx) &&
			    (object_dated(an, ctx, g, left, g->reporting ? an->t1 : (uint32_t)g->cl_end) ||
			     trailing_cue_undated(an, g))) {
				e.date = ctx->date;
				e.gran = 0;
			}
			/* "said February car sales fell", "said sales for February
			** rose": a month naming what is told, not the telling */
			if (!s->petrarch && g->reporting && e.gran &&
			    content_dated(an, g, own_date(an, ctx, g->v, left, an->t1))) {
				e.date = ctx->date;
				e.gran = 0;
			}
		}
		/* "he was first elected in 1983", "she had resigned over the
		** war": background, not the news; "is travelling there next
		** week": still to come */
		if (!s->petrarch) {
			e.background = (uint8_t)(e.gran ? told_before(&e, ctx) || earlier_year(an, ctx, g, &e) ||
			                                  earlier_this_year(an, ctx, g, &e) :
			                         e.mood == PL_MOOD_ASSERTED && pl_background_clause(an, ctx, k));
			if (e.mood == PL_MOOD_ASSERTED && told_after(&e, ctx) &&
			    (pl_present_for_future(an, k) || pl_scheduled_present(an, k) ||
			     future_meeting(&e, g)))
				e.mood = PL_MOOD_HYPOTHETICAL;
		}
		if (unnamed >= 0 && src_np < 0 && !speaker) {
			/* the uncoded speaker as the source's text */
			pl_quote un;
			memset(&un, 0, sizeof un);
			un.sp0 = an->np[unnamed].t0;
			un.sp1 = an->np[unnamed].t1;
			un.code = NULL;
			speaker = &un;
			if (push_pairs(s, an, src_np, tgt_np, 2, speaker, &e, a, ev, nev, cap) < 0)
				return -1;
			speaker = NULL;
		} else if (mutual >= 0) {
			if (push_mutual(an, mutual, 1, &e, a, ev, nev, cap) < 0)
				return -1;
		} else if (!s->petrarch && !strncmp(code, "04", 2) && src_np >= 0 && tgt_np < 0 && !speaker &&
		           !g->passive && !things && (compound_np(an, src_np) || named_pair(an, src_np)) &&
		           !third_object(an, g)) {
			/* "Iran and the United States held talks": with each other */
			if (push_mutual(an, src_np, 0, &e, a, ev, nev, cap) < 0)
				return -1;
		} else if (!s->petrarch && !strncmp(code, "04", 2) && src_np >= 0 && tgt_np < 0 && !speaker &&
		           !g->passive && hyphen_partner(an, src_np) >= 0) {
			/* "U.S.-Japanese negotiators met": the pair's first with
			** its second */
			if (push_pairs(s, an, hyphen_partner(an, src_np), src_np, 2, NULL, &e, a, ev, nev, cap) < 0)
				return -1;
		} else if (!s->petrarch && !strncmp(code, "04", 2) && src_np < 0 && tgt_np >= 0 && !speaker &&
		           g->passive && hyphen_partner(an, tgt_np) >= 0) {
			/* "U.S.-Soviet talks were held": the same pair, named as
			** what was held */
			if (push_pairs(s, an, hyphen_partner(an, tgt_np), tgt_np, 2, NULL, &e, a, ev, nev, cap) < 0)
				return -1;
		} else if (!s->petrarch && code[0] == '0' && (code[1] == '3' || code[1] == '5' || code[1] == '6') &&
		           src_np >= 0 && (tgt_np < 0 || pair_own_thing(an, tgt_np) ||
		                           (between_first(an, tgt_np) && an->np[tgt_np].t0 > g->t1)) && !speaker &&
		           !things && (two_sides(an, src_np) || named_pair(an, src_np)) &&
		           reciprocal_act(an, g)) {
			/* "Britain and France agreed to share intelligence": each
			** side agreed with the other */
			int r2 = push_mutual(an, src_np, 0, &e, a, ev, nev, cap);
			if (r2 < 0 || (r2 == 0 && push_pairs(s, an, src_np, tgt_np, 2, speaker, &e, a, ev, nev, cap) < 0))
				return -1;
		} else if (push_pairs(s, an, src_np, tgt_np, (s->petrarch || g->subj_poss ? 3 : 2) | things,
		                      speaker, &e, a, ev, nev, cap) < 0)
			return -1;
		if (stance && judgement_code(code) && tgt_np >= 0 && !an->np[tgt_np].code && an->np[tgt_np].other_code) {
			size_t i;
			for (i = nev_before; i < *nev; i++)
				judged_other(&(*ev)[i], &an->np[tgt_np]);
		}
		if (!s->petrarch && tgt_np >= 0 && ((g->reporting && state_addressee(an, g, tgt_np)) || sent_addr)) {
			size_t i;
			for (i = nev_before; i < *nev; i++)
				addressee_country(&(*ev)[i], &an->np[tgt_np], a);
		}
		/* a PETRARCH paired code [032:033]: the reverse event, from the
		** target to the source, when both are actors (not a quotation's speaker) */
		if (p->rcode && src_np >= 0 && tgt_np >= 0 && !speaker) {
			const char *rc = p->rcode;
			if (e.future && intent_code(rc))
				rc = intent_code(rc);
			e.cameo = pl_store_cameo(s, rc);
			if (e.cameo &&
			    push_pairs(s, an, tgt_np, src_np, s->petrarch ? 3 : 0, NULL, &e, a, ev, nev, cap) < 0)
				return -1;
		}
		coded_prev = *nev > nev_before;
		if (coded_prev)
			prev_start = nev_before;
	}
	if (code_nouns(s, an, ctx, sent, usedall, nall, first_ev, a, ev, nev, cap) < 0)
		return -1;
	if (!s->petrarch) {
		*nev = pl_drop_private_force(an, *ev, first_ev, *nev);
		one_act(an, quotes, nq, *ev, first_ev, nev);
		protest_targets(an, *ev, first_ev, *nev);
		speakers_government(an, ctx, quotes, nq, *ev, first_ev, *nev, a);
	}
	if (*nev > first_ev) {
		mark_reported(ctx, quotes, nq, *ev + first_ev, *nev - first_ev);
		pl_assess_confidence(s, *ev + first_ev, *nev - first_ev);
	}
	return 0;
}
