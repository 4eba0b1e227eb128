/* test_records.c: the record model of parley.h (parley_code_records and its
** JSON Lines writer) over the real dictionaries. */
#include "thcoder.h"

#include <glob.h>

#include "parley.h"
#include "base/buf.h"
#include "io/jsonl.h"
#include "io/recread.h"

typedef struct seen {
	int n[5];
	int stop_after;
	int total;
	char source[64], url[64], title[64];
	long line;
	char first_code[8], src_text[64];
	unsigned src_start, src_end;
	const char *text;
	int quote_links_ok;
	unsigned nquote_links;
	const char *mood;
	double confidence;
} seen;

static int collect(void *ud, const parley_record *r)
{
	seen *s = ud;
	s->n[r->type]++;
	s->total++;
	s->line = r->line;
	if (r->article) {
		snprintf(s->source, sizeof s->source, "%s", r->article->source ? r->article->source : "-");
		snprintf(s->url, sizeof s->url, "%s", r->article->url ? r->article->url : "-");
		snprintf(s->title, sizeof s->title, "%s", r->article->title ? r->article->title : "-");
	}
	if (r->type == PARLEY_REC_EVENT && !s->first_code[0]) {
		const parley_event *e = r->event;
		snprintf(s->first_code, sizeof s->first_code, "%s", e->code);
		s->mood = e->mood;
		s->confidence = e->confidence;
		if (e->source) {
			snprintf(s->src_text, sizeof s->src_text, "%.*s", (int)e->source->text_len, e->source->text);
			s->src_start = e->source->start;
			s->src_end = e->source->end;
		}
	}
	if (r->type == PARLEY_REC_EVENT && r->event->nquote_ids)
		s->nquote_links += (unsigned)r->event->nquote_ids;
	/* exactly the pointer of the type is set */
	if ((r->event != NULL) + (r->quote != NULL) + (r->figure != NULL) + (r->error != NULL) != 1 ||
	    (r->type == PARLEY_REC_EVENT && !r->event) || (r->type == PARLEY_REC_QUOTE && !r->quote) ||
	    (r->type == PARLEY_REC_FIGURE && !r->figure) || (r->type == PARLEY_REC_ERROR && !r->error))
		s->quote_links_ok = -1;
	return s->stop_after && s->total >= s->stop_after;
}

static int count_lines(const char *p, size_t n, const char *type)
{
	int k = 0;
	const char *end = p + n, *q = p;
	char pat[40];
	snprintf(pat, sizeof pat, "{\"type\":\"%s\"", type);
	while (q < end) {
		const char *nl = memchr(q, '\n', (size_t)(end - q));
		if (!nl)
			break;
		if (!strncmp(q, pat, strlen(pat)))
			k++;
		q = nl + 1;
	}
	return k;
}

static const char LINE[] =
	"{\"id\":\"r1\",\"date\":\"2024-05-06\",\"source\":\"Example News\",\"url\":\"https://example.org/r1\","
	"\"title\":\"Talks\",\"text\":\"The United States urged Israel to agree to a ceasefire. "
	"\\\"We will not back down,\\\" the Ukrainian president said. "
	"At least 12 people were killed in Gaza on Monday, the Health Ministry said.\"}";

TEST(records_match_the_json_writer)
{
	seen s;
	size_t len = 0;
	const char *out;
	if (th_coder_open() < 0) {
		CHECK(0);
		return;
	}
	memset(&s, 0, sizeof s);
	CHECK_INT(parley_code_jsonl_records(th_coder, LINE, strlen(LINE), 7, collect, &s), PARLEY_OK);
	CHECK(s.quote_links_ok == 0);
	CHECK_INT(s.line, 7);
	CHECK_STR(s.source, "Example News");
	CHECK_STR(s.url, "https://example.org/r1");
	CHECK_STR(s.title, "Talks");
	CHECK(s.n[PARLEY_REC_EVENT] >= 1);
	CHECK(s.n[PARLEY_REC_QUOTE] >= 1);
	CHECK(s.n[PARLEY_REC_FIGURE] >= 1);
	CHECK(!strncmp(s.first_code, "02", 2));
	CHECK_STR(s.src_text, "The United States");
	CHECK_INT(s.src_start, 0);
	CHECK_INT(s.src_end, 17);
	CHECK_STR(s.mood, "asserted");
	CHECK(s.confidence >= 0 && s.confidence <= 1);
	out = parley_code_jsonl(th_coder, LINE, strlen(LINE), 7, &len);
	CHECK(out != NULL);
	CHECK_INT(count_lines(out, len, "event"), s.n[PARLEY_REC_EVENT]);
	CHECK_INT(count_lines(out, len, "quote"), s.n[PARLEY_REC_QUOTE]);
	CHECK_INT(count_lines(out, len, "figure"), s.n[PARLEY_REC_FIGURE]);
	/* the coder sets both on every event: both are written */
	{
		int moods = 0;
		const char *m = out;
		while ((m = strstr(m, "\"mood\":\"asserted\"")) != NULL && m < out + len) {
			moods++;
			m++;
		}
		CHECK_INT(moods, s.n[PARLEY_REC_EVENT]);
	}
	CHECK(strstr(out, "\"confidence\":") != NULL);
}

