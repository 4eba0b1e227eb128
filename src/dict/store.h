/*
** store.h: the dictionary store: actor names, agent nouns, verb patterns and
** the CAMEO table, loaded once from dict/ and the generated data folder, then
** shared read-only by every coder thread.
**
** Every entry remembers the file and line it came from (for evidence).
*/
#ifndef PL_STORE_H
#define PL_STORE_H

#include <stdint.h>

#include "../base/arena.h"
#include "../base/hash.h"
#include "../base/words.h"
#include "../extract/date.h"
#include "../extract/place.h"
#include "../lex/lemma.h"
#include "../lex/tagger.h"

/* What an actor phrase names. */
enum pl_akind {
	PL_A_COUNTRY = 1,  /* a country by name: Israel */
	PL_A_CADJ,         /* a country adjective: Israeli */
	PL_A_PEOPLE,       /* a people: Israelis */
	PL_A_CAPITAL,      /* a capital used for its state: Jerusalem */
	PL_A_ORG,          /* an organisation with a full code: Hamas */
	PL_A_PERSON,       /* a person in a role (dated) */
	PL_A_AGENT,        /* an agent noun: court (code = role) */
	PL_A_DISCARD,      /* a discard phrase (code "story" or "sentence") */
	PL_A_ISSUE,        /* a PETRARCH issue phrase (code, name = category) */
	PL_A_ISSUE_NOT     /* an issue file's "~" phrase: no issue where it stands */
};

/* Or-ed into pl_store_add_phrase's kind: an agent whose role goes before the
** country in joined codes (PETRARCH's [NGO~]: NGOARN, not ARNNGO). */
#define PL_A_ROLE_FIRST 0x80

typedef struct pl_phrase {
	const char **tok;       /* tokens as written in the entry */
	uint8_t ntok;
	uint8_t kind;           /* enum pl_akind */
	uint8_t lower;          /* entry is all lower case: match any case */
	uint8_t role_first;     /* agents: role before the country (NGOARN) */
	uint8_t woman;          /* persons: a name or alias of the row opens
	                        ** with a woman's title ("Mrs Thatcher",
	                        ** "Baroness Scotland") */
	uint8_t last0;          /* first byte of the last of tok, set as the
	                        ** phrase is filed (0: unknown), so that a
	                        ** chain's walk turns most entries away before
	                        ** reading their words (see longest_match) */
	const char *code;       /* actor code, or role code for agents */
	const char *name;       /* canonical name (persons, organisations) */
	const char *title;      /* persons: the role's last word in lower case
	                        ** ("president", "spokesperson"), or NULL; a
	                        ** later "the president" may name them */
	const char *role_head;  /* persons: the role's first word in lower case
	                        ** ("veritas" of "Veritas Leader"), or NULL;
	                        ** written before the name, it says which of
	                        ** the person's roles the text means */
	const char *role;       /* persons: the role as people.tsv writes it
	                        ** ("Leader of the Opposition"), or NULL */
	pl_date from, to;       /* persons: when the code holds (y == 0: open) */
	const char *file;
	uint32_t line;
	struct pl_phrase *next; /* same first token, longer phrases first */
} pl_phrase;

/* A person of people.tsv filed under the surname (the last word of the
** name column): a link of pl_store.surnames' chains. */
typedef struct pl_surname {
	const pl_phrase *ph;
	struct pl_surname *next;
} pl_surname;

