/*
** assess.c: mood, senses, existing things and confidence; see assess.h.
*/
#include "assess.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../base/words.h"

#include "coder.h"
#include "../lex/lemma.h"

static const char *lem(const pl_token *t)
{
	return t->lemma ? t->lemma : t->low;
}

const char *pl_mood_name(int mood)
{
	switch (mood) {
	case PL_MOOD_CONDITIONAL: return "conditional";
	case PL_MOOD_HYPOTHETICAL: return "hypothetical";
	case PL_MOOD_QUESTION: return "question";
	default: return "asserted";
	}
}

/* Verbs and adjectives after which "if" asks rather than sets a condition
** ("asked if", "unclear if"). */
static int asks(const pl_token *t)
{
	static const char *const w[] = {"ask", "wonder", "question", "know", "see", "decide",
		"determine", "check", "unclear", "unknown", "uncertain", "sure", "doubt", "clear",
		"consider", "debate", "investigate", "examine", "assess", "query", NULL};
	return pl_in_list(lem(t), w);
}

/* Does the sentence hold a clause that sets a condition ("if", "unless")? */
static int has_condition(const pl_sentan *an)
{
	uint32_t j;
	for (j = an->t0; j < an->t1; j++)
		if ((pl_eq(an->tok[j].low, "if") || pl_eq(an->tok[j].low, "unless")) &&
		    !(j > an->t0 && (asks(&an->tok[j - 1]) || pl_eq(an->tok[j - 1].low, "as"))))
			return 1;
	return 0;
}

/* Is verb group g a passive or "be" under "will" or "shall" ("will be
** isolated", "'ll be charged")? */
static int will_passive(const pl_sentan *an, const pl_vg *g)
{
	uint32_t j;
	int will = 0;
	for (j = g->t0; j < g->v; j++) {
		const pl_token *t = &an->tok[j];
		if (t->tag == PL_T_MD && (pl_eq(t->low, "will") || pl_eq(t->low, "'ll") ||
		                          pl_eq(t->low, "shall")))
			will = 1;
		else if (will && pl_eq(lem(t), "be"))
			return 1;
	}
	return 0;
}

/* A question mark after token v closes a question that v belongs to,
** unless a quotation opens between them (a verb of asking before the
** quoted question: 'he asked: "Will they come?"'). */
static int in_question(const pl_sentan *an, uint32_t v)
{
	uint32_t j;
	for (j = v + 1; j < an->t1; j++) {
		const pl_token *t = &an->tok[j];
		if (t->flags & PL_TOK_QOPEN)
			return 0;
		if (pl_eq(t->s, "?"))
			return 1;
	}
	return 0;
}

/* "is to be announced", "are to meet": "be" + "to" arranges what is to
** come. */
static int to_come(const pl_sentan *an, const pl_vg *g)
{
	return g->finite && pl_eq(lem(&an->tok[g->v]), "be") && g->t1 + 1 < an->t1 &&
	       an->tok[g->t1].tag == PL_T_TO && PL_TAG_IS_VERB(an->tok[g->t1 + 1].tag);
}

/* Is verb group k what a verb of saying or warning before it reports? */
static int reported(const pl_sentan *an, int k)
{
	static const char *const w[] = {"threaten", "warn", "vow", "pledge", "promise", "insist",
		NULL};
	int j;
	for (j = k - 1; j >= 0; j--)
		if (an->vg[j].finite && (an->vg[j].reporting || pl_in_list(lem(&an->tok[an->vg[j].v]), w)))
			return 1;
	return 0;
}

/* The actor code of the subject of verb group g, or NULL. */
static const char *subj_code(const pl_sentan *an, const pl_vg *g)
{
	if (g->subj < 0)
		return NULL;
	return an->np[g->subj].code ? an->np[g->subj].code : an->np[g->subj].poss_code;
}

/* Is the nearest verb of saying around verb group k said by people who
** watch and judge others' acts, with no code of their own ("analysts said
** the larger traders would refuse to return", "dealers say the Bank
** will cut its rate")?  What they say someone will do is their forecast:
** they speak for no one who acts, whatever codes the two subjects have. */
static int watcher_says(const pl_sentan *an, int k)
{
	static const char *const watchers[] = {"analyst", "economist", "dealer", "trader",
		"strategist", "expert", "observer", "commentator", "pundit", "forecaster", NULL};
	int j, best = -1;
	for (j = 0; j < an->nvg; j++)
		if (j != k && an->vg[j].finite && an->vg[j].reporting &&
		    (best < 0 || abs(j - k) < abs(best - k)))
			best = j;
	if (best < 0 || an->vg[best].subj < 0)
		return 0;
	return pl_in_list(lem(&an->tok[an->np[an->vg[best].subj].t1 - 1]), watchers);
}

/* Does chunk q name a speaker of role `role` (the "GOV" of GBRGOV) by that
** bare role after "the", one body in one noun: "the government" when the
** Foreign Office speaks ("the Foreign Office said the government would
** give aid")?  ("Labour said the government would ...", "said the
** companies agreed": others.) */
int pl_speaker_by_role(const pl_sentan *an, int q, const char *role)
{
	/* (bodies, not one person: "Sir Edward told the nation he was
	** resigning and the Queen invited Mr Wilson") */
	static const char *const body[] = {"government", "administration", "cabinet", "ministry",
		"department", "company", "firm", "corporation", "group", "bank", "union", "party",
		"army", "military", "council", "committee", "commission", "board", "agency", NULL};
	const pl_np *np;
	if (q < 0 || !role)
		return 0;
	np = &an->np[q];
	return np->agent_only && np->code && !np->pronoun && !np->person && np->t1 == np->t0 + 2 &&
	       pl_eq(an->tok[np->t0].low, "the") && an->tok[np->t0 + 1].tag != PL_T_NNS &&
	       pl_in_list(lem(&an->tok[np->t0 + 1]), body) && pl_eq(np->code, role);
}

/* Is the future of verb group k a speaker's forecast of another actor's
** act rather than the speaker's own intent: "Israeli officials said Iran
** would retaliate", "the Tories say Labour will raise taxes"?  Both
** subjects coded, the one acting named (not "it", "they") and another
** actor than the speaker (not the same code nor one within the other:
** "the White House said the United States would ..."). */
static int forecast(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	const char *a = subj_code(an, g), *b = NULL;
	int j, sp = -1;
	size_t na, nb;
	if (!a || an->np[g->subj].pronoun)
		return 0;
	/* "the prime minister said his government would free 500 detainees":
	** a bare role owned by a pronoun is the speaker's own side, as "it" is */
	if (an->np[g->subj].agent_only && an->tok[an->np[g->subj].t0].tag == PL_T_PRPS)
		return 0;
	for (j = k - 1; j >= 0 && !b; j--)
		if (an->vg[j].finite && an->vg[j].reporting && (b = subj_code(an, &an->vg[j])))
			sp = an->vg[j].subj;
	for (j = k + 1; j < an->nvg && !b; j++)
		if (an->vg[j].finite && an->vg[j].reporting && (b = subj_code(an, &an->vg[j])))
			sp = an->vg[j].subj;
	if (watcher_says(an, k))
		return 1;
	if (!b)
		return 0;
	na = strlen(a);
	nb = strlen(b);
	/* "the Foreign Office said the government would give aid", "Britain
	** said the government would": the speaker's own side, as "it" is (a
	** state speaking has its government) */
	if (pl_speaker_by_role(an, g->subj, nb == 3 && !an->np[sp].agent_only &&
	                       !an->np[sp].person ? "GOV" : nb > 3 ? b + 3 : NULL))
		return 0;
	return strncmp(a, b, na < nb ? na : nb) != 0;
}

/* Is verb group g, its subject alone between token `from` and it, in the
** present tense ("the talks resume", "the Lords have considered")? */
static int present_clause(const pl_sentan *an, uint32_t from, const pl_vg *g)
{
	uint32_t j;
	int tag = an->tok[g->t0].tag;
	/* (a present verb after its subject is sometimes tagged VB: "once
	** the rebels sign") */
	if (g->infinitive || from >= g->t0 || !(tag == PL_T_VBZ || tag == PL_T_VBP || tag == PL_T_VB))
		return 0;
	for (j = from; j < g->t0; j++)
		if (an->np_of[j - an->t0] < 0)
			return 0;
	return 1;
}

/* Words that govern an infinitive whose act the writer only schedules,
** expects or wishes, with no one committing to it: "is due to visit", "is
** set to", "is expected to", "is likely to", "wants to", "hopes to",
** "the lobby expects the police to prosecute".  (A commitment, "pledged
** to", "decided to", "is ready to", is CAMEO's intent, 03x.) */
static int schedule_word(const char *w)
{
	static const char *const sw[] = {"due", "set", "schedule", "scheduled", "expect",
		"expected", "likely", "unlikely", "poised", "poise", "slate", "slated", "want", "hope", "wish",
		"like", "love", "certain", "sure", "bound", NULL};
	return pl_in_list(w, sw);
}

/* Verbs after which an object's infinitive tells what is asked, dared or
** hoped of the object, not what it did: "challenged Mr Kilroy-Silk to
** stand down", "invited the Tories to publish".  (Not "directed the
** government to order a probe", "told police to arrest": the ordered act
** is coded, as the leads' coders do.) */
static int object_asked_to(const char *w)
{
	static const char *const aw[] = {"challenge", "dare", "invite", "encourage", "expect",
		"want", "wish", "like", "prefer", "need", "beg", "implore", "advise", "remind",
		"defy", NULL};
	return pl_in_list(w, aw);
}

/* May chunk q be the one asked or dared to act ("challenged Mr Brown to
** deny"), or the thing meant to act ("a package to help councils")?  Not
** the agent of a noun ("the decision by the court to give") nor a
** possessor ("Mr McLetchie's decision to stand down"): those acts are
** made. */
static const char *const ordinal_words[] = {"first", "second", "third", "fourth", "fifth",
	"last", "latest", "only", NULL};

static int asked_object(const pl_sentan *an, int q)
{
	const pl_np *np = &an->np[q];
	uint32_t t;
	if (np->t0 > an->t0 && pl_eq(an->tok[np->t0 - 1].low, "by"))
		return 0;
	/* "became the first bank to offer", "the third player to withdraw":
	** one of those who did it */
	for (t = np->t0; t < np->t1; t++)
		if (an->tok[t].tag == PL_T_POS || pl_in_list(an->tok[t].low, ordinal_words))
			return 0;
	return 1;
}

/* Does a speaker stand behind verb group k: a verb of saying or warning
** anywhere in its sentence (before it, or after it: "Germany will send
** aid, the ministry said"), a quotation mark, or "according to"?  A
** gerund or infinitive after k is no speaker of k but a part of its act
** ("will reject that by claiming ...", "will resign, saying ..."). */
static int spoken(const pl_sentan *an, int k)
{
	static const char *const w[] = {"threaten", "warn", "vow", "pledge", "promise", "insist",
		NULL};
	uint32_t j;
	int q;
	for (q = 0; q < an->nvg; q++)
		if (q != k && (an->vg[q].reporting || pl_in_list(lem(&an->tok[an->vg[q].v]), w)) &&
		    !(q > k && !an->vg[q].finite))
			return 1;
	for (j = an->t0; j < an->t1; j++) {
		if (an->tok[j].flags & (PL_TOK_QOPEN | PL_TOK_QCLOSE))
			return 1;
		if (pl_eq(an->tok[j].low, "according") && j + 1 < an->t1 &&
		    pl_eq(an->tok[j + 1].low, "to"))
			return 1;
	}
	return 0;
}

/* Is the act of verb group k one the writer says is planned, scheduled or
** wished, not one that happened nor one someone says they will do?  An
** infinitive under a word of schedule or wish ("is due to visit"), under a
** bare "to be" ("is to meet"), or a future ("will hold talks", "is going
** to") that no speaker in the sentence says nor makes hang on a condition:
** the writer's forecast or a party's policy list, not an act nor a
** statement of intent. */
/* Does the infinitive whose "to" is token to have its doer named after
** "for" by a noun of plan or call: "a proposal for it to merge with Thai
** Airways", "there are no plans for the minister to meet bankers", "calls
** for the government to resign"?  The act is only planned or asked. */
static int plan_for(const pl_sentan *an, uint32_t to)
{
	static const char *const planw[] = {"plan", "proposal", "scheme", "bid", "idea", "option",
		"blueprint", "call", "demand", "request", "appeal", "hope", "pressure", NULL};
	const pl_token *tok = an->tok;
	uint32_t j = to;
	while (j > an->t0 && (PL_TAG_IS_NOUN(tok[j - 1].tag) || PL_TAG_IS_ADJ(tok[j - 1].tag) ||
	                      tok[j - 1].tag == PL_T_DT || tok[j - 1].tag == PL_T_CD ||
	                      tok[j - 1].tag == PL_T_PRP || tok[j - 1].tag == PL_T_PRPS ||
	                      tok[j - 1].tag == PL_T_POS))
		j--;
	return j < to && j >= an->t0 + 2 && pl_eq(tok[j - 1].low, "for") &&
	       PL_TAG_IS_NOUN(tok[j - 2].tag) && pl_in_list(lem(&tok[j - 2]), planw);
}

static int planned(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	uint32_t j;
	/* an infinitive no verb governs: a headline's "Gurkhas to help
	** tsunami victims", "Teenagers to be allowed to stand", or a purpose
	** ("To end the strike, ...") */
	if (g->infinitive && k == 0 && !g->subj_poss)
		return 1;   /* ("Iran's decision to expel": the possessor acts) */
	/* "faces being expelled", "risks being sacked", "avoided being
	** arrested": a gerund right after a verb of risk or escape is what
	** may come, or what did not */
	if (k > 0 && an->vg[k - 1].t1 == g->t0 && tok[g->t0].tag == PL_T_VBG) {
		static const char *const riskw[] = {"face", "risk", "fear", "avoid", "escape",
			"prevent", "dread", NULL};
		if (pl_in_list(lem(&tok[an->vg[k - 1].v]), riskw))
			return 1;
	}
	if (g->infinitive && k > 0) {
		const pl_vg *pv = &an->vg[k - 1];
		uint32_t to = g->t0 - 1;
		const char *w = lem(&tok[pv->v]);
		if (plan_for(an, to))
			return 1;
		/* "is due to", "is likely to", "are also likely to", "were more
		** likely to": the adjective after "to be", over adverbs; and
		** after "seems", "appears" ("seems certain to announce") */
		if ((!strcmp(w, "be") || !strcmp(w, "seem") || !strcmp(w, "appear")) && to > pv->t1) {
			uint32_t a = pv->t1;
			while (a + 1 < to && (tok[a].tag == PL_T_RB || tok[a].tag == PL_T_RBR ||
			                      tok[a].tag == PL_T_RBS))
				a++;
			if (to == a + 1 && (tok[a].tag == PL_T_JJ || tok[a].tag == PL_T_VBN))
				w = lem(&tok[a]);
		}
		if (to == pv->t1 && pv->finite && pv->v == pv->t0 && !strcmp(w, "be"))
			return 1;   /* "the president is to visit Japan" */
		/* "would not allow a row to damage Labour", "did not want
		** them to leave": what is not let or wanted does not happen */
		if (pv->negated && !g->negated)
			return 1;
		/* "wants to", "expects the police to prosecute", "is set to" */
		if (to >= pv->t1 && to <= pv->t1 + 4 && schedule_word(w))
			return 1;
		/* "Russia plans to send aid": a plan the writer reports; said by
		** the one who plans it ("Iran said it intends to resume talks")
		** it is a statement of intent */
		if (to == pv->t1 && (pl_eq(w, "plan") || pl_eq(w, "intend")) && !spoken(an, k - 1))
			return 1;
		/* "challenged Mr Kilroy-Silk to stand down", "dared the minister
		** to sue": the object's act is asked or hoped of it, not done
		** (done after "forced him to", "persuaded them to") */
		if (g->subj >= 0 && an->np[g->subj].t0 >= pv->t1 && an->np[g->subj].t1 <= to &&
		    to <= pv->t1 + 8 && asked_object(an, g->subj) && object_asked_to(w))
			return 1;
		return 0;
	}
	if (!g->finite)
		return 0;
	/* "will", "would", and "should", "must", "ought": the writer's
	** forecast or counsel ("Mr Howard should apologise") when no one in
	** the sentence says it (said, it is a demand) */
	for (j = g->t0; j < g->v; j++)
		if (tok[j].tag == PL_T_MD && (pl_eq(tok[j].low, "will") || pl_eq(tok[j].low, "shall") ||
		    pl_eq(tok[j].low, "'ll") || pl_eq(tok[j].low, "would") ||
		    pl_eq(tok[j].low, "should") || pl_eq(tok[j].low, "must") ||
		    pl_eq(tok[j].low, "ought")))
			break;
	if (j == g->v && !(pl_eq(lem(&tok[g->v]), "go") && tok[g->v].tag == PL_T_VBG &&
	    g->t1 < an->t1 && tok[g->t1].tag == PL_T_TO))
		return 0;
	/* "Turkey will cut ties unless Sweden extradites them": a future
	** made to hang on the other side is a threat or a promise */
	return !spoken(an, k) && !has_condition(an);
}

/* Verbs of saying whose "would only" tells what was said ("would only
** say that ..."). */
static int said_verb(const char *w)
{
	static const char *const sw[] = {"say", "tell", "confirm", "comment", "reveal", "describe",
		"add", "state", NULL};
	return pl_in_list(w, sw);
}

/* Is the modal at token j (before token end) followed by "only", verb
** group k being a verb of saying ("would only say that ..."): what was
** said, not what may be? */
static int only_say(const pl_sentan *an, uint32_t j, uint32_t end, int k)
{
	const pl_token *tok = an->tok;
	return j + 1 < end && pl_eq(tok[j + 1].low, "only") &&
	       (an->vg[k].reporting || said_verb(lem(&tok[an->vg[k].v])));
}

/* Is verb group k a bare verb coordinated with the group before it ("might
** not only boycott the vote but also march", "will ask ... and press")? */
static int coordinated_bare(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	uint32_t j = g->t0;
	if (k == 0 || g->infinitive || an->tok[g->t0].tag != PL_T_VB)
		return 0;
	while (j > an->vg[k - 1].t1 && an->tok[j - 1].tag == PL_T_RB)
		j--;
	return j > an->vg[k - 1].t1 && (!strcmp(an->tok[j - 1].low, "and") ||
	       !strcmp(an->tok[j - 1].low, "or") || !strcmp(an->tok[j - 1].low, "but"));
}

/* The group verb group k's act hangs on: back over an infinitive right
** after the group before ("plans to sue") and a bare verb right after it
** ("will help build"). */
static int chain_head(const pl_sentan *an, int k)
{
	while (k > 0) {
		const pl_vg *g = &an->vg[k], *pv = &an->vg[k - 1];
		if (!(g->infinitive && pv->t1 + 1 == g->t0) &&
		    !(an->tok[g->t0].tag == PL_T_VB && pv->t1 == g->t0) && !coordinated_bare(an, k))
			break;
		k--;
	}
	return k;
}

int pl_first_person(const pl_sentan *an, const pl_vg *g)
{
	const char *w;
	if (g->subj < 0 || an->np[g->subj].t1 != an->np[g->subj].t0 + 1)
		return 0;
	w = an->tok[an->np[g->subj].t0].low;
	return !strcmp(w, "i") || !strcmp(w, "we");
}

int pl_noun_governor(const pl_sentan *an, uint32_t h, int numbers, int adverbs)
{
	int k;
	uint32_t t;
	for (k = an->nvg - 1; k >= 0; k--)
		if (an->vg[k].t1 <= h)
			break;
	if (k < 0 || an->vg[k].nominal)
		return -1;
	for (t = an->vg[k].t1; t < h; t++) {
		int tag = an->tok[t].tag;
		if (!(tag == PL_T_DT || tag == PL_T_PRPS || tag == PL_T_POS || PL_TAG_IS_ADJ(tag) ||
		      PL_TAG_IS_NOUN(tag) || (numbers && tag == PL_T_CD) || (adverbs && tag == PL_T_RB)))
			return -1;
	}
	return k;
}

/* Verbs of plan and wish that govern an act yet to come: "plans to sue",
** "hopes to sign", "wants to ask". */
static int plan_word(const char *w)
{
	static const char *const pw[] = {"plan", "intend", "aim", "hope", "want", "wish", "seek",
		NULL};
	return pl_in_list(w, pw);
}

int pl_unrealised(const pl_sentan *an, int k)
{
	const pl_token *tok = an->tok;
	int h = chain_head(an, k), q;
	for (q = h; q <= k; q++) {
		const pl_vg *g = &an->vg[q];
		uint32_t j;
		for (j = g->t0; j < g->v; j++) {
			const char *w = tok[j].low;
			if (tok[j].tag != PL_T_MD)
				continue;
			if (!strcmp(w, "will") || !strcmp(w, "'ll") || !strcmp(w, "shall") ||
			    !strcmp(w, "would") || !strcmp(w, "'d") || !strcmp(w, "can")) {
				int ability = !strcmp(w, "can");
				/* "I would say", "we can confirm", "I would hope": said
				** now, politely; "would only say" is what was said */
				if (!strcmp(w, "would") || !strcmp(w, "'d") || !strcmp(w, "can")) {
					if (pl_first_person(an, g) && q == h)
						return 0;
					if (only_say(an, j, g->v, k))
						return 0;
				}
				/* "He will say ...", "would tell the conference": the
				** saying itself is to come, whatever it declares */
				if (q == k && (an->vg[k].reporting || said_verb(lem(&tok[an->vg[k].v]))))
					return 3;
				return ability ? 2 : 1;
			}
		}
		/* "is going to ask" */
		if (!strcmp(lem(&tok[g->v]), "go") && tok[g->v].tag == PL_T_VBG && g->t1 < an->t1 &&
		    tok[g->t1].tag == PL_T_TO && q < k)
			return 1;
		if (q < k && plan_word(lem(&tok[g->v])))
			return 1;
	}
	return 0;
}

int pl_participle_mood(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	int q, j;
	if (an->tok[g->v].tag != PL_T_VBG || g->finite || g->t0 != g->v || g->t0 <= an->t0)
		return PL_MOOD_ASSERTED;
	q = an->np_of[g->t0 - 1 - an->t0];
	/* a new thing ("a resolution", "a rally"), not an actor that is there
	** whatever comes ("a Senate committee investigating", "farm groups
	** urging") nor one already known ("the law banning hunting") */
	if (q < 0 || an->np[q].code || an->np[q].person ||
	    !(pl_eq(an->tok[an->np[q].t0].low, "a") || pl_eq(an->tok[an->np[q].t0].low, "an")))
		return PL_MOOD_ASSERTED;
	/* the verb whose clause holds the chunk: the nearest before it */
	for (j = k - 1; j >= 0; j--)
		if (an->vg[j].t1 <= an->np[q].t0)
			break;
	if (j < 0)
		return PL_MOOD_ASSERTED;
	if (pl_clause_mood(an, j) != PL_MOOD_ASSERTED)
		return pl_clause_mood(an, j);
	return pl_unrealised(an, j) == 1 ? PL_MOOD_HYPOTHETICAL : PL_MOOD_ASSERTED;
}

int pl_declined(const pl_sentan *an, int k)
{
	static const char *const w[] = {"refuse", "decline", "fail", NULL};
	int q;
	for (q = chain_head(an, k); q < k; q++)
		if (pl_in_list(lem(&an->tok[an->vg[q].v]), w))
			return 1;
	return 0;
}

/* Nouns whose "no" affirms the act they go with (litotes): "made no
** secret of its support", "left no doubt", "spared no effort", "wasted no
** time in condemning", "had no hesitation", "pulled no punches". */
static int litotes_noun(const char *w)
{
	static const char *const lw[] = {"secret", "doubt", "effort", "expense", "time",
		"hesitation", "bone", "bones", "punch", "punches", "word", "words", "stone",
		"mistake", "illusion", NULL};
	return pl_in_list(w, lw);
}

/* Is token j a "no" that says none: not "No 10" (Downing Street) nor "No
** 1", and not "no" standing alone ("said no to the plan", "voted no")? */
static int none_word(const pl_sentan *an, uint32_t j)
{
	/* (a capital "No" inside a sentence names something: "the No
	** campaign") */
	if (pl_eq(an->tok[j].low, "no") && j + 1 < an->t1 && pl_eq(an->tok[j + 1].low, "one"))
		return 1;   /* "arrested no one" */
	return pl_eq(an->tok[j].low, "no") && (an->tok[j].s[0] == 'n' || j == an->t0) && j + 1 < an->t1 && an->tok[j + 1].tag != PL_T_CD &&
	       (an->tok[j + 1].tag == PL_T_JJ || PL_TAG_IS_NOUN(an->tok[j + 1].tag));
}

/* Does a determiner that says there was none open chunk q: "no
** assurance", "little sign", "not a single concession", "not any
** details"?  Not a litotes ("no secret"), "a little", "little more". */
static int none_chunk(const pl_sentan *an, int q)
{
	const pl_token *tok = an->tok;
	uint32_t t0 = an->np[q].t0, t1 = an->np[q].t1;
	if (t0 > an->t0 && pl_eq(tok[t0 - 1].low, "not"))
		return 1;   /* "gave not a single assurance", "not any" */
	if (litotes_noun(lem(&tok[t1 - 1])) || litotes_noun(tok[t1 - 1].low))
		return 0;
	if (t0 > an->t0 && none_word(an, t0 - 1))
		return 1;   /* "no" left out of the chunk */
	if (t0 + 1 >= t1)
		return 0;
	if (none_word(an, t0))
		return 1;
	return pl_eq(tok[t0].low, "little") && tok[t0].tag == PL_T_JJ &&
	       PL_TAG_IS_NOUN(tok[t0 + 1].tag) && !(t0 > an->t0 && pl_eq(tok[t0 - 1].low, "a"));
}

/* The chunk right after verb group k that is its object, not the subject
** of a clause after it ("said no decision had been made"); over a first
** actor chunk of a double object ("gave Iran no assurance"); -1 when none. */
static int object_chunk(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	uint32_t t = g->t1;
	int q, j;
	/* what a verb of saying is followed by is what it says ("said no
	** list had been drawn up") */
	if (g->reporting)
		return -1;
	if (t < an->t1 && pl_eq(an->tok[t].low, "not"))
		t++;
	if (t < an->t1 && an->np_of[t - an->t0] < 0 && none_word(an, t))
		t++;
	if (t >= an->t1 || (q = an->np_of[t - an->t0]) < 0)
		return -1;
	if (an->np[q].code && q + 1 < an->nnp && an->np[q + 1].t0 == an->np[q].t1 + 0 &&
	    an->np[q + 1].group != an->np[q].group && !an->np[q + 1].code)
		q++;
	for (j = k + 1; j < an->nvg; j++)
		if (an->vg[j].subj == q)
			return -1;
	return q;
}

/* Is verb group k a gerund after "from" that the verb group before it
** keeps from happening ("stopped them from holding a rally", "banned the
** party from contesting the vote"), that verb not itself negated? */
static int kept_from(const pl_sentan *an, int k)
{
	static const char *const keepw[] = {"prevent", "stop", "bar", "ban", "block", "keep",
		"prohibit", "forbid", "deter", "dissuade", "restrain", "discourage", "hinder",
		"debar", "exclude", "disqualify", NULL};
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	static const char *const nonew[] = {"nothing", "nobody", "none", NULL};
	const pl_vg *h = k > 0 ? &an->vg[k - 1] : NULL;
	if (!h || g->t0 <= an->t0 || !pl_eq(tok[g->t0 - 1].low, "from") || tok[g->v].tag != PL_T_VBG)
		return 0;
	/* ("nothing stopped the rebels from attacking": they did) */
	if (h->subj >= 0 && pl_in_list(tok[an->np[h->subj].t0].low, nonew))
		return 0;
	return !h->negated && pl_in_list(lem(&tok[h->v]), keepw);
}

int pl_not_done(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	int h = chain_head(an, k), q;
	/* "Iran never met the inspectors" ("has never met" is the group's own
	** negation, "decided never to" the infinitive's) */
	if (g->t0 > an->t0 && pl_eq(tok[g->t0 - 1].low, "never"))
		return 1;
	/* "has yet to respond", "are yet to agree to meet": not done so far */
	for (q = h; q <= k; q++) {
		uint32_t t0 = an->vg[q].t0;
		if (an->vg[q].infinitive && t0 >= an->t0 + 3 && pl_eq(tok[t0 - 2].low, "yet") &&
		    (pl_eq(lem(&tok[t0 - 3]), "have") || pl_eq(lem(&tok[t0 - 3]), "be")))
			return 1;
	}
	/* "prevented supporters from holding a rally", "barred him from
	** standing": the act kept from happening */
	if (kept_from(an, k))
		return 1;
	/* "gave no assurance", "made no commitment", "took no action" */
	q = object_chunk(an, k);
	return q >= 0 && none_chunk(an, q);
}

/* Verbs whose that-clause or gerund is what they say did not happen:
** "denied that he had met", "denied meeting", "refuted that". */
static int denial_verb(const char *w)
{
	static const char *const dw[] = {"deny", "refute", NULL};
	return pl_in_list(w, dw);
}

/* Verbs that dismiss a claim named by a noun before its that-clause:
** "rejected claims that", "dismissed reports that", "denied allegations
** that", "played down suggestions that". */
static int dismiss_verb(const char *w)
{
	static const char *const dw[] = {"deny", "refute", "reject", "dismiss", "rubbish",
		"ridicule", "scorn", "discount", "debunk", "play", "brush", "laugh", "contest",
		"dispute", NULL};
	return pl_in_list(w, dw);
}

/* Is verb group k the content of a denial: its clause opens right after a
** verb of denial ("denied that he had met the leader", "denied he had
** met", "denied meeting"), or after a claim that verb dismisses ("rejected
** claims that troops had fired", "dismissed reports that he would
** resign")?  What is denied is not asserted; the denial is.  Not when the
** denial is itself negated ("did not deny that he had met"), nor for a
** denial of a thing ("denied entry to the delegation").  So too the clause
** of a negated verb of meaning or stating ("did not mean that"). */
/* Verbs of meaning, showing or stating whose that-clause, when they are
** negated, is not asserted by them: "the withdrawal did not mean that
** Libya had cut its ties", "the report does not state that Iran attacked
** the ship", "did not confirm that troops had fired".  (Not a wh-clause:
** "did not say why police had detained them" takes the detention as
** done.) */
static int unsaid_verb(const char *w)
{
	static const char *const uw[] = {"mean", "signal", "indicate", "imply", "show", "prove",
		"signify", "suggest", "state", "confirm", "say", NULL};
	return pl_in_list(w, uw);
}

/* Is actor code c the press: a news outlet or a journalist (role MED)? */
int pl_press_code(const char *c)
{
	size_t n = c ? strlen(c) : 0, i;
	for (i = 0; i + 3 <= n; i += 3)
		if (!strncmp(c + i, "MED", 3))
			return 1;
	return 0;
}

/* Is lemma w a noun that names a claim, not an act: "reports that Iran
** had agreed", "denied allegations that he took bribes"?  What such a
** noun's that-clause holds is only claimed.  "talk" counts when talk is
** set: after a verb of dismissing ("dismissed talk that ...") it is a claim
** too, where "talk that" elsewhere may open a clause of the talks. */
int pl_claim_noun(const char *w, int talk)
{
	static const char *const claimw[] = {"claim", "report", "allegation", "accusation",
		"rumour", "rumor", "suggestion", "speculation", "charge", "story", "assertion",
		"notion", "idea", "fear", NULL};
	return pl_in_list(w, claimw) || (talk && pl_eq(w, "talk"));
}

static int denied_content(const pl_sentan *an, int k)
{
	const pl_token *tok = an->tok;
	int h = chain_head(an, k), p = h - 1, q, deny, unsaid;
	uint32_t j, end = an->vg[h].t0;
	const char *w;
	if (p < 0 || !an->vg[p].finite || an->vg[p].passive)
		return 0;
	w = lem(&tok[an->vg[p].v]);
	unsaid = an->vg[p].negated && unsaid_verb(w);
	if (an->vg[p].negated && !unsaid)
		return 0;
	deny = !unsaid && denial_verb(w);
	j = an->vg[p].t1;
	if (deny && j == end)   /* "denied meeting", "denied having met" */
		return an->vg[h].gerund || tok[an->vg[h].t0].tag == PL_T_VBG;
	if (j < end && (q = an->np_of[j - an->t0]) >= 0 && dismiss_verb(w) &&
	    pl_claim_noun(lem(&tok[an->np[q].t1 - 1]), 1)) {
		j = an->np[q].t1;
		if (!(j < end && pl_eq(tok[j].low, "that")))
			return 0;
		j++;
	} else if (deny || unsaid) {
		if (j < end && pl_eq(tok[j].low, "that"))
			j++;
	} else {
		return 0;
	}
	/* the clause's subject alone before its verb */
	if (j >= end)
		return 0;
	for (; j < end; j++)
		if (an->np_of[j - an->t0] < 0)
			return 0;
	return 1;
}

/* Is verb group g a present-simple relative clause on a kind, not on
** someone: "parents who refuse contact could be tagged", "anyone who
** attacks police", "countries that impose tariffs"?  It says what such
** people do whenever they do it, not an act that took place (what they
** say stays a statement: "charities who say it would help"). */
static int kind_relative(const pl_sentan *an, const pl_vg *g)
{
	const pl_token *tok = an->tok, *first, *head;
	int q, tag = tok[g->t0].tag;
	if (!g->finite || g->reporting || (tag != PL_T_VBP && tag != PL_T_VBZ) || g->t0 < an->t0 + 2 ||
	    pl_eq(tok[g->t0].low, "has") || pl_eq(tok[g->t0].low, "have"))
		return 0;
	if (!pl_eq(tok[g->t0 - 1].low, "who") && !pl_eq(tok[g->t0 - 1].low, "that"))
		return 0;
	if ((q = an->np_of[g->t0 - 2 - an->t0]) < 0 || an->np[q].t1 != g->t0 - 1)
		return 0;
	first = &tok[an->np[q].t0];
	head = &tok[an->np[q].t1 - 1];
	if (pl_eq(head->low, "anyone") || pl_eq(head->low, "anybody") || pl_eq(head->low, "those") ||
	    pl_eq(head->low, "people"))
		return 1;
	return head->tag == PL_T_NNS && first->tag != PL_T_DT && first->tag != PL_T_PRPS &&
	       first->tag != PL_T_CD && first->tag != PL_T_NNP && !an->np[q].person;
}

