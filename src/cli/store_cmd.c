/*
** store_cmd.c: the data-set commands (see store_cmd.h): option parsing and
** the reading loop; the database work is in the library (parley_db_*).
*/
#include "store_cmd.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *progname = "parley";

enum { OK = 0, USAGE = 1, INPUT = 2, SETUP = 3, OUTPUT = 4 };

static int db_error(parley_db *db, const char *msg)
{
	fprintf(stderr, "%s: %s\n", progname, msg ? msg : parley_db_errmsg(db));
	return EXIT_DB;
}

/* ------------------------------------------------------- code --db */

typedef struct line {
	char *p;
	size_t cap;
	ssize_t len;
	long no;
	parley_rows *rows;
	int oom;
} line;

typedef struct work {
	line *l;
	int n;
	atomic_int next;
	long max_line;
	parley_coder **cs;
	atomic_long errors;
} work;

typedef struct worker {
	work *w;
	parley_coder *c;
} worker;

/* An error record made by the command (a line too long or empty). */
static void cli_error(line *l, const char *msg)
{
	parley_record r;
	parley_error e;
	memset(&r, 0, sizeof r);
	r.type = PARLEY_REC_ERROR;
	r.line = l->no;
	e.message = msg;
	r.error = &e;
	if (parley_rows_add(l->rows, &r) != 0 || parley_rows_end_article(l->rows, NULL, l->no) != PARLEY_OK)
		l->oom = 1;
}

static void code_line(parley_coder *c, line *l, work *w)
{
	char msg[200];
	size_t n = (size_t)l->len, i;
	parley_rc rc;
	parley_rows_clear(l->rows);
	while (n && (l->p[n - 1] == '\n' || l->p[n - 1] == '\r'))
		n--;
	for (i = 0; i < n && (l->p[i] == ' ' || l->p[i] == '\t'); i++)
		;
	if ((long)n > w->max_line || i == n) {
		if (i == n)
			snprintf(msg, sizeof msg, "line %ld: empty line", l->no);
		else
			snprintf(msg, sizeof msg, "line %ld: longer than %ld bytes (--max-line), skipped",
			         l->no, w->max_line);
		cli_error(l, msg);
		atomic_fetch_add(&w->errors, 1);
		return;
	}
	rc = parley_code_jsonl_records(c, l->p, n, l->no, parley_rows_add, l->rows);
	if (rc == PARLEY_STOPPED || rc == PARLEY_ERR_NOMEM ||
	    parley_rows_end_article(l->rows, parley_coder_doc(c), l->no) != PARLEY_OK)
		l->oom = 1;
}

static void *run_worker(void *arg)
{
	worker *k = arg;
	work *w = k->w;
	for (;;) {
		int i = atomic_fetch_add(&w->next, 8), j;
		if (i >= w->n)
			break;
		for (j = i; j < i + 8 && j < w->n; j++)
			code_line(k->c, &w->l[j], w);
	}
	return NULL;
}

#define LINES_PER_THREAD 512

/* Reads a line (its newline dropped) keeping at most max + 1 bytes of it, so
** that a line too long is known as such without being held.  Returns its
** length (up to max + 1), or -1 at the end of input or when out of memory
** (l->oom set). */
static ssize_t read_line(FILE *f, line *l, long max)
{
	size_t n = 0, keep = (size_t)max + 1;
	int c, any = 0;
	while ((c = getc_unlocked(f)) != EOF) {
		any = 1;
		if (c == '\n')
			break;
		if (n >= keep)
			continue;
		if (n + 1 >= l->cap) {
			size_t nc = l->cap ? l->cap * 2 : 4096;
			char *np = realloc(l->p, nc);
			if (!np) {
				l->oom = 1;
				return -1;
			}
			l->p = np;
			l->cap = nc;
		}
		l->p[n++] = (char)c;
	}
	return any ? (ssize_t)n : -1;
}

