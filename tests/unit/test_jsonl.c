/* test_jsonl.c: the JSON Lines reader and the record writer (src/io/). */
#include "testhelp.h"

#include "io/jsonl.h"

static pl_arena *A;

static int rd(const char *line, pl_indoc *d, char *err)
{
	if (!A)
		A = pl_arena_new(0);
	pl_arena_reset(A);
	err[0] = '\0';
	return pl_jsonl_read(line, strlen(line), A, d, err, 256);
}

TEST(reads_fields)
{
	pl_indoc d;
	char err[256];
	CHECK_INT(rd("{\"id\":\"a1\",\"date\":\"2024-09-03\",\"title\":\"t\",\"text\":\"Caf\\u00e9 talks.\",\"x\":[1]}", &d, err), 0);
	CHECK_STR(d.id, "a1");
	CHECK_STR(d.date, "2024-09-03");
	CHECK_STR(d.text, "Caf\xc3\xa9 talks.");
	CHECK_INT(d.len, 12);
	CHECK_STR(d.title, "t");
	CHECK(d.source == NULL && d.url == NULL);
	CHECK_INT(rd("{\"source\":\"Reuters\",\"url\":\"http://x/1\",\"title\":7,\"text\":\"t\"}", &d, err), 0);
	CHECK_STR(d.source, "Reuters");
	CHECK_STR(d.url, "http://x/1");
	CHECK(d.title == NULL);
	CHECK_INT(rd("{\"id\":17,\"date\":null,\"text\":\"x\"}", &d, err), 0);
	CHECK_STR(d.id, "17");
	CHECK(d.date == NULL);
	CHECK_INT(rd("{\"text\":\"only text\"}", &d, err), 0);
	CHECK(d.id == NULL);
}

TEST(errors_name_the_problem)
{
	pl_indoc d;
	char err[256];
	CHECK_INT(rd("{\"id\":\"x\",\"text\":", &d, err), -1);
	CHECK(strstr(err, "invalid JSON at byte") != NULL);
	CHECK_INT(rd("{\"id\":\"x\"}", &d, err), -1);
	CHECK_STR(err, "no \"text\" field");
	CHECK_STR(d.id, "x");
	CHECK_INT(rd("{\"text\":[1,2]}", &d, err), -1);
	CHECK_STR(err, "field \"text\" is not a string");
	CHECK_INT(rd("\"just a string\"", &d, err), -1);
	CHECK(strstr(err, "invalid JSON at byte") != NULL);
	CHECK_INT(rd("[1,2]", &d, err), -1);
	CHECK_STR(err, "expected a JSON object, found an array");
	/* NUL inside the text is kept, so the pipeline can report it */
	CHECK_INT(rd("{\"text\":\"a\\u0000b\"}", &d, err), 0);
	CHECK_INT(d.len, 3);
}

TEST(error_record_is_valid_json)
{
	pl_buf b = {0};
	pl_write_error(&b, "doc\"1", NULL, 5, "line 5: bad \\ thing");
	CHECK_STR(b.p, "{\"type\":\"error\",\"doc\":\"doc\\\"1\",\"line\":5,\"message\":\"line 5: bad \\\\ thing\"}\n");
	pl_buf_reset(&b);
	pl_write_error(&b, NULL, NULL, 0, "m");
	CHECK_STR(b.p, "{\"type\":\"error\",\"doc\":null,\"line\":0,\"message\":\"m\"}\n");
	pl_buf_reset(&b);
	pl_write_error(&b, NULL, "in \"a\".jsonl", 7, "in.jsonl:7: m");
	CHECK_STR(b.p, "{\"type\":\"error\",\"doc\":null,\"file\":\"in \\\"a\\\".jsonl\",\"line\":7,\"message\":\"in.jsonl:7: m\"}\n");
	pl_buf_free(&b);
}

static int same(const char *x, const char *y)
{
	return (!x && !y) || (x && y && !strcmp(x, y));
}

