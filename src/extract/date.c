/*
** date.c: calendar arithmetic (days from the civil calendar and back) and a
** recogniser for the date expressions of news English, resolved against the
** article's date; see date.h.  Works on the tokens of one sentence, allocates
** nothing, and looks at each token a constant number of times.
*/
#include "date.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/*
** Conventions for resolving expressions (ref is the article date):
**   bare weekday    the latest such day on or before ref ("on Tuesday" in a
**                   Tuesday article is that day); in a future sentence the
**                   earliest on or after ref.
**   last/this/next  + weekday: that day in the previous / current / following
**                   Monday-to-Sunday week.
**   last/this/next  + week: the Monday of that week (granularity week);
**                   + month, year: its first day.
**   N days ago      ref - N (day); N weeks ago: the Monday of the week holding
**                   ref - 7N (week); N months / years ago: first day (month/year).
**   month day       with no year: the latest such date not after ref (future
**                   sentence: the earliest not before ref).
**   month alone     the latest such month not after ref's month, the current
**                   one included; "last November" is strictly before it,
**                   "next November" strictly after.
**   month, year     "February, 1986" (the wire's comma): that month.
** A sentence is "future" when it holds "will", "'ll", "won't", "shall",
** "next", "upcoming", "plan(s)/planning to", "is/are due", "is/are
** scheduled", "is/are set to", "is/are expected to", "is/are to" or
** "going to" before a word, or "to be held".
*/

#define ISDIGIT(c) ((unsigned)((c) - '0') < 10u)
#define ISUPPER(c) ((unsigned)((c) - 'A') < 26u)
#define ISLOWER(c) ((unsigned)((c) - 'a') < 26u)
#define ISALPHA(c) (ISUPPER(c) || ISLOWER(c))
#define TOLOWER(c) (ISUPPER(c) ? (c) + 32 : (c))

/* ---- calendar ---- */

static int is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
	static const unsigned char dm[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m < 1 || m > 12)
		return 0;
	return m == 2 && is_leap(y) ? 29 : dm[m - 1];
}

static int valid_ymd(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && d >= 1 && d <= days_in_month(y, m);
}

static pl_date mkdate(int y, int m, int d)
{
	pl_date r;
	r.y = (int16_t)y;
	r.m = (int8_t)m;
	r.d = (int8_t)d;
	return r;
}

