/*
** buf.c: growable byte buffer and JSON string writer; see buf.h.
*/
#include "buf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

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

/* Two digits a step from a table of the pairs 00..99: every token span of
** the output is two numbers, and a division by 10 a digit was 0.7% of coding
** Reuters (callgrind). */
static const char digit_pairs[] =
	"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	"8081828384858687888990919293949596979899";

char *pl_fmt_uint(char *end, unsigned long v)
{
	while (v >= 100) {
		unsigned long r = v % 100;
		v /= 100;
		end -= 2;
		memcpy(end, digit_pairs + 2 * r, 2);
	}
	if (v >= 10) {
		end -= 2;
		memcpy(end, digit_pairs + 2 * v, 2);
	} else {
		*--end = (char)('0' + v);
	}
	return end;
}

void pl_buf_uint(pl_buf *b, unsigned long v)
{
	char tmp[PL_UINT_DIGITS], *p = pl_fmt_uint(tmp + sizeof tmp, v);
	pl_buf_add(b, p, (size_t)(tmp + sizeof tmp - p));
}

/* Sixteen bytes at a time with SSE2, which every x86-64 processor has:
** the article texts are long, read twice (the input's string, then each
** span written) and callgrind put this scan at 2% of coding Reuters with
** the eight-byte loop below; the compares give the first byte that ends
** the run directly, with no byte loop after them.  Elsewhere eight bytes
** at a time: a byte below n sets its high bit in (v - n * ONES) & ~v, the
** classic test. */
const char *pl_json_plain_end(const char *q, const char *end)
{
	const uint64_t ONES = 0x0101010101010101u, HIGH = 0x8080808080808080u;
#ifdef __SSE2__
	const __m128i vquote = _mm_set1_epi8('"'), vbslash = _mm_set1_epi8('\\');
	const __m128i vctl = _mm_set1_epi8(0x1F);
	while (end - q >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)q);
		/* v <= 0x1F (unsigned) when min(v, 0x1F) == v */
		__m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, vquote),
		                                        _mm_cmpeq_epi8(v, vbslash)),
		                           _mm_cmpeq_epi8(_mm_min_epu8(v, vctl), v));
		unsigned m = (unsigned)_mm_movemask_epi8(hit);
		if (m)
			return q + __builtin_ctz(m);
		q += 16;
	}
#endif
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
	if (n)      /* s may be NULL then */
		i = (size_t)(pl_json_plain_end(s, s + n) - s);
	/* most strings have nothing to escape: with room enough, written
	** quotes and all in one go */
	if (i == n && !b->oom && b->n + n + 3 <= b->cap) {
		char *d = b->p + b->n;
		d[0] = '"';
		if (n)
			memcpy(d + 1, s, n);
		d[n + 1] = '"';
		d[n + 2] = '\0';
		b->n += n + 2;
		return;
	}
	pl_buf_putc(b, '"');
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

/* The strings of a record given this way are short (ids, dates, codes,
** lemmas, moods) and almost never need escaping: their bytes are looked
** at once, for the end and for a byte to escape together, rather than by
** strlen() and then pl_json_plain_end() (some 150 instructions a string,
** callgrind on Reuters).  A string with a byte to escape, or too little
** room, goes to pl_buf_json_str(). */
void pl_buf_json_cstr(pl_buf *b, const char *s)
{
	size_t n = 0;
	unsigned char c;
	if (!s) {
		pl_buf_puts(b, "null");
		return;
	}
	while ((c = (unsigned char)s[n]) >= 0x20 && c != '"' && c != '\\')
		n++;
	if (c || b->oom || b->n + n + 3 > b->cap) {
		pl_buf_json_str(b, s, n + strlen(s + n));
		return;
	}
	b->p[b->n] = '"';
	memcpy(b->p + b->n + 1, s, n);
	b->p[b->n + n + 1] = '"';
	b->p[b->n + n + 2] = '\0';
	b->n += n + 2;
}