int pl_clause_mood(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	uint32_t j, lo = an->t0;
	int modal = 0, perfect = 0, obliged = 0, m;
	/* an infinitive or a bare verb hanging on the group before, or
	** coordinated with it, shares its mood: "if Israel agrees to release
	** prisoners", "might boycott the vote and march" */
	if (k > 0 && (g->infinitive || (tok[g->t0].tag == PL_T_VB && an->vg[k - 1].t1 == g->t0) ||
	    coordinated_bare(an, k)) &&
	    (m = pl_clause_mood(an, k - 1)) != PL_MOOD_ASSERTED)
		return m;
	if (in_question(an, g->v))
		return PL_MOOD_QUESTION;
	if (kind_relative(an, g))
		return PL_MOOD_HYPOTHETICAL;
	/* "it is time for Mr Livingstone to say sorry", "the time has come
	** for Iran to release them": an act wished for, not done */
	if (g->infinitive && g->t0 >= an->t0 + 3) {
		int q = an->np_of[g->t0 - 2 - an->t0];
		if (q >= 0 && an->np[q].t1 == g->t0 - 1 && an->np[q].t0 > an->t0 + 1 &&
		    pl_eq(tok[an->np[q].t0 - 1].low, "for"))
			for (j = an->np[q].t0 - 1; j > an->t0 && an->np[q].t0 - j < 5; j--)
				if (pl_eq(tok[j - 1].low, "time"))
					return PL_MOOD_HYPOTHETICAL;
	}
	/* "denied that he had met the leader": what is denied is not
	** asserted */
	if (denied_content(an, k))
		return PL_MOOD_HYPOTHETICAL;
	/* the words that open the clause: back to the verb group before it,
	** not into a quotation that ends before it */
	if (k > 0)
		lo = an->vg[k - 1].t1;
	for (j = g->t0; j > lo; j--) {
		const pl_token *t = &tok[j - 1];
		if ((t->flags & PL_TOK_QCLOSE) || pl_eq(t->s, ";") || pl_eq(t->s, ":"))
			break;
		if (pl_eq(t->low, "whether"))
			return PL_MOOD_QUESTION;
		/* "questioned how Labour would fund its plans", "asked why
		** police had arrested him" */
		/* (but a question about an act done, in the past tense, takes
		** the act as done: "investigating who killed the journalist",
		** "asked why police had arrested him") */
		if ((pl_eq(t->low, "how") || pl_eq(t->low, "why") || pl_eq(t->low, "what") ||
		     pl_eq(t->low, "who") || pl_eq(t->low, "which") || pl_eq(t->low, "where") ||
		     pl_eq(t->low, "when")) && j - 1 > an->t0 && asks(&tok[j - 2]) &&
		    !(tok[g->t0].tag == PL_T_VBD && !pl_eq(t->low, "when") && !g->negated))
			return PL_MOOD_QUESTION;
		/* "until the Lords have considered it", "once the talks
		** resume": a time clause in the present tense speaks of what
		** is to come (not "until 1995, when he resigned") */
		if ((pl_eq(t->low, "until") || pl_eq(t->low, "till") || pl_eq(t->low, "once") ||
		     pl_eq(t->low, "when")) && present_clause(an, j, g))
			return PL_MOOD_HYPOTHETICAL;
		if (pl_eq(t->low, "if") || pl_eq(t->low, "unless")) {
			if (j - 1 > an->t0 && asks(&tok[j - 2]))
				return PL_MOOD_QUESTION;
			if (j - 1 > an->t0 && pl_eq(tok[j - 2].low, "as"))
				break;   /* "as if" */
			return PL_MOOD_CONDITIONAL;
		}
		/* "lest", "provided that" (not "aid provided by ...") */
		if (pl_eq(t->low, "lest") || (pl_eq(t->low, "provided") && j < g->t0 &&
		    pl_eq(tok[j].low, "that")))
			return PL_MOOD_CONDITIONAL;
	}
	/* the modal of the group: "would have attacked" is counter to fact;
	** "could strike if ..." conditional; "might expel" hypothetical;
	** "would" alone is a future seen from the past ("said it would") */
	for (j = g->t0; j < g->v; j++) {
		const char *w = tok[j].low;
		if (tok[j].tag == PL_T_MD &&
		    (pl_eq(w, "would") || pl_eq(w, "could") || pl_eq(w, "might") ||
		     pl_eq(w, "may") || pl_eq(w, "'d")))
			modal = w[0] == 'w' || w[0] == '\'' ? 1 : w[0] == 'c' ? 3 : 2;
		/* "should have resigned", "ought to have", "must have known": a
		** duty missed or an inference, not an act that happened */
		if (!modal && tok[j].tag == PL_T_MD && (pl_eq(w, "should") || pl_eq(w, "must")))
			obliged = 1;
		if (pl_eq(w, "ought"))
			obliged = 1;
		if ((modal || obliged) && pl_eq(lem(&tok[j]), "have"))
			perfect = 1;
	}
	if (!modal && obliged && perfect && tok[g->v].tag == PL_T_VBN)
		return PL_MOOD_HYPOTHETICAL;
	/* "would have attacked", "could have stopped" are counter to fact;
	** "may have refused", "might have left" only possible */
	if (modal && perfect && tok[g->v].tag == PL_T_VBN)
		return modal == 2 ? PL_MOOD_HYPOTHETICAL : PL_MOOD_CONDITIONAL;
	/* "said it would retaliate if attacked": what a speaker says will
	** follow on a condition is a threat or a promise, which is asserted
	** (the coder makes it CAMEO's 13x or 03x) */
	/* ... but no one promises or threatens what will be done to someone
	** ("analysts claim the government would be forced to raise taxes",
	** "said it would be damaging"): a forecast */
	if (modal == 1 && reported(an, k)) {
		for (j = g->t0; j < g->v; j++)
			if (pl_eq(lem(&tok[j]), "be"))
				return has_condition(an) ? PL_MOOD_CONDITIONAL : PL_MOOD_HYPOTHETICAL;
		return forecast(an, k) ? PL_MOOD_HYPOTHETICAL : PL_MOOD_ASSERTED;
	}
	if (modal && has_condition(an))
		return PL_MOOD_CONDITIONAL;
	/* "If we reject this treaty, Britain will be isolated", "if there is
	** enough evidence they will be charged": what will be done to
	** someone on a condition is a forecast; no one promises or threatens
	** it */
	if (!modal && will_passive(an, g) && has_condition(an))
		return PL_MOOD_CONDITIONAL;
	/* "a spokesman would only say that ...": what was said */
	for (j = g->t0; j < g->v; j++)
		if (pl_eq(tok[j].low, "would") && only_say(an, j, g->v, k))
			return PL_MOOD_ASSERTED;
	if (modal >= 2 || planned(an, k))
		return PL_MOOD_HYPOTHETICAL;
	return PL_MOOD_ASSERTED;
}

/* Nouns of asking that exist once made: "considering the US request",
** "the request had been delayed". */
static int made_noun(const char *w)
{
	static const char *const madew[] = {"request", "proposal", "offer", "plea", "appeal",
		"demand", "bid", "application", "petition", "plan", NULL};
	return pl_in_list(w, madew);
}

/* Verbs that put an event on or off a calendar: "a meeting was set for
** next Wednesday", "the vote has been postponed", "the talks scheduled
** for March 12".  An event so placed has not happened yet, whatever the
** tense of the placing. */
static int scheduling_verb(const char *w)
{
	/* (not "plan" nor "arrange": "the bombing had been planned abroad"
	** tells how a past act was made ready) */
	static const char *const sw[] = {"schedule", "reschedule", "set", "fix", "slate",
		"postpone", "delay", "defer", NULL};
	return pl_in_list(w, sw);
}

/* Is the event noun at h placed on a calendar: the subject of a passive
** scheduling verb ("a meeting was set for next Wednesday") or of "be
** due" ("talks are due to resume"), or followed
** by one as a participle ("the talks scheduled for March 12")?  The
** chunker gives the verb the last chunk of the noun's phrase as subject
** ("a meeting between Iraq and Iran | has been postponed"), so any
** subject from the noun's chunk on counts when this verb is the next one. */
static int scheduled_noun(const pl_sentan *an, uint32_t h, int q)
{
	const pl_token *tok = an->tok;
	int k;
	if (made_noun(lem(&tok[h])))
		return 0;
	if (h + 1 < an->t1 && tok[h + 1].tag == PL_T_VBN && scheduling_verb(lem(&tok[h + 1])))
		return 1;
	for (k = 0; q >= 0 && k < an->nvg; k++)
		if (an->vg[k].t0 > h) {
			uint32_t j, v = an->vg[k].v;
			/* "the talks are due next week" */
			int due = pl_eq(lem(&tok[v]), "be") && v + 1 < an->t1 && pl_eq(tok[v + 1].low, "due");
			if (an->vg[k].subj < q || !(due || (an->vg[k].passive && scheduling_verb(lem(&tok[v])))))
				return 0;
			/* not a clause of its own: "the meeting, which was
			** scheduled for Monday, took place" */
			for (j = h + 1; j < an->vg[k].t0; j++)
				if (pl_eq(tok[j].low, ",") || tok[j].tag == PL_T_WDT || tok[j].tag == PL_T_WP)
					return 0;
			return 1;
		}
	return 0;
}

/* The verb group whose subject is the event noun at h (chunk q): the next
** one, when its subject is that chunk or a later chunk of the noun's phrase
** (the chunker gives the verb the phrase's last chunk: "a blockade of the
** port by Iranian ships | is unlikely") and no comma or relative word
** opens a clause of its own between, and the noun is no preposition's
** object; -1 if none. */
static int noun_subject_vg(const pl_sentan *an, uint32_t h, int q)
{
	const pl_token *tok = an->tok;
	int k;
	uint32_t j;
	if (q < 0)
		return -1;
	/* the head of the subject, not a noun inside one of its phrases ("an
	** agreement in the debt rescheduling talks | seems close": the talks
	** are there) */
	for (j = h; j > an->t0; j--) {
		int t = tok[j - 1].tag;
		if (!(PL_TAG_IS_NOUN(t) || PL_TAG_IS_ADJ(t) || t == PL_T_DT || t == PL_T_CD ||
		      t == PL_T_VBG || t == PL_T_VBN || t == PL_T_POS || t == PL_T_PRPS))
			break;
	}
	if (j > an->t0 && tok[j - 1].tag == PL_T_IN)
		return -1;
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].t0 > h) {
			/* a gerund inside the phrase ("the debt rescheduling talks") */
			if (!an->vg[k].finite && tok[an->vg[k].v].tag == PL_T_VBG && an->vg[k].subj < 0 &&
			    an->vg[k].v + 1 < an->t1 && PL_TAG_IS_NOUN(tok[an->vg[k].v + 1].tag))
				continue;
			if (an->vg[k].subj < q || !an->vg[k].finite)
				return -1;
			for (j = h + 1; j < an->vg[k].t0; j++)
				if (pl_eq(tok[j].low, ",") || tok[j].tag == PL_T_WDT || tok[j].tag == PL_T_WP)
					return -1;
			return k;
		}
	return -1;
}

/* Is the event noun at h (chunk q) the subject of a word of likelihood
** or expectation: "a blockade of the port is unlikely", "an agreement is
** expected soon", "an accord seems to be close", "a loan was likely to be
** approved", "talks remain a remote prospect"?  Then the act is only in
** prospect.  An infinitive after the word must tell the act's coming
** about ("is likely to take place", "is expected to be signed"): "the
** embargo is likely to hurt refiners" foretells an effect of an embargo
** that is there. */
static int prospect_subject(const pl_sentan *an, uint32_t h, int q)
{
	static const char *const likelyw[] = {"likely", "unlikely", "possible", "probable",
		"improbable", "imminent", "close", "near", "remote", "doubtful", "uncertain",
		"expected", "prospect", "chance", NULL};
	static const char *const copw[] = {"be", "seem", "appear", "look", "remain", NULL};
	static const char *const expectw[] = {"expect", "forecast", "predict", "anticipate",
		"foresee", NULL};
	/* what an act's coming about is told with after "to be" */
	static const char *const madew[] = {"approve", "sign", "reach", "conclude", "complete",
		"finalise", "finalize", "announce", "make", "hold", "grant", "agree", "seal",
		"launch", "stage", "mount", "arrange", "award", "close", NULL};
	static const char *const occurw[] = {"happen", "occur", "take", "begin", "start",
		"resume", "come", "materialise", "materialize", NULL};
	const pl_token *tok = an->tok;
	int k = noun_subject_vg(an, h, q);
	const pl_vg *g;
	uint32_t j;
	if (k < 0)
		return 0;
	g = &an->vg[k];
	if (g->negated || !g->finite)
		return 0;
	/* "some retreat had been likely": an old expectation, which the act
	** may since have met */
	for (j = g->t0; j < g->v; j++)
		if (pl_eq(tok[j].low, "had"))
			return 0;
	if (g->passive && pl_in_list(lem(&tok[g->v]), expectw))
		j = g->v;
	else if (pl_in_list(lem(&tok[g->v]), copw)) {
		/* "seems to be close", "is now unlikely", "remains a remote
		** prospect" */
		j = g->v + 1;
		if (j + 1 < an->t1 && pl_eq(tok[j].low, "to") && pl_eq(tok[j + 1].low, "be"))
			j += 2;
		while (j < an->t1 && !pl_in_list(tok[j].low, likelyw) &&
		       (tok[j].tag == PL_T_RB || tok[j].tag == PL_T_DT))
			j++;
		if (j >= an->t1 || !pl_in_list(tok[j].low, likelyw))
			return 0;
		/* "close to the port", "near the border" tell a place ("close at
		** hand" a time) */
		if ((pl_eq(tok[j].low, "close") || pl_eq(tok[j].low, "near")) && j + 1 < an->t1 &&
		    (tok[j + 1].tag == PL_T_IN || tok[j + 1].tag == PL_T_TO || PL_TAG_IS_NOUN(tok[j + 1].tag)) &&
		    !(j + 2 < an->t1 && pl_eq(tok[j + 1].low, "at") && pl_eq(tok[j + 2].low, "hand")))
			return 0;
		/* "a remote prospect", not "a remote village" */
		if (pl_eq(tok[j].low, "remote") && j + 1 < an->t1 && PL_TAG_IS_NOUN(tok[j + 1].tag) &&
		    !pl_eq(tok[j + 1].low, "prospect") && !pl_eq(tok[j + 1].low, "possibility"))
			return 0;
		if (j + 1 < an->t1 && (pl_eq(tok[j + 1].low, "prospect") ||
		                       pl_eq(tok[j + 1].low, "possibility")))
			j++;
	} else
		return 0;
	/* what follows: nothing of an infinitive, or one of the act's coming */
	if (j + 2 < an->t1 && pl_eq(tok[j + 1].low, "to") && tok[j + 2].tag == PL_T_VB) {
		const pl_token *v = &tok[j + 2];
		if (pl_in_list(lem(v), occurw))
			return 1;
		if (pl_eq(lem(v), "be") && j + 3 < an->t1) {
			const pl_token *n = &tok[j + 3];
			return (n->tag == PL_T_VBN && pl_in_list(lem(n), madew)) ||
			       pl_in_list(n->low, likelyw);
		}
		return 0;
	}
	return 1;
}

int pl_noun_in_use(const pl_sentan *an, uint32_t h)
{
	/* verbs that tell of the giving itself, done or to come */
	static const char *const madew[] = {"make", "give", "grant", "sign", "approve", "agree",
		"extend", "disburse", "provide", "arrange", "offer", "award", "announce", "pledge",
		"promise", "accord", "conclude", "syndicate", "raise", "receive", "send", "deliver",
		"ship", "reach", "arrive", "negotiate", "finalise", "finalize", "complete",
		"release", "resume", "flow", "go", "come", "pour", "win", "secure", "obtain", NULL};
	/* what joins a noun to the rest of its phrase */
	static const char *const linkw[] = {"of", "to", "for", "from", "by", "in", "on", "at",
		"with", NULL};
	/* more of it given, in the passive */
	static const char *const morew[] = {"increase", "boost", "double", "triple", "expand",
		"step", "top", NULL};
	/* what a sum does as a figure */
	static const char *const figurew[] = {"be", "total", "cover", "amount", "account",
		"represent", "rise", "fall", "increase", "decline", "drop", "grow", "exceed",
		"remain", "stand", "mature", "expire", "carry", "bear", "equal", NULL};
	int q = an->np_of[h - an->t0], k;
	uint32_t j0;
	const pl_vg *g;
	const char *v;
	if (q < 0 || an->np[q].t1 != h + 1)
		return 0;
	k = noun_subject_vg(an, h, q);
	if (k < 0)
		return 0;
	/* (a later chunk of the noun's own phrase, not a new clause after a
	** dash: "the second gift to the party by the shipowner - he has given")
	*/
	if (an->vg[k].subj != q) {
		uint32_t j;
		if (an->np[an->vg[k].subj].pronoun)
			return 0;
		for (j = h + 1; j < an->vg[k].t0; j++) {
			int t = an->tok[j].tag;
			if (!(PL_TAG_IS_NOUN(t) || PL_TAG_IS_ADJ(t) || t == PL_T_DT || t == PL_T_CD ||
			      t == PL_T_POS || pl_in_list(an->tok[j].low, linkw)))
				return 0;
		}
	}
	/* (the object of a verb before it: "opened a credit line to Poland
	** meant for ...") */
	for (j0 = an->np[q].t0; j0 > an->t0; j0--) {
		int t = an->tok[j0 - 1].tag;
		if (!(PL_TAG_IS_NOUN(t) || PL_TAG_IS_ADJ(t) || t == PL_T_DT || t == PL_T_CD ||
		      t == PL_T_POS || t == PL_T_PRPS))
			break;
	}
	if (j0 > an->t0 && PL_TAG_IS_VERB(an->tok[j0 - 1].tag)) {
		int r;
		/* (a verb of saying opens the noun's own clause: "said Japanese
		** food aid should favour local farming") */
		for (r = 0; r < an->nvg; r++)
			if (an->vg[r].v == j0 - 1 && an->vg[r].reporting)
				break;
		if (r == an->nvg)
			return 0;
	}
	g = &an->vg[k];
	v = lem(&an->tok[g->v]);
	if (pl_in_list(v, madew) || prospect_subject(an, h, q))
		return 0;
	/* done to it by someone: used, routed, frozen, cut ("was increased"
	** is more given) */
	if (g->passive)
		return !pl_in_list(v, morew);
	/* what it does, told as to come or as it should be ("will cover",
	** "should favour"), or a figure it makes ("totaled", "rose", "was
	** the largest"); "Britain's aid to Sudan angered Khartoum" and
	** "Italy's aid included 20 mln euros" tell of aid given */
	if (pl_in_list(v, figurew))
		return 1;
	for (j0 = g->t0; j0 < g->v; j0++)
		if (an->tok[j0].tag == PL_T_MD)
			return 1;
	return 0;
}

int pl_noun_mood(const pl_sentan *an, uint32_t h)
{
	static const char *const stagew[] = {"hold", "stage", "organise", "organize", "launch",
		"conduct", "mount", "carry", "make", "take", "attend", "join", "start", NULL};
	int k, q, best = -1;
	/* the subject of a verb of happening that is only possible or to
	** come: "a bombing could happen in the UK", "talks would resume", "the
	** talks will be held" (not "the crackdown would scare investors": the
	** crackdown is there, its effect is what may come) */
	static const char *const occur[] = {"happen", "occur", "take", "begin", "start", "resume",
		"break", "come", "proceed", "go", "hold", "materialise", "materialize", NULL};
	q = an->np_of[h - an->t0];
	if (scheduled_noun(an, h, q) || prospect_subject(an, h, q))
		return PL_MOOD_HYPOTHETICAL;
	for (k = 0; q >= 0 && k < an->nvg; k++)
		if (an->vg[k].subj == q && an->vg[k].t0 > h) {
			if (!pl_in_list(lem(&an->tok[an->vg[k].v]), occur))
				break;
			int m = pl_clause_mood(an, k);
			if (m != PL_MOOD_ASSERTED)
				return m;
			if (pl_unrealised(an, k))
				return PL_MOOD_HYPOTHETICAL;
			break;
		}
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].t0 <= h && (int)h < an->vg[k].cl_end)
			best = k;
	/* "prevented them from holding a rally": the rally did not happen
	** (what the gerund only touches, "presiding over its lawsuit", was
	** there all the same) */
	if (best >= 0 && kept_from(an, best) && pl_in_list(lem(&an->tok[an->vg[best].v]), stagew))
		return PL_MOOD_HYPOTHETICAL;
	if (best >= 0)
		return pl_clause_mood(an, best);
	/* the subject of a verb group to come: "new restrictions are to be
	** announced", "talks will start on Monday" have not happened yet */
	q = an->np_of[h - an->t0];
	if (q >= 0 && an->np[q].t0 > an->t0 && an->tok[an->np[q].t0 - 1].tag == PL_T_IN)
		return in_question(an, h) ? PL_MOOD_QUESTION : PL_MOOD_ASSERTED;   /* "of the meeting" */
	for (k = 0; k < an->nvg; k++) {
		const pl_vg *g = &an->vg[k];
		if (g->t0 <= h)
			continue;
		/* "Ghana's offer to send troops was welcomed": the noun's own
		** infinitive says what is offered, not that the offer is to come
		** (and what follows it is too far off to tell) */
		if (g->t0 == h + 2 && pl_eq(an->tok[h + 1].low, "to"))
			break;
		if (g->future || to_come(an, g))
			return PL_MOOD_HYPOTHETICAL;
		break;
	}
	return in_question(an, h) ? PL_MOOD_QUESTION : PL_MOOD_ASSERTED;
}

/* Does verb group g have "had" (or "'d") as its auxiliary and a past
** participle as its main verb: "had resigned", "had been sacked"? */
static int past_perfect(const pl_sentan *an, const pl_vg *g)
{
	uint32_t j;
	/* (a regular verb after "had" is sometimes tagged VBD: "had invaded") */
	if (an->tok[g->v].tag != PL_T_VBN && an->tok[g->v].tag != PL_T_VBD)
		return 0;
	for (j = g->t0; j < g->v; j++) {
		if (an->tok[j].tag == PL_T_MD)
			return 0;   /* "would have resigned": the mood's business */
		if (pl_eq(an->tok[j].low, "had"))
			return 1;
	}
	return 0;
}

/* Does token j name a span of a person's past life or career, the time of
** a past act told in a profile: "during his time as chancellor", "in her
** years in opposition", "in his days at the Treasury" (a possessive and a
** span noun with a role or place after it), or "as a young MP", "as a
** student" (a life's early stage)?  Only past tenses ask (the caller's
** check): "has vowed to act during his time as G8 president" is news. */
static int career_span(const pl_sentan *an, uint32_t j)
{
	static const char *const spanw[] = {"time", "days", "years", "stint", "spell", "tenure",
		NULL};
	static pl_wordset spanw_set = PL_WORDSET(spanw);
	static const char *const afterw[] = {"as", "at", "in", NULL};
	static pl_wordset afterw_set = PL_WORDSET(afterw);
	static const char *const beforew[] = {"during", "in", "throughout", "over", NULL};
	static pl_wordset beforew_set = PL_WORDSET(beforew);
	static const char *const youthw[] = {"young", "child", "boy", "girl", "teenager", "student",
		"schoolboy", "schoolgirl", "undergraduate", "youth", NULL};
	static pl_wordset youthw_set = PL_WORDSET(youthw);
	const pl_token *tok = an->tok;
	/* (asked of every token of a past act's sentence: the word before,
	** a tag or a short word compared inline, first, and the sets, which
	** hash the word, only for the few tokens that pass) */
	if (j < an->t0 + 2 || j + 1 >= an->t1)
		return 0;
	if (tok[j - 1].tag == PL_T_PRPS && pl_in_set(&spanw_set, tok[j].low) &&
	    pl_in_set(&beforew_set, tok[j - 2].low) && pl_in_set(&afterw_set, tok[j + 1].low))
		return 1;
	return pl_eq(tok[j - 2].low, "as") && (pl_eq(tok[j - 1].low, "a") ||
	       pl_eq(tok[j - 1].low, "an")) && pl_in_set(&youthw_set, tok[j].low);
}

/* Does a time phrase with no full date start at token j and put what it
** dates well before the article: "years ago", "two decades ago", "many
** months ago" (not "weeks ago": those may be the news), "in the 1990s",
** "the mid-1980s" (a decade over before the article's year), "last
** century", "the 19th century", "in his first term"?  (A date the date
** reader resolves, "ten years ago", "in 1984", is judged by its date.) */
static int long_ago_at(const pl_sentan *an, const pl_docctx *ctx, uint32_t j)
{
	static const char *const spans[] = {"year", "decade", "century", "generation", "month",
		"age", NULL};
	static const char *const terms[] = {"term", "tenure", "presidency", "premiership",
		"stint", "spell", NULL};
	const pl_token *t = &an->tok[j];
	const char *d = t->low;
	if (j + 1 < an->t1 && pl_eq(an->tok[j + 1].low, "ago") &&
	    (pl_in_list(lem(t), spans) || pl_in_list(t->low, spans)))
		return !pl_eq(lem(t), "month") || t->tag == PL_T_NNS;   /* not "a month ago" */
	/* "the 1990s", "the mid-1980s", "1980s" */
	if ((d[0] == 'm' && !strncmp(d, "mid-", 4)) || (d[0] == 'e' && !strncmp(d, "early-", 6)) ||
	    (d[0] == 'l' && !strncmp(d, "late-", 5)))
		d = strchr(d, '-') + 1;
	if ((d[0] == '1' || d[0] == '2') && strlen(d) == 5 && d[4] == 's' && d[3] == '0' &&
	    ctx && ctx->date.y && atoi(d) + 9 < ctx->date.y)
		return 1;
	/* "the '80s" is too rare to matter; "last century", "the 19th century" */
	if (pl_eq(t->low, "century") && j > an->t0) {
		const pl_token *p = &an->tok[j - 1];
		return pl_eq(p->low, "last") || pl_eq(p->low, "previous") ||
		       ((p->tag == PL_T_JJ || p->tag == PL_T_CD) && p->low[0] == '1' &&
		        (strstr(p->low, "th") || strstr(p->low, "st")));
	}
	if (career_span(an, j))
		return 1;
	/* "in his first term", "during her previous spell as minister" */
	if (j >= an->t0 + 2 && (pl_eq(an->tok[j - 1].low, "first") ||
	    pl_eq(an->tok[j - 1].low, "previous") || pl_eq(an->tok[j - 1].low, "earlier")) &&
	    pl_in_list(lem(t), terms) &&
	    (an->tok[j - 2].tag == PL_T_PRPS || pl_eq(an->tok[j - 2].low, "the")))
		return 1;
	return 0;
}

/* Does the time phrase at token j qualify a noun through "of" ("credit
** ratings of the 1970s"), not the clause's act? */
static int of_phrase(const pl_sentan *an, uint32_t j)
{
	uint32_t i;
	if (j + 1 < an->t1 && pl_eq(an->tok[j + 1].low, "ago"))
		return 0;   /* "convicted of fraud two years ago" */
	for (i = j; i > an->t0 && i + 4 > j; i--)
		if (pl_eq(an->tok[i - 1].low, "of"))
			return 1;
	return 0;
}

/* Is token j inside verb group g's reach with no other finite verb group
** between them: the phrase at j belongs to g, not to the verb of another
** clause ("Mr Blair, who resigned years ago, criticised ..."). */
static int same_reach(const pl_sentan *an, int k, uint32_t j)
{
	const pl_vg *g = &an->vg[k];
	int q;
	uint32_t se = g->subj >= 0 && g->subj < an->nnp ? an->np[g->subj].t1 : 0;
	if (j >= g->t1 && g->cl_end > 0 && j >= (uint32_t)g->cl_end)
		return 0;
	for (q = 0; q < an->nvg; q++) {
		const pl_vg *o = &an->vg[q];
		if (q == k || !o->finite || o->reporting)
			continue;
		if (j < g->t0 ? o->t0 > j && o->t1 <= g->t0 : o->t0 >= g->t1 && o->t1 <= j)
			return 0;
		/* "a priest who was accused years ago was arrested": a phrase
		** after a clause set between g's subject and g is that clause's */
		if (j < g->t0 && se > 0 && se <= o->t0 && o->t1 <= j)
			return 0;
	}
	return 1;
}

/* Is verb group g in a past tense: "arrested", "was arrested", "had
** arrested" (not "has arrested", "arrests")? */
static int past_tense(const pl_sentan *an, const pl_vg *g)
{
	int tag = an->tok[g->t0].tag;
	return tag == PL_T_VBD || (tag == PL_T_VBN && g->t0 == g->v);
}

/* Is verb group g a relative clause's: "who", "which" or "that" right
** before it, or before its subject ("whose party had expelled him")? */
static int relative_clause(const pl_sentan *an, const pl_vg *g)
{
	uint32_t j = g->t0;
	if (g->subj >= 0 && an->np[g->subj].t1 == g->t0 && an->np[g->subj].t0 < g->t0)
		j = an->np[g->subj].t0;
	return j > an->t0 + 1 && (pl_eq(an->tok[j - 1].low, "who") ||
	       pl_eq(an->tok[j - 1].low, "which") || pl_eq(an->tok[j - 1].low, "whose")) &&
	       pl_eq(an->tok[j - 2].s, ",");
}

/* Is verb group g a relative clause's with or without a comma: "who",
** "which" or "whose" right before it (or its subject) after a noun ("the
** former adviser who resigned", "Donald Trump who had threatened")? */
static int noun_relative_clause(const pl_sentan *an, const pl_vg *g)
{
	uint32_t j = g->t0;
	if (relative_clause(an, g))
		return 1;
	if (g->subj >= 0 && an->np[g->subj].t1 == g->t0 && an->np[g->subj].t0 < g->t0)
		j = an->np[g->subj].t0;
	return j > an->t0 + 1 && (pl_eq(an->tok[j - 1].low, "who") ||
	       pl_eq(an->tok[j - 1].low, "which") || pl_eq(an->tok[j - 1].low, "whose")) &&
	       PL_TAG_IS_NOUN(an->tok[j - 2].tag);
}

/* Does the chunk before the relative clause of verb group g (", who
** resigned") name a former holder of an office: "the former minister",
** "ex-chairman Greg Dyke", "Mr Smith, a former Labour MP,"? */
static int former_antecedent(const pl_sentan *an, const pl_vg *g)
{
	uint32_t j = g->t0, i;
	if (g->subj >= 0 && an->np[g->subj].t1 == g->t0 && an->np[g->subj].t0 < g->t0)
		j = an->np[g->subj].t0;
	/* back from ", who" over the antecedent, up to the clause's start */
	for (i = j - 2; i > an->t0 && i + 12 > j; i--) {
		const pl_token *t = &an->tok[i - 1];
		if (PL_TAG_IS_VERB(t->tag))
			break;
		if (pl_eq(t->low, "former") || !strncmp(t->low, "ex-", 3))
			return 1;
	}
	return 0;
}

/* Is the relative clause of verb group k (", who resigned over the
** war,") set between its antecedent and that antecedent's own verb: "Clare
** Short, who resigned over the war, said ..."?  What it tells names the
** speaker by a past act; the sentence's news is the later verb. */
static int interposed_relative(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	uint32_t j = g->t0;
	int q, m;
	if (g->subj >= 0 && an->np[g->subj].t1 == g->t0 && an->np[g->subj].t0 < g->t0)
		j = an->np[g->subj].t0;
	if (j < an->t0 + 3 || (q = an->np_of[j - 3 - an->t0]) < 0)
		return 0;
	for (m = k + 1; m < an->nvg; m++)
		if (an->vg[m].finite && an->vg[m].subj == q && an->vg[m].t0 > g->t1 &&
		    pl_eq(an->tok[an->vg[m].t0 - 1].s, ","))
			return 1;
	return 0;
}

/* Does date expression x end (the last day of its week, month or year)
** more than 30 days before the article: "in 1947", "in June 2003", "ten
** years ago", or name a whole year before the article's ("last year" in
** a story of 1 January)?  (The coder's own news window for a dated
** event.) */
static int long_before(const pl_datex *x, const pl_docctx *ctx)
{
	return ctx && pl_date_before_story(x->date, x->gran, ctx->date, 30);
}

/* Does date expression x time a clause's act ("in 1947", "on 7 March
** 2003", "ten years ago", "In 1970, ...") rather than name a thing ("the
** 1997 manifesto", "last year's budget", "the Terrorism Act 2000") or
** open a span that reaches the present ("since 1997", "until 2001")? */
static int time_adjunct(const pl_sentan *an, const pl_datex *x)
{
	static const char *const spanw[] = {"since", "until", "till", "before", "by", "from",
		"to", "of", "between", "than", "after", "like", "as", "for", "through", "throughout",
		"over", "within", "ended", "ending", "beginning", "due", NULL};
	const pl_token *tok = an->tok;
	if (x->t1 < an->t1 && (tok[x->t1].tag == PL_T_POS || PL_TAG_IS_NOUN(tok[x->t1].tag)))
		return 0;
	if (x->t0 == an->t0)
		return 1;
	return !pl_in_list(tok[x->t0 - 1].low, spanw) && tok[x->t0 - 1].tag != PL_T_DT &&
	       tok[x->t0 - 1].tag != PL_T_PRPS && tok[x->t0 - 1].tag != PL_T_POS &&
	       !PL_TAG_IS_NOUN(tok[x->t0 - 1].tag);
}

