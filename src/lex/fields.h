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

/* The bytes that end a field: TAB, newline and the text's final NUL, all
** of them at most 10, so that most bytes are passed by one comparison. */
static inline int pl_field_stop(unsigned char c)
{
	return c <= '\n' && ((1u << '\t' | 1u << '\n' | 1u) >> c & 1u);
}

/* Cuts the line at p into at most max fields (max >= 1) at its TABs, the
** last one keeping any further TABs, and NUL-terminates each.  f[k] gets
** field k and len[k] its length; *nf the number of fields.  Returns where
** the next line starts (the text's final NUL when none does). */
static inline char *pl_cut_fields(char *p, char **f, size_t *len, int max, int *nf)
{
	int n = 0;
	char *s = p;
	f[0] = p;
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
	len[n] = (size_t)(s - f[n]);
	*nf = n + 1;
	if (*s == '\n')
		*s++ = '\0';
	return s;
}

#endif
