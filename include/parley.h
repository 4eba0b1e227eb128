/*
** parley.h: the public interface of libparley, a political event coder.
**
** parley reads news articles and writes records of who did what to whom
** (CAMEO events with Goldstein scores and PLOVER categories), with evidence
** spans into the text: records, as structs (parley_record, below) or as JSON
** Lines per the project's SCHEMA.
**
** Ownership, once for the whole interface: an object made by parley_X_new()
** or parley_X_open() is freed by the matching parley_X_free()/close(), which
** accept NULL.  Strings returned by parley belong to the object that returned
** them and stay valid until the next call on that object.  The library never
** prints and never aborts.
**
** Threads: a parley_store is read-only once open and may be shared by any
** number of threads; a parley_coder, a parley_rows and a parley_db each
** belong to one thread at a time.
*/
#ifndef PARLEY_H
#define PARLEY_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PARLEY_VERSION "0.1.0"

/* Result codes. */
typedef enum parley_rc {
	PARLEY_OK = 0,
	PARLEY_ERR_NOMEM = 1,   /* out of memory */
	PARLEY_ERR_IO = 2,      /* a file could not be read */
	PARLEY_ERR_DICT = 3,    /* dictionaries or models unusable */
	PARLEY_ERR_INPUT = 4,   /* bad input (the record explains) */
	PARLEY_STOPPED = 5,     /* a record callback asked to stop */
	PARLEY_ERR_DB = 6       /* database unusable: corrupt, locked, another
	                        ** schema version, disk full (parley_db_errmsg) */
} parley_rc;

/* How to open a store.  Zero-fill, then set what you need. */
typedef struct parley_options {
	const char *dict_dir;   /* folder of parley's dictionaries (dict/) */
	const char *data_dir;   /* folder of the data generated at build time */
	/* "parley" (NULL: the same) or "petrarch".  With "petrarch", actors,
	** agents, verb patterns and discards come only from dict_files, a
	** NULL-terminated list of PETRARCH/TABARI dictionary files (what each
	** holds is told from its content, else from its name); the CAMEO table
	** and the places still come from dict_dir. */
	const char *dict_format;
	const char *const *dict_files;
	/* Called once per problem found while loading ("file:line: message");
	** the line is skipped and loading goes on.  May be NULL. */
	void (*warn)(void *ud, const char *msg);
	void *warn_ud;
} parley_options;

/* Dictionaries, models and tables: loaded once, then read-only. */
typedef struct parley_store parley_store;

/* Opens a store.  On failure returns NULL and, when errmsg is not NULL, sets
** *errmsg to a message the caller frees with free(). */
parley_store *parley_store_open(const parley_options *opt, char **errmsg);
void parley_store_close(parley_store *s);

/* Counts of entries loaded, by kind, as "name count" lines (owned by s). */
const char *parley_store_stats(const parley_store *s);

/* Per-thread working state: an arena reset between articles. */
typedef struct parley_coder parley_coder;

parley_coder *parley_coder_new(const parley_store *s);
void parley_coder_free(parley_coder *c);

/* Names the input the next articles come from (a file name, "-" for
** standard input; NULL: none), for error records: they then carry a "file"
** field and their message reads "name:line: what".  The name is copied.
** Returns PARLEY_OK, or PARLEY_ERR_NOMEM (the name is then unchanged). */
int parley_coder_set_source(parley_coder *c, const char *name);

/* One article.  Zero-fill, then set what you have: NULL means absent. */
typedef struct parley_doc {
	const char *id;         /* may be NULL */
	const char *date;       /* "YYYY-MM-DD" or ISO date-time, or NULL */
	const char *text;       /* UTF-8 text, need not be NUL-terminated */
	size_t text_len;
	const char *title;      /* headline, or NULL */
	const char *source;     /* the outlet ("Reuters"), or NULL */
	const char *url;        /* or NULL */
} parley_doc;

/* Codes one article and returns its records as JSON Lines (each ending with
** a newline), *len bytes; the text is owned by c and valid until the next
** call on c.  Bad text (invalid UTF-8, NUL bytes) yields one error record.
** `line` is the input line number for error records (0: none).  Returns NULL
** only when out of memory. */
const char *parley_code_doc(parley_coder *c, const parley_doc *d, long line, size_t *len);

/* Same for one line of JSON Lines input ({"id","date","text",...}): a line
** that is not valid JSON, or has no string "text", yields one error record
** naming the line and the byte where the problem is. */
const char *parley_code_jsonl(parley_coder *c, const char *buf, size_t n, long line, size_t *len);

