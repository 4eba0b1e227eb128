/*
** quote.c: direct quotations, partial quotes and reported speech over a
** whole article, each tied to its cue verb and speaker; see quote.h.
** Rules over the sentence analyses (chunks, verb groups, subjects); no
** parser.  Work is linear in the tokens, times a small constant window.
*/
#include "quote.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "../base/words.h"

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
**   4. Reported speech and other attributions: a verb of the cue table
**      (cue_words, by class) with its subject: "X said (that) CLAUSE",
**      "X told reporters CLAUSE", "X denied the report", "X vowed to
**      fight", "X asked whether ...", "CLAUSE, X said"; judgements with no
**      source ("the truce appears to be holding"); "according to X,
**      CLAUSE" / "CLAUSE according to X"; "Name: ..." opening a headline.
**      A clause ends with the sentence, or at ";", ", but", ", saying" or
**      where another speaker's attribution begins; an object ends at a
**      comma or a subordinate clause.  A verb that is the cue of a full
**      direct quote gives no reported speech; one that governs partial
**      quotes does (the clause is what was said, partial quotes included).
**   5. Speaker: the cue's subject chunk (with its compound partners);
**      "he"/"she" resolve to the last person-like speaker of a quote within
**      PRON_SENTS sentences, else to the nearest person-like subject
**      before.  A full quote with no cue continues the direct quote just
**      before it (its sentences adjacent), else the one just after it: it
**      takes that quote's speaker AND cue, so that a reader can join the
**      pieces of one attribution by their cue.
**   6. No attribution inside another: reported speech whose cue stands in
**      what another attribution reports ("X told reporters that Y believes
**      ...") is part of that content, and is dropped (drop_nested).
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
	const pl_speakers *prior;  /* codes from earlier parts, or NULL */
	uint32_t *s1max;         /* after sorting: greatest s1 of c[0..i] */
	uint32_t *sof;           /* token -> sentence index */
	uint8_t *inq;            /* token inside a quotation (marks included) */
	uint8_t *used;           /* verb token that cues a full direct quote */
	uint8_t *infull;         /* token inside a full direct quote (marks included) */
	uint8_t *words;          /* sentence index -> SW_ bits of the words it holds */
	/* [nomark0, nomark1): tokens of the text, all in sentences, with no
	** quotation mark (every sentence's when none has one; else empty) */
	uint32_t nomark0, nomark1;
	cand *c;
	size_t n, cap;
} qctx;

/* Words whose searches walk the whole sentence: noted while the sentences'
** tokens are first walked, so that a sentence without them is not walked
** again for each (a sentence without "that" or "according" is most; the
** two walks cost about 2.7 million instructions a thousand stories,
** callgrind on Reuters). */
enum { SW_THAT = 1, SW_ACCORDING = 2, SW_NOUNCUE = 4 };

static const char *lem(const pl_token *t)
{
	return t->lemma ? t->lemma : t->low;
}

/* the first two bytes first: most words differ there, and a call is saved
** (inline: asked hundreds of thousands of times a thousand stories) */
static inline int is(const pl_token *t, const char *w)
{
	return t->low[0] == w[0] && t->low[1] == w[1] && strcmp(t->low, w) == 0;
}

/* (inline: asked of every token of the speech searches) */
static inline int family(const pl_token *t)
{
	const char *s = t->s;
	if (!(t->flags & (PL_TOK_QOPEN | PL_TOK_QCLOSE)))
		return QF_NONE;
	if (pl_eq(s, "\""))
		return QF_SDQ;
	if (pl_eq(s, "\xe2\x80\x9c") || pl_eq(s, "\xe2\x80\x9d") ||
	    pl_eq(s, "\xe2\x80\x9e"))
		return QF_CDQ;
	if (pl_eq(s, "``") || pl_eq(s, "''"))
		return QF_TDQ;
	if (pl_eq(s, "\xe2\x80\x98") || pl_eq(s, "\xe2\x80\x99"))
		return QF_CSQ;
	if (pl_eq(s, "'") || pl_eq(s, "`"))
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
	if (pl_eq(t->s, "''") && (i == 0 || (t->flags & (PL_TOK_SPACEBEFORE | PL_TOK_NLBEFORE)) ||
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

/*
** Cue words by class: dict/cues.tsv (lemma -> PL_CU_* classes, read with
** the dictionaries), which says which complements of a verb of saying,
** thinking or judging are the content of an attribution whose source is
** its subject.  Verbs of saying the sentence analysis marks as reporting
** are CU_QUOTE and CU_CLAUSE whether listed or not.
*/
enum { CU_QUOTE = PL_CU_QUOTE, CU_CLAUSE = PL_CU_CLAUSE, CU_HEARER = PL_CU_HEARER,
       CU_OBJ = PL_CU_OBJ, CU_INF = PL_CU_INF, CU_WH = PL_CU_WH, CU_SEEM = PL_CU_SEEM,
       CU_ABOUT = PL_CU_ABOUT };

/* The classes of token t's lemma as a cue in the dictionaries sentence an
** was analysed with (0: not a cue word). */
static unsigned cue_class(const pl_sentan *an, const pl_token *t)
{
	if (!an->store)
		return 0;
	return (unsigned)(uintptr_t)pl_tok_get_lem(&an->store->cues, t);
}

/* The classes of verb group g: the table's, with the analysis's verbs of
** saying quoting and reporting a clause. */
static unsigned vg_class(const pl_sentan *an, const pl_vg *g)
{
	unsigned c = cue_class(an, &an->tok[g->v]);
	if (g->reporting)
		c |= CU_QUOTE | CU_CLAUSE;
	return c;
}

static int quote_cue(const qctx *q, const pl_sentan *an, const pl_vg *g)
{
	if (q->inq[g->v] || g->nominal || (g->passive && g->by < 0))
		return 0;
	return (vg_class(an, g) & CU_QUOTE) != 0;
}

static int np_at(const pl_sentan *an, uint32_t t)
{
	if (t < an->t0 || t >= an->t1)
		return -1;
	return an->np_of[t - an->t0];
}

/* The subject of finite verb group g, sp, or the chunk that opens the
** sentence when sp sits in an aside between that chunk and the verb: "Cory
** James, 22, of Flint, Mich., said", "Grassley, facing a tough race in
** Iowa, said", "Wilcox, whose education was paid for by the Army, said".
** The aside holds no finite verb outside a relative clause. */
static int aside_subject(const pl_sentan *an, const pl_vg *g, int sp)
{
	const pl_token *tok = an->tok;
	uint32_t j = an->t0, c, rel = 0;
	int n0, k;
	if (sp < 0 || g->t0 < an->t0 + 3 || !is(&tok[g->t0 - 1], ",") || an->np[sp].t1 > g->t0)
		return sp;
	while (j < g->t0 && (tok[j].tag == PL_T_CC || tok[j].tag == PL_T_RB))
		j++;
	n0 = np_at(an, j);
	if (n0 < 0 || an->np[n0].t0 != j || an->np[n0].t0 >= an->np[sp].t0 ||
	    an->np[n0].group == an->np[sp].group)
		return sp;
	c = an->np[n0].t1;
	while (c < g->t0 && an->skip[c - an->t0])
		c++;
	if (c >= an->np[sp].t0 || !is(&tok[c], ","))
		return sp;
	for (j = c; j < g->t0; j++)
		if (tok[j].tag == PL_T_WP || tok[j].tag == PL_T_WDT || tok[j].tag == PL_T_WPS) {
			rel = j;
			break;
		}
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].finite && an->vg[k].t0 > c && an->vg[k].t0 < g->t0 &&
		    (!rel || an->vg[k].t0 < rel))
			return sp;
	return n0;
}

/* The comma that opens a relative aside closed by the comma right before
** verb group g: "X, whom he has alienated, said ...", "X, whose roots are
** in ..., said ...": the token of that comma, else -1.  The aside holds
** one finite verb and no quotation mark. */
static int relative_aside(const pl_sentan *an, const pl_vg *g)
{
	const pl_token *tok = an->tok;
	uint32_t j, c;
	int k, nfin = 0;
	if (g->t0 < an->t0 + 4 || !is(&tok[g->t0 - 1], ","))
		return -1;
	for (j = g->t0 - 2; j > an->t0 && g->t0 - j < 25; j--) {
		if (is_mark(&tok[j]) || is(&tok[j], ";"))
			return -1;
		if (is(&tok[j], ",") && (tok[j + 1].tag == PL_T_WP || tok[j + 1].tag == PL_T_WPS ||
		    (tok[j + 1].tag == PL_T_WDT && is(&tok[j + 1], "which"))))
			break;
	}
	if (j <= an->t0 || g->t0 - j >= 25)
		return -1;
	c = j;
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].finite && an->vg[k].t0 > c && an->vg[k].t0 < g->t0)
			nfin++;
	return nfin == 1 ? (int)c : -1;
}

/* The chunk that opens the sentence and stands right before the comma c
** of a relative aside: "Wilcox" in "Wilcox, whose ..., said"; else -1. */
static int aside_opener(const pl_sentan *an, uint32_t c)
{
	const pl_token *tok = an->tok;
	uint32_t j = an->t0, e;
	int n0;
	while (j < c && (tok[j].tag == PL_T_CC || tok[j].tag == PL_T_RB))
		j++;
	n0 = np_at(an, j);
	if (n0 < 0 || an->np[n0].t0 != j)
		return -1;
	e = an->np[n0].t1;
	while (e < c && an->skip[e - an->t0])
		e++;
	return e == c ? n0 : -1;
}

/* Whether the clause of finite verb group h is subordinate: its subject
** (or the verb) right after "that", "when", "because", "who" ... */
static int subordinate_vg(const pl_sentan *an, const pl_vg *h)
{
	static const char *const w[] = {"that", "when", "while", "because", "although", "though",
		"if", "unless", "since", "after", "before", "until", "once", "whether", "whose", "who",
		"which", "where", NULL};
	uint32_t b = h->subj >= 0 && an->np[h->subj].t1 <= h->t0 ? an->np[h->subj].t0 : h->t0;
	int i;
	if (b <= an->t0)
		return 0;
	for (i = 0; w[i]; i++)
		if (is(&an->tok[b - 1], w[i]))
			return 1;
	return 0;
}

/* The speaker of participle k after a comma: "Sanders defended his plan,
** saying ...".  The subject of the last verb of saying before it ("X said
** the suspects fled, adding ..."), else of the last finite verb of a main
** clause; -1 when none.  Verbs inside quotations (inq, may be NULL) speak
** for no one here, and a verb of saying before ", and" and another subject
** is not the one the participle hangs on ("Protest groups say ..., and the
** ACLU has sued, saying ..."). */
static int participle_speaker(const uint8_t *inq, const pl_sentan *an, int k)
{
	const pl_token *tok = an->tok;
	int b, last = -1;
	uint32_t lastat = 0, j;
	for (b = k - 1; b >= 0; b--) {
		const pl_vg *h = &an->vg[b];
		int cue = cue_class(an, &tok[h->v]) || h->reporting;
		if (!h->finite || (inq && inq[h->v]))
			continue;
		/* "...," said Skelly, explaining ... */
		if (cue && (h->subj < 0 || an->np[h->subj].t0 >= h->t1) && h->t0 > an->t0 &&
		    (is(&tok[h->t0 - 1], ",") || is_mark(&tok[h->t0 - 1])) && np_at(an, h->t1) >= 0 &&
		    last < 0)
			return np_at(an, h->t1);
		if (h->subj < 0 || an->np[h->subj].t1 > h->t0 || subordinate_vg(an, h))
			continue;
		if (last >= 0 && cue) {
			for (j = h->t1; j + 1 < lastat; j++)
				if ((is(&tok[j], ",") || is(&tok[j], ";")) &&
				    (is(&tok[j + 1], "and") || is(&tok[j + 1], "but")))
					return last;
		}
		if (last < 0) {
			last = aside_subject(an, h, h->subj);
			lastat = an->np[h->subj].t0;
		}
		if (cue)
			return aside_subject(an, h, h->subj);
	}
	return last;
}

/* Whether a participle starting at token t follows a comma, also one
** inside a closing quotation mark: `"...," referencing ...`. */
static int comma_led(const pl_sentan *an, uint32_t t)
{
	if (t > an->t0 && is(&an->tok[t - 1], ","))
		return 1;
	return t > an->t0 + 1 && is_mark(&an->tok[t - 1]) && is(&an->tok[t - 2], ",");
}

static int source_np(const pl_sentan *an, uint32_t t);

/* The chunk that speaks for verb group g: its subject, else a chunk right
** after it when the verb opens its clause ("..., said Miller"). */
/* "..., the agency quoted the minister as saying": the one an outlet quotes
** "as saying" is the speaker, not the outlet that passes the words on.  The
** chunk right after an active "quote" when "as" and a verb of saying
** follow it, else -1. */
static int quoted_speaker(const pl_sentan *an, const pl_vg *g)
{
	int n;
	uint32_t e;
	if (g->passive || !is(&an->tok[g->v], "quoted") || (n = np_at(an, g->t1)) < 0)
		return -1;
	while (n + 1 < an->nnp && an->np[n + 1].group == an->np[n].group)
		n++;
	e = an->np[n].t1;
	if (e + 1 >= an->t1 || !is(&an->tok[e], "as") || an->tok[e + 1].tag != PL_T_VBG ||
	    !(is(&an->tok[e + 1], "saying") || is(&an->tok[e + 1], "telling") ||
	      is(&an->tok[e + 1], "stating")))
		return -1;
	return np_at(an, g->t1);
}

static int speaker_np(const uint8_t *inq, const pl_sentan *an, const pl_vg *g)
{
	uint32_t j = g->t0;
	int ps;
	if ((ps = quoted_speaker(an, g)) >= 0)
		return ps;
	if (g->gerund && comma_led(an, g->t0) &&
	    (ps = participle_speaker(inq, an, (int)(g - an->vg))) >= 0)
		return ps;
	if (g->subj >= 0)
		return g->finite ? aside_subject(an, g, g->subj) : g->subj;
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
	    is_mark(&an->tok[g->t0 - 1]))) {
		/* "..., said retired general John Allen, ...": a name after a
		** word the tagger took for a verb, when the name ends there */
		int n = np_at(an, g->t1);
		if (n < 0 && (n = source_np(an, g->t1)) >= 0) {
			j = an->np[n].t1;
			while (j < an->t1 && an->skip[j - an->t0])
				j++;
			if (j < an->t1 && !is(&an->tok[j], ",") && !is_trail_punct(&an->tok[j]))
				n = -1;
		}
		return n;
	}
	return -1;
}

/* The speaker of participle k of an (sp: the analysis's subject):
** "Sanders defended his plan, saying ...": the subject of the clause the
** participle hangs on; "voters saying they want ...", "the spectacle of
** Mr. Netanyahu denouncing ...": the chunk just before; "pointing to the
** bottles and telling viewers ...": that of the participle before "and". */
static int gerund_speaker(const qctx *q, const pl_sentan *an, int k, int sp)
{
	const pl_vg *g = &an->vg[k];
	int b, n, depth;
	for (depth = 0; depth < 4; depth++) {
		if (comma_led(an, g->t0))
			return (b = participle_speaker(q->inq, an, k)) >= 0 ? b : sp;
		if (k > 0 && is(&an->tok[g->t0 - 1], "and") && an->vg[k - 1].gerund &&
		    an->vg[k - 1].t1 < g->t0 && !an->vg[k - 1].nominal) {
			g = &an->vg[--k];
			continue;
		}
		n = np_at(an, g->t0 - 1);
		if (n >= 0 && !an->np[n].pronoun && (sp < 0 || (an->np[n].t0 > an->t0 &&
		    an->tok[an->np[n].t0 - 1].tag == PL_T_IN)))
			return n;
		return sp;
	}
	return sp;
}

