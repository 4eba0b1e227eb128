/*
** test_date.c: unit tests for extract/date.c: parsing, formatting and day
** arithmetic of dates, and date expressions in sentences resolved against
** an article date.  Sentences are tokenised by a small splitter below.
*/
#include "testhelp.h"

#include "extract/date.h"

#define MAXT 128

static char th_text[4096], th_low[4096];
static pl_token th_tok[MAXT];

static int is_abbr(const char *w, size_t n)
{
	static const char *const ab[] = {
		"Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.",
		"Oct.", "Nov.", "Dec.", "U.S.", "Dr.", "No.", NULL
	};
	int k;
	for (k = 0; ab[k]; k++)
		if (strlen(ab[k]) == n && memcmp(ab[k], w, n) == 0)
			return 1;
	return 0;
}

static void add_tok(uint32_t *nt, char *s, size_t n, char *low)
{
	pl_token *t = &th_tok[*nt];
	size_t i;
	int num = 1;
	memset(t, 0, sizeof *t);
	s[n] = '\0';
	for (i = 0; i <= n; i++)
		low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	t->s = s;
	t->low = low;
	t->len = (uint32_t)n;
	if (s[0] >= 'A' && s[0] <= 'Z')
		t->flags |= PL_TOK_CAP;
	for (i = 0; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			t->flags |= PL_TOK_DIGIT;
		else if (s[i] != ',' && s[i] != '.')
			num = 0;
	}
	if (num && (t->flags & PL_TOK_DIGIT))
		t->flags |= PL_TOK_NUM;
	if (n == 1 && !(s[0] >= 'a' && s[0] <= 'z') && !(s[0] >= 'A' && s[0] <= 'Z') &&
	    !(s[0] >= '0' && s[0] <= '9'))
		t->flags |= PL_TOK_PUNCT;
	if (n > 1 && s[n - 1] == '.')
		t->flags |= PL_TOK_ABBR;
	if (*nt == 0)
		t->flags |= PL_TOK_SSTART;
	(*nt)++;
}

/* Splits on spaces; a trailing , . ; : ? ! is its own token unless the
** word is an abbreviation such as "Oct.".  Returns the token count. */
static uint32_t tokenize(const char *text)
{
	uint32_t nt = 0;
	size_t p = 0, out = 0, n = strlen(text);
	if (n >= sizeof th_text / 2)
		return 0;
	/* each token is copied with room for a NUL after it */
	while (p < n && nt + 2 < MAXT) {
		size_t q = p, len;
		while (q < n && text[q] != ' ')
			q++;
		len = q - p;
		if (len) {
			size_t w = len;
			char last = text[p + len - 1];
			if (len > 1 && strchr(",.;:?!", last) && !is_abbr(text + p, len))
				w = len - 1;
			memcpy(th_text + out, text + p, w);
			add_tok(&nt, th_text + out, w, th_low + out);
			out += w + 1;
			if (w < len) {
				th_text[out] = last;
				add_tok(&nt, th_text + out, 1, th_low + out);
				out += 2;
			}
		}
		p = q + 1;
	}
	return nt;
}

static pl_date D(const char *s)
{
	pl_date d;
	pl_date_parse(s, &d);
	return d;
}

/* All expressions found in `text` against `ref`, as "span=date/g; ...",
** g being d, w, m or y. */
static const char *find(const char *ref, const char *text)
{
	static char res[1024];
	pl_datex x[8];
	uint32_t nt = tokenize(text);
	int n = pl_dates_find(th_tok, 0, nt, ref ? D(ref) : D(""), x, 8), k;
	size_t o = 0;
	res[0] = '\0';
	for (k = 0; k < n; k++) {
		char b[11];
		uint32_t i;
		const char *g = x[k].gran == PL_GRAN_DAY ? "d" : x[k].gran == PL_GRAN_WEEK ? "w" :
		                x[k].gran == PL_GRAN_MONTH ? "m" : "y";
		if (k)
			o += (size_t)snprintf(res + o, sizeof res - o, "; ");
		for (i = x[k].t0; i < x[k].t1; i++)
			o += (size_t)snprintf(res + o, sizeof res - o, "%s%s", i > x[k].t0 ? " " : "",
			                      th_tok[i].s);
		pl_date_format(x[k].date, b);
		o += (size_t)snprintf(res + o, sizeof res - o, "=%s/%s", b, g);
		if (o >= sizeof res)
			break;
	}
	return res;
}

