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
	pl_buf_printf(b, "[%u,%u]", (unsigned)c0, (unsigned)c1);
}

static void actor(pl_buf *b, const pl_outdoc *d, const pl_actorref *r)
{
	const pl_token *t0, *t1;
	if (!r->code) {
		pl_buf_puts(b, "null");
		return;
	}
	t0 = &d->tx->tok[r->t0];
	t1 = &d->tx->tok[r->t1 - 1];
	pl_buf_puts(b, "{\"code\":");
	pl_buf_json_cstr(b, r->code);
	pl_buf_puts(b, ",\"text\":");
	pl_buf_json_str(b, d->text + t0->b0, t1->b1 - t0->b0);
	pl_buf_puts(b, ",\"span\":");
	span(b, t0->c0, t1->c1);
	if (r->file) {
		pl_buf_puts(b, ",\"dict\":");
		pl_buf_printf(b, "\"%s:%u\"", r->file, (unsigned)r->line);
	}
	pl_buf_putc(b, '}');
}

static int quad_of(const char *code)
{
	int root = (code[0] - '0') * 10 + (code[1] - '0');
	return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}

void pl_write_event(pl_buf *b, const pl_outdoc *d, const pl_event *e)
{
	const pl_cameo *c = e->cameo;
	const pl_token *v = &d->tx->tok[e->v];
	const pl_sent *s = &d->tx->sent[e->sent];
	char date[11];
	pl_buf_puts(b, "{\"type\":\"event\",\"doc\":");
	pl_buf_json_cstr(b, d->id);
	pl_buf_printf(b, ",\"sent\":%u,\"date\":", (unsigned)e->sent);
	if (e->date.y) {
		pl_date_format(e->date, date);
		pl_buf_printf(b, "\"%s\"", date);
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
	pl_buf_printf(b, ",\"code\":\"%s\",\"root\":\"%.2s\",\"quad\":%d,\"goldstein\":%.1f",
	              c->code, c->code, quad_of(c->code), c->goldstein);
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
	pl_buf_puts(b, ",\"verb\":{\"text\":");
	pl_buf_json_str(b, d->text + v->b0, v->b1 - v->b0);
	pl_buf_puts(b, ",\"lemma\":");
	pl_buf_json_cstr(b, v->lemma ? v->lemma : v->low);
	pl_buf_puts(b, ",\"span\":");
	span(b, v->c0, v->c1);
	pl_buf_printf(b, ",\"dict\":\"%s:%u\"}", e->pat->file, (unsigned)e->pat->line);
	pl_buf_printf(b, ",\"negated\":%s,\"passive\":%s,\"intent\":%s,\"location\":",
	              e->negated ? "true" : "false", e->passive ? "true" : "false",
	              e->future ? "true" : "false");
	if (e->has_place) {
		const pl_place *p = &e->place;
		const pl_token *a = &d->tx->tok[p->t0], *z = &d->tx->tok[p->t1 - 1];
		pl_buf_puts(b, "{\"name\":");
		pl_buf_json_cstr(b, p->name);
		pl_buf_puts(b, ",\"country\":");
		pl_buf_json_cstr(b, p->country && p->country[0] ? p->country : NULL);
		pl_buf_printf(b, ",\"lat\":%.4f,\"lon\":%.4f,\"text\":", p->lat, p->lon);
		pl_buf_json_str(b, d->text + a->b0, z->b1 - a->b0);
		pl_buf_puts(b, ",\"span\":");
		span(b, a->c0, z->c1);
		if (p->file)
			pl_buf_printf(b, ",\"dict\":\"%s:%u\"", p->file, (unsigned)p->line);
		pl_buf_putc(b, '}');
	} else {
		pl_buf_puts(b, "null");
	}
	pl_buf_puts(b, ",\"sentence_span\":");
	span(b, s->c0, s->c1);
	pl_buf_puts(b, "}\n");
}

void pl_write_error(pl_buf *b, const char *id, long line, const char *msg)
{
	pl_buf_puts(b, "{\"type\":\"error\",\"doc\":");
	pl_buf_json_cstr(b, id);
	pl_buf_printf(b, ",\"line\":%ld,\"message\":", line);
	pl_buf_json_cstr(b, msg);
	pl_buf_puts(b, "}\n");
}