static int code_file(parley_db *db, FILE *f, const char *name, parley_coder **cs, int threads,
                     long max_line, long *cli_errors)
{
	int nl = threads * LINES_PER_THREAD, i, status = OK;
	line *ls = calloc((size_t)nl, sizeof *ls);
	worker *ks = calloc((size_t)threads, sizeof *ks);
	pthread_t *th = calloc((size_t)threads, sizeof *th);
	char *started = calloc((size_t)threads, 1);
	long no = 0;
	work w;
	for (i = 0; ls && i < nl; i++)
		if (!(ls[i].rows = parley_rows_new()))
			break;
	if (!ls || !ks || !th || !started || i < nl) {
		fprintf(stderr, "%s: out of memory\n", progname);
		status = SETUP;
		goto done;
	}
	w.l = ls;
	w.max_line = max_line;
	w.cs = cs;
	atomic_init(&w.errors, 0);
	for (;;) {
		int n = 0;
		errno = 0;
		while (n < nl && (ls[n].len = read_line(f, &ls[n], max_line)) >= 0)
			ls[n++].no = ++no;
		if (n < nl && ls[n].oom) {
			fprintf(stderr, "%s: out of memory\n", progname);
			status = SETUP;
			break;
		}
		if (ferror(f)) {
			fprintf(stderr, "%s: %s: %s\n", progname, name, strerror(errno ? errno : EIO));
			status = INPUT;
		}
		if (n == 0)
			break;
		w.n = n;
		atomic_init(&w.next, 0);
		for (i = 0; i < threads; i++) {
			ks[i].w = &w;
			ks[i].c = cs[i];
		}
		for (i = 1; i < threads; i++)
			started[i] = pthread_create(&th[i], NULL, run_worker, &ks[i]) == 0;
		run_worker(&ks[0]);
		for (i = 1; i < threads; i++)
			if (started[i])
				pthread_join(th[i], NULL);
		/* one transaction per batch, articles in input order */
		if (parley_db_begin(db) != PARLEY_OK) {
			status = db_error(db, NULL);
			break;
		}
		for (i = 0; i < n; i++) {
			if (ls[i].oom) {
				fprintf(stderr, "%s: out of memory\n", progname);
				status = SETUP;
				break;
			}
			if (parley_db_write(db, ls[i].rows) != PARLEY_OK) {
				status = db_error(db, NULL);
				break;
			}
		}
		if (status == SETUP || status == EXIT_DB) {
			parley_db_commit(db);   /* after a failed write: already rolled back */
			break;
		}
		if (parley_db_commit(db) != PARLEY_OK) {
			status = db_error(db, NULL);
			break;
		}
		if (n < nl || status == INPUT)
			break;
	}
	*cli_errors += atomic_load(&w.errors);
done:
	for (i = 0; ls && i < nl; i++) {
		free(ls[i].p);
		parley_rows_free(ls[i].rows);
	}
	free(ls);
	free(ks);
	free(th);
	free(started);
	return status;
}

int pl_cli_code_db(const parley_options *po, const char *path, char **files, int nfiles,
                   int threads, long max_line, int quiet)
{
	parley_store *s;
	parley_coder **cs;
	parley_db *db;
	parley_counts n, total;
	char *err = NULL;
	long cli_errors = 0;
	int i, status = OK, any = 0;
	db = parley_db_open(path, 0, &err);
	if (!db) {
		fprintf(stderr, "%s: %s\n", progname, err ? err : "out of memory");
		free(err);
		return EXIT_DB;
	}
	s = parley_store_open(po, &err);
	if (!s) {
		fprintf(stderr, "%s: cannot load dictionaries: %s\n", progname, err ? err : "?");
		free(err);
		parley_db_close(db);
		return SETUP;
	}
	cs = calloc((size_t)threads, sizeof *cs);
	for (i = 0; cs && i < threads; i++)
		if (!(cs[i] = parley_coder_new(s)))
			break;
	if (!cs || i < threads) {
		fprintf(stderr, "%s: out of memory\n", progname);
		status = SETUP;
		goto done;
	}
	for (i = 0; i < nfiles || (!any && i == 0); i++) {
		const char *name = nfiles ? files[i] : "-";
		FILE *f;
		int rc;
		if (nfiles && !files[i])
			continue;
		any = 1;
		f = strcmp(name, "-") == 0 ? stdin : fopen(name, "rb");
		if (!f) {
			fprintf(stderr, "%s: %s: %s\n", progname, name, strerror(errno));
			status = INPUT;
			continue;
		}
		rc = code_file(db, f, name, cs, threads, max_line, &cli_errors);
		if (f != stdin)
			fclose(f);
		if (rc != OK)
			status = rc;
		if (rc != OK && rc != INPUT)
			break;
	}
	/* the events are rebuilt by `parley dedup`, or by export and aggregate
	** when out of date: loading many shards does not redo them each time */
	memset(&total, 0, sizeof total);
	for (i = 0; i < threads; i++) {
		parley_coder_counts(cs[i], &n);
		total.docs += n.docs;
		total.sentences += n.sentences;
		total.events += n.events;
		total.errors += n.errors;
	}
	if (!quiet)
		fprintf(stderr, "%s: %ld articles, %ld sentences, %ld events, %ld error records into %s\n",
		        progname, total.docs, total.sentences, total.events, total.errors + cli_errors, path);
done:
	for (i = 0; cs && i < threads; i++)
		parley_coder_free(cs[i]);
	free(cs);
	parley_store_close(s);
	parley_db_close(db);
	return status;
}

/* ------------------------------------------------ the other commands */