/* Does a verb group other than k lie between verb group k and token j,
** other than a verb of saying ("in 1992, he said, police arrested")? */
static int verb_between(const pl_sentan *an, int k, uint32_t j)
{
	const pl_vg *g = &an->vg[k];
	int q;
	for (q = 0; q < an->nvg; q++) {
		const pl_vg *o = &an->vg[q];
		if (q == k || (o->finite && o->reporting))
			continue;
		if (q == k + 1 && o->infinitive && o->t0 <= g->t1 + 1)
			continue;   /* "was forced to resign in April" */
		if (j < g->t0 ? o->t0 > j && o->t1 <= g->t0 : o->t0 >= g->t1 && o->t1 <= j)
			return 1;
	}
	return 0;
}

/* Does a verb group other than a verb of saying end before token j, which
** lies before verb group k: a date there closes the clause of that verb
** ("contracted after growth in 1985, and predicted a rise"), or a verb
** of saying in a relative clause ("the plan, which ministers announced
** last year, was criticised")?  Verb groups chained after k ("was forced
** to resign in April") are k's own. */
static int verb_before(const pl_sentan *an, int k, uint32_t j)
{
	int q;
	for (q = 0; q < k; q++)
		if (an->vg[q].t1 <= j && !(an->vg[q].finite && an->vg[q].reporting &&
		                           !relative_clause(an, &an->vg[q])))
			return 1;
	return 0;
}

/* Does the date at token j open a clause, after "that" or "when" and
** perhaps its preposition ("points out that in 1970 the G8 agreed")? */
static int opens_clause(const pl_sentan *an, uint32_t j)
{
	if (j > an->t0 && an->tok[j - 1].tag == PL_T_IN && !pl_eq(an->tok[j - 1].low, "that"))
		j--;
	return j > an->t0 && (pl_eq(an->tok[j - 1].low, "that") || pl_eq(an->tok[j - 1].low, "when"));
}

/* Is verb group k's act timed by a date of the text well before the
** article, with no other verb between them ("Dalton resigned in 1947
** after a budget leak", "in 1970 the G8 agreed to", "police arrested him
** ten years ago, he said")?  The coder dates an act by the nearest date
** only where it finds one in the verb's own clause; this reads across a
** clause boundary the parser drew too early.  A verb of saying only by a
** date between its subject and it ("the unit in 2003 said"): a date
** elsewhere times what is said ("output fell in January 1986, the bank
** said"). */
static int dated_long_ago(const pl_sentan *an, const pl_docctx *ctx, int k)
{
	const pl_vg *g = &an->vg[k];
	int d;
	for (d = 0; d < an->ndates; d++) {
		const pl_datex *x = &an->dates[d];
		if (x->t0 >= g->t0 && x->t0 < g->t1)
			continue;
		if (g->reporting && !(g->subj >= 0 && x->t0 <= an->np[g->subj].t1 + 1 &&
		                      x->t0 >= an->np[g->subj].t1 && x->t1 == g->t0))
			continue;
		if (x->t0 < g->t0 && !opens_clause(an, x->t0) && verb_before(an, k, x->t0))
			continue;
		if (long_before(x, ctx) && time_adjunct(an, x) && same_reach(an, k, x->t0) &&
		    !verb_between(an, k, x->t0) && !of_phrase(an, x->t0))
			return 1;
	}
	return 0;
}

/* Does a word that puts it before the story qualify verb group g, a past
** perfect: "had previously insisted", "had once told", "had formerly
** served", "had originally pledged", "had met in the past"?  ("had already", "had earlier" are the
** present perfect of reported speech: "said it had already acquired 15
** pct", "had earlier told MPs" of the same day.) */
int pl_before_now_word(const char *low)
{
	static const char *const bw[] = {"previously", "once", "formerly", "hitherto", "originally",
		NULL};
	return pl_in_list(low, bw);
}

int pl_before_now_at(const pl_token *tok, uint32_t j, uint32_t t1)
{
	if (!pl_before_now_word(tok[j].low))
		return 0;
	return !(pl_eq(tok[j].low, "once") && j + 1 < t1 &&
	         (pl_eq(tok[j + 1].low, "again") || pl_eq(tok[j + 1].low, "more")));
}

static int before_story(const pl_sentan *an, const pl_vg *g)
{
	const pl_token *tok = an->tok;
	uint32_t j;
	for (j = g->t0; j < g->v; j++)
		if (pl_before_now_at(tok, j, an->t1))
			return 1;
	for (j = g->t1; j < an->t1 && j < g->t1 + 6; j++) {
		if (PL_TAG_IS_VERB(tok[j].tag) || pl_eq(tok[j].s, ","))
			break;
		if (pl_eq(tok[j].low, "previously") || pl_eq(tok[j].low, "formerly") ||
		    (pl_eq(tok[j].low, "in") && j + 2 < an->t1 && pl_eq(tok[j + 1].low, "the") &&
		     pl_eq(tok[j + 2].low, "past")))
			return 1;
	}
	return 0;
}

/* Nouns of a written account of the past: "in his memoirs", "the new book
** claims", "her diaries reveal". */
static int memoir_noun(const pl_token *t)
{
	/* (asked of each word before each verb group: a set) */
	static const char *const words[] = {"memoir", "memoirs", "book", "diary", "diaries",
		"autobiography", "biography", "documentary", "documentaries", NULL};
	static pl_wordset mw = PL_WORDSET(words);
	/* (a lemma that is the word itself, most, is not asked again) */
	return pl_in_set(&mw, t->low) || (lem(t) != t->low && pl_in_set(&mw, lem(t)));
}

/* Does the sentence open with "In" + a written account or a documentary
** ("In his memoirs,", "In the new book", "In Mr Peston's book,"), its
** noun within four words and before token lim? */
static int in_account_opening(const pl_sentan *an, uint32_t lim)
{
	const pl_token *tok = an->tok;
	uint32_t j;
	if (!pl_eq(tok[an->t0].low, "in"))
		return 0;
	for (j = an->t0 + 1; j < lim && j < an->t0 + 6; j++) {
		if (memoir_noun(&tok[j]))
			return j + 1 < lim && (tok[j + 1].tag == PL_T_PPC ||
			       PL_TAG_IS_NOUN(tok[j + 1].tag) || tok[j + 1].tag == PL_T_PRP);
		if (!(tok[j].tag == PL_T_DT || tok[j].tag == PL_T_PRPS || tok[j].tag == PL_T_POS ||
		      tok[j].tag == PL_T_NNP || PL_TAG_IS_ADJ(tok[j].tag)))
			return 0;
	}
	return 0;
}

/* Is verb group k, a past tense or a gerund, what a memory or a written
** account of the past tells: under "recalled", "recounted", "remembered"
** ("he recalls meeting the spy", "recalled how police had arrested
** him"), under a saying whose subject is a book ("the new book claims
** Prescott hosted a dinner"), or in a sentence that places its saying "in
** his memoirs", "in the book"? */
static int memoir_told(const pl_sentan *an, int k)
{
	static const char *const rw[] = {"recall", "recount", "remember", "reminisce",
		"recollect", NULL};
	static const char *const bookw[] = {"claims", "alleges", "says", "reveals", "suggests",
		"asserts", "states", "recounts", NULL};
	static pl_wordset book_set = PL_WORDSET(bookw);
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	int p;
	uint32_t j;
	/* "according to the book, Blair told Brown": whatever the tense */
	for (j = an->t0; j + 2 < an->t1; j++)
		if (pl_eq(tok[j].low, "according") && pl_eq(tok[j + 1].low, "to") &&
		    (j + 2 > g->t0 || j + 6 < g->t0 || g->t0 == an->t0)) {
			uint32_t i;
			for (i = j + 2; i < an->t1 && i < j + 6 && !PL_TAG_IS_VERB(tok[i].tag); i++)
				if (memoir_noun(&tok[i]) && !(i >= g->t0 && i < g->t1))
					return 1;
		}
	/* "the memoir claims that": a saying the tagger took for a plural
	** noun, with no verb between it and k */
	/* (the saying's word first: fewer words are one, and it is one
	** test, where the noun's is two) */
	for (j = an->t0; j + 1 < g->t0; j++)
		if (pl_in_set(&book_set, tok[j + 1].low) && memoir_noun(&tok[j])) {
			for (p = 0; p < k; p++)
				if (an->vg[p].finite && an->vg[p].t0 > j && !an->vg[p].reporting)
					break;
			if (p == k)
				return 1;
		}
	/* what a book's saying tells, whatever the tense, through sayings
	** told in it ("the book alleges Blair told Brown he would stand
	** down") */
	for (p = k - 1; p >= 0; p--) {
		if (!an->vg[p].finite || an->vg[p].infinitive)
			continue;
		if (!an->vg[p].reporting)
			break;
		if (an->vg[p].subj >= 0 && memoir_noun(&tok[an->np[an->vg[p].subj].t1 - 1]))
			return 1;
	}
	for (p = k - 1; p >= 0; p--)
		if (an->vg[p].finite && !an->vg[p].infinitive)
			break;
	/* "In his memoirs, Major attacked", "In the documentary the
	** minister criticised", "In the book Brown is alleged to have told":
	** the account's own telling, its first clause */
	if (p < 0 && g->finite && (past_tense(an, g) || (g->passive && g->reporting)) &&
	    in_account_opening(an, g->t0))
		return 1;
	if (!past_tense(an, g) && !g->gerund && tok[g->t0].tag != PL_T_VBG)
		return 0;
	if (p < 0)
		return 0;
	if (pl_in_list(lem(&tok[an->vg[p].v]), rw))
		return 1;
	if (!an->vg[p].reporting)
		return 0;
	/* "In his memoirs, he says", "he writes in his diary that" */
	for (j = an->t0; j + 2 < an->vg[p].t1 + 6 && j + 2 < g->t0; j++)
		if (pl_eq(tok[j].low, "in") && (tok[j + 1].tag == PL_T_PRPS || pl_eq(tok[j + 1].low,
		    "the") || pl_eq(tok[j + 1].low, "a")) &&
		    (memoir_noun(&tok[j + 2]) || (j + 3 < g->t0 && memoir_noun(&tok[j + 3]))))
			return 1;
	return 0;
}

/* Does the clause of verb group c ("was", opened at s0 by "when" or
** "while") say its subject then held a role, a noun phrase ("when Mr Straw
** was home secretary", "while she was leader of the party") or "in" +
** office or opposition ("when Labour was in opposition"), up to token lim
** where the main clause starts, with no date of its own?  The role is over:
** the main clause's act is of that time, told as background. */
static int held_role(const pl_sentan *an, const pl_vg *c, uint32_t s0, uint32_t lim)
{
	static const char *const statew[] = {"office", "opposition", "power", "government",
		"charge", NULL};
	const pl_token *tok = an->tok;
	uint32_t j = c->t1;
	int d, noun = 0;
	if (!(pl_eq(tok[s0 - 1].low, "when") || pl_eq(tok[s0 - 1].low, "while")) ||
	    c->v != c->t0 || !pl_eq(lem(&tok[c->v]), "be") || c->subj < 0 ||
	    tok[an->np[c->subj].t0].tag == PL_T_EX || pl_eq(tok[an->np[c->subj].t0].low, "it") ||
	    pl_eq(tok[an->np[c->subj].t0].low, "this") || pl_eq(tok[an->np[c->subj].t0].low, "that"))
		return 0;
	for (d = 0; d < an->ndates; d++)
		if (an->dates[d].t0 >= s0 && an->dates[d].t0 < lim)
			return 0;
	if (j + 1 < lim && pl_eq(tok[j].low, "in") && pl_in_list(tok[j + 1].low, statew))
		return j + 2 == lim || tok[j + 2].tag == PL_T_PPC;
	for (; j < lim; j++) {
		const pl_token *t = &tok[j];
		if (t->tag == PL_T_PPC)
			break;
		if (PL_TAG_IS_NOUN(t->tag))
			noun = 1;
		else if (!(t->tag == PL_T_DT || t->tag == PL_T_PRPS || t->tag == PL_T_POS ||
		           PL_TAG_IS_ADJ(t->tag) || pl_eq(t->low, "of") || pl_eq(t->s, "-")))
			return 0;
	}
	return noun && PL_TAG_IS_NOUN(tok[j - 1].tag);
}

/* Does the sentence open, before verb group k, with "When" or "While" and a
** role with no verb ("When home secretary, he ordered troops in", "While
** in opposition, Labour attacked") up to a comma, and k's clause follow
** with no other verb before k?  The role is over, as in held_role.  Not
** "When asked, he said" (a participle, no role). */
static int verbless_role_opening(const pl_sentan *an, int k)
{
	static const char *const statew[] = {"office", "opposition", "power", "government", NULL};
	const pl_token *tok = an->tok;
	const pl_vg *g = &an->vg[k];
	uint32_t j = an->t0;
	int q, noun = 0;
	if (j < an->t1 && (pl_eq(tok[j].low, "but") || pl_eq(tok[j].low, "and")))
		j++;
	if (j + 2 >= g->t0 || !(pl_eq(tok[j].low, "when") || pl_eq(tok[j].low, "while")))
		return 0;
	j++;
	if (pl_eq(tok[j].low, "in") && pl_in_list(tok[j + 1].low, statew)) {
		noun = 1;
		j += 2;
	}
	for (; j < g->t0 && !pl_eq(tok[j].s, ","); j++) {
		const pl_token *t = &tok[j];
		if (noun && !PL_TAG_IS_NOUN(t->tag))
			return 0;
		/* (a name alone is a place or a person: "While Labour,") */
		if (PL_TAG_IS_NOUN(t->tag) && ((t->tag != PL_T_NNP && t->tag != PL_T_NNPS) ||
		    tok[j - 1].tag == PL_T_DT || PL_TAG_IS_ADJ(tok[j - 1].tag)))
			noun = 1;
		else if (!(t->tag == PL_T_DT || t->tag == PL_T_PRPS || PL_TAG_IS_ADJ(t->tag)))
			return 0;
	}
	if (!noun || j >= g->t0)
		return 0;
	/* (k the first verb: the frame opens its clause, not a later one's) */
	for (q = 0; q < an->nvg; q++)
		if (q != k && an->vg[q].t0 < g->t0)
			return 0;
	return 1;
}

/* Is verb group g's clause joined to the one before it by "and" or "but"
** ("the Tories won a landslide and Mr Callaghan resigned")? */
static int joined_clause(const pl_sentan *an, const pl_vg *g)
{
	uint32_t j = g->t0;
	if (g->subj >= 0 && an->np[g->subj].t1 <= g->t0 && an->np[g->subj].t0 + 6 > g->t0)
		j = an->np[g->subj].t0;
	return j > an->t0 + 1 && (pl_eq(an->tok[j - 1].low, "and") || pl_eq(an->tok[j - 1].low, "but"));
}

/* Is verb group c a gerund right after "after", "before" or "while"
** ("before being forced into it in 1967", "after leaving office in
** 1990"): a clause of time with no subject of its own? */
static int after_gerund(const pl_sentan *an, const pl_vg *c)
{
	const pl_token *p;
	if (c->finite || an->tok[c->t0].tag != PL_T_VBG || c->t0 <= an->t0)
		return 0;
	p = &an->tok[c->t0 - 1];
	return pl_eq(p->low, "after") || pl_eq(p->low, "before") || pl_eq(p->low, "while");
}

/* Is verb group k, in the past tense, timed by a clause of "when",
** "after", "before", "as", "while" or "once" whose own date lies well
** before the article: "When the reforms were unveiled last year, the
** minister said", "Britain accused France after the talks collapsed in
** 2003", "resisted it for years before being forced into it in 1967"?
** The clause must be k's: next to it with no other verb between but
** verbs of saying. */
static int clause_dated_long_ago(const pl_sentan *an, const pl_docctx *ctx, int k)
{
	static const char *const conjw[] = {"when", "after", "before", "as", "while", "once", NULL};
	const pl_vg *g = &an->vg[k];
	int q, o, d;
	if (!past_tense(an, g))
		return 0;
	for (q = 0; q < an->nvg; q++) {
		const pl_vg *c = &an->vg[q];
		uint32_t s0 = c->t0, end = c->cl_end > (int)c->t1 ? (uint32_t)c->cl_end : an->t1;
		int dated = 0;
		if (q == k || (!(c->finite && !c->infinitive && past_tense(an, c)) &&
		               !after_gerund(an, c)))
			continue;
		if (c->finite && c->subj >= 0 && an->np[c->subj].t1 <= c->t0 &&
		    an->np[c->subj].t0 + 6 > c->t0)
			s0 = an->np[c->subj].t0;
		if (s0 <= an->t0 || !pl_in_list(an->tok[s0 - 1].low, conjw))
			continue;
		/* "as" opens a clause only with a subject ("as the crisis
		** deepened"), not "as expected" */
		if (pl_eq(an->tok[s0 - 1].low, "as") && s0 == c->t0)
			continue;
		/* "as when", "than when": a comparison, not a time */
		if (s0 - 1 > an->t0 && (pl_eq(an->tok[s0 - 2].low, "as") ||
		    pl_eq(an->tok[s0 - 2].low, "than") || pl_eq(an->tok[s0 - 2].low, "like")))
			continue;
		/* next to k: opening the sentence before it ("When ..., he
		** said"), or right after it and not what a saying says ("said
		** that when ...") */
		if (s0 < g->t0) {
			if (end > g->t0)
				continue;
			for (o = 0; o < an->nvg; o++)
				if (an->vg[o].finite && !an->vg[o].reporting && an->vg[o].t0 < s0)
					break;
			if (o < an->nvg)
				continue;
		} else if (s0 < g->t1 || g->reporting) {
			continue;
		}
		for (o = 0; o < an->nvg; o++) {
			const pl_vg *b = &an->vg[o];
			if (o == k || o == q || (b->finite && b->reporting))
				continue;
			/* "When ... in 1979, the Tories won and Callaghan
			** resigned": main clauses joined after it share its time */
			if (s0 < g->t0 && b->t0 >= end && b->t1 <= g->t0 && b->finite &&
			    past_tense(an, b) && !relative_clause(an, b) && joined_clause(an, g))
				continue;
			if (s0 < g->t0 ? b->t0 >= end && b->t1 <= g->t0 : b->t0 >= g->t1 && b->t1 < s0)
				break;
		}
		if (o < an->nvg)
			continue;
		/* the clause's own date: "last year", "in 2003", "years ago" */
		for (d = 0; d < an->ndates && !dated; d++) {
			const pl_datex *x = &an->dates[d];
			if (x->t0 >= s0 && x->t0 < end && (x->t0 < c->t0 || x->t0 >= c->t1) &&
			    long_before(x, ctx) && time_adjunct(an, x) && !verb_between(an, q, x->t0))
				dated = 1;
		}
		if (!dated) {
			uint32_t j;
			for (j = s0; j < end && !dated; j++)
				if ((j < c->t0 || j >= c->t1) && long_ago_at(an, ctx, j) && same_reach(an, q, j))
					dated = 1;
		}
		if (dated)
			return 1;
		/* "When Mr Straw was home secretary, he condemned": a role held then */
		if (s0 < g->t0 && held_role(an, c, s0, g->subj >= 0 && an->np[g->subj].t0 < g->t0 &&
		    an->np[g->subj].t0 >= c->t1 ? an->np[g->subj].t0 : g->t0))
			return 1;
	}
	return 0;
}

/* Is verb group g a present perfect with no modal: "has banned", "have
** been caught"? */
static int present_perfect(const pl_sentan *an, const pl_vg *g)
{
	const pl_token *t = &an->tok[g->t0];
	return (pl_eq(t->low, "has") || pl_eq(t->low, "have") || pl_eq(t->low, "'ve")) &&
	       g->v > g->t0 && an->tok[g->v].tag == PL_T_VBN;
}

/* Does "already" stand inside verb group g, between its auxiliary and its
** verb ("has already ruled out", "have already insisted")?  A present
** perfect so told is done before the news it is set against: told as
** background, whoever says it. */
static int already_done(const pl_sentan *an, const pl_vg *g)
{
	const pl_token *tok = an->tok;
	uint32_t j;
	int already = 0;
	/* (the tagger reads some participles after "has already" as past
	** tenses: "has already said") */
	if (tok[g->v].tag != PL_T_VBN && tok[g->v].tag != PL_T_VBD)
		return 0;
	for (j = g->v; j > an->t0 && (tok[j - 1].tag == PL_T_RB || tok[j - 1].tag == PL_T_RBR); j--)
		if (pl_eq(tok[j - 1].low, "already"))
			already = 1;
	return already && j > an->t0 && (pl_eq(tok[j - 1].low, "has") ||
	       pl_eq(tok[j - 1].low, "have") || pl_eq(tok[j - 1].low, "'ve"));
}

/* Is verb group k, a past perfect of saying, the sentence's own clause and
** its only saying ("The council had said the plan was unjust", "Mr Fox had
** insisted that ...")?  Then it tells an earlier statement set before the
** news.  Not when a finite verb comes first (reported speech: "said he had
** told them"), another finite saying follows ("..., he said"), the group
** stands inside a quotation or "according to", or "earlier", "today" or
** "yesterday" times it within the story's own days. */
static int own_pluperfect_saying(const pl_sentan *an, int k)
{
	static const char *const nearw[] = {"earlier", "today", "yesterday", "tonight", NULL};
	uint32_t j;
	int q;
	for (q = 0; q < an->nvg; q++)
		if (q != k && an->vg[q].finite && !an->vg[q].infinitive &&
		    (q < k || an->vg[q].reporting))
			return 0;
	for (j = an->t0; j < an->t1; j++) {
		if (j < an->vg[k].t0 && (an->tok[j].flags & (PL_TOK_QOPEN | PL_TOK_QCLOSE)))
			return 0;
		if (pl_in_list(an->tok[j].low, nearw) ||
		    (pl_eq(an->tok[j].low, "according") && j + 1 < an->t1 &&
		     pl_eq(an->tok[j + 1].low, "to")))
			return 0;
	}
	return 1;
}

/* Does "at the time" or "at that time" stand at token j as the time of a
** clause's act, not followed by what names the time ("at the time of the
** sale", "at the time she was discussing a job"): the time of something
** told before, which the act shares ("Charles claimed at the time not to
** know", "he said at the time")? */
static int at_the_time(const pl_sentan *an, uint32_t j)
{
	const pl_token *tok = an->tok;
	const pl_token *n;
	if (j + 3 > an->t1 || !pl_eq(tok[j].low, "at") || !pl_eq(tok[j + 2].low, "time") ||
	    !(pl_eq(tok[j + 1].low, "the") || pl_eq(tok[j + 1].low, "that")))
		return 0;
	if (j + 3 == an->t1)
		return 1;
	n = &tok[j + 3];
	return !(pl_eq(n->low, "of") || pl_eq(n->low, "when") || n->tag == PL_T_PRP ||
	         n->tag == PL_T_DT || n->tag == PL_T_WRB || PL_TAG_IS_NOUN(n->tag) ||
	         n->tag == PL_T_CD || (n->flags & (PL_TOK_QOPEN | PL_TOK_QCLOSE)));
}

/* Is "at the time" k's own time: right after k's verb or its object, or
** between its subject and it, with no other finite verb between? */
static int timed_at_the_time(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	uint32_t j, lo = g->t0 > an->t0 + 4 ? g->t0 - 4 : an->t0;
	uint32_t hi = g->t1 + 8 < an->t1 ? g->t1 + 8 : an->t1;
	for (j = lo; j < hi; j++)
		if ((j < g->t0 || j >= g->t1) && at_the_time(an, j) && same_reach(an, k, j) &&
		    !(j < g->t0 && verb_before(an, k, j)))
			return 1;
	return 0;
}

int pl_background_clause(const pl_sentan *an, const pl_docctx *ctx, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	uint32_t j;
	if ((past_tense(an, g) || g->reporting) && dated_long_ago(an, ctx, k))
		return 1;
	if (clause_dated_long_ago(an, ctx, k))
		return 1;
	/* "When home secretary, he ordered troops into Belfast" */
	if (past_tense(an, g) && verbless_role_opening(an, k))
		return 1;
	/* "Turkey had previously insisted on changes, the minister said",
	** "had once told him": told as before the story whoever says it */
	if (past_perfect(an, g) && before_story(an, g))
		return 1;
	if (g->reporting && past_perfect(an, g) && own_pluperfect_saying(an, k))
		return 1;
	if (already_done(an, g))
		return 1;
	/* "Mr Kennedy, who has said he will not serve, attacked ...": a
	** saying of the person's record, told between the person and the act
	** (the tagger reads some such participles as past tenses) */
	if (g->reporting && g->v > g->t0 &&
	    (pl_eq(tok[g->t0].low, "has") || pl_eq(tok[g->t0].low, "have")) &&
	    relative_clause(an, g) && interposed_relative(an, k))
		return 1;
	/* "he said at the time", "Charles claimed at the time not to know" */
	if (past_tense(an, g) && timed_at_the_time(an, k))
		return 1;
	/* what a book tells, sayings too ("In his memoirs he says he had
	** told the Irish") */
	if (memoir_told(an, k))
		return 1;
	if (g->reporting)
		return 0;
	/* "an earlier ruling condemned", "the previous government had
	** banned", "previous sweeps have caught": what a thing before the
	** present one did */
	if ((past_tense(an, g) || present_perfect(an, g)) && g->subj >= 0) {
		/* the subject's chunk, or the one its "by"/"of" phrase hangs on
		** ("an earlier ruling by the Law Lords condemned") */
		uint32_t from = an->np[g->subj].t0;
		if (g->subj > 0 && from == an->np[g->subj - 1].t1 + 1 && tok[from - 1].tag == PL_T_IN)
			from = an->np[g->subj - 1].t0;
		for (j = from; j + 1 < an->np[g->subj].t1; j++)
			if (pl_eq(tok[j].low, "earlier") || pl_eq(tok[j].low, "previous") ||
			    pl_eq(tok[j].low, "prior"))
				return 1;
	}
	/* "a decade ago, police arrested", "imposed sanctions in the 1990s",
	** "in his first term he invaded": an act of long ago, whoever says it */
	if (past_tense(an, g))
		for (j = an->t0; j < an->t1; j++)
			if ((j < g->t0 || j >= g->t1) && long_ago_at(an, ctx, j) && same_reach(an, k, j) &&
			    !of_phrase(an, j))
				return 1;
	/* "the former minister, who resigned over the war,": what made a
	** former holder of an office so is told of the person's past */
	if (past_tense(an, g) && noun_relative_clause(an, g) && former_antecedent(an, g))
		return 1;
	/* "Clare Short, who resigned over the war, said", "who has criticised
	** the war": a past act told between a person and what the person now
	** does (a date of its own, "who resigned on Wednesday", is judged by
	** the date); so is a habit
	** or a stance in the present ("Charles Kennedy, who backs the
	** constitution, said"): it describes the person */
	if ((past_tense(an, g) || present_perfect(an, g) ||
	     (g->v == g->t0 && (tok[g->v].tag == PL_T_VBZ || tok[g->v].tag == PL_T_VBP))) &&
	    relative_clause(an, g) && interposed_relative(an, k))
		return 1;
	/* ", who had served as home secretary": a past perfect in a relative
	** clause tells of the person's past, even after the main verb */
	if (past_perfect(an, g) && noun_relative_clause(an, g))
		return 1;
	/* "since becoming leader", "since he took office": the time from
	** which something else is told */
	if (g->t0 > an->t0 && pl_eq(tok[g->t0 - 1].low, "since") && (g->gerund ||
	    tok[g->t0].tag == PL_T_VBD))
		return 1;
	if (g->t0 > an->t0 + 1 && pl_eq(tok[g->t0 - 2].low, "since") && g->subj >= 0 &&
	    an->np[g->subj].t0 == g->t0 - 1 && tok[g->t0].tag == PL_T_VBD)
		return 1;
	/* "was first elected", "had first been appointed": a career's first
	** step, told in a profile */
	if (g->passive && tok[g->v].tag == PL_T_VBN)
		for (j = g->t0; j < g->v; j++)
			if (pl_eq(tok[j].low, "first") || pl_eq(tok[j].low, "originally"))
				return 1;
	/* the past perfect narrates what came before the story; under a
	** verb of saying or in a quotation it is the present perfect of
	** reported speech ("said he had written to the minister") */
	if (spoken(an, k))
		return 0;
	/* a past perfect under another verb is what that verb reports or
	** times ("charged that Iraq had used", "resigned after he had been
	** accused"): the story's own act comes first */
	for (j = 0; j < (uint32_t)k; j++)
		if (an->vg[j].finite && !past_perfect(an, &an->vg[j]))
			return 0;
	/* "she had resigned and attacked the war": the second verb shares
	** the first one's "had" */
	if (k > 0 && g->t0 > an->t0 && pl_eq(tok[g->t0 - 1].low, "and") &&
	    an->vg[k - 1].t1 + 8 > g->t0 && past_perfect(an, &an->vg[k - 1]) &&
	    (tok[g->v].tag == PL_T_VBN || tok[g->v].tag == PL_T_VBD) && g->v == g->t0)
		return 1;
	return past_perfect(an, g);
}

/* Is chunk q the subject chunk s, or the head its "of"/"by"/"with"
** phrases hang on ("the invasion of Kuwait by Iraq took place")? */
static int subject_head(const pl_sentan *an, int s, int q)
{
	int m;
	if (s < 0 || q > s)
		return 0;
	for (m = q; m < s; m++)
		if (an->np[m + 1].t0 != an->np[m].t1 + 1 ||
		    !(pl_eq(an->tok[an->np[m].t1].low, "of") || pl_eq(an->tok[an->np[m].t1].low, "by") ||
		      pl_eq(an->tok[an->np[m].t1].low, "with")))
			return 0;
	return 1;
}

/* Is token j a year before the article's ("1981", "2003")? */
static int old_year(const pl_token *t, const pl_docctx *ctx)
{
	return pl_year_before(t, ctx->date);
}

/* Does "in", "on" or "since" open the date whose year is token i, right
** before it or before its month and day ("in March 2003", "on January
** 22, 1987"), after token j? */
static int time_prep(const pl_token *tok, uint32_t j, uint32_t i)
{
	uint32_t b;
	for (b = i; b > j + 1 && b + 4 > i; b--) {
		const char *w = tok[b - 1].low;
		if (pl_eq(w, "in") || pl_eq(w, "on") || pl_eq(w, "since"))
			return 1;
		if (!(tok[b - 1].tag == PL_T_NNP || tok[b - 1].tag == PL_T_CD || pl_eq(w, ",")))
			return 0;
	}
	return 0;
}

/* Does the sentence [s0, s1) date the event noun at token j well before
** the article: a year before the article's in the noun's own chunk ("the
** 1981 Brixton riots", "the 1998 agreement"), opening the sentence ("In
** 1989, the EU imposed an embargo"), or after the noun in its sentence
** ("the talks began in 2003", "the strike, which began last year"), with
** no common noun between whose time it could be ("the trial over the
** firm's collapse in 2002"); not a year that names a thing ("a 2003
** report"). */
static int noun_dated_before(const pl_token *tok, uint32_t s0, uint32_t s1, uint32_t j,
                             const pl_docctx *ctx)
{
	static const char *const compw[] = {"of", "by", "with", "against", "on", "between",
		"among", "into", NULL};
	uint32_t i;
	int verb = 0, comp = 0;
	/* "the 1981 Brixton riots": a year, then modifiers only */
	for (i = j; i > s0 && i + 5 > j; i--) {
		const pl_token *p = &tok[i - 1];
		if (old_year(p, ctx))
			return 1;
		if (!(PL_TAG_IS_NOUN(p->tag) || p->tag == PL_T_JJ || p->tag == PL_T_POS ||
		      p->tag == PL_T_CD))
			break;
	}
	/* "In 1989, ...": a year opening the sentence */
	for (i = s0; i < s0 + 3 && i < j; i++)
		if (old_year(&tok[i], ctx) && i > s0 && pl_eq(tok[i - 1].low, "in"))
			return 1;
	for (i = j + 1; i < s1 && i < j + 16; i++) {
		const pl_token *t = &tok[i];
		if (pl_eq(t->s, ";") || t->tag == PL_T_MD)
			return 0;
		if (PL_TAG_IS_VERB(t->tag))
			verb = 1;
		else if (t->tag == PL_T_IN || t->tag == PL_T_TO)
			comp = !verb && pl_in_list(t->low, compw);
		/* a common noun between, but in the noun's own complement ("the
		** arrests of the men") or "took place": the time is another
		** thing's ("the trial over the firm's collapse in 2002") */
		else if ((t->tag == PL_T_NN || t->tag == PL_T_NNS) && !comp &&
		         !(pl_eq(t->low, "place") && pl_eq(lem(&tok[i - 1]), "take")))
			return 0;
		if (old_year(t, ctx) && time_prep(tok, j, i) &&
		    !(i + 1 < s1 && (PL_TAG_IS_NOUN(tok[i + 1].tag) || tok[i + 1].tag == PL_T_POS)))
			return 1;
		if (pl_eq(t->low, "year") && pl_eq(tok[i - 1].low, "last") &&
		    !(i + 1 < s1 && tok[i + 1].tag == PL_T_POS))
			return 1;
		if (i + 1 < s1 && pl_eq(tok[i + 1].low, "ago") &&
		    (pl_eq(lem(t), "year") || pl_eq(lem(t), "decade")))
			return 1;
	}
	return 0;
}

/* Is the event named by noun chunk q, with head h, one the article dated
** well before it in an earlier sentence and now names again ("The strike
** began in 1984. ... the strike cost the miners dearly"; "the 1981 Brixton
** riots ... his work after the riots"): the same noun, taken up by "the",
** "this", "that" or a possessive, and no word of a new one ("a new
** strike", "another", "the latest", "the next") or of one among many ("the
** largest donation")?  Not what still goes on ("the talks are now in
** their third year"). */
#define PL_AGAIN_REACH 2000

