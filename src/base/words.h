/*
** words.h: small word lists, for rules that name the words they apply to
** ("say", "tell", ... are verbs of saying).
*/
#ifndef PL_WORDS_H
#define PL_WORDS_H

#include <string.h>

/* Is w one of the NULL-terminated list? */
int pl_in_list(const char *w, const char *const *list);

/* Is word w the word x?  strcmp, with the first bytes compared inline: on
** the hot paths most words differ there, and the call is then saved. */
static inline int pl_eq(const char *w, const char *x)
{
	return w[0] == x[0] && strcmp(w, x) == 0;
}

#endif
