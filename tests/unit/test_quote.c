/* test_quote.c: quotations and speakers (src/extract/quote.c) over the real
** pipeline: segmenter, tagger, lemmatizer and sentence analysis with the
** dictionaries in dict/, on small texts written for each construction and on
** the seed article when /work/shared/seed/article.txt is there. */
#include "testhelp.h"

#include "dict/store.h"
#include "extract/quote.h"
#include "lex/lemma.h"
#include "lex/tagger.h"
#include "parse/sent.h"
#include "text/segment.h"

static pl_store S;
static int loaded;
static pl_arena *A;
static pl_text TX;
static const char *TEXT;
static pl_quote *Q;
static size_t NQ;
static char BUF[4096];

static const pl_store *store(void)
{
	char err[512];
	if (!loaded) {
		memset(&S, 0, sizeof S);
		if (pl_store_load(&S, "dict", th_datadir(), err, sizeof err) < 0) {
			fprintf(stderr, "cannot load dictionaries: %s\n", err);
			exit(1);
		}
		A = pl_arena_new(0);
		loaded = 1;
	}
	return &S;
}

/* Runs the whole pipeline on text (article date 2024-09-03); sets Q, NQ.
** Returns the number of quotes, or -1 on failure. */
static int run(const char *text)
{
	const pl_store *s = store();
	pl_docctx ctx;
	pl_sentan *an;
	uint32_t i;
	pl_arena_reset(A);
	memset(&ctx, 0, sizeof ctx);
	pl_date_parse("2024-09-03", &ctx.date);
	TEXT = text;
	Q = NULL;
	NQ = 0;
	if (pl_segment(A, text, strlen(text), &TX) < 0)
		return -1;
	an = pl_arena_alloc(A, (TX.nsent ? TX.nsent : 1) * sizeof *an);
	if (!an)
		return -1;
	for (i = 0; i < TX.nsent; i++) {
		uint32_t t0 = TX.sent[i].t0, t1 = TX.sent[i].t1;
		pl_tagger_tag(s->tagger, TX.tok + t0, t1 - t0);
		pl_lemma_tokens(s->lemma, TX.tok + t0, t1 - t0, A);
		ctx.sent = i;
		if (pl_sent_analyse(s, &ctx, TX.tok, t0, t1, A, &an[i]) < 0)
			return -1;
	}
	if (pl_quotes_find(&TX, an, A, NULL, &Q, &NQ) < 0)
		return -1;
	return (int)NQ;
}

/* The text of tokens [t0, t1), or "" (one buffer: copy before the next call). */
static const char *span(uint32_t t0, uint32_t t1)
{
	size_t n;
	BUF[0] = '\0';
	if (t1 <= t0 || t1 > TX.ntok)
		return BUF;
	n = TX.tok[t1 - 1].b1 - TX.tok[t0].b0;
	if (n >= sizeof BUF)
		n = sizeof BUF - 1;
	memcpy(BUF, TEXT + TX.tok[t0].b0, n);
	BUF[n] = '\0';
	return BUF;
}

static const char *content(const pl_quote *q) { return span(q->q0, q->q1); }
static const char *speaker(const pl_quote *q) { return span(q->sp0, q->sp1); }
static const char *cue(const pl_quote *q)
{
	return q->cue == PL_NONE ? "" : TX.tok[q->cue].s;
}

/* The first quote whose content starts with prefix, or NULL. */
static const pl_quote *find(const char *prefix)
{
	size_t i;
	for (i = 0; i < NQ; i++)
		if (!strncmp(content(&Q[i]), prefix, strlen(prefix)))
			return &Q[i];
	return NULL;
}

static void dump(void)
{
	size_t i;
	for (i = 0; i < NQ; i++) {
		char c[200];
		snprintf(c, sizeof c, "%s", content(&Q[i]));
		fprintf(stderr, "    [%zu] s%u d%d p%d pr%d cue=%s code=%s content=<%s>", i, Q[i].sent,
		        Q[i].direct, Q[i].partial, Q[i].pronoun, cue(&Q[i]),
		        Q[i].code ? Q[i].code : "-", c);
		fprintf(stderr, " speaker=<%s>\n", speaker(&Q[i]));
	}
}

