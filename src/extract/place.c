/*
** place.c: the gazetteer (build/data/places.tsv from tools/gen-places, and
** dict/places.tsv) and the search for place names in tagged sentences; see
** place.h.  Each file is read with one call and split in place; entries, keys
** and links come from one arena in a few large pieces.
*/
#include "place.h"

#include "../base/file.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../base/arena.h"
#include "../base/buf.h"
#include "../base/hash.h"
#include "../base/words.h"
#include "../lex/fields.h"
#include "../lex/tagger.h"
#include "../text/utf8.h"

#define GEN_FILE "places.tsv"            /* in datadir, from tools/gen-places */
#define DICT_FILE "places.tsv"           /* in dict_dir, hand-written */
#define MAX_TOK 8                        /* most tokens a name may span */
#define MAX_KEY 256                      /* most bytes in a lower-case key */
#define POOL_CHUNK (64u * 1024u)

/* One line of either file. */
typedef struct entry {
	const char *name;       /* as written in the file */
	const char *country;    /* alpha-3, or "" */
	double lat, lon;
	long pop;
	uint32_t line;
	uint8_t dict;           /* 1: from dict/places.tsv */
	uint8_t common;         /* every word is a common English word */
	uint8_t market;         /* an exchange or market (dictionary kind "market") */
} entry;

/* The entries that share one lower-case key, newest first. */
typedef struct link {
	const entry *e;
	struct link *next;
} link;

struct pl_gazetteer {
	pl_arena *a;
	char *text[2];          /* file contents, split in place */
	const char *path[2];    /* the files, for messages */
	const char *label[2];   /* their names in evidence: "data/places.tsv" */
	pl_hash map;            /* lower-case name -> link list, tagged (below) */
	size_t n;               /* entries */
	int maxtok;             /* most tokens any key may span */
	char *pool;             /* bump space for keys */
	size_t poolleft;
	pl_buf warnings;        /* lines skipped: "file:line: what\n" each */
	long nwarnings;
};

/* The map's values: the link list of the key's entries (NULL when the key
** names no place), its lowest bit set when the key is a word-boundary prefix
** of a longer one ("khan" of "khan younis", "new" of "new york"), so that
** one look-up tells a search both whether a name ends and whether one may
** go on (links are pointer-aligned: the bit is free). */
#define CONTINUES ((uintptr_t)1)

static const link *links_of(const void *v)
{
	return (const link *)((uintptr_t)v & ~CONTINUES);
}

static int continues(const void *v)
{
	return ((uintptr_t)v & CONTINUES) != 0;
}

/* A bad line is skipped with a warning (kept for the store to pass on: the
** gazetteer loads in a thread of its own); the first 50 are worded. */
static void skip_line(pl_gazetteer *g, const char *file, uint32_t line, const char *what)
{
	if (g->nwarnings++ < 50)
		pl_buf_printf(&g->warnings, "%s:%u: %s, line skipped\n", file, (unsigned)line, what);
}

/* ---- loading ---- */

static void seterr(char *err, size_t errlen, const char *file, uint32_t line, const char *what)
{
	if (!err || !errlen)
		return;
	if (line)
		snprintf(err, errlen, "%s:%u: %s", file, (unsigned)line, what);
	else
		snprintf(err, errlen, "%s: %s", file, what);
}


static char *pool_take(pl_gazetteer *g, size_t n)
{
	char *p;
	if (n > g->poolleft) {
		size_t sz = n > POOL_CHUNK ? n : POOL_CHUNK;
		g->pool = pl_arena_alloc(g->a, sz);
		if (!g->pool)
			return NULL;
		g->poolleft = sz;
	}
	p = g->pool;
	g->pool += n;
	g->poolleft -= n;
	return p;
}

