/*
** main.c: the `parley` command.  Parses options and drives libparley; all
** the work is in the library (include/parley.h).
*/
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "parley.h"
#include "serve.h"
#include "store_cmd.h"
#include "validate.h"
#include "../io/stream.h"

/* Exit codes (documented in --help and the README). */
enum { EXIT_OKAY = 0, EXIT_USAGE = 1, EXIT_INPUT = 2, EXIT_SETUP = 3, EXIT_OUTPUT = 4 };

#define DEFAULT_MAX_LINE (64L << 20)

static const char *progname = "parley";
static long cli_errors;   /* error records written by the command itself */

static void usage_main(FILE *f)
{
	fprintf(f,
"usage: parley COMMAND [OPTIONS] [FILE...]\n"
"\n"
"parley codes news text into political event data: who did what to whom,\n"
"when and where (CAMEO event codes with Goldstein scores and PLOVER\n"
"categories), the quotations and their speakers, and the figures reported\n"
"(killed, injured, hostages, arrested, displaced ...), with evidence spans\n"
"into the text.\n"
"\n"
"commands:\n"
"  code        code articles (JSON Lines or plain text) and write JSON Lines\n"
"  dict stats  print the number of dictionary entries loaded, by kind\n"
"  explain     show how a text is analysed: tokens, tags, lemmas, chunks\n"
"              with actor codes, verb groups with subjects, then events\n"
"              (FILE is plain text; --date as for code --text)\n"
"  load, merge, dedup, export, aggregate\n"
"              build and query an event data set in SQLite (see\n"
"              `parley export --help` and docs/store.md)\n"
"  validate FILE.xml\n"
"              code PETRARCH-style validation records and compare with\n"
"              their expected codings; the dictionaries are those named in\n"
"              the file's <Environment> (in ../dictionaries/ from it), or\n"
"              the --dict-file ones\n"
"  serve       an HTTP service and a page: POST /code, GET / (the page),\n"
"              /health, /metrics; with --db FILE.sqlite also /events,\n"
"              /aggregate, /articles/ID.  Options: --port 8080, --bind\n"
"              127.0.0.1, --max-body 16777216, --timeout 30 (s), --max-conn\n"
"              256, --workers (threads; default: the cores), --drain 30 (s)\n"
"\n"
"options for every command:\n"
"  --dict DIR  folder of parley's dictionaries (default: found next to the\n"
"              program; or $PARLEY_DICT)\n"
"  --data DIR  folder of the data generated at build time (default: found\n"
"              next to the program; or $PARLEY_DATA)\n"
"  --dict-format FORMAT\n"
"              parley (default) or petrarch: actors, agents, verb patterns\n"
"              and discards from PETRARCH/TABARI dictionary files (the CAMEO\n"
"              table and places still from --dict)\n"
"  --dict-file FILE\n"
"              a PETRARCH/TABARI dictionary file (actors, agents, verbs,\n"
"              discards or issues, told from its content); repeat for each file\n"
"  -h, --help  this help; `parley code --help` for the code command\n"
"  --version   print the version\n"
"\n"
"exit status: 0 done (error records may have been written), 1 usage error,\n"
"2 an input file could not be read, 3 dictionaries or models could not be\n"
"loaded (or memory ran out before coding began), 4 output could not be\n"
"written, 5 the database could not be used (corrupt, locked, another schema\n"
"version, disk full).\n");
}

static void usage_code(FILE *f)
{
	fprintf(f,
"usage: parley code [OPTIONS] [FILE...]\n"
"\n"
"Reads articles from the FILEs (or standard input when there are none, or\n"
"for FILE '-') and writes one JSON record per line to standard output:\n"
"event, quote and figure records, and error records for input that cannot be\n"
"coded, naming the file and the line.  Every input line yields its records\n"
"or exactly one error record (an article in which nothing is found yields\n"
"none); the run goes on.\n"
"\n"
"Input is JSON Lines, one article per line: {\"id\": ..., \"date\":\n"
"\"YYYY-MM-DD\", \"text\": ...}; only \"text\" is required, other fields are\n"
"ignored.\n"
"\n"
"options:\n"
"  --text           each FILE is one plain-text article (id = file name)\n"
"  --date DATE      article date (YYYY-MM-DD) for --text input\n"
"  --db FILE        write the records into the SQLite database FILE (created\n"
"                   when absent; articles already there are replaced) instead\n"
"                   of standard output (docs/store.md)\n"
"  --max-line N     longest input line in bytes (default %ld); a longer\n"
"                   line becomes an error record\n"
"  -j, --threads N  code with N threads (default 1); the output is the same,\n"
"                   in input order, whatever N is\n"
"  -q, --quiet      no summary on standard error\n"
"  --dict DIR, --data DIR, --dict-format FORMAT, --dict-file FILE\n"
"                   as for every command\n"
"\n"
"A summary (articles, sentences, events, errors) goes to standard error.\n"
"Record format: see SCHEMA.md.  Exit status as in `parley --help`.\n",
		DEFAULT_MAX_LINE);
}

