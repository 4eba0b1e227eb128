/*
** parley.c: the public interface (parley.h): opening the store, and coding an
** article through the whole pipeline: check -> segment -> tag -> lemmatise ->
** analyse each sentence -> code events -> write records.
*/
#include "parley.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/words.h"
#include "code/assess.h"
#include "code/backgr.h"
#include "code/coder.h"
#include "code/notnow.h"
#include "code/unasserted.h"
#include "dict/petrarch.h"
#include "dict/store.h"
#include "extract/date.h"
#include "extract/figure.h"
#include "extract/quote.h"
#include "io/jsonl.h"
#include "io/record.h"
#include "lex/lemma.h"
#include "lex/tagger.h"
#include "parse/inquote.h"
#include "parse/sent.h"
#include "text/segment.h"
#include "text/utf8.h"

struct parley_store {
	pl_store st;
};

struct parley_coder {
	const parley_store *s;
	pl_arena *a;
	pl_arena *scratch;   /* working memory of one sentence */
	pl_arena *win;       /* the analysis and events of a window of sentences */
	pl_lemma_cache *lemmas;   /* kept across articles; NULL (out of memory): none */
	pl_buf out;
	parley_counts n;
	parley_doc doc;          /* the article of the last call ... */
	int have_doc;            /* ... when it could be read */
	char *source;   /* input name for error records, or NULL */
};

parley_store *parley_store_open(const parley_options *opt, char **errmsg)
{
	parley_store *s = calloc(1, sizeof *s);
	char err[1024];
	const char *dict = opt && opt->dict_dir ? opt->dict_dir : "dict";
	const char *data = opt && opt->data_dir ? opt->data_dir : "build/data";
	if (errmsg)
		*errmsg = NULL;
	if (!s) {
		if (errmsg)
			*errmsg = strdup("out of memory");
		return NULL;
	}
	if (opt) {
		s->st.warn = opt->warn;
		s->st.warn_ud = opt->warn_ud;
		s->st.dict_format = opt->dict_format;
		s->st.dict_files = opt->dict_files;
	}
	err[0] = '\0';
	if (pl_store_load(&s->st, dict, data, err, sizeof err) < 0) {
		if (errmsg)
			*errmsg = strdup(err[0] ? err : "cannot load dictionaries");
		parley_store_close(s);
		return NULL;
	}
	return s;
}

void parley_store_close(parley_store *s)
{
	if (!s)
		return;
	pl_store_free(&s->st);
	free(s);
}

const char *parley_store_stats(const parley_store *s)
{
	return s->st.stats ? s->st.stats : "";
}

parley_coder *parley_coder_new(const parley_store *s)
{
	parley_coder *c = calloc(1, sizeof *c);
	if (!c)
		return NULL;
	c->s = s;
	c->a = pl_arena_new(0);
	c->scratch = pl_arena_new(0);
	c->win = pl_arena_new(0);
	c->lemmas = pl_lemma_cache_new();
	if (!c->a || !c->scratch || !c->win) {
		pl_arena_free(c->a);
		pl_arena_free(c->scratch);
		pl_arena_free(c->win);
		pl_lemma_cache_free(c->lemmas);
		free(c);
		return NULL;
	}
	return c;
}

void parley_coder_free(parley_coder *c)
{
	if (!c)
		return;
	pl_arena_free(c->a);
	pl_arena_free(c->scratch);
	pl_arena_free(c->win);
	pl_lemma_cache_free(c->lemmas);
	pl_buf_free(&c->out);
	free(c->source);
	free(c);
}

void parley_coder_set_output(parley_coder *c, void (*write)(void *ud, const char *p, size_t n),
                             void *ud)
{
	c->out.sink = write;
	c->out.sink_ud = ud;
}

const parley_doc *parley_coder_doc(const parley_coder *c)
{
	return c->have_doc ? &c->doc : NULL;
}

int parley_coder_set_source(parley_coder *c, const char *name)
{
	char *copy = NULL;
	if (name) {
		size_t n = strlen(name);
		copy = malloc(n + 1);
		if (!copy)
			return PARLEY_ERR_NOMEM;
		memcpy(copy, name, n + 1);
	}
	free(c->source);
	c->source = copy;
	return PARLEY_OK;
}

void parley_coder_counts(const parley_coder *c, parley_counts *out)
{
	*out = c->n;
}

/* Where records go: the callback, and the article they come from. */
typedef struct sink {
	parley_record_fn fn;
	void *ud;
	const parley_doc *article;
	long line;
	int stopped;
} sink;

static int put(sink *k, const parley_record *r)
{
	parley_record *w = (parley_record *)r;
	if (k->stopped)
		return -1;
	w->line = k->line;
	w->article = k->article;
	if (k->fn(k->ud, w) != 0) {
		k->stopped = 1;
		return -1;
	}
	return 0;
}

/* One error record; nomem tells the caller it was for lack of memory. */
static parley_rc error_out(parley_coder *c, sink *k, const char *id, const char *msg, int nomem)
{
	char full[1600];
	pl_recbuf rb;
	long line = k->line;
	if (c->source && line > 0)
		snprintf(full, sizeof full, "%.500s:%ld: %s", c->source, line, msg);
	else if (c->source)
		snprintf(full, sizeof full, "%.500s: %s", c->source, msg);
	else if (line > 0)
		snprintf(full, sizeof full, "line %ld: %s", line, msg);
	else
		snprintf(full, sizeof full, "%s", msg);
	c->n.errors++;
	if (put(k, pl_rec_error(&rb, id, c->source, k->line, full)) < 0)
		return PARLEY_STOPPED;
	return nomem ? PARLEY_ERR_NOMEM : PARLEY_OK;
}

/* The JSON Lines writer as a record consumer: appends to c->out. */
static int json_sink(void *ud, const parley_record *r)
{
	parley_coder *c = ud;
	pl_write_record(&c->out, r);
	return 0;
}