/* One verb pattern: verb lemma + elements (lemmas, "+", "not"). */
typedef struct pl_verbpat {
	/* (what the coder's walk of a verb's patterns reads of each, most of
	** them turned away by need_all, kept together in the struct's first
	** 64 bytes: the walk touches one or two cache lines a pattern) */
	const char *form;       /* PETRARCH: only this form of the verb ("left",
	                        ** "met"), tried before the lemma's patterns; or
	                        ** NULL */
	const char *particle;   /* "off" for call_off, or NULL */
	struct pl_verbpat *next; /* same verb, most elements first */
	/* the words the elements ask for, for the coder's quick test, by when
	** it skips them: never (need_all: the words' pl_word_bit256()s), when
	** the verb group has a particle the pattern lacks (need_first: the first
	** element's word's bit + 1, 0 when it asks for none), when the verb
	** reports ("that": need_that past the first element, need_first_that
	** the first), either; set by pl_verbpat_need() (has_need).  256 bits,
	** not 64: a clause to the end of a long sentence sets half of 64 */
	uint64_t need_all[4];
	uint16_t need_first;
	uint8_t need_that, need_first_that;
	uint8_t has_need;
	uint8_t compound;       /* PETRARCH `%` before the verb: the members of
	                        ** a compound subject act on each other */
	const char *verb;       /* lemma */
	const char *pre;        /* nouns: the words before the head ("air" of
	                        ** "air strike"), or NULL */
	const char **elem;
	uint8_t nelem;
	const char *code;       /* CAMEO event code */
	const char *rcode;      /* PETRARCH paired code [032:033]: the event
	                        ** from target to source, or NULL */
	const char **prev;      /* PETRARCH: words before the verb (lemmas, in
	                        ** order), matched before it in the sentence */
	uint8_t nprev;
	uint8_t literal;        /* PETRARCH: words match as written, not by lemma */
	uint8_t prev_adj;       /* PETRARCH "RECENTLY_*": the last of prev is
	                        ** right before the verb.  An element or prev
	                        ** word written "_word" must be next to the
	                        ** word before it (after the verb) or after it
	                        ** (before the verb) */
	uint8_t tgt_before;     /* PETRARCH `+` before the verb: the subject is
	                        ** the target (the source then comes from a `$`
	                        ** item after the verb, elem "$") */
	uint8_t backoff;        /* made from WordNet (src/dict/backoff.c): the
	                        ** word is unknown to the dictionaries and coded
	                        ** by a WordNet neighbour's bare entry; file is
	                        ** "wordnet:WORD<-NEIGHBOUR", line the
	                        ** neighbour's line */
	const char *file;
	uint32_t line;
	/* On the first pattern of a long verb chain, once the chains are
	** packed (pl_store_load): its patterns indexed by a word each needs,
	** or NULL (every other pattern; a chain a pattern was filed into later
	** by pl_store_add_verbpat, whose nodes no longer lie in order). */
	const struct pl_vindex *vindex;
} pl_verbpat;

/* A verb chain's index: each pattern that needs a word whatever a verb
** group without a particle holds (a bit of need_all, else the first
** element's) filed under that word's pl_word_bit256, so that the coder
** visits only the patterns whose word a region has; the others (none)
** are visited always.  Patterns are numbered in the chain's order, the
** head's packed array. */
#define PL_VINDEX_MIN 4
#define PL_VINDEX_MAX 4096
typedef struct pl_vindex {
	uint32_t n;              /* patterns in the chain */
	uint64_t used[4];        /* the bits some pattern is filed under */
	const uint64_t *none;    /* (n + 63) / 64 words: the patterns under none */
	const uint16_t *start;   /* 257: bit b's patterns are idx[start[b] .. start[b + 1]) */
	const uint16_t *idx;
} pl_vindex;

/* Sets the need_ masks of vp from its elements and particle. */
void pl_verbpat_need(pl_verbpat *vp);

typedef struct pl_cameo {
	const char *code, *name;
	double goldstein;
	const char *pcat, *pmode, *pctx;   /* PLOVER; "" when none */
} pl_cameo;

/* Classes of a cue word of attribution (dict/cues.tsv): which complements
** of the verb are what its subject said or holds. */
enum {
	PL_CU_QUOTE = 1,         /* introduces a direct quotation */
	PL_CU_CLAUSE = 2,        /* reports a clause, before or after it */
	PL_CU_HEARER = 4,        /* its first object is the hearer ("told X") */
	PL_CU_OBJ = 8,           /* its object is what was said or judged */
	PL_CU_INF = 16,          /* a to-infinitive is what was said */
	PL_CU_WH = 32,           /* a wh- or if-clause ("asked whether") */
	PL_CU_SEEM = 64,         /* a judgement with no source ("appears to") */
	PL_CU_ABOUT = 128        /* what follows "about" or "of" is the topic */
};