/* Is noun n made from verb v: the verb's letters but its last two start
** it, four at least ("invade": "invasion", "resign": "resignation",
** "arrest": "arrest")? */
static int stem_of(const char *v, const char *n)
{
	size_t k = strlen(v);
	k = k > 6 ? k - 2 : 4;
	return strlen(v) >= 4 && !strncmp(v, n, k);
}

int pl_named_again_old(const pl_sentan *an, const pl_docctx *ctx, int q, uint32_t h)
{
	static const char *const neww[] = {"new", "another", "fresh", "further", "second",
		"third", "latest", "next", "last", "planned", "proposed", "possible", "future",
		"recent", "any", "more", "forthcoming", "upcoming", "threatened", "current",
		"renewed", "expected", "potential", "first", NULL};
	const pl_token *tok = an->tok;
	const pl_np *c = &an->np[q];
	uint32_t j, s0 = 0, def = 0;
	int d;
	if (!ctx || !ctx->date.y || !PL_TAG_IS_NOUN(tok[h].tag) || h < c->t0 || h >= c->t1)
		return 0;
	/* a date of its own ("the strike on Monday") makes it that day's */
	for (d = 0; d < an->ndates; d++)
		if (an->dates[d].t0 >= c->t0 && an->dates[d].t0 <= c->t1 + 2)
			return 0;
	for (j = c->t0; j < h; j++) {
		/* "the largest donation": one picked among many */
		if (pl_in_list(tok[j].low, neww) || (tok[j].flags & PL_TOK_NUM) || tok[j].tag == PL_T_JJS)
			return 0;
		if (pl_eq(tok[j].low, "the") || pl_eq(tok[j].low, "this") || pl_eq(tok[j].low, "that") ||
		    tok[j].tag == PL_T_PRPS || tok[j].tag == PL_T_POS)
			def = 1;
	}
	if (!def && c->t0 > an->t0 && (pl_eq(tok[c->t0 - 1].low, "the") || tok[c->t0 - 1].tag == PL_T_PRPS))
		def = 1;
	if (!def)
		return 0;
	/* "the trial is now in its third week": what still goes on */
	for (d = 0; d < an->nvg; d++)
		if (an->vg[d].subj == q && an->vg[d].finite &&
		    (tok[an->vg[d].t0].tag == PL_T_VBZ || tok[an->vg[d].t0].tag == PL_T_VBP))
			return 0;
	/* back over the last PL_AGAIN_REACH tokens only, so that a long
	** text costs no more per noun than a story */
	s0 = j = an->t0 > PL_AGAIN_REACH ? an->t0 - PL_AGAIN_REACH : 0;
	for (; j < an->t0; j++) {
		if (tok[j].flags & PL_TOK_SSTART)
			s0 = j;
		if ((PL_TAG_IS_NOUN(tok[j].tag) && pl_eq(lem(&tok[j]), lem(&tok[h]))) ||
		    ((tok[j].tag == PL_T_VBD || tok[j].tag == PL_T_VBN) && stem_of(lem(&tok[j]), lem(&tok[h])))) {
			uint32_t s1 = j + 1;
			while (s1 < an->t0 && !(tok[s1].flags & PL_TOK_SSTART))
				s1++;
			if (noun_dated_before(tok, s0, s1, j, ctx))
				return 1;
		}
	}
	return 0;
}

int pl_background_noun(const pl_sentan *an, const pl_docctx *ctx, int q)
{
	uint32_t j, end = an->np[q].t1 + 8;
	int k;
	/* up to the next verb group: "the coup two decades ago", "the
	** sanctions of the 1990s", "the 1980s miners' strike" */
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].t0 >= an->np[q].t1 && an->vg[k].t0 < end)
			end = an->vg[k].t0;
	if (end > an->t1)
		end = an->t1;
	for (j = an->np[q].t0; j < end; j++)
		if (long_ago_at(an, ctx, j))
			return 1;
	/* named before, with its old date */
	if (pl_named_again_old(an, ctx, q, an->np[q].t1 - 1))
		return 1;
	/* the subject of a verb dated well before the article: "the talks
	** began in 2003", "the embargo was imposed in 1989" */
	for (k = 0; k < an->nvg; k++)
		if (subject_head(an, an->vg[k].subj, q) && an->vg[k].finite &&
		    past_tense(an, &an->vg[k]) && !an->vg[k].reporting && dated_long_ago(an, ctx, k))
			return 1;
	/* the object of a verb so dated: "in his first term he ordered the
	** invasion of Iraq" */
	for (k = an->nvg - 1; k >= 0; k--)
		if (an->vg[k].t1 <= an->np[q].t0 && (int)an->np[q].t0 < an->vg[k].cl_end)
			break;
	if (k >= 0 && past_tense(an, &an->vg[k]))
		for (j = an->t0; j < an->t1; j++)
			if ((j < an->vg[k].t0 || j >= an->vg[k].t1) && long_ago_at(an, ctx, j) &&
			    same_reach(an, k, j))
				return 1;
	return 0;
}

int pl_present_for_future(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	int tag = an->tok[g->t0].tag;
	if (g->infinitive || g->gerund || !g->finite)
		return 0;
	/* "is travelling", "are discussing", "meets", "hold" (not "was
	** travelling", "held") */
	if (tag == PL_T_VBZ || tag == PL_T_VBP)
		return !(pl_eq(an->tok[g->t0].low, "has") || pl_eq(an->tok[g->t0].low, "have")) ||
		       g->v == g->t0;
	return 0;
}

/* Does the subject of group g stand right before it, alone or with the
** subjects joined to it ("Ministers meet", "France and Japan meet",
** "France, Japan and Italy meet")? */
static int subject_before(const pl_sentan *an, const pl_vg *g)
{
	uint32_t j;
	for (j = an->np[g->subj].t1; j < g->t0; j++)
		if (an->np_of[j - an->t0] < 0 && !pl_eq(an->tok[j].low, "and") &&
		    !pl_eq(an->tok[j].s, ","))
			return 0;
	return an->np[g->subj].t1 <= g->t0;
}

int pl_scheduled_present(const pl_sentan *an, int k)
{
	static const char *const habitw[] = {"every", "each", "usually", "always", "often",
		"normally", "regularly", "traditionally", "typically", "generally", "sometimes",
		"rarely", "routinely", "customarily", "mondays", "tuesdays", "wednesdays",
		"thursdays", "fridays", "saturdays", "sundays", "weekly", NULL};
	static pl_wordset habit_set = PL_WORDSET(habitw);
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	uint32_t j;
	int tag = tok[g->t0].tag;
	/* (a present verb after its subject is sometimes tagged VB:
	** "Ministers meet union leaders") */
	if (g->infinitive || g->gerund || g->reporting || g->negated ||
	    !(tag == PL_T_VBZ || tag == PL_T_VBP || (tag == PL_T_VB && g->subj >= 0 &&
	      subject_before(an, g) && !coordinated_bare(an, k) &&
	      !(k > 0 && an->vg[k - 1].t1 == g->t0))))
		return 0;
	/* "meets", "hold"; "is travelling" (not "has met", "does not") */
	if (g->v != g->t0 && !(tok[g->v].tag == PL_T_VBG && pl_eq(lem(&tok[g->t0]), "be")))
		return 0;
	/* "every Thursday", "on Thursdays", "usually": what is done each time */
	for (j = an->t0; j < an->t1; j++)
		if (pl_in_set(&habit_set, tok[j].low))
			return 0;
	return 1;
}

/* Is the act of verb group k one the writer reports as arranged, with its
** time set: a future ("will provide subsidies", "shall open") or a bare
** "is to" / "are to be" ("are to be announced"), in the sentence's first
** clause, with a date of that clause ("From January next year, the
** government will provide subsidies", "restrictions are to be announced on
** Wednesday", "will from April provide"), no speaker in the sentence, no
** condition, no question and no negation?  The coder takes such an act as
** news (a decision made and dated), not as a forecast. */
int pl_arranged_future(const pl_sentan *an, int k)
{
	static const char *const timetabled[] = {"due", "set", "scheduled", "slated", NULL};
	const pl_vg *g = &an->vg[k], *h = g;
	const pl_token *tok = an->tok;
	uint32_t end;
	int d, hk = k;
	unsigned m;
	if (g->negated || in_question(an, g->v))
		return 0;
	/* "is to", "are due to" in the present ("had been due to welcome"
	** was arranged and given up) */
	if (g->infinitive && k > 0 && (an->vg[k - 1].t0 != an->vg[k - 1].v ||
	    !(tok[an->vg[k - 1].v].tag == PL_T_VBZ || tok[an->vg[k - 1].v].tag == PL_T_VBP)))
		return 0;
	if (g->infinitive && k > 0 && to_come(an, &an->vg[k - 1]) &&
	    an->vg[k - 1].t1 + 1 == g->t0 && !an->vg[k - 1].negated) {
		hk = k - 1;   /* "are to be announced" */
		h = &an->vg[hk];
	} else if (g->infinitive && k > 0 && an->vg[k - 1].finite && !an->vg[k - 1].negated &&
	           pl_eq(lem(&tok[an->vg[k - 1].v]), "be") && an->vg[k - 1].t1 + 2 == g->t0 &&
	           pl_in_list(tok[an->vg[k - 1].t1].low, timetabled)) {
		hk = k - 1;   /* "is due to visit", "is set to sign" */
		h = &an->vg[hk];
	} else if (g->finite) {
		/* "will" only, not "would", "could" */
		m = pl_vg_modals(tok, g);
		if ((m & PL_MOD_OTHER) || !(m & (PL_MOD_WILL | PL_MOD_SHALL)))
			return 0;
	} else {
		return 0;
	}
	/* the sentence's first clause */
	for (d = 0; d < hk; d++)
		if (an->vg[d].finite)
			return 0;
	/* (a speaker and a condition last: they read the whole sentence, and
	** most verbs have failed a test above) */
	if (spoken(an, k) || has_condition(an))
		return 0;
	/* a date before the subject opening the sentence, or after the verb
	** within its clause */
	end = g->cl_end > (int)g->t1 ? (uint32_t)g->cl_end : an->t1;
	for (d = 0; d < an->ndates; d++) {
		const pl_datex *x = &an->dates[d];
		/* "will discuss next week's strike": the date of another thing */
		if (x->t1 < an->t1 && (tok[x->t1].tag == PL_T_POS || pl_eq(tok[x->t1].low, "'s")))
			continue;
		if (x->t1 <= h->t0 && (h->subj < 0 || x->t1 <= an->np[h->subj].t0))
			return 1;
		if (x->t0 >= g->t1 && x->t0 < end)
			return 1;
		/* inside the group: "will on Monday announce" */
		if (x->t0 > h->t0 && x->t1 <= g->v)
			return 1;
	}
	return 0;
}

/* ---- readers' comments ---- */

/* A run of 1 to max capitalised proper nouns from token i ("John Smith",
** "New York"): its length, 0 when none. */
static uint32_t proper_run(const pl_text *tx, uint32_t i, uint32_t max)
{
	uint32_t n = 0;
	while (i + n < tx->ntok && n < max && (tx->tok[i + n].flags & PL_TOK_CAP) &&
	       (tx->tok[i + n].tag == PL_T_NNP || tx->tok[i + n].tag == PL_T_NNPS) &&
	       !(n > 0 && (tx->tok[i + n].flags & PL_TOK_NLBEFORE)))
		n++;
	return n;
}

/* The run of a signature's name from token i: proper nouns, or a first
** word the tagger read as a common noun, verb or adjective ("Sue", "Mark",
** "Rich": given names that are also words) before proper nouns or a
** comma. */
static uint32_t name_run(const pl_text *tx, uint32_t i)
{
	const pl_token *t = &tx->tok[i];
	if (i < tx->ntok && (t->flags & PL_TOK_CAP) && !(t->flags & PL_TOK_PUNCT) &&
	    (t->tag == PL_T_NN || t->tag == PL_T_VB || t->tag == PL_T_VBP || t->tag == PL_T_JJ) &&
	    i + 1 < tx->ntok && (pl_eq(tx->tok[i + 1].s, ",") || proper_run(tx, i + 1, 3) > 0))
		return 1 + proper_run(tx, i + 1, 3);
	return proper_run(tx, i, 4);
}

/* After a signature's last part at token e: an e-mail address written
** after it (", jo@example.com", "(jo@example.com)"), a run of tokens with no
** space between them that holds an "@".  Returns the token after the
** address and its brackets, or e when there is none. */
static uint32_t skip_email(const pl_text *tx, uint32_t e)
{
	uint32_t j, at = 0;
	if (e + 1 >= tx->ntok || !(pl_eq(tx->tok[e].s, ",") || pl_eq(tx->tok[e].s, "(")))
		return e;
	for (j = e + 1; j < tx->ntok && (j == e + 1 || !(tx->tok[j].flags & PL_TOK_SPACEBEFORE)); j++)
		if (pl_eq(tx->tok[j].s, "@"))
			at = 1;
		else if (pl_eq(tx->tok[j].s, ")"))
			return at ? j + 1 : e;
	return at ? j : e;
}

/* Does a reader's signature, "John Smith, Leeds, UK" (a name, a place and
** perhaps a country, each a run of proper nouns after a comma, perhaps with
** an e-mail address after them), start at token i?  It must end the line
** or the text, or run straight into the next comment's opening word, a
** capitalised word that is no proper noun ("... Leeds, UK The government
** ...": the line breaks of a page lost); after three parts also a proper
** noun ("... Cardiff, Wales Tony Blair should ...", the last part then
** taken as short as that allows).  At the start of a sentence a name and
** a place suffice; inside one (the comment's last sentence run on with no
** stop: "... arrested my son John Smith, Leeds, UK The ...") all three
** parts are needed.  Returns the token after it, 0 when none. */
static uint32_t signature_at(const pl_text *tx, uint32_t i, int inside)
{
	uint32_t n = name_run(tx, i), parts = 1, e, len, f;
	uint32_t p0[3] = {i, 0, 0}, pn[3] = {n, 0, 0};
	if (!n)
		return 0;
	e = i + n;
	while (parts < 3 && e + 1 < tx->ntok && pl_eq(tx->tok[e].s, ",") &&
	       (n = proper_run(tx, e + 1, 3)) > 0) {
		p0[parts] = e + 1;
		pn[parts] = n;
		e += 1 + n;
		parts++;
	}
	if (parts < 2 + (inside != 0))
		return 0;
	/* a list that runs on ("R Russell, B Douglas, N Hines, J Dunbar") */
	if (e < tx->ntok && (pl_eq(tx->tok[e].s, ",") || pl_eq(tx->tok[e].s, "and")) &&
	    skip_email(tx, e) == e)
		return 0;
	/* the last part, longest first */
	for (len = pn[parts - 1]; len > 0; len--) {
		const pl_token *t;
		e = p0[parts - 1] + len;
		f = skip_email(tx, e);
		if (f == tx->ntok || (f < tx->ntok && (tx->tok[f].flags & PL_TOK_NLBEFORE)))
			return f;
		t = &tx->tok[f];
		if ((t->flags & PL_TOK_CAP) && !(t->flags & PL_TOK_PUNCT) &&
		    (parts == 3 || (t->tag != PL_T_NNP && t->tag != PL_T_NNPS)))
			return f;
	}
	return 0;
}

/* Does sentence si hold a reader's signature: at its start, or inside it
** after a word in lower case (the comment's own words)?  *own is set when
** the sentence holds words of a comment before the signature, *count to
** the number of signatures in it.  Returns the token after the last
** signature in it, 0 when none. */
static uint32_t signature_in(const pl_text *tx, uint32_t si, int *own, uint32_t *count)
{
	const pl_sent *s = &tx->sent[si];
	uint32_t j, e, end = 0;
	*own = 0;
	*count = 0;
	if ((e = signature_at(tx, s->t0, 0)) != 0) {
		end = e;
		(*count)++;
	}
	for (j = end ? end : s->t0 + 1; j + 4 < s->t1; j++) {
		const pl_token *p = &tx->tok[j - 1];
		/* (most words are in lower case: asked first) */
		if (!(tx->tok[j].flags & PL_TOK_CAP) ||
		    (p->flags & (PL_TOK_CAP | PL_TOK_PUNCT | PL_TOK_DIGIT)) || p->tag == PL_T_IN ||
		    p->tag == PL_T_CC || p->tag == PL_T_DT)
			continue;
		if ((e = signature_at(tx, j, 1)) != 0) {
			*own = 1;
			end = e;
			(*count)++;
			j = e - 1;
		}
	}
	return end;
}

/* Does sentence si close with a question or invite readers' views ("What
** do you think?", "Send us your comments"): the page's own words before
** its first comment? */
static int invitation(const pl_text *tx, uint32_t si)
{
	const pl_sent *s = &tx->sent[si];
	uint32_t j;
	for (j = s->t0; j < s->t1; j++) {
		const pl_token *t = &tx->tok[j];
		if (pl_eq(t->s, "?") || (pl_eq(t->low, "your") && j + 1 < s->t1 &&
		    (pl_eq(tx->tok[j + 1].low, "views") || pl_eq(tx->tok[j + 1].low, "comments") ||
		     pl_eq(tx->tok[j + 1].low, "say") || pl_eq(tx->tok[j + 1].low, "thoughts"))))
			return 1;
	}
	return 0;
}

/* ---- readers' comments whose signatures the page lost ---- */

/* Is token t a double quotation mark (" or a typographic one)? */
static int dquote(const pl_token *t)
{
	return (t->flags & (PL_TOK_QOPEN | PL_TOK_QCLOSE)) &&
	       (pl_eq(t->s, "\"") || pl_eq(t->s, "\xe2\x80\x9c") || pl_eq(t->s, "\xe2\x80\x9d") ||
		pl_eq(t->s, "``") || pl_eq(t->s, "''"));
}

/* The voice of sentence si, from its words outside double quotation marks
** (*inq carries whether a quotation is open across sentences, as a
** paragraph of a long quotation opens with a mark and leaves the last one
** unclosed): 2 a reader's (a first person singular, "I think", "my son",
** or an exclamation mark outside any quotation), 1 a question of the
** writer's own, -2 the reporter's (a quotation or a word of attribution:
** "said", "told", "according to"), 0 none of these. */
static int sentence_voice(const pl_text *tx, uint32_t si, int *inq)
{
	static const char *const firstw[] = {"i", "me", "my", "mine", "myself", NULL};
	static pl_wordset firstw_set = PL_WORDSET(firstw);
	const pl_sent *s = &tx->sent[si];
	int reader = 0, reporter = 0, question = 0;
	uint32_t j;
	for (j = s->t0; j < s->t1; j++) {
		const pl_token *t = &tx->tok[j];
		if (dquote(t)) {
			reporter = 1;
			*inq = (t->flags & PL_TOK_QOPEN) != 0;
			continue;
		}
		if (*inq)
			continue;
		if ((t->tag == PL_T_PRP || t->tag == PL_T_PRPS) && pl_in_set(&firstw_set, t->low) &&
		    !(pl_eq(t->s, "I") && j > s->t0 && (tx->tok[j - 1].flags & PL_TOK_CAP) &&
		      !(tx->tok[j - 1].flags & PL_TOK_SSTART)))
			reader = 1;
		else if (pl_eq(t->s, "!"))
			reader = 1;
		else if (!reporter && (pl_eq(t->low, "said") || pl_eq(t->low, "says") ||
		                       pl_eq(t->low, "told") || pl_eq(t->low, "added") ||
		                       pl_eq(t->low, "according")))
			reporter = 1;   /* (asked of every token: found once is enough, and
			                ** compared inline, most words at their first byte) */
		else if (pl_eq(t->s, "?") && j + 1 == s->t1)
			question = 1;
	}
	return reader ? 2 : question ? 1 : reporter ? -2 : 0;
}

/* A news story that runs on into its readers' comments with their
** signatures lost (pages copied as bare text: "... the party he once
** wanted to lead. Veritas? It's the BNP in an expensive suit! ..."): the
** news tells others' words by attribution and quotation, the comments
** speak in the first person, exclaim and ask, and quote nobody.  Finds the
** last stretch of the article where readers' sentences outweigh the
** reporter's most (each weighed by sentence_voice); it counts as comments
** when the news before it is six sentences or more, attributes, and has
** almost no reader's voice, and the stretch holds five readers' sentences
** or more, a fifth of it, and almost no attribution.  A column written in
** the first person from its start, a review speaking to "you" or a story
** ending on a quotation is none.  Marks the stretch; returns its length. */
static int comment_tail(const pl_text *tx, uint8_t *mark)
{
	uint32_t si, k = 0, n = tx->nsent;
	int inq = 0, sum = 0, best = 0, short_lead = 0;
	uint32_t rh = 0, nh = 0, rt = 0, nt = 0;
	/* the tests at the end ask for 12 sentences, or 8 after a short lead
	** (two of its own and six of comments): a shorter text is none, and
	** its words need no reading (mark is all 0 already) */
	if (n < 8)
		return 0;
	/* mark holds each sentence's voice + 2 until the end */
	for (si = 0; si < n; si++)
		mark[si] = (uint8_t)(sentence_voice(tx, si, &inq) + 2);
	for (si = n - 1; si > 0; si--) {
		sum += mark[si] - 2;
		if (sum > best && mark[si] > 2) {
			best = sum;
			k = si;
		}
	}
	if (k < 6) {
		/* a short lead: the comments start with the page's first words to
		** the readers ("What do you think?", "Send us your views") that
		** follow the lead's last attribution, else where the readers' voice
		** starts under a headline that asks ("Should smoking be banned?") */
		uint32_t r = 0, i;
		for (si = 1; si < k; si++)
			if (mark[si] == 0)
				r = si;
		for (i = r + 1; i <= k && !invitation(tx, i); i++)
			;
		if (i <= k)
			k = i;
		else if (!invitation(tx, 0))
			k = 0;   /* none: fails below */
		short_lead = 1;
	} else {
		/* the first comment may open in no voice of its own ("It would be
		** better to cut taxes.  The losses can be recouped ..."): back over
		** up to two such sentences that follow the last of the reporter's */
		for (si = 0; si < 2 && k > 1 && mark[k - 1] == 2; si++)
			k--;
		if (k > 0 && mark[k - 1] == 2)
			k += si;
	}
	for (si = 0; si < n; si++) {
		/* a question counts half a reader's sentence */
		int v = mark[si] - 2;
		uint32_t r = v > 0 ? (uint32_t)v : 0, p = v < 0;
		mark[si] = 0;
		if (si < k) {
			rh += r;
			nh += p;
		} else {
			rt += r;
			nt += p;
		}
	}
	/* (counts of readers' sentences are doubled: rh, rt) */
	if (rt < 10 || rt * 10 < (n - k) * 4 || nt * 10 > n - k)
		return 0;
	/* a short lead holds no reader's voice but the page's own questions
	** (counted half) */
	if (short_lead ? k < 2 || n - k < 6 || rh > 2 : n < 12 || rh * 10 > k * 3 || nh * 20 < k * 3)
		return 0;
	for (si = k; si < n; si++)
		mark[si] = 1;
	return (int)(n - k);
}

int pl_comment_sentences(const pl_text *tx, uint8_t *mark)
{
	uint32_t si, first = UINT32_MAX, last = 0, prev = 0, gap = 1, nsig = 0, start, e, count;
	int own, prev_bare = 0, first_own = 0;
	for (si = 0; si < tx->nsent; si++) {
		mark[si] = 0;
		if (!(e = signature_in(tx, si, &own, &count)))
			continue;
		/* each comment holds some text of its own before its signature */
		if (nsig && si == prev + 1 && prev_bare && !own) {
			prev = si;
			prev_bare = tx->sent[si].t1 == e;
			continue;
		}
		if (nsig && si - prev > gap)
			gap = si - prev;
		if (!nsig) {
			first = own ? si + 1 : si;
			first_own = own;
		}
		last = prev = si;
		prev_bare = !own && tx->sent[si].t1 == e;
		nsig += count;
	}
	if (nsig < 2)
		return comment_tail(tx, mark);
	/* the first comment: back from its signature to the page's question or
	** invitation, the start of its paragraph, or as far back as the
	** longest comment after it runs */
	start = first - (first_own != 0);
	while (start > 0 && first - start < gap && !invitation(tx, start - 1)) {
		start--;
		if (tx->tok[tx->sent[start].t0].flags & PL_TOK_NLBEFORE)
			break;
	}
	for (si = start; si <= last; si++)
		mark[si] = 1;
	return (int)(last - start + 1);
}

/* Nouns that report, fear or weigh an event rather than assert it: "claims
** of a clash", "fears of an invasion", "the risk of war". */
static int hearsay_noun(const char *w)
{
	static const char *const hw[] = {"claim", "report", "allegation", "accusation", "rumour",
		"rumor", "speculation", "suggestion", "fear", "risk", "danger", "prospect",
		"possibility", "likelihood", "spectre", "specter", "threat", NULL};
	return pl_in_list(w, hw);
}

/* Nouns of getting ready for an event still to come: "rehearsals for a
** weekend visit", "in preparation for the summit", "plans for talks". */
static int preparing_noun(const char *w)
{
	static const char *const pw[] = {"preparation", "rehearsal", "lead-up", "build-up",
		"buildup", "countdown", "plan", NULL};
	return pl_in_list(w, pw);
}

/* Nouns that date what follows them: "on the eve of the war", "in the
** run-up to the invasion", "since the start of the war". */
static int time_noun(const char *w)
{
	static const char *const tw[] = {"eve", "run-up", "anniversary", "outbreak", "start",
		"beginning", NULL};
	return pl_in_list(w, tw);
}

/* Is the nearest verb group before token t negated or one of denial:
** "did not hold any talks", "denied any role in the attack"? */
static int denied_before(const pl_sentan *an, uint32_t t)
{
	static const char *const dw[] = {"deny", "reject", "refuse", "rule", "dismiss", NULL};
	int k;
	for (k = an->nvg - 1; k >= 0; k--)
		if (an->vg[k].t1 <= t)
			return an->vg[k].negated || pl_in_list(lem(&an->tok[an->vg[k].v]), dw);
	return 0;
}

/* Where does a possessive of time that the chunker left out of a chunk
** starting at t begin: "ahead of this week's IADB meetings", "before
** Monday's meeting" (the chunk starts at "'s")?  The words that frame
** the event ("ahead of", "before") stand before the time, not before
** the "'s".  t itself when there is none. */
static uint32_t time_owner_start(const pl_sentan *an, uint32_t t)
{
	static const char *const tw[] = {"week", "month", "year", "weekend", "today", "tomorrow",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL};
	static const char *const dw[] = {"this", "next", "last", "the", "coming", NULL};
	const pl_token *tok = an->tok;
	if (t < an->t0 + 2 || tok[t].tag != PL_T_POS || !pl_in_list(tok[t - 1].low, tw))
		return t;
	t--;
	if (t > an->t0 && pl_in_list(tok[t - 1].low, dw))
		t--;
	return t;
}

/* Does token t open a time still to come whatever the article's date
** (which the text may not give): "next week's summit", "tomorrow's
** vote"?  Not "the next day's talks" nor "his next visit, in 1953": a
** time of the story told, not of its writing. */
static int coming_time(const pl_sentan *an, uint32_t t)
{
	static const char *const tw[] = {"week", "month", "year", "weekend", "monday", "tuesday",
		"wednesday", "thursday", "friday", "saturday", "sunday", NULL};
	const pl_token *tok = an->tok;
	if (pl_eq(tok[t].low, "tomorrow"))
		return 1;
	return t + 2 < an->t1 && pl_eq(tok[t].low, "next") && pl_in_list(tok[t + 1].low, tw) &&
	       tok[t + 2].tag == PL_T_POS;
}

/* The first token of the phrase of chunk c: over a number or symbol the
** chunker left out, and the chunk before it ("the 9 / 11 attacks" chunked
** as "the 9", "/", "11 attacks"). */
static uint32_t phrase_start(const pl_sentan *an, int c)
{
	uint32_t t0 = an->np[c].t0, t = t0;
	while (t > an->t0 && an->np_of[t - 1 - an->t0] < 0 &&
	       (an->tok[t - 1].tag == PL_T_SYM || an->tok[t - 1].tag == PL_T_CD))
		t--;
	if (t < t0 && t > an->t0 && an->np_of[t - 1 - an->t0] >= 0)
		t = an->np[an->np_of[t - 1 - an->t0]].t0;
	return time_owner_start(an, t);
}

/* Modifiers that put an event in the future or in doubt: "a possible
** attack", "the proposed talks", "an imminent invasion". */
static int unrealised_modifier(const char *w)
{
	static const char *const mw[] = {"possible", "potential", "proposed", "planned",
		"prospective", "future", "imminent", "impending", "expected", "threatened", "mooted",
		"likely", "would-be", "intended", "upcoming", "forthcoming", "coming", "hypothetical",
		"eventual", "alleged", "purported", NULL};
	return pl_in_list(w, mw);
}

/* Did the event the noun heading chunk c names come about: the subject of
** a verb of happening or opening in the simple past, with no modal and no
** negation ("the expected attack came at dawn", "the planned talks opened
** in Cairo")?  A modifier of expectation or plan then only tells what was
** awaited. */
static int came_about(const pl_sentan *an, int c)
{
	static const char *const happenw[] = {"come", "begin", "start", "open", "take", "happen",
		"occur", "resume", "go", "end", "close", "proceed", "get", NULL};
	uint32_t h = an->np[c].t1 - 1, j;
	int k = noun_subject_vg(an, h, c);
	const pl_vg *g;
	if (k < 0)
		return 0;
	g = &an->vg[k];
	if (g->negated || an->tok[g->v].tag != PL_T_VBD || !pl_in_list(lem(&an->tok[g->v]), happenw))
		return 0;
	for (j = g->t0; j < g->v; j++)
		if (an->tok[j].tag == PL_T_MD)
			return 0;
	return 1;
}

/* Those of the modifiers that say an event was awaited, not that it is
** doubted: once it came about it is news ("the expected attack came"; not
** "the alleged attack came at dawn"). */
static int awaited_modifier(const char *w)
{
	static const char *const aw[] = {"proposed", "planned", "prospective", "imminent",
		"impending", "expected", "threatened", "mooted", "intended", "upcoming",
		"forthcoming", "coming", "long-awaited", NULL};
	return pl_in_list(w, aw);
}

/* The frame of an event named at or after chunk c, walking up over
** prepositions ("no plan for an invasion"); own: the event's noun heads c. */
static int frame_up(const pl_sentan *an, int c, int own)
{
	/* (not "pending": "delayed pending an investigation" tells of one
	** under way) */
	/* (not "after" nor "following": "set fire to the offices following
	** the killing of a settler" tells of a killing that is news too) */
	static const char *const timew[] = {"since", "before", "until", "till", NULL};
	/* verbs whose object has not happened: "could face charges", "risks
	** arrest", "to avert a war" */
	static const char *const riskw[] = {"face", "risk", "fear", "avoid", "prevent", "avert",
		"escape", NULL};
	/* verbs whose object is only weighed or asked for: "is considering
	** sanctions", "proposed talks", "demanded the release of", "urged a
	** ceasefire" (the weighing or asking is the event, if any); allowed
	** ("refused to sanction an attack", "a motion authorising the
	** invasion": leave to act is no act) */
	static const char *const weighw[] = {"consider", "propose", "plan", "contemplate", "mull",
		"weigh", "envisage", "seek", "want", "demand", "urge", "request", "threaten",
		"advocate", "recommend", "sanction", "authorise", "authorize", NULL};
	/* verbs of putting off an act named by its noun */
	static const char *const deferw[] = {"postpone", "delay", "defer", NULL};
	/* the same with a preposition: "called for talks", "warned of an
	** invasion", "pressed for a vote" */
	static const char *const askforw[] = {"call", "ask", "push", "press", "appeal", "plead",
		"hope", "wait", "prepare", "warn", "lobby", "campaign", NULL};
	const pl_token *tok = an->tok;
	int hop, made = own && made_noun(lem(&tok[an->np[c].t1 - 1]));
	for (hop = 0; hop < 4 && c >= 0; hop++, own = 0) {
		uint32_t t0 = phrase_start(an, c), t;
		const pl_token *first = &tok[t0], *prev;
		/* "no plan for an invasion"; not "made no secret of its support"
		** (litotes), "No 10's backing", "arrested no one after the
		** protest" */
		if (pl_eq(first->low, "no") && !litotes_noun(lem(&tok[an->np[c].t1 - 1])) &&
		    !(t0 + 1 < an->t1 && (tok[t0 + 1].tag == PL_T_CD || pl_eq(tok[t0 + 1].low, "one"))))
			return PL_FRAME_NEGATED;
		if (pl_eq(first->low, "any") && denied_before(an, t0))
			return PL_FRAME_NEGATED;
		/* a modifier of the event's own phrase that says it has not
		** happened: "a possible attack", "the planned visit" */
		if (own)
			for (t = t0; t + 1 < an->np[c].t1; t++)
				if ((unrealised_modifier(tok[t].low) || coming_time(an, t)) &&
				    !(awaited_modifier(tok[t].low) && came_about(an, c)))
					return PL_FRAME_UNASSERTED;
		if (!own) {
			/* the chunk the event hangs on: "the lack of talks", "reports
			** of an attack", "on the eve of the war" */
			const char *h = lem(&tok[an->np[c].t1 - 1]);
			if (pl_eq(h, "lack") || pl_eq(h, "absence"))
				return PL_FRAME_NEGATED;
			if (hearsay_noun(h) || preparing_noun(h))
				return PL_FRAME_UNASSERTED;
			if (time_noun(h) && t0 > an->t0 && tok[t0 - 1].tag == PL_T_IN)
				return PL_FRAME_TIME;
		}
		if (t0 == an->t0)
			break;
		prev = &tok[t0 - 1];
		if (pl_eq(prev->low, "without") || pl_eq(prev->low, "no"))
			return PL_FRAME_NEGATED;
		if (pl_in_list(prev->low, timew))
			return PL_FRAME_TIME;
		/* "despite an EU demand that", "amid criticism from MPs", "in
		** the face of calls for his resignation": a standing move the
		** story's act is set against */
		if (pl_eq(prev->low, "despite") || pl_eq(prev->low, "amid") ||
		    pl_eq(prev->low, "amidst") || pl_eq(prev->low, "notwithstanding") ||
		    (pl_eq(prev->low, "of") && t0 >= an->t0 + 4 && pl_eq(tok[t0 - 2].low, "face") &&
		     pl_eq(tok[t0 - 3].low, "the") && pl_eq(tok[t0 - 4].low, "in")))
			return PL_FRAME_STANDING;
		/* "ahead of talks on Monday", "in advance of the vote": what the
		** story's act comes before is still to come */
		if (pl_eq(prev->low, "of") && t0 - 1 > an->t0 && (pl_eq(tok[t0 - 2].low, "ahead") ||
		    pl_eq(tok[t0 - 2].low, "advance")))
			return PL_FRAME_UNASSERTED;
		if (PL_TAG_IS_VERB(prev->tag) && (pl_in_list(lem(prev), riskw) || (!made && pl_in_list(lem(prev), weighw))))
			return PL_FRAME_UNASSERTED;
		/* put off: "delayed the release of the prisoners", "postponed
		** the talks" (their passive is scheduled_noun's) */
		if (PL_TAG_IS_VERB(prev->tag) && prev->tag != PL_T_VBN && pl_in_list(lem(prev), deferw) &&
		    !(prev->tag == PL_T_VBD && t0 >= an->t0 + 2 && pl_eq(lem(&tok[t0 - 2]), "be")))
			return PL_FRAME_UNASSERTED;
		if ((!strcmp(prev->low, "for") || !strcmp(prev->low, "of")) && t0 - 1 > an->t0 &&
		    PL_TAG_IS_VERB(tok[t0 - 2].tag) && pl_in_list(lem(&tok[t0 - 2]), askforw) &&
		    (strcmp(prev->low, "of") || !strcmp(lem(&tok[t0 - 2]), "warn")))
			return PL_FRAME_UNASSERTED;
		/* up over a preposition to the chunk before it; over "to" only
		** to a noun of time or of getting ready ("in the run-up to the
		** talks", "the countdown to the summit") */
		if (t0 - 1 == an->t0 || an->np_of[t0 - 2 - an->t0] < 0)
			break;
		if (prev->tag != PL_T_IN) {
			const char *h = lem(&tok[t0 - 2]);
			if (!pl_eq(prev->low, "to") || !PL_TAG_IS_NOUN(tok[t0 - 2].tag) ||
			    !(time_noun(h) || preparing_noun(h)))
				break;
		}
		c = an->np_of[t0 - 2 - an->t0];
	}
	return PL_FRAME_ASSERTED;
}