/* Appends to ids (n of them so far, at most max) the numbers of the
** quotations whose cue is token t (bycue: ncued indices into quotes sorted
** by cue, pl_quotes_cue_run; the quotations' numbers in the article start at
** base), keeping ids in increasing order; returns the new count. */
static size_t quotes_cued(const pl_quote *quotes, size_t base, const uint32_t *bycue, size_t ncued,
                          uint32_t t, unsigned *ids, size_t n, size_t max)
{
	size_t len, lo = pl_quotes_cue_run(quotes, bycue, ncued, t, &len), j;
	for (; len > 0 && n < max; lo++, len--) {
		unsigned q = bycue[lo] + (unsigned)base;
		for (j = n; j > 0 && ids[j - 1] > q; j--)
			ids[j] = ids[j - 1];
		ids[j] = q;
		n++;
	}
	return n;
}

/* One line per token: sentence, token, tag, lemma, chunk (with its actor
** code) and verb group (with its subject), for `parley explain`. */
static void explain_sentence(pl_buf *b, const pl_sentan *an, uint32_t si, uint32_t base)
{
	uint32_t i;
	int k;
	pl_buf_printf(b, "# sentence %u\n", (unsigned)si);
	for (i = an->t0; i < an->t1; i++) {
		const pl_token *t = &an->tok[i];
		int q = an->np_of[i - an->t0];
		pl_buf_printf(b, "%u\t%s\t%s\t%s", (unsigned)(i + base), t->s, pl_tag_name(t->tag),
		              t->lemma ? t->lemma : t->low);
		if (q >= 0 && an->np[q].t0 == i)
			pl_buf_printf(b, "\tNP%d[%s%s%s]", q, an->np[q].code ? an->np[q].code : "-",
			              an->np[q].icode ? "~" : "", an->np[q].icode ? an->np[q].icode : "");
		for (k = 0; k < an->nvg; k++)
			if (an->vg[k].v == i)
				pl_buf_printf(b, "\tVG%d(subj=NP%d%s%s%s%s%s end=%d)", k, an->vg[k].subj,
				              an->vg[k].finite ? " finite" : "", an->vg[k].passive ? " passive" : "",
				              an->vg[k].negated ? " negated" : "", an->vg[k].future ? " future" : "",
				              an->vg[k].reporting ? " reporting" : "", an->vg[k].cl_end + (int)base);
		pl_buf_putc(b, '\n');
	}
}

/* Sentences analysed, their quotations found and their events coded at a
** time: a window's analysis goes back before the next window is analysed,
** so an article of any length needs the memory of one window (beside its
** tokens, quotations and figures).  A window ends at the first paragraph
** from WINDOW_SENTS sentences on (at 2 * WINDOW_SENTS at the latest); no
** news story is that long, and a quotation or speaker is looked for within
** its window only. */
#ifndef WINDOW_SENTS
#define WINDOW_SENTS 10000u   /* -DWINDOW_SENTS=n: smaller, to test the windows */
#endif

static uint32_t window_end(const pl_text *tx, uint32_t s0)
{
	uint32_t s;
	if (tx->nsent - s0 <= WINDOW_SENTS)
		return tx->nsent;
	for (s = s0 + WINDOW_SENTS; s < tx->nsent && s < s0 + 2 * WINDOW_SENTS; s++)
		if (tx->tok[tx->sent[s].t0].flags & PL_TOK_NLBEFORE)
			return s;
	return s;
}

/* A figure and what its record takes from its sentence's analysis. */
typedef struct kept_fig {
	pl_figure f;
	uint32_t sent;
	pl_figctx x;
} kept_fig;

/* What the windows of an article pass on to its records. */
typedef struct artstate {
	const pl_text *tx;
	pl_outdoc od;
	int story_discard;
	uint8_t *comment;   /* per sentence: 1 in a page of readers' comments */
	pl_quote *quotes;      /* in text order, tokens of the whole text */
	size_t nq, qcap;
	kept_fig *figs;
	size_t nfig, figcap;
	pl_speakers speakers;  /* of the windows before */
} artstate;

/* Token indices of the window's quotations and events from those of the
** window (which starts at token tw0, sentence s0) to those of the text. */
static void rebase(pl_quote *q, size_t nq, pl_event *ev, size_t nev, uint32_t tw0, uint32_t s0)
{
	size_t i;
	for (i = 0; i < nq; i++) {
		q[i].q0 += tw0;
		q[i].q1 += tw0;
		q[i].sp0 += tw0;
		q[i].sp1 += tw0;
		if (q[i].cue != PL_NONE)
			q[i].cue += tw0;
		q[i].sent += s0;
	}
	for (i = 0; i < nev; i++) {
		ev[i].v += tw0;
		ev[i].src.t0 += tw0;
		ev[i].src.t1 += tw0;
		ev[i].tgt.t0 += tw0;
		ev[i].tgt.t1 += tw0;
		ev[i].place.t0 += tw0;
		ev[i].place.t1 += tw0;
		if (ev[i].has_cue)
			ev[i].cue += tw0;
	}
}

/* The window's words as its readings see them: the marks of quotations
** around words inside a clause (pl_inner_quote_marks: said the plan was
** "authoritarian") left out.  The quotation finder sees the text as it is;
** the sentences with such marks are analysed again without them, with the
** document memory as it stood before them, and coded from that analysis;
** their events come back to the text's tokens. */
static void given_surnames(const pl_store *st, pl_token *tok, uint32_t n);
static void present_verbs(const pl_store *st, pl_token *tok, uint32_t n, pl_arena *a);

typedef struct inner_view {
	pl_token *tok;           /* the window's tokens without the marks */
	uint32_t *o2c;           /* a token of the text -> the first one kept
	                         ** from it on (ntok + 1 of them) */
	uint32_t *c2o;           /* a token kept -> its token in the text
	                         ** (nkept + 1 of them) */
	pl_sentan *an;           /* per sentence: the analysis without the marks
	                         ** (t1 == t0: the sentence has none) */
	pl_docctx **before;      /* per sentence with marks: the memory before it */
	pl_quote *quotes;        /* the quotations in the tokens kept */
	const pl_token *wtok;    /* the window's tokens ... */
	const uint8_t *drop;     /* ... which of them are left out ... */
	uint32_t ntok;           /* ... and how many */
	int any;
} inner_view;

