/*
** dedup.c: from mentions to events (three levels, docs/store.md), and
** merging databases coded apart.  The event key of a mention is computed
** from the mention alone (date window, dyad, code, country of the place),
** so that the events of merged shards are those of one load of everything.
** Negated mentions, mentions in a mood other than "asserted", mentions
** told as background and mentions whose source has no code make no event.
*/
#include "db.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

/* Role codes: an actor code that starts with one names no country. */
#define ROLES "'', 'GOV', 'MIL', 'REB', 'OPP', 'JUD', 'LEG', 'CVL', 'MED', 'BUS', 'LAB', 'REF'," \
	" 'COP', 'SPY', 'EDU', 'ELI', 'HLH', 'CRM', 'UAF', 'AGR', 'REL', 'PTY', 'INS', 'SEP', 'DEV'," \
	" 'ENV', 'HRI', 'MOD', 'RAD'"

/* The steps of a rebuild; %d is the window in days. */
static const char DEDUP[] =
	"DROP TABLE IF EXISTS temp.k; DROP TABLE IF EXISTS temp.onec; DROP TABLE IF EXISTS temp.g;\n"
	"DROP TABLE IF EXISTS temp.gd; DROP TABLE IF EXISTS temp.gp; DROP TABLE IF EXISTS temp.fa;\n"
	/* per mention: its key (window, dyad, code) and its rank for the
	** root.  Without an actor of a named country or organisation ("the
	** company said"), nothing tells two reports are one event: such a
	** mention is keyed by itself. */
	"CREATE TEMP TABLE k AS SELECT m.id AS mention, m.article, m.ordinal, m.sent, m.date AS mdate,\n"
	"  m.source AS msource, m.target AS mtarget, m.code AS mcode, m.place,\n"
	"  coalesce(CAST((julianday(m.date) - 2440587.5) / %d + 1000000 AS INTEGER) - 1000000, '')\n"
	"    || '|' || coalesce(m.source, '') || '|' || coalesce(m.target, '') || '|' || m.code\n"
	"    || CASE WHEN coalesce(substr(m.source, 1, 3), '') IN (" ROLES ")\n"
	"             AND coalesce(substr(m.target, 1, 3), '') IN (" ROLES ")\n"
	"       THEN '|' || m.article || '#' || m.ordinal ELSE '' END AS base,\n"
	"  coalesce(m.country, '') AS cty,\n"
	"  coalesce(substr(a.date, 1, 10), '9999') || char(1) || m.article || char(1) ||\n"
	"    printf('%%08d', m.ordinal) AS rank,\n"
	"  coalesce(a.source, '') AS outlet\n"
	"  FROM mentions m JOIN articles a ON a.id = m.article\n"
	/* only what happened, as news, done by someone the coder could
	** name: a negated mention ("did not attack"), one in another mood
	** ("would attack", "will Iran attack?"), one told as background
	** ("was first elected in 1983") or one whose source has no code
	** ("the group said", a passive without its agent) is kept in
	** mentions with its flags but makes no event */
	"  WHERE NOT coalesce(m.negated, 0) AND coalesce(m.mood, 'asserted') = 'asserted'\n"
	"    AND NOT coalesce(m.background, 0) AND coalesce(m.source, '') <> '';\n"
	/* a mention with no place goes with the one country named for its
	** window, dyad and code, if there is exactly one */
	"CREATE TEMP TABLE onec(base TEXT PRIMARY KEY, cty TEXT);\n"
	"INSERT INTO onec SELECT base, min(cty) FROM k WHERE cty <> '' GROUP BY base\n"
	"  HAVING count(DISTINCT cty) = 1;\n"
	"UPDATE k SET cty = (SELECT cty FROM onec WHERE onec.base = k.base)\n"
	"  WHERE cty = '' AND base IN (SELECT base FROM onec);\n"
	/* (SQLite takes a group's bare columns from the row of its one min()) */
	"CREATE TEMP TABLE g AS SELECT base || '|' || cty AS ekey, min(rank), mention AS root,\n"
	"  count(*) AS nm, count(DISTINCT article) AS na, count(DISTINCT outlet) AS ns,\n"
	"  sum(sent = 0) > 0 AS lead FROM k GROUP BY base, cty;\n"
	"CREATE TEMP TABLE gd AS SELECT base || '|' || cty AS ekey, min(mdate) AS date\n"
	"  FROM k GROUP BY base, cty;\n"
	"CREATE TEMP TABLE gp AS SELECT base || '|' || cty AS ekey, min(rank), mention AS pm\n"
	"  FROM k WHERE place IS NOT NULL GROUP BY base, cty;\n"
	"CREATE TEMP TABLE fa AS SELECT min(ordinal), mention FROM k\n"
	"  GROUP BY article, mdate, msource, mtarget, mcode;\n"
	"DELETE FROM mention_events; DELETE FROM events;\n"
	"INSERT INTO events(ekey, date, source, target, code, root, quad, goldstein, place, country,\n"
	"  lat, lon, num_mentions, num_articles, num_sources, root_article, root_mention,\n"
	"  is_root_event, confidence)\n"
	"SELECT g.ekey, gd.date, m.source, m.target, m.code, m.root, m.quad, m.goldstein,\n"
	"  p.place, p.country, p.lat, p.lon, g.nm, g.na, g.ns, m.article, m.id, g.lead, m.confidence\n"
	"  FROM g JOIN gd ON gd.ekey = g.ekey JOIN mentions m ON m.id = g.root\n"
	"  LEFT JOIN gp ON gp.ekey = g.ekey LEFT JOIN mentions p ON p.id = gp.pm\n"
	"  ORDER BY gd.date IS NULL, gd.date, g.ekey;\n"
	"INSERT INTO mention_events SELECT k.mention, e.id, k.mention IN (SELECT mention FROM fa)\n"
	"  FROM k JOIN events e ON e.ekey = k.base || '|' || k.cty;\n"
	"DROP TABLE temp.k; DROP TABLE temp.onec; DROP TABLE temp.g; DROP TABLE temp.gd;\n"
	"DROP TABLE temp.gp; DROP TABLE temp.fa;\n"
	"INSERT OR REPLACE INTO meta VALUES('dedup_window', '%d'), ('events_stale', '0');\n";

