/*
** recread.c: a record line (SCHEMA.md) back into parley_record; see
** recread.h.  Absent or null fields read as absent.
*/
#include "recread.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *str(json_t *o, const char *k, size_t *len)
{
	json_t *v = json_object_get(o, k);
	if (!json_is_string(v)) {
		if (len)
			*len = 0;
		return NULL;
	}
	if (len)
		*len = json_string_length(v);
	return json_string_value(v);
}

static long num(json_t *o, const char *k, long dflt)
{
	json_t *v = json_object_get(o, k);
	if (json_is_integer(v))
		return (long)json_integer_value(v);
	if (json_is_real(v))
		return (long)json_real_value(v);
	return dflt;
}

static double real(json_t *o, const char *k, double dflt)
{
	json_t *v = json_object_get(o, k);
	return json_is_number(v) ? json_number_value(v) : dflt;
}

static int flag(json_t *o, const char *k)
{
	return json_is_true(json_object_get(o, k));
}

static void span(json_t *o, const char *k, unsigned *a, unsigned *b)
{
	json_t *v = json_object_get(o, k);
	*a = *b = 0;
	if (json_is_array(v) && json_array_size(v) == 2) {
		*a = (unsigned)json_integer_value(json_array_get(v, 0));
		*b = (unsigned)json_integer_value(json_array_get(v, 1));
	}
}

/* "file:line" into its parts: the file name is copied into rr. */
static void dict(pl_recread *rr, json_t *o, const char **file, unsigned *line)
{
	const char *d = str(o, "dict", NULL), *colon;
	size_t n;
	*file = NULL;
	*line = 0;
	if (!d || rr->ndict >= 24)
		return;
	colon = strrchr(d, ':');
	n = colon ? (size_t)(colon - d) : strlen(d);
	if (n >= sizeof rr->dict[0])
		n = sizeof rr->dict[0] - 1;
	memcpy(rr->dict[rr->ndict], d, n);
	rr->dict[rr->ndict][n] = '\0';
	*file = rr->dict[rr->ndict++];
	if (colon)
		*line = (unsigned)strtoul(colon + 1, NULL, 10);
}

static const parley_actor *actor(pl_recread *rr, json_t *o, parley_actor *a)
{
	if (!json_is_object(o))
		return NULL;
	memset(a, 0, sizeof *a);
	a->code = str(o, "code", NULL);
	a->text = str(o, "text", &a->text_len);
	span(o, "span", &a->start, &a->end);
	dict(rr, o, &a->dict_file, &a->dict_line);
	a->from_pronoun = flag(o, "resolved_from_pronoun");
	a->how = str(o, "how", NULL);
	return a;
}

static const parley_place *place(pl_recread *rr, json_t *o, parley_place *p)
{
	if (!json_is_object(o))
		return NULL;
	memset(p, 0, sizeof *p);
	p->name = str(o, "name", NULL);
	p->country = str(o, "country", NULL);
	p->lat = real(o, "lat", 0);
	p->lon = real(o, "lon", 0);
	p->text = str(o, "text", &p->text_len);
	span(o, "span", &p->start, &p->end);
	dict(rr, o, &p->dict_file, &p->dict_line);
	return p;
}

static void word(json_t *o, parley_word *w)
{
	memset(w, 0, sizeof *w);
	w->text = str(o, "text", &w->text_len);
	w->lemma = str(o, "lemma", NULL);
	span(o, "span", &w->start, &w->end);
}

static void event(pl_recread *rr, json_t *o)
{
	parley_event *e = &rr->ev;
	json_t *v;
	size_t i, n;
	memset(e, 0, sizeof *e);
	e->sent = (unsigned)num(o, "sent", 0);
	span(o, "sentence_span", &e->sent_start, &e->sent_end);
	e->date = str(o, "date", NULL);
	e->date_precision = str(o, "date_precision", NULL);
	e->source = actor(rr, json_object_get(o, "source"), &rr->a1);
	e->target = actor(rr, json_object_get(o, "target"), &rr->a2);
	e->code = str(o, "code", NULL);
	e->root = str(o, "root", NULL);
	e->quad = (int)num(o, "quad", 0);
	e->goldstein = real(o, "goldstein", 0);
	v = json_object_get(o, "plover");
	if (json_is_object(v)) {
		e->plover_category = str(v, "category", NULL);
		e->plover_mode = str(v, "mode", NULL);
		e->plover_context = str(v, "context", NULL);
	}
	v = json_object_get(o, "verb");
	if (json_is_object(v)) {
		word(v, &e->verb);
		dict(rr, v, &e->verb_dict_file, &e->verb_dict_line);
	}
	e->nominal = flag(o, "nominal");
	e->negated = flag(o, "negated");
	e->passive = flag(o, "passive");
	e->intent = flag(o, "intent");
	e->location = place(rr, json_object_get(o, "location"), &rr->place);
	v = json_object_get(o, "quotes");
	n = json_is_array(v) ? json_array_size(v) : 0;
	for (i = 0; i < n && i < 64; i++) {
		const char *q = json_string_value(json_array_get(v, i));
		rr->qids[i] = q && q[0] == 'q' ? (unsigned)strtoul(q + 1, NULL, 10) : 0;
	}
	e->quote_ids = i ? rr->qids : NULL;
	e->nquote_ids = i;
	v = json_object_get(o, "issues");
	n = json_is_array(v) ? json_array_size(v) : 0;
	for (i = 0; i < n && i < PL_REC_MAX_ISSUES; i++) {
		json_t *h = json_array_get(v, i), *ph = json_object_get(h, "phrase");
		parley_issue *is = &rr->issues[i];
		memset(is, 0, sizeof *is);
		is->code = str(h, "code", NULL);
		is->category = str(h, "category", NULL);
		if (json_is_object(ph)) {
			is->text = str(ph, "text", &is->text_len);
			span(ph, "span", &is->start, &is->end);
		}
		dict(rr, h, &is->dict_file, &is->dict_line);
		if (!is->code)
			is->code = "";
	}
	e->issues = i ? rr->issues : NULL;
	e->nissues = i;
	e->mood = str(o, "mood", NULL);
	if (!e->mood)
		e->mood = "asserted";
	e->confidence = real(o, "confidence", -1.0);
	e->background = flag(o, "background");
	rr->r.event = e;
}