#define CHECK_QUOTE(prefix, dir, part, spk, cod, cu) do { \
	const pl_quote *q_ = find(prefix); \
	CHECK(q_ != NULL); \
	if (!q_) { fprintf(stderr, "  no quote <%s>\n", prefix); dump(); break; } \
	CHECK_INT(q_->direct, dir); \
	CHECK_INT(q_->partial, part); \
	CHECK_STR(speaker(q_), spk); \
	if (cod) CHECK_STR(q_->code, (const char *)(cod)); else CHECK(q_->code == NULL); \
	CHECK_STR(cue(q_), cu); \
} while (0)

TEST(cue_after_quote)
{
	CHECK_INT(run("\"The talks will resume next week,\" Antony Blinken said."), 1);
	CHECK_QUOTE("The talks will resume next week", 1, 0, "Antony Blinken", "USAGOV", "said");
	/* the trailing comma is not content */
	CHECK(Q && Q[0].q1 > 0 && strcmp(TX.tok[Q[0].q1 - 1].s, ",") != 0);
	CHECK_INT(Q ? Q[0].sent : 9, 0);
}

TEST(inverted_cue)
{
	CHECK_INT(run("\"We will not accept this,\" said Benjamin Netanyahu."), 1);
	CHECK_QUOTE("We will not accept this", 1, 0, "Benjamin Netanyahu", "ISRGOV", "said");
}

TEST(cue_before_colon_and_curly)
{
	CHECK_INT(run("Antony Blinken told reporters: \xe2\x80\x9cThe ceasefire must hold.\xe2\x80\x9d"), 1);
	CHECK_QUOTE("The ceasefire must hold.", 1, 0, "Antony Blinken", "USAGOV", "told");
}

TEST(split_around_cue)
{
	/* two quotes, one cue, one speaker */
	run("\"We are ready,\" Antony Blinken said, \"but Hamas must agree.\"");
	CHECK_INT(NQ, 2);
	CHECK_QUOTE("We are ready", 1, 0, "Antony Blinken", "USAGOV", "said");
	CHECK_QUOTE("but Hamas must agree.", 1, 0, "Antony Blinken", "USAGOV", "said");
	CHECK(NQ == 2 && Q[0].cue == Q[1].cue);
}

TEST(multi_sentence_quote)
{
	const pl_quote *q;
	run("Benjamin Netanyahu said: \"We will fight. We will win. Nobody will stop us.\"");
	CHECK_QUOTE("We will fight. We will win. Nobody will stop us.", 1, 0,
	            "Benjamin Netanyahu", "ISRGOV", "said");
	q = find("We will fight");
	CHECK(q && q->q1 <= TX.ntok && strcmp(TX.tok[q->q1 - 1].s, "us") != 0);
	/* a quotation over two sentences that the segmenter splits */
	run("\"Our troops will stay. They will leave when the job is done.\" Netanyahu said.");
	CHECK_QUOTE("Our troops will stay. They will leave", 1, 0, "Netanyahu", "ISRGOV", "said");
}

TEST(paragraph_continuation)
{
	/* the second paragraph has no cue of its own: it continues the first
	** (same speaker, same cue) */
	run("\"The talks were useful,\" Antony Blinken said.\n\n"
	    "\"We will meet again in Cairo next week. Both sides want a deal.\"\n\n"
	    "The weather was bad.\n\n"
	    "\"Nobody knows what happens next.\"");
	CHECK_QUOTE("The talks were useful", 1, 0, "Antony Blinken", "USAGOV", "said");
	CHECK_QUOTE("We will meet again", 1, 0, "Antony Blinken", "USAGOV", "said");
	/* not adjacent to any attributed quote: no attribution to give (an
	** excerpt, a headline, a slogan), so no quote record */
	CHECK(find("Nobody knows") == NULL);
	/* and the other way: a cueless paragraph before a cued one */
	run("\"We have waited for months.\"\n\n\"Now is the time to act,\" Netanyahu said.");
	CHECK_QUOTE("We have waited for months.", 1, 0, "Netanyahu", "ISRGOV", "said");
}

