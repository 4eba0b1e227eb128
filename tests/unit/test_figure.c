/*
** test_figure.c: unit tests for extract/figure.c: number parsing, and the
** figures of whole sentences run through the real segmenter, tagger and
** lemmatiser (the seed article's six figures, then sentences of our own:
** active and passive, vague amounts, ranges, reporters and negatives).
*/
#include "testhelp.h"

#include "base/arena.h"
#include "extract/figure.h"
#include "lex/lemma.h"
#include "lex/tagger.h"
#include "text/segment.h"

#define MAXF 32

static pl_tagger *tagger;
static pl_lemmatizer *lemmer;
static pl_arena *arena;
static pl_text text;
static pl_figure figs[MAXF];
static int nfigs;
static char spanbuf[512];

static int setup(void)
{
	char err[256];
	if (!tagger)
		tagger = pl_tagger_load(th_datadir(), err, sizeof err);
	if (!lemmer)
		lemmer = pl_lemma_load(th_datadir(), err, sizeof err);
	if (!arena)
		arena = pl_arena_new(0);
	if (!tagger || !lemmer || !arena) {
		fprintf(stderr, "  cannot load models from %s\n", th_datadir());
		return 0;
	}
	return 1;
}

/* Runs the pipeline over s; figures of every sentence go into figs. */
static int run(const char *s)
{
	uint32_t k;
	nfigs = 0;
	if (!setup())
		return 0;
	pl_arena_reset(arena);
	if (pl_segment(arena, s, strlen(s), &text) != 0)
		return 0;
	for (k = 0; k < text.nsent; k++) {
		pl_sent *se = &text.sent[k];
		pl_tagger_tag(tagger, text.tok + se->t0, se->t1 - se->t0);
		pl_lemma_tokens(lemmer, text.tok + se->t0, se->t1 - se->t0, arena);
		nfigs += pl_figures_find(text.tok, se->t0, se->t1, figs + nfigs, MAXF - nfigs);
	}
	return nfigs;
}

/* Tokens [a, b) joined by spaces. */
static const char *span(uint32_t a, uint32_t b)
{
	size_t n = 0;
	uint32_t i;
	spanbuf[0] = '\0';
	for (i = a; i < b && i < text.ntok; i++) {
		size_t l = strlen(text.tok[i].s);
		if (n + l + 2 >= sizeof spanbuf)
			break;
		if (i > a)
			spanbuf[n++] = ' ';
		memcpy(spanbuf + n, text.tok[i].s, l);
		n += l;
		spanbuf[n] = '\0';
	}
	return spanbuf;
}

#define FSPAN(f) span((f)->t0, (f)->t1)
#define GROUP(f) span((f)->g0, (f)->g1)
#define REPORTER(f) span((f)->r0, (f)->r1)

/* One figure expected: count, low, high, what. */
static void check_one(const char *s, long count, long low, long high, const char *what)
{
	int n = run(s);
	CHECK_INT(n, 1);
	if (n < 1)
		return;
	CHECK_INT(figs[0].count, count);
	CHECK_INT(figs[0].low, low);
	CHECK_INT(figs[0].high, high);
	CHECK_STR(figs[0].what, what);
}

/* ---- numbers ---- */

static double parse_text(const char *s, int *ntok)
{
	double v = -1;
	*ntok = 0;
	if (!setup())
		return v;
	pl_arena_reset(arena);
	if (pl_segment(arena, s, strlen(s), &text) != 0)
		return v;
	*ntok = pl_number_parse(text.tok, 0, text.ntok, &v);
	return v;
}

TEST(number_digits)
{
	int n;
	CHECK(parse_text("40,786 Palestinians", &n) == 40786);
	CHECK_INT(n, 1);
	CHECK(parse_text("1,000,000 refugees", &n) == 1000000);
	CHECK(parse_text("2.5", &n) == 2.5);
	CHECK(parse_text("1.5 million people", &n) == 1500000);
	CHECK_INT(n, 2);
	CHECK(parse_text("2 million", &n) == 2000000);
	CHECK(parse_text("40 thousand", &n) == 40000);
}

