/*
** utf8.c: UTF-8 validation, decoding and code-point classes.
**
** ASCII is handled inline (eight bytes at a time where it helps); anything
** else goes through utf8proc, which rejects overlong forms, surrogates and
** code points above U+10FFFF.
*/
#include "utf8.h"

#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* True when none of the eight bytes in w has its high bit set or is zero. */
static int ascii8_nonzero(uint64_t w)
{
	const uint64_t lo = 0x0101010101010101ull, hi = 0x8080808080808080ull;
	if (w & hi)
		return 0;
	return ((w - lo) & ~w & hi) == 0;   /* the classic "has a zero byte" test */
}

long pl_utf8_check(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	while (i < n) {
#ifdef __SSE2__
		/* sixteen bytes at a time where the text is plain (nearly all
		** of it; every article is checked twice, as its input line and
		** as its text): no high bit, no NUL, two tests on one load */
		if (n - i >= 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
			if (!(_mm_movemask_epi8(v) | _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128())))) {
				i += 16;
				continue;
			}
		}
#endif
		if (n - i >= 8) {
			uint64_t w;
			memcpy(&w, u + i, 8);
			if (ascii8_nonzero(w)) {
				i += 8;
				continue;
			}
		}
		if (u[i] < 0x80) {
			if (u[i] == 0)
				return (long)i;
			i++;
		} else {
			utf8proc_int32_t cp;
			utf8proc_ssize_t k = utf8proc_iterate(u + i, (utf8proc_ssize_t)(n - i), &cp);
			if (k <= 0)
				return (long)i;
			i += (size_t)k;
		}
	}
	return -1;
}

int pl_utf8_decode(const char *s, size_t n, int32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	utf8proc_int32_t c;
	utf8proc_ssize_t k;

	if (n == 0) {
		*cp = 0;
		return 0;
	}
	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	k = utf8proc_iterate(u, (utf8proc_ssize_t)n, &c);
	if (k <= 0) {
		*cp = 0xFFFD;
		return 1;
	}
	*cp = c;
	return (int)k;
}

size_t pl_utf8_count(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i, cont = 0;

	for (i = 0; i < n; i++)
		cont += (u[i] & 0xC0) == 0x80;
	return n - cont;
}

int pl_utf8_encode(int32_t cp, char *out)
{
	if (!utf8proc_codepoint_valid(cp))
		return 0;
	return (int)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
}

int pl_cp_class(int32_t cp)
{
	switch (cp) {
	case '\n': case '\r': case 0x85: case 0x2028: case 0x2029:
		return PL_CP_NEWLINE;
	case 0x200B:
		return PL_CP_SPACE;
	case 0xFFFD:
		return PL_CP_OTHER;
	}
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT:
		return PL_CP_UPPER;
	case UTF8PROC_CATEGORY_LL:
		return PL_CP_LOWER;
	case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
		return PL_CP_LETTER;
	case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
		return PL_CP_MARK;
	case UTF8PROC_CATEGORY_ND:
		return PL_CP_DIGIT;
	case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
		return PL_CP_NUMBER;
	case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
	case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
	case UTF8PROC_CATEGORY_PO:
		return PL_CP_PUNCT;
	case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SC: case UTF8PROC_CATEGORY_SK:
	case UTF8PROC_CATEGORY_SO:
		return PL_CP_SYMBOL;
	case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_CC:
		return PL_CP_SPACE;
	case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
		return PL_CP_NEWLINE;
	case UTF8PROC_CATEGORY_CF:
		return PL_CP_FORMAT;
	default:
		return PL_CP_OTHER;
	}
}

int32_t pl_cp_lower(int32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
	return utf8proc_tolower(cp);
}
