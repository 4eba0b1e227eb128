/*
** test_tagger.c: unit tests for src/lex/tagger.c, the HMM part-of-speech
** tagger.  Tokens are built by hand from space-separated text, so the tests do
** not depend on the segmenter.  Needs the model made by tools/gen-lex.
*/
#include <stdint.h>
#include <time.h>

#include "testhelp.h"
#include "lex/tagger.h"

#define MAXTOK 1200

static pl_tagger *tagger;
static pl_token tok[MAXTOK];
static char text[MAXTOK * 8], lowtext[MAXTOK * 8];

static pl_tagger *model(void)
{
	char err[512];
	if (!tagger) {
		tagger = pl_tagger_load(th_datadir(), err, sizeof err);
		if (!tagger)
			fprintf(stderr, "  cannot load the tagger: %s\n", err);
	}
	return tagger;
}

/* Fills tok[] from space-separated words the way the segmenter would: "``"
** and "''" are quotes, flags from the letters.  Returns the token count. */
static uint32_t tokens(const char *s)
{
	uint32_t n = 0;
	char *p, *q;
	snprintf(text, sizeof text, "%s", s);
	memcpy(lowtext, text, sizeof text);
	for (p = text, q = lowtext; *p && n < MAXTOK;) {
		size_t len, i;
		unsigned f = 0, upper = 0, lower = 0, digit = 0, other = 0;
		while (*p == ' ')
			p++, q++;
		if (!*p)
			break;
		len = strcspn(p, " ");
		p[len] = q[len] = '\0';
		for (i = 0; i < len; i++) {
			unsigned char c = (unsigned char)p[i];
			if (c >= 'A' && c <= 'Z') {
				upper++;
				q[i] = (char)(c - 'A' + 'a');
			} else if (c >= 'a' && c <= 'z') {
				lower++;
			} else if (c >= '0' && c <= '9') {
				digit++;
			} else if (c < 0x80 && c != '.' && c != ',') {
				other++;
			}
		}
		if (p[0] >= 'A' && p[0] <= 'Z')
			f |= PL_TOK_CAP;
		if (upper >= 2 && !lower)
			f |= PL_TOK_ALLCAP;
		if (digit)
			f |= PL_TOK_DIGIT;
		if (digit && !upper && !lower && !other)
			f |= PL_TOK_NUM;
		if (!upper && !lower && !digit && (unsigned char)p[0] < 0x80)
			f |= PL_TOK_PUNCT;
		if (strcmp(p, "``") == 0 || strcmp(p, "\xE2\x80\x9C") == 0)
			f |= PL_TOK_QOPEN;
		if (strcmp(p, "''") == 0 || strcmp(p, "\xE2\x80\x9D") == 0)
			f |= PL_TOK_QCLOSE;
		if (n == 0)
			f |= PL_TOK_SSTART;
		memset(&tok[n], 0, sizeof tok[n]);
		tok[n].s = p;
		tok[n].low = q;
		tok[n].len = (uint32_t)len;
		tok[n].flags = (uint16_t)f;
		n++;
		p += len + 1;
		q += len + 1;
	}
	return n;
}

/* Tags the sentence and returns the tag of its word `w` (first match). */
static const char *tag_of(const char *w)
{
	uint32_t i;
	for (i = 0; i < MAXTOK && tok[i].s; i++)
		if (strcmp(tok[i].s, w) == 0)
			return pl_tag_name(tok[i].tag);
	return "(no such word)";
}

static void tag(const char *s)
{
	uint32_t n = tokens(s);
	if (n < MAXTOK)
		tok[n].s = NULL;
	pl_tagger_tag(model(), tok, n);
}

TEST(load_errors)
{
	char err[512] = "";
	CHECK(pl_tagger_load("/nonexistent-dir", err, sizeof err) == NULL);
	CHECK(strstr(err, "/nonexistent-dir/tagger.txt:") != NULL);
	pl_tagger_free(NULL);
	CHECK(model() != NULL);
}

