/* test_petrarch.c: PETRARCH/TABARI dictionaries read into the store
** (src/dict/petrarch.c) from the small fixtures in tests/fixtures/petrarch/,
** with broken lines reported as file:line and skipped. */
#include "testhelp.h"

#include <time.h>
#include <unistd.h>

#include "dict/petrarch.h"
#include "dict/store.h"
#include "text/segment.h"

#define FIX "tests/fixtures/petrarch/"

static const char *const FILES[] = {
	FIX "test.actors.txt", FIX "test.agents.txt", FIX "test.verbs.txt", FIX "test.discards.txt", NULL
};

static int load(pl_store *s)
{
	char err[512] = "";
	memset(s, 0, sizeof *s);
	th_warnings_clear();
	s->warn = th_collect;
	s->dict_format = "petrarch";
	s->dict_files = FILES;
	if (pl_store_load(s, "tests/fixtures/dict", th_datadir(), err, sizeof err) < 0) {
		fprintf(stderr, "load failed: %s\n", err);
		return -1;
	}
	return 0;
}

static int has(const char *w)
{
	return strstr(th_warnings, w) != NULL;
}

TEST(broken_lines_are_reported_with_file_and_line)
{
	pl_store s;
	CHECK_INT(load(&s), 0);
	CHECK(has("petrarch/test.actors.txt:2: synonym \"+ORPHAN_SYNONYM\" before any entry"));
	CHECK(has("petrarch/test.actors.txt:13: bad date restriction \"1933011-19331231\""));
	CHECK(has("petrarch/test.actors.txt:14: bad actor code \"FRD$X\""));
	CHECK(has("petrarch/test.actors.txt:17: no code for \"NO_CODE_AT_END\""));
	CHECK(has("petrarch/test.agents.txt:8: agent code \"JUD\" has no ~"));
	CHECK(has("petrarch/test.agents.txt:9: agent \"COURT\" has no [~CODE]"));
	CHECK(has("petrarch/test.verbs.txt:18: unknown synset &NOSUCHSET"));
	CHECK(has("petrarch/test.verbs.txt:20: bad event code \"BAD\""));
	CHECK(has("petrarch/test.verbs.txt:21: pattern without [code]"));
	CHECK(has("petrarch/test.verbs.txt:24: pattern outside a verb block"));
	CHECK_INT(th_nwarn, 14); /* with the 2 of the fixture cameo.tsv and the 2 of
	                      ** objects.tsv and confidence.tsv */
	CHECK_INT(s.n_warnings, 14);
	if (th_nwarn != 14)
		fprintf(stderr, "%s", th_warnings);
	pl_store_free(&s);
}

TEST(actors_keep_codes_kinds_and_lines)
{
	pl_store s;
	const pl_phrase *ph;
	int found = 0;
	CHECK_INT(load(&s), 0);
	ph = pl_hash_get(&s.names, "freedonia", 9);
	CHECK(ph != NULL);
	for (; ph; ph = ph->next) {
		if (ph->ntok == 1) {
			CHECK_STR(ph->code, "FRD");
			CHECK_INT(ph->kind, PL_A_COUNTRY);
			CHECK_INT(ph->line, 3);
			CHECK_STR(ph->file, "petrarch/test.actors.txt");
			CHECK(ph->lower);      /* PETRARCH names match any case */
			found++;
		} else if (ph->ntok == 2) {
			CHECK_STR(ph->tok[1], "city");
			CHECK_INT(ph->line, 5);
			found++;
		}
	}
	CHECK_INT(found, 2);
	ph = pl_hash_get(&s.names, "royal", 5);
	CHECK(ph && ph->kind == PL_A_ORG && !strcmp(ph->code, "FRDBUS") && ph->ntok == 4);
	/* a compound code is kept whole (the coder makes one actor per part) */
	ph = pl_hash_get(&s.names, "marx", 4);
	CHECK(ph && !strcmp(ph->code, "FRD/SLV"));
	/* a short all-capital name keeps its capitals: "US", never "us" */
	ph = pl_hash_get(&s.names, "us", 2);
	CHECK(ph && !ph->lower && !strcmp(ph->tok[0], "US"));
	/* entries whose codes were all broken are gone */
	CHECK(pl_hash_get(&s.names, "broken", 6) == NULL);
	CHECK(pl_hash_get(&s.names, "bad", 3) == NULL);
	CHECK(pl_hash_get(&s.names, "no", 2) == NULL);
	pl_store_free(&s);
}