#define REF "2024-09-03"   /* a Tuesday */

TEST(parse_format)
{
	pl_date d;
	char b[11];
	CHECK_INT(pl_date_parse("2024-09-03", &d), 0);
	pl_date_format(d, b);
	CHECK_STR(b, "2024-09-03");
	CHECK_INT(pl_date_parse("2024/02/29", &d), 0);
	CHECK_INT(d.y, 2024); CHECK_INT(d.m, 2); CHECK_INT(d.d, 29);
	CHECK_INT(pl_date_parse("2024-09-03T14:05:00Z", &d), 0);
	CHECK_INT(d.d, 3);
	CHECK_INT(pl_date_parse("2024-09-03 and more", &d), 0);
	CHECK_INT(pl_date_parse("2023-02-29", &d), -1);
	CHECK_INT(d.y, 0); CHECK_INT(d.m, 0); CHECK_INT(d.d, 0);
	CHECK_INT(pl_date_parse("1900-02-29", &d), -1);
	CHECK_INT(pl_date_parse("2000-02-29", &d), 0);
	CHECK_INT(pl_date_parse("2024-13-01", &d), -1);
	CHECK_INT(pl_date_parse("2024-00-10", &d), -1);
	CHECK_INT(pl_date_parse("2024-04-31", &d), -1);
	CHECK_INT(pl_date_parse("2024-04-00", &d), -1);
	CHECK_INT(pl_date_parse("2024-09/03", &d), -1);
	CHECK_INT(pl_date_parse("2024-9-03", &d), -1);
	CHECK_INT(pl_date_parse("2024-09-031", &d), -1);
	CHECK_INT(pl_date_parse("2024-09-03T25:00", &d), -1);
	CHECK_INT(pl_date_parse("2024-09-03T1", &d), -1);
	CHECK_INT(pl_date_parse("2024-0", &d), -1);
	CHECK_INT(pl_date_parse("", &d), -1);
	CHECK_INT(pl_date_parse("0000-01-01", &d), -1);
	CHECK_INT(pl_date_parse(NULL, &d), -1);
	d.y = 0;
	pl_date_format(d, b);
	CHECK_STR(b, "");
	pl_date_format(D("0987-01-05"), b);
	CHECK_STR(b, "0987-01-05");
}

