/*
** sent.h: shallow analysis of one tagged sentence: actor mentions from the
** dictionaries, noun-phrase chunks with their actor codes, compound actors
** ("Egypt and Qatar"), verb groups (tense, passive, negation, modality) and
** each verb group's subject.  No full parser: rules over tags and lemmas.
*/
#ifndef PL_SENT_H
#define PL_SENT_H

#include <stdint.h>

#include "../dict/store.h"
#include "../extract/date.h"
#include "../text/segment.h"

/* How an actor was found: the evidence behind a chunk's or an event's actor
** code (a confidence model weighs it).  Stable names: other code keys on
** them. */
typedef enum pl_actor_how {
	PL_HOW_NONE = 0,         /* no actor */
	PL_HOW_PHRASE,           /* a dictionary entry in the phrase itself
	                         ** (a country, an organisation, an agent noun,
	                         ** its of/for phrase or apposition) */
	PL_HOW_PEOPLE,           /* the people dictionary: a named person */
	PL_HOW_MEMORY,           /* document memory: an earlier mention named
	                         ** again ("Carter", "the spokesman", "the
	                         ** ministry", "the country") */
	PL_HOW_PRONOUN,          /* a pronoun resolved to an earlier actor (a
	                         ** quotation's "we" is its speaker) */
	PL_HOW_CONTEXT           /* a bare role given the article's context
	                         ** country ("the government" after "Iraq") */
} pl_actor_how;

/* The name of a pl_actor_how in records: "dict", "people", "memory",
** "pronoun", "context" or NULL for PL_HOW_NONE. */
const char *pl_actor_how_name(int how);

/* One noun-phrase chunk (pointers first, then the smaller fields: an
** article holds several per sentence). */
typedef struct pl_np {
	const char *code;        /* actor code, or NULL */
	const char *poss_code;   /* a thing of an actor ("Israel's attack"): the
	                         ** possessor's code, code being NULL */
	const char *file;        /* dictionary entry behind the code */
	const char *icode;       /* bare role: country + role inherited from the
	                         ** country most recently named (or NULL) */
	const char *acode;       /* bare role of a state or a people: with the
	                         ** article's country
	                         ** (pl_sent_backfill), for one that nothing
	                         ** else places; "" when the article has
	                         ** none, NULL when not looked for */
	const char *other_code;  /* a "he" or "she" after a person named in
	                         ** this sentence: the one person the
	                         ** sentences before named apart from the
	                         ** people named here (or NULL).  Uncoded, a
	                         ** judgement in a speaker's words means this
	                         ** one, as no one judges himself; coded as
	                         ** the speaker and this one, the speaker's
	                         ** own (stance.c) */
	const char *other_file;
	int not_speaker;         /* a "he" or "she" asked to resign or
	                         ** apologise in a speaker's words, taken as
	                         ** other_code: not the speaker (sent.c
	                         ** asked_to_yield) */
	const char *role;        /* "lawmakers in Fornost and Gondor": the role
	                         ** code ("LEG") of a chunk that took its
	                         ** country from an of/in phrase ... */
	int of_np1;              /* ... and that phrase's chunk + 1 (0: none);
	                         ** the role goes with each member of its
	                         ** compound */
	uint32_t other_line;     /* of other_file */
	uint32_t t0, t1;         /* tokens [t0, t1) */
	uint32_t a0, a1;         /* the tokens that gave the code (evidence) */
	uint32_t line;           /* of the dictionary entry */
	int group;               /* compound group id (own index when alone) */
	uint8_t agent_only;      /* code is a bare role, no country found */
	uint8_t pronoun;         /* a personal pronoun (he, they, we) */
	uint8_t role_first;      /* a bare role's code goes before a country's
	                         ** ("IGO" roles) */
	uint8_t person;          /* names a person (by name, title or "he") */
	uint8_t how;             /* enum pl_actor_how of code (or poss_code) */
	uint8_t body;            /* names a body by a name a dictionary lists
	                         ** for one ("BBC News", "Downing Street"):
	                         ** no "he" or "she" stands for it */
	uint8_t peer;            /* a titled name with a peer's title ("Lord
	                         ** Dubs") the dictionaries do not know */
	uint8_t unplaced;        /* a bare role whose own words place it in no
	                         ** one country ("foreign firms", "European
	                         ** leaders"): the context lends it none */
	uint8_t body_officer;    /* a bare title that speaks for a body no
	                         ** dictionary codes ("a spokesman for
	                         ** Pipex"): the context lends a country, not
	                         ** the state's role */
	uint8_t hearer;          /* a "you" in a direct quotation, given the
	                         ** code of the hearer its cue names ("'I hope
	                         ** you can act,' she told the minister") */
	uint8_t owner_mod;       /* poss_code from a role word before the head
	                         ** ("criticised government spending"): the
	                         ** owner of a thing judged, not its doer */
	uint8_t market_role;     /* a market's people the market they trade on
	                         ** places ("dealers on the LME"): not remembered
	                         ** as a body ("the company" is no dealer) */
	uint8_t city_role;       /* a bare role a city before it places
	                         ** ("Frankfurt dealers"): no country for the
	                         ** article; in the plural, no body for a
	                         ** later "the bank" either ("Quebec
	                         ** investors"), while "the Birmingham woman"
	                         ** is still a later "she" */
	uint8_t market_bare;     /* a market's people no market, firm or
	                         ** context places, in a sentence naming no
	                         ** state: the article's country at the end
	                         ** (pl_sent_backfill) */
	uint8_t firm_named;      /* a company by what its article says of its
	                         ** name, no legal form here (firm_scan) */
	uint8_t story;           /* a company of the one country its story
	                         ** points to (pl_docctx.story_cc): remembered
	                         ** for "the company" as a named one is */
	uint8_t place;           /* code from a place name alone: 1 a country
	                         ** ("Syria"), 2 a city or region ("Vienna",
	                         ** "New Jersey"); a venue after "in" */
} pl_np;