/* (the bits of names_lower, set as names are added to the store) */
#define PL_NAMES_LOWER_BITS (1024 * 64)

/* The features of the confidence model (src/code/assess.c,
** pl_event_features), each an index and the name dict/confidence.tsv gives
** its weight under.  The weights are found by name once, at load, into
** pl_store's confw_at. */
#define PL_CONF_FEATURES(X) \
	X(PL_CF_BIAS, "bias") \
	X(PL_CF_SRC_NONE, "src:none") X(PL_CF_SRC_DICT, "src:dict") \
	X(PL_CF_SRC_PEOPLE, "src:people") X(PL_CF_SRC_MEMORY, "src:memory") \
	X(PL_CF_SRC_PRONOUN, "src:pronoun") X(PL_CF_SRC_CONTEXT, "src:context") \
	X(PL_CF_SRC_NAMED, "src:named") \
	X(PL_CF_TGT_NONE, "tgt:none") X(PL_CF_TGT_DICT, "tgt:dict") \
	X(PL_CF_TGT_PEOPLE, "tgt:people") X(PL_CF_TGT_MEMORY, "tgt:memory") \
	X(PL_CF_TGT_PRONOUN, "tgt:pronoun") X(PL_CF_TGT_CONTEXT, "tgt:context") \
	X(PL_CF_SRC_ROLE, "src:role") X(PL_CF_SRC_STATE, "src:state") \
	X(PL_CF_TGT_ROLE, "tgt:role") X(PL_CF_TGT_STATE, "tgt:state") \
	X(PL_CF_SIBS, "sibs") X(PL_CF_BOTH, "both") \
	X(PL_CF_MOOD_CONDITIONAL, "mood:conditional") \
	X(PL_CF_MOOD_HYPOTHETICAL, "mood:hypothetical") \
	X(PL_CF_MOOD_QUESTION, "mood:question") \
	X(PL_CF_NEGATED, "negated") X(PL_CF_NOMINAL, "nominal") X(PL_CF_PASSIVE, "passive") \
	X(PL_CF_INTENT, "intent") X(PL_CF_PLACE, "place") \
	X(PL_CF_PATTERN_WORDS, "pattern:words") X(PL_CF_PATTERN_BARE, "pattern:bare") \
	X(PL_CF_BACKOFF, "backoff") \
	X(PL_CF_ROOT01, "root:01") X(PL_CF_ROOT02, "root:02") X(PL_CF_ROOT03, "root:03") \
	X(PL_CF_ROOT04, "root:04") X(PL_CF_ROOT05, "root:05") X(PL_CF_ROOT06, "root:06") \
	X(PL_CF_ROOT07, "root:07") X(PL_CF_ROOT08, "root:08") X(PL_CF_ROOT09, "root:09") \
	X(PL_CF_ROOT10, "root:10") X(PL_CF_ROOT11, "root:11") X(PL_CF_ROOT12, "root:12") \
	X(PL_CF_ROOT13, "root:13") X(PL_CF_ROOT14, "root:14") X(PL_CF_ROOT15, "root:15") \
	X(PL_CF_ROOT16, "root:16") X(PL_CF_ROOT17, "root:17") X(PL_CF_ROOT18, "root:18") \
	X(PL_CF_ROOT19, "root:19") X(PL_CF_ROOT20, "root:20") \
	X(PL_CF_REPORTED, "reported") X(PL_CF_SRC_PERSON, "src:person")
#define PL_CF_ENUM(id, name) id,
enum pl_conf_feature { PL_CONF_FEATURES(PL_CF_ENUM) PL_CF_N };
#undef PL_CF_ENUM
/* The name of each feature, by index. */
extern const char *const pl_conf_feature_name[PL_CF_N];

