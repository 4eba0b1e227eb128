/*
** segment.h: splitting an article into tokens and sentences.
**
** Input is valid UTF-8 (check with pl_utf8_check first).  Tokens follow Penn
** Treebank habits: punctuation apart, "'s" and "n't" split off, abbreviations
** such as "U.S.", "Oct." and "Dr." kept whole with their periods, numbers such as
** "40,786" and "2.5" kept whole, hyphenated words ("cease-fire") kept whole.
** Every token knows its byte offsets and its code-point offsets in the text.
** All memory comes from the arena given.
*/
#ifndef PL_SEGMENT_H
#define PL_SEGMENT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "../base/arena.h"
#include "../base/hash.h"

enum pl_tokflag {
	PL_TOK_CAP = 1 << 0,        /* first letter upper case */
	PL_TOK_ALLCAP = 1 << 1,     /* two or more letters, all upper case */
	PL_TOK_DIGIT = 1 << 2,      /* contains a digit */
	PL_TOK_NUM = 1 << 3,        /* a number: 6, 40,786, 2.5, 1990s not */
	PL_TOK_PUNCT = 1 << 4,      /* punctuation or symbol only */
	PL_TOK_QOPEN = 1 << 5,      /* opening quotation mark (" “ ‘ ``) */
	PL_TOK_QCLOSE = 1 << 6,     /* closing quotation mark (" ” ’ '') */
	PL_TOK_SSTART = 1 << 7,     /* first token of its sentence */
	PL_TOK_ABBR = 1 << 8,       /* ends in a period that belongs to it */
	PL_TOK_NLBEFORE = 1 << 9,   /* a line break precedes it */
	PL_TOK_SPACEBEFORE = 1 << 10, /* white space precedes it */
	PL_TOK_OOV = 1 << 11        /* set by the tagger: the word, in lower case,
	                             ** is not in its lexicon ("obama", "tunisian") */
};

typedef struct pl_token {
	const char *s;      /* text of the token, NUL-terminated (arena) */
	const char *low;    /* lower-cased text, NUL-terminated (arena) */
	const char *lemma;  /* lower-case lemma, set by the lemmatizer (or NULL) */
	uint32_t len;       /* bytes in s */
	uint32_t b0, b1;    /* [b0, b1) byte offsets in the article text */
	uint32_t c0, c1;    /* [c0, c1) code-point offsets in the article text */
	uint16_t flags;     /* enum pl_tokflag */
	uint8_t tag;        /* enum pl_tag, set by the tagger (0 before) */
	uint8_t pad;
} pl_token;

typedef struct pl_sent {
	uint32_t t0, t1;    /* tokens [t0, t1) of the text */
	uint32_t b0, b1;    /* byte span */
	uint32_t c0, c1;    /* code-point span */
} pl_sent;

typedef struct pl_text {
	pl_token *tok;
	uint32_t ntok;
	pl_sent *sent;
	uint32_t nsent;
	uint32_t head;      /* pl_segment_article: tokens [0, head) are a headline
	                    ** glued to the lead, in no sentence (0: none) */
} pl_text;

/* Is the token plain ASCII?  The text is valid UTF-8 (pl_utf8_check guards
** the door), where every code point past ASCII takes two bytes or more, so a
** token as many code points long as it is bytes long has none.  Hot paths
** use it to skip looking for typographic quotes and dashes.  A token made
** elsewhere with no code-point span (c0 = c1 = 0) reads as not ASCII, which
** only costs the slower path. */
static inline int pl_tok_ascii(const pl_token *t)
{
	return t->c1 - t->c0 == t->len && t->len > 0;
}

/* The value under token t's lower case in map m, or NULL.  (The hash is
** made at each look-up: keeping it in the token, 16 bytes more a token,
** saved 3% of the instructions but took one 10 MB article past 200 MB.) */
static inline void *pl_tok_get_low(const pl_hash *m, const pl_token *t)
{
	/* an ASCII token's lower case is as long as its text: no strlen (for
	** tokens as the segmenter makes them; a copy whose s or len was
	** changed must not be given here) */
	return pl_hash_get(m, t->low, pl_tok_ascii(t) ? t->len : strlen(t->low));
}

/* The same for the token's lemma (its lower case when it has none).  Most
** tokens' lemma is their lower case itself (the same pointer, see
** pl_lemma_tokens_cached), whose length pl_tok_get_low knows. */
static inline void *pl_tok_get_lem(const pl_hash *m, const pl_token *t)
{
	if (!t->lemma || t->lemma == t->low)
		return pl_tok_get_low(m, t);
	return pl_hash_get(m, t->lemma, strlen(t->lemma));
}

/* Most tokens a sentence may hold; a longer run is cut into pieces of this
** size (the caller may report it).  Keeps per-sentence work bounded. */
#define PL_MAX_SENT_TOKENS 400

/* Splits text[0..len) (valid UTF-8) into tokens and sentences in *out.
** Returns 0, or -1 when out of memory (arena exhausted) or len >= 4 GiB.
** Text with no tokens gives ntok = nsent = 0 and NULL arrays.
**
** Sentence rules, in short: a sentence ends at . ! ? or an ellipsis (with any
** closing quotes and brackets after it) when the next token starts one: a
** capital, digit, opening quote or bracket, or anything on a new line.  After
** an abbreviation ("U.S.", "Dr.", "Oct.") or an ellipsis it ends only before
** a common sentence opener ("The", "He", "But"...).  A blank line always ends
** a sentence; a single line break is white space.  A double quotation that
** ends without a stop before its closing mark (`"... deal," he said`) is kept
** whole, so the attribution stays in the sentence with all of the quotation.
** Tokens are at most 256 bytes (longer runs are cut). */
int pl_segment(pl_arena *a, const char *text, size_t len, pl_text *out);

/* pl_segment for a whole article, whose first line may be a headline glued
** to the lead with no stop or blank line between ("Tory backing for ID cards
** The Tories are to back ...", as text taken from news pages often is).
** When the text starts with title (NUL-terminated; NULL or "" for none)
** followed by white space, the title's tokens are the headline; else the
** first sentence is searched for one: 3 to 12 words in headline form (no
** comma, article, "said" or auxiliary; a lower-case word) ending before a
** capitalised word that opens a clause with a finite verb.  A headline found
** is left out of every sentence (out->head > 0, sentence 0 starts after it):
** it repeats the lead's event, and coded it would count that event twice.
** Precision comes first: when unsure, no headline.  Returns as pl_segment. */
int pl_segment_article(pl_arena *a, const char *text, size_t len, const char *title,
                       pl_text *out);

/* Is token t a U.S. state's abbreviation with its full stop ("Calif.",
** "Wash.", "Ill."), one of the segmenter's own list? */
int pl_tok_us_state(const pl_token *t);

#endif
