/*
** quote.c: direct quotations, partial quotes and reported speech over a
** whole article, each tied to its cue verb and speaker; see quote.h.
** Rules over the sentence analyses (chunks, verb groups, subjects); no
** parser.  Work is linear in the tokens, times a small constant window.
*/
#include "quote.h"

#include <stdlib.h>
#include <string.h>

#include "../base/hash.h"
#include "../lex/tagger.h"

/*
** How the pieces fit:
**   1. Quotation marks are paired over the whole article (a quotation may
**      run over several sentences).  Each mark has a family: straight
**      double, curly double, TeX double, curly single, straight single; an
**      opening mark is closed by the next closing mark of its family, marks
**      of other families inside are nested quotes, except that a closing
**      double mark of another family closes it when none of its own follows
**      in that sentence (mixed marks: "work-relatedâ).  One never closed
**      ends before the next opening mark of its family (the press habit of
**      leaving a paragraph open when the quote goes on) or with its
**      sentence.  Single marks count only when closed in the same sentence
**      (else they are apostrophes).  '' with space before and none after
**      opens (archives that use '' for both marks).
**   2. A quotation is "full" when it stands as a sentence of its own: it
**      starts its sentence or follows a cue ("X said:", "said X,") and is
**      followed by nothing but punctuation or a cue ("...," X said).  Any
**      other quotation is partial ("will work "over the coming days"").
**   3. Cue of a full quote: the verb of saying just before it, else just
**      after it (up to WIN_AFTER tokens on, over the speaker's apposition;
**      or heading the next sentence of the same paragraph when that is
**      only "Miller said (on Tuesday).").  A quote split around its cue
**      ("A," he said, "B.") gives TWO quotes with the same cue and speaker:
**      each content span stays contiguous.  Cue of a partial quote: the
**      last verb of saying before it in its sentence, else the first after
**      it; with none (a scare quote, a title) the partial quote is dropped.
**   4. Reported speech: "X said (that) CLAUSE", "X told reporters CLAUSE"
**      (the clause must hold a finite verb after its first token; it ends
**      with the sentence, or at ";" or ", but"), "CLAUSE, X said" and
**      "according to X, CLAUSE" / "CLAUSE according to X".  A verb that is
**      the cue of a full direct quote gives no reported speech; one that
**      governs partial quotes does (the clause is what was said, partial
**      quotes included).
**   5. Speaker: the cue's subject chunk (with its compound partners);
**      "he"/"she" resolve to the last person-like speaker of a quote within
**      PRON_SENTS sentences, else to the nearest person-like subject
**      before.  A full quote with no cue continues the direct quote just
**      before it (its sentences adjacent), else the one just after it: it
**      takes that quote's speaker AND cue, so that a reader can join the
**      pieces of one attribution by their cue.
*/

#define WIN_BEFORE 10    /* most tokens between a cue verb and an opening mark */
#define WIN_AFTER 30     /* most tokens between a closing mark and a cue verb
                         ** (a speaker with a long apposition) */
#define PRON_SENTS 4     /* how far back a pronoun looks, in sentences */

/* quotation mark families */
enum { QF_NONE, QF_SDQ, QF_CDQ, QF_TDQ, QF_CSQ, QF_SSQ };

typedef struct cand {
	pl_quote q;
	int ss, snp;             /* speaker chunk: sentence and np index, or -1 */
	uint32_t s0, s1;         /* first and last sentence the quote touches */
	uint8_t full;            /* a direct quote standing on its own */
	uint8_t pron;            /* speaker is he/she, to resolve */
	uint8_t cont;            /* full quote with no cue: continues a neighbour */
} cand;

/* The coded chunks of the article by their last word, for speaker_code():
** sorted by word, then by position (chunks come in text order). */
typedef struct spk_ent {
	uint32_t h;              /* hash of the last word in lower case */
	uint32_t t0;             /* first token of the chunk */
	const char *low;         /* the last word in lower case */
	const char *code;
} spk_ent;

typedef struct spk_index {
	int built;               /* 1: e[] is ready; -1: out of memory */
	spk_ent *e;
	size_t n;
} spk_index;

typedef struct qctx {
	const pl_text *tx;
	const pl_sentan *an;
	pl_arena *a;
	spk_index *spk;
	uint32_t *s1max;         /* after sorting: greatest s1 of c[0..i] */
	uint32_t *sof;           /* token -> sentence index */
	uint8_t *inq;            /* token inside a quotation (marks included) */
	uint8_t *used;           /* verb token that cues a full direct quote */
	uint8_t *infull;         /* token inside a full direct quote (marks included) */
	cand *c;
	size_t n, cap;
} qctx;

static const char *lem(const pl_token *t)
{
	return t->lemma ? t->lemma : t->low;
}

static int is(const pl_token *t, const char *w)
{
	return strcmp(t->low, w) == 0;
}