static int is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Finds dict/ and data/ next to the executable: installed
** (PREFIX/bin/parley -> PREFIX/share/parley/{dict,data}) or in the source
** tree (build/parley -> dict/, build/data/). */
static void default_dirs(char *dict, char *data, size_t n)
{
	char exe[PATH_MAX], *slash;
	ssize_t k = readlink("/proc/self/exe", exe, sizeof exe - 1);
	snprintf(dict, n, "dict");
	snprintf(data, n, "build/data");
	if (k <= 0)
		return;
	exe[k] = '\0';
	slash = strrchr(exe, '/');
	if (!slash)
		return;
	*slash = '\0';
	snprintf(dict, n, "%s/../share/parley/dict", exe);
	snprintf(data, n, "%s/../share/parley/data", exe);
	if (is_dir(dict) && is_dir(data))
		return;
	snprintf(dict, n, "%s/../dict", exe);
	snprintf(data, n, "%s/data", exe);
}

static void warn_cb(void *ud, const char *msg)
{
	(void)ud;
	fprintf(stderr, "%s: %s\n", progname, msg);
}

#define MAX_DICT_FILES 64

typedef struct opts {
	const char *dict, *data, *date;
	const char *db;             /* code --db FILE */
	const char *dict_format;
	const char *dict_files[MAX_DICT_FILES + 1];
	int ndict_files;
	int text, quiet, threads;
	long max_line;
} opts;

static void store_options(const opts *o, parley_options *po)
{
	static char dict[PATH_MAX + 32], data[PATH_MAX + 32];
	default_dirs(dict, data, sizeof dict);
	memset(po, 0, sizeof *po);
	po->dict_dir = o->dict ? o->dict : getenv("PARLEY_DICT") ? getenv("PARLEY_DICT") : dict;
	po->data_dir = o->data ? o->data : getenv("PARLEY_DATA") ? getenv("PARLEY_DATA") : data;
	po->dict_format = o->dict_format ? o->dict_format : o->ndict_files ? "petrarch" : NULL;
	po->dict_files = o->ndict_files ? o->dict_files : NULL;
	po->warn = warn_cb;
}

static parley_store *open_store(const opts *o)
{
	parley_options po;
	parley_store *s;
	char *err = NULL;
	store_options(o, &po);
	s = parley_store_open(&po, &err);
	if (!s) {
		fprintf(stderr, "%s: cannot load dictionaries: %s\n", progname, err ? err : "?");
		free(err);
	}
	return s;
}

/* Standard output: the first failed write is reported once, with the
** system's reason, and makes the exit status 4. */
static int out_err;

static void out_fail(int e)
{
	if (out_err)
		return;
	out_err = e;
	fprintf(stderr, "%s: writing standard output: %s\n", progname, strerror(e));
}

static int out_write(const char *p, size_t n)
{
	int e;
	if (out_err)
		return -1;
	e = pl_stream_write(stdout, p, n);
	if (e) {
		out_fail(e);
		return -1;
	}
	return 0;
}

/* Flushes standard output; the exit status, 4 when any write failed. */
static int out_finish(int status)
{
	int e = out_err ? 0 : pl_stream_flush(stdout);
	if (e)
		out_fail(e);
	return out_err ? EXIT_OUTPUT : status;
}

static const char *display_name(const char *name)
{
	return strcmp(name, "-") == 0 ? "standard input" : name;
}

static void read_failed(const char *name, int e)
{
	fprintf(stderr, "%s: %s: %s\n", progname, display_name(name), strerror(e));
}