int pl_noun_frame(const pl_sentan *an, int q)
{
	return frame_up(an, q, 1);
}

int pl_verb_frame(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	uint32_t t0 = g->t0;
	/* a bare verb after a preposition is a noun the tagger took for a
	** verb: "no evidence of torture" */
	if (g->finite || g->infinitive || t0 < an->t0 + 2 || an->tok[t0 - 1].tag != PL_T_IN ||
	    an->np_of[t0 - 2 - an->t0] < 0)
		return PL_FRAME_ASSERTED;
	return frame_up(an, an->np_of[t0 - 2 - an->t0], 0);
}

int pl_nobody_acted(const pl_sentan *an, int k)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	uint32_t s0;
	if (g->subj < 0)
		return 0;
	s0 = an->np[g->subj].t0;
	if (g->subj_t0 && g->subj_t0 < s0)
		s0 = g->subj_t0;
	/* the subject's compound starts the same way ("Neither the ministry
	** nor his lawyer") */
	{
		int q = g->subj;
		while (q > 0 && an->np[q - 1].group == an->np[g->subj].group)
			q--;
		if (an->np[q].t0 < s0)
			s0 = an->np[q].t0;
	}
	if (s0 > an->t0 && pl_eq(tok[s0 - 1].low, "neither"))
		return 1;
	/* "no one", "no country", "none of the parties" */
	return pl_eq(tok[s0].low, "neither") || pl_eq(tok[s0].low, "nobody") ||
	       pl_eq(tok[s0].low, "none") || (pl_eq(tok[s0].low, "no") &&
	       !(s0 + 1 < an->t1 && tok[s0 + 1].tag == PL_T_CD && !pl_eq(tok[s0 + 1].low, "one")) &&
	       !litotes_noun(lem(&tok[an->np[g->subj].t1 - 1])));
	/* (not "No 10", "spared no effort to help") */
}

/* The class of the head noun of chunk q (dict/objects.tsv), or NULL. */
static const char *np_class(const pl_store *s, const pl_sentan *an, int q)
{
	const char *h;
	if (q < 0)
		return NULL;
	h = lem(&an->tok[an->np[q].t1 - 1]);
	return pl_hash_get(&s->objclass, h, strlen(h));
}

static int is_class(const char *cls, const char *name)
{
	return cls && pl_eq(cls, name);
}

/* Does the head noun of chunk q name nothing that can speak: a thing of
** dict/objects.tsv's kinds (documents only when docs is set), or a noun
** none of whose WordNet senses is a person, a group, a place or a thing
** that stands for a body ("the unveiling", "the 1701 Act", "the election")? */
static int mute_head(const pl_store *s, const pl_sentan *an, int q, int docs)
{
	const char *cls = np_class(s, an, q);
	if (is_class(cls, "abstract") || is_class(cls, "amount") || is_class(cls, "cause"))
		return 1;
	if (is_class(cls, "document"))
		return docs;
	/* acts that also name the people doing them: "the Labour campaign
	** said", "the EU presidency", "the inquiry found" */
	static const char *const doers[] = {"campaign", "presidency", "inquiry", "investigation",
		"review", "mission", "operation", "probe", NULL};
	const char *h = lem(&an->tok[an->np[q].t1 - 1]);
	return !pl_in_list(h, doers) && pl_lemma_mute(s->lemma, h);
}

int pl_can_speak(const pl_store *s, const pl_sentan *an, int q)
{
	const pl_token *h;
	if (s->petrarch || q < 0)
		return 1;
	if (an->np[q].pronoun || an->np[q].person)
		return 1;
	h = &an->tok[an->np[q].t1 - 1];
	if (an->np[q].code)
		return !((h->tag == PL_T_NN || h->tag == PL_T_NNS) && !(h->flags & PL_TOK_CAP) &&
		         !an->np[q].agent_only && an->np[q].how != PL_HOW_MEMORY && mute_head(s, an, q, 0));
	/* "92% said", "adults aged 18 to 34 said": a poll's share speaks for
	** no one the reader can name ("the 52-year-old said" is a person) */
	if (((h->s[0] >= '0' && h->s[0] <= '9') && !strstr(h->low, "year")) || pl_eq(h->s, "%") ||
	    pl_eq(h->low, "percent"))
		return 0;
	/* a name ("Liberty", "Age Concern", "Mr Younger") speaks for its
	** body; "the 1701 Act", "the Treaty" are names of things */
	if (h->tag == PL_T_NNP || h->tag == PL_T_NNPS ||
	    (h->s[0] >= 'A' && h->s[0] <= 'Z' && an->np[q].t1 - 1 > an->t0))
		return !(an->np[q].t1 - an->np[q].t0 >= 2 && an->tok[an->np[q].t0].tag == PL_T_DT &&
		         mute_head(s, an, q, 1));
	/* "have a say", "the final say": a chunk ending in its article or
	** adjective before "say" took the noun for the verb */
	if (h->tag == PL_T_DT || ((h->tag == PL_T_JJ || h->tag == PL_T_JJS) &&
	    an->np[q].t1 < an->t1 && pl_eq(an->tok[an->np[q].t1].low, "say")))
		return 0;
	return !mute_head(s, an, q, 1);
}

int pl_generic_voice(const pl_store *s, const pl_sentan *an, int q)
{
	const pl_token *h;
	const char *cls;
	uint32_t t;
	if (s->petrarch || q < 0 || an->np[q].pronoun || an->np[q].person)
		return 0;
	h = &an->tok[an->np[q].t1 - 1];
	if (h->tag != PL_T_NN && h->tag != PL_T_NNS && h->tag != PL_T_NNP && h->tag != PL_T_NNPS)
		return 0;
	/* no name in it ("the Electoral Commission figures", "ICM polls"): a
	** capital only on the first word, of the sentence or after a
	** quotation mark or a colon ("said: 'Polling suggests ...'") */
	for (t = an->np[q].t0; t < an->np[q].t1; t++)
		if ((an->tok[t].flags & PL_TOK_CAP) && t > an->t0 &&
		    isalnum((unsigned char)an->tok[t - 1].s[0]))
			return 0;
	/* of the documents, those that stand for no one's word but their
	** numbers' ("the official communique said" is a body's statement) */
	static const char *const counted[] = {"poll", "survey", "study", "data", "statistic",
		"finding", "estimate", "forecast", NULL};
	cls = np_class(s, an, q);
	return is_class(cls, "crowd") || pl_in_list(lem(h), counted);
}

/* Is chunk q a learned trade spoken of as a class: a bare plural of
** experts with no article, number, owner, country or name ("Scientists
** hope", "Experts fear", "Economists believe")?  Their hopes and views
** are the writer's summary of a field, no named actor's statement ("some
** experts", "British scientists", "the economists at the bank" are left
** as they are). */
int pl_expert_class(const pl_store *s, const pl_sentan *an, int q)
{
	static const char *const trades[] = {"expert", "analyst", "economist", "commentator",
		"pundit", "scientist", "academic", "researcher", "specialist", "observer", NULL};
	static const char *const pair[] = {"and", "or", NULL};
	static const char *const share[] = {"some", "many", "most", "several", "few", NULL};
	static const char *const named_after[] = {"at", "from", "with", "including", "such", "in",
		"of", ",", NULL};
	const pl_np *np;
	const pl_token *h;
	if (s->petrarch || q < 0)
		return 0;
	np = &an->np[q];
	h = &an->tok[np->t1 - 1];
	if (np->pronoun || np->person || np->poss_code || h->tag != PL_T_NNS ||
	    (np->code && strlen(np->code) > 3) ||
	    !pl_in_list(lem(h), trades))
		return 0;
	/* the head alone, or after adjectives of no name ("leading
	** scientists", "independent experts"; not "Martell and other
	** analysts", whose named member speaks), or after a word of
	** quantity ("some experts", "many economists": a share of the
	** class, no more an actor than the class) */
	for (uint32_t t = np->t0; t + 1 < np->t1; t++)
		if (!(t == np->t0 && pl_in_list(an->tok[t].low, share)) &&
		    (an->tok[t].tag != PL_T_JJ || (an->tok[t].flags & PL_TOK_CAP) ||
		     pl_eq(an->tok[t].low, "other")))
			return 0;
	/* not one side of a pair ("economists and officials said": the
	** officials speak for their government), nor a class named later
	** ("experts at the bank", "scientists from Oxford") */
	if (np->t0 > an->t0 && pl_in_list(an->tok[np->t0 - 1].low, pair))
		return 0;
	return np->t1 >= an->t1 || (!pl_in_list(an->tok[np->t1].low, pair) &&
	                            !pl_in_list(an->tok[np->t1].low, named_after));
}

/* CAMEO's force and violence: roots 18, 19 and 20. */
static int forceful(const char *code)
{
	return (code[0] == '1' && (code[1] == '8' || code[1] == '9')) || (code[0] == '2' && code[1] == '0');
}

/* Codes whose object must be a person or a group: release (0841), arrest
** and detention (173), expulsion (174), abduction (181). */
static int needs_person(const char *code)
{
	return !strncmp(code, "0841", 4) || !strncmp(code, "173", 3) || !strncmp(code, "174", 3) ||
	       !strncmp(code, "181", 3);
}

/* Verbs of force that also mean harsh words ("attacked the plan"). */
static int verbal_too(const char *lemma)
{
	static const char *const w[] = {"attack", "assail", "savage", "slam", "blast", "hit",
		"hammer", "strike", "target", "assault", "bash", "batter", "maul", NULL};
	return pl_in_list(lemma, w);
}

/* Verbs of force whose political sense, said of a plan, a bill or a deal,
** is its rejection: "shot down the proposal", "torpedoed the deal",
** "scuppered the plan" (120).  "shoot" only with "down" after it. */
static int rejects_too(const pl_sentan *an, const pl_vg *g, const char *lemma)
{
	static const char *const w[] = {"torpedo", "scupper", "scuttle", "sink", "wreck", "kill", NULL};
	if (pl_eq(lemma, "shoot"))
		return g->v + 1 < an->t1 && pl_eq(an->tok[g->v + 1].low, "down");
	return pl_in_list(lemma, w);
}

/* Is an actor code an armed force or group (military, police, rebels,
** insurgents, armed groups, spies)? */
static int armed_actor(const char *code)
{
	static const char *const roles[] = {"MIL", "COP", "REB", "INS", "UAF", "SPY", "SEP", NULL};
	int i;
	if (!code)
		return 0;
	for (i = 0; roles[i]; i++)
		if (strstr(code, roles[i]))
			return 1;
	return 0;
}

/* Is chunk q a thing of class cls[] whatever actor it names: no actor
** code, or an actor named only as the owner of a lower-case head noun of
** one of the classes ("UK policy", "the EU report": the policy is what is
** attacked, the state only whose it is)?  Pass classes NULL-terminated. */
static int thing_of(const pl_store *s, const pl_sentan *an, int q, const char *const *cls)
{
	const pl_token *h;
	const char *c;
	int i;
	if (q < 0 || an->np[q].pronoun || an->np[q].person)
		return 0;
	c = np_class(s, an, q);
	for (i = 0; cls[i] && !is_class(c, cls[i]); i++)
		;
	if (!cls[i])
		return 0;
	if (!an->np[q].code)
		return 1;
	h = &an->tok[an->np[q].t1 - 1];
	return (h->tag == PL_T_NN || h->tag == PL_T_NNS) && !(h->flags & PL_TOK_CAP) &&
	       an->np[q].t1 - an->np[q].t0 >= 2;
}

/* The object of verb group g: the chunk right after it (over adverbs and
** particles), or the subject of a passive; -1 when none. */
int pl_object_of(const pl_sentan *an, const pl_vg *g)
{
	uint32_t j = g->t1;
	if (g->passive)
		return g->subj;
	while (j < an->t1 && (an->tok[j].tag == PL_T_RB || an->tok[j].tag == PL_T_RP))
		j++;
	if (j < an->t1 && (int)j < g->cl_end && an->np_of[j - an->t0] >= 0)
		return an->np_of[j - an->t0];
	return -1;
}

/* Is the next verb group after k a participle of saying after a comma
** ("attacked the plan, saying it ...", "..., calling it a disgrace"),
** with no finite verb between? */
static int said_with(const pl_sentan *an, int k)
{
	int j;
	for (j = k + 1; j < an->nvg; j++) {
		const pl_vg *h = &an->vg[j];
		if (h->t0 <= an->vg[k].v)
			continue;
		return h->gerund && h->reporting && h->t0 > an->t0 && pl_eq(an->tok[h->t0 - 1].low, ",");
	}
	return 0;
}

/* The object classes of ideas, writings and contests: what words can
** attack, back or fight without force. */
static const char *const ideas[] = {"abstract", "document", "contest", NULL};

static int violence_word(const char *lemma);

/* The codes of a military de-escalation (087) as done, promised (0356, or
** 035 made from the bare line by the clause), asked for (0256) or
** demanded (1056), each with the code of a change of leader in the same
** frame ("will stand down as leader": 0831, 0341, 0241, 1041); NULL for
** other codes. */
static const char *leader_frame(const char *code)
{
	static const char *const map[][2] = {{"087", "0831"}, {"0356", "0341"}, {"035", "0341"},
		{"0256", "0241"}, {"1056", "1041"}};
	size_t i;
	for (i = 0; i < sizeof map / sizeof map[0]; i++)
		if (pl_eq(code, map[i][0]))
			return map[i][1];
	return NULL;
}

/* The kinds of thing a firm withdraws from, or out of, or as: what it runs,
** trades, books or serves as ("withdrew from the venture", "from the car
** market", "withdrew as adviser to the bidder", "a withdrawal of surplus
** funds").  Withdrawn from, it names no place troops leave. */
static const char *const trade_kinds[] = {"business", "market", "granted", "civil", NULL};

/* Is chunk q a thing of trade_kinds, or a market ("the local car
** market", whose head dict/objects.tsv files as property)? */
static int trade_thing(const pl_store *s, const pl_sentan *an, int q)
{
	static const char *const property[] = {"property", NULL};
	return thing_of(s, an, q, trade_kinds) ||
	       (thing_of(s, an, q, property) && pl_eq(lem(&an->tok[an->np[q].t1 - 1]), "market"));
}

/* Is token t a word of business dict/objects.tsv files, by its form or its
** lemma ("financing", "lending" read as a participle)? */
static int trade_word(const pl_store *s, const pl_token *t)
{
	const char *c = pl_tok_get_low(&s->objclass, t);
	if (!c)
		c = pl_tok_get_lem(&s->objclass, t);
	return is_class(c, "business");
}

/* Is token w a warrant of the markets: "warrant" with no "arrest" (or
** "search") before it, in a sentence that names securities or money
** (dict/objects.tsv "market" and "business", or shares) and nothing of the
** law ("bonds with warrants to buy shares", "issued 50,000 currency
** warrants", "warrants for gold")?  Such a warrant arrests no one (173);
** "issued a warrant for the general", "a warrant for his arrest" do. */
static int security_warrant(const pl_store *s, const pl_sentan *an, uint32_t w)
{
	static const char *const law[] = {"arrest", "police", "court", "judge", "magistrate",
		"prosecutor", "prosecution", "extradition", "extradite", "suspect", "detain",
		"custody", "fugitive", "interpol", "crime", "criminal", "search", "murder", NULL};
	const pl_token *tok = an->tok;
	uint32_t j;
	int trade = 0;
	if (!pl_eq(lem(&tok[w]), "warrant"))
		return 0;
	for (j = an->t0; j < an->t1; j++) {
		const char *l = lem(&tok[j]), *c;
		if (pl_in_list(l, law) || pl_in_list(tok[j].low, law))
			return 0;
		c = pl_tok_get_lem(&s->objclass, &tok[j]);
		if (is_class(c, "market") || is_class(c, "business") || pl_eq(l, "share"))
			trade = 1;
	}
	return trade;
}

/* Does the sentence name a force, arms, a military position or an armed
** actor?  A show of force by deploying, moving, building up or
** mobilising (150, 154) needs one: "a build-up in stocks", "deployed
** considerable efforts", "the view is reinforced", "tests are being
** conducted" show none; "moved 18 warships into the Gulf", "fortified its
** positions" do.  (Alerts and security raised, 151 and 152, need none.) */
static int force_named(const pl_sentan *an)
{
	static const char *const w[] = {"troop", "troops", "soldier", "army", "military", "navy",
		"naval", "marine", "marines", "warship", "ship", "aircraft", "jet", "plane",
		"helicopter", "fleet", "tank", "missile", "rocket", "weapon", "arm", "arms",
		"nuclear", "force", "forces", "police", "militia", "guerrilla", "rebel", "reservist",
		"battalion", "brigade", "division", "regiment", "unit", "personnel", "peacekeeper",
		"garrison", "artillery", "bomb", "bomber", "warplane", "militant", "gunman",
		"guard", "sentry", "checkpoint", "patrol", "defence", "defense", "war", "position",
		"fortification", "border", "frontier", NULL};
	uint32_t j;
	int q;
	for (j = an->t0; j < an->t1; j++)
		if (pl_in_list(an->tok[j].low, w) || pl_in_list(lem(&an->tok[j]), w))
			return 1;
	for (q = 0; q < an->nnp; q++)
		if (armed_actor(an->np[q].code))
			return 1;
	return 0;
}

/* The sense of a withdrawal coded as military (the verb's bare line, or
** "agreed to withdraw"): what is withdrawn, or who stands down, must be
** a force.  "withdrew his amendment", "agreed to withdraw the motion",
** "should withdraw these remarks", "pulled out of the race": no event;
** "Mr Blair will stand down", "challenged him to stand down as an MEP":
** a leader leaving office.  Returns the code, the leader's code, or NULL. */
static const char *withdrawal_sense(const pl_store *s, const pl_sentan *an, int k, const char *code,
                                    const char *base)
{
	static const char *const moves[] = {"withdraw", "pull", "stand", NULL};
	static const char *const forces[] = {"force", "unit", "personnel", "peacekeeper", "battalion",
		"regiment", "brigade", "division", "contingent", "garrison", "warship", "ship", "aircraft",
		"jet", "plane", "helicopter", "fleet", "reservist", "police", "militia", NULL};
	const pl_vg *g = &an->vg[k], *w = NULL;
	const pl_token *tok = an->tok;
	int j, obj, subj;
	uint32_t t;
	if (!leader_frame(code) || !(pl_eq(base, "087") || pl_eq(base, "0356")))
		return code;
	/* the verb of the withdrawal: this one, or the one its pattern
	** reaches ("agreed to withdraw") */
	for (j = k; j < an->nvg && !w; j++)
		if (pl_in_list(lem(&tok[an->vg[j].v]), moves) &&
		    (j == k || (an->vg[j].infinitive && an->vg[j].t0 <= g->t1 + 2)))
			w = &an->vg[j];
	if (!w)
		return code;
	subj = g->passive ? g->by : g->subj;
	obj = pl_object_of(an, w);
	if (pl_eq(lem(&tok[w->v]), "stand")) {
		/* "the army stood down", "stood down its reservists" */
		if ((subj >= 0 && armed_actor(an->np[subj].code)) ||
		    (obj >= 0 && armed_actor(an->np[obj].code)))
			return code;
		return w->passive ? code : leader_frame(code);
	}
	/* "pulled out of the race", "withdrew from the contest" */
	t = w->t1;
	while (t < an->t1 && (tok[t].tag == PL_T_RB || tok[t].tag == PL_T_RP || pl_eq(tok[t].low, "out")))
		t++;
	/* "withdrew from making markets", "from financing exports": an
	** activity left */
	if (t + 1 < an->t1 && pl_eq(tok[t].low, "from") &&
	    (tok[t + 1].tag == PL_T_VBG || trade_word(s, &tok[t + 1])))
		return NULL;
	if (t + 1 < an->t1 && (pl_eq(tok[t].low, "from") || pl_eq(tok[t].low, "of")) &&
	    an->np_of[t + 1 - an->t0] >= 0) {
		int q = an->np_of[t + 1 - an->t0];
		if (thing_of(s, an, q, ideas) || trade_thing(s, an, q))
			return NULL;
		return code;
	}
	/* "withdrew as adviser to the bidder": a role given up */
	if (t + 1 < an->t1 && pl_eq(tok[t].low, "as") && an->np_of[t + 1 - an->t0] >= 0 &&
	    trade_thing(s, an, an->np_of[t + 1 - an->t0]))
		return NULL;
	/* what is withdrawn: a thing that is no force and no one ("his
	** amendment", "the posters", "this threat"); troops, forces, a
	** people's settlers are actors or words of force */
	if (obj < 0 || an->np[obj].pronoun || an->np[obj].code)
		return code;
	for (t = an->np[obj].t0; t < an->np[obj].t1; t++)
		if (violence_word(lem(&tok[t])) || violence_word(tok[t].low) || pl_in_list(lem(&tok[t]), forces))
			return code;
	return NULL;
}

/* Is what verb group g ("meet") meets a thing, not a person or a body:
** its object, or the subject of a passive ("the targets were met"), a duty,
** an idea, a document or an amount ("met its targets", "meet the concerns
** of farmers"), the part named after "all of", "some of" ("met all of its
** promises"), or after "with" a reaction ("the plans met with fierce
** opposition", "his words met a cool reception")?  2 when it is what
** others ask ("met the demands of the strikers": they are yielded to), 1
** for another thing, 0 for someone met (a chunk with an actor's code or a
** pronoun). */
static int met_thing(const pl_store *s, const pl_sentan *an, const pl_vg *g, int obj)
{
	static const char *const part[] = {"all", "some", "most", "many", "none", "each",
		"any", "both", "one", NULL};
	const pl_token *tok = an->tok;
	uint32_t j = g->t1;
	const char *cls;
	while (j < an->t1 && (tok[j].tag == PL_T_RB || tok[j].tag == PL_T_RP))
		j++;
	/* "met with opposition", "was met with anger" */
	if (j + 1 < an->t1 && (int)j < g->cl_end && pl_eq(tok[j].low, "with") &&
	    an->np_of[j + 1 - an->t0] >= 0) {
		static const char *const reaction[] = {"reaction", NULL};
		/* ("fierce opposition" is a reaction, "the opposition" a party) */
		if (thing_of(s, an, an->np_of[j + 1 - an->t0], reaction))
			return 1;
	}
	/* "all of its promises" ("all" read as an adverb): the chunk after "of" */
	if (obj < 0 && j > g->t1 && j + 1 < an->t1 && (int)j < g->cl_end && pl_eq(tok[j].low, "of") &&
	    pl_in_list(tok[j - 1].low, part))
		obj = an->np_of[j + 1 - an->t0];
	/* "meets listing criteria": a participle taken for a verb before the
	** chunk it qualifies */
	if (obj < 0 && j + 1 < an->t1 && (int)j < g->cl_end && an->np_of[j - an->t0] < 0 &&
	    (tok[j].tag == PL_T_VBG || tok[j].tag == PL_T_VBN) && an->np_of[j + 1 - an->t0] >= 0 &&
	    an->np[an->np_of[j + 1 - an->t0]].t0 == j + 1)
		obj = an->np_of[j + 1 - an->t0];
	/* "certain financial and engineering conditions": modifiers joined by
	** "and" cut the chunk at the first adjective; the head noun is in the
	** chunk after the "and" */
	if (obj >= 0 && !an->np[obj].code && !an->np[obj].pronoun &&
	    PL_TAG_IS_ADJ(tok[an->np[obj].t1 - 1].tag) && an->np[obj].t1 + 1 < an->t1 &&
	    (pl_eq(tok[an->np[obj].t1].low, "and") || pl_eq(tok[an->np[obj].t1].low, "or")) &&
	    an->np_of[an->np[obj].t1 + 1 - an->t0] >= 0 &&
	    an->np[an->np_of[an->np[obj].t1 + 1 - an->t0]].t0 == an->np[obj].t1 + 1 &&
	    !an->np[an->np_of[an->np[obj].t1 + 1 - an->t0]].code)
		obj = an->np_of[an->np[obj].t1 + 1 - an->t0];
	/* a duty or a demand whose owner a modifier names ("U.S. complaints",
	** "the Swissair requirements", "customers' needs will be met"), or
	** a reaction told with an adjective ("has met strong opposition from
	** interest groups", not "met the opposition") */
	if (obj >= 0 && !an->np[obj].pronoun && an->np[obj].code) {
		static const char *const owed[] = {"duty", "request", NULL};
		static const char *const reaction[] = {"reaction", NULL};
		if (thing_of(s, an, obj, reaction) && PL_TAG_IS_ADJ(tok[an->np[obj].t0].tag))
			return 1;
		if (!thing_of(s, an, obj, owed))
			return 0;
	}
	else if (obj < 0 || an->np[obj].pronoun)
		return 0;
	j = an->np[obj].t1;
	if (an->np[obj].t1 - an->np[obj].t0 == 1 && pl_in_list(tok[an->np[obj].t0].low, part) &&
	    j + 1 < an->t1 && pl_eq(tok[j].low, "of") && an->np_of[j + 1 - an->t0] >= 0) {
		obj = an->np_of[j + 1 - an->t0];
		if (an->np[obj].code || an->np[obj].pronoun)
			return 0;
	}
	/* "the Sept. 1 date": a date inside the phrase leaves the chunk
	** before it headless (a bare "the"); the head noun is in the chunk
	** right after the date's words */
	if (tok[an->np[obj].t1 - 1].tag == PL_T_DT) {
		uint32_t e = an->np[obj].t1;
		while (e < an->t1 && e < an->np[obj].t1 + 3 && an->np_of[e - an->t0] < 0 &&
		       (tok[e].tag == PL_T_NNP || tok[e].tag == PL_T_CD))
			e++;
		if (e > an->np[obj].t1 && e < an->t1 && an->np_of[e - an->t0] >= 0) {
			int q = an->np_of[e - an->t0];
			if (an->np[q].t0 == e && !an->np[q].code && !an->np[q].pronoun)
				obj = q;
		}
	}
	cls = np_class(s, an, obj);
	/* demands of someone ("their demands", "a long-standing demand of
	** the traders"), not a market's demand ("to meet strong demand for
	** cars", "demand has been met"): a singular with no "a" before it is
	** the market's */
	if (is_class(cls, "request")) {
		const pl_token *h = &tok[an->np[obj].t1 - 1];
		uint32_t t;
		if (h->tag == PL_T_NNS)
			return 2;
		for (t = an->np[obj].t0; t + 1 < an->np[obj].t1; t++)
			if (pl_eq(tok[t].low, "a") || pl_eq(tok[t].low, "an"))
				return 2;
		return 1;
	}
	return is_class(cls, "abstract") || is_class(cls, "document") || is_class(cls, "amount") ||
	       is_class(cls, "duty") || is_class(cls, "reaction") || is_class(cls, "idiom");
}

/* Is what verb group g ("added") takes a figure or a thing: a number
** right after it or an object chunk with a number or an amount in it ("the
** CCC added one cent to the bonus", "added 5 pct"), or, after a subject of
** its own, an object chunk no finite verb follows ("the airline added
** flights to Phoenix")?  Then the word tells a thing or sum grown, not a
** thing said.  A chunk with a finite verb after it opens what was said
** ("added the plan would fail"), "added that" a clause said, and "...,
** added a senior trader" names the speaker after the quotation. */
static int added_thing(const pl_store *s, const pl_sentan *an, const pl_vg *g, int obj)
{
	const pl_token *tok = an->tok;
	uint32_t j = g->t1, t;
	int q, comma;
	if (g->passive)
		return 0;
	/* (after a quotation the word names its speaker: "...," added one
	** trader; after a comma only a figure right after it is a sum grown:
	** "adding 10 points", not "Texaco said, adding the share could grow") */
	if (g->t0 > an->t0 && (tok[g->t0 - 1].flags & PL_TOK_QCLOSE))
		return 0;
	comma = g->t0 > an->t0 && pl_eq(tok[g->t0 - 1].low, ",");
	while (j < an->t1 && tok[j].tag == PL_T_RB)
		j++;
	/* ("added that ...": a clause said, whatever figures it holds) */
	if (j < an->t1 && pl_eq(tok[j].low, "that"))
		return 0;
	if (j < an->t1 && (tok[j].tag == PL_T_CD || pl_eq(tok[j].low, "$")))
		return 1;
	if (comma)
		return 0;
	if (obj < 0 || an->np[obj].code || an->np[obj].pronoun || an->np[obj].t0 != j)
		return 0;
	for (t = an->np[obj].t0; t < an->np[obj].t1; t++)
		if (tok[t].tag == PL_T_CD)
			return 1;
	if (is_class(np_class(s, an, obj), "amount"))
		return 1;
	if (g->subj < 0 || an->np[g->subj].t0 >= g->t0 || g->t0 == an->t0)
		return 0;
	for (q = 0; q < an->nvg; q++)
		if (an->vg[q].finite && an->vg[q].t0 >= an->np[obj].t1)
			return 0;
	return 1;
}

/* Does the clause a verb of saying reports tell a search that failed:
** "fail" + "to" + a verb of finding ("said police had failed to find any
** evidence", "the inquiry failed to uncover who leaked it")?  An outcome
** reported, no fault found: the speaker's statement (010), not criticism of
** the searchers (a duty left undone, "failed to act", still is). */
static int failed_search(const pl_sentan *an, const pl_vg *g)
{
	static const char *const finds[] = {"find", "uncover", "discover", "locate", "trace",
		"detect", "identify", "establish", "unearth", NULL};
	uint32_t j;
	for (j = g->t1; j + 2 < an->t1; j++) {
		if (!pl_eq(lem(&an->tok[j]), "fail") || !PL_TAG_IS_VERB(an->tok[j].tag))
			continue;
		j++;
		while (j + 1 < an->t1 && an->tok[j].tag == PL_T_RB)
			j++;   /* "failed so far to find" */
		return an->tok[j].tag == PL_T_TO && pl_in_list(lem(&an->tok[j + 1]), finds);
	}
	return 0;
}

/* "a poll gave the Tories 41 pct support", "gave Labour the support of
** 42 pct": support with a figure in it is a share measured, not support
** given (verb group g "give" or "lend", a number among the few words after
** it before "support" or "backing", or right after it). */
static int support_share(const pl_sentan *an, const pl_vg *g)
{
	uint32_t j;
	for (j = g->t1; j < an->t1 && j < g->t1 + 8 && (int)j < g->cl_end; j++) {
		const char *w = lem(&an->tok[j]);
		if (an->tok[j].tag == PL_T_CD)
			return 1;
		if (pl_eq(w, "support") || pl_eq(w, "backing"))
			return j + 2 < an->t1 && pl_eq(an->tok[j + 1].low, "of") && an->tok[j + 2].tag == PL_T_CD;
	}
	return 0;
}

/* Is the object of "deny" (chunk obj, or the second of a
** double object: "denied him a visa") a thing an authority grants
** (class "granted" of dict/objects.tsv)?  An actor's own part in a deed
** is no grant ("denied involvement"). */
static int granted_object(const pl_store *s, const pl_sentan *an, int obj)
{
	int q;
	if (obj < 0)
		return 0;
	if (is_class(np_class(s, an, obj), "granted") && !an->np[obj].code)
		return 1;
	/* (a person or a body first: what follows is what is withheld) */
	q = an->np[obj].t1 < an->t1 ? an->np_of[an->np[obj].t1 - an->t0] : -1;
	return q >= 0 && q != obj && (an->np[obj].code || an->np[obj].pronoun || an->np[obj].person) &&
	       is_class(np_class(s, an, q), "granted");
}

