/*
** jsonfast.c: a fast reader for the common case of a JSON Lines article: one
** valid JSON object whose "id", "date" and "text" are plain values.  It
** decodes those (and "title", "source", "url") and checks the rest of the syntax without building
** anything.  Whatever it does not fully understand (invalid JSON, odd UTF-8,
** deep nesting, big numbers as ids) it leaves to jansson, which also writes
** the error messages; tests/unit/test_jsonl.c checks both agree.
*/
#include "jsonl.h"

#include <string.h>

#include "../base/buf.h"
#include "../text/utf8.h"

#define MAX_DEPTH 64

typedef struct rd {
	const char *p, *end;
} rd;

static void ws(rd *r)
{
	while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r'))
		r->p++;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static int hex4(const char *s, const char *end, unsigned *v)
{
	int i;
	*v = 0;
	if (end - s < 4)
		return -1;
	for (i = 0; i < 4; i++) {
		int h = hexval((unsigned char)s[i]);
		if (h < 0)
			return -1;
		*v = *v * 16 + (unsigned)h;
	}
	return 0;
}

/* Scans a string at r->p (at its opening quote).  With out set, decodes it
** into out (at least as long as the raw string) and sets *n.  Returns 0, or
** -1 when the string is not plain valid JSON. */
static int str(rd *r, char *out, size_t *n)
{
	const char *s = r->p + 1;
	size_t o = 0;
	while (s < r->end) {
		unsigned char c = (unsigned char)*s;
		if (c == '"') {
			r->p = s + 1;
			if (n)
				*n = o;
			return 0;
		}
		if (c < 0x20)
			return -1;
		if (c != '\\') {
			/* copy a run of plain bytes */
			const char *q = pl_json_plain_end(s, r->end);
			if (out)   /* out may be the string's own bytes (in place) */
				memmove(out + o, s, (size_t)(q - s));
			o += (size_t)(q - s);
			s = q;
			continue;
		}
		if (s + 1 >= r->end)
			return -1;
		c = (unsigned char)s[1];
		s += 2;
		switch (c) {
		case '"': case '\\': case '/':
			if (out) out[o] = (char)c;
			o++;
			break;
		case 'b': if (out) out[o] = '\b'; o++; break;
		case 'f': if (out) out[o] = '\f'; o++; break;
		case 'n': if (out) out[o] = '\n'; o++; break;
		case 'r': if (out) out[o] = '\r'; o++; break;
		case 't': if (out) out[o] = '\t'; o++; break;
		case 'u': {
			unsigned v, w;
			char enc[4];
			int k;
			if (hex4(s, r->end, &v) < 0)
				return -1;
			s += 4;
			if (v >= 0xDC00 && v <= 0xDFFF)
				return -1;                  /* a lone low surrogate */
			if (v >= 0xD800 && v <= 0xDBFF) {
				if (r->end - s < 6 || s[0] != '\\' || s[1] != 'u' || hex4(s + 2, r->end, &w) < 0 ||
				    w < 0xDC00 || w > 0xDFFF)
					return -1;
				s += 6;
				v = 0x10000 + ((v - 0xD800) << 10) + (w - 0xDC00);
			}
			k = pl_utf8_encode((int32_t)v, enc);
			if (k <= 0)
				return -1;
			if (out)
				memcpy(out + o, enc, (size_t)k);
			o += (size_t)k;
			break;
		}
		default:
			return -1;
		}
	}
	return -1;
}

static int number(rd *r)
{
	const char *s = r->p;
	if (s < r->end && *s == '-')
		s++;
	if (s >= r->end)
		return -1;
	if (*s == '0') {
		s++;
	} else if (*s >= '1' && *s <= '9') {
		while (s < r->end && *s >= '0' && *s <= '9')
			s++;
	} else {
		return -1;
	}
	if (s < r->end && *s == '.') {
		s++;
		if (s >= r->end || *s < '0' || *s > '9')
			return -1;
		while (s < r->end && *s >= '0' && *s <= '9')
			s++;
	}
	if (s < r->end && (*s == 'e' || *s == 'E')) {
		s++;
		if (s < r->end && (*s == '+' || *s == '-'))
			s++;
		if (s >= r->end || *s < '0' || *s > '9')
			return -1;
		while (s < r->end && *s >= '0' && *s <= '9')
			s++;
	}
	r->p = s;
	return 0;
}

static int lit(rd *r, const char *w)
{
	size_t n = strlen(w);
	if ((size_t)(r->end - r->p) < n || memcmp(r->p, w, n) != 0)
		return -1;
	r->p += n;
	return 0;
}

/* Skips any JSON value, checking its syntax. */
static int value(rd *r, int depth)
{
	if (r->p >= r->end || depth > MAX_DEPTH)
		return -1;
	switch (*r->p) {
	case '"':
		return str(r, NULL, NULL);
	case 't':
		return lit(r, "true");
	case 'f':
		return lit(r, "false");
	case 'n':
		return lit(r, "null");
	case '[':
		r->p++;
		ws(r);
		if (r->p < r->end && *r->p == ']') {
			r->p++;
			return 0;
		}
		for (;;) {
			ws(r);
			if (value(r, depth + 1) < 0)
				return -1;
			ws(r);
			if (r->p < r->end && *r->p == ',') {
				r->p++;
				continue;
			}
			if (r->p < r->end && *r->p == ']') {
				r->p++;
				return 0;
			}
			return -1;
		}
	case '{':
		r->p++;
		ws(r);
		if (r->p < r->end && *r->p == '}') {
			r->p++;
			return 0;
		}
		for (;;) {
			ws(r);
			if (r->p >= r->end || *r->p != '"' || str(r, NULL, NULL) < 0)
				return -1;
			ws(r);
			if (r->p >= r->end || *r->p != ':')
				return -1;
			r->p++;
			ws(r);
			if (value(r, depth + 1) < 0)
				return -1;
			ws(r);
			if (r->p < r->end && *r->p == ',') {
				r->p++;
				continue;
			}
			if (r->p < r->end && *r->p == '}') {
				r->p++;
				return 0;
			}
			return -1;
		}
	default:
		return number(r);
	}
}

/* Decodes the string at r->p into the arena. */
static const char *take_str(rd *r, pl_arena *a, size_t *len)
{
	const char *start = r->p;
	rd probe = *r;
	size_t n = 0;
	char *out;
	if (str(&probe, NULL, &n) < 0)
		return NULL;
	out = pl_arena_alloc(a, n + 1);
	if (!out)
		return NULL;
	r->p = start;
	if (str(r, out, &n) < 0)
		return NULL;
	out[n] = '\0';
	if (len)
		*len = n;
	return out;
}

/* pl_jsonl_fast; with `inplace` the text is only checked, and out->text
** left at its opening quotation mark for the caller to decode in place. */
static int fast(const char *buf, size_t n, pl_arena *a, pl_indoc *out, int inplace)
{
	rd r;
	int have_text = 0;
	memset(out, 0, sizeof *out);
	if (pl_utf8_check(buf, n) >= 0)
		return 0;                 /* bad bytes: jansson reports them */
	r.p = buf;
	r.end = buf + n;
	ws(&r);
	if (r.p >= r.end || *r.p != '{')
		return 0;
	r.p++;
	ws(&r);
	if (r.p < r.end && *r.p == '}')
		return 0;                 /* an empty object: no "text" */
	for (;;) {
		const char *k0;
		size_t klen;
		int which = 0;   /* 1 id, 2 date, 3 text, 4 title, 5 source, 6 url */
		ws(&r);
		if (r.p >= r.end || *r.p != '"')
			return 0;
		k0 = r.p + 1;
		if (str(&r, NULL, NULL) < 0)
			return 0;
		klen = (size_t)(r.p - 1 - k0);
		if (memchr(k0, '\\', klen))
			return 0;             /* escaped key: let jansson decide */
		if (klen == 2 && !memcmp(k0, "id", 2))
			which = 1;
		else if (klen == 4 && !memcmp(k0, "date", 4))
			which = 2;
		else if (klen == 4 && !memcmp(k0, "text", 4))
			which = 3;
		else if (klen == 5 && !memcmp(k0, "title", 5))
			which = 4;
		else if (klen == 6 && !memcmp(k0, "source", 6))
			which = 5;
		else if (klen == 3 && !memcmp(k0, "url", 3))
			which = 6;
		ws(&r);
		if (r.p >= r.end || *r.p != ':')
			return 0;
		r.p++;
		ws(&r);
		if (r.p >= r.end)
			return 0;
		if (which == 3 && inplace && *r.p == '"') {
			out->text = r.p;
			if (str(&r, NULL, &out->len) < 0)
				return 0;
			have_text = 1;
		} else if (which && *r.p == '"') {
			size_t len = 0;
			const char *v = take_str(&r, a, &len);
			if (!v)
				return 0;
			if (which == 1)
				out->id = v;
			else if (which == 2)
				out->date = v;
			else if (which >= 4)
				*(which == 4 ? &out->title : which == 5 ? &out->source : &out->url) = v;
			else {
				out->text = v;
				out->len = len;
				have_text = 1;
			}
		} else if (which == 3) {
			return 0;             /* "text" not a string: jansson's message */
		} else if (which && *r.p == 'n') {
			if (lit(&r, "null") < 0)
				return 0;
			if (which == 1)
				out->id = NULL;
			else if (which == 2)
				out->date = NULL;
			else
				*(which == 4 ? &out->title : which == 5 ? &out->source : &out->url) = NULL;
		} else if (which == 1 && ((*r.p >= '0' && *r.p <= '9') || *r.p == '-')) {
			/* an integer id, written as jansson would print it */
			const char *s = r.p;
			if (number(&r) < 0 || r.p - s > 18 || memchr(s, '.', (size_t)(r.p - s)) ||
			    memchr(s, 'e', (size_t)(r.p - s)) || memchr(s, 'E', (size_t)(r.p - s)) ||
			    (r.p - s > 1 && s[0] == '-' && s[1] == '0'))
				return 0;
			out->id = pl_arena_strndup(a, s, (size_t)(r.p - s));
			if (!out->id)
				return 0;
		} else {
			if (which == 1 || which == 2) {
				/* another kind of id or date: not used, but skip it */
				if (which == 1)
					out->id = NULL;
				else
					out->date = NULL;
			} else if (which >= 4) {
				*(which == 4 ? &out->title : which == 5 ? &out->source : &out->url) = NULL;
			}
			if (value(&r, 1) < 0)
				return 0;
		}
		ws(&r);
		if (r.p < r.end && *r.p == ',') {
			r.p++;
			continue;
		}
		if (r.p < r.end && *r.p == '}') {
			r.p++;
			break;
		}
		return 0;
	}
	ws(&r);
	if (r.p != r.end || !have_text)
		return 0;
	return 1;
}

int pl_jsonl_fast(const char *buf, size_t n, pl_arena *a, pl_indoc *out)
{
	return fast(buf, n, a, out, 0);
}

int pl_jsonl_fast_inplace(char *buf, size_t n, pl_arena *a, pl_indoc *out)
{
	rd r;
	char *text;
	if (!fast(buf, n, a, out, 1))
		return 0;
	/* the line is valid: only now is it changed (jansson never sees it) */
	text = buf + (out->text - buf);
	r.p = text;
	r.end = buf + n;
	if (str(&r, text, &out->len) < 0)
		return 0;
	text[out->len] = '\0';
	out->text = text;
	return 1;
}
