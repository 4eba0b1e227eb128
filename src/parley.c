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
#include "code/coder.h"
#include "dict/petrarch.h"
#include "dict/store.h"
#include "extract/date.h"
#include "extract/figure.h"
#include "extract/quote.h"
#include "io/jsonl.h"
#include "lex/lemma.h"
#include "lex/tagger.h"
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
	pl_buf out;
	parley_counts n;
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
	if (!c->a || !c->scratch) {
		pl_arena_free(c->a);
		pl_arena_free(c->scratch);
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
	pl_buf_free(&c->out);
	free(c);
}

void parley_coder_set_output(parley_coder *c, void (*write)(void *ud, const char *p, size_t n),
                             void *ud)
{
	c->out.sink = write;
	c->out.sink_ud = ud;
}

void parley_coder_counts(const parley_coder *c, parley_counts *out)
{
	*out = c->n;
}

static const char *error_out(parley_coder *c, const char *id, long line, const char *msg, size_t *len)
{
	char full[1200];
	if (line > 0)
		snprintf(full, sizeof full, "line %ld: %s", line, msg);
	else
		snprintf(full, sizeof full, "%s", msg);
	pl_write_error(&c->out, id, line, full);
	c->n.errors++;
	*len = c->out.n;
	return c->out.oom ? NULL : c->out.p ? c->out.p : "";
}

/* One line per token: sentence, token, tag, lemma, chunk (with its actor
** code) and verb group (with its subject), for `parley explain`. */
static void explain_sentence(pl_buf *b, const pl_sentan *an, uint32_t si)
{
	uint32_t i;
	int k;
	pl_buf_printf(b, "# sentence %u\n", (unsigned)si);
	for (i = an->t0; i < an->t1; i++) {
		const pl_token *t = &an->tok[i];
		int q = an->np_of[i - an->t0];
		pl_buf_printf(b, "%u\t%s\t%s\t%s", (unsigned)i, t->s, pl_tag_name(t->tag),
		              t->lemma ? t->lemma : t->low);
		if (q >= 0 && an->np[q].t0 == i)
			pl_buf_printf(b, "\tNP%d[%s%s%s]", q, an->np[q].code ? an->np[q].code : "-",
			              an->np[q].icode ? "~" : "", an->np[q].icode ? an->np[q].icode : "");
		for (k = 0; k < an->nvg; k++)
			if (an->vg[k].v == i)
				pl_buf_printf(b, "\tVG%d(subj=NP%d%s%s%s%s%s end=%d)", k, an->vg[k].subj,
				              an->vg[k].finite ? " finite" : "", an->vg[k].passive ? " passive" : "",
				              an->vg[k].negated ? " negated" : "", an->vg[k].future ? " future" : "",
				              an->vg[k].reporting ? " reporting" : "", an->vg[k].cl_end);
		pl_buf_putc(b, '\n');
	}
}

