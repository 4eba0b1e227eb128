/*
** tagger.h: part-of-speech tagging with a bigram hidden Markov model.
**
** The model is the Penn Treebank-trained lexicon, tag-transition table and
** unknown-word classes of Debian's liblingua-en-tagger-perl, converted at build
** time (tools/gen-lex) into the files of a data directory.  Tags are Penn
** Treebank tags; Lingua's own names for punctuation (pp, ppc, ...) are kept as
** separate tags because its transition table uses them.
*/
#ifndef PL_TAGGER_H
#define PL_TAGGER_H

#include <stddef.h>
#include <stdint.h>

#include "../text/segment.h"

enum pl_tag {
	PL_T_NONE = 0,
	PL_T_CC, PL_T_CD, PL_T_DT, PL_T_EX, PL_T_FW, PL_T_IN, PL_T_JJ, PL_T_JJR,
	PL_T_JJS, PL_T_LRB, PL_T_LS, PL_T_MD, PL_T_NN, PL_T_NNP, PL_T_NNPS,
	PL_T_NNS, PL_T_PDT, PL_T_POS,
	PL_T_PP,   /* sentence-final punctuation . ! ? */
	PL_T_PPC,  /* comma */
	PL_T_PPD,  /* currency sign $ */
	PL_T_PPL,  /* opening quote `` */
	PL_T_PPR,  /* closing quote '' */
	PL_T_PPS,  /* colon, semicolon, dash, ellipsis */
	PL_T_PRP, PL_T_PRPS /* PRP$ */, PL_T_RB, PL_T_RBR, PL_T_RBS, PL_T_RP,
	PL_T_RRB, PL_T_SYM, PL_T_TO, PL_T_UH, PL_T_VB, PL_T_VBD, PL_T_VBG,
	PL_T_VBN, PL_T_VBP, PL_T_VBZ, PL_T_WDT, PL_T_WP, PL_T_WPS /* WP$ */,
	PL_T_WRB,
	PL_T__COUNT
};

#define PL_TAG_IS_NOUN(t) ((t) >= PL_T_NN && (t) <= PL_T_NNS)
#define PL_TAG_IS_VERB(t) ((t) >= PL_T_VB && (t) <= PL_T_VBZ)
#define PL_TAG_IS_ADJ(t) ((t) >= PL_T_JJ && (t) <= PL_T_JJS)

/* Penn Treebank name of a tag ("NN", "PRP$", "," for PL_T_PPC, ...). */
const char *pl_tag_name(int tag);

typedef struct pl_tagger pl_tagger;

/* Loads the model from directory datadir.  On failure returns NULL and writes
** "file:line: what" into err[0..errlen). */
pl_tagger *pl_tagger_load(const char *datadir, char *err, size_t errlen);

/* Frees the model.  Accepts NULL. */
void pl_tagger_free(pl_tagger *t);

/* Sets tok[i].tag for the n tokens of one sentence (Viterbi over the whole
** sentence).  The model is only read: one tagger may serve many threads. */
void pl_tagger_tag(const pl_tagger *t, pl_token *tok, uint32_t n);

#endif
