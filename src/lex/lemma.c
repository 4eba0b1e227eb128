/*
** lemma.c: see lemma.h.  WordNet's morphology ("morphy"): irregular forms
** from the exception lists, else suffix rules whose result must be a base
** form in WordNet's index, loaded from DATADIR/lemma.txt (made by tools/gen-lex).
*/
#include "lemma.h"

#include "../base/file.h"
#include "../base/mem.h"

#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../base/hash.h"
#include "fields.h"
#include "tagger.h"

/*
** lemma.txt holds TAB-separated lines:
**
**     # comment
**     i<TAB>WORD<TAB>POS           WORD is a base form for the parts of speech
**                                  in POS (letters n, v, a; m: a noun that
**                                  names nothing able to speak)
**     x<TAB>P<TAB>FORM<TAB>BASE    irregular FORM of BASE, part of speech P
**                                  (n, v, a, or r for adverbs)
*/

enum { P_NOUN, P_VERB, P_ADJ, P_ADV, P__COUNT };

#define MAXWORD 128     /* longer words are their own lemma */

/* A slot of the index of base forms: the key is text + off - 1 (off 0: an
** empty slot; its top bit is MUTE); hpos keeps the hash's high bits and, in
** its low 3 bits, the parts of speech (1 << P_xxx).  8-byte slots keep the table small, which
** makes it quick to build. */
typedef struct ixslot {
	uint32_t off;
	uint32_t hpos;
} ixslot;

#define POSBITS 7u
#define MUTE 0x80000000u   /* in off: a noun none of whose senses can speak */

struct pl_lemmatizer {
	char *text;                 /* lemma.txt; keys and bases point into it */
	ixslot *index;              /* WordNet base forms (open addressing) */
	size_t icap, n_index;       /* slots (a power of two), entries */
	pl_hash exc[P__COUNT];      /* irregular form -> base form */
	unsigned long gen;          /* unique to this load: see lemma_cache */
};

/* Lemmatizers loaded so far, numbering them for the cache of
** pl_lemma_tokens(): a number is never given twice, so that the cache cannot
** take a freed lemmatizer's answers for those of a new one at the same
** address. */
static atomic_ulong lemma_loads;

/* WordNet's detachment rules, in its order: (suffix, replacement). */
typedef struct rule {
	const char *suf, *rep;
} rule;