/* The record written for a line when memory ran out even for its error
** record: built without allocating. */
static const char *oom_record(const char *name, long lineno, size_t *len)
{
	static char rec[2400];
	char esc[1100];
	size_t k = 0;
	const char *p;
	for (p = name; *p && k + 8 < sizeof esc; p++) {
		unsigned char ch = (unsigned char)*p;
		if (ch == '"' || ch == '\\') {
			esc[k++] = '\\';
			esc[k++] = (char)ch;
		} else if (ch < 0x20) {
			k += (size_t)snprintf(esc + k, sizeof esc - k, "\\u%04x", ch);
		} else {
			esc[k++] = (char)ch;
		}
	}
	esc[k] = '\0';
	snprintf(rec, sizeof rec, "{\"type\":\"error\",\"doc\":null,\"file\":\"%s\",\"line\":%ld,"
	         "\"message\":\"%s:%ld: out of memory\"}\n", esc, lineno, esc, lineno);
	*len = strlen(rec);
	return rec;
}

/* Buffered line reader that keeps NUL bytes and bounds line length. */
typedef struct reader {
	FILE *f;
	size_t pos, end;
	int eof;
	int err;        /* errno of a read error, or 0 */
	char buf[1 << 16];
} reader;

/* Why a line was not kept. */
enum { LINE_OK = 0, LINE_TOOLONG = 1, LINE_NOMEM = 2 };

/* Reads the next line (without its newline) into *line; keeps at most max
** bytes and sets *skip to LINE_TOOLONG when there were more, or LINE_NOMEM
** when memory ran out (the rest of the line is then passed over).  Returns 0
** at the end of input or after a read error (r->err; a line cut short by the
** error is dropped), 1 for a line. */
static int read_line(reader *r, char **line, size_t *cap, size_t *len, size_t max, int *skip)
{
	int any = 0;
	*len = 0;
	*skip = LINE_OK;
	for (;;) {
		char *nl;
		size_t take;
		if (r->pos == r->end) {
			if (r->eof)
				return r->err ? 0 : any;
			r->end = pl_stream_read(r->f, r->buf, sizeof r->buf, &r->err);
			r->pos = 0;
			if (r->err)
				r->eof = 1;
			if (r->end == 0) {
				r->eof = 1;
				return r->err ? 0 : any;
			}
		}
		any = 1;
		nl = memchr(r->buf + r->pos, '\n', r->end - r->pos);
		take = (nl ? (size_t)(nl - r->buf) : r->end) - r->pos;
		if (!*skip && *len + take > max)
			*skip = LINE_TOOLONG;
		if (!*skip && *len + take + 1 > *cap) {
			size_t nc = *cap ? *cap * 2 : 65536;
			char *np;
			while (nc < *len + take + 1)
				nc *= 2;
			np = realloc(*line, nc);
			if (!np) {
				*skip = LINE_NOMEM;
			} else {
				*line = np;
				*cap = nc;
			}
		}
		if (!*skip) {
			memcpy(*line + *len, r->buf + r->pos, take);
			*len += take;
		}
		r->pos += take;
		if (nl) {
			r->pos++;
			return 1;
		}
	}
}

static int is_blank(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t')
			return 0;
	return 1;
}

/* Output of one worker, written after the workers before it. */
typedef struct obuf {
	char *p;
	size_t n, cap;
	int oom;
} obuf;

