/*
** tagger.c: see tagger.h.  A bigram hidden Markov model decoded with Viterbi
** over the whole sentence, using the lexicon, tag transitions and unknown-word
** classes of Lingua::EN::Tagger as converted by tools/gen-lex into tagger.txt.
*/
#include "tagger.h"

#include "../base/file.h"

#include <math.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../base/hash.h"
#include "../base/words.h"
#include "fields.h"

/*
** The data file, DATADIR/tagger.txt, is made of lines whose fields are
** separated by one TAB (tools/gen-lex documents it too):
**
**     # comment
**     tags<TAB>cc cd det ...          Lingua's tag names in enum pl_tag order
**     t<TAB>P<TAB>T:prob ...          transition probability P(T | P)
**     u<TAB>CLASS<TAB>T:count ...     tag counts of an unknown-word class
**     w<TAB>WORD<TAB>T:count ...      tag counts of a word, case kept
**
** where P and T are enum pl_tag numbers.
**
** Scores are natural logarithms.  A word w may take tag t with the emission
** score log P(w|t) = log(count(w,t) / count(t)), count(t) being the sum over
** the lexicon.  An unknown word of class c (-cap-, -ing-, ...) gets
** log(P(t|c) / P(t)), which equals log P(c|t) up to a term that is the same
** for every tag, so both kinds of word compare fairly in one lattice.
*/

#define MAXCAND 16          /* most tags one word may take */
#define MAXWORD 256         /* longer tokens are only classified */
#define TRANS_FLOOR 1e-7    /* probability of a transition never seen */

/* Lingua's names for the tags, in enum order (index 0 unused). */
static const char *const lingua_name[PL_T__COUNT] = {
	"", "cc", "cd", "det", "ex", "fw", "in", "jj", "jjr", "jjs", "lrb", "ls",
	"md", "nn", "nnp", "nnps", "nns", "pdt", "pos", "pp", "ppc", "ppd",
	"ppl", "ppr", "pps", "prp", "prps", "rb", "rbr", "rbs", "rp", "rrb",
	"sym", "to", "uh", "vb", "vbd", "vbg", "vbn", "vbp", "vbz", "wdt", "wp",
	"wps", "wrb"
};

static const char *const penn_name[PL_T__COUNT] = {
	"-NONE-", "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS",
	"-LRB-", "LS", "MD", "NN", "NNP", "NNPS", "NNS", "PDT", "POS", ".",
	",", "$", "``", "''", ":", "PRP", "PRP$", "RB", "RBR", "RBS", "RP",
	"-RRB-", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ",
	"WDT", "WP", "WP$", "WRB"
};

/* Unknown-word classes, as Lingua names them. */
enum {
	U_CAP, U_ED, U_HYP, U_HYPADJ, U_ING, U_LY, U_S, U_SYM, U_TION,
	U_UNKNOWN, U_ABR, U__COUNT
};
static const char *const class_name[U__COUNT] = {
	"-cap-", "-ed-", "-hyp-", "-hyp-adj-", "-ing-", "-ly-", "-s-", "-sym-",
	"-tion-", "-unknown-", "-abr-"
};

typedef struct cand {
	uint8_t tag;
	float score;        /* while loading: the count; then log emission */
} cand;

typedef struct entry {
	uint32_t off;       /* first candidate in pl_tagger.cand */
	uint32_t n;         /* number of candidates */
} entry;

struct pl_tagger {
	char *text;                 /* tagger.txt; words point into it */
	pl_hash words;              /* word -> entry * */
	entry *ent;                 /* lexicon entries */
	size_t nent;
	cand *cand;                 /* candidates of all entries and classes */
	size_t ncand;
	entry klass[U__COUNT];      /* unknown-word classes (n 0: absent) */
	const entry *num, *ord, *lrb, *rrb, *qopen, *qclose;  /* special words */
	/* log P(tag | prev), rounded to float (the precision the tagger was
	** tuned with) and kept as float: viterbi() widens it to double as it
	** adds, which gives the same sums as a table of doubles, and the
	** table (8.5 KB) takes half the first-level cache that one of doubles
	** took, where its rows had missed on a sixth of the trellis's steps */
	float trans[PL_T__COUNT][PL_T__COUNT];
	unsigned long id;           /* tells taggers apart for word_cache */
};

/* Each loaded tagger's id: never 0, never reused (a tagger freed and
** another loaded at its address must not find the first one's cache). */
static atomic_ulong tagger_ids;

const char *pl_tag_name(int tag)
{
	if (tag < 0 || tag >= PL_T__COUNT)
		return "?";
	return penn_name[tag];
}

/* ---- loading ---------------------------------------------------------- */

static int fail(char *err, size_t errlen, const char *file, unsigned line,
	const char *what)
{
	if (err && errlen)
		snprintf(err, errlen, "%s:%u: %s", file, line, what);
	return -1;
}


/* A tag's number.  Its few digits read by hand, as strtol, asked of every
** candidate of the lexicon, cost a tenth of the loading; anything else
** (no digit first, a long number) is left to strtol. */
static int tag_number(const char *s, char **end)
{
	const char *p = s;
	long v = 0;
	while (*p >= '0' && *p <= '9' && p - s < 4)
		v = v * 10 + (*p++ - '0');
	if (p == s || (*p >= '0' && *p <= '9'))
		v = strtol(s, end, 10);
	else
		*end = (char *)p;
	return (*end != s && v > 0 && v < PL_T__COUNT) ? (int)v : 0;
}

/* A decimal such as "0.0439594" as strtod reads it: of at most 15 digits
** and no exponent, its digits as an integer and the power of ten it is
** divided by are both exact, so that the one division rounds as strtod
** does; anything else is left to strtod, a thousand instructions a call. */
static double read_decimal(const char *s, char **end)
{
	static const double ten[16] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
		1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
	const char *p = s;
	uint64_t d = 0;
	int digits = 0, frac = 0;
	for (; *p >= '0' && *p <= '9'; p++, digits++)
		d = d * 10 + (uint64_t)(*p - '0');
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9'; p++, digits++, frac++)
			d = d * 10 + (uint64_t)(*p - '0');
	if (!digits || digits > 15 || *p == 'e' || *p == 'E' || *p == 'x' || *p == 'X')
		return strtod(s, end);
	*end = (char *)p;
	return (double)d / ten[frac];
}

/* A count: digits, read by hand as most are, else a decimal. */
static double read_count(const char *s, char **end)
{
	double v = 0;
	const char *p = s;
	while (*p >= '0' && *p <= '9')
		v = v * 10 + (*p++ - '0');
	if (*p == '.' || *p == 'e' || *p == 'E')
		return read_decimal(s, end);
	*end = (char *)p;
	return v;
}

/* Parses "T:count T:count ..." into new candidates for entry e. */
static int parse_counts(pl_tagger *t, char *s, entry *e, size_t cap)
{
	e->off = (uint32_t)t->ncand;
	e->n = 0;
	while (*s) {
		char *end;
		int tag = tag_number(s, &end);
		double c;
		if (!tag || *end != ':')
			return -1;
		s = end + 1;
		c = read_count(s, &end);
		if (end == s || !(c > 0))
			return -1;
		s = end;
		while (*s == ' ')
			s++;
		if (e->n >= MAXCAND)
			continue;        /* keep the first MAXCAND */
		if (t->ncand >= cap)
			return -1;
		t->cand[t->ncand].tag = (uint8_t)tag;
		t->cand[t->ncand].score = (float)c;
		t->ncand++;
		e->n++;
	}
	return e->n ? 0 : -1;
}

static int parse_trans(pl_tagger *t, char *s, int prev)
{
	while (*s) {
		char *end;
		int tag = tag_number(s, &end);
		double p;
		if (!tag || *end != ':')
			return -1;
		s = end + 1;
		p = read_decimal(s, &end);
		if (end == s || !(p > 0) || p > 1)
			return -1;
		s = end;
		while (*s == ' ')
			s++;
		t->trans[prev][tag] = (float)log(p);   /* rounded: see trans */
	}
	return 0;
}

static int check_tags(const char *s)
{
	int i;
	for (i = 1; i < PL_T__COUNT; i++) {
		size_t n = strlen(lingua_name[i]);
		if (strncmp(s, lingua_name[i], n) != 0 || (s[n] != ' ' && s[n] != '\0'))
			return -1;
		s += n + (s[n] == ' ');
	}
	return *s ? -1 : 0;
}

/* Small whole counts whose log score is kept per tag (most counts are 1 or
** 2): the same count of the same tag gives the same score, and a log for
** each of the lexicon's 50 thousand candidates was a tenth of the loading. */
#define SMALL_COUNT 32

/* Turns the counts held in the candidates into log emission scores. */
static void make_scores(pl_tagger *t)
{
	double total[PL_T__COUNT] = {0}, all = 0;
	float small[PL_T__COUNT][SMALL_COUNT];
	unsigned char known[PL_T__COUNT][SMALL_COUNT] = {{0}};
	size_t i, k;
	for (i = 0; i < t->nent; i++)
		for (k = 0; k < t->ent[i].n; k++) {
			cand *c = &t->cand[t->ent[i].off + k];
			total[c->tag] += c->score;
			all += c->score;
		}
	for (i = 0; i < t->nent; i++)
		for (k = 0; k < t->ent[i].n; k++) {
			cand *c = &t->cand[t->ent[i].off + k];
			int n = c->score >= 0 && c->score < SMALL_COUNT ? (int)c->score : -1;
			if (n >= 0 && (float)n == c->score) {
				if (!known[c->tag][n]) {
					small[c->tag][n] = (float)log(c->score / total[c->tag]);
					known[c->tag][n] = 1;
				}
				c->score = small[c->tag][n];
			} else
				c->score = (float)log(c->score / total[c->tag]);
		}
	for (i = 0; i < U__COUNT; i++) {
		const entry *e = &t->klass[i];
		double sum = 0;
		for (k = 0; k < e->n; k++)
			sum += t->cand[e->off + k].score;
		for (k = 0; k < e->n; k++) {
			cand *c = &t->cand[e->off + k];
			double pt = total[c->tag] > 0 ? total[c->tag] / all : 1e-6;
			c->score = (float)log((c->score / sum) / pt);
		}
	}
}

/* Drops the plural noun and -s verb tags from the -unknown- class.  A word
** reaches that class only when it ends in no "s" (classify sends those to
** -s-), and a form that is NNS or VBZ without one is irregular and in the
** lexicon ("people", "has"): left in, "website" in "told the BBC News
** website the party ..." became a verb with "the BBC News" its subject. */
static void unknown_no_s_forms(pl_tagger *t)
{
	entry *e = &t->klass[U_UNKNOWN];
	size_t i, n = 0;
	for (i = 0; i < e->n; i++) {
		cand c = t->cand[e->off + i];
		if (c.tag != PL_T_NNS && c.tag != PL_T_VBZ)
			t->cand[e->off + n++] = c;
	}
	if (n)
		e->n = (uint32_t)n;
}

static const entry *lookup(const pl_tagger *t, const char *w, size_t n)
{
	return pl_hash_get(&t->words, w, n);
}