/* Is verb group g, coded code, trade rather than politics: what it acts on
** (its object; the subject of a passive, "the bonds are guaranteed by the
** bank") a thing markets trade or count (dict/objects.tsv class "market")?
** An offer or a guarantee (030-035) of goods, securities or prices to no
** named actor sells ("is offering two products", "offers an eight pct
** fuel saving"); a release or an easing (08x) of figures, reports or
** prices frees no one and yields nothing; a probe (09x) of goods or
** figures looks for no wrongdoing; and a push (02x) on rates asks no one
** ("nudged rates lower").  Offers to an actor stay ("will offer
** subsidized wheat to the Soviet Union"), as do appeals for lower rates. */
static int traded_sense(const pl_store *s, const pl_sentan *an, const pl_vg *g,
                        const char *verb, const char *code, int obj, int has_target)
{
	static const char *const goods[] = {"property", "amount", NULL};
	static const char *const sells[] = {"offer", "guarantee", "equip", "sell", "invest",
		"fund", "discontinue", NULL};
	static const char *const freed[] = {"market", "document", "amount", NULL};
	static const char *const market[] = {"market", NULL};
	static const char *const pushes[] = {"push", "nudge", "press", "drive", "pull", "force", NULL};
	int q = g->passive && g->subj >= 0 ? g->subj : obj, r;
	if (q < 0 || an->np[q].code)
		return 0;
	/* "offered wheat to North Korea": an actor the clause gives it to
	** is a party to it */
	for (r = 0; r < an->nnp; r++)
		if (an->np[r].code && an->np[r].t0 > g->t1 && (int)an->np[r].t0 < g->cl_end &&
		    pl_eq(an->tok[an->np[r].t0 - 1].low, "to"))
			has_target = 1;
	/* goods, buildings and sums only as what is sold, paid or stopped
	** ("offered borrowing facilities", "will invest larger sums"; "will
	** open its market" is trade policy, "promised several initiatives"
	** a pledge) */
	if (code[0] == '0' && code[1] == '3' && code[2] >= '0' && code[2] <= '5')
		return !has_target && (thing_of(s, an, q, market) || (thing_of(s, an, q, goods) &&
		       pl_in_list(verb, sells)));
	if (code[0] == '0' && code[1] == '8')
		return thing_of(s, an, q, freed);
	if (code[0] == '0' && code[1] == '9')
		return !has_target && thing_of(s, an, q, market);
	if (code[0] == '0' && code[1] == '2' && !g->passive)
		return !has_target && pl_in_list(verb, pushes) && thing_of(s, an, q, market);
	return 0;
}

/* The chunk a sum or a measure counts: "400 mln dlrs of bonds", "50,000
** units of the partnership", "a broader range of services", "7.5 billion
** francs' worth of bills" give the bonds, the units, the services, the
** bills; any other chunk gives itself. */
static int counted_goods(const pl_sentan *an, int q)
{
	static const char *const measures[] = {"range", "amount", "number", "total", "worth",
		"series", "block", "batch", "lot", "package", "line", "dlr", "dollar", "franc",
		"mark", "yen", "stg", "pound", "riyal", "peso", "lire", "lira", "guilder", "crown",
		"mln", "million", "billion", NULL};
	uint32_t t = an->np[q].t1;
	const pl_token *h = &an->tok[t - 1];
	if (h->tag == PL_T_POS && t - 1 > an->np[q].t0)
		h--;
	if (t + 1 < an->t1 && pl_eq(an->tok[t].low, "worth"))
		t++;
	if ((h->tag == PL_T_CD || pl_in_list(lem(h), measures)) && t + 1 < an->t1 &&
	    pl_eq(an->tok[t].low, "of") && an->np_of[t + 1 - an->t0] >= 0)
		return an->np_of[t + 1 - an->t0];
	return q;
}

/* The noun that names what chunk q is, before a date of maturity ("notes
** due 1989" names notes), or NULL. */
static const char *goods_noun(const pl_sentan *an, int q)
{
	const char *w = NULL;
	uint32_t t;
	for (t = an->np[q].t0; t < an->np[q].t1 && !pl_eq(an->tok[t].low, "due"); t++)
		if (an->tok[t].tag == PL_T_NN || an->tok[t].tag == PL_T_NNS)
			w = lem(&an->tok[t]);
	return w;
}

/* Is "offer" in verb group g, coded code, a sale to the market: what is
** offered securities, goods or services counted or named ("is offering in
** the Yankee bond market 400 mln dlrs of bonds", "offering units in the
** program", "publicly offering 50,000 units of the partnership", "will
** offer a new range of services"), with no actor it goes to ("to Japan")
** and nothing it is offered for ("offered 65 dlrs a share for the company"
** is a bid)?  An issue or a product for sale is no promise (03x) to anyone.
** The object is looked for past a phrase of place ("in the ... market"). */
static int market_offer(const pl_store *s, const pl_sentan *an, const pl_vg *g,
                        const char *verb, const char *code)
{
	static const char *const issued[] = {"unit", "warrant", "paper", "note", "issue",
		"system", "version", "kit", "machine", "share", "stake", NULL};
	uint32_t j, end = (uint32_t)g->cl_end < an->t1 ? (uint32_t)g->cl_end : an->t1;
	int q, r, c;
	const char *w, *cls;
	if (!pl_eq(verb, "offer") || g->passive || code[0] != '0' || code[1] != '3')
		return 0;
	j = g->t1;
	while (j < end && (an->tok[j].tag == PL_T_RB || an->tok[j].tag == PL_T_RBR ||
	                   an->tok[j].tag == PL_T_RP))
		j++;   /* "offered more technologically advanced machines" */
	/* "will offer scheduled service" (a participle before the chunk) */
	if (j + 1 < end && an->tok[j].tag == PL_T_VBN && an->np_of[j - an->t0] < 0)
		j++;
	/* "offering in the Yankee bond market 400 mln dlrs of bonds" */
	if (j + 1 < end && an->np_of[j - an->t0] < 0 && (pl_eq(an->tok[j].low, "in") ||
	    pl_eq(an->tok[j].low, "on")) && an->np_of[j + 1 - an->t0] >= 0) {
		uint32_t k = an->np[an->np_of[j + 1 - an->t0]].t1;
		if (k < end && an->np_of[k - an->t0] >= 0 && an->np[an->np_of[k - an->t0]].t0 == k)
			j = k;
	}
	if (j >= end || an->np_of[j - an->t0] < 0)
		return 0;
	q = an->np_of[j - an->t0];
	if (an->np[q].pronoun || an->np[q].person)
		return 0;
	/* (a sum may carry the country of its money: "100 mln New Zealand
	** dlrs of notes") */
	c = counted_goods(an, q);
	if (c == q && an->np[q].code)
		return 0;
	if (an->np[c].pronoun || an->np[c].person || (an->np[c].code && c != q) ||
	    !(w = goods_noun(an, c)))
		return 0;
	cls = pl_hash_get(&s->objclass, w, strlen(w));
	/* ("bills" counted in money are Treasury bills, not laws) */
	if (!is_class(cls, "market") && !is_class(cls, "property") && !pl_in_list(w, issued) &&
	    !(c != q && pl_eq(w, "bill")))
		return 0;
	for (r = 0; r < an->nnp; r++)
		if (an->np[r].code && an->np[r].t0 > g->t1 && an->np[r].t0 < end &&
		    pl_eq(an->tok[an->np[r].t0 - 1].low, "to"))
			return 0;
	return 1;
}

/* Is chunk q a security or a credit that a bank or a parent stands behind:
** "the notes", "the issue", "a 75 mln dlr six-year bond", "the 12-year
** facility", "the transaction" (the sum counted gives the goods: "100 mln
** dlrs of notes")?  Debt paper and credits only, not a thing an actor
** names as its own ("the Bank's loans"). */
static int debt_paper(const pl_store *s, const pl_sentan *an, int q)
{
	static const char *const paper[] = {"note", "issue", "paper", "warrant", "facility",
		"transaction", "credit", "loan", "eurobond", "borrowing", "financing", "placement",
		"offering", "obligation", NULL};
	const char *w, *cls;
	int c;
	if (q < 0 || an->np[q].pronoun || an->np[q].person)
		return 0;
	c = counted_goods(an, q);
	if (an->np[c].pronoun || an->np[c].person || an->np[c].code || !(w = goods_noun(an, c)))
		return 0;
	cls = pl_hash_get(&s->objclass, w, strlen(w));
	return is_class(cls, "market") || pl_in_list(w, paper);
}

/* The chunk a participle with no auxiliary qualifies: the one that ends
** right before it, past a comma ("The bond, guaranteed by parent General
** Motors Acceptance Corp", "senior notes due 1997 guaranteed by Texas Air
** Corp"), or -1. */
static int qualified_chunk(const pl_sentan *an, const pl_vg *g)
{
	uint32_t j = g->t0;
	if (an->tok[g->v].tag != PL_T_VBN || g->v != g->t0 || j <= an->t0)
		return -1;
	if (pl_eq(an->tok[j - 1].low, ",") && j - 1 > an->t0)
		j--;
	return an->np_of[j - 1 - an->t0];
}

/* Is "guarantee" in verb group g, coded an intent or a pledge (030-035), a
** bank's or a parent's guarantee of a security or a credit: "the notes are
** guaranteed by Dai-Ichi Kangyo Bank", "a 75 mln dlr bond for Chrysler
** Credit Canada, guaranteed by Chrysler Finance", "the 12-year facility,
** guaranteed by the Indian government"?  Standing behind a debt sold to all
** buyers promises nothing to any actor; "guaranteed Poland's debt to the
** Paris Club" names one and stays, as does a state's own debt ("the loans
** of Greece"). */
static int guaranteed_paper(const pl_store *s, const pl_sentan *an, const pl_vg *g,
                            const char *verb, const char *code, int has_target)
{
	int q;
	if (!pl_eq(verb, "guarantee") || has_target || code[0] != '0' || code[1] != '3' ||
	    code[2] < '0' || code[2] > '5')
		return 0;
	uint32_t e;
	if (g->passive)
		q = g->subj >= 0 ? g->subj : qualified_chunk(an, g);
	else
		q = pl_object_of(an, g);
	if (q < 0 || an->np[q].poss_code)
		return 0;
	/* "guaranteed the loans of Greece": a state's debts stood behind are
	** support of that state */
	e = an->np[q].t1;
	if (e + 1 < an->t1 && pl_eq(an->tok[e].low, "of") && an->np_of[e + 1 - an->t0] >= 0 &&
	    an->np[an->np_of[e + 1 - an->t0]].code)
		return 0;
	return debt_paper(s, an, q);
}

/* Is an act of approval or support (05x) in verb group g, with no actor as
** its target, given to a currency or a thing markets trade: "central banks
** were supporting the dollar against the yen", "the Bank of France
** supported the franc"?  Buying a currency on the market praises no one. */
static int supported_market(const pl_store *s, const pl_sentan *an, const pl_vg *g,
                            const char *verb, const char *code, int obj, int has_target)
{
	static const char *const market[] = {"market", NULL};
	/* (words of holding up only: "praised the results" still praises) */
	static const char *const props[] = {"support", "back", "underpin", "prop", "prop_up",
		"bolster", "shore_up", "defend", NULL};
	if (code[0] != '0' || code[1] != '5' || has_target || g->passive || !pl_in_list(verb, props))
		return 0;
	return thing_of(s, an, obj, market);
}

/* Is code a state's: a bare country or its government ("JPN", "JPNGOV")? */
static int state_code(const char *code)
{
	size_t n = code ? strlen(code) : 0;
	return n == 3 || (n == 6 && !strcmp(code + 3, "GOV"));
}

/* Is the official complaint (114) of verb group g a complaint at law, the
** pleading that opens a lawsuit (115): a complaint called civil, criminal,
** legal or of patents ("charged in a civil complaint by the SEC", "filed a
** criminal complaint"), one filed in a court ("filed the patent complaint
** in the District Court"), or one filed against someone with no body it is
** lodged with ("Morgan Guaranty filed a complaint against Metromedia for
** default")?  A complaint made with or to a body ("filed a complaint
** against Brussels with the WTO", "lodged a complaint with the EEOC") stays
** a complaint (114), as do one against a state ("filed a complaint
** against Japan": a trade complaint, lodged with a body the story may not
** name) and "complained". */
static int complaint_at_law(const pl_sentan *an, const pl_vg *g, const char *verb)
{
	static const char *const legal[] = {"civil", "criminal", "legal", "patent", "antitrust",
		"class-action", NULL};
	static const char *const court[] = {"court", "courts", NULL};
	const pl_token *tok = an->tok;
	uint32_t j, end = (uint32_t)g->cl_end < an->t1 ? (uint32_t)g->cl_end : an->t1;
	int q, against = 0, body = 0;
	if (pl_eq(lem(&tok[g->v]), "complaint"))
		q = an->np_of[g->v - an->t0];
	else if (g->passive)
		q = g->subj >= 0 ? g->subj : qualified_chunk(an, g);
	else
		q = pl_object_of(an, g);
	if (q < 0 || !pl_eq(lem(&tok[an->np[q].t1 - 1]), "complaint"))
		return 0;
	for (j = an->np[q].t0; j + 1 < an->np[q].t1; j++)
		if (pl_in_list(tok[j].low, legal))
			return 1;
	if (end < an->np[q].t1)
		end = an->np[q].t1;
	for (j = an->np[q].t1; j + 1 < end; j++) {
		int r = an->np_of[j + 1 - an->t0];
		uint32_t t;
		if (r < 0 || an->np_of[j - an->t0] >= 0)
			continue;
		if (pl_eq(tok[j].low, "against"))
			/* (not a state: "filed a complaint against Japan" is
			** a trade complaint, lodged with a body the story may
			** not name) */
			against = !state_code(an->np[r].code);
		else if (pl_eq(tok[j].low, "with") || pl_eq(tok[j].low, "to"))
			body = 1;
		else if (pl_eq(tok[j].low, "in"))
			for (t = an->np[r].t0; t < an->np[r].t1; t++)
				if (pl_in_list(tok[t].low, court))
					return 1;
	}
	return against && !body && pl_eq(verb, "file");
}

/* The chunk that chunk q owns when q ends with or before a possessive "'s" and a
** chunk starts right after it, or after one participle taken for a verb
** ("Japan" in "Japan's tight-fisted fiscal policy", chunked apart); -1
** when none. */
static int owned_chunk(const pl_sentan *an, int q)
{
	uint32_t e;
	int r;
	if (q < 0 || !an->np[q].code)
		return -1;
	e = an->np[q].t1;
	/* (the "'s" inside the chunk, or right after it) */
	if (e < an->t1 && (an->tok[e].tag == PL_T_POS || pl_eq(an->tok[e].low, "'s")))
		e++;
	else if (!(an->tok[e - 1].tag == PL_T_POS || pl_eq(an->tok[e - 1].low, "'s")))
		return -1;
	/* (a modifier tagged as a participle left outside: "tight-fisted") */
	while (e + 1 < an->t1 && an->np_of[e - an->t0] < 0 &&
	       (an->tok[e].tag == PL_T_VBN || an->tok[e].tag == PL_T_VBG) &&
	       an->np_of[e + 1 - an->t0] >= 0 && an->np[an->np_of[e + 1 - an->t0]].t0 == e + 1)
		e++;
	if (e >= an->t1)
		return -1;
	r = an->np_of[e - an->t0];
	return r >= 0 && an->np[r].t0 == e ? r : -1;
}

/* Is w (a lemma) a word of money handed over: a currency, a sum's unit
** as wire copy writes it, credit, a loan, funds? */
static int money_word(const char *w)
{
	static const char *const money[] = {"dlr", "dollar", "stg", "sterling", "pound", "crown",
		"krona", "krone", "kroner", "franc", "mark", "deutschemark", "yen", "lira", "lire",
		"guilder", "peseta", "schilling", "rand", "ecu", "rouble", "ruble", "rupee", "peso",
		"riyal", "dinar", "yuan", "won", "baht", "credit", "loan", "grant", "fund", "money",
		"cash", "financing", "subsidy", NULL};
	return pl_in_list(w, money);
}

/* What aid (07x) in verb group g hands over, and to whom: the thing is
** the chunk after "with" ("provided Cyacq with non-public data"), else the
** object, past a first object that names an actor ("gave the market
** assistance"); the one given to is that first object or the chunk after
** "to" ("provided assistance to the money market").  *thing and *to are
** -1 when not found. */
static void aid_parts(const pl_sentan *an, const pl_vg *g, int *thing, int *to)
{
	uint32_t j, end = (uint32_t)g->cl_end < an->t1 ? (uint32_t)g->cl_end : an->t1;
	int q = pl_object_of(an, g);
	*thing = *to = -1;
	if (g->passive || q < 0)
		return;
	*thing = q;
	j = an->np[q].t1;
	if (j < end && an->np_of[j - an->t0] >= 0 && an->np[an->np_of[j - an->t0]].t0 == j) {
		*to = q;       /* two chunks in a row: "gave the market assistance" */
		*thing = an->np_of[j - an->t0];
	}
	for (; j + 1 < end; j++) {
		int r = an->np_of[j + 1 - an->t0];
		if (r < 0 || an->np_of[j - an->t0] >= 0)
			continue;
		if (pl_eq(an->tok[j].low, "with") && *to < 0) {
			*to = *thing;
			*thing = r;
			return;
		}
		if (pl_eq(an->tok[j].low, "to") && *to < 0) {
			*to = r;
			return;
		}
	}
}

/* Is aid (07x) in verb group g no aid by what it hands over or whom it
** goes to?  Information, figures and details given are words, not help
** ("could not give full details", "provided Cyacq with confidential
** information": 064 when an actor receives them, else no event; dict/
** objects.tsv class "document"); and help given to a market is a central
** bank's dealing ("provided the money market with 85 mln stg
** assistance", "gave the market assistance").  Returns the code to put
** instead ("" for none), or NULL when the aid stands. */
static const char *aid_sense(const pl_store *s, const pl_sentan *an, const pl_vg *g,
                             const char *code, int has_target)
{
	static const char *const words[] = {"document", NULL};
	static const char *const market[] = {"market", "money-market", NULL};
	int thing, to;
	if (code[0] != '0' || code[1] != '7' || !PL_TAG_IS_VERB(an->tok[g->v].tag))
		return NULL;
	aid_parts(an, g, &thing, &to);
	if (thing_of(s, an, thing, words))
		return has_target ? "064" : "";
	if (!has_target && to >= 0 && !an->np[to].code && !an->np[to].pronoun &&
	    pl_in_list(lem(&an->tok[an->np[to].t1 - 1]), market))
		return "";
	/* "gave the money market assistance" taken as one chunk: the market
	** inside it, after "the", is the one given to */
	if (!has_target && to < 0 && thing >= 0 && !an->np[thing].code &&
	    pl_eq(an->tok[an->np[thing].t0].low, "the")) {
		uint32_t j;
		for (j = an->np[thing].t0 + 1; j + 1 < an->np[thing].t1; j++)
			if (pl_in_list(lem(&an->tok[j]), market))
				return "";
	}
	return NULL;
}

/* What passive verb group g hands over: the chunk right after the verb,
** before end ("was granted a credit line"), else the subject ("credits
** granted by banks"); -1 when neither. */
static int granted_thing(const pl_sentan *an, const pl_vg *g, uint32_t end)
{
	int thing = g->t1 < end ? an->np_of[g->t1 - an->t0] : -1;
	return thing >= 0 && an->np[thing].t0 == g->t1 ? thing : g->subj;
}

/* Does chunk q name a sum of money or credit: a word of money in it or a
** currency sign ("about ten mln crowns", "$200 million", "new loans")? */
static int money_chunk(const pl_sentan *an, int q)
{
	uint32_t j = an->np[q].t0 > an->t0 ? an->np[q].t0 - 1 : an->np[q].t0;
	for (; j < an->np[q].t1; j++)
		if (an->tok[j].tag == PL_T_PPD || (j >= an->np[q].t0 && money_word(lem(&an->tok[j]))))
			return 1;
	return 0;
}

/* The kind of aid of no named kind (070, its intent 033) in verb group g,
** by what is handed over: a sum of money or credit is economic aid ("has
** granted Malawi about ten mln crowns", "gave Kenya 20 mln stg"), relief
** when the clause names food or relief ("... for food aid"), military aid
** when it names arms or the military; a grant of anything else (a
** licence, bail, an option, patents) is no aid.  The thing is the object,
** past the one given to ("granted Malawi ..."); in a passive, the chunk
** after the verb ("was granted an option") or else the subject ("credits
** granted by banks").  Returns the code to put instead ("" for none), or
** NULL when the code stands. */
static const char *aid_kind(const pl_store *s, const pl_sentan *an, const pl_vg *g,
                            const char *code)
{
	static const char *const aid[] = {"aid", "assistance", "help", "support", NULL};
	static const char *const relief[] = {"food", "medicine", "relief", "humanitarian", NULL};
	static const char *const arms[] = {"military", "arm", "arms", "weapon", "defence",
		"defense", NULL};
	uint32_t j, end = (uint32_t)g->cl_end < an->t1 ? (uint32_t)g->cl_end : an->t1;
	int intent = !strcmp(code, "033"), thing, to;
	const pl_token *h;
	(void)s;
	if ((strcmp(code, "070") && !intent) || !PL_TAG_IS_VERB(an->tok[g->v].tag))
		return NULL;
	if (g->passive)
		thing = granted_thing(an, g, end);
	else
		aid_parts(an, g, &thing, &to);
	if (thing < 0)
		return pl_eq(lem(&an->tok[g->v]), "grant") ? "" : NULL;
	h = &an->tok[an->np[thing].t1 - 1];
	/* the one given to, then what ("granted Malawi about ten mln crowns",
	** "granted him bail"); a thing the tagger joined to its receiver's
	** name is the chunk's own head ("granted Indonesia credits") */
	if (!g->passive && (an->np[thing].code || an->np[thing].pronoun) &&
	    !((h->tag == PL_T_NN || h->tag == PL_T_NNS) && !(h->flags & PL_TOK_CAP))) {
		j = an->np[thing].t1;
		while (j < end && an->np_of[j - an->t0] < 0 && (an->tok[j].tag == PL_T_RB ||
		       an->tok[j].tag == PL_T_PPD || pl_eq(an->tok[j].low, "about") ||
		       pl_eq(an->tok[j].low, "some")))
			j++;
		thing = j < end ? an->np_of[j - an->t0] : -1;
		h = thing >= 0 ? &an->tok[an->np[thing].t1 - 1] : NULL;
	}
	if (h && money_chunk(an, thing)) {
		for (j = g->t1; j < end; j++)
			if (pl_in_list(lem(&an->tok[j]), relief) || pl_in_list(an->tok[j].low, relief))
				return intent ? "0333" : "073";
		for (j = g->t1; j < end; j++)
			if (pl_in_list(lem(&an->tok[j]), arms) || pl_in_list(an->tok[j].low, arms))
				return intent ? "0332" : "072";
		return intent ? "0331" : "071";
	}
	if (pl_eq(lem(&an->tok[g->v]), "grant") && !(h && pl_in_list(lem(h), aid)))
		return "";
	return NULL;
}

/* Is actor code c a firm's (business, multinational)? */
static int firm_code(const char *c)
{
	return c && (!strncmp(pl_role_of(c), "BUS", 3) || !strncmp(pl_role_of(c), "MNC", 3));
}

/* Does chunk q name those a firm sells to or raises money from by their
** part in the market ("its customers", "Asian buyers", "investors"), which
** the actor dictionaries may file as civilians? */
static int market_party(const pl_sentan *an, int q)
{
	static const char *const parties[] = {"customer", "buyer", "client", "consumer", "user",
		"subscriber", "investor", "shareholder", "stockholder", "holder", "lender", "creditor",
		"supplier", "distributor", "dealer", "retailer", "wholesaler", "exporter", "importer",
		"utility", "refiner", "refinery", "mill", NULL};
	return q >= 0 && !an->np[q].pronoun && !an->np[q].person &&
	       pl_in_list(lem(&an->tok[an->np[q].t1 - 1]), parties);
}

/* Is code, found at verb group k with source code src and target chunk
** tgt_np of code tgt (NULL, -1 when none), aid or cooperation given in
** trade: aid or its promise (033x, 07x), or a sale or supply of goods
** coded as economic cooperation (030, 031x, 061), between firms, or a firm
** and no one, or a firm and its market ("its customers"), over goods,
** services, securities or money, and over no political object (aid,
** relief, troops, asylum)?  "will provide financing to Dorland for the
** purchase", "will finance the buyback with bank loans", "the refinery
** sells most of its output to Asian buyers" are business, not politics;
** "the government will provide loans to farmers", "the World Bank lent 50
** mln dlrs to Kenya", "Exxon signed an accord with Angola" have a
** political side and stay.  A firm's acquisitions, mergers and deals keep
** their economic cooperation (061, 0311, 057): the thing sold must be
** goods the markets trade (dict/objects.tsv "market"), not a business. */
int pl_traded_aid(const pl_store *s, const pl_sentan *an, int k, const char *code,
                  const char *src, const char *tgt, int tgt_np)
{
	static const char *const political[] = {"aid", "assistance", "relief", "troop", "soldier",
		"asylum", "refuge", "protection", "food", "medicine", "shelter", "weapon", "arm",
		"arms", "humanitarian", "refugee", "country", "nation", "government", "region",
		NULL};
	/* a gift is no trade: "pledged $750m of his own money", "donated the
	** hardware" */
	static const char *const gifts[] = {"donate", "pledge", "contribute", "bequeath", NULL};
	static const char *const trade[] = {"market", "business", "granted", "civil", "property",
		"abstract", "amount", NULL};
	static const char *const goods[] = {"market", NULL};
	static const char *const sales[] = {"sell", "supply", "provide", "ship", "export", NULL};
	static const char *const shares[] = {"most", "all", "part", "bulk", "much", "some", "half",
		"portion", "rest", NULL};
	const pl_vg *g = &an->vg[k];
	const char *verb = lem(&an->tok[g->v]);
	int aid, sale, r, thing, to;
	int firm_src = firm_code(src), party_tgt = firm_code(tgt) || market_party(an, tgt_np);
	uint32_t j;
	if (s->petrarch || !code)
		return 0;
	aid = code[0] == '0' && (code[1] == '7' || (code[1] == '3' && code[2] == '3'));
	/* a passive only for aid: "credits granted by banks" */
	if (g->passive && !aid)
		return 0;
	sale = !strncmp(code, "030", 3) || !strncmp(code, "031", 3) || !strncmp(code, "061", 3);
	/* goods stopped between firms, or by a firm (or no one named) to its
	** market, are no embargo ("halted shipments to Acme Corp", "the
	** refinery suspended deliveries to its customers"); an embargo falls
	** on a political side, and is laid by one or by a firm under it */
	if (!strcmp(code, "163") || !strcmp(code, "1312")) {
		static const char *const flows[] = {"export", "import", "shipment", "supply",
			"delivery", NULL};
		for (j = g->t1; j < (uint32_t)g->cl_end && j < an->t1; j++)
			if (pl_in_list(lem(&an->tok[j]), flows))
				break;
		return j < (uint32_t)g->cl_end && j < an->t1 && (firm_src || !src) && (!tgt || party_tgt);
	}
	if (!aid && !sale)
		return 0;
	/* a political side on either end: a state, its bodies, an IGO, a group */
	if ((src && !firm_src) || (tgt && !party_tgt))
		return 0;
	if (!firm_src && !party_tgt)
		return 0;
	if (pl_in_list(verb, gifts) && !party_tgt)
		return 0;
	/* nor named in what the act is for ("to finance new investment in
	** Venezuela", "lend the funds to the Bank of Thailand's facility"),
	** nor anywhere in the sentence when no giver is named (a state
	** agency left without a code may be it) */
	for (r = 0; r < an->nnp; r++) {
		const char *c = an->np[r].code ? an->np[r].code : an->np[r].poss_code;
		if (c && !firm_code(c) && r != tgt_np && !market_party(an, r) &&
		    (!src || (an->np[r].t0 >= g->t1 && (int)an->np[r].t0 < g->cl_end)))
			return 0;
	}
	if (g->passive)
		thing = granted_thing(an, g, an->t1);
	else
		aid_parts(an, g, &thing, &to);
	if (thing >= 0)
		thing = counted_goods(an, thing);
	/* "most of its output", "part of the crop" ("most" chunked alone or
	** not at all) */
	j = thing >= 0 ? an->np[thing].t1 : g->t1 + 1;
	if (j < an->t1 && j + 1 < an->t1 && pl_in_list(lem(&an->tok[j - 1]), shares) &&
	    pl_eq(an->tok[j].low, "of") && an->np_of[j + 1 - an->t0] >= 0)
		thing = an->np_of[j + 1 - an->t0];
	if (thing < 0 && !aid)
		return 0;
	/* nothing political named in the clause's object ("aid for specific
	** industries", "relief supplies", "new loans for the debtor
	** countries") */
	for (j = g->t1; j < (uint32_t)g->cl_end && j < an->t1; j++)
		if (pl_in_list(lem(&an->tok[j]), political) || pl_in_list(an->tok[j].low, political) ||
		    is_class(pl_tok_get_lem(&s->objclass, &an->tok[j]), "cause"))
			return 0;   /* (or a disaster: "will lend it funds for repairs
			            ** after the flood") */
	/* (what one firm supplies another is its trade, whatever it is:
	** "will supply the companies with printed circuit boards") */
	if (sale)
		return pl_in_list(verb, sales) && (thing_of(s, an, thing, goods) ||
		       (pl_eq(verb, "supply") && (firm_src || !src) && party_tgt));
	/* aid from no named giver needs a thing of trade given ("providing
	** public companies with fresh capital" may be a state's) */
	if (!firm_src)
		return thing_of(s, an, thing, trade);
	return thing < 0 || thing_of(s, an, thing, trade) || !an->np[thing].code;
}

/* Does chunk q name a central bank: a body of the state (GOV) named with
** "bank", "Bundesbank", "Fed" or "Reserve" ("the Bank of England", "the
** central bank", "the Bundesbank", "the Federal Reserve"; named again as
** "the bank")?  A state's banks that lend abroad ("the Export-Import
** Bank", a development bank) are told apart by those words of their name. */
static int central_bank(const pl_sentan *an, int q)
{
	static const char *const heads[] = {"bank", "bundesbank", "fed", "reserve", NULL};
	uint32_t j;
	if (q < 0 || !an->np[q].code || strncmp(pl_role_of(an->np[q].code), "GOV", 3))
		return 0;
	for (j = an->np[q].t0; j < an->np[q].t1; j++)
		if (pl_eq(an->tok[j].low, "export-import") || pl_eq(an->tok[j].low, "development") ||
		    pl_eq(an->tok[j].low, "exim"))
			return 0;
	for (j = an->np[q].t0; j < an->np[q].t1; j++)
		if (pl_in_list(an->tok[j].low, heads))
			return 1;
	return 0;
}

/* Does chunk q name a firm the state owns or a lender of development ("the
** state-owned Philippine National Bank", "a government corporation", "the
** multinational development banks"), which may give aid though coded as
** business? */
static int public_lender(const pl_sentan *an, int q)
{
	static const char *const words[] = {"state-owned", "state-run", "state", "government",
		"government-owned", "public", "development", "export-import", "exim", NULL};
	uint32_t j;
	if (q < 0)
		return 0;
	for (j = an->np[q].t0; j < an->np[q].t1; j++)
		if (pl_in_list(an->tok[j].low, words))
			return 1;
	return 0;
}

/* The aid family (07x, and the intents of aid 033x) is what states, their
** bodies, IGOs and groups give.  Economic aid (071, its intent 0331) whose
** giver is a firm (source code src of chunk src_np, -1 when it is the
** speaker) is business: economic cooperation (061, its intent 0311) with a
** political side as target ("the banks will lend Indonesia 300 mln dlrs",
** "extended a credit line to the Bank of Ghana"); economic aid or aid of
** no named kind (070, 033) from a firm with no target or a firm as target
** is no event ("large banks are making new loans", "the company's bank
** credit line", "will assist its customers").  A firm's gift
** ("donated", "pledged") and a firm the state owns or a development lender
** keep their aid.  A firm's loans named as its own in the plural ("the
** bank's loans to Brazil", "their loans") are its book, what it holds,
** and no act (book is 1).  A central bank's aid of any kind with no target or
** firms as target is its operation on its own money market ("provided
** assistance worth 96 mln stg", "did not provide assistance funds to
** banks", "intervened to protect the dollar"): no event; its loan to a
** state or a state's body ("lent to Brazil's central bank") stays, and so
** does the rescue of a bank (073).  verb is the lemma of the act's word.
** Returns the code to put instead ("" for none), or code as it is. */
const char *pl_aid_giver(const pl_store *s, const pl_sentan *an, const char *code,
                         const char *src, int src_np, const char *tgt, int tgt_np,
                         const char *verb, int book)
{
	static const char *const gifts[] = {"donate", "pledge", "contribute", "bequeath", "donation",
		"gift", NULL};
	int aid, intent, business_tgt;
	if (s->petrarch || !code || code[0] != '0')
		return code;
	aid = code[1] == '7';
	intent = code[1] == '3' && code[2] == '3';
	if (!aid && !intent)
		return code;
	business_tgt = !tgt || firm_code(tgt) || market_party(an, tgt_np);
	if (central_bank(an, src_np) && business_tgt && strcmp(code, "073") != 0)
		return "";
	if (!firm_code(src) || public_lender(an, src_np) || (verb && pl_in_list(verb, gifts)))
		return code;
	if (strcmp(code, "070") && strcmp(code, "071") && strcmp(code, "033") && strcmp(code, "0331"))
		return code;
	if (business_tgt || book)
		return "";
	/* help of no named kind to a political side stays help ("the
	** strategist helped the prime minister win") */
	if (!strcmp(code, "071"))
		return "061";
	return !strcmp(code, "0331") ? "0311" : code;
}