static int in_list(const char *l, const char *w);

/* A gerund after a preposition of time or manner, over adverbs: "while
** arguing that ...", "by saying ...", "after initially saying ...": the
** preposition's token, else -1. */
static int adverbial_gerund(const pl_sentan *an, const pl_vg *g)
{
	uint32_t j = g->t0;
	if (!g->gerund)
		return -1;
	while (j > an->t0 && an->tok[j - 1].tag == PL_T_RB)
		j--;
	if (j == an->t0 || (an->tok[j - 1].tag != PL_T_IN && an->tok[j - 1].tag != PL_T_WRB) ||
	    !in_list("after before by in since upon when while", an->tok[j - 1].low))
		return -1;
	return (int)j - 1;
}

/* The speaker of such a gerund k whose preposition is token p: the
** subject of the clause the phrase hangs on.  Opening the sentence ("By
** saying ..., Trump angered"): the subject after the phrase's comma;
** after the chunk that opens the sentence ("Sanders, after initially
** saying ..., took"): that chunk; else the subject of the main clause
** before ("Clinton said, while arguing ...").  -1 when none. */
static int adverbial_speaker(const qctx *q, const pl_sentan *an, int k, uint32_t p)
{
	const pl_token *tok = an->tok;
	uint32_t a = an->t0;
	int b, n;
	while (a < p && (tok[a].tag == PL_T_CC || tok[a].tag == PL_T_RB || is_trail_punct(&tok[a])))
		a++;
	if (a == p) {
		for (b = k + 1; b < an->nvg; b++) {
			const pl_vg *h = &an->vg[b];
			if (!h->finite || q->inq[h->v] || h->subj < 0 || an->np[h->subj].t1 > h->t0 ||
			    an->np[h->subj].t0 <= an->t0 || !is(&tok[an->np[h->subj].t0 - 1], ",") ||
			    subordinate_vg(an, h))
				continue;
			return h->subj;
		}
		return -1;
	}
	if (p > an->t0 + 1 && is(&tok[p - 1], ",") && (n = np_at(an, p - 2)) >= 0 &&
	    an->np[n].t1 == p - 1 && an->np[n].t0 == a)
		return n;
	/* inside an adverbial clause: "while her rival has soared by saying
	** ...": that clause's subject */
	for (b = k - 1; b >= 0; b--) {
		const pl_vg *h = &an->vg[b];
		uint32_t s0;
		if (!h->finite || q->inq[h->v] || h->subj < 0 || an->np[h->subj].t1 > h->t0)
			continue;
		s0 = an->np[h->subj].t0;
		if (s0 > an->t0 && tok[s0 - 1].tag == PL_T_IN && !is(&tok[s0 - 1], "that") &&
		    subordinate_vg(an, h))
			return h->subj;
		break;
	}
	return participle_speaker(q->inq, an, k);
}

/* "they", "we", "I", "you": a pronoun that is only ever a subject before
** a verb (not "it", "that", "her"). */
static int subject_pronoun(const pl_token *t)
{
	return is(t, "they") || is(t, "we") || is(t, "i") || is(t, "you");
}

/* The token before t (over adverbs: "they seldom vote", "we mostly rent"),
** not before t0. */
static uint32_t pron_before(const pl_sentan *an, uint32_t t0, uint32_t t)
{
	t--;
	while (t > t0 && an->tok[t].tag == PL_T_RB)
		t--;
	return t;
}

/* A finite verb group of an that starts inside [t0, t1) after t0, its verb
** not marked in mask (quotation tokens); a base form after its subject
** counts (irregular past tenses: "shut", "put", "cut"). */
static int has_finite(const uint8_t *mask, const pl_sentan *an, uint32_t t0, uint32_t t1)
{
	int k;
	for (k = 0; k < an->nvg; k++) {
		const pl_vg *g = &an->vg[k];
		if (g->t0 > t0 && g->t0 < t1 && !mask[g->v] &&
		    (g->finite ||
		     /* "the location never shut its doors": a past tense the
		     ** tagger read as a base form, after its subject */
		     (an->tok[g->t0].tag == PL_T_VB && !g->infinitive && g->subj >= 0 &&
		      an->np[g->subj].t1 <= g->t0 && an->np[g->subj].t0 >= t0) ||
		     /* "say they empathize": a present tense the tagger read
		     ** as a base form, right after a subject pronoun and its
		     ** adverbs, "they mostly rent" (the
		     ** analysis may give the group the subject of the cue) */
		     (an->tok[g->t0].tag == PL_T_VB && !g->infinitive && g->t0 > t0 &&
		      subject_pronoun(&an->tok[pron_before(an, t0, g->t0)]))))
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
		    t->tag == PL_T_IN || t->tag == PL_T_RB || t->tag == PL_T_DT || t->tag == PL_T_CD ||
		    t->tag == PL_T_TO)
			continue;
		return -1;
	}
	/* "said the justice's "mind is shot"", "described the field as "all
	** very good"": words between the verb and the mark with no comma or
	** colon are the start of the reported clause or object, and the
	** quotation is partial ("told reporters "..."" and "said Tuesday
	** "..."" are not) */
	if (lim > g->t1 && !is(&an->tok[lim - 1], ",") && !is(&an->tok[lim - 1], ":") &&
	    !((vg_class(an, g) & CU_HEARER) && np_at(an, lim - 1) >= 0) && !an->skip[lim - 1 - an->t0])
		return -1;
	if (!quote_cue(q, an, g) && !(colon && g->finite && !q->inq[g->v]))
		return -1;
	*ps = (int)s;
	*pk = k;
	return 0;
}

/* Whether chunk n, which opens a sentence before a colon, is a source
** named by a common noun in a headline: its last word a noun, capitalised
** ("Poll", "Judicial Watch") or after a proper noun or capitals ("Clinton
** camp", "IG report"); not a kind of piece ("Profile", "DVD review"). */
static int heading_noun(const pl_sentan *an, int n)
{
	/* kinds of piece that a headline names before a colon, not sources:
	** "Profile: Gordon Brown", "DVD review: ...", "Preview: ..." */
	static const char *const kinds[] = {"analysis", "correction", "factfile", "feature",
		"interview", "obituary", "preview", "profile", "recap", "review", "timeline", "update"};
	const pl_token *tok = an->tok;
	const pl_token *last = &tok[an->np[n].t1 - 1];
	uint32_t j;
	if (last->tag != PL_T_NN && last->tag != PL_T_NNS)
		return 0;
	for (j = 0; j < sizeof kinds / sizeof *kinds; j++)
		if (is(last, kinds[j]))
			return 0;
	if (last->flags & PL_TOK_CAP)
		return 1;
	for (j = an->np[n].t0; j + 1 < an->np[n].t1; j++)
		if (tok[j].tag == PL_T_NNP || tok[j].tag == PL_T_NNPS || (tok[j].flags & PL_TOK_ALLCAP))
			return 1;
	return 0;
}

/* Is chunk n, which opens a sentence, a dateline: a place's name alone,
** written in capitals ("SINGAPORE: The government said ...", "LAHORE:
** Police arrested ...")?  Where the story was filed, not who speaks. */
static int dateline(const pl_sentan *an, int n)
{
	uint32_t j;
	if (!an->np[n].place)
		return 0;
	for (j = an->np[n].t0; j < an->np[n].t1; j++)
		if (!(an->tok[j].flags & PL_TOK_ALLCAP) && !(an->tok[j].flags & PL_TOK_PUNCT))
			return 0;
	return 1;
}

/* A speaker named before a colon that opens its sentence, as in headlines
** and transcripts ("Lynch: No outside influence on FBI probe", "Gingrich
** on the ticket: ...", "FALLIN: Well, I think ..."): returns the chunk and
** sets *colon, else -1.  The name is a proper noun or in capitals; or,
** when head is set (the article's first sentence, its headline), a heading
** noun (*named = 0) capitalised as in a title or after a name: "Poll:
** ...", "NY Post: ...", "Clinton camp: ...", "IG report: ..." (in the body
** such nouns label a part: "Editor's note:", "Correction:", "Focus:"). */
static int colon_speaker(const pl_sentan *an, int head, uint32_t *colon, int *named)
{
	const pl_token *tok = an->tok;
	uint32_t j;
	int n = np_at(an, an->t0);
	const pl_token *last;
	if (n < 0 || an->np[n].pronoun || dateline(an, n))
		return -1;
	last = &tok[an->np[n].t1 - 1];
	*named = last->tag == PL_T_NNP || last->tag == PL_T_NNPS || (last->flags & PL_TOK_ALLCAP);
	if (!*named && !(head && heading_noun(an, n)))
		return -1;
	j = an->np[n].t1;
	/* "Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts:" */
	if (j < an->t1 && (is(&tok[j], "on") || is(&tok[j], "about")))
		while (j < an->t1 && j < an->np[n].t1 + 12 && !is(&tok[j], ":") && !is_mark(&tok[j]) &&
		       tok[j].tag != PL_T_PP && !PL_TAG_IS_VERB(tok[j].tag))
			j++;
	if (j + 1 >= an->t1 || !is(&tok[j], ":"))
		return -1;
	*colon = j;
	return n;
}

/* The cue verb group just after closing mark c: `...," Miller said`,
** `...," said Miller`, or a short next sentence `Miller said.` that reports
** nothing else.  *psp is set to the speaker chunk when it is not the verb's
** own: `...," John Smith, a professor at ..., said` (else -1). */
/* Whether a quotation closed by mark c with "?" or "!" just inside goes on
** into the sentence that starts at p with its cue group g and speaker
** chunk sp there ("X said" or "said X"), the rest up to a comma holding
** no tensed verb. */
static int asked_on(const qctx *q, const pl_sentan *an, uint32_t c, uint32_t p, const pl_vg *g, int sp)
{
	const pl_token *e = &q->tx->tok[c - 1];
	uint32_t j;
	if (c == 0 || !(is(e, "?") || is(e, "!")))
		return 0;
	if (!(an->np[sp].t0 == p && an->np[sp].t1 == g->t0) && !(g->t0 == p && an->np[sp].t0 == g->t1))
		return 0;
	for (j = g->t1; j < an->t1 && !is(&an->tok[j], ","); j++)
		if (is(&an->tok[j], "that") || is_mark(&an->tok[j]))
			return 0;
	return !has_finite(q->inq, an, g->t1, j);
}

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
			int n0 = np_at(an, p), sp = speaker_np(q->inq, an, g);
			*psp = -1;
			if (n0 >= 0 && an->np[n0].t1 < g->t0 && is(&an->tok[an->np[n0].t1], ",") &&
			    (sp < 0 || an->np[sp].t0 > an->np[n0].t0))
				*psp = sp = n0;
			if (sp < 0)
				return -1;
			/* ... and is no more than "Miller said (on Tuesday).", or
			** after a question or an exclamation, which ends the
			** sentence inside the marks, the cue opens the next one
			** with only adjuncts up to a comma ("...?" Ortega said of the
			** council on Tuesday, when ...) */
			if (cross && (an->t1 - g->t1 > 6 ||
			    has_finite(q->inq, an, g->t1, an->t1)) &&
			    !asked_on(q, an, c, p, g, sp))
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
		        np->t1 - np->t0 >= 2 && an->tok[np->t1 - 2].tag == PL_T_NNP &&
		        /* (not a body's own name, "BBC News") */
		        !np->body);
	/* a proper name of two capitalised words or more: "John Smith" */
	return np->t1 - np->t0 >= 2 && last->tag == PL_T_NNP && (last->flags & PL_TOK_CAP) &&
	       !(last->flags & PL_TOK_ALLCAP) && an->tok[np->t1 - 2].tag == PL_T_NNP &&
	       (an->tok[np->t1 - 2].flags & PL_TOK_CAP);
}

