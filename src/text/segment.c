/*
** segment.c: tokenizer and sentence splitter; see segment.h.
**
** Two passes.  tokenize() walks the text once, left to right, keeping byte and
** code-point positions in step, and appends tokens; split_sentences() then
** looks at the token stream and decides where sentences end.
*/
#include "segment.h"
#include "utf8.h"

#include "../base/words.h"

#include <pthread.h>
#include <string.h>

#define MAX_TOKEN_BYTES 256   /* longer runs are cut into several tokens */
#define QUOTE_LOOKAHEAD 150   /* tokens searched for a quotation's close */

/* What the tokenizer carries between tokens. */
typedef struct seg {
	pl_arena *a;
	const char *t;           /* the text */
	size_t n;                /* its length in bytes */
	pl_token *tok;
	size_t ntok, cap;
	uint32_t ci;             /* code points before the current position */
	unsigned pending;        /* SPACEBEFORE / NLBEFORE for the next token */
	char *pool;              /* token strings are packed into chunks */
	size_t pool_left, pool_chunk;
} seg;

/* ------------------------------------------------------------------------ */
/* Character classes                                                        */
/* ------------------------------------------------------------------------ */

#define S_ PL_CP_SPACE
#define N_ PL_CP_NEWLINE
#define U_ PL_CP_UPPER
#define L_ PL_CP_LOWER
#define D_ PL_CP_DIGIT
#define P_ PL_CP_PUNCT
#define Y_ PL_CP_SYMBOL

/* Classes of the ASCII range, so that the common case needs no decoding.
** Bytes from 0x80 on (parts of longer code points) are PL_CP_OTHER here, so
** that a run of ASCII word bytes stops at them without a test of its own. */
static const unsigned char ascii_cls[256] = {
	S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, N_, S_, S_, N_, S_, S_, /* 0x00 */
	S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, /* 0x10 */
	S_, P_, P_, P_, Y_, P_, P_, P_, P_, P_, P_, Y_, P_, P_, P_, P_, /*  !"#$%&'()*+,-./ */
	D_, D_, D_, D_, D_, D_, D_, D_, D_, D_, P_, P_, Y_, Y_, Y_, P_, /* 0-9 :;<=>? */
	P_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, /* @A-O */
	U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, P_, P_, P_, Y_, P_, /* P-Z [\]^_ */
	Y_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, /* `a-o */
	L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, P_, Y_, P_, Y_, S_, /* p-z {|}~ DEL */
};

#undef S_
#undef N_
#undef U_
#undef L_
#undef D_
#undef P_
#undef Y_

/* The class of the code point at byte i (which must be < n); its value and
** length go to *cp and *len. */
static inline int cls_at(const char *t, size_t n, size_t i, int32_t *cp, int *len)
{
	unsigned char b = (unsigned char)t[i];
	if (b < 0x80) {
		*cp = b;
		*len = 1;
		return ascii_cls[b];
	}
	*len = pl_utf8_decode(t + i, n - i, cp);
	return pl_cp_class(*cp);
}

/* Letters, digits and marks: what words are made of.  The classes as bit
** sets, so that a test is a shift (it runs for every byte of a word). */
#define LETTER_CLASSES (1u << PL_CP_UPPER | 1u << PL_CP_LOWER | 1u << PL_CP_LETTER)
#define WORD_CLASSES (LETTER_CLASSES | 1u << PL_CP_MARK | 1u << PL_CP_DIGIT | 1u << PL_CP_NUMBER)

static inline int is_wordc(int c)
{
	return (WORD_CLASSES >> c) & 1;
}

static inline int is_letterc(int c)
{
	return (LETTER_CLASSES >> c) & 1;
}

static inline int is_digit_byte(const char *t, size_t n, size_t i)
{
	return i < n && t[i] >= '0' && t[i] <= '9';
}

/* ------------------------------------------------------------------------ */
/* Word lists                                                               */
/* ------------------------------------------------------------------------ */

enum { AB_PLAIN, AB_TITLE, AB_MONTH, AB_STATE, AB_NUMERO };

/* Abbreviations that keep their period, lower case, without the period.
** Words of the form letter.letter ("U.S", "e.g", "a.m") and single capital
** initials need no entry.  AB_STATE entries need a capital in the text ("Ill."
** but not "ill."), AB_NUMERO entries need a digit after them ("No. 2"). */
#define AB(w, kind) { w, sizeof(w) - 1, kind }
static const struct { const char *w; unsigned char len, kind; } abbrevs[] = {
	AB("mr", AB_TITLE), AB("mrs", AB_TITLE), AB("ms", AB_TITLE),
	AB("messrs", AB_TITLE), AB("dr", AB_TITLE), AB("prof", AB_TITLE),
	AB("gen", AB_TITLE), AB("gens", AB_TITLE), AB("lt", AB_TITLE),
	AB("col", AB_TITLE), AB("maj", AB_TITLE), AB("capt", AB_TITLE),
	AB("cpl", AB_TITLE), AB("sgt", AB_TITLE), AB("adm", AB_TITLE),
	AB("cmdr", AB_TITLE), AB("sen", AB_TITLE), AB("sens", AB_TITLE),
	AB("rep", AB_TITLE), AB("reps", AB_TITLE), AB("gov", AB_TITLE),
	AB("pres", AB_TITLE), AB("amb", AB_TITLE), AB("rev", AB_TITLE),
	AB("hon", AB_TITLE), AB("fr", AB_TITLE), AB("st", AB_TITLE),
	AB("mt", AB_TITLE), AB("ft", AB_TITLE), AB("jr", AB_PLAIN), AB("sr", AB_PLAIN),
	AB("jan", AB_MONTH), AB("feb", AB_MONTH), AB("mar", AB_MONTH),
	AB("apr", AB_MONTH), AB("jun", AB_MONTH), AB("jul", AB_MONTH),
	AB("aug", AB_MONTH), AB("sep", AB_MONTH), AB("sept", AB_MONTH),
	AB("oct", AB_MONTH), AB("nov", AB_MONTH), AB("dec", AB_MONTH),
	AB("corp", AB_PLAIN), AB("inc", AB_PLAIN), AB("ltd", AB_PLAIN),
	AB("co", AB_PLAIN), AB("cos", AB_PLAIN), AB("bros", AB_PLAIN),
	AB("plc", AB_PLAIN), AB("vs", AB_PLAIN), AB("etc", AB_PLAIN),
	AB("approx", AB_PLAIN), AB("dept", AB_PLAIN), AB("est", AB_PLAIN),
	AB("ph.d", AB_PLAIN), AB("no", AB_NUMERO), AB("nos", AB_NUMERO),
	AB("ala", AB_STATE), AB("ariz", AB_STATE), AB("ark", AB_STATE),
	AB("calif", AB_STATE), AB("colo", AB_STATE), AB("conn", AB_STATE),
	AB("del", AB_STATE), AB("fla", AB_STATE), AB("ga", AB_STATE),
	AB("ill", AB_STATE), AB("ind", AB_STATE), AB("kan", AB_STATE),
	AB("ky", AB_STATE), AB("la", AB_STATE), AB("md", AB_STATE),
	AB("mass", AB_STATE), AB("mich", AB_STATE), AB("minn", AB_STATE),
	AB("miss", AB_STATE), AB("mo", AB_STATE), AB("mont", AB_STATE),
	AB("neb", AB_STATE), AB("nev", AB_STATE), AB("okla", AB_STATE),
	AB("ore", AB_STATE), AB("pa", AB_STATE), AB("tenn", AB_STATE),
	AB("tex", AB_STATE), AB("va", AB_STATE), AB("vt", AB_STATE),
	AB("wash", AB_STATE), AB("wis", AB_STATE), AB("wyo", AB_STATE),
};
#undef AB

/* abbrev_kind() runs for every word before a period, most often the last
** word of a sentence, and a scan of the whole list cost about 580
** instructions a call (callgrind, Reuters).  So the list is also a small
** open-addressed table, filled once: a slot holds an entry's index + 1 (0
** is empty), found by the entry's lower case packed into a 64-bit word
** (every entry has under 8 bytes; the zero padding tells lengths apart).
** Entries are placed in list order, so a probe meets them in that order. */
#define AB_SLOTS 256
static unsigned char ab_slot[AB_SLOTS];
static uint64_t ab_key[sizeof abbrevs / sizeof abbrevs[0]];
static pthread_once_t ab_once = PTHREAD_ONCE_INIT;

static uint64_t pack8(const char *s, size_t n)
{
	uint64_t k = 0;
	memcpy(&k, s, n);
	return k;
}

static unsigned ab_home(uint64_t k)
{
	return (unsigned)((k * 0x9E3779B97F4A7C15u) >> 56) & (AB_SLOTS - 1);
}

