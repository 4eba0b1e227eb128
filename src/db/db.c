/*
** db.c: opening the database (schema, version and health checks), copying
** records into parley_rows, and writing them article by article; see db.h.
*/
#include "db.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../io/recread.h"

static const char SCHEMA[] =
	"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);\n"
	"CREATE TABLE articles(id TEXT PRIMARY KEY, date TEXT, title TEXT, source TEXT, url TEXT,\n"
	"  text_hash TEXT, text_len INTEGER, line INTEGER);\n"
	"CREATE TABLE mentions(id INTEGER PRIMARY KEY, article TEXT NOT NULL, ordinal INTEGER NOT NULL,\n"
	"  sent INTEGER, sent_start INTEGER, sent_end INTEGER, date TEXT, date_precision TEXT,\n"
	"  source TEXT, source_text TEXT, source_start INTEGER, source_end INTEGER,\n"
	"  target TEXT, target_text TEXT, target_start INTEGER, target_end INTEGER,\n"
	"  code TEXT NOT NULL, root TEXT, quad INTEGER, goldstein REAL,\n"
	"  plover TEXT, plover_mode TEXT, plover_context TEXT,\n"
	"  verb TEXT, verb_lemma TEXT, verb_start INTEGER, verb_end INTEGER,\n"
	"  nominal INTEGER, negated INTEGER, passive INTEGER, intent INTEGER,\n"
	"  place TEXT, country TEXT, lat REAL, lon REAL, place_start INTEGER, place_end INTEGER,\n"
	"  quotes TEXT, issues TEXT, mood TEXT, confidence REAL, background INTEGER);\n"
	"CREATE INDEX mentions_article ON mentions(article);\n"
	"CREATE TABLE quotes(id INTEGER PRIMARY KEY, article TEXT NOT NULL, qid INTEGER, sent INTEGER,\n"
	"  direct INTEGER, partial INTEGER, speaker TEXT, speaker_text TEXT, speaker_start INTEGER,\n"
	"  speaker_end INTEGER, from_pronoun INTEGER, cue TEXT, cue_lemma TEXT, cue_start INTEGER,\n"
	"  cue_end INTEGER, content TEXT, content_start INTEGER, content_end INTEGER);\n"
	"CREATE INDEX quotes_article ON quotes(article);\n"
	"CREATE INDEX quotes_speaker ON quotes(speaker);\n"
	"CREATE TABLE figures(id INTEGER PRIMARY KEY, article TEXT NOT NULL, sent INTEGER,\n"
	"  count INTEGER, low INTEGER, high INTEGER, what TEXT, qualifier TEXT,\n"
	"  of TEXT, of_text TEXT, of_start INTEGER, of_end INTEGER,\n"
	"  reported_by TEXT, reported_by_text TEXT, reported_by_start INTEGER, reported_by_end INTEGER,\n"
	"  place TEXT, country TEXT, lat REAL, lon REAL, text TEXT, span_start INTEGER, span_end INTEGER);\n"
	"CREATE INDEX figures_article ON figures(article);\n"
	"CREATE TABLE errors(id INTEGER PRIMARY KEY, article TEXT NOT NULL, doc TEXT, line INTEGER,\n"
	"  message TEXT, UNIQUE(article, line, message));\n"
	"CREATE TABLE events(id INTEGER PRIMARY KEY, ekey TEXT UNIQUE NOT NULL, date TEXT,\n"
	"  source TEXT, target TEXT, code TEXT, root TEXT, quad INTEGER, goldstein REAL,\n"
	"  place TEXT, country TEXT, lat REAL, lon REAL, num_mentions INTEGER, num_articles INTEGER,\n"
	"  num_sources INTEGER, root_article TEXT, root_mention INTEGER, is_root_event INTEGER,\n"
	"  confidence REAL);\n"
	"CREATE INDEX events_date ON events(date);\n"
	"CREATE INDEX events_source ON events(source);\n"
	"CREATE INDEX events_target ON events(target);\n"
	"CREATE INDEX events_code ON events(code);\n"
	"CREATE TABLE mention_events(mention INTEGER PRIMARY KEY, event INTEGER NOT NULL,\n"
	"  first_in_article INTEGER NOT NULL);\n"
	"CREATE INDEX mention_events_event ON mention_events(event);\n"
	"INSERT INTO meta VALUES('dedup_window', '1'), ('events_stale', '0');\n";