/* One verb group: "has not been released", "will work", "urged". */
typedef struct pl_vg {
	uint32_t t0, t1;         /* tokens [t0, t1), particles included */
	uint32_t v;              /* main verb token */
	const char *particle;    /* lemma of a particle after the verb, or NULL */
	uint8_t finite, passive, negated, future, infinitive, gerund, reporting;
	uint8_t nominal;         /* a gerund used as a noun ("in finalizing"): no event */
	uint32_t subj_t0;        /* first token of the subject with its of-phrases */
	int subj;                /* index of the subject np, or -1 */
	int by;                  /* passive: np of the "by" phrase, or -1 */
	uint8_t subj_poss;       /* the subject is a possessor ("Iran's decision
	                         ** to expel"): its poss_code acts */
	int cl_end;              /* token where this verb's clause ends */
	uint8_t with_subj;       /* a gerund whose subject is the chunk after a
	                         ** "with" ("with critics saying"): that chunk
	                         ** is no target of the verb before */
} pl_vg;

/* Document-level memory that crosses sentences (coreference-lite). */
#define PL_MAX_NAMES 64
typedef struct pl_docctx {
	pl_date date;            /* article date (y == 0: none) */
	const char *last_country;/* 3-letter country code most recently named */
	uint32_t last_country_sent;
	const char *actor_cc;    /* the state that acts in sentence
	                         ** actor_cc_sent, which named last a country it
	                         ** acts on: the bare roles after it take this
	                         ** one (sent.c actor_context) */
	uint32_t actor_cc_sent;
	/* the country most recently named at all, an actor or only spoken of
	** ("made only in Canada") */
	const char *any_country;
	uint32_t any_country_sent;
	/* the last three countries named, as actors or only spoken of, the
	** latest last ("the two countries" are the last two, when the one
	** before them is not near; NULL: none) */
	const char *pair_cc[3];
	uint32_t pair_cc_sent[3];
	uint32_t sent;           /* index of the sentence being analysed */
	struct { const char *surname; const char *code; const char *file; uint32_t line; }
		names[PL_MAX_NAMES];
	int nnames;
	/* actors named so far, most recent last, each under the nouns that may
	** name it again ("spokesman", "ministry", "president" from a person's
	** title in the people dictionary; NULL: none): "the spokesman", "the
	** agency", "the group" take the most recent compatible one */
	struct pl_memory {
		const char *noun;
		const char *code;
		const char *file;
		uint32_t line;
		uint32_t sent;
		uint8_t kind;    /* PL_MEM_PERSON, PL_MEM_ORG or PL_MEM_ROLE */
	} mem[PL_MAX_NAMES];
	int nmem;
	/* the person the last sentence was about: the subject of its verb of
	** saying, else of its first main verb (code NULL: none, or unknown) */
	const char *topic_code;
	const char *topic_file;
	uint32_t topic_line;
	uint32_t topic_sent;
	char topic_pron;         /* 'h' or 's' when it was a "he" or "she" */
	uint8_t topic_anon;      /* it was a person named by a given name whom no
	                         ** dictionary or context codes ("Michael Mates") */
	/* the body the last sentence was about, when named in the plural
	** ("the Tories", "five unions"): for a "they" opening the next one
	** (code NULL: none) */
	const char *topic_pl_code;
	const char *topic_pl_file;
	uint32_t topic_pl_line;
	/* the same for a body named in the singular ("the ministry", "Acme
	** Corp"), for an "it" opening the next sentence with a verb of its own */
	const char *topic_sg_code;
	const char *topic_sg_file;
	uint32_t topic_sg_line;
	uint8_t topic_sg_title;  /* that body was named with a title of one who
	                         ** speaks for it ("A Labour spokesman") */
	/* a body named with capitals that only its head noun codes ("the
	** Ramblers Association"), by the role that noun tells ("NGO"): whose
	** "a spokesman" in the next sentence is (code NULL: none) */
	const char *topic_body_code;
	const char *topic_body_file;
	uint32_t topic_body_line;
	/* the first bank of a state or of states the story named in full
	** ("the Bank of England", "the Inter-American Development Bank"):
	** whom a later "the Bank" names (code NULL: none yet) */
	struct pl_memory bank;
	/* the firm the latest sentence that had one was about, as the
	** subject of its verb of saying or else of its first main verb ("Texaco
	** Inc said it filed a motion ... against Pennzoil Co"): whom a later
	** "the company said" names, over a firm named after it as the object
	** of its acts (code NULL: none yet; "": a firm no dictionary codes,
	** "Acme Widgets Inc said") */
	struct pl_memory firm;
	/* the companies whose home the words beside their name told (firm_home:
	** "Nordal Gas Corp of Calgary", "Calgary-based Nordal Gas Corp"), by
	** the first and the last word of the name, with the code so placed:
	** the same name named again later in the article is that firm, not its
	** legal form's guess (nfirm_told of them) */
	struct { const char *word, *form, *code; } firm_told[8];
	int nfirm_told;
	uint8_t firm_said;       /* ... and it was the subject of a verb of saying */
	/* the last one named as speaking for a body by a title ("a company
	** spokesman", "A TRE spokesman", "a spokesman" of the firm the
	** sentence is about), with the code that title took there: whom a
	** later "the spokesman" is (code NULL: none yet) */
	struct pl_memory mouth;
	uint8_t topic_unknown;   /* the last sentence was about a name no
	                         ** dictionary knows ("Transport 2000 said") */
	uint8_t quote_open;      /* the last sentence ended inside a quotation */
	/* the person a quotation's speaker was, carried over the sentences
	** wholly inside that quotation ("Ann Hill said: "... . Gordon Brown
	** lied."  She added"): the topic of the sentence before the first of
	** them, for a "he" or "she" outside the quotation in the sentence
	** after the last (code NULL with spk_anon: a person no dictionary
	** knows) */
	const char *spk_code;
	const char *spk_file;
	uint32_t spk_line;
	uint32_t spk_sent;       /* the last sentence wholly quoted (read only
	                         ** while spk_code or spk_anon is set) */
	char spk_pron;
	uint8_t spk_anon;
	uint8_t last_bare;       /* last_country was named as a state itself
	                         ** ("the US"), not by a body or person of it */
	uint8_t last_state;      /* ... and by the country's own name as the
	                         ** head of its chunk ("India bought sugar"), not
	                         ** by a city or an adjective */
	/* how often each country was named as an actor so far (the article's
	** country is the one named most) */
	struct { const char *cc; uint32_t n; } tally[16];
	int ntally;
	/* context_country's answer for sentence cc_sent (valid while cc_ok):
	** asked for most chunks of a sentence, it changes only when a country
	** is noted (cc_ok cleared there) or the sentence changes */
	const char *cc_memo;
	uint32_t cc_sent;
	uint8_t cc_ok;
	/* the one country all of the article's evidence points to: the
	** countries, nationalities, places and currencies it names, none
	** inside a company's name (NULL: none, or more than one); an
	** unplaced company is of it (story_country in sent.c) */
	const char *story_cc;
	uint8_t story_weak;      /* ... from the bare "dlrs" alone */
	uint8_t story_listed;    /* ... told by a stock exchange too ("the
	                         ** Toronto Stock Exchange"), where its
	                         ** firms' shares trade */
	uint8_t story_done;      /* story_cc is found: on its first use, as
	                         ** few articles need it (story_of in sent.c),
	                         ** from the pre-pass's sentences and names */
	const pl_sent *story_sent;
	uint32_t story_nsent;
	/* the one country whose markets the article names (its exchanges,
	** "Tokyo trading", "London dealers"), with the entry behind
	** the first (NULL: none, or markets of several countries): where
	** its market people work when their own words name no market
	** (story_market in sent.c; found on first use, as story_cc is) */
	/* the bodies of states (IGO) the article names as actors, each with how
	** often, the first first: the one named most is the one whose meeting
	** its delegates attend (meeting_body in sent.c) */
	struct { const char *code; uint32_t n; } meet[8];
	int nmeet;
	const char *market_cc;
	const char *market_file;
	uint32_t market_line;
	uint8_t market_done;
	const struct pl_phrase **story_seen;
	struct pl_arena *story_arena;
	/* set once the article's quotations are found (pl_quotes_find): the
	** indices of the direct ones, which never overlap, in text order (NULL:
	** not known, the coder looks through all) */
	const uint32_t *qdirect;
	size_t nqdirect;
	/* from the same time: qreach[i], the furthest end of the content of
	** quotations 0..i (which come in the order of their content's start),
	** so that those around a word are found without a pass over all (NULL:
	** not made) */
	const uint32_t *qreach;
	/* the window's quotations by their cue: indices into the quotations,
	** sorted by cue and, for one cue, in the quotations' order (NULL: none
	** made; nqcue of them, quotations with no cue left out) */
	const uint32_t *qcue;
	size_t nqcue;
	/* working memory of one sentence, reset by each pl_sent_analyse (NULL:
	** it comes from the arena of the analysis, where it stays); an analysis
	** keeps only arrays of the sizes it needs, for the whole article */
	pl_arena *scratch;
	/* where an analysis' arrays (chunks, verb groups, the token tables,
	** dates, places) go (NULL: the arena of the analysis).  The strings
	** they point to stay in the arena of the analysis, since the memory
	** above keeps some of them for the rest of the article: the caller
	** may reset this arena once the sentences analysed into it are done */
	pl_arena *arrays;
	/* the article's country from a look over its whole text before its
	** first sentence is analysed (pl_sent_prescan; NULL: none, or not
	** looked): what a bare role or an unknown name takes while the
	** sentences analysed so far do not tell */
	const char *prior;
	/* what the look found at each token of the text it saw (scan_tok, the
	** text's first token; scan_ntok of them): the dictionary name starting
	** there, NULL where it did not look; the analysis looks no more there */
	const pl_token *scan_tok;
	const struct pl_phrase **scan_name;
	uint32_t scan_ntok;
	/* a copy of some of those tokens that an analysis reads instead (the
	** sentences again without the quotation marks inside a clause):
	** view_tok[i] is the text's token view_orig[i] counted from view_base;
	** NULL when the analysis reads the text's own tokens.  Through it the
	** copy finds what the look found (roles the text named, above) */
	const pl_token *view_tok, *view_base;
	const uint32_t *view_orig;
	uint32_t view_ntok;
	/* from the same look: people the text names in one of their roles
	** ("Veritas leader Robert Kilroy-Silk"), that role's dictionary entry
	** (its name and line): it holds for the article, whatever its date */
	struct { const char *name; uint32_t line; } role_pick[8];
	int nrole_pick;
	/* from the same look: the words that name a company (a run of
	** capitalised words after them ends in a company's suffix, "Hughes
	** Aircraft Co"), sorted, company_nw of them; company_any: the text
	** names a company at all; company_ready: 0 when these could not be
	** made (the questions then pass over the text) */
	const char **company_w;
	size_t company_nw;
	/* from the same look: the words of names the article shows to be a
	** company's by what it says of them ("Brandbank's net profit", "shares
	** of Brandbank", "Valmet, the French parts maker", "Brandbank said it
	** acquired", "Kortex Systems Inc" for a later "Kortex Systems"),
	** sorted, firm_nw of them (firm_scan); firm_end: the first and last
	** words of those names, firm_nend */
	const char **firm_w, **firm_end;
	size_t firm_nw, firm_nend;
	int company_any;
	int company_ready;
	/* from the same look: the surnames the article writes after a man's
	** title ("Mr Howard", "Sir Mark Thatcher") and after a woman's ("Mrs
	** Quinn", "Baroness Amos"), sorted, so that asking costs a binary
	** search, not a pass over the article for each "he" or "she" */
	const char **titled_man, **titled_woman;
	size_t titled_nman, titled_nwoman;
	/* the words of country, capital and group names the article has written
	** as part of a person's or firm's name ("David M. Holland", "F. Wilhelm
	** Christians", "E.C. Jordan and Co"): alone later, "Holland said", the
	** word is that person again, not the country (pointers into the text's
	** tokens; name_part_scan) */
	const char *name_part[16];
	int nname_part;
	/* the one person a sentence introduced by a role alone, as the
	** subject of its verb ("A Labour backbencher has said ..."): the name
	** the next sentence gives ("Derek Wyatt said") is that person's (code
	** NULL: none) */
	const char *intro_code;
	const char *intro_file;
	uint32_t intro_line;
	uint32_t intro_sent;
	/* acronyms the story defines ("the Institute of Economic Affairs
	** (IEA)", "the ICO (International Coffee Organization)") where the
	** dictionaries mean another body by the same letters, or know none:
	** each later mention of the letters is the full name's actor (code
	** NULL: the full name has none, and then neither has the acronym) */
	struct pl_acronym {
		const char *acr;         /* the acronym's token as written */
		const char *code;
		const char *file;
		uint32_t line;
		uint8_t agent;           /* code is a bare role ("NGO") */
	} acro[8];
	int nacro;
} pl_docctx;