/* A line of dict/bodies.tsv: the role a body's head noun tells
** ("association": NGO), and where it is written. */
typedef struct pl_bodyhead {
	const char *role;
	const char *file;
	uint32_t line;
	int shared;              /* company_forms.tsv: a form firms of many
	                         ** countries write; the article's country,
	                         ** when it has one, decides */
	const char *also;        /* company_marks.tsv: the other countries
	                         ** whose firms write the mark, codes
	                         ** separated by spaces ("BEL CHE" for
	                         ** "banque"), or NULL */
} pl_bodyhead;

/* A line's name form of dict/past_events.tsv: a well-known event of the
** past ("the invasion of iraq") and when it began and ended.  An act of
** taking part in it or deciding on it is of its time. */
typedef struct pl_pastevent {
	const char *squeezed;    /* the name, lower case, with no spaces
	                         ** ("miners'strike"): matched against the
	                         ** tokens' lower-case text run together */
	pl_date start, end;      /* month (m 0: the year's end); end.y 0 when
	                         ** the event goes on or its end is unclear */
	const char *file;
	uint32_t line;
	struct pl_pastevent *next;
} pl_pastevent;

/* A line of dict/governing.tsv: a party in its country's national
** government from one month to another (to.y 0: it still governs). */
typedef struct pl_governing {
	const char *party;       /* the party's code: "GBRPTYLAB" */
	pl_date from, to;
	const char *file;
	uint32_t line;
} pl_governing;
#define PL_MAX_GOVERNING 64