static void ab_build(void)
{
	size_t i;
	for (i = 0; i < sizeof abbrevs / sizeof abbrevs[0]; i++) {
		unsigned h;
		ab_key[i] = pack8(abbrevs[i].w, abbrevs[i].len);
		for (h = ab_home(ab_key[i]); ab_slot[h]; h = (h + 1) & (AB_SLOTS - 1))
			;
		ab_slot[h] = (unsigned char)(i + 1);
	}
}

/* Looks s[0..n) up (case-insensitively, ASCII) in abbrevs; returns its kind
** or -1. */
static int abbrev_kind(const char *s, size_t n)
{
	char low[8];
	size_t i;
	uint64_t k;
	unsigned h;
	if (n == 0 || n >= sizeof low)
		return -1;
	for (i = 0; i < n; i++) {
		char c = s[i];
		low[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
	}
	pthread_once(&ab_once, ab_build);
	k = pack8(low, n);
	for (h = ab_home(k); ab_slot[h]; h = (h + 1) & (AB_SLOTS - 1))
		if (ab_key[ab_slot[h] - 1] == k)
			return abbrevs[ab_slot[h] - 1].kind;
	return -1;
}

int pl_tok_us_state(const pl_token *t)
{
	return t->s && t->len >= 2 && t->s[t->len - 1] == '.' && abbrev_kind(t->s, t->len - 1) == AB_STATE;
}

/* Capitalised words that usually begin a sentence: after "U.S." or an
** ellipsis they decide for a sentence break ("in the U.S. The talks"). */
static const char *const starters[] = {
	"a", "after", "all", "also", "although", "an", "another", "as",
	"at", "before", "both", "but", "during", "each", "earlier", "for",
	"from", "he", "her", "here", "his", "how", "however", "i", "if", "in",
	"it", "its", "last", "later", "many", "meanwhile", "most", "my", "no",
	"now", "on", "our", "she", "since", "some", "still", "that",
	"the", "their", "then", "there", "these", "they", "this", "those",
	"though", "we", "what", "when", "where", "which", "while", "who",
	"why", "with", "you", NULL
};

static int is_starter(const pl_token *k)
{
	/* (the set's filter turns most capitalised words, names, away at one
	** test, where the list's walk took sixty-four) */
	static pl_wordset set = PL_WORDSET(starters);
	if (!(k->flags & PL_TOK_CAP) || (k->flags & PL_TOK_ABBR) || k->len > 9)
		return 0;
	return pl_in_set(&set, k->low);
}

/* ------------------------------------------------------------------------ */
/* Emitting tokens                                                          */
/* ------------------------------------------------------------------------ */

/* Room for n bytes of token strings: the rest of the current chunk, or a new
** one.  pool_take() then keeps the bytes used. */
static char *pool_room(seg *g, size_t n)
{
#ifdef PARLEY_NO_ARENA
	return pl_arena_alloc_raw(g->a, n);     /* one object each, for ASan */
#else
	if (g->pool_left < n) {
		size_t sz = n > g->pool_chunk ? n : g->pool_chunk;
		g->pool = pl_arena_alloc_raw(g->a, sz);
		if (!g->pool)
			return NULL;
		g->pool_left = sz;
	}
	return g->pool;
#endif
}

static void pool_take(seg *g, size_t n)
{
#ifdef PARLEY_NO_ARENA
	(void)g, (void)n;
#else
	g->pool += n;
	g->pool_left -= n;
#endif
}

/* Properties of code-point classes that token flags are made from.
** AP_NUMISH marks what a number is made of (digits, "." and ","), so that
** "made of digits, periods and commas only" falls out of the same AND of
** all code points' properties as AP_PUNCT does.  AP_WORD (ASCII letters
** and digits) and AP_MULTI (bytes of longer code points) are used by the
** byte table below only. */
enum {
	AP_UPPER = 1, AP_LOWER = 2, AP_LETTER = 4, AP_DIGIT = 8, AP_PUNCT = 16,
	AP_NUMISH = 32, AP_WORD = 64, AP_MULTI = 128
};
static const unsigned char cls_prop[] = {
	[PL_CP_UPPER] = AP_LETTER | AP_UPPER,
	[PL_CP_LOWER] = AP_LETTER | AP_LOWER,
	[PL_CP_LETTER] = AP_LETTER,
	[PL_CP_DIGIT] = AP_DIGIT | AP_NUMISH,
	[PL_CP_PUNCT] = AP_PUNCT,
	[PL_CP_SYMBOL] = AP_PUNCT,
	[PL_CP_FORMAT] = 0,
};

/* Each byte's properties (high byte) and lower-case form (low byte), so
** that the loops over an ASCII word make one table load per byte.  For an
** ASCII byte the properties are cls_prop[ascii_cls[b]] (plus AP_NUMISH on
** "." and ",", AP_WORD on letters and digits); bytes from 0x80 on are
** AP_MULTI, which sends them to the decoding path.  Written as constant
** expressions so that the table cannot drift from its definition. */
#define BP(b) ((b) >= 0x80 ? AP_MULTI : (b) <= ' ' || (b) == 0x7F ? 0 : \
	(b) >= '0' && (b) <= '9' ? AP_DIGIT | AP_NUMISH | AP_WORD : \
	(b) >= 'A' && (b) <= 'Z' ? AP_LETTER | AP_UPPER | AP_WORD : \
	(b) >= 'a' && (b) <= 'z' ? AP_LETTER | AP_LOWER | AP_WORD : \
	(b) == '.' || (b) == ',' ? AP_PUNCT | AP_NUMISH : AP_PUNCT)
#define BE(b) (BP(b) << 8 | ((b) >= 'A' && (b) <= 'Z' ? (b) + 32 : (b)))
#define BE4(b) BE(b), BE((b) + 1), BE((b) + 2), BE((b) + 3)
#define BE16(b) BE4(b), BE4((b) + 4), BE4((b) + 8), BE4((b) + 12)
static const uint16_t byte_tab[256] = {
	BE16(0x00), BE16(0x10), BE16(0x20), BE16(0x30),
	BE16(0x40), BE16(0x50), BE16(0x60), BE16(0x70),
	BE16(0x80), BE16(0x90), BE16(0xA0), BE16(0xB0),
	BE16(0xC0), BE16(0xD0), BE16(0xE0), BE16(0xF0),
};
#undef BE16
#undef BE4
#undef BE
#undef BP

static inline unsigned byte_prop(unsigned char b)
{
	return (unsigned)byte_tab[b] >> 8;
}

/* The properties of the first code point of t[b0..b1). */
static unsigned first_prop(const seg *g, size_t b0, size_t b1)
{
	int32_t cp;
	int l;
	if ((unsigned char)g->t[b0] < 0x80)
		return byte_prop((unsigned char)g->t[b0]);
	return cls_prop[cls_at(g->t, b1, b0, &cp, &l)];
}

/* PL_TOK_CAP if the first letter of t[b0..b1) is a capital, else 0; first
** holds the properties of its first code point. */
static unsigned cap_flag(const seg *g, size_t b0, size_t b1, unsigned first)
{
	size_t i = b0;
	while (!(first & AP_LETTER) && i < b1) {
		int32_t cp;
		int l;
		first = cls_prop[cls_at(g->t, b1, i, &cp, &l)];
		i += (size_t)l;
	}
	return (first & AP_UPPER) ? PL_TOK_CAP : 0;
}

/* What emit() learns of a token's code points: the properties of any of
** them, of all of them and of the last one, in bits 8 up as in byte_tab's
** entries (the ASCII loop ORs and ANDs whole entries, saving a shift per
** byte), and the capitals past the ASCII head. */
typedef struct cp_props {
	unsigned any, all, last, nupper;
} cp_props;

/* The part of emit() past the token's ASCII head: from byte i of the token
** src[0..len), code points are decoded, classified and lower-cased into
** low + *nlow; *ncp counts them.  Returns 1 when some lower case differs
** from its text.  Out of line (GCC spelling): its calls would otherwise
** make the ASCII path, which most tokens take alone, save and restore its
** registers. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int emit_rest(const unsigned char *src, size_t i, size_t len, char *low, size_t *nlow,
                     uint32_t *ncp, cp_props *pr)
{
	int changed = 0;
	for (; i < len; ++*ncp) {
		unsigned p;
		if (src[i] < 0x80) {
			unsigned e = byte_tab[src[i]];
			p = e >> 8;
			low[(*nlow)++] = (char)e;
			i++;
		} else {
			int32_t cp, lc;
			int l = pl_utf8_decode((const char *)src + i, len - i, &cp), m = 0;
			p = cls_prop[pl_cp_class(cp)];
			lc = pl_cp_lower(cp);
			if (lc != cp)
				m = pl_utf8_encode(lc, low + *nlow);
			if (m > 0) {
				changed = 1;
				*nlow += (size_t)m;
			} else {
				memcpy(low + *nlow, src + i, (size_t)l);
				*nlow += (size_t)l;
			}
			i += (size_t)l;
		}
		pr->last = p << 8;
		pr->any |= p << 8;
		pr->all &= p << 8;
		pr->nupper += (p & AP_UPPER) != 0;
	}
	return changed;
}

/* Two capitals or more: those of the ASCII head s[0..head) and nupper
** more after it?  Asked only of a token with no lower-case letter, which is
** rare, so that the loop of emit() need not count them. */
static int two_capitals(const char *s, size_t head, unsigned nupper)
{
	size_t i;
	for (i = 0; i < head && nupper < 2; i++)
		nupper += s[i] >= 'A' && s[i] <= 'Z';
	return nupper >= 2;
}