static void usage(FILE *f)
{
	fprintf(f,
"usage: parley load FILE.sqlite [RECORDS.jsonl...]\n"
"       parley merge A.sqlite B.sqlite... OUT.sqlite\n"
"       parley dedup --db FILE [--window DAYS]\n"
"       parley export --db FILE --format phoenix|gdelt|gdelt-mentions|csv|jsonl\n"
"                     [--dedup event|day|article|none] [--from DATE] [--to DATE]\n"
"                     [--dyad SRC,TGT] [--root RR] [-o OUT]\n"
"       parley aggregate --db FILE --by day|week|month [--root|--quad]\n"
"                     [--dedup LEVEL] [--from DATE] [--to DATE] [--dyad SRC,TGT]\n"
"                     [--root-code RR] [-o OUT]\n"
"\n"
"load       records written by `parley code` (standard input when no file)\n"
"merge      databases coded apart into OUT (created when absent)\n"
"dedup      rebuild the events from the mentions (window: days, default 1)\n"
"export     events as Phoenix TSV, GDELT 2.0 events or mentions, CSV, JSON Lines\n"
"aggregate  CSV of counts per period: events, Goldstein sum and mean, mentions\n"
"\n"
"--dyad SRC,TGT matches actor code prefixes (either may be empty: \",ISR\").\n"
"exit status: 0 done, 1 usage, 2 an input could not be read (or bad record\n"
"lines, skipped), 4 output could not be written, 5 database unusable (corrupt,\n"
"locked, another schema version, disk full).  See docs/store.md.\n");
}

static int write_out(void *ud, const char *p, size_t n)
{
	return fwrite(p, 1, n, (FILE *)ud) == n ? 0 : -1;
}