static int in_list(const char *w, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(w, *list) == 0)
			return 1;
	return 0;
}

static int family(const pl_token *t)
{
	const char *s = t->s;
	if (!(t->flags & (PL_TOK_QOPEN | PL_TOK_QCLOSE)))
		return QF_NONE;
	if (!strcmp(s, "\""))
		return QF_SDQ;
	if (!strcmp(s, "\xe2\x80\x9c") || !strcmp(s, "\xe2\x80\x9d") ||
	    !strcmp(s, "\xe2\x80\x9e"))
		return QF_CDQ;
	if (!strcmp(s, "``") || !strcmp(s, "''"))
		return QF_TDQ;
	if (!strcmp(s, "\xe2\x80\x98") || !strcmp(s, "\xe2\x80\x99"))
		return QF_CSQ;
	if (!strcmp(s, "'") || !strcmp(s, "`"))
		return QF_SSQ;
	return QF_NONE;
}

static int is_double(int f)
{
	return f == QF_SDQ || f == QF_CDQ || f == QF_TDQ;
}

static int is_mark(const pl_token *t)
{
	return (t->flags & (PL_TOK_QOPEN | PL_TOK_QCLOSE)) != 0;
}

/* Whether mark i of the text opens a quotation.  The segmenter takes every
** '' for a closing mark; texts that use '' for both (as some newspaper
** archives do) open with one that has space before it and none after. */
static int opens(const pl_text *tx, uint32_t i)
{
	const pl_token *t = &tx->tok[i];
	if (t->flags & PL_TOK_QOPEN)
		return 1;
	if (!strcmp(t->s, "''") && (i == 0 || (t->flags & (PL_TOK_SPACEBEFORE | PL_TOK_NLBEFORE)) ||
	    (tx->tok[i - 1].flags & PL_TOK_PUNCT)) && i + 1 < tx->ntok &&
	    !(tx->tok[i + 1].flags & (PL_TOK_SPACEBEFORE | PL_TOK_NLBEFORE | PL_TOK_PUNCT)))
		return 1;
	return 0;
}

/* Punctuation that may stand between a quotation and the end of its
** sentence without making the quotation part of a longer clause. */
static int is_trail_punct(const pl_token *t)
{
	return t->tag == PL_T_PP || t->tag == PL_T_PPC || t->tag == PL_T_PPS ||
	       t->tag == PL_T_RRB || is_mark(t);
}

/* Verbs that introduce a quotation besides the analysis's verbs of saying. */
static int quote_lemma(const char *l)
{
	static const char *const w[] = {"ask", "urge", "call", "describe", "tweet", "post",
		"vow", "promise", "pledge", "recall", "conclude", "observe", "joke", "quip",
		"complain", "concede", "emphasize", "emphasise", "reiterate", "caution",
		"testify", "shout", "recount", "boast", "answer", "contend", "charge",
		"accuse", "criticize", "criticise", "praise", "dub", "label", "demand",
		"plead", "counter", "retort", "wonder", "muse", "agree", "brand", "quote",
		"continue", NULL};
	return in_list(l, w);
}

/* Verbs that report a that-clause besides the analysis's verbs of saying. */
static int clause_lemma(const char *l)
{
	static const char *const w[] = {"concede", "contend", "emphasize", "emphasise",
		"reiterate", "recall", "tweet", "conclude", "caution", "testify",
		"complain", "boast", "vow", "promise", "pledge", "agree", "observe", NULL};
	return in_list(l, w);
}

/* Verbs whose first object is the hearer: "told reporters (that) ..." */
static int hearer_lemma(const char *l)
{
	static const char *const w[] = {"tell", "inform", "assure", "remind", "warn",
		"notify", "brief", "advise", "convince", "persuade", NULL};
	return in_list(l, w);
}

static int quote_cue(const qctx *q, const pl_sentan *an, const pl_vg *g)
{
	if (q->inq[g->v] || g->nominal || (g->passive && g->by < 0))
		return 0;
	return g->reporting || quote_lemma(lem(&an->tok[g->v]));
}

static int np_at(const pl_sentan *an, uint32_t t)
{
	if (t < an->t0 || t >= an->t1)
		return -1;
	return an->np_of[t - an->t0];
}

