/*
** test_segment.c: unit tests for src/text/segment.c (tokens, offsets, flags
** and sentence boundaries).  Every segmentation done here is also checked
** against the invariants in check_text(): offsets exact, tokens in order,
** sentences covering all tokens.
*/
#include "testhelp.h"
#include "text/segment.h"
#include "text/utf8.h"

static pl_arena *arena;
static pl_text tx;
static const char *cur;          /* the text last segmented */
static char joined[1 << 16];

/* Checks what must hold for every segmentation of text[0..n). */
static void check_text(const char *text, size_t n, const pl_text *t)
{
	uint32_t i, s, prev_b1 = 0;
	size_t cps = 0;                /* code points in text[0..prev_b1) */
	int ok = 1;
	for (i = 0; i < t->ntok && ok; i++) {
		const pl_token *k = &t->tok[i];
		if (k->b0 >= prev_b1 && k->b0 <= n)
			cps += pl_utf8_count(text + prev_b1, k->b0 - prev_b1);
		ok = k->b0 < k->b1 && k->b1 <= n && k->b0 >= prev_b1 &&
		     k->len == k->b1 - k->b0 && memcmp(k->s, text + k->b0, k->len) == 0 &&
		     k->s[k->len] == '\0' && k->low && k->lemma == NULL && k->tag == 0 &&
		     k->len <= 260 &&
		     k->c0 == cps && k->c1 == k->c0 + pl_utf8_count(k->s, k->len);
		cps = k->c1;
		prev_b1 = k->b1;
		if (!ok)
			fprintf(stderr, "  bad token %u [%.*s]\n", i, (int)k->len, k->s);
	}
	CHECK(ok);
	CHECK(t->ntok == 0 || t->nsent > 0);
	for (s = 0; s < t->nsent; s++) {
		const pl_sent *x = &t->sent[s];
		CHECK(x->t0 < x->t1 && x->t1 - x->t0 <= PL_MAX_SENT_TOKENS);
		CHECK(x->t0 == (s ? t->sent[s - 1].t1 : 0));
		CHECK(x->b0 == t->tok[x->t0].b0 && x->b1 == t->tok[x->t1 - 1].b1);
		CHECK(x->c0 == t->tok[x->t0].c0 && x->c1 == t->tok[x->t1 - 1].c1);
		for (i = x->t0; i < x->t1; i++)
			if (!!(t->tok[i].flags & PL_TOK_SSTART) != (i == x->t0))
				ok = 0;
	}
	CHECK(ok);
	CHECK(t->nsent == 0 || t->sent[t->nsent - 1].t1 == t->ntok);
}

static void seg_n(const char *text, size_t n)
{
	if (!arena)
		arena = pl_arena_new(0);
	pl_arena_reset(arena);
	cur = text;
	CHECK_INT(pl_segment(arena, text, n, &tx), 0);
	check_text(text, n, &tx);
}

static void seg(const char *text)
{
	seg_n(text, strlen(text));
}

/* The tokens of text joined by '|'. */
static const char *toks(const char *text)
{
	size_t o = 0;
	uint32_t i;
	seg(text);
	joined[0] = '\0';
	for (i = 0; i < tx.ntok && o + tx.tok[i].len + 2 < sizeof joined; i++) {
		if (i)
			joined[o++] = '|';
		memcpy(joined + o, tx.tok[i].s, tx.tok[i].len);
		o += tx.tok[i].len;
	}
	joined[o] = '\0';
	return joined;
}

/* The sentences of text, each as its source text, joined by " || ". */
static const char *sents(const char *text)
{
	size_t o = 0;
	uint32_t s;
	seg(text);
	joined[0] = '\0';
	for (s = 0; s < tx.nsent; s++) {
		size_t m = tx.sent[s].b1 - tx.sent[s].b0;
		if (o + m + 5 >= sizeof joined)
			break;
		if (s) {
			memcpy(joined + o, " || ", 4);
			o += 4;
		}
		memcpy(joined + o, text + tx.sent[s].b0, m);
		o += m;
	}
	joined[o] = '\0';
	return joined;
}