pl_tagger *pl_tagger_load(const char *datadir, char *err, size_t errlen)
{
	char path[4096];
	size_t len = 0, lines = 0, i, cap;
	unsigned lineno = 0;
	int seen_tags = 0, ended = 0;
	long ndata = 0;
	char *p, *q;
	pl_tagger *t;

	if (snprintf(path, sizeof path, "%s/tagger.txt", datadir) >= (int)sizeof path) {
		fail(err, errlen, datadir, 0, "path too long");
		return NULL;
	}
	t = calloc(1, sizeof *t);
	if (t)
		t->id = atomic_fetch_add(&tagger_ids, 1) + 1;
	if (!t) {
		fail(err, errlen, path, 0, "out of memory");
		return NULL;
	}
	t->text = pl_read_text(path, &len, PL_TEXT_NEWLINE, "tagger model "
		"(made by tools/gen-lex from liblingua-en-tagger-perl)", err, errlen);
	if (!t->text)
		goto bad;
	/* every candidate is written "T:count": the colons bound their number */
	cap = 1 + pl_count_byte(t->text, len, ':');
	lines = 1 + pl_count_byte(t->text, len, '\n');
	t->ent = malloc(lines * sizeof *t->ent);
	t->cand = malloc(cap * sizeof *t->cand);
	if (!t->ent || !t->cand || pl_hash_presize(&t->words, lines) < 0) {
		fail(err, errlen, path, 0, "out of memory");
		goto bad;
	}
	for (i = 0; i < PL_T__COUNT; i++) {
		size_t k;
		for (k = 0; k < PL_T__COUNT; k++)
			t->trans[i][k] = (float)log(TRANS_FLOOR);
	}

	for (p = t->text; *p; p = q) {
		char *f[3] = {0};   /* set in full for -O3, which cannot see that nf guards each field */
		size_t fl[3];
		int nf;
		lineno++;
		q = pl_cut_fields(p, t->text + len, f, fl, 3, &nf);
		if (*p == '#' || *p == '\0')
			continue;
		if (ended) {
			fail(err, errlen, path, lineno, "data after the end line: damaged");
			goto bad;
		}
		if (fl[0] == 3 && memcmp(f[0], "end", 3) == 0 && nf == 2) {
			if (pl_end_line(f[1], ndata, path, lineno, err, errlen) < 0)
				goto bad;
			ended = 1;
			continue;
		}
		ndata++;
		if (fl[0] == 4 && memcmp(f[0], "tags", 4) == 0 && nf == 2) {
			ndata--;
			if (check_tags(f[1]) < 0) {
				fail(err, errlen, path, lineno, "tag list differs from "
					"enum pl_tag (rebuild with tools/gen-lex)");
				goto bad;
			}
			seen_tags = 1;
		} else if (!seen_tags) {
			fail(err, errlen, path, lineno, "no tags line before the data");
			goto bad;
		} else if (fl[0] == 1 && f[0][0] == 't' && nf == 3) {
			char *end;
			int prev = tag_number(f[1], &end);
			if (!prev || *end || parse_trans(t, f[2], prev) < 0) {
				fail(err, errlen, path, lineno, "bad transition line");
				goto bad;
			}
		} else if (fl[0] == 1 && f[0][0] == 'u' && nf == 3) {
			entry e;
			int k;
			if (parse_counts(t, f[2], &e, cap) < 0) {
				fail(err, errlen, path, lineno, "bad unknown-class line");
				goto bad;
			}
			for (k = 0; k < U__COUNT; k++)
				if (strcmp(f[1], class_name[k]) == 0)
					t->klass[k] = e;
		} else if (fl[0] == 1 && f[0][0] == 'w' && nf == 3 && *f[1]) {
			entry *e = &t->ent[t->nent];
			if (parse_counts(t, f[2], e, cap) < 0) {
				fail(err, errlen, path, lineno, "bad word line");
				goto bad;
			}
			if (pl_hash_put(&t->words, f[1], fl[1], e, NULL) < 0) {
				fail(err, errlen, path, lineno, "out of memory");
				goto bad;
			}
			t->nent++;
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
	if (!t->nent || !t->klass[U_UNKNOWN].n) {
		fail(err, errlen, path, lineno, "no lexicon or no -unknown- class");
		goto bad;
	}
	unknown_no_s_forms(t);
	make_scores(t);
	t->num = lookup(t, "*NUM*", 5);
	t->ord = lookup(t, "*ORD*", 5);
	t->lrb = lookup(t, "*LRB*", 5);
	t->rrb = lookup(t, "*RRB*", 5);
	t->qopen = lookup(t, "``", 2);
	t->qclose = lookup(t, "''", 2);
	return t;
bad:
	pl_tagger_free(t);
	return NULL;
}

void pl_tagger_free(pl_tagger *t)
{
	if (!t)
		return;
	pl_hash_free(&t->words);
	free(t->ent);
	free(t->cand);
	free(t->text);
	free(t);
}

/* ---- classifying a token ---------------------------------------------- */

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static int is_lower(int c) { return c >= 'a' && c <= 'z'; }

/* A "word character" as Perl's \w sees it; bytes of multibyte UTF-8
** sequences count as letters. */
static int is_wordc(int c)
{
	return is_digit(c) || is_upper(c) || is_lower(c) || c == '_' || c >= 0x80;
}

/* Does w[0..n) end in the string literal suf?  (A macro, so that the
** compiler sees the length and compares inline.) */
#define ends_with(w, n, suf) \
	((n) >= sizeof(suf) - 1 && memcmp((w) + (n) - (sizeof(suf) - 1), suf, sizeof(suf) - 1) == 0)

/* A number: -12, 3.5, .5, 40,786, 1/2, 10:30, 1990-91. */
static int is_number(const char *w, size_t n)
{
	size_t i = 0, digits = 0;
	if (n && w[0] == '-')
		i++;
	if (i >= n || !(is_digit((unsigned char)w[i]) || w[i] == '.'))
		return 0;
	for (; i < n; i++) {
		int c = (unsigned char)w[i];
		if (is_digit(c))
			digits++;
		else if (c != '.' && c != ',' && c != '/' && c != ':' && c != '-')
			return 0;
	}
	return digits > 0 && is_digit((unsigned char)w[n - 1]) ? 1 :
		digits > 0 && w[n - 1] == '.' && n > 1 && is_digit((unsigned char)w[n - 2]);
}

/* 1st, 2nd, 1990s, 7th: digits followed by word characters. */
static int is_ordinal(const char *w, size_t n)
{
	size_t i = (n && w[0] == '-') ? 1 : 0, d = i;
	while (i < n && is_digit((unsigned char)w[i]))
		i++;
	if (i == d || i == n)
		return 0;
	for (; i < n; i++)
		if (!is_wordc((unsigned char)w[i]))
			return 0;
	return 1;
}

/* U.S.A, NATO, AK-47 is not: an upper-case letter, then upper-case letters,
** periods and hyphens. */
static int is_abbrev(const char *w, size_t n, unsigned flags)
{
	size_t i;
	if (!n || !is_upper((unsigned char)w[0])) {
		if (!(flags & PL_TOK_ALLCAP))
			return 0;
		for (i = 0; i < n; i++)
			if (is_lower((unsigned char)w[i]) || is_digit((unsigned char)w[i]))
				return 0;
		return 1;
	}
	for (i = 1; i < n; i++) {
		int c = (unsigned char)w[i];
		if (!is_upper(c) && c != '.' && c != '-')
			return 0;
	}
	return 1;
}

/* The candidates of an unknown word w[0..n), n > 0: a special lexicon entry
** (*NUM*, *LRB*, ...) or an unknown-word class. */
static const entry *classify(const pl_tagger *t, const char *w, size_t n,
	unsigned flags)
{
	/* 1: an opening bracket, 2: a closing one */
	static const unsigned char bracket[256] = {
		['('] = 1, ['['] = 1, ['{'] = 1, [')'] = 2, [']'] = 2, ['}'] = 2
	};
	const entry *e = NULL;
	size_t i;
	int k = U_UNKNOWN;
	unsigned br = 0;

	for (i = 0; i < n; i++)     /* one pass, one table load a byte */
		br |= bracket[(unsigned char)w[i]];
	if (br & 1)
		e = t->lrb;
	else if (br & 2)
		e = t->rrb;
	else if ((flags & PL_TOK_NUM) || is_number(w, n))
		e = t->num;
	else if (is_ordinal(w, n))
		e = t->ord;
	if (e)
		return e;

	if (is_abbrev(w, n, flags)) {
		k = U_ABR;
	} else {
		const char *hy = NULL;
		for (i = 1; i + 1 < n; i++)
			if (w[i] == '-' && is_wordc((unsigned char)w[i - 1]) &&
			    is_wordc((unsigned char)w[i + 1]))
				hy = w + i;
		if (hy) {
			const entry *s = NULL;
			size_t last = n;
			while (w[last - 1] != '-')
				last--;         /* just after the last hyphen */
			k = U_HYP;
			if (last < n)
				s = lookup(t, w + last, n - last);
			if (s)
				for (i = 0; i < s->n; i++)
					if (t->cand[s->off + i].tag == PL_T_JJ)
						k = U_HYPADJ;
		} else {
			int sym = 1;
			for (i = 0; i < n && sym; i++)
				sym = !is_wordc((unsigned char)w[i]);
			if (sym || (flags & PL_TOK_PUNCT))
				k = U_SYM;
			else if (is_upper((unsigned char)w[0]) || (flags & PL_TOK_CAP))
				k = U_CAP;
			else if (ends_with(w, n, "ing"))
				k = U_ING;
			else if (ends_with(w, n, "s"))
				k = U_S;
			else if (ends_with(w, n, "tion"))
				k = U_TION;
			else if (ends_with(w, n, "ly"))
				k = U_LY;
			else if (ends_with(w, n, "ed"))
				k = U_ED;
		}
	}
	if (!t->klass[k].n)
		k = U_UNKNOWN;
	return &t->klass[k];
}

/* Copies token text into buf (size MAXWORD), writing typographic quotes and
** dashes as their ASCII forms.  Returns the length, or 0 when it is too long. */
static size_t normalize(const char *s, size_t len, char *buf)
{
	size_t i, o = 0;
	for (i = 0; i < len; i++) {
		const char *rep = NULL;
		unsigned char c = (unsigned char)s[i];
		if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80) {
			switch ((unsigned char)s[i + 2]) {
			case 0x98: case 0x99: case 0xB2: rep = "'"; break;   /* ‘ ’ ′ */
			case 0x9C: rep = "``"; break;                        /* “ */
			case 0x9D: rep = "''"; break;                        /* ” */
			case 0x93: case 0x94: rep = "--"; break;             /* – — */
			case 0xA6: rep = "..."; break;                       /* … */
			}
		}
		if (rep) {
			size_t k = strlen(rep);
			if (o + k >= MAXWORD)
				return 0;
			memcpy(buf + o, rep, k);
			o += k;
			i += 2;
		} else {
			if (o + 1 >= MAXWORD)
				return 0;
			buf[o++] = (char)c;
		}
	}
	buf[o] = '\0';
	return o;
}

/* The candidate tags of one token, as Lingua finds them: the word as written,
** then with its first letter in lower case, then its class. */
/* The lexicon's entry for the American spelling of a British word it lacks:
** "cancelled" as "canceled", "criticised" as "criticized", "mobilising" as
** "mobilizing", "honoured" as "honored"; NULL when there is none. */
static const entry *american(const pl_tagger *t, const char *w, size_t n)
{
	static const char *const end[] = {"ed", "ing", "e", "es", "ation", "ations", NULL};
	static const unsigned char endlen[] = {2, 3, 1, 2, 5, 6};
	char v[MAXWORD];
	const entry *e;
	size_t i, k, m;
	if (n < 5 || n >= sizeof v)
		return NULL;
	/* most words asked about end in none of the endings' last letters */
	if (w[n - 1] != 'd' && w[n - 1] != 'g' && w[n - 1] != 'e' && w[n - 1] != 's' && w[n - 1] != 'n')
		return NULL;
	for (k = 0; end[k]; k++) {
		m = endlen[k];
		if (n < m + 3 || w[n - 1] != end[k][m - 1] || memcmp(w + n - m, end[k], m))
			continue;
		i = n - m;   /* the stem ends at i */
		/* "cancelled", "travelling": one l */
		if (m <= 3 && w[i - 1] == 'l' && w[i - 2] == 'l' && (end[k][0] == 'e' || end[k][0] == 'i')) {
			memcpy(v, w, i - 1);
			memcpy(v + i - 1, w + i, m);
			if ((e = lookup(t, v, n - 1)))
				return e;
		}
		/* "criticised", "organisation": -iz- */
		if (w[i - 1] == 's' && w[i - 2] == 'i') {
			memcpy(v, w, n);
			v[i - 1] = 'z';
			if ((e = lookup(t, v, n)))
				return e;
		}
		/* "honoured", "favouring": -or- */
		if (i >= 4 && !memcmp(w + i - 3, "our", 3)) {
			memcpy(v, w, i - 2);
			memcpy(v + i - 2, w + i - 1, n - i + 1);
			if ((e = lookup(t, v, n - 1)))
				return e;
		}
	}
	return NULL;
}

static const entry *candidates_of(const pl_tagger *t, const pl_token *tok, int headline, int *known)
{
	char buf[MAXWORD];
	const entry *e;
	const char *s = tok->s ? tok->s : "";
	size_t n;
	int tried = 0;      /* the word as written was looked up and is not there */
	*known = 1;

	if ((tok->flags & PL_TOK_QOPEN) && t->qopen)
		return t->qopen;
	if ((tok->flags & PL_TOK_QCLOSE) && t->qclose)
		return t->qclose;
	/* a plain ASCII word has no typographic mark to rewrite; outside a
	** title-case headline it is first looked up as written, before any
	** copy is made (most words are found so) */
	if (tok->s && pl_tok_ascii(tok) && tok->len < MAXWORD) {
		if (!headline) {
			e = lookup(t, s, tok->len);
			if (e)
				return e;       /* (*known is 1) */
			tried = 1;
		}
		n = tok->len;
		memcpy(buf, s, n);
		buf[n] = '\0';
	} else {
		n = normalize(s, tok->s ? tok->len : 0, buf);
	}
	if (n == 0) {
		/* empty, or too long to be a word: a URL, a run of symbols */
		size_t len = tok->s ? tok->len : 0;
		return len ? classify(t, s, len, tok->flags) : &t->klass[U_SYM];
	}
	*known = 0;
	/* a headline in title case ("Lawmakers Attended Rally That Gave Way"):
	** a capitalised word is read as the common word when there is one */
	if (headline && n > 1 && is_upper((unsigned char)buf[0]) && is_lower((unsigned char)buf[1])) {
		buf[0] = (char)(buf[0] - 'A' + 'a');
		if ((e = lookup(t, buf, n)))
			return e;
		buf[0] = (char)(buf[0] - 'a' + 'A');
	}
	if (!tried && (e = lookup(t, buf, n))) {
		*known = 1;
		return e;
	}
	if (is_upper((unsigned char)buf[0])) {
		buf[0] = (char)(buf[0] - 'A' + 'a');
		if ((e = lookup(t, buf, n)))
			return e;
		buf[0] = (char)(buf[0] - 'a' + 'A');
	}
	if ((e = american(t, buf, n))) {
		*known = 1;
		return e;
	}
	/* "re-open", "re-imposed": tagged as the word written without the
	** hyphen ("reopen") when the lexicon has it, else as the word after
	** the hyphen ("re-established" as "established") */
	if (n > 4 && (buf[0] == 'r' || buf[0] == 'R') && buf[1] == 'e' && buf[2] == '-') {
		char v[MAXWORD];
		v[0] = 'r';
		v[1] = 'e';
		memcpy(v + 2, buf + 3, n - 2);   /* with its NUL */
		if ((e = lookup(t, v, n - 1)) || (e = american(t, v, n - 1)) ||
		    (e = lookup(t, buf + 3, n - 3)) || (e = american(t, buf + 3, n - 3))) {
			*known = 1;
			return e;
		}
	}
	return classify(t, buf, n, tok->flags);
}

/*
** candidates_of() for a short plain word, cached per thread.  Most tokens
** are short words met again and again ("the", "said", "mln", "Reagan"),
** and a slot here (a multiply, a load and a few compares) costs a fraction
** of the hash look-ups (and for a word the lexicon lacks, the class
** guessing) it stands for.  The answer for an ASCII word depends on its
** text, on the flags classify() reads and on whether it is in a title-case
** headline alone; a word of 1 to 8 bytes is its bytes packed into 64 bits
** (as the hash packs them: every byte is in the word, and the length tells
** the packings apart), kept with its length, those flags and a bit for the
** headline (whose words recur too).  The slots are emptied when another
** tagger asks.  A slot is 32 bytes, two to a cache line, and holds a word's
** candidates itself when it has one or two (most words): the lexicon's
** array of candidates (400 KB) had missed the cache at about every word the
** slot answered.  The trellis takes a copy of them (see candidates()), as a
** later word of the sentence may take the slot.
*/
#define WCACHE_LOG2 14
#define WCACHE_FLAGS (PL_TOK_CAP | PL_TOK_ALLCAP | PL_TOK_NUM | PL_TOK_PUNCT)
#define WCACHE_IN 2          /* candidates a slot holds itself */
typedef struct wcache_answer {
	uint32_t key;        /* length | flags << 8 | headline << 24; 0: empty */
	uint8_t n;           /* how many candidates */
	uint8_t known;
	uint8_t bits;        /* word_bits() of the word */
	union {
		cand in[WCACHE_IN];  /* n <= WCACHE_IN: the candidates */
		const cand *c;       /* else: the lexicon's, as viterbi() reads them */
	} u;
} wcache_answer;
typedef struct wcache_slot {
	uint64_t w;
	wcache_answer a;
} wcache_slot;
_Static_assert(sizeof(wcache_slot) == 32, "two word-cache slots to a cache line");

/* Words of 9 to 16 bytes ("government", "operations", "Washington") have a
** cache of their own, of 8,192 slots (320 KB), keyed by their first and
** last eight bytes, which overlap and so hold every byte (the length tells
** the overlaps apart).  On Reuters-21578 such words had made 285,000
** look-ups of the lexicon, each reading a slot, a key and a list of
** candidates from tables of megabytes, mostly out of every cache; the cache
** misses 57,000 times.  Apart from the short words' table so that its
** slots stay 32 bytes. */
#define LCACHE_LOG2 13
typedef struct lcache_slot {
	uint64_t w0, w1;
	wcache_answer a;
} lcache_slot;
static _Thread_local struct {
	unsigned long id;
	_Alignas(64) wcache_slot slot[1u << WCACHE_LOG2];
	_Alignas(64) lcache_slot lslot[1u << LCACHE_LOG2];
} wcache;

static unsigned word_bits(const pl_token *t);

/* The candidates of entry e as the trellis takes them, their number in *n:
** a word with none is a noun, and Lingua tags symbols sym whatever comes. */
static const cand *cands_of_entry(const pl_tagger *t, const entry *e, uint32_t *n)
{
	static const cand sym = {PL_T_SYM, 0.0f}, nn = {PL_T_NN, 0.0f};
	*n = 1;
	if (!e || !e->n)
		return &nn;
	if (e == &t->klass[U_SYM])
		return &sym;
	*n = e->n;
	return &t->cand[e->off];
}

/* Empties the caches when another tagger than the one they hold asks: once
** a sentence, before its words' look-ups (see viterbi()), not at each. */
static void wcache_claim(const pl_tagger *t)
{
	if (wcache.id != t->id) {
		memset(wcache.slot, 0, sizeof wcache.slot);
		memset(wcache.lslot, 0, sizeof wcache.lslot);
		wcache.id = t->id;
	}
}

/* Fills a with tok's answer (candidates_of() in a headline or not) and
** its key. */
static void wcache_fill(const pl_tagger *t, const pl_token *tok, int headline, uint32_t key,
	wcache_answer *a)
{
	int k;
	uint32_t m;
	const cand *c = cands_of_entry(t, candidates_of(t, tok, headline, &k), &m);
	a->key = key;
	if (m <= WCACHE_IN)
		memcpy(a->u.in, c, m * sizeof *c);
	else
		a->u.c = c;
	a->n = (uint8_t)m;     /* (at most MAXCAND) */
	a->known = (uint8_t)k;
	a->bits = (uint8_t)word_bits(tok);
}

/* The slots of a word of up to 8 bytes (packed in w) and of one of 9 to
** 16 (its first and last eight bytes), key as below. */
static inline wcache_slot *wcache_short_slot(uint64_t w, uint32_t key)
{
	return &wcache.slot[((w + key) * 0x9E3779B97F4A7C15u) >> (64 - WCACHE_LOG2)];
}

static inline lcache_slot *wcache_long_slot(uint64_t w0, uint64_t w1, uint32_t key)
{
	return &wcache.lslot[((w0 * 0x9E3779B97F4A7C15u ^ w1) + key) * 0xC2B2AE3D27D4EB4Fu >>
		(64 - LCACHE_LOG2)];
}

static inline uint32_t wcache_key(const pl_token *tok, int headline)
{
	return tok->len | (uint32_t)(tok->flags & WCACHE_FLAGS) << 8 | (uint32_t)!!headline << 24;
}

/* Where a word's answer is looked for: its slot, found a few words before
** the trellis reads it, and asked of the processor then (the two tables,
** 832 KB, miss the first-level cache at most words; the trellis's work on
** the words between hides the wait).  sl NULL: the word is not cached. */
typedef struct wprobe {
	void *sl;            /* a wcache_slot (short), an lcache_slot (long) */
	uint64_t w0, w1;     /* the word packed (short: w0 alone) */
	uint32_t key;
	int lng;             /* 9 to 16 bytes */
} wprobe;

/* Fills p for tok and asks for its slot.  (Inline by force: the prefetch
** must stay where it is put.) */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline void wcache_probe(const pl_token *tok, int headline, wprobe *p)
{
	if (!tok->s || tok->len > 16 || !pl_tok_ascii(tok) ||
	    (tok->flags & (PL_TOK_QOPEN | PL_TOK_QCLOSE))) {
		p->sl = NULL;
		return;
	}
	p->key = wcache_key(tok, headline);
	if (tok->len <= 8) {
		p->w0 = pl_short_word(tok->s, tok->len);
		p->lng = 0;
		p->sl = wcache_short_slot(p->w0, p->key);
	} else {
		memcpy(&p->w0, tok->s, 8);
		memcpy(&p->w1, tok->s + tok->len - 8, 8);
		p->lng = 1;
		p->sl = wcache_long_slot(p->w0, p->w1, p->key);
	}
	__builtin_prefetch(p->sl);
}

/* The candidates of tok, their number in *n, and in *bits the word's
** word_bits(); wcache_claim() was called for t and p is tok's probe.  A
** cached word keeps them resolved (cands_of_entry()), so that a hit costs
** the trellis no test of its entry; its bits are kept with the rest (an
** ASCII word's lower case is its bytes lowered).  A word whose slot holds
** its candidates gets them copied into own[0..WCACHE_IN), which stays the
** word's for the sentence. */
static const cand *candidates(const pl_tagger *t, const pl_token *tok, int headline, int *known,
	unsigned *bits, uint32_t *n, cand *own, const wprobe *p)
{
	wcache_answer *a;
	uint32_t key;
	if (!p->sl) {
		*bits = word_bits(tok);
		return cands_of_entry(t, candidates_of(t, tok, headline, known), n);
	}
	key = p->key;
	if (!p->lng) {
		wcache_slot *sl = p->sl;
		a = &sl->a;
		if (a->key != key || sl->w != p->w0) {
			sl->w = p->w0;
			wcache_fill(t, tok, headline, key, a);
		}
	} else {
		lcache_slot *sl = p->sl;
		a = &sl->a;
		if (a->key != key || sl->w0 != p->w0 || sl->w1 != p->w1) {
			sl->w0 = p->w0;
			sl->w1 = p->w1;
			wcache_fill(t, tok, headline, key, a);
		}
	}
	*known = a->known;
	*bits = a->bits;
	*n = a->n;
	if (a->n > WCACHE_IN)
		return a->u.c;
	memcpy(own, a->u.in, sizeof a->u.in);
	return own;
}

/* ---- Viterbi ---------------------------------------------------------- */

/* A set of tags is a 64-bit word, bit t for tag t: the tags a sentence holds
** tell which corrections below can find anything in it. */
#define TAG_BIT(t) (1ull << (t))

static int can_be(const cand *c, uint32_t n, int tag)
{
	uint32_t k;
	for (k = 0; k < n; k++)
		if (c[k].tag == tag)
			return 1;
	return 0;
}

/* A regular past form ("arrested"), the same as VBD and VBN even where the
** lexicon happens to have seen only one of them. */
static int regular(const pl_token *tok)
{
	return tok->s && tok->len > 3 && tok->s[tok->len - 2] == 'e' &&
		tok->s[tok->len - 1] == 'd';
}

/*
** A bigram model often reads a past tense after a noun as a participle
** ("Protesters gathered outside ...": NNS VBN IN is common in reduced
** relatives).  Corrections for words that may be either VBD or VBN:
**   - in a sentence without any finite verb, the first such VBN right after
**     a noun or pronoun becomes VBD;
**   - after a coordinating conjunction, a VBN becomes VBD when the verb before
**     it is VBD ("condemned the attack ... and promised to");
**   - a VBN between a noun or pronoun and what starts a direct object (a
**     determiner, number or pronoun) becomes VBD ("Police arrested three
**     men"), as a passive participle seldom takes an object.
*/
static int is_be_form(const char *w)
{
	static const char *const be[] = {"is", "are", "was", "were", "be", "been", "being",
		"'s", "'re", NULL};
	static pl_wordset set = PL_WORDSET(be);
	return pl_in_set(&set, w);
}

/* A token's lower-case text, "" for a token that has none. */
static const char *text_of(const pl_token *t)
{
	return t->low ? t->low : "";
}

/* Does a direct object start at tok[i] (a determiner, number or pronoun,
** after a particle if there is one: "burned down its embassy")? */
static int object_next(const pl_token *tok, uint32_t i, uint32_t n)
{
	int next;
	if (i < n && tok[i].tag == PL_T_RP)
		i++;
	if (i >= n)
		return 0;
	next = tok[i].tag;
	/* (a count: "more than 1,000 refugees", "fewer than ten") */
	if (i + 2 < n && !strcmp(text_of(&tok[i + 1]), "than") && tok[i + 2].tag == PL_T_CD &&
	    (!strcmp(text_of(&tok[i]), "more") || !strcmp(text_of(&tok[i]), "fewer") ||
	     !strcmp(text_of(&tok[i]), "less")))
		return 1;
	return next == PL_T_DT || next == PL_T_CD || next == PL_T_PRPS || next == PL_T_PRP;
}

/* Words that name a time rather than a thing acted on: "two men also
** arrested Monday", "a bill also passed last week". */
static int time_word(const pl_token *t)
{
	static const char *const w[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "yesterday", "today", "tonight", "tomorrow", "last", "next",
		"earlier", "later", "overnight", "january", "february", "april", "june", "july",
		"august", "september", "october", "november", "december", NULL};
	static pl_wordset set = PL_WORDSET(w);
	if (!t->low)   /* a token without text */
		return 0;
	return pl_in_set(&set, t->low);
}

/* Past a time phrase at tok[i] that may stand between a verb and its
** object ("forced out on Wednesday more than 1,000 refugees", "gave a
** welcome on Thursday to"): "on Monday", "last week", "yesterday"; i
** itself when none stands there. */
static uint32_t after_time(const pl_token *tok, uint32_t i, uint32_t n)
{
	static const char *const lead[] = {"on", "last", "this", "next", NULL};
	static pl_wordset lead_set = PL_WORDSET(lead);
	static const char *const span[] = {"week", "month", "year", "night", "weekend", NULL};
	static pl_wordset span_set = PL_WORDSET(span);
	static const char *const relative[] = {"last", "next", "earlier", "later", NULL};
	static pl_wordset relative_set = PL_WORDSET(relative);
	if (i + 1 < n && pl_in_set(&lead_set, text_of(&tok[i])) &&
	    ((time_word(&tok[i + 1]) && !pl_in_set(&relative_set, text_of(&tok[i + 1]))) ||
	     pl_in_set(&span_set, text_of(&tok[i + 1])))) {
		/* (a day after a month is no object: "on February 9") */
		if (i + 2 < n && tok[i + 2].tag == PL_T_CD)
			return i + 3;
		return i + 2;
	}
	if (i < n && time_word(&tok[i]) && !pl_in_set(&relative_set, text_of(&tok[i])))
		return i + 1;
	return i;
}

/* Does an object start at tok[i] in the wider sense that holds once the
** left context already says "subject + past form": also a name, a bare
** noun or adjectives before one ("also attacked Labour's plans", "later met
** Iranian officials", "captured several Iraqi posts")? */
static int object_after_adverbs(const pl_token *tok, uint32_t i, uint32_t n)
{
	if (object_next(tok, i, n))
		return 1;
	if (i < n && tok[i].tag == PL_T_RP)
		i++;
	/* (a time phrase before the object: "forced out on Wednesday more
	** than 1,000 refugees") */
	if (after_time(tok, i, n) != i) {
		i = after_time(tok, i, n);
		if (object_next(tok, i, n))
			return 1;
	}
	if (i >= n || time_word(&tok[i]))
		return 0;
	while (i + 1 < n && PL_TAG_IS_ADJ(tok[i].tag))
		i++;
	return PL_TAG_IS_NOUN(tok[i].tag);
}

static int is_finite(int tag);
static int opens_clause(const pl_token *t);

/* Verbs of naming and giving, whose participles take a noun after them:
** "a group called Hamas", "refugees granted asylum". */
static int takes_second_noun(const pl_token *t)
{
	static const char *const w[] = {"called", "named", "dubbed", "nicknamed", "titled",
		"entitled", "labelled", "labeled", "branded", "termed", "granted", "awarded",
		"offered", "handed", "promised", "allowed", "denied", "refused", "charged", NULL};
	return pl_in_list(t->low, w);
}

/* Verbs after which a noun phrase opens a clause of its own: "said the
** company hoped to ...". */
static int takes_clause(const pl_token *t)
{
	static const char *const w[] = {"said", "says", "say", "added", "adds", "believes",
		"believed", "believe", "thinks", "thought", "think", "claimed", "claims", "insisted",
		"insists", "argued", "argues", "warned", "warns", "stressed", "noted", "admitted",
		"suggested", "felt", "feels", "knew", "know", "knows", "hopes", "hoped", "fears",
		"feared", NULL};
	if (!t->low)   /* a token without text */
		return 0;
	return pl_in_list(t->low, w);
}

/* A subordinating word before a noun phrase: the phrase is a subject
** ("unless ministers backed down", "that ..."). */
static int subordinator(const pl_token *t)
{
	static const char *const w[] = {"that", "because", "while", "if", "unless", "although",
		"though", "since", "as", "until", "after", "before", "whether", "once", NULL};
	if (!t->low)   /* a token without text */
		return 0;
	return pl_in_list(t->low, w);
}

/* Where the noun phrase ending at tok[e] starts: the index of the word
** before it, or -1 at the sentence start; a determiner opens the phrase. */
static int np_left(const pl_token *tok, uint32_t e)
{
	int b = (int)e;
	while (b >= 0) {
		int t = tok[b].tag;
		if (time_word(&tok[b]) && (uint32_t)b < e)
			return b;   /* "On Monday Mr Howard" */
		if (t == PL_T_DT || t == PL_T_PRPS || (t == PL_T_PRP && (uint32_t)b == e))
			return b - 1;
		if (!(PL_TAG_IS_NOUN(t) || PL_TAG_IS_ADJ(t) || t == PL_T_POS || t == PL_T_CD))
			return b;
		b--;
	}
	return -1;
}

/* How the noun phrase ending at tok[e] stands in its sentence, from the
** word before it, over "of"-like chains ("the chairman of the Commission
** for Racial Equality"): 2 a subject (sentence start, a subordinator, a
** comma, a colon, a quote mark, a time phrase, a verb of saying), 1
** unclear (another finite verb: "they exclude goods shipped to ..."), 0 an
** object (of a verb form that is not finite, of "to", of a preposition
** after one). */
static int np_role(const pl_token *tok, uint32_t e)
{
	int b = np_left(tok, e), t, hops = 0;
	while (b > 0 && tok[b].tag == PL_T_IN && !subordinator(&tok[b]) && hops < 4 &&
	       (PL_TAG_IS_NOUN(tok[b - 1].tag) || tok[b - 1].tag == PL_T_PRP || tok[b - 1].tag == PL_T_CD)) {
		b = np_left(tok, (uint32_t)b - 1);
		hops++;
	}
	if (b < 0 || time_word(&tok[b]))
		return 2;
	t = tok[b].tag;
	if (t == PL_T_PPC || t == PL_T_PPS || t == PL_T_PPL || t == PL_T_PPR || t == PL_T_WRB ||
	    subordinator(&tok[b]) || takes_clause(&tok[b]) || t == PL_T_RRB)
		return 2;
	if (t == PL_T_IN || t == PL_T_TO || t == PL_T_VB || t == PL_T_VBG || t == PL_T_VBN)
		return 0;
	return 1;
}

/* Does the noun phrase ending at tok[e] follow a subordinator or a wh-
** adverb ("when police", "after the troops")? */
static int opened_by_subordinator(const pl_token *tok, uint32_t e)
{
	int l = np_left(tok, e);
	return l >= 0 && (uint32_t)l < e && (subordinator(&tok[l]) || tok[l].tag == PL_T_WRB);
}

/* Is there a finite verb after tok[i] that the subject before it would
** need as its verb, were tok[i] a participle ("men arrested in London were
** charged")?  A finite verb right after a relative pronoun or "that", or a
** verb of saying after a comma (", a statement said"), does not count;
** with `to_opener` the search stops where another clause opens. */
static int main_verb_after(const pl_token *tok, uint32_t i, uint32_t n, int to_opener)
{
	uint32_t j;
	int comma = 0;
	for (j = i + 1; j < n; j++) {
		if (to_opener && opens_clause(&tok[j]))
			return 0;
		if (tok[j].tag == PL_T_PPC)
			comma = 1;
		if (!is_finite(tok[j].tag))
			continue;
		if (tok[j - 1].tag == PL_T_WP || tok[j - 1].tag == PL_T_WDT || !strcmp(tok[j - 1].low, "that"))
			continue;
		if (comma && takes_clause(&tok[j]))
			continue;
		return 1;
	}
	return 0;
}

/* Is there a finite verb in tok[0..e)? */
static int finite_before(const pl_token *tok, uint32_t e)
{
	uint32_t b;
	for (b = 0; b < e; b++)
		if (is_finite(tok[b].tag))
			return 1;
	return 0;
}

/* From tok[i - 1] leftwards over what may stand between a subject and its
** verb: up to three adverbs, time words ("Mr Letwin today attacked"),
** quote marks and a bracketed aside ("the CRE (CRE) also called"); returns
** where the walk stops, and in *walked whether it moved. */
static uint32_t walk_to_subject(const pl_token *tok, uint32_t i, int *walked)
{
	uint32_t b = i - 1;
	int steps = 0;
	while (b > 0 && steps < 4) {
		const pl_token *t = &tok[b];
		if (t->tag == PL_T_RB || t->tag == PL_T_PPL || t->tag == PL_T_PPR ||
		    (PL_TAG_IS_NOUN(t->tag) && time_word(t) && b + 1 < i)) {
			b--;
			steps++;
			continue;
		}
		if (PL_TAG_IS_NOUN(t->tag) && time_word(t) && tok[b - 1].tag != PL_T_IN &&
		    tok[b - 1].tag != PL_T_DT && tok[b - 1].tag != PL_T_JJ) {
			b--;     /* "Nakasone today called for" */
			steps++;
			continue;
		}
		/* "The UN on Monday formally recognised": the "on" of a day
		** already walked over */
		if (!strcmp(t->low, "on") && b + 2 < i && time_word(&tok[b + 1]) && steps > 0) {
			b--;
			continue;
		}
		if ((t->tag == PL_T_RRB || !strcmp(t->low, ">")) && b > 2) {
			const char *open = t->tag == PL_T_RRB ? "(" : "<";
			uint32_t o = b - 1;
			while (o > 0 && strcmp(tok[o].low, open) && b - o < 8)
				o--;
			/* ("<Acme Mining Ltd> said": a wire's brackets round a
			** company's name hold the subject itself) */
			if (*open == '<' && !strcmp(tok[o].low, open) && b - o > 2) {
				b--;
				steps++;
				continue;
			}
			if (o > 0 && !strcmp(tok[o].low, open)) {
				b = o - 1;
				steps++;
				continue;
			}
		}
		break;
	}
	*walked = steps > 0;
	return b;
}

/* tok[c] is a comma closing an aside after a subject ("Mr Howard, the Tory
** leader, later criticised", "The businessman, whose venture is a casino,
** also voiced"): returns the subject's last token, or -1.  The aside holds
** no finite verb unless it is a relative clause; no finite verb comes
** before the subject. */
static int aside_subject(const pl_token *tok, uint32_t c)
{
	uint32_t o = c, j;
	int rel, fin = 0;
	while (o > 0 && tok[o - 1].tag != PL_T_PPC && c - o < 15)
		o--;
	if (o < 2 || tok[o - 1].tag != PL_T_PPC || o == c)
		return -1;
	o--;    /* the opening comma */
	rel = tok[o + 1].tag == PL_T_WP || tok[o + 1].tag == PL_T_WPS || tok[o + 1].tag == PL_T_WDT;
	for (j = o + 1; j < c; j++)
		if (is_finite(tok[j].tag))
			fin = 1;
	if (fin && !rel)
		return -1;
	if (!(PL_TAG_IS_NOUN(tok[o - 1].tag) || tok[o - 1].tag == PL_T_PRP))
		return -1;
	if (finite_before(tok, o - 1) && np_role(tok, o - 1) != 2)
		return -1;
	return (int)(o - 1);
}

static int nominative(const pl_token *t)
{
	static const char *const w[] = {"he", "she", "they", "we", "i", NULL};
	if (!t->low)   /* a token without text */
		return 0;
	return pl_in_list(t->low, w);
}

/*
** A past form tok[i] that the bigram model read as a participle: is it the
** finite verb of its clause?  The walk goes left over adverbs, time words,
** quote marks and brackets (walk_to_subject); what stands there decides:
**   - "he", "she", "they", "we", "I": always a subject;
**   - a relative "who"/"which": a subject ("who also met Mr Bush");
**   - a noun or pronoun: a subject when an object follows (a determiner,
**     number or pronoun at once; after adverbs, or when the phrase opens
**     its clause, also a name, a bare noun or adjectives and a noun: "Mr
**     Cable also attacked Labour's plans", "Iranian forces captured several
**     Iraqi posts"), a "that" clause or "to" + verb; after adverbs also when
**     the sentence has no other finite verb, or a preposition follows and no
**     finite verb later needs the subject ("Nakasone today called for");
**   - the comma closing an aside after the subject (aside_subject): as for
**     a noun after adverbs;
**   - "and"/"but" after a past tense, over adverbs ("met unions and later
**     criticised the plans"): when a determiner or no noun at all follows,
**     or a name after an adverb not in -ly ("and recently acquired Canadian
**     Pacific" and "and newly elected MPs" are noun phrases).
** "by" after the form keeps the participle, and so do an auxiliary ("has
** also attacked") or a determiner ("the newly elected") where the walk stops.
*/
static int past_after_subject(const pl_token *tok, uint32_t i, uint32_t n, int finite,
	int lastverb)
{
	uint32_t b;
	int st, walked, role, wide;
	if (i + 1 < n && !strcmp(tok[i + 1].low, "by"))
		return 0;
	/* a capital inside a name: "<America First Federally Guaranteed
	** Mortgage Fund>" */
	if ((tok[i].flags & PL_TOK_CAP) && (tok[i - 1].flags & PL_TOK_CAP))
		return 0;
	b = walk_to_subject(tok, i, &walked);
	st = tok[b].tag;
	if (st == PL_T_PRP && nominative(&tok[b]))
		return 1;
	if (st == PL_T_WP || st == PL_T_WDT)
		return 1;
	if (st == PL_T_PPC) {
		int s = aside_subject(tok, b);
		if (s < 0)
			return 0;
		b = (uint32_t)s;
		walked = 1;
		st = tok[b].tag;
	} else if (st == PL_T_CC) {
		uint32_t j = i + 1;
		const pl_token *adv = &tok[i - 1];
		int ly = adv->s && adv->len > 2 && adv->s[adv->len - 2] == 'l' && adv->s[adv->len - 1] == 'y';
		if (!walked || lastverb != PL_T_VBD || (strcmp(tok[b].low, "and") && strcmp(tok[b].low, "but")))
			return 0;
		if (j < n && tok[j].tag == PL_T_RP)
			j++;
		return object_next(tok, i + 1, n) || j >= n ||
		       (!ly && (tok[j].tag == PL_T_NNP || tok[j].tag == PL_T_NNPS)) ||
		       !(PL_TAG_IS_NOUN(tok[j].tag) || PL_TAG_IS_ADJ(tok[j].tag));
	}
	if (!(PL_TAG_IS_NOUN(st) || st == PL_T_PRP))
		return 0;
	if (walked && object_next(tok, i + 1, n))
		return 1;
	role = np_role(tok, b);
	wide = object_after_adverbs(tok, i + 1, n);
	if (walked) {
		if (role == 0)
			return 0;
		return wide || (i + 1 < n && !strcmp(tok[i + 1].low, "that")) ||
		       (i + 2 < n && tok[i + 1].tag == PL_T_TO && tok[i + 2].tag == PL_T_VB) ||
		       !finite ||
		       (role == 2 && (i + 1 >= n || tok[i + 1].tag == PL_T_IN || tok[i + 1].tag == PL_T_RP) &&
		        !main_verb_after(tok, i, n, 0));
	}
	/* right after the noun: the phrase must open its clause, and no
	** finite verb may follow that it would need */
	if (role != 2)
		return 0;
	/* ... or, with no finite verb after it anywhere in the sentence, a
	** preposition, a particle or the end ("when police fired on the
	** crowd", "as delegates gathered in Geneva") */
	return (((wide && !takes_second_noun(&tok[i])) || (i + 1 < n && !strcmp(tok[i + 1].low, "that")) ||
	         (i + 2 < n && tok[i + 1].tag == PL_T_TO && tok[i + 2].tag == PL_T_VB)) &&
	        !main_verb_after(tok, i, n, 1)) ||
	       ((i + 1 >= n || tok[i + 1].tag == PL_T_IN || tok[i + 1].tag == PL_T_RP ||
	         tok[i + 1].tag == PL_T_PPS) && opened_by_subordinator(tok, b) &&
	        !main_verb_after(tok, i, n, 0));
}

/* Does the past form at i, right after "and" or "but", go on as a verb of
** its own: a preposition other than "by", "to" or an object after it ("said
** workers did not want to strike and called for talks": the verb before,
** "want", is no past form, but the clause's finite verb is, and "called"
** shares its subject, not an auxiliary)?  The caller checks that the last
** finite verb was a past tense that is no auxiliary of a passive or a
** perfect ("was attacked and looted", "had met him and agreed"). */
static int and_past(const pl_token *tok, uint32_t i, uint32_t n)
{
	if (strcmp(tok[i - 1].low, "and") && strcmp(tok[i - 1].low, "but"))
		return 0;
	if (i + 1 >= n || !strcmp(tok[i + 1].low, "by"))
		return 0;
	return tok[i + 1].tag == PL_T_IN || tok[i + 1].tag == PL_T_TO || object_next(tok, i + 1, n);
}

/* Does the verb at i follow "did", adverbs between ("did not want")? */
static int after_did(const pl_token *tok, uint32_t i)
{
	while (i > 0 && tok[i - 1].tag == PL_T_RB)
		i--;
	return i > 0 && pl_eq(tok[i - 1].low, "did");
}

/* A word of four letters or more in -ed ("abducted", "injured"), in lower
** case.  (An ASCII token's lower case is as long as its text: no strlen for
** most, asked of every noun and adjective.) */
static int ends_in_ed(const pl_token *t)
{
	const char *w = t->low;
	size_t n = pl_tok_ascii(t) ? t->len : strlen(w);
	return n > 3 && w[n - 2] == 'e' && w[n - 1] == 'd';
}

/* Is tok[i] the only past participle right after a noun in tok[0..n)?
** ("goods intercepted at the borders increased by 800%, it said" has two,
** and which is the verb the words alone do not say.) */
static int lone_participle(const pl_token *tok, uint32_t i, uint32_t n)
{
	uint32_t k;
	for (k = 1; k < n; k++)
		if (k != i && tok[k].tag == PL_T_VBN && PL_TAG_IS_NOUN(tok[k - 1].tag))
			return 0;
	return 1;
}

/*
** "The economy expanded at an annual rate of 3.7%, the department said",
** "The draft called for the removal of all missiles, Mr Glitman added": a
** past form read as a participle after the noun phrase that opens the
** sentence, where the only finite verb is the report at the end (", X
** said"), is the sentence's verb -- a reduced relative ("goods seized at
** the border") needs a finite verb of its own clause after it.
*/
static int past_before_report(const pl_token *tok, uint32_t i, uint32_t n)
{
	uint32_t j;
	int comma = 0, report = 0;
	if (!PL_TAG_IS_NOUN(tok[i - 1].tag) || (i + 1 < n && !strcmp(text_of(&tok[i + 1]), "by")))
		return 0;
	/* (the report itself must be there: a headline's "Activist
	** released in case that ..." is a passive) */
	for (j = i + 1; j < n && !report; j++) {
		if (tok[j].tag == PL_T_PPC)
			comma = 1;
		report = comma && is_finite(tok[j].tag) && takes_clause(&tok[j]);
	}
	if (!report)
		return 0;
	return np_role(tok, i - 1) == 2 && !opened_by_subordinator(tok, i - 1) &&
	       np_left(tok, i - 1) < 0 && !finite_before(tok, i) && !main_verb_after(tok, i, n, 0) &&
	       lone_participle(tok, i, n);
}

/* The tags fix_vbn() may change or remember (bit t: tag t): the verbs, the
** modal, the singular common noun and the adjective. */
#define FIX_VBN_TAGS (((1ull << (PL_T_VBZ + 1)) - (1ull << PL_T_VB)) | 1ull << PL_T_MD | \
                      1ull << PL_T_NN | 1ull << PL_T_JJ)