/* The chunk that speaks for verb group g: its subject, else a chunk right
** after it when the verb opens its clause ("..., said Miller"). */
static int speaker_np(const pl_sentan *an, const pl_vg *g)
{
	uint32_t j = g->t0;
	if (g->subj >= 0)
		return g->subj;
	/* "Rep. Jason Chaffetz (R-Utah) said": over brackets and adverbs */
	while (j > an->t0) {
		const pl_token *t = &an->tok[j - 1];
		if (t->tag == PL_T_RB || an->skip[j - 1 - an->t0]) {
			j--;
		} else if (t->tag == PL_T_RRB) {
			uint32_t b = j - 1;
			while (b > an->t0 && an->tok[b].tag != PL_T_LRB && j - b < 12)
				b--;
			if (an->tok[b].tag != PL_T_LRB)
				break;
			j = b;
		} else {
			break;
		}
	}
	if (j < g->t0 && j > an->t0 && an->np_of[j - 1 - an->t0] >= 0)
		return an->np_of[j - 1 - an->t0];
	if (g->t1 < an->t1 && (g->t0 == an->t0 || is(&an->tok[g->t0 - 1], ",") ||
	    is_mark(&an->tok[g->t0 - 1])))
		return np_at(an, g->t1);
	return -1;
}

/* A finite verb group of an that starts inside [t0, t1) after t0, its verb
** not marked in mask (quotation tokens). */
static int has_finite(const uint8_t *mask, const pl_sentan *an, uint32_t t0, uint32_t t1)
{
	int k;
	for (k = 0; k < an->nvg; k++) {
		const pl_vg *g = &an->vg[k];
		if (g->finite && g->t0 > t0 && g->t0 < t1 && !mask[g->v])
			return 1;
	}
	return 0;
}

/* The cue verb group just before opening mark o: "X said: ", "said X, ",
** "told reporters on Tuesday: ", or a line ending in ":" before it.  Sets
** *ps, *pk; returns 0, or -1 when there is none. */
static int cue_before(const qctx *q, uint32_t o, int *ps, int *pk)
{
	uint32_t s = q->sof[o], lim = o, j;
	const pl_sentan *an;
	const pl_vg *g = NULL;
	int k, colon;
	if (o == q->an[s].t0) {
		if (s == 0)
			return -1;
		s--;
		lim = q->an[s].t1;
		if (!is(&q->an[s].tok[lim - 1], ":"))
			return -1;
	}
	an = &q->an[s];
	colon = lim > an->t0 && is(&an->tok[lim - 1], ":");
	for (k = an->nvg - 1; k >= 0; k--)
		if (an->vg[k].t1 <= lim && !q->inq[an->vg[k].v]) {
			g = &an->vg[k];
			break;
		}
	if (!g || lim - g->t1 > WIN_BEFORE)
		return -1;
	for (j = g->t1; j < lim; j++) {
		const pl_token *t = &an->tok[j];
		if (is_mark(t) || q->inq[j])
			return -1;
		if (is(t, ",") || is(t, ":") || an->skip[j - an->t0] || an->np_of[j - an->t0] >= 0 ||
		    t->tag == PL_T_IN || t->tag == PL_T_RB || t->tag == PL_T_DT || t->tag == PL_T_CD)
			continue;
		return -1;
	}
	if (!quote_cue(q, an, g) && !(colon && g->finite && !q->inq[g->v]))
		return -1;
	*ps = (int)s;
	*pk = k;
	return 0;
}

/* The cue verb group just after closing mark c: `...," Miller said`,
** `...," said Miller`, or a short next sentence `Miller said.` that reports
** nothing else.  *psp is set to the speaker chunk when it is not the verb's
** own: `...," John Smith, a professor at ..., said` (else -1). */
static int cue_after(const qctx *q, uint32_t c, int *ps, int *pk, int *psp)
{
	uint32_t p = c + 1, s;
	const pl_sentan *an;
	int k, cross;
	while (p < q->tx->ntok && (is(&q->tx->tok[p], ",") || is(&q->tx->tok[p], "--")))
		p++;
	if (p >= q->tx->ntok)
		return -1;
	s = q->sof[p];
	cross = s != q->sof[c];
	an = &q->an[s];
	/* the next sentence only when it goes on in the same paragraph */
	if (cross && (is_mark(&an->tok[p]) || p != an->t0 || (an->tok[p].flags & PL_TOK_NLBEFORE)))
		return -1;
	for (k = 0; k < an->nvg; k++) {
		const pl_vg *g = &an->vg[k];
		uint32_t j;
		if (g->t0 < p)
			continue;
		if (g->t0 - p > WIN_AFTER || q->inq[g->v])
			return -1;
		for (j = p; j < g->t0; j++)
			if (is_mark(&an->tok[j]) || an->tok[j].tag == PL_T_PP)
				return -1;
		if (quote_cue(q, an, g)) {
			int n0 = np_at(an, p), sp = speaker_np(an, g);
			*psp = -1;
			if (n0 >= 0 && an->np[n0].t1 < g->t0 && is(&an->tok[an->np[n0].t1], ",") &&
			    (sp < 0 || an->np[sp].t0 > an->np[n0].t0))
				*psp = sp = n0;
			if (sp < 0)
				return -1;
			/* ... and is no more than "Miller said (on Tuesday)." */
			if (cross && (an->t1 - g->t1 > 6 ||
			    has_finite(q->inq, an, g->t1, an->t1)))
				return -1;
			*ps = (int)s;
			*pk = k;
			return 0;
		}
		if (g->finite && !(g->t0 > an->t0 && (an->tok[g->t0 - 1].tag == PL_T_WP ||
		    an->tok[g->t0 - 1].tag == PL_T_WDT)))
			return -1;
	}
	return -1;
}

