/*
** figure.c: reported figures in one tagged, lemmatised sentence; see
** figure.h.  A figure is an amount (a number, range or vague word with its
** qualifier), the group it counts, what happened to that group (read from
** the verbs and nouns around it) and who reports it.  One pass over the
** sentence with short bounded looks either side; nothing is allocated.
*/
#include "figure.h"

#include "../base/hash.h"
#include "../base/words.h"

#include <pthread.h>
#include <string.h>

#include "../lex/tagger.h"

/*
** Conventions.
**   count      the value; for a range or a vague amount, its low end.  A
**              qualifier does not move low/high: "more than 40,786" is
**              40786..40786 with qualifier "more than".
**   vague      "a few" 2..5, "a handful" 2..5, "several" 3..9, "dozens"
**              24..99, "scores" 20..99 (one score up to the point where
**              "hundreds" would be said; this is what the seed expects),
**              "hundreds" 200..999, "thousands" 2000..9999, "tens of
**              thousands" 20000..99999, "hundreds of thousands" 200000..
**              999999, "millions" 2e6..9999999; "several hundred" 300..900,
**              "a few thousand" 2000..5000 and so on.
**   qualifier  canonical strings: "more than" (also "upwards of", "in excess
**              of"), "over" ("well over", "just over"), "at least" (also "no
**              fewer than", "N or more"), "at most", "fewer than", "less
**              than", "up to", "as many as", "nearly" (also "close to"),
**              "almost", "about" (also "some", "roughly", "approximately"),
**              "around", "estimated" ("an estimated").
**   what       from, in this order: an active verb or a noun just before the
**              amount ("killed 12", "the deaths of six"), a modifier in the
**              group ("30 wounded soldiers"), the verb after the group
**              ("were released", "remain in Gaza", "are dead"), the figure
**              before it for "including N", "N of whom" and "X and N", the
**              group noun itself (hostages, prisoners -> detained, refugees
**              -> displaced, deaths -> dead), and else "other" when the
**              group is people and the count is 3 or more, vague or
**              qualified ("They have two children" and "two people familiar
**              with the talks" are no figures).  "held" is detained, or
**              hostages when the group is hostages or "hostage"/"captive"
**              follows; "jailed" and "imprisoned" are detained; "died" and
**              "drowned" are dead; "shot" is injured unless "shot dead".
**   group      a known noun of people ("civilians", "aid workers"), a
**              demonym ("Palestinians", "Gazans", "Sudanese"), or any noun
**              under a verb only living beings undergo ("killed 12
**              shoppers"), but never a unit of time, measure or a thing
**              from a short list ("wounded 3 times").
**   rejected   years (four digits with no people after them), dates (next to
**              a month name), money ("$5 million"), percentages, ages
**              ("aged 12", "a boy, 12,"), times ("10:30", "3 p.m."), labels
**              ("Resolution 2334"), "one of", and amounts counting things
**              that are not people ("the two countries").
*/

#define K_KILLED "killed"
#define K_INJURED "injured"
#define K_HOSTAGES "hostages"
#define K_MISSING "missing"
#define K_ARRESTED "arrested"
#define K_DETAINED "detained"
#define K_RELEASED "released"
#define K_DISPLACED "displaced"
#define K_DEAD "dead"
#define K_OTHER "other"

#define NONE 0xffffffffu

/* ---- small helpers ---- */

static int eq(const pl_token *t, const char *w)
{
	return t->low && t->low[0] == w[0] && t->low[1] == w[1] && strcmp(t->low, w) == 0;
}

/* w is x; the first byte first, as most words differ there */
static int same(const char *w, const char *x)
{
	return pl_eq(w, x);
}

static const char *lem(const pl_token *t)
{
	return t->lemma ? t->lemma : t->low ? t->low : "";
}

static int is_verb(const pl_token *t)
{
	return PL_TAG_IS_VERB(t->tag);
}

static int is_noun(const pl_token *t)
{
	return PL_TAG_IS_NOUN(t->tag);
}

static int is_finite(const pl_token *t)
{
	return t->tag == PL_T_VBD || t->tag == PL_T_VBZ || t->tag == PL_T_VBP || t->tag == PL_T_MD;
}

/* ---- numbers ---- */

/* Value of a token of digits with "," separators and at most one ".". */
static int digits_value(const char *s, double *v)
{
	double x = 0, f = 0.1;
	int dot = 0, nd = 0;
	if (!s)
		return 0;
	for (; *s; s++) {
		if (*s >= '0' && *s <= '9') {
			if (dot) {
				x += (*s - '0') * f;
				f /= 10;
			} else {
				x = x * 10 + (*s - '0');
			}
			if (++nd > 18)
				return 0;
		} else if (*s == ',' && !dot && nd) {
			continue;
		} else if (*s == '.' && !dot && nd) {
			dot = 1;
		} else {
			return 0;
		}
	}
	if (!nd || s[-1] == ',' || s[-1] == '.')
		return 0;
	*v = x;
	return 1;
}

static const char *const UNITS[] = {
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
	"sixteen", "seventeen", "eighteen", "nineteen", NULL
};
static const char *const TENS[] = {
	"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
	"ninety", NULL
};

static int list_index(const char *w, size_t n, const char *const *list)
{
	int k;
	for (k = 0; list[k]; k++)
		/* two bytes before the call ("the" is no "three"): w lies in a
		** NUL-terminated word and every entry has three letters or more */
		if (list[k][0] == w[0] && list[k][1] == w[1] && strncmp(list[k], w, n) == 0 && list[k][n] == '\0')
			return k;
	return -1;
}

enum { W_NONE, W_UNIT, W_TENS, W_TENSUNIT };

/* UNITS and TENS as one hash map, built once, from a word to its value + 1:
** word_value() runs for most tokens near a figure and for the words
** quick_candidate() lets through, and the two list scans cost about 150
** instructions a call (callgrind, Reuters).  Left empty when out of
** memory; the scans then serve. */
static pl_hash numword_map;
static int numword_ok;
static pthread_once_t numword_once = PTHREAD_ONCE_INIT;
/* Bit c - 'a' set when some number word begins with the letter c: most
** words begin with none of them and are turned away before any strlen,
** memchr or look-up.  Filled first, so out of memory leaves it whole. */
static uint32_t numword_first;
/* For each first letter, bit c - 'a' set when some number word goes on
** with the letter c: of the nouns and adjectives that pass numword_first
** ("shares", "tonnes", "oil") almost none pass this, and each was a
** strlen, a memchr and a look-up (callgrind, Reuters). */
static uint32_t numword_second[26];

static void note_numword(const char *w)
{
	numword_first |= 1u << (w[0] - 'a');
	numword_second[w[0] - 'a'] |= 1u << (w[1] - 'a');
}

static void build_numword_map(void)
{
	size_t k;
	for (k = 0; UNITS[k]; k++)
		note_numword(UNITS[k]);
	for (k = 0; TENS[k]; k++)
		note_numword(TENS[k]);
	for (k = 0; UNITS[k]; k++)
		if (pl_hash_put(&numword_map, UNITS[k], strlen(UNITS[k]), (void *)(uintptr_t)(k + 1), NULL) < 0)
			return;
	for (k = 0; TENS[k]; k++)
		if (pl_hash_put(&numword_map, TENS[k], strlen(TENS[k]), (void *)(uintptr_t)(21 + 10 * k), NULL) < 0)
			return;
	numword_ok = 1;
}

/* Whether w (lower case) may be a number word or begin a hyphenated one:
** its first two letters begin some number word.  The bits must be built
** (build_numword_map) before. */
static inline int may_begin_numword(const char *w)
{
	return w[0] >= 'a' && w[0] <= 'z' && (numword_first >> (w[0] - 'a') & 1) &&
	       w[1] >= 'a' && w[1] <= 'z' && (numword_second[w[0] - 'a'] >> (w[1] - 'a') & 1);
}

/* The value of the number word w[0..n) ("six" 6, "forty" 40), or -1. */
static int numword(const char *w, size_t n)
{
	int a;
	pthread_once(&numword_once, build_numword_map);
	if (numword_ok)
		return (int)(uintptr_t)pl_hash_get(&numword_map, w, n) - 1;
	if ((a = list_index(w, n, UNITS)) >= 0)
		return a;
	return (a = list_index(w, n, TENS)) >= 0 ? 20 + 10 * a : -1;
}

/* Class and value of token t as a number word: "six", "forty",
** "twenty-one". */
static int word_value(const pl_token *t, double *v)
{
	const char *w = t->low, *dash;
	size_t n;
	int a, b;
	if (!w)
		return W_NONE;
	/* (a hyphenated number's first part begins as the word does) */
	pthread_once(&numword_once, build_numword_map);
	if (!may_begin_numword(w))
		return W_NONE;
	n = strlen(w);
	dash = memchr(w, '-', n);
	if (!dash) {
		if ((a = numword(w, n)) < 0)
			return W_NONE;
		*v = a;
		return a < 20 ? W_UNIT : W_TENS;
	}
	a = numword(w, (size_t)(dash - w));
	b = numword(dash + 1, n - (size_t)(dash + 1 - w));
	if (a < 20 || b < 1 || b > 9)
		return W_NONE;
	*v = a + b;
	return W_TENSUNIT;
}

static double scale_value(const char *w)
{
	if (!w)
		return 0;
	if (same(w, "thousand"))
		return 1e3;
	if (same(w, "million"))
		return 1e6;
	if (same(w, "billion"))
		return 1e9;
	return 0;
}

