/*
** jsonl.h: JSON Lines input (one article per line, parsed with jansson) and
** output (records per SCHEMA.md, written by hand for speed).
*/
#ifndef PL_JSONL_H
#define PL_JSONL_H

#include <stddef.h>

#include "../base/arena.h"
#include "../base/buf.h"
#include "../code/coder.h"
#include "../extract/figure.h"
#include "../extract/quote.h"
#include "../text/segment.h"

/* One input article; strings live in the arena. */
typedef struct pl_indoc {
	const char *id;     /* NULL when absent */
	const char *date;   /* NULL when absent or null */
	const char *text;
	size_t len;
} pl_indoc;

/* Parses one JSON line.  Returns 0, or -1 with a message such as
** "invalid JSON at byte 52: unexpected newline" or "no \"text\" string field"
** in err (and out->id set when the line had one). */
int pl_jsonl_read(const char *buf, size_t n, pl_arena *a, pl_indoc *out,
                  char *err, size_t errlen);

/* The fast path of pl_jsonl_read: returns 1 when buf is a valid JSON object
** with a string "text" that it read completely into *out, else 0 (then the
** caller uses jansson, which also explains what is wrong). */
int pl_jsonl_fast(const char *buf, size_t n, pl_arena *a, pl_indoc *out);

/* pl_jsonl_read with jansson only (the oracle for tests of the fast path). */
int pl_jsonl_read_full(const char *buf, size_t n, pl_arena *a, pl_indoc *out,
                       char *err, size_t errlen);

/* What the writer needs to know about the article. */
typedef struct pl_outdoc {
	const char *id;
	const char *text;
	const pl_text *tx;
} pl_outdoc;

/* Appends one event record (and its newline) to b; quotes are the article's
** quotes, so that a statement event can name those its verb introduces. */
void pl_write_event(pl_buf *b, const pl_outdoc *d, const pl_event *e,
                    const pl_quote *quotes, size_t nquotes);

/* Appends one quote record; id is its number in the article ("q3"), which
** statement events refer to. */
void pl_write_quote(pl_buf *b, const pl_outdoc *d, const pl_quote *q, size_t id);

/* Appends one figure record; an is the analysis of its sentence (for the
** actor codes of the group and the reporter). */
void pl_write_figure(pl_buf *b, const pl_outdoc *d, const pl_sentan *an, uint32_t sent,
                     const pl_figure *f);

/* Appends one error record: {"type":"error","doc":id,"file":file,"line":line,
** "message":msg}, without "file" when file is NULL. */
void pl_write_error(pl_buf *b, const char *id, const char *file, long line, const char *msg);

#endif