/* For each ASCII byte, its lower case when make_key() copies it with no
** more ado (a letter, a digit, most marks), else 0: white space and the
** other control bytes, and the marks the tokenizer may split off inside a
** name (' . , ( ) /), which count a token.  One look-up, not a dozen tests,
** for most bytes of the 27,000 keys. */
#define KEY_SPLIT(c) ((c) == '\'' || (c) == '.' || (c) == ',' || (c) == '(' || (c) == ')' || (c) == '/')
#define KEY_PLAIN(c) ((c) <= ' ' || KEY_SPLIT(c) ? 0 : (c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c))
#define KEY_PLAIN4(c) KEY_PLAIN(c), KEY_PLAIN((c) + 1), KEY_PLAIN((c) + 2), KEY_PLAIN((c) + 3)
#define KEY_PLAIN16(c) KEY_PLAIN4(c), KEY_PLAIN4((c) + 4), KEY_PLAIN4((c) + 8), KEY_PLAIN4((c) + 12)
#define KEY_PLAIN64(c) KEY_PLAIN16(c), KEY_PLAIN16((c) + 16), KEY_PLAIN16((c) + 32), KEY_PLAIN16((c) + 48)
static const unsigned char key_plain[128] = { KEY_PLAIN64(0), KEY_PLAIN64(64) };

/* Lower-cases s[0..slen) (as the tokenizer lower-cases tokens), with runs of
** white space made one space, into out[0..MAX_KEY); returns the length, or 0
** when it is empty or too long.  *ntok gets how many tokens it may span: its
** words plus the marks the tokenizer may split off inside one. */
static size_t make_key(const char *s, size_t slen, char *out, int *ntok)
{
	size_t n = 0, i = 0;
	int tok = 1, space = 0;
	while (i < slen) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80 && key_plain[c] && !space) {   /* most bytes */
			if (n + 1 >= MAX_KEY)
				return 0;
			out[n++] = (char)key_plain[c];
			i++;
			continue;
		}
		if (c == ' ' || c == '\t') {
			space = 1;
			i++;
			continue;
		}
		if (space && n > 0) {
			if (n + 1 >= MAX_KEY)
				return 0;
			out[n++] = ' ';
			tok++;
		}
		space = 0;
		if (c < 0x80) {
			if (n + 1 >= MAX_KEY)
				return 0;
			if (KEY_SPLIT(c))
				tok++;
			out[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			i++;
		} else {
			int32_t cp;
			int l = pl_utf8_decode(s + i, slen - i, &cp), m;
			if (n + 4 >= MAX_KEY)
				return 0;
			if (cp == 0x2019 || cp == 0x2018)
				tok++;
			m = pl_utf8_encode(pl_cp_lower(cp), out + n);
			if (m <= 0) {
				memcpy(out + n, s + i, (size_t)l);
				m = l;
			}
			n += (size_t)m;
			i += (size_t)l;
		}
	}
	out[n] = '\0';
	*ntok = tok;
	return n;
}

/* Files the entry under the lower-case form of name[0..len). */
static int add_key(pl_gazetteer *g, const char *name, size_t len, link *lk)
{
	char buf[MAX_KEY], *key;
	int ntok;
	size_t n = make_key(name, len, buf, &ntok);
	void *old;
	if (n == 0)
		return 0;                /* nothing to match on; not an error */
	if (ntok > MAX_TOK)
		return 0;
	key = pool_take(g, n + 1);
	if (!key)
		return -1;
	memcpy(key, buf, n + 1);
	if (pl_hash_put(&g->map, key, n, lk, &old) < 0)
		return -1;
	lk->next = (link *)links_of(old);
	/* (a name that is also the prefix of a longer one keeps the mark) */
	if (continues(old) && pl_hash_put(&g->map, key, n, (void *)((uintptr_t)lk | CONTINUES), NULL) < 0)
		return -1;
	if (ntok > g->maxtok)
		g->maxtok = ntok;
	/* every word-boundary prefix of a longer name ("khan" of "khan
	** younis") marked, so that a search stops as soon as no name can go
	** on */
	{
		size_t k;
		void *v;
		for (k = 1; k < n; k++)
			if (key[k] == ' ' && !continues(v = pl_hash_get(&g->map, key, k)) &&
			    pl_hash_put(&g->map, key, k, (void *)((uintptr_t)v | CONTINUES), NULL) < 0)
				return -1;
	}
	return 0;
}