static void obuf_add(obuf *b, const char *s, size_t n)
{
	if (b->oom || !n)
		return;
	if (b->n + n > b->cap) {
		size_t nc = b->cap ? b->cap * 2 : 4096;
		char *np;
		while (nc < b->n + n)
			nc *= 2;
		np = realloc(b->p, nc);
		if (!np) {
			b->oom = 1;
			return;
		}
		b->p = np;
		b->cap = nc;
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
}

/* One input line waiting to be coded, and its records once coded. */
typedef struct slot {
	char *line;
	size_t cap, len;
	long lineno;
	int skip;       /* LINE_OK, LINE_TOOLONG or LINE_NOMEM */
	obuf out;       /* out.oom: memory ran out; one error record instead */
} slot;

/* A batch of slots shared by the workers, who take them in small chunks so
** that no worker waits long for another. */
typedef struct batch {
	slot *s;
	int n;
	atomic_int next;
	const opts *o;
	int direct;           /* one thread: records go out at once, uncopied */
	const char *name;     /* of the input, for error records */
	int chunk;            /* most slots a worker takes at a time */
	int nthreads;
} batch;

typedef struct worker {
	parley_coder *c;
	batch *b;
	slot *cur;            /* the line being coded */
} worker;

#define CHUNK 8

/* Output sink of the only coder: records go out as they are made (a
** failure is remembered by out_write, and nothing more is written). */
static void direct_write(void *ud, const char *p, size_t n)
{
	(void)ud;
	if (n)
		out_write(p, n);
}

/* Output sink of a coder among several: the records of a long article go
** to its slot as they are made, not held by the coder and then copied. */
static void slot_write(void *ud, const char *p, size_t n)
{
	worker *w = ud;
	obuf_add(&w->cur->out, p, n);
}

static void code_slot(parley_coder *c, slot *sl, batch *b)
{
	char msg[200];
	size_t olen = 0;
	const char *out;
	while (sl->len && sl->line[sl->len - 1] == '\r')
		sl->len--;
	if (sl->skip || is_blank(sl->line, sl->len)) {
		if (sl->skip == LINE_TOOLONG)
			snprintf(msg, sizeof msg, "longer than %ld bytes (--max-line), skipped", b->o->max_line);
		else if (sl->skip == LINE_NOMEM)
			snprintf(msg, sizeof msg, "out of memory reading the line, skipped");
		else
			snprintf(msg, sizeof msg, "empty line");
		out = parley_error_record(c, sl->lineno, msg, &olen);
	} else {
		out = parley_code_jsonl_inplace(c, sl->line, sl->len, sl->lineno, &olen);
	}
	if (b->direct) {
		/* the lines before it, and the first records of this one, are
		** written already */
		if (!out) {
			out = oom_record(b->name, sl->lineno, &olen);
			cli_errors++;
		}
		direct_write(b, out, olen);
		return;
	}
	if (!out)
		sl->out.oom = 1;
	else
		obuf_add(&sl->out, out, olen);
}

static void *run_worker(void *arg)
{
	worker *w = arg;
	batch *b = w->b;
	for (;;) {
		/* a share of what is left, so that the workers finish a batch
		** together: chunks shrink to one line at its end */
		int i = atomic_load(&b->next), c, k;
		do {
			if (i >= b->n)
				return NULL;
			c = (b->n - i) / (2 * b->nthreads);
			c = c < 1 ? 1 : c > b->chunk ? b->chunk : c;
		} while (!atomic_compare_exchange_weak(&b->next, &i, i + c));
		for (k = i; k < i + c; k++) {
			w->cur = &b->s[k];
			code_slot(w->c, w->cur, b);
		}
	}
}

/* A batch holds at most BATCH_PER_THREAD lines or BATCH_BYTES bytes of input
** per thread, whichever comes first, so that memory stays bounded by the
** threads, not by the length of the articles; buffers left over a slot's
** share by a long line are given back after the batch. */
#define BATCH_PER_THREAD 512
#define BATCH_BYTES (1L << 18)
#define SLOT_KEEP (1L << 18)

/* Codes JSON Lines from f (named name) with one coder per thread, a batch of
** lines at a time; records are written in input order, so the output is the
** same whatever the number of threads.  Returns an exit status. */
static int code_stream(parley_coder **cs, int nthreads, FILE *f, const char *name, const opts *o)
{
	reader *r = calloc(1, sizeof *r);
	int nslot = nthreads * BATCH_PER_THREAD, status = EXIT_OKAY, i;
	slot *sl = calloc((size_t)nslot, sizeof *sl);
	worker *ws = calloc((size_t)nthreads, sizeof *ws);
	pthread_t *th = calloc((size_t)nthreads, sizeof *th);
	char *started = calloc((size_t)nthreads, 1);
	batch b;
	long lineno = 0;
	if (!r || !sl || !ws || !th || !started) {
		free(r); free(sl); free(ws); free(th); free(started);
		fprintf(stderr, "%s: out of memory\n", progname);
		return EXIT_SETUP;
	}
	r->f = f;
	b.s = sl;
	b.o = o;
	b.name = name;
	b.nthreads = nthreads;
	b.direct = nthreads == 1;
	for (i = 0; i < nthreads; i++) {
		ws[i].c = cs[i];
		ws[i].b = &b;
		parley_coder_set_output(cs[i], b.direct ? direct_write : slot_write,
		                        b.direct ? (void *)&b : (void *)&ws[i]);
	}
	for (;;) {
		int n = 0;
		size_t bytes = 0, maxbytes = (size_t)nthreads * BATCH_BYTES;
		while (n < nslot && bytes < maxbytes &&
		       read_line(r, &sl[n].line, &sl[n].cap, &sl[n].len,
		                 (size_t)o->max_line, &sl[n].skip) > 0) {
			bytes += sl[n].len;
			sl[n].out.n = 0;
			sl[n].out.oom = 0;
			sl[n++].lineno = ++lineno;
		}
		if (n == 0)
			break;
		b.n = n;
		/* small chunks when a batch holds few (long) lines */
		b.chunk = n / (4 * nthreads);
		b.chunk = b.chunk < 1 ? 1 : b.chunk > CHUNK ? CHUNK : b.chunk;
		atomic_init(&b.next, 0);
		for (i = 0; i < nthreads; i++) {
			ws[i].c = cs[i];
			ws[i].b = &b;
		}
		/* the calling thread is worker 0 */
		for (i = 1; i < nthreads; i++)
			started[i] = pthread_create(&th[i], NULL, run_worker, &ws[i]) == 0;
		run_worker(&ws[0]);
		for (i = 1; i < nthreads; i++)
			if (started[i])
				pthread_join(th[i], NULL);
		for (i = 0; i < n && status == EXIT_OKAY; i++) {
			const char *p = sl[i].out.p;
			size_t len = sl[i].out.n;
			if (sl[i].out.oom) {
				p = oom_record(name, sl[i].lineno, &len);
				cli_errors++;
			}
			if (out_write(p, len) < 0)
				status = EXIT_OUTPUT;
		}
		if (b.direct && out_err)
			status = EXIT_OUTPUT;
		for (i = 0; i < n; i++) {
			if (sl[i].cap > SLOT_KEEP) {
				free(sl[i].line);
				sl[i].line = NULL;
				sl[i].cap = 0;
			}
			if (sl[i].out.cap > SLOT_KEEP) {
				free(sl[i].out.p);
				memset(&sl[i].out, 0, sizeof sl[i].out);
			}
		}
		if (status != EXIT_OKAY || (n < nslot && bytes < maxbytes))
			break;
	}
	for (i = 0; i < nthreads; i++)
		parley_coder_set_output(cs[i], NULL, NULL);
	if (status == EXIT_OKAY && r->err) {
		read_failed(name, r->err);
		status = EXIT_INPUT;
	}
	for (i = 0; i < nslot; i++) {
		free(sl[i].line);
		free(sl[i].out.p);
	}
	free(sl);
	free(ws);
	free(th);
	free(started);
	free(r);
	return status;
}

/* Reads a whole file of at most max bytes into *buf (NUL-terminated).
** Returns 0, or an errno value: a read error, or ENOMEM; *toolong is set
** (and nothing kept) when the file is longer than max. */
static int slurp_text(FILE *f, long max, char **buf, size_t *len, int *toolong)
{
	size_t cap = 0;
	char scratch[4096];
	int err = 0;
	*buf = NULL;
	*len = 0;
	*toolong = 0;
	for (;;) {
		size_t k;
		if (*toolong) {
			k = pl_stream_read(f, scratch, sizeof scratch, &err);
		} else {
			if (cap - *len < 4097) {
				size_t nc = cap ? cap * 2 : 65536;
				char *np = realloc(*buf, nc);
				if (!np) {
					free(*buf);
					*buf = NULL;
					return ENOMEM;
				}
				*buf = np;
				cap = nc;
			}
			k = pl_stream_read(f, *buf + *len, cap - *len - 1, &err);
			*len += k;
			if (*len > (size_t)max) {
				*toolong = 1;
				free(*buf);
				*buf = NULL;
				*len = 0;
			}
		}
		if (err || k == 0)
			break;
	}
	if (err) {
		free(*buf);
		*buf = NULL;
		return err;
	}
	if (*buf)
		(*buf)[*len] = '\0';
	return 0;
}

static int code_textfile(parley_coder *c, FILE *f, const char *name, const opts *o)
{
	char *buf, msg[200];
	size_t len, olen = 0;
	int toolong, e = slurp_text(f, o->max_line, &buf, &len, &toolong);
	parley_doc d;
	const char *out;
	if (e && e != ENOMEM) {
		read_failed(name, e);
		return EXIT_INPUT;
	}
	if (e == ENOMEM || toolong) {
		snprintf(msg, sizeof msg, e ? "out of memory reading the file, skipped"
		         : "longer than %ld bytes (--max-line), skipped", o->max_line);
		out = parley_error_record(c, 0, msg, &olen);
	} else {
		memset(&d, 0, sizeof d);
		d.id = name;
		d.date = o->date;
		d.text = buf ? buf : "";
		d.text_len = len;
		out = parley_code_doc(c, &d, 0, &olen);
	}
	free(buf);
	if (!out) {
		out = oom_record(name, 0, &olen);
		cli_errors++;
	}
	return out_write(out, olen) < 0 ? EXIT_OUTPUT : EXIT_OKAY;
}

static int cmd_code(int argc, char **argv, opts *o)
{
	parley_store *s;
	parley_coder **cs;
	parley_counts n, total;
	int i, status = EXIT_OKAY, nfiles = 0;
	for (i = 0; i < argc; i++)
		if (argv[i])
			nfiles++;
	s = open_store(o);
	if (!s)
		return EXIT_SETUP;
	cs = calloc((size_t)o->threads, sizeof *cs);
	for (i = 0; cs && i < o->threads; i++)
		if (!(cs[i] = parley_coder_new(s)))
			break;
	if (!cs || i < o->threads) {
		fprintf(stderr, "%s: out of memory\n", progname);
		for (i = 0; cs && i < o->threads; i++)
			parley_coder_free(cs[i]);
		free(cs);
		parley_store_close(s);
		return EXIT_SETUP;
	}
	for (i = 0; i < argc || (nfiles == 0 && i == 0); i++) {
		const char *name = nfiles ? argv[i] : "-";
		FILE *f;
		int rc = EXIT_OKAY, k;
		if (!name)
			continue;
		f = strcmp(name, "-") == 0 ? stdin : fopen(name, "rb");
		if (!f) {
			fprintf(stderr, "%s: %s: %s\n", progname, name, strerror(errno));
			status = EXIT_INPUT;
			continue;
		}
		for (k = 0; k < o->threads; k++)
			if (parley_coder_set_source(cs[k], name) != PARLEY_OK) {
				fprintf(stderr, "%s: out of memory\n", progname);
				rc = EXIT_SETUP;
			}
		if (rc == EXIT_OKAY)
			rc = o->text ? code_textfile(cs[0], f, name, o) : code_stream(cs, o->threads, f, name, o);
		if (f != stdin)
			fclose(f);
		if (rc != EXIT_OKAY && (status == EXIT_OKAY || rc == EXIT_OUTPUT || rc == EXIT_SETUP))
			status = rc;
		if (rc == EXIT_OUTPUT || rc == EXIT_SETUP || nfiles == 0)
			break;
	}
	status = out_finish(status);
	memset(&total, 0, sizeof total);
	for (i = 0; i < o->threads; i++) {
		parley_coder_counts(cs[i], &n);
		total.docs += n.docs;
		total.sentences += n.sentences;
		total.events += n.events;
		total.errors += n.errors;
		parley_coder_free(cs[i]);
	}
	free(cs);
	if (!o->quiet)
		fprintf(stderr, "%s: %ld articles, %ld sentences, %ld events, %ld error records%s\n",
		        progname, total.docs, total.sentences, total.events, total.errors + cli_errors,
		        status == EXIT_OUTPUT ? "; output INCOMPLETE (writing failed)"
		        : status == EXIT_INPUT ? "; input not all read (see above)"
		        : status == EXIT_SETUP ? "; stopped (see above)" : "");
	parley_store_close(s);
	return status;
}

static int cmd_explain(int argc, char **argv, opts *o)
{
	parley_store *s;
	parley_coder *c;
	int i, status = EXIT_OKAY;
	if (argc < 1) {
		fprintf(stderr, "%s: usage: parley explain [--date DATE] FILE...\n", progname);
		return EXIT_USAGE;
	}
	s = open_store(o);
	if (!s)
		return EXIT_SETUP;
	c = parley_coder_new(s);
	if (!c) {
		fprintf(stderr, "%s: out of memory\n", progname);
		parley_store_close(s);
		return EXIT_SETUP;
	}
	for (i = 0; i < argc && status != EXIT_OUTPUT; i++) {
		FILE *f = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "rb");
		char *buf;
		size_t len, olen = 0;
		int toolong, e;
		parley_doc d;
		const char *out;
		if (!f) {
			fprintf(stderr, "%s: %s: %s\n", progname, argv[i], strerror(errno));
			status = EXIT_INPUT;
			continue;
		}
		e = slurp_text(f, o->max_line, &buf, &len, &toolong);
		if (f != stdin)
			fclose(f);
		if (e || toolong) {
			if (e == ENOMEM)
				fprintf(stderr, "%s: %s: out of memory\n", progname, argv[i]);
			else if (e)
				read_failed(argv[i], e);
			else
				fprintf(stderr, "%s: %s: longer than %ld bytes (--max-line)\n", progname,
				        argv[i], o->max_line);
			status = e == ENOMEM ? EXIT_SETUP : EXIT_INPUT;
			continue;
		}
		memset(&d, 0, sizeof d);
		d.id = argv[i];
		d.date = o->date;
		d.text = buf ? buf : "";
		d.text_len = len;
		out = parley_explain_doc(c, &d, &olen);
		if (!out) {
			fprintf(stderr, "%s: %s: out of memory\n", progname, argv[i]);
			status = EXIT_SETUP;
		} else if (out_write(out, olen) < 0) {
			status = EXIT_OUTPUT;
		}
		free(buf);
	}
	parley_coder_free(c);
	parley_store_close(s);
	return status;
}