/* A token span [*t0, *t1) of the tokens kept back to the text's; a mark
** inside it takes its other mark in too ("UK \"industrial history\"", not
** "UK \"industrial history"). */
static void span_back(const inner_view *iv, uint32_t *t0, uint32_t *t1)
{
	uint32_t j;
	int open = 0, close = 0;
	if (*t1 <= *t0) {
		*t0 = *t1 = iv->c2o[*t0];
		return;
	}
	*t1 = iv->c2o[*t1 - 1] + 1;
	*t0 = iv->c2o[*t0];
	for (j = *t0; j < *t1; j++)
		if (iv->drop[j]) {
			if (iv->wtok[j].flags & PL_TOK_QOPEN)
				open++;
			else if (open)
				open--;
			else
				close++;
		}
	if (close)
		while (*t0 > 0 && !(iv->drop[*t0 - 1] && (iv->wtok[*t0 - 1].flags & PL_TOK_QOPEN)))
			(*t0)--;
	if (close && *t0 > 0)
		(*t0)--;
	if (open)
		while (*t1 < iv->ntok && !(iv->drop[*t1] && (iv->wtok[*t1].flags & PL_TOK_QCLOSE)))
			(*t1)++;
	if (open && *t1 < iv->ntok)
		(*t1)++;
}

static void events_back(const inner_view *iv, pl_event *ev, size_t nev)
{
	size_t i;
	for (i = 0; i < nev; i++) {
		ev[i].v = iv->c2o[ev[i].v];
		span_back(iv, &ev[i].src.t0, &ev[i].src.t1);
		span_back(iv, &ev[i].tgt.t0, &ev[i].tgt.t1);
		span_back(iv, &ev[i].place.t0, &ev[i].place.t1);
		if (ev[i].has_cue)
			ev[i].cue = iv->c2o[ev[i].cue];
	}
}

/* The tokens kept of the window wtx (drop: the marks), each sentence with
** marks tagged and lemmatised again.  0, or -1 when out of memory. */
static int inner_tokens(parley_coder *c, const pl_text *wtx, const uint8_t *drop, inner_view *iv)
{
	const pl_store *st = &c->s->st;
	uint32_t i, n = 0, si;
	if (!(iv->tok = pl_arena_alloc_raw(c->win, (wtx->ntok + 1) * sizeof *iv->tok)) ||
	    !(iv->o2c = pl_arena_alloc_raw(c->win, (wtx->ntok + 1) * sizeof *iv->o2c)) ||
	    !(iv->c2o = pl_arena_alloc_raw(c->win, (wtx->ntok + 1) * sizeof *iv->c2o)))
		return -1;
	for (i = 0; i < wtx->ntok; i++) {
		iv->o2c[i] = n;
		if (drop[i])
			continue;
		iv->tok[n] = wtx->tok[i];
		/* (the word after an opening mark has the space before it) */
		if (i > 0 && drop[i - 1] && (wtx->tok[i - 1].flags & PL_TOK_QOPEN))
			iv->tok[n].flags = (uint16_t)((iv->tok[n].flags & ~PL_TOK_SPACEBEFORE) |
			                              (wtx->tok[i - 1].flags & PL_TOK_SPACEBEFORE));
		iv->c2o[n++] = i;
	}
	iv->o2c[wtx->ntok] = n;
	iv->c2o[n] = wtx->ntok;
	for (si = 0; si < wtx->nsent; si++) {
		uint32_t t0 = iv->o2c[wtx->sent[si].t0], t1 = iv->o2c[wtx->sent[si].t1];
		if (t1 - t0 == wtx->sent[si].t1 - wtx->sent[si].t0)
			continue;
		pl_tagger_tag(st->tagger, iv->tok + t0, t1 - t0);
		if (!st->petrarch)
			given_surnames(st, iv->tok + t0, t1 - t0);
		pl_lemma_tokens_cached(st->lemma, c->lemmas, iv->tok + t0, t1 - t0, c->a);
		present_verbs(st, iv->tok + t0, t1 - t0, c->a);
	}
	return 0;
}

/* Whether a quotation mark opens inside sentence [t0, t1), after its first
** token and before its last: where none does, pl_inner_quote_marks() marks
** nothing (most sentences; its walk, which reads each token's mark kind,
** cost about 2 million instructions on Reuters 1-1,000, callgrind). */
static int opens_quote(const pl_token *tok, uint32_t t0, uint32_t t1)
{
	uint32_t i;
	for (i = t0 + 1; i + 1 < t1; i++)
		if (tok[i].flags & PL_TOK_QOPEN)
			return 1;
	return 0;
}

/* Sentences [s0, s1) of the article: analysis, quotations, events (their
** records go out now: events come first), figures (kept for later). */
static int cmp_u64(const void *x, const void *y)
{
	uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
	return a < b ? -1 : a > b;
}

