/*
** export.c: the events of a database as Phoenix TSV, GDELT 2.0 event and
** mention tables, CSV or JSON Lines, and counts by period; see parley.h and
** docs/store.md for the columns.
*/
#include "db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../base/buf.h"

/* The event rows of each dedup level, with the same columns:
** 0 id, 1 date, 2 source, 3 target, 4 code, 5 root, 6 quad, 7 goldstein,
** 8 place, 9 country, 10 lat, 11 lon, 12 num_mentions, 13 num_articles,
** 14 num_sources, 15 root_article, 16 root_mention, 17 is_root_event,
** 18 confidence.  (SQLite takes the bare columns of a group from the row
** of its one min().) */
/* Mentions that make events: not negated, mood asserted, not background,
** a source with a code (docs/store.md). */
#define HAPPENED(m) "NOT coalesce(" m "negated, 0) AND coalesce(" m "mood, 'asserted') = 'asserted'" \
	" AND NOT coalesce(" m "background, 0) AND coalesce(" m "source, '') <> ''"

static const char BASE_EVENT[] =
	"SELECT id, date, source, target, code, root, quad, goldstein, place, country, lat, lon,"
	" num_mentions, num_articles, num_sources, root_article, root_mention, is_root_event,"
	" confidence FROM events";
static const char BASE_NONE[] =
	"SELECT id, date, source, target, code, root, quad, goldstein, place, country, lat, lon,"
	" 1 AS num_mentions, 1 AS num_articles, 1 AS num_sources, article AS root_article,"
	" id AS root_mention, sent = 0 AS is_root_event, confidence FROM mentions WHERE " HAPPENED("");
static const char BASE_ARTICLE[] =
	"SELECT id, date, source, target, code, root, quad, goldstein, place, country, lat, lon,"
	" count(*) AS num_mentions, 1 AS num_articles, 1 AS num_sources, article AS root_article,"
	" id AS root_mention, sent = 0 AS is_root_event, confidence, min(ordinal) AS first"
	" FROM mentions WHERE " HAPPENED("") " GROUP BY article, date, source, target, code";
static const char BASE_DAY[] =
	"SELECT m.id AS id, m.date AS date, m.source AS source, m.target AS target, m.code AS code,"
	" m.root AS root, m.quad AS quad, m.goldstein AS goldstein, m.place AS place,"
	" m.country AS country, m.lat AS lat, m.lon AS lon, count(*) AS num_mentions,"
	" count(DISTINCT m.article) AS num_articles, count(DISTINCT coalesce(a.source, '')) AS"
	" num_sources, m.article AS root_article, m.id AS root_mention, m.sent = 0 AS is_root_event,"
	" m.confidence AS confidence,"
	" min(coalesce(substr(a.date, 1, 10), '9999') || char(1) || m.article || char(1) ||"
	" printf('%08d', m.ordinal)) AS first FROM mentions m JOIN articles a ON a.id = m.article"
	" WHERE m.date IS NOT NULL AND " HAPPENED("m.") " GROUP BY m.date, m.source, m.target, m.code";

enum { C_ID, C_DATE, C_SRC, C_TGT, C_CODE, C_ROOT, C_QUAD, C_GOLD, C_PLACE, C_COUNTRY, C_LAT,
       C_LON, C_NM, C_NA, C_NS, C_RART, C_RMEN, C_ISROOT, C_CONF,
       /* joined */
       C_URL, C_OUTLET, C_TITLE, C_ADATE, C_STEXT, C_TTEXT, C_VERB, C_SENT, C_PREC, C_ISSUES,
       C_IDS, C_URLS, C_SOURCES };