typedef struct pl_store {
	pl_arena *pool;          /* every string and entry */
	pl_hash names;           /* lower-case first token -> pl_phrase chain */
	uint64_t names_lower[PL_NAMES_LOWER_BITS / 64]; /* bit (pl_store_names_lower) of each key of
	                         ** names whose chain holds an entry with its
	                         ** first word written in lower case */
	pl_hash agents;          /* first lemma -> pl_phrase chain */
	pl_hash verbs;           /* verb lemma -> pl_verbpat chain */
	pl_hash vtails;          /* verb lemma -> the last pattern of each
	                         ** weight in its chain (pl_store_add_verbpat) */
	pl_hash nouns;           /* head noun lemma -> pl_verbpat chain (events
	                         ** named by nouns: "the attack on Gaza") */
	pl_hash cameo;           /* event code -> pl_cameo */
	pl_hash discards;        /* lower-case first token -> pl_phrase chain
	                         ** (PETRARCH discard phrases) */
	pl_hash issues;          /* lower-case first token -> pl_phrase chain
	                         ** (PETRARCH issue phrases and exclusions) */
	pl_hash objclass;        /* noun lemma -> its class name, interned
	                         ** (dict/objects.tsv: "abstract", "cause", ...) */
	pl_hash stance;          /* word lemma -> CAMEO code, interned, of what
	                         ** a reported clause says when it holds the
	                         ** word (dict/stance.tsv: "disgrace" -> "111") */
	uint64_t stance_wish_bits; /* pl_word_bit()s of the words of its "w:"
	                         ** cues: most words are none, and are told so
	                         ** with no key put together and looked up */
	uint64_t stance_phrase_bits; /* pl_word_bit()s of the first words of its
	                         ** "k:" cues (phrases), told apart the same way */
	uint64_t stance_phrase_first[PL_WORD_SLOTS / 64]; /* pl_word_slot()s of
	                         ** the same words: the 64 bits above are nearly
	                         ** all set by the 241 first words, these few */
	uint64_t stance_phrase_keys[PL_WORD_SLOTS / 64]; /* pl_key_slot()s of
	                         ** its "k:" keys (phrases and their starts): most
	                         ** first words of phrases are common ones ("the",
	                         ** "in", "not"), and the next word read after
	                         ** them is told it starts none with no look-up */
	uint64_t stance_phrase_pairs[PL_WORD_SLOTS / 64]; /* pl_word_pair_slot()s
	                         ** of the first two words of its "k:" cues: a
	                         ** common first word is told no phrase goes on
	                         ** with the next one before a key is built */
	uint64_t stance_cue_starts[PL_WORD_SLOTS / 64]; /* pl_key_slot()s of
	                         ** the starts of its cues of more words than
	                         ** one, each up to and with a '_' ("v:cover_" of
	                         ** "v:cover_up"): the verb cues read the words
	                         ** after a verb only when a cue goes on past it */
	uint64_t stance_fault_words[PL_WORD_SLOTS / 64]; /* pl_word_slot()s of
	                         ** its keys of code "111", for the loose reading
	                         ** of fault, which asks every noun and adjective
	                         ** of a speech */
	pl_hash cues;            /* verb lemma -> its PL_CU_* classes, as a
	                         ** pointer-sized integer (dict/cues.tsv:
	                         ** "tell" -> PL_CU_CLAUSE | PL_CU_HEARER) */
	pl_hash confw;           /* confidence feature name -> double * weight
	                         ** (dict/confidence.tsv) */
	const double *confw_at[PL_CF_N]; /* confw's weight of each feature by
	                         ** index (NULL: none), found at load */
	pl_hash misspelt;        /* a one-word country name, adjective or people
	                         ** noun of 5+ letters with one letter left out
	                         ** ("ethopia") -> its pl_phrase; a phrase of kind
	                         ** 0 where names of two codes give the string */
	pl_hash bodies;          /* head noun lemma -> its pl_bodyhead (dict/
	                         ** bodies.tsv: "association" -> NGO) */
	long n_bodies;
	pl_hash arms;            /* a noun of arms, lemma -> the role its state
	                         ** takes when named right before it (dict/
	                         ** arms.tsv: "tank" -> MIL, "Soviet tanks") */
	long n_arms;
	pl_hash company_forms;   /* a company's legal form, lower case -> its
	                         ** country, as a pl_bodyhead (dict/
	                         ** company_forms.tsv: "ag" -> DEU) */
	long n_company_forms;
	pl_hash company_marks;   /* a mark in or after a company's name that
	                         ** tells its country, lower case -> its
	                         ** company_marks.tsv line (".t" -> JPN,
	                         ** "nippon" -> JPN) */
	long n_company_marks;
	pl_hash currencies;      /* a currency as written, lower case, one or
	                         ** two words -> its country, as a pl_bodyhead
	                         ** (dict/currencies.tsv: "rand" -> ZAF; shared
	                         ** for the bare "dlrs") */
	long n_currencies;
	char dollar_cc[64];      /* the countries, space-separated, of a shared
	                         ** currency's two-word lines ("CAN AUS ") */
	pl_hash past_events;     /* the first letters-and-digits run of a name
	                         ** form ("miners") -> pl_pastevent chain (dict/
	                         ** past_events.tsv) */
	long n_past_events;
	uint64_t past_event_heads[PL_WORD_SLOTS / 64]; /* pl_run3_slot()s of
	                         ** past_events' keys: the reader tries every
	                         ** word after a verb of the past, and most are
	                         ** told no name starts so before the rest of
	                         ** their letters are read and looked up */
	pl_governing governing[PL_MAX_GOVERNING];   /* dict/governing.tsv */
	pl_hash light;           /* light verb lemma -> its kind, interned (dict/
	                         ** light.tsv: "announce" -> "say") */
	pl_hash light_words;     /* the words of light.tsv that are no verbs ->
	                         ** their kind: "ready" -> "ready", "resumption"
	                         ** -> "aspect" ("start" is both) */
	long n_light;
	pl_hash given_sex;       /* given name -> "m" or "f", interned (dict/
	                         ** given_sex.tsv: names borne by one sex only) */
	long n_given_sex;
	pl_hash noun_sides;      /* event noun lemma -> "either" or "market",
	                         ** interned (dict/noun_sides.tsv: the side its
	                         ** own modifier names when not the doer) */
	long n_noun_sides;
	int n_governing;
	pl_hash surnames;        /* lower-case last word of a person's name of two
	                         ** words or more -> pl_surname chain, a link
	                         ** per people.tsv line ("Mr Brown" the article
	                         ** never names in full) */
	pl_hash given;           /* lower-case given name -> non-NULL (data/
	                         ** given.txt, from tools/gen-given: "frederick") */
	pl_tagger *tagger;
	pl_lemmatizer *lemma;
	pl_gazetteer *gaz;       /* places */
	long n_countries, n_names, n_people, n_orgs, n_agents, n_verbs, n_nouns, n_codes;
	long n_discards, n_issues, n_objclass, n_confw, n_stance, n_cues, n_given;
	long n_warnings;
	int petrarch;            /* loaded from PETRARCH/TABARI files: code as
	                         ** PETRARCH does where parley's own rules differ
	                         ** (a bare role keeps no country: "---GOV") */
	void (*warn)(void *ud, const char *msg);
	void *warn_ud;
	/* Set by the caller before pl_store_load (both may stay NULL):
	** dict_format "parley" (default) or "petrarch"; with "petrarch",
	** actors, agents and verbs come only from the NULL-terminated list
	** dict_files (PETRARCH/TABARI dictionaries, see petrarch.h). */
	const char *dict_format;
	const char *const *dict_files;
	char *stats;             /* text for parley_store_stats */
	const char *xstats;      /* extra stats lines from the loader, or NULL */
	unsigned long id;        /* set by pl_store_load: never 0, never reused
	                         ** (a store freed and another loaded at its
	                         ** address must not find the first one's
	                         ** answers that a thread keeps: sent.c) */
} pl_store;