/* Whether np k of an may be called "he" or "she". */
static int person_like(const pl_sentan *an, int k)
{
	const pl_np *np = &an->np[k];
	const pl_token *last = &an->tok[np->t1 - 1];
	if (np->pronoun)
		return 0;
	if (np->code)
		return (np->file && strstr(np->file, "people")) ||
		       (np->agent_only && last->tag == PL_T_NN) ||
		       (!np->agent_only && strlen(np->code) > 3 && last->tag == PL_T_NNP &&
		        np->t1 - np->t0 >= 2 && an->tok[np->t1 - 2].tag == PL_T_NNP);
	/* a proper name of two capitalised words or more: "John Smith" */
	return np->t1 - np->t0 >= 2 && last->tag == PL_T_NNP && (last->flags & PL_TOK_CAP) &&
	       !(last->flags & PL_TOK_ALLCAP) && an->tok[np->t1 - 2].tag == PL_T_NNP &&
	       (an->tok[np->t1 - 2].flags & PL_TOK_CAP);
}

static const char *np_code(const pl_np *np)
{
	if (np->agent_only && np->icode)
		return np->icode;
	return np->code;
}

static int spk_cmp(const void *x, const void *y)
{
	const spk_ent *a = x, *b = y;
	int c;
	if (a->h != b->h)
		return a->h < b->h ? -1 : 1;
	c = strcmp(a->low, b->low);
	if (c)
		return c;
	return a->t0 < b->t0 ? -1 : a->t0 > b->t0;
}

/* Builds the index of the coded chunks once per article. */
static void spk_build(const qctx *q)
{
	spk_index *ix = q->spk;
	uint32_t s;
	size_t n = 0;
	int j;
	for (s = 0; s < q->tx->nsent; s++)
		for (j = 0; j < q->an[s].nnp; j++)
			n += np_code(&q->an[s].np[j]) != NULL;
	ix->built = -1;
	ix->e = n ? pl_arena_alloc(q->a, n * sizeof *ix->e) : NULL;
	if (n && !ix->e)
		return;
	ix->n = 0;
	for (s = 0; s < q->tx->nsent; s++)
		for (j = 0; j < q->an[s].nnp; j++) {
			const pl_np *o = &q->an[s].np[j];
			spk_ent *e;
			if (!np_code(o))
				continue;
			e = &ix->e[ix->n++];
			e->low = q->an[s].tok[o->t1 - 1].low;
			e->h = pl_hash_bytes(e->low, strlen(e->low));
			e->t0 = o->t0;
			e->code = np_code(o);
		}
	if (ix->n > 1)
		qsort(ix->e, ix->n, sizeof *ix->e, spk_cmp);
	ix->built = 1;
}

/* The code of speaker np k of sentence s: its own, else that of the latest
** earlier chunk of the article ending in the same capitalised word.  Chunks
** come in text order, so the latest is the one that starts last before it:
** found in the index by binary search. */
static const char *speaker_code(const qctx *q, uint32_t s, int k)
{
	const pl_np *np = &q->an[s].np[k];
	const pl_token *last = &q->an[s].tok[np->t1 - 1];
	spk_index *ix = q->spk;
	spk_ent key;
	size_t lo, hi;
	uint32_t i;
	if (np_code(np))
		return np_code(np);
	if (!(last->flags & PL_TOK_CAP) || np->pronoun)
		return NULL;
	if (ix && !ix->built)
		spk_build(q);
	if (ix && ix->built > 0) {
		/* the first entry after every (word, t0 < np->t0) one */
		key.low = last->low;
		key.h = pl_hash_bytes(key.low, strlen(key.low));
		key.t0 = np->t0;
		lo = 0;
		hi = ix->n;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (spk_cmp(&ix->e[mid], &key) < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo > 0 && ix->e[lo - 1].h == key.h && !strcmp(ix->e[lo - 1].low, key.low))
			return ix->e[lo - 1].code;
		return NULL;
	}
	/* out of memory for the index: look back chunk by chunk */
	for (i = s + 1; i-- > 0;) {
		const pl_sentan *an = &q->an[i];
		int j;
		for (j = an->nnp - 1; j >= 0; j--) {
			const pl_np *o = &an->np[j];
			if (o->t0 >= np->t0 || !np_code(o))
				continue;
			if (!strcmp(an->tok[o->t1 - 1].low, last->low))
				return np_code(o);
		}
	}
	return NULL;
}

static int is_he_she(const pl_token *t)
{
	return is(t, "he") || is(t, "she");
}