static const char *np_code(const pl_np *np)
{
	if (np->agent_only && np->icode)
		return np->icode;
	/* a role of a state with no country anywhere in the article: no code
	** (pl_sent_backfill) */
	if (np->agent_only && np->acode && !np->acode[0])
		return NULL;
	/* (a pair named back, "the two men": two actors, no one speaker) */
	if (np->code && strchr(np->code, '/'))
		return NULL;
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

struct pl_spk_slot {
	const char *low;         /* NULL: empty */
	const char *code;
	uint32_t h;
};

/* The code of the latest coded chunk ending in `low` in the earlier parts,
** or NULL. */
static const char *prior_code(const pl_speakers *p, const char *low, uint32_t h)
{
	size_t i;
	if (!p || !p->cap)
		return NULL;
	for (i = h & (p->cap - 1); p->slot[i].low; i = (i + 1) & (p->cap - 1))
		if (p->slot[i].h == h && pl_eq(p->slot[i].low, low))
			return p->slot[i].code;
	return NULL;
}

static int prior_set(pl_speakers *p, const char *low, const char *code)
{
	uint32_t h = pl_hash_bytes(low, strlen(low));
	size_t i;
	if (2 * (p->n + 1) > p->cap) {
		size_t cap = p->cap ? 2 * p->cap : 256, j;
		struct pl_spk_slot *slot = pl_arena_alloc(p->a, cap * sizeof *slot);
		if (!slot)
			return -1;
		for (j = 0; j < p->cap; j++)
			if (p->slot[j].low) {
				for (i = p->slot[j].h & (cap - 1); slot[i].low; i = (i + 1) & (cap - 1))
					;
				slot[i] = p->slot[j];
			}
		p->slot = slot;
		p->cap = cap;
	}
	for (i = h & (p->cap - 1); p->slot[i].low; i = (i + 1) & (p->cap - 1))
		if (p->slot[i].h == h && pl_eq(p->slot[i].low, low)) {
			p->slot[i].code = code;
			return 0;
		}
	p->slot[i].low = low;
	p->slot[i].code = code;
	p->slot[i].h = h;
	p->n++;
	return 0;
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
		if (lo > 0 && ix->e[lo - 1].h == key.h && pl_eq(ix->e[lo - 1].low, key.low))
			return ix->e[lo - 1].code;
		return prior_code(q->prior, key.low, key.h);
	}
	/* out of memory for the index: look back chunk by chunk */
	for (i = s + 1; i-- > 0;) {
		const pl_sentan *an = &q->an[i];
		int j;
		for (j = an->nnp - 1; j >= 0; j--) {
			const pl_np *o = &an->np[j];
			if (o->t0 >= np->t0 || !np_code(o))
				continue;
			if (pl_eq(an->tok[o->t1 - 1].low, last->low))
				return np_code(o);
		}
	}
	return prior_code(q->prior, last->low, pl_hash_bytes(last->low, strlen(last->low)));
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
	c->q.sp_file = an->np[k].file;
	c->q.sp_line = an->np[k].line;
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
	int sp = speaker_np(q->inq, an, &an->vg[k]);
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
		int f;
		uint32_t close, end, q0, q1;
		cand *c;
		if (i == q->nomark0) {   /* most texts: over the sentences at once */
			i = q->nomark1;
			continue;
		}
		f = family(&tok[i]);
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
			} else {
				/* "Clinton: "Our goal is ..."" */
				const pl_sentan *ca = &q->an[q->sof[o]];
				uint32_t colon;
				int named;
				int n = o > ca->t0 ? colon_speaker(ca, q->sof[o] == 0, &colon, &named) : -1;
				if (n >= 0 && colon + 1 == o) {
					c->q.cue = colon;
					set_speaker(q, c, (int)q->sof[o], n);
					c->q.sent = q->sof[o];
				}
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

static int new_clause(const pl_sentan *an, uint32_t t);
static int subordinator(const pl_token *t);

/* Whether a main clause begins after the comma at token e of an, before
** q1: a tensed verb whose subject starts within a few words after it, past
** a time or place ("this week she said", "the party will split"). */
static int main_after(const pl_sentan *an, uint32_t e, uint32_t q1)
{
	int k;
	uint32_t j;
	for (k = 0; k < an->nvg; k++) {
		const pl_vg *g = &an->vg[k];
		if (!g->finite || g->subj < 0 || g->t0 >= q1 || an->np[g->subj].t0 <= e ||
		    an->np[g->subj].t0 > e + 6 || an->np[g->subj].t1 > g->t0)
			continue;
		for (j = e + 1; j < g->t0 && !is(&an->tok[j], ","); j++)
			;
		if (j == g->t0)
			return 1;
	}
	return 0;
}

/* The end of what a cue reports from q0 to q1 when the cue stands in a
** subordinate clause that opens its sentence: the comma before the main
** clause ("Although in May she said the account was a mistake, this week
** she said ...", "While Mr. Smith declined to comment on his plans, he
** told friends ...": what follows the comma is the writer's).  Not when
** a comma comes before the cue ("Although, as he said, ...") nor after
** "as" ("As the paper reported on Friday, the minister ...": the main
** clause is what was reported); a subordinate clause inside the report
** takes the first such comma ("said that if the bridge fails, the city
** will sue, ..."). */
static uint32_t opener_end(const pl_sentan *an, uint32_t cue, uint32_t q0, uint32_t q1)
{
	const pl_token *tok = an->tok;
	uint32_t j = an->t0, e;
	int open = 0;
	if (cue < an->t0 || cue >= an->t1 || q0 <= cue)
		return q1;
	while (j < cue && (tok[j].tag == PL_T_CC || tok[j].tag == PL_T_RB || is_trail_punct(&tok[j])))
		j++;
	if (j >= cue || !subordinator(&tok[j]) || tok[j].tag == PL_T_WDT || tok[j].tag == PL_T_WP ||
	    is(&tok[j], "that") || is(&tok[j], "whether") || is(&tok[j], "as"))
		return q1;
	for (j++; j < cue; j++)
		if (is(&tok[j], ",") || subordinator(&tok[j]))
			return q1;
	for (e = q0; e + 2 < q1; e++) {
		if (subordinator(&tok[e]) && tok[e].tag != PL_T_WDT && tok[e].tag != PL_T_WP &&
		    !is(&tok[e], "that") && !is(&tok[e], "whether"))
			open++;
		else if (is(&tok[e], ",") && main_after(an, e, q1) && open-- == 0)
			return e;
	}
	return q1;
}

static int add_indirect(qctx *q, uint32_t s, uint32_t q0, uint32_t q1, uint32_t cue, int sp)
{
	cand *c;
	q1 = opener_end(&q->an[s], cue, q0, q1);
	if (q1 <= q0)
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

static int new_clause(const pl_sentan *an, uint32_t t);

/* Whether a subject with modifiers and then its finite verb start at
** token t of an: chunks joined by prepositions, "of" and participles,
** with no comma, and a tensed verb within twelve tokens ("and the Civil
** Liberties Union of Ohio has sued", "and text messages found on his
** phone suggested").  A later verb of the same chunks' clause is what
** makes them a subject, not more of an object ("and the union of
** workers"). */
static int long_subject(const pl_sentan *an, uint32_t t, uint32_t end)
{
	uint32_t k;
	int i;
	for (k = t; k < end && k < t + 12; k++) {
		const pl_token *x = &an->tok[k];
		if (an->np_of[k - an->t0] >= 0 || x->tag == PL_T_IN || x->tag == PL_T_VBN ||
		    x->tag == PL_T_RB)
			continue;
		if (k == t || is(x, ",") || is(x, "that") || !PL_TAG_IS_VERB(x->tag) || x->tag == PL_T_VBG)
			return 0;
		for (i = 0; i < an->nvg; i++)
			if (an->vg[i].t0 == k && an->vg[i].finite)
				return an->tok[k - 1].tag != PL_T_IN;
		return 0;
	}
	return 0;
}

/* Whether a tensed verb with a subject, not a cue, stands between the
** comma at token j of an and the comma or start before it: the part
** before ", and" is a clause ("said the rebels had taken the town, and
** ..."), not the first of two subjects ("figures suggest 29% of the young,
** and 19% of black voters were not registered"). */
static int clause_before(const pl_sentan *an, uint32_t j)
{
	uint32_t b = j;
	int k;
	while (b > an->t0 && !is(&an->tok[b - 1], ","))
		b--;
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].t0 >= b && an->vg[k].t0 < j && an->vg[k].finite && an->vg[k].subj >= 0 &&
		    !vg_class(an, &an->vg[k]))
			return 1;
	return 0;
}

/* Whether the comma at token j of an ends a reported clause before a
** tail the writer adds: a relative clause that runs to the clause's end
** (", which votes on March 1", ", who leads the race", ", where a
** similar case failed"), an apposition that sums up the clause (", a
** promise his rivals dismissed"), a comparison or a
** consequence (", compared with 64 percent", ", leading to", ", as ...",
** ", just a day after"), or a clause of its own after ", and" with its
** own subject (", and the union has sued").  Each measured on PolNeAR
** train: the relative clause ended at a later comma and the other
** comma-led adjuncts (despite, with, when, including, even) cost more
** matches than they gained. */
static int comma_tail(const pl_sentan *an, uint32_t j, uint32_t end)
{
	const pl_token *n = &an->tok[j + 1];
	uint32_t k;
	if (is(n, "which") || is(n, "who") || is(n, "where") || is(n, "a") || is(n, "an")) {
		int article = is(n, "a") || is(n, "an");
		/* not the last items of a list ("the devaluation, an increase
		** in duties and higher prices have cut margins") nor a time
		** ("from 66 cents, a year earlier") */
		if (article && (an->skip[j + 1 - an->t0] || (j + 3 < end && (is(&an->tok[j + 3], "earlier") ||
		    is(&an->tok[j + 3], "ago") || is(&an->tok[j + 3], "later")))))
			return 0;
		for (k = j + 2; k < end && !is(&an->tok[k], ","); k++)
			if (article && (is(&an->tok[k], "and") || is(&an->tok[k], "or")))
				return 0;
		return k == end;
	}
	if (is(n, "compared") || is(n, "leading") || is(n, "as") || is(n, "just"))
		return 1;
	/* ", and that many will be receptive": a second clause of the same
	** report ("that" before a subject, not "and that was all") */
	if (is(n, "and") && j + 3 < end && is(&an->tok[j + 2], "that") &&
	    !PL_TAG_IS_VERB(an->tok[j + 3].tag) && an->tok[j + 3].tag != PL_T_MD)
		return 0;
	return is(n, "and") && j + 2 < end && np_at(an, j + 2) >= 0 &&
	       (new_clause(an, j + 2) || (long_subject(an, j + 2, end) && clause_before(an, j)));
}

/* Whether another speaker's attribution begins at token j of an (a comma
** or "and"): "..., and three-quarters said the same". */
static int speaker_begins(const pl_sentan *an, uint32_t j, uint32_t end)
{
	const pl_token *t = &an->tok[j];
	uint32_t b;
	int k, n0;
	if (!(is(t, ",") || is(t, "and")) || j + 2 >= end)
		return 0;
	b = j + 1 + (is(t, ",") && is(&an->tok[j + 1], "and"));
	n0 = np_at(an, b);
	for (k = 0; n0 >= 0 && k < an->nvg; k++)
		if (an->vg[k].t0 > b && an->vg[k].subj == n0 && an->vg[k].finite &&
		    (vg_class(an, &an->vg[k]) & CU_CLAUSE))
			return 1;
	return 0;
}

/* Whether token j of an, inside a reported clause, ends it: ";", a dash,
** or a comma before "but", "while", "although", "according to" or a
** participle of saying
** (", saying ...": an attribution of its own). */
static int clause_stop_at(const pl_sentan *an, uint32_t j, uint32_t end)
{
	const pl_token *t = &an->tok[j], *n;
	if (is(t, ";"))
		return 1;
	/* dashes: "--", em and en dash, a hyphen standing alone; not one of
	** a pair around an aside ("his comments - made 26 years ago - needed
	** to be put in context") */
	if (is(t, "--") || is(t, "\xe2\x80\x94") || is(t, "\xe2\x80\x93") ||
	    (is(t, "-") && t->tag == PL_T_PPS)) {
		uint32_t k, n2 = 0;
		for (k = an->t0; k < end; k++)
			n2 += k != j && strcmp(an->tok[k].low, t->low) == 0;
		return n2 == 0;
	}
	if (speaker_begins(an, j, end))
		return 1;
	if ((is(t, "and") || (is(t, ",") && is(&an->tok[j + 1], "and"))) && j + 2 < end) {
		/* "X said A and added B": the speaker's next statement */
		uint32_t b = j + 1 + is(t, ",");
		int k;
		while (b < end && an->tok[b].tag == PL_T_RB)
			b++;
		for (k = 0; k < an->nvg; k++)
			if (an->vg[k].t0 == b && an->vg[k].finite && vg_class(an, &an->vg[k]))
				return 1;
	}
	if (is(t, ":") && j + 1 < end && is_mark(&an->tok[j + 1]))
		return 1;
	if (!is(t, ",") || j + 1 >= end)
		return 0;
	if (comma_tail(an, j, end))
		return 1;
	n = t + 1;
	/* "..., "...," but he added": over a closing mark */
	if (is_mark(n) && j + 2 < end)
		n++;
	/* ", but that ...": a second clause of the same report */
	if (is(n, "but") && n + 1 < an->tok + end && is(n + 1, "that") && n[1].tag == PL_T_IN)
		return 0;
	return is(n, "but") || is(n, "while") || is(n, "although") || is(n, "though") ||
	       is(n, "according") ||
	       is(n, "whereas") || (n->tag == PL_T_VBG && cue_class(an, n) != 0);
}

/* clause_stop_at(), asked of each word of each reported clause: every stop
** there is one of ";", a dash, ",", "and" or ":", so most words end at
** their first byte, here, with no call (about 80 instructions a word
** before, callgrind on Reuters). */
static inline int clause_stop(const pl_sentan *an, uint32_t j, uint32_t end)
{
	switch (an->tok[j].low[0]) {
	case ';': case '-': case '\xe2': case ',': case 'a': case ':':
		return clause_stop_at(an, j, end);
	default:
		return 0;
	}
}

/* Whether a finite clause or verb phrase starts at token t of an: its verb
** group (after adverbs) or its subject chunk followed by the verb.  After
** "and" it is a new predicate ("praised Garland and said ...", "to enter
** the race and she performed well"), not more of an object. */
static int new_clause(const pl_sentan *an, uint32_t t)
{
	int k, n;
	while (t < an->t1 && an->tok[t].tag == PL_T_RB)
		t++;
	n = np_at(an, t);
	for (k = 0; k < an->nvg; k++) {
		const pl_vg *g = &an->vg[k];
		if (!g->finite)
			continue;
		if (g->t0 == t || (n >= 0 && g->subj == n && an->np[n].t0 == t && g->t0 >= an->np[n].t1 &&
		    g->t0 <= an->np[n].t1 + 1))
			return 1;
	}
	return 0;
}

/* Whether a verb (after adverbs) starts at token t of an: after "and"
** that follows an object with no verb of its own it begins the next
** predicate of the cue's subject, "denied the charges and counter-accused
** her", "calling them rapists and vowing to ...", not more of the object
** (but "accused him of lying and cheating", "vowed to fight and win"). */
static int verb_next(const pl_sentan *an, uint32_t t)
{
	while (t < an->t1 && an->tok[t].tag == PL_T_RB)
		t++;
	return t < an->t1 && PL_TAG_IS_VERB(an->tok[t].tag);
}

/* Whether the comma at token j of an goes on with more of the object
** before it: ", including ..." (the examples of what was named: "listed
** three causes, including drought"), or a chunk running to the clause's
** end with no verb, preposition or relative word, the rest of a list or
** an apposition ("thanked the firefighters, the nurses and the
** volunteers", "endorsed Maria Lopez, the former treasurer").  Measured on
** PolNeAR train (+17 matches, no more predictions). */
static int object_goes_on(const pl_sentan *an, uint32_t j, uint32_t end)
{
	uint32_t k;
	if (!is(&an->tok[j], ",") || j + 2 >= end)
		return 0;
	if (is(&an->tok[j + 1], "including"))
		return 1;
	/* figures that go on: "showed Trump leading, 45 percent to 18
	** percent", "with 46 percent to her 42 percent", "followed by Cruz at
	** 17 percent" */
	if ((is(&an->tok[j + 1], "with") && an->tok[j + 2].tag == PL_T_CD) ||
	    (is(&an->tok[j + 1], "followed") && is(&an->tok[j + 2], "by")))
		return 1;
	if (an->tok[j + 1].tag == PL_T_CD) {
		for (k = j + 2; k + 1 < end && k < j + 5 && !is(&an->tok[k], ","); k++)
			if (is(&an->tok[k], "to") && an->tok[k + 1].tag == PL_T_CD)
				return 1;
	}
	/* adjectives in a row before their noun: "the big, costly agencies" */
	if (an->tok[j - 1].tag == PL_T_JJ && an->tok[j + 1].tag == PL_T_JJ)
		return 1;
	if (np_at(an, j + 1) < 0 || an->np[np_at(an, j + 1)].pronoun)
		return 0;
	for (k = j + 1; k < end; k++)
		if (PL_TAG_IS_VERB(an->tok[k].tag) || an->tok[k].tag == PL_T_MD || an->tok[k].tag == PL_T_IN ||
		    an->tok[k].tag == PL_T_WDT || an->tok[k].tag == PL_T_WP || is(&an->tok[k], ";"))
			return 0;
	return 1;
}

/* End of an object or infinitive content starting at st: before a comma,
** a clause break or a subordinate clause ("because", "after", "when"),
** and before a date that closes it ("rejected the offer on Tuesday"). */
static uint32_t object_end(const qctx *q, const pl_sentan *an, uint32_t st, uint32_t end)
{
	const pl_token *tok = an->tok;
	uint32_t e = st + 1, b;
	int verbs = PL_TAG_IS_VERB(tok[st].tag) || tok[st].tag == PL_T_TO || tok[st].tag == PL_T_MD;
	/* a comma inside a partial quote does not end it: called the law "much,
	** much better" */
	while (e < end && !q->infull[e] &&
	       ((!is(&tok[e], ",") && !is(&tok[e], ":")) || q->inq[e] || object_goes_on(an, e, end)) &&
	       !clause_stop(an, e, end) &&
	       !((is(&tok[e], "and") || is(&tok[e], "but")) &&
	         (new_clause(an, e + 1) || (!verbs && !q->inq[e] && verb_next(an, e + 1)))) &&
	       !(tok[e].tag == PL_T_IN && (is(&tok[e], "because") || is(&tok[e], "after") ||
	         is(&tok[e], "before") || is(&tok[e], "since") || is(&tok[e], "although") ||
	         is(&tok[e], "though") || is(&tok[e], "while") || is(&tok[e], "until") ||
	         is(&tok[e], "unless"))) &&
	       !(tok[e].tag == PL_T_WRB && is(&tok[e], "when"))) {
		verbs |= (PL_TAG_IS_VERB(tok[e].tag) || tok[e].tag == PL_T_MD) && !q->inq[e];
		e++;
	}
	do {
		b = e;
		while (e > st + 1 && an->skip[e - 1 - an->t0])
			e--;
		if (e < b && e > st + 1 && tok[e - 1].tag == PL_T_IN)
			e--;
	} while (e < b);
	return e;
}