/* Index of the first token whose text is s, or -1. */
static long find_tok(const char *s)
{
	uint32_t i;
	for (i = 0; i < tx.ntok; i++)
		if (strcmp(tx.tok[i].s, s) == 0)
			return (long)i;
	return -1;
}

static const char *PARA =
	"The United States urged swift action and flexibility in finalizing a "
	"cease-fire agreement between Israel and Hamas, following the deaths of six "
	"hostages in Gaza.\n"
	"\"There are dozens of hostages still remaining in Gaza. It is time to "
	"finalize that deal,\" State Department spokesman Matthew Miller told "
	"reporters on Tuesday.\n"
	"Hamas seized 251 hostages during the Oct. 7 attack on Israel, 97 of whom "
	"remain in Gaza.\n"
	"Most of the dead are women and children according to the U.N. human "
	"rights office.\n";

TEST(test_paragraph)
{
	long i;
	seg(PARA);
	CHECK_INT(tx.nsent, 4);
	CHECK_STR(tx.tok[tx.sent[1].t0].s, "\"");
	CHECK(tx.tok[tx.sent[1].t0].flags & PL_TOK_QOPEN);
	CHECK(tx.tok[tx.sent[1].t0].flags & PL_TOK_NLBEFORE);
	CHECK_STR(tx.tok[tx.sent[2].t0].s, "Hamas");
	CHECK_STR(tx.tok[tx.sent[3].t0].s, "Most");
	CHECK_STR(tx.tok[tx.sent[3].t1 - 1].s, ".");
	/* first sentence: 27 tokens, "The" .. "." */
	CHECK_INT(tx.sent[0].t1, 27);
	CHECK_INT(tx.sent[0].b0, 0);
	CHECK_INT(tx.sent[0].b1, 161);
	CHECK_INT(tx.tok[0].b1, 3);
	CHECK(tx.tok[0].flags & PL_TOK_CAP);
	CHECK(tx.tok[0].flags & PL_TOK_SSTART);
	i = find_tok("cease-fire");
	CHECK(i > 0);
	CHECK_INT(tx.tok[i].b0, 69);
	CHECK_INT(tx.tok[i].b1, 79);
	CHECK_INT(tx.tok[i].c0, 69);
	/* the quotation and its attribution form one sentence */
	i = find_tok("deal");
	CHECK(i > 0);
	CHECK_STR(tx.tok[i + 1].s, ",");
	CHECK_STR(tx.tok[i + 2].s, "\"");
	CHECK(tx.tok[i + 2].flags & PL_TOK_QCLOSE);
	CHECK_STR(tx.tok[i + 3].s, "State");
	CHECK(i + 3 < (long)tx.sent[1].t1);
	CHECK_INT(tx.tok[i + 2].b0, strstr(PARA, "deal,\"") - PARA + 5);
	i = find_tok("Oct.");
	CHECK(i > 0 && (tx.tok[i].flags & PL_TOK_ABBR));
	CHECK_INT(tx.tok[i].b0, strstr(PARA, "Oct.") - PARA);
	CHECK_INT(tx.tok[i].len, 4);
	CHECK_STR(tx.tok[i + 1].s, "7");
	CHECK(tx.tok[i + 1].flags & PL_TOK_NUM);
	i = find_tok("U.N.");
	CHECK(i > 0 && (tx.tok[i].flags & PL_TOK_ABBR) && (tx.tok[i].flags & PL_TOK_ALLCAP));
	CHECK_STR(tx.tok[i].low, "u.n.");
	CHECK_INT(tx.sent[3].b1, strlen(PARA) - 1);
	CHECK_INT(tx.sent[3].c1, strlen(PARA) - 1);
}

