/*
** db.c: the database endpoints of `parley serve --db`, over the store of
** parley.h (parley_db_export, parley_db_aggregate).  One parley_db is
** shared by the workers behind a mutex.  Exports in CSV, TSV and JSON
** Lines stream: a thread writes them into a pipe that the answer reads, so
** no export is held in memory.  /articles/ID reads the article's rows
** directly, as the store has no call for one article yet.
*/
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "db.h"
#include "../db/db.h"

struct serve_db {
	parley_db *db;
	pthread_mutex_t lock;
	atomic_int exporting;   /* export threads not yet done with this */
};

serve_db *serve_db_open(const char *path, char **errmsg)
{
	serve_db *s = calloc(1, sizeof *s);
	if (!s) {
		*errmsg = strdup("out of memory");
		return NULL;
	}
	/* not read-only: the store rebuilds its events table on demand when
	** articles were loaded after the last dedup */
	s->db = parley_db_open(path, PARLEY_DB_EXISTING, errmsg);
	if (!s->db) {
		free(s);
		return NULL;
	}
	pthread_mutex_init(&s->lock, NULL);
	return s;
}

int serve_db_close(serve_db *s)
{
	struct timespec nap = { 0, 10 * 1000 * 1000 };
	int waited = 0;
	if (!s)
		return 0;
	/* an export still running stops at its next write: the server has
	** closed the pipes it wrote to */
	while (atomic_load(&s->exporting) > 0 && waited++ < 3000)
		nanosleep(&nap, NULL);
	if (atomic_load(&s->exporting) > 0)
		return -1;
	parley_db_close(s->db);
	pthread_mutex_destroy(&s->lock);
	free(s);
	return 0;
}

/* ---- query parameters ---- */

static int is_code(const char *c, size_t n)
{
	size_t i;
	if (n > 32)
		return 0;
	for (i = 0; i < n; i++)
		if (!((c[i] >= 'A' && c[i] <= 'Z') || (c[i] >= '0' && c[i] <= '9')))
			return 0;
	return 1;
}

/* The filters of /events and /aggregate; 0, or -1 with a 400 in r. */
typedef struct filters {
	parley_query q;
	char src[33], tgt[33];
	char dyad[70];
} filters;

static int read_filters(serve_arg_fn arg, void *ud, filters *f, serve_reply *r)
{
	const char *from = arg(ud, "from"), *to = arg(ud, "to"), *dyad = arg(ud, "dyad");
	const char *root = arg(ud, "root"), *dedup = arg(ud, "dedup");
	char msg[200];
	memset(f, 0, sizeof *f);
	if (from && *from) {
		if (!serve_is_date(from)) {
			snprintf(msg, sizeof msg, "from: want YYYY-MM-DD, not \"%.40s\"", from);
			serve_reply_error(r, 400, msg);
			return -1;
		}
		f->q.from = from;
	}
	if (to && *to) {
		if (!serve_is_date(to)) {
			snprintf(msg, sizeof msg, "to: want YYYY-MM-DD, not \"%.40s\"", to);
			serve_reply_error(r, 400, msg);
			return -1;
		}
		f->q.to = to;
	}
	if (root && *root) {
		if (strlen(root) != 2 || root[0] < '0' || root[0] > '2' || root[1] < '0' || root[1] > '9') {
			snprintf(msg, sizeof msg, "root: want a CAMEO root 01-20, not \"%.40s\"", root);
			serve_reply_error(r, 400, msg);
			return -1;
		}
		f->q.root = root;
	}
	if (dyad && *dyad) {
		/* SRC-TGT or SRC,TGT: actor code prefixes, either may be empty */
		const char *sep = strpbrk(dyad, "-,");
		size_t ns = sep ? (size_t)(sep - dyad) : 0, nt = sep ? strlen(sep + 1) : 0;
		if (!sep || !is_code(dyad, ns) || !is_code(sep + 1, nt) || ns + nt == 0) {
			snprintf(msg, sizeof msg, "dyad: want SOURCE-TARGET actor code prefixes (USA-ISR, RUS-), not \"%.40s\"", dyad);
			serve_reply_error(r, 400, msg);
			return -1;
		}
		memcpy(f->src, dyad, ns);
		memcpy(f->tgt, sep + 1, nt);
		f->q.src = ns ? f->src : NULL;
		f->q.tgt = nt ? f->tgt : NULL;
		snprintf(f->dyad, sizeof f->dyad, "%s-%s", f->src, f->tgt);
	}
	if (dedup && *dedup) {
		if (strcmp(dedup, "event") && strcmp(dedup, "day") && strcmp(dedup, "article") && strcmp(dedup, "none")) {
			serve_reply_error(r, 400, "dedup: want event, day, article or none");
			return -1;
		}
		f->q.dedup = dedup;
	}
	return 0;
}