static parley_rc code_window(parley_coder *c, sink *k, const char *id, artstate *ar,
                             pl_docctx *ctx, uint32_t s0, uint32_t s1, int explain)
{
	const pl_store *st = &c->s->st;
	const pl_text *tx = ar->tx;
	pl_text wtx;
	pl_sent *ws;
	pl_event *ev = NULL;
	size_t nev = 0, cap = 0, i, nq = 0, ncued = 0;
	uint32_t si, tw0 = tx->sent[s0].t0, prev_s = UINT32_MAX;
	pl_pastchain past_chain = {0, NULL};   /* what the sentence before told of the past */
	size_t prev_before = 0;
	pl_sentan *ans;
	pl_quote *quotes = NULL;
	uint32_t *bycue = NULL;
	pl_figure fig[16];
	pl_recbuf rb;
	inner_view iv;
	uint8_t *drop = NULL;

	/* the window's tokens count from its first: the analysis and the
	** quotation finder see a text of its sentences alone */
	pl_arena_reset(c->win);
	wtx.tok = tx->tok + tw0;
	wtx.ntok = tx->sent[s1 - 1].t1 - tw0;
	wtx.nsent = s1 - s0;
	ws = pl_arena_alloc_raw(c->win, wtx.nsent * sizeof *ws);
	ans = pl_arena_alloc(c->win, (wtx.nsent + 1) * sizeof *ans);
	if (!ws || !ans)
		return error_out(c, k, id, "out of memory while coding", 1);
	for (si = 0; si < wtx.nsent; si++) {
		ws[si] = tx->sent[s0 + si];
		ws[si].t0 -= tw0;
		ws[si].t1 -= tw0;
	}
	wtx.sent = ws;
	/* quotation marks around words inside a clause, which the readings
	** look through (inner_view) */
	memset(&iv, 0, sizeof iv);
	if (!st->petrarch) {
		if (!(drop = pl_arena_alloc(c->win, wtx.ntok + 1)))
			return error_out(c, k, id, "out of memory while coding", 1);
		for (si = 0; si < wtx.nsent; si++)
			if (opens_quote(wtx.tok, ws[si].t0, ws[si].t1))
				iv.any |= pl_inner_quote_marks(wtx.tok, ws[si].t0, ws[si].t1, drop) > 0;
		if (iv.any && (!(iv.before = pl_arena_alloc(c->win, wtx.nsent * sizeof *iv.before)) ||
		               !(iv.an = pl_arena_alloc(c->win, (wtx.nsent + 1) * sizeof *iv.an)) ||
		               inner_tokens(c, &wtx, drop, &iv) < 0))
			return error_out(c, k, id, "out of memory while coding", 1);
		iv.wtok = wtx.tok;
		iv.drop = drop;
		iv.ntok = wtx.ntok;
	}
	for (si = 0; si < wtx.nsent; si++) {
		ctx->sent = s0 + si;
		if (iv.any && iv.o2c[ws[si].t1] - iv.o2c[ws[si].t0] != ws[si].t1 - ws[si].t0) {
			if (!(iv.before[si] = pl_arena_alloc_raw(c->win, sizeof *ctx)))
				return error_out(c, k, id, "out of memory while coding", 1);
			*iv.before[si] = *ctx;
		}
		if (pl_sent_analyse(st, ctx, wtx.tok, ws[si].t0, ws[si].t1, c->a, &ans[si]) < 0)
			return error_out(c, k, id, "out of memory while coding", 1);
	}
	/* the sentences with such marks again, without them, each with the
	** memory as it stood before it (what they add to it is the first
	** analysis's) */
	for (si = 0; iv.any && si < wtx.nsent; si++) {
		uint32_t t0 = iv.o2c[ws[si].t0], t1 = iv.o2c[ws[si].t1];
		pl_docctx tmp;
		if (t1 - t0 == ws[si].t1 - ws[si].t0) {
			iv.an[si] = ans[si];
			continue;
		}
		tmp = *iv.before[si];
		/* (the copy's tokens lead back to the window's, for what the
		** article's look found there) */
		tmp.view_tok = iv.tok;
		tmp.view_base = wtx.tok;
		tmp.view_orig = iv.c2o;
		tmp.view_ntok = iv.o2c[wtx.ntok];
		if (pl_sent_analyse(st, &tmp, iv.tok, t0, t1, c->win, &iv.an[si]) < 0)
			return error_out(c, k, id, "out of memory while coding", 1);
	}
	/* roles named before the article's country is known */
	pl_sent_backfill(st, ctx, ans, wtx.nsent, c->a);
	if (iv.any)
		pl_sent_backfill(st, ctx, iv.an, wtx.nsent, c->win);
	/* quotations first: a "we" inside a quotation is its speaker; their
	** working memory goes back before the events are coded */
	pl_arena_reset(c->scratch);
	if (pl_quotes_find_part(&wtx, ans, c->win, c->scratch,
	                        s0 == 0 && s1 == tx->nsent ? NULL : &ar->speakers, &quotes, &nq) < 0)
		return error_out(c, k, id, "out of memory while finding quotations", 1);
	pl_arena_reset(c->scratch);
	/* a "he" in a speaker's own words is someone else */
	if (!st->petrarch)
		pl_quotes_other_pronouns(quotes, nq, ans, wtx.nsent);
	/* a "you" in a quotation is the hearer its cue names */
	if (!st->petrarch)
		pl_quotes_hearer_you(quotes, nq, ans, wtx.nsent);
	/* the direct quotations, for the coder to find the one around a verb */
	{
		size_t nd = 0;
		uint32_t *qd = NULL;
		for (i = 0; i < nq; i++)
			nd += quotes[i].direct;
		if (!(qd = pl_arena_alloc(c->win, (nd + 1) * sizeof *qd)))
			return error_out(c, k, id, "out of memory while finding quotations", 1);
		for (i = nd = 0; i < nq; i++)
			if (quotes[i].direct)
				qd[nd++] = (uint32_t)i;
		ctx->qdirect = qd;
		ctx->nqdirect = nd;
	}
	{
		uint32_t *qr = pl_arena_alloc(c->win, (nq + 1) * sizeof *qr);
		if (!qr)
			return error_out(c, k, id, "out of memory while finding quotations", 1);
		for (i = 0; i < nq; i++)
			qr[i] = i && qr[i - 1] > quotes[i].q1 ? qr[i - 1] : quotes[i].q1;
		ctx->qreach = qr;
	}
	/* the quotations by cue (then number), made once: the stance reader
	** finds a statement's own without a pass over the window's quotations
	** (an article of 30,000 quotations stays linear), and each event's
	** record links the quotations its verb introduces */
	{
		uint64_t *key = pl_arena_alloc(c->win, (nq + 1) * sizeof *key);
		if (!key || !(bycue = pl_arena_alloc(c->win, (nq + 1) * sizeof *bycue)))
			return error_out(c, k, id, "out of memory while finding quotations", 1);
		for (i = 0; i < nq; i++)
			if (quotes[i].cue != PL_NONE)
				key[ncued++] = (uint64_t)quotes[i].cue << 32 | (uint32_t)i;
		qsort(key, ncued, sizeof *key, cmp_u64);
		for (i = 0; i < ncued; i++)
			bycue[i] = (uint32_t)key[i];
		ctx->qcue = bycue;
		ctx->nqcue = ncued;
	}
	/* the quotations in the tokens without the marks (in the same order) */
	if (iv.any) {
		if (!(iv.quotes = pl_arena_alloc_raw(c->win, (nq + 1) * sizeof *iv.quotes)))
			return error_out(c, k, id, "out of memory while finding quotations", 1);
		for (i = 0; i < nq; i++) {
			pl_quote *q = &iv.quotes[i];
			*q = quotes[i];
			q->q0 = iv.o2c[q->q0];
			q->q1 = iv.o2c[q->q1];
			q->sp0 = iv.o2c[q->sp0];
			q->sp1 = iv.o2c[q->sp1];
			if (q->cue != PL_NONE)
				q->cue = iv.o2c[q->cue];
		}
	}
	for (si = s0; si < s1 && !ar->story_discard; si++) {
		int discard = st->n_discards ? pl_petrarch_discarded(st, tx->tok, tx->sent[si].t0, tx->sent[si].t1) : 0;
		if (discard == 1) {
			if (explain)
				pl_buf_printf(&c->out, "# sentence %u discarded\n", (unsigned)si);
			continue;
		}
		{
			size_t before = nev, e;
			/* (a sentence with marks around words of a clause: its
			** analysis without them) */
			int inner = iv.any && iv.an[si - s0].tok == iv.tok;
			const pl_sentan *an = inner ? &iv.an[si - s0] : &ans[si - s0];
			const pl_quote *qs = inner ? iv.quotes : quotes;
			if (pl_code_sentence(st, an, ctx, si, qs, nq, c->win, &ev, &nev, &cap) < 0)
				return error_out(c, k, id, "out of memory while coding", 1);
			/* habits, infinitives under a modal, clauses timed long ago,
			** statements told again in a quotation */
			if (!st->petrarch && nev > before)
				pl_notnow_mark(st, an, ctx, qs, ev + before, nev - before);
			/* acts told only as what a charge says ("accused X of hiring"),
			** event nouns after "no" ("there is no threat") */
			if (!st->petrarch && nev > before)
				pl_unasserted_mark(an, ev + before, nev - before);
			/* acts on occasions of old years, acts tied to background
			** ones, what a background saying or a book says */
			if (!st->petrarch && nev > before)
				pl_backgr_mark(st, an, ctx, qs, nq, ev + before, nev - before);
			/* a profile's chain of past acts after a dated one */
			if (!st->petrarch) {
				if (si == s0 || prev_s != si - 1)
					past_chain.live = 0;
				/* (called on sentences with no events too, to end the
				** chain; ev is NULL before the first event) */
				pl_backgr_chain(an, ctx, ev ? ev + before : NULL, nev - before, &past_chain);
			}
			if (inner && nev > before)
				events_back(&iv, ev + before, nev - before);
			/* "Mr Blair denied the report": the acts the sentence before
			** told as claimed are not told as done */
			if (!st->petrarch && prev_s == si - 1 && si > s0 && before > prev_before)
				pl_notnow_denied_back(&ans[si - 1 - s0], ev + prev_before,
				                      before - prev_before, &ans[si - s0]);
			prev_s = si;
			prev_before = before;
			/* what a reader tells in a comment is not the news */
			for (e = before; ar->comment && ar->comment[si] && e < nev; e++)
				ev[e].background = 1;
			/* issues (PETRARCH issue files) of the sentence go with its events */
			if (st->n_issues && nev > before) {
				pl_issue_hit *hits = pl_arena_alloc(c->win, 16 * sizeof *hits);
				int nh = hits ? pl_petrarch_issues(st, tx->tok, tx->sent[si].t0, tx->sent[si].t1, hits, 16) : 0;
				for (e = before; e < nev && nh > 0; e++) {
					ev[e].issues = hits;
					ev[e].nissues = nh;
				}
			}
		}
		if (explain)
			explain_sentence(&c->out, &ans[si - s0], si, tw0);
	}
	ctx->qdirect = NULL;
	ctx->nqdirect = 0;
	ctx->qreach = NULL;
	ctx->qcue = NULL;
	ctx->nqcue = 0;
	/* the figures, with what their records need of the analysis */
	for (si = s0; si < s1; si++) {
		int f, nf = pl_figures_find(tx->tok, tx->sent[si].t0, tx->sent[si].t1, fig, 16);
		if (nf && pl_arena_grow_raw(c->a, (void **)&ar->figs, &ar->figcap, ar->nfig + (size_t)nf,
		                            sizeof *ar->figs) < 0)
			return error_out(c, k, id, "out of memory while coding", 1);
		for (f = 0; f < nf; f++) {
			kept_fig *kf = &ar->figs[ar->nfig++];
			kf->f = fig[f];
			kf->sent = si;
			pl_figure_context(&ans[si - s0], tw0, &fig[f], &kf->x);
		}
	}
	rebase(quotes, nq, ev, nev, tw0, s0);
	if (nq && pl_arena_grow_raw(c->a, (void **)&ar->quotes, &ar->qcap, ar->nq + nq, sizeof *ar->quotes) < 0)
		return error_out(c, k, id, "out of memory while coding", 1);
	if (pl_arena_failed(c->a) || pl_arena_failed(c->win)) {
		/* an allocation failed on the way: the records could be short of
		** something without saying so; one error record instead */
		return error_out(c, k, id, "out of memory while coding", 1);
	}
	c->n.events += (long)nev;
	/* records by kind, each in text order: events, quotes, figures */
	for (i = 0; i < nev; i++) {
		unsigned run[32];
		size_t nrun = 0;
		/* an event links to the quotations its verb introduces, and to
		** those of the verb of saying whose statement it stands for */
		if (ncued) {
			nrun = quotes_cued(quotes, ar->nq, bycue, ncued, ev[i].v, run, 0, 32);
			if (ev[i].has_cue && ev[i].cue != ev[i].v)
				nrun = quotes_cued(quotes, ar->nq, bycue, ncued, ev[i].cue, run, nrun, 32);
		}
		if (put(k, pl_rec_event(&rb, &ar->od, &ev[i], run, nrun)) < 0)
			return PARLEY_STOPPED;
		if (explain)
			pl_write_features(&c->out, &ev[i]);   /* tools/fit-confidence */
	}
	if (nq)
		memcpy(ar->quotes + ar->nq, quotes, nq * sizeof *quotes);
	ar->nq += nq;
	return PARLEY_OK;
}