/* Appends the token whose text s, lower case low (s itself when the same)
** and ncp code points emit() worked out.  Returns 0, or -1 when out of
** memory. */
static inline int push_token(seg *g, const char *s, const char *low, size_t len, size_t b0,
                             size_t b1, uint32_t ncp, unsigned flags)
{
	pl_token *k;
	if (g->ntok == g->cap) {
		void *p = g->tok;
		if (pl_arena_grow(g->a, &p, &g->cap, g->ntok + 1, sizeof *g->tok) != 0)
			return -1;
		g->tok = p;
	}
	k = &g->tok[g->ntok];
	memset(k, 0, sizeof *k);
	k->s = s;
	k->low = low;
	k->len = (uint32_t)len;
	k->b0 = (uint32_t)b0;
	k->b1 = (uint32_t)b1;
	k->c0 = g->ci;
	k->c1 = g->ci + ncp;
	k->flags = (uint16_t)flags;
	g->ci += ncp;
	g->ntok++;
	return 0;
}

/* Appends the token t[b0..b1) with the given flags, working out its lower
** case, code-point length and the letter/digit/punctuation flags.  The text
** and its lower case are written straight into the string pool, the lower
** case just after the text (kept only when it differs).  Returns 0, or -1
** when out of memory.  Any token; emit() sends here those with a byte from
** 0x80 on.  Out of line (GCC spelling), so that emit() keeps its few
** variables in registers. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int emit_mixed(seg *g, size_t b0, size_t b1, unsigned flags)
{
	const unsigned char *src = (const unsigned char *)g->t + b0;
	size_t i, nlow, head, len = b1 - b0;   /* head: bytes of the ASCII head */
	uint32_t ncp;
	unsigned any = 0, all = ~0u, first;
	int changed = 0;
	cp_props pr;
	char *s, *low;

	if (len > MAX_TOKEN_BYTES + 8)   /* cannot happen; bounds the room below */
		len = MAX_TOKEN_BYTES + 8, b1 = b0 + len;
	/* a lower-case code point takes at most 4 bytes */
	s = pool_room(g, len + 1 + 4 * len + 1);
	if (!s)
		return -1;
	low = s + len + 1;
	/* The ASCII head of the token (most often all of it): one table entry
	** per byte gives its properties and lower case, and the text and its
	** lower case are written in the same pass.  No call in this loop, so
	** that its variables stay in registers. */
	for (i = 0; i < len; i++) {
		unsigned e = byte_tab[src[i]];
		if (e & AP_MULTI << 8)
			break;
		s[i] = (char)src[i];
		low[i] = (char)e;
		any |= e;
		all &= e;
	}
	nlow = head = i;
	ncp = (uint32_t)nlow;
	pr.any = any;
	pr.all = all;
	pr.last = i ? byte_tab[src[i - 1]] : 0;
	pr.nupper = 0;
	if (i < len) {                      /* the rest of the text as it is */
		memcpy(s + i, src + i, len - i);
		changed = emit_rest(src, i, len, low, &nlow, &ncp, &pr);
	}
	s[len] = '\0';
	any = pr.any >> 8;
	all = pr.all >> 8;
	first = first_prop(g, b0, b1);
	if (any & AP_LETTER)
		flags |= cap_flag(g, b0, b1, first);
	if (any & AP_DIGIT)
		flags |= PL_TOK_DIGIT;
	/* begins and ends with a digit, with only digits, periods and commas
	** between: "40,786", "2.5" */
	if ((first & AP_DIGIT) && ((pr.last >> 8) & AP_DIGIT) && (all & AP_NUMISH))
		flags |= PL_TOK_NUM;
	if (all & AP_PUNCT)
		flags |= PL_TOK_PUNCT;
	if (any & AP_UPPER)
		changed = 1;
	if (changed) {
		low[nlow] = '\0';
		pool_take(g, len + 1 + nlow + 1);
	} else {
		low = s;
		pool_take(g, len + 1);
	}
	if ((any & AP_UPPER) && !(any & AP_LOWER) && two_capitals(s, head, pr.nupper))
		flags |= PL_TOK_ALLCAP;

	return push_token(g, s, low, len, b0, b1, ncp, flags);
}

/* The flags emit() gives the ASCII token t[b0..b1) from the byte_prop bits
** of any and all of its bytes (PL_TOK_ALLCAP apart). */
static inline unsigned ascii_flags(const seg *g, size_t b0, size_t b1, unsigned any, unsigned all)
{
	const unsigned char *u = (const unsigned char *)g->t;
	unsigned first = byte_prop(u[b0]), flags = 0;
	if (any & AP_LETTER)
		flags |= cap_flag(g, b0, b1, first);
	if (any & AP_DIGIT)
		flags |= PL_TOK_DIGIT;
	if ((first & AP_DIGIT) && (byte_prop(u[b1 - 1]) & AP_DIGIT) && (all & AP_NUMISH))
		flags |= PL_TOK_NUM;
	if (all & AP_PUNCT)
		flags |= PL_TOK_PUNCT;
	return flags;
}

/* The end of an ASCII token's making in emit() and emit_plain(): a token
** with a capital keeps its lower case (written at low, its NUL put here)
** and takes room for both; one without is its own lower case.  Sets
** PL_TOK_ALLCAP in *flags for two capitals and no small letter.  Returns
** the lower case. */
static inline char *ascii_low(seg *g, char *s, char *low, size_t len, unsigned any, unsigned *flags)
{
	if (!(any & AP_UPPER)) {
		pool_take(g, len + 1);
		return s;
	}
	low[len] = '\0';
	pool_take(g, 2 * (len + 1));
	if (!(any & AP_LOWER) && two_capitals(s, len, 0))
		*flags |= PL_TOK_ALLCAP;
	return low;
}

/* emit() for the tokens made of ASCII bytes alone (nearly all): their text
** and lower case in one pass of byte_tab, as emit_mixed() would make them,
** with no code-point decoding to keep room for.  A token with a byte from
** 0x80 on goes to emit_mixed(), which writes it again from the start (the
** room asked is the same, so the pool gives it the same place). */
static int emit(seg *g, size_t b0, size_t b1, unsigned flags)
{
	const unsigned char *src = (const unsigned char *)g->t + b0;
	size_t i, len = b1 - b0;
	unsigned any = 0, all = ~0u;
	char *s, *low;

	if (len == 0 || len > MAX_TOKEN_BYTES + 8)
		return emit_mixed(g, b0, b1, flags);
	s = pool_room(g, len + 1 + 4 * len + 1);   /* as emit_mixed() asks */
	if (!s)
		return -1;
	low = s + len + 1;
	for (i = 0; i < len; i++) {
		unsigned e = byte_tab[src[i]];
		if (e & AP_MULTI << 8)
			return emit_mixed(g, b0, b1, flags);
		s[i] = (char)src[i];
		low[i] = (char)e;
		any |= e;
		all &= e;
	}
	s[len] = '\0';
	any >>= 8;
	flags |= ascii_flags(g, b0, b1, any, all >> 8);
	low = ascii_low(g, s, low, len, any, &flags);
	return push_token(g, s, low, len, b0, b1, (uint32_t)len, flags);
}

/* ------------------------------------------------------------------------ */
/* Words                                                                    */
/* ------------------------------------------------------------------------ */

typedef struct word {
	size_t end;        /* byte just past the word */
	size_t apos;       /* byte offset of its last inner apostrophe, or 0 */
	int ndots;         /* inner periods ("U.S" has one) */
	int onelet;        /* every period-separated piece is a single letter */
	int ncp;           /* code points */
	int first;         /* class of the first code point */
} word;

