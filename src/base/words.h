/*
** words.h: small word lists, for rules that name the words they apply to
** ("say", "tell", ... are verbs of saying).
*/
#ifndef PL_WORDS_H
#define PL_WORDS_H

#include <stdatomic.h>
#include <stdint.h>
#include <string.h>

#include "hash.h"

/* Is w one of the NULL-terminated list?  A list in static storage is
** asked first, like a word set, whether w's bit is in its filter (see
** pl_word_bit256; kept per thread by the list's address), and walked only
** then. */
int pl_in_list(const char *w, const char *const *list);

/* The same, walking the whole list (for a caller that has tested the bits
** already). */
int pl_walk_list(const char *w, const char *const *list);

/* Puts the words of a NULL-terminated list into set (each word its own
** value), for a list asked of so many tokens that a walk costs too much;
** 0, or -1 when memory ran out. */
int pl_list_to_set(pl_hash *set, const char *const *list);

/* Is word w the word x?  strcmp, with the first two bytes compared inline:
** on the hot paths most words differ there, and the call is then saved
** (the first byte alone let through "the", "to", "that" ... against every
** word starting with "t").  The second bytes are read only when the first
** is no NUL, so neither string is read past its end. */
static inline int pl_eq(const char *w, const char *x)
{
	return w[0] == x[0] && (!w[0] || (w[1] == x[1] && strcmp(w, x) == 0));
}

/* One of 64 bits for a word, from its first three bytes: a set of words as
** the OR of theirs, so that a pattern whose words' bits are not all among a
** sentence's cannot match there (src/code/coder.c). */
static inline uint32_t pl_word_hash3(const char *w)
{
	uint32_t h = (unsigned char)w[0];
	if (w[0] && w[1]) {
		h = h * 31 + (unsigned char)w[1];
		if (w[2])
			h = h * 31 + (unsigned char)w[2];
	}
	return h * 2654435761u;
}

static inline uint64_t pl_word_bit(const char *w)
{
	return (uint64_t)1 << (pl_word_hash3(w) >> 26);
}

/* One of 4,096 slots for a word, from the same three bytes: for a set of
** more words than 64 bits tell apart (a bit array of PL_WORD_SLOTS / 64
** words, see pl_slot_has). */
#define PL_WORD_SLOTS 4096
static inline uint32_t pl_word_slot(const char *w)
{
	return pl_word_hash3(w) >> 20;
}

static inline int pl_slot_has(const uint64_t *slots, const char *w)
{
	uint32_t b = pl_word_slot(w);
	return (int)(slots[b / 64] >> (b % 64) & 1);
}

/* One of 256 bits for a word, from the same three bytes: a word list's
** filter is the OR of its words' (4 words of 64 bits), so that a word whose
** bit is not among them is no word of the list.  Four times as fine as
** pl_word_bit: a list of thirty words sets an eighth of the bits, not
** nearly half. */
static inline uint32_t pl_word_bit256(const char *w)
{
	return pl_word_hash3(w) >> 24;
}

/* A word list asked of so many tokens that its walk costs too much, with
** the filter of its words (see pl_word_bit256), made on first use: a word
** whose bit is not in it (most words) is turned away at once.  Whichever
** thread asks first makes the filter, and any other that finds it not yet
** made makes the same, so no lock is needed.  Declared static and not
** const, over a static list:
**   static const char *const words[] = {"memoir", "book", NULL};
**   static pl_wordset mw = PL_WORDSET(words);
*/
typedef struct pl_wordset {
	const char *const *list;    /* NULL-terminated */
	_Atomic uint64_t bits[4];   /* the filter, once made */
	_Atomic int made;
} pl_wordset;

#define PL_WORDSET(words) {(words), {0, 0, 0, 0}, 0}

/* Makes set's filter (see pl_wordset). */
void pl_wordset_make(pl_wordset *set);

/* Is w one of set's words?  The list's walk, after the filter's test. */
static inline int pl_in_set(pl_wordset *set, const char *w)
{
	uint32_t b = pl_word_bit256(w);
	if (!atomic_load_explicit(&set->made, memory_order_acquire))
		pl_wordset_make(set);
	return (atomic_load_explicit(&set->bits[b / 64], memory_order_relaxed) >> (b % 64) & 1) &&
	       pl_walk_list(w, set->list);
}

#endif