TEST(number_words)
{
	int n;
	CHECK(parse_text("six hostages", &n) == 6);
	CHECK_INT(n, 1);
	CHECK(parse_text("twenty-one protesters", &n) == 21);
	CHECK(parse_text("twenty one", &n) == 21);
	CHECK_INT(n, 2);
	CHECK(parse_text("a hundred people", &n) == 100);
	CHECK_INT(n, 2);
	CHECK(parse_text("three hundred", &n) == 300);
	CHECK(parse_text("two thousand", &n) == 2000);
	CHECK(parse_text("three hundred and twenty", &n) == 320);
	CHECK_INT(n, 4);
	CHECK(parse_text("a dozen", &n) == 12);
	CHECK(parse_text("two dozen", &n) == 24);
	CHECK(parse_text("half a dozen", &n) == 6);
	CHECK(parse_text("a million", &n) == 1000000);
	CHECK(parse_text("Nineteen", &n) == 19);
	CHECK(parse_text("half a million", &n) == 500000);
	CHECK_INT(n, 3);
}

TEST(number_not)
{
	int n;
	parse_text("a plan", &n);
	CHECK_INT(n, 0);
	parse_text("hundreds", &n);
	CHECK_INT(n, 0);
	parse_text("12-year-old", &n);
	CHECK_INT(n, 0);
	parse_text("one one", &n);
	CHECK_INT(n, 1);
	parse_text("thousand", &n);
	CHECK_INT(n, 0);
	CHECK_INT(pl_number_parse(NULL, 0, 1, NULL), 0);
}

/* ---- the seed article ---- */

static const char SEED[] =
	"The United States urged swift action and flexibility in finalizing a cease-fire agreement "
	"between Israel and Hamas, following the deaths of six hostages in Gaza.\n"
	"\"There are dozens of hostages still remaining in Gaza, still waiting for a deal that will "
	"bring them home. It is time to finalize that deal,\" State Department spokesman Matthew Miller "
	"told reporters on Tuesday.\n"
	"\"The people of Israel cannot afford to wait any longer. The Palestinian people, who are also "
	"suffering the terrible effects of this war, cannot afford to wait any longer. The world cannot "
	"afford to wait any longer,\" Miller said.\n"
	"Miller said that the United States will work \"over the coming days\" with mediators Egypt and "
	"Qatar \"to push for a final agreement.\"\n"
	"One key sticking point has been Israeli Prime Minister Benjamin Netanyahu's insistence that "
	"Israeli troops remain at the border between Gaza and Egypt.\n"
	"\"We are opposed to the long-term presence of IDF troops in Gaza,\" Miller said, referring to "
	"the Israel Defense Forces.\n"
	"Progress was made on the remaining obstacles during talks last week, Miller told reporters but "
	"said reaching a deal will require flexibility on both sides.\n"
	"Miller said the U.S. would continue to engage with regional partners over the coming days to "
	"finalize the deal.\n"
	"On Monday, President Joe Biden said Israeli Prime Minister Benjamin Netanyahu was not doing "
	"enough to reach a deal for the release of hostages held by Hamas.\n"
	"The United States, along with fellow mediators Egypt and Qatar, has spent months pushing for a "
	"hostage-prisoner exchange and cease-fire in the war in Gaza.\n"
	"Hamas seized 251 hostages during the Oct. 7 attack on Israel, 97 of whom remain in Gaza, "
	"including 33 the Israeli military says are dead.\n"
	"Scores of hostages were released during a one-week truce in November.\n"
	"An Israeli court on Monday ordered a halt to a strike called by the country's largest union "
	"aimed at ramping up pressure on Netanyahu's government to secure the release of the remaining "
	"captives.\n"
	"Hostage relatives and advocates have accused Netanyahu's administration of not doing enough to "
	"bring the captives back alive, and have called for an immediate ceasefire.\n"
	"More than 40,786 Palestinians, mostly women and children, have been killed in Israel's military "
	"campaign in the Gaza Strip since the war began.\n"
	"Most of the dead are women and children according to the U.N. human rights office.\n";

static const pl_figure *find_count(long count)
{
	int k;
	for (k = 0; k < nfigs; k++)
		if (figs[k].count == count)
			return &figs[k];
	return NULL;
}