TEST(tag_names)
{
	CHECK_STR(pl_tag_name(PL_T_NN), "NN");
	CHECK_STR(pl_tag_name(PL_T_PRPS), "PRP$");
	CHECK_STR(pl_tag_name(PL_T_WPS), "WP$");
	CHECK_STR(pl_tag_name(PL_T_PPC), ",");
	CHECK_STR(pl_tag_name(PL_T_PP), ".");
	CHECK_STR(pl_tag_name(PL_T_PPD), "$");
	CHECK_STR(pl_tag_name(PL_T_PPL), "``");
	CHECK_STR(pl_tag_name(PL_T_PPR), "''");
	CHECK_STR(pl_tag_name(PL_T_PPS), ":");
	CHECK_STR(pl_tag_name(PL_T_LRB), "-LRB-");
	CHECK_STR(pl_tag_name(PL_T_RRB), "-RRB-");
	CHECK_STR(pl_tag_name(PL_T_DT), "DT");
	CHECK_STR(pl_tag_name(PL_T_WRB), "WRB");
	CHECK_STR(pl_tag_name(-1), "?");
	CHECK_STR(pl_tag_name(PL_T__COUNT), "?");
}

TEST(news_ceasefire)
{
	if (!model()) { CHECK(0); return; }
	tag("The United States urged swift action and flexibility in finalizing "
		"a cease-fire agreement between Israel and Hamas .");
	CHECK_STR(tag_of("The"), "DT");
	CHECK_STR(tag_of("United"), "NNP");
	CHECK_STR(tag_of("urged"), "VBD");
	CHECK_STR(tag_of("swift"), "JJ");
	CHECK_STR(tag_of("action"), "NN");
	CHECK_STR(tag_of("and"), "CC");
	CHECK_STR(tag_of("finalizing"), "VBG");
	CHECK_STR(tag_of("cease-fire"), "NN");
	CHECK_STR(tag_of("Israel"), "NNP");
	CHECK_STR(tag_of("Hamas"), "NNP");
	CHECK_STR(tag_of("."), ".");
}

TEST(news_hostages)
{
	if (!model()) { CHECK(0); return; }
	tag("Hamas seized 251 hostages during the Oct. 7 attack on Israel .");
	CHECK_STR(tag_of("Hamas"), "NNP");
	CHECK_STR(tag_of("seized"), "VBD");
	CHECK_STR(tag_of("251"), "CD");
	CHECK_STR(tag_of("hostages"), "NNS");
	CHECK_STR(tag_of("during"), "IN");
	CHECK_STR(tag_of("Oct."), "NNP");
	CHECK_STR(tag_of("7"), "CD");
	CHECK_STR(tag_of("attack"), "NN");

	tag("Scores of hostages were released during a one-week truce in November .");
	CHECK_STR(tag_of("Scores"), "NNS");
	CHECK_STR(tag_of("were"), "VBD");
	CHECK_STR(tag_of("released"), "VBN");
	CHECK_STR(tag_of("one-week"), "JJ");
	CHECK_STR(tag_of("November"), "NNP");
}

TEST(news_more)
{
	if (!model()) { CHECK(0); return; }
	tag("He said he would not go .");
	CHECK_STR(tag_of("He"), "PRP");
	CHECK_STR(tag_of("said"), "VBD");
	CHECK_STR(tag_of("would"), "MD");
	CHECK_STR(tag_of("not"), "RB");
	CHECK_STR(tag_of("go"), "VB");

	tag("Police arrested three men suspected of planning an attack on a synagogue .");
	CHECK_STR(tag_of("arrested"), "VBD");
	CHECK_STR(tag_of("planning"), "VBG");

	/* finite-verb correction: no other verb in the sentence */
	tag("Protesters gathered outside the parliament building in Nairobi on Tuesday .");
	CHECK_STR(tag_of("gathered"), "VBD");

	/* coordination correction */
	tag("The opposition disputed the results and called for protests .");
	CHECK_STR(tag_of("disputed"), "VBD");
	CHECK_STR(tag_of("called"), "VBD");

	tag("Egyptian and Qatari mediators have been trying for months to broker a deal that would free the remaining hostages .");
	CHECK_STR(tag_of("Egyptian"), "JJ");
	CHECK_STR(tag_of("mediators"), "NNS");
	CHECK_STR(tag_of("have"), "VBP");
	CHECK_STR(tag_of("been"), "VBN");
	CHECK_STR(tag_of("trying"), "VBG");
	CHECK_STR(tag_of("that"), "WDT");
}