/* parley_code_jsonl that may overwrite buf: the text of a valid line is
** decoded in place rather than copied, so a long article is held once.  The
** article (parley_coder_doc) then points into buf.  Bytes after the line's
** text in buf are left as they were. */
const char *parley_code_jsonl_inplace(parley_coder *c, char *buf, size_t n, long line, size_t *len);

/*
** The record model.  Coding an article yields records -- events, quotations,
** figures, and errors for input that cannot be coded -- as the structs below;
** every writer (JSON Lines, the SQLite store, the service, the binding) reads
** them.  The JSON Lines text of parley_code_doc() is one such writer, and
** SCHEMA.md names each field as written there.
**
** Conventions, once for all the structs:
**   - spans [start, end) count Unicode code points of the article text;
**   - `text` fields point INTO the article text and are NOT NUL-terminated:
**     always use them with their `text_len` (bytes);
**   - other strings are NUL-terminated; NULL means absent;
**   - a pointer to a sub-struct (an actor, a place) is NULL when absent;
**   - `dict_file`/`dict_line` name the dictionary entry behind a decision
**     (NULL/0 when none).
**
** Ownership: records and everything they point to belong to the coder and
** stay valid during the callback only (the article's own strings, those of
** the parley_doc passed in, stay the caller's).  Copy what you keep.
*/

/* Actors (event source/target, quotation speaker, figure group/reporter). */
typedef struct parley_actor {
	const char *code;        /* CAMEO actor code ("USAGOV"), or NULL when the
	                         ** text names an actor the dictionaries do not know */
	const char *text;        /* the words in the text (text_len bytes) */
	size_t text_len;
	unsigned start, end;     /* span */
	const char *dict_file;   /* dictionary entry of the code, or NULL */
	unsigned dict_line;
	int from_pronoun;        /* a quotation's "he"/"she" resolved to this
	                         ** named speaker (text is the name) */
	const char *how;         /* how an event's actor was found: "dict" (a
	                         ** dictionary entry in the phrase), "people" (the
	                         ** people dictionary), "memory" (named earlier in
	                         ** the article), "pronoun", "context" (the country
	                         ** of the article), or NULL */
} parley_actor;

/* A word of the text: an event's verb (or noun), a quotation's cue. */
typedef struct parley_word {
	const char *text;        /* text_len bytes */
	size_t text_len;
	const char *lemma;       /* lower-case lemma */
	unsigned start, end;
} parley_word;

/* A place from the gazetteer and the words that name it. */
typedef struct parley_place {
	const char *name;        /* the gazetteer's name */
	const char *country;     /* ISO 3166 alpha-3, or NULL (seas, regions) */
	double lat, lon;
	const char *text;        /* text_len bytes */
	size_t text_len;
	unsigned start, end;
	const char *dict_file;
	unsigned dict_line;
} parley_place;

/* An issue (PETRARCH issue files) found in an event's sentence. */
typedef struct parley_issue {
	const char *code;
	const char *category;    /* or NULL */
	const char *text;        /* the phrase, text_len bytes */
	size_t text_len;
	unsigned start, end;
	const char *dict_file;
	unsigned dict_line;
} parley_issue;

typedef struct parley_event {
	unsigned sent;           /* sentence number in the article, from 0 */
	unsigned sent_start, sent_end;   /* the sentence's span */
	const char *date;        /* "YYYY-MM-DD" when it happened, or NULL */
	const char *date_precision;  /* "day" "week" "month" "year" (from the
	                         ** text), "article" (the article's date), NULL */
	const parley_actor *source, *target;   /* NULL: none */
	const char *code;        /* CAMEO event code, "020" */
	const char *root;        /* its first two digits, "02" */
	int quad;                /* 1-4: verbal/material cooperation/conflict */
	double goldstein;
	const char *plover_category, *plover_mode, *plover_context;  /* or NULL */
	parley_word verb;        /* the verb, or the noun when nominal */
	const char *verb_dict_file;   /* the verb pattern that matched */
	unsigned verb_dict_line;
	int nominal, negated, passive, intent;   /* 0 or 1 */
	const parley_place *location;            /* NULL: none */
	const parley_issue *issues;
	size_t nissues;
	const unsigned *quote_ids;   /* quotations its verb (or the verb of saying
	                                ** it stands for) introduces (quote.id) */
	size_t nquote_ids;
	const char *mood;        /* "asserted" (default), "conditional",
	                         ** "hypothetical", "question" */
	double confidence;       /* in [0, 1]; negative: not computed */
	int background;          /* 1: told as background to the story (dated
	                         ** well before the article, "had resigned",
	                         ** "was first elected"), not its news: the
	                         ** data set leaves it out (docs/store.md) */
} parley_event;