/* States of the number parser: what the last token taken was. */
enum { N_START, N_UNIT, N_TENS, N_HUNDRED, N_SCALE, N_DIGITS, N_ARTICLE, N_DOZEN, N_AND };

int pl_number_parse(const pl_token *tok, uint32_t i, uint32_t end, double *value)
{
	double total = 0, cur = 0, v = 0;
	int last = N_START, c;
	uint32_t k;
	if (!tok || !value || i >= end)
		return 0;
	for (k = i; k < end; k++) {
		const char *w = tok[k].low;
		if (!w)
			break;
		if (last == N_START && (tok[k].flags & PL_TOK_DIGIT) && digits_value(w, &v)) {
			cur = v;
			last = N_DIGITS;
			continue;
		}
		if (last == N_START && (same(w, "a") || same(w, "an"))) {
			/* "a hundred", "a dozen", "a million" */
			if (k + 1 < end && tok[k + 1].low && (same(tok[k + 1].low, "hundred") ||
			    same(tok[k + 1].low, "dozen") || scale_value(tok[k + 1].low) > 0)) {
				cur = 1;
				last = N_ARTICLE;
				continue;
			}
			break;
		}
		if (last == N_START && same(w, "half") && k + 2 < end && eq(&tok[k + 1], "a") &&
		    (eq(&tok[k + 2], "dozen") || eq(&tok[k + 2], "hundred") || scale_value(tok[k + 2].low) > 0)) {
			/* "half a dozen", "half a million" */
			cur = 0.5;
			k++;
			last = N_ARTICLE;
			continue;
		}
		c = word_value(&tok[k], &v);
		if (c == W_UNIT) {
			if (last == N_START || last == N_HUNDRED || last == N_SCALE || last == N_AND ||
			    (last == N_TENS && v >= 1 && v <= 9)) {
				cur += v;
				last = N_UNIT;
				continue;
			}
			break;
		}
		if (c == W_TENS || c == W_TENSUNIT) {
			if (last == N_START || last == N_HUNDRED || last == N_SCALE || last == N_AND) {
				cur += v;
				last = c == W_TENS ? N_TENS : N_UNIT;
				continue;
			}
			break;
		}
		if (same(w, "hundred")) {
			if ((last == N_UNIT || last == N_TENS || last == N_DIGITS || last == N_ARTICLE) &&
			    cur > 0 && cur < 100) {
				cur *= 100;
				last = N_HUNDRED;
				continue;
			}
			break;
		}
		if (scale_value(w) > 0) {
			if (last != N_START && last != N_SCALE && last != N_AND && cur > 0) {
				total += cur * scale_value(w);
				cur = 0;
				last = N_SCALE;
				continue;
			}
			break;
		}
		if (same(w, "dozen")) {
			if ((last == N_UNIT || last == N_TENS || last == N_DIGITS || last == N_ARTICLE) && cur > 0) {
				cur *= 12;
				last = N_DOZEN;
				continue;
			}
			break;
		}
		if (same(w, "and") && (last == N_HUNDRED || last == N_SCALE) && k + 1 < end &&
		    word_value(&tok[k + 1], &v) != W_NONE) {
			last = N_AND;
			continue;
		}
		break;
	}
	if (last == N_START || last == N_ARTICLE || last == N_AND)
		return 0;
	*value = total + cur;
	return (int)(k - i);
}

/* ---- amounts: qualifier, number, range or vague word ---- */

typedef struct amount {
	uint32_t a0, n0, a1;    /* qualifier start, count start, end */
	double low, high;
	const char *qual;
	int vague, range, plain;    /* plain: one digit token, no scale */
} amount;

static const struct qualifier {
	const char *w[3];
	const char *q;
} QUALS[] = {
	{{"more", "than", NULL}, "more than"},
	{{"no", "fewer", "than"}, "at least"},
	{{"no", "less", "than"}, "at least"},
	{{"not", "less", "than"}, "at least"},
	{{"at", "least", NULL}, "at least"},
	{{"at", "most", NULL}, "at most"},
	{{"fewer", "than", NULL}, "fewer than"},
	{{"less", "than", NULL}, "less than"},
	{{"up", "to", NULL}, "up to"},
	{{"as", "many", "as"}, "as many as"},
	{{"an", "estimated", NULL}, "estimated"},
	{{"estimated", NULL, NULL}, "estimated"},
	{{"well", "over", NULL}, "over"},
	{{"just", "over", NULL}, "over"},
	{{"over", NULL, NULL}, "over"},
	{{"upwards", "of", NULL}, "more than"},
	{{"in", "excess", "of"}, "more than"},
	{{"nearly", NULL, NULL}, "nearly"},
	{{"close", "to", NULL}, "nearly"},
	{{"almost", NULL, NULL}, "almost"},
	{{"about", NULL, NULL}, "about"},
	{{"around", NULL, NULL}, "around"},
	{{"roughly", NULL, NULL}, "about"},
	{{"approximately", NULL, NULL}, "about"},
	{{"some", NULL, NULL}, "about"},
	{{"a", "total", "of"}, NULL},
	{{NULL, NULL, NULL}, NULL}
};

static const struct vague {
	const char *w[3];
	double lo, hi;
} VAGUE[] = {
	{{"tens", "of", "thousands"}, 20000, 99999},
	{{"hundreds", "of", "thousands"}, 200000, 999999},
	{{"tens", "of", "millions"}, 20000000, 99999999},
	{{"a", "few", "hundred"}, 200, 500},
	{{"a", "few", "thousand"}, 2000, 5000},
	{{"a", "few", "dozen"}, 24, 60},
	{{"several", "hundred", NULL}, 300, 900},
	{{"several", "thousand", NULL}, 3000, 9000},
	{{"several", "million", NULL}, 3000000, 9000000},
	{{"several", "dozen", NULL}, 36, 108},
	{{"a", "few", NULL}, 2, 5},
	{{"a", "handful", NULL}, 2, 5},
	{{"several", NULL, NULL}, 3, 9},
	{{"dozens", NULL, NULL}, 24, 99},
	{{"scores", NULL, NULL}, 20, 99},
	{{"hundreds", NULL, NULL}, 200, 999},
	{{"thousands", NULL, NULL}, 2000, 9999},
	{{"millions", NULL, NULL}, 2000000, 9999999},
	{{NULL, NULL, NULL}, 0, 0}
};

/* Does the token's lower case begin with an ASCII letter? */
static int starts_lower(const pl_token *t)
{
	return t->low && t->low[0] >= 'a' && t->low[0] <= 'z';
}

/* Tokens of a word list matched at tok[i..end), or 0. */
static int match_words(const pl_token *tok, uint32_t i, uint32_t end, const char *const *w)
{
	int n;
	for (n = 0; n < 3 && w[n]; n++)
		if (i + (uint32_t)n >= end || !eq(&tok[i + n], w[n]))
			return 0;
	return n;
}

/* A vague amount at i ("dozens", "tens of thousands"); tokens taken or 0. */
static int parse_vague(const pl_token *tok, uint32_t i, uint32_t end, double *lo, double *hi)
{
	int k, n;
	/* "scores" and "dozens" must be nouns here, not "the team scores";
	** every entry begins with a lower-case letter, which no number has */
	if (is_verb(&tok[i]) || !starts_lower(&tok[i]))
		return 0;
	for (k = 0; VAGUE[k].w[0]; k++) {
		if ((n = match_words(tok, i, end, VAGUE[k].w)) > 0) {
			*lo = VAGUE[k].lo;
			*hi = VAGUE[k].hi;
			return n;
		}
	}
	return 0;
}

/* "20-30" as one token. */
static int dash_range(const pl_token *t, double *lo, double *hi)
{
	const char *s = t->low, *d;
	char buf[64];
	size_t n;
	if (!s || !(t->flags & PL_TOK_DIGIT) || !(d = strchr(s, '-')) || (n = (size_t)(d - s)) == 0 ||
	    n >= sizeof buf)
		return 0;
	memcpy(buf, s, n);
	buf[n] = '\0';
	if (!digits_value(buf, lo) || !digits_value(d + 1, hi) || *lo >= *hi)
		return 0;
	return 1;
}

/* The count at i: a number, a vague amount or a "20-30" token. */
static int parse_count(const pl_token *tok, uint32_t i, uint32_t end, amount *am)
{
	double v;
	int n;
	if ((n = pl_number_parse(tok, i, end, &v)) > 0) {
		am->low = am->high = v;
		am->plain = n == 1 && (tok[i].flags & PL_TOK_DIGIT);
		return n;
	}
	if ((n = parse_vague(tok, i, end, &am->low, &am->high)) > 0) {
		am->vague = 1;
		return n;
	}
	if (dash_range(&tok[i], &am->low, &am->high)) {
		am->range = 1;
		return 1;
	}
	return 0;
}

/* For "1.1 and 1.5 million", "20 to 30 thousand": the factor the scale words
** ending the second number [s, e) give to a one-token first number. */
static double shared_scale(const pl_token *tok, uint32_t s, uint32_t e)
{
	double m = 1;
	uint32_t k;
	for (k = s + 1; k < e; k++) {
		if (eq(&tok[k], "hundred"))
			m *= 100;
		else if (eq(&tok[k], "dozen"))
			m *= 12;
		else if (scale_value(tok[k].low) > 0)
			m *= scale_value(tok[k].low);
		else
			return 1;
	}
	return m;
}