_Static_assert(PL_T__COUNT <= 64, "a tag set is one 64-bit word");

/* `has` is the set of the tags in tok[0..n) (whether any is finite is read
** from it, not from another walk of the sentence); returns the set of tags
** it wrote. */
static uint64_t fix_vbn(pl_token *tok, uint32_t n, const cand *const *cl,
	const uint8_t *ncl, uint64_t has)
{
	uint32_t i;
	int finite = (has & (TAG_BIT(PL_T_VBD) | TAG_BIT(PL_T_VBZ) | TAG_BIT(PL_T_VBP) |
	                     TAG_BIT(PL_T_MD))) != 0;
	int lastverb = 0, lastpast = 0;
	uint64_t wrote = 0;
	for (i = 1; i < n; i++) {
		int tg = tok[i].tag, prev = tok[i - 1].tag, was;
		/* every rule below starts from a verb, a modal, a common noun or
		** an adjective; the names, determiners, prepositions and marks
		** that make most of a sentence pass with one test */
		if (!(FIX_VBN_TAGS >> tg & 1u))
			continue;
		was = tg;
		/* a plural noun read as a verb before a past form: "Calenardhon
		** crowds burned down", "rebel fighters seized" */
		if (tg == PL_T_VBZ && i + 1 < n && can_be(cl[i], ncl[i], PL_T_NNS) &&
		    (tok[i + 1].tag == PL_T_VBD || tok[i + 1].tag == PL_T_VBN) &&
		    prev != PL_T_PRP && prev != PL_T_WDT && prev != PL_T_WP && prev != PL_T_NNS &&
		    !is_be_form(tok[i].low) && strcmp(tok[i].low, "has") && strcmp(tok[i].low, "does") &&
		    strcmp(tok[i].low, "gets")) {
			tok[i].tag = tg = PL_T_NNS;
			wrote |= TAG_BIT(PL_T_NNS);
			continue;
		}
		/* "tapped all communication links leading into ...": after a verb,
		** a noun-noun compound's head read as a verb */
		if (tg == PL_T_VBZ && i + 1 < n && can_be(cl[i], ncl[i], PL_T_NNS) && prev == PL_T_NN &&
		    /* never an auxiliary: "this one is for you" */
		    strcmp(tok[i].low, "is") != 0 && strcmp(tok[i].low, "has") != 0 &&
		    strcmp(tok[i].low, "does") != 0 &&
		    (tok[i + 1].tag == PL_T_VBG || tok[i + 1].tag == PL_T_IN) && i >= 2 &&
		    (tok[i - 2].tag == PL_T_DT || tok[i - 2].tag == PL_T_JJ || tok[i - 2].tag == PL_T_PRPS)) {
			uint32_t b;
			int before = 0;
			for (b = 0; b + 2 < i; b++)
				if (is_finite(tok[b].tag))
					before = 1;
			if (before) {
				tok[i].tag = tg = PL_T_NNS;
				wrote |= TAG_BIT(PL_T_NNS);
				continue;
			}
		}
		/* the first verb of a sentence that opens with a noun phrase,
		** followed by its object: a past tense whatever the form ("Ethiopia
		** broken down a treaty" in hurried copy) */
		if (tg == PL_T_VBN && !can_be(cl[i], ncl[i], PL_T_VBD) && !regular(&tok[i]) &&
		    PL_TAG_IS_NOUN(prev) && object_next(tok, i + 1, n)) {
			uint32_t b = 0;
			while (b < i && (PL_TAG_IS_NOUN(tok[b].tag) || tok[b].tag == PL_T_DT ||
			       tok[b].tag == PL_T_JJ))
				b++;
			if (b == i) {
				tok[i].tag = PL_T_VBD;
				wrote |= TAG_BIT(PL_T_VBD);
				finite = 1;
				continue;
			}
		}
		if (tg == PL_T_VBN && (can_be(cl[i], ncl[i], PL_T_VBD) || regular(&tok[i]))) {
			if (past_after_subject(tok, i, n, finite, lastverb)) {
				tok[i].tag = PL_T_VBD;
				finite = 1;
			}
			if (tok[i].tag != PL_T_VBN) {
				/* done */
			} else if (!finite && (PL_TAG_IS_NOUN(prev) || prev == PL_T_PRP)) {
				tok[i].tag = PL_T_VBD;
				finite = 1;
			} else if (past_before_report(tok, i, n)) {
				/* (a plural's present: "These talks come at a
				** delicate time") */
				tok[i].tag = prev == PL_T_NNS && !regular(&tok[i]) &&
				             can_be(cl[i], ncl[i], PL_T_VBP) ? PL_T_VBP : PL_T_VBD;
			} else if (prev == PL_T_CC && lastverb == PL_T_VBD) {
				tok[i].tag = PL_T_VBD;
			} else if (prev == PL_T_CC && lastpast && and_past(tok, i, n)) {
				tok[i].tag = PL_T_VBD;
			} else if ((PL_TAG_IS_NOUN(prev) || prev == PL_T_PRP) && object_next(tok, i + 1, n)) {
				tok[i].tag = PL_T_VBD;
			}
		}
		/* "has celebrated Eid": after a form of "have", a word read as an
		** adjective that may be a participle is one */
		if (tg == PL_T_JJ && (can_be(cl[i], ncl[i], PL_T_VBN) || regular(&tok[i]))) {
			uint32_t b = i;
			while (b > 0 && tok[b - 1].tag == PL_T_RB)
				b--;
			if (b > 0 && (pl_eq(tok[b - 1].low, "has") || pl_eq(tok[b - 1].low, "have") ||
			    pl_eq(tok[b - 1].low, "had")))
				tok[i].tag = tg = PL_T_VBN;
		}
		/* "condemned an attack ... and promised aid": after "and", a past
		** form read as an adjective before its object is a verb when the
		** verb before was a past tense */
		if (tg == PL_T_JJ && prev == PL_T_CC && lastverb == PL_T_VBD && can_be(cl[i], ncl[i], PL_T_VBD) &&
		    i + 1 < n && (PL_TAG_IS_NOUN(tok[i + 1].tag) || object_next(tok, i + 1, n)) &&
		    !strcmp(tok[i - 1].low, "and")) {
			/* "killed three and injured ten", "promised aid" */
			tok[i].tag = tg = PL_T_VBD;
		}
		/* "welcomed memos sent by Bree": a past form after a noun and
		** before "by", with a finite verb before it, is a participle */
		if (tg == PL_T_VBD && PL_TAG_IS_NOUN(prev) && i + 1 < n && pl_eq(tok[i + 1].low, "by") &&
		    can_be(cl[i], ncl[i], PL_T_VBN)) {
			uint32_t b;
			int before = 0;
			for (b = 0; b + 1 < i; b++)
				if (is_finite(tok[b].tag))
					before = 1;
			if (before)
				tok[i].tag = tg = PL_T_VBN;
		}
		/* after a form of "be" (adverbs between allowed), a word in -ed
		** read as a noun or adjective is a passive participle: "were
		** abducted", "was badly injured" */
		if ((tg == PL_T_NN || tg == PL_T_JJ) && ends_in_ed(&tok[i])) {
			uint32_t b = i;
			while (b > 0 && tok[b - 1].tag == PL_T_RB)
				b--;
			if (b > 0 && is_be_form(tok[b - 1].low))
				tok[i].tag = PL_T_VBN;
		}
		if (tok[i].tag != was)
			wrote |= TAG_BIT(tok[i].tag);
		if (PL_TAG_IS_VERB(tok[i].tag) || tok[i].tag == PL_T_MD)
			lastverb = tok[i].tag;
		/* (the verb after "did" is read as a present: "did not want" stays
		** a past) */
		if (is_finite(tok[i].tag) && !after_did(tok, i))
			lastpast = tok[i].tag == PL_T_VBD && !is_be_form(tok[i].low) &&
			           !pl_eq(tok[i].low, "had");
	}
	return wrote;
}