TEST(possessive_and_contractions)
{
	if (!model()) { CHECK(0); return; }
	tag("Israel 's military said it was n't over .");
	CHECK_STR(tag_of("'s"), "POS");
	CHECK_STR(tag_of("military"), "NN");
	CHECK_STR(tag_of("n't"), "RB");

	tag("He 's leaving the country .");
	CHECK_STR(tag_of("'s"), "VBZ");

	/* typographic apostrophes behave like ASCII ones */
	tag("Turkey \xE2\x80\x99s foreign minister did n\xE2\x80\x99t comment .");
	CHECK_STR(tag_of("\xE2\x80\x99s"), "POS");
	CHECK_STR(tag_of("n\xE2\x80\x99t"), "RB");
	CHECK_STR(tag_of("comment"), "VB");

	tag("`` We will not surrender , '' he said .");
	CHECK_STR(tag_of("``"), "``");
	CHECK_STR(tag_of("''"), "''");
	CHECK_STR(tag_of(","), ",");
	CHECK_STR(tag_of("surrender"), "VB");

	tag("\xE2\x80\x9C We will win \xE2\x80\x9D , she said .");
	CHECK_STR(tag_of("\xE2\x80\x9C"), "``");
	CHECK_STR(tag_of("\xE2\x80\x9D"), "''");
}

/* The corrections after the Viterbi pass (fix_vbn, fix_verbless, headlines) */
TEST(corrections)
{
	if (!model()) { CHECK(0); return; }
	/* a plural noun before a past form is no verb */
	tag("Ruritanian crowds burned down the embassy .");
	CHECK_STR(tag_of("crowds"), "NNS");
	CHECK_STR(tag_of("burned"), "VBD");
	/* "is" before a participle stays a verb */
	tag("The dam is filled next month .");
	CHECK_STR(tag_of("is"), "VBZ");
	/* a clause opening with a name and no finite verb: the next word is it */
	tag("Ruritania departs from Borduria after the talks .");
	CHECK_STR(tag_of("departs"), "VBZ");
	/* a past form over adverbs, before a that-clause or "to" + verb */
	tag("Gollum recently allowed that Mordor is pleasant .");
	CHECK_STR(tag_of("allowed"), "VBD");
	tag("India formally decided to resume the dialogue .");
	CHECK_STR(tag_of("decided"), "VBD");
	/* a past form between a noun and "by", after a finite verb */
	tag("Ruritania welcomed the memos sent by Borduria .");
	CHECK_STR(tag_of("sent"), "VBN");
	/* after "has", a participle; after "and" following a past tense, a verb */
	tag("Arnor has celebrated Eid with Gondor .");
	CHECK_STR(tag_of("celebrated"), "VBN");
	tag("The government condemned the attack and promised aid to the villages .");
	CHECK_STR(tag_of("promised"), "VBD");
	/* a title-case headline reads its common words as such */
	tag("State Lawmakers Attended Rally That Gave Way To Riots");
	CHECK_STR(tag_of("Attended"), "VBD");
	CHECK_STR(tag_of("Gave"), "VBD");
}

TEST(unknown_words)
{
	if (!model()) { CHECK(0); return; }
	tag("Netanyahu met Zelenskyy in Kyiv on Monday .");
	CHECK_STR(tag_of("Netanyahu"), "NNP");
	CHECK_STR(tag_of("Zelenskyy"), "NNP");
	CHECK_STR(tag_of("Kyiv"), "NNP");

	tag("The army was weaponizing drones and geolocating targets .");
	CHECK_STR(tag_of("weaponizing"), "VBG");
	CHECK_STR(tag_of("geolocating"), "VBG");

	tag("Officials counted 40,786 deaths and 1,200.5 tons of aid ( IDF figures ) .");
	CHECK_STR(tag_of("40,786"), "CD");
	CHECK_STR(tag_of("1,200.5"), "CD");
	CHECK_STR(tag_of("("), "-LRB-");
	CHECK_STR(tag_of(")"), "-RRB-");
	CHECK_STR(tag_of("IDF"), "NNP");

	tag("The anti-government protests spread # quickly .");
	CHECK_STR(tag_of("#"), "SYM");
	CHECK_STR(tag_of("anti-government"), "JJ");
}