/* Column lists of the inserts, the article's id first (after it the values
** of a row, in this order). */
static const char *const INSERT[5] = {
	"INSERT OR REPLACE INTO articles(id, date, title, source, url, text_hash, text_len, line)"
	" VALUES(?,?,?,?,?,?,?,?)",
	"INSERT INTO mentions(article, ordinal, sent, sent_start, sent_end, date, date_precision,"
	" source, source_text, source_start, source_end, target, target_text, target_start, target_end,"
	" code, root, quad, goldstein, plover, plover_mode, plover_context,"
	" verb, verb_lemma, verb_start, verb_end, nominal, negated, passive, intent,"
	" place, country, lat, lon, place_start, place_end, quotes, issues, mood, confidence,"
	" background) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
	"INSERT INTO quotes(article, qid, sent, direct, partial, speaker, speaker_text, speaker_start,"
	" speaker_end, from_pronoun, cue, cue_lemma, cue_start, cue_end, content, content_start,"
	" content_end) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
	"INSERT INTO figures(article, sent, count, low, high, what, qualifier, of, of_text, of_start,"
	" of_end, reported_by, reported_by_text, reported_by_start, reported_by_end, place, country,"
	" lat, lon, text, span_start, span_end) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
	"INSERT OR IGNORE INTO errors(article, doc, line, message) VALUES(?,?,?,?)",
};
static const char *const DELETE[4] = {
	"DELETE FROM mentions WHERE article = ?", "DELETE FROM quotes WHERE article = ?",
	"DELETE FROM figures WHERE article = ?", "DELETE FROM errors WHERE article = ?",
};

parley_rc pl_db_fail(parley_db *db, parley_rc rc, const char *what)
{
	const char *m = db->h ? sqlite3_errmsg(db->h) : NULL;
	int code = db->h ? sqlite3_errcode(db->h) : SQLITE_OK;
	const char *hint = code == SQLITE_BUSY || code == SQLITE_LOCKED ?
	                   " (another process holds it; try again later)" :
	                   code == SQLITE_FULL ? " (no space left; committed batches are kept)" :
	                   code == SQLITE_NOTADB || code == SQLITE_CORRUPT ?
	                   " (not a parley database, or damaged)" : "";
	if (m && code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW)
		snprintf(db->err, sizeof db->err, "%s: %s: %s%s", db->path, what, m, hint);
	else
		snprintf(db->err, sizeof db->err, "%s: %s", db->path, what);
	return rc;
}

parley_rc pl_db_exec(parley_db *db, const char *sql, const char *what)
{
	if (sqlite3_exec(db->h, sql, NULL, NULL, NULL) != SQLITE_OK)
		return pl_db_fail(db, PARLEY_ERR_DB, what);
	return PARLEY_OK;
}

static long long query_int(parley_db *db, const char *sql, int *ok)
{
	sqlite3_stmt *st;
	long long v = 0;
	*ok = 0;
	if (sqlite3_prepare_v2(db->h, sql, -1, &st, NULL) != SQLITE_OK)
		return 0;
	if (sqlite3_step(st) == SQLITE_ROW) {
		v = sqlite3_column_int64(st, 0);
		*ok = 1;
	}
	sqlite3_finalize(st);
	return v;
}

int pl_db_is_stale(parley_db *db)
{
	int ok;
	long long v = query_int(db, "SELECT value FROM meta WHERE key = 'events_stale'", &ok);
	return ok && v != 0;
}

