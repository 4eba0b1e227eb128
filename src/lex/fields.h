/*
** fields.h: cutting a line of a table (lemma.txt, tagger.txt, places.tsv)
** into its TAB-separated fields, in one pass over its bytes.  Finding the
** line's end with strchr and then each TAB with another call read every
** line twice and paid a call per field: over the tens of thousands of
** short lines of the tables that was a third of their loading.
*/
#ifndef PL_LEX_FIELDS_H
#define PL_LEX_FIELDS_H

#include <stddef.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* The bytes that end a field: TAB, newline and the text's final NUL, all
** of them at most 10, so that most bytes are passed by one comparison. */
static inline int pl_field_stop(unsigned char c)
{
	return c <= '\n' && ((1u << '\t' | 1u << '\n' | 1u) >> c & 1u);
}

/* Cuts the line at p into at most max fields (max >= 1) at its TABs, the
** last one keeping any further TABs, and NUL-terminates each.  f[k] gets
** field k and len[k] its length; *nf the number of fields.  end is where
** the text's final NUL lies.  Returns where the next line starts (that NUL
** when none does).
** Sixteen bytes are tested at once while they lie before end, and each
** byte of at most 10 among them (TAB, newline, rarely a control character)
** is taken from the one mask: a byte at a time cost four instructions a
** byte, and a new test for each field as much again, the fields being
** short (nine bytes on average). */
static inline char *pl_cut_fields(char *p, const char *end, char **f, size_t *len, int max,
                                  int *nf)
{
	int n = 0;
	char *s = p;
	f[0] = p;
#ifdef __SSE2__
	{
		const __m128i ten = _mm_set1_epi8('\n');
		for (; end - s >= 16; s += 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
			/* v <= 10 (unsigned) when min(v, 10) == v */
			unsigned m = (unsigned)_mm_movemask_epi8(
				_mm_cmpeq_epi8(_mm_min_epu8(v, ten), v));
			for (; m; m &= m - 1) {
				char *c = s + __builtin_ctz(m);
				if (*c == '\t') {
					if (n + 1 < max) {
						*c = '\0';
						len[n] = (size_t)(c - f[n]);
						f[++n] = c + 1;
					}
				} else if (*c == '\n' || *c == '\0') {
					s = c;
					goto ended;
				}
			}
		}
	}
#else
	(void)end;
#endif
	for (;;) {
		while (!pl_field_stop((unsigned char)*s))
			s++;
		if (*s != '\t')
			break;
		if (n + 1 < max) {
			*s = '\0';
			len[n] = (size_t)(s - f[n]);
			f[++n] = s + 1;
		}
		s++;
	}
#ifdef __SSE2__
ended:
#endif
	len[n] = (size_t)(s - f[n]);
	*nf = n + 1;
	if (*s == '\n')
		*s++ = '\0';
	return s;
}

/* How many times c occurs in s[0..n): sixteen bytes compared at once, the
** hits summed in sixteen byte-wide counters (a hit is -1: subtracted) that
** are added up every 255 rounds, before one can overflow.  memchr from
** one to the next paid a call a line, a tenth of the lemmas' loading. */
static inline size_t pl_count_byte(const char *s, size_t n, int c)
{
	size_t k = 0, i = 0;
#ifdef __SSE2__
	const __m128i vc = _mm_set1_epi8((char)c), zero = _mm_setzero_si128();
	while (n - i >= 16) {
		__m128i sum = zero, wide;
		int r;
		for (r = 0; r < 255 && n - i >= 16; r++, i += 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
			sum = _mm_sub_epi8(sum, _mm_cmpeq_epi8(v, vc));
		}
		wide = _mm_sad_epu8(sum, zero);   /* two sums of eight counters */
		k += (size_t)_mm_cvtsi128_si32(wide) +
		     (size_t)_mm_cvtsi128_si32(_mm_srli_si128(wide, 8));
	}
#endif
	for (; i < n; i++)
		k += s[i] == (char)c;
	return k;
}

#endif