/* ---- writers ---- */

static int to_buf(void *ud, const char *p, size_t n)
{
	pl_buf *b = ud;
	pl_buf_add(b, p, n);
	return b->oom ? -1 : 0;
}

/* JSON Lines rows into a JSON array, at most `limit` of them. */
typedef struct rows_json {
	pl_buf *out;
	long n, limit;
	int more;
	pl_buf line;     /* a row cut between two writes */
} rows_json;

static int rows_to_json(void *ud, const char *p, size_t n)
{
	rows_json *j = ud;
	const char *end = p + n;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl) {
			pl_buf_add(&j->line, p, (size_t)(end - p));
			break;
		}
		pl_buf_add(&j->line, p, (size_t)(nl - p));
		p = nl + 1;
		if (j->n >= j->limit) {
			j->more = 1;
			return 1;   /* stop: the answer says there are more */
		}
		if (j->n++)
			pl_buf_putc(j->out, ',');
		pl_buf_add(j->out, j->line.p, j->line.n);
		pl_buf_reset(&j->line);
	}
	return j->out->oom || j->line.oom ? -1 : 0;
}

static void db_fail(serve_db *s, serve_reply *r, parley_rc rc)
{
	char msg[1100];
	snprintf(msg, sizeof msg, "%s", parley_db_errmsg(s->db));
	serve_reply_error(r, rc == PARLEY_ERR_INPUT ? 400 : 500, msg);
}

/* An export streamed through a pipe by a thread of its own. */
typedef struct export_job {
	serve_db *s;
	parley_query q;
	char from[16], to[16], src[40], tgt[40], root[4], dedup[16];
	int fd;                  /* the pipe's write end */
	pthread_mutex_t m;
	pthread_cond_t cv;
	int started, done, refs;
	parley_rc rc;
	char err[1100];
} export_job;

static void job_release(export_job *j)
{
	int last;
	pthread_mutex_lock(&j->m);
	last = --j->refs == 0;
	pthread_mutex_unlock(&j->m);
	if (last) {
		pthread_mutex_destroy(&j->m);
		pthread_cond_destroy(&j->cv);
		free(j);
	}
}