/* "But Michael Mates said", "Tony Banks told": a capitalised word that is
** not a sentence's first, right after a given name the dictionaries know,
** is its surname whatever the tagger made of it (a plural, a verb, an
** adjective), so that the name is one person.  Not a hyphenated word: the
** code a context would give such a name ("chairman Chung Mong-koo") was
** wrong as often as right on news read for it. */
static void given_surnames(const pl_store *st, pl_token *tok, uint32_t n)
{
	uint32_t i;
	for (i = 1; i < n; i++) {
		pl_token *t = &tok[i];
		const pl_token *g = &tok[i - 1];
		if (t->tag == PL_T_NNP || !(t->flags & PL_TOK_CAP) || (t->flags & (PL_TOK_ALLCAP | PL_TOK_SSTART)) ||
		    !(t->tag == PL_T_NNS || t->tag == PL_T_NN || t->tag == PL_T_VBZ || t->tag == PL_T_JJ) ||
		    g->tag != PL_T_NNP || !(g->flags & PL_TOK_CAP) || (g->flags & PL_TOK_ALLCAP) || g->b1 == t->b0 ||
		    memchr(t->s, '-', t->len) || !pl_store_given(st, g->low, strlen(g->low)))
			continue;
		t->tag = PL_T_NNP;
	}
}

