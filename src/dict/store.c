/*
** store.c: loading parley's native dictionaries (TSV files with a header row,
** see docs/dictionaries.md) into the read-only store of store.h.
*/
#include "store.h"

#include "../base/file.h"
#include "../base/words.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../text/segment.h"
#include "backoff.h"
#include "petrarch.h"

#define MAXCOL 8
#define MAXVAL 256
#define MAXVAL_S "256"

typedef struct loader {
	pl_store *s;
	const char *file;     /* interned path, for evidence */
	uint32_t line;
	pl_arena *scratch;    /* for tokenizing entries */
	const char *title;    /* people: the title word of the row being added */
	const char *role_head;/* people: the first word of its role */
	int woman;            /* people: the row names a woman by title */
	const char *role;     /* people: the role, as written */
	pl_phrase *added;     /* the phrase add_phrase filed last */
} loader;

void pl_store_warn(pl_store *s, const char *file, uint32_t line, const char *msg)
{
	char full[768];
	snprintf(full, sizeof full, "%s:%u: %s", file, (unsigned)line, msg);
	s->n_warnings++;
	if (s->warn)
		s->warn(s->warn_ud, full);
}

void pl_store_warnf(pl_store *s, const char *file, uint32_t line, const char *fmt, const char *arg)
{
	char msg[512];
	snprintf(msg, sizeof msg, fmt, arg);
	pl_store_warn(s, file, line, msg);
}

static void warnf(loader *L, const char *fmt, const char *arg)
{
	pl_store_warnf(L->s, L->file, L->line, fmt, arg);
}


char *pl_trim(char *s)
{
	char *e;
	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n'))
		*--e = '\0';
	return s;
}

/* Splits a cell on " | " into at most max trimmed, non-empty values; a
** cell with more says so (file:line) and keeps the first max. */
static int split_values(loader *L, char *cell, char **out, int max)
{
	int n = 0;
	char *p = cell;
	while (p && *p) {
		char *bar = strchr(p, '|');
		if (bar)
			*bar = '\0';
		p = pl_trim(p);
		if (*p && n == max) {
			/* (a longer line would lose its last words unseen) */
			warnf(L, "more than %s values in one cell, the rest ignored: split the line", MAXVAL_S);
			break;
		}
		if (*p)
			out[n++] = p;
		p = bar ? bar + 1 : NULL;
	}
	return n;
}

typedef int (*row_fn)(loader *L, char **col, int ncol);

/* Reads a TSV file whose header must start with the given column names.
** Returns 0, or -1 when the file cannot be read (err set). */
static int load_tsv(pl_store *s, const char *path, const char *label,
                    const char *const *cols, row_fn fn, char *err, size_t errlen)
{
	loader L;
	size_t n, ncols = 0;
	char *text = pl_read_text(path, &n, PL_TEXT_NEWLINE, "dictionary", err, errlen), *p, *line;
	int header = 0;
	long rows = 0;
	if (!text)
		return -1;
	while (cols[ncols])
		ncols++;
	L.s = s;
	L.title = NULL;
	L.role_head = NULL;
	L.role = NULL;
	L.added = NULL;
	L.file = pl_arena_strndup(s->pool, label, strlen(label));
	L.line = 0;
	L.scratch = pl_arena_new(0);
	if (!L.file || !L.scratch) {
		free(text);
		pl_arena_free(L.scratch);
		snprintf(err, errlen, "%s: out of memory", path);
		return -1;
	}
	for (p = text; p && *p; ) {
		char *col[MAXCOL];
		int nc = 0;
		line = p;
		p = strchr(p, '\n');
		if (p)
			*p++ = '\0';
		L.line++;
		if (line[0] == '#' || line[strspn(line, " \t\r")] == '\0')
			continue;
		if (strlen(line) > 8192) {
			warnf(&L, "line too long (over %s bytes), skipped", "8192");
			continue;
		}
		{
			char *c = line;
			for (;;) {
				char *tab = strchr(c, '\t');
				if (nc < MAXCOL)
					col[nc++] = c;
				if (!tab)
					break;
				*tab = '\0';
				c = tab + 1;
			}
		}
		{
			int i;
			for (i = 0; i < nc; i++)
				col[i] = pl_trim(col[i]);
		}
		if (!header) {
			size_t i;
			for (i = 0; i < ncols; i++) {
				if ((int)i >= nc || strcmp(col[i], cols[i]) != 0) {
					snprintf(err, errlen, "%s:%u: the header must name the columns %s ...: "
					         "not a %s file, or damaged", path, (unsigned)L.line, cols[0], label);
					free(text);
					pl_arena_free(L.scratch);
					return -1;
				}
			}
			header = 1;
			continue;
		}
		while (nc < (int)ncols)
			col[nc++] = (char *)"";
		rows++;
		pl_arena_reset(L.scratch);
		if (fn(&L, col, nc) < 0) {
			free(text);
			pl_arena_free(L.scratch);
			snprintf(err, errlen, "%s:%u: out of memory", path, (unsigned)L.line);
			return -1;
		}
	}
	free(text);
	pl_arena_free(L.scratch);
	if (rows == 0) {
		snprintf(err, errlen, "%s: no entries%s: damaged?", path, header ? " after the header" : "");
		return -1;
	}
	return 0;
}

static const char *intern(pl_store *s, const char *str)
{
	return pl_arena_strndup(s->pool, str, strlen(str));
}

static int valid_code(const char *c, int allow_short)
{
	size_t n = strlen(c), i;
	if (n == 0 || n > 15 || (!allow_short && n < 3))
		return 0;
	for (i = 0; i < n; i++)
		if (!((c[i] >= 'A' && c[i] <= 'Z') || (c[i] >= '0' && c[i] <= '9')))
			return 0;
	return 1;
}

/* Lowers the ASCII capitals of s[0..n). */
static void lower_ascii(char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (s[i] >= 'A' && s[i] <= 'Z')
			s[i] = (char)(s[i] + 'a' - 'A');
}

/* Most phrases are plain words: ASCII letters and digits, maybe joined by
** hyphens, with one space between words ("Barack Obama", "central bank",
** "Lin Chia-lung").  pl_segment cuts such a phrase at its spaces and gives
** each word as written and in lower case, but at a thousand instructions a
** phrase it was the biggest part of reading the dictionaries; cut here,
** they skip it.  Only "cannot" would be cut otherwise (can + not), and a
** word that long is left to it.  Sets the words' starts and lengths, and
** *caps when the phrase has a capital, and returns how many words there
** are (1 to 12), or 0 for a phrase pl_segment must read. */
static uint32_t plain_words(const char *p, size_t n, uint32_t *start, uint32_t *len, int *caps)
{
	/* 1: a small letter or a digit, 2: a capital */
#define PW(c) ((c) >= 'a' && (c) <= 'z' ? 1 : (c) >= '0' && (c) <= '9' ? 1 : \
	(c) >= 'A' && (c) <= 'Z' ? 2 : 0)
#define PW8(c) PW(c), PW((c) + 1), PW((c) + 2), PW((c) + 3), PW((c) + 4), PW((c) + 5), \
	PW((c) + 6), PW((c) + 7)
#define PW32(c) PW8(c), PW8((c) + 8), PW8((c) + 16), PW8((c) + 24)
	static const uint8_t cls[256] = { PW32(0), PW32(32), PW32(64), PW32(96) };
#undef PW32
#undef PW8
#undef PW
	const unsigned char *u = (const unsigned char *)p;
	uint32_t nw = 0, i = 0;
	unsigned any = 0;
	if (n == 0 || n > 200)
		return 0;
	while (i < n) {
		uint32_t b = i;
		for (;;) {
			unsigned c = cls[u[i]];
			if (c) {
				any |= c;
				i++;
			} else if (u[i] == '-' && i > b && i + 1 < n && cls[u[i + 1]])
				i++;
			else
				break;
		}
		if (i == b || nw == 12 || (i < n && (p[i] != ' ' || i + 1 == n)))
			return 0;
		if (i - b == 6 && (p[b] == 'c' || p[b] == 'C') && memcmp(p + b + 1, "annot", 5) == 0)
			return 0;
		start[nw] = b;
		len[nw++] = i - b;
		i++;   /* the space */
	}
	*caps = (any & 2) != 0;
	return nw;
}

