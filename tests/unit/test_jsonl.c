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
	pl_write_error(&b, "doc\"1", 5, "line 5: bad \\ thing");
	CHECK_STR(b.p, "{\"type\":\"error\",\"doc\":\"doc\\\"1\",\"line\":5,\"message\":\"line 5: bad \\\\ thing\"}\n");
	pl_buf_reset(&b);
	pl_write_error(&b, NULL, 0, "m");
	CHECK_STR(b.p, "{\"type\":\"error\",\"doc\":null,\"line\":0,\"message\":\"m\"}\n");
	pl_buf_free(&b);
}

static th_test TESTS[] = {
	T(reads_fields), T(errors_name_the_problem), T(error_record_is_valid_json),
};
TEST_MAIN()