TEST(date_restrictions_become_terms)
{
	pl_store s;
	const pl_phrase *ph;
	CHECK_INT(load(&s), 0);
	/* FIREFLY: FRDGOV from 1933, FRDELI 1920-1932, in that order */
	ph = pl_hash_get(&s.names, "firefly", 7);
	CHECK(ph != NULL);
	if (ph) {
		CHECK_INT(ph->kind, PL_A_PERSON);
		CHECK_STR(ph->code, "FRDGOV");
		CHECK_INT(ph->from.y, 1933);
		CHECK_INT(ph->from.m, 1);
		CHECK_INT(ph->to.y, 0);
		CHECK_STR(ph->name, "RUFUS_FIREFLY");
		CHECK_INT(ph->line, 8);
		ph = ph->next;
		CHECK(ph && !strcmp(ph->code, "FRDELI") && ph->from.y == 1920 && ph->to.y == 1932 &&
		      ph->to.m == 12 && ph->to.d == 31);
	}
	/* six-digit dates (YY from 50: 19YY); the dated code comes before the undated fallback */
	ph = pl_hash_get(&s.names, "trentino", 8);
	CHECK(ph && !strcmp(ph->code, "SLVGOV") && ph->from.y == 1993 && ph->to.y == 1993);
	CHECK(ph && ph->next && !strcmp(ph->next->code, "SLVELI") && ph->next->from.y == 0 &&
	      ph->next->kind == PL_A_PERSON);
	pl_store_free(&s);
}

TEST(agents_become_roles)
{
	pl_store s;
	const pl_phrase *ph;
	CHECK_INT(load(&s), 0);
	/* !PERSON! substitution */
	ph = pl_hash_get(&s.agents, "spokesman", 9);
	CHECK(ph && !strcmp(ph->code, "GOV") && ph->kind == PL_A_AGENT && ph->line == 3);
	ph = pl_hash_get(&s.agents, "spokeswoman", 11);
	CHECK(ph && !strcmp(ph->code, "GOV"));
	ph = pl_hash_get(&s.agents, "ambassador", 10);
	CHECK(ph && !strcmp(ph->code, "GOV"));
	/* agents are matched on lemmas: the head noun is singular */
	ph = pl_hash_get(&s.agents, "armed", 5);
	CHECK(ph && ph->ntok == 2 && !strcmp(ph->tok[1], "force") && !strcmp(ph->code, "MIL"));
	ph = pl_hash_get(&s.agents, "brigadier", 9);
	CHECK(ph && !strcmp(ph->tok[1], "general"));
	/* ROLE~ (placed first by PETRARCH) is kept as a role too */
	ph = pl_hash_get(&s.agents, "humanitarian", 12);
	CHECK(ph && !strcmp(ph->code, "NGO") && ph->role_first);
	ph = pl_hash_get(&s.agents, "spokesman", 9);
	CHECK(ph && !ph->role_first);
	CHECK(pl_hash_get(&s.agents, "judge", 5) == NULL);
	pl_store_free(&s);
}

static int count_pats(const pl_store *s, const char *verb, const char *code, const char *first)
{
	const pl_verbpat *p = pl_hash_get(&s->verbs, verb, strlen(verb));
	int n = 0;
	for (; p; p = p->next)
		if (!strcmp(p->code, code) && (!first || (p->nelem && !strcmp(p->elem[0], first))))
			n++;
	return n;
}