/* The comma that ends a clause reported before token t ("CLAUSE, X
** said"), also inside the closing mark of a partial quote ("... "get our
** message out," said X"): its index, else -1. */
static int comma_before(const qctx *q, const pl_sentan *an, uint32_t t)
{
	if (t > an->t0 + 1 && is(&an->tok[t - 1], ","))
		return (int)t - 1;
	if (t > an->t0 + 2 && is_mark(&an->tok[t - 1]) && !q->infull[t - 1] && is(&an->tok[t - 2], ","))
		return (int)t - 2;
	return -1;
}

/* The speaker of infinitive verb group k of an that hangs on the verb
** just before it, "continued to defend", "declined to endorse", "was
** quick to condemn": that verb's subject, else -1. */
static int infinitive_speaker(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k], *h;
	uint32_t j = g->t0;
	if (k == 0)
		return -1;
	h = &an->vg[k - 1];
	/* "declined to endorse X" is one attribution, cued by "declined" */
	if (!h->finite || h->passive || h->subj < 0 || an->np[h->subj].t1 > h->t0 ||
	    (vg_class(an, h) & CU_INF))
		return -1;
	/* "to" may sit inside the group or just before it, after an
	** adjective ("quick to", "eager to") */
	if (j > an->t0 && is(&an->tok[j - 1], "to"))
		j--;
	if (j > an->t0 && an->tok[j - 1].tag == PL_T_JJ)
		j--;
	return h->t1 == j || h->t1 == g->t0 ? h->subj : -1;
}

/* The speaker of an infinitive whose subject chunk n of an is a lone
** adjective before "to", "was quick to point out", "are more likely to
** say", "is eager to discuss": the subject of the verb just before the
** adjective (over adverbs), else -1, or -2 when that subject is "it" or
** "there" (no speaker); n itself when it is no such chunk. */
static int adjective_subject(const pl_sentan *an, int n)
{
	const pl_np *np = &an->np[n];
	uint32_t j, b;
	int k;
	for (j = np->t0; j < np->t1; j++)
		if (!(an->tok[j].tag == PL_T_JJ || an->tok[j].tag == PL_T_JJR || an->tok[j].tag == PL_T_JJS ||
		      an->tok[j].tag == PL_T_RB || an->tok[j].tag == PL_T_RBR))
			return n;
	if (np->t1 >= an->t1 || !is(&an->tok[np->t1], "to"))
		return n;
	for (b = np->t0; b > an->t0 && (an->tok[b - 1].tag == PL_T_RB || an->tok[b - 1].tag == PL_T_RBR); b--)
		;
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].t1 == b && an->vg[k].finite && an->vg[k].subj >= 0 && an->vg[k].subj != n &&
		    an->np[an->vg[k].subj].t1 <= an->vg[k].t0) {
			/* "it would be wrong to blame": nobody */
			const pl_token *t = &an->tok[an->np[an->vg[k].subj].t0];
			return is(t, "it") || is(t, "there") ? -2 : an->vg[k].subj;
		}
	return -1;
}

/* Nouns of saying and believing that take a that-clause as what was said
** or believed: "his claim that ...", "the fear that ...".  Sorted. */
static const char *const that_nouns[] = {
	"accusation", "accusations", "admission", "allegation", "allegations", "argument",
	"assertion", "assurance", "assurances", "belief", "charge", "charges", "claim", "claims",
	"complaint", "complaints", "concern", "concerns", "conclusion", "contention", "fear",
	"fears", "finding", "hope", "hopes", "insistence", "notion", "pledge", "prediction",
	"promise", "rumor", "rumors", "statement", "suggestion", "suspicion", "theory", "view",
	"warning", "warnings",
};

static int cmp_str(const void *k, const void *e)
{
	return strcmp((const char *)k, *(const char *const *)e);
}

/* "his claim that the vote was rigged", "Trump's assertion that ...": a
** noun of saying before "that" and a clause with its own subject (not a
** relative clause: "the claim that he made").  Only with a possessor: the
** speaker is the one named ("Trump's"); a possessive pronoun ("his") is
** left as it stands, as PolNeAR marks it. */
static int find_noun_that(qctx *q, uint32_t s, uint32_t end)
{
	const pl_sentan *an = &q->an[s];
	const pl_token *tok = an->tok;
	uint32_t j;
	if (!(q->words[s] & SW_THAT))
		return 0;
	for (j = an->t0 + 1; j + 3 < end; j++) {
		uint32_t e, p;
		int sp = -1, n;
		if (!is(&tok[j + 1], "that") || q->inq[j] || q->infull[j + 1] ||
		    (tok[j].tag != PL_T_NN && tok[j].tag != PL_T_NNS) ||
		    !bsearch(tok[j].low, that_nouns, sizeof that_nouns / sizeof *that_nouns,
		             sizeof *that_nouns, cmp_str))
			continue;
		n = np_at(an, j + 2);
		if (n < 0 || an->np[n].t0 != j + 2 || !new_clause(an, j + 2))
			continue;
		p = j;
		while (p > an->t0 && tok[p - 1].tag == PL_T_JJ)
			p--;
		if (p > an->t0 + 1 && tok[p - 1].tag == PL_T_POS && (sp = np_at(an, p - 2)) >= 0 &&
		    an->np[sp].t1 > p - 1)
			sp = -1;     /* the chunk runs on: "Smith's assertion" */
		/* with no one's claim named ("the claim that"), the source is
		** too often elsewhere or nowhere */
		if (sp < 0 && !(p > an->t0 && tok[p - 1].tag == PL_T_PRPS))
			continue;
		for (e = j + 2; e < end && !clause_stop(an, e, end) && !q->infull[e]; e++)
			;
		if (add_indirect(q, s, j + 1, e, j, sp) < 0)
			return -1;
	}
	return 0;
}

/* Nouns of saying and judging with the preposition that introduces what
** was said or judged: "calls for talks", "warnings of a recession",
** "concern about his health".  Sorted by noun.  Each kept where its
** attributions matched PolNeAR train in at least 30% of its uses; below
** that: "questions about" 25%, "call for" 25%, "criticism of" 26%,
** "concerns about" 19%, "comments on" 27%, "endorsement of" 17%; "support
** for" and "attack on" are cues in under 25% of their uses. */
static const struct { const char *noun, *preps; } prep_nouns[] = {
	{ "accusation", "of against" }, { "accusations", "of against" },
	{ "calls", "for" },
	{ "comment", "about on" },
	{ "concern", "about over" },
	{ "doubt", "about over" },
	{ "warning", "about of against" }, { "warnings", "about of against" },
};

/* Nouns that are cues only with their possessor before them ("his attacks
** on Cruz", "Trump's criticism of the deal", "her endorsement of
** Sanders"): without one they name an act more often than a report ("the
** attacks on Paris").  Measured on PolNeAR train with a possessor: "attacks
** on" 50%, "criticism of" 54%, "endorsement of" 44%, "embrace of" 60%;
** "support for" 16% and "opposition to" 30% are left out. */
static const struct { const char *noun, *preps; } poss_nouns[] = {
	{ "attacks", "on" }, { "criticism", "of" }, { "embrace", "of" }, { "endorsement", "of" },
};

/* The possessor of noun j of an when it stands just before it (after
** adjectives): "his", "Trump's"; else -1. */
static int possessor(const pl_sentan *an, uint32_t j)
{
	const pl_token *tok = an->tok;
	uint32_t p = j;
	int n;
	while (p > an->t0 && tok[p - 1].tag == PL_T_JJ)
		p--;
	if (p > an->t0 && tok[p - 1].tag == PL_T_PRPS)
		return np_at(an, p - 1);
	if (p > an->t0 + 1 && tok[p - 1].tag == PL_T_POS && (n = np_at(an, p - 2)) >= 0)
		return n;
	if ((n = np_at(an, j)) >= 0)
		for (p = an->np[n].t0; p < j; p++)
			if (tok[p].tag == PL_T_POS)
				return n;
	return -1;
}

/* The prepositions that make word w a cue (prep_nouns), or NULL.  Asked of
** every common noun: the few entries are walked with their first bytes
** compared first (a binary search cost twice as much, in calls of strcmp). */
static const char *cue_preps(const char *w)
{
	size_t k;
	for (k = 0; k < sizeof prep_nouns / sizeof *prep_nouns; k++)
		if (pl_eq(w, prep_nouns[k].noun))
			return prep_nouns[k].preps;
	return NULL;
}

/* The prepositions that make word w a cue when a possessor stands before
** it (poss_nouns), or NULL. */
static const char *poss_preps(const char *w)
{
	size_t m;
	for (m = 0; m < sizeof poss_nouns / sizeof *poss_nouns; m++)
		if (pl_eq(w, poss_nouns[m].noun))
			return poss_nouns[m].preps;
	return NULL;
}

/* For each first letter, bit n set when a noun of prep_nouns or poss_nouns
** has n bytes (all have fewer than 32), set once. */
static uint32_t nouncue_lens[26];
static pthread_once_t nouncue_once = PTHREAD_ONCE_INIT;

static void build_nouncue_lens(void)
{
	size_t m;
	for (m = 0; m < sizeof prep_nouns / sizeof *prep_nouns; m++)
		nouncue_lens[prep_nouns[m].noun[0] - 'a'] |= 1u << strlen(prep_nouns[m].noun);
	for (m = 0; m < sizeof poss_nouns / sizeof *poss_nouns; m++)
		nouncue_lens[poss_nouns[m].noun[0] - 'a'] |= 1u << strlen(poss_nouns[m].noun);
}

/* Whether token t may open a cue of find_noun_prep(): a common noun of
** prep_nouns or poss_nouns.  Asked once a token when the sentences are
** summed up, so that find_noun_prep() passes over the sentences with none
** (most) instead of testing each noun and the word after it; most nouns
** are turned away by their first letter and length (an ASCII token's
** lower case is as long as its text), before the walks of the tables. */
static inline int noun_cue_word(const pl_token *t)
{
	unsigned c = (unsigned char)t->low[0] - 'a';
	if ((t->tag != PL_T_NN && t->tag != PL_T_NNS) || c >= 26 || !nouncue_lens[c])
		return 0;
	if (pl_tok_ascii(t) && (t->len >= 32 || !(nouncue_lens[c] >> t->len & 1)))
		return 0;
	return cue_preps(t->low) || poss_preps(t->low);
}

/* Whether word w is one of the space-separated words of list l. */
static int in_list(const char *l, const char *w)
{
	size_t n = strlen(w);
	while (*l) {
		if (strncmp(l, w, n) == 0 && (l[n] == ' ' || l[n] == 0))
			return 1;
		l = strchr(l, ' ');
		if (!l)
			return 0;
		l++;
	}
	return 0;
}

/* The speaker of noun cue j: its possessor ("Trump's criticism of",
** "his calls for": the pronoun chunk, resolved like a subject), else the
** subject of the verb it is the object of ("Ryan voiced concern about",
** "aides issued a warning about"); -1 when there is none ("the calls for
** reform", as PolNeAR marks it too). */
static int noun_cue_speaker(const pl_sentan *an, uint32_t j)
{
	const pl_token *tok = an->tok;
	uint32_t p = j;
	int n, k;
	while (p > an->t0 && (tok[p - 1].tag == PL_T_JJ || tok[p - 1].tag == PL_T_RB))
		p--;
	if (p > an->t0 && tok[p - 1].tag == PL_T_PRPS)
		return np_at(an, p - 1);
	if (p > an->t0 + 1 && tok[p - 1].tag == PL_T_POS && (n = np_at(an, p - 2)) >= 0 &&
	    an->np[n].t1 <= p - 1)
		return n;
	if ((n = np_at(an, j)) < 0)
		return -1;
	/* one chunk "Trump's criticism": the possessor inside it */
	for (p = an->np[n].t0; p < j; p++)
		if (tok[p].tag == PL_T_POS)
			return n;
	for (k = 0; k < an->nvg; k++) {
		const pl_vg *g = &an->vg[k];
		if (g->finite && !g->passive && g->t1 == an->np[n].t0 && g->subj >= 0 &&
		    an->np[g->subj].t1 <= g->t0)
			return g->subj;
	}
	return -1;
}

/* The speaker of the candidate just added for noun cue j, when it is the
** chunk that holds the noun ("Smith's calls", "his attacks"): only the
** possessor, up to its "'s" or the pronoun. */
static void trim_possessor(qctx *q, const pl_sentan *an, uint32_t j)
{
	cand *c = q->n ? &q->c[q->n - 1] : NULL;
	uint32_t t;
	if (!c || c->q.cue != j || c->ss < 0 || c->q.sp0 > j || c->q.sp1 <= j)
		return;
	for (t = j; t-- > c->q.sp0;)
		if (an->tok[t].tag == PL_T_POS || an->tok[t].tag == PL_T_PRPS) {
			c->q.sp1 = t + 1;
			return;
		}
}

/* "calls for an inquiry", "Ryan voiced concern about the deal":
** the noun is the cue, the preposition's object what was said (to the
** end of the object, as for verbs), the speaker its possessor or the
** subject of the verb it is the object of. */
static int find_noun_prep(qctx *q, uint32_t s, uint32_t end)
{
	const pl_sentan *an = &q->an[s];
	const pl_token *tok = an->tok;
	uint32_t j;
	if (!(q->words[s] & SW_NOUNCUE))
		return 0;
	for (j = an->t0; j + 2 < end; j++) {
		const char *preps;
		uint32_t st = j + 2, e;
		int k;
		if ((tok[j].tag != PL_T_NN && tok[j].tag != PL_T_NNS) || q->inq[j] || q->infull[st])
			continue;
		/* every preposition of the two tables begins with "o", "a" or
		** "f": most nouns are turned away here, before the walks of
		** the tables (about a fifth of find_indirect, callgrind) */
		if (tok[j + 1].low[0] != 'o' && tok[j + 1].low[0] != 'a' && tok[j + 1].low[0] != 'f')
			continue;
		if (!(preps = cue_preps(tok[j].low))) {
			preps = poss_preps(tok[j].low);
			if (preps && possessor(an, j) < 0)
				preps = NULL;
		}
		if (!preps || !in_list(preps, tok[j + 1].low))
			continue;
		if (np_at(an, st) < 0 && tok[st].tag != PL_T_VBG && tok[st].tag != PL_T_WRB &&
		    tok[st].tag != PL_T_WP)
			continue;
		/* the object ends before the verb the noun is the subject of:
		** "criticism of the deal angered farmers" */
		for (e = object_end(q, an, st, end), k = 0; k < an->nvg; k++)
			if (an->vg[k].finite && an->vg[k].t0 > st && an->vg[k].t0 < e)
				e = an->vg[k].t0;
		if (add_indirect(q, s, st, e, j, noun_cue_speaker(an, j)) < 0)
			return -1;
		trim_possessor(q, an, j);
	}
	return 0;
}