TEST(a_callback_can_stop)
{
	seen s;
	if (th_coder_open() < 0) {
		CHECK(0);
		return;
	}
	memset(&s, 0, sizeof s);
	s.stop_after = 1;
	CHECK_INT(parley_code_jsonl_records(th_coder, LINE, strlen(LINE), 1, collect, &s), PARLEY_STOPPED);
	CHECK_INT(s.total, 1);
}

TEST(bad_input_is_one_error_record)
{
	seen s;
	parley_doc d;
	if (th_coder_open() < 0) {
		CHECK(0);
		return;
	}
	memset(&s, 0, sizeof s);
	CHECK_INT(parley_code_jsonl_records(th_coder, "{\"id\":\"x\"}", 10, 3, collect, &s), PARLEY_OK);
	CHECK_INT(s.total, 1);
	CHECK_INT(s.n[PARLEY_REC_ERROR], 1);
	memset(&s, 0, sizeof s);
	memset(&d, 0, sizeof d);
	d.id = "bad";
	d.text = "caf\xff";
	d.text_len = 4;
	CHECK_INT(parley_code_records(th_coder, &d, 0, collect, &s), PARLEY_OK);
	CHECK_INT(s.total, 1);
	CHECK_INT(s.n[PARLEY_REC_ERROR], 1);
}

/* A statement lists the quotations its verb introduces, however many
** quotations the article holds before it (found by binary search). */
TEST(statements_link_their_quotations)
{
	seen s;
	parley_doc d;
	char text[8192];
	size_t n = 0;
	int k;
	if (th_coder_open() < 0) {
		CHECK(0);
		return;
	}
	for (k = 0; k < 20; k++)
		n += (size_t)snprintf(text + n, sizeof text - n, "\"Talks number %d are over,\" a witness said. ", k);
	n += (size_t)snprintf(text + n, sizeof text - n,
	                      "\"We will talk to Iran,\" Secretary of State Antony Blinken told Israel.");
	memset(&d, 0, sizeof d);
	d.id = "many";
	d.date = "2024-05-06";
	d.text = text;
	d.text_len = n;
	memset(&s, 0, sizeof s);
	CHECK_INT(parley_code_records(th_coder, &d, 0, collect, &s), PARLEY_OK);
	CHECK(s.n[PARLEY_REC_QUOTE] >= 21);
	CHECK(s.nquote_links >= 1);
}

/* Records of an article made of one paragraph repeated: each record's place
** in the text, its codes and the quotations a statement links to. */
typedef struct rep_rec {
	int type;
	unsigned sent, start, link;   /* link: the first quote_id, or ~0u */
	char code[24];
} rep_rec;

typedef struct rep_seen {
	rep_rec *r;
	size_t n, cap;
	int inside;     /* every event's verb and actors lie in its sentence */
} rep_seen;

static int rep_collect(void *ud, const parley_record *r)
{
	rep_seen *s = ud;
	rep_rec *x;
	if (s->n == s->cap) {
		rep_rec *p = realloc(s->r, (s->cap = s->cap ? 2 * s->cap : 1024) * sizeof *p);
		if (!p)
			return 1;
		s->r = p;
	}
	x = &s->r[s->n++];
	memset(x, 0, sizeof *x);
	x->type = r->type;
	x->link = ~0u;
	if (r->type == PARLEY_REC_EVENT) {
		const parley_event *e = r->event;
		x->sent = e->sent;
		x->start = e->verb.start;
		snprintf(x->code, sizeof x->code, "%s %s %s", e->code, e->source ? e->source->code : "-",
		         e->target ? e->target->code : "-");
		if (e->nquote_ids)
			x->link = e->quote_ids[0];
		if (e->verb.start < e->sent_start || e->verb.end > e->sent_end ||
		    (e->source && (e->source->start < e->sent_start || e->source->end > e->sent_end)))
			s->inside = 0;
	} else if (r->type == PARLEY_REC_QUOTE) {
		x->sent = r->quote->sent;
		x->start = r->quote->cue ? r->quote->cue->start : r->quote->content_start;
		snprintf(x->code, sizeof x->code, "%s", r->quote->speaker && r->quote->speaker->code ?
		         r->quote->speaker->code : "-");
	} else if (r->type == PARLEY_REC_FIGURE) {
		x->sent = r->figure->sent;
		x->start = r->figure->start;
		snprintf(x->code, sizeof x->code, "%ld %s", r->figure->count,
		         r->figure->location ? r->figure->location->name : "-");
	}
	return 0;
}