/* Parses a decimal number such as "-12.34567" (no exponent: strtod is several
** times slower and the files never need one) within [-lim, lim]. */
static int parse_coord(const char *s, double lim, double *out)
{
	/* the digits gathered as an integer: of at most 15 digits it is exact
	** in a double, as each step of summing them as doubles was */
	uint64_t d = 0;
	double v, scale = 1.0;
	int neg = 0, digits = 0;
	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	for (; *s >= '0' && *s <= '9'; s++, digits++)
		d = d * 10 + (uint64_t)(*s - '0');
	if (*s == '.')
		for (s++; *s >= '0' && *s <= '9'; s++, digits++) {
			d = d * 10 + (uint64_t)(*s - '0');
			scale *= 10.0;
		}
	if (*s || !digits || digits > 15)
		return -1;
	v = (double)d / scale;
	if (v > lim)
		return -1;
	*out = neg ? -v : v;
	return 0;
}

/* Parses a population: digits only, at most 12 of them. */
static int parse_count(const char *s, long *out)
{
	long v = 0;
	int digits = 0;
	for (; *s >= '0' && *s <= '9'; s++, digits++)
		v = v * 10 + (*s - '0');
	if (*s || !digits || digits > 12)
		return -1;
	*out = v;
	return 0;
}

/* Loads one file: which 0 is the generated gazetteer (name ascii country lat
** lon population [common]), 1 the dictionary (name country lat lon kind). */
static int load_file(pl_gazetteer *g, int which, char *err, size_t errlen)
{
	const char *path = g->path[which];
	size_t len, nlines = 0;
	char *line, *next;
	entry *ents;
	link *links;
	uint32_t lineno = 0;
	size_t k = 0;            /* entries of this file */
	int seen_header = 0;
	char what[96];

	g->text[which] = pl_read_text(path, &len, PL_TEXT_NEWLINE, which == 0
	    ? "gazetteer (built by tools/fetch-npm-data.sh and tools/gen-places; run make)"
	    : "place dictionary", err, errlen);
	if (!g->text[which])
		return -1;
	nlines += pl_count_byte(g->text[which], len, '\n');
	nlines++;
	ents = pl_arena_alloc(g->a, nlines * sizeof *ents);
	links = pl_arena_alloc(g->a, 2 * nlines * sizeof *links);
	if (!ents || !links || (which == 0 && pl_hash_presize(&g->map, nlines + nlines / 2 + 512) < 0)) {
		seterr(err, errlen, path, 0, "out of memory");
		return -1;
	}

	for (line = g->text[which]; *line; line = next) {
		char *f[8];
		size_t fl[8];
		int nf, want = which == 0 ? 6 : 5;
		entry *e;
		/* (at most 7 fields: an eighth holds the rest of a line of too many) */
		next = pl_cut_fields(line, g->text[which] + len, f, fl, 8, &nf);
		lineno++;
		if (fl[nf - 1] && f[nf - 1][fl[nf - 1] - 1] == '\r')   /* a CR before the newline */
			f[nf - 1][--fl[nf - 1]] = '\0';
		if (*line == '\0' || *line == '#')
			continue;
		if (!seen_header) {
			seen_header = 1;
			if (strcmp(f[0], "name") == 0)
				continue;
			seterr(err, errlen, path, lineno, "expected the header line (name<TAB>...)");
			return -1;
		}
		if (nf < want || nf > (which == 0 ? 7 : 5)) {
			snprintf(what, sizeof what, "%d fields, expected %d", nf, want);
			skip_line(g, path, lineno, what);
			continue;
		}
		e = &ents[k];
		e->name = f[0];
		e->line = lineno;
		e->dict = (uint8_t)which;
		if (which == 0) {
			e->country = f[2];
			e->common = nf > 6 && f[6][0] == '1';
			e->market = 0;
			if (parse_count(f[5], &e->pop) < 0) {
				skip_line(g, path, lineno, "bad population");
				continue;
			}
		} else {
			e->country = f[1];
			e->pop = 0;
			e->common = 0;
			e->market = strcmp(f[4], "market") == 0;
		}
		if (e->country[0] && fl[which == 0 ? 2 : 1] != 3) {
			skip_line(g, path, lineno, "country is not an alpha-3 code");
			continue;
		}
		if (parse_coord(f[which == 0 ? 3 : 2], 90.0, &e->lat) < 0 ||
		    parse_coord(f[which == 0 ? 4 : 3], 180.0, &e->lon) < 0) {
			skip_line(g, path, lineno, "bad latitude or longitude");
			continue;
		}
		if (!e->name[0]) {
			skip_line(g, path, lineno, "empty name");
			continue;
		}
		links[2 * k].e = e;
		links[2 * k + 1].e = e;
		if (add_key(g, e->name, fl[0], &links[2 * k]) < 0 ||
		    (which == 0 && f[1][0] && add_key(g, f[1], fl[1], &links[2 * k + 1]) < 0)) {
			seterr(err, errlen, path, lineno, "out of memory");
			return -1;
		}
		k++;
		g->n++;
	}
	if (!seen_header || k == 0) {
		seterr(err, errlen, path, 0, !seen_header ? "no header line: empty file?"
		       : "no usable entries: damaged?");
		return -1;
	}
	return 0;
}