/* Whether an adjective or participle stands in tokens [t0, t1) of an. */
static int adj_between(const pl_sentan *an, uint32_t t0, uint32_t t1)
{
	for (; t0 < t1; t0++)
		if (an->tok[t0].tag == PL_T_JJ || an->tok[t0].tag == PL_T_VBN)
			return 1;
	return 0;
}

/* A that-clause with its own subject right after finite verb group g
** whose verb is not in the cue table, or is with no clause of its own
** ("joked that ..."): "made it clear that ...", "are
** confident that ...", "remain convinced that ...".  Such a complement
** is what the subject holds or says (a relative "that" follows a noun,
** not a verb or an adjective).  Returns the first token of the clause
** ("that"), else 0. */
static int that_clause(const qctx *q, const pl_sentan *an, const pl_vg *g, uint32_t end)
{
	const pl_token *tok = an->tok;
	uint32_t t = g->t1, n = 0;
	int np;
	if (!g->finite || g->subj < 0 || an->np[g->subj].t1 > g->t0 || q->inq[g->v])
		return 0;
	/* "it clear", "so confident", "convinced" */
	while (t < end && n < 3 && (tok[t].tag == PL_T_RB || tok[t].tag == PL_T_JJ ||
	       tok[t].tag == PL_T_VBN || is(&tok[t], "it"))) {
		t++;
		n++;
	}
	if (t + 2 >= end || !is(&tok[t], "that") || tok[t].tag != PL_T_IN || q->inq[t])
		return 0;
	/* "be" holds nothing of its subject's when nothing stands between it
	** and "that" ("the problem is that ...": the writer's words) or when
	** its subject is the "it" of "it is clear that ..." (PolNeAR train:
	** 7 of 60 such clauses attributed) */
	if (pl_eq(lem(&tok[g->v]), "be") && (is(&tok[an->np[g->subj].t0], "it") || !adj_between(an, g->t1, t)))
		return 0;
	np = np_at(an, t + 1);
	if (np < 0 || an->np[np].t0 != t + 1 || !new_clause(an, t + 1))
		return 0;
	return (int)t;
}

/* The rest of a clause split by its parenthetical cue: "He had no
** political ties, the official said, and had passed all checks", "...,
** he said, because ...", "..., he said, by the primary calendar": from
** st, a word that goes on with the clause, to the clause end, when no
** quotation, no other verb of saying and no second sentence of speech
** stands there.  0 when nothing is added, -1 on failure. */
static int rest_after(qctx *q, uint32_t s, const pl_vg *g, uint32_t st, int sp)
{
	static const char *const on[] = {"and", "because", "by", "including", "with", "but", "from", "so", "while",
		NULL};
	const pl_sentan *an = &q->an[s];
	uint32_t end = clause_end(an), j;
	int k;
	if (st + 2 >= end)
		return 0;
	if (!pl_in_list(an->tok[st].low, on))
		return 0;
	for (j = st; j < end; j++)
		if (q->infull[j] || q->inq[j] || is_mark(&an->tok[j]) || is(&an->tok[j], ";"))
			return 0;
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].t0 > g->t1 && an->vg[k].t0 < end && vg_class(an, &an->vg[k]))
			return 0;
	return add_indirect(q, s, st, end, g->v, sp) < 0 ? -1 : 1;
}

/* "Whatever progress he has made, officials said, could unravel": a cue
** set in the middle of what it reports, its speaker after a comma and a
** comma after it.  Adds the part before (the part after is the clause
** the verb takes) with the same cue, so that the two join. */
static int parenthetical(qctx *q, uint32_t s, const pl_vg *g, int sp)
{
	const pl_sentan *an = &q->an[s];
	const pl_token *tok = an->tok;
	uint32_t v1 = g->t1, a0 = an->t0, j;
	int c, k;
	while (v1 < an->t1 && an->skip[v1 - an->t0])
		v1++;
	if (v1 >= an->t1 || !is(&tok[v1], ",") || an->np[sp].t1 > g->t0 ||
	    (c = comma_before(q, an, an->np[sp].t0)) < 0)
		return 0;
	while (a0 < (uint32_t)c && (tok[a0].tag == PL_T_CC || is_trail_punct(&tok[a0])))
		a0++;
	for (j = a0; j < (uint32_t)c; j++)
		if (q->infull[j])
			return 0;
	/* not the end of another verb's object or clause: "lamented the
	** days when, he said, ..." */
	for (k = 0; k < an->nvg && an->vg[k].t0 < (uint32_t)c; k++)
		if (an->vg[k].finite && vg_class(an, &an->vg[k]))
			return 0;
	if (c > 0 && (tok[c - 1].tag == PL_T_WRB || tok[c - 1].tag == PL_T_WDT || is(&tok[c - 1], "that")))
		return 0;
	return add_indirect(q, s, a0, (uint32_t)c, g->v, sp);
}

/* A verb of saying in a relative clause, "Graham, who says allies should
** send troops, tweeted ...": what it reports ends where the main clause
** resumes, at a comma before a tensed verb.  Returns that comma, else end. */
static int subordinator(const pl_token *t);

static uint32_t relative_end(const pl_sentan *an, const pl_vg *g, uint32_t end)
{
	const pl_token *tok = an->tok;
	uint32_t b = g->t0, j;
	while (b > an->t0 && tok[b - 1].tag == PL_T_RB)
		b--;
	/* "The mayor, after initially saying he would not run, entered the
	** race": the phrase ends where the main clause resumes, as a relative
	** clause does */
	if (adverbial_gerund(an, g) >= 0 && (b = (uint32_t)adverbial_gerund(an, g)) > an->t0 &&
	    is(&tok[b - 1], ","))
		b++;
	else if (b == an->t0 || !(is(&tok[b - 1], "who") || is(&tok[b - 1], "which") ||
	    (is(&tok[b - 1], "that") && tok[b - 1].tag == PL_T_WDT)))
		return end;
	for (j = g->t1; j + 1 < end; j++)
		if (is(&tok[j], ",") && (tok[j + 1].tag == PL_T_VBD || tok[j + 1].tag == PL_T_VBZ ||
		    tok[j + 1].tag == PL_T_VBP || tok[j + 1].tag == PL_T_MD ||
		    /* "tweeted" read as a participle */
		    (tok[j + 1].tag == PL_T_VBN && cue_class(an, &tok[j + 1]))))
			return j;
	/* with no comma before the pronoun, "voters who say the economy is
	** the top issue were divided": the main clause's verb ends it, the
	** second finite verb after the cue when the first takes no clause
	** and nothing between them opens another clause */
	if (b >= an->t0 + 2 && is(&tok[b - 2], ","))
		return end;
	{
		int k, first = -1;
		for (k = 0; k < an->nvg; k++) {
			const pl_vg *h = &an->vg[k];
			if (h->t0 < g->t1 || !h->finite || h->t0 >= end)
				continue;
			if (first < 0) {
				if ((vg_class(an, h) & CU_CLAUSE) || h->reporting)
					break;
				first = k;
				continue;
			}
			for (j = an->vg[first].t1; j < h->t0; j++)
				if (subordinator(&tok[j]) || tok[j].tag == PL_T_CC || tok[j].tag == PL_T_PPC ||
				    tok[j].tag == PL_T_PPS || tok[j].tag == PL_T_LRB || is_mark(&tok[j]) ||
				    is(&tok[j], "than"))
					break;
			if (j < h->t0)
				break;
			/* not a verb with a subject of its own: "imperiled the
			** nation he aspires to lead" */
			if (tok[j - 1].tag != PL_T_PRP)
				return h->t0;
			first = k;
		}
	}
	return end;
}

/* The first token of the clause whose subject chunk starts at a0: "The
** idea of wiping away Dodd-Frank while restoring Glass-Steagall seems
** ...", "the relationship between America and Britain appears ...": back
** over the subject's modifiers to punctuation, a complementizer or a
** tensed verb. */
static uint32_t subject_start(const qctx *q, const pl_sentan *an, uint32_t a0)
{
	const pl_token *tok = an->tok;
	while (a0 > an->t0) {
		const pl_token *t = &tok[a0 - 1];
		if (is_trail_punct(t) || is(t, ":") || is(t, "--") || q->inq[a0 - 1] ||
		    is(t, "that") || t->tag == PL_T_WDT || t->tag == PL_T_WP || t->tag == PL_T_VBD ||
		    t->tag == PL_T_VBZ || t->tag == PL_T_VBP || t->tag == PL_T_MD || t->tag == PL_T_CC)
			break;
		a0--;
	}
	while (a0 < an->t1 && tok[a0].tag == PL_T_RB)
		a0++;
	return a0;
}

/* Whether token t opens a subordinate or relative clause, whose comma
** leads back to the clause it hangs on. */
static int subordinator(const pl_token *t)
{
	if (t->tag == PL_T_WRB || t->tag == PL_T_WDT || t->tag == PL_T_WP)
		return 1;
	return t->tag == PL_T_IN && (is(t, "if") || is(t, "that") || is(t, "after") ||
	       is(t, "before") || is(t, "while") || is(t, "although") || is(t, "though") ||
	       is(t, "because") || is(t, "since") || is(t, "unless") || is(t, "until") ||
	       is(t, "once") || is(t, "as") || is(t, "whether"));
}

/* Whether the comma at token e of an ends a clause reported from st on
** because a clause of the writer's begins after it: a subject and its
** tensed verb after a clause that already has its own, "Although he said
** he would support the nominee, he clarified ...", "When asked if he
** would endorse her, he looked ...".  Not when the report opens with a
** subordinate clause, whose comma leads to its main clause ("said that if
** the bill fails, the party will split", "said that even after he steps
** down, he will ..."). */
static int main_resumes(const qctx *q, const pl_sentan *an, uint32_t st, uint32_t e, uint32_t end)
{
	const pl_token *t = &an->tok[st];
	uint32_t j;
	int k, n;
	if (!is(&an->tok[e], ",") || e + 2 >= end || q->inq[e] || np_at(an, e + 1) < 0 ||
	    !new_clause(an, e + 1) || !has_finite(q->infull, an, st > an->t0 ? st - 1 : st, e))
		return 0;
	/* not a report that opens with a phrase or an inverted condition,
	** whose comma leads to its main clause ("with the votes she had, ...",
	** "had he stayed, ..."), nor a bare number and verb after the comma,
	** the end of a list of ages ("Emily, 16, and Pelham, 14 were") */
	if (t->tag == PL_T_IN || t->tag == PL_T_POS ||
	    (an->tok[e + 1].tag == PL_T_CD && PL_TAG_IS_VERB(an->tok[e + 2].tag)) ||
	    ((is(t, "had") || is(t, "were") || is(t, "should")) && an->tok[st + 1].tag == PL_T_PRP))
		return 0;
	/* "Y, a company which makes ...": an apposition with a relative
	** clause, not a subject */
	if ((is(&an->tok[e + 1], "a") || is(&an->tok[e + 1], "an")) && (n = np_at(an, e + 1)) >= 0 &&
	    an->np[n].t1 < end && (an->tok[an->np[n].t1].tag == PL_T_WDT || an->tok[an->np[n].t1].tag == PL_T_WP))
		return 0;
	for (j = st; j < e; j++)
		if (subordinator(&an->tok[j]))
			return 0;
	/* a report inside the report: "said its board concluded in view of
	** X, it was best to ..." */
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].t0 >= st && an->vg[k].t0 < e && (vg_class(an, &an->vg[k]) & CU_CLAUSE))
			return 0;
	/* "said A will be at five sites, data will be sent to seven and B":
	** a list of reported clauses */
	for (j = e + 2; j + 1 < end && !is(&an->tok[j], ","); j++)
		if (is(&an->tok[j], "and") && new_clause(an, j + 1))
			return 0;
	return 1;
}

/* Whether verb group g of an is "called" or "named" giving a name to the
** indefinite chunk just before it, "a group called Future 45", "one called
** therapeutic cloning": a participle, not a speaker calling something a
** name (PolNeAR train: most such "called" were no attribution). */
static int naming_participle(const pl_sentan *an, const pl_vg *g)
{
	const pl_token *v = &an->tok[g->v], *d;
	if (g->subj < 0 || an->np[g->subj].t1 != g->t0 || g->t1 != g->t0 + 1 ||
	    !(is(v, "called") || is(v, "named") || is(v, "dubbed")))
		return 0;
	d = &an->tok[an->np[g->subj].t0];
	return is(d, "a") || is(d, "an") || is(d, "one");
}

/* Whether chunk n of an is headed by a word for a poll ("a CNN/ORC poll",
** "New Hampshire surveys"). */
static int poll_np(const pl_sentan *an, int n)
{
	const char *h = an->tok[an->np[n].t1 - 1].low;
	return pl_eq(h, "poll") || pl_eq(h, "polls") || pl_eq(h, "survey") || pl_eq(h, "surveys");
}

/* Whether chunk n of an is headed by a word for a study or its findings
** ("a 2014 House committee report", "the latest Reuters/Ipsos poll",
** "an analysis by the center"; "by X" after the head is passed over).
** Such a source reports what it "found" with no "that": "the report found
** it was part of a long-standing problem", "a survey found both men
** largely unknown". */
static int study_np(const pl_sentan *an, int n)
{
	static const char *const heads[] = {"analyses", "analysis", "audit", "audits", "census", "data",
		"inquiry", "investigation", "poll", "polls", "probe", "report", "reports", "research",
		"review", "studies", "study", "survey", "surveys", NULL};
	const char *h = an->tok[an->np[n].t1 - 1].low;
	int i;
	for (i = 0; heads[i]; i++)
		if (pl_eq(h, heads[i]))
			return 1;
	return 0;
}

/* Whether cue group g of an with speaker chunk sp has a study as its
** subject: the speaker chunk, the chunk its subject phrase opens with, or
** the chunk before "by" or "of" the speaker ("a survey by the election
** commission found"). */
static int study_subject(const pl_sentan *an, const pl_vg *g, int sp)
{
	uint32_t t;
	int n;
	if (study_np(an, sp))
		return 1;
	if (g->subj == sp && g->subj_t0 >= an->t0 && g->subj_t0 < an->np[sp].t0 &&
	    (n = np_at(an, g->subj_t0)) >= 0 && study_np(an, n))
		return 1;
	/* the study before "by" or "of" its author */
	t = an->np[sp].t0;
	return t > an->t0 + 1 && (is(&an->tok[t - 1], "by") || is(&an->tok[t - 1], "of")) &&
	       (n = an->np_of[t - 2 - an->t0]) >= 0 && study_np(an, n);
}

