/*
** test_utf8.c: unit tests for src/text/utf8.c (validation, decoding, code
** point classes and lower-casing).
*/
#include "testhelp.h"
#include "text/utf8.h"

#define CHK(lit) pl_utf8_check(lit, sizeof(lit) - 1)

TEST(test_check_valid)
{
	CHECK_INT(CHK(""), -1);
	CHECK_INT(CHK("plain ASCII text, long enough for the 8-byte path"), -1);
	CHECK_INT(CHK("Erdo\xC4\x9F" "an \xE2\x80\x9Cquoted\xE2\x80\x9D"), -1);
	CHECK_INT(CHK("\xF0\x9F\x98\x80 emoji"), -1);            /* U+1F600 */
	CHECK_INT(CHK("\xF4\x8F\xBF\xBF"), -1);                  /* U+10FFFF */
	CHECK_INT(CHK("\xEF\xBB\xBF" "BOM"), -1);
	CHECK_INT(CHK("\xED\x9F\xBF"), -1);                      /* U+D7FF */
}

TEST(test_check_invalid)
{
	CHECK_INT(CHK("abc\x80"), 3);                            /* lone continuation */
	CHECK_INT(CHK("ab\xC0\xAF"), 2);                         /* overlong '/' */
	CHECK_INT(CHK("\xE0\x80\xAF"), 0);                       /* overlong, 3 bytes */
	CHECK_INT(CHK("x\xF0\x80\x80\xAF"), 1);                  /* overlong, 4 bytes */
	CHECK_INT(CHK("12345\xED\xA0\x80"), 5);                  /* surrogate U+D800 */
	CHECK_INT(CHK("\xF4\x90\x80\x80"), 0);                   /* U+110000 */
	CHECK_INT(CHK("\xF5\x80\x80\x80"), 0);
	CHECK_INT(CHK("ok \xE2\x80"), 3);                        /* truncated */
	CHECK_INT(CHK("ok \xE2\x80z"), 3);                       /* bad continuation */
	CHECK_INT(CHK("\xFF"), 0);
	CHECK_INT(pl_utf8_check("abcdefghij\0klmnop", 17), 10); /* NUL */
	CHECK_INT(pl_utf8_check("\0", 1), 0);
	CHECK_INT(CHK("0123456789abcdef\xC3"), 16);              /* after the fast path */
}

TEST(test_decode)
{
	int32_t cp;
	CHECK_INT(pl_utf8_decode("A", 1, &cp), 1);
	CHECK_INT(cp, 'A');
	CHECK_INT(pl_utf8_decode("\xC4\x9F", 2, &cp), 2);
	CHECK_INT(cp, 0x11F);
	CHECK_INT(pl_utf8_decode("\xE2\x80\x9C", 3, &cp), 3);
	CHECK_INT(cp, 0x201C);
	CHECK_INT(pl_utf8_decode("\xF0\x9F\x98\x80", 4, &cp), 4);
	CHECK_INT(cp, 0x1F600);
	CHECK_INT(pl_utf8_decode("\xE2\x80\x9C", 2, &cp), 1);   /* cut short */
	CHECK_INT(cp, 0xFFFD);
	CHECK_INT(pl_utf8_decode("\xC0\xAF", 2, &cp), 1);
	CHECK_INT(cp, 0xFFFD);
	CHECK_INT(pl_utf8_decode("", 0, &cp), 0);
}

TEST(test_count_encode)
{
	char out[4];
	CHECK_INT(pl_utf8_count("", 0), 0);
	CHECK_INT(pl_utf8_count("abc", 3), 3);
	CHECK_INT(pl_utf8_count("Nu\xC3\xB1" "ez \xE2\x80\x9Cx\xE2\x80\x9D", 13), 9);
	CHECK_INT(pl_utf8_encode(0x11F, out), 2);
	CHECK(memcmp(out, "\xC4\x9F", 2) == 0);
	CHECK_INT(pl_utf8_encode(0x1F600, out), 4);
	CHECK_INT(pl_utf8_encode(0xD800, out), 0);
	CHECK_INT(pl_utf8_encode(0x110000, out), 0);
}

TEST(test_classes)
{
	CHECK_INT(pl_cp_class('a'), PL_CP_LOWER);
	CHECK_INT(pl_cp_class(0x11E), PL_CP_UPPER);     /* Ğ */
	CHECK_INT(pl_cp_class(0x627), PL_CP_LETTER);    /* Arabic alef */
	CHECK_INT(pl_cp_class(0x301), PL_CP_MARK);      /* combining acute */
	CHECK_INT(pl_cp_class(0x663), PL_CP_DIGIT);     /* Arabic-Indic three */
	CHECK_INT(pl_cp_class(0xBD), PL_CP_NUMBER);     /* ½ */
	CHECK_INT(pl_cp_class(0x201C), PL_CP_PUNCT);
	CHECK_INT(pl_cp_class(0x20AC), PL_CP_SYMBOL);   /* € */
	CHECK_INT(pl_cp_class(0xA0), PL_CP_SPACE);
	CHECK_INT(pl_cp_class(0x2009), PL_CP_SPACE);
	CHECK_INT(pl_cp_class(0x202F), PL_CP_SPACE);
	CHECK_INT(pl_cp_class(0x3000), PL_CP_SPACE);
	CHECK_INT(pl_cp_class(0x200B), PL_CP_SPACE);
	CHECK_INT(pl_cp_class(0x07), PL_CP_SPACE);
	CHECK_INT(pl_cp_class(0x2028), PL_CP_NEWLINE);
	CHECK_INT(pl_cp_class(0x200D), PL_CP_FORMAT);
	CHECK_INT(pl_cp_class(0xE000), PL_CP_OTHER);    /* private use */
}

TEST(test_lower)
{
	CHECK_INT(pl_cp_lower('Q'), 'q');
	CHECK_INT(pl_cp_lower('q'), 'q');
	CHECK_INT(pl_cp_lower('1'), '1');
	CHECK_INT(pl_cp_lower(0x11E), 0x11F);           /* Ğ -> ğ */
	CHECK_INT(pl_cp_lower(0xD1), 0xF1);             /* Ñ -> ñ */
	CHECK_INT(pl_cp_lower(0x416), 0x436);           /* Ж -> ж */
}

static const th_test TESTS[] = {
	T(test_check_valid), T(test_check_invalid), T(test_decode),
	T(test_count_encode), T(test_classes), T(test_lower),
};

TEST_MAIN()
