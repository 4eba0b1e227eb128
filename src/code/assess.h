/*
** assess.h: what an event is and whether it happened.  The mood of a clause
** (asserted, conditional, hypothetical, question), clauses whose subject
** says nobody acted ("neither the ministry nor his lawyer commented"), the
** sense of a verb or noun that needs a particular kind of object ("attacked
** the plan" is criticism, not force; "released a report" frees nobody),
** mentions of things that already exist ("the 2015 nuclear agreement is
** flawed"), and each event's confidence from a logistic model over its
** evidence (dict/confidence.tsv, fitted by tools/fit-confidence).
*/
#ifndef PL_ASSESS_H
#define PL_ASSESS_H

#include <stddef.h>
#include <stdint.h>

#include "../base/buf.h"
#include "../dict/store.h"
#include "../parse/sent.h"

struct pl_event;

/* Stable names in records: pl_mood_name. */
typedef enum pl_mood {
	PL_MOOD_ASSERTED = 0,    /* happened, or is said to happen */
	PL_MOOD_CONDITIONAL,     /* under a condition or counter to fact: "if
	                         ** he had been arrested", "would have
	                         ** attacked", "could strike if talks fail" */
	PL_MOOD_HYPOTHETICAL,    /* possible only: "plans that might expel" */
	PL_MOOD_QUESTION         /* asked: "Will China invade?", "asked whether
	                         ** Egypt would mediate" */
} pl_mood;

/* "asserted", "conditional", "hypothetical" or "question". */
const char *pl_mood_name(int mood);

/* The mood of the clause of verb group k of *an. */
int pl_clause_mood(const pl_sentan *an, int k);

/* Is the act of verb group k only said to come or to be possible: a
** modal of the future or of ability ("will ask", "would oppose", "can
** block"), "going to", or a verb of plan or wish ("plans to sue", "hopes to
** sign"), over infinitives and bare verbs chained to it?  Not "I would
** say", "we can confirm" (said now) nor "would only say".  The coder
** keeps such an act asserted when its code is the intent itself (03x), a
** threat (13x) or a rejection (12x), but not when it is only able ("can
** block"), nor when the act to come is itself a saying ("He will say ..."):
** 1 to come, 2 able, 3 a saying to come, 0 neither. */
int pl_unrealised(const pl_sentan *an, int k);

/* The mood of a participle after a noun (verb group k, "a resolution
** calling on the US to lift the embargo"): what the noun says is in force
** only as far as the noun's verb is, so "is set to vote on a resolution
** calling on ..." and "will debate a motion condemning ..." are still to
** come (hypothetical), as is a thing under a conditional or a question.
** Only for a new thing the noun's verb would bring ("a resolution", "a
** rally"), not an actor or a thing already known ("a committee
** investigating", "the law banning hunting").  Asserted when k is no such
** participle or its noun's verb is asserted. */
int pl_participle_mood(const pl_sentan *an, int k);

/* Is the subject of verb group g "I" or "we"? */
int pl_first_person(const pl_sentan *an, const pl_vg *g);

/* The verb group whose object the noun at token h heads ("to start
** negotiations", "denied Conservative claims"): the last one before it
** with only the noun's own words between (determiners, adjectives, nouns,
** possessives, and numbers or adverbs where asked); -1 when none, or when
** that group is a noun's. */
int pl_noun_governor(const pl_sentan *an, uint32_t h, int numbers, int adverbs);

/* Is the lower-case word an adverb that puts a past act before the story
** ("previously", "once", "formerly", "hitherto")? */
int pl_before_now_word(const char *low);
/* The same asked of token j of a sentence ending before t1: "once" followed
** by "again" or "more" repeats an act, it does not date it ("Iran has once
** again accused Iraq"). */
int pl_before_now_at(const pl_token *tok, uint32_t j, uint32_t t1);

/* The object of verb group g: the chunk right after it (over adverbs and
** particles), or the subject of a passive; -1 when none. */
int pl_object_of(const pl_sentan *an, const pl_vg *g);

/* Does chunk q name a speaker of role `role` ("GOV") by that bare role
** after "the", one body in the singular ("the government", "the company")? */
int pl_speaker_by_role(const pl_sentan *an, int q, const char *role);

/* The role part of an actor code: "COP" of "USACOP"; a bare role or
** country ("COP", "GBR") whole. */
const char *pl_role_of(const char *code);