/* May a name start at a word written in lower case whose key (its lower
** case, which is its text) has hash h?  Only an entry whose first word is
** written so can (a word unknown to the lexicon aside: see sent.c), and most
** keys have none: a clear bit says there is none, a set one there may be. */
static inline int pl_store_names_lower(const pl_store *s, uint32_t h)
{
	h %= PL_NAMES_LOWER_BITS;
	return (int)(s->names_lower[h / 64] >> (h % 64) & 1);
}


/* Loads the native dictionaries from dict_dir and the generated tables from
** data_dir into s (zeroed by the caller, warn set).  Problems in single lines
** are passed to s->warn and skipped.  Returns 0, or -1 with a message in err
** when a required file is missing or memory runs out. */
int pl_store_load(pl_store *s, const char *dict_dir, const char *data_dir,
                  char *err, size_t errlen);

void pl_store_free(pl_store *s);

/* Reads one of parley's TSV dictionaries, named as in dict/ ("cameo.tsv",
** "verbs.tsv", "actors/people.tsv", ... or "iso3166.tsv" of data/), from
** path into s (zero-filled or loaded; its pool is made when missing), as
** pl_store_load does: for tests and fuzzing.  The verb and noun patterns
** want the CAMEO table read first.  Returns 0, or -1 with err set. */
int pl_store_read_tsv(pl_store *s, const char *name, const char *path, char *err, size_t errlen);


/* One of PL_WORD_SLOTS slots for the key k[0..n) (n > 0) of a map, from
** its length and three of its bytes, for a bit array that tells most keys
** not in the map apart with no look-up (see stance_phrase_keys).  Unlike
** pl_word_slot, the key need not end in a NUL. */
static inline uint32_t pl_key_slot(const char *k, size_t n)
{
	uint32_t h = (uint32_t)n * 31 + (unsigned char)k[0];
	h = h * 31 + (unsigned char)k[n / 2];
	h = h * 31 + (unsigned char)k[n - 1];
	return (h * 2654435761u) >> 20;
}

