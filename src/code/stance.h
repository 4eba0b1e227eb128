/*
** stance.h: what a statement says about someone.  A reported clause that
** judges its subject with a word of dict/stance.tsv ("said the plan was a
** disgrace", "said Mr Howard had been dishonest") makes the statement the
** criticism or praise it is (111, 051 ...) rather than a plain statement
** (010); the judged subject, when it is an actor, is the target.
*/
#ifndef PL_STANCE_H
#define PL_STANCE_H

#include "../dict/store.h"
#include "../extract/quote.h"
#include "../parse/sent.h"

/* The code that the speech of reporting verb group k of *an says by its
** content (quotes: the article's quotations; bycue: the indices of the n of
** them whose cue is k's verb, in the quotations' order; the pieces in *an's
** sentence of the one whose cue is k's verb are read, never a piece that
** goes on in a later sentence, else the rest of the sentence), or NULL
** when the content judges nothing with a cue word (or the judgement is
** negated, asked, conditional, or the speaker's about itself).  *target is set
** to the chunk judged when it names an actor, else -1; *told is 1 when that
** chunk is the one the words are addressed to, judged itself ("\"you are a
** fine minister,\" he said in a letter to her") or in its course ("told
** Pereira the moratorium was a mistake"), else 0. */
const char *pl_stance_code(const pl_store *s, const pl_sentan *an, int k, const pl_quote *quotes,
                           const uint32_t *bycue, size_t n, int *target, int *told);

/* How a verb that reports what must or should be done asks for it: 0 as a
** demand ("said", "insisted": 10x), 1 as advice, an appeal ("recommended
** that ministers should review", "suggested he should apologise": 02x), 2
** not at all ("believes the law should change", "think Mr Blair should
** go": a view asks nothing of anyone).  lemma: the verb's lemma. */
/* The cue of dict/stance.tsv for word under prefix kind ("s" and
** "important": the line "s:important"), or NULL. */
const char *pl_stance_cue(const pl_store *s, const char *kind, const char *word);

int pl_asking_verb(const char *lemma);

/* Is lemma a verb of letting or granting ("allow", "permit", "give",
** "grant", "offer")?  Its passive subject after "should" is the one let,
** not the one asked ("Turkey should be allowed to join the EU": a view of
** Turkey's due, no demand of Turkey). */
int pl_letting_verb(const char *lemma);
/* Is lemma a verb of relation or knowledge ("reflect", "represent",
** "symbolise", "know", "expect"): what ought to hold or be known, after
** "should" or "must", is a view, no act asked of anyone? */
int pl_relation_verb(const char *lemma);
/* Is lemma a verb of implying ("suggest", "imply", "mean")?  A "should"
** clause it governs is what a thing or others imply, not what the
** speaker asks ("said the report means schools should teach cooking"). */
int pl_implying_verb(const char *lemma);

/* Does "should" in verb group j forecast rather than ask: "should" of
** likelihood ("French gross domestic product should grow by 2.3 pct", "the
** sale should significantly reduce its energy problems", "Exxon should
** show superior earnings", "its profits there should be good")?  A verb
** of outcome with any subject, a verb of result before a result or an
** amount, or any active verb (or "be") whose subject is a thing that
** cannot act or speak.  What is forecast is asked of no one: the saying is
** a statement (010), and the act is no demand.  Not "should have" (a
** duty missed), nor a passive, which asks others to act on the thing
** ("the tax should be abolished"). */
int pl_should_forecast(const pl_store *s, const pl_sentan *an, int j);

/* Does the "must", "should", "has to" or "needs to" of verb group h infer
** or expect a state of its subject rather than ask for an act: "be" and a
** present participle ("they must be wondering", "should be making the
** announcement within the hour") or a word of feeling ("the Federal
** Reserve has to be pleased with this report", "the government must be
** worried")?  Not negated: "he should not be working" asks that he stop. */
int pl_inferred_state(const pl_sentan *an, const pl_vg *h);

/* Does chunk q name no one in particular: it opens with "no", "nobody",
** "no one", "every", "everyone", "anyone", "each" ("no politician should
** repeat that mistake", "everyone should be treated equally")?  What such
** a subject must do is a rule the speaker states, asked of no one. */
int pl_nobody_in_particular(const pl_sentan *an, int q);

/* Does chunk q name a class of people in general, no one in particular who
** could be asked to act (a bare plural with no article, number, owner or
** name in it: "producers", "investors", "banks"; not "the creditor banks",
** "American exporters", "OPEC members"), neither it nor the speaker (code
** speaker) a holder of power (a government, a legislature, a court, the
** armed forces, politicians, a party, a body of states)?  What such a class must,
** should or needs to do is the speaker's view of a market or a trade, no
** demand of an addressee ("investors need to be cautious", an analyst
** said); a government's "banks must lend more", or a firm's "state
** regulators should decide", still asks. */
int pl_class_view(const pl_sentan *an, int q, const char *speaker);

/* Is chunk q the own side of a speaker of code speaker: the bare country
** of a speaker of that country ("Tony Blair said Britain must lead the
** fight"), or a body, not a person nor a pronoun, of the speaker's own code
** ("the Tories said the Conservatives must win back trust", "the minister
** said the government must act")?  What one's own side must do is a
** position argued or a plan explained, no demand on another; a person of
** the same code is another actor ("the prime minister said the mayor should
** apologise"). */
int pl_own_side(const pl_sentan *an, int q, const char *speaker);

/* Does deny or admit (verb group k) have as its object a clause that says
** only its subject's state ("denied he was afraid of looking soft",
** "admitted it was not an easy issue"): a linking verb whose complement
** names no wrong, no part in one and no fault of dict/stance.tsv?  Such a
** denial or admission is a plain statement (010), not 016 or 015. */
int pl_stance_mere_state(const pl_store *s, const pl_sentan *an, int k);

/* Whom an allegation made by verb group k accuses when the verb names
** none ("alleged that the minister had lied", "charged that the Fed's
** ruling violates the act", "alleging its drug caused the defects"): the
** subject of the clause right after the verb, an actor or an actor's
** thing, or the doer after "by" of a passive there; not the speaker
** (code speaker), "I" or "we", nor a subject of a clause that is asked,
** negated or conditional.  The chunk's index, else -1. */
int pl_stance_accused(const pl_sentan *an, int k, const char *speaker);

/* Does an idiom of judgement (a phrase cue "k:" of dict/stance.tsv) start at
** token j ("shot themselves in the foot", "punches above its weight")?  A
** verb of force that opens one is a figure of speech, no use of force. */
int pl_stance_idiom_at(const pl_store *s, const pl_sentan *an, uint32_t j);

#endif