/* "In a CNN poll released Monday, Clinton led by 24 points": a finding
** reported by a poll that opens the sentence, its source the poll and its
** cue "in" (as PolNeAR marks it), when the clause after the comma names
** no one who found or said it ("..., Democracy Corp found that").  A poll
** after its finding ("leads in the polls") is left out: PolNeAR train
** marks under one in four of those. */
static int find_poll(qctx *q, uint32_t s, uint32_t end)
{
	const pl_sentan *an = &q->an[s];
	const pl_token *tok = an->tok;
	uint32_t j, st;
	int n, k;
	for (j = an->t0; j < end && (tok[j].tag == PL_T_CC || tok[j].tag == PL_T_RB ||
	     is_trail_punct(&tok[j])); j++)
		;
	if (j + 1 >= end || !is(&tok[j], "in") || q->inq[j] || (n = np_at(an, j + 1)) < 0 ||
	    an->np[n].t0 != j + 1 || !poll_np(an, n))
		return 0;
	for (st = an->np[n].t1; st < end && st < an->np[n].t1 + 10 && !is(&tok[st], ","); st++)
		;
	if (st + 2 >= end || !is(&tok[st], ",") || q->infull[st + 1] ||
	    !has_finite(q->infull, an, st, end))
		return 0;
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].t0 > st && ((an->vg[k].finite && vg_class(an, &an->vg[k])) ||
		    (an->vg[k].t1 < end && is(&tok[an->vg[k].t1], "that"))))
			return 0;
	return add_indirect(q, s, st + 1, end, j, n);
}

/* "X said (that) CLAUSE", "X told reporters CLAUSE", "X denied the report",
** "X vowed to fight", "X asked whether ...", "CLAUSE, X said" and
** "according to X". */
/* Whether "say" (group g of an) is followed at st by what was said with
** no finite verb the tagger saw: "said every extra year of training yields
** a rise in wages" (a verb read as a plural noun), "said no to the war":
** a chunk that is not a pronoun ("said it again" reports nothing) with at
** least two words after it before the clause ends. */
static int said_object(const qctx *q, const pl_sentan *an, const pl_vg *g, uint32_t st, uint32_t end)
{
	int n = np_at(an, st);
	return pl_eq(lem(&an->tok[g->v]), "say") && n >= 0 && !an->np[n].pronoun && !q->inq[st] &&
	       an->np[n].t1 + 1 < end;
}

/* Whether cue group g of an, with speaker chunk sp, stands inside a
** relative clause whose predicate is what was said, starting at st: "a
** rule which landlords said was unfair", "a move that she says helped
** small shops", "a decision they say let the militia regroup".  The speaker
** stands right before the cue after a relative pronoun (or, when it is
** a pronoun, after the noun it tells about), and a tensed verb begins at
** st. */
static int relative_report(const qctx *q, const pl_sentan *an, const pl_vg *g, int sp, uint32_t st,
                           uint32_t end)
{
	const pl_np *np = &an->np[sp];
	const pl_token *b;
	uint32_t j;
	int k;
	if (np->t0 <= an->t0 || np->t1 > g->t0 || st >= end || q->inq[st])
		return 0;
	for (j = np->t1; j < g->t0; j++)
		if (an->tok[j].tag != PL_T_RB)
			return 0;
	b = &an->tok[np->t0 - 1];
	if (!(b->tag == PL_T_WDT || b->tag == PL_T_WP || is(b, "that") ||
	      (np->pronoun && (b->tag == PL_T_NN || b->tag == PL_T_NNS))))
		return 0;
	/* after "say", a past tense the tagger read as a participle has an
	** object: "they say allowed the militia to regroup" (not "the way
	** it maintains hidden records") */
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].t0 == st && an->vg[k].subj != sp &&
		    ((an->vg[k].finite && !an->vg[k].passive) ||
		     (an->tok[st].tag == PL_T_VBN && pl_eq(lem(&an->tok[g->v]), "say") &&
		      an->vg[k].t1 == st + 1 && np_at(an, st) < 0 && np_at(an, st + 1) >= 0)))
			return 1;
	return 0;
}

/* Where the clause reported after a cue begins when a phrase of place,
** time or manner comes first with no "that": "said in a statement the
** plan would cost jobs", "told reporters in Rome the talks had failed":
** a preposition, its chunk (and a chunk hanging on it by "of" or "with"),
** then a subject and its tensed verb; else st itself. */
static uint32_t over_adjunct(const qctx *q, const pl_sentan *an, const pl_vg *g, uint32_t st, uint32_t end)
{
	const pl_token *t = &an->tok[st];
	uint32_t x;
	int n, i;
	if (t->tag != PL_T_IN || subordinator(t) || is(t, "about") || is(t, "of") || q->inq[st])
		return st;
	/* only after "say" and "tell": other verbs take such a phrase as
	** their complement ("if the council agrees on the draft it will ...") */
	if (!(pl_eq(lem(&an->tok[g->v]), "say") || pl_eq(lem(&an->tok[g->v]), "tell")))
		return st;
	x = st + 1;
	for (i = 0; i < 2; i++) {
		if ((n = np_at(an, x)) < 0)
			return st;
		x = an->np[n].t1;
		if (x + 1 < end && (is(&an->tok[x], "of") || is(&an->tok[x], "with")) && i == 0)
			x++;
		else
			break;
	}
	if (x + 1 >= end || q->inq[x] || np_at(an, x) < 0 || !new_clause(an, x))
		return st;
	return x;
}

/* The chunk that names the source after "according to" at token t of
** an: the one starting there, or one that starts a token or two later when
** the tagger took its first word for a verb ("according to state
** land records", "according to exit polls"); else -1. */
static int source_np(const pl_sentan *an, uint32_t t)
{
	uint32_t k;
	int n;
	if ((n = np_at(an, t)) >= 0)
		return n;
	for (k = t; k < t + 2 && k + 1 < an->t1; k++) {
		if (!(PL_TAG_IS_VERB(an->tok[k].tag) || an->tok[k].tag == PL_T_JJ))
			return -1;
		if ((n = np_at(an, k + 1)) >= 0)
			return n;
	}
	return -1;
}

/* The speaker of finite verb group g of saying after a relative aside
** (sp: the one found so far).  "Smith, whose roots are in Iowa, said the
** base was angry": the chunk that opens the sentence; "Cruz lacks support
** from colleagues, whom he has alienated, said Larry Sabato, director of
** ...": the name after the verb, which ends its clause or meets a comma,
** when a clause stands before the aside. */
static int relative_speaker(const qctx *q, const pl_sentan *an, const pl_vg *g, int sp)
{
	int c = relative_aside(an, g), n0, n;
	uint32_t e;
	if (c < 0 || q->inq[g->v])
		return sp;
	if ((n0 = aside_opener(an, (uint32_t)c)) >= 0)
		return n0;
	/* not after a hearer ("told Reuters") nor after a chunk set off by
	** commas, which is the speaker ("..., the official, who ..., told") */
	if ((vg_class(an, g) & CU_HEARER) || (n0 = np_at(an, (uint32_t)c - 1)) < 0 ||
	    (an->np[n0].t0 > an->t0 && is(&an->tok[an->np[n0].t0 - 1], ",")))
		return sp;
	if ((n = np_at(an, g->t1)) < 0 || an->np[n].t0 != g->t1 || an->np[n].pronoun ||
	    an->tok[an->np[n].t1 - 1].tag != PL_T_NNP || !has_finite(q->infull, an, an->t0, (uint32_t)c))
		return sp;
	e = an->np[n].t1;
	while (e < an->t1 && an->skip[e - an->t0])
		e++;
	if (e < clause_end(an) && !is(&an->tok[e], ","))
		return sp;
	return n;
}

static int find_indirect(qctx *q, uint32_t s)
{
	const pl_sentan *an = &q->an[s];
	const pl_token *tok = an->tok;
	uint32_t end = clause_end(an), j;
	int k;
	for (k = 0; k < an->nvg; k++) {
		const pl_vg *g = &an->vg[k];
		unsigned cls = vg_class(an, g);
		uint32_t p = g->t1, st, fend;
		int sp, n, c, that = 0;
		/* also a cue word with no clause class: "joked that ...",
		** "lamented that ..." */
		if (!(cls & (CU_CLAUSE | CU_SEEM)) && that_clause(q, an, g, end) > 0) {
			uint32_t t = (uint32_t)that_clause(q, an, g, end), e;
			for (e = t + 1; e < end && !clause_stop(an, e, end) && !q->infull[e]; e++)
				;
			if (add_indirect(q, s, t, e, g->v, g->subj) < 0)
				return -1;
			continue;
		}
		if (!cls || q->inq[g->v] || q->used[g->v] || (g->nominal && adverbial_gerund(an, g) < 0) ||
		    (g->infinitive && !g->reporting && infinitive_speaker(an, k) < 0))
			continue;
		/* "the race appears to be tightening", "he is expected to win":
		** a judgement with no source */
		if ((cls & CU_SEEM) && g->subj >= 0 && g->finite && g->by < 0 &&
		    (g->passive || pl_eq(lem(&tok[g->v]), "seem") || pl_eq(lem(&tok[g->v]), "appear"))) {
			uint32_t a0 = an->np[g->subj].t0, b = an->np[g->subj].t1;
			/* over the subject's modifiers when it stands right
			** before the verb (not "X, which is expected") */
			while (b < g->t0 && tok[b].tag == PL_T_RB)
				b++;
			if (b == g->t0 && !an->np[g->subj].pronoun)
				a0 = subject_start(q, an, a0);
			st = g->t1;
			while (st < end && tok[st].tag == PL_T_RB)
				st++;
			if (a0 < g->t0 && st + 1 < end && !q->infull[a0] &&
			    ((tok[st].tag == PL_T_TO && verb_next(an, st + 1)) ||
			     (!g->passive && pl_eq(lem(&tok[g->v]), "seem") && !is_trail_punct(&tok[st])))) {
				if (add_indirect(q, s, a0, object_end(q, an, st, end), g->v, -1) < 0)
					return -1;
			}
			continue;
		}
		/* "when asked whether ...", "asked by X if ..." */
		if (g->passive && (cls & CU_WH)) {
			int pp;
			st = g->by >= 0 ? an->np[g->by].t1 : g->t1;
			while (st < end && (tok[st].tag == PL_T_RB || an->skip[st - an->t0]))
				st++;
			/* over a time or a place: "Asked at the summit how long the
			** truce would last", "asked in an interview whether ..." */
			for (pp = 0; pp < 2 && st + 2 < end && tok[st].tag == PL_T_IN && !is(&tok[st], "about") &&
			     !is(&tok[st], "if") && !is(&tok[st], "whether") && (n = np_at(an, st + 1)) >= 0 &&
			     an->np[n].t0 == st + 1; pp++) {
				st = an->np[n].t1;
				while (st < end && (tok[st].tag == PL_T_RB || an->skip[st - an->t0]))
					st++;
			}
			if (st < end && !q->infull[st] && (tok[st].tag == PL_T_WRB || tok[st].tag == PL_T_WP ||
			    is(&tok[st], "if") || is(&tok[st], "whether"))) {
				uint32_t e = st + 1;
				while (e < end && !clause_stop(an, e, end) && !is(&tok[e], ","))
					e++;
				if (add_indirect(q, s, st, e, g->v, g->by) < 0)
					return -1;
			} else if ((cls & CU_ABOUT) && st + 1 < end && !q->infull[st] && is(&tok[st], "about") &&
			           np_at(an, st + 1) >= 0) {
				/* "asked about the report", "when asked about it" */
				if (add_indirect(q, s, st + 1, object_end(q, an, st + 1, end), g->v, g->by) < 0)
					return -1;
			}
			continue;
		}
		if (g->passive || naming_participle(an, g))
			continue;
		sp = g->finite ? aside_subject(an, g, g->subj) : g->subj;
		if (g->finite && (sp < 0 || an->np[sp].t1 <= g->t0 || an->np[sp].t0 >= g->t1))
			sp = relative_speaker(q, an, g, sp);
		if (g->infinitive && sp >= 0 && (sp = adjective_subject(an, sp)) == -2)
			continue;
		if (g->infinitive && sp < 0)
			sp = infinitive_speaker(an, k);
		if (adverbial_gerund(an, g) >= 0)
			sp = adverbial_speaker(q, an, k, (uint32_t)adverbial_gerund(an, g));
		else if (g->gerund && g->t0 > an->t0)
			sp = gerund_speaker(q, an, k, sp);
		if (sp < 0 && (sp = speaker_np(q->inq, an, g)) < 0)
			continue;
		/* "..., said Miller": what was said comes before */
		if (an->np[sp].t0 >= g->t1 && adverbial_gerund(an, g) < 0)
			goto before;
		fend = relative_end(an, g, end);
		/* after the verb: the hearer, asides and dates, "that" */
		if ((cls & CU_HEARER) && p < fend && (n = np_at(an, p)) >= 0 && !is(&tok[p], "that"))
			p = an->np[n].t1;
		st = p;
		for (j = p; (cls & CU_CLAUSE) && j < fend && j < p + 8; j++) {
			const pl_token *t = &tok[j];
			if (is(t, "that") && (t->tag == PL_T_IN || t->tag == PL_T_WDT || t->tag == PL_T_DT)) {
				st = j + 1;
				that = 1;
				break;
			}
			/* "wrote to the senator's office that ..." */
			if (!(an->skip[j - an->t0] || an->np_of[j - an->t0] >= 0 || t->tag == PL_T_IN ||
			      t->tag == PL_T_TO || t->tag == PL_T_RB || is(t, ",")))
				break;
		}
		/* dates and asides: "told reporters on Tuesday the ..." */
		while (st < fend && (an->skip[st - an->t0] || is(&tok[st], ",") ||
		       (tok[st].tag == PL_T_IN && st + 1 < fend && an->skip[st + 1 - an->t0])))
			st++;
		if ((cls & CU_CLAUSE) && !that && st < fend)
			st = over_adjunct(q, an, g, st, fend);
		/* a clause may open with a partial quote: "said that "a wise
		** Latina" can ..." */
		if (st >= fend || q->infull[st] || (is_trail_punct(&tok[st]) && !(q->inq[st] && is_mark(&tok[st]))))
			goto before;
		/* "find" reports a finding only with "that": "found that the
		** plan failed", not "find a way", "found him unlikable" */
		if ((cls & CU_CLAUSE) && tok[st].tag != PL_T_CC &&
		    (that || strcmp(lem(&tok[g->v]), "find") || study_subject(an, g, sp)) &&
		    /* after "that" a clause may open with an adjunct: "said
		    ** that for decades critics had ...", "found that, while ..." */
		    (tok[st].tag != PL_T_IN || that || is(&tok[st], "about") || is(&tok[st], "if") ||
		     is(&tok[st], "because") || is(&tok[st], "although") || is(&tok[st], "while") ||
		     is(&tok[st], "unless") || is(&tok[st], "once")) &&
		    tok[st].tag != PL_T_TO && (has_finite(q->infull, an, st, fend) ||
		     said_object(q, an, g, st, fend) || relative_report(q, an, g, sp, st, fend) ||
		     /* "..., officials said, could be undone": the predicate
		     ** of a subject before the cue */
		     (is(&tok[st - 1], ",") && has_finite(q->infull, an, st - 1, fend) &&
		      an->np[sp].t0 > an->t0 && comma_before(q, an, an->np[sp].t0) >= 0))) {
			/* the clause ends at ";" or ", but" (the writer's own words)
			** or where another speaker's attribution begins, but not
			** before a verb of its own: in "recalled that before Iowa,
			** voters doubted him" the inner attribution is what was
			** recalled (PolNeAR train: 7 fixed, 4 broken) */
			uint32_t e = st + 1;
			while (e < fend && !(clause_stop(an, e, fend) && (!speaker_begins(an, e, fend) ||
			       has_finite(q->infull, an, st - 1, e))) &&
			       !main_resumes(q, an, st, e, fend))
				e++;
			if (add_indirect(q, s, st, e, g->v, sp) < 0 || parenthetical(q, s, g, sp) < 0)
				return -1;
			continue;
		}
		/* "vowed to fight", "urged Congress to act" */
		/* also with an adverb after "to": "promised to forcibly deport";
		** and "vowed not to resign", its "not" the infinitive's own */
		if ((cls & CU_INF) && st + 2 < fend && (is(&tok[st], "not") || is(&tok[st], "never")) &&
		    tok[st + 1].tag == PL_T_TO && verb_next(an, st + 2)) {
			if (add_indirect(q, s, st, object_end(q, an, st, fend), g->v, sp) < 0)
				return -1;
			continue;
		}
		if ((cls & CU_INF) && tok[st].tag == PL_T_TO && st + 1 < fend && verb_next(an, st + 1)) {
			if (add_indirect(q, s, st, object_end(q, an, st, fend), g->v, sp) < 0)
				return -1;
			continue;
		}
		/* "asked whether ...", "questioned how ..." */
		if ((cls & CU_WH) && (tok[st].tag == PL_T_WRB || tok[st].tag == PL_T_WP ||
		    is(&tok[st], "if") || is(&tok[st], "whether"))) {
			uint32_t e = st + 1;
			while (e < fend && !clause_stop(an, e, fend))
				e++;
			if (add_indirect(q, s, st, e, g->v, sp) < 0)
				return -1;
			continue;
		}
		/* "talked about taxes", "warned of a recession" */
		st = g->t1;
		if ((cls & CU_ABOUT) && g->particle && (pl_eq(g->particle, "about") || pl_eq(g->particle, "of")) &&
		    st < fend && np_at(an, st) >= 0) {
			if (add_indirect(q, s, st, object_end(q, an, st, fend), g->v, sp) < 0)
				return -1;
			continue;
		}
		if ((cls & CU_ABOUT) && st + 1 < fend && (is(&tok[st], "about") || is(&tok[st], "of")) &&
		    (np_at(an, st + 1) >= 0 || tok[st + 1].tag == PL_T_VBG || tok[st + 1].tag == PL_T_WRB ||
		     tok[st + 1].tag == PL_T_WP)) {
			if (add_indirect(q, s, st + 1, object_end(q, an, st + 1, fend), g->v, sp) < 0)
				return -1;
			continue;
		}
		/* "denied the report", "praised her effort", "denounced him as a
		** liar" */
		/* "called for talks", "referring to the report", "railed against" */
		if ((cls & CU_OBJ) && st + 1 < fend && (tok[st].tag == PL_T_IN || tok[st].tag == PL_T_TO) &&
		    (is(&tok[st], "for") || is(&tok[st], "on") || is(&tok[st], "against") ||
		     is(&tok[st], "to") || is(&tok[st], "about")))
			st++;
		if (((cls & CU_OBJ) || (pl_eq(lem(&tok[g->v]), "find") && study_subject(an, g, sp))) &&
		    st < fend && np_at(an, st) >= 0 &&
		    (!an->np[np_at(an, st)].pronoun || is(&tok[st], "him") || is(&tok[st], "her") ||
		     is(&tok[st], "them"))) {
			if (add_indirect(q, s, st, object_end(q, an, st, fend), g->v, sp) < 0)
				return -1;
			continue;
		}
before:
		if (!(cls & CU_CLAUSE))
			continue;
		/* before it: "CLAUSE, X said" and "CLAUSE, said X" */
		c = -1;
		if (an->np[sp].t1 <= g->t0 && an->np[sp].t0 > an->t0 + 1)
			c = comma_before(q, an, an->np[sp].t0);
		else if (an->np[sp].t0 >= g->t1 && g->t0 > an->t0 + 1)
			c = comma_before(q, an, g->t0);
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
				/* "..., he said, and ...", "..., said Smith, by ..." */
				st = an->np[sp].t0 >= g->t1 ? an->np[sp].t1 : g->t1;
				while (st < end && an->skip[st - an->t0])
					st++;
				if (st < end && is(&tok[st], ",") && rest_after(q, s, g, st + 1, sp) < 0)
					return -1;
			}
		}
	}
	/* "his claim that ...", "Trump's assertion that ..." */
	if (find_noun_that(q, s, end) < 0 || find_noun_prep(q, s, end) < 0)
		return -1;
	/* "Lynch: No outside influence on FBI probe" */
	{
		uint32_t colon;
		int named;
		int n = colon_speaker(an, s == 0, &colon, &named);
		/* a heading noun needs a clause after it ("Poll: Sanders leads
		** ...", not "Delegate Update: the latest count"); what follows
		** may open with a quoted piece ("Ryan: 'Anti-Semitic Images' Have
		** 'No Place In A Presidential Campaign'") */
		if (n >= 0 && colon + 3 < end && !q->infull[colon + 1] &&
		    (named || has_finite(q->infull, an, colon, end)) &&
		    add_indirect(q, s, colon + 1, end, colon, n) < 0)
			return -1;
	}
	if (find_poll(q, s, end) < 0)
		return -1;
	/* "according to X" */
	for (j = an->t0; (q->words[s] & SW_ACCORDING) && j + 2 < an->t1; j++) {
		uint32_t a0, e, st;
		int n;
		if (!is(&tok[j], "according") || !is(&tok[j + 1], "to") || q->inq[j] ||
		    (n = source_np(an, j + 2)) < 0)
			continue;
		for (a0 = an->t0; a0 < j && (tok[a0].tag == PL_T_CC || tok[a0].tag == PL_T_RB ||
		     is_trail_punct(&tok[a0])); a0++)
			;
		if (a0 == j) {
			/* "According to X, CLAUSE" */
			for (st = an->np[n].t1; st < end && !is(&tok[st], ","); st++)
				;
			/* the source may be long: "According to early results
			** of a poll conducted by X for Y and Z, ..." */
			if (st + 1 >= end || st > an->np[n].t1 + 20 || !has_finite(q->infull, an, st, end) ||
			    (st > an->np[n].t1 + 8 && has_finite(q->infull, an, an->np[n].t1 - 1, st)))
				continue;
			if (add_indirect(q, s, st + 1, end, j, n) < 0)
				return -1;
		} else {
			/* "CLAUSE(,) according to X" and "A, according to X, B":
			** the two parts of the second share the cue */
			uint32_t b0 = end, b1 = end;
			for (e = j; e > a0 && is_trail_punct(&tok[e - 1]); e--)
				;
			for (st = an->np[n].t1; st < end && st < an->np[n].t1 + 8 && !is(&tok[st], ","); st++)
				;
			if (st + 2 < end && is(&tok[st], ",") && j > a0 && is(&tok[j - 1], ",")) {
				for (b0 = st + 1; b0 < end && q->infull[b0]; b0++)
					;
				for (b1 = b0; b1 < end && !q->infull[b1] && !clause_stop(an, b1, end); b1++)
					;
			}
			for (st = a0; st < e; st++)
				if (q->infull[st])
					break;
			if (st < e || !(has_finite(q->infull, an, a0, e) || has_finite(q->infull, an, b0 - 1, b1)))
				continue;
			if (add_indirect(q, s, a0, e, j, n) < 0 || (b1 > b0 && add_indirect(q, s, b0, b1, j, n) < 0))
				return -1;
		}
	}
	return 0;
}