TEST(verb_patterns_and_synsets)
{
	pl_store s;
	const pl_verbpat *p;
	CHECK_INT(load(&s), 0);
	/* bare verbs: the block's code, or the verb's own */
	p = pl_hash_get(&s.verbs, "accuse", 6);
	CHECK(p != NULL);
	for (; p && p->next; p = p->next)
		;
	CHECK(p && p->nelem == 0 && !strcmp(p->code, "112") && p->line == 8);
	CHECK_INT(count_pats(&s, "charge", "1121", NULL), 2);    /* bare + pattern */
	/* "- * + OF AGGRESSION": + of aggression, for each verb of the block */
	p = pl_hash_get(&s.verbs, "charge", 6);
	for (; p && strcmp(p->code, "1121"); p = p->next)
		;
	CHECK(p && p->nelem == 3 && !strcmp(p->elem[0], "+") && !strcmp(p->elem[1], "of") &&
	      !strcmp(p->elem[2], "aggression") && p->line == 10);
	/* a synset of three members expands into three patterns per verb; the
	** words before * are kept apart, matched before the verb; pattern words
	** are kept as written (PETRARCH does not match "spies" with "spy") */
	CHECK_INT(count_pats(&s, "accuse", "1123", NULL), 3);
	CHECK_INT(count_pats(&s, "charge", "1123", NULL), 3);
	CHECK_INT(count_pats(&s, "accuse", "1123", "tank"), 1);
	CHECK_INT(count_pats(&s, "accuse", "1123", "gun"), 1);
	p = pl_hash_get(&s.verbs, "accuse", 6);
	for (; p && strcmp(p->code, "1123"); p = p->next)
		;
	CHECK(p && p->nprev == 1 && !strcmp(p->prev[0], "said") && !p->compound && p->literal);
	/* [---] stays as a null code; [1124:1125] is the event and its reverse
	** (target to source); ^ stands for one phrase to skip */
	CHECK_INT(count_pats(&s, "accuse", "---", "+"), 1);
	CHECK_INT(count_pats(&s, "accuse", "1124", "^"), 1);
	p = pl_hash_get(&s.verbs, "accuse", 6);
	for (; p && strcmp(p->code, "1124"); p = p->next)
		;
	CHECK(p && p->nelem == 4 && !strcmp(p->elem[1], "+") && !strcmp(p->elem[3], "spying"));
	CHECK(p && p->rcode && !strcmp(p->rcode, "1125") && p->nprev == 0);
	CHECK_INT(count_pats(&s, "charge", "1121", NULL), 2);
	p = pl_hash_get(&s.verbs, "charge", 6);
	for (; p && strcmp(p->code, "1121"); p = p->next)
		;
	CHECK(p && p->rcode == NULL);
	/* a paired block code; `%` before the verb: a compound subject */
	p = pl_hash_get(&s.verbs, "meet", 4);
	CHECK(p && !strcmp(p->code, "191") && p->compound && p->nprev == 1 &&
	      !strcmp(p->prev[0], "have") && p->nelem == 0);
	CHECK(p && p->next && !strcmp(p->next->code, "031") && p->next->rcode &&
	      !strcmp(p->next->rcode, "031") && !p->next->compound);
	/* multi-word verb: TAKE_OVER is "take" with the particle "over" */
	p = pl_hash_get(&s.verbs, "take", 4);
	CHECK(p && p->particle && !strcmp(p->particle, "over"));
	/* a code outside the CAMEO table is added so that it can be emitted */
	CHECK(pl_store_cameo(&s, "174X") != NULL);
	CHECK(pl_store_cameo(&s, "---") == NULL);
	CHECK_INT(count_pats(&s, "seize", "174X", "+"), 1);
	CHECK(strstr(s.stats, "format petrarch") != NULL);
	pl_store_free(&s);
}

static const pl_verbpat *find_pat(const pl_store *s, const char *verb, const char *code)
{
	const pl_verbpat *p = pl_hash_get(&s->verbs, verb, strlen(verb));
	for (; p && strcmp(p->code, code); p = p->next)
		;
	return p;
}

TEST(pattern_markers_and_forms)
{
	pl_store s;
	const pl_verbpat *p;
	CHECK_INT(load(&s), 0);
	/* `+` before the verb: the subject is the target; `$` after it is an
	** element that names the source */
	p = find_pat(&s, "return", "043");
	CHECK(p && p->tgt_before && p->nelem == 2 && !strcmp(p->elem[0], "from") &&
	      !strcmp(p->elem[1], "$") && p->literal);
	/* `_` joins words that must be next to each other ... */
	p = find_pat(&s, "return", "044");
	CHECK(p && p->nelem == 2 && !strcmp(p->elem[0], "quite") && !strcmp(p->elem[1], "_soon"));
	/* ... or a word and the verb */
	p = find_pat(&s, "return", "045");
	CHECK(p && p->nprev == 1 && !strcmp(p->prev[0], "recently") && p->prev_adj);
	p = find_pat(&s, "return", "042");
	CHECK(p && p->nelem == 1 && !strcmp(p->elem[0], "talks") && !p->prev_adj && !p->tgt_before);
	/* [+++] leaves no pattern behind */
	CHECK(find_pat(&s, "return", "+++") == NULL);
	for (p = pl_hash_get(&s.verbs, "return", 6); p; p = p->next)
		CHECK(!(p->nelem == 1 && !strcmp(p->elem[0], "complex")));
	/* RETURNED is a verb of its own: its code only for that form */
	p = find_pat(&s, "return", "046");
	CHECK(p && p->form && !strcmp(p->form, "returned") && p->nelem == 0);
	p = find_pat(&s, "return", "042");
	CHECK(p && !p->form);
	pl_store_free(&s);
}

