/* test_store.c: loading native dictionaries (src/dict/), with broken lines
** reported as file:line and skipped. */
#include "testhelp.h"

#include "dict/store.h"

static int load(pl_store *s)
{
	char err[512] = "";
	memset(s, 0, sizeof *s);
	th_warnings_clear();
	s->warn = th_collect;
	if (pl_store_load(s, "tests/fixtures/dict", th_datadir(), err, sizeof err) < 0) {
		fprintf(stderr, "load failed: %s\n", err);
		return -1;
	}
	return 0;
}

TEST(broken_lines_are_reported_and_skipped)
{
	pl_store s;
	CHECK_INT(load(&s), 0);
	CHECK_INT(th_nwarn, 10);
	CHECK_INT(s.n_warnings, 10);
	CHECK(strstr(th_warnings, "dict/cameo.tsv:6: bad CAMEO code \"999x\"") != NULL);
	CHECK(strstr(th_warnings, "dict/cameo.tsv:7: bad Goldstein value \"lots\"") != NULL);
	CHECK(strstr(th_warnings, "actors/countries.tsv:5: bad country code \"usa\"") != NULL);
	CHECK(strstr(th_warnings, "actors/organizations.tsv:4: no names for IGOXXX") != NULL);
	CHECK(strstr(th_warnings, "actors/people.tsv:6: bad date") != NULL);
	CHECK(strstr(th_warnings, "agents.tsv:5: bad role code \"GOVERNMENT\"") != NULL);
	CHECK(strstr(th_warnings, "verbs.tsv:6: unknown CAMEO event code \"111\"") != NULL);
	CHECK(strstr(th_warnings, "verbs.tsv:7: unknown CAMEO event code \"555\"") != NULL);
	CHECK(strstr(th_warnings, "dict/objects.tsv:4: bad object class \"Bad Class\"") != NULL);
	CHECK(strstr(th_warnings, "dict/confidence.tsv:4: bad weight \"lots\"") != NULL);
	pl_store_free(&s);
}

TEST(stance_cues_load_with_their_codes)
{
	pl_store s;
	const char *code;
	CHECK_INT(load(&s), 0);
	code = pl_hash_get(&s.stance, "disgrace", 8);
	CHECK(code != NULL);
	if (code)
		CHECK_STR(code, "111");
	code = pl_hash_get(&s.stance, "excellent", 9);
	CHECK(code != NULL);
	if (code)
		CHECK_STR(code, "051");
	CHECK(pl_hash_get(&s.stance, "plan", 4) == NULL);
	CHECK_INT(s.n_stance, 3);
	pl_store_free(&s);
}

TEST(object_classes_and_confidence_weights_load)
{
	pl_store s;
	const char *cls;
	const double *w;
	CHECK_INT(load(&s), 0);
	cls = pl_hash_get(&s.objclass, "flood", 5);
	CHECK(cls != NULL);
	if (cls)
		CHECK_STR(cls, "cause");
	CHECK(pl_hash_get(&s.objclass, "thing", 5) == NULL);   /* its line was broken */
	CHECK_INT(s.n_objclass, 4);
	w = pl_hash_get(&s.confw, "root:19", 7);
	CHECK(w != NULL);
	if (w)
		CHECK(*w == 1.25);
	CHECK(pl_hash_get(&s.confw, "pattern:words", 13) == NULL);
	CHECK_INT(s.n_confw, 2);
	pl_store_free(&s);
}

TEST(entries_keep_file_and_line)
{
	pl_store s;
	const pl_phrase *ph;
	const pl_verbpat *vp;
	const pl_cameo *c;
	CHECK_INT(load(&s), 0);
	ph = pl_hash_get(&s.names, "hamas", 5);
	CHECK(ph != NULL);
	if (ph) {
		CHECK_STR(ph->code, "PSEREBHMS");
		CHECK_INT(ph->line, 2);
		CHECK(strstr(ph->file, "organizations.tsv") != NULL);
	}
	/* "U.S." is one token; "United States" files under "united" */
	CHECK(pl_hash_get(&s.names, "u.s.", 4) != NULL);
	/* the chain under "united" holds every phrase starting with it (the
	** ISO names too), longest first, and "United States" among them */
	{
		int found = 0;
		uint8_t prev = 255;
		for (ph = pl_hash_get(&s.names, "united", 6); ph; ph = ph->next) {
			CHECK(ph->ntok <= prev);
			prev = ph->ntok;
			if (ph->ntok == 2 && !strcmp(ph->tok[1], "States") && !strcmp(ph->code, "USA"))
				found = 1;
		}
		CHECK(found);
	}
	/* three Netanyahu lines, longest (two-token) phrases first in the chain */
	ph = pl_hash_get(&s.names, "benjamin", 8);
	CHECK(ph != NULL && ph->kind == PL_A_PERSON && ph->ntok == 2 && ph->next && ph->next->next);
	vp = pl_hash_get(&s.verbs, "accuse", 6);
	CHECK(vp != NULL && vp->nelem == 2);
	if (vp) {
		CHECK_STR(vp->elem[0], "+");
		CHECK_STR(vp->code, "112");
		CHECK_INT(vp->line, 4);
	}
	vp = pl_hash_get(&s.verbs, "take", 4);
	CHECK(vp != NULL && vp->nelem == 1);
	c = pl_store_cameo(&s, "181");
	CHECK(c != NULL);
	if (c) {
		CHECK(c->goldstein == -9.0);
		CHECK_STR(c->pcat, "ASSAULT");
		CHECK_STR(c->pmode, "abduct");
	}
	CHECK(pl_store_cameo(&s, "999x") == NULL);
	/* agent phrases are stored lower case, multiword kept */
	ph = pl_hash_get(&s.agents, "prime", 5);
	CHECK(ph != NULL && ph->ntok == 2);
	CHECK_INT(s.n_agents, 7);
	pl_store_free(&s);
}

TEST(missing_folder_is_an_error)
{
	pl_store s;
	char err[512] = "";
	memset(&s, 0, sizeof s);
	CHECK_INT(pl_store_load(&s, "tests/fixtures/no-such-dir", th_datadir(), err, sizeof err), -1);
	/* the message names the missing file in the missing folder */
	CHECK(strstr(err, "tests/fixtures/no-such-dir/") != NULL);
	pl_store_free(&s);
}

TEST(arms_load_with_their_role)
{
	pl_store s;
	const char *role;
	CHECK_INT(load(&s), 0);
	role = pl_hash_get(&s.arms, "jet", 3);
	CHECK(role != NULL);
	if (role)
		CHECK_STR(role, "MIL");
	CHECK(pl_hash_get(&s.arms, "gunboat", 7) == NULL);   /* not in the fixture */
	CHECK_INT(s.n_arms, 3);
	pl_store_free(&s);
}

static th_test TESTS[] = {
	T(broken_lines_are_reported_and_skipped), T(entries_keep_file_and_line), T(missing_folder_is_an_error),
	T(stance_cues_load_with_their_codes),
	T(object_classes_and_confidence_weights_load), T(arms_load_with_their_role),
};
TEST_MAIN()