TEST(arithmetic)
{
	char b[11];
	pl_date_format(pl_date_add(D("2024-02-28"), 1), b);
	CHECK_STR(b, "2024-02-29");
	pl_date_format(pl_date_add(D("2023-02-28"), 1), b);
	CHECK_STR(b, "2023-03-01");
	pl_date_format(pl_date_add(D("2024-12-31"), 1), b);
	CHECK_STR(b, "2025-01-01");
	pl_date_format(pl_date_add(D("2025-01-02"), -3), b);
	CHECK_STR(b, "2024-12-30");
	pl_date_format(pl_date_add(D("2024-03-01"), -1), b);
	CHECK_STR(b, "2024-02-29");
	pl_date_format(pl_date_add(D("2000-03-01"), -1), b);
	CHECK_STR(b, "2000-02-29");
	pl_date_format(pl_date_add(D("1900-03-01"), -1), b);
	CHECK_STR(b, "1900-02-28");
	pl_date_format(pl_date_add(D("2024-09-03"), 365), b);
	CHECK_STR(b, "2025-09-03");
	pl_date_format(pl_date_add(D("2024-09-03"), -366), b);
	CHECK_STR(b, "2023-09-03");
	pl_date_format(pl_date_add(D("2024-09-03"), 0), b);
	CHECK_STR(b, "2024-09-03");
	pl_date_format(pl_date_add(D("1970-01-01"), 19969), b);
	CHECK_STR(b, "2024-09-03");
	CHECK_INT(pl_date_add(D("9999-12-31"), 1).y, 0);
	CHECK_INT(pl_date_add(D("bad"), 1).y, 0);
	CHECK_INT(pl_date_weekday(D("2024-09-03")), 1);   /* Tuesday */
	CHECK_INT(pl_date_weekday(D("1970-01-01")), 3);
	CHECK_INT(pl_date_weekday(D("1969-12-28")), 6);
	CHECK_INT(pl_date_weekday(D("2000-01-01")), 5);
	CHECK_INT(pl_date_weekday(D("2023-10-07")), 5);
	CHECK_INT(pl_date_weekday(D("2025-01-02")), 3);
	CHECK_INT(pl_date_weekday(D("")), -1);
	{   /* round trip over four centuries, day by day */
		pl_date d = D("1900-01-01");
		int i, ok = 1, w = pl_date_weekday(d);
		for (i = 0; i < 146097 && ok; i++) {
			pl_date e = pl_date_add(d, 1);
			ok = pl_date_add(e, -1).d == d.d && pl_date_weekday(e) == (w + 1) % 7 &&
			     (e.d == d.d + 1 || (e.d == 1 && (e.m == d.m + 1 || (e.m == 1 && e.y == d.y + 1))));
			d = e;
			w = (w + 1) % 7;
		}
		CHECK(ok);
		pl_date_format(d, b);
		CHECK_STR(b, "2300-01-01");
	}
}

TEST(weekdays)
{
	CHECK_STR(find(REF, "Israeli jets struck Gaza on Monday ."), "Monday=2024-09-02/d");
	CHECK_STR(find(REF, "The talks ended on Tuesday."), "Tuesday=2024-09-03/d");
	CHECK_STR(find(REF, "Protesters gathered on Wednesday."), "Wednesday=2024-08-28/d");
	CHECK_STR(find(REF, "Sunday 's strike killed 12."), "Sunday=2024-09-01/d");
	CHECK_STR(find(REF, "The minister will travel to Cairo on Wednesday."), "Wednesday=2024-09-04/d");
	CHECK_STR(find(REF, "The vote will be held on Monday."), "Monday=2024-09-09/d");
	CHECK_STR(find(REF, "A summit is scheduled for Friday."), "Friday=2024-09-06/d");
	CHECK_STR(find(REF, "Elections are due on Thursday."), "Thursday=2024-09-05/d");
	CHECK_STR(find(REF, "The army plans to withdraw on Saturday."), "Saturday=2024-09-07/d");
	CHECK_STR(find(REF, "A conference to be held on Sunday."), "Sunday=2024-09-08/d");
	CHECK_STR(find(REF, "He said on Tuesday he will resign."), "Tuesday=2024-09-03/d");
	CHECK_STR(find(REF, "Rockets hit Haifa Monday night."), "Monday night=2024-09-02/d");
	CHECK_STR(find(REF, "Clashes broke out early Sunday morning."), "early Sunday morning=2024-09-01/d");
	CHECK_STR(find(REF, "He arrived last Monday."), "last Monday=2024-08-26/d");
	CHECK_STR(find(REF, "He arrived last Friday."), "last Friday=2024-08-30/d");
	CHECK_STR(find(REF, "This Monday the court ruled."), "This Monday=2024-09-02/d");
	CHECK_STR(find(REF, "The court rules this Friday."), "this Friday=2024-09-06/d");
	CHECK_STR(find(REF, "Talks resume next Monday."), "next Monday=2024-09-09/d");
	CHECK_STR(find(REF, "Talks resume next Wednesday."), "next Wednesday=2024-09-11/d");
	CHECK_STR(find("2024-09-08", "It rained on Sunday."), "Sunday=2024-09-08/d");
	CHECK_STR(find("2024-09-08", "It rained on Monday."), "Monday=2024-09-02/d");
	CHECK_STR(find("2025-01-02", "Fighting resumed on Saturday."), "Saturday=2024-12-28/d");
	CHECK_STR(find(REF, "He wrote in the Sunday Times."), "");
	CHECK_STR(find(REF, "On Monday, Oct. 7, militants attacked."), "Monday , Oct. 7=2023-10-07/d");
	CHECK_STR(find(REF, "On Monday Netanyahu said no."), "Monday=2024-09-02/d");
	CHECK_STR(find(REF, "Will they meet on Friday?"), "Friday=2024-09-06/d");
	CHECK_STR(find(REF, "They wo n't meet on Friday."), "Friday=2024-09-06/d");
	CHECK_STR(find(REF, "Will Smith spoke on Friday."), "Friday=2024-09-06/d");
	CHECK_STR(find(REF, "Aid arrived due to pressure on Friday."), "Friday=2024-08-30/d");
	/* no article date: the expression is found, its date unknown */
	CHECK_STR(find(NULL, "Rockets hit Haifa on Monday."), "Monday=/d");
}