/* Is token t inside the words some quotation before candidate i reports
** ("But he said Mr Blair had lost the trust of voters. "...," he said":
** Mr Blair is spoken of, the "he" is the one who spoke)? */
static int in_content(const qctx *q, size_t i, uint32_t t)
{
	size_t b;
	for (b = i; b-- > 0;) {
		const pl_quote *x = &q->c[b].q;
		if (x->q0 <= t && t < x->q1)
			return 1;
		if (x->q1 + 200 < t)
			break;   /* (sorted by place: one ending this far back is no longer read) */
	}
	return 0;
}

/* Is np k of an, by the title it opens with, a man ('m': "Mr Blunkett",
** "Sir Alan Budd") or a woman ('f': "Mrs Quinn", "Baroness Amos"); 0
** when its words do not say. */
static int titled_sex(const pl_sentan *an, int k)
{
	static const char *const man[] = {"mr", "mr.", "sir", "lord", NULL};
	static const char *const woman[] = {"mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame",
		"baroness", NULL};
	const pl_np *np = &an->np[k];
	uint32_t t = np->t0;
	if (t + 1 < np->t1 && an->tok[t].tag == PL_T_DT)
		t++;
	if (t + 1 >= np->t1 || !(an->tok[t].flags & PL_TOK_CAP))
		return 0;
	return pl_in_list(an->tok[t].low, man) ? 'm' : pl_in_list(an->tok[t].low, woman) ? 'f' : 0;
}

/* May speaker c, a "he" or a "she", stand for np k of an?  Not "she" for
** one titled as a man, nor "he" for one titled as a woman. */
static int sex_fits(const qctx *q, const cand *c, const pl_sentan *an, int k)
{
	const pl_sentan *pa = &q->an[c->ss];
	int sex = titled_sex(an, k);
	const char *w;
	if (!sex || c->snp < 0 || c->snp >= pa->nnp)
		return 1;
	w = pa->tok[pa->np[c->snp].t0].low;
	return !((sex == 'm' && !strcmp(w, "she")) || (sex == 'f' && !strcmp(w, "he")));
}