TEST(partial_quotes)
{
	run("Antony Blinken said the United States would work \"around the clock\" with Egypt.");
	CHECK_QUOTE("around the clock", 1, 1, "Antony Blinken", "USAGOV", "said");
	CHECK_QUOTE("the United States would work", 0, 0, "Antony Blinken", "USAGOV", "said");
	/* a scare quote with no verb of saying is no quotation */
	CHECK_INT(run("The so-called \"peace plan\" was rejected."), 0);
	/* the cue after the partial quote */
	run("The plan is \"dead on arrival,\" Netanyahu said.");
	CHECK_QUOTE("dead on arrival", 1, 1, "Netanyahu", "ISRGOV", "said");
}

TEST(indirect_speech)
{
	run("Antony Blinken said that Israel would send a delegation to Cairo.");
	CHECK_INT(NQ, 1);
	CHECK_QUOTE("Israel would send a delegation to Cairo", 0, 0, "Antony Blinken", "USAGOV", "said");
	CHECK(NQ && !strcmp(TX.tok[Q[0].q1 - 1].s, "Cairo"));
	run("Netanyahu told reporters on Monday the army would stay in Gaza.");
	CHECK_QUOTE("the army would stay in Gaza", 0, 0, "Netanyahu", "ISRGOV", "told");
	/* fronted clause */
	run("Progress was made in the talks, Antony Blinken told reporters.");
	CHECK_QUOTE("Progress was made in the talks", 0, 0, "Antony Blinken", "USAGOV", "told");
	/* no clause: no reported speech */
	CHECK_INT(run("Antony Blinken told reporters on Tuesday."), 0);
}

TEST(according_to)
{
	run("According to Antony Blinken, the talks will resume in Doha.");
	CHECK_QUOTE("the talks will resume in Doha", 0, 0, "Antony Blinken", "USAGOV", "According");
	run("The talks will resume in Doha, according to Antony Blinken.");
	CHECK_QUOTE("The talks will resume in Doha", 0, 0, "Antony Blinken", "USAGOV", "according");
}

TEST(pronoun_speakers)
{
	const pl_quote *q;
	/* the last speaker of a quote */
	run("\"We are close,\" Antony Blinken said on Monday. The talks went on for hours.\n\n"
	    "\"There is no time to lose,\" he said.");
	CHECK_QUOTE("There is no time to lose", 1, 0, "Antony Blinken", "USAGOV", "said");
	q = find("There is no time");
	CHECK(q && q->pronoun == 1);
	/* no quote before: the last person-like subject */
	run("Benjamin Netanyahu met the families in Jerusalem. He said the army would bring "
	    "the hostages home.");
	CHECK_QUOTE("the army would bring the hostages home", 0, 0, "Benjamin Netanyahu", "ISRGOV", "said");
	q = find("the army would");
	CHECK(q && q->pronoun == 1);
	/* she */
	run("Maria Lopez spoke in Atlanta. \"We will win,\" she said.");
	CHECK_QUOTE("We will win", 1, 0, "Maria Lopez", NULL, "said");
}

TEST(surname_code)
{
	/* "Miller" alone takes the code of the earlier full mention */
	run("State Department spokesman Matthew Miller spoke on Tuesday. \"We are "
	    "working on it,\" Miller said.");
	CHECK_QUOTE("We are working on it", 1, 0, "Miller", "USAGOV", "said");
}

TEST(no_quotes)
{
	CHECK_INT(run("Israel and Hamas exchanged fire on Monday."), 0);
	CHECK_INT(run(""), 0);
	/* an apostrophe is no quotation mark */
	CHECK_INT(run("The hostages\xe2\x80\x99 families met Netanyahu\xe2\x80\x99s aides."), 0);
	/* a quotation never closed ends with its sentence */
	run("Netanyahu said: \"We will never give up.\n\nThe army moved in.");
	CHECK_QUOTE("We will never give up", 1, 0, "Netanyahu", "ISRGOV", "said");
	CHECK(find("The army") == NULL);
}