/* The first three bytes of word w as pl_word_hash3 reads them, unmixed,
** but a '_' (which joins the words of a key) ends the word as a NUL does. */
static inline uint32_t pl_word_raw3(const char *w)
{
	uint32_t h = 0;
	int i;
	for (i = 0; i < 3 && w[i] && w[i] != '_'; i++)
		h = h * 31 + (unsigned char)w[i];
	return h;
}

/* One of PL_WORD_SLOTS slots for the words a and b one after the other
** (each read to its NUL or '_', as pl_word_raw3 does). */
static inline uint32_t pl_word_pair_slot(const char *a, const char *b)
{
	return ((pl_word_raw3(a) * 131u + pl_word_raw3(b)) * 2654435761u) >> 20;
}

/* One of PL_WORD_SLOTS slots for the first three bytes (fewer when max,
** or the run, is shorter) of the run of letters a-z and digits that opens
** w: a key made of such a run ("iraq" of "iraq's") and every word that
** opens with it share the slot. */
static inline uint32_t pl_run3_slot(const char *w, size_t max)
{
	uint32_t h = 0;
	size_t i;
	for (i = 0; i < 3 && i < max && ((w[i] >= 'a' && w[i] <= 'z') || (w[i] >= '0' && w[i] <= '9')); i++)
		h = h * 31 + (unsigned char)w[i];
	return ((h + (uint32_t)i) * 2654435761u) >> 20;
}

static inline void pl_slot_set(uint64_t *slots, uint32_t b)
{
	slots[b / 64] |= (uint64_t)1 << (b % 64);
}

static inline int pl_slot_bit(const uint64_t *slots, uint32_t b)
{
	return (int)(slots[b / 64] >> (b % 64) & 1);
}

/* Passes "file:line: msg" to s->warn and counts it. */
void pl_store_warn(pl_store *s, const char *file, uint32_t line, const char *msg);

/* The same with a message made from fmt and one string argument. */
void pl_store_warnf(pl_store *s, const char *file, uint32_t line, const char *fmt, const char *arg);

/* s without its leading and trailing blanks (spaces, tabs, line ends), in
** place. */
char *pl_trim(char *s);

/* Tokenizes `phrase` (scratch: a temporary arena) and files it under its
** lower-case first token in table h, longest phrases first.  Returns 0
** (phrases over 12 tokens are reported and skipped), or -1 when out of
** memory. */
int pl_store_add_phrase(pl_store *s, pl_hash *h, pl_arena *scratch, const char *phrase,
                        int kind, const char *code, const char *name, pl_date from,
                        pl_date to, const char *file, uint32_t line);

/* Files a copy of verb pattern *tpl (its next ignored) under its verb lemma,
** most specific first (elements, particle, words before the verb and a
** compound subject each count one; equal counts keep the order of loading).
** The strings and arrays tpl points to must live as long as the store.
** Returns 0, or -1 when out of memory. */
int pl_store_add_verbpat(pl_store *s, const pl_verbpat *tpl);

/* Is the lower-case word low[0..n) a given name ("frederick", "anne")? */
int pl_store_given(const pl_store *s, const char *low, size_t n);
/* 'm' or 'f' for a lower-case given name of dict/given_sex.tsv, 0 otherwise. */
int pl_store_given_sex(const pl_store *s, const char *low, size_t n);
/* The people.tsv lines of the people whose name ends in the lower-case word
** low ("brown"), or NULL. */
const pl_surname *pl_store_surname(const pl_store *s, const char *low);

/* Is w[0..n) (any case) a word that makes an office another one than the
** office it names ("deputy", "vice", "shadow", "former", "assistant": the
** deputy prime minister is not the prime minister)?  The word in lower case,
** or NULL. */
const char *pl_office_apart(const char *w, size_t n);

/* The CAMEO entry for an event code, or NULL. */
const pl_cameo *pl_store_cameo(const pl_store *s, const char *code);

/* The line of dict/governing.tsv saying party governed on date d, or NULL
** (also when d has no year). */
const pl_governing *pl_governing_on(const pl_store *s, const char *party, pl_date d);

#endif