/* The pipeline over one article whose text is in the arena. */
static const char *code_text(parley_coder *c, const char *id, const char *date,
                             const char *text, size_t n, long line, size_t *len, int explain)
{
	const pl_store *st = &c->s->st;
	pl_text tx;
	pl_docctx ctx;
	pl_event *ev = NULL;
	size_t nev = 0, cap = 0, i, nq = 0;
	uint32_t si;
	int story_discard;
	pl_sentan *ans;
	pl_quote *quotes = NULL;
	pl_figure fig[16];
	long bad = pl_utf8_check(text, n);
	pl_outdoc od;

	if (bad >= 0) {
		char msg[128];
		snprintf(msg, sizeof msg, "%s at byte %ld of \"text\"",
		         text[bad] == '\0' ? "NUL character" : "invalid UTF-8", bad);
		return error_out(c, id, line, msg, len);
	}
	memset(&ctx, 0, sizeof ctx);
	ctx.scratch = c->scratch;
	if (date && pl_date_parse(date, &ctx.date) < 0)
		memset(&ctx.date, 0, sizeof ctx.date);
	if (pl_segment(c->a, text, n, &tx) < 0)
		return error_out(c, id, line, "out of memory while splitting the text", len);
	ans = pl_arena_alloc(c->a, (tx.nsent + 1) * sizeof *ans);
	if (!ans)
		return error_out(c, id, line, "out of memory while coding", len);
	for (si = 0; si < tx.nsent; si++) {
		const pl_sent *s = &tx.sent[si];
		pl_tagger_tag(st->tagger, tx.tok + s->t0, s->t1 - s->t0);
		pl_lemma_tokens(st->lemma, tx.tok + s->t0, s->t1 - s->t0, c->a);
		ctx.sent = si;
		if (pl_sent_analyse(st, &ctx, tx.tok, s->t0, s->t1, c->a, &ans[si]) < 0)
			return error_out(c, id, line, "out of memory while coding", len);
	}
	/* quotations first: a "we" inside a quotation is its speaker */
	if (pl_quotes_find(&tx, ans, c->a, &quotes, &nq) < 0)
		return error_out(c, id, line, "out of memory while finding quotations", len);
	/* the direct quotations, for the coder to find the one around a verb */
	{
		size_t nd = 0;
		uint32_t *qd = NULL;
		for (i = 0; i < nq; i++)
			nd += quotes[i].direct;
		if (!(qd = pl_arena_alloc(c->a, (nd + 1) * sizeof *qd)))
			return error_out(c, id, line, "out of memory while finding quotations", len);
		for (i = nd = 0; i < nq; i++)
			if (quotes[i].direct)
				qd[nd++] = (uint32_t)i;
		ctx.qdirect = qd;
		ctx.nqdirect = nd;
	}
	/* discard phrases (PETRARCH dictionaries): a sentence, or the whole
	** story, that holds one codes no event */
	story_discard = 0;
	for (si = 0; st->n_discards && si < tx.nsent && !story_discard; si++)
		story_discard = pl_petrarch_discarded(st, tx.tok, tx.sent[si].t0, tx.sent[si].t1) == 2;
	for (si = 0; story_discard && explain && si < tx.nsent; si++)
		pl_buf_printf(&c->out, "# sentence %u discarded (story)\n", (unsigned)si);
	for (si = 0; si < tx.nsent && !story_discard; si++) {
		int discard = st->n_discards ? pl_petrarch_discarded(st, tx.tok, tx.sent[si].t0, tx.sent[si].t1) : 0;
		if (discard == 1) {
			if (explain)
				pl_buf_printf(&c->out, "# sentence %u discarded\n", (unsigned)si);
			continue;
		}
		{
			size_t before = nev, e;
			if (pl_code_sentence(st, &ans[si], &ctx, si, quotes, nq, c->a, &ev, &nev, &cap) < 0)
				return error_out(c, id, line, "out of memory while coding", len);
			/* issues (PETRARCH issue files) of the sentence go with its events */
			if (st->n_issues && nev > before) {
				pl_issue_hit *hits = pl_arena_alloc(c->a, 16 * sizeof *hits);
				int nh = hits ? pl_petrarch_issues(st, tx.tok, tx.sent[si].t0, tx.sent[si].t1, hits, 16) : 0;
				for (e = before; e < nev && nh > 0; e++) {
					ev[e].issues = hits;
					ev[e].nissues = nh;
				}
			}
		}
		if (explain)
			explain_sentence(&c->out, &ans[si], si);
	}
	od.id = id;
	od.text = text;
	od.tx = &tx;
	/* records by kind, each in text order: events, quotes, figures */
	for (i = 0; i < nev; i++)
		pl_write_event(&c->out, &od, &ev[i], quotes, nq);
	for (i = 0; i < nq; i++)
		pl_write_quote(&c->out, &od, &quotes[i], i);
	for (si = 0; si < tx.nsent; si++) {
		int k, nf = pl_figures_find(tx.tok, tx.sent[si].t0, tx.sent[si].t1, fig, 16);
		for (k = 0; k < nf; k++)
			pl_write_figure(&c->out, &od, &ans[si], si, &fig[k]);
		c->n.figures += nf;
	}
	c->n.quotes += (long)nq;
	c->n.docs++;
	c->n.sentences += tx.nsent;
	c->n.tokens += tx.ntok;
	c->n.events += (long)nev;
	*len = c->out.n;
	return c->out.oom ? NULL : c->out.p ? c->out.p : "";
}

const char *parley_code_doc(parley_coder *c, const parley_doc *d, long line, size_t *len)
{
	pl_buf_reset(&c->out);
	pl_arena_reset(c->a);
	return code_text(c, d->id, d->date, d->text, d->text_len, line, len, 0);
}

const char *parley_explain_doc(parley_coder *c, const parley_doc *d, size_t *len)
{
	pl_buf_reset(&c->out);
	pl_arena_reset(c->a);
	return code_text(c, d->id, d->date, d->text, d->text_len, 0, len, 1);
}

const char *parley_code_jsonl(parley_coder *c, const char *buf, size_t n, long line, size_t *len)
{
	pl_indoc in;
	char err[512];
	pl_buf_reset(&c->out);
	pl_arena_reset(c->a);
	if (pl_jsonl_read(buf, n, c->a, &in, err, sizeof err) < 0)
		return error_out(c, in.id, line, err, len);
	return code_text(c, in.id, in.date, in.text, in.len, line, len, 0);
}
