/*
** buf.h: growable byte buffer, with helpers for writing JSON.
**
** The buffer owns its memory (malloc); pl_buf_free() releases it.  A failed
** allocation sets `oom` and later writes are ignored, so callers check once.
*/
#ifndef PL_BUF_H
#define PL_BUF_H

#include <stddef.h>
#include <string.h>

typedef struct pl_buf {
	char *p;
	size_t n, cap;
	int oom;
	/* when set, what has gathered (PL_BUF_SINK_MIN bytes or more) is passed
	** to sink, and the buffer emptied, before the buffer would grow: the
	** bytes come out in order, in pieces that may end inside a record */
	void (*sink)(void *ud, const char *p, size_t n);
	void *sink_ud;
} pl_buf;

#define PL_BUF_SINK_MIN 65536

void pl_buf_free(pl_buf *b);
void pl_buf_reset(pl_buf *b);
/* pl_buf_add() when the bytes do not fit (or memory ran out before). */
void pl_buf_add_slow(pl_buf *b, const char *s, size_t n);

/* Appends s[0..n) and keeps a NUL after it.  Inline, as are the writers
** below: the JSON writer appends a few bytes at a time. */
static inline void pl_buf_add(pl_buf *b, const char *s, size_t n)
{
	if (b->oom || b->n + n + 1 > b->cap) {
		pl_buf_add_slow(b, s, n);
		return;
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

/* Inline, so that the length of a literal is known where it is written. */
static inline void pl_buf_puts(pl_buf *b, const char *s)
{
	pl_buf_add(b, s, strlen(s));
}
static inline void pl_buf_putc(pl_buf *b, char c)
{
	pl_buf_add(b, &c, 1);
}
void pl_buf_printf(pl_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Writes an unsigned decimal number (fast path for offsets and counts). */
void pl_buf_uint(pl_buf *b, unsigned long v);
/* Room enough for the digits of any unsigned long. */
#define PL_UINT_DIGITS 24
/* Writes v in decimal to the bytes just before end; returns its first. */
char *pl_fmt_uint(char *end, unsigned long v);

/* Writes s[0..n) as a JSON string with quotes; control characters, quotes
** and backslashes escaped; bytes >= 0x80 copied (the input is valid UTF-8). */
void pl_buf_json_str(pl_buf *b, const char *s, size_t n);
/* The first byte at or after s, before end, that a JSON string cannot hold
** as it is ('"', '\\' or a control byte); end when there is none. */
const char *pl_json_plain_end(const char *s, const char *end);
/* A JSON string, or null when s is NULL. */
void pl_buf_json_cstr(pl_buf *b, const char *s);

#endif
