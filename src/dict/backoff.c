/*
** backoff.c: WordNet backoff for verbs and event nouns (see backoff.h).
**
** A word is only ever read in its first WordNet sense (the most frequent),
** so "fire" (dismiss) is not coded as "fire" (shoot) unless the dictionaries
** know it; and only a neighbour with a single code for its bare entry lends
** that code, so that a verb whose meaning rests on its object ("take",
** "hold") lends nothing.
*/
#include "backoff.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../base/file.h"

/* The CAMEO roots a backoff may give, measured one root at a time on the
** development sets (Reuters, BBC train and val, the tune leads, PLOVER odd
** examples).  Left out: 01 ("referred to" as mention, "regarding"
** as consider), 09 ("the question" as enquiry), 17 ("undermine" as
** sabotage), 18-20 ("the storm raged", "a job" as occupation, "crash" as
** clash): there most backoffs named no event.  06, 10 and 15 gave none.
** PARLEY_BACKOFF_ROOTS (roots separated by spaces, "none" for none)
** replaces the list, to measure a root's effect. */
static const char *const allowed_roots = "02 03 04 05 07 08 11 12 13 14 16";

static int root_allowed(const char *roots, const char *code)
{
	const char *r;
	for (r = roots; r[0] && r[1]; r += r[2] ? 3 : 2)
		if (r[0] == code[0] && r[1] == code[1])
			return 1;
	return 0;
}

/* The one code of the bare entries (no pattern words, no particle, no
** words before the head) of word w in table h, or NULL when it has none,
** several, or only backoffs; *at gets the entry. */
static const char *bare_code(const pl_hash *h, const char *w, const pl_verbpat **at)
{
	const pl_verbpat *p = pl_hash_get(h, w, strlen(w));
	const char *code = NULL;
	for (; p; p = p->next) {
		if (p->backoff)
			return NULL;
		if (p->nelem || p->particle || p->pre || p->nprev || p->form || p->compound ||
		    p->tgt_before || !strcmp(p->code, "---"))
			continue;
		if (code && strcmp(code, p->code))
			return NULL;
		code = p->code;
		*at = p;
	}
	return code;
}

/* One word's resolution while its lines are read. */
typedef struct pending {
	char pos;                 /* 'v' or 'n'; 0: none */
	char word[64];
	int done;                 /* a relation settled it (coded or not) */
	char code[4];             /* the code to give; "" for none */
	const pl_verbpat *from;   /* the (first) neighbour's entry */
} pending;

/* Reads one relation line's words: the first relation whose neighbours
** have bare codes settles the word.  The code is less specific than the
** neighbours': their three-digit code, or when they share only the root,
** the root's own ("190"); neighbours of different roots give none. */
static void relate(const pl_store *s, pending *w, const char *rel, char *words)
{
	const pl_hash *h;
	char *tok, *next;
	/* hypernyms: on the news of the development sets they gave three
	** times as many words, most of them wrong ("rage" as "storm" a town,
	** "crash" as "clash") */
	if (w->done || !strcmp(rel, "hyp"))
		return;
	h = w->pos == 'v' || !strcmp(rel, "der") ? &s->verbs : &s->nouns;
	/* the words cut at each space by strchr (strtok_r, which would also
	** pass runs of spaces, cost a fifth of the loading); an empty word
	** between two spaces is passed over as strtok_r would */
	for (tok = words; tok; tok = next) {
		const pl_verbpat *at = NULL;
		char *colon;
		const char *c;
		if ((next = strchr(tok, ' ')) != NULL)
			*next++ = '\0';
		if (!*tok)
			continue;
		colon = strchr(tok, ':');
		if (colon) {
			*colon = '\0';
			/* ("1" and a NUL, the most common, known at once) */
			if (!(colon[1] == '1' && !colon[2]) && atoi(colon + 1) != 1)
				continue;   /* not the neighbour's usual sense either */
		}
		c = bare_code(h, tok, &at);
		if (!c)
			continue;
		if (!w->done) {
			w->done = 1;
			w->from = at;
			snprintf(w->code, sizeof w->code, "%.3s", c);
		} else if (!w->code[0] || strncmp(w->code, c, 2)) {
			w->code[0] = '\0';
		} else if (strncmp(w->code, c, 3)) {
			w->code[2] = '0';
		}
	}
}