static int is_finite(int tag)
{
	return tag == PL_T_VBD || tag == PL_T_VBZ || tag == PL_T_VBP || tag == PL_T_MD;
}

/* Words that open a clause of their own after a main clause. */
static int opens_clause(const pl_token *t)
{
	static const char *const w[] = {"after", "before", "when", "while", "because", "since",
		"as", "if", "until", "although", "though", "whereas", "that", "which", "who", NULL};
	if (!t->low)   /* a token without text */
		return 0;
	if (t->tag == PL_T_WDT || t->tag == PL_T_WP || t->tag == PL_T_WRB || !strcmp(t->low, ","))
		return 1;
	return pl_in_list(t->low, w);
}

/*
** A main clause with no finite verb, opening with a name ("Ethiopia departs
** from Libya ...", "Ethiopia act on a resolution ..."): the word after the
** name that may be a present-tense verb, followed by a preposition, a
** determiner or "to", is that verb -- when no finite verb comes before the
** clause ends ("US trade with China grew" keeps its noun).
*/
static uint64_t fix_verbless(pl_token *tok, uint32_t n, const cand *const *cl, const uint8_t *ncl)
{
	uint32_t i = 0, j;
	int next;
	while (i < n && (tok[i].tag == PL_T_NNP || tok[i].tag == PL_T_NNPS || tok[i].tag == PL_T_DT))
		i++;
	if (i == 0 || i + 1 >= n || tok[i - 1].tag == PL_T_DT)
		return 0;
	if (tok[i].tag != PL_T_NN && tok[i].tag != PL_T_NNS && tok[i].tag != PL_T_VBN)
		return 0;
	next = tok[i + 1].tag;
	if (tok[i].tag == PL_T_VBN) {
		/* "Ethiopia broken down with Libya": the clause's only verb; a
		** headline's passive ("Ethiopia hit by floods") keeps its form */
		if (!strcmp(tok[i + 1].low, "by"))
			return 0;
		for (j = i + 1; j < n && !opens_clause(&tok[j]); j++)
			if (is_finite(tok[j].tag))
				return 0;
		tok[i].tag = PL_T_VBD;
		return TAG_BIT(PL_T_VBD);
	}
	/* "Mali cut ties with France", "Israel hit targets in Gaza": a past
	** form that is also a noun, before its object */
	if (tok[i].tag == PL_T_NN && can_be(cl[i], ncl[i], PL_T_VBD) &&
	    (next == PL_T_NNS || next == PL_T_PRPS || next == PL_T_CD)) {
		for (j = i + 1; j < n && !opens_clause(&tok[j]); j++)
			if (is_finite(tok[j].tag))
				return 0;
		tok[i].tag = PL_T_VBD;
		return TAG_BIT(PL_T_VBD);
	}
	if (next != PL_T_IN && next != PL_T_DT && next != PL_T_TO)
		return 0;
	for (j = i + 1; j < n && !opens_clause(&tok[j]); j++)
		if (is_finite(tok[j].tag))
			return 0;
	if (tok[i].tag == PL_T_NNS && can_be(cl[i], ncl[i], PL_T_VBZ))
		tok[i].tag = PL_T_VBZ;
	else if (tok[i].tag == PL_T_NN && can_be(cl[i], ncl[i], PL_T_VBP))
		tok[i].tag = PL_T_VBP;
	else
		return 0;
	return TAG_BIT(tok[i].tag);
}