/* The query's filters on the events `e`, bound as ?1 (from) ... ?5 (root). */
static void filters(pl_buf *b, const parley_query *q)
{
	if (q->from)
		pl_buf_puts(b, " AND e.date >= ?1");
	if (q->to)
		pl_buf_puts(b, " AND e.date <= ?2");
	if (q->src)
		pl_buf_puts(b, " AND e.source LIKE ?3 || '%'");
	if (q->tgt)
		pl_buf_puts(b, " AND e.target LIKE ?4 || '%'");
	if (q->root)
		pl_buf_puts(b, " AND e.root = ?5");
}

/* Binds the values of the filters above (?1 ... ?5) that the query has. */
static void bind_filters(sqlite3_stmt *st, const parley_query *q)
{
	if (q->from)
		sqlite3_bind_text(st, 1, q->from, -1, SQLITE_STATIC);
	if (q->to)
		sqlite3_bind_text(st, 2, q->to, -1, SQLITE_STATIC);
	if (q->src)
		sqlite3_bind_text(st, 3, q->src, -1, SQLITE_STATIC);
	if (q->tgt)
		sqlite3_bind_text(st, 4, q->tgt, -1, SQLITE_STATIC);
	if (q->root)
		sqlite3_bind_text(st, 5, q->root, -1, SQLITE_STATIC);
}

static const char *base_of(const char *dedup)
{
	if (!dedup || !strcmp(dedup, "event"))
		return BASE_EVENT;
	if (!strcmp(dedup, "none"))
		return BASE_NONE;
	if (!strcmp(dedup, "article"))
		return BASE_ARTICLE;
	if (!strcmp(dedup, "day"))
		return BASE_DAY;
	return NULL;
}

