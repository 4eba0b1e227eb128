/*
** record.c: filling the record structs of parley.h from the coder's results;
** see record.h.
*/
#include "record.h"

#include <string.h>

#include "../code/assess.h"
#include "../extract/date.h"

static void tokens(const pl_outdoc *d, uint32_t t0, uint32_t t1, const char **text, size_t *len,
                   unsigned *start, unsigned *end)
{
	const pl_token *a = &d->tx->tok[t0], *z = &d->tx->tok[t1 - 1];
	*text = d->text + a->b0;
	*len = z->b1 - a->b0;
	*start = a->c0;
	*end = z->c1;
}

static void word(parley_word *w, const pl_outdoc *d, const pl_token *t)
{
	w->text = d->text + t->b0;
	w->text_len = t->b1 - t->b0;
	w->lemma = t->lemma ? t->lemma : t->low;
	w->start = t->c0;
	w->end = t->c1;
}

/* An event's actor, or NULL when it has none. */
static const parley_actor *actor(parley_actor *out, const pl_outdoc *d, const pl_actorref *r)
{
	if (!r->code && !(r->named && r->t1 > r->t0))
		return NULL;
	memset(out, 0, sizeof *out);
	out->code = r->code;
	tokens(d, r->t0, r->t1, &out->text, &out->text_len, &out->start, &out->end);
	out->dict_file = r->file;
	out->dict_line = r->file ? r->line : 0;
	out->how = pl_actor_how_name(r->how);
	return out;
}

static const parley_actor *coded_span(parley_actor *out, const pl_outdoc *d, const char *code,
                                      uint32_t t0, uint32_t t1)
{
	memset(out, 0, sizeof *out);
	out->code = code;
	tokens(d, t0, t1, &out->text, &out->text_len, &out->start, &out->end);
	return out;
}

static const parley_place *place(parley_place *out, const pl_outdoc *d, const pl_place *p)
{
	out->name = p->name;
	out->country = p->country && p->country[0] ? p->country : NULL;
	out->lat = p->lat;
	out->lon = p->lon;
	tokens(d, p->t0, p->t1, &out->text, &out->text_len, &out->start, &out->end);
	out->dict_file = p->file;
	out->dict_line = p->file ? p->line : 0;
	return out;
}

static const parley_record *record(pl_recbuf *rb, parley_record_type type, const char *id)
{
	parley_record *r = &rb->r;
	memset(r, 0, sizeof *r);
	r->type = type;
	r->doc = id;
	return r;
}

static const char *const roots[21] = {"00", "01", "02", "03", "04", "05", "06", "07", "08", "09",
	"10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"};

const parley_record *pl_rec_event(pl_recbuf *rb, const pl_outdoc *d, const pl_event *e,
                                  const unsigned *quote_ids, size_t nq)
{
	parley_event *ev = &rb->ev;
	const pl_cameo *c = e->cameo;
	const pl_sent *s = &d->tx->sent[e->sent];
	int root = (c->code[0] - '0') * 10 + (c->code[1] - '0'), k;
	parley_record *r = (parley_record *)record(rb, PARLEY_REC_EVENT, d->id);
	memset(ev, 0, sizeof *ev);
	r->event = ev;
	ev->sent = e->sent;
	ev->sent_start = s->c0;
	ev->sent_end = s->c1;
	if (e->date.y) {
		pl_date_format(e->date, rb->date);
		ev->date = rb->date;
	}
	ev->date_precision = e->gran == PL_GRAN_DAY ? "day" : e->gran == PL_GRAN_WEEK ? "week" :
	                     e->gran == PL_GRAN_MONTH ? "month" : e->gran == PL_GRAN_YEAR ? "year" :
	                     e->date.y ? "article" : NULL;
	ev->source = actor(&rb->a1, d, &e->src);
	ev->target = actor(&rb->a2, d, &e->tgt);
	ev->code = c->code;
	ev->root = root >= 0 && root <= 20 ? roots[root] : "00";
	ev->quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
	ev->goldstein = c->goldstein;
	if (c->pcat[0]) {
		ev->plover_category = c->pcat;
		ev->plover_mode = c->pmode[0] ? c->pmode : NULL;
		ev->plover_context = c->pctx[0] ? c->pctx : NULL;
	}
	word(&ev->verb, d, &d->tx->tok[e->v]);
	ev->verb_dict_file = e->pat->file;
	ev->verb_dict_line = e->pat->line;
	ev->nominal = e->nominal != 0;
	ev->negated = e->negated != 0;
	ev->passive = e->passive != 0;
	ev->intent = e->future != 0;
	ev->location = e->has_place ? place(&rb->place, d, &e->place) : NULL;
	for (k = 0; k < e->nissues && k < PL_REC_MAX_ISSUES; k++) {
		const pl_issue_hit *h = &e->issues[k];
		parley_issue *is = &rb->issues[k];
		is->code = h->ph->code;
		is->category = h->ph->name && *h->ph->name ? h->ph->name : NULL;
		tokens(d, h->t0, h->t1, &is->text, &is->text_len, &is->start, &is->end);
		is->dict_file = h->ph->file;
		is->dict_line = h->ph->line;
	}
	ev->issues = k ? rb->issues : NULL;
	ev->nissues = (size_t)k;
	ev->quote_ids = nq ? quote_ids : NULL;
	ev->nquote_ids = nq;
	ev->mood = pl_mood_name(e->mood);
	ev->confidence = e->confidence;
	ev->background = e->background != 0;
	return r;
}

