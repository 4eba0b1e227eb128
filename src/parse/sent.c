/*
** sent.c: shallow analysis of one sentence; see sent.h.
**
** Order of work: dictionary mentions, noun-phrase chunks and their actor
** codes, compound actors, date expressions, verb groups, then each verb
** group's subject and clause end.  Everything is rules over Penn tags and
** lemmas; the rules are general (no article is special-cased).
*/
#include "sent.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "../base/words.h"
#include "../lex/tagger.h"

typedef struct mention {
	uint32_t t0, t1;
	const pl_phrase *ph;
	uint8_t neutral;         /* a city where two other countries meet */
} mention;

static const char *lem(const pl_token *t)
{
	return t->lemma ? t->lemma : t->low;
}

/* the first two bytes first: most words differ there, and a call is saved
** (inline: asked hundreds of thousands of times a thousand stories).
** Always inline (GCC spelling): GCC left most of its 300 calls out of line
** in the large rule functions, where with w a literal its two bytes are
** constants and the strcmp a compare of a few bytes written in place. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int is(const pl_token *t, const char *w)
{
	return t->low[0] == w[0] && t->low[1] == w[1] && strcmp(t->low, w) == 0;
}

/* Is token t a verb whose lemma is one of w[]? */
static int verb_in(const pl_token *t, const char *const *w)
{
	return PL_TAG_IS_VERB(t->tag) && pl_in_list(lem(t), w);
}

/* Does token t, a verb, take a person and a thing as two objects ("promised
** parents more choice", "offered pensioners extra help")? */
static int giving_verb(const pl_token *t)
{
	static const char *const w[] = {"promise", "offer", "give", "grant", "guarantee", "pledge",
		"owe", "award", "hand", "send", "deny", "assure", "lend", NULL};
	return verb_in(t, w);
}

/* Does token t, a verb, tell a person something in a clause that may follow
** with no "that" ("told MPs child benefit would rise")? */
static int telling_verb(const pl_token *t)
{
	static const char *const w[] = {"tell", "assure", "reassure", "warn", "remind", "inform",
		"promise", "convince", "persuade", "notify", NULL};
	return verb_in(t, w);
}

/* Verbs that take an object and an adjective saying what it is or is
** made: "held X responsible", "found X guilty", "declared X illegal". */
static int complement_verb(const pl_token *t)
{
	static const char *const w[] = {"hold", "find", "declare", "call", "deem", "consider",
		"judge", "pronounce", "rule", "brand", "label", "set", "leave", "keep", "render", NULL};
	return verb_in(t, w);
}


/* a is b; the first two bytes first, as most words differ there */
static int same(const char *a, const char *b)
{
	return a[0] == b[0] && a[1] == b[1] && strcmp(a, b) == 0;
}

static int lower_ascii(int c)
{
	return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

/* Entry token e (as written) against text token t, under the case rule of
** docs/dictionaries.md. */
/* A capital after the first letter of a word with lower-case letters too
** ("iSrael", "McDonald"). */
static int has_upper_inside(const pl_token *t)
{
	size_t i;
	int lower = 0, upper = 0;
	for (i = 0; i < t->len; i++) {
		unsigned char c = (unsigned char)t->s[i];
		if (c >= 'a' && c <= 'z')
			lower = 1;
		else if (c >= 'A' && c <= 'Z' && i > 0)
			upper = 1;
	}
	return lower && upper;
}

/* The ASCII letter that the Latin-1 letter written 0xC3 b in UTF-8 (U+00C0
** to U+00FF) bears an accent on, in its case, or 0: "é" is 'e', "Ñ" 'N'. */
static int unaccented(int b)
{
	static const char map[] = "AAAAAA.CEEEEIIII" ".NOOOOO.OUUUUY.." "aaaaaa.ceeeeiiii"
	                          ".nooooo.ouuuuy.y";
	if (b < 0x80 || b > 0xBF || map[b - 0x80] == '.')
		return 0;
	return map[b - 0x80];
}

/* The first letter of UTF-8 word p, an accented Latin-1 one as its ASCII
** letter ("Álvaro" 'A'). */
static int first_letter(const char *p)
{
	int c = (unsigned char)p[0], u;
	return c == 0xC3 && (u = unaccented((unsigned char)p[1])) != 0 ? u : c;
}

static int name_tok_match(const pl_phrase *ph, const char *e, const pl_token *t)
{
	const char *s = t->s;
	size_t n;
	/* every rule below keeps an ASCII first byte of the entry, lower-cased,
	** as the first byte of the token's lower case, and a capital as written
	** in a word of under five letters: most entries of a chain fail here
	** ("The Hague" at "the"), before any strlen */
	if ((unsigned char)*e < 0x80 && *e) {
		int e0 = (unsigned char)*e;
		if (lower_ascii(e0) != first_letter(t->low) ||
		    (e0 >= 'A' && e0 <= 'Z' && first_letter(s) != e0 && t->len < 5))
			return 0;
	}
	if (ph->lower)
		return strcmp(e, t->low) == 0;
	/* careless capitals ("iSrael") and a name in lower case that is no
	** English word ("President obama", "tunisian rioters") still match a
	** name of five letters or more; "US" never matches "us" (the token's
	** length first: most tokens are short, and strlen is saved) */
	if (t->len >= 5 && (n = strlen(e)) == t->len &&
	    ((!(t->flags & PL_TOK_CAP) && (t->flags & PL_TOK_OOV)) || has_upper_inside(t))) {
		size_t i;
		for (i = 0; i < n && lower_ascii((unsigned char)e[i]) == (unsigned char)t->low[i]; i++)
			;
		if (i == n)
			return 1;
	}
	for (; *e && *s; e++, s++) {
		int ec = (unsigned char)*e, tc = (unsigned char)*s, u;
		/* an accent the entry does not write: "José" is its "Jose" */
		if (tc == 0xC3 && ec < 0x80 && (u = unaccented((unsigned char)s[1])) != 0 &&
		    (u == ec || ((t->flags & PL_TOK_ALLCAP) && lower_ascii(u) == ec))) {
			s++;
			continue;
		}
		if (ec >= 'A' && ec <= 'Z') {
			if (tc != ec)
				return 0;
		} else if (ec >= 'a' && ec <= 'z') {
			if (tc != ec && !((t->flags & PL_TOK_ALLCAP) && lower_ascii(tc) == ec))
				return 0;
		} else if (ec == '\'' && tc == 0xE2 && (unsigned char)s[1] == 0x80 &&
		           (unsigned char)s[2] == 0x99) {
			s += 2;   /* a curly apostrophe is the entry's: "O’Brien" */
		} else if (tc != ec) {
			return 0;
		}
	}
	return *e == '\0' && *s == '\0';
}

static long day_number(pl_date d)
{
	return (long)d.y * 372 + d.m * 31 + d.d;
}

/* How far the article date is from a person entry's term (0 inside it). */
static long date_distance(const pl_phrase *ph, pl_date ref)
{
	long r, f, t;
	if (!ref.y)
		return 0;
	r = day_number(ref);
	f = ph->from.y ? day_number(ph->from) : -1000000000L;
	t = ph->to.y ? day_number(ph->to) : 1000000000L;
	if (r < f)
		return f - r;
	if (r > t)
		return r - t;
	return 0;
}

/* When a person's term ended (far in the future for a term still running):
** with no article date, the person's latest role is taken, not the first one
** listed (a former minister now in opposition is not coded as government). */
static long term_end(const pl_phrase *ph)
{
	return ph->to.y ? day_number(ph->to) : 1000000000L;
}

/* Is the article date a month or more outside every role people.tsv gives
** the person (the nearest role was taken)?  Not without a date. */
static int out_of_office(const pl_phrase *ph, pl_date ref)
{
	return date_distance(ph, ref) > 31;
}

static int typo_kind(const pl_phrase *ph)
{
	return ph && ph->ntok == 1 &&
	       (ph->kind == PL_A_COUNTRY || ph->kind == PL_A_CADJ || ph->kind == PL_A_PEOPLE);
}

#define MISSPELT_MAX 32   /* bytes; longer words are not tried */

/* The one-word country name (or adjective, or people noun) that the n
** lower-case letters w misspell, by the misspellings' map or with a
** letter too many or two letters swapped (misspelt_name), or NULL. */
static const pl_phrase *typo_of(const pl_store *s, const char *w, size_t n)
{
	const pl_phrase *ph = pl_hash_get(&s->misspelt, w, n);
	char var[MISSPELT_MAX];
	size_t j, k;
	for (j = 0; !typo_kind(ph) && j < n; j++) {
		if (j == n - 1 && w[j] == 's')
			break;
		for (k = 0; k < n; k++)
			if (k != j)
				var[k < j ? k : k - 1] = w[k];
		ph = pl_hash_get(&s->names, var, n - 1);
		while (ph && !typo_kind(ph))
			ph = ph->next;
	}
	for (j = 0; !typo_kind(ph) && j + 1 < n; j++) {
		memcpy(var, w, n);
		var[j] = w[j + 1];
		var[j + 1] = w[j];
		ph = pl_hash_get(&s->names, var, n);
		while (ph && !typo_kind(ph))
			ph = ph->next;
	}
	return typo_kind(ph) ? ph : NULL;
}

/* typo_of() for words of up to 16 letters, kept per thread for the store
** last asked of (pl_store.id): the same capitalised words that start no
** name ("January", "Friday", "Shearson") come back story after story, and
** each costs some thirty look-ups in the names' map, most of them cache
** misses.  A word is its first and its last 8 bytes (overlapping, or for
** 8 or fewer pl_short_word) and its length. */
#define TYPO_LOG2 9
typedef struct typo_slot {
	uint64_t a, b;
	uint32_t n;                 /* 0: empty */
	const pl_phrase *ph;
} typo_slot;
static _Thread_local struct {
	unsigned long id;
	typo_slot slot[1u << TYPO_LOG2];
} typos;

static const pl_phrase *typo_cached(const pl_store *s, const char *w, size_t n)
{
	uint64_t a, b = 0;
	typo_slot *sl;
	if (n > 16 || n == 0)
		return typo_of(s, w, n);
	if (typos.id != s->id) {
		memset(typos.slot, 0, sizeof typos.slot);
		typos.id = s->id;
	}
	if (n <= 8) {
		a = pl_short_word(w, n);
	} else {
		memcpy(&a, w, 8);
		memcpy(&b, w + n - 8, 8);
	}
	sl = &typos.slot[((a ^ (b * 31) ^ n) * 0x9E3779B97F4A7C15u) >> (64 - TYPO_LOG2)];
	if (sl->n != n || sl->a != a || sl->b != b) {
		sl->a = a;
		sl->b = b;
		sl->n = (uint32_t)n;
		sl->ph = typo_of(s, w, n);
	}
	return sl->ph;
}

/* Kept out of line (GCC spelling; elsewhere the compiler chooses): most
** tokens fail the cheap test in misspelt_name below, and this function's
** frame (its buffers, its saved registers) then costs them nothing.  The
** rest of the test for misspelt_name. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static const pl_phrase *misspelt_lookup(const pl_store *s, const pl_token *tok, uint32_t i,
                                        uint32_t t0, uint32_t t1)
{
	const pl_token *t = &tok[i];
	const pl_phrase *ph;
	size_t n = t->len, j;
	pl_place pl[1];
	for (j = 0; j < n; j++)
		if (t->low[j] < 'a' || t->low[j] > 'z')
			return NULL;
	if ((i > t0 && (tok[i - 1].tag == PL_T_NNP || tok[i - 1].tag == PL_T_NNPS)) ||
	    (i + 1 < t1 && (tok[i + 1].tag == PL_T_NNP || tok[i + 1].tag == PL_T_NNPS)))
		return NULL;
	ph = typo_cached(s, t->low, n);
	if (!ph || pl_places_find(s->gaz, tok, i, i + 1, NULL, pl, 1) > 0)
		return NULL;
	return ph;
}

/* The one-word country name (or adjective, or people noun) that token i
** misspells by one letter left out ("Ethopia"), one letter too many
** ("Quatar", "Phillippines"; a final "s" is no typo: "Chiles") or two
** letters swapped ("Isreal"); NULL when it is none.  Only a capitalised
** proper noun of six letters or more standing alone (no name before or
** after it: "Annette Bening") and no place of the gazetteer. */
static const pl_phrase *misspelt_name(const pl_store *s, const pl_token *tok, uint32_t i,
                                      uint32_t t0, uint32_t t1)
{
	const pl_token *t = &tok[i];
	if (t->len < 6 || t->len >= MISSPELT_MAX || !(t->flags & PL_TOK_CAP) || (t->flags & PL_TOK_ALLCAP) ||
	    (t->tag != PL_T_NNP && t->tag != PL_T_NNPS) || !s->misspelt.n)
		return NULL;
	return misspelt_lookup(s, tok, i, t0, t1);
}

#define SING_MAX 64   /* bytes of a plural tried as its singular, with its NUL */

static int titled_name(const pl_token *tok, const pl_np *np);

/* Does one of the nm mentions m begin at token j? */
static int mention_at(const mention *m, int nm, uint32_t j)
{
	int z;
	for (z = 0; z < nm; z++)
		if (m[z].t0 == j)
			return 1;
	return 0;
}

/* After verb v, does the chunk begun at i end before token j, the words from
** j on being the subject of a clause told with no "that": "told MPs child
** benefit would rise", "told Mr Howard tax cuts would hurt hospitals"?  The
** chunk so far must name hearers (a plural noun, or a courtesy title and a
** name), and nouns from j on must run straight into a finite verb. */
static int addressee_ends(const pl_token *tok, uint32_t t1, uint32_t v, uint32_t i, uint32_t j)
{
	pl_np head;
	uint32_t k;
	if (!telling_verb(&tok[v]) || !islower((unsigned char)tok[j].s[0]) ||
	    (tok[j].tag != PL_T_NN && tok[j].tag != PL_T_NNS && tok[j].tag != PL_T_JJ))
		return 0;
	head.t0 = i;
	head.t1 = j;
	if (!(j == i + 1 && (tok[i].tag == PL_T_NNS || tok[i].tag == PL_T_NNPS ||
	                     (tok[i].tag == PL_T_NNP && tok[i].low[tok[i].len - 1] == 's' &&
	                      has_upper_inside(&tok[i])))) &&
	    !titled_name(tok, &head))
		return 0;
	for (k = j; k < t1 && k < j + 5 && (PL_TAG_IS_NOUN(tok[k].tag) || tok[k].tag == PL_T_JJ); k++)
		;
	return k < t1 && (tok[k].tag == PL_T_MD || tok[k].tag == PL_T_VBD || tok[k].tag == PL_T_VBZ ||
	                  tok[k].tag == PL_T_VBP);
}

/* After verb v, does a chunk of one word naming the press (begun at i) end
** before the capitalised name at j, the name being the subject of a clause
** told with no "that": "told Reuters Taiwan would cut tariffs", "told
** reporters West Germany would provide aid"?  Wire copy writes so; an
** agency or reporters are never the first word of a longer name after
** "told", and the name must run straight into a finite verb. */
static int press_hearer_ends(const pl_token *tok, uint32_t t1, uint32_t v, uint32_t i, uint32_t j)
{
	static const char *const press[] = {"reuters", "reporters", "journalists", "newsmen",
		"correspondents", "newspapermen", NULL};
	uint32_t k;
	if (j != i + 1 || !telling_verb(&tok[v]) || !pl_in_list(tok[i].low, press) ||
	    !(tok[j].flags & PL_TOK_CAP) || (tok[j].tag != PL_T_NNP && tok[j].tag != PL_T_NNPS))
		return 0;
	for (k = j; k < t1 && k < j + 6 && (PL_TAG_IS_NOUN(tok[k].tag) || tok[k].tag == PL_T_JJ); k++)
		;
	return k < t1 && (tok[k].tag == PL_T_MD || tok[k].tag == PL_T_VBD || tok[k].tag == PL_T_VBZ ||
	                  tok[k].tag == PL_T_VBP);
}

/* "Campaigners said": a plural the tagger took for a name at the start of a
** sentence (the lexicon lacks it) is tried as its singular noun among the
** agents. */
static int plural_name(const pl_token *t)
{
	return (t->tag == PL_T_NNP || t->tag == PL_T_NNPS) && (t->flags & PL_TOK_CAP) &&
	       !(t->flags & PL_TOK_ALLCAP) && t->len > 4 && t->len < SING_MAX &&
	       t->low[t->len - 1] == 's' && t->low[t->len - 2] != 's';
}

/* "the Lords Campaign", "the Times Educational Supplement": a name that
** the dictionary writes with its article ("the Lords", "the Times") and a
** capitalised proper noun right after it is the start of a longer name,
** not that one */
static int longer_name(const pl_token *tok, uint32_t t1, uint32_t i, const pl_phrase *ph)
{
	uint32_t j = i + ph->ntok;
	return ph->ntok >= 2 && ph->kind == PL_A_ORG && pl_eq(ph->tok[0], "the") && j < t1 &&
	       (tok[j].tag == PL_T_NNP || tok[j].tag == PL_T_NNPS) && (tok[j].flags & PL_TOK_CAP);
}

/* "ETA Systems Inc", "PLO Systems officials": an acronym the dictionary
** knows as no company, right before a word of a company's name or its
** legal form, names a firm, not the body the acronym is (the Basque group,
** the Palestinians' organisation); "USX Corp", "UAL Inc" are the firms the
** dictionary has under their initials */
static int acronym_firm(const pl_token *tok, uint32_t t1, uint32_t i, const pl_phrase *ph)
{
	static const char *const firm_word[] = {"systems", "inc", "corp", "corporation", "co", "ltd",
		"plc", "group", "industries", "technologies", "technology", "electronics", "computer",
		"computers", "holdings", "laboratories", "labs", "software", "communications", "bhd",
		"ag", "nv", "sa", "spa", NULL};
	const pl_token *w = &tok[i + 1];
	return ph->ntok == 1 && ph->kind == PL_A_ORG && (tok[i].flags & PL_TOK_ALLCAP) && i + 1 < t1 &&
	       (!ph->code || !strstr(ph->code, "BUS")) &&
	       (w->flags & PL_TOK_CAP) && w->low && pl_in_list(w->low, firm_word);
}

/* Does entry ph's name hold the word "Bank" (a central bank's)? */
static int names_bank(const pl_phrase *ph)
{
	int k;
	for (k = 0; k < ph->ntok; k++)
		if (!strcasecmp(ph->tok[k], "bank"))
			return 1;
	return 0;
}

/* "the Industrial Bank of Japan", "Continental Bank of Canada": a state
** body's name (a central bank's) right after a capitalised proper noun that
** is no mention of its own is the end of a longer name, a company's; "US
** Federal Reserve", "West German Bundesbank" have the country before it as a
** mention (prev_end: where the last mention ended); a short name is left
** alone ("the New York Fed" is the Fed's bank in New York), and so is one
** of no bank ("the Illinois Environmental Protection Agency") */
static int inside_company_name(const pl_token *tok, uint32_t t0, uint32_t i, uint32_t prev_end,
                               const pl_phrase *ph)
{
	const pl_token *b;
	if (ph->kind != PL_A_ORG || !ph->code || strlen(ph->code) != 6 || strcmp(ph->code + 3, "GOV") ||
	    ph->ntok < 3 || !names_bank(ph) || i <= t0 || prev_end == i)
		return 0;
	b = &tok[i - 1];
	return (b->tag == PL_T_NNP || b->tag == PL_T_NNPS) && (b->flags & PL_TOK_CAP) &&
	       !(b->flags & PL_TOK_ALLCAP);
}

/* "his peers", "the company's peers": one's equals, not members of a house
** of lords (the agent noun "peer" owned by someone names no legislator);
** nor is "peer" before "to" or another common noun ("peer to peer
** services", "peer pressure") */
static int owned_peer(const pl_token *tok, uint32_t t0, uint32_t t1, uint32_t i, const pl_phrase *ph)
{
	if (ph->ntok != 1 || !pl_eq(lem(&tok[i]), "peer"))
		return 0;
	if (i > t0 && (tok[i - 1].tag == PL_T_PRPS || tok[i - 1].tag == PL_T_POS))
		return 1;
	/* (a noun after the plural starts a clause of its own: "told peers
	** council budgets would shrink") */
	return i + 1 < t1 && (is(&tok[i + 1], "to") ||
	                      ((tok[i + 1].tag == PL_T_NN || tok[i + 1].tag == PL_T_NNS) && is(&tok[i], "peer")) ||
	                      (tok[i + 1].flags & PL_TOK_PUNCT && tok[i + 1].s[0] == '-'));
}

/* "the fight against child and pensioner poverty", "youth and family
** services": chunk k, a lone singular common noun with no determiner, joined
** by "and" or "or" to a chunk of two or more words that names no actor and
** ends in a noun, shares that noun as its head: it modifies it and is no
** actor ("police and army officers" ends in an actor and is a compound) */
static int shared_modifier(const pl_token *tok, const pl_sentan *out, int k)
{
	const pl_np *x = &out->np[k], *y = &out->np[k + 1];
	if (!x->code || x->t1 != x->t0 + 1 || tok[x->t0].tag != PL_T_NN || x->pronoun || x->person ||
	    y->t0 != x->t1 + 1 || !(is(&tok[x->t1], "and") || is(&tok[x->t1], "or")))
		return 0;
	if (y->code || y->poss_code || y->t1 - y->t0 < 2 || tok[y->t1 - 1].tag != PL_T_NN ||
	    PL_TAG_IS_VERB(tok[y->t0].tag) || tok[y->t0].tag == PL_T_DT || tok[y->t0].tag == PL_T_PRPS ||
	    tok[y->t0].tag == PL_T_CD)
		return 0;
	return 1;
}

/* "the US-led coalition", "a Saudi-led alliance", "the UN-led force": a
** chunk that no dictionary names, holding before its head a word "X-led"
** where X is a country, its adjective or an organisation by name (written
** as the entry is, a name of four letters or more in any case), takes X's
** code: the body is the leader's.  ("US-backed" is left alone: a body a
** state backs is not that state's.) */
static void led_by(const pl_store *s, const pl_token *tok, pl_np *x)
{
	uint32_t i;
	if (x->code || x->poss_code || x->pronoun || x->t1 - x->t0 < 2 || !PL_TAG_IS_NOUN(tok[x->t1 - 1].tag))
		return;
	for (i = x->t0; i + 1 < x->t1; i++) {
		const char *t, *h;
		const pl_phrase *ph;
		size_t n;
		/* (an ASCII word's lower case is as long as its text: one that
		** does not end in "-led" after a byte or more is none, with no
		** look for its last hyphen) */
		if (pl_tok_ascii(&tok[i]) &&
		    (tok[i].len < 5 || memcmp(tok[i].low + tok[i].len - 4, "-led", 4)))
			continue;
		t = tok[i].s;
		h = strrchr(t, '-');
		if (!h || h == t || strcmp(tok[i].low + (h - t), "-led"))
			continue;
		n = (size_t)(h - t);
		for (ph = pl_hash_get(&s->names, tok[i].low, n); ph; ph = ph->next) {
			if (ph->ntok != 1 || strlen(ph->tok[0]) != n ||
			    (ph->kind != PL_A_COUNTRY && ph->kind != PL_A_CADJ && ph->kind != PL_A_ORG))
				continue;
			if (strncmp(ph->tok[0], t, n)) {
				size_t j;
				for (j = 0; n >= 4 && j < n &&
				     lower_ascii((unsigned char)ph->tok[0][j]) == (unsigned char)tok[i].low[j]; j++)
					;
				if (n < 4 || j < n)
					continue;
			}
			x->code = ph->code;
			x->how = PL_HOW_PHRASE;
			x->a0 = i;
			x->a1 = i + 1;
			x->file = ph->file;
			x->line = ph->line;
			x->agent_only = 0;
			x->icode = NULL;
			x->acode = NULL;
			return;
		}
	}
}

/* Does entry ph match the tokens from i on (the agents' words by lemma or
** text, and no verb among them; names under the case rule of
** name_tok_match)?  With sing, the first word is matched against that
** singular instead.  The words are compared from the last back: the first
** is the chain's key and nearly always matches, a later one most often
** fails, and at its first letter. */
static int phrase_matches(const pl_phrase *ph, const pl_token *tok, uint32_t i, int agents,
                          const char *sing)
{
	uint32_t k;
	for (k = ph->ntok; k-- > 0;) {
		const pl_token *t = &tok[i + k];
		if (k == 0 && sing)
			return strcmp(ph->tok[0], sing) == 0;
		if (agents ? ((!same(ph->tok[k], lem(t)) && !same(ph->tok[k], t->low)) ||
		              PL_TAG_IS_VERB(t->tag))
		           : !name_tok_match(ph, ph->tok[k], t))
			return 0;
	}
	return 1;
}

/* Does the first byte of ph's last word (ph->last0) tell, with no word
** read, that phrase_matches() would fail at token t?  The tests are
** the first ones phrase_matches() makes there: for agents, same() against
** the lemma and the lower case; for names, the first letter in
** name_tok_match().  Only for phrases of two words or more (the first
** word is the chain's key, and a plural's singular is matched apart). */
static inline int last_word_fails(const pl_phrase *ph, const pl_token *t, int agents)
{
	int e0 = ph->last0;
	if (ph->ntok < 2 || !e0)
		return 0;
	if (agents)
		return e0 != (unsigned char)lem(t)[0] && e0 != (unsigned char)t->low[0];
	return e0 < 0x80 && lower_ascii(e0) != first_letter(t->low);
}

/* Is token t a word that no entry word starting with an ASCII capital
** can match (name_tok_match): one whose first letter is written in lower
** case, unless it is of five letters or more and unknown to the lexicon or
** carelessly capitalised ("iSrael")? */
static int lower_word(const pl_token *t)
{
	unsigned char c = (unsigned char)t->s[0];
	return c >= 'a' && c <= 'z' &&
	       !(t->len >= 5 && ((!(t->flags & PL_TOK_CAP) && (t->flags & PL_TOK_OOV)) ||
	                         has_upper_inside(t)));
}

/* The summary of a names' chain (chain_sum): where its one-word entries
** start, and whether an entry before them has a second word that a
** lower_word() may match (written all in lower case, or not starting with a
** capital: "the Sun" has none); and the first letters, in lower case, that
** open the second words of the entries before them (name_tok_match turns
** away every other token at its first letter). */
typedef struct chainsum {
	const pl_phrase *head;     /* the chain's first entry; NULL: empty */
	const pl_phrase *single;   /* its first one-word entry */
	int lower_next;
	int any_second;            /* a second word that opens with no ASCII byte */
	uint64_t second[2];        /* bit c: a second word opens with c (lower case) */
} chainsum;

/* The summaries of the chains walked, by their first entry, kept per thread
** for the store of id csum_id: made at a chain's first walk (reading
** every entry's second word), asked at every walk after it.  The same few
** chains ("the", "The") are walked at many tokens of every article. */
#define CSUM_LOG2 8
static _Thread_local struct {
	unsigned long id;
	chainsum slot[1u << CSUM_LOG2];
} csum;

static const chainsum *chain_sum(const pl_store *s, const pl_phrase *ph)
{
	chainsum *c;
	const pl_phrase *q;
	if (csum.id != s->id) {
		memset(csum.slot, 0, sizeof csum.slot);
		csum.id = s->id;
	}
	c = &csum.slot[((uintptr_t)ph * 0x9E3779B97F4A7C15u) >> (64 - CSUM_LOG2)];
	if (c->head == ph)
		return c;
	c->head = ph;
	c->single = NULL;
	c->lower_next = 0;
	c->any_second = 0;
	c->second[0] = c->second[1] = 0;
	for (q = ph; q; q = q->next) {
		/* (of two words, the second's first byte is kept in the entry:
		** its words are not read) */
		int e0 = q->ntok == 2 && q->last0 ? q->last0 :
		         q->ntok > 1 ? (unsigned char)q->tok[1][0] : 0;
		if (q->ntok == 1) {
			c->single = q;
			break;
		}
		if (q->lower || !(e0 >= 'A' && e0 <= 'Z'))
			c->lower_next = 1;
		e0 = (unsigned char)q->tok[1][0];
		if (!e0 || e0 >= 0x80)
			c->any_second = 1;
		else
			c->second[lower_ascii(e0) >> 6] |= (uint64_t)1 << (lower_ascii(e0) & 63);
	}
	return c;
}

/* Can no entry of two words or more in chain summary c match with token t
** as its second word?  Each such entry's second word opening with an ASCII
** byte fails in name_tok_match unless that byte, in lower case, is t's first
** letter. */
static int second_word_fails(const chainsum *c, const pl_token *t)
{
	int f = first_letter(t->low);
	return !c->any_second && (f >= 0x80 || !(c->second[f >> 6] >> (f & 63) & 1));
}

/* The longest phrase of the chain ph (the entries of `h` whose first word is
** token i's) that matches from token i, or NULL; with ph NULL, the chain of
** the plural name's singular (see plural_name).  Kept out of line (GCC
** spelling): most tokens start no entry, and match_at then returns before
** this frame (its buffer, its saved registers) is set up. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static const pl_phrase *longest_match(const pl_store *s, const pl_docctx *ctx, const pl_hash *h,
                                      const pl_phrase *ph, const pl_token *tok, uint32_t i,
                                      uint32_t end, int agents)
{
	const pl_phrase *best = NULL;
	long bestdist = 0;
	char sing[SING_MAX];
	int singular = 0;
	pl_date ref = ctx->date;
	if (!ph) {
		memcpy(sing, tok[i].low, tok[i].len - 1);
		sing[tok[i].len - 1] = '\0';
		ph = pl_hash_get(h, sing, strlen(sing));
		singular = 1;
	}
	/* a chain of names whose longer entries cannot match the next word
	** (none at the sentence's end; none but a lower-case second word after
	** "the" at "the company"): its one-word entries alone are walked.
	** Most walks of names are of "the" at a word in lower case */
	if (!agents && ph && (i + 1 >= end || lower_word(&tok[i + 1]))) {
		const chainsum *c = chain_sum(s, ph);
		if (i + 1 >= end || !c->lower_next)
			ph = c->single;
	} else if (!agents && ph && ph->ntok > 1) {
		/* (a long chain, "the" before a capital, is walked mostly to fail
		** at each entry's second word: its letters are known at once) */
		const chainsum *c = chain_sum(s, ph);
		if (second_word_fails(c, &tok[i + 1]))
			ph = c->single;
	}
	for (; ph; ph = ph->next) {
		if (best && ph->ntok < best->ntok)
			break;
		if (i + ph->ntok > end || last_word_fails(ph, &tok[i + ph->ntok - 1], agents) ||
		    !phrase_matches(ph, tok, i, agents, singular ? sing : NULL))
			continue;
		if (!best) {
			best = ph;
			bestdist = ph->kind == PL_A_PERSON ? date_distance(ph, ref) : 0;
		} else if (ph->kind == PL_A_PERSON && best->kind == PL_A_PERSON) {
			long d = date_distance(ph, ref);
			/* between two roles, a month or more from each, the one that
			** has ended: the person has held office (ELI), not "not yet" */
			int out = ref.y && d > 31 && bestdist > 31;
			int ended = out && ph->to.y && day_number(ph->to) < day_number(ref);
			int best_ended = out && best->to.y && day_number(best->to) < day_number(ref);
			if (ended != best_ended ? ended
			                        : (d < bestdist || (!ref.y && term_end(ph) > term_end(best)))) {
				best = ph;
				bestdist = d;
			}
		}
	}
	return best;
}

/* The entries of names table h under token t's lower case with its
** accented Latin-1 letters unaccented ("álvaro", "alvaro"), for a name the
** dictionary writes without them; NULL when there are none. */
static const pl_phrase *unaccented_get(const pl_hash *h, const pl_token *t)
{
	char key[64];
	const char *p = t->low;
	size_t n = 0;
	int u, folded = 0;
	for (; *p && n + 1 < sizeof key; p++) {
		if ((unsigned char)p[0] == 0xC3 && (u = unaccented((unsigned char)p[1])) != 0) {
			key[n++] = (char)u;
			p++;
			folded = 1;
		} else {
			key[n++] = *p;
		}
	}
	if (*p || !folded)
		return NULL;
	return pl_hash_get(h, key, n);
}

/* The longest phrase of s's agents (agents 1) or names (0) starting at
** token i, or NULL.  Inline: its arguments stay in the caller's registers
** for the look-up, which most often finds nothing. */
static inline const pl_phrase *match_at(const pl_store *s, const pl_docctx *ctx,
                                        const pl_token *tok, uint32_t i, uint32_t end, int agents)
{
	const pl_hash *h = agents ? &s->agents : &s->names;
	const pl_token *t = &tok[i];
	const pl_phrase *ph;
	/* no agent phrase takes a verb (longest_match): none can start at one */
	if (agents && PL_TAG_IS_VERB(t->tag))
		return NULL;
	/* a word written in lower case (its lower case is its text) starts a
	** name only when an entry's first word is written so, or when it is
	** unknown to the lexicon and of five letters or more (name_tok_match);
	** the names' bits say most such words start none, with no look-up */
	if (!agents && t->low == t->s && (t->len < 5 || !(t->flags & PL_TOK_OOV)) &&
	    !pl_store_names_lower(s, pl_hash_bytes(t->low, t->len)))
		return NULL;
	ph = agents ? pl_tok_get_lem(h, t) : pl_tok_get_low(h, t);
	if (!ph && !agents && !pl_tok_ascii(t))
		ph = unaccented_get(h, t);
	if (!ph && !(agents && plural_name(&tok[i])))
		return NULL;
	return longest_match(s, ctx, h, ph, tok, i, end, agents);
}

static int is_np_tag(int tag)
{
	switch (tag) {
	case PL_T_DT: case PL_T_PDT: case PL_T_PRPS: case PL_T_JJ: case PL_T_JJR:
	case PL_T_JJS: case PL_T_NN: case PL_T_NNS: case PL_T_NNP: case PL_T_NNPS:
	case PL_T_CD: case PL_T_POS:
		return 1;
	}
	return 0;
}

static int is_country_kind(int k)
{
	return k == PL_A_COUNTRY || k == PL_A_CADJ || k == PL_A_PEOPLE || k == PL_A_CAPITAL;
}

/* Does an actor code of three letters or more start with a state's (not
** an international body's, nor the code CAMEO gives a religion or a
** people with no state: "Catholics" CHRCTH, "the Kurds" KUR, whose
** mention gives a later "the government" no country; nor a bare business
** or labour role remembered for a name, BUS, LAB)? */
static int stateful(const char *code)
{
	/* IGO, NGO, MNC, UIS, INT, IMG, MOS, CHR, JEW, HIN, BUD, SIK, JAN,
	** ZRO, BAH, KUR, BUS, LAB, under their first letters: a code is asked
	** only against the few that share its first (most countries' codes
	** share none, and the rest one to three; a walk of all eighteen cost
	** more than the rest of the test, as asked for every mention of a
	** name).  Each string holds the codes' second and third letters. */
	static const char *const stateless[26] = {
		['B' - 'A'] = "UDAHUS", ['C' - 'A'] = "HR", ['H' - 'A'] = "IN", ['I' - 'A'] = "GONTMG",
		['J' - 'A'] = "EWAN", ['K' - 'A'] = "UR", ['L' - 'A'] = "AB", ['M' - 'A'] = "NCOS",
		['N' - 'A'] = "GO", ['S' - 'A'] = "IK", ['U' - 'A'] = "IS", ['Z' - 'A'] = "RO"};
	const char *p;
	if (code[0] < 'A' || code[0] > 'Z' || (p = stateless[code[0] - 'A']) == NULL)
		return 1;
	/* byte by byte, not strncmp: a code shorter than three differs at its
	** NUL, never read past */
	for (; *p; p += 2)
		if (code[1] == p[0] && code[2] == p[1])
			return 0;
	return 1;
}

/* The three-letter country prefix of an actor code, or NULL for codes of
** international bodies and bare roles. */
static const char *country_of(pl_arena *a, const char *code)
{
	if (!code || strlen(code) < 3 || !stateful(code))
		return NULL;
	return pl_arena_strndup(a, code, 3);
}

/* The code chunk x acts under: a bare role's with the context's country. */
static const char *np_actor(const pl_np *x)
{
	return x->agent_only ? x->icode : x->code;
}

/* cc followed by role; a PETRARCH compound code ("FRO/BIL/SAM") on either
** side is joined part by part ("FROGOV/BILGOV/SAMGOV"). */
static const char *join(pl_arena *a, const char *cc, const char *role)
{
	size_t n = strlen(cc), m = strlen(role), o = 0;
	const char *x, *y;
	char *p;
	if (!strchr(cc, '/') && !strchr(role, '/')) {
		p = pl_arena_alloc(a, n + m + 1);
		if (!p)
			return NULL;
		memcpy(p, cc, n);
		memcpy(p + n, role, m + 1);
		return p;
	}
	p = pl_arena_alloc(a, (n + 1) * (m + 1) * 2);
	if (!p)
		return NULL;
	for (x = cc; *x; ) {
		size_t xl = strcspn(x, "/");
		for (y = role; *y; ) {
			size_t yl = strcspn(y, "/");
			if (o)
				p[o++] = '/';
			memcpy(p + o, x, xl);
			memcpy(p + o + xl, y, yl);
			o += xl + yl;
			y += yl + (y[yl] == '/');
		}
		x += xl + (x[xl] == '/');
	}
	p[o] = '\0';
	return p;
}

/* The code of a country (or body) cc with an agent's role: the role goes
** after cc, or before it for agents so marked (PETRARCH's [NGO~]). */
static const char *join_agent(pl_arena *a, const char *cc, const pl_phrase *agent)
{
	return agent->role_first ? join(a, agent->code, cc) : join(a, cc, agent->code);
}

/* Does chunk np end in a name a person may be called by again: a proper
** noun, or a capitalised word the tagger took for a common noun after a
** name or title ("Michael Mates", "Mr Mates", "Ms Wood")? */
static int name_word(const pl_token *t);

/* (inline: asked of every chunk, in three passes) */
static inline int surname_at_end(const pl_token *tok, const pl_np *np)
{
	const pl_token *t = &tok[np->t1 - 1];
	/* (alone, a double-barrelled surname the tagger left as a common
	** noun: "Kilroy-Silk said") */
	if (t->tag == PL_T_NNP || (np->t1 - np->t0 == 1 && name_word(t)))
		return 1;
	return (t->flags & PL_TOK_CAP) && (t->tag == PL_T_NN || t->tag == PL_T_NNS) &&
	       np->t1 - 1 > np->t0 && t[-1].tag == PL_T_NNP;
}

static const char *remembered(const pl_docctx *ctx, const char *low, const char **file, uint32_t *line)
{
	int i;
	for (i = ctx->nnames - 1; i >= 0; i--)
		if (ctx->names[i].surname[0] == low[0] && strcmp(ctx->names[i].surname, low) == 0) {
			*file = ctx->names[i].file;
			*line = ctx->names[i].line;
			return ctx->names[i].code;
		}
	return NULL;
}

static void remember(pl_docctx *ctx, const char *low, const char *code, const char *file, uint32_t line)
{
	int i;
	for (i = 0; i < ctx->nnames; i++)
		if (strcmp(ctx->names[i].surname, low) == 0) {
			ctx->names[i].code = code;
			ctx->names[i].file = file;
			ctx->names[i].line = line;
			return;
		}
	if (ctx->nnames == PL_MAX_NAMES) {
		memmove(ctx->names, ctx->names + 1, sizeof ctx->names[0] * (PL_MAX_NAMES - 1));
		ctx->nnames--;
	}
	ctx->names[ctx->nnames].surname = low;
	ctx->names[ctx->nnames].code = code;
	ctx->names[ctx->nnames].file = file;
	ctx->names[ctx->nnames].line = line;
	ctx->nnames++;
}

/* A country named as an actor: counted, and the last one named unless last
** is 0 (a country only spoken of). */
static void note_country(pl_docctx *ctx, const char *cc, int last)
{
	int i;
	if (!ctx->pair_cc[2] || !pl_eq(ctx->pair_cc[2], cc)) {
		if (ctx->pair_cc[1] && pl_eq(ctx->pair_cc[1], cc)) {
			/* (the two named in turn stay the pair) */
			ctx->pair_cc[1] = ctx->pair_cc[2];
			ctx->pair_cc_sent[1] = ctx->pair_cc_sent[2];
		} else {
			memmove(ctx->pair_cc, ctx->pair_cc + 1, sizeof ctx->pair_cc[0] * 2);
			memmove(ctx->pair_cc_sent, ctx->pair_cc_sent + 1, sizeof ctx->pair_cc_sent[0] * 2);
		}
		ctx->pair_cc[2] = cc;
	}
	ctx->pair_cc_sent[2] = ctx->sent;
	ctx->cc_ok = 0;
	if (last) {
		ctx->last_country = cc;
		ctx->last_country_sent = ctx->sent;
		ctx->last_state = 0;     /* (its caller tells when it is a state) */
	}
	ctx->any_country = cc;
	ctx->any_country_sent = ctx->sent;
	for (i = 0; i < ctx->ntally; i++)
		if (pl_eq(ctx->tally[i].cc, cc)) {
			ctx->tally[i].n++;
			return;
		}
	if (ctx->ntally < 16) {
		ctx->tally[ctx->ntally].cc = cc;
		ctx->tally[ctx->ntally++].n = 1;
	}
}

/* The country of the place a word "X-based" inside chunk x names ("the
** Paris-based group", "a US-based charity"): a country, its adjective, or
** a town of the gazetteer of 100,000 people or more, or of parley's own
** list.  NULL when there is none. */
static const char *based_in(const pl_store *s, const pl_token *tok, const pl_np *x)
{
	uint32_t i;
	for (i = x->t0; i + 1 < x->t1; i++) {
		const char *t = tok[i].low, *h = strrchr(t, '-');
		const pl_phrase *ph;
		char low[64], orig[64];
		pl_token one;
		pl_place pl;
		size_t n;
		if (!h || h == t || strcmp(h, "-based") || (n = (size_t)(h - t)) >= sizeof low)
			continue;
		for (ph = pl_hash_get(&s->names, t, n); ph; ph = ph->next)
			if (ph->ntok == 1 && strlen(ph->tok[0]) == n &&
			    (ph->kind == PL_A_COUNTRY || ph->kind == PL_A_CADJ) && stateful(ph->code))
				return ph->code;
		memcpy(low, t, n);
		low[n] = '\0';
		memcpy(orig, tok[i].s, n);
		orig[n] = '\0';
		one = tok[i];
		one.s = orig;
		one.low = low;
		one.lemma = low;
		one.len = (uint32_t)n;
		one.tag = PL_T_NNP;
		if (pl_places_find(s->gaz, &one, 0, 1, NULL, &pl, 1) == 1 && pl.country[0] &&
		    (pl.population >= 100000 || (pl.file && strstr(pl.file, "dict/"))))
			return pl.country;
	}
	return NULL;
}

/* The code of the people of bare role k that the chunk right after "at"
** or "from" gives ("a lawyer from Chicago": USAJUD; "a professor at
** Harvard University": the body's, USAEDU, as "a spokesman for the
** Kremlin" is the Kremlin's): a town's country with the role after
** "from"; a body of a state after "at", not a company nor an outlet
** (whose people may work anywhere), nor for police or the press.  NULL
** when there is none. */
static const char *tie_code(const pl_token *tok, const pl_sentan *out, int k, pl_arena *a)
{
	/* (police and the press at a body are where they stand: "police
	** at the U.S. embassy", "reporters at the White House") */
	static const char *const people[] = {"CVL", "REF", "OPP", "LAB", "REB", "CRM", "UAF", "COP",
		"MED", NULL};
	const pl_np *x = &out->np[k], *y;
	uint32_t e = x->t1;
	int q;
	/* (past the field the role is of, chunks of no actor: "a professor
	** of economics and demography at Harvard", "a lecturer in law at") */
	while (k + 1 < out->nnp && e + 1 < out->t1 &&
	       (is(&tok[e], "of") || is(&tok[e], "in") || is(&tok[e], "and")) &&
	       out->np[k + 1].t0 == e + 1 && !out->np[k + 1].code && !out->np[k + 1].poss_code &&
	       !out->np[k + 1].pronoun)
		e = out->np[++k].t1;
	if (k + 1 >= out->nnp || e + 1 >= out->t1 || !(is(&tok[e], "at") || is(&tok[e], "from")))
		return NULL;
	y = &out->np[k + 1];
	if (y->t0 != e + 1)
		return NULL;
	/* (a town after "from"; a country or a body there is the of-phrase
	** rule's, which takes "from France and Spain" both) */
	if (is(&tok[e], "from")) {
		for (q = 0; !y->code && q < out->nplaces; q++)
			if (out->places[q].t0 == y->t0 && out->places[q].t1 == y->t1 &&
			    out->places[q].country[0])
				return join(a, out->places[q].country, x->code);
		return NULL;
	}
	/* (a place after "at" is where, not whose: "inmates at Guantanamo";
	** so is a body for people of no office: "protesters at the Pentagon") */
	if (!y->code || y->agent_only || y->poss_code || y->pronoun || y->person || y->place ||
	    strlen(y->code) < 6 || !stateful(y->code) || pl_in_list(x->code, people) ||
	    !strncmp(y->code + 3, "BUS", 3) || !strncmp(y->code + 3, "MED", 3))
		return NULL;
	return y->code;
}

/* Is every "X-based" of chunk x a place of one word ("Tokyo-based"), not
** the end of a longer one ("New Jersey-based", "St. Louis-based"), which
** based_in would read as its last word alone? */
static int based_one_word(const pl_token *tok, const pl_np *x)
{
	uint32_t i;
	size_t n;
	for (i = x->t0 + 1; i < x->t1; i++)
		if ((n = tok[i].len) > 6 && !strcmp(tok[i].low + n - 6, "-based") &&
		    (tok[i - 1].flags & PL_TOK_CAP) && !is(&tok[i - 1], "the") && !is(&tok[i - 1], "a"))
			return 0;
	return 1;
}

/* A bare role its own words place abroad (based_in, tie_code) is of
** that country, not of the article's: "an American historian" already
** is by the dictionaries, "a historian at Harvard" is by this. */
static void foreign_tie(const pl_store *s, const pl_token *tok, pl_sentan *out, int k, pl_arena *a)
{
	pl_np *x = &out->np[k];
	const char *cc;
	if (!x->agent_only || !x->code || strlen(x->code) != 3 || x->role_first || x->poss_code ||
	    x->pronoun)
		return;
	/* (a bare firm too: "the Canada-based company" is Canada's whatever
	** country the sentence or the story names, not "New Jersey-based"
	** read as Jersey's, and one the context already places there, "the
	** Montreal-based firm" after a Canadian firm by name, is that firm;
	** nor "at" or "from" a body, a firm's people work anywhere) */
	if (!strcmp(x->code, "BUS")) {
		if (!based_one_word(tok, x) || (cc = based_in(s, tok, x)) == NULL ||
		    (x->icode && !strncmp(x->icode, cc, 3)))
			return;
		x->code = join(a, cc, x->code);
	} else if ((cc = based_in(s, tok, x)) != NULL)
		x->code = join(a, cc, x->code);
	else if ((cc = tie_code(tok, out, k, a)) != NULL && !(x->icode && !strcmp(cc, x->icode)))
		x->code = cc;
	else
		return;
	x->agent_only = 0;
	x->icode = NULL;
	x->acode = NULL;
	x->how = PL_HOW_PHRASE;
}

/* The country a bare role belongs to ("the government", "officials"): the
** one named in this sentence; else the article's country, named at least
** twice, more often than any other and twice as often as the one named
** last (a US official quoted in a story about Iraq does not make the next
** "government" Washington's); else the one named in the last two
** sentences (the state that acted, when its sentence named last a country
** it acted on: actor_context); else none. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static const char *context_country_now(const pl_docctx *ctx)
{
	const char *best = NULL, *last = ctx->last_country;
	uint32_t bn = 0, ln = 0;
	int i, tie = 0;
	if (last && ctx->last_country_sent == ctx->sent)
		return last;
	/* (a sentence before that named last a country its state acted on:
	** that state, actor_context) */
	if (last && ctx->actor_cc && ctx->actor_cc_sent == ctx->last_country_sent)
		last = ctx->actor_cc;
	for (i = 0; i < ctx->ntally; i++) {
		if (last && pl_eq(ctx->tally[i].cc, last))
			ln = ctx->tally[i].n;
		if (ctx->tally[i].n > bn) {
			best = ctx->tally[i].cc;
			bn = ctx->tally[i].n;
			tie = 0;
		} else if (ctx->tally[i].n == bn) {
			tie = 1;
		}
	}
	/* (the article's country named last too is the article's country, however
	** long ago) */
	if (best && !tie && bn >= 2 &&
	    (bn >= 2 * ln || (last && pl_eq(best, last))))
		return best;
	if (last && ctx->sent - ctx->last_country_sent <= 2)
		return last;
	/* (the country the whole article names most, before the sentences so
	** far tell one: "Euro MP Robert Kilroy-Silk has quit" in the lead of a
	** story of Britain; over one only spoken of near by, "Dr Williams said
	** the war in Iraq") */
	if (ctx->prior)
		return ctx->prior;
	/* (a country only spoken of, when nothing else names one: "the issue
	** will be made only in Canada, a company spokesman said") */
	if (ctx->any_country && ctx->sent - ctx->any_country_sent <= 2)
		return ctx->any_country;
	return NULL;
}

/* context_country, worked out once a sentence (pl_docctx.cc_memo): many
** rules ask it of every chunk, and what it reads changes only when a
** country is noted (note_country and the other writers clear cc_ok).
** Inline, its work out of line: the test is all most calls make. */
static inline const char *context_country(const pl_docctx *ctx)
{
	pl_docctx *c = (pl_docctx *)ctx;
	if (!c->cc_ok || c->cc_sent != c->sent) {
		c->cc_memo = context_country_now(ctx);
		c->cc_sent = c->sent;
		c->cc_ok = 1;
	}
	return c->cc_memo;
}

/* The country the whole article is about: named as an actor (a person's or
** a party's code counts) at least twice and twice as often as any other;
** NULL when none is. */
static const char *article_country(const pl_docctx *ctx)
{
	const char *best = NULL;
	uint32_t bn = 0, second = 0;
	int i;
	for (i = 0; i < ctx->ntally; i++) {
		if (ctx->tally[i].n > bn) {
			second = bn;
			best = ctx->tally[i].cc;
			bn = ctx->tally[i].n;
		} else if (ctx->tally[i].n > second) {
			second = ctx->tally[i].n;
		}
	}
	if (bn >= 2 && bn >= 2 * second)
		return best;
	/* (until the sentences tell, the country of the article's whole text,
	** unless another has been named more so far) */
	if (ctx->prior) {
		for (i = 0; i < ctx->ntally; i++)
			if (pl_eq(ctx->tally[i].cc, ctx->prior))
				return ctx->tally[i].n >= bn ? ctx->prior : NULL;
		return bn == 0 ? ctx->prior : NULL;
	}
	return NULL;
}

/* Is the name at token i of the sentence [t0, t1) a place only spoken of:
** after a preposition of place, direction, comparison, dealing or topic
** ("the war in Iraq", "more than France", "talks with Syria", "worried
** about China"), unless that phrase opens the sentence ("In Baghdad,
** officials said")?  (spoken_of, for a token before chunks are made) */
static int place_spoken_of(const pl_token *tok, uint32_t t0, uint32_t i)
{
	static const char *const w[] = {"in", "at", "to", "into", "from", "than", "on", "against",
		"with", "across", "inside", "within", "throughout", "near", "about", "over", "towards",
		"toward", "regarding", "concerning", "of", "for", NULL};
	uint32_t p = i, q;
	if (p > t0 && is(&tok[p - 1], "the"))
		p--;
	/* "in Japan and Singapore", "to Basra, Najaf or Baghdad": spoken of as
	** the first is */
	if (p > t0 && (is(&tok[p - 1], "and") || is(&tok[p - 1], "or") || is(&tok[p - 1], ","))) {
		while (p > t0 && i - p < 10 && (tok[p - 1].tag == PL_T_NNP || is(&tok[p - 1], "and") ||
		       is(&tok[p - 1], "or") || is(&tok[p - 1], ",")))
			p--;
		if (tok[p].tag != PL_T_NNP)
			return 0;
	}
	if (p == t0 || (tok[p - 1].tag != PL_T_IN && tok[p - 1].tag != PL_T_TO) ||
	    !pl_in_list(tok[p - 1].low, w))
		return 0;
	for (q = t0; q < p - 1; q++)
		if (tok[q].tag != PL_T_CC && tok[q].tag != PL_T_RB && tok[q].tag != PL_T_PPC &&
		    tok[q].tag != PL_T_PPL && tok[q].tag != PL_T_PPS)
			return 1;
	return 0;
}

static void company_scan(pl_docctx *ctx, pl_arena *a);
static void titled_scan(pl_docctx *ctx, pl_arena *a);

/* A look-up that found no name (pl_docctx.scan_name). */
static const pl_phrase no_name;

/* The entry of the names at token i for the same person, words and role
** line as ph's but in the role of `line`, or NULL. */
static const pl_phrase *in_role(const pl_store *s, const pl_token *tok, uint32_t i,
                                const pl_phrase *ph, uint32_t line)
{
	const pl_phrase *q;
	int k;
	for (q = pl_tok_get_low(&s->names, &tok[i]); q; q = q->next) {
		if (q->kind != PL_A_PERSON || q->ntok != ph->ntok || q->line != line ||
		    q->file != ph->file || strcmp(q->name, ph->name) != 0)
			continue;
		for (k = 0; k < q->ntok && strcmp(q->tok[k], ph->tok[k]) == 0; k++)
			;
		if (k == q->ntok)
			return q;
	}
	return NULL;
}

/* Does token j (of a sentence starting at t0) say the office next to it was
** left: "former", "ex-", "the then health secretary", "erstwhile"?  Such a role is a past
** one, which the dates judge, not one the person holds now. */
static int past_office_word(const pl_token *tok, uint32_t t0, uint32_t j)
{
	static const char *const past[] = {"former", "erstwhile", "one-time", "onetime", NULL};
	/* ("then" only after "the": "he then met Health Secretary X" is now) */
	return pl_in_list(tok[j].low, past) || !strncmp(tok[j].low, "ex-", 3) ||
	       !strncmp(tok[j].low, "then-", 5) ||
	       (is(&tok[j], "then") && j > t0 && is(&tok[j - 1], "the"));
}

/* Is q's role one that opens with an office word apart ("Vice President",
** "Deputy Prime Minister", "Shadow Chancellor"), written in full right
** before token i: "the country's vice president Jose Alencar"?  Such a role
** has no head word (role_before), and only its every word, with no other
** office word apart before them ("deputy shadow chancellor"), names it. */
static int apart_role_before(const pl_token *tok, uint32_t t0, uint32_t i, const pl_phrase *q)
{
	const char *r = q->role, *e, *b;
	uint32_t j = i;
	if (!r || !pl_office_apart(r, strcspn(r, " -")))
		return 0;
	/* the role's words from the last back, one token each */
	for (e = r + strlen(r);; e = b - 1) {
		for (b = e; b > r && b[-1] != ' '; b--)
			;
		if (j <= t0 || strlen(tok[j - 1].low) != (size_t)(e - b) ||
		    strncasecmp(tok[j - 1].low, b, (size_t)(e - b)) != 0)
			return 0;
		j--;
		if (b == r)
			break;
	}
	return j == t0 ||
	       (!pl_office_apart(tok[j - 1].low, strlen(tok[j - 1].low)) && !past_office_word(tok, t0, j - 1));
}

/* Does the role of q have its first word and its title word among the
** three words before token i (of a sentence starting at t0)?  "Veritas
** leader Robert Kilroy-Silk" for "Veritas Leader", not "Trade commissioner
** Peter Mandelson" for "Trade and Industry Secretary".  An office word apart
** among them ("shadow chancellor", "deputy leader") names another office than
** the role's, which starts with no such word (role_head is NULL for those):
** the dates choose instead. */
static int role_before(const pl_token *tok, uint32_t t0, uint32_t i, const pl_phrase *q)
{
	uint32_t j;
	int head = 0, title = !q->title;
	if (!q->role_head)
		return apart_role_before(tok, t0, i, q);
	for (j = i; j > t0 && j + 3 > i; j--) {
		if (pl_office_apart(tok[j - 1].low, strlen(tok[j - 1].low)))
			return 0;
		head |= strcmp(q->role_head, tok[j - 1].low) == 0;
		title |= q->title && strcmp(q->title, tok[j - 1].low) == 0;
	}
	return head && title;
}

/* Do the words of an apposition right after the person's name, up to the
** next comma, write q's role: "Robert Lane, the leader of the Green Party,"
** or "Robert Lane, the Green leader," (its head word and its title word;
** no "deputy", "former", "ex-": an office apart or left; nor "was", "until":
** "Robert Lane, who was Green leader until 2003," held it in the past)? */
static int role_after(const pl_token *tok, uint32_t t1, uint32_t j, const pl_phrase *q)
{
	uint32_t end;
	int head = 0, title = !q->title;
	if (!q->role_head || j >= t1 || !is(&tok[j], ","))
		return 0;
	for (end = j + 1; end < t1 && end < j + 8 && !is(&tok[end], ","); end++) {
		if (pl_office_apart(tok[end].low, strlen(tok[end].low)) || past_office_word(tok, j, end) ||
		    is(&tok[end], "was") || is(&tok[end], "until"))
			return 0;
		head |= strcmp(q->role_head, tok[end].low) == 0;
		title |= q->title && strcmp(q->title, tok[end].low) == 0;
	}
	return end < t1 && is(&tok[end], ",") && head && title;
}

/* The role line of the person named by ph at token i (in a sentence that
** starts at t0) that the words before the name write (role_before), or
** those of an apposition after it (role_after), or 0:
** ph's own when it is one of them.  Only for a person with another role,
** and not after "former", "ex-" or "the then" (a role left, which the
** dates judge). */
static uint32_t role_written(const pl_store *s, const pl_token *tok, uint32_t t0, uint32_t t1,
                             uint32_t i, const pl_phrase *ph)
{
	const pl_phrase *head = pl_tok_get_low(&s->names, &tok[i]), *q;
	uint32_t j;
	int roles = 0;
	for (q = head; q; q = q->next)
		if (q->kind == PL_A_PERSON && q->ntok == ph->ntok && strcmp(q->name, ph->name) == 0)
			roles++;
	if (roles < 2)
		return 0;
	for (j = i; j > t0 && j + 4 > i; j--)
		if (past_office_word(tok, t0, j - 1))
			return 0;
	if (role_before(tok, t0, i, ph) || role_after(tok, t1, i + ph->ntok, ph))
		return ph->line;
	for (q = head; q; q = q->next)
		if (q->kind == PL_A_PERSON && q->ntok == ph->ntok &&
		    (role_before(tok, t0, i, q) || role_after(tok, t1, i + ph->ntok, q)) &&
		    in_role(s, tok, i, ph, q->line) == q)
			return q->line;
	return 0;
}

/* The person ph at token i (in a sentence from t0 to t1) is said there to
** leave the party the date's role gives them: "Mr Kilroy-Silk quit UKIP",
** "X, who recently quit the UK Independence Party,", "X has defected from
** the Tories", "X was expelled from UKIP", "X resigned from the party of
** ...".  The party's name is the one the pre-pass saw (seen), with the
** role's very code, and ends the phrase: "quit the UKIP group", "resigned
** the UKIP whip" leave a part of it, not the party. */
static int leaves_party(const pl_token *tok, uint32_t t1, uint32_t i, const pl_phrase *ph,
                        const pl_phrase **seen)
{
	static const char *const leave[] = {"quit", "quits", "left", "leaves", "defected", "defects",
		"expelled", "resigned", "resigns", NULL};
	/* (these leave a party only "from" it: "resigned the whip") */
	static const char *const from[] = {"expelled", "resigned", "resigns", NULL};
	uint32_t j = i + ph->ntok, n;
	const pl_phrase *party;
	int need_from;
	if (!ph->code || !strstr(ph->code, "PTY"))
		return 0;
	if (j + 1 < t1 && is(&tok[j], ",") && is(&tok[j + 1], "who"))
		j += 2;
	for (n = 0; n < 3 && j < t1 && (tok[j].tag == PL_T_RB || is(&tok[j], "has") || is(&tok[j], "had") ||
	                                is(&tok[j], "was") || is(&tok[j], "been"));
	     n++)
		j++;
	if (j >= t1 || !pl_in_list(tok[j].low, leave))
		return 0;
	need_from = pl_in_list(tok[j].low, from);
	j++;
	if (j < t1 && is(&tok[j], "from"))
		j++;
	else if (need_from)
		return 0;
	if (j < t1 && is(&tok[j], "the"))
		j++;
	if (j >= t1 || !(party = seen[j]) || party == &no_name || party->kind != PL_A_ORG || !party->code ||
	    strcmp(party->code, ph->code) != 0)
		return 0;
	j += party->ntok;
	return j >= t1 || !(tok[j].tag == PL_T_NN || tok[j].tag == PL_T_NNS);
}

/* The line of the role the dictionary gives the person ph next, after the
** one of ph (the earliest that starts later, in another party: a role of
** the party left, or an office, is not where a departure leads), or 0.  It
** must start within a year of the article's date: a role taken years on
** is not the one the story's departure leads to. */
static uint32_t next_role(const pl_store *s, const pl_docctx *ctx, const pl_token *tok, uint32_t i,
                          const pl_phrase *ph)
{
	const pl_phrase *q, *best = NULL;
	long from = ph->from.y ? day_number(ph->from) : -1000000000L, now = day_number(ctx->date);
	for (q = pl_tok_get_low(&s->names, &tok[i]); q; q = q->next)
		if (q->kind == PL_A_PERSON && q->ntok == ph->ntok && q->file == ph->file &&
		    strcmp(q->name, ph->name) == 0 && q->from.y && day_number(q->from) > from &&
		    day_number(q->from) <= now + 366 &&
		    q->code && strstr(q->code, "PTY") && strcmp(q->code, ph->code) != 0 &&
		    (!best || day_number(q->from) < day_number(best->from)))
			best = q;
	return best ? best->line : 0;
}

/* The party the pre-pass saw (seen) at token j, one whose code is a
** party's (PTY), else NULL. */
static const pl_phrase *party_at(const pl_phrase **seen, uint32_t j)
{
	const pl_phrase *p = seen[j];
	if (!p || p == &no_name || p->kind != PL_A_ORG || !p->code || !strstr(p->code, "PTY"))
		return NULL;
	return p;
}

/* The party the sentence (tokens t0 to t1) ties the person named at token
** i (n tokens) to, in words that say whose party it is, not what office is
** held: "Y's X", "X's Y party", "X's new party, Y", "X, who leads the Y
** party", "X has founded Y", "X is to launch his own party, Y", "Y, led by
** X", "Y was formed by X".  NULL when it writes none.  (A party led once,
** "X, who led Y", is the dates' to judge.) */
static const pl_phrase *party_written(const pl_token *tok, uint32_t t0, uint32_t t1, uint32_t i,
                                      uint32_t n, const pl_phrase **seen)
{
	static const char *const lead[] = {"leads", "heads", "chairs", "founded", "formed", "launched",
		"launch", "launches", "found", "form", "lead", "head", NULL};
	static const char *const by[] = {"led", "headed", "founded", "formed", "launched", NULL};
	static const char *const aux[] = {"is", "has", "will", "to", "now", "recently", "just",
		"already", "newly", NULL};
	static const char *const whose[] = {"the", "his", "her", "new", "own", "fledgling",
		"breakaway", NULL};
	static const char *const courtesy[] = {"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady",
		"baroness", "dame", NULL};
	const pl_phrase *p;
	uint32_t j = i + n, q;
	/* (the words before the name are read before its title: "by Mr X") */
	if (i > t0 && pl_in_list(tok[i - 1].low, courtesy))
		i--;
	/* "Y's X": the party ends right before the "'s" that opens the name */
	if (i >= t0 + 2 && tok[i - 1].tag == PL_T_POS)
		for (q = i - 1; q-- > t0 && q + 5 > i;)
			if ((p = party_at(seen, q)) != NULL && q + p->ntok == i - 1)
				return p;
	/* "Y, led by X", "Y was founded by X" */
	if (i >= t0 + 3 && is(&tok[i - 1], "by") && pl_in_list(tok[i - 2].low, by))
		for (q = i - 2; q-- > t0 && q + 6 > i;)
			if ((p = party_at(seen, q)) != NULL &&
			    (q + p->ntok == i - 2 ||
			     (q + p->ntok == i - 3 && (is(&tok[i - 3], ",") || is(&tok[i - 3], "was") ||
			                               is(&tok[i - 3], "is")))))
				return p;
	/* "X's Y party", "X's new party, Y" */
	if (j + 1 < t1 && tok[j].tag == PL_T_POS)
		j++;
	/* "X, who leads the Y party", "X is to launch his own party, Y" */
	else {
		if (j + 2 < t1 && is(&tok[j], ",") && is(&tok[j + 1], "who"))
			j += 2;
		for (q = 0; q < 3 && j < t1 && pl_in_list(tok[j].low, aux); q++)
			j++;
		if (j >= t1 || !pl_in_list(tok[j].low, lead))
			return NULL;
		j++;
	}
	for (q = 0; q < 3 && j < t1 && pl_in_list(tok[j].low, whose); q++)
		j++;
	if (j + 2 < t1 && is(&tok[j], "party") && is(&tok[j + 1], ","))
		j += 2;
	return j < t1 ? party_at(seen, j) : NULL;
}

static int body_title(const char *lemma);

/* The party whose title the words right before the person named at token
** i write: "SNP leader Alex Salmond", "Scottish National Party Holyrood
** leader Nicola Sturgeon", "Veritas deputy leader Jo Hill": a party, then
** a title that speaks for a body (body_title), with at most two words
** between (a rank or a place); NULL when none.  Not an office of the
** state ("Labour minister"): the party is then the governing one's to
** judge (governing_office). */
static const pl_phrase *party_titled(const pl_token *tok, uint32_t t0, uint32_t i,
                                     const pl_phrase **seen)
{
	const pl_phrase *p;
	uint32_t e, q;
	if (i < t0 + 2 || !body_title(lem(&tok[i - 1])))
		return NULL;
	for (e = i - 1; e > t0 && e + 3 > i; e--) {
		for (q = e; q-- > t0 && q + 6 > e;)
			if ((p = party_at(seen, q)) != NULL && q + p->ntok == e)
				return p;
		if (tok[e - 1].tag != PL_T_NNP && !is(&tok[e - 1], "deputy") && !is(&tok[e - 1], "acting"))
			return NULL;
	}
	return NULL;
}

/* The line of the person ph, named at token i, in the party the sentence
** ties them to (party_written), when the date's line puts them in another
** party or in none at all (out of office): a party leader the dictionary
** dates in the party he left, "Robert Kilroy-Silk, who leads Veritas".
** Of such lines, the one nearest the article's date; else 0.  One the date
** finds in an office of the state keeps it ("Labour's Charles Clarke"). */
static uint32_t party_line(const pl_store *s, const pl_docctx *ctx, const pl_token *tok,
                           uint32_t t0, uint32_t t1, uint32_t i, const pl_phrase *ph,
                           const pl_phrase **seen)
{
	const pl_phrase *p, *q, *best = NULL;
	long now = day_number(ctx->date), bd = 0;
	if (!ph->code || (!strstr(ph->code, "PTY") && !out_of_office(ph, ctx->date) && ctx->date.y))
		return 0;
	/* (with no article date, the latest office is the line taken: "SNP
	** leader Alex Salmond", later First Minister, is the party's when the
	** dictionary has him in it) */
	p = party_written(tok, t0, t1, i, ph->ntok, seen);
	if (!p && !ctx->date.y)
		p = party_titled(tok, t0, i, seen);
	if (!p || !strcmp(p->code, ph->code))
		return 0;
	for (q = pl_tok_get_low(&s->names, &tok[i]); q; q = q->next) {
		long d;
		if (q->kind != PL_A_PERSON || q->ntok != ph->ntok || q->file != ph->file ||
		    strcmp(q->name, ph->name) != 0 || !q->code || strcmp(q->code, p->code) != 0)
			continue;
		d = !q->from.y ? 0 : day_number(q->from) > now ? day_number(q->from) - now
		    : q->to.y && day_number(q->to) < now ? now - day_number(q->to) : 0;
		if (!best || d < bd) {
			best = q;
			bd = d;
		}
	}
	return best ? best->line : 0;
}

/* A person the dictionary gives several roles keeps, all through the
** article, the role the text names by its first word before one of their
** mentions, over the one the article's date would choose: the seen names
** of the article (pl_sent_prescan) are changed to it. */
static void roles_from_text(const pl_store *s, pl_docctx *ctx, const pl_token *tok,
                            uint32_t ntok, const pl_sent *sent, uint32_t nsent,
                            const pl_phrase **seen)
{
	int np = 0, k;
	uint32_t si, i;
	for (si = 0; si < nsent && np < 8; si++)
		for (i = sent[si].t0; i < sent[si].t1 && np < 8; i++) {
			const pl_phrase *ph = seen[i];
			uint32_t line;
			if (!ph || ph == &no_name || ph->kind != PL_A_PERSON)
				continue;
			for (k = 0; k < np && strcmp(ctx->role_pick[k].name, ph->name) != 0; k++)
				;
			/* (or, for one the text says left the party of their role,
			** the role the dictionary gives them next) */
			if (k == np && ((line = role_written(s, tok, sent[si].t0, sent[si].t1, i, ph)) != 0 ||
			                (leaves_party(tok, sent[si].t1, i, ph, seen) &&
			                 (line = next_role(s, ctx, tok, i, ph)) != 0) ||
			                (line = party_line(s, ctx, tok, sent[si].t0, sent[si].t1, i, ph, seen)) != 0)) {
				ctx->role_pick[np].name = ph->name;
				ctx->role_pick[np++].line = line;
			}
		}
	ctx->nrole_pick = np;
	for (i = 0; i < ntok && np; i++) {
		const pl_phrase *ph = seen[i], *q;
		if (!ph || ph == &no_name || ph->kind != PL_A_PERSON)
			continue;
		for (k = 0; k < np; k++)
			if (ctx->role_pick[k].line != ph->line && strcmp(ctx->role_pick[k].name, ph->name) == 0 &&
			    (q = in_role(s, tok, i, ph, ctx->role_pick[k].line)) != NULL)
				seen[i] = q;
	}
}

/* Is ph a person in the role the article's text named (roles_from_text)?
** Then its dates do not matter. */
static int role_of_text(const pl_docctx *ctx, const pl_phrase *ph)
{
	int k;
	for (k = 0; k < ctx->nrole_pick; k++)
		if (ctx->role_pick[k].line == ph->line && strcmp(ctx->role_pick[k].name, ph->name) == 0)
			return 1;
	return 0;
}

/* Is the person ph out of office on the article's date, the text not
** having named them in that role? */
static int out_of_office_here(const pl_docctx *ctx, const pl_phrase *ph)
{
	return out_of_office(ph, ctx->date) && !role_of_text(ctx, ph);
}

static int is_company_suffix(const pl_token *t);

static int company_of(const pl_token *t, uint32_t n, uint32_t i);

/* The evidence of a story's country, gathered once per article: the
** distinct countries named (up to eight), none inside a company's name
** ("South African Breweries Ltd" tells the company's own country:
** company_of). */
typedef struct story_evidence {
	const char *cc[8];
	int times[8];            /* how often cc[k] was named */
	int firm[8];             /* ... by its name as a place or an actor, a
	                         ** place or money, not by a nationality alone
	                         ** nor by a name dealt with ("loans to Ghana") */
	int listed[8];           /* ... by a stock exchange ("the Toronto Stock
	                         ** Exchange") */
	int n, many;
} story_evidence;

static void evidence_add(story_evidence *e, pl_arena *a, const char *code, int firm)
{
	int k;
	if (!code || !code[0] || strlen(code) < 3 || !stateful(code))
		return;
	for (k = 0; k < e->n && strncmp(e->cc[k], code, 3); k++)
		;
	if (k == 8) {
		e->many = 1;
		return;
	}
	if (k == e->n) {
		e->cc[e->n++] = pl_arena_strndup(a, code, 3);
		e->times[k] = e->firm[k] = e->listed[k] = 0;
	}
	e->times[k]++;
	e->firm[k] |= firm;
}

/* Evidence of code by a stock exchange the story names (story_evidence.
** listed). */
static void evidence_listed(story_evidence *e, pl_arena *a, const char *code)
{
	int k;
	evidence_add(e, a, code, 1);
	for (k = 0; k < e->n && strncmp(e->cc[k], code, 3); k++)
		;
	if (k < e->n)
		e->listed[k] = 1;
}

/* Is market p an exchange where shares are listed ("the Toronto Stock
** Exchange", "the Paris bourse"), not one of metals or grain ("the London
** Metal Exchange")?  A firm's shares trade at home: "its shares rose 15
** cts on the Vancouver Stock Exchange" is a firm of Canada's, where a sum
** in Canadian dollars may be an American firm's price for a Canadian one. */
static int stock_exchange(const pl_token *tok, const pl_place *p)
{
	uint32_t i;
	for (i = p->t0; i < p->t1; i++)
		if (is(&tok[i], "stock") || is(&tok[i], "bourse"))
			return 1;
	return 0;
}

/* One of 64 bits for the word w[0..n), from its length and first two
** bytes (currency_ends). */
static uint64_t end_bit(const char *w, size_t n)
{
	uint32_t h = (uint32_t)n * 31 + (unsigned char)w[0];
	if (n > 1)
		h = h * 31 + (unsigned char)w[1];
	return (uint64_t)1 << ((h * 2654435761u) >> 26);
}

/* The end_bit of every word that follows a space in a key of store s's
** currencies (the second word of "canadian dlrs", and any after a later
** space): a two-word look-up whose second word's bit is not among them
** finds nothing, and is not made.  Kept per thread for the store last
** asked of. */
static uint64_t currency_ends(const pl_store *s)
{
	static _Thread_local unsigned long id;
	static _Thread_local uint64_t bits;
	const pl_hash *h = &s->currencies;
	size_t k, j;
	if (id == s->id)
		return bits;
	id = s->id;
	bits = 0;
	for (k = 0; k < h->cap; k++) {
		const struct pl_hash_slot *e = &h->slot[k];
		for (j = 0; e->key && j + 1 < e->len; j++)
			if (e->key[j] == ' ')
				bits |= end_bit(e->key + j + 1, e->len - j - 1);
	}
	return bits;
}

/* A currency at token i of a sentence ending at end, from dict/
** currencies.tsv: two words ("canadian dlrs") anywhere; one word only
** after a figure, "mln"/"billion" or "in" ("12 mln rand", "in yen": "marks
** the start" and "Mark Smith" are no money).  Sets *ntok.  ends: the
** currencies' currency_ends(). */
static const pl_bodyhead *currency_at(const pl_store *s, const pl_token *tok, uint32_t t0,
                                      uint32_t i, uint32_t end, uint64_t ends, uint32_t *ntok)
{
	static const char *const before[] = {"mln", "billion", "bln", "million", "trillion", "in",
		"thousand", NULL};
	static pl_wordset before_set = PL_WORDSET(before);
	const pl_bodyhead *b;
	char two[64];
	/* ("%s %s" put together by hand, and only for a second word that
	** ends a currency's name: this is asked of every token of a story
	** whose country is wanted) */
	if (i + 1 < end && tok[i].len + tok[i + 1].len + 2 < sizeof two) {
		size_t n1 = pl_tok_ascii(&tok[i]) ? tok[i].len : strlen(tok[i].low);
		size_t n2 = pl_tok_ascii(&tok[i + 1]) ? tok[i + 1].len : strlen(tok[i + 1].low);
		if (n1 + n2 + 2 > sizeof two || !n2 || !(ends & end_bit(tok[i + 1].low, n2)))
			n2 = 0;
		if (n2) {
			memcpy(two, tok[i].low, n1);
			two[n1] = ' ';
			memcpy(two + n1 + 1, tok[i + 1].low, n2);
			two[n1 + 1 + n2] = 0;
			if ((b = pl_hash_get(&s->currencies, two, n1 + 1 + n2)) != NULL) {
				*ntok = 2;
				return b;
			}
		}
	}
	if (i > t0 && (tok[i - 1].tag == PL_T_CD || pl_in_set(&before_set, tok[i - 1].low)) &&
	    (b = pl_tok_get_low(&s->currencies, &tok[i])) != NULL) {
		*ntok = 1;
		return b;
	}
	return NULL;
}

/* The country of a one-word currency of dict/currencies.tsv written in
** lower case ("dlrs" USA, "yen", "marks"; not "Mark" of a name), else
** NULL. */
static const char *currency_word(const pl_store *s, const pl_token *t)
{
	const pl_bodyhead *b;
	if (t->flags & PL_TOK_CAP)
		return NULL;
	return (b = pl_tok_get_low(&s->currencies, t)) != NULL ? b->role : NULL;
}

/* Does a sum in the money of country money count for the context's
** country?  Not in US dollars: the dollar is the money of the world's
** trade, and a story that writes "U.S. dlrs" out is most often of another
** country ("Banking sources said 10 billion U.S. dlrs had entered Taiwan"
** is no word of American sources).  A sum in another currency is most
** often the story's own money ("3,075,000 Canadian dlrs" in a story of
** Ottawa) and counts as the country it names. */
static int money_places(const char *money)
{
	return strncmp(money, "USA", 3) != 0;
}

/* Is t the figure of a sum, the word before its currency: "10", "billion"? */
static int sum_before(const pl_token *t)
{
	return t->tag == PL_T_CD || is(t, "mln") || is(t, "billion") || is(t, "million") ||
	       is(t, "bln") || is(t, "trillion");
}

/* Is the place at tokens [i, j) part of a person's name: right after a
** proper noun ("Jerry Welsh", "Eugene Mora"), or one word that is a given
** name ("David Bolocan")?  A place so written is no evidence. */
static int in_person_name(const pl_store *s, const pl_token *tok, uint32_t t0, uint32_t i,
                          uint32_t j)
{
	const pl_token *p = i > t0 ? &tok[i - 1] : NULL;
	if (p && p->tag == PL_T_NNP && (p->flags & PL_TOK_CAP) && !(p->flags & PL_TOK_ALLCAP))
		return 1;
	return j == i + 1 && pl_store_given(s, tok[i].low, strlen(tok[i].low));
}

/* Is the place pl written as a place: a city of some size, or one after a
** preposition of place or next to a comma and another name ("near
** Wickenburg, Arizona")?  A
** small town named like a word or a name ("David", ".aero") is not. */
static int place_told(const pl_token *tok, uint32_t t0, uint32_t t1, const pl_place *pl)
{
	static const char *const prep[] = {"in", "at", "near", "from", "of", "to", "outside",
		"between", "and", "off", NULL};
	static const char *const side[] = {"northern", "southern", "eastern", "western", "central",
		"north", "south", "east", "west", NULL};
	uint32_t i = pl->t0, j = pl->t1;
	if (pl->population >= 100000)
		return 1;
	/* ("in northern Quebec": a side of the region between) */
	if (i > t0 + 1 && pl_in_list(tok[i - 1].low, side) && !(tok[i - 1].flags & PL_TOK_CAP))
		i--;
	/* (a comma between two names: "Wickenburg, Arizona", not a list of
	** things, "pornography, Asia, mobile phones") */
	return (i > t0 && pl_in_list(tok[i - 1].low, prep)) ||
	       (i > t0 + 1 && is(&tok[i - 1], ",") && (tok[i - 2].flags & PL_TOK_CAP)) ||
	       (j + 1 < t1 && is(&tok[j], ",") && (tok[j + 1].flags & PL_TOK_CAP));
}

/* Is the country named at token i one dealt with, not a place: after a
** preposition of dealing or direction ("loans to Ghana", "talks with
** Brazil", "imports from Japan"), where "an issue in Canada" is a place? */
static int dealt_with(const pl_token *tok, uint32_t t0, uint32_t i)
{
	static const char *const w[] = {"to", "with", "against", "than", "about", "for", "from",
		"toward", "towards", "over", "regarding", "concerning", NULL};
	if (i > t0 && is(&tok[i - 1], "the"))
		i--;
	return i > t0 && pl_in_list(tok[i - 1].low, w);
}

/* Is token i inside a company's name the wire marks with angle brackets
** ("<Nolan, Norton and Co>", "<Korea First Bank>")?  A place so
** written names the firm, not where the story is: story_country counts
** a country's name so written only where the rest of the story names
** that country too or names none (a story about the firm itself,
** "<Prudential Insurance Co of America>" and dollars). */
static int marked_firm(const pl_token *tok, uint32_t t0, uint32_t t1, uint32_t i)
{
	uint32_t p, q;
	for (p = i; p > t0 && i - p < 8 && !is(&tok[p - 1], "<") && !is(&tok[p - 1], ">"); p--)
		;
	if (p == t0 || !is(&tok[p - 1], "<"))
		return 0;
	for (q = i + 1; q < t1 && q - i < 8 && !is(&tok[q], ">") && !is(&tok[q], "<"); q++)
		;
	return q < t1 && is(&tok[q], ">");
}

/* The one country the article's evidence points to (pl_docctx.story_cc):
** its country names and nationalities (the pre-pass's names, in seen),
** its places, its stock exchanges and its currencies; the bare "dlrs"
** counts as the US's only when no other dollar country is named nor "U.S.
** dlrs" written.  None of them inside a company's or a person's name; a
** place's word the story writes once in such a name ("Eugene Mora ...
** Mora said", "Northgate Exploration Ltd ... of Northgate") is none
** anywhere.  NULL when the evidence names no country or more than one,
** or one only once by its people's adjective; *weak tells whether the bare "dlrs" is all of it,
** *listed whether a stock exchange of that country is among it (which
** outweighs other countries each named once). */
static const char *story_country(const pl_store *s, const pl_token *tok, const pl_sent *sent,
                                 uint32_t nsent, const pl_phrase **seen, pl_arena *a,
                                 uint8_t *weak, uint8_t *listed)
{
	story_evidence e = {{0}, {0}, {0}, {0}, 0, 0};
	const pl_bodyhead *shared = NULL;
	const char *ok[32], *okcc[32], *bad[64], *firmcc[16];
	pl_place pl[16];
	uint32_t si, i, n;
	int k, np, nok = 0, nbad = 0, z, marked = 0, nfirm = 0;
	uint64_t ends = currency_ends(s);
	for (si = 0; si < nsent; si++) {
		uint32_t t0 = sent[si].t0, t1 = sent[si].t1;
		for (i = t0; i < t1; i++) {
			const pl_phrase *ph = seen[i];
			const pl_bodyhead *b;
			/* (the second word of a name, "John Kearney": a place so
			** written elsewhere, "Kearney said", is none) */
			if (i > t0 && nbad < 64 && tok[i].tag == PL_T_NNP && tok[i - 1].tag == PL_T_NNP &&
			    (tok[i].flags & PL_TOK_CAP) && (tok[i - 1].flags & PL_TOK_CAP) &&
			    !(tok[i - 1].flags & PL_TOK_ALLCAP))
				bad[nbad++] = tok[i].low;
			/* ("U.S. dlrs" spelled out: the story's bare dollars are
			** another country's) */
			if (ph && ph != &no_name && is_country_kind(ph->kind) && i + ph->ntok < t1 &&
			    (b = pl_tok_get_low(&s->currencies, &tok[i + ph->ntok])) != NULL && b->shared &&
			    !strncmp(ph->code, b->role, 3)) {
				marked = 1;
				i += ph->ntok;
				continue;
			}
			if (ph && ph != &no_name && is_country_kind(ph->kind) &&
			    !company_of(tok, t1, i + ph->ntok - 1) &&
			    !(i > t0 && tok[i - 1].tag == PL_T_NNP && (tok[i - 1].flags & PL_TOK_CAP))) {
				if (!marked_firm(tok, t0, t1, i))
					evidence_add(&e, a, ph->code, (ph->kind == PL_A_COUNTRY ||
					             ph->kind == PL_A_CAPITAL) && !dealt_with(tok, t0, i));
				else if (nfirm < 16)
					firmcc[nfirm++] = ph->code;
			}
			if (tok[i].len <= 20 && (b = currency_at(s, tok, t0, i, t1, ends, &n)) != NULL) {
				if (b->shared)
					shared = b;
				else
					evidence_add(&e, a, b->role, 1);
				i += n - 1;
			}
		}
		if (!s->gaz)
			continue;
		/* (a stock exchange, where the story's shares trade; not one
		** a firm's name holds) */
		np = pl_markets_find(s->gaz, tok, t0, t1, pl, 16);
		for (k = 0; k < np; k++)
			if (pl[k].market && pl[k].country[0] && stock_exchange(tok, &pl[k]) &&
			    !company_of(tok, t1, pl[k].t1 - 1) && !marked_firm(tok, t0, t1, pl[k].t0))
				evidence_listed(&e, a, pl[k].country);
		np = pl_places_find(s->gaz, tok, t0, t1, NULL, pl, 16);
		for (k = 0; k < np; k++) {
			if (pl[k].market)
				continue;
			if (company_of(tok, t1, pl[k].t1 - 1) || marked_firm(tok, t0, t1, pl[k].t0) ||
			    in_person_name(s, tok, t0, pl[k].t0, pl[k].t1)) {
				if (nbad < 64)
					bad[nbad++] = tok[pl[k].t0].low;
			} else if (nok < 32 && place_told(tok, t0, t1, &pl[k])) {
				ok[nok] = tok[pl[k].t0].low;
				okcc[nok++] = pl[k].country;
			}
		}
	}
	for (k = 0; k < nok; k++) {
		for (z = 0; z < nbad && strcmp(ok[k], bad[z]); z++)
			;
		if (z == nbad)
			evidence_add(&e, a, okcc[k], 1);
	}
	/* (the countries the marked firms' names spell out, "<Bank of
	** Korea>": only one the rest names too, or any where the rest names
	** none; their gazetteer places, often a founder's surname, "<Nolan,
	** Norton and Co>", "<Warburg, Pincus Capital Corp>", never) */
	for (k = 0, z = e.n; k < nfirm; k++) {
		int c;
		for (c = 0; c < z && (!firmcc[k] || strncmp(e.cc[c], firmcc[k], 3)); c++)
			;
		if (z == 0 || c < z)
			evidence_add(&e, a, firmcc[k], 1);
	}
	if (shared && !marked) {
		for (k = 0; k < e.n; k++)
			if (strstr(s->dollar_cc, e.cc[k]))
				break;
		/* (the bare currency alone is weak evidence: story_firm) */
		*weak = e.n == 0;
		if (k == e.n)
			evidence_add(&e, a, shared->role, 1);
	}
	/* (the one country whose stock exchange the story names, and names
	** again, outweighs others each named once: "its U.S. subsidiary" of
	** a firm whose shares trade in Toronto) */
	if (e.n > 1 && !e.many) {
		int l = -1, nl = 0, again = 0;
		for (k = 0; k < e.n; k++) {
			if (e.listed[k]) {
				l = k;
				nl++;
			} else if (e.times[k] > 1) {
				again = 1;
			}
		}
		if (nl == 1 && !again && e.times[l] >= 2) {
			*listed = 1;
			return e.cc[l];
		}
	}
	/* (a country named once by its people's adjective, or by its name
	** as one dealt with, is as often another's market or client:
	** "restructuring of Japanese industry", "new loans to Ghana") */
	if (e.n != 1 || e.many || (e.times[0] < 2 && !e.firm[0]))
		return NULL;
	*listed = (uint8_t)e.listed[0];
	return e.cc[0];
}

/* The article's story_country, found on the first call (pl_docctx.
** story_done; the context is only a cache of it here). */
static const char *story_of(const pl_store *s, const pl_docctx *ctx)
{
	pl_docctx *c = (pl_docctx *)ctx;
	if (!c->story_done && c->story_seen) {
		c->story_done = 1;
		c->story_cc = story_country(s, c->scan_tok, c->story_sent, c->story_nsent,
		                            c->story_seen, c->story_arena, &c->story_weak,
		                            &c->story_listed);
	}
	return c->story_cc;
}

/* ---- name parts: a country's or a group's word inside a person's name ----
** ("David M. Holland", "Mr German", "F. Wilhelm Christians", "E.C. Jordan
** and Co"); alone later in the same article the word is that person again. */

static int title_sex(const char *low);

/* Is t initials, "M.", "E.C.", "H.C.F."? */
static int initials_token(const pl_token *t)
{
	size_t k;
	if (!(t->flags & PL_TOK_CAP) || t->len < 2 || t->len % 2)
		return 0;
	for (k = 0; k < t->len; k += 2)
		if (!(t->s[k] >= 'A' && t->s[k] <= 'Z') || t->s[k + 1] != '.')
			return 0;
	return 1;
}

/* Is ph a single word a name may hold as a surname: a country, its
** capital, adjective or people, or a group that is no firm ("Christians",
** "Wagner")?  A firm's name after a given name, "Walt Disney", "John
** Labatt", is the firm, as the dictionary says. */
static int name_part_kind(const pl_phrase *ph)
{
	if (ph->ntok != 1 || !ph->code)
		return 0;
	switch (ph->kind) {
	case PL_A_COUNTRY: case PL_A_CADJ: case PL_A_PEOPLE: case PL_A_CAPITAL:
		return 1;
	case PL_A_ORG:
		return !strstr(ph->code, "BUS");
	default:
		return 0;
	}
}

/* Is the word at i (of a sentence opening at t0) a name part by what goes
** before it: initials ("M. Holland"; many letters only in a firm's name,
** "E.C. Jordan and Co", as "U.S. Congress" is the state's), a given name
** that opens the name and is no name the dictionaries know (prev_known:
** "Ford Canada" is Ford's unit), or a
** man's or woman's courtesy title ("Mr German")? */
static int name_part_at(const pl_store *s, const pl_token *tok, uint32_t t0, uint32_t t1, uint32_t i,
                        int prev_known)
{
	const pl_token *p, *w = &tok[i];
	if (i <= t0 || !(w->flags & PL_TOK_CAP) || (w->flags & PL_TOK_ALLCAP) ||
	    (w->tag != PL_T_NNP && w->tag != PL_T_NNPS))
		return 0;
	p = &tok[i - 1];
	if (initials_token(p)) {
		if (p->len == 2)
			return 1;
		return i + 1 < t1 && (is_company_suffix(&tok[i + 1]) ||
		                      (is(&tok[i + 1], "and") && i + 2 < t1 && is_company_suffix(&tok[i + 2])));
	}
	if (p->tag != PL_T_NNP || !(p->flags & PL_TOK_CAP) || (p->flags & PL_TOK_ALLCAP))
		return 0;
	if (title_sex(p->low))
		return 1;
	if (p->len < 3)
		return 0;
	if (prev_known || !pl_store_given(s, p->low, p->len))
		return 0;
	/* (opening the sentence, only a name the verb or a comma follows:
	** "Michael German said", not "Said Wales coach ...") */
	if (i - 1 == t0)
		return i + 1 < t1 && (is(&tok[i + 1], ",") || tok[i + 1].tag == PL_T_VBD ||
		                      tok[i + 1].tag == PL_T_VBZ);
	/* (a given name after another is a surname: "Jason Robinson England") */
	return !(tok[i - 2].tag == PL_T_NNP && pl_store_given(s, tok[i - 2].low, tok[i - 2].len));
}

/* Does the article know low as a name part? */
static int name_part_known(const pl_docctx *ctx, const char *low)
{
	int k;
	for (k = 0; k < ctx->nname_part; k++)
		if (!strcmp(ctx->name_part[k], low))
			return 1;
	return 0;
}

/* Is the word at i a name part of the article standing alone as a person
** who acts: "Holland said", ", Wagner told", opening its clause before a
** verb?  Elsewhere, "visited Jordan", "to Holland", "the England team",
** the word is the country's as often as not. */
static int name_part_alone(const pl_docctx *ctx, const pl_token *tok, uint32_t t0, uint32_t t1, uint32_t i)
{
	const pl_token *w = &tok[i], *n;
	if (!ctx->nname_part || !(w->flags & PL_TOK_CAP) || (w->flags & PL_TOK_ALLCAP) ||
	    (w->tag != PL_T_NNP && w->tag != PL_T_NNPS && w->tag != PL_T_NNS) || i + 1 >= t1 ||
	    !name_part_known(ctx, w->low))
		return 0;
	if (i > t0 && !(tok[i - 1].flags & PL_TOK_PUNCT) && tok[i - 1].tag != PL_T_CC)
		return 0;
	n = &tok[i + 1];
	return n->tag == PL_T_VBD || n->tag == PL_T_VBZ || n->tag == PL_T_VBP || n->tag == PL_T_MD;
}

/* Is chunk np a name part of the article alone, though the tagger read it
** as a plural noun ("Christians said" after "F. Wilhelm Christians")?  The
** surname memory is asked for it as for any surname. */
static inline int name_part_chunk(const pl_docctx *ctx, const pl_token *tok, const pl_np *np)
{
	const pl_token *w = &tok[np->t0];
	return np->t1 - np->t0 == 1 && !np->code && !np->pronoun && w->tag == PL_T_NNS &&
	       (w->flags & PL_TOK_CAP) && !(w->flags & PL_TOK_ALLCAP) && name_part_known(ctx, w->low);
}

/* Is the name ph the prescan found at i (of a sentence t0..t1) a name part,
** in a name or alone?  One in a name is kept as the article's
** (pl_docctx.name_part), for the mentions after it alone; not one a
** capitalised word follows, a name of a place or a body ("George
** Washington Hospital"), after which "Washington said" is the state's. */
static int name_part_seen(const pl_store *s, pl_docctx *ctx, const pl_token *tok, uint32_t t0, uint32_t t1,
                          uint32_t i, const pl_phrase *ph, const pl_phrase *const *seen)
{
	if (!name_part_kind(ph))
		return 0;
	if (name_part_at(s, tok, t0, t1, i, i > t0 && seen[i - 1] && seen[i - 1] != &no_name)) {
		if (!name_part_known(ctx, tok[i].low) && ctx->nname_part < 16 &&
		    !(i + 1 < t1 && (tok[i + 1].flags & PL_TOK_CAP) && name_word(&tok[i + 1])))
			ctx->name_part[ctx->nname_part++] = tok[i].low;
		return 1;
	}
	return name_part_alone(ctx, tok, t0, t1, i);
}

/* Drops the sentence's mentions that are name parts (in a name, or a name
** part of the article alone): the chunk is then the person's, whom the
** surname memory may know.  Returns the new number of mentions. */
static int name_part_mentions(const pl_store *s, const pl_docctx *ctx, const pl_token *tok, uint32_t t0,
                              uint32_t t1, mention *m, int nm, uint8_t *inm)
{
	int z, out = 0;
	for (z = 0; z < nm; z++) {
		uint32_t i = m[z].t0;
		if (name_part_kind(m[z].ph) &&
		    (name_part_at(s, tok, t0, t1, i, i > t0 && inm[i - 1 - t0]) || name_part_alone(ctx, tok, t0, t1, i))) {
			inm[i - t0] = 0;
			continue;
		}
		m[out++] = m[z];
	}
	return out;
}

static void firm_scan(const pl_store *s, pl_docctx *ctx, const pl_token *tok, uint32_t n,
                      const pl_phrase **seen, pl_arena *a);

void pl_sent_prescan(const pl_store *s, pl_docctx *ctx, const pl_token *tok, uint32_t ntok,
                     const pl_sent *sent, uint32_t nsent, pl_arena *a)
{
	struct { const char *cc; uint32_t n; } t[16];
	uint32_t si, i, bn = 0, second = 0;
	int nt = 0, k, best = -1, part;
	const pl_phrase **seen;
	ctx->prior = NULL;
	ctx->cc_ok = 0;
	ctx->story_cc = NULL;
	ctx->story_weak = ctx->story_done = ctx->story_listed = 0;
	ctx->story_seen = NULL;
	ctx->market_cc = NULL;
	ctx->market_done = 0;
	ctx->scan_name = NULL;
	ctx->nrole_pick = 0;
	ctx->scan_tok = NULL;
	ctx->scan_ntok = 0;
	ctx->view_tok = NULL;
	ctx->company_ready = 0;
	ctx->firm_nw = ctx->firm_nend = 0;
	ctx->titled_nman = ctx->titled_nwoman = 0;
	ctx->nname_part = 0;
	if (s->petrarch || !ntok || (seen = pl_arena_alloc(a, ntok * sizeof *seen)) == NULL)
		return;
	ctx->scan_tok = tok;
	ctx->scan_ntok = ntok;
	ctx->scan_name = seen;
	company_scan(ctx, a);
	titled_scan(ctx, a);
	for (si = 0; si < nsent; si++)
		for (i = sent[si].t0; i < sent[si].t1; ) {
			const pl_phrase *ph;
			const char *code, *cur;
			/* (a name the dictionaries know starts with a capital, on a
			** proper noun or an adjective: the rest of the words, the
			** "The" opening a sentence, are not looked up) */
			if (!(tok[i].flags & PL_TOK_CAP) ||
			    (tok[i].tag != PL_T_NNP && tok[i].tag != PL_T_NNPS && tok[i].tag != PL_T_JJ &&
			     tok[i].tag != PL_T_NN && tok[i].tag != PL_T_NNS) ||
			    (ph = match_at(s, ctx, tok, i, sent[si].t1, 0)) == NULL) {
				if ((tok[i].flags & PL_TOK_CAP) && (tok[i].tag == PL_T_NNP ||
				    tok[i].tag == PL_T_NNPS || tok[i].tag == PL_T_JJ || tok[i].tag == PL_T_NN ||
				    tok[i].tag == PL_T_NNS))
					seen[i] = &no_name;
				i++;
				continue;
			}
			seen[i] = ph;
			code = ph->code;
			part = name_part_seen(s, ctx, tok, sent[si].t0, sent[si].t1, i, ph, seen);
			/* (a country's name as a surname, "Michael Jordan", is none) */
			if (code && code[0] && code[1] && code[2] && strncmp(code, "BUS", 3) && !part &&
			    !(ph->kind == PL_A_COUNTRY && i > sent[si].t0 && tok[i - 1].tag == PL_T_NNP &&
			      (tok[i - 1].flags & PL_TOK_CAP) && !(tok[i - 1].flags & PL_TOK_ALLCAP)) &&
			    stateful(code) &&
			    (is_country_kind(ph->kind) || ph->kind == PL_A_ORG || ph->kind == PL_A_PERSON) &&
			    /* (nor a university: "Harvard" in a story of Britain) */
			    !(ph->kind == PL_A_ORG && strlen(code) == 6 && !strcmp(code + 3, "EDU")) &&
			    !((ph->kind == PL_A_COUNTRY || ph->kind == PL_A_CAPITAL) &&
			      place_spoken_of(tok, sent[si].t0, i)) &&
			    /* (nor the country of a sum in US dollars: "10 billion
			    ** U.S. dlrs" in a story of Taiwan; money_places.  "The
			    ** US dollar fell", no sum, is of the country) */
			    !(is_country_kind(ph->kind) && i > sent[si].t0 && i + ph->ntok < sent[si].t1 &&
			      sum_before(&tok[i - 1]) && !strncmp(code, "USA", 3) &&
			      (cur = currency_word(s, &tok[i + ph->ntok])) != NULL && !money_places(cur))) {
				for (k = 0; k < nt; k++)
					if (!strncmp(t[k].cc, code, 3))
						break;
				if (k < nt)
					t[k].n++;
				else if (nt < 16) {
					t[nt].cc = code;   /* (its first three letters count) */
					t[nt++].n = 1;
				}
			}
			i += ph->ntok;
		}
	for (k = 0; k < nt; k++) {
		if (t[k].n > bn) {
			second = bn;
			bn = t[k].n;
			best = k;
		} else if (t[k].n > second) {
			second = t[k].n;
		}
	}
	if (best >= 0 && bn >= 2 && bn >= 2 * second)
		ctx->prior = country_of(a, t[best].cc);
	ctx->cc_ok = 0;
	ctx->story_sent = sent;
	ctx->story_nsent = nsent;
	ctx->story_seen = seen;
	ctx->story_arena = a;
	firm_scan(s, ctx, tok, ntok, seen, a);
	roles_from_text(s, ctx, tok, ntok, sent, nsent, seen);
}

/* The name the article's pre-pass found at token i (&no_name: none), or
** NULL when it did not look there. */
static const pl_phrase *scanned_name(const pl_docctx *ctx, const pl_token *tok, uint32_t i)
{
	const pl_token *t = &tok[i];
	/* (a token of the copy without inner quotation marks: its original) */
	if (ctx->view_tok && t >= ctx->view_tok && t < ctx->view_tok + ctx->view_ntok)
		t = ctx->view_base + ctx->view_orig[t - ctx->view_tok];
	if (!ctx->scan_name || t < ctx->scan_tok || t >= ctx->scan_tok + ctx->scan_ntok)
		return NULL;
	return ctx->scan_name[t - ctx->scan_tok];
}

/* The pre-pass's names for tokens [t0, t1) as one row (row[i - t0] is
** scanned_name at i), or NULL when they must be asked token by token: the
** sentence is not all in the text the pre-pass saw, or some of it is in the
** copy without inner quotation marks.  Asked once a sentence, so that the
** mentions' loop reads each token's name with no range tests. */
static const pl_phrase *const *scanned_row(const pl_docctx *ctx, const pl_token *tok, uint32_t t0,
                                           uint32_t t1)
{
	const pl_token *b = tok + t0, *e = tok + t1;
	if (ctx->view_tok && b < ctx->view_tok + ctx->view_ntok && e > ctx->view_tok)
		return NULL;
	if (!ctx->scan_name || b < ctx->scan_tok || e > ctx->scan_tok + ctx->scan_ntok)
		return NULL;
	return ctx->scan_name + (b - ctx->scan_tok);
}

static int titled_name(const pl_token *tok, const pl_np *np);
static int she_fits(const pl_store *s, const pl_docctx *ctx, const pl_token *tok, const pl_np *np);
static int named_man(const pl_store *s, const pl_docctx *ctx, const char *file, uint32_t line, int man);
static int person_sex(const pl_store *s, const pl_docctx *ctx, const char *file, uint32_t line);
static uint32_t given_name(const pl_store *s, const pl_token *tok, const pl_np *np);
static const char *body_name(const pl_store *s, const pl_token *tok, const pl_np *np, uint32_t end,
                             const pl_bodyhead **ev);
static uint32_t name_tail(const pl_token *tok, const pl_np *np, uint32_t end);
static int member_head(const char *lemma);
static const pl_bodyhead *body_head(const pl_store *s, const char *lemma);
static const char *lower_trade_body(const pl_token *tok, const pl_np *y);
static int trade_word(const pl_token *tok, uint32_t t);
static int trade_body(const pl_token *tok, uint32_t t, uint32_t e);
static int body_title(const char *lemma);
static int is_company_suffix(const pl_token *t);
static int company_in(const pl_token *tok, const pl_np *np);
static uint32_t arm_name_end(const pl_token *tok, const pl_np *np, const mention *m, int nm);

/* Is token i of the tokens t (n of them) a word of a company's name: a run
** of capitalised words after it, within four, ends in a company's suffix
** ("Hughes" in "Hughes Aircraft Co")? */
static int company_of(const pl_token *t, uint32_t n, uint32_t i)
{
	uint32_t q;
	for (q = i + 1; q < n && q <= i + 4 && (t[q].flags & PL_TOK_CAP); q++)
		if (is_company_suffix(&t[q]))
			return 1;
	return 0;
}

/* Does token j of sentence x name a company ("AMR Corp", "KLM Royal Dutch
** Airlines": company_of within the sentence; "<AMR>" as a stock ticker)?
** Its acronym alone is then the company's, of no state. */
static int names_company(const pl_sentan *x, uint32_t j)
{
	return (j > x->t0 && pl_eq(x->tok[j - 1].s, "<")) || company_of(x->tok, x->t1, j);
}

static int cmp_word(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* Sorts the n words at w (cmp_word) and keeps them in *to, *nto: a pre-pass's
** list of words, asked later by binary search. */
static void keep_sorted(const char **w, size_t n, const char ***to, size_t *nto)
{
	qsort(w, n, sizeof *w, cmp_word);
	*to = w;
	*nto = n;
}

/* The words the text (n tokens) writes as a person's surname, after a
** given name or a courtesy title ("Virgil Rosendale", "Mr Cotton"), sorted
** in *to, *nto (none when out of memory): then "Rosendale, a pork
** producer," is a man, not a firm.  Made once an article, when its first
** firm is found, so that asking about each name costs a binary search, not
** a pass over the text (an article of many firms stays linear). */
static void surnames_in_text(const pl_store *s, const pl_token *tok, uint32_t n, pl_arena *a,
                             const char ***to, size_t *nto)
{
	static const char *const courtesy[] = {"mr", "mrs", "ms", "miss", "dr", "sir", "lord",
		"lady", NULL};
	const char **w;
	size_t nw = 0;
	uint32_t j;
	*to = NULL;
	*nto = 0;
	if (n < 2 || !(w = pl_arena_alloc_raw(a, n * sizeof *w)))
		return;
	for (j = 1; j < n; j++)
		if ((tok[j - 1].flags & PL_TOK_CAP) &&
		    (pl_store_given(s, tok[j - 1].low, tok[j - 1].len) ||
		     pl_in_list(tok[j - 1].low, courtesy)))
			w[nw++] = tok[j].low;
	keep_sorted(w, nw, to, nto);
}

/* Is low one of the text's surnames (surnames_in_text, made at the first
** question into *sur, *nsur; *sur stays NULL until then, or when none)? */
static int surname_of(const pl_store *s, const pl_token *tok, uint32_t n, pl_arena *a,
                      const char ***sur, size_t *nsur, const char *low)
{
	if (!*sur && !*nsur) {
		surnames_in_text(s, tok, n, a, sur, nsur);
		if (!*sur)
			*nsur = (size_t)-1;   /* made: none to ask */
	}
	return *sur && *nsur != (size_t)-1 &&
	       bsearch(&low, *sur, *nsur, sizeof **sur, cmp_word) != NULL;
}

/* Does a state own the firm an apposition names, by a word of it ("the
** central bank", "a state-owned producer", "the provincially-owned
** utility")?  Such a body keeps the role its own words give it. */
static int state_owned_word(const pl_token *t)
{
	static const char *const w[] = {"central", "state", "state-owned", "state-run",
		"state-controlled", "government", "government-owned", "government-controlled",
		"provincially-owned", "federally-owned", "publicly-owned", "nationalised",
		"nationalized", "public", "crown", "municipal", NULL};
	return pl_in_list(t->low, w);
}

static int company_end(const pl_token *t, uint32_t i);

/* Is token i a word of a name no dictionary knows, as the pre-pass saw it
** (seen[i] is &no_name): capitalised, a proper noun, no place, no legal
** form, no "X-based"? */
static int unknown_name_word(const pl_store *s, const pl_token *tok, const pl_phrase **seen,
                             uint32_t i)
{
	pl_place pl[1];
	return seen[i] == &no_name && (tok[i].flags & PL_TOK_CAP) &&
	       (tok[i].tag == PL_T_NNP || tok[i].tag == PL_T_NNPS) && tok[i].len >= 3 &&
	       !(tok[i].len > 6 && !strcmp(tok[i].low + tok[i].len - 6, "-based")) &&
	       !is_company_suffix(&tok[i]) &&
	       !(s->gaz && pl_places_find(s->gaz, tok, i, i + 1, NULL, pl, 1) > 0);
}

/* Words after a name and its possessive, or after "said its", that only a
** company has: "Brandbank's net profit", "Brandbank said its shares". */
static int firm_thing(const char *low)
{
	static const char *const w[] = {"shares", "stock", "net", "profit", "profits", "earnings",
		"revenue", "revenues", "sales", "dividend", "dividends", "shareholders",
		"stockholders", "turnover", "subsidiary", NULL};
	static pl_wordset set = PL_WORDSET(w);
	return pl_in_set(&set, low);
}

/* Deals only a company tells of itself: "X said it acquired", "X said it
** agreed to sell". */
static int firm_deal(const char *lemma)
{
	static const char *const w[] = {"acquire", "buy", "sell", "merge", "purchase", NULL};
	static pl_wordset set = PL_WORDSET(w);
	return pl_in_set(&set, lemma);
}

/* The head nouns of an apposition that says a name is a company's
** ("Valmet, the French parts maker,"): business_kind less the nouns a
** person or a body of another kind may be ("a spokesman", "the group",
** "a unit", "the operator"). */
static int firm_apposition_head(const char *lemma)
{
	static const char *const w[] = {"company", "firm", "bank", "corporation", "insurer",
		"airline", "carrier", "utility", "lender", "brokerage", "concern", "conglomerate",
		"maker", "manufacturer", "producer", "retailer", "distributor", "publisher",
		"supplier", "miner", "refiner", "shipper", "exporter", "importer", "marketer",
		"subsidiary", "brewer", "chemicals", NULL};
	static pl_wordset set = PL_WORDSET(w);
	return pl_in_set(&set, lemma);
}

/* The nouns of a firm's trade that may stand right before its name
** ("mining firm Lacmont", "telecoms giant Marvex"): none a person's
** calling, as "producer", "publisher" or "miner" may be ("film producer
** Anne Hale"). */
static int firm_trade_before(const char *lemma)
{
	static const char *const w[] = {"company", "firm", "bank", "maker", "manufacturer",
		"retailer", "carrier", "airline", "utility", "insurer", "lender", "brokerage",
		"conglomerate", "giant", "chain", NULL};
	static pl_wordset set = PL_WORDSET(w);
	return pl_in_set(&set, lemma);
}

/* Does the apposition after the comma at token c ("the French parts
** maker", "a Canadian gold producer") name a kind of company, not one of
** the state ("the central bank", "a state-owned producer")?  Its words up
** to four adjectives and nouns after an article, the last a lower-case
** business noun, the apposition closed by a comma, a verb, a preposition
** or the sentence's end. */
static int firm_apposition(const pl_token *tok, uint32_t n, uint32_t c)
{
	uint32_t j, e;
	if (c + 2 >= n || !(is(&tok[c + 1], "the") || is(&tok[c + 1], "a") || is(&tok[c + 1], "an")))
		return 0;
	for (e = c + 2; e < n && e < c + 7; e++) {
		int tg = tok[e].tag;
		if (tg != PL_T_JJ && tg != PL_T_NN && tg != PL_T_NNS && tg != PL_T_NNP &&
		    tg != PL_T_JJS && tg != PL_T_VBN && tg != PL_T_CD)
			break;
	}
	if (e == c + 2 || e >= n || e == c + 7 ||
	    !(tok[e].tag == PL_T_PPC || tok[e].tag == PL_T_PP || tok[e].tag == PL_T_IN ||
	      tok[e].tag == PL_T_VBD || tok[e].tag == PL_T_VBZ || tok[e].tag == PL_T_WDT))
		return 0;
	if ((tok[e - 1].flags & PL_TOK_CAP) || tok[e - 1].tag != PL_T_NN ||
	    !firm_apposition_head(lem(&tok[e - 1])))
		return 0;
	for (j = c + 2; j < e; j++)
		if (state_owned_word(&tok[j]))
			return 0;
	return 1;
}

/* The pre-pass's list of names the article shows to be companies' by what
** it says of them (pl_docctx.firm_w): a name of words no dictionary knows
** (unknown_name_word, up to three) before a possessive and a thing only a
** company has ("Brandbank's net profit"), after "shares of", before an
** apposition naming a kind of company ("Valmet, the French parts maker,"),
** before "said its" and such a thing or "said it" and a deal ("Brandbank
** said it acquired"), before a legal form anywhere in the story ("Kortex
** Systems Inc"), or after an "X-based" or a firm's trade ("Toronto-based
** Lacmont Mines", "mining firm Korbel Resources").  Not part of a longer
** name nor a surname the story gives a man.  Known for the whole article:
** its "Brandbank chairman Piet Vos" and "a Brandbank spokesman" are the
** company's, not the state's, and "Kortex Systems said" is the company. */
static void firm_scan(const pl_store *s, pl_docctx *ctx, const pl_token *tok, uint32_t n,
                      const pl_phrase **seen, pl_arena *a)
{
	const char **w = NULL, **e = NULL, **sur = NULL;
	size_t nw = 0, ne = 0, nsur = 0;
	uint32_t i, b, end;
	ctx->firm_nw = ctx->firm_nend = 0;
	for (i = 0; i < n; i++) {
		int firm = 0, based;
		if (!unknown_name_word(s, tok, seen, i))
			continue;
		/* (the name's last word: not one more of the name after it) */
		if (i + 1 < n && unknown_name_word(s, tok, seen, i + 1) &&
		    !(tok[i + 1].flags & PL_TOK_SSTART))
			continue;
		/* (a body named by its head noun, "the Valley Savings
		** Association": the bodies' file codes it, with its line) */
		if (body_head(s, lem(&tok[i])))
			continue;
		end = i + 1;
		if (end + 1 < n && tok[end].tag == PL_T_POS && firm_thing(tok[end + 1].low))
			firm = 1;
		else if (end < n && is(&tok[end], ",") && firm_apposition(tok, n, end))
			firm = 1;
		else if (end + 2 < n && is(&tok[end], "said") && is(&tok[end + 1], "its") &&
		         (firm_thing(tok[end + 2].low) ||
		          (end + 3 < n && tok[end + 2].tag == PL_T_JJ && firm_thing(tok[end + 3].low))))
			firm = 1;
		else if (end + 2 < n && is(&tok[end], "said") && is(&tok[end + 1], "it") &&
		         (firm_deal(lem(&tok[end + 2])) ||
		          (end + 4 < n && is(&tok[end + 2], "agreed") && is(&tok[end + 3], "to") &&
		           firm_deal(lem(&tok[end + 4])))))
			firm = 1;
		/* (the name's first word) */
		for (b = i; b > 0 && b + 3 > i && !(tok[b].flags & PL_TOK_SSTART) &&
		            unknown_name_word(s, tok, seen, b - 1); b--)
			;
		/* ("Brandbank NV" anywhere in the story: its legal form) */
		if (!firm && end < n && company_end(tok, end))
			firm = 1;
		if (!firm && b >= 2 && is(&tok[b - 1], "of") &&
		    (is(&tok[b - 2], "shares") || is(&tok[b - 2], "stock")) &&
		    !(end < n && (tok[end].flags & PL_TOK_CAP)))
			firm = 1;
		/* ("Toronto-based Lacmont Mines", "gold producer Lacmont": a
		** firm's home or its trade just before its name) */
		based = b > 0 && tok[b - 1].len > 6 &&
		        !strcmp(tok[b - 1].low + tok[b - 1].len - 6, "-based");
		if (!firm && b > 0 && (based ||
		    (tok[b - 1].tag == PL_T_NN && !(tok[b - 1].flags & PL_TOK_CAP) &&
		     firm_trade_before(lem(&tok[b - 1])))))
			firm = 1;
		/* (the whole name, no more of it before or after: not "Europe"
		** of "Ford Europe", "Jones" of "Jones and Vining Inc"; and no
		** man's surname) */
		if (!firm || (b > 0 && !(tok[b].flags & PL_TOK_SSTART) && !based &&
		              ((tok[b - 1].flags & PL_TOK_CAP) ||
		               ((is(&tok[b - 1], "and") || is(&tok[b - 1], "&")) && b > 1 &&
		                (tok[b - 2].flags & PL_TOK_CAP)))) ||
		    (end + 1 < n && (is(&tok[end], "and") || is(&tok[end], "&")) &&
		     (tok[end + 1].flags & PL_TOK_CAP)) ||
		    surname_of(s, tok, n, a, &sur, &nsur, tok[i].low))
			continue;
		if (!w) {
			w = pl_arena_alloc_raw(a, n * sizeof *w);
			e = pl_arena_alloc_raw(a, 2 * n * sizeof *e);
			if (!w || !e)
				return;
		}
		/* (its first word alone names it again: "Lacmont" after
		** "Lacmont Mines") */
		if (b < i)
			e[ne++] = tok[b].low;
		for (; b < end; b++)
			w[nw++] = tok[b].low;
		e[ne++] = tok[i].low;
	}
	if (!nw)
		return;
	keep_sorted(w, nw, &ctx->firm_w, &ctx->firm_nw);
	keep_sorted(e, ne, &ctx->firm_end, &ctx->firm_nend);
}

/* The words that name a company anywhere in the n sentences, sorted, in
** *nw: one pass over the text, so asking about each acronym costs a binary
** search, not another pass (an article of many acronyms stays linear).
** NULL when out of memory. */
static const char **company_words(const pl_sentan *an, uint32_t n, pl_arena *a, size_t *nw)
{
	const char **w;
	size_t ntok = 0;
	uint32_t si, j;
	for (si = 0; si < n; si++)
		ntok += an[si].t1 - an[si].t0;
	*nw = 0;
	if (!(w = pl_arena_alloc_raw(a, (ntok ? ntok : 1) * sizeof *w)))   /* filled from 0 */
		return NULL;
	for (si = 0; si < n; si++)
		for (j = an[si].t0; j < an[si].t1; j++)
			if (names_company(&an[si], j))
				w[(*nw)++] = an[si].tok[j].low;
	qsort(w, *nw, sizeof *w, cmp_word);
	return w;
}

/* Does the article name a company by word low?  (company_words when it
** could be made, else a pass over the text) */
static int named_company(const pl_sentan *an, uint32_t n, const char *low, const char **w,
                         size_t nw)
{
	uint32_t si, j;
	if (w)
		return bsearch(&low, w, nw, sizeof *w, cmp_word) != NULL;
	for (si = 0; si < n; si++)
		for (j = an[si].t0; j < an[si].t1; j++)
			if (pl_eq(an[si].tok[j].low, low) && names_company(&an[si], j))
				return 1;
	return 0;
}
/* Is code a role of people, not of a body (civilians, refugees, elites,
** opponents)?  Such a role a word inside a body's proper name gave ("the
** Family Planning Association", "the Refugee Welfare Society") gives way
** to the role of the body's head noun. */
static int people_role(const char *code)
{
	static const char *const r[] = {"CVL", "REF", "ELI", "OPP", NULL};
	size_t n = strlen(code);
	return n >= 3 && pl_in_list(code + n - 3, r);
}


void pl_sent_backfill(const pl_store *s, const pl_docctx *ctx, pl_sentan *an, uint32_t n, pl_arena *a)
{
	const char *cc = s->petrarch ? NULL : article_country(ctx);
	const char *late[16];      /* surnames of names coded here, by given name */
	int nlate = 0;
	const char **cw = NULL;     /* the words naming companies (company_words) */
	struct {
		const char *head, *code, *file;
		uint32_t line;
	} again[8];                 /* bodies of members named in full, in order */
	int nagain = 0;
	size_t ncw = 0;
	int cw_made = 0;
	uint32_t si;
	int k;
	/* (the article's country for bare roles of a state or a people, ""
	** when it has none; bodies of no state, IGO, NGO, business, stand
	** alone) */
	for (si = 0; !s->petrarch && si < n; si++)
		for (k = 0; k < an[si].nnp; k++) {
			pl_np *np = &an[si].np[k];
			if (np->agent_only && np->code && strlen(np->code) == 3 && !np->role_first &&
			    strcmp(np->code, "BUS") && strcmp(np->code, "NGO") && strcmp(np->code, "IGO") &&
			    strcmp(np->code, "MNC"))
				np->acode = !cc || np->unplaced ? "" : np->body_officer ? cc : join(a, cc, np->code);
		}
	/* a surname met before the full name that the article gives later
	** ("Howard denies split" in a headline, "Michael Howard has denied"
	** below it): the name's code, as if it had come first */
	for (si = 0; !s->petrarch && si < n; si++)
		for (k = 0; k < an[si].nnp; k++) {
			pl_np *np = &an[si].np[k];
			const char *c, *file = NULL;
			uint32_t line = 0;
			if (np->code || np->poss_code || np->pronoun || !surname_at_end(an[si].tok, np) ||
			    !(np->t1 - np->t0 == 1 || titled_name(an[si].tok, np)))
				continue;
			if ((c = remembered(ctx, an[si].tok[np->t1 - 1].low, &file, &line)) != NULL) {
				np->code = c;
				np->how = PL_HOW_MEMORY;
				np->file = file;
				np->line = line;
			}
		}
	/* a market's people no market, firm or nearby country placed
	** ("money traders said" four sentences after "the Bank of Japan"):
	** of the article's country, else of the one its whole story points
	** to (not the bare "dlrs" alone) */
	for (si = 0; !s->petrarch && si < n; si++)
		for (k = 0; k < an[si].nnp; k++) {
			pl_np *np = &an[si].np[k];
			const char *mc = cc;
			if (!np->market_bare || !np->agent_only || !np->code || np->icode ||
			    !pl_eq(np->code, "BUS"))
				continue;
			if (!mc && story_of(s, ctx) && !ctx->story_weak)
				mc = ctx->story_cc;
			if (mc)
				np->icode = join(a, mc, "BUS");
		}
	for (si = 0; cc && si < n; si++)
		for (k = 0; k < an[si].nnp; k++) {
			pl_np *np = &an[si].np[k];
			const pl_token *tok = an[si].tok;
			if (np->agent_only && np->code && !np->icode && !np->of_np1 && strlen(np->code) == 3 &&
			    strcmp(np->code, "BUS") && !np->unplaced) {
				np->icode = np->body_officer ? cc : np->role_first ? join(a, np->code, cc)
				                                                   : join(a, cc, np->code);
			} else if (!np->code && !np->poss_code && !np->pronoun &&
			           tok[np->t1 - 1].tag == PL_T_NNP && titled_name(tok, np)) {
				np->code = cc;
				np->how = PL_HOW_CONTEXT;
				np->person = 1;
			} else if (!np->code && !np->poss_code && !np->pronoun && surname_at_end(tok, np) &&
			           given_name(s, tok, np) < np->t1) {
				/* (a name by a given name met before the article had
				** its country: "Frederick Holt", and "Holt" after it) */
				np->code = cc;
				np->how = PL_HOW_CONTEXT;
				np->person = 1;
				if (nlate < 16)
					late[nlate++] = tok[np->t1 - 1].low;
			} else if (!np->code && !np->poss_code && !np->pronoun && nlate &&
			           surname_at_end(tok, np) && np->t1 - np->t0 == 1) {
				int q;
				for (q = 0; q < nlate; q++)
					if (pl_eq(late[q], tok[np->t0].low)) {
						np->code = cc;
						np->how = PL_HOW_MEMORY;
					}
			}
		}
	/* "the RSPCA said", "the Countryside Alliance condemned the vote": a
	** body the dictionaries do not know, named by its proper name as the
	** subject of a verb, is of the article's country, in the role its head
	** noun tells (body_name; an object is left alone: "joined the Ramblers
	** Association" says less of whose it is).  A body of firms ("the
	** National Association of Realtors said") is business even in a story
	** that names no country: bare BUS, as "the company" is.  Named so, a
	** body of members is the one "the association" or "the federation"
	** later names by its head alone (again). */
	for (si = 0; !s->petrarch && si < n; si++)
		for (k = 0; k < an[si].nvg; k++) {
			const pl_vg *g = &an[si].vg[k];
			pl_np *np;
			const char *role;
			const pl_bodyhead *ev;
			const pl_token *h;
			int q;
			if (g->subj < 0 || !g->finite || g->nominal)
				continue;
			np = &an[si].np[g->subj];
			h = &an[si].tok[np->t1 - 1];
			/* ("the association said" after "the Sugar Users
			** Association": that body) */
			if (!np->code && !np->poss_code && !np->pronoun && np->t1 - np->t0 == 2 &&
			    is(&an[si].tok[np->t0], "the") && !(h->flags & PL_TOK_CAP)) {
				for (q = nagain - 1; q >= 0; q--)
					if (pl_eq(again[q].head, lem(h))) {
						np->code = again[q].code;
						np->how = PL_HOW_MEMORY;
						np->file = again[q].file;
						np->line = again[q].line;
						break;
					}
				continue;
			}
			/* ("the banking association said", "the sugar industry
			** federation": a body of firms named in lower case, of the
			** article's country, else of none) */
			if (!np->code && !np->poss_code && !np->pronoun &&
			    (role = lower_trade_body(an[si].tok, np)) != NULL) {
				np->code = cc ? join(a, cc, role) : role;
				np->how = cc ? PL_HOW_CONTEXT : PL_HOW_PHRASE;
				continue;
			}
			/* (a bare role the dictionary gave the head gives way to
			** the body's full name: "the Council for the Protection of
			** Rural England" is no government; so does one a word inside
			** the name gave: "the Family Planning Association" is no
			** family) */
			if ((np->code && !(np->agent_only && (name_tail(an[si].tok, np, an[si].t1) > np->t1 ||
			                                      people_role(np->code)))) ||
			    np->poss_code || np->pronoun || np->person ||
			    (role = body_name(s, an[si].tok, np, an[si].t1, &ev)) == NULL ||
			    (!cc && !pl_eq(role, "BUS")))
				continue;
			/* ("the German Savings Banks and Giro Association": a name
			** the chunks cut at its "and" tells its members before it;
			** not a list of bodies, "the Bankers Association and
			** Hill Walkers Association") */
			if (pl_eq(role, "NGO") && g->subj > 0 && np->t0 >= 2 &&
			    is(&an[si].tok[np->t0 - 1], "and") &&
			    an[si].np[g->subj - 1].t1 + 1 == np->t0 &&
			    (an[si].tok[np->t0 - 2].flags & PL_TOK_CAP) &&
			    !member_head(lem(&an[si].tok[np->t0 - 2])) &&
			    trade_body(an[si].tok, an[si].np[g->subj - 1].t0, np->t0 - 1))
				role = "BUS";
			np->agent_only = 0;
			np->icode = NULL;
			if (!role[0] && np->t1 - np->t0 == 1) {
				if (!cw_made) {
					cw = company_words(an, n, a, &ncw);
					cw_made = 1;
				}
				if (named_company(an, n, an[si].tok[np->t0].low, cw, ncw))
					continue;
			}
			np->code = !cc ? role : role[0] ? join(a, cc, role) : cc;
			np->how = cc ? PL_HOW_CONTEXT : PL_HOW_PHRASE;
			np->file = ev ? ev->file : NULL;
			np->line = ev ? ev->line : 0;
			if (member_head(lem(h)) && (h->flags & PL_TOK_CAP)) {
				if (nagain == (int)(sizeof again / sizeof again[0])) {
					memmove(again, again + 1, sizeof again[0] * (size_t)(nagain - 1));
					nagain--;
				}
				again[nagain].head = lem(h);
				again[nagain].code = np->code;
				again[nagain].file = np->file;
				again[nagain].line = np->line;
				nagain++;
			}
		}
}

/* Where the name of a body that chunk np opens ends, when of- and
** for-phrases of capitalised words run it on ("the Council for the
** Protection of Rural England", "the Campaign for Nuclear Disarmament"):
** np->t1 when none does.  end: the end of the sentence. */
static uint32_t name_tail(const pl_token *tok, const pl_np *np, uint32_t end)
{
	uint32_t j = np->t1, k;
	while (j + 1 < end && j < np->t1 + 8 && (pl_eq(tok[j].low, "of") || pl_eq(tok[j].low, "for"))) {
		k = j + 1;
		if (pl_eq(tok[k].low, "the"))
			k++;
		if (k >= end || !(tok[k].flags & PL_TOK_CAP))
			break;
		while (k < end && (tok[k].flags & PL_TOK_CAP) &&
		       (PL_TAG_IS_NOUN(tok[k].tag) || tok[k].tag == PL_T_JJ))
			k++;
		j = k;
	}
	return j;
}

/* The line of dict/bodies.tsv for a body's head noun lemma ("association":
** NGO), or NULL. */
static const pl_bodyhead *body_head(const pl_store *s, const char *lemma)
{
	return pl_hash_get(&s->bodies, lemma, strlen(lemma));
}

/* Does the name in tokens [t, e) say its members are firms ("the Hampshire
** Hotel Association", "the Confederation of Welsh Industry", "the Sugar
** Users Association", whose users are the refiners and food makers that
** buy it, "the Grain Processors Federation", "the National Association of
** Realtors", "Valley Federal Savings and Loan Association", a thrift)?
** Such a body is business (BUS), not a body of citizens. */
static int trade_body(const pl_token *tok, uint32_t t, uint32_t e)
{
	static const char *const w[] = {"industry", "business", "retail", "retailer", "hotel",
		"employer", "manufacturer", "commerce", "chamber", "bank", "banker", "insurer", "lender",
		"builder", "haulage", "brewer", "restaurant", "shipowner", "exporter", "importer", "trader",
		"railroad", "airline", "producer", "dealer", "user", "processor", "refiner", "packer",
		"shipper", "broker", "wholesaler", "distributor", "supplier", "merchant", "realtor",
		"savings", "loan", "mortgage", NULL};
	char one[32];
	size_t n;
	for (; t < e; t++) {
		if (pl_in_list(lem(&tok[t]), w))
			return 1;
		/* (a capitalised plural keeps its "s" as its lemma: "Users") */
		n = strlen(tok[t].low);
		if ((tok[t].flags & PL_TOK_CAP) && n > 3 && n < sizeof one && tok[t].low[n - 1] == 's') {
			memcpy(one, tok[t].low, n - 1);
			one[n - 1] = '\0';
			if (pl_in_list(one, w))
				return 1;
		}
	}
	return 0;
}

static int states_group_at(const pl_token *tok, uint32_t i, uint32_t t1);

/* Is token j, in the name of a body in tokens [t, e), the apostrophe of
** its members' plural ("the Hanbit Traders' Association", "the Coffee
** Growers' Federation"): after a capitalised plural noun, inside the name? */
static int members_mark(const pl_token *tok, uint32_t t, uint32_t j, uint32_t e)
{
	return tok[j].tag == PL_T_POS && j > t && j + 1 < e && (tok[j - 1].flags & PL_TOK_CAP) &&
	       (tok[j - 1].tag == PL_T_NNS || tok[j - 1].tag == PL_T_NNPS);
}

/* Is chunk np the proper name of a body: "the Countryside Alliance", "the
** Electoral Commission" (two to five capitalised nouns, the first a proper
** one, the last an organisation noun), or an acronym of two to six capitals ("the RSPCA",
** "BAA") that is not a unit, a currency or a common abbreviation?  Returns
** the role the head noun tells ("NGO" for an alliance), "" for none (an
** acronym, a "Federation" of workers or of firms), NULL for no body.
** end: the end of the sentence. */
static const char *body_name(const pl_store *s, const pl_token *tok, const pl_np *np, uint32_t end,
                             const pl_bodyhead **ev)
{
	/* (heads that, followed by what the body is for, name a body of
	** citizens: "the Council for the Protection of Rural England") */
	static const char *const ngo_of[] = {"council", "federation", "confederation", NULL};
	static const char *const any[] = {"federation", "council", "board", "organisation",
		"organization", "confederation", "forum", "service", "executive", "committee", "fund",
		"centre", NULL};
	/* (all capitals, yet no bodies: units, money, titles, things) */
	static const char *const notbody[] = {"tv", "mp", "mps", "msp", "msps", "mep", "meps", "pm",
		"am", "ceo", "cfo", "gdp", "gnp", "vat", "gmt", "bst", "est", "edt", "pst", "pc", "pcs",
		"dna", "hiv", "aids", "id", "it", "ok", "cd", "dvd", "sms", "ad", "bc", "qc", "ok", "gbp",
		"usd", "eur", "stg", "dlr", "dlrs", "yen", "kg", "km", "mw", "kw", "bpd", "mph", "pct",
		"ipo", "eps", "asap", "faq", "atm", "nhs", "asbo", "asbos", "mrsa", "sars", "ict", "it",
		"i", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "usa", "uk", "us", "eu", "un",
		"gb", "ni", "ec", "ecu", "libor", "ltd", "plc", "inc", "co", "corp", "llc", "nv", "ag", "sa", "jr", "sr", NULL};
	uint32_t t = np->t0, j, h = np->t1 - 1, e = name_tail(tok, np, end);
	const char *head;
	const pl_bodyhead *b;
	*ev = NULL;
	if (t < np->t1 && pl_eq(tok[t].low, "the"))
		t++;
	/* ("a Department for Constitutional Affairs spokesman": the chunk
	** stops at the article's body and the title after its name, whose
	** man speaks for it, is left out of it: the body's name with "a" is
	** his) */
	else if (t < np->t1 && (pl_eq(tok[t].low, "a") || pl_eq(tok[t].low, "an")) && e > np->t1 &&
	         e < end && !(tok[e].flags & PL_TOK_CAP) && PL_TAG_IS_NOUN(tok[e].tag) &&
	         body_title(lem(&tok[e])))
		t++;
	if (t >= np->t1)
		return NULL;
	if (e > np->t1 && np->t1 - t <= 5 && !(tok[h].flags & PL_TOK_ALLCAP)) {
		/* ("Group of Five officials": a group of states, no body of
		** citizens) */
		if (states_group_at(tok, h, end))
			return NULL;
		for (j = t; j < np->t1; j++)
			if ((!(tok[j].flags & PL_TOK_CAP) || !PL_TAG_IS_NOUN(tok[j].tag)) &&
			    !members_mark(tok, t, j, np->t1))
				return NULL;
		head = tok[h].low;
		/* (a body of the state or of citizens only: "the Bank of New
		** York" is a firm of its own country) */
		if ((b = body_head(s, head)) != NULL && !pl_in_list(head, any) &&
		    (pl_eq(b->role, "GOV") || pl_eq(b->role, "NGO"))) {
			*ev = b;
			return pl_eq(b->role, "NGO") && trade_body(tok, t, e) ? "BUS" : b->role;
		}
		if (pl_in_list(head, ngo_of))
			return trade_body(tok, t, e) ? "BUS" : "NGO";
		return NULL;
	}
	/* (a headline in capitals names nothing by its capitals) */
	if ((np->t1 - t == 1 || (tok[h].flags & PL_TOK_ALLCAP)) && np->t1 < end &&
	    (tok[np->t1].flags & PL_TOK_ALLCAP))
		return NULL;
	if (np->t1 - t == 1) {
		const pl_token *x = &tok[t];
		if (!(x->flags & PL_TOK_ALLCAP) || x->len > 6 || x->tag != PL_T_NNP ||
		    pl_in_list(x->low, notbody))
			return NULL;
		for (j = 0; j < x->len; j++)
			if (x->s[j] < 'A' || x->s[j] > 'Z')
				return NULL;
		return "";
	}
	if (np->t1 - t > 5)
		return NULL;
	/* (the first word a proper noun, not capitalised for opening the
	** sentence alone; after it, capitalised nouns the tagger took for
	** common ones: "the Moorland Hawk Society") */
	/* (or a common noun capitalised after the article: "the Charity
	** Commission") */
	if (tok[t].tag != PL_T_NNP && tok[t].tag != PL_T_NNPS &&
	    !(t > np->t0 && (tok[t].tag == PL_T_NN || tok[t].tag == PL_T_NNS) && (tok[t].flags & PL_TOK_CAP)))
		return NULL;
	for (j = t; j < np->t1; j++)
		if ((!(tok[j].flags & PL_TOK_CAP) || (tok[j].tag != PL_T_NNP && tok[j].tag != PL_T_NNPS &&
		     tok[j].tag != PL_T_NN && tok[j].tag != PL_T_NNS)) &&
		    !members_mark(tok, t, j, np->t1))
			return NULL;
	head = tok[h].low;
	if (tok[h].flags & PL_TOK_ALLCAP)
		return NULL;
	/* (a firm's or a union's name says too little of whose it is: those
	** heads serve the owners of titles only) */
	if ((b = body_head(s, head)) != NULL && !pl_in_list(head, any) && !pl_eq(b->role, "BUS") &&
	    !pl_eq(b->role, "LAB")) {
		*ev = b;
		return pl_eq(b->role, "NGO") && trade_body(tok, t, np->t1) ? "BUS" : b->role;
	}
	if (pl_in_list(head, any))
		return "";
	return NULL;
}

/* "the new Veritas party", "the Forward party": a party no dictionary
** knows, by a capitalised name (a noun or an adjective) before a
** lower-case "party" (a capital opening the sentence says nothing).  Returns its role, PTY, from the
** head noun's row of dict/bodies.tsv; NULL for no such chunk.  Chunk np
** in the sentence from t0. */
static const char *party_by_name(const pl_store *s, const pl_token *tok, const pl_np *np,
                                 uint32_t t0, const pl_bodyhead **ev)
{
	uint32_t h = np->t1 - 1;
	const pl_bodyhead *b;
	if (h <= np->t0 || h - 1 <= t0 || !pl_eq(tok[h].low, "party") || (tok[h].flags & PL_TOK_CAP) ||
	    !(tok[h - 1].flags & PL_TOK_CAP) || (tok[h - 1].flags & PL_TOK_ALLCAP) ||
	    !(PL_TAG_IS_NOUN(tok[h - 1].tag) || tok[h - 1].tag == PL_T_JJ) ||
	    (b = body_head(s, "party")) == NULL)
		return NULL;
	*ev = b;
	return b->role;
}

/* "the campaign group Fair Votes Now", "the charity Shelter Aid": a chunk
** that says what a body is in lower case (a head noun of dict/bodies.tsv)
** before its proper name, which ends the chunk.  The role that noun tells
** (not a firm's, nor the state's); a "group" only when what it campaigns
** for says so (a "retail group" is a firm's); NULL for no such chunk. */
static const char *described_body(const pl_store *s, const pl_token *tok, const pl_np *np,
                                  const pl_bodyhead **ev)
{
	static const char *const cause[] = {"campaign", "pressure", "lobby", "rights", "action",
		"protest", "advocacy", "environmental", "charity", "anti-war", "civil", NULL};
	uint32_t t = np->t0, h, j;
	const pl_bodyhead *b;
	if (t < np->t1 && tok[t].tag == PL_T_DT)
		t++;
	for (h = t; h < np->t1 && !(tok[h].flags & PL_TOK_CAP); h++)
		;
	if (h == t || h >= np->t1 || !PL_TAG_IS_NOUN(tok[h - 1].tag))
		return NULL;
	for (j = h; j < np->t1; j++)
		if (!(tok[j].flags & PL_TOK_CAP))
			return NULL;
	/* (a firm's country the context seldom gives: "research firm Point
	** Topic") */
	if ((b = body_head(s, lem(&tok[h - 1]))) == NULL || pl_eq(b->role, "GOV") ||
	    pl_eq(b->role, "BUS") || pl_eq(lem(&tok[h - 1]), "network"))
		return NULL;
	if (pl_eq(lem(&tok[h - 1]), "group")) {
		for (j = t; j + 1 < h && !pl_in_list(lem(&tok[j]), cause); j++)
			;
		if (j + 1 >= h)
			return NULL;
	}
	*ev = b;
	return b->role;
}

/* Is chunk np a person's name after a courtesy title ("Mr Leigh", "Prof
** Jane Smith", "Lord Falconer"), all of it capitalised names? */
static int titled_name(const pl_token *tok, const pl_np *np)
{
	static const char *const w[] = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir",
		"lord", "lady", "baroness", "baron", "dame", NULL};
	uint32_t j, t;
	int i;
	for (t = np->t0; t < np->t1 && (tok[t].tag == PL_T_DT || tok[t].tag == PL_T_JJ); t++)
		;
	if (t + 1 >= np->t1 || np->t1 - t > 4)
		return 0;
	/* (the title or it with a period, "Dr."; the first letter first, so
	** that most titles are passed over with no call) */
	for (i = 0; w[i]; i++)
		if (tok[t].low[0] == w[i][0] &&
		    (pl_eq(tok[t].low, w[i]) || (!strncmp(tok[t].low, w[i], strlen(w[i])) &&
		                                 pl_eq(tok[t].low + strlen(w[i]), "."))))
			break;
	if (!w[i])
		return 0;
	for (j = t + 1; j < np->t1; j++)
		if (tok[j].tag != PL_T_NNP && !(tok[j].flags & PL_TOK_CAP))
			return 0;
	return 1;
}

/* Is lemma the head noun of a public body of the state in dict/bodies.tsv
** ("commission", "agency", "authority"), which a role word may describe
** in a name ("the Charity Commission")?  Bodies of citizens are left
** alone: their role words say whom they gather ("the Coffee Growers
** Association", "the Banks Association"). */
static int state_head(const pl_store *s, const char *lemma)
{
	const pl_bodyhead *b = body_head(s, lemma);
	return b && pl_eq(b->role, "GOV");
}

/* Does titled name np ("Lord Dubs", "Baroness Young of Old Scone") begin
** with a peer's title?  Not "Lady Smith" (a knight's wife has it too) nor
** "Lord Justice May" (a judge; the dictionaries take those titles). */
static int peer_title(const pl_token *tok, const pl_np *np)
{
	static const char *const w[] = {"lord", "baroness", "baron", NULL};
	uint32_t t;
	for (t = np->t0; t < np->t1 && (tok[t].tag == PL_T_DT || tok[t].tag == PL_T_JJ); t++)
		;
	return t + 1 < np->t1 && pl_in_list(tok[t].low, w) && !is(&tok[t + 1], "justice") &&
	       !is(&tok[t + 1], "chancellor") && !is(&tok[t + 1], "chief");
}

/* Is chunk p a subject pronoun ("he", "she", "I", "we") joined by "and"
** to chunk o, a coded actor, before a verb of acting together ("said he
** and President Chirac had agreed", "Mr Putin and I agreed")?  The pair
** is one compound subject, each side the other's partner; the pronoun's
** actor is found later as for any pronoun. */
static int subject_pronoun_of(const pl_store *s, const pl_token *tok, uint32_t t0, uint32_t t1,
                              const pl_np *p, const pl_np *o)
{
	static const char *const subj[] = {"he", "she", "i", "we", NULL};
	static const char *const aux[] = {"have", "be", "do", NULL};
	static const char *const mutual[] = {"agree", "sign", "meet", "talk", "discuss", "negotiate",
		"cooperate", "co-operate", "collaborate", "reconcile", NULL};
	const pl_token *b;
	uint32_t e = p->t1 > o->t1 ? p->t1 : o->t1, j;
	/* (joined by a bare "and": "the government, and I hope ..." is an aside) */
	if (s->petrarch || !p->pronoun || p->code || !o->code || o->pronoun || p->t1 - p->t0 != 1 ||
	    !pl_in_list(tok[p->t0].low, subj) ||
	    !(p->t0 < o->t0 ? p->t1 + 1 == o->t0 && is(&tok[p->t1], "and")
	                    : o->t1 + 1 == p->t0 && is(&tok[o->t1], "and")))
		return 0;
	/* (only before a verb the two do with each other: "he and Mr Reagan
	** misled the public" is two doers of one deed, and a later "he" may
	** stand for either) */
	for (j = e; j < t1 && j < e + 4 && !PL_TAG_IS_VERB(tok[j].tag) && tok[j].tag != PL_T_MD; j++)
		if (is(&tok[j], ".") || is(&tok[j], ","))
			return 0;
	while (j < t1 && j < e + 5 && (tok[j].tag == PL_T_MD || pl_in_list(lem(&tok[j]), aux)))
		j++;
	if (j >= t1 || j >= e + 5 || !PL_TAG_IS_VERB(tok[j].tag) || !pl_in_list(lem(&tok[j]), mutual))
		return 0;
	if (p->t0 < o->t0)
		return 1;
	/* "X and I" opens a clause only where X does ("met the Prime Minister
	** and I told him" is two clauses) */
	if (o->t0 == t0)
		return 1;
	b = &tok[o->t0 - 1];
	return is(b, "that") || is(b, ",") || is(b, ":") || (b->flags & PL_TOK_QOPEN) ||
	       (PL_TAG_IS_VERB(b->tag) && pl_eq(lem(b), "say"));
}

/* subject_pronoun_of, asked of every pair of chunks in a row that one of
** them leaves uncoded: the test that turns away all but a lone pronoun is
** made before the call. */
static inline int subject_pronoun_by(const pl_store *s, const pl_token *tok, uint32_t t0, uint32_t t1,
                                     const pl_np *p, const pl_np *o)
{
	if (!p->pronoun || p->code || !o->code || p->t1 - p->t0 != 1)
		return 0;
	return subject_pronoun_of(s, tok, t0, t1, p, o);
}

/* Is chunk q a member of a compound ("he and President Chirac"): does a
** neighbour share its group?  Such a pronoun is one side of a pair, not
** the whole subject that may stand for the speaker's chunk. */
static int in_compound(const pl_sentan *out, int q)
{
	return (q > 0 && out->np[q - 1].group == out->np[q].group) ||
	       (q + 1 < out->nnp && out->np[q + 1].group == out->np[q].group);
}

/* Does verb group g hold a modal ("will have", "would be")? */
static int has_modal(const pl_token *tok, const pl_vg *g)
{
	uint32_t j;
	for (j = g->t0; j < g->v; j++)
		if (tok[j].tag == PL_T_MD)
			return 1;
	return 0;
}

/* The subject of verb group k coordinated after "and", "but", "or": that
** of the verb before, but over an infinitive to the finite verb it hangs
** on ("was advised to exercise judgement and said": he said), and from a
** reported clause with a modal back to the verb of saying when k has none
** ("The premier insisted Mr Brown will have a role, and praised him": the
** premier praised). */
/* Does finite verb group m open a subordinate clause: its subject right
** after "when", "because", "although" ... ("until 1992, when Major won"),
** or after an "as" that opens the sentence ("As Howard began his tour,
** Kennedy said"; an "as" inside one may be "such as", "as well as")? */
static int subordinate(const pl_token *tok, const pl_sentan *out, int m)
{
	static const char *const w[] = {"when", "while", "because", "although", "though", "whereas",
		"if", "unless", "since", "after", "before", "until", "once", "whether", NULL};
	static pl_wordset set = PL_WORDSET(w);
	int q = out->vg[m].subj;
	uint32_t b = q >= 0 ? out->np[q].t0 : out->vg[m].t0;
	return b > out->t0 && (pl_in_set(&set, tok[b - 1].low) || (b == out->t0 + 1 && is(&tok[out->t0], "as")));
}

/* The earlier verb of saying whose reported clause holds finite verb group
** m: its subject comes after that verb ("Howard said his team had
** agreed"); -1 when none. */
static int reporter_of(const pl_sentan *out, int m)
{
	int r, q = out->vg[m].subj;
	uint32_t at = q >= 0 ? out->np[q].t0 : out->vg[m].t0;
	for (r = m - 1; r >= 0; r--)
		if (out->vg[r].finite && out->vg[r].reporting && out->vg[r].subj >= 0 && at >= out->vg[r].t1)
			return r;
	return -1;
}

/* The outermost verb of saying over verb of saying r, when r itself is
** reported ("Mr Blair acknowledged some people believed he was too close,
** but said ...": the "said" joined after both, past a comma, is Mr
** Blair's, not the people's; with no comma, "said the agent told him X
** and suggested Y", it is the inner speaker's). */
static int outer_reporter(const pl_sentan *out, int r)
{
	int up;
	while ((up = reporter_of(out, r)) >= 0 && out->np[out->vg[r].subj].t0 >= out->vg[up].t1)
		r = up;
	return r;
}

/* Does verb group g name an act done in words that a reported clause does
** not tell of on its own ("promised", "urged", "vowed"), in the past or
** the present of a report: joined after the clause, it is the speaker's, as
** a verb of saying is (a bare "urge" or "criticize" goes on the clause). */
static int speech_act(const pl_token *tok, const pl_sentan *out, const pl_vg *g)
{
	static const char *const w[] = {"promise", "pledge", "vow", "urge", "concede", "accuse",
		"appeal", "demand", "criticise", "criticize", "condemn", "praise", NULL};
	if (tok[g->v].tag != PL_T_VBD && tok[g->v].tag != PL_T_VBZ)
		return 0;
	/* "called for talks", "called on ministers to act": an appeal, as
	** "appeal" and "urge" are */
	if (pl_eq(lem(&tok[g->v]), "call") && g->v + 1 < out->t1 &&
	    (is(&tok[g->v + 1], "for") || is(&tok[g->v + 1], "on")))
		return 1;
	return pl_in_list(lem(&tok[g->v]), w);
}

/* Is gerund group g a judgement or an appeal made in words ("criticising
** the council", "branding the scheme a shambles", "urging ministers to
** act")?  Put after a comma behind a reported clause, it tells more of
** what the speaker said, as "adding that" does, not of what the clause's
** subject did. */
static int speech_gerund(const pl_token *tok, const pl_vg *g)
{
	static const char *const w[] = {"accuse", "criticise", "criticize", "condemn", "praise",
		"brand", "describe", "label", "urge", "appeal", "demand", "promise", "pledge", "vow",
		"blame", "attack", "deride", "dismiss", "hail", "call", "question", NULL};
	static pl_wordset w_set = PL_WORDSET(w);
	return g->gerund && pl_in_set(&w_set, lem(&tok[g->v]));
}

/* Does verb group g name a refusal, reproach or welcome that only an actor
** makes ("refused", "rejected", "blamed"), in the past or the present of a
** report?  Unlike the acts above it is as often the reported clause's own
** ("said the court had heard the case and rejected the appeal"), so it
** goes to the speaker only when that clause is about a thing. */
static int actor_act(const pl_token *tok, const pl_vg *g)
{
	static const char *const w[] = {"refuse", "reject", "welcome", "threaten", "apologise",
		"apologize", "dismiss", "blame", NULL};
	return (tok[g->v].tag == PL_T_VBD || tok[g->v].tag == PL_T_VBZ) && pl_in_list(lem(&tok[g->v]), w);
}

/* Is chunk q, the subject of a reported clause, a thing that does no act
** in words: no actor code, no person, no pronoun but "it" ("his comments",
** "the figures", "it"); a clause with no subject ("there would be") too. */
static int thing_subject(const pl_token *tok, const pl_sentan *out, int q)
{
	const pl_np *np;
	if (q < 0)
		return 1;
	np = &out->np[q];
	if (np->code || np->person)
		return 0;
	return !np->pronoun || is(&tok[np->t0], "it");
}

/* The first passive verb group before token b, over adverbs and the
** conjunction that joins it ("was hit by a missile and also ..."), or the
** comma when comma is set: the subject it has; -1 when the word before is
** no joint or no passive group stands there. */
static int joined_passive_subject(const pl_token *tok, const pl_sentan *out, uint32_t t0, int k, uint32_t b,
                                  int comma)
{
	int m;
	while (b > t0 && (tok[b - 1].tag == PL_T_RB || tok[b - 1].tag == PL_T_RBR))
		b--;
	if (b <= t0 || !(is(&tok[b - 1], "and") || is(&tok[b - 1], "but") || is(&tok[b - 1], "or") ||
	                 (comma && is(&tok[b - 1], ","))))
		return -1;
	for (m = k - 1; m >= 0 && out->vg[m].t0 >= b; m--)
		;
	if (m < 0 || !out->vg[m].passive || !out->vg[m].finite || out->vg[m].subj < 0)
		return -1;
	return out->vg[m].subj;
}

/* Does a 'by' phrase follow the participle of verb group g, past a few
** words of time or place ("struck on Friday by an Iranian missile")?  Only
** then is it surely passive: a past tense the tagger took for a participle
** ("launched by Baker and called on banks to lend") has none. */
static int by_agent_after(const pl_token *tok, const pl_sentan *out, const pl_vg *g)
{
	uint32_t j;
	for (j = g->v + 1; j < out->t1 && j <= g->v + 5; j++) {
		if (is(&tok[j], "by"))
			return 1;
		if (is(&tok[j], ",") || is(&tok[j], "and") || tok[j].tag == PL_T_PP ||
		    tok[j].tag == PL_T_VBD || tok[j].tag == PL_T_VBZ || tok[j].tag == PL_T_VBP)
			return 0;
	}
	return 0;
}

/* The patient of passive participle k that has no chunk right before it:
** one joined to a finite passive verb shares its subject ("the tanker was
** hit by a missile and then struck by a second", "was hit ..., also
** believed struck by an Iranian missile"); so does one after "believed"
** or "reported", whose subject it takes ("was believed struck by"): the
** 'by' phrase names the agent and the subject stays what was acted on. */
static int passive_patient_before(const pl_token *tok, const pl_sentan *out, uint32_t t0, int k)
{
	static const char *const hedge[] = {"believe", "report", "think", "fear", "say", NULL};
	const pl_vg *g = &out->vg[k], *h = &out->vg[k - 1];
	if (!by_agent_after(tok, out, g))
		return -1;
	if (h->t1 == g->t0 && h->v + 1 == g->t0 && pl_in_list(lem(&tok[h->v]), hedge)) {
		if (h->subj >= 0)
			return h->subj;
		return joined_passive_subject(tok, out, t0, k - 1, h->t0, 1);
	}
	/* no comma here: "hit by a missile, fired by Iran" is the missile's */
	return joined_passive_subject(tok, out, t0, k, g->t0, 0);
}

static int coordinated_subject(const pl_token *tok, const pl_sentan *out, int k)
{
	const pl_vg *g = &out->vg[k];
	int m = k - 1, rep;
	while (m > 0 && (!out->vg[m].finite || subordinate(tok, out, m)))
		m--;
	if (!out->vg[m].finite)
		return out->vg[k - 1].subj;
	/* "said his team had agreed, but admitted it was hard": a verb of
	** saying joined after a reported clause is the speaker's */
	if ((g->reporting || speech_act(tok, out, g)) && !out->vg[m].reporting && (rep = reporter_of(out, m)) >= 0)
		return out->vg[g->t0 >= out->t0 + 2 && is(&tok[g->t0 - 2], ",") ? outer_reporter(out, rep) : rep].subj;
	/* "said his comments were not racist and refused to apologise": the
	** comments refuse nothing; the speaker does */
	if (actor_act(tok, g) && !out->vg[m].reporting && (rep = reporter_of(out, m)) >= 0 &&
	    thing_subject(tok, out, out->vg[m].subj))
		return out->vg[rep].subj;
	/* "rejected the idea that the changes were a shake-up and said ...":
	** a verb of saying joined after a that-clause is the speaker's of the
	** verb the clause hangs on */
	if (g->reporting && !out->vg[m].reporting) {
		int q = out->vg[m].subj, r;
		uint32_t b = q >= 0 ? out->np[q].t0 : out->vg[m].t0;
		if (b > out->t0 && is(&tok[b - 1], "that"))
			for (r = m - 1; r >= 0; r--)
				if (out->vg[r].finite && out->vg[r].subj >= 0 && out->vg[r].t0 < b &&
				    out->np[out->vg[r].subj].t0 < out->vg[r].t0)
					return out->vg[r].subj;
	}
	/* a list of predicates: "summed up the case, denounced the ruling and
	** said ...": a verb after a comma with no subject of its own takes
	** that of the finite verb before it */
	while (g->finite && out->vg[m].subj < 0 && m > 0) {
		uint32_t b = out->vg[m].t0, c;
		int r;
		while (b > out->t0 && tok[b - 1].tag == PL_T_RB)
			b--;
		if (b <= out->t0 || !is(&tok[b - 1], ","))
			break;
		for (r = m - 1; r >= 0 && !out->vg[r].finite; r--)
			;
		/* not from a relative or subordinate clause ("the board, which
		** doubted a decree that would require a sale, met and ...") */
		if (r < 0 || out->vg[r].subj < 0 || subordinate(tok, out, r))
			break;
		c = out->np[out->vg[r].subj].t0;
		if (out->vg[r].t0 < c)
			break;
		while (c > out->t0 && tok[c - 1].tag != PL_T_WDT && tok[c - 1].tag != PL_T_WP &&
		       tok[c - 1].tag != PL_T_WPS && !is(&tok[c - 1], "that") && c + 3 > out->np[out->vg[r].subj].t0)
			c--;
		if (c > out->t0 && (tok[c - 1].tag == PL_T_WDT || tok[c - 1].tag == PL_T_WP ||
		    tok[c - 1].tag == PL_T_WPS || is(&tok[c - 1], "that")))
			break;
		if (tok[out->vg[r].t0 - 1].tag == PL_T_WDT || tok[out->vg[r].t0 - 1].tag == PL_T_WP ||
		    is(&tok[out->vg[r].t0 - 1], "that"))
			break;
		m = r;
	}
	if (has_modal(tok, &out->vg[m]) && !has_modal(tok, g) && tok[g->v].tag == PL_T_VBD) {
		int r;
		for (r = m - 1; r >= 0; r--)
			if (out->vg[r].finite) {
				if (out->vg[r].reporting && out->vg[r].subj >= 0 &&
				    tok[out->vg[r].v].tag == PL_T_VBD)
					return out->vg[r].subj;
				break;
			}
	}
	return out->vg[m].subj;
}

/* ---- document memory of actors: later mentions by title, generic noun or
** surname take the code of the actor first named in full ---- */

/* The key under which a role noun is remembered: its lemma, the words for
** one who speaks for a body made one. */
static const char *noun_key(const char *lemma)
{
	if (pl_eq(lemma, "spokesman") || pl_eq(lemma, "spokeswoman") ||
	    pl_eq(lemma, "spokesperson") || pl_eq(lemma, "spokespeople"))
		return "spokesperson";
	return lemma;
}

/* Does a word before chunk np's head name the state the role serves
** ("the government official", "a state spokesman", "the ministry
** official")? */
static int state_word_before(const pl_token *tok, const pl_np *np)
{
	static const char *const w[] = {"government", "governmental", "state", "ministry", NULL};
	uint32_t i;
	for (i = np->t0; i + 1 < np->t1; i++)
		if (pl_in_list(tok[i].low, w))
			return 1;
	return 0;
}

/* The noun an office is remembered under: its last word, or the office
** noun before "general" when that word is a title suffix ("the Auditor
** General" is the auditor, not a general; "the Inspector General" must not
** recall "the Secretary General").  Ranks stay "general" ("Major General"). */
static const char *office_key(const pl_token *tok, uint32_t t0, uint32_t t1)
{
	static const char *const rank[] = {"major", "brigadier", "lieutenant", "lt.", "maj.", "brig.",
		"army", "full", "four-star", "three-star", "two-star", "one-star", NULL};
	const char *h = lem(&tok[t1 - 1]), *a;
	uint32_t i;
	/* an office under or apart from the one named ("the shadow chancellor",
	** "the deputy prime minister", "the vice-president") is another
	** office: it keeps its first word (as people.tsv's titles do) */
	for (i = t0; i < t1; i++)
		if ((a = pl_office_apart(tok[i].low, strcspn(tok[i].low, "-"))) != NULL)
			return a;
	if (!strncmp(h, "ex-", 3))
		return "former";
	if (!strcmp(h, "general") && t1 - t0 >= 2 &&
	    (tok[t1 - 2].tag == PL_T_NN || tok[t1 - 2].tag == PL_T_NNP) && !pl_in_list(tok[t1 - 2].low, rank))
		return noun_key(lem(&tok[t1 - 2]));
	return noun_key(h);
}

/* Generic nouns that name an organisation already named ("the agency",
** "the group"): 1 for the nouns of non-state groups, 2 for any body. */
static int org_noun(const char *lemma)
{
	static const char *const grp[] = {"group", "movement", "faction", "network", "outfit",
		"organisation", "organization", "alliance", "coalition", NULL};
	static pl_wordset grp_set = PL_WORDSET(grp);
	static const char *const body[] = {"agency", "body", "office", "department", "authority",
		"institution", "council", "commission", "committee", "bloc", "party", "watchdog",
		"bureau", "service", "union", "bank", "company", "firm", "ministry", NULL};
	static pl_wordset body_set = PL_WORDSET(body);
	if (pl_in_set(&grp_set, lemma))
		return 1;
	return pl_in_set(&body_set, lemma) ? 2 : 0;
}

/* Is lemma the head noun of a body of members or of research ("institute",
** "association", "federation", "chamber")? */
static int member_head(const char *lemma)
{
	static const char *const w[] = {"association", "federation", "confederation", "institute",
		"chamber", NULL};
	static pl_wordset set = PL_WORDSET(w);
	return pl_in_set(&set, lemma);
}

/* Does chunk np hold a proper name before its head, after its article
** ("the Wako Research Institute", "the HWWA economic research
** institute")? */
static int proper_before(const pl_token *tok, const pl_np *np)
{
	uint32_t j = np->t0;
	if (tok[j].tag == PL_T_DT)
		j++;
	return j + 1 < np->t1 && tok[j].tag == PL_T_NNP && (tok[j].flags & PL_TOK_CAP) &&
	       !is(&tok[j], "the");
}

/* Nouns a body is named again by, once named in full with them as its
** head ("the American Soybean Association" ... "the association", "an
** association spokesman"): those org_noun knows and the heads of trade
** bodies, institutes, chambers and markets that it leaves out. */
static int again_noun(const char *lemma)
{
	static const char *const w[] = {"association", "federation", "confederation", "institute",
		"chamber", "exchange", "board", NULL};
	return org_noun(lemma) == 2 || pl_in_list(lemma, w);
}

/* Does an actor code carry the role (a 3-letter part after the country or
** body)? */
static int has_role(const char *code, const char *role)
{
	size_t n = strlen(code), i;
	for (i = 3; i + 3 <= n; i += 3)
		if (!strncmp(code + i, role, 3))
			return 1;
	return 0;
}

/* Is code the role alone ("BUS") or a code holding it ("USABUS")? */
static int plays_role(const char *code, const char *role)
{
	return pl_eq(code, role) || has_role(code, role);
}

/* A state's own body: government, forces, courts, legislature. */
static int state_body(const char *code)
{
	return has_role(code, "GOV") || has_role(code, "MIL") || has_role(code, "COP") ||
	       has_role(code, "JUD") || has_role(code, "LEG") || has_role(code, "SPY") ||
	       has_role(code, "MED") || !strncmp(code, "IGO", 3);
}

static void mem_add(pl_docctx *ctx, const char *noun, const char *code, const char *file,
                    uint32_t line, int kind)
{
	int i;
	struct pl_memory *e;
	for (i = 0; i < ctx->nmem; i++)
		if (ctx->mem[i].code == code && (ctx->mem[i].noun == noun ||
		    (noun && ctx->mem[i].noun && pl_eq(ctx->mem[i].noun, noun)))) {
			/* named again: the most recent */
			memmove(ctx->mem + i, ctx->mem + i + 1, sizeof ctx->mem[0] * (size_t)(ctx->nmem - i - 1));
			ctx->nmem--;
			break;
		}
	if (ctx->nmem == PL_MAX_NAMES) {
		memmove(ctx->mem, ctx->mem + 1, sizeof ctx->mem[0] * (PL_MAX_NAMES - 1));
		ctx->nmem--;
	}
	e = &ctx->mem[ctx->nmem++];
	e->noun = noun;
	e->code = code;
	e->file = file;
	e->line = line;
	e->sent = ctx->sent;
	e->kind = (uint8_t)kind;
}

/* The most recent actor remembered under noun (within `far` sentences), or
** failing that, when role is given, the most recent one of those kinds (a
** mask of 1 << PL_MEM_...) carrying the role (within 3 sentences); with role
** "*" any non-state body.  NULL when none. */
static const struct pl_memory *mem_find(const pl_docctx *ctx, const char *noun, const char *role,
                                        int kinds)
{
	int i;
	for (i = ctx->nmem - 1; noun && i >= 0; i--)
		if (ctx->mem[i].code && ctx->mem[i].noun && ctx->mem[i].noun[0] == noun[0] &&
		    pl_eq(ctx->mem[i].noun, noun) &&
		    ctx->sent - ctx->mem[i].sent <= 12)
			return &ctx->mem[i];
	for (i = ctx->nmem - 1; role && i >= 0 && ctx->sent - ctx->mem[i].sent <= 3; i--) {
		const struct pl_memory *e = &ctx->mem[i];
		if (!(kinds & (1 << e->kind)) || !e->code)
			continue;
		if (pl_eq(role, "*") ? !state_body(e->code) : !role[0] || has_role(e->code, role))
			return e;
	}
	return NULL;
}

static inline int definite(const pl_token *t)
{
	return is(t, "the") || is(t, "this") || is(t, "that") || is(t, "these") || is(t, "those");
}

/* The person named in the last `back` sentences and this one (0: this one
** alone), when every person named there has the same code; NULL
** otherwise. */
static const struct pl_memory *one_person(const pl_docctx *ctx, uint32_t back, int not_here)
{
	const struct pl_memory *found = NULL;
	int i;
	for (i = ctx->nmem - 1; i >= 0 && ctx->sent - ctx->mem[i].sent <= back; i--) {
		const struct pl_memory *e = &ctx->mem[i];
		if (e->kind != PL_MEM_PERSON || (not_here && e->sent == ctx->sent && e->code))
			continue;
		if (!e->code || (found && strcmp(found->code, e->code)))
			return NULL;
		if (!found)
			found = e;
	}
	return found;
}

/* "he", "she": the person named in this sentence or the one before, when
** every person named there has the same code (a person the dictionaries do
** not know counts, with none); when no one is named there, the person named
** in the three sentences before, on the same terms ("Brown arrived in
** Dar es Salaam. His tour lasts a week. He praised ..."); NULL otherwise.
** With not_here, the coded people this sentence named so far are left
** out: they are the ones a final ", he said" reports words about ("Mr Blair
** has failed, he claimed" is not Mr Blair's claim); a capitalised phrase
** no dictionary knows ("Wall Street") still stops the search, as before. */
static const struct pl_memory *mem_person(const pl_docctx *ctx, int not_here)
{
	uint32_t back = 1;
	int i;
	for (i = ctx->nmem - 1; i >= 0 && ctx->sent - ctx->mem[i].sent <= 3; i--)
		if (ctx->mem[i].kind == PL_MEM_PERSON &&
		    !(not_here && ctx->mem[i].sent == ctx->sent && ctx->mem[i].code)) {
			if (ctx->sent - ctx->mem[i].sent > 1)
				back = 3;
			break;
		}
	return one_person(ctx, back, not_here);
}

/* A "he" or "she" that opens a clause joined by "and" or "but" to one
** before it ("... and she accused the Tories"): the one person this
** sentence named before it, when every person named there has that code;
** NULL otherwise. */
static const struct pl_memory *clause_person(const pl_docctx *ctx, const pl_token *tok,
                                             const pl_sentan *out, const pl_np *np)
{
	if (np->t0 <= out->t0 || !(is(&tok[np->t0 - 1], "and") || is(&tok[np->t0 - 1], "but")))
		return NULL;
	return one_person(ctx, 0, 0);
}

static int is_reporting(const pl_token *t);

/* Is pronoun chunk np the speaker of a final ", he added" whose sentence
** had no verb of saying before it ("Laws said: "...," he said" has one)?
** The words before it are what he reports. */
static int reports_before(const pl_token *tok, const pl_sentan *out, const pl_np *np)
{
	uint32_t t;
	if (np->t0 <= out->t0 || np->t1 >= out->t1 ||
	    !(is(&tok[np->t0 - 1], ",") || (tok[np->t0 - 1].flags & PL_TOK_QCLOSE)) ||
	    !is_reporting(&tok[np->t1]))
		return 0;
	/* (a relative clause's "who, he claims, is ..." reports that clause
	** alone: the main clause before it may be his) */
	if (np->t0 >= out->t0 + 2 && (is(&tok[np->t0 - 2], "who") || is(&tok[np->t0 - 2], "which") ||
	                              is(&tok[np->t0 - 2], "that") || is(&tok[np->t0 - 2], "whom")))
		return 0;
	for (t = out->t0; t < np->t0; t++)
		if ((tok[t].tag == PL_T_VBD || tok[t].tag == PL_T_VBZ || tok[t].tag == PL_T_VBP) &&
		    is_reporting(&tok[t]))
			return 0;
	return 1;
}

/* Is a person named in this sentence before pronoun chunk np?  Not in the
** words a ", he added" reports: they speak of others. */
static int person_before(const pl_docctx *ctx, const pl_token *tok, const pl_sentan *out,
                         const pl_np *np)
{
	int i;
	if (reports_before(tok, out, np))
		return 0;
	for (i = ctx->nmem - 1; i >= 0 && ctx->mem[i].sent == ctx->sent; i--)
		if (ctx->mem[i].kind == PL_MEM_PERSON)
			return 1;
	return 0;
}

/* Does chunk np name a body with its code known, in the plural ("the
** Tories", "five public sector unions") or in the singular ("the ministry",
** "the Electoral Commission"), or is it the pronoun given ("they", "it")
** that stood for one?  Not people ("the four men"), a bare role, nor one of
** several joined chunks ("Labour and the Tories"). */
static int named_body(const pl_token *tok, const pl_np *np, int plural)
{
	const pl_token *h = &tok[np->t1 - 1];
	if (!np->code || np->person || np->agent_only || np->of_np1)
		return 0;
	if (np->pronoun)
		return is(&tok[np->t0], plural ? "they" : "it") && np->how == PL_HOW_PRONOUN;
	return plural ? h->tag == PL_T_NNS || h->tag == PL_T_NNPS : h->tag == PL_T_NN || h->tag == PL_T_NNP;
}

/* "The Tories say he is surrendering a veto", "Labour claims he had
** used", "they said he should return": a "he" or "she" (chunk p) under a
** verb of saying is not its subject when that is a body in the plural, a
** body by its proper name or "they" (chunk q), which no "he" names. */
static int no_he(const pl_token *tok, const pl_sentan *out, int p, int q)
{
	const pl_np *sp = &out->np[q];
	const pl_np *pr = &out->np[p];
	/* (the "he" must stand for one the people dictionary names: "The
	** Tories said she broke a convention" after "Cherie Blair"; a role
	** guessed from the sentences before may be a body's) */
	if (!(is(&tok[pr->t0], "he") || is(&tok[pr->t0], "she")) || sp->person || !pr->code ||
	    !pr->file || !strstr(pr->file, "people.tsv"))
		return 0;
	if (sp->pronoun)
		return is(&tok[sp->t0], "they") || is(&tok[sp->t0], "we");
	/* (not one of a compound, "Veteran Labour MP and former minister Jack
	** Cunningham", nor a role, "a Labour donor", whose person is named) */
	if ((q > 0 && out->np[q - 1].group == sp->group) ||
	    (q + 1 < out->nnp && out->np[q + 1].group == sp->group))
		return 0;
	/* (a body in the singular by its proper name, "Labour", "Downing
	** Street"; not a role, "a Labour donor", "the prime minister") */
	return named_body(tok, sp, 1) ||
	       (named_body(tok, sp, 0) && tok[sp->t1 - 1].tag == PL_T_NNP && tok[sp->t0].tag != PL_T_DT);
}

/* Does the "it" at token t act: a verb of its own comes next ("It said",
** "It also announced"), not the "it" of "it is", "it would be", "it
** seems", "it has been reported", "it takes"? */
static int it_acts(const pl_token *tok, uint32_t t, uint32_t end)
{
	static const char *const empty[] = {"be", "seem", "appear", "remain", "look", "take",
		"make", "become", "matter", "mean", "follow", "happen", "emerge", "transpire", "cost",
		"sound", "feel", "get", "go", "come", "depend", NULL};
	t++;
	while (t < end && tok[t].tag == PL_T_RB)
		t++;
	if (t >= end || !(tok[t].tag == PL_T_VBD || tok[t].tag == PL_T_VBZ))
		return 0;
	if (pl_eq(lem(&tok[t]), "have"))
		return t + 1 < end && tok[t + 1].tag == PL_T_VBN && !is(&tok[t + 1], "been");
	return !pl_in_list(lem(&tok[t]), empty);
}

/* Does chunk np end in a given name and one capitalised word, whatever the
** tagger made of that word ("Michael Mates", "Sam Younger")?  Looser than
** given_name(), which wants the surname tagged as a name: "Tony Banks" left
** a plural proper noun counts here. */
static int named_by_given(const pl_store *s, const pl_token *tok, const pl_np *np)
{
	const pl_token *g, *l;
	if (np->t1 - np->t0 < 2)
		return 0;
	g = &tok[np->t1 - 2];
	l = &tok[np->t1 - 1];
	return g->tag == PL_T_NNP && (g->flags & PL_TOK_CAP) && !(g->flags & PL_TOK_ALLCAP) &&
	       (l->flags & PL_TOK_CAP) && !(l->flags & PL_TOK_ALLCAP) && !(l->flags & PL_TOK_SSTART) &&
	       pl_store_given(s, g->low, strlen(g->low));
}

/* The chunk that names in apposition the person chunk k stands for: a
** name right after k and a comma, closed by a comma or a verb ("the
** BBC's correspondent, Daniel Sandford, said", "Its author, Jane Miller,
** said"); -1 when none. */
static int apposed_name(const pl_store *s, const pl_token *tok, const pl_sentan *out, int k)
{
	const pl_np *x = &out->np[k], *y;
	if (k + 1 >= out->nnp || x->t1 + 1 >= out->t1 || !is(&tok[x->t1], ","))
		return -1;
	y = &out->np[k + 1];
	if (y->t0 != x->t1 + 1 || y->pronoun || y->t1 >= out->t1 ||
	    !(is(&tok[y->t1], ",") || tok[y->t1].tag == PL_T_VBD || tok[y->t1].tag == PL_T_VBZ))
		return -1;
	return y->person || named_by_given(s, tok, y) || titled_name(tok, y) ? k + 1 : -1;
}

static int generic_title(const char *lemma);

/* Does chunk np name one person by a title of office, "A Labour Party
** spokesman", "the Home Office minister": a singular title noun at its end,
** which "he" or "she" in the next sentence may stand for. */
static int titled_person(const pl_token *tok, const pl_np *np)
{
	const pl_token *h = &tok[np->t1 - 1];
	if (np->pronoun || h->tag != PL_T_NN)
		return 0;
	/* (one who speaks of a market or a body's figures, "an Agriculture
	** Department analyst", is a person a "he" may stand for, though the
	** body's name in the chunk makes the memory keep it as a body) */
	static const char *const market[] = {"analyst", "economist", "strategist", "banker", "dealer",
		"trader", NULL};
	return (generic_title(lem(h)) && !pl_eq(lem(h), "source")) || pl_eq(lem(h), "minister") ||
	       pl_in_list(lem(h), market);
}

/* Is every word of sentence out inside a quotation (one the sentence before
** left open, or one it opens), with no words of its own around it? */
static int wholly_quoted(const pl_docctx *ctx, const pl_token *tok, const pl_sentan *out)
{
	int in = ctx->quote_open, words = 0;
	uint32_t t;
	for (t = out->t0; t < out->t1; t++) {
		if (tok[t].flags & PL_TOK_QOPEN)
			in = 1;
		else if (tok[t].flags & PL_TOK_QCLOSE)
			in = 0;
		else if (!(tok[t].flags & PL_TOK_PUNCT) && !in)
			return 0;
		else
			words++;
	}
	return words > 0;
}

/* Is token t of sentence out outside any quotation? */
static int outside_quote(const pl_docctx *ctx, const pl_token *tok, const pl_sentan *out, uint32_t t)
{
	int in = ctx->quote_open;
	uint32_t i;
	for (i = out->t0; i < t; i++)
		if (tok[i].flags & PL_TOK_QOPEN)
			in = 1;
		else if (tok[i].flags & PL_TOK_QCLOSE)
			in = 0;
	return !in;
}

/* A sentence wholly inside a quotation speaks for the one who spoke before
** it: the topic of the sentence before the quotation is kept as the
** speaker over it (note_topic, before the topic is reset), so that a "he"
** after it is not one of the people the quoted words name. */
static void carry_speaker(pl_docctx *ctx, const pl_token *tok, const pl_sentan *out)
{
	int had = ctx->spk_code || ctx->spk_anon;
	if (!wholly_quoted(ctx, tok, out)) {
		ctx->spk_code = NULL;
		ctx->spk_anon = 0;
		return;
	}
	if (had && ctx->spk_sent + 1 == ctx->sent) {
		ctx->spk_sent = ctx->sent;
		return;
	}
	ctx->spk_code = NULL;
	ctx->spk_anon = 0;
	if (ctx->topic_sent + 1 != ctx->sent || !(ctx->topic_code || ctx->topic_anon))
		return;
	ctx->spk_code = ctx->topic_code;
	ctx->spk_file = ctx->topic_file;
	ctx->spk_line = ctx->topic_line;
	ctx->spk_pron = ctx->topic_pron;
	ctx->spk_anon = ctx->topic_anon;
	ctx->spk_sent = ctx->sent;
}

/* Is the speaker carried over a quotation a person of the people
** dictionary?  (One coded by a role or the context is left to the
** sentence's other means, which know as much.) */
static int spk_person(const pl_docctx *ctx)
{
	return ctx->spk_code && ctx->spk_file && strstr(ctx->spk_file, "people.tsv");
}

static int company_in(const pl_token *tok, const pl_np *np);

/* Is t a noun that names a firm again in the singular ("the company",
** "the bank")? */
static int firm_head(const pl_token *t)
{
	static const char *const w[] = {"company", "firm", "bank", "group", "corporation", "concern", NULL};
	int i;
	if (t->tag != PL_T_NN)
		return 0;
	for (i = 0; w[i]; i++)
		if (is(t, w[i]))
			return 1;
	return 0;
}

/* Is chunk y "the company", "the bank", "the group": a definite article and
** a firm's noun in lower case alone, one that names a firm named before? */
static int firm_noun_again(const pl_token *tok, const pl_np *y)
{
	static const char *const w[] = {"company", "firm", "bank", "group", "concern", "corporation",
		"utility", "insurer", "airline", "brokerage", "carrier", NULL};
	const pl_token *h = &tok[y->t1 - 1];
	return y->t1 - y->t0 == 2 && is(&tok[y->t0], "the") && h->tag == PL_T_NN &&
	       !(h->flags & PL_TOK_CAP) && !y->pronoun && !y->poss_code &&
	       (!y->code || (y->agent_only && pl_eq(y->code, "BUS"))) && pl_in_list(lem(h), w);
}

/* The firm "the company" of chunk y stands for (firm_noun_again): the
** actor last named again under its noun ("The company said"), when that is
** a company; else the employer an officer named at y would have
** (officer_employer: the last company named before y in its sentence, or
** the body last remembered in the four sentences before, when a company);
** else the firm the story is about (note_firm) in the last six sentences.
** Only a company whose country is told: a bare "BUS" says no more than the
** noun.  NULL too when the memory gives another body: "the bank" after the
** Bank of Japan is the state's. */
static const char *officer_employer(const pl_store *s, const pl_docctx *ctx, const pl_token *tok,
                                    uint32_t t0, const pl_np *np, const mention *m, int nm,
                                    pl_arena *a);

static const char *firm_named_again(const pl_store *s, const pl_docctx *ctx, const pl_token *tok,
                                    uint32_t t0, const pl_np *y, const mention *m, int nm,
                                    pl_arena *a)
{
	const struct pl_memory *e = mem_find(ctx, noun_key(lem(&tok[y->t1 - 1])), NULL, 0);
	const char *f;
	if (e)
		return plays_role(e->code, "BUS") && strlen(e->code) >= 6 ? e->code : NULL;
	if ((f = officer_employer(s, ctx, tok, t0, y, m, nm, a)) != NULL)
		return plays_role(f, "BUS") && strlen(f) >= 6 ? f : NULL;
	if (ctx->firm.code && strlen(ctx->firm.code) >= 6 && ctx->sent - ctx->firm.sent <= 6)
		return ctx->firm.code;
	return NULL;
}

/* Does chunk np name a firm by itself ("Texaco Inc", "the company" named
** again, an "it" that stood for one), not one who speaks for it?  A name
** ending in a legal form counts even when taken for a person's ("USAir
** Group Inc"). */
static int firm_subject(const pl_token *tok, const pl_np *np)
{
	const pl_token *h = &tok[np->t1 - 1];
	if (!np->code || np->agent_only || np->of_np1 || !plays_role(np->code, "BUS"))
		return 0;
	if (np->pronoun)
		return is(&tok[np->t0], "it") && np->how == PL_HOW_PRONOUN;
	if (np->person && !company_in(tok, np))
		return 0;
	/* (a firm's noun stands for one only when named again: "France's
	** second largest carmaker" FRABUS tells less than Renault's code) */
	if (h->tag == PL_T_NN)
		return np->how == PL_HOW_MEMORY;
	return h->tag == PL_T_NNP;
}

/* Records the firm sentence out is about (pl_docctx.firm), when its
** subject np names one: the subject of its verb of saying (says), or else
** of its first main verb when np opens the sentence ("ABN Amro is to cut
** 2,850 jobs"; not "According to analysts' forecasts, HSBC will report",
** whose "report" is to come and leaves says 0).  Not an opening firm
** whose sentence names "the company" besides: "GE is asking the company
** to buy back leases" tells that the firm of the story is another; nor a
** firm's own of a thing, "Taiwan Power Co's long range plans". */
static void note_firm(pl_docctx *ctx, const pl_token *tok, const pl_sentan *out, const pl_np *np, int says,
                      int passive)
{
	int k;
	uint32_t t, verb = out->t1;
	if (!says && (np->t0 != out->t0 || passive))
		return;
	/* (a firm that spoke in the last two sentences is not displaced by
	** one that only opens the next: "Mitsui and Co Ltd said ... .  Japan
	** Security Pacific has assets of 200 mln dlrs") */
	if (!says && ctx->firm.code && ctx->firm_said && ctx->sent - ctx->firm.sent <= 2)
		return;
	for (t = np->t0; t < np->t1; t++)
		if (tok[t].tag == PL_T_POS && tok[np->t1 - 1].tag != PL_T_NNP)
			return;
	if (np->t1 < out->t1 && tok[np->t1].tag == PL_T_POS)
		return;
	/* ("the company" after the opening firm's verb: "ABN Amro, the
	** Netherlands' largest bank, is to cut" names no other, nor does
	** what the firm is, "ABN Amro is the third large European bank") */
	for (t = np->t1; t < out->t1 && verb == out->t1; t++)
		if (PL_TAG_IS_VERB(tok[t].tag) && out->np_of[t - out->t0] < 0)
			verb = t;
	for (k = 0; k < out->nnp && !says; k++)
		if (out->np[k].t0 > verb && definite(&tok[out->np[k].t0]) && firm_head(&tok[out->np[k].t1 - 1]) &&
		    !pl_eq(lem(&tok[out->np[k].t0 - 1]), "be"))
			return;
	if (!np->code && !np->pronoun && company_in(tok, np)) {
		/* ("NEC Informational Systems Inc said": a firm of no code,
		** for whom no other firm named after it may stand) */
		ctx->firm.code = "";
		ctx->firm.sent = ctx->sent;
		ctx->firm_said = (uint8_t)says;
	} else if (firm_subject(tok, np)) {
		ctx->firm.code = np->code;
		ctx->firm.file = np->file;
		ctx->firm.line = np->line;
		ctx->firm.sent = ctx->sent;
		ctx->firm.kind = PL_MEM_ORG;
		ctx->firm_said = (uint8_t)says;
	}
}

/* "Washington imposed tariffs on Japanese goods.  Officials said": the
** country a sentence names last is the context of the bare roles after it
** ("officials", "a spokesman"), yet a country only acted on (named after
** the main verb and the subject of no verb: its goods, its forces, the
** one accused) is not whose officials speak next; the state that acts, the
** subject of the sentence's first main verb, named by its own words, is.
** A country or a body of its state only: a firm that acts lends its
** country to no officials.  Read by context_country_now alone: a place
** named later is still looked for in the country named last. */
static void actor_context(const pl_store *s, pl_docctx *ctx, const pl_token *tok, const pl_sentan *out,
                          pl_arena *a)
{
	const pl_vg *g = NULL;
	const pl_np *x;
	const char *sc;
	uint32_t t;
	int j, k, f, acted = 0;
	if (s->petrarch || !ctx->last_country || ctx->last_country_sent != ctx->sent)
		return;
	for (k = 0; k < out->nvg && !g; k++)
		if (out->vg[k].finite && out->vg[k].subj >= 0 && !subordinate(tok, out, k))
			g = &out->vg[k];
	if (!g || g->passive || g->subj_poss)
		return;
	x = &out->np[g->subj];
	/* (the subject opens the sentence, after a "But" or "Meanwhile" at
	** most: not a clause "As rumours circulated that ..." before it) */
	for (t = out->t0; t < x->t0; t++)
		if (tok[t].tag != PL_T_CC && tok[t].tag != PL_T_RB && !(tok[t].flags & PL_TOK_PUNCT))
			return;
	/* (a country by its own name or its capital, not its things: "U.S.
	** bank paper was under pressure, as was Irish paper") */
	if (!x->code || x->agent_only || x->how == PL_HOW_CONTEXT || x->t0 >= g->t0 ||
	    (strlen(x->code) == 3 && (!x->place || !(tok[x->t1 - 1].flags & PL_TOK_CAP))) ||
	    (strlen(x->code) != 3 && !has_role(x->code, "GOV") && !has_role(x->code, "MIL") &&
	     !has_role(x->code, "LEG") && !has_role(x->code, "JUD") && !has_role(x->code, "COP") &&
	     !has_role(x->code, "SPY")))
		return;
	sc = country_of(a, x->code);
	if (!sc || pl_eq(sc, ctx->last_country))
		return;
	/* (one actor, not a compound: "Britain and France", "U.S. and
	** Canadian bank paper") */
	for (j = 0; j < out->nnp; j++)
		if (j != g->subj && out->np[j].group == x->group)
			return;
	for (j = 0; j < out->nnp; j++) {
		const pl_np *y = &out->np[j];
		const char *c = y->code && !y->agent_only ? y->code : y->poss_code;
		if (!c || strncmp(c, ctx->last_country, 3))
			continue;
		if (y->t0 < g->t1)
			return;
		/* (a partner "with" whom it meets or agrees acts too: "held
		** talks with Volcker, Baker and other officials") */
		for (f = j; f > 0 && out->np[f - 1].group == y->group; f--)
			;
		if (out->np[f].t0 > out->t0 && is(&tok[out->np[f].t0 - 1], "with"))
			return;
		/* (the subject of a clause the main verb says or asks is what
		** the actor speaks of: "demanded that Seoul open its markets",
		** "said Japan must open"; not of a clause of its own: "and
		** Japan retaliated") */
		for (k = 0; k < out->nvg; k++)
			if (out->vg[k].subj == j && !(out->vg[k].t0 > g->t1 && j == f &&
			    (is(&tok[y->t0 - 1], "that") || (g->reporting && y->t0 == g->t1))))
				return;
		acted = 1;
	}
	if (!acted)
		return;
	ctx->actor_cc = sc;
	ctx->actor_cc_sent = ctx->sent;
	ctx->cc_ok = 0;
}

/* Records the person sentence out was about, for a "he" in the next one:
** the subject of its first verb of saying in a main clause, else of its
** first main verb, when that subject names a person with a code. */
static void note_topic(const pl_store *s, pl_docctx *ctx, const pl_token *tok, const pl_sentan *out)
{
	int k, pick = -1, says = 0, passive = 0, quoted = ctx->quote_open;
	uint32_t t;
	if (!s->petrarch)
		carry_speaker(ctx, tok, out);
	ctx->topic_code = NULL;
	ctx->topic_pl_code = NULL;
	ctx->topic_sg_code = NULL;
	ctx->topic_body_code = NULL;
	ctx->topic_unknown = 0;
	ctx->topic_pron = 0;
	ctx->topic_anon = 0;
	ctx->topic_sent = ctx->sent;
	/* (does the sentence touch a quotation, and does one stay open after
	** it?  The last quotation mark tells) */
	for (t = out->t0; t < out->t1 && (out->tokflags & (PL_TOK_QOPEN | PL_TOK_QCLOSE)); t++)
		if (tok[t].flags & (PL_TOK_QOPEN | PL_TOK_QCLOSE)) {
			quoted = 1;
			ctx->quote_open = (tok[t].flags & PL_TOK_QOPEN) != 0;
		}
	if (s->petrarch)
		return;
	for (k = 0; k < out->nvg; k++) {
		const pl_vg *g = &out->vg[k];
		if (!g->finite || g->subj < 0 || subordinate(tok, out, k))
			continue;
		if (g->reporting) {
			pick = g->subj;
			passive = g->passive;
			says = !g->future && !g->passive;   /* (not "HSBC will report profits") */
			break;
		}
		if (pick < 0) {
			pick = g->subj;
			passive = g->passive;
		}
	}
	/* (a role with the person's name in apposition, "The BBC's
	** correspondent, Daniel Sandford, said": the person, by the name's
	** code when a dictionary or an earlier mention gives it, else by the
	** role's, else by the name's) */
	if (pick >= 0 && !out->np[pick].person && !out->np[pick].pronoun) {
		int q = apposed_name(s, tok, out, pick);
		if (q >= 0 && ((out->np[q].code && out->np[q].how != PL_HOW_CONTEXT) || !out->np[pick].code ||
		               out->np[pick].agent_only))
			pick = q;
		else if (q >= 0)
			out->np[pick].person = 1;
	}
	/* (a thing of a person the people dictionary knows, "Mr Brown's
	** speech drew a reply from the commissioner": its owner is who the
	** sentence is about, over the people its other words name) */
	/* (not an owner a "his" or "her" stood for: pronoun_owner) */
	if (pick >= 0 && !out->np[pick].code && out->np[pick].poss_code && out->np[pick].file &&
	    !out->np[pick].pronoun && !out->np[pick].owner_mod && strstr(out->np[pick].file, "people.tsv")) {
		ctx->topic_code = out->np[pick].poss_code;
		ctx->topic_file = out->np[pick].file;
		ctx->topic_line = out->np[pick].line;
	}
	/* (a person: so marked, or a chunk ending in a given name and a
	** surname, "Labour MP Carol Banks", coded by its role or party, or
	** one named by a title, "A Labour Party spokesman", "the Tory leader") */
	/* ("A London analyst said": one person a city places, as "he" next) */
	if (pick >= 0 && (out->np[pick].person || named_by_given(s, tok, &out->np[pick]) ||
	                  titled_person(tok, &out->np[pick]) ||
	                  (out->np[pick].city_role && tok[out->np[pick].t1 - 1].tag == PL_T_NN)) &&
	    out->np[pick].code && !out->np[pick].agent_only) {
		ctx->topic_code = out->np[pick].code;
		ctx->topic_file = out->np[pick].file;
		ctx->topic_line = out->np[pick].line;
		/* "He said ... . She told him": not the same person */
		ctx->topic_pron = out->np[pick].pronoun ? tok[out->np[pick].t0].low[0] : 0;
	} else if (pick >= 0 && !out->np[pick].code && !out->np[pick].poss_code && !out->np[pick].pronoun &&
	           (named_by_given(s, tok, &out->np[pick]) || titled_name(tok, &out->np[pick]) ||
	            out->np[pick].person)) {
		/* "But Michael Mates was angry. "A mistake," he said.": a person
		** no dictionary knows is who "he" is, not one named before (one
		** with a given name no list has, "Piers Wendle", is marked a
		** person by actor_memory) */
		ctx->topic_anon = 1;
	}
	/* (not when others in the plural are subjects too: "The Tories say
	** asylum seekers will not be refused. However, they will ...") */
	for (k = 0; k < out->nvg && pick >= 0; k++) {
		const pl_np *o = out->vg[k].subj >= 0 && out->vg[k].finite ? &out->np[out->vg[k].subj] : NULL;
		if (o && o != &out->np[pick] && !o->pronoun && (tok[o->t1 - 1].tag == PL_T_NNS ||
		    tok[o->t1 - 1].tag == PL_T_NNPS) && (!o->code || strcmp(o->code, out->np[pick].code ? out->np[pick].code : "")))
			quoted = 1;
	}
	if (pick >= 0 && !quoted && named_body(tok, &out->np[pick], 1)) {
		ctx->topic_pl_code = out->np[pick].code;
		ctx->topic_pl_file = out->np[pick].file;
		ctx->topic_pl_line = out->np[pick].line;
	}
	/* (a name no dictionary knows, "Transport 2000 said", "MAB urged":
	** someone of its own, whose a bare spokesman next may be) */
	if (pick >= 0 && !quoted && !out->np[pick].code && !out->np[pick].poss_code &&
	    !out->np[pick].pronoun) {
		for (t = out->np[pick].t0; t < out->np[pick].t1; t++)
			if (tok[t].tag == PL_T_NNP && (tok[t].flags & PL_TOK_CAP))
				ctx->topic_unknown = 1;
	}
	/* (a body named with capitals that only its head noun codes, "the
	** Ramblers Association said": whose a spokesman is next) */
	if (pick >= 0 && !quoted && !out->np[pick].code && !out->np[pick].person &&
	    !out->np[pick].pronoun && !out->np[pick].of_np1) {
		const pl_bodyhead *ev = NULL;
		const char *role = body_name(s, tok, &out->np[pick], out->t1, &ev);
		if (role && role[0] && ev) {
			ctx->topic_body_code = role;
			ctx->topic_body_file = ev->file;
			ctx->topic_body_line = ev->line;
		}
	}
	/* (so is a group a role word describes before its name,
	** "environmental group Transport 2000", "campaign group Wheelright") */
	if (pick >= 0 && !quoted && out->np[pick].agent_only && out->np[pick].code &&
	    strlen(out->np[pick].code) == 3 && strcmp(out->np[pick].code, "GOV") &&
	    !out->np[pick].person && !out->np[pick].pronoun &&
	    (tok[out->np[pick].t1 - 1].flags & PL_TOK_CAP) && tok[out->np[pick].t1 - 1].tag == PL_T_NNP) {
		ctx->topic_body_code = out->np[pick].code;
		ctx->topic_body_file = out->np[pick].file;
		ctx->topic_body_line = out->np[pick].line;
	}
	if (pick >= 0 && !s->petrarch)
		note_firm(ctx, tok, out, &out->np[pick], says, passive);
	if (pick >= 0 && !quoted && named_body(tok, &out->np[pick], 0)) {
		ctx->topic_sg_code = out->np[pick].code;
		ctx->topic_sg_file = out->np[pick].file;
		ctx->topic_sg_line = out->np[pick].line;
		ctx->topic_sg_title = (uint8_t)generic_title(lem(&tok[out->np[pick].t1 - 1]));
	}
}

/* Is there a "shadow" among tokens [t0, t1)? */
static int shadowed(const pl_token *tok, uint32_t t0, uint32_t t1)
{
	uint32_t i;
	for (i = t0; i < t1; i++)
		if (is(&tok[i], "shadow"))
			return 1;
	return 0;
}

/* Is token t inside an agent noun's mention ("the MP", "the Speaker":
** a title written with capitals, not a name after one)? */
static int in_agent(const mention *m, int nm, uint32_t t)
{
	int z;
	for (z = 0; z < nm; z++)
		if (m[z].ph->kind == PL_A_AGENT && t >= m[z].t0 && t < m[z].t1)
			return 1;
	return 0;
}

/* A word of a person's name: a proper noun, or a double-barrelled surname
** the tagger left as a common noun ("Bob Marshall-Andrews"). */
static int name_word(const pl_token *t)
{
	const char *h;
	if (t->tag == PL_T_NNP)
		return 1;
	if (t->tag != PL_T_NN || !(t->flags & PL_TOK_CAP) || (t->flags & PL_TOK_ALLCAP))
		return 0;
	h = strchr(t->s, '-');
	return h && h[1] >= 'A' && h[1] <= 'Z';
}

/* Is chunk k the first in its sentence to name anyone, with no quotation
** mark before it? */
static int first_actor(const pl_token *tok, const pl_sentan *out, int k)
{
	int j;
	uint32_t t;
	for (j = 0; j < k; j++)
		if (out->np[j].code || out->np[j].person || out->np[j].pronoun ||
		    tok[out->np[j].t1 - 1].tag == PL_T_NNP || tok[out->np[j].t1 - 1].tag == PL_T_NNPS)
			return 0;
	for (t = out->t0; t < out->np[k].t0; t++)
		if (tok[t].flags & (PL_TOK_QOPEN | PL_TOK_QCLOSE))
			return 0;
	return 1;
}

/* "his government", "her party": a role that a person named just before
** holds, the person "he" or "she" would stand for here (the one person
** within reach, else the one the sentence before was about); returns that
** person's country joined to the role, or NULL. */
static const char *possessor_role(const pl_docctx *ctx, const pl_token *tok, const pl_sentan *out,
                                  const pl_np *np, pl_arena *a)
{
	const struct pl_memory *p;
	const char *code, *cc, *role;
	char pron = tok[np->t0].low[1] == 'i' ? 'h' : 's';     /* his / her */
	if (np->t1 - np->t0 < 2 || tok[np->t0].tag != PL_T_PRPS ||
	    !(is(&tok[np->t0], "his") || is(&tok[np->t0], "her")))
		return NULL;
	if (np->agent_only && np->code && strlen(np->code) == 3)
		role = np->code;
	else if (!np->code && pl_eq(lem(&tok[np->t1 - 1]), "party"))
		role = "PTY";
	else
		return NULL;
	/* (the memory is read only for such a chunk, not for every one) */
	p = mem_person(ctx, 0);
	code = p ? p->code : NULL;
	if (!code && ctx->topic_code && ctx->topic_sent + 1 == ctx->sent &&
	    !(ctx->topic_pron && ctx->topic_pron != pron) && !person_before(ctx, tok, out, np))
		code = ctx->topic_code;
	if ((cc = country_of(a, code)) == NULL || !strcmp(cc, "BUS"))
		return NULL;
	return join(a, cc, role);
}

/* Is chunk np a person's name the dictionaries do not know, given in full
** for the first time ("Derek Wyatt"): no code, or the article's country
** guessed for it (PL_HOW_CONTEXT)? */
static int new_name(const pl_store *s, const pl_token *tok, const pl_np *np)
{
	if (np->pronoun || np->poss_code || np->agent_only ||
	    (np->code && (np->how != PL_HOW_CONTEXT || strlen(np->code) != 3)))
		return 0;
	return np->t1 - np->t0 >= 2 && surname_at_end(tok, np) && given_name(s, tok, np) < np->t1;
}

/* "A Labour backbencher has said ... .  Derek Wyatt said": the one name
** new to the article in the sentence after the one that introduced a
** person by a role alone (ctx->intro_code) is that person, with the
** role's code, kept for later mentions ("Mr Wyatt").  A name of another
** country than the role's is someone else. */
static void introduced_name(const pl_store *s, pl_docctx *ctx, const pl_token *tok, pl_sentan *out)
{
	int k, found = -1;
	pl_np *np;
	if (s->petrarch || !ctx->intro_code || ctx->intro_sent + 1 != ctx->sent)
		return;
	for (k = 0; k < out->nnp; k++)
		if (new_name(s, tok, &out->np[k])) {
			if (found >= 0)
				return;
			found = k;
		}
	if (found < 0)
		return;
	np = &out->np[found];
	/* (one described right there in apposition is who that says: "Jo
	** Hill, head of the mine's press office,") */
	if ((np->code && strncmp(np->code, ctx->intro_code, 3)) ||
	    (np->t1 < out->t1 && is(&tok[np->t1], ",") && found + 1 < out->nnp &&
	     out->np[found + 1].t0 == np->t1 + 1))
		return;
	np->code = ctx->intro_code;
	np->file = ctx->intro_file;
	np->line = ctx->intro_line;
	np->how = PL_HOW_MEMORY;
	np->person = 1;
	remember(ctx, tok[np->t1 - 1].low, np->code, np->file, np->line);
}

/* After sentence out is analysed: does it introduce one person by a role
** alone, "a Labour backbencher" or "an MP" with the country known, as the
** subject of a verb, with no name of its own (in apposition or anywhere in
** the sentence: "A Labour MP, John Smith, said")?  Kept in ctx->intro_code
** for the next sentence (introduced_name). */
static void note_intro(const pl_store *s, pl_docctx *ctx, const pl_token *tok, const pl_sentan *out,
                       pl_arena *a)
{
	static const char *const mouth[] = {"spokesman", "spokeswoman", "spokesperson", "source",
		"representative", "member", NULL};
	static pl_wordset mouth_set = PL_WORDSET(mouth);
	const pl_np *role = NULL;
	int k;
	ctx->intro_code = NULL;
	if (s->petrarch)
		return;
	for (k = 0; k < out->nnp; k++) {
		const pl_np *np = &out->np[k];
		const pl_token *h = &tok[np->t1 - 1];
		/* (one who speaks for a body, "a spokesman said", is seldom the
		** one the wire names next: "X, the chairman, told Reuters") */
		if (!(is(&tok[np->t0], "a") || is(&tok[np->t0], "an")) || np->t1 - np->t0 < 2 ||
		    h->tag != PL_T_NN || org_noun(lem(h)) || np->pronoun || np->of_np1 ||
		    pl_in_set(&mouth_set, lem(h)))
			continue;
		if (!(np->agent_only ? np->icode : np->code) ||
		    !country_of(a, np->agent_only ? np->icode : np->code) ||
		    pl_eq(np->agent_only ? np->code : np->code + strlen(np->code) - 3, "BUS"))
			continue;
		{
			int q, subj = 0;
			for (q = 0; q < out->nvg; q++)
				if (out->vg[q].subj == k && out->vg[q].finite)
					subj = 1;
			if (!subj)
				continue;
		}
		if (role)
			return;
		role = np;
	}
	if (!role)
		return;
	for (k = 0; k < out->nnp; k++)
		if (new_name(s, tok, &out->np[k]) || (out->np[k].person && !out->np[k].code))
			return;
	ctx->intro_code = role->agent_only ? role->icode : role->code;
	ctx->intro_file = role->file;
	ctx->intro_line = role->line;
	ctx->intro_sent = ctx->sent;
}

/* Is chunk np a body's own name the dictionaries do not know ("the Green
** Party", "the Democratic Unionist Party"), with a capital on a word before
** its head: no mention of one named before. */
static int named_org(const pl_token *tok, const pl_np *np)
{
	uint32_t i;
	for (i = np->t0 + 1; i + 1 < np->t1; i++)
		if (tok[i].flags & PL_TOK_CAP)
			return 1;
	return 0;
}

/* "its director", "their leader", "his deputy": a possessive pronoun opening
** chunk k, then a title that speaks or acts for whoever owns it (or
** "deputy"), no dictionary's role of a country or body beside it.  The
** owner: for "its" the body the sentence before was about named in the
** singular, for "their" the one named in the plural, for "his" and "her"
** the person "he" or "she" would stand for (possessor_role, which handles
** the roles a country holds, comes first).  Returns the owner's code (a
** country's joined to the title's role: "Britain ... Its ambassador"), or
** NULL.  Only where the chunk opens the sentence's actors, so that nothing
** named in it comes between. */
static const char *possessed_title(const pl_docctx *ctx, const pl_token *tok, const pl_sentan *out,
                                   int k, pl_arena *a)
{
	const pl_np *np = &out->np[k];
	const pl_token *h = &tok[np->t1 - 1];
	const struct pl_memory *p;
	const char *code = NULL;
	uint32_t j;
	if (np->pronoun || np->poss_code || (np->code && !np->agent_only) || np->of_np1 ||
	    np->t1 - np->t0 < 2 || np->t1 - np->t0 > 3 || tok[np->t0].tag != PL_T_PRPS ||
	    (h->flags & PL_TOK_CAP) || h->tag != PL_T_NN ||
	    !(generic_title(lem(h)) || pl_eq(lem(h), "deputy")) || pl_eq(lem(h), "source") ||
	    pl_eq(lem(h), "member"))
		return NULL;
	for (j = np->t0 + 1; j + 1 < np->t1; j++)
		if (tok[j].tag != PL_T_JJ || is(&tok[j], "former"))
			return NULL;
	if (np->t1 < out->t1 && (is(&tok[np->t1], "of") || is(&tok[np->t1], "for")))
		return NULL;
	if (!first_actor(tok, out, k) || ctx->topic_sent + 1 != ctx->sent || ctx->quote_open)
		return NULL;
	if (is(&tok[np->t0], "its"))
		code = ctx->topic_sg_code;
	else if (is(&tok[np->t0], "their"))
		code = ctx->topic_pl_code;
	else if (is(&tok[np->t0], "his") || is(&tok[np->t0], "her")) {
		char pron = tok[np->t0].low[1] == 'i' ? 'h' : 's';
		if ((p = mem_person(ctx, 0)) != NULL)
			code = p->code;
		else if (ctx->topic_code && !(ctx->topic_pron && ctx->topic_pron != pron))
			code = ctx->topic_code;
	}
	if (!code)
		return NULL;
	if (strlen(code) <= 3)
		return np->code && np->agent_only && !pl_eq(np->code, "BUS")
		       ? (np->role_first ? join(a, np->code, code) : join(a, code, np->code)) : NULL;
	return code;
}

/* Is chunk k the speaker of a closing speech tag, the words before being
** what was said: "..., a spokesman said.", "..., said a spokesman.",
** "..., a spokeswoman added."?  Such a speaker opens no new actor: the
** sentence is still the body's of the sentence before. */
static int speech_tag_speaker(const pl_token *tok, const pl_sentan *out, int k)
{
	static const char *const say[] = {"say", "add", "insist", "stress", "explain", NULL};
	const pl_np *np = &out->np[k];
	uint32_t a = np->t0, b = np->t1;
	/* (", said a spokesman." : the verb just before, a comma or a closing
	** mark before it, and the sentence ends after) */
	if (a >= out->t0 + 2 && verb_in(&tok[a - 1], say) &&
	    (is(&tok[a - 2], ",") || (tok[a - 2].flags & PL_TOK_QCLOSE)) &&
	    (b == out->t1 || (b + 1 == out->t1 && tok[b].tag == PL_T_PP)))
		return 1;
	/* (", a spokesman said." : a comma or closing mark before, the verb
	** after, and the sentence ends after the verb) */
	if (a > out->t0 && (is(&tok[a - 1], ",") || (tok[a - 1].flags & PL_TOK_QCLOSE)) &&
	    b < out->t1 && verb_in(&tok[b], say) &&
	    (b + 1 == out->t1 || (b + 2 == out->t1 && tok[b + 1].tag == PL_T_PP)))
		return 1;
	return 0;
}

/* One who speaks or acts for a body without naming it: "a spokesman", "the
** spokeswoman", "an official", "officials", "a senior official", "the
** chairman" (chunk np, nothing after it saying whose: no "for the
** department", "of the board", ", John Marlow,").  Such a chunk opening a
** sentence stands for the body the sentence before was about ("The Home
** Office defended the plan.  A spokesman said ..."): returns that body's
** code (or the person's: "Mr Galloway said ... .  A spokesman said"), ""
** for one no dictionary knows (the spokesman stays uncoded, not the
** context's government), or NULL. */
static const char *speaks_for_topic_of(const pl_docctx *ctx, const pl_token *tok, const pl_sentan *out,
                                       int k, pl_arena *a)
{
	static const char *const roles[] = {"spokesman", "spokeswoman", "spokesperson", "spokesmen",
		"spokeswomen", "spokespeople", "official", "chairman", "chairwoman", "director", NULL};
	static pl_wordset role_set = PL_WORDSET(roles);
	const pl_np *np = &out->np[k];
	const char *code = NULL;
	uint32_t t = np->t0, n;
	if (np->pronoun || np->poss_code || (np->code && !np->agent_only) || np->of_np1 ||
	    ctx->topic_sent + 1 != ctx->sent || ctx->quote_open)
		return NULL;
	if (is(&tok[t], "a") || is(&tok[t], "an") || is(&tok[t], "the"))
		t++;
	if (t < np->t1 && (is(&tok[t], "senior") || is(&tok[t], "chief")))
		t++;
	if (t + 1 != np->t1 || !pl_in_set(&role_set, lem(&tok[t])))
		return NULL;
	/* (a bare plural is the body's only as "officials") */
	if (tok[t].tag == PL_T_NNS && !is(&tok[t], "officials"))
		return NULL;
	/* (whose it is, written after it) */
	n = np->t1;
	if (n < out->t1 && (is(&tok[n], "for") || is(&tok[n], "of") || is(&tok[n], "at") ||
	    is(&tok[n], "to") || is(&tok[n], "from") || is(&tok[n], "with") || is(&tok[n], "in") ||
	    is(&tok[n], "close") || tok[n].tag == PL_T_POS ||
	    (is(&tok[n], ",") && n + 1 < out->t1 && tok[n + 1].tag == PL_T_NNP)))
		return NULL;
	if (!first_actor(tok, out, k) && !speech_tag_speaker(tok, out, k))
		return NULL;
	/* (not after one who spoke for a body: "A Labour spokesman said ... .
	** An official said" may be anyone's) */
	if (tok[t].tag == PL_T_NNS && ctx->topic_pl_code)
		code = ctx->topic_pl_code;
	else if (ctx->topic_sg_code && !ctx->topic_sg_title)
		code = ctx->topic_sg_code;
	else if (ctx->topic_pl_code)
		code = ctx->topic_pl_code;
	else if (ctx->topic_body_code && tok[t].tag == PL_T_NN && context_country(ctx))
		code = join(a, context_country(ctx), ctx->topic_body_code);
	/* ("Mr Galloway said he would fly to Baghdad.  A spokesman later
	** said": the person's, of whatever code the person has; not after
	** "But", which may open the other side's answer, nor for "the
	** spokesman", one named before, nor for one closing another's words,
	** "He was quoted as saying ..., the spokesman said") */
	else if (ctx->topic_code && tok[t].tag == PL_T_NN && !ctx->topic_pron && !ctx->topic_sg_title &&
	         (is(&tok[np->t0], "a") || is(&tok[np->t0], "an")) && first_actor(tok, out, k) &&
	         !is(&tok[out->t0], "but") && !is(&tok[out->t0], "however"))
		return ctx->topic_code;
	/* (after a name no dictionary knows, "Transport 2000 said ...", the
	** spokesman is likely that one's: "" says so, and he stays uncoded
	** rather than the context's government) */
	else if (ctx->topic_unknown && !ctx->topic_body_code && tok[t].tag == PL_T_NN &&
	         (is(&tok[np->t0], "a") || is(&tok[np->t0], "an")))
		return "";
	/* (not a country alone: "the U.S. Under-Secretary" is one, and the
	** context gives the role its country as well) */
	if (!code || strlen(code) <= 3)
		return NULL;
	return code;
}

/* speaks_for_topic, with the tests that turn away nearly every chunk made
** before the call: the sentence's (the one after the topic's, out of
** quotation marks), the chunk's own code, and the first letter of its last
** word's lemma, which must be one of the roles' ("spokesman", "official",
** "chairman", "director"). */
static inline const char *speaks_for_topic(const pl_docctx *ctx, const pl_token *tok,
                                           const pl_sentan *out, int k, pl_arena *a)
{
	const pl_np *np = &out->np[k];
	char h;
	if (ctx->topic_sent + 1 != ctx->sent || ctx->quote_open || np->pronoun || np->poss_code ||
	    (np->code && !np->agent_only) || np->of_np1)
		return NULL;
	h = lem(&tok[np->t1 - 1])[0];
	if (h != 's' && h != 'o' && h != 'c' && h != 'd')
		return NULL;
	return speaks_for_topic_of(ctx, tok, out, k, a);
}

/* Chunk np takes a code found through the memory, not its own words: the
** code its possessor gives ("his chancellor", "the union's leader", "its
** director": how PL_HOW_PRONOUN), or the pair it names back ("the two men":
** PL_HOW_MEMORY). */
static void take_code(pl_np *np, const char *code, pl_actor_how how)
{
	np->code = code;
	np->file = NULL;
	np->line = 0;
	np->agent_only = 0;
	np->icode = NULL;
	np->how = (uint8_t)how;
}

/* Pronoun np stands for the actor remembered as code, from file:line (how
** PRONOUN); person 1 or 0 says whether that actor is a person, -1 leaves
** what np had. */
static void stand_for(pl_np *np, const char *code, const char *file, uint32_t line, int person)
{
	np->code = code;
	np->file = file;
	np->line = line;
	np->how = PL_HOW_PRONOUN;
	if (person >= 0)
		np->person = (uint8_t)person;
}

/* Takes back the code stand_for gave pronoun chunk np. */
static void unstand(pl_np *np)
{
	np->code = NULL;
	np->file = NULL;
	np->line = 0;
	np->how = PL_HOW_NONE;
	np->person = 0;
}

/* May the "he" or "she" of chunk np stand for the person its code names?
** Not "she" for Michael Howard after "Mrs Howard ... She", nor for the man
** the article calls "Mr" ("Mr Blunkett ... Mrs Quinn's son.  She
** denies"); not "he" for a woman ("Ms Sturgeon said ... He added"). */
static int sex_fits(const pl_store *s, const pl_docctx *ctx, const pl_token *tok, const pl_np *np)
{
	if (is(&tok[np->t0], "she"))
		return she_fits(s, ctx, tok, np) && !named_man(s, ctx, np->file, np->line, 1);
	return !named_man(s, ctx, np->file, np->line, 0);
}

/* How many people has this sentence named so far?  ("Kennedy said Harry
** was in a privileged position and said he should apologise": two; the
** "he" may be the second.) */
static int people_here(const pl_docctx *ctx)
{
	int i, n = 0;
	for (i = ctx->nmem - 1; i >= 0 && ctx->mem[i].sent == ctx->sent; i--)
		if (ctx->mem[i].kind == PL_MEM_PERSON)
			n++;
	return n;
}

/* Is the "he" or "she" of chunk np asked, by the words after it, to give
** way: "he should resign", "she must apologise", "he ought to go", "he
** should step down", "she should be sacked"?  No one says of himself that he
** ought to yield so; a speaker who means himself says he "will" resign.  Not
** "should have resigned" (a reproach, often one's own), nor "should not". */
static int asked_to_yield(const pl_token *tok, const pl_sentan *out, const pl_np *np)
{
	static const char *const yield[] = {"resign", "quit", "apologise", "apologize", "go",
		"step", "stand", "retire", NULL};
	static const char *const removed[] = {"sacked", "fired", "dismissed", "removed", "suspended",
		"expelled", "disciplined", "punished", NULL};
	uint32_t i = np->t1;
	const char *const *w;
	if (i >= out->t1 || !(is(&tok[i], "should") || is(&tok[i], "must") || is(&tok[i], "ought")))
		return 0;
	if (++i < out->t1 && is(&tok[i - 1], "ought") && is(&tok[i], "to"))
		i++;
	if (i < out->t1 && is(&tok[i], "now"))
		i++;
	if (i + 1 < out->t1 && is(&tok[i], "be")) {
		for (w = removed; *w; w++)
			if (is(&tok[i + 1], *w))
				return 1;
		return 0;
	}
	if (i >= out->t1)
		return 0;
	for (w = yield; *w; w++)
		if (pl_eq(lem(&tok[i]), *w))
			break;
	if (!*w)
		return 0;
	/* ("he should stand for election" is no giving way) */
	if ((pl_eq(*w, "step") || pl_eq(*w, "stand")) &&
	    !(i + 1 < out->t1 && (is(&tok[i + 1], "down") || is(&tok[i + 1], "aside"))))
		return 0;
	return 1;
}

/* Keeps person p as the other reading of the "he" or "she" of chunk np
** (pl_np.other_code), when the pronoun may stand for that person. */
static void other_reading(const pl_store *s, const pl_docctx *ctx, const pl_token *tok, pl_np *np,
                          const struct pl_memory *p)
{
	pl_np t = *np;
	int sex = person_sex(s, ctx, p->file, p->line);
	stand_for(&t, p->code, p->file, p->line, 1);
	if (!sex_fits(s, ctx, tok, &t) || sex == (is(&tok[np->t0], "he") ? 'f' : 'm'))
		return;
	np->other_code = p->code;
	np->other_file = p->file;
	np->other_line = p->line;
}

/* The kinds of pair a chunk may name back. */
enum { PAIR_PEOPLE = 1, PAIR_STATES, PAIR_BODIES };

/* Does chunk np name back a pair met before: "the pair", "the two men",
** "both leaders" (two people), "the two countries", "both sides" (two
** states), "both parties", "the two unions", "both companies" (two bodies
** of the role the noun gives, in *role)?  Its kind, or 0. */
static int pair_kind(const pl_token *tok, const pl_np *np, const char **role)
{
	static const char *const people[] = {"men", "women", "leaders", "ministers", "politicians",
		NULL};
	static const char *const states[] = {"countries", "nations", "sides", NULL};
	const pl_token *h = &tok[np->t1 - 1];
	uint32_t n = np->t1 - np->t0;
	*role = NULL;
	if (n == 2 && is(&tok[np->t0], "the") && (is(h, "pair") || is(h, "duo")))
		return PAIR_PEOPLE;
	if (!((n == 3 && is(&tok[np->t0], "the") && is(&tok[np->t0 + 1], "two")) ||
	      (n == 2 && is(&tok[np->t0], "both"))))
		return 0;
	if (pl_in_list(h->low, people))
		return PAIR_PEOPLE;
	if (pl_in_list(h->low, states))
		return PAIR_STATES;
	if (is(h, "parties"))
		*role = "PTY";
	else if (np->code && np->agent_only && strlen(np->code) == 3 && h->tag == PL_T_NNS &&
	         org_noun(lem(h)))
		*role = np->code;
	return *role ? PAIR_BODIES : 0;
}

/* The code by which a chunk of kind counts as one of a pair (the country
** alone for a state), or NULL when it is not of that kind. */
static const char *pair_member(const pl_np *x, const char *code, int kind, const char *role,
                               pl_arena *a)
{
	if (!code || strchr(code, '/'))
		return NULL;
	switch (kind) {
	case PAIR_PEOPLE:
		return x && !x->person ? NULL : code;
	case PAIR_STATES:
		return country_of(a, code);
	default:
		return pl_eq(code, role) || has_role(code, role) ? code : NULL;
	}
}

/* Is code (or, for states, its country) that of a chunk of this sentence
** other than k, named there rather than guessed from the context? */
static int named_here(const pl_sentan *out, int k, const char *code, int kind, pl_arena *a)
{
	int j;
	for (j = 0; j < out->nnp; j++) {
		const pl_np *x = &out->np[j];
		const char *c;
		if (j == k || !x->code || x->agent_only || x->how == PL_HOW_CONTEXT)
			continue;
		c = kind == PAIR_STATES ? country_of(a, x->code) : x->code;
		if (c && pl_eq(c, code))
			return 1;
	}
	return 0;
}

/* "Labour MPs criticised Tony Blair and Gordon Brown amid reports of a rift
** between the two men", "the pair", "both parties", "the two countries":
** the two actors of the kind the chunk names, either a compound of two
** before it in its own sentence or the last two of that kind named in the
** four sentences before (the speaker of this one is not among those it
** speaks of: an actor this sentence names stops the look).  Their shared
** code, or both joined by '/' (one record each); NULL when not found.  A
** person no dictionary codes among the last two stops the look too. */
static const char *pair_code_of(const pl_docctx *ctx, const pl_token *tok, const pl_sentan *out,
                                int k, pl_arena *a)
{
	const char *role;
	int kind = pair_kind(tok, &out->np[k], &role), j, n = 0, i;
	const char *c[2] = {NULL, NULL};
	char *r;
	if (!kind)
		return NULL;
	for (j = 0; j < k; j++) {
		const pl_np *x = &out->np[j];
		const char *m0, *m1;
		if (j + 1 >= k || out->np[j + 1].group != x->group ||
		    (j + 2 < out->nnp && out->np[j + 2].group == x->group) ||
		    (j > 0 && out->np[j - 1].group == x->group))
			continue;
		m0 = pair_member(x, x->code, kind, role, a);
		m1 = pair_member(&out->np[j + 1], out->np[j + 1].code, kind, role, a);
		/* (their own codes: "U.S. and Canadian negotiators opened talks
		** ... between the two countries" are USA and CANGOV) */
		if (m0 && m1 && !x->agent_only && !out->np[j + 1].agent_only) {
			c[0] = x->code;
			c[1] = out->np[j + 1].code;
			n = 2;
		}
	}
	if (n < 2 && kind == PAIR_STATES) {
		/* (not when a third was named near them: "Greece and Turkey
		** ... Lord Carrington ... both countries") */
		if (!ctx->pair_cc[1] || ctx->sent - ctx->pair_cc_sent[1] > 3 ||
		    (ctx->pair_cc[0] && ctx->sent - ctx->pair_cc_sent[0] <= 3) ||
		    named_here(out, k, ctx->pair_cc[1], kind, a) ||
		    named_here(out, k, ctx->pair_cc[2], kind, a))
			return NULL;
		c[0] = ctx->pair_cc[1];
		c[1] = ctx->pair_cc[2];
		n = 2;
	}
	for (i = ctx->nmem - 1; n < 2 && i >= 0 && ctx->sent - ctx->mem[i].sent <= 4; i--) {
		const struct pl_memory *e = &ctx->mem[i];
		const char *mc;
		if (e->sent == ctx->sent)
			continue;
		if (kind == PAIR_PEOPLE) {
			if (e->kind != PL_MEM_PERSON)
				continue;
			/* (a person no dictionary codes: the pair is not known) */
			if (!e->code || strchr(e->code, '/'))
				return NULL;
			c[n++] = e->code;
			continue;
		}
		if (e->kind != PL_MEM_ORG || !(mc = pair_member(NULL, e->code, kind, role, a)) ||
		    (n && pl_eq(c[0], mc)))
			continue;
		if (named_here(out, k, mc, kind, a))
			return NULL;
		c[n++] = mc;
	}
	/* (two bodies of the kind, and no third near them: "the two firms"
	** after eight firms are named is none of them in particular) */
	for (; kind == PAIR_BODIES && n == 2 && i >= 0 && ctx->sent - ctx->mem[i].sent <= 3; i--) {
		const char *mc;
		if (ctx->mem[i].kind != PL_MEM_ORG || ctx->mem[i].sent == ctx->sent ||
		    !(mc = pair_member(NULL, ctx->mem[i].code, kind, role, a)) ||
		    named_here(out, k, mc, kind, a))
			continue;
		if (!pl_eq(mc, c[0]) && !pl_eq(mc, c[1]))
			return NULL;
	}
	if (n < 2)
		return NULL;
	if (pl_eq(c[0], c[1]))
		return c[0];
	r = pl_arena_alloc(a, strlen(c[0]) + strlen(c[1]) + 2);
	if (!r)
		return NULL;
	{
		size_t l0 = strlen(c[0]), l1 = strlen(c[1]);
		memcpy(r, c[0], l0);
		r[l0] = '/';
		memcpy(r + l0 + 1, c[1], l1 + 1);
	}
	return r;
}

/* pair_code, with the test of a chunk pair_kind() can take made before the
** call: two or three words opening with "the" or "both" (asked of nearly
** every chunk, and most are none). */
static inline const char *pair_code(const pl_docctx *ctx, const pl_token *tok, const pl_sentan *out,
                                    int k, pl_arena *a)
{
	const pl_np *np = &out->np[k];
	uint32_t n = np->t1 - np->t0;
	char c = tok[np->t0].low[0];
	if ((n != 2 && n != 3) || (c != 't' && c != 'b'))
		return NULL;
	return pair_code_of(ctx, tok, out, k, a);
}

/* Gives the chunks that name an actor again ("the spokesman", "the agency",
** "spokesman Carter") the code of the one remembered, then remembers the
** chunks that name an actor, under the nouns that may name it later.  Not
** for PETRARCH dictionaries (PETRARCH has no such memory). */
/* Does chunk np name a body by a dictionary's name for it, which opens
** the chunk's name ("BBC News", "the Lib Dems"), and end in no title ("the
** Opec President")?  Not "Helen Roche", whose surname a firm bears. */
static int body_named(const pl_token *tok, const pl_np *np, const mention *m, int nm)
{
	int z, found = 0;
	uint32_t i;
	for (i = np->t0; i < np->t1 && !((tok[i].flags & PL_TOK_CAP) && tok[i].tag == PL_T_NNP); i++)
		;
	for (z = 0; z < nm; z++) {
		if (m[z].t1 == np->t1 && m[z].ph->kind == PL_A_AGENT)
			return 0;
		if (m[z].ph->kind == PL_A_ORG && m[z].t0 >= np->t0 && m[z].t0 <= i && m[z].t1 > i)
			found = 1;
	}
	return found;
}

/* "Labour attacked his policies", "Investors praised his handling of the
** economy": a plan, a decision or a deed of "his" or "her", judged by a
** body or a group, belongs to the person the sentence before was about
** (else the one person the last sentences named), who is then its owner
** (poss_code; owner_mod: no doer).  Not when a
** person, a pronoun or a single official stands before it in the sentence
** ("Mr Blair defended his record", "the minister praised his staff"): the
** "his" is then most often that one's own. */
static int pronoun_owner(const pl_store *s, const pl_docctx *ctx, const pl_token *tok, pl_sentan *out,
                         int k)
{
	pl_np *np = &out->np[k];
	const pl_token *h = &tok[np->t1 - 1];
	const struct pl_memory *p;
	const char *cls, *code, *file;
	uint32_t line;
	char pron;
	int j;
	if (np->pronoun || np->code || np->poss_code || np->t1 - np->t0 < 2 ||
	    !(is(&tok[np->t0], "his") || is(&tok[np->t0], "her")) || (h->flags & PL_TOK_CAP) ||
	    !(h->tag == PL_T_NN || h->tag == PL_T_NNS))
		return 0;
	cls = pl_hash_get(&s->objclass, lem(h), strlen(lem(h)));
	if (!cls || !(pl_eq(cls, "abstract") || pl_eq(cls, "document")))
		return 0;
	pron = tok[np->t0].low[1] == 'i' ? 'h' : 's';
	if (ctx->quote_open || person_before(ctx, tok, out, np))
		return 0;
	for (j = 0; j < k; j++) {
		const pl_np *x = &out->np[j];
		if (x->person || x->pronoun || tok[x->t1 - 1].tag == PL_T_NN)
			return 0;
	}
	if (ctx->topic_code && ctx->topic_sent + 1 == ctx->sent && !(ctx->topic_pron && ctx->topic_pron != pron)) {
		code = ctx->topic_code;
		file = ctx->topic_file;
		line = ctx->topic_line;
	} else if ((p = mem_person(ctx, 0)) != NULL && p->code) {
		/* (else the one person the last sentences named: "Lula was
		** criticised ... .  Investors have praised his handling") */
		code = p->code;
		file = p->file;
		line = p->line;
	} else {
		return 0;
	}
	/* ("Mr Howard ... her policies": not his) */
	if (file && named_man(s, ctx, file, line, pron == 's'))
		return 0;
	np->poss_code = code;
	np->file = file;
	np->line = line;
	np->how = PL_HOW_PRONOUN;
	np->owner_mod = 1;
	return 1;
}

/* Is token j the "and" inside a firm's name, "Kidder Peabody and Co",
** "Goldman, Sachs and Co": a capitalised name before it and "Co" or
** "Company" after it (no other legal form: "Exxon Corp and Mobil Corp" are
** two). */
static int and_company_around(const pl_token *tok, uint32_t t1, uint32_t j)
{
	static const char *const co[] = {"co", "co.", "company", "cos", "cos.", NULL};
	return tok[j - 1].tag == PL_T_NNP &&
	       (tok[j - 1].flags & PL_TOK_CAP) && j + 1 < t1 && (tok[j + 1].flags & PL_TOK_CAP) &&
	       pl_in_list(tok[j + 1].low, co);
}

/* (inline, the words around out of line: the chunker asks it of every word
** it adds, and nearly all of them fail at "and") */
static inline int and_company(const pl_token *tok, uint32_t t1, uint32_t j)
{
	return (is(&tok[j], "and") || is(&tok[j], "&")) && and_company_around(tok, t1, j);
}

/* Does chunk np name a firm by a name with "and Co" in it? */
static int and_co_name(const pl_token *tok, const pl_np *np)
{
	uint32_t j;
	for (j = np->t0 + 1; j + 1 < np->t1; j++)
		if (and_company(tok, np->t1, j))
			return 1;
	return 0;
}

/* Is token i of chunk np a company's legal form after its name: "Hughes
** Aircraft Co", "Kidder Peabody and Co" (and_company)? */
static int form_after_name(const pl_token *tok, const pl_np *np, uint32_t i)
{
	/* (a suffix is capitalised, or "plc": most words of a chunk are
	** turned away here, before and_company) */
	if (!(tok[i].flags & PL_TOK_CAP) && tok[i].len != 3)
		return 0;
	return ((tok[i - 1].flags & PL_TOK_CAP) || (i - 1 > np->t0 && and_company(tok, np->t1, i - 1))) &&
	       is_company_suffix(&tok[i]);
}

/* A capitalised word a company's name is written with: a proper noun, or a
** plural the tagger took for a common noun ("Mitsubishi Motor Sales"). */
static int name_tag(const pl_token *t)
{
	return (t->flags & PL_TOK_CAP) && (t->tag == PL_T_NNP || t->tag == PL_T_NNPS || t->tag == PL_T_NNS);
}

/* The country by name (a mention of one 3-letter code) that opens at token
** j, or NULL. */
static const mention *country_at(const mention *m, int nm, uint32_t j)
{
	int z;
	for (z = 0; z < nm; z++)
		if (m[z].t0 == j && m[z].ph->kind == PL_A_COUNTRY && m[z].ph->code &&
		    strlen(m[z].ph->code) == 3)
			return &m[z];
	return NULL;
}

/* Is token q a word of a name: capitalised, a proper noun, no mention? */
static int bare_name_word(const pl_token *tok, const mention *m, int nm, uint32_t q)
{
	int z;
	if (!name_tag(&tok[q]))
		return 0;
	/* (a business's bare role word is a word of its name: "Chase
	** Manhattan Bank (Ireland)") */
	for (z = 0; z < nm; z++)
		if (m[z].t0 == q)
			return m[z].ph->kind == PL_A_AGENT && m[z].t1 == q + 1 && pl_eq(m[z].ph->code, "BUS");
	return 1;
}

/* Does a company's name end right before token j, in chunk words i..j-1:
** a legal form after a capitalised word ("Dynamics Corp"), or a firm of the
** dictionaries and then only words of a name ("General Motors",
** "Mitsubishi Motor Sales"), or (formed: a legal form follows the country)
** any words of a name ("Marlow Tooling ... of Canada Ltd")? */
static int firm_name_before(const pl_token *tok, const mention *m, int nm, uint32_t i, uint32_t j,
                            int formed)
{
	uint32_t q;
	int z;
	if (j <= i || !(tok[j - 1].flags & PL_TOK_CAP))
		return 0;
	/* (nor an owner's unit, "Hitachi Ltd's Maxell Corp of America": the
	** chunk is the owner's) */
	for (q = i; q < j; q++)
		if (tok[q].tag == PL_T_POS)
			return 0;
	/* (not "Trust": "the Press Trust of India" is no firm's arm) */
	if (j > i + 1 && is_company_suffix(&tok[j - 1]) && (tok[j - 2].flags & PL_TOK_CAP) &&
	    !is(&tok[j - 1], "trust"))
		return 1;
	for (z = 0; z < nm; z++) {
		const char *c = m[z].ph->code;
		if (m[z].t0 < i || m[z].t1 > j || m[z].ph->kind != PL_A_ORG || !c || strlen(c) < 6 ||
		    !has_role(c, "BUS"))
			continue;
		for (q = m[z].t1; q < j && bare_name_word(tok, m, nm, q); q++)
			;
		if (q == j)
			return 1;
	}
	if (!formed)
		return 0;
	for (q = i; q < j && (bare_name_word(tok, m, nm, q) || is(&tok[q], "and") || is(&tok[q], "&")); q++)
		;
	return q == j && j - i >= 2;
}

/* "General Motors of Canada Ltd", "Ford Motor Co of Canada", "Citibank
** (Switzerland)", "Nissan Motor Manufacturing (UK) Ltd": the end of a
** company's name (chunk words i..j-1) that goes on at token j with a
** country, after "of" ("the") or in brackets, and any legal forms after
** it, the last words of the name; 0 when the name does not go on so.  The
** country is the firm's national arm's (company_country), or its home.
** Not when a name goes on after the country ("of Canada Development"), nor
** "Bank of Canada" (no firm before "of": a name the dictionary has whole
** is one mention, "Bank of America", "Royal Bank of Canada"). */
static uint32_t firm_arm_end(const pl_token *tok, uint32_t t1, const mention *m, int nm, uint32_t i,
                             uint32_t j)
{
	const mention *c;
	uint32_t e, q = j + 1;
	if (q >= t1)
		return 0;
	if (is(&tok[j], "of")) {
		if (is(&tok[q], "the") && q + 1 < t1)
			q++;
		if ((c = country_at(m, nm, q)) == NULL)
			return 0;
		e = c->t1;
	} else if (is(&tok[j], "(")) {
		if ((c = country_at(m, nm, q)) == NULL || c->t1 >= t1 || !is(&tok[c->t1], ")"))
			return 0;
		e = c->t1 + 1;
	} else {
		return 0;
	}
	for (q = e; q < t1 && (tok[q].flags & PL_TOK_CAP) && is_company_suffix(&tok[q]); q++)
		;
	/* (the name ends there: no more of a name, nor an owner's "'s" or a
	** title after it, "Bache Securities (Japan) vice president Peter
	** Wolffe", whose chunk would be the officer's) */
	if (q < t1 && (bare_name_word(tok, m, nm, q) || PL_TAG_IS_NOUN(tok[q].tag) || tok[q].tag == PL_T_POS ||
	               tok[q].tag == PL_T_JJ))
		return 0;
	return firm_name_before(tok, m, nm, i, j, q > e) ? q : 0;
}

/* Does the chunk that opened at token i take token j as a word of a firm's
** national arm (firm_arm_end): the "of" or bracket that opens the country,
** the "the" after that "of", or the bracket that closes it? */
static int firm_arm_word(const pl_token *tok, uint32_t t1, const mention *m, int nm, uint32_t i,
                         uint32_t j)
{
	int z;
	if (is(&tok[j], "of") || is(&tok[j], "("))
		return firm_arm_end(tok, t1, m, nm, i, j) > j;
	if (is(&tok[j], "the"))
		return j > i + 1 && is(&tok[j - 1], "of") && firm_arm_end(tok, t1, m, nm, i, j - 1) > j;
	if (!is(&tok[j], ")"))
		return 0;
	for (z = 0; z < nm; z++)
		if (m[z].t1 == j && m[z].t0 > i + 1 && is(&tok[m[z].t0 - 1], "("))
			return firm_arm_end(tok, t1, m, nm, i, m[z].t0 - 1) > j;
	return 0;
}

/* Is mention x a state's bank, a central bank named by its name ("the Bank
** of England", "the Reserve Bank of Australia", "the Bundesbank")?  It is
** then remembered under "bank" too, so that "the Bank", "the bank" or "the
** central bank" later is that bank, not a company of the story's country. */
static int state_bank(const pl_token *tok, const mention *x)
{
	uint32_t i;
	if (x->ph->kind != PL_A_ORG || !x->ph->code || !has_role(x->ph->code, "GOV"))
		return 0;
	for (i = x->t0; i < x->t1; i++) {
		size_t n = strlen(tok[i].low);
		if (n >= 4 && !strcmp(tok[i].low + n - 4, "bank"))
			return 1;
	}
	return 0;
}

/* Is mention x a state's central bank named by the agent noun ("the
** Central Bank", "Sri Lanka's Central Bank"), coded `code` as a government? */
static int agent_bank(const pl_token *tok, const mention *x, const char *code)
{
	return x->ph->kind == PL_A_AGENT && x->t1 > x->t0 && tok[x->t1 - 1].tag != PL_T_NNS &&
	       pl_eq(tok[x->t1 - 1].low, "bank") && code && strlen(code) == 6 && !strcmp(code + 3, "GOV");
}

/* Is mention x a bank of a state or of states, named in full ("the Bank of
** England", "the World Bank")?  The wire writes such a bank again as
** "the Bank" with a capital; the first such bank is kept for that short
** name (pl_docctx.bank), apart from the memory of the common noun
** "bank", which other banks of the story ("banks in Britain") take over. */
static int named_public_bank(const pl_token *tok, const mention *x, const char *code)
{
	/* (also a state's central bank named by the agent noun with its
	** country, "Sri Lanka's Central Bank", "the Belgian central bank") */
	if (agent_bank(tok, x, code))
		return 1;
	if (x->ph->kind != PL_A_ORG || !x->ph->code || strncmp(x->ph->code, "IGO", 3))
		return state_bank(tok, x);
	return x->t1 > x->t0 && pl_eq(tok[x->t1 - 1].low, "bank");
}

/* The token of a capitalised "Bank" in chunk np that is a short name of its
** own ("the Bank said", "the Bank's total help", "a Bank spokesman"): not
** the sentence's first word, with nothing but a determiner before it in the
** chunk (not "the World Bank", "First National Bank"), nothing capitalised
** after it, and no "of" or "for" after the chunk ("the Bank of Japan", "the
** Bank for International Settlements"); 0 when there is none. */
static uint32_t bank_short_name(const pl_token *tok, const pl_sentan *out, const pl_np *np)
{
	uint32_t i, j;
	if (np->pronoun || (np->t1 < out->t1 && (is(&tok[np->t1], "of") || is(&tok[np->t1], "for"))))
		return 0;
	for (i = np->t0; i < np->t1; i++) {
		if (!pl_eq(tok[i].low, "bank") || !(tok[i].flags & PL_TOK_CAP) || (tok[i].flags & PL_TOK_ALLCAP) ||
		    i == out->t0)
			continue;
		if (i > np->t0 && (i - 1 > np->t0 || tok[np->t0].tag != PL_T_DT))
			return 0;
		for (j = i + 1; j < np->t1; j++)
			if ((tok[j].flags & PL_TOK_CAP) || tok[j].tag == PL_T_NNP || tok[j].tag == PL_T_NNPS)
				return 0;
		return i;
	}
	return 0;
}

/* The state's or states' bank the story named first in full, when chunk np
** names it again by the short name "the Bank" (into *e); 0 otherwise.  The
** first, as the bank the story is about: a bank named in passing later
** ("the IMF and World Bank meetings" in a story of the IADB) is not the
** one "the Bank" names. */
static int public_bank_again(const pl_docctx *ctx, const pl_token *tok, const pl_sentan *out,
                             const pl_np *np, struct pl_memory *e)
{
	const char *cc;
	if (!ctx->bank.code || !bank_short_name(tok, out, np))
		return 0;
	cc = context_country(ctx);
	/* (a state's bank of another country than the story's is named in
	** passing: "prior moves by the Bundesbank" in a story of the Dutch
	** central bank, which the story calls "the Central Bank" and "the
	** Bank"; an inter-state bank is no country's) */
	if (cc && strncmp(ctx->bank.code, "IGO", 3) && strncmp(ctx->bank.code, cc, 3))
		return 0;
	*e = ctx->bank;
	e->sent = ctx->sent;
	return 1;
}

/* The initials of a body's name, lower case, into buf (of size n): one
** letter for each capitalised word or hyphened part ("Freeport-McMoran
** Gold" fmg, "Bank of New Zealand" bnz); 0 when the name has fewer than
** two or a word of another kind.  A company's legal form is left out
** when drop is set ("Gold Co" g). */
static int name_initials(const pl_token *tok, uint32_t t0, uint32_t t1, int drop, char *buf, size_t n)
{
	size_t len = 0;
	uint32_t i;
	if (drop && t1 > t0 && is_company_suffix(&tok[t1 - 1]))
		t1--;
	for (i = t0; i < t1; i++) {
		const char *w = tok[i].low;
		if (i == t0 && tok[i].tag == PL_T_DT)
			continue;
		if (is(&tok[i], "of") || is(&tok[i], "and") || is(&tok[i], "for") || is(&tok[i], "&"))
			continue;
		if (!(tok[i].flags & PL_TOK_CAP) || (tok[i].flags & PL_TOK_ALLCAP) ||
		    !isalpha((unsigned char)w[0]))
			return 0;
		for (; *w; w++)
			if ((w == tok[i].low || w[-1] == '-') && isalpha((unsigned char)*w)) {
				if (len + 1 >= n)
					return 0;
				buf[len++] = *w;
			}
	}
	buf[len] = '\0';
	return len >= 2;
}

/* Keep initials under name as a name of the body coded code ("API" said
** after "the American Petroleum Institute"). */
static void remember_initials(pl_docctx *ctx, const char *name, const char *code, const pl_np *np,
                              pl_arena *a)
{
	char *p = pl_arena_strndup(a, name, strlen(name));
	if (p)
		remember(ctx, p, code, np->file, np->line);
}

/* 4c. a body named in full with a code is remembered by its initials and
** by a short name in brackets after it, "Freeport-McMoran Gold Co (FMG)":
** a later "FMG said" is that body, not an unknown name of the context's
** country.  Persons and bare roles are left to the surname memory. */
static void body_short_names(const pl_store *s, pl_docctx *ctx, const pl_token *tok, const pl_sentan *out,
                             pl_arena *a)
{
	char buf[16];
	int k;
	if (s->petrarch)
		return;
	for (k = 0; k < out->nnp; k++) {
		const pl_np *np = &out->np[k];
		const char *code = np->agent_only ? np->icode : np->code;
		uint32_t t1 = np->t1;
		/* (a bare country tells no more than the context would; a bare
		** BUS, a company of no known country, would take the place of
		** the context's country, as often right as wrong) */
		if (!code || strlen(code) <= 3 || (np->person && !is_company_suffix(&tok[np->t1 - 1])) ||
		    np->pronoun || np->poss_code || tok[np->t1 - 1].tag != PL_T_NNP)
			continue;
		/* ("the Bank of New Zealand": the chunk of the place is part of
		** the name) */
		if (k + 1 < out->nnp && out->np[k + 1].t0 == t1 + 1 &&
		    is(&tok[t1], "of") && tok[out->np[k + 1].t1 - 1].tag == PL_T_NNP)
			t1 = out->np[k + 1].t1;
		if (t1 - np->t0 < 2)
			continue;
		if (t1 + 2 < out->t1 && is(&tok[t1], "(") && is(&tok[t1 + 2], ")") &&
		    tok[t1 + 1].tag == PL_T_NNP && (tok[t1 + 1].flags & PL_TOK_CAP))
			remember_initials(ctx, tok[t1 + 1].low, code, np, a);
		if (name_initials(tok, np->t0, t1, 0, buf, sizeof buf))
			remember_initials(ctx, buf, code, np, a);
		if (name_initials(tok, np->t0, t1, 1, buf, sizeof buf))
			remember_initials(ctx, buf, code, np, a);
	}
}

/* Is chunk np a firm's noun in the singular ("the company", "the
** biotechnology company", "the bank") that is its sentence's subject: a
** finite verb right after it (an adverb between allowed), the noun opening
** the sentence or following an opening phrase and its comma, or following
** any comma when the verb is one of saying? */
static int speaking_firm_noun(const pl_token *tok, const pl_sentan *out, const pl_np *np)
{
	uint32_t v = np->t1, t;
	if (!firm_head(&tok[np->t1 - 1]))
		return 0;
	if (v < out->t1 && tok[v].tag == PL_T_RB)
		v++;
	if (v >= out->t1 || !(tok[v].tag == PL_T_VBD || tok[v].tag == PL_T_VBZ))
		return 0;
	/* (opening its sentence, any verb: "The company contended"; after an
	** opening phrase and its comma, as well: "Last month, the company
	** warned"; after a comma, one of saying: "..., the company said") */
	if (np->t0 == out->t0)
		return 1;
	if (!is(&tok[np->t0 - 1], ","))
		return 0;
	if (is_reporting(&tok[v]))
		return 1;
	for (t = out->t0; t < np->t0; t++)
		if (PL_TAG_IS_VERB(tok[t].tag) || tok[t].tag == PL_T_MD || (tok[t].flags & PL_TOK_QCLOSE))
			return 0;
	return 1;
}

/* Is chunk np's head a title of one who speaks for a body? */
static int mouth_title(const pl_token *tok, const pl_np *np)
{
	static const char *const w[] = {"spokesman", "spokeswoman", "spokesperson", NULL};
	return np->t1 > np->t0 && pl_in_list(lem(&tok[np->t1 - 1]), w);
}

/* Records chunk np, when it names one who speaks for a body by a title
** alone or with the body ("a company spokesman", "A TRE spokesman"), as
** the last such (pl_docctx.mouth), with the code it has now: the
** context's for a bare title ("a company spokesman", BUS, is CANBUS in a
** story of Canada). */
static void note_mouth(pl_docctx *ctx, const pl_token *tok, const pl_np *np)
{
	const char *c = np->agent_only && np->icode ? np->icode : np->code;
	uint32_t i;
	if (!c || np->pronoun || !mouth_title(tok, np))
		return;
	/* (a bare country says nothing of the body; "a bank spokesman" is as
	** often the central bank's, which the rules for banks judge) */
	if (strlen(c) < 6 && stateful(c))
		return;
	for (i = np->t0; i < np->t1; i++)
		if (is(&tok[i], "bank"))
			return;
	ctx->mouth.noun = "spokesman";
	ctx->mouth.code = c;
	ctx->mouth.file = np->file;
	ctx->mouth.line = np->line;
	ctx->mouth.sent = ctx->sent;
	ctx->mouth.kind = PL_MEM_PERSON;
}

/* Is chunk np a bare "the spokesman" (alone, definite, nothing else),
** which neither the memory nor the story's topic has coded and which would
** be the context's government, when the last one named as speaking for a
** body (note_mouth) spoke for another kind of body ("a company spokesman
** said ... .  The spokesman said": the company's)?  Only within three
** sentences. */
static int mouth_again(const pl_docctx *ctx, const pl_token *tok, const pl_np *np, int alone)
{
	const char *c = ctx->mouth.code;
	size_t n;
	if (!c || !alone || np->pronoun || np->t1 - np->t0 != 2 || !is(&tok[np->t0], "the") ||
	    !mouth_title(tok, np) || !np->agent_only || !np->code || !pl_eq(np->code, "GOV") ||
	    ctx->sent > ctx->mouth.sent + 3 || (n = strlen(c)) < 3)
		return 0;
	/* (a role with or without its country: "CANBUS", "BUS") */
	return strcmp(c + (n >= 6 ? 3 : 0), "GOV") != 0 && strncmp(c + (n >= 6 ? 3 : 0), "GOV", 3) != 0;
}

/* Is chunk np a market analyst named with the firm before the title and
** the name after it ("Wertheim analyst James Hanbury", "Scrimgeour Vickers
** economist Richard Holt")?  The firm no dictionary knows is seldom of
** another country than the story's, and the surname is then remembered
** with the role the context gives (a bare BUS of any other officer is
** not: docs/accuracy.md). */
static int firm_analyst(const pl_token *tok, const pl_np *np)
{
	static const char *const w[] = {"analyst", "economist", "strategist", "dealer", "trader", NULL};
	uint32_t i;
	for (i = np->t0 + 1; i + 1 < np->t1; i++)
		if (tok[i].tag == PL_T_NN && pl_in_list(lem(&tok[i]), w))
			return (tok[i - 1].tag == PL_T_NNP || tok[i - 1].tag == PL_T_NNPS) &&
			       (tok[i - 1].flags & PL_TOK_CAP) &&
			       tok[i + 1].tag == PL_T_NNP && (tok[i + 1].flags & PL_TOK_CAP);
	return 0;
}

/* "Citicorp chairman John Reed said ... .  The chairman added": a bare
** "the" and a title noun no dictionary codes, alone and of no one named
** after it ("the chairman of the committee" is another), is the person
** last named with that title, within six sentences; NULL when the title
** was last a body's or no one's, or when a body of another code was named
** in a later sentence ("Exxon said profits rose.  The chairman said" is
** Exxon's chairman). */
static const struct pl_memory *titled_again(const pl_docctx *ctx, const pl_token *tok,
                                            const pl_sentan *out, const pl_np *np)
{
	/* (the titles one person holds: a "festival" or a "bank" remembered
	** with a person's chunk is no title) */
	static const char *const title[] = {"chairman", "chairwoman", "president", "secretary",
		"governor", "director", "analyst", "economist", "banker", "executive", "treasurer",
		"commissioner", "ambassador", "senator", "congressman", "minister", "chancellor",
		"premier", "official", "administrator", "manager", "strategist", "adviser", "advisor",
		"lawyer", "attorney", "envoy", "negotiator", "delegate", "mayor", "spokesperson", NULL};
	static pl_wordset title_set = PL_WORDSET(title);
	const struct pl_memory *e, *f;
	if (np->code || np->poss_code || np->pronoun || np->of_np1 || np->t1 - np->t0 != 2 ||
	    !is(&tok[np->t0], "the") || tok[np->t1 - 1].tag != PL_T_NN ||
	    (np->t1 < out->t1 && is(&tok[np->t1], "of")) ||
	    !pl_in_set(&title_set, noun_key(lem(&tok[np->t1 - 1]))))
		return NULL;
	e = mem_find(ctx, noun_key(lem(&tok[np->t1 - 1])), NULL, 0);
	if (!e || e->kind != PL_MEM_PERSON || ctx->sent - e->sent > 6)
		return NULL;
	for (f = e + 1; f < ctx->mem + ctx->nmem; f++)
		if (f->kind == PL_MEM_ORG && f->sent > e->sent && f->code && strcmp(f->code, e->code))
			return NULL;
	return e;
}

/* Remembers person chunk np under the title noun that stands before its
** name ("Citicorp chairman John Reed": "chairman"), when no dictionary
** gave the title (a title a dictionary knows, "shadow chancellor", is
** remembered by its mention, as its office says) and the name is the
** chunk's last words: a bare "the chairman" later may name him. */
static void remember_title(pl_docctx *ctx, const pl_token *tok, const pl_np *np, const mention *m,
                           int nm)
{
	uint32_t i, j;
	int z;
	for (i = np->t0; i + 2 < np->t1; i++) {
		if (tok[i].tag != PL_T_NN || (tok[i].flags & PL_TOK_CAP) || tok[i + 1].tag != PL_T_NNP ||
		    !(tok[i + 1].flags & PL_TOK_CAP))
			continue;
		for (j = i + 1; j < np->t1; j++)
			if (tok[j].tag != PL_T_NNP || !(tok[j].flags & PL_TOK_CAP))
				return;
		for (z = 0; z < nm; z++)
			if (i >= m[z].t0 && i < m[z].t1 && m[z].ph->kind != PL_A_ORG)
				return;
		if (i > np->t0 && pl_office_apart(tok[i - 1].low, strcspn(tok[i - 1].low, "-")))
			return;
		mem_add(ctx, noun_key(lem(&tok[i])), np->code, np->file, np->line, PL_MEM_PERSON);
		return;
	}
}

static void actor_memory(const pl_store *s, pl_docctx *ctx, const pl_token *tok, pl_sentan *out,
                         const mention *m, int nm, pl_arena *a)
{
	int k;
	if (s->petrarch)
		return;
	for (k = 0; k < out->nnp; k++) {
		pl_np *np = &out->np[k];
		const char *head = lem(&tok[np->t1 - 1]);
		const struct pl_memory *e = NULL;
		struct pl_memory bank;
		const pl_bodyhead *ev;
		const char *poss = NULL;   /* (asked below whether a possessor was found) */
		int alone = 1, cls, ekind = 0;
		uint32_t i;
		/* (a group is a run of neighbouring chunks, joined one to the
		** next: a chunk is alone when neither neighbour shares its group) */
		if ((k > 0 && out->np[k - 1].group == np->group) ||
		    (k + 1 < out->nnp && out->np[k + 1].group == np->group))
			alone = 0;
		/* "the Liberal Democrats' home secretary" is someone else's;
		** "the spokesman, John Marlow," is named right there */
		for (i = np->t0; i < np->t1 && alone && (out->tags >> PL_T_POS & 1); i++)
			if (tok[i].tag == PL_T_POS)
				alone = 0;
		if (np->t1 + 1 < out->t1 && is(&tok[np->t1], ",") && tok[np->t1 + 1].tag == PL_T_NNP)
			alone = 0;
		/* 1. recall */
		if (alone && !np->pronoun && (poss = pair_code(ctx, tok, out, k, a)) != NULL) {
			take_code(np, poss, PL_HOW_MEMORY);
			np->person = 0;
			continue;
		}
		if (np->pronoun && is(&tok[np->t0], "they") && ctx->topic_pl_code &&
		    ctx->topic_sent + 1 == ctx->sent && !ctx->quote_open && first_actor(tok, out, k)) {
			/* "The Tories are trying ... . On Wednesday they unveiled":
			** the body the sentence before was about, when nothing
			** named or quoted comes between */
			stand_for(np, ctx->topic_pl_code, ctx->topic_pl_file, ctx->topic_pl_line, -1);
			continue;
		}
		if (np->pronoun && is(&tok[np->t0], "it") && ctx->topic_sg_code &&
		    ctx->topic_sent + 1 == ctx->sent && !ctx->quote_open && first_actor(tok, out, k) &&
		    it_acts(tok, np->t0, out->t1)) {
			/* "The ministry rejected the claim.  It said ...": the body
			** the sentence before was about */
			stand_for(np, ctx->topic_sg_code, ctx->topic_sg_file, ctx->topic_sg_line, -1);
			continue;
		}
		/* (the next three are of a chunk opening with a possessive
		** pronoun, "his party", "its chairman", "her report": most chunks
		** are turned away here, with no call) */
		if (tok[np->t0].tag == PL_T_PRPS) {
			if (!np->pronoun && (poss = possessor_role(ctx, tok, out, np, a)) != NULL) {
				take_code(np, poss, PL_HOW_PRONOUN);
				continue;
			}
			if ((poss = possessed_title(ctx, tok, out, k, a)) != NULL) {
				take_code(np, poss, PL_HOW_PRONOUN);
				np->person = 1;
				continue;
			}
		}
		if (tok[np->t0].low[0] == 'h' && pronoun_owner(s, ctx, tok, out, k))
			continue;
		/* "The Bank of England said ... .  This brings the Bank's total
		** help to 461 mln stg": the state's bank named before, not a
		** company of the story's country (taken below, as a body
		** remembered) */
		if (public_bank_again(ctx, tok, out, np, &bank)) {
			e = &bank;
		} else if (np->pronoun && (is(&tok[np->t0], "he") || is(&tok[np->t0], "she"))) {
			const struct pl_memory *p = NULL;
			if ((spk_person(ctx) || ctx->spk_anon) && ctx->spk_sent + 1 == ctx->sent &&
			    !(ctx->spk_pron && ctx->spk_pron != tok[np->t0].low[0]) &&
			    outside_quote(ctx, tok, out, np->t0) && !person_before(ctx, tok, out, np)) {
				/* the speaker of the quotation the sentences before
				** were wholly inside, over the people it named; one
				** the people dictionary does not know is left to the
				** quotations, which know that speaker's role, if any */
				if (ctx->spk_code)
					stand_for(np, ctx->spk_code, ctx->spk_file, ctx->spk_line, 1);
			} else if (ctx->topic_code && ctx->topic_sent + 1 == ctx->sent &&
			    !(ctx->topic_pron && ctx->topic_pron != tok[np->t0].low[0]) &&
			    !person_before(ctx, tok, out, np)) {
				/* the person the sentence before was about, over the
				** people it spoke of */
				stand_for(np, ctx->topic_code, ctx->topic_file, ctx->topic_line, 1);
			} else if (ctx->topic_anon && ctx->topic_sent + 1 == ctx->sent &&
			           !person_before(ctx, tok, out, np)) {
				/* (the person the sentence before was about has no
				** code: none rather than another's) */
			} else if ((p = mem_person(ctx, reports_before(tok, out, np))) != NULL) {
				stand_for(np, p->code, p->file, p->line, p->code != NULL);
			} else if ((p = clause_person(ctx, tok, out, np)) != NULL) {
				/* "Jowell said a delay would be disastrous and she
				** accused the Tories": the one person this sentence has
				** named, over those of the sentence before */
				stand_for(np, p->code, p->file, p->line, 1);
			}
			if (np->code && !sex_fits(s, ctx, tok, np))
				unstand(np);
			/* "Brown gave his budget.  Howard said he had failed": a
			** person named here before "he" leaves it open; the person
			** the sentences before named, kept for a judgement in the
			** speaker's words (stance.c) */
			if (person_before(ctx, tok, out, np) && (p = mem_person(ctx, 1)) != NULL && p->code)
				other_reading(s, ctx, tok, np, p);
			/* "Clarke faced questions.  Howard said he should resign":
			** the person asked to give way is that other one, named in
			** the last two sentences (one named long before may have
			** been followed by others the dictionaries do not name) */
			if (np->other_code && people_here(ctx) == 1 && p && ctx->sent - p->sent <= 2 &&
			    asked_to_yield(tok, out, np)) {
				stand_for(np, np->other_code, np->other_file, np->other_line, 1);
				np->not_speaker = 1;
			}
			continue;
		} else if (np->agent_only && np->code && alone && tok[np->t1 - 1].tag == PL_T_NNP &&
		    strcmp(np->code, "BUS") && !in_agent(m, nm, np->t1 - 1)) {
			/* "spokesman Carter", "Secretary Blinken" */
			const char *f = NULL;
			uint32_t l = 0;
			const char *c = remembered(ctx, tok[np->t1 - 1].low, &f, &l);
			/* (a name remembered with its country alone, "Andy Hayman"
			** GBR, takes the role named now: "Chief constable Mr
			** Hayman" GBRCOP; not a title for a body no dictionary
			** knows, body_officer: "Jo Orr, spokeswoman for Acme,") */
			if (c && strlen(c) == 3 && stateful(c) && !np->body_officer)
				c = np->role_first ? join(a, np->code, c) : join(a, c, np->code);
			if (c) {
				np->code = c;
				np->file = f;
				np->line = l;
				np->agent_only = 0;
				np->icode = NULL;
				np->how = PL_HOW_MEMORY;
			}
		} else if (np->agent_only && np->code && alone && definite(&tok[np->t0]) &&
		           strcmp(np->code, "ELI") && !np->of_np1) {
			/* "the spokesman", "the foreign minister", "the rebels": the
			** same title before; or the last actor in that role, for a
			** body ("the company") or an armed force ("the militants");
			** "the companies", "the analysts" are others */
			int armed = pl_eq(np->code, "REB") || pl_eq(np->code, "UAF") ||
			            pl_eq(np->code, "MIL") || pl_eq(np->code, "COP") ||
			            pl_eq(np->code, "RAD") || pl_eq(np->code, "CRM");
			int plural = tok[np->t1 - 1].tag == PL_T_NNS;
			/* (not for a body named with capitals, "the Green Party",
			** which is no other party named before) */
			int fallback = armed || (!plural && org_noun(head) && strcmp(np->code, "GOV") &&
			                         !named_org(tok, np));
			/* (a party named with capitals that no dictionary knows,
			** "the Green Party", is a party of its own, not the last
			** one remembered under "party") */
			if ((!plural || armed) && !(named_org(tok, np) && pl_eq(head, "party")))
				e = mem_find(ctx, office_key(tok, np->t0, np->t1), fallback ? np->code : NULL,
				             1 << PL_MEM_ORG | 1 << PL_MEM_ROLE);
			/* (one who has left the office, "former Metropolitan Police
			** Commissioner Sir John Stevens" ELI, is not "the police") */
			if (e && e->code && strlen(e->code) >= 3 && !strcmp(e->code + strlen(e->code) - 3, "ELI"))
				e = NULL;
			/* ("the central bank" is no commercial bank remembered under
			** "bank": the state's, of the context's country) */
			if (e && e->code && pl_eq(np->code, "GOV") && pl_eq(head, "bank") &&
			    plays_role(e->code, "BUS"))
				e = NULL;
			/* ("the government official" is no trade body's official
			** remembered under "official": its own word places it in
			** the state, of the context's country) */
			if (e && e->code && pl_eq(np->code, "GOV") && !plays_role(e->code, "GOV") &&
			    state_word_before(tok, np))
				e = NULL;
		} else if (!np->code && !np->poss_code && !np->pronoun && alone &&
		           np->t1 - np->t0 <= 3 && tok[np->t1 - 1].tag == PL_T_NN && definite(&tok[np->t0]) &&
		           ((cls = org_noun(head)) != 0 || again_noun(head))) {
			/* "the agency", "the group": the same noun before, or the last
			** organisation (of a non-state kind for "the group", a party
			** for "the party": "The Liberal Democrats have unveiled plans
			** ... The party says") */
			e = mem_find(ctx, noun_key(head), cls == 1 ? "*" :
			             pl_eq(head, "party") && !named_org(tok, np) ? "PTY" : NULL, 1 << PL_MEM_ORG);
		} else if (alone) {
			e = titled_again(ctx, tok, out, np);
		}
		/* "Texaco Inc said it filed a motion ... against Pennzoil Co.
		** The company contended": a firm's noun that speaks or opens its
		** sentence is the firm the story is about (note_firm), not the one
		** it last named; a firm of no code leaves the noun to the rules
		** after */
		if (e && e->code && plays_role(e->code, "BUS") && speaking_firm_noun(tok, out, np) &&
		    ctx->firm.code && strcmp(e->code, ctx->firm.code) &&
		    ctx->sent - ctx->firm.sent <= 6)
			e = ctx->firm.code[0] ? &ctx->firm : NULL;
		if (e) {
			ekind = e->kind;
			np->code = e->code;
			np->file = e->file;
			np->line = e->line;
			np->agent_only = 0;
			np->icode = NULL;
			np->how = PL_HOW_MEMORY;
		}
		if (!e && alone && (poss = speaks_for_topic(ctx, tok, out, k, a)) != NULL && !poss[0]) {
			np->code = NULL;
			np->agent_only = 0;
			np->icode = NULL;
			np->how = PL_HOW_NONE;
		} else if (!e && alone && poss) {
			np->code = poss;
			np->file = poss == ctx->topic_sg_code ? ctx->topic_sg_file :
			           poss == ctx->topic_pl_code ? ctx->topic_pl_file :
			           poss == ctx->topic_code ? ctx->topic_file :
			           ctx->topic_body_code ? ctx->topic_body_file : NULL;
			np->line = poss == ctx->topic_sg_code ? ctx->topic_sg_line :
			           poss == ctx->topic_pl_code ? ctx->topic_pl_line :
			           poss == ctx->topic_code ? ctx->topic_line :
			           ctx->topic_body_code ? ctx->topic_body_line : 0;
			np->agent_only = 0;
			np->icode = NULL;
			np->how = PL_HOW_MEMORY;
			/* (one who speaks is a person "he" may stand for; "officials"
			** are not) */
			if (tok[np->t1 - 1].tag == PL_T_NN)
				ekind = PL_MEM_PERSON;
		}
		/* ("A TRE spokesman said ... .  The spokesman added": the one who
		** spoke last, not the context's government; a bare role, "a
		** Piedmont spokesman" BUS, takes its country from the context
		** as before) */
		if (!e && alone && !poss && mouth_again(ctx, tok, np, alone)) {
			np->code = ctx->mouth.code;
			/* (as the context gives it: not remembered again, so that
			** a later "the spokesman" reads the same speaker, not a
			** chain of them) */
			if (stateful(ctx->mouth.code)) {
				np->file = ctx->mouth.file;
				np->line = ctx->mouth.line;
				np->agent_only = 0;
				np->icode = NULL;
				np->how = PL_HOW_CONTEXT;
			}
		}
		note_mouth(ctx, tok, np);
		/* a bare role before a name the dictionaries do not know ("union
		** leader Jo Brown", "campaigner Ann Hill"): the surname is
		** remembered with the country the context gives the role, so "Ms
		** Brown" later is the union leader, not a guess from the article's
		** country (a role with no country is not remembered: a name's code
		** sets the context country) */
		if (np->agent_only && np->icode && !e && np->t1 - np->t0 >= 3 &&
		    tok[np->t1 - 1].tag == PL_T_NNP && tok[np->t1 - 2].tag == PL_T_NNP &&
		    (tok[np->t1 - 1].flags & PL_TOK_CAP) && !(tok[np->t1 - 1].flags & PL_TOK_ALLCAP) &&
		    (strcmp(np->code, "BUS") || firm_analyst(tok, np)) &&
		    !(article_country(ctx) && strncmp(np->icode, article_country(ctx), 3))) {
			/* (not with a country other than the article's: "an MEP
			** said Germany ..." says nothing of the MEP's) */
			int z, inmention = 0;
			for (z = 0; z < nm; z++)
				if (np->t1 - 1 >= m[z].t0 && np->t1 - 1 < m[z].t1)
					inmention = 1;
			if (!inmention)
				remember(ctx, tok[np->t1 - 1].low, np->icode, np->file, np->line);
		}
		/* "the Wako Research Institute", "the HWWA economic research
		** institute", "the Semiconductor Industry Association": a body
		** of members or of research by a proper name that the context
		** placed is remembered under its head noun alone, so that "the
		** institute" later is that body (it is not remembered as a name:
		** the context's guess).  Not firms' heads nor the state's ("the
		** bank", "the ministry" have their own memory) */
		if (!s->petrarch && !np->pronoun && !np->story &&
		    (np->agent_only ? np->icode != NULL : np->code && np->how == PL_HOW_CONTEXT) &&
		    member_head(head) &&
		    strlen(np_actor(np)) > 3 && stateful(np_actor(np)) && proper_before(tok, np))
			mem_add(ctx, noun_key(head), np_actor(np), np->file, np->line, PL_MEM_ORG);
		/* (the bodies of states the story names, counted: whose
		** meeting its delegates attend, meeting_body) */
		if (np->code && !np->agent_only && !np->pronoun && np->how != PL_HOW_CONTEXT &&
		    !strncmp(np->code, "IGO", 3)) {
			int z;
			for (z = 0; z < ctx->nmeet && !pl_eq(ctx->meet[z].code, np->code); z++)
				;
			if (z < ctx->nmeet)
				ctx->meet[z].n++;
			else if (z < (int)(sizeof ctx->meet / sizeof ctx->meet[0])) {
				ctx->meet[z].code = np->code;
				ctx->meet[z].n = 1;
				ctx->nmeet++;
			}
		}
		/* 2. remember */
		if (np->code && !np->agent_only && !np->pronoun && (np->how != PL_HOW_CONTEXT || np->story) &&
		    !(np->city_role && tok[np->t1 - 1].tag == PL_T_NNS) && !np->market_role) {
			int kind = 0, nouns = 0, owner = 0, z;
			const char *cc = country_of(a, np->code);
			for (z = 0; z < nm; z++) {
				const mention *x = &m[z];
				if (x->t0 < np->t0 || x->t1 > np->t1)
					continue;
				/* (a person owning a party the chunk names, "Robert
				** Kilroy-Silk's Veritas Party", makes no person of it: a
				** "the party" later is no "he"; the owner is remembered
				** apart, below) */
				if (x->ph->kind == PL_A_PERSON && x->t1 < np->t1 && tok[x->t1].tag == PL_T_POS &&
				    pl_eq(tok[np->t1 - 1].low, "party"))
					owner = 1;
				else if (x->ph->kind == PL_A_PERSON)
					kind = PL_MEM_PERSON;
				else if (x->ph->kind == PL_A_ORG && kind != PL_MEM_PERSON)
					kind = PL_MEM_ORG;
				else if (x->ph->kind == PL_A_AGENT && !kind)
					kind = PL_MEM_ROLE;
			}
			if (owner && kind != PL_MEM_ORG)
				kind = PL_MEM_PERSON;
			/* "White House spokesman John Carter": a person named with
			** the role or body */
			/* (not a firm whose name ends "and Co": "Merck and Co Inc") */
			/* (nor a firm's national arm, "General Motors of Canada Ltd":
			** the firm, which "the company" later stands for) */
			if (kind && kind != PL_MEM_PERSON && np->t1 - np->t0 >= 3 &&
			    name_word(&tok[np->t1 - 1]) && tok[np->t1 - 2].tag == PL_T_NNP &&
			    !and_co_name(tok, np) && !(kind == PL_MEM_ORG && arm_name_end(tok, np, m, nm) < np->t1)) {
				int inmention = 0;
				for (z = 0; z < nm; z++)
					if (np->t1 - 1 >= m[z].t0 && np->t1 - 1 < m[z].t1)
						inmention = 1;
				if (!inmention)
					kind = PL_MEM_PERSON;
			}
			/* "Acme Widgets Inc said", given a country by its legal form
			** and opening its sentence: a body "the company" may stand
			** for later (a company named further on, "sold shares to
			** Sedio NV", is seldom the one the story is about) */
			if (!kind && k == 0 && !np->agent_only && (np->how == PL_HOW_PHRASE || np->story) &&
			    strlen(np->code) == 6 &&
			    !strcmp(np->code + 3, "BUS") && company_in(tok, np))
				kind = PL_MEM_ORG;
			/* "Edward White, analyst at E.F. Hutton Group Inc,": a name
			** of a given name and a surname that no dictionary knows,
			** coded by the words in apposition after it, is a person a
			** later "he" stands for, with that code (not the context's
			** country and role a title would give) */
			if (!kind && !ekind && np->how != PL_HOW_MEMORY && np->t1 - np->t0 >= 2 &&
			    surname_at_end(tok, np) && given_name(s, tok, np) == np->t0 && !company_in(tok, np))
				kind = PL_MEM_PERSON;
			/* named again: the kind of the one it names */
			if (ekind)
				kind = ekind;
			if (np->how == PL_HOW_MEMORY && !kind)
				kind = (tok[np->t1 - 1].tag == PL_T_NNP || titled_name(tok, np)) && !org_noun(head)
				       ? PL_MEM_PERSON : PL_MEM_ORG;
			np->person = kind == PL_MEM_PERSON;
			np->body = kind == PL_MEM_ORG && !ekind && body_named(tok, np, m, nm);
			/* (the owner is still a person a "he" may stand for) */
			if (owner && kind == PL_MEM_ORG)
				mem_add(ctx, NULL, np->code, np->file, np->line, PL_MEM_PERSON);
			for (z = 0; z < nm && kind; z++) {
				const mention *x = &m[z];
				const char *noun = NULL;
				if (x->t0 < np->t0 || x->t1 > np->t1)
					continue;
				if (x->ph->kind == PL_A_PERSON && x->ph->title && pl_eq(x->ph->title, "general") &&
				    x->t0 > np->t0 && is(&tok[x->t0 - 1], "general"))
					noun = office_key(tok, np->t0, x->t0);
				else if (x->ph->kind == PL_A_PERSON)
					noun = x->ph->title && !out_of_office_here(ctx, x->ph) ? noun_key(x->ph->title) : NULL;
				else if (x->ph->kind == PL_A_ORG || x->ph->kind == PL_A_AGENT)
					noun = office_key(tok, x->t0, x->t1);
				/* "shadow local government secretary Ed Davey" is not
				** "the government" later */
				if (noun && x->ph->kind != PL_A_PERSON && shadowed(tok, np->t0, x->t0))
					noun = NULL;
				/* nor is "a Conservative government" (a party's, maybe
				** one to come) "the government" later: the state's
				** office nouns keep the state's own code (not the
				** titles of any body: "a UKIP spokesman" is "the
				** spokesman" later) */
				if (noun && x->ph->kind == PL_A_AGENT && pl_eq(x->ph->code, "GOV") &&
				    !generic_title(lem(&tok[x->t1 - 1])) && strstr(np->code, "PTY"))
					noun = NULL;
				if (noun) {
					mem_add(ctx, noun, np->code, np->file, np->line, kind);
					nouns++;
				}
				if (state_bank(tok, x))
					mem_add(ctx, "bank", x->ph->code, np->file, np->line, kind);
				if (!ctx->bank.code && named_public_bank(tok, x, np->code)) {
					ctx->bank.code = x->ph->kind == PL_A_AGENT ? np->code : x->ph->code;
					ctx->bank.file = np->file;
					ctx->bank.line = np->line;
					ctx->bank.kind = PL_MEM_ORG;
				}
			}
			if (kind && !nouns)
				mem_add(ctx, np->how == PL_HOW_MEMORY ? noun_key(head) : NULL, np->code, np->file,
				        np->line, kind);
			if (kind == PL_MEM_PERSON && np->how != PL_HOW_MEMORY)
				remember_title(ctx, tok, np, m, nm);
			/* "the American Soybean Association" USABUS, coded by the
			** country and kind its name gives, holds no mention of a
			** body: remembered under its head noun all the same, so
			** that "the association" later is that body, not the
			** context's government */
			if (!kind && np->t1 - np->t0 >= 2 && (tok[np->t1 - 1].flags & PL_TOK_CAP) &&
			    tok[np->t1 - 1].tag == PL_T_NNP && strlen(np->code) > 3 && again_noun(head))
				mem_add(ctx, noun_key(head), np->code, np->file, np->line, PL_MEM_ORG);
			if (np->how == PL_HOW_MEMORY && cc) {
				note_country(ctx, cc, 1);
				ctx->last_bare = 0;
				ctx->last_state = 0;
			}
		} else if ((!np->code || np->agent_only) && !np->poss_code && !np->pronoun && np->t1 - np->t0 >= 2 &&
		           name_word(&tok[np->t1 - 1]) && tok[np->t1 - 2].tag == PL_T_NNP &&
		           (tok[np->t1 - 1].flags & PL_TOK_CAP) && !(tok[np->t1 - 1].flags & PL_TOK_ALLCAP) &&
		           !(body_name(s, tok, np, np->t1, &ev) && !pl_eq(lem(&tok[np->t1 - 1]), "group"))) {
			/* "John Smith", whom no dictionary knows: a person "he" may
			** stand for ("John Smith, an adviser to the president,": with
			** the role's country when the context gives one); "the Law
			** Commission" is no person but a body (body_name), while "USAir
			** Group" may be a firm and stays as it was */
			mem_add(ctx, NULL, np->agent_only ? np->icode : NULL, NULL, 0, PL_MEM_PERSON);
			np->person = 1;
		}
	}
}

/* A word that opens a bank's or a firm's name in a language other than
** English ("Banca Nazionale del Lavoro", "Banque Indosuez", "Caisse
** Nationale de Credit Agricole"): the name is a firm's, however its words
** read, and none of them is an actor of its own.  ("Banco" is not here: the
** banks of Spain, Portugal, Brazil and Italy write it, and their wire
** copy names the country beside the name, "Portugal's largest merchant
** bank", which a bare firm of no country would hide.) */
static int foreign_firm_word(const pl_token *t)
{
	static const char *const w[] = {"banca", "banque", "bankhaus", "caisse", "credito", NULL};
	static pl_wordset set = PL_WORDSET(w);
	return (t->flags & PL_TOK_CAP) && !(t->flags & PL_TOK_ALLCAP) && pl_in_set(&set, t->low);
}

/* A lower-case word a foreign firm's name joins its capitalised words with:
** "Banca del Monte di Parma", "Banque du Caire", "Caisse de Depot et
** Placement" ("et" is no particle: "Banque X et Y" may be two firms). */
static int name_particle(const pl_token *t)
{
	static const char *const w[] = {"de", "del", "della", "dello", "di", "do", "da", "dos", "das",
		"du", "des", "la", "le", "e", "y", NULL};
	static pl_wordset set = PL_WORDSET(w);
	return pl_in_set(&set, t->low);
}

/* The token that opens a foreign firm's name running to the end of chunk
** np (foreign_firm_word, then capitalised words and particles, the last
** capitalised), or np->t1 when there is none. */
static uint32_t foreign_firm_at(const pl_token *tok, const pl_np *np)
{
	uint32_t i, j;
	for (i = np->t0; i + 1 < np->t1; i++) {
		if (!foreign_firm_word(&tok[i]))
			continue;
		for (j = i + 1; j < np->t1 && ((tok[j].flags & PL_TOK_CAP) || name_particle(&tok[j])); j++)
			;
		if (j == np->t1 && (tok[j - 1].flags & PL_TOK_CAP))
			return i;
	}
	return np->t1;
}

/* A company named in the chunk: a suffix after a capitalised word ("Standard
** Oil Co", "Coca-Cola Co's Entertainment Business Sector Inc unit"), or a
** name a foreign firm's word opens ("Banque Indosuez", foreign_firm_at). */
static int company_in(const pl_token *tok, const pl_np *np)
{
	uint32_t i;
	for (i = np->t0 + 1; i < np->t1; i++)
		if (form_after_name(tok, np, i))
			return 1;
	return foreign_firm_at(tok, np) < np->t1;
}

/* Where the words of a firm's own name end in chunk np, when the chunk is
** its national arm (firm_arm_end): at the "of" or bracket before the
** country that ends the chunk ("Dynamics Corp of America", "Chrysler
** Canada Ltd": at "Canada"); np->t1 when the chunk is no arm. */
static uint32_t arm_name_end(const pl_token *tok, const pl_np *np, const mention *m, int nm)
{
	uint32_t e;
	int z;
	/* (not an owner's unit, "Hitachi Ltd's Maxell Corp of America") */
	for (e = np->t0; e < np->t1; e++)
		if (tok[e].tag == PL_T_POS)
			return np->t1;
	for (z = 0; z < nm; z++) {
		if (m[z].ph->kind != PL_A_COUNTRY || m[z].t0 <= np->t0 + 1 || m[z].t1 > np->t1)
			continue;
		for (e = m[z].t1; e < np->t1 && (is(&tok[e], ")") || ((tok[e].flags & PL_TOK_CAP) &&
		                                                       is_company_suffix(&tok[e]))); e++)
			;
		if (e != np->t1)
			continue;
		e = m[z].t0;
		if (is(&tok[e - 1], "the") && e - 2 > np->t0 && is(&tok[e - 2], "of"))
			e--;
		if (is(&tok[e - 1], "of") || is(&tok[e - 1], "("))
			e--;
		return e;
	}
	return np->t1;
}

/* Does the country end the name of a firm (chunk np, words from token
** from on, after the firm's entry or the chunk's article) after words of
** its name ("Mobil Oil Australia", "Nissan Motor Manufacturing Corp USA"),
** "of" ("General Motors of Canada", "Volkswagen of America") or a bracket
** ("Citibank (Switzerland)"), with only legal forms after it ("Ltd")?  The
** chunk is then the firm's national arm (firm_arm_end). */
static int arm_after(const pl_token *tok, const pl_np *np, uint32_t from, const mention *country)
{
	uint32_t q, e = country->t1;
	if (country->t0 <= from)
		return 0;
	for (q = from; q < country->t0 && name_tag(&tok[q]); q++)
		;
	if (q + 1 == country->t0 && is(&tok[q], "of"))
		q++;
	else if (q + 2 == country->t0 && is(&tok[q], "of") && is(&tok[q + 1], "the"))
		q += 2;
	else if (q + 1 == country->t0 && is(&tok[q], "(") && e < np->t1 && is(&tok[e], ")"))
		q++, e++;
	if (q != country->t0)
		return 0;
	for (; e < np->t1 && (tok[e].flags & PL_TOK_CAP) && is_company_suffix(&tok[e]); e++)
		;
	return e == np->t1;
}

/* "Halvard Canada Corp", "Torben Engineering Canada Inc": the country
** whose name (a country's, not a people's or a capital's) ends the name of
** a firm no dictionary knows in chunk np, right before its legal forms and
** after at least one capitalised word of its own: the firm's national arm
** in that country, whatever country the form is most written in (Canadian
** and Australian firms write "Corp" and "Ltd" too).  NULL when none does;
** the mention finder leaves such a country out of the sentence's mentions
** (inside_company_name), so it is looked up here. */
static const pl_phrase *arm_country(const pl_store *s, const pl_docctx *ctx, const pl_token *tok,
                                    const pl_np *np)
{
	/* (legal forms of no one country; company_forms.tsv has the others:
	** not a name's word that a firm's name may end in, "First Jersey
	** Securities") */
	static const char *const forms[] = {"ltd", "ltd.", "limited", "pty", "sa", "s.a.", NULL};
	const pl_phrase *ph;
	uint32_t e = np->t1, t = np->t0, n;
	if (t < np->t1 && tok[t].tag == PL_T_DT)
		t++;
	while (e > t && (tok[e - 1].flags & PL_TOK_CAP) && is_company_suffix(&tok[e - 1]) &&
	       (pl_in_list(tok[e - 1].low, forms) || pl_tok_get_low(&s->company_forms, &tok[e - 1])))
		e--;
	if (e == np->t1)
		return NULL;
	for (n = 1; n <= 3 && e >= t + n + 1; n++) {
		if (!(tok[e - n - 1].flags & PL_TOK_CAP) || !PL_TAG_IS_NOUN(tok[e - n - 1].tag))
			continue;
		ph = match_at(s, ctx, tok, e - n, e, 0);
		if (ph && ph->ntok == n && ph->kind == PL_A_COUNTRY && strlen(ph->code) == 3)
			return ph;
	}
	return NULL;
}

/* A country named inside a company's name is the company's: "Canada
** Packers Inc", "British Printing Corp" are no states but businesses of
** theirs, and "Chrysler Canada" (a firm the dictionary has, of another
** country, then a country that ends the name or comes before its legal
** form) is the firm's unit in that country.  (The country still counts
** as one the article names, as it did when the chunk was coded as it.) */
static void company_country(const pl_store *s, const pl_token *tok, pl_np *np, const mention *org,
                            const mention *country, pl_arena *a)
{
	const char *cc = country->ph->code, *file = country->ph->file;
	uint32_t line = country->ph->line;
	pl_place pl[1];
	int named, unit;
	if (strlen(cc) != 3 || country->t0 < np->t0 || country->t1 > np->t1)
		return;
	/* ("United Coal (Canada) Ltd": the name is the firm's, its legal form
	** after the bracket) */
	named = !org && strlen(np->code) == 3 && !strncmp(np->code, cc, 3) &&
	        (company_in(tok, np) || (is_company_suffix(&tok[np->t1 - 1]) &&
	                                 arm_after(tok, np, np->t0 + (tok[np->t0].tag == PL_T_DT), country)));
	unit = org && strlen(np->code) >= 6 && !strncmp(np->code + 3, "BUS", 3) &&
	       ((country->t0 == org->t1 && (country->t1 == np->t1 || is_company_suffix(&tok[country->t1]))) ||
	        arm_after(tok, np, org->t1, country));
	if (!named && !unit)
		return;
	/* (a place whose name holds the country's word is another place, of
	** its own country: "British Columbia Resources Investment Corp" is
	** Canadian, "Southern New England Telephone Co" American) */
	if (s->gaz && pl_places_find(s->gaz, tok, country->t0 > np->t0 ? country->t0 - 1 : np->t0, np->t1,
	                             NULL, pl, 1) == 1 &&
	    pl[0].t0 <= country->t0 && pl[0].t1 >= country->t1 && pl[0].t1 - pl[0].t0 > country->t1 - country->t0) {
		if (strlen(pl[0].country) != 3)
			return;
		cc = pl[0].country;
		file = pl[0].file;
		line = pl[0].line;
	}
	if (unit && !strncmp(np->code, cc, 3))
		return;
	np->code = join(a, cc, named ? "BUS" : np->code + 3);
	/* (a unit keeps its firm's line as evidence: the firm is the actor) */
	if (named) {
		np->file = file;
		np->line = line;
	}
}

/* Is chunk np wholly a company's name that ends in its legal form, with no
** body of the dictionaries in it: capitalised words (an article before
** them, "and", "&" or "of" between) and a suffix after the last ("General
** Host Corp", "Bush Industries Inc", "Florida Public Utilities Co")?  A word
** of such a name that reads as a title, a surname or a people's word names
** no officer, person or state: the name is the firm's. */
static int firm_by_form(const pl_token *tok, const pl_np *np, const mention *m, int nm)
{
	uint32_t i, t0 = np->t0;
	int k;
	/* (not "Trust": in "Hereford Hospital Trust" a public body's word) */
	if (np->t1 - np->t0 < 2 || !form_after_name(tok, np, np->t1 - 1) || is(&tok[np->t1 - 1], "trust"))
		return 0;
	if (tok[t0].tag == PL_T_DT)
		t0++;
	if (np->t1 - t0 < 2)
		return 0;
	for (i = t0; i < np->t1; i++)
		if (!(tok[i].flags & PL_TOK_CAP) && !is(&tok[i], "and") && !is(&tok[i], "&") &&
		    !is(&tok[i], "of") && !(i + 1 == np->t1 && tok[i].len == 3))
			return 0;
	/* (a body the dictionaries name, "the Federal Deposit Insurance
	** Corp", "Reuters Holdings PLC", keeps its own code) */
	/* (nor one whose last word is itself a role the dictionaries
	** give, "Delta Airlines", "Hereford Hospital Trust": that role speaks) */
	for (k = 0; k < nm; k++)
		if (m[k].t0 >= np->t0 && m[k].t1 <= np->t1 && (m[k].ph->kind == PL_A_ORG || m[k].t1 == np->t1))
			return 0;
	return 1;
}

/* A company named in full with its country and legal form ("Purolator
** Courier Corp", USABUS) is remembered by the first word of its name, so
** that a later "Purolator said" or "a Purolator official" is that company,
** not an unknown name or the context's government.  Not a word that is a
** mention of its own ("General", "American"), a suffix, a short word, nor
** a name already remembered (a person's surname wins). */
static void remember_firm_name(pl_docctx *ctx, const pl_token *tok, const pl_np *np, const mention *m,
                               int nm)
{
	const char *file;
	uint32_t t0 = np->t0, line;
	int k;
	uint32_t e;
	/* (the chunk's own tests before the walk for where its name ends:
	** most chunks, asked here every one, are no firm's) */
	if (!np->code || np->agent_only || strlen(np->code) < 6 || !plays_role(np->code, "BUS") ||
	    np->pronoun || np->person)
		return;
	e = arm_name_end(tok, np, m, nm);
	if (e - np->t0 < 2 || !(form_after_name(tok, np, np->t1 - 1) || form_after_name(tok, np, e - 1)))
		return;
	if (tok[t0].tag == PL_T_DT)
		t0++;
	if (t0 + 1 >= e || tok[t0].tag != PL_T_NNP || tok[t0].len < 3 ||
	    (tok[t0].flags & PL_TOK_ALLCAP) || is_company_suffix(&tok[t0]) ||
	    remembered(ctx, tok[t0].low, &file, &line))
		return;
	for (k = 0; k < nm; k++)
		if (t0 >= m[k].t0 && t0 < m[k].t1 && m[k].ph->kind != PL_A_ORG)
			return;
	remember(ctx, tok[t0].low, np->code, np->file, np->line);
}

/* Do the places and money of the story point to Canada alone, more than
** by the bare "dlrs" (story_country)?  There an American legal form does
** not tell the country: Canadian firms write "Inc" and "Corp" too. */
static int canadian_story(const pl_store *s, const pl_docctx *ctx)
{
	return !s->petrarch && story_of(s, ctx) && !ctx->story_weak && !strncmp(ctx->story_cc, "CAN", 3);
}

/* Is the company's name in chunk np one the wire marks with angle brackets,
** "<Southam Inc> said"?  The wire so marks a firm it gives no American
** ticker for: in a story of Canada a Canadian firm, where "Safety-Kleen
** Corp ... a stake in Breslube Enterprises of Toronto" is an American
** firm buying there. */
static int bracketed_firm(const pl_docctx *ctx, const pl_token *tok, const pl_np *np)
{
	return ctx->scan_tok == tok && np->t0 > 0 && np->t1 < ctx->scan_ntok &&
	       is(&tok[np->t0 - 1], "<") && is(&tok[np->t1], ">");
}

/* May a firm of chunk np whose American legal form ("Inc", "Corp") firms of
** Canada write too be Canada's: in a story of Canada alone, a name the wire
** marks (bracketed_firm), or any in one that names a Canadian stock
** exchange ("Tallpine Packaging Inc ... its shares on the Toronto Stock
** Exchange"): a firm's shares trade at home, where a place in Canada or a
** sum in its dollars may be only where and what an American firm buys
** ("Brantwood Industries Inc agreed to buy Lakeshore Foods of Ontario for
** 40 mln Canadian dlrs"). */
static int canadian_firm(const pl_store *s, const pl_docctx *ctx, const pl_token *tok, const pl_np *np,
                         const pl_bodyhead *form)
{
	return !strncmp(form->role, "USA", 3) && canadian_story(s, ctx) &&
	       (bracketed_firm(ctx, tok, np) || ctx->story_listed);
}

/* Is cc one of the countries a mark's "also" names? */
static int also_of(const pl_bodyhead *mark, const char *cc)
{
	return cc && strlen(cc) == 3 && strstr(mark->also, cc) != NULL;
}

/* May the firm of chunk np, whose word i is a mark that firms of several
** countries of one language write (mark->also: "Banque"), be of another
** of them: its name holds a place of another country ("Caisse Centrale
** Desjardins du Quebec"), or its story is of one of the others ("Banque du
** Caire" in a story of Egypt; the whole story's evidence, story_of, counts
** as the sentences so far do: a lead names the bank before its country)?
** The mark then tells nothing; the story's country may. */
static int area_firm_elsewhere(const pl_store *s, const pl_docctx *ctx, const pl_token *tok,
                               const pl_np *np, uint32_t i, const pl_bodyhead *mark)
{
	pl_place pl[1];
	if (s->gaz && i + 1 < np->t1 && pl_places_find(s->gaz, tok, i + 1, np->t1, NULL, pl, 1) > 0 &&
	    strlen(pl[0].country) == 3 && strncmp(pl[0].country, mark->role, 3))
		return 1;
	return also_of(mark, article_country(ctx)) || also_of(mark, context_country(ctx)) ||
	       also_of(mark, ctx->prior) || also_of(mark, story_of(s, ctx));
}

/* The dict/company_marks.tsv line of the exchange suffix of a ticker in
** angle brackets right after a company's name in chunk np ("Sony Corp
** <SNE.T>": the "." suffix), or of a bracketed listing ("Barrick Gold
** (TSX: ABX)"), or of a word of the name in one country's language
** ("Nippon Steel"), or NULL.  A home exchange and a name tell the country
** better than a legal form that firms of many countries write. */
static const pl_bodyhead *company_mark(const pl_store *s, const pl_docctx *ctx,
                                       const pl_token *tok, const pl_np *np)
{
	const pl_bodyhead *mark;
	const char *dot;
	uint32_t i, e = np->t1;
	if (!s->n_company_marks)
		return NULL;
	if (ctx->scan_tok == tok && e + 2 < ctx->scan_ntok) {
		/* "<SNE.T>": one token between the brackets */
		if (is(&tok[e], "<") && is(&tok[e + 2], ">") && (dot = strrchr(tok[e + 1].low, '.')) != NULL &&
		    dot > tok[e + 1].low && (mark = pl_hash_get(&s->company_marks, dot, strlen(dot))) != NULL)
			return mark;
		/* "(TSX: ABX)" */
		if (e + 3 < ctx->scan_ntok && is(&tok[e], "(") && is(&tok[e + 2], ":") &&
		    (mark = pl_tok_get_low(&s->company_marks, &tok[e + 1])) != NULL)
			return mark;
	}
	/* (not an exchange's acronym: "LSE chief executive" is the exchange's) */
	for (i = np->t0; i < np->t1; i++)
		if ((tok[i].flags & PL_TOK_CAP) && !(tok[i].flags & PL_TOK_ALLCAP) && tok[i].low[0] != '.' &&
		    (mark = pl_tok_get_low(&s->company_marks, &tok[i])) != NULL)
			return mark->also && area_firm_elsewhere(s, ctx, tok, np, i, mark) ? NULL : mark;
	return NULL;
}

/* The dict/company_forms.tsv line of the legal form that ends a company's
** name in chunk np ("Siemens AG": DEU; "Daiwa Securities Co Ltd" ends in
** "Ltd", a form of many countries, and has none), or NULL; a shared form
** ("Inc") only when the article is of no other country. */
static const pl_bodyhead *company_form(const pl_store *s, const pl_docctx *ctx,
                                       const pl_token *tok, const pl_np *np)
{
	const pl_bodyhead *form = NULL;
	const char *cc;
	uint32_t i, last = 0;
	if ((form = company_mark(s, ctx, tok, np)) != NULL)
		return form;
	for (i = np->t0 + 1; i < np->t1; i++)
		if (form_after_name(tok, np, i))
			last = i;
	/* ("Laurie Milbank and Co", "Kloeckner & Co KGaA": "and Co" is
	** written by firms of every country, Britain's as America's) */
	if (last && and_company(tok, np->t1, last - 1))
		last = 0;
	if (last)
		form = pl_tok_get_low(&s->company_forms, &tok[last]);
	/* (a form firms of many countries write, in an article of another
	** country: the company's country is not told) */
	if (form && form->shared && (cc = article_country(ctx)) != NULL && !pl_eq(cc, form->role))
		return NULL;
	/* (nor in a story of Canada: the firm takes the story's country,
	** story_firm) */
	if (form && form->shared && canadian_firm(s, ctx, tok, np, form))
		return NULL;
	return form;
}

/* A noun naming a company or the one who speaks for it ("the bank", "a
** company spokesman"), not a trade's people ("analysts", "the manager"),
** whose country is not their story's as often. */
static int firm_noun(const char *lemma)
{
	static const char *const w[] = {"company", "firm", "bank", "group", "corporation",
		"insurer", "airline", "carrier", "utility", "subsidiary", "unit", "concern", "spokesman",
		"spokeswoman", "spokesperson", "lender", "brokerage", "partnership", "venture",
		"airlines", "companies", "firms", "banks", NULL};
	static pl_wordset set = PL_WORDSET(w);
	return pl_in_set(&set, lemma);
}

/* May the company named by chunk np, which nothing of its own places, take
** the one country its story points to (pl_docctx.story_cc)?  Yes, unless
** that evidence is only the bare "dlrs" and the name ends in a legal form
** of no one country ("Musto Explorations Ltd ... at 1.65 dlrs": Canadian
** firms' figures are in dollars too); nor one whose legal form firms of
** many countries write ("Inc", company_form): the places, nationalities
** and money of its story are often where it does business ("talks with
** Philips, a Dutch firm", "a note issue in Swiss francs"). */
static int story_firm(const pl_store *s, const pl_docctx *ctx, const pl_token *tok,
                      const pl_np *np)
{
	const pl_bodyhead *form;
	const char *cc;
	uint32_t i, last = 0;
	if (s->petrarch || !story_of(s, ctx))
		return 0;
	/* (nor against the country the sentences so far tell: "the Halifax"
	** in a story of the Bank of England is a British lender) */
	if ((cc = context_country(ctx)) != NULL && strncmp(cc, ctx->story_cc, 3))
		return 0;
	for (i = np->t0 + 1; i < np->t1; i++)
		if ((tok[i - 1].flags & PL_TOK_CAP) && is_company_suffix(&tok[i]))
			last = i;
	form = last ? pl_tok_get_low(&s->company_forms, &tok[last]) : NULL;
	/* (but Canadian firms write "Inc" and "Corp" as American ones do: in
	** a story whose places or money are Canada's alone, such a firm the
	** wire marks is Canada's, "<Southam Inc> ... acquired three community
	** newspapers in Winnipeg"; canadian_firm) */
	if (form && form->shared)
		return canadian_firm(s, ctx, tok, np, form);
	return !ctx->story_weak || !last || form;
}

/* The first token of a person's name the dictionaries do not know at the
** end of chunk np ("thriller writer Frederick Holt", "Anne Roux", "Robert
** Kilroy-Silk"): two or three words of a name, the first a given name
** (data/given.txt) the tagger took for a proper noun, none of them all
** capitals ("John BBC") nor the head of a place or body named after a person
** ("Robert Gordon University", "John Lewis Partnership" is a company_in);
** np->t1 when there is none. */
/* A word that ends the name of a place or a body named after a person:
** "Robert Gordon University", "John Lewis Partnership", "Douglas Hurd Report". */
static int named_after_person(const char *low)
{
	static const char *const inst[] = {"university", "college", "school", "academy", "hospital",
		"foundation", "trust", "fund", "institute", "centre", "center", "society", "prize", "award",
		"street", "road", "avenue", "square", "airport", "station", "stadium", "park", "bridge",
		"house", "hall", "museum", "gallery", "library", "theatre", "memorial", "report", "review",
		"inquiry", "act", "bill", "law", "doctrine", "plan", "cup", "trophy", NULL};
	static pl_wordset inst_set = PL_WORDSET(inst);
	return pl_in_set(&inst_set, low);
}

static uint32_t given_name(const pl_store *s, const pl_token *tok, const pl_np *np)
{
	uint32_t n, j, q;
	/* (named_after_person() is asked only once a name is found: its list is
	** long, the look-up of a given name cheap, and a name seldom found) */
	for (n = 2; n <= 3 && np->t1 - np->t0 >= n; n++) {
		const pl_token *g = &tok[np->t1 - n];
		if (g->tag != PL_T_NNP || !(g->flags & PL_TOK_CAP) || (g->flags & PL_TOK_ALLCAP) ||
		    !pl_store_given(s, g->low, strlen(g->low)))
			continue;
		for (q = np->t1 - n + 1, j = 1; q < np->t1; q++)
			if (!name_word(&tok[q]) || !(tok[q].flags & PL_TOK_CAP) ||
			    (tok[q].flags & PL_TOK_ALLCAP))
				j = 0;
		if (j)
			return named_after_person(tok[np->t1 - 1].low) ? np->t1 : np->t1 - n;
	}
	return np->t1;
}

static const char *const company_suffixes[] = {"inc", "inc.", "corp", "corp.", "co", "co.",
	"ltd", "ltd.", "plc", "llc", "ag", "nv", "n.v.", "s.a.", "corporation", "limited", "holdings",
	"bancorp", "bancshares", "industries", "enterprises", "partners", "associates", "trust",
	"airlines", "airways", "motors", "laboratories", "technologies", "pharmaceuticals",
	"petroleum", "securities", "gmbh", "ab", "oy", "oyj", "bv", "b.v.", "s.p.a.", "cos", "cos.",
	"spa", "kk", "bhd", "berhad", NULL};
static pl_hash suffix_set;   /* the same, as a set, made once */
static uint64_t suffix_bits[4];  /* the OR of their pl_word_bit256 */
static int suffix_ok;
static pthread_once_t suffix_once = PTHREAD_ONCE_INIT;

static void build_suffixes(void)
{
	int i;
	for (i = 0; company_suffixes[i]; i++) {
		uint32_t b = pl_word_bit256(company_suffixes[i]);
		suffix_bits[b / 64] |= (uint64_t)1 << (b % 64);
	}
	suffix_ok = pl_list_to_set(&suffix_set, company_suffixes) == 0;
}

/* (the pre-pass asks it of every capitalised word, up to five times: a
** look-up in a set costs a third of a walk of the list's 32 words) */
static int is_company_suffix(const pl_token *t)
{
	uint32_t b;
	/* (British papers write "Tesco plc" in lower case) */
	if (!(t->flags & PL_TOK_CAP))
		return t->len == 3 && !memcmp(t->s, "plc", 3);
	pthread_once(&suffix_once, build_suffixes);
	/* (most capitalised words are no suffix by their first three bytes:
	** 256 bits, as 64 let half the words through) */
	b = pl_word_bit256(t->low);
	if (!(suffix_bits[b / 64] >> (b % 64) & 1))
		return 0;
	if (!suffix_ok)
		return pl_in_list(t->low, company_suffixes);
	return pl_tok_get_low(&suffix_set, t) != NULL;
}

/* Nouns naming part of a group: "a group of", "members of", "dozens of" */
static int is_part_word(const char *lemma)
{
	static const char *const w[] = {"group", "member", "number", "team", "delegation", "coalition",
		"some", "many", "most", "dozen", "hundred", "thousand", "score", "majority", "handful",
		"representative", "leader", "head", "one", NULL};
	int i;
	for (i = 0; w[i]; i++)
		if (strcmp(lemma, w[i]) == 0)
			return 1;
	return 0;
}

static int is_pronoun(const pl_token *t)
{
	static const char *const p[] = {"he", "she", "they", "we", "i", "it", "him", "her", "them", "us", NULL};
	int i;
	if (t->tag != PL_T_PRP)
		return 0;
	for (i = 0; p[i]; i++)
		if (is(t, p[i]))
			return 1;
	return 0;
}

const char *pl_actor_how_name(int how)
{
	switch (how) {
	case PL_HOW_PHRASE: return "dict";
	case PL_HOW_PEOPLE: return "people";
	case PL_HOW_MEMORY: return "memory";
	case PL_HOW_PRONOUN: return "pronoun";
	case PL_HOW_CONTEXT: return "context";
	}
	return NULL;
}

/* Does mention z (a country) end the name of a company the dictionaries
** know, after more words of that name ("Mobil Oil Australia", "Toyota
** Motor Sales USA")?  It is then no surname but the firm's national arm
** (company_country). */
static int firm_words_before(const pl_token *tok, uint32_t t0, const mention *m, int z,
                             const uint8_t *inm)
{
	uint32_t q = m[z].t0;
	const char *c;
	while (q > t0 && !inm[q - 1 - t0] && name_tag(&tok[q - 1]))
		q--;
	if (q == m[z].t0 || z == 0 || m[z - 1].t1 != q || m[z - 1].ph->kind != PL_A_ORG)
		return 0;
	c = m[z - 1].ph->code;
	return c && strlen(c) >= 6 && has_role(c, "BUS");
}

/* Is t a number written as a word ("Four" opening "Four U.S. destroyers",
** which the tagger may take for a name)? */
static int count_word(const pl_token *t)
{
	static const char *const w[] = {"two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve", "several", NULL};
	return pl_in_list(t->low, w);
}

/* Country names that are part of something else.  A longer place name
** holds them ("New Jersey", "New Mexico"), or they follow a place of another
** country and a comma ("Atlanta, Georgia"): the mention then stands for that
** place's country, as a capital does (or for nothing when the place is in
** none).  A first name before one makes it a person's name ("Michael
** Jordan"): no actor.  Returns the new number of mentions. */
/* Is the place at token p the surname of a person's name, a capitalised
** name before it ("Ross Walker, UK economist": Walker is a town too), not
** a word of place ("New", "North")?  Then a country after it and a comma
** is no "Atlanta, Georgia". */
static int name_before_place(const pl_token *tok, uint32_t t0, uint32_t p,
                             const char *const *compass)
{
	const pl_token *b;
	if (p <= t0)
		return 0;
	b = &tok[p - 1];
	return b->tag == PL_T_NNP && (b->flags & PL_TOK_CAP) && !(b->flags & PL_TOK_ALLCAP) &&
	       !(b->flags & PL_TOK_PUNCT) && b->len >= 2 && !pl_in_list(b->low, compass);
}

/* Is "American" at i the people of a part of the continent, after
** "Latin", "South" or "Central", rather than of the United States? */
static int continent_part(const pl_token *tok, uint32_t i)
{
	static const char *const part[] = {"latin", "south", "central", NULL};
	static const char *const people[] = {"american", "americans", NULL};
	return pl_in_list(tok[i].low, people) && pl_in_list(tok[i - 1].low, part);
}

static int country_names_in_places(const pl_token *tok, uint32_t t0, mention *m, int nm,
                                   uint8_t *inm, const pl_place *pl, int npl, pl_arena *a)
{
	static const char *const compass[] = {"north", "south", "east", "west", "northern",
		"southern", "eastern", "western", "central", "upper", "lower", "greater", "new", "old",
		NULL};
	int z, q, out = 0;
	for (z = 0; z < nm; z++) {
		mention x = m[z];
		const pl_place *in = NULL;
		int k = x.ph->kind, drop = 0;
		if (k == PL_A_COUNTRY || k == PL_A_CAPITAL) {
			for (q = 0; q < npl; q++) {
				if (pl[q].t0 <= x.t0 && pl[q].t1 >= x.t1 && pl[q].t1 - pl[q].t0 > x.t1 - x.t0)
					in = &pl[q];
				else if (pl[q].t1 + 1 == x.t0 && is(&tok[x.t0 - 1], ",") && pl[q].country[0] &&
				         strncmp(pl[q].country, x.ph->code, 3) != 0 &&
				         !name_before_place(tok, t0, pl[q].t0, compass))
					in = &pl[q];
			}
			if (k == PL_A_COUNTRY && !in && x.t0 > t0) {
				const pl_token *p = &tok[x.t0 - 1];
				int i, inmention = inm[x.t0 - 1 - t0];
				if (p->tag == PL_T_NNP && (p->flags & PL_TOK_CAP) && !(p->flags & PL_TOK_ALLCAP) &&
				    !(p->flags & PL_TOK_PUNCT) && !inmention && p->len >= 3 &&
				    !firm_words_before(tok, t0, m, z, inm)) {
					/* (a number opening the sentence is no name: "Three
					** U.S. warships") */
					drop = !count_word(p);
					for (i = 0; compass[i]; i++)
						if (is(p, compass[i]))
							drop = 0;
				}
			}
		}
		/* ("Latin American debtors", "Central American governments":
		** a part of the continent, not the US) */
		if ((k == PL_A_CADJ || k == PL_A_PEOPLE) && x.t0 > t0 && continent_part(tok, x.t0))
			drop = 1;
		if (in && in->country[0]) {
			pl_phrase *ph = pl_arena_alloc(a, sizeof *ph);
			if (ph) {
				*ph = *x.ph;
				ph->kind = PL_A_CAPITAL;
				ph->code = in->country;
				ph->file = in->file;
				ph->line = in->line;
				x.ph = ph;
			}
		} else if (in || drop) {
			memset(inm + (x.t0 - t0), 0, x.t1 - x.t0);
			continue;
		}
		m[out++] = x;
	}
	return out;
}

/* Marks the cities named after in/at/near where two countries other than
** the city's own meet ("talks in Vienna between Iran and the United
** States"). */
static void neutral_venues(const pl_token *tok, uint32_t t0, mention *m, int nm)
{
	int z, y, w;
	for (z = 0; z < nm; z++) {
		const char *vc = m[z].ph->code;
		int n = 0;
		m[z].neutral = 0;
		if (m[z].ph->kind != PL_A_CAPITAL || m[z].t0 <= t0 || tok[m[z].t0 - 1].tag != PL_T_IN ||
		    is(&tok[m[z].t0 - 1], "of"))
			continue;
		for (y = 0; y < nm; y++) {
			const char *c = m[y].ph->code;
			int dup = 0;
			if (y == z || m[y].ph->kind == PL_A_AGENT || !c || strlen(c) < 3 ||
			    !strncmp(c, "IGO", 3) || !strncmp(c, "NGO", 3))
				continue;
			if (!strncmp(c, vc, 3)) {
				n = -99;   /* the city's own country takes part */
				break;
			}
			for (w = 0; w < y; w++)
				if (w != z && m[w].ph->kind != PL_A_AGENT && m[w].ph->code &&
				    !strncmp(m[w].ph->code, c, 3))
					dup = 1;
			if (!dup)
				n++;
		}
		m[z].neutral = n >= 2;
	}
}

/* The code of a person (phrase ph, country cc) at a date ref outside all
** the roles the dictionary knows: the role the phrase itself gives, from
** a body or a country with an agent ("Tory co-chairman Liam Fox", "Labour
** MP ..."); else the person's country, as one of its elites (ELI) once the
** last role has ended, plain before the first began (Liam Fox in 2005 is
** not yet defence secretary).  ("former" in the phrase makes ELI in the
** caller.) */
static const char *role_in_phrase(pl_arena *a, const pl_phrase *ph, pl_date ref, const mention *org,
                                  const mention *country, const mention *agent, const char *cc)
{
	if (org)
		return agent && strlen(org->ph->code) == 3 ? join_agent(a, org->ph->code, agent->ph) : org->ph->code;
	if (country && agent)
		return join_agent(a, country->ph->code, agent->ph);
	if (!cc)
		return ph->code;
	if (agent)
		return join_agent(a, cc, agent->ph);
	return ph->to.y && day_number(ref) > day_number(ph->to) ? join(a, cc, "ELI") : cc;
}

/* Is chunk np what something is about: the object of "about", "over",
** "towards", "regarding", "concerning" ("a row over Iraq", "asked about
** France")? */
static int topic_of(const pl_token *tok, const pl_np *np)
{
	static const char *const w[] = {"about", "over", "towards", "toward", "regarding", "concerning", NULL};
	return np->t0 > 0 && tok[np->t0 - 1].tag == PL_T_IN && pl_in_list(tok[np->t0 - 1].low, w);
}

/* Rebels, militants, insurgents and criminals belong to the place where
** they fight, even one only spoken of ("clashes with militants in Syria"),
** not to the country whose officials speak. */
static int armed_role(const char *code)
{
	return code && (pl_eq(code, "REB") || pl_eq(code, "UAF") || pl_eq(code, "INS") ||
	                pl_eq(code, "CRM") || pl_eq(code, "RAD"));
}

/* Is chunk np, in the sentence starting at token t0, the side a contrast
** sets aside: "not" after a comma, "but" or "and", or opening the
** sentence ("Britain, not France, must lead", "not Paris but London")?
** The country set aside is not the one whose officials act or speak. */
static int set_aside(const pl_token *tok, const pl_np *np, uint32_t t0)
{
	uint32_t p;
	if (np->t0 <= t0 || !is(&tok[np->t0 - 1], "not"))
		return 0;
	p = np->t0 - 1;
	return p == t0 || is(&tok[p - 1], ",") || is(&tok[p - 1], "but") || is(&tok[p - 1], "and");
}

/* May pronoun chunk pr stand for chunk np in number and kind?  "Critics
** say it has ...", "officials said he was ...": "it", "he" and "she" do not
** stand for a plural common noun (but "it" may for a plural name of a body
** with a code of its own), nor "it" for a titled person or "he"/"she" ("Mr
** Blair said it would ...": the government or the plan, not him).  Only
** these plain cases are told apart; any other pair may agree. */
static int pronoun_agrees(const pl_token *tok, const pl_np *pr, const pl_np *np)
{
	const pl_token *p = &tok[pr->t0], *h = &tok[np->t1 - 1];
	int it = is(p, "it");
	uint32_t j;
	if (!it && !is(p, "he") && !is(p, "she"))
		return 1;
	/* the head is the noun before an of-phrase ("critics of the
	** government") */
	for (j = np->t0 + 1; j < np->t1; j++)
		if (is(&tok[j], "of")) {
			h = &tok[j - 1];
			break;
		}
	/* (a named body may be plural in form and still an "it": "the Red
	** Crescent Societies said it was seeking") */
	if (h->tag == PL_T_NNS && !np->pronoun && !(it && np->code && !np->agent_only))
		return 0;
	if (it && (titled_name(tok, np) ||
	           (np->pronoun && (is(&tok[np->t0], "he") || is(&tok[np->t0], "she")))))
		return 0;
	return 1;
}

/* "It was Iran, not Iraq, that attacked", "Britain, not France, will
** lead": chunk q set aside by a contrast is not who acts; the chunk before
** ", not" is.  Returns that chunk, or q when q is no such. */
static int contrast_kept(const pl_token *tok, const pl_sentan *out, int q, uint32_t t0)
{
	uint32_t n = out->np[q].t0;
	int kept;
	if (n < t0 + 3 || !is(&tok[n - 1], "not") || !is(&tok[n - 2], ","))
		return q;
	kept = out->np_of[n - 3 - t0];
	if (kept < 0)
		return q;
	while (kept > 0 && out->np[kept - 1].group == out->np[kept].group)
		kept--;
	return kept;
}

/* Is chunk np, in the sentence starting at token t0, a country only spoken
** of: what something is about, or a country or city named alone after a
** preposition of place,
** direction, comparison or dealing ("mugged in Kenya", "the arms ban on
** China", "a greater problem than Iraq", "talks with Indonesia")?  Such a
** country is not the one whose officials speak in the sentence.  A place
** phrase that opens the sentence sets its scene, though ("In Baghdad,
** officials said": Iraqi officials). */
static int spoken_of(const pl_token *tok, const pl_np *np, uint32_t t0)
{
	static const char *const w[] = {"in", "at", "to", "into", "from", "than", "on", "against",
		"with", "across", "inside", "within", "throughout", "near", NULL};
	uint32_t p, q;
	if (topic_of(tok, np) || set_aside(tok, np, t0))
		return 1;
	if (!np->place || np->t0 <= t0)
		return 0;
	/* "from South Wales and Ireland", "in Basra, Najaf or Baghdad": a
	** place joined to places after the word is spoken of as they are */
	p = np->t0 - 1;
	if (is(&tok[p], "and") || is(&tok[p], "or") || is(&tok[p], ",")) {
		while (p > t0 && np->t0 - p < 10 && (tok[p].tag == PL_T_NNP || is(&tok[p], "and") ||
		       is(&tok[p], "or") || is(&tok[p], ",")))
			p--;
		if (tok[p + 1].tag != PL_T_NNP)
			return 0;
	}
	/* (a country's body or people after one is an actor: "a contract
	** with the U.S. government") */
	if ((tok[p].tag != PL_T_IN && tok[p].tag != PL_T_TO) || !pl_in_list(tok[p].low, w))
		return 0;
	/* (before the opening phrase, only quotes, commas, "but", "meanwhile") */
	for (q = t0; q < p; q++)
		if (tok[q].tag != PL_T_CC && tok[q].tag != PL_T_RB && tok[q].tag != PL_T_PPC &&
		    tok[q].tag != PL_T_PPL && tok[q].tag != PL_T_PPS)
			return 1;
	return 0;
}

/* Head nouns of a state's own bodies that the dictionaries leave to the
** phrase: after a country's possessive ("Japan's space agency") they are
** its government. */
static int state_organ(const char *lemma)
{
	static const char *const w[] = {"agency", "authority", "bureau", "commission",
		"inspectorate", "directorate", "administration", "council", "office",
		NULL};
	return pl_in_list(lemma, w);
}

/* Titles of one who speaks or acts for a body of any kind. */
static int generic_title(const char *lemma)
{
	static const char *const w[] = {"spokesman", "spokeswoman", "spokesperson", "leader",
		"official", "chief", "head", "chairman", "chairwoman", "representative", "source",
		"member", "boss", "director", "secretary", "president", "executive", NULL};
	/* a set with its filter: asked of the head of nearly every chunk in
	** several rules, and most heads are none of these */
	static pl_wordset set = PL_WORDSET(w);
	return pl_in_set(&set, lemma);
}

/* May token t stand between a possessive and a title, saying what the
** title holder does: an adjective ("the union's new leader") or a noun in
** lower case ("the Green Party's health spokeswoman", "the charity's
** policy director")? */
static int portfolio_word(const pl_token *t)
{
	return t->tag == PL_T_JJ || (t->tag == PL_T_NN && !(t->flags & PL_TOK_CAP));
}

/* Do tokens [e, t) join a role ending at e to a title starting at t:
** nothing, or a possessive and adjectives or nouns of a portfolio ("the
** union's new leader", "the Green Party's health spokeswoman")? */
static int title_of(const pl_token *tok, uint32_t e, uint32_t t)
{
	uint32_t j;
	if (e == t)
		return 1;
	if (e > t || tok[e].tag != PL_T_POS)
		return 0;
	for (j = e + 1; j < t; j++)
		if (!portfolio_word(&tok[j]))
			return 0;
	return 1;
}

/* The titles of generic_title that never make a compound title with the
** role before them: "union chief", "charity boss", "party spokesman". */
static int body_title(const char *lemma)
{
	static const char *const w[] = {"spokesman", "spokeswoman", "spokesperson", "leader",
		"official", "chief", "boss", "chairman", "chairwoman", "representative", NULL};
	int i;
	for (i = 0; w[i]; i++)
		if (pl_eq(lemma, w[i]))
			return 1;
	return 0;
}

/* Is mention x, at the end of chunk np, a person's surname the dictionaries
** know as a body or a role: one capitalised word after a given name ("Tony
** Banks", "Barbara Roche"), or after a courtesy title ("Ms Roche"), or one
** the article has already named as a person's ("Roche said" after "Barbara
** Roche")?  The given name or title must be no mention of its own ("Georgia
** Power" is a company of Georgia). */
static int surname_mention(const pl_store *s, const pl_docctx *ctx, const pl_token *tok,
                           const pl_np *np, const mention *x, const mention *m, int nm)
{
	const pl_token *sur = &tok[x->t0], *g;
	const char *file;
	uint32_t line;
	int k;
	/* (a surname has no capital inside but after a hyphen: not "MPs") */
	if (s->petrarch || x->t1 != np->t1 || x->t1 - x->t0 != 1 || !(sur->flags & PL_TOK_CAP) ||
	    (sur->flags & PL_TOK_ALLCAP) || (sur->tag != PL_T_NNP && sur->tag != PL_T_NNPS) ||
	    (has_upper_inside(sur) && !strchr(sur->s, '-')))
		return 0;
	/* a body named after a person is the body: "Robert Gordon University",
	** "John Smith Council" (but "Tony Banks" in the plural is a name) */
	if (named_after_person(sur->low) || (sur->tag == PL_T_NNP && org_noun(lem(sur))))
		return 0;
	if (x->t0 == np->t0)
		return remembered(ctx, sur->low, &file, &line) != NULL;
	g = &tok[x->t0 - 1];
	if (g->tag != PL_T_NNP || !(g->flags & PL_TOK_CAP) || (g->flags & PL_TOK_ALLCAP))
		return 0;
	for (k = 0; k < nm; k++)
		if (x->t0 - 1 >= m[k].t0 && x->t0 - 1 < m[k].t1)
			return 0;
	if (pl_store_given(s, g->low, strlen(g->low)))
		return 1;
	{
		pl_np t = *np;
		t.t0 = x->t0 - 1;
		return titled_name(tok, &t);
	}
}

/* The titles a company's officers share with a state's: "president",
** "spokesman", "official", "counsel", "lawyer" (not "minister", "MP",
** "council", "leader"). */
static int officer_title(const char *lemma)
{
	static const char *const w[] = {"president", "vice-president", "spokesman", "spokeswoman",
		"spokesperson", "official", "counsel", "lawyer", "attorney", NULL};
	return pl_in_list(lemma, w);
}

/* Does chunk np end in a title of a company's head that other bodies'
** heads share: "chief executive", "managing director"? */
static int company_title(const pl_token *tok, const pl_np *np)
{
	const char *h = lem(&tok[np->t1 - 1]);
	if (np->t1 - np->t0 < 2)
		return 0;
	return (pl_eq(h, "executive") && pl_eq(lem(&tok[np->t1 - 2]), "chief")) ||
	       (pl_eq(h, "director") && pl_eq(lem(&tok[np->t1 - 2]), "managing"));
}

/* Does token i of the text the pre-pass saw end a company's name: a
** company's suffix after a capitalised word that opens no sentence ("MCI
** Communications Corp", "TRW Inc")? */
static int company_end(const pl_token *t, uint32_t i)
{
	return i > 0 && is_company_suffix(&t[i]) && (t[i - 1].flags & PL_TOK_CAP) &&
	       !(t[i - 1].flags & PL_TOK_SSTART);
}

/* The pre-pass's part for company officers (pl_docctx.company_w): one pass
** over the text, so that each title asked about costs a binary search, not
** another pass over the whole article. */
static void company_scan(pl_docctx *ctx, pl_arena *a)
{
	const pl_token *t = ctx->scan_tok;
	uint32_t i, n = ctx->scan_ntok;
	/* (a list filled from its start: not zeroed) */
	const char **w = pl_arena_alloc_raw(a, (n ? n : 1) * sizeof *w);
	size_t nw = 0;
	uint32_t sfx = UINT32_MAX;
	if (!w)
		return;
	ctx->company_any = 0;
	/* (backwards, each token asked once whether it is a suffix: sfx is the
	** first suffix after token i reached through capitalised words only,
	** so that company_of(t, n, i) is sfx <= i + 4; company_end is the
	** suffix test of token i with the flags of the token before it) */
	for (i = n; i-- > 0; ) {
		/* (a word in lower case is a suffix only as "plc") */
		int suffix = ((t[i].flags & PL_TOK_CAP) || t[i].len == 3) && is_company_suffix(&t[i]);
		if (suffix && i > 0 && (t[i - 1].flags & PL_TOK_CAP) && !(t[i - 1].flags & PL_TOK_SSTART))
			ctx->company_any = 1;
		if (sfx <= i + 4)
			w[nw++] = t[i].low;
		if (!(t[i].flags & PL_TOK_CAP))
			sfx = UINT32_MAX;
		else if (suffix)
			sfx = i;
	}
	qsort(w, nw, sizeof *w, cmp_word);
	ctx->company_w = w;
	ctx->company_nw = nw;
	ctx->company_ready = 1;
}

/* Does the article name a company ("MCI Communications Corp")?  (the text
** the article's pre-pass saw) */
static int names_a_company(const pl_docctx *ctx)
{
	const pl_token *t = ctx->scan_tok;
	uint32_t i;
	if (ctx->company_ready)
		return ctx->company_any;
	for (i = 1; t && i < ctx->scan_ntok; i++)
		if (company_end(t, i))
			return 1;
	return 0;
}

/* Does the article name a company by word low: the word in a run of
** capitalised words that ends in a company's suffix ("Hughes Aircraft Co"),
** or in a name it shows to be a company's by what it says of it
** ("Brandbank's net profit", firm_scan)? */
static int company_word(const pl_docctx *ctx, const char *low)
{
	const pl_token *t = ctx->scan_tok;
	uint32_t i;
	if (ctx->firm_nw && bsearch(&low, ctx->firm_w, ctx->firm_nw, sizeof *ctx->firm_w, cmp_word))
		return 1;
	if (ctx->company_ready)
		return bsearch(&low, ctx->company_w, ctx->company_nw, sizeof *ctx->company_w,
		               cmp_word) != NULL;
	for (i = 0; t && i < ctx->scan_ntok; i++)
		if (t[i].low[0] == low[0] && pl_eq(t[i].low, low) && company_of(t, ctx->scan_ntok, i))
			return 1;
	return 0;
}

/* Is token t a word of a name the article shows to be a company's
** (firm_scan)? */
static int named_firm_word(const pl_docctx *ctx, const pl_token *t)
{
	return ctx->firm_nw &&
	       bsearch(&t->low, ctx->firm_w, ctx->firm_nw, sizeof *ctx->firm_w, cmp_word) != NULL;
}

/* Is chunk np, no dictionary's mention, all the words of a name the article
** shows to be a company's (firm_scan): "Valmet said" after "Valmet, the
** French parts maker,"?  (An article first: "the Valmet" is none.) */
static int named_firm_chunk(const pl_docctx *ctx, const pl_token *tok, const pl_np *np,
                            const mention *m, int nm)
{
	uint32_t i;
	int k;
	for (k = 0; k < nm; k++)
		if (m[k].t0 < np->t1 && m[k].t1 > np->t0)
			return 0;
	if (!ctx->firm_nend ||
	    !bsearch(&tok[np->t1 - 1].low, ctx->firm_end, ctx->firm_nend, sizeof *ctx->firm_end,
	             cmp_word))
		return 0;
	/* (after its home: "Toronto-based Lacmont Mines") */
	i = np->t0;
	if (np->t1 - i > 1 && tok[i].len > 6 && !strcmp(tok[i].low + tok[i].len - 6, "-based"))
		i++;
	for (; i < np->t1; i++)
		if (!(tok[i].flags & PL_TOK_CAP) || tok[i].tag == PL_T_POS || tok[i].tag == PL_T_DT ||
		    !bsearch(&tok[i].low, ctx->firm_w, ctx->firm_nw, sizeof *ctx->firm_w, cmp_word))
			return 0;
	return 1;
}

/* Are tokens i to j (the words between a possessive and a title) no more
** than lower-case adjectives of the office ("corporate", "senior")? */
static int possessed_office(const pl_token *tok, uint32_t i, uint32_t j)
{
	for (; i < j; i++)
		if ((tok[i].flags & PL_TOK_CAP) || tok[i].tag != PL_T_JJ)
			return 0;
	return 1;
}

/* Is agent mention x ("Marine", "General") a word of a company's name, not
** a role of another sector: capitalised words only, each a word of a name
** the article writes with a company's legal form, next to another such
** word ("Outboard Marine" after "Outboard Marine Corp", "AM General" after
** "AM General Corp")?  (A business word, "Bank", "Traders", keeps its role:
** it is the firm's.) */
static int firm_name_agent(const pl_docctx *ctx, const pl_token *tok, uint32_t t0, uint32_t t1,
                           const mention *x)
{
	uint32_t i;
	if (x->ph->kind != PL_A_AGENT || !x->ph->code || plays_role(x->ph->code, "BUS"))
		return 0;
	for (i = x->t0; i < x->t1; i++)
		if (!(tok[i].flags & PL_TOK_CAP) || (tok[i].flags & PL_TOK_SSTART) ||
		    !company_word(ctx, tok[i].low))
			return 0;
	return (x->t0 > t0 && (tok[x->t0 - 1].flags & PL_TOK_CAP) &&
	        !(tok[x->t0 - 1].flags & PL_TOK_SSTART) && company_word(ctx, tok[x->t0 - 1].low)) ||
	       (x->t1 < t1 && (tok[x->t1].flags & PL_TOK_CAP) && company_word(ctx, tok[x->t1].low));
}

/* "MCI President Bert Roberts", "Hughes vice-president", "CME special
** counsel", "Acme Holdings Inc spokesman", "Acme's president": a title a
** company's officers share with a state's (officer_title), after a name the
** dictionaries do not know (or its possessive), is the company's officer,
** not the state's, when the name ends in a company's suffix, or the article
** names a company by its words ("Hughes Aircraft Co"), or it is an acronym
** or a word the lexicon lacks in an article that names companies (a story of
** business: in one of politics, "a Defra spokesman", "a CRE spokesman" speak
** for public bodies).  The name is the proper nouns before the title (after
** an article and adjectives), none in a dictionary mention, a place, nor a
** surname the article has given a person ("Health Minister", "Shadow
** spokesman" are no names).  Returns "BUS" for such a company; for a body
** noun that names again a body named before, that body's code ("a
** Commission spokesman" after "the European Commission"); else NULL: the
** title stays the state's. */
static const char *officer_of(const pl_store *s, const pl_docctx *ctx, const pl_token *tok,
                              const pl_np *np, const mention *agent, const mention *m, int nm)
{
	const struct pl_memory *e;
	const char *file, *body;
	pl_place pl[1];
	uint32_t i, line, end;
	int k, names = 0, suffix = 0;
	if (s->petrarch || agent->ph->role_first || agent->t0 == np->t0 ||
	    !officer_title(lem(&tok[agent->t1 - 1])))
		return NULL;
	for (i = np->t0 + 1; i < agent->t0; i++)
		suffix |= is_company_suffix(&tok[i]) && (tok[i - 1].flags & PL_TOK_CAP);
	/* ("Nippon Kokan officials": a word of a company's name that
	** company_marks.tsv gives a country names a company as a suffix does) */
	for (i = np->t0; i < agent->t0 && !suffix; i++)
		suffix = (tok[i].flags & PL_TOK_CAP) && !(tok[i].flags & PL_TOK_ALLCAP) &&
		         pl_tok_get_low(&s->company_marks, &tok[i]) != NULL;
	/* ("Utilicorp's president", "Acme's corporate vice president": the
	** name ends before its possessive, lower-case adjectives of the office
	** between it and the title) */
	for (end = agent->t0; end > np->t0 + 1 && tok[end - 1].tag != PL_T_POS; end--)
		;
	if (end <= np->t0 + 1 || !possessed_office(tok, end, agent->t0))
		end = agent->t0;
	else
		end--;
	for (i = np->t0; i < end; i++) {
		const pl_token *t = &tok[i];
		for (k = 0; k < nm; k++)
			if (i >= m[k].t0 && i < m[k].t1 && !firm_name_agent(ctx, tok, np->t0, end, &m[k]))
				return NULL;
		if (t->tag == PL_T_DT || (t->tag == PL_T_JJ && !(t->flags & PL_TOK_CAP)))
			continue;
		/* (a capitalised word the tagger took for an adjective is a name
		** word when the article writes it in a company's name:
		** "Borg-Warner" after "Borg-Warner Corp") */
		if (!(t->flags & PL_TOK_CAP) || (t->tag != PL_T_NNP && t->tag != PL_T_NNPS &&
		    !(t->flags & PL_TOK_ALLCAP) && !(t->tag == PL_T_JJ && company_word(ctx, t->low))))
			return NULL;
		if (!suffix && org_noun(lem(t))) {
			/* (a body noun alone names the body named before) */
			e = i + 1 == end && !names ? mem_find(ctx, noun_key(lem(t)), NULL, 1 << PL_MEM_ORG)
			                           : NULL;
			return e ? e->code : NULL;
		}
		/* ("an MHI spokesman" after "Mitsubishi Heavy Industries Ltd":
		** the body's initials, body_short_names) */
		if ((t->flags & PL_TOK_ALLCAP) && i + 1 == end && !names &&
		    (body = remembered(ctx, t->low, &file, &line)) != NULL)
			return body;
		/* ("a Purolator official" after "Purolator Courier Corp": the
		** first word of a company's name, remember_firm_name) */
		if (i + 1 == end && !names && (body = remembered(ctx, t->low, &file, &line)) != NULL &&
		    strlen(body) >= 6 && plays_role(body, "BUS"))
			return body;
		if (!suffix && company_word(ctx, t->low))
			suffix = 1;
		else if (!suffix && ((!(t->flags & PL_TOK_OOV) && !(t->flags & PL_TOK_ALLCAP)) ||
		                     (!(t->flags & PL_TOK_ALLCAP) && remembered(ctx, t->low, &file, &line))))
			return NULL;
		names++;
	}
	/* (a possessive name must be known as a company's: an acronym of the
	** story's, "CME's vice president", may be an exchange's or a board's) */
	if (!names || (!suffix && (end < agent->t0 ||
	                           pl_places_find(s->gaz, tok, np->t0, end, NULL, pl, 1) > 0 ||
	                           !names_a_company(ctx))))
		return NULL;
	return "BUS";
}

/* The code of the company whose name ends at token i (its legal form) and
** runs back over capitalised words to t0: its country's BUS when the form
** or the name tells one (company_form), else the bare role. */
static const char *firm_ending_at(const pl_store *s, const pl_docctx *ctx, const pl_token *tok,
                                  uint32_t t0, const pl_np *np, uint32_t i, pl_arena *a)
{
	pl_np name = *np;
	const pl_bodyhead *form;
	name.t1 = i + 1;
	for (name.t0 = i; name.t0 > t0 && (tok[name.t0 - 1].flags & PL_TOK_CAP); name.t0--)
		;
	form = company_form(s, ctx, tok, &name);
	return form ? join(a, form->role, "BUS") : "BUS";
}

/* "Sony Corp plans ... , a spokesman said": a bare title of one who speaks
** for a body that a company's officers share with a state's ("a
** spokesman", "the officials"), with nothing after it to say whose ("a spokesman for the
** ministry"), in an article that names a company, speaks for the company
** named before it in its sentence ("Acme Corp will build a plant, a
** spokesman said"), else for the one most recently remembered in the
** sentence before, when no state body was remembered after it; never when
** a state body is named in its sentence.  Returns that company's code
** ("BUS" when its country is not told), or NULL: the title stays the
** state's. */
static const char *company_voice(const pl_store *s, const pl_docctx *ctx, const pl_token *tok,
                                 uint32_t t0, const pl_np *np, const mention *agent,
                                 const mention *m, int nm, pl_arena *a)
{
	const struct pl_memory *e;
	uint32_t i;
	int k;
	/* (a state body named in the sentence is whose: "the finance ministry
	** raised rates, a spokesman said") */
	for (k = 0; k < nm; k++)
		if (&m[k] != agent && m[k].ph->kind != PL_A_COUNTRY && m[k].ph->code &&
		    (state_body(m[k].ph->code) ||
		     (strlen(m[k].ph->code) == 3 && strstr("GOV MIL COP JUD LEG SPY", m[k].ph->code))))
			return NULL;
	/* (one who speaks for a body; a lawyer or a president may be another's:
	** "an attorney representing Casey-Werner") */
	const char *title = lem(&tok[agent->t1 - 1]);
	if (agent->t1 != np->t1 || !(officer_title(title) && strcmp(title, "president") &&
	                             strcmp(title, "vice-president") && strcmp(title, "counsel") &&
	                             strcmp(title, "lawyer") && strcmp(title, "attorney")) ||
	    plays_role(agent->ph->code, "BUS") || !names_a_company(ctx))
		return NULL;
	/* (a body's name in brackets before the title is whose: "a Nuclear
	** Regulatory Commission (NRC) spokesman") */
	if (np->t0 > t0 && is(&tok[np->t0 - 1], ")"))
		return NULL;
	for (i = np->t0; i < agent->t0; i++)
		if (tok[i].tag != PL_T_DT && tok[i].tag != PL_T_CD && tok[i].tag != PL_T_JJ)
			return NULL;
	/* (whose the title is follows it: "for the ministry", "at Acme") */
	if (ctx->scan_tok != tok || np->t1 >= ctx->scan_ntok ||
	    (tok[np->t1].tag == PL_T_IN && !is(&tok[np->t1], "that")))
		return NULL;
	/* ("the official" names again one named before: "a ministry
	** official said ... the official said") */
	if (definite(&tok[np->t0]) &&
	    (e = mem_find(ctx, noun_key(lem(&tok[agent->t1 - 1])), NULL, 0)) != NULL &&
	    !has_role(e->code, "BUS"))
		return NULL;
	/* (the last company named before the title in its sentence; "the
	** official" is one named before, not one of the companies the
	** sentence speaks of) */
	for (i = definite(&tok[np->t0]) ? t0 : np->t0; i-- > t0 + 1; )
		if (company_end(tok, i))
			return firm_ending_at(s, ctx, tok, t0, np, i, a);
	for (k = ctx->nmem - 1; k >= 0 && ctx->sent - ctx->mem[k].sent <= 1; k--) {
		e = &ctx->mem[k];
		if (!e->code)
			continue;
		if (e->kind == PL_MEM_ORG && has_role(e->code, "BUS"))
			return e->code;
		if (state_body(e->code) || e->kind == PL_MEM_PERSON)
			return NULL;
	}
	return NULL;
}

/* Are tokens b0 to b1 (none when b0 == b1) all capitalised nouns of a
** company's name the article writes with its legal form (company_word):
** "Motors" of "American Motors Corp", "Shoe" of "U.S. Shoe Corp"? */
static int firm_words(const pl_docctx *ctx, const pl_token *tok, uint32_t b0, uint32_t b1)
{
	uint32_t i;
	if (b0 >= b1)
		return 0;
	for (i = b0; i < b1; i++)
		if (!(tok[i].flags & PL_TOK_CAP) || !PL_TAG_IS_NOUN(tok[i].tag) || !company_word(ctx, tok[i].low))
			return 0;
	return 1;
}

/* Are tokens b0 to b1 capitalised nouns whose last is a company's name
** word (is_company_suffix: "Motors", "Airways", "Airlines")?  "American
** Motors president Joseph Cappy", "British Airways chairman Lord King": a
** company whose name begins with a country's word, whether or not the
** article writes it with its legal form (firm_words). */
static int firm_name_run(const pl_token *tok, uint32_t b0, uint32_t b1)
{
	uint32_t i;
	if (b0 >= b1 || !is_company_suffix(&tok[b1 - 1]))
		return 0;
	for (i = b0; i < b1; i++)
		if (!(tok[i].flags & PL_TOK_CAP) || !PL_TAG_IS_NOUN(tok[i].tag))
			return 0;
	return 1;
}

/* Are tokens b0 to b1, after a country's word, the rest of a company's
** name that no dictionary knows: "Sprint" of "US Sprint", "Aerospace" of
** "British Aerospace", "Air Lines" of "Japan Air Lines"?  One to three
** capitalised proper nouns, none in a dictionary mention (m), none a place,
** and none a word of a state's or a public body's name ("Foreign Trade
** Ministry", "Coffee Institute", "Wheat Board", "National", "Federal"):
** the officer's title after or before such a name is a company's. */
static int country_firm_name(const pl_store *s, const pl_token *tok, uint32_t b0, uint32_t b1,
                             const mention *m, int nm, uint32_t most)
{
	static const char *const bodies[] = {"agency", "department", "office", "commission",
		"committee", "council", "bureau", "service", "authority", "administration", "board",
		"survey", "mint", "institute", "institution", "association", "league", "federation",
		"union", "party", "congress", "senate", "house", "court", "embassy", "government",
		"treasury", "army", "navy", "force", "guard", "customs", "reserve", "corps", "ministry",
		"parliament", "assembly", "delegation", "team", "state", "national", "federal", "central",
		"royal", "public", "people", "republic", "kingdom", "exchange", "chamber", "foundation",
		"fund", "organisation", "organization", "group", "cabinet", "community",
		"market", "club", "society", "center", "centre", "university", "college", "school",
		"foreign", "secretariat", "conference", "program", "programme", "mission",
		/* (a portfolio names a ministry's men: "U.S. Trade officials") */
		"trade", "finance", "commerce", "economy", "economic", "agriculture", "energy", "industry",
		"labor", "labour", "defense", "defence", "justice", "interior", "health", "transport",
		"transportation", "education", "environment", "security", "intelligence", NULL};
	pl_place pl[1];
	uint32_t i;
	int k;
	if (b0 >= b1 || b1 - b0 > most)
		return 0;
	for (i = b0; i < b1; i++) {
		if (!(tok[i].flags & PL_TOK_CAP) || (tok[i].flags & PL_TOK_ALLCAP) ||
		    (tok[i].tag != PL_T_NNP && tok[i].tag != PL_T_NNPS) || pl_in_list(lem(&tok[i]), bodies) ||
		    pl_in_list(tok[i].low, bodies))
			return 0;
		for (k = 0; k < nm; k++)
			if (i >= m[k].t0 && i < m[k].t1)
				return 0;
	}
	return pl_places_find(s->gaz, tok, b0, b1, NULL, pl, 1) == 0;
}

/* Is lemma a word of a title only a company's officers hold, or one that
** qualifies such a title ("managing board chairman", "chief financial
** officer", "finance director")?  *head is set for the title itself. */
static int officer_word(const char *lemma, int *head)
{
	static const char *const heads[] = {"chairman", "chairwoman", "vice-chairman", "president",
		"vice-president", "executive", "director", "officer", "treasurer", "spokesman",
		"spokeswoman", NULL};
	static const char *const words[] = {"vice", "chief", "managing", "board", "finance",
		"financial", "operating", "senior", "deputy", "group", "company",
		"corporate", "general", "co-chairman", NULL};
	if (pl_in_list(lemma, heads)) {
		*head = 1;
		return 1;
	}
	return pl_in_list(lemma, words);
}

/* Is code a company's or a union's (BUS or LAB, with or without a
** country)?  Both have officers who are no state's. */
static inline int firm_or_union(const char *code)
{
	return plays_role(code, "BUS") || plays_role(code, "LAB");
}

/* The company the officer named by chunk np works for: the last one named
** before it in its sentence (a dictionary's company, or a name ending in a
** company's legal form), else the body most recently remembered in the
** four sentences before, when that is a company (a role, "manager",
** "analysts", names no company).  NULL when a state body
** is named in the sentence or was remembered after the company. */
static const char *officer_employer(const pl_store *s, const pl_docctx *ctx, const pl_token *tok,
                                    uint32_t t0, const pl_np *np, const mention *m, int nm,
                                    pl_arena *a)
{
	const char *firm = NULL;
	uint32_t i, at = t0;
	int k;
	for (k = 0; k < nm; k++) {
		const char *c = m[k].ph->code;
		if (!c || m[k].ph->kind == PL_A_COUNTRY)
			continue;
		/* (the paper or agency he speaks to after his name is none of
		** his: "Chairman Jo Reed told Reuters") */
		if (has_role(c, "MED") && m[k].t0 >= np->t1)
			continue;
		if (state_body(c))
			return NULL;
		if (m[k].ph->kind == PL_A_ORG && m[k].t1 <= np->t0 && m[k].t0 >= at && firm_or_union(c)) {
			firm = c;
			at = m[k].t0;
		}
	}
	/* (a name opening the sentence too: "Jaguar Plc said ...") */
	for (i = np->t0; i-- > at + 1; )
		if (is_company_suffix(&tok[i]) && (tok[i - 1].flags & PL_TOK_CAP))
			return firm_ending_at(s, ctx, tok, t0, np, i, a);
	if (firm)
		return firm;
	for (k = ctx->nmem - 1; k >= 0 && ctx->sent - ctx->mem[k].sent <= 4; k--) {
		const struct pl_memory *e = &ctx->mem[k];
		if (!e->code || e->kind != PL_MEM_ORG)
			continue;
		if (firm_or_union(e->code))
			return e->code;
		if (state_body(e->code))
			return NULL;
	}
	/* (the company the sentence before was about, no dictionary's:
	** "Calder Industries Inc said earnings fell.  ..., chairman Mark
	** Salvo said") */
	if (ctx->topic_sent + 1 == ctx->sent && !ctx->quote_open && ctx->topic_sg_code &&
	    !ctx->topic_sg_title && firm_or_union(ctx->topic_sg_code))
		return ctx->topic_sg_code;
	return NULL;
}

/* The company or union "its" opening chunk np stands for ("its president
** Warren Idsal"): the last body named before it in its sentence ("Hutton
** LBO is committed ..., its president said"), else the body the sentence
** before was about, as for "its director" (possessed_title).  A body named
** last that was not that subject ("The union would press General Motors.
** Its vice president ...") is not the owner.  NULL when the owner is
** another body (a state's, a country) or none is known. */
static const char *its_owner(const pl_store *s, const pl_docctx *ctx, const pl_token *tok,
                             uint32_t t0, const pl_np *np, const mention *m, int nm, pl_arena *a)
{
	const mention *last = NULL;
	uint32_t i;
	int k;
	/* (not a company's or union's common noun, "the courier business",
	** which says nothing of whose; nor a discard's or an issue's) */
	for (k = 0; k < nm; k++)
		if (m[k].ph->code && m[k].t1 <= np->t0 && (!last || m[k].t0 >= last->t0) &&
		    m[k].ph->kind >= PL_A_COUNTRY && m[k].ph->kind <= PL_A_AGENT &&
		    !(m[k].ph->kind == PL_A_AGENT && firm_or_union(m[k].ph->code)))
			last = &m[k];
	if (last)
		return last->ph->kind == PL_A_ORG && firm_or_union(last->ph->code) ? last->ph->code : NULL;
	/* (a company no dictionary knows, named with its legal form before:
	** "Dean Foods Co said ..., its president ...") */
	for (i = np->t0; i-- > t0 + 1; )
		if (is_company_suffix(&tok[i]) && (tok[i - 1].flags & PL_TOK_CAP))
			return officer_employer(s, ctx, tok, t0, np, m, nm, a);
	if (ctx->topic_sent + 1 != ctx->sent || ctx->quote_open || !ctx->topic_sg_code)
		return NULL;
	return firm_or_union(ctx->topic_sg_code) ? ctx->topic_sg_code : NULL;
}

/* "spokesman Ken Cherney", "vice president Glenn Schleede": chunk np is a
** state's role that a company's officers hold too (agent, a GOV title whose
** last word is an officer's, officer_word) and then a name no dictionary
** knows.  Not "director general" or "press secretary", titles of a state
** alone, nor a known person's name.  So is a company's own title
** ("managing director Tsunao Hashimoto", "chief executive John Reed"):
** its bare BUS tells no company, the one named before does. */
static int named_officer(const pl_token *tok, const pl_np *np, const mention *agent,
                         const mention *m, int nm)
{
	int head = 0, k;
	int state = pl_eq(agent->ph->code, "GOV"), firm = pl_eq(agent->ph->code, "BUS");
	if (!(state || firm) || !pl_eq(np->code, agent->ph->code) || agent->t1 >= np->t1 ||
	    !officer_word(lem(&tok[agent->t1 - 1]), &head) || !head)
		return 0;
	for (k = 0; k < nm; k++)
		if (&m[k] != agent && m[k].t1 > agent->t1 && m[k].t0 < np->t1)
			return 0;
	return 1;
}

/* Does the sentence (mentions m) name a state other than the one of firm,
** a company's code?  "President Leon Febres Cordero ... Ecuador would
** maintain" after a French bank is Ecuador's president, not the bank's. */
static int other_state_here(const char *firm, const mention *m, int nm, pl_arena *a)
{
	const char *cc = country_of(a, firm), *c;
	int k;
	for (k = 0; k < nm; k++)
		if (m[k].ph->kind == PL_A_COUNTRY && (c = country_of(a, m[k].ph->code)) != NULL &&
		    !(cc && pl_eq(c, cc)))
			return 1;
	return 0;
}

/* "Chairman Sir John Egan", "managing board chairman Wolfgang Habbel",
** "finance director John Edwards" in a company's story: a name no
** dictionary knows after a title of a company's officer alone (no body
** named in the title: "Fed Chairman", "IMF Managing Director" are
** another's) is that company's, with the context's country when the
** company's is not told (officer_employer).  NULL when no company was
** named just before, when neither the company nor the context tells a
** country, or the chunk is another shape: the name then takes the
** article's country as any other. */
static const char *firm_officer(const pl_store *s, const pl_docctx *ctx, const pl_token *tok,
                                uint32_t t0, const pl_np *np, const mention *m, int nm,
                                pl_arena *a)
{
	const char *firm, *cc, *named = NULL, *file;
	uint32_t i = np->t0, line;
	int head = 0, its = 0;
	if (s->petrarch)
		return NULL;
	if (i < np->t1 && (tok[i].tag == PL_T_DT || (its = is(&tok[i], "its")) != 0))
		i++;
	/* ("Hilton Hotels division president Carl Mottek", "Utilicorp's
	** president Richard Green": the title's company named by the first
	** word of its name, as remember_firm_name keeps it; then the rest of
	** its name, its possessive, and a unit's or a field's words in lower
	** case.  A word remembered as another body's is no company's, nor
	** one as a union's: "WRU" is the Welsh Rugby Union, as headed_body
	** reads it) */
	if (!its && i < np->t1 && tok[i].tag == PL_T_NNP && (tok[i].flags & PL_TOK_CAP) &&
	    !officer_word(lem(&tok[i]), &head) && (named = remembered(ctx, tok[i].low, &file, &line)) != NULL) {
		if (strlen(named) <= 3 || !has_role(named, "BUS"))
			return NULL;
		for (i++; i < np->t1 && (tok[i].flags & PL_TOK_CAP) &&
		          (tok[i].tag == PL_T_NNP || tok[i].tag == PL_T_NNPS) && !officer_word(lem(&tok[i]), &head);
		     i++)
			;
		if (i < np->t1 && tok[i].tag == PL_T_POS)
			i++;
		for (; i < np->t1 && !(tok[i].flags & PL_TOK_CAP) && (tok[i].tag == PL_T_NN || tok[i].tag == PL_T_JJ) &&
		       !officer_word(lem(&tok[i]), &head);
		     i++)
			;
	}
	/* (a capital only on the sentence's first word or the title's first:
	** "Chairman Sir John Egan"; any after a company's name, "Hilton
	** President") */
	for (; i < np->t1 && officer_word(lem(&tok[i]), &head); i++)
		if ((tok[i].flags & PL_TOK_CAP) && i != np->t0 && i != t0 && !named)
			return NULL;
	if (!head || np->t1 - i < 1 || np->t1 - i > 4)
		return NULL;
	for (; i < np->t1; i++)
		if (tok[i].tag != PL_T_NNP || !(tok[i].flags & PL_TOK_CAP) || (tok[i].flags & PL_TOK_ALLCAP))
			return NULL;
	if ((firm = named ? named : its ? its_owner(s, ctx, tok, t0, np, m, nm, a)
	                            : officer_employer(s, ctx, tok, t0, np, m, nm, a)) == NULL)
		return NULL;
	/* (a bare "BUS" is no better than the article's country the name
	** would take otherwise) */
	if (!pl_eq(firm, "BUS") && !pl_eq(firm, "LAB"))
		return firm;
	return (cc = context_country(ctx)) != NULL ? join(a, cc, firm) : NULL;
}

/* "Sears chairman Edward Brennan", "Committee Chairman Patrick Leahy",
** "Commission chairwoman Martha Hesse": a name no dictionary knows after a
** head's title that no agent line holds (chairman, director: officer_word),
** itself after one to three capitalised words that say whose head he is.
** A body noun alone ("Committee", "Commission") names the body last named
** under that noun ("the Senate Agriculture Committee" USALEG), as
** officer_of reads "a Commission spokesman"; a company remembered by that
** word gives its code (not a union's: "WRU" is the Welsh Rugby Union);
** proper nouns that are no dictionary's, no place and no person met
** before, in an article that names companies, are a company's name (the
** context's country and BUS: a state's heads are "Secretary", "Minister",
** an agent line).  NULL for any other shape: the name then takes the
** article's country as before. */
static const char *headed_body(const pl_store *s, const pl_docctx *ctx, const pl_token *tok,
                               const pl_np *np, const mention *m, int nm, pl_arena *a)
{
	/* (bodies that meet and are chaired, no companies: "Subcommittee
	** chairman John Dingell", "Conference Chairman Manaspas Xuto") */
	static const char *const meeting[] = {"subcommittee", "conference", "panel", "caucus",
		"assembly", "senate", "house", "convention", "summit", "forum", NULL};
	const struct pl_memory *e;
	const char *c, *file, *cc;
	pl_place pl[1];
	uint32_t i = np->t0, b0, b1, line;
	int head = 0, k;
	if (s->petrarch)
		return NULL;
	if (i < np->t1 && tok[i].tag == PL_T_DT)
		i++;
	/* (a capitalised adjective too when it is a word of a company's
	** name: "Happy" of "Happy Stores Inc") */
	for (b0 = i; i < np->t1 && (tok[i].flags & PL_TOK_CAP) &&
	             (tok[i].tag == PL_T_NNP || tok[i].tag == PL_T_NNPS || tok[i].tag == PL_T_NN ||
	              (tok[i].tag == PL_T_JJ && company_word(ctx, tok[i].low))) &&
	             !officer_word(lem(&tok[i]), &head); i++)
		;
	b1 = i;
	while (i < np->t1 && officer_word(lem(&tok[i]), &head))
		i++;
	if (b1 == b0 || b1 - b0 > 3 || b1 == i || !head || np->t1 - i < 2 || np->t1 - i > 4)
		return NULL;
	/* (a double-barrelled surname the tagger left as a common noun last:
	** "Brindle chairman Sir Alan Penn-Hardy", as surname_at_end) */
	for (; i < np->t1; i++)
		if ((tok[i].tag != PL_T_NNP && !(i + 1 == np->t1 && surname_at_end(tok, np))) ||
		    !(tok[i].flags & PL_TOK_CAP) || (tok[i].flags & PL_TOK_ALLCAP))
			return NULL;
	for (k = 0; k < nm; k++)
		if (m[k].t0 < np->t1 && m[k].t1 > np->t0)
			return NULL;
	if (b1 - b0 == 1 && (org_noun(lem(&tok[b0])) || pl_in_list(lem(&tok[b0]), meeting))) {
		e = mem_find(ctx, noun_key(lem(&tok[b0])), NULL, 1 << PL_MEM_ORG);
		return e && strlen(e->code) > 3 ? e->code : NULL;
	}
	if (b1 - b0 == 1 && (c = remembered(ctx, tok[b0].low, &file, &line)) != NULL)
		return has_role(c, "BUS") ? c : NULL;
	/* (words all of a company's name the article writes with its legal
	** form, "Happy Stores" of "Happy Stores Inc", "Salford" of "Salford
	** Bank Plc", a place's name or not: that company, as remembered by
	** its first word, else a company of the context's country) */
	for (i = b0; i < b1 && company_word(ctx, tok[i].low); i++)
		;
	if (i == b1) {
		if ((c = remembered(ctx, tok[b0].low, &file, &line)) != NULL)
			return has_role(c, "BUS") ? c : NULL;
		return (cc = context_country(ctx)) != NULL ? join(a, cc, "BUS") : NULL;
	}
	for (i = b0; i < b1; i++)
		if (org_noun(lem(&tok[i])) || body_head(s, lem(&tok[i])) || tok[i].tag == PL_T_NN ||
		    pl_in_list(lem(&tok[i]), meeting) ||
		    remembered(ctx, tok[i].low, &file, &line))
			return NULL;
	if (!names_a_company(ctx) || pl_places_find(s->gaz, tok, b0, b1, NULL, pl, 1) > 0 ||
	    (cc = context_country(ctx)) == NULL)
		return NULL;
	return join(a, cc, "BUS");
}

/* "an association spokesman", "a federation official": chunk np, a bare
** state's title (GOV) after a body's noun (in lower case, or one of
** again_noun's own in capitals), speaks for the
** body last named under that noun, earlier in its sentence (chunks
** out->np before it) or in the sentences before, when that body is a
** company's, a trade body's or a union's ("the Taiwan Flour Mills
** Association" TWNBUS); a state body's keeps the title's own reading.
** Returns the body's code, or NULL. */
static const char *noun_body_voice(const pl_docctx *ctx, const pl_token *tok, const pl_sentan *out,
                                   const pl_np *np)
{
	const struct pl_memory *e;
	const char *noun, *c;
	uint32_t i = np->t0;
	int q;
	if (!np->agent_only || !np->code || !pl_eq(np->code, "GOV") || np->pronoun || np->poss_code)
		return NULL;
	if (i < np->t1 && tok[i].tag == PL_T_DT)
		i++;
	if (i + 2 != np->t1 || !officer_title(lem(&tok[np->t1 - 1])))
		return NULL;
	/* (the noun in capitals as well, when it is a trade body's or a
	** market's: "an Exchange spokesman" after "the London Stock
	** Exchange"; "a Commission spokesman" is left to officer_of) */
	noun = lem(&tok[i]);
	if ((tok[i].flags & PL_TOK_CAP) ? !(tok[i].tag == PL_T_NN || tok[i].tag == PL_T_NNP) ||
	                                  org_noun(noun) || !again_noun(noun) :
	                                  tok[i].tag != PL_T_NN || (!org_noun(noun) && !again_noun(noun)))
		return NULL;
	for (q = (int)out->nnp - 1; q >= 0; q--) {
		const pl_np *y = &out->np[q];
		if (y->t1 > y->t0 && pl_eq(lem(&tok[y->t1 - 1]), noun))
			return (c = y->code) != NULL && strlen(c) > 3 && firm_or_union(c) ? c : NULL;
	}
	e = mem_find(ctx, noun_key(noun), NULL, 1 << PL_MEM_ORG);
	return e && e->code && strlen(e->code) > 3 && firm_or_union(e->code) ? e->code : NULL;
}

/* The role a body's head noun tells, for a body no dictionary knows:
** "institute", "foundation" (NGO), "union" (LAB), "university" (EDU),
** "company" (BUS); NULL for other nouns ("group" may be a pressure group
** or a company; only a party named makes a party's code). */
static const char *head_role(const pl_store *s, const char *lemma, const pl_bodyhead **ev)
{
	const pl_bodyhead *b = pl_eq(lemma, "group") ? NULL : body_head(s, lemma);
	*ev = b;
	return b ? b->role : NULL;
}

/* "the Family Planning Association's chief executive", "the Electoral
** Commission's chairman": a title after the possessive of a body's proper
** name that no dictionary knows (body_name, the possessor's head at token
** q) is that body's, in the role its head noun tells, with the context's
** country.  NULL when the name tells no role. */
static const char *named_possessor(const pl_store *s, const pl_docctx *ctx, const pl_token *tok,
                                   const pl_np *np, uint32_t q, pl_arena *a, int *how,
                                   const pl_bodyhead **ev)
{
	pl_np own = *np;
	const char *role;
	own.t1 = q + 1;
	role = body_name(s, tok, &own, own.t1, ev);
	if (!role || !role[0] || !*ev || pl_eq(lem(&tok[q]), "group"))
		return NULL;
	*how = PL_HOW_CONTEXT;
	return context_country(ctx) ? join(a, context_country(ctx), role) : role;
}

/* "an Importers Association official", "a Housewives Association
** spokeswoman": a title of the state's (the agents read "official" and
** "spokesman" as the government's) right after the proper name of a body of
** members no dictionary knows (its head "Association", "Federation",
** "Confederation", "Chamber" or "Institute": body_name) is that body's, in
** the role its name tells (business for a body of firms, trade_body),
** with the context's country, as a title after the body's possessive is
** (named_possessor).  NULL when the chunk is no such. */
static const char *titled_member_body(const pl_store *s, const pl_docctx *ctx, const pl_token *tok,
                                      const pl_np *np, const mention *agent, pl_arena *a,
                                      const pl_bodyhead **ev)
{
	uint32_t t = np->t0, e = agent->t0, j;
	const pl_bodyhead *b;
	const char *role;
	*ev = NULL;
	if (!pl_eq(agent->ph->code, "GOV") || agent->t1 != np->t1 || e < t + 2 ||
	    !(tok[e - 1].flags & PL_TOK_CAP) || !member_head(lem(&tok[e - 1])))
		return NULL;
	if (tok[t].tag == PL_T_DT)
		t++;
	/* (two to five capitalised nouns, none all in capitals) */
	if (e - t < 2 || e - t > 5)
		return NULL;
	for (j = t; j < e; j++)
		if (!(tok[j].flags & PL_TOK_CAP) || (tok[j].flags & PL_TOK_ALLCAP) ||
		    !PL_TAG_IS_NOUN(tok[j].tag))
			return NULL;
	for (j = t; j + 1 < e && !trade_word(tok, j); j++)
		;
	b = body_head(s, lem(&tok[e - 1]));
	role = j + 1 < e ? "BUS" : b && pl_eq(b->role, "NGO") ? b->role : NULL;
	if (!role)
		return NULL;
	*ev = b;
	return context_country(ctx) ? join(a, context_country(ctx), role) : role;
}

/* "the Moorland Hotel Association's chairman": a title no agent line holds
** (generic_title), at the end of chunk np after the possessive of a body's
** proper name (adjectives between), is the body's (named_possessor).  NULL
** when the chunk is no such. */
static const char *titled_possessor(const pl_store *s, const pl_docctx *ctx, const pl_token *tok,
                                    const pl_np *np, const mention *m, int nm, pl_arena *a,
                                    int *how, const pl_bodyhead **ev)
{
	uint32_t q = np->t1 - 1;
	int k;
	if (np->t1 - np->t0 < 4 || tok[q].tag != PL_T_NN || (tok[q].flags & PL_TOK_CAP) ||
	    !generic_title(lem(&tok[q])))
		return NULL;
	while (q > np->t0 + 2 && portfolio_word(&tok[q - 1]))
		q--;
	if (tok[q - 1].tag != PL_T_POS)
		return NULL;
	q -= 2;   /* the possessor's head */
	if (!(tok[q].flags & PL_TOK_CAP))
		return NULL;
	for (k = 0; k < nm; k++)
		if (m[k].t0 < np->t1 && m[k].t1 > np->t0)
			return NULL;
	return named_possessor(s, ctx, tok, np, q, a, how, ev);
}

/* "the political reform group's general secretary", "the institute's
** director": a title after the possessive of a body noun (no dictionary
** role of its own) is that body's: the body of that noun (or any
** non-state one) named in the last sentences, else the role the noun
** tells, with the context's country.  NULL when the chunk is no such. */
static const char *possessor_body(const pl_store *s, const pl_docctx *ctx, const pl_token *tok,
                                  const pl_np *np, const mention *agent, const mention *m, int nm,
                                  pl_arena *a, int *how, const pl_bodyhead **ev)
{
	const struct pl_memory *e;
	const char *role, *head;
	uint32_t q;
	int k;
	*ev = NULL;
	if (!generic_title(lem(&tok[agent->t1 - 1])) || agent->t1 != np->t1)
		return NULL;
	for (q = agent->t0; q > np->t0 + 1 && portfolio_word(&tok[q - 1]); q--)
		;
	if (q <= np->t0 + 1 || tok[q - 1].tag != PL_T_POS)
		return NULL;
	q -= 2;   /* the possessor's head */
	for (k = 0; k < nm; k++)
		if (q >= m[k].t0 && q < m[k].t1)
			return NULL;
	if (tok[q].flags & PL_TOK_CAP)
		return named_possessor(s, ctx, tok, np, q, a, how, ev);
	if (!PL_TAG_IS_NOUN(tok[q].tag))
		return NULL;
	head = lem(&tok[q]);
	role = head_role(s, head, ev);
	if (!role && !pl_eq(head, "group"))
		return NULL;
	/* (the body named before under the noun, or one of the noun's role:
	** a pressure "group" is an NGO) */
	if (definite(&tok[np->t0]) &&
	    (e = mem_find(ctx, noun_key(head), role ? role : "NGO", 1 << PL_MEM_ORG)) != NULL &&
	    has_role(e->code, role ? role : "NGO")) {
		*how = PL_HOW_MEMORY;
		return e->code;
	}
	if (!role)
		return NULL;
	*how = PL_HOW_CONTEXT;
	return context_country(ctx) ? join(a, context_country(ctx), role) : role;
}

/* The titles a shadow cabinet gives: "shadow home secretary", "shadow
** spokesman for sport", "the shadow Treasury chief secretary". */
static int shadow_title(const char *lemma)
{
	static const char *const w[] = {"secretary", "minister", "chancellor", "spokesman",
		"spokeswoman", "spokesperson", "cabinet", "attorney", "solicitor", "leader", NULL};
	return pl_in_list(lemma, w);
}

/* Does chunk np end in a diplomat's title ("the ambassador", "diplomats",
** "the high commissioner", "an envoy")?  A diplomat serves the state that
** sends it, which only the phrase can tell ("Australia's high
** commissioner", "the French envoy"): the country of the story, or of a
** place it is posted in ("the ambassador in Paris"), is the host's, as
** often as not. */
static int diplomat_np(const pl_token *tok, const pl_np *np)
{
	static const char *const w[] = {"ambassador", "envoy", "diplomat", "consul", "emissary",
	                                "attache", "attaché", NULL};
	static pl_wordset w_set = PL_WORDSET(w);
	uint32_t h = np->t1 - 1;
	if (np->t1 <= np->t0)
		return 0;
	if (pl_in_set(&w_set, lem(&tok[h])))
		return 1;
	return pl_eq(lem(&tok[h]), "commissioner") && h > np->t0 && is(&tok[h - 1], "high");
}

/* Is chunk np a cleric or a religious body named by its role alone ("the
** archbishop", "a vicar")?  Its "of" or "in" phrase names a see or a
** parish, a place. */
static int clergy_np(const pl_np *np)
{
	return np->agent_only && np->code && pl_eq(np->code, "REL");
}

/* How many words at i, before end, name a region of several countries
** used as a modifier: "Arab", "Scandinavian", "Middle East", "Far
** Eastern", "Latin American", "East European", "Eastern bloc"; 0 when
** they do not.  A compass word alone is no region ("eastern rebels" live
** in one country's east), nor is "South African" (a country; its mention
** comes first anyway). */
static uint32_t region_words(const pl_token *tok, uint32_t i, uint32_t end)
{
	static const char *const one[] = {"european", "asian", "african", "arab", "western",
		"gulf", "scandinavian", "nordic", "caribbean", "pacific", "mediterranean", "latin",
		"balkan", "baltic", "arabian", NULL};
	static const char *const compass[] = {"north", "south", "east", "west", "northern",
		"southern", "eastern", "western", "central", "southeast", "south-east", "northeast",
		"north-east", "southwest", "south-west", "northwest", "north-west", NULL};
	static const char *const continent[] = {"european", "asian", "african", "american",
		"pacific", "europe", "asia", "africa", NULL};
	static const char *const near[] = {"middle", "far", "near", NULL};
	const char *w = tok[i].low, *n = i + 1 < end ? tok[i + 1].low : "";
	if (i + 1 < end && pl_in_list(w, compass) && pl_in_list(n, continent) &&
	    !(is(&tok[i], "south") && pl_eq(n, "african")) &&
	    !(is(&tok[i], "north") && pl_eq(n, "american")))
		return 2;
	if (i + 1 < end && pl_in_list(w, near) && (pl_eq(n, "east") || pl_eq(n, "eastern")))
		return 2;
	if (i + 1 < end && pl_eq(w, "eastern") && pl_eq(n, "bloc"))
		return 2;
	if (i + 1 < end && pl_eq(w, "latin") && pl_eq(n, "american"))
		return 2;
	return pl_in_list(w, one) ? 1 : 0;
}

/* "European coffee traders", "Arab bankers", "Middle East oil dealers":
** a bare role after a region's name.  Between the two only lower-case
** modifiers may stand, none of a portfolio, so that a name in capitals
** ("Pacific Gas and Electric officials", "Western Union") and a state's
** office ("European affairs minister") do not count.  A trade word is no
** office here: "European trade sources" are traders in Europe. */
static int region_role(const pl_token *tok, const pl_np *np, const mention *agent)
{
	static const char *const portfolio[] = {"affairs", "relations", "integration", NULL};
	uint32_t i, j, k;
	for (i = np->t0; i < agent->t0; i++) {
		if (tok[i].tag == PL_T_POS)
			return 0;
		if (!(k = region_words(tok, i, agent->t0)) || pl_in_list(tok[i + k].low, portfolio))
			continue;
		for (j = i + k; j < agent->t0; j++)
			if ((tok[j].flags & PL_TOK_CAP) ||
			    (tok[j].tag != PL_T_JJ && tok[j].tag != PL_T_NN && tok[j].tag != PL_T_NNS))
				break;
		if (j == agent->t0)
			return 1;
	}
	return 0;
}

/* "foreign firms", "European leaders", "international investors": a bare
** role whose modifier, before the agent noun, places its holders outside
** the context's country or across several; the article's country is then
** no guess for them (a known country or body there is a mention and gives
** the code itself).  Only adjectives may stand between the modifier and
** the noun, and none of a portfolio: "foreign affairs spokesman", "a
** foreign trade ministry official" hold an office of the state.
** Not a title or a name in capitals ("Foreign Trade Minister", "Western
** Airlines", "International Union"), nor a possessed role ("PwC's global
** chief executive" is the possessor's). */
static int unplaced_role(const pl_token *tok, uint32_t t0, const pl_np *np, const mention *agent)
{
	static const char *const wide[] = {"foreign", "overseas", "international", "european",
	                                   "asian", "african", "western", "multinational",
	                                   "global", "world", NULL};
	static pl_wordset wide_set = PL_WORDSET(wide);
	static const char *const proper[] = {"european", "asian", "african", "western", NULL};
	static const char *const portfolio[] = {"trade", "affairs", "aid", "development", "relations",
	                                        "investment", "exchange", "economic", NULL};
	static pl_wordset portfolio_set = PL_WORDSET(portfolio);
	uint32_t i, j;
	if (diplomat_np(tok, np))
		return 1;
	if (agent->t0 > t0 && (tok[agent->t0].flags & PL_TOK_CAP))
		return 0;
	if (region_role(tok, np, agent))
		return 1;
	for (i = np->t0; i < agent->t0; i++) {
		if (tok[i].tag == PL_T_POS)
			return 0;
		if (!pl_in_set(&wide_set, tok[i].low) || pl_in_set(&portfolio_set, tok[i + 1].low) ||
		    (i > t0 && (tok[i].flags & PL_TOK_CAP) && !pl_in_list(tok[i].low, proper)))
			continue;
		for (j = i + 1; j < agent->t0; j++)
			if (tok[j].tag != PL_T_JJ && !pl_in_set(&wide_set, tok[j].low))
				break;
		if (j == agent->t0)
			return 1;
	}
	return 0;
}

/* Is place p a town that places the people named with it: one the place
** dictionary lists, or one of 300,000 people or more (a small namesake of
** a town is no country)? */
static int known_town(const pl_place *p)
{
	return (p->file && !strncmp(p->file, "dict/", 5)) || p->population >= 300000;
}

/* "a Bedford spokesman", "an Acme official": one who speaks for a body
** his chunk names by a word no dictionary knows (a known body or country
** would be a mention and give the code).  The body is his; its country
** is not told, and a country the sentence or the story names elsewhere
** is no guess for it.  Only a voice of a body (not "a Sandinista
** soldier"), the name right before the role after an article, in
** capitals, not the sentence's first word, nor a town the gazetteer
** knows (place_before_agent's), nor a word the dictionaries hold. */
static int named_body_role(const pl_store *s, const pl_token *tok, uint32_t t0, const pl_np *np,
                           const mention *agent)
{
	static const char *const voice[] = {"spokesman", "spokeswoman", "spokesperson", "official",
	                                    "officials", "executive", "executives", NULL};
	const pl_phrase *ph;
	pl_place pl;
	uint32_t i = agent->t0 - 1;
	if (agent->t1 != np->t1 || agent->t0 != agent->t1 - 1 || agent->t0 < np->t0 + 2 ||
	    !pl_in_list(tok[agent->t0].low, voice) || i <= t0 ||
	    !(is(&tok[i - 1], "a") || is(&tok[i - 1], "an") || is(&tok[i - 1], "the")) || i - 1 != np->t0 ||
	    !(tok[i].flags & PL_TOK_CAP) || (tok[i].tag != PL_T_NNP && tok[i].tag != PL_T_NNPS))
		return 0;
	/* (an acronym, or a word with capitals inside, is as often a body of
	** the state, "an AWB spokesman", "a BaFin spokeswoman", as a firm; a
	** word of the dictionaries a common noun written in capitals, "a
	** Treasury spokesman", "an Exchange official") */
	if ((tok[i].flags & PL_TOK_ALLCAP) || has_upper_inside(&tok[i]) || strchr(tok[i].low, '.') ||
	    pl_tok_get_low(&s->agents, &tok[i]) || pl_tok_get_low(&s->nouns, &tok[i]) ||
	    pl_tok_get_low(&s->objclass, &tok[i]))
		return 0;
	for (ph = pl_tok_get_low(&s->names, &tok[i]); ph; ph = ph->next)
		if (ph->ntok == 1)
			return 0;
	/* (a city of its own, "a Tokyo official", is the one
	** place_before_agent takes: a large one or one the dictionary lists) */
	if (pl_places_find(s->gaz, tok, i, i + 1, NULL, &pl, 1) > 0 &&
	    known_town(&pl))
		return 0;
	return 1;
}

/* Does the word at i open the name of a group of states: "Group of
** Five", "G-5", "EC", or "(the) seven leading industrial nations"? */
static int states_group_at(const pl_token *tok, uint32_t i, uint32_t t1)
{
	static const char *const rich[] = {"industrial", "industrialised", "industrialized", NULL};
	static const char *const states[] = {"nation", "country", "democracy", "power", NULL};
	static const char *const counts[] = {"five", "six", "seven", "ten", "twelve", NULL};
	uint32_t j;
	if (is(&tok[i], "ec") || is(&tok[i], "e.c."))
		return 1;
	if (tok[i].low[0] == 'g' && (tok[i].low[1] == '-' || (tok[i].low[1] >= '0' && tok[i].low[1] <= '9')) &&
	    tok[i].len <= 4 && tok[i].low[tok[i].len - 1] >= '0' && tok[i].low[tok[i].len - 1] <= '9')
		return 1;
	if (is(&tok[i], "group") && i + 2 < t1 && is(&tok[i + 1], "of") &&
	    (tok[i + 2].tag == PL_T_CD || pl_in_list(tok[i + 2].low, counts)))
		return 1;
	if (tok[i].tag != PL_T_CD && !pl_in_list(tok[i].low, counts))
		return 0;
	/* (a count, adjectives, then "industrial nations") */
	for (j = i + 1; j + 1 < t1 && tok[j].tag == PL_T_JJ && !pl_in_list(tok[j].low, rich); j++)
		;
	return j + 1 < t1 && pl_in_list(tok[j].low, rich) && tok[j + 1].tag == PL_T_NNS &&
	       pl_in_list(lem(&tok[j + 1]), states);
}

/* Is bare role np held in a group of states: "EC ministers", "G-5
** officials", "finance ministers of the Group of Five", "deputies from
** the seven leading industrial nations"?  Their act is the group's, not
** the story's country's: no member's code is a guess for them (a group
** the dictionaries name, "the Group of Seven", is a mention and codes the
** role itself). */
static int states_group_role(const pl_token *tok, uint32_t t1, const pl_np *np, const mention *agent)
{
	uint32_t i = np->t1;
	if (tok[agent->t1 - 1].tag != PL_T_NNS)
		return 0;
	/* (the group's name, then only modifiers: a chunk run on over a
	** missing space, "EC farm spending.The farmers", is not one) */
	for (uint32_t k = np->t0; k < agent->t0; k++)
		if (memchr(tok[k].low, '.', tok[k].len) && !is(&tok[k], "e.c."))
			return 0;
	for (uint32_t k = np->t0; k < agent->t0; k++)
		if (states_group_at(tok, k, t1))
			return 1;
	/* ("Group of Five officials": the chunk begins at the count; the
	** group's name is capitalised, "a group of five MPs" is not one) */
	if (np->t0 >= 2 && is(&tok[np->t0 - 1], "of") && is(&tok[np->t0 - 2], "group") &&
	    (tok[np->t0 - 2].flags & PL_TOK_CAP) && states_group_at(tok, np->t0 - 2, t1))
		return 1;
	/* ("finance ministers and central bankers of the seven ...") */
	if (i + 1 < t1 && is(&tok[i], "and"))
		for (i++; i < t1 && i < np->t1 + 4 && (tok[i].tag == PL_T_JJ || PL_TAG_IS_NOUN(tok[i].tag)); i++)
			;
	if (i + 1 >= t1 || !(is(&tok[i], "of") || is(&tok[i], "from")))
		return 0;
	i++;
	if (is(&tok[i], "the"))
		i++;
	return i < t1 && states_group_at(tok, i, t1);
}

/* Does chunk np name creditors ("the creditor banks", "its bank
** creditors")?  A state's creditors are foreign banks: the country the
** article is about is the debtor's, not theirs. */
static int creditor_chunk(const pl_token *tok, const pl_np *np)
{
	uint32_t i;
	for (i = np->t0; i < np->t1; i++)
		if (pl_eq(lem(&tok[i]), "creditor"))
			return 1;
	return 0;
}

/* The body of states whose meeting a bare role speaks at.  A delegate's
** role ("delegates said", "one consumer delegate") takes the body of
** states (IGO) the story has named most so far, the first on a tie: the
** "International Cocoa Organization council" whose meeting delegates
** attend, not a member named since ("the EC") nor a body named once in
** passing.  Another plural role takes a body when the story named that
** role with it before ("EC farm ministers ... Ministers discussed", "OPEC
** ministers ... the ministers").  Such people come from many states: the story's country,
** often the one the meeting speaks of, is none of theirs.  Not a role
** possessed ("its ministers" are the possessor's).  NULL: none. */
static const char *meeting_body(const pl_docctx *ctx, const pl_token *tok, const pl_np *np,
                                const mention *agent)
{
	const pl_token *h = &tok[np->t1 - 1];
	const char *head = lem(h);
	char key[32];
	size_t n = strlen(h->low);
	int plural = h->tag == PL_T_NNS || h->tag == PL_T_NNPS, i;
	uint32_t j;
	/* (a plural in capitals that opens its sentence, "Ministers said",
	** is tagged a name and keeps its -s) */
	if (!plural && (h->flags & PL_TOK_CAP) && pl_eq(head, h->low) && n > 2 && n < sizeof key &&
	    h->low[n - 1] == 's' && h->low[n - 2] != 's') {
		memcpy(key, h->low, n - 1);
		key[n - 1] = 0;
		head = key;
		plural = 1;
	}
	if (agent->t1 != np->t1 || !pl_eq(agent->ph->code, "GOV"))
		return NULL;
	for (j = np->t0; j < agent->t0; j++)
		if (tok[j].tag == PL_T_PRPS || tok[j].tag == PL_T_POS)
			return NULL;
	/* (a delegation travels to lobby or to visit as often: "the
	** delegations will continue their meetings in Bonn") */
	if (pl_eq(head, "delegate")) {
		const char *best = NULL;
		uint32_t bn = 0;
		for (i = 0; i < ctx->nmeet; i++)
			if (ctx->meet[i].n > bn) {
				best = ctx->meet[i].code;
				bn = ctx->meet[i].n;
			}
		return best;
	}
	for (i = ctx->nmem - 1; i >= 0 && plural; i--) {
		const struct pl_memory *e = &ctx->mem[i];
		if (e->kind == PL_MEM_ORG && e->code && !strncmp(e->code, "IGO", 3) && e->noun &&
		    pl_eq(e->noun, head))
			return e->code;
	}
	return NULL;
}

/* Was a state named as itself in this sentence ("India bought sugar,
** traders said", "Colombia is holding a tender")?  Its country is then
** no guess for a company or a market's people (BUS) the sentence names:
** the traders who tell of India's purchase are not India's.  Bare BUS is
** better than a wrong country.  (Not a country in quoted words, which
** says nothing of the speaker: opened_quote; nor one after "of", "the
** Bank of Japan", a body's name rather than the state acting.) */
static int state_named_here(const pl_docctx *ctx)
{
	return ctx->last_country && ctx->last_country_sent == ctx->sent && ctx->last_state;
}

/* Does a quotation mark open in tokens [t0, t)?  ("The UK is in a
** two-tier economy," said an economist: a country a speaker names in her
** own words.) */
static int opened_quote(const pl_token *tok, uint32_t t0, uint32_t t)
{
	for (; t0 < t; t0++)
		if (tok[t0].flags & PL_TOK_QOPEN)
			return 1;
	return 0;
}

/* The business roles a body of the state also has on its staff, and the
** head nouns of the state's bodies that have them (state_staff,
** state_staff_at). */
static const char *const staff_role[] = {"economist", "analyst", "statistician", "forecaster",
	"manager", NULL};
static const char *const staff_body[] = {"government", "administration", "treasury", "ministry",
	"department", "bank", "authority", NULL};

/* The state's body right before agent, a business role of economists,
** analysts or managers, in chunk np, whose staff they are ("a Finance
** Ministry economist", "government economists", "Treasury analysts", "a
** central bank economist", "central bank general manager Hector Neyra"), or
** NULL.  Not a title of the state's before a firm's people ("spokesman"),
** nor a body named further off. */
static const mention *state_staff(const pl_token *tok, const pl_np *np, const mention *agent,
                                  const mention *m, int nm)
{
	/* (a manager's rank between: "central bank general manager X") */
	static const char *const rank[] = {"general", "deputy", "assistant", NULL};
	uint32_t b;
	int k;
	if (!pl_eq(agent->ph->code, "BUS") || agent->t1 != agent->t0 + 1 || agent->t1 > np->t1 ||
	    !pl_in_list(lem(&tok[agent->t0]), staff_role))
		return NULL;
	/* (after the role only the person's name: "... manager Hector Neyra") */
	for (b = agent->t1; b < np->t1; b++)
		if (tok[b].tag != PL_T_NNP)
			return NULL;
	b = agent->t0;
	if (pl_eq(lem(&tok[b]), "manager") && b > np->t0 && pl_in_list(tok[b - 1].low, rank))
		b--;
	for (k = 0; k < nm; k++)
		if (m[k].ph->kind == PL_A_AGENT && m[k].t0 >= np->t0 && m[k].t1 == b &&
		    pl_eq(m[k].ph->code, "GOV") && pl_in_list(lem(&tok[m[k].t1 - 1]), staff_body))
			return &m[k];
	return NULL;
}

/* The same staff tied to the body by a phrase after the role: "an
** economist at the central bank", "an analyst with Peru's central bank", "a
** statistician of the Finance Ministry".  Chunk x (the bare business role)
** is followed by y, joined by token p; y is a body of the state (GOV) by
** its head noun (staff_body).  A firm's analysts ("an analyst at Nomura")
** and a market's stay as they are. */
static int state_staff_at(const pl_token *tok, const pl_np *x, const pl_np *y, const pl_token *p)
{
	return y->t0 == x->t1 + 1 && x->agent_only && x->code && pl_eq(x->code, "BUS") && !x->poss_code &&
	       !x->pronoun && x->t1 - x->t0 <= 3 && pl_in_list(lem(&tok[x->t1 - 1]), staff_role) &&
	       (is(p, "at") || is(p, "with") || is(p, "of") || is(p, "for")) && y->code && !y->pronoun &&
	       plays_role(y->code, "GOV") && !has_role(y->code, "BUS") &&
	       pl_in_list(lem(&tok[y->t1 - 1]), staff_body);
}

/* The head nouns of a market's people (market_person, market_town). */
static const char *const market_people[] = {"dealer", "trader", "broker", "stockbroker",
	"analyst", "economist", "banker", "strategist", "arbitrageur", "arbitrager", "speculator",
	NULL};

/* The people of a market: dealers, traders, brokers, analysts, economists,
** bankers, fund managers.  They are of the market they work in (the
** "London dealers" of a story of Iraq's oil), not of the country they speak
** of.  Only the dictionary's business role (BUS) named by the chunk's head. */
static int market_person(const pl_token *tok, const pl_np *np, const mention *agent)
{
	static const char *const away[] = {"foreign", "overseas", "offshore", "international",
		"outside", "other", NULL};
	/* (analysts of a state's affairs, not of a market: "political
	** analysts", "congressional tax analysts") */
	static const char *const affairs[] = {"political", "military", "defense", "defence",
		"intelligence", "congressional", "government", "diplomatic", "policy", NULL};
	const pl_token *h = &tok[agent->t1 - 1];
	uint32_t i;
	/* (not a name: "the National Association of Securities Dealers") */
	if (!pl_eq(agent->ph->code, "BUS") || agent->t1 != np->t1 ||
	    ((tok[agent->t0].flags & PL_TOK_CAP) && !(tok[agent->t0].flags & PL_TOK_SSTART)))
		return 0;
	/* ("foreign traders" on the NYMEX are not the market's own) */
	for (i = np->t0; i < agent->t1; i++)
		if ((i < agent->t0 && pl_in_list(tok[i].low, away)) || pl_in_list(tok[i].low, affairs))
			return 0;
	if (pl_in_list(lem(h), market_people))
		return 1;
	return pl_eq(lem(h), "manager") && agent->t1 - agent->t0 >= 2 &&
	       (is(&tok[agent->t1 - 2], "fund") || is(&tok[agent->t1 - 2], "money"));
}

/* A market's people (market_person) or the market's own sources
** ("trade sources", "market sources", "banking sources"), not of a
** bloc or the world at large ("Western bankers", "European traders")? */
static int market_teller(const pl_token *tok, const pl_np *np, const mention *agent)
{
	static const char *const trade[] = {"market", "trade", "industry", "banking", "money",
		"dealing", "trading", "exchange", NULL};
	static const char *const wide[] = {"western", "european", "world", "eastern", "arab",
		"asian", NULL};
	uint32_t i;
	for (i = np->t0; i < agent->t1; i++)
		if (pl_in_list(tok[i].low, wide))
			return 0;
	if (market_person(tok, np, agent))
		return 1;
	return pl_eq(agent->ph->code, "BUS") && agent->t1 == np->t1 && agent->t1 - np->t0 >= 2 &&
	       pl_eq(lem(&tok[agent->t1 - 1]), "source") && pl_in_list(tok[agent->t1 - 2].low, trade);
}

/* Is tok[i] a word that makes the city before it a market ("London
** dealers", "Tokyo trading", "New York futures", "the Paris bourse")? */
static int market_word(const pl_token *t)
{
	static const char *const w[] = {"market", "trading", "dealer", "trader", "broker",
		"banker", "analyst", "future", "futures", "bourse", "exchange", "stock", "share",
		"bullion", "dealing", "session", "close", "opening", "money", "bond", "commodity",
		"metal", "gold", "silver", "sugar", "coffee", "cocoa", "grain", "foreign", "forex",
		"eurobond", NULL};
	return pl_in_list(lem(t), w) || pl_in_list(t->low, w);
}

/* Does the city ending before token t name a market by the words after
** it: a market word ("London dealers"), or one lower-case word and then
** "market" or "trading" ("the Taipei interbank market", "Tokyo forward
** trading"; not the plural, "the Tokyo financial markets", which speaks
** of them at large)? */
static int market_after(const pl_token *tok, uint32_t t, uint32_t t1)
{
	/* (not a verb, "London closed lower", nor a thing traded, "Dubai
	** trading up 15 cts", "Brent trading at 18 dlrs": a crude oil) */
	if (tok[t].tag == PL_T_VBD || tok[t].tag == PL_T_VBZ || tok[t].tag == PL_T_VBP ||
	    (is(&tok[t], "trading") && t + 1 < t1 &&
	     (is(&tok[t + 1], "up") || is(&tok[t + 1], "down") || is(&tok[t + 1], "at"))))
		return 0;
	if (market_word(&tok[t]))
		return 1;
	return t + 1 < t1 && !(tok[t].flags & (PL_TOK_CAP | PL_TOK_PUNCT)) &&
	       (is(&tok[t + 1], "market") || is(&tok[t + 1], "trading"));
}

/* Is the city at p a market by the words around it: a market word after
** it ("London dealers", "in Tokyo trading", "New York futures"), or "in"
** before it that opens the sentence or follows a market's people ("In
** London, dealers said", "dealers in Frankfurt said")? */
static int market_city(const pl_token *tok, uint32_t t0, uint32_t t1, const pl_place *p)
{
	static const char *const people[] = {"dealer", "trader", "broker", "analyst", "banker",
		"economist", NULL};
	uint32_t b = p->t0;
	if (!p->country[0] || !known_town(p) ||
	    p->t1 >= t1)
		return 0;
	if (market_after(tok, p->t1, t1))
		return 1;
	if (b == t0 || !is(&tok[b - 1], "in") || !(tok[p->t1].flags & PL_TOK_PUNCT))
		return 0;
	return b - 1 == t0 || (b - 1 > t0 && tok[b - 2].tag == PL_T_NNS && pl_in_list(lem(&tok[b - 2]), people));
}

/* The market named in tokens [t0, t1) of one sentence: an exchange or
** market the place dictionary lists ("the London Metal Exchange", "LME"),
** or a city the words around it make one (market_city).  A city merely
** named ("talks in Washington") is no market, nor one in quoted words; and
** markets of two countries ("the Paris and Frankfurt bourses") name none.
** Returns 1 with the market in where, 0 for none, -1 for several. */
static int market_in(const pl_store *s, const pl_token *tok, uint32_t t0, uint32_t t1,
                     pl_place *where)
{
	pl_place pl[16];
	int n = pl_markets_find(s->gaz, tok, t0, t1, pl, 16), q, found = 0;
	for (q = 0; q < n; q++) {
		const pl_place *p = &pl[q];
		if (!p->country[0] || opened_quote(tok, t0, p->t0) ||
		    !(p->market || market_city(tok, t0, t1, p)))
			continue;
		if (found && strcmp(where->country, p->country))
			return -1;
		/* ("the Paris and Frankfurt bourses": the word after the last
		** city makes each one a market) */
		if (q > 0 && pl[q - 1].t1 + 1 == p->t0 && pl[q - 1].country[0] &&
		    strcmp(pl[q - 1].country, p->country) &&
		    (is(&tok[p->t0 - 1], "and") || is(&tok[p->t0 - 1], "or") || is(&tok[p->t0 - 1], ",")))
			return -1;
		*where = *p;
		found = 1;
	}
	return found;
}

/* "CME senior vice president John Smith", "NYSE Chairman John Phelan",
** "the American Stock Exchange's president": tokens [b0, b1) before a head's
** title (officer_word) or "official" are an exchange the place dictionary lists (kind
** "market") and nothing else but a possessive and the title's own lower-case
** words.  An exchange is a business, its officers no state's: the agents
** read "president" as the state's title.  1 with the exchange in where. */
static int exchange_before_title(const pl_store *s, const pl_token *tok, uint32_t b0, uint32_t b1,
                                 const mention *agent, pl_place *where)
{
	pl_place pl[2];
	uint32_t i;
	int head = 0;
	/* (or "official": "Another CBT official", which a state's and an
	** exchange's staff share alike) */
	if (!s->gaz || !pl_eq(agent->ph->code, "GOV") || b1 != agent->t0 ||
	    (!(officer_word(lem(&tok[agent->t1 - 1]), &head) && head) &&
	     !pl_eq(lem(&tok[agent->t1 - 1]), "official")))
		return 0;
	if (b0 < b1 && tok[b0].tag == PL_T_DT)
		b0++;
	if (pl_markets_find(s->gaz, tok, b0, b1, pl, 2) != 1 || !pl[0].market || !pl[0].country[0] ||
	    pl[0].t0 != b0)
		return 0;
	/* (only a possessive and the title's words, "senior", "floor", may
	** come between: "NYSE member firm president" is the firm's) */
	for (i = pl[0].t1; i < b1; i++)
		if (tok[i].tag != PL_T_POS && ((tok[i].flags & PL_TOK_CAP) || !officer_word(lem(&tok[i]), &head)))
			return 0;
	*where = pl[0];
	return 1;
}

/* "The New York Stock Exchange said", "the Paris Bourse": a chunk that is
** nothing but an exchange the place dictionary lists (kind "market"),
** after an article, is a business of the exchange's country.  The agents
** read its head ("exchange", "board") as a bare business; the exchange's
** own name tells where it is.  1 with the exchange in where. */
static int exchange_chunk(const pl_store *s, const pl_token *tok, const pl_np *np,
                          const mention *agent, pl_place *where)
{
	pl_place pl[2];
	uint32_t b0 = np->t0;
	if (!s->gaz || !pl_eq(agent->ph->code, "BUS") || agent->t1 != np->t1)
		return 0;
	if (b0 < np->t1 && tok[b0].tag == PL_T_DT)
		b0++;
	if (pl_markets_find(s->gaz, tok, b0, np->t1, pl, 2) != 1 || !pl[0].market ||
	    !pl[0].country[0] || pl[0].t0 != b0 || pl[0].t1 != np->t1)
		return 0;
	*where = pl[0];
	return 1;
}

/* Does chunk np tell its own people's base or firm ("a Singapore-based
** analyst", "an analyst at Nomura", "economist with Smith Barney",
** "bankers in Ottawa")?  That holds over any market named near by (the
** last, a place after the role, is the chunk's own: based_in). */
static int own_base(const pl_token *tok, const pl_np *np, uint32_t t1)
{
	static const char *const at[] = {"at", "with", "for", "of", "from", "in", NULL};
	uint32_t i;
	for (i = np->t0; i < np->t1; i++) {
		size_t n = strlen(tok[i].low);
		if (n > 6 && !strcmp(tok[i].low + n - 6, "-based"))
			return 1;
	}
	return np->t1 + 1 < t1 && pl_in_list(tok[np->t1].low, at) &&
	       (tok[np->t1 + 1].flags & PL_TOK_CAP);
}

/* Does market p, found in a sentence ending before token t1, tell where
** the story's trading is?  An exchange not possessed ("Wall Street's top
** brokerage houses" speaks of firms of it) nor inside a longer name ("the
** Wall Street Journal", a paper), or a city with a market word after it
** (market_after); not a city after an opening "in" ("In Pretoria,
** Reserve Bank Governor ..." places one speaker, not the story). */
static int story_market_place(const pl_token *tok, const pl_place *p, uint32_t t1)
{
	if (p->t1 < t1 && (is(&tok[p->t1], "'s") || is(&tok[p->t1], "'") ||
	                   ((tok[p->t1].flags & PL_TOK_CAP) && !market_word(&tok[p->t1]))))
		return 0;
	return p->market || (p->t1 < t1 && market_after(tok, p->t1, t1));
}

/* The one country whose markets the article names, sentence by sentence
** (market_in), with the entry of the first; NULL when it names none or
** those of several countries.  Found on first use (pl_docctx.market_done)
** from the pre-pass's sentences. */
static const char *story_market(const pl_store *s, const pl_docctx *ctx, pl_place *where)
{
	pl_docctx *c = (pl_docctx *)ctx;
	pl_place p;
	uint32_t si;
	if (!c->market_done && c->story_seen && s->gaz) {
		c->market_done = 1;
		for (si = 0; si < c->story_nsent; si++) {
			uint32_t t1 = c->story_sent[si].t1;
			int r = market_in(s, c->scan_tok, c->story_sent[si].t0, t1, &p);
			if (r > 0 && !story_market_place(c->scan_tok, &p, t1))
				r = 0;
			if (r < 0 || (r > 0 && c->market_cc && strcmp(c->market_cc, p.country))) {
				c->market_cc = NULL;
				break;
			}
			if (r > 0 && !c->market_cc) {
				c->market_cc = p.country;
				c->market_file = p.file;
				c->market_line = p.line;
			}
		}
	}
	if (!c->market_cc)
		return NULL;
	memset(where, 0, sizeof *where);
	where->country = c->market_cc;
	where->file = c->market_file;
	where->line = c->market_line;
	return c->market_cc;
}

/* The market a market person's sentence names; else the one the sentence
** just before names, when it is of the same paragraph and this one names
** no country of its own: "Gold closed higher on the Comex.  Dealers said
** ...".  Else the one market the whole article names (story_market): a
** wire story of one market ("Hong Kong dealers said ...") quotes its
** dealers again and again by their role alone, and they work there
** whatever country its currency or its trade is about.  Not a chunk
** that tells its own base or firm ("bankers in Ottawa", "an analyst at
** Nomura"), which the older rules read. */
static int market_of(const pl_store *s, const pl_docctx *ctx, const pl_token *tok, uint32_t t0,
                     uint32_t t1, const pl_np *np, pl_place *where)
{
	uint32_t a;
	int r;
	if (own_base(tok, np, t1))
		return 0;
	if ((r = market_in(s, tok, t0, t1, where)) != 0)
		return r > 0;
	if (t0 > 0 && !(tok[t0].flags & PL_TOK_NLBEFORE) && ctx->any_country_sent != ctx->sent) {
		for (a = t0 - 1; a > 0 && !(tok[a].flags & PL_TOK_SSTART); a--)
			if (t0 - a > 200)
				break;
		if (t0 - a <= 200 && market_in(s, tok, a, t0, where) > 0)
			return 1;
	}
	/* (a sentence opening "In Sri Lanka, some economists said" places
	** its people itself) */
	if (is(&tok[t0], "in") && t0 + 1 < t1 && (tok[t0 + 1].flags & PL_TOK_CAP))
		return 0;
	/* (nor one whose firm follows its article: "chief economist at the
	** Sakura Bank", "a dealer at a British merchant bank") */
	if (np->t1 + 2 < t1 && (is(&tok[np->t1], "at") || is(&tok[np->t1], "with") ||
	                        is(&tok[np->t1], "for")) &&
	    (is(&tok[np->t1 + 1], "the") || is(&tok[np->t1 + 1], "a") || is(&tok[np->t1 + 1], "an")) &&
	    (tok[np->t1 + 2].flags & PL_TOK_CAP))
		return 0;
	return story_market(s, ctx, where) != NULL;
}


/* Is tok[i] a verb that reports what a source was told ("said", "say",
** "added", "reported", "noted")? */
static int report_verb(const pl_token *t)
{
	static const char *const w[] = {"say", "add", "report", "note", NULL};
	return PL_TAG_IS_VERB(t->tag) && pl_in_list(lem(t), w);
}

/* Is chunk y a government of a state, by a body's name ("the White
** House", "the Finance Ministry", "Congress"): a country with a state's
** role (its own or the context's, "the ministry"), not a country's bare
** name, a people or a business? */
static int state_body_chunk(const pl_np *y)
{
	static const char *const r[] = {"GOV", "LEG", "JUD", "MIL", NULL};
	const char *c = np_actor(y);
	if (!c || y->poss_code || y->pronoun || y->person)
		return 0;
	return strlen(c) == 6 && stateful(c) && pl_in_list(c + 3, r);
}

/* "Industry sources said the White House decided to curb Japanese
** exports", "Banking sources said U.S. dlrs had entered Taiwan": a bare
** business role reporting (sources, traders, bankers with no place of
** their own) takes the context's country (icode), which is most often
** the country the report is about, not the one its people are of.  The
** country a reported clause acts on says nothing of its teller: when the
** clause's subject is a state's body, its country is the teller's (who
** tells of a White House decision is in Washington); else when the clause
** names the context's country in any other chunk ("Japanese exports")
** and the article is of another, the role takes the story's one market's
** country, else the article's.  With neither it keeps the context's: a
** bare role of no country reads no better on the wire (most of whose
** stories of markets and trade are told where they happen).  A clause
** whose subject is of the context's country itself ("the Finance
** Ministry will ...") keeps it, as does a role with no clause it reports
** (the chunk after the verb, or before it: "..., trade sources said"). */
static void reported_party(const pl_store *s, const pl_docctx *ctx, const pl_token *tok,
                           uint32_t t0, uint32_t t1, pl_sentan *out, int k, pl_arena *a)
{
	/* (people who tell of others' business; not "the company", which
	** speaks of its own) */
	static const char *const teller[] = {"source", "trader", "dealer", "banker", "broker",
		"analyst", "economist", NULL};
	pl_np *x = &out->np[k];
	uint32_t c0, c1;
	int q, first = -1, acted = 0;
	pl_place where;
	const char *art;
	if (!x->agent_only || !x->icode || !pl_eq(x->code, "BUS") || strlen(x->icode) != 6 ||
	    x->pronoun || x->poss_code || x->person || x->t1 >= t1 || !report_verb(&tok[x->t1]) ||
	    !pl_in_list(lem(&tok[x->t1 - 1]), teller))
		return;
	/* (the clause after the verb, or the one before "..., sources said") */
	c0 = x->t1 + 1;
	c1 = t1;
	if (c0 < t1 && is(&tok[c0], "that"))
		c0++;
	if (c1 > c0 && (tok[c1 - 1].flags & PL_TOK_PUNCT))
		c1--;
	if (c1 <= c0 + 1) {
		if (x->t0 <= t0 + 2 || !is(&tok[x->t0 - 1], ","))
			return;
		c0 = t0;
		c1 = x->t0 - 1;
	}
	for (q = 0; q < out->nnp; q++) {
		const pl_np *y = &out->np[q];
		const char *yc = y->code ? np_actor(y) : y->poss_code;
		if (q == k || y->t0 < c0 || y->t1 > c1)
			continue;
		if (first < 0) {
			/* (the clause's subject: its first chunk) */
			first = q;
			if (y->t0 <= c0 + 1 && state_body_chunk(y)) {
				if (!strncmp(np_actor(y), x->icode, 3))
					return;
				break;
			}
			first = -2;
			/* ("Japan agreed": the state itself acts) */
			if (y->t0 <= c0 + 1 && y->code && y->place)
				return;
		}
		if (yc && !strncmp(yc, x->icode, 3))
			acted = 1;
	}
	if (first >= 0) {
		x->icode = join(a, pl_arena_strndup(a, np_actor(&out->np[first]), 3), "BUS");
		return;
	}
	/* (the article's own country named again: "Bankers said the Thai
	** banking system ..." in a story of Thailand is most often told there) */
	art = article_country(ctx);
	if (!acted || (art && !strncmp(art, x->icode, 3)))
		return;
	if (story_market(s, ctx, &where))
		art = where.country;
	if (art)
		x->icode = join(a, art, "BUS");
}

/* Is chunk np the capitalised name of a body that says it keeps
** statistics ("the State Statistics Institute", "the Central Statistical
** Office", "the Statistics Bureau")?  Such a body is the state's whatever
** its head noun ("Institute" alone gathers citizens).  Not a name that
** only ends in them ("the American Bureau of Metal Statistics" is the
** chunk "the American Bureau"). */
static int statistics_body(const pl_token *tok, const pl_np *np)
{
	static const char *const w[] = {"statistics", "statistical", "census", NULL};
	static const char *const head[] = {"office", "institute", "bureau", "department", "service",
		"agency", "board", "authority", NULL};
	uint32_t j, t = np->t0, stat = 0;
	if (t < np->t1 && tok[t].tag == PL_T_DT)
		t++;
	if (np->t1 - t < 2 || !pl_in_list(tok[np->t1 - 1].low, head))
		return 0;
	for (j = t; j < np->t1; j++) {
		if (!(tok[j].flags & PL_TOK_CAP) || (tok[j].flags & PL_TOK_ALLCAP))
			return 0;
		if (pl_in_list(tok[j].low, w))
			stat = 1;
	}
	return stat;
}

/* "Japan's official reserves fell, the Reserve Bank said", "Turkish retail
** prices rose 2.7 pct, the State Statistics Institute said": a body of the
** state (a bare role of the state, or a body whose name's head noun says
** it is the state's, body_name) that the context gives no country, and
** that tells a clause whose subject is a thing of one country (its
** possessor, "Japan's reserves", or its adjective, "Turkish prices"), is
** that country's: a state's statistician, central bank or ministry tells
** its own state's figures.  Not when the clause names a second country
** ("Japan's exports to Canada"), nor when its subject is an actor itself
** ("Iran attacked", "Iraqi forces"): a body tells of others' acts too.
** The clause is the one after the reporting verb, or the one before
** "..., the ministry said".  *ev: the line of dict/bodies.tsv behind a
** named body. */
static const char *own_figures_state(const pl_store *s, const pl_token *tok, uint32_t t0,
                                     uint32_t t1, const pl_sentan *out, int k, const mention *m,
                                     int nm, pl_arena *a, const pl_bodyhead **ev)
{
	/* (those who serve abroad tell of the states they are sent to) */
	static const char *const abroad[] = {"diplomat", "ambassador", "envoy", "embassy", "consul",
		"delegate", "delegation", "negotiator", NULL};
	static const char *const amount[] = {"pct", "percent", "pc", "per", "billion", "mln",
		"million", "bln", "trillion", "dlrs", "points", NULL};
	const pl_np *x = &out->np[k];
	const char *role, *cc = NULL;
	uint32_t c0, c1, v = x->t1;
	int q, c, first = 1;
	*ev = NULL;
	/* (its initials in brackets may stand before the verb: "the National
	** Statistics Institute (INSEE) said") */
	if (v + 3 < t1 && is(&tok[v], "(") && is(&tok[v + 2], ")") && (tok[v + 1].flags & PL_TOK_ALLCAP))
		v += 3;
	if (x->pronoun || x->person || x->poss_code || x->unplaced || v >= t1 ||
	    !report_verb(&tok[v]) || pl_in_list(lem(&tok[x->t1 - 1]), abroad))
		return NULL;
	if (x->agent_only && x->code && pl_eq(x->code, "GOV") && !x->icode)
		role = "GOV";
	else if (!x->code && (role = body_name(s, tok, x, t1, ev)) != NULL && pl_eq(role, "GOV"))
		;
	else if (!x->code && statistics_body(tok, x)) {
		*ev = NULL;
		role = "GOV";
	} else
		return NULL;
	c0 = v + 1;
	c1 = t1;
	if (c0 < t1 && is(&tok[c0], "that"))
		c0++;
	if (c1 > c0 && (tok[c1 - 1].flags & PL_TOK_PUNCT))
		c1--;
	/* (what follows the verb may be where it was said, "..., the
	** central bank said in its monthly report": the clause is before) */
	if (c1 <= c0 + 1 || tok[c0].tag == PL_T_IN) {
		if (x->t0 <= t0 + 2 || !is(&tok[x->t0 - 1], ","))
			return NULL;
		c0 = t0;
		c1 = x->t0 - 1;
	}
	for (q = 0; q < out->nnp; q++) {
		const pl_np *y = &out->np[q];
		const char *yc;
		if (q == k || y->t0 < c0 || y->t1 > c1)
			continue;
		if (first) {
			first = 0;
			/* (the subject opens the clause: a thing, its owner a
			** country; or a country's adjective before a common noun;
			** its head a thing's noun, not a name: "Japan's Okuma
			** Machinery Works") */
			if (y->t0 > c0 + 1 || y->pronoun || y->person || y->t1 - y->t0 < 2 ||
			    (tok[y->t1 - 1].flags & PL_TOK_CAP) || !PL_TAG_IS_NOUN(tok[y->t1 - 1].tag))
				return NULL;
			if (!y->code && y->poss_code && strlen(y->poss_code) == 3 && stateful(y->poss_code))
				cc = y->poss_code;
			else if (y->code && !y->agent_only && strlen(y->code) == 3 && stateful(y->code))
				cc = y->code;
			else
				return NULL;
			/* (a country's own word in it, not a role's: "the federal
			** government's expenditures" tell no country; a country's
			** adjective opens it, "West German wholesale prices") */
			for (c = 0; c < nm; c++)
				if (m[c].t0 >= y->t0 && m[c].t1 < y->t1 && m[c].ph && m[c].ph->code &&
				    is_country_kind(m[c].ph->kind) && !strncmp(m[c].ph->code, cc, 3) &&
				    (y->poss_code || (m[c].t0 == y->t0 && m[c].ph->kind == PL_A_CADJ)))
					break;
			if (c == nm)
				return NULL;
			continue;
		}
		yc = y->code ? np_actor(y) : y->poss_code;
		if (yc && strlen(yc) >= 3 && stateful(yc) && strncmp(yc, cc, 3))
			return NULL;
	}
	if (!cc)
		return NULL;
	/* (a figure in the clause: an amount or a rate, a number written
	** with a decimal point or in thousands, not a date; "Iraqi forces
	** shelled the port" tells an act, no figure) */
	for (q = (int)c0; q + 1 < (int)c1; q++)
		if (tok[q].tag == PL_T_CD &&
		    (pl_in_list(tok[q + 1].low, amount) || memchr(tok[q].s, ',', tok[q].len) ||
		     memchr(tok[q].s, '.', tok[q].len)))
			break;
	if (q + 1 >= (int)c1)
		return NULL;
	return join(a, cc, role);
}

/* Does the sentence name a country itself anywhere but in chunk k, as a
** state, a people or an owner ("Japan's imports", "Bangladesh had
** bought", "West German statisticians")?  Not a firm or body of one
** ("Caesars World Inc", USABUS), which is of the story's trade, nor a
** role the context lent its country. */
static int sentence_country(const pl_sentan *out, int k, pl_arena *a)
{
	int q;
	for (q = 0; q < out->nnp; q++) {
		const pl_np *y = &out->np[q];
		const char *c = y->agent_only ? NULL : y->code ? y->code : y->poss_code;
		if (q != k && c && strlen(c) == 3 && country_of(a, c))
			return 1;
	}
	return 0;
}

/* Are tokens t0..t1 only lower-case nouns, the goods or market a trade's
** people deal in ("oil" of "Rotterdam oil traders", "money market" of
** "London money market dealers")?  None is also so.  Not an adjective:
** "Halifax chief economist" is a rank in a firm of that name. */
static int goods_words(const pl_token *tok, uint32_t t0, uint32_t t1)
{
	uint32_t i;
	for (i = t0; i < t1; i++)
		if ((tok[i].flags & PL_TOK_CAP) || (tok[i].tag != PL_T_NN && tok[i].tag != PL_T_NNS))
			return 0;
	return 1;
}

/* "Frankfurt dealers", "a New York banker", "two Zurich analysts": a place
** the gazetteer knows, ending just before the agent noun or before the
** lower-case words of what its people trade ("Sydney wool brokers",
** "Rotterdam oil traders"), after nothing but lower-case words
** (determiners, numbers, adjectives), places the
** role's holders in its country.  Not inside a longer capitalised name
** ("the New York Stock Exchange officials" is a body's), nor before a
** name ("as a Cambridge student Mr Howard": the man's own code holds).
** A small town of another country than the article's may be a namesake
** of a region the gazetteer lacks ("the Ontario government" is no Californian town's):
** only a city the dictionary lists, a large one, or one of the article's
** own country counts.  Not for a role of people at large ("the
** Birmingham woman" is left to the ways that follow her as "she"). */
static int place_before_agent(const pl_store *s, const pl_docctx *ctx, const pl_token *tok,
                              const pl_np *np, const mention *agent, pl_place *where)
{
	const char *cc = context_country(ctx);
	pl_place pl[4];
	int n, q;
	uint32_t i;
	/* (in a story with no country of its own, only a market's people, by
	** a large city or one the dictionary lists: "The Hague tribunal" of
	** such a story may be a court of nations, not the host's) */
	if (people_role(agent->ph->code) || (!cc && !pl_eq(agent->ph->code, "BUS")))
		return 0;
	if (agent->t0 <= np->t0 || agent->t1 != np->t1 || (tok[agent->t0].flags & PL_TOK_CAP))
		return 0;
	n = pl_places_find(s->gaz, tok, np->t0, agent->t0, NULL, pl, 4);
	for (q = 0; q < n; q++) {
		if (pl[q].t1 > agent->t0 || !goods_words(tok, pl[q].t1, agent->t0) || !pl[q].country[0] ||
		    !(known_town(&pl[q]) || (cc && pl_eq(cc, pl[q].country))))
			continue;
		for (i = np->t0; i < pl[q].t0; i++)
			if ((tok[i].flags & PL_TOK_CAP) && i > np->t0)
				return 0;
		if (pl[q].t0 > np->t0 && (tok[np->t0].flags & PL_TOK_CAP) &&
		    (tok[np->t0].tag == PL_T_NNP || tok[np->t0].tag == PL_T_NNPS))
			return 0;
		*where = pl[q];
		return 1;
	}
	return 0;
}

/* Are the people of chunk np, named by a bare role, on strike ("striking
** civil servants", "thousands of striking teachers")?  They act as
** workers (LAB), whoever employs them: not as the government.  Not an
** armed role, where "striking" is attacking, nor one person ("a striking
** figure"). */
static int on_strike(const pl_token *tok, uint32_t t0, const pl_np *np, const pl_phrase *agent)
{
	static const char *const roles[] = {"GOV", "EDU", "HLH", "CVL", "LAB", "COP", "MED", "AGR",
		"BUS", "JUD", NULL};
	static pl_wordset roles_set = PL_WORDSET(roles);
	uint32_t i;
	if (strlen(agent->code) != 3 || !pl_in_set(&roles_set, agent->code) ||
	    (tok[np->t1 - 1].tag != PL_T_NNS && tok[np->t1 - 1].tag != PL_T_NNPS))
		return 0;
	for (i = np->t0 > t0 ? np->t0 - 1 : np->t0; i < np->t1; i++)
		if (is(&tok[i], "striking"))
			return 1;
	return 0;
}

/* Is chunk np a courtesy title and one name, the surname ("Mr Brown",
** "Dr Reid", "Ms Kelly")?  Not "Sir Howard", "Dame Shirley" (the given
** name), nor "Lord Armstrong" (a peer is listed by that name when known:
** the surname alone may be a commoner's in office), nor "Lord Justice
** May". */
static int plain_title(const pl_token *tok, const pl_np *np)
{
	static const char *const w[] = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor",
		"mr.", "mrs.", "ms.", "dr.", "prof.", NULL};
	return np->t1 - np->t0 == 2 && pl_in_list(tok[np->t0].low, w) && titled_name(tok, np);
}

/* Does the article (the text of the pre-pass) speak of person ph's office:
** hold a word of its role, in any case ("chancellor" of "Chancellor of the
** Exchequer", "opposition" of "Leader of the Opposition", "Amicus" of
** "Amicus General Secretary")?  Short words ("of", "the") and the words
** that set an office apart ("deputy", "shadow") say too little. */
static int office_in_article(const pl_docctx *ctx, const pl_phrase *ph)
{
	const char *r = ph->role;
	while (r && *r && ctx->scan_tok) {
		size_t n = strcspn(r, " -"), j;
		uint32_t i;
		if (n >= 4 && !pl_office_apart(r, n))
			for (i = 0; i < ctx->scan_ntok; i++) {
				const char *low = ctx->scan_tok[i].low;
				for (j = 0; j < n && low[j] && low[j] == tolower((unsigned char)r[j]); j++)
					;
				if (j == n && !low[n])
					return 1;
			}
		r += n;
		r += strspn(r, " -");
	}
	return 0;
}

/* "Mr Brown", "Dr Reid", a surname after a courtesy title that the
** article never gives in full: the one person people.tsv has in office on
** the article's date under that surname with a code of country cc (the
** context's), whatever line of theirs is in office, when the article speaks
** of that office (a "Mr Wallace" of a story of the theatre is no minister);
** NULL when there is none, when two people or more fit (Brown the
** chancellor and Brown a minister), or with no article date. */
static const pl_phrase *sole_holder(const pl_store *s, const pl_docctx *ctx, const char *low,
                                    const char *cc)
{
	const pl_surname *l;
	const pl_phrase *found = NULL;
	if (!ctx->date.y || strlen(cc) != 3)
		return NULL;
	for (l = pl_store_surname(s, low); l; l = l->next) {
		const pl_phrase *ph = l->ph;
		if (strncmp(ph->code, cc, 3) || date_distance(ph, ctx->date) != 0)
			continue;
		if (found && found->name != ph->name)
			return NULL;
		found = ph;
	}
	return found && office_in_article(ctx, found) ? found : NULL;
}

/* The titles before a man's and a woman's surname. */
static const char *const man_titles[] = {"mr", "mr.", "sir", "lord", NULL};
static const char *const woman_titles[] = {"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady",
	"baroness", NULL};

static pl_wordset man_title_set = PL_WORDSET(man_titles);
static pl_wordset woman_title_set = PL_WORDSET(woman_titles);

/* Is the word low a man's title (1), a woman's (2) or neither (0)?  Every
** title starts with one of five letters: the lists are read only then, as
** this is asked of each token of an article (titled_scan). */
static int title_sex(const char *low)
{
	/* (by their first two letters, a bit a second letter under each
	** first: "ba", "da", "la", "lo", "mi", "mr", "ms", "si"; most words
	** go no further) */
#define L2(c) (1u << ((c) - 'a'))
	static const uint32_t second[26] = {
		['b' - 'a'] = L2('a'), ['d' - 'a'] = L2('a'), ['l' - 'a'] = L2('a') | L2('o'),
		['m' - 'a'] = L2('i') | L2('r') | L2('s'), ['s' - 'a'] = L2('i')};
#undef L2
	unsigned c0 = (unsigned char)low[0] - 'a', c1;
	if (c0 >= 26 || !second[c0] || (c1 = (unsigned char)low[1] - 'a') >= 26 || !(second[c0] >> c1 & 1))
		return 0;
	return pl_in_set(&man_title_set, low) ? 1 : pl_in_set(&woman_title_set, low) ? 2 : 0;
}

/* Is token t a woman's courtesy title, "Mrs", "Ms", "Baroness"? */
static int woman_title(const pl_token *t)
{
	return (t->flags & PL_TOK_CAP) && pl_in_list(t->low, woman_titles);
}

/* Is low among the n sorted words w? */
static int in_sorted(const char *const *w, size_t n, const char *low)
{
	return n && bsearch(&low, w, n, sizeof *w, cmp_word) != NULL;
}

/* Does the article name a man by surname low: "Mr Howard", "Sir Mark
** Thatcher", "Lord Blair"?  (the text the article's pre-pass saw) */
static int man_of_surname(const pl_docctx *ctx, const char *low)
{
	return in_sorted(ctx->titled_man, ctx->titled_nman, low);
}

/* Does the article name a woman by surname low ("Mrs Quinn", "Baroness
** Amos") and no man by it? */
static int woman_of_surname(const pl_docctx *ctx, const char *low)
{
	return in_sorted(ctx->titled_woman, ctx->titled_nwoman, low) && !man_of_surname(ctx, low);
}

/* The pre-pass's part for titles (pl_docctx.titled_man, titled_woman):
** each word the article writes after one of the titles, or after one and
** a given name, sorted. */
static void titled_scan(pl_docctx *ctx, pl_arena *a)
{
	const pl_token *t = ctx->scan_tok;
	uint32_t i, n = ctx->scan_ntok;
	/* (lists filled from their start: not zeroed) */
	const char **m = pl_arena_alloc_raw(a, (n ? n : 1) * sizeof *m);
	const char **f = pl_arena_alloc_raw(a, (n ? n : 1) * sizeof *f);
	size_t nm = 0, nf = 0;
	/* (each token's title asked once: "before" is that of the token
	** before i, "two" of the one before that) */
	int two = 0, before = n ? title_sex(t[0].low) : 0, here;
	if (!m || !f)
		return;
	for (i = 1; i < n; i++) {
		int by_two = t[i - 1].tag == PL_T_NNP ? two : 0;
		if (before == 1 || by_two == 1)
			m[nm++] = t[i].low;
		if (before == 2 || by_two == 2)
			f[nf++] = t[i].low;
		here = title_sex(t[i].low);
		two = before;
		before = here;
	}
	keep_sorted(m, nm, &ctx->titled_man, &ctx->titled_nman);
	keep_sorted(f, nf, &ctx->titled_woman, &ctx->titled_nwoman);
}

static const pl_phrase *entry_at(const pl_store *s, const char *low, const char *file, uint32_t line);
static int man_given(const pl_store *s, const pl_phrase *ph);

/* Is the person of the people dictionary at file:line, remembered by a
** name (each word of it is kept), one the article calls a man ("Mr Blair",
** "Sir Alan Budd"; man 1: a "she" is not that person) or only a woman
** ("Ms Sturgeon"; man 0: a "he" is not)?  The entry's own word wins over a
** namesake's title: a woman's entry may be "she" beside a "Mr" of her
** surname, and a man's given name may be "he" beside a "Mrs" of his ("Mrs
** Howard ... Michael Howard ... He"). */
static int named_man(const pl_store *s, const pl_docctx *ctx, const char *file, uint32_t line, int man)
{
	const pl_phrase *ph;
	int i;
	for (i = 0; file && i < ctx->nnames; i++)
		if (ctx->names[i].line == line && ctx->names[i].file && pl_eq(ctx->names[i].file, file) &&
		    (man ? man_of_surname(ctx, ctx->names[i].surname)
		         : woman_of_surname(ctx, ctx->names[i].surname))) {
			ph = entry_at(s, ctx->names[i].surname, file, line);
			return !(ph && (man ? ph->woman : man_given(s, ph)));
		}
	return 0;
}

/* Does the article write person ph's given name before the surname low
** ("Margaret Beckett", "Margaret M. Beckett"), or the last word of the
** entry's office right before it ("President Kumaratunga")? */
static int given_name_used(const pl_docctx *ctx, const pl_phrase *ph, const char *low)
{
	const pl_token *t = ctx->scan_tok;
	const char *sp = ph->name ? strchr(ph->name, ' ') : NULL;
	size_t n = sp ? (size_t)(sp - ph->name) : 0;
	uint32_t i;
	for (i = 1; n && t && i < ctx->scan_ntok; i++)
		if (t[i].low[0] == low[0] && pl_eq(t[i].low, low) &&
		    ((t[i - 1].len == n && !strncmp(t[i - 1].s, ph->name, n)) ||
		     (ph->title && pl_eq(t[i - 1].low, ph->title)) ||
		     (i > 1 && t[i - 2].len == n && !strncmp(t[i - 2].s, ph->name, n))))
			return 1;
	return 0;
}

/* Does person ph's name open with a given name borne by men only, in the
** news of the dictionaries' years ("Michael Howard", "Gordon Brown";
** dict/given_sex.tsv)? */
static int man_given(const pl_store *s, const pl_phrase *ph)
{
	const char *sp = ph->name ? strchr(ph->name, ' ') : NULL;
	char low[32];
	size_t n = sp ? (size_t)(sp - ph->name) : 0, i;
	if (!n || n >= sizeof low)
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)ph->name[i]);
	low[n] = 0;
	return pl_store_given_sex(s, low, n) == 'm';
}

/* Is the person remembered at file:line (the people dictionary) a man
** ('m') or a woman ('f') by the given name the entry opens with, or is
** that not known (0)?  ("Ruth Kelly ... Mr Howard said he should resign":
** not her.) */
static int person_sex(const pl_store *s, const pl_docctx *ctx, const char *file, uint32_t line)
{
	const pl_phrase *ph;
	const char *sp;
	char low[32];
	size_t n, j;
	int i;
	for (i = 0; file && i < ctx->nnames; i++) {
		if (ctx->names[i].line != line || !ctx->names[i].file || !pl_eq(ctx->names[i].file, file))
			continue;
		/* (each word of the name is kept: the surname finds the entry) */
		if (!(ph = entry_at(s, ctx->names[i].surname, file, line)))
			continue;
		sp = ph->name ? strchr(ph->name, ' ') : NULL;
		n = sp ? (size_t)(sp - ph->name) : 0;
		if (!n || n >= sizeof low)
			return 0;
		for (j = 0; j < n; j++)
			low[j] = (char)tolower((unsigned char)ph->name[j]);
		low[n] = 0;
		return pl_store_given_sex(s, low, n);
	}
	return 0;
}

/* "Mrs Blair", "Mrs Howard" after "Michael Howard": may a woman's title
** before surname low take person ph of the people dictionary, known there
** by that surname?  The dictionary has no gender, so the story is asked: a
** woman's entry (one of its names has a woman's title) may; another may
** when the article writes the entry's given name or office with the
** surname ("President Kumaratunga") and names no man of that surname
** ("Mr Howard").  A wife is not her husband. */
static int her_entry(const pl_store *s, const pl_docctx *ctx, const pl_phrase *ph, const char *low)
{
	if (ph->kind != PL_A_PERSON || ph->woman)
		return 1;
	/* (an entry whose given name is a man's is not hers however the
	** article writes it: "Michael Howard and his wife ... Mrs Howard") */
	return given_name_used(ctx, ph, low) && !man_of_surname(ctx, low) && !man_given(s, ph);
}

/* The entry of the people dictionary at file:line filed under surname low
** (the memory keeps the place, not the entry), or NULL. */
static const pl_phrase *entry_at(const pl_store *s, const char *low, const char *file, uint32_t line)
{
	const pl_surname *l;
	for (l = pl_store_surname(s, low); file && l; l = l->next)
		if (l->ph->line == line && pl_eq(l->ph->file, file))
			return l->ph;
	return NULL;
}

/* Is chunk np's name (ending at t1) written after a woman's title, and a
** remembered person at file:line, of the people dictionary, not hers? */
static int not_her_memory(const pl_store *s, const pl_docctx *ctx, const pl_token *tok,
                          uint32_t t0, uint32_t t1, const char *file, uint32_t line)
{
	const pl_phrase *ph;
	uint32_t i;
	for (i = t0; i + 1 < t1 && !woman_title(&tok[i]); i++)
		;
	if (i + 1 >= t1 || s->petrarch)
		return 0;
	ph = entry_at(s, tok[t1 - 1].low, file, line);
	return ph && !her_entry(s, ctx, ph, tok[t1 - 1].low);
}

/* May "she" at chunk np be the person the memory gave it (np->file:line)?
** Not when a woman's title and surname written within the last few
** sentences ("Mrs Howard made her debut speech ... She used") name the
** surname that person is filed under, and that person is not hers
** (her_entry): "she" is the wife, not the husband. */
static int she_fits(const pl_store *s, const pl_docctx *ctx, const pl_token *tok, const pl_np *np)
{
	uint32_t i = np->t0, stop = np->t0 > 80 ? np->t0 - 80 : 0;
	const pl_phrase *ph;
	while (i-- > stop)
		if (woman_title(&tok[i]) && tok[i + 1].tag == PL_T_NNP && (tok[i + 1].flags & PL_TOK_CAP))
			break;
	if (i + 1 <= stop || i >= np->t0 || !np->file)
		return 1;
	ph = entry_at(s, tok[i + 1].low, np->file, np->line);
	return !ph || her_entry(s, ctx, ph, tok[i + 1].low);
}

/* Works out the actor code of np from the mentions inside it. */
/* "The US was very bad at co-ordinating, Ms Short said", "... India had its
** own problems," said Ms Short: a speaker named after her speech is not of
** the state the speech names (a party or a person of a country named there,
** "an attempt by Labour", still tells hers); the context gives none then
** when that country, named in this sentence before her, is all it has.
** Chunk np in the sentence from t0. */
static int after_own_speech(const pl_docctx *ctx, const pl_token *tok, uint32_t t0, const pl_np *np)
{
	const char *cc = context_country(ctx);
	uint32_t b = np->t0;
	int comma = 0;
	if (!cc || !ctx->last_country || ctx->last_country_sent != ctx->sent || !ctx->last_bare ||
	    strcmp(cc, ctx->last_country))
		return 0;
	/* (", said Ms Short") */
	if (b > t0 + 1 && PL_TAG_IS_VERB(tok[b - 1].tag) && is_reporting(&tok[b - 1]))
		b--;
	else if (!(PL_TAG_IS_VERB(tok[np->t1].tag) && is_reporting(&tok[np->t1])))
		return 0;
	/* (a comma, and a closing mark, before or after it) */
	while (b > t0 + 1 && (is(&tok[b - 1], ",") || (tok[b - 1].flags & PL_TOK_QCLOSE))) {
		comma |= is(&tok[b - 1], ",");
		b--;
	}
	return comma;
}

/* "the West German Federation of Industry", "the Canadian Federation of
** Labour", "the Australian Chamber of Manufactures": a federation, a
** confederation or a chamber of a country is what the of-phrase after it
** gathers: firms (BUS) or workers (LAB).  Returns the role, NULL when the
** phrase tells neither (or there is none).  end: the sentence's end. */
static const char *federation_of(const pl_token *tok, const pl_np *np, uint32_t end)
{
	static const char *const heads[] = {"federation", "confederation", "chamber", NULL};
	static const char *const workers[] = {"labour", "labor", "union", "worker", "trade-union", NULL};
	static const char *const firms[] = {"manufacture", "manufacturer", "industry", "employer",
		"commerce", "enterprise", NULL};
	uint32_t t = np->t1 + 1, e;
	if (!pl_in_list(lem(&tok[np->t1 - 1]), heads) || np->t1 + 1 >= end || !is(&tok[np->t1], "of"))
		return NULL;
	for (e = t; e < end && e < t + 5; e++)
		if (!((tok[e].flags & PL_TOK_CAP) && PL_TAG_IS_NOUN(tok[e].tag)) && !is(&tok[e], "and"))
			break;
	for (; t < e; t++) {
		if (pl_in_list(lem(&tok[t]), workers))
			return "LAB";
		if (pl_in_list(lem(&tok[t]), firms) || trade_body(tok, t, t + 1))
			return "BUS";
	}
	return NULL;
}

/* Does token t name a trade whose firms gather in a federation (trade_body,
** or "textile", "steel", "mill"; a proper noun's lemma is its own plural,
** "Flour Mills")? */
static int trade_word(const pl_token *tok, uint32_t t)
{
	static const char *const trades[] = {"textile", "steel", "chemical", "engineering",
		"shipbuilding", "shipbuilder", "machinery", "electronics", "car", "motor", "oil",
		"mining", "insurance", "banking", "brewing", "printing", "clothing", "food", "mill",
		"mills", "miller", "millers", "paper", "meat", "petroleum", "iron", "coal", NULL};
	size_t n = strlen(tok[t].low);
	char one[32];
	if (trade_body(tok, t, t + 1) || pl_in_list(lem(&tok[t]), trades))
		return 1;
	/* (a capitalised plural keeps its "s" as its lemma: "Shipbuilders") */
	if (!(tok[t].flags & PL_TOK_CAP) || n <= 3 || n >= sizeof one || tok[t].low[n - 1] != 's')
		return 0;
	memcpy(one, tok[t].low, n - 1);
	one[n - 1] = '\0';
	return pl_in_list(one, trades);
}

/* Is the possessive in chunk np the members' mark inside a body's own
** name, opened by a country's adjective or name (country), not an owner:
** "the French Wheat Growers' Association", "the Brazilian Coffee
** Exporters' Association"?  The mark ("'") follows a capitalised plural
** noun and comes right before the last word, a capitalised head of a body
** that gathers members; the body is the chunk, of the country its own
** words give it, whatever country the context holds.  (With no country
** in the name, "the Tarn Growers' Federation", body_name reads it.) */
static int members_name(const pl_token *tok, const pl_np *np, const mention *country)
{
	static const char *const heads[] = {"association", "federation", "confederation", "union",
		"council", "league", "cooperative", "congress", NULL};
	uint32_t h = np->t1 - 1;
	if (h < np->t0 + 2 || country->t0 > h - 2 || tok[h - 1].tag != PL_T_POS || !is(&tok[h - 1], "'") ||
	    tok[h - 2].tag != PL_T_NNS || !(tok[h - 2].flags & PL_TOK_CAP) ||
	    !(tok[h].flags & PL_TOK_CAP) || !pl_in_list(tok[h].low, heads))
		return 0;
	return 1;
}

/* "the Swiss textile federation", "the French employers' association": a
** body named in lower case after a country's adjective, a federation's
** head noun ending words that say its members are firms (trade_word) or
** workers, gathers that country's firms (BUS) or workers (LAB), not its
** state; so does one with no adjective ("the car dealers' association").
** Tokens [t, e) are the words after the adjective or the article; NULL
** when they are no such body. */
static const char *trade_federation(const pl_token *tok, uint32_t t, uint32_t e)
{
	static const char *const heads[] = {"federation", "confederation", "association", NULL};
	static const char *const workers[] = {"labour", "labor", "union", "worker", NULL};
	const char *role = NULL;
	if (e - t < 2 || e - t > 4 || (tok[e - 1].flags & PL_TOK_CAP) ||
	    !pl_in_list(lem(&tok[e - 1]), heads))
		return NULL;
	for (; t + 1 < e; t++) {
		if ((tok[t].flags & PL_TOK_CAP) ||
		    !(PL_TAG_IS_NOUN(tok[t].tag) || tok[t].tag == PL_T_JJ || tok[t].tag == PL_T_POS))
			return NULL;
		if (pl_in_list(lem(&tok[t]), workers))
			return "LAB";
		if (trade_word(tok, t))
			role = "BUS";
	}
	return role;
}

/* "the American Soybean Association", "the Canadian Lake Carriers
** Association", "the Malaysian Rubber Producers Council": capitalised
** nouns [t, e) after a country's name or adjective, the last the head of a
** body that gathers members, name a body of that country's firms (BUS) or,
** when a word says its members are workers, of its workers (LAB), not its
** state.  An "Association" or a "Federation" gathers firms unless its words
** name a cause of citizens ("the British Heart Foundation" is no such head,
** but "the American Heart Association" is); a "Council", "Institute",
** "League" or "Chamber" only when a word names a trade (trade_word), as
** these serve the state and learning as often ("the Indian Council of
** Agricultural Research", "the Brazilian Coffee Institute", a state's).
** NULL: no such body. */
static const char *member_body(const pl_token *tok, uint32_t t, uint32_t e)
{
	static const char *const open_heads[] = {"association", "federation", "confederation", NULL};
	static const char *const trade_heads[] = {"council", "institute", "league", "chamber", NULL};
	static const char *const workers[] = {"labour", "labor", "union", "worker", "workers",
		"employee", "employees", "pilot", "pilots", "teacher", "teachers", "nurse", "nurses",
		"miner", "miners", "seaman", "seamen", "docker", "dockers", "longshoremen", "waterside",
		"journalist", "journalists", "clerk", "clerks", NULL};
	static const char *const causes[] = {"heart", "cancer", "lung", "diabetes", "humanist",
		"civil", "liberties", "rights", "wildlife", "football", "rugby", "cricket", "athletic",
		"olympic", "athletics", "sport", "sports", "tennis", "golf", "hockey", "swimming", "boxing",
		"chess", "ski", "red", "medical", "dental", "bar", "library", "historical", "psychological",
		"political", "science", "women", "womens", "women's", "youth", "family", "automobile",
		"retired", "jewish", "muslim", "catholic", "islamic", "christian", NULL};
	const char *head;
	int trade = 0, cause = 0;
	uint32_t j;
	if (e <= t + 1 || e - t > 5 || !(tok[e - 1].flags & PL_TOK_CAP) || (tok[e - 1].flags & PL_TOK_ALLCAP))
		return NULL;
	head = tok[e - 1].low;
	if (!pl_in_list(head, open_heads) && !pl_in_list(head, trade_heads))
		return NULL;
	for (j = t; j + 1 < e; j++) {
		if (!(tok[j].flags & PL_TOK_CAP) || !PL_TAG_IS_NOUN(tok[j].tag))
			return NULL;
		if (pl_in_list(tok[j].low, workers) || pl_in_list(lem(&tok[j]), workers))
			return "LAB";
		trade |= trade_word(tok, j);
		cause |= pl_in_list(tok[j].low, causes);
	}
	if (trade)
		return "BUS";
	return pl_in_list(head, open_heads) && !cause ? "BUS" : NULL;
}

/* trade_federation of chunk y, uncoded, an article and the body's words
** ("the car dealers' association"); NULL when it is no such body. */
static const char *lower_trade_body(const pl_token *tok, const pl_np *y)
{
	if (y->code || y->t1 - y->t0 <= 2 || tok[y->t0].tag != PL_T_DT)
		return NULL;
	return trade_federation(tok, y->t0 + 1, y->t1);
}

/* "the British Heart Foundation", "the Scottish Wildlife Trust", "the Welsh
** Development Agency": a country's adjective opening the proper name of a
** body that no dictionary knows (capitalised nouns after it, the last a head
** noun of dict/bodies.tsv) names a body of that country, in the role the
** head tells; the adjective alone would make the body the state.  Returns
** the role (NULL: no such name).  Only after "the" ("American Trust" is a
** bank); not firms' or unions' heads (their names say too little), nor
** heads that serve any body ("Group"), nor "Association" and "Institute",
** which more often gather an industry ("the American Petroleum Institute",
** "the Thai Rice Mills Association") than citizens.  The country's name
** opens such a name as well ("the UK Statistics Authority", "the Ghana
** Cocoa Board"), for the state's bodies only (a "Trust" or a "Society"
** after a name is as often a firm's).  A "Board" so named is the state's
** ("the Canadian Wheat Board"): a firm's board is written in lower case. */
static const char *national_body(const pl_store *s, const pl_token *tok, const pl_np *np,
                                 const mention *country, uint32_t end, const pl_bodyhead **ev)
{
	static const char *const any[] = {"group", "campaign", "network", "movement", "association",
		"institute", NULL};
	const pl_bodyhead *b;
	const char *trade;
	uint32_t t = np->t0 + 1, j, h = np->t1 - 1;
	int byname = country->ph->kind == PL_A_COUNTRY;
	if (!is(&tok[np->t0], "the"))
		return NULL;
	if ((country->ph->kind != PL_A_CADJ && !byname) || country->t0 != t || country->t1 >= np->t1 ||
	    np->t1 - country->t1 > 4 || (tok[h].flags & PL_TOK_ALLCAP))
		return NULL;
	if (country->ph->kind == PL_A_CADJ && (trade = trade_federation(tok, country->t1, np->t1)) != NULL) {
		if ((b = body_head(s, pl_eq(trade, "LAB") ? "union" : "association")) == NULL)
			return NULL;
		*ev = b;
		return trade;
	}
	for (j = country->t1; j < np->t1; j++)
		if (!(tok[j].flags & PL_TOK_CAP) || !PL_TAG_IS_NOUN(tok[j].tag))
			return NULL;
	/* ("board" has no line of its own in dict/bodies.tsv: it serves any
	** body elsewhere; the state's line, that of "commission", is the
	** evidence) */
	if (pl_eq(tok[h].low, "board") && (b = body_head(s, "commission")) != NULL) {
		*ev = b;
		return b->role;
	}
	if (federation_of(tok, np, end) != NULL) {
		const char *role = federation_of(tok, np, end);
		if ((b = body_head(s, pl_eq(role, "LAB") ? "union" : "association")) == NULL)
			return NULL;
		*ev = b;
		return role;
	}
	/* ("the Taiwan Flour Mills Association", "the American Soybean
	** Association": a body of members gathers that country's firms or
	** workers) */
	if ((trade = member_body(tok, country->t1, np->t1)) != NULL) {
		if ((b = body_head(s, pl_eq(trade, "LAB") ? "union" : "association")) == NULL)
			return NULL;
		*ev = b;
		return trade;
	}
	if ((b = body_head(s, tok[h].low)) == NULL || pl_eq(b->role, "BUS") || pl_eq(b->role, "LAB") ||
	    pl_in_list(tok[h].low, any) || (byname && !pl_eq(b->role, "GOV")))
		return NULL;
	*ev = b;
	return pl_eq(b->role, "NGO") && trade_body(tok, country->t1, np->t1) ? "BUS" : b->role;
}

/* The key under which document memory keeps the last forces named by
** their arms (no noun of the text is written so). */
static const char arms_key[] = "(arms)";

/* Words that may stand between a state's word and the arms it has: "Soviet
** attack helicopters", "U.S. Navy jets", "Iraqi fighter planes". */
static int arms_modifier(const pl_token *t)
{
	static const char *const w[] = {"attack", "combat", "military", "navy", "naval", "war",
		"missile", "guided-missile", "fighter", "assault", "air", "force", "battle", "army",
		"jet", "helicopter", NULL};
	return pl_in_list(lem(t), w);
}

/* The role (MIL) that chunk np's head gives the country named in it, when
** the head is a noun of arms (dict/arms.tsv: "Soviet tanks", "two Israeli
** jets", "an Iraqi fighter plane") and the country's word or name stands
** right before it, or before words of arms alone; NULL otherwise.  A name
** before the country ("Air France jets", "British Airways planes") is a
** firm's, and so are arms a firm's word precedes ("U.S. Boeing jets"). */
static const char *arms_of_state(const pl_store *s, const pl_token *tok, const pl_np *np,
                                 const mention *country)
{
	uint32_t h = np->t1 - 1, j;
	const pl_token *t = &tok[h];
	if ((country->ph->kind != PL_A_CADJ && country->ph->kind != PL_A_COUNTRY) ||
	    strlen(country->ph->code) != 3 || country->t1 > h || (t->flags & PL_TOK_CAP) ||
	    !PL_TAG_IS_NOUN(t->tag))
		return NULL;
	for (j = country->t1; j < h; j++)
		if (!arms_modifier(&tok[j]))
			return NULL;
	/* (a determiner or a number may come first: "the", "two", "Four") */
	for (j = np->t0; j < country->t0; j++)
		if (tok[j].tag != PL_T_DT && tok[j].tag != PL_T_CD && !count_word(&tok[j]))
			return NULL;
	return pl_tok_get_lem(&s->arms, t);
}

/* The state's forces a plural of arms with no actor of its own recalls
** ("the jets", "the planes" after "Israeli jets bombed", "warplanes" after
** "Iraq said its warplanes hit"): the last ones named so in the twelve
** sentences before (before the sentence's or the article's country: the
** forces of the state that fights are named in its foe's land); NULL for
** none. */
static const struct pl_memory *arms_recalled(const pl_store *s, const pl_docctx *ctx,
                                             const pl_token *tok, const pl_np *np)
{
	const pl_token *t = &tok[np->t1 - 1];
	const struct pl_memory *e;
	uint32_t n = np->t1 - np->t0;
	if (n > 2 || (n == 2 && !(is(&tok[np->t0], "the") || is(&tok[np->t0], "these"))) ||
	    (t->flags & PL_TOK_CAP) || t->tag != PL_T_NNS ||
	    !(pl_tok_get_lem(&s->arms, t) || is(t, "planes") || is(t, "aircraft")))
		return NULL;
	e = mem_find(ctx, arms_key, NULL, 0);
	return e && e->kind == PL_MEM_ARMS ? e : NULL;
}

/* Is chunk np, after a country's name or people's word, a business named
** by its trade and a head noun that alone could be any body's: "the two
** largest U.K. building societies", "a British insurance group", "Japanese
** securities houses", "the Japan shipping conference" (a cartel of
** shipping lines)?  The trade word must come right before the head, in
** lower case: "pressure group", "ethnic group" are no trade. */
static int trade_noun_body(const pl_token *tok, const pl_np *np, const mention *country)
{
	static const char *const group[] = {"insurance", "banking", "chemical", "chemicals", "food",
		"engineering", "media", "publishing", "industrial", "retail", "retailing", "oil", "steel",
		"textile", "textiles", "tobacco", "drinks", "construction", "property", "leisure",
		"electronics", "financial", "packaging", "brewing", "mining", "shipping", "travel", "hotel",
		"hotels", "paper", "pharmaceutical", "pharmaceuticals", "telecommunications", "computer",
		"aerospace", "motor", "trading", "securities", "investment", "finance", "broking", "brokerage",
		"newspaper", "energy", "utility", "utilities", NULL};
	static const char *const house[] = {"trading", "securities", "brokerage", "broking", "finance",
		"investment", "fashion", "auction", "discount", "issuing", "accepting", NULL};
	static const char *const society[] = {"building", "friendly", NULL};
	static const char *const conference[] = {"shipping", "freight", "liner", NULL};
	uint32_t h = np->t1 - 1, j;
	const char *head = lem(&tok[h]), *trade;
	if (country->t1 + 2 > np->t1 || country->t0 < np->t0)
		return 0;
	for (j = country->t1; j < np->t1; j++)
		if ((tok[j].flags & PL_TOK_CAP) || !PL_TAG_IS_NOUN(tok[j].tag))
			return 0;
	trade = tok[h - 1].low;
	if (pl_eq(head, "group"))
		return pl_in_list(trade, group);
	if (pl_eq(head, "house"))
		return pl_in_list(trade, house);
	if (pl_eq(head, "society"))
		return pl_in_list(trade, society);
	if (pl_eq(head, "conference"))
		return pl_in_list(trade, conference);
	return 0;
}

/* Does chunk np write, after "former" or "ex-" and before the person's
** name, the very role the dictionary gives them on the date: its last word
** and its first ("Former White House Chief of Staff Donald Regan",
** "ex-President Leonid Kuchma")?  Then the story says the role is left,
** whatever the article's date, when that role held within the year
** before it.  Another role after "former" ("Former
** education secretary Estelle Morris", now arts minister) says nothing of
** the present one; nor does a possessive ("former President Bush's aide"). */
static int role_left(const pl_docctx *ctx, const pl_token *tok, const pl_np *np, const mention *person)
{
	const pl_phrase *ph = person->ph;
	uint32_t i, f = person->t0;
	int title = 0, head = !ph->role_head;
	/* (a role that ended over a year before the article's date, "Former
	** Labour prime minister Lord Callaghan", is the one a story of those
	** years speaks of: the acts told are of the office) */
	if (!ph->title || (ph->to.y && day_number(ph->to) + 366 < day_number(ctx->date)))
		return 0;
	/* (an "ex-" word is a word of the role itself, "ex-President": not
	** "ex-aide Chancellor Gordon Brown", a headline run into the text) */
	for (i = np->t0; i < person->t0 && f == person->t0; i++)
		if (is(&tok[i], "former") ||
		    (!strncmp(tok[i].low, "ex-", 3) && tok[i].low[3] &&
		     (!strcmp(tok[i].low + 3, ph->title) ||
		      (ph->role_head && !strcmp(tok[i].low + 3, ph->role_head)))))
			f = i;
	for (i = f; i < person->t0; i++) {
		const char *w = is(&tok[i], "former") ? "" : !strncmp(tok[i].low, "ex-", 3) ? tok[i].low + 3 : tok[i].low;
		if (tok[i].tag == PL_T_POS)
			return 0;
		title |= strcmp(w, ph->title) == 0;
		head |= ph->role_head && strcmp(w, ph->role_head) == 0;
	}
	return title && head;
}

/* In a story with no date, does chunk np write the person at mention
** `person` as having left a state's office: "former" or an "ex-" word
** before the name ("Former minister Clare Short", "Ex-foreign secretary
** Robin Cook"), the dictionary's line for them being one of a state's
** roles?  With no date the line taken is the person's latest office, and
** the story knows better.  Not an "ex-" word that is a person of its own
** ("ex-aide Chancellor Gordon Brown": a headline run into the text). */
static int undated_left(const pl_docctx *ctx, const pl_token *tok, const pl_np *np, const mention *person)
{
	static const char *const state[] = {"GOV", "MIL", "JUD", "COP", NULL};
	static const char *const someone[] = {"aide", "adviser", "advisor", "wife", "husband",
		"partner", "colleague", "girlfriend", "boyfriend", "employee", "staffer", NULL};
	const char *c = person->ph->code;
	char role[4];
	uint32_t i;
	if (ctx->date.y || strlen(c) != 6)
		return 0;
	memcpy(role, c + 3, 3);
	role[3] = 0;
	if (!pl_in_list(role, state))
		return 0;
	for (i = np->t0; i < person->t0; i++)
		if (is(&tok[i], "former") || is(&tok[i], "one-time") || is(&tok[i], "onetime") ||
		    (!strncmp(tok[i].low, "ex-", 3) && tok[i].low[3] && !pl_in_list(tok[i].low + 3, someone)))
			return 1;
	return 0;
}

/* The code the memory keeps for the name of the person at mention
** `person` when an earlier mention of this very dictionary entry was
** remembered as an elite (a code ending in ELI: one who has left an
** office or a party), else NULL. */
static const char *remembered_elite(const pl_docctx *ctx, const pl_token *tok, const mention *person)
{
	const char *file = NULL, *c;
	uint32_t line = 0;
	size_t n;
	c = remembered(ctx, tok[person->t1 - 1].low, &file, &line);
	if (!c || file != person->ph->file || line != person->ph->line || (n = strlen(c)) < 6)
		return NULL;
	return strcmp(c + n - 3, "ELI") == 0 ? c : NULL;
}

/* For a person out of office on the article's date: the code an earlier
** mention of this very dictionary entry was given as one who has left it
** ("Former Labour leader Neil Kinnock ... Lord Kinnock", remembered as an
** elite, ELI), which a later bare mention keeps over the dictionary's
** nearest office; NULL when there is none.  Only for an office left
** within the year before the article (as for role_left): a story of one
** who left it long ago tells of the years in office ("When home
** secretary, he ordered troops"). */
static const char *former_before(const pl_docctx *ctx, const pl_token *tok, const mention *person)
{
	const pl_phrase *ph = person->ph;
	if (!ph->to.y || day_number(ph->to) + 366 < day_number(ctx->date) ||
	    day_number(ph->to) > day_number(ctx->date))
		return NULL;
	return remembered_elite(ctx, tok, person);
}

/* For a person out of office on the article's date, named by the bare
** name: the office an earlier mention in the article gave the name by the
** title written with it ("Canadian Trade Minister Pat Carney ... Carney
** said", "Belgian Budget Minister Guy Verhofstadt ... Verhofstadt"), which
** the later mention keeps over the bare country of the dictionary's
** nearest office (the 1987 story's minister is no prime minister yet, and
** may be another person of the same surname); NULL when the name was
** remembered with no role, or as one who has left an office (ELI:
** former_before decides those), or with another country than the
** dictionary's cc ("NUM General Secretary Cyril Ramaphosa" took the
** British union's code from its initials). */
static const char *office_before(const pl_docctx *ctx, const pl_token *tok, const mention *person,
                                 const char *cc)
{
	const char *file = NULL, *c;
	uint32_t line = 0;
	size_t n;
	c = remembered(ctx, tok[person->t1 - 1].low, &file, &line);
	if (!c || (n = strlen(c)) < 6 || strcmp(c + n - 3, "ELI") == 0 || (cc && strncmp(c, cc, 3) != 0))
		return NULL;
	return c;
}

/* Was the person at mention `person` named earlier in the article in a
** role written as left (role_left), their name then remembered as the
** country's elite (ELI) with this very dictionary entry? */
static int left_before(const pl_docctx *ctx, const pl_token *tok, const mention *person, const char *cc)
{
	const char *c = remembered_elite(ctx, tok, person);
	return c && strlen(c) == 6 && !strncmp(c, cc, 3);
}

/* "Jo Marsh, director of research at Salomon Brothers Inc,", "Jo Marsh,
** vice president for marketing with Acme Corp,": the title in apposition
** after name chunk k holds its office at the firm that an at/with/of
** phrase further on names, after phrases of its own field ("of
** research", "for marketing") and before the apposition's comma; returns
** that firm's chunk (a dictionary's or its legal form's, with a country
** and the business role), else -1.  Only a title in lower case, and a
** field no dictionary codes: "Jo Marsh, minister of trade of Japan," has
** its own rules. */
static int apposed_title_firm(const pl_token *tok, const pl_sentan *out, int k)
{
	static const char *const into[] = {"of", "for", "at", "with", "in", "on", NULL};
	const pl_np *x = &out->np[k], *y;
	int j;
	if (k + 3 >= out->nnp || x->t1 - x->t0 < 2 || tok[x->t1 - 1].tag != PL_T_NNP || x->pronoun ||
	    x->poss_code || !is(&tok[x->t1], ","))
		return -1;
	y = &out->np[k + 1];
	if (y->t0 != x->t1 + 1 || (y->code && !y->agent_only) || y->pronoun || y->poss_code ||
	    tok[y->t1 - 1].tag != PL_T_NN || (tok[y->t1 - 1].flags & PL_TOK_CAP))
		return -1;
	for (j = k + 2; j < out->nnp && j < k + 5; j++) {
		const pl_np *f = &out->np[j], *b = &out->np[j - 1];
		if (f->t0 != b->t1 + 1 || !pl_in_list(tok[b->t1].low, into))
			return -1;
		if (j > k + 2 && (b->code || b->pronoun || b->poss_code || (tok[b->t1 - 1].flags & PL_TOK_CAP)))
			return -1;
		if (j > k + 2 && f->code && !f->agent_only && !f->pronoun && strlen(f->code) >= 6 &&
		    !strncmp(f->code + 3, "BUS", 3) &&
		    (is(&tok[f->t0 - 1], "at") || is(&tok[f->t0 - 1], "with") || is(&tok[f->t0 - 1], "of")))
			/* (the apposition ends with the firm: "director of
			** finance at Acme Plc and a former civil servant at the
			** department," tells more than one office) */
			return f->t1 < out->t1 && (is(&tok[f->t1], "and") || is(&tok[f->t1], "or")) ? -1 : j;
	}
	return -1;
}

/* "Jo Hill, senior adviser on mobile media at Ericsson's lab,": the bare
** title in apposition at chunk r holds its office at the company an
** "at" opens further on, before the apposition's closing comma; returns
** that company's chunk, else r.  Only a company: "adviser at the
** ministry" is the government's already. */
static int firm_at(const pl_token *tok, const pl_sentan *out, int r)
{
	int j;
	uint32_t t;
	for (j = r + 1; j < out->nnp && j < r + 5; j++) {
		const pl_np *f = &out->np[j];
		for (t = out->np[j - 1].t1; t < f->t0; t++)
			if (is(&tok[t], ",") || is(&tok[t], ";"))
				return r;
		if (is(&tok[f->t0 - 1], "at") && f->code && !f->agent_only && !f->pronoun &&
		    strlen(f->code) >= 6 && !strncmp(f->code + 3, "BUS", 3))
			return j;
	}
	return r;
}

/* "Labour minister Jane Roe", "a Labour government" in 2005: an office of
** the national government (not a title of any body, "Labour spokesman",
** nor a local one, "a Labour councillor") after the party that holds it
** on the story's date is the government's;
** the line of dict/governing.tsv that says so, else NULL ("Tory minister"
** in 2005 stays the party's, as does "a Conservative government" then). */
static const pl_governing *governing_office(const pl_store *s, const pl_docctx *ctx,
                                            const pl_token *tok, const mention *org,
                                            const mention *agent)
{
	static const char *const office[] = {"minister", "government", "administration", "cabinet",
		"chancellor", "premier", NULL};
	if (org->t1 > agent->t0 || !pl_eq(agent->ph->code, "GOV") ||
	    !pl_in_list(lem(&tok[agent->t1 - 1]), office) || strlen(org->ph->code) != 9 ||
	    strncmp(org->ph->code + 3, "PTY", 3))
		return NULL;
	/* (in a story of another country, "Labour Minister Wolfgang Clement"
	** is no British party's) */
	if (context_country(ctx) && strncmp(context_country(ctx), org->ph->code, 3))
		return NULL;
	return pl_governing_on(s, org->ph->code, ctx->date);
}

/* Is chunk np, in a British story, a named spokesman for a portfolio and
** no body: "Home affairs spokesman Jane Roe", "the education spokeswoman,
** Ann Hill"?  Britain's ministers are not so called, nor are the
** government's spokesmen named; a party's are its frontbench, and with no
** party named, the opposition's ("a Home Office spokesman" names a body). */
static int portfolio_spokesman(const pl_docctx *ctx, const pl_token *tok, const pl_np *np,
                               const mention *agent)
{
	static const char *const field[] = {"health", "education", "home", "foreign", "affairs",
		"transport", "environment", "economic", "economics", "culture", "media", "sport",
		"defence", "local", "government", "work", "and", "pensions", "constitutional", "trade",
		"industry", "rural", "agriculture", "housing", "finance", "justice", "welfare",
		"immigration", "international", "development", "family", "energy", "science",
		"schools", "policing", "treasury", "europe", "european", NULL};
	static const char *const title[] = {"spokesman", "spokeswoman", "spokesperson", NULL};
	uint32_t i = np->t0;
	if (!context_country(ctx) || !pl_eq(context_country(ctx), "GBR") ||
	    !pl_in_list(lem(&tok[agent->t1 - 1]), title) || np->t1 - agent->t1 < 2 ||
	    !surname_at_end(tok, np))
		return 0;
	for (i = agent->t1; i < np->t1; i++)
		if (tok[i].tag != PL_T_NNP || !(tok[i].flags & PL_TOK_CAP))
			return 0;
	i = np->t0;
	if (tok[i].tag == PL_T_DT)
		i++;
	if (i == agent->t1 - 1)
		return 0;
	for (; i < agent->t1 - 1; i++)
		if (!pl_in_list(tok[i].low, field))
			return 0;
	return 1;
}

/* "criticised government spending", "welcomed the government decision":
** a role word before the head, with at most adjectives between ("attacked
** government red tape"), owns a plan, a decision or an outlay the chunk
** names, as a possessor does ("the government's decision"): its code is
** kept apart as the owner's (poss_code), of the context's country.  Not a
** role word that only says what the thing is about ("party funding rules",
** "spending on defence": no role, no owner), nor a levy's. */
static void modifier_owner(const pl_store *s, const pl_docctx *ctx, const pl_token *tok, pl_np *np,
                           const mention *x, pl_arena *a)
{
	const char *head = lem(&tok[np->t1 - 1]), *cls, *cc = context_country(ctx);
	uint32_t j;
	/* (the role word a noun: "a firm offer" is no business's) */
	if (!cc || x->t1 >= np->t1 || !PL_TAG_IS_NOUN(tok[x->t1 - 1].tag) ||
	    !(tok[np->t1 - 1].tag == PL_T_NN || tok[np->t1 - 1].tag == PL_T_NNS) ||
	    (tok[np->t1 - 1].flags & PL_TOK_CAP))
		return;
	for (j = x->t1; j + 1 < np->t1; j++)
		if (!PL_TAG_IS_ADJ(tok[j].tag))
			return;
	/* (a levy named by who levies it is a kind of levy: "council tax") */
	if (pl_eq(head, "tax") || pl_eq(head, "tariff"))
		return;
	cls = pl_hash_get(&s->objclass, head, strlen(head));
	if (!pl_eq(head, "spending") &&
	    !(cls && (pl_eq(cls, "abstract") || pl_eq(cls, "document"))))
		return;
	np->poss_code = strlen(x->ph->code) == 3 ? join(a, cc, x->ph->code) : x->ph->code;
	np->how = PL_HOW_CONTEXT;
	np->file = x->ph->file;
	np->line = x->ph->line;
	np->owner_mod = 1;
}

/* The code of one who has left the body coded `code` ("former Labour
** MP", "ex-KGB officer", "former WorldCom chief"): the body's country
** with the elite role (ELI), as for a former minister; one who has left
** a company stays in business (BUS), the trade being theirs still; a
** body of no state keeps its code with ELI ("former UN envoy"). */
static const char *left_body(pl_arena *a, const char *code)
{
	const char *cc = country_of(a, code);
	if (!cc)
		return join(a, code, "ELI");
	return join(a, cc, strlen(code) >= 6 && !strncmp(code + 3, "BUS", 3) ? "BUS" : "ELI");
}

/* "a former KGB officer", "a one-time Labour activist", "former MI6
** chief Jo Hill": a body named after "former" before a head word for a
** person, or before a title in lower case and a name, that is no role
** of the agents list (whose "former" is read in code_np): the person
** was the body's and is no longer.  Not a thing ("a former Labour seat"). */
static int former_member(const pl_token *tok, const pl_np *np, const mention *org,
                         const mention *title)
{
	static const char *const member[] = {"officer", "agent", "member", "activist", "employee",
		"staffer", "operative", "spy", "colonel", "councillor", "candidate", "donor",
		"supporter", "insider", NULL};
	uint32_t i;
	if (org->t1 >= np->t1 || org->t0 == np->t0)
		return 0;
	/* (a role word the chunk does not end on, "former Labour MP Jo
	** Hill" with the name's last word tagged a noun, is a title too) */
	int titled = title && title->t0 >= org->t1 && surname_at_end(tok, np);
	int lower = !(tok[org->t1].flags & PL_TOK_CAP) &&
	            (PL_TAG_IS_NOUN(tok[org->t1].tag) || tok[org->t1].tag == PL_T_JJ) && surname_at_end(tok, np);
	if (!titled && !lower && !pl_in_list(lem(&tok[np->t1 - 1]), member))
		return 0;
	for (i = np->t0; i < org->t0; i++)
		if (is(&tok[i], "former") || is(&tok[i], "one-time") || is(&tok[i], "onetime"))
			return 1;
	return 0;
}

/* "House Banking committee chairman Fernand St Germain", "Senate Finance
** subcommittee chairman Lloyd Bentsen": one who chairs or speaks for a
** committee of a Senate, a House or a Congress sits in the legislature.
** Does a committee word, followed by a title, stand in chunk np (from
** sentence start t0), with a capitalised "Senate", "House" or
** "Congressional" before it in the chunk or just before the chunk ("House
** Ways and Means subcommittee chairman"), no comma or verb between?  Not
** "White House". */
static int legislature_committee(const pl_token *tok, uint32_t t0, const pl_np *np)
{
	static const char *const house[] = {"senate", "house", "congressional", NULL};
	uint32_t i, c = np->t1, stop = np->t0 > t0 + 6 ? np->t0 - 6 : t0;
	/* (a committee word and a title after it: two words at least; most
	** chunks, asked here every one, are of one word) */
	if (np->t1 - np->t0 < 2)
		return 0;
	/* (not at the chunk's last word: a title follows the committee's) */
	for (i = np->t0; i + 1 < np->t1 && c == np->t1; i++)
		if (pl_eq(lem(&tok[i]), "committee") || pl_eq(lem(&tok[i]), "subcommittee"))
			c = i;
	if (c + 1 >= np->t1 || !generic_title(lem(&tok[c + 1])))
		return 0;
	for (i = c; i-- > stop;) {
		if (is(&tok[i], ",") || PL_TAG_IS_VERB(tok[i].tag))
			return 0;
		if ((tok[i].flags & PL_TOK_CAP) && pl_in_list(tok[i].low, house))
			return !(i > 0 && is(&tok[i - 1], "white"));
	}
	return 0;
}

/* "Jo Hill, who joined the Liberal Democrats,", "Jo Hill, now a UKIP
** MEP,", "Jo Hill, who now leads Veritas,": the body the words after a
** person's name make theirs now is the person's code (a "former Labour
** MP" so described is that party's, not an elite of the one left); and
** "Jo Hill, who quit the Tories," when coded by the very party left is
** of the country alone.  Later mentions of the surname keep the code.
** Returns the chunk of the body, else -1. */
static int tie_after(const pl_token *tok, uint32_t t1, const pl_sentan *out, int k, int *left)
{
	static const char *const join_v[] = {"join", "defect", "switch", "cross", "rejoin", NULL};
	static const char *const lead_v[] = {"lead", "head", "chair", NULL};
	static const char *const left_v[] = {"quit", "leave", "desert", "abandon", NULL};
	static const char *const adv[] = {"who", "has", "had", "have", "recently", "later", "since",
		"then", "last", "year", "month", "week", "over", "to", NULL};
	const pl_np *x = &out->np[k];
	uint32_t i = x->t1;
	int now = 0, verb = 0;
	*left = 0;
	if (i + 2 >= t1 || !is(&tok[i], ",") || k + 1 >= out->nnp)
		return -1;
	for (i++; i < t1 && i < out->np[k + 1].t0; i++) {
		const char *w = lem(&tok[i]);
		if (pl_eq(tok[i].low, "now"))
			now = 1;
		else if (PL_TAG_IS_VERB(tok[i].tag) && !verb && pl_in_list(w, join_v))
			verb = 1;
		else if (PL_TAG_IS_VERB(tok[i].tag) && !verb && pl_in_list(w, lead_v) && now)
			verb = 1;
		else if (PL_TAG_IS_VERB(tok[i].tag) && !verb && !now && pl_in_list(w, left_v))
			verb = *left = 1;
		else if (!pl_in_list(tok[i].low, adv) && !pl_in_list(w, adv))
			return -1;
	}
	/* (", now a UKIP MEP,": "now" alone before the body) */
	if (i != out->np[k + 1].t0 || !(verb || (now && is(&tok[x->t1 + 1], "now"))))
		return -1;
	return k + 1;
}

static void party_tie(pl_docctx *ctx, const pl_token *tok, uint32_t t1, pl_sentan *out, int k,
                      pl_arena *a)
{
	pl_np *x = &out->np[k];
	const pl_np *y;
	const char *cc;
	int j, left;
	/* (a name no dictionary or context coded takes the party too:
	** "Tom Hill, now a UKIP MEP," opening a story) */
	if ((x->code && x->agent_only) || x->pronoun || x->poss_code || !surname_at_end(tok, x) ||
	    (j = tie_after(tok, t1, out, k, &left)) < 0)
		return;
	y = &out->np[j];
	if (!y->code || y->agent_only || !strstr(y->code, "PTY") || !(cc = country_of(a, y->code)) ||
	    (x->code && strncmp(cc, x->code, 3)) || (left && !x->code))
		return;
	x->person = 1;
	if (left) {
		/* (only the very party left: "Jo Hill, who quit Labour" once
		** coded as Labour's; another code says more than the text) */
		if (strncmp(x->code, y->code, strlen(y->code)))
			return;
		x->code = cc;
	} else {
		x->code = y->code;
		x->file = y->file;
		x->line = y->line;
	}
	x->how = PL_HOW_PHRASE;
	x->icode = NULL;
	remember(ctx, tok[x->t1 - 1].low, x->code, x->file, x->line);
}

/* Is the organisation mention x an acronym that closes a longer name of
** capitalised words it is no part of ("Citizens Savings Bank FSB",
** "CrossLand Savings FSB": the letters of a savings bank's charter, not
** Russia's security service)?  A country's word or another name of the
** dictionary before it keeps it ("U.S. SEC", "the Soviet KGB"); a role
** word does not ("Savings Bank" is a bank's name here). */
static int acronym_closing_name(const pl_token *tok, const pl_np *np, const mention *x,
                                const mention *m, int nm)
{
	const pl_token *b;
	int z;
	if (x->t1 != np->t1 || x->t1 - x->t0 != 1 || x->t0 < np->t0 + 2 ||
	    !(tok[x->t0].flags & PL_TOK_ALLCAP))
		return 0;
	b = &tok[x->t0 - 1];
	if (!(b->flags & PL_TOK_CAP) || (b->flags & (PL_TOK_ALLCAP | PL_TOK_PUNCT)) ||
	    (b->tag != PL_T_NNP && b->tag != PL_T_NNPS) || b->len < 3)
		return 0;
	for (z = 0; z < nm; z++)
		if (m[z].t0 < x->t0 && m[z].t1 >= x->t0 && m[z].ph->kind != PL_A_AGENT)
			return 0;
	/* the word before that is capitalised too: a name of two words or
	** more ends in the letters */
	b = &tok[x->t0 - 2];
	return (b->flags & PL_TOK_CAP) && !(b->flags & PL_TOK_PUNCT);
}

/* Is chunk np an occasion: a meeting, talks, a summit, a conference, a
** session or negotiations in lower case at its end, and no possessive
** before?  (A capitalised head is a name of its own: "the Trades Union
** Congress", "the World Summit".) */
static int occasion_chunk(const pl_token *tok, const pl_np *np)
{
	static const char *const occasions[] = {"meeting", "talk", "summit", "conference",
		"session", "negotiation", NULL};
	static pl_wordset occasion_set = PL_WORDSET(occasions);
	const pl_token *h;
	uint32_t i;
	if (np->t1 - np->t0 < 2)
		return 0;
	h = &tok[np->t1 - 1];
	if (!PL_TAG_IS_NOUN(h->tag) || (h->flags & PL_TOK_CAP) || !pl_in_set(&occasion_set, lem(h)))
		return 0;
	for (i = np->t0; i + 1 < np->t1; i++)
		if (tok[i].tag == PL_T_POS || tok[i].tag == PL_T_PRPS)
			return 0;
	return 1;
}

/* Does the sentence make the holder of occasion np an actor: the hearers
** of a speech ("told the IADB meeting"), or the subject of a verb right
** after it that tells an act ("The House Agriculture Committee meeting
** today approved the bill"), not what an occasion itself does ("the
** council meeting ended without agreement", "talks resumed", "the
** meeting is considered a success")? */
static int occasion_acts(const pl_token *tok, uint32_t t0, uint32_t t1, const pl_np *np)
{
	static const char *const speaking[] = {"tell", "address", "brief", NULL};
	static const char *const own[] = {"be", "have", "end", "begin", "start", "open", "close",
		"continue", "resume", "break", "collapse", "fail", "conclude", "adjourn", "last",
		"finish", "go", "run", "take", "stall", "progress", "produce", "come", "follow",
		"get", "seem", "appear", "look", "proceed", "succeed", NULL};
	uint32_t j = np->t1;
	if (np->t0 > t0 && verb_in(&tok[np->t0 - 1], speaking))
		return 1;
	while (j < t1 && (tok[j].tag == PL_T_RB || tok[j].tag == PL_T_MD || is(&tok[j], "today") ||
	                  is(&tok[j], "yesterday")))
		j++;
	return j < t1 && PL_TAG_IS_VERB(tok[j].tag) && tok[j].tag != PL_T_VBG &&
	       tok[j].tag != PL_T_VBN && !pl_in_list(lem(&tok[j]), own);
}

/* Does an occasion (occasion_chunk) name no actor?  Its words before name
** where it is held or who holds it: a capital is where ("the Paris
** meeting", "the London coffee talks", "the Dhaka meeting would also
** discuss"), never an actor; a body that holds it ("International Coffee
** Organization talks", "the IADB annual meeting", "a White House Economic
** Policy Council meeting") is one only where the sentence makes it one
** (occasion_acts).  A country, its people or a person named takes part
** ("Chinese trade talks with Vietnam", "the Russian defence minister talks
** with China"), and so do the owners a possessive gives ("Zambia's talks
** with the IMF"). */
static int occasion_of_no_actor(const pl_token *tok, uint32_t t0, uint32_t t1, const pl_np *np,
                                const mention *m, int nm)
{
	int k, capital = 0;
	if (!occasion_chunk(tok, np))
		return 0;
	for (k = 0; k < nm; k++) {
		int kind = m[k].ph->kind;
		if (m[k].t0 < np->t0 || m[k].t1 > np->t1)
			continue;
		if (kind == PL_A_PERSON || (is_country_kind(kind) && kind != PL_A_CAPITAL))
			return 0;
		if (kind == PL_A_CAPITAL)
			capital = 1;
	}
	return capital || !occasion_acts(tok, t0, t1, np);
}

/* The country of the currency of a sum of money ("500 mln yen" JPN, "20
** mln Canadian dlrs" CAN, "2.14 billion Taiwan dlrs" TWN, "almost 10
** billion U.S. dlrs" USA): a chunk whose last word is a currency
** (currency_word) or two ("swiss francs", currencies.tsv), after a figure
** in the chunk; its country is the one of a country's name or adjective
** right before the currency word (of mentions m), else the currency's
** own.  NULL when it is no sum.  A sum is no actor whatever its currency. */
static const char *money_of_no_actor(const pl_store *s, const pl_token *tok, const pl_np *np,
                                     const mention *m, int nm)
{
	const pl_bodyhead *two;
	const char *cc;
	uint32_t i, n;
	int k;
	if (np->t1 - np->t0 < 2 || (tok[np->t1 - 1].flags & PL_TOK_CAP))
		return NULL;
	/* (the figure first: few chunks have one, and the look-ups are dearer) */
	for (i = np->t0; i + 1 < np->t1 && tok[i].tag != PL_T_CD; i++)
		;
	if (i + 1 >= np->t1)
		return NULL;
	/* (one word, "dlrs", or two, "swiss francs") */
	if ((cc = currency_word(s, &tok[np->t1 - 1])) == NULL && i + 2 < np->t1 &&
	    (two = currency_at(s, tok, np->t0, np->t1 - 2, np->t1, currency_ends(s), &n)) != NULL &&
	    n == 2)
		cc = two->role;
	if (!cc)
		return NULL;
	for (k = 0; k < nm; k++)
		if (m[k].t1 + 1 == np->t1 && m[k].t0 >= np->t0 && is_country_kind(m[k].ph->kind) &&
		    m[k].ph->code && strlen(m[k].ph->code) >= 3)
			return m[k].ph->code;
	return cc;
}

/* The role of a body of the state named in chunk np by its own
** capitalised name, with no word saying whose: an armed service ("the
** Navy", "The Army", "the Air Force", "a Navy spokesman": MIL) or a
** ministry, department or bureau ("the Finance Ministry", "a Statistics
** Bureau official": GOV, when agent is the government's); NULL for any
** other chunk.  Every word before the name's head but a determiner and
** "senior" is capitalised. */
static const char *named_state_body(const pl_token *tok, const pl_np *np, const mention *agent)
{
	static const char *const mil[] = {"army", "navy", "force", "marines", "corps", NULL};
	static const char *const gov[] = {"ministry", "department", "bureau", "office", "agency",
		"commission", "administration", "service", "authority", "inspectorate", NULL};
	const char *role = agent->ph->code;
	uint32_t i, h, from = np->t0;
	if (!role || (!pl_eq(role, "MIL") && !pl_eq(role, "GOV")))
		return NULL;
	while (from < np->t1 && (tok[from].tag == PL_T_DT || is(&tok[from], "senior")))
		from++;
	for (h = from; h < np->t1; h++) {
		const pl_token *t = &tok[h];
		if (!(t->flags & PL_TOK_CAP) || (t->flags & PL_TOK_ALLCAP) || t->tag == PL_T_POS)
			return NULL;
		if (pl_in_list(t->low, pl_eq(role, "MIL") ? mil : gov))
			break;
	}
	/* (the agent is the name's head, "Ministry", or the title after it) */
	if (h == np->t1 || agent->t0 > h + 1 || agent->t1 <= h)
		return NULL;
	for (i = h + 1; i < np->t1; i++)
		if (i + 1 < np->t1 || !generic_title(lem(&tok[i])))
			return NULL;
	return role;
}

/* The code of a state's body named by org when the country word right
** before it (x; "Japan's", "Japanese", with "state" or "governmental"
** between) is of another state: that state's body in the same role
** ("Japan's Export-Import Bank" JPNGOV, not the American bank of the
** dictionary's line; "the Bolivian Congress" BOLLEG, not the American
** Congress); so is a party whose name parties of many states
** share ("the Australian Labour Party", "Irish Labour": AUSPTYLAB and
** IRLPTYLAB, not the British party of the dictionary's line; not "the
** Japanese labour market"); NULL when
** x names the body's own state or is no country's name or adjective. */
static const char *owned_state_body(pl_arena *a, const pl_token *tok, const mention *x,
                                    const mention *org)
{
	const char *code = org->ph->code, *own;
	uint32_t i;
	if (x->t1 > org->t0 || org->t0 - x->t1 > 3 ||
	    (x->ph->kind != PL_A_COUNTRY && x->ph->kind != PL_A_CADJ) ||
	    !x->ph->code || strlen(x->ph->code) != 3 ||
	    !(strlen(code) == 6 ? has_role(code, "GOV") || has_role(code, "MIL") ||
	                              has_role(code, "LEG") || has_role(code, "JUD")
	                        : strlen(code) == 9 && !strncmp(code + 3, "PTY", 3) &&
	                              (tok[org->t0].flags & PL_TOK_CAP)) ||
	    !(own = country_of(a, code)) || !strncmp(own, x->ph->code, 3))
		return NULL;
	for (i = x->t1; i < org->t0; i++)
		if (tok[i].tag != PL_T_POS && !is(&tok[i], "state") && !is(&tok[i], "governmental") &&
		    !is(&tok[i], "government") && !is(&tok[i], "official"))
			return NULL;
	return join(a, x->ph->code, code + 3);
}

/* The states that give one of their own bodies the name a dictionary line
** files under one state (the line's "House of Commons" is Westminster's,
** but Ottawa's chamber bears the name too): the name in lower case, then
** the codes of the states whose body it also names, the line's own among
** them.  Only names that do not carry their state's word ("U.S. Senate")
** and only states whose own body is spoken of by it in English. */
static const char *const shared_names[][2] = {
	{"house of commons", "GBR CAN"},
	{"commons", "GBR CAN"},
	{"house of representatives", "USA AUS NZL PHL"},
	{"senate finance committee", "USA AUS"},
	{"senate budget committee", "USA AUS"},
	{"senate foreign relations committee", "USA AUS PHL"},
};

/* The state whose own body org names when its name is one many states
** share (shared_names) and no country word stands in its chunk: the
** country of the sentence's own actor or the story's (cc, the context's
** country; "Wilson told the House of Commons" in a story of Ottawa), when
** that state is one that bears the name; NULL when the dictionary's state
** stands. */
static const char *shared_body_state(const pl_token *tok, const mention *org, const char *cc)
{
	char name[64];
	size_t n = 0, len;
	uint32_t i;
	int k;
	if (!cc || strlen(cc) != 3 || strlen(org->ph->code) < 6 || !strncmp(org->ph->code, cc, 3) ||
	    (!has_role(org->ph->code, "LEG") && !has_role(org->ph->code, "JUD")))
		return NULL;
	for (i = org->t0; i < org->t1; i++) {
		len = strlen(tok[i].low);
		if (n + len + 2 > sizeof name)
			return NULL;
		if (n)
			name[n++] = ' ';
		memcpy(name + n, tok[i].low, len);
		n += len;
	}
	name[n] = '\0';
	for (k = 0; k < (int)(sizeof shared_names / sizeof shared_names[0]); k++)
		if (pl_eq(name, shared_names[k][0]))
			return strstr(shared_names[k][1], cc) ? cc : NULL;
	return NULL;
}

/* Is agent, after the international body org that the country's
** adjective or name x opens the phrase with, the title of one a state
** sends to that body ("an Ivorian ICCO delegate", "the Nigerian OPEC
** delegation", "Syrian U.N. envoy")? */
static int state_envoy(const pl_token *tok, const mention *x, const mention *org, const mention *agent)
{
	static const char *const envoy[] = {"delegate", "delegation", "envoy", "ambassador",
		"representative", "emissary", NULL};
	const char *h = lem(&tok[agent->t1 - 1]);
	return (x->ph->kind == PL_A_CADJ || x->ph->kind == PL_A_COUNTRY) && x->ph->code &&
	       strlen(x->ph->code) == 3 && x->t1 == org->t0 && agent->t0 == org->t1 &&
	       !strncmp(org->ph->code, "IGO", 3) && pl_in_list(h, envoy);
}

/* The role of an office of a province, a federal state or a region
** named in chunk np: a title after "provincial", "state" or the name of a
** region the place dictionary lists, with at most two lower-case words of
** its portfolio between ("provincial treasurer Dick Jones", "the state
** government", "Florida state archivist", "Alberta's energy minister",
** "the Quebec legislature"): GOV, LEG for a legislature, JUD for a
** prosecutor; *cc is the region's country (*where the region, whose
** file is NULL when none is named), else the context's (NULL when
** neither is known).  NULL for any other chunk: a company's "state
** manager", "state firms", a "State Department" of a nation. */
static const char *regional_office(const pl_store *s, const pl_docctx *ctx, const pl_token *tok,
                                   const pl_np *np, const char **cc, pl_place *where)
{
	static const char *const gov[] = {"treasurer", "premier", "government", "cabinet",
		"archivist", "auditor", "comptroller", "minister", "secretary", "governor",
		"administration", "executive", NULL};
	static const char *const leg[] = {"legislature", "assembly", "parliament", "legislator",
		"lawmaker", NULL};
	static const char *const jud[] = {"prosecutor", NULL};
	pl_place pl[4];
	uint32_t h, i, k;
	int n, q;
	const char *role;
	*cc = NULL;
	where->file = NULL;
	for (h = np->t0 + 1; h < np->t1; h++) {
		const char *w = lem(&tok[h]);
		role = pl_in_list(w, gov) ? "GOV" : pl_in_list(w, leg) ? "LEG" : pl_in_list(w, jud) ? "JUD" : NULL;
		if (!role)
			continue;
		/* (the office is the chunk's head, or a name follows it) */
		for (i = h + 1; i < np->t1; i++)
			if (!(tok[i].flags & PL_TOK_CAP) && tok[i].tag != PL_T_POS)
				return NULL;
		/* (the words between: lower-case nouns and adjectives of a portfolio) */
		for (k = 0, i = h; i > np->t0 && k < 3; k++, i--) {
			const pl_token *t = &tok[i - 1];
			if (is(t, "provincial") || is(t, "state") || t->tag == PL_T_POS ||
			    (t->flags & PL_TOK_CAP))
				break;
			if (t->tag != PL_T_NN && t->tag != PL_T_JJ)
				return NULL;
		}
		if (i == np->t0 || k == 3)
			return NULL;
		i--;
		if (tok[i].tag == PL_T_POS && i > np->t0)
			i--;
		/* "provincial", "state" (not "State" alone: a nation's "State
		** Department"; "Virginia State" is a region's) */
		if (is(&tok[i], "provincial") ||
		    (is(&tok[i], "state") && !(tok[i].flags & PL_TOK_CAP))) {
			n = i > np->t0 ? pl_places_find(s->gaz, tok, np->t0, i, NULL, pl, 4) : 0;
			for (q = 0; q < n; q++)
				if (pl[q].t1 == i && pl[q].country[0] && pl[q].population == 0) {
					*cc = pl[q].country;
					*where = pl[q];
				}
			if (!*cc)
				*cc = context_country(ctx);
			return role;
		}
		n = pl_places_find(s->gaz, tok, np->t0, i + 1, NULL, pl, 4);
		for (q = 0; q < n; q++)
			if (pl[q].t1 == i + 1 && pl[q].country[0] && pl[q].population == 0 &&
			    pl[q].file && !strncmp(pl[q].file, "dict/", 5)) {
				*cc = pl[q].country;
				*where = pl[q];
				return role;
			}
		return NULL;
	}
	return NULL;
}

static int code_np(const pl_store *s, pl_docctx *ctx, const pl_token *tok, uint32_t t0, uint32_t t1,
                   pl_np *np, const mention *m, int nm, uint64_t tags, pl_arena *a)
{
	const mention *person = NULL, *org = NULL, *country = NULL, *agent = NULL, *modifier = NULL;
	const mention *staffed;          /* the state's body whose economists they are */
	const pl_bodyhead *bh = NULL, *named_head = NULL;
	pl_place where;
	const pl_governing *gov;
	const char *officer = NULL, *body;
	uint32_t i;
	int k, possessive = 0, former = 0, shadow = 0, company = 0, surname = 0;
	const pl_bodyhead *form = NULL;  /* the company's legal form, when it tells a country */
	const char *money = NULL;        /* the currency's country of a sum of money */
	const struct pl_memory *arms;    /* the forces "the jets" recall */
	for (k = 0; k < nm; k++) {
		const mention *x = &m[k];
		if (x->t0 < np->t0 || x->t1 > np->t1)
			continue;
		/* "Tony Banks", "Barbara Roche": a person, not a bank or a company */
		/* "Mike German", "Mr Irish", "Dawn French", "Mr Wellington": a
		** place or a people's word after a given name or a courtesy
		** title is a surname too, not the country (not alone at the
		** chunk's start: "Jordan said" is the country more often) */
		if ((x->ph->kind == PL_A_ORG || x->ph->kind == PL_A_AGENT ||
		     (is_country_kind(x->ph->kind) && x->t0 > np->t0)) &&
		    surname_mention(s, ctx, tok, np, x, m, nm)) {
			surname = 1;
			continue;
		}
		if (!s->petrarch && x->ph->kind == PL_A_ORG && acronym_closing_name(tok, np, x, m, nm))
			continue;
		/* "An Outboard Marine spokesman": a word of a firm's name */
		if (!s->petrarch && firm_name_agent(ctx, tok, np->t0, np->t1, x))
			continue;
		switch (x->ph->kind) {
		case PL_A_PERSON: person = x; break;
		case PL_A_ORG: if (!org) org = x; break;
		case PL_A_AGENT: {
			/* an agent counts only as the head: nothing but names or other
			** agents after it in the chunk */
			uint32_t j;
			int head = 1;
			for (j = x->t1; j < np->t1; j++) {
				int tg = tok[j].tag;
				/* "the Charity Commission", "the Teacher Training
				** Agency": a capitalised noun of a public body ends
				** the name of a body of the state the role word only
				** describes */
				if (!s->petrarch && j + 1 == np->t1 && (tok[j].flags & PL_TOK_CAP) &&
				    (tok[x->t0].flags & PL_TOK_CAP) && state_head(s, lem(&tok[j]))) {
					named_head = body_head(s, lem(&tok[j]));
					head = 0;
					break;
				}
				/* "Foreign Ministry sources": the sources speak for it */
				if (j + 1 == np->t1 && pl_eq(lem(&tok[j]), "source"))
					continue;
				/* a name in lower case: "finance minister manuel azpurua" */
				if (tok[j].flags & PL_TOK_OOV)
					continue;
				/* a double-barrelled surname the tagger left as a
				** common noun: "Euro MP Robert Kilroy-Silk" */
				if (!s->petrarch && name_word(&tok[j]))
					continue;
				/* "the army's arrest of": the role is the possessor */
				if (tok[j].tag == PL_T_POS && !s->petrarch)
					break;
				/* "the union chief", "charity boss Gordon Lishman": a
				** title that speaks for any body is the body's man (not
				** "general secretary", "executive director": a title of
				** its own) */
				if (!s->petrarch && body_title(lem(&tok[j])))
					continue;
				if (tg != PL_T_NNP && tg != PL_T_NNPS) {
					int inagent = 0, q;
					for (q = 0; q < nm; q++)
						if (m[q].ph->kind == PL_A_AGENT && j >= m[q].t0 && j < m[q].t1)
							inagent = 1;
					if (!inagent) {
						head = 0;
						break;
					}
				}
			}
			/* PETRARCH takes a role anywhere in the chunk ("the primary
			** official news agency WFNA") */
			/* "a union spokesman", "a charity official", "the unions'
			** new leader": a title that speaks for any body takes the
			** role of the agent right before it (or its possessor), not
			** the government's */
			if (head && agent && !s->petrarch && title_of(tok, agent->t1, x->t0) &&
			    generic_title(lem(&tok[x->t1 - 1])) && strcmp(agent->ph->code, x->ph->code))
				break;
			if (head || (s->petrarch && !agent))
				agent = x;
			else if (!named_head && !modifier)
				modifier = x;
			break;
		}
		default:
			/* PETRARCH: the first country of a chunk ("Ithilen's minister
			** Calimehtar"); parley: the one nearest the head */
			if (is_country_kind(x->ph->kind) && !(s->petrarch && country))
				country = x;
		}
	}
	for (i = np->t0; i < np->t1 && !possessive && (tags >> PL_T_POS & 1); i++)
		if (tok[i].tag == PL_T_POS)
			possessive = 1;
	/* "General Host Corp", "Carter Hawley Hale Stores Inc": a name ending
	** in a company's legal form is the company, of the country a word of
	** its name names (company_country), else coded as one (company_in) */
	if (!s->petrarch && !possessive && (person || agent || modifier) && firm_by_form(tok, np, m, nm)) {
		person = NULL;
		agent = NULL;
		modifier = NULL;
		surname = 0;
	}
	/* "a Finance Ministry economist", "government economists", "a Treasury
	** analyst": who studies the economy for a body of the state works for
	** the state, not in a market; the body named right before the role is
	** whose the role is (state_staff) */
	if (!s->petrarch && agent && (staffed = state_staff(tok, np, agent, m, nm)) != NULL)
		agent = staffed;
	/* "former security officials", "former Gondor prosecutors": CAMEO's
	** elites (ELI) in place of the role; so are "ex-Labour minister
	** Frank Field", "ex-Cabinet minister Helen Liddell", where "ex-" is
	** written on the word before the office */
	if (agent) {
		for (i = np->t0; i < agent->t0; i++)
			if (is(&tok[i], "former") ||
			    (!s->petrarch && is(&tok[i], "one-time")) ||
			    (!s->petrarch && !strncmp(tok[i].low, "ex-", 3) && tok[i].low[3]))
				former = 1;
	} else if (!s->petrarch && org)
		former = former_member(tok, np, org, modifier);
	/* "Shadow local government secretary Ed Davey", "the shadow Treasury
	** chief secretary": the opposition's holder of an office (OPP), not
	** the government's; a person the dictionary has in a role that day
	** keeps it */
	if (!s->petrarch) {
		uint32_t q;
		for (i = np->t0; i < np->t1 && !shadow; i++)
			if (is(&tok[i], "shadow"))
				for (q = i + 1; q < np->t1 && !shadow; q++)
					shadow = shadow_title(lem(&tok[q]));
	}
	if (!s->petrarch && !shadow && agent && !org && !country && !former &&
	    portfolio_spokesman(ctx, tok, np, agent))
		shadow = 1;
	np->a0 = np->t0;
	np->a1 = np->t1;
	if (!s->petrarch && occasion_of_no_actor(tok, t0, t1, np, m, nm))
		return 0;
	/* (a sum in US dollars is not even noted for the context) */
	if (!s->petrarch && (tags >> PL_T_CD & 1) && (money = money_of_no_actor(s, tok, np, m, nm)) != NULL &&
	    !money_places(money))
		return 0;
	/* "Mrs Blair", "Lady Howard": a woman's title before a surname alone
	** is not a man the dictionary files under it (her_entry) */
	if (person && !s->petrarch && person->t0 > np->t0 && person->t1 - person->t0 == 1 &&
	    woman_title(&tok[person->t0 - 1]) && !her_entry(s, ctx, person->ph, tok[person->t0].low))
		person = NULL;
	if (person) {
		const char *cc = country_of(a, person->ph->code), *kept;
		np->code = person->ph->code;
		if (!s->petrarch && out_of_office_here(ctx, person->ph)) {
			np->code = former && cc ? join(a, cc, "ELI")
			           /* (of a body of no state, "former Labour leader Lord
			           ** Kinnock", once a European commissioner: the
			           ** country of the body named, left_body) */
			           : former && org ? left_body(a, org->ph->code)
			           /* (a bare name: a title written picks the office) */
			           : !agent && !org && (kept = former_before(ctx, tok, person)) != NULL ? kept
			           : !agent && !org && (kept = office_before(ctx, tok, person, cc)) != NULL ? kept
			                        : role_in_phrase(a, person->ph, ctx->date, org, country, agent, cc);
			/* "Labour minister Jane Roe": an office of the party that
			** governs that day is the government's, as for a name the
			** dictionary does not know (governing_office) */
			if (org && agent && !former && !shadow && org->t1 <= person->t0 &&
			    agent->t1 <= person->t0 && governing_office(s, ctx, tok, org, agent) != NULL)
				np->code = join(a, country_of(a, org->ph->code), "GOV");
		}
		/* "former UKIP MEP Robert Kilroy-Silk" for one the dictionary has
		** in that party on the date: the story says the tie is past, and
		** a past party tie is an elite's (ELI), as for an office left */
		else if (!s->petrarch && former && cc && org && org->t1 <= person->t0 &&
		         pl_eq(org->ph->code, person->ph->code) && strstr(org->ph->code, "PTY"))
			np->code = join(a, cc, "ELI");
		/* (an office the dictionary dates as held, written as left, here
		** or at an earlier mention of the same entry: "Mr Regan" later) */
		else if (!s->petrarch && cc && (role_left(ctx, tok, np, person) || left_before(ctx, tok, person, cc)))
			np->code = join(a, cc, "ELI");
		/* "Former minister Clare Short", "Ex-foreign secretary Robin
		** Cook" in a story with no date: the dictionary's line is then
		** only the person's latest office, which the story's "former"
		** says is not the one held (the later "Ms Short" keeps it:
		** left_before) */
		else if (!s->petrarch && cc && undated_left(ctx, tok, np, person))
			np->code = join(a, cc, "ELI");
		if (agent && possessive && agent->t0 > person->t1 && cc)
			np->code = join_agent(a, cc, agent->ph);
		/* "EU trade commissioner Peter Mandelson", "Nato Secretary
		** General George Robertson": an office the phrase gives an
		** international body is that body's, whatever else the
		** dictionary knows of the person */
		if (!s->petrarch && org && agent && !strncmp(org->ph->code, "IGO", 3) &&
		    org->t1 <= agent->t0 && agent->t1 <= person->t0 && !former)
			np->code = org->ph->code;
		/* PETRARCH: the possessor first ("Ithilen's minister Calimehtar":
		** ITHGOV, "Arnor's Elrond": ARN) */
		if (s->petrarch && possessive && country && country->t1 <= person->t0) {
			uint32_t q;
			int pos = 0;
			for (q = country->t1; q < person->t0; q++)
				if (tok[q].tag == PL_T_POS)
					pos = 1;
			if (pos)
				np->code = agent && agent->t0 > country->t1 ? join_agent(a, country->ph->code, agent->ph)
				                                           : country->ph->code;
		}
		np->file = person->ph->file;
		np->line = person->ph->line;
		np->how = PL_HOW_PEOPLE;
		/* later, the surname alone (or the family name first, as in "Wang
		** Yi") refers to the same person */
		{
			uint32_t q;
			for (q = person->t0; q < person->t1; q++)
				if ((tok[q].flags & PL_TOK_CAP) && tok[q].len >= 3)
					remember(ctx, tok[q].low, np->code, person->ph->file, person->ph->line);
		}
	} else if (org) {
		const char *cc = strlen(org->ph->code) == 3 ? org->ph->code : NULL;
		pl_place pl[1];
		np->code = (agent && cc) ? join_agent(a, cc, agent->ph) : org->ph->code;
		/* "Westminster's Cardinal Cormac Murphy-O'Connor": a body named
		** by its place is a place before a role of another kind; the
		** role of the place's country; a company or union that bears a
		** town's name ("Toyota president Shoichiro Toyoda") keeps its
		** officers, who are no state's */
		if (agent && !cc && !s->petrarch && org->t1 <= agent->t0 && country_of(a, org->ph->code) &&
		    !has_role(org->ph->code, agent->ph->code) && !has_role(org->ph->code, "BUS") &&
		    !has_role(org->ph->code, "LAB") &&
		    pl_places_find(s->gaz, tok, org->t0, org->t1, NULL, pl, 1) > 0 &&
		    pl->t0 == org->t0 && pl->t1 == org->t1)
			np->code = join_agent(a, country_of(a, org->ph->code), agent->ph);
		np->how = PL_HOW_PHRASE;
		np->file = org->ph->file;
		np->line = org->ph->line;
		/* "Japan's Export-Import Bank", "the Japanese EPA": a state's
		** body whose name another state gives its own body too is the
		** body of the state the phrase names right before it */
		const char *owned;
		if (!s->petrarch && country && (owned = owned_state_body(a, tok, country, org)) != NULL)
			np->code = owned;
		/* "Wilson told the House of Commons" in a story of Ottawa: a
		** name many states give their bodies is the body of the state of
		** the sentence's actor or the story's, when that state bears it
		** (shared_body_state); "the British House of Commons" is named */
		else if (!s->petrarch && !country &&
		         (owned = shared_body_state(tok, org, context_country(ctx))) != NULL) {
			np->code = join(a, owned, org->ph->code + 3);
			np->how = PL_HOW_CONTEXT;
		}
		/* "an Ivorian ICCO delegate", "Syrian U.N. envoy Omar Haddad": a
		** state's own envoy to an international body speaks for that
		** state, whose adjective the phrase gives (not "a French IMF
		** official", the body's own staff) */
		if (!s->petrarch && country && agent && state_envoy(tok, country, org, agent))
			np->code = join(a, country->ph->code, "GOV");
		if (!s->petrarch && agent && !former && !shadow &&
		    (gov = governing_office(s, ctx, tok, org, agent)) != NULL) {
			np->code = join(a, country_of(a, org->ph->code), "GOV");
			np->file = gov->file;
			np->line = gov->line;
		}
	} else if (country) {
		const char *nb = NULL;
		int head_title = 0;
		np->code = agent ? join_agent(a, country->ph->code, agent->ph) : country->ph->code;
		np->how = PL_HOW_PHRASE;
		if (!agent && !s->petrarch && !possessive && (nb = arms_of_state(s, tok, np, country)) != NULL)
			np->code = join(a, country->ph->code, nb);
		else if (!agent && !s->petrarch && (nb = national_body(s, tok, np, country, t1, &bh)) != NULL)
			np->code = join(a, country->ph->code, nb);
		else if (!agent && !s->petrarch && strlen(country->ph->code) == 3 &&
		         trade_noun_body(tok, np, country))
			np->code = join(a, country->ph->code, "BUS");
		/* "U.S. Shoe said", "American Savings said": a company whose name
		** begins with the country's word, named again without its legal
		** form (the article writes "U.S. Shoe Corp") */
		else if (!agent && !s->petrarch && strlen(country->ph->code) == 3 &&
		         (country->t0 == np->t0 || (country->t0 == np->t0 + 1 && tok[np->t0].tag == PL_T_DT)) &&
		         firm_words(ctx, tok, country->t1, np->t1))
			np->code = join(a, country->ph->code, "BUS");
		/* ("American Soybean Association President Dave Haggard": the
		** officer of a body of members is of its sector, not the state;
		** so is the body whose head the agents' dictionary reads as a
		** title, "the Malaysian Rubber Producers Council") */
		if (agent && !s->petrarch && agent->t0 > country->t1 &&
		    ((nb = member_body(tok, country->t1, agent->t0)) != NULL ||
		     (agent->t1 == np->t1 && agent->t1 == agent->t0 + 1 &&
		      (nb = member_body(tok, country->t1, agent->t1)) != NULL)))
			np->code = join(a, country->ph->code, nb);
		/* "An American Motors spokesman", "the U.S. Sugar chairman": the
		** officer of a company whose name begins with the country's
		** word, named so with its legal form in the article, or ending
		** in a company's name word ("American Motors president Joseph
		** Cappy", whose name may follow) */
		if (agent && !s->petrarch &&
		    ((agent->t1 == np->t1 && firm_words(ctx, tok, country->t1, agent->t0)) ||
		     firm_name_run(tok, country->t1, agent->t0) ||
		     (strlen(country->ph->code) == 3 && country->ph->kind == PL_A_COUNTRY &&
		      country_firm_name(s, tok, country->t1, agent->t0, m, nm, 3))) &&
		    (officer_title(lem(&tok[agent->t1 - 1])) || officer_word(lem(&tok[agent->t1 - 1]), &head_title)))
			np->code = join(a, country->ph->code, "BUS");
		/* (the name is the chunk's head: not "the U.S. budget deficit") */
		if (!agent && (country->ph->kind == PL_A_COUNTRY || country->ph->kind == PL_A_CAPITAL) &&
		    country->t1 == np->t1)
			np->place = country->ph->kind == PL_A_COUNTRY ? 1 : 2;
		/* PETRARCH stacks every role of the chunk around the country, in
		** the text's order: "An MSF Arnor diplomat" NGOARNGOV, "the
		** Danish Islamist media" DNKMUSMED */
		if (agent && s->petrarch) {
			const char *pre = "", *code = country->ph->code;
			int nag = 0;
			for (k = 0; k < nm; k++) {
				const mention *x = &m[k];
				if (x->t0 < np->t0 || x->t1 > np->t1 || x->ph->kind != PL_A_AGENT)
					continue;
				nag++;
				if (x->ph->role_first)
					pre = join(a, pre, x->ph->code);
				else
					code = join(a, code, x->ph->code);
			}
			if (nag > 1)
				np->code = join(a, pre, code);
		}
		np->file = (agent ? agent : country)->ph->file;
		np->line = (agent ? agent : country)->ph->line;
		if (agent) {
			np->file = country->ph->file;
			np->line = country->ph->line;
		}
	} else {
		/* "the country" points back to the last country named */
		int thecountry = 0;
		for (i = np->t0 + 1; i < np->t1; i++)
			if ((is(&tok[i], "country") || is(&tok[i], "nation")) &&
			    (is(&tok[i - 1], "the") || is(&tok[i - 1], "this")))
				thecountry = 1;
		/* (any country, one only spoken of too: "a court in Brazil ... the
		** country's former president") */
		if (thecountry && ctx->any_country && ctx->sent - ctx->any_country_sent <= 2) {
			np->code = agent ? join_agent(a, ctx->any_country, agent->ph) : ctx->any_country;
			np->how = PL_HOW_MEMORY;
			np->file = agent ? agent->ph->file : NULL;
			np->line = agent ? agent->ph->line : 0;
		} else if (agent && !s->petrarch && !former &&
		           (officer = titled_member_body(s, ctx, tok, np, agent, a, &bh)) != NULL) {
			/* "an Importers Association official": the body's officer */
			np->code = officer;
			np->agent_only = 0;
			np->how = PL_HOW_CONTEXT;
			np->file = bh ? bh->file : agent->ph->file;
			np->line = bh ? bh->line : agent->ph->line;
			officer = NULL;
		} else if (agent && (officer = officer_of(s, ctx, tok, np, agent, m, nm)) != NULL) {
			/* (a company of the country its legal form tells, "Acme
			** Co officials"; else of the article's country, when it
			** has one and no state was named in this sentence,
			** state_named_here) */
			pl_np name = *np;
			const char *cc;
			name.t1 = agent->t0;
			form = pl_eq(officer, "BUS") ? company_form(s, ctx, tok, &name) : NULL;
			cc = form ? form->role : pl_eq(officer, "BUS") && !state_named_here(ctx)
			                          ? article_country(ctx) : NULL;
			if (!cc && pl_eq(officer, "BUS") && story_firm(s, ctx, tok, &name))
				cc = ctx->story_cc;
			np->code = cc ? join(a, cc, officer) : officer;
			np->agent_only = pl_eq(officer, "BUS") && !cc;
			np->how = form ? PL_HOW_PHRASE : cc ? PL_HOW_CONTEXT
			        : pl_eq(officer, "BUS") ? PL_HOW_PHRASE : PL_HOW_MEMORY;
			np->file = form ? form->file : agent->ph->file;
			np->line = form ? form->line : agent->ph->line;
			company = form != NULL;
		} else if (agent && !s->petrarch && !former &&
		           (officer = possessor_body(s, ctx, tok, np, agent, m, nm, a, &k, &bh)) != NULL) {
			np->code = officer;
			np->agent_only = strlen(officer) == 3;
			np->how = k;
			np->file = k == PL_HOW_CONTEXT && bh ? bh->file : agent->ph->file;
			np->line = k == PL_HOW_CONTEXT && bh ? bh->line : agent->ph->line;
			officer = NULL;
		} else if (agent && !s->petrarch && pl_eq(agent->ph->code, "BUS") &&
		           (form = company_form(s, ctx, tok, np)) != NULL) {
			/* "Arvin Industries Inc": the legal form tells the country */
			company = 1;
			np->code = join(a, form->role, "BUS");
			np->how = PL_HOW_PHRASE;
			np->file = form->file;
			np->line = form->line;
		} else if (agent && !s->petrarch && !former && exchange_chunk(s, tok, np, agent, &where)) {
			/* "the New York Stock Exchange said": the exchange is a
			** business of its country */
			company = 1;
			np->code = join(a, where.country, "BUS");
			np->how = PL_HOW_PHRASE;
			np->file = where.file;
			np->line = where.line;
		} else if (agent && !s->petrarch && place_before_agent(s, ctx, tok, np, agent, &where)) {
			/* "Frankfurt dealers", "a New York banker": the city gives
			** the country */
			np->code = join_agent(a, where.country, agent->ph);
			np->city_role = 1;
			np->how = PL_HOW_PHRASE;
			np->file = where.file;
			np->line = where.line;
		} else if (agent && !s->petrarch && market_person(tok, np, agent) &&
		           market_of(s, ctx, tok, t0, t1, np, &where)) {
			/* "Gold fell on the LME, dealers said": the market's
			** country is its people's */
			np->code = join_agent(a, where.country, agent->ph);
			np->city_role = 1;
			np->market_role = 1;
			np->how = PL_HOW_PHRASE;
			np->file = where.file;
			np->line = where.line;
		} else if (agent && !s->petrarch && !former &&
		           exchange_before_title(s, tok, np->t0, agent->t0, agent, &where)) {
			/* "NYSE vice president Richard Torrenzano": the
			** exchange's officer, a business of its country */
			np->code = join(a, where.country, "BUS");
			np->how = PL_HOW_PHRASE;
			np->file = where.file;
			np->line = where.line;
			np->person = np->t1 > agent->t1;
		} else if (agent && !s->petrarch && !former && agent->t1 == np->t1 &&
		           (arms = arms_recalled(s, ctx, tok, np)) != NULL) {
			/* "the warplanes", "warships" after "Iraqi warplanes" */
			np->code = arms->code;
			np->how = PL_HOW_MEMORY;
			np->file = agent->ph->file;
			np->line = agent->ph->line;
		} else if (agent) {
			np->code = agent->ph->code;
			np->agent_only = 1;
			np->role_first = agent->ph->role_first;
			np->how = PL_HOW_PHRASE;
			np->unplaced = !s->petrarch && (unplaced_role(tok, t0, np, agent) ||
			                                     states_group_role(tok, t1, np, agent) ||
			                                     named_body_role(s, tok, t0, np, agent));
			/* (creditors: not of the debtor the article is about) */
			if (!s->petrarch && pl_eq(agent->ph->code, "BUS") && creditor_chunk(tok, np) && !ctx->firm.code)
				;
			/* (delegates at a meeting of a body of states: the body) */
			else if (!s->petrarch && !np->unplaced && (body = meeting_body(ctx, tok, np, agent)) != NULL)
				np->icode = body;
			else if (!s->petrarch && context_country(ctx) && !np->unplaced &&
			    !(pl_eq(agent->ph->code, "BUS") && state_named_here(ctx)))
				np->icode = join_agent(a, armed_role(agent->ph->code) &&
				                          ctx->any_country && ctx->any_country_sent == ctx->sent
				                          ? ctx->any_country : context_country(ctx), agent->ph);
			/* ("the bank", "a company spokesman": a business of the one
			** country its story points to, when no sentence tells one) */
			else if (!s->petrarch && !np->unplaced && pl_eq(agent->ph->code, "BUS") &&
			         (firm_noun(lem(&tok[np->t1 - 1])) || firm_noun(tok[np->t1 - 1].low)) &&
			         !state_named_here(ctx) &&
			         story_firm(s, ctx, tok, np))
				np->icode = join(a, ctx->story_cc, "BUS");
			/* ("the Navy said", "an Army spokesman", "the Finance
			** Ministry said": a body of the state named by its own
			** capitalised name is of the one country its story points
			** to, when no sentence tells one; a service of the forces
			** also by the bare dollars of its contracts alone, which
			** any state's ministry may write) */
			else if (!s->petrarch && !np->unplaced && (body = named_state_body(tok, np, agent)) &&
			         !state_named_here(ctx) && story_of(s, ctx) &&
			         (!ctx->story_weak || pl_eq(body, "MIL")))
				np->icode = join(a, ctx->story_cc, body);
			/* (a market's people the context left with no
			** country, "money traders said" four sentences after
			** "the Bank of Japan": the article's, at its end) */
			if (!s->petrarch && !np->icode && !np->unplaced && market_teller(tok, np, agent) &&
			    !state_named_here(ctx) && !own_base(tok, np, t1))
				np->market_bare = 1;
			const char *firm;
			if (!s->petrarch && np->icode &&
			    (firm = company_voice(s, ctx, tok, t0, np, agent, m, nm, a)) != NULL) {
				/* "Sony Corp ... a spokesman said": the company's
				** spokesman, not the government's */
				np->code = "BUS";
				np->icode = strlen(firm) > 3 ? firm : NULL;
			} else if (!s->petrarch && named_officer(tok, np, agent, m, nm) &&
			           (firm = firm_officer(s, ctx, tok, t0, np, m, nm, a)) != NULL &&
			           !other_state_here(firm, m, nm, a)) {
				/* "spokesman David Annesley", "president Jacques
				** Calvet" in a company's story: the officer of the
				** company (or union) named just before, as "Chairman
				** Sir John Egan" is; later "Annesley" too */
				np->code = firm;
				np->icode = NULL;
				np->agent_only = 0;
				np->how = PL_HOW_CONTEXT;
				np->person = 1;
				remember(ctx, tok[np->t1 - 1].low, np->code, NULL, 0);
			}
			if (!s->petrarch && on_strike(tok, t0, np, agent->ph)) {
				np->code = "LAB";
				np->role_first = 0;
				np->icode = context_country(ctx) ? join(a, context_country(ctx), "LAB") : NULL;
			}
			np->file = agent->ph->file;
			np->line = agent->ph->line;
		} else if (!s->petrarch && !agent && tok[np->t1 - 1].tag == PL_T_NNS &&
		           (arms = arms_recalled(s, ctx, tok, np)) != NULL) {
			/* "the jets" after "Israeli jets bombed" */
			np->code = arms->code;
			np->how = PL_HOW_MEMORY;
			np->file = arms->file;
			np->line = arms->line;
		} else if (company_in(tok, np) ||
		           (!s->petrarch && named_firm_chunk(ctx, tok, np, m, nm))) {
			const pl_phrase *arm;
			const char *mem, *file;
			uint32_t line;
			np->firm_named = !company_in(tok, np);
			form = s->petrarch ? NULL : company_form(s, ctx, tok, np);
			company = 1;
			/* "Standard Oil Co", "Acme Holdings Ltd": a business, of the
			** country its legal form tells ("Siemens AG"), else of none
			** the text says */
			np->code = form ? join(a, form->role, "BUS") : "BUS";
			np->agent_only = !form;
			np->how = PL_HOW_PHRASE;
			np->file = form ? form->file : NULL;
			np->line = form ? form->line : 0;
			/* (its national arm in the country that ends its name,
			** "Halvard Canada Corp"; else of the one country its whole
			** story points to) */
			if (!s->petrarch && (arm = arm_country(s, ctx, tok, np)) != NULL &&
			    strncmp(np->code, arm->code, 3)) {
				np->code = join(a, arm->code, "BUS");
				np->agent_only = 0;
				np->file = arm->file;
				np->line = arm->line;
			} else if (!form && !s->petrarch && story_firm(s, ctx, tok, np)) {
				np->code = join(a, ctx->story_cc, "BUS");
				np->agent_only = 0;
				np->how = PL_HOW_CONTEXT;
				np->story = 1;
			}
			/* (a name shown to be a company's and placed before, "Valmet"
			** after "Valmet, the French parts maker,": that company) */
			if (np->firm_named &&
			    ((mem = remembered(ctx, tok[np->t1 - 1].low, &file, &line)) != NULL ||
			     (mem = remembered(ctx, tok[np->t0].low, &file, &line)) != NULL) &&
			    strlen(mem) >= 6 && plays_role(mem, "BUS")) {
				np->code = mem;
				np->agent_only = 0;
				np->how = PL_HOW_MEMORY;
				np->story = 0;
				np->file = file;
				np->line = line;
			}
		} else if (!s->petrarch && !former &&
		           (officer = titled_possessor(s, ctx, tok, np, m, nm, a, &k, &bh)) != NULL) {
			np->code = officer;
			np->agent_only = strlen(officer) == 3;
			np->how = k;
			np->file = bh->file;
			np->line = bh->line;
			officer = NULL;
		} else if (surname || surname_at_end(tok, np) || name_part_chunk(ctx, tok, np)) {
			const char *file = NULL;
			const pl_phrase *ph;
			uint32_t line = 0;
			if (surname || name_part_chunk(ctx, tok, np))
				np->person = 1;
			const char *c = remembered(ctx, tok[np->t1 - 1].low, &file, &line);
			if (c && not_her_memory(s, ctx, tok, np->t0, np->t1, file, line))
				c = NULL;
			if (c) {
				np->code = c;
				np->how = PL_HOW_MEMORY;
				np->file = file;
				np->line = line;
			} else if (!s->petrarch && plain_title(tok, np) && context_country(ctx) &&
			           (ph = sole_holder(s, ctx, tok[np->t1 - 1].low, context_country(ctx))) != NULL &&
			           !not_her_memory(s, ctx, tok, np->t0, np->t1, ph->file, ph->line)) {
				np->code = ph->code;
				np->how = PL_HOW_PEOPLE;
				np->file = ph->file;
				np->line = ph->line;
				np->person = 1;
				remember(ctx, tok[np->t1 - 1].low, np->code, ph->file, ph->line);
			} else if (!s->petrarch && ((c = firm_officer(s, ctx, tok, t0, np, m, nm, a)) != NULL ||
			                            (c = headed_body(s, ctx, tok, np, m, nm, a)) != NULL)) {
				/* "Chairman Sir John Egan" of the company just named,
				** "Sears chairman Edward Brennan", "Committee Chairman
				** Patrick Leahy": the head of the body his title goes
				** with; later "Egan", "Brennan" too */
				np->code = c;
				np->how = PL_HOW_CONTEXT;
				np->person = 1;
				remember(ctx, tok[np->t1 - 1].low, np->code, NULL, 0);
			} else if (!s->petrarch && titled_name(tok, np) && context_country(ctx) &&
			           !after_own_speech(ctx, tok, t0, np)) {
				/* "Mr Leigh", "Prof Lovenduski": a person the
				** dictionaries do not know is of the article's country
				** (a peer's title is marked for step 3z) */
				np->code = context_country(ctx);
				np->peer = !former && peer_title(tok, np);
				np->how = PL_HOW_CONTEXT;
				np->person = 1;
			} else if (!s->petrarch && (surname || given_name(s, tok, np) < np->t1) &&
			           article_country(ctx)) {
				/* "author Philippe Dane", "Frederick Holt": so is one
				** named by a given name, once the article has a country
				** (one the phrase gives, "French novelist Anne Roux", is
				** a country mention and wins above); later "Holt" too */
				np->code = article_country(ctx);
				np->how = PL_HOW_CONTEXT;
				np->person = 1;
				remember(ctx, tok[np->t1 - 1].low, np->code, NULL, 0);
			}
		} else if (!s->petrarch && possessive) {
			/* "Mr Howard's stance": an owner named by a surname met
			** before (the possessive block below keeps it apart) */
			pl_np own = *np;
			const char *c, *file = NULL;
			uint32_t line = 0;
			for (own.t1 = np->t0; own.t1 < np->t1 && tok[own.t1].tag != PL_T_POS; own.t1++)
				;
			if (own.t1 > own.t0 && own.t1 + 1 < np->t1 && tok[own.t1 - 1].tag == PL_T_NNP &&
			    (own.t1 - own.t0 == 1 || titled_name(tok, &own)) &&
			    (c = remembered(ctx, tok[own.t1 - 1].low, &file, &line)) != NULL &&
			    !not_her_memory(s, ctx, tok, own.t0, own.t1, file, line)) {
				np->code = c;
				np->how = PL_HOW_MEMORY;
				np->file = file;
				np->line = line;
			}
		}
	}
	/* "provincial treasurer Dick Jones", "the state government",
	** "Florida state archivist Jody Norman": an office of a province or a
	** federal state is its country's government (or legislature, or
	** court), not the bare country nor a business (regional_office) */
	if (!s->petrarch && !person && !org && !former &&
	    (!np->code || np->agent_only || (strlen(np->code) == 3 && !agent))) {
		const char *role, *cc;
		pl_place reg;
		if ((role = regional_office(s, ctx, tok, np, &cc, &reg)) != NULL && cc &&
		    !(np->code && !strncmp(np->code, cc, 3) && !strcmp(np->code + 3, role))) {
			np->code = join(a, cc, role);
			np->agent_only = 0;
			np->icode = NULL;
			np->unplaced = 0;
			np->how = reg.file ? PL_HOW_PHRASE : PL_HOW_CONTEXT;
			/* (the region's line is the evidence when no role word
			** of the dictionary's is: "Texas governor" keeps its) */
			if (reg.file && !agent) {
				np->file = reg.file;
				np->line = reg.line;
			}
		}
	}
	/* (a body whose name a role word only describes, that nothing else
	** above coded, has the role its head tells, of the context's
	** country: "the Public Utility Commission" acts for the state) */
	if (!np->code && named_head) {
		np->code = named_head->role;
		np->agent_only = 1;
		np->how = PL_HOW_PHRASE;
		np->icode = context_country(ctx) ? join(a, context_country(ctx), named_head->role) : NULL;
		np->file = named_head->file;
		np->line = named_head->line;
	}
	if (former && np->code) {
		if (np->agent_only) {
			/* (and with the context's country, "former education
			** secretary Estelle Morris" is that country's elite, not
			** its government) */
			const char *icc = np->icode ? country_of(a, np->icode) : NULL;
			np->code = "ELI";
			np->icode = icc ? join(a, icc, "ELI") : NULL;
		}
		else if (country && !person && !org)
			np->code = join(a, country->ph->code, "ELI");
		/* (a body of a state, "former Labour MP Jo Hill", "a former
		** KGB officer": the tie is past, and the person is one of the
		** country's elites, as a former minister is, not the body's) */
		else if (org && !person)
			np->code = left_body(a, org->ph->code);
	}
	if (shadow && !former && !(person && !out_of_office_here(ctx, person->ph)) &&
	    (np->code || context_country(ctx))) {
		/* (a bare role with no country, "GOV" for "secretary to the
		** Treasury", is no country: the context's, if any) */
		const char *cc = np->code && !(np->agent_only && !np->icode)
		                 ? country_of(a, np->agent_only ? np->icode : np->code)
		                 : context_country(ctx);
		if (!np->code) {
			np->how = PL_HOW_CONTEXT;
			np->person = surname_at_end(tok, np);
		}
		if (np->agent_only) {
			np->code = "OPP";
			np->icode = cc ? join(a, cc, "OPP") : NULL;
		} else if (cc) {
			np->code = join(a, cc, "OPP");
		}
		/* (later, "Mr Davey" is the same front-bencher) */
		if ((np->agent_only ? np->icode : np->code) && np->t1 - np->t0 >= 3 && surname_at_end(tok, np) &&
		    tok[np->t1 - 2].tag == PL_T_NNP)
			remember(ctx, tok[np->t1 - 1].low, np->agent_only ? np->icode : np->code, np->file, np->line);
	}
	/* "Trump's desk", "Netanyahu's insistence", "Israel's attack": a thing
	** of an actor, not the actor.  The possessor's code is kept apart (an
	** event noun takes it as its source). */
	if (np->code && possessive) {
		uint32_t h = np->t1 - 1;
		int inmention = 0;
		for (k = 0; k < nm; k++)
			if (h >= m[k].t0 && h < m[k].t1)
				inmention = 1;
		/* "Gondor's Prime Minister Falastur": a role after the possessor
		** makes the chunk that country's official */
		int role_after = 0;
		if (agent && country && !person && !org) {
			uint32_t q;
			for (q = country->t1; q < agent->t0; q++)
				if (tok[q].tag == PL_T_POS)
					role_after = 1;
		}
		/* "Coca-Cola Co's Entertainment Business Sector Inc unit": a
		** company's company */
		int subsidiary = company && ((tok[h].flags & PL_TOK_CAP) || pl_eq(lem(&tok[h]), "unit") ||
		                             pl_eq(lem(&tok[h]), "subsidiary") || pl_eq(lem(&tok[h]), "division"));
		/* "the Liberal Democrats' Ann Hill", "Unison's Dave Prentis": a
		** person the dictionaries do not know, named as the body's own */
		int member = 0;
		if (org && !person && !s->petrarch) {
			uint32_t q = np->t1;
			while (q > np->t0 && (tok[q - 1].tag == PL_T_NNP || tok[q - 1].tag == PL_T_NN) &&
			       (tok[q - 1].flags & PL_TOK_CAP) &&
			       !(tok[q - 1].flags & PL_TOK_ALLCAP))
				q--;
			member = !inmention && q > np->t0 && tok[q - 1].tag == PL_T_POS && q - 1 >= org->t1 &&
			         np->t1 - q >= 2 && np->t1 - q <= 3;
			if (member)
				remember(ctx, tok[np->t1 - 1].low, np->code, np->file, np->line);
		}
		/* "the charity's chief", "the army's head": a title that
		** speaks for any body is the possessor's man */
		int title = !s->petrarch && generic_title(lem(&tok[h]));
		/* "Liverpool's Bishop James Jones": a role after the possessor
		** and a name after the role make the chunk the person */
		int named = 0;
		if (agent && !person && !s->petrarch && agent->t1 < np->t1 && tok[agent->t1 - 1].tag != PL_T_POS) {
			uint32_t q;
			int pos = 0;
			for (q = np->t0; q < agent->t0; q++)
				if (tok[q].tag == PL_T_POS)
					pos = 1;
			/* (a person's name: a given name first, "the EC's Executive
			** Commission" is none) */
			named = pos && given_name(s, tok, np) == agent->t1;
		}
		/* "China's quality control agency", "the country's space
		** agency": a body a state owns and no dictionary names speaks
		** and acts for its government */
		int organ = 0;
		/* (and one of an international body is that body: "the UN's
		** refugee agency") */
		int igo = org && !strncmp(np->code, "IGO", 3) && !country;
		if (!s->petrarch && !agent && !person && (!org || igo) && !inmention &&
		    (strlen(np->code) == 3 || igo) && tok[h].tag == PL_T_NN && state_organ(lem(&tok[h]))) {
			uint32_t q = np->t0;
			while (q < h && tok[q].tag != PL_T_POS)
				q++;
			/* (the country or body right before the possessive:
			** "China's", "the country's") */
			organ = q < h && q > np->t0 &&
			        (igo ? org->t1 == q
			         : country ? country->t1 == q
			                   : np->how == PL_HOW_MEMORY && (is(&tok[q - 1], "country") ||
			                                                  is(&tok[q - 1], "nation")));
		}
		if (organ) {
			if (!igo)
				np->code = join(a, np->code, "GOV");
			np->how = PL_HOW_PHRASE;
		} else if (!inmention && !role_after && !subsidiary && !member && !title && !named &&
		    tok[h].tag != PL_T_POS && !(!s->petrarch && country && members_name(tok, np, country))) {
			np->poss_code = np->code;
			/* "the army's arrest": the bare role's country from the context */
			if (np->agent_only && np->icode && !s->petrarch) {
				np->poss_code = np->icode;
				np->how = PL_HOW_CONTEXT;
			}
			np->code = NULL;
			np->agent_only = 0;
		}
	}
	if (!s->petrarch && !np->code && !possessive && modifier)
		modifier_owner(s, ctx, tok, np, modifier, a);
	if (!np->code && np->t1 - np->t0 == 1 && is_pronoun(&tok[np->t0]))
		np->pronoun = 1;
	/* "House Banking committee chairman Fernand St Germain": a bare country,
	** or none but the context's, is its legislature's (LEG), for later
	** mentions too */
	/* (the committee test first: country_of() takes arena memory) */
	if (!s->petrarch && !np->pronoun && legislature_committee(tok, t0, np) &&
	    ((np->code && strlen(np->code) == 3 && country_of(a, np->code) &&
	      !strcmp(country_of(a, np->code), np->code)) ||
	     (!np->code && context_country(ctx)))) {
		if (!np->code) {
			np->code = context_country(ctx);
			np->how = PL_HOW_CONTEXT;
			np->person = surname_at_end(tok, np) && tok[np->t1 - 2].tag == PL_T_NNP;
		}
		np->code = join(a, np->code, "LEG");
		if (np->person && surname_at_end(tok, np))
			remember(ctx, tok[np->t1 - 1].low, np->code, NULL, 0);
	}
	/* a named person described by an organisation or role ("State Department
	** spokesman Matthew Miller"): remember the surname for later mentions */
	if (np->code && !np->agent_only && !person && np->t1 - np->t0 >= 3 &&
	    surname_at_end(tok, np) && tok[np->t1 - 2].tag == PL_T_NNP) {
		int inmention = 0;
		for (k = 0; k < nm; k++)
			if (np->t1 - 1 >= m[k].t0 && np->t1 - 1 < m[k].t1)
				inmention = 1;
		if (!inmention && !np->agent_only)
			remember(ctx, tok[np->t1 - 1].low, np->code, np->file, np->line);
	}
	/* "Euro MP Robert Kilroy-Silk": a bare role before a name is kept for
	** later mentions when the context's country is the article's (one named
	** near by, "an MEP said Germany ...", says nothing of the MEP's), as for
	** "Hazel Smith, the minister,"; not a business role ("analyst John
	** Smith" says for whom only elsewhere) */
	if (np->agent_only && np->icode && !s->petrarch && strcmp(np->code, "BUS") &&
	    article_country(ctx) && !strncmp(np->icode, article_country(ctx), 3) &&
	    np->t1 - np->t0 >= 3 && surname_at_end(tok, np) && tok[np->t1 - 2].tag == PL_T_NNP &&
	    given_name(s, tok, np) < np->t1)
		remember(ctx, tok[np->t1 - 1].low, np->icode, np->file, np->line);
	/* (a business's bare role word inside the firm's name, "Chase
	** Manhattan Bank (Ireland)", is a word of the name) */
	if (!s->petrarch && np->code && !possessive && !person && country &&
	    (!agent || (org && agent->t0 >= org->t1 && agent->t1 == agent->t0 + 1 && pl_eq(agent->ph->code, "BUS"))))
		company_country(s, tok, np, org, country, a);
	if (!s->petrarch && !possessive)
		remember_firm_name(ctx, tok, np, m, nm);
	/* a city where two other countries meet ("Iran and the United States
	** held talks in Vienna") does not make its country the one the
	** article is about */
	/* (nor a company given the article's country by guess, nor one its
	** legal form gives a country: "Acme Inc" is no mention of the US) */
	if (np->code && !np->agent_only && !company && !np->city_role &&
	    !(np->place == 2 && country && country->neutral) &&
	    !(officer && np->how == PL_HOW_CONTEXT) &&
	    !(strlen(np->code) >= 6 && strstr(np->code + 3, "MED") && !s->petrarch) &&
	    !(org && !country && strlen(np->code) >= 6 && !strcmp(np->code + 3, "EDU") && !s->petrarch)) {
		/* (nor does a news outlet: "Reuters reported"; nor a university
		** by name: "a professor at Harvard" quoted in a story of Britain) */
		const char *cc = country_of(a, np->code);
		if (cc) {
			if (s->petrarch) {
				ctx->last_country = cc;
				ctx->last_country_sent = ctx->sent;
				ctx->cc_ok = 0;
			} else {
				/* "asked about France, the home secretary said": a
				** country spoken of is not the one whose offices the
				** sentence names; it counts for the article only */
				int last = !spoken_of(tok, np, t0);
				note_country(ctx, cc, last);
				if (last) {
					ctx->last_bare = strlen(np->code) == 3;
					ctx->last_state = np->place == 1 && !opened_quote(tok, t0, np->t0) &&
					                  !(np->t0 > t0 && is(&tok[np->t0 - 1], "of"));
				}
			}
		}
	}
	/* ("Iraqi warplanes", "its warplanes": arms of a state's forces, however
	** coded, are the ones a later "the planes" recalls) */
	if (!s->petrarch && !possessive && np->code && !(tok[np->t1 - 1].flags & PL_TOK_CAP) &&
	    pl_tok_get_lem(&s->arms, &tok[np->t1 - 1])) {
		const char *c = np->agent_only ? np->icode : np->code;
		if (c && strlen(c) == 6 && !strcmp(c + 3, "MIL"))
			mem_add(ctx, arms_key, c, np->file, np->line, PL_MEM_ARMS);
	}
	/* (a sum in a country's money counts for the context, yet acts in no
	** event: "Carling agreed to contribute 5.0 mln Canadian dlrs") */
	if (money) {
		np->code = np->icode = np->acode = NULL;
		np->agent_only = 0;
	}
	return 0;
}

static int is_aux(const char *lemma)
{
	return pl_eq(lemma, "be") || pl_eq(lemma, "have") || pl_eq(lemma, "do") ||
	       pl_eq(lemma, "get");
}

/* Verbs of commitment before "to": "decided to", "agreed to", "plans to". */
static int commits(const char *lemma)
{
	static const char *const w[] = {"decide", "agree", "plan", "intend", "pledge", "promise",
		"vow", "commit", "resolve", "offer", "undertake", "prepare", "want", "wish", "hope",
		"seek", "aim", NULL};
	return pl_in_list(lemma, w);
}

/* Is chunk q, the object of verb group pv, a thing pv uses as a means
** ("used his speech", "employed a lawyer")?  Then an infinitive after it
** is pv's subject's purpose. */
static int used_means(const pl_token *tok, const pl_sentan *out, const pl_vg *pv, int q)
{
	static const char *const w[] = {"use", "employ", NULL};
	/* "opened fire to disperse the crowd", "fired shots to scatter
	** them", "fired tear gas to break up the rally": a weapon's fire,
	** whatever the verb, is the means of the one who fires */
	static const char *const fire[] = {"fire", "shot", "gas", "bullet", "round", "cannon",
		"grenade", NULL};
	const pl_np *np = &out->np[q];
	if (np->code || np->person || np->pronoun)
		return 0;
	return pl_in_list(lem(&tok[pv->v]), w) || pl_in_list(lem(&tok[np->t1 - 1]), fire);
}

/* "the Hizbollah (Party of God) group declared", "the Gulf Cooperation
** Council (GCC) ministers": a bare noun of a body or its people right
** after a gloss in brackets ends the name before the brackets, which is
** the subject (chunk q is that noun; the name's chunk, or q).  Not a
** thing ("the Telephone Preference Service (TPS) lists"). */
static int name_before_gloss(const pl_token *tok, const pl_sentan *out, int q, uint32_t t0)
{
	static const char *const body[] = {"group", "movement", "party", "organisation",
		"organization", "faction", "militia", "rebel", "guerrilla", "fighter", "council",
		"board", "union", "alliance", "coalition", "government", "minister", "official",
		"leader", "leadership", "delegate", NULL};
	const pl_np *np = &out->np[q];
	uint32_t b;
	int n;
	if (np->t1 != np->t0 + 1 || np->t0 < t0 + 4 || !is(&tok[np->t0 - 1], ")") ||
	    (tok[np->t0].tag != PL_T_NN && tok[np->t0].tag != PL_T_NNS) ||
	    !pl_in_list(lem(&tok[np->t0]), body))
		return q;
	for (b = np->t0 - 2; b > t0 + 1 && b + 8 > np->t0 && !is(&tok[b], "("); b--)
		;
	if (!is(&tok[b], "(") || tok[b - 1].tag != PL_T_NNP || (n = out->np_of[b - 1 - t0]) < 0 ||
	    out->np[n].t1 != b)
		return q;
	/* (a name the tagger read a verb into is no safe subject) */
	for (b = out->np[n].t0; b < out->np[n].t1; b++)
		if (PL_TAG_IS_VERB(tok[b].tag))
			return q;
	return n;
}

/* Does a "that" clause follow verb group g ("not willing to accept that
** the old ways are over": a fact not taken in, no proposal refused)? */
static int fact_after(const pl_token *tok, const pl_sentan *out, const pl_vg *g)
{
	return g->t1 < out->t1 && is(&tok[g->t1], "that");
}

/* Verbs that begin, resume or go on with the act of a gerund after them. */
static int aspect_verb(const char *lemma)
{
	static const char *const w[] = {"resume", "continue", "start", "begin", "keep", NULL};
	return pl_in_list(lemma, w);
}

/* Words of will, or of what is to come, between "be" and "to" + verb: "is
** ready to release", "are willing to talk", "is prepared to lift the ban",
** "is committed to", "is due to visit" (not a forecast: "is expected to"). */
static int willing(const char *lemma)
{
	static const char *const w[] = {"ready", "willing", "prepared", "prepare", "determined",
		"determine", "eager", "keen", "committed", "commit", "due", "set", "poised",
		"schedule", "scheduled", NULL};
	return pl_in_list(lemma, w);
}

/* Is token t an adverb that may stand inside a verb group: any plain
** adverb, and "earlier" or "later" of time ("having earlier criticised the
** decision", "had earlier said"), tagged as comparatives. */
static int adverb_in_group(const pl_token *t)
{
	return t->tag == PL_T_RB || (t->tag == PL_T_RBR && (is(t, "earlier") || is(t, "later")));
}

/* Do adverbs from tok[j] lead to a verb or "not" ("did not even ever
** clash", "has recently been")? */
static int adverbs_to_verb(const pl_token *tok, uint32_t j, uint32_t t1)
{
	uint32_t k;
	/* "was heavily and unjustly criticized" too */
	for (k = j; k < t1 && k < j + 5 && (adverb_in_group(&tok[k]) ||
	     ((is(&tok[k], "and") || is(&tok[k], "but")) && k + 1 < t1 && tok[k + 1].tag == PL_T_RB)); k++)
		if (adverb_in_group(&tok[k]) && k + 1 < t1 &&
		    (PL_TAG_IS_VERB(tok[k + 1].tag) || is(&tok[k + 1], "not")))
			return 1;
	return 0;
}

/* Nouns that make a chunk a stretch or point of time ("for years", "in
** the past", "at one point", "over the last decade"). */
static int time_noun(const char *lemma)
{
	static const char *const w[] = {"year", "decade", "month", "week", "day", "time", "past",
		"point", "stage", "while", "generation", "age", "moment", NULL};
	return pl_in_list(lemma, w);
}

/* The end of a phrase of time that starts at tok[j] and may stand between
** an auxiliary and its verb ("have for years accused", "has since 1997
** opposed", "had at one point threatened", "has in the past called for",
** "has until now refused", "will on Monday announce"), or 0: a date, or
** a preposition of time and a time word, or a chunk headed by a time noun
** or a year. */
static uint32_t time_insert_end(const pl_token *tok, const pl_sentan *out, uint32_t j, uint32_t t1)
{
	static const char *const preps[] = {"for", "since", "in", "at", "over", "during", "until",
		"till", "by", NULL};
	static pl_wordset preps_set = PL_WORDSET(preps);
	const pl_token *h;
	uint32_t e;
	int q;
	/* a date the date reader found ("will on Monday announce", "will
	** tomorrow unveil") */
	if (out->skip[j - out->t0] == 1) {
		for (e = j; e < t1 && e < j + 6 && out->skip[e - out->t0] == 1; e++)
			;
		return e;
	}
	if (j + 1 >= t1 || tok[j].tag != PL_T_IN || !pl_in_set(&preps_set, tok[j].low))
		return 0;
	if (is(&tok[j + 1], "now") || is(&tok[j + 1], "then") || is(&tok[j + 1], "long"))
		return j + 2;
	q = out->np_of[j + 1 - out->t0];
	if (q < 0 || out->np[q].t0 != j + 1 || out->np[q].t1 - out->np[q].t0 > 5 || out->np[q].code)
		return 0;
	h = &tok[out->np[q].t1 - 1];
	if (time_noun(lem(h)) || (h->tag == PL_T_CD && h->len == 4 && h->s[0] >= '1' && h->s[0] <= '2'))
		return out->np[q].t1;
	return 0;
}

/* Does a phrase of time inserted at tok[j], after the auxiliary or modal
** tok[v], lead to the verb of the group ("have for years accused", "has,
** since 1997, opposed")?  A
** perfect's "have" wants a participle (or an -ed form taken for a past
** tense), "be" a participle or an -ing form, a modal a bare verb.
** Returns the verb's token, or 0. */
static uint32_t time_insert(const pl_token *tok, const pl_sentan *out, uint32_t v, uint32_t j,
                            uint32_t t1)
{
	uint32_t e;
	int t;
	/* set off by commas: "has, for years, opposed" */
	if (is(&tok[j], ",") && j + 1 < t1) {
		e = time_insert_end(tok, out, j + 1, t1);
		if (!e || e >= t1 || !is(&tok[e], ","))
			return 0;
		e++;
	} else {
		e = time_insert_end(tok, out, j, t1);
	}
	if (!e || e >= t1 || out->np_of[e - out->t0] >= 0)
		return 0;
	t = tok[e].tag;
	if (tok[v].tag == PL_T_MD)
		return t == PL_T_VB ? e : 0;
	if (pl_eq(lem(&tok[v]), "have"))
		return t == PL_T_VBN || (t == PL_T_VBD && tok[e].len > 3 && pl_eq(tok[e].low + tok[e].len - 2, "ed")) ?
		       e : 0;
	if (pl_eq(lem(&tok[v]), "be"))
		return t == PL_T_VBN || t == PL_T_VBG ? e : 0;
	return 0;
}

/* A preposition that ties a chunk to the one before it ("the leader of
** Egypt", "talks with Hamas"), not one that opens a clause ("five years
** after crowds burned ..."). */
static int of_like(const pl_token *t)
{
	static const char *const r[] = {"of", "for", "from", "in", "at", "on", "with", "between",
		"among", "against", "to", NULL};
	return pl_in_list(t->low, r);
}

/* Is token t the "to" after a chunk np headed by an envoy's title ("the
** French ambassador to Washington", "Pakistan's High Commissioner to
** Britain", "Britain's envoy to the UN")?  The envoy acts, for the state
** that sent them, not the place named after "to". */
static int envoy_to(const pl_token *tok, const pl_np *np, uint32_t t)
{
	static const char *const r[] = {"ambassador", "envoy", "commissioner", "consul",
		"emissary", "attache", "representative", "delegate", "delegation", "mission",
		"chargé", "charge", NULL};
	return np->t1 == t && is(&tok[t], "to") && pl_in_list(lem(&tok[np->t1 - 1]), r);
}

/* Is token t the "to" after a chunk np headed by a title of one who
** serves another ("the chief secretary to the Treasury", "an adviser to
** the prime minister", "a spokesman to the family")?  The one who serves
** speaks, not the body or person served.  An envoy's "to" is envoy_to. */
static int serving_to(const pl_token *tok, const pl_np *np, uint32_t t)
{
	static const char *const r[] = {"secretary", "adviser", "advisor", "aide", "assistant",
		"spokesman", "spokeswoman", "spokesperson", "counsel", "counsellor", "consultant",
		"solicitor", "lawyer", "deputy", NULL};
	return np->t1 == t && is(&tok[t], "to") && pl_in_list(lem(&tok[np->t1 - 1]), r);
}

static int is_stative(const char *lemma)
{
	static const char *const r[] = {"oppose", "commit", "dedicate", "devote", "determine",
		"prepare", "resign", "entitle", "accustom", "dispose", "inclined", NULL};
	static pl_wordset r_set = PL_WORDSET(r);
	return pl_in_set(&r_set, lemma);
}

static const char *const reporting_verbs[] = {"say", "tell", "state", "add", "announce", "declare",
	"insist", "claim", "note", "stress", "explain", "warn", "write", "report", "argue",
	"assert", "acknowledge", "admit", "confirm", "deny", "suggest", "believe", "think",
	"allege", "maintain", "predict", "reply", "respond", "remark", "comment", NULL};
static pl_hash reporting_set;   /* the same, as a set, made once */
static int reporting_ok;
static pthread_once_t reporting_once = PTHREAD_ONCE_INIT;

/* The same words' slots (pl_word_slot), which turn away nearly every other
** verb by its first three bytes before a look-up in the set. */
static uint64_t reporting_slots[PL_WORD_SLOTS / 64];

static void build_reporting(void)
{
	const char *const *v;
	reporting_ok = pl_list_to_set(&reporting_set, reporting_verbs) == 0;
	for (v = reporting_verbs; *v; v++) {
		uint32_t b = pl_word_slot(*v);
		reporting_slots[b / 64] |= (uint64_t)1 << (b % 64);
	}
}

int pl_vg_of(const pl_sentan *an, uint32_t v)
{
	int k;
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].v == v)
			return k;
	return -1;
}

unsigned pl_tok_modal(const pl_token *t)
{
	static const char *const words[] = {
		"should", "would", "could", "might", "may", "must", "ought", "can", "will", "shall",
		"'d", "'ll", NULL
	};
	static pl_wordset set = PL_WORDSET(words);   /* (asked of each word) */
	if (t->tag == PL_T_MD)
		return pl_eq(t->low, "will") || pl_eq(t->low, "'ll") ? PL_MOD_WILL
		       : pl_eq(t->low, "shall") ? PL_MOD_SHALL : PL_MOD_OTHER;
	return pl_in_set(&set, t->low) ? PL_MOD_WORD : 0;
}

unsigned pl_vg_modals(const pl_token *tok, const pl_vg *g)
{
	unsigned m = 0;
	uint32_t j;
	for (j = g->t0; j < g->v; j++)
		m |= pl_tok_modal(&tok[j]);
	return m;
}

int pl_other_sense_particle(const pl_token *tok, const pl_vg *g, uint32_t t1)
{
	if (!g->particle || !(pl_eq(g->particle, "up") || pl_eq(g->particle, "off") ||
	                      pl_eq(g->particle, "down")))
		return 0;
	return !(g->t1 < t1 && (tok[g->t1].tag == PL_T_CD || pl_eq(tok[g->t1].low, "to")));
}

/* Verbs that report only with a clause after them: saying again or with
** weight, a finding, a reminder ("reiterated that Libya must ...", "the
** forum concluded that ...", "reminded Iraq that it must ...").  With an
** object they are acts on a thing ("reiterated its demand", "concluded
** a deal", "underlined the problems"). */
static const char *const clause_verbs[] = {"reiterate", "restate", "reaffirm", "emphasise",
	"emphasize", "underline", "underscore", "conclude", "remind", NULL};
static pl_wordset clause_verb_set = PL_WORDSET(clause_verbs);

/* Does verb group g (a verb of clause_verbs) report: "that" right after
** it, after a time or place, or after the hearer of "remind" ("reminded
** Iraq that"), or nothing after it in its clause ("..., he reiterated.")?
** An object first is a thing acted on ("reiterated its demand that"). */
static int reports_clause(const pl_token *tok, const pl_vg *g, uint32_t t1)
{
	uint32_t j = g->t1;
	if (!pl_in_set(&clause_verb_set, lem(&tok[g->v])))
		return 0;
	if (j >= t1 || tok[j].tag == PL_T_PP || tok[j].tag == PL_T_PPC || tok[j].tag == PL_T_PPS)
		return 1;
	/* (a time or a place between: "concluded on Saturday that") */
	if (pl_eq(lem(&tok[g->v]), "remind") || tok[j].tag == PL_T_IN || tok[j].tag == PL_T_RB ||
	    tok[j].tag == PL_T_NNP)
		while (j < t1 && j < g->t1 + 5 && !is(&tok[j], "that") && !PL_TAG_IS_VERB(tok[j].tag))
			j++;
	return j < t1 && is(&tok[j], "that");
}

/* Is token t's lemma a reporting verb?  (asked of every verb group: a
** look-up in a set costs less than a walk of the list's thirty words, most
** often to its end) */
static int is_reporting(const pl_token *t)
{
	pthread_once(&reporting_once, build_reporting);
	if (!reporting_ok)
		return pl_in_list(lem(t), reporting_verbs);
	return pl_slot_has(reporting_slots, lem(t)) && pl_tok_get_lem(&reporting_set, t) != NULL;
}

/* Ends a clause: sentence punctuation, ";" or ":", or the closing quote of
** quoted speech (",\"" or ".\"") -- not a quote mark around a phrase. */
/* The token after the last member of chunk q's compound. */
static uint32_t group_end_tok(const pl_sentan *out, int q)
{
	uint32_t e = out->np[q].t1;
	int m;
	for (m = q + 1; m < out->nnp && out->np[m].group == out->np[q].group; m++)
		e = out->np[m].t1;
	return e;
}

/* Is t a word that names a stretch of time ("year", "Monday", "May")? */
static int time_unit(const pl_token *t)
{
	static const char *const w[] = {"year", "years", "month", "months", "week", "weeks", "day",
		"days", "decade", "decades", "weekend", "night", "morning", "evening", "summer", "spring",
		"autumn", "winter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday", NULL};
	int i;
	for (i = 0; w[i]; i++)
		if (is(t, w[i]))
			return 1;
	return 0;
}

/* The token after a time phrase starting at i ("last year", "two years
** ago", "ago" after a chunk that took "several years", "yesterday", "on
** Monday", "in 2012"), else i.  A time phrase ends a relative clause
** without being a chunk of its own: "the minister who met the envoy last
** year criticised the plan". */
static uint32_t after_time_phrase(const pl_token *tok, uint32_t i, uint32_t t1)
{
	if (i >= t1)
		return i;
	if (is(&tok[i], "ago") || is(&tok[i], "yesterday") || is(&tok[i], "recently") ||
	    is(&tok[i], "earlier") || is(&tok[i], "previously"))
		return i + 1;
	if (i + 1 < t1 && (is(&tok[i], "last") || is(&tok[i], "this") || is(&tok[i], "next")) &&
	    time_unit(&tok[i + 1]))
		return i + 2;
	if (i + 2 < t1 && (tok[i].tag == PL_T_CD || is(&tok[i], "a") || is(&tok[i], "several") ||
	    is(&tok[i], "few") || is(&tok[i], "many")) && time_unit(&tok[i + 1]) && is(&tok[i + 2], "ago"))
		return i + 3;
	if (i + 1 < t1 && is(&tok[i], "on") && time_unit(&tok[i + 1]) && !is(&tok[i + 1], "day"))
		return i + 2;
	if (i + 1 < t1 && is(&tok[i], "in") && tok[i + 1].tag == PL_T_CD && strlen(tok[i + 1].low) == 4)
		return i + 2;
	return i;
}

/* Where chunk q's tail ends, taking in the time phrases and the
** prepositional phrases ("in Baghdad") after it, up to token lim: the
** chunk a subject search found ends a relative clause when this is the
** verb ("the man who attacked a soldier in Baghdad was arrested"). */
static uint32_t chunk_tail_end(const pl_token *tok, const pl_sentan *out, int q, uint32_t lim)
{
	uint32_t e = group_end_tok(out, q), n;
	int guard;
	for (guard = 0; guard < 6 && e < lim; guard++) {
		n = after_time_phrase(tok, e, lim);
		if (n == e && tok[e].tag == PL_T_IN && e + 1 < lim && out->np_of[e + 1 - out->t0] >= 0 &&
		    (is(&tok[e], "in") || is(&tok[e], "from") || is(&tok[e], "near") || of_like(&tok[e])))
			n = group_end_tok(out, out->np_of[e + 1 - out->t0]);
		if (n == e)
			break;
		e = n;
	}
	return e;
}

/* "The curfew imposed on the town was relaxed by the army", "the man
** arrested in Lagos was freed": a past participle with no auxiliary, then
** one prepositional phrase, then the finite verb of group k.  The chunk in
** that phrase (subj) is no subject: the one the participle hangs on is. */
static int past_participle_head(const pl_token *tok, const pl_sentan *out, int k, int subj,
                                uint32_t t0)
{
	const pl_vg *pv = &out->vg[k - 1], *g = &out->vg[k];
	uint32_t b = pv->t1;
	if (pv->finite || !pv->passive || pv->subj < 0 || pv->t1 != pv->t0 + 1 ||
	    tok[pv->t0].tag != PL_T_VBN || pv->t0 <= t0 || out->np_of[pv->t0 - 1 - t0] < 0)
		return subj;
	/* (not a clause opened by "after", "since" ...: "his comments come
	** after the government announced") */
	static const char *const opener[] = {"after", "before", "since", "as", "until", "till", "because",
		"while", "whilst", "though", "although", "if", "once", "than", "unless", "whether", "when", "that", NULL};
	if (tok[b].tag != PL_T_IN || pl_in_list(tok[b].low, opener) || out->np_of[b + 1 - t0] != subj ||
	    out->np[subj].t0 != b + 1 || chunk_tail_end(tok, out, subj, g->t0) != g->t0)
		return subj;
	return pv->subj;
}

static int is_clause_break(const pl_token *t)
{
	if (t->tag == PL_T_PP || pl_eq(t->s, ";") || pl_eq(t->s, ":"))
		return 1;
	return (t->flags & PL_TOK_QCLOSE) && (t[-1].flags & PL_TOK_PUNCT);
}

/* May a town's country be given to a role ("police in Norfolk")?  Not
** against the country the article is about: many towns share a name. */
static int place_fits(const pl_docctx *ctx, const char *cc)
{
	return !ctx->last_country || ctx->sent - ctx->last_country_sent > 2 ||
	       !strncmp(ctx->last_country, cc, 3);
}

/* Is place p, after "in" right behind bare business role x, the town its
** market people work in ("dealers in Hamburg", "oil analysts in New
** York", "industry sources in London")?  Their own phrase says where they
** are, which a country just named elsewhere in the story does not undo
** (place_fits): traders in New York speak of Iran's oil from New York.
** Only a town the place dictionary lists or one of 300,000 people or more,
** so that a small namesake is no country. */
static int market_town(const pl_token *tok, const pl_np *x, const pl_place *p)
{
	const char *head = lem(&tok[x->t1 - 1]);
	return x->code && pl_eq(x->code, "BUS") && !p->market && p->country[0] &&
	       (pl_in_list(head, market_people) || pl_eq(head, "source")) &&
	       known_town(p);
}

/* Chunk x takes code from a phrase of the sentence that ends at token a1
** (a place, a firm): the code is its own, no longer a role waiting for
** a country. */
static void phrase_code(pl_np *x, const char *code, uint32_t a1)
{
	x->code = code;
	x->agent_only = 0;
	x->icode = NULL;
	x->how = PL_HOW_PHRASE;
	x->a1 = a1;
}

/* Bare police or a bare crowd k ("riot police", "protesters", "students")
** at a venue named in a town ("outside the parliament in Nairobi", "at a
** funeral in Belfast") takes the town's country, as "police in Nairobi"
** does (the of-phrase rules); returns 1 when it did. */
static int venue_town(const pl_docctx *ctx, const pl_token *tok, pl_sentan *out, int k, pl_arena *a)
{
	static const char *const crowd[] = {"COP", "CVL", "OPP", "EDU", "LAB", NULL};
	static const char *const at[] = {"at", "outside", "near", NULL};
	pl_np *x = &out->np[k];
	const pl_np *y, *z;
	int q;
	if (k + 2 >= out->nnp || !x->agent_only || !x->code || !pl_in_list(x->code, crowd) ||
	    x->pronoun || x->poss_code || x->t1 >= out->t1 || !pl_in_list(tok[x->t1].low, at))
		return 0;
	y = &out->np[k + 1];
	z = &out->np[k + 2];
	if (y->t0 != x->t1 + 1 || y->place || y->person || y->t1 >= out->t1 || !is(&tok[y->t1], "in") ||
	    z->t0 != y->t1 + 1)
		return 0;
	for (q = 0; q < out->nplaces; q++)
		if (out->places[q].t0 == z->t0 && out->places[q].t1 == z->t1 && out->places[q].country[0] &&
		    place_fits(ctx, out->places[q].country)) {
			phrase_code(x, join(a, out->places[q].country, x->code), z->t1);
			return 1;
		}
	return 0;
}

/* Does a US party-state tag start at token e: "(D-Okla.)", "(R-Ohio)",
** ", D-Kans.,", "(D-N.Y.)", "(D., Texas)", "(R., Kan.)"?  The wire writes
** it after the name of a member of Congress. */
static int party_state_tag(const pl_token *tok, const pl_sentan *out, uint32_t e)
{
	const pl_token *p;
	if (e + 2 >= out->t1 || !(is(&tok[e], "(") || is(&tok[e], ",")))
		return 0;
	p = &tok[e + 1];
	if (!(p->flags & PL_TOK_CAP))
		return 0;
	if ((is(p, "r") || is(p, "d")) && is(&tok[e + 2], "-"))
		return e + 3 < out->t1 && (tok[e + 3].flags & PL_TOK_CAP);
	/* (the party's letter with its period, a comma, the state: only in
	** brackets, where nothing else is written so) */
	if ((is(p, "r.") || is(p, "d.") || is(p, "i.")) && is(&tok[e], "(") && is(&tok[e + 2], ","))
		return e + 3 < out->t1 && (tok[e + 3].flags & PL_TOK_CAP);
	return p->len >= 4 && (p->s[0] == 'R' || p->s[0] == 'D') && p->s[1] == '-' &&
	       p->s[2] >= 'A' && p->s[2] <= 'Z';
}

/* Is the place the gazetteer found at [t0, t1), whose name a US state
** shares with a country ("Georgia"), the state: a party of Congress right
** after it ("a Georgia Democrat") or before it with "of" or "from"
** ("Republican of Georgia")? */
static int party_state(const pl_token *tok, const pl_sentan *out, uint32_t t0, uint32_t t1)
{
	static const char *const party[] = {"democrat", "republican", NULL};
	if (t1 - t0 != 1 || !is(&tok[t0], "georgia"))
		return 0;
	if (t1 < out->t1 && (tok[t1].flags & PL_TOK_CAP) && pl_in_list(tok[t1].low, party))
		return 1;
	return t0 >= out->t0 + 2 && (is(&tok[t0 - 1], "of") || is(&tok[t0 - 1], "from")) &&
	       (tok[t0 - 2].flags & PL_TOK_CAP) && pl_in_list(tok[t0 - 2].low, party);
}

/* Does titled chunk x open with a title of the U.S. Congress
** ("Congressman Tom Leeds", "a Congresswoman Ann Fordly"), in a story whose
** country (cc) has no Congress of its own?  The title then names a member
** of the United States' Congress: a country whose own legislature is a
** Congress (the Philippines, Spain, most of Latin America) keeps it. */
static int congress_title(const pl_token *tok, const pl_np *x, const char *cc)
{
	static const char *const title[] = {"congressman", "congresswoman", NULL};
	static const char *const own[] = {"USA", "PHL", "ESP", "MEX", "GTM", "HND", "SLV", "NIC",
		"DOM", "COL", "VEN", "ECU", "PER", "BOL", "CHL", "ARG", "PRY", "BRA", "FSM", "MHL", NULL};
	uint32_t i = x->t0;
	if (i < x->t1 && tok[i].tag == PL_T_DT)
		i++;
	if (i + 2 >= x->t1 || !(tok[i].flags & PL_TOK_CAP) || !pl_in_list(tok[i].low, title))
		return 0;
	return !cc || !(strlen(cc) >= 3 && pl_in_list((char[4]){cc[0], cc[1], cc[2], 0}, own));
}

/* The country a titled person not in the dictionaries is described by, just
** after the name: a US party-state tag ("Sen. John Marlow (R-Ohio)") or an
** apposition naming a place or a country ("Senator John Marlow, a Republican
** from Ohio,").  A legislator or governor the next words place by "of" or
** "from" ("Governor Mario Cuomo of New York", "Senator Jo Hale from
** Kansas") is of the place's country when that is the United States (the
** marks of a state's office-holders, which hold whatever country the story
** is about).  NULL when there is none: the context country is then only a
** guess.  Chunk k ends at a proper noun. */
static const char *described_country(const pl_token *tok, const pl_sentan *out, int k)
{
	uint32_t e = out->np[k].t1, j;
	int q;
	if (party_state_tag(tok, out, e))
		return "USA";
	if (e + 1 < out->t1 && (is(&tok[e], "of") || is(&tok[e], "from")) &&
	    (pl_eq(out->np[k].code, "LEG") || pl_eq(out->np[k].code, "GOV")))
		for (q = 0; q < out->nplaces; q++)
			if (out->places[q].t0 == e + 1 &&
			    (pl_eq(out->places[q].country, "USA") ||
			     party_state(tok, out, out->places[q].t0, out->places[q].t1)))
				return "USA";
	if (e + 3 < out->t1 && is(&tok[e], "(")) {
		/* "(R-Ohio)", "(D-N.Y.)", "(R-WI)" */
		const pl_token *p = &tok[e + 1];
		if ((is(p, "r") || is(p, "d") || is(p, "i")) && (p->flags & PL_TOK_CAP) &&
		    is(&tok[e + 2], "-"))
			return "USA";
		if (p->len >= 3 && (p->s[0] == 'R' || p->s[0] == 'D') && p->s[1] == '-')
			return "USA";
		return NULL;
	}
	if (e >= out->t1 || !is(&tok[e], ","))
		return NULL;
	for (j = e + 1; j < out->t1 && j < e + 12; j++) {
		const pl_token *t = &tok[j];
		if (is(t, ",") || PL_TAG_IS_VERB(t->tag) || t->tag == PL_T_MD || t->tag == PL_T_WP ||
		    t->tag == PL_T_WDT)
			break;
		for (q = 0; q < out->nplaces; q++)
			if (out->places[q].t0 == j && out->places[q].country[0])
				return party_state(tok, out, j, out->places[q].t1) ? "USA"
				                                                  : out->places[q].country;
		q = out->np_of[j - out->t0];
		if (q >= 0 && out->np[q].t0 == j && out->np[q].code && strlen(out->np[q].code) == 3 &&
		    !out->np[q].agent_only) {
			uint32_t i;
			for (i = j; i < out->np[q].t1; i++)
				if (party_state(tok, out, i, i + 1))
					return "USA";
			return out->np[q].code;
		}
	}
	return NULL;
}

/* Is chunk x a person the party-state tag right after it marks a member of
** Congress: a name (its last word a capitalised proper noun) with no code
** but the bare USA the context, the memory or a dictionary line out of
** office gave it, or the bare country the context lent it ("Harold Kemp,
** D-Mont.," in a story of Japan)? */
static int congress_member(const pl_token *tok, const pl_sentan *out, const pl_np *x)
{
	const pl_token *h = &tok[x->t1 - 1];
	if (x->pronoun || x->poss_code || h->tag != PL_T_NNP || !(h->flags & PL_TOK_CAP) ||
	    (x->code && !(pl_eq(x->code, "USA") || (x->agent_only && x->icode && pl_eq(x->icode, "USA")) ||
	                  (x->how == PL_HOW_CONTEXT && !x->agent_only && strlen(x->code) == 3))))
		return 0;
	return party_state_tag(tok, out, x->t1);
}

/* Is chunk x, a name as congress_member takes, said in apposition to be of
** a party of Congress from a state: "Lloyd Benton, a Texas Democrat,",
** "Jo Hale, Republican of Kansas,", "Ann Fordly, a Democrat from Georgia,"?
** The person is of the United States (which office, the words do not
** tell). */
static int us_partisan(const pl_token *tok, const pl_sentan *out, const pl_np *x)
{
	static const char *const party[] = {"democrat", "republican", NULL};
	const pl_token *h = &tok[x->t1 - 1];
	uint32_t j = x->t1 + 1;
	int q;
	if (x->pronoun || x->poss_code || h->tag != PL_T_NNP || !(h->flags & PL_TOK_CAP) ||
	    (x->code && !(pl_eq(x->code, "USA") ||
	                  (x->how == PL_HOW_CONTEXT && !x->agent_only && strlen(x->code) == 3))) ||
	    j + 1 >= out->t1 || !is(&tok[x->t1], ","))
		return 0;
	if (is(&tok[j], "a") || is(&tok[j], "the"))
		j++;
	for (q = 0; q < out->nplaces; q++) {
		const pl_place *p = &out->places[q];
		if (p->t0 == j && p->t1 < out->t1 && (tok[p->t1].flags & PL_TOK_CAP) &&
		    pl_in_list(tok[p->t1].low, party) &&
		    (pl_eq(p->country, "USA") || party_state(tok, out, p->t0, p->t1)))
			return 1;
		if (p->t0 == j + 2 && (tok[j].flags & PL_TOK_CAP) && pl_in_list(tok[j].low, party) &&
		    (is(&tok[j + 1], "of") || is(&tok[j + 1], "from")) &&
		    (pl_eq(p->country, "USA") || party_state(tok, out, p->t0, p->t1)))
			return 1;
	}
	/* ("Georgia", which the gazetteer gives to the country, is a chunk of
	** the country's code) */
	return (j + 1 < out->t1 && is(&tok[j], "georgia") && party_state(tok, out, j, j + 1)) ||
	       (j + 3 < out->t1 && is(&tok[j + 2], "georgia") && party_state(tok, out, j + 2, j + 3));
}

/* Is g a light verb of dict/light.tsv ("announced", "declared")? */
static int light_group(const pl_store *s, const pl_token *tok, const pl_vg *g)
{
	const char *v = lem(&tok[g->v]);
	return pl_hash_get(&s->light, v, strlen(v)) != NULL;
}

/* "sparked an outcry, with backbenchers opposing the plan", "prices fell
** with reports suggesting a cut": a gerund right after the chunks that
** follow a "with" not governed by a verb ("met with", "dealing with") is
** said of those chunks, not of the clause's subject.  Not a thing that is
** no actor and is one's own or a means ("opened with a speech criticising
** the plan", "with Argentina's debt negotiating team"): the subject's act.
** Nor the partner of a noun of dealings ("reached an agreement with CTS
** resolving their dispute", "talks with Philips regarding a sale"), nor a
** gerund that is a preposition ("regarding", "including").  Returns the
** first chunk after the "with" (over "X and Y", "X, Y" and "X of Y"), or
** -1. */
static int with_gerund_subject(const pl_token *tok, const pl_sentan *out, const pl_vg *g, uint32_t t0)
{
	static const char *const dealings[] = {"agreement", "agreements", "deal", "deals", "accord",
		"pact", "treaty", "contract", "contracts", "talks", "discussions", "negotiations",
		"meeting", "meetings", "dispute", "disputes", "disagreement", "disagreements", "row",
		"rift", "clash", "clashes", "relations", "ties", "links", "contact", "contacts",
		"cooperation", "co-operation", "partnership", "alliance", "merger", "venture",
		"dealings", "trade", "business", "battle", "war", "fight", NULL};
	static pl_wordset dealings_set = PL_WORDSET(dealings);
	static const char *const preps[] = {"regarding", "concerning", "including", "excluding",
		"following", "involving", "according", "considering", "pending", "during", NULL};
	static pl_wordset preps_set = PL_WORDSET(preps);
	uint32_t j = g->t0, m;
	int q;

	if (j < t0 + 2 || (q = out->np_of[j - 1 - t0]) < 0 || pl_in_set(&preps_set, tok[g->v].low))
		return -1;
	if (!out->np[q].code) {
		if (is(&tok[out->np[q].t0], "a") || is(&tok[out->np[q].t0], "an") || out->np[q].poss_code)
			return -1;
		for (m = out->np[q].t0; m < out->np[q].t1; m++)
			if (tok[m].tag == PL_T_POS || tok[m].tag == PL_T_PRPS)
				return -1;
	}
	for (;;) {
		uint32_t b = out->np[q].t0;
		int p;
		if (b < t0 + 2)
			return -1;
		p = out->np_of[b - 2 - t0];
		if ((is(&tok[b - 1], "and") || is(&tok[b - 1], ",") || is(&tok[b - 1], "of")) && p >= 0 && p != q) {
			q = p;
			continue;
		}
		if (!is(&tok[b - 1], "with"))
			return -1;
		if (PL_TAG_IS_VERB(tok[b - 2].tag) || tok[b - 2].tag == PL_T_RP)
			return -1;
		/* the noun of dealings may stand a few words back ("reached
		** agreement in principle with five lenders providing ...") */
		for (m = b - 2; m >= t0 && m + 4 >= b; m--) {
			if (pl_in_set(&dealings_set, tok[m].low))
				return -1;
			if (is(&tok[m], ",") || PL_TAG_IS_VERB(tok[m].tag) || m == t0)
				break;
		}
		return q;
	}
}

/* "Iran's decision to expel", "Russia's refusal to withdraw": an
** infinitive right after a possessed noun of will or action is done by the
** possessor; "the government announced its decision to withdraw": with
** "its", "their", "his" or "her" and the noun the object of the light verb
** before (pv, or NULL), by that verb's subject (not "defended his decision
** to sell arms", an old decision judged).  Sets g's subject, its
** future (a plan, an offer, a threat) or negation (a refusal); returns 1,
** or 0 when it is no such phrase. */
static int possessor_acts(const pl_token *tok, pl_sentan *out, pl_vg *g, const pl_vg *pv)
{
	static const char *const act[] = {"move", "bid", "attempt", "effort", "push",
		"campaign", NULL};
	static const char *const will[] = {"decision", "plan", "offer", "promise", "pledge", "vow", "threat",
		"intention", "readiness", "willingness", "agreement", "commitment", "proposal",
		"determination", NULL};
	static const char *const no[] = {"refusal", "failure", "reluctance", NULL};
	uint32_t b = g->t0 - 1;   /* the "to" */
	int q, i, own = -1;
	const char *h;
	if (b <= out->t0 || out->np_of[b - 1 - out->t0] < 0)
		return 0;
	q = out->np_of[b - 1 - out->t0];
	if (out->np[q].t1 != b)
		return 0;
	if (!out->np[q].poss_code) {
		/* "announced its decision to": the object's own pronoun */
		if (!pv || pv->subj < 0 || pv->passive || pv->t1 != out->np[q].t0 ||
		    tok[out->np[q].t0].tag != PL_T_PRPS || pl_eq(tok[out->np[q].t0].low, "my") ||
		    pl_eq(tok[out->np[q].t0].low, "your") || pl_eq(tok[out->np[q].t0].low, "our"))
			return 0;
		own = pv->subj;
	}
	h = lem(&tok[b - 1]);
	for (i = 0; act[i]; i++)
		if (pl_eq(h, act[i]))
			break;
	if (!act[i]) {
		for (i = 0; will[i] && strcmp(h, will[i]); i++)
			;
		if (will[i]) {
			g->future = 1;
		} else {
			for (i = 0; no[i] && strcmp(h, no[i]); i++)
				;
			if (!no[i])
				return 0;
			g->negated = 1;
		}
	}
	if (own >= 0) {
		g->subj = own;
		return 1;
	}
	g->subj = q;
	g->subj_poss = 1;
	return 1;
}

/* Text of inline links, which names no actor and holds no event: web
** addresses (with their brackets) and a teaser line ("READ MORE: Iran
** accuses Israel ...", "Related: ...", "Click here ...") up to the line's
** end.  Marks those tokens 4 in skip (indexed from t0).  The same walk
** makes the sentence's summary of tags and flags (sentence_sum). */
static void link_text(const pl_token *tok, uint32_t t0, uint32_t t1, uint8_t *skip, pl_sentan *out)
{
	static const char *const cue2[][4] = {{"read", "more"}, {"click", "here"}, {"see", "also"},
		{"also", "read"}, {"read", "also"}, {"more", "on", "this", "story"},
		{"you", "may", "also", "like"}, {"follow", "us"}, {"sign", "up"}, {NULL}};
	static const char *const cue1[] = {"related", "watch", "listen", "read", "recommended",
		"subscribe", "advertisement", "video", "photos", NULL};
	/* (the first words of both: a line opening with none of them, most
	** lines, is not tried against each cue) */
	static const char *const first[] = {"read", "click", "see", "also", "more", "you", "follow",
		"sign", "related", "watch", "listen", "recommended", "subscribe", "advertisement", "video",
		"photos", NULL};
	static pl_wordset first_set = PL_WORDSET(first);
	uint32_t i, j;
	uint64_t tags = 0;
	unsigned flags = 0;
	for (i = t0; i < t1; i++) {
		const char *w = tok[i].low;
		tags |= (uint64_t)1 << tok[i].tag;
		flags |= tok[i].flags;
		/* "://" and "www." take three bytes and more; then strchr and the
		** first byte first: few words hold a colon */
		if (tok[i].len >= 3 &&
		    ((strchr(w, ':') && strstr(w, "://")) || (w[0] == 'w' && !strncmp(w, "www.", 4)))) {
			skip[i - t0] = 4;
			if (i > t0 && is(&tok[i - 1], "("))
				skip[i - 1 - t0] = 4;
			if (i + 1 < t1 && is(&tok[i + 1], ")"))
				skip[i + 1 - t0] = 4;
		}
		/* (the cues in the same pass: every mark is 4, so their order
		** does not matter, and the words after a cue up to the next line
		** start none, as no line starts among them) */
		int c, n = 0;
		if ((i > t0 && !(tok[i].flags & PL_TOK_NLBEFORE)) || !pl_in_set(&first_set, tok[i].low))
			continue;
		for (c = 0; cue2[c][0] && !n; c++) {
			int k;
			for (k = 0; k < 4 && cue2[c][k] && i + k < t1 && is(&tok[i + k], cue2[c][k]); k++)
				;
			if (k == 4 || !cue2[c][k])
				n = k;
		}
		for (c = 0; cue1[c] && !n; c++)
			if (is(&tok[i], cue1[c]) && i + 1 < t1 &&
			    (is(&tok[i + 1], ":") || is(&tok[i + 1], "|") || (tok[i + 1].flags & PL_TOK_NLBEFORE)))
				n = 1;
		if (!n)
			continue;
		for (j = i; j < t1 && (j == i || !(tok[j].flags & PL_TOK_NLBEFORE)); j++)
			skip[j - t0] = 4;
	}
	out->tags = tags;
	out->tokflags = (uint16_t)flags;
}

/* The summary of tags and flags of sentence out (pl_sentan.tags,
** tokflags), where link_text does not make it. */
static void sentence_sum(const pl_token *tok, pl_sentan *out)
{
	uint64_t tags = 0;
	unsigned flags = 0;
	uint32_t i;
	for (i = out->t0; i < out->t1; i++) {
		tags |= (uint64_t)1 << tok[i].tag;
		flags |= tok[i].flags;
	}
	out->tags = tags;
	out->tokflags = (uint16_t)flags;
}

/* n elements of p copied into a at their size; NULL for none (no reader
** looks past a count).  *ok is cleared when out of memory. */
static void *copy_out(pl_arena *a, const void *p, size_t n, size_t size, int *ok)
{
	void *q;
	if (!n)
		return NULL;
	q = pl_arena_alloc_raw(a, n * size);
	if (!q) {
		*ok = 0;
		return NULL;
	}
	memcpy(q, p, n * size);
	return q;
}

/* Copies the dates and places (on the stack), and the chunks and verb
** groups when they are in working memory, into a at their sizes. */
static int keep(pl_arena *a, pl_sentan *out, int scratch)
{
	int ok = 1;
	out->dates = copy_out(a, out->dates, (size_t)out->ndates, sizeof *out->dates, &ok);
	out->places = copy_out(a, out->places, (size_t)out->nplaces, sizeof *out->places, &ok);
	if (scratch) {
		out->np = copy_out(a, out->np, (size_t)out->nnp, sizeof *out->np, &ok);
		out->vg = copy_out(a, out->vg, (size_t)out->nvg, sizeof *out->vg, &ok);
	}
	return ok ? 0 : -1;
}

/* Is the one-word person entry ph at token i (a surname) another person of
** that name: after a capitalised given name that is no title and no
** dictionary word ("Tom Carter"; not "President Carter", "Mr Carter"), or
** a surname the article has already given to someone else? */
static int other_namesake(const pl_docctx *ctx, const pl_token *tok, uint32_t t0, uint32_t i,
                          const pl_phrase *ph, const uint8_t *inm)
{
	static const char *const titles[] = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir",
		"lord", "lady", "baroness", "baron", "dame", "president", "senator", "sen.", "rep.", "gen.",
		"general", "governor", "gov.", "judge", "justice", "secretary", "minister", "chancellor",
		"premier", "king", "queen", "prince", "princess", "pope", "ayatollah", "sheikh", "mr.",
		"mrs.", "ms.", "dr.", "st", "st.", NULL};
	const pl_token *p;
	const char *f = NULL;
	uint32_t l = 0;
	const char *c;
	if (ph->kind != PL_A_PERSON || ph->ntok != 1)
		return 0;
	/* (another line of the same file is another person: people.tsv
	** holds both "Matt Carter" and "Jimmy Carter") */
	if ((c = remembered(ctx, tok[i].low, &f, &l)) != NULL && strcmp(c, ph->code) != 0 &&
	    (f != ph->file || (l && l != ph->line)))
		return 1;
	if (i == t0 || inm[i - 1 - t0])
		return 0;
	p = &tok[i - 1];
	return p->tag == PL_T_NNP && (p->flags & PL_TOK_CAP) && !(p->flags & PL_TOK_ALLCAP) && p->len >= 2 &&
	       !pl_in_list(p->low, titles) && !(i - 1 == t0 && p->len <= 3);
}

/* Does chunk np end in a title one may hold in a company or a union as in
** a state ("president", "spokesman", "adviser")? */
static int trade_title(const pl_token *tok, const pl_np *np)
{
	const char *h = lem(&tok[np->t1 - 1]);
	return generic_title(h) || pl_eq(h, "adviser") || pl_eq(h, "advisor") ||
	       pl_eq(h, "vice-president");
}

/* The role of chunk y, the body in a title's of/for/at phrase, when it is
** a company or a union of no country told: a bare "BUS" or "LAB" chunk
** ("the company", "the local union", "Tesco plc"), or capitalised words of no
** code whose last word the article names a company by ("Outboard" after
** "Outboard Marine Corp").  NULL for any other body: a state's keeps its
** title. */
static const char *business_body(const pl_docctx *ctx, const pl_token *tok, const pl_np *y)
{
	static const char *const labour[] = {"union", "federation", "confederation", "congress",
		"worker", NULL};
	const char *trade;
	uint32_t i;
	if (y->pronoun)
		return NULL;
	/* ("the car dealers' association", "the textile workers'
	** federation": a body of firms or workers named in lower case, its
	** members' possessive no owner of its own) */
	if ((trade = lower_trade_body(tok, y)) != NULL)
		return trade;
	if (y->poss_code)
		return NULL;
	/* (a union's name ends in its labour word: "the local union", "the
	** National Merchant Marine Union", not the fund manager "Union
	** Investment") */
	if (y->code && y->agent_only && pl_eq(y->code, "LAB"))
		return !(tok[y->t1 - 1].flags & PL_TOK_CAP) || pl_in_list(lem(&tok[y->t1 - 1]), labour)
		       ? y->code : NULL;
	if (y->code)
		return y->agent_only && pl_eq(y->code, "BUS") ? y->code : NULL;
	for (i = y->t0; i < y->t1; i++)
		if (!(tok[i].flags & PL_TOK_CAP) && tok[i].tag != PL_T_DT)
			return NULL;
	return ctx->scan_tok == tok && company_word(ctx, tok[y->t1 - 1].low) ? "BUS" : NULL;
}

/* The company whose unit chunk y names after its possessive ("Mitsui Bank
** Ltd's treasury division", "Kodak's imaging unit"): the owner's code, when
** it is a company's with a country and the rest of the chunk is words in
** lower case (a unit, a desk, a trade), else NULL.  A state's body or a
** person as owner ("the Bundesbank's credit department", "Hill's firm") is
** no company's. */
static const char *unit_owner(const pl_token *tok, const pl_np *y)
{
	uint32_t i;
	if (y->code || y->pronoun || !y->poss_code || strlen(y->poss_code) < 6 ||
	    strncmp(y->poss_code + 3, "BUS", 3))
		return NULL;
	for (i = y->t0; i < y->t1 && tok[i].tag != PL_T_POS; i++)
		;
	if (i + 1 >= y->t1)
		return NULL;
	for (i++; i < y->t1; i++)
		if ((tok[i].flags & PL_TOK_CAP) || !(tok[i].tag == PL_T_NN || tok[i].tag == PL_T_NNS ||
		                                     tok[i].tag == PL_T_JJ || tok[i].tag == PL_T_VBG))
			return NULL;
	return y->poss_code;
}

/* The code with a country of one who speaks for body y, a company's or a
** union's (role, business_body): a union is of the country the context
** gives it, as the union itself is, and so is a federation of firms named
** in lower case ("the textile federation" gathers one country's firms) or
** by a name whose head gathers members ("the Sugar Users Association"); a
** company's country is no guess (NULL). */
static const char *trade_home(const pl_docctx *ctx, const pl_token *tok, const pl_np *y,
                              const char *role, pl_arena *a)
{
	if (pl_eq(role, "LAB"))
		return y->icode;
	/* (so is a body of firms by its proper name, "the Sugar Users
	** Association": a trade gathers in each country apart) */
	if ((lower_trade_body(tok, y) || member_head(lem(&tok[y->t1 - 1]))) && context_country(ctx))
		return join(a, context_country(ctx), role);
	return NULL;
}

/* Does a body's name end its sentence at token e, where a quotation opens
** after a legal form with its full stop ("said Bill Sullivan of Dean
** Witter Reynolds Inc. \"The economy ...": the splitter kept the stop as
** the abbreviation's and ran the two sentences together)? */
static int ends_at_quote(const pl_token *tok, uint32_t e)
{
	const pl_token *f = &tok[e - 1];
	return (tok[e].flags & PL_TOK_QOPEN) && f->len > 1 && f->s[f->len - 1] == '.' &&
	       is_company_suffix(f);
}

/* A business role's own firm places it: "a dealer at one U.K. bank", "an
** economist with a Japanese securities firm" are of the firm's country,
** whatever country the story lends a bare role (a title, "a spokesman for
** Tesco plc", is the of-phrase rules').  Only one person's role (a plural
** or a capitalised word is a group or a firm's name: "The shareholders of
** Acme Inc", "Banks of Iowa Inc"; the capital that opens a sentence is
** none), or people "at" or "with" a firm, who work there ("Dealers at Union
** Bank of Switzerland"), and only a firm the phrase itself
** places (its nationality, its legal form) or the dictionary knows ("an
** analyst at Nomura" is Nomura's, JPNBUSNOM, as "a Nomura analyst" is), not
** one given the story's country as a guess. */
static void firm_tie(const pl_token *tok, pl_sentan *out, int k)
{
	static const char *const w[] = {"at", "of", "for", "with", "from", NULL};
	pl_np *x = &out->np[k];
	const pl_np *y = &out->np[k + 1];
	if (!x->agent_only || !x->code || x->pronoun || x->poss_code || y->t0 != x->t1 + 1 ||
	    ((tok[x->t1 - 1].flags & PL_TOK_CAP) && x->t1 - 1 != out->t0) || !pl_in_list(tok[x->t1].low, w) ||
	    !pl_eq(x->code, "BUS"))
		return;
	if (tok[x->t1 - 1].tag != PL_T_NN &&
	    !(tok[x->t1 - 1].tag == PL_T_NNS && (is(&tok[x->t1], "at") || is(&tok[x->t1], "with"))))
		return;
	/* ("a joint venture company with Bridgestone Corp": a firm "with"
	** another is its partner, not its employee) */
	if (is(&tok[x->t1], "with") && firm_noun(lem(&tok[x->t1 - 1])))
		return;
	if (!y->code || y->agent_only || y->pronoun || y->poss_code || y->person ||
	    y->how != PL_HOW_PHRASE || strlen(y->code) < 6 || strncmp(y->code + 3, "BUS", 3))
		return;
	phrase_code(x, y->code, y->t1);
	/* (a firm the dictionary knows is the evidence, as for "a Nomura
	** analyst") */
	if (strlen(y->code) > 6 && y->file) {
		x->file = y->file;
		x->line = y->line;
	}
	/* (one person still, as a city's: "he" next is the dealer) */
	x->city_role = 1;
}

/* Is chunk x a company placed only by a guess: a bare BUS, a legal form
** firms of many countries write ("Inc", "Ltd"), or its story's country
** (story_firm)?  (A company by what its article says of it, firm_named,
** as one with a legal form.)  A dictionary's firm, a ticker's exchange or a form of one
** country is told, and what the text says next to the name does not
** overrule it. */
static int firm_unplaced(const pl_store *s, const pl_token *tok, const pl_np *x)
{
	const pl_bodyhead *form;
	if (!x->code || x->pronoun || x->poss_code || x->person ||
	    (!is_company_suffix(&tok[x->t1 - 1]) && !x->firm_named))
		return 0;
	if (pl_eq(x->code, "BUS"))
		return 1;
	if (strlen(x->code) != 6 || strcmp(x->code + 3, "BUS"))
		return 0;
	if (x->story)
		return 1;
	form = pl_tok_get_low(&s->company_forms, &tok[x->t1 - 1]);
	return form && form->shared && x->file == form->file && x->line == form->line;
}

/* A noun naming a kind of business an apposition describes a company by
** ("a Tokyo-based maker of fibres", "the Dutch mining company"). */
static int business_kind(const char *lemma)
{
	static const char *const w[] = {"maker", "manufacturer", "producer", "concern", "conglomerate",
		"retailer", "distributor", "publisher", "supplier", "operator", "developer", "trader",
		"chain", "holding", "miner", "refiner", "builder", "contractor", "broker", "shipper",
		"exporter", "importer", "marketer", "service", NULL};
	static pl_wordset set = PL_WORDSET(w);
	return firm_noun(lemma) || pl_in_set(&set, lemma);
}

/* The country the words beside company chunk k place it in, where its
** name alone does not ("Toray Industries Inc, a Tokyo-based maker of
** fibres,", "Comtech Group International Ltd, a Canadian computer service
** company,", "Montreal-based Noverco Inc", "Renouf Corp of New Zealand"):
** the apposition right after the name that says what business it is, an
** "X-based" before the name, or a country or a place in an of-phrase that
** ends the name.  NULL when none does. */
static const char *firm_home_here(const pl_store *s, const pl_token *tok, const pl_sentan *out, int k)
{
	const pl_np *x = &out->np[k], *y = k + 1 < out->nnp ? &out->np[k + 1] : NULL;
	const char *cc;
	uint32_t i;
	int q;
	/* (one name only: a chunk that runs over a preposition, "X Inc from
	** Y Ltd", holds two firms) */
	for (i = x->t0; i < x->t1; i++)
		if (tok[i].tag == PL_T_IN && !is(&tok[i], "of"))
			return NULL;
	if (based_one_word(tok, x) && (cc = based_in(s, tok, x)) != NULL)
		return cc;
	if (!y || y->t0 != x->t1 + 1 || y->pronoun || y->poss_code || y->person)
		return NULL;
	if (is(&tok[x->t1], ",")) {
		/* (an apposition with an article and a lower-case head of a
		** kind of business: not "a unit of ...", whose country is its
		** owner's, nor "the U.S. arm of ...") */
		const pl_token *h = &tok[y->t1 - 1];
		if (!(is(&tok[y->t0], "a") || is(&tok[y->t0], "an") || is(&tok[y->t0], "the")) ||
		    (h->flags & PL_TOK_CAP) || h->tag != PL_T_NN || !business_kind(lem(h)))
			return NULL;
		if (based_one_word(tok, y) && (cc = based_in(s, tok, y)) != NULL)
			return cc;
		/* ("a Canadian computer service company": CANBUS; "a Japanese
		** autoparts maker": JPN; not the code of an of-phrase, "a
		** subsidiary of Health-Chem Corp", which is the owner's) */
		if (y->code && !y->agent_only && stateful(y->code) && y->a1 <= y->t1 &&
		    (strlen(y->code) == 3 || (strlen(y->code) == 6 && !strcmp(y->code + 3, "BUS"))))
			return y->code;
		/* ("a Quebec mining firm", "a Toronto software maker": a
		** province or a city the firm is of, a large one or one the
		** dictionary lists, gives its country; the only capitalised
		** words of the apposition) */
		for (q = 0; q < out->nplaces; q++) {
			const pl_place *pl = &out->places[q];
			if (pl->t0 <= y->t0 || pl->t1 >= y->t1 || !pl->country[0] || pl->market ||
			    !((pl->file && !strncmp(pl->file, "dict/", 5)) || pl->population >= 100000))
				continue;
			for (i = y->t0 + 1; i < y->t1; i++)
				if ((i < pl->t0 || i >= pl->t1) && (tok[i].flags & PL_TOK_CAP))
					break;
			if (i == y->t1)
				return pl->country;
		}
		return NULL;
	}
	/* "TDK Corp of Tokyo": a place that ends the name, not one that goes
	** on into another name ("Occidental Life Insurance Co of Australia
	** Ltd") */
	if (!is(&tok[x->t1], "of") || y->t1 - y->t0 > 3 ||
	    (y->t1 < out->t1 && (tok[y->t1].flags & PL_TOK_CAP)))
		return NULL;
	/* (a place first: "of British Columbia" is Canada's) */
	for (q = 0; q < out->nplaces; q++)
		if (out->places[q].t0 == y->t0 && out->places[q].t1 == y->t1 && out->places[q].country[0])
			return out->places[q].country;
	if (y->code && !y->agent_only && strlen(y->code) == 3 && y->how == PL_HOW_PHRASE && stateful(y->code))
		return y->code;
	return NULL;
}

/* A company placed only by a guess (firm_unplaced) takes the country the
** words beside its name give (firm_home_here): a wire story names a
** foreign firm by an American-looking "Inc" or "Corp" and tells its home
** only in the apposition ("TDK Corp of Tokyo" was USABUS). */
static int firm_home(const pl_store *s, pl_docctx *ctx, const pl_token *tok, pl_sentan *out,
                     int k, pl_arena *a, uint32_t *first)
{
	pl_np *x = &out->np[k];
	const char *cc, *told = NULL;
	uint32_t f;
	int z;
	if (!firm_unplaced(s, tok, x))
		return 0;
	/* (the name's first word, past an article and an "X-based") */
	for (f = x->t0; f + 1 < x->t1 && (tok[f].tag == PL_T_DT || !(tok[f].flags & PL_TOK_CAP) ||
	                                  (tok[f].len > 6 && !strcmp(tok[f].low + tok[f].len - 6, "-based")));
	     f++)
		;
	if ((cc = firm_home_here(s, tok, out, k)) == NULL) {
		/* (placed by the words beside it earlier in the article: "Nordal
		** Gas Corp of Calgary ... Bob Lear, chairman of Nordal Gas Corp") */
		for (z = 0; z < ctx->nfirm_told && (strcmp(ctx->firm_told[z].word, tok[f].low) ||
		                                     strcmp(ctx->firm_told[z].form, tok[x->t1 - 1].low));
		     z++)
			;
		if (z == ctx->nfirm_told)
			return 0;
		cc = told = ctx->firm_told[z].code;
	} else if (ctx->nfirm_told < 8 && !is_company_suffix(&tok[f]) && tok[f].len >= 3) {
		for (z = 0; z < ctx->nfirm_told && strcmp(ctx->firm_told[z].word, tok[f].low); z++)
			;
		if (z == ctx->nfirm_told) {
			ctx->firm_told[z].word = tok[f].low;
			ctx->firm_told[z].form = tok[x->t1 - 1].low;
			ctx->firm_told[z].code = strlen(cc) == 6 ? cc : join(a, cc, "BUS");
			ctx->nfirm_told++;
		}
	}
	*first = f;
	if (!strncmp(cc, x->code, 3))
		return 0;
	/* (an apposition coded as a firm already, "a Canadian ... company":
	** CANBUS) */
	x->code = strlen(cc) == 6 ? cc : join(a, cc, "BUS");
	x->agent_only = 0;
	x->icode = NULL;
	x->how = told ? PL_HOW_MEMORY : PL_HOW_PHRASE;
	x->story = 0;
	x->file = NULL;
	x->line = 0;
	if (told)
		return 0;
	/* (the of-phrase is part of the name's evidence, as for "Novopharm
	** Ltd of Canada") */
	if (k + 1 < out->nnp && is(&tok[x->t1], "of") && out->np[k + 1].t0 == x->t1 + 1)
		x->a1 = out->np[k + 1].t1;
	return 1;
}

/* Is chunk y, after chunk x, the named body a person x speaks for: "Mike
** Hobday, of the League Against Cruel Sports,", "Carl Emmerson, from the
** Institute for Fiscal Studies, said", "Hannah Ward of the Refugee Council
** said", "Professor Jane Roe, at Leeds University,"?  x is a name of two
** words or more with no code but the article's country as a guess; y a
** body with a role (a place or a bare country says where, not for whom);
** after the body's name (and its of/for phrases), a comma, a verb or the
** end of the sentence. */
static int appositive_body(const pl_token *tok, const pl_sentan *out, const pl_np *x, const pl_np *y)
{
	uint32_t p = x->t1, e;
	int comma = is(&tok[p], ",");
	if (x->poss_code || x->pronoun || tok[x->t1 - 1].tag != PL_T_NNP || x->t1 - x->t0 < 2 ||
	    (x->code && !(x->how == PL_HOW_CONTEXT && !x->agent_only) &&
	     !(x->how == PL_HOW_MEMORY && !x->file && strlen(x->code) == 3)))
		return 0;
	if (comma)
		p++;
	if (p >= out->t1 || y->t0 != p + 1 ||
	    !(is(&tok[p], "of") || is(&tok[p], "from") || (comma && is(&tok[p], "at"))))
		return 0;
	/* (with no comma, only a name: not "the chairman of ...", which the
	** title rules take) */
	if (!comma && !(tok[x->t0].flags & PL_TOK_CAP))
		return 0;
	/* (not a person: "Malcolm Shipley, of Shipley,") */
	if (!y->code || y->agent_only || y->pronoun || y->poss_code || strlen(y->code) <= 3 ||
	    y->how == PL_HOW_PEOPLE || y->person)
		return 0;
	e = name_tail(tok, y, out->t1);
	return e >= out->t1 || is(&tok[e], ",") || PL_TAG_IS_VERB(tok[e].tag) || tok[e].tag == PL_T_MD ||
	       tok[e].tag == PL_T_PP || ends_at_quote(tok, e);
}

/* Is chunk y, after chunk x and a comma, a title of one who heads, speaks
** or works for the named body z after it: "David Caldwell, director of
** Universities Scotland,", "Jane Roe, chief executive of the Family Planning
** Association, said", "Ann Hill, a spokeswoman for the Refugee Council,"?
** x is a name of two words or more with no code of its own (none, the
** article's country as a guess, or the bare role y gave it: took); z a body
** with a role, no person and no bare country; after the body's name, a
** comma, a verb or the end of the sentence.  A former holder ("a former
** director of ...") speaks for the body no more. */
/* Is name chunk x, of a party by the people dictionary, set beside a body
** z that is another party? */
static int party_switch(const pl_np *x, const pl_np *z)
{
	return x->how == PL_HOW_PEOPLE && !x->agent_only && z->code && !z->agent_only &&
	       has_role(x->code, "PTY") && has_role(z->code, "PTY") && strcmp(x->code, z->code) != 0;
}

/* Is lemma w a word of an office title the wire may capitalise: a title
** (generic_title, or one of more) or a word that ranks one ("Vice
** President", "Managing Director", "Deputy General Manager")? */
static int office_word(const char *w, const char *const *more)
{
	static const char *const rank[] = {"vice", "managing", "general", "assistant", "senior",
		"executive", "chief", NULL};
	return generic_title(w) || pl_in_list(w, more) || pl_in_list(w, rank);
}

/* The sector code body chunk z gives a person who heads or serves it: its
** own code with a role, or, for a body named by capitals that only an
** agent's word codes, the code the context gives that agent: a state's
** office by a noun only states use ("the Farm Credit Administration",
** "the Agricultural Prices Commission"), a party ("the Liberal Party") or
** a firm ("MMS firm Adamind").
** NULL for a bare country or a bare role, and for the nouns that private
** and public bodies share ("the Farm Credit Council", a trade group; "the
** Swansea Bay Race Equality Council"; "the World Anti-Doping Authority"),
** whose agent reads as the government. */
static const char *named_body_code(const pl_token *tok, const pl_np *z)
{
	static const char *const state[] = {"administration", "commission", "agency", "bureau",
		"department", "ministry", "office", NULL};
	const char *r;
	if (!z->agent_only)
		return strlen(z->code) > 3 ? z->code : NULL;
	if (!z->icode || strlen(z->icode) != 6 || !(tok[z->t1 - 1].flags & PL_TOK_CAP) ||
	    z->t1 - z->t0 < 3)
		return NULL;
	r = z->icode + 3;
	if (!strcmp(r, "BUS") || !strcmp(r, "PTY") ||
	    (!strcmp(r, "GOV") && pl_in_list(lem(&tok[z->t1 - 1]), state)))
		return z->icode;
	return NULL;
}

static int apposed_role_body(const pl_token *tok, const pl_sentan *out, const pl_np *x, const pl_np *y,
                             const pl_np *z, int took)
{
	static const char *const more[] = {"founder", "co-founder", "chair", "coordinator", "organiser",
		"organizer", "manager", "adviser", "advisor", "professor", "lecturer", "researcher",
		"fellow", "deputy", "campaigner", "spokesmen", NULL};
	const char *hl = lem(&tok[y->t1 - 1]);
	uint32_t j, e;
	if (x->poss_code || x->pronoun || tok[x->t1 - 1].tag != PL_T_NNP || x->t1 - x->t0 < 2 ||
	    !(tok[x->t0].flags & PL_TOK_CAP))
		return 0;
	/* (a person the dictionary gives one party, named here as a leader
	** or member of another, "X, leader of the new Veritas party", is of
	** the party the text says: party_switch) */
	if (x->code && !took && !(x->how == PL_HOW_CONTEXT && !x->agent_only && strlen(x->code) == 3) &&
	    !(x->how == PL_HOW_MEMORY && !x->file && strlen(x->code) == 3) && !party_switch(x, z))
		return 0;
	if (y->t0 != x->t1 + 1 || !is(&tok[x->t1], ",") || z->t0 != y->t1 + 1 || y->t1 >= out->t1 ||
	    !(is(&tok[y->t1], "of") || is(&tok[y->t1], "for") || is(&tok[y->t1], "at")))
		return 0;
	/* the title: nouns after an optional article, in lower case or
	** capitalised as the wire writes an office ("Chairman of the
	** Presidential Commission", "Vice President for International
	** Services at"), but no other capitalised word */
	if (y->poss_code || y->pronoun || !(generic_title(hl) || pl_in_list(hl, more)))
		return 0;
	for (j = y->t0; j < y->t1; j++)
		if (is(&tok[j], "former") || is(&tok[j], "ex") ||
		    (tok[j].flags & PL_TOK_CAP && j > y->t0 && !office_word(lem(&tok[j]), more)))
			return 0;
	if (!z->code || z->pronoun || z->poss_code || z->person || z->how == PL_HOW_PEOPLE ||
	    z->how == PL_HOW_PRONOUN)
		return 0;
	/* (a body named by capitals that only an agent's word codes, "the
	** Farm Credit Administration" GOV with the context's USAGOV, is that
	** body: named_body_code) */
	if (!named_body_code(tok, z))
		return 0;
	e = name_tail(tok, z, out->t1);
	return e >= out->t1 || is(&tok[e], ",") || PL_TAG_IS_VERB(tok[e].tag) || tok[e].tag == PL_T_MD ||
	       ends_at_quote(tok, e);
}

/* "Ronald Glantz of Montgomery Securities said", "Malcolm Roberts, of
** Salomon Bros International,": the shape of appositive_body with a body
** that is a company no dictionary knows, a bare business chunk named by
** capitals (business_body), not a bare role ("Jones of the company"). */
static int appositive_firm(const pl_docctx *ctx, const pl_token *tok, const pl_sentan *out,
                           const pl_np *x, const pl_np *y)
{
	pl_np named = *y;
	uint32_t p = x->t1, e;
	int comma = is(&tok[p], ",");
	if (x->poss_code || x->pronoun || tok[x->t1 - 1].tag != PL_T_NNP || x->t1 - x->t0 < 2 ||
	    (x->code && !(x->how == PL_HOW_CONTEXT && !x->agent_only) &&
	     !(x->how == PL_HOW_MEMORY && !x->file && strlen(x->code) == 3)) ||
	    !(tok[x->t0].flags & PL_TOK_CAP) || tok[x->t0].tag == PL_T_DT)
		return 0;
	/* (a person's name, not a body's: "The Association of International
	** Bond Dealers") */
	if (org_noun(lem(&tok[x->t1 - 1])))
		return 0;
	if (comma)
		p++;
	if (p >= out->t1 || y->t0 != p + 1 || !(is(&tok[p], "of") || (comma && is(&tok[p], "at"))))
		return 0;
	if (!y->code || !y->agent_only || !pl_eq(y->code, "BUS") || y->pronoun || y->poss_code ||
	    y->person || !business_body(ctx, tok, y))
		return 0;
	/* (the company's own name in capitals: "Montgomery Securities",
	** "brokers Hoare Govett", not "the firm") */
	if (!(tok[y->t1 - 1].flags & PL_TOK_CAP) || tok[y->t1 - 1].tag == PL_T_NN ||
	    tok[y->t1 - 1].tag == PL_T_NNS)
		return 0;
	named.t0 = y->t0;
	e = name_tail(tok, &named, out->t1);
	return e >= out->t1 || is(&tok[e], ",") || PL_TAG_IS_VERB(tok[e].tag) || tok[e].tag == PL_T_MD ||
	       ends_at_quote(tok, e);
}

/* Name chunk x, a person set beside body y ("Hannah Ward of the Refugee
** Council", "David Caldwell, director of Universities Scotland,"), takes
** y's actor and keeps it for the article's later mentions of the name. */
static void speaks_for(pl_docctx *ctx, const pl_token *tok, pl_np *x, const pl_np *y)
{
	x->code = y->code;
	x->how = y->how;
	x->agent_only = 0;
	x->icode = y->icode;
	x->file = y->file;
	x->line = y->line;
	remember(ctx, tok[x->t1 - 1].low, x->code, x->file, x->line);
}

/* Chunk x takes the actor of y, the of-phrase after it ("the chairman of
** Migration Watch UK", "one of Labour's ..."), with its evidence. */
static void take_of_phrase(pl_np *x, const pl_np *y)
{
	x->code = y->code;
	x->how = y->how;
	x->icode = y->icode;
	x->file = y->file;
	x->line = y->line;
	x->a1 = y->t1;
}

/* Does chunk y end in a president's title ("vice president", "senior
** vice-president"), which states and companies share? */
static int president_title(const pl_token *tok, const pl_np *y)
{
	const char *h = lem(&tok[y->t1 - 1]);
	return pl_eq(h, "president") || pl_eq(h, "vice-president");
}

/* The company whose officer a name in apposition with a president's title
** is (chunk k the name, k + 1 the title): "Michael Hammes, vice president of
** international operations,", "Howard Lassler, president, said", "Edgar
** Greco, vice president and general manager of Kodak's imaging division,".
** The agents read "president" as the state's; in a company's story, with an
** apposition that names no body but a company (its other words in lower
** case: a portfolio, "for finance"), it is the company's head.  The company
** the apposition names, else the last one named before the name in its
** sentence, else the one most recently remembered in the four sentences
** before; with the context's country when it tells none.  NULL when the
** apposition names another body or the state ("of the republic"), when a
** state body is named in the sentence or was remembered after the company,
** or when no company is found: the title stays the state's. */
static const char *apposed_president_firm(const pl_docctx *ctx, const pl_token *tok,
                                          const pl_sentan *out, int k, pl_arena *a)
{
	static const char *const state[] = {"country", "republic", "nation", "state", "former", NULL};
	static const char *const none[] = {NULL};
	const pl_np *y = &out->np[k + 1];
	const char *firm = NULL, *cc, *c, *file;
	uint32_t t, b, line;
	int q;
	if (!y->code || !y->agent_only || !pl_eq(y->code, "GOV") || y->poss_code || y->pronoun ||
	    !president_title(tok, y))
		return NULL;
	for (t = y->t0; t < y->t1; t++)
		if (((tok[t].flags & PL_TOK_CAP) && !office_word(lem(&tok[t]), none)) ||
		    pl_in_list(tok[t].low, state))
			return NULL;
	/* (the rest of the apposition, to its comma or a verb in lower case
	** (one in capitals is a name's word): words in lower case, or a
	** company's name, one coded as a company or a union or one the
	** article writes with its legal form) */
	for (t = y->t1; t < out->t1 && !is(&tok[t], ",") && !is(&tok[t], ";") &&
	                !((PL_TAG_IS_VERB(tok[t].tag) || tok[t].tag == PL_T_MD) && !(tok[t].flags & PL_TOK_CAP)) &&
	                !ends_at_quote(tok, t); t++) {
		if (pl_in_list(tok[t].low, state))
			return NULL;
		for (q = k + 2; q < out->nnp && !(out->np[q].t0 <= t && t < out->np[q].t1); q++)
			;
		/* (a body named by a common noun must be a company's, "of the
		** company", "of its computer unit": "of the co-op" is another
		** body's, and "the bank" is whichever bank the story is about) */
		if (!(tok[t].flags & PL_TOK_CAP)) {
			/* (the first of two modifiers joined by "and" or "or",
			** which the chunker ends there: "of the corporate and
			** government banking division" is one unit's name, and
			** its words are no body of their own) */
			if (q < out->nnp && t == out->np[q].t1 - 1 && tok[t].tag == PL_T_JJ &&
			    t + 2 < out->t1 && (is(&tok[t + 1], "and") || is(&tok[t + 1], "or")) &&
			    !(tok[t + 2].flags & PL_TOK_CAP))
				continue;
			/* (one the story named before by its name: "the firm"
			** coded as that company, not a bare business role) */
			if (q < out->nnp && t == out->np[q].t1 - 1 && out->np[q].code &&
			    !out->np[q].agent_only && strlen(out->np[q].code) > 6 &&
			    firm_or_union(out->np[q].code)) {
				if (!firm)
					firm = out->np[q].code;
				continue;
			}
			if (q < out->nnp && t == out->np[q].t1 - 1 && t > out->np[q].t0 &&
			    (tok[out->np[q].t0].tag == PL_T_DT || tok[out->np[q].t0].tag == PL_T_PRPS) &&
			    !firm_noun(lem(&tok[t])) && !pl_eq(lem(&tok[t]), "division") &&
			    !pl_eq(lem(&tok[t]), "director") && !pl_eq(lem(&tok[t]), "board"))
				return NULL;
			continue;
		}
		if (q < out->nnp && out->np[q].code && !out->np[q].agent_only && firm_or_union(out->np[q].code)) {
			if (!firm)
				firm = out->np[q].code;
			continue;
		}
		for (b = t; b < out->t1 && (tok[b].flags & PL_TOK_CAP); b++)
			;
		/* ("Kodak's imaging division" after "Eastman Kodak Co": a
		** company named again by a word of its name) */
		if ((c = remembered(ctx, tok[t].low, &file, &line)) != NULL && strlen(c) > 3 &&
		    firm_or_union(c)) {
			if (!firm)
				firm = c;
		} else if (!firm_words(ctx, tok, t, b))
			return NULL;
		else if (!firm)
			/* (a company the article names with its legal form, but
			** whose code this word does not tell: no other company
			** the memory holds) */
			firm = "BUS";
		t = b - 1;
	}
	/* (a state body anywhere in the sentence is whose the title is) */
	for (q = 0; q < out->nnp; q++)
		if (q != k && q != k + 1 && out->np[q].code && state_body(out->np[q].code))
			return NULL;
	/* (not past a quotation's mark: a firm in the quoted words, "what IBM
	** is to the market," said Jo Hill, is spoken of) */
	for (q = k - 1, t = out->np[k].t0; q >= 0 && !firm; q--) {
		for (; t > out->np[q].t1; t--)
			if ((tok[t - 1].flags & (PL_TOK_QOPEN | PL_TOK_QCLOSE)) &&
			    !(tok[t - 1].len == 1 && tok[t - 1].s[0] == '\''))
				break;
		if (t > out->np[q].t1)
			break;
		/* (an owner too: "Siemens' plans ..., but Jo Hill, president of
		** the mobile division at the firm, says") */
		c = out->np[q].code ? out->np[q].code : out->np[q].poss_code;
		if (c && !out->np[q].agent_only && firm_or_union(c))
			firm = c;
		t = out->np[q].t0;
	}
	for (q = ctx->nmem - 1; q >= 0 && !firm && ctx->sent - ctx->mem[q].sent <= 4; q--) {
		const struct pl_memory *e = &ctx->mem[q];
		if (!e->code || e->kind != PL_MEM_ORG)
			continue;
		if (state_body(e->code))
			return NULL;
		if (firm_or_union(e->code))
			firm = e->code;
	}
	if (!firm || (strlen(firm) == 3 && (cc = context_country(ctx)) == NULL))
		return NULL;
	return strlen(firm) == 3 ? join(a, cc, firm) : firm;
}

/* "Jo Hill, a student from Iraq,", "Ann Roe, an analyst in Washington,":
** the country of the chunk right after the bare role at chunk r in a name's
** apposition, in a from/in phrase that closes the apposition (a comma, a
** verb or the sentence's end after it): the country the phrase itself
** names, else a place's when the article's country does not rule it out
** (place_fits).  NULL when there is none; an of-phrase says what the role
** is about ("a historian of Russia"), not where its holder is from. */
static const char *role_home(const pl_docctx *ctx, const pl_token *tok, const pl_sentan *out,
                             int r)
{
	const pl_np *y = &out->np[r], *z;
	int q;
	if (r + 1 >= out->nnp || y->t1 >= out->t1 || !(is(&tok[y->t1], "from") || is(&tok[y->t1], "in")))
		return NULL;
	z = &out->np[r + 1];
	if (z->t0 != y->t1 + 1 || z->pronoun || z->poss_code || (z->code && z->agent_only))
		return NULL;
	/* (the place ends the sentence, its clause, or runs on to the verb:
	** "said Jo Roe, an analyst in Houston.") */
	if (z->t1 < out->t1 && !is(&tok[z->t1], ",") && !PL_TAG_IS_VERB(tok[z->t1].tag) &&
	    !(z->t1 + 1 == out->t1 && (tok[z->t1].flags & PL_TOK_PUNCT)))
		return NULL;
	if (z->code)
		return strlen(z->code) == 3 && z->how != PL_HOW_CONTEXT ? z->code : NULL;
	for (q = 0; q < out->nplaces; q++)
		if (out->places[q].t0 >= z->t0 && out->places[q].t1 <= z->t1 &&
		    out->places[q].country[0] &&
		    (place_fits(ctx, out->places[q].country) || market_town(tok, y, &out->places[q])))
			return out->places[q].country;
	return NULL;
}

/* "Mary Cole, an American writer,": a role no dictionary codes, said of
** one person with a nationality (chunk np: an article, the nationality,
** lower-case words, a singular noun), gives its country alone. */
static int national_role(const pl_token *tok, const pl_np *np)
{
	const pl_token *h = &tok[np->t1 - 1];
	uint32_t j;
	if (!np->code || np->agent_only || np->pronoun || np->poss_code || strlen(np->code) != 3 ||
	    np->how == PL_HOW_CONTEXT || np->how == PL_HOW_MEMORY || np->t1 - np->t0 < 3 ||
	    !(is(&tok[np->t0], "a") || is(&tok[np->t0], "an") || is(&tok[np->t0], "the")) ||
	    h->tag != PL_T_NN || (h->flags & PL_TOK_CAP) || !(tok[np->t0 + 1].flags & PL_TOK_CAP))
		return 0;
	/* (the nationality alone in capitals: "the French Open champion" is
	** a champion of a tournament, not a Frenchwoman) */
	for (j = np->t0 + 2; j < np->t1; j++)
		if (tok[j].flags & PL_TOK_CAP)
			return 0;
	return 1;
}

/* Is chunk np the proper name of a body that a bare role heads, one the
** dictionaries know by its last word alone: "Thames Valley Police", "the
** Prison Service" (two to five capitalised words after an optional "the",
** the first a proper noun, the last a body's head that an agent line names;
** not "Council", which may be a charity's: "the Refugee Council")?  A title
** that speaks for it ("John Smith, a spokesman for Thames Valley Police,")
** is of that role (COP), not of the title's own (GOV). */
static int named_role_body(const pl_token *tok, const pl_np *np)
{
	static const char *const heads[] = {"police", "constabulary", "court", "service", "army",
		"navy", "authority", "agency", NULL};
	uint32_t t = np->t0, j;
	if (!np->agent_only || !np->code || np->pronoun || np->poss_code || pl_eq(np->code, "BUS") ||
	    !pl_in_list(lem(&tok[np->t1 - 1]), heads))
		return 0;
	if (is(&tok[t], "the"))
		t++;
	if (np->t1 - t < 2 || np->t1 - t > 5 || tok[t].tag != PL_T_NNP)
		return 0;
	for (j = t; j < np->t1; j++)
		if (!(tok[j].flags & PL_TOK_CAP) || (tok[j].flags & PL_TOK_ALLCAP) || !PL_TAG_IS_NOUN(tok[j].tag))
			return 0;
	return 1;
}

/* The verb group whose object pronoun chunk k is (the verb's own object, or
** the one of a preposition right after it, "wrote to him": in "resisted
** calls for him to go" him may be the subject), when its subject is another
** chunk with an actor code, put in *sc; else -1.  For object_person and
** object_several. */
static int object_verb(const pl_token *tok, const pl_sentan *out, int k, const char **sc)
{
	const pl_np *np = &out->np[k];
	int g;
	for (g = out->nvg - 1; g >= 0 && out->vg[g].t1 > np->t0; g--)
		;
	if (g < 0 || !(out->vg[g].t1 == np->t0 ||
	               (out->vg[g].t1 + 1 == np->t0 && (tok[np->t0 - 1].tag == PL_T_IN ||
	                                                tok[np->t0 - 1].tag == PL_T_TO))))
		return -1;
	if (out->vg[g].subj < 0 || out->vg[g].subj == k ||
	    !(*sc = np_actor(&out->np[out->vg[g].subj])))
		return -1;
	return g;
}

/* "accusing him of an error", "calling for her to resign": an object "him"
** or "her" (chunk k) of a verb, or of a preposition right after one,
** stands for a person named before it in this sentence, else in the
** sentence before, who is not the subject of the verb it follows (one
** does not "accuse him" of one's own doing).  The code when
** the persons left share one; NULL when any is unknown, or when a person
** this sentence names before it is ruled out ("Blair said Brown had let
** him down": him may be either, of one code). */
static const char *object_person(const pl_docctx *ctx, const pl_token *tok, const pl_sentan *out,
                                 int k, const char **file, uint32_t *line)
{
	const char *sc, *found = NULL;
	int g, q, i, here = 0;
	if ((g = object_verb(tok, out, k, &sc)) < 0)
		return NULL;
	for (q = 0; q < k; q++) {
		const pl_np *x = &out->np[q];
		if (!x->person || x->pronoun || is(&tok[x->t0], "i") || q == out->vg[g].subj)
			continue;
		here = 1;
		if (!np_actor(x) || pl_eq(np_actor(x), sc) || (found && !pl_eq(found, np_actor(x))))
			return NULL;
		found = np_actor(x);
		*file = x->file;
		*line = x->line;
	}
	if (here)
		return found;
	for (i = ctx->nmem - 1; i >= 0 && ctx->mem[i].sent + 1 >= ctx->sent; i--) {
		const struct pl_memory *e = &ctx->mem[i];
		if (e->kind != PL_MEM_PERSON || e->sent == ctx->sent || (e->code && pl_eq(e->code, sc)))
			continue;
		if (!e->code || (found && !pl_eq(found, e->code)))
			return NULL;
		found = e->code;
		*file = e->file;
		*line = e->line;
	}
	return found;
}

/* Is chunk np a person of the people dictionary (its line) whom the
** dictionary has in no role on the article's date? */
static int person_out_of_office(const pl_docctx *ctx, const pl_token *tok, const pl_np *np)
{
	uint32_t i;
	for (i = np->t0; i < np->t1; i++) {
		const pl_phrase *ph = scanned_name(ctx, tok, i);
		if (ph && ph != &no_name && ph->kind == PL_A_PERSON && ph->file == np->file &&
		    ph->line == np->line)
			return out_of_office_here(ctx, ph);
	}
	return 0;
}

/* Chunk k, a person's name with no code of its own (none, or only the
** article's country as a guess), followed by ", who leads the Y party" (or
** heads, chairs, founded it): the name takes the party's code, kept for
** later mentions of the surname.  A party led once ("who led") is no
** tie now. */
static void party_leader_clause(pl_docctx *ctx, const pl_token *tok, pl_sentan *out, int k)
{
	static const char *const lead[] = {"leads", "heads", "chairs", "founded", NULL};
	pl_np *x = &out->np[k];
	const pl_np *y = NULL;
	const char *code;
	uint32_t at = x->t1 + 3;
	int z;
	if (x->pronoun || x->poss_code || x->t1 - x->t0 < 2 || tok[x->t1 - 1].tag != PL_T_NNP ||
	    (x->code && !((x->how == PL_HOW_CONTEXT || (x->how == PL_HOW_MEMORY && !x->file)) &&
	                  !x->agent_only && strlen(x->code) == 3)) ||
	    at >= out->t1 || !is(&tok[x->t1], ",") || !is(&tok[x->t1 + 1], "who") ||
	    !pl_in_list(tok[x->t1 + 2].low, lead))
		return;
	for (z = k + 1; z < out->nnp && z < k + 4 && out->np[z].t0 <= at; z++)
		if (out->np[z].t0 == at)
			y = &out->np[z];
	/* (a party no dictionary names, "the Green Party", is the context
	** country's) */
	code = y && y->agent_only ? y->icode : y ? y->code : NULL;
	if (!code || y->pronoun || y->poss_code || !strstr(code, "PTY"))
		return;
	x->code = code;
	x->how = y->how;
	x->icode = NULL;
	x->file = y->file;
	x->line = y->line;
	remember(ctx, tok[x->t1 - 1].low, x->code, x->file, x->line);
}

/* Does chunk q name several: a plural noun at its head, or one of a
** compound ("Iran and Iraq")? */
static int names_several(const pl_token *tok, const pl_sentan *out, int q)
{
	const pl_np *x = &out->np[q];
	return !x->pronoun && (tok[x->t1 - 1].tag == PL_T_NNS || tok[x->t1 - 1].tag == PL_T_NNPS ||
	                       in_compound(out, q));
}

/* The code chunk q names as a whole: its own, or for a compound the one
** all its members share (NULL when they differ or one has none). */
static const char *several_code(const pl_sentan *out, int q)
{
	const char *c = np_actor(&out->np[q]);
	int a = q, b = q, i;
	while (a > 0 && out->np[a - 1].group == out->np[q].group)
		a--;
	while (b + 1 < out->nnp && out->np[b + 1].group == out->np[q].group)
		b++;
	for (i = a; i <= b && c; i++)
		if (!np_actor(&out->np[i]) || !pl_eq(np_actor(&out->np[i]), c))
			return NULL;
	return c;
}

/* "Volcker called on educators to ... and urged them to ...": an object
** "them" (chunk k) of a verb, or of a preposition right after one, stands
** for the nearest chunk naming several before it in this sentence that is
** not the verb's subject, else for the body in the plural the sentence
** before was about.  The nearest decides: a thing ("bought the shares and
** sold them"), a compound of several codes or one of the subject's own
** code gives nothing, for one does not urge oneself; so do ordinary
** people (CVL), whose "them" is mostly one of advice or purpose ("help
** them see"), and a verb whose subject has no code ("the tax was asking
** them to help finance").  A noun after "of"
** only describes the one before it ("the teaching of reading skills"),
** unless that one is a part of a group ("groups of employees"). */
static const char *object_several(const pl_docctx *ctx, const pl_token *tok, const pl_sentan *out,
                                  int k, const char **file, uint32_t *line)
{
	const char *sc, *c;
	int g, q;
	if ((g = object_verb(tok, out, k, &sc)) < 0)
		return NULL;
	for (q = k - 1; q >= 0; q--) {
		const pl_np *x = &out->np[q];
		if (q == out->vg[g].subj || out->np[q].group == out->np[out->vg[g].subj].group ||
		    !names_several(tok, out, q))
			continue;
		if (x->t0 > out->t0 + 1 && is(&tok[x->t0 - 1], "of") && out->np_of[x->t0 - 2 - out->t0] >= 0 &&
		    !is_part_word(lem(&tok[out->np[out->np_of[x->t0 - 2 - out->t0]].t1 - 1])))
			continue;
		c = several_code(out, q);
		if (!c || pl_eq(c, sc) || strstr(c, "CVL"))
			return NULL;
		*file = x->file;
		*line = x->line;
		return c;
	}
	if (ctx->topic_pl_code && ctx->topic_sent + 1 == ctx->sent &&
	    !pl_eq(ctx->topic_pl_code, sc) && !strstr(ctx->topic_pl_code, "CVL")) {
		*file = ctx->topic_pl_file;
		*line = ctx->topic_pl_line;
		return ctx->topic_pl_code;
	}
	return NULL;
}

/* Gives each uncoded object "him" or "her" its person (object_person),
** and each uncoded object "them" its several (object_several). */
static void object_pronouns(const pl_docctx *ctx, const pl_token *tok, pl_sentan *out)
{
	int k;
	for (k = 0; k < out->nnp; k++) {
		pl_np *np = &out->np[k];
		const char *c, *file = NULL;
		uint32_t line = 0;
		int them;
		if (!np->pronoun || np->code || np->t1 - np->t0 != 1 || tok[np->t0].tag != PL_T_PRP)
			continue;
		them = is(&tok[np->t0], "them");
		if (!them && !is(&tok[np->t0], "him") && !is(&tok[np->t0], "her"))
			continue;
		c = them ? object_several(ctx, tok, out, k, &file, &line) :
		           object_person(ctx, tok, out, k, &file, &line);
		if (!c)
			continue;
		np->code = c;
		np->how = PL_HOW_PRONOUN;
		np->person = !them;
		np->file = file;
		np->line = line;
	}
}

/* Offices of public business the agents dictionary does not list word
** for word ("Housing Secretary", "farm under secretary", "Secretary for
** Monetary Affairs", "public finances director"): an office noun with a
** field of the state's business before it, or after "for" or "of", is the
** government's (GOV) of the country the chunk or the story gives.  Titles
** companies give too ("director", "treasurer", "representative") take only
** the fields no firm has (budget, customs, monetary affairs ...): "finance
** director" and "sales representative" are a firm's. */
static const char *const office_nouns[] = {"secretary", "minister", "commissioner", "administrator",
	"comptroller", "undersecretary", "under-secretary", "vice-minister", "envoy", "superintendent",
	"director", "treasurer", "representative", "controller", NULL};
static const char *const firm_offices[] = {"director", "treasurer", "representative", "controller",
	"administrator", "superintendent", NULL};
/* fields of the state's business; the first list's a firm has too */
static const char *const public_fields[] = {"finance", "economy", "economic", "industry", "industrial",
	"energy", "environment", "environmental", "health", "education", "commerce", "planning",
	"transport", "communications", "telecommunications", "culture", "tourism", "sport", "petroleum",
	"oil", "labor", "labour", "justice", "interior", "foreign", "agriculture", "agricultural", NULL};
static const char *const state_fields[] = {"budget", "customs", "tax", "revenue", "monetary",
	"treasury", "immigration", "trade", "farm", "fishery", "fisheries", "housing", "transportation",
	"state", "welfare", "finances", "mines", "works", NULL};
/* words inside a title that are no field by themselves */
static const char *const title_fillers[] = {"deputy", "vice", "assistant", "associate", "acting",
	"under", "public", "federal", "national", "international", "social", "affair", "affairs", "and",
	"special", NULL};

/* 2 when token t names a field no firm has, 1 a field of the state a firm
** may have too, 0 none. */
static pl_wordset office_set = PL_WORDSET(office_nouns), firm_office_set = PL_WORDSET(firm_offices),
	public_set = PL_WORDSET(public_fields), state_set = PL_WORDSET(state_fields),
	filler_set = PL_WORDSET(title_fillers);

static int field_kind(const pl_token *t)
{
	if (pl_in_set(&state_set, lem(t)) || pl_in_set(&state_set, t->low))
		return 2;
	return pl_in_set(&public_set, lem(t)) || pl_in_set(&public_set, t->low);
}

/* Every word of the lists above, as one set made once: a title starts with
** one of them, and most nouns met here (every noun no dictionary matched)
** start none.  Walks of the lists, or filters of their words' first bytes
** that let a quarter of all nouns through to those walks, cost more than
** the rest of the test.  Without the set (memory ran out) every noun is
** tried. */
static pl_hash title_word_set;
static int title_words_ok;
static pthread_once_t title_words_once = PTHREAD_ONCE_INIT;
/* The same words' slots (pl_word_slot): some 75 words of 4,096 slots turn
** away nearly every other noun by its first three bytes, before the set's
** two look-ups (a hash and a probe each) for lemma and lower case. */
static uint64_t title_slots[PL_WORD_SLOTS / 64];

static void slot_words(const char *const *list)
{
	for (; *list; list++) {
		uint32_t b = pl_word_slot(*list);
		title_slots[b / 64] |= (uint64_t)1 << (b % 64);
	}
}

static void build_title_words(void)
{
	title_words_ok = pl_list_to_set(&title_word_set, office_nouns) == 0 &&
	                 pl_list_to_set(&title_word_set, public_fields) == 0 &&
	                 pl_list_to_set(&title_word_set, state_fields) == 0 &&
	                 pl_list_to_set(&title_word_set, title_fillers) == 0;
	slot_words(office_nouns);
	slot_words(public_fields);
	slot_words(state_fields);
	slot_words(title_fillers);
}

static int title_word(const pl_token *t)
{
	pthread_once(&title_words_once, build_title_words);
	if (!title_words_ok)
		return 1;
	/* (the word itself only when its lemma is another: most words are
	** their own lemma, already asked) */
	return (pl_slot_has(title_slots, lem(t)) &&
	        pl_tok_get_lem(&title_word_set, t) != NULL) ||
	       (lem(t) != t->low && pl_slot_has(title_slots, t->low) &&
	        pl_tok_get_low(&title_word_set, t) != NULL);
}

/* Can an office title start at token t: a noun or an adjective that is a
** word of a title?  Asked inline of every token no mention took, before the
** call to office_title, which most tokens (verbs, determiners ...) would
** leave at its first test. */
static inline int title_start(const pl_token *t)
{
	return (PL_TAG_IS_NOUN(t->tag) || t->tag == PL_T_JJ) && title_word(t);
}

/* The end of an office title starting at token i (before t1; title_start
** holds there), or i when there is none (see office_nouns). */
static uint32_t office_title_end(const pl_token *tok, uint32_t i, uint32_t t1)
{
	uint32_t j, k;
	int best = 0;
	for (j = i; j < t1 && j - i < 6; j++) {
		const pl_token *t = &tok[j];
		int f = field_kind(t);
		if (pl_in_set(&office_set, lem(t)) && j > i && best) {
			/* ("trade representatives" of the firms of a trade) */
			if (pl_in_set(&firm_office_set, lem(t)) && (best < 2 || t->tag == PL_T_NNS))
				return i;
			return j + 1;
		}
		/* "and" only between fields ("Energy and Mines Minister"; "states
		** and representatives of ..." are two chunks, not a title) */
		if ((!f && !pl_in_set(&filler_set, t->low)) ||
		    (is(t, "and") && (j == i || !field_kind(&tok[j - 1]) || j + 1 >= t1 ||
		                      !field_kind(&tok[j + 1]))))
			break;
		if (f > best)
			best = f;
	}
	/* "Secretary for Monetary Affairs", "Minister of Trade" */
	if (!pl_in_set(&office_set, lem(&tok[i])) || i + 2 >= t1 ||
	    !(is(&tok[i + 1], "for") || is(&tok[i + 1], "of")))
		return i;
	for (k = i + 2, best = 0; k < t1 && k - i < 6; k++) {
		int f = field_kind(&tok[k]);
		if (!f && !pl_in_set(&filler_set, tok[k].low))
			break;
		if (f > best)
			best = f;
	}
	if (!best || (pl_in_set(&firm_office_set, lem(&tok[i])) && best < 2) ||
	    is(&tok[k - 1], "and") || is(&tok[k - 1], "of"))
		return i;
	return k;
}

/* An agent mention of the government for an office title at token i
** (office_title_end; the caller has asked title_start), or NULL.  Not after a name of a body or a firm
** ("IMF trade director", "Chase finance director") or a noun of one ("party
** finance secretary"), which holds the office. */
static const pl_phrase *office_title(const pl_store *s, const pl_token *tok, uint32_t i,
                                     uint32_t t0, uint32_t t1, const mention *prev, pl_arena *a)
{
	uint32_t e, k;
	const pl_phrase *gov;
	pl_phrase *ph;
	const char **w;
	if ((e = office_title_end(tok, i, t1)) == i)
		return NULL;
	if (i > t0) {
		static const char *const owners[] = {"party", "union", "company", "firm", "bank", "club",
			"university", "college", "shadow", "opposition", "campaign", "association", "federation",
			"league", "church", "corporate", "group", "council", NULL};
		const pl_token *b = &tok[i - 1];
		/* "party finance secretary", "the shadow justice secretary" */
		if (pl_in_list(lem(b), owners))
			return NULL;
		int country = prev && prev->t1 == i && (prev->ph->kind == PL_A_COUNTRY ||
		                                         prev->ph->kind == PL_A_CADJ);
		if (b->tag == PL_T_POS && !(prev && prev->t1 == i - 1 && (prev->ph->kind == PL_A_COUNTRY ||
		                                                        prev->ph->kind == PL_A_CADJ)))
			return NULL;
		/* "Texas state treasurer": a place's own state office */
		if ((b->tag == PL_T_NNP || b->tag == PL_T_NNPS || (prev && prev->t1 == i)) && !country &&
		    !(is(&tok[i], "state") && !(prev && prev->t1 == i)))
			return NULL;
	}
	for (gov = pl_hash_get(&s->agents, "official", 8); gov && !(gov->ntok == 1 && pl_eq(gov->code, "GOV"));
	     gov = gov->next)
		;
	if (!gov || e - i > 255 || (ph = pl_arena_alloc(a, sizeof *ph)) == NULL ||
	    (w = pl_arena_alloc(a, (e - i) * sizeof *w)) == NULL)
		return NULL;
	*ph = *gov;
	for (k = i; k < e; k++)
		w[k - i] = lem(&tok[k]);
	ph->tok = w;
	ph->ntok = (uint8_t)(e - i);
	ph->next = NULL;
	return ph;
}

/* ---- acronyms the story defines ---------------------------------------
** "the Institute of Economic Affairs (IEA)" and "the ICO (International
** Coffee Organization)" say what the letters mean in this story: a later
** "the IEA" is that institute, not the International Energy Agency the
** dictionaries file under the same letters. */

/* Can token t be an acronym: two to eight capitals (an "&" among them), no
** period ("U.S.") and no digit? */
static int acronym_like(const pl_token *t)
{
	uint32_t k;
	if (!(t->flags & PL_TOK_ALLCAP) || t->len < 2 || t->len > 8)
		return 0;
	for (k = 0; k < t->len; k++)
		if (!(isupper((unsigned char)t->s[k]) || (t->s[k] == '&' && k > 0)))
			return 0;
	return 1;
}

/* A small word a full name may hold without its letter ("of", "and"). */
static int acronym_small(const pl_token *t)
{
	static const char *const w[] = { "of", "and", "for", "the", "on", "in", "de", "&", NULL };
	return islower((unsigned char)t->s[0]) || t->s[0] == '&' ? pl_in_list(t->low, w) : 0;
}

/* A company's legal form closing a name that its acronym leaves out
** ("Nippon Telegraph and Telephone Corp (NTT)"). */
static int acronym_form(const pl_token *t)
{
	static const char *const w[] = { "corp", "corp.", "co", "co.", "inc", "inc.", "ltd", "ltd.",
	                                 "plc", "ag", "sa", "nv", NULL };
	return pl_in_list(t->low, w);
}

/* Do the last m letters of acronym a fit the words before token j (not
** before lo)?  Read backwards: a capitalised word gives its first letter,
** its first few letters, or the initials of its hyphened parts
** ("Inter-American" IA); a small word gives its initial or nothing, but
** never the first letter.  The first word the letters start at, or -1. */
static long acronym_fit(const char *a, size_t m, const pl_token *tok, uint32_t lo, uint32_t j)
{
	const pl_token *w;
	size_t k;
	if (m == 0)
		return j;
	if (j <= lo)
		return -1;
	w = &tok[j - 1];
	if (acronym_small(w)) {
		long r = acronym_fit(a, m, tok, lo, j - 1);
		if (r >= 0)
			return r;
		if (m > 1 && toupper((unsigned char)w->s[0]) == a[m - 1])
			return acronym_fit(a, m - 1, tok, lo, j - 1);
		return -1;
	}
	if (!isupper((unsigned char)w->s[0]))
		return -1;
	for (k = 1; k <= m && k <= w->len; k++) {
		long r;
		if (toupper((unsigned char)w->s[k - 1]) != a[m - k])
			break;
		if ((r = acronym_fit(a, m - k, tok, lo, j - 1)) >= 0)
			return r;
	}
	if (strchr(w->s, '-')) {
		char h[8];
		size_t n = 0;
		const char *p = w->s;
		while (*p && n < sizeof h) {
			h[n++] = (char)toupper((unsigned char)*p);
			p = strchr(p, '-');
			if (!p)
				break;
			p++;
		}
		if (n > 1 && n <= m && memcmp(h, a + m - n, n) == 0)
			return acronym_fit(a, m - n, tok, lo, j - 1);
	}
	return -1;
}

/* The full name [f0, f1) fits acronym token at, the whole of it (a legal
** form at its end may be left out)?  Returns the name's first word, or -1. */
static long acronym_name(const pl_token *tok, uint32_t at, uint32_t lo, uint32_t f1)
{
	long r = acronym_fit(tok[at].s, tok[at].len, tok, lo, f1);
	if (r < 0 && f1 > lo + 2 && acronym_form(&tok[f1 - 1]))
		r = acronym_fit(tok[at].s, tok[at].len, tok, lo, f1 - 1);
	return r;
}

/* Words of a name for comparing two spellings: lower case, small words
** and punctuation out, British spellings as American ("Organisation").
** Writes them into b (n bytes), each with a space after. */
static size_t acronym_words(const char *s, char *b, size_t n, size_t o)
{
	static const char *const small[] = { "the", "of", "and", "for", "on", "in", "de", NULL };
	char w[40];
	size_t k;
	while (*s) {
		while (*s && !isalnum((unsigned char)*s))
			s++;
		for (k = 0; *s && isalnum((unsigned char)*s); s++)
			if (k + 1 < sizeof w)
				w[k++] = (char)tolower((unsigned char)*s);
		w[k] = 0;
		if (!k || pl_in_list(w, small))
			continue;
		if (strncmp(w, "organis", 7) == 0)
			w[6] = 'z';
		if (strcmp(w, "centre") == 0)
			memcpy(w, "center", 7);
		if (strcmp(w, "labour") == 0)
			memcpy(w, "labor", 6);
		if (o + k + 1 < n) {
			memcpy(b + o, w, k);
			b[o + k] = ' ';
			o += k + 1;
		}
	}
	b[o < n ? o : n - 1] = 0;
	return o;
}

/* Do the full name [f0, f1) and the dictionary's name of a body share a
** word that tells bodies apart ("Government Accounting Office" and
** "General Accounting Office" do; "Institute of Economic Affairs" and
** "International Energy Agency" do not)?  Words any body may have in its
** name tell nothing. */
static int acronym_shares(const char *name, const pl_token *tok, uint32_t f0, uint32_t f1)
{
	static const char *const generic[] = { "international", "national", "federal", "world",
		"united", "general", "association", "council", "organization", "union", "office",
		"commission", "committee", "agency", "institute", "bank", "board", "authority",
		"corp", "corporation", "co", "company", "inc", "ltd", "group", "party", NULL };
	char x[256], y[260], w[40];
	size_t o = 1;
	uint32_t i;
	const char *p, *q;
	if (!name)
		return 1;
	acronym_words(name, x, sizeof x, 0);
	y[0] = ' ';
	for (i = f0; i < f1; i++)
		o = acronym_words(tok[i].s, y, sizeof y - 1, o);
	for (p = x; *p; p = q + 1) {
		size_t n;
		if (!(q = strchr(p, ' ')))
			break;
		n = (size_t)(q - p);
		if (n + 3 > sizeof w)
			continue;
		w[0] = ' ';
		memcpy(w + 1, p, n);
		w[n + 1] = ' ';
		w[n + 2] = 0;
		if (strstr(y, w) && (w[n + 1] = 0, !pl_in_list(w + 1, generic)))
			return 1;
	}
	return 0;
}

/* Is the dictionary's name of a body spelt by acronym a: the initials of
** its capitalised words, or of all its words and hyphened parts
** ("International Energy Agency" IEA)? */
static int acronym_spelt(const char *a, const char *name)
{
	char cap[16], all[16];
	size_t nc = 0, na = 0;
	const char *p = name;
	if (!name)
		return 0;
	while (*p) {
		while (*p == ' ' || *p == '-')
			p++;
		if (!*p)
			break;
		if (na + 1 < sizeof all)
			all[na++] = (char)toupper((unsigned char)*p);
		if (isupper((unsigned char)*p) && nc + 1 < sizeof cap)
			cap[nc++] = *p;
		while (*p && *p != ' ' && *p != '-')
			p++;
	}
	cap[nc] = all[na] = 0;
	return strcmp(cap, a) == 0 || strcmp(all, a) == 0;
}

/* Records that acronym token at means the full name [f0, f1) of this
** sentence, when the dictionaries mean another body by it (or none), and
** gives the acronym's own chunk here the full name's actor. */
static void acronym_define(const pl_store *s, pl_docctx *ctx, const pl_token *tok, uint32_t t0,
                           pl_sentan *out, const mention *m, int nm, uint32_t at, uint32_t f0,
                           uint32_t f1, pl_arena *a)
{
	const pl_phrase *ph = NULL;
	const pl_np *full;
	const char *code = NULL, *file = NULL;
	uint32_t line = 0;
	int z, kf = out->np_of[f0 - t0], ka = out->np_of[at - t0], agent = 0, r;
	struct pl_acronym *d;
	for (z = 0; z < nm; z++)
		if (m[z].t0 == at && m[z].t1 == at + 1)
			ph = m[z].ph;
	/* (letters defined before: what the dictionaries say of them) */
	for (r = 0; r < ctx->nacro && strcmp(ctx->acro[r].acr, tok[at].s); r++)
		;
	if (r < ctx->nacro)
		ph = match_at(s, ctx, tok, at, at + 1, 0);
	/* (a country's letters, "UAE", are the country) */
	if (ph && ph->kind != PL_A_ORG)
		return;
	if (kf < 0 || kf == ka)
		return;
	full = &out->np[kf];
	/* the full name is a body the dictionaries know by a name of its own
	** ("the African Development Bank (ADB)") */
	for (z = 0; z < nm; z++)
		if (m[z].t0 == f0 && m[z].t1 >= f0 + 2 && m[z].t1 <= f1 && m[z].ph->kind == PL_A_ORG &&
		    m[z].ph->code) {
			code = m[z].ph->code;
			file = m[z].ph->file;
			line = m[z].ph->line;
		}
	/* (letters the dictionaries do not know take only a name they know,
	** and only three or more: two, "EC", are too often another body's in
	** the same story, "the EC" of the Commission; for the others the
	** roles of unknown names serve) */
	if (!ph && (!code || tok[at].len < 3))
		return;
	if (ph && (code ? strcmp(code, ph->code) == 0 :
	           !acronym_spelt(tok[at].s, ph->name) || acronym_shares(ph->name, tok, f0, f1))) {
		/* the dictionaries' meaning (or nothing to tell it is not),
		** theirs again from here on */
		if (r < ctx->nacro)
			ctx->acro[r] = ctx->acro[--ctx->nacro];
		return;
	}
	if (!code && !full->poss_code) {
		/* "the Institute of Economic Affairs": a body no dictionary
		** knows, by the role its head noun tells, or the bare role the
		** chunk has; no code rather than one from a place in its name */
		const pl_bodyhead *ev = NULL;
		const char *role = body_name(s, tok, full, out->t1, &ev);
		if (role && role[0] && ev) {
			code = role;
			file = ev->file;
			line = ev->line;
			agent = 1;
		} else if (full->code && full->agent_only && !full->pronoun && !full->person) {
			code = full->code;
			file = full->file;
			line = full->line;
			agent = 1;
		}
	}
	if (r == ctx->nacro) {
		if (ctx->nacro == (int)(sizeof ctx->acro / sizeof ctx->acro[0]))
			return;
		ctx->nacro++;
	}
	d = &ctx->acro[r];
	d->acr = pl_arena_strndup(a, tok[at].s, tok[at].len);
	d->code = code;
	d->file = file;
	d->line = line;
	d->agent = (uint8_t)agent;
	if (!d->acr) {
		ctx->nacro--;
		return;
	}
	if (ka >= 0) {
		pl_np *x = &out->np[ka];
		if (ph && x->code && x->a0 <= at && x->a1 > at && strcmp(x->code, ph->code) == 0) {
			x->code = code;
			x->file = file;
			x->line = line;
			x->how = code ? PL_HOW_MEMORY : PL_HOW_NONE;
			x->agent_only = (uint8_t)agent;
			x->icode = agent ? full->icode : NULL;
		}
	}
}

/* Finds the sentence's acronym definitions: "Full Name (ACR)", with a
** ticker's closing ">" allowed before the bracket, and "ACR (Full Name)". */
static void acronym_defs(const pl_store *s, pl_docctx *ctx, const pl_token *tok, uint32_t t0, uint32_t t1,
                         pl_sentan *out, const mention *m, int nm, pl_arena *a)
{
	uint32_t i, q;
	for (i = t0 + 1; i + 2 < t1; i++) {
		long f;
		if (tok[i].s[0] != '(' || tok[i].len != 1)
			continue;
		if (acronym_like(&tok[i + 1]) && tok[i + 2].s[0] == ')') {
			uint32_t e = i;
			if (tok[e - 1].s[0] == '>' && tok[e - 1].len == 1 && e - 1 > t0)
				e--;
			f = acronym_name(tok, i + 1, t0, e);
			if (f >= 0 && e - (uint32_t)f >= 2)
				acronym_define(s, ctx, tok, t0, out, m, nm, i + 1, (uint32_t)f, e, a);
			continue;
		}
		if (!acronym_like(&tok[i - 1]))
			continue;
		for (q = i + 1; q < t1 && q < i + 12 && tok[q].s[0] != ')'; q++)
			;
		if (q >= t1 || tok[q].s[0] != ')' || q - i < 3)
			continue;
		f = acronym_name(tok, i - 1, i + 1, q);
		if (f == (long)i + 1)
			acronym_define(s, ctx, tok, t0, out, m, nm, i - 1, i + 1, q, a);
	}
}

/* A mention of an acronym the story defined: the full name's actor, as a
** phrase of its own (NULL when the full name has none); ph otherwise. */
static const pl_phrase *story_acronym(const pl_docctx *ctx, const pl_token *t, const pl_phrase *ph,
                                      pl_arena *a)
{
	int z;
	pl_phrase *q;
	const char **w;
	if (!(t->flags & PL_TOK_ALLCAP) || (ph && (ph->ntok != 1 || ph->kind != PL_A_ORG)))
		return ph;
	for (z = 0; z < ctx->nacro && strcmp(ctx->acro[z].acr, t->s); z++)
		;
	if (z == ctx->nacro)
		return ph;
	if (!ctx->acro[z].code)
		return NULL;
	q = pl_arena_alloc(a, sizeof *q);
	w = pl_arena_alloc(a, sizeof *w);
	if (!q || !w)
		return ph;
	if (ph)
		*q = *ph;
	*w = ctx->acro[z].acr;
	q->tok = w;
	q->ntok = 1;
	q->kind = ctx->acro[z].agent ? PL_A_AGENT : PL_A_ORG;
	q->lower = 0;
	q->last0 = (uint8_t)w[0][0];
	q->code = ctx->acro[z].code;
	q->name = ctx->acro[z].acr;
	q->file = ctx->acro[z].file;
	q->line = ctx->acro[z].line;
	q->next = NULL;
	return q;
}

/* Does a comma between chunk x and the list after it close a clause
** rather than join a list: the list ends the sentence as a speech tag
** ("..., Western diplomats and Chinese sources say."), x is the object of a
** preposition ("after the resignation of party leader Hu Lin"), and a
** finite verb stands between x and the comma or sentence start before it
** ("The price freeze came after ...")?  x then belongs to what was said,
** and the speakers are the list after the comma alone.  (Not "The dollar
** will hold, officials of Britain, France and Italy said": no verb between
** the comma and "of Britain", which is the speakers' own phrase.)  y_end
** is the token after the list's last chunk. */
/* The chunk a phrase "to X", "with X", "on X" at token b hangs on when
** that chunk is a thing, a letter, a statement or a meeting, written right
** before it or before a participle ("the club's statement to the stock
** exchange", "a letter sent to the minister", "the report on Turkey"):
** what such a thing says is not said by X.  Not "by" or "from", which
** name the author ("a statement by the union"); -1 when there is none. */
static int thing_before_phrase(const pl_token *tok, const pl_sentan *out, uint32_t t0, uint32_t b)
{
	static const char *const w[] = {"to", "with", "on", "about", "against", NULL};
	/* ("sources close to the ministry", "sources linked to the
	** Presidency": whose the sources are, not where a thing went) */
	static const char *const tie[] = {"close", "closer", "near", "link", "tie", "connect", "relate",
		"attach", NULL};
	int q;
	if (!pl_in_list(tok[b].low, w) || b <= t0 || pl_in_list(lem(&tok[b - 1]), tie))
		return -1;
	/* (a participle the tagger may take for a past tense: "a letter sent
	** to", two finite verbs in a row being no sentence) */
	if (b > t0 + 1 && (tok[b - 1].tag == PL_T_VBN || tok[b - 1].tag == PL_T_VBD))
		b--;
	if (b <= t0)
		return -1;
	q = out->np_of[b - 1 - t0];
	if (q < 0 || out->np[q].code || out->np[q].person || out->np[q].pronoun || out->np[q].t1 != b ||
	    (tok[b - 1].tag != PL_T_NN && tok[b - 1].tag != PL_T_NNS) || pl_eq(lem(&tok[b - 1]), "source"))
		return -1;
	/* (the thing itself in a phrase, "In a speech to the Foreign Policy
	** Centre Mr Straw said": it sets the scene, and the one who speaks
	** comes after it) */
	if (out->np[q].t0 > t0 && tok[out->np[q].t0 - 1].tag == PL_T_IN)
		return -1;
	return q;
}

static int comma_closes_clause(const pl_token *tok, uint32_t t0, uint32_t t1, const pl_np *x, uint32_t y_end)
{
	static const char *const say[] = {"say", "add", "insist", "stress", "explain", "note", "report",
		NULL};
	uint32_t b;
	if (x->t0 <= t0 + 1 || tok[x->t0 - 1].tag != PL_T_IN)
		return 0;
	if (y_end >= t1 || !verb_in(&tok[y_end], say) ||
	    !(y_end + 1 == t1 || (y_end + 2 == t1 && tok[y_end + 1].tag == PL_T_PP)))
		return 0;
	for (b = x->t0 - 1; b > t0 && !is(&tok[b - 1], ","); b--) {
		int tt = tok[b - 1].tag;
		if (tt == PL_T_VBD || tt == PL_T_VBZ || tt == PL_T_VBP || tt == PL_T_MD)
			return 1;
	}
	return 0;
}

static int analyse(const pl_store *s, pl_docctx *ctx, const pl_token *tok,
                   uint32_t t0, uint32_t t1, pl_arena *a, pl_sentan *out,
                   pl_datex *dates, pl_place *places)
{
	uint32_t n = t1 - t0, i, brk_from, brk_at;
	mention *m;
	int nm = 0, k;
	uint8_t *inm;
	uint8_t took[64] = {0};   /* took[k]: name k took the bare role in apposition after it */
	int aside = 0;            /* an along-with aside was marked (skip 2) */
	pl_arena *w = ctx->scratch ? ctx->scratch : a;   /* working memory */

	memset(out, 0, sizeof *out);
	out->tok = tok;
	out->store = s;
	out->t0 = t0;
	out->t1 = t1;
	out->dates = dates;
	out->places = places;
	if (ctx->scratch)
		pl_arena_reset(ctx->scratch);
	/* mentions, chunks and verb groups are set in full as they are made */
	m = pl_arena_alloc_raw(w, (n + 1) * sizeof *m);
	inm = pl_arena_alloc(w, n + 1);
	/* (np_of is set in full before chunks are made, step 3) */
	out->np_of = pl_arena_alloc_raw(ctx->arrays ? ctx->arrays : a, (n + 1) * sizeof *out->np_of);
	out->skip = pl_arena_alloc(ctx->arrays ? ctx->arrays : a, n + 1);
	out->np = pl_arena_alloc_raw(w, (n + 1) * sizeof *out->np);
	out->vg = pl_arena_alloc_raw(w, (n + 1) * sizeof *out->vg);
	if (!m || !inm || !out->np_of || !out->skip || !out->np || !out->vg)
		return -1;

	/* 1. dictionary mentions: names first, agent nouns where no name is */
	const pl_phrase *const *scanned = scanned_row(ctx, tok, t0, t1);
	for (i = t0; i < t1; ) {
		const pl_phrase *ph = scanned ? scanned[i - t0] : scanned_name(ctx, tok, i);
		if (!ph)
			ph = match_at(s, ctx, tok, i, t1, 0);
		else if (ph == &no_name)
			ph = NULL;
		if (!ph && !(tok[i].flags & PL_TOK_PUNCT))
			ph = match_at(s, ctx, tok, i, t1, 1);
		if (!ph && !s->petrarch && !(tok[i].flags & PL_TOK_PUNCT) && !inm[i - t0] && title_start(&tok[i]))
			ph = office_title(s, tok, i, t0, t1, nm ? &m[nm - 1] : NULL, a);
		if (ph && !s->petrarch && (owned_peer(tok, t0, t1, i, ph) || longer_name(tok, t1, i, ph) ||
		                                 acronym_firm(tok, t1, i, ph)))
			ph = NULL;
		if (ph && !s->petrarch && inside_company_name(tok, t0, i, nm ? m[nm - 1].t1 : t0, ph))
			ph = match_at(s, ctx, tok, i, t1, 1);
		if (!ph && !s->petrarch)
			ph = misspelt_name(s, tok, i, t0, t1);
		/* "Labour MP Tom Carter", "Jane Bolton": a surname the dictionary
		** gives alone, after a given name it does not, is someone else's;
		** so is "Mr Carter" once the article has named that one */
		if (ph && !s->petrarch && other_namesake(ctx, tok, t0, i, ph, inm))
			ph = match_at(s, ctx, tok, i, t1, 1);
		/* "the IEA" after "the Institute of Economic Affairs (IEA)" */
		if (ctx->nacro && !s->petrarch)
			ph = story_acronym(ctx, &tok[i], ph, a);
		if (ph) {
			m[nm].t0 = i;
			m[nm].t1 = i + ph->ntok;
			m[nm].ph = ph;
			memset(inm + (i - t0), 1, ph->ntok);
			nm++;
			i += ph->ntok;
		} else {
			i++;
		}
	}

	/* 1b. inline links (their tokens are neither actors nor verbs) */
	if (!s->petrarch)
		link_text(tok, t0, t1, out->skip, out);
	else
		sentence_sum(tok, out);

	/* 2. dates (their tokens are not actors) */
	out->ndates = pl_dates_find(tok, t0, t1, ctx->date, dates, 8);
	for (k = 0; k < out->ndates; k++) {
		uint32_t j;
		for (j = out->dates[k].t0; j < out->dates[k].t1 && j < t1; j++)
			out->skip[j - t0] = 1;
		j = out->dates[k].t0;
		if (j > t0 && (tok[j - 1].tag == PL_T_IN || is(&tok[j - 1], "last") || is(&tok[j - 1], "next")))
			out->skip[j - 1 - t0] = 1;
	}

	/* 2b. places, except inside the names of organisations and people
	** ("Washington Post", "Paris Hilton") */
	{
		pl_place pl[8];
		int np = pl_places_find(s->gaz, tok, t0, t1, ctx->last_country, pl, 8), q;
		for (q = 0; q < np; q++) {
			int inside = 0, z;
			for (z = 0; z < nm; z++)
				if ((m[z].ph->kind == PL_A_ORG || m[z].ph->kind == PL_A_PERSON) &&
				    pl[q].t0 < m[z].t1 && pl[q].t1 > m[z].t0)
					inside = 1;
			/* "Marlow said": a person named before, not the town */
			if (!s->petrarch && pl[q].t1 - pl[q].t0 == 1) {
				const char *f;
				uint32_t l;
				if (remembered(ctx, tok[pl[q].t0].low, &f, &l))
					inside = 1;
			}
			if (!inside && !out->skip[pl[q].t0 - t0])
				out->places[out->nplaces++] = pl[q];
		}
		if (!s->petrarch) {
			nm = country_names_in_places(tok, t0, m, nm, inm, out->places, out->nplaces, a);
			nm = name_part_mentions(s, ctx, tok, t0, t1, m, nm, inm);
			neutral_venues(tok, t0, m, nm);
		}
	}

	/* 3. noun-phrase chunks */
	for (i = 0; i <= n; i++)
		out->np_of[i] = -1;
	for (i = t0; i < t1; ) {
		uint32_t j = i;
		pl_np *np;
		int prevnoun = 0;
		if (out->skip[i - t0] || (!inm[i - t0] && !is_np_tag(tok[i].tag) && tok[i].tag != PL_T_PRP)) {
			i++;
			continue;
		}
		if (tok[i].tag == PL_T_PRP) {
			j = i + 1;
		} else {
			while (j < t1 && !out->skip[j - t0] && (inm[j - t0] || is_np_tag(tok[j].tag) ||
			       /* "awful and evil minister": adjectives joined */
			       (tok[j].tag == PL_T_CC && j > i && tok[j - 1].tag == PL_T_JJ && j + 1 < t1 &&
			        tok[j + 1].tag == PL_T_JJ) ||
			       /* "Kidder, Peabody and Co", "James Capel and Co Ltd":
			       ** a firm's name, not two actors */
			       (!s->petrarch && j > i && and_company(tok, t1, j)) ||
			       /* "General Motors of Canada Ltd", "Citibank
			       ** (Switzerland)": a firm's national arm */
			       (!s->petrarch && j > i && firm_arm_word(tok, t1, m, nm, i, j)) ||
			       /* PETRARCH: "Eriador's death and injury toll", one
			       ** phrase of the possessor */
			       (s->petrarch && is(&tok[j], "and") && j > i + 1 && tok[j - 1].tag == PL_T_NN &&
			        tok[j - 2].tag == PL_T_POS && j + 2 < t1 && tok[j + 1].tag == PL_T_NN &&
			        tok[j + 2].tag == PL_T_NN) ||
			       /* participles inside a chunk: "the remaining obstacles" */
			       ((tok[j].tag == PL_T_VBN || tok[j].tag == PL_T_VBG) && j > i &&
			        j + 1 < t1 && PL_TAG_IS_NOUN(tok[j + 1].tag) && !prevnoun) ||
			       /* "a newly unveiled Republican tax plan", "a highly
			       ** sensitive issue": an adverb and a participle or adjective
			       ** after the determiner */
			       (tok[j].tag == PL_T_RB && j > i && tok[j - 1].tag == PL_T_DT && j + 2 < t1 &&
			        (tok[j + 1].tag == PL_T_JJ || tok[j + 1].tag == PL_T_VBN || tok[j + 1].tag == PL_T_VBD) &&
			        (PL_TAG_IS_NOUN(tok[j + 2].tag) || tok[j + 2].tag == PL_T_JJ)) ||
			       ((tok[j].tag == PL_T_VBD || tok[j].tag == PL_T_VBN) && j > i + 1 &&
			        tok[j - 1].tag == PL_T_RB && tok[j - 2].tag == PL_T_DT && j + 1 < t1 &&
			        (PL_TAG_IS_NOUN(tok[j + 1].tag) || tok[j + 1].tag == PL_T_JJ)))) {
				int tg = tok[j].tag;
				/* a determiner after a noun starts a new chunk */
				if (j > i && prevnoun && !inm[j - t0] &&
				    (tg == PL_T_DT || tg == PL_T_PDT || tg == PL_T_PRPS || tg == PL_T_CD))
					break;
				/* "held India responsible", "found the minister guilty":
				** after a verb that takes an object and its complement,
				** an adjective after the head that no noun follows is
				** that complement, not part of the chunk ("an official
				** responsible for", "loans outstanding to" keep theirs) */
				if (j > i && prevnoun && !inm[j - t0] && tg == PL_T_JJ && i > t0 &&
				    complement_verb(&tok[i - 1]) &&
				    islower((unsigned char)tok[j].s[0]) &&
				    (j + 1 >= t1 || (!PL_TAG_IS_NOUN(tok[j + 1].tag) && tok[j + 1].tag != PL_T_JJ &&
				                     tok[j + 1].tag != PL_T_POS && !inm[j + 1 - t0])))
					break;
				/* "promised parents more choice", "offered older people
				** free travel": after a verb of giving, an adjective after
				** a plural noun opens the second object */
				if (j > i && prevnoun && !inm[j - t0] && tok[j - 1].tag == PL_T_NNS &&
				    (tg == PL_T_JJ || tg == PL_T_JJR || tg == PL_T_JJS) && i > t0 &&
				    giving_verb(&tok[i - 1]) && islower((unsigned char)tok[j].s[0]))
					break;
				/* ... and so does a common noun after a plural that names
				** actors: "offered the unions talks", "promised the Lib
				** Dems seats" */
				if (j > i && prevnoun && i > t0 && inm[j - 1 - t0] && (!inm[j - t0] || mention_at(m, nm, j)) &&
				    (tok[j - 1].tag == PL_T_NNS || tok[j - 1].tag == PL_T_NNPS ||
				     (tok[j - 1].tag == PL_T_NNP && tok[j - 1].low[tok[j - 1].len - 1] == 's' &&
				      !(tok[j - 1].flags & PL_TOK_ALLCAP))) &&
				    (tg == PL_T_NN || tg == PL_T_NNS) && giving_verb(&tok[i - 1]) &&
				    islower((unsigned char)tok[j].s[0]))
					break;
				if (j > i && prevnoun && i > t0 && (!inm[j - t0] || mention_at(m, nm, j)) &&
				    (addressee_ends(tok, t1, i - 1, i, j) ||
				     (!s->petrarch && press_hearer_ends(tok, t1, i - 1, i, j))))
					break;
				prevnoun = PL_TAG_IS_NOUN(tg) || inm[j - t0];
				if (tg == PL_T_POS)
					prevnoun = 0;
				j++;
			}
			if (j == i)
				j = i + 1;
		}
		np = &out->np[out->nnp];
		memset(np, 0, sizeof *np);
		np->t0 = i;
		np->t1 = j;
		np->group = out->nnp;
		if (code_np(s, ctx, tok, t0, t1, np, m, nm, out->tags, a) < 0)
			return -1;
		/* ("an association spokesman" after a trade body's name) */
		const char *voice;
		if (!s->petrarch && (voice = noun_body_voice(ctx, tok, out, np)) != NULL) {
			np->code = voice;
			np->icode = NULL;
			np->agent_only = 0;
			np->how = PL_HOW_MEMORY;
		}
		/* "Texas governor", "Gaza health ministry": a role after a region
		** of parley's place list, or a city of a million, takes the place's
		** country (town names are shared: "Norfolk police chief") */
		if (np->agent_only && !s->petrarch) {
			int q;
			for (q = 0; q < out->nplaces; q++)
				if (out->places[q].t0 >= np->t0 && out->places[q].t1 < np->t1 &&
				    out->places[q].country[0] && strcmp(np->code, "BUS") &&
				    ((out->places[q].file && strstr(out->places[q].file, "dict/")) ||
				     (out->places[q].population >= 1000000 && place_fits(ctx, out->places[q].country)))) {
					np->code = join(a, out->places[q].country, np->code);
					np->agent_only = 0;
					np->icode = NULL;
					break;
				}
		}
		{
			uint32_t q;
			for (q = i; q < j; q++)
				out->np_of[q - t0] = out->nnp;
		}
		out->nnp++;
		i = j;
	}

	/* 3a. a titled person the dictionaries do not know: the country the
	** text gives right after the name, else none from the context */
	for (k = 0; k < out->nnp && !s->petrarch; k++) {
		pl_np *x = &out->np[k];
		const char *cc;
		if (!x->agent_only || x->t1 - x->t0 < 2 || tok[x->t1 - 1].tag != PL_T_NNP ||
		    tok[x->t1 - 2].tag != PL_T_NNP)
			continue;
		cc = described_country(tok, out, k);
		if (!cc && congress_title(tok, x, context_country(ctx)))
			cc = "USA";
		if (cc) {
			x->code = join(a, cc, x->code);
			x->agent_only = 0;
			x->how = PL_HOW_PHRASE;
			x->icode = NULL;
			remember(ctx, tok[x->t1 - 1].low, x->code, x->file, x->line);
		}
	}

	/* 3a''. "Jo Hill, who defected to UKIP,": a party tie the words after
	** a person's name tell is the one that holds now (party_tie) */
	for (k = 0; k < out->nnp && !s->petrarch; k++)
		party_tie(ctx, tok, t1, out, k, a);

	/* 3a'. "the US-led coalition", "a Nato-led force": a chunk with no actor
	** of its own is that of the one leading it */
	for (k = 0; k < out->nnp && !s->petrarch; k++)
		led_by(s, tok, &out->np[k]);
	/* "a professor at Harvard", "the Paris-based group": a bare role
	** placed abroad by its own words */
	for (k = 0; k < out->nnp && !s->petrarch; k++)
		foreign_tie(s, tok, out, k, a);
	/* "industry sources said the White House decided ...": a reporting
	** business role is not of the country its report acts on */
	/* (the test of a bare role inline: the call for every chunk cost more
	** than the rule's work) */
	for (k = 0; k < out->nnp && !s->petrarch; k++)
		if (out->np[k].agent_only && out->np[k].icode)
			reported_party(s, ctx, tok, t0, t1, out, k, a);
	/* a market's people the context left bare keep no later country
	** when their own sentence names one ("Traders said Japan's imports
	** rose"): the country they tell of is not theirs (market_bare) */
	for (k = 0; k < out->nnp && !s->petrarch; k++)
		if (out->np[k].market_bare && sentence_country(out, k, a))
			out->np[k].market_bare = 0;
	for (k = 0; k + 1 < out->nnp && !s->petrarch; k++)
		firm_tie(tok, out, k);
	/* "TDK Corp of Tokyo", "Comtech Ltd, a Canadian computer service
	** company": a company the words beside its name place */
	for (k = 0; k < out->nnp && !s->petrarch; k++) {
		const char *file;
		uint32_t line;
		uint32_t fw;
		const char *c;
		/* (a firm placed by the words beside it is that firm when its
		** first word names it again alone, "Harwick said", over a guess
		** kept for the word: a name of no one country's legal form) */
		if (firm_home(s, ctx, tok, out, k, a, &fw) &&
		    (!(c = remembered(ctx, tok[fw].low, &file, &line)) || plays_role(c, "BUS")))
			remember(ctx, tok[fw].low, out->np[k].code, NULL, 0);
		/* (a name shown to be a company's, and now placed, is that
		** company for the rest of the article, by its first word as
		** remember_firm_name keeps a firm of a legal form) */
		if (out->np[k].code && strlen(out->np[k].code) == 6 &&
		    !strcmp(out->np[k].code + 3, "BUS") && !out->np[k].pronoun &&
		    !out->np[k].person && !out->np[k].poss_code &&
		    (out->np[k].firm_named || named_firm_word(ctx, &tok[out->np[k].t1 - 1]))) {
			const pl_np *x = &out->np[k];
			uint32_t f = x->t0;
			while (f + 1 < x->t1 && !named_firm_word(ctx, &tok[f]))
				f++;
			if (!remembered(ctx, tok[f].low, &file, &line))
				remember(ctx, tok[f].low, x->code, x->file, x->line);
		}
	}
	/* "child and pensioner poverty": a noun that modifies another noun
	** is no actor */
	for (k = 0; k + 1 < out->nnp && !s->petrarch; k++)
		if (shared_modifier(tok, out, k)) {
			pl_np *x = &out->np[k];
			x->code = NULL;
			x->icode = NULL;
			x->acode = NULL;
			x->agent_only = 0;
			x->how = PL_HOW_NONE;
		}

	/* "calls for the publication of the legal advice", "the administration
	** of the vaccine": an agent noun that is also the noun of an act, before
	** "of" and a thing (a chunk with no actor), names the act, not a paper
	** or a government ("the administration of President Bush" keeps it) */
	for (k = 0; k + 1 < out->nnp && !s->petrarch; k++) {
		static const char *const act[] = {"publication", "administration", NULL};
		pl_np *x = &out->np[k];
		const pl_np *y = &out->np[k + 1];
		if (x->agent_only && x->code && y->t0 == x->t1 + 1 && is(&tok[x->t1], "of") &&
		    !y->code && !y->poss_code && !y->pronoun && !(tok[x->t1 - 1].flags & PL_TOK_CAP) &&
		    pl_in_list(lem(&tok[x->t1 - 1]), act)) {
			x->code = NULL;
			x->icode = NULL;
			x->acode = NULL;
			x->agent_only = 0;
			x->how = PL_HOW_NONE;
		}
	}

	/* "the campaign group Fair Votes Now": a body no dictionary knows,
	** described before its name, has the role the description tells, with
	** the context's country */
	/* (the context's country, asked once: nothing in these three loops
	** changes it, and its tally walk cost more than the loops) */
	const char *here_cc = s->petrarch ? NULL : context_country(ctx);
	for (k = 0; k < out->nnp && here_cc; k++) {
		pl_np *x = &out->np[k];
		const pl_bodyhead *ev = NULL;
		const char *role;
		if ((x->code && !x->agent_only) || x->poss_code || x->pronoun ||
		    ((role = described_body(s, tok, x, &ev)) == NULL &&
		     (role = party_by_name(s, tok, x, t0, &ev)) == NULL))
			continue;
		x->code = join(a, here_cc, role);
		x->agent_only = 0;
		x->icode = NULL;
		x->how = PL_HOW_CONTEXT;
		x->file = ev->file;
		x->line = ev->line;
	}

	/* "a spokesman for DaimlerChrysler", "a spokeswoman for the Trafford
	** Centre": a bare title a company's officers share with a state's
	** (officer_title), for a body by a proper name no dictionary codes,
	** speaks for that body: the context lends its country, with the role
	** the body's head noun tells (body_name), never the state's */
	for (k = 0; k + 1 < out->nnp && !s->petrarch; k++) {
		pl_np *x = &out->np[k];
		const pl_np *y = &out->np[k + 1];
		const pl_bodyhead *ev = NULL;
		const char *role;
		if (!x->agent_only || !x->code || !pl_eq(x->code, "GOV") || x->pronoun || x->poss_code ||
		    x->t1 - x->t0 > 3 || !officer_title(lem(&tok[x->t1 - 1])) || y->t0 != x->t1 + 1 ||
		    !(is(&tok[x->t1], "for") || is(&tok[x->t1], "of")) || y->code || y->pronoun ||
		    !(tok[y->t1 - 1].flags & PL_TOK_CAP) || tok[y->t1 - 1].tag == PL_T_PRP ||
		    (tok[y->t1 - 1].tag != PL_T_NNP && tok[y->t1 - 1].tag != PL_T_NNPS))
			continue;
		/* (still a bare title, so a name in apposition is a person "she"
		** may stand for; no article's country for it either) */
		role = body_name(s, tok, y, out->t1, &ev);
		x->icode = !here_cc ? NULL : role && role[0] ? join(a, here_cc, role) : here_cc;
		x->body_officer = 1;
		if (ev) {
			x->file = ev->file;
			x->line = ev->line;
		}
	}

	/* "Jane Roe, who leads the Green Party,": a name the dictionaries do
	** not know (or know by the article's country alone) takes the party a
	** relative clause says the person leads or founded, and keeps it for
	** later mentions ("Ms Roe") */
	for (k = 0; k + 1 < out->nnp && !s->petrarch; k++)
		party_leader_clause(ctx, tok, out, k);

	/* "Jo Orr, chief executive of Mercia Health Board": a company's title
	** (chief executive, managing director) over a body by a proper name that
	** is no company's (body_name finds a body's head noun) is that body's
	** officer: the body's role, else none, with the context's country;
	** "the chief executive of Acme Foods" stays business */
	for (k = 0; k + 1 < out->nnp && here_cc; k++) {
		pl_np *x = &out->np[k];
		const pl_np *y = &out->np[k + 1];
		const pl_bodyhead *ev = NULL;
		const char *role;
		if (!x->agent_only || !x->code || !pl_eq(x->code, "BUS") || x->pronoun || x->poss_code ||
		    x->t1 - x->t0 > 3 || !company_title(tok, x) || y->t0 != x->t1 + 1 ||
		    !(is(&tok[x->t1], "for") || is(&tok[x->t1], "of")) || y->pronoun || y->poss_code ||
		    !(tok[y->t1 - 1].flags & PL_TOK_CAP) ||
		    (tok[y->t1 - 1].tag != PL_T_NNP && tok[y->t1 - 1].tag != PL_T_NNPS &&
		     tok[y->t1 - 1].tag != PL_T_NN))
			continue;
		if (y->code)
			continue;
		role = body_name(s, tok, y, out->t1, &ev);
		if (!role || pl_eq(role, "BUS") || pl_eq(lem(&tok[y->t1 - 1]), "group"))
			continue;
		x->icode = role[0] ? join(a, here_cc, role) : here_cc;
		x->body_officer = 1;
		if (ev) {
			x->file = ev->file;
			x->line = ev->line;
		}
	}

	/* "a spokesman for the company", "officials at the bank", "John Roe,
	** president of the firm,": a firm's noun after a title's of/for/at
	** names again the firm the memory keeps, as it would opening its own
	** sentence; the title then takes the firm's code by the rules below
	** (a bare "BUS" said less) */
	for (k = 0; k + 1 < out->nnp && !s->petrarch; k++) {
		pl_np *x = &out->np[k], *y = &out->np[k + 1];
		const char *firm;
		if (y->t0 != x->t1 + 1 || !x->agent_only || !x->code || x->pronoun || x->poss_code ||
		    !(is(&tok[x->t1], "for") || is(&tok[x->t1], "of") || is(&tok[x->t1], "at")) ||
		    !(trade_title(tok, x) || pl_eq(x->code, "BUS")) || !firm_noun_again(tok, y) ||
		    (firm = firm_named_again(s, ctx, tok, t0, y, m, nm, a)) == NULL)
			continue;
		y->code = firm;
		y->agent_only = 0;
		y->icode = NULL;
		y->how = PL_HOW_MEMORY;
		y->file = NULL;
		y->line = 0;
	}

	/* "Charles Skibo, president of US Sprint", "the chairman of British
	** Aerospace": a company's title (officer_title, officer_word) over a
	** country's word and the rest of a name no dictionary knows
	** (country_firm_name), with no article ("the U.S. Geological Survey"
	** is a state's), is that country's company, not the country.  So is
	** "Anthony Solomon, chairman of S.G. Warburg": a name of proper nouns
	** alone that no dictionary knows, in an article that names companies
	** (names_a_company), is a company of the context's country */
	for (k = 0; k + 1 < out->nnp && !s->petrarch && here_cc; k++) {
		pl_np *x = &out->np[k], *y = &out->np[k + 1];
		int head = 0, c;
		const char *title = lem(&tok[x->t1 - 1]);
		if (y->t0 != x->t1 + 1 || !x->agent_only || !x->code || x->pronoun || x->poss_code ||
		    !(is(&tok[x->t1], "for") || is(&tok[x->t1], "of") || is(&tok[x->t1], "at")) ||
		    !(officer_title(title) || (officer_word(title, &head) && head)) || x->t1 - x->t0 > 3 ||
		    y->agent_only || y->pronoun || y->poss_code || tok[y->t0].tag == PL_T_DT)
			continue;
		/* (a lawyer's client may be a person: "lawyers for Ward") */
		if (pl_eq(title, "lawyer") || pl_eq(title, "attorney") || pl_eq(title, "counsel"))
			continue;
		if (!y->code || (y->how == PL_HOW_CONTEXT && strlen(y->code) == 3)) {
			if (!names_a_company(ctx) || !country_firm_name(s, tok, y->t0, y->t1, m, nm, 4))
				continue;
			y->code = join(a, here_cc, "BUS");
			y->how = PL_HOW_CONTEXT;
			y->person = 0;
			continue;
		}
		if (strlen(y->code) != 3)
			continue;
		for (c = 0; c < nm; c++)
			if (m[c].t0 == y->t0 && m[c].t1 < y->t1 && m[c].ph->kind == PL_A_COUNTRY &&
			    m[c].ph->code && pl_eq(m[c].ph->code, y->code))
				break;
		if (c == nm || !country_firm_name(s, tok, m[c].t1, y->t1, m, nm, 3))
			continue;
		y->code = join(a, y->code, "BUS");
		y->how = PL_HOW_PHRASE;
	}

	/* "Japan's reserves fell, the Reserve Bank said": a state's body no
	** context places tells its own state's figures */
	for (k = 0; k < out->nnp && !s->petrarch; k++) {
		pl_np *x = &out->np[k];
		const pl_bodyhead *ev = NULL;
		const char *own;
		/* (own_figures_state reads a reporting verb right after the
		** chunk, or after its initials in brackets: a chunk followed by
		** neither a verb nor "(", most, is not asked) */
		if (x->t1 >= t1 || (!PL_TAG_IS_VERB(tok[x->t1].tag) && !is(&tok[x->t1], "(")))
			continue;
		own = own_figures_state(s, tok, t0, t1, out, k, m, nm, a, &ev);
		if (!own)
			continue;
		x->code = own;
		x->agent_only = 0;
		x->icode = NULL;
		x->how = PL_HOW_CONTEXT;
		if (ev) {
			x->file = ev->file;
			x->line = ev->line;
		}
	}

	/* "Jo Marsh, director of research at Salomon Brothers Inc, said": a
	** name whose title in apposition is held at a firm named after the
	** title's own field is that firm's, kept for later mentions and for
	** "he": not the country the story lends a bare name, nor the role a
	** title gives alone (apposed_title_firm) */
	for (k = 0; k + 3 < out->nnp && !s->petrarch; k++) {
		pl_np *x = &out->np[k];
		int f;
		if ((x->code && !(x->how == PL_HOW_CONTEXT && strlen(x->code) == 3)) ||
		    (f = apposed_title_firm(tok, out, k)) < 0)
			continue;
		x->code = out->np[f].code;
		x->how = out->np[f].how;
		x->agent_only = 0;
		x->icode = NULL;
		x->file = out->np[f].file;
		x->line = out->np[f].line;
		x->person = 1;
		remember(ctx, tok[x->t1 - 1].low, x->code, x->file, x->line);
	}

	/* 3b. "the government of Egypt": a role or bare chunk takes the country of
	** an of/in/from phrase right after it; "a group of Republican
	** governors", "members of Congress": a part stands for the whole */
	for (k = 0; k + 1 < out->nnp; k++) {
		pl_np *x = &out->np[k], *y = &out->np[k + 1];
		const pl_token *p = &tok[x->t1];
		const char *bodyrole;
		/* "the general secretary of the Howard League", "Jane Roe, of
		** the Policy Studies Institute,": a body no dictionary knows, in
		** an of-phrase after a title or a name, has the role its head noun
		** tells (body_name), with the context's country */
		if (!s->petrarch && y->t0 > t0 + 1 && (y->t0 == x->t1 + 1 || (y->t0 == x->t1 + 2 && is(p, ","))) &&
		    (is(&tok[y->t0 - 1], "of") || is(&tok[y->t0 - 1], "from") || is(&tok[y->t0 - 1], "for") ||
		     is(&tok[y->t0 - 1], "at")) &&
		    ((x->agent_only && generic_title(lem(&tok[x->t1 - 1]))) ||
		     (!x->code && generic_title(lem(&tok[x->t1 - 1]))) ||
		     (tok[x->t1 - 1].tag == PL_T_NNP && x->t1 - x->t0 >= 2 && y->t0 == x->t1 + 2)) &&
		    (!y->code || (y->how == PL_HOW_CONTEXT && !y->agent_only && strlen(y->code) == 3)) &&
		    !y->poss_code && !y->pronoun && context_country(ctx)) {
			const pl_bodyhead *ev;
			const char *role = body_name(s, tok, y, out->t1, &ev);
			/* (a "Group" may as well be a firm: "the Secura Group, a
			** consulting firm") */
			if (role && role[0] && !pl_eq(lem(&tok[y->t1 - 1]), "group")) {
				y->code = join(a, context_country(ctx), role);
				y->how = PL_HOW_CONTEXT;
				y->agent_only = 0;
				y->icode = NULL;
				y->person = 0;
				y->file = ev ? ev->file : NULL;
				y->line = ev ? ev->line : 0;
			}
		}
		/* "Lawrence Cohn, analyst with Merrill Lynch", "Ali Hassan, a
		** spokesman for the ministry": a name takes the code of the role in
		** apposition after it, and keeps it for the rest of the article */
		/* (a titled name given the article's country gives way too, as
		** does a name remembered with that guess alone: "Peter Mandelson
		** has said ... Mr Mandelson, a former Labour minister,") */
		if ((!x->code || (x->how == PL_HOW_CONTEXT && !x->agent_only) ||
		     (x->how == PL_HOW_MEMORY && !x->file && !s->petrarch && strlen(x->code) == 3) ||
		     /* ("Mr Mandelson, the EU trade commissioner,": an office of
		     ** an international body the text gives beats the
		     ** dictionary's other ones) */
		     (x->how == PL_HOW_PEOPLE && !s->petrarch && y->code && !y->agent_only &&
		      !strncmp(y->code, "IGO", 3) && strncmp(x->code, "IGO", 3) && y->t1 < out->t1 &&
		      is(&tok[y->t1], ",")) ||
		     /* ("Jo Hill, a Labour minister," for one the dictionary
		     ** has in no role that day: the text's role, not the
		     ** nearest of the dictionary's) */
		     (x->how == PL_HOW_PEOPLE && !s->petrarch && y->code && !y->agent_only &&
		      strlen(y->code) > 3 && y->t1 < out->t1 && is(&tok[y->t1], ",") &&
		      person_out_of_office(ctx, tok, x))) &&
		    !x->poss_code &&
		    (tok[x->t1 - 1].tag == PL_T_NNP || x->person) && x->t1 - x->t0 >= 2 &&
		    y->t0 == x->t1 + 1 && is(p, ",") && y->code && !y->pronoun &&
		    (y->agent_only || strlen(y->code) > 3 || (!s->petrarch && national_role(tok, y)))) {
			int z = k + 1;
			const char *home, *employer, *trade = NULL;
			/* the role's own of/for/with phrase may carry the full code */
			if (y->agent_only && k + 2 < out->nnp && out->np[k + 2].t0 == y->t1 + 1 &&
			    out->np[k + 2].code && (!out->np[k + 2].agent_only ||
			                            (!s->petrarch && pl_eq(out->np[k + 2].code, "BUS") &&
			                             generic_title(lem(&tok[y->t1 - 1]))) ||
			                            (!s->petrarch && generic_title(lem(&tok[y->t1 - 1])) &&
			                             named_role_body(tok, &out->np[k + 2]))) &&
			    (is(&tok[y->t1], "with") || is(&tok[y->t1], "at") || is(&tok[y->t1], "for") ||
			     is(&tok[y->t1], "of")))
				z = k + 2;
			else if (y->agent_only && !s->petrarch && k + 2 < out->nnp &&
			         out->np[k + 2].t0 == y->t1 + 1 &&
			         (is(&tok[y->t1], "at") || is(&tok[y->t1], "for") || is(&tok[y->t1], "of")) &&
			         trade_title(tok, y) && (trade = business_body(ctx, tok, &out->np[k + 2])) != NULL) {
				/* (the role's own of/for/at phrase names a company or a
				** union: "Wayne Jones, vice president at Outboard,") */
				y->code = trade;
				y->icode = trade_home(ctx, tok, &out->np[k + 2], trade, a);
				y->how = PL_HOW_PHRASE;
				y->a1 = out->np[k + 2].t1;
				y->file = out->np[k + 2].file;
				y->line = out->np[k + 2].line;
			} else if (y->agent_only && !s->petrarch && k + 2 < out->nnp &&
			           out->np[k + 2].t0 == y->t1 + 1 &&
			           (is(&tok[y->t1], "of") || is(&tok[y->t1], "at")) && trade_title(tok, y) &&
			           (home = unit_owner(tok, &out->np[k + 2])) != NULL) {
				/* (the office is in a unit of a company named by its
				** possessive: "vice president of Commerzbank AG's
				** treasury department" is the company's, whatever the
				** unit's own words) */
				y->code = home;
				y->agent_only = 0;
				y->icode = NULL;
				y->how = PL_HOW_PHRASE;
				y->a1 = out->np[k + 2].t1;
				y->file = out->np[k + 2].file;
				y->line = out->np[k + 2].line;
			} else if (y->agent_only && !s->petrarch && (home = role_home(ctx, tok, out, k + 1)) != NULL) {
				/* (the role's own from/in phrase places it before the
				** name takes it: "a student from Iraq") */
				y->code = join(a, home, y->code);
				y->agent_only = 0;
				y->icode = NULL;
				y->how = PL_HOW_PHRASE;
				y->a1 = out->np[k + 2].t1;
			} else if (y->agent_only && !s->petrarch)
				z = firm_at(tok, out, k + 1);
			x->code = out->np[z].code;
			x->how = out->np[z].how;
			x->agent_only = out->np[z].agent_only;
			x->icode = out->np[z].icode;
			x->body_officer = out->np[z].body_officer;
			x->file = out->np[z].file;
			x->line = out->np[z].line;
			/* (a president's title in a company's story is the
			** company's head, kept for "Hammes said" later; the
			** title too, lest it count as a second speaker) */
			if (!s->petrarch && x->agent_only && pl_eq(x->code, "GOV") &&
			    (employer = apposed_president_firm(ctx, tok, out, k, a)) != NULL) {
				x->code = y->code = employer;
				x->agent_only = y->agent_only = 0;
				x->icode = y->icode = NULL;
				x->how = y->how = PL_HOW_CONTEXT;
				x->body_officer = y->body_officer = 0;
			}
			if (k < 64)
				took[k] = (uint8_t)(x->agent_only != 0);
			/* a bare role ("Hazel Smith, the minister,") is kept with the
			** country the context gives it, as for "the minister, Hazel
			** Smith," below, so "Ms Smith" later is the minister */
			if (!x->agent_only)
				remember(ctx, tok[x->t1 - 1].low, x->code, x->file, x->line);
			else if (trade)
				/* (a company's or a union's officer stays one in later
				** mentions, never the context's government) */
				remember(ctx, tok[x->t1 - 1].low, x->icode ? x->icode : trade, x->file, x->line);
			else if (x->icode && !s->petrarch &&
			         (strcmp(x->code, "BUS") || president_title(tok, y)))
				/* (a bare "BUS" too when the title is a president's,
				** "Jo Rau, president of the Exchange National Bank,":
				** "Rau" later is a company's, not the country's) */
				remember(ctx, tok[x->t1 - 1].low, x->icode, x->file, x->line);
			continue;
		}
		/* "the Ofsted chief, David Bell,": a name in apposition after a
		** role is that role's for later mentions ("Mr Bell"); the name
		** itself stays uncoded, so it joins no list of actors */
		/* (a name given the article's country as a guess is no code of
		** its own) */
		if (!s->petrarch && (x->agent_only ? x->icode : x->code) && !x->pronoun &&
		    (!y->code || (y->how == PL_HOW_CONTEXT && strlen(y->code) == 3)) && !y->poss_code &&
		    is(p, ",") && y->t0 == x->t1 + 1 && y->t1 - y->t0 >= 2 && y->t1 - y->t0 <= 3 &&
		    tok[x->t1 - 1].tag == PL_T_NN && !(tok[x->t1 - 1].flags & PL_TOK_CAP) &&
		    tok[y->t0].tag == PL_T_NNP && tok[y->t1 - 1].tag == PL_T_NNP && y->t1 + 1 < out->t1 &&
		    is(&tok[y->t1], ",") && !is(&tok[y->t1 + 1], "and") && !is(&tok[y->t1 + 1], "or")) {
			remember(ctx, tok[y->t1 - 1].low, x->agent_only ? x->icode : x->code, x->file, x->line);
			continue;
		}
		/* "Mike Hobday, of the League Against Cruel Sports,", "Ann Hill,
		** from the TUC,": a named body in an of/from phrase in apposition
		** is the name's, kept for later mentions; a place ("Jo Brown, of
		** Leeds,") or a bare country says where, not for whom */
		/* (also with no comma, "Sarah Smith of the Refugee Council said",
		** and for a name given only the article's country as a guess;
		** the body's name may go on in of/for phrases: "the Institute
		** for Fiscal Studies") */
		if (!s->petrarch && appositive_body(tok, out, x, y)) {
			speaks_for(ctx, tok, x, y);
			continue;
		}
		/* "Ronald Glantz of Montgomery Securities said": so is a company
		** no dictionary knows, named by capitals (a bare business chunk),
		** with the country the context gives the company */
		if (!s->petrarch && appositive_firm(ctx, tok, out, x, y)) {
			/* (the article's own country first: an analyst of "Wall
			** Street" speaks of a Canadian company named last) */
			const char *cc = article_country(ctx) ? article_country(ctx) : context_country(ctx);
			speaks_for(ctx, tok, x, y);
			if (y->icode)
				x->code = y->icode;
			else if (cc)
				x->code = join(a, cc, "BUS");
			x->icode = NULL;
			remember(ctx, tok[x->t1 - 1].low, x->code, x->file, x->line);
			continue;
		}
		/* "the chairman of Migration Watch UK", "the founder of the
		** group": one who heads or speaks for a named body (a title no
		** dictionary gives a role of its own) is that body's actor */
		if (!s->petrarch && !x->code && !x->poss_code && !x->pronoun && y->t0 == x->t1 + 1 &&
		    (is(p, "of") || is(p, "at")) && y->code && !y->agent_only && !y->pronoun &&
		    strlen(y->code) > 3 && tok[x->t1 - 1].tag == PL_T_NN &&
		    (generic_title(lem(&tok[x->t1 - 1])) || pl_eq(lem(&tok[x->t1 - 1]), "founder") ||
		     pl_eq(lem(&tok[x->t1 - 1]), "chair"))) {
			take_of_phrase(x, y);
			continue;
		}
		if (!x->code && !x->poss_code && y->t0 == x->t1 + 1 && is(p, "of") && y->code &&
		    is_part_word(lem(&tok[x->t1 - 1]))) {
			take_of_phrase(x, y);
			x->agent_only = y->agent_only;
			continue;
		}
		/* PETRARCH: a chunk with no actor of its own takes the one of its
		** of-phrase ("goats of Gondor") */
		if (s->petrarch && !x->code && !x->poss_code && !x->pronoun && y->t0 == x->t1 + 1 && is(p, "of") &&
		    y->code && !y->agent_only) {
			x->code = y->code;
			x->how = y->how;
			x->file = y->file;
			x->line = y->line;
			x->a1 = y->t1;
			continue;
		}
		/* "officials in Atlanta": a place's country; "leaders of Asian
		** nations", "officials from several countries": the phrase says
		** whose they are, not the country named before */
		if (!s->petrarch && y->t0 == x->t1 + 1 && x->agent_only && !y->code && !y->poss_code &&
		    !y->pronoun && (is(p, "of") || is(p, "in") || is(p, "from"))) {
			int q, ht = tok[y->t1 - 1].tag;
			for (q = 0; q < out->nplaces; q++)
				if (out->places[q].t0 >= y->t0 && out->places[q].t1 <= y->t1 &&
				    out->places[q].country[0] && is(p, "in") && !diplomat_np(tok, x) &&
				    (place_fits(ctx, out->places[q].country) ||
				     market_town(tok, x, &out->places[q]))) {
					phrase_code(x, join(a, out->places[q].country, x->code), y->t1);
					break;
				}
			if (q < out->nplaces)
				continue;
			if (ht == PL_T_NNS && !(tok[y->t1 - 1].flags & PL_TOK_CAP))
				x->icode = NULL;
		}
		/* "riot police outside the parliament in Nairobi", "protesters
		** at a rally in Gdansk": police or a crowd at a venue are of the
		** town the venue is in, not of the venue's body */
		if (!s->petrarch && venue_town(ctx, tok, out, k, a))
			continue;
		/* "a spokeswoman for Tesco plc", "vice president at Outboard",
		** "president of the local union": a title that speaks for a
		** company or a union is business or labour, not the government
		** of the context (business_body) */
		if (!s->petrarch && y->t0 == x->t1 + 1 && (is(p, "of") || is(p, "for") || is(p, "at")) &&
		    x->agent_only && trade_title(tok, x) && (bodyrole = business_body(ctx, tok, y)) != NULL) {
			x->code = bodyrole;
			/* (a union is of the country the context gives it, as
			** the union itself is; a company's country is no guess) */
			x->icode = trade_home(ctx, tok, y, bodyrole, a);
			if (y->file) {
				x->file = y->file;
				x->line = y->line;
			}
			x->how = PL_HOW_PHRASE;
			x->a1 = y->t1;
			continue;
		}
		/* "an aide to Senator Ruiz", "the chief secretary to the
		** Treasury": one who serves acts for the one served (a shadow
		** minister for the opposition of its country) */
		if (!s->petrarch && y->t0 == x->t1 + 1 && serving_to(tok, x, x->t1) && np_actor(y) &&
		    !y->pronoun && !x->poss_code && (x->agent_only || !x->code)) {
			const char *cc = country_of(a, np_actor(y));
			if (x->code && pl_eq(x->code, "OPP")) {
				x->code = cc ? join(a, cc, "OPP") : x->code;
				x->agent_only = !cc;
				x->icode = NULL;
			} else {
				x->code = y->code;
				x->agent_only = y->agent_only;
				x->icode = y->icode;
			}
			if (!x->file) {
				x->file = y->file;
				x->line = y->line;
			}
			x->how = y->how == PL_HOW_PEOPLE ? PL_HOW_PHRASE : y->how;
			x->a1 = y->t1;
			continue;
		}
		/* "an economist at the central bank": the state's staff
		** (state_staff_at) are the body's, as "a central bank
		** economist" is */
		if (!s->petrarch && state_staff_at(tok, x, y, p)) {
			x->code = y->code;
			x->agent_only = y->agent_only;
			x->icode = y->icode;
			if (y->file) {
				x->file = y->file;
				x->line = y->line;
			}
			x->how = y->agent_only ? x->how : PL_HOW_PHRASE;
			x->a1 = y->t1;
			continue;
		}
		/* ("an official at the UN": "at" only after a title that speaks
		** for a body, and of a body of no state, not "protesters at the
		** US embassy", "union leaders at No 10") */
		if (y->t0 == x->t1 + 1 &&
		    (is(p, "of") || (is(p, "in") && !diplomat_np(tok, x)) || is(p, "from") || is(p, "for") ||
		                           (is(p, "at") && !s->petrarch && generic_title(lem(&tok[x->t1 - 1])) &&
		                            y->code && (!strncmp(y->code, "IGO", 3) || !state_body(y->code)))) &&
		    y->code && !y->agent_only && x->agent_only) {
			/* "the leader of Hamas", "a spokesman for the Egyptian Foreign
			** Ministry": a role of a body is that body's actor */
			if (strlen(y->code) == 3) {
				x->role = x->code;
				x->of_np1 = k + 2;
			}
			/* ("the Archbishop of Westminster": a see is a place, and its
			** cleric of its country's faith, not of the parliament or
			** government the place's name may stand for) */
			const char *cc = clergy_np(x) && (is(p, "of") || is(p, "in")) ? country_of(a, y->code) : NULL;
			if (clergy_np(x) && (is(p, "of") || is(p, "in")) && !cc)
				continue;
			x->code = cc ? join(a, cc, "REL")
			          : strlen(y->code) == 3 || pl_eq(x->code, "ELI") ? join(a, y->code, x->code)
			                                                          : y->code;
			x->agent_only = 0;
			x->icode = NULL;
			x->a1 = y->t1;   /* evidence: "the court in Brazil" */
		}
	}

	/* 3c. "David Caldwell, director of Universities Scotland,": a name
	** takes the body its title in apposition works for, and keeps it for
	** later mentions ("Mr Caldwell", "he") */
	for (k = 0; k + 2 < out->nnp && !s->petrarch; k++) {
		pl_np *x = &out->np[k];
		const pl_np *z = &out->np[k + 2];
		/* (its first test inline: a name of two words or more ending in a
		** proper noun; most chunks are not) */
		if (tok[x->t1 - 1].tag != PL_T_NNP || x->t1 - x->t0 < 2 ||
		    !apposed_role_body(tok, out, x, &out->np[k + 1], z, k < 64 && took[k]))
			continue;
		speaks_for(ctx, tok, x, z);
		if (z->agent_only) {
			/* (the agent's word gives the bare role: the person is
			** the body's, the context's code for it) */
			x->code = named_body_code(tok, z);
			x->icode = NULL;
			remember(ctx, tok[x->t1 - 1].low, x->code, x->file, x->line);
		}
	}

	/* 3d. "Dan Glickman, D-Kans., chairman of ...", "Sen. David Boren
	** (D-Okla.)": a name the US party-state tag follows is a member of
	** Congress, for later mentions too */
	for (k = 0; k < out->nnp && !s->petrarch; k++) {
		pl_np *x = &out->np[k];
		const char *us;
		/* (both ask first for a capitalised proper noun at the chunk's
		** end, which most chunks lack) */
		if (tok[x->t1 - 1].tag != PL_T_NNP || !(tok[x->t1 - 1].flags & PL_TOK_CAP))
			continue;
		us = congress_member(tok, out, x) ? "USALEG" : us_partisan(tok, out, x) ? "USA" : NULL;
		if (!us)
			continue;
		x->code = us;
		x->agent_only = 0;
		x->icode = NULL;
		if (x->how != PL_HOW_PEOPLE)
			x->how = PL_HOW_PHRASE;
		remember(ctx, tok[x->t1 - 1].low, x->code, x->file, x->line);
	}

	/* 4. compound actors: "Egypt and Qatar", "Israel, Egypt and Qatar" and
	** ", along with X and Y,".  A comma joins only inside a list that ends
	** with "and" or "or" ("in Sudan, the United Nations said" is no list),
	** so joins are decided from the right. */
	{
		uint8_t *join = pl_arena_alloc(w, (size_t)out->nnp + 1);   /* k joins k+1 */
		if (!join)
			return -1;
		for (k = out->nnp - 2; k >= 0; k--) {
			pl_np *x = &out->np[k], *y = &out->np[k + 1];
			uint32_t gap0 = x->t1, gap1 = y->t0;
			/* PETRARCH: a possessor makes an actor ("Ithilen's sheep and
			** goats of Gondor") */
			if (!(x->code || (s->petrarch && x->poss_code) || subject_pronoun_by(s, tok, t0, t1, x, y)) ||
			    !(y->code || (s->petrarch && y->poss_code) || subject_pronoun_by(s, tok, t0, t1, y, x)))
				continue;
			if (gap1 == gap0 + 1 && (is(&tok[gap0], "and") || is(&tok[gap0], "or") || is(&tok[gap0], "nor")))
				join[k] = 1;
			else if (gap1 == gap0 + 2 && is(&tok[gap0], ",") &&
			         (is(&tok[gap0 + 1], "and") || is(&tok[gap0 + 1], "or")))
				join[k] = 1;
			else if (gap1 == gap0 + 1 && is(&tok[gap0], ",") && k + 2 < out->nnp + 1 && join[k + 1]) {
				int e = k + 1;
				while (join[e])
					e++;
				if (!comma_closes_clause(tok, t0, t1, x, out->np[e].t1))
					join[k] = 1;
			}
			else if (gap1 >= gap0 + 3 && gap1 <= gap0 + 4 && is(&tok[gap0], ",") &&
			         (is(&tok[gap0 + 1], "along") || is(&tok[gap0 + 1], "together")) &&
			         is(&tok[gap0 + 2], "with")) {
				join[k] = 1;
				for (i = gap0; i < gap1; i++)
					out->skip[i - t0] = 2;
				aside = 1;
			}
		}
		for (k = 0; k + 1 < out->nnp; k++)
			if (join[k])
				out->np[k + 1].group = out->np[k].group;
	}
	/* "the Danish media and government": a bare role joined to a
	** country's role takes that country */
	for (k = 1; k < out->nnp; k++) {
		pl_np *y = &out->np[k];
		int f = k - 1;
		/* (not one whose own words place it nowhere: "Yugoslav
		** economists and Western diplomats") */
		if (!y->agent_only || y->group == k || !y->code || y->unplaced)
			continue;
		while (f > 0 && out->np[f].group != y->group)
			f--;
		while (f > 0 && out->np[f - 1].group == y->group)
			f--;
		if (out->np[f].group == y->group && f != k && out->np[f].code && !out->np[f].agent_only &&
		    strlen(out->np[f].code) > 3 && country_of(a, out->np[f].code)) {
			const char *cc = country_of(a, out->np[f].code), *fc = out->np[f].code;
			/* PETRARCH keeps the other roles: DNKMUSMED and government:
			** DNKMUSGOV */
			if (s->petrarch && strlen(fc) > 6 && strlen(fc) % 3 == 0)
				cc = pl_arena_strndup(a, fc, strlen(fc) - 3);
			y->code = join(a, cc, y->code);
			y->agent_only = 0;
			y->icode = NULL;
		}
	}
	/* 3z. "Lord Dubs", "Baroness Young": a peer the dictionaries do not
	** know, given no office by an apposition ("Lord Currie, chairman of
	** Ofcom") and so still bare Britain, sits in the House of Lords */
	for (k = 0; k < out->nnp && !s->petrarch; k++) {
		pl_np *x = &out->np[k];
		if (x->peer && x->how == PL_HOW_CONTEXT && x->code && pl_eq(x->code, "GBR"))
			x->code = "GBRLEG";
	}
	/* 3y. "Full Name (ACR)", "ACR (Full Name)": what the letters mean in
	** this story */
	if (!s->petrarch && (out->tokflags & PL_TOK_ALLCAP))
		acronym_defs(s, ctx, tok, t0, t1, out, m, nm, a);
	/* 4a. a person introduced by a role in the sentence before, named now */
	introduced_name(s, ctx, tok, out);
	/* 4b. actors named again: "the spokesman", "the agency" */
	actor_memory(s, ctx, tok, out, m, nm, a);
	/* 4c. bodies' short names for later sentences */
	body_short_names(s, ctx, tok, out, a);

	/* mark the rest of an along-with aside as skippable up to its comma
	** (only step 4 marks one: most sentences have none to look for) */
	for (i = t0; i < t1 && aside; i++) {
		if (out->skip[i - t0] == 2 && (i + 1 >= t1 || out->skip[i + 1 - t0] != 2)) {
			uint32_t j = i + 1;
			while (j < t1 && !is(&tok[j], ",") && !PL_TAG_IS_VERB(tok[j].tag) && tok[j].tag != PL_T_MD)
				j++;
			if (j < t1 && is(&tok[j], ","))
				out->skip[j - t0] = 3;
		}
	}

	/* 5. verb groups */
	for (i = t0; i < t1; ) {
		uint32_t j = i, v = 0, te;
		pl_vg *g;
		int have = 0, be = 0, tg = tok[i].tag;
		if (!(PL_TAG_IS_VERB(tg) || tg == PL_T_MD) || (out->np_of[i - t0] >= 0 && tg != PL_T_VBG) ||
		    out->skip[i - t0] == 4) {
			i++;
			continue;
		}
		g = &out->vg[out->nvg];
		memset(g, 0, sizeof *g);
		g->subj = g->by = -1;
		g->t0 = i;
		while (j < t1) {
			int t = tok[j].tag;
			if (PL_TAG_IS_VERB(t) || t == PL_T_MD) {
				if (have && out->np_of[j - t0] >= 0)
					break;
				/* only auxiliaries chain: "said reaching" is two groups */
				if (have && tok[v].tag != PL_T_MD && !is_aux(lem(&tok[v])))
					break;
				/* "be"/"get" before a past participle: passive */
				if (have && t == PL_T_VBN && be)
					g->passive = 1;
				/* ... or an -ed form the tagger took for a past tense
				** ("were telephoned by the party"): after "be" it can
				** only be the participle */
				if (have && t == PL_T_VBD && be && tok[j].len > 3 && !is(&tok[v], "'s") && !s->petrarch &&
				    pl_eq(tok[j].low + tok[j].len - 2, "ed"))
					g->passive = 1;
				be = pl_eq(lem(&tok[j]), "be") || pl_eq(lem(&tok[j]), "get");
				if (t == PL_T_MD && (is(&tok[j], "will") || is(&tok[j], "would") ||
				    is(&tok[j], "shall") || is(&tok[j], "'ll")))
					g->future = 1;
				v = j;
				have = 1;
				j++;
			} else if (have && (tok[j].flags & PL_TOK_QOPEN) && j + 1 < t1 &&
			           (tok[v].tag == PL_T_MD || is_aux(lem(&tok[v]))) &&
			           PL_TAG_IS_VERB(tok[j + 1].tag) && out->np_of[j + 1 - t0] < 0) {
				/* "should \"stick to his guns\"", "would \"cut deep\"": a
				** quotation that opens after the auxiliary holds the
				** rest of the group */
				j++;
			} else if (have && (is(&tok[j], "not") || is(&tok[j], "never")) && !s->petrarch &&
			           tok[v].tag != PL_T_MD && !is_aux(lem(&tok[v])) && j + 2 < t1 &&
			           tok[j + 1].tag == PL_T_TO && PL_TAG_IS_VERB(tok[j + 2].tag)) {
				/* "agreed not to sell", "promised never to return": the
				** "not" is the infinitive's; the agreeing was done */
				break;
			} else if (have && (is(&tok[j], "not") || is(&tok[j], "n't") || is(&tok[j], "never"))) {
				/* "might not only boycott the vote but also ...": no
				** negation */
				if (!(is(&tok[j], "not") && j + 1 < t1 && is(&tok[j + 1], "only")))
					g->negated = 1;
				j++;
			} else if (have && (adverb_in_group(&tok[j]) || ((is(&tok[j], "and") || is(&tok[j], "but")) &&
			           j > i && tok[j - 1].tag == PL_T_RB)) && adverbs_to_verb(tok, j, t1)) {
				j++;
			} else if (have && (te = time_insert(tok, out, v, j, t1)) != 0) {
				/* "have for years accused": the phrase of time is
				** inside the group, not a subject of the verb */
				j = te;
			} else {
				break;
			}
		}
		if (!have) {
			i++;
			continue;
		}
		g->v = v;
		/* a particle right after the verb: "call off", "step down" */
		if (j < t1 && tok[j].tag == PL_T_RP) {
			g->particle = lem(&tok[j]);
			j++;
		}
		g->t1 = j;
		tg = tok[g->t0].tag;
		g->finite = tg == PL_T_MD || tg == PL_T_VBD || tg == PL_T_VBZ || tg == PL_T_VBP;
		if (g->t0 > t0 && tok[g->t0 - 1].tag == PL_T_TO) {
			g->infinitive = 1;
			g->finite = 0;
			/* "decided not to accept the proposal" */
			if (g->t0 - 1 > t0 && (is(&tok[g->t0 - 2], "not") || is(&tok[g->t0 - 2], "never")))
				g->negated = 1;
		}
		if (!g->finite && !g->infinitive && tok[g->t0].tag == PL_T_VBG) {
			g->gerund = 1;
			/* "the policy of not seeking new loans", "cautioned for
			** not honouring them": the gerund's act is not done; "by
			** not accepting orders" is the means of the act before,
			** whose mood it shares, and is left to it */
			/* (adverbs between: "while not explicitly endorsing the
			** sales"; not "not only backing ... but also") */
			uint32_t nb = g->t0;
			while (nb > t0 + 1 && tok[nb - 1].tag == PL_T_RB && !is(&tok[nb - 1], "not") &&
			       !is(&tok[nb - 1], "never"))
				nb--;
			if (!s->petrarch && nb > t0 && (is(&tok[nb - 1], "not") || is(&tok[nb - 1], "never")) &&
			    !(nb > t0 + 1 && is(&tok[nb - 2], "by")) && !(nb < g->t0 && is(&tok[nb], "only")))
				g->negated = 1;
		}
		/* "neither endorsed nor opposed the candidate", "no longer
		** backs the government": words of negation before the group */
		if (!s->petrarch && g->t0 > t0 &&
		    (is(&tok[g->t0 - 1], "nor") || is(&tok[g->t0 - 1], "neither") ||
		     (g->t0 > t0 + 1 && is(&tok[g->t0 - 1], "longer") && is(&tok[g->t0 - 2], "no"))))
			g->negated = 1;
		if (!g->finite && !g->infinitive && tok[g->t0].tag == PL_T_VBN)
			g->passive = 1;   /* reduced relative: "hostages held by Hamas" */
		/* a headline's passive, its -ed form taken for a past tense:
		** "Blair and Brown criticised by MPs" (a lone verb right before
		** "by" and an actor; "rose by 5%" names none) */
		if (g->t0 == v && tok[v].tag == PL_T_VBD && tok[v].len > 3 && j + 1 < t1 && is(&tok[j], "by") &&
		    pl_eq(tok[v].low + tok[v].len - 2, "ed") && out->np_of[j + 1 - t0] >= 0 &&
		    out->np[out->np_of[j + 1 - t0]].code && !s->petrarch)
			g->passive = 1;
		/* "is going to" + verb: future */
		if (strcmp(lem(&tok[v]), "go") == 0 && tok[v].tag == PL_T_VBG && j < t1 && tok[j].tag == PL_T_TO)
			g->future = 1;
		/* "was not doing": negation already caught; passive "by" phrase */
		{
			/* "was opposed earlier by Osgiliath", "were released yesterday
			** by Putin", "were killed in an air strike by government
			** forces", "were handed back to their owners by the army": over
			** adverbs, particles, dates and a prepositional phrase */
			uint32_t b = j;
			while (b < t1 && b < j + 3 && (tok[b].tag == PL_T_RB || tok[b].tag == PL_T_RBR ||
			                               tok[b].tag == PL_T_RP || out->skip[b - t0]))
				b++;
			/* (not over the "to" of a state: "is opposed to any takeover by X") */
			if (b < t1 && (tok[b].tag == PL_T_IN || (tok[b].tag == PL_T_TO && !is_stative(lem(&tok[v])))) &&
			    !is(&tok[b], "by") && b + 1 < t1 &&
			    out->np_of[b + 1 - t0] >= 0) {
				uint32_t e = out->np[out->np_of[b + 1 - t0]].t1;
				if (e < t1 && is(&tok[e], "by") && e - j <= 8)
					b = e;
			}
			if (g->passive && b < t1 && is(&tok[b], "by") && b + 1 < t1 && out->np_of[b + 1 - t0] >= 0)
				g->by = out->np_of[b + 1 - t0];
		}
		/* "up", "off" or "down" make another verb of a verb of saying:
		** "the sums did not add up", "wrote off the debt" (not "said up
		** to 1,800 workers": a preposition there) */
		g->reporting = (uint8_t)((is_reporting(&tok[v]) || reports_clause(tok, g, t1)) &&
		                         !pl_other_sense_particle(tok, g, t1));
		/* "we are opposed to", "Israel is committed to": a state of the
		** subject, not a passive */
		if (g->passive && g->finite && g->by < 0 && j < t1 && is(&tok[j], "to") &&
		    is_stative(lem(&tok[v])))
			g->passive = 0;
		out->nvg++;
		i = j;
	}

	/* 6. subjects and clause ends */
	brk_from = brk_at = t1;
	for (k = 0; k < out->nvg; k++) {
		pl_vg *g = &out->vg[k];
		uint32_t j;
		int subj = -1;
		/* clause end: the next finite verb group, or a clause break.  The
		** first break at or after brk_from is brk_at (t1: none), so a verb
		** group starting between them needs no scan of its own: the scans
		** of a sentence's verb groups, in order, cost one pass */
		if (g->t1 < brk_from || g->t1 > brk_at) {
			for (j = g->t1; j < t1 && !is_clause_break(&tok[j]); j++)
				;
			brk_from = g->t1;
			brk_at = j;
		}
		g->cl_end = (int)brk_at;
		{
			int q;
			for (q = k + 1; q < out->nvg; q++)
				if (out->vg[q].finite) {
					if ((int)out->vg[q].t0 < g->cl_end)
						g->cl_end = (int)out->vg[q].t0;
					break;
				}
		}
		if (g->infinitive || g->gerund) {
			/* shares the subject of the verb group it hangs on, unless it
			** follows a preposition ("in finalizing") */
			/* a gerund after a preposition or a determiner ("in
			** finalizing a deal", "stop the shelling") or
			** right after a verb of saying ("said reaching a deal will
			** require") is used as a noun */
			/* ... except after "committed to", "dedicated to": what
			** one is committed to doing is intent ("is committed to
			** opening up the economy") */
			int pledged = g->gerund && k > 0 && g->t0 >= t0 + 2 && is(&tok[g->t0 - 1], "to") &&
			              out->vg[k - 1].t1 + 1 == g->t0 &&
			              (is(&tok[g->t0 - 2], "committed") || is(&tok[g->t0 - 2], "dedicated"));
			if (pledged) {
				g->subj = out->vg[k - 1].subj;
				g->future = 1;
				continue;
			}
			/* "responded by accusing the prime minister", "provoked
			** fury by branding the plan a con": words said "by" way of
			** the act before, done (finite, no future or negation: not
			** "is expected to win over critics by saying"), are the
			** subject's own act, no noun */
			if (!s->petrarch && g->gerund && k > 0 && g->t0 > t0 && is(&tok[g->t0 - 1], "by") &&
			    !out->vg[k - 1].passive && out->vg[k - 1].subj >= 0 && out->vg[k - 1].finite &&
			    !out->vg[k - 1].future && !out->vg[k - 1].negated &&
			    (g->reporting || speech_gerund(tok, g))) {
				g->subj = out->vg[k - 1].subj;
				continue;
			}
			if (g->gerund && g->t0 > t0 && (tok[g->t0 - 1].tag == PL_T_IN ||
			    tok[g->t0 - 1].tag == PL_T_DT || tok[g->t0 - 1].tag == PL_T_PRPS ||
			    tok[g->t0 - 1].tag == PL_T_JJ || tok[g->t0 - 1].tag == PL_T_POS ||
			    (k > 0 && out->vg[k - 1].reporting && out->vg[k - 1].t1 == g->t0))) {
				g->subj = -1;
				g->nominal = 1;
				continue;
			}
			if (g->infinitive && !s->petrarch &&
			    possessor_acts(tok, out, g, k > 0 && light_group(s, tok, &out->vg[k - 1]) ? &out->vg[k - 1] : NULL))
				continue;
			if (g->gerund && !s->petrarch) {
				int wq = with_gerund_subject(tok, out, g, t0);
				if (wq >= 0) {
					g->subj = wq;
					g->with_subj = 1;
					continue;
				}
			}
			if (k > 0) {
				const pl_vg *pv = &out->vg[k - 1];
				int r;
				g->subj = pv->subj;
				/* "with Mr Kennedy stressing politicians should not
				** foment a debate and attacking the proposals": a gerund
				** after "and" joins the gerund of saying before it, over
				** the finite clause that one reports */
				if (!s->petrarch && g->gerund && !pv->gerund && pv->finite && g->t0 > t0 &&
				    (is(&tok[g->t0 - 1], "and") || is(&tok[g->t0 - 1], "or"))) {
					for (r = k - 2; r >= 0 && !out->vg[r].gerund; r--)
						;
					if (r >= 0 && out->vg[r].reporting) {
						g->subj = out->vg[r].subj;
						continue;
					}
				}
				/* "said a win by Kerry would have helped, adding that
				** ...": saying goes with the speaker, and so does a
				** judgement in words ("..., criticising the council") */
				if (!s->petrarch && g->gerund && (g->reporting || speech_gerund(tok, g)) &&
				    is(&tok[g->t0 - 1], ",") && !pv->reporting && (r = reporter_of(out, k - 1)) >= 0) {
					g->subj = out->vg[r].subj;
					continue;
				}
				/* "will resume shelling", "prepared to continue
				** attacking": an act the verb before only begins or
				** goes on with shares its future */
				if (g->gerund && pv->t1 == g->t0 && aspect_verb(lem(&tok[pv->v])))
					g->future |= pv->future;
				if (g->infinitive) {
					/* "urged Israel and Hamas to agree": the object of the
					** verb before is the one who is to act */
					uint32_t b = g->t0 - 1;   /* the "to" */
					/* "Iran is ready to release them", "stands ready
					** to help", "remains willing to talk": the one who
					** is ready acts, and says what it will do */
					if (b == pv->t1 + 1 && tok[pv->t1].tag == PL_T_JJ && willing(lem(&tok[pv->t1])) &&
					    (pl_eq(lem(&tok[pv->v]), "be") || (!s->petrarch && (pl_eq(lem(&tok[pv->v]), "stand") ||
					                                       pl_eq(lem(&tok[pv->v]), "remain"))))) {
						g->future = 1;
						/* "is not ready to talk": what one is not ready
						** for is refused, as "will not talk" is */
						if (!s->petrarch && pv->negated && !pl_eq(lem(&tok[pv->t1]), "due") &&
						    !fact_after(tok, out, g))
							g->negated = 1;
						continue;
					}
					/* "Iran is unwilling to negotiate": so too */
					if (!s->petrarch && b == pv->t1 + 1 && tok[pv->t1].tag == PL_T_JJ && !pv->negated &&
					    is(&tok[pv->t1], "unwilling") && !fact_after(tok, out, g) &&
					    pl_eq(lem(&tok[pv->v]), "be")) {
						g->future = 1;
						g->negated = 1;
						continue;
					}
					if (b > pv->t1 && out->np_of[b - 1 - t0] >= 0 &&
					    out->np[out->np_of[b - 1 - t0]].t0 >= pv->t1) {
						int q = out->np_of[b - 1 - t0];
						int first = q;
						while (first > 0 && out->np[first - 1].group == out->np[q].group &&
						       out->np[first - 1].t0 >= pv->t1)
							first--;
						/* "used his speech to criticise the plan",
						** "used tear gas to disperse them": a thing
						** used is no doer; the user acts */
						if (s->petrarch || !used_means(tok, out, pv, first))
							g->subj = first;
					}
					g->future |= pv->future;
					/* "decided to resume the dialogue": a commitment,
					** CAMEO's intent (03x) as for "will resume" */
					if (pv->t1 + 1 == g->t0 && commits(lem(&tok[pv->v])))
						g->future = 1;
					/* "is prepared to lift the ban", "are committed to" */
					if (pv->t1 + 1 == g->t0 && pv->v > pv->t0 && willing(lem(&tok[pv->v])) &&
					    pl_eq(lem(&tok[pv->v - 1]), "be"))
						g->future = 1;
					/* "is not prepared to give up": refused */
					if (!s->petrarch && pv->t1 + 1 == g->t0 && pv->v > pv->t0 + 1 && pv->negated &&
					    pl_eq(lem(&tok[pv->v]), "prepare") && pl_eq(tok[pv->v - 1].low, "not") &&
					    pl_eq(lem(&tok[pv->v - 2]), "be") && !fact_after(tok, out, g)) {
						g->future = 1;
						g->negated = 1;
					}
					/* "the president is to visit Japan": what is
					** arranged to happen */
					if (pv->t1 + 1 == g->t0 && pv->finite && pv->v == pv->t0 &&
					    pl_eq(lem(&tok[pv->v]), "be"))
						g->future = 1;
					/* "police failed to arrest him": it did not happen */
					if (pl_eq(lem(&tok[pv->v]), "fail") && pv->t1 + 1 == g->t0)
						g->negated = 1;
				}
			}
			continue;
		}
		/* "will help build", "will not wire tap": a bare verb right after
		** another verb group shares its subject */
		if (k > 0 && tok[g->t0].tag == PL_T_VB && out->vg[k - 1].t1 == g->t0) {
			g->subj = out->vg[k - 1].subj;
			g->future |= out->vg[k - 1].future;
			continue;
		}
		if (!g->finite && g->passive) {
			/* reduced relative: the chunk right before is the patient */
			if (g->t0 > t0 && out->np_of[g->t0 - 1 - t0] >= 0)
				g->subj = out->np_of[g->t0 - 1 - t0];
			else if (k > 0)
				g->subj = passive_patient_before(tok, out, t0, k);
			continue;
		}
		/* walk left over adverbs, dates and asides to the nearest chunk;
		** then to the head of "X of Y" chains */
		j = g->t0;
		while (j > t0) {
			const pl_token *p = &tok[j - 1];
			int q = out->np_of[j - 1 - t0];
			if (out->skip[j - 1 - t0] || p->tag == PL_T_RB || p->tag == PL_T_RBS || p->tag == PL_T_RBR) {
				j--;
				continue;
			}
			/* "Jason Chaffetz (R-Utah) said": step over a bracketed aside */
			if ((is(p, ")") || is(p, "]")) && j - 1 > t0) {
				uint32_t b = j - 1;
				while (b > t0 && !is(&tok[b - 1], "(") && !is(&tok[b - 1], "[") && j - b < 12)
					b--;
				if (b > t0 && (is(&tok[b - 1], "(") || is(&tok[b - 1], "["))) {
					j = b - 1;
					continue;
				}
			}
			/* "Sony Corp <SNE.T> said": step over a wire ticker to the
			** company; "<Acme Mining Ltd> said": into the name the
			** brackets mark as one without a ticker */
			/* (right before the verb only: "acquired by Acme Inc <ACM> but
			** has resumed" leaves the ticker's company an object; nor
			** inside the brackets after "of", whose head is before it) */
			if (is(p, ">") && j == g->t0 && j - 1 > t0 + 1) {
				uint32_t o = j - 1;
				while (o > t0 && j - o < 8 && !is(&tok[o], "<"))
					o--;
				if (is(&tok[o], "<") && o + 3 == j && o > t0) {
					j = o;
					continue;
				}
				if (is(&tok[o], "<") && o + 3 < j && out->np_of[j - 2 - t0] >= 0 &&
				    !(o > t0 && tok[o - 1].tag == PL_T_IN)) {
					j--;
					continue;
				}
			}
			if (q >= 0) {
				/* "lawmakers in Fornost and Gondor": from the compound's
				** first member */
				int first = q;
				while (first > 0 && out->np[first - 1].group == out->np[q].group)
					first--;
				/* "the MP for Sittingbourne and Sheppey said": two names
				** in the of-phrase the tagger did not join; the first */
				if (!s->petrarch && out->np[first].t0 >= t0 + 3 && is(&tok[out->np[first].t0 - 1], "and")) {
					int q0 = out->np_of[out->np[first].t0 - 2 - t0];
					if (q0 >= 0 && out->np[q0].t0 >= t0 + 2 && tok[out->np[q0].t0 - 1].tag == PL_T_IN &&
					    of_like(&tok[out->np[q0].t0 - 1]) && out->np_of[out->np[q0].t0 - 2 - t0] >= 0 &&
					    tok[out->np[first].t1 - 1].tag == PL_T_NNP && tok[out->np[q0].t1 - 1].tag == PL_T_NNP)
						first = q0;
				}
				subj = first;
				/* "the leader of Egypt": go to "the leader" */
				while (out->np[subj].t0 >= t0 + 2) {
					uint32_t b = out->np[subj].t0 - 1, c = b;
					int q2;
					/* "Senator Bill Bradley (Democrat) of New Jersey
					** said": over a bracketed aside to the name the
					** of-phrase follows (a name: not "More than half
					** (55%) of the respondents") */
					if (!s->petrarch && (is(&tok[b], "of") || is(&tok[b], "for")) && is(&tok[b - 1], ")")) {
						uint32_t o = b - 1;
						while (o > t0 && b - o < 8 && !is(&tok[o], "("))
							o--;
						if (is(&tok[o], "(") && o > t0 && tok[o - 1].tag == PL_T_NNP &&
						    out->np_of[o - 1 - t0] >= 0 && out->np[out->np_of[o - 1 - t0]].t1 == o)
							c = o;
					}
					q2 = out->np_of[c - 1 - t0];
					if (q2 >= 0 && !out->np[q2].pronoun &&
					    ((tok[b].tag == PL_T_IN && of_like(&tok[b])) || envoy_to(tok, &out->np[q2], b) ||
					      (!s->petrarch && serving_to(tok, &out->np[q2], b))))
						subj = q2;
					else if (!s->petrarch && g->reporting && g->finite &&
					         (out->np[subj].code || out->np[subj].person) &&
					         (q2 = thing_before_phrase(tok, out, t0, b)) >= 0)
						subj = q2;   /* the thing speaks, not the one it went to */
					else
						break;
				}
				/* a head with no actor over a compound with one ("resumption
				** of ties between Arnor and Gondor may ..."): the compound
				** is the actor that acts */
				if (subj != first && first != q && !out->np[subj].code && !out->np[subj].poss_code &&
				    out->np[q].code)
					subj = q;
				break;
			}
			if (is(p, ",") && j - 1 > t0) {
				/* an aside between commas with no finite verb, or with one
				** only in a relative clause ("..., a UK-based group that
				** tracks the war, said"): skip it */
				uint32_t c = j - 1, b = c;
				int fin = 0;
				while (b > t0 && !is(&tok[b - 1], ",")) {
					int tt = tok[b - 1].tag;
					if (tt == PL_T_VBD || tt == PL_T_VBZ || tt == PL_T_VBP || tt == PL_T_MD)
						fin = 1;
					if ((tt == PL_T_WDT || tt == PL_T_WP || is(&tok[b - 1], "that")) && b - 1 > t0 &&
					    out->np_of[b - 2 - t0] >= 0)
						fin = 0;   /* the verbs after it belong to the relative clause */
					b--;
				}
				/* "Mr Brown, who was not there, says": a relative
				** clause between the commas */
				if (tok[b].tag == PL_T_WP || tok[b].tag == PL_T_WDT)
					fin = 0;
				if (b > t0 && !fin && c - b <= 20) {
					j = b - 1;   /* continue left of the opening comma */
					continue;
				}
				break;
			}
			/* "journalists who were abducted", "the group, which said":
			** a relative pronoun stands for the chunk before it */
			if (p->tag == PL_T_WP || p->tag == PL_T_WDT ||
			    (is(p, "that") && j - 1 > t0 && out->np_of[j - 2 - t0] >= 0)) {
				uint32_t b = j - 1;
				if (b > t0 && is(&tok[b - 1], ","))
					b--;
				if (b > t0 && out->np_of[b - 1 - t0] >= 0)
					subj = out->np_of[b - 1 - t0];
				break;
			}
			if ((is(p, "and") || is(p, "but") || is(p, "or")) && k > 0) {
				/* coordinated verb phrase: same subject as the verb before */
				subj = coordinated_subject(tok, out, k);
				break;
			}
			break;
		}
		/* "a source who spoke to the newspaper said": the chunk found ends
		** a relative clause, whose verb stands between it and the "who";
		** the subject is the chunk the clause hangs on */
		if (subj >= 0 && !s->petrarch && !out->np[subj].pronoun && g->finite &&
		    chunk_tail_end(tok, out, subj, g->t0) == g->t0) {
			uint32_t b = out->np[subj].t0;
			int fin = 0;
			while (b > t0 + 1 && !is(&tok[b - 1], ",") && !is_clause_break(&tok[b - 1]) &&
			       !(tok[b - 1].flags & PL_TOK_PUNCT)) {
				const pl_token *p = &tok[b - 1];
				if (p->tag == PL_T_WP || p->tag == PL_T_WDT) {
					int h = out->np_of[b - 2 - t0];
					if (fin && h >= 0 && !is(p, "what")) {
						while (h > 0 && out->np[h - 1].group == out->np[h].group)
							h--;
						subj = h;
					}
					break;
				}
				/* "the Conservatives who said Labour's first shot in the
				** election has backfired": g is the verb of what is said,
				** a clause with a subject of its own (not when that clause
				** had a verb before g: "doctors who say the cuts will hurt
				** patients met the minister") */
				if (is_reporting(p) && tok[b].tag != PL_T_IN && !fin)
					break;
				if (p->tag == PL_T_VBD || p->tag == PL_T_VBZ || p->tag == PL_T_VBP || p->tag == PL_T_MD)
					fin = 1;
				/* "who said he was stiffed after he designed": a clause
				** of its own starts there */
				if (p->tag == PL_T_PRP || (p->tag == PL_T_IN && !of_like(p) && !is(p, "to") &&
				    !is(p, "at") && !is(p, "with") && !is(p, "on") && !is(p, "by") && !is(p, "about") &&
				    !is(p, "in") && !is(p, "from") && !is(p, "into") && !is(p, "against") &&
				    !is(p, "near") && !is(p, "during")))
					break;
				b--;
			}
		}
		if (subj >= 0 && !s->petrarch)
			subj = name_before_gloss(tok, out, subj, t0);
		/* "..., said Miller": a reporting verb with its subject after it */
		if (subj < 0 && g->reporting && g->t1 < t1 && out->np_of[g->t1 - t0] >= 0 &&
		    (g->t0 == t0 || is(&tok[g->t0 - 1], ",") || (tok[g->t0 - 1].flags & PL_TOK_QCLOSE)))
			subj = out->np_of[g->t1 - t0];
		/* "X said it would ...": a pronoun subject right under a verb of
		** saying is that verb's subject */
		if (subj >= 0 && out->np[subj].pronoun && k > 0 && !out->np[subj].not_speaker &&
		    !in_compound(out, subj) && (out->vg[k - 1].reporting || is(&tok[out->np[subj].t0], "it") ||
		     is(&tok[out->np[subj].t0], "they")) &&
		    out->vg[k - 1].subj >= 0 && out->np[subj].t0 >= out->vg[k - 1].t1 &&
		    pronoun_agrees(tok, &out->np[subj], &out->np[out->vg[k - 1].subj]) &&
		    !(!s->petrarch && no_he(tok, out, subj, out->vg[k - 1].subj)) &&
		    (out->np[subj].t0 <= out->vg[k - 1].t1 + 1 ||
		     /* "warned on Sunday that it would ..." */
		     (out->np[subj].t0 <= out->vg[k - 1].t1 + 5 && is(&tok[out->np[subj].t0 - 1], "that"))))
			subj = out->vg[k - 1].subj;
		if (subj >= 0 && !s->petrarch)
			subj = contrast_kept(tok, out, subj, t0);
		if (subj >= 0 && !s->petrarch && g->finite && k > 0)
			subj = past_participle_head(tok, out, k, subj, t0);
		g->subj = subj;
	}
	/* where each subject starts, "of" phrases before it included */
	for (k = 0; k < out->nvg; k++) {
		pl_vg *g = &out->vg[k];
		if (g->subj >= 0)
			g->subj_t0 = out->np[g->subj].t0;
	}
	if (!s->petrarch)
		object_pronouns(ctx, tok, out);
	actor_context(s, ctx, tok, out, a);
	note_topic(s, ctx, tok, out);
	note_intro(s, ctx, tok, out, a);
	return 0;
}

int pl_sent_analyse(const pl_store *s, pl_docctx *ctx, const pl_token *tok,
                    uint32_t t0, uint32_t t1, pl_arena *a, pl_sentan *out)
{
	pl_datex dates[8];
	pl_place places[8];
	if (analyse(s, ctx, tok, t0, t1, a, out, dates, places) < 0) {
		out->dates = NULL;
		out->places = NULL;
		out->ndates = out->nplaces = 0;
		return -1;
	}
	/* what later stages read stays, in arrays of its size */
	return keep(ctx->arrays ? ctx->arrays : a, out, ctx->scratch != NULL);
}