parley_rc parley_db_dedup(parley_db *db, int window_days)
{
	char sql[sizeof DEDUP + 64];
	if (window_days < 1)
		window_days = 1;
	snprintf(sql, sizeof sql, DEDUP, window_days, window_days);
	if (parley_db_begin(db) != PARLEY_OK)
		return PARLEY_ERR_DB;
	if (sqlite3_exec(db->h, sql, NULL, NULL, NULL) != SQLITE_OK) {
		pl_db_fail(db, PARLEY_ERR_DB, "cannot deduplicate");
		sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
		db->in_tx = 0;
		return PARLEY_ERR_DB;
	}
	return parley_db_commit(db);
}

static const char MERGE[] =
	"DELETE FROM mentions WHERE article IN (SELECT id FROM src.articles);\n"
	"DELETE FROM quotes WHERE article IN (SELECT id FROM src.articles);\n"
	"DELETE FROM figures WHERE article IN (SELECT id FROM src.articles);\n"
	"DELETE FROM errors WHERE article IN (SELECT id FROM src.articles);\n"
	"INSERT OR REPLACE INTO articles SELECT * FROM src.articles;\n"
	"INSERT INTO mentions(" "%s" ") SELECT " "%s" " FROM src.mentions ORDER BY id;\n"
	"INSERT INTO quotes(" "%s" ") SELECT " "%s" " FROM src.quotes ORDER BY id;\n"
	"INSERT INTO figures(" "%s" ") SELECT " "%s" " FROM src.figures ORDER BY id;\n"
	"INSERT OR IGNORE INTO errors(article, doc, line, message)\n"
	"  SELECT article, doc, line, message FROM src.errors ORDER BY id;\n"
	"UPDATE meta SET value = '1' WHERE key = 'events_stale';\n";