TEST(seed_article)
{
	const pl_figure *f;
	/* the six figures of EXPECTED.md, and "dozens of hostages still
	** remaining" (hostages still held, 24..99) */
	CHECK_INT(run(SEED), 7);

	CHECK((f = find_count(6)) != NULL);
	if (f) {
		CHECK_STR(f->what, "dead");
		CHECK_STR(FSPAN(f), "six hostages");
		CHECK_STR(GROUP(f), "hostages");
		CHECK(f->qualifier == NULL);
	}
	CHECK((f = find_count(251)) != NULL);
	if (f) {
		CHECK_STR(f->what, "hostages");
		CHECK_INT(f->low, 251);
		CHECK_INT(f->high, 251);
		CHECK_STR(GROUP(f), "hostages");
		CHECK(f->r0 == f->r1);
	}
	CHECK((f = find_count(97)) != NULL);
	if (f) {
		CHECK_STR(f->what, "hostages");
		CHECK_STR(FSPAN(f), "97 of whom");
		CHECK_STR(GROUP(f), "hostages");
	}
	CHECK((f = find_count(33)) != NULL);
	if (f) {
		CHECK_STR(f->what, "dead");
		CHECK_STR(REPORTER(f), "the Israeli military");
		CHECK_STR(GROUP(f), "hostages");
	}
	CHECK((f = find_count(20)) != NULL);
	if (f) {
		CHECK_STR(f->what, "released");
		CHECK_INT(f->low, 20);
		CHECK_INT(f->high, 99);
		CHECK_STR(FSPAN(f), "Scores of hostages");
		CHECK_STR(GROUP(f), "hostages");
	}
	CHECK((f = find_count(40786)) != NULL);
	if (f) {
		CHECK_STR(f->what, "killed");
		CHECK_STR(f->qualifier, "more than");
		CHECK_STR(FSPAN(f), "More than 40,786 Palestinians");
		CHECK_STR(GROUP(f), "Palestinians");
		CHECK(f->r0 == f->r1);
	}
	CHECK((f = find_count(24)) != NULL);
	if (f) {
		CHECK_STR(f->what, "hostages");
		CHECK_INT(f->high, 99);
		CHECK_STR(REPORTER(f), "State Department spokesman Matthew Miller");
	}
}

/* ---- sentences of our own ---- */

TEST(active_verbs)
{
	check_one("The shelling killed 14 fishermen near the harbour on Sunday.", 14, 14, 14, "killed");
	CHECK_STR(GROUP(&figs[0]), "fishermen");
	CHECK_STR(FSPAN(&figs[0]), "14 fishermen");
	check_one("Masked gunmen kidnapped nine aid workers outside the clinic.", 9, 9, 9, "hostages");
	CHECK_STR(GROUP(&figs[0]), "aid workers");
	check_one("Riot police arrested 62 demonstrators in the old town.", 62, 62, 62, "arrested");
	check_one("The junta freed 18 political prisoners last month.", 18, 18, 18, "released");
	check_one("Security forces shot dead four protesters at the checkpoint.", 4, 4, 4, "killed");
	check_one("The blast wounded at least 27 shoppers.", 27, 27, 27, "injured");
	CHECK_STR(figs[0].qualifier, "at least");
}

TEST(passive_and_reduced)
{
	check_one("Eleven border guards were injured in the attack.", 11, 11, 11, "injured");
	check_one("Three climbers have been missing since the storm.", 3, 3, 3, "missing");
	check_one("Sixty villagers killed in the raid were buried on Monday.", 60, 60, 60, "killed");
	CHECK_STR(FSPAN(&figs[0]), "Sixty villagers killed");
	check_one("Roughly 4,500 families have been displaced by the dam collapse.", 4500, 4500, 4500, "displaced");
	CHECK_STR(figs[0].qualifier, "about");
	check_one("Two hundred inmates were held for a week without charge.", 200, 200, 200, "detained");
	check_one("Eight sailors are still being held hostage by the pirates.", 8, 8, 8, "hostages");
	check_one("Nearly 900 residents fled the burning valley.", 900, 900, 900, "displaced");
	CHECK_STR(figs[0].qualifier, "nearly");
	check_one("Forty-three miners died when the shaft flooded.", 43, 43, 43, "dead");
}