typedef struct parley_quote {
	unsigned id;             /* number in the article: "q<id>" in JSON */
	unsigned sent;
	int direct, partial;     /* 0 or 1 */
	const parley_actor *speaker;   /* NULL: unknown */
	const parley_word *cue;        /* NULL: none */
	const char *content;     /* the words quoted, content_len bytes; NULL: none */
	size_t content_len;
	unsigned content_start, content_end;
} parley_quote;

typedef struct parley_figure {
	unsigned sent;
	long count, low, high;   /* low == high == count for an exact number */
	const char *what;        /* killed injured hostages missing arrested
	                         ** displaced detained released dead other */
	const char *qualifier;   /* "at least", "more than", ... or NULL */
	const parley_actor *of;  /* the group counted, or NULL */
	const parley_actor *reported_by;   /* or NULL */
	const parley_place *location;      /* nearest place named, or NULL */
	const char *text;        /* the figure phrase, text_len bytes */
	size_t text_len;
	unsigned start, end;
} parley_figure;

typedef struct parley_error {
	const char *file;        /* the input it came from (parley_coder_set_source),
	                         ** or NULL */
	const char *message;     /* "in.jsonl:17: invalid JSON at byte 52: ..." */
} parley_error;

typedef enum parley_record_type {
	PARLEY_REC_EVENT = 1,
	PARLEY_REC_QUOTE = 2,
	PARLEY_REC_FIGURE = 3,
	PARLEY_REC_ERROR = 4
} parley_record_type;

/* One record.  Exactly the pointer of its type is set, the others are NULL.
** Records of an article come by kind, each in text order: events, quotes,
** figures; or one error record alone. */
typedef struct parley_record {
	parley_record_type type;
	const char *doc;         /* the article id, or NULL */
	long line;               /* input line number, 0 when none */
	const parley_doc *article;   /* the article as read: its date, title,
	                         ** source, url and text (for a JSON line, the
	                         ** fields decoded from it); NULL for an error
	                         ** before the line could be read */
	const parley_event *event;
	const parley_quote *quote;
	const parley_figure *figure;
	const parley_error *error;
} parley_record;

/* Called once per record; return 0 to go on, anything else to stop (the
** coding call then returns PARLEY_STOPPED). */
typedef int (*parley_record_fn)(void *ud, const parley_record *r);

/* Codes one article and calls fn for each of its records, in the order of
** parley_code_doc()'s output.  Bad text gives one error record (and
** PARLEY_OK: the error is in the data).  Returns PARLEY_ERR_NOMEM when out
** of memory (an error record saying so was passed to fn when possible), or
** PARLEY_STOPPED when fn asked to stop. */
parley_rc parley_code_records(parley_coder *c, const parley_doc *d, long line,
                              parley_record_fn fn, void *ud);

/* Same for one line of JSON Lines input, as parley_code_jsonl() reads it:
** besides "text", the string fields "id", "date", "title", "source" and
** "url" are read into the record's article. */
parley_rc parley_code_jsonl_records(parley_coder *c, const char *buf, size_t n, long line,
                                    parley_record_fn fn, void *ud);

/* The article of the last coding call on c, as read (for a JSON line, the
** fields decoded from it); NULL when the line could not be read.  Owned by
** c, valid until the next call on c.  Lets a writer record an article that
** yielded no records. */
const parley_doc *parley_coder_doc(const parley_coder *c);

/*
** The data set: records of many articles in an SQLite database (WAL mode;
** schema in docs/store.md, version PARLEY_DB_SCHEMA in PRAGMA user_version),
** deduplicated into events, and exported or aggregated.
**
** Loading is idempotent by article: writing an article replaces all its
** earlier rows (delete-then-insert, in the caller's transaction).  Records
** are first copied into a parley_rows (one per thread; no database access),
** then written in input order by the one thread that owns the parley_db.
** Errors: every function returning parley_rc sets a message naming the file
** (parley_db_errmsg); PARLEY_ERR_DB for a database that is corrupt, locked,
** of another schema version, or a disk that is full.
*/
#define PARLEY_DB_SCHEMA 2

typedef struct parley_db parley_db;

enum { PARLEY_DB_READONLY = 1, PARLEY_DB_EXISTING = 2 };

/* Opens the database at path, creating it when absent unless flags hold
** PARLEY_DB_READONLY or PARLEY_DB_EXISTING.
** Returns NULL on failure with *errmsg (free() it) naming the file. */
parley_db *parley_db_open(const char *path, int flags, char **errmsg);
void parley_db_close(parley_db *db);
/* The message of the last error ("FILE: what"), owned by db. */
const char *parley_db_errmsg(const parley_db *db);

