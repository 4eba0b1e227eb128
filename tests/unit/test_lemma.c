/*
** test_lemma.c: unit tests for src/lex/lemma.c, WordNet-based lemmas.
** Needs the tables made by tools/gen-lex (from wordnet-base).
*/
#include <stdint.h>
#include <time.h>

#include "testhelp.h"
#include "lex/lemma.h"
#include "lex/tagger.h"

static pl_lemmatizer *lem;
static pl_arena *arena;

static pl_lemmatizer *tables(void)
{
	char err[512];
	if (!lem) {
		lem = pl_lemma_load(th_datadir(), err, sizeof err);
		if (!lem)
			fprintf(stderr, "  cannot load the lemma tables: %s\n", err);
		arena = pl_arena_new(0);
	}
	return lem;
}

static const char *L(const char *w, int tag)
{
	return pl_lemma(tables(), w, tag, arena);
}

TEST(load_errors)
{
	char err[512] = "";
	CHECK(pl_lemma_load("/nonexistent-dir", err, sizeof err) == NULL);
	CHECK(strstr(err, "/nonexistent-dir/lemma.txt:") != NULL);
	pl_lemma_free(NULL);
	CHECK(tables() != NULL);
}

TEST(news_words)
{
	if (!tables()) { CHECK(0); return; }
	CHECK_STR(L("seized", PL_T_VBD), "seize");
	CHECK_STR(L("hostages", PL_T_NNS), "hostage");
	CHECK_STR(L("released", PL_T_VBN), "release");
	CHECK_STR(L("children", PL_T_NNS), "child");
	CHECK_STR(L("better", PL_T_JJR), "good");
	CHECK_STR(L("accused", PL_T_VBD), "accuse");
	CHECK_STR(L("ceasefires", PL_T_NNS), "ceasefire");
	CHECK_STR(L("cease-fires", PL_T_NNS), "cease-fire");
	CHECK_STR(L("mediators", PL_T_NNS), "mediator");
	CHECK_STR(L("urged", PL_T_VBD), "urge");
	CHECK_STR(L("finalizing", PL_T_VBG), "finalize");
	CHECK_STR(L("killed", PL_T_VBN), "kill");
	CHECK_STR(L("fled", PL_T_VBD), "flee");
	CHECK_STR(L("met", PL_T_VBD), "meet");
	CHECK_STR(L("stopped", PL_T_VBD), "stop");
	CHECK_STR(L("watches", PL_T_VBZ), "watch");
	CHECK_STR(L("says", PL_T_VBZ), "say");
	CHECK_STR(L("studies", PL_T_VBZ), "study");
	CHECK_STR(L("men", PL_T_NNS), "man");
	CHECK_STR(L("chairmen", PL_T_NNS), "chairman");
	CHECK_STR(L("churches", PL_T_NNS), "church");
	CHECK_STR(L("countries", PL_T_NNS), "country");
	CHECK_STR(L("larger", PL_T_JJR), "large");
	CHECK_STR(L("biggest", PL_T_JJS), "big");
	CHECK_STR(L("americans", PL_T_NNPS), "american");
	CHECK_STR(L("bases", PL_T_NNS), "base");
}

TEST(auxiliaries)
{
	if (!tables()) { CHECK(0); return; }
	CHECK_STR(L("is", PL_T_VBZ), "be");
	CHECK_STR(L("are", PL_T_VBP), "be");
	CHECK_STR(L("was", PL_T_VBD), "be");
	CHECK_STR(L("were", PL_T_VBD), "be");
	CHECK_STR(L("been", PL_T_VBN), "be");
	CHECK_STR(L("being", PL_T_VBG), "be");
	CHECK_STR(L("'s", PL_T_VBZ), "be");
	CHECK_STR(L("'re", PL_T_VBP), "be");
	CHECK_STR(L("'m", PL_T_VBP), "be");
	CHECK_STR(L("has", PL_T_VBZ), "have");
	CHECK_STR(L("had", PL_T_VBD), "have");
	CHECK_STR(L("'d", PL_T_VBD), "have");
	CHECK_STR(L("'d", PL_T_MD), "would");
	CHECK_STR(L("'ve", PL_T_VBP), "have");
	CHECK_STR(L("'ll", PL_T_MD), "will");
	CHECK_STR(L("did", PL_T_VBD), "do");
	CHECK_STR(L("does", PL_T_VBZ), "do");
	CHECK_STR(L("n't", PL_T_RB), "not");
	CHECK_STR(L("n\xE2\x80\x99t", PL_T_RB), "not");
	CHECK_STR(L("\xE2\x80\x99s", PL_T_VBZ), "be");
	CHECK_STR(L("wo", PL_T_MD), "will");
	CHECK_STR(L("ca", PL_T_MD), "can");
	CHECK_STR(L("would", PL_T_MD), "would");
}