static int cmd_dict(int argc, char **argv, opts *o)
{
	parley_store *s;
	if (argc < 1 || strcmp(argv[0], "stats") != 0) {
		fprintf(stderr, "%s: usage: parley dict stats\n", progname);
		return EXIT_USAGE;
	}
	{
		struct timespec t0, t1;
		clock_gettime(CLOCK_MONOTONIC, &t0);
		s = open_store(o);
		clock_gettime(CLOCK_MONOTONIC, &t1);
		if (!s)
			return EXIT_SETUP;
		fputs(parley_store_stats(s), stdout);
		printf("load_ms %.1f\n", (double)(t1.tv_sec - t0.tv_sec) * 1e3 +
		       (double)(t1.tv_nsec - t0.tv_nsec) / 1e6);
	}
	parley_store_close(s);
	return EXIT_OKAY;
}


static int run(int argc, char **argv)
{
	opts o;
	const char *cmd = NULL;
	char **rest;
	int i, nrest = 0;
	memset(&o, 0, sizeof o);
	o.max_line = DEFAULT_MAX_LINE;
	o.threads = 1;
	/* the data-set commands parse their own options */
	if (argc > 1 && pl_cli_is_store_cmd(argv[1]))
		return pl_cli_store(argc - 1, argv + 1);
	rest = calloc((size_t)argc + 1, sizeof *rest);
	if (!rest)
		return EXIT_SETUP;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *val = NULL;
#define WANTVAL() do { if (i + 1 >= argc) { fprintf(stderr, "%s: %s needs a value\n", progname, a); free(rest); return EXIT_USAGE; } val = argv[++i]; } while (0)
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			if (cmd && !strcmp(cmd, "code"))
				usage_code(stdout);
			else
				usage_main(stdout);
			free(rest);
			return EXIT_OKAY;
		} else if (!strcmp(a, "--version")) {
			printf("parley %s\n", PARLEY_VERSION);
			free(rest);
			return EXIT_OKAY;
		} else if (!strcmp(a, "--dict")) {
			WANTVAL(); o.dict = val;
		} else if (!strcmp(a, "--data")) {
			WANTVAL(); o.data = val;
		} else if (!strcmp(a, "--dict-format")) {
			WANTVAL();
			if (strcmp(val, "parley") != 0 && strcmp(val, "petrarch") != 0) {
				fprintf(stderr, "%s: --dict-format wants parley or petrarch\n", progname);
				free(rest);
				return EXIT_USAGE;
			}
			o.dict_format = val;
		} else if (!strcmp(a, "--dict-file")) {
			WANTVAL();
			if (o.ndict_files == MAX_DICT_FILES) {
				fprintf(stderr, "%s: at most %d --dict-file options\n", progname, MAX_DICT_FILES);
				free(rest);
				return EXIT_USAGE;
			}
			o.dict_files[o.ndict_files++] = val;
		} else if (!strcmp(a, "--date")) {
			WANTVAL(); o.date = val;
		} else if (!strcmp(a, "--db")) {
			WANTVAL(); o.db = val;
		} else if (!strcmp(a, "--max-line")) {
			char *end;
			WANTVAL();
			o.max_line = strtol(val, &end, 10);
			if (*end || o.max_line < 16) {
				fprintf(stderr, "%s: --max-line wants a number of bytes >= 16\n", progname);
				free(rest);
				return EXIT_USAGE;
			}
		} else if (!strcmp(a, "-j") || !strcmp(a, "--threads")) {
			char *end;
			WANTVAL();
			o.threads = (int)strtol(val, &end, 10);
			if (*end || o.threads < 1 || o.threads > 256) {
				fprintf(stderr, "%s: -j wants a number of threads from 1 to 256\n", progname);
				free(rest);
				return EXIT_USAGE;
			}
		} else if (!strcmp(a, "--text")) {
			o.text = 1;
		} else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
			o.quiet = 1;
		} else if (a[0] == '-' && cmd && !strcmp(cmd, "serve")) {
			rest[nrest++] = argv[i];   /* serve's own options */
		} else if (a[0] == '-' && a[1] && strcmp(a, "-") != 0) {
			fprintf(stderr, "%s: unknown option %s (see %s --help)\n", progname, a, progname);
			free(rest);
			return EXIT_USAGE;
		} else if (!cmd) {
			cmd = a;
		} else {
			rest[nrest++] = argv[i];
		}
	}
	if (o.date) {
		int y, m, d;
		if (sscanf(o.date, "%4d-%2d-%2d", &y, &m, &d) != 3) {
			fprintf(stderr, "%s: --date wants YYYY-MM-DD, not %s\n", progname, o.date);
			free(rest);
			return EXIT_USAGE;
		}
	}
	if (!cmd) {
		usage_main(stderr);
		free(rest);
		return EXIT_USAGE;
	}
	if (!strcmp(cmd, "code") && o.db) {
		parley_options po;
		int rc;
		if (o.text) {
			fprintf(stderr, "%s: --db reads JSON Lines input, not --text\n", progname);
			free(rest);
			return EXIT_USAGE;
		}
		store_options(&o, &po);
		rc = pl_cli_code_db(&po, o.db, rest, nrest, o.threads, o.max_line, o.quiet);
		free(rest);
		return rc;
	}
	if (!strcmp(cmd, "code")) {
		int rc = cmd_code(nrest, rest, &o);
		free(rest);
		return rc;
	}
	if (!strcmp(cmd, "explain")) {
		int rc = cmd_explain(nrest, rest, &o);
		free(rest);
		return rc;
	}
	if (!strcmp(cmd, "dict")) {
		int rc = cmd_dict(nrest, rest, &o);
		free(rest);
		return rc;
	}
	if (!strcmp(cmd, "serve")) {
		parley_options po;
		int rc;
		store_options(&o, &po);
		rc = parley_serve_cli(nrest, rest, &po, o.db);
		free(rest);
		return rc;
	}
	if (!strcmp(cmd, "validate")) {
		parley_options po;
		int rc;
		if (nrest != 1) {
			fprintf(stderr, "%s: usage: parley validate [--dict-file FILE...] FILE.xml\n", progname);
			free(rest);
			return EXIT_USAGE;
		}
		store_options(&o, &po);
		rc = parley_validate(rest[0], &po, stdout, stderr);
		free(rest);
		return rc;
	}
	fprintf(stderr, "%s: unknown command %s (see %s --help)\n", progname, cmd, progname);
	free(rest);
	return EXIT_USAGE;
}

/* glibc moves its threshold for serving a request by mmap up to the size
** of each such block freed (as far as 32 MB): after the first window of a
** long article, the big arrays sized by its length ("a token per 5 bytes")
** came from the heap, zeroed there, and took memory for their whole size
** rather than for what is written.  A fixed threshold keeps them in pages of
** their own, which cost only what is used and go back when freed (the
** joined 10 MB article: 203 MB -> 191 MB; output and time unchanged).  The
** usual arena blocks (256 KB) stay below it. */
static void tune_malloc(void)
{
#ifdef __GLIBC__
	mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
}

int main(int argc, char **argv)
{
	tune_malloc();
	pl_stream_guard_std();
	return out_finish(run(argc, argv));
}
