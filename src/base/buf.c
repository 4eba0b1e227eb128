/*
** buf.c: growable byte buffer and JSON string writer; see buf.h.
*/
#include "buf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The slow half of reserve(): hands a full buffer to the sink or grows it. */
static int make_room(pl_buf *b, size_t more)
{
	size_t nc;
	char *np;
	if (b->sink && b->n >= PL_BUF_SINK_MIN) {
		b->sink(b->sink_ud, b->p, b->n);
		b->n = 0;
		if (more + 1 <= b->cap)
			return 0;
	}
	nc = b->cap ? b->cap : 256;
	while (nc < b->n + more + 1)
		nc *= 2;
	np = realloc(b->p, nc);
	if (!np) {
		b->oom = 1;
		return -1;
	}
	b->p = np;
	b->cap = nc;
	return 0;
}

/* Room for more bytes and a NUL; 0, or -1 when out of memory.  Small, so
** that it is inlined: every byte and piece of JSON written passes here. */
static inline int reserve(pl_buf *b, size_t more)
{
	if (b->oom)
		return -1;
	if (b->n + more + 1 <= b->cap)
		return 0;
	return make_room(b, more);
}

void pl_buf_free(pl_buf *b)
{
	if (!b)
		return;
	free(b->p);
	b->p = NULL;
	b->n = b->cap = 0;
	b->oom = 0;
}

void pl_buf_reset(pl_buf *b)
{
	b->n = 0;
	b->oom = 0;
	if (b->p)
		b->p[0] = '\0';
}

void pl_buf_add_slow(pl_buf *b, const char *s, size_t n)
{
	if (reserve(b, n) < 0)
		return;
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

void pl_buf_printf(pl_buf *b, const char *fmt, ...)
{
	va_list ap;
	int k;
	char small[128];
	va_start(ap, fmt);
	k = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (k < 0)
		return;
	if ((size_t)k < sizeof small) {
		pl_buf_add(b, small, (size_t)k);
		return;
	}
	if (reserve(b, (size_t)k) < 0)
		return;
	va_start(ap, fmt);
	vsnprintf(b->p + b->n, (size_t)k + 1, fmt, ap);
	va_end(ap);
	b->n += (size_t)k;
}

void pl_buf_uint(pl_buf *b, unsigned long v)
{
	char tmp[24];
	int i = (int)sizeof tmp;
	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	pl_buf_add(b, tmp + i, sizeof tmp - (size_t)i);
}

/* Eight bytes at a time while none of them ends the run (article texts are
** long and read twice, and written in spans): a byte below n sets its high
** bit in (v - n * ONES) & ~v, the classic test. */
const char *pl_json_plain_end(const char *q, const char *end)
{
	const uint64_t ONES = 0x0101010101010101u, HIGH = 0x8080808080808080u;
	while (end - q >= 8) {
		uint64_t v, quote, bslash;
		memcpy(&v, q, 8);
		quote = v ^ (ONES * '"');
		bslash = v ^ (ONES * '\\');
		if (((v - ONES * 0x20) & ~v & HIGH) || ((quote - ONES) & ~quote & HIGH) ||
		    ((bslash - ONES) & ~bslash & HIGH))
			break;
		q += 8;
	}
	while (q < end && *q != '"' && *q != '\\' && (unsigned char)*q >= 0x20)
		q++;
	return q;
}

void pl_buf_json_str(pl_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i = 0, run = 0;
	pl_buf_putc(b, '"');
	if (n)      /* s may be NULL then */
		i = (size_t)(pl_json_plain_end(s, s + n) - s);
	/* from one byte to escape to the next */
	for (; i < n; i = (size_t)(pl_json_plain_end(s + i + 1, s + n) - s)) {
		unsigned char c = (unsigned char)s[i];
		const char *esc = NULL;
		char u[6];
		pl_buf_add(b, s + run, i - run);
		run = i + 1;
		switch (c) {
		case '"': esc = "\\\""; break;
		case '\\': esc = "\\\\"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		case '\t': esc = "\\t"; break;
		default:
			u[0] = '\\'; u[1] = 'u'; u[2] = '0'; u[3] = '0';
			u[4] = hex[c >> 4]; u[5] = hex[c & 15];
			pl_buf_add(b, u, 6);
			continue;
		}
		pl_buf_puts(b, esc);
	}
	pl_buf_add(b, s + run, n - run);
	pl_buf_putc(b, '"');
}

void pl_buf_json_cstr(pl_buf *b, const char *s)
{
	if (!s)
		pl_buf_puts(b, "null");
	else
		pl_buf_json_str(b, s, strlen(s));
}