/* The events are rebuilt first when loads came after the last dedup. */
static parley_rc fresh(parley_db *db, const parley_query *q)
{
	sqlite3_stmt *st;
	int window = 1;
	if (q->dedup && strcmp(q->dedup, "event") != 0)
		return PARLEY_OK;
	if (!pl_db_is_stale(db))
		return PARLEY_OK;
	if (!db->ins[0])
		return pl_db_fail(db, PARLEY_ERR_DB, "the events are out of date: run parley dedup first");
	if (sqlite3_prepare_v2(db->h, "SELECT value FROM meta WHERE key = 'dedup_window'", -1, &st,
	                       NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			window = sqlite3_column_int(st, 0);
		sqlite3_finalize(st);
	}
	return parley_db_dedup(db, window);
}

/* Builds the query: event rows of the level, filtered, joined with their
** root article and mention; lists of all articles when `lists` is set. */
static parley_rc prepare(parley_db *db, const parley_query *q, int lists, sqlite3_stmt **st)
{
	const char *base = base_of(q->dedup);
	pl_buf b = {0};
	int event_level = !q->dedup || !strcmp(q->dedup, "event"), n = 0;
	if (!base)
		return pl_db_fail(db, PARLEY_ERR_INPUT, "unknown dedup level (event, day, article, none)");
	pl_buf_puts(&b, "SELECT e.id, e.date, e.source, e.target, e.code, e.root, e.quad, e.goldstein,"
	            " e.place, e.country, e.lat, e.lon, e.num_mentions, e.num_articles, e.num_sources,"
	            " e.root_article, e.root_mention, e.is_root_event, e.confidence, a.url, a.source, a.title, substr(a.date, 1, 10), m.source_text,"
	            " m.target_text, m.verb, m.sent, m.date_precision, m.issues");
	if (lists && event_level)
		pl_buf_puts(&b, ", (SELECT group_concat(x, ';') FROM (SELECT DISTINCT m2.article AS x"
		            " FROM mention_events me JOIN mentions m2 ON m2.id = me.mention"
		            " WHERE me.event = e.id ORDER BY 1)),"
		            " (SELECT group_concat(x, ';') FROM (SELECT DISTINCT a2.url AS x"
		            " FROM mention_events me JOIN mentions m2 ON m2.id = me.mention"
		            " JOIN articles a2 ON a2.id = m2.article WHERE me.event = e.id AND a2.url"
		            " IS NOT NULL ORDER BY 1)),"
		            " (SELECT group_concat(x, ';') FROM (SELECT DISTINCT a2.source AS x"
		            " FROM mention_events me JOIN mentions m2 ON m2.id = me.mention"
		            " JOIN articles a2 ON a2.id = m2.article WHERE me.event = e.id AND a2.source"
		            " IS NOT NULL ORDER BY 1))");
	else if (lists)
		pl_buf_puts(&b, ", e.root_article, a.url, a.source");
	pl_buf_puts(&b, " FROM (");
	pl_buf_puts(&b, base);
	pl_buf_puts(&b, ") e LEFT JOIN articles a ON a.id = e.root_article"
	            " LEFT JOIN mentions m ON m.id = e.root_mention WHERE 1");
	filters(&b, q);
	pl_buf_puts(&b, " ORDER BY e.date IS NULL, e.date, e.id");
	if (b.oom) {
		pl_buf_free(&b);
		return pl_db_fail(db, PARLEY_ERR_NOMEM, "out of memory");
	}
	n = sqlite3_prepare_v2(db->h, b.p, -1, st, NULL);
	pl_buf_free(&b);
	if (n != SQLITE_OK)
		return pl_db_fail(db, PARLEY_ERR_DB, "cannot query the events");
	bind_filters(*st, q);
	return PARLEY_OK;
}

static const char *col(sqlite3_stmt *st, int c)
{
	const unsigned char *s = sqlite3_column_text(st, c);
	return s ? (const char *)s : NULL;
}

/* A TSV field: tabs and newlines become spaces; NULL is empty. */
static void tsv(pl_buf *b, const char *s, int first)
{
	if (!first)
		pl_buf_putc(b, '\t');
	for (; s && *s; s++)
		pl_buf_putc(b, *s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
}

/* A CSV field (RFC 4180): quoted when it holds a comma, quote or newline. */
static void csv(pl_buf *b, const char *s, int first)
{
	if (!first)
		pl_buf_putc(b, ',');
	if (!s)
		return;
	if (!strpbrk(s, ",\"\n\r")) {
		pl_buf_puts(b, s);
		return;
	}
	pl_buf_putc(b, '"');
	for (; *s; s++) {
		if (*s == '"')
			pl_buf_putc(b, '"');
		pl_buf_putc(b, *s);
	}
	pl_buf_putc(b, '"');
}

static const char *digits(const char *date, char *out, int n)
{
	/* "YYYY-MM-DD" -> "YYYYMMDD" (n 8), "YYYYMM" (n 6), "YYYY" (n 4) */
	int i, k = 0;
	if (!date || strlen(date) < 10)
		return NULL;
	for (i = 0; i < 10 && k < n; i++)
		if (date[i] != '-')
			out[k++] = date[i];
	out[k] = '\0';
	return out;
}

/* Roles are the 3-letter codes after a country (or IGO) code. */
static int is_role(const char *c)
{
	static const char *const roles[] = {"GOV", "MIL", "REB", "OPP", "JUD", "LEG", "CVL", "MED",
		"BUS", "LAB", "REF", "COP", "SPY", "EDU", "ELI", "HLH", "CRM", "UAF", "AGR", "REL",
		"PTY", "IGO", "NGO", "NGM", "IMG", "MNC", "SEP", "INS", "DEV", "ENV", "HRI", "MOD", "RAD",
		NULL};
	int i;
	for (i = 0; roles[i]; i++)
		if (!strncmp(c, roles[i], 3))
			return 1;
	return 0;
}

/* Splits an actor code into root (country or IGO), agent (first role)
** and the rest, as Phoenix does. */
static void split_actor(const char *code, char root[4], char agent[4], const char **rest)
{
	root[0] = agent[0] = '\0';
	*rest = "";
	if (!code || strlen(code) < 3)
		return;
	if (is_role(code)) {
		memcpy(agent, code, 3);
		agent[3] = '\0';
		*rest = code + 3;
		return;
	}
	memcpy(root, code, 3);
	root[3] = '\0';
	if (strlen(code) >= 6) {
		memcpy(agent, code + 3, 3);
		agent[3] = '\0';
		*rest = code + 6;
	}
}

static void phoenix_row(pl_buf *b, sqlite3_stmt *st)
{
	char d8[9], y[5], root[4], agent[4], num[64];
	const char *date = col(st, C_DATE), *rest, *adate = col(st, C_ADATE);
	int a;
	tsv(b, col(st, C_ID), 1);
	tsv(b, digits(adate ? adate : date, d8, 8), 0);
	tsv(b, digits(date, y, 4), 0);
	tsv(b, date ? (snprintf(num, sizeof num, "%.2s", date + 5), num) : NULL, 0);
	tsv(b, date ? (snprintf(num, sizeof num, "%.2s", date + 8), num) : NULL, 0);
	for (a = 0; a < 2; a++) {
		const char *code = col(st, a ? C_TGT : C_SRC);
		split_actor(code, root, agent, &rest);
		tsv(b, code, 0);
		tsv(b, root, 0);
		tsv(b, agent, 0);
		tsv(b, rest, 0);
	}
	tsv(b, col(st, C_CODE), 0);
	tsv(b, col(st, C_ROOT), 0);
	tsv(b, col(st, C_QUAD), 0);
	snprintf(num, sizeof num, "%.1f", sqlite3_column_double(st, C_GOLD));
	tsv(b, num, 0);
	tsv(b, col(st, C_ISSUES), 0);
	tsv(b, col(st, C_LAT), 0);
	tsv(b, col(st, C_LON), 0);
	tsv(b, col(st, C_PLACE), 0);
	tsv(b, NULL, 0);                  /* stateName: not known */
	tsv(b, col(st, C_COUNTRY), 0);    /* ISO 3166 alpha-3 */
	tsv(b, col(st, C_IDS), 0);
	tsv(b, col(st, C_URLS), 0);
	tsv(b, col(st, C_SOURCES), 0);
	pl_buf_putc(b, '\n');
}

static void gdelt_actor(pl_buf *b, sqlite3_stmt *st, int code_col, int text_col)
{
	const char *code = col(st, code_col), *rest;
	char root[4], agent[4], t2[4] = "", t3[4] = "";
	split_actor(code, root, agent, &rest);
	if (strlen(rest) >= 3) {
		memcpy(t2, rest, 3);
		t2[3] = '\0';
		if (strlen(rest) >= 6) {
			memcpy(t3, rest + 3, 3);
			t3[3] = '\0';
		}
	}
	tsv(b, code, 0);
	tsv(b, code ? col(st, text_col) : NULL, 0);
	tsv(b, root, 0);
	tsv(b, NULL, 0);   /* KnownGroupCode */
	tsv(b, NULL, 0);   /* EthnicCode */
	tsv(b, NULL, 0);   /* Religion1Code */
	tsv(b, NULL, 0);   /* Religion2Code */
	tsv(b, agent, 0);
	tsv(b, t2, 0);
	tsv(b, t3, 0);
}

static void gdelt_row(pl_buf *b, sqlite3_stmt *st)
{
	char d8[9], d6[7], y[5], num[64];
	const char *date = col(st, C_DATE), *adate = col(st, C_ADATE), *place = col(st, C_PLACE);
	int g;
	tsv(b, col(st, C_ID), 1);
	tsv(b, digits(date, d8, 8), 0);
	tsv(b, digits(date, d6, 6), 0);
	tsv(b, digits(date, y, 4), 0);
	if (date && strlen(date) >= 10) {
		snprintf(num, sizeof num, "%.4f", atoi(date) + (atoi(date + 5) * 30 + atoi(date + 8)) / 365.0);
		tsv(b, num, 0);
	} else {
		tsv(b, NULL, 0);
	}
	gdelt_actor(b, st, C_SRC, C_STEXT);
	gdelt_actor(b, st, C_TGT, C_TTEXT);
	tsv(b, col(st, C_ISROOT), 0);
	tsv(b, col(st, C_CODE), 0);
	snprintf(num, sizeof num, "%.3s", col(st, C_CODE) ? col(st, C_CODE) : "");
	tsv(b, num, 0);                   /* EventBaseCode: first three digits */
	tsv(b, col(st, C_ROOT), 0);
	tsv(b, col(st, C_QUAD), 0);
	snprintf(num, sizeof num, "%.1f", sqlite3_column_double(st, C_GOLD));
	tsv(b, num, 0);
	tsv(b, col(st, C_NM), 0);
	tsv(b, col(st, C_NS), 0);
	tsv(b, col(st, C_NA), 0);
	tsv(b, NULL, 0);                  /* AvgTone */
	for (g = 0; g < 2; g++)           /* Actor1Geo_*, Actor2Geo_*: not known */
		for (int k = 0; k < 8; k++)
			tsv(b, NULL, 0);
	tsv(b, place ? "4" : NULL, 0);    /* ActionGeo_Type */
	tsv(b, place, 0);
	tsv(b, col(st, C_COUNTRY), 0);
	tsv(b, NULL, 0);                  /* ADM1 */
	tsv(b, NULL, 0);                  /* ADM2 */
	tsv(b, col(st, C_LAT), 0);
	tsv(b, col(st, C_LON), 0);
	tsv(b, NULL, 0);                  /* FeatureID */
	if (digits(adate, d8, 8)) {
		snprintf(num, sizeof num, "%s000000", d8);
		tsv(b, num, 0);
	} else {
		tsv(b, NULL, 0);
	}
	tsv(b, col(st, C_URL) ? col(st, C_URL) : col(st, C_RART), 0);
	pl_buf_putc(b, '\n');
}

static const char *const CSV_COLS[] = {"event_id", "date", "source", "target", "code", "root",
	"quad", "goldstein", "num_mentions", "num_articles", "num_sources", "is_root_event", "place",
	"country", "lat", "lon", "root_article", "url", "outlet", "title", "source_text",
	"target_text", "verb", "confidence", NULL};
static const int CSV_MAP[] = {C_ID, C_DATE, C_SRC, C_TGT, C_CODE, C_ROOT, C_QUAD, C_GOLD, C_NM,
	C_NA, C_NS, C_ISROOT, C_PLACE, C_COUNTRY, C_LAT, C_LON, C_RART, C_URL, C_OUTLET, C_TITLE,
	C_STEXT, C_TTEXT, C_VERB, C_CONF};

static void csv_row(pl_buf *b, sqlite3_stmt *st)
{
	int i;
	for (i = 0; CSV_COLS[i]; i++)
		csv(b, col(st, CSV_MAP[i]), i == 0);
	pl_buf_putc(b, '\n');
}

static void jsonl_row(pl_buf *b, sqlite3_stmt *st)
{
	int i;
	pl_buf_putc(b, '{');
	for (i = 0; CSV_COLS[i]; i++) {
		int c = CSV_MAP[i], t = sqlite3_column_type(st, c);
		if (i)
			pl_buf_putc(b, ',');
		pl_buf_putc(b, '"');
		pl_buf_puts(b, CSV_COLS[i]);
		pl_buf_puts(b, "\":");
		if (t == SQLITE_NULL)
			pl_buf_puts(b, "null");
		else if (t == SQLITE_INTEGER)
			pl_buf_printf(b, "%lld", (long long)sqlite3_column_int64(st, c));
		else if (t == SQLITE_FLOAT)
			pl_buf_printf(b, "%.4g", sqlite3_column_double(st, c));
		else
			pl_buf_json_str(b, col(st, c), (size_t)sqlite3_column_bytes(st, c));
	}
	pl_buf_puts(b, "}\n");
}

/* Writes b when it is big (or at the end) and empties it. */
static int flush(pl_buf *b, parley_write_fn w, void *ud, int force)
{
	int rc = 0;
	if (b->oom)
		return -1;
	if (b->n && (force || b->n >= (1 << 16)))
		rc = w(ud, b->p, b->n);
	if (force || b->n >= (1 << 16))
		pl_buf_reset(b);
	return rc;
}

static parley_rc run(parley_db *db, sqlite3_stmt *st, void (*row)(pl_buf *, sqlite3_stmt *),
                     pl_buf *b, parley_write_fn w, void *ud)
{
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		row(b, st);
		if (flush(b, w, ud, 0) != 0)
			break;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		pl_buf_free(b);
		return pl_db_fail(db, PARLEY_ERR_DB, "cannot read the events");
	}
	if (rc == SQLITE_ROW || flush(b, w, ud, 1) != 0) {
		pl_buf_free(b);
		snprintf(db->err, sizeof db->err, "cannot write the output");
		return PARLEY_ERR_IO;
	}
	pl_buf_free(b);
	return PARLEY_OK;
}

static void mention_row(pl_buf *b, sqlite3_stmt *st)
{
	int i;
	for (i = 0; i < 16; i++)
		tsv(b, col(st, i), i == 0);
	pl_buf_putc(b, '\n');
}

/* The GDELT 2.0 mention table: one row per mention of an event. */
static parley_rc export_mentions(parley_db *db, const parley_query *q, parley_write_fn w, void *ud)
{
	sqlite3_stmt *st;
	pl_buf b = {0};
	pl_buf_puts(&b, "SELECT e.id, replace(e.date, '-', '') || '000000',"
	            " replace(substr(a.date, 1, 10), '-', '') || '000000', 1, a.source,"
	            " coalesce(a.url, a.id), m.sent + 1, m.source_start, m.target_start, m.verb_start,"
	            " 1, CAST(round(m.confidence * 100) AS INTEGER), a.text_len, NULL, NULL, NULL"
	            " FROM mention_events me JOIN events e ON e.id = me.event"
	            " JOIN mentions m ON m.id = me.mention JOIN articles a ON a.id = m.article WHERE 1");
	filters(&b, q);
	pl_buf_puts(&b, " ORDER BY e.date IS NULL, e.date, e.id, m.article, m.ordinal");
	if (b.oom || sqlite3_prepare_v2(db->h, b.p, -1, &st, NULL) != SQLITE_OK) {
		pl_buf_free(&b);
		return pl_db_fail(db, PARLEY_ERR_DB, "cannot query the mentions");
	}
	pl_buf_reset(&b);
	bind_filters(st, q);
	return run(db, st, mention_row, &b, w, ud);
}

parley_rc parley_db_export(parley_db *db, const parley_query *q, parley_write_fn w, void *ud)
{
	const char *fmt = q->format ? q->format : "csv";
	void (*row)(pl_buf *, sqlite3_stmt *);
	sqlite3_stmt *st;
	pl_buf b = {0};
	parley_rc rc;
	int i;
	if (!strcmp(fmt, "phoenix"))
		row = phoenix_row;
	else if (!strcmp(fmt, "gdelt") || !strcmp(fmt, "gdelt-mentions"))
		row = gdelt_row;
	else if (!strcmp(fmt, "csv"))
		row = csv_row;
	else if (!strcmp(fmt, "jsonl"))
		row = jsonl_row;
	else
		return pl_db_fail(db, PARLEY_ERR_INPUT, "unknown format (phoenix, gdelt, gdelt-mentions, csv, jsonl)");
	if (!strcmp(fmt, "gdelt-mentions") && q->dedup && strcmp(q->dedup, "event") != 0)
		return pl_db_fail(db, PARLEY_ERR_INPUT, "gdelt-mentions lists the mentions of events (--dedup event)");
	if ((rc = fresh(db, q)) != PARLEY_OK)
		return rc;
	if (!strcmp(fmt, "gdelt-mentions"))
		return export_mentions(db, q, w, ud);
	if ((rc = prepare(db, q, row == phoenix_row, &st)) != PARLEY_OK)
		return rc;
	if (row == csv_row) {
		for (i = 0; CSV_COLS[i]; i++)
			csv(&b, CSV_COLS[i], i == 0);
		pl_buf_putc(&b, '\n');
	}
	return run(db, st, row, &b, w, ud);
}

parley_rc parley_db_aggregate(parley_db *db, const parley_query *q, parley_write_fn w, void *ud)
{
	const char *base = base_of(q->dedup), *period;
	const char *by = q->by ? q->by : "day";
	const char *extra = q->by_root ? "root" : q->by_quad ? "quad" : NULL;
	sqlite3_stmt *st;
	pl_buf b = {0};
	parley_rc rc;
	int r;
	if (!base)
		return pl_db_fail(db, PARLEY_ERR_INPUT, "unknown dedup level (event, day, article, none)");
	if (!strcmp(by, "day"))
		period = "date";
	else if (!strcmp(by, "week"))
		period = "date(date, '-6 days', 'weekday 1')";   /* the Monday */
	else if (!strcmp(by, "month"))
		period = "substr(date, 1, 7)";
	else
		return pl_db_fail(db, PARLEY_ERR_INPUT, "--by wants day, week or month");
	if ((rc = fresh(db, q)) != PARLEY_OK)
		return rc;
	pl_buf_printf(&b, "SELECT %s AS period%s%s, count(*), sum(goldstein), avg(goldstein),"
	              " sum(num_mentions) FROM (%s) WHERE date IS NOT NULL", period, extra ? ", " : "",
	              extra ? extra : "", base);
	if (q->from)
		pl_buf_puts(&b, " AND date >= ?1");
	if (q->to)
		pl_buf_puts(&b, " AND date <= ?2");
	if (q->src)
		pl_buf_puts(&b, " AND source LIKE ?3 || '%'");
	if (q->tgt)
		pl_buf_puts(&b, " AND target LIKE ?4 || '%'");
	if (q->root)
		pl_buf_puts(&b, " AND root = ?5");
	pl_buf_printf(&b, " GROUP BY 1%s ORDER BY 1%s", extra ? ", 2" : "", extra ? ", 2" : "");
	if (b.oom || sqlite3_prepare_v2(db->h, b.p, -1, &st, NULL) != SQLITE_OK) {
		pl_buf_free(&b);
		return pl_db_fail(db, PARLEY_ERR_DB, "cannot count the events");
	}
	bind_filters(st, q);
	pl_buf_reset(&b);
	pl_buf_printf(&b, "%s%s%s,events,goldstein_sum,goldstein_mean,mentions\n", by,
	              extra ? "," : "", extra ? extra : "");
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		csv(&b, col(st, 0), 1);
		if (extra)
			csv(&b, col(st, 1), 0);
		pl_buf_printf(&b, ",%lld,%.1f,%.3f,%lld\n", (long long)sqlite3_column_int64(st, extra ? 2 : 1),
		              sqlite3_column_double(st, extra ? 3 : 2), sqlite3_column_double(st, extra ? 4 : 3),
		              (long long)sqlite3_column_int64(st, extra ? 5 : 4));
		if (flush(&b, w, ud, 0) != 0)
			break;
	}
	sqlite3_finalize(st);
	if (r != SQLITE_DONE && r != SQLITE_ROW) {
		pl_buf_free(&b);
		return pl_db_fail(db, PARLEY_ERR_DB, "cannot count the events");
	}
	if (r == SQLITE_ROW || flush(&b, w, ud, 1) != 0) {
		pl_buf_free(&b);
		snprintf(db->err, sizeof db->err, "cannot write the output");
		return PARLEY_ERR_IO;
	}
	pl_buf_free(&b);
	return PARLEY_OK;
}