/* An article longer than a window of sentences (parley.c codes ~10,000 at a
** time) gives each repeat of a paragraph the records of the first, at the
** repeat's place: spans, sentence numbers and quotation numbers count over
** the whole article, and statements link to their own quotations. */
TEST(long_articles_keep_their_places)
{
	static const char para[] =
		"Iraqi Foreign Minister Tariq Aziz met Egypt's president in Cairo on Monday. "
		"\"We will not accept this,\" Aziz said. "
		"Police arrested at least 12 protesters in Baghdad, the ministry said. "
		"Egypt accused Israel of violating the border agreement.\n\n";
	const size_t plen = sizeof para - 1, reps = 3000;   /* 12,000 sentences */
	char *text = malloc(plen * reps + 1);
	rep_seen s;
	parley_doc d;
	size_t i, k, per[5] = {0, 0, 0, 0, 0}, first[5] = {0, 0, 0, 0, 0};
	if (!text || th_coder_open() < 0) {
		free(text);
		CHECK(0);
		return;
	}
	for (i = 0; i < reps; i++)
		memcpy(text + i * plen, para, plen);
	text[plen * reps] = '\0';
	memset(&d, 0, sizeof d);
	d.id = "long";
	d.date = "2024-05-06";
	d.text = text;
	d.text_len = plen * reps;
	memset(&s, 0, sizeof s);
	s.inside = 1;
	CHECK_INT(parley_code_records(th_coder, &d, 0, rep_collect, &s), PARLEY_OK);
	CHECK(s.inside);
	/* the records of each kind: those of the first paragraph, repeated */
	for (i = 0; i < s.n; i++)
		per[s.r[i].type]++;
	for (k = 1; k < 4; k++) {
		CHECK(per[k] > 0 && per[k] % reps == 0);
		if (k > 1)
			first[k] = first[k - 1] + per[k - 1];
	}
	for (k = 1; k < 4 && per[k] % reps == 0; k++) {
		size_t m = per[k] / reps, bad = 0;
		for (i = 0; i < per[k]; i++) {
			const rep_rec *a = &s.r[first[k] + i], *b = &s.r[first[k] + i % m];
			size_t p = i / m;
			if (a->sent != b->sent + 4 * p || a->start != b->start + plen * p ||
			    strcmp(a->code, b->code) ||
			    (a->link != ~0u) != (b->link != ~0u) ||
			    (a->link != ~0u && a->link != b->link + (per[2] / reps) * p))
				bad++;
		}
		CHECK_INT((int)bad, 0);
	}
	free(s.r);
	free(text);
}

/* Every record of the golden outputs, read back into the model and written
** again, is the same line: the model holds all that the JSON says. */
TEST(golden_records_round_trip)
{
	glob_t g;
	size_t i;
	int lines = 0, same = 0;
	pl_recread rr;
	pl_buf b = {0};
	char err[256];
	memset(&rr, 0, sizeof rr);
	if (glob("tests/golden/*.out", 0, NULL, &g) != 0) {
		CHECK(0);
		return;
	}
	for (i = 0; i < g.gl_pathc; i++) {
		FILE *f = fopen(g.gl_pathv[i], "rb");
		char *line = NULL;
		size_t cap = 0;
		ssize_t n;
		while (f && (n = getline(&line, &cap, f)) > 0) {
			if (strncmp(line, "{\"type\":", 8) != 0)
				continue;
			lines++;
			if (pl_recread_line(&rr, line, (size_t)n - 1, err, sizeof err) < 0) {
				fprintf(stderr, "  %s: %s\n", g.gl_pathv[i], err);
				continue;
			}
			pl_buf_reset(&b);
			pl_write_record(&b, &rr.r);
			if (b.n == (size_t)n && !memcmp(b.p, line, (size_t)n))
				same++;
			else if (lines - same < 3)
				fprintf(stderr, "  differs:\n  %.*s  %.*s", (int)n, line, (int)b.n, b.p);
		}
		free(line);
		if (f)
			fclose(f);
	}
	globfree(&g);
	pl_recread_free(&rr);
	pl_buf_free(&b);
	CHECK(lines > 50);
	CHECK_INT(same, lines);
}

static th_test TESTS[] = {
	T(records_match_the_json_writer), T(a_callback_can_stop), T(bad_input_is_one_error_record),
	T(statements_link_their_quotations), T(long_articles_keep_their_places),
	T(golden_records_round_trip),
};

TEST_MAIN()
