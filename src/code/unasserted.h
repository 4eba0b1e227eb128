/*
** unasserted.h: acts a sentence names without saying that they happened:
** what an accusation or a charge says ("accusing her campaign of hiring a
** detective to investigate him", "charged with plotting to kill"), and
** events named by a noun after "no" ("there is no direct threat to our
** country", "no attack took place"), and a participle that tells part of
** a plan ("will extend his tour, flying to Japan"), and acts only tried,
** weighed or proposed ("were trying to reach agreement", "is considering
** providing loans"), and a standing backing told in the present passive
** ("the notes are guaranteed by the parent company").
*/
#ifndef PL_UNASSERTED_H
#define PL_UNASSERTED_H

#include <stddef.h>

#include "../parse/sent.h"
#include "coder.h"

/* Of the n events ev (all of the sentence analysed in *an): one whose verb
** is a gerund or an infinitive inside what an accusation, a charge, a
** suspicion or a conviction says ("accused X of hiring a detective to
** investigate", "suspected of trying to smuggle") gets mood hypothetical;
** so does a participle after a comma that follows a clause of "will" or
** a modal ("will file an application, requesting the FDA to allow ..."),
** an infinitive after a verb of trying whose act a try does not already do
** ("tried to expel", not "tried to storm"), and a gerund after a verb of
** weighing or proposing ("considering acquiring", "proposed lifting"),
** or a noun that is the object of such a verb ("trying to start
** negotiations"); so does a finite verb of backing in the simple present
** passive whose subject is no actor ("savings are backed by the
** government", "it is guaranteed by the Bank of Nova Scotia"); one named
** by a noun whose chunk opens with "no" ("no direct threat") is
** negated.  Events already flagged and other finite verbs ("accused X
** and attacked Y") are left as they are. */
void pl_unasserted_mark(const pl_sentan *an, pl_event *ev, size_t n);

#endif