/*
** "The Russian minister expels two diplomats", "Russia bombs the city",
** "Rebels storm the palace": a present-tense verb the tagger read as a noun
** (a plural "-s" word after a singular subject, a bare word after a plural
** one, or an unknown lower-case "-s" word read as a name) in a clause with
** no finite verb.  The word is taken for the verb when its lemma as a verb
** is one the dictionaries code, the word before it heads a subject that
** agrees with it, and an object or a complement opens right after it (a
** determiner, a possessive, a name, a number, an object pronoun, "to", or
** with / for / against / on / over after a name, a pronoun or a plural:
** "Chinese trade talks with Vietnam" keeps its noun).  The subject must open the sentence or
** follow a comma, a clause's opening word or a verb of saying ("officials
** said the government plans to ..."), and no finite verb may follow in the
** clause, past commas too (but for an attribution: ", the ministry said"):
** "US trade talks with China ended", "announced their support for
** the government plans on Monday", "press the Commission and other member
** states to act" keep their nouns.
*/
static int time_noun(const pl_token *t)
{
	static const char *const w[] = {"day", "week", "month", "year", "morning", "afternoon",
		"evening", "night", "weekend", "time", "monday", "tuesday", "wednesday", "thursday",
		"friday", "saturday", "sunday", "summer", "winter", "spring", "autumn", NULL};
	static pl_wordset w_set = PL_WORDSET(w);
	return t->low && pl_in_set(&w_set, t->low);
}

static int clause_edge(const pl_token *t)
{
	static const char *const w[] = {"after", "before", "when", "while", "because", "since",
		"as", "if", "until", "although", "though", "whereas", "that", "which", "who", "and",
		"but", "or", NULL};
	static pl_wordset w_set = PL_WORDSET(w);
	if (t->tag == PL_T_PPC || t->tag == PL_T_PPS || t->tag == PL_T_PP || t->tag == PL_T_PPL ||
	    t->tag == PL_T_PPR || t->tag == PL_T_WDT || t->tag == PL_T_WP || t->tag == PL_T_WRB ||
	    t->tag == PL_T_LRB || t->tag == PL_T_RRB)
		return 1;
	return t->low && pl_in_set(&w_set, t->low);
}

/* A word of a subject: a noun, a name, a pronoun, a modifier, "and". */
static int subject_word(const pl_token *t)
{
	int g = t->tag;
	return PL_TAG_IS_NOUN(g) || PL_TAG_IS_ADJ(g) || g == PL_T_DT || g == PL_T_PDT || g == PL_T_PRPS ||
	       g == PL_T_POS || g == PL_T_CD || g == PL_T_PRP || g == PL_T_CC;
}

static int saying(const pl_token *t)
{
	static const char *const w[] = {"say", "tell", "claim", "warn", "believe", "think",
		"insist", "argue", "add", "report", "announce", "allege", "suggest", "fear", NULL};
	return t->lemma && pl_in_list(t->lemma, w);
}