/* The fast reader must never accept what jansson rejects, and must read
** exactly what jansson reads.  Seeds and random mutations of them. */
TEST(fast_path_agrees_with_jansson)
{
	static const char *const seeds[] = {
		"{\"id\":\"a1\",\"date\":\"2024-09-03\",\"text\":\"Caf\\u00e9 \\\"talks\\\".\\n\"}",
		"{\"id\": 42, \"title\": [1, 2.5e3, {\"x\": null}], \"text\": \"a\\ud83d\\ude00b\", \"date\": null}",
		"  {\"text\":\"x\",\"text\":\"y\",\"id\":\"k\",\"id\":null}  ",
		"{\"meta\":{\"a\":[true,false,null,-0.5,\"s\\/t\"]},\"text\":\"caf\xc3\xa9\"}",
		"{\"id\":-7,\"text\":\"\\u0000 nul\",\"source\":\"AP\",\"url\":null,\"title\":\"T\\u00e9\"}",
	};
	static const char alphabet[] = "{}[]\":,\\ un0123456789.eE+-tfalsxyz\x01\xc3\xa9\xff";
	pl_arena *a = pl_arena_new(0), *b = pl_arena_new(0), *c = pl_arena_new(0);
	unsigned seed = 12345;
	int accepted = 0, agree = 1, inplace_agrees = 1, k, m;
	char buf[512], err[256], mut[512];
	for (k = 0; k < 40000; k++) {
		const char *src = seeds[k % 5];
		size_t n = strlen(src);
		pl_indoc f, g;
		int fast, full;
		memcpy(buf, src, n);
		/* k < 5: the seeds themselves; then 1-3 random edits */
		for (m = 0; k >= 5 && m < 1 + k % 3; m++) {
			size_t at;
			seed = seed * 1103515245u + 12345u;
			at = (seed >> 8) % (n ? n : 1);
			switch ((seed >> 4) % 3) {
			case 0: buf[at] = alphabet[(seed >> 16) % (sizeof alphabet - 1)]; break;
			case 1: n = at; break;
			default:
				if (n + 1 < sizeof buf) {
					memmove(buf + at + 1, buf + at, n - at);
					buf[at] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
					n++;
				}
			}
		}
		pl_arena_reset(a);
		pl_arena_reset(b);
		pl_arena_reset(c);
		/* the in-place reader takes the same lines and reads the same
		** article; a line it does not take is left as it was */
		memcpy(mut, buf, n);
		{
			pl_indoc h;
			int in = pl_jsonl_fast_inplace(mut, n, c, &h);
			if (in != pl_jsonl_fast(buf, n, a, &f) ||
			    (!in && memcmp(mut, buf, n) != 0) ||
			    (in && (!same(f.id, h.id) || !same(f.date, h.date) || f.len != h.len ||
			            memcmp(f.text, h.text, f.len) != 0 || h.text[h.len] != '\0' ||
			            h.text < mut || h.text + h.len >= mut + n))) {
				inplace_agrees = 0;
				fprintf(stderr, "  in place differs on: %.*s\n", (int)n, buf);
			}
		}
		pl_arena_reset(a);
		fast = pl_jsonl_fast(buf, n, a, &f);
		full = pl_jsonl_read_full(buf, n, b, &g, err, sizeof err);
		if (k < 5)
			CHECK(fast == 1);
		if (fast) {
			accepted++;
			if (full != 0 || !same(f.id, g.id) || !same(f.date, g.date) || f.len != g.len ||
			    !same(f.title, g.title) || !same(f.source, g.source) || !same(f.url, g.url) ||
			    memcmp(f.text, g.text, f.len) != 0) {
				agree = 0;
				fprintf(stderr, "  disagree on: %.*s\n", (int)n, buf);
				break;
			}
		}
	}
	CHECK(agree);
	CHECK(inplace_agrees);
	CHECK(accepted > 1000);   /* the fast path did run */
	pl_arena_free(a);
	pl_arena_free(b);
	pl_arena_free(c);
}

static th_test TESTS[] = {
	T(reads_fields), T(errors_name_the_problem), T(error_record_is_valid_json),
	T(fast_path_agrees_with_jansson),
};
TEST_MAIN()