/*
** A modal is followed by a bare verb: "they would boycott the vote", "it
** will blockade the port" -- a word read as a noun right after the modal
** (or after "not" and adverbs) is that verb when a determiner, a pronoun,
** a name or a number follows it, as an object does (the lexicon knows
** "boycott" and "blockade" only as nouns).  After a modal that is never a
** noun and follows its subject, a bare noun or an adjective with its noun
** is an object too: "would boycott parliament", "will boycott Israeli
** goods" (not a day: "would today ...").
*/
/* Particles of phrasal verbs that may stand between a verb and its object. */
static int is_particle(const char *w)
{
	static const char *const p[] = {"over", "up", "down", "off", "out", "back", "away", NULL};
	return pl_in_list(w, p);
}

/* Is tok[i] a modal of the future or of a condition ("would", "will",
** "could", "should", "shall", "'ll"; not "may", "can", "might", which are
** spelt as nouns too) right after its subject, a noun or a pronoun ("the
** will of the people", "political will" follow no subject)? */
static int bare_object_modal(const pl_token *tok, uint32_t i)
{
	static const char *const m[] = {"would", "will", "could", "should", "shall", "'ll", NULL};
	int p;
	if (i == 0 || !pl_in_list(tok[i].low, m))
		return 0;
	p = tok[i - 1].tag;
	return p == PL_T_PRP || p == PL_T_NN || p == PL_T_NNS || p == PL_T_NNP || p == PL_T_NNPS;
}

static void fix_after_modal(pl_token *tok, uint32_t n)
{
	static const char *const days[] = {"today", "tomorrow", "tonight", "yesterday", NULL};
	uint32_t i, j, nx;
	for (i = 0; i + 2 < n; i++) {
		int next;
		if (tok[i].tag != PL_T_MD)
			continue;
		j = i + 1;
		while (j + 1 < n && (tok[j].tag == PL_T_RB || !strcmp(tok[j].low, "not") ||
		       !strcmp(tok[j].low, "n't"))) {
			/* "would not only boycott": "only" is an adverb there */
			if (!strcmp(tok[j].low, "not") && !strcmp(tok[j + 1].low, "only"))
				tok[j + 1].tag = PL_T_RB;
			j++;
		}
		if (tok[j].tag != PL_T_NN || j + 1 >= n)
			continue;
		nx = j + 1;
		/* "will not hand over the suspects", "would give up its
		** weapons": a particle between the verb and its object */
		if (j + 2 < n && (tok[nx].tag == PL_T_IN || tok[nx].tag == PL_T_RP) &&
		    is_particle(tok[nx].low))
			nx = j + 2;
		next = tok[nx].tag;
		if (next == PL_T_DT || next == PL_T_PRP || next == PL_T_PRPS || next == PL_T_NNP ||
		    next == PL_T_NNPS || next == PL_T_CD || (bare_object_modal(tok, i) &&
		    !pl_in_list(tok[j].low, days) && (next == PL_T_NN || next == PL_T_NNS ||
		    (next == PL_T_JJ && nx + 1 < n && (tok[nx + 1].tag == PL_T_NN ||
		                                      tok[nx + 1].tag == PL_T_NNS)))))
			tok[j].tag = PL_T_VB;
	}
}

/* Verbs that take a clause without "that" or no noun phrase object at
** all, so that a name after them may be a subject: "said Labour plans to
** ...", "it emerged Labour plans to ...", "is Labour plans". */
static int no_np_object(const pl_token *t)
{
	static const char *const w[] = {"has", "have", "had", "does", "do", "did", "expect",
		"expects", "expected", "doubt", "doubts", "predicted", "predicts", "assumed", "hear",
		"heard", "see", "saw", "sees", "reported", "reports", "announced", "announces",
		"confirmed", "confirms", "denied", "denies", "revealed", "reveals", "showed",
		"shows", "emerged", "emerges", "appears", "appeared", "seems", "seemed", "means",
		"meant", "realised", "realized", "recognised", "recognized", "acknowledged",
		"accepted", "accepts", "agreed", "agrees", "conceded", "concedes", "indicated",
		"indicates", "estimated", "estimates", "reckons", "reckoned", "understands",
		"understood", "learned", "learnt", "found", "finds", "discovered", "complained",
		"explained", "declared", "maintained", "maintains", "stated", "states", "signalled",
		"implied", "told", "tells", "understand", "worried", "worries", "guessed",
		"predict", "reveal", "show", "mean", NULL};
	return is_be_form(t->low) || takes_clause(t) || pl_in_list(t->low, w);
}

/*
** A word read as a verb right after a determiner or a possessive ("handed
** the suspect over", "branded the plans a shambles", "the government's
** claims") heads a noun phrase: no verb follows "the", "a", "an", "his",
** "its", "their", "our", "my", "your" or a possessive "'s".  ("her" may
** be an object: "told her plans" stays as it is read.)
*/
static uint64_t fix_after_determiner(pl_token *tok, uint32_t n, const cand *const *cl,
	const uint8_t *ncl)
{
	static const char *const det[] = {"the", "a", "an", "his", "its", "their", "our", "my",
		"your", NULL};
	static pl_wordset det_set = PL_WORDSET(det);
	uint32_t i;
	uint64_t wrote = 0;
	for (i = 1; i < n; i++) {
		pl_token *t = &tok[i];
		const pl_token *p = &tok[i - 1];
		if (t->tag != PL_T_VBZ && t->tag != PL_T_VBP && t->tag != PL_T_VB)
			continue;   /* (before the word set is asked of each determiner) */
		if (!(p->tag == PL_T_POS || ((p->tag == PL_T_DT || p->tag == PL_T_PRPS) &&
		                              pl_in_set(&det_set, p->low))))
			continue;
		if (t->tag == PL_T_VBZ && can_be(cl[i], ncl[i], PL_T_NNS))
			t->tag = PL_T_NNS;
		else if ((t->tag == PL_T_VBP || t->tag == PL_T_VB) && can_be(cl[i], ncl[i], PL_T_NN))
			t->tag = PL_T_NN;
		else
			continue;
		wrote |= TAG_BIT(t->tag);
	}
	return wrote;
}

/*
** "Jack Straw refused to sanction an attack", "agreed to tax the banks": a
** noun right after the "to" of a verb ("refused to", "agreed to") that an
** object follows (a determiner, a possessive, a number) is the infinitive's
** verb, when the lexicon knows it as one or knows its past ("sanctioned").
*/
static int past_known(const pl_tagger *t, const pl_token *w)
{
	char buf[MAXWORD + 3];
	const entry *e;
	size_t n = w->len;
	uint32_t k;
	if (n < 3 || n >= MAXWORD || !w->s)
		return 0;
	memcpy(buf, w->low, n);
	if (buf[n - 1] != 'e')
		buf[n++] = 'e';
	buf[n++] = 'd';
	if (!(e = lookup(t, buf, n)))
		return 0;
	for (k = 0; k < e->n; k++)
		if (t->cand[e->off + k].tag == PL_T_VBD || t->cand[e->off + k].tag == PL_T_VBN)
			return 1;
	return 0;
}

static void fix_after_to(const pl_tagger *t, pl_token *tok, uint32_t n, const cand *const *cl,
	const uint8_t *ncl)
{
	uint32_t i;
	for (i = 2; i + 1 < n; i++) {
		int next = tok[i + 1].tag;
		if (tok[i].tag != PL_T_NN || tok[i - 1].tag != PL_T_TO || !PL_TAG_IS_VERB(tok[i - 2].tag) ||
		    !(can_be(cl[i], ncl[i], PL_T_VB) || past_known(t, &tok[i])))
			continue;
		if (next == PL_T_DT || next == PL_T_PRPS || next == PL_T_CD)
			tok[i].tag = PL_T_VB;
	}
}

/*
** "North Korea test-fired a missile", "the rebels re-took the town": a
** hyphenated word in lower case that the lexicon does not know, read as a
** noun or an adjective right after a noun or a pronoun that opens its
** clause and right before an object (a determiner, a possessive, a
** number), is a past verb when the part after its last hyphen is one the
** lexicon knows as a past tense ("fired").
*/
static void fix_hyphen_past(const pl_tagger *t, pl_token *tok, uint32_t n)
{
	uint32_t i, k;
	for (i = 1; i + 1 < n; i++) {
		pl_token *w = &tok[i];
		const char *h;
		const entry *e;
		int p = tok[i - 1].tag, next = tok[i + 1].tag, past = 0;
		/* (the tags first: they turn away nearly every word) */
		if (!(next == PL_T_DT || next == PL_T_PRPS || next == PL_T_CD) ||
		    !(w->tag == PL_T_NN || w->tag == PL_T_JJ) ||
		    !(p == PL_T_NNP || p == PL_T_NNPS || p == PL_T_NNS || p == PL_T_NN || p == PL_T_PRP) ||
		    !w->s || w->len >= MAXWORD || (w->flags & PL_TOK_CAP))
			continue;
		for (h = w->low + w->len - 1; h > w->low && *h != '-'; h--)
			;
		if (h == w->low || (size_t)(h - w->low) + 3 >= w->len)
			continue;
		if (lookup(t, w->low, w->len) || !(e = lookup(t, h + 1, w->len - (size_t)(h + 1 - w->low))))
			continue;
		for (k = 0; k < e->n; k++)
			if (t->cand[e->off + k].tag == PL_T_VBD)
				past = 1;
		if (past)
			w->tag = PL_T_VBD;
	}
}