static void present_verbs(const pl_store *st, pl_token *tok, uint32_t n, pl_arena *a)
{
	static const char *const prep[] = {"with", "for", "against", "on", "over", NULL};
	static const char *const objpro[] = {"him", "her", "them", "us", "me", "it", NULL};
	static const char *const sing[] = {"he", "she", "it", NULL};
	static const char *const plur[] = {"they", "we", NULL};
	static const char *const things[] = {"abstract", "document", "cause", "amount", "duty",
		"idiom", "contest", "act", NULL};
	uint32_t i, j;
	if (st->petrarch || !st->lemma)
		return;
	for (i = 1; i + 1 < n; i++) {
		pl_token *t = &tok[i];
		const pl_token *p = &tok[i - 1], *q = &tok[i + 1];
		const char *lem, *c;
		int tag, ok = 0, comma;
		/* (the tags first: most words are no noun and leave at one test) */
		if ((t->tag != PL_T_NNS && t->tag != PL_T_NN && t->tag != PL_T_NNP) ||
		    !t->low || t->len < 3 || (t->flags & PL_TOK_CAP))
			continue;
		if (t->tag == PL_T_NNS || ((t->tag == PL_T_NNP || t->tag == PL_T_NN) &&
		    t->low[t->len - 1] == 's' && t->low[t->len - 2] != 's'))
			tag = PL_T_VBZ;
		else if (t->tag == PL_T_NN)
			tag = PL_T_VBP;
		else
			continue;
		/* the subject's head agrees */
		if (tag == PL_T_VBZ)
			ok = p->tag == PL_T_NN || p->tag == PL_T_NNP ||
			     (p->tag == PL_T_PRP && pl_in_list(p->low, sing));
		else
			ok = p->tag == PL_T_NNS || p->tag == PL_T_NNPS ||
			     (p->tag == PL_T_PRP && pl_in_list(p->low, plur));
		if (!ok)
			continue;
		/* an object or a complement opens */
		ok = q->tag == PL_T_DT || q->tag == PL_T_PRPS || q->tag == PL_T_CD || q->tag == PL_T_TO ||
		     ((q->tag == PL_T_NNP || q->tag == PL_T_NNPS) && (q->flags & PL_TOK_CAP)) ||
		     (q->tag == PL_T_PRP && pl_in_list(q->low, objpro)) ||
		     (q->tag == PL_T_IN && pl_in_list(q->low, prep) &&
		      (tag == PL_T_VBP || p->tag == PL_T_NNP || p->tag == PL_T_PRP));
		if (!ok || (q->tag == PL_T_DT && i + 2 < n && time_noun(&tok[i + 2])))
			continue;
		/* no hyphenated word (after the tests of its neighbours' tags,
		** which turn most nouns away with no call) */
		if (memchr(t->low, '-', t->len))
			continue;
		/* no other finite verb in the clause, past commas too (", partly
		** blamed on the unions, had undermined"), but for the verb of
		** saying of an attribution after a comma (", the ministry said") */
		for (j = i + 1, comma = 0; j < n; j++) {
			const pl_token *v = &tok[j];
			if (v->tag == PL_T_PPC || v->tag == PL_T_PPS) {
				comma = 1;
				continue;
			}
			if (clause_edge(v) && v->tag != PL_T_CC)
				break;
			if (v->tag == PL_T_VBD || v->tag == PL_T_VBZ || v->tag == PL_T_VBP || v->tag == PL_T_MD) {
				if (!(comma && saying(v)))
					break;
				j = n;
			}
		}
		if (j < n && !(clause_edge(&tok[j]) && tok[j].tag != PL_T_CC && tok[j].tag != PL_T_PPS))
			continue;
		/* the subject (nouns, names, their modifiers, "and") opens the
		** sentence or follows a clause's edge or a verb of saying */
		for (j = i; j > 0 && subject_word(&tok[j - 1]); j--)
			;
		if (j > 0 && !(clause_edge(&tok[j - 1]) && tok[j - 1].tag != PL_T_CC) &&
		    !(saying(&tok[j - 1]) && (tok[j - 1].tag == PL_T_VBD || tok[j - 1].tag == PL_T_VBZ ||
		      tok[j - 1].tag == PL_T_VBP)))
			continue;
		/* a subject that is a thing, not a doer ("the plan calls for",
		** "electricity strikes", "a directive calls for"): a compound
		** noun more likely, and no actor's act */
		if (p->tag != PL_T_PRP && p->lemma && (pl_lemma_mute(st->lemma, p->lemma) ||
		    ((c = pl_hash_get(&st->objclass, p->lemma, strlen(p->lemma))) &&
		     pl_in_list(c, things))))
			continue;
		lem = pl_lemma(st->lemma, t->low, tag, a);
		if (!lem || !pl_hash_get(&st->verbs, lem, strlen(lem)))
			continue;
		t->tag = tag;
		t->lemma = lem;
	}
}

/* The pipeline over one article, its records passed to k. */
static parley_rc code_text(parley_coder *c, sink *k, const char *id, const char *date,
                           const char *text, size_t n, int explain)
{
	const pl_store *st = &c->s->st;
	pl_text tx;
	pl_docctx ctx;
	size_t i;
	uint32_t si, s0, s1;
	artstate ar;
	pl_recbuf rb;
	parley_rc rc;
	long bad = pl_utf8_check(text, n);

	if (bad >= 0) {
		char msg[128];
		snprintf(msg, sizeof msg, "%s at byte %ld of \"text\"",
		         text[bad] == '\0' ? "NUL character" : "invalid UTF-8", bad);
		return error_out(c, k, id, msg, 0);
	}
	memset(&ctx, 0, sizeof ctx);
	ctx.scratch = c->scratch;
	ctx.arrays = c->win;
	if (date && pl_date_parse(date, &ctx.date) < 0)
		memset(&ctx.date, 0, sizeof ctx.date);
	/* a headline glued to the lead is left out of the sentences (the lead
	** tells its event): see pl_segment_article */
	if (pl_segment_article(c->a, text, n, c->have_doc ? c->doc.title : NULL, &tx) < 0)
		return error_out(c, k, id, "out of memory while splitting the text", 1);
	/* tags and lemmas of the whole article first: a discard phrase
	** anywhere in the story stops all of its events */
	for (si = 0; si < tx.nsent; si++) {
		const pl_sent *s = &tx.sent[si];
		pl_tagger_tag(st->tagger, tx.tok + s->t0, s->t1 - s->t0);
		if (!st->petrarch)
			given_surnames(st, tx.tok + s->t0, s->t1 - s->t0);
		pl_lemma_tokens_cached(st->lemma, c->lemmas, tx.tok + s->t0, s->t1 - s->t0, c->a);
		present_verbs(st, tx.tok + s->t0, s->t1 - s->t0, c->a);
	}
	memset(&ar, 0, sizeof ar);
	ar.tx = &tx;
	ar.speakers.a = c->a;
	ar.od.id = id;
	ar.od.text = text;
	ar.od.tx = &tx;
	/* discard phrases (PETRARCH dictionaries): a sentence, or the whole
	** story, that holds one codes no event */
	for (si = 0; st->n_discards && si < tx.nsent && !ar.story_discard; si++)
		ar.story_discard = pl_petrarch_discarded(st, tx.tok, tx.sent[si].t0, tx.sent[si].t1) == 2;
	/* the sentences of a page of readers' comments */
	if (!st->petrarch && tx.nsent && (ar.comment = pl_arena_alloc(c->a, tx.nsent)) != NULL &&
	    !pl_comment_sentences(&tx, ar.comment))
		ar.comment = NULL;
	/* the country the whole article is about, for its first sentences */
	pl_sent_prescan(st, &ctx, tx.tok, tx.ntok, tx.sent, tx.nsent, c->a);
	for (si = 0; ar.story_discard && explain && si < tx.nsent; si++)
		pl_buf_printf(&c->out, "# sentence %u discarded (story)\n", (unsigned)si);
	for (s0 = 0; s0 < tx.nsent; s0 = s1) {
		s1 = window_end(&tx, s0);
		if ((rc = code_window(c, k, id, &ar, &ctx, s0, s1, explain)) != PARLEY_OK)
			return rc;
	}
	pl_arena_reset(c->win);
	if (pl_arena_failed(c->a))
		return error_out(c, k, id, "out of memory while coding", 1);
	c->n.quotes += (long)ar.nq;
	c->n.docs++;
	c->n.sentences += tx.nsent;
	c->n.tokens += tx.ntok;
	for (i = 0; i < ar.nq; i++)
		if (put(k, pl_rec_quote(&rb, &ar.od, &ar.quotes[i], (unsigned)i)) < 0)
			return PARLEY_STOPPED;
	c->n.figures += (long)ar.nfig;
	for (i = 0; i < ar.nfig; i++)
		if (put(k, pl_rec_figure(&rb, &ar.od, &ar.figs[i].x, ar.figs[i].sent, &ar.figs[i].f)) < 0)
			return PARLEY_STOPPED;
	return PARLEY_OK;
}