/* Is the ASCII byte b one that cannot join two pieces of a word?  Only
** "." "," "-" "'" and "&" may (see scan_word); bytes from 0x80 on are
** left to the decoding path. */
static inline int ascii_ends_word(unsigned char b)
{
	const uint32_t joiners = 1u << ('&' - 32) | 1u << ('\'' - 32) | 1u << (',' - 32) |
	                         1u << ('-' - 32) | 1u << ('.' - 32) | 1u << ('/' - 32);
	return b < 0x80 && !(b >= 32 && b < 64 && (joiners >> (b - 32)) & 1);
}

/* Scans the word starting at byte i: letters, digits and marks, joined by
** inner periods ("U.S", "2.5"), digit-group commas ("40,786"), hyphens
** ("cease-fire"), apostrophes ("don't"), and "&" or "/" between capitals ("AT&T",
** "SPLM/A"). */
static void scan_word(const seg *g, size_t i, word *w)
{
	const char *t = g->t;
	const unsigned char *u = (const unsigned char *)t;
	size_t n = g->n, j = i;
	size_t lim = n - i > MAX_TOKEN_BYTES ? i + MAX_TOKEN_BYTES : n;
	int prev = -1, piece = 0, piece_letters = 1;

	memset(w, 0, sizeof *w);
	w->onelet = 1;
	while (j < lim) {
		int32_t cp, ncp;
		int l, nl, c, nc;
		size_t j0 = j;

		/* fast path: a run of ASCII letters and digits */
		while (j < lim && (byte_prop(u[j]) & AP_WORD))
			j++;
		if (j > j0) {
			if (prev < 0)
				w->first = ascii_cls[u[j0]];
			piece += (int)(j - j0);
			w->ncp += (int)(j - j0);
			/* a digit counts only in a piece of one character ("A.1" is
			** no abbreviation); a longer piece is no initial anyway */
			if (j - j0 == 1 && ascii_cls[u[j0]] == PL_CP_DIGIT)
				piece_letters = 0;
			prev = ascii_cls[u[j - 1]];
			/* an ASCII byte that joins no pieces ends the word (most
			** often a space): the tests below would all find so */
			if (j < lim && ascii_ends_word(u[j]))
				break;
			continue;
		}
		c = cls_at(t, n, j, &cp, &l);
		if (j + (size_t)l > lim)
			break;
		if (is_wordc(c)) {
			if (prev < 0)
				w->first = c;
			piece++;
			if (!is_letterc(c))
				piece_letters = 0;
			prev = c;
			j += (size_t)l;
			w->ncp++;
			continue;
		}
		if (prev < 0 || j + (size_t)l >= n)
			break;
		nc = cls_at(t, n, j + (size_t)l, &ncp, &nl);
		if (cp == '.' && is_wordc(nc)) {
			if (piece != 1 || !piece_letters)
				w->onelet = 0;
			piece = 0;
			piece_letters = 1;
			w->ndots++;
		} else if (cp == ',' && prev == PL_CP_DIGIT && is_digit_byte(t, n, j + 1) &&
		           is_digit_byte(t, n, j + 2) && is_digit_byte(t, n, j + 3) &&
		           !is_digit_byte(t, n, j + 4)) {
			;   /* 40,786 */
		} else if ((cp == '-' || cp == 0x2010 || cp == 0x2011) && is_wordc(nc)) {
			;   /* cease-fire */
		} else if ((cp == '\'' || cp == 0x2019) && is_letterc(nc)) {
			w->apos = j;
		} else if (cp == '&' && prev == PL_CP_UPPER && nc == PL_CP_UPPER) {
			;   /* AT&T */
		} else if (cp == '/' && prev == PL_CP_UPPER && nc == PL_CP_UPPER) {
			;   /* SPLM/A, AC/DC: one name */
		} else if (c == PL_CP_FORMAT && is_wordc(nc)) {
			;   /* soft hyphen, zero-width joiner */
		} else {
			break;
		}
		prev = c;
		j += (size_t)l;
		w->ncp++;
	}
	if (piece != 1 || !piece_letters)
		w->onelet = 0;
	w->end = j;
}

/* Does the period at w->end belong to the word t[i..w->end)? */
static int takes_period(const seg *g, size_t i, const word *w)
{
	const char *t = g->t;
	size_t e = w->end, k;
	int kind;

	if (e + 1 < g->n && t[e + 1] == '.')    /* "..." is an ellipsis */
		return 0;
	if (w->ndots > 0)                        /* U.S, e.g, a.m, Ph.D */
		return w->onelet || abbrev_kind(t + i, e - i) >= 0;
	if (w->ncp == 1 && w->first == PL_CP_UPPER)
		return 1;                            /* the initial in John F. Kennedy */
	kind = abbrev_kind(t + i, e - i);
	if (kind == AB_STATE)
		return w->first == PL_CP_UPPER;
	if (kind == AB_NUMERO) {                 /* "No. 2" but not "said no." */
		for (k = e + 1; k < g->n && (t[k] == ' ' || t[k] == '\t'); k++)
			;
		return is_digit_byte(t, g->n, k);
	}
	return kind >= 0;
}

/* Where a clitic ('s 'll 're 've 'm 'd n't) splits the word t[i..w->end), or 0. */
static size_t clitic_split(const seg *g, size_t i, const word *w)
{
	static const char *const clitics[] = { "s", "ll", "re", "ve", "m", "d" };
	const char *t = g->t;
	size_t a = w->apos, s, len, k;
	char low[3];

	/* "cannot" -> "can" + "not", as the Penn Treebank writes it */
	if (w->end - i == 6 && (t[i] == 'c' || t[i] == 'C') && strncmp(t + i + 1, "annot", 5) == 0)
		return i + 3;
	if (a == 0)
		return 0;
	s = a + (t[a] == '\'' ? 1 : 3);          /* just past the apostrophe */
	len = w->end - s;
	if (len == 0 || len > 2)
		return 0;
	for (k = 0; k < len; k++) {
		char c = t[s + k];
		low[k] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
	}
	low[len] = '\0';
	if (strcmp(low, "t") == 0)               /* don't -> do n't, won't -> wo n't */
		return (a - 1 > i && (t[a - 1] == 'n' || t[a - 1] == 'N')) ? a - 1 : 0;
	for (k = 0; k < sizeof clitics / sizeof clitics[0]; k++)
		if (strcmp(low, clitics[k]) == 0)
			return a;
	return 0;
}

/* Does the ASCII joiner at byte j ("." "," "-" "'" "&" "/"), just after a
** run of ASCII letters and digits, join nothing, ending the word there as
** scan_word() would?  Every joiner joins only before a letter or digit
** (see scan_word), so one before anything else, or at the end of the text,
** ends the word.  That is the word before a comma or a stop, which the
** long way read three times (emit_plain, scan_word, emit).  Before a byte
** from 0x80 on the answer needs decoding: no (the long way decides). */
static inline int joins_nothing(const seg *g, size_t j)
{
	const unsigned char *u = (const unsigned char *)g->t;
	if (u[j] >= 0x80)
		return 0;
	return j + 1 >= g->n || (u[j + 1] < 0x80 && !(byte_prop(u[j + 1]) & AP_WORD));
}

/* Does the period at byte j take the plain word t[i..j) with it (an
** abbreviation: "Oct.", "Inc.", "F.")?  takes_period() on what scan_word()
** would have found: no inner period, one code point a byte. */
static int takes_plain_period(const seg *g, size_t i, size_t j)
{
	word w;
	memset(&w, 0, sizeof w);
	w.end = j;
	w.ncp = (int)(j - i);
	w.first = ascii_cls[(unsigned char)g->t[i]];
	return takes_period(g, i, &w);
}

/*
** A plain word at byte *pi, an ASCII letter or digit: a run of them up to a
** byte that joins no pieces (most often a space), or up to a joiner that
** joins nothing here ("," or "." before a space).  Such a word is what
** scan_word() would find, with no inner period, apostrophe or code point
** past ASCII, and no period after it to take; only "cannot" would be split
** (clitic_split), and goes the long way.  Most words are plain, and are
** read and copied here in one pass, the lower case made after it for a
** word with a capital; the token is as emit() makes it.  Returns 1 when
** the word was emitted (*pi then just past it), 0 when it is no plain word
** (nothing taken: scan_word() reads it), or -1 when out of memory.
*/
static int emit_plain(seg *g, size_t *pi)
{
	const unsigned char *u = (const unsigned char *)g->t;
	size_t i = *pi, n = g->n, j, len, k;
	size_t lim = n - i > MAX_TOKEN_BYTES ? i + MAX_TOKEN_BYTES : n;
	unsigned any = 0, flags;
	char *s = pool_room(g, 2 * (lim - i) + 2), *low;

	if (!s)
		return -1;
	for (j = i; j < lim; j++) {
		unsigned e = byte_tab[u[j]];
		if (!(e & AP_WORD << 8))
			break;
		s[j - i] = (char)u[j];
		any |= e;
	}
	/* a word cut at MAX_TOKEN_BYTES goes the long way; one that ends the
	** text (the last word of every dictionary phrase) is plain */
	if ((j == lim && lim < n) || (j - i == 6 && (u[i] == 'c' || u[i] == 'C')) ||
	    (j < n && !ascii_ends_word(u[j]) && !joins_nothing(g, j)))
		return 0;
	len = j - i;
	if (j < n && u[j] == '.' && takes_plain_period(g, i, j))
		return 0;
	s[len] = '\0';
	any >>= 8;
	/* what every byte has (ascii_flags asks it for numbers and
	** punctuation) follows from what any has: the bytes being letters and
	** digits alone, all are of a number when none is a letter */
	flags = g->pending | ascii_flags(g, i, j, any, (any & AP_LETTER) ? 0u : AP_NUMISH);
	low = s + len + 1;
	if (any & AP_UPPER)
		for (k = 0; k < len; k++)
			low[k] = (char)byte_tab[u[i + k]];
	low = ascii_low(g, s, low, len, any, &flags);
	if (push_token(g, s, low, len, i, j, (uint32_t)len, flags))
		return -1;
	g->pending = 0;
	*pi = j;
	return 1;
}