static void quote(pl_recread *rr, json_t *o)
{
	parley_quote *q = &rr->q;
	const char *id = str(o, "id", NULL);
	json_t *v;
	memset(q, 0, sizeof *q);
	q->id = id && id[0] == 'q' ? (unsigned)strtoul(id + 1, NULL, 10) : 0;
	q->sent = (unsigned)num(o, "sent", 0);
	q->direct = flag(o, "direct");
	q->partial = flag(o, "partial");
	q->speaker = actor(rr, json_object_get(o, "speaker"), &rr->a1);
	v = json_object_get(o, "cue");
	if (json_is_object(v)) {
		word(v, &rr->w);
		q->cue = &rr->w;
	}
	v = json_object_get(o, "content");
	if (json_is_object(v)) {
		q->content = str(v, "text", &q->content_len);
		span(v, "span", &q->content_start, &q->content_end);
	}
	rr->r.quote = q;
}

static void figure(pl_recread *rr, json_t *o)
{
	parley_figure *f = &rr->f;
	memset(f, 0, sizeof *f);
	f->sent = (unsigned)num(o, "sent", 0);
	f->count = num(o, "count", 0);
	f->low = num(o, "low", f->count);
	f->high = num(o, "high", f->count);
	f->what = str(o, "what", NULL);
	f->qualifier = str(o, "qualifier", NULL);
	f->of = actor(rr, json_object_get(o, "of"), &rr->a1);
	f->reported_by = actor(rr, json_object_get(o, "reported_by"), &rr->a2);
	f->location = place(rr, json_object_get(o, "location"), &rr->place);
	f->text = str(o, "text", &f->text_len);
	span(o, "span", &f->start, &f->end);
	rr->r.figure = f;
}

int pl_recread_line(pl_recread *rr, const char *buf, size_t n, char *err, size_t errlen)
{
	json_error_t je;
	json_t *o;
	const char *type;
	pl_recread_free(rr);
	memset(&rr->r, 0, sizeof rr->r);
	rr->ndict = 0;
	o = json_loadb(buf, n, 0, &je);
	if (!o) {
		snprintf(err, errlen, "invalid JSON at byte %d: %s", je.position, je.text);
		return -1;
	}
	rr->json = o;
	if (!json_is_object(o)) {
		snprintf(err, errlen, "expected a JSON object");
		return -1;
	}
	type = str(o, "type", NULL);
	rr->r.doc = str(o, "doc", NULL);
	if (!rr->r.doc && json_is_integer(json_object_get(o, "doc"))) {
		snprintf(err, errlen, "\"doc\" is a number, not a string");
		return -1;
	}
	if (!type) {
		snprintf(err, errlen, "no \"type\" field");
		return -1;
	}
	if (!strcmp(type, "event")) {
		rr->r.type = PARLEY_REC_EVENT;
		event(rr, o);
		if (!rr->ev.code || strlen(rr->ev.code) < 2 || !rr->ev.root) {
			snprintf(err, errlen, "event without a CAMEO \"code\" and \"root\"");
			return -1;
		}
	} else if (!strcmp(type, "quote")) {
		rr->r.type = PARLEY_REC_QUOTE;
		quote(rr, o);
	} else if (!strcmp(type, "figure")) {
		rr->r.type = PARLEY_REC_FIGURE;
		figure(rr, o);
		if (!rr->f.what) {
			snprintf(err, errlen, "figure without \"what\"");
			return -1;
		}
	} else if (!strcmp(type, "error")) {
		rr->r.type = PARLEY_REC_ERROR;
		rr->r.line = num(o, "line", 0);
		rr->err.file = str(o, "file", NULL);
		rr->err.message = str(o, "message", NULL);
		rr->r.error = &rr->err;
	} else {
		snprintf(err, errlen, "unknown record type \"%s\"", type);
		return -1;
	}
	return 0;
}

void pl_recread_free(pl_recread *rr)
{
	if (rr->json)
		json_decref((json_t *)rr->json);
	rr->json = NULL;
}