/* Is actor code c one of a political side: a state, its bodies, an IGO, a
** group; not a firm, nor civilians (a firm's market)? */
static int political_code(const char *c)
{
	return c && !firm_code(c) && strcmp(pl_role_of(c), "CVL") != 0;
}

/* Does actor code c carry a country (or a body of states): a code of six
** letters or more, or a bare country; not a bare role ("CVL", "BUS")? */
static int placed_code(const char *c)
{
	static const char *const roles[] = {"REB", "UAF", "INS", "SEP", "CRM", "RAD", "OPP", "CVL",
		"MED", "BUS", "MNC", "LAB", "REF", "EDU", "HLH", "ELI", "AGR", "ENV", "NGO", "REL",
		"PTY", "JUD", "LEG", "MIL", "GOV", "COP", "SPY", NULL};
	return c && (strlen(c) >= 6 || (strlen(c) == 3 && !pl_in_list(c, roles)));
}

/* The kind of cooperation a bare intent or accord promises, by what its
** words hand over or trade.  code is that of verb group k: a plain intent
** (030: "agreed to", "pledged", "offered") or an accord (019: "agreed with
** X that ..."); src and tgt are the actor codes (NULL when none).  The
** act is the first verb after the verb, up to a comma, a semicolon or a
** colon, past verbs of trying ("agreed to try to increase purchases"):
** goods supplied, sold, bought, shipped, bartered or invested are
** economic cooperation (0311: "agreed to supply Iran with oil products");
** money lent is economic aid (0331) from a political side and economic
** cooperation from a firm, which lends to earn; trade, investment or
** economic cooperation raised, widened or set up is economic cooperation
** ("agreed with Ryzhkov that they would work to raise bilateral trade",
** "agreed to use indicators to increase cooperation on economic
** policy").  With no verb, the thing offered or agreed on is the act:
** credit, loans or aid (0331, food or relief 0333: "agreed on an aid
** package of loans and grants"), goods the markets trade offered to a
** state (0311: "will offer subsidized wheat to the Soviet Union").  The
** act needs a partner of another country (a pledge of growth at home
** is no cooperation), but aid named as aid needs none.  Left as they
** are: acts between firms alone (pl_traded_aid judges those), acts that
** cut or bar ("agreed to limit exports", "agreed to bar imports": a
** yielding or a sanction, not cooperation), talk about the matter
** ("agreed to discuss trade"), and words of a name ("the Export Credit
** Guarantee Department", "the finance minister"). */
const char *pl_economic_intent(const pl_store *s, const pl_sentan *an, int k, const char *code,
                               const char *src, const char *tgt)
{
	static const char *const traded[] = {"supply", "sell", "buy", "purchase", "export",
		"import", "ship", "trade", "invest", "barter", "countertrade", NULL};
	static const char *const raised[] = {"increase", "boost", "expand", "raise", "promote",
		"develop", "strengthen", "improve", "resume", "step", "widen", "deepen", "foster",
		"encourage", "set", "establish", "form", "create", "open", NULL};
	static const char *const economic[] = {"trade", "commerce", "investment", "economic",
		"commercial", "import", "export", "purchase", "countertrade", NULL};
	static const char *const trying[] = {"try", "seek", "work", "continue", "begin", "start",
		"help", "aim", "use", NULL};
	/* words that open another clause, whose act is not the one agreed
	** ("agreed on having one consortium as two companies might invest",
	** "agreed on how the exchanges would trade") */
	static const char *const clause[] = {"as", "because", "if", "while", "when", "after",
		"before", "until", "since", "although", "though", "unless", "whereas", NULL};
	static const char *const money[] = {"credit", "loan", "aid", "assistance", NULL};
	static const char *const relief[] = {"food", "medicine", "relief", "humanitarian", NULL};
	static const char *const limits[] = {"cut", "limit", "curb", "reduce", "restrict",
		"restrain", "halt", "stop", "ban", "bar", "block", "prohibit", "freeze", "end",
		"suspend", "cease", "lower", "defer", "delay", "postpone", NULL};
	static const char *const talk[] = {"discuss", "talk", "negotiate", "meet", "consult",
		"study", "consider", "review", "examine", "explore", "debate", "hold", NULL};
	static const char *const goods[] = {"market", NULL};
	static const char *const disasters[] = {"flood", "flooding", "earthquake", "quake", "storm",
		"cyclone", "hurricane", "typhoon", "tornado", "landslide", "drought", "famine",
		"tsunami", "disaster", "catastrophe", NULL};
	const pl_vg *g = &an->vg[k];
	uint32_t j, end;
	int lent = 0, food = 0, aid_word = 0, trade = 0, verbs = 0, q;
	if (s->petrarch || !code || (strcmp(code, "030") && strcmp(code, "019")) || g->negated)
		return code;
	if (!political_code(src) && !political_code(tgt))
		return code;
	end = g->t1 + 30 < an->t1 ? g->t1 + 30 : an->t1;
	for (j = g->t1; j < end; j++) {
		const pl_token *t = &an->tok[j];
		const char *w = lem(t);
		int c = an->np_of[j - an->t0];
		if (t->tag == PL_T_PPC || t->tag == PL_T_PPS || t->tag == PL_T_WDT ||
		    t->tag == PL_T_WP || t->tag == PL_T_WRB ||
		    (t->tag == PL_T_IN && pl_in_list(t->low, clause)))
			break;
		/* words of a name: coded actors and capitalised words */
		if ((c >= 0 && an->np[c].code) || ((t->flags & PL_TOK_CAP) && !(t->flags & PL_TOK_SSTART)))
			continue;
		if (pl_in_list(w, relief) || pl_in_list(t->low, relief))
			food = 1;
		aid_word |= pl_eq(w, "aid") || pl_eq(w, "assistance");
		if (!PL_TAG_IS_VERB(t->tag)) {
			if (!verbs && (pl_in_list(w, money) || pl_in_list(t->low, money)))
				lent = 1;
			continue;
		}
		if (pl_in_list(w, limits) || pl_in_list(w, talk))
			return code;
		verbs = 1;
		if (pl_in_list(w, trying))
			continue;
		if (pl_eq(w, "lend") || pl_eq(w, "loan"))
			lent = 1;
		else if (pl_in_list(w, traded))
			trade = 1;
		else if (pl_in_list(w, raised)) {
			uint32_t x;
			for (x = j + 1; x < end && x < j + 8 && !PL_TAG_IS_VERB(an->tok[x].tag); x++)
				if (pl_in_list(lem(&an->tok[x]), economic) ||
				    pl_in_list(an->tok[x].low, economic))
					trade = 1;
		}
		break;
	}
	/* with no verb: goods the markets trade, offered or agreed on */
	if (!verbs && !lent && (q = pl_object_of(an, g)) >= 0 && tgt && thing_of(s, an, q, goods))
		trade = 1;
	/* goods given in a disaster are relief ("offered wheat to North
	** Korea after the floods"; a loan stays a loan) */
	for (j = an->t0; j < an->t1 && trade && !lent && !food; j++)
		food = pl_in_list(lem(&an->tok[j]), disasters);
	if ((lent || trade) && food)
		return "0333";
	/* aid named as aid needs no partner; other acts one of another
	** country */
	if (!(lent && aid_word) && !(placed_code(tgt) && (!src || (placed_code(src) &&
	                                                           strncmp(src, tgt, 3) != 0))))
		return code;
	if (lent)
		return political_code(src) ? "0331" : "0311";
	return trade ? "0311" : code;
}

/* Does chunk q name a post in a firm or hold a firm's code ("its chairman
** and chief executive officer Theodore Rogers", "the company's board",
** USABUS)? */
static int firm_post(const pl_sentan *an, int q)
{
	static const char *const posts[] = {"chairman", "director", "executive", "officer",
		"treasurer", "board", "company", "firm", "vice-president", "manager", NULL};
	/* ("White House communications director", "Chief of Staff") */
	static const char *const state[] = {"minister", "ministry", "secretary", "government",
		"white", "staff", "state", "federal", "party", "senator", "congress", "parliament", NULL};
	uint32_t j;
	int post = 0;
	if (q < 0)
		return 0;
	/* a chunk coded for a state, a party or an armed force is no firm's */
	if (an->np[q].code)
		return !strncmp(pl_role_of(an->np[q].code), "BUS", 3);
	for (j = an->np[q].t0; j < an->np[q].t1; j++) {
		if (pl_in_list(lem(&an->tok[j]), state))
			return 0;
		post |= pl_in_list(lem(&an->tok[j]), posts);
	}
	return post;
}

/* Is a resignation (0831) in verb group g a company officer's ordinary
** departure: the one who leaves named with a post in a firm, or the post
** or the board he leaves named after "as" or "from" ("resigned as chairman
** and chief executive", "resigned from the board"), and no word of pressure
** in the sentence ("under pressure from shareholders", "accepted
** responsibility", "the scandal")?  0831 is yielding to demands for a change
** of leadership; a chairman who quits for personal reasons or retires
** yields to no one.  Ministers and leaders are left as they are. */
static int routine_departure(const pl_sentan *an, const pl_vg *g, const char *verb,
                             const char *code)
{
	static const char *const leaves[] = {"resign", "quit", "step", "step_down", "step_aside",
		"retire", "leave", NULL};
	static const char *const pressure[] = {"pressure", "demand", "call", "urge", "scandal",
		"force", "oust", "protest", "criticism", "criticise", "criticize", "dispute",
		"dissident", "controversy", "investigation", "probe", "inquiry", "charge",
		"responsibility", "row", "revolt", "fire", "dismiss", "fight", "battle", "loss",
		"allegation", "affair", "resignation", "push", "suspend", "indictment", "indict",
		"irregularity", "guilty", "settlement", "shareholder", "arrest", NULL};
	uint32_t j;
	int firm = 0;
	if (strcmp(code, "0831") || !pl_in_list(verb, leaves) || g->passive)
		return 0;
	firm = firm_post(an, g->subj);
	for (j = g->t1; !firm && j + 1 < an->t1 && (int)j < g->cl_end && j < g->t1 + 3; j++)
		if (pl_eq(an->tok[j].low, "as") || pl_eq(an->tok[j].low, "from"))
			firm = firm_post(an, an->np_of[j + 1 - an->t0]);
	if (!firm)
		return 0;
	for (j = an->t0; j < an->t1; j++)
		if (j != g->v && pl_in_list(lem(&an->tok[j]), pressure))
			return 0;
	return 1;
}

/* Does "call" in verb group g name rather than telephone: a participle
** with no auxiliary ("a new unit called ICI Pharma", "so called
** business leaders"), or a second complement after the object, a quotation
** or a noun phrase ("called the LDP move \"an unforgivable act\"",
** "called him a giant of the movement", passive "was called a traitor")?
** A phone call has nothing after the one it calls but a time, a place or
** a purpose ("called the president on Monday", "called him this
** morning", "called the leader back"). */
static int naming_call(const pl_sentan *an, const pl_vg *g)
{
	static const char *const times[] = {"morning", "afternoon", "evening", "night", "day",
		"week", "weekend", "month", "year", "today", "yesterday", "tonight", "time",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL};
	const pl_token *tok = an->tok;
	uint32_t j, end = (uint32_t)g->cl_end < an->t1 ? (uint32_t)g->cl_end : an->t1;
	int obj = g->passive ? -1 : pl_object_of(an, g), q;
	if (tok[g->v].tag == PL_T_VBN && !g->passive && g->v == g->t0 && g->v > an->t0) {
		const pl_token *b = &tok[g->v - 1];
		if (!pl_eq(lem(b), "have") && !pl_eq(lem(b), "be"))
			return 1;
	}
	if (g->passive)
		j = g->t1;
	else if (obj >= 0)
		j = an->np[obj].t1;
	else
		return 0;
	/* (past the head of a thing an actor's name opens: "the LDP move") */
	while (j < end && ((an->np_of[j - an->t0] < 0 && PL_TAG_IS_NOUN(tok[j].tag)) ||
	                   (obj >= 0 && an->np_of[j - an->t0] == obj)))
		j++;
	if (j >= end)
		return 0;
	if (tok[j].tag == PL_T_PPL)
		return 1;
	q = an->np_of[j - an->t0];
	if (q < 0 || q == obj || an->np[q].t0 != j)
		return 0;
	return !pl_in_list(lem(&tok[an->np[q].t1 - 1]), times);
}

/* "sought powers to retaliate against Japanese firms", "would retaliate
** against American exports", "could retaliate with quotas": a reprisal
** aimed at another's firms, goods or trade, or made with tariffs, is trade
** sanctions, not force.  Told as a power, a plan or a warning it is a threat
** of sanctions (1312), done (a past tense) the sanctions (163).  The code,
** or NULL when the clause names no such thing after "against", "on" or
** "with" ("vowed to retaliate against Hezbollah" stays force). */
static const char *trade_reprisal(const pl_store *s, const pl_sentan *an, const pl_vg *g)
{
	static const char *const trade[] = {"firm", "company", "export", "import", "exporter",
		"importer", "manufacturer", "producer", "maker", "industry", "trade", "good",
		"product", "tariff", "duty", "quota", "sanction", "levy", NULL};
	static const char *const market[] = {"market", NULL};
	uint32_t j, end = (uint32_t)g->cl_end < an->t1 ? (uint32_t)g->cl_end : an->t1;
	for (j = g->t1; j + 1 < end; j++) {
		int q;
		const char *w = an->tok[j].low;
		if (!pl_eq(w, "against") && !pl_eq(w, "on") && !pl_eq(w, "with"))
			continue;
		q = an->np_of[j + 1 - an->t0];
		if (q < 0 || an->np[q].pronoun)
			continue;
		if (pl_in_list(lem(&an->tok[an->np[q].t1 - 1]), trade) || thing_of(s, an, q, market))
			return an->tok[g->v].tag == PL_T_VBD ? "163" : "1312";
	}
	return NULL;
}

const char *pl_verb_sense(const pl_store *s, const pl_sentan *an, int k, const char *code,
                          const char *base, int has_target, const char *as)
{
	const pl_vg *g = &an->vg[k];
	const pl_token *tok = an->tok;
	const char *verb = as ? as : lem(&tok[g->v]);
	static const char *const counts[] = {"amount", "animal", NULL};
	static const char *const unarmed[] = {"civil", "crowd", "abstract", "document", "amount", NULL};
	static const char *const allowed[] = {"act", "abstract", "document", NULL};
	int obj, q, m;
	uint32_t j;
	if (s->petrarch || !code)
		return code;
	code = withdrawal_sense(s, an, k, code, base);
	if (!code)
		return NULL;
	if (!strncmp(code, "041", 3) && pl_eq(verb, "call") && naming_call(an, g))
		return NULL;
	if (pl_eq(verb, "retaliate") && (code[0] == '1' || code[0] == '2')) {
		const char *trade = trade_reprisal(s, an, g);
		if (trade)
			return trade;
	}
	if (!strncmp(code, "111", 3) && g->reporting && failed_search(an, g))
		return "010";
	if ((!strncmp(code, "051", 3) || !strncmp(code, "032", 3)) &&
	    (pl_eq(verb, "give") || pl_eq(verb, "lend")) && support_share(an, g))
		return NULL;
	obj = pl_object_of(an, g);
	/* "the CCC added one cent": "add" that takes a figure or a thing says nothing */
	if (!strncmp(code, "010", 3) && pl_eq(verb, "add") && added_thing(s, an, g, obj))
		return NULL;
	/* "struck a chord with voters", "strike a balance between tax and
	** spending", "will attack the problem" (a threat of force in the
	** future): an idiom, whoever the phrase after names (but "struck a
	** blow against" is still criticism) */
	if ((forceful(code) || !strncmp(code, "138", 3)) && obj >= 0 && !an->np[obj].code &&
	    !an->np[obj].pronoun && is_class(np_class(s, an, obj), "idiom"))
		return NULL;
	/* "the resolution sanctioning military action", "sanctioned the use
	** of force", "sanctioned the plan": to sanction an act or a plan is to
	** allow it; sanctions fall on an actor ("sanctioned Iran") */
	if (code[0] == '1' && code[1] == '6' && pl_eq(verb, "sanction") && !g->passive &&
	    thing_of(s, an, obj, allowed))
		return NULL;
	/* "the election will be fought on the economy", "will fight the seat":
	** force to come against a contest or an idea is campaigning, not a
	** threat, unless the subject is armed or the force has a target */
	if (!strncmp(code, "138", 3) && g->future && !has_target &&
	    !(g->subj >= 0 && !g->passive && armed_actor(an->np[g->subj].code)) &&
	    thing_of(s, an, obj, ideas))
		return NULL;
	if (forceful(code)) {
		int armed = !g->passive && g->subj >= 0 && armed_actor(an->np[g->subj].code);
		/* "a plane crash killed 12", "were killed in a flood": force with
		** no actor behind it but an accident or nature */
		int lo = g->passive ? (int)g->t1 : (g->subj >= 0 ? (int)an->np[g->subj].t0 : (int)g->t0);
		int agent = !g->passive && g->subj >= 0 && (an->np[g->subj].code || an->np[g->subj].poss_code);
		if (g->passive && g->by >= 0 && an->np[g->by].code)
			agent = 1;
		for (q = 0; !agent && q < an->nnp; q++)
			if ((int)an->np[q].t0 >= lo && an->np[q].t0 < (uint32_t)g->cl_end &&
			    !an->np[q].code && !an->np[q].poss_code &&
			    (q == g->subj || q == g->by || !g->passive || an->np[q].t0 >= g->t1) &&
			    is_class(np_class(s, an, q), "cause"))
				return NULL;
		/* "attacked the opposition politically": words, not force */
		for (j = g->t1; j < (uint32_t)g->cl_end && j < an->t1; j++)
			if (an->tok[j].tag == PL_T_RB && (pl_eq(tok[j].low, "politically") ||
			    pl_eq(tok[j].low, "verbally") || pl_eq(tok[j].low, "rhetorically")))
				return verbal_too(verb) ? "111" : NULL;
		/* "attacked British imperialists, saying they ...", "savaged the
		** minister, accusing him of ...": an attack made in the words
		** the participle of saying reports */
		if (!armed && !g->passive && verbal_too(verb) && said_with(an, k))
			return "111";
		/* "attacked Japan's tight-fisted fiscal policy": the owner read
		** as a chunk of its own; what it owns, in the chunk right after
		** the "'s", is what is hit, and harsh words about an actor's
		** idea or text are criticism of the actor */
		if (!armed && !g->passive && verbal_too(verb) && PL_TAG_IS_VERB(tok[g->v].tag) &&
		    thing_of(s, an, owned_chunk(an, obj), ideas))
			return "111";
		/* armed forces and groups fight in earnest ("rebel groups fighting
		** to overthrow the government") */
		if (has_target || armed)
			return code;
		/* "fighting hard for a new law", "fought to keep the seat" */
		j = g->t1;
		while (j < an->t1 && (an->tok[j].tag == PL_T_RB || an->tok[j].tag == PL_T_JJ))
			j++;   /* "hard" is often taken for an adjective */
		if (j + 1 < an->t1 && tok[j].tag == PL_T_TO && PL_TAG_IS_VERB(tok[j + 1].tag) && !g->passive)
			return NULL;
		/* "attacked the president's budget plan", "fought against
		** corruption", "fighting for a new law" (but "fought for control
		** of the town" is a battle): force against or for an idea, a law
		** or a document */
		if (j < an->t1 && (pl_eq(tok[j].low, "against") || pl_eq(tok[j].low, "over") ||
		    pl_eq(tok[j].low, "for")) && j + 1 < an->t1 && an->np_of[j + 1 - an->t0] >= 0)
			obj = an->np_of[j + 1 - an->t0];
		/* "launched an attack on French policy", "mounted an assault
		** against the plan": the attack's own object is what is hit */
		if (obj >= 0 && !an->np[obj].code && verbal_too(lem(&tok[an->np[obj].t1 - 1])) &&
		    an->np[obj].t1 + 1 < an->t1 && (int)an->np[obj].t1 < g->cl_end &&
		    (pl_eq(tok[an->np[obj].t1].low, "on") || pl_eq(tok[an->np[obj].t1].low, "against")) &&
		    an->np_of[an->np[obj].t1 + 1 - an->t0] >= 0) {
			int on = an->np_of[an->np[obj].t1 + 1 - an->t0];
			if (thing_of(s, an, on, ideas))
				return "111";
		}
		if (thing_of(s, an, obj, ideas))
			return verbal_too(verb) ? "111" :
			       rejects_too(an, g, verb) && !g->passive && !is_class(np_class(s, an, obj), "contest") ? "120" : NULL;
		/* "hit a record", "beat the forecast", "culled the herd"; but an
		** actor's record or budget ("attacked the government's record on
		** crime") is its deeds, and harsh words about them criticism */
		if (thing_of(s, an, obj, counts))
			return verbal_too(verb) && an->np[obj].poss_code && !an->np[obj].code ? "111" : NULL;
		return code;
	}
	/* "deployed monitors", "stationed observers", "deployed its
	** resources": a show of force needs a force; people and means that
	** are none, and ideas, show none */
	if (code[0] == '1' && code[1] == '5' && !g->passive && thing_of(s, an, obj, unarmed))
		return NULL;
	if ((!strncmp(code, "150", 3) || !strncmp(code, "154", 3)) && !force_named(an))
		return NULL;
	/* "was denied a pension", "were denied entry": the subject of a
	** passive "deny" is refused something, it denies no charge (016);
	** "the claims were denied" is still a denial */
	if (!strncmp(code, "016", 3) && g->passive && g->subj >= 0 &&
	    ((an->np[g->subj].pronoun && !pl_eq(tok[an->np[g->subj].t0].low, "it")) ||
	     an->np[g->subj].person || an->np[g->subj].code ||
	     pl_eq(lem(&tok[an->np[g->subj].t1 - 1]), "people")))
		return NULL;
	/* "the council denied land allocation for the temple", "denied
	** him a visa": to deny what an authority grants is to refuse it
	** (120), not to deny a charge (016: "denied the claims") */
	if (!strncmp(code, "016", 3) && !g->passive && granted_object(s, an, obj))
		return "120";
	/* "Labour captured the seat from the Conservatives": a seat or a
	** race won is no one taken, whoever it was won from (troops that
	** take a seat of government still do) */
	if ((needs_person(code) || !strncmp(code, "171", 3)) && obj >= 0 && !an->np[obj].code &&
	    is_class(np_class(s, an, obj), "contest") &&
	    !(g->subj >= 0 && !g->passive && armed_actor(an->np[g->subj].code)))
		return NULL;
	/* "is issuing 50,000 currency warrants", "issued Swiss franc bonds
	** with warrants for gold": securities issued, no one to arrest */
	if (!strncmp(code, "173", 3)) {
		for (j = g->t1; j < (uint32_t)g->cl_end && j < an->t1; j++)
			if (security_warrant(s, an, j))
				return NULL;
		if (g->passive && g->subj >= 0 && security_warrant(s, an, an->np[g->subj].t1 - 1))
			return NULL;
	}
	if (needs_person(code) && !has_target && obj >= 0 && !an->np[obj].code) {
		const char *cls = np_class(s, an, obj);
		if (is_class(cls, "abstract") || is_class(cls, "document") || is_class(cls, "cause") ||
		    is_class(cls, "amount") || is_class(cls, "animal") || is_class(cls, "duty"))
			return NULL;   /* "released a report", "charge fees" */
	}
	if (!strncmp(code, "114", 3) && complaint_at_law(an, g, verb))
		return "115";
	if (traded_sense(s, an, g, verb, code, obj, has_target))
		return NULL;
	{
		const char *aid = aid_sense(s, an, g, code, has_target);
		if (aid)
			return *aid ? aid : NULL;
	}
	{
		const char *kind = aid_kind(s, an, g, code);
		if (kind)
			return *kind ? kind : NULL;
	}
	if (market_offer(s, an, g, verb, code))
		return NULL;
	if (guaranteed_paper(s, an, g, verb, code, has_target))
		return NULL;
	if (supported_market(s, an, g, verb, code, obj, has_target))
		return NULL;
	if (routine_departure(an, g, verb, code))
		return NULL;
	/* one meets people, or meets an obligation, a demand, a cost or a
	** target: the latter is no meeting ("will meet our obligations to
	** pensioners", "met the deadline"), whoever the phrase after it names */
	/* "would not meet their demands": a refusal to yield (124), not to meet */
	if (!strncmp(code, "125", 3) && pl_eq(verb, "meet") && met_thing(s, an, g, obj) == 2)
		return "124";
	/* "to meet peak demand": a market's demand met is no yielding */
	if ((!strncmp(code, "080", 3) || !strncmp(code, "035", 3)) && pl_eq(verb, "meet") &&
	    met_thing(s, an, g, obj) == 1)
		return NULL;
	if ((code[0] == '0' && code[1] == '4') || !strncmp(code, "036", 3)) {
		m = pl_eq(verb, "meet") ? met_thing(s, an, g, obj) : 0;
		/* "hopes to meet the April 1 date": an intent read from the verb
		** before "to meet" asks the same of what is met */
		if (!pl_eq(verb, "meet") && k + 1 < an->nvg && an->vg[k + 1].infinitive &&
		    an->vg[k + 1].t0 <= g->t1 + 1 && pl_eq(lem(&tok[an->vg[k + 1].v]), "meet") &&
		    met_thing(s, an, &an->vg[k + 1], pl_object_of(an, &an->vg[k + 1])) == 1)
			return NULL;
		if (m == 2)   /* "met the strikers' demands": yielded to them */
			return code[1] == '3' ? "035" : "080";
		if (m)
			return NULL;
	}
	/* seizing property (171) needs a thing: "seized the initiative",
	** "captured 40 percent of the vote" take nothing */
	if (!strncmp(code, "171", 3) && !has_target && obj >= 0 && !an->np[obj].code) {
		const char *cls = np_class(s, an, obj);
		if (is_class(cls, "abstract") || is_class(cls, "amount"))
			return NULL;
	}
	return code;
}

/* Codes of force and its threat that politics uses as figures of speech:
** roots 18-20, a threat of force (138), a show of force (15) and coercion
** (170, 137 "forced a vote"). */
static int figurative_force(const char *code)
{
	return forceful(code) || !strncmp(code, "138", 3) || (code[0] == '1' && code[1] == '5') ||
	       pl_eq(code, "170") || !strncmp(code, "137", 3);
}

/* The role of an actor code after its country ("GBRPTYLAB" -> "PTYLAB"),
** the code itself when it is three letters (a bare role or a country). */
const char *pl_role_of(const char *code)
{
	size_t n = strlen(code);
	return n >= 6 ? code + 3 : code;   /* a bare role or country stays whole */
}

/* Is an actor code one of politics' talking roles: government, opposition,
** parties, legislators, elites, judges, the press, business, unions,
** pressure groups, schools? */
static int political_actor(const char *code)
{
	static const char *const roles[] = {"GOV", "OPP", "PTY", "LEG", "ELI", "JUD", "MED", "BUS",
		"LAB", "NGO", "EDU", NULL};
	const char *r;
	int i;
	if (!code || armed_actor(code))
		return 0;
	if (!strncmp(code, "IGO", 3))
		return 1;   /* "attacked the European Union": a body of states */
	r = pl_role_of(code);
	for (i = 0; roles[i]; i++)
		if (!strncmp(r, roles[i], 3))
			return 1;
	return 0;
}

/* A political actor that holds no state power: parties, the opposition,
** legislators, the press, business, unions and pressure groups. */
static int campaigner(const char *code)
{
	const char *r = pl_role_of(code);
	return political_actor(code) && strncmp(r, "GOV", 3) && strncmp(r, "JUD", 3);
}

/* Words that put real force in a sentence: weapons, wounds, the dead,
** fighters and soldiers. */
static int violence_word(const char *lemma)
{
	static const char *const w[] = {"kill", "killing", "dead", "death", "die", "wound", "wounded",
		"injure", "injured", "injury", "shoot", "shot", "shooting", "gun", "gunman", "gunfire",
		"bomb", "bombing", "explosive", "explosion", "blast", "grenade", "missile", "rocket",
		"shell", "shelling", "artillery", "airstrike", "air", "drone", "tank", "weapon", "arm",
		"knife", "stab", "troop", "soldier", "army", "militant", "fighter", "rebel", "insurgent",
		"assailant", "attacker", "police", "officer", "hospital", "bleed", "beat", "punch",
		"riot", "raid", "invade", "invasion", "casualty", "hostage", "jail", "prison", "assassinate",
		"assassination", "militants", "troops", "soldiers", NULL};
	static pl_wordset set = PL_WORDSET(w);
	return pl_in_set(&set, lemma);
}

/* Does a word of real force stand where it bears on the act at head: in
** the clause of a verb (its subject, object, instrument: "shot the MP",
** "attacked him with a knife"), leaving out what the act is about or after
** ("attacked ministers over the bombing", "after the shooting"); anywhere
** in the sentence for a noun, whose clause is not known.  A violence word
** in another clause ("attacked UK policy; a bomb killed ten") tells
** nothing of this verb's sense. */
static int violent_around(const pl_sentan *an, uint32_t head)
{
	static const char *const topic[] = {"over", "about", "after", "following", "on", "for",
		"amid", "despite", "since", "regarding", NULL};
	/* "a warning shot", "his opening salvo", "a parting shot": words, not
	** shots */
	static const char *const said[] = {"warning", "opening", "parting", NULL};
	uint32_t j, lo = an->t0, hi = an->t1, s0 = 0, s1 = 0;
	int k;
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].v == head) {
			const pl_vg *g = &an->vg[k];
			lo = g->subj >= 0 && an->np[g->subj].t0 < g->t0 ? an->np[g->subj].t0 : g->t0;
			if (g->cl_end > 0 && (uint32_t)g->cl_end < hi)
				hi = (uint32_t)g->cl_end;
			/* "the former police chief clashed with ...": a subject coded
			** as a politician is not armed, whatever its title says */
			if (g->subj >= 0 && political_actor(an->np[g->subj].code)) {
				s0 = an->np[g->subj].t0;
				s1 = an->np[g->subj].t1;
			}
			break;
		}
	for (j = lo; j < hi; j++) {
		if (k < an->nvg && j > head && pl_in_list(an->tok[j].low, topic) && j + 1 < hi &&
		    an->np_of[j + 1 - an->t0] >= 0) {
			j = an->np[an->np_of[j + 1 - an->t0]].t1 - 1;
			continue;
		}
		if ((j >= s0 && j < s1) || (j > an->t0 && pl_in_list(an->tok[j - 1].low, said)))
			continue;
		if (violence_word(lem(&an->tok[j])) || violence_word(an->tok[j].low))
			return 1;
	}
	return 0;
}

/* Is token j a score of play, two numbers of one or two digits joined by a
** dash ("6-4", "18-12", "52-3"; not years, "1939-45")? */
static int score_token(const pl_token *t)
{
	const char *p = t->low;
	int a = 0, b = 0;
	while (*p >= '0' && *p <= '9')
		p++, a++;
	if (a < 1 || a > 2 || *p != '-')
		return 0;
	for (p++; *p >= '0' && *p <= '9'; p++)
		b++;
	return b >= 1 && b <= 2 && *p == 0;
}

/* Words of real force that sport also uses for play ("beat England", "a
** fierce shot", "an injury scare", "striking the ball", "the attack"). */
static int play_too(const char *w)
{
	static const char *const p[] = {"beat", "shot", "shoot", "shooting", "injury", "injured",
		"injure", "wound", "wounded", "strike", "striker", "attack", "attacker", "fighter",
		"air", "arm", "shell", "officer", NULL};
	return pl_in_list(w, p);
}

/* Is the sentence one of play: a word of sport (dict/objects.tsv class
** play: "match", "title", "tournament", "coach", "try") or a score, with no
** word of real force that play does not use and no fans, whose fights are
** real ("police battled with fans after the match")?  Its clashes, battles,
** sieges and attacks are the game's. */
static int at_play(const pl_store *s, const pl_sentan *an)
{
	static const char *const crowd[] = {"fan", "supporter", "hooligan", "spectator", "steward",
		"riot", NULL};
	uint32_t j;
	int play = 0;
	for (j = an->t0; j < an->t1; j++) {
		const pl_token *t = &an->tok[j];
		const char *l = lem(t);
		if ((violence_word(l) || violence_word(t->low)) && !play_too(l) && !play_too(t->low))
			return 0;
		if (pl_in_list(l, crowd))
			return 0;
		/* (a noun: "try", "tackle" as verbs are no rugby; but "match"
		** after "the Six Nations" is often tagged a verb) */
		if (score_token(t) || ((PL_TAG_IS_NOUN(t->tag) || pl_eq(l, "match")) &&
		    is_class(pl_tok_get_lem(&s->objclass, t), "play")))
			play = 1;
	}
	return play;
}

/* Is the subject of the passive verb at head a party by its name
** ("Labour", "the Tories"), not a member of it ("a Labour councillor", "a
** Tory activist", "he")? */
static int party_named(const pl_sentan *an, uint32_t head)
{
	int k = pl_vg_of(an, head), q;
	const pl_token *h;
	if (k < 0 || (q = an->vg[k].subj) < 0 || an->np[q].pronoun || an->np[q].person)
		return 0;
	h = &an->tok[an->np[q].t1 - 1];
	return (h->tag == PL_T_NNP || h->tag == PL_T_NNPS) &&
	       an->np[q].a1 >= an->np[q].t1;   /* the name is the head */
}

