/*
** utf8.h: UTF-8 checks and code-point helpers (utf8proc underneath).
**
** pl_utf8_check() guards the door: everything else in parley may assume valid
** UTF-8.  The code-point class and case helpers serve the tokenizer.
*/
#ifndef PL_UTF8_H
#define PL_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Checks that s[0..n) is valid UTF-8 without NUL bytes.  Returns -1 when it
** is, else the byte offset of the first bad byte (a NUL counts as bad).  For
** a malformed multi-byte sequence (overlong form, surrogate, code point above
** U+10FFFF, bad or missing continuation byte) the offset is that of the
** sequence's lead byte. */
long pl_utf8_check(const char *s, size_t n);

/* Decodes one code point at s (n bytes left) into *cp; returns its length in
** bytes (1 with *cp = 0xFFFD on a bad sequence; 0 with *cp = 0 when n == 0). */
int pl_utf8_decode(const char *s, size_t n, int32_t *cp);

/* Number of code points in s[0..n) (s is taken to be valid UTF-8: this
** counts the bytes that are not continuation bytes). */
size_t pl_utf8_count(const char *s, size_t n);

/* Writes cp as UTF-8 to out (room for 4 bytes); returns the length, or 0 when
** cp is not a Unicode scalar value. */
int pl_utf8_encode(int32_t cp, char *out);

/* Rough classes of code points, as the tokenizer sees them. */
enum pl_cpclass {
	PL_CP_OTHER = 0, /* unassigned, private use, surrogates, U+FFFD */
	PL_CP_SPACE,     /* Zs (incl. U+00A0, U+2000-U+200A, U+202F, U+3000),
	                    tab, other controls, U+200B zero-width space */
	PL_CP_NEWLINE,   /* \n \r U+0085 U+2028 U+2029 */
	PL_CP_UPPER,     /* Lu, Lt */
	PL_CP_LOWER,     /* Ll */
	PL_CP_LETTER,    /* Lm, Lo: letters without case */
	PL_CP_MARK,      /* Mn, Mc, Me: combining marks */
	PL_CP_DIGIT,     /* Nd */
	PL_CP_NUMBER,    /* Nl, No (Roman numerals, fractions) */
	PL_CP_PUNCT,     /* Pc Pd Ps Pe Pi Pf Po */
	PL_CP_SYMBOL,    /* Sm Sc Sk So */
	PL_CP_FORMAT     /* Cf other than U+200B: joiners, soft hyphen, BOM */
};

/* The class of code point cp (enum pl_cpclass). */
int pl_cp_class(int32_t cp);

/* Simple (one to one) lower-case mapping of cp. */
int32_t pl_cp_lower(int32_t cp);

#endif