TEST(relative)
{
	CHECK_STR(find(REF, "Yesterday the army said"), "Yesterday=2024-09-02/d");
	CHECK_STR(find(REF, "The army said today"), "today=2024-09-03/d");
	CHECK_STR(find(REF, "Leaders meet tonight."), "tonight=2024-09-03/d");
	CHECK_STR(find(REF, "Leaders meet tomorrow morning."), "tomorrow morning=2024-09-04/d");
	CHECK_STR(find(REF, "Shelling resumed last night."), "last night=2024-09-02/d");
	CHECK_STR(find(REF, "Shelling resumed this morning."), "this morning=2024-09-03/d");
	CHECK_STR(find(REF, "Talks collapsed last week."), "last week=2024-08-26/w");
	CHECK_STR(find(REF, "Talks collapsed earlier this week."), "earlier this week=2024-09-02/w");
	CHECK_STR(find(REF, "Talks resume this week."), "this week=2024-09-02/w");
	CHECK_STR(find(REF, "Talks resume next week."), "next week=2024-09-09/w");
	CHECK_STR(find(REF, "Last month, prices rose."), "Last month=2024-08-01/m");
	CHECK_STR(find(REF, "Prices rose this month."), "this month=2024-09-01/m");
	CHECK_STR(find(REF, "Prices will rise next month."), "next month=2024-10-01/m");
	CHECK_STR(find(REF, "Prices rose last year."), "last year=2023-01-01/y");
	CHECK_STR(find(REF, "Prices will rise next year."), "next year=2025-01-01/y");
	CHECK_STR(find(REF, "Prices rose earlier this year."), "earlier this year=2024-01-01/y");
	CHECK_STR(find(REF, "He was arrested three days ago."), "three days ago=2024-08-31/d");
	CHECK_STR(find(REF, "He was arrested 10 days ago."), "10 days ago=2024-08-24/d");
	CHECK_STR(find(REF, "He was arrested two weeks ago."), "two weeks ago=2024-08-19/w");
	CHECK_STR(find(REF, "He was arrested a month ago."), "a month ago=2024-08-01/m");
	CHECK_STR(find(REF, "He was arrested two years ago."), "two years ago=2022-01-01/y");
	CHECK_STR(find("2025-01-02", "Talks collapsed last month."), "last month=2024-12-01/m");
	CHECK_STR(find("2025-01-02", "Talks collapsed last week."), "last week=2024-12-23/w");
	CHECK_STR(find("2024-03-01", "He was arrested yesterday."), "yesterday=2024-02-29/d");
	CHECK_STR(find(REF, "Violence surged over the last week."), "");
	CHECK_STR(find(NULL, "Talks collapsed last week."), "last week=/d");
	CHECK_STR(find(REF, "The last time they met"), "");
	CHECK_STR(find(REF, "He was arrested two hours ago."), "");
	CHECK_STR(find(REF, "Talks resumed a day ago."), "a day ago=2024-09-02/d");
}