/* An amount starting at i; fills *am and returns 1, or returns 0. */
static int parse_amount(const pl_token *tok, uint32_t i, uint32_t end, amount *am)
{
	uint32_t j = i;
	double v;
	int n, k;
	memset(am, 0, sizeof *am);
	am->a0 = i;
	if (eq(&tok[i], "between")) {
		/* "between 20 and 30" */
		uint32_t m;
		if ((n = pl_number_parse(tok, i + 1, end, &am->low)) == 0)
			return 0;
		m = i + 1 + (uint32_t)n;
		if (m >= end || !eq(&tok[m], "and") || (k = pl_number_parse(tok, m + 1, end, &am->high)) == 0)
			return 0;
		if (n == 1 && am->low * shared_scale(tok, m + 1, m + 1 + (uint32_t)k) < am->high)
			am->low *= shared_scale(tok, m + 1, m + 1 + (uint32_t)k);
		if (am->high <= am->low)
			return 0;
		am->n0 = i + 1;
		am->a1 = m + 1 + (uint32_t)k;
		am->range = 1;
		return 1;
	}
	/* every qualifier begins with a lower-case letter: a number (most
	** amounts) tries none of them */
	for (k = 0; starts_lower(&tok[i]) && QUALS[k].w[0]; k++) {
		if ((n = match_words(tok, i, end, QUALS[k].w)) > 0) {
			j = i + (uint32_t)n;
			am->qual = QUALS[k].q;
			break;
		}
	}
	if (j >= end || (n = parse_count(tok, j, end, am)) == 0)
		return 0;
	am->n0 = j;
	am->a1 = j + (uint32_t)n;
	if (am->range || am->vague)
		return 1;
	/* "20 to 30", "two or three", "12 or more" */
	if (am->a1 + 1 < end && (eq(&tok[am->a1], "to") || eq(&tok[am->a1], "or")) &&
	    (n = pl_number_parse(tok, am->a1 + 1, end, &v)) > 0 && v > am->low) {
		if (am->a1 == j + 1 && am->low * shared_scale(tok, am->a1 + 1, am->a1 + 1 + (uint32_t)n) < v)
			am->low *= shared_scale(tok, am->a1 + 1, am->a1 + 1 + (uint32_t)n);
		am->high = v;
		am->range = 1;
		am->plain = 0;
		am->a1 += 1 + (uint32_t)n;
	} else if (am->a1 + 1 < end && eq(&tok[am->a1], "or") && eq(&tok[am->a1 + 1], "more") && !am->qual) {
		am->qual = "at least";
		am->a1 += 2;
	}
	return 1;
}

/* The words an amount can begin with, other than a figure in digits: the
** first words of QUALS and VAGUE, the number words, and the words
** pl_number_parse and parse_amount test for themselves.  A hash set built
** once, so that most tokens near a number are ruled out by one look-up
** instead of a run of the parsers above. */
static const char *const AMOUNT_OPENERS[] = { "between", "a", "an", "half", NULL };
static pl_hash opener_set;
static int opener_set_ok;
static pthread_once_t opener_once = PTHREAD_ONCE_INIT;

static int add_opener(const char *w)
{
	return pl_hash_put(&opener_set, w, strlen(w), (void *)w, NULL) < 0 ? -1 : 0;
}

static void build_opener_set(void)
{
	size_t k;
	for (k = 0; QUALS[k].w[0]; k++)
		if (add_opener(QUALS[k].w[0]))
			return;
	for (k = 0; VAGUE[k].w[0]; k++)
		if (add_opener(VAGUE[k].w[0]))
			return;
	for (k = 0; UNITS[k]; k++)
		if (add_opener(UNITS[k]))
			return;
	for (k = 0; TENS[k]; k++)
		if (add_opener(TENS[k]))
			return;
	for (k = 0; AMOUNT_OPENERS[k]; k++)
		if (add_opener(AMOUNT_OPENERS[k]))
			return;
	opener_set_ok = 1;
}

/* Can an amount begin at t?  Never says no where parse_amount would find one
** (hyphenated words, "twenty-one", always go on to the parser).  The set is
** built by pl_figures_find(), the only caller, once a sentence rather than
** at each of the tokens before every number. */
static int may_open_amount(const pl_token *t)
{
	if (!t->low)
		return 0;
	if ((t->flags & PL_TOK_DIGIT) || strchr(t->low, '-'))
		return 1;
	if (!opener_set_ok)
		return 1;   /* out of memory: let the parser decide */
	return pl_tok_get_low(&opener_set, t) != NULL;
}

/* ---- groups ---- */

static const char *const PEOPLE[] = {
	"people", "person", "civilian", "soldier", "troop", "fighter", "militant",
	"hostage", "captive", "prisoner", "detainee", "inmate", "protester",
	"protestor", "demonstrator", "child", "kid", "woman", "man", "resident",
	"worker", "journalist", "reporter", "police", "policeman", "policewoman",
	"officer", "migrant", "refugee", "evacuee", "student", "other", "others",
	"member", "citizen", "national", "villager", "settler", "passenger",
	"patient", "doctor", "nurse", "medic", "paramedic", "staff", "staffer",
	"employee", "official", "activist", "insurgent", "rebel", "gunman",
	"gunmen", "attacker", "assailant", "victim", "casualty", "fatality",
	"death", "inhabitant", "pilgrim", "worshipper", "worshiper",
	"tourist", "baby", "infant", "girl", "boy", "teenager", "teen", "youth",
	"minor", "adult", "family", "guard", "sailor", "crew", "marine", "seaman",
	"commander", "volunteer", "miner", "farmer", "fisherman", "personnel",
	"recruit", "conscript", "serviceman", "servicemember", "combatant",
	"militiaman", "jihadist", "terrorist", "suspect", "survivor",
	"individual", "voter", "supporter", "opponent", "dissident", "lawmaker",
	"politician", "leader", "diplomat", "peacekeeper", "bystander",
	"pedestrian", "mourner", "spectator", "teacher", "pupil", "immigrant",
	"foreigner", "visitor", "occupant", "priest", "cleric", "elder",
	"laborer", "labourer", "contractor", "engineer", "dead", "injured",
	"wounded", "missing", "jew", "muslim", "christian", "arab", "kurd",
	"yazidi", "rohingya", "druze", "bedouin", "asylum-seeker", "hostage-taker",
	"schoolgirl", "schoolboy", "schoolchild", "schoolchildren", "hiker",
	"turk", "serb", "croat", "scot", "dane", "swede", "finn", "czech", "greek",
	"thai", "filipino", "spaniard", "briton", "brit", "uzbek", "kazakh", "tajik",
	"sikh", "hindu", "buddhist", "catholic", "protestant", "sunni", "shiite",
	"shia", "copt", "bosniak",
	"climber", "swimmer", "crewman", "crewmember", "guest", "cook", "driver",
	"pilot", "monitor", "observer", "relative", "neighbour", "neighbor",
	"shopper", "commuter", "customer",
	NULL
};

/* PEOPLE as a hash set, built once (the list is long and people_head runs
** for every number in a text) */
static pl_hash people_set;
static int people_ok;   /* 0 when memory ran out: lookups walk the list */
static pthread_once_t people_once = PTHREAD_ONCE_INIT;

static void build_people_set(void)
{
	people_ok = pl_list_to_set(&people_set, PEOPLE) == 0;
}

/* Is token t's lemma (low 0) or lower case (low 1) a word of PEOPLE? */
static int is_people_word(const pl_token *t, int low)
{
	const char *w = low ? t->low : lem(t);
	size_t k;
	pthread_once(&people_once, build_people_set);
	if (people_ok)
		return (low ? pl_tok_get_low(&people_set, t) : pl_tok_get_lem(&people_set, t)) != NULL;
	for (k = 0; PEOPLE[k]; k++)
		if (strcmp(w, PEOPLE[k]) == 0)
			return 1;
	return 0;
}

/* A demonym plural: "Palestinians", "Gazans", "Israelis", "Houthis",
** "Sudanese", "Alawites" (others by lemma in PEOPLE: "Kurds", "Britons");
** "Six Nations", "Lions" and "Hamas" are not.  (The flags and the tag
** before the strlen: most words fail them.) */
static int demonym(const pl_token *t)
{
	size_t n;
	if (!(t->flags & PL_TOK_CAP) || (t->flags & PL_TOK_ALLCAP) || !is_noun(t))
		return 0;
	n = t->low ? strlen(t->low) : 0;
	if (n < 5)
		return 0;
	return pl_eq(t->low + n - 3, "ese") || pl_eq(t->low + n - 3, "ans") ||
	       pl_eq(t->low + n - 2, "is") || pl_eq(t->low + n - 4, "ites");
}

static int people_head(const pl_token *t)
{
	/* (the lower case asked only when the lemma is another string: most
	** lemmas are the lower case itself, the same look-up) */
	if (is_people_word(t, 0) || (t->low && t->lemma && t->lemma != t->low && is_people_word(t, 1)))
		return 1;
	return demonym(t);
}

/* What a group noun says by itself. */
static const char *const GROUP_H[] = {"hostage", "captive", NULL};
static const char *const GROUP_D[] = {"prisoner", "detainee", "inmate", NULL};
static const char *const GROUP_P[] = {"refugee", "evacuee", "idp", "displacee", NULL};
static const char *const GROUP_X[] = {"death", "fatality", "dead", NULL};
static const char *const GROUP_I[] = {"injured", "wounded", NULL};