/* Does the lexicon know a verb that w, a word ending in "ing", is the
** present participle of ("arming": arm, "shelling": shell, "making": make,
** "shipping": ship)?  A verb's base or its past must be listed as a verb. */
static int ing_of_verb(const pl_tagger *t, const pl_token *w)
{
	char buf[MAXWORD + 3];
	size_t n = w->len, m, v;
	uint32_t k;
	if (n < 6 || n >= MAXWORD || !w->s || memcmp(w->low + n - 3, "ing", 3))
		return 0;
	m = n - 3;
	for (v = 0; v < 4; v++) {
		size_t len = m;
		const entry *e;
		memcpy(buf, w->low, m);
		if (v == 1)
			buf[len++] = 'e';                       /* mak-ing: make */
		else if (v == 2) {
			if (m < 3 || buf[m - 1] != buf[m - 2])  /* shipp-ing: ship */
				continue;
			len--;
		} else if (v == 3) {
			memcpy(buf + len, "ed", 2);             /* arm-ed */
			len += 2;
		}
		if (!(e = lookup(t, buf, len)))
			continue;
		for (k = 0; k < e->n; k++) {
			int tag = t->cand[e->off + k].tag;
			if (v == 3 ? (tag == PL_T_VBD || tag == PL_T_VBN) :
			             (tag == PL_T_VB || tag == PL_T_VBP))
				return 1;
		}
	}
	return 0;
}

/*
** "Russia has been arming the rebels", "they are shelling the town": a word
** in "-ing" that the lexicon knows only as a noun, right after a form of
** "be" (an adverb may come between), is the progressive's participle when
** it is the participle of a known verb, a name, a plural, a pronoun or
** "has" comes before "be", and an object follows it (a determiner, a
** possessive, a number, a name).
*/
static void fix_progressive(const pl_tagger *t, pl_token *tok, uint32_t n)
{
	uint32_t i, j;
	int p;
	for (i = 1; i + 1 < n; i++) {
		int next = tok[i + 1].tag;
		if (tok[i].tag != PL_T_NN || !(next == PL_T_DT || next == PL_T_PRPS ||
		    next == PL_T_CD || next == PL_T_NNP || next == PL_T_NNPS))
			continue;
		j = i - 1;
		if (tok[j].tag == PL_T_RB && j > 0)
			j--;
		if (!tok[j].s || !is_be_form(tok[j].low) || !ing_of_verb(t, &tok[i]) || j == 0)
			continue;
		/* the subject right before: a name, a plural, a pronoun, or a
		** perfect ("has been arming"); not "the problem is funding
		** the schools", where the "-ing" word names what the problem is */
		p = tok[j - 1].tag;
		if (!(p == PL_T_NNP || p == PL_T_NNPS || p == PL_T_NNS || p == PL_T_PRP ||
		      (pl_eq(tok[j].low, "been") && tok[j - 1].s &&
		       (pl_eq(tok[j - 1].low, "has") || pl_eq(tok[j - 1].low, "have") ||
		        pl_eq(tok[j - 1].low, "had")))))
			continue;
		tok[i].tag = PL_T_VBG;
	}
}

/*
** "Michael Howard branded the plans a shambles": a regular past form read
** as an adjective right after the names that open the sentence, before an
** object (a determiner, a pronoun, a name), is the sentence's verb when no
** finite verb follows in its clause.
*/
static void fix_past_after_name(pl_token *tok, uint32_t n)
{
	uint32_t i = 0, j;
	int next;
	if (n > 1 && tok[0].tag == PL_T_DT)
		i++;
	/* (names, or a capitalised plural: "The Tories branded") */
	while (i < n && (tok[i].tag == PL_T_NNP || tok[i].tag == PL_T_NNPS ||
	                 (tok[i].tag == PL_T_NNS && (tok[i].flags & PL_TOK_CAP))))
		i++;
	if (i == 0 || tok[i - 1].tag == PL_T_DT || i + 1 >= n || tok[i].tag != PL_T_JJ ||
	    !regular(&tok[i]))
		return;
	next = tok[i + 1].tag;
	/* (or a bare noun, a plural, a number: "Thailand sheltered thousands
	** of refugees", "Sweden granted asylum"; with no finite verb after it
	** the sentence would have none) */
	if (next != PL_T_DT && next != PL_T_PRP && next != PL_T_PRPS && next != PL_T_NNP &&
	    next != PL_T_NNS && next != PL_T_NN && next != PL_T_CD)
		return;
	for (j = i + 1; j < n && !opens_clause(&tok[j]); j++)
		if (is_finite(tok[j].tag))
			return;
	tok[i].tag = PL_T_VBD;
}

/*
** "And he branded the response piecemeal", "but Tory Dominic Grieve
** branded the way ...", "when Saints astounded the football world": a
** regular past form read as an adjective or a noun right after a subject --
** "he", "she", "they", "we", "I", or a name (capitalised words) that opens
** its clause after "and", "but", a comma or a subordinator -- and before an
** object (a determiner, a number, a pronoun) is the clause's verb when no
** finite verb follows in the clause.  fix_past_after_name covers the
** sentence's first clause; a common noun before the form ("a move branded
** a retreat") keeps the participle's reading.
*/
static void fix_past_in_clause(pl_token *tok, uint32_t n)
{
	uint32_t i, b, j;
	for (i = 1; i + 1 < n; i++) {
		int subject = 0;
		if ((tok[i].tag != PL_T_JJ && tok[i].tag != PL_T_NN) || (tok[i].flags & PL_TOK_CAP) ||
		    !regular(&tok[i]) || !strcmp(text_of(&tok[i + 1]), "by") || !object_next(tok, i + 1, n))
			continue;
		if (tok[i - 1].tag == PL_T_PRP && nominative(&tok[i - 1])) {
			subject = 2;
		} else {
			for (b = i; b > 0 && (tok[b - 1].tag == PL_T_NNP || tok[b - 1].tag == PL_T_NNPS ||
			     ((tok[b - 1].flags & PL_TOK_CAP) && tok[b - 1].tag == PL_T_NNS)); b--)
				;
			subject = b < i && b > 0 && (!strcmp(text_of(&tok[b - 1]), "and") ||
			          !strcmp(text_of(&tok[b - 1]), "but") || tok[b - 1].tag == PL_T_PPC ||
			          subordinator(&tok[b - 1]) || tok[b - 1].tag == PL_T_WRB);
		}
		if (!subject)
			continue;
		/* (after "he" the form is the verb whatever follows: "she
		** branded the tax plans a betrayal") */
		if (subject == 2) {
			tok[i].tag = PL_T_VBD;
			continue;
		}
		for (j = i + 1; j < n && !opens_clause(&tok[j]); j++)
			if (is_finite(tok[j].tag))
				break;
		if (j < n && !opens_clause(&tok[j]))
			continue;
		tok[i].tag = PL_T_VBD;
	}
}

/* Does an object open at token i with an adjective ("tortured political
** prisoners", "expelled foreign journalists"): an adjective then a plural
** noun?  Not a time ("the plan announced last week", "early years"). */
static int adjective_object(const pl_token *tok, uint32_t n, uint32_t i)
{
	static const char *const when[] = {"last", "next", "early", "late", "earlier", "later",
		"recent", "previous", "past", NULL};
	return i + 1 < n && tok[i].tag == PL_T_JJ && !pl_in_list(tok[i].low, when) &&
	       tok[i + 1].tag == PL_T_NNS;
}

/*
** "Israeli troops tortured the prisoners", "Security forces tortured the
** detainees": a regular past form read as an adjective after the common
** noun phrase that opens the sentence (adjectives and nouns, ending in a
** noun; a plural there may have been read as a present verb, "forces"),
** before an object (a determiner, a pronoun, a name, a number), is the
** sentence's verb when no other finite verb comes in its clause.
*/
static uint64_t fix_past_after_subject(pl_token *tok, uint32_t n, const cand *const *cl,
	const uint8_t *ncl)
{
	uint32_t i = 0, j;
	int next, plural_verb = 0;
	if (n > 1 && tok[0].tag == PL_T_DT)
		i++;
	while (i < n && (PL_TAG_IS_NOUN(tok[i].tag) || PL_TAG_IS_ADJ(tok[i].tag)) &&
	       !(i > 0 && PL_TAG_IS_NOUN(tok[i - 1].tag) && tok[i].tag == PL_T_JJ && regular(&tok[i])))
		i++;
	/* "Security forces": the head noun taken for a present verb */
	if (i > 0 && i + 1 < n && tok[i].tag == PL_T_VBZ && PL_TAG_IS_NOUN(tok[i - 1].tag) &&
	    tok[i + 1].tag == PL_T_JJ && can_be(cl[i], ncl[i], PL_T_NNS)) {
		plural_verb = 1;
		i++;
	}
	if (i < 2 || i + 1 >= n || tok[i].tag != PL_T_JJ || !regular(&tok[i]) ||
	    !PL_TAG_IS_NOUN(plural_verb ? PL_T_NNS : tok[i - 1].tag))
		return 0;
	next = tok[i + 1].tag;
	if (next != PL_T_DT && next != PL_T_PRP && next != PL_T_PRPS && next != PL_T_NNP &&
	    next != PL_T_CD && !((next == PL_T_NNS || next == PL_T_NN) && !plural_verb) &&
	    !adjective_object(tok, n, i + 1))
		return 0;
	for (j = i + 1; j < n && !opens_clause(&tok[j]); j++)
		if (is_finite(tok[j].tag))
			return 0;
	if (plural_verb)
		tok[i - 1].tag = PL_T_NNS;
	tok[i].tag = PL_T_VBD;
	return TAG_BIT(PL_T_VBD) | (plural_verb ? TAG_BIT(PL_T_NNS) : 0);
}

/*
** "Authorities imposed a curfew", "Farmers blocked the road": a capitalised
** plural read as a name at the start of the sentence, right before a finite
** verb, is the common noun when the lexicon has seen it as a plural noun and
** knows its lower-case form as one and never as a name ("Gates said",
** "Woods said" keep theirs).
*/
static uint64_t fix_initial_plural(const pl_tagger *t, pl_token *tok, uint32_t n)
{
	char buf[MAXWORD];
	const entry *e;
	uint32_t k;
	int plural = 0;
	if (n < 3 || tok[0].tag != PL_T_NNP || !(tok[0].flags & PL_TOK_CAP) || !tok[0].s ||
	    tok[0].len < 4 || tok[0].len >= MAXWORD || tok[0].s[tok[0].len - 1] != 's' ||
	    !is_finite(tok[1].tag))
		return 0;
	/* (the capitalised word itself seen as a plural noun: not "Gates",
	** "Woods") */
	if (!(e = lookup(t, tok[0].s, tok[0].len)))
		return 0;
	for (k = 0; k < e->n && t->cand[e->off + k].tag != PL_T_NNS; k++)
		;
	if (k == e->n)
		return 0;
	memcpy(buf, tok[0].s, tok[0].len);
	buf[0] = (char)(buf[0] - 'A' + 'a');
	if (!(e = lookup(t, buf, tok[0].len)))
		return 0;
	for (k = 0; k < e->n; k++) {
		int tag = t->cand[e->off + k].tag;
		if (tag == PL_T_NNP || tag == PL_T_NNPS)
			return 0;
		if (tag == PL_T_NNS)
			plural = 1;
	}
	if (!plural)
		return 0;
	tok[0].tag = PL_T_NNS;
	return TAG_BIT(PL_T_NNS);
}

/*
** "Labour criticised Tory promises on tax", "Mr Howard attacked Labour
** plans for pensions": a plural noun that is also a present verb form
** ("promises", "plans", "offers", "talks") read as the verb of a clause
** whose subject is the name before it.  Right after a finite verb's object
** position, a second finite verb with no conjunction or relative word
** between is unlikely, so when up to three capitalised modifiers or
** adjectives stand between the verb and the -s word and a preposition,
** punctuation, "to" ("attacked Tory plans to cut tax") or the end follows,
** the -s word heads the verb's object.  "Labour promises to cut taxes" has
** no verb before it; "Mr Blair said Labour plans to ..." has a verb that
** takes a bare clause (no_np_object); "the party that Labour plans to
** abolish" has "that" before the name.
*/
/* Plural nouns of what is said or promised, which a clause may follow:
** "Tory claims they could cut taxes", "Labour promises that ...". */
static int content_noun(const pl_token *t)
{
	static const char *const w[] = {"claims", "promises", "pledges", "warnings", "fears",
		"hopes", "allegations", "assurances", "suggestions", "assertions", "boasts", NULL};
	return pl_in_list(t->low, w);
}

/* Is tok[i] "the", "a" or "an"? */
static int article(const pl_token *t)
{
	return t->tag == PL_T_DT && (!strcmp(t->low, "the") || !strcmp(t->low, "a") || !strcmp(t->low, "an"));
}

/* Is tok[v] a past participle after a form of "have", adverbs between
** ("have already attacked"): a finite verb's perfect. */
static int perfect(const pl_token *tok, uint32_t v)
{
	uint32_t j = v;
	if (tok[v].tag != PL_T_VBN)
		return 0;
	while (j > 0 && tok[j - 1].tag == PL_T_RB)
		j--;
	return j > 0 && (!strcmp(tok[j - 1].low, "have") || !strcmp(tok[j - 1].low, "has") ||
	                 !strcmp(tok[j - 1].low, "had"));
}

static uint64_t fix_plural_object(pl_token *tok, uint32_t n, const cand *const *cl,
	const uint8_t *ncl)
{
	uint32_t i, v;
	uint64_t wrote = 0;
	for (i = 2; i < n; i++) {
		const pl_token *t = &tok[i];
		int next = i + 1 < n ? tok[i + 1].tag : PL_T_PP, caps = 0;
		if (t->tag != PL_T_VBZ || (t->flags & PL_TOK_CAP) || t->len < 4 ||
		    t->s[t->len - 1] != 's' || !can_be(cl[i], ncl[i], PL_T_NNS))
			continue;
		if (!(next == PL_T_IN || next == PL_T_TO || next == PL_T_PP || next == PL_T_PPC ||
		      next == PL_T_PPS || next == PL_T_PPR) || (next == PL_T_IN && (subordinator(&tok[i + 1]) ||
		      !strcmp(tok[i + 1].low, "that")))) {
			/* "derided Tory claims they could cut taxes": a noun of
			** what is said heads the object and its clause follows */
			if (!(content_noun(t) && i + 1 < n && (nominative(&tok[i + 1]) ||
			      !strcmp(tok[i + 1].low, "that"))))
				continue;
		}
		for (v = i - 1; v > 0 && i - v <= 3; v--) {
			int m = tok[v].tag;
			if (time_word(&tok[v]))
				break;
			if (m == PL_T_NNP || m == PL_T_NNPS)
				caps = 1;
			else if (!PL_TAG_IS_ADJ(m))
				break;
		}
		/* (an article before the modifiers: "ridiculed the Tory plans
		** for asylum quotas") */
		if (v > 1 && v < i - 1 && caps && article(&tok[v]))
			v--;
		if (v == i - 1 || !((is_finite(tok[v].tag) && tok[v].tag != PL_T_MD) || perfect(tok, v)) ||
		    no_np_object(&tok[v]))
			continue;
		if (!caps && !(tok[v + 1].flags & PL_TOK_CAP))
			continue;
		tok[i].tag = PL_T_NNS;
		wrote = TAG_BIT(PL_T_NNS);
	}
	return wrote;
}