/* Is chunk q words: a message, a document, an idea (dict/objects.tsv
** classes message, document, abstract)? */
static int words_chunk(const pl_store *s, const pl_sentan *an, int q)
{
	const char *c = np_class(s, an, q);
	return !an->np[q].code && !an->np[q].person &&
	       (is_class(c, "message") || is_class(c, "document") || is_class(c, "abstract"));
}

/* Are the arms of the verb at head words: "bombarded MPs with letters",
** "were ambushed with questions", "attacked him with a barrage of
** criticism"?  The chunk after a "with" in the verb's clause, or the one
** after its "of". */
static int armed_with_words(const pl_store *s, const pl_sentan *an, uint32_t head)
{
	uint32_t j, end;
	int k = pl_vg_of(an, head), q;
	if (k < 0)
		return 0;
	end = an->vg[k].cl_end > (int)an->vg[k].t1 ? (uint32_t)an->vg[k].cl_end : an->t1;
	for (j = an->vg[k].t1; j + 1 < end; j++) {
		if (!pl_eq(an->tok[j].low, "with"))
			continue;
		q = an->np_of[j + 1 - an->t0];
		if (q < 0 || an->np[q].t0 != j + 1)
			return 0;
		j = an->np[q].t1;
		/* "with surveys showing ...": a clause of its own, no arms */
		if (j < end && an->tok[j].tag == PL_T_VBG)
			return 0;
		if (words_chunk(s, an, q))
			return 1;
		if (j + 1 < end && pl_eq(an->tok[j].low, "of") && (q = an->np_of[j + 1 - an->t0]) >= 0 &&
		    an->np[q].t0 == j + 1)
			return words_chunk(s, an, q);
		return 0;
	}
	return 0;
}

/* Is chunk q a fight that a word before its head puts in a court, a
** parliament, a campaign or a market: "a High Court battle", "the
** leadership battle", "an election fight", "a legal war", "the budget
** clash", "a price war", "a charm offensive"? */
static int contest_chunk(const pl_store *s, const pl_sentan *an, int q)
{
	static const char *const contests[] = {"battle", "fight", "war", "clash", "struggle",
		"showdown", "skirmish", "fightback", "warfare", "offensive", NULL};
	static const char *const arenas[] = {"legal", "court", "courtroom", "political", "electoral",
		"parliamentary", "constitutional", "boardroom", "verbal", "charm", "diplomatic",
		"publicity", "propaganda", "media", "price", "trade", "marketing", "advertising",
		"bidding", "takeover", "ratings", NULL};
	const pl_token *tok = an->tok;
	uint32_t j;
	if (q < 0 || !pl_in_list(lem(&tok[an->np[q].t1 - 1]), contests))
		return 0;
	for (j = an->np[q].t0; j + 1 < an->np[q].t1; j++) {
		const char *c = pl_tok_get_low(&s->objclass, &tok[j]);
		if (pl_in_list(tok[j].low, arenas) || is_class(c, "contest") || is_class(c, "abstract"))
			return 1;
	}
	return 0;
}

/* Is the object of the verb at head an attack in words: "launched a
** blistering attack on the government", "mounted a fresh assault on
** ministers", "fired a broadside at the government"? */
static int attack_object(const pl_sentan *an, uint32_t head)
{
	static const char *const w[] = {"attack", "assault", "broadside", "tirade", "onslaught",
		"salvo", NULL};
	uint32_t j;
	int k = pl_vg_of(an, head), q;
	if (k < 0 || an->vg[k].passive || an->vg[k].t1 >= an->t1)
		return 0;
	q = an->np_of[an->vg[k].t1 - an->t0];
	if (q < 0 || !pl_in_list(lem(&an->tok[an->np[q].t1 - 1]), w))
		return 0;
	/* on an actor ("an attack on Blair"), not on a market or a problem
	** ("launching a major attack on these new markets") */
	j = an->np[q].t1;
	if (j + 1 >= an->t1 || !(pl_eq(an->tok[j].low, "on") || pl_eq(an->tok[j].low, "at") ||
	                         pl_eq(an->tok[j].low, "against")))
		return 0;
	q = an->np_of[j + 1 - an->t0];
	return q >= 0 && (an->np[q].code || an->np[q].poss_code);
}

/* Is "target" at head aimed at an audience: "a newsletter targeted to
** private investors", "targeted campaigns at voters", "screening will be
** targeted on applicants"?  "at", "to", "towards" or "on" within three
** words after it, no verb or comma between. */
static int aimed_at(const pl_sentan *an, uint32_t head)
{
	static const char *const w[] = {"at", "to", "towards", "toward", "on", NULL};
	uint32_t j;
	for (j = head + 1; j < an->t1 && j <= head + 4; j++) {
		if (pl_in_list(an->tok[j].low, w))
			return an->tok[j].tag != PL_T_TO || j + 1 >= an->t1 ||
			       !PL_TAG_IS_VERB(an->tok[j + 1].tag);
		if (PL_TAG_IS_VERB(an->tok[j].tag) || an->tok[j].tag == PL_T_PPC || an->tok[j].tag == PL_T_PPS)
			return 0;
	}
	return 0;
}

/* Is what "target" at head aims at a goal, not a foe: a figure, a date,
** a market or a line of business ("targetting a fall in this year's trade
** surplus", "has targeted financial services as a sector", "the plan
** targets total sales of six billion dlrs", "start-up is targeted for the
** third quarter")?  The verb's object (a passive's subject), no actor and
** no person, by its head noun or its class (amounts, duties such as
** "goal", ideas such as "plan"). */
static int goal_target(const pl_store *s, const pl_sentan *an, uint32_t head)
{
	static const char *const goals[] = {"sale", "sales", "growth", "fall", "rise", "increase",
		"decline", "reduction", "cut", "surplus", "deficit", "output", "production", "profit",
		"earnings", "revenue", "income", "return", "market", "sector", "segment", "niche",
		"service", "business", "customer", "consumer", "buyer", "client", "investor", "rate",
		"level", "price", "inflation", "figure", "volume", "export", "import", "expansion",
		"start-up", "startup", "completion", "saving", "spending", "investment", "yield",
		"capacity", "acquisition", "shipment", "supply", "demand", "product", NULL};
	static const char *const cls[] = {"amount", "duty", "abstract", "document", NULL};
	int k = pl_vg_of(an, head), q;
	if (k < 0 || (q = pl_object_of(an, &an->vg[k])) < 0 || an->np[q].code ||
	    an->np[q].poss_code || an->np[q].person || an->np[q].pronoun)
		return 0;
	return pl_in_list(lem(&an->tok[an->np[q].t1 - 1]), goals) ||
	       pl_in_list(an->tok[an->np[q].t1 - 1].low, goals) || thing_of(s, an, q, cls);
}

const char *pl_force_sense(const pl_store *s, const pl_sentan *an, const char *code,
                           const char *src, const char *tgt, int passive, uint32_t head,
                           int src_private)
{
	if (s->petrarch || !code)
		return code;
	/* "a second round clash with Agassi", "battled past Ancic 6-4 3-6
	** 6-3", "Wales laid siege to the English line", "snatched three
	** points": force, seizure and pressure between players are play
	** (a ban a sports body threatens, 137, is a real sanction) */
	if (((figurative_force(code) && strncmp(code, "137", 3)) || !strncmp(code, "171", 3)) &&
	    !armed_actor(src) && !armed_actor(tgt) && at_play(s, an))
		return NULL;
	if (!figurative_force(code))
		return code;
	/* "Finnish police raided a BitTorrent site", "a series of raids by
	** fiscal police", "raids on suspected pirates by the FBI": a police
	** raid is a search and a seizure, coercion (170), not force between
	** armed sides or an assault, unless the raided are armed themselves */
	if (forceful(code) && pl_eq(lem(&an->tok[head]), "raid") && src &&
	    strstr(pl_role_of(src), "COP") && !armed_actor(tgt))
		return "170";
	/* "launched a charm offensive", "waged a price war", "fired back that":
	** the fight its object names is a campaign's or a market's, and a
	** shot back with words is a retort */
	{
		int k = pl_vg_of(an, head);
		if (k >= 0 && !armed_actor(src) && !violent_around(an, head)) {
			const pl_vg *g = &an->vg[k];
			if (!g->passive && g->t1 < an->t1 && contest_chunk(s, an, an->np_of[g->t1 - an->t0]))
				return NULL;
		}
		if (k >= 0 && !armed_actor(src) && head + 2 < an->t1 &&
		    pl_eq(an->tok[head + 1].low, "back") &&
		    (pl_eq(lem(&an->tok[head]), "shoot") || pl_eq(lem(&an->tok[head]), "fire")) &&
		    (pl_eq(an->tok[head + 2].low, "that") || pl_eq(an->tok[head + 2].low, ":") ||
		     pl_eq(an->tok[head + 2].low, ",") || (an->tok[head + 2].flags & PL_TOK_QOPEN)))
			return NULL;
	}
	/* "voters bombarded MPs with letters", "was ambushed with questions":
	** force whose arms are words is words (criticism when the verb says
	** it too, "attacked the plan with a barrage of criticism") */
	if (!armed_actor(src) && !violent_around(an, head) && armed_with_words(s, an, head))
		return src && verbal_too(lem(&an->tok[head])) && strcmp(lem(&an->tok[head]), "target") ?
		       "111" : NULL;
	/* "target" is to aim; aimed at an audience or at a goal (a figure,
	** a market), or by one who holds no force (a firm, a party,
	** campaigners: "anti-smoking campaigners target public smoking"),
	** with no word of force, it is no attack (what the press targets is
	** whom it writes against, below) */
	if (pl_eq(lem(&an->tok[head]), "target") && !armed_actor(src) && !violent_around(an, head) &&
	    (aimed_at(an, head) || goal_target(s, an, head) ||
	     (src && strncmp(pl_role_of(src), "MED", 3) && (campaigner(src) || strstr(src, "CVL")))))
		return NULL;
	/* "a councillor was attacked outside his home": force done to someone
	** by no one named is reported as such; but a party has no body to
	** strike ("Labour is targeted in Liverpool", "the Tories were
	** savaged"): with no word of real force it is a figure */
	if (!src && passive) {
		if (tgt && !strncmp(pl_role_of(tgt), "PTY", 3) && party_named(an, head) &&
		    !violent_around(an, head))
			return verbal_too(lem(&an->tok[head])) && strcmp(lem(&an->tok[head]), "target") ?
			       "111" : NULL;
		return code;
	}
	if (src && !political_actor(src) && !src_private)
		return code;
	/* "MHI is fighting back against low-priced South Korean competition",
	** "Chrysler is escalating its war with parts counterfeiters": a firm
	** holds no arms; with no word of real force its fights are in the
	** market or the courts, and its attack on an actor is words */
	if (src && !strncmp(pl_role_of(src), "BUS", 3) && !violent_around(an, head))
		return tgt && verbal_too(lem(&an->tok[head])) && strcmp(lem(&an->tok[head]), "target") &&
		       (forceful(code) || !strncmp(code, "138", 3)) ? "111" : NULL;
	/* "the Sun targeted Ken Livingstone", "the Daily Mail attacked the
	** mayor": the press has no force to use, whoever its target is; its
	** attack is what it writes */
	if (src && !strncmp(pl_role_of(src), "MED", 3) && !violent_around(an, head)) {
		if (verbal_too(lem(&an->tok[head])))
			return forceful(code) || !strncmp(code, "138", 3) ? "111" : NULL;
		return NULL;
	}
	/* the target a politician, or voters for a party or a campaign
	** ("Labour targeted voters in marginal seats"; a government's force
	** against civilians is real) */
	if (tgt ? !(political_actor(tgt) || (src && campaigner(src) && strstr(tgt, "CVL"))) : !src)
		return code;
	if (violent_around(an, head))
		return code;
	/* "Kennedy attacked Mr Brown", "clashed with ministers" are words;
	** "fought the seat", "targeted voters", "forced a vote", "declared war
	** on each other" between politicians are not events CAMEO codes
	** ("targeted" voters or seats is campaigning, not criticism) */
	{
		static const char *const fig[] = {"fight", "battle", "war", "warfare", "target", "force",
			"pressure", "declare", "launch", "wage", "snatch", "storm", "ambush", "bombard",
			"torpedo", "sabotage", "fire", "shoot", "knock", "crush", "destroy", "kill",
			"punish", "siege", "besiege", "invade", "raid", "capture", "seize", "conquer",
			"defeat", "beat", "occupy", "mobilise", "mobilize", "deploy", "ram", "bulldoze",
			"steamroller", "steamroll", "railroad", "bludgeon", NULL};
		const char *v = lem(&an->tok[head]);
		/* (what the press "targets" is whom it writes against: "the
		** minister was targeted by the newspaper") */
		int press = src && !strncmp(pl_role_of(src), "MED", 3);
		if ((verbal_too(v) && (strcmp(v, "target") || press)) || pl_eq(v, "clash"))
			return forceful(code) || !strncmp(code, "138", 3) ? "111" : NULL;
		/* (a noun with no source named, "the war against the Baghdad
		** government", may be a real one; "pressure on the industry" is
		** not) */
		/* (nor is a battle against a party, a union or a parliament: "in
		** a battle with the unions", "the battle against Labour") */
		if ((src || PL_TAG_IS_VERB(an->tok[head].tag) || pl_eq(v, "pressure") ||
		     (tgt && campaigner(tgt))) &&
		    (pl_in_list(v, fig) || pl_in_list(an->tok[head].low, fig)))
			return src && attack_object(an, head) ? "111" : NULL;
	}
	return code;
}

/* Things that last once made: agreements, offers, cooperation, aid and
** sanctions (roots 03, 05, 06, 07, 16).  Named as the subject of "to be"
** they are being described ("the deal is flawed"); an arrest, a protest or
** an attack named so is still the news ("the arrest was part of an
** inquiry"). */
static int standing(const char *code)
{
	return (code[0] == '0' && (code[1] == '3' || code[1] == '5' || code[1] == '6' || code[1] == '7')) ||
	       (code[0] == '1' && code[1] == '6');
}

/* Is noun chunk q a strike that stops work, not one of arms: "strikes
** against a government freeze on wages", "a strike on the Buenos Aires
** underground"?  Its head "strike" with no word of arms before it ("air",
** "missile", "military", "retaliatory"), no actor of its own but workers
** ("Israeli strikes on Gaza" are a state's), and no word of real force
** in the sentence. */
static int labour_strike(const pl_sentan *an, int q)
{
	static const char *const arms[] = {"air", "military", "missile", "rocket", "drone",
		"artillery", "retaliatory", "preemptive", "pre-emptive", "precision", "nuclear",
		"surgical", "naval", "aerial", "first", "punitive", "bombing", NULL};
	const pl_np *np = &an->np[q];
	const char *c = np->code ? np->code : np->poss_code;
	uint32_t j;
	if (!pl_eq(lem(&an->tok[np->t1 - 1]), "strike"))
		return 0;
	for (j = np->t0; j + 1 < np->t1; j++)
		if (pl_in_list(an->tok[j].low, arms))
			return 0;
	if (c && strncmp(pl_role_of(c), "LAB", 3))
		return 0;
	return !violent_around(an, np->t1 - 1);
}

const char *pl_noun_sense(const pl_store *s, const pl_sentan *an, int q, const char *code,
                          int *keep_target)
{
	const pl_np *np = &an->np[q];
	const pl_token *tok = an->tok;
	/* fights that a word before them puts in a court, a parliament or a
	** campaign: "a High Court battle", "the leadership battle", "an
	** election fight", "a legal war", "the budget clash" */
	static const char *const business[] = {"business", NULL};
	const char *cls, *head = lem(&tok[np->t1 - 1]);
	uint32_t j = np->t1;
	int obj;
	*keep_target = 1;
	if (s->petrarch || !code)
		return code;
	/* "its withdrawal from a Japanese smelter venture", "a withdrawal of
	** surplus funds": a firm leaving a trade, or money drawn out */
	if (!strncmp(code, "087", 3) && !np->code && j + 1 < an->t1 &&
	    (pl_eq(tok[j].low, "from") || pl_eq(tok[j].low, "of")) &&
	    (tok[j + 1].tag == PL_T_VBG || trade_word(s, &tok[j + 1]) ||
	     trade_thing(s, an, an->np_of[j + 1 - an->t0])))
		return NULL;
	/* "a build-up in stocks", "an inventory build-up", "the deployment
	** of emission controls"; a bare "the deployment" may still be of
	** troops the story named before */
	if ((!strncmp(code, "150", 3) || !strncmp(code, "154", 3)) && !force_named(an) &&
	    (tok[np->t0].tag != PL_T_DT || np->t1 - np->t0 > 2 ||
	     (j < an->t1 && tok[j].tag == PL_T_IN)))
		return NULL;
	if (!(forceful(code) || needs_person(code)))
		return code;
	if (!strncmp(code, "173", 3) && security_warrant(s, an, np->t1 - 1))
		return NULL;
	/* "a charge of 15 mln dlrs", "charges against its advances": money
	** booked, not a charge before the law ("indictments of Wall Street
	** figures" charge people: only the things a firm books count) */
	if (!strncmp(code, "173", 3) && j + 1 < an->t1 && (pl_eq(tok[j].low, "of") ||
	    pl_eq(tok[j].low, "against")) && (trade_word(s, &tok[j + 1]) ||
	    thing_of(s, an, an->np_of[j + 1 - an->t0], business)))
		return NULL;
	/* "animal slaughter", "the badger cull": killing animals */
	for (j = np->t0; j + 1 < np->t1; j++)
		if (is_class(pl_tok_get_lem(&s->objclass, &tok[j]), "animal"))
			return NULL;
	if (forceful(code) && contest_chunk(s, an, q))
		return NULL;
	if (forceful(code) && labour_strike(an, q))
		return "143";
	j = np->t1;
	if (!(j + 1 < an->t1 && (pl_eq(tok[j].low, "of") || pl_eq(tok[j].low, "on") ||
	      pl_eq(tok[j].low, "against") || pl_eq(tok[j].low, "over") ||
	      pl_eq(tok[j].low, "for"))))
		return code;
	obj = an->np_of[j + 1 - an->t0];
	if (obj < 0 || an->np[obj].t0 != j + 1)
		return code;
	cls = np_class(s, an, obj);
	if (!an->np[obj].code && (is_class(cls, "animal") || is_class(cls, "idiom")))
		return NULL;   /* "the slaughter of animals", "an attack on the problem" */
	/* "an attack on the budget plan", "on UK policy" (the state only
	** whose policy it is) */
	if (!thing_of(s, an, obj, ideas))
		return code;
	if (forceful(code) && verbal_too(head)) {
		*keep_target = an->np[obj].code != NULL;
		return "111";
	}
	return NULL;
}

/* Is the actor of an event one no dictionary places in politics: none
** named, a name no dictionary knows, or a private person of no known
** country ("a woman", "a resident": the civilian role with no country
** found for it)?  An uncoded actor with another role (police, gunmen,
** clergy) is someone CAMEO codes. */
static int private_ref(const pl_sentan *an, const pl_actorref *r)
{
	int q;
	if (r->code)
		return 0;
	if (!r->file)
		return 1;
	for (q = 0; q < an->nnp; q++) {
		const pl_np *np = &an->np[q];
		if (np->a0 == r->t0 && np->a1 == r->t1 && np->code)
			return pl_eq(pl_role_of(np->code), "CVL");
	}
	return 0;
}

/* Does the sentence name the means or the fighters of war or terror
** (bombs, air strikes, shelling, troops, militants), which make force
** political even with no actor coded ("a car bomb killed 12 people", "an
** air strike killed 15 civilians"), or an execution, which only a state
** carries out?  Not guns, knives or police, which crime has too. */
static int war_in(const pl_sentan *an)
{
	static const char *const w[] = {"bomb", "bomber", "bombing", "suicide", "militant",
		"insurgent", "rebel", "troop", "troops", "soldier", "army", "military", "airstrike",
		"missile", "rocket", "shelling", "guerrilla", "explosive", "explosion", "blast",
		"drone", "jihadist", "artillery", "mortar", "gunfire", "warplane", "militants",
		"soldiers", "execution", "executions", "grenade", "landmine", "ied", "fighting", NULL};
	uint32_t j;
	for (j = an->t0; j < an->t1; j++) {
		if (pl_in_list(lem(&an->tok[j]), w) || pl_in_list(an->tok[j].low, w))
			return 1;
		if (pl_eq(an->tok[j].low, "air") && j + 1 < an->t1 &&
		    !strncmp(lem(&an->tok[j + 1]), "strike", 6))
			return 1;
	}
	return 0;
}

/* The token after the word that names event e: the end of its verb group,
** or of the chunk of its noun. */
static uint32_t event_end(const pl_sentan *an, const pl_event *e)
{
	int k, q;
	if (e->nominal) {
		q = e->v >= an->t0 && e->v < an->t1 ? an->np_of[e->v - an->t0] : -1;
		return q >= 0 ? an->np[q].t1 : e->v + 1;
	}
	for (k = 0; k < an->nvg; k++)
		if (an->vg[k].v == e->v)
			return an->vg[k].t1;
	return e->v + 1;
}

/* Is the force of event f, named by a noun, what another event of the
** sentence takes up: the object of an inquiry (root 09, whoever leads
** it: "a probe into the murder of a prisoner"), or of a condemnation or a
** protest by a state, a body or an officer (roots 11, 14, no private
** person: "the UN condemned the killing of five civilians"), asserted and
** not negated, the noun's chunk right after it or after its preposition?
** Such force is the news, not a private crime. */
static int force_taken_up(const pl_sentan *an, const pl_event *ev, size_t first, size_t n,
                          const pl_event *f)
{
	size_t i;
	int q;
	uint32_t t0;
	if (!f->nominal || f->v < an->t0 || f->v >= an->t1 || (q = an->np_of[f->v - an->t0]) < 0)
		return 0;
	t0 = an->np[q].t0;
	for (i = first; i < n; i++) {
		const char *c = ev[i].cameo->code;
		uint32_t e;
		if (&ev[i] == f || ev[i].negated || ev[i].mood != PL_MOOD_ASSERTED)
			continue;
		if (!((c[0] == '0' && c[1] == '9') ||
		      (c[0] == '1' && (c[1] == '1' || c[1] == '4') && !private_ref(an, &ev[i].src))))
			continue;
		e = event_end(an, &ev[i]);
		if (e == t0 || (e + 1 == t0 && an->tok[e].tag == PL_T_IN &&
		                (pl_eq(an->tok[e].low, "into") || pl_eq(an->tok[e].low, "of") ||
		                 pl_eq(an->tok[e].low, "against") || pl_eq(an->tok[e].low, "over"))))
			return 1;
	}
	return 0;
}

size_t pl_drop_private_force(const pl_sentan *an, pl_event *ev, size_t first, size_t n)
{
	size_t i, o;
	int war = -1;
	for (i = o = first; i < n; i++) {
		const char *c = ev[i].cameo->code;
		int force = (c[0] == '1' && (c[1] == '8' || c[1] == '9')) || (c[0] == '2' && c[1] == '0');
		if (force && private_ref(an, &ev[i].src) && private_ref(an, &ev[i].tgt) &&
		    !(war < 0 ? (war = war_in(an)) : war) && !force_taken_up(an, ev, first, n, &ev[i]))
			continue;
		ev[o++] = ev[i];
	}
	return o;
}

/* Is date a before date b (both known)? */
static int date_before(pl_date a, pl_date b)
{
	if (!a.y || !b.y)
		return 0;
	return a.y != b.y ? a.y < b.y : a.m != b.m ? a.m < b.m : a.d < b.d;
}

/* Agreements: CAMEO 057 (sign a formal agreement) and the cooperation
** codes a noun like "deal" or "accord" gives. */
static int agreement_code(const char *code)
{
	return !strncmp(code, "057", 3) || !strncmp(code, "03", 2) || !strncmp(code, "06", 2);
}

int pl_existing_mention(const pl_store *s, const pl_sentan *an, const pl_docctx *ctx, int q,
                        const char *code)
{
	static const char *const old[] = {"existing", "previous", "former", "earlier", "old",
		"original", "then", "defunct", "past", NULL};
	const pl_np *np = &an->np[q];
	const pl_token *tok = an->tok;
	uint32_t j, e;
	if (s->petrarch)
		return 0;
	/* the words before the head, after a possessor ("the former prime
	** minister's call" is a call made now); a possessor that is a past
	** year ("last year's invasion", "1998's resignation") names an
	** event of the past */
	for (j = np->t1 - 1; j > np->t0; j--)
		if (tok[j - 1].tag == PL_T_POS) {
			const pl_token *y = j >= an->t0 + 2 ? &tok[j - 2] : NULL;
			if (y && pl_eq(y->low, "year") && j >= an->t0 + 3 &&
			    (pl_eq(tok[j - 3].low, "last") || pl_eq(tok[j - 3].low, "previous")))
				return 1;
			if (y && y->tag == PL_T_CD && strlen(y->low) == 4 && ctx->date.y &&
			    atoi(y->low) >= 1900 && atoi(y->low) < ctx->date.y)
				return 1;
			break;
		}
	for (j = j > np->t0 ? j : np->t0; j + 1 < np->t1; j++) {
		const pl_token *t = &tok[j];
		if (pl_in_list(t->low, old))
			return 1;
		/* "the 2015 nuclear agreement", "last year's deal" */
		if (t->tag == PL_T_CD && strlen(t->low) == 4 && t->low[0] >= '1' && t->low[0] <= '2') {
			int y = atoi(t->low);
			if (y >= 1900 && y <= 2100 && (!ctx->date.y || y < ctx->date.y))
				return 1;
		}
		if (pl_eq(t->low, "last") && j + 2 < np->t1 && tok[j + 2].tag == PL_T_POS)
			return 1;
	}
	/* a date before the head a month or more before the article names
	** an event of the past: "the 11 September attacks", "the July
	** bombings" (not "the Monday attack", nor "Monday's attack": recent,
	** the news) */
	{
		int d;
		for (d = 0; d < an->ndates; d++) {
			const pl_datex *x = &an->dates[d];
			/* in the chunk, or between "the" and it ("the 11 September
			** | terror attacks" chunked apart) */
			int in = x->t0 >= np->t0 && x->t1 < np->t1;
			int before = x->t1 == np->t0 && x->t0 > an->t0 && pl_eq(tok[x->t0 - 1].low, "the");
			if ((in || before) && tok[x->t1].tag != PL_T_POS &&
			    x->date.y && ctx->date.y && date_before(pl_date_add(x->date, 30), ctx->date))
				return 1;
		}
	}
	/* the subject of "to be": "the agreement is flawed", "the deal between
	** Iran and the powers was a mistake" */
	e = np->t1;
	while (e < an->t1 && an->np_of[e - an->t0] >= 0)
		e = an->np[an->np_of[e - an->t0]].t1;
	for (j = e; j + 1 < an->t1 && j < e + 8; j++) {
		int qq = an->np_of[j - an->t0];
		if (tok[j].tag == PL_T_IN || tok[j].tag == PL_T_CC || (qq >= 0 && an->np[qq].t0 == j)) {
			if (qq >= 0)
				j = an->np[qq].t1 - 1;
			continue;
		}
		break;
	}
	if (j < an->t1 && pl_eq(lem(&tok[j]), "be") && PL_TAG_IS_VERB(tok[j].tag) &&
	    (np->t0 == an->t0 || tok[np->t0 - 1].tag != PL_T_IN) && standing(code)) {
		uint32_t x = j + 1;
		while (x < an->t1 && (tok[x].tag == PL_T_RB || pl_eq(tok[x].low, "not")))
			x++;
		/* not "the riots are continuing", "the deal was signed by" */
		if (!(x < an->t1 && (tok[x].tag == PL_T_VBG ||
		      (tok[x].tag == PL_T_VBN && x + 1 < an->t1 && pl_eq(tok[x + 1].low, "by")))))
			return 1;
	}
	/* "the nuclear deal": an agreement named with "the" is one the
	** reader knows */
	if (agreement_code(code) && pl_eq(tok[np->t0].low, "the"))
		return 1;
	return 0;
}

/* ---- confidence ---- */

static const uint8_t how_src[] = {PL_CF_SRC_NONE, PL_CF_SRC_DICT, PL_CF_SRC_PEOPLE,
	PL_CF_SRC_MEMORY, PL_CF_SRC_PRONOUN, PL_CF_SRC_CONTEXT};
static const uint8_t how_tgt[] = {PL_CF_TGT_NONE, PL_CF_TGT_DICT, PL_CF_TGT_PEOPLE,
	PL_CF_TGT_MEMORY, PL_CF_TGT_PRONOUN, PL_CF_TGT_CONTEXT};
static const uint8_t mood_feat[] = {0, PL_CF_MOOD_CONDITIONAL, PL_CF_MOOD_HYPOTHETICAL,
	PL_CF_MOOD_QUESTION};

/* Is a 3-letter actor code a bare role (CAMEO's role codes) rather than a
** state? */
static int role_code(const char *code)
{
	static const char *const roles[] = {"GOV", "MIL", "REB", "OPP", "JUD", "LEG", "CVL", "MED",
		"BUS", "LAB", "REF", "EDU", "HLT", "CRM", "UAF", "ELI", "PTY", "REL", "NGO", "IGO",
		"SPY", "INS", "AGR", "ENV", "DEV", "HRI", "MOD", "RAD", "COP", "SEP", NULL};
	static pl_wordset roles_set = PL_WORDSET(roles);
	return strlen(code) == 3 && pl_in_set(&roles_set, code);
}

/* The features of an event as indexes (enum pl_conf_feature) into ids[],
** with their values; returns how many (up to max). */
static int event_features(const pl_event *e, uint8_t *ids, double *vals, int max)
{
	int n = 0, words, r;
#define FEAT(name, val) do { if (n < max) { ids[n] = (name); vals[n++] = (val); } } while (0)
	FEAT(PL_CF_BIAS, 1.0);
	if (e->src.code)
		FEAT(how_src[e->src.how < 6 ? e->src.how : 0], 1.0);
	else
		FEAT(e->src.named ? PL_CF_SRC_NAMED : PL_CF_SRC_NONE, 1.0);
	FEAT(how_tgt[e->tgt.code && e->tgt.how < 6 ? e->tgt.how : 0], 1.0);
	/* a state or a bare role without one ("GOV", "CVL") */
	if (e->src.code && strlen(e->src.code) == 3)
		FEAT(role_code(e->src.code) ? PL_CF_SRC_ROLE : PL_CF_SRC_STATE, 1.0);
	if (e->tgt.code && strlen(e->tgt.code) == 3)
		FEAT(role_code(e->tgt.code) ? PL_CF_TGT_ROLE : PL_CF_TGT_STATE, 1.0);
	/* how many events its sentence gave (up to 6, as a share of 6) */
	FEAT(PL_CF_SIBS, (e->nsib > 6 ? 6 : e->nsib) / 6.0);
	if (e->src.code && e->tgt.code)
		FEAT(PL_CF_BOTH, 1.0);
	if (e->mood && e->mood < 4)
		FEAT(mood_feat[e->mood], 1.0);
	if (e->negated)
		FEAT(PL_CF_NEGATED, 1.0);
	if (e->nominal)
		FEAT(PL_CF_NOMINAL, 1.0);
	if (e->passive)
		FEAT(PL_CF_PASSIVE, 1.0);
	if (e->future)
		FEAT(PL_CF_INTENT, 1.0);
	if (e->has_place)
		FEAT(PL_CF_PLACE, 1.0);
	/* how specific the pattern is: the words it asks for besides the verb */
	words = e->pat ? e->pat->nelem + e->pat->nprev + (e->pat->particle != NULL) +
	                 (e->pat->pre != NULL) : 0;
	FEAT(PL_CF_PATTERN_WORDS, words > 4 ? 4.0 : (double)words);
	if (words == 0)
		FEAT(PL_CF_PATTERN_BARE, 1.0);
	/* coded by a WordNet neighbour of an unknown word (src/dict/backoff.c) */
	if (e->pat && e->pat->backoff)
		FEAT(PL_CF_BACKOFF, 1.0);
	r = e->cameo ? (e->cameo->code[0] - '0') * 10 + (e->cameo->code[1] - '0') : 0;
	if (r >= 1 && r <= 20)
		FEAT(PL_CF_ROOT01 + r - 1, 1.0);
	/* told in another's words; a source named as a person (the people
	** dictionary, or named again from memory): fitted on judged full records
	** of BBC stories, tools/fit-confidence --bbc */
	if (e->reported)
		FEAT(PL_CF_REPORTED, 1.0);
	if (e->src.code && (e->src.how == PL_HOW_PEOPLE || e->src.how == PL_HOW_MEMORY))
		FEAT(PL_CF_SRC_PERSON, 1.0);
#undef FEAT
	return n;
}

int pl_event_features(const pl_event *e, const char **names, double *vals, int max)
{
	uint8_t ids[32];
	int n = event_features(e, ids, vals, max < 32 ? max : 32), f;
	for (f = 0; f < n; f++)
		names[f] = pl_conf_feature_name[ids[f]];
	return n;
}

void pl_assess_confidence(const pl_store *s, pl_event *ev, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		ev[i].nsib = (uint8_t)(n > 255 ? 255 : n);
	for (i = 0; i < n; i++) {
		uint8_t ids[32];
		double vals[32], z = 0.0;
		int nf = event_features(&ev[i], ids, vals, 32), f;
		if (!s->confw.n) {
			ev[i].confidence = 0.5;
			continue;
		}
		for (f = 0; f < nf; f++) {
			const double *w = s->confw_at[ids[f]];
			if (w)
				z += *w * vals[f];
		}
		ev[i].confidence = 1.0 / (1.0 + exp(-z));
	}
}

void pl_write_features(pl_buf *b, const pl_event *e)
{
	const char *names[32];
	double vals[32];
	int nf = pl_event_features(e, names, vals, 32), f;
	pl_buf_puts(b, "# features");
	for (f = 0; f < nf; f++)
		pl_buf_printf(b, " %s=%g", names[f], vals[f]);
	pl_buf_putc(b, '\n');
}