/* Sets the speaker of c to np k of sentence s (with its compound partners). */
static void set_speaker(const qctx *q, cand *c, int s, int k)
{
	const pl_sentan *an = &q->an[s];
	int e = k;
	while (e + 1 < an->nnp && an->np[e + 1].group == an->np[k].group)
		e++;
	c->ss = s;
	c->snp = k;
	c->q.sp0 = an->np[k].t0;
	c->q.sp1 = an->np[e].t1;
	c->q.code = speaker_code(q, (uint32_t)s, k);
	c->pron = an->np[k].pronoun && is_he_she(&an->tok[an->np[k].t0]);
}

static cand *add(qctx *q)
{
	cand *c;
	if (q->n == q->cap && pl_arena_grow(q->a, (void **)&q->c, &q->cap, q->n + 1, sizeof *q->c) < 0)
		return NULL;
	c = &q->c[q->n++];
	memset(c, 0, sizeof *c);
	c->ss = c->snp = -1;
	c->q.cue = PL_NONE;
	return c;
}

/* Sets the cue of c to verb group k of sentence s and takes its speaker. */
static void set_cue(const qctx *q, cand *c, int s, int k)
{
	const pl_sentan *an = &q->an[s];
	int sp = speaker_np(an, &an->vg[k]);
	c->q.cue = an->vg[k].v;
	if (sp >= 0)
		set_speaker(q, c, s, sp);
}

/* End of a quotation opened at o of family f: sets *close (or PL_NONE) and
** returns the first token after the content. */
static uint32_t match_close(const qctx *q, uint32_t o, int f, uint32_t *close)
{
	const pl_token *tok = q->tx->tok;
	uint32_t j, ntok = q->tx->ntok, end = q->an[q->sof[o]].t1;
	int depth[QF_SSQ + 1] = {0};
	*close = PL_NONE;
	for (j = o + 1; j < ntok; j++) {
		int g = family(&tok[j]);
		if (g == QF_NONE)
			continue;
		if (g == f) {
			if (!opens(q->tx, j)) {
				*close = j;
				return j;
			}
			/* a new quotation of the same kind: this one was left open */
			return q->sof[j] > q->sof[o] ? q->an[q->sof[j] - 1].t1 : j;
		}
		if (opens(q->tx, j)) {
			depth[g]++;
		} else if (depth[g] > 0) {
			depth[g]--;
		} else if (is_double(f) && is_double(g)) {
			/* mixed marks ("work-relatedâ): a closing double mark of
			** another kind ends the quotation unless one of its own kind
			** follows in the same sentence */
			uint32_t k, e = q->an[q->sof[j]].t1;
			for (k = j + 1; k < e; k++)
				if (family(&tok[k]) == f)
					break;
			if (k == e || opens(q->tx, k)) {
				*close = j;
				return j;
			}
		}
	}
	return end;
}

/* Pairs the quotation marks and makes a candidate for each quotation. */
static int find_direct(qctx *q)
{
	const pl_token *tok = q->tx->tok;
	uint32_t i = 0, ntok = q->tx->ntok, j;
	while (i < ntok) {
		int f = family(&tok[i]);
		uint32_t close, end, q0, q1;
		cand *c;
		if (f == QF_NONE || !opens(q->tx, i)) {
			i++;
			continue;
		}
		end = match_close(q, i, f, &close);
		if (!is_double(f) && (close == PL_NONE || q->sof[close] != q->sof[i])) {
			i++;     /* a single mark with no partner: an apostrophe */
			continue;
		}
		for (j = i; j <= (close == PL_NONE ? end - 1 : close); j++)
			q->inq[j] = 1;
		q0 = i + 1;
		q1 = end;
		while (q1 > q0 && (is(&tok[q1 - 1], ",") || is(&tok[q1 - 1], ":")))
			q1--;
		if (q1 > q0) {
			if (!(c = add(q)))
				return -1;
			c->q.direct = 1;
			c->q.q0 = q0;
			c->q.q1 = q1;
			c->q.cue = i;          /* opening mark, for now */
			c->q.sent = close;     /* closing mark, for now */
			c->s0 = q->sof[q0];
			c->s1 = q->sof[q1 - 1];
		}
		i = close == PL_NONE ? end : close + 1;
	}
	return 0;
}