TEST(other_classes)
{
	if (!tables()) { CHECK(0); return; }
	CHECK_STR(L("'s", PL_T_POS), "'s");
	CHECK_STR(L("\xE2\x80\x99s", PL_T_POS), "'s");
	CHECK_STR(L("israel", PL_T_NNP), "israel");
	CHECK_STR(L("hamas", PL_T_NNP), "hamas");
	CHECK_STR(L("news", PL_T_NN), "news");
	CHECK_STR(L("the", PL_T_DT), "the");
	CHECK_STR(L("forces", PL_T_NNS), "force");
	CHECK_STR(L("better", PL_T_RBR), "well");
	CHECK_STR(L("harder", PL_T_RBR), "hard");
	CHECK_STR(L("", PL_T_NN), "");
	CHECK(pl_lemma(tables(), NULL, PL_T_NN, arena) == NULL);
	CHECK_STR(pl_lemma(NULL, "seized", PL_T_VBD, arena), "seized");
	/* words WordNet does not know get a guess, or stay as they are */
	CHECK_STR(L("geolocated", PL_T_VBD), "geolocate");
	CHECK_STR(L("weaponizing", PL_T_VBG), "weaponize");
	CHECK_STR(L("frobbed", PL_T_VBD), "frob");
	CHECK_STR(L("xyzzies", PL_T_NNS), "xyzzy");
	CHECK_STR(L("xyzzier", PL_T_JJR), "xyzzier");
	CHECK_STR(pl_lemma(tables(), "ceasefires", PL_T_NNS, NULL), "ceasefires");
}

/* nouns none of whose senses can speak (the coder refuses them as speakers) */
TEST(mute_nouns)
{
	if (!tables()) { CHECK(0); return; }
	CHECK(pl_lemma_mute(tables(), "unveiling"));
	CHECK(pl_lemma_mute(tables(), "election"));
	CHECK(pl_lemma_mute(tables(), "treaty"));
	CHECK(pl_lemma_mute(tables(), "act"));
	CHECK(!pl_lemma_mute(tables(), "minister"));
	CHECK(!pl_lemma_mute(tables(), "government"));
	CHECK(!pl_lemma_mute(tables(), "person"));     /* a top synset above people */
	CHECK(!pl_lemma_mute(tables(), "group"));
	CHECK(!pl_lemma_mute(tables(), "paper"));      /* a firm, too */
	CHECK(!pl_lemma_mute(tables(), "seize"));      /* not a noun */
	CHECK(!pl_lemma_mute(tables(), "xyzzy"));
	CHECK(!pl_lemma_mute(NULL, "unveiling"));
}

TEST(tokens)
{
	static const struct { const char *s; int tag; const char *lemma; } in[] = {
		{"Scores", PL_T_NNS, "score"}, {"of", PL_T_IN, "of"},
		{"hostages", PL_T_NNS, "hostage"}, {"were", PL_T_VBD, "be"},
		{"released", PL_T_VBN, "release"}, {"by", PL_T_IN, "by"},
		{"Hamas", PL_T_NNP, "hamas"}, {".", PL_T_PP, "."},
	};
	pl_token tok[8];
	size_t i;
	if (!tables()) { CHECK(0); return; }
	memset(tok, 0, sizeof tok);
	for (i = 0; i < 8; i++) {
		tok[i].s = in[i].s;
		tok[i].len = (uint32_t)strlen(in[i].s);
		tok[i].tag = (uint8_t)in[i].tag;
		tok[i].low = i == 0 ? NULL : in[i].s;   /* no low: made from s */
		if (i == 6)
			tok[i].low = "hamas";
	}
	pl_lemma_tokens(tables(), tok, 8, arena);
	for (i = 0; i < 8; i++)
		CHECK_STR(tok[i].lemma, in[i].lemma);
	pl_lemma_tokens(tables(), tok, 0, arena);
	pl_lemma_tokens(tables(), NULL, 3, arena);
}