const parley_record *pl_rec_quote(pl_recbuf *rb, const pl_outdoc *d, const pl_quote *q, unsigned id)
{
	parley_quote *pq = &rb->q;
	parley_record *r = (parley_record *)record(rb, PARLEY_REC_QUOTE, d->id);
	memset(pq, 0, sizeof *pq);
	r->quote = pq;
	pq->id = id;
	pq->sent = q->sent;
	pq->direct = q->direct != 0;
	pq->partial = q->partial != 0;
	if (q->sp1 > q->sp0) {
		coded_span(&rb->a1, d, q->code, q->sp0, q->sp1);
		rb->a1.from_pronoun = q->pronoun != 0;
		pq->speaker = &rb->a1;
	}
	if (q->cue != PL_NONE) {
		word(&rb->w, d, &d->tx->tok[q->cue]);
		pq->cue = &rb->w;
	}
	if (q->q1 > q->q0)
		tokens(d, q->q0, q->q1, &pq->content, &pq->content_len, &pq->content_start,
		       &pq->content_end);
	return r;
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

void pl_figure_context(const pl_sentan *an, uint32_t base, const pl_figure *f, pl_figctx *x)
{
	int k, best = -1;
	long bestdist = 0;
	memset(x, 0, sizeof *x);
	if (f->g1 > f->g0)
		x->of_code = code_at(an, f->g1 - 1 - base, 0);
	if (f->r1 > f->r0)
		x->by_code = code_at(an, f->r1 - 1 - base, 1);
	/* the place named in the sentence nearest the figure */
	for (k = 0; k < an->nplaces; k++) {
		long dist = (long)(an->places[k].t0 + base) - (long)f->t1;
		if (dist < 0)
			dist = -dist + 3;   /* a place after the figure reads better */
		if (best < 0 || dist < bestdist) {
			best = k;
			bestdist = dist;
		}
	}
	if (best >= 0) {
		x->place = an->places[best];
		x->place.t0 += base;
		x->place.t1 += base;
		x->has_place = 1;
	}
}

const parley_record *pl_rec_figure(pl_recbuf *rb, const pl_outdoc *d, const pl_figctx *x,
                                   uint32_t sent, const pl_figure *f)
{
	parley_figure *pf = &rb->f;
	parley_record *r = (parley_record *)record(rb, PARLEY_REC_FIGURE, d->id);
	memset(pf, 0, sizeof *pf);
	r->figure = pf;
	pf->sent = sent;
	pf->count = f->count;
	pf->low = f->low;
	pf->high = f->high;
	pf->what = f->what ? f->what : "other";
	pf->qualifier = f->qualifier;
	if (f->g1 > f->g0)
		pf->of = coded_span(&rb->a1, d, x->of_code, f->g0, f->g1);
	if (f->r1 > f->r0)
		pf->reported_by = coded_span(&rb->a2, d, x->by_code, f->r0, f->r1);
	if (x->has_place)
		pf->location = place(&rb->place, d, &x->place);
	tokens(d, f->t0, f->t1, &pf->text, &pf->text_len, &pf->start, &pf->end);
	return r;
}

const parley_record *pl_rec_error(pl_recbuf *rb, const char *id, const char *file, long line,
                                   const char *msg)
{
	parley_record *r = (parley_record *)record(rb, PARLEY_REC_ERROR, id);
	r->line = line;
	rb->err.file = file;
	rb->err.message = msg;
	r->error = &rb->err;
	return r;
}
