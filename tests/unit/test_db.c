/* test_db.c: the data set from the library (parley_db_*): code articles
** into rows, write them, deduplicate, export through a write callback --
** the calls a service or a binding makes. */
#include "thcoder.h"

#include <unistd.h>

#include "parley.h"

typedef struct sbuf {
	char p[65536];
	size_t n;
} sbuf;

static int to_buf(void *ud, const char *p, size_t n)
{
	sbuf *b = ud;
	if (b->n + n >= sizeof b->p)
		return -1;
	memcpy(b->p + b->n, p, n);
	b->n += n;
	b->p[b->n] = '\0';
	return 0;
}

static void code_into(parley_db *db, parley_rows *rows, const char *id, const char *source,
                      const char *text)
{
	parley_doc d;
	memset(&d, 0, sizeof d);
	d.id = id;
	d.date = "2024-05-06";
	d.source = source;
	d.text = text;
	d.text_len = strlen(text);
	parley_rows_clear(rows);
	CHECK_INT(parley_code_records(th_coder, &d, 0, parley_rows_add, rows), PARLEY_OK);
	CHECK_INT(parley_rows_end_article(rows, parley_coder_doc(th_coder), 0), PARLEY_OK);
	CHECK_INT(parley_db_write(db, rows), PARLEY_OK);
}

TEST(code_write_dedup_export)
{
	char path[] = "/tmp/parley-test-db-XXXXXX";
	char file[64];
	int fd = mkstemp(path);
	parley_db *db;
	parley_rows *rows;
	parley_query q;
	sbuf out;
	char *err = NULL;
	const char *t = "The United States urged Israel to agree to a ceasefire.";
	if (fd < 0 || th_coder_open() < 0) {
		CHECK(0);
		return;
	}
	close(fd);
	unlink(path);
	snprintf(file, sizeof file, "%s.sqlite", path);
	db = parley_db_open(file, 0, &err);
	CHECK(db != NULL);
	if (!db) {
		fprintf(stderr, "  %s\n", err ? err : "?");
		free(err);
		return;
	}
	rows = parley_rows_new();
	CHECK_INT(parley_db_begin(db), PARLEY_OK);
	code_into(db, rows, "a", "Wire One", t);
	code_into(db, rows, "b", "Wire Two", t);
	code_into(db, rows, "c", "Wire Two", "Nothing happened here.");
	CHECK_INT(parley_db_commit(db), PARLEY_OK);
	CHECK_INT(parley_db_dedup(db, 1), PARLEY_OK);
	memset(&q, 0, sizeof q);
	q.format = "csv";
	q.src = "USA";
	out.n = 0;
	CHECK_INT(parley_db_export(db, &q, to_buf, &out), PARLEY_OK);
	/* one event, 2 mentions, 2 articles, 2 outlets, root a */
	CHECK(strstr(out.p, ",2,2,2,1,,,,,a,,Wire One,") != NULL);
	q.format = "tsv";
	CHECK_INT(parley_db_export(db, &q, to_buf, &out), PARLEY_ERR_INPUT);
	CHECK(strstr(parley_db_errmsg(db), "unknown format") != NULL);
	memset(&q, 0, sizeof q);
	q.by = "month";
	out.n = 0;
	CHECK_INT(parley_db_aggregate(db, &q, to_buf, &out), PARLEY_OK);
	CHECK(strstr(out.p, "\n2024-05,1,") != NULL);
	parley_rows_free(rows);
	parley_db_close(db);
	/* a second open finds the schema */
	db = parley_db_open(file, PARLEY_DB_READONLY, &err);
	CHECK(db != NULL);
	parley_db_close(db);
	unlink(file);
	{
		char side[96];
		snprintf(side, sizeof side, "%s-wal", file);
		unlink(side);
		snprintf(side, sizeof side, "%s-shm", file);
		unlink(side);
	}
}

TEST(open_errors_name_the_file)
{
	char *err = NULL;
	parley_db *db = parley_db_open("/nonexistent/dir/x.sqlite", PARLEY_DB_EXISTING, &err);
	CHECK(db == NULL);
	CHECK(err && strstr(err, "/nonexistent/dir/x.sqlite: ") == err);
	free(err);
	parley_db_close(NULL);
	parley_rows_free(NULL);
}

static th_test TESTS[] = {
	T(code_write_dedup_export), T(open_errors_name_the_file),
};

TEST_MAIN()