const char *parley_db_errmsg(const parley_db *db)
{
	return db ? db->err : "out of memory";
}

void parley_db_close(parley_db *db)
{
	int i;
	if (!db)
		return;
	for (i = 0; i < 5; i++)
		sqlite3_finalize(db->ins[i]);
	for (i = 0; i < 4; i++)
		sqlite3_finalize(db->del[i]);
	sqlite3_finalize(db->stale);
	parley_rows_free(db->load);
	if (db->rr) {
		pl_recread_free(db->rr);
		free(db->rr);
	}
	free(db->load_doc);
	if (db->in_tx)
		sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(db->h);
	free(db->path);
	free(db);
}

static parley_db *open_fail(parley_db *db, char **errmsg)
{
	if (errmsg)
		*errmsg = strdup(db->err);
	parley_db_close(db);
	return NULL;
}

parley_db *parley_db_open(const char *path, int flags, char **errmsg)
{
	parley_db *db = calloc(1, sizeof *db);
	int ok, i, ro = (flags & PARLEY_DB_READONLY) != 0;
	long long version, ntables;
	if (errmsg)
		*errmsg = NULL;
	if (!db || !(db->path = strdup(path))) {
		free(db);
		if (errmsg)
			*errmsg = strdup("out of memory");
		return NULL;
	}
	if (flags & (PARLEY_DB_READONLY | PARLEY_DB_EXISTING)) {
		FILE *f = fopen(path, "rb");
		if (!f) {
			snprintf(db->err, sizeof db->err, "%s: %s", path, strerror(errno));
			return open_fail(db, errmsg);
		}
		fclose(f);
	}
	if (sqlite3_open_v2(path, &db->h, ro ? SQLITE_OPEN_READONLY : (flags & PARLEY_DB_EXISTING) ?
	                    SQLITE_OPEN_READWRITE : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
	                    NULL) != SQLITE_OK) {
		pl_db_fail(db, PARLEY_ERR_DB, "cannot open");
		return open_fail(db, errmsg);
	}
	sqlite3_busy_timeout(db->h, 5000);
	/* the first read tells a damaged or foreign file */
	ntables = query_int(db, "SELECT count(*) FROM sqlite_master", &ok);
	if (!ok) {
		pl_db_fail(db, PARLEY_ERR_DB, "cannot read");
		return open_fail(db, errmsg);
	}
	version = query_int(db, "PRAGMA user_version", &ok);
	if (ntables == 0 && version == 0) {
		if (ro) {
			pl_db_fail(db, PARLEY_ERR_DB, "empty database (nothing loaded)");
			return open_fail(db, errmsg);
		}
		if (pl_db_exec(db, "PRAGMA journal_mode=WAL", "cannot use WAL mode") != PARLEY_OK)
			return open_fail(db, errmsg);
		/* another process may have created the tables meanwhile */
		if (sqlite3_exec(db->h, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK ||
		    ((ntables = query_int(db, "SELECT count(*) FROM sqlite_master", &ok)) == 0 &&
		     (sqlite3_exec(db->h, SCHEMA, NULL, NULL, NULL) != SQLITE_OK ||
		      sqlite3_exec(db->h, "PRAGMA user_version = 2", NULL, NULL, NULL) != SQLITE_OK)) ||
		    sqlite3_exec(db->h, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
			pl_db_fail(db, PARLEY_ERR_DB, "cannot create the tables");
			sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
			return open_fail(db, errmsg);
		}
		version = query_int(db, "PRAGMA user_version", &ok);
	}
	/* version 1 had no background column: its mentions are all counted
	** as news until they are loaded again */
	if (version == 1 && !ro) {
		if (sqlite3_exec(db->h, "BEGIN IMMEDIATE; ALTER TABLE mentions ADD COLUMN background INTEGER;"
		                 " PRAGMA user_version = 2; COMMIT;", NULL, NULL, NULL) != SQLITE_OK) {
			pl_db_fail(db, PARLEY_ERR_DB, "cannot upgrade the schema from version 1");
			sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
			return open_fail(db, errmsg);
		}
		version = query_int(db, "PRAGMA user_version", &ok);
	}
	if (version != PARLEY_DB_SCHEMA) {
		char what[160];
		if (version == 0)
			snprintf(what, sizeof what, "not a parley database (it has other tables)");
		else
			snprintf(what, sizeof what, "schema version %lld, this parley reads version %d",
			         version, PARLEY_DB_SCHEMA);
		pl_db_fail(db, PARLEY_ERR_DB, what);
		return open_fail(db, errmsg);
	}
	if (!ro) {
		if (pl_db_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
		               "cannot set WAL mode") != PARLEY_OK)
			return open_fail(db, errmsg);
		for (i = 0; i < 5; i++)
			if (sqlite3_prepare_v3(db->h, INSERT[i], -1, SQLITE_PREPARE_PERSISTENT, &db->ins[i],
			                       NULL) != SQLITE_OK) {
				pl_db_fail(db, PARLEY_ERR_DB, "cannot prepare the inserts");
				return open_fail(db, errmsg);
			}
		for (i = 0; i < 4; i++)
			if (sqlite3_prepare_v3(db->h, DELETE[i], -1, SQLITE_PREPARE_PERSISTENT, &db->del[i],
			                       NULL) != SQLITE_OK) {
				pl_db_fail(db, PARLEY_ERR_DB, "cannot prepare the deletes");
				return open_fail(db, errmsg);
			}
		if (sqlite3_prepare_v2(db->h, "UPDATE meta SET value = '1' WHERE key = 'events_stale'",
		                       -1, &db->stale, NULL) != SQLITE_OK) {
			pl_db_fail(db, PARLEY_ERR_DB, "cannot prepare");
			return open_fail(db, errmsg);
		}
	}
	return db;
}

parley_rc parley_db_begin(parley_db *db)
{
	if (db->in_tx)
		return PARLEY_OK;
	if (sqlite3_exec(db->h, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return pl_db_fail(db, PARLEY_ERR_DB, "cannot start a transaction");
	db->in_tx = 1;
	db->marked = 0;
	return PARLEY_OK;
}

parley_rc parley_db_commit(parley_db *db)
{
	if (!db->in_tx)
		return PARLEY_OK;
	if (sqlite3_exec(db->h, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		pl_db_fail(db, PARLEY_ERR_DB, "cannot commit (this batch is not saved)");
		sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
		db->in_tx = 0;
		return PARLEY_ERR_DB;
	}
	db->in_tx = 0;
	return PARLEY_OK;
}

/* ------------------------------------------------------------------ rows */

enum { T_ARTICLE, T_MENTION, T_QUOTE, T_FIGURE, T_ERROR, T_NOARTICLE };
enum { V_NULL, V_INT, V_REAL, V_TEXT };

typedef struct val {
	uint8_t t;
	uint32_t len;
	union {
		int64_t i;
		double d;
		size_t off;
	} u;
} val;

typedef struct row {
	uint8_t table;
	uint32_t nval;
	size_t first;
} row;

struct parley_rows {
	row *r;
	size_t nr, capr;
	val *v;
	size_t nv, capv;
	char *pool;
	size_t np, capp;
	size_t open;             /* the open article's row + 1, 0: none */
	long ordinal;            /* events so far in the open article */
	int oom;
};

parley_rows *parley_rows_new(void)
{
	return calloc(1, sizeof(parley_rows));
}

void parley_rows_free(parley_rows *rs)
{
	if (!rs)
		return;
	free(rs->r);
	free(rs->v);
	free(rs->pool);
	free(rs);
}

void parley_rows_clear(parley_rows *rs)
{
	rs->nr = rs->nv = rs->np = 0;
	rs->open = 0;
	rs->ordinal = 0;
	rs->oom = 0;
}

static int grow(void **p, size_t *cap, size_t need, size_t size)
{
	size_t nc;
	void *np;
	if (need <= *cap)
		return 0;
	nc = *cap ? *cap : 64;
	while (nc < need)
		nc *= 2;
	np = realloc(*p, nc * size);
	if (!np)
		return -1;
	*p = np;
	*cap = nc;
	return 0;
}

static val *newval(parley_rows *rs)
{
	if (rs->oom || grow((void **)&rs->v, &rs->capv, rs->nv + 1, sizeof *rs->v) < 0) {
		rs->oom = 1;
		return NULL;
	}
	return &rs->v[rs->nv++];
}

static void v_null(parley_rows *rs)
{
	val *v = newval(rs);
	if (v)
		v->t = V_NULL;
}

static void v_int(parley_rows *rs, int64_t i)
{
	val *v = newval(rs);
	if (v) {
		v->t = V_INT;
		v->u.i = i;
	}
}

static void v_real(parley_rows *rs, double d)
{
	val *v = newval(rs);
	if (v) {
		v->t = V_REAL;
		v->u.d = d;
	}
}

static void v_text(parley_rows *rs, const char *s, size_t n)
{
	val *v;
	if (!s) {
		v_null(rs);
		return;
	}
	if (rs->oom || grow((void **)&rs->pool, &rs->capp, rs->np + n + 1, 1) < 0) {
		rs->oom = 1;
		return;
	}
	v = newval(rs);
	if (!v)
		return;
	memcpy(rs->pool + rs->np, s, n);
	rs->pool[rs->np + n] = '\0';
	v->t = V_TEXT;
	v->len = (uint32_t)n;
	v->u.off = rs->np;
	rs->np += n + 1;
}

static void v_str(parley_rows *rs, const char *s)
{
	v_text(rs, s, s ? strlen(s) : 0);
}

static void v_actor(parley_rows *rs, const parley_actor *a)
{
	if (!a) {
		v_null(rs);
		v_null(rs);
		v_null(rs);
		v_null(rs);
		return;
	}
	v_str(rs, a->code);
	v_text(rs, a->text, a->text_len);
	v_int(rs, a->start);
	v_int(rs, a->end);
}

static void v_place(parley_rows *rs, const parley_place *p)
{
	if (!p) {
		v_null(rs);
		v_null(rs);
		v_null(rs);
		v_null(rs);
		return;
	}
	v_str(rs, p->name);
	v_str(rs, p->country);
	v_real(rs, p->lat);
	v_real(rs, p->lon);
}

static int begin_row(parley_rows *rs, int table)
{
	if (rs->oom || grow((void **)&rs->r, &rs->capr, rs->nr + 1, sizeof *rs->r) < 0) {
		rs->oom = 1;
		return -1;
	}
	rs->r[rs->nr].table = (uint8_t)table;
	rs->r[rs->nr].first = rs->nv;
	rs->r[rs->nr].nval = 0;
	rs->nr++;
	return 0;
}

static void end_row(parley_rows *rs)
{
	row *r = &rs->r[rs->nr - 1];
	r->nval = (uint32_t)(rs->nv - r->first);
}

int parley_rows_add(void *ud, const parley_record *rec)
{
	parley_rows *rs = ud;
	if (!rs->open) {
		/* the article's row comes first; it is filled when the article ends */
		if (begin_row(rs, T_ARTICLE) < 0)
			return -1;
		rs->open = rs->nr;
		rs->ordinal = 0;
	}
	if (rec->type == PARLEY_REC_EVENT) {
		const parley_event *e = rec->event;
		char list[256];
		size_t k, n = 0;
		if (begin_row(rs, T_MENTION) < 0)
			return -1;
		v_int(rs, rs->ordinal++);
		v_int(rs, e->sent);
		v_int(rs, e->sent_start);
		v_int(rs, e->sent_end);
		v_str(rs, e->date);
		v_str(rs, e->date_precision);
		v_actor(rs, e->source);
		v_actor(rs, e->target);
		v_str(rs, e->code);
		v_str(rs, e->root);
		v_int(rs, e->quad);
		v_real(rs, e->goldstein);
		v_str(rs, e->plover_category);
		v_str(rs, e->plover_mode);
		v_str(rs, e->plover_context);
		v_text(rs, e->verb.text, e->verb.text_len);
		v_str(rs, e->verb.lemma);
		v_int(rs, e->verb.start);
		v_int(rs, e->verb.end);
		v_int(rs, e->nominal);
		v_int(rs, e->negated);
		v_int(rs, e->passive);
		v_int(rs, e->intent);
		v_place(rs, e->location);
		if (e->location) {
			v_int(rs, e->location->start);
			v_int(rs, e->location->end);
		} else {
			v_null(rs);
			v_null(rs);
		}
		for (k = 0; k < e->nquote_ids && n + 16 < sizeof list; k++)
			n += (size_t)snprintf(list + n, sizeof list - n, k ? " q%u" : "q%u", e->quote_ids[k]);
		v_text(rs, n ? list : NULL, n);
		n = 0;
		for (k = 0; k < e->nissues && n + strlen(e->issues[k].code) + 2 < sizeof list; k++)
			n += (size_t)snprintf(list + n, sizeof list - n, k ? ";%s" : "%s", e->issues[k].code);
		v_text(rs, n ? list : NULL, n);
		v_str(rs, e->mood);
		if (e->confidence >= 0)
			v_real(rs, e->confidence);
		else
			v_null(rs);
		v_int(rs, e->background);
	} else if (rec->type == PARLEY_REC_QUOTE) {
		const parley_quote *q = rec->quote;
		if (begin_row(rs, T_QUOTE) < 0)
			return -1;
		v_int(rs, q->id);
		v_int(rs, q->sent);
		v_int(rs, q->direct);
		v_int(rs, q->partial);
		v_actor(rs, q->speaker);
		v_int(rs, q->speaker ? q->speaker->from_pronoun : 0);
		if (q->cue) {
			v_text(rs, q->cue->text, q->cue->text_len);
			v_str(rs, q->cue->lemma);
			v_int(rs, q->cue->start);
			v_int(rs, q->cue->end);
		} else {
			v_null(rs);
			v_null(rs);
			v_null(rs);
			v_null(rs);
		}
		v_text(rs, q->content, q->content_len);
		if (q->content) {
			v_int(rs, q->content_start);
			v_int(rs, q->content_end);
		} else {
			v_null(rs);
			v_null(rs);
		}
	} else if (rec->type == PARLEY_REC_FIGURE) {
		const parley_figure *f = rec->figure;
		if (begin_row(rs, T_FIGURE) < 0)
			return -1;
		v_int(rs, f->sent);
		v_int(rs, f->count);
		v_int(rs, f->low);
		v_int(rs, f->high);
		v_str(rs, f->what);
		v_str(rs, f->qualifier);
		v_actor(rs, f->of);
		v_actor(rs, f->reported_by);
		v_place(rs, f->location);
		v_text(rs, f->text, f->text_len);
		v_int(rs, f->start);
		v_int(rs, f->end);
	} else if (rec->type == PARLEY_REC_ERROR) {
		if (begin_row(rs, T_ERROR) < 0)
			return -1;
		v_str(rs, rec->doc);
		v_int(rs, rec->line);
		v_str(rs, rec->error ? rec->error->message : NULL);
	} else {
		return 0;
	}
	if (rs->oom)
		return -1;
	end_row(rs);
	return 0;
}

/* FNV-1a, 64 bits: the article's text hash (and key when it has no id) */
static uint64_t fnv64(const char *s, size_t n)
{
	uint64_t h = 14695981039346656037ULL;
	size_t i;
	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

parley_rc parley_rows_end_article(parley_rows *rs, const parley_doc *d, long line)
{
	row *r;
	char hash[24], key[32];
	if (!rs->open) {
		if (!d)
			return rs->oom ? PARLEY_ERR_NOMEM : PARLEY_OK;
		if (begin_row(rs, T_ARTICLE) < 0)
			return PARLEY_ERR_NOMEM;
		rs->open = rs->nr;
	}
	r = &rs->r[rs->open - 1];
	rs->open = 0;
	if (!d) {
		r->table = T_NOARTICLE;   /* its records are errors: no article to replace */
		return rs->oom ? PARLEY_ERR_NOMEM : PARLEY_OK;
	}
	r->first = rs->nv;
	snprintf(hash, sizeof hash, "%016llx",
	         (unsigned long long)fnv64(d->text ? d->text : "", d->text ? d->text_len : 0));
	snprintf(key, sizeof key, "hash:%s", hash);
	v_str(rs, d->id ? d->id : key);
	v_str(rs, d->date);
	v_str(rs, d->title);
	v_str(rs, d->source);
	v_str(rs, d->url);
	if (d->text) {
		v_str(rs, hash);
		v_int(rs, (int64_t)d->text_len);
	} else {
		v_null(rs);
		v_null(rs);
	}
	v_int(rs, line);
	if (rs->oom)
		return PARLEY_ERR_NOMEM;
	r->nval = (uint32_t)(rs->nv - r->first);
	return PARLEY_OK;
}

static int bind_val(sqlite3_stmt *st, int col, const parley_rows *rs, const val *v)
{
	switch (v->t) {
	case V_INT:
		return sqlite3_bind_int64(st, col, v->u.i);
	case V_REAL:
		return sqlite3_bind_double(st, col, v->u.d);
	case V_TEXT:
		return sqlite3_bind_text(st, col, rs->pool + v->u.off, (int)v->len, SQLITE_STATIC);
	default:
		return sqlite3_bind_null(st, col);
	}
}

static int step_reset(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

parley_rc parley_db_write(parley_db *db, const parley_rows *rs)
{
	size_t i;
	const char *art = "";
	int own = !db->in_tx, k;
	if (rs->oom)
		return pl_db_fail(db, PARLEY_ERR_NOMEM, "out of memory");
	if (!db->ins[0])
		return pl_db_fail(db, PARLEY_ERR_DB, "opened read-only");
	if (own && parley_db_begin(db) != PARLEY_OK)
		return PARLEY_ERR_DB;
	if (rs->nr && !db->marked) {
		if (step_reset(db->stale) < 0)
			goto fail;
		db->marked = 1;
	}
	for (i = 0; i < rs->nr; i++) {
		const row *r = &rs->r[i];
		const val *v = &rs->v[r->first];
		sqlite3_stmt *st;
		uint32_t c;
		if (r->table == T_NOARTICLE) {
			art = "";
			continue;
		}
		if (r->table == T_ARTICLE) {
			if (r->nval == 0 || v[0].t != V_TEXT) {
				art = NULL;   /* never ended: neither it nor its records */
				continue;
			}
			art = rs->pool + v[0].u.off;
			for (k = 0; k < 4; k++) {
				sqlite3_bind_text(db->del[k], 1, art, -1, SQLITE_STATIC);
				if (step_reset(db->del[k]) < 0)
					goto fail;
			}
			st = db->ins[0];
			for (c = 0; c < r->nval; c++)
				bind_val(st, (int)c + 1, rs, &v[c]);
			if (step_reset(st) < 0)
				goto fail;
			continue;
		}
		if (!art)
			continue;
		st = db->ins[r->table];
		sqlite3_bind_text(st, 1, art, -1, SQLITE_STATIC);
		for (c = 0; c < r->nval; c++)
			bind_val(st, (int)c + 2, rs, &v[c]);
		if (step_reset(st) < 0)
			goto fail;
	}
	if (own)
		return parley_db_commit(db);
	return PARLEY_OK;
fail:
	pl_db_fail(db, PARLEY_ERR_DB, "cannot write (this batch is not saved)");
	sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
	db->in_tx = 0;
	return PARLEY_ERR_DB;
}

/* ------------------------------------------------ loading stored records */

#define LOAD_BATCH 1000   /* articles per transaction */

static parley_rc load_end(parley_db *db)
{
	parley_doc d;
	char key[40];
	if (!db->load_open)
		return PARLEY_OK;
	memset(&d, 0, sizeof d);
	snprintf(key, sizeof key, "line:%ld", db->load_line);
	d.id = db->load_doc ? db->load_doc : key;
	d.date = db->load_date[0] ? db->load_date : NULL;
	db->load_open = 0;
	if (parley_rows_end_article(db->load, &d, db->load_line) != PARLEY_OK) {
		free(db->load_doc);
		db->load_doc = NULL;
		return pl_db_fail(db, PARLEY_ERR_NOMEM, "out of memory");
	}
	free(db->load_doc);
	db->load_doc = NULL;
	db->load_articles++;
	return PARLEY_OK;
}

static parley_rc load_flush(parley_db *db)
{
	parley_rc rc = parley_db_write(db, db->load);
	parley_rows_clear(db->load);
	db->load_articles = 0;
	return rc;
}

parley_rc parley_db_load_line(parley_db *db, const char *line, size_t n, long lineno)
{
	char err[512];
	const parley_record *r;
	parley_rc rc;
	if (!db->load) {
		db->load = parley_rows_new();
		db->rr = calloc(1, sizeof *db->rr);
		if (!db->load || !db->rr)
			return pl_db_fail(db, PARLEY_ERR_NOMEM, "out of memory");
	}
	if (pl_recread_line(db->rr, line, n, err, sizeof err) < 0) {
		snprintf(db->err, sizeof db->err, "line %ld: %s", lineno, err);
		return PARLEY_ERR_INPUT;
	}
	r = &db->rr->r;
	/* an article ends where the next one's records start */
	if (db->load_open && (r->doc ? !db->load_doc || strcmp(r->doc, db->load_doc) : db->load_doc != NULL)) {
		if ((rc = load_end(db)) != PARLEY_OK)
			return rc;
		if (db->load_articles >= LOAD_BATCH && (rc = load_flush(db)) != PARLEY_OK)
			return rc;
	}
	if (r->type == PARLEY_REC_ERROR && !r->doc) {
		/* a line that could not be read: no article */
		if (parley_rows_add(db->load, r) != 0 ||
		    parley_rows_end_article(db->load, NULL, lineno) != PARLEY_OK)
			return pl_db_fail(db, PARLEY_ERR_NOMEM, "out of memory");
		return PARLEY_OK;
	}
	if (!db->load_open) {
		db->load_open = 1;
		db->load_line = lineno;
		db->load_date[0] = '\0';
		db->load_doc = r->doc ? strdup(r->doc) : NULL;
		if (r->doc && !db->load_doc)
			return pl_db_fail(db, PARLEY_ERR_NOMEM, "out of memory");
	}
	if (r->type == PARLEY_REC_EVENT && r->event->date && r->event->date_precision &&
	    !strcmp(r->event->date_precision, "article"))
		snprintf(db->load_date, sizeof db->load_date, "%s", r->event->date);
	if (parley_rows_add(db->load, r) != 0)
		return pl_db_fail(db, PARLEY_ERR_NOMEM, "out of memory");
	return PARLEY_OK;
}

parley_rc parley_db_load_finish(parley_db *db)
{
	parley_rc rc;
	if (!db->load)
		return PARLEY_OK;
	if ((rc = load_end(db)) != PARLEY_OK)
		return rc;
	return load_flush(db);
}