/* Is the act of verb group k one its subject refused or failed to do
** ("refused to attend the talks", "failed to hold talks")? */
int pl_declined(const pl_sentan *an, int k);

/* Is lemma w a noun naming a claim ("report", "allegation", "rumour"),
** and, when talk is set, "talk" too ("dismissed talk that ...")? */
int pl_claim_noun(const char *w, int talk);

/* Is actor code c the press: a news outlet or a journalist (role MED)? */
int pl_press_code(const char *c);

/* Does the sentence say that the act of verb group k has not happened in a
** way the group's own negation does not carry: "never" before it ("Iran
** never met the inspectors"), "has yet to", "is yet to" over its chain
** ("has yet to agree to meet"), or an object that says there was none
** ("gave no assurance", "made no commitment", "took no action", "offered
** little support", "gave Iran no assurance"; not a litotes, "made no
** secret of", "left no doubt", nor "No 10")?  Such an event is negated. */
int pl_not_done(const pl_sentan *an, int k);

/* Is the act of verb group k in the simple present ("meets", "hold") or
** the present progressive ("is travelling"), not a saying ("says") nor
** marked as habitual ("every Thursday", "usually")?  Dated by a bare
** weekday or a day of a month with no year, news tells such an act as
** one arranged to come: the coder reads the date forward. */
int pl_scheduled_present(const pl_sentan *an, int k);

/* Is the act of verb group k a future or a bare "is to" that the writer
** reports in the sentence's first clause with its date ("From January, the
** government will provide subsidies", "are to be announced on Wednesday"),
** no speaker, condition, question or negation: an arranged act, news? */
int pl_arranged_future(const pl_sentan *an, int k);

/* Is the act of verb group k, which has no date of its own, told as
** background to the story rather than as its news: narrated in the past
** perfect with no speaker in the sentence ("she had resigned from the
** cabinet over the war"; "he said he had written" is recent news told in
** reported speech), a first step of a career ("was first elected"), or
** the time point of "since" ("since becoming leader", "since he took
** office"), a past tense dated by a time phrase of long ago with no full
** date ("a decade ago", "years ago", "in the 1990s" before the article's
** decade, "last century", "in his first term"), a past perfect in a
** relative clause (", who had served as home secretary"), a past perfect
** put before the story by "previously", "once", "formerly", "in the past"
** whoever says it, a past tense or gerund told by a memory or a written
** account ("recalled how police had arrested him", "the book claims he
** met", "in his memoirs, he says"), or a past tense timed by a date of the
** text more than 30 days before the article with no other verb between
** ("in 1970 the G8 agreed", "was forced to resign in April 2003")?  The coder
** marks such an event `background` (coder.h).  ctx gives the article
** date. */
int pl_background_clause(const pl_sentan *an, const pl_docctx *ctx, int k);

/* Is the event named by noun chunk q dated by such a time phrase, in its
** chunk or after it before the next verb ("the coup two decades ago", "the
** strikes of the 1980s")? */
int pl_background_noun(const pl_sentan *an, const pl_docctx *ctx, int q);

/* Is the event named by noun chunk q, with head token h, one an earlier
** sentence of the article dated well before it and the text now names again
** ("The strike began in 1984. ... the strike cost the miners dearly")? */
int pl_named_again_old(const pl_sentan *an, const pl_docctx *ctx, int q, uint32_t h);

/* Is the act of verb group k, dated by the text to after the article date
** ("is travelling to America next week", "the TUC is discussing it next
** Monday"), in the present tense: an arrangement still to come?  (A past
** tense with a later date is a date read wrongly, not a plan.) */
int pl_present_for_future(const pl_sentan *an, int k);

/* Marks in mark[0..tx->nsent) the sentences of a page of readers'
** comments or letters: runs of text each closed by a signature, a name and
** a place ("John Smith, Leeds, UK", "Anna, London", with or without a
** country or an e-mail address, on a line of its own, opening a sentence or
** run on at the end of the comment's last one), two or more of them in the
** article, from the first comment to the last signature.  With no
** signatures, a story that runs on into comments whose signatures the page
** lost: a closing stretch in the readers' voice (first person, exclamations,
** questions, no attribution) after news told by attribution.  What readers
** tell is not the outlet's news: the coder marks their events
** `background`.  tx must be tagged.  Returns how many sentences it
** marked. */
int pl_comment_sentences(const pl_text *tx, uint8_t *mark);

/* The mood of an event named by the noun at token h: that of a verb of
** happening it is the subject of, when that is not asserted ("a bombing
** could happen"), else that of the clause holding it. */
int pl_noun_mood(const pl_sentan *an, uint32_t h);