/* (PL_MEM_ARMS: a state's forces named by their arms, "Iraqi jets", that
** a later "the jets" or "the planes" recalls; no role search finds them) */
enum { PL_MEM_PERSON = 1, PL_MEM_ORG, PL_MEM_ROLE, PL_MEM_ARMS };

typedef struct pl_sentan {
	const pl_token *tok;     /* the whole text's tokens */
	const pl_store *store;   /* the dictionaries it was analysed with (the
	                         ** quotation finder reads their cue words) */
	uint32_t t0, t1;         /* this sentence */
	pl_np *np;
	int nnp;
	pl_vg *vg;
	int nvg;
	int *np_of;              /* token -> np index or -1 (indexed from t0) */
	pl_datex *dates;         /* ndates of them (at most 8) */
	int ndates;
	pl_place *places;        /* place names (not inside organisation or
	                         ** person names), nplaces of them (at most 8) */
	int nplaces;
	uint8_t *skip;           /* token inside a date or parenthetical (from t0) */
	/* what the sentence's tokens hold, made in one pass before the rules
	** that ask it: a rule that needs a tag or a flag the sentence lacks
	** is not walked */
	uint64_t tags;           /* the set of their tags (bit 1 << tag) */
	uint16_t tokflags;       /* the OR of their flags (enum pl_tokflag) */
} pl_sentan;