static char *join_path(pl_arena *a, const char *dir, const char *file)
{
	size_t dl = strlen(dir), fl = strlen(file);
	char *s = pl_arena_alloc(a, dl + fl + 2);
	if (!s)
		return NULL;
	memcpy(s, dir, dl);
	s[dl] = '/';
	memcpy(s + dl + 1, file, fl + 1);
	return s;
}

pl_gazetteer *pl_gazetteer_load(const char *datadir, const char *dict_dir, char *err, size_t errlen)
{
	pl_gazetteer *g = calloc(1, sizeof *g);
	if (err && errlen)
		err[0] = '\0';
	if (!g || !(g->a = pl_arena_new(0))) {
		free(g);
		seterr(err, errlen, "gazetteer", 0, "out of memory");
		return NULL;
	}
	g->path[0] = join_path(g->a, datadir ? datadir : ".", GEN_FILE);
	g->path[1] = join_path(g->a, dict_dir ? dict_dir : ".", DICT_FILE);
	/* evidence names files by folder, whatever the install location */
	g->label[0] = "data/" GEN_FILE;
	g->label[1] = "dict/" DICT_FILE;
	if (!g->path[0] || !g->path[1]) {
		seterr(err, errlen, "gazetteer", 0, "out of memory");
		pl_gazetteer_free(g);
		return NULL;
	}
	if (load_file(g, 0, err, errlen) < 0 || load_file(g, 1, err, errlen) < 0) {
		pl_gazetteer_free(g);
		return NULL;
	}
	return g;
}

void pl_gazetteer_free(pl_gazetteer *g)
{
	if (!g)
		return;
	pl_hash_free(&g->map);
	pl_buf_free(&g->warnings);
	free(g->text[0]);
	free(g->text[1]);
	pl_arena_free(g->a);
	free(g);
}

const char *pl_gazetteer_warnings(const pl_gazetteer *g, long *n)
{
	*n = g ? g->nwarnings : 0;
	return g && g->warnings.p && !g->warnings.oom ? g->warnings.p : "";
}

size_t pl_gazetteer_size(const pl_gazetteer *g)
{
	return g ? g->n : 0;
}

/* ---- finding ---- */

/* Never places on their own, whatever the tagger says: month and day names
** (there are towns called March and May). */
static const char *const never[] = {
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "sunday", NULL
};

/* Towns named like people, more often people in the news: treated like common
** words (taken only after a preposition, not before another capital). */
static const char *const personal[] = {
	"adelaide", "augusta", "austin", "beverly", "carson", "charlotte", "chester",
	"clinton", "dallas", "douglas", "elizabeth", "eugene", "florence", "hamilton",
	"houston", "irving", "jackson", "lawrence", "lincoln", "logan", "madison",
	"marion", "preston", "regina", "shelby", "sofia", "stanley", "troy", "tyler",
	"victoria", "warren", NULL
};

