/*
** jsonl.h: JSON Lines input (one article per line, parsed with jansson) and
** output (records per SCHEMA.md, written by hand for speed).
*/
#ifndef PL_JSONL_H
#define PL_JSONL_H

#include <stddef.h>

#include "parley.h"
#include "../base/arena.h"
#include "../base/buf.h"

/* One input article; strings live in the arena. */
typedef struct pl_indoc {
	const char *id;     /* NULL when absent */
	const char *date;   /* NULL when absent or null */
	const char *text;
	size_t len;
	const char *title;  /* these three NULL when absent or not strings */
	const char *source;
	const char *url;
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

/* pl_jsonl_read that decodes the "text" of a valid line in place, in buf
** (out->text then points into buf, which it overwrites in part), rather than
** into a copy: a long article's line is held once.  A line it cannot read
** is left as it was and read by jansson. */
int pl_jsonl_read_inplace(char *buf, size_t n, pl_arena *a, pl_indoc *out,
                          char *err, size_t errlen);

/* The fast path of pl_jsonl_read_inplace (1 when it read the line). */
int pl_jsonl_fast_inplace(char *buf, size_t n, pl_arena *a, pl_indoc *out);

/* pl_jsonl_read with jansson only (the oracle for tests of the fast path). */
int pl_jsonl_read_full(const char *buf, size_t n, pl_arena *a, pl_indoc *out,
                       char *err, size_t errlen);

/* Appends one record (and its newline) as SCHEMA.md writes it. */
void pl_write_record(pl_buf *b, const parley_record *r);

/* Appends one error record: {"type":"error","doc":id,"file":file,"line":line,
** "message":msg}, without "file" when file is NULL. */
void pl_write_error(pl_buf *b, const char *id, const char *file, long line, const char *msg);

#endif