static int to_pipe(void *ud, const char *p, size_t n)
{
	export_job *j = ud;
	if (!j->started) {
		pthread_mutex_lock(&j->m);
		j->started = 1;
		pthread_cond_signal(&j->cv);
		pthread_mutex_unlock(&j->m);
	}
	while (n) {
		ssize_t k = write(j->fd, p, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return -1;   /* the client is gone: stop */
		p += k;
		n -= (size_t)k;
	}
	return 0;
}

static void *export_run(void *arg)
{
	export_job *j = arg;
	serve_db *s = j->s;
	parley_rc rc;
	pthread_mutex_lock(&s->lock);
	rc = parley_db_export(s->db, &j->q, to_pipe, j);
	if (rc != PARLEY_OK)
		snprintf(j->err, sizeof j->err, "%s", parley_db_errmsg(s->db));
	pthread_mutex_unlock(&s->lock);
	close(j->fd);
	pthread_mutex_lock(&j->m);
	j->rc = rc;
	j->done = 1;
	pthread_cond_signal(&j->cv);
	pthread_mutex_unlock(&j->m);
	job_release(j);
	atomic_fetch_sub(&s->exporting, 1);
	return NULL;
}

/* Starts the export of f in format; once its first bytes are written (or
** it ended without any), answers with the pipe, or with the error. */
static void export_stream(serve_db *s, const filters *f, const char *format, serve_reply *r)
{
	export_job *j = calloc(1, sizeof *j);
	pthread_t th;
	pthread_attr_t at;
	int fds[2], started, done;
	parley_rc rc;
	if (!j || pipe(fds) != 0) {
		free(j);
		serve_reply_error(r, 500, j ? "cannot make a pipe" : "out of memory");
		return;
	}
	j->s = s;
	j->q = f->q;
	j->q.format = format;
#define KEEP(field) do { if (f->q.field) { snprintf(j->field, sizeof j->field, "%s", f->q.field); j->q.field = j->field; } } while (0)
	KEEP(from); KEEP(to); KEEP(root); KEEP(dedup);
#undef KEEP
	if (f->q.src) {
		snprintf(j->src, sizeof j->src, "%s", f->q.src);
		j->q.src = j->src;
	}
	if (f->q.tgt) {
		snprintf(j->tgt, sizeof j->tgt, "%s", f->q.tgt);
		j->q.tgt = j->tgt;
	}
	j->fd = fds[1];
	j->refs = 2;
	pthread_mutex_init(&j->m, NULL);
	pthread_cond_init(&j->cv, NULL);
	atomic_fetch_add(&s->exporting, 1);
	pthread_attr_init(&at);
	pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
	if (pthread_create(&th, &at, export_run, j) != 0) {
		pthread_attr_destroy(&at);
		atomic_fetch_sub(&s->exporting, 1);
		close(fds[0]);
		close(fds[1]);
		pthread_mutex_destroy(&j->m);
		pthread_cond_destroy(&j->cv);
		free(j);
		serve_reply_error(r, 500, "cannot start a thread for the export");
		return;
	}
	pthread_attr_destroy(&at);
	pthread_mutex_lock(&j->m);
	while (!j->started && !j->done)
		pthread_cond_wait(&j->cv, &j->m);
	started = j->started;
	done = j->done;
	rc = j->rc;
	pthread_mutex_unlock(&j->m);
	if (!started && done && rc != PARLEY_OK) {
		close(fds[0]);
		serve_reply_error(r, rc == PARLEY_ERR_INPUT ? 400 : 500, j->err);
	} else {
		r->stream_fd = fds[0];   /* closed by the server with the answer */
		r->status = 200;
	}
	job_release(j);
}

static void route_events(serve_db *s, serve_arg_fn arg, void *ud, serve_reply *r)
{
	const char *format = arg(ud, "format"), *limit = arg(ud, "limit");
	filters f;
	parley_rc rc;
	if (read_filters(arg, ud, &f, r) < 0)
		return;
	if (!format || !*format || !strcmp(format, "json")) {
		rows_json j;
		memset(&j, 0, sizeof j);
		j.out = &r->body;
		j.limit = 1000;
		if (limit && *limit) {
			char *e;
			j.limit = strtol(limit, &e, 10);
			if (*e || j.limit < 1 || j.limit > 1000000) {
				serve_reply_error(r, 400, "limit: want a number from 1 to 1000000");
				return;
			}
		}
		pl_buf_puts(&r->body, "{\"events\":[");
		f.q.format = "jsonl";
		pthread_mutex_lock(&s->lock);
		rc = parley_db_export(s->db, &f.q, rows_to_json, &j);
		if (rc != PARLEY_OK && !j.more)
			db_fail(s, r, rc);
		pthread_mutex_unlock(&s->lock);
		pl_buf_free(&j.line);
		if (rc != PARLEY_OK && !j.more)
			return;
		pl_buf_printf(&r->body, "],\"count\":%ld,\"more\":%s}\n", j.n, j.more ? "true" : "false");
		r->status = 200;
		r->content_type = "application/json";
		return;
	}
	if (!strcmp(format, "csv")) {
		f.q.format = "csv";
		r->content_type = "text/csv; charset=utf-8";
		r->disposition = "attachment; filename=\"events.csv\"";
	} else if (!strcmp(format, "tsv") || !strcmp(format, "phoenix")) {
		f.q.format = "phoenix";
		r->content_type = "text/tab-separated-values; charset=utf-8";
		r->disposition = "attachment; filename=\"events-phoenix.tsv\"";
	} else if (!strcmp(format, "jsonl")) {
		f.q.format = "jsonl";
		r->content_type = "application/x-ndjson";
	} else {
		serve_reply_error(r, 400, "format: want json, csv, tsv (Phoenix) or jsonl");
		return;
	}
	export_stream(s, &f, f.q.format, r);
}

/* Counts of one period and quad class, from the store's CSV
** ("week,quad,events,goldstein_sum,goldstein_mean,mentions"). */
typedef struct count_row {
	char period[16];
	int quad;
	long events;
	double gsum;
} count_row;

typedef struct counts {
	count_row *v;
	size_t n, cap;
	int oom;
} counts;

static void counts_read(counts *c, const char *csv, size_t n)
{
	const char *p = csv, *end = csv + n, *nl;
	/* the first line is the header */
	for (nl = p < end ? memchr(p, '\n', (size_t)(end - p)) : NULL; nl && !c->oom; ) {
		count_row row;
		p = nl + 1;
		if (p >= end || !(nl = memchr(p, '\n', (size_t)(end - p))))
			break;
		if (sscanf(p, "%15[^,],%d,%ld,%lf", row.period, &row.quad, &row.events, &row.gsum) != 4)
			continue;
		if (c->n == c->cap) {
			size_t nc = c->cap ? c->cap * 2 : 64;
			count_row *nv = realloc(c->v, nc * sizeof *nv);
			if (!nv) {
				c->oom = 1;
				break;
			}
			c->v = nv;
			c->cap = nc;
		}
		c->v[c->n++] = row;
	}
}

static int by_period(const void *a, const void *b)
{
	return strcmp(((const count_row *)a)->period, ((const count_row *)b)->period);
}

/* One JSON row per period: events by quad class, all events, and the mean
** Goldstein score over them. */
static void counts_json(counts *c, const char *by, const char *dyad, int both, pl_buf *out)
{
	size_t i = 0, k;
	int rows = 0;
	qsort(c->v, c->n, sizeof *c->v, by_period);
	pl_buf_printf(out, "{\"by\":\"%s\",\"dyad\":", by);
	pl_buf_json_cstr(out, dyad[0] ? dyad : NULL);
	pl_buf_printf(out, ",\"both\":%s,\"rows\":[", both ? "true" : "false");
	while (i < c->n) {
		long q[5] = {0}, events = 0;
		double gsum = 0;
		for (k = i; k < c->n && !strcmp(c->v[k].period, c->v[i].period); k++) {
			if (c->v[k].quad >= 1 && c->v[k].quad <= 4)
				q[c->v[k].quad] += c->v[k].events;
			events += c->v[k].events;
			gsum += c->v[k].gsum;
		}
		pl_buf_printf(out, "%s{\"period\":\"%s\",\"quad1\":%ld,\"quad2\":%ld,\"quad3\":%ld,"
		              "\"quad4\":%ld,\"events\":%ld,\"goldstein_mean\":%.3f}",
		              rows++ ? "," : "", c->v[i].period, q[1], q[2], q[3], q[4], events,
		              events ? gsum / (double)events : 0.0);
		i = k;
	}
	pl_buf_puts(out, "]}\n");
}

static void route_aggregate(serve_db *s, serve_arg_fn arg, void *ud, serve_reply *r)
{
	const char *by = arg(ud, "by"), *both_arg = arg(ud, "both");
	int both = both_arg && (!strcmp(both_arg, "1") || !strcmp(both_arg, "true"));
	filters f;
	pl_buf csv = {0};
	counts c = {0};
	parley_rc rc;
	if (read_filters(arg, ud, &f, r) < 0)
		return;
	if (!by || !*by)
		by = "week";
	if (strcmp(by, "day") && strcmp(by, "week") && strcmp(by, "month")) {
		serve_reply_error(r, 400, "by: want day, week or month");
		return;
	}
	/* both directions: A-B and B-A added up, which must not count an event
	** twice, so neither side may begin the other (RUS-RUSGOV) */
	if (both && (!f.q.src || !f.q.tgt || !strncmp(f.src, f.tgt, strlen(f.src)) ||
	             !strncmp(f.tgt, f.src, strlen(f.tgt)))) {
		serve_reply_error(r, 400, "both: wants a dyad of two sides neither of which begins the other (USA-ISR)");
		return;
	}
	f.q.by = by;
	f.q.by_quad = 1;
	pthread_mutex_lock(&s->lock);
	rc = parley_db_aggregate(s->db, &f.q, to_buf, &csv);
	if (rc == PARLEY_OK) {
		counts_read(&c, csv.p, csv.n);
		if (both) {
			f.q.src = f.tgt;
			f.q.tgt = f.src;
			pl_buf_reset(&csv);
			rc = parley_db_aggregate(s->db, &f.q, to_buf, &csv);
			if (rc == PARLEY_OK)
				counts_read(&c, csv.p, csv.n);
		}
	}
	if (rc != PARLEY_OK)
		db_fail(s, r, rc);
	pthread_mutex_unlock(&s->lock);
	if (rc == PARLEY_OK && (c.oom || csv.oom)) {
		serve_reply_error(r, 500, "out of memory");
	} else if (rc == PARLEY_OK) {
		counts_json(&c, by, f.dyad, both, &r->body);
		r->status = 200;
		r->content_type = "application/json";
	}
	free(c.v);
	pl_buf_free(&csv);
}

/* ---- one article ---- */

/* Writes the current row of st as a JSON object, one member per column. */
static void row_json(sqlite3_stmt *st, pl_buf *b)
{
	int i, n = sqlite3_column_count(st);
	pl_buf_putc(b, '{');
	for (i = 0; i < n; i++) {
		if (i)
			pl_buf_putc(b, ',');
		pl_buf_json_cstr(b, sqlite3_column_name(st, i));
		pl_buf_putc(b, ':');
		switch (sqlite3_column_type(st, i)) {
		case SQLITE_NULL:
			pl_buf_puts(b, "null");
			break;
		case SQLITE_INTEGER:
			pl_buf_printf(b, "%lld", (long long)sqlite3_column_int64(st, i));
			break;
		case SQLITE_FLOAT:
			pl_buf_printf(b, "%.6g", sqlite3_column_double(st, i));
			break;
		default:
			pl_buf_json_str(b, (const char *)sqlite3_column_text(st, i),
			                (size_t)sqlite3_column_bytes(st, i));
		}
	}
	pl_buf_putc(b, '}');
}

/* Appends "name":[rows of sql for the article id]; -1 on an SQLite error. */
static int rows_of(sqlite3 *h, const char *name, const char *sql, const char *id, pl_buf *b)
{
	sqlite3_stmt *st;
	int rc, n = 0;
	if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
	pl_buf_printf(b, ",\"%s\":[", name);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n++)
			pl_buf_putc(b, ',');
		row_json(st, b);
	}
	pl_buf_putc(b, ']');
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static void route_article(serve_db *s, const char *id, serve_reply *r)
{
	sqlite3 *h = s->db->h;
	sqlite3_stmt *st;
	int rc, found = 0, err = 0;
	if (!*id || strlen(id) > 1024) {
		serve_reply_error(r, 400, "want /articles/ID");
		return;
	}
	pthread_mutex_lock(&s->lock);
	/* every column of the article's row: its text too, where the store keeps it */
	if (sqlite3_prepare_v2(h, "SELECT * FROM articles WHERE id = ?1", -1, &st, NULL) != SQLITE_OK) {
		err = 1;
	} else {
		sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
		if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			int i, has_text = 0;
			found = 1;
			for (i = 0; i < sqlite3_column_count(st); i++)
				has_text |= !strcmp(sqlite3_column_name(st, i), "text");
			pl_buf_puts(&r->body, "{\"article\":");
			row_json(st, &r->body);
			if (!has_text)
				pl_buf_puts(&r->body, ",\"text\":null,\"note\":\"this database does not keep article texts\"");
		} else if (rc != SQLITE_DONE) {
			err = 1;
		}
		sqlite3_finalize(st);
	}
	if (found && !err)
		err = rows_of(h, "events", "SELECT * FROM mentions WHERE article = ?1 ORDER BY ordinal", id, &r->body) ||
		      rows_of(h, "quotes", "SELECT * FROM quotes WHERE article = ?1 ORDER BY id", id, &r->body) ||
		      rows_of(h, "figures", "SELECT * FROM figures WHERE article = ?1 ORDER BY id", id, &r->body) ||
		      rows_of(h, "errors", "SELECT * FROM errors WHERE article = ?1 ORDER BY id", id, &r->body);
	pthread_mutex_unlock(&s->lock);
	if (err) {
		char msg[600];
		snprintf(msg, sizeof msg, "%s: cannot read the article: %s", s->db->path, sqlite3_errmsg(h));
		serve_reply_error(r, 500, msg);
	} else if (!found) {
		serve_reply_error(r, 404, "no article with this id");
	} else {
		pl_buf_puts(&r->body, "}\n");
		r->status = 200;
		r->content_type = "application/json";
	}
}

void serve_db_route(serve_db *s, const char *url, serve_arg_fn arg, void *ud, serve_reply *r)
{
	if (!strcmp(url, "/events"))
		route_events(s, arg, ud, r);
	else if (!strcmp(url, "/aggregate"))
		route_aggregate(s, arg, ud, r);
	else if (!strncmp(url, "/articles/", 10))
		route_article(s, url + 10, r);
	else
		serve_reply_error(r, 404, "not found");
}
