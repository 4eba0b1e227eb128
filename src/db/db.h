/*
** db.h: the data set in SQLite (parley_db of parley.h): schema and checks
** on open, copied rows of records (parley_rows), writing them by article,
** deduplication into events, merging databases, exports and aggregates.
** Schema and dedup rules: docs/store.md.
*/
#ifndef PL_DB_H
#define PL_DB_H

#include <sqlite3.h>

#include "parley.h"

struct parley_db {
	sqlite3 *h;
	char *path;
	char err[1024];
	int in_tx;               /* inside parley_db_begin/commit */
	int marked;              /* events marked out of date in this transaction */
	sqlite3_stmt *ins[5];    /* articles, mentions, quotes, figures, errors */
	sqlite3_stmt *del[4];    /* an article's mentions, quotes, figures, errors */
	sqlite3_stmt *stale;     /* marks the events as out of date */
	/* parley_db_load_line: the records read back, the article open */
	parley_rows *load;
	struct pl_recread *rr;
	char *load_doc;
	int load_open;
	long load_line, load_articles;
	char load_date[11];
};

/* Sets db->err to "PATH: what[: sqlite's message]" and returns rc. */
parley_rc pl_db_fail(parley_db *db, parley_rc rc, const char *what);

/* Runs SQL with no result rows; on failure sets the message. */
parley_rc pl_db_exec(parley_db *db, const char *sql, const char *what);

/* The events are out of date (a load or merge since the last dedup). */
int pl_db_is_stale(parley_db *db);

#endif