static const char *group_kind(const pl_token *t)
{
	static pl_wordset H_set = PL_WORDSET(GROUP_H);
	static pl_wordset D_set = PL_WORDSET(GROUP_D);
	static pl_wordset P_set = PL_WORDSET(GROUP_P);
	static pl_wordset X_set = PL_WORDSET(GROUP_X);
	static pl_wordset I_set = PL_WORDSET(GROUP_I);
	const char *w = lem(t);
	if (pl_in_set(&H_set, w))
		return K_HOSTAGES;
	if (pl_in_set(&D_set, w))
		return K_DETAINED;
	if (pl_in_set(&P_set, w))
		return K_DISPLACED;
	if (pl_in_set(&X_set, w))
		return K_DEAD;
	if (pl_in_set(&I_set, w))
		return K_INJURED;
	if (pl_eq(w, "missing"))
		return K_MISSING;
	return NULL;
}

static int hostage_head(const pl_token *t)
{
	return pl_eq(lem(t), "hostage") || pl_eq(lem(t), "captive");
}

typedef struct group {
	uint32_t g0, g1, head;  /* head NONE: no group noun */
	uint32_t end;           /* first token after amount and group */
	int people, nonpeople, pronoun;
	const char *modkind;    /* "30 wounded soldiers" */
} group;

/* ---- kinds from verbs and nouns ---- */

static const struct kindword {
	const char *w;
	const char *kind;
	int trans;      /* takes an object when active */
} KINDS[] = {
	{"kill", K_KILLED, 1}, {"killed", K_KILLED, 1}, {"murder", K_KILLED, 1},
	{"slay", K_KILLED, 1}, {"massacre", K_KILLED, 1}, {"execute", K_KILLED, 1},
	{"assassinate", K_KILLED, 1}, {"behead", K_KILLED, 1},
	{"injure", K_INJURED, 1}, {"injured", K_INJURED, 1}, {"wound", K_INJURED, 1},
	{"wounded", K_INJURED, 1}, {"hurt", K_INJURED, 1}, {"maim", K_INJURED, 1},
	{"abduct", K_HOSTAGES, 1}, {"abducted", K_HOSTAGES, 1}, {"kidnap", K_HOSTAGES, 1},
	{"kidnapped", K_HOSTAGES, 1}, {"seize", K_HOSTAGES, 1}, {"capture", K_HOSTAGES, 1},
	{"missing", K_MISSING, 0}, {"unaccounted", K_MISSING, 0},
	{"arrest", K_ARRESTED, 1}, {"arrested", K_ARRESTED, 1},
	{"detain", K_DETAINED, 1}, {"detained", K_DETAINED, 1}, {"jail", K_DETAINED, 1},
	{"jailed", K_DETAINED, 1}, {"imprison", K_DETAINED, 1}, {"intern", K_DETAINED, 1},
	{"release", K_RELEASED, 1}, {"released", K_RELEASED, 1}, {"free", K_RELEASED, 1},
	{"freed", K_RELEASED, 1}, {"rescue", K_RELEASED, 1}, {"liberate", K_RELEASED, 1},
	{"displace", K_DISPLACED, 1}, {"displaced", K_DISPLACED, 1}, {"evacuate", K_DISPLACED, 1},
	{"uproot", K_DISPLACED, 1}, {"expel", K_DISPLACED, 1}, {"flee", K_DISPLACED, 0},
	{"fled", K_DISPLACED, 0}, {"homeless", K_DISPLACED, 0},
	{"die", K_DEAD, 0}, {"died", K_DEAD, 0}, {"perish", K_DEAD, 0}, {"dead", K_DEAD, 0},
	{"drown", K_DEAD, 0}, {"drowned", K_DEAD, 0},
	{NULL, NULL, 0}
};

/* KINDS as a hash map built once, word to its first index + 1: kind_word()
** runs for the words around every amount, and the scan of the list twice
** over cost about 1% of coding Reuters (callgrind).  Left empty when out
** of memory; the scan then serves. */
static pl_hash kinds_map;
static int kinds_ok;
static pthread_once_t kinds_once = PTHREAD_ONCE_INIT;

static void build_kinds_map(void)
{
	size_t k;
	for (k = 0; KINDS[k].w; k++)
		if (!pl_hash_get(&kinds_map, KINDS[k].w, strlen(KINDS[k].w)) &&
		    pl_hash_put(&kinds_map, KINDS[k].w, strlen(KINDS[k].w), (void *)(uintptr_t)(k + 1), NULL) < 0)
			return;
	kinds_ok = 1;
}

static const struct kindword *kind_word(const pl_token *t)
{
	int k;
	const char *l = lem(t), *w = t->low ? t->low : "";
	pthread_once(&kinds_once, build_kinds_map);
	if (kinds_ok) {
		/* the first entry that is the lemma or the word */
		size_t a = (uintptr_t)pl_tok_get_lem(&kinds_map, t);
		size_t b = w == l || !t->low ? 0 : (uintptr_t)pl_tok_get_low(&kinds_map, t);
		if (!a || (b && b < a))
			a = b;
		return a ? &KINDS[a - 1] : NULL;
	}
	/* "free" and "dead" as adjectives only count in their own places */
	for (k = 0; KINDS[k].w; k++)
		if ((l[0] == KINDS[k].w[0] && strcmp(l, KINDS[k].w) == 0) ||
		    (w[0] == KINDS[k].w[0] && strcmp(w, KINDS[k].w) == 0))
			return &KINDS[k];
	return NULL;
}

/* Whether a kind word is one only living beings undergo, so that it makes
** an unknown group noun count ("killed 12 shoppers"). */
static int strong_word(const struct kindword *kw)
{
	return kw && !pl_eq(kw->w, "execute") && (strcmp(kw->kind, K_KILLED) == 0 || strcmp(kw->kind, K_INJURED) == 0 ||
	       strcmp(kw->kind, K_DEAD) == 0 || strcmp(kw->kind, K_ARRESTED) == 0 ||
	       strncmp(kw->w, "abduct", 6) == 0 || strncmp(kw->w, "kidnap", 6) == 0);
}

/* Plural nouns that such a verb does not make people ("wounded 3 times"). */
static int thing_head(const pl_token *t)
{
	static const char *const W[] = {"year", "month", "week", "day", "hour", "minute", "second",
		"time", "percent", "point", "round", "shot", "bullet", "mile", "kilometre", "kilometer",
		"km", "meter", "metre", "dollar", "euro", "ton", "tonne", "home", "house", "building",
		"vehicle", "car", "truck", "tank", "rocket", "missile", "drone", "shell", "bomb",
		"target", "site", "village", "town", "city", "country", "state", "nation", NULL};
	return pl_in_list(lem(t), W);
}

/* Nouns before "of N": "the deaths of six hostages". */
static const struct { const char *w, *kind; } NOM[] = {
	{"death", K_DEAD}, {"killing", K_KILLED}, {"murder", K_KILLED},
	{"massacre", K_KILLED}, {"execution", K_KILLED}, {"release", K_RELEASED},
	{"freeing", K_RELEASED}, {"rescue", K_RELEASED}, {"arrest", K_ARRESTED},
	{"detention", K_DETAINED}, {"imprisonment", K_DETAINED},
	{"abduction", K_HOSTAGES}, {"kidnapping", K_HOSTAGES}, {"capture", K_HOSTAGES},
	{"displacement", K_DISPLACED}, {"evacuation", K_DISPLACED},
	{"injury", K_INJURED}, {"wounding", K_INJURED}, {"disappearance", K_MISSING},
	{NULL, NULL}
};

/* The kind a noun before "of N" gives. */
static const char *nominal_kind(const pl_token *t)
{
	int k;
	if (!is_noun(t) && t->tag != PL_T_VBG)
		return NULL;
	for (k = 0; NOM[k].w; k++)
		if (pl_eq(lem(t), NOM[k].w) || (t->low && pl_eq(t->low, NOM[k].w)))
			return NOM[k].kind;
	return NULL;
}

static const char *const HOSTAGE_WORDS[] = {"hostage", "hostages", "captive", "captives", "prisoner",
	"prisoners", NULL};

static int hostage_word(const pl_token *t)
{
	return t->low && pl_in_list(t->low, HOSTAGE_WORDS);
}

/* An object right after a verb: the verb is active, the group its agent. */
static int object_follows(const pl_token *tok, uint32_t k, uint32_t end)
{
	const pl_token *t;
	if (k >= end)
		return 0;
	t = &tok[k];
	return t->tag == PL_T_CD || t->tag == PL_T_DT || t->tag == PL_T_PRPS || t->tag == PL_T_PRP ||
	       t->tag == PL_T_NNP || t->tag == PL_T_NNS || t->tag == PL_T_NNPS || (t->flags & PL_TOK_NUM);
}