/* The JSON Lines text of c->out, or NULL when out of memory. */
static const char *json_result(parley_coder *c, parley_rc rc, size_t *len)
{
	*len = c->out.n;
	if (rc == PARLEY_ERR_NOMEM && c->out.n == 0)
		return NULL;
	return c->out.oom ? NULL : c->out.p ? c->out.p : "";
}

static void sink_init(sink *k, parley_record_fn fn, void *ud, const parley_doc *article, long line)
{
	k->fn = fn;
	k->ud = ud;
	k->article = article;
	k->line = line;
	k->stopped = 0;
}

parley_rc parley_code_records(parley_coder *c, const parley_doc *d, long line,
                              parley_record_fn fn, void *ud)
{
	sink k;
	pl_arena_reset(c->a);
	c->doc = *d;
	c->have_doc = 1;
	sink_init(&k, fn, ud, d, line);
	return code_text(c, &k, d->id, d->date, d->text, d->text_len, 0);
}

/* One JSON line's article to fn; mut: buf may be overwritten (the text is
** decoded in place) */
static parley_rc code_jsonl(parley_coder *c, const char *buf, char *mut, size_t n, long line,
                            parley_record_fn fn, void *ud)
{
	pl_indoc in;
	parley_doc d;
	char err[512];
	sink k;
	pl_arena_reset(c->a);
	sink_init(&k, fn, ud, NULL, line);
	c->have_doc = 0;
	if ((mut ? pl_jsonl_read_inplace(mut, n, c->a, &in, err, sizeof err)
	         : pl_jsonl_read(buf, n, c->a, &in, err, sizeof err)) < 0)
		return error_out(c, &k, in.id, err, 0);
	memset(&d, 0, sizeof d);
	d.id = in.id;
	d.date = in.date;
	d.text = in.text;
	d.text_len = in.len;
	d.title = in.title;
	d.source = in.source;
	d.url = in.url;
	c->doc = d;
	c->have_doc = 1;
	k.article = &c->doc;
	return code_text(c, &k, in.id, in.date, in.text, in.len, 0);
}

parley_rc parley_code_jsonl_records(parley_coder *c, const char *buf, size_t n, long line,
                                    parley_record_fn fn, void *ud)
{
	return code_jsonl(c, buf, NULL, n, line, fn, ud);
}

const char *parley_code_doc(parley_coder *c, const parley_doc *d, long line, size_t *len)
{
	parley_rc rc;
	pl_buf_reset(&c->out);
	rc = parley_code_records(c, d, line, json_sink, c);
	return json_result(c, rc, len);
}

const char *parley_explain_doc(parley_coder *c, const parley_doc *d, size_t *len)
{
	sink k;
	parley_rc rc;
	pl_buf_reset(&c->out);
	pl_arena_reset(c->a);
	c->doc = *d;
	c->have_doc = 1;
	sink_init(&k, json_sink, c, d, 0);
	rc = code_text(c, &k, d->id, d->date, d->text, d->text_len, 1);
	return json_result(c, rc, len);
}

const char *parley_error_record(parley_coder *c, long line, const char *msg, size_t *len)
{
	sink k;
	parley_rc rc;
	pl_buf_reset(&c->out);
	c->have_doc = 0;
	sink_init(&k, json_sink, c, NULL, line);
	rc = error_out(c, &k, NULL, msg, 0);
	return json_result(c, rc, len);
}

const char *parley_code_jsonl(parley_coder *c, const char *buf, size_t n, long line, size_t *len)
{
	parley_rc rc;
	pl_buf_reset(&c->out);
	rc = parley_code_jsonl_records(c, buf, n, line, json_sink, c);
	return json_result(c, rc, len);
}

const char *parley_code_jsonl_inplace(parley_coder *c, char *buf, size_t n, long line, size_t *len)
{
	parley_rc rc;
	pl_buf_reset(&c->out);
	rc = code_jsonl(c, buf, buf, n, line, json_sink, c);
	return json_result(c, rc, len);
}