/* Is chunk k a role with a person's name in apposition right after it ("A
** benefits officer on strike, Piers Wendle, said")?  A "he" may stand for
** that speaker though the role alone names no person. */
static int apposed_person(const pl_sentan *an, int k)
{
	uint32_t t = an->np[k].t1;
	int j;
	/* (past the role's own phrases, "on strike in Leeds", to the comma:
	** no verb or other comma before it) */
	while (t < an->t1 && t < an->np[k].t1 + 8 && !is(&an->tok[t], ",") && !PL_TAG_IS_VERB(an->tok[t].tag))
		t++;
	if (t >= an->t1 || !is(&an->tok[t], ","))
		return 0;
	for (j = k + 1; j < an->nnp && an->np[j].t0 <= t + 1; j++)
		if (an->np[j].t0 == t + 1)
			return person_like(an, j) && an->np[j].t1 < an->t1 && is(&an->tok[an->np[j].t1], ",");
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
		if ((!person_like(&q->an[p->ss], p->snp) && !apposed_person(&q->an[p->ss], p->snp)) ||
		    !sex_fits(q, c, &q->an[p->ss], p->snp))
			continue;
		c->ss = p->ss;
		c->snp = p->snp;
		c->q.sp0 = p->q.sp0;
		c->q.sp1 = p->q.sp1;
		c->q.code = p->q.code;
		c->q.sp_file = p->q.sp_file;
		c->q.sp_line = p->q.sp_line;
		c->q.pronoun = 1;
		return;
	}
	for (t = s + 1; t-- > 0 && t + PRON_SENTS >= s;) {
		const pl_sentan *an = &q->an[t];
		int k, best = -1;
		for (k = 0; k < an->nvg; k++) {
			int n = an->vg[k].subj;
			/* (not a person the quote's own words name: "Mr Blair
			** has failed, he claimed") */
			if (n < 0 || an->np[n].t0 >= at || q->inq[an->np[n].t0] || !person_like(an, n) ||
			    !sex_fits(q, c, an, n) ||
			    in_content(q, i, an->np[n].t0) ||
			    (an->np[n].person && c->q.q0 <= an->np[n].t0 && an->np[n].t0 < c->q.q1))
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
	to->q.sp_file = from->q.sp_file;
	to->q.sp_line = from->q.sp_line;
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

/* A partial quote after its cue in the same sentence, with no reported
** clause found for that cue ("wants to be a "neutral" broker", "said
** the U.S. had "contained" the group"): what was said is the clause the
** quote sits in, from the cue to the clause's end. */
static int partial_clauses(qctx *q, size_t ndirect)
{
	size_t i, j, n = q->n;
	for (i = 0; i < ndirect; i++) {
		const cand *c = &q->c[i];
		const pl_sentan *an;
		uint32_t s, st, e, cue = c->q.cue, k, w;
		int g, sp;
		if (!c->q.partial || cue == PL_NONE || c->s0 != c->s1 || q->sof[cue] != c->s0 ||
		    cue >= c->q.q0 || q->used[cue])
			continue;
		for (j = ndirect; j < n; j++)
			if (q->c[j].q.cue == cue)
				break;
		if (j < n)
			continue;
		s = c->s0;
		an = &q->an[s];
		for (g = 0; g < an->nvg && an->vg[g].v != cue; g++)
			;
		if (g == an->nvg || an->vg[g].t1 >= c->q.q0)
			continue;
		st = an->vg[g].t1;
		while (st < c->q.q0 && (an->tok[st].tag == PL_T_RB || is(&an->tok[st], "that")))
			st++;
		/* "told customers that "..."": the clause starts after "that" */
		for (k = st; k < c->q.q0; k++)
			if (is(&an->tok[k], "that") && an->tok[k].tag == PL_T_IN && !q->inq[k])
				st = k + 1;
		/* words of the clause before the quote ("answered sharply:
		** "..."" is the quote alone) */
		for (k = st, w = 0; k < c->q.q0; k++) {
			if (q->infull[k] || is(&an->tok[k], ";") || is(&an->tok[k], ":"))
				break;
			w += !is_trail_punct(&an->tok[k]) && !is_mark(&an->tok[k]);
		}
		if (k < c->q.q0 || !w)
			continue;
		e = clause_end(an);
		for (k = c->q.q1; k < e && !clause_stop(an, k, e) && !q->infull[k]; k++)
			;
		sp = c->ss == (int)s ? c->snp : -1;
		if (add_indirect(q, s, st, k, cue, sp) < 0)
			return -1;
	}
	return 0;
}

/* Whether candidate d (of q, another cue) holds the cue of c in its
** content while c does not hold d's: of two attributions that hold each
** other's cue ("Voters worry more about schools than Iraq, a spokesman
** said", where "worry" wrongly runs on to the end) neither is dropped. */
static int holds_cue(const pl_quote *d, const pl_quote *c)
{
	return d->cue != c->cue && d->q0 <= c->cue && c->cue < d->q1 &&
	       !(d->cue != PL_NONE && c->q0 <= d->cue && d->cue < c->q1);
}

/* Reported speech inside what another attribution reports: "Cook told the
** Times that Carter believes his use of email was a mistake" is one
** attribution, Cook's; Carter's belief is part of what Cook said, not a
** claim the text makes on Carter's word (PolNeAR marks only the outer one:
** no attribution of train has its cue inside another's content, and 1,051
** of the 1,293 nested ones found were unmatched).  Drops each reported
** (or partly quoted) candidate whose cue lies inside the content of
** another (holds_cue).  The candidates are in order of q0: those that may
** hold token t are found back from the last that starts at or before it,
** while the greatest q1 so far (qmax) passes t. */
static int drop_nested(qctx *q)
{
	uint32_t *qmax;
	uint8_t *drop;
	size_t i, j, m;
	if (q->n < 2)
		return 0;
	qmax = pl_arena_alloc(q->a, q->n * sizeof *qmax);
	drop = pl_arena_alloc(q->a, q->n);
	if (!qmax || !drop)
		return -1;
	for (i = 0; i < q->n; i++) {
		qmax[i] = i && qmax[i - 1] > q->c[i].q.q1 ? qmax[i - 1] : q->c[i].q.q1;
		drop[i] = 0;
	}
	for (i = 0; i < q->n; i++) {
		const pl_quote *c = &q->c[i].q;
		size_t lo = 0, hi = q->n;
		if ((c->direct && !c->partial) || c->cue == PL_NONE)
			continue;
		while (lo < hi) {       /* the first candidate that starts after the cue */
			size_t mid = lo + (hi - lo) / 2;
			if (q->c[mid].q.q0 <= c->cue)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (j = lo; j-- > 0 && qmax[j] > c->cue;)
			if (j != i && holds_cue(&q->c[j].q, c)) {
				drop[i] = 1;
				break;
			}
	}
	for (i = m = 0; i < q->n; i++)
		if (!drop[i])
			q->c[m++] = q->c[i];
	q->n = m;
	return 0;
}

int pl_quotes_find(const pl_text *tx, const pl_sentan *an, pl_arena *a, pl_arena *work,
                   pl_quote **out, size_t *n)
{
	return pl_quotes_find_part(tx, an, a, work, NULL, out, n);
}

/* Adds the coded chunks of the part, in text order, to *p. */
static int prior_add(pl_speakers *p, const pl_text *tx, const pl_sentan *an)
{
	uint32_t s;
	int j;
	for (s = 0; s < tx->nsent; s++)
		for (j = 0; j < an[s].nnp; j++) {
			const pl_np *o = &an[s].np[j];
			if (np_code(o) && prior_set(p, an[s].tok[o->t1 - 1].low, np_code(o)) < 0)
				return -1;
		}
	return 0;
}

int pl_quotes_find_part(const pl_text *tx, const pl_sentan *an, pl_arena *a, pl_arena *work,
                        pl_speakers *prior, pl_quote **out, size_t *n)
{
	qctx q;
	spk_index spk;
	size_t i, j, ndirect, m;
	int failed, contiguous;
	uint32_t s, t;
	uint16_t marks;
	*out = NULL;
	*n = 0;
	if (!tx->ntok || !tx->nsent)
		return 0;
	memset(&q, 0, sizeof q);
	q.tx = tx;
	q.an = an;
	q.prior = prior;
	/* everything but the result is working memory: an article of many
	** sentences would otherwise keep it to its end */
	q.a = work ? work : a;
	failed = pl_arena_failed(q.a);
	memset(&spk, 0, sizeof spk);
	q.spk = &spk;
	q.sof = pl_arena_alloc(q.a, tx->ntok * sizeof *q.sof);
	q.inq = pl_arena_alloc(q.a, tx->ntok);
	q.used = pl_arena_alloc(q.a, tx->ntok);
	q.infull = pl_arena_alloc(q.a, tx->ntok);
	if (!q.sof || !q.inq || !q.used || !q.infull)
		return -1;
	q.words = pl_arena_alloc(q.a, tx->nsent);
	if (!q.words)
		return -1;
	pthread_once(&nouncue_once, build_nouncue_lens);   /* for noun_cue_word() */
	marks = 0;
	contiguous = 1;
	for (s = 0; s < tx->nsent; s++) {
		uint8_t w = 0;
		if (s && an[s].t0 != an[s - 1].t1)
			contiguous = 0;
		for (t = an[s].t0; t < an[s].t1 && t < tx->ntok; t++) {
			q.sof[t] = s;
			marks |= tx->tok[t].flags;
			w |= is(&an[s].tok[t], "that") ? SW_THAT : is(&an[s].tok[t], "according") ? SW_ACCORDING : 0;
			if (noun_cue_word(&an[s].tok[t]))
				w |= SW_NOUNCUE;
		}
		q.words[s] = w;
	}
	/* find_direct() passes over the sentences in one step when none has a
	** quotation mark (about half the texts) */
	q.nomark0 = q.nomark1 = PL_NONE;
	if (contiguous && !(marks & (PL_TOK_QOPEN | PL_TOK_QCLOSE)) && an[0].t0 < an[tx->nsent - 1].t1 &&
	    an[tx->nsent - 1].t1 <= tx->ntok) {
		q.nomark0 = an[0].t0;
		q.nomark1 = an[tx->nsent - 1].t1;
	}
	if (find_direct(&q) < 0)
		return -1;
	ndirect = q.n;
	attribute_direct(&q, ndirect);
	for (s = 0; s < tx->nsent; s++)
		if (find_indirect(&q, s) < 0)
			return -1;
	if (partial_clauses(&q, ndirect) < 0)
		return -1;
	/* partial quotes with no verb of saying are scare quotes: drop them */
	for (i = m = 0; i < q.n; i++)
		if (!(q.c[i].q.partial && q.c[i].q.cue == PL_NONE))
			q.c[m++] = q.c[i];
	q.n = m;
	sort_cands(q.c, q.n, q.n > 16 ? pl_arena_alloc(q.a, (q.n / 2 + 1) * sizeof *q.c) : NULL);
	/* before pronouns are resolved: a dropped speaker is no antecedent */
	if (drop_nested(&q) < 0)
		return -1;
	if (q.n && (q.s1max = pl_arena_alloc(q.a, q.n * sizeof *q.s1max)) != NULL)
		for (i = 0; i < q.n; i++)
			q.s1max[i] = i && q.s1max[i - 1] > q.c[i].s1 ? q.s1max[i - 1] : q.c[i].s1;
	/* pronouns, then uncued quotes from the adjacent quote before */
	for (i = 0; i < q.n; i++) {
		cand *c = &q.c[i];
		if (c->pron)
			resolve_pronoun(&q, i);
		c->cont = c->full && c->q.cue == PL_NONE;
		/* the nearest direct quote before, over reported speech between
		** ("...," X said, referring to Y. "...") */
		for (j = i; c->cont && j-- > 0 && q.c[j].s1 + 1 >= c->s0;)
			if (q.c[j].q.direct) {
				if (q.c[j].ss >= 0)
					copy_speaker(c, &q.c[j]);
				break;
			}
	}
	/* ... else from the adjacent quote after */
	for (i = q.n; i-- > 0;) {
		cand *c = &q.c[i];
		if (!c->cont || c->ss >= 0)
			continue;
		for (j = i + 1; j < q.n && c->s1 + 1 >= q.c[j].s0; j++)
			if (q.c[j].q.direct) {
				if (q.c[j].ss >= 0)
					copy_speaker(c, &q.c[j]);
				break;
			}
	}
	/* a quotation still with no cue stands alone (an excerpt, a headline,
	** a slogan): no attribution to give */
	for (i = m = 0; i < q.n; i++)
		if (!(q.c[i].cont && q.c[i].q.cue == PL_NONE))
			q.c[m++] = q.c[i];
	q.n = m;
	/* a working allocation that failed on the way (one the code could do
	** without) is still a failure: the caller's check of a misses it */
	if (work && !failed && pl_arena_failed(work))
		return -1;
	if (q.n) {
		pl_quote *r = pl_arena_alloc(a, q.n * sizeof *r);
		if (!r)
			return -1;
		for (i = 0; i < q.n; i++)
			r[i] = q.c[i].q;
		*out = r;
		*n = q.n;
	}
	return prior ? prior_add(prior, tx, an) : 0;
}

size_t pl_quotes_cue_run(const pl_quote *quotes, const uint32_t *idx, size_t n, uint32_t t,
                         size_t *len)
{
	size_t lo = 0, hi = n, e;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (quotes[idx[mid]].cue < t)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (e = lo; e < n && quotes[idx[e]].cue == t; e++)
		;
	*len = e - lo;
	return lo;
}

/* Is chunk k of an a single "he", "she" or "him" the sentence analysis
** resolved to the speaker of quotation q: to the dictionary entry of its
** speaker's chunk, or, for a speaker no dictionary knows (coded by the
** article's country or a role), to no entry and the speaker's very code?
** Not the subject of a verb of saying that opens the sentence ("He said
** that ..." inside what reads as a quotation: its closing mark was lost). */
static int pronoun_for(const pl_sentan *an, int k, const pl_quote *q)
{
	static const char *const w[] = {"he", "she", "him", NULL};
	const pl_np *np = &an->np[k];
	int g;
	if (!np->pronoun || np->how != PL_HOW_PRONOUN || np->t1 != np->t0 + 1 ||
	    !pl_in_list(an->tok[np->t0].low, w))
		return 0;
	if (q->sp_file ? !np->file || np->line != q->sp_line || !pl_eq(np->file, q->sp_file)
	               : np->file || !np->code || !q->code || strcmp(np->code, q->code) != 0)
		return 0;
	for (g = 0; np->t0 == an->t0 && g < an->nvg; g++)
		if (an->vg[g].subj == k && an->vg[g].reporting)
			return 0;
	return 1;
}

/* Does chunk o name the speaker of quotation q: its very tokens, its
** dictionary entry, or for a speaker no dictionary knows the same last
** word ("Rafael Benitez" ... "Benitez"), not after another first name
** ("Nigel Williams" is not "Matt Williams")? */
static int names_speaker(const pl_sentan *an, const pl_np *o, const pl_quote *q)
{
	const pl_token *t = an->tok;
	if (o->t0 >= q->sp0 && o->t0 < q->sp1)
		return 1;
	if (q->sp_file)
		return o->file && o->line == q->sp_line && pl_eq(o->file, q->sp_file);
	if (o->file || !pl_eq(t[o->t1 - 1].low, t[q->sp1 - 1].low))
		return 0;
	return o->t1 - o->t0 < 2 || q->sp1 - q->sp0 < 2 || t[o->t1 - 2].tag != PL_T_NNP ||
	       t[q->sp1 - 2].tag != PL_T_NNP || pl_eq(t[o->t1 - 2].low, t[q->sp1 - 2].low);
}

/* The person a "he" at chunk k of sentence s stands for when it is not the
** speaker of its quotation (tokens [sp0, sp1)): the nearest person named
** before it, in its sentence or the two before, that is not the speaker;
** NULL when that one has no dictionary entry or is a bare role ("the
** opposition", "a candidate"), or there is none. */
static const pl_np *other_person(const pl_sentan *an, uint32_t s, int k, const pl_quote *q)
{
	uint32_t t = s + 1;
	while (t-- > 0 && t + 2 >= s) {
		int j = t == s ? k : an[t].nnp;
		while (j-- > 0) {
			const pl_np *o = &an[t].np[j];
			if (o->pronoun || !(o->person || person_like(&an[t], j)) || names_speaker(&an[t], o, q))
				continue;
			/* (for a speaker no dictionary knows, a person: "he" is
			** no newspaper the speaker talked to) */
			return o->code && o->file && !o->agent_only && (q->sp_file || o->person) ? o : NULL;
		}
	}
	return NULL;
}

/* Moves *s to the first of the sentences quotation q's content spans and
** returns the last (an has nsent sentences; the quotations come in text
** order, so *s is where the quotation before left it). */
static uint32_t quote_sentences(const pl_quote *q, const pl_sentan *an, uint32_t nsent, uint32_t *s)
{
	uint32_t e;
	while (*s > 0 && an[*s].t0 > q->q0)
		(*s)--;
	while (*s + 1 < nsent && an[*s].t1 <= q->q0)
		(*s)++;
	for (e = *s; e + 1 < nsent && an[e].t1 < q->q1; e++)
		;
	return e;
}

void pl_quotes_other_pronouns(const pl_quote *quotes, size_t nq, const pl_sentan *an, uint32_t nsent)
{
	uint32_t s = 0, e;
	size_t i;
	int k;
	for (i = 0; nsent && i < nq; i++) {
		const pl_quote *q = &quotes[i];
		if (!q->direct || !(q->sp_file || q->code) || q->sp1 <= q->sp0 || q->q1 <= q->q0)
			continue;
		e = quote_sentences(q, an, nsent, &s);
		/* (a quotation over more than three sentences: its bounds may be
		** misread, so its pronouns are left as they were) */
		if (e > s + 2)
			continue;
		for (; s <= e; s++)
			for (k = 0; k < an[s].nnp; k++) {
				pl_np *np = &an[s].np[k];
				const pl_np *o;
				if (np->t0 < q->q0 || np->t0 >= q->q1 || !pronoun_for(&an[s], k, q))
					continue;
				o = other_person(an, s, k, q);
				np->code = o ? o->code : NULL;
				np->file = o ? o->file : NULL;
				np->line = o ? o->line : 0;
				np->how = o ? PL_HOW_PRONOUN : PL_HOW_NONE;
				np->person = o != NULL;
			}
		s = e;
	}
}

/* The coded chunk quotation q's cue names as its hearer in sentence a (-1:
** none): "told the minister", "wrote to the council leader"; not one inside
** the quotation, nor the speaker. */
static int cue_hearer(const pl_sentan *a, const pl_quote *q)
{
	int k, n = -1;
	for (k = 0; k < a->nvg && a->vg[k].v != q->cue; k++)
		;
	if (k == a->nvg || a->vg[k].passive || a->vg[k].nominal)
		return -1;
	if (vg_class(a, &a->vg[k]) & CU_HEARER)
		n = np_at(a, a->vg[k].t1);
	else if (a->vg[k].t1 + 1 < a->t1 && is(&a->tok[a->vg[k].t1], "to"))
		n = np_at(a, a->vg[k].t1 + 1);
	/* (not the press: "you" told to reporters or a programme is anyone,
	** or the interviewer) */
	if (n < 0 || !a->np[n].code || a->np[n].pronoun || is(&a->tok[a->np[n].t0], "that") ||
	    strstr(a->np[n].code, "MED") ||
	    (a->np[n].t0 >= q->q0 && a->np[n].t0 < q->q1) ||
	    (a->np[n].t0 < q->sp1 && a->np[n].t1 > q->sp0))
		return -1;
	return n;
}

void pl_quotes_hearer_you(const pl_quote *quotes, size_t nq, const pl_sentan *an, uint32_t nsent)
{
	uint32_t s = 0, e, c;
	size_t i;
	int k, h;
	for (i = 0; nsent && i < nq; i++) {
		const pl_quote *q = &quotes[i];
		if (!q->direct || q->cue == PL_NONE || q->q1 <= q->q0)
			continue;
		e = quote_sentences(q, an, nsent, &s);
		/* (the cue in the quotation's sentences or the one after) */
		for (c = s; c < nsent && c <= e + 1 && !(q->cue >= an[c].t0 && q->cue < an[c].t1); c++)
			;
		/* (as for other pronouns: a quotation over more than three
		** sentences may be misread) */
		if (c >= nsent || c > e + 1 || e > s + 2 || (h = cue_hearer(&an[c], q)) < 0)
			continue;
		for (; s <= e; s++)
			for (k = 0; k < an[s].nnp; k++) {
				pl_np *np = &an[s].np[k];
				const pl_np *o = &an[c].np[h];
				if (np->t0 < q->q0 || np->t0 >= q->q1 || np->t1 - np->t0 != 1 ||
				    !is(&an[s].tok[np->t0], "you") || np->code)
					continue;
				np->code = o->code;
				np->file = o->file;
				np->line = o->line;
				np->agent_only = o->agent_only;
				np->icode = o->icode;
				np->acode = o->acode;
				np->person = o->person;
				/* (its record names the hearer, as a "we" names the
				** speaker) */
				np->a0 = o->a0;
				np->a1 = o->a1;
				np->how = PL_HOW_PRONOUN;
				np->hearer = 1;
			}
		s = e;
	}
}