TEST(cache)
{
	/* the cache answers as pl_lemma() does, also for a word met again with
	** another tag ("leaves" as a plural and as a verb), for lemmas guessed
	** into the arena ("zorgs") and for words that are their own lemma;
	** the third pass is answered from the cache, after the arena that
	** held the first answers was reset */
	static const struct { const char *s; int tag; } in[] = {
		{"leaves", PL_T_NNS}, {"leaves", PL_T_VBZ}, {"saw", PL_T_VBD}, {"saw", PL_T_VB},
		{"zorgs", PL_T_NNS}, {"re-opened", PL_T_VBD}, {"said", PL_T_VBD}, {"were", PL_T_VBD},
		{"n't", PL_T_RB}, {"better", PL_T_JJR}, {"flarbed", PL_T_VBD}, {"news", PL_T_NN},
	};
	enum { N = sizeof in / sizeof in[0] };
	pl_token plain[N], cached[N];
	const char *want[N];
	int same[N];
	pl_lemma_cache *c = pl_lemma_cache_new();
	size_t i;
	int pass;
	if (!tables() || !c) { CHECK(0); pl_lemma_cache_free(c); return; }
	memset(plain, 0, sizeof plain);
	for (i = 0; i < N; i++) {
		plain[i].s = plain[i].low = in[i].s;
		plain[i].len = (uint32_t)strlen(in[i].s);
		plain[i].tag = (uint8_t)in[i].tag;
	}
	pl_lemma_tokens(tables(), plain, N, arena);
	for (i = 0; i < N; i++) {
		want[i] = pl_arena_strndup(arena, plain[i].lemma, strlen(plain[i].lemma));
		same[i] = plain[i].lemma == plain[i].low;
	}
	CHECK_STR(want[0], "leaf");
	CHECK_STR(want[1], "leave");
	CHECK_STR(want[2], "see");
	for (pass = 0; pass < 3; pass++) {
		pl_arena *b = pl_arena_new(0);
		memcpy(cached, plain, sizeof cached);
		for (i = 0; i < N; i++)
			cached[i].lemma = NULL;
		pl_lemma_tokens_cached(tables(), c, cached, N, b);
		for (i = 0; i < N; i++) {
			CHECK_STR(cached[i].lemma, want[i]);
			CHECK((cached[i].lemma == cached[i].low) == same[i]);
		}
		pl_arena_free(b);
	}
	/* without a cache: as pl_lemma_tokens() */
	pl_lemma_tokens_cached(tables(), NULL, cached, N, arena);
	for (i = 0; i < N; i++)
		CHECK_STR(cached[i].lemma, want[i]);
	pl_lemma_cache_free(c);
	pl_lemma_cache_free(NULL);
}

TEST(speed)
{
	static const char *const w[] = {"seized", "hostages", "were", "released",
		"children", "accused", "ceasefires", "mediators", "urged", "fled"};
	static const int tg[] = {PL_T_VBD, PL_T_NNS, PL_T_VBD, PL_T_VBN, PL_T_NNS,
		PL_T_VBD, PL_T_NNS, PL_T_NNS, PL_T_VBD, PL_T_VBD};
	struct timespec a, b, c;
	char err[512];
	pl_lemmatizer *l;
	size_t i, n = 0;
	double load, run;

	clock_gettime(CLOCK_MONOTONIC, &a);
	l = pl_lemma_load(th_datadir(), err, sizeof err);
	clock_gettime(CLOCK_MONOTONIC, &b);
	CHECK(l != NULL);
	if (!l)
		return;
	for (i = 0; i < 1000000; i++) {
		n += strlen(pl_lemma(l, w[i % 10], tg[i % 10], arena));
		if (i % 10000 == 0)
			pl_arena_reset(arena);
	}
	clock_gettime(CLOCK_MONOTONIC, &c);
	load = (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6;
	run = (c.tv_sec - b.tv_sec) + (c.tv_nsec - b.tv_nsec) / 1e9;
	printf("  lemma: load %.1f ms; %.1f M lemmas/s\n", load, 1.0 / run);
	CHECK(n > 0);
	pl_lemma_free(l);
}

static void cleanup(void)
{
	pl_lemma_free(lem);
	pl_arena_free(arena);
	lem = NULL;
	arena = NULL;
	CHECK(1);
}

static const th_test TESTS[] = {
	T(load_errors), T(news_words), T(auxiliaries), T(other_classes),
	T(mute_nouns), T(tokens), T(cache), T(speed), T(cleanup)
};

TEST_MAIN()