/* For "take", "hold", "keep", "leave", "force", "shoot" ...: the kind given
** by what follows at k, or NULL. */
static const char *complement_kind(const pl_token *tok, uint32_t k, uint32_t end, const pl_token *vt, int hostages,
                                   int grouped)
{
	uint32_t e = k + 4 < end ? k + 4 : end, j;
	const char *verb = lem(vt);
	if (pl_eq(verb, "take") || pl_eq(verb, "hold") || pl_eq(verb, "keep")) {
		if (k < end && hostage_word(&tok[k]))
			return K_HOSTAGES;
		if (k + 1 < end && eq(&tok[k], "in") && eq(&tok[k + 1], "captivity"))
			return K_HOSTAGES;
		if (hostages)
			return K_HOSTAGES;
		/* "held" (not "holds 80,000 people", "keep") is detention, when
		** people are named ("shares held by Intel" are not) */
		return eq(vt, "held") && grouped ? K_DETAINED : NULL;
	}
	if (pl_eq(verb, "leave") || pl_eq(verb, "make")) {
		const struct kindword *kw = k < end ? kind_word(&tok[k]) : NULL;
		return kw && !is_verb(&tok[k]) ? kw->kind : k < end && eq(&tok[k], "wounded") ? K_INJURED :
		       k < end && eq(&tok[k], "injured") ? K_INJURED : NULL;
	}
	if (pl_eq(verb, "force") || pl_eq(verb, "drive")) {
		for (j = k; j < e; j++)
			if (eq(&tok[j], "from") || eq(&tok[j], "flee") || eq(&tok[j], "out") || eq(&tok[j], "leave"))
				return K_DISPLACED;
		return NULL;
	}
	if (pl_eq(verb, "shoot")) {
		/* "shot dead", "shot and killed", else wounded */
		const struct kindword *kw;
		if (k < end && eq(&tok[k], "dead"))
			return K_KILLED;
		if (k + 1 < end && eq(&tok[k], "and") && (kw = kind_word(&tok[k + 1])) != NULL)
			return kw->kind;
		return K_INJURED;
	}
	return NULL;
}

static const char *const COMPLEMENT_VERBS[] = {"take", "hold", "keep", "leave", "make", "force", "drive",
	"shoot", NULL};

static int complement_verb(const char *l)
{
	return pl_in_list(l, COMPLEMENT_VERBS);
}

/* ---- reporters ---- */

static int say_verb(const pl_token *t)
{
	static const char *const V[] = {"say", "tell", "report", "announce", "state", "estimate",
		"confirm", "claim", "add", "note", NULL};
	return (t->tag == PL_T_VBD || t->tag == PL_T_VBZ || t->tag == PL_T_VBP) && pl_in_list(lem(t), V);
}

static int np_tag(const pl_token *t)
{
	return t->tag == PL_T_DT || PL_TAG_IS_ADJ(t->tag) || is_noun(t) || t->tag == PL_T_POS ||
	       t->tag == PL_T_PRPS;
}

/* Start of the noun phrase ending just before v (v itself if none); a
** phrase holds a noun or is a lone pronoun, and may hold "of"/"in"/"for". */
static uint32_t np_back(const pl_token *tok, uint32_t t0, uint32_t v)
{
	uint32_t s = v, n = 0;
	int noun = 0;
	if (v > t0 && tok[v - 1].tag == PL_T_PRP)
		return v - 1;
	while (s > t0 && n < 10) {
		const pl_token *t = &tok[s - 1];
		if (np_tag(t)) {
			noun |= is_noun(t);
		} else if ((eq(t, "of") || eq(t, "in") || eq(t, "for")) && s - 1 > t0 && np_tag(&tok[s - 2]) &&
		           s < v) {
			;
		} else {
			break;
		}
		s--;
		n++;
	}
	while (s < v && (tok[s].tag == PL_T_IN || tok[s].tag == PL_T_POS))
		s++;
	return noun ? s : v;
}

/* End of the noun phrase starting at k (k if none).  Inside a run of
** capitalised words "of", "for", "to" and "and" may join them ("the
** Committee to Protect Journalists"). */
static uint32_t np_fwd(const pl_token *tok, uint32_t k, uint32_t end)
{
	uint32_t e = k, last = k;
	int run = 0;    /* inside a run of capitalised words */
	while (e < end && e - k < 12) {
		const pl_token *t = &tok[e];
		int cap = run && (t->flags & PL_TOK_CAP) && !(t->flags & PL_TOK_PUNCT);
		if (np_tag(t) || cap) {
			if (is_noun(t) || cap)
				last = e + 1;
			run = (t->flags & PL_TOK_CAP) != 0;
		} else if ((eq(t, "of") || eq(t, "in") || eq(t, "for")) && e > k && e + 1 < end &&
		           np_tag(&tok[e + 1])) {
			;
		} else if ((eq(t, "to") || eq(t, "and")) && run && e + 1 < end && (tok[e + 1].flags & PL_TOK_CAP)) {
			;
		} else {
			break;
		}
		e++;
	}
	return last;
}

/* Reporters for the whole sentence. */
typedef struct reporters {
	uint32_t acc0, acc1;            /* "according to X" */
	uint32_t lead0, lead1, leadv;   /* "X said (that) ..." before the figure */
	uint32_t tail0, tail1, tailv;   /* "..., X said" after it (tailv: its start) */
} reporters;

static int quiet_tail(const pl_token *tok, uint32_t k, uint32_t end)
{
	for (; k < end; k++)
		if (is_verb(&tok[k]) || tok[k].tag == PL_T_MD || tok[k].tag == PL_T_WDT || tok[k].tag == PL_T_WP)
			return 0;
	return 1;
}

static void find_reporters(const pl_token *tok, uint32_t t0, uint32_t t1, reporters *r)
{
	uint32_t k, s, e;
	r->acc0 = r->acc1 = r->lead0 = r->lead1 = r->tail0 = r->tail1 = 0;
	r->leadv = r->tailv = NONE;
	for (k = t0; k < t1; k++) {
		const pl_token *t = &tok[k];
		if (eq(t, "according") && k + 1 < t1 && eq(&tok[k + 1], "to") && r->acc0 == r->acc1) {
			e = np_fwd(tok, k + 2, t1);
			if (e > k + 2) {
				r->acc0 = k + 2;
				r->acc1 = e;
			}
			continue;
		}
		if (!say_verb(t))
			continue;
		s = np_back(tok, t0, k);
		if (s < k) {
			/* sentence-initial subject, possibly after "On Monday," */
			if (r->leadv == NONE && (s == t0 || (tok[s - 1].tag == PL_T_PPC && quiet_tail(tok, t0, s - 1)))) {
				r->lead0 = s;
				r->lead1 = k;
				r->leadv = k;
			}
			if (s > t0 && (tok[s - 1].tag == PL_T_PPC || tok[s - 1].tag == PL_T_PPR) &&
			    quiet_tail(tok, k + 1, t1)) {
				r->tail0 = s;
				r->tail1 = k;
				r->tailv = s;
			}
		} else if (k > t0 && (tok[k - 1].tag == PL_T_PPC || tok[k - 1].tag == PL_T_PPR) &&
		           (e = np_fwd(tok, k + 1, t1)) > k + 1 && quiet_tail(tok, e, t1)) {
			/* '..., said the ministry.' */
			r->tail0 = k + 1;
			r->tail1 = e;
			r->tailv = k;
		}
	}
}

/* ---- context of one amount ---- */

static const char *const MONTHS[] = {
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan.", "feb.", "mar.",
	"apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", NULL
};

enum { RJ_MONEY = 1, RJ_MONTH = 2, RJ_LABEL = 4, RJ_AFTER = 8 };

static const char *const RJ_MONEY_W[] = {"$", "us$", "€", "£", "¥", "usd", "eur", "nis", NULL};
static const char *const RJ_AFTER_W[] = {"%", "percent", "per", "percentage", "a.m.", "p.m.", "am",
	"pm", "o'clock", "gmt", "dollars", "euros", "pounds", "shekels", "yuan", "yen", "rupees",
	"cents", NULL};
static const char *const RJ_LABEL_W[] = {"no.", "number", "nos.", "page", "article", "resolution",
	"chapter", "flight", "route", "section", "room", "paragraph", "aged", "age", "ages",
	"aging", "ageing", "size", "grade", "level", "category", "phase", NULL};

/* Which of the word lists of reject_amount() hold a word: one hash map, built
** once, from a word to its RJ_ bits, in place of four list scans of the
** words on both sides of every amount (callgrind: about 1% of coding
** Reuters).  When out of memory the scans serve. */
static pl_hash rj_map;
static int rj_ok;
static pthread_once_t rj_once = PTHREAD_ONCE_INIT;

static int rj_add(const char *const *list, unsigned bit)
{
	for (; *list; list++) {
		uintptr_t old = (uintptr_t)pl_hash_get(&rj_map, *list, strlen(*list));
		if (pl_hash_put(&rj_map, *list, strlen(*list), (void *)(old | bit), NULL) < 0)
			return -1;
	}
	return 0;
}

static void build_rj_map(void)
{
	if (rj_add(RJ_MONEY_W, RJ_MONEY) || rj_add(MONTHS, RJ_MONTH) || rj_add(RJ_LABEL_W, RJ_LABEL) ||
	    rj_add(RJ_AFTER_W, RJ_AFTER))
		return;
	rj_ok = 1;
}

/* The RJ_ bits of token t's lower case (not NULL). */
static unsigned rj_bits(const pl_token *t)
{
	const char *w = t->low;
	pthread_once(&rj_once, build_rj_map);
	if (rj_ok)
		return (unsigned)(uintptr_t)pl_tok_get_low(&rj_map, t);
	return (pl_in_list(w, RJ_MONEY_W) ? RJ_MONEY : 0) | (pl_in_list(w, MONTHS) ? RJ_MONTH : 0) |
	       (pl_in_list(w, RJ_LABEL_W) ? RJ_LABEL : 0) | (pl_in_list(w, RJ_AFTER_W) ? RJ_AFTER : 0);
}

