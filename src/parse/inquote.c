/*
** inquote.c: quotation marks around words inside a clause; see inquote.h.
*/
#include "inquote.h"

#include <string.h>

#include "../base/words.h"
#include "../lex/tagger.h"

/* 2: a double mark (" “ ” `` ''), 1: a single one (' ‘ ’), 0: none */
static int mark_kind(const pl_token *t)
{
	if (!(t->flags & (PL_TOK_QOPEN | PL_TOK_QCLOSE)))
		return 0;
	if (t->s[0] == '"' || t->s[0] == '`' || (t->len == 2 && t->s[0] == '\'') ||
	    !strcmp(t->s, "\xe2\x80\x9c") || !strcmp(t->s, "\xe2\x80\x9d"))
		return 2;
	if (t->s[0] == '\'' || !strcmp(t->s, "\xe2\x80\x98") || !strcmp(t->s, "\xe2\x80\x99"))
		return 1;
	return 0;
}

/* Small words a title leaves in lower case ("Save our Regiments", "Stop
** the War") */
static int small_word(const char *low)
{
	static const char *const w[] = {"a", "an", "the", "of", "and", "or", "to", "in", "on", "at",
		"for", "by", "with", "from", "our", "my", "your", "his", "her", "their", "its", "is",
		"'s", "as", "but", "not", "no", NULL};
	return pl_in_list(low, w);
}

/* Do the words [i, j) read as a title or a name: each word that has a
** letter capitalised, but the small ones? */
static int title_words(const pl_token *tok, uint32_t i, uint32_t j)
{
	uint32_t k;
	int n = 0;
	for (k = i; k < j; k++) {
		const pl_token *t = &tok[k];
		if (t->flags & PL_TOK_PUNCT)
			continue;
		if (!(t->flags & PL_TOK_CAP) && !(t->flags & PL_TOK_DIGIT) && !small_word(t->low))
			return 0;
		n++;
	}
	return n > 0;
}

int pl_inner_quote_marks(const pl_token *tok, uint32_t t0, uint32_t t1, uint8_t *drop)
{
	uint32_t i, j;
	int n = 0;
	for (i = t0 + 1; i + 1 < t1; i++) {
		const pl_token *o = &tok[i], *p = &tok[i - 1];
		int kind = mark_kind(o), bad = 0;
		/* (double marks only: a single one may be an apostrophe, and
		** headlines quote with single marks, "Arsenal 'may seek full
		** share listing' Arsenal vice-chairman") */
		if (!(o->flags & PL_TOK_QOPEN) || kind != 2 || (p->flags & PL_TOK_PUNCT))
			continue;
		for (j = i + 1; j < t1; j++) {
			const pl_token *t = &tok[j];
			if ((t->flags & PL_TOK_QCLOSE) && mark_kind(t) == kind)
				break;
			if ((t->flags & PL_TOK_QOPEN) || t->tag == PL_T_PP)
				bad = 1;
		}
		if (j >= t1 || bad || j == i + 1)
			continue;
		/* (a quoted sentence: said "We will"; a title or a name; a term
		** of words before a noun, which names a kind of it: gave
		** "protected designation of origin" status) */
		if (((tok[i + 1].flags & PL_TOK_CAP) && tok[i + 1].tag != PL_T_NNP &&
		     tok[i + 1].tag != PL_T_NNPS) ||
		    title_words(tok, i + 1, j) ||
		    (j > i + 2 && j + 1 < t1 && (tok[j + 1].tag == PL_T_NN || tok[j + 1].tag == PL_T_NNS))) {
			i = j;
			continue;
		}
		drop[i] = drop[j] = 1;
		n += 2;
		i = j;
	}
	return n;
}