/* Is the noun at token h the subject of a verb that tells what is done
** with it or what it is, not that it is made or given: "ADB loans would
** be routed through the central bank", "the ADB loan covered a third of
** the cost", "Japanese food aid should favour local farming" ("the loan
** was signed", "the aid was delivered" tell of the act)?  Then it is a
** thing there. */
int pl_noun_in_use(const pl_sentan *an, uint32_t h);

/* Does the subject of verb group k say that nobody did it ("neither X nor
** Y", "no one", "nobody", "none of")?  Such an event is negated. */
int pl_nobody_acted(const pl_sentan *an, int k);

/* Can chunk q of *an be the speaker of a statement, a demand or an
** accusation?  Not when its head is a thing (dict/objects.tsv: an idea, a
** plan, a document, an amount, an accident: "the party's sums do not add
** up", "the new proposals lacked ...", "a poll suggests") or no noun at all
** ("have the final say": a noun taken for the verb), nor when no WordNet
** sense of its head is a person, a group, a place or a thing standing for a
** body ("the unveiling", "the 1701 Act": src/lex/lemma.h).  A pronoun, a
** person or a capitalised name with no article can; a coded chunk can
** unless its head is such a common noun and the actor only its modifier
** ("the Labour plans said": a document, "the Labour manifesto", may speak
** for the body that wrote it). */
int pl_can_speak(const pl_store *s, const pl_sentan *an, int q);

/* Is chunk q a voice with no name of its own: a poll, a study, figures,
** people, experts, critics (dict/objects.tsv's crowd and document
** classes), a common noun even when the lexicon gives it a role code
** ("independent experts" as GBREDU)?  Cited inside someone else's words
** such a voice is the speaker's argument, not a statement of its own. */
int pl_generic_voice(const pl_store *s, const pl_sentan *an, int q);

/* Is chunk q a learned trade spoken of as a class, a bare plural with no
** name, country, article or owner ("Scientists hope", "Experts fear")? */
int pl_expert_class(const pl_store *s, const pl_sentan *an, int q);

/* The event code verb group k of *an stands for, given the kind of thing it
** acts on: `code` itself, another code (force against an idea or a
** document, or an attack "politically", is criticism: 111), or NULL when
** the verb is not used in a sense CAMEO codes (force by an accident or a
** flood, "fighting for a new law", releasing a report).  has_target: the
** pattern found an actor as the target; base: the code of the verb's
** dictionary line, before the clause made it an intent, a demand or a
** threat ("agreed to withdraw his amendment": 087 made 035).  as: for a
** verb the dictionaries do not know, coded by a WordNet neighbour's line,
** that neighbour, whose senses it is judged by ("encountered fierce
** opposition" as "met"); NULL: the verb itself. */
const char *pl_verb_sense(const pl_store *s, const pl_sentan *an, int k, const char *code,
                          const char *base, int has_target, const char *as);

/* Aid or cooperation in trade: is code (033x, 07x; 030, 031x, 061 for a
** sale or supply of market goods) at verb group k between firms, or a firm
** and no one or its market ("its customers"), over goods, services,
** securities or money rather than aid, relief, troops or asylum?  Then it
** is business and no event.  src, tgt: the actor codes (NULL when none);
** tgt_np: the target chunk (-1 when none). */
int pl_traded_aid(const pl_store *s, const pl_sentan *an, int k, const char *code,
                  const char *src, const char *tgt, int tgt_np);

/* Aid given by a firm is business: economic aid (071, 0331) to a political
** side is 061 (intent 0311), aid of those kinds or of none (070, 033) to a
** firm or no one no event (""); a firm the state owns, a development lender
** and a gift keep it.  A central bank's aid to
** no one or to firms is its money-market dealing: no event.  src, tgt: the
** actor codes (NULL when none); src_np, tgt_np: their chunks (-1 when
** none); verb: the lemma of the act's word; book: the act is a plural noun
** its giver owns ("the bank's loans"), no act when the giver is a firm.  Other codes come back as they
** are. */
const char *pl_aid_giver(const pl_store *s, const pl_sentan *an, const char *code,
                         const char *src, int src_np, const char *tgt, int tgt_np,
                         const char *verb, int book);