/*
** "gave a warm welcome to the delegation", "a stern warning to rebels": a
** word read as an adjective after an article or possessive and adjectives,
** right before "to", "for" or "of" (a time phrase may stand between: "a
** warm welcome on Thursday to"), heads the noun phrase when the lexicon
** knows it as a noun or a verb (whose bare form names the act: "welcome")
** -- an adjective there would have no noun to modify.
*/
static void fix_adjective_head(pl_token *tok, uint32_t n, const cand *const *cl,
	const uint8_t *ncl)
{
	static const char *const det[] = {"the", "a", "an", "his", "her", "its", "their", "our",
		"my", "your", NULL};
	static const char *const next[] = {"to", "for", "of", NULL};
	static pl_wordset next_set = PL_WORDSET(next);
	uint32_t i, b;
	for (i = 2; i + 1 < n; i++) {
		uint32_t k;
		/* (not a word that may be an adverb: "big enough to", "a
		** longshot due to", "finished second to"; the word's own
		** candidates are asked before the walk past a time after it) */
		if (tok[i].tag != PL_T_JJ || can_be(cl[i], ncl[i], PL_T_RB) ||
		    !(can_be(cl[i], ncl[i], PL_T_NN) || can_be(cl[i], ncl[i], PL_T_VB) ||
		      can_be(cl[i], ncl[i], PL_T_VBP)))
			continue;
		k = after_time(tok, i + 1, n);
		if (k >= n || !pl_in_set(&next_set, text_of(&tok[k])))
			continue;
		for (b = i; b > 0 && tok[b - 1].tag == PL_T_JJ; b--)
			;
		if (b == i || b == 0 || !pl_in_list(text_of(&tok[b - 1]), det))
			continue;
		tok[i].tag = PL_T_NN;
	}
}

/* A word of four letters or more in -s. */
static int ends_in_s(const char *w)
{
	size_t n = strlen(w);
	return n > 3 && w[n - 1] == 's';
}

/* Does the lexicon know w, less its final "s" or "es", as a verb? */
static int verb_stem_known(const pl_tagger *t, const pl_token *w)
{
	size_t n = strlen(text_of(w)), cut;
	uint32_t k;
	for (cut = 1; cut <= 2; cut++) {
		const entry *e;
		if (n <= cut + 2 || n >= MAXWORD || (cut == 2 && w->low[n - 2] != 'e'))
			break;
		if (!(e = lookup(t, w->low, n - cut)))
			continue;
		for (k = 0; k < e->n; k++) {
			int tag = t->cand[e->off + k].tag;
			if (tag == PL_T_VB || tag == PL_T_VBP)
				return 1;
		}
	}
	return 0;
}

/* Conjunctions that open a condition or a time clause and are never
** prepositions (so not "after", "before", "since": "after border
** clashes"). */
static int clause_conjunction(const pl_token *t)
{
	static const char *const w[] = {"if", "unless", "when", "whenever", "whether", "although",
		"though", "because", "while", "once", NULL};
	static pl_wordset w_set = PL_WORDSET(w);
	if (!t->low)   /* a token without text */
		return 0;
	return pl_in_set(&w_set, t->low);
}

/*
** "unless the government relents", "if the truce collapses", "when the
** ceasefire ends": a clause opened by a conjunction, its subject a noun
** phrase whose head is singular, then a word in -s read as a plural noun
** -- the word is the clause's verb when it could be one (the lexicon knows
** it as a present verb or knows its stem as a verb) and nothing later in
** the clause could be its verb ("if peace talks fail" keeps its noun).
*/
static void fix_condition_verb(const pl_tagger *t, pl_token *tok, uint32_t n,
	const cand *const *cl, const uint8_t *ncl)
{
	uint32_t c, i, j;
	for (c = 0; c + 2 < n; c++) {
		int later = 0;
		if (!clause_conjunction(&tok[c]))
			continue;
		for (i = c + 1; i < n && (tok[i].tag == PL_T_DT || tok[i].tag == PL_T_PRPS ||
		     PL_TAG_IS_ADJ(tok[i].tag) || tok[i].tag == PL_T_NN || tok[i].tag == PL_T_NNP); i++)
			;
		if (i >= n || i == c + 1 || tok[i].tag != PL_T_NNS ||
		    !(tok[i - 1].tag == PL_T_NN || tok[i - 1].tag == PL_T_NNP) ||
		    (tok[i].flags & PL_TOK_CAP) || !ends_in_s(text_of(&tok[i])) ||
		    !(can_be(cl[i], ncl[i], PL_T_VBZ) || verb_stem_known(t, &tok[i])))
			continue;
		/* (a relative clause on the noun: "because the data networks
		** that connect the machines were ...") */
		if (i + 1 < n && (tok[i + 1].tag == PL_T_WDT || tok[i + 1].tag == PL_T_WP))
			continue;
		/* (a verb right after "and" shares the subject: "when a virus
		** strikes and leads to ..."; "when prices and stocks are
		** high" has its verb later) */
		for (j = i + 1; j < n && !opens_clause(&tok[j]); j++)
			if (tok[j - 1].tag != PL_T_CC && (is_finite(tok[j].tag) || can_be(cl[j], ncl[j], PL_T_VBP) ||
			    can_be(cl[j], ncl[j], PL_T_VBD)))
				later = 1;
		if (!later)
			tok[i].tag = PL_T_VBZ;
	}
}

/* Is the sentence a headline in title case: most of its words of four
** letters or more (after the first) capitalised? */
static int is_headline(const pl_token *tok, uint32_t n)
{
	uint32_t i, words = 0, caps = 0;
	for (i = 1; i < n; i++) {
		const char *w = tok[i].s;
		if (!w || tok[i].len < 4 || !(is_upper((unsigned char)w[0]) || is_lower((unsigned char)w[0])))
			continue;
		words++;
		if (is_upper((unsigned char)w[0]))
			caps++;
		/* (the answer is known once even capitals in all the tokens
		** left could not make three in four: most sentences stop here
		** within their first few words) */
		else if (caps + (n - 1 - i) < 3 * (words - caps))
			return 0;
	}
	return words >= 4 && caps * 4 >= words * 3;
}

static int is_apos(const pl_token *t);

/* The nouns of an office that are also verbs (fix_role_before_title). */
static const char *const role_noun[] = {"peer", "whip", "chair", "head", NULL};

/*
** The words that some corrections start from, one bit each: a sentence
** holding none of a correction's words is spared its walk.  A word's bits
** are found once, when it enters the cache of candidates(), and the
** sentence's are their OR.
*/
enum {
	W_APOS = 1,         /* an apostrophe (fix_plural_possessive) */
	W_SUSPECT = 2,      /* "suspect", "suspects" (fix_suspect_compound) */
	W_ROLE = 4,         /* a role_noun (fix_role_before_title) */
	W_NEED = 8,         /* "need" (fix_do_need) */
	W_HYPHEN = 16,      /* a hyphen, or any word not in ASCII (fix_hyphen_past) */
	W_BE = 32,          /* a form of "be" (fix_progressive) */
	W_CONJ = 64,        /* a clause_conjunction (fix_condition_verb) */
	W_ED = 128          /* a regular() past form (fix_past_in_clause) */
};

/* Can lower-case letter c open a role_noun, "need", a form of "be" or a
** clause_conjunction (their first letters: p w c h, n, i a w b, i u w a t
** b o)? */
static int opens_listed_word(unsigned c)
{
#define LETTER(c) (1u << ((c) - 'a'))
	const uint32_t first = LETTER('a') | LETTER('b') | LETTER('c') | LETTER('h') | LETTER('i') |
		LETTER('n') | LETTER('o') | LETTER('p') | LETTER('t') | LETTER('u') | LETTER('w');
#undef LETTER
	return c >= 'a' && c <= 'z' && (first >> (c - 'a') & 1);
}

static unsigned word_bits(const pl_token *t)
{
	unsigned b = 0;
	/* (an ASCII word of more than 8 bytes, the most frequent kind here
	** outside the cache, can only be hyphenated or a past form) */
	if (t->s && t->len > 8 && pl_tok_ascii(t))
		return (memchr(t->s, '-', t->len) ? W_HYPHEN : 0) | (regular(t) ? W_ED : 0);
	if (t->s) {
		if (is_apos(t))
			b |= W_APOS;
		if ((t->len == 7 && !memcmp(t->s, "suspect", 7)) ||
		    (t->len == 8 && !memcmp(t->s, "suspects", 8)))
			b |= W_SUSPECT;
		if (!pl_tok_ascii(t) || memchr(t->s, '-', t->len))
			b |= W_HYPHEN;
		if (regular(t))
			b |= W_ED;
	}
	/* every word of the lists below starts with an apostrophe or one of
	** these eleven letters: most words are turned away at their first
	** byte, before four list walks */
	if (!t->low || !(t->low[0] == '\'' || opens_listed_word((unsigned char)t->low[0])))
		return b;
	if (pl_in_list(t->low, role_noun))
		b |= W_ROLE;
	if (t->len == 4 && pl_eq(t->low, "need"))
		b |= W_NEED;
	if (is_be_form(t->low))
		b |= W_BE;
	if (clause_conjunction(t))
		b |= W_CONJ;
	return b;
}

/* how many words ahead of the trellis their word-cache slots are found and
** asked for (see wcache_probe), and the ring of probes that keeps them */
#define PREFETCH_AHEAD 6
#define PROBES 8
_Static_assert(PREFETCH_AHEAD < PROBES, "a probe is used before it is made again");

/* Tags tok[0..n), n <= PL_MAX_SENT_TOKENS, the tag before being `start`;
** returns the set of tags the tokens may hold (a superset), and ORs the
** word_bits() of the tokens into *words. */
static uint64_t viterbi(const pl_tagger *t, pl_token *tok, uint32_t n, int start, unsigned *words)
{
	const cand *cl[PL_MAX_SENT_TOKENS];     /* candidates at each position */
	cand own[PL_MAX_SENT_TOKENS][WCACHE_IN]; /* those copied from the word cache */
	uint8_t ncl[PL_MAX_SENT_TOKENS];
	uint8_t back[PL_MAX_SENT_TOKENS][MAXCAND];
	double score[2][MAXCAND], *cur = score[0], *old = score[1];
	const float *from[MAXCAND];
	wprobe probe[PROBES];
	uint32_t cn = 0, prevn = 0, i, k, j, best;
	uint64_t has = 0;
	unsigned wb = 0;
	int headline = is_headline(tok, n);

	wcache_claim(t);
	for (i = 0; i < n && i < PREFETCH_AHEAD; i++)
		wcache_probe(&tok[i], headline, &probe[i]);
	for (i = 0; i < n; i++) {
		int known;
		unsigned bits;
		const cand *cc = candidates(t, &tok[i], headline, &known, &bits, &cn, own[i],
		                            &probe[i % PROBES]);
		double *swap = old;
		if (i + PREFETCH_AHEAD < n)
			wcache_probe(&tok[i + PREFETCH_AHEAD], headline,
			             &probe[(i + PREFETCH_AHEAD) % PROBES]);
		wb |= bits;
		/* a lower-case word not in the lexicon ("obama") */
		tok[i].flags &= (uint16_t)~PL_TOK_OOV;
		if (!known && tok[i].s && !(tok[i].flags & PL_TOK_CAP))
			tok[i].flags |= PL_TOK_OOV;
		old = cur;          /* the row before is the one written last */
		cur = swap;
		if (i == 0) {
			/* (the whole row of pointers cleared at once: a constant
			** size is one store, where a loop of cn became a memset
			** call) */
			memset(back[0], 0, sizeof back[0]);
			for (k = 0; k < cn; k++)
				cur[k] = (double)t->trans[start][cc[k].tag] + cc[k].score;
		} else if (prevn == 1) {
			/* one way in (a word with one tag before): nothing to choose */
			const float *f = t->trans[cl[i - 1][0].tag];
			memset(back[i], 0, sizeof back[i]);
			for (k = 0; k < cn; k++)
				cur[k] = (old[0] + f[cc[k].tag]) + cc[k].score;
		} else {
			/* the transitions out of each candidate before, found once
			** for all the candidates here (the inner loop is the
			** tagger's cost); the first best wins a tie */
			for (j = 0; j < prevn; j++)
				from[j] = t->trans[cl[i - 1][j].tag];
			for (k = 0; k < cn; k++) {
				int tag = cc[k].tag;
				double bs = old[0] + from[0][tag];
				uint8_t bj = 0;
				for (j = 1; j < prevn; j++) {
					double s = old[j] + from[j][tag];
					if (s > bs) {
						bs = s;
						bj = (uint8_t)j;
					}
				}
				cur[k] = bs + cc[k].score;
				back[i][k] = bj;
			}
		}
		cl[i] = cc;
		ncl[i] = (uint8_t)cn;
		prevn = cn;
	}
	*words |= wb;
	if (!n)
		return 0;
	/* the best final state, then back along the pointers */
	best = 0;
	for (k = 1; k < cn; k++)
		if (cur[k] > cur[best])
			best = k;
	for (i = n; i-- > 0;) {
		tok[i].tag = cl[i][best].tag;
		has |= TAG_BIT(tok[i].tag);
		best = back[i][best];
	}
	/* Each correction below walks the whole sentence; one whose word
	** must hold a tag the sentence lacks is not run.  `has` keeps every
	** tag present: the tags each correction writes are added after it
	** (as it reports them where a later test asks for them, else all it
	** may write), and a tag taken away leaves at most a test run in vain. */
	has |= fix_vbn(tok, n, cl, ncl, has);
	if (has & (TAG_BIT(PL_T_VBZ) | TAG_BIT(PL_T_VBP) | TAG_BIT(PL_T_VB)))
		has |= fix_after_determiner(tok, n, cl, ncl);
	has |= fix_verbless(tok, n, cl, ncl);
	fix_past_after_name(tok, n);
	if (wb & W_ED)
		fix_past_in_clause(tok, n);
	has |= TAG_BIT(PL_T_VBD);
	has |= fix_past_after_subject(tok, n, cl, ncl);
	has |= fix_initial_plural(t, tok, n);
	if (has & TAG_BIT(PL_T_MD)) {
		fix_after_modal(tok, n);
		has |= TAG_BIT(PL_T_RB) | TAG_BIT(PL_T_VB);
	}
	if ((has & TAG_BIT(PL_T_TO)) && (has & TAG_BIT(PL_T_NN))) {
		fix_after_to(t, tok, n, cl, ncl);
		has |= TAG_BIT(PL_T_VB);
	}
	if ((has & TAG_BIT(PL_T_NN)) && (wb & W_BE)) {
		fix_progressive(t, tok, n);
		has |= TAG_BIT(PL_T_VBG);
	}
	if ((has & (TAG_BIT(PL_T_NN) | TAG_BIT(PL_T_JJ))) && (wb & W_HYPHEN)) {
		fix_hyphen_past(t, tok, n);
		has |= TAG_BIT(PL_T_VBD);
	}
	if (has & TAG_BIT(PL_T_VBZ))
		has |= fix_plural_object(tok, n, cl, ncl);
	if (has & TAG_BIT(PL_T_JJ)) {
		fix_adjective_head(tok, n, cl, ncl);
		has |= TAG_BIT(PL_T_NN);
	}
	if ((has & TAG_BIT(PL_T_NNS)) && (wb & W_CONJ)) {
		fix_condition_verb(t, tok, n, cl, ncl);
		has |= TAG_BIT(PL_T_VBZ);
	}
	return has;
}

