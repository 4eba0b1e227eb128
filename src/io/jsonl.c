/*
** jsonl.c: reading articles from JSON Lines and writing records; see jsonl.h
** and SCHEMA.md for the record format.
*/
#include "jsonl.h"

#include "../code/assess.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

int pl_jsonl_read(const char *buf, size_t n, pl_arena *a, pl_indoc *out,
                  char *err, size_t errlen)
{
	if (pl_jsonl_fast(buf, n, a, out))
		return 0;
	return pl_jsonl_read_full(buf, n, a, out, err, errlen);
}

int pl_jsonl_read_inplace(char *buf, size_t n, pl_arena *a, pl_indoc *out,
                          char *err, size_t errlen)
{
	if (pl_jsonl_fast_inplace(buf, n, a, out))
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
	v = json_object_get(root, "title");
	if (json_is_string(v))
		out->title = pl_arena_strndup(a, json_string_value(v), json_string_length(v));
	v = json_object_get(root, "source");
	if (json_is_string(v))
		out->source = pl_arena_strndup(a, json_string_value(v), json_string_length(v));
	v = json_object_get(root, "url");
	if (json_is_string(v))
		out->url = pl_arena_strndup(a, json_string_value(v), json_string_length(v));
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

/* [c0,c1], made in a local array and appended at once (a span is written
** for every event, quotation, figure and actor) */
static void span(pl_buf *b, unsigned c0, unsigned c1)
{
	char tmp[2 * PL_UINT_DIGITS + 3], *p = tmp + sizeof tmp, *q;
	*--p = ']';
	p = pl_fmt_uint(p, c1);
	*--p = ',';
	p = pl_fmt_uint(p, c0);
	*--p = '[';
	q = tmp + sizeof tmp;
	pl_buf_add(b, p, (size_t)(q - p));
}

/* "file:line" of a dictionary entry (file names need no escaping); nothing
** when there is none */
static void dict_ref(pl_buf *b, const char *file, unsigned line)
{
	if (!file)
		return;
	pl_buf_puts(b, ",\"dict\":\"");
	pl_buf_puts(b, file);
	pl_buf_putc(b, ':');
	pl_buf_uint(b, line);
	pl_buf_putc(b, '"');
}

/* {"text":...,"span":[...]} without the closing brace */
static void text_span(pl_buf *b, const char *text, size_t len, unsigned c0, unsigned c1)
{
	pl_buf_puts(b, "{\"text\":");
	pl_buf_json_str(b, text, len);
	pl_buf_puts(b, ",\"span\":");
	span(b, c0, c1);
}

static void actor(pl_buf *b, const parley_actor *a)
{
	if (!a) {
		pl_buf_puts(b, "null");
		return;
	}
	pl_buf_puts(b, "{\"code\":");
	pl_buf_json_cstr(b, a->code);   /* null: named in the text, not in the dictionaries */
	pl_buf_puts(b, ",\"text\":");
	pl_buf_json_str(b, a->text, a->text_len);
	pl_buf_puts(b, ",\"span\":");
	span(b, a->start, a->end);
	if (a->dict_file)
		dict_ref(b, a->dict_file, a->dict_line);
	if (a->from_pronoun)
		pl_buf_puts(b, ",\"resolved_from_pronoun\":true");   /* text: the name */
	if (a->how) {
		/* how the code was found: the evidence a reader may filter on */
		pl_buf_puts(b, ",\"how\":\"");
		pl_buf_puts(b, a->how);
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

/* {"text":...,"lemma":...,"span":[...] for one word; the caller closes it */
static void word_open(pl_buf *b, const parley_word *w)
{
	pl_buf_puts(b, "{\"text\":");
	pl_buf_json_str(b, w->text, w->text_len);
	pl_buf_puts(b, ",\"lemma\":");
	pl_buf_json_cstr(b, w->lemma);
	pl_buf_puts(b, ",\"span\":");
	span(b, w->start, w->end);
}

/* x with n decimals (3 or 4), as printf's "%.3f" / "%.4f" writes it
** (printf took some 1,700 instructions a confidence, 2,200 a place).  For
** 10^-n <= |x| < 1000 the product |x| * 10^n is within 1e-9 of the exact
** one, so its digits are printf's unless it lies within 1e-4 of a half,
** which printf decides, as it does the rest (NaN, a negative x that rounds
** to "-0.0000"). */
static void put_fixed(pl_buf *b, double x, int n)
{
	unsigned long p = n == 3 ? 1000 : 10000, m;
	double a = x < 0 ? -x : x, r = a * (double)p, f;
	char d[4];
	int i;
	if (!(r >= 1 && a < 1000)) {
		if (x == 0 && !signbit(x)) {
			pl_buf_puts(b, n == 3 ? "0.000" : "0.0000");
			return;
		}
		pl_buf_printf(b, n == 3 ? "%.3f" : "%.4f", x);
		return;
	}
	m = (unsigned long)r;      /* r > 0: its integer part */
	f = r - (double)m;
	if (f > 0.4999 && f < 0.5001) {
		pl_buf_printf(b, n == 3 ? "%.3f" : "%.4f", x);
		return;
	}
	if (f > 0.5)
		m++;
	if (x < 0)
		pl_buf_putc(b, '-');
	pl_buf_uint(b, m / p);
	pl_buf_putc(b, '.');
	for (i = n - 1; i >= 0; i--, m /= 10)
		d[i] = (char)('0' + m % 10);
	pl_buf_add(b, d, (size_t)n);
}

/* A place: name, country and coordinates; with evidence set, also the
** words in the text, their span and the gazetteer line. */
static void place_obj(pl_buf *b, const parley_place *p, int evidence)
{
	if (!p) {
		pl_buf_puts(b, "null");
		return;
	}
	pl_buf_puts(b, "{\"name\":");
	pl_buf_json_cstr(b, p->name);
	pl_buf_puts(b, ",\"country\":");
	pl_buf_json_cstr(b, p->country);
	pl_buf_puts(b, ",\"lat\":");
	put_fixed(b, p->lat, 4);
	pl_buf_puts(b, ",\"lon\":");
	put_fixed(b, p->lon, 4);
	if (evidence) {
		pl_buf_puts(b, ",\"text\":");
		pl_buf_json_str(b, p->text, p->text_len);
		pl_buf_puts(b, ",\"span\":");
		span(b, p->start, p->end);
		dict_ref(b, p->dict_file, p->dict_line);
	}
	pl_buf_putc(b, '}');
}

static void write_event(pl_buf *b, const char *doc, const parley_event *e)
{
	size_t k;
	pl_buf_puts(b, "{\"type\":\"event\",\"doc\":");
	pl_buf_json_cstr(b, doc);
	pl_buf_puts(b, ",\"sent\":");
	pl_buf_uint(b, e->sent);
	pl_buf_puts(b, ",\"date\":");
	pl_buf_json_cstr(b, e->date);
	pl_buf_puts(b, ",\"date_precision\":");
	pl_buf_json_cstr(b, e->date_precision);
	pl_buf_puts(b, ",\"source\":");
	actor(b, e->source);
	pl_buf_puts(b, ",\"target\":");
	actor(b, e->target);
	pl_buf_puts(b, ",\"code\":\"");
	pl_buf_puts(b, e->code);
	pl_buf_puts(b, "\",\"root\":\"");
	pl_buf_puts(b, e->root);
	pl_buf_puts(b, "\",\"quad\":");
	pl_buf_uint(b, (unsigned long)e->quad);
	pl_buf_puts(b, ",\"goldstein\":");
	decimal1(b, e->goldstein);
	pl_buf_puts(b, ",\"plover\":");
	if (e->plover_category) {
		pl_buf_puts(b, "{\"category\":");
		pl_buf_json_cstr(b, e->plover_category);
		pl_buf_puts(b, ",\"mode\":");
		pl_buf_json_cstr(b, e->plover_mode);
		pl_buf_puts(b, ",\"context\":");
		pl_buf_json_cstr(b, e->plover_context);
		pl_buf_putc(b, '}');
	} else {
		pl_buf_puts(b, "null");
	}
	pl_buf_puts(b, ",\"verb\":");
	word_open(b, &e->verb);
	dict_ref(b, e->verb_dict_file, e->verb_dict_line);
	pl_buf_putc(b, '}');
	if (e->nominal)
		pl_buf_puts(b, ",\"nominal\":true");
	pl_buf_puts(b, e->negated ? ",\"negated\":true" : ",\"negated\":false");
	pl_buf_puts(b, e->passive ? ",\"passive\":true" : ",\"passive\":false");
	pl_buf_puts(b, e->intent ? ",\"intent\":true,\"location\":" : ",\"intent\":false,\"location\":");
	place_obj(b, e->location, 1);
	/* the quotations its verb (or verb of saying) introduces */
	for (k = 0; k < e->nquote_ids; k++) {
		pl_buf_puts(b, k ? ",\"q" : ",\"quotes\":[\"q");
		pl_buf_uint(b, e->quote_ids[k]);
		pl_buf_putc(b, '"');
	}
	if (e->nquote_ids)
		pl_buf_putc(b, ']');
	/* PETRARCH issues of the sentence (with an issue file loaded) */
	for (k = 0; k < e->nissues; k++) {
		const parley_issue *h = &e->issues[k];
		pl_buf_puts(b, k ? ",{\"code\":" : ",\"issues\":[{\"code\":");
		pl_buf_json_cstr(b, h->code);
		pl_buf_puts(b, ",\"category\":");
		pl_buf_json_cstr(b, h->category);
		pl_buf_puts(b, ",\"phrase\":");
		text_span(b, h->text, h->text_len, h->start, h->end);
		pl_buf_putc(b, '}');
		dict_ref(b, h->dict_file, h->dict_line);
		pl_buf_putc(b, '}');
	}
	if (e->nissues)
		pl_buf_putc(b, ']');
	/* whether it happened and how far to trust it (src/code/assess.h) */
	if (e->mood) {
		pl_buf_puts(b, ",\"mood\":");
		pl_buf_json_cstr(b, e->mood);
	}
	if (e->background)
		pl_buf_puts(b, ",\"background\":true");
	if (e->confidence >= 0) {
		pl_buf_puts(b, ",\"confidence\":");
		put_fixed(b, e->confidence, 3);
	}
	pl_buf_puts(b, ",\"sentence_span\":");
	span(b, e->sent_start, e->sent_end);
	pl_buf_puts(b, "}\n");
}

static void write_quote(pl_buf *b, const char *doc, const parley_quote *q)
{
	pl_buf_puts(b, "{\"type\":\"quote\",\"doc\":");
	pl_buf_json_cstr(b, doc);
	/* piece by piece, not by printf: quotations are as many as events */
	pl_buf_puts(b, ",\"id\":\"q");
	pl_buf_uint(b, q->id);
	pl_buf_puts(b, "\",\"sent\":");
	pl_buf_uint(b, q->sent);
	pl_buf_puts(b, q->direct ? ",\"direct\":true" : ",\"direct\":false");
	pl_buf_puts(b, q->partial ? ",\"partial\":true,\"speaker\":" : ",\"partial\":false,\"speaker\":");
	actor(b, q->speaker);
	pl_buf_puts(b, ",\"cue\":");
	if (q->cue) {
		word_open(b, q->cue);
		pl_buf_putc(b, '}');
	} else {
		pl_buf_puts(b, "null");
	}
	pl_buf_puts(b, ",\"content\":");
	if (q->content) {
		text_span(b, q->content, q->content_len, q->content_start, q->content_end);
		pl_buf_putc(b, '}');
	} else {
		pl_buf_puts(b, "null");
	}
	pl_buf_puts(b, "}\n");
}

static void write_figure(pl_buf *b, const char *doc, const parley_figure *f)
{
	pl_buf_puts(b, "{\"type\":\"figure\",\"doc\":");
	pl_buf_json_cstr(b, doc);
	pl_buf_printf(b, ",\"sent\":%u,\"count\":%ld,\"low\":%ld,\"high\":%ld,\"what\":\"%s\",\"of\":",
	              f->sent, f->count, f->low, f->high, f->what);
	actor(b, f->of);
	pl_buf_puts(b, ",\"qualifier\":");
	pl_buf_json_cstr(b, f->qualifier);
	pl_buf_puts(b, ",\"reported_by\":");
	actor(b, f->reported_by);
	pl_buf_puts(b, ",\"location\":");
	place_obj(b, f->location, 0);
	pl_buf_puts(b, ",\"text\":");
	pl_buf_json_str(b, f->text, f->text_len);
	pl_buf_puts(b, ",\"span\":");
	span(b, f->start, f->end);
	pl_buf_puts(b, "}\n");
}

void pl_write_record(pl_buf *b, const parley_record *r)
{
	switch (r->type) {
	case PARLEY_REC_EVENT:
		write_event(b, r->doc, r->event);
		break;
	case PARLEY_REC_QUOTE:
		write_quote(b, r->doc, r->quote);
		break;
	case PARLEY_REC_FIGURE:
		write_figure(b, r->doc, r->figure);
		break;
	case PARLEY_REC_ERROR:
		pl_write_error(b, r->doc, r->error->file, r->line, r->error->message);
		break;
	}
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