TEST(test_multibyte_offsets)
{
	/* “ Erdoğan ’s plan ” , Nuñez said */
	const char *s = "\xE2\x80\x9C" "Erdo\xC4\x9F" "an\xE2\x80\x99s plan\xE2\x80\x9D, Nu\xC3\xB1" "ez said.";
	CHECK_STR(toks(s), "\xE2\x80\x9C|Erdo\xC4\x9F" "an|\xE2\x80\x99s|plan|\xE2\x80\x9D|,|Nu\xC3\xB1" "ez|said|.");
	CHECK_INT(tx.tok[0].b0, 0); CHECK_INT(tx.tok[0].b1, 3);
	CHECK_INT(tx.tok[0].c0, 0); CHECK_INT(tx.tok[0].c1, 1);
	CHECK(tx.tok[0].flags & PL_TOK_QOPEN);
	CHECK(tx.tok[0].flags & PL_TOK_PUNCT);
	CHECK_INT(tx.tok[1].b0, 3); CHECK_INT(tx.tok[1].b1, 11);
	CHECK_INT(tx.tok[1].c0, 1); CHECK_INT(tx.tok[1].c1, 8);
	CHECK_STR(tx.tok[1].low, "erdo\xC4\x9F" "an");
	CHECK(tx.tok[1].flags & PL_TOK_CAP);
	CHECK_INT(tx.tok[2].b0, 11); CHECK_INT(tx.tok[2].b1, 15);
	CHECK_INT(tx.tok[2].c0, 8); CHECK_INT(tx.tok[2].c1, 10);
	CHECK(!(tx.tok[2].flags & PL_TOK_PUNCT));
	CHECK_INT(tx.tok[3].b0, 16); CHECK_INT(tx.tok[3].c0, 11);
	CHECK(tx.tok[3].flags & PL_TOK_SPACEBEFORE);
	CHECK_INT(tx.tok[4].b0, 20); CHECK_INT(tx.tok[4].b1, 23);
	CHECK_INT(tx.tok[4].c0, 15); CHECK_INT(tx.tok[4].c1, 16);
	CHECK(tx.tok[4].flags & PL_TOK_QCLOSE);
	CHECK_INT(tx.tok[6].b0, 25); CHECK_INT(tx.tok[6].b1, 31);
	CHECK_INT(tx.tok[6].c0, 18); CHECK_INT(tx.tok[6].c1, 23);
	CHECK_STR(toks("NU\xC3\x91" "EZ \xC3\x89" "cole"), "NU\xC3\x91" "EZ|\xC3\x89" "cole");
	CHECK_STR(tx.tok[0].low, "nu\xC3\xB1" "ez");
	CHECK(tx.tok[0].flags & PL_TOK_ALLCAP);
	CHECK_STR(tx.tok[1].low, "\xC3\xA9" "cole");
	CHECK(tx.tok[1].flags & PL_TOK_CAP);
}

TEST(test_clitics)
{
	CHECK_STR(toks("Netanyahu's office"), "Netanyahu|'s|office");
	CHECK_STR(toks("Netanyahu\xE2\x80\x99s office"), "Netanyahu|\xE2\x80\x99s|office");
	CHECK_STR(toks("don't won't can't DIDN'T"), "do|n't|wo|n't|ca|n't|DID|N'T");
	CHECK_STR(tx.tok[7].low, "n't");
	CHECK_STR(toks("I'll they're we've I'm he'd"), "I|'ll|they|'re|we|'ve|I|'m|he|'d");
	CHECK_STR(toks("O'Brien's d'Estaing Qur'an"), "O'Brien|'s|d'Estaing|Qur'an");
	CHECK_STR(toks("the hostages' families"), "the|hostages|'|families");
	CHECK(tx.tok[2].flags & PL_TOK_QCLOSE);
	CHECK_STR(toks("the hostages\xE2\x80\x99 families"), "the|hostages|\xE2\x80\x99|families");
	CHECK(tx.tok[2].flags & PL_TOK_QCLOSE);
	CHECK_STR(toks("n't"), "n't");
}