/* Records of articles copied out of the coder, waiting to be written. */
typedef struct parley_rows parley_rows;
parley_rows *parley_rows_new(void);
void parley_rows_free(parley_rows *rows);
void parley_rows_clear(parley_rows *rows);
/* A parley_record_fn: copies one record (ud is the parley_rows).  Returns
** non-zero when out of memory. */
int parley_rows_add(void *rows, const parley_record *r);
/* Ends the article whose records were added since the last end: d is the
** article (parley_coder_doc(), or NULL when its line could not be read);
** an article without an id is keyed by the hash of its text. */
parley_rc parley_rows_end_article(parley_rows *rows, const parley_doc *d, long line);

/* One transaction around many parley_db_write() calls (a batch). */
parley_rc parley_db_begin(parley_db *db);
parley_rc parley_db_commit(parley_db *db);
/* Writes the articles in rows, each replacing its earlier rows. */
parley_rc parley_db_write(parley_db *db, const parley_rows *rows);

/* Deduplication (docs/store.md): rebuilds the events table from all the
** mentions.  window_days: mentions whose event dates fall in the same
** window of that many days (counted from 1970-01-01) may be one event. */
parley_rc parley_db_dedup(parley_db *db, int window_days);

/* Adds every article of the database at path (replacing those with the
** same id) in one transaction.  The events are then out of date: call
** parley_db_dedup() after the last merge. */
parley_rc parley_db_merge(parley_db *db, const char *path);

/* Loads one line of records as `parley code` writes them (JSON Lines); the
** records of one article must be consecutive.  Articles are written a batch
** at a time, each batch one transaction; parley_db_load_finish() writes the
** last.  The article row has the id and, from an event dated by the article,
** the date (title, source, url are not in the records).  A line that is not
** a record gives PARLEY_ERR_INPUT (message in parley_db_errmsg, naming the
** line) and is skipped. */
parley_rc parley_db_load_line(parley_db *db, const char *line, size_t n, long lineno);
parley_rc parley_db_load_finish(parley_db *db);

/* Output goes through a writer: return non-zero to stop (an error). */
typedef int (*parley_write_fn)(void *ud, const char *p, size_t n);

typedef struct parley_query {
	const char *format;   /* export: "phoenix" "gdelt" "gdelt-mentions" "csv" "jsonl" */
	const char *dedup;    /* "event" (default: across articles), "day"
	                      ** (Phoenix's one-a-day), "article" (PETRARCH's
	                      ** one per article), "none" (every mention) */
	const char *from, *to;        /* event dates, "YYYY-MM-DD", or NULL */
	const char *src, *tgt;        /* actor code prefixes, or NULL */
	const char *root;             /* CAMEO root "18", or NULL */
	const char *by;       /* aggregate: "day" "week" "month" */
	int by_root, by_quad; /* aggregate: a column for the root or quad class */
} parley_query;

parley_rc parley_db_export(parley_db *db, const parley_query *q, parley_write_fn w, void *ud);
parley_rc parley_db_aggregate(parley_db *db, const parley_query *q, parley_write_fn w, void *ud);

/* The error record of an input line the caller could not hand over (too
** long, blank, no memory to hold it): {"type":"error","doc":null,"file":...,
** "line":line,"message":"name:line: msg"}, counted with the coder's errors.
** Owned by c, valid until the next call; NULL when out of memory. */
const char *parley_error_record(parley_coder *c, long line, const char *msg, size_t *len);

/* For checking dictionaries and rules: the analysis of an article as text,
** one line per token (sentence, token, tag, lemma, chunk with its actor code,
** verb group with its subject), followed by its event records.  Owned by c,
** valid until the next call. */
const char *parley_explain_doc(parley_coder *c, const parley_doc *d, size_t *len);

/* Streams a coder's output: with write set, the records of an article are
** passed to write(ud, bytes, n) in pieces as they are made (each piece 64 KB
** or more, possibly ending inside a record) instead of being held until the
** article is done, and parley_code_doc/parley_code_jsonl return only the
** rest; the pieces and the rest, in that order, are the records.  Keeps the
** memory for the records of a long article small.  write NULL: off.  A
** failure to write is write's to remember. */
void parley_coder_set_output(parley_coder *c, void (*write)(void *ud, const char *p, size_t n),
                             void *ud);

/* Statistics of everything this coder has done. */
typedef struct parley_counts {
	long docs, sentences, tokens, events, quotes, figures, errors;
} parley_counts;
void parley_coder_counts(const parley_coder *c, parley_counts *out);

#ifdef __cplusplus
}
#endif
#endif
