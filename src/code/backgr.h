/*
** backgr.h: events of a coded sentence told as background that the coder's
** own tests of a verb's date and clause leave as news: acts on an occasion
** named by an old year ("rejected it in the 2002 referendum", "at a 2003
** dinner"), acts of a clause opened by "where" after an old date ("a dinner
** in November 2003 where he told"), a vote or a backing timed by "in" +
** an old year the date reader left unread, acts tied to a background act
** by a participle ("he stood aside, agreeing to ..."), event nouns in the
** object of a background act, what a background saying or a book says,
** the framing "was speaking as", and acts of taking part in a well-known
** event of the past or deciding on it ("voted for the invasion of Iraq",
** dict/past_events.tsv) or done at its time ("At the time of the miners'
** strike, ...", "in the run-up to the Iraq war"), past acts whose own
** clause holds an old time the coder's date test cannot tie to the verb
** (a relative clause describing an actor, "which announced plans in 1985
** to"; a time across a participle that only modifies a noun, "reached a
** rescheduling agreement in 1984"; a season, "opened talks last summer"),
** and a profile's chain of undated past acts after a dated one
** (pl_backgr_chain).  Two forms of a
** clause need no article date: a "since" clause in the simple past ("since
** finance ministers of the six nations reached the accord") and a clause
** of comparison with a verb of expecting or asking ("than bankers feared",
** "as requested by the administration").
*/
#ifndef PL_BACKGR_H
#define PL_BACKGR_H

#include <stddef.h>

#include "../extract/quote.h"
#include "../dict/store.h"
#include "../parse/sent.h"
#include "coder.h"

/* Marks as `background` the events among the n events ev (all of the
** sentence analysed in *an; st the dictionaries, or NULL; ctx gives the article date; quotes are the
** article's nq quotations, or NULL) that the mechanisms above find told
** before the story or only as what another's account says.  Negated
** events, events whose mood is not asserted and events already marked are
** left as they are; an event dated by the text is judged by its date. */
void pl_backgr_mark(const pl_store *st, const pl_sentan *an, const pl_docctx *ctx,
                    const pl_quote *quotes, size_t nq, pl_event *ev, size_t n);

/* A profile's chain of past acts ("He joined the party in 1962. He was
** elected in 1974 and served as whip. He resigned over the war."): when
** the sentence before told a past act dated well before the article (in
** its own clause, not a relative one), marks as `background` this
** sentence's undated acts in a past tense that are not sayings and carry
** on the account (a pronoun subject, the same actor, or a word of
** sequence: "subsequently", "later").  In any sentence it marks too an
** undated past act joined by "and" or "but" to a clause an old date times
** ("lost in 1992 and stepped down").  Neither when something ties the
** sentence to the story's own days: a recent date, "now", "today", a
** quotation mark.  *chain holds what the sentence before left (live: it
** told such an act; src: that act's actor code) and takes this
** sentence's; returns chain->live. */
typedef struct pl_pastchain {
	int live;
	const char *src;
} pl_pastchain;

int pl_backgr_chain(const pl_sentan *an, const pl_docctx *ctx, pl_event *ev, size_t n,
                    pl_pastchain *chain);

#endif