TEST(vague_amounts)
{
	check_one("Dozens of students were detained after the rally.", 24, 24, 99, "detained");
	check_one("Hundreds of patients were evacuated from the hospital.", 200, 200, 999, "displaced");
	check_one("Tens of thousands of farmers marched on the capital.", 20000, 20000, 99999, "other");
	check_one("Several hundred soldiers were captured in the pocket.", 300, 300, 900, "hostages");
	check_one("A few villagers were hurt by flying glass.", 2, 2, 5, "injured");
	check_one("Thousands of migrants remain missing in the desert.", 2000, 2000, 9999, "missing");
	check_one("More than a dozen reporters were jailed.", 12, 12, 12, "detained");
	CHECK_STR(figs[0].qualifier, "more than");
}

TEST(ranges)
{
	check_one("Between 40 and 60 pilgrims were killed in the stampede.", 40, 40, 60, "killed");
	CHECK_STR(FSPAN(&figs[0]), "Between 40 and 60 pilgrims");
	check_one("Troops detained 15 to 20 teenagers overnight.", 15, 15, 20, "detained");
	check_one("Two or three guards were wounded.", 2, 2, 3, "injured");
	check_one("Up to 70 passengers are missing after the ferry capsized.", 70, 70, 70, "missing");
	CHECK_STR(figs[0].qualifier, "up to");
	check_one("An estimated 3 million people have fled the fighting.", 3000000, 3000000, 3000000, "displaced");
	CHECK_STR(figs[0].qualifier, "estimated");
	/* the scale of the second number is shared */
	check_one("Between 1.2 and 1.6 million people were uprooted.", 1200000, 1200000, 1600000, "displaced");
	check_one("Troops evacuated 20 to 30 thousand residents.", 20000, 20000, 30000, "displaced");
}

TEST(coordination_and_inheritance)
{
	CHECK_INT(run("The storm left 23 dead and 140 injured along the coast."), 2);
	CHECK_STR(figs[0].what, "dead");
	CHECK_INT(figs[0].count, 23);
	CHECK_STR(figs[1].what, "injured");
	CHECK_INT(figs[1].count, 140);

	CHECK_INT(run("Nine Ghanaians and two Britons were kidnapped on the highway."), 2);
	CHECK_STR(figs[0].what, "hostages");
	CHECK_STR(figs[1].what, "hostages");
	CHECK_STR(GROUP(&figs[1]), "Britons");

	CHECK_INT(run("The missile killed 31 people, including seven children, medics said."), 2);
	CHECK_STR(figs[1].what, "killed");
	CHECK_INT(figs[1].count, 7);
	CHECK_STR(REPORTER(&figs[0]), "medics");
	CHECK_STR(REPORTER(&figs[1]), "medics");

	CHECK_INT(run("Rebels abducted 80 villagers, 30 of whom were later freed."), 2);
	CHECK_STR(figs[0].what, "hostages");
	CHECK_STR(figs[1].what, "released");
	CHECK_STR(GROUP(&figs[1]), "villagers");

	CHECK_INT(run("Army raids killed dozens and wounded hundreds in the hills."), 2);
	CHECK_STR(figs[0].what, "killed");
	CHECK_STR(figs[1].what, "injured");
	CHECK_INT(figs[1].high, 999);
}

TEST(reporters)
{
	check_one("At least 19 Sudanese were killed, the aid group said.", 19, 19, 19, "killed");
	CHECK_STR(REPORTER(&figs[0]), "the aid group");
	check_one("The regional governor said 48 people were hurt.", 48, 48, 48, "injured");
	CHECK_STR(REPORTER(&figs[0]), "The regional governor");
	check_one("Some 600 refugees drowned last year, according to the migration agency.", 600, 600, 600,
	          "dead");
	CHECK_STR(REPORTER(&figs[0]), "the migration agency");
	check_one("Eighteen crew members remain captive, said a spokesman for the shipping company.", 18, 18,
	          18, "hostages");
	CHECK_STR(REPORTER(&figs[0]), "a spokesman for the shipping company");
	check_one("The rebels have held 12 engineers since May, a negotiator says.", 12, 12, 12, "detained");
	CHECK_STR(REPORTER(&figs[0]), "a negotiator");
	check_one("The quake killed 70 people.", 70, 70, 70, "killed");
	CHECK(figs[0].r0 == figs[0].r1);
}