static int is_apos(const pl_token *t)
{
	return (t->len == 1 && t->s[0] == '\'') || (t->len == 3 && !memcmp(t->s, "\xe2\x80\x99", 3));
}

/* "the Tories' John Baron", "the unions' new leader", "the Tories'
** spokesman": an apostrophe right after a plural ending in s, before a
** noun or an adjective, is a possessive, unless a single quotation is open
** in the sentence ("called them 'traitors' Mr Smith said").  An opening
** quote has a space before it and none after. */
static void fix_plural_possessive(pl_token *tok, uint32_t n)
{
	uint32_t i;
	for (i = 1; i + 1 < n; i++) {
		const pl_token *p = &tok[i - 1];
		uint32_t j;
		int open = 0;
		if (!is_apos(&tok[i]) || tok[i].tag == PL_T_POS || p->b1 != tok[i].b0 ||
		    tok[i + 1].b0 == tok[i].b1 || !(p->s[p->len - 1] == 's' || p->s[p->len - 1] == 'S') ||
		    !(p->tag == PL_T_NNS || p->tag == PL_T_NNPS || p->tag == PL_T_NNP))
			continue;
		if (!(tok[i + 1].tag == PL_T_NNP || tok[i + 1].tag == PL_T_NN || tok[i + 1].tag == PL_T_NNS ||
		      tok[i + 1].tag == PL_T_JJ))
			continue;
		for (j = i; j-- > 0 && i - j < 60 && tok[j].tag != PL_T_PP; ) {
			int before = j == 0 || tok[j - 1].b1 != tok[j].b0, after = tok[j + 1].b0 != tok[j].b1;
			if (is_apos(&tok[j]) && before && !after)
				open++;
			else if (is_apos(&tok[j]) && !before && after && tok[j].tag != PL_T_POS)
				open--;
		}
		if (open <= 0)
			tok[i].tag = PL_T_POS;
	}
}

/* "the Woolwich murder suspect Michael Adebolajo", "two terror suspects
** were held": "suspect" right after a singular common noun heads a noun
** compound.  As a verb it would need a plural subject there ("police
** suspect"), so a singular noun before it and a name, a verb or the end
** of the clause after it make it the person suspected. */
static void fix_suspect_compound(pl_token *tok, uint32_t n)
{
	uint32_t i;
	for (i = 1; i < n; i++) {
		pl_token *t = &tok[i];
		int plural = t->len == 8 && !memcmp(t->s, "suspects", 8);
		int next;
		if (!(plural || (t->len == 7 && !memcmp(t->s, "suspect", 7))) || tok[i - 1].tag != PL_T_NN)
			continue;
		if (plural ? t->tag != PL_T_VBZ : !(t->tag == PL_T_VBP || t->tag == PL_T_VB))
			continue;
		next = i + 1 < n ? tok[i + 1].tag : PL_T_PP;
		if (next == PL_T_NNP || next == PL_T_PP || next == PL_T_VBD || next == PL_T_VBZ ||
		    next == PL_T_VBP || next == PL_T_MD || next == PL_T_CC)
			t->tag = plural ? PL_T_NNS : PL_T_NN;
	}
}

/* Is there a finite verb in tok[0..n) other than tok[skip]? */
static int finite_but(const pl_token *tok, uint32_t n, uint32_t skip)
{
	uint32_t j;
	for (j = 0; j < n; j++)
		if (j != skip && is_finite(tok[j].tag))
			return 1;
	return 0;
}

/* Is token p one of the titles w?  Each is 2 to 9 bytes and starts with
** one of M, D, S, L, P and B: most words before a capital are turned away
** at their first byte, before the walk of the list. */
static int title_word(const pl_token *p, const char *const *w)
{
	if (!p->s || p->len < 2 || p->len > 9 || !memchr("MDSLPB", p->s[0], 6))
		return 0;
	for (; *w; w++)
		if (p->len == strlen(*w) && !memcmp(p->s, *w, p->len))
			return 1;
	return 0;
}

/* "Mr Younger said", "Dr Brown", "Lord Young": a capitalised word right
** after a courtesy title is a surname, whatever else it could be (an
** adjective, a verb, a common noun). */
static void fix_title_surname(pl_token *tok, uint32_t n)
{
	static const char *const w[] = {"Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Sir",
		"Lord", "Lady", "Baroness", "Dame", "Prof", "Prof.", "Professor", NULL};
	uint32_t i;
	for (i = 1; i < n; i++) {
		pl_token *t = &tok[i];
		const pl_token *p = &tok[i - 1];
		if (!(t->flags & PL_TOK_CAP) || (t->flags & PL_TOK_ALLCAP) || t->tag == PL_T_NNP ||
		    t->tag == PL_T_NNPS || p->b1 == t->b0 ||
		    !(t->tag == PL_T_JJ || t->tag == PL_T_JJR || t->tag == PL_T_JJS || t->tag == PL_T_NN ||
		      t->tag == PL_T_VB || t->tag == PL_T_VBD || t->tag == PL_T_VBN || t->tag == PL_T_VBG ||
		      t->tag == PL_T_VBP || t->tag == PL_T_VBZ || t->tag == PL_T_RB))
			continue;
		if (title_word(p, w)) {
			int was = t->tag;
			t->tag = PL_T_NNP;
			/* the surname had been the sentence's only finite verb, so
			** the past form after it had been read as a participle: with
			** the name as its subject it is the verb ("Lord Dubs urged") */
			if ((was == PL_T_VBZ || was == PL_T_VBP || was == PL_T_VBD) && i + 1 < n &&
			    tok[i + 1].tag == PL_T_VBN && regular(&tok[i + 1]) && !finite_but(tok, n, i))
				tok[i + 1].tag = PL_T_VBD;
			continue;
		}
		/* "David Prior, assistant clerk", "Sam Younger told MPs": after
		** a single capitalised name, before a comma or a verb in the
		** past or present, a capitalised word is its surname (not
		** "Labour Later said": the first word must be no name of a body
		** in the middle of other names) */
		if ((p->flags & PL_TOK_CAP) && !(p->flags & PL_TOK_ALLCAP) && p->tag == PL_T_NNP &&
		    !(t->flags & PL_TOK_SSTART) && i + 1 < n && t->tag != PL_T_NN &&
		    (i < 2 || !(tok[i - 2].flags & PL_TOK_CAP) || (p->flags & PL_TOK_SSTART)) &&
		    ((tok[i + 1].len == 1 && tok[i + 1].s[0] == ',') || tok[i + 1].tag == PL_T_VBD ||
		     tok[i + 1].tag == PL_T_VBZ))
			t->tag = PL_T_NNP;
	}
}

/* "Labour peer Baroness Kennedy", "Tory whip Lord Smith": a role noun that
** is also a verb (peer, whip, chair, head), right after a capitalised name
** (a party, a body) and right before a courtesy title, names the office of
** the person the title opens; as a verb it would take the titled person as
** its object, which these verbs do not ("Labour peer Lord X" is no act).
** A capitalised name the tagger took for a plural noun is a name there. */
static void fix_role_before_title(pl_token *tok, uint32_t n)
{
	static const char *const titles[] = {"Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady",
		"Baroness", "Dame", "Professor", NULL};
	uint32_t i;
	int k;
	for (i = 1; i + 1 < n; i++) {
		pl_token *t = &tok[i];
		const pl_token *q = &tok[i + 1];
		pl_token *p = &tok[i - 1];
		int plural_name;
		if (!(t->tag == PL_T_VBP || t->tag == PL_T_VB || t->tag == PL_T_VBZ))
			continue;   /* (most words, at one test) */
		/* (the name may have been read as a plural after "the": "The
		** Labour peer Lord X", though it ends in no "s") */
		plural_name = p->tag == PL_T_NNS && p->s && p->len > 1 &&
		              is_upper((unsigned char)p->s[0]) && p->s[p->len - 1] != 's';
		if (!t->low || !q->s || (p->tag != PL_T_NNP && !plural_name) || !pl_in_list(t->low, role_noun))
			continue;
		for (k = 0; titles[k]; k++)
			if (q->len == strlen(titles[k]) && !memcmp(q->s, titles[k], q->len))
				break;
		if (titles[k]) {
			t->tag = PL_T_NN;
			if (plural_name)
				p->tag = PL_T_NNP;
		}
	}
}

/* "there does need to be an inquiry", "did not need to resign": "need"
** after a form of "do" (and "not" or another adverb) and before "to" is
** the verb the auxiliary carries, not a noun ("does damage to" keeps its
** noun: only "need" is read so). */
static void fix_do_need(pl_token *tok, uint32_t n)
{
	uint32_t i, j;
	for (i = 1; i + 1 < n; i++) {
		pl_token *t = &tok[i];
		if (t->len != 4 || !t->low || !tok[i + 1].low || !pl_eq(t->low, "need") || t->tag == PL_T_VB ||
		    !pl_eq(tok[i + 1].low, "to"))
			continue;
		for (j = i; j > 0 && i - j < 3 && tok[j - 1].tag == PL_T_RB; j--)
			;
		if (j > 0 && tok[j - 1].low && (pl_eq(tok[j - 1].low, "does") || pl_eq(tok[j - 1].low, "do") ||
		              pl_eq(tok[j - 1].low, "did")))
			t->tag = PL_T_VB;
	}
}

/* "managing director", "acting chairman", "presiding judge", "chief
** operating officer": a participle of these verbs right before a noun of
** office ranks the office (an adjective), it does not govern the noun as
** its object; read as a verb it splits the title from the name it stands
** beside ("Robert Gerard, managing director of Morgan Stanley, said").
** "managing the economy" keeps its verb: no noun of office follows. */
static void fix_ranked_title(pl_token *tok, uint32_t n)
{
	static const char *const rank[] = {"managing", "acting", "presiding", "operating", NULL};
	static const char *const office[] = {"director", "directors", "chairman", "chairwoman",
		"partner", "partners", "editor", "judge", "officer", "president", "vice", "secretary",
		"governor", "manager", "head", "trustee", "commissioner", "chief", "mayor", "leader",
		"premier", "minister", NULL};
	uint32_t i;
	for (i = 0; i + 1 < n; i++) {
		pl_token *t = &tok[i];
		if (t->tag != PL_T_VBG || !t->low || !tok[i + 1].low || !pl_in_list(t->low, rank) ||
		    !pl_in_list(tok[i + 1].low, office))
			continue;
		t->tag = PL_T_JJ;
	}
}

/* The nouns that close the name of a body ("the Export Credits Guarantee
** Department", "the Federal Home Loan Bank Board") and the legal forms
** that close a firm's ("Performance Guarantees Inc"). */
static const char *const org_head[] = {"department", "corporation", "agency", "board", "bank",
	"fund", "authority", "commission", "office", "service", "council", "institute",
	"association", "exchange", "organisation", "organization", "administration", "bureau",
	"committee", "federation", "foundation", "inc", "corp", "ltd", "plc", NULL};

/* Is token t a capitalised word that may stand inside a name (a letter
** first: no number, no punctuation)? */
static int name_word(const pl_token *t)
{
	return t->s && t->len > 0 && (t->flags & PL_TOK_CAP) && is_upper((unsigned char)t->s[0]);
}

/* "the Export Credits Guarantee Department suspended", "the Overseas
** Private Investment Corporation said": a run of capitalised words inside
** a sentence (joined by "and", "of" or "for" at most) that ends in a noun
** of a body is one name, and none of its words is a verb: "Credits" is a
** noun of the name, not the act of "the Export".  A verb in title case
** (no word all capitals) becomes a proper noun; a sentence in title case
** (a headline: "Britain Credits Farmers Board") and an -ing form that
** opens the sentence are left as they are. */
static void fix_name_verbs(pl_token *tok, uint32_t n)
{
	uint32_t i = 0, j, k, last;
	int changed;
	if (is_headline(tok, n))
		return;
	while (i < n) {
		if (!name_word(&tok[i])) {
			i++;
			continue;
		}
		/* the run: capitalised words, "and" / "of" / "for" between two */
		last = i;
		for (j = i + 1; j < n; j++) {
			if (name_word(&tok[j])) {
				last = j;
				continue;
			}
			if (j + 1 < n && name_word(&tok[j + 1]) && tok[j].low &&
			    (pl_eq(tok[j].low, "and") || pl_eq(tok[j].low, "of") || pl_eq(tok[j].low, "for")))
				continue;
			break;
		}
		if (last > i && tok[last].low && pl_in_list(tok[last].low, org_head)) {
			changed = 0;
			for (k = i; k < last; k++) {
				pl_token *t = &tok[k];
				/* (an -ing form opening the sentence or a quotation
				** opens a clause of its own: "Replacing Inco and X Inc
				** will be ..."; "Transform Logic Corp said" is a name) */
				if (!PL_TAG_IS_VERB(t->tag) || !name_word(t) || (t->flags & PL_TOK_ALLCAP) ||
				    (t->tag == PL_T_VBG && ((t->flags & PL_TOK_SSTART) ||
				                            (k > 0 && tok[k - 1].tag == PL_T_PPL))))
					continue;
				t->tag = ends_in_s(t->s) && t->len > 3 ? PL_T_NNPS : PL_T_NNP;
				changed = 1;
			}
			/* (the name's verb had been the only finite one: a past form
			** right after the name is its verb, not a participle) */
			if (changed && last + 1 < n && tok[last + 1].tag == PL_T_VBN && regular(&tok[last + 1]) &&
			    !finite_but(tok, n, last + 1))
				tok[last + 1].tag = PL_T_VBD;
		}
		i = last + 1;
	}
}

void pl_tagger_tag(const pl_tagger *t, pl_token *tok, uint32_t n)
{
	pl_token *all = tok;
	uint32_t nall = n;
	int start = PL_T_PP;
	uint64_t has = 0;
	unsigned words = 0;
	const uint64_t verb = TAG_BIT(PL_T_VBZ) | TAG_BIT(PL_T_VBP) | TAG_BIT(PL_T_VB);
	if (!t || !tok)
		return;
	while (n > 0) {
		uint32_t m = n < PL_MAX_SENT_TOKENS ? n : PL_MAX_SENT_TOKENS;
		has |= viterbi(t, tok, m, start, &words);
		start = tok[m - 1].tag;
		tok += m;
		n -= m;
	}
	/* (as in viterbi(): a rule whose word needs a tag no token holds is
	** not run; what each writes is added to `has` after it) */
	if (words & W_APOS)
		fix_plural_possessive(all, nall);
	if ((has & TAG_BIT(PL_T_NN)) && (has & verb) && (words & W_SUSPECT)) {
		fix_suspect_compound(all, nall);
		has |= TAG_BIT(PL_T_NN) | TAG_BIT(PL_T_NNS);
	}
	if ((has & verb) && (words & W_ROLE))
		fix_role_before_title(all, nall);   /* before: "peer" is no verb for the next */
	fix_title_surname(all, nall);
	if (has & TAG_BIT(PL_T_VBG))
		fix_ranked_title(all, nall);
	if (words & W_NEED)
		fix_do_need(all, nall);
	if (has & (verb | TAG_BIT(PL_T_VBD) | TAG_BIT(PL_T_VBG) | TAG_BIT(PL_T_VBN)))
		fix_name_verbs(all, nall);
}