/* Whether the amount is not a count of anything: a year, date, sum, share,
** age, time or label.  *needpeople is set when it counts only if a group
** of people follows (years, numbers after a proper noun). */
static int reject_amount(const pl_token *tok, uint32_t t0, uint32_t t1, const amount *am, int *needpeople)
{
	const pl_token *prev = am->n0 > t0 ? &tok[am->n0 - 1] : NULL;
	const pl_token *next = am->a1 < t1 ? &tok[am->a1] : NULL;
	*needpeople = 0;
	if (am->low > 1e13 || am->high > 1e13)
		return 1;
	if (prev && (prev->tag == PL_T_PPD || (prev->low && ((rj_bits(prev) & (RJ_MONEY | RJ_MONTH | RJ_LABEL)) ||
	    pl_eq(prev->low, ":")))))
		return 1;
	if (next && next->low && ((rj_bits(next) & (RJ_AFTER | RJ_MONTH)) || pl_eq(next->low, ":")))
		return 1;
	/* "no one died" */
	if (prev && eq(prev, "no"))
		return 1;
	/* "one of the", "one another" */
	if (!am->vague && !am->range && am->low == 1 && !am->qual && next &&
	    (eq(next, "of") || eq(next, "another")) &&
	    !(am->a1 + 1 < t1 && (eq(&tok[am->a1 + 1], "whom") || eq(&tok[am->a1 + 1], "them"))))
		return 1;
	/* "a boy, 12, was killed" */
	if (am->plain && am->low <= 120 && prev && prev->tag == PL_T_PPC && next && next->tag == PL_T_PPC &&
	    am->n0 >= t0 + 2 && (tok[am->n0 - 2].tag == PL_T_NN || tok[am->n0 - 2].tag == PL_T_NNP))
		return 1;
	if (am->plain && am->low >= 1000 && am->low <= 2100 && am->low == (long)am->low &&
	    !strchr(tok[am->n0].low, ',') && !strchr(tok[am->n0].low, '.')) {
		/* "the 2005 Lions", "the 1967 tourists", "Israel's 2014 war" */
		if (prev && (prev->tag == PL_T_DT || prev->tag == PL_T_POS || prev->tag == PL_T_PRPS))
			return 1;
		*needpeople = 1;
	}
	/* "Resolution 2334", "Fathers 4 Justice" */
	if (prev && (prev->flags & PL_TOK_CAP) && is_noun(prev) && !(prev->flags & PL_TOK_SSTART))
		*needpeople = 1;
	return 0;
}

/* The group counted, read from k = end of the amount. */
static void parse_group(const pl_token *tok, uint32_t k, uint32_t end, group *g)
{
	uint32_t j, s, last = NONE;
	double v;
	int n;
	memset(g, 0, sizeof *g);
	g->head = NONE;
	g->end = k;
	if (k < end && eq(&tok[k], "of")) {
		if (k + 1 < end && (eq(&tok[k + 1], "whom") || eq(&tok[k + 1], "them") ||
		    eq(&tok[k + 1], "those") || eq(&tok[k + 1], "these"))) {
			g->pronoun = 1;
			g->end = k + 2;
			return;
		}
		j = k + 1;
		if (j < end && (tok[j].tag == PL_T_DT || tok[j].tag == PL_T_PRPS))
			j++;
		if (j < end && j > k + 1 && (n = pl_number_parse(tok, j, end, &v)) > 0)
			j += (uint32_t)n;    /* "three of the four suspects" */
		/* "of" must bring a noun phrase ("three of the hostages") */
		if (j >= end || !(PL_TAG_IS_ADJ(tok[j].tag) || is_noun(&tok[j])))
			return;
		k = j;
	}
	/* the noun phrase: modifiers and a head, ending at the first plural */
	for (j = k; j < end && j < k + 6; j++) {
		const pl_token *t = &tok[j];
		if (is_noun(t)) {
			last = j;
			if (t->tag == PL_T_NNS || t->tag == PL_T_NNPS)
				break;
		} else if (PL_TAG_IS_ADJ(t->tag) || (t->tag == PL_T_VBN && j + 1 < end && is_noun(&tok[j + 1])) ||
		           (t->tag == PL_T_RB && last == NONE && j + 1 < end &&
		            (PL_TAG_IS_ADJ(tok[j + 1].tag) || tok[j + 1].tag == PL_T_VBN))) {
			/* "internally displaced people" */
			if (last != NONE)
				break;
		} else {
			break;
		}
	}
	if (last == NONE) {
		/* "12 dead", "30 injured": an adjective standing as the noun */
		if (k < end && (eq(&tok[k], "dead") || eq(&tok[k], "injured") || eq(&tok[k], "wounded") ||
		    eq(&tok[k], "missing")) && !(k + 1 < end && is_noun(&tok[k + 1]))) {
			g->g0 = k;
			g->g1 = g->end = k + 1;
			g->head = k;
			g->people = 1;
			g->modkind = kind_word(&tok[k])->kind;
		}
		return;
	}
	/* a singular proper noun is no group: "killed 12 Hamas ..." is unsure */
	if (tok[last].tag == PL_T_NNP && !people_head(&tok[last]))
		return;
	g->head = last;
	g->g1 = g->end = last + 1;
	for (s = k; s < last && (eq(&tok[s], "more") || eq(&tok[s], "other") || eq(&tok[s], "additional") ||
	     eq(&tok[s], "further")); s++)
		;
	g->g0 = s;
	for (j = s; j < last; j++) {
		const struct kindword *kw = kind_word(&tok[j]);
		if (kw && (PL_TAG_IS_ADJ(tok[j].tag) || tok[j].tag == PL_T_VBN))
			g->modkind = kw->kind;
	}
	if (people_head(&tok[last]))
		g->people = 1;
	else
		g->nonpeople = 1;
}

/* Displacement said without a verb of displacing, at token k: "sought
** refuge", "took shelter", "live in camps", "stay in makeshift shelters".
** Returns K_DISPLACED or NULL. */
static const char *const REFUGE[] = {"refuge", "shelter", "sanctuary", NULL};
static const char *const CAMP[] = {"camp", "shelter", "tent", NULL};

static const char *refuge_kind(const pl_token *tok, uint32_t k, uint32_t end)
{
	static const char *const SEEK[] = {"seek", "take", "find", "look", NULL};
	static pl_wordset SEEK_set = PL_WORDSET(SEEK);
	static const char *const LIVE[] = {"live", "stay", "remain", "shelter", "sleep", "crowd",
		"languish", "camp", "huddle", "squeeze", NULL};
	static pl_wordset live_set = PL_WORDSET(LIVE);
	uint32_t j = k + 1;
	if (k >= end)
		return NULL;
	if (pl_in_set(&SEEK_set, lem(&tok[k]))) {
		if (j < end && eq(&tok[j], "for"))
			j++;   /* "looking for shelter" */
		return j < end && pl_in_list(lem(&tok[j]), REFUGE) ? K_DISPLACED : NULL;
	}
	if (!pl_in_set(&live_set, lem(&tok[k])) || j >= end || !eq(&tok[j], "in"))
		return NULL;
	/* "in (makeshift, overcrowded, ...) camps" */
	for (j++; j < end && j < k + 6; j++) {
		if (is_noun(&tok[j]))
			return pl_in_list(lem(&tok[j]), CAMP) && (j + 1 >= end || !is_noun(&tok[j + 1])) ?
			       K_DISPLACED : NULL;
		if (!(PL_TAG_IS_ADJ(tok[j].tag) || tok[j].tag == PL_T_DT || tok[j].tag == PL_T_VBN ||
		      tok[j].tag == PL_T_RB))
			return NULL;
	}
	return NULL;
}