TEST(test_abbreviations)
{
	CHECK_STR(toks("the U.S. and U.N. and U.K. envoys"), "the|U.S.|and|U.N.|and|U.K.|envoys");
	CHECK(tx.tok[1].flags & PL_TOK_ABBR);
	CHECK(!(tx.tok[0].flags & PL_TOK_ABBR));
	CHECK_STR(toks("Oct. 7 and Sept. 11, Jan. 1 and Feb. 2"), "Oct.|7|and|Sept.|11|,|Jan.|1|and|Feb.|2");
	CHECK_STR(toks("Dr. Mr. Mrs. Gen. Lt. Sen. Rep. Gov. Ali"), "Dr.|Mr.|Mrs.|Gen.|Lt.|Sen.|Rep.|Gov.|Ali");
	CHECK_STR(toks("Acme Corp. Inc. Ltd. Co. St. Louis vs. them"),
	          "Acme|Corp.|Inc.|Ltd.|Co.|St.|Louis|vs.|them");
	CHECK_STR(toks("e.g. this, i.e. that at 10 a.m. or 5 p.m. today"),
	          "e.g.|this|,|i.e.|that|at|10|a.m.|or|5|p.m.|today");
	CHECK_STR(toks("John F. Kennedy"), "John|F.|Kennedy");
	CHECK(tx.tok[1].flags & PL_TOK_ABBR);
	CHECK_STR(toks("the U.S.A. team"), "the|U.S.A.|team");
	CHECK_STR(toks("No. 2 and no. 3 but said no."), "No.|2|and|no.|3|but|said|no|.");
	CHECK_STR(toks("Springfield, Ill. and the ill. patient"), "Springfield|,|Ill.|and|the|ill|.|patient");
	CHECK_STR(toks("it was a plan."), "it|was|a|plan|.");
}

TEST(test_numbers)
{
	CHECK_STR(toks("40,786 and 2.5 and 1,000,000 people"), "40,786|and|2.5|and|1,000,000|people");
	CHECK(tx.tok[0].flags & PL_TOK_NUM);
	CHECK(tx.tok[2].flags & PL_TOK_NUM);
	CHECK(tx.tok[4].flags & PL_TOK_NUM);
	CHECK(tx.tok[4].flags & PL_TOK_DIGIT);
	CHECK_STR(toks("3.5% rise, $5 bill, the 1990s"), "3.5|%|rise|,|$|5|bill|,|the|1990s");
	CHECK(tx.tok[1].flags & PL_TOK_PUNCT);
	CHECK(tx.tok[4].flags & PL_TOK_PUNCT);
	CHECK(tx.tok[9].flags & PL_TOK_DIGIT);
	CHECK(!(tx.tok[9].flags & PL_TOK_NUM));
	CHECK_STR(toks("in 1990. Then 1,2 and 12,34"), "in|1990|.|Then|1|,|2|and|12|,|34");
	CHECK_STR(toks("rose 5.93 mln from 5.81."), "rose|5.93|mln|from|5.81|.");
}

TEST(test_hyphens_dashes)
{
	CHECK_STR(toks("a cease-fire, a one-week truce, the hostage-prisoner deal"),
	          "a|cease-fire|,|a|one-week|truce|,|the|hostage-prisoner|deal");
	CHECK_STR(toks("talks -- stalled \xE2\x80\x94 resumed \xE2\x80\x93 again"),
	          "talks|--|stalled|\xE2\x80\x94|resumed|\xE2\x80\x93|again");
	CHECK(tx.tok[1].flags & PL_TOK_PUNCT);
	CHECK_STR(toks("cease--fire -x- Wait... no \xE2\x80\xA6 yes"),
	          "cease|--|fire|-|x|-|Wait|...|no|\xE2\x80\xA6|yes");
	CHECK_STR(toks("AT&T and R&D, Tom & Jerry"), "AT&T|and|R&D|,|Tom|&|Jerry");
}

TEST(test_quotes)
{
	CHECK_STR(toks("\"Yes,\" he said (\"no\") \"end"), "\"|Yes|,|\"|he|said|(|\"|no|\"|)|\"|end");
	CHECK(tx.tok[0].flags & PL_TOK_QOPEN);
	CHECK(tx.tok[3].flags & PL_TOK_QCLOSE);
	CHECK(tx.tok[7].flags & PL_TOK_QOPEN);
	CHECK(tx.tok[9].flags & PL_TOK_QCLOSE);
	CHECK(tx.tok[11].flags & PL_TOK_QOPEN);
	CHECK_STR(toks("``Yes,'' he said"), "``|Yes|,|''|he|said");
	CHECK(tx.tok[0].flags & PL_TOK_QOPEN);
	CHECK(tx.tok[3].flags & PL_TOK_QCLOSE);
	CHECK_STR(toks("\xE2\x80\x98hi\xE2\x80\x99 \xC2\xAB" "ok\xC2\xBB"), "\xE2\x80\x98|hi|\xE2\x80\x99|\xC2\xAB|ok|\xC2\xBB");
	CHECK(tx.tok[0].flags & PL_TOK_QOPEN);
	CHECK(tx.tok[2].flags & PL_TOK_QCLOSE);
	CHECK(tx.tok[3].flags & PL_TOK_QOPEN);
	CHECK(tx.tok[5].flags & PL_TOK_QCLOSE);
	CHECK_STR(toks("said \" \" x"), "said|\"|\"|x");
	CHECK(tx.tok[1].flags & PL_TOK_QCLOSE);
}