/* ------------------------------------------------------------------------ */
/* Punctuation                                                              */
/* ------------------------------------------------------------------------ */

/* Is the token before the current position (adjacent to it) something after
** which a quote opens: an opening bracket, an opening quote or a dash? */
static int opens_after_prev(const seg *g)
{
	const pl_token *p;
	if (g->ntok == 0 || (g->pending & PL_TOK_SPACEBEFORE))
		return 1;
	p = &g->tok[g->ntok - 1];
	if (p->flags & PL_TOK_QOPEN)
		return 1;
	return strcmp(p->s, "(") == 0 || strcmp(p->s, "[") == 0 ||
	       strcmp(p->s, "{") == 0 || strcmp(p->s, "<") == 0 ||
	       strcmp(p->s, "--") == 0 || strcmp(p->s, "\xE2\x80\x94") == 0 ||
	       strcmp(p->s, "\xE2\x80\x93") == 0 || strcmp(p->s, "-") == 0;
}

/* Is byte j the end of the text or the start of white space? */
static int space_or_end(const seg *g, size_t j)
{
	int32_t cp;
	int l, c;
	if (j >= g->n)
		return 1;
	c = cls_at(g->t, g->n, j, &cp, &l);
	return c == PL_CP_SPACE || c == PL_CP_NEWLINE;
}

/* Is the byte c (not NUL) one of set?  strchr() as the compiler can unroll
** for the sets of one or two bytes run_of() is given: a call of strchr()
** cost about twenty instructions, twice for every stop of a text. */
static inline int in_set(const char *set, char c)
{
	for (; *set; set++)
		if (*set == c)
			return 1;
	return 0;
}

/* Length of the run at byte i of bytes from set, at most MAX_TOKEN_BYTES. */
static inline size_t run_of(const seg *g, size_t i, const char *set)
{
	size_t j = i;
	while (j < g->n && j - i < MAX_TOKEN_BYTES && g->t[j] && in_set(set, g->t[j]))
		j++;
	return j - i;
}

/* Scans the punctuation or symbol token at byte i (code point cp, l bytes);
** returns its end and adds quote flags to *fl. */
static size_t scan_punct(const seg *g, size_t i, int32_t cp, int l, unsigned *fl)
{
	const char *t = g->t;

	switch (cp) {
	case '.':
		return i + run_of(g, i, ".");        /* "." or an ellipsis ".." "..." */
	case '-':
		return i + run_of(g, i, "-");        /* "-" or a dash "--" */
	case '!': case '?':
		return i + run_of(g, i, "!?");
	case '`':
		*fl |= PL_TOK_QOPEN;
		return i + (i + 1 < g->n && t[i + 1] == '`' ? 2 : 1);
	case '\'':
		if (i + 1 < g->n && t[i + 1] == '\'') {
			*fl |= PL_TOK_QCLOSE;
			return i + 2;
		}
		*fl |= opens_after_prev(g) && !space_or_end(g, i + 1) ? PL_TOK_QOPEN : PL_TOK_QCLOSE;
		return i + 1;
	case '"':
		if (g->ntok == 0 || (opens_after_prev(g) && !space_or_end(g, i + 1)))
			*fl |= PL_TOK_QOPEN;
		else
			*fl |= PL_TOK_QCLOSE;
		return i + 1;
	case 0x201C: case 0x201E: case 0x201F: case 0x2018: case 0x201A:
	case 0x00AB: case 0x2039:               /* “ „ ‟ ‘ ‚ « ‹ */
		*fl |= PL_TOK_QOPEN;
		return i + (size_t)l;
	case 0x201D: case 0x2019: case 0x00BB: case 0x203A:   /* ” ’ » › */
		*fl |= PL_TOK_QCLOSE;
		return i + (size_t)l;
	}
	return i + (size_t)l;                   /* any other: one code point */
}

/* emit() for a token of ASCII punctuation and symbols, as scan_punct()
** finds after an ASCII code point (",", ".", "--", "``", "!?"): no byte of
** it is a letter, digit or capital, so that its flags are those given and
** PL_TOK_PUNCT, and it is its own lower case.  A third of the tokens that
** do not take the plain word's way are such. */
static int emit_ascii_punct(seg *g, size_t b0, size_t b1, unsigned flags)
{
	size_t len = b1 - b0;
	char *s = pool_room(g, len + 1);
	if (!s)
		return -1;
	memcpy(s, g->t + b0, len);
	s[len] = '\0';
	pool_take(g, len + 1);
	return push_token(g, s, s, len, b0, b1, (uint32_t)len, flags | PL_TOK_PUNCT);
}

/* ------------------------------------------------------------------------ */
/* Pass 1: tokens                                                           */
/* ------------------------------------------------------------------------ */

static int tokenize(seg *g)
{
	const char *t = g->t;
	size_t n = g->n, i = 0;

	while (i < n) {
		int32_t cp;
		int l, c;
		unsigned fl;

		if (t[i] == ' ') {                   /* the commonest byte */
			g->pending |= PL_TOK_SPACEBEFORE;
			i++;
			g->ci++;
			continue;
		}
		if (byte_prop((unsigned char)t[i]) & AP_WORD) {   /* the commonest word */
			int r = emit_plain(g, &i);
			if (r < 0)
				return -1;
			if (r)
				continue;
		}
		c = cls_at(t, n, i, &cp, &l);
		if (c == PL_CP_SPACE || c == PL_CP_NEWLINE || c == PL_CP_FORMAT) {
			if (c == PL_CP_SPACE)
				g->pending |= PL_TOK_SPACEBEFORE;
			else if (c == PL_CP_NEWLINE)
				g->pending |= PL_TOK_SPACEBEFORE | PL_TOK_NLBEFORE;
			i += (size_t)l;
			g->ci++;
			continue;
		}
		fl = g->pending;
		if (is_wordc(c)) {
			word w;
			size_t cut;
			scan_word(g, i, &w);
			if (w.end < n && t[w.end] == '.' && takes_period(g, i, &w)) {
				if (emit(g, i, w.end + 1, fl | PL_TOK_ABBR))
					return -1;
				i = w.end + 1;
			} else if ((cut = clitic_split(g, i, &w)) != 0) {
				if (emit(g, i, cut, fl) || emit(g, cut, w.end, 0))
					return -1;
				i = w.end;
			} else {
				if (emit(g, i, w.end, fl))
					return -1;
				i = w.end;
			}
		} else {
			size_t e = scan_punct(g, i, cp, l, &fl);
			if ((cp < 0x80 ? emit_ascii_punct(g, i, e, fl) : emit(g, i, e, fl)) != 0)
				return -1;
			i = e;
		}
		g->pending = 0;
	}
	return 0;
}

/* ------------------------------------------------------------------------ */
/* Pass 2: sentences                                                        */
/* ------------------------------------------------------------------------ */

/* Line breaks in t[b0..b1) (white space between two tokens); U+2029, the
** paragraph separator, counts two. */
static int count_breaks(const char *t, size_t b0, size_t b1)
{
	const unsigned char *u = (const unsigned char *)t;
	size_t i;
	int nl = 0;
	for (i = b0; i < b1; i++) {
		if (u[i] == '\n')
			nl++;
		else if (u[i] == '\r' && !(i + 1 < b1 && u[i + 1] == '\n'))
			nl++;
		else if (u[i] == 0xC2 && i + 1 < b1 && u[i + 1] == 0x85)
			nl++;
		else if (u[i] == 0xE2 && i + 2 < b1 && u[i + 1] == 0x80 && u[i + 2] == 0xA8)
			nl++;
		else if (u[i] == 0xE2 && i + 2 < b1 && u[i + 1] == 0x80 && u[i + 2] == 0xA9)
			nl += 2;
	}
	return nl;
}

