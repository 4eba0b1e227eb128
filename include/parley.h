/*
** parley.h: the public interface of libparley, a political event coder.
**
** parley reads news articles and writes records of who did what to whom
** (CAMEO events with Goldstein scores and PLOVER categories), with evidence
** spans into the text.  Records are JSON Lines per the project's SCHEMA.
**
** Ownership, once for the whole interface: an object made by parley_X_new()
** or parley_X_open() is freed by the matching parley_X_free()/close(), which
** accept NULL.  Strings returned by parley belong to the object that returned
** them and stay valid until the next call on that object.  The library never
** prints and never aborts.
**
** Threads: a parley_store is read-only once open and may be shared by any
** number of threads; a parley_coder belongs to one thread at a time.
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
	PARLEY_ERR_INPUT = 4    /* bad input (the record explains) */
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

/* One article. */
typedef struct parley_doc {
	const char *id;         /* may be NULL */
	const char *date;       /* "YYYY-MM-DD" or ISO date-time, or NULL */
	const char *text;       /* UTF-8 text, need not be NUL-terminated */
	size_t text_len;
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