TEST(test_flags)
{
	seg("NATO  said\nthe UN's 3M iPhone");
	CHECK(tx.tok[0].flags & PL_TOK_ALLCAP);
	CHECK(tx.tok[0].flags & PL_TOK_CAP);
	CHECK(!(tx.tok[0].flags & PL_TOK_SPACEBEFORE));
	CHECK(tx.tok[1].flags & PL_TOK_SPACEBEFORE);
	CHECK(!(tx.tok[1].flags & PL_TOK_NLBEFORE));
	CHECK(tx.tok[2].flags & PL_TOK_NLBEFORE);
	CHECK(tx.tok[2].flags & PL_TOK_SPACEBEFORE);
	CHECK(!(tx.tok[4].flags & PL_TOK_SPACEBEFORE));   /* 's */
	CHECK_STR(tx.tok[5].s, "3M");
	CHECK(tx.tok[5].flags & PL_TOK_DIGIT);
	CHECK(!(tx.tok[6].flags & PL_TOK_CAP));
	CHECK_STR(tx.tok[6].low, "iphone");
	CHECK(tx.tok[1].low == tx.tok[1].s);              /* already lower: shared */
	CHECK_INT(tx.tok[0].tag, 0);
	CHECK(tx.tok[0].lemma == NULL);
}

TEST(test_sentences)
{
	CHECK_STR(sents("He met Dr. Smith. They talked."), "He met Dr. Smith. || They talked.");
	CHECK_STR(sents("It began on Oct. 7 in Gaza. Gen. Ali spoke."), "It began on Oct. 7 in Gaza. || Gen. Ali spoke.");
	CHECK_STR(sents("Aid arrived in the U.S. The talks resumed."), "Aid arrived in the U.S. || The talks resumed.");
	CHECK_STR(sents("He went to the U.S. Embassy in Kabul."), "He went to the U.S. Embassy in Kabul.");
	CHECK_STR(sents("He met Mr. Smith and Mrs. Jones of No. 2 Street at 5 p.m. on Monday."),
	          "He met Mr. Smith and Mrs. Jones of No. 2 Street at 5 p.m. on Monday.");
	CHECK_STR(sents("John F. Kennedy was shot. Lee H. Oswald fired."),
	          "John F. Kennedy was shot. || Lee H. Oswald fired.");
	CHECK_STR(sents("Prices rose 2.5 pct. Trade fell."), "Prices rose 2.5 pct. || Trade fell.");
	CHECK_STR(sents("Is it over? Yes! It is."), "Is it over? || Yes! || It is.");
	CHECK_STR(sents("\"Why now?\" he asked."), "\"Why now?\" he asked.");
	CHECK_STR(sents("\"It is time,\" Miller said."), "\"It is time,\" Miller said.");
	CHECK_STR(sents("\"It is time.\" Miller said so."), "\"It is time.\" || Miller said so.");
	CHECK_STR(sents("(See above.) Next one."), "(See above.) || Next one.");
	CHECK_STR(sents("We waited... and waited. Talks... The end."), "We waited... and waited. || Talks... || The end.");
	CHECK_STR(sents("We waited ... Hamas did not."), "We waited ... Hamas did not.");
	CHECK_STR(sents("The toll rose. 97 remain."), "The toll rose. || 97 remain.");
	CHECK_STR(sents("The toll rose. \xE2\x80\x9CWe wait,\xE2\x80\x9D he said."),
	          "The toll rose. || \xE2\x80\x9CWe wait,\xE2\x80\x9D he said.");
	CHECK_STR(sents("see www.reuters.com. for more"), "see www.reuters.com. for more");
}