/* Tokens with lemmas for the issue matcher (by hand, as the tagger and
** lemmatizer would give them). */
static uint32_t issue_tokens(pl_token *tok, const char *const *words, const char *const *lemmas)
{
	uint32_t n;
	for (n = 0; words[n]; n++) {
		memset(&tok[n], 0, sizeof tok[n]);
		tok[n].s = words[n];
		tok[n].len = (uint32_t)strlen(words[n]);
		tok[n].low = words[n];
		tok[n].lemma = lemmas[n];
	}
	return n;
}

TEST(issues_with_exclusions)
{
	static const char *const FILES2[] = {FIX "test.issues.txt", NULL};
	static const char *const w1[] = {"the", "dams", "and", "the", "drinking-water", "supply", NULL};
	static const char *const l1[] = {"the", "dam", "and", "the", "drinking-water", "supply", NULL};
	static const char *const w2[] = {"dam", "it", ",", "the", "reservoir", "is", "low", NULL};
	static const char *const l2[] = {"dam", "it", ",", "the", "reservoir", "be", "low", NULL};
	pl_store s;
	pl_token tok[16];
	pl_issue_hit hit[8];
	char err[512] = "";
	uint32_t n;
	int nh;
	memset(&s, 0, sizeof s);
	th_warnings_clear();
	s.warn = th_collect;
	s.dict_format = "petrarch";
	s.dict_files = FILES2;
	CHECK_INT(pl_store_load(&s, "tests/fixtures/dict", th_datadir(), err, sizeof err), 0);
	CHECK(has("petrarch/test.issues.txt:12: bad issue code \"not$ok\""));
	/* "n:dam" by lemma, "drinking+water" written with a hyphen */
	n = issue_tokens(tok, w1, l1);
	nh = pl_petrarch_issues(&s, tok, 0, n, hit, 8);
	CHECK_INT(nh, 2);
	CHECK(nh == 2 && !strcmp(hit[0].ph->code, "DAMS") && !strcmp(hit[0].ph->name, "WATER") &&
	      hit[0].t0 == 1 && hit[0].t1 == 2);
	CHECK(nh == 2 && !strcmp(hit[1].ph->code, "WATER_SHORTAGE") && hit[1].t0 == 4);
	/* "~dam it" blocks the dam; a phrase with no code codes its category */
	n = issue_tokens(tok, w2, l2);
	nh = pl_petrarch_issues(&s, tok, 0, n, hit, 8);
	CHECK_INT(nh, 1);
	CHECK(nh == 1 && !strcmp(hit[0].ph->code, "WATER") && hit[0].t0 == 4);
	pl_store_free(&s);
}

TEST(discards_match_tokens)
{
	pl_store s;
	pl_arena *a = pl_arena_new(0);
	pl_text tx;
	const char *t1 = "The crossword puzzle was hard.", *t2 = "Brazil won the WORLD CUP.",
	           *t3 = "Brazil won the cup.";
	CHECK_INT(load(&s), 0);
	CHECK_INT(s.n_discards, 2);
	CHECK(pl_segment(a, t1, strlen(t1), &tx) == 0);
	CHECK_INT(pl_petrarch_discarded(&s, tx.tok, 0, tx.ntok), 1);
	CHECK(pl_segment(a, t2, strlen(t2), &tx) == 0);
	CHECK_INT(pl_petrarch_discarded(&s, tx.tok, 0, tx.ntok), 2);
	CHECK(pl_segment(a, t3, strlen(t3), &tx) == 0);
	CHECK_INT(pl_petrarch_discarded(&s, tx.tok, 0, tx.ntok), 0);
	pl_arena_free(a);
	pl_store_free(&s);
}