/* pl_store_add_phrase, also giving the phrase filed (NULL when skipped). */
static int add_phrase_out(pl_store *s, pl_hash *h, pl_arena *scratch, const char *phrase,
                          int kind, const char *code, const char *name, pl_date from,
                          pl_date to, const char *file, uint32_t line, pl_phrase **out)
{
	pl_text tx;
	pl_phrase *ph, *head, **pp;
	uint32_t i, ntok, ws[12], wl[12];
	const char *p;
	size_t plen = strlen(phrase);
	int role_first = (kind & PL_A_ROLE_FIRST) != 0, plain, caps = 0;
	kind &= ~PL_A_ROLE_FIRST;
	plain = (ntok = plain_words(phrase, plen, ws, wl, &caps)) != 0;
	if (!plain) {
		if (pl_segment(scratch, phrase, plen, &tx) < 0)
			return -1;
		if (tx.ntok == 0)
			return 0;
		if (tx.ntok > 12) {
			char msg[400];
			snprintf(msg, sizeof msg, "phrase \"%.300s\" has more than 12 tokens, skipped", phrase);
			pl_store_warn(s, file, line, msg);
			return 0;
		}
		ntok = tx.ntok;
	}
	/* the phrase, its words' array and (plain) their text in one piece:
	** a plain phrase's copy with its spaces made NULs holds every word */
	ph = pl_arena_alloc(s->pool, sizeof *ph + ntok * sizeof *ph->tok + (plain ? plen + 1 : 0));
	if (!ph)
		return -1;
	ph->tok = (const char **)(ph + 1);
	ph->ntok = (uint8_t)ntok;
	ph->lower = !caps;
	if (!plain)
		for (p = phrase; *p; p++)
			if (*p >= 'A' && *p <= 'Z')
				ph->lower = 0;
	if (plain) {
		char *text = (char *)(ph->tok + ntok);
		memcpy(text, phrase, plen + 1);
		/* an agent's words in lower case (a phrase with no capital is
		** its own) */
		if (kind == PL_A_AGENT && caps)
			lower_ascii(text, plen);
		for (i = 0; i < ntok; i++) {
			text[ws[i] + wl[i]] = '\0';
			ph->tok[i] = text + ws[i];
		}
	} else
		for (i = 0; i < ntok; i++) {
			const char *w = (kind == PL_A_AGENT || ph->lower) ? tx.tok[i].low : tx.tok[i].s;
			if (!(ph->tok[i] = pl_arena_strndup(s->pool, w, strlen(w))))
				return -1;
		}
	ph->last0 = (uint8_t)ph->tok[ntok - 1][0];
	ph->kind = (uint8_t)kind;
	ph->role_first = (uint8_t)role_first;
	ph->code = code;
	ph->name = name;
	ph->title = NULL;
	ph->role_head = NULL;
	ph->role = NULL;
	*out = ph;
	ph->from = from;
	ph->to = to;
	ph->file = file;
	ph->line = line;
	/* filed under its first word in lower case: copied to the pool only
	** when new to the map (a key put again keeps its first copy) */
	{
		const char *k0 = plain ? phrase : tx.tok[0].low;
		size_t klen = plain ? wl[0] : strlen(k0);
		char buf[64];
		char *k = buf;
		pl_phrase *old;
		if (klen >= sizeof buf && !(k = pl_arena_strndup(s->pool, k0, klen)))
			return -1;
		if (k == buf) {
			memcpy(buf, k0, klen);
			buf[klen] = '\0';
		}
		if (plain && caps)
			lower_ascii(k, klen);
		old = head = pl_hash_get(h, k, klen);
		/* keep the chain ordered longest first */
		pp = &head;
		while (*pp && (*pp)->ntok >= ph->ntok)
			pp = &(*pp)->next;
		ph->next = *pp;
		*pp = ph;
		if (!old && k == buf && !(k = pl_arena_strndup(s->pool, buf, klen)))
			return -1;
		if (head != old && pl_hash_put(h, k, klen, head, NULL) < 0)
			return -1;
		/* a name written in lower case from its first word on (see
		** pl_store_names_lower) */
		if (h == &s->names && strcmp(ph->tok[0], k) == 0) {
			uint32_t b = pl_hash_bytes(k, klen) % PL_NAMES_LOWER_BITS;
			s->names_lower[b / 64] |= (uint64_t)1 << (b % 64);
		}
	}
	return 0;
}

/* Tokenizes `phrase` and files it under its first token in table h. */
int pl_store_add_phrase(pl_store *s, pl_hash *h, pl_arena *scratch, const char *phrase,
                        int kind, const char *code, const char *name, pl_date from,
                        pl_date to, const char *file, uint32_t line)
{
	pl_phrase *ph = NULL;
	return add_phrase_out(s, h, scratch, phrase, kind, code, name, from, to, file, line, &ph);
}

static int add_phrase(loader *L, pl_hash *h, const char *phrase, int kind,
                      const char *code, const char *name, pl_date from, pl_date to)
{
	pl_phrase *ph = NULL;
	int r = add_phrase_out(L->s, h, L->scratch, phrase, kind, code, name, from, to, L->file,
	                       L->line, &ph);
	if (r == 0 && ph) {
		ph->title = L->title;
		ph->role_head = L->role_head;
		ph->role = L->role;
		ph->woman = (uint8_t)L->woman;
	}
	L->added = r == 0 ? ph : NULL;
	return r;
}

/* How specific a pattern is: the longest patterns are tried first. */
#define MAXWEIGHT 40
/* The pattern items "~" (a word of judgement) of p: each weighs as two, as
** it says more than an actor or a word ("called Mr Blair a liar" is no
** phone call). */
static int judged_items(const pl_verbpat *p)
{
	int e, n = 0;
	for (e = 0; e < p->nelem; e++)
		if (p->elem[e][0] == '~' && p->elem[e][1] == '\0')
			n++;
	return n;
}

static int verbpat_weight(const pl_verbpat *p)
{
	int w = p->nelem + (p->particle != NULL) + p->nprev + p->compound + judged_items(p);
	return w < MAXWEIGHT ? w : MAXWEIGHT;
}

/* The last pattern of each weight in a verb's chain, so that filing a
** pattern costs no walk along chains of thousands (PETRARCH's common verbs). */
typedef struct vtail {
	pl_verbpat *last[MAXWEIGHT + 1];
} vtail;

void pl_verbpat_need(pl_verbpat *vp)
{
	int e;
	memset(vp->need_all, 0, sizeof vp->need_all);
	vp->need_first = 0;
	vp->need_that = vp->need_first_that = 0;
	for (e = 0; e < vp->nelem; e++) {
		const char *el = vp->elem[e];
		int first = e == 0 && !vp->particle, that;
		if (el[0] == '_' && el[1])
			el++;
		/* "+", "$", "^", "~", "@" and "not" ask for no word */
		if (((el[0] == '+' || el[0] == '$' || el[0] == '^' || el[0] == '~' || el[0] == '@') && el[1] == '\0') ||
		    pl_eq(el, "not"))
			continue;
		that = pl_eq(el, "that");
		if (first && that) {
			vp->need_first_that = 1;
		} else if (first) {
			vp->need_first = (uint16_t)(pl_word_bit256(el) + 1);
		} else if (that) {
			vp->need_that = 1;
		} else {
			uint32_t b = pl_word_bit256(el);
			vp->need_all[b / 64] |= (uint64_t)1 << (b % 64);
		}
	}
	vp->has_need = 1;
}

int pl_store_add_verbpat(pl_store *s, const pl_verbpat *tpl)
{
	pl_verbpat *vp = pl_arena_alloc(s->pool, sizeof *vp), *head, *after = NULL;
	vtail *t;
	int len = verbpat_weight(tpl), w;
	if (!vp)
		return -1;
	*vp = *tpl;
	pl_verbpat_need(vp);
	vp->vindex = NULL;
	head = pl_hash_get(&s->verbs, vp->verb, strlen(vp->verb));
	if (head)
		head->vindex = NULL;   /* its nodes will no longer lie in order */
	t = pl_hash_get(&s->vtails, vp->verb, strlen(vp->verb));
	if (!t) {
		/* first time through here for this verb: index its chain */
		pl_verbpat *q;
		t = pl_arena_alloc(s->pool, sizeof *t);
		if (!t || pl_hash_put(&s->vtails, vp->verb, strlen(vp->verb), t, NULL) < 0)
			return -1;
		for (q = head; q; q = q->next)
			t->last[verbpat_weight(q)] = q;
	}
	/* after the last pattern at least as specific */
	for (w = len; w <= MAXWEIGHT && !after; w++)
		after = t->last[w];
	if (after) {
		vp->next = after->next;
		after->next = vp;
	} else {
		vp->next = head;
		head = vp;
	}
	t->last[len] = vp;
	if (pl_hash_put(&s->verbs, vp->verb, strlen(vp->verb), head, NULL) < 0)
		return -1;
	s->n_verbs++;
	return 0;
}

/* Copies each chain of table h, in its order, into one array: nodes of
** `size` bytes whose pointer to the next is at offset `next` (verb and noun
** patterns, name and agent phrases).  The coder walks a verb's chain for
** each verb group and a phrase chain for each token that starts one; nodes
** scattered over the pool cost a cache miss each, which made those walks
** some of the slowest places of coding.  Returns 0, or -1 when out of
** memory. */
static char *next_node(const char *p, size_t next)
{
	char *q;
	memcpy(&q, p + next, sizeof q);
	return q;
}

static int pack_chains(pl_store *s, pl_hash *h, size_t size, size_t next)
{
	size_t i;
	for (i = 0; i < h->cap; i++) {
		char *p, *arr;
		size_t n = 0, k;
		if (!h->slot[i].key)
			continue;
		for (p = h->slot[i].val; p; p = next_node(p, next))
			n++;
		if (n < 2)
			continue;
		if (!(arr = pl_arena_alloc_raw(s->pool, n * size)))
			return -1;
		for (p = h->slot[i].val, k = 0; p; p = next_node(p, next), k++) {
			char *node = arr + k * size, *to = k + 1 < n ? node + size : NULL;
			memcpy(node, p, size);
			memcpy(node + next, &to, sizeof to);
		}
		h->slot[i].val = arr;
	}
	return 0;
}

/* The bit a verb pattern is indexed under (see pl_vindex), or -1: of the
** words its need_ masks ask of a verb group without a particle (as
** pl_verbpat_need reads the elements), the longest, as the rarest in a
** region ("to" or "with" would send the pattern to most of them). */
static int vindex_bit(const pl_verbpat *vp)
{
	size_t best = 0;
	int e, bit = -1;
	if (!vp->has_need)
		return -1;
	for (e = 0; e < vp->nelem; e++) {
		const char *el = vp->elem[e];
		if (el[0] == '_' && el[1])
			el++;
		if (((el[0] == '+' || el[0] == '$' || el[0] == '^' || el[0] == '~' || el[0] == '@') &&
		     el[1] == '\0') || pl_eq(el, "not") || pl_eq(el, "that"))
			continue;
		size_t len = strlen(el);
		if (len > best) {
			best = len;
			bit = (int)pl_word_bit256(el);
		}
	}
	return bit;
}