TEST(test_line_breaks)
{
	/* hard-wrapped text: a single line break is white space */
	CHECK_STR(sents("The talks in\nCairo resumed on\nMonday."), "The talks in\nCairo resumed on\nMonday.");
	CHECK_STR(sents("in the U.S.\nEmbassy staff"), "in the U.S.\nEmbassy staff");
	/* ... except after a stop */
	CHECK_STR(sents("It ended.\nthe next day"), "It ended. || the next day");
	/* a blank line always ends a sentence */
	CHECK_STR(sents("BAHIA COCOA REVIEW\n\nShowers continued"), "BAHIA COCOA REVIEW || Showers continued");
	CHECK_STR(sents("a title\r\n\r\nbody text"), "a title || body text");
	CHECK_STR(sents("a title\r\rbody"), "a title || body");
	CHECK_STR(sents("one\n \t\ntwo"), "one || two");
	CHECK_STR(sents("one\xE2\x80\xA9two"), "one || two");
	CHECK_STR(sents("one\xE2\x80\xA8two"), "one\xE2\x80\xA8two");
	CHECK_STR(sents("\"an open quote\n\nnext paragraph, \" he said"), "\"an open quote || next paragraph, \" he said");
}

TEST(test_long_runs)
{
	static char buf[20000];
	size_t i;
	uint32_t s;
	for (i = 0; i + 2 <= 2 * 1000; i += 2)
		memcpy(buf + i, "w ", 2);
	seg_n(buf, 2000);
	CHECK_INT(tx.ntok, 1000);
	CHECK_INT(tx.nsent, 3);
	CHECK_INT(tx.sent[0].t1 - tx.sent[0].t0, PL_MAX_SENT_TOKENS);
	CHECK_INT(tx.sent[1].t1 - tx.sent[1].t0, PL_MAX_SENT_TOKENS);
	CHECK_INT(tx.sent[2].t1 - tx.sent[2].t0, 200);
	/* a run of closing quotes after a stop does not overrun the limit */
	buf[0] = 'x';
	buf[1] = '.';
	memset(buf + 2, '"', 1000);
	buf[1002] = ' ';
	buf[1003] = 'Y';
	seg_n(buf, 1004);
	for (s = 0; s < tx.nsent; s++)
		CHECK(tx.sent[s].t1 - tx.sent[s].t0 <= PL_MAX_SENT_TOKENS);
}

TEST(test_degenerate)
{
	static const char *odd[] = {
		"", " ", "   \n\n\t ", ".", "...", "?!?!", "\"", "''", "``", "'",
		"\"\"\"\"", "((((", ".,;:!?", "- -- --- ----", "\xE2\x80\x99",
		"\x01\x02\x7F x \x1B", "a\xE2\x80\x8B" "b", "\xC2\xA0" "x\xE2\x80\xAF" "y\xE3\x80\x80" "z",
		"\xEF\xBB\xBF" "BOM", "\xE2\x80\x8B", "a\xC2\xAD" "b", "\xCC\x81" "x",
		"\xF0\x9F\x98\x80\xF0\x9F\x98\x80 smile", "\xEE\x80\x80", "U.", "U.S", "A.B.C.D.E.",
		"x'", "'s", "n't", "don'", "1,", ",1", "1,000,", "3.", ".5", "$", "%", "\xC2\xBD",
		"Dr.", "No.", "Oct.", "e.g.", "....", "!!!", "\"a\" \"", "x\r", "\r\n",
	};
	size_t i;
	for (i = 0; i < sizeof odd / sizeof odd[0]; i++)
		seg(odd[i]);
	seg("");
	CHECK_INT(tx.ntok, 0);
	CHECK_INT(tx.nsent, 0);
	seg("   \n\n\t ");
	CHECK_INT(tx.ntok, 0);
	CHECK_STR(toks("\xC2\xA0" "x\xE2\x80\xAF" "y\xE3\x80\x80" "z\xE2\x80\x8A" "w"), "x|y|z|w");
	CHECK(tx.tok[1].flags & PL_TOK_SPACEBEFORE);
	CHECK_INT(tx.tok[1].c0, 3);
	CHECK_STR(toks("a\xE2\x80\x8B" "b"), "a|b");
	CHECK_STR(toks("\x01\x02\x7F x \x1B"), "x");
	CHECK_STR(toks("...."), "....");
	CHECK_STR(toks("\xEF\xBB\xBF" "BOM"), "BOM");
	CHECK_INT(tx.tok[0].b0, 3);
	CHECK_INT(tx.tok[0].c0, 1);
}