TEST(file_kinds_from_content_then_name)
{
	CHECK_INT(pl_petrarch_kind("x", "--- SAY [010] ---\nSAY\n"), PL_PK_VERBS);
	CHECK_INT(pl_petrarch_kind("x", "GOVERNMENT [~GOV]\n"), PL_PK_AGENTS);
	CHECK_INT(pl_petrarch_kind("x", "ISRAEL [ISR]\n+ISRAELI\n"), PL_PK_ACTORS);
	CHECK_INT(pl_petrarch_kind("x", "# c\nCROSSWORD\n"), PL_PK_DISCARDS);
	CHECK_INT(pl_petrarch_kind("x", "<ISSUE CATEGORY=\"X\">\n"), PL_PK_ISSUES);
	CHECK_INT(pl_petrarch_kind("dir/My.agents.txt", "# empty\n"), PL_PK_AGENTS);
	CHECK_INT(pl_petrarch_kind("dir/empty.txt", ""), PL_PK_UNKNOWN);
}

TEST(bad_format_and_missing_file_fail_cleanly)
{
	pl_store s;
	char err[512] = "";
	static const char *const missing[] = {FIX "no-such-file.txt", NULL};
	memset(&s, 0, sizeof s);
	s.dict_format = "tabari";
	CHECK_INT(pl_store_load(&s, "tests/fixtures/dict", th_datadir(), err, sizeof err), -1);
	CHECK(strstr(err, "unknown dictionary format") != NULL);
	pl_store_free(&s);
	memset(&s, 0, sizeof s);
	s.dict_format = "petrarch";
	s.dict_files = missing;
	CHECK_INT(pl_store_load(&s, "tests/fixtures/dict", th_datadir(), err, sizeof err), -1);
	CHECK(strstr(err, "no-such-file.txt") != NULL);
	pl_store_free(&s);
}

/* Loads a verbs file whose one pattern names nsyn synsets of 40 words
** each (40^nsyn forms); returns the load time in seconds, -1 on failure. */
static double load_synsets(pl_store *s, int nsyn)
{
	char dir[] = "/tmp/parley-synXXXXXX", path[64], err[512] = "";
	const char *files[2];
	struct timespec t0, t1;
	FILE *f;
	int i, k, rc;
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof path, "%s/syn.verbs.txt", dir);
	f = fopen(path, "w");
	if (!f)
		return -1;
	for (i = 0; i < nsyn; i++) {
		fprintf(f, "&SET%d\n", i);
		for (k = 0; k < 40; k++)
			fprintf(f, "+WORD%dX%d\n", i, k);
		fputs("\n", f);
	}
	fputs("--- PRAISE [051] ---\nPRAISE\n- *", f);
	for (i = 0; i < nsyn; i++)
		fprintf(f, " &SET%d", i);
	fputs(" [051]\n", f);
	fclose(f);
	files[0] = path;
	files[1] = NULL;
	memset(s, 0, sizeof *s);
	th_warnings_clear();
	s->warn = th_collect;
	s->dict_format = "petrarch";
	s->dict_files = files;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	rc = pl_store_load(s, "tests/fixtures/dict", th_datadir(), err, sizeof err);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	remove(path);
	rmdir(dir);
	if (rc < 0) {
		fprintf(stderr, "load failed: %s\n", err);
		return -1;
	}
	return (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
}

TEST(synset_expansion_stops_at_its_cap)
{
	int nsyn;
	for (nsyn = 5; nsyn <= 8; nsyn += 3) {
		pl_store s;
		double secs = load_synsets(&s, nsyn);
		char want[120];
		snprintf(want, sizeof want, "syn.verbs.txt:%d: pattern expands to more than %d forms; first %d kept",
		         nsyn * 42 + 3, PL_PETRARCH_MAX_EXPAND, PL_PETRARCH_MAX_EXPAND);
		CHECK(secs >= 0);
		/* bounded time: the whole store (tagger, gazetteer) loads in well
		** under a second; before the cap held, 5 synsets took 46 s */
		CHECK(secs < 5.0);
		CHECK(has(want));
		if (!has(want))
			fprintf(stderr, "  warnings: %s\n", th_warnings);
		/* the verb's bare form and at most the cap of patterns */
		CHECK(s.n_verbs >= 1 && s.n_verbs <= PL_PETRARCH_MAX_EXPAND + 1);
		pl_store_free(&s);
	}
}

static th_test TESTS[] = {
	T(synset_expansion_stops_at_its_cap),
	T(broken_lines_are_reported_with_file_and_line),
	T(actors_keep_codes_kinds_and_lines),
	T(date_restrictions_become_terms),
	T(agents_become_roles),
	T(verb_patterns_and_synsets),
	T(pattern_markers_and_forms),
	T(issues_with_exclusions),
	T(discards_match_tokens),
	T(file_kinds_from_content_then_name),
	T(bad_format_and_missing_file_fail_cleanly),
};

TEST_MAIN()