/* Analyses tokens [t0, t1) of a tagged, lemmatised text into *out (all
** memory from a).  Updates ctx.  Returns 0, or -1 when out of memory. */
/* Does the particle of verb group g make another verb of a verb of saying
** ("the sums did not add up", "wrote off the debt", "wrote down its
** assets")?  "up", "off" or "down", not followed by "to" or a number
** ("said up to 1,800 workers"); t1: the sentence's end. */
int pl_other_sense_particle(const pl_token *tok, const pl_vg *g, uint32_t t1);

/* The index of the verb group whose main verb is token v, or -1. */
int pl_vg_of(const pl_sentan *an, uint32_t v);

/* The modals of a verb group, one reading for every rule that asks, as a
** set: each rule takes the part it means ("will" foretells and arranges, so
** a judgement of what only might be leaves it out, an arranged act wants
** it; an act under any modal is not done now).  PL_MOD_WORD: a modal's
** word the tagger read as something else ("may", "can", "'d"). */
enum {
	PL_MOD_WILL = 1,     /* "will", "'ll", tagged as a modal */
	PL_MOD_SHALL = 2,    /* "shall" */
	PL_MOD_OTHER = 4,    /* any other modal: "would", "could", "must" */
	PL_MOD_WORD = 8
};
#define PL_MOD_TAGGED (PL_MOD_WILL | PL_MOD_SHALL | PL_MOD_OTHER)