TEST(test_huge_token)
{
	size_t n = 1 << 20, i;
	char *big = malloc(n);
	uint32_t k;
	CHECK(big != NULL);
	if (!big)
		return;
	for (i = 0; i < n; i++)
		big[i] = (char)('a' + i % 26);
	seg_n(big, n);
	CHECK_INT(tx.ntok, (n + 255) / 256);
	for (k = 0; k < tx.ntok; k++)
		if (tx.tok[k].len > 256)
			CHECK(0);
	/* two-byte letters: cuts fall between code points */
	for (i = 0; i + 2 <= n; i += 2)
		memcpy(big + i, "\xC3\xA9", 2);
	seg_n(big, n);
	CHECK(tx.ntok >= n / 256);
	/* 1 MB of punctuation, and of a repeated multi-byte quote */
	memset(big, '.', n);
	seg_n(big, n);
	for (i = 0; i + 3 <= n; i += 3)
		memcpy(big + i, "\xE2\x80\x9C", 3);
	seg_n(big, i);
	CHECK_INT(tx.ntok, i / 3);
	free(big);
}

/* Random valid UTF-8 drawn from pieces that stress the rules. */
TEST(test_random)
{
	static const char *pieces[] = {
		" ", "  ", "\n", "\n\n", "\t", ".", "...", ",", "\"", "'", "`", "-", "--",
		"U.S.", "Dr.", "Oct.", "No.", "e.g", "The", "he", "x", "Gaza", "40,786", "2.5",
		"1", "'s", "n't", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x99", "\xC4\x9F",
		"\xC2\xA0", "\xE2\x80\x8B", "\xE2\x80\x94", "\xE2\x80\xA6", "(", ")", "?", "!",
		"%", "$", "&", "A", "\xCC\x81", "\xF0\x9F\x98\x80", "\x01", "\r", "\xE2\x80\xA9",
	};
	static char buf[4096];
	unsigned long r = 12345;
	int round;
	for (round = 0; round < 3000; round++) {
		size_t o = 0;
		while (o < sizeof buf - 8) {
			const char *p;
			r = r * 6364136223846793005ul + 1442695040888963407ul;
			if ((r >> 60) == 0 && o > 0)
				break;
			p = pieces[(r >> 33) % (sizeof pieces / sizeof pieces[0])];
			memcpy(buf + o, p, strlen(p));
			o += strlen(p);
		}
		CHECK_INT(pl_utf8_check(buf, o), -1);
		seg_n(buf, o);
	}
}

TEST(test_cleanup)
{
	pl_arena_free(arena);
	arena = NULL;
	CHECK(1);
}

TEST(cannot_splits_like_ptb)
{
	pl_arena *a = pl_arena_new(0);
	pl_text cx;
	const char *t = "Israel cannot wait. Cannoteers x.";
	CHECK_INT(pl_segment(a, t, strlen(t), &cx), 0);
	CHECK(cx.ntok >= 4 && cx.nsent == 2);
	if (cx.ntok >= 4 && cx.nsent == 2) {
		CHECK_STR(cx.tok[1].s, "can");
		CHECK_STR(cx.tok[2].s, "not");
		CHECK_INT(cx.tok[2].c0, 10);
		CHECK_INT(cx.tok[2].c1, 13);
		/* a longer word that merely starts with it stays whole */
		CHECK_STR(cx.tok[cx.sent[1].t0].s, "Cannoteers");
	}
	pl_arena_free(a);
}

static const th_test TESTS[] = {
	T(cannot_splits_like_ptb),
	T(test_paragraph), T(test_multibyte_offsets), T(test_clitics),
	T(test_abbreviations), T(test_numbers), T(test_hyphens_dashes),
	T(test_quotes), T(test_flags), T(test_sentences), T(test_line_breaks),
	T(test_long_runs), T(test_degenerate), T(test_huge_token), T(test_random),
	T(test_cleanup),
};

TEST_MAIN()