/* Decides full or partial and finds the cue of each direct candidate. */
static void attribute_direct(qctx *q, size_t ndirect)
{
	const pl_token *tok = q->tx->tok;
	size_t i;
	for (i = 0; i < ndirect; i++) {
		cand *c = &q->c[i];
		uint32_t o = c->q.cue, cl = c->q.sent, j;
		const pl_sentan *an = &q->an[q->sof[o]];
		int bs = -1, bk = -1, as = -1, ak = -1, asp = -1, before, after, k;
		int hasb = cue_before(q, o, &bs, &bk) == 0;
		int hasa = cl != PL_NONE && cue_after(q, cl, &as, &ak, &asp) == 0;
		/* the segmenter may leave an opening mark at the end of the
		** sentence before (NEWS ''Quote'' style) */
		before = hasb || o == an->t0 || o + 1 == an->t1 || tok[o - 1].tag == PL_T_PP ||
		         is(&tok[o - 1], ":") ||
		         (is_mark(&tok[o - 1]) && !opens(q->tx, o - 1));
		for (j = an->t0; !before && j < o && is_trail_punct(&tok[j]); j++)
			if (j + 1 == o)
				before = 1;
		after = cl == PL_NONE || hasa;
		if (!after) {
			const pl_sentan *ac = &q->an[q->sof[cl]];
			after = 1;
			for (j = cl + 1; j < ac->t1 && !opens(q->tx, j); j++)
				if (!is_trail_punct(&tok[j]))
					after = 0;
		}
		c->q.cue = PL_NONE;
		c->q.sent = c->s0;
		c->full = (uint8_t)(before && after);
		if (c->full) {
			if (hasb) {
				set_cue(q, c, bs, bk);
				c->q.sent = (uint32_t)bs;
			} else if (hasa) {
				set_cue(q, c, as, ak);
				if (asp >= 0)
					set_speaker(q, c, as, asp);
				c->q.sent = (uint32_t)as;
			}
			if (c->q.cue != PL_NONE) {
				q->used[c->q.cue] = 1;
				if (q->sof[c->q.cue] > c->s1)
					c->s1 = q->sof[c->q.cue];
			}
			for (j = o; j < c->q.q1 || (cl != PL_NONE && j <= cl); j++)
				q->infull[j] = 1;
			continue;
		}
		/* partial: the verb of saying that governs it */
		c->q.partial = 1;
		for (k = an->nvg - 1; k >= 0; k--)
			if (an->vg[k].t1 <= o && quote_cue(q, an, &an->vg[k]))
				break;
		if (k < 0 && cl != PL_NONE) {
			an = &q->an[q->sof[cl]];
			for (k = 0; k < an->nvg; k++)
				if (an->vg[k].t0 > cl && quote_cue(q, an, &an->vg[k]))
					break;
			if (k == an->nvg)
				k = -1;
		}
		if (k >= 0) {
			set_cue(q, c, (int)(an - q->an), k);
			c->q.sent = (uint32_t)(an - q->an);
		}
	}
}

/* Last content token + 1 of sentence an: final punctuation and closing
** marks left out. */
static uint32_t clause_end(const pl_sentan *an)
{
	uint32_t e = an->t1;
	while (e > an->t0 && is_trail_punct(&an->tok[e - 1]))
		e--;
	return e;
}

static int add_indirect(qctx *q, uint32_t s, uint32_t q0, uint32_t q1, uint32_t cue, int sp)
{
	cand *c;
	if (q1 < q0 + 2)
		return 0;
	if (!(c = add(q)))
		return -1;
	c->q.q0 = q0;
	c->q.q1 = q1;
	c->q.cue = cue;
	c->q.sent = s;
	c->s0 = c->s1 = s;
	if (sp >= 0)
		set_speaker(q, c, (int)s, sp);
	return 0;
}