static const rule noun_rules[] = {
	{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"},
	{"shes", "sh"}, {"men", "man"}, {"ies", "y"}, {NULL, NULL}
};
static const rule verb_rules[] = {
	{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"},
	{"ed", ""}, {"ing", "e"}, {"ing", ""}, {NULL, NULL}
};
static const rule adj_rules[] = {
	{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}, {NULL, NULL}
};

/* Contractions and auxiliaries whose lemma does not depend on WordNet. */
typedef struct fixed {
	const char *word;
	int tag;            /* PL_T_NONE: any tag */
	const char *lemma;
} fixed;

static const fixed fixed_lemmas[] = {
	{"'s", PL_T_VBZ, "be"}, {"'re", PL_T_NONE, "be"}, {"'m", PL_T_NONE, "be"},
	{"'ve", PL_T_NONE, "have"}, {"'ll", PL_T_NONE, "will"},
	{"'d", PL_T_MD, "would"}, {"'d", PL_T_NONE, "have"},
	{"n't", PL_T_NONE, "not"}, {"not", PL_T_NONE, "not"},
	{"wo", PL_T_MD, "will"}, {"ca", PL_T_MD, "can"}, {"sha", PL_T_MD, "shall"},
	{"is", PL_T_NONE, "be"}, {"are", PL_T_NONE, "be"}, {"am", PL_T_NONE, "be"},
	{"was", PL_T_NONE, "be"}, {"were", PL_T_NONE, "be"},
	{"been", PL_T_NONE, "be"}, {"being", PL_T_VBG, "be"},
	{"has", PL_T_NONE, "have"}, {"had", PL_T_NONE, "have"},
	{"having", PL_T_VBG, "have"}, {"does", PL_T_NONE, "do"},
	{"did", PL_T_NONE, "do"}, {"doing", PL_T_VBG, "do"},
	/* "to lay down their arms", "they lay mines": the base form "lay", not
	** the past of "lie" that WordNet's exceptions give for every tag */
	{"lay", PL_T_VB, "lay"}, {"lay", PL_T_VBP, "lay"},
	{NULL, 0, NULL}
};

/* ---- loading ---------------------------------------------------------- */

static void fail(char *err, size_t errlen, const char *file, unsigned line,
	const char *what)
{
	if (err && errlen)
		snprintf(err, errlen, "%s:%u: %s", file, line, what);
}

/* Adds key (NUL-terminated, inside l->text) with part-of-speech bits. */
static void index_add(pl_lemmatizer *l, const char *key, size_t n, unsigned bits)
{
	uint32_t h = pl_hash_bytes(key, n) & ~POSBITS;
	size_t i, mask = l->icap - 1;
	for (i = h & mask; l->index[i].off; i = (i + 1) & mask) {
		ixslot *s = &l->index[i];
		const char *k = l->text + (s->off & ~MUTE) - 1;
		if ((s->hpos & ~POSBITS) == h && strncmp(k, key, n) == 0 && !k[n]) {
			s->hpos |= bits & POSBITS;
			s->off |= bits & MUTE;
			return;
		}
	}
	l->index[i].off = ((uint32_t)(key - l->text) + 1) | (bits & MUTE);
	l->index[i].hpos = h | (bits & POSBITS);
	l->n_index++;
}

/* The index slot of w[0..n), or NULL when w is no base form. */
static const ixslot *slot_of(const pl_lemmatizer *l, const char *w, size_t n)
{
	uint32_t h = pl_hash_bytes(w, n) & ~POSBITS;
	size_t i, mask = l->icap - 1;
	if (!l->icap)
		return NULL;
	for (i = h & mask; l->index[i].off; i = (i + 1) & mask) {
		const ixslot *s = &l->index[i];
		const char *k = l->text + (s->off & ~MUTE) - 1;
		if ((s->hpos & ~POSBITS) == h && strncmp(k, w, n) == 0 && !k[n])
			return s;
	}
	return NULL;
}

/* The stored copy of w[0..n) when it is a base form of part of speech pos,
** else NULL. */
static const char *base_form(const pl_lemmatizer *l, const char *w, size_t n, int pos)
{
	const ixslot *s = slot_of(l, w, n);
	return s && (s->hpos & (1u << pos)) ? l->text + (s->off & ~MUTE) - 1 : NULL;
}

int pl_lemma_mute(const pl_lemmatizer *l, const char *lemma)
{
	const ixslot *s = l ? slot_of(l, lemma, strlen(lemma)) : NULL;
	return s && (s->off & MUTE) != 0;
}

static int pos_of_letter(int c)
{
	switch (c) {
	case 'n': return P_NOUN;
	case 'v': return P_VERB;
	case 'a': return P_ADJ;
	case 'r': return P_ADV;
	}
	return -1;
}

pl_lemmatizer *pl_lemma_load(const char *datadir, char *err, size_t errlen)
{
	char path[4096];
	unsigned lineno = 0;
	size_t lines = 1, len;
	long ndata = 0;
	int ended = 0;
	pl_lemmatizer *l;
	char *p, *q;

	if (snprintf(path, sizeof path, "%s/lemma.txt", datadir) >= (int)sizeof path) {
		fail(err, errlen, datadir, 0, "path too long");
		return NULL;
	}
	l = calloc(1, sizeof *l);
	if (!l) {
		fail(err, errlen, path, 0, "out of memory");
		return NULL;
	}
	l->gen = atomic_fetch_add(&lemma_loads, 1) + 1;
	l->text = pl_read_text(path, &len, PL_TEXT_NEWLINE, "lemma tables "
		"(made by tools/gen-lex from wordnet-base)", err, errlen);
	if (!l->text)
		goto bad;
	lines += pl_count_byte(l->text, len, '\n');
	if (len >= MUTE - 2) {   /* (offsets leave the top bit to MUTE) */
		fail(err, errlen, path, 0, "file too large");
		goto bad;
	}
	for (l->icap = 64; l->icap < 2 * lines; l->icap *= 2)
		;
	l->index = pl_calloc_written(l->icap, sizeof *l->index);
	if (!l->index) {
		fail(err, errlen, path, 0, "out of memory");
		goto bad;
	}
	for (p = l->text; *p; p = q) {
		char *f[4];
		size_t fl[4];
		int nf;
		lineno++;
		q = pl_cut_fields(p, l->text + len, f, fl, 4, &nf);
		if (*p == '#' || *p == '\0')
			continue;
		if (ended) {
			fail(err, errlen, path, lineno, "data after the end line: damaged");
			goto bad;
		}
		if (nf >= 2 && fl[0] == 3 && memcmp(f[0], "end", 3) == 0) {
			int k;
			for (k = 2; k < nf; k++)    /* the count is all after "end\t" */
				f[k][-1] = '\t';
			if (pl_end_line(f[1], ndata, path, lineno, err, errlen) < 0)
				goto bad;
			ended = 1;
			continue;
		}
		ndata++;
		if (fl[0] == 1 && f[0][0] == 'i' && nf == 3 && *f[1]) {
			unsigned bits = 0;
			const char *s;
			for (s = f[2]; *s; s++)
				if (*s == 'm')
					bits |= MUTE;
				else if (pos_of_letter(*s) >= 0)
					bits |= (1u << pos_of_letter(*s)) & POSBITS;
			if (!(bits & POSBITS)) {
				fail(err, errlen, path, lineno, "bad part of speech");
				goto bad;
			}
			index_add(l, f[1], fl[1], bits);
		} else if (fl[0] == 1 && f[0][0] == 'x' && nf == 4 && *f[2] && *f[3]) {
			int pos = pos_of_letter(f[1][0]);
			void *old = NULL;
			if (pos < 0 || f[1][1]) {
				fail(err, errlen, path, lineno, "bad part of speech");
				goto bad;
			}
			if (pl_hash_put(&l->exc[pos], f[2], fl[2], f[3], &old) < 0) {
				fail(err, errlen, path, lineno, "out of memory");
				goto bad;
			}
			if (old)    /* keep the first base a form was given */
				pl_hash_put(&l->exc[pos], f[2], fl[2], old, NULL);
		} else {
			fail(err, errlen, path, lineno, "unknown kind of line");
			goto bad;
		}
	}
	if (!ended) {
		fail(err, errlen, path, lineno, "no end line: the file is cut short "
			"(run tools/gen-lex again)");
		goto bad;
	}
	if (!l->n_index) {
		fail(err, errlen, path, lineno, "no WordNet index entries");
		goto bad;
	}
	return l;
bad:
	pl_lemma_free(l);
	return NULL;
}

void pl_lemma_free(pl_lemmatizer *l)
{
	int i;
	if (!l)
		return;
	free(l->index);
	for (i = 0; i < P__COUNT; i++)
		pl_hash_free(&l->exc[i]);
	free(l->text);
	free(l);
}

/* ---- lemmas ----------------------------------------------------------- */

static int ends_with(const char *w, size_t n, const char *suf)
{
	size_t k = strlen(suf);
	return n > k && memcmp(w + n - k, suf, k) == 0;
}

static int is_vowel(int c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Guesses the base of a word WordNet does not know, writing it to buf
** (MAXWORD bytes): "ceasefires" -> "ceasefire", "geolocated" -> "geolocate".
** Returns its length, or 0 for no guess. */
static size_t guess(const char *w, size_t n, int pos, char *buf)
{
	size_t k = 0;
	const char *add = "";
	if (pos == P_NOUN || pos == P_VERB) {
		if (ends_with(w, n, "ies") && n > 4)
			k = 3, add = "y";
		else if (ends_with(w, n, "sses") || ends_with(w, n, "shes") ||
		    ends_with(w, n, "ches") || ends_with(w, n, "xes") ||
		    ends_with(w, n, "zes"))
			k = 2;
		else if (ends_with(w, n, "s") && !ends_with(w, n, "ss") &&
		    !ends_with(w, n, "us") && !ends_with(w, n, "is") && n > 3)
			k = 1;
	}
	if (pos == P_VERB && !k) {
		if (ends_with(w, n, "ied") && n > 4)
			k = 3, add = "y";
		else if (ends_with(w, n, "ed") && n > 4)
			k = 2;
		else if (ends_with(w, n, "ing") && n > 5)
			k = 3;
		if (k && !*add) {
			const char *st = w;
			size_t m = n - k;
			/* stopped -> stop; located -> locate */
			if (m >= 3 && st[m - 1] == st[m - 2] && !is_vowel(st[m - 1]) &&
			    st[m - 1] != 'l' && st[m - 1] != 's' && st[m - 1] != 'z' &&
			    st[m - 1] != 'f')
				k++;
			else if (m >= 3 && !is_vowel(st[m - 1]) && st[m - 1] != 'y' &&
			    st[m - 1] != 'w' && st[m - 1] != 'x' && is_vowel(st[m - 2]) &&
			    !is_vowel(st[m - 3]) && strchr("tzvcgs", st[m - 1]))
				add = "e";
		}
	}
	if (!k || n - k + strlen(add) + 1 > MAXWORD)
		return 0;
	memcpy(buf, w, n - k);
	strcpy(buf + n - k, add);
	return n - k + strlen(add);
}

/* WordNet's morphy for one part of speech; NULL when nothing passes. */
static const char *morphy(const pl_lemmatizer *l, const char *w, size_t n,
	int pos, const rule *rules)
{
	char buf[MAXWORD];
	const char *b = pl_hash_get(&l->exc[pos], w, n);
	const rule *r;
	if (b)
		return b;
	for (r = rules; r && r->suf; r++) {
		size_t k, m;
		if (!ends_with(w, n, r->suf))
			continue;
		k = strlen(r->suf);
		m = strlen(r->rep);
		if (n - k + m >= MAXWORD)
			continue;
		memcpy(buf, w, n - k);
		memcpy(buf + n - k, r->rep, m);
		if ((b = base_form(l, buf, n - k + m, pos)))
			return b;
	}
	return base_form(l, w, n, pos);
}

/* Writes w with typographic apostrophes (U+2019, U+2018) as ASCII ones into
** buf; returns the new length (0 when too long). */
static size_t ascii_apostrophes(const char *w, char *buf)
{
	size_t o = 0;
	for (; *w; w++) {
		if ((unsigned char)w[0] == 0xE2 && (unsigned char)w[1] == 0x80 &&
		    ((unsigned char)w[2] == 0x99 || (unsigned char)w[2] == 0x98)) {
			buf[o++] = '\'';
			w += 2;
		} else {
			buf[o++] = *w;
		}
		if (o + 1 >= MAXWORD)
			return 0;
	}
	buf[o] = '\0';
	return o;
}

/* Does anything below look words of tag up: the verbs, modals, plurals,
** comparatives and superlatives of the fixed table and the switch in
** pl_lemma? */
static int looked_up(int tag)
{
	/* the tags as one bit set, tested with a shift: asked of every token
	** (pl_lemma_tokens_cached), the chain of comparisons cost about ten
	** instructions a token */
	const uint64_t set = 1ull << PL_T_VB | 1ull << PL_T_VBD | 1ull << PL_T_VBG |
	                     1ull << PL_T_VBN | 1ull << PL_T_VBP | 1ull << PL_T_VBZ |
	                     1ull << PL_T_MD | 1ull << PL_T_NNS | 1ull << PL_T_NNPS |
	                     1ull << PL_T_JJR | 1ull << PL_T_JJS | 1ull << PL_T_RBR |
	                     1ull << PL_T_RBS;
	_Static_assert(PL_T__COUNT <= 64, "tags fit a 64-bit set");
	return tag >= 0 && tag < 64 && ((set >> tag) & 1);
}

/* What pl_lemma() returned, for the cache of pl_lemma_tokens(). */
enum { LK_KEEP, LK_WORD, LK_ARTICLE };

/* pl_lemma(), telling through *kind whether its answer may be kept for
** other articles: LK_KEEP, a string of the lemmatizer's or a constant;
** LK_WORD, low itself; LK_ARTICLE, something of the article's (from its
** arena, or a part of low), or low where the arena had no room for it. */
static const char *lemma_of(const pl_lemmatizer *l, const char *low, int tag, pl_arena *a, int *kind)
{
	char buf[MAXWORD], gbuf[MAXWORD];
	const fixed *fx;
	const char *w = low, *b = NULL;
	size_t n;
	int pos;

	*kind = LK_WORD;
	if (!low)
		return NULL;
	/* most tokens keep their word: nouns, names, adjectives, function words
	** (the clitics ' and n't aside); no need to measure it */
	if (!looked_up(tag) && low[0] != '\'' && low[0] != 'n' && !strchr(low, '\xE2'))
		return low;
	if (!l || !*low)
		return low;
	n = strlen(low);
	if (n >= MAXWORD)
		return low;
	if (strchr(low, '\xE2')) {
		n = ascii_apostrophes(low, buf);
		if (!n)
			return low;
		w = buf;
	}
	/* "re-opened" is the verb "reopen" (the tagger reads it so too); with
	** no such verb, "re-established" is the act again: "establish" */
	if (PL_TAG_IS_VERB(tag) && n > 4 && w[0] == 'r' && w[1] == 'e' && w[2] == '-') {
		char joined[MAXWORD];
		const char *r;
		joined[0] = 'r';
		joined[1] = 'e';
		memcpy(joined + 2, w + 3, n - 2);   /* with its NUL */
		*kind = LK_ARTICLE;
		r = pl_lemma(l, joined, tag, a);
		if (r && base_form(l, r, strlen(r), P_VERB))
			return r != joined ? r : pl_arena_strndup(a, joined, n - 1);
		return pl_lemma(l, low + 3, tag, a);
	}
	/* the table only serves verbs, modals and clitics: skip it cheaply for
	** every other token (this loop is on the hot path) */
	for (fx = (PL_TAG_IS_VERB(tag) || tag == PL_T_MD || w[0] == '\'' || w[0] == 'n')
	          ? fixed_lemmas : NULL; fx && fx->word; fx++)
		if (w[0] == fx->word[0] && (fx->tag == PL_T_NONE || fx->tag == tag) && strcmp(w, fx->word) == 0 &&
		    (PL_TAG_IS_VERB(tag) || tag == PL_T_MD || fx->word[0] == '\'' ||
		     fx->word[0] == 'n')) {
			*kind = LK_KEEP;
			return fx->lemma;
		}

	switch (tag) {
	case PL_T_VB: case PL_T_VBP:
		pos = P_VERB;
		if ((b = pl_hash_get(&l->exc[pos], w, n)) || (b = base_form(l, w, n, pos))) {
			*kind = LK_KEEP;
			return b;
		}
		b = morphy(l, w, n, pos, verb_rules);
		break;
	case PL_T_VBD: case PL_T_VBG: case PL_T_VBN: case PL_T_VBZ:
		pos = P_VERB;
		b = morphy(l, w, n, pos, verb_rules);
		break;
	case PL_T_NNS: case PL_T_NNPS:
		pos = P_NOUN;
		b = morphy(l, w, n, pos, noun_rules);
		break;
	case PL_T_JJR: case PL_T_JJS:
		pos = P_ADJ;
		b = morphy(l, w, n, pos, adj_rules);
		break;
	case PL_T_RBR: case PL_T_RBS:
		pos = P_ADV;
		b = pl_hash_get(&l->exc[pos], w, n);
		break;
	default:
		pos = -1;       /* other classes keep the word */
		break;
	}
	if (b) {
		*kind = LK_KEEP;
		return b;
	}
	/* "test-fired" is the verb "test-fire": the part after the last
	** hyphen takes its lemma ("fire"), the part before stays */
	if (pos == P_VERB && a) {
		const char *h = strrchr(w, '-');
		if (h && h > w && h[1]) {
			const char *r = pl_lemma(l, h + 1, tag, a);
			size_t pre = (size_t)(h + 1 - w), rn = r ? strlen(r) : 0;
			if (r && pre + rn < MAXWORD && base_form(l, r, rn, P_VERB)) {
				char joined[MAXWORD];
				const char *j;
				memcpy(joined, w, pre);
				memcpy(joined + pre, r, rn);
				joined[pre + rn] = '\0';
				*kind = LK_ARTICLE;
				if ((j = pl_arena_strndup(a, joined, pre + rn)))
					return j;
			}
		}
	}
	if ((pos == P_NOUN || pos == P_VERB) && a) {
		size_t g = guess(w, n, pos, gbuf);
		if (g) {
			/* of the article even when out of memory: that answer
			** (low) is no lasting one */
			const char *s = pl_arena_strndup(a, gbuf, g);
			*kind = LK_ARTICLE;
			if (s)
				return s;
		}
	}
	if (w != low && a) {
		const char *s = pl_arena_strndup(a, w, n);
		*kind = LK_ARTICLE;
		if (s)
			return s;
	}
	return low;
}

const char *pl_lemma(const pl_lemmatizer *l, const char *low, int tag, pl_arena *a)
{
	int kind;
	return lemma_of(l, low, tag, a, &kind);
}

/* The cache of pl_lemma_tokens_cached(): pl_lemma()'s answers for the
** words that it looks up (verbs, plurals, comparatives), whose suffix rules
** and look-ups cost about 540 instructions a word (callgrind, Reuters: 3%
** of coding it).  Direct-mapped by a hash of the word and its tag; a slot
** holds its lemmatizer's load number (never given twice, unlike an
** address), so that it answers for no other lemmatizer.  Only answers that
** outlive the article are kept: the word itself (lemma NULL) or a string
** of the lemmatizer's.  (16,384 slots rather than 8,192: on Reuters
** 1-1,000 a sixth of the misses were words thrown out by another.)  A slot
** is 32 bytes, two to a cache line, so that a look-up misses the cache
** once at most (slots of 40 bytes had three in eight across two lines);
** words of up to 14 bytes are kept, which leaves out about one word in
** six hundred. */
#define LC_LOG2 14
#define LC_SLOTS (1u << LC_LOG2)
#define LC_WORD 14
typedef struct lc_slot {
	unsigned long gen;          /* 0: empty */
	const char *lemma;          /* NULL: the word is its own lemma */
	uint8_t tag, len;
	char word[LC_WORD];
} lc_slot;
_Static_assert(sizeof(lc_slot) == 32, "two lemma-cache slots to a cache line");

struct pl_lemma_cache {
	_Alignas(64) lc_slot slot[LC_SLOTS];
};

pl_lemma_cache *pl_lemma_cache_new(void)
{
	pl_lemma_cache *c = aligned_alloc(64, sizeof(pl_lemma_cache));
	if (c)
		memset(c, 0, sizeof *c);
	return c;
}

void pl_lemma_cache_free(pl_lemma_cache *c)
{
	free(c);
}

/* n: the length of low when known (an ASCII token's), else SIZE_MAX. */
static const char *cached_lemma(const pl_lemmatizer *l, pl_lemma_cache *lc, const char *low,
                                size_t n, int tag, pl_arena *a)
{
	lc_slot *c;
	const char *r;
	int kind;
	/* with no arena pl_lemma() answers some words otherwise: not kept */
	if (!lc || !l || !a || !low)
		return pl_lemma(l, low, tag, a);
	if (n == SIZE_MAX)
		n = strlen(low);
	if (n > LC_WORD)
		return pl_lemma(l, low, tag, a);
	if (n <= 8) {
		/* a short word (most) is its bytes packed into 64 bits: hashed
		** with a multiply and compared with the slot's the same way, where
		** pl_hash_bytes() and a call of memcmp() cost fifty instructions */
		uint64_t w = pl_short_word(low, n);
		c = &lc->slot[((w ^ ((uint64_t)tag << 8 | n)) * 0x9E3779B97F4A7C15u) >> (64 - LC_LOG2)];
		if (c->gen == l->gen && c->tag == tag && c->len == n && pl_short_word(c->word, n) == w)
			return c->lemma ? c->lemma : low;
	} else {
		c = &lc->slot[(pl_hash_bytes(low, n) ^ (uint32_t)tag * 0x9E3779B1u) & (LC_SLOTS - 1)];
		if (c->gen == l->gen && c->tag == tag && c->len == n && memcmp(c->word, low, n) == 0)
			return c->lemma ? c->lemma : low;
	}
	r = lemma_of(l, low, tag, a, &kind);
	if (kind != LK_ARTICLE) {
		c->gen = l->gen;
		c->lemma = kind == LK_KEEP ? r : NULL;
		c->tag = (uint8_t)tag;
		c->len = (uint8_t)n;
		memcpy(c->word, low, n);
	}
	return r;
}

void pl_lemma_tokens(const pl_lemmatizer *l, pl_token *tok, uint32_t n, pl_arena *a)
{
	pl_lemma_tokens_cached(l, NULL, tok, n, a);
}

void pl_lemma_tokens_cached(const pl_lemmatizer *l, pl_lemma_cache *lc, pl_token *tok, uint32_t n,
                            pl_arena *a)
{
	uint32_t i;
	if (!tok)
		return;
	for (i = 0; i < n; i++) {
		const char *low = tok[i].low;
		if (!low && tok[i].s && a) {
			/* no lower-cased text given: make it */
			char *s = pl_arena_strndup(a, tok[i].s, tok[i].len);
			if (s) {
				char *p;
				for (p = s; *p; p++)
					if (*p >= 'A' && *p <= 'Z')
						*p = (char)(*p - 'A' + 'a');
			}
			low = s;
		}
		/* most tokens keep their word (see pl_lemma): for an ASCII token
		** that is known without looking for a typographic apostrophe */
		int known = low && low == tok[i].low && pl_tok_ascii(&tok[i]);
		if (known && !looked_up(tok[i].tag) && low[0] != '\'' && low[0] != 'n')
			tok[i].lemma = low;
		else   /* an ASCII token's lower case is as long as its text */
			tok[i].lemma = cached_lemma(l, lc, low, known ? tok[i].len : SIZE_MAX,
			                            tok[i].tag, a);
	}
}