static int cmd_load(int argc, char **argv)
{
	parley_db *db;
	char *err = NULL, *buf = NULL;
	size_t cap = 0;
	int i, status = OK, nfiles = argc - 1;
	long bad = 0;
	if (argc < 1) {
		usage(stderr);
		return USAGE;
	}
	db = parley_db_open(argv[0], 0, &err);
	if (!db) {
		fprintf(stderr, "%s: %s\n", progname, err ? err : "out of memory");
		free(err);
		return EXIT_DB;
	}
	for (i = 1; i < argc || (nfiles == 0 && i == 1); i++) {
		const char *name = nfiles ? argv[i] : "-";
		FILE *f = strcmp(name, "-") == 0 ? stdin : fopen(name, "rb");
		ssize_t len;
		long no = 0;
		parley_rc rc = PARLEY_OK;
		if (!f) {
			fprintf(stderr, "%s: %s: %s\n", progname, name, strerror(errno));
			status = INPUT;
			continue;
		}
		while ((len = getline(&buf, &cap, f)) >= 0) {
			no++;
			while (len && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
				len--;
			if (len == 0)
				continue;
			rc = parley_db_load_line(db, buf, (size_t)len, no);
			if (rc == PARLEY_ERR_INPUT) {
				fprintf(stderr, "%s: %s:%s\n", progname, name, parley_db_errmsg(db));
				bad++;
				rc = PARLEY_OK;
			} else if (rc != PARLEY_OK) {
				break;
			}
		}
		if (ferror(f)) {
			fprintf(stderr, "%s: %s: %s\n", progname, name, strerror(errno));
			status = INPUT;
		}
		if (f != stdin)
			fclose(f);
		if (rc != PARLEY_OK) {
			status = rc == PARLEY_ERR_NOMEM ? SETUP : db_error(db, NULL);
			break;
		}
	}
	free(buf);
	if (status != EXIT_DB && status != SETUP) {
		if (parley_db_load_finish(db) != PARLEY_OK)
			status = db_error(db, NULL);
	}
	if (bad && status == OK)
		status = INPUT;
	parley_db_close(db);
	return status;
}

static int cmd_merge(int argc, char **argv)
{
	parley_db *db;
	char *err = NULL;
	int i;
	if (argc < 2) {
		usage(stderr);
		return USAGE;
	}
	db = parley_db_open(argv[argc - 1], 0, &err);
	if (!db) {
		fprintf(stderr, "%s: %s\n", progname, err ? err : "out of memory");
		free(err);
		return EXIT_DB;
	}
	for (i = 0; i < argc - 1; i++)
		if (parley_db_merge(db, argv[i]) != PARLEY_OK) {
			int rc = db_error(db, NULL);
			parley_db_close(db);
			return rc;
		}
	if (parley_db_dedup(db, 1) != PARLEY_OK) {
		int rc = db_error(db, NULL);
		parley_db_close(db);
		return rc;
	}
	parley_db_close(db);
	return OK;
}

int pl_cli_is_store_cmd(const char *cmd)
{
	return !strcmp(cmd, "load") || !strcmp(cmd, "merge") || !strcmp(cmd, "dedup") ||
	       !strcmp(cmd, "export") || !strcmp(cmd, "aggregate");
}

int pl_cli_store(int argc, char **argv)
{
	const char *cmd = argv[0], *path = NULL, *out = NULL;
	parley_query q;
	parley_db *db;
	char *err = NULL, *dyad = NULL;
	int i, window = 1, status = OK;
	FILE *f = stdout;
	parley_rc rc;
	for (i = 1; i < argc; i++)
		if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
			usage(stdout);
			return OK;
		}
	if (!strcmp(cmd, "load"))
		return cmd_load(argc - 1, argv + 1);
	if (!strcmp(cmd, "merge"))
		return cmd_merge(argc - 1, argv + 1);
	memset(&q, 0, sizeof q);
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		int more = i + 1 < argc;
#define VAL(field) do { if (!more) { fprintf(stderr, "%s: %s needs a value\n", progname, a); free(dyad); return USAGE; } field = argv[++i]; } while (0)
		if (!strcmp(a, "--db"))
			VAL(path);
		else if (!strcmp(a, "--format"))
			VAL(q.format);
		else if (!strcmp(a, "--dedup"))
			VAL(q.dedup);
		else if (!strcmp(a, "--from"))
			VAL(q.from);
		else if (!strcmp(a, "--to"))
			VAL(q.to);
		else if (!strcmp(a, "--by"))
			VAL(q.by);
		else if (!strcmp(a, "-o"))
			VAL(out);
		else if (!strcmp(a, "--root") && !strcmp(cmd, "export"))
			VAL(q.root);
		else if (!strcmp(a, "--root-code"))
			VAL(q.root);
		else if (!strcmp(a, "--root"))
			q.by_root = 1;
		else if (!strcmp(a, "--quad"))
			q.by_quad = 1;
		else if (!strcmp(a, "--window")) {
			const char *v;
			char *end;
			VAL(v);
			window = (int)strtol(v, &end, 10);
			if (*end || window < 1 || window > 366) {
				fprintf(stderr, "%s: --window wants a number of days from 1 to 366\n", progname);
				return USAGE;
			}
		} else if (!strcmp(a, "--dyad")) {
			const char *v;
			char *comma;
			VAL(v);
			free(dyad);
			dyad = strdup(v);
			comma = dyad ? strchr(dyad, ',') : NULL;
			if (!comma) {
				fprintf(stderr, "%s: --dyad wants SRC,TGT (either may be empty)\n", progname);
				free(dyad);
				return USAGE;
			}
			*comma = '\0';
			q.src = *dyad ? dyad : NULL;
			q.tgt = comma[1] ? comma + 1 : NULL;
		} else {
			fprintf(stderr, "%s: unknown option %s for %s (see %s %s --help)\n", progname, a, cmd,
			        progname, cmd);
			free(dyad);
			return USAGE;
		}
	}
	if (!path || (!strcmp(cmd, "export") && !q.format) || (!strcmp(cmd, "aggregate") && !q.by)) {
		fprintf(stderr, "%s: %s needs --db FILE%s\n", progname, cmd,
		        !strcmp(cmd, "export") ? " and --format" : !strcmp(cmd, "aggregate") ? " and --by" : "");
		free(dyad);
		return USAGE;
	}
	/* export and aggregate write: they rebuild events that are out of date */
	db = parley_db_open(path, PARLEY_DB_EXISTING, &err);
	if (!db) {
		fprintf(stderr, "%s: %s\n", progname, err ? err : "out of memory");
		free(err);
		free(dyad);
		return EXIT_DB;
	}
	if (out && !(f = fopen(out, "wb"))) {
		fprintf(stderr, "%s: %s: %s\n", progname, out, strerror(errno));
		parley_db_close(db);
		free(dyad);
		return OUTPUT;
	}
	if (!strcmp(cmd, "dedup"))
		rc = parley_db_dedup(db, window);
	else if (!strcmp(cmd, "export"))
		rc = parley_db_export(db, &q, write_out, f);
	else
		rc = parley_db_aggregate(db, &q, write_out, f);
	if (rc == PARLEY_ERR_INPUT) {
		fprintf(stderr, "%s: %s\n", progname, parley_db_errmsg(db));
		status = USAGE;
	} else if (rc == PARLEY_ERR_IO) {
		fprintf(stderr, "%s: %s: %s\n", progname, out ? out : "standard output", strerror(errno));
		status = OUTPUT;
	} else if (rc != PARLEY_OK) {
		status = db_error(db, NULL);
	}
	if ((fflush(f) != 0 || (f != stdout && fclose(f) != 0)) && status == OK) {
		fprintf(stderr, "%s: %s: %s\n", progname, out ? out : "standard output", strerror(errno));
		status = OUTPUT;
	}
	parley_db_close(db);
	free(dyad);
	return status;
}