/* What token t is of the set above (0: no modal). */
unsigned pl_tok_modal(const pl_token *t);

/* The modals of verb group g, before its main verb. */
unsigned pl_vg_modals(const pl_token *tok, const pl_vg *g);

int pl_sent_analyse(const pl_store *s, pl_docctx *ctx, const pl_token *tok,
                    uint32_t t0, uint32_t t1, pl_arena *a, pl_sentan *out);

/* Before the first sentence of an article is analysed: the country its
** whole text gives the most evidence of, in ctx->prior (NULL when none
** leads clearly).  Evidence is a name the dictionaries know that carries a
** country (a country, its adjective or people, a person, a party); a
** country or capital only spoken of ("the war in Iraq", "more than
** France") is none.  One pass over the ntok tokens of the nsent sentences,
** whose look-ups the analysis then uses; the code and the table come from
** a. */
void pl_sent_prescan(const pl_store *s, pl_docctx *ctx, const pl_token *tok, uint32_t ntok,
                     const pl_sent *sent, uint32_t nsent, pl_arena *a);

/* After every sentence of an article is analysed (ctx as the last
** pl_sent_analyse left it): a bare role that found no country ("MPs have
** said" in a headline, before any country is named) takes the article's
** country, and so does a titled name the dictionaries do not know ("Mr
** Leigh").  The codes come from a. */
void pl_sent_backfill(const pl_store *s, const pl_docctx *ctx, pl_sentan *an, uint32_t n,
                      pl_arena *a);

#endif