/* Does a blank line separate token k from the one before? */
static inline int para_break(const seg *g, size_t k)
{
	return k > 0 && (g->tok[k].flags & PL_TOK_NLBEFORE) &&
	       count_breaks(g->t, g->tok[k - 1].b1, g->tok[k].b0) >= 2;
}

/* "." or a run of "!" and "?". */
static int is_stop(const pl_token *k)
{
	return (k->flags & PL_TOK_PUNCT) &&
	       ((k->len == 1 && k->s[0] == '.') || k->s[0] == '!' || k->s[0] == '?');
}

/* ".." "..." or "…".  (The token's length first: is_terminal() asks it of
** every comma, and a call of strcmp() cost twenty instructions.) */
static int is_ellipsis(const pl_token *k)
{
	return (k->len >= 2 && k->s[0] == '.' && k->s[1] == '.') ||
	       (k->len == 3 && memcmp(k->s, "\xE2\x80\xA6", 3) == 0);
}

/* A token that may close a sentence: a stop, an ellipsis, an abbreviation. */
static inline int is_terminal(const pl_token *k)
{
	if (!(k->flags & (PL_TOK_PUNCT | PL_TOK_ABBR)))
		return 0;
	return is_stop(k) || is_ellipsis(k) || (k->flags & PL_TOK_ABBR);
}

/* Closing quotes and brackets stay with the sentence they close. */
static int is_closer(const pl_token *k)
{
	return (k->flags & PL_TOK_QCLOSE) || (k->len == 1 &&
	       (k->s[0] == ')' || k->s[0] == ']' || k->s[0] == '}'));
}

/* A double quotation mark of any spelling (not the single ‘ ’ '). */
static int is_dquote(const pl_token *k)
{
	const char *s = k->s;
	return strcmp(s, "\"") == 0 || strcmp(s, "``") == 0 || strcmp(s, "''") == 0 ||
	       strcmp(s, "\xE2\x80\x9C") == 0 || strcmp(s, "\xE2\x80\x9D") == 0 ||
	       strcmp(s, "\xE2\x80\x9E") == 0 || strcmp(s, "\xC2\xAB") == 0 ||
	       strcmp(s, "\xC2\xBB") == 0;
}

/* Token k opens a double quotation.  When the quotation closes within the
** paragraph without a stop just before its closing mark (`... deal," he
** said`), it is part of a larger sentence: returns the index of the closing
** mark, before which no sentence may end.  Else returns 0. */
static size_t quote_hold(const seg *g, size_t k)
{
	size_t j;
	for (j = k + 1; j < g->ntok && j - k <= QUOTE_LOOKAHEAD; j++) {
		const pl_token *q = &g->tok[j];
		if (para_break(g, j))
			return 0;
		if ((q->flags & (PL_TOK_QOPEN | PL_TOK_QCLOSE)) && is_dquote(q)) {
			if ((q->flags & PL_TOK_QOPEN) || j == k + 1 || is_terminal(&g->tok[j - 1]))
				return 0;
			return j;
		}
	}
	return 0;
}

/* Is the abbreviation k a U.S. state's closing a place, "Tulare County,
** Calif.", before the capitalised word k+1 ("Calif. Growers is owned by")?
** A city and its state end a phrase: what follows in capitals opens the
** next sentence, as the wire writes it, unless it goes on as a firm's name
** ("Seattle, Wash. Inc").  Only after a comma and a capitalised word: "the
** Wash. Post" is no place closed. */
static int state_closes(const seg *g, size_t k)
{
	static const char *const form[] = {"inc", "inc.", "corp", "corp.", "co", "co.", "ltd",
		"ltd.", "cos", "plc", "lp", "l.p.", NULL};
	const pl_token *tk = &g->tok[k], *nx = &g->tok[k + 1];
	size_t i;
	if (k < 2 || !pl_tok_us_state(tk) || strcmp(g->tok[k - 1].s, ",") != 0 ||
	    !(g->tok[k - 2].flags & PL_TOK_CAP) || (g->tok[k - 2].flags & PL_TOK_PUNCT) ||
	    !(nx->flags & PL_TOK_CAP) || (nx->flags & (PL_TOK_PUNCT | PL_TOK_ABBR | PL_TOK_DIGIT)))
		return 0;
	for (i = 0; form[i]; i++)
		if (strcmp(nx->low, form[i]) == 0)
			return 0;
	return 1;
}

/* After the terminal token k and the closers up to m, does token m+1 begin a
** new sentence? */
static int starts_sentence(const seg *g, size_t k, size_t m)
{
	const pl_token *tk = &g->tok[k], *nx = &g->tok[m + 1];
	int32_t cp;
	int l, c;

	if ((tk->flags & PL_TOK_ABBR) && m == k)     /* U.S. Embassy / U.S. The */
		return is_starter(nx) || state_closes(g, k);
	if (is_ellipsis(tk) && m == k)
		return is_starter(nx) || ((nx->flags & PL_TOK_NLBEFORE) && (nx->flags & PL_TOK_CAP));
	if (nx->flags & PL_TOK_NLBEFORE)             /* stop at the end of a line */
		return 1;
	c = cls_at(nx->s, nx->len, 0, &cp, &l);
	if (c == PL_CP_LOWER)
		return 0;
	if (nx->flags & PL_TOK_PUNCT)
		return (nx->flags & PL_TOK_QOPEN) || c == PL_CP_SYMBOL ||
		       strcmp(nx->s, "(") == 0 || strcmp(nx->s, "[") == 0;
	return 1;
}

static int add_sent(seg *g, pl_text *out, size_t *cap, size_t t0, size_t t1)
{
	pl_sent *s;
	if (out->nsent == *cap) {
		void *p = out->sent;
		if (pl_arena_grow_raw(g->a, &p, cap, out->nsent + 1, sizeof *out->sent) != 0)
			return -1;
		out->sent = p;
	}
	s = &out->sent[out->nsent++];
	s->t0 = (uint32_t)t0;
	s->t1 = (uint32_t)t1;
	s->b0 = g->tok[t0].b0;
	s->b1 = g->tok[t1 - 1].b1;
	s->c0 = g->tok[t0].c0;
	s->c1 = g->tok[t1 - 1].c1;
	g->tok[t0].flags |= PL_TOK_SSTART;
	return 0;
}

static int split_sentences(seg *g, pl_text *out)
{
	size_t k, t0 = 0, hold = 0, cap = 16;

	/* any token makes a sentence: the first 16 are taken at once, as
	** pl_arena_grow_raw() would on the first add_sent(), without its
	** bookkeeping (a dictionary phrase, segmented at load, has one) */
	if (!g->ntok)
		return 0;
	out->sent = pl_arena_alloc_raw(g->a, cap * sizeof *out->sent);
	if (!out->sent)
		return -1;
	for (k = 0; k < g->ntok; k++) {
		size_t m;
		/* most tokens are words in mid-line, which none of the tests
		** below concerns: a line break, an opening quote, a stop and an
		** abbreviation each have their flag */
		if (!(g->tok[k].flags & (PL_TOK_NLBEFORE | PL_TOK_QOPEN | PL_TOK_PUNCT | PL_TOK_ABBR)) &&
		    k - t0 < PL_MAX_SENT_TOKENS)
			continue;
		if (k > t0 && (k - t0 >= PL_MAX_SENT_TOKENS || para_break(g, k))) {
			if (add_sent(g, out, &cap, t0, k))
				return -1;
			t0 = k;
		}
		if (k >= hold && (g->tok[k].flags & PL_TOK_QOPEN) && is_dquote(&g->tok[k]))
			hold = quote_hold(g, k);
		if (!is_terminal(&g->tok[k]) || k < hold)
			continue;
		m = k;
		while (m + 1 < g->ntok && m + 1 - t0 < PL_MAX_SENT_TOKENS &&
		       is_closer(&g->tok[m + 1]) && !para_break(g, m + 1))
			m++;
		if (m + 1 < g->ntok && starts_sentence(g, k, m)) {
			if (add_sent(g, out, &cap, t0, m + 1))
				return -1;
			t0 = m + 1;
		}
		k = m;
	}
	if (t0 < g->ntok && add_sent(g, out, &cap, t0, g->ntok))
		return -1;
	return 0;
}

/* ------------------------------------------------------------------------ */
/* A headline glued to the lead                                             */
/* ------------------------------------------------------------------------ */