static const char MCOLS[] =
	"article, ordinal, sent, sent_start, sent_end, date, date_precision,"
	" source, source_text, source_start, source_end, target, target_text, target_start, target_end,"
	" code, root, quad, goldstein, plover, plover_mode, plover_context,"
	" verb, verb_lemma, verb_start, verb_end, nominal, negated, passive, intent,"
	" place, country, lat, lon, place_start, place_end, quotes, issues, mood, confidence, background";
static const char QCOLS[] =
	"article, qid, sent, direct, partial, speaker, speaker_text, speaker_start,"
	" speaker_end, from_pronoun, cue, cue_lemma, cue_start, cue_end, content, content_start,"
	" content_end";
static const char FCOLS[] =
	"article, sent, count, low, high, what, qualifier, of, of_text, of_start,"
	" of_end, reported_by, reported_by_text, reported_by_start, reported_by_end, place, country,"
	" lat, lon, text, span_start, span_end";

parley_rc parley_db_merge(parley_db *db, const char *path)
{
	sqlite3_stmt *st = NULL;
	char sql[sizeof MERGE + 2 * (sizeof MCOLS + sizeof QCOLS + sizeof FCOLS)];
	char what[900];
	long long version = -1, ntables = -1;
	int rc;
	FILE *f = fopen(path, "rb");
	if (!f) {
		snprintf(db->err, sizeof db->err, "%s: %s", path, strerror(errno));
		return PARLEY_ERR_DB;
	}
	fclose(f);
	if (sqlite3_prepare_v2(db->h, "ATTACH ?1 AS src", -1, &st, NULL) != SQLITE_OK)
		return pl_db_fail(db, PARLEY_ERR_DB, "cannot attach");
	sqlite3_bind_text(st, 1, path, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		snprintf(what, sizeof what, "cannot open %s", path);
		return pl_db_fail(db, PARLEY_ERR_DB, what);
	}
	/* the other file: a parley database of this schema */
	if (sqlite3_prepare_v2(db->h, "SELECT count(*) FROM src.sqlite_master", -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			ntables = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
	}
	if (sqlite3_prepare_v2(db->h, "PRAGMA src.user_version", -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			version = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
	}
	if (ntables < 0 || version != PARLEY_DB_SCHEMA) {
		if (ntables < 0)
			snprintf(what, sizeof what, "%s: cannot read it (not a database, or damaged)", path);
		else if (ntables == 0)
			snprintf(what, sizeof what, "%s: empty (nothing loaded)", path);
		else
			snprintf(what, sizeof what, "%s: schema version %lld, this parley reads version %d",
			         path, version, PARLEY_DB_SCHEMA);
		sqlite3_exec(db->h, "DETACH src", NULL, NULL, NULL);
		snprintf(db->err, sizeof db->err, "%s", what);
		return PARLEY_ERR_DB;
	}
	snprintf(sql, sizeof sql, MERGE, MCOLS, MCOLS, QCOLS, QCOLS, FCOLS, FCOLS);
	if (parley_db_begin(db) != PARLEY_OK) {
		sqlite3_exec(db->h, "DETACH src", NULL, NULL, NULL);
		return PARLEY_ERR_DB;
	}
	if (sqlite3_exec(db->h, sql, NULL, NULL, NULL) != SQLITE_OK) {
		snprintf(what, sizeof what, "cannot merge %s", path);
		pl_db_fail(db, PARLEY_ERR_DB, what);
		sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
		db->in_tx = 0;
		sqlite3_exec(db->h, "DETACH src", NULL, NULL, NULL);
		return PARLEY_ERR_DB;
	}
	rc = parley_db_commit(db);
	sqlite3_exec(db->h, "DETACH src", NULL, NULL, NULL);
	return rc;
}
