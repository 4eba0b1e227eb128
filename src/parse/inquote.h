/*
** inquote.h: quotation marks around words inside a clause (a partial
** quotation, "scare quotes": said the plan was "authoritarian"), which the
** readings of the clause's words look through.
*/
#ifndef PL_INQUOTE_H
#define PL_INQUOTE_H

#include <stdint.h>

#include "../text/segment.h"

/* Marks in drop[] (indexed from tok[0]) the opening and closing marks of the
** quotations inside sentence [t0, t1) that wrap words of a clause: opened
** after a word of the sentence (not at its start, nor after a comma or a
** colon: a quoted sentence), closed in the same sentence, double marks
** (" “ ” `` '') with no sentence end between; not words that read as a quoted
** sentence (a capitalised first word that is no name: said "We will") nor
** as a title or a name (every word capitalised but the small ones: the
** "Save our Regiments" campaign), nor words of a term before a noun (gave
** "protected designation of origin" status).  Returns the number of marks set. */
int pl_inner_quote_marks(const pl_token *tok, uint32_t t0, uint32_t t1, uint8_t *drop);

#endif