/* Pages of news turned into text often lose the break after the headline:
** "Brown ally rejects Budget spree Chancellor Gordon Brown's closest ally has
** denied ...".  The headline is found from the shape of the words alone (the
** tagger comes later): a headline is short, has no comma, article or
** auxiliary, and ends before a capitalised word that opens a clause with a
** finite verb.  Ordinary prose has many lower-case words before capitals
** ("met Gordon Brown", "chief executive John Smith", "two French
** journalists"), so each test below is there to turn one of those away. */

#define HEAD_MAX_WORDS 12     /* most words of a headline */
#define HEAD_VERB_REACH 15    /* tokens from the lead's start to its verb */
#define HEAD_WEAK_REACH 3     /* tokens a start after a doubtful one may be
                              ** later ("rejects Budget spree Chancellor") */

#define NWORDS(w) (sizeof(w) / sizeof((w)[0]))

/* Is s one of the n words of w, which are sorted (strcmp order)?  The
** first letters are compared inline: most probes end there. */
static int in_words(const char *const *w, size_t n, const char *s)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = (unsigned char)s[0] - (unsigned char)w[mid][0];
		if (c == 0)
			c = strcmp(s, w[mid]);
		if (c == 0)
			return 1;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

/* Words a headline does not end on: it needs what follows them ("of",
** "the", "to"), or they join two parts of a name ("du", "von", "bin"). */
static const char *const head_open_end[] = {
	"a", "about", "across", "after", "against", "al", "amid", "among", "an", "and", "as",
	"at", "be", "been", "before", "between", "bin", "but", "by", "can", "cha", "could",
	"da", "das", "de", "del", "della", "den", "der", "des", "di", "did", "do", "does",
	"dos", "du", "during", "e", "et", "for", "from", "her", "his", "if", "in", "into",
	"its", "la", "le", "may", "might", "must", "my", "no", "not", "of", "og", "on", "or",
	"our", "over", "per", "should", "than", "that", "their", "these", "this", "those",
	"throughout", "to", "und", "under", "up", "van", "ve", "via", "von", "with", "within",
	"without", "y", "your",
};

/* Words no headline holds: the article, auxiliaries and reporting verbs of
** running prose, and the "vs" of a table of results. */
static const char *const head_never[] = {
	"a", "an", "are", "can", "could", "had", "has", "have", "is", "may", "might", "must",
	"said", "says", "should", "the", "vs", "was", "were", "will", "would",
};

/* Days and months: a capitalised one after a lower-case word dates the
** clause it is in ("lawmakers Wednesday expressed"). */
static const char *const head_dates[] = {
	"april", "august", "december", "february", "friday", "january", "july", "june",
	"march", "monday", "november", "october", "saturday", "september", "sunday",
	"thursday", "tuesday", "wednesday",
};

/* Nouns that stand before a name in apposition ("party chairman Dan
** Rostenkowski", "mining group WMC", "the band The Bravery") and verbs with
** the name as object ("met Gordon Brown", "exporters say Colombia's"): a
** lower-case one is never a headline's last word. */
static const char *const head_before_name[] = {
	"actor", "actress", "affairs", "agency", "aide", "analyst", "asked", "band", "bank",
	"boss", "came", "captain", "chairman", "champion", "chief", "coach", "company",
	"designate", "director", "executive", "fellow", "finance", "firm", "former", "gave",
	"giant", "governor", "group", "head", "house", "late", "leader", "made", "maker",
	"manager", "mayor", "member", "met", "minister", "musician", "officer", "official",
	"party", "president", "rapper", "say", "secretary", "singer", "skipper", "speaker", "spokesman",
	"spokeswoman", "staff", "star", "subsidiary", "team", "told", "took", "union", "unit",
	"veteran", "watchdog",
};

/* Words that qualify the name after them ("two Americans", "last Friday",
** "southern Nigeria", "most European"): no headline's last word unless the
** lead repeats a word of the headline. */
static const char *const head_qualifiers[] = {
	"billion", "central", "east", "eastern", "eight", "ethnic", "five", "four", "last",
	"major", "many", "mln", "most", "new", "next", "nine", "north", "northern", "one",
	"other", "seven", "several", "six", "some", "south", "southern", "ten", "three",
	"two", "west", "western",
};

/* Finite verbs a lead reaches soon: auxiliaries and common irregular pasts
** (a regular past is told by its "-ed"). */
static const char *const lead_verbs[] = {
	"are", "beat", "became", "began", "can", "could", "did", "does", "fell", "gave",
	"got", "grew", "had", "has", "have", "held", "hit", "is", "kept", "led", "left",
	"lost", "made", "may", "met", "might", "must", "paid", "ran", "rose", "said", "sank",
	"saw", "says", "should", "sold", "spent", "stood", "struck", "told", "took", "was",
	"were", "will", "won", "would", "wrote",
};

static int ends_with(const pl_token *k, const char *suf)
{
	size_t n = strlen(suf);
	return k->len > n + 1 && memcmp(k->low + k->len - n, suf, n) == 0;
}

/* A token made of letters, digits and marks (not punctuation). */
static int is_word(const pl_token *k)
{
	return !(k->flags & PL_TOK_PUNCT);
}

static int is_lower_word(const pl_token *k)
{
	return is_word(k) && !(k->flags & (PL_TOK_CAP | PL_TOK_DIGIT)) && k->s[0] != '\'';
}

/* Punctuation a headline may hold: quotation marks, "%", "&", "$", "£". */
static int head_punct_ok(const pl_token *k)
{
	return (k->flags & (PL_TOK_QOPEN | PL_TOK_QCLOSE)) || strcmp(k->s, "%") == 0 ||
	       strcmp(k->s, "&") == 0 || strcmp(k->s, "$") == 0 ||
	       strcmp(k->s, "\xC2\xA3") == 0;
}

/* A noun of a person's role or a body by its ending ("investor",
** "treasurer", "negotiator", "chairman", "economist"), as before a name. */
static int role_ending(const pl_token *k)
{
	return ends_with(k, "er") || ends_with(k, "or") || ends_with(k, "man") ||
	       ends_with(k, "ist") || ends_with(k, "yst") || ends_with(k, "ian") ||
	       ends_with(k, "president");
}

/* Does the clause from token b reach a finite verb soon, before any stop,
** colon or semicolon?  Returns the verb's index, or 0. */
static size_t lead_verb(const pl_token *tok, size_t b, size_t t1)
{
	size_t j;
	for (j = b + 1; j < t1 && j <= b + HEAD_VERB_REACH; j++) {
		const pl_token *k = &tok[j];
		if (k->flags & PL_TOK_PUNCT) {
			if (strcmp(k->s, ":") == 0 || strcmp(k->s, ";") == 0 || is_stop(k))
				return 0;
			continue;
		}
		if (!is_lower_word(k))
			continue;
		if (k->low[0] == 'w' && (strcmp(k->low, "who") == 0 || strcmp(k->low, "which") == 0))
			return 0;                  /* the verb of a relative clause */
		if (in_words(lead_verbs, NWORDS(lead_verbs), k->low) ||
		    (ends_with(k, "ed") && k->len > 3))
			return j;
	}
	return 0;
}

/* Does the name or capitalised run that opens the lead at b repeat a word
** of the headline [0, b) ("Wales win in Rome Wales secured", "quango blitz
** plans Plans to abolish", "Mirza shocks Kuznetsova Sania Mirza
** continued")?  The same word, or one with a letter more (a plural), of
** four letters or more counts. */
static int lead_repeats(const pl_token *tok, size_t b, size_t t1)
{
	size_t i, j, e = b;
	while (e < t1 && e < b + 4 && is_word(&tok[e]) && (tok[e].flags & PL_TOK_CAP))
		e++;
	if (e - b > 3 || e >= t1)              /* "Davis Cup Tim Henman": an object first */
		return 0;
	for (j = b; j < e; j++)
		for (i = 0; i < b; i++) {
			size_t n = tok[i].len < tok[j].len ? tok[i].len : tok[j].len;
			if (is_word(&tok[i]) && n >= 4 && memcmp(tok[i].low, tok[j].low, n) == 0 &&
			    tok[i].len + 1 >= tok[j].len && tok[j].len + 1 >= tok[i].len)
				return 1;
		}
	return 0;
}

/* Does the lead at b, after a name that ends the headline, open with the
** headline's first word, or with a name of two that ends in it ("Wales win
** in Rome Wales secured", "Mirza shocks Kuznetsova Sania Mirza")? */
static int lead_repeats_first(const pl_token *tok, size_t b, size_t t1)
{
	const pl_token *f = &tok[0];
	/* the name alone after a preposition ("in Rome"), not the end of a
	** name of two ("Gilbert Andy Roddick", "striker James Beattie") */
	if (strcmp(tok[b].low, f->low) == 0)
		return b >= 2 && in_words(head_open_end, NWORDS(head_open_end), tok[b - 2].low);
	return b + 2 < t1 && (tok[b + 1].flags & PL_TOK_CAP) && !(tok[b + 2].flags & PL_TOK_CAP) &&
	       strcmp(tok[b + 1].low, f->low) == 0;
}