TEST(death_toll_and_nominals)
{
	check_one("The death toll rose to 52 on Tuesday.", 52, 52, 52, "killed");
	check_one("Talks focused on the release of 40 detainees.", 40, 40, 40, "released");
	check_one("Crowds mourned the killing of five journalists.", 5, 5, 5, "killed");
	check_one("The monitors reported the arrest of 300 opposition supporters.", 300, 300, 300, "arrested");
	check_one("About 75 Afghans were among the dead.", 75, 75, 75, "other");
}

TEST(negatives)
{
	CHECK_INT(run("The treaty was signed in 2023 after long talks."), 0);
	CHECK_INT(run("Voting ends on Oct. 7 across the province."), 0);
	CHECK_INT(run("The ministry pledged $5 million for the clinics."), 0);
	CHECK_INT(run("Support for the party fell 5 percent last month."), 0);
	CHECK_INT(run("The girl, aged 12, spoke to the court."), 0);
	CHECK_INT(run("A boy, 9, was injured by shrapnel."), 0);
	CHECK_INT(run("One of the ministers resigned on Friday."), 0);
	CHECK_INT(run("The two countries restored ties."), 0);
	CHECK_INT(run("The envoy presented a 10-point plan."), 0);
	CHECK_INT(run("A 12-year-old was questioned by detectives."), 0);
	CHECK_INT(run("The session opened at 10:30 and closed at 3 p.m."), 0);
	CHECK_INT(run("Rebels seized 12 trucks near the depot."), 0);
	CHECK_INT(run("The council adopted Resolution 2334 in a vote."), 0);
	CHECK_INT(run("The minister met her counterpart for five hours."), 0);
	CHECK_INT(run("Nobody was hurt in the fire."), 0);
	CHECK_INT(run("Prices rose by about 40 percent over two years."), 0);
	CHECK_INT(run("No one died in the blaze."), 0);
	CHECK_INT(run("About 2,500,000 shares are held by the founder."), 0);
	/* a capacity is no detention (it stays a count of people) */
	CHECK_INT(run("The arena holds 60,000 people."), 1);
	CHECK_STR(figs[0].what, "other");
	CHECK_INT(run("The 2019 Lions toured the islands."), 0);
	CHECK_INT(run("They scrapped 30 search warrants that were executed too late."), 0);
}

TEST(api_edges)
{
	pl_figure f[2];
	CHECK_INT(pl_figures_find(NULL, 0, 3, f, 2), 0);
	CHECK_INT(run("Gunmen killed nine guards and two cooks and four drivers at the mine."), 3);
	if (nfigs == 3) {
		/* max bounds the output */
		uint32_t t1 = text.sent[0].t1;
		CHECK_INT(pl_figures_find(text.tok, 0, t1, f, 2), 2);
		CHECK_INT(pl_figures_find(text.tok, 0, t1, f, 0), 0);
		CHECK_INT(pl_figures_find(text.tok, 2, 2, f, 2), 0);
	}
}

/* A sentence is left at its first number when no word of it can tell what
** a figure counts (pl_figures_find): each source below is the only such
** word of its sentence, and each must still give its figure. */
TEST(sentence_filter)
{
	check_one("Twelve remain held in Gaza.", 12, 12, 12, "detained");
	check_one("Five lost their lives in the crash.", 5, 5, 5, "killed");
	check_one("Around 300 took refuge in the church.", 300, 300, 300, "displaced");
	check_one("Hundreds live in makeshift camps.", 200, 200, 999, "displaced");
	check_one("Three of them remain in captivity.", 3, 3, 3, "hostages");
	check_one("Some 2,000 Gazans fled south.", 2000, 2000, 2000, "displaced");
	check_one("The boat carried 14 Sudanese.", 14, 14, 14, "other");
	/* sums, shares and percentages: no such word, no figure */
	CHECK_INT(run("Net profit rose 12 pct to 5.4 mln dlrs from 4.8 mln dlrs in 1986."), 0);
}

static th_test TESTS[] = {
	T(number_digits),
	T(number_words),
	T(number_not),
	T(seed_article),
	T(active_verbs),
	T(passive_and_reduced),
	T(vague_amounts),
	T(ranges),
	T(coordination_and_inheritance),
	T(reporters),
	T(death_toll_and_nominals),
	T(negatives),
	T(api_edges),
	T(sentence_filter),
};

TEST_MAIN()