/* What the words after the group say happened to it. *r0, *r1 get a
** reporter found inside ("33 the Israeli military says are dead"). */
static const char *right_kind(const pl_token *tok, uint32_t k, uint32_t end, int hostages, int grouped,
                              uint32_t *r0, uint32_t *r1, int *adjacent, int *strong)
{
	static const char *const HEDGE[] = {"reported", "believed", "feared", "presumed", "thought",
		"confirmed", "said", "known", "found", "declared", "listed", "estimated", "understood",
		"likely", "now", "still", NULL};
	uint32_t start = k;
	int aux = 0, steps = 0, apos = 0, rep = 0, coord = 0;
	*adjacent = 0;
	while (k < end && steps++ < 18) {
		const pl_token *t = &tok[k];
		const struct kindword *kw;
		const char *l = lem(t);
		uint32_t e, s;
		if (t->tag == PL_T_PPC) {
			/* ", mostly women and children," or ", the ministry said," */
			if (aux || apos)
				return NULL;
			for (e = k + 1; e < end && e < k + 10 && tok[e].tag != PL_T_PPC; e++)
				;
			if (e >= end || tok[e].tag != PL_T_PPC || e == k + 1)
				return NULL;
			if (say_verb(&tok[e - 1]) && (s = np_back(tok, k + 1, e - 1)) == k + 1) {
				*r0 = k + 1;
				*r1 = e - 1;
			} else {
				for (s = k + 1; s < e; s++)
					if (is_finite(&tok[s]))
						return NULL;
			}
			apos = 1;
			k = e + 1;
			continue;
		}
		if (!aux && !rep && (t->tag == PL_T_DT || is_noun(t) || PL_TAG_IS_ADJ(t->tag) || t->tag == PL_T_PRP)) {
			/* "33 the Israeli military says are dead" */
			for (e = k; e < end && e < k + 8 && !say_verb(&tok[e]); e++)
				if (!np_tag(&tok[e]) && tok[e].tag != PL_T_PRP)
					break;
			if (e < end && say_verb(&tok[e]) && np_back(tok, k, e) == k && e + 1 < end &&
			    (is_verb(&tok[e + 1]) || tok[e + 1].tag == PL_T_MD || eq(&tok[e + 1], "that"))) {
				*r0 = k;
				*r1 = e;
				rep = 1;
				k = e + 1;
				if (eq(&tok[k], "that"))
					k++;
				continue;
			}
		}
		if ((eq(t, "and") || eq(t, "or")) && !aux && !coord) {
			/* "12 Palestinians and 3 Israelis were killed" */
			amount am;
			group g;
			e = k + 1;
			if (e < end && parse_amount(tok, e, end, &am))
				e = am.a1;
			else if (e < end && tok[e].tag == PL_T_DT)
				e++;
			parse_group(tok, e, end, &g);
			if (g.head == NONE || !g.people)
				return NULL;
			coord = 1;
			k = g.end;
			continue;
		}
		if (!aux && (eq(t, "who") || eq(t, "that") || eq(t, "which"))) {
			k++;
			continue;
		}
		if (t->tag == PL_T_RB || t->tag == PL_T_RBR || t->tag == PL_T_RBS) {
			if (eq(t, "not") || eq(t, "never") || eq(t, "n't"))
				return NULL;
			k++;
			continue;
		}
		if (t->tag == PL_T_MD || pl_eq(l, "be") || pl_eq(l, "have") || pl_eq(l, "get")) {
			aux = 1;
			k++;
			continue;
		}
		if (t->tag == PL_T_TO && k + 1 < end && (pl_eq(lem(&tok[k + 1]), "have") ||
		    pl_eq(lem(&tok[k + 1]), "be"))) {
			k++;
			continue;
		}
		if (aux && t->low && pl_in_list(t->low, HEDGE) && k + 1 < end && !eq(&tok[k + 1], "by")) {
			k++;
			continue;
		}
		if (refuge_kind(tok, k, end)) {
			*adjacent = k == start;
			return K_DISPLACED;
		}
		if (pl_eq(l, "remain") || pl_eq(l, "stay")) {
			/* "97 of whom remain in Gaza", "remain missing" */
			e = k + 1;
			while (e < end && tok[e].tag == PL_T_RB)
				e++;
			if (e < end && (kw = kind_word(&tok[e])) != NULL) {
				*strong = strong_word(kw);
				return kw->kind;
			}
			if (e < end && (eq(&tok[e], "held") || hostage_word(&tok[e])))
				return hostages || hostage_word(&tok[e]) ? K_HOSTAGES : K_DETAINED;
			if (e + 1 < end && eq(&tok[e], "in") && eq(&tok[e + 1], "captivity"))
				return K_HOSTAGES;
			return hostages ? K_HOSTAGES : NULL;
		}
		if (pl_eq(l, "go") && k + 1 < end && eq(&tok[k + 1], "missing"))
			return K_MISSING;
		if (pl_eq(l, "lose") && k + 2 < end && eq(&tok[k + 2], "lives"))
			return K_KILLED;
		if (is_verb(t) && complement_verb(l)) {
			if (!aux && object_follows(tok, k + 1, end) && !hostage_word(&tok[k + 1]))
				return NULL;
			*adjacent = k == start;
			return complement_kind(tok, k + 1, end, t, hostages, grouped);
		}
		if ((kw = kind_word(t)) != NULL && (is_verb(t) || PL_TAG_IS_ADJ(t->tag) || t->tag == PL_T_NN)) {
			if (!aux && kw->trans && is_verb(t) && object_follows(tok, k + 1, end))
				return NULL;
			if (!aux && !is_verb(t) && strcmp(kw->kind, K_DEAD) != 0 && strcmp(kw->kind, K_MISSING) != 0 &&
			    strcmp(kw->kind, K_INJURED) != 0 && strcmp(kw->kind, K_DISPLACED) != 0)
				return NULL;
			*adjacent = k == start;
			*strong = strong_word(kw);
			return kw->kind;
		}
		if (hostages && t->tag == PL_T_IN && k + 1 < end && eq(&tok[k + 1], "captivity"))
			return K_HOSTAGES;
		return NULL;
	}
	return NULL;
}

static int ends_ed(const pl_token *t)
{
	size_t n = t->low ? strlen(t->low) : 0;
	return n > 3 && pl_eq(t->low + n - 2, "ed");
}

/* What the words before the amount say. *inherit: 1 after "including" or
** "among them", 2 after "and" (the caller checks the previous figure). */
static const char *left_kind(const pl_token *tok, uint32_t t0, uint32_t a0, uint32_t gend, uint32_t end,
                             int hostages, int grouped, int *inherit, int *strong)
{
	const pl_token *p;
	const char *l;
	uint32_t k;
	*inherit = 0;
	if (a0 <= t0)
		return NULL;
	p = &tok[a0 - 1];
	l = lem(p);
	if (pl_eq(l, "include") && p->tag == PL_T_VBG) {
		*inherit = 1;
		return NULL;
	}
	if ((eq(p, "them") || eq(p, "whom")) && a0 - 1 > t0 && eq(&tok[a0 - 2], "among")) {
		*inherit = 1;
		return NULL;
	}
	if (eq(p, "and") || eq(p, "or") || p->tag == PL_T_PPC) {
		*inherit = 2;
		return NULL;
	}
	if (eq(p, "dead") && a0 - 1 > t0 && pl_eq(lem(&tok[a0 - 2]), "shoot"))
		return K_KILLED;
	/* "jailed the two men", "freed their 12 captives" */
	if ((p->tag == PL_T_DT || p->tag == PL_T_PRPS) && !eq(p, "a") && !eq(p, "an") && a0 - 1 > t0 &&
	    is_verb(&tok[a0 - 2])) {
		p = &tok[a0 - 2];
		l = lem(p);
	}
	/* a verb, or a participle the tagger took for an adjective or noun
	** ("and wounded/JJ hundreds", "Gunmen abducted/NN 17") */
	if (is_verb(p) || ((PL_TAG_IS_ADJ(p->tag) || p->tag == PL_T_NN) && ends_ed(p))) {
		const struct kindword *kw;
		if (complement_verb(l))
			return complement_kind(tok, gend, end, p, hostages, grouped);
		if ((kw = kind_word(p)) != NULL && kw->trans) {
			*strong = strong_word(kw);
			return kw->kind;
		}
	}
	if (eq(p, "of") && a0 - 1 > t0)
		return nominal_kind(&tok[a0 - 2]);
	/* "the death toll rose to 52", "a death toll of 40" */
	for (k = a0; k > t0 && a0 - k < 5; k--) {
		const pl_token *t = &tok[k - 1];
		if (pl_eq(lem(t), "toll"))
			return k - 1 > t0 && pl_eq(lem(&tok[k - 2]), "death") ? K_KILLED : NULL;
		if (!(t->tag == PL_T_TO || t->tag == PL_T_IN || t->tag == PL_T_RB || is_verb(t)))
			break;
	}
	return NULL;
}

/* Nearest plural noun of people before k, for "N of whom" with no figure
** before it. */
static uint32_t people_before(const pl_token *tok, uint32_t t0, uint32_t k)
{
	uint32_t j;
	for (j = k; j > t0 && k - j < 16; j--)
		if ((tok[j - 1].tag == PL_T_NNS || tok[j - 1].tag == PL_T_NNPS) && people_head(&tok[j - 1]))
			return j - 1;
	return NONE;
}

/* "two people familiar with the talks": sources, not a count */
static int source_phrase(const pl_token *tok, uint32_t k, uint32_t end)
{
	if (k + 1 >= end)
		return 0;
	return ((eq(&tok[k], "familiar") || eq(&tok[k], "briefed")) && (eq(&tok[k + 1], "with") ||
	        eq(&tok[k + 1], "on"))) || (eq(&tok[k], "close") && eq(&tok[k + 1], "to")) ||
	       (eq(&tok[k], "with") && eq(&tok[k + 1], "knowledge"));
}

#define LETTER_BIT(c) (1u << ((c) - 'a'))
#define NUMWORD_LETTERS (LETTER_BIT('e') | LETTER_BIT('f') | LETTER_BIT('t') | LETTER_BIT('n') | \
                         LETTER_BIT('o') | LETTER_BIT('s') | LETTER_BIT('z'))

static int quick_candidate(const pl_token *t)
{
	double v;
	const char *w;
	if (t->tag == PL_T_CD || (t->flags & (PL_TOK_NUM | PL_TOK_DIGIT)))
		return 1;
	/* number words the tagger did not call CD ("twenty-one"/JJ) */
	/* (the letters "eftnosz" as bits: a test on every token, no call of strchr) */
	if ((t->tag == PL_T_NONE || PL_TAG_IS_ADJ(t->tag) || is_noun(t)) && t->low && t->low[0] >= 'e' &&
	    t->low[0] <= 'z' && (NUMWORD_LETTERS >> (t->low[0] - 'a') & 1) && may_begin_numword(t->low) &&
	    word_value(t, &v) != W_NONE)
		return 1;
	/* the vague counts ("dozens", "scores", "hundreds", "thousands",
	** "millions", "tens", "several", "few", "handful"), by first letter:
	** asked of every token, a walk of the list cost 90 instructions for
	** each word starting with one of these letters */
	if (!(w = t->low))
		return 0;
	switch (w[0]) {
	case 'd': return pl_eq(w, "dozens") || pl_eq(w, "dozen");
	case 's': return pl_eq(w, "scores") || pl_eq(w, "several");
	case 'h': return pl_eq(w, "hundreds") || pl_eq(w, "handful");
	case 't': return pl_eq(w, "thousands") || pl_eq(w, "tens");
	case 'm': return pl_eq(w, "millions");
	case 'f': return pl_eq(w, "few");
	default: return 0;
	}
}