/* The kind of cooperation a bare intent (030) or accord (019) at verb group
** k promises, by what the words after the verb hand over or trade: money
** lent (0331 from a state, 0311 from a firm), relief (0333), goods, trade
** or economic policy (0311).  Other codes, and acts between firms alone,
** come back as they are. */
const char *pl_economic_intent(const pl_store *s, const pl_sentan *an, int k, const char *code,
                               const char *src, const char *tgt);

/* Force between politicians is a figure of speech: for a code of force or
** its threat (roots 18-20, 138, 15, 170, 137) whose source and target (where
** there is one) are all political actors (government, opposition, parties,
** legislators, the press, business, unions ...: no armed force, no bare
** state), in a sentence with no word of real force (weapons, the dead and
** wounded, soldiers, police), the event is criticism (111) when the word
** at token head also means harsh words ("attacked Mr Brown", "clashed with
** ministers"), else no event ("fought the seat", "targeted voters",
** "forced a vote").  A passive with no source keeps its code ("a
** councillor was attacked").  src, tgt: the actor codes, NULL when none;
** src_private: the source is a person known by a country alone (no office,
** no armed force: "Duncan Hart attacked the government" is words). */
const char *pl_force_sense(const pl_store *s, const pl_sentan *an, const char *code,
                           const char *src, const char *tgt, int passive, uint32_t head,
                           int src_private);

/* The same for an event named by the noun heading chunk q ("the release of
** the report", "his attack on the plan"), whose object is the chunk after
** of, on, against, over or for.  *keep_target is set to 0 when the code
** changes to criticism of a thing (the pattern's target is then no
** target).  NULL: no event. */
const char *pl_noun_sense(const pl_store *s, const pl_sentan *an, int q, const char *code,
                          int *keep_target);

/* Force with no political actor on either side: a shooting, a stabbing,
** a killing whose source and target are each absent, a name no dictionary
** knows, or a private person of no known country ("a woman was fatally
** stabbed by her boyfriend", "a shooting that also killed a woman, police
** said") is a crime among private persons, which CAMEO does not code; nor
** is a thing "struck" or "targeted" with nobody named (a deal, a growth
** rate).  An actor coded on either side ("gunmen", "police", "the army",
** "Palestinians" with their country) keeps the event, and so does a word
** of war or terror in the sentence ("a car bomb", "an air strike",
** "troops", "militants"): such force is political whoever is named.  Removes such
** events (roots 18-20) from ev[first..n) and returns the new count. */
size_t pl_drop_private_force(const pl_sentan *an, struct pl_event *ev, size_t first, size_t n);

/* How the words around the noun chunk q of *an frame the event it names. */
typedef enum {
	PL_FRAME_ASSERTED = 0,
	PL_FRAME_NEGATED,     /* "no plan for an invasion", "without talks",
	                      ** "denied any role in the attack", "the lack of talks" */
	PL_FRAME_UNASSERTED,  /* "claims of a clash", "fears of an invasion",
	                      ** "could face charges": said, feared or risked */
	PL_FRAME_TIME,        /* "since the 9/11 attacks", "on the eve of the
	                      ** war": a time reference, no new event */
	PL_FRAME_STANDING     /* "despite an EU demand", "amid criticism", "in
	                      ** the face of calls for": a move already made,
	                      ** told as the setting of the story's act */
} pl_frame;

/* The frame of the event named by noun chunk q (one of pl_frame). */
int pl_noun_frame(const pl_sentan *an, int q);

/* The same for verb group k when it is a noun taken for a verb after a
** preposition ("no evidence of torture"); asserted otherwise. */
int pl_verb_frame(const pl_sentan *an, int k);

/* Does the noun chunk q of *an, which names an event with the given code,
** mention something that already exists rather than a new event: a past
** year or "existing", "previous", "former" in the chunk, the subject of
** "to be" ("the nuclear deal is flawed"), or a definite agreement ("the
** ... deal")?  ctx gives the article date. */
int pl_existing_mention(const pl_store *s, const pl_sentan *an, const pl_docctx *ctx, int q,
                        const char *code);

/* The features of an event for the confidence model: up to max names and
** values into names[] and vals[]; returns how many. */
int pl_event_features(const struct pl_event *e, const char **names, double *vals, int max);

/* Sets the confidence of events ev[0..n) from the weights in s (0.5 each
** when no model is loaded). */
void pl_assess_confidence(const pl_store *s, struct pl_event *ev, size_t n);

/* "name=value ..." of an event's features, for `parley explain`. */
void pl_write_features(pl_buf *b, const struct pl_event *e);

#endif