TEST(mixed_and_newspaper_marks)
{
	/* a straight mark closed by a curly one */
	run("\"We cannot wait\xe2\x80\x9d, Netanyahu said. The talks \xe2\x80\x9cwill go on.\xe2\x80\x9d");
	CHECK_QUOTE("We cannot wait", 1, 0, "Netanyahu", "ISRGOV", "said");
	/* '' used to open and to close */
	run("Netanyahu spoke. ''We must not overreact to campaign rhetoric,'' he told me.");
	CHECK_QUOTE("We must not overreact", 1, 0, "Netanyahu", "ISRGOV", "told");
}

TEST(long_apposition_and_next_sentence_cue)
{
	run("\"It is a fair plan,\" John Smith, director of the Center for Peace Studies "
	    "at the University of Chicago and a former diplomat, said of the proposal.");
	CHECK_QUOTE("It is a fair plan", 1, 0, "John Smith", NULL, "said");
	/* the cue heads the next, short sentence; the cueless quote after it
	** continues the attribution */
	run("\"Does anybody know what the plan is?\" Smith asked. \"Nobody does.\"");
	CHECK_QUOTE("Does anybody know", 1, 0, "Smith", NULL, "asked");
	CHECK_QUOTE("Nobody does.", 1, 0, "Smith", NULL, "asked");
}

TEST(seed_article)
{
	static char text[65536];
	FILE *f = fopen("/work/shared/seed/article.txt", "rb");
	size_t n;
	const pl_quote *q;
	size_t i;
	int direct = 0;
	if (!f) {
		fprintf(stderr, "  seed_article: /work/shared/seed/article.txt not found, skipped\n");
		CHECK(1);
		return;
	}
	n = fread(text, 1, sizeof text - 1, f);
	fclose(f);
	text[n] = '\0';
	CHECK(run(text) > 0);
	/* the four direct quotations (two full, two partial), all Miller's */
	CHECK_QUOTE("There are dozens of hostages", 1, 0, "State Department spokesman Matthew Miller",
	            "USAGOV", "told");
	q = find("There are dozens");
	CHECK(q && strstr(content(q), "It is time to finalize that deal") != NULL);
	CHECK_INT(q ? q->sent : 0, 1);
	CHECK_QUOTE("The people of Israel cannot afford", 1, 0, "Miller", "USAGOV", "said");
	q = find("The people of Israel");
	CHECK(q && strstr(content(q), "The world cannot afford to wait any longer") != NULL);
	CHECK_QUOTE("over the coming days", 1, 1, "Miller", "USAGOV", "said");
	CHECK_QUOTE("to push for a final agreement", 1, 1, "Miller", "USAGOV", "said");
	CHECK_QUOTE("We are opposed to the long-term presence", 1, 0, "Miller", "USAGOV", "said");
	for (i = 0; i < NQ; i++)
		if (Q[i].direct) {
			direct++;
			CHECK_STR(Q[i].code, "USAGOV");
		}
	CHECK_INT(direct, 5);
	if (getenv("QUOTE_DUMP"))
		dump();   /* the split "over ..." / "to push ..." counts twice */
	/* reported speech */
	CHECK_QUOTE("Progress was made on the remaining obstacles", 0, 0, "Miller", "USAGOV", "told");
	CHECK_QUOTE("reaching a deal will require flexibility", 0, 0, "Miller", "USAGOV", "said");
	CHECK_QUOTE("the U.S. would continue to engage", 0, 0, "Miller", "USAGOV", "said");
	CHECK_QUOTE("Israeli Prime Minister Benjamin Netanyahu was not doing enough", 0, 0,
	            "President Joe Biden", "USAGOV", "said");
	q = find("the U.S. would continue");
	CHECK(q && !strcmp(TX.tok[q->q1 - 1].s, "deal"));
}

static th_test TESTS[] = {
	T(cue_after_quote),
	T(inverted_cue),
	T(cue_before_colon_and_curly),
	T(split_around_cue),
	T(multi_sentence_quote),
	T(paragraph_continuation),
	T(partial_quotes),
	T(indirect_speech),
	T(according_to),
	T(pronoun_speakers),
	T(surname_code),
	T(no_quotes),
	T(mixed_and_newspaper_marks),
	T(long_apposition_and_next_sentence_cue),
	T(seed_article),
};

TEST_MAIN()
