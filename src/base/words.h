/*
** words.h: small word lists, for rules that name the words they apply to
** ("say", "tell", ... are verbs of saying).
*/
#ifndef PL_WORDS_H
#define PL_WORDS_H

/* Is w one of the NULL-terminated list? */
int pl_in_list(const char *w, const char *const *list);

#endif