TEST(month_day)
{
	CHECK_STR(find(REF, "On Oct. 7, Hamas attacked."), "Oct. 7=2023-10-07/d");
	CHECK_STR(find(REF, "On October 7 Hamas attacked."), "October 7=2023-10-07/d");
	CHECK_STR(find(REF, "On 7 October Hamas attacked."), "7 October=2023-10-07/d");
	CHECK_STR(find(REF, "On Oct 7th Hamas attacked."), "Oct 7th=2023-10-07/d");
	CHECK_STR(find(REF, "On the 7th of October Hamas attacked."), "7th of October=2023-10-07/d");
	CHECK_STR(find(REF, "On Oct. 7, 2023, Hamas attacked."), "Oct. 7 , 2023=2023-10-07/d");
	CHECK_STR(find(REF, "It began Sept. 2, 2024."), "Sept. 2 , 2024=2024-09-02/d");
	CHECK_STR(find(REF, "It began September 2 2024 in Gaza."), "September 2 2024=2024-09-02/d");
	CHECK_STR(find(REF, "It began 2 September 2024."), "2 September 2024=2024-09-02/d");
	CHECK_STR(find(REF, "It began Sept 2."), "Sept 2=2024-09-02/d");
	CHECK_STR(find(REF, "It began Sep. 3."), "Sep. 3=2024-09-03/d");
	CHECK_STR(find(REF, "It began Sept. 4."), "Sept. 4=2023-09-04/d");
	CHECK_STR(find(REF, "Elections will be held on Sept. 4."), "Sept. 4=2024-09-04/d");
	CHECK_STR(find(REF, "Elections will be held on Aug. 30."), "Aug. 30=2025-08-30/d");
	CHECK_STR(find("2025-01-02", "It began on Dec. 30."), "Dec. 30=2024-12-30/d");
	CHECK_STR(find("2025-01-02", "It began on Jan. 2."), "Jan. 2=2025-01-02/d");
	CHECK_STR(find(REF, "A deal was signed on Feb. 29."), "Feb. 29=2024-02-29/d");
	CHECK_STR(find("2025-06-01", "A deal was signed on Feb. 29."), "Feb. 29=2024-02-29/d");
	CHECK_STR(find("2024-02-28", "A deal was signed on Feb. 29."), "Feb. 29=2020-02-29/d");
	CHECK_STR(find("2025-06-01", "The deal will start on Feb. 29."), "Feb. 29=2028-02-29/d");
	CHECK_STR(find(REF, "On Feb. 30 nothing happened."), "");
	CHECK_STR(find(REF, "On Feb. 29, 2023, nothing happened."), "");
	CHECK_STR(find(REF, "On April 31 nothing happened."), "");
	CHECK_STR(find(REF, "On Oct. 7, 2000 militants crossed."), "Oct. 7=2023-10-07/d");
	CHECK_STR(find(REF, "On Oct. 7, 2023 militants crossed."), "Oct. 7=2023-10-07/d");
	CHECK_STR(find(REF, "On May 1 workers marched."), "May 1=2024-05-01/d");
	CHECK_STR(find(REF, "On March 15, 2011, protests began."), "March 15 , 2011=2011-03-15/d");
	CHECK_STR(find(NULL, "On Oct. 7, 2023, Hamas attacked."), "Oct. 7 , 2023=2023-10-07/d");
	CHECK_STR(find(NULL, "On Oct. 7 Hamas attacked."), "Oct. 7=/d");
	CHECK_STR(find(REF, "Between Oct. 7 and Oct. 9 fighting raged."),
	          "Oct. 7=2023-10-07/d; Oct. 9=2023-10-09/d");
}