static int is_proper(const pl_token *t)
{
	if (t->flags & (PL_TOK_PUNCT | PL_TOK_NUM))
		return 0;
	return t->tag == PL_T_NNP || t->tag == PL_T_NNPS || (t->flags & PL_TOK_CAP);
}

/* The entry to use for a key: one in the hinted country (dictionary first,
** then the most populous), else a dictionary entry, else the most populous. */
static const entry *choose(const link *l, const char *hint, int markets)
{
	const entry *best = NULL, *hinted = NULL;
	for (; l; l = l->next) {
		const entry *e = l->e;
		if (e->market && !markets)
			continue;
		if (hint && strcmp(e->country, hint) == 0 &&
		    (!hinted || (e->dict && !hinted->dict) ||
		     (e->dict == hinted->dict && e->pop > hinted->pop)))
			hinted = e;
		if (!best || (e->dict && !best->dict) ||
		    (e->dict == best->dict && e->pop > best->pop))
			best = e;
	}
	return hinted ? hinted : best;
}

/* Whether the match tok[i..i+n) (inside the sentence [t0, t1)) may stand:
** common words and people's names need a preposition before them and no
** capital after; single words need no proper noun before them ("Gen.
** Austin", "Yahya Sinwar") and no short all-capital form ("US", "UN"). */
static int plausible(const pl_token *tok, uint32_t t0, uint32_t t1, uint32_t i, uint32_t n,
                     const entry *e)
{
	const pl_token *prev = i > t0 ? &tok[i - 1] : NULL;
	const pl_token *next = i + n < t1 ? &tok[i + n] : NULL;
	int guarded = e->common && n <= 2;
	if (n == 1) {
		const pl_token *t = &tok[i];
		if (pl_in_list(t->low, never))
			return 0;
		/* (an exchange's short form is written so: "the LME") */
		if ((t->flags & PL_TOK_ALLCAP) && t->len <= 3 && !e->market)
			return 0;
		if (!e->dict && pl_in_list(t->low, personal))
			guarded = 1;
		if (prev && (prev->flags & PL_TOK_CAP) && !(prev->flags & PL_TOK_SSTART) &&
		    (prev->tag == PL_T_NNP || prev->tag == PL_T_NNPS))
			return 0;
	}
	if (!guarded)
		return 1;
	if (!prev || !(prev->tag == PL_T_IN || prev->tag == PL_T_TO) || (prev->flags & PL_TOK_CAP))
		return 0;
	if (next && (next->flags & PL_TOK_CAP) && !(next->flags & PL_TOK_PUNCT))
		return 0;
	return 1;
}

/* The country a place's own state names right after it and a comma:
** "Ontario, Calif." is the Californian town, "Timmins, Ontario" a town of
** Canada, whatever the article's country.  A U.S. state's abbreviation
** with its full stop ("Calif.", "Wash.", "Ill.": pl_tok_us_state), or one
** word the dictionary file lists (a region or a country: "Ontario",
** "Texas"); NULL when neither follows token j. */
static const char *state_after(const pl_gazetteer *g, const pl_token *tok, uint32_t j, uint32_t t1)
{
	const link *l;
	if (j + 1 >= t1 || tok[j].len != 1 || tok[j].s[0] != ',' || !(tok[j + 1].flags & PL_TOK_CAP))
		return NULL;
	if (pl_tok_us_state(&tok[j + 1]))
		return "USA";
	for (l = links_of(pl_tok_get_low(&g->map, &tok[j + 1])); l; l = l->next)
		if (l->e->dict && !l->e->market && l->e->country[0] &&
		    (j + 2 >= t1 || !(tok[j + 2].flags & PL_TOK_CAP)))
			return l->e->country;
	return NULL;
}