/* "X said (that) CLAUSE", "CLAUSE, X said" and "according to X". */
static int find_indirect(qctx *q, uint32_t s)
{
	const pl_sentan *an = &q->an[s];
	const pl_token *tok = an->tok;
	uint32_t end = clause_end(an), j;
	int k;
	for (k = 0; k < an->nvg; k++) {
		const pl_vg *g = &an->vg[k];
		const char *l = lem(&tok[g->v]);
		uint32_t p = g->t1, st;
		int sp = g->subj, n, c;
		if (q->inq[g->v] || q->used[g->v] || g->passive || g->nominal ||
		    !(g->reporting || clause_lemma(l)) || sp < 0)
			continue;
		/* after the verb: the hearer, asides and dates, "that" */
		if (hearer_lemma(l) && p < end && (n = np_at(an, p)) >= 0)
			p = an->np[n].t1;
		st = p;
		for (j = p; j < end && j < p + 8; j++) {
			const pl_token *t = &tok[j];
			if (is(t, "that") && (t->tag == PL_T_IN || t->tag == PL_T_WDT || t->tag == PL_T_DT)) {
				st = j + 1;
				break;
			}
			if (!(an->skip[j - an->t0] || an->np_of[j - an->t0] >= 0 || t->tag == PL_T_IN ||
			      t->tag == PL_T_RB || is(t, ",")))
				break;
		}
		/* dates and asides: "told reporters on Tuesday the ..." */
		while (st < end && (an->skip[st - an->t0] || is(&tok[st], ",") ||
		       (tok[st].tag == PL_T_IN && st + 1 < end && an->skip[st + 1 - an->t0])))
			st++;
		if (st < end && !q->infull[st] && tok[st].tag != PL_T_CC &&
		    (tok[st].tag != PL_T_IN || is(&tok[st], "about")) &&
		    tok[st].tag != PL_T_TO && !is_trail_punct(&tok[st]) && has_finite(q->infull, an, st, end)) {
			/* the clause ends at ";" or ", but" (the writer's own words) */
			uint32_t e = st + 1;
			while (e < end && !is(&tok[e], ";") &&
			       !(is(&tok[e], ",") && e + 1 < end && is(&tok[e + 1], "but")))
				e++;
			if (add_indirect(q, s, st, e, g->v, sp) < 0)
				return -1;
			continue;
		}
		/* before it: "CLAUSE, X said" and "CLAUSE, said X" */
		c = -1;
		if (an->np[sp].t1 <= g->t0 && an->np[sp].t0 > an->t0 + 1 && is(&tok[an->np[sp].t0 - 1], ","))
			c = (int)an->np[sp].t0 - 1;
		else if (an->np[sp].t0 >= g->t1 && g->t0 > an->t0 + 1 && is(&tok[g->t0 - 1], ","))
			c = (int)g->t0 - 1;
		if (c >= 0) {
			for (j = an->t0; j < (uint32_t)c; j++)
				if (q->infull[j])
					break;
			if (j == (uint32_t)c && has_finite(q->infull, an, an->t0, (uint32_t)c)) {
				st = an->t0;
				while (st < (uint32_t)c && (tok[st].tag == PL_T_CC || is_trail_punct(&tok[st])))
					st++;
				if (add_indirect(q, s, st, (uint32_t)c, g->v, sp) < 0)
					return -1;
			}
		}
	}
	/* "according to X" */
	for (j = an->t0; j + 2 < an->t1; j++) {
		uint32_t a0, e, st;
		int n;
		if (!is(&tok[j], "according") || !is(&tok[j + 1], "to") || q->inq[j] ||
		    (n = np_at(an, j + 2)) < 0)
			continue;
		for (a0 = an->t0; a0 < j && (tok[a0].tag == PL_T_CC || tok[a0].tag == PL_T_RB ||
		     is_trail_punct(&tok[a0])); a0++)
			;
		if (a0 == j) {
			/* "According to X, CLAUSE" */
			for (st = an->np[n].t1; st < end && !is(&tok[st], ","); st++)
				;
			if (st + 1 >= end || st > an->np[n].t1 + 8 || !has_finite(q->infull, an, st, end))
				continue;
			if (add_indirect(q, s, st + 1, end, j, n) < 0)
				return -1;
		} else {
			/* "CLAUSE(,) according to X" */
			for (e = j; e > a0 && is_trail_punct(&tok[e - 1]); e--)
				;
			for (st = a0; st < e; st++)
				if (q->infull[st])
					break;
			if (st < e || !has_finite(q->infull, an, a0, e))
				continue;
			if (add_indirect(q, s, a0, e, j, n) < 0)
				return -1;
		}
	}
	return 0;
}

/* Resolves "he"/"she" speaker c at index i: the last person-like speaker of
** a quote within PRON_SENTS sentences, else the nearest person-like subject
** before the pronoun. */
static void resolve_pronoun(qctx *q, size_t i)
{
	cand *c = &q->c[i];
	uint32_t at = c->q.sp0, s = (uint32_t)c->ss, t;
	size_t b;
	for (b = i; b-- > 0;) {
		const cand *p = &q->c[b];
		if (q->s1max && q->s1max[b] + PRON_SENTS < s)
			break;   /* none before it comes near enough */
		if (p->ss < 0 || p->q.sp0 >= at || p->s1 + PRON_SENTS < s)
			continue;
		if (p->pron && !p->q.pronoun)
			continue;
		if (!person_like(&q->an[p->ss], p->snp))
			continue;
		c->ss = p->ss;
		c->snp = p->snp;
		c->q.sp0 = p->q.sp0;
		c->q.sp1 = p->q.sp1;
		c->q.code = p->q.code;
		c->q.pronoun = 1;
		return;
	}
	for (t = s + 1; t-- > 0 && t + PRON_SENTS >= s;) {
		const pl_sentan *an = &q->an[t];
		int k, best = -1;
		for (k = 0; k < an->nvg; k++) {
			int n = an->vg[k].subj;
			if (n < 0 || an->np[n].t0 >= at || q->inq[an->np[n].t0] || !person_like(an, n))
				continue;
			if (best < 0 || an->np[n].t0 > an->np[best].t0)
				best = n;
		}
		if (best >= 0) {
			set_speaker(q, c, (int)t, best);
			c->q.pronoun = 1;
			c->pron = 0;
			return;
		}
	}
}