TEST(months)
{
	CHECK_STR(find(REF, "Talks began in November."), "November=2023-11-01/m");
	CHECK_STR(find(REF, "Talks begin in November and will last a week."), "November=2024-11-01/m");
	CHECK_STR(find(REF, "Talks began in September."), "September=2024-09-01/m");
	CHECK_STR(find(REF, "Talks began in August."), "August=2024-08-01/m");
	CHECK_STR(find(REF, "Talks began in November 2023."), "November 2023=2023-11-01/m");
	CHECK_STR(find(REF, "Talks began in Nov. 2021."), "Nov. 2021=2021-11-01/m");
	CHECK_STR(find(REF, "Talks began last November."), "last November=2023-11-01/m");
	CHECK_STR(find(REF, "Talks began last September."), "last September=2023-09-01/m");
	CHECK_STR(find(REF, "Talks begin next November."), "next November=2024-11-01/m");
	CHECK_STR(find(REF, "Talks begin next March."), "next March=2025-03-01/m");
	CHECK_STR(find(REF, "Talks began in early November."), "early November=2023-11-01/m");
	CHECK_STR(find(REF, "Talks began in late June."), "late June=2024-06-01/m");
	CHECK_STR(find(REF, "Talks began in mid-November."), "mid-November=2023-11-01/m");
	CHECK_STR(find(REF, "Talks began in mid-November 2022."), "mid-November 2022=2022-11-01/m");
	CHECK_STR(find(REF, "Talks began in mid-2022."), "mid-2022=2022-01-01/y");
	CHECK_STR(find(REF, "Talks began in late 2022."), "late 2022=2022-01-01/y");
	CHECK_STR(find("2024-11-20", "Talks began in November."), "November=2024-11-01/m");
	CHECK_STR(find("2024-11-20", "Talks began last November."), "last November=2023-11-01/m");
	CHECK_STR(find("2025-01-02", "Talks began in December."), "December=2024-12-01/m");
	CHECK_STR(find(REF, "Talks began in May."), "May=2024-05-01/m");
	CHECK_STR(find(REF, "Protests since March have grown."), "March=2024-03-01/m");
	CHECK_STR(find(REF, "Theresa May said the vote May be delayed."), "");
	CHECK_STR(find(REF, "May the best side win."), "");
	CHECK_STR(find(REF, "March organisers said thousands will march."), "");
	CHECK_STR(find(REF, "Talks in May be damned."), "");
	CHECK_STR(find(REF, "In May 2023 talks began."), "May 2023=2023-05-01/m");
	CHECK_STR(find(REF, "Jan Egeland said so."), "");
	CHECK_STR(find(REF, "Talks resume this November."), "this November=2024-11-01/m");
	CHECK_STR(find(REF, "Troops deployed in May on the border."), "May=2024-05-01/m");
	CHECK_STR(find(REF, "Troops deployed in March, officials said."), "March=2024-03-01/m");
	/* the wire's comma between a month and its year */
	CHECK_STR(find(REF, "Talks began in February, 1986, officials said."), "February , 1986=1986-02-01/m");
	CHECK_STR(find(REF, "Talks began in March, 2,500 people marched."), "March=2024-03-01/m");
	CHECK_STR(find(REF, "Thousands will march on Friday."), "Friday=2024-09-06/d");
	CHECK_STR(find(NULL, "Talks began in November."), "November=/d");
	CHECK_STR(find(NULL, "Talks began in November 2023."), "November 2023=2023-11-01/m");
}