/* pl_places_find and pl_markets_find; markets: 1 to let exchanges and
** markets stand among the places */
static int find(const pl_gazetteer *g, const pl_token *tok, uint32_t t0, uint32_t t1,
                const char *country_hint, pl_place *out, int max, int markets)
{
	char key[MAX_KEY + 8];
	size_t off[MAX_TOK + 1];
	char hint[4];
	const char *h = NULL;
	uint32_t i;
	int found = 0;

	if (!g || !tok || !out || max <= 0)
		return 0;
	if (country_hint && strlen(country_hint) == 3) {
		for (i = 0; i < 3; i++) {
			char c = country_hint[i];
			hint[i] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
		}
		hint[3] = '\0';
		h = hint;
	}
	for (i = t0; i < t1 && found < max;) {
		uint32_t n, nmax = 0, known;
		size_t len = 0;
		int done = 0;
		const void *val[MAX_TOK + 1], *v1;
		/* over the words that open no name in a loop of their own: most
		** words are none, and each went through the whole loop's set-up
		** (about a third of the search, callgrind on Reuters) */
		while (i < t1 && !is_proper(&tok[i]))
			i++;
		if (i >= t1)
			break;
		/* one word: the token's lower case, hashed once.  A word that
		** names no place and begins no longer name, with a space after
		** it, is done with here (most capitalised words: "The", "Mr");
		** a token glued to it may still make a name ("x-y"). */
		v1 = pl_tok_get_low(&g->map, &tok[i]);
		if (!v1 && (i + 1 >= t1 || (tok[i + 1].flags & (PL_TOK_SPACEBEFORE | PL_TOK_NLBEFORE)))) {
			i++;
			continue;
		}
		val[1] = v1;
		known = 1u << 1;   /* bit n: val[n] is the value of key[0..off[n]) */
		/* the longest key the tokens from i could make, and its prefixes;
		** growing stops where no multiword name goes on */
		off[0] = 0;
		while (nmax < (uint32_t)g->maxtok && i + nmax < t1) {
			const pl_token *t = &tok[i + nmax];
			/* (as pl_tok_get_low: an ASCII token's lower case is as
			** long as its text) */
			size_t l = pl_tok_ascii(t) ? t->len : strlen(t->low);
			int sp = nmax > 0 && (t->flags & (PL_TOK_SPACEBEFORE | PL_TOK_NLBEFORE));
			if (len + (size_t)sp + l >= MAX_KEY)
				break;
			if (sp) {
				if (!(known >> nmax & 1)) {
					val[nmax] = pl_hash_get(&g->map, key, len);
					known |= 1u << nmax;
				}
				if (!continues(val[nmax]))
					break;
				key[len++] = ' ';
			}
			memcpy(key + len, t->low, l);
			len += l;
			off[++nmax] = len;
		}
		for (n = nmax; n >= 1 && !done; n--) {
			const link *l = links_of(known >> n & 1 ? val[n] : pl_hash_get(&g->map, key, off[n]));
			const entry *e;
			const char *sh;
			pl_place *p;
			if (!l)
				continue;
			if ((e = choose(l, (sh = state_after(g, tok, i + n, t1)) ? sh : h, markets)) == NULL)
				continue;
			if (!plausible(tok, t0, t1, i, n, e))
				continue;
			p = &out[found++];
			p->t0 = i;
			p->t1 = i + n;
			p->name = e->name;
			p->country = e->country;
			p->lat = e->lat;
			p->lon = e->lon;
			p->population = e->pop;
			p->market = e->market;
			p->file = g->label[e->dict];
			p->line = e->line;
			i += n;
			done = 1;
		}
		if (!done)
			i++;
	}
	return found;
}

int pl_places_find(const pl_gazetteer *g, const pl_token *tok, uint32_t t0, uint32_t t1,
                   const char *country_hint, pl_place *out, int max)
{
	return find(g, tok, t0, t1, country_hint, out, max, 0);
}

int pl_markets_find(const pl_gazetteer *g, const pl_token *tok, uint32_t t0, uint32_t t1,
                    pl_place *out, int max)
{
	return find(g, tok, t0, t1, NULL, out, max, 1);
}