TEST(robustness)
{
	uint32_t i, n;
	static char junk[MAXTOK][8];
	static char longword[600];
	if (!model()) { CHECK(0); return; }
	pl_tagger_tag(model(), tok, 0);
	pl_tagger_tag(NULL, tok, 3);
	pl_tagger_tag(model(), NULL, 3);

	/* odd tokens: empty, NULL text, very long, bytes that are not text */
	memset(tok, 0, sizeof tok);
	memset(longword, 'x', sizeof longword - 1);
	for (i = 0; i < MAXTOK; i++) {
		static const char *const odd[] = {
			"", "-", "--", "'", "\xE2\x80\x99", "\xE2\x80", "\xFF\xFE",
			"$", "US$", "1st", "-5", ".5", "A.", "x-", "-x", "((", "http://x",
			"Ab-Cd", "\xC3\x89lys\xC3\xA9""e", "the"
		};
		const char *s = odd[i % (sizeof odd / sizeof odd[0])];
		if (i % 97 == 5) {
			tok[i].s = longword;
			tok[i].len = sizeof longword - 1;
		} else if (i % 101 == 7) {
			tok[i].s = NULL;
			tok[i].len = 0;
		} else {
			snprintf(junk[i], sizeof junk[i], "%s", s);
			tok[i].s = junk[i];
			tok[i].len = (uint32_t)strlen(junk[i]);
		}
		tok[i].low = tok[i].s;
		tok[i].flags = (uint16_t)(i * 2654435761u >> 5);
	}
	pl_tagger_tag(model(), tok, MAXTOK);   /* longer than PL_MAX_SENT_TOKENS */
	n = 0;
	for (i = 0; i < MAXTOK; i++)
		n += tok[i].tag > PL_T_NONE && tok[i].tag < PL_T__COUNT;
	CHECK_INT(n, MAXTOK);

	/* exactly PL_MAX_SENT_TOKENS ordinary words */
	memset(tok, 0, sizeof tok);
	for (i = 0; i < PL_MAX_SENT_TOKENS; i++) {
		tok[i].s = tok[i].low = (i % 3 == 0) ? "the" : (i % 3 == 1) ? "big" : "war";
		tok[i].len = 3;
	}
	pl_tagger_tag(model(), tok, PL_MAX_SENT_TOKENS);
	CHECK_STR(pl_tag_name(tok[0].tag), "DT");
	CHECK_STR(pl_tag_name(tok[PL_MAX_SENT_TOKENS - 2].tag), "NN");
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

TEST(speed)
{
	static const char *const sent[] = {
		"The United States urged swift action and flexibility in finalizing a cease-fire agreement between Israel and Hamas .",
		"Hamas seized 251 hostages during the Oct. 7 attack on Israel .",
		"Scores of hostages were released during a one-week truce in November .",
		"The ministry said 34 people were killed and more than 100 wounded in the strikes , most of them women and children .",
	};
	static pl_token copy[4][64];
	uint32_t len[4], i, r, ntok = 0;
	double t0, t1, t2;
	char err[512];
	pl_tagger *t;

	t0 = now();
	t = pl_tagger_load(th_datadir(), err, sizeof err);
	t1 = now();
	CHECK(t != NULL);
	if (!t)
		return;
	for (i = 0; i < 4; i++) {
		len[i] = tokens(sent[i]);
		memcpy(copy[i], tok, len[i] * sizeof tok[0]);
		/* tokens() reuses its text buffer: keep each sentence's own */
		for (r = 0; r < len[i]; r++) {
			copy[i][r].s = strdup(tok[r].s);
			copy[i][r].low = strdup(tok[r].low);
		}
	}
	t2 = now();
	for (r = 0; r < 20000; r++)
		for (i = 0; i < 4; i++) {
			pl_tagger_tag(t, copy[i], len[i]);
			ntok += len[i];
		}
	t2 = now() - t2;
	printf("  tagger: load %.1f ms; %u tokens in %.3f s = %.2f M tokens/s, %.0f sentences/s\n",
		(t1 - t0) * 1e3, ntok, t2, ntok / t2 / 1e6, 80000 / t2);
	CHECK(ntok > 0);
	for (i = 0; i < 4; i++)
		for (r = 0; r < len[i]; r++) {
			free((char *)copy[i][r].s);
			free((char *)copy[i][r].low);
		}
	pl_tagger_free(t);
}

static void cleanup(void)
{
	pl_tagger_free(tagger);
	tagger = NULL;
	CHECK(1);
}

static const th_test TESTS[] = {
	T(load_errors), T(tag_names), T(news_ceasefire), T(news_hostages),
	T(news_more), T(possessive_and_contractions), T(corrections), T(unknown_words),
	T(robustness), T(speed), T(cleanup)
};

TEST_MAIN()