/* Indexes each verb chain of PL_VINDEX_MIN to PL_VINDEX_MAX patterns
** (after pack_chains: the i-th pattern is at head + i).  Returns 0, or -1
** when out of memory. */
static int index_chains(pl_store *s)
{
	size_t i;
	for (i = 0; i < s->verbs.cap; i++) {
		pl_verbpat *head = s->verbs.slot[i].val, *p;
		pl_vindex *vx;
		uint16_t *start, *idx, fill[257];
		int16_t bits[PL_VINDEX_MAX];
		uint64_t *none;
		uint32_t n = 0, k;
		int b;
		if (!s->verbs.slot[i].key)
			continue;
		for (p = head; p; p = p->next) {
			p->vindex = NULL;
			n++;
		}
		if (n < PL_VINDEX_MIN || n > PL_VINDEX_MAX)
			continue;
		vx = pl_arena_alloc(s->pool, sizeof *vx);
		start = pl_arena_alloc(s->pool, 257 * sizeof *start);
		idx = pl_arena_alloc(s->pool, n * sizeof *idx);
		none = pl_arena_alloc(s->pool, (n + 63) / 64 * sizeof *none);
		if (!vx || !start || !idx || !none)
			return -1;
		/* count each bit's patterns, then file them in chain order */
		for (p = head, k = 0; p; p = p->next, k++)
			if ((bits[k] = (int16_t)vindex_bit(p)) >= 0)
				start[bits[k] + 1]++;
			else
				none[k / 64] |= (uint64_t)1 << (k % 64);
		for (b = 0; b < 256; b++)
			start[b + 1] = (uint16_t)(start[b + 1] + start[b]);
		memcpy(fill, start, sizeof fill);
		for (k = 0; k < n; k++)
			if ((b = bits[k]) >= 0) {
				idx[fill[b]++] = (uint16_t)k;
				vx->used[b / 64] |= (uint64_t)1 << (b % 64);
			}
		vx->n = n;
		vx->none = none;
		vx->start = start;
		vx->idx = idx;
		head->vindex = vx;
	}
	return 0;
}

static const pl_date nodate = {0, 0, 0};

/* countries.tsv and iso3166.tsv: code, names, adjectives, people, capitals */
static int country_row(loader *L, char **col, int ncol)
{
	static const int kinds[] = {PL_A_COUNTRY, PL_A_CADJ, PL_A_PEOPLE, PL_A_CAPITAL};
	const char *code;
	int c;
	if (!valid_code(col[0], 0)) {
		warnf(L, "bad country code \"%s\", line skipped", col[0]);
		return 0;
	}
	code = intern(L->s, col[0]);
	if (!code)
		return -1;
	L->s->n_countries++;
	for (c = 1; c < ncol && c <= 4; c++) {
		char *v[MAXVAL];
		int nv = split_values(L, col[c], v, MAXVAL), i;
		for (i = 0; i < nv; i++) {
			if (add_phrase(L, &L->s->names, v[i], kinds[c - 1], code, NULL, nodate, nodate) < 0)
				return -1;
			L->s->n_names++;
		}
	}
	return 0;
}

static int org_row(loader *L, char **col, int ncol)
{
	char *v[MAXVAL];
	int nv, i;
	const char *code, *name;
	(void)ncol;
	if (!valid_code(col[0], 0)) {
		warnf(L, "bad actor code \"%s\", line skipped", col[0]);
		return 0;
	}
	nv = split_values(L, col[1], v, MAXVAL);
	if (nv == 0) {
		warnf(L, "no names for %s, line skipped", col[0]);
		return 0;
	}
	code = intern(L->s, col[0]);
	name = intern(L->s, v[0]);
	if (!code || !name)
		return -1;
	L->s->n_orgs++;
	for (i = 0; i < nv; i++) {
		if (add_phrase(L, &L->s->names, v[i], PL_A_ORG, code, name, nodate, nodate) < 0)
			return -1;
		L->s->n_names++;
	}
	return 0;
}

static int parse_day(const char *s, pl_date *d, int end)
{
	size_t n = strlen(s);
	memset(d, 0, sizeof *d);
	if (n == 0)
		return 0;
	if (n == 4 && strspn(s, "0123456789") == 4) {
		d->y = (int16_t)atoi(s);
		d->m = end ? 12 : 1;
		d->d = end ? 31 : 1;
		return 0;
	}
	if (n == 7 && s[4] == '-') {
		char tmp[11];
		memcpy(tmp, s, 7);
		memcpy(tmp + 7, "-01", 4);
		if (pl_date_parse(tmp, d) < 0)
			return -1;
		if (end)
			d->d = 28;
		return 0;
	}
	return pl_date_parse(s, d);
}

/* The word a person's role is remembered under, lower case and interned:
** the last word ("Prime Minister": "minister"), or the word before "of" or
** "for" ("Chancellor of the Exchequer": "chancellor", "Secretary of State":
** "secretary"; "Director General of ...": "director"); an office under or
** apart from the one named is kept apart by its first word ("Deputy Prime
** Minister", "Vice President", "Shadow Chancellor": "deputy", "vice",
** "shadow"), so that "the prime minister" later does not name the deputy.
** NULL when there is none. */
const char *pl_office_apart(const char *w, size_t n)
{
	static const char *const apart[] = {"deputy", "vice", "shadow", "former", "assistant", NULL};
	size_t i;
	for (i = 0; apart[i]; i++)
		if (strlen(apart[i]) == n && !strncasecmp(w, apart[i], n))
			return apart[i];
	return NULL;
}