/* ---- sentences that can hold no figure ---- */

/*
** A figure needs what happened to its group, and every source of that is a
** word of the sentence: a kind word (KINDS), a noun before "of" (NOM), a
** verb with a complement ("take", "shoot"), "toll", a refuge or camp, "in
** captivity", "remain held", "lose their lives", a group noun that says it
** (group_kind), or a group of people (PEOPLE, a demonym) for "other";
** "including 33" and "97 of whom" take it from a figure before, which
** needed one itself.  So a
** sentence with none of these words, by lemma or lower case, holds no
** figure, and most sentences with numbers (sums, shares, percentages, the
** bulk of the news) are done with at their first number, after one look-up
** a word, instead of parsing every amount and reading its context
** (callgrind, Reuters: 8,600 amounts for 50 figures).
*/
static pl_hash what_set;
static int what_ok;   /* 0 when memory ran out: every sentence is read */
static pthread_once_t what_once = PTHREAD_ONCE_INIT;
/* For each first letter, bit n set when a word of the set has n bytes: most
** words of a sentence are turned away by it with no hash made */
static uint32_t what_lens[26];

static int add_what(const char *w)
{
	size_t n = strlen(w);
	what_lens[w[0] - 'a'] |= 1u << n;
	return pl_hash_put(&what_set, w, n, (void *)w, NULL);
}

static int add_what_list(const char *const *list)
{
	for (; *list; list++)
		if (add_what(*list) < 0)
			return -1;
	return 0;
}

static void build_what_set(void)
{
	/* ("held" as a word: "remain held" reads it whatever its lemma) */
	static const char *const MORE[] = {"toll", "captivity", "lives", "missing", "held", NULL};
	const char *const *lists[] = {PEOPLE, GROUP_H, GROUP_D, GROUP_P, GROUP_X, GROUP_I, HOSTAGE_WORDS,
		COMPLEMENT_VERBS, REFUGE, CAMP, MORE};
	size_t k;
	for (k = 0; KINDS[k].w; k++)
		if (add_what(KINDS[k].w) < 0)
			return;
	for (k = 0; NOM[k].w; k++)
		if (add_what(NOM[k].w) < 0)
			return;
	for (k = 0; k < sizeof lists / sizeof lists[0]; k++)
		if (add_what_list(lists[k]) < 0)
			return;
	what_ok = 1;
}

/* Is w[0..n) a word of what_set? */
static int what_word(const char *w, size_t n)
{
	unsigned c = (unsigned char)w[0] - 'a';
	return c < 26 && n < 32 && (what_lens[c] >> n & 1) && pl_hash_get(&what_set, w, n);
}

/* Whether tok[t0..t1) holds a word that may tell what a figure counts.
** pl_figures_find() builds the set first. */
static int may_tell_what(const pl_token *tok, uint32_t t0, uint32_t t1)
{
	uint32_t k;
	if (!what_ok)
		return 1;
	for (k = t0; k < t1; k++) {
		const pl_token *t = &tok[k];
		if (!t->low)
			return 1;   /* (no token of the segmenter's) */
		if (t->flags & (PL_TOK_PUNCT | PL_TOK_NUM))
			continue;
		/* (as pl_tok_get_low: an ASCII token's lower case is as long as its text) */
		if (what_word(t->low, pl_tok_ascii(t) ? t->len : strlen(t->low)) ||
		    (t->lemma && t->lemma != t->low && what_word(t->lemma, strlen(t->lemma))) || demonym(t))
			return 1;
	}
	return 0;
}

/* The tables pl_figures_find() asks before any amount: one call of
** pthread_once() a sentence rather than three. */
static pthread_once_t find_once = PTHREAD_ONCE_INIT;

static void build_find_tables(void)
{
	pthread_once(&numword_once, build_numword_map);   /* for may_begin_numword() */
	pthread_once(&opener_once, build_opener_set);     /* for may_open_amount() */
	pthread_once(&what_once, build_what_set);         /* for may_tell_what() */
}

static long to_long(double v)
{
	return (long)(v + 0.5);
}

int pl_figures_find(const pl_token *tok, uint32_t t0, uint32_t t1, pl_figure *out, int max)
{
	reporters rep;
	int nout = 0, have_rep = 0, checked = 0;
	uint32_t i;
	if (!tok || !out || max <= 0 || t0 >= t1)
		return 0;
	/* the bits of quick_candidate() (most nouns are turned away there,
	** with no call of word_value()) and the sets of the amounts */
	pthread_once(&find_once, build_find_tables);
	memset(&rep, 0, sizeof rep);
	for (i = t0; i < t1 && nout < max;) {
		amount am;
		group g;
		const char *what = NULL, *lk, *rk;
		uint32_t g0 = 0, g1 = 0, ghead = NONE, r0 = 0, r1 = 0, span1, c, j;
		int need, inherit, hostages, adjacent = 0, lstrong = 0, rstrong = 0;
		pl_figure *f;
		/* the next number-like token; an amount starts at most 3 before it
		** ("no fewer than 12", "between 20 and 30", "a few hundred") */
		for (c = i; c < t1 && !quick_candidate(&tok[c]); c++)
			;
		if (c >= t1)
			break;
		/* (at the first number: most sentences have none) */
		if (!checked && !may_tell_what(tok, t0, t1))
			break;
		checked = 1;
		for (j = c >= i + 3 ? c - 3 : i; j <= c; j++)
			if (may_open_amount(&tok[j]) && parse_amount(tok, j, t1, &am))
				break;
		if (j > c) {
			i = c + 1;
			continue;
		}
		i = am.a1;
		if (reject_amount(tok, t0, t1, &am, &need))
			continue;
		parse_group(tok, am.a1, t1, &g);
		if (need && !g.people)
			continue;
		if (g.head != NONE) {
			g0 = g.g0;
			g1 = g.g1;
			ghead = g.head;
		}
		lk = left_kind(tok, t0, am.a0, g.end, t1, ghead != NONE && hostage_head(&tok[ghead]), ghead != NONE,
		               &inherit, &lstrong);
		if (ghead == NONE && (g.pronoun || inherit == 1)) {
			/* "97 of whom", "including 33": the group of the figure before */
			if (nout > 0 && out[nout - 1].g0 != out[nout - 1].g1) {
				g0 = out[nout - 1].g0;
				g1 = out[nout - 1].g1;
				ghead = g1 - 1;
				if (!people_head(&tok[ghead]) && (ghead = people_before(tok, t0, g1)) == NONE)
					ghead = g1 - 1;
			} else if ((ghead = people_before(tok, t0, am.a0)) != NONE) {
				g0 = ghead;
				g1 = ghead + 1;
			}
		}
		hostages = ghead != NONE && hostage_head(&tok[ghead]);
		rk = right_kind(tok, g.end, t1, hostages, ghead != NONE, &r0, &r1, &adjacent, &rstrong);
		if (lk)
			what = lk;
		else if (g.modkind)
			what = g.modkind;
		else if (rk)
			what = rk;
		else if (inherit && nout > 0 && (inherit == 1 || out[nout - 1].t1 == am.a0 - 1))
			what = out[nout - 1].what;
		else if (g.pronoun && nout > 0)
			what = out[nout - 1].what;
		if (!what && ghead != NONE)
			what = group_kind(&tok[ghead]);
		if (!what && ghead != NONE && people_head(&tok[ghead]) && (am.low >= 3 || am.qual || am.vague) &&
		    !source_phrase(tok, g.end, t1))
			what = K_OTHER;
		if (!what)
			continue;
		/* a group of things counts only under a verb that people undergo */
		if (g.nonpeople && (thing_head(&tok[g.head]) || !(lk ? lstrong : !g.modkind && rk && rstrong)))
			continue;
		if (inherit == 2 && !lk && !rk && (ghead == NONE || !people_head(&tok[ghead])))
			continue;
		span1 = g.end;
		if (adjacent && rk && rk == what)
			span1 = g.end + 1;
		if (r0 == r1) {
			if (!have_rep) {
				find_reporters(tok, t0, t1, &rep);
				have_rep = 1;
			}
			if (rep.acc0 != rep.acc1) {
				r0 = rep.acc0;
				r1 = rep.acc1;
			} else if (rep.leadv != NONE && am.a0 > rep.leadv) {
				r0 = rep.lead0;
				r1 = rep.lead1;
			} else if (rep.tailv != NONE && span1 <= rep.tailv) {
				r0 = rep.tail0;
				r1 = rep.tail1;
			}
		}
		f = &out[nout++];
		f->t0 = am.a0;
		f->t1 = span1;
		f->count = to_long(am.low);
		f->low = to_long(am.low);
		f->high = to_long(am.high);
		f->what = what;
		f->qualifier = am.qual;
		f->g0 = g0;
		f->g1 = g1;
		f->r0 = r0;
		f->r1 = r1;
		if (span1 > i)
			i = span1;
	}
	return nout;
}
