/*
** jsonl.c: reading articles from JSON Lines and writing records; see jsonl.h
** and SCHEMA.md for the record format.
*/
#include "jsonl.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

int pl_jsonl_read(const char *buf, size_t n, pl_arena *a, pl_indoc *out,
                  char *err, size_t errlen)
{
	if (pl_jsonl_fast(buf, n, a, out))
		return 0;
	return pl_jsonl_read_full(buf, n, a, out, err, errlen);
}

int pl_jsonl_read_full(const char *buf, size_t n, pl_arena *a, pl_indoc *out,
                       char *err, size_t errlen)
{
	json_error_t je;
	json_t *root, *v;
	memset(out, 0, sizeof *out);
	root = json_loadb(buf, n, JSON_ALLOW_NUL, &je);
	if (!root) {
		snprintf(err, errlen, "invalid JSON at byte %d: %s", je.position, je.text);
		return -1;
	}
	if (!json_is_object(root)) {
		snprintf(err, errlen, "expected a JSON object, found %s",
		         json_is_array(root) ? "an array" : "a scalar");
		json_decref(root);
		return -1;
	}
	v = json_object_get(root, "id");
	if (json_is_string(v)) {
		out->id = pl_arena_strndup(a, json_string_value(v), json_string_length(v));
	} else if (json_is_integer(v)) {
		char tmp[32];
		snprintf(tmp, sizeof tmp, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		out->id = pl_arena_strndup(a, tmp, strlen(tmp));
	}
	v = json_object_get(root, "date");
	if (json_is_string(v))
		out->date = pl_arena_strndup(a, json_string_value(v), json_string_length(v));
	v = json_object_get(root, "text");
	if (!json_is_string(v)) {
		snprintf(err, errlen, v ? "field \"text\" is not a string" : "no \"text\" field");
		json_decref(root);
		return -1;
	}
	out->len = json_string_length(v);
	out->text = pl_arena_strndup(a, json_string_value(v), out->len);
	json_decref(root);
	if (!out->text) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	return 0;
}

static void span(pl_buf *b, uint32_t c0, uint32_t c1)
{
	pl_buf_putc(b, '[');
	pl_buf_uint(b, c0);
	pl_buf_putc(b, ',');
	pl_buf_uint(b, c1);
	pl_buf_putc(b, ']');
}

static void actor(pl_buf *b, const pl_outdoc *d, const pl_actorref *r)
{
	const pl_token *t0, *t1;
	if (!r->code && !(r->named && r->t1 > r->t0)) {
		pl_buf_puts(b, "null");
		return;
	}
	t0 = &d->tx->tok[r->t0];
	t1 = &d->tx->tok[r->t1 - 1];
	pl_buf_puts(b, "{\"code\":");
	if (r->code)
		pl_buf_json_cstr(b, r->code);
	else
		pl_buf_puts(b, "null");   /* named in the text, not in the dictionaries */
	pl_buf_puts(b, ",\"text\":");
	pl_buf_json_str(b, d->text + t0->b0, t1->b1 - t0->b0);
	pl_buf_puts(b, ",\"span\":");
	span(b, t0->c0, t1->c1);
	if (r->file) {
		pl_buf_puts(b, ",\"dict\":\"");
		pl_buf_puts(b, r->file);
		pl_buf_putc(b, ':');
		pl_buf_uint(b, r->line);
		pl_buf_putc(b, '"');
	}
	pl_buf_putc(b, '}');
}

/* A number with one decimal, as the Goldstein scale writes them: -9.0, 3.4 */
static void decimal1(pl_buf *b, double v)
{
	long t = (long)(v * 10.0 + (v < 0 ? -0.5 : 0.5));
	if (t < 0) {
		pl_buf_putc(b, '-');
		t = -t;
	}
	pl_buf_uint(b, (unsigned long)(t / 10));
	pl_buf_putc(b, '.');
	pl_buf_putc(b, (char)('0' + t % 10));
}

static int quad_of(const char *code)
{
	int root = (code[0] - '0') * 10 + (code[1] - '0');
	return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}

/* Opens {"text":...,"lemma":...,"span":[...] for one word (a verb, a noun,
** a quotation's cue); the caller adds fields and the closing brace. */
static void word_open(pl_buf *b, const pl_outdoc *d, const pl_token *t)
{
	pl_buf_puts(b, "{\"text\":");
	pl_buf_json_str(b, d->text + t->b0, t->b1 - t->b0);
	pl_buf_puts(b, ",\"lemma\":");
	pl_buf_json_cstr(b, t->lemma ? t->lemma : t->low);
	pl_buf_puts(b, ",\"span\":");
	span(b, t->c0, t->c1);
}

/* A place: name, country and coordinates; with evidence set, also the
** words in the text, their span and the gazetteer line. */
static void place_obj(pl_buf *b, const pl_outdoc *d, const pl_place *p, int evidence)
{
	pl_buf_puts(b, "{\"name\":");
	pl_buf_json_cstr(b, p->name);
	pl_buf_puts(b, ",\"country\":");
	pl_buf_json_cstr(b, p->country && p->country[0] ? p->country : NULL);
	pl_buf_printf(b, ",\"lat\":%.4f,\"lon\":%.4f", p->lat, p->lon);
	if (evidence) {
		const pl_token *a = &d->tx->tok[p->t0], *z = &d->tx->tok[p->t1 - 1];
		pl_buf_puts(b, ",\"text\":");
		pl_buf_json_str(b, d->text + a->b0, z->b1 - a->b0);
		pl_buf_puts(b, ",\"span\":");
		span(b, a->c0, z->c1);
		if (p->file)
			pl_buf_printf(b, ",\"dict\":\"%s:%u\"", p->file, (unsigned)p->line);
	}
	pl_buf_putc(b, '}');
}

/* {"text":...,"span":[c0,c1]} for tokens [t0, t1) */
static void tokspan(pl_buf *b, const pl_outdoc *d, uint32_t t0, uint32_t t1)
{
	const pl_token *a = &d->tx->tok[t0], *z = &d->tx->tok[t1 - 1];
	pl_buf_puts(b, "{\"text\":");
	pl_buf_json_str(b, d->text + a->b0, z->b1 - a->b0);
	pl_buf_puts(b, ",\"span\":");
	span(b, a->c0, z->c1);
	pl_buf_putc(b, '}');
}

/* {"code":...,"text":...,"span":...} for tokens [t0, t1) with a code */
static void coded_span(pl_buf *b, const pl_outdoc *d, const char *code, uint32_t t0, uint32_t t1)
{
	const pl_token *a = &d->tx->tok[t0], *z = &d->tx->tok[t1 - 1];
	pl_buf_puts(b, "{\"code\":");
	pl_buf_json_cstr(b, code);
	pl_buf_puts(b, ",\"text\":");
	pl_buf_json_str(b, d->text + a->b0, z->b1 - a->b0);
	pl_buf_puts(b, ",\"span\":");
	span(b, a->c0, z->c1);
	pl_buf_putc(b, '}');
}

void pl_write_event(pl_buf *b, const pl_outdoc *d, const pl_event *e,
                    const pl_quote *quotes, size_t nquotes)
{
	const pl_cameo *c = e->cameo;
	const pl_token *v = &d->tx->tok[e->v];
	const pl_sent *s = &d->tx->sent[e->sent];
	char date[11];
	pl_buf_puts(b, "{\"type\":\"event\",\"doc\":");
	pl_buf_json_cstr(b, d->id);
	pl_buf_puts(b, ",\"sent\":");
	pl_buf_uint(b, e->sent);
	pl_buf_puts(b, ",\"date\":");
	if (e->date.y) {
		pl_date_format(e->date, date);
		pl_buf_putc(b, '"');
		pl_buf_puts(b, date);
		pl_buf_putc(b, '"');
	} else {
		pl_buf_puts(b, "null");
	}
	pl_buf_puts(b, e->gran == PL_GRAN_DAY ? ",\"date_precision\":\"day\"" :
	               e->gran == PL_GRAN_WEEK ? ",\"date_precision\":\"week\"" :
	               e->gran == PL_GRAN_MONTH ? ",\"date_precision\":\"month\"" :
	               e->gran == PL_GRAN_YEAR ? ",\"date_precision\":\"year\"" :
	               e->date.y ? ",\"date_precision\":\"article\"" : ",\"date_precision\":null");
	pl_buf_puts(b, ",\"source\":");
	actor(b, d, &e->src);
	pl_buf_puts(b, ",\"target\":");
	actor(b, d, &e->tgt);
	pl_buf_puts(b, ",\"code\":\"");
	pl_buf_puts(b, c->code);
	pl_buf_puts(b, "\",\"root\":\"");
	pl_buf_add(b, c->code, 2);
	pl_buf_puts(b, "\",\"quad\":");
	pl_buf_uint(b, (unsigned long)quad_of(c->code));
	pl_buf_puts(b, ",\"goldstein\":");
	decimal1(b, c->goldstein);
	pl_buf_puts(b, ",\"plover\":");
	if (c->pcat[0]) {
		pl_buf_puts(b, "{\"category\":");
		pl_buf_json_cstr(b, c->pcat);
		pl_buf_puts(b, ",\"mode\":");
		pl_buf_json_cstr(b, c->pmode[0] ? c->pmode : NULL);
		pl_buf_puts(b, ",\"context\":");
		pl_buf_json_cstr(b, c->pctx[0] ? c->pctx : NULL);
		pl_buf_putc(b, '}');
	} else {
		pl_buf_puts(b, "null");
	}
	pl_buf_puts(b, ",\"verb\":");
	word_open(b, d, v);
	pl_buf_puts(b, ",\"dict\":\"");
	pl_buf_puts(b, e->pat->file);
	pl_buf_putc(b, ':');
	pl_buf_uint(b, e->pat->line);
	pl_buf_puts(b, "\"}");
	if (e->nominal)
		pl_buf_puts(b, ",\"nominal\":true");
	pl_buf_puts(b, e->negated ? ",\"negated\":true" : ",\"negated\":false");
	pl_buf_puts(b, e->passive ? ",\"passive\":true" : ",\"passive\":false");
	pl_buf_puts(b, e->future ? ",\"intent\":true,\"location\":" : ",\"intent\":false,\"location\":");
	if (e->has_place) {
		place_obj(b, d, &e->place, 1);
	} else {
		pl_buf_puts(b, "null");
	}
	/* a statement links to the quotations its verb introduces */
	if (c->code[0] == '0' && c->code[1] == '1') {
		size_t i;
		int any = 0;
		for (i = 0; i < nquotes; i++) {
			if (quotes[i].cue != e->v)
				continue;
			pl_buf_puts(b, any ? "," : ",\"quotes\":[");
			pl_buf_printf(b, "\"q%zu\"", i);
			any = 1;
		}
		if (any)
			pl_buf_putc(b, ']');
	}
	/* PETRARCH issues of the sentence (with an issue file loaded) */
	if (e->nissues > 0) {
		int k;
		pl_buf_puts(b, ",\"issues\":[");
		for (k = 0; k < e->nissues; k++) {
			const pl_issue_hit *h = &e->issues[k];
			pl_buf_puts(b, k ? ",{\"code\":" : "{\"code\":");
			pl_buf_json_cstr(b, h->ph->code);
			pl_buf_puts(b, ",\"category\":");
			pl_buf_json_cstr(b, h->ph->name && *h->ph->name ? h->ph->name : NULL);
			pl_buf_puts(b, ",\"phrase\":");
			tokspan(b, d, h->t0, h->t1);
			pl_buf_puts(b, ",\"dict\":\"");
			pl_buf_puts(b, h->ph->file);
			pl_buf_putc(b, ':');
			pl_buf_uint(b, h->ph->line);
			pl_buf_puts(b, "\"}");
		}
		pl_buf_putc(b, ']');
	}
	pl_buf_puts(b, ",\"sentence_span\":");
	span(b, s->c0, s->c1);
	pl_buf_puts(b, "}\n");
}

void pl_write_quote(pl_buf *b, const pl_outdoc *d, const pl_quote *q, size_t id)
{
	pl_buf_puts(b, "{\"type\":\"quote\",\"doc\":");
	pl_buf_json_cstr(b, d->id);
	pl_buf_printf(b, ",\"id\":\"q%zu\",\"sent\":%u,\"direct\":%s,\"partial\":%s,\"speaker\":",
	              id, (unsigned)q->sent, q->direct ? "true" : "false", q->partial ? "true" : "false");
	if (q->sp1 > q->sp0) {
		coded_span(b, d, q->code, q->sp0, q->sp1);
		if (q->pronoun) {
			/* keep the word actually written in the evidence */
			b->n--;
			pl_buf_puts(b, ",\"resolved_from_pronoun\":true}");
		}
	} else {
		pl_buf_puts(b, "null");
	}
	pl_buf_puts(b, ",\"cue\":");
	if (q->cue != PL_NONE) {
		word_open(b, d, &d->tx->tok[q->cue]);
		pl_buf_putc(b, '}');
	} else {
		pl_buf_puts(b, "null");
	}
	pl_buf_puts(b, ",\"content\":");
	if (q->q1 > q->q0)
		tokspan(b, d, q->q0, q->q1);
	else
		pl_buf_puts(b, "null");
	pl_buf_puts(b, "}\n");
}

/* The actor code of the chunk that holds token t, or NULL; a bare role
** takes the country named before it only when `inherit` is set. */
static const char *code_at(const pl_sentan *an, uint32_t t, int inherit)
{
	int q;
	if (t < an->t0 || t >= an->t1)
		return NULL;
	q = an->np_of[t - an->t0];
	if (q < 0)
		return NULL;
	return inherit && an->np[q].agent_only && an->np[q].icode ? an->np[q].icode : an->np[q].code;
}

void pl_write_figure(pl_buf *b, const pl_outdoc *d, const pl_sentan *an, uint32_t sent,
                     const pl_figure *f)
{
	int k, best = -1;
	long bestdist = 0;
	pl_buf_puts(b, "{\"type\":\"figure\",\"doc\":");
	pl_buf_json_cstr(b, d->id);
	pl_buf_printf(b, ",\"sent\":%u,\"count\":%ld,\"low\":%ld,\"high\":%ld,\"what\":\"%s\",\"of\":",
	              (unsigned)sent, f->count, f->low, f->high, f->what ? f->what : "other");
	if (f->g1 > f->g0)
		coded_span(b, d, code_at(an, f->g1 - 1, 0), f->g0, f->g1);
	else
		pl_buf_puts(b, "null");
	pl_buf_puts(b, ",\"qualifier\":");
	pl_buf_json_cstr(b, f->qualifier);
	pl_buf_puts(b, ",\"reported_by\":");
	if (f->r1 > f->r0)
		coded_span(b, d, code_at(an, f->r1 - 1, 1), f->r0, f->r1);
	else
		pl_buf_puts(b, "null");
	/* the place named in the sentence nearest the figure */
	for (k = 0; k < an->nplaces; k++) {
		long dist = (long)an->places[k].t0 - (long)f->t1;
		if (dist < 0)
			dist = -dist + 3;   /* a place after the figure reads better */
		if (best < 0 || dist < bestdist) {
			best = k;
			bestdist = dist;
		}
	}
	pl_buf_puts(b, ",\"location\":");
	if (best >= 0) {
		place_obj(b, d, &an->places[best], 0);
	} else {
		pl_buf_puts(b, "null");
	}
	{
		const pl_token *a = &d->tx->tok[f->t0], *z = &d->tx->tok[f->t1 - 1];
		pl_buf_puts(b, ",\"text\":");
		pl_buf_json_str(b, d->text + a->b0, z->b1 - a->b0);
		pl_buf_puts(b, ",\"span\":");
		span(b, a->c0, z->c1);
	}
	pl_buf_puts(b, "}\n");
}

void pl_write_error(pl_buf *b, const char *id, const char *file, long line, const char *msg)
{
	pl_buf_puts(b, "{\"type\":\"error\",\"doc\":");
	pl_buf_json_cstr(b, id);
	if (file) {
		pl_buf_puts(b, ",\"file\":");
		pl_buf_json_cstr(b, file);
	}
	pl_buf_printf(b, ",\"line\":%ld,\"message\":", line);
	pl_buf_json_cstr(b, msg);
	pl_buf_puts(b, "}\n");
}