static const char *title_word(pl_store *s, const char *role)
{
	const char *e = role + strlen(role), *b, *of, *a;
	char w[64];
	size_t n = strcspn(role, " -"), i;
	if ((role[n] == ' ' || role[n] == '-') && (a = pl_office_apart(role, n)) != NULL)
		return intern(s, a);
	if ((of = strstr(role, " of ")) != NULL || (of = strstr(role, " for ")) != NULL) {
		e = of;
		/* "Director General of": the office before "General" */
		if (e - role > 8 && !strncasecmp(e - 8, " General", 8))
			e -= 8;
	}
	while (e > role && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	for (b = e; b > role && b[-1] != ' '; b--)
		;
	n = (size_t)(e - b);
	if (n == 0 || n >= sizeof w)
		return NULL;
	for (i = 0; i < n; i++)
		w[i] = (char)(b[i] >= 'A' && b[i] <= 'Z' ? b[i] - 'A' + 'a' : b[i]);
	w[n] = '\0';
	return intern(s, w);
}

/* The first word of a role, in lower case, when the role has two words or
** more and that word is no office word of its own ("deputy", "former"):
** "veritas" of "Veritas Leader", "ukip" of "UKIP Member of the European
** Parliament", "foreign" of "Foreign Minister"; else NULL. */
static const char *role_head(pl_store *s, const char *role)
{
	char w[32];
	size_t n = strcspn(role, " -"), i;
	if (role[n] != ' ' || n == 0 || n >= sizeof w || pl_office_apart(role, n))
		return NULL;
	for (i = 0; i < n; i++)
		w[i] = (char)(role[i] >= 'A' && role[i] <= 'Z' ? role[i] - 'A' + 'a' : role[i]);
	w[n] = '\0';
	return intern(s, w);
}

/* Files person phrase ph under its last word in s->surnames, when its name
** has two words or more: a later "Mr Brown" may find the one Brown in office
** (see sent.c).  Returns 0, or -1 when out of memory. */
static int file_surname(pl_store *s, const pl_phrase *ph)
{
	const char *w = ph->tok[ph->ntok - 1];
	size_t n = strlen(w), i;
	char *k;
	pl_surname *link;
	if (ph->ntok < 2)
		return 0;
	k = pl_arena_strndup(s->pool, w, n);
	link = pl_arena_alloc(s->pool, sizeof *link);
	if (!k || !link)
		return -1;
	for (i = 0; i < n; i++)
		k[i] = (char)(k[i] >= 'A' && k[i] <= 'Z' ? k[i] - 'A' + 'a' : k[i]);
	link->ph = ph;
	link->next = pl_hash_get(&s->surnames, k, n);
	return pl_hash_put(&s->surnames, k, n, link, NULL);
}

const pl_surname *pl_store_surname(const pl_store *s, const char *low)
{
	return pl_hash_get(&s->surnames, low, strlen(low));
}

/* people.tsv: code, name, aliases, role, from, to */
/* Does a people.tsv name or alias list (names split by "|") hold a name
** opening with a woman's title ("Mrs Thatcher", "Baroness Scotland")?  The
** dictionary has no gender column; such a title is the one sign of it. */
static int woman_names(const char *names)
{
	static const char *const w[] = {"Mrs ", "Ms ", "Miss ", "Lady ", "Baroness ", "Dame ",
		"Queen ", "Princess ", NULL};
	const char *p = names;
	int i;
	while (p && *p) {
		while (*p == ' ' || *p == '|')
			p++;
		/* the titles' first letters turn most names away unread */
		if (*p && strchr("MLBDQP", *p))
			for (i = 0; w[i]; i++)
				if (w[i][0] == *p && !strncmp(p, w[i], strlen(w[i])))
					return 1;
		p = strchr(p, '|');
	}
	return 0;
}

/* Is byte c a letter of a name: ASCII or a byte of a UTF-8 letter? */
static int name_letter(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* The form of person name `in` with each hyphen between two letters a
** space, in out (of size n): "Kilroy-Silk" is "Kilroy Silk", "Jean-Claude"
** "Jean Claude"; a part after a capitalised one takes a capital ("Jong-un",
** "Jong Un"), after a particle it does not ("al-Assad", "al Assad").  0
** when the name has no such hyphen (or does not fit). */
static int name_spaced(const char *in, char *out, size_t n)
{
	size_t i, len = strlen(in), w = 0;
	int changed = 0;
	if (len >= n)
		return 0;
	for (i = 0; i < len; i++) {
		int c = (unsigned char)in[i];
		if (c == ' ')
			w = i + 1;
		if (c == '-' && i > 0 && name_letter((unsigned char)in[i - 1]) &&
		    name_letter((unsigned char)in[i + 1])) {
			int cap = in[w] >= 'A' && in[w] <= 'Z';
			out[i] = ' ';
			w = ++i;
			c = (unsigned char)in[i];
			out[i] = (char)(cap && c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
			changed = 1;
			continue;
		}
		out[i] = (char)c;
	}
	out[len] = '\0';
	return changed;
}

/* The form of person name `in` with its last two words joined by a
** hyphen, in out (of size n): "Duncan Smith" is "Duncan-Smith", "David
** Lloyd George" "David Lloyd-George".  Both words must be capitalised
** letters, no initial ("George W Bush"): 0 otherwise. */
static int name_hyphened(const char *in, char *out, size_t n)
{
	const char *last = strrchr(in, ' '), *prev;
	size_t len = strlen(in);
	if (!last || len >= n || last == in)
		return 0;
	for (prev = last; prev > in && prev[-1] != ' '; prev--)
		;
	if (!(prev[0] >= 'A' && prev[0] <= 'Z') || !(last[1] >= 'A' && last[1] <= 'Z') ||
	    last - prev < 2 || strlen(last + 1) < 2 || strpbrk(prev, ".-'"))
		return 0;
	memcpy(out, in, len + 1);
	out[last - in] = '-';
	return 1;
}

/* Files the other forms of person name `phrase` that the news writes for
** the same words (name_spaced, name_hyphened) under the same line.  No
** surname is filed for them: "Robert Kilroy Silk" gives no "Mr Silk".
** Returns 0, or -1 when out of memory. */
static int add_name_forms(loader *L, const char *phrase, const char *code, const char *name,
                          pl_date from, pl_date to)
{
	char form[128];
	if (name_spaced(phrase, form, sizeof form) &&
	    add_phrase(L, &L->s->names, form, PL_A_PERSON, code, name, from, to) < 0)
		return -1;
	if (name_hyphened(phrase, form, sizeof form) &&
	    add_phrase(L, &L->s->names, form, PL_A_PERSON, code, name, from, to) < 0)
		return -1;
	return 0;
}

static int person_row(loader *L, char **col, int ncol)
{
	char *v[MAXVAL];
	int nv, i;
	pl_date from, to;
	const char *code, *name;
	(void)ncol;
	if (!valid_code(col[0], 0)) {
		warnf(L, "bad actor code \"%s\", line skipped", col[0]);
		return 0;
	}
	if (!*col[1]) {
		warnf(L, "no name for %s, line skipped", col[0]);
		return 0;
	}
	if (parse_day(col[4], &from, 0) < 0 || parse_day(col[5], &to, 1) < 0) {
		warnf(L, "bad date \"%s\" (want YYYY-MM-DD, YYYY-MM or YYYY), line skipped",
		      parse_day(col[4], &from, 0) < 0 ? col[4] : col[5]);
		return 0;
	}
	code = intern(L->s, col[0]);
	name = intern(L->s, col[1]);
	if (!code || !name)
		return -1;
	L->s->n_people++;
	L->title = title_word(L->s, col[3]);
	L->role_head = role_head(L->s, col[3]);
	L->role = *col[3] ? intern(L->s, col[3]) : NULL;
	L->woman = woman_names(col[1]) || woman_names(col[2]);
	if (add_phrase(L, &L->s->names, col[1], PL_A_PERSON, code, name, from, to) < 0 ||
	    (L->added && file_surname(L->s, L->added) < 0) ||
	    add_name_forms(L, col[1], code, name, from, to) < 0)
		return -1;
	nv = split_values(L, col[2], v, MAXVAL);
	for (i = 0; i < nv; i++)
		if (add_phrase(L, &L->s->names, v[i], PL_A_PERSON, code, name, from, to) < 0 ||
		    add_name_forms(L, v[i], code, name, from, to) < 0)
			return -1;
	L->title = NULL;
	L->role_head = NULL;
	L->role = NULL;
	L->woman = 0;
	L->s->n_names += 1 + nv;
	return 0;
}

/* The role code of an agents.tsv or bodies.tsv row, interned in *role: 1,
** or 0 when the line is to be skipped (warned), -1 out of memory. */
static int role_col(loader *L, const char *col0, const char **role)
{
	if (strlen(col0) != 3 || !valid_code(col0, 0)) {
		warnf(L, "bad role code \"%s\" (want 3 capital letters), line skipped", col0);
		return 0;
	}
	*role = intern(L->s, col0);
	return *role ? 1 : -1;
}

/* Files each word of the list in cell under value in table, counting them
** in *count: the rows that give a class to a list of words (objects.tsv,
** light.tsv, given_sex.tsv, noun_sides.tsv).  Returns 0, or -1 when out of memory. */
static int file_words(loader *L, pl_hash *table, char *cell, const char *value, long *count)
{
	char *v[MAXVAL];
	int nv = split_values(L, cell, v, MAXVAL), i;
	for (i = 0; i < nv; i++) {
		const char *w = intern(L->s, v[i]);
		if (!w || pl_hash_put(table, w, strlen(w), (void *)value, NULL) < 0)
			return -1;
		(*count)++;
	}
	return 0;
}

/* agents.tsv: role, nouns, note */
static int agent_row(loader *L, char **col, int ncol)
{
	char *v[MAXVAL];
	int nv, i;
	const char *role;
	(void)ncol;
	if ((i = role_col(L, col[0], &role)) <= 0)
		return i;
	nv = split_values(L, col[1], v, MAXVAL);
	for (i = 0; i < nv; i++) {
		if (add_phrase(L, &L->s->agents, v[i], PL_A_AGENT, role, NULL, nodate, nodate) < 0)
			return -1;
		L->s->n_agents++;
	}
	return 0;
}

/* objects.tsv: class, nouns, note.  The class of a noun that an event's
** sense depends on ("attacked the plan": an abstract thing, no violence). */
static int object_row(loader *L, char **col, int ncol)
{
	const char *cls;
	(void)ncol;
	if (!col[0][0] || strspn(col[0], "abcdefghijklmnopqrstuvwxyz_") != strlen(col[0])) {
		warnf(L, "bad object class \"%s\" (want lower-case letters), line skipped", col[0]);
		return 0;
	}
	cls = intern(L->s, col[0]);
	if (!cls)
		return -1;
	return file_words(L, &L->s->objclass, col[1], cls, &L->s->n_objclass);
}

/* Files each word of cell in table under a pl_bodyhead of code and this
** line, counting them in *count; a word filed already keeps its first
** line (warned).  Returns 0, or -1 when out of memory. */
static int file_heads(loader *L, pl_hash *table, char *cell, const char *role, int shared,
                      const char *also, long *count)
{
	char *v[MAXVAL];
	int nv = split_values(L, cell, v, MAXVAL), i;
	for (i = 0; i < nv; i++) {
		const char *w = intern(L->s, v[i]);
		pl_bodyhead *b;
		if (!w)
			return -1;
		if (pl_hash_get(table, w, strlen(w))) {
			warnf(L, "word \"%s\" already has a code, skipped", w);
			continue;
		}
		b = pl_arena_alloc(L->s->pool, sizeof *b);
		if (!b)
			return -1;
		b->role = role;
		b->file = L->file;
		b->line = L->line;
		b->shared = shared;
		b->also = also;
		if (pl_hash_put(table, w, strlen(w), b, NULL) < 0)
			return -1;
		(*count)++;
	}
	return 0;
}

/* company_forms.tsv: country, forms, shared, note.  The country a
** company's legal form tells ("Siemens AG": Germany), for companies no
** dictionary names; shared "yes" for a form firms of many countries write
** in English ("Inc"), which yields to the article's own country. */
static int company_form_row(loader *L, char **col, int ncol)
{
	const char *cc;
	int i;
	(void)ncol;
	if ((i = role_col(L, col[0], &cc)) <= 0)
		return i;
	if (strcmp(col[2], "yes") != 0 && strcmp(col[2], "no") != 0) {
		warnf(L, "shared is \"%s\" (want yes or no), line skipped", col[2]);
		return 0;
	}
	return file_heads(L, &L->s->company_forms, col[1], cc, col[2][0] == 'y', NULL,
	                  &L->s->n_company_forms);
}

/* currencies.tsv: country, words, shared, note.  The country money named
** in a story points to ("rand": ZAF).  A two-word currency whose last word
** is a shared line's ("canadian dlrs" after "dlrs") makes its country one
** of that currency (pl_store.dollar_cc), in whose stories the bare word is
** no evidence. */
static int currency_row(loader *L, char **col, int ncol)
{
	char *v[MAXVAL], copy[1024];
	const char *cc;
	int i, nv;
	size_t n;
	(void)ncol;
	if ((i = role_col(L, col[0], &cc)) <= 0)
		return i;
	if (strcmp(col[2], "yes") != 0 && strcmp(col[2], "no") != 0) {
		warnf(L, "shared is \"%s\" (want yes or no), line skipped", col[2]);
		return 0;
	}
	snprintf(copy, sizeof copy, "%s", col[1]);
	nv = split_values(L, copy, v, MAXVAL);
	for (i = 0; i < nv; i++) {
		const char *sp = strrchr(v[i], ' ');
		const pl_bodyhead *b;
		if (!sp || (b = pl_hash_get(&L->s->currencies, sp + 1, strlen(sp + 1))) == NULL ||
		    !b->shared)
			continue;
		n = strlen(L->s->dollar_cc);
		if (!strstr(L->s->dollar_cc, cc) && n + 4 < sizeof L->s->dollar_cc)
			snprintf(L->s->dollar_cc + n, sizeof L->s->dollar_cc - n, "%s ", cc);
		break;
	}
	return file_heads(L, &L->s->currencies, col[1], cc, col[2][0] == 'y', NULL, &L->s->n_currencies);
}

/* company_marks.tsv: country, marks, also, note.  The country a stock
** exchange's ticker suffix or name, or a word of the company's own name,
** tells ("<SNE.T>", "(TSX: ABX)", "Nippon Steel"); also, "-" or the
** other countries whose firms write the word ("banque": BEL CHE ...),
** in whose stories it tells nothing. */
static int company_mark_row(loader *L, char **col, int ncol)
{
	const char *cc, *also = NULL;
	size_t k, n = strlen(col[2]);
	int i;
	(void)ncol;
	if ((i = role_col(L, col[0], &cc)) <= 0)
		return i;
	if (n && strcmp(col[2], "-") != 0) {
		/* (codes of three capitals, one space between) */
		for (k = 0; k < n; k++)
			if (k % 4 == 3 ? col[2][k] != ' ' : !(col[2][k] >= 'A' && col[2][k] <= 'Z'))
				break;
		if (k < n || n % 4 != 3) {
			warnf(L, "also is \"%s\" (want - or country codes separated by spaces), line skipped",
			      col[2]);
			return 0;
		}
		if ((also = intern(L->s, col[2])) == NULL)
			return -1;
	}
	return file_heads(L, &L->s->company_marks, col[1], cc, 0, also, &L->s->n_company_marks);
}

/* bodies.tsv: role, heads, note.  The role a body's head noun tells, for
** bodies no dictionary names ("the Moorland Hawk Society": NGO). */
static int body_row(loader *L, char **col, int ncol)
{
	const char *role;
	int i;
	(void)ncol;
	if ((i = role_col(L, col[0], &role)) <= 0)
		return i;
	return file_heads(L, &L->s->bodies, col[1], role, 0, NULL, &L->s->n_bodies);
}

/* arms.tsv: role, nouns, note.  Weapons and craft that stand for a
** state's forces only when the state is named right before them ("Soviet
** tanks", "two Israeli jets"): alone they may be a firm's or anyone's. */
static int arms_row(loader *L, char **col, int ncol)
{
	const char *role;
	int i;
	(void)ncol;
	if ((i = role_col(L, col[0], &role)) <= 0)
		return i;
	return file_words(L, &L->s->arms, col[1], role, &L->s->n_arms);
}

/* light.tsv: kind, verbs, note.  Verbs whose direct object names the act
** their subject does ("announced a curfew", "launched an offensive"). */
static int light_row(loader *L, char **col, int ncol)
{
	const char *kind;
	pl_hash *table;
	(void)ncol;
	if (!col[0][0] || strspn(col[0], "abcdefghijklmnopqrstuvwxyz") != strlen(col[0])) {
		warnf(L, "bad light verb kind \"%s\" (want lower-case letters), line skipped", col[0]);
		return 0;
	}
	kind = intern(L->s, col[0]);
	if (!kind)
		return -1;
	/* words of readiness and aspect nouns are kept apart from the verbs */
	table = !strcmp(kind, "ready") || !strcmp(kind, "aspect") ? &L->s->light_words : &L->s->light;
	return file_words(L, table, col[1], kind, &L->s->n_light);
}

/* A row whose first cell is one of two classes (what: a or b) and whose
** second lists the words of that class: each word filed in table under
** the class (file_words).  Another class warns and skips the line. */
static int class_words_row(loader *L, char **col, const char *what, const char *a,
                           const char *b, pl_hash *table, long *count)
{
	const char *cls;
	char msg[256];
	if (strcmp(col[0], a) && strcmp(col[0], b)) {
		snprintf(msg, sizeof msg, "bad %s \"%s\" (want %s or %s), line skipped", what, col[0], a, b);
		warnf(L, "%s", msg);
		return 0;
	}
	if (!(cls = intern(L->s, col[0])))
		return -1;
	return file_words(L, table, col[1], cls, count);
}

/* given_sex.tsv: sex, names, note.  Given names borne by one sex only, so
** that a woman's title or a "she" is not taken for a man's entry of the
** same surname ("Mrs Howard" is not Michael Howard). */
static int sex_row(loader *L, char **col, int ncol)
{
	(void)ncol;
	return class_words_row(L, col, "sex", "m", "f", &L->s->given_sex, &L->s->n_given_sex);
}

/* noun_sides.tsv: side, nouns, note.  Which side of an event noun the
** actor in its own phrase names when not its doer ("Brazilian loans" are
** Brazil's debts; "U.S. oil demand" is buying). */
static int noun_side_row(loader *L, char **col, int ncol)
{
	(void)ncol;
	return class_words_row(L, col, "side", "either", "market", &L->s->noun_sides,
	                       &L->s->n_noun_sides);
}

/* A month "YYYY-MM" or a year "YYYY" (m 0), or "-" (y 0); -1 if neither. */
static int past_month(const char *s, pl_date *d)
{
	int y = 0, m = 0, n = 0;
	memset(d, 0, sizeof *d);
	if (!strcmp(s, "-"))
		return 0;
	if (sscanf(s, "%4d-%2d%n", &y, &m, &n) == 2 && !s[n] && m >= 1 && m <= 12)
		;
	else if (sscanf(s, "%4d%n", &y, &n) == 1 && !s[n])
		m = 0;
	else
		return -1;
	if (y < 1000 || y > 9999)
		return -1;
	d->y = (int16_t)y;
	d->m = (int8_t)m;
	return 0;
}

/* governing.tsv: party, from, to, note.  The parties of a country's
** national government and when ("GBRPTYLAB 1997-05 2010-05"). */
static int governing_row(loader *L, char **col, int ncol)
{
	pl_governing *g;
	pl_date from, to;
	(void)ncol;
	if (!valid_code(col[0], 0) || strlen(col[0]) != 9 || strncmp(col[0] + 3, "PTY", 3) ||
	    past_month(col[1], &from) < 0 || !from.y || !from.m || past_month(col[2], &to) < 0 ||
	    (to.y && !to.m)) {
		warnf(L, "bad party \"%s\" or month (want CCCPTYXXX, YYYY-MM, YYYY-MM or -), line skipped",
		      col[0]);
		return 0;
	}
	if (L->s->n_governing == PL_MAX_GOVERNING) {
		warnf(L, "too many governing lines, \"%s\" skipped", col[0]);
		return 0;
	}
	g = &L->s->governing[L->s->n_governing];
	if (!(g->party = intern(L->s, col[0])))
		return -1;
	g->from = from;
	g->to = to;
	g->file = L->file;
	g->line = L->line;
	L->s->n_governing++;
	return 0;
}

const pl_governing *pl_governing_on(const pl_store *s, const char *party, pl_date d)
{
	int i, m = d.y * 12 + (d.m ? d.m : 6);
	for (i = 0; d.y && i < s->n_governing; i++) {
		const pl_governing *g = &s->governing[i];
		if (!strcmp(g->party, party) && m >= g->from.y * 12 + g->from.m &&
		    (!g->to.y || m <= g->to.y * 12 + g->to.m))
			return g;
	}
	return NULL;
}

/* past_events.tsv: start, end, names, note.  Well-known events of the past
** by the names the news gives them ("the Iraq war": 2003-03). */
static int past_event_row(loader *L, char **col, int ncol)
{
	char *v[MAXVAL];
	int nv, i;
	pl_date start, end;
	(void)ncol;
	if (past_month(col[0], &start) < 0 || !start.y || past_month(col[1], &end) < 0) {
		warnf(L, "bad month in \"%s\" (want YYYY-MM, YYYY or -), line skipped", col[0]);
		return 0;
	}
	nv = split_values(L, col[2], v, MAXVAL);
	for (i = 0; i < nv; i++) {
		char buf[256];
		size_t n = 0, k;
		const char *p;
		pl_pastevent *e, *old;
		for (p = v[i]; *p && n + 1 < sizeof buf; p++)
			if (*p != ' ')
				buf[n++] = (char)((*p >= 'A' && *p <= 'Z') ? *p - 'A' + 'a' : *p);
		buf[n] = '\0';
		/* (the key: the first word's run of letters and digits, as in the
		** name written with its spaces) */
		for (k = 0; k < n && ((buf[k] >= 'a' && buf[k] <= 'z') || (buf[k] >= '0' && buf[k] <= '9')) &&
		            v[i][k] != ' ';
		     k++)
			;
		if (!k)
			continue;
		e = pl_arena_alloc(L->s->pool, sizeof *e);
		if (!e || !(e->squeezed = intern(L->s, buf)))
			return -1;
		e->start = start;
		e->end = end;
		e->file = L->file;
		e->line = L->line;
		old = pl_hash_get(&L->s->past_events, buf, k);
		e->next = old;
		if (pl_hash_put(&L->s->past_events, e->squeezed, k, e, NULL) < 0)
			return -1;
		pl_slot_set(L->s->past_event_heads, pl_run3_slot(e->squeezed, k));
		L->s->n_past_events++;
	}
	return 0;
}

/* stance.tsv: code, words, note.  Words that make a reported clause a
** criticism, a demand or praise ("said the plan was a disgrace": 111). */
static int stance_row(loader *L, char **col, int ncol)
{
	char *v[MAXVAL];
	int nv, i;
	const char *code;
	size_t n = strlen(col[0]);
	(void)ncol;
	if (n < 2 || n > 4 || strspn(col[0], "0123456789") != n) {
		warnf(L, "bad event code \"%s\" (want 2 to 4 digits), line skipped", col[0]);
		return 0;
	}
	code = intern(L->s, col[0]);
	if (!code)
		return -1;
	nv = split_values(L, col[1], v, MAXVAL);
	for (i = 0; i < nv; i++) {
		const char *w;
		size_t u;
		if (strchr(v[i], ' ')) {
			warnf(L, "\"%s\": one word per cue, skipped", v[i]);
			continue;
		}
		w = intern(L->s, v[i]);
		if (!w || pl_hash_put(&L->s->stance, w, strlen(w), (void *)code, NULL) < 0)
			return -1;
		if (w[0] == 'w' && w[1] == ':')
			L->s->stance_wish_bits |= pl_word_bit(w + 2);
		if (strcmp(code, "111") == 0)
			pl_slot_set(L->s->stance_fault_words, pl_word_slot(w));
		for (u = 0; w[u]; u++)
			if (w[u] == '_')
				pl_slot_set(L->s->stance_cue_starts, pl_key_slot(w, u + 1));
		/* (a phrase, "k:have_it_both_way": the bit of its first word, and
		** each shorter start of it, "k:have", "k:have_it", put with an
		** empty code, so that the reader stops as soon as no phrase
		** starts with the words it has read) */
		if (w[0] == 'k' && w[1] == ':') {
			char first[64];
			size_t m = strcspn(w + 2, "_"), e;
			if (m >= sizeof first)
				m = sizeof first - 1;
			memcpy(first, w + 2, m);
			first[m] = '\0';
			L->s->stance_phrase_bits |= pl_word_bit(first);
			L->s->stance_phrase_first[pl_word_slot(first) / 64] |=
				(uint64_t)1 << (pl_word_slot(first) % 64);
			pl_slot_set(L->s->stance_phrase_keys, pl_key_slot(w, strlen(w)));
			if (strchr(w + 2, '_'))
				pl_slot_set(L->s->stance_phrase_pairs,
				            pl_word_pair_slot(w + 2, strchr(w + 2, '_') + 1));
			for (e = 2; w[e]; e++) {
				if (w[e] != '_')
					continue;
				pl_slot_set(L->s->stance_phrase_keys, pl_key_slot(w, e));
				if (!pl_hash_get(&L->s->stance, w, e) &&
				    pl_hash_put(&L->s->stance, w, e, (void *)"", NULL) < 0)
					return -1;
			}
		}
		L->s->n_stance++;
	}
	return 0;
}

/* cues.tsv: lemma, classes.  Verbs of saying, believing and judging and
** the complements that carry what was said (PL_CU_*). */
static int cue_row(loader *L, char **col, int ncol)
{
	static const char *const names[] = {"quote", "clause", "hearer", "object", "infinitive",
	                                    "wh", "seem", "about"};
	char *v[MAXVAL];
	int nv, i;
	size_t k;
	uintptr_t cls = 0;
	const char *w;
	(void)ncol;
	if (!col[0][0] || strchr(col[0], ' ')) {
		warnf(L, "\"%s\": one lemma per cue, line skipped", col[0]);
		return 0;
	}
	nv = split_values(L, col[1], v, MAXVAL);
	for (i = 0; i < nv; i++) {
		for (k = 0; k < sizeof names / sizeof *names && strcmp(v[i], names[k]); k++)
			;
		if (k == sizeof names / sizeof *names)
			warnf(L, "unknown cue class \"%s\", skipped", v[i]);
		else
			cls |= (uintptr_t)1 << k;
	}
	if (!cls) {
		warnf(L, "\"%s\": no cue class, line skipped", col[0]);
		return 0;
	}
	if (!(w = intern(L->s, col[0])) || pl_hash_put(&L->s->cues, w, strlen(w), (void *)cls, NULL) < 0)
		return -1;
	L->s->n_cues++;
	return 0;
}

#define PL_CF_NAME(id, name) name,
const char *const pl_conf_feature_name[PL_CF_N] = { PL_CONF_FEATURES(PL_CF_NAME) };
#undef PL_CF_NAME

/* confidence.tsv: feature, weight (a logistic model, tools/fit-confidence). */
static int conf_row(loader *L, char **col, int ncol)
{
	char *end;
	double w, *wp;
	const char *name;
	int f;
	(void)ncol;
	w = strtod(col[1], &end);
	if (!col[0][0] || end == col[1] || *pl_trim(end)) {
		warnf(L, "bad weight \"%s\" (want a number), line skipped", col[1]);
		return 0;
	}
	name = intern(L->s, col[0]);
	wp = pl_arena_alloc(L->s->pool, sizeof *wp);
	if (!name || !wp)
		return -1;
	*wp = w;
	if (pl_hash_put(&L->s->confw, name, strlen(name), wp, NULL) < 0)
		return -1;
	L->s->n_confw++;
	/* the feature's weight by index too, as a look-up by name finds it
	** (for each feature of each event otherwise) */
	for (f = 0; f < PL_CF_N; f++)
		if (!strcmp(name, pl_conf_feature_name[f]))
			L->s->confw_at[f] = pl_hash_get(&L->s->confw, name, strlen(name));
	return 0;
}

/* verbs.tsv: code, verbs, pattern, note */
/* verbs.tsv and nouns.tsv: code, verbs (or nouns), pattern, note.  A noun
** head of several words ("air strike") is filed under its last word, the
** others kept in `pre`. */
static int pattern_row(loader *L, char **col, pl_hash *table, int nouns, long *count)
{
	char *v[MAXVAL], *el[32], *pat, *q, *save = NULL;
	int nv, ne = 0, i, j, back, w;
	const char *code;
	if (!valid_code(col[0], 1) || strlen(col[0]) < 2 || strlen(col[0]) > 4 ||
	    !pl_hash_get(&L->s->cameo, col[0], strlen(col[0]))) {
		warnf(L, "unknown CAMEO event code \"%s\", line skipped", col[0]);
		return 0;
	}
	code = intern(L->s, col[0]);
	if (!code)
		return -1;
	pat = col[2];
	for (q = strtok_r(pat, " ", &save); q && ne < 32; q = strtok_r(NULL, " ", &save))
		el[ne++] = q;
	/* a verb's pattern opening with "<": the subject is the target, as a
	** `+` before the verb is in PETRARCH's ("came under fire from $") */
	back = !nouns && ne > 0 && !strcmp(el[0], "<");
	if (back)
		memmove(el, el + 1, (size_t)--ne * sizeof *el);
	if (ne > 16) {
		warnf(L, "pattern of more than 16 words, line skipped%s", "");
		return 0;
	}
	nv = split_values(L, col[1], v, MAXVAL);
	if (nv == 0) {
		warnf(L, "no verb for code %s, line skipped", col[0]);
		return 0;
	}
	for (i = 0; i < nv; i++) {
		pl_verbpat *vp = pl_arena_alloc(L->s->pool, sizeof *vp), *head, **pp;
		char *verb = pl_arena_strndup(L->s->pool, v[i], strlen(v[i])), *us;
		if (!vp || !verb)
			return -1;
		for (us = verb; *us; us++)
			if (*us >= 'A' && *us <= 'Z')
				*us = (char)(*us - 'A' + 'a');
		if (nouns) {
			us = strrchr(verb, ' ');
			if (us) {
				*us = '\0';
				vp->pre = verb;
				verb = us + 1;
			}
		} else {
			us = strchr(verb, '_');
			if (!us)
				us = strchr(verb, ' ');
			if (us) {
				*us = '\0';
				vp->particle = us + 1;
			}
		}
		vp->verb = verb;
		vp->code = code;
		vp->tgt_before = (uint8_t)back;
		vp->file = L->file;
		vp->line = L->line;
		vp->nelem = (uint8_t)ne;
		vp->elem = pl_arena_alloc(L->s->pool, (size_t)(ne ? ne : 1) * sizeof *vp->elem);
		if (!vp->elem)
			return -1;
		for (j = 0; j < ne; j++) {
			char *e = pl_arena_strndup(L->s->pool, el[j], strlen(el[j])), *c;
			if (!e)
				return -1;
			for (c = e; *c; c++)
				if (*c >= 'A' && *c <= 'Z')
					*c = (char)(*c - 'A' + 'a');
			vp->elem[j] = e;
		}
		pl_verbpat_need(vp);
		head = pl_hash_get(table, verb, strlen(verb));
		/* after the patterns at least as long; an entry's items of
		** judgement are counted only when its other items fall short
		** (the chains of "say" and "meet" run to hundreds) */
		pp = &head;
		w = ne + (vp->particle || vp->pre) + judged_items(vp);
		while (*pp && ((*pp)->nelem + ((*pp)->particle || (*pp)->pre) >= w ||
		               (*pp)->nelem + ((*pp)->particle || (*pp)->pre) + judged_items(*pp) >= w))
			pp = &(*pp)->next;
		vp->next = *pp;
		*pp = vp;
		if (pl_hash_put(table, verb, strlen(verb), head, NULL) < 0)
			return -1;
		(*count)++;
	}
	return 0;
}

static int verb_row(loader *L, char **col, int ncol)
{
	(void)ncol;
	return pattern_row(L, col, &L->s->verbs, 0, &L->s->n_verbs);
}

static int noun_row(loader *L, char **col, int ncol)
{
	(void)ncol;
	return pattern_row(L, col, &L->s->nouns, 1, &L->s->n_nouns);
}

/* cameo.tsv: code, name, goldstein, plover_category, plover_mode, plover_context */
static int cameo_row(loader *L, char **col, int ncol)
{
	pl_cameo *c;
	char *end;
	double g;
	(void)ncol;
	if (!valid_code(col[0], 1) || strlen(col[0]) < 2 || strlen(col[0]) > 4) {
		warnf(L, "bad CAMEO code \"%s\", line skipped", col[0]);
		return 0;
	}
	g = strtod(col[2], &end);
	if (end == col[2] || *end || !(g >= -10.0 && g <= 10.0)) {   /* NaN fails both */
		warnf(L, "bad Goldstein value \"%s\", line skipped", col[2]);
		return 0;
	}
	c = pl_arena_alloc(L->s->pool, sizeof *c);
	if (!c)
		return -1;
	c->code = intern(L->s, col[0]);
	c->name = intern(L->s, col[1]);
	c->goldstein = g;
	c->pcat = intern(L->s, col[3]);
	c->pmode = intern(L->s, col[4]);
	c->pctx = intern(L->s, col[5]);
	if (!c->code || !c->name || !c->pcat || !c->pmode || !c->pctx)
		return -1;
	if (pl_hash_put(&L->s->cameo, c->code, strlen(c->code), c, NULL) < 0)
		return -1;
	L->s->n_codes++;
	return 0;
}

const pl_cameo *pl_store_cameo(const pl_store *s, const char *code)
{
	return pl_hash_get(&s->cameo, code, strlen(code));
}

/* A CAMEO table without all twenty root codes (01 to 20) is cut short or
** is not the table: nothing could be coded right with it. */
static int check_cameo(const pl_store *s, const char *path, char *err, size_t errlen)
{
	int r;
	for (r = 1; r <= 20; r++) {
		char root[3] = {(char)('0' + r / 10), (char)('0' + r % 10), '\0'};
		if (!pl_hash_get(&s->cameo, root, 2)) {
			snprintf(err, errlen, "%s: no root code %s among its %ld codes: the CAMEO table "
			         "is incomplete or damaged", path, root, s->n_codes);
			return -1;
		}
	}
	return 0;
}

/* parley's dictionary files: where each is, its columns and its reader */
static const char *const c_cameo[] = {"code", "name", "goldstein", "plover_category",
	"plover_mode", "plover_context", NULL};
static const char *const c_iso[] = {"code", "names", NULL};
static const char *const c_country[] = {"code", "names", "adjectives", "people", "capitals", NULL};
static const char *const c_org[] = {"code", "names", "kind", NULL};
static const char *const c_person[] = {"code", "name", "aliases", "role", "from", "to", NULL};
static const char *const c_agent[] = {"role", "nouns", NULL};
static const char *const c_verb[] = {"code", "verbs", "pattern", NULL};
static const char *const c_noun[] = {"code", "nouns", "pattern", NULL};
struct dfile {
	const char *dir, *tag, *file;
	const char *const *cols;
	row_fn fn;
};
/* evidence names files relative to their folder ("dict/verbs.tsv"), so
** records do not depend on where the folders are installed */
#define NDFILES 8
static const struct dfile dfiles[NDFILES] = {
	{NULL, "dict", "cameo.tsv", c_cameo, cameo_row},
	{NULL, "data", "iso3166.tsv", c_iso, country_row},
	{NULL, "dict", "actors/countries.tsv", c_country, country_row},
	{NULL, "dict", "actors/organizations.tsv", c_org, org_row},
	{NULL, "dict", "actors/people.tsv", c_person, person_row},
	{NULL, "dict", "agents.tsv", c_agent, agent_row},
	{NULL, "dict", "verbs.tsv", c_verb, verb_row},
	{NULL, "dict", "nouns.tsv", c_noun, noun_row},
};

int pl_store_read_tsv(pl_store *s, const char *name, const char *path, char *err, size_t errlen)
{
	size_t i;
	char label[256];
	if (!s->pool && !(s->pool = pl_arena_new(1 << 16))) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	for (i = 0; i < NDFILES; i++) {
		if (strcmp(dfiles[i].file, name) != 0)
			continue;
		snprintf(label, sizeof label, "%s/%s", dfiles[i].tag, dfiles[i].file);
		if (load_tsv(s, path, label, dfiles[i].cols, dfiles[i].fn, err, errlen) < 0)
			return -1;
		return i == 0 ? check_cameo(s, path, err, errlen) : 0;
	}
	snprintf(err, errlen, "%s: not one of parley's dictionary files", name);
	return -1;
}

/* Reads the dictionaries proper (the CAMEO table, actors, agents, verbs),
** from parley's files or, with petrarch set, from PETRARCH/TABARI files. */
static int load_dicts(pl_store *s, const char *dict_dir, const char *data_dir, int petrarch,
                      char *err, size_t errlen)
{
	struct dfile files[NDFILES];
	static const char *const c_obj[] = {"class", "nouns", NULL};
	static const char *const c_conf[] = {"feature", "weight", NULL};
	static const char *const c_stance[] = {"code", "words", NULL};
	static const char *const c_cues[] = {"lemma", "classes", NULL};
	static const char *const c_bodies[] = {"role", "heads", NULL};
	static const char *const c_arms[] = {"role", "nouns", NULL};
	static const char *const c_forms[] = {"country", "forms", "shared", NULL};
	static const char *const c_marks[] = {"country", "marks", "also", NULL};
	static const char *const c_money[] = {"country", "words", "shared", NULL};
	static const char *const c_past[] = {"start", "end", "names", NULL};
	static const char *const c_gov[] = {"party", "from", "to", NULL};
	static const char *const c_light[] = {"kind", "verbs", NULL};
	static const char *const c_sex[] = {"sex", "names", NULL};
	static const char *const c_sides[] = {"side", "nouns", NULL};
	char path[4096], label[256];
	size_t i;
	memcpy(files, dfiles, sizeof files);
	for (i = 0; i < NDFILES; i++)
		files[i].dir = files[i].tag[1] == 'i' ? dict_dir : data_dir;   /* "dict" or "data" */
	/* "petrarch": only the CAMEO table comes from dict/; actors, agents,
	** verbs and discards come from the PETRARCH/TABARI files */
	if (petrarch) {
		snprintf(path, sizeof path, "%s/%s", files[0].dir, files[0].file);
		snprintf(label, sizeof label, "%s/%s", files[0].tag, files[0].file);
		if (load_tsv(s, path, label, files[0].cols, files[0].fn, err, errlen) < 0 ||
		    check_cameo(s, path, err, errlen) < 0)
			return -1;
		if (pl_petrarch_load(s, s->dict_files, err, errlen) < 0)
			return -1;
	} else {
		for (i = 0; i < sizeof files / sizeof files[0]; i++) {
			snprintf(path, sizeof path, "%s/%s", files[i].dir, files[i].file);
			snprintf(label, sizeof label, "%s/%s", files[i].tag, files[i].file);
			if (load_tsv(s, path, label, files[i].cols, files[i].fn, err, errlen) < 0)
				return -1;
			if (i == 0 && check_cameo(s, path, err, errlen) < 0)
				return -1;
		}
	}
	/* object classes and the confidence model serve either format */
	{
		struct { const char *file; const char *const *cols; row_fn fn; } more[] = {
			{"objects.tsv", c_obj, object_row},
			{"confidence.tsv", c_conf, conf_row},
			{"stance.tsv", c_stance, stance_row},
			{"cues.tsv", c_cues, cue_row},
			{"bodies.tsv", c_bodies, body_row},
			{"arms.tsv", c_arms, arms_row},
			{"company_forms.tsv", c_forms, company_form_row},
			{"company_marks.tsv", c_marks, company_mark_row},
			{"currencies.tsv", c_money, currency_row},
			{"past_events.tsv", c_past, past_event_row},
			{"governing.tsv", c_gov, governing_row},
			{"light.tsv", c_light, light_row},
			{"given_sex.tsv", c_sex, sex_row},
			{"noun_sides.tsv", c_sides, noun_side_row},
		};
		for (i = 0; i < sizeof more / sizeof more[0]; i++) {
			snprintf(path, sizeof path, "%s/%s", dict_dir, more[i].file);
			snprintf(label, sizeof label, "dict/%s", more[i].file);
			if (load_tsv(s, path, label, more[i].cols, more[i].fn, err, errlen) < 0)
				return -1;
		}
	}
	return 0;
}

/* A model loaded in a thread of its own (see pl_store_load). */
typedef struct bg_load {
	int kind;                 /* 0 tagger, 1 gazetteer */
	int with_lemma;           /* kind 0: the lemma tables too, after the tagger */
	const char *data_dir, *dict_dir;
	pl_tagger *tagger;
	pl_lemmatizer *lemma;
	pl_gazetteer *gaz;
	char err[512];
	char lemma_err[512];
	pthread_t th;
	int started;
} bg_load;

static void *bg_run(void *arg)
{
	bg_load *b = arg;
	if (b->kind == 0) {
		b->tagger = pl_tagger_load(b->data_dir, b->err, sizeof b->err);
		if (b->with_lemma)
			b->lemma = pl_lemma_load(b->data_dir, b->lemma_err, sizeof b->lemma_err);
	} else
		b->gaz = pl_gazetteer_load(b->data_dir, b->dict_dir, b->err, sizeof b->err);
	return NULL;
}

/* Indexes each one-word country name, adjective and people noun of five
** letters or more under every string with one of its letters left out, so
** that sentences typed by hand with a letter missing ("Ethopia") or one too
** many ("Quatar") still name the country (pl_sent_analyse).  Returns 0, or
** -1 when out of memory. */
static int index_misspellings(pl_store *s)
{
	static pl_phrase ambiguous;   /* kind 0: names no one */
	size_t i;
	for (i = 0; i < s->names.cap; i++) {
		const pl_phrase *ph;
		for (ph = s->names.slot[i].key ? s->names.slot[i].val : NULL; ph; ph = ph->next) {
			char low[32], var[32];
			size_t n = strlen(ph->tok[0]), j, k;
			if (ph->ntok != 1 || n < 5 || n >= sizeof low ||
			    (ph->kind != PL_A_COUNTRY && ph->kind != PL_A_CADJ && ph->kind != PL_A_PEOPLE))
				continue;
			for (j = 0; j < n; j++) {
				int c = (unsigned char)ph->tok[0][j];
				if (c >= 'A' && c <= 'Z')
					c += 'a' - 'A';
				if (c < 'a' || c > 'z')
					break;
				low[j] = (char)c;
			}
			if (j < n)
				continue;
			for (j = 0; j < n; j++) {
				void *old = NULL;
				char *key;
				for (k = 0; k < n; k++)
					if (k != j)
						var[k < j ? k : k - 1] = low[k];
				if (pl_hash_get(&s->names, var, n - 1))
					continue;   /* a name itself */
				old = pl_hash_get(&s->misspelt, var, n - 1);
				if (old == &ambiguous || old == ph ||
				    (old && !strcmp(((const pl_phrase *)old)->code, ph->code)))
					continue;
				if (!(key = pl_arena_strndup(s->pool, var, n - 1)) ||
				    pl_hash_put(&s->misspelt, key, n - 1, old ? &ambiguous : (void *)ph, NULL) < 0)
					return -1;
			}
		}
	}
	return 0;
}

/* The given names of data/given.txt (tools/gen-given), which let the coder
** take a name no dictionary knows for a person's ("Frederick Holt").  A
** missing file leaves the table empty: such names stay uncoded. */
static int load_given(pl_store *s, const char *data_dir, char *err, size_t errlen)
{
	char *text, *p;
	size_t n;
	int missing;
	if (!(text = pl_read_optional(data_dir, "given.txt", &n, &missing, err, errlen)))
		return missing ? 0 : -1;
	for (p = text; *p; ) {
		char *nl = strchr(p, '\n'), *w;
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		if (len && *p != '#') {
			if (!(w = pl_arena_strndup(s->pool, p, len)) ||
			    pl_hash_put(&s->given, w, len, w, NULL) < 0) {
				free(text);
				snprintf(err, errlen, "out of memory");
				return -1;
			}
			s->n_given++;
		}
		p = nl ? nl + 1 : p + len;
	}
	free(text);
	return 0;
}

int pl_store_given_sex(const pl_store *s, const char *low, size_t n)
{
	const char *sex = s->given_sex.n ? pl_hash_get(&s->given_sex, low, n) : NULL;
	return sex ? sex[0] : 0;
}

int pl_store_given(const pl_store *s, const char *low, size_t n)
{
	return s->given.n && pl_hash_get(&s->given, low, n) != NULL;
}

/* Each loaded store's id (pl_store.id). */
static atomic_ulong store_ids;

int pl_store_load(pl_store *s, const char *dict_dir, const char *data_dir,
                  char *err, size_t errlen)
{
	int petrarch = 0;
	s->id = atomic_fetch_add(&store_ids, 1) + 1;
	if (s->dict_format && strcmp(s->dict_format, "parley") != 0) {
		if (strcmp(s->dict_format, "petrarch") != 0) {
			snprintf(err, errlen, "unknown dictionary format \"%s\" (want parley or petrarch)",
			         s->dict_format);
			return -1;
		}
		if (!s->dict_files || !s->dict_files[0]) {
			snprintf(err, errlen, "dictionary format petrarch needs at least one dictionary file");
			return -1;
		}
		petrarch = 1;
	}
	s->petrarch = petrarch;
	s->pool = pl_arena_new(1 << 20);
	if (!s->pool) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	/* the tagger model and the gazetteer load in threads of their own
	** while this one reads the dictionaries: independent files, and
	** together most of the start-up time.  The lemma tables follow the
	** tagger in its thread, which evens the three threads out (this one
	** had the most to do), unless PETRARCH dictionaries need them here:
	** their loader lemmatizes nouns and verbs. */
	{
		bg_load tl = {0}, gl = {0};
		int ok = 1;
		tl.kind = 0;
		tl.with_lemma = !petrarch;
		tl.data_dir = data_dir;
		gl.kind = 1;
		gl.data_dir = data_dir;
		gl.dict_dir = dict_dir;
		tl.started = pthread_create(&tl.th, NULL, bg_run, &tl) == 0;
		gl.started = pthread_create(&gl.th, NULL, bg_run, &gl) == 0;
		if (!tl.started)
			bg_run(&tl);
		if (!gl.started)
			bg_run(&gl);
		if (petrarch && !(s->lemma = pl_lemma_load(data_dir, err, errlen)))
			ok = 0;
		if (ok)
			ok = load_dicts(s, dict_dir, data_dir, petrarch, err, errlen) == 0;
		/* parley's own dictionaries: words they do not know coded by a
		** WordNet neighbour they do (PETRARCH's are left as they are) */
		if (ok && !petrarch && pl_backoff_load(s, data_dir, err, errlen) < 0)
			ok = 0;
		if (ok && !petrarch && load_given(s, data_dir, err, errlen) < 0)
			ok = 0;
		if (ok && !petrarch && index_misspellings(s) < 0) {
			snprintf(err, errlen, "out of memory");
			ok = 0;
		}
		if (tl.started)
			pthread_join(tl.th, NULL);
		if (gl.started)
			pthread_join(gl.th, NULL);
		s->tagger = tl.tagger;
		s->gaz = gl.gaz;
		if (!petrarch) {
			s->lemma = tl.lemma;
			/* the lemma tables' error comes first, as when they were
			** read before the dictionaries */
			if (!tl.lemma) {
				snprintf(err, errlen, "%s", tl.lemma_err);
				ok = 0;
			}
		}
		if (s->gaz) {
			/* the gazetteer's skipped lines, passed on from its thread */
			long nw, shown = 0;
			const char *w = pl_gazetteer_warnings(s->gaz, &nw), *nl;
			char msg[600];
			for (; *w && (nl = strchr(w, '\n')) != NULL; w = nl + 1, shown++) {
				snprintf(msg, sizeof msg, "%.*s", (int)(nl - w), w);
				s->n_warnings++;
				if (s->warn)
					s->warn(s->warn_ud, msg);
			}
			if (nw > shown) {
				snprintf(msg, sizeof msg, "places: %ld more bad lines skipped", nw - shown);
				s->n_warnings += nw - shown;
				if (s->warn)
					s->warn(s->warn_ud, msg);
			}
		}
		if (!ok)
			return -1;
		if (!s->tagger || !s->gaz) {
			snprintf(err, errlen, "%s", !s->tagger ? tl.err : gl.err);
			return -1;
		}
	}
	if (pack_chains(s, &s->verbs, sizeof(pl_verbpat), offsetof(pl_verbpat, next)) < 0 ||
	    pack_chains(s, &s->nouns, sizeof(pl_verbpat), offsetof(pl_verbpat, next)) < 0 ||
	    pack_chains(s, &s->names, sizeof(pl_phrase), offsetof(pl_phrase, next)) < 0 ||
	    pack_chains(s, &s->agents, sizeof(pl_phrase), offsetof(pl_phrase, next)) < 0 ||
	    index_chains(s) < 0) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	/* its last patterns are the old nodes: a pattern added later indexes
	** the packed chain afresh */
	pl_hash_free(&s->vtails);
	{
		char buf[1024];
		snprintf(buf, sizeof buf,
		         "countries %ld\nactor_names %ld\npeople %ld\norganizations %ld\n"
		         "agent_nouns %ld\nverb_patterns %ld\nnoun_patterns %ld\ncameo_codes %ld\n"
		         "object_nouns %ld\nconfidence_weights %ld\nplaces %zu\n%s%swarnings %ld\n",
		         s->n_countries, s->n_names, s->n_people, s->n_orgs, s->n_agents,
		         s->n_verbs, s->n_nouns, s->n_codes, s->n_objclass, s->n_confw, pl_gazetteer_size(s->gaz),
		         petrarch ? "format petrarch\n" : "", s->xstats ? s->xstats : "", s->n_warnings);
		s->stats = pl_arena_strndup(s->pool, buf, strlen(buf));
	}
	return 0;
}

void pl_store_free(pl_store *s)
{
	if (!s)
		return;
	pl_hash_free(&s->names);
	pl_hash_free(&s->misspelt);
	pl_hash_free(&s->given);
	pl_hash_free(&s->surnames);
	pl_hash_free(&s->agents);
	pl_hash_free(&s->verbs);
	pl_hash_free(&s->vtails);
	pl_hash_free(&s->nouns);
	pl_hash_free(&s->cameo);
	pl_hash_free(&s->discards);
	pl_hash_free(&s->issues);
	pl_hash_free(&s->objclass);
	pl_hash_free(&s->confw);
	pl_hash_free(&s->stance);
	pl_hash_free(&s->cues);
	pl_hash_free(&s->bodies);
	pl_hash_free(&s->arms);
	pl_hash_free(&s->company_forms);
	pl_hash_free(&s->company_marks);
	pl_hash_free(&s->currencies);
	pl_hash_free(&s->light);
	pl_hash_free(&s->light_words);
	pl_hash_free(&s->given_sex);
	pl_hash_free(&s->noun_sides);
	pl_hash_free(&s->past_events);
	pl_tagger_free(s->tagger);
	pl_lemma_free(s->lemma);
	pl_gazetteer_free(s->gaz);
	pl_arena_free(s->pool);
}