static pl_date nodate(void)
{
	return mkdate(0, 0, 0);
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's method). */
static long long days_from_civil(int y, int m, int d)
{
	long long yy = y - (m <= 2), era, yoe, doy, doe;
	era = (yy >= 0 ? yy : yy - 399) / 400;
	yoe = yy - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(long long z, int *y, int *m, int *d)
{
	long long era, doe, yoe, doy, mp;
	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

pl_date pl_date_add(pl_date d, int days)
{
	int y, m, dd;
	if (!valid_ymd(d.y, d.m, d.d))
		return nodate();
	civil_from_days(days_from_civil(d.y, d.m, d.d) + days, &y, &m, &dd);
	return valid_ymd(y, m, dd) ? mkdate(y, m, dd) : nodate();
}

pl_date pl_date_last(pl_date d, int gran)
{
	if (gran == PL_GRAN_WEEK)
		return pl_date_add(d, 6);
	if (gran == PL_GRAN_MONTH)
		return pl_date_add(d, 30);
	if (gran == PL_GRAN_YEAR) {
		d.m = 12;
		d.d = 31;
	}
	return d;
}

int pl_date_weekday(pl_date d)
{
	long long z;
	if (!valid_ymd(d.y, d.m, d.d))
		return -1;
	z = days_from_civil(d.y, d.m, d.d);   /* 1970-01-01 was a Thursday (3) */
	return (int)(((z + 3) % 7 + 7) % 7);
}

/* n digits at s as a number, or -1 when any is not a digit. */
static int digits(const char *s, int n)
{
	int v = 0, i;
	for (i = 0; i < n; i++) {
		if (!ISDIGIT(s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

int pl_date_parse(const char *s, pl_date *out)
{
	int y, m, d;
	char sep;
	*out = nodate();
	if (!s)
		return -1;
	/* each character is read only once those before it are known not NUL */
	y = digits(s, 4);
	if (y < 0)
		return -1;
	sep = s[4];
	if (sep != '-' && sep != '/')
		return -1;
	m = digits(s + 5, 2);
	if (m < 0 || s[7] != sep)
		return -1;
	d = digits(s + 8, 2);
	if (d < 0 || !valid_ymd(y, m, d) || ISDIGIT(s[10]))
		return -1;
	if (s[10] == 'T') {   /* a time must at least be hh:mm */
		int hh = digits(s + 11, 2), mm;
		if (hh < 0 || hh > 23 || s[13] != ':')
			return -1;
		mm = digits(s + 14, 2);
		if (mm < 0 || mm > 59)
			return -1;
	}
	*out = mkdate(y, m, d);
	return 0;
}

void pl_date_format(pl_date d, char buf[11])
{
	int v, i;
	if (d.y <= 0 || d.y > 9999 || d.m < 1 || d.m > 12 || d.d < 1 || d.d > 31) {
		buf[0] = '\0';
		return;
	}
	for (v = d.y, i = 3; i >= 0; i--, v /= 10)
		buf[i] = (char)('0' + v % 10);
	buf[4] = '-';
	buf[5] = (char)('0' + d.m / 10);
	buf[6] = (char)('0' + d.m % 10);
	buf[7] = '-';
	buf[8] = (char)('0' + d.d / 10);
	buf[9] = (char)('0' + d.d % 10);
	buf[10] = '\0';
}

/* ---- words ---- */

typedef struct scan {
	const pl_token *tok;
	uint32_t t0, t1;
	pl_date ref;     /* all zero when unknown */
	int future;      /* -1 until computed */
} scan;

/* Match results: no match, a date, or tokens to skip that give no date
** (an impossible "Feb. 30", or a relative date with no reference date). */
enum { NO = 0, HIT = 1, SKIP = 2, NOREF = 3 };   /* NOREF: a date expression, no article date to resolve it */

/* Does s[0..n) equal the lower-case word w, ignoring case? */
static inline int ieqn(const char *s, uint32_t n, const char *w)
{
	uint32_t i;
	for (i = 0; i < n; i++)
		if (!w[i] || TOLOWER((unsigned char)s[i]) != (unsigned char)w[i])
			return 0;
	return w[n] == '\0';
}

/* ieqn(t->s, t->len, w) for a token of the text, read off its lower case
** (no loop over the bytes case-folding each).  The two agree when the lower
** case has as many bytes as the text: a letter that is not ASCII but whose
** lower case is (the Kelvin sign) makes it shorter.  Not for a token cut out
** of another ("mid-"), whose lower case is the whole one's. */
static inline int teq(const pl_token *t, const char *w)
{
	return t->low[0] == w[0] && strcmp(t->low, w) == 0 && strlen(t->low) == t->len;
}

static const pl_token *tk(const scan *S, uint32_t i)
{
	return i >= S->t0 && i < S->t1 ? &S->tok[i] : NULL;
}

static inline int weq(const scan *S, uint32_t i, const char *w)
{
	const pl_token *t = tk(S, i);
	return t && teq(t, w);
}

/* Index of the token's text in the NULL-terminated list ws, or -1. */
static int wfind(const pl_token *t, const char *const *ws)
{
	int k;
	unsigned char c0, c1;
	if (!t || !t->len || t->len > 12)
		return -1;
	/* the first two bytes before the loop of ieqn(): most words near a
	** date share a first letter with some entry ("the", "to" with
	** "today"), few the second too.  An entry whose first byte agrees is
	** not empty, so its second byte may be read; a one-byte token has
	** '\0' there, as has a one-byte entry. */
	c0 = TOLOWER((unsigned char)t->s[0]);
	c1 = t->len > 1 ? TOLOWER((unsigned char)t->s[1]) : '\0';
	for (k = 0; ws[k]; k++)
		if (ws[k][0] == c0 && (unsigned char)ws[k][1] == c1 && ieqn(t->s, t->len, ws[k]))
			return k;
	return -1;
}

static int win(const scan *S, uint32_t i, const char *const *ws)
{
	return wfind(tk(S, i), ws) >= 0;
}

static const char *const MONTHS[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", NULL
};
static const char *const MONABBR[] = {
	"jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec", NULL
};
static const char *const WEEKDAYS[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL
};
static const char *const DAYPARTS[] = { "morning", "afternoon", "evening", "night", NULL };
/* Words after which "May" and "March" are months. */
static const char *const MONTHCUE[] = {
	"in", "early", "late", "mid", "last", "next", "this", "since", "of", "until",
	"till", "by", "through", "during", "from", "before", "after", NULL
};
/* Words after which a lone four-digit number is a year. */
static const char *const YEARCUE[] = {
	"in", "since", "of", "by", "during", "until", "till", "before", "after",
	"through", "throughout", "from", "early", "late", "mid", "year", NULL
};
/* Lower-case words that may follow a year ("in 2023 the army"); any other
** lower-case word after it ("2000 people") means a count. */
static const char *const AFTERYEAR[] = {
	"and", "or", "but", "the", "a", "an", "when", "while", "where", "after",
	"before", "until", "at", "in", "on", "to", "from", "with", "by", "for",
	"of", "as", "that", "which", "who", "was", "were", "is", "are", "had",
	"has", "have", "will", "would", "alone", "through", "amid", "during",
	"under", "against", "into", "over", "despite", "following", "since",
	"without", "because", "if", "so", "then", "there", "it", "he", "she",
	"they", "we", "its", "his", "her", "their", "this", "these", "those", NULL
};
/* Quantity words before a number: "to 2000", "about 1950". */
static const char *const QUANTITY[] = {
	"to", "about", "some", "nearly", "almost", "over", "than", "least",
	"around", "roughly", "approximately", "only", "just", "$", "#", "no.", NULL
};
/* Words after "May" that show the modal verb ("May be", "may have"). */
static const char *const VERBISH[] = {
	"be", "have", "not", "also", "never", "still", "well", "only", "just",
	"soon", "even", "take", "make", "come", "go", "become", "need", "want",
	"seek", "face", "lead", "prove", "help", "hold", "meet", "join", NULL
};
static const char *const SMALLNUM[] = {
	"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", NULL
};

/* Month 1-12 of a capitalised token ("October", "Oct.", "Sept"), or 0;
** *abbr is set when the month was abbreviated. */
static int month_of(const pl_token *t, int *abbr)
{
	/* the months (1-12) that begin with each capital, ended by 0: most
	** capitals are no month, and the rest are compared with two or three
	** names, not all 25 */
	static const unsigned char by_letter[26][4] = {
		['A' - 'A'] = {4, 8}, ['D' - 'A'] = {12}, ['F' - 'A'] = {2}, ['J' - 'A'] = {1, 6, 7},
		['M' - 'A'] = {3, 5}, ['N' - 'A'] = {11}, ['O' - 'A'] = {10}, ['S' - 'A'] = {9},
	};
	const unsigned char *ms;
	uint32_t n;
	int k;
	*abbr = 0;
	if (!t || t->len < 3 || t->len > 10 || !ISUPPER((unsigned char)t->s[0]))
		return 0;
	ms = by_letter[(unsigned char)t->s[0] - 'A'];
	if (!ms[0])
		return 0;
	/* a month's abbreviations (and "Sept") begin with the two letters of
	** its name: a capital shared with a month ("Soviet", "Mr", "Japan")
	** mostly ends at the second letter, before the comparisons below */
	for (k = 0; ms[k] && TOLOWER((unsigned char)t->s[1]) != (unsigned char)MONTHS[ms[k] - 1][1]; k++)
		;
	if (!ms[k])
		return 0;
	n = t->len;
	if (t->s[n - 1] == '.')
		n--;
	/* full names before abbreviations, each in the order of the months */
	for (k = 0; ms[k]; k++)
		if (ieqn(t->s, n, MONTHS[ms[k] - 1]))
			return ms[k];
	for (k = 0; ms[k]; k++)
		if (ieqn(t->s, n, MONABBR[ms[k] - 1])) {
			*abbr = 1;
			return ms[k];
		}
	if (ieqn(t->s, n, "sept")) {
		*abbr = 1;
		return 9;
	}
	return 0;
}

/* Whether a capitalised token's first two letters begin a month's name (the
** test month_of() makes before any comparison), asked inline: of the
** capitalised words a sentence holds, most fail it, and the call cost more
** than the test. */
#define MB(c) (1u << ((c) - 'a'))
static inline int may_be_month(const pl_token *t)
{
	static const uint32_t second[26] = {
		['A' - 'A'] = MB('p') | MB('u'), ['D' - 'A'] = MB('e'), ['F' - 'A'] = MB('e'),
		['J' - 'A'] = MB('a') | MB('u'), ['M' - 'A'] = MB('a'), ['N' - 'A'] = MB('o'),
		['O' - 'A'] = MB('c'), ['S' - 'A'] = MB('e'),
	};
	unsigned c0 = (unsigned char)t->s[0] - 'A', c1 = TOLOWER((unsigned char)t->s[1]) - 'a';
	return c0 < 26 && c1 < 26 && (second[c0] >> c1 & 1);
}
#undef MB

/* Weekday 0-6 (Monday 0) of a capitalised token, or -1. */
static int weekday_of(const pl_token *t)
{
	const char *e;
	if (!t || t->len < 6 || t->len > 9 || !ISUPPER((unsigned char)t->s[0]))
		return -1;
	/* every weekday ends in "day": asked of every capitalised word,
	** most are turned away here rather than by the walk of the list */
	e = t->s + t->len - 3;
	if (TOLOWER((unsigned char)e[0]) != 'd' || TOLOWER((unsigned char)e[1]) != 'a' ||
	    TOLOWER((unsigned char)e[2]) != 'y')
		return -1;
	return wfind(t, WEEKDAYS);
}

/* A day of the month: "7", "07", "7th", "22nd"; 1-31, else 0. */
static int day_of(const pl_token *t)
{
	const char *s;
	uint32_t n, k = 0;
	int v = 0;
	if (!t || !t->len || t->len > 4)
		return 0;
	s = t->s;
	n = t->len;
	while (k < n && k < 2 && ISDIGIT(s[k]))
		v = v * 10 + (s[k++] - '0');
	if (k == 0)
		return 0;
	if (k < n && !(n - k == 2 && (ieqn(s + k, 2, "st") || ieqn(s + k, 2, "nd") ||
	                              ieqn(s + k, 2, "rd") || ieqn(s + k, 2, "th"))))
		return 0;
	return v >= 1 && v <= 31 ? v : 0;
}

/* A four-digit year 1900-2099, else 0. */
static int year_of(const pl_token *t)
{
	int v;
	if (!t || t->len != 4)
		return 0;
	v = digits(t->s, 4);
	return v >= 1900 && v <= 2099 ? v : 0;
}

/* Can the token after a year (index i) follow a year rather than a count? */
static int year_follow_ok(const scan *S, uint32_t i)
{
	const pl_token *t = tk(S, i);
	unsigned char c;
	if (!t || !t->len)
		return 1;
	c = (unsigned char)t->s[0];
	if (ISDIGIT(c) || c == '%')
		return 0;
	if (ISLOWER(c))
		return wfind(t, AFTERYEAR) >= 0;
	if (c == '-' && t->len == 1) {   /* "2023 - 24"; "2,000 - 3,000" */
		const pl_token *u = tk(S, i + 1);
		return !(u && u->len && ISDIGIT((unsigned char)u->s[0]));
	}
	return 1;
}

/* A year at token i that may close a date ("Oct. 7, 2023"), else 0. */
static int year_at(const scan *S, uint32_t i)
{
	int y = year_of(tk(S, i));
	return y && year_follow_ok(S, i + 1) ? y : 0;
}

/* A count 1..9999 ("3", "two", "a"), else 0. */
static int count_of(const pl_token *t)
{
	int k;
	if (!t || !t->len)
		return 0;
	if (ISDIGIT((unsigned char)t->s[0])) {
		int v = t->len <= 4 ? digits(t->s, (int)t->len) : -1;
		return v > 0 ? v : 0;
	}
	k = wfind(t, SMALLNUM);
	return k < 0 ? 0 : k < 2 ? 1 : k - 1;
}

/* The letters "wsnupdeiagh" as bits: the first letters of is_future()'s
** words, "'ll" aside. */
#define FUTURE_FIRST ((1u << ('w' - 'a')) | (1u << ('s' - 'a')) | (1u << ('n' - 'a')) | \
                      (1u << ('u' - 'a')) | (1u << ('p' - 'a')) | (1u << ('d' - 'a')) | \
                      (1u << ('e' - 'a')) | (1u << ('i' - 'a')) | (1u << ('a' - 'a')) | \
                      (1u << ('g' - 'a')) | (1u << ('h' - 'a')))

static int is_future(scan *S)
{
	uint32_t i;
	if (S->future >= 0)
		return S->future;
	S->future = 0;
	for (i = S->t0; i < S->t1; i++) {
		const pl_token *t = &S->tok[i];
		const char *s = t->s;
		if (!t->len || !(ISALPHA((unsigned char)s[0]) || s[0] == '\''))
			continue;
		/* the first letters of the words below: most words are passed
		** here, not tried against each of them (a bit each, no call) */
		if (s[0] != '\'' && !(FUTURE_FIRST >> (TOLOWER((unsigned char)s[0]) - 'a') & 1))
			continue;
		if ((t->len == 4 && (memcmp(s, "will", 4) == 0 || (i == S->t0 && memcmp(s, "Will", 4) == 0))) ||
		    teq(t, "'ll") || teq(t, "\xe2\x80\x99ll") ||
		    (teq(t, "wo") && (weq(S, i + 1, "n't") || weq(S, i + 1, "n\xe2\x80\x99t"))) ||
		    teq(t, "shall") || teq(t, "next") ||
		    teq(t, "upcoming") ||
		    ((teq(t, "plans") || teq(t, "plan") ||
		      teq(t, "planning")) && weq(S, i + 1, "to")) ||
		    ((teq(t, "due") || teq(t, "scheduled") ||
		      ((teq(t, "set") || teq(t, "expected")) && weq(S, i + 1, "to"))) &&
		     (weq(S, i - 1, "is") || weq(S, i - 1, "are") || weq(S, i - 1, "be"))) ||
		    /* "the minister is to meet", "are going to vote" */
		    ((teq(t, "is") || teq(t, "are") || teq(t, "going")) &&
		     weq(S, i + 1, "to") && tk(S, i + 2) && ISLOWER((unsigned char)tk(S, i + 2)->s[0]) &&
		     !weq(S, i + 2, "the") && !weq(S, i + 2, "a") && !weq(S, i + 2, "an")) ||
		    (teq(t, "held") && weq(S, i - 1, "be") &&
		     (weq(S, i - 2, "to") || weq(S, i - 2, "will")))) {
			S->future = 1;
			break;
		}
	}
	return S->future;
}

static int have_ref(const scan *S)
{
	return S->ref.y != 0;
}

static int put(pl_datex *x, uint32_t t0, uint32_t t1, pl_date d, int gran)
{
	x->t0 = t0;
	x->t1 = t1;
	x->date = d;
	x->gran = gran;
	return d.y ? HIT : SKIP;
}

/* A date expression with no article date to resolve it against: reported
** without a date. */
static int skip(pl_datex *x, uint32_t t0, uint32_t t1)
{
	put(x, t0, t1, nodate(), PL_GRAN_DAY);
	return NOREF;
}

/* A date that does not exist ("Feb. 30"): its words are passed over. */
static int invalid(pl_datex *x, uint32_t t0, uint32_t t1)
{
	put(x, t0, t1, nodate(), PL_GRAN_DAY);
	return SKIP;
}

static pl_date week_monday(pl_date d)
{
	return pl_date_add(d, -pl_date_weekday(d));
}

/* First day of the month `delta` months from (y, m). */
static pl_date month_shift(int y, int m, int delta)
{
	long long k = (long long)y * 12 + (m - 1) + delta;
	if (k < 12 || k >= 10000 * 12)
		return nodate();
	return mkdate((int)(k / 12), (int)(k % 12) + 1, 1);
}

/* Month-day with no year: the latest not after ref, or in a future
** sentence the earliest not before it.  Feb. 29 looks for a leap year. */
static pl_date resolve_md(scan *S, int m, int d)
{
	const pl_date r = S->ref;
	int fut = is_future(S), y = r.y, k;
	if (fut)
		y += m < r.m || (m == r.m && d < r.d);
	else
		y -= m > r.m || (m == r.m && d > r.d);
	for (k = 0; k < 8 && !valid_ymd(y, m, d); k++)
		y += fut ? 1 : -1;
	return valid_ymd(y, m, d) ? mkdate(y, m, d) : nodate();
}

/* mode for months and weekdays: bare, or after "last", "this", "next". */
enum { M_BARE, M_LAST, M_THIS, M_NEXT };

/* First day of month m alone ("in November", "last November"). */
static pl_date resolve_month(scan *S, int m, int mode)
{
	int y = S->ref.y;
	switch (mode) {
	case M_LAST: y -= m >= S->ref.m; break;
	case M_NEXT: y += m <= S->ref.m; break;
	case M_THIS: break;
	default:
		if (is_future(S))
			y += m < S->ref.m;
		else
			y -= m > S->ref.m;
	}
	return y >= 1 && y <= 9999 ? mkdate(y, m, 1) : nodate();
}

/* A day of the month spelled as wire copy spells days below ten ("April
** one", "March six"): one to nine, and not a count of what follows
** ("March six pct", "April one year", "May one of": the words of
** counted). */
static int spelled_day(const scan *S, uint32_t i)
{
	static const char *const days[] = {"one", "two", "three", "four", "five", "six", "seven",
		"eight", "nine", NULL};
	static const char *const counted[] = {"pct", "percent", "mln", "million", "billion", "year",
		"years", "day", "days", "week", "weeks", "month", "months", "of", "-", "or", "to",
		"more", "per", "times", "dlrs", "shares", NULL};
	const pl_token *t = tk(S, i), *n = tk(S, i + 1);
	int k;
	if (!t || (k = wfind(t, days)) < 0)
		return 0;
	if (n && (wfind(n, counted) >= 0 || ISDIGIT((unsigned char)n->s[0])))
		return 0;
	return k + 1;
}

/*
** Month expressions at token i (a capitalised word): "Oct. 7", "Oct. 7,
** 2023", "October 7th", "November 2023", "November".  `cued` says a word
** before it ("in", "early", "last") marks a date.
*/
static int match_month(scan *S, uint32_t i, int cued, int mode, pl_datex *x)
{
	int abbr, m = month_of(tk(S, i), &abbr), d, y, amb;
	uint32_t j;
	if (!m)
		return NO;
	amb = !abbr && (m == 5 || m == 3);
	d = day_of(tk(S, i + 1));
	if (!d && !abbr)
		d = spelled_day(S, i + 1);
	if (d) {
		j = i + 2;
		y = year_at(S, j);
		if (!y && weq(S, j, ",")) {
			y = year_at(S, j + 1);
			if (y)
				j++;
		}
		if (y) {
			if (!valid_ymd(y, m, d))
				return invalid(x, i, j + 1);
			return put(x, i, j + 1, mkdate(y, m, d), PL_GRAN_DAY);
		}
		if (!valid_ymd(2000, m, d))   /* no year in which it exists */
			return invalid(x, i, i + 2);
		if (!have_ref(S))
			return skip(x, i, i + 2);
		return put(x, i, i + 2, resolve_md(S, m, d), PL_GRAN_DAY);
	}
	y = year_of(tk(S, i + 1));   /* "May 2023 talks": no count reading */
	if (y)
		return put(x, i, i + 2, mkdate(y, m, 1), PL_GRAN_MONTH);
	/* "in February, 1986": the wire's comma between month and year; read
	** alone, the month would take the article's year */
	if (weq(S, i + 1, ",") && (y = year_at(S, i + 2)) != 0)
		return put(x, i, i + 3, mkdate(y, m, 1), PL_GRAN_MONTH);
	if (abbr)
		return NO;
	if (amb && (!cued || (m == 5 && win(S, i + 1, VERBISH))))
		return NO;
	j = weq(S, i + 1, "of") ? i + 2 : i + 1;   /* "June (of) last year" */
	if (weq(S, j + 1, "year") && (weq(S, j, "last") || weq(S, j, "this") || weq(S, j, "next"))) {
		if (!have_ref(S))
			return skip(x, i, j + 2);
		y = S->ref.y + (weq(S, j, "last") ? -1 : weq(S, j, "next"));
		return put(x, i, j + 2, mkdate(y, m, 1), PL_GRAN_MONTH);
	}
	if (!have_ref(S))
		return skip(x, i, i + 1);
	return put(x, i, i + 1, resolve_month(S, m, mode), PL_GRAN_MONTH);
}

/* Weekday expressions at token i: "Monday", "Monday night", "Monday, Oct. 7". */
static int match_weekday(scan *S, uint32_t i, int mode, pl_datex *x)
{
	int wd = weekday_of(tk(S, i)), rw, r;
	uint32_t j, end;
	pl_date d;
	if (wd < 0)
		return NO;
	if (mode == M_BARE && weq(S, i - 1, "the")) {   /* "the Sunday Times" */
		const pl_token *n = tk(S, i + 1);
		int abbr;
		if (n && n->len && ISUPPER((unsigned char)n->s[0]) && !month_of(n, &abbr))
			return NO;
	}
	j = weq(S, i + 1, ",") ? i + 2 : i + 1;
	r = match_month(S, j, 1, M_BARE, x);
	if ((r == HIT && x->gran == PL_GRAN_DAY) || ((r == SKIP || r == NOREF) && x->t1 > j + 1)) {
		/* "Monday, Oct. 7": the month and day decide */
		x->t0 = i;
		return r;
	}
	end = win(S, i + 1, DAYPARTS) ? i + 2 : i + 1;
	if (!have_ref(S))
		return skip(x, i, end);
	rw = pl_date_weekday(S->ref);
	switch (mode) {
	case M_LAST: d = pl_date_add(week_monday(S->ref), wd - 7); break;
	case M_THIS: d = pl_date_add(week_monday(S->ref), wd); break;
	case M_NEXT: d = pl_date_add(week_monday(S->ref), wd + 7); break;
	default:
		if (is_future(S))
			d = pl_date_add(S->ref, (wd - rw + 7) % 7);
		else
			d = pl_date_add(S->ref, -((rw - wd + 7) % 7));
	}
	return put(x, i, end, d, PL_GRAN_DAY);
}

/* "week", "month", "year" after last/this/next: relative period. */
static int period(scan *S, uint32_t t0, uint32_t t1, const char *unit, int delta, pl_datex *x)
{
	const pl_date r = S->ref;
	if (!have_ref(S))
		return skip(x, t0, t1);
	if (unit[0] == 'w')
		return put(x, t0, t1, pl_date_add(week_monday(r), 7 * delta), PL_GRAN_WEEK);
	if (unit[0] == 'm')
		return put(x, t0, t1, month_shift(r.y, r.m, delta), PL_GRAN_MONTH);
	return put(x, t0, t1, month_shift(r.y + delta, 1, 0), PL_GRAN_YEAR);
}

static const char *unit_of(const scan *S, uint32_t i)
{
	static const char *const UNITS[] = { "week", "month", "year", NULL };
	int k = wfind(tk(S, i), UNITS);
	return k < 0 ? NULL : UNITS[k];
}

/* "three days ago", "a week ago", "2 years ago" starting at token i. */
static int match_ago(scan *S, uint32_t i, pl_datex *x)
{
	static const char *const UNITS[] = {
		"day", "days", "week", "weeks", "month", "months", "year", "years", NULL
	};
	int n = count_of(tk(S, i)), u;
	const pl_date r = S->ref;
	if (!n || !weq(S, i + 2, "ago"))
		return NO;
	u = wfind(tk(S, i + 1), UNITS);
	if (u < 0)
		return NO;
	u /= 2;   /* 0 day, 1 week, 2 month, 3 year */
	if (!have_ref(S))
		return skip(x, i, i + 3);
	switch (u) {
	case 0: return put(x, i, i + 3, pl_date_add(r, -n), PL_GRAN_DAY);
	case 1: return put(x, i, i + 3, week_monday(pl_date_add(r, -7 * n)), PL_GRAN_WEEK);
	case 2: return put(x, i, i + 3, month_shift(r.y, r.m, -n), PL_GRAN_MONTH);
	default: return put(x, i, i + 3, month_shift(r.y - n, 1, 0), PL_GRAN_YEAR);
	}
}

/* The words that open the expressions of match_word(), whose index it
** switches on. */
static const char *const HEADS[] = {
	"yesterday", "today", "tonight", "tomorrow", "last", "this", "next",
	"earlier", "later", "early", "late", "mid", NULL
};

/* For each letter a-z, the HEADS that begin with it (bit k: HEADS[k]), set
** once: head_index() runs for every word of every text, and wfind() over
** HEADS, with a memchr() before it, cost about 1% of coding Reuters
** (callgrind). */
static uint16_t heads_by_letter[26];
static uint8_t heads_len[16];   /* strlen(HEADS[k]): "the" is compared with no "t" head */
/* For each letter, bit n set when a head of n bytes begins with it: most
** words with a head's letter ("the", "to", "that", "market") have no
** head's length and are turned away with no call of head_index() */
static uint16_t heads_lens_by_letter[26];
static pthread_once_t heads_once = PTHREAD_ONCE_INIT;

static void build_heads(void)
{
	int k;
	for (k = 0; HEADS[k]; k++) {
		heads_by_letter[HEADS[k][0] - 'a'] |= (uint16_t)(1u << k);
		heads_len[k] = (uint8_t)strlen(HEADS[k]);
		heads_lens_by_letter[HEADS[k][0] - 'a'] |= (uint16_t)(1u << heads_len[k]);
	}
}

/* wfind(t, HEADS): the first of HEADS that t is (any case), or -1.
** pl_dates_find() sets heads_by_letter first. */
static int head_index(const pl_token *t)
{
	unsigned c, m;
	if (!t->len)
		return -1;
	c = (unsigned)TOLOWER((unsigned char)t->s[0]) - 'a';
	if (c >= 26)
		return -1;
	/* (the second byte before the call of strcmp: "mln" is no "mid",
	** "that" no "this" only at the third) */
	for (m = heads_by_letter[c]; m; m &= m - 1) {
		int k = __builtin_ctz(m);
		if (t->len == heads_len[k] && t->low[1] == HEADS[k][1] && teq(t, HEADS[k]))
			return k;
	}
	return -1;
}

/* Expressions opened by a lower-case word (or the same word capitalised). */
static int match_word(scan *S, uint32_t i, pl_datex *x)
{
	const pl_token *t = &S->tok[i];
	int k, r;
	const char *u;
	if (t->len > 4 && ieqn(t->s, 4, "mid-")) {   /* "mid-November", "mid-2023" */
		pl_token w = *t;
		int abbr, m, y;
		w.s += 4;
		w.len -= 4;
		if ((y = year_of(&w)) != 0)
			return put(x, i, i + 1, mkdate(y, 1, 1), PL_GRAN_YEAR);
		m = month_of(&w, &abbr);
		if (!m || abbr)
			return NO;
		y = year_at(S, i + 1);
		if (y)
			return put(x, i, i + 2, mkdate(y, m, 1), PL_GRAN_MONTH);
		if (!have_ref(S))
			return skip(x, i, i + 1);
		return put(x, i, i + 1, resolve_month(S, m, M_BARE), PL_GRAN_MONTH);
	}
	/* most words start with a letter no head starts with */
	k = head_index(t);
	if (k < 0)
		return weq(S, i + 2, "ago") && count_of(t) ? match_ago(S, i, x) : NO;
	switch (k) {
	case 0: case 1: case 2: case 3: {
		static const int delta[4] = { -1, 0, 0, 1 };
		uint32_t end = win(S, i + 1, DAYPARTS) ? i + 2 : i + 1;
		if (!have_ref(S))
			return skip(x, i, end);
		return put(x, i, end, pl_date_add(S->ref, delta[k]), PL_GRAN_DAY);
	}
	case 4: case 5: case 6: {   /* last, this, next */
		int mode = k == 4 ? M_LAST : k == 5 ? M_THIS : M_NEXT;
		if ((u = unit_of(S, i + 1)) != NULL) {
			if (k != 5 && (weq(S, i - 1, "the") || weq(S, i - 1, "past")))
				return NO;   /* "the last week": the past seven days */
			return period(S, i, i + 2, u, mode - M_THIS, x);
		}
		if (weq(S, i + 1, "night") || weq(S, i + 1, "evening") ||
		    weq(S, i + 1, "morning") || weq(S, i + 1, "afternoon")) {
			if (k == 6)
				return NO;
			if (!have_ref(S))
				return skip(x, i, i + 2);
			return put(x, i, i + 2, pl_date_add(S->ref, k == 4 ? -1 : 0), PL_GRAN_DAY);
		}
		r = match_weekday(S, i + 1, mode, x);
		if (r == NO)
			r = match_month(S, i + 1, 1, mode, x);
		if (r != NO)
			x->t0 = i;
		return r;
	}
	case 7: case 8:   /* earlier/later this week, earlier today */
		if (weq(S, i + 1, "today")) {
			if (!have_ref(S))
				return skip(x, i, i + 2);
			return put(x, i, i + 2, S->ref, PL_GRAN_DAY);
		}
		if (weq(S, i + 1, "this") && (u = unit_of(S, i + 2)) != NULL)
			return period(S, i, i + 3, u, 0, x);
		return NO;
	default: {   /* early, late, mid + month, year or weekday */
		int y = year_at(S, i + 1);
		if (y)
			return put(x, i, i + 2, mkdate(y, 1, 1), PL_GRAN_YEAR);
		r = match_weekday(S, i + 1, M_BARE, x);
		if (r == NO)
			r = match_month(S, i + 1, 1, M_BARE, x);
		if (r != NO)
			x->t0 = i;
		return r;
	}
	}
}

/* Expressions opened by a number: ISO dates, "7 October 2024", years, "3 days ago". */
static int match_number(scan *S, uint32_t i, pl_datex *x)
{
	const pl_token *t = &S->tok[i];
	pl_date d;
	int day, y, abbr, m;
	uint32_t j;
	if (t->len >= 10 && pl_date_parse(t->s, &d) == 0 && (t->len == 10 || t->s[10] == 'T'))
		return put(x, i, i + 1, d, PL_GRAN_DAY);
	if (t->len == 4 && S->t1 - i >= 5) {   /* "2024 - 09 - 03" split apart */
		const pl_token *a = &S->tok[i + 1], *b = &S->tok[i + 2],
		                *c = &S->tok[i + 3], *e = &S->tok[i + 4];
		if (a->len == 1 && (a->s[0] == '-' || a->s[0] == '/') && b->len == 2 &&
		    c->len == 1 && c->s[0] == a->s[0] && e->len == 2) {
			char buf[11];
			memcpy(buf, t->s, 4);
			buf[4] = a->s[0];
			memcpy(buf + 5, b->s, 2);
			buf[7] = a->s[0];
			memcpy(buf + 8, e->s, 2);
			buf[10] = '\0';
			if (pl_date_parse(buf, &d) == 0)
				return put(x, i, i + 5, d, PL_GRAN_DAY);
		}
	}
	day = day_of(t);
	if (day) {   /* "7 October", "7th of October", "2 September 2024" */
		j = weq(S, i + 1, "of") ? i + 2 : i + 1;
		m = month_of(tk(S, j), &abbr);
		if (m) {
			y = year_at(S, j + 1);
			if (y)
				return valid_ymd(y, m, day) ? put(x, i, j + 2, mkdate(y, m, day), PL_GRAN_DAY)
				                            : invalid(x, i, j + 2);
			if (!valid_ymd(2000, m, day))
				return invalid(x, i, j + 1);
			if (!have_ref(S))
				return skip(x, i, j + 1);
			return put(x, i, j + 1, resolve_md(S, m, day), PL_GRAN_DAY);
		}
	}
	y = year_of(t);
	if (y && year_follow_ok(S, i + 1)) {
		const pl_token *p = tk(S, i - 1), *n = tk(S, i + 1);
		int cue = win(S, i - 1, YEARCUE);
		int closes = !n || (n->len == 1 && strchr(",.;:)", n->s[0]) != NULL);
		if (cue || (closes && wfind(p, QUANTITY) < 0 &&
		            !(p && p->len && ISDIGIT((unsigned char)p->s[0]))))
			return put(x, i, i + 1, mkdate(y, 1, 1), PL_GRAN_YEAR);
	}
	return match_ago(S, i, x);
}

/* Whether some head beginning with letter l (0 for 'a') is as long as t */
static inline int head_length(const pl_token *t, unsigned l)
{
	return t->len < 16 && (heads_lens_by_letter[l] >> t->len & 1);
}

static int match_at(scan *S, uint32_t i, pl_datex *x)
{
	const pl_token *t = &S->tok[i];
	unsigned char c;
	int r;
	if (!t->s || !t->len)
		return NO;
	c = (unsigned char)t->s[0];
	if (ISDIGIT(c))
		return match_number(S, i, x);
	if (!ISALPHA(c))
		return NO;
	/* a word that is no head and does not begin "mid-" opens an expression
	** only with "ago" two words on (match_word): most words end here,
	** before the call, and most at their first letter */
	if ((!heads_by_letter[TOLOWER(c) - 'a'] ||
	     ((!head_length(t, TOLOWER(c) - 'a') || head_index(t) < 0) &&
	      !(t->len > 4 && ieqn(t->s, 4, "mid-")))) &&
	    !weq(S, i + 2, "ago"))
		r = NO;
	else
		r = match_word(S, i, x);
	if (r != NO || !ISUPPER(c))
		return r;
	/* (weekday_of() first: match_weekday() asks it too, but its own
	** frame costs more than the test for most capitalised words) */
	r = weekday_of(t) >= 0 ? match_weekday(S, i, M_BARE, x) : NO;
	if (r == NO) {
		int abbr;
		/* the cue word before is looked for only before a month name */
		if (may_be_month(t) && month_of(t, &abbr))
			r = match_month(S, i, win(S, i - 1, MONTHCUE), M_BARE, x);
	}
	return r;
}

int pl_dates_find(const pl_token *tok, uint32_t t0, uint32_t t1, pl_date ref,
                  pl_datex *out, int max)
{
	scan S;
	uint32_t i;
	int n = 0;
	if (!tok || !out || max <= 0 || t0 >= t1)
		return 0;
	pthread_once(&heads_once, build_heads);   /* for head_index() */
	S.tok = tok;
	S.t0 = t0;
	S.t1 = t1;
	S.ref = valid_ymd(ref.y, ref.m, ref.d) ? ref : nodate();
	S.future = -1;
	for (i = t0; i < t1 && n < max;) {
		pl_datex x;
		int r = match_at(&S, i, &x);
		if (r == NO) {
			i++;
			continue;
		}
		/* an expression that cannot be resolved (no article date) is
		** still reported, with no date, so that its words are not read as
		** anything else ("on Wednesday" is no actor) */
		if (r == HIT || r == NOREF)
			out[n++] = x;
		i = x.t1 > i ? x.t1 : i + 1;
	}
	return n;
}

int pl_date_forward(const pl_token *tok, uint32_t t0, uint32_t t1, pl_date ref, pl_datex *x)
{
	scan S;
	pl_datex y;
	long long r;
	if (!tok || !x || x->t0 < t0 || x->t1 > t1 || !valid_ymd(ref.y, ref.m, ref.d))
		return 0;
	S.tok = tok;
	S.t0 = t0;
	S.t1 = t1;
	S.ref = ref;
	S.future = 1;   /* read as in a sentence about what is to come */
	if (match_at(&S, x->t0, &y) != HIT || y.t1 != x->t1 || y.gran != x->gran ||
	    (y.date.y == x->date.y && y.date.m == x->date.m && y.date.d == x->date.d) ||
	    !valid_ymd(x->date.y, x->date.m, x->date.d))
		return 0;
	/* a weekday is within the week either way; a day of a month is read
	** forward only when that is the nearer ("meet on 3 March" in an
	** article of 1 March, not "meet on 20 February": last month's) */
	r = days_from_civil(ref.y, ref.m, ref.d);
	if (weekday_of(tk(&S, x->t0)) < 0 &&
	    days_from_civil(y.date.y, y.date.m, y.date.d) - r >= r - days_from_civil(x->date.y, x->date.m, x->date.d))
		return 0;
	x->date = y.date;
	return 1;
}

int pl_date_long_before(pl_date d, int gran, pl_date ref, int days)
{
	pl_date e;
	if (!d.y || !ref.y)
		return 0;
	e = pl_date_add(pl_date_last(d, gran), days);
	if (!e.y)
		return 0;
	return e.y != ref.y ? e.y < ref.y : e.m != ref.m ? e.m < ref.m : e.d < ref.d;
}

int pl_date_before_story(pl_date d, int gran, pl_date ref, int days)
{
	if (gran == PL_GRAN_YEAR && d.y && ref.y && d.y < ref.y)
		return 1;
	return pl_date_long_before(d, gran, ref, days);
}

int pl_year_before(const pl_token *t, pl_date ref)
{
	int y;
	if (!(t->flags & PL_TOK_NUM) || strlen(t->low) != 4 || !ref.y)
		return 0;
	y = atoi(t->low);
	return y >= 1800 && y < ref.y;
}