/* Files the settled word's pattern.  Returns 1 when one was added, 0 when
** none, -1 when out of memory. */
static int finish(pl_store *s, pending *w, const char *roots)
{
	char file[160];
	const pl_cameo *c;
	const char *verb, *f;
	pl_verbpat tpl;
	if (!w->pos || !w->done || !w->code[0] || !root_allowed(roots, w->code))
		return 0;
	if (!(c = pl_store_cameo(s, w->code)))
		return 0;
	snprintf(file, sizeof file, "wordnet:%s<-%s", w->word, w->from->verb);
	verb = pl_arena_strndup(s->pool, w->word, strlen(w->word));
	f = pl_arena_strndup(s->pool, file, strlen(file));
	if (!verb || !f)
		return -1;
	memset(&tpl, 0, sizeof tpl);
	tpl.verb = verb;
	tpl.code = c->code;
	tpl.backoff = 1;
	tpl.file = f;
	tpl.line = w->from->line;
	if (!(tpl.elem = pl_arena_alloc(s->pool, sizeof *tpl.elem)))
		return -1;
	if (w->pos == 'v') {
		if (pl_store_add_verbpat(s, &tpl) < 0)
			return -1;
	} else {
		pl_verbpat *vp = pl_arena_alloc(s->pool, sizeof *vp);
		if (!vp)
			return -1;
		*vp = tpl;
		if (pl_hash_put(&s->nouns, vp->verb, strlen(vp->verb), vp, NULL) < 0)
			return -1;
		s->n_nouns++;
	}
	return 1;
}

long pl_backoff_load(pl_store *s, const char *data_dir, char *err, size_t errlen)
{
	char path[4096], *text, *p;
	size_t n;
	long added = 0;
	unsigned line = 0;
	pending w;
	int r;
	int missing;
	const char *roots = getenv("PARLEY_BACKOFF_ROOTS");
	if (!roots)
		roots = allowed_roots;
	snprintf(path, sizeof path, "%s/wordnet.tsv", data_dir);   /* (for messages) */
	if (!(text = pl_read_optional(data_dir, "wordnet.tsv", &n, &missing, err, errlen)))
		return missing ? 0 : -1;
	memset(&w, 0, sizeof w);
	for (p = text; *p; ) {
		char *f[4] = {0}, *nl = strchr(p, '\n'), *c = p;
		size_t wlen;
		int nf = 0;
		if (nl)
			*nl = '\0';
		line++;
		while (nf < 4) {
			char *tab = strchr(c, '\t');
			f[nf++] = c;
			if (!tab)
				break;
			*tab = '\0';
			c = tab + 1;
		}
		p = nl ? nl + 1 : p + strlen(p);
		if (f[0][0] == '#' || !f[0][0])
			continue;
		if (nf != 4 || (f[0][0] != 'v' && f[0][0] != 'n') || f[0][1] ||
		    (wlen = strlen(f[1])) >= sizeof w.word) {
			snprintf(err, errlen, "%s:%u: not a line of tools/gen-wordnet: damaged", path, line);
			free(text);
			return -1;
		}
		if (w.pos != f[0][0] || strcmp(w.word, f[1])) {
			if ((r = finish(s, &w, roots)) < 0)
				goto oom;
			added += r;
			memset(&w, 0, sizeof w);
			/* a word the dictionaries know keeps its own entries */
			if (!pl_hash_get(f[0][0] == 'v' ? &s->verbs : &s->nouns, f[1], wlen)) {
				w.pos = f[0][0];
				memcpy(w.word, f[1], wlen + 1);
			}
		}
		if (w.pos)
			relate(s, &w, f[2], f[3]);
	}
	if ((r = finish(s, &w, roots)) < 0)
		goto oom;
	added += r;
	free(text);
	return added;
oom:
	free(text);
	snprintf(err, errlen, "%s: out of memory", path);
	return -1;
}
