/*
** petrarch.h: reading PETRARCH (and TABARI) dictionaries, unchanged, into
** the store of store.h: actor files (names with codes, dated codes), agent
** files (~ role codes), verb pattern files (synsets, verb blocks, patterns)
** and discard files.  Each entry keeps its file and line for evidence,
** labelled "petrarch/<file's base name>".
**
** Patterns are converted into parley's pattern language (docs/dictionaries.md):
** the words after `*` become lemma elements, `+` stays the target, synsets and
** {a | b} alternatives expand into one pattern per member (at most
** PL_PETRARCH_MAX_EXPAND per pattern line); the words before `*` become the
** pattern's prev (matched before the verb), `%` before `*` marks a compound
** subject (its members coded against each other), a paired code [032:033]
** gives the reverse event's code (rcode); `$` after `*` names the source, `+`
** before it makes the subject the target (tgt_before), `^` skips one phrase,
** `_` joins words that must be next to each other, words are kept as written
** (literal), and a verb line for an inflected form ("LEFT") holds for that
** form only.  Issue files give issue phrases (with their category) and the
** "~" phrases that block them.  Agents coded [ROLE~] are marked role_first.  A
** pattern coded [---] is kept with the code "---": when it
** matches, the coder finds no CAMEO entry for it and codes nothing, which is
** PETRARCH's meaning of a null code.  Codes that are not in the CAMEO table
** (PETRARCH's validation files use WEIS-like codes such as 903) are added to
** it with Goldstein 0, so that the coder can emit them.
*/
#ifndef PL_PETRARCH_H
#define PL_PETRARCH_H

#include "store.h"

#define PL_PETRARCH_MAX_EXPAND 64

/* What a dictionary file holds. */
enum pl_petrarch_kind {
	PL_PK_UNKNOWN = 0,
	PL_PK_ACTORS,
	PL_PK_AGENTS,
	PL_PK_VERBS,
	PL_PK_DISCARDS,
	PL_PK_ISSUES
};

/* The kind of a file from its content (text, NUL-terminated), or from its
** path when the content does not tell. */
int pl_petrarch_kind(const char *path, const char *text);

/* Loads the NULL-terminated list of files into s (whose pool, lemmatizer and
** CAMEO table are already loaded).  Lines that cannot be read go to s->warn as
** "file:line: message" and are skipped.  Returns 0, or -1 with a message in
** err when a file cannot be read or memory runs out. */
int pl_petrarch_load(pl_store *s, const char *const *files, char *err, size_t errlen);

/* Whether tokens [t0, t1) hold a discard phrase: 0 no, 1 a sentence-level
** discard, 2 a story-level one (PETRARCH's "+" lines). */
int pl_petrarch_discarded(const pl_store *s, const pl_token *tok, uint32_t t0, uint32_t t1);

/* An issue phrase found in a sentence (PETRARCH issue files). */
typedef struct pl_issue_hit {
	const pl_phrase *ph;     /* code: the issue; name: its category */
	uint32_t t0, t1;         /* its tokens */
} pl_issue_hit;

/* Finds the issue phrases of tokens [t0, t1) -- words matched as written or
** by lemma, longest first, none inside an exclusion ("~" line) -- and writes
** at most max into out, one per issue code.  Returns how many. */
int pl_petrarch_issues(const pl_store *s, const pl_token *tok, uint32_t t0, uint32_t t1,
                       pl_issue_hit *out, int max);

#endif