/* Capitalised words of [1, b): a headline in sentence case has few, a
** string of names and titles in prose many ("Italian Treasury Minister
** Giovanni Goria met Brazilian Finance Minister"). */
static size_t caps_after_first(const pl_token *tok, size_t b)
{
	size_t i, n = 0;
	for (i = 1; i < b; i++)
		n += is_word(&tok[i]) && (tok[i].flags & PL_TOK_CAP);
	return n;
}

enum { HEAD_NO, HEAD_WEAK, HEAD_YES };

/* May the lead start at token b by the words around the boundary (its verb
** aside)?  See lead_at. */
static int lead_shape(const pl_token *tok, size_t b, size_t t1);

/* May the lead start at token b (the headline being [0, b))?  HEAD_WEAK
** when the headline's last word may be its verb and b its object.  The
** lead's verb is looked for last: that is the dearest test. */
static int lead_at(const pl_token *tok, size_t b, size_t t1)
{
	int at = lead_shape(tok, b, t1);
	return at != HEAD_NO && lead_verb(tok, b, t1) ? at : HEAD_NO;
}

/* May the lead start at token b (the headline being [0, b))?  HEAD_WEAK
** when the last word of the headline may be its verb, with b its object
** ("Brown ally rejects Budget spree Chancellor ..."): a later start is
** then preferred. */
static int lead_shape(const pl_token *tok, size_t b, size_t t1)
{
	const pl_token *p = &tok[b - 1], *n = &tok[b];
	int article;
	if (!(n->flags & PL_TOK_CAP) || (n->flags & (PL_TOK_PUNCT | PL_TOK_DIGIT | PL_TOK_ABBR)) ||
	    (p->flags & PL_TOK_QOPEN) || in_words(head_dates, NWORDS(head_dates), n->low))
		return HEAD_NO;
	if (p->s[0] == '\'' && is_word(p))      /* "'s": a name follows */
		return HEAD_NO;
	if (!is_word(p) && !(p->flags & PL_TOK_QCLOSE) && strcmp(p->s, "%") != 0)
		return HEAD_NO;
	if (is_word(p) && in_words(head_open_end, NWORDS(head_open_end), p->low))
		return HEAD_NO;
	if (is_lower_word(p) && (in_words(head_before_name, NWORDS(head_before_name), p->low) ||
	                         role_ending(p)))
		return HEAD_NO;
	article = strcmp(n->low, "the") == 0 || strcmp(n->low, "a") == 0 ||
	          strcmp(n->low, "an") == 0;
	if (article)                           /* not "A/S", "A." */
		return b + 1 < t1 && is_word(&tok[b + 1]) ? HEAD_YES : HEAD_NO;
	if (p->flags & PL_TOK_CAP)             /* a name ends the headline */
		return caps_after_first(tok, b) <= 2 && lead_repeats_first(tok, b, t1) &&
		       !in_words(head_before_name, NWORDS(head_before_name), tok[b - 2].low) ? HEAD_YES
		                                                                              : HEAD_NO;
	if (p->flags & PL_TOK_DIGIT)           /* "dies aged 44", "in 2004", not "killed 384" */
		return b >= 2 && (strcmp(tok[b - 2].low, "in") == 0 ||
		                  strcmp(tok[b - 2].low, "aged") == 0) ? HEAD_YES : HEAD_NO;
	if (!is_lower_word(p) || lead_repeats(tok, b, t1))
		return HEAD_YES;
	if (in_words(head_qualifiers, NWORDS(head_qualifiers), p->low) ||
	    (b >= 2 && strcmp(tok[b - 2].low, "to") == 0))   /* "to miss Ireland" */
		return HEAD_NO;
	if (ends_with(p, "ed") || ends_with(p, "ing") || strchr(p->s, '-'))
		return HEAD_NO;                    /* "attacked", "state-run" */
	if (ends_with(p, "s") && !ends_with(p, "ss"))
		return HEAD_WEAK;
	return HEAD_YES;
}

/* The token where the lead starts after a headline glued to it in the
** first sentence [0, t1), or 0 when there is none. */
static size_t glued_headline(const pl_token *tok, size_t t1)
{
	size_t b, words = 0, lower = 0, weak = 0, weak_verb = 0;
	const pl_token *h = &tok[0];
	if (t1 < 6 || !((h->flags & PL_TOK_CAP) || (h->flags & PL_TOK_QOPEN)) ||
	    is_starter(h) || ((h->flags & PL_TOK_ALLCAP) && h->len > 3))
		return 0;                          /* "The ...", "BERLIN (Reuters)" */
	for (b = 1; b < t1; b++) {
		const pl_token *p = &tok[b - 1];
		int at;
		if (is_word(p)) {
			if (in_words(head_never, NWORDS(head_never), p->low) || ++words > HEAD_MAX_WORDS)
				break;
			lower += is_lower_word(p) && !in_words(head_open_end, NWORDS(head_open_end), p->low);
		} else if (!head_punct_ok(p)) {
			break;
		}
		if (words < 3 || !lower)
			continue;
		if (weak && (b >= weak_verb || b > weak + HEAD_WEAK_REACH))
			break;
		at = lead_at(tok, b, t1);
		if (at == HEAD_YES)
			return b;
		if (at == HEAD_WEAK && !weak) {
			weak = b;
			weak_verb = lead_verb(tok, b, t1);
		}
	}
	return weak;
}

/* The token after a title the text t[0..len) starts with (and white space
** after it), or 0. */
static size_t title_end(const char *t, size_t len, const pl_text *x, const char *title)
{
	size_t i = 0, n, k;
	while (*title == ' ' || *title == '\t' || *title == '\n')
		title++;
	n = strlen(title);
	while (n && (title[n - 1] == ' ' || title[n - 1] == '\t' || title[n - 1] == '\n'))
		n--;
	if (!n || !x->ntok)
		return 0;
	i = x->tok[0].b0;
	if (n > len - i || memcmp(t + i, title, n) != 0 || i + n >= len ||
	    !(t[i + n] == ' ' || t[i + n] == '\t' || t[i + n] == '\n' || t[i + n] == '\r'))
		return 0;
	for (k = 0; k < x->ntok && x->tok[k].b0 < i + n; k++)
		;
	return k;
}

/* Takes tokens [0, b) of the first sentence out of it as the headline. */
static void cut_headline(const char *text, size_t len, const char *title, pl_text *out)
{
	size_t b = 0;
	pl_sent *s = out->nsent ? &out->sent[0] : NULL;
	pl_token *tok = out->tok;
	if (!s || s->t1 < 2)
		return;
	if (title)
		b = title_end(text, len, out, title);
	/* a headline heads a story: a text of one sentence (a lead, a test
	** sentence) has none unless its title says so */
	if (!b && out->nsent > 1)
		b = glued_headline(tok, s->t1);
	if (!b || b >= s->t1 || is_terminal(&tok[b - 1]))
		return;
	tok[0].flags &= (uint16_t)~PL_TOK_SSTART;
	tok[b].flags |= PL_TOK_SSTART;
	s->t0 = (uint32_t)b;
	s->b0 = tok[b].b0;
	s->c0 = tok[b].c0;
	out->head = (uint32_t)b;
}

/* ------------------------------------------------------------------------ */

int pl_segment(pl_arena *a, const char *text, size_t len, pl_text *out)
{
	seg g;

	memset(out, 0, sizeof *out);
	if (len >= UINT32_MAX)      /* offsets are 32-bit */
		return -1;
	if (len == 0)
		return 0;
	memset(&g, 0, sizeof g);
	g.a = a;
	g.t = text;
	g.n = len;
	g.pool_chunk = len * 2 + 64 < 65536 ? len * 2 + 64 : 65536;
	/* about a token per 5 bytes; emit() sets each token in full, so the
	** array is not zeroed first (a big one comes from calloc anyway) */
	g.cap = len / 5 + 16;
	g.tok = pl_arena_alloc_raw(a, g.cap * sizeof *g.tok);
	if (!g.tok)
		return -1;
	if (tokenize(&g) != 0)
		return -1;
	out->tok = g.ntok ? g.tok : NULL;
	out->ntok = (uint32_t)g.ntok;
	if (split_sentences(&g, out) != 0) {
		memset(out, 0, sizeof *out);
		return -1;
	}
	return 0;
}

int pl_segment_article(pl_arena *a, const char *text, size_t len, const char *title,
                       pl_text *out)
{
	if (pl_segment(a, text, len, out) < 0)
		return -1;
	cut_headline(text, len, title, out);
	return 0;
}