TEST(years)
{
	CHECK_STR(find(REF, "The war began in 2023."), "2023=2023-01-01/y");
	CHECK_STR(find(REF, "Sanctions since 2014 have hurt."), "2014=2014-01-01/y");
	CHECK_STR(find(REF, "The elections of 1999 were close."), "1999=1999-01-01/y");
	CHECK_STR(find(REF, "Troops leave by 2026 under the deal."), "2026=2026-01-01/y");
	CHECK_STR(find(REF, "Abuses during 2020 and 2021 were recorded."),
	          "2020=2020-01-01/y");
	CHECK_STR(find(REF, "The group, founded 1987, rejected it."), "1987=1987-01-01/y");
	CHECK_STR(find(REF, "Hamas took 251 hostages."), "");
	CHECK_STR(find(REF, "About 2,000 people fled."), "");
	CHECK_STR(find(REF, "About 2000 people fled."), "");
	CHECK_STR(find(REF, "Some 1950 people fled in 2000 vehicles."), "");
	CHECK_STR(find(REF, "The toll rose to 2001."), "");
	CHECK_STR(find(REF, "Floods hit in 2000 homes."), "");
	CHECK_STR(find(REF, "A total of 2000 troops came by 1999."), "1999=1999-01-01/y");
	CHECK_STR(find(REF, "In 1850 a treaty was signed."), "");
	CHECK_STR(find(REF, "The 2023 election was close."), "");
	CHECK_STR(find(REF, "In 2023 the army moved."), "2023=2023-01-01/y");
	CHECK_STR(find(NULL, "The war began in 2023."), "2023=2023-01-01/y");
}

TEST(iso_in_text)
{
	CHECK_STR(find(REF, "Posted 2024-09-03 by staff."), "2024-09-03=2024-09-03/d");
	CHECK_STR(find(REF, "Updated 2024-09-03T10:15:00Z by staff."),
	          "2024-09-03T10:15:00Z=2024-09-03/d");
	CHECK_STR(find(REF, "Posted 2024 - 09 - 03 by staff."), "2024 - 09 - 03=2024-09-03/d");
	CHECK_STR(find(REF, "Posted 2023-02-29 by staff."), "");
	CHECK_STR(find(NULL, "Posted 2024/02/29 by staff."), "2024/02/29=2024-02-29/d");
}

TEST(spans_and_limits)
{
	pl_datex x[4];
	uint32_t nt = tokenize("Yesterday , on Monday , last week and in November 2023 .");
	int n = pl_dates_find(th_tok, 0, nt, D(REF), x, 4);
	CHECK_INT(n, 4);
	CHECK_INT(x[0].t0, 0); CHECK_INT(x[0].t1, 1);
	CHECK_INT(x[1].t0, 3); CHECK_INT(x[1].t1, 4);
	CHECK_INT(x[2].t0, 5); CHECK_INT(x[2].t1, 7);
	CHECK_INT(x[3].t0, 9); CHECK_INT(x[3].t1, 11);
	CHECK_INT(pl_dates_find(th_tok, 0, nt, D(REF), x, 2), 2);
	CHECK_INT(pl_dates_find(th_tok, 0, nt, D(REF), x, 0), 0);
	CHECK_INT(pl_dates_find(th_tok, 3, 4, D(REF), x, 4), 1);   /* sub-range */
	CHECK_INT(pl_dates_find(th_tok, 2, 3, D(REF), x, 4), 0);
	/* an expression may not run past t1 */
	CHECK_INT(pl_dates_find(th_tok, 9, 10, D(REF), x, 4), 1);
	CHECK_INT(x[0].gran, PL_GRAN_MONTH);
	CHECK_INT(x[0].t1, 10);
	nt = tokenize("A sentence with no date at all , nothing to see .");
	CHECK_INT(pl_dates_find(th_tok, 0, nt, D(REF), x, 4), 0);
	{   /* a bad reference date counts as unknown */
		pl_date bad;
		bad.y = 2024; bad.m = 2; bad.d = 30;
		nt = tokenize("It happened yesterday in 2020 .");
		CHECK_INT(pl_dates_find(th_tok, 0, nt, bad, x, 4), 2);
		CHECK_INT(x[0].date.y, 0);      /* "yesterday", unresolved */
		CHECK_INT(x[1].date.y, 2020);
	}
}

static const th_test TESTS[] = {
	T(parse_format), T(arithmetic), T(weekdays), T(relative), T(month_day),
	T(months), T(years), T(iso_in_text), T(spans_and_limits),
};

TEST_MAIN()