/* A quote with no cue of its own continues the attribution of from: same
** speaker, same cue. */
static void copy_speaker(cand *to, const cand *from)
{
	to->q.cue = from->q.cue;
	to->ss = from->ss;
	to->snp = from->snp;
	to->q.sp0 = from->q.sp0;
	to->q.sp1 = from->q.sp1;
	to->q.code = from->q.code;
	to->q.pronoun = from->q.pronoun;
}

static int by_position(const cand *x, const cand *y)
{
	if (x->q.q0 != y->q.q0)
		return x->q.q0 < y->q.q0 ? -1 : 1;
	return (int)y->q.direct - (int)x->q.direct;
}

/* Stable sort by position: insertion sort for short runs, merged (with tmp,
** room for n) so that an article of many quotes stays n log n.  The
** candidates come nearly in order already: direct ones, then reported ones
** by sentence. */
static void sort_cands(cand *c, size_t n, cand *tmp)
{
	size_t i, j, h, l, r, k;
	if (n <= 16 || !tmp) {
		for (i = 1; i < n; i++) {
			cand t = c[i];
			for (j = i; j > 0 && by_position(&c[j - 1], &t) > 0; j--)
				c[j] = c[j - 1];
			c[j] = t;
		}
		return;
	}
	h = n / 2;
	sort_cands(c, h, tmp);
	sort_cands(c + h, n - h, tmp);
	if (by_position(&c[h - 1], &c[h]) <= 0)
		return;
	memcpy(tmp, c, h * sizeof *c);
	for (l = 0, r = h, k = 0; l < h; k++) {
		if (r < n && by_position(&c[r], &tmp[l]) < 0)
			c[k] = c[r++];
		else
			c[k] = tmp[l++];
	}
}

int pl_quotes_find(const pl_text *tx, const pl_sentan *an, pl_arena *a,
                   pl_quote **out, size_t *n)
{
	qctx q;
	spk_index spk;
	size_t i, ndirect, m;
	uint32_t s, t;
	*out = NULL;
	*n = 0;
	if (!tx->ntok || !tx->nsent)
		return 0;
	memset(&q, 0, sizeof q);
	q.tx = tx;
	q.an = an;
	q.a = a;
	memset(&spk, 0, sizeof spk);
	q.spk = &spk;
	q.sof = pl_arena_alloc(a, tx->ntok * sizeof *q.sof);
	q.inq = pl_arena_alloc(a, tx->ntok);
	q.used = pl_arena_alloc(a, tx->ntok);
	q.infull = pl_arena_alloc(a, tx->ntok);
	if (!q.sof || !q.inq || !q.used || !q.infull)
		return -1;
	for (s = 0; s < tx->nsent; s++)
		for (t = an[s].t0; t < an[s].t1 && t < tx->ntok; t++)
			q.sof[t] = s;
	if (find_direct(&q) < 0)
		return -1;
	ndirect = q.n;
	attribute_direct(&q, ndirect);
	for (s = 0; s < tx->nsent; s++)
		if (find_indirect(&q, s) < 0)
			return -1;
	/* partial quotes with no verb of saying are scare quotes: drop them */
	for (i = m = 0; i < q.n; i++)
		if (!(q.c[i].q.partial && q.c[i].q.cue == PL_NONE))
			q.c[m++] = q.c[i];
	q.n = m;
	sort_cands(q.c, q.n, q.n > 16 ? pl_arena_alloc(a, (q.n / 2 + 1) * sizeof *q.c) : NULL);
	if (q.n && (q.s1max = pl_arena_alloc(a, q.n * sizeof *q.s1max)) != NULL)
		for (i = 0; i < q.n; i++)
			q.s1max[i] = i && q.s1max[i - 1] > q.c[i].s1 ? q.s1max[i - 1] : q.c[i].s1;
	/* pronouns, then uncued quotes from the adjacent quote before */
	for (i = 0; i < q.n; i++) {
		cand *c = &q.c[i];
		if (c->pron)
			resolve_pronoun(&q, i);
		c->cont = c->full && c->q.cue == PL_NONE;
		if (c->cont && i > 0 && q.c[i - 1].q.direct && q.c[i - 1].ss >= 0 &&
		    q.c[i - 1].s1 + 1 >= c->s0)
			copy_speaker(c, &q.c[i - 1]);
	}
	/* ... else from the adjacent quote after */
	for (i = q.n; i-- > 1;) {
		cand *c = &q.c[i - 1];
		if (c->cont && c->ss < 0 && q.c[i].q.direct &&
		    q.c[i].ss >= 0 && c->s1 + 1 >= q.c[i].s0)
			copy_speaker(c, &q.c[i]);
	}
	if (q.n) {
		pl_quote *r = pl_arena_alloc(a, q.n * sizeof *r);
		if (!r)
			return -1;
		for (i = 0; i < q.n; i++)
			r[i] = q.c[i].q;
		*out = r;
		*n = q.n;
	}
	return 0;
}
